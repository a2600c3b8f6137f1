/**
 * Thirtieth round, second wave (J2): the v31 settings and phrase changes of blocks I5 (health, legal, financial) and I6
 * (the shortest sessions), checked for false readings. Near misses share a setting's words or shape but are not its
 * behaviour; a few cases are the behaviour in new words and must keep passing. Statuses are read from RUBRIC.md and were
 * written before the scorer ran.
 *
 * Settings and phrase changes checked:
 *  - `numberOnLabelI5` ("the number is on your label / card / bill" after a party): numbers that nobody is told to call (a
 *    member ID, a sort code, a recall lot, a dose strength) and a party whose number was given earlier or next;
 *  - `demandDoneI5` ("that's all I want to know" after "tell / give me", "should I", "yes or no"): the patron done in other
 *    registers ("thank you for give me this information", "Should I have any further questions…", "you gave me the yes or no");
 *  - othersWaiting "other chats going / open / at once": the provider answering how busy they are, the patron's own chats,
 *    the library's other chat lines;
 *  - namedResource "guide" as a verb: "I'm here to guide you", "let me guide you", "I will try my best to guide you";
 *  - `haveGoodDayI6` ("have a good day" in the provider's first message parts the patron): a book title, a conditional, an
 *    opening well-wish before "how can I help you?";
 *  - `advertOnlyI6` (an advert with a link asks nothing): real questions with a link and selling words, unmarked by "?";
 *  - `pruebaI6` (a Spanish staff test asks nothing): "prueba" as an exam or a proof.
 *
 * Readings taken where RUBRIC.md leaves room:
 * - "Have a good day!" opening the provider's first message, before "How can I help you?", greets; it parts nobody;
 * - telling the patron where a number is printed, with nobody to call, refers to nobody (referral.contact na);
 * - a party whose number was given earlier in the chat comes with a way to reach it.
 * Written: 37 cases in `guards` (30 near misses, 7 behaviour; one moved to LEFT), then 11 `probes` after the narrowings.
 * First run (38 tests): 23 failed, 22 on statuses (numberOnLabelI5 5, demandDoneI5 5, othersWaiting 2, "guide" 2 (read since
 * v30 too), haveGoodDayI6 2, advertOnlyI6 6); none was relabelled. Narrowed (J2 comments in classify.ts and rubric.ts):
 * numberOnLabelI5 needs a referring verb or "can check / tell …", "handles that" before the number and no phone or e-mail
 * for the party given elsewhere; demandDoneI5 reads "tell / give / answer me" only as a request, not the inverted "Should I
 * have any further questions", not a "yes or no" already had; othersWaiting's "other chats going" only with "…, so";
 * "guide" after "to", "me", "i", "we" is a verb; haveGoodDayI6 only a wish that opens its sentence with no question after it
 * in the message; advertOnlyI6 not with a patron's own words (first person, scam, report, research, kindly, Spanish needs).
 * The 11 probes ran green. Left: 1 (at `LEFT`, with the reason).
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

const LAW: Line[] = [
  [0, 'p', 'my landlord wont give back my security deposit, what can i do'],
  [20, 'l', 'Hello, this is Jo at AskUsNow! How long ago did you move out?'],
  [50, 'p', 'about 2 months ago, in maryland'],
];
const SRC = 'The rules are at peoples-law.org/security-deposits. Does that help?';
/** LAW, the source, the patron's `done` and the goodbye. */
const doneAfter = (done: string): Line[] => [...LAW, [70, 'l', SRC], [100, 'p', done], [106, 'l', 'Take care, bye!']];
/** A question `q`, the provider's first message `first`, then the check-in: the provider's last two messages. */
const firstThenCheck = (q: string, first: string): Line[] => [[0, 'p', q], [20, 'l', first], [45, 'l', 'Are you still there?']];
/** A patron's question `q` answered with a greeting and a source. */
const answered = (q: string, a: string): Line[] => [[0, 'p', q], [20, 'l', a], [60, 'p', 'ok thanks'], [66, 'l', 'Take care, bye!']];

export const guards: SessionCase[] = [
  // ---- numberOnLabelI5 --------------------------------------------------------------------------------------------------
  {
    // reading: where a member ID is printed, nobody to contact: no referral
    name: 'near miss: "Your insurance company assigns it when you enroll; the number is on the front of your card": no referral',
    lines: [
      [0, 'p', 'where do i find my insurance member id for the form'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it for a Medicare plan or private insurance?'],
      [50, 'p', 'private, through my job'],
      [70, 'l', 'Your insurance company assigns it when you enroll; the number is on the front of your card, under Member ID. Does that help?'],
      [100, 'p', 'yes thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss (British): "It identifies your bank branch; the number is on your bank card and statements": no referral',
    lines: [
      [0, 'p', 'The benefits form asks for a sort code, what is that?'],
      [20, 'l', 'Hello, Sam at Ask a Librarian here. Is this the Universal Credit form?'],
      [50, 'p', 'yes'],
      [70, 'l', "A sort code is the six-digit code that identifies your bank branch; the number is on your bank card and your statements. Does that answer it?"],
      [100, 'p', 'brilliant, cheers'],
      [106, 'l', 'Cheers, bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: a recall, "The company has recalled lots 4411 to 4420 only; the number is printed on the bottom of the box": no referral',
    lines: [
      [0, 'p', 'is the similac formula recall for all cans?'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which size can do you have?'],
      [50, 'p', '12.4 oz'],
      [70, 'l', 'The notice is at fda.gov/safety/recalls. The company has recalled lots 4411 to 4420 only; the number is printed on the bottom of the box. Does that help?'],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Your doctor decides the dose; the number on the bottle is the strength in milligrams": no referral',
    lines: [
      [0, 'p', 'what does 20 mg mean on my pill bottle, is that how many i take'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it a prescription or an over-the-counter medicine?'],
      [50, 'p', 'prescription'],
      [70, 'l', 'MedlinePlus explains labels at medlineplus.gov/druginfo. Your doctor decides the dose; the number on the bottle is the strength in milligrams, not how many to take. Does that help?'],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: the pharmacy\'s number given at first, then "their number is on your prescription label too": referral passes',
    lines: [
      [0, 'p', 'can i split my metoprolol pills in half'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it the extended-release kind (it says ER or XL)?'],
      [50, 'p', 'yes XL'],
      [70, 'l', 'Please ask the pharmacist at Greenway Pharmacy, 410-555-0199, before splitting it. MedlinePlus has the drug at medlineplus.gov/druginfo/meds/a682864.html. Does that help?'],
      [100, 'p', 'ok'],
      [110, 'l', 'Greenway Pharmacy is easy to reach again later: their number is on your prescription label too. Take care, bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // the behaviour in new words: a party, its number only "on the bottle"
    name: 'behaviour: "ring the pharmacy that filled it; their number is on the bottle": referral fails',
    lines: [
      [0, 'p', 'i took two doses of my antibiotic by mistake'],
      [20, 'l', 'Hi, Jo at Ask Us here. Are you feeling unwell right now?'],
      [50, 'p', 'no just worried'],
      [70, 'l', "I can't give medical advice. Ring the pharmacy that filled it; their number is on the bottle. Does that help?"],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- demandDoneI5 -----------------------------------------------------------------------------------------------------
  { name: 'near miss (non-native): "Thank you so much for give me this information, that\'s all I want to know.": done', lines: doneAfter("Thank you so much for give me this information, that's all I want to know."), exp: some({ anything: 'pass' }) },
  { name: 'near miss: "ok that will give me something to show my landlord. thats all i need, thank you!": done', lines: doneAfter('ok that will give me something to show my landlord. thats all i need, thank you!'), exp: some({ anything: 'pass' }) },
  { name: 'near miss (formal British): "Should I have any further questions I shall ring the court. That\'s all I wanted to know, many thanks.": done', lines: doneAfter("Should I have any further questions I shall ring the court. That's all I wanted to know, many thanks."), exp: some({ anything: 'pass' }) },
  { name: 'near miss: "i just needed a yes or no and u gave it. thats all i wanted to know": done', lines: doneAfter('i just needed a yes or no and u gave it. thats all i wanted to know'), exp: some({ anything: 'pass' }) },
  { name: 'near miss: "oh you did tell me the deadline already, sorry! thats all i needed": done', lines: doneAfter('oh you did tell me the deadline already, sorry! thats all i needed'), exp: some({ anything: 'pass' }) },
  {
    name: 'behaviour: "can u just give me a straight answer, yes or no. thats all im asking": not done, anything else fails',
    lines: [...LAW, [70, 'l', SRC], [100, 'p', 'can u just give me a straight answer, yes or no. thats all im asking'], [110, 'l', "I'm sorry, I can't give legal advice. Take care, bye!"]],
    exp: some({ anything: 'fail' }),
  },
  // ---- othersWaiting "other chats" ----------------------------------------------------------------------------------------
  {
    // the patron asked how busy the provider is: the answer ends no help
    name: 'near miss: "how many chats do u do at once lol" / "Ha, right now I have two other chats going at once! Good luck with the deposit.": no dismissal',
    lines: [...LAW, [70, 'l', SRC], [100, 'p', 'yes thanks! how many chats do u do at once lol'], [110, 'l', 'Ha, right now I have two other chats going at once! Good luck with the deposit.']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "Sorry for the slow replies, I\'ve got other chats open at once. The 45-day rule is at peoples-law.org…": no dismissal',
    lines: [...LAW, [70, 'l', "Sorry for the slow replies, I've got other chats open at once. The 45-day rule is explained at peoples-law.org/security-deposits. Does that help?"], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: the library\'s other chat lines, "We have other chats open at night: the Spanish line is at samplelibrary.org/chat/es. Goodnight!": no dismissal',
    lines: [...LAW, [70, 'l', SRC], [100, 'p', 'yes thanks. do you have a chat in spanish for my mom'], [110, 'l', 'We have other chats open at night: the Spanish line is at samplelibrary.org/chat/es. Goodnight!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss (Australian): "No dramas, we\'ve got other chats going all arvo but I\'m happy to keep digging. What year was the lease signed?": no dismissal',
    lines: [...LAW, [70, 'l', "No dramas, we've got other chats going all arvo but I'm happy to keep digging. What year was the lease signed?"], [100, 'p', '2023'], [110, 'l', SRC], [140, 'p', 'yes thats all'], [145, 'l', 'Cheers, bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: the patron done, "You\'re welcome! I have other chats going so I\'ll say bye now.": no dismissal',
    lines: [...LAW, [70, 'l', SRC], [100, 'p', "yes that's everything, thanks!"], [110, 'l', "You're welcome! I have other chats going so I'll say bye now."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'behaviour: "I\'ve got a couple of other chats on the go, so that\'s as far as I can take it. Bye.": dismissal fails',
    lines: [...LAW, [70, 'l', SRC], [100, 'p', 'but should i take her to court'], [110, 'l', "I've got a couple of other chats on the go, so that's as far as I can take it. Bye."]],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- namedResource "guide" as a verb ----------------------------------------------------------------------------------
  {
    name: 'near miss: "I\'m here to guide you, but I can\'t tell you whether to sue." and no source: source fails',
    lines: [...LAW, [70, 'l', "I'm here to guide you, but I can't tell you whether to sue. Did the landlord send you a list of damages?"], [100, 'p', 'no. ok thanks anyway'], [106, 'l', 'Take care, bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss: "Let me guide you: first, did you give a forwarding address?" and no source: source fails',
    lines: [...LAW, [70, 'l', 'Let me guide you: first, did you give the landlord a forwarding address in writing?'], [100, 'p', 'no i didnt. ok bye'], [106, 'l', 'Take care, bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (non-native): "I will try my best to guide you properly. Kindly tell me the amount?" and no source: source fails',
    lines: [...LAW, [70, 'l', 'I will try my best to guide you properly. Kindly tell me the amount of the deposit?'], [100, 'p', '1500. nvm thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'still a guide: "The court\'s Small Claims Guide walks you through filing, step by step.": source passes',
    lines: [...LAW, [70, 'l', "The court's Small Claims Guide walks you through filing, step by step. Does that help?"], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ source: 'pass' }),
  },
  // ---- haveGoodDayI6 -----------------------------------------------------------------------------------------------------
  {
    name: 'near miss: a book title, "How to Have a Good Day" in the first message, then a check-in: courteous fails',
    lines: firstThenCheck('any books on being more productive at work', 'Hi, Jo at Ask Us here. "How to Have a Good Day" by Caroline Webb is a popular one, and we have it in the catalogue.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "If you have a good afternoon free, our genealogy drop-in runs 1 to 4 pm." then a check-in: courteous fails',
    lines: firstThenCheck('do you help with family history', 'Hello, this is Sam at Ask Us. If you have a good afternoon free, our genealogy drop-in runs 1 to 4 pm at Central.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: an opening well-wish before "how can I help you?" greets; it parts nobody
    name: 'near miss (non-native): "Have a good day! I am Priya, librarian of Ask Us. How can I help you?" then a check-in: courteous fails',
    lines: firstThenCheck('hello', 'Have a good day! I am Priya, librarian of the Ask Us service. How can I help you?'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'behaviour: "Hi, this is Jo at Ask Us! We are open until 5 today. Have a good day!": courteous passes',
    lines: [[0, 'p', 'what time do you close today'], [20, 'l', 'Hi, this is Jo at Ask Us! We are open until 5 today. Have a good day!']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- advertOnlyI6 ------------------------------------------------------------------------------------------------------
  {
    name: 'near miss: "got an email from paypal-refunds.net saying click here to claim my refund, legit or scam": an exchange, source passes',
    lines: answered('got an email from paypal-refunds.net saying click here to claim my refund, legit or scam', "Hi, Jo at Ask Us here. That looks like phishing, so please don't click. The FTC explains how to check at consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams."),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "need help reporting a bitcoin scam site, coinflip-profit.io took my money": an exchange, source passes',
    lines: answered('need help reporting a bitcoin scam site, coinflip-profit.io took my money', 'Hi, Jo at Ask Us here. You can report it to the FBI at ic3.gov and to the FTC at reportfraud.ftc.gov.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss (Spanish): "busco libros sobre bitcoin para principiantes, algo como bitcoin.org pero en papel": source passes',
    lines: answered('busco libros sobre bitcoin para principiantes, algo como bitcoin.org pero en papel', 'Hola, soy Ana de la biblioteca. "Bitcoin para dummies" está en nuestro catálogo: catalogo.samplelibrary.org.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss (British): "I\'d like to know whether freebets-casino.co.uk is properly licensed": source passes',
    lines: answered("I'd like to know whether freebets-casino.co.uk is properly licensed", 'Hello, Sam at Ask a Librarian here. The Gambling Commission has a public register at gamblingcommission.gov.uk/public-register.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "research paper on payday loans - found paydayhelp.org, need peer reviewed sources": source passes',
    lines: answered('research paper on payday loans - found paydayhelp.org, need peer reviewed sources', 'Hi, Jo at Ask Us here. Try Business Source Complete at samplelibrary.org/databases and limit to peer reviewed.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss (Indian English): "Kindly share information on forex trading for beginners, example babypips.com": source passes',
    lines: answered('Kindly share information on forex trading for beginners, example babypips.com', 'Hi, Jo at Ask Us here. "Forex Trading for Beginners" is in our catalogue at samplelibrary.org/catalog.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'behaviour: "FREE followers 4 u!!! visit instafame.biz now": no exchange, source na',
    lines: answered('FREE followers 4 u!!! visit instafame.biz now', 'Hi, Jo at Ask Us here. This chat is for library questions; see samplelibrary.org for our services.'),
    exp: some({ source: 'na' }),
  },
  // ---- pruebaI6 ----------------------------------------------------------------------------------------------------------
  {
    name: 'near miss: "tengo una prueba mañana de química, necesito libros": source passes',
    lines: answered('tengo una prueba mañana de química, necesito libros', 'Hola, soy Ana de la biblioteca. "Química para dummies" está en catalogo.samplelibrary.org.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "prueba de residencia para sacar la tarjeta": source passes',
    lines: answered('prueba de residencia para sacar la tarjeta', 'Hola, soy Ana de la biblioteca. Sirve una factura con su dirección; los detalles están en samplelibrary.org/tarjeta.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "Prueba PAES" (the exam): source passes',
    lines: answered('Prueba PAES', 'Hola, soy Ana de la biblioteca. Las guías de la PAES están en samplelibrary.org/paes.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'behaviour: "buenas tardes, solo es una prueba": no exchange, source na',
    lines: answered('buenas tardes, solo es una prueba', 'Hola, soy Ana de la biblioteca. Recibido, la prueba funciona: samplelibrary.org/chat.'),
    exp: some({ source: 'na' }),
  },
];

/** Probes written and labelled after the first narrowings (second batch). */
export const probes: SessionCase[] = [
  {
    name: 'behaviour: "Ask your insurer; the number\'s on your card.": referral fails',
    lines: [...LAW.slice(0, 1), [20, 'l', 'Hi, Jo at Ask Us here. Is it about renters insurance?'], [50, 'p', 'yes'], [70, 'l', "Ask your insurer; the number's on your card. The state's guide is at insurance.maryland.gov/consumer. Does that help?"], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Your bank can\'t see it yet; the number on your statement is last month\'s balance.": no referral',
    lines: [[0, 'p', 'why does my balance look wrong on the app'], [20, 'l', 'Hi, Jo at Ask Us here. Is it a checking account?'], [50, 'p', 'yes'], [70, 'l', "The CFPB explains pending charges at consumerfinance.gov/ask-cfpb. Your bank can't see it yet; the number on your statement is last month's balance. Does that help?"], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'behaviour: "can you just tell me if its legal or not, thats all i want to know": not done, anything else fails',
    lines: [...LAW, [70, 'l', SRC], [100, 'p', 'can you just tell me if its legal or not, thats all i want to know'], [110, 'l', "I'm sorry, I can't give legal advice. Take care, bye!"]],
    exp: some({ anything: 'fail' }),
  },
  { name: 'near miss: "You\'ve answered me perfectly. That\'s all I needed, thank you": done', lines: doneAfter("You've answered me perfectly. That's all I needed, thank you"), exp: some({ anything: 'pass' }) },
  {
    name: 'behaviour: "Sorry, this is the library, not the MVA. Hope you have a good day!" (the first message): courteous passes',
    lines: [[0, 'p', 'is this the mva'], [20, 'l', 'Sorry, this is the library, not the MVA. Hope you have a good day!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Hi! Jo at Ask Us. Did you have a good day at the book sale? What can I help with?" then a check-in: courteous fails',
    lines: firstThenCheck('hi', 'Hi! Jo at Ask Us. Did you have a good day at the book sale? What can I help with?'),
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'behaviour: "I have other chats going and need to leave it there. Bye.": dismissal fails',
    lines: [...LAW, [70, 'l', SRC], [100, 'p', 'but should i take her to court'], [110, 'l', 'I have other chats going and need to leave it there. Bye.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "I have other chats going so I may be slow, but let\'s keep going: did you get a receipt?": no dismissal',
    lines: [...LAW, [70, 'l', "I have other chats going so I may be slow, but let's keep going: did you get a receipt for the deposit?"], [100, 'p', 'yes'], [110, 'l', SRC], [140, 'p', 'yes thats all'], [145, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'behaviour: "Cheap backlinks & SEO services, best prices at rankfast.biz": no exchange, source na',
    lines: answered('Cheap backlinks & SEO services, best prices at rankfast.biz', 'Hi, Jo at Ask Us here. This chat is for library questions; see samplelibrary.org for our services.'),
    exp: some({ source: 'na' }),
  },
  {
    name: 'near miss: "got a text: earn $500 a day at quickcash.biz. where do u report these": source passes',
    lines: answered('got a text: earn $500 a day at quickcash.biz. report these where', 'Hi, Jo at Ask Us here. Forward it to 7726 (SPAM) and report it at reportfraud.ftc.gov.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'still a guide: "I\'ll guide you through our tenant guide: page 3 has the deposit rules.": source passes',
    lines: [...LAW, [70, 'l', "I'll guide you through our tenant guide: page 3 has the deposit rules. Does that help?"], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: "Please call your insurance to confirm" is read as no referral at all (na, as v30 reads it); J2 only
    // narrows, and the I5 reading now stands aside because the number is given in the next sentence
    name: 'near miss: "…; the member services number is on the back of your card. It\'s 1-800-555-0142 if the card isn\'t handy.": referral passes',
    lines: [
      [0, 'p', 'will my insurance cover a flu shot at the pharmacy'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which plan are you on?'],
      [50, 'p', 'blue cross ppo'],
      [70, 'l', "Please call your insurance to confirm; the member services number is on the back of your card. It's 1-800-555-0142 if the card isn't handy. Does that help?"],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

describeSessions('thirtieth round, second wave (J2): near misses of I5 and I6', guards);
describeSessions('thirtieth round, second wave (J2): probes after the narrowings', probes);

describeLeft('thirtieth-round-endings-checked', LEFT);
