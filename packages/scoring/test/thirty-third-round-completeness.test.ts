/**
 * Thirty-third round, area (X2): COMPLETENESS QUESTIONS, RESTORED AND SWEPT. Block S1's three completeness readings ("Helps?" /
 * "That help?" opening the question; "Is that the kind / one / recipe … you mean / had in mind?"; "¿Es la receta que usted
 * recordaba?") restored in v34 block X2 (their 4 whole sessions moved from the food file's LEFT to its `whole`), then a sweep
 * of the ways providers ask whether what they gave meets the need, and of the same words for something else
 * (followup.completeness, closing.anything_else, inquiry.clarify).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers (all asked in or after the message with the source):
 *  completeness (passes): terse "Helps?", "That work?", "Good?", "That do it?", "Any good?"; warm "I hope that's what you
 *   needed — is it?", "Was that helpful?"; formal "Does this address your question fully?", "Have I answered everything you
 *   wanted to know?", "Does this meet your needs?"; British / Australian "Is that any use?", "Will that do you?", "Does that
 *   sort you out?", "Are you sorted now?", "Is that what you're after?"; Indian English / non-native "This is answering your
 *   question?", "Is this fine for you?", "This one is okay for you?"; macros "Has your question been fully answered?";
 *   Spanish "¿Le sirve esta información?", "¿Con esto queda resuelta su duda?", "¿Era eso lo que buscaba?", "¿Le fue útil?",
 *   "¿Responde esto a su pregunta?"; after a referral "does that point you in the right direction?"; after a book "Is that
 *   the book you needed?".
 *  near misses (completeness fails): about something not yet given ("Would a scan help?", "Do you want the kind with
 *   pictures?", "Would the large print be better?", "Is that the kind you need for school?" before anything is found);
 *   offers of more help ("Help you with anything else?", "Would it help if I showed you how to search it?", "¿Le sirve que
 *   se lo mande por correo?"); the patron's situation ("Is that for a class?", "Do you have a library card?", "¿Era para
 *   una tarea?", "Does Tuesday at 3 work?"); the patron asking "that help?"; a rhetorical "helps, right? anyway…".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a question whether the patron is satisfied with what was given, with an offer to keep looking ("Satisfied with that, or
 *   shall I keep digging?") asks whether the information given meets the need: completeness;
 * - "Is that the right form?" after a form is given asks whether what was given is what is needed: completeness;
 * - an offer of something not given ("Would a scan help?", "Do you want the Spanish version too?") is a question about
 *   something not yet given, even when it follows the source: not completeness;
 * - "Does Tuesday at 3 work?" (an appointment proposed) asks about the patron's situation, not the information given.
 * - "I'm so sorry for your loss." and "Oh, how lovely!" greet no one (my first labels of greeting were pass: corrected).
 * Written: 14 whole sessions (13 run, 1 in LEFT), 50 short cases (42 in the sweep, 8 more for the fixes), 42 near misses in
 * `guards` (25 first, 17 for the fixes), all labelled before running. First run (14 whole, 42 short, 25 guards): 7 of 96 tests
 * failed on 7 statuses: followup.completeness 4 ("This is answering your question?" twice, "Satisfied with that, or shall I
 * keep digging?", "Hope this is sufficient?": the scorer's), approachability.greeting 2 (my labels, corrected above),
 * closing.courteous 1 ("You are so welcome, enjoy looking through it!" not read as a parting wish: LEFT, not this area). Every
 * near miss of the first run scored as labelled (v33's families already read "Would a scan help?", "Help you with anything
 * else?", "Is that for a class?", the patron's "that help?" as labelled). Fixed in block X2:
 *  - restored from v33's S1 (phrase family `completeness`): "Helps?" / "That help?" opening the question; "Is that the kind /
 *    one / recipe … you mean / had in mind / remembered?"; "¿Es la receta que usted recordaba?" (the food file's 4 sessions
 *    run again; its near misses were already in its `guards`);
 *  - completeness: the progressive "This is answering your question?", "Is this answering your query?", "So, it is
 *    answering your question fully?" [near misses: "Is that office answering your calls now?", "Is anyone at the county
 *    answering your questions?", "is it answering your emails?", "Is the FAQ bot answering your questions on the site?",
 *    and before anything is given "Is it answering your question, the FAQ you found?" (clarify)];
 *  - completeness: a hope typed as a question, "Hope this is sufficient?", "Hope that answers your question?", "I hope these
 *    links are enough?" [near misses: "Hope this helps." (no question), "Hope it is enough to cover the late fee?", the
 *    patron's "hope this helps?", "Hope the book was helpful last time?", "I hope this is useful later, when spring comes."];
 *  - completeness: "(Are you) happy / satisfied / content with that / the results / those books?" opening the question (with
 *    "?" or ", or …" after it), and the setting `happyOfferX2`: right after an offer or a promise it asks about the offer
 *    [near misses: "I can put it on hold at Towson for you. Happy with that?", "I'll e-mail you the older forms by Friday.
 *    Are you happy with that?", "Are you happy with that time?", "Are you happy with your current bank?", "Were you
 *    satisfied with it when you used the old site?", and before the form "The 2023 form, are you happy with that, or do you
 *    need older years too?" (clarify)].
 * Left (1): the yearbook session (courteous, above). Not taken: round 23's LEFT "Hope this guide is useful for now?" (a noun
 * "guide" and "for now" after the hope would need a further widening and its own near misses).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

/** A gardening book question up to the patron's answer to the clarifying question. */
const BOOK: Line[] = [
  [0, 'p', 'do you have any books on raised bed gardening'],
  [20, 'l', "Hi, I'm Jo with Ask a Librarian at Sample County Library. Are you a beginner, or have you gardened before?"],
  [50, 'p', 'total beginner'],
];
/** A tax form question up to the patron's answer. */
const FORM: Line[] = [
  [0, 'p', 'where do I get the maryland tax form for renters credit'],
  [20, 'l', 'Hello, this is Jo at AskUsNow!. Is it for this year, or a past year?'],
  [50, 'p', 'this year'],
];
/** A Spanish question (English classes) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, busco clases de inglés gratis para adultos'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado vive?'],
  [50, 'p', 'en Montgomery'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `base`, the provider's source at 70 s, then the provider's `text` at 80 s, the patron's thanks and the goodbye. */
const after = (base: Line[], source: string, text: string): Line[] => [...base, [70, 'l', source], [80, 'l', text], [110, 'p', 'ok thanks'], [116, 'l', 'Take care, bye!']];
const GARDEN = 'The Vegetable Gardener\'s Bible by Edward C. Smith is in our catalogue at samplelibrary.org/catalog, call number 635 SMI.';
const RENTERS = 'The renters\' tax credit form, RTC-1, is at dat.maryland.gov/realproperty under Tax Credit Programs.';
const CLASES = 'Montgomery College tiene clases gratis de inglés para adultos: montgomerycollege.edu/esl.';

export const whole: SessionCase[] = [
  {
    name: 'terse veteran, WWII ration books: the catalogue, "That do it?"',
    lines: [
      [0, 'p', 'books on wwii ration books? home front stuff'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. US home front, or Britain?'],
      [35, 'p', 'US'],
      [40, 'l', 'Sec.'],
      [95, 'l', "Catalogue has Don't You Know There's a War On? by Richard Lingeman, 940.5373 LIN, at bcpl.info. Also Rationing in World War II in the Home Front series. That do it?"],
      [130, 'p', 'yep'],
      [134, 'l', 'Anything else?'],
      [150, 'p', 'nope'],
      [153, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'British academic, an article behind a paywall: the library\'s proxy link, "Is that any use?"',
    lines: [
      [0, 'p', 'Good afternoon. I am trying to read an article in the Journal of Victorian Culture but it asks me to pay £35.'],
      [25, 'l', 'Good afternoon, you are through to Helen at the University Library enquiry service. Are you on campus or working from home?'],
      [60, 'p', 'From home, I am a second-year PhD student.'],
      [75, 'l', 'We subscribe through Oxford Academic. Go to library.univ.ac.uk/ejournals, search the journal title and sign in with your university login when asked; the article will then open in full. Is that any use?'],
      [130, 'p', 'Brilliant, it has opened. That is all I needed, thank you.'],
      [140, 'l', 'Splendid. Thank you for getting in touch, and good luck with the thesis.'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian, a great-grandfather in the papers: Trove, "Will that do you?"',
    lines: [
      [0, 'p', "G'day, looking for my great grandad's death notice, he died in Ballarat in 1923"],
      [20, 'l', "G'day! Mick here from the State Library's Ask a Librarian. Do you know his full name and roughly which month?"],
      [55, 'p', 'Thomas Henry Pascoe, around June'],
      [62, 'l', 'Righto, give me a tick.'],
      [140, 'l', 'Found him: The Ballarat Star, 14 June 1923, page 4, a death notice for Thomas Henry Pascoe. Free on Trove: trove.nla.gov.au, search his name with 1923. Will that do you?'],
      [185, 'p', 'Ripper, thats him!'],
      [192, 'l', 'Anything else I can help with today?'],
      [220, 'p', 'nah thats it thanks mate'],
      [226, 'l', 'No worries, cheers!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, studying for the citizenship test: uscis.gov/es and the library\'s class, "¿Le sirve esta información?"',
    lines: [
      [0, 'p', 'buenas tardes, necesito estudiar para el examen de ciudadanía'],
      [18, 'l', 'Buenas tardes, le atiende Marisol, bibliotecaria de AskUsNow!. ¿Prefiere estudiar en español o en inglés?'],
      [50, 'p', 'las preguntas en inglés pero las explicaciones en español'],
      [58, 'l', 'Un momento, por favor.'],
      [130, 'l', 'Las 100 preguntas de cívica con su traducción están en uscis.gov/es/ciudadania, y la biblioteca tiene el libro Learn About the United States en el catálogo (samplelibrary.org/catalog). ¿Le sirve esta información?'],
      [175, 'p', 'sí, mucho. es todo, gracias'],
      [182, 'l', '¡Con gusto! Que le vaya muy bien en el examen.'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English provider, an engineering student and an IEEE standard: IEEE Xplore, "This is answering your question?"',
    lines: [
      [0, 'p', 'hi i need IEEE 802.11 standard full pdf for my project'],
      [20, 'l', 'Hello, this is Priya from the Institute Library helpdesk. Kindly tell which year version you are requiring, 2016 or 2020?'],
      [60, 'p', '2020 one'],
      [70, 'l', 'Please wait, I am checking.'],
      [150, 'l', 'IEEE 802.11-2020 is available in IEEE Xplore through our subscription: library.inst.edu/databases, then IEEE Xplore, search 802.11-2020. You can download the full PDF after login. This is answering your question?'],
      [200, 'p', 'yes got it'],
      [205, 'l', 'Anything more you are needing?'],
      [230, 'p', 'no thank you'],
      [236, 'l', 'Thank you for contacting the library. Have a nice day.'],
    ],
    exp: usual(),
  },
  {
    // the patron vanishes after the answer: check-in, then the disconnect notice with an invitation back
    name: 'formal, a municipal bond rating: the state treasurer\'s page, "Does this address your question fully?", patron vanishes',
    lines: [
      [0, 'p', "What is Howard County's current bond rating?"],
      [20, 'l', 'Good morning, this is Ms. Adeyemi, reference librarian with AskUsNow!. Do you need the rating from all three agencies, or one in particular?'],
      [55, 'p', 'All three if possible.'],
      [62, 'l', 'Certainly. One moment while I locate the most recent figures.'],
      [150, 'l', "Howard County holds AAA ratings from Moody's, S&P and Fitch; the county's Office of Finance lists them at howardcountymd.gov/finance under Bond Ratings. Does this address your question fully?"],
      [300, 'l', 'Are you still there?'],
      [480, 'l', 'It appears we have been disconnected, so I will close this session now. Please feel free to contact us again.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // sloppy: no question before the source, no completeness question; the offer of more help is anything_else
    name: 'student worker, printing from a phone: the print page at once, "Help you with anything else?"',
    lines: [
      [0, 'p', 'how do i print from my phone at the library'],
      [15, 'l', 'hi! this is Kayla at the Sample University Library desk'],
      [30, 'l', 'you can use mobile printing at print.sampleu.edu, upload the file and release it at any printer with your ID'],
      [70, 'p', 'ok'],
      [75, 'l', 'Help you with anything else?'],
      [100, 'p', 'no thanks'],
      [104, 'l', 'ok have a good one!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'a will after a death: the Register of Wills with its phone, "does that point you in the right direction?"',
    lines: [
      [0, 'p', 'my mother passed in Anne Arundel County and I need a copy of her will'],
      [25, 'l', "I'm so sorry for your loss. I'm Jo, a librarian with AskUsNow!. Has the will already been filed with the court, do you know?"],
      [70, 'p', 'I think the lawyer filed it last month'],
      [80, 'l', 'Then call the Anne Arundel County Register of Wills at 410-222-1397 and ask for a copy; their page is registers.maryland.gov. Does that point you in the right direction?'],
      [130, 'p', 'Yes it does. Thank you, that was all I needed.'],
      [138, 'l', 'Take care of yourself. Goodbye.'],
    ],
    // my first label of greeting was pass: "I'm so sorry for your loss" is sympathy, no greeting word (corrected)
    exp: usual({ referral: 'pass', greeting: 'fail' }),
  },
  {
    name: 'chat-speak and Spanglish, a GED prep book: the catalogue, "¿Era eso lo que buscaba?"',
    lines: [
      [0, 'p', 'hi necesito libro para el GED en español'],
      [20, 'l', 'Hola! Soy Ana de Ask a Librarian. ¿Para todo el examen o solo matemáticas?'],
      [45, 'p', 'todo'],
      [55, 'l', 'Tenemos GED en español de Kaplan, en el catálogo: samplelibrary.org/catalog, y lo puede pedir a su sucursal. ¿Era eso lo que buscaba?'],
      [90, 'p', 'si k thx'],
      [95, 'l', '¿Algo más en que le pueda ayudar?'],
      [110, 'p', 'no'],
      [115, 'l', '¡Suerte! Adiós.'],
    ],
    exp: usual(),
  },
  {
    name: 'scripted macros, a census question: the Census Bureau\'s data site, "Does this completely answer your question?"',
    lines: [
      [0, 'p', 'population of frederick md 2020 census'],
      [15, 'l', 'Hello and welcome to Ask a Librarian! My name is Sam and I will be assisting you today.'],
      [22, 'l', 'Are you looking for the city of Frederick or Frederick County?'],
      [50, 'p', 'city'],
      [60, 'l', 'The city of Frederick had 78,171 residents in the 2020 Census (data.census.gov, search "Frederick city, Maryland").'],
      [64, 'l', 'Does this completely answer your question? If so, please let me know; if not, I will keep looking.'],
      [100, 'p', 'yes'],
      [105, 'l', 'Is there anything else I can help you with today?'],
      [125, 'p', 'no'],
      [130, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'warm, a grandmother and dinosaur books: the children\'s list, "I hope that\'s what you needed — is it?"',
    lines: [
      [0, 'p', 'My grandson is 5 and obsessed with dinosaurs, any book ideas?'],
      [20, 'l', "Oh, how lovely! I'm Beth, a children's librarian at Carroll County Public Library. Does he like stories, or more the fact books with big pictures?"],
      [60, 'p', 'Big pictures and facts, he wants to know every name'],
      [72, 'l', "Then try National Geographic Little Kids First Big Book of Dinosaurs by Catherine Hughes, and our Dino Picks list at library.carr.org/kids. I hope that's what you needed, is it?"],
      [120, 'p', 'Perfect, thank you dear.'],
      [126, 'l', 'Can I help with anything else?'],
      [150, 'p', "No that's all"],
      [155, 'l', 'Happy reading to you both, bye now!'],
    ],
    // my first label of greeting was pass: "Oh, how lovely!" greets no one (corrected)
    exp: usual({ greeting: 'fail' }),
  },
  {
    // a follow-up promised: the e-mail given in the chat and "by Friday"; the deadline has not passed
    name: 'a follow-up: a partial answer, "Is this what you were after so far?", the rest by e-mail by Friday',
    lines: [
      [0, 'p', 'I need the minutes of the Laurel city council meeting where they voted on the library, around 1988'],
      [20, 'l', 'Hi, this is Jo with AskUsNow!. Do you know the month, or roughly the season?'],
      [55, 'p', 'no idea, sometime in 1988'],
      [65, 'l', 'The city posts minutes from 2005 on at cityoflaurel.org/meetings; older ones are on paper at City Hall. Is this what you were after so far?'],
      [110, 'p', 'not really, i need the 1988 one'],
      [120, 'l', "Then I'll ask our local history staff to check and e-mail you. What e-mail should I use?"],
      [150, 'p', 'kim.lee@example.com'],
      [158, 'l', "Thanks: kim.lee@example.com. You'll hear from us by Friday. Anything else for now?"],
      [180, 'p', 'no thanks'],
      [185, 'l', 'Thank you, bye!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a patron asks "that help?" of the provider; the provider\'s "Does that cover it?" after the record',
    lines: [
      [0, 'p', 'trying to find a book i read as a kid, a girl lives in a museum'],
      [18, 'l', 'Hi, Jo with Ask a Librarian here. Do you remember anything else, like her brother or when you read it?'],
      [60, 'p', 'she ran away with her brother, 1980s i read it. that help?'],
      [70, 'l', 'It does! That is From the Mixed-Up Files of Mrs. Basil E. Frankweiler by E.L. Konigsburg; samplelibrary.org/catalog has it. Does that cover it?'],
      [110, 'p', 'YES that is it, thanks thats all'],
      [116, 'l', 'Enjoy the reread, bye!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- the sweep: completeness asked after the source (labelled pass before running) -----------------------------------
  { name: '"Helps?" after the book', lines: then(BOOK, `${GARDEN} Helps?`), exp: some({ complete: 'pass' }) },
  { name: '"That work?" after the book', lines: then(BOOK, `${GARDEN} That work?`), exp: some({ complete: 'pass' }) },
  { name: '"Good?" after the form', lines: then(FORM, `${RENTERS} Good?`), exp: some({ complete: 'pass' }) },
  { name: '"That do it?" after the form', lines: then(FORM, `${RENTERS} That do it?`), exp: some({ complete: 'pass' }) },
  { name: '"Any good?" after the book', lines: then(BOOK, `${GARDEN} Any good?`), exp: some({ complete: 'pass' }) },
  { name: '"I hope that\'s what you needed — is it?" after the book', lines: then(BOOK, `${GARDEN} I hope that's what you needed — is it?`), exp: some({ complete: 'pass' }) },
  { name: '"Was that helpful?" in its own message', lines: after(BOOK, GARDEN, 'Was that helpful?'), exp: some({ complete: 'pass' }) },
  { name: '"Does this address your question fully?" after the form', lines: then(FORM, `${RENTERS} Does this address your question fully?`), exp: some({ complete: 'pass' }) },
  { name: '"Have I answered everything you wanted to know?" in its own message', lines: after(FORM, RENTERS, 'Have I answered everything you wanted to know?'), exp: some({ complete: 'pass' }) },
  { name: '"Does this meet your needs?" after the form', lines: then(FORM, `${RENTERS} Does this meet your needs?`), exp: some({ complete: 'pass' }) },
  { name: '"Is that any use?" after the book', lines: then(BOOK, `${GARDEN} Is that any use?`), exp: some({ complete: 'pass' }) },
  { name: '"Will that do you?" after the form', lines: then(FORM, `${RENTERS} Will that do you?`), exp: some({ complete: 'pass' }) },
  { name: '"Does that sort you out?" after the form', lines: then(FORM, `${RENTERS} Does that sort you out?`), exp: some({ complete: 'pass' }) },
  { name: '"Are you sorted now?" in its own message', lines: after(FORM, RENTERS, 'Are you sorted now?'), exp: some({ complete: 'pass' }) },
  { name: '"Is that what you\'re after?" after the book', lines: then(BOOK, `${GARDEN} Is that what you're after?`), exp: some({ complete: 'pass' }) },
  { name: '"This is answering your question?" after the form', lines: then(FORM, `${RENTERS} This is answering your question?`), exp: some({ complete: 'pass' }) },
  { name: '"Is this fine for you?" after the book', lines: then(BOOK, `${GARDEN} Is this fine for you?`), exp: some({ complete: 'pass' }) },
  { name: '"This one is okay for you?" after the book', lines: then(BOOK, `${GARDEN} This one is okay for you?`), exp: some({ complete: 'pass' }) },
  { name: '"Has your question been fully answered today?" (a macro) in its own message', lines: after(FORM, RENTERS, 'Has your question been fully answered today?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Le sirve esta información?" after the classes', lines: then(ES, `${CLASES} ¿Le sirve esta información?`), exp: some({ complete: 'pass' }) },
  { name: '"¿Con esto queda resuelta su duda?" after the classes', lines: then(ES, `${CLASES} ¿Con esto queda resuelta su duda?`), exp: some({ complete: 'pass' }) },
  { name: '"¿Era eso lo que buscaba?" after the classes', lines: then(ES, `${CLASES} ¿Era eso lo que buscaba?`), exp: some({ complete: 'pass' }) },
  { name: '"¿Le fue útil?" in its own message', lines: after(ES, CLASES, '¿Le fue útil?'), exp: some({ complete: 'pass' }) },
  { name: '"¿Responde esto a su pregunta?" after the classes', lines: then(ES, `${CLASES} ¿Responde esto a su pregunta?`), exp: some({ complete: 'pass' }) },
  { name: '"¿Le ayuda eso?" after the classes', lines: then(ES, `${CLASES} ¿Le ayuda eso?`), exp: some({ complete: 'pass' }) },
  { name: '"Does that cover what you needed?" after the form', lines: then(FORM, `${RENTERS} Does that cover what you needed?`), exp: some({ complete: 'pass' }) },
  { name: '"Is that useful?" after the book', lines: then(BOOK, `${GARDEN} Is that useful?`), exp: some({ complete: 'pass' }) },
  { name: '"Did I answer your question?" in its own message', lines: after(FORM, RENTERS, 'Did I answer your question?'), exp: some({ complete: 'pass' }) },
  { name: '"Does this get you what you need?" after the book', lines: then(BOOK, `${GARDEN} Does this get you what you need?`), exp: some({ complete: 'pass' }) },
  { name: '"Is this information what you were after?" after the form', lines: then(FORM, `${RENTERS} Is this information what you were after?`), exp: some({ complete: 'pass' }) },
  { name: '"Is that enough to go on?" after the book', lines: then(BOOK, `${GARDEN} Is that enough to go on?`), exp: some({ complete: 'pass' }) },
  { name: '"Does that fit the bill?" after the book', lines: then(BOOK, `${GARDEN} Does that fit the bill?`), exp: some({ complete: 'pass' }) },
  { name: '"Is that more or less what you had in mind?" after the book', lines: then(BOOK, `${GARDEN} Is that more or less what you had in mind?`), exp: some({ complete: 'pass' }) },
  { name: '"Reckon that\'ll do the trick?" after the form', lines: then(FORM, `${RENTERS} Reckon that'll do the trick?`), exp: some({ complete: 'pass' }) },
  { name: '"Did that clear things up?" in its own message', lines: after(FORM, RENTERS, 'Did that clear things up?'), exp: some({ complete: 'pass' }) },
  { name: '"Does that answer it?" after the form', lines: then(FORM, `${RENTERS} Does that answer it?`), exp: some({ complete: 'pass' }) },
  // reading: satisfied with what was given, with an offer to keep looking: completeness
  { name: '"Satisfied with that, or shall I keep digging?" after the book', lines: then(BOOK, `${GARDEN} Satisfied with that, or shall I keep digging?`), exp: some({ complete: 'pass' }) },
  // reading: whether the form given is the one needed: completeness
  { name: '"Is that the right form?" after the form', lines: then(FORM, `${RENTERS} Is that the right form?`), exp: some({ complete: 'pass' }) },
  { name: '"Is that the book you needed?" after the book', lines: then(BOOK, `${GARDEN} Is that the book you needed?`), exp: some({ complete: 'pass' }) },
  { name: 'after a referral: "Call the Comptroller\'s taxpayer service at 410-260-7980. Does that point you in the right direction?"', lines: then(FORM, "Call the Comptroller's taxpayer service at 410-260-7980 about the credit. Does that point you in the right direction?"), exp: some({ complete: 'pass', referral: 'pass' }) },
  { name: '"Hope this is sufficient?" after the form', lines: then(FORM, `${RENTERS} Hope this is sufficient?`), exp: some({ complete: 'pass' }) },
  { name: '"Is that what you had in mind?" in its own message', lines: after(BOOK, GARDEN, 'Is that what you had in mind?'), exp: some({ complete: 'pass' }) },
  // ---- more for the fixes (labelled before running) ---------------------------------------------------------------------
  { name: '"Is this answering your query?" after the form', lines: then(FORM, `${RENTERS} Is this answering your query?`), exp: some({ complete: 'pass' }) },
  { name: '"So, it is answering your question fully?" in its own message', lines: after(FORM, RENTERS, 'So, it is answering your question fully?'), exp: some({ complete: 'pass' }) },
  { name: '"Hope that answers your question?" after the form', lines: then(FORM, `${RENTERS} Hope that answers your question?`), exp: some({ complete: 'pass' }) },
  { name: '"I hope these links are enough?" after the book', lines: then(BOOK, `${GARDEN} I hope these links are enough?`), exp: some({ complete: 'pass' }) },
  { name: '"Hope this information is helpful for you?" in its own message', lines: after(BOOK, GARDEN, 'Hope this information is helpful for you?'), exp: some({ complete: 'pass' }) },
  { name: '"Are you happy with that?" after the form', lines: then(FORM, `${RENTERS} Are you happy with that?`), exp: some({ complete: 'pass' }) },
  { name: '"Satisfied with the results, or shall I search further?" in its own message', lines: after(BOOK, GARDEN, 'Satisfied with the results, or shall I search further?'), exp: some({ complete: 'pass' }) },
  { name: '"Happy with those books?" after the book', lines: then(BOOK, `${GARDEN} Happy with those books?`), exp: some({ complete: 'pass' }) },
];

/** Near misses: the same words for something else (labelled before running). */
export const guards: SessionCase[] = [
  // about something not yet given
  { name: 'near miss: "Would a scan help?" after the record: completeness fails', lines: then(BOOK, `${GARDEN} Would a scan of the planting chart help?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Do you want the kind with pictures?" after the book: completeness fails', lines: then(BOOK, `${GARDEN} Do you want the kind with pictures too?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Would the large print be better for you?" : completeness fails', lines: then(BOOK, `${GARDEN} Would the large print edition be better for you?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Do you want the Spanish version too?" after the form: completeness fails', lines: then(FORM, `${RENTERS} Do you want the Spanish version too?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Would a list of the deadlines help too?" : completeness fails', lines: then(FORM, `${RENTERS} Would a list of the filing deadlines help too?`), exp: some({ complete: 'fail' }) },
  {
    name: 'near miss: "Is that the kind you need for school?" asked before anything is found: clarify passes, completeness fails',
    lines: [
      [0, 'p', 'i need a book about volcanoes'],
      [20, 'l', 'Hi, Jo at Ask a Librarian here. A book about volcanoes, is that the kind you need for school?'],
      [50, 'p', 'yes 4th grade report'],
      [70, 'l', 'Volcanoes by Seymour Simon is on the shelf at 551.21 SIM, see samplelibrary.org/catalog.'],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Any good books you already know of?" before the source: clarify passes, completeness fails',
    lines: [
      [0, 'p', 'looking for something on raised beds'],
      [20, 'l', 'Hi, Jo at Ask a Librarian here. Any good books you already know of, so I skip those?'],
      [50, 'p', 'no none'],
      [70, 'l', GARDEN],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  // offers of more help
  { name: 'near miss: "Help you with anything else?" : anything passes, completeness fails', lines: then(BOOK, `${GARDEN} Help you with anything else?`), exp: some({ complete: 'fail', anything: 'pass' }) },
  { name: 'near miss: "Anything else I can do for you?" : anything passes, completeness fails', lines: after(FORM, RENTERS, 'Anything else I can do for you?'), exp: some({ complete: 'fail', anything: 'pass' }) },
  { name: 'near miss: "¿Busca algo más?" : anything passes, completeness fails', lines: after(ES, CLASES, '¿Busca algo más?'), exp: some({ complete: 'fail', anything: 'pass' }) },
  { name: 'near miss: "Would it help if I showed you how to search it?" : completeness fails', lines: then(BOOK, `${GARDEN} Would it help if I showed you how to search it?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Do you need help placing a hold?" : completeness fails', lines: then(BOOK, `${GARDEN} Do you need help placing a hold?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Want me to e-mail you the link?" : completeness fails', lines: then(FORM, `${RENTERS} Want me to e-mail you the link?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "¿Le sirve que se lo mande por correo?" : completeness fails', lines: then(ES, `${CLASES} ¿Le sirve que se lo mande por correo?`), exp: some({ complete: 'fail' }) },
  // the patron's situation
  { name: 'near miss: "Is that for a class?" after the book: completeness fails', lines: then(BOOK, `${GARDEN} Is that for a class?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Do you have a library card?" after the book: completeness fails', lines: then(BOOK, `${GARDEN} Do you have a library card?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Which branch is closest to you?" after the book: completeness fails', lines: then(BOOK, `${GARDEN} Which branch is closest to you?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "¿Era para una tarea de la escuela?" after the classes: completeness fails', lines: then(ES, `${CLASES} ¿Era para una tarea de la escuela?`), exp: some({ complete: 'fail' }) },
  // reading: an appointment proposed asks about the patron's situation
  { name: 'near miss: "Does Tuesday at 3 work?" for an appointment: completeness fails', lines: then(FORM, `${RENTERS} Our tax volunteers can help you fill it in. Does Tuesday at 3 work?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Will you be able to come in before 5?" : completeness fails', lines: then(BOOK, `${GARDEN} Will you be able to come in before 5?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Does your school need peer-reviewed sources?" after the source: completeness fails', lines: then(BOOK, `${GARDEN} Does your school need peer-reviewed sources?`), exp: some({ complete: 'fail' }) },
  // the patron asking
  {
    name: 'near miss: the patron\'s "that help?" about their own detail: completeness fails',
    lines: [...BOOK, [60, 'p', 'its for a 4x8 bed. that help?'], [70, 'l', GARDEN], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: the patron\'s "Helps?" after a photo of the title page: completeness fails',
    lines: [...FORM, [60, 'p', 'i sent a pic of last years form. helps?'], [70, 'l', RENTERS], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ complete: 'fail' }),
  },
  // rhetorical
  { name: 'near miss: "Knowing the call number helps, right? Anyway, it\'s upstairs." : completeness fails', lines: then(BOOK, `${GARDEN} Knowing the call number helps, right? Anyway, it's on the second floor.`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Funny how a good index helps, isn\'t it? It\'s on page 300." : completeness fails', lines: then(BOOK, `${GARDEN} Funny how a good index helps, isn't it? The raised bed chapter starts on page 300.`), exp: some({ complete: 'fail' }) },
  // the yearbook session's offer, short
  { name: 'near miss: "Would a scan of your dad\'s page help?" after the record: completeness fails', lines: then(BOOK, `${GARDEN} Would a scan of the page on raised beds help?`), exp: some({ complete: 'fail' }) },
  // near misses of "answering your question?": someone else answering, calls, e-mails
  { name: 'near miss: "Is that office answering your calls now?" : completeness fails', lines: then(FORM, `${RENTERS} The Comptroller can also help at 410-260-7980. Is that office answering your calls now?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Is anyone at the county answering your questions?" : completeness fails', lines: then(FORM, `${RENTERS} Is anyone at the county answering your questions?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Is it answering your emails, the help desk?" : completeness fails', lines: then(BOOK, `${GARDEN} You wrote to the help desk before: is it answering your emails?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Is the FAQ bot answering your questions on the site?" : completeness fails', lines: then(FORM, `${RENTERS} Is the FAQ bot answering your questions on the site?`), exp: some({ complete: 'fail' }) },
  // near misses of "hope … ?": no question mark, the patron's money, the patron's own words, a book of another time
  { name: 'near miss: "Hope this helps." without a question mark: completeness fails', lines: then(BOOK, `${GARDEN} Hope this helps.`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Hope it is enough to cover the late fee?" : completeness fails', lines: then(BOOK, `${GARDEN} Your refund is $5. Hope it is enough to cover the late fee?`), exp: some({ complete: 'fail' }) },
  {
    name: 'near miss: the patron\'s "hope this helps?" about their own detail: completeness fails',
    lines: [...FORM, [60, 'p', 'i rent in Bowie, hope this helps?'], [70, 'l', RENTERS], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']],
    exp: some({ complete: 'fail' }),
  },
  { name: 'near miss: "Hope the book was helpful last time?" : completeness fails', lines: then(BOOK, `${GARDEN} You borrowed Square Foot Gardening in May. Hope the book was helpful last time?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "I hope this is useful later, when spring comes." : completeness fails', lines: then(BOOK, `${GARDEN} I hope this is useful later, when spring comes.`), exp: some({ complete: 'fail' }) },
  // near misses of "happy / satisfied with that?": an offer or a plan before it, a time, the patron's own bank, a past use
  { name: 'near miss: "I can put it on hold at Towson for you. Happy with that?" : completeness fails', lines: [...BOOK, [70, 'l', GARDEN], [100, 'p', 'its checked out though'], [110, 'l', 'I can put it on hold at Towson for you. Happy with that?'], [140, 'p', 'ok thanks'], [146, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "I\'ll e-mail you the rest of the list by Friday. Are you happy with that?" : completeness fails', lines: [...FORM, [70, 'l', RENTERS], [100, 'p', 'what about the older forms'], [110, 'l', "I'll e-mail you the older forms by Friday. Are you happy with that?"], [140, 'p', 'ok thanks'], [146, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Are you happy with that time?" (an appointment) : completeness fails', lines: then(FORM, `${RENTERS} Our volunteers can help on Tuesday at 3. Are you happy with that time?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Are you happy with your current bank?" : completeness fails', lines: then(FORM, `${RENTERS} The credit can be paid into a bank account. Are you happy with your current bank?`), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Were you satisfied with it when you used the old site?" : completeness fails', lines: then(FORM, `${RENTERS} Were you satisfied with it when you used the old site?`), exp: some({ complete: 'fail' }) },
  // before anything is given, the same words ask about the need: clarifying questions, no completeness
  {
    name: 'near miss: "Are you happy with that, or do you need older years too?" before the form: clarify passes, completeness fails',
    lines: [
      [0, 'p', 'i need the renters tax credit form, the 2023 one'],
      [20, 'l', 'Hello, this is Jo at AskUsNow!. The 2023 form, are you happy with that, or do you need older years too?'],
      [50, 'p', 'just 2023'],
      [70, 'l', RENTERS],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Is it answering your question, the FAQ you found?" before anything is given: clarify passes, completeness fails',
    lines: [
      [0, 'p', 'i found a renters credit FAQ online but im confused'],
      [20, 'l', 'Hi, Jo with Ask a Librarian here. Is it answering your question, the FAQ you found?'],
      [50, 'p', 'no it doesnt say where the form is'],
      [70, 'l', RENTERS],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (courteous, not this area): "You are so welcome, enjoy looking through it!" as the last message is a parting wish
  // (as "Enjoy the pierogi!" in round 32), not read after "You are so welcome,"; its completeness near miss ("Would a scan
  // of your dad's page help?") scores as labelled and is kept in `guards` as a short case.
  {
    // near miss: "Would a scan help?" offers something not yet given; the patron says on their own that they are done
    name: 'warm, a 1950s yearbook: the catalogue record, "Would a scan help?", the patron done',
    lines: [
      [0, 'p', 'Hi! Does the library have the 1957 Towson High yearbook? My dad is in it.'],
      [22, 'l', "Hi there! I'm Gwen, a librarian at Baltimore County Public Library. What a fun search. Do you know which branch is closest to you?"],
      [60, 'p', 'Towson branch'],
      [70, 'l', 'Good news: the 1957 Towson High yearbook is in the Towson branch local history room, record at bcpl.info/catalog (library use only). Would a scan of your dad\'s page help?'],
      [120, 'p', "No need, I'll go see it Saturday. That's everything, thanks so much!"],
      [128, 'l', 'You are so welcome, enjoy looking through it!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
];

describe('thirty-third round (X2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (X2): completeness, every check', whole);
describeSessions('thirty-third round (X2): completeness, short cases', short);
describeSessions('thirty-third round (X2): completeness, near misses', guards);

describeLeft('thirty-third-round-completeness', LEFT);
