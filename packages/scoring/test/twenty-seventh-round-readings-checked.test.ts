/**
 * Twenty-seventh round, second wave (C9): SPANISH READINGS, DISMISSALS AND QUESTIONS, CHECKED. The first wave widened
 * `greeting` ("wenas"), `selfNameHere` ("aquí / aki <Name> de la biblioteca"), `completeness` ("¿Quedó resuelta su duda?",
 * the "¿le sirve un escaneo…?" narrowing), `patronDone` ("eso es todo" narrowing, "no tngo mas preguntas"),
 * `followupPromise` (Spanish "le escribo / mando … antes del <day> / en 2 o 3 días" with the patron's e-mail between) in
 * block C4; `dismissalHard`, `dismissalConvenience` and `othersWaiting` in block C5; `restatement` ("so the gist is",
 * "let me just check I've got this right", "got it – X, not Y") in block C6. These cases put each change in other
 * people's words, labelled from RUBRIC.md before the scorer ran.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - "wenas noticias" is chat-speak for "good news", no greeting; "Aquí enfrente de la biblioteca…", "Aquí horarios de la
 *   biblioteca: …" say where or what, not who is answering;
 * - "¿eso es todo el trámite?", "eso es todo un lío" and "¿eso es todo lo que se necesita…?" are no end by the patron;
 *   "no tngo mas preguntas de práctica" is the need (practice questions), not the patron's end;
 * - "le mando el enlace a <e-mail> ahora mismo; su reserva vence antes del viernes" sends now: the day is the hold's;
 * - dismissals: a rule or a limit named while the help goes on ("our policy allows 30 minutes per chat, so no rush"), an
 *   instruction ("we must leave the chat window open"), a redirect ("please don't send any more questions to the old
 *   address, use …"), a question about the need that follows ("not going to do your homework for you — what's the
 *   topic?"), another person in a family tree ("move on to the next person in the tree") end no help;
 * - "So the gist is, the library closes early on Fridays" sums up the answer; "Got it, checked out, not due till Friday"
 *   reports a status: neither restates the patron's question.
 * First run: 33 of 52 failed (5 whole, 47 short), none of them the labels: all 33 through the first wave's changes (C4
 * "wenas", "aquí <place / thing> de la biblioteca", "¿le sirve un PDF / que…?", "¿quedó resuelta su duda del martes…?",
 * "eso es todo un / el / lo que se…", "no tngo mas preguntas de…"; C5 "please don't send … to the old address", "policy
 * allows 30 minutes per chat, so no rush", another service's policy, "bring this chat to a close" after "before" or by the
 * system, "I've given you enough to go on" asked or with a way back, "knocking off … after this one", "beyond what I can
 * do, good luck — but …", "not going to do your homework — what's the topic?", "leave the chat window open", "move on to
 * the next person in the tree"; C6 "so the gist / upshot is" about a rule, "make sure I've got it right in the form",
 * "got it, checked out, not due…"). One whole case also failed on a reading no family has ("Do you feel I've given you
 * enough to go on?" as completeness, a widening): the case now asks "Does that help?" too, and the original is in LEFT.
 * Fixed in C9 by narrowing only (block `phrasesV28C9`). A second batch of 14 (near misses of these narrowings and of the
 * first wave's changes) found 2 more, both the scorer's (C5 "The Writing Center's policy is 30 minutes per chat", "I can't
 * keep going with this search while the catalogue is down, could you email …?"): narrowed too. Every case now passes.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason (one).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // C4 greeting "wenas": reading: "wenas noticias" is "good news", no greeting; the first message names the library but
    // greets no one: greeting fails
    name: 'Spanish: "Biblioteca de Tucson, le atiende Luis." then "wenas noticias, …": greeting fails',
    lines: [
      [0, 'p', 'hola, ya llego el libro que pedi? Cien años de soledad'],
      [20, 'l', 'Biblioteca Pública de Pima, le atiende Luis. ¿Me da su número de tarjeta?'],
      [60, 'p', '21234000998877'],
      [80, 'l', 'wenas noticias, ya llegó: lo puede ver en su cuenta en library.pima.gov > Mi cuenta > Reservas. ¿Le sirve esta información?'],
      [120, 'p', 'si gracias, eso es todo'],
      [130, 'l', '¡Con gusto! Gracias por escribirnos.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // C5 dismissalConvenience "knocking off": reading: "I'm knocking off for the day after this one, so let's get it sorted
    // properly" says the provider stays to finish: no dismissal
    name: 'Australian: "I\'m knocking off for the day after this one, so let\'s get it sorted properly: what\'s the title?": no dismissal',
    lines: [
      [0, 'p', 'hi can i renew a book thats overdue'],
      [22, 'l', "G'day, Bec here from Ask a Librarian at Brisbane City Council Libraries."],
      [30, 'l', "I'm knocking off for the day after this one, so let's get it sorted properly: what's the title?"],
      [70, 'p', 'The Dry by Jane Harper'],
      [95, 'l', 'Renewed! You can check it under My Account at libraries.brisbane.qld.gov.au. Does that sort it?'],
      [130, 'p', 'yep thats all, cheers'],
      [140, 'l', 'No worries, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // C5 dismissalConvenience "given you plenty to go on": reading: "Do you feel I've given you enough to go on?" asks
    // whether what was given meets the need: no dismissal ("Does that help?" asks too: the question alone is not read as
    // completeness yet, see LEFT)
    name: 'thesis: "Do you feel I\'ve given you enough to go on?" asks: completeness passes, no dismissal',
    lines: [
      [0, 'p', 'I need sources on teacher burnout in rural schools for my thesis'],
      [30, 'l', 'Hello, this is Priya, a librarian at the University of Montana Library. Which country are the schools in?'],
      [70, 'p', 'US'],
      [100, 'l', 'ERIC (lib.umt.edu/databases) has plenty: try "teacher burnout" AND rural. Does that help? Do you feel I\'ve given you enough to go on?'],
      [150, 'p', 'yes thats everything i needed'],
      [160, 'l', 'Great, good luck with the thesis, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // C6 restatement "so the gist is": reading: "So the gist is, the branch closes early on Fridays in summer." sums up
    // the answer before any source; no question about the need, no restatement: clarify fails
    name: 'summer hours: "So the gist is, the branch closes early on Fridays in summer." sums up the answer: clarify fails',
    lines: [
      [0, 'p', 'why was the Eastside branch closed at 4 last friday'],
      [25, 'l', 'Hi! This is Marcus with the Ask Us chat at Spokane Public Library.'],
      [40, 'l', 'So the gist is, the branch closes early on Fridays in summer.'],
      [55, 'l', 'The summer hours are on spokanelibrary.org/hours. Did that answer your question? Anything else?'],
      [100, 'p', 'nope thats it thanks'],
      [110, 'l', 'Thanks for chatting, have a good day!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // C4 followupPromise: reading: "le mando el enlace a <e-mail> ahora mismo; su reserva vence antes del viernes" sends
    // now: no promise of more later, no follow-up session
    name: 'Spanish: "Le mando el enlace a ana.r@gmail.com ahora mismo, su reserva vence antes del viernes." promises nothing later',
    lines: [
      [0, 'p', 'buenas, cuando vence mi reserva del libro de cocina?'],
      [20, 'l', '¡Hola! Soy Marta, bibliotecaria de la Biblioteca Pública de San Antonio. ¿Está a su nombre la reserva?'],
      [50, 'p', 'si, Ana Ruiz, mi correo es ana.r@gmail.com'],
      [70, 'l', 'Le mando el enlace a ana.r@gmail.com ahora mismo, su reserva vence antes del viernes. También la ve en mysapl.org > Mi cuenta. ¿Le sirve esta información?'],
      [110, 'p', 'si perfecto, eso es todo'],
      [120, 'l', 'Gracias por escribirnos, ¡que tenga buen día!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- C4 greeting "wenas" ----
  {
    // reading: "wenas ideas" praises the patron's ideas; no greeting in the first two provider messages
    name: 'Spanish: "wenas ideas! soy Rocío de la biblioteca" then no greeting: greeting fails',
    lines: [
      [0, 'p', 'quiero hacer un club de lectura para niños, ideas?'],
      [20, 'l', 'wenas ideas las suyas! soy Rocío de la biblioteca de Laredo. ¿De qué edades?'],
      [60, 'p', '8 a 10'],
      [80, 'l', 'La guía está en laredolibrary.org/clubes.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "wenas preguntas" praises the questions
    name: 'Spanish: "Biblioteca Central, Andrés." then "wenas preguntas, déjeme ver" : greeting fails',
    lines: [
      [0, 'p', 'tienen libros de ajedrez? y clases?'],
      [20, 'l', 'Biblioteca Central de Hialeah, Andrés.'],
      [30, 'l', 'wenas preguntas, déjeme ver.'],
      [80, 'l', 'Hay 14 libros en hialeahfl.gov/library/catalogo y clases los sábados.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // still caught: "wenas tardes" opens the chat
    name: 'still: "wenas tardes, soy Rosa de la biblioteca municipal" greets: greeting passes',
    lines: [...open('tienen wifi?', 'wenas tardes, soy Rosa de la biblioteca municipal de El Paso')],
    exp: some({ greeting: 'pass' }),
  },
  // ---- C4 selfNameHere "aquí <Name> de la biblioteca" ----
  {
    // reading: "Aquí enfrente de la biblioteca" says where the bus stops, not who answers
    name: 'Spanish: "¡Hola!" then "Aquí enfrente de la biblioteca para el bus 12." names no one: greeting fails',
    lines: [
      [0, 'p', 'como llego a la biblioteca en bus'],
      [20, 'l', '¡Hola!'],
      [30, 'l', 'Aquí enfrente de la biblioteca para el bus 12.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "Aquí al lado de la biblioteca" is a place
    name: 'Spanish: "¡Buenas!" then "Aquí al lado de la biblioteca hay estacionamiento gratis." names no one: greeting fails',
    lines: [
      [0, 'p', 'hay donde estacionar?'],
      [20, 'l', '¡Buenas!'],
      [30, 'l', 'Aquí al lado de la biblioteca hay estacionamiento gratis.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "Aquí horarios de la biblioteca: …" hands over the hours (terse)
    name: 'Spanish: "Hola." then "Aquí horarios de la biblioteca: lunes a viernes 9 a 6." names no one: greeting fails',
    lines: [
      [0, 'p', 'a que hora abren'],
      [20, 'l', 'Hola.'],
      [30, 'l', 'Aquí horarios de la biblioteca: lunes a viernes 9 a 6.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // still caught: "Aquí Marisol de la Biblioteca Pública" says who is answering
    name: 'still: "¡Buenas tardes! Aquí Marisol de la Biblioteca Pública de Ponce." greets and names: greeting passes',
    lines: [...open('tienen periódicos viejos?', '¡Buenas tardes! Aquí Marisol de la Biblioteca Pública de Ponce.')],
    exp: some({ greeting: 'pass' }),
  },
  // ---- C4 completeness "¿Quedó resuelta su duda?" and "¿le sirve…?" ----
  {
    // reading: "¿Le sirve un PDF del capítulo?" offers what is not yet given (as the scan)
    name: 'Spanish: after the source, "¿Le sirve un PDF del capítulo?" offers: completeness fails',
    lines: [
      ...open('necesito el capitulo 3 de un libro de historia', 'Hola, soy Ana de la Biblioteca de la UPR. ¿Qué libro es?'),
      [60, 'p', 'Historia de Puerto Rico de Scarano'],
      [90, 'l', 'Está en el catálogo: biblioteca.uprrp.edu, signatura F1971 .S33. ¿Le sirve un PDF del capítulo?'],
      [130, 'p', 'si porfa'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "¿Le sirve que se lo aparte?" offers to put it aside (not yet done)
    name: 'Spanish: after the source, "¿Le sirve que se lo aparte en el mostrador?" offers: completeness fails',
    lines: [
      ...open('tienen el libro de la maestra de mi hija, "Wonder"?', 'Hola, soy Pablo de la Biblioteca de Laredo. ¿En español o inglés?'),
      [60, 'p', 'español'],
      [90, 'l', 'Sí, "La lección de August" está disponible en laredolibrary.org/catalogo. ¿Le sirve que se lo aparte en el mostrador?'],
      [130, 'p', 'si'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "¿quedó resuelta su duda del martes con mi compañera?" asks about another chat, not what was given here
    name: 'Spanish: "Por cierto, ¿quedó resuelta su duda del martes con mi compañera?" asks about another chat: completeness fails',
    lines: [
      ...open('hola otra vez, necesito el horario de la biblioteca de Ponce', 'Hola, soy Inés de la Biblioteca de Ponce. ¿Cuál sucursal?'),
      [60, 'p', 'la central'],
      [90, 'l', 'La central abre de 9 a 6, ver ponce.gov/biblioteca/horario.'],
      [100, 'l', 'Por cierto, ¿quedó resuelta su duda del martes con mi compañera?'],
      [140, 'p', 'si'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // still caught: "¿Se resolvió? ¿Quedó aclarada tu pregunta?"
    name: 'still: after the source, "¿Quedó aclarada tu pregunta?" asks: completeness passes',
    lines: [
      ...open('como renuevo un libro', 'Hola, soy Leo de la Biblioteca de Yuma. ¿Desde la app o la web?'),
      [60, 'p', 'web'],
      [90, 'l', 'Entra a yumalibrary.org > Mi cuenta > Renovar. ¿Quedó aclarada tu pregunta?'],
      [130, 'p', 'si gracias'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- C4 patronDone "eso es todo" and "no tngo mas preguntas" ----
  {
    // reading: "¿eso es todo el trámite?" asks whether the process is complete
    name: 'Spanish: the patron\'s "¿y eso es todo el trámite?" is no end: anything_else fails',
    lines: [
      ...open('como saco la tarjeta', 'Hola, soy Eva de la Biblioteca de Fresno. ¿Vive en el condado?'),
      [60, 'p', 'si'],
      [90, 'l', 'Llene el formulario en fresnolibrary.org/tarjeta y traiga una identificación. ¿Le sirve esta información?'],
      [130, 'p', 'y eso es todo el trámite?'],
      [150, 'l', 'Sí, así de fácil.'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "eso es todo un lío" = "that's quite a mess"
    name: 'Spanish: the patron\'s "uf eso es todo un lío con la impresora" is no end: anything_else fails',
    lines: [
      ...open('no puedo imprimir desde mi laptop', 'Hola, soy Toño de la Biblioteca de Tucson. ¿Windows o Mac?'),
      [60, 'p', 'windows'],
      [90, 'l', 'Instale el programa en library.pima.gov/imprimir y mande el archivo. ¿Funcionó?'],
      [130, 'p', 'uf eso es todo un lío con la impresora'],
      [150, 'l', '¡Ánimo!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "¿eso es todo lo que se necesita para…?" asks (question mark at the sentence's end)
    name: 'Spanish: the patron\'s "eso es todo lo que se necesita para el pasaporte?" asks: anything_else fails',
    lines: [
      ...open('que necesito para el pasaporte de mi hijo', 'Hola, soy Rita de la Biblioteca de Laredo. ¿Es el primero?'),
      [60, 'p', 'si'],
      [90, 'l', 'Necesita el formulario DS-11 de travel.state.gov y el acta de nacimiento. ¿Le sirve esta información?'],
      [130, 'p', 'eso es todo lo que se necesita para el pasaporte?'],
      [150, 'l', 'Y los dos padres presentes.'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "no tngo mas preguntas de practica" states the need
    name: 'Spanish: the patron\'s "ya hice todas, no tngo mas preguntas de practica" is the need: anything_else fails',
    lines: [
      ...open('busco preguntas para el examen de ciudadania', 'Hola, soy Beto de la Biblioteca de Houston. ¿En español?'),
      [60, 'p', 'si'],
      [90, 'l', 'Las 100 preguntas están en uscis.gov/es/ciudadania. ¿Le sirve esta información?'],
      [130, 'p', 'ya hice todas, no tngo mas preguntas de practica'],
      [150, 'l', 'Hay otro cuaderno en la biblioteca.'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // still caught: "si, eso es todo por ahora" ends
    name: 'still: the patron\'s "si, eso es todo por ahora, gracias" ends: anything_else passes',
    lines: [
      ...open('a que hora abren el domingo', 'Hola, soy Eli de la Biblioteca de Austin. ¿Cuál sucursal?'),
      [60, 'p', 'la central'],
      [90, 'l', 'De 12 a 6, ver library.austintexas.gov/horario.'],
      [130, 'p', 'si, eso es todo por ahora, gracias'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // still caught: "no tngo mas preguntas, grax"
    name: 'still: the patron\'s "ok no tngo mas preguntas, grax" ends: anything_else passes',
    lines: [
      ...open('tienen wifi en la sucursal norte', 'Hola, soy Gaby de la Biblioteca de Phoenix. ¿Con su laptop?'),
      [60, 'p', 'si'],
      [90, 'l', 'Sí, la red es PHXLIB, ver phoenixpubliclibrary.org/wifi.'],
      [130, 'p', 'ok no tngo mas preguntas, grax'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- C4 followupPromise ----
  {
    // reading: the patron is told to write to the office: the provider promises nothing
    name: 'Spanish: "Le escribo el correo de la oficina: registro@utep.edu, escríbales antes del viernes." promises nothing: contact na',
    lines: [
      ...open('como pido mi kardex', 'Hola, soy Kevin de la library de UTEP. ¿Es estudiante actual?'),
      [60, 'p', 'si'],
      [90, 'l', 'Le escribo el correo de la oficina: registro@utep.edu, escríbales antes del viernes.'],
      [130, 'p', 'gracias'],
    ],
    exp: some({ contact: 'na' }),
  },
  {
    // reading: sends now; "en 2 o 3 días" is the book's arrival
    name: 'Spanish: "Le mando la confirmación a ana.r@gmail.com, el libro llega en 2 o 3 días." sends now: contact na',
    lines: [
      ...open('quiero pedir un libro de otra biblioteca', 'Hola, soy Sara de la Biblioteca de Tempe. ¿Cuál libro?'),
      [60, 'p', 'La casa de los espíritus, mi correo ana.r@gmail.com'],
      [90, 'l', 'Listo, pedido en tempe.gov/ill. Le mando la confirmación a ana.r@gmail.com, el libro llega en 2 o 3 días.'],
      [130, 'p', 'gracias'],
    ],
    exp: some({ contact: 'na' }),
  },
  {
    // still caught: "le escribo a ana.r@gmail.com antes del viernes con lo que encuentre"
    name: 'still: "Le escribo a ana.r@gmail.com antes del viernes con lo que encuentre." promises with when: contact passes',
    lines: [
      ...open('busco el acta de bautismo de mi abuelo, 1920, Jalisco', 'Hola, soy Lupe de la Biblioteca de San Antonio. ¿Sabe la parroquia?'),
      [60, 'p', 'no, mi correo es ana.r@gmail.com'],
      [90, 'l', 'Le escribo a ana.r@gmail.com antes del viernes con lo que encuentre en FamilySearch.org.'],
      [130, 'p', 'gracias'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ contact: 'pass' }),
  },
  // ---- C5 dismissalHard ----
  {
    // reading: a redirect to the right address; the help goes on
    name: '"Please don\'t send any more questions to the old address, use askus@library.org instead." redirects: no dismissal',
    lines: [
      ...open('i emailed ref@oldlib.org twice, no answer', 'Hi, Tom here at Ask a Librarian, Dover Public Library. Which question was it?'),
      [60, 'p', 'about the 1890 census'],
      [90, 'l', "Please don't send any more questions to the old address, use askus@library.org instead. For the 1890 census, see archives.gov/research/census/1890."],
      [130, 'p', 'ok thanks'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: about the survey box; the provider invites new chats
    name: '"Please don\'t ask any more questions in the survey box, it isn\'t read — start a new chat instead!" no dismissal',
    lines: [
      ...open('i left a question in the feedback box', 'Hello, Dana at the Ask Us chat, Mesa Public Library. What was it about?'),
      [60, 'p', 'ebooks'],
      [90, 'l', "Please don't ask any more questions in the survey box, it isn't read — start a new chat instead! For ebooks, see mesalibrary.org/ebooks."],
      [130, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a limit named while the provider goes on: "so no rush"
    name: '"Our policy allows 30 minutes per chat, so no rush at all." goes on: no dismissal',
    lines: [
      ...open('sorry this might take a while, i have lots of questions', 'Hi, Kim at Ask a Librarian, Lane Community College.'),
      [30, 'l', 'Our policy allows 30 minutes per chat, so no rush at all. What is the first one?'],
      [70, 'p', 'APA citations'],
      [90, 'l', 'The guide is at libguides.lanecc.edu/apa.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: another service's rule, told to help the patron use it
    name: '"Brainfuse\'s policy allows 30 minutes per chat with a tutor, start one at lib.org/tutor." is no dismissal',
    lines: [
      ...open('can i get help with algebra', 'Hi, Sam with Ask Us at Tulsa City-County Library.'),
      [30, 'l', "Brainfuse's policy allows 30 minutes per chat with a tutor, start one at tulsalibrary.org/tutor."],
      [70, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // still caught
    name: 'still: "Please don\'t message me with any more questions." dismisses',
    lines: [
      ...open('one more thing, and another', 'Hi, Lee at Ask Us, Metro Library.'),
      [30, 'l', "Please don't message me with any more questions."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- C5 dismissalConvenience ----
  {
    // reading: the system's idle close, asked as a check-in
    name: '"The system is going to bring this chat to a close in 2 minutes, are you still there?" no dismissal',
    lines: [
      ...open('looking for knitting books', 'Hi, Jo at Ask a Librarian, Sample County Library. For beginners?'),
      [60, 'p', 'yes'],
      [90, 'l', 'Try the catalogue at samplelib.org, subject "Knitting". Did that help?'],
      [300, 'l', 'The system is going to bring this chat to a close in 2 minutes, are you still there?'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: "Before we bring this chat to a close" asks for more
    name: '"Before I have to bring this chat to a close, is there anything else I can help with?" no dismissal',
    lines: [
      ...open('need the library hours', 'Hi, Jo at Ask a Librarian, Sample County Library. Which branch?'),
      [60, 'p', 'main'],
      [90, 'l', 'Main is open 9-8, see samplelib.org/hours. Did that help?'],
      [120, 'p', 'yes'],
      [130, 'l', 'Before I have to bring this chat to a close, is there anything else I can help with?'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a hope, told after the answer, with an invitation: no dismissal
    name: '"I think I\'ve given you plenty to go on — come back anytime if you get stuck!" no dismissal',
    lines: [
      ...open('need sources on the dust bowl', 'Hi, Jo at Ask a Librarian, Sample County Library. For what grade?'),
      [60, 'p', '11th'],
      [90, 'l', 'Try the Library of Congress guide at loc.gov/rr/program/bib/dustbowl.'],
      [110, 'l', "I think I've given you plenty to go on — come back anytime if you get stuck!"],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: asks whether what was given is enough
    name: '"Have I given you enough to go on, or would you like more?" asks: no dismissal',
    lines: [
      ...open('need sources on the dust bowl', 'Hi, Jo at Ask a Librarian, Sample County Library. For what grade?'),
      [60, 'p', '11th'],
      [90, 'l', 'Try loc.gov/rr/program/bib/dustbowl. I have given you enough to go on, or would you like more?'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a way back in the same message ("Sam's on till 8 if you need more")
    name: '"I\'m knocking off now, but I\'ve emailed you the list and Sam\'s on till 8 if you need more." no dismissal',
    lines: [
      ...open('did you find the list of titles?', 'Hi, Bec at Ask a Librarian, Brisbane City Council Libraries.'),
      [30, 'l', "I'm knocking off now, but I've emailed you the list and Sam's on till 8 if you need more."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a referral with contacts after the limit: the help goes on
    name: '"Fixing the printer is beyond what I can do from here, so good luck — but the desk can help: 555-0100." no dismissal',
    lines: [
      ...open('the printer at home wont print the pdf', 'Hi, Jo at Ask a Librarian, Sample County Library. Which printer?'),
      [60, 'p', 'hp'],
      [90, 'l', 'Fixing the printer is beyond what I can do from here, so good luck — but the tech desk can help: call 555-0100.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the joke is followed by a question about the need
    name: '"I\'m not going to complete your assignment for you, that\'s your job — so what\'s the topic?" no dismissal',
    lines: [
      ...open('can u do my assignment on climate', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "I'm not going to complete your assignment for you, that's your job — so what's the topic?"],
      [70, 'p', 'sea level rise'],
      [90, 'l', 'GreenFILE at samplelib.org/databases is a good start.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the help goes on together
    name: '"Don\'t worry, I\'m not going to do your homework for you: we\'ll work through it together." no dismissal',
    lines: [
      ...open('my teacher says the librarian will do it', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "Don't worry, I'm not going to do your homework for you: we'll work through it together. First, open CQ Researcher at samplelib.org/cq."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: an instruction about the window
    name: '"Don\'t close it, we must leave the chat window open until the upload finishes." no dismissal',
    lines: [
      ...open('im sending the file now', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "Don't close it, we must leave the chat window open until the upload finishes."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the patron may finish on their own, or send them to the provider
    name: '"Once you have the first two names, you can google the rest, or send them to me and I\'ll look them up." no dismissal',
    lines: [
      ...open('need the names of the 1920 city council', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "The 1920 minutes are at samplelib.org/minutes. Once you have the first two names, you can google the rest, or send them to me and I'll look them up."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the workshop's time, with a way to ask later
    name: '"At the workshop we don\'t have time for more questions, but I stay after for any you have." no dismissal',
    lines: [
      ...open('can i ask questions at the zine workshop', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "At the workshop we don't have time for more questions, but I stay after for any you have. Details at samplelib.org/zines."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a follow-up promised: the help goes on by e-mail
    name: '"I can\'t keep going with this one on chat, the archive is closed, so I\'ll email you the scans tomorrow." no dismissal',
    lines: [
      ...open('need the 1911 mill photos, my email is kay.b@gmail.com', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "I can't keep going with this one on chat, the archive is closed, so I'll email you the scans tomorrow at kay.b@gmail.com."],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ dismissal: 'pass' }),
  },
  {
    // still caught
    name: 'still: "Sorry, I can\'t keep going with this, gotta run." dismisses',
    lines: [
      ...open('and what about the 1912 ones', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "Sorry, I can't keep going with this, gotta run."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- C5 othersWaiting ----
  {
    // reading: a person in the family tree
    name: '"Right, we need to move on to the next person in the tree: your great-grandfather." no dismissal',
    lines: [
      ...open('can you help with my family tree', 'Hi, Jo at Ask a Librarian, Sample County Library. Which family?'),
      [60, 'p', 'the Okafors'],
      [90, 'l', 'Your grandmother is in the 1950 census at familysearch.org.'],
      [100, 'l', 'Right, we need to move on to the next person in the tree: your great-grandfather.'],
      [140, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: people in a photo
    name: '"Now we have to turn to the other people in the photo." no dismissal',
    lines: [
      ...open('who are the people in this 1930 mill photo', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'The man on the left is the owner, per samplelib.org/mill.'],
      [40, 'l', 'Now we have to turn to the other people in the photo.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // still caught (no way back)
    name: 'still: "I need to take other patrons now." ends the help: dismissal fails',
    lines: [
      ...open('and one more about parking', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'I need to take other patrons now.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- C6 restatement ----
  {
    // reading: the provider checks the form, not the need
    name: '"Let me just make sure I\'ve got it right in the ILL form before I submit." is no restatement: clarify fails',
    lines: [
      ...open('can you get me Braiding Sweetgrass through ILL', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "Let me just make sure I've got it right in the ILL form before I submit."],
      [60, 'l', 'Done, you can track it at samplelib.org/ill.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: a status report, nothing restated
    name: '"Got it, checked out, not due till Friday." reports a status: clarify fails',
    lines: [
      ...open('is The Women by Kristin Hannah in', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'Got it, checked out, not due till Friday.'],
      [40, 'l', 'You can place a hold at samplelib.org/catalog.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: where the book is
    name: '"Got it: it\'s on the shelf, not in storage." reports where: clarify fails',
    lines: [
      ...open('is the 1930 yearbook available', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "Got it: it's on the shelf, not in storage."],
      [40, 'l', 'Call number is in samplelib.org/catalog.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: "the upshot is" sums up a rule
    name: '"So the upshot is we can\'t lend it outside the county." sums up a rule: clarify fails',
    lines: [
      ...open('can my cousin in Ohio borrow your museum pass', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "So the upshot is we can't lend it outside the county."],
      [40, 'l', 'The rules are at samplelib.org/passes.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // still caught
    name: 'still: "So the gist is you want maps of the 1906 fire zone, right?" restates: clarify passes',
    lines: [
      ...open('i need stuff about where the fire was in 1906', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'So the gist is you want maps of the 1906 fire zone.'],
      [60, 'l', 'Try davidrumsey.com.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // still caught
    name: 'still: "Got it — newspapers, not books." restates: clarify passes',
    lines: [
      ...open('i want old newspapers not books about the strike', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'Got it — newspapers, not books.'],
      [60, 'l', 'Try Chronicling America at loc.gov/chroniclingamerica.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- second batch: near misses of the first wave's changes and of C9's narrowings ----
  {
    // reading: asks whether another office settled it, not whether what was given meets the need
    name: 'Spanish: "¿Sabe si quedó resuelta su duda con el registro civil?" asks about another office: completeness fails',
    lines: [
      ...open('necesito una copia del acta de matrimonio de mis papás', 'Hola, soy Irma de la Biblioteca de El Paso. ¿De qué año?'),
      [60, 'p', '1985, ya llamé al registro'],
      [90, 'l', 'El índice de matrimonios está en elpasotexas.gov/biblioteca/genealogia.'],
      [100, 'l', '¿Sabe si quedó resuelta su duda con el registro civil?'],
      [140, 'p', 'no todavía'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: yesterday's question, not what was given now
    name: 'Spanish: "¿Quedó resuelta su consulta de ayer sobre la multa?" asks about yesterday: completeness fails',
    lines: [
      ...open('hola, ahora necesito libros de jardinería', 'Hola, soy Nico de la Biblioteca de Tucson. ¿Para principiantes?'),
      [60, 'p', 'si'],
      [90, 'l', 'Hay varios en library.pima.gov/catalogo, tema "Jardinería".'],
      [100, 'l', '¿Quedó resuelta su consulta de ayer sobre la multa?'],
      [140, 'p', 'si ya'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: an offer to send what is not yet given
    name: 'Spanish: after the source, "¿Le sirve si se lo mando por correo?" offers: completeness fails',
    lines: [
      ...open('necesito el horario del club de tareas', 'Hola, soy Alma de la Biblioteca de Fresno. ¿Para qué sucursal?'),
      [60, 'p', 'la central'],
      [90, 'l', 'Está en fresnolibrary.org/tareas. ¿Le sirve si se lo mando por correo?'],
      [130, 'p', 'si'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "no tngo mas preguntas para el examen" states the need
    name: 'Spanish: the patron\'s "no tngo mas preguntas para el examen, me ayuda?" is the need: anything_else fails',
    lines: [
      ...open('busco preguntas de practica del GED', 'Hola, soy Rosa de la Biblioteca de Dallas. ¿En español?'),
      [60, 'p', 'si'],
      [90, 'l', 'Hay pruebas en ged.com/es. ¿Le sirve esta información?'],
      [130, 'p', 'ya las hice, no tngo mas preguntas para el examen, me ayuda?'],
      [150, 'l', 'Hay libros de práctica en dallaslibrary.org/ged.'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: a redirect to the chat or the e-mail
    name: '"Please don\'t send any more questions through the contact form — use this chat or askus@lib.org." no dismissal',
    lines: [
      ...open('i sent a question through the website form', 'Hi, Ana at the Ask Us chat, Reno Public Library. What was it?'),
      [60, 'p', 'about museum passes'],
      [90, 'l', "Please don't send any more questions through the contact form — use this chat or askus@lib.org. Passes are at renolibrary.org/passes."],
      [130, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the writing center's rule, told so the patron books two sessions
    name: '"The Writing Center\'s policy is 30 minutes per chat, so book two sessions." is no dismissal',
    lines: [
      ...open('can someone read my whole thesis draft', 'Hi, Sol at Ask a Librarian, Portland State University Library.'),
      [30, 'l', "The Writing Center's policy is 30 minutes per chat, so book two sessions at pdx.edu/writing-center."],
      [70, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a referral follows: the help goes on
    name: '"Translating the whole letter is beyond what I can do here, good luck — I\'d try the Polish Genealogical Society at pgsa.org." no dismissal',
    lines: [
      ...open('can you translate my great-grandpas letter from polish', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "Translating the whole letter is beyond what I can do here, good luck — I'd try the Polish Genealogical Society at pgsa.org."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the file uploads while the chat stays open
    name: '"I must leave this chat open for two minutes while the file uploads." no dismissal',
    lines: [
      ...open('here is the scan of my form', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'I must leave this chat open for two minutes while the file uploads.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: "we don't have time…" only if it happens, with a way to ask later
    name: '"If we don\'t have time for more questions at the end of the class, email me at jo@samplelib.org." no dismissal',
    lines: [
      ...open('can i ask questions at the resume class', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "If we don't have time for more questions at the end of the class, email me at jo@samplelib.org."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the catalogue is down; the patron is asked to write
    name: '"I can\'t keep going with this search while the catalogue is down, could you email ask@samplelib.org?" no dismissal',
    lines: [
      ...open('and the second book, is it in', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "I can't keep going with this search while the catalogue is down, could you email ask@samplelib.org?"],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: people in a will, listed
    name: '"Next, we need to turn to the other people listed in the will." no dismissal',
    lines: [
      ...open('who inherited the farm in 1890', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'The will is in the probate index at samplelib.org/probate: the eldest son got the farm.'],
      [40, 'l', 'Next, we need to turn to the other people listed in the will.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the provider's own e-mail before sending
    name: '"I want to make sure I\'ve got everything right before I send the scan." is no restatement: clarify fails',
    lines: [
      ...open('can you scan the 1950 plat map page for Elm St', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "I want to make sure I've got everything right before I send the scan."],
      [60, 'l', 'Sent! It is also at samplelib.org/maps.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // still caught
    name: 'still: "Can I just check I\'ve got that right — the 1920s, not the 1930s?" restates: clarify passes',
    lines: [
      ...open('need pictures of main street in the 20s or 30s i think 20s', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', "Can I just check I've got that right — the 1920s, not the 1930s?"],
      [60, 'p', 'yes'],
      [70, 'l', 'Try samplelib.org/photos, decade 1920s.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: a status reported
    name: '"Got it, renewed, not overdue anymore." reports a status: clarify fails',
    lines: [
      ...open('can you renew my book', 'Hi, Jo at Ask a Librarian, Sample County Library.'),
      [30, 'l', 'Got it, renewed, not overdue anymore.'],
      [40, 'l', 'You can see it at samplelib.org/account.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [
  {
    // the scorer does not read "Do you feel I've given you enough to go on?" as completeness (no family has it; a widening,
    // outside this block's narrowing-only brief); labelled from RUBRIC.md: it asks whether what was given meets the need
    name: 'thesis: "Do you feel I\'ve given you enough to go on?" alone after the source asks: completeness passes',
    lines: [
      ...open('I need sources on teacher burnout in rural schools', 'Hello, this is Priya, a librarian at the University of Montana Library. Which country?'),
      [70, 'p', 'US'],
      [100, 'l', 'ERIC (lib.umt.edu/databases) has plenty: try "teacher burnout" AND rural. Do you feel I\'ve given you enough to go on?'],
      [150, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass', dismissal: 'pass' }),
  },
];

describe('twenty-seventh round (C9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-seventh round (C9): the first wave's Spanish readings, dismissals and questions checked, every check", whole);
describeSessions("twenty-seventh round (C9): the first wave's Spanish readings, dismissals and questions checked, short cases", short);

describeLeft('twenty-seventh-round-readings-checked', LEFT);
