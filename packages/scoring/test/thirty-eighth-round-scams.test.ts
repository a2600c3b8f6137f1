/**
 * Thirty-eighth round, area (G15): SCAMS, FRAUD, IDENTITY THEFT AND ONLINE SAFETY. A grandparent scam call, gift-card demands
 * (a "boss" e-mail), a fake IRS call (TIGTA), a fake Social Security call (oig.ssa.gov), phishing texts, a hacked Facebook,
 * Gmail or e-mail account, a stolen wallet and identity theft (IdentityTheft.gov, the FTC, credit freezes at Equifax, Experian
 * and TransUnion, annualcreditreport.com), a romance scam, a tech-support pop-up, a fake check and overpayment, a Zelle and a
 * courier scam, elder financial abuse (Adult Protective Services), a sweepstakes letter and a Jamaican lottery call (the
 * Maryland Attorney General's Consumer Protection Division), the police, the bank's fraud line, the FBI's IC3, AARP's Fraud
 * Watch Network Helpline, the library's own digital-safety class and Tech Help desk; every check in the whole sessions.
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, non-native, chat-speak, terse, warm and scripted English and in
 * Spanish, inside the area and beside it:
 *  referral WITH a contact: "Report it to the FTC at ReportFraud.ftc.gov", "report the call to TIGTA at 800-366-4484 or
 *   tigta.gov", "Notify Experian at 888-397-3742", "call the AARP Fraud Watch Network Helpline, 877-908-3360", "file a
 *   complaint with the FBI's IC3 at ic3.gov", "Report it to Adult Protective Services at …, 410-853-3000", "Stop by the Tech
 *   Help desk at our Main branch (410-555-0140)", "Report the $800 / the $1,500 / the 800 dollars to your bank's fraud line /
 *   your credit union / the FTC at …", "tell the police what happened: the non-emergency number is …", "Repórtelo a la FTC en …
 *   o al 1-877-…", "Repórtelo a su banco al …", "Avísele a su banco al …", "Notifique a Equifax al …", "Denúncielo ante la
 *   Policía del condado de Montgomery al …";
 *  referral WITHOUT one: "call your bank at the number on the back of your card", "Tell your bank it may be fake", "Tell your
 *   credit union right away", "Let your bank know right away", "Contact Adult Protective Services", "Just call the FTC", "Llame
 *   a su banco …, y denúncielo a la policía", "her bank should be told right away" (passive), "If you'd like to talk it over
 *   with someone, the AARP … Helpline is free at 877-…" (an offer, no verb);
 *  a source, no referral: "File a report at IdentityTheft.gov", facebook.com/hacked, myaccount.google.com/security-checkup,
 *   the library's Digital Safety class with its registration page, annualcreditreport.com; none: "Check your credit report",
 *   "Just call the FTC";
 *  other parties' calls (no promise of the provider's): "your bank will call you back", "their fraud team will call you",
 *   "Equifax will mail you a confirmation", "TransUnion will send you a letter with your PIN", "Facebook will send a code to
 *   your e-mail", "the credit bureau will contact you", "the police / the detective will call / contact you", "an AARP
 *   volunteer will call you back", "Adult Protective Services / an APS caseworker will contact / reach out to you", "your card
 *   issuer should mail you a new card", "The Consumer Protection Division will mail you a copy", "su banco le llamará", "la
 *   policía lo contactará"; the provider's own: "I'll e-mail you the freeze links by Friday", "I'll look up … and e-mail you
 *   by tomorrow morning", "I'll find out … and get back to you" (no time), the library's fraud watch volunteers, "Our AARP
 *   volunteer will call you";
 *  completeness: "Does that clear up whether you need a police report?", "Does that clear up whether she needs to do anything
 *   else?", "Did that clear up how the freeze works?", "Does this clear up what IC3 is for?", "Does that clear up what to do?"
 *   (chat-speak), "Does that clear things up?", "Does that make sense?", "That help?", "¿Responde esto a su pregunta?"; not:
 *   "Would you like the AARP helpline number too?", "Will that clear up whether you owe it, once the bank calls?", "Does your
 *   statement clear up whether the charge was yours?";
 *  clarifying ("Have you sent any money or gift cards yet?", "Is the email from his work address or a gmail?", "Did they get
 *   your Social Security number, or just your name?", "So someone opened a credit card in your name?", "¿Ya les envió
 *   dinero?"), holds ("Let me pull up the numbers for you, one moment", "Let me look up the IC3 site for you"), a transfer to
 *   the digital-literacy librarian, a dismissal ("I've answered your scam question and I have other chats waiting, so I'm
 *   ending this now", "You've asked enough questions for one chat"), others waiting with a way back, a disconnect notice.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where it leaves room:
 * - "report it / the $800 to <agency, bank> at <its site or phone>" tells the patron to contact that party (write to it): a
 *   referral with its way to reach it; "File a report at IdentityTheft.gov" is a site to use (Terms: a source, no referral);
 * - "tell your bank / the police …" in the imperative is telling the patron to contact them (a referral); "her bank should be
 *   told" (passive) tells the patron too, but see LEFT;
 * - "call your bank at the number on the back of your card" gives no e-mail, phone, address or URL: the referral fails;
 * - the library's class with a registration page is an event at a page (a source), no department the patron must contact;
 *   the library's Tech Help desk "at our Main branch (410-…)" is one of the provider's own library's departments: a referral;
 * - the bank, the police, the credit bureaus, AARP's volunteers, APS, the card issuer, the Consumer Protection Division and
 *   the platforms (Facebook sending a code) who will call, write to or send something to the patron make no promise of the
 *   provider's (G8's and G12's reading of outside parties); the library's own volunteers do ("someone from your library");
 * - "Does that clear up whether …?" asks whether the information given settles the patron's need: completeness;
 * - a follow-up promise whose guides are only promised gives no source; a reply of "Anything else?" is not completeness.
 *
 * Written: 106 cases, all labelled before running: a first batch of 18 whole sessions and 38 short cases; 19 near misses and
 * fix cases (`guards`: 14 with the fixes, 4 more after the widening checks below, 1 moved to LEFT); a second batch of 2 whole
 * sessions and 13 short cases probing the fixes' own words; a third batch of 14 short cases probing the fraud parties' words
 * and the fixes' edges, and 2 near misses of its fix. Run: 99 (17 whole); LEFT: 7.
 * First run (56 cases): 20 disagreed. By check:
 *  - referral.contact 13: "report the $800 to your bank('s fraud line at …)" read as no referral (2); Spanish "denúncielo a
 *    la policía", "repórtelo a la FTC / a su banco", "Denúncielo ante la Policía", "Llame a su banco" read as no referral (5);
 *    "Tell your bank it may be fake" read as none (1); the grandparent's helpline offer read as none (LEFT); "call your bank
 *    …; then report the theft at IdentityTheft.gov" and "Contact Adult Protective Services. See consumer.ftc.gov …" read with
 *    a contact (older attribution, LEFT); "her bank should be told" (passive, LEFT);
 *  - followup.contact / resolution.code 6: "Facebook will send a code to your e-mail", "Equifax will mail you a
 *    confirmation", "the police will call you", "an AARP volunteer will call you back", "Adult Protective Services will contact
 *    you", "su banco le llamará" read as the provider's promises;
 *  - followup.completeness 2: "Does that clear up whether …?" read as no completeness question.
 * Second run (guards and the second batch, 29): 2 disagreed: "Tell your credit union right away" (no party: fixed in
 * referralParty) and "Did the bank clear up whether the charge was fraud?" (an older completeness alternative: LEFT).
 * Third run (4 near misses added for the widening checks): none disagreed. Fourth run (the third batch, 14): 2 disagreed:
 * "Report the $2,000 to IC3 at ic3.gov" (the party's name has a digit) and "Then tell Equifax you want a fraud alert: 888-…"
 * (a bureau told by name, no determiner), both fixed in the same alternatives; then 2 near misses of that fix ("Equifax will
 * tell Experian and TransUnion for you", "just tell them your bank already knows"), which passed. The library's own staff
 * named by words the fraud parties share ("The outreach officer from the library will call you", "The social worker at our
 * Central Library will call you") stay promises: the party must stand right before "will". My labels corrected: 0.
 *
 * Fixed in block G15 (v39 only, phrase families; near misses in `guards`):
 *  - notPromise (plus, English): a fraud or safety party (`FRAUD_PARTY_G15`: the police, detectives, the FTC, the FBI, IC3,
 *    the three bureaus, credit unions, card issuers, fraud departments, AARP and its volunteers, APS and its caseworkers, the
 *    Consumer Protection Division, Facebook, Google, Microsoft, Apple, PayPal …) who will call / contact / write to / mail /
 *    send the patron, or send them a code, letter, PIN, card or report (`FRAUD_SENT_G15`), as G12's legal parties with E12's
 *    narrowings: not one to three words after "library's / branch's", not after "our / my", not with the provider's own "I'll
 *    / we'll" in the sentence [near misses, each checked to fail with its part taken out: "The library's fraud watch volunteers
 *    will call you on Monday", "Our AARP volunteer will call you tomorrow", "The police will call you …, and I'll e-mail you
 *    the IC3 steps by Friday"]; (plus, Spanish) "su banco / la policía / la FTC / el FBI / las agencias de crédito … le
 *    llamará / lo contactará" [near miss: "Su banco le llamará, y yo le escribiré mañana"];
 *  - referralVerb (plus): "report <an amount> to" ("the $800", "the 800 dollars", "the $2,000 to IC3"), not "I / we / they /
 *    it will report"; "tell <your / the> … <bank, credit union, card issuer, police, fraud department, bureau>" in the imperative (at a sentence
 *    or clause start, or after "just / please / then / also / and / first …"), the words between not another determiner, or
 *    a bureau, the FTC, the FBI or IC3 by name ("tell Equifax you want a fraud alert")
 *    [near miss: "If he calls back, tell the caller your bank already knows" fails with the determiner test taken out];
 *    Spanish "denúncielo / repórtelo / avísele / notifique … a / al / ante", not after "yo / ya / le / lo / se" (the
 *    provider's own past act);
 *  - referralParty (plus): "su / el banco" (not "banco de datos"), "la compañía / el emisor de su tarjeta", "las agencias de
 *    crédito", "Comisión Federal de Comercio", and "credit union";
 *  - completeness (plus): "does / did / has that / this / it / the info … clear up whether / what / how / if / which …"
 *    [near misses: "Does your statement clear up whether …" fails with any subject; "Will that clear up whether you owe it,
 *    once the bank calls?" fails with "will"].
 * The other near misses ("The bank will report the $800 to the credit bureaus", "they'll report …", "The collector may report
 * …", "I'll report the $800 to our branch manager", "The statements tell your bank's side of it", "Never tell the caller your
 * bank PIN", "Ya le avisé / ya le avise a su banco", "Busque en el banco de datos") stay na also with the fix made too wide:
 * the older referral readings (its actor and subject tests) keep them out; the narrowings stay because `referralVerb` and
 * `referralParty` have other readers (classify.ts: greetings, sources).
 * Older LEFT cases read since: thirty-first-round-k12-checked's "…, and tell the police too" and "Llame a su banco. El número
 * del banco es 1-800-…" now score as labelled: moved, unchanged, to that file's READ_SINCE_LEFT.
 * Not changed: the attribution of a sentence's or the next sentence's URL to a party without one (older, referral.ts).
 *
 * Left (7): the grandparent's "If you'd like to talk it over with someone, the … Helpline is free at 877-…" (an offer with no
 * verb); "First call your bank …; then report the theft at IdentityTheft.gov" and "Report the $800 to your bank today, and
 * check annualcreditreport.com" (the sentence's URL lent to the bank); "Contact Adult Protective Services. See consumer.ftc.gov
 * for more." and "… denúncielo a la policía. Vea reportefraude.ftc.gov." (the next sentence's URL lent to the party); "her
 * bank should be told right away" (a passive); "Did the bank clear up whether …?" (an older completeness alternative).
 *
 * Final run: this file, rubric.test.ts, devset.test.ts, every thirty-sixth-, thirty-seventh- and thirty-eighth-round file,
 * and the files found by grep for the fixes' words ("clear up", "credit union", "banco", "denunci", "report the $", "tell
 * your / the", "avise", "notifique", "repórtelo", the parties' "will call / mail / send" …, "tell Equifax", "report the $2,000 to") (94 files), 9768 tests, all passed.
 * v39's fingerprint after block G15: b83735a5e4a71edc.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A stolen-wallet question up to the patron's answer to the clarifying question. */
const WALLET: Line[] = [
  [0, 'p', 'my wallet got stolen yesterday with my drivers license and debit card, what do i do'],
  [20, 'l', "Hi, I'm Jo at Ask a Librarian. I'm sorry that happened. Have you seen any charges you didn't make yet?"],
  [50, 'p', 'not yet'],
];
/** A phone-scam question (a caller who said he was from Social Security) up to the patron's answer. */
const SSA: Line[] = [
  [0, 'p', 'A man called saying he was from Social Security and my number was suspended. Is that real?'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Did you give him any personal information or money?'],
  [50, 'p', 'I gave him my bank name but nothing else, I hung up'],
];
/** A hacked e-mail account up to the patron's answer. */
const HACK: Line[] = [
  [0, 'p', 'i think my email got hacked, friends are getting weird messages from me'],
  [20, 'l', 'Hi, Jo at AskUsNow! here. Can you still sign in to the account, or are you locked out?'],
  [50, 'p', 'i can still get in'],
];
/** A Spanish question (a caller who asked for bank details) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, me llamaron diciendo que eran de mi banco y les di mi numero de tarjeta, que hago?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Ya vio algún cargo que usted no hizo?'],
  [50, 'p', 'todavia no'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, the provider's answer with a source at 70 s, the patron's `patron` at 100 s, the provider's `last` at 110 s. */
const ending = (base: Line[], patron: string, last: string): Line[] => [
  ...base,
  [70, 'l', 'The FTC explains the steps at IdentityTheft.gov. Does that help?'],
  [100, 'p', patron],
  [110, 'l', last],
];

export const whole: SessionCase[] = [
  {
    name: 'chat-speak, "my boss" e-mails asking for gift cards: terse provider, the FTC gift-card page, "That help?"',
    lines: [
      [0, 'p', 'my boss emailed asking me 2 buy 5 apple gift cards for a client n send pics of the codes, legit??'],
      [10, 'l', 'Hi, Sam at Ask Us.'],
      [14, 'l', 'Is the email from his work address or a gmail?'],
      [40, 'p', 'gmail but it has his name'],
      [55, 'l', 'Scam. Classic gift card scam. consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams shows it. That help?'],
      [80, 'p', 'ya'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'nope'],
      [99, 'l', 'Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'a fake IRS call threatening arrest: TIGTA by phone and site, "report it to the FTC at ReportFraud.ftc.gov"',
    lines: [
      [0, 'p', 'I got a voicemail from the IRS saying there is a warrant for my arrest unless I call back today. What should I do?'],
      [25, 'l', "Hello! I'm Dana, a reference librarian with Ask Us Now. Did the message ask you to pay by a particular method, like gift cards or a wire?"],
      [70, 'p', 'yes it said to buy prepaid cards'],
      [110, 'l', "That is a scam: the IRS contacts people by mail first and never demands prepaid cards. Don't call back. You can report the call to the Treasury Inspector General for Tax Administration (TIGTA) at 800-366-4484 or tigta.gov, and to the FTC at ReportFraud.ftc.gov. The IRS explains it at irs.gov/newsroom/tax-scams-consumer-alerts. Is that what you were looking for?"],
      [160, 'p', 'yes thank you, no more questions'],
      [166, 'l', 'Glad I could help. Have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'non-native English, a phishing text about a parcel: the FTC phishing page, no party to contact',
    lines: [
      [0, 'p', 'Hello. I receive message on my phone that my package is held and I must pay 1.99 fee by link. I did not order anything. It is true?'],
      [20, 'l', "Hello! This is Jo, a librarian at Sample County Library. Did you click the link or enter any card number?"],
      [60, 'p', 'No I did not click'],
      [90, 'l', "Good. It is a phishing text: delivery companies do not ask for fees that way. Just delete it. The FTC's page at consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams shows the signs to look for. Does this completely answer your question?"],
      [130, 'p', 'Yes. This is all I need. Thank you very much.'],
      [136, 'l', "You're welcome! Thank you for using Ask a Librarian."],
    ],
    exp: usual(),
  },
  {
    // reading: the library's class with a registration page is an event at a page (a source), not a department the patron is
    // told to contact: no referral
    name: 'a hacked Facebook account: facebook.com/hacked, and the library\'s Digital Safety class with its registration page',
    lines: [
      [0, 'p', 'Hi, someone got into my Facebook and changed my password. How do I get it back?'],
      [25, 'l', 'Hi there, welcome to AskUsNow! I\'m Leah, a librarian with Baltimore County Public Library. Do you still have access to the e-mail or phone number on the account?'],
      [70, 'p', 'yes my email still works'],
      [100, 'l', 'Then go to facebook.com/hacked and follow the steps; Facebook will send a code to your e-mail. Afterwards, turn on two-factor authentication in Settings > Security and Login. Our Digital Safety for Beginners class on Thursday at 6 pm covers this too; register at bcpl.info/events. Did that help?'],
      [150, 'p', 'yes thanks, thats all'],
      [156, 'l', 'Good luck, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'a tech-support pop-up, remote access given: "call your bank at the number on the back of your card" (no contact given)',
    lines: [
      [0, 'p', 'a popup said my computer had a virus and to call microsoft, i called and let them on my computer and paid 299 with my card. help'],
      [20, 'l', 'Hi, Jo here at Ask a Librarian. Is the computer still connected to the internet right now?'],
      [45, 'p', 'yes'],
      [70, 'l', "Disconnect it from the internet first. Microsoft never calls or asks you to call from a pop-up. Call your bank at the number on the back of your card to dispute the $299 and get a new card. The FTC's steps are at consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams. Is that what you needed?"],
      [120, 'p', 'ok'],
      [126, 'l', 'Good luck, bye!'],
    ],
    // referral: the bank with "the number on the back of your card": no e-mail, phone, address or URL given: fails
    // anything else: "ok" alone is not done, the provider never asked: fails
    exp: usual({ referral: 'fail', anything: 'fail' }),
  },
  {
    name: 'a fake check for a couch, overpaid: "your bank will call you" (not the provider\'s), "I\'ll e-mail you the guides by tomorrow", followed up in time',
    lines: [
      [0, 'p', 'I sold a couch online and the buyer mailed a check for $1,200 instead of $400 and wants me to send back the difference. Is that ok?'],
      [25, 'l', "Hi, I'm Jo at Ask a Librarian. Have you deposited the check yet?"],
      [60, 'p', 'yes yesterday, and the bank says the money is available'],
      [100, 'l', "Please don't send anything back: that is the fake-check scam, and the check can bounce days after the money shows as available. Tell your bank it may be fake; their fraud team will call you once they review it. I'll look up what else you can do and e-mail you by tomorrow morning. What e-mail should I use?"],
      [140, 'p', 'r.okafor@example.com'],
      [150, 'l', 'Thanks, r.okafor@example.com, by tomorrow morning. Anything else?'],
      [170, 'p', 'no thats all'],
      [176, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'r.okafor@example.com', phone: null }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'sent next steps' }] },
    ctx: { now: Date.parse('2026-03-10T10:00:00-05:00') },
    // source: none given in the chat (the guides are promised; the patron's own e-mail read back is no source): fails;
    // completeness then na? no: info.source fails (not na), so completeness fails (no question after a source or answer;
    // "Anything else?" is not it). referral: "Tell your bank" with no contact: fails
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass', referral: 'fail' }),
  },
  {
    name: 'elder financial abuse by a caregiver: "Is she in danger right now?", Adult Protective Services and the police non-emergency line',
    lines: [
      [0, 'p', "I think my aunt's home aide is taking money from her account. Who do I tell?"],
      [30, 'l', 'Hello, thank you for contacting AskUsNow!. My name is Denise and I am a reference librarian. Is your aunt in any danger right now, and does she live in Maryland?'],
      [80, 'p', 'Not in danger, she lives in Towson'],
      [120, 'l', "Report it to Adult Protective Services at the Baltimore County Department of Social Services, 410-853-3000, or the statewide line 1-800-917-7383. If money is being stolen you can also report it to the Baltimore County Police at 410-887-2222. Does this help?"],
      [180, 'p', 'Yes, very much, that is everything.'],
      [186, 'l', 'Thank you for looking out for her, and thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, a bank impersonator: "denúncielo a la policía" and "llame a su banco" with no numbers, the FTC in Spanish',
    lines: [
      ...ES,
      [80, 'l', 'Llame a su banco enseguida para cancelar la tarjeta, y denúncielo a la policía. También puede reportarlo en reportefraude.ftc.gov. ¿Le sirve esta información?'],
      [130, 'p', 'si, es todo, gracias'],
      [136, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a lottery call: "repórtelo a la FTC … al 1-877-382-4357" and the Attorney General\'s line',
    lines: [
      [0, 'p', 'buenas, me dijeron por telefono que gane una loteria de jamaica y tengo que pagar impuestos primero. es verdad?'],
      [25, 'l', '¡Hola! Soy Marta, bibliotecaria de AskUsNow!. ¿Ya les envió dinero?'],
      [60, 'p', 'no, todavia no'],
      [100, 'l', 'No les envíe nada: es una estafa, nadie cobra impuestos antes de dar un premio. Repórtelo a la FTC en reportefraude.ftc.gov o al 1-877-382-4357, y a la División de Protección al Consumidor del Procurador General de Maryland al 410-528-8662. ¿Responde esto a su pregunta?'],
      [150, 'p', 'si muchas gracias, es todo'],
      [156, 'l', '¡Que le vaya bien, adiós!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a sweepstakes letter, the patron goes quiet: the Consumer Protection Division by phone, a check-in and a disconnect notice',
    lines: [
      [0, 'p', 'got a letter saying i won a sweepstakes but need to pay a $50 processing fee. is this legit'],
      [20, 'l', 'Hi, this is Jo, a librarian at Sample County Library. Does the letter name the company or give a website?'],
      [50, 'p', 'publishers prize center'],
      [100, 'l', "Real sweepstakes never charge a fee to collect. You can report it to the Maryland Attorney General's Consumer Protection Division at 410-528-8662 or marylandattorneygeneral.gov. Does that help?"],
      [250, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've disconnected, so I'll end this session now. Thanks for contacting us, please come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'a follow-up with no time: "I\'ll find out if the AARP helpline has Spanish and get back to you", not yet recorded',
    lines: [
      [0, 'p', 'is there a scam helpline my dad can call? he only speaks spanish'],
      [20, 'l', 'Hi, Jo at Ask a Librarian. Does he live in Maryland?'],
      [50, 'p', 'yes in silver spring'],
      [80, 'l', "Your dad can call the AARP Fraud Watch Network Helpline at 877-908-3360. I'll find out whether they have Spanish-speaking volunteers and get back to you. What's your e-mail?"],
      [110, 'p', 'l.perez@example.com'],
      [120, 'l', 'Got it, l.perez@example.com. Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'l.perez@example.com', phone: null } },
    // completeness: never asked; anything else: never asked, the patron never said done; follow-up: no time said: contact
    // fails; on time: not recorded, deadline not passed: pending
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' }),
  },
  {
    name: 'transferred to the digital-literacy librarian, who gives Google\'s account recovery page',
    lines: [
      ...HACK,
      [56, 'l', "Our digital-literacy librarian handles account security, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt gmail hacked, can still sign in; account security q'],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa, the digital-literacy librarian at Sample County Library, here.', ROSA],
      [130, 'l', 'Change the password first, then run the Security Checkup at myaccount.google.com/security-checkup: it shows devices signed in and lets you sign them out. Did that help?', ROSA],
      [170, 'p', "yes thats exactly it, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting and stay safe!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a dismissal: "I\'ve answered your scam question and I have other chats waiting, so I\'m ending this now"',
    lines: [
      ...SSA,
      [80, 'l', "That was a scam: Social Security numbers don't get suspended. Report it at oig.ssa.gov. Does that help?"],
      [120, 'p', 'yes but what about my bank name, should i worry? and can they open accounts?'],
      [130, 'l', "I've answered your scam question and I have other chats waiting, so I'm ending this now."],
    ],
    // dismissal: ends the help for the provider's convenience with no way back; courteous: no thanks, goodbye or invitation
    // in the last two messages; anything else: never asked
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a slow pickup, a long silence, and four chats at once: the FTC\'s identity theft site',
    lines: [
      [0, 'p', 'someone opened a credit card in my name, how do i report it'],
      [95, 'l', 'Hi, Jo at AskUsNow! here. Was it a store card or a bank card?'],
      [120, 'p', 'a capital one card'],
      [300, 'l', 'Report it at IdentityTheft.gov; it makes the FTC report and the letters to send. Did that help?'],
      [330, 'p', "yes that's all i needed"],
      [335, 'l', 'Thanks for chatting, goodbye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 10, 400), other('b', 'jo', 20, 400), other('c', 'jo', 30, 400)] },
    exp: usual({ pickup: 'fail', informed: 'fail', concurrency: 'fail' }),
  },
  {
    name: 'other patrons waiting, invited back: "please come back later and we\'ll go through the freeze" (allowed)',
    lines: [
      ...WALLET,
      [70, 'l', 'Report it at IdentityTheft.gov first; it gives you a step-by-step recovery plan. Does that help?'],
      [100, 'p', 'yes, and how do i freeze my credit and get my reports and change my license number'],
      [110, 'l', "Several other patrons are waiting, so I can't go through all of that now, but please come back later today and we'll go through the freeze step by step. Thanks!"],
    ],
    // anything else: never asked, the patron not done: fails
    exp: usual({ anything: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referral ------------------------------------------------------------------------------------------------------
  { name: '"Report the $800 to your bank\'s fraud line at 1-800-935-9935" : referral passes', lines: then(WALLET, "Report the $800 to your bank's fraud line at 1-800-935-9935 today. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading: "report it to <an agency> at <its site>" tells the patron to contact the agency (write to it), with its URL
  { name: '"Report it to the FTC at ReportFraud.ftc.gov" : referral passes', lines: then(SSA, 'Report it to the FTC at ReportFraud.ftc.gov. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading: a website for the patron to use (Terms: a source, not a referral)
  { name: '"File a report at IdentityTheft.gov" (a site to use): a source, no referral', lines: then(WALLET, 'File a report at IdentityTheft.gov; it builds your recovery plan. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Notify Experian at 888-397-3742 and ask for a fraud alert" : referral passes', lines: then(WALLET, 'Notify Experian at 888-397-3742 and ask for a fraud alert; they tell the other two bureaus. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Let your bank know right away" (no contact): referral fails', lines: then(SSA, 'Let your bank know right away that a caller has its name. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the AARP Fraud Watch Network Helpline, 877-908-3360" : referral passes', lines: then(SSA, 'If you want to talk it through, call the AARP Fraud Watch Network Helpline, 877-908-3360, weekdays 8 to 8. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"file a complaint with the FBI\'s IC3 at ic3.gov" : referral passes', lines: then(HACK, "If money was taken, file a complaint with the FBI's Internet Crime Complaint Center at ic3.gov. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading: the library's own branch's help desk, told to visit it, is a referral (Terms: own library's departments)
  { name: '"stop by the Tech Help desk at the Main branch, 410-555-0140" : referral passes', lines: then(HACK, 'Stop by the Tech Help desk at our Main branch (410-555-0140) and they can help you change your passwords. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "repórtelo a su banco al 1-800-432-1000" : referral passes', lines: thenEs('Repórtelo a su banco al 1-800-432-1000 hoy mismo. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish, "llame a su banco" with no number: referral fails', lines: thenEs('Llame a su banco para cancelar la tarjeta. La FTC lo explica en reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "denúncielo ante la Policía del condado al 301-279-8000" : referral passes', lines: thenEs('Denúncielo ante la Policía del condado de Montgomery al 301-279-8000. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // ---- source --------------------------------------------------------------------------------------------------------
  { name: '"Get your free reports at annualcreditreport.com" : source passes', lines: then(WALLET, 'Get your free reports at annualcreditreport.com and look for accounts you did not open. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Check your credit report" (no site): source fails', lines: then(WALLET, 'Check your credit report for anything strange. Good luck!'), exp: some({ source: 'fail' }) },
  { name: '"Just call the FTC" (an agency named with no way to reach it): source fails, referral fails', lines: then(SSA, 'Just call the FTC about it. Good luck!'), exp: some({ source: 'fail', referral: 'fail' }) },
  // ---- follow-up: other parties' calls are not the provider's promise -----------------------------------------------
  { name: '"your bank will call you back once they review the charge" : no follow-up', lines: then(WALLET, 'Report it at IdentityTheft.gov; your bank will call you back once they review the charge. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Equifax will mail you a confirmation with your PIN" : no follow-up', lines: then(WALLET, 'Freeze your credit at equifax.com/freeze; Equifax will mail you a confirmation. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the credit bureau will contact you within 30 days" : no follow-up', lines: then(WALLET, 'Dispute it at experian.com/disputes; the credit bureau will contact you within 30 days with the result. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the police will call you with a report number" : no follow-up', lines: then(WALLET, 'File online at bcpd.org/report; the police will call you with a report number. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"an AARP volunteer will call you back" : no follow-up', lines: then(SSA, 'Leave a message at 877-908-3360 and an AARP volunteer will call you back. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Adult Protective Services will contact you after the report" : no follow-up', lines: then(SSA, 'Call 1-800-917-7383; Adult Protective Services will contact you after the report to ask more. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "su banco le llamará" : no follow-up', lines: thenEs('Repórtelo en reportefraude.ftc.gov; su banco le llamará para confirmar los cargos. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"I\'ll e-mail you the freeze links by Friday", the e-mail repeated: contact passes', lines: [...WALLET, [70, 'l', "I'll e-mail you the three bureaus' freeze links by Friday. What's your e-mail?"], [100, 'p', 'dee@example.com'], [110, 'l', 'Thanks, dee@example.com, by Friday then. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'dee@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  // ---- clarify -------------------------------------------------------------------------------------------------------
  { name: 'restating: "So someone opened a credit card in your name?" : clarify passes', lines: [[0, 'p', 'got a bill for a card i never opened'], [15, 'l', 'Hi, Jo at Ask Us. So someone opened a credit card in your name?'], [40, 'p', 'yes'], [50, 'l', 'Report it at IdentityTheft.gov. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the question in the message that gives the site: clarify fails', lines: [[0, 'p', 'how do i report a scam text'], [15, 'l', 'Hi, Jo at Ask Us. Report it at ReportFraud.ftc.gov. Was it a text or an e-mail?'], [40, 'p', 'text'], [50, 'l', 'Then that is the place. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: '"Did they get your Social Security number, or just your name?" : clarify passes', lines: [[0, 'p', 'i think i got scammed on the phone'], [15, 'l', 'Hi, Jo at Ask Us. Did they get your Social Security number, or just your name?'], [40, 'p', 'just name'], [50, 'l', 'Then watch for follow-up calls; consumer.ftc.gov/scams lists them. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness --------------------------------------------------------------------------------------------------
  { name: '"Does that clear up whether you need a police report?" : completeness passes', lines: then(WALLET, 'IdentityTheft.gov says a police report is optional unless a creditor asks. Does that clear up whether you need a police report?'), exp: some({ complete: 'pass' }) },
  { name: '"Does that clear things up?" : completeness passes', lines: then(SSA, 'That was a scam; report it at oig.ssa.gov. Does that clear things up?'), exp: some({ complete: 'pass' }) },
  { name: '"Would you like the AARP helpline number too?" (not yet given): completeness fails', lines: then(SSA, 'That was a scam; report it at oig.ssa.gov. Would you like the AARP helpline number too?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that make sense?" after the steps: completeness passes', lines: then(HACK, 'Change the password at myaccount.google.com, then turn on 2-step verification. Does that make sense?'), exp: some({ complete: 'pass' }) },
  // ---- anything else / courteous / dismissal -------------------------------------------------------------------------
  { name: 'the patron\'s "no more questions, I feel better now" : anything else passes', lines: ending(WALLET, 'no more questions, I feel better now', 'Glad to hear it, bye!'), exp: some({ anything: 'pass' }) },
  { name: 'the patron\'s "k thx" : anything else fails', lines: ending(WALLET, 'k thx', 'Bye!'), exp: some({ anything: 'fail' }) },
  { name: '"Stay safe out there, and thanks for using Ask Us!" : courteous passes', lines: ending(SSA, 'ok', 'Stay safe out there, and thanks for using Ask Us!'), exp: some({ courteous: 'pass' }) },
  { name: '"We can\'t investigate fraud from here; the police can. Bye." (a refusal with a way on): dismissal passes', lines: ending(WALLET, 'can you tell me who stole it?', "We can't investigate fraud from here; the police can. Bye."), exp: some({ dismissal: 'pass' }) },
  { name: '"You\'ve asked enough questions for one chat" : dismissal fails', lines: ending(WALLET, 'and what about my passport and my car title and my library card', "You've asked enough questions for one chat. Goodbye."), exp: some({ dismissal: 'fail' }) },
  // ---- hold ----------------------------------------------------------------------------------------------------------
  // a hold starts a span of waiting on the provider: 140 s after it with no message is too long
  { name: '"Let me look up the IC3 site for you." then 140 s of silence: a hold, keep informed fails', lines: [...HACK, [60, 'l', 'Let me look up the IC3 site for you.'], [200, 'l', 'File at ic3.gov if money was taken. Does that help?'], [230, 'p', 'ok thanks'], [235, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
];

/** Near misses of the changes (the same words for something else), and the changes' own behaviour in other words. */
export const guards: SessionCase[] = [
  // ---- notPromise: the library's own, or the provider's own promise beside: still a follow-up --------------------------
  { name: 'near miss: "The library\'s fraud watch volunteers will call you on Monday" (the library\'s own): a follow-up', lines: then(SSA, "The library's fraud watch volunteers will call you on Monday to go over it. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our AARP volunteer will call you tomorrow" (the library\'s own volunteer): a follow-up', lines: then(SSA, 'Our AARP volunteer will call you tomorrow to set up a one-on-one session. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "The police will call you, and I\'ll e-mail you the IC3 steps by Friday" : a follow-up', lines: then(WALLET, "The police will call you with a report number, and I'll e-mail you the IC3 steps by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: Spanish, "Su banco le llamará, y yo le escribiré mañana con los pasos" : a follow-up', lines: thenEs('Su banco le llamará, y yo le escribiré mañana con los pasos. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // ---- "report <an amount> to": not someone else's report ---------------------------------------------------------
  { name: 'near miss: "The bank will report the $800 to the credit bureaus as a late payment" : no referral', lines: then(WALLET, 'If you do not dispute it, the bank will report the $800 to the credit bureaus as a late payment; see consumer.ftc.gov/credit. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I\'ll report the $800 to our branch manager" : no referral', lines: then(WALLET, "I'll report the $800 to our branch manager; see consumer.ftc.gov/credit. Does that help?"), exp: some({ referral: 'na' }) },
  // ---- "tell": in the imperative, to a fraud party --------------------------------------------------------------------
  { name: 'near miss: "The statements tell your bank\'s side of it" (no imperative): no referral', lines: then(WALLET, "The statements tell your bank's side of it; see consumer.ftc.gov/credit. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Never tell the caller your bank PIN" (the caller is told, no party): no referral', lines: then(SSA, 'Never tell the caller your bank PIN; see consumer.ftc.gov/scams. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "If he calls back, tell the caller your bank already knows" (the caller is told): no referral', lines: then(SSA, 'If he calls back, tell the caller your bank already knows; see consumer.ftc.gov/scams. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "they\'ll report the $800 to the credit bureaus" (the creditor\'s report): no referral', lines: then(WALLET, "If it isn't paid, they'll report the $800 to the credit bureaus; see consumer.ftc.gov/credit. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The collector may report the $800 to Experian" : no referral', lines: then(WALLET, 'The collector may report the $800 to Experian; see consumer.ftc.gov/credit. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- Spanish verbs and "banco" ----------------------------------------------------------------------------------------
  { name: 'near miss: Spanish, "Ya le avisé a su banco esta mañana" (the provider\'s own past act): no referral', lines: thenEs('Ya le avisé a su banco esta mañana; vea reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: Spanish, typed without accents, "ya le avise a su banco esta mañana" (the provider\'s own past act): no referral', lines: thenEs('ya le avise a su banco esta mañana; vea reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: Spanish, "Busque en el banco de datos de la biblioteca" (a database): no referral', lines: thenEs('Busque en el banco de datos de la biblioteca en sample.org/datos. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  // ---- "clear up whether": about what was given ----------------------------------------------------------------------
  { name: 'near miss: "Does your statement clear up whether the charge was yours?" (not about what was given): completeness fails', lines: then(WALLET, 'Report it at IdentityTheft.gov. Does your statement clear up whether the charge was yours?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Will that clear up whether you owe it, once the bank calls?" (not yet given): completeness fails', lines: then(WALLET, 'Dispute it at experian.com/disputes. Will that clear up whether you owe it, once the bank calls?'), exp: some({ complete: 'fail' }) },
  // ---- (the fixes' own cases, without a nearby contact) ----------------------------------------------------------------
  { name: '(fix) "Report the $800 to your bank today." with no contact anywhere: referral fails', lines: then(WALLET, 'Report the $800 to your bank today.'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '(fix) Spanish, "denúncielo a la policía" with no contact anywhere: referral fails', lines: thenEs('Cancele la tarjeta y denúncielo a la policía hoy mismo.'), exp: some({ referral: 'fail' }) },
];

/** A second batch, written and labelled after the first run to probe the fixes' own words, before running it. */
export const second: SessionCase[] = [
  {
    name: 'chat-speak, a Zelle scam: "report the $300 to ur bank at 1-800-…", "the bank will call u", "does that clear up what 2 do"',
    lines: [
      [0, 'p', 'sent $300 on zelle 4 concert tix n the seller blocked me. can i get it back'],
      [15, 'l', 'Hi, Sam at Ask Us. Was it a person on Facebook Marketplace or a ticket site?'],
      [40, 'p', 'fb marketplace'],
      [60, 'l', 'Report the $300 to ur bank at 1-800-935-9935 asap, the bank will call u after they look into it. Also report it at ReportFraud.ftc.gov. Does that clear up what to do?'],
      [90, 'p', 'ya thats all i needed'],
      [95, 'l', 'ok good luck, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British register, a courier scam: "tell the police what happened" with the non-emergency number, "the detective will contact you"',
    lines: [
      [0, 'p', "Hello, my mother handed her bank card to a 'courier' who said he was from her bank. What should she do?"],
      [30, 'l', "Hello, you're through to Jo at Ask a Librarian. I'm so sorry. Has she rung the bank yet?"],
      [70, 'p', 'Not yet, she is very upset.'],
      [100, 'l', "First she should ring the bank's fraud line at 1-800-432-1000 to stop the card. Then tell the police what happened: the non-emergency number is 410-887-2222. A detective will contact you if they take the case. Does that clear up whether she needs to do anything else?"],
      [160, 'p', "Yes, that's everything, thank you."],
      [166, 'l', 'Take care of her, and thank you for contacting us. Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  { name: '"the detective will contact you next week" : no follow-up', lines: then(WALLET, 'File at bcpd.org/report; the detective will contact you next week. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"TransUnion will send you a letter with your PIN" : no follow-up', lines: then(WALLET, 'Freeze it at transunion.com/freeze; TransUnion will send you a letter with your PIN. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Your card issuer should mail you a new card within 10 days" : no follow-up', lines: then(WALLET, 'See consumer.ftc.gov/lost-cards; your card issuer should mail you a new card within 10 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"an APS caseworker will reach out to you within 5 days" : no follow-up', lines: then(SSA, 'Call 1-800-917-7383; an APS caseworker will reach out to you within 5 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The Consumer Protection Division will mail you a copy of the complaint" : no follow-up', lines: then(SSA, "File at marylandattorneygeneral.gov; the Consumer Protection Division will mail you a copy of the complaint. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "la policía lo contactará" : no follow-up', lines: thenEs('Haga la denuncia en línea en mcpd.org; la policía lo contactará en unos días. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Report the $1,500 to your credit union at 301-555-0199" : referral passes', lines: then(WALLET, 'Report the $1,500 to your credit union at 301-555-0199 today. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Report the 800 dollars to the FTC at ReportFraud.ftc.gov" : referral passes', lines: then(SSA, 'Report the 800 dollars to the FTC at ReportFraud.ftc.gov. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Tell your credit union right away" with no contact: referral fails', lines: then(WALLET, 'Tell your credit union right away.'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "Avísele a su banco al 1-800-432-1000" : referral passes', lines: thenEs('Avísele a su banco al 1-800-432-1000 hoy mismo. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "Notifique a Equifax al 888-298-0045" : referral passes', lines: thenEs('Notifique a Equifax al 888-298-0045 para poner una alerta de fraude. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"Did that clear up how the freeze works?" : completeness passes', lines: then(WALLET, 'A freeze is free at equifax.com/freeze and you lift it when you apply for credit. Did that clear up how the freeze works?'), exp: some({ complete: 'pass' }) },
  { name: '"Does this clear up what IC3 is for?" : completeness passes', lines: then(HACK, 'IC3 at ic3.gov takes internet crime complaints for the FBI. Does this clear up what IC3 is for?'), exp: some({ complete: 'pass' }) },
];

/** A third batch, written and labelled after the second run, probing `FRAUD_PARTY_G15`'s words and the fixes' edges. */
export const third: SessionCase[] = [
  // the library's own staff, named by a word the fraud parties share: "someone from your library will contact you" (a promise)
  { name: '"The outreach officer from the library will call you tomorrow" : a follow-up', lines: then(SSA, 'The outreach officer from the library will call you tomorrow to set up a scam-awareness session. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"The social worker at our Central Library will call you Monday" : a follow-up', lines: then(SSA, 'The social worker at our Central Library will call you Monday to go over it with you. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Experian should send you a copy of your report within 15 days" : no follow-up', lines: then(WALLET, 'Request it at experian.com/reportaccess; Experian should send you a copy of your report within 15 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'chat-speak, "ur bank will text u a code" : no follow-up', lines: then(HACK, 'reset it at myaccount.google.com, ur bank will text u a code if u change the linked card. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "la policía le va a llamar" : no follow-up', lines: thenEs('Haga la denuncia en mcpd.org; la policía le va a llamar esta semana. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Report the $2,000 to IC3 at ic3.gov" : referral passes', lines: then(HACK, 'Report the $2,000 to IC3 at ic3.gov. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"tell Equifax you want a fraud alert: 888-298-0045" : referral passes', lines: then(WALLET, 'Then tell Equifax you want a fraud alert: 888-298-0045. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"You can also tell your bank\'s fraud department at 1-800-432-1000" : referral passes', lines: then(WALLET, "You can also tell your bank's fraud department at 1-800-432-1000. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Equifax will tell Experian and TransUnion for you" (no imperative): no referral', lines: then(WALLET, 'Place the fraud alert at equifax.com/fraudalert; Equifax will tell Experian and TransUnion for you. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Just tell them your bank already knows" (the callers are told): no referral', lines: then(SSA, 'If they call again, just tell them your bank already knows; see consumer.ftc.gov/scams. Does that help?'), exp: some({ referral: 'na' }) },
  { name: '"Scammers tell you to keep it secret from your bank" : no referral', lines: then(SSA, 'Scammers tell you to keep it secret from your bank; see consumer.ftc.gov/scams. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'Spanish, "Repórtelo también a la FTC en reportefraude.ftc.gov" : referral passes', lines: thenEs('Repórtelo también a la FTC en reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "Avise a su banco de inmediato" with no contact anywhere: referral fails', lines: thenEs('Avise a su banco de inmediato.'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "Denuncie el robo ante la policía" with no contact anywhere: referral fails', lines: thenEs('Denuncie el robo ante la policía hoy mismo.'), exp: some({ referral: 'fail' }) },
  { name: '"Does that clear up your question?" : completeness passes', lines: then(SSA, 'That was a scam; report it at oig.ssa.gov. Does that clear up your question?'), exp: some({ complete: 'pass' }) },
  // not a question: "Hope that clears up …" asks nothing
  { name: '"Hope that clears up whether you need a report." (no question): completeness fails', lines: then(WALLET, 'IdentityTheft.gov says a police report is optional. Hope that clears up whether you need a report.'), exp: some({ complete: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "If you'd like to talk it over with someone, the AARP Fraud Watch Network Helpline is free at 877-…" offers the
  // helpline rather than telling the patron to call it in a verb; reading "<party> is (free) at <phone>" as a referral would
  // take any statement of a number ("The helpline is at 877-…, but it closes at 8")
  {
    name: 'a grandparent scam call, warm provider: the FTC\'s report site and the AARP Fraud Watch Network Helpline with its number',
    lines: [
      [0, 'p', 'Good morning. Someone called me last night saying he was my grandson and that he was in jail and needed $3,000 in gift cards for bail. His voice sounded funny. Is this a scam?'],
      [30, 'l', "Good morning, and thank you for contacting Ask a Librarian! My name is Pat and I'm a librarian at Sample County Library. I'm sorry, that sounds frightening. Have you sent any money or gift cards yet?"],
      [80, 'p', 'No, I said I would go to the store this morning.'],
      [120, 'l', "Please don't. This is a well-known scam called the grandparent scam: real courts and jails never take gift cards. The FTC describes it at consumer.ftc.gov/articles/scammers-use-fake-emergencies-steal-your-money, and you can report the call at ReportFraud.ftc.gov. If you'd like to talk it over with someone, the AARP Fraud Watch Network Helpline is free at 877-908-3360. Does that answer your question?"],
      [180, 'p', "Yes, that's all I needed. Thank you so much, dear."],
      [186, 'l', "You're very welcome. Take care, and thanks for chatting with us!"],
    ],
    // referral: the AARP helpline with its phone ("talk it over with someone" at the helpline: contact them); ReportFraud is a
    // site to use (a source), the FTC named with it
    exp: usual({ referral: 'pass' }),
  },
  // LEFT (not of this block): "First call your bank to cancel the debit card; then report the theft at IdentityTheft.gov":
  // the sentence's URL (a site to use) is lent to the bank (referral.ts attaches a contact of the sentence to its party, an
  // older reading noted in G14's LEFT)
  {
    name: 'a stolen wallet: a hold, IdentityTheft.gov, the three bureaus by phone, annualcreditreport.com and the police non-emergency line',
    lines: [
      ...WALLET,
      [60, 'l', 'Let me pull up the numbers for you, one moment.'],
      [150, 'l', "First call your bank to cancel the debit card; then report the theft at IdentityTheft.gov, which gives you a recovery plan. Place a free credit freeze with each bureau: Equifax 888-298-0045, Experian 888-397-3742, TransUnion 888-909-8872. Check your reports for free at annualcreditreport.com. For the license, file a report with the Baltimore County Police non-emergency line at 410-887-2222. Does that cover what you need?"],
      [230, 'p', "yes that's everything, thank you"],
      [236, 'l', 'Take care, and thanks for contacting us!'],
    ],
    // referral: "call your bank" has no way to reach it (every party needs one): fails
    exp: usual({ referral: 'fail' }),
  },
  // LEFT: "her bank should be told right away" tells the patron to contact the bank in the passive; reading passives ("X
  // should be told / contacted / notified") would need the subject to be the patron's to tell, which the words do not say.
  // (Its "Does that clear up whether the money can be recovered?" is read since this block's completeness fix.)
  {
    name: 'a romance scam, a daughter worried about her mother: IC3, Adult Protective Services by phone, "does that clear up whether …"',
    lines: [
      [0, 'p', 'my mom (78) has been sending money to a man she met online who says hes an engineer on an oil rig. shes sent like 20k. can we get it back??'],
      [30, 'l', "Hi, I'm Nia, a librarian at Ask Us. I'm sorry, that is hard. Did she send it by wire, gift cards, or crypto?"],
      [70, 'p', 'wire transfers mostly'],
      [120, 'l', "Wires are hard to reverse, but her bank should be told right away. Report it to the FBI's Internet Crime Complaint Center at ic3.gov. If you think she is being exploited and can't protect herself, Maryland Adult Protective Services takes reports at 1-800-917-7383. Does that clear up whether the money can be recovered?"],
      [200, 'p', 'yes it does, thanks. that is all'],
      [206, 'l', 'Please take care, and come back anytime.'],
    ],
    // referral: "her bank should be told" tells the patron to contact the bank, with no contact: every party needs one: fails
    // completeness: "Does that clear up whether …" asks whether what was given meets the need
    exp: usual({ referral: 'fail' }),
  },
  // LEFT (not of this block): the referral is read since this block's fix, but the sentence's URL (annualcreditreport.com,
  // a site to use) is lent to the bank (the older sentence-wide reading); "(fix) Report the $800 to your bank today." runs
  { name: '"report the $800 to your bank" with no number: referral fails', lines: then(WALLET, 'Report the $800 to your bank today, and check annualcreditreport.com. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT (not of this block): "See consumer.ftc.gov for more" in the next sentence is read as APS's way to reach it (an
  // older reading of a contact after a referral)
  { name: '"Contact Adult Protective Services" with no contact: referral fails', lines: then(SSA, 'If you think someone is taking advantage of her, contact Adult Protective Services. See consumer.ftc.gov for more. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT (not of this block): the referral is read since this block's fix, but "Vea reportefraude.ftc.gov" in the next
  // sentence is lent to the police (as the APS case above); "(fix) … denúncielo a la policía hoy mismo." runs
  { name: 'Spanish, "denúncielo a la policía" with no number: referral fails', lines: thenEs('Cancele la tarjeta en línea y denúncielo a la policía. Vea reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT (not of this block): "Did the bank clear up whether …" is read by an older completeness alternative ("did the
  // <noun> …"), which takes any subject; this block's own alternative does not read it
  { name: 'near miss: "Did the bank clear up whether the charge was fraud?" (not about what was given): completeness fails', lines: then(WALLET, 'Report it at IdentityTheft.gov. Did the bank clear up whether the charge was fraud?'), exp: some({ complete: 'fail' }) },
];

describe('thirty-eighth round (G15): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-eighth round (G15): scams, fraud and identity theft, every check', whole);
describeSessions('thirty-eighth round (G15): scams, fraud and identity theft, short cases', short);
describeSessions('thirty-eighth round (G15): scams, fraud and identity theft, near misses of the changes', guards);
describeSessions('thirty-eighth round (G15): scams, fraud and identity theft, second batch', second);
describeSessions('thirty-eighth round (G15): scams, fraud and identity theft, third batch', third);

describeLeft('thirty-eighth-round-scams', LEFT);
