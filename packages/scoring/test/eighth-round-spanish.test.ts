/**
 * Eighth round, area (G): SPANISH, BILINGUAL AND NON-NATIVE SESSIONS end to end. Whole sessions in
 * Spanish (Latin American and Spain usage, "usted" and "tú", with and without accents, chat-speak such
 * as "q", "xq", "tmb", "grax", "ntp"), sessions that switch between English and Spanish, and patrons
 * or providers writing English as a second language. Every behaviour in Spanish: greeting with name
 * and offer, holds ("Un momento, por favor", "Déjeme buscar", "Sigo buscando"), clarifying questions
 * and restatements ("O sea que busca…"), sources, "¿Le sirve esa información?", "¿Se le ofrece algo
 * más?", courteous endings ("Vuelva cuando quiera", "¡Un saludo!"), dismissals and the allowed "hay
 * otros usuarios esperando", check-ins ("¿Sigue ahí?", "¿Sigues por ahí?"), disconnect notices,
 * promises with when ("Le escribo antes del viernes"), contact confirmation, referrals ("Llame a la
 * oficina del secretario al 410-…"), transfers to a Spanish-speaking colleague. Near misses: "Gracias
 * a una beca estatal…", "un momento histórico", "¿Busca algo más específico?", "¿Algo más que
 * recuerde del libro?", "tómese su tiempo", "¿Sigue teniendo problemas con el PIN?", "Parece que se
 * desconectó" with no word of ending, "Si necesita algo más, vuelva a escribirnos" (an invitation, no
 * question), "Puede volver a entrar mañana" (the computer, not the chat). Also code-switching providers
 * ("Hi! Soy Daniela, ESL librarian…", "give me one moment, lo busco") and SMS ("dame un sec q lo busco",
 * "sigo en eso, ya casi"). Statuses are read from the literal text of RUBRIC.md; the whole sessions give
 * ALL 17, the short ones after them a few.
 */
import { describeLeft, describeSessions, type SessionCase, all, some, who, sys, type Key, type St, at, T0, DAY, FU_ME, FU_LIB, other, usual } from './helpers';


/** No substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });

const LUZ = who('Luz Romero', 'luz');
const MARTA = who('Marta Gil', 'marta');
const DANA = who('Dana', 'eres');
const ELENA = who('Elena Ruiz', 'elena');

export const whole: SessionCase[] = [
  // ---- whole sessions in Spanish that go well ------------------------------------------------------------------------------
  {
    name: 'usted, public library: "Hola, soy Ana, bibliotecaria de…", "Un momento, por favor", "¿Eso responde a su pregunta?", "¿Hay algo más en que le pueda ayudar?"',
    lines: [
      [0, 'p', 'Hola, necesito saber cómo sacar la tarjeta de la biblioteca para mi mamá'],
      [25, 'l', 'Hola, soy Ana, bibliotecaria de la Biblioteca del Condado de Howard. ¿En qué le puedo ayudar?'],
      [30, 'l', '¿Su mamá vive en el condado de Howard?'],
      [55, 'p', 'si vive en columbia'],
      [70, 'l', 'Un momento, por favor, reviso los requisitos.'],
      [140, 'l', 'Puede solicitarla en línea en hclibrary.org/tarjeta o en cualquier sucursal con una identificación y un comprobante de domicilio. ¿Eso responde a su pregunta?'],
      [170, 'p', 'si muchas gracias'],
      [180, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [200, 'p', 'no, eso es todo'],
      [210, 'l', 'Gracias por usar AskUsNow! ¡Que tenga buen día!'],
    ],
    exp: usual(),
  },
  {
    name: 'tú, school library, chat-speak patron ("xq", "tmb", "q", "grax", "ntp"); "Déjame buscar", "¿Te sirve?", "¿Necesitas algo más?"',
    lines: [
      [0, 'p', 'hla nesesito libros sobre la revolucion mexicana xq tengo tarea'],
      [40, 'l', '¡Hola! Soy Marcos, de la biblioteca de la escuela Wheaton. ¿Para qué clase es y cuántas fuentes te piden?'],
      [70, 'p', 'historia, 3 fuentes, tmb tiene q ser en español'],
      [80, 'l', 'Déjame buscar en el catálogo.'],
      [170, 'l', 'Encontré "Breve historia de la Revolución Mexicana" de Javier Garciadiego, en el estante 972.08. Tmb puedes usar la base de datos Gale en Español desde la página de la biblioteca (Recursos > Bases de datos). ¿Te sirve?'],
      [200, 'p', 'sii grax'],
      [205, 'l', '¿Necesitas algo más?'],
      [230, 'p', 'no ntp'],
      [235, 'l', '¡Suerte con la tarea! Vuelve cuando quieras.'],
    ],
    exp: usual(),
  },
  {
    name: 'bilingual: the patron switches to Spanish; "Un momento, lo busco", "Sigo buscando…, deme un minuto más" every minute or so',
    lines: [
      [0, 'p', 'hello do you have tax forms'],
      [20, 'l', 'Hi! This is Pat at the Silver Spring Library. Which form do you need, federal or Maryland?'],
      [45, 'p', 'sorry puedo escribir en español? es el formulario de maryland 502'],
      [55, 'l', '¡Claro que sí! Un momento, lo busco.'],
      [120, 'l', 'Sigo buscando la versión en español, deme un minuto más.'],
      [200, 'l', 'El formulario 502 está en marylandtaxes.gov/forms (solo en inglés), y también tenemos copias impresas en la entrada. ¿Le ayuda esa información?'],
      [240, 'p', 'si perfecto'],
      [250, 'l', '¿Hay algo más en que le pueda ayudar hoy?'],
      [290, 'p', 'no gracias'],
      [300, 'l', 'Gracias por escribirnos. ¡Que tenga un buen día!'],
    ],
    exp: usual(),
  },
  {
    name: 'restatement "O sea que busca información sobre el jaguar…" with a hold in the same message, then Britannica Escolar; "¿Es lo que buscaba?"',
    lines: [
      [0, 'p', 'mi hija tiene que hacer un reporte de un animal en peligro de extincion y quiere el jaguar'],
      [25, 'l', '¡Hola! Le atiende Marisol, bibliotecaria de la Biblioteca de Langley Park.'],
      [30, 'l', 'O sea que busca información sobre el jaguar para un trabajo escolar de su hija. Un momentito, déjeme ver qué tenemos.'],
      [110, 'l', 'La base de datos Britannica Escolar tiene un artículo sobre el jaguar con fotos; entre con su tarjeta en pgcmls.info/britannica-escolar. También está el libro "Jaguares" de la serie Animales en peligro. ¿Es lo que buscaba?'],
      [140, 'p', 'si perfecto'],
      [150, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [165, 'p', 'no eso es todo'],
      [170, 'l', '¡Que le vaya bien en el reporte! Adiós.'],
    ],
    exp: usual(),
  },
  {
    name: 'SMS, tú, terse provider: "Hola! Soy Vale de la biblio de Bethesda 😊", "ok dame 1 min", "eso era lo q necesitabas?", "algo más?", "va, nos vemos! 👋"',
    lines: [
      [0, 'p', 'ola una pregunta, q dia es el club de manga?'],
      [15, 'l', 'Hola! Soy Vale de la biblio de Bethesda 😊 ¿el de adolescentes o el de adultos?'],
      [40, 'p', 'adolecentes'],
      [45, 'l', 'ok dame 1 min'],
      [100, 'l', 'es el 2o sábado del mes a las 2, info en mcpl.libcal.com/manga. ¿eso era lo q necesitabas?'],
      [130, 'p', 'siii grax'],
      [133, 'l', 'algo más?'],
      [150, 'p', 'no ntp'],
      [155, 'l', 'va, nos vemos! 👋'],
    ],
    exp: usual(),
  },
  {
    name: 'a provider writing English as a second language: "I am librarian of Catonsville branch", "Let me to check", "This answer your question?", "Anything more I can help?"',
    lines: [
      [0, 'p', 'I want to know the library have notary service?'],
      [25, 'l', 'Hello, my name is Xiomara, I am librarian of Catonsville branch. You need notary for which document?'],
      [60, 'p', 'for a letter for my landlord'],
      [70, 'l', 'Let me to check the schedule.'],
      [130, 'l', 'We have free notary on Tuesday 2-4 pm in Catonsville, you must bring ID. Information is here: bcpl.info/notary. This answer your question?'],
      [160, 'p', 'yes is good'],
      [165, 'l', 'Anything more I can help?'],
      [190, 'p', 'no that all'],
      [195, 'l', 'Thank you for use our service, have nice day!'],
    ],
    exp: usual(),
  },
  {
    name: 'Mexican usage: "le saluda Paty", "¿Le es útil?", "¿Se le ofrece algo más?", "Vuelva cuando quiera. ¡Buen día!"',
    lines: [
      [0, 'p', 'buenos dias, tienen peliculas en español para niños'],
      [20, 'l', 'Buenos días, le saluda Paty, de la Biblioteca de Wheaton. ¿De qué edad son los niños?'],
      [50, 'p', '4 y 7 años'],
      [65, 'l', 'Tenemos DVD infantiles en español: en el catálogo (mcpl.catalog.org) busque "películas infantiles" y filtre por idioma. También hay películas en Kanopy Kids con su tarjeta: montgomerycountymd.kanopy.com. ¿Le es útil?'],
      [100, 'p', 'si muy util'],
      [106, 'l', '¿Se le ofrece algo más?'],
      [130, 'p', 'no gracias'],
      [135, 'l', 'Vuelva cuando quiera. ¡Buen día!'],
    ],
    exp: usual(),
  },
  {
    name: 'name in the first message, greeting in the second ("Le atiende Beatriz…" then "Buenas tardes. ¿Para hoy…?"); pickup at 58 s',
    lines: [
      [0, 'p', 'Quiero sacar una cita para la computadora'],
      [58, 'l', 'Le atiende Beatriz, de la Biblioteca de Essex.'],
      [62, 'l', 'Buenas tardes. ¿Para hoy o para otro día?'],
      [90, 'p', 'para hoy en la tarde'],
      [100, 'l', 'Hoy hay lugar a las 3 y a las 4. Reserve en bcpl.info/computadoras con su número de tarjeta. ¿Le sirve?'],
      [130, 'p', 'a las 3. gracias, eso es todo'],
      [135, 'l', 'Perfecto. ¡Gracias por comunicarse con nosotros!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spain, tú, academic: "Te atiende Nuria", "¿Te funciona?", "¿Te puedo echar una mano con algo más?", "A ti. ¡Un saludo!"',
    lines: [
      [0, 'p', 'Hola! Soy estudiante de Erasmus, ¿cómo accedo a las bases de datos desde casa?'],
      [30, 'l', '¡Hola! Te atiende Nuria, de la Biblioteca de la Universidad. ¿Tienes ya tu usuario de la universidad (el UVUS)?'],
      [60, 'p', 'Sí, ya lo tengo'],
      [70, 'l', 'Vale. Entra por biblioteca.universidad.es/acceso-remoto con tu usuario; se abre el catálogo FAMA y desde ahí todas las bases de datos. ¿Te funciona?'],
      [140, 'p', 'Sí! Ya estoy dentro'],
      [145, 'l', 'Genial. ¿Te puedo echar una mano con algo más?'],
      [170, 'p', 'No, eso es todo. Mil gracias'],
      [175, 'l', 'A ti. ¡Un saludo!'],
    ],
    exp: usual(),
  },
  {
    name: '"tómese su tiempo" is no hold: the patron looks in her e-mail for 200 s and the provider is not the one keeping her waiting',
    lines: [
      [0, 'p', 'necesito encontrar mi número de tarjeta de la biblioteca, esta en mi correo creo'],
      [20, 'l', 'Hola, soy Omar de la Biblioteca de Catonsville. ¿Se registró en línea o en persona?'],
      [40, 'p', 'en linea. dejeme buscar en mi correo'],
      [50, 'l', 'Claro, tómese su tiempo. Busque un correo de "BCPL" con el asunto "Bienvenido".'],
      [250, 'p', 'ya lo encontre! 21982000123456'],
      [260, 'l', '¡Perfecto! Con ese número y su PIN entra a bcpl.info/micuenta. ¿Eso responde a su pregunta?'],
      [290, 'p', 'si gracias, nada mas'],
      [295, 'l', '¡Que tenga buen día!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spain: pickup at 75 s ("¡Buenos días! Le atiende Carmen…"); "¿Le vale así?"; the patron: "Vale, perfecto. Nada más, gracias"',
    lines: [
      [0, 'p', 'Buenas, ¿puedo reservar un ordenador para mañana?'],
      [75, 'l', '¡Buenos días! Le atiende Carmen, de la Biblioteca Municipal. ¿En qué sede le vendría mejor?'],
      [100, 'p', 'En la central, por la mañana'],
      [112, 'l', 'Puede reservarlo en la web: bibliotecamunicipal.es/reservas (pinche en "Ordenadores" y elija la hora). ¿Le vale así?'],
      [140, 'p', 'Vale, perfecto. Nada más, gracias'],
      [150, 'l', 'A usted. ¡Hasta pronto!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  // ---- openings that miss --------------------------------------------------------------------------------------------------
  {
    name: '"¡Hola! ¿En qué le puedo ayudar?" greets and offers but says nothing about who is answering',
    lines: [
      [0, 'p', 'hola'],
      [10, 'l', '¡Hola! ¿En qué le puedo ayudar?'],
      [30, 'p', 'necesito renovar mis libros pero no me acuerdo de mi pin'],
      [45, 'l', '¿Tiene a mano su número de tarjeta?'],
      [70, 'p', 'si'],
      [80, 'l', 'Puede restablecer el PIN en catalogo.bpl.org/pin con el número de tarjeta; le llega un correo. Después renueva en "Mi cuenta". ¿Eso responde a su pregunta?'],
      [120, 'p', 'si, gracias!'],
      [125, 'l', '¿Algo más?'],
      [150, 'p', 'no'],
      [155, 'l', 'Que tenga buena tarde.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: '"Le atiende Ana, de la Biblioteca de Wheaton. ¿En qué le puedo ayudar?" names the library and offers, but greets nobody',
    lines: [
      [0, 'p', 'tienen el libro de la mva en español'],
      [20, 'l', 'Le atiende Ana, de la Biblioteca de Wheaton. ¿En qué le puedo ayudar?'],
      [25, 'l', '¿Busca el manual del conductor o el libro para el examen de motocicleta?'],
      [50, 'p', 'el del conductor'],
      [60, 'l', 'Está en mva.maryland.gov/espanol, gratis en PDF. ¿Es lo que necesitaba?'],
      [80, 'p', 'si gracias eso es todo'],
      [85, 'l', 'Con mucho gusto, ¡hasta luego!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  // ---- keeping the patron informed -----------------------------------------------------------------------------------------
  {
    name: 'a patron with English as a second language waits 155 s with no word from the provider',
    lines: [
      [0, 'p', 'Hi, my english is not so good. I search job application for Giant supermarket, you can help?'],
      [30, 'l', 'Hello, I am Kim, librarian at Wheaton Library. Yes! Do you want to apply online or on paper?'],
      [60, 'p', 'online please'],
      [215, 'l', 'Giant takes applications only online at giantfoodstores.com/careers. Click "Search Jobs", then type your city. Is that what you need?'],
      [250, 'p', 'yes thank you very much, is all'],
      [258, 'l', "You're welcome! Good luck, bye!"],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"Please wait a moment, I am looking in our catalog." then 160 s of silence (non-native provider)',
    lines: [
      [0, 'p', 'hello, i am new in this country, where can i learn drive?'],
      [30, 'l', 'Hi, welcome! I am Nadia, librarian at Laurel Library. You want the driving book for the MVA test, or a driving school?'],
      [60, 'p', 'the book for the test pls'],
      [70, 'l', 'Please wait a moment, I am looking in our catalog.'],
      [230, 'l', 'The Maryland Driver Manual is free on mva.maryland.gov/drivers (click "Driver Manual"), also in Spanish, Chinese and more. Is this what you looking for?'],
      [260, 'p', 'yes thank u so much. is all i need'],
      [265, 'l', 'You are welcome! Good luck on the test, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"Hola, soy Tomás… Un momento, por favor." then 180 s before the answer; no question asked',
    lines: [
      [0, 'p', 'Necesito el horario del autobús de Ride On ruta 49'],
      [20, 'l', 'Hola, soy Tomás, de la Biblioteca de Rockville. Un momento, por favor.'],
      [200, 'l', 'El horario de la ruta 49 está en montgomerycountymd.gov/dot-transit/routes/049.html. ¿Le sirve?'],
      [230, 'p', 'si, eso es todo'],
      [235, 'l', '¡Que tenga buen viaje!'],
    ],
    exp: usual({ informed: 'fail', clarify: 'fail' }),
  },
  {
    name: 'a partial result that says the search goes on ("Encontré una guía… Sigo buscando algo con videos.") is a hold; 140 s after it fail',
    lines: [
      [0, 'p', 'busco informacion sobre la diabetes en español para mi papá, que sea facil de leer'],
      [25, 'l', 'Hola, le atiende Gloria, bibliotecaria de la Biblioteca de Silver Spring. ¿Prefiere algo impreso o en internet?'],
      [50, 'p', 'internet, el tiene tablet'],
      [60, 'l', 'Déjeme buscar.'],
      [160, 'l', 'Encontré una guía sencilla en MedlinePlus: medlineplus.gov/spanish/diabetes.html. Sigo buscando algo con videos.'],
      [300, 'l', 'Los videos de la Asociación Americana de la Diabetes en español están en diabetes.org/es. ¿Le sirven estos recursos?'],
      [330, 'p', 'si, son perfectos. es todo'],
      [335, 'l', '¡Que su papá se mejore! Gracias por escribir.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"Fue un momento histórico para la ciudad…" is an answer, not a hold: the final idle starts there and the check-in and notice come inside it',
    lines: [
      [0, 'p', 'q paso el 4 de julio de 1976 en annapolis? es para un proyecto'],
      [25, 'l', '¡Hola! Soy Luis, bibliotecario de la Biblioteca de Anne Arundel. ¿Qué tipo de información necesita: fotos, artículos?'],
      [60, 'p', 'articulos de periodico'],
      [80, 'l', 'Fue un momento histórico para la ciudad, con el desfile del bicentenario. The Capital de esa semana está en la base de datos Newspapers.com, que puede usar con su tarjeta en aacpl.net/research. ¿Le sirve eso?'],
      [200, 'l', '¿Sigue ahí?'],
      [300, 'l', 'Parece que se desconectó. Cerraré el chat; si necesita más ayuda, vuelva a escribirnos. ¡Hasta luego!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- clarifying ----------------------------------------------------------------------------------------------------------
  {
    name: 'the answer and the source in the first message, no question before it',
    lines: [
      [0, 'p', 'como hago para sacar el pasaporte de mi hijo'],
      [20, 'l', 'Hola, soy Gabriel de la Biblioteca de Gaithersburg. Toda la información está en travel.state.gov/es (Pasaportes > Menores de 16 años). Ambos padres tienen que ir en persona. ¿Le sirve esa información?'],
      [60, 'p', 'si gracias'],
      [66, 'l', '¿Algo más en lo que le pueda ayudar?'],
      [90, 'p', 'no, gracias'],
      [95, 'l', 'Gracias por usar nuestro servicio. ¡Que tenga buen día!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "¿Busca algo más específico, como un barrio o una época?" is a clarifying question, not "anything else"',
    lines: [
      [0, 'p', 'busco informacion sobre la historia de Baltimore'],
      [20, 'l', 'Buenas tardes, le atiende Rosa de la Biblioteca Pratt.'],
      [28, 'l', '¿Busca algo más específico, como un barrio o una época?'],
      [60, 'p', 'el barrio de Fells Point en 1800'],
      [75, 'l', 'La guía de historia local tiene una sección sobre Fells Point: prattlibrary.org/guias/fells-point. ¿Le sirve esa información?'],
      [110, 'p', 'si gracias'],
      [118, 'l', 'Con gusto. ¡Que le vaya bien!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'near miss: "¿Algo más que recuerde del libro…?" asks about the need; "¿Es ese el libro?" asks whether the answer fits',
    lines: [
      [0, 'p', 'busco un libro q lei de niña, era de una niña y un gato en mexico'],
      [20, 'l', '¡Hola! Soy Irene, bibliotecaria de la Biblioteca de Takoma Park. ¿Recuerda más o menos en qué año lo leyó?'],
      [55, 'p', 'como en 1995'],
      [65, 'l', '¿Algo más que recuerde del libro, como el color de la portada?'],
      [100, 'p', 'era amarilla y el gato se llamaba Chapulín'],
      [110, 'l', 'Déjeme buscar.'],
      [200, 'l', 'Encontré una posibilidad en WorldCat: "Lupita y su gato" (1993), worldcat.org/search?q=lupita+gato. ¿Es ese el libro?'],
      [240, 'p', 'SIII es ese!! mil gracias'],
      [248, 'l', '¡Qué alegría! Que tenga linda tarde.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- completeness --------------------------------------------------------------------------------------------------------
  {
    name: 'near miss: "¿Quiere que le busque también libros?" offers what is not yet given; the patron: "eso es todo"',
    lines: [
      [0, 'p', 'Necesito fuentes sobre el cambio climático en Centroamérica para un ensayo universitario'],
      [40, 'l', 'Buenas noches, soy Laura, bibliotecaria de referencia de la Universidad de Maryland. ¿Cuántas páginas es el ensayo y necesita artículos revisados por pares?'],
      [80, 'p', '10 paginas, si revisados por pares'],
      [90, 'l', 'Déjeme revisar las bases de datos.'],
      [180, 'l', 'En la base de datos Academic Search Complete (lib.umd.edu/databases) hay 40 artículos revisados por pares con "cambio climático" AND "Centroamérica". ¿Quiere que le busque también libros?'],
      [230, 'p', 'no, con eso estoy bien. eso es todo, gracias'],
      [240, 'l', 'Muy bien. Mucho éxito con el ensayo, ¡hasta luego!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  // ---- closing -------------------------------------------------------------------------------------------------------------
  {
    name: 'near miss: "Gracias a una beca estatal…" thanks nobody; the provider ends on a reminder',
    lines: [
      [0, 'p', 'hola, prestan internet para la casa?'],
      [15, 'l', 'Hola, soy Diego de la Biblioteca de Frederick. ¿Busca un hotspot para llevar a casa?'],
      [40, 'p', 'si eso'],
      [55, 'l', 'Gracias a una beca estatal, ahora prestamos hotspots por 3 semanas. Se reservan en el catálogo: fcpl.org/hotspots. ¿Le sirve esa información?'],
      [90, 'p', 'si. eso es todo lo que necesitaba'],
      [100, 'l', 'Perfecto. Recuerde devolverlo en la misma sucursal.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'the provider ends on "Ok." after "no gracias bye"; no question, no "does this answer"',
    lines: [
      [0, 'p', 'a q hora cierran hoy'],
      [10, 'l', 'Hola, soy Ana de la Biblioteca de Glenmont. Hoy cerramos a las 8 pm; el horario está en mcpl.org/horario. ¿Algo más?'],
      [30, 'p', 'no gracias bye'],
      [35, 'l', 'Ok.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', courteous: 'fail' }),
  },
  {
    name: 'dismissal: "ya hizo demasiadas preguntas por hoy. Tengo que cerrar el chat."',
    lines: [
      [0, 'p', 'hola tengo varias preguntas sobre la ciudadania'],
      [20, 'l', 'Hola, soy Mario de la biblioteca. ¿Ya tiene la residencia permanente desde hace 5 años?'],
      [40, 'p', 'si. cuanto cuesta la solicitud'],
      [55, 'l', 'La tarifa del formulario N-400 está en uscis.gov/es/n-400. ¿Eso responde a su pregunta?'],
      [80, 'p', 'si, y cuanto tarda? y donde hago el examen? y necesito abogado?'],
      [95, 'l', 'Lo siento, ya hizo demasiadas preguntas por hoy. Tengo que cerrar el chat.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'dismissal: "Solo puedo contestar una pregunta por sesión. Gracias." (a limit of questions; the thanks is courteous)',
    lines: [
      [0, 'p', 'hola, como renuevo un libro? y tmb quiero saber como reservo una sala'],
      [20, 'l', 'Hola, soy Julio de la Biblioteca de Bowie. Para renovar, entre en pgcmls.info/micuenta y elija "Renovar". ¿Le sirve?'],
      [50, 'p', 'si, y lo de la sala?'],
      [60, 'l', 'Solo puedo contestar una pregunta por sesión. Gracias.'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'allowed: "Hay otros estudiantes esperando en la fila… si necesitas más, vuelve a conectarte más tarde. ¡Gracias por escribir!"',
    lines: [
      [0, 'p', 'hola tengo muchas preguntas sobre mi tarea de ciencias'],
      [15, 'l', '¡Hola! Soy Rocío, bibliotecaria de la Biblioteca de Columbia. ¿De qué grado es la tarea?'],
      [40, 'p', '6to, sobre volcanes'],
      [50, 'l', 'Mira la enciclopedia Britannica Escolar en hclibrary.org/britannica: busca "volcán". ¿Te sirve para empezar?'],
      [80, 'p', 'si, y tmb sobre terremotos y tsunamis y huracanes y...'],
      [90, 'l', 'Hay otros estudiantes esperando en la fila, así que tengo que atenderlos. Busca lo demás en la misma enciclopedia y, si necesitas más, vuelve a conectarte más tarde. ¡Gracias por escribir!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'near miss: "cuando se le acaba el tiempo, la computadora se cierra sola" is about the computer, no dismissal; no resolution code',
    lines: [
      [0, 'p', 'xq la compu me saco? estaba haciendo mi curriculum'],
      [20, 'l', 'Hola, soy Fer de la Biblioteca de Silver Spring. ¿Estaba en una computadora de la biblioteca?'],
      [40, 'p', 'si la 12'],
      [50, 'l', 'Las sesiones son de 2 horas al día; cuando se le acaba el tiempo, la computadora se cierra sola. Puede volver a entrar mañana. Las reglas están en mcpl.org/computadoras. ¿Eso explica lo que pasó?'],
      [80, 'p', 'ah ok si. y se borro mi curriculum??'],
      [90, 'l', 'Si no lo guardó en una memoria USB o en su correo, sí se borra al cerrar la sesión, lo siento. ¿Algo más?'],
      [120, 'p', 'no'],
      [125, 'l', 'Gracias por escribir. Suerte con el currículum.'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  // ---- idle patrons --------------------------------------------------------------------------------------------------------
  {
    name: '"¿Todavía está conectado?" then "Parece que se desconectó. Si no recibo respuesta en 2 minutos, cerraré el chat." then a goodbye',
    lines: [
      [0, 'p', 'hola a q hora abre la biblioteca de Laurel el domingo'],
      [20, 'l', "Hola, soy Beto, bibliotecario de Prince George's County Memorial Library. ¿Se refiere a este domingo, que es feriado?"],
      [50, 'p', 'si este'],
      [60, 'l', 'Este domingo está cerrada por el feriado; el horario de todas las sucursales está en pgcmls.info/horario. ¿Le sirve?'],
      [200, 'l', '¿Todavía está conectado?'],
      [260, 'l', 'Parece que se desconectó. Si no recibo respuesta en 2 minutos, cerraré el chat.'],
      [385, 'l', 'Cierro el chat ahora. Gracias por usar el servicio; vuelva cuando quiera.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a notice that does not ask ("Parece que ya no está en línea, así que voy a cerrar la sesión") after 255 s: notice yes, check-in no',
    lines: [
      [0, 'p', 'tienen clases de ingles gratis?'],
      [15, 'l', '¡Hola! Le atiende Claudia, de la Biblioteca de Hyattsville. ¿Para adultos?'],
      [35, 'p', 'si para mi'],
      [45, 'l', 'Sí: los martes y jueves a las 6 pm, gratis. Inscripción en pgcmls.info/esl. ¿Le sirve esa información?'],
      [300, 'l', 'Parece que ya no está en línea, así que voy a cerrar la sesión. ¡Gracias por escribirnos!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: 'near miss: "¿Sigue teniendo problemas con el PIN?" asks about the problem, not whether the patron is there (final idle 150 s)',
    lines: [
      [0, 'p', 'no puedo entrar a mi cuenta de la biblioteca'],
      [20, 'l', 'Hola, soy Ramón, de la Biblioteca del Condado de Harford. ¿Le sale algún mensaje de error?'],
      [50, 'p', 'dice pin invalido'],
      [60, 'l', 'Puede cambiar el PIN en hcplonline.org/pin con su número de tarjeta. Luego intente de nuevo. ¿Eso resuelve el problema?'],
      [150, 'l', '¿Sigue teniendo problemas con el PIN?'],
      [210, 'l', 'Bueno, que tenga buena tarde.'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail' }),
  },
  {
    name: 'tú: "¿Sigues por ahí?" inside a 145 s final idle, then "¡que te diviertas! Vuelve cuando quieras."',
    lines: [
      [0, 'p', 'hey tienen ps5 para usar en la biblio?'],
      [20, 'l', 'Hola! Soy Chris de la Biblioteca de Germantown. ¿Buscas jugar allí o llevarte juegos a casa?'],
      [45, 'p', 'jugar ahí'],
      [55, 'l', 'Sí, en el espacio para adolescentes hay una PS5; se reserva en mcpl.libcal.com/teens por 1 hora. ¿Eso te sirve?'],
      [160, 'l', '¿Sigues por ahí?'],
      [200, 'l', 'Bueno, ¡que te diviertas! Vuelve cuando quieras.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    name: '"¿Sigue ahí?" then only "Parece que se desconectó." (no word that the session will end, no goodbye)',
    lines: [
      [0, 'p', 'cuanto es la multa por un libro atrasado'],
      [15, 'l', 'Hola, soy Ana, de la Biblioteca de Howard County. ¿Es un libro de adultos o de niños?'],
      [40, 'p', 'de adultos'],
      [50, 'l', 'Ya no cobramos multas por atraso desde 2020: hclibrary.org/multas. Solo se cobra si el libro se pierde. ¿Le sirve esa información?'],
      [170, 'l', '¿Sigue ahí?'],
      [260, 'l', 'Parece que se desconectó.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Lost Call, late pickup: the patron sent only the question; greeting, "¿Sigue ahí?" and "Parece que se ha desconectado. Voy a cerrar el chat; vuelva…"',
    lines: [
      [0, 'p', 'hola, cuanto cuesta imprimir?'],
      [90, 'l', '¡Hola! Soy Ana, de la Biblioteca del Condado de Carroll.'],
      [200, 'l', '¿Sigue ahí?'],
      [300, 'l', 'Parece que se ha desconectado. Voy a cerrar el chat; vuelva a escribirnos cuando quiera.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: noExchange({ pickup: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call coded though the patron sent two messages; the provider only greeted and checked in ("¿Sigue en línea?")',
    lines: [
      [0, 'p', 'hola'],
      [10, 'p', 'tienen wifi gratis?'],
      [40, 'l', 'Hola, soy Ana de la Biblioteca de Odenton.'],
      [170, 'l', '¿Sigue en línea?'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: noExchange({ courteous: 'fail', idle: 'pass', code: 'fail' }),
  },
  // ---- sources and referrals -----------------------------------------------------------------------------------------------
  {
    name: 'referral with contact: "Llame a la oficina del secretario al 410-887-2601…" and the court page',
    lines: [
      [0, 'p', 'donde saco una licencia de matrimonio en el condado de Baltimore'],
      [15, 'l', 'Hola, le saluda Jorge, bibliotecario de BCPL. ¿Ustedes viven en el condado de Baltimore o en la ciudad?'],
      [40, 'p', 'en el condado, en Dundalk'],
      [55, 'l', 'Las licencias las da la oficina del secretario del tribunal (Clerk of the Circuit Court) en Towson. Llame a la oficina del secretario al 410-887-2601 para pedir cita; los requisitos están en mdcourts.gov/clerks/baltimorecounty. ¿Le sirve esa información?'],
      [90, 'p', 'si, es todo. gracias!'],
      [96, 'l', '¡De nada! Felicidades y que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: '"Tiene que ir a la Oficina del Seguro Social más cercana" names an office with no way to reach it: no source, referral fails',
    lines: [
      [0, 'p', 'perdi mi tarjeta del seguro social como saco otra'],
      [20, 'l', 'Hola, le atiende Ana de la biblioteca del condado. ¿Es usted ciudadano o residente?'],
      [45, 'p', 'residente'],
      [55, 'l', 'Tiene que ir a la Oficina del Seguro Social más cercana con su tarjeta de residente. ¿Eso responde a su pregunta?'],
      [80, 'p', 'ok si'],
      [85, 'l', '¿Algo más?'],
      [100, 'p', 'no'],
      [105, 'l', 'Que le vaya bien.'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  // ---- follow-ups ----------------------------------------------------------------------------------------------------------
  {
    name: 'promise with e-mail repeated back and "Le enviaré un correo mañana antes de las 5 de la tarde"; "¿Le parece si le envío…?" is about what is not yet given',
    lines: [
      [0, 'p', 'Buenas tardes. Busco el acta de defunción de mi abuelo de 1962 en el condado de Allegany'],
      [30, 'l', 'Buenas tardes, habla Teresa, bibliotecaria de la Biblioteca de Allegany. ¿Sabe la fecha exacta o solo el año?'],
      [60, 'p', 'solo el año, marzo 1962 creo'],
      [70, 'l', 'Permítame revisar el índice de obituarios.'],
      [160, 'l', 'No aparece en el índice en línea (alleganycountylibrary.info/obituarios); tengo que revisar el microfilm del periódico, que no está digitalizado. ¿Le parece si le envío lo que encuentre por correo electrónico?'],
      [190, 'p', 'si por favor. mi correo es luisa.m.ortega@example.com'],
      [200, 'l', 'Perfecto: luisa.m.ortega@example.com. Le enviaré un correo mañana antes de las 5 de la tarde. ¿Hay algo más en que le pueda ayudar?'],
      [230, 'p', 'no, muchas gracias'],
      [238, 'l', 'Gracias a usted. ¡Hasta mañana!'],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'promise "Le escribiré en cuanto sepa algo" (no when) in a session coded Answered',
    lines: [
      [0, 'p', 'hola, quiero saber si la biblioteca tiene "Cien años de soledad" en audiolibro en español'],
      [20, 'l', '¡Hola! Soy Sofía, de la Biblioteca Pública de Montgomery. ¿Lo quiere en CD o para escuchar en el celular?'],
      [50, 'p', 'en el cel'],
      [60, 'l', 'Déjeme ver.'],
      [130, 'l', 'En el catálogo (catalog.mcpl.org) solo aparece la versión en inglés. Voy a preguntarle a la encargada de compras si lo pueden comprar. ¿Cuál es su correo?'],
      [160, 'p', 'jose.r@example.com'],
      [170, 'l', 'Gracias, José. Le escribiré en cuanto sepa algo.'],
      [185, 'p', 'ok gracias'],
      [190, 'l', '¡A usted! Que tenga buen día.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'bilingual, follow-up by the patron\'s library: "le escribirán el lunes. ¿Su correo es el que puso en el formulario, …?"',
    lines: [
      [0, 'p', 'Good afternoon, I am student of the community college, I need article from 1987 newspaper that is not in internet'],
      [30, 'l', 'Good afternoon! This is Rafael, librarian with AskUsNow. Which newspaper and do you know the date?'],
      [70, 'p', 'El Diario La Prensa, may 12 1987. sorry my english'],
      [80, 'l', 'No problem, podemos hablar en español si prefiere. Déjeme revisar.'],
      [170, 'l', 'El índice de 1987 se puede consultar en la base de datos Hispanic American Newsstream (página de la biblioteca > Databases), pero el texto completo solo está en microfilm en la biblioteca de su college. Le pediré a esa biblioteca que le mande el artículo: le escribirán el lunes. ¿Su correo es el que puso en el formulario, mtorres@student.example.edu?'],
      [200, 'p', 'si, ese es'],
      [210, 'l', 'Perfecto. ¿Algo más?'],
      [230, 'p', 'no, thank you very much'],
      [240, 'l', 'De nada. Gracias por usar AskUsNow, ¡buen fin de semana!'],
    ],
    over: { ...FU_LIB, patron: { name: 'M. Torres', email: 'mtorres@student.example.edu', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'phone follow-up: "Anotado: 301-555-0187. Le llamaremos mañana antes del mediodía", done 20 h later',
    lines: [
      [0, 'p', 'hola necesito ayuda para encontrar un formulario de la corte para custodia, no tengo computadora'],
      [25, 'l', 'Hola, soy Ernesto, bibliotecario del condado de Frederick. ¿El caso es en Maryland?'],
      [50, 'p', 'si en frederick'],
      [60, 'l', 'Deme un momento.'],
      [150, 'l', 'El formulario CC-DR-020 está en mdcourts.gov/forms, también en español. Como no tiene computadora, se lo podemos imprimir. ¿A qué número le llamamos cuando esté listo para recoger?'],
      [190, 'p', 'al 301-555-0187'],
      [200, 'l', 'Anotado: 301-555-0187. Le llamaremos mañana antes del mediodía para avisarle. ¿Necesita algo más?'],
      [225, 'p', 'no, gracias'],
      [230, 'l', '¡Gracias a usted! Hasta mañana.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(230 + 20 * 3600) }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'genealogy, "Le escribo a … antes del viernes. ¿Le sirvió lo de FamilySearch?"; the follow-up recorded 100 h later',
    lines: [
      [0, 'p', 'buenas, me pueden ayudar a buscar genealogía de mi familia en Puerto Rico?'],
      [30, 'l', '¡Buenas! Soy Nilda, bibliotecaria de genealogía de la Biblioteca Enoch Pratt. ¿Qué apellidos y de qué pueblo?'],
      [70, 'p', 'Rivera Colón, de Cayey, como 1900'],
      [80, 'l', 'Déjeme revisar lo que tenemos.'],
      [170, 'l', 'FamilySearch tiene los registros civiles de Cayey desde 1885, gratis: familysearch.org/es (Buscar > Registros). Yo puedo revisar el censo de 1910 con más calma y mandarle lo que encuentre. ¿A qué correo se lo envío?'],
      [200, 'p', 'riveracolon55@example.com'],
      [210, 'l', 'Le escribo a riveracolon55@example.com antes del viernes. ¿Le sirvió lo de FamilySearch?'],
      [240, 'p', 'si, muy bueno. eso es todo x ahora'],
      [246, 'l', '¡Gracias por escribirnos! Hasta pronto.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(246 + 100 * 3600) }] },
    ctx: { now: T0 + 10 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  // ---- transfers -----------------------------------------------------------------------------------------------------------
  {
    name: 'transfer to a Spanish-speaking colleague: note says why, "Le voy a pasar con mi compañera Luz, que habla español."',
    lines: [
      [0, 'p', 'Hi I need help with my FAFSA, is in spanish ok? necesito ayuda con la FAFSA'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Un momento, por favor."],
      [35, 'i', 'Luz, patron prefers Spanish, FAFSA question; can you take it?', { to: 'luz' }],
      [45, 'l', 'Le voy a pasar con mi compañera Luz, que habla español. Un momento.'],
      [50, 's', 'Chat transferred to Luz Romero', sys('transfer', 'luz')],
      [65, 'l', 'Hola, soy Luz. ¿Es su primera solicitud de FAFSA o una renovación?', LUZ],
      [90, 'p', 'primera vez'],
      [105, 'l', 'La guía oficial en español, paso a paso, está en studentaid.gov/es. Necesitará su declaración de impuestos de 2024. ¿Le sirve esa información?', LUZ],
      [140, 'p', 'si mucho, es todo lo q necesitaba'],
      [150, 'l', '¡Qué bueno! Mucha suerte y gracias por escribirnos.', LUZ],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with the note in Spanish ("Marta, usuaria que prefiere español, busca preparación GED; ¿la puedes tomar?") and a referral with phone',
    lines: [
      [0, 'p', 'hola quiero estudiar para el GED en español'],
      [20, 'l', 'Hola, soy Kevin de la Biblioteca de Annapolis. I speak a little Spanish; let me get a colleague who speaks it better. Un momento.'],
      [30, 'i', 'Marta, usuaria que prefiere español, busca preparación GED; ¿la puedes tomar?', { to: 'marta' }],
      [35, 'i', 'Claro, pásamela', MARTA],
      [40, 'l', 'Voy a transferir su chat a mi colega Marta, que habla español.'],
      [45, 's', 'Chat transferred to Marta Gil', sys('transfer', 'marta')],
      [60, 'l', 'Hola, soy Marta. ¿Quiere tomar el examen en Maryland?', MARTA],
      [90, 'p', 'si'],
      [100, 'l', 'Sí se puede tomar en español en Maryland. Los libros "GED en español" de Kaplan están en el catálogo: aacpl.net/catalogo. Para las clases gratis, llame al Anne Arundel Community College al 410-777-2222. ¿Le sirve esa información?', MARTA],
      [140, 'p', 'si mucho'],
      [150, 'l', '¿Algo más en lo que le pueda ayudar?', MARTA],
      [170, 'p', 'no gracias'],
      [175, 'l', 'Gracias por escribirnos, ¡mucho éxito!', MARTA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: 'transfer without a note: "Le transfiero con el equipo de recursos electrónicos" told to the patron only',
    lines: [
      [0, 'p', 'hola, necesito ayuda con una base de datos de la universidad, no me deja entrar desde casa'],
      [30, 'l', 'Hola, soy Pedro de la Biblioteca Universitaria. ¿Qué base de datos es?'],
      [55, 'p', 'jstor'],
      [65, 'l', 'Le transfiero con el equipo de recursos electrónicos, ellos resuelven el acceso remoto.'],
      [70, 's', 'Chat transferred to E-Resources', sys('transfer', 'eres')],
      [90, 'l', 'Hello! This is Dana from E-Resources. Please sign in through the proxy link: library.univ.edu/jstor, with your campus ID. Did that work?', DANA],
      [150, 'p', 'yes it works now thank u'],
      [160, 'l', 'Great! Anything else?', DANA],
      [175, 'p', 'no'],
      [180, 'l', 'Have a good evening!', DANA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  // ---- session handling ----------------------------------------------------------------------------------------------------
  {
    name: 'the provider had three other chats open the whole time (SMS-style teen, "¿Te sirven?", "¡Feliz lectura! Bye 👋")',
    lines: [
      [0, 'p', 'Hola q libros m recomiendan de terror para 13 años'],
      [30, 'l', 'Hola! Soy Jo, bibliotecaria de Sample County. ¿Te gustan más los de fantasmas o los de monstruos?'],
      [60, 'p', 'fantasmas'],
      [75, 'l', 'Prueba "Coraline" de Neil Gaiman y "Escalofríos" de R.L. Stine; los dos están en el catálogo en español: samplecountylib.org/catalogo. ¿Te sirven?'],
      [100, 'p', 'sii grax'],
      [105, 'l', '¿Algo más?'],
      [120, 'p', 'nop'],
      [125, 'l', '¡Feliz lectura! Bye 👋'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 500), other('b', 'jo', -50, 400), other('c', 'jo', 10, 300)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'practice session in Spanish: nothing scored',
    lines: [
      [0, 'p', 'prueba de chat en español, ignorar'],
      [10, 'l', 'Hola, soy Ana, esto es una prueba.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: all({
      pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'no provider joined: "hola hay alguien?" and a system line, coded Lost Call after two patron messages',
    lines: [
      [0, 'p', 'hola hay alguien?'],
      [60, 'p', 'necesito ayuda con mi tarjeta'],
      [200, 's', 'El usuario abandonó el chat.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  // ---- more voices: code-switching providers, Spain, SMS, follow-ups with the contact only in the form --------------------
  {
    name: 'code-switching provider: "Hi! Soy Daniela, ESL librarian…", "give me one moment, lo busco"; "Hello? ¿Sigue ahí?" and the patron comes back: "si me sirve. gracias, es todo"',
    lines: [
      [0, 'p', 'hi, necesito un libro para mi clase de ESL, level 2'],
      [35, 'l', 'Hi! Soy Daniela, ESL librarian at Gaithersburg Library. ¿Qué libro le pidió el maestro, o busca práctica en general?'],
      [70, 'p', 'practica en general, grammar'],
      [80, 'l', 'Ok, give me one moment, lo busco en el catálogo.'],
      [150, 'l', 'Tenemos "English Grammar in Use" de Murphy, disponible en Gaithersburg (428.24 MUR). Puede reservarlo en catalog.mcpl.org. ¿Le sirve ese libro?'],
      [290, 'l', 'Hello? ¿Sigue ahí?'],
      [320, 'p', 'si perdon, si me sirve. gracias, es todo'],
      [328, 'l', '¡Perfecto! Que pase buen día.'],
    ],
    exp: usual(),
  },
  {
    name: 'ESL patron, formal provider: referral to the consulate with its phone and site; the patron: "thank you, not more questions"',
    lines: [
      [0, 'p', 'Good morning. I need to renew my passport of Guatemala. The library can do this?'],
      [20, 'l', 'Good morning, and thank you for contacting Ask a Librarian. My name is Robert. Are you in Maryland now?'],
      [50, 'p', 'yes, in Silver Spring'],
      [60, 'l', 'The library cannot renew passports, but the consulate can. Please contact the Consulate of Guatemala in Silver Spring at 240-485-5050; the requirements are on their website, consuladoguatemala.org (search "pasaporte"). Is this information helpful?'],
      [100, 'p', 'yes very helpful. thank you, not more questions'],
      [108, 'l', 'You are welcome. Have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spain, transfer with a note but no word to the patron; the receiving librarian refers to the reading room by e-mail; "Nada más."',
    lines: [
      [0, 'p', 'Buenas tardes, quería consultar el fondo antiguo de la biblioteca, ¿tenéis manuscritos del siglo XVIII?'],
      [30, 'l', 'Buenas tardes, le atiende Javier, del servicio de información de la Biblioteca Regional.'],
      [35, 'i', 'Elena, usuario pregunta por manuscritos del XVIII del fondo antiguo; es tu sección, ¿te lo paso?', { to: 'elena' }],
      [40, 's', 'Chat transferred to Elena Ruiz', sys('transfer', 'elena')],
      [60, 'l', 'Hola, soy Elena, del Fondo Antiguo. ¿Busca algún manuscrito en concreto o un tema?', ELENA],
      [100, 'p', 'Sobre la historia de mi pueblo, Almagro'],
      [110, 'l', 'Déjeme mirar el catálogo del fondo antiguo.', ELENA],
      [190, 'l', 'Tenemos dos legajos sobre Almagro (signaturas MS-112 y MS-118). Puede verlos en el catálogo: bibliotecaregional.es/fondoantiguo, y pedir cita en la sala de investigadores escribiendo a fondoantiguo@bibliotecaregional.es. ¿Le es útil esta información?', ELENA],
      [230, 'p', 'Muchísimo, gracias. Nada más.'],
      [240, 'l', 'Gracias a usted por su consulta. Un saludo.', ELENA],
    ],
    exp: usual({ referral: 'pass', transfer: 'fail' }),
  },
  {
    name: '"¿Hola? ¿Está ahí?" then "Como no recibo respuesta, voy a cerrar el chat. Si necesita algo más, vuelva a escribirnos." (an invitation, no question)',
    lines: [
      [0, 'p', 'me pueden decir si hay clases de computación para adultos mayores'],
      [25, 'l', '¡Buenas tardes! Soy Lorena, de la Biblioteca de Greenbelt. ¿Es para usted o para un familiar?'],
      [60, 'p', 'para mi mamá, tiene 70 años'],
      [75, 'l', 'Hay un taller de "Computación básica en español" los miércoles a las 10 am; se inscribe en pgcmls.info/eventos. ¿Le sirve esa información?'],
      [215, 'l', '¿Hola? ¿Está ahí?'],
      [300, 'l', 'Como no recibo respuesta, voy a cerrar el chat. Si necesita algo más, vuelva a escribirnos. ¡Saludos a su mamá!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'promise "Le mandaré la lista por correo mañana" with the e-mail only in the patron fields, never in the chat',
    lines: [
      [0, 'p', 'Hola, soy maestra de 3er grado. Necesito una lista de libros bilingües sobre el medio ambiente para mi clase'],
      [30, 'l', '¡Hola! Le atiende Mónica, bibliotecaria escolar del distrito. ¿Cuántos títulos necesita y para cuándo?'],
      [65, 'p', 'unos 10, para el mes que viene'],
      [75, 'l', 'Perfecto. Puedo prepararle una lista con los que tenemos en el distrito. Mientras tanto, la colección bilingüe está en el catálogo: destiny.district.org (filtre por "Bilingüe"). Le mandaré la lista por correo mañana.'],
      [110, 'p', 'muchas gracias!!'],
      [118, 'l', '¿Hay algo más en que la pueda ayudar?'],
      [140, 'p', 'no, es todo'],
      [146, 'l', '¡Que tenga un lindo día, maestra!'],
    ],
    over: { ...FU_ME, patron: { name: 'R. Díaz', email: 'rdiaz@district.example.org', phone: null } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'dismissal for the provider\'s convenience: "Ya se terminó mi turno, tengo que irme. Adiós." with no way back',
    lines: [
      [0, 'p', 'necesito ayuda para hacer mi curriculum en ingles'],
      [20, 'l', 'Hola, soy Raúl de la Biblioteca de Hyattsville. ¿Tiene ya un curriculum en español?'],
      [50, 'p', 'si, pero no se traducirlo bien'],
      [60, 'l', 'La base de datos JobNow tiene ayuda con currículums en inglés: pgcmls.info/jobnow. ¿Le sirve?'],
      [90, 'p', 'si, pero me puede ayudar a traducir algunas frases?'],
      [100, 'l', 'Ya se terminó mi turno, tengo que irme. Adiós.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'SMS, tú: "dame un sec q lo busco", "sigo en eso, ya casi" are holds, so the final idle starts at the answer (145 s): check-in yes, notice not needed',
    lines: [
      [0, 'p', 'oye tienen el libro de bad bunny? el de fotos'],
      [20, 'l', 'Hola! Soy Gabi de la biblio de Langley Park 📚 ¿el libro de fotos de la gira o otro?'],
      [40, 'p', 'ese de la gira'],
      [50, 'l', 'dame un sec q lo busco'],
      [150, 'l', 'sigo en eso, ya casi'],
      [260, 'l', 'Lo encontré en el catálogo: pgcmls.info/catalogo, busca "Bad Bunny" y sale el de fotos; tiene 2 reservas. ¿es ese el q querías?'],
      [400, 'l', '¿sigues ahí?'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'the patron leaves after the clarifying question (a substantive exchange): no source; "¿Sigue conectado/a?" and a notice with a way back; Lost Call',
    lines: [
      [0, 'p', 'busco informacion de becas para estudiantes indocumentados'],
      [30, 'l', 'Hola, soy Alicia, bibliotecaria de Montgomery College. ¿Es para la universidad o para la secundaria?'],
      [160, 'l', '¿Sigue conectado/a?'],
      [250, 'l', 'Parece que se desconectó. Voy a cerrar este chat, pero puede volver a escribirnos cuando quiera.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    name: '"¡Bienvenido a Pregúntele al Bibliotecario!" welcomes and names the service',
    lines: [
      [0, 'p', 'hola tengo una pregunta'],
      [12, 'l', '¡Bienvenido a Pregúntele al Bibliotecario! ¿Cuál es su pregunta?'],
    ],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: '"Buenas. Le escribe la bibliotecaria de turno." greets and says who is answering',
    lines: [
      [0, 'p', 'necesito ayuda con mi tarea'],
      [12, 'l', 'Buenas. Le escribe la bibliotecaria de turno.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'a clarifying question in the same message as the first source does not come before it',
    lines: [
      [0, 'p', 'tienen libros de cocina vegana'],
      [15, 'l', 'Hola, soy Ana de la biblioteca. Busque "cocina vegana" en el catálogo: catalogo.biblio.org. ¿Los prefiere en español o en inglés?'],
      [40, 'p', 'en español'],
      [50, 'l', 'Entonces filtre por idioma: español. ¿Le sirve?'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Según el condado, la recolección es los martes." names an organisation with no way to reach it: no source',
    lines: [
      [0, 'p', 'que dia pasa la basura en wheaton'],
      [15, 'l', 'Hola, soy Ana de la biblioteca. ¿Vive en el condado de Montgomery?'],
      [30, 'p', 'si'],
      [40, 'l', 'Según el condado, la recolección es los martes en Wheaton.'],
    ],
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: '"Según la página del condado (montgomerycountymd.gov, sección Reciclaje)…" gives the page',
    lines: [
      [0, 'p', 'que dia pasa el reciclaje en wheaton'],
      [15, 'l', 'Hola, soy Ana de la biblioteca. ¿Vive en el condado de Montgomery?'],
      [30, 'p', 'si'],
      [40, 'l', 'Según la página del condado (montgomerycountymd.gov, sección Reciclaje), el reciclaje se recoge los martes en Wheaton. ¿Responde esto a su pregunta?'],
    ],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'the patron, on her own: "ya no tengo más preguntas"',
    lines: [
      [0, 'p', 'a q hora abren'],
      [10, 'l', 'Hola, soy Ana de la biblioteca. Abrimos a las 10: biblio.org/horario.'],
      [30, 'p', 'ok ya no tengo más preguntas, gracias'],
      [35, 'l', '¡Hasta luego!'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Se le acabó el tiempo. Adiós." dismisses',
    lines: [
      [0, 'p', 'y otra cosa sobre mis multas'],
      [10, 'l', 'Hola, soy Ana de la biblioteca. Se le acabó el tiempo. Adiós.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"La biblioteca está por cerrar, pero puede volver a escribirnos mañana desde las 9" offers a way back',
    lines: [
      [0, 'p', 'necesito ayuda con un formulario largo'],
      [10, 'l', 'Hola, soy Ana de la biblioteca. La biblioteca está por cerrar, pero puede volver a escribirnos mañana desde las 9. ¡Gracias!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'check-in "¿Hola? ¿Me lee?" inside a 140 s final idle',
    lines: [
      [0, 'p', 'tienen el libro harry potter en español'],
      [15, 'l', 'Hola, soy Ana de la biblioteca. Sí, está en el catálogo: catalogo.biblio.org. ¿Le sirve?'],
      [150, 'l', '¿Hola? ¿Me lee?'],
    ],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Cuídese mucho" and "Saludos" end courteously',
    lines: [
      [0, 'p', 'gracias por la info'],
      [10, 'l', 'Hola, soy Ana de la biblioteca. Con gusto.'],
      [20, 'l', 'Cuídese mucho. Saludos.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'promise "Le escribiré el lunes" with the e-mail given in the chat',
    lines: [
      [0, 'p', 'pueden buscarme un articulo de 1950? mi correo es ana.p@example.com'],
      [15, 'l', 'Hola, soy Ana de la biblioteca. Lo busco en el microfilm y le escribiré el lunes a ana.p@example.com.'],
      [30, 'p', 'gracias'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: '"¿Está usted todavía en el chat?" then "Voy a cerrar la sesión porque parece que se fue. ¡Que esté bien!"',
    lines: [
      [0, 'p', 'hay estacionamiento gratis en la biblioteca central'],
      [15, 'l', 'Hola, soy Ana de la biblioteca. Sí, las primeras 2 horas son gratis: biblio.org/estacionamiento. ¿Le sirve?'],
      [150, 'l', '¿Está usted todavía en el chat?'],
      [240, 'l', 'Voy a cerrar la sesión porque parece que se fue. ¡Que esté bien!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
];

describeSessions('eighth round (G): Spanish, bilingual and non-native, whole sessions', whole);
describeSessions('eighth round (G): Spanish, bilingual and non-native, short', short);

/** Labelled, not run: left for a later round (see the report). */
export const LEFT: SessionCase[] = [
  // (the Departamento de Vivienda referral moved to ninth-round-referrals.test.ts, where it runs under v9's contactOwnerN)
];

describeLeft('eighth-round-spanish', LEFT);
