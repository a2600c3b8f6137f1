/**
 * Sixty-fourth round, theme BANKING BASICS AND FINANCIAL SERVICES, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: a first account without a state ID (a Honduran passport and an ITIN in
 * Austin, a matrícula consular in Houston in Spanish, an ITIN and a passport in Tucson, a 16-year-old in Milwaukee, a baby's
 * savings account in Kansas City), second-chance checking and ChexSystems (a 2022 overdraft, a paid-off debt still reported,
 * credit unions around Garland, a list for Hyattsville, two banks that said no), credit unions (bank or credit union at 19,
 * Navy Federal through an uncle, is Golden 1 insured), check cashing (a paycheck in Ohio, a federal tax refund, a peso pension
 * check), money orders (rent of $850, money order or cashier's check, a grandmother who pays in cash, giros postales in
 * Spanish), prepaid cards (against a bank account, Direct Express for SSI), closed accounts (a "business decision", fees sent
 * to collections, a balance not returned in Spanish), overdraft fees, remittances to Guatemala and financial literacy classes
 * for a new immigrant. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/sixtyFourthRoundBanking-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! Marisol here, a librarian with …" (01); a 61 s pickup (04: fail); exactly 60 s (05: pass);
 *   `pickedUpAt` at 58 s with the first visible line at 90 (10: pass); "Hey there! Thanks for reaching out." + a state question
 *   under a desk screen name (06: greets, names no one: fail); "This is Reggie at Tacoma Public Library, answering for Ask a
 *   Librarian." (07: identifies, greets no one: fail); Spanish "Buenos días, habla Andrés, bibliotecario de …" (03), "¡Hola! Le
 *   atiende Rocío, bibliotecaria de …" (19), "¡Hola! Soy Beatriz, bibliotecaria del chat …" (30); "Hi, thanks for contacting
 *   Ask Us! This is Carmen, …" (25); no provider ever joined (29);
 *  inquiry: which documents, why the report flagged, ITIN or not, low fees or loans, issuer of the money order, state, use of
 *   the card, proof of payment, Direct Express or paper, savings or checking, area, amount (asked after the source: 12 fail),
 *   debit or checks, the uncle's service, account type and letter, turned down or not, insured or not, owe it or not, the
 *   bill type, town, language, pesos or dollars, how much and how often, custodian, federal or state refund;
 *  waits: "Let me check …" answered exactly 120 s later (08: pass); "One moment please …" answered 121 s later (09: fail);
 *   no hold, the patron's "hello??" inside a 125 s wait (10: fail); "Give me a minute …", "Still searching — I've found one
 *   so far, checking a couple more." 110 s later, the answer 115 s after that (11: pass); a transfer notice answered 100 s
 *   later by the receiver (20: pass); a silent transfer, the receiver 125 s after the patron (21: fail);
 *  endings: final idle 120 s ending on "Are you still with me?" with `endedAt` (27); 179 s with a check-in and "Thanks for
 *   chatting — come back anytime!" (13: check-in pass, notice na); exactly 180 s with "Still with me?" and a notice that
 *   thanks (28: both pass); 253 s to a bare goodbye (18: both fail, courteous passes); a true Lost Call in Spanish, 195 s (30);
 *   "we only do one question per chat. You have reached your limit." (16: dismissal, courteous fails); "a few other patrons
 *   waiting … chat back in later" (17: allowed); the patron's "wow ok" and "k" last (16, 17); patron-side "thats all i needed",
 *   "no more questions", "es todo lo que necesitaba", "thats all", "no thats it", "thats everything then", "es todo", "that is
 *   all", and "ok thx", "ya thx", "yes ok thank you", "yes thank you" that do not count;
 *  sources: joinbankon.org, consumerfinance.gov pages, fdic.gov, mycreditunion.gov, usps.com, chexsystems.com,
 *   consumer.ftc.gov, usdirectexpress.com, ssa.gov, navyfederal.org, irs.gov, queenslibrary.org, a book in the catalogue at
 *   pgcmls.info; "Chime or a local credit union" with no way to reach them (13: no source, fail);
 *  referrals: "call ChexSystems at 800-555-0190 or request it at chexsystems.com" (02: pass); "llamar a Central California Legal
 *   Services al 559-555-0128" (19: pass); "Contact the bank's collections department" (18: no contact, fail); "someone from the
 *   Main Library will call you back" (25: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done 20 h after the end (23: pass); an e-mail promise
 *   coded Answered, the address typed, no time (24: code and contact fail, pending); FU_LIB with the phone read back and
 *   "within 72 hours", unrecorded at day 5 (25: on_time fails); FU_ME with no contact anywhere, done at 10 h (26: code and
 *   contact fail, on_time pass);
 *  codes: Practice (22); a true Lost Call (30); Lost Call after two patron messages with no provider (29: fail); "" (12); null
 *   (15); none in the source (13);
 *  transfers: notice + internal note that says why (20: pass); internal note only, silent (21: fail);
 *  concurrency: one ending exactly at the start, two overlapping, one starting exactly at `endedAt` (05: three at most, pass);
 *   three others open at once over this one (14: four, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Thanks for reaching out" greets (like "thanks for contacting"); "This is Reggie at Tacoma Public Library, answering for
 *   Ask a Librarian." identifies but does not greet (07); Spanish "Buenos días", "¡Hola!" greet, "habla Andrés, bibliotecario
 *   de …", "Le atiende Rocío, bibliotecaria de …", "Soy Beatriz, bibliotecaria …" identify;
 * - "¿Le sirve esta información?" is the completeness question; "Is that the kind of help you were looking for?", "Does that
 *   cover what you needed?" too; "¿Sigue conectado?", "Still with me?", "Are you still with me?" ask whether the patron is still
 *   there; "Parece que se desconectó, así que voy a cerrar el chat" tells the patron they seem to have disconnected and that the
 *   session ends;
 * - "es todo lo que necesitaba", "es todo", "no more questions", "thats everything then", "no thats it" say explicitly that the
 *   patron is done; "ya thx", "ok thx", "yes ok thank you" do not;
 * - "Take care, bye!", "Bye, and congrats", "have a good evening — bye!", "Hasta luego" say goodbye;
 * - "Still searching — I've found one so far, checking a couple more." is a hold (a partial result, the search goes on) (11);
 * - "Contact the bank's collections department" tells the patron to contact a department of an organisation: a referral with no
 *   way to reach it (18); "dispute it online at chexsystems.com" and "request it at chexsystems.com" are web use, but "call
 *   ChexSystems at 800-555-0190" is a referral with a phone (02); "someone from the Main Library will call you back" tells the
 *   patron to contact nobody (25: na);
 * - "Chime or a local credit union" names an app and an organisation type without a way to reach them: no source (13); a book
 *   named with the catalogue's address is a source (23);
 * - a `followUps` entry 20 h (23) or 10 h (26) after `endedAt` is within 72 h; "by Thursday" in 26 is a when, but no contact.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/sixtyFourthRoundBanking-labels.ts). First run as labelled / disagreeing: 30 / 0. Label corrections: 0 (no
 * disagreement to reread). Final: 30 running, 0 LEFT (LEFT_WHY empty).
 * Every timing check (pickup at 61 s, at exactly 60 s and by `pickedUpAt` at 58 s, no provider; keep_informed at exactly 120 s
 * after a hold, 121 s after a hold, 125 s with a patron nudge inside, 110 + 115 s across a "still searching", 100 s after a
 * transfer notice, 125 s across a silent transfer; final idles of 120, 179, 180, 195 and 253 s; concurrency at four and at
 * touching ends; on_time done at 20 h and 10 h, unrecorded past the deadline, pending) and every code (Practice, a true Lost
 * Call, Lost Call after two patron messages with no provider, "", null, no codes in the source, a promise under Answered,
 * follow-up codes with and without a contact) scored as labelled on the first run. The redaction equality of describeSessions
 * holds for every case (patron e-mails typed and read back or typed only, a patron phone read back; library and agency phones
 * beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (30 running as labelled, 0 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 as it landed (labelled blind on block X's second cut): as on the second cut, 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-b', name: 'Marisol', library: 'APL-TX' };
const TERRENCE: Prov = { id: 'terrence-b', name: 'Terrence', library: 'MCPL-MO' };
const ANDRES: Prov = { id: 'andres-b', name: 'Andrés', library: 'HPL-TX' };
const PRUDENCE: Prov = { id: 'prudence-b', name: 'Prudence', library: 'SPL-WA' };
const HOLLIS: Prov = { id: 'hollis-b', name: 'Hollis', library: 'PPL-ME' };
const DESK: Prov = { id: 'desk3-b', name: 'chatdesk3', library: 'CLP-OH' };
const REGGIE: Prov = { id: 'reggie-b', name: 'Reggie', library: 'TPL-WA' };
const NADIA: Prov = { id: 'nadia-b', name: 'Nadia', library: 'EPFL' };
const OWEN: Prov = { id: 'owen-b', name: 'Owen', library: 'CML' };
const GRETA: Prov = { id: 'greta-b', name: 'Greta', library: 'MPL-WI' };
const FATIMA: Prov = { id: 'fatima-b', name: 'Fatima', library: 'DPL-TX' };
const LEON: Prov = { id: 'leon-b', name: 'Leon', library: 'RPL-MN' };
const IRIS: Prov = { id: 'iris-b', name: 'Iris', library: 'AUN' };
const BEATRIX: Prov = { id: 'beatrix-b', name: 'Beatrix', library: 'VBPL' };
const COLM: Prov = { id: 'colm-b', name: 'Colm', library: 'BPL-ID' };
const DEREK: Prov = { id: 'derek-b', name: 'Derek', library: 'LFPL' };
const MEI: Prov = { id: 'mei-b', name: 'Mei', library: 'SFPL' };
const VICTOR: Prov = { id: 'victor-b', name: 'Victor', library: 'HCL-MN' };
const ROCIO: Prov = { id: 'rocio-b', name: 'Rocío', library: 'FCPL-CA' };
const HAZEL: Prov = { id: 'hazel-b', name: 'Hazel', library: 'PCPL' };
const JONAS: Prov = { id: 'jonas-b', name: 'Jonas', library: 'PCPL' };
const ELENA: Prov = { id: 'elena-b', name: 'Elena', library: 'AACPL' };
const KWAME: Prov = { id: 'kwame-b', name: 'Kwame', library: 'AACPL' };
const TRAINEE: Prov = { id: 'trainee-b', name: 'Trainee 4', library: 'TRN' };
const SUNIL: Prov = { id: 'sunil-b', name: 'Sunil', library: 'PGCMLS' };
const PAULA: Prov = { id: 'paula-b', name: 'Paula', library: 'QPL' };
const CARMEN: Prov = { id: 'carmen-b', name: 'Carmen', library: 'SAPL-CA' };
const OTIS: Prov = { id: 'otis-b', name: 'Otis', library: 'DCL-NC' };
const JUDE: Prov = { id: 'jude-b', name: 'Jude', library: 'KCPL' };
const KEIRA: Prov = { id: 'keira-b', name: 'Keira', library: 'SPL-SPK' };
const NOBODY: Prov = { id: 'queue-b', name: 'Queue', library: 'VRQ' };
const BEATRIZ: Prov = { id: 'beatriz-b', name: 'Beatriz', library: 'LAPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay in the chat and someone will be with you shortly.'];

export const sixtyFourthRoundBanking: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 a first account with a Honduran passport and an ITIN in Austin: "Good morning! Marisol here", which documents, joinbankon.org, "thats all i needed"', [
    [0, 'p', 'hi i dont have a drivers license or state id, can i still open a bank account?? just moved here 🙏'],
    [18, 'l', 'Good morning! Marisol here, a librarian with Austin Public Library. Happy to help.'],
    [24, 'l', 'What documents do you have right now — a passport, a birth certificate, a foreign ID, a Social Security card?'],
    [61, 'p', 'passport from honduras and my ITIN letter'],
    [68, 'l', 'Good news: many banks and credit unions accept a foreign passport plus an ITIN instead of a state ID. The Bank On program lists certified low-cost accounts and the IDs each one takes at joinbankon.org (enter your ZIP under "Find an account").'],
    [74, 'l', 'Did that answer your question?'],
    [110, 'p', 'yes!! thats all i needed thank u'],
    [115, 'l', 'Wonderful — good luck with the new account, and thanks for chatting with us!'],
  ], usual()),

  // 02 ChexSystems by phone: a referral with contact
  s(TERRENCE, '02 second-chance checking after a 2022 overdraft: "call ChexSystems at 800-555-0190", consumerfinance.gov, "no more questions"', [
    [0, 'p', 'bank denied me bc of chexsystems. is there any bank that will let me open checking?? i need direct deposit for my new job'],
    [20, 'l', "Hi there, this is Terrence at Mid-Continent Public Library's Ask Us chat."],
    [26, 'l', 'Do you know why the report flagged you — an unpaid overdraft, or something else?'],
    [70, 'p', 'old overdraft like 300 from 2022 i never paid'],
    [78, 'l', 'Many banks offer "second chance" checking for exactly this. First get your free ChexSystems report so you know what it says: call ChexSystems at 800-555-0190 or request it at chexsystems.com. The CFPB explains second-chance accounts and how to fix errors at consumerfinance.gov (search "checking account denied").'],
    [84, 'l', 'Is that the kind of help you were looking for?'],
    [130, 'p', 'yeah that helps. no more questions'],
    [136, 'l', 'Take care and good luck with the new job — bye for now!'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish
  s(ANDRES, '03 abrir una cuenta con la matrícula consular (Spanish): "habla Andrés, bibliotecario", fdic.gov, "es todo lo que necesitaba"', [
    [0, 'p', 'buenos dias, puedo abrir una cuenta de banco con la matricula consular? no tengo seguro social'],
    [25, 'l', 'Buenos días, habla Andrés, bibliotecario de la Biblioteca Pública de Houston. Con gusto le ayudo.'],
    [31, 'l', '¿Tiene número ITIN, o solo la matrícula y el pasaporte?'],
    [75, 'p', 'solo matricula y pasaporte mexicano'],
    [82, 'l', 'Varios bancos y cooperativas de crédito (credit unions) aceptan la matrícula consular y el pasaporte sin número de Seguro Social. La FDIC tiene una guía en español para abrir una cuenta en fdic.gov/consumer-resource-center (busque "Cómo abrir una cuenta bancaria"). ¿Le sirve esta información?'],
    [130, 'p', 'si, es todo lo que necesitaba. gracias!!'],
    [136, 'l', '¡Con mucho gusto! Gracias por usar el chat y que le vaya bien.'],
  ], usual()),

  // 04 pickup at 61 s
  s(PRUDENCE, '04 credit union or bank at 19: 61 s pickup, low fees or loans, mycreditunion.gov', [
    [0, 'p', 'whats the difference between a credit union and a bank? which is better for someone starting out'],
    [61, 'l', 'Hello! Prudence, a librarian at The Seattle Public Library, here. Sorry for the wait.'],
    [67, 'l', 'Are you mostly after low fees, or something like a car loan later on?'],
    [100, 'p', 'low fees mostly, im 19'],
    [107, 'l', 'Credit unions are member-owned nonprofits, so fees tend to be lower, and deposits are insured by the NCUA instead of the FDIC. You can find ones you qualify for at mycreditunion.gov (Credit Union Locator). Does that help?'],
    [150, 'p', 'ya thx, thats all'],
    [155, 'l', 'Thanks for chatting, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickup at exactly 60 s; three at most, touching ends
  s(HOLLIS, '05 the cheapest money order for $850 rent: pickup at exactly 60 s, usps.com, "Anything else", touching chats (three at most)', [
    [0, 'p', 'where is cheapest place to get a money order, need to pay my rent $850'],
    [60, 'l', 'Hi, Hollis from Portland Public Library here!'],
    [65, 'l', 'Does your landlord take money orders from any issuer, or does it have to be a postal one?'],
    [95, 'p', 'any i think'],
    [101, 'l', 'Post office money orders cost a couple of dollars up to $500 and a bit more above that, so $850 means one larger one or two smaller ones. Current fees are on usps.com/shop/money-orders.htm. Does that answer it?'],
    [140, 'p', 'yes thanks'],
    [145, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Have a good one — bye!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hollis-b', -300, 0), other('h2', 'hollis-b', 10, 200), other('h3', 'hollis-b', 20, 150), other('h4', 'hollis-b', 180, 400)],
  }),

  // 06 greets, names no one
  s(DESK, '06 check cashing fees for a paycheck in Ohio: "Hey there! Thanks for reaching out." under the screen name "chatdesk3", consumerfinance.gov', [
    [0, 'p', 'how much do check cashing places charge?? need to cash my paycheck, no bank acct'],
    [14, 'l', 'Hey there! Thanks for reaching out.'],
    [19, 'l', 'Which state are you in? The rules on fees differ by state.'],
    [45, 'p', 'ohio'],
    [52, 'l', 'Check cashers often charge 1 to 5 percent of the check. Many banks will cash a check written on their own bank for non-customers for a small fee. The CFPB page on cashing a check without a bank account is at consumerfinance.gov/ask-cfpb (search "cash a check"). Did that help?'],
    [90, 'p', 'ok ya'],
    [95, 'l', 'Anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Take care! Bye.'],
  ], usual({ greeting: 'fail' })),

  // 07 identifies, greets no one
  s(REGGIE, '07 a prepaid card instead of a bank account: "This is Reggie at Tacoma Public Library, answering for Ask a Librarian." (no greeting), consumerfinance.gov', [
    [0, 'p', 'are prepaid debit cards a good idea instead of a bank account? my mom says theyre a ripoff lol'],
    [20, 'l', 'This is Reggie at Tacoma Public Library, answering for Ask a Librarian.'],
    [26, 'l', 'What would you mostly use it for — getting paid, paying bills, or shopping online?'],
    [60, 'p', 'getting paid and paying bills'],
    [67, 'l', "Prepaid cards can work, but the fees add up: monthly fees, reload fees, ATM fees. Federal rules require a fee table on the package. The CFPB's prepaid card guide is at consumerfinance.gov/consumer-tools/prepaid-cards. Does that help you compare?"],
    [110, 'p', 'yes thanks thats all i needed'],
    [115, 'l', 'Thanks for writing in, take care!'],
  ], usual({ greeting: 'fail' })),

  // 08 a hold answered exactly 120 s later
  s(NADIA, '08 a paid-off debt still on a ChexSystems report: "Let me check …" at 61, the answer at 181 (120 s), chexsystems.com and consumer.ftc.gov', [
    [0, 'p', 'my chexsystems report says i owe wells fargo but i paid it off. how do i fix it'],
    [16, 'l', 'Hi, Nadia here, reference librarian at Enoch Pratt Free Library.'],
    [22, 'l', 'Do you have proof of the payment, like a receipt or a letter from the bank?'],
    [55, 'p', 'yes a letter saying paid in full'],
    [61, 'l', 'Let me check how their dispute process works.'],
    [181, 'l', 'Thanks for holding. You can dispute the entry online at chexsystems.com (Consumer Disputes) and upload the letter; they have to investigate, usually within 30 days. The FTC explains your rights under the Fair Credit Reporting Act at consumer.ftc.gov (search "disputing errors"). Does this answer your question?'],
    [220, 'p', 'yes, thats everything thank you'],
    [226, 'l', 'You are welcome — goodbye!'],
  ], usual()),

  // 09 a hold answered 121 s later
  s(OWEN, '09 fees on a Direct Express card for SSI: "One moment please …" at 64, the answer at 185 (121 s), usdirectexpress.com', [
    [0, 'p', 'which prepaid card has the lowest fees? i get SSI'],
    [19, 'l', "Good afternoon, I'm Owen, a librarian at Columbus Metropolitan Library."],
    [25, 'l', 'Do you get your SSI on a Direct Express card now, or by paper check?'],
    [58, 'p', 'direct express'],
    [64, 'l', 'One moment please, I am pulling up the fee schedule.'],
    [185, 'l', 'Sorry for the wait. Direct Express has no monthly fee and one free ATM withdrawal with each deposit; the full fee list is at usdirectexpress.com (Fees). Social Security lists other ways to get paid at ssa.gov/deposit. Did that help?'],
    [225, 'p', 'ok thank you'],
    [231, 'l', 'Is there anything else I can look up?'],
    [250, 'p', 'no'],
    [255, 'l', 'Thanks for chatting with us, bye!'],
  ], usual({ informed: 'fail' })),

  // 10 pickedUpAt 58 s; no hold, "hello??" inside a 125 s wait
  s(GRETA, '10 a teen checking account at 16 (chat-speak): pickedUpAt 58 s, first line at 90, the patron\'s "hello??" inside a 125 s wait, fdic.gov', [
    [0, 'p', 'can i open a bank account if im 16? i have a job at mcdonalds'],
    [90, 'l', 'Hi! Greta with the Milwaukee Public Library chat here.'],
    [96, 'l', 'Do you want a savings account, a checking account with a debit card, or both?'],
    [130, 'p', 'checking w debit card'],
    [200, 'p', 'hello??'],
    [255, 'l', "Sorry! Most banks need a parent or guardian as joint owner until you're 18, but many offer teen checking with a debit card. The FDIC's Money Smart for Young People has a page on it at fdic.gov/consumer-resource-center/money-smart. Does that help?"],
    [290, 'p', 'yea ok, thats all thanks'],
    [296, 'l', 'Bye, and congrats on the job!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(58) }),

  // 11 a hold, a "still searching" with a partial result, the answer: no span over 120 s
  s(FATIMA, '11 credit unions with second-chance checking around Garland: "Give me a minute" at 56, "Still searching — I\'ve found one so far" at 166, the answer at 281', [
    [0, 'p', 'do credit unions do second chance checking too or only banks'],
    [17, 'l', "Hello and welcome! I'm Fatima, a librarian at Dallas Public Library."],
    [23, 'l', 'Are you looking in the Dallas area?'],
    [50, 'p', 'yes garland'],
    [56, 'l', 'Give me a minute to look for local ones.'],
    [166, 'l', "Still searching — I've found one so far, checking a couple more."],
    [281, 'l', 'OK: several credit unions around Garland offer "fresh start" checking. Bank On lists certified accounts near you at joinbankon.org, and the NCUA locator at mycreditunion.gov shows which credit unions you can join. Does that cover what you needed?'],
    [320, 'p', 'yes perfect thank u'],
    [326, 'l', 'Anything else today?'],
    [350, 'p', 'nope thats everything'],
    [355, 'l', 'Great, have a good evening — bye!'],
  ], usual()),

  // 12 the source before the question; code ""
  s(LEON, '12 money order or cashier\'s check for a deposit: the answer and consumerfinance.gov before "How much is the payment?", code ""', [
    [0, 'p', 'whats the difference between a money order and a cashiers check? landlord wants one of them'],
    [15, 'l', 'Hi, Leon at Rochester Public Library here.'],
    [21, 'l', 'A money order is bought with cash and is usually capped around $1,000; a cashier\'s check is drawn on the bank\'s own funds, so you usually need an account there, and it can be for more. The CFPB compares them at consumerfinance.gov/ask-cfpb (search "cashier\'s check").'],
    [27, 'l', 'How much is the payment?'],
    [60, 'p', '1400 for deposit'],
    [66, 'l', "Then a cashier's check, or two money orders. Does that help?"],
    [100, 'p', 'ya thx'],
    [105, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 13 no source (an app and a kind of organisation named); no codes in the source; final idle 179 s
  s(IRIS, '13 stopping $35 overdraft fees: "Chime or a local credit union" (no source), "Are you still there?" at 141, goodbye at 241 (179 s), no codes', [
    [0, 'p', 'i keep getting overdraft fees like $35 each time, how do i stop it 😩'],
    [20, 'l', 'Hi, Iris here, a librarian with the Ask Us Now! chat.'],
    [26, 'l', 'Do the fees come from debit card purchases, or from checks and automatic payments?'],
    [55, 'p', 'debit card mostly'],
    [62, 'l', 'You can opt out of overdraft coverage for debit card and ATM purchases; then the card is simply declined instead of costing a fee. Some people also switch to an account with no overdraft at all, like Chime or a local credit union. Does that help?'],
    [141, 'l', 'Are you still there?'],
    [241, 'l', 'Thanks for chatting — come back anytime!'],
  ], usual({ source: 'fail', anything: 'fail', idle: 'pass', code: 'na' }), { resolutionCode: undefined }),

  // 14 no completeness question; the patron says she is done; four at once
  s(BEATRIX, '14 joining Navy Federal through an uncle: navyfederal.org and mycreditunion.gov, no "does that help", "thats everything then", three other chats open at once (four)', [
    [0, 'p', 'can anyone join navy federal? my uncle was in the navy'],
    [22, 'l', 'Hello, Beatrix with Virginia Beach Public Library here.'],
    [28, 'l', 'Did your uncle serve himself, and do you live in his household?'],
    [65, 'p', 'yes he served, i dont live w him'],
    [72, 'l', "Navy Federal is open to service members, veterans, DoD civilians and their families, but family there means close relatives and household members, so an uncle usually doesn't qualify. The eligibility list is at navyfederal.org (Membership > Eligibility). If not, the NCUA locator at mycreditunion.gov finds credit unions you can join by where you live or work."],
    [115, 'p', 'ah ok. well thats everything then, thanks'],
    [120, 'l', 'Thanks for asking us, goodbye!'],
  ], usual({ complete: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'beatrix-b', -50, 300), other('b2', 'beatrix-b', 10, 200), other('b3', 'beatrix-b', 30, 120)],
  }),

  // 15 "ok thx" only; code null
  s(COLM, '15 an account closed as a "business decision": consumerfinance.gov, patron "ok thx", code null', [
    [0, 'p', 'bank closed my account and wont say why, they mailed me a check for the balance. can they do that'],
    [18, 'l', 'Hi there! Colm, librarian at Boise Public Library, at your service.'],
    [24, 'l', 'Was it a checking or a savings account, and did the letter give any reason?'],
    [60, 'p', 'checking, letter just says "business decision"'],
    [67, 'l', 'Generally yes: a bank can close an account at its discretion as long as it returns your money. The CFPB answers this at consumerfinance.gov/ask-cfpb (search "bank closed my account"). Does that help?'],
    [105, 'p', 'ok thx'],
    [110, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 16 "one question per chat … your limit"
  s(DEREK, '16 an account after two denials, then credit, cards and check cashing: "we only do one question per chat. You have reached your limit.", patron "wow ok" last', [
    [0, 'p', 'hi how do i get a bank account w/ bad credit'],
    [25, 'l', 'Hello, Derek from Louisville Free Public Library here.'],
    [31, 'l', 'Has a bank already turned you down, or are you just starting to look?'],
    [70, 'p', 'turned down at 2 banks'],
    [77, 'l', "Credit scores usually don't matter for checking; denials mostly come from ChexSystems. Look at the second-chance accounts listed at joinbankon.org. Does that help?"],
    [115, 'p', 'ok but also how do i fix my credit score and get a credit card and whats a secured card and should i use a check cashing place meanwhile'],
    [121, 'l', 'Sorry, we only do one question per chat. You have reached your limit.'],
    [135, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 17 other patrons waiting, invited back
  s(MEI, '17 is Golden 1 insured, then CDs, IRAs and rates: mycreditunion.gov, "a few other patrons waiting … chat back in later", patron "k" last', [
    [0, 'p', 'is my money safe in a credit union? like if it goes under'],
    [20, 'l', "Hi! You're chatting with Mei, a librarian at San Francisco Public Library."],
    [26, 'l', 'Which credit union is it? I can check whether it is federally insured.'],
    [60, 'p', 'idk its called golden 1'],
    [67, 'l', 'Golden 1 is federally insured, so deposits are covered by the NCUA up to $250,000 per owner, the same as FDIC insurance at a bank. You can look up any credit union at mycreditunion.gov (Research a Credit Union). Did that answer it?'],
    [105, 'p', 'yes!! ok next q, how do CDs work, and IRAs, and should i get a roth, and whats the best savings rate rn 😅'],
    [112, 'l', "Those are great questions! I have a few other patrons waiting right now, though, so please chat back in later or tomorrow and we'll take them one at a time. Thanks for understanding!"],
    [125, 'p', 'k'],
  ], usual({ anything: 'fail' })),

  // 18 the bank's collections department with no contact; a bare goodbye 253 s into the final idle
  s(VICTOR, '18 fees sent to collections after a closed account: "Contact the bank\'s collections department" (no contact), consumerfinance.gov, goodbye at 330 (253 s) with no check-in or notice', [
    [0, 'p', 'my account got closed and now the bank says i owe them 200 in fees, they sent it to collections. what do i do'],
    [22, 'l', 'Good evening! Victor, librarian with Hennepin County Library, here.'],
    [28, 'l', 'Do you agree that you owe it, or do you think the fees were a mistake?'],
    [70, 'p', 'i think they charged me fees after it was closed'],
    [77, 'l', "Contact the bank's collections department and ask for an itemized statement of the fees. The CFPB has sample letters for disputing a debt you don't think you owe at consumerfinance.gov/consumer-tools/debt-collection. Does that help?"],
    [330, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', referral: 'fail' })),

  // 19 partly Spanish; legal aid by phone
  s(ROCIO, '19 el banco no devuelve el saldo de una cuenta cerrada (partly Spanish): "Le atiende Rocío", legal aid by phone, consumerfinance.gov/es, "es todo"', [
    [0, 'p', 'hola, mi cuenta fue cerrada y el banco no me devuelve mi dinero, ya van 2 meses. necesito ayuda legal? sorry my english no good'],
    [24, 'l', '¡Hola! Le atiende Rocío, bibliotecaria de Fresno County Public Library. Podemos hablar en español.'],
    [30, 'l', '¿Cuánto dinero había en la cuenta, y le mandaron alguna carta?'],
    [75, 'p', 'como 1200. ninguna carta'],
    [82, 'l', 'El banco tiene que devolverle el saldo. Le recomiendo llamar a Central California Legal Services al 559-555-0128; ayudan gratis con problemas con bancos. También puede leer la guía del CFPB en español en consumerfinance.gov/es. ¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, es todo'],
    [136, 'l', '¡Con gusto! Gracias por escribirnos. Hasta luego.'],
  ], usual({ referral: 'pass' })),

  // 20 a transfer with a notice and a note that says why
  s(HAZEL, '20 an ITIN account and building credit in Tucson: transfer notice + internal note why, Jonas 100 s after the notice, joinbankon.org', [
    [0, 'p', 'can i open an account with just my ITIN? also want to start building credit'],
    [20, 'l', 'Hi, Hazel here at Ask a Librarian, Pima County Public Library.'],
    [26, 'l', 'Do you also have a photo ID, like a passport or a matrícula?'],
    [60, 'p', 'yes passport'],
    [66, 'l', "My colleague Jonas runs our financial literacy program and knows the local options well — I'm transferring you to him now, hang on a moment."],
    [69, 'i', 'Jonas, patron with ITIN + passport wants a checking account and to build credit. Your area — can you take it?'],
    xfer(72, 'Jonas', 'jonas-b'),
    [166, 'l', 'Hi, Jonas here, also with Pima County Public Library. Several banks and credit unions in Tucson open accounts with an ITIN and a passport; the certified list is at joinbankon.org. For building credit, a secured card is a common first step: see consumerfinance.gov (search "secured credit card"). Does that answer your question?', as(JONAS)],
    [210, 'p', 'yes thank you, thats all i need'],
    [216, 'l', 'Good luck, and thanks for chatting!', as(JONAS)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer, internal note only; the receiver 125 s after the patron
  s(ELENA, '21 a grandmother who pays bills in cash: internal note only, silent transfer, Kwame 125 s after the patron, usps.com', [
    [0, 'p', 'my grandma only has cash and wants to pay bills, whats safest? she doesnt trust banks'],
    [18, 'l', "Hello! I'm Elena, a librarian at Anne Arundel County Public Library."],
    [24, 'l', 'What kind of bills — utilities, rent, something else?'],
    [55, 'p', 'electric bill and her phone'],
    [59, 'i', 'Kwame, senior paying bills in cash, no bank account — you did the money workshop, can you take it?'],
    xfer(62, 'Kwame', 'kwame-b'),
    [180, 'l', 'Hi, Kwame here with Anne Arundel County Public Library. Most utilities take cash at authorized payment locations, or she can buy a money order at the post office (usps.com/shop/money-orders.htm) and mail it in. Does that help?', as(KWAME)],
    [220, 'p', 'yes thanks so much thats all'],
    [225, 'l', 'Take care, bye!', as(KWAME)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 22 Practice
  s(TRAINEE, '22 practice chat (Bank On canned link test): coded Practice, every check na', [
    [0, 'p', 'test: bank on script'],
    [6, 'l', 'Hello, testing the Bank On canned link: joinbankon.org'],
    [12, 'p', 'got it'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 follow-up by me: e-mail read back, "by tomorrow afternoon", done 20 h after the end
  s(SUNIL, '23 second-chance checking near Hyattsville and a book (follow-up by me): catalogue and joinbankon.org, e-mail read back, "by tomorrow afternoon", done at 20 h', [
    [0, 'p', "Looking for a list of banks in Prince George's County that offer second chance checking. Also any books on fixing your banking history?"],
    [21, 'l', "Good afternoon, Sunil here, a librarian at Prince George's County Memorial Library System."],
    [27, 'l', 'Are you looking for branches near a particular town?'],
    [65, 'p', 'hyattsville or college park'],
    [72, 'l', "For a book, try \"Your Score\" by Anthony Davenport in our catalog at pgcmls.info. Bank On's list at joinbankon.org covers certified accounts, but I'd like to confirm which branches near Hyattsville offer second-chance checking, so I'll e-mail you a list by tomorrow afternoon. What address should I send it to?"],
    [115, 'p', 'dmiller.hyatts@example.net'],
    [121, 'l', "Thanks — dmiller.hyatts@example.net. You'll have it by tomorrow afternoon. Does the Bank On page help for now?"],
    [160, 'p', 'yes, thank you. that is all'],
    [166, 'l', 'Thank you for using Ask Us Now — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(171 + 20 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 24 an e-mail promise coded Answered, no time given
  s(PAULA, '24 financial literacy classes in Bengali for a new immigrant: queenslibrary.org, "I\'ll check … and e-mail you", address typed, no time, coded Answered', [
    [0, 'p', 'is there a class or someone that can help me set up a budget and a bank acct? im a new immigrant'],
    [25, 'l', 'Hi! Paula with Queens Public Library here, welcome.'],
    [31, 'l', 'Which language would you be most comfortable in for a class?'],
    [70, 'p', 'english ok, or bengali'],
    [77, 'l', "Our New Americans Program lists free financial literacy workshops at queenslibrary.org/nap. I'll check whether any are offered in Bengali this season and e-mail you. What's your e-mail?"],
    [120, 'p', 'rahim.b2026@example.com'],
    [126, 'l', 'Great. Does the workshop page help in the meantime?'],
    [165, 'p', 'yes ok thank you'],
    [171, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 25 follow-up by the patron's library: phone read back, "within 72 hours", unrecorded at day 5
  s(CARMEN, '25 a peso pension check from IMSS (follow-up by patron\'s library): fdic.gov, "someone from the Main Library will call you back within 72 hours", phone read back, unrecorded at day 5', [
    [0, 'p', 'my dad needs to cash his pension check from mexico (IMSS), banks here say no. who cashes foreign checks?'],
    [20, 'l', 'Hi, thanks for contacting Ask Us! This is Carmen, a librarian with Santa Ana Public Library.'],
    [26, 'l', 'Is the check in pesos or in dollars, and does your dad have a bank account here?'],
    [65, 'p', 'pesos, no account'],
    [72, 'l', "Checks in pesos usually have to be sent for collection, which needs an account, and the fees run $25 to $50. The FDIC explains foreign check collection at fdic.gov/consumer-resource-center. Our business librarian can look for local credit unions that do it: someone from the Main Library will call you back within 72 hours. What's the best number?"],
    [120, 'p', '714-555-0183'],
    [126, 'l', 'Thanks, that is 714-555-0183. Does the FDIC page help for now?'],
    [160, 'p', 'yes thanks thats all'],
    [166, 'l', 'Thank you for chatting with us, bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 26 follow-up by me with no contact anywhere; done at 10 h
  s(OTIS, '26 fees for sending $200 a month to Guatemala (follow-up by me): consumerfinance.gov, "send them to you by Thursday", no contact asked or known, done at 10 h', [
    [0, 'p', 'what are the fees for sending money to guatemala? western union vs bank'],
    [18, 'l', 'Hello, Otis at Durham County Library here.'],
    [24, 'l', 'About how much do you send, and how often?'],
    [55, 'p', '200 every month'],
    [62, 'l', "The CFPB requires remittance providers to show every fee and the exchange rate before you pay; their guide is at consumerfinance.gov/sending-money. I'll compare current rates for a $200 transfer and send them to you by Thursday. Does the guide help for now?"],
    [100, 'p', 'yes thank you'],
    [106, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(111 + 10 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 27 final idle exactly 120 s, ending on a check-in
  s(JUDE, '27 a savings account for a baby without an SSN: answer at 48, "Are you still with me?" at 140, endedAt 168 (final idle 120 s), no goodbye', [
    [0, 'p', 'do i need a social security number to open a savings account for my baby'],
    [16, 'l', 'Hi, Jude here, librarian at Kansas City Public Library.'],
    [22, 'l', "Is the account in the baby's name, with you as custodian?"],
    [40, 'p', 'yes'],
    [48, 'l', "Banks generally need the child's SSN or ITIN for a savings account in the child's name, because the interest is reported to the IRS. The FDIC's page on accounts for minors is at fdic.gov/consumer-resource-center. Is that what you were looking for?"],
    [140, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(168) }),

  // 28 final idle exactly 180 s: a check-in and a notice that thanks
  s(KEIRA, '28 cashing a federal tax refund check without an account: irs.gov, "Still with me?" at 170, "It looks like you\'ve left … Thanks for reaching out!" at 237 (180 s)', [
    [0, 'p', 'got my tax refund check but no bank account.. where can i cash it without paying a lot'],
    [19, 'l', 'Good evening! This is Keira at Spokane Public Library.'],
    [25, 'l', 'Is it a federal refund from the IRS, or a state one?'],
    [50, 'p', 'federal'],
    [57, 'l', 'Some banks cash U.S. Treasury checks for non-customers, and many grocery stores do it for a few dollars. Next year you can have the refund put on a prepaid card or a Bank On account instead; see irs.gov/refunds. Does that help?'],
    [170, 'l', 'Still with me?'],
    [237, 'l', "It looks like you've left the chat, so I'll close it now. Thanks for reaching out!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 29 no provider ever joined, coded Lost Call after two patron messages
  s(NOBODY, '29 does the credit union on Main St take a matrícula: no provider ever joined, "?? anyone", patron left, coded Lost Call after two patron messages', [
    [0, 'p', 'need to know if the credit union on main st takes matricula for opening an account'],
    busy(2),
    [130, 'p', '?? anyone'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 Spanish; a true Lost Call: greeting, check-in, notice that thanks and invites back
  s(BEATRIZ, '30 cuánto cuesta un giro postal (Spanish, Lost Call): "¡Hola! Soy Beatriz", "¿Sigue conectado?" a los 150, aviso con despedida a los 215 (195 s)', [
    [0, 'p', 'hola, cuanto cobran por un giro postal en el correo?'],
    [20, 'l', '¡Hola! Soy Beatriz, bibliotecaria del chat de la Biblioteca Pública de Los Ángeles.'],
    [150, 'l', '¿Sigue conectado?'],
    [215, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribir y vuelva pronto!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundBanking.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: banking basics and financial services, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundBanking.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundBanking.filter((c) => c.name in LEFT_WHY));
});
