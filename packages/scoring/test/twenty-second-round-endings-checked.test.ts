/**
 * Twenty-second round, second wave (X9): ENDINGS, HOLDS, GREETINGS AND QUESTIONS, CHECKED. The first wave (blocks X2-X6)
 * widened and narrowed families that decide `closing.no_dismissal`, `closing.courteous`, `closing.anything_else`,
 * `interest.keep_informed`, `approachability.greeting`, `inquiry.clarify` and `followup.completeness`, each guarded only
 * by its own helper's near miss. These sessions put each change in other people's words, where its regexp would read
 * the rubric's literal text wrongly (or where the reading it meant should still hold), labelled from RUBRIC.md before
 * the scorer ran:
 * - X3 `othersWaiting` (closing time) and `wayBack`: "tomorrow", "again", "later" as a way back, or as something else
 *   ("we're closed tomorrow as well", "should come in later this month", "should work again after you restart it");
 * - X3 `hold` / `dismissalConvenience`: signing off "at this point", "in a sec" (a real goodbye after the help, a
 *   browser restart that is a hold, a hand-over to another librarian);
 * - X5 `hold` "Thanks! Searching …" (advice and results worded like a look-up);
 * - X6 `dismissalHard` "el límite por sesión" (computer and study-room sessions), `farewell` "Cuídense" (advice);
 * - X3 `inviteBack` "drop by / in" (visits to pick up or return items);
 * - X2 `greeting` "the word for hello" (a greeting word talked about: "Aloha is the Hawaiian word for …");
 * - X2 / X4 `anythingElse` (taste questions that still offer more help, "anything else that goes into …" offered as
 *   more help, "eels" in a chat about eels);
 * - X2 `restatement` ("So the system sent you a text … and you're ready to …", the provider's own result);
 * - X5 / X6 `completeness` ("Does that one fit?", "Is that more manageable?", "¿Es lo que quería decir?");
 * - X5 `selfRole` ("Les bibliothécaires du comptoir de prêt sont occupés": others, not who is answering).
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a way back is a way to come back to the help (the chat, the service, a librarian); "we're closed tomorrow", "your
 *   loan should come in later this month", "the printer should work again" are about something else and offer none;
 * - a sign-off once the patron has confirmed that the answer worked ("yes that worked, thank you!") ends no help: the
 *   help was over; with the question still open it ends the help (as X3 reads "at this point" / "in a sec");
 * - "I'll be logging off in a sec and right back on" is a hold (the provider comes back), not an ending;
 * - a colleague named as on duty after the provider leaves ("Kenji on the evening desk is on until 9") is a way back;
 * - "Drop in later today to pay it at the desk" is an errand at the library, not an invitation back to the service;
 * - "ese es el límite por sesión" about the computers' or study rooms' booking time is a library policy, not the patron's
 *   chat time being up; about the chat ("por chat", after the questions answered) it is a dismissal;
 * - "Cuídense mucho de los notarios …" warns, it says no goodbye; "¡Cuídense!" alone says goodbye;
 * - "Drop by soon to pick them up" is about collecting items at a branch, not an invitation back to the service;
 * - a greeting word explained as a word ("Aloha is the Hawaiian word for hello", "Bonjour is just the French word for
 *   hello") greets no one;
 * - "Anything else by her you love that I can get for you?" offers more help; "Anything else that goes into the
 *   packet I can help you find?" offers more help; "Anything eels you want her to focus on, like migration?" (a dropped
 *   "about", in a chat about eels) asks about the need;
 * - the provider reporting what they did ("So the system sent you a text with a new PIN and you're ready to sign in") is
 *   an answer, not a restatement of the patron's question;
 * - "Does that one fit?" after offering a room booking not yet made, and "Is that more manageable?" after offering to ask
 *   a supervisor for a payment plan, ask about something not yet given (RUBRIC.md's "would a scan be what you need?");
 * - "¿El formulario 1040, es lo que quería decir?" before any source asks what the patron meant: a clarifying question.
 * Fixed in X9 (narrowings of the first wave's changes, block X9 and settings `thankedAnswerX9`, `offeredFitX9`): every
 * case below passes; the two in `LEFT` need a widening or an older reading undone.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

/** the patron asks, the provider greets and names themself and asks about the need */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: "We're closed tomorrow as well" is no way back (X3's closing time stood aside at any "tomorrow");
    // the final idle runs from the book (168) to the goodbye (175): na
    name: 'coop plans: "Because of the ice storm the library is closing in 5 minutes, so I can\'t look for more plans tonight. We\'re closed tomorrow as well. Bye!" dismisses',
    lines: [
      [0, 'p', 'do u have books with actual plans for building a chicken coop? for like 4-6 hens'],
      [22, 'l', "Hi! This is Marcy at Lakeshore Public Library's chat."],
      [29, 'l', 'Are you after step by step plans to build one yourself, or more general chicken care?'],
      [66, 'p', 'plans, im building it myself this spring'],
      [74, 'l', 'Ok, checking the catalog now.'],
      [168, 'l', '"Building Chicken Coops" (Storey Country Wisdom Bulletin A-224) is on the shelf at Main, call number 636.5 BIG.'],
      [175, 'l', "Because of the ice storm the library is closing in 5 minutes, so I can't look for more plans tonight. We're closed tomorrow as well. Bye!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    // the first wave's widenings where they read right: "Thanks! Searching CINAHL for you now." is a hold (108 s to the
    // article), "Does that one fit?" as the whole question asks about the article given, "Drop back in anytime" invites back
    name: 'rural telehealth article: "Thanks! Searching CINAHL for you now.", a citation, "Does that one fit?", "Drop back in anytime"',
    lines: [
      [0, 'p', 'hi i need one peer reviewed article about telehealth for rural patients, 2019 or newer'],
      [31, 'l', 'Hello! Dev here, a librarian at Whitman College Library.'],
      [38, 'l', 'Is this for a particular class, like nursing or public health?'],
      [80, 'p', 'nursing 340'],
      [88, 'l', 'Thanks! Searching CINAHL for you now.'],
      [196, 'l', 'Try this one, found in CINAHL: Butzner, M., & Cuffee, Y. (2021). Telehealth interventions and outcomes across rural communities in the United States: Narrative review. Journal of Medical Internet Research, 23(8), e29575.'],
      [203, 'l', 'Does that one fit?'],
      [250, 'p', "yes!! that's exactly it, that's all i needed"],
      [258, 'l', 'Great! Drop back in anytime, and good luck in NURS 340.'],
    ],
    exp: usual(),
  },
  {
    // reading: "ese es el límite por sesión" is the computers' booking time, a library policy: no dismissal
    name: 'computadoras: "cada reserva de computadora dura 2 horas; ese es el límite por sesión, pero puede renovarla" is a policy, no dismissal',
    lines: [
      [0, 'p', 'hola, cuanto tiempo puedo usar las computadoras de la biblioteca? y se puede imprimir?'],
      [28, 'l', '¡Hola! Le atiende Rosa, bibliotecaria de la Biblioteca Pública de San Benito.'],
      [35, 'l', '¿Va a usar las computadoras de la sucursal Central o de la sucursal Norte?'],
      [70, 'p', 'la central'],
      [82, 'l', 'En la Central cada reserva de computadora dura 2 horas; ese es el límite por sesión, pero puede renovarla si no hay nadie esperando. La impresión cuesta 10 centavos por página. Todo está en sanbenitolibrary.org/computadoras. ¿Le sirve?'],
      [130, 'p', 'si, es todo. gracias'],
      [137, 'l', '¡Con gusto! Que tenga buen día.'],
    ],
    exp: usual(),
  },
  {
    // reading: "So the system sent you a text with a new PIN and you're ready to sign in" reports what the provider did
    // (an answer), it does not restate the question: no question or restatement before the first source (158)
    name: 'Libby card invalid: "So the system sent you a text with a new PIN and you\'re ready to sign in to Libby again." is the provider\'s result, no restatement: clarify fails',
    lines: [
      [0, 'p', 'libby keeps saying my card is invalid?? i just renewed it last week'],
      [19, 'l', 'Hi, this is Tomás at Ridgefield Library. One moment while I look at your account.'],
      [96, 'l', "Ok, your renewal didn't carry over to the e-book system, so I reset it on our end. So the system sent you a text with a new PIN and you're ready to sign in to Libby again."],
      [150, 'p', 'got it, it works now!!'],
      [158, 'l', "Great! If it acts up again, Libby's help pages are at help.libbyapp.com. Anything else I can do for you?"],
      [190, 'p', 'nope thats it thank u'],
      [196, 'l', 'Happy reading, bye!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    // reading: "¡Mucha suerte a los dos y cuídense mucho!" says goodbye (X6's "Cuídense", X9 keeps it before "!"); the mother
    // and son confirm they are done; the hold (41 -> 150) is 109 s
    name: 'examen de ciudadanía: a mother and son, a hold of 109 s, the USCIS study page, "¿Es lo que necesitaban?", "cuídense mucho!"',
    lines: [
      [0, 'p', 'buenas tardes, mi hijo y yo buscamos material para estudiar el examen de ciudadanía en español'],
      [33, 'l', 'Buenas tardes, le atiende Marisol, bibliotecaria de la Biblioteca del Condado de Yakima. ¿Necesitan las 100 preguntas de civismo o también la parte de inglés?'],
      [70, 'p', 'las de civismo, mi mamá va a presentar el examen'],
      [78, 'l', 'Un momento, reviso lo que tenemos.'],
      [187, 'l', 'USCIS tiene las 100 preguntas con audio en español en uscis.gov/es/ciudadania/centro-de-recursos-de-ciudadania, y en la biblioteca tenemos "Aprenda a ser ciudadano" en la sucursal Central. ¿Es lo que necesitaban?'],
      [240, 'p', 'si perfecto, es todo, muchas gracias'],
      [248, 'l', '¡Mucha suerte a los dos y cuídense mucho!'],
    ],
    exp: usual(),
  },
  {
    // reading: "The chat is closing in 10 minutes, so I have to stop. Once the printer works again, message us again …"
    // offers a way back: "message us again" (X9's "works again" is not one, the second "again" is)
    name: 'closing: "…so I have to stop. Once the printer works again, message us again and we\'ll sort out the scanning." offers a way back',
    lines: [
      [0, 'p', 'the printer on the 2nd floor keeps jamming and i need to scan my lease too'],
      [20, 'l', "Hi, I'm Bea at Ashford Public Library. Is it the black and white printer by the windows?"],
      [48, 'p', 'yes that one'],
      [58, 'l', "Thanks, I've told the desk; they'll clear it in a few minutes. The scanning steps are on the guide at ashfordlibrary.org/print. Did that help?"],
      [97, 'p', 'kind of, the scan part is confusing'],
      [105, 'l', "The chat is closing in 10 minutes, so I have to stop. Once the printer works again, message us again and we'll sort out the scanning together."],
    ],
    exp: usual({ anything: 'fail', courteous: 'pass' }),
  },
];

/** Short cases: the checks each is about. */
export const short: SessionCase[] = [
  // ---- X3 closing time and way back: "tomorrow", "later", "again" about something else -------------------------------
  {
    // reading: "come in later this month" is the loan arriving, no way back
    name: 'closing: "The branch is closing now, so I have to stop. Your interlibrary loan should come in later this month." dismisses',
    lines: [
      ...open('i requested an ILL for a dissertation last week, any idea when itll come? also can u find me a second one', 'Hello, Priya at Westbrook Library. Which dissertation is the second one?'),
      [58, 'p', 'smith 2011 on prairie restoration, u of nebraska'],
      [70, 'l', 'The branch is closing now, so I have to stop. Your interlibrary loan should come in later this month.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: "should work again" is the printer, no way back
    name: 'closing: "We close in ten minutes and I need to stop here. The printer should work again after you restart it." dismisses',
    lines: [
      ...open('my laptop wont print to the library printer, it just says pending', "Hi, it's Dom at Cedar Falls Library. Are you on the library wifi or your own hotspot?"),
      [50, 'p', 'library wifi. and how do i scan too'],
      [61, 'l', 'We close in ten minutes and I need to stop here. The printer should work again after you restart it.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss: a way back with "tomorrow" still stands aside
    name: 'near miss: "We\'re closing in 5 minutes, so I can\'t finish tonight. Chat with us tomorrow after 10 and we\'ll pick it up." offers a way back',
    lines: [
      ...open('looking for my great grandfathers naturalization papers, he came from sweden around 1905', 'Hi, Jo at Sample County Library. Which state did he settle in?'),
      [55, 'p', 'minnesota, duluth'],
      [64, 'l', "We're closing in 5 minutes, so I can't finish tonight. Chat with us tomorrow after 10 and we'll pick it up."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: "ready for pickup tomorrow" is the hotspot, no way back; the second question is left open
    name: 'wrapping up: "I\'m wrapping up for the day, sorry. The first hotspot will be ready for pickup tomorrow." dismisses',
    lines: [
      ...open('can i borrow a wifi hotspot? and is there one for my mom too on her card', 'Hi! Lee at Brookside Library here. Do you both have Brookside cards?'),
      [48, 'p', 'yes both. can u put them on hold'],
      [60, 'l', "I've put one on hold on your card."],
      [75, 'p', 'and my moms? her card is 2000123456'],
      [84, 'l', "I'm wrapping up for the day, sorry. The first hotspot will be ready for pickup tomorrow."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: "may finish downloading later tonight" is the e-book, no way back
    name: 'sign-off: "I\'ll have to sign off now. The audiobook may finish downloading later tonight." with the question open dismisses',
    lines: [
      ...open('the audiobook i borrowed in libby is stuck at 40% and also how do i return it early', 'Hello, Sam at Harbor City Library. Are you on a phone or a tablet?'),
      [44, 'p', 'iphone'],
      [55, 'l', "I'll have to sign off now. The audiobook may finish downloading later tonight."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss: "later" as a way back still stands aside
    name: 'near miss: "I\'ll have to sign off now, but message us later tonight and the evening librarian can finish this." offers a way back',
    lines: [
      ...open('the audiobook i borrowed in libby is stuck at 40%', 'Hello, Sam at Harbor City Library. Are you on a phone or a tablet?'),
      [44, 'p', 'iphone'],
      [55, 'l', "I'll have to sign off now. Message us later tonight and the evening librarian can finish this with you."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- X3 signing off "at this point" / "in a sec" -------------------------------------------------------------------
  {
    // reading: the provider logs off to restart and comes right back: a hold, no ending
    name: 'browser freeze: "Bear with me, the chat window is freezing. I\'ll be logging off in a sec and right back on." is a hold, no dismissal',
    lines: [
      ...open('can you check if the 1998 yearbook for central high is digitized', 'Hi, Jo at Sample County Library. Central High in Springfield?'),
      [40, 'p', 'yes'],
      [47, 'l', "Bear with me, the chat window is freezing. I'll be logging off in a sec and right back on, please don't close your window."],
      [120, 'l', "I'm back! Central High's yearbooks from 1950-2005 are digitized at springfieldhistory.org/yearbooks, 1998 included. Does that help?"],
      [150, 'p', 'omg yes thats all i needed'],
      [156, 'l', 'Yay! Bye!'],
    ],
    exp: some({ dismissal: 'pass', informed: 'pass' }),
  },
  {
    // reading: the patron confirmed the answer worked; the sign-off after it ends no help
    name: 'after "yes that worked, thank you so much!": "Wonderful! I\'ll have to sign off at this point. Have a great night." ends no help',
    lines: [
      ...open('how do i get the new york times online through the library', 'Hi, Jo at Sample County Library. Do you have a library card with us?'),
      [40, 'p', 'yes'],
      [48, 'l', 'Go to samplelib.org/nyt, click Redeem, and create a free NYT account with any email. Let me know if it works?'],
      [140, 'p', 'yes that worked, thank you so much!'],
      [147, 'l', "Wonderful! I'll have to sign off at this point. Have a great night."],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // reading: a colleague on duty after the provider leaves is a way back
    name: 'shift end: "I\'ll need to sign off at this point. Kenji on the evening desk is on until 9 if anything else comes up." offers a way back',
    lines: [
      ...open('i need help filling out the fafsa, the parent section', 'Hi, Jo at Sample County Library. Which part of the parent section?'),
      [45, 'p', 'the assets part'],
      [52, 'l', 'The assets questions are explained at studentaid.gov/help-center. Does that help?'],
      [90, 'p', 'kinda'],
      [98, 'l', "I'll need to sign off at this point. Kenji on the evening desk is on until 9 if anything else comes up."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss: with the question open and no way back, "in a moment" still leaves
    name: 'near miss: "Sorry, I\'ll have to log off in a moment." with the question open dismisses',
    lines: [
      ...open('whats the best database for nursing theory articles', 'Hi, Jo at Sample County Library. Is this for a class?'),
      [40, 'p', 'yes nurs 210'],
      [48, 'l', "Sorry, I'll have to log off in a moment."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- X5 hold: "Thanks! Searching …" ------------------------------------------------------------------------------
  {
    // reading: advice with the steps to the catalogue is no look-up: the patron then waits on themself, not on the provider
    name: '"Thanks! Searching with the ISBN works better than the title in our catalog: …" is advice, no hold: keep_informed passes',
    lines: [
      ...open('how do i find out if you have a specific book, i have the isbn', 'Hi, Jo at Riverside Public Library here. Is it a print book or an ebook you want?', 20),
      [45, 'p', 'print. its 9780316769488'],
      [52, 'l', 'Thanks! Searching with the ISBN works better than the title in our catalog: paste it into the box at catalog.rpl.org and pick Exact Match.'],
      [190, 'p', 'ok found it, its checked out tho. can i put a hold on it from there'],
      [197, 'l', 'Yes, click Place Hold under the title and sign in with your card. Did that work?'],
      [240, 'p', 'yep all good thats all'],
      [245, 'l', 'Great, bye!'],
    ],
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    // reading: a result, not a look-up announced
    name: '"Thanks! Searching Hmong in our catalog brings up 14 titles; …" gives a result, no hold: keep_informed passes',
    lines: [
      ...open('do you have kids books in hmong', 'Hi, Jo at Sample County Library. Picture books or chapter books?', 20),
      [45, 'p', 'picture books for my 4 yr old'],
      [52, 'l', 'Thanks! Searching Hmong in our catalog brings up 14 titles; the picture book in Hmong is "Dab Neeg Hmoob", call number J 398.2 DAB, at the Main branch.'],
      [200, 'p', 'can i get it sent to eastside branch'],
      [206, 'l', 'Yes, choose Eastside as the pickup place when you place the hold. Did that help?'],
      [230, 'p', 'yes thats all'],
      [234, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss: "Thanks! Searching … now." is a hold: 130 s of silence after it fails keep_informed
    name: 'near miss: "Thanks! Searching the ProQuest newspaper archive now." then 130 s of silence: keep_informed fails',
    lines: [
      ...open('looking for the 1967 article about the flood in our town paper', 'Hi, Jo at Sample County Library. Which paper was it?', 20),
      [45, 'p', 'the Milford Gazette'],
      [52, 'l', 'Thanks! Searching the ProQuest newspaper archive now.'],
      [182, 'l', 'Found it: "Flood waters rise on Main St", Milford Gazette, April 12, 1967, p. 1, in ProQuest Historical Newspapers. Does that help?'],
      [210, 'p', 'yes thats all'],
      [214, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  // ---- X6 dismissalHard "el límite por …" ---------------------------------------------------------------------------
  {
    // reading: the study rooms' booking length, a policy
    name: 'salas de estudio: "Las salas se reservan por dos horas; es el límite por sesión. Se reservan en …" is a policy, no dismissal',
    lines: [
      ...open('hola, puedo reservar una sala de estudio para toda la tarde?', 'Hola, soy Ana, bibliotecaria de la Biblioteca de Greenfield. ¿Para cuántas personas?'),
      [50, 'p', 'somos 3'],
      [58, 'l', 'Las salas se reservan por dos horas; es el límite por sesión. Se reservan en greenfieldlib.org/salas. ¿Le sirve?'],
      [90, 'p', 'ok si, es todo'],
      [95, 'l', '¡Hasta luego!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss: the patron's chat is what reached the limit
    name: 'near miss: "Ya le ayudé con cuatro preguntas; ese es el límite por chat. Hasta luego." dismisses',
    lines: [
      ...open('hola, otra pregunta, cómo saco el pasaporte de mi hijo', 'Hola, soy Ana, bibliotecaria de la Biblioteca de Greenfield.'),
      [40, 'p', 'es para un niño de 5 años'],
      [48, 'l', 'Ya le ayudé con cuatro preguntas; ese es el límite por chat. Hasta luego.'],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  // ---- X6 farewell "Cuídense" ---------------------------------------------------------------------------------------
  {
    // reading: a warning with "Cuídense mucho de …" says no goodbye; the message before it gives the list
    name: 'notarios: the last message "Cuídense mucho de los notarios que cobran por adelantado." warns, no goodbye: courteous fails',
    lines: [
      ...open('hola, un señor nos ofrece arreglar los papeles de inmigración por 2000 dólares, es confiable?', 'Hola, soy Beatriz, bibliotecaria de la Biblioteca de Maplewood. ¿Ya le pidió que firmaran algo?'),
      [60, 'p', 'no todavía no'],
      [70, 'l', 'Solo abogados o representantes acreditados pueden hacer ese trámite; la lista oficial está en justice.gov/eoir/recognized-organizations-and-accredited-representatives-roster-state-and-city. ¿Le sirve?'],
      [110, 'p', 'si gracias'],
      [118, 'l', 'Cuídense mucho de los notarios que cobran por adelantado: muchos son fraudes.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss: "¡Cuídense!" alone says goodbye
    name: 'near miss: "Mucha suerte con el trámite. ¡Cuídense!" says goodbye: courteous passes',
    lines: [
      ...open('hola, donde encuentro abogados de inmigración gratis', 'Hola, soy Beatriz, bibliotecaria de la Biblioteca de Maplewood. ¿En qué condado viven?'),
      [60, 'p', 'en el condado de Ramsey'],
      [70, 'l', 'La lista oficial de organizaciones acreditadas está en justice.gov/eoir. ¿Le sirve?'],
      [110, 'p', 'si gracias'],
      [118, 'l', 'Mucha suerte con el trámite. ¡Cuídense!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // ---- X3 inviteBack "drop in / by" -----------------------------------------------------------------------------------
  {
    // relabelled: written as a whole case, now short: "Drop by soon to pick them up" also tells the patron to visit the
    // Oak Hill branch (a referral by the Terms, its contact open to reading), which this case is not about
    // reading: "Drop by soon to pick them up" is about collecting the holds at the branch, not an invitation back to the
    // service; the last two provider messages neither thank nor say goodbye: courteous fails; "ok cool" says nothing done
    name: 'two holds ready: the last message "Drop by soon to pick them up, they stay on the hold shelf for 7 days." invites no one back: courteous fails',
    lines: [
      [0, 'p', 'hey did my holds come in yet? i got an email but it didnt say which branch'],
      [26, 'l', 'Hi there, Aisha from the Fairview Library chat team here!'],
      [33, 'l', 'Which branch do you usually pick up at, Fairview or Oak Hill?'],
      [61, 'p', 'oak hill'],
      [75, 'l', 'Both holds, "The Women" and "James", are at Oak Hill; you can see them under My Account > Holds at fairviewlibrary.org. Does that answer it?'],
      [101, 'p', 'ok cool'],
      [108, 'l', 'Drop by soon to pick them up, they stay on the hold shelf for 7 days.'],
    ],
    exp: some({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: paying a fine at the desk later today is no invitation back to the service
    name: '"Drop in later today to pay it at the desk." as the last message invites no one back: courteous fails',
    lines: [
      ...open('why is my card blocked', 'Hi, Jo at Sample County Library. Did you get an email about fines?'),
      [40, 'p', 'yea something about a lost book'],
      [50, 'l', 'It shows a $12 lost-item fee on "Wonder". Your account page at catalog.samplelib.org lists it. Does that explain it?'],
      [80, 'p', 'oh ok'],
      [88, 'l', 'Drop in later today to pay it at the desk.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss: an invitation back with "drop in"
    name: 'near miss: "Drop in again whenever you have a question!" invites back: courteous passes',
    lines: [
      ...open('why is my card blocked', 'Hi, Jo at Sample County Library. Did you get an email about fines?'),
      [40, 'p', 'yea something about a lost book'],
      [50, 'l', 'It shows a $12 lost-item fee on "Wonder". Your account page at catalog.samplelib.org lists it. Does that explain it?'],
      [80, 'p', 'oh ok'],
      [88, 'l', 'Drop in again whenever you have a question!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // ---- X2 greeting "the word for hello" --------------------------------------------------------------------------------
  {
    // reading: "Aloha" explained as a word greets no one
    name: '"Aloha is the Hawaiian word for hello and goodbye, but …" in the second message greets no one: greeting fails',
    lines: [
      [0, 'p', 'what does aloha actually mean? for a school project'],
      [21, 'l', 'This is Kai, a librarian with the Hawaii State Public Library System.'],
      [30, 'l', 'Aloha is the Hawaiian word for hello and goodbye, but it also means love and compassion; the Hawaiian Dictionary at wehewehe.org gives all the senses. Does that help?'],
      [70, 'p', 'yes thats all'],
      [75, 'l', 'Mahalo, bye!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: the same in French
    name: '"Bonjour is just the French word for hello; …" greets no one: greeting fails',
    lines: [
      [0, 'p', 'how do i start a formal letter in french, is bonjour ok?'],
      [25, 'l', "Noor at Coastal College Library's Ask Us service."],
      [33, 'l', 'Bonjour is just the French word for hello; for a formal letter use "Madame, Monsieur," instead. The Banque de dépannage linguistique at vitrinelinguistique.oqlf.gouv.qc.ca has examples. Does that help?'],
      [70, 'p', 'yes thanks thats all'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss: "Aloha!" said as the greeting
    name: 'near miss: "Aloha! This is Kai, a librarian with the Hawaii State Public Library System." greets',
    lines: [
      [0, 'p', 'what does aloha actually mean? for a school project'],
      [21, 'l', 'Aloha! This is Kai, a librarian with the Hawaii State Public Library System.'],
      [30, 'l', 'It means hello and goodbye, but also love and compassion; the Hawaiian Dictionary at wehewehe.org gives all the senses. Does that help?'],
      [70, 'p', 'yes thats all'],
      [75, 'l', 'Mahalo, bye!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- X2 / X4 anythingElse ---------------------------------------------------------------------------------------------
  {
    // reading: a taste word, but the question offers more holds: more help
    name: '"Anything else by her you love that I can get for you?" offers more help: anything_else passes',
    lines: [
      ...open('can u put a hold on the newest louise penny', 'Hi, Jo at Sample County Library. Print or large print?'),
      [40, 'p', 'large print pls'],
      [50, 'l', 'Done: "The Black Wolf" in large print is on hold for you; you can track it in My Account at catalog.samplelib.org. Anything else by her you love that I can get for you?'],
      [80, 'p', 'no i have them all lol'],
      [86, 'l', 'Ha! Enjoy, bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss: a question about taste only
    name: 'near miss: "Anything else by Louise Penny you loved, so I can suggest similar authors?" asks about taste: anything_else fails',
    lines: [
      ...open('can u suggest authors like louise penny', 'Hi, Jo at Sample County Library. Print or audiobook?'),
      [40, 'p', 'print'],
      [50, 'l', 'Try Ann Cleeves and Deborah Crombie; NoveList Plus at samplelib.org/novelist lists more read-alikes. Anything else by Louise Penny you loved, so I can suggest similar authors?'],
      [80, 'p', 'still life mostly'],
      [86, 'l', 'Then try "The Secret Place". Enjoy!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "anything else that goes into … I can help you find" offers more help
    name: '"Is there anything else that goes into the application packet I can help you track down?" offers more help: anything_else passes',
    lines: [
      ...open('where do i get a copy of my transcript for a scholarship application', 'Hi, Jo at Sample County Library. Which school did you graduate from?'),
      [40, 'p', 'lincoln high 2022'],
      [50, 'l', "Lincoln High's transcripts are ordered through Parchment at parchment.com. Is there anything else that goes into the application packet I can help you track down?"],
      [80, 'p', 'no just that'],
      [86, 'l', 'Good luck with it!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss: what was in the dish, X4's reading
    name: 'near miss: "Do you remember anything else that went into the stew, like a spice?" asks about the need: anything_else fails',
    lines: [
      ...open('im trying to find a stew recipe my grandma made, it had prunes and beef', 'Hi, Jo at Sample County Library. Do you remember anything else that went into the stew, like a spice?'),
      [40, 'p', 'cinnamon maybe'],
      [50, 'l', 'That sounds like tzimmes; "The Book of Jewish Food" by Claudia Roden has one. Does that help?'],
      [80, 'p', 'yes!'],
      [86, 'l', 'Enjoy, bye!'],
    ],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    // reading: in a chat about eels, "Anything eels you want her to focus on" drops an "about": a question about the need
    name: 'eels: "Anything eels you want her to focus on, like migration or what they eat?" asks about the need: clarify passes, anything_else fails',
    lines: [
      [0, 'p', 'my daughter has to do a report on american eels for 4th grade'],
      [22, 'l', 'Hi, Jo at Sample County Library. Fun topic! Anything eels you want her to focus on, like migration or what they eat?'],
      [50, 'p', 'migration i think'],
      [60, 'l', 'The Fish and Wildlife Service page fws.gov/species/american-eel-anguilla-rostrata explains their migration to the Sargasso Sea. Does that help?'],
      [90, 'p', 'yes thank u'],
      [95, 'l', 'Good luck with the report!'],
    ],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    // near miss: the typo before an offer, X2's reading
    name: 'near miss: "Anything eels I can help you with tonight?" offers more help: anything_else passes',
    lines: [
      ...open('is the library open on presidents day', 'Hi, Jo at Sample County Library. Which branch?'),
      [40, 'p', 'main'],
      [50, 'l', 'Main is closed Monday, Feb 16; hours are at samplelib.org/hours. Anything eels I can help you with tonight?'],
      [80, 'p', 'no'],
      [86, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- X2 restatement --------------------------------------------------------------------------------------------------
  {
    // near miss: the patron's situation restated before the source
    name: 'near miss: "So the county sent you a tax bill but you\'re on the senior exemption?" restates before the source: clarify passes',
    lines: [
      [0, 'p', 'i got a property tax bill and im 70 i thought seniors didnt pay'],
      [22, 'l', "Hi, Jo at Sample County Library. So the county sent you a tax bill but you're on the senior exemption?"],
      [50, 'p', 'yes'],
      [60, 'l', "The exemption reduces the bill, it doesn't remove it; the assessor's page at samplecounty.gov/assessor/senior explains it. Does that help?"],
      [90, 'p', 'ok thats all'],
      [95, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- X5 / X6 completeness ----------------------------------------------------------------------------------------------
  {
    // reading: a booking offered, not yet made, and nothing asked after
    name: '"I can reserve Study Room C for you, Thursday 2-4, under your card. Does that one fit?" asks about an offer: completeness fails',
    lines: [
      ...open('can i book a study room for 4 people thursday afternoon', 'Hi, Jo at Eastgate Library. What time would you need it?'),
      [40, 'p', 'like 2 to 4'],
      [48, 'l', 'I can reserve Study Room C for you, Thursday 2-4, under your card. Does that one fit?'],
      [80, 'p', 'yes perfect'],
      [85, 'l', "Done, it's booked. Bye!"],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: an offer to ask the supervisor, not yet given
    name: '"I could ask the circulation supervisor about splitting it into three payments. Is that more manageable?" asks about an offer: completeness fails',
    lines: [
      ...open('i got charged $45 for a lost dvd and i cant pay that all at once', 'Hi, Jo at Sample County Library. Is it the lost-item fee for "Bluey" season 2?'),
      [40, 'p', 'yes'],
      [48, 'l', 'I could ask the circulation supervisor about splitting it into three payments. Is that more manageable?'],
      [80, 'p', 'yes please'],
      [85, 'l', "I'll ask her now. Bye!"],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: before any source, asking what the patron meant is a clarifying question
    name: '"¿El formulario 1040 del IRS, es lo que quería decir?" before the source asks about the need: clarify passes',
    lines: [
      [0, 'p', 'necesito la planilla para los impuestos'],
      [22, 'l', 'Hola, le atiende Julio, bibliotecario de la Biblioteca de Elm Grove. ¿El formulario 1040 del IRS, es lo que quería decir?'],
      [50, 'p', 'si ese'],
      [58, 'l', 'El 1040 y sus instrucciones están en irs.gov/es/forms-pubs/about-form-1040. ¿Le sirve?'],
      [90, 'p', 'si es todo gracias'],
      [95, 'l', '¡Que tenga buen día!'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // near miss: after the source, "¿Es lo que quería?" asks whether it meets the need
    name: 'near miss: after the form, "¿Es lo que quería?" asks whether it meets the need: completeness passes',
    lines: [
      [0, 'p', 'necesito el formulario 1040'],
      [22, 'l', 'Hola, le atiende Julio, bibliotecario de la Biblioteca de Elm Grove. ¿En español o en inglés?'],
      [50, 'p', 'español'],
      [58, 'l', 'El 1040 en español está en irs.gov/es/forms-pubs/about-form-1040. ¿Es lo que quería?'],
      [90, 'p', 'si es todo gracias'],
      [95, 'l', '¡Que tenga buen día!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- X5 selfRole "bibliothécaire" ----------------------------------------------------------------------------------
  {
    // reading: "Les bibliothécaires du comptoir de prêt" are others; nobody says who is answering
    name: '"Les bibliothécaires du comptoir de prêt sont occupés, mais je peux vous aider." names others, not who answers: greeting fails',
    lines: [
      [0, 'p', 'Bonjour, comment je renouvelle mes livres en ligne?'],
      [20, 'l', 'Bonjour!'],
      [26, 'l', 'Les bibliothécaires du comptoir de prêt sont occupés, mais je peux vous aider. Avez-vous votre numéro de carte?'],
      [60, 'p', 'oui'],
      [70, 'l', 'Allez sur biblio.gatineau.ca, Mon dossier, puis Renouveler. Est-ce que ça fonctionne?'],
      [100, 'p', 'oui merci'],
      [105, 'l', 'Bonne journée!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss (selfRole): the provider's own role in French
    name: 'near miss: "Bonjour, ici Camille, bibliothécaire à la Bibliothèque publique de Gatineau." greets and identifies',
    lines: [
      [0, 'p', 'Bonjour, comment je renouvelle mes livres en ligne?'],
      [20, 'l', 'Bonjour, ici Camille, bibliothécaire à la Bibliothèque publique de Gatineau.'],
      [26, 'l', 'Avez-vous votre numéro de carte?'],
      [60, 'p', 'oui'],
      [70, 'l', 'Allez sur biblio.gatineau.ca, Mon dossier, puis Renouveler.'],
      [100, 'p', 'oui merci'],
      [105, 'l', 'Bonne journée!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss (thankedAnswerX9): the patron thanks but asks more; the sign-off leaves that question
    name: 'near miss: after "thanks! and can i get the wall street journal too?", "I\'ll have to sign off at this point." dismisses',
    lines: [
      ...open('how do i get the new york times online through the library', 'Hi, Jo at Sample County Library. Do you have a library card with us?'),
      [40, 'p', 'yes'],
      [48, 'l', 'Go to samplelib.org/nyt, click Redeem, and create a free NYT account with any email. Let me know if it works?'],
      [140, 'p', 'thanks! and can i get the wall street journal too?'],
      [147, 'l', "I'll have to sign off at this point."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss (offeredFitX9): after the narrowed search given, "Is that more manageable?" asks about it
    name: 'near miss: "Adding rural to the search in OneSearch cuts it to 212 results. Is that more manageable?" asks about what was given: completeness passes',
    lines: [
      ...open('i searched telehealth and got 40000 results help', 'Hi, Jo at Whitman College Library. Which database did you search?'),
      [40, 'p', 'onesearch'],
      [48, 'l', 'Adding rural to the search in OneSearch at library.whitman.edu cuts it to 212 results. Is that more manageable?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // left: "anything else from the …" is one of v-older `anythingElse` exclusions ("anything else from the / that / it …"),
    // not a first-wave change; it would take undoing an older reading across every "from the"
    // reading: a taste word, but the question offers more holds: more help
    name: '"Anything else from the Three Pines series you love that I can get for you?" offers more help: anything_else passes',
    lines: [
      ...open('can u put a hold on the newest louise penny', 'Hi, Jo at Sample County Library. Print or large print?'),
      [40, 'p', 'large print pls'],
      [50, 'l', 'Done: "The Black Wolf" in large print is on hold for you; you can track it in My Account at catalog.samplelib.org. Anything else from the Three Pines series you love that I can get for you?'],
      [80, 'p', 'no i have them all lol'],
      [86, 'l', 'Ha! Enjoy, bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // left: "my shift is over" is v-older `dismissalConvenience`, and "Kenji … is on until 9" no `wayBack` (a widening,
    // outside this narrowings-only wave); X9's narrowing covers it only after X3's "at this point"
    // reading: a colleague on duty after the provider leaves is a way back
    name: 'shift end: "My shift is over, so I\'ll need to go. Kenji on the evening desk is on until 9 if anything else comes up." offers a way back',
    lines: [
      ...open('i need help filling out the fafsa, the parent section', 'Hi, Jo at Sample County Library. Which part of the parent section?'),
      [45, 'p', 'the assets part'],
      [52, 'l', 'The assets questions are explained at studentaid.gov/help-center. Does that help?'],
      [90, 'p', 'kinda'],
      [98, 'l', "My shift is over, so I'll need to go. Kenji on the evening desk is on until 9 if anything else comes up."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
];

describe('twenty-second round (X9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X9): the first wave\'s endings, holds, greetings and questions checked, every check', whole);
describeSessions('twenty-second round (X9): the first wave\'s endings, holds, greetings and questions checked, short cases', short);

describeLeft('twenty-second-round-endings-checked', LEFT);
