/**
 * Sixty-first round, theme PERSONAL MONEY MATTERS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: opening a bank account without a driver's license (a matrícula consular, at 16 without
 * parents, after a ChexSystems closure), credit reports (the "real free" one, for a landlord, for a car loan), credit freezes
 * after identity theft, disputing an Equifax error, how credit scores work, building credit without a card (Spanglish),
 * budgeting worksheets, free tax preparation (VITA by ZIP, in Spanish, at a county branch after a transfer, a site that does
 * state returns and a 1099-NEC), payday loans (three in Ohio, do they show on a credit report), an IRS gift-card text scam,
 * unclaimed property (a late aunt in PA and DE, TX / AZ / NV, Michigan), a grandmother's 1985 savings bonds, credit unions that
 * take an ITIN, savings vs a CD, investing basics, two months behind on a mortgage, and financial coaching at the library
 * (one-on-one, for medical debt). Providers point to joinbankon.org, annualcreditreport.com, the three bureaus, identitytheft.gov,
 * the CFPB, the FTC, NFCC, the IRS VITA locator, missingmoney.com and the states' own unclaimed property sites, TreasuryDirect,
 * the NCUA locator, myFICO, the FDIC, investor.gov and their libraries' catalogues, e-resources and coaching programs. Every
 * one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFirstRoundMoney-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a 22 s pickup with "Hi there! This is Monica, a librarian with Ask Us at …" (01); a patron "hello??" and a 95 s
 *   pickup (07: fail); `pickedUpAt` at 40 s with the first line at 70 (29: pickup passes, 30 s after pickup is no long wait);
 *   no greeting and no name at all from the screen name "Ref Desk 2" ("VITA does free returns under $67k: … ZIP?", 11: fail);
 *   Spanish "¡Hola, buenas tardes! Le saluda Estela, bibliotecaria de …" (04); chat-speak "hi!! Lena @ Ask Us, Merrimack
 *   Valley Libraries, happy to help" (19); "Hey, Tomas at Ask Us here!" (27); a greeting that is a hold ("Hello, Priya from Ask
 *   Us here — one moment while I read your question.", 09); a queue line and no provider ever (08);
 *  inquiry: county, state, city and income, which bureau, identity-theft report filed or not, one-on-one or a class, paper /
 *   spreadsheet / app, bond in hand or not, in person or online, time horizon, servicer and FHA, link or phone number, own name
 *   or a late relative's; a restatement with no question mark ("So you want to start building credit without using a credit
 *   card.", 28: pass); "ZIP?" and "Are you getting it for a rental application or a loan?" in the same message as the first
 *   source (11, 27: not before it, fail); no question at all (03: fail); a question and no source ever (26: pass);
 *  waits: "OK, let me pull up the current steps for you." answered 144 s later (02: fail); "Un momento, por favor…" answered
 *   in 89 s (04); "give me a minute" and two partial results that say the search goes on, 94 / 95 / 75 s apart (23: pass);
 *   "Sure, take your time." then the patron back 260 s later (24: waiting on the patron, pass); a transfer notice (a hold) and
 *   the receiver's hold, 44 and 65 s (14); an internal note and a silent transfer, the receiver 155 s after the patron (15:
 *   fail);
 *  endings: a Lost Call with a check-in at 150 and "It looks like you've disconnected, so I'm going to end this chat. Feel
 *   free to chat back in anytime!" at 340 (09: final idle 190 s, both pass); "Are you still there?" at 230 and nothing until 420
 *   (10: idle passes, notice and courteous fail); a check-in at 270 and "It looks like you may have disconnected, so I will end
 *   this session now." at 330 with no goodbye (29: idle and notice pass, courteous fails); a goodbye 140 s after the answer
 *   with no check-in (30: idle fails, disconnect na); the patron's window closing before the goodbye (26); "you've hit the
 *   limit for one chat session. I'm ending the chat now. Bye." (12: dismissal fails, courteous passes); "a few other patrons
 *   waiting right now. Please chat back in later … thanks for your patience!" and the patron's "oh ok" last (13: allowed);
 *   "np" as the last provider line (11: courteous fails); goodbyes "Take care and good luck with the new account!", "Have a
 *   great day!", "Gracias por comunicarse con nosotros. Que tenga buen día.", "Nice find! Thanks for chatting, bye!", "Thanks,
 *   talk to you soon!", "ok thx for chatting!", "¡De nada! Thanks for chatting."; patron-side "thats all i needed", "thats
 *   everything", "es todo", "eso es todo", "thats all for now", "nah thats it", "thats all", and "yes thanks", "yep", "ok",
 *   "yeah. thank you", "oh ok" that do not count;
 *  sources: bureau, FTC, CFPB (English and Spanish), NFCC, IRS, state unclaimed-property, TreasuryDirect, NCUA, myFICO, FDIC,
 *   Bankrate, investor.gov URLs; the library's catalogue and e-learning pages; a book by title and author; none ("You can report
 *   it to the FTC.", 26: fail);
 *  referrals: the three bureaus by URL and phone, then "lift it … by phone with each bureau" (02, LEFT); a VITA site by phone
 *   in Spanish (04); NFCC by URL and phone with the Ohio Division of Financial Institutions bare (05: fail); the library's own
 *   Adult Services by phone (07); a branch desk by phone after a transfer (14); "ask the credit union" beside chexsystems.com
 *   (15, LEFT); "talk to a HUD-approved housing counselor" and "call your servicer" (25: fail); "report it to the FTC" (26:
 *   fail); the provider calling credit unions on the patron's behalf (17) and passing the question to another library (16) as
 *   no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Friday at the latest", done in 30 h (06: pass); FU_LIB with the e-mail only
 *   in `patron.email`, no time, not done by day 5 (16: contact and on_time fail); a promise to e-mail a list with the e-mail
 *   read back, "by tomorrow evening", coded Answered (17: code fails, on_time pending); FU_ME by phone read back, "by
 *   Wednesday", done after 90 h (18: on_time fails); FU_ME with the e-mail read back and no time, done in 20 h (19: contact
 *   fails, on_time passes);
 *  codes: a true Lost Call (09); Lost Call after two patron lines (30); null with no provider (08); an empty string (29);
 *   Practice (22);
 *  transfers: a notice (a hold) and an internal note that says why (14: pass); an internal note only (15: fail);
 *  concurrency: four at once (20: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (21: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a party referred to more than once is reached by the contact given for it anywhere in the session: "lift it … by phone
 *   with each bureau" (02, message 8) refers to the same three bureaus whose URLs and phones message 6 gave (LEFT);
 * - "Equifax's online dispute form is at equifax.com/… (you'll need a myEquifax account)" and "The FTC's sample dispute
 *   letter is at …" point to web pages for the patron to use: sources, not a referral (12: na);
 * - "Carroll County Public Library runs free financial coaching … Their page is at ccpl.org/… I'll pass your question on to
 *   them, and someone from Carroll County will contact you" tells the patron to contact no one: a follow-up promise, no
 *   referral (16: na);
 * - "Does that get you started?", "Would that work for you?", "Did the Treasury Hunt link make sense?", "Does that help
 *   some?", "Does that clear it up?" ask whether what was given meets the need (completeness passes);
 * - "Take care and good luck with the new account!", "Have a great day!", "Que tenga buen día" (after "Gracias por
 *   comunicarse…"), "Thanks, talk to you soon!" say goodbye; "np" does not;
 * - "thats all for now" and "nah thats it" say the patron is done; "no im good" answers "Anything else?" (which passes anyway);
 * - "Found Texas: claimittexas.gov. Still looking for the other two, bear with me." and "Arizona is azunclaimed.gov. Nevada
 *   next, almost done." give partial results and say the search goes on: holds (Terms), also the first message with a source;
 * - in the Lost Call (09) the greeting is a hold, so the final idle starts at the check-in "Are you still there?" (150 s) and
 *   ends at the notice that invites back (340 s): 190 s; with only a greeting, a check-in and a notice there is no
 *   substantive exchange, and one patron line keeps Lost Call valid;
 * - in 26 no source is ever given, so the question "Did the text ask you to click a link or call a number?" counts for
 *   inquiry.clarify, and "Does that help?" after the answer ("That's a scam: … Don't call the number.") passes completeness
 *   (info.source fails, it is not na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both referral.contact). Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "you can lift it temporarily online or by phone with each bureau" read as a referral without
 *    contact (fail; RUBRIC pass: the bureaus' URLs and phones were given two messages before);
 *  - referral.contact, case 15: "ask the credit union to update ChexSystems, and request your free ChexSystems report at
 *    chexsystems.com" read as reached (pass; RUBRIC fail: the credit union has no contact, only ChexSystems does).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, partial results, "take your time", a
 *  transfer and a silent transfer, idle and disconnect spans of 140, 190, 209 and 344 s, concurrency at touching ends, on_time
 *  done / late / pending / not done by day 5) scored as labelled on the first run. The redaction equality of describeSessions
 *  holds for every running case (patron e-mails typed in the chat and read back, an e-mail in `patron.email`, a patron phone
 *  read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * ON v55 (block U, written partly from these twelve files): as on v54, 28 running, 2 LEFT (02, 15).
 * FINAL RUN (rubric v55): 30 tests passed (2 through describeLeft).
 * ON v56 (block V): case 15's "ask the credit union to update ChexSystems, and request your free ChexSystems report at
 *   chexsystems.com" (V22: a URL used online in a later clause lends no contact to the party before it) reads as labelled and
 *   runs: 29 running, 1 LEFT (02).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, left, session, xfer } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const MONICA: Prov = { id: 'monica-f', name: 'Monica', library: 'FVPL' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'NGL' };
const TALIA: Prov = { id: 'talia', name: 'Talia', library: 'MGL' };
const ESTELA: Prov = { id: 'estela', name: 'Estela', library: 'RVL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'LVPL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'APL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'CVL' };
const QUEUE: Prov = { id: 'queue', name: 'Queue', library: 'ASK' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'ASK' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'RPL' };
const REFDESK: Prov = { id: 'refdesk2', name: 'Ref Desk 2', library: 'CHI' };
const DELIA: Prov = { id: 'delia', name: 'Delia', library: 'BFL' };
const HENRIK: Prov = { id: 'henrik', name: 'Henrik (statewide)', library: 'STATE' };
const FIONA: Prov = { id: 'fiona', name: 'Fiona', library: 'STATE' };
const LUIS: Prov = { id: 'luis', name: 'Luis Ortega', library: 'HCL' };
const GABE: Prov = { id: 'gabe', name: 'Gabe', library: 'PHL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia Hassan', library: 'PHL' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'STATE' };
const JON: Prov = { id: 'jon', name: 'Jon', library: 'EWL' };
const KATE: Prov = { id: 'kate', name: 'Kate', library: 'WML' };
const LENA: Prov = { id: 'lena', name: 'lena_mvl', library: 'MVL' };
const MARTA: Prov = { id: 'marta', name: 'Marta', library: 'SPL' };
const NOEL: Prov = { id: 'noel', name: 'Noel', library: 'CWL' };
const TRAINING: Prov = { id: 'train-m', name: 'Training Account', library: 'TRN' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar', library: 'SRL' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'OVL' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael', library: 'GFL' };
const SOFIA: Prov = { id: 'sofia', name: 'Sofia', library: 'HIL' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomas', library: 'ASK' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'MVPL' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'HAM' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'LPL' };

const s = session;

export const sixtyFirstRoundMoney: SessionCase[] = [
  // 01 bank account with a matrícula consular
  s(MONICA, '01 checking account with only a matrícula consular: county asked, Bank On list URL, "thats all i needed", "Take care"', [
    [0, 'p', 'hi i want to open a checking account but i dont have a drivers license, only my matricula consular. is that possible?'],
    [22, 'l', 'Hi there! This is Monica, a librarian with Ask Us at Fairview Public Library.'],
    [28, 'l', 'Are you in Fairview County, or somewhere else? Some programs are local.'],
    [70, 'p', 'yes fairview, east side'],
    [75, 'l', "Several banks and credit unions take the matrícula consular or an ITIN instead of a driver's license. The Bank On program lists certified low-cost accounts by ZIP code at joinbankon.org/accounts — no overdraft fees and usually no minimum balance."],
    [81, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes thank u!! thats all i needed'],
    [135, 'l', 'Take care and good luck with the new account!'],
  ], usual()),

  // 02 credit freeze after identity theft: a hold answered 144 s later
  s(KWAME, '02 credit freeze after identity theft: "let me pull up the current steps" answered 144 s later, three bureaus by URL and phone', [
    [0, 'p', 'How do I freeze my credit? Someone opened a credit card in my name'],
    [30, 'l', "Hello, I'm Kwame, a reference librarian at Northgate Library. I'm sorry that happened."],
    [36, 'l', "Have you already filed an identity theft report, or is the freeze the first step you're taking?"],
    [80, 'p', 'nothing yet. just found out this morning'],
    [86, 'l', 'OK, let me pull up the current steps for you.'],
    [230, 'l', "Thanks for waiting. First, report it at identitytheft.gov — the FTC builds a recovery plan and an affidavit from your answers. Then place a freeze with each of the three bureaus, it's free: Equifax at equifax.com/personal/credit-report-services, Experian at experian.com/freeze, and TransUnion at transunion.com/credit-freeze, or call Equifax 888-298-0045, Experian 888-397-3742, TransUnion 888-909-8872."],
    [236, 'l', 'Is that what you needed?'],
    [300, 'p', 'yes. can i unfreeze it later when i apply for an apartment?'],
    [306, 'l', 'Yes — you can lift it temporarily online or by phone with each bureau, usually within an hour.'],
    [340, 'p', 'ok great thats everything thank you'],
    [345, 'l', "You're welcome. Thanks for contacting Northgate Library, bye!"],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 03 free credit report: no question at all
  s(TALIA, '03 the "real free" credit report: no question asked, annualcreditreport.com, "Did that help?", "thats everything"', [
    [0, 'p', 'where do i get my free credit report, the real free one not the ads'],
    [18, 'l', 'Hi! Talia here, Ask a Librarian at Maple Grove Library.'],
    [24, 'l', "The only official free site is annualcreditreport.com — it's run by the three bureaus under federal law, and you can now get a free report from each bureau every week. Skip the sites that ask for a credit card number."],
    [30, 'l', 'Did that help?'],
    [75, 'p', 'yes perfect thats everything'],
    [80, 'l', 'Great! Thanks for chatting with us.'],
  ], usual({ clarify: 'fail' })),

  // 04 VITA in Spanish
  s(ESTELA, '04 VITA en español: ciudad e ingresos, "Un momento", sitio VITA por teléfono + localizador del IRS, "es todo"', [
    [0, 'p', 'hola buenas, donde puedo hacer mis taxes gratis? no hablo mucho ingles'],
    [30, 'l', '¡Hola, buenas tardes! Le saluda Estela, bibliotecaria de la Biblioteca de Rio Vista.'],
    [36, 'l', '¿En qué ciudad vive, y gana menos de $67,000 al año? Ese es el límite del programa gratuito VITA.'],
    [95, 'p', 'en Rio Vista. si, menos'],
    [101, 'l', 'Un momento, por favor, busco los sitios que atienden en español.'],
    [190, 'l', 'Hay un sitio VITA en español en el Centro Comunitario Latino, los martes y jueves de 5 a 8 pm, solo con cita: llame al 555-312-4470 para pedir cita. También puede buscar otros sitios en irs.gov/es/individuals/find-a-location-for-free-tax-prep.'],
    [196, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'si muchas gracias'],
    [256, 'l', '¿Necesita algo más?'],
    [280, 'p', 'no gracias, es todo'],
    [286, 'l', '¡Con gusto! Gracias por comunicarse con nosotros. Que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 05 payday loans: NFCC with contact, the state regulator without
  s(GRANT, '05 three payday loans in Ohio: state asked, NFCC by URL + phone, "file a complaint with the Ohio Division of Financial Institutions" (no contact)', [
    [0, 'p', 'I have 3 payday loans and the fees are eating my whole check. is there any way out'],
    [25, 'l', "Hi, thanks for reaching out to Ask Us. I'm Grant, a librarian at Lakeview Public Library."],
    [31, 'l', 'I can point you to help. What state are you in? Payday loan rules are different in each one.'],
    [70, 'p', 'ohio'],
    [76, 'l', 'In Ohio, payday lenders have to offer payment plans in some cases, and there are nonprofit credit counselors who can negotiate with lenders for free or cheap. The National Foundation for Credit Counseling finds one near you: nfcc.org or 800-388-2227. If a lender is breaking the rules, file a complaint with the Ohio Division of Financial Institutions.'],
    [82, 'l', 'Does this help?'],
    [140, 'p', 'yeah. thank you'],
    [146, 'l', 'Anything else I can help you with?'],
    [170, 'p', 'no'],
    [175, 'l', 'Take care, and thanks for chatting.'],
  ], usual({ referral: 'fail' })),

  // 06 unclaimed property of a late aunt: follow-up by me, done in 30 h
  s(RUTH, '06 a late aunt\'s unclaimed property (follow-up by me): missingmoney.com, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'My aunt passed and I think she had unclaimed money in a few states. How do I even search for that?'],
    [20, 'l', "Hello, I'm Ruth, a librarian at Ashby Public Library. So sorry for your loss."],
    [27, 'l', 'Which states did she live or bank in? Each state holds its own unclaimed property.'],
    [80, 'p', 'Pennsylvania mostly, but she lived in Delaware in the 80s'],
    [86, 'l', 'Start with missingmoney.com: it searches most states at once, including PA and DE. Search by her last name and every city she lived in.'],
    [92, 'l', 'Does that get you started?'],
    [150, 'p', "I found 2 hits in PA but they say I need to be the executor or have a small estate affidavit. I'm not the executor. what is that form"],
    [157, 'l', 'Good question — the small estate rules take some digging and I want to get it right. Can I look into it and e-mail you what I find?'],
    [200, 'p', "sure, it's dana.k.whit@example.com"],
    [206, 'l', "Got it: dana.k.whit@example.com. I'll send it by Friday at the latest."],
    [212, 'l', 'Anything else for now?'],
    [240, 'p', "no that's all, thank you"],
    [246, 'l', "You're welcome, talk soon. Thanks for using Ask Us."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 07 financial coaching: a 95 s pickup, the library's own Adult Services by phone
  s(BEA, '07 free financial coaching: patron "hello??", 95 s pickup, one-on-one asked, Adult Services by phone + sign-up URL, "Would that work for you?"', [
    [0, 'p', 'do you guys have the free financial coaching thing? my friend said the library does it'],
    [60, 'p', 'hello??'],
    [95, 'l', "Hi, sorry for the wait! I'm Bea with the Ask a Librarian service at Crestview Library."],
    [101, 'l', 'Yes, we do. Are you hoping for one-on-one help or a group class?'],
    [140, 'p', 'one on one, i need help with debt and a budget'],
    [147, 'l', 'Our Money Matters coaches meet one-on-one for free, 45 minutes, at Central Library. To book, call Adult Services at 555-208-7711 or sign up at crestviewlibrary.org/coaching.'],
    [153, 'l', 'Would that work for you?'],
    [200, 'p', 'yes ill call them tmrw. ty'],
    [206, 'l', "You're welcome! Anything else I can help with?"],
    [240, 'p', 'no im good'],
    [245, 'l', 'Have a great day!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 08 no provider ever joined
  s(QUEUE, '08 bank account at 16: queue line, "hello? anybody", patron left at 260 s, no provider, code null', [
    [0, 'p', 'can i open a bank account at 16 without my parents'],
    queue(3, 3),
    [140, 'p', 'hello? anybody'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 09 a true Lost Call
  s(PRIYA, '09 credit score for a house (Lost Call): greeting that is a hold, "Are you still there?" at 150, notice that invites back at 340', [
    [0, 'p', 'what is a good credit score to buy a house'],
    [25, 'l', 'Hello, Priya from Ask Us here — one moment while I read your question.'],
    [150, 'l', 'Are you still there?'],
    [340, 'l', "It looks like you've disconnected, so I'm going to end this chat. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 budget worksheet: a check-in and then nothing
  s(OMAR, '10 first budget on paper: CFPB toolkit URL + a book in the catalogue, "Are you still there?" at 230, session ends at 420 with no notice', [
    [0, 'p', 'need help making a budget, i never did one. any free worksheet or app?'],
    [20, 'l', 'Hi! Omar here, librarian at Ridgeway Public Library.'],
    [26, 'l', 'Do you prefer something on paper, a spreadsheet, or an app on your phone?'],
    [70, 'p', 'paper i think'],
    [76, 'l', "The Consumer Financial Protection Bureau's free Your Money, Your Goals toolkit has printable budget worksheets: consumerfinance.gov/consumer-tools/educator-tools/your-money-your-goals. We also have the book \"Broke Millennial\" by Erin Lowry in the catalogue at ridgewaylibrary.org."],
    [82, 'l', 'Is that what you were looking for?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 190 }),

  // 11 curt: no greeting, "ZIP?" inside the source message
  s(REFDESK, '11 free tax help at 40k (curt): no greeting, "irs.gov/vita has a locator. ZIP?", "np" as the last line', [
    [0, 'p', 'yo is there free tax help?? made like 40k last yr, single'],
    [15, 'l', 'VITA does free returns under $67k: irs.gov/vita has a locator. ZIP?'],
    [40, 'p', '60641'],
    [47, 'l', 'ok, put 60641 in the locator, it lists sites near you w/ hours.'],
    [60, 'p', 'k thx'],
    [64, 'l', 'np'],
  ], usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),

  // 12 a limit of questions
  s(DELIA, '12 disputing an Equifax error: Equifax dispute page + FTC sample letter, "you\'ve hit the limit for one chat session … Bye."', [
    [0, 'p', 'how do i dispute something wrong on my credit report'],
    [20, 'l', 'Hello, this is Delia at Ask a Librarian, Brookfield Library.'],
    [26, 'l', "Which bureau's report is the mistake on, or is it on all three?"],
    [60, 'p', 'equifax only'],
    [66, 'l', "Equifax's online dispute form is at equifax.com/personal/credit-report-services/credit-dispute (you'll need a myEquifax account). The FTC's sample dispute letter is at consumer.ftc.gov/articles/disputing-errors-your-credit-reports."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes. and how do i get a collection removed, and does paying it help my score, and what about my student loans'],
    [118, 'l', "That's a lot of questions and you've hit the limit for one chat session. I'm ending the chat now. Bye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 13 other patrons waiting, come back later (allowed)
  s(HENRIK, '13 how credit scores work: myFICO page, then a list of car-loan questions, "a few other patrons waiting … Please chat back in later"', [
    [0, 'p', 'can you explain how credit scores are calculated'],
    [30, 'l', 'Hi there, Henrik with Ask Us Statewide here.'],
    [36, 'l', 'Is this for general understanding, or are you trying to raise your score for something specific, like a loan?'],
    [90, 'p', 'just general, and also for a car loan next year'],
    [96, 'l', "myFICO's page \"What's in my FICO Score\" at myfico.com/credit-education/whats-in-your-credit-score breaks it down: payment history 35%, amounts owed 30%, length of history 15%, new credit 10%, credit mix 10%."],
    [102, 'l', 'Does that answer it?'],
    [160, 'p', 'yes. ok next question, how does a car loan interest rate work and should i lease or buy and whats gap insurance and'],
    [170, 'l', "Those are great questions, but I have a few other patrons waiting right now. Please chat back in later and we'll pick up from there — thanks for your patience!"],
    [200, 'p', 'oh ok'],
  ], usual({ anything: 'fail' })),

  // 14 transfer done well
  s(FIONA, '14 VITA appointment at a local branch: statewide Fiona announces the transfer (a hold) + internal note, Luis answers with URL and branch phone', [
    [0, 'p', 'Im in Harbor County. does my library do the free tax filing thing (VITA) this year? need an appt'],
    [20, 'l', 'Hello! Fiona here, a librarian with the statewide Ask Us service.'],
    [26, 'l', 'Which Harbor County branch is closest to you?'],
    [60, 'p', 'the Bayview one'],
    [66, 'l', "Harbor County's own staff know this year's VITA schedule best, so I'm transferring you to a Harbor County librarian now — one moment, please."],
    [69, 'i', 'Patron asks about VITA appointments at Bayview branch this season; local schedule question, can you take it?'],
    xfer(72, 'Luis Ortega', 'luis'),
    [110, 'l', 'Hi, this is Luis at Harbor County Library. Let me check the Bayview schedule.', as(LUIS)],
    [175, 'l', 'Bayview hosts VITA on Wednesdays 4-8 pm, Feb 1 to April 14, appointments only. Book at harborlibrary.org/taxhelp or call the Bayview desk at 555-402-1180.', as(LUIS)],
    [181, 'l', 'Does that help?', as(LUIS)],
    [230, 'p', 'yes thank you so much. thats all'],
    [236, 'l', "You're welcome, thanks for chatting!", as(LUIS)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 15 silent transfer, 155 s wait, "ask the credit union" with no contact
  s(GABE, '15 ChexSystems after a closed account: internal note only, silent transfer, Nadia 155 s after the patron, "ask the credit union to update ChexSystems"', [
    [0, 'p', 'my credit union closed my account and now chexsystems says i cant open one anywhere. what do i do'],
    [25, 'l', "Hi, I'm Gabe, a librarian at Pine Hill Library."],
    [31, 'l', 'Do you know why they closed it — an overdraft that was never paid, or something else?'],
    [75, 'p', 'overdraft, like $300. i paid it off last month tho'],
    [80, 'i', 'Nadia, taking this one? ChexSystems / second-chance banking, you did the workshop'],
    xfer(84, 'Nadia Hassan', 'nadia'),
    [230, 'l', 'Hi, Nadia here. Sorry for the wait!', as(NADIA)],
    [236, 'l', "Since you've paid it, ask the credit union to update ChexSystems, and request your free ChexSystems report at chexsystems.com to check it shows paid. Meanwhile, many banks offer \"second chance\" accounts that don't use ChexSystems; the Bank On list at joinbankon.org/accounts is a good start.", as(NADIA)],
    [242, 'l', 'Is that helpful?', as(NADIA)],
    [290, 'p', 'yes very. thanks'],
    [295, 'l', 'Anything else today?', as(NADIA)],
    [320, 'p', 'nope'],
    [324, 'l', 'Take care, thanks for chatting with us!', as(NADIA)],
  ], usual({ informed: 'fail', referral: 'fail', transfer: 'fail' })),

  // 16 follow-up by the patron's library: e-mail only on the account, no time, not done by day 5
  s(IRIS, '16 medical bills and a financial coach (follow-up by patron\'s library): "contact you at the e-mail address on your library account", no time, not done by day 5', [
    [0, 'p', "I want to talk to someone about a financial coach, I'm drowning in medical bills"],
    [28, 'l', "Hello, and thanks for contacting Ask Us. I'm Iris, a statewide librarian."],
    [34, 'l', 'Which library system are you a member of? Coaching is run by local libraries.'],
    [80, 'p', 'Carroll County'],
    [86, 'l', "Carroll County Public Library runs free financial coaching with a partner nonprofit. Their page is at ccpl.org/financial-coaching. I'll pass your question on to them, and someone from Carroll County will contact you at the e-mail address on your library account."],
    [92, 'l', 'Is that helpful?'],
    [140, 'p', 'yes thanks'],
    [146, 'l', "You're welcome. Take care!"],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'm.rivera@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 17 a promise coded Answered
  s(JON, '17 credit unions that take an ITIN: NCUA locator, "I\'ll call around … and e-mail you a list", e-mail read back, "by tomorrow evening", coded Answered', [
    [0, 'p', 'looking for a list of credit unions in the county that do ITIN loans or accounts, for my dad'],
    [22, 'l', 'Hi, Jon from Ask a Librarian at Elmwood Library here.'],
    [28, 'l', 'Is he looking for a checking account, a loan, or both?'],
    [70, 'p', 'both, he wants to build credit'],
    [76, 'l', "The NCUA's Credit Union Locator at mapping.ncua.gov lets you search by county, but it doesn't show who accepts an ITIN. I'll call around to the ones near Elmwood and e-mail you a list. What's the best e-mail?"],
    [120, 'p', 'p.nguyen55@example.com'],
    [126, 'l', "Thanks — p.nguyen55@example.com. You'll have the list by tomorrow evening."],
    [132, 'l', 'Anything else I can help with?'],
    [150, 'p', 'no thats all, thanks!!'],
    [155, 'l', 'Bye, have a good night!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 18 follow-up by phone, done late
  s(KATE, '18 grandma\'s 1985 savings bonds (follow-up by me): Treasury Hunt, phone read back, "by Wednesday", done after 90 h', [
    [0, 'p', 'I need to find an unclaimed savings bond from my grandma, 1985. how do I find it'],
    [30, 'l', 'Good afternoon! Kate here, a librarian at Westfield Memorial Library.'],
    [37, 'l', 'Do you have the bond itself, or just know that she bought one?'],
    [90, 'p', 'just know. she said she bought them for us at her bank'],
    [96, 'l', "Treasury Hunt at treasurydirect.gov/savings-bonds/treasury-hunt searches for matured bonds by Social Security number. For older paper bonds there is FS Form 1048, also on treasurydirect.gov. I'd like to check which form fits a deceased owner — could I call you back with that?"],
    [150, 'p', 'sure 555-630-2218'],
    [156, 'l', "555-630-2218, thank you. I'll call you by Wednesday."],
    [162, 'l', 'Did the Treasury Hunt link make sense?'],
    [200, 'p', 'yes ill try it. thats all for now'],
    [206, 'l', 'Thanks, talk to you soon!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 follow-up by me, no time said, done in 20 h
  s(LENA, '19 VITA site that does Massachusetts returns + a 1099-NEC (chat-speak): "lemme check w the sites and email you", e-mail read back, no time, done in 20 h', [
    [0, 'p', 'can u help me find which VITA site near me does state returns too? i have a 1099-NEC from ubering'],
    [25, 'l', 'hi!! Lena @ Ask Us, Merrimack Valley Libraries, happy to help'],
    [30, 'l', 'which town are you in?'],
    [55, 'p', 'lowell'],
    [60, 'l', 'ok the IRS locator irs.gov/vita lists sites but not who does state returns or self-employment. lemme check w the sites and email you. whats ur email?'],
    [90, 'p', 'uber.dave@example.com'],
    [95, 'l', "uber.dave@example.com — got it 👍 i'll email you what i find"],
    [100, 'l', 'anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'ok thx for chatting!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 20 four chats at once
  s(MARTA, '20 online investing basics: in person or online asked, LinkedIn Learning via library card + investor.gov, four chats open at once', [
    [0, 'p', 'is there a class on investing for beginners? like 401k and IRA stuff'],
    [18, 'l', 'Hello! This is Marta at Ask a Librarian, Sunnyvale Public Library.'],
    [24, 'l', 'In person, or would an online class work?'],
    [50, 'p', 'online is better, i work days'],
    [55, 'l', 'Our free LinkedIn Learning access has "Personal Finance Tips" and "Retirement Planning for Beginners" — log in with your library card at sunnyvalelibrary.org/elearning. Investor.gov also has free basics at investor.gov/introduction-investing.'],
    [61, 'l', 'Is that the kind of thing you wanted?'],
    [100, 'p', 'yes thats perfect, thats all I needed'],
    [105, 'l', 'Wonderful, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'marta', -300, 200), other('m2', 'marta', -60, 150), other('m3', 'marta', 30, 400)],
  }),

  // 21 touching ends: three at most
  s(NOEL, '21 savings account vs CD: horizon asked, FDIC + Bankrate URLs, "nah thats it"; others end exactly at the start / start exactly at the end', [
    [0, 'p', 'whats the difference between a savings account and a CD? my bank keeps pushing a CD'],
    [15, 'l', "Hi, I'm Noel, a librarian at Clearwater Library. Happy to help!"],
    [21, 'l', 'Are you thinking about money you might need in the next year, or longer-term savings?'],
    [60, 'p', 'probably 2 years'],
    [66, 'l', 'A CD locks your money for a set term (say 2 years) at a fixed rate, with a penalty if you take it out early; a savings account lets you withdraw anytime, but the rate can change. The FDIC explains both at fdic.gov/consumer-resource-center, and current rates are compared at bankrate.com/banking/cds/cd-rates.'],
    [72, 'l', 'Does that clear it up?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Is there anything else I can help with?'],
    [140, 'p', 'nah thats it'],
    [145, 'l', 'Thanks for chatting, have a good one!'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'noel', -600, 0), other('n2', 'noel', -100, 500), other('n3', 'noel', 10, 200), other('n4', 'noel', 150, 900)],
  }),

  // 22 Practice
  s(TRAINING, '22 practice chat (money macros): coded Practice, every check na', [
    [0, 'p', 'test: credit freeze macro'],
    [10, 'l', 'Hi, practice chat for the Ask Us money macros.'],
    [20, 'l', 'Freezes: see each bureau. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 holds with partial results every ~90 s
  s(OSCAR, '23 unclaimed money in TX, AZ, NV: "give me a minute", partial results that say the search goes on at 160 and 255, Nevada at 330', [
    [0, 'p', 'I moved a lot (TX, AZ, NV). Want to check all 3 states for unclaimed money in my name'],
    [20, 'l', 'Hi! Oscar here, a librarian at Sagebrush Regional Library.'],
    [26, 'l', "Do you want me to find each state's official search page, or just one site that covers them all?"],
    [60, 'p', 'each official one pls, i dont trust the other sites'],
    [66, 'l', 'Sure, give me a minute to find the official pages.'],
    [160, 'l', 'Found Texas: claimittexas.gov. Still looking for the other two, bear with me.'],
    [255, 'l', 'Arizona is azunclaimed.gov. Nevada next, almost done.'],
    [330, 'l', "And Nevada is claimyourcash.nv.gov. All three are the states' own sites and free — you never have to pay to claim."],
    [336, 'l', 'Is that what you needed?'],
    [400, 'p', 'yes!! found $212 in arizona lol. thats everything thanks'],
    [406, 'l', 'Nice find! Thanks for chatting, bye!'],
  ], usual()),

  // 24 "Sure, take your time." then the patron away 260 s
  s(PAULA, '24 credit report for a landlord: "Sure, take your time." then the patron back 260 s later, annualcreditreport.com as a PDF', [
    [0, 'p', 'landlord wants a credit report from me, how do i get one fast'],
    [22, 'l', "Hello, my name is Paula, I'm a librarian at Ocean View Library."],
    [28, 'l', 'Did the landlord say which bureau, or will any report do?'],
    [60, 'p', 'let me check the email they sent, one sec'],
    [66, 'l', 'Sure, take your time.'],
    [326, 'p', 'ok they said any of the 3 is fine, pdf'],
    [332, 'l', 'Then the quickest is annualcreditreport.com: pick one bureau, answer the security questions, and you can view and save the report as a PDF right away.'],
    [338, 'l', 'Does that work for you?'],
    [380, 'p', "yes thank you! that's all i needed"],
    [385, 'l', 'Good luck with the apartment! Thanks for using Ask Us.'],
  ], usual()),

  // 25 a housing counselor and the servicer, neither reached
  s(RAFAEL, '25 two months behind on the mortgage: CFPB page, "talk to a HUD-approved housing counselor" and "call your servicer" (no contact)', [
    [0, 'p', 'im behind on my mortgage 2 months and scared. can the library help?'],
    [30, 'l', "Hi, I'm Rafael, a reference librarian with Ask Us at Greenfield Library. I'm glad you reached out."],
    [37, 'l', "Is your loan with a bank or a mortgage servicer you pay online, and do you know if it's an FHA loan?"],
    [100, 'p', 'its with a servicer, not sure if FHA'],
    [106, 'l', "The CFPB's page \"Help for homeowners\" at consumerfinance.gov/housing/housing-insecurity/help-for-homeowners walks through your options. You should also talk to a HUD-approved housing counselor — it's free — and call your servicer to ask about forbearance before you miss a third payment."],
    [112, 'l', 'Does that help some?'],
    [170, 'p', 'yes a little. thanks'],
    [176, 'l', "You're welcome, and take care. Please chat back in if you have more questions."],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 26 the FTC named bare; the patron leaves before the goodbye
  s(SOFIA, '26 IRS gift-card text scam: "report it to the FTC" (no way to reach it, no source), patron "ok", patron left, goodbye after', [
    [0, 'p', 'got a text saying I owe the IRS and to pay with gift cards. scam right?'],
    [18, 'l', 'Hi, Sofia here at Ask a Librarian, Hillcrest Library.'],
    [24, 'l', 'Did the text ask you to click a link or call a number?'],
    [50, 'p', 'a number'],
    [56, 'l', "That's a scam: the IRS never asks for gift cards and doesn't start contact by text. Don't call the number. You can report it to the FTC."],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'ok'],
    left(95),
    [110, 'l', 'Thanks for checking with us — stay safe!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 27 the question comes with the source
  s(TOMAS, '27 free credit report for a car loan: "annualcreditreport.com is the official free site. Are you getting it for a rental application or a loan?"', [
    [0, 'p', 'how do i check my credit report for free'],
    [20, 'l', 'Hey, Tomas at Ask Us here!'],
    [24, 'l', 'annualcreditreport.com is the official free site. Are you getting it for a rental application or a loan?'],
    [60, 'p', 'car loan'],
    [66, 'l', "Then check all three — lenders may use any of them. It's free weekly there."],
    [72, 'l', 'Did that answer your question?'],
    [100, 'p', 'yep'],
    [104, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [134, 'l', 'Ok, bye! Thanks for chatting.'],
  ], usual({ clarify: 'fail' })),

  // 28 a restatement, Spanglish
  s(UMA, '28 building credit without a card (Spanglish): restated ("So you want to start building credit without using a credit card."), CFPB en español + a book, "eso es todo"', [
    [0, 'p', 'hi i have no credit at all, como puedo build credit sin tarjeta de credito?'],
    [25, 'l', 'Hi! Uma here, bilingual librarian at Mesa Verde Library. ¡Hola!'],
    [31, 'l', 'So you want to start building credit without using a credit card.'],
    [60, 'p', 'yes exactly, no quiero deudas'],
    [66, 'l', 'Two common options: a credit-builder loan from a credit union, or having your rent payments reported. The CFPB explains both, in Spanish too, at consumerfinance.gov/es/obtener-respuestas. Our library also has the book "Credit Repair Kit for Dummies" — search it at mesaverdelibrary.org.'],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'si gracias, eso es todo'],
    [115, 'l', '¡De nada! Thanks for chatting.'],
  ], usual()),

  // 29 an empty code; check-in and a notice with no goodbye
  s(VICTOR, '29 payday loans on a credit report: pickedUpAt 40 s, CFPB page, check-in at 270, "I will end this session now" at 330 (no goodbye), code ""', [
    [0, 'p', 'do payday loans show on your credit report'],
    [70, 'l', 'Hello, Victor at Ask a Librarian, Hamilton County Library.'],
    [76, 'l', 'Are you asking about one you already have, or thinking about taking one?'],
    [120, 'p', 'thinking about it'],
    [126, 'l', "Usually they don't show up unless it goes to collections; then it can hurt your score. The CFPB's payday loan page, consumerfinance.gov/consumer-tools/payday-loans, explains the costs and alternatives."],
    [132, 'l', 'Does that help?'],
    [270, 'l', 'Are you still there?'],
    [330, 'l', 'It looks like you may have disconnected, so I will end this session now.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: '', pickedUpAt: at(40) }),

  // 30 Lost Call after two patron lines; a goodbye 140 s after the answer with no check-in
  s(WREN, '30 Michigan unclaimed property: Lost Call after two patron lines, goodbye at 206 (final idle 140 s) with no check-in', [
    [0, 'p', 'question about unclaimed property in michigan'],
    [20, 'l', 'Hi, Wren here at Ask Us, Lansing Public Library.'],
    [26, 'l', 'Sure — are you searching for your own name or for someone who passed away?'],
    [60, 'p', 'my own'],
    [66, 'l', "Michigan's official search is at unclaimedproperty.michigan.gov — search your name and any past addresses."],
    [72, 'l', 'Does that help?'],
    [206, 'l', 'Thanks for chatting with us today, goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundMoney.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('02')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 8 "Yes — you can lift it temporarily online or by phone with each bureau"). The parties of that referral are the three bureaus, and each came with its URL and phone in message 6 ("Equifax at equifax.com/personal/credit-report-services … or call Equifax 888-298-0045, Experian 888-397-3742, TransUnion 888-909-8872"): RUBRIC referral.contact passes when "every party the patron is referred to comes with a way to reach them", and no party in the session lacks one.',
};

describe('sixty-first round: personal money matters, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundMoney.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundMoney.filter((c) => c.name in LEFT_WHY));
});
