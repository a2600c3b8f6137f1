/**
 * Eleventh round, area (K9): SPANISH AND BILINGUAL SESSIONS END TO END. Whole sessions in Spanish (usted and tú,
 * Latin American usage from Puerto Rico, Mexico, the US Southwest, Colombia and the Caribbean, and Spain's), with and
 * without accents, chat-speak ("q", "xq", "tmb", "grax", "xfa", "x aqui"); sessions where the patron switches
 * language mid-chat; English-speaking providers in simple or machine-translated Spanish ("Por favor espere mientras
 * yo busco para usted", "¿Hay cualquier otra cosa que yo puedo ayudarle con?"); Spanish macros (greeting, inactivity
 * and closing macros). Every behaviour in Spanish: greetings and self-identification ("Saludos, le habla Ivelisse…",
 * "Gracias por comunicarse con…", "Qué tal, soy Nacho…"), clarifying questions and restatements ("A ver si le
 * entendí:", "Entonces lo que necesita es…"), holds ("Permítame un momento en lo que verifico", "Deme tantito, lo
 * checo", "dame un segundín que lo miro", "espérame tantito xfa"), sources (URLs, the catalogue, named databases)
 * and the app named without a way to reach it, completeness questions ("¿Contesta esto su pregunta?", "¿Te aclara la
 * duda?", "¿Con esto resolvemos su duda?") and near misses ("Espero que le sirva", "¿Ya tiene su tarjeta?"), "¿algo
 * más?" in many forms ("¿Le puedo servir en algo más?", "¿Le puedo colaborar en algo más?") and the conditional "Si
 * tiene otra pregunta, aquí estamos", the patron saying on their own that they are done ("eso era todo lo q ocupaba",
 * "no tengo más dudas", "con eso tengo") or only "vale, gracias", courteous closings ("A la orden. Que pase un buen
 * resto del día", "Ándele pues, que le vaya bien") and a provider ending on "Voy a finalizar el chat ahora", idle
 * check-ins ("¿Todavía me acompaña?", "sigues x aqui?") and near misses ("¿Todavía le interesa el taller…?", "¿Ya pudo
 * entrar?"), disconnect notices ("Al parecer se cortó la comunicación…", an inactivity macro) and near misses
 * ("Parece que perdimos la conexión" with thanks but no end; "Voy a cerrar el chat en unos minutos" with no word that
 * the patron seems gone), follow-up promises with and without when ("a más tardar el jueves", "en un plazo de 48
 * horas", "esta tarde") and with the patron's e-mail or phone given and repeated, referrals with contacts (an archive,
 * legal aid, a consulate, the library's own lab) and without (a city department, a tenants' group, the circulation
 * desk), a transfer whose note does not say why, dismissals ("ya le he dedicado bastante tiempo…", "ya se le
 * terminaron sus 15 minutos", "son demasiadas preguntas") and the allowed "tengo varias personas esperando… vuelva a
 * escribirnos más tarde".
 * Voices: public libraries in the US (Miami-Dade, Houston, San Antonio, El Paso, Los Angeles, Phoenix, Tucson, Denver,
 * Chicago, New York, Boston), Puerto Rico's, Spain's (a university library, "Pregunte: las bibliotecas responden"),
 * academic and school libraries, SMS and chat-speak.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - "Saludos", "Qué tal" and "Gracias por comunicarse con…" greet; a name or the library/service in the text
 *   identifies; the provider's screen name does not;
 * - a machine-translated question keeps its meaning: "¿Hay cualquier otra cosa que yo puedo ayudarle con?" asks
 *   whether the patron needs anything else; "¿Funciona?" after a fix asks whether what was given meets the need;
 * - "con eso tengo", "eso era todo lo q ocupaba", "no tengo más dudas" say explicitly that the patron is done;
 *   "vale, gracias" and "ok grax" do not;
 * - "Espero que le sirva" asks nothing; "¿Ya tiene su tarjeta?" asks about the patron's situation, not whether the
 *   information meets the need;
 * - a well-wish alone ("¡Suerte con la búsqueda!") is not counted as a goodbye: the courteous cases carry a plain
 *   thanks, goodbye or invitation; "Que le vaya bien", "Que pase un buen resto del día", "cuídese" say goodbye;
 * - a message closing the chat "por inactividad" tells the patron they seem gone and that the session ends (as
 *   earlier rounds read "due to inactivity"); "Parece que perdimos la conexión" without a word of ending is no notice,
 *   and "Voy a cerrar el chat en unos minutos" without a word that the patron seems gone is none either;
 * - "¿Todavía le interesa el taller?" and "¿Ya pudo entrar?" ask about the need, not whether the patron is there;
 * - an answer with no source that is followed by "¿Le sirve el dato?" passes completeness (the check counts "the
 *   first message that gives a source or answer");
 * - "311" is a phone contact; an internal note "te paso este chat" says nothing of why;
 * - "Le puedo pedir a la bibliotecaria… que se comunique con usted" followed by "la va a llamar" is a promise that
 *   someone from the patron's library will contact them, with no when.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type SessionCase, some, sys, usual, who } from './helpers';

const RAFA = who('Rafael Ortiz', 'rafa');

export const whole: SessionCase[] = [
  // ---- whole sessions in Spanish that go well ---------------------------------------------------------------------------
  {
    name: 'Puerto Rico, academic, usted: "Saludos, le habla Ivelisse…", "Permítame un momento en lo que verifico", "¿Contesta esto su pregunta?", "¿Le puedo servir en algo más?", "A la orden. Que pase un buen resto del día."',
    lines: [
      [0, 'p', 'Buenas tardes, necesito artículos sobre la migración puertorriqueña a Orlando después del huracán María'],
      [35, 'l', 'Saludos, le habla Ivelisse, bibliotecaria de referencia del Sistema de Bibliotecas de la UPR Río Piedras.'],
      [40, 'l', '¿Los artículos son para un curso de sociología o de historia? ¿Tienen que ser arbitrados?'],
      [80, 'p', 'sociologia, y si tienen que ser arbitrados'],
      [88, 'l', 'Permítame un momento en lo que verifico en las bases de datos.'],
      [190, 'l', 'En SocINDEX (biblioteca.uprrp.edu > Bases de datos > SocINDEX) la búsqueda "Puerto Ric*" AND Florida AND (migration OR diaspora), limitada a revistas arbitradas desde 2018, da unos 60 artículos. ¿Contesta esto su pregunta?'],
      [240, 'p', 'Sí, perfecto'],
      [246, 'l', '¿Le puedo servir en algo más?'],
      [270, 'p', 'No, eso sería todo. Gracias'],
      [276, 'l', 'A la orden. Que pase un buen resto del día.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spain, academic, tú: "estás hablando con Iñaki…", "dame un segundín que lo miro", "¿Te aclara la duda?", "¿Necesitas alguna cosa más?", "¡Venga, que vaya bien! Hasta luego."',
    lines: [
      [0, 'p', 'hola, no consigo acceder al Aranzadi desde casa, me pide usuario'],
      [28, 'l', 'Buenas tardes, estás hablando con Iñaki, de la Biblioteca de la UPV/EHU. ¿Estás entrando desde la web de la biblioteca o desde un enlace de Google?'],
      [60, 'p', 'desde google'],
      [66, 'l', 'Vale, dame un segundín que lo miro.'],
      [130, 'l', 'Tienes que entrar por el acceso remoto: en biblioteka.ehu.eus pincha en "Acceso a recursos electrónicos desde fuera", identifícate con tu LDAP y luego busca Aranzadi Instituciones. ¿Te aclara la duda?'],
      [190, 'p', 'ya funciona!! mil gracias'],
      [195, 'l', '¿Necesitas alguna cosa más?'],
      [210, 'p', 'nada más, de verdad'],
      [215, 'l', '¡Venga, que vaya bien! Hasta luego.'],
    ],
    exp: usual(),
  },
  {
    name: 'Miami, chat-speak on both sides, no accents: "hola! soy Yanet…", "q dice el error exactamente?", "te sirve?", "algo mas?", "cuidate!"',
    lines: [
      [0, 'p', 'ola q tal, xq no me deja renovar el libro? me sale error'],
      [20, 'l', 'hola! soy Yanet, bibliotecaria de Miami-Dade Public Library. q dice el error exactamente?'],
      [55, 'p', 'dice q tiene reservas'],
      [62, 'l', 'ah ok, eso significa q otra persona lo pidio y no se puede renovar. tienes q devolverlo antes de la fecha, la puedes ver en tu cuenta en mdpls.org > Mi Cuenta. te sirve?'],
      [90, 'p', 'ahh ok grax'],
      [95, 'l', 'algo mas?'],
      [110, 'p', 'no, tmb queria saber si hay multas pero ya vi q no'],
      [118, 'l', 'exacto, ya no cobramos multas 🙂 cuidate!'],
    ],
    exp: usual(),
  },
  {
    // reading: a machine-translated "¿Hay cualquier otra cosa que yo puedo ayudarle con?" asks whether the patron needs anything else
    name: 'language switch mid-chat, English-speaking provider in machine-translated Spanish: "Por favor espere mientras yo busco para usted", a referral with phone and site, "¿Hay cualquier otra cosa que yo puedo ayudarle con?"',
    lines: [
      [0, 'p', 'Hi, I need help finding an immigration lawyer that is free'],
      [30, 'l', 'Hello, thank you for contacting Ask a Librarian at the Houston Public Library. My name is Kevin. Are you looking for help with a specific case, like asylum or a green card?'],
      [70, 'p', 'perdon mejor en español. es para la residencia de mi esposo'],
      [80, 'l', 'No hay problema. Por favor espere mientras yo busco para usted.'],
      [170, 'l', 'Usted puede contactar Catholic Charities de la Arquidiócesis de Galveston-Houston para ayuda legal de inmigración de bajo costo. El número de teléfono es 713-526-4611 y el sitio web es catholiccharitiestx.org. ¿Esto contesta su pregunta?'],
      [220, 'p', 'si muchas gracias'],
      [226, 'l', '¿Hay cualquier otra cosa que yo puedo ayudarle con?'],
      [250, 'p', 'no'],
      [255, 'l', 'Gracias por usar nuestro servicio. Tenga un buen día.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish macros: a greeting macro with the name ("Le atiende: Héctor"), a conditional check-in macro and an inactivity macro with thanks (idle 215 s): both pass; anything else never asked',
    lines: [
      [0, 'p', 'buenas, necesito el formulario para pedir libros a otra biblioteca'],
      [22, 'l', 'Bienvenido/a al servicio "Pregunte a un Bibliotecario" de la Biblioteca Pública de Los Ángeles. Le atiende: Héctor. En breve responderemos a su consulta.'],
      [30, 'l', '¿Se refiere al préstamo interbibliotecario (un libro que LAPL no tiene), o a pedir un libro de otra sucursal de LAPL?'],
      [75, 'p', 'uno que no tienen'],
      [85, 'l', 'Es el préstamo interbibliotecario: el formulario está en lapl.org/prestamo-interbibliotecario y necesita su número de tarjeta. ¿Le resultó útil esta información?'],
      [215, 'l', '¿Sigue usted en línea? Si no recibimos respuesta en los próximos minutos, cerraremos esta sesión.'],
      [300, 'l', 'Debido a la falta de actividad, parece que usted se ha desconectado y esta sesión se cerrará. Gracias por utilizar el servicio de referencia virtual de LAPL.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'El Paso genealogy: a follow-up promised "a más tardar el jueves" to the e-mail the patron gave and the provider repeated ("Anotado: …"); "es todo por ahora"',
    lines: [
      [0, 'p', 'Hola, busco el acta de defunción de mi bisabuelo, murió en El Paso en 1931'],
      [30, 'l', '¡Hola! Soy Graciela, de la Biblioteca Pública de El Paso, sección de Historia Local. ¿Sabe el nombre completo y más o menos el mes?'],
      [70, 'p', 'Eusebio Carrasco Durán, creo que en agosto'],
      [80, 'l', 'Déjeme revisar qué tenemos en el índice.'],
      [170, 'l', 'El índice de defunciones de Texas en FamilySearch (familysearch.org) tiene a un Eusebio Carrasco, agosto de 1931, condado de El Paso. Para la esquela tengo que consultar el microfilm del periódico, y eso lo hago mañana. ¿A qué correo le escribo?'],
      [200, 'p', 'a eusebio.nieto.c@gmail.com (soy su bisnieto jaja)'],
      [210, 'l', 'Anotado: eusebio.nieto.c@gmail.com. Le escribo a más tardar el jueves con lo que encuentre en el microfilm. ¿Le sirve lo de FamilySearch mientras tanto?'],
      [240, 'p', 'si, ya lo vi, gracias! es todo por ahora'],
      [248, 'l', 'Con mucho gusto. ¡Hasta el jueves!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "la bibliotecaria de Caguas la va a llamar" promises that someone from the patron's library will contact her; no when
    name: 'Puerto Rico, follow-up by the patron\'s library: phone given and repeated ("Perfecto, 787-555-0143") but no when: contact fails; no completeness question',
    lines: [
      [0, 'p', 'Buenas, estoy buscando si en la biblioteca de Caguas dan clases de computadora para adultos mayores'],
      [40, 'l', 'Buenas tardes, gracias por comunicarse con Pregúntale a la Biblioteca. Mi nombre es Wanda. ¿Las clases serían para usted?'],
      [80, 'p', 'para mi papá, tiene 72'],
      [90, 'l', 'Un momento, por favor.'],
      [150, 'l', 'En la página del municipio (caguas.gov.pr > Biblioteca Electrónica) no aparece el calendario de este semestre. Le puedo pedir a la bibliotecaria de Caguas que se comunique con usted para darle las fechas. ¿A qué teléfono la pueden llamar?'],
      [190, 'p', 'al 787-555-0143, gracias'],
      [198, 'l', 'Perfecto, 787-555-0143. La bibliotecaria de Caguas la va a llamar para darle la información. ¿Hay algo más que pueda hacer por usted?'],
      [230, 'p', 'no, eso es todo'],
      [236, 'l', '¡Gracias a usted! Saludos a su papá.'],
    ],
    over: FU_LIB,
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Denver, teacher, tú: "Esta tarde te mando por correo a … el enlace" (e-mail in the chat, a when) but the session is coded Answered: resolution fails',
    lines: [
      [0, 'p', 'hola! soy profe de español en una secundaria, tienen libros de poesía para adolescentes? tipo lectura fácil'],
      [25, 'l', '¡Hola, profe! Te escribe Álvaro, bibliotecario de la Biblioteca Pública de Denver. ¿Para qué nivel, hablantes nativos o estudiantes de español como segunda lengua?'],
      [60, 'p', 'segunda lengua, nivel 2. mi correo es jtrujillo@dpsk12.example.org x si acaso'],
      [70, 'l', 'Ok, dame un momento.'],
      [140, 'l', '"Poemas con sol y son" de Alma Flor Ada y "Canto familiar" de Gary Soto funcionan bien para nivel 2; los dos están en el catálogo: catalog.denverlibrary.org. ¿Es el tipo de libro que buscas?'],
      [170, 'p', 'sí justo eso'],
      [178, 'l', 'Genial. Esta tarde te mando por correo a jtrujillo@dpsk12.example.org el enlace a nuestra lista de lecturas fáciles en español. ¿Algo más?'],
      [200, 'p', 'nop, gracias!!'],
      [205, 'l', '¡Que disfruten la poesía! Chao 👋'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Spain, "Pregunte: las bibliotecas responden": a referral to the Archivo Municipal with e-mail and phone; "Eso era todo lo que quería saber"',
    lines: [
      [0, 'p', 'Buenos días. Estoy haciendo el árbol genealógico y busco padrones municipales de Sevilla de 1900'],
      [40, 'l', 'Buenos días, le atiende Rocío, del servicio Pregunte: las bibliotecas responden. ¿Sabe en qué barrio o parroquia vivía la familia?'],
      [80, 'p', 'En Triana, creo'],
      [90, 'l', 'Deme unos minutos para comprobarlo.'],
      [200, 'l', 'Los padrones de 1900 no están digitalizados; se consultan en el Archivo Municipal de Sevilla. Le recomiendo escribirles a archivo.municipal@sevilla.org o llamar al 955 47 10 00 para pedir cita, e indicar que es el barrio de Triana. ¿Responde esto a su consulta?'],
      [260, 'p', 'Sí, muchas gracias. Eso era todo lo que quería saber.'],
      [268, 'l', 'Ha sido un placer. ¡Suerte con la búsqueda y hasta otra!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Chicago, FAFSA: dismissal "ya le he dedicado bastante tiempo a su consulta y tengo más trabajo… Adiós." with no way back',
    lines: [
      [0, 'p', 'hola necesito ayuda con mi solicitud de FAFSA, no entiendo la parte de los impuestos de mis papás'],
      [25, 'l', 'Hola, soy Daniel de la Biblioteca Pública de Chicago. ¿Sus papás hicieron la declaración de impuestos de 2023?'],
      [60, 'p', 'si pero mi papa no tiene social'],
      [75, 'l', 'En ese caso su papá tiene que crear una cuenta de StudentAid.gov sin número de Seguro Social; los pasos están en studentaid.gov/es. ¿Le ayuda?'],
      [110, 'p', 'ok pero luego q pongo en la parte de ingresos?'],
      [120, 'p', 'hola?'],
      [130, 'l', 'Mire, ya le he dedicado bastante tiempo a su consulta y tengo más trabajo. Lo demás lo puede averiguar usted. Adiós.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Austin makerspace: allowed "tengo varias personas esperando… vuelva a escribirnos más tarde o llame al laboratorio al 512-974-7400" (a referral to the library\'s own lab, with phone)',
    lines: [
      [0, 'p', 'hola, tengo varias preguntas sobre cómo usar la impresora 3D'],
      [20, 'l', '¡Hola! Soy Mayra, del Laboratorio de Creación de la Biblioteca Pública de Austin. ¿Ya tomó la orientación del laboratorio?'],
      [50, 'p', 'no todavía'],
      [60, 'l', 'Primero hay que tomar la orientación; las fechas están en library.austintexas.gov/makerspace y se inscribe ahí mismo. ¿Le quedó clara esa parte?'],
      [90, 'p', 'si, y otra cosa, q tipo de filamento usan y cuánto cuesta y si puedo llevar el mío y'],
      [100, 'l', 'Ahorita tengo varias personas esperando en la fila del chat, así que tengo que pasar al siguiente. Si gusta, vuelva a escribirnos más tarde o llame al laboratorio al 512-974-7400 y con gusto le resuelven lo del filamento. ¡Gracias por su paciencia!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'Dallas: "¿Todavía me acompaña?" in a final idle of 200 s, no notice: check-in passes, disconnect fails; the chat just ends',
    lines: [
      [0, 'p', 'Q libros tienen para aprender ingles? para adultos'],
      [35, 'l', 'Hola, muy buenas. Le saluda Fernando, bibliotecario de la Biblioteca Pública de Dallas. ¿Prefiere libros impresos o algo en línea con audio?'],
      [70, 'p', 'en linea con audio'],
      [80, 'l', 'Con su tarjeta tiene gratis Mango Languages (dallaslibrary.org/mango): elija "English (for Spanish speakers)" y tiene lecciones con audio. ¿Es lo que buscaba?'],
      [200, 'l', '¿Todavía me acompaña?'],
    ],
    over: { endAfter: 80 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "Parece que perdimos la conexión" says the patron seems gone but not that the session will end
    name: 'Houston: "¿Está ahí?" then "Parece que perdimos la conexión. ¡Gracias por escribir…!" (idle 208 s): no word of ending, disconnect fails; courteous passes',
    lines: [
      [0, 'p', 'Ocupo saber si la biblioteca tiene el libro de manejo de Texas en español'],
      [25, 'l', 'Buenas tardes, le atiende Lupita de la Biblioteca Pública de Houston. ¿Es para la licencia de auto o de camión (CDL)?'],
      [55, 'p', 'de auto'],
      [62, 'l', 'El manual del conductor de Texas en español está gratis en dps.texas.gov (busque "Manual del Conductor de Texas"); también hay copias en la Biblioteca Central. ¿Le es útil?'],
      [190, 'l', '¿Está ahí?'],
      [270, 'l', 'Parece que perdimos la conexión. ¡Gracias por escribir a la biblioteca!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "¿Todavía le interesa el taller…?" asks about the need, not whether the patron is there
    name: 'near miss, Phoenix: "¿Todavía le interesa el taller del sábado?" in a final idle of 150 s is no check-in',
    lines: [
      [0, 'p', 'Hola, hay talleres de ciudadanía en la biblioteca?'],
      [30, 'l', 'Hola, bienvenida al chat de la Biblioteca Pública de Phoenix. Soy Adriana. ¿Ya tiene la solicitud N-400 o apenas va a empezar el trámite?'],
      [70, 'p', 'apenas voy a empezar'],
      [80, 'l', 'Tenemos el taller "Prepárese para la ciudadanía" este sábado a las 10 en Burton Barr; se inscribe en phoenixpubliclibrary.org/ciudadania. ¿Le sirve?'],
      [200, 'l', '¿Todavía le interesa el taller del sábado? Quedan pocos lugares.'],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    // reading: an internal note "Rafa, te paso este chat." says nothing of why; "con eso tengo" says the patron is done
    name: 'Fort Worth, transfer to the genealogy centre: the patron is told, but the note "Rafa, te paso este chat." gives no reason: handoff fails',
    lines: [
      [0, 'p', 'Buenas, necesito ayuda para buscar un registro de bautizo en Zacatecas de 1880'],
      [30, 'l', 'Buenas tardes, soy Pilar, bibliotecaria de la Biblioteca Pública de Fort Worth.'],
      [36, 'l', 'Le voy a pasar con mi compañero Rafael, del Centro de Genealogía, que sabe mucho de registros mexicanos. Un momento, por favor.'],
      [40, 'i', 'Rafa, te paso este chat.', { to: 'rafa' }],
      [45, 's', 'Chat transferido a Rafael Ortiz', sys('transfer', 'rafa')],
      [70, 'l', 'Hola, soy Rafael, del Centro de Genealogía. ¿Sabe la parroquia o el municipio?', RAFA],
      [110, 'p', 'Jerez, creo'],
      [118, 'l', 'Déjeme revisar.', RAFA],
      [200, 'l', 'FamilySearch tiene los registros parroquiales de Jerez, Zacatecas, 1605-1960, digitalizados: en familysearch.org/search/catalog busque "Jerez, Zacatecas". Se pueden ver gratis con una cuenta. ¿Le sirve para empezar?', RAFA],
      [240, 'p', 'sí, muchísimas gracias, con eso tengo'],
      [248, 'l', 'Con gusto. ¡Mucha suerte con su árbol y hasta pronto!', RAFA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'Los Angeles: "Gracias por comunicarse con… Mi nombre es Joaquín" greets and identifies, but at 75 s; the patron: "justo lo que necesitaba. es todo"',
    lines: [
      [0, 'p', 'tienen algo sobre como empezar un negocio de comida, un food truck'],
      [75, 'l', 'Gracias por comunicarse con la Biblioteca Pública de Los Ángeles. Mi nombre es Joaquín y con gusto le ayudo. ¿En qué ciudad piensa operar el food truck?'],
      [110, 'p', 'en la ciudad de LA'],
      [120, 'l', 'Entonces necesita el permiso de salud del condado y la licencia de negocio de la ciudad. La guía "Cómo empezar un negocio de comida" está en lapl.org/negocios. ¿Eso es lo que buscaba?'],
      [160, 'p', 'si, justo lo que necesitaba. es todo, gracias'],
      [166, 'l', '¡Éxito con su negocio! Gracias por escribirnos.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'near miss, Tucson: "Biblioteca Pública del Condado de Pima, servicio de referencia; le escribe Nora." then a question: identifies but never greets',
    lines: [
      [0, 'p', 'tengo una multa de un libro que ya devolvi'],
      [20, 'l', 'Biblioteca Pública del Condado de Pima, servicio de referencia; le escribe Nora.'],
      [24, 'l', '¿Recuerda en qué sucursal lo devolvió y más o menos qué día?'],
      [60, 'p', 'en la de joel valdez, el lunes pasado'],
      [70, 'l', 'Permítame revisar la política.'],
      [140, 'l', 'Si lo devolvió por el buzón después del cierre, a veces el sistema tarda en registrarlo. Revise su cuenta en library.pima.gov/micuenta en dos o tres días y la multa debería desaparecer. ¿Le aclara esto su duda?'],
      [180, 'p', 'ok, gracias'],
      [186, 'l', '¿Hay algo más en lo que le pueda ayudar?'],
      [210, 'p', 'no'],
      [214, 'l', 'Que tenga buena tarde. Adiós.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "Espero que le sirva" asks nothing; "ok grax" is thanks alone
    name: 'near misses, Los Angeles: "Deme tantito, lo checo" is a hold; "Espero que le sirva." asks nothing; the patron only "ok grax"',
    lines: [
      [0, 'p', 'Hola buenas, tienen el periódico La Opinión de los años 70?'],
      [30, 'l', '¡Hola! Soy Beto, bibliotecario de la Biblioteca Pública de Los Ángeles. ¿Busca una fecha o un artículo en particular?'],
      [70, 'p', 'un artículo de mi abuelo en 1975, sobre el boxeo'],
      [80, 'l', 'Deme tantito, lo checo.'],
      [150, 'l', 'La Opinión de 1926 a 1995 está en la base de datos ProQuest Historical Newspapers, desde lapl.org/databases; busque el apellido de su abuelo y "boxeo", limitado a 1975. Espero que le sirva.'],
      [200, 'p', 'ok grax'],
      [205, 'l', 'De nada, que le vaya bien.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Charlotte, English-speaking provider in textbook Spanish: "Por favor espera un momento mientras yo estoy buscando." then 152 s of silence',
    lines: [
      [0, 'p', 'Hola, mi hijo necesita un tutor de matemáticas, la biblioteca tiene?'],
      [25, 'l', '¡Hola! Mi nombre es Brittany y soy una bibliotecaria en la Biblioteca de Charlotte Mecklenburg. ¿Qué grado es su hijo en?'],
      [60, 'p', 'septimo grado'],
      [68, 'l', 'Por favor espera un momento mientras yo estoy buscando.'],
      [220, 'l', 'La biblioteca tiene tutoría gratis en línea con Brainfuse HelpNow, de 2 pm a 11 pm, en español también. Usted puede entrar en cmlibrary.org/brainfuse con la tarjeta de la biblioteca. ¿Es esta información útil para usted?'],
      [250, 'p', 'si gracias, es todo'],
      [255, 'l', '¡De nada! Tenga un buen día.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'UTEP: the only clarification is a restatement ("A ver si le entendí: busca…") in the same message as a hold; a named database as source; "no necesito nada mas"',
    lines: [
      [0, 'p', 'Necesito fuentes para un ensayo sobre el muralismo chicano en los 70, pero en español'],
      [40, 'l', 'Buenas tardes, soy Teresa, bibliotecaria de la Universidad de Texas en El Paso.'],
      [45, 'l', 'A ver si le entendí: busca fuentes académicas en español sobre el muralismo chicano de los años setenta. Déjeme buscar.'],
      [140, 'l', 'En la base de datos Fuente Académica Premier (en la página de la biblioteca, Bases de datos > F) hay varios artículos; busque muralismo AND chicano. También tenemos en el catálogo el libro "Chicano Art Inside/Outside the Master\'s House" de Alicia Gaspar de Alba. ¿Le sirven estas fuentes?'],
      [190, 'p', 'si muchas gracias, no necesito nada mas'],
      [196, 'l', 'Gracias a usted por usar el chat. ¡Suerte con el ensayo!'],
    ],
    exp: usual(),
  },
  {
    name: 'Tucson, Mexican usage: "¿Le quedó clara la información?", "¿Le ayudo con alguna otra cosa?", "Ándele pues, que le vaya bien."',
    lines: [
      [0, 'p', 'oiga, cómo le hago para imprimir desde mi celular en la biblioteca?'],
      [22, 'l', 'Buenas tardes, le atiende Chuy de la Biblioteca Pública de Tucson. ¿Es un documento de su correo o una foto?'],
      [50, 'p', 'un pdf de mi correo, lo ocupo para hoy'],
      [58, 'l', 'Mande el PDF a la página de impresión móvil: library.pima.gov/imprimir, escriba su número de tarjeta y luego lo recoge en la impresora de cualquier sucursal; cada hoja cuesta 15 centavos. ¿Le quedó clara la información?'],
      [100, 'p', 'sí, ya quedé. gracias'],
      [106, 'l', '¿Le ayudo con alguna otra cosa?'],
      [120, 'p', 'no, es todo'],
      [124, 'l', 'Ándele pues, que le vaya bien.'],
    ],
    exp: usual(),
  },
  {
    name: 'a phone follow-up "en un plazo de 48 horas" to the number the patron gave, repeated back, recorded done 30 h later: on time',
    lines: [
      [0, 'p', 'Buenos días, quiero saber si la biblioteca tiene el acta de la fundación de la iglesia de San Fernando'],
      [30, 'l', 'Buenos días, le atiende Ramiro, del Texana/Genealogy de la Biblioteca Pública de San Antonio. ¿Busca el documento original o una copia publicada?'],
      [75, 'p', 'una copia, para un proyecto de la parroquia'],
      [85, 'l', 'Un momento, lo reviso.'],
      [160, 'l', 'El catálogo (mysapl.org/catalogo) muestra una transcripción en el libro "San Fernando de Béxar" de Jesús F. de la Teja, pero tengo que confirmar en la colección especial si tenemos copia del acta. ¿A qué número lo llamo?'],
      [200, 'p', '210-555-0199'],
      [208, 'l', 'Gracias: 210-555-0199. Lo llamo en un plazo de 48 horas para decirle qué encontré. ¿Le sirve el libro mientras tanto?'],
      [240, 'p', 'sí, gracias. con eso es todo por hoy'],
      [246, 'l', 'A usted, que tenga buen día.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(251 + 30 * 3600) }] },
    ctx: { now: Date.parse(at(251 + 100 * 3600)) },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: completeness counts "the first message that gives a source or answer": an answer with no source, then "¿Le sirve el dato?"
    name: 'Santa Ana: the answer comes from memory with no source ("abre los domingos de 1 a 5"), then "¿Le sirve el dato?": source fails, completeness passes',
    lines: [
      [0, 'p', 'abren los domingos?'],
      [15, 'l', 'Hola, soy Marisa de la Biblioteca Pública de Santa Ana. ¿Qué sucursal le queda más cerca?'],
      [40, 'p', 'la main'],
      [48, 'l', 'La Biblioteca Principal abre los domingos de 1 a 5 de la tarde. ¿Le sirve el dato?'],
      [70, 'p', 'si, era todo. grax'],
      [75, 'l', 'De nada, ¡hasta luego!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // reading: "¿Funciona?" after a fix asks whether what was given meets the need
    name: 'Boise, English-speaking provider with little Spanish: "Hi, this is Megan… Lo siento, hablo poco español", "Un momento por favor", "¿Funciona?", "Great! ¿Algo más?", "Bye! Adiós!"',
    lines: [
      [0, 'p', 'hola, necesito ayuda con la computadora, no puedo entrar a mi correo'],
      [30, 'l', 'Hi, this is Megan at Boise Public Library! Lo siento, hablo poco español. ¿Es Gmail o Hotmail?'],
      [60, 'p', 'gmail, me dice contraseña incorrecta'],
      [66, 'l', 'Un momento por favor.'],
      [130, 'l', 'Google tiene una página para recuperar la cuenta: accounts.google.com/signin/recovery. Escriba su correo y siga los pasos (le mandan un código a su teléfono). ¿Funciona?'],
      [200, 'p', 'si ya entre!! gracias'],
      [205, 'l', 'Great! ¿Algo más?'],
      [220, 'p', 'no gracias'],
      [224, 'l', 'Bye! Adiós!'],
    ],
    exp: usual(),
  },
  {
    // reading: "311" is a phone contact
    name: 'Boston: two parties, the city\'s 311 (a phone) and City Life/Vida Urbana with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'Buenas tardes. Mi casero no quiere arreglar la calefacción, a quién puedo llamar?'],
      [30, 'l', 'Buenas tardes, le atiende Samuel, bibliotecario de la Biblioteca Pública de Boston. ¿Vive usted en la ciudad de Boston o en otro municipio?'],
      [60, 'p', 'en Boston, en East Boston'],
      [70, 'l', 'Un momento, por favor.'],
      [150, 'l', 'Puede llamar al 311 de la ciudad para poner una queja de calefacción; la atiende el departamento de inspección de vivienda (ISD). También le recomiendo hablar con City Life/Vida Urbana, un grupo de East Boston que ayuda a inquilinos. ¿Le es útil?'],
      [190, 'p', 'si, gracias, eso es todo'],
      [196, 'l', 'Que le vaya bien. Saludos.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Bogotá-style usted: "¿Le puedo colaborar en algo más?"; the patron "listo, eso era todo lo q ocupaba"; a consulate referral with phone and site',
    lines: [
      [0, 'p', 'buenas, necesito renovar el pasaporte colombiano estando en new jersey, me pueden orientar?'],
      [30, 'l', 'Buenas tardes, con mucho gusto. Habla Catalina, bibliotecaria de la Biblioteca Pública de Elizabeth. ¿Su pasaporte está vencido o todavía vigente?'],
      [65, 'p', 'vence en marzo'],
      [72, 'l', 'Regáleme un momento y reviso.'],
      [150, 'l', 'El trámite se hace con cita en el Consulado de Colombia en Newark: puede llamar al (973) 732-7800 o sacar la cita en cancilleria.gov.co (Trámites > Pasaportes). ¿Le sirve esa información?'],
      [190, 'p', 'si señora, muy amable'],
      [196, 'l', '¿Le puedo colaborar en algo más?'],
      [215, 'p', 'listo, eso era todo lo q ocupaba'],
      [220, 'l', 'Con gusto, que esté muy bien. ¡Gracias por escribirnos!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Madrid, tú: the patron goes quiet after the answer: "¿Sigues por aquí?" and an inactivity macro with an invitation back (idle 240 s); coded Lost Call though the patron sent two messages',
    lines: [
      [0, 'p', 'hola, ¿hay que pagar por sacarse el carné de las bibliotecas municipales?'],
      [25, 'l', '¡Hola! Te atiende Lucía, de Bibliotecas Públicas Municipales de Madrid. ¿Ya estás empadronado en Madrid o vives fuera?'],
      [50, 'p', 'vivo en getafe'],
      [58, 'l', 'Vale, un segundo que lo compruebo.'],
      [110, 'l', 'Es gratis también para quien vive fuera: te lo hacen en cualquier biblioteca con el DNI o NIE, y puedes pedirlo antes en madrid.es/bibliotecas (Carné de biblioteca). ¿Te sirve?'],
      [230, 'l', '¿Sigues por aquí?'],
      [350, 'l', 'Cerramos el chat por inactividad. Si lo necesitas, vuelve a escribirnos. ¡Un saludo!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'concurrency: a San Juan provider with four chats open at once; otherwise a good session in usted ("Aguárdeme un momento", "¿Encontró lo que buscaba?", "¿Alguna otra consulta?")',
    lines: [
      [0, 'p', 'Hola, necesito la ley de arrendamiento de Puerto Rico, la de los contratos de alquiler'],
      [30, 'l', 'Hola, buenas tardes. Le atiende Nilda, de la Biblioteca del Tribunal Supremo de Puerto Rico. ¿Es para un contrato de vivienda o de un local comercial?'],
      [60, 'p', 'de vivienda'],
      [66, 'l', 'Aguárdeme un momento.'],
      [130, 'l', 'Los contratos de arrendamiento de vivienda están en el Código Civil de 2020, artículos 1291 y siguientes; puede leerlo gratis en bvirtualogp.pr.gov (Código Civil). ¿Encontró lo que buscaba?'],
      [170, 'p', 'sí, gracias'],
      [175, 'l', '¿Alguna otra consulta?'],
      [190, 'p', 'no'],
      [195, 'l', 'Gracias por comunicarse. ¡Buenas tardes!'],
    ],
    ctx: { otherIntervals: [
      { sessionKey: 'test:a', providerId: 'jo', start: Date.parse(at(-60)), end: Date.parse(at(400)) },
      { sessionKey: 'test:b', providerId: 'jo', start: Date.parse(at(-30)), end: Date.parse(at(300)) },
      { sessionKey: 'test:c', providerId: 'jo', start: Date.parse(at(10)), end: Date.parse(at(260)) },
    ] },
    exp: usual({ concurrency: 'fail' }),
  },
  // (left in v11, passes in v23: the later CPS Energy URL is no longer the Departamento's contact)
  {
    // LEFT: the referral ("ir en persona a la oficina del Departamento de Servicios Humanos") is found, but the URL in the
    // next sentence ("los planes de pago de CPS Energy en cpsenergy.com/asistencia") is taken as its contact: a URL after
    // the referral counts unless a resource noun owns it (referral.ts `ownedContact`, RESOURCE_N), and "planes de pago de
    // CPS Energy" is another party's page, not a resource noun; telling another party's page from the referred party's is
    // more than this round can do safely.
    name: 'San Antonio: a referral to the city\'s Departamento de Servicios Humanos with no way to reach it (the URL given is CPS Energy\'s): referral fails',
    lines: [
      [0, 'p', 'buenas noches, me cortaron la luz y no tengo para pagar, saben de alguna ayuda?'],
      [30, 'l', 'Buenas noches, soy Esperanza, de la Biblioteca Pública de San Antonio. Lamento mucho la situación. ¿Su servicio es con CPS Energy?'],
      [60, 'p', 'si'],
      [70, 'l', 'Le recomiendo ir en persona a la oficina del Departamento de Servicios Humanos de la ciudad para solicitar la ayuda de emergencia; lleve su factura y su identificación. También puede revisar los planes de pago de CPS Energy en cpsenergy.com/asistencia. ¿Le sirve esta información?'],
      [110, 'p', 'si, voy mañana. gracias eso es todo'],
      [118, 'l', 'Mucha suerte, cuídese.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // (left in v11, fixed in v23 by introClauseX1: the introduction read in the clause before the emoji)
  {
    // Why it was left (fixed since): as the tenth round's LEFT case: the introduction "te escribe Sofi de la Biblioteca Pública de Nueva York 🙂 la de
    // la calle 42 (Schwarzman) o la de enfrente (SNFL)?" is one question sentence (the emoji ends no sentence), and a
    // question sentence does not introduce the provider (selfIdNow's `!x.q`); splitting sentences at emoji would change
    // every check's sentences.
    name: 'New York, tú, chat-speak provider: "sigues ahi?" then "parece q te desconectaste, asi q cierro el chat. cualquier cosa escribenos de nuevo!" (idle 198 s): both pass',
    lines: [
      [0, 'p', 'hla a q hora cierra la biblio d la 42 el sabado'],
      [18, 'l', 'hola! te escribe Sofi de la Biblioteca Pública de Nueva York 🙂 la de la calle 42 (Schwarzman) o la de enfrente (SNFL)?'],
      [45, 'p', 'la grande la de los leones'],
      [52, 'l', 'el edificio Schwarzman abre los sábados de 10 a 6. horario completo en nypl.org/locations/schwarzman. eso era lo q buscabas?'],
      [190, 'l', 'sigues ahi?'],
      [250, 'l', 'parece q te desconectaste, asi q cierro el chat. cualquier cosa escribenos de nuevo!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    // reading: "Qué tal" greets
    name: 'Spain: "Qué tal, soy Nacho, bibliotecario de la Biblioteca de Aragón" greets and identifies',
    lines: [
      [0, 'p', 'Buenas, ¿tenéis cómics en catalán?'],
      [15, 'l', 'Qué tal, soy Nacho, bibliotecario de la Biblioteca de Aragón. ¿Para adultos o infantiles?'],
    ],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: 'near miss: "Soy Rocío, de la biblioteca. ¿Cuál es su pregunta?" and then "¿Para qué grado?": identifies, greets nobody',
    lines: [
      [0, 'p', 'ayuda con la tarea de ciencias'],
      [15, 'l', 'Soy Rocío, de la biblioteca. ¿Cuál es su pregunta?'],
      [40, 'p', 'sobre los volcanes'],
      [48, 'l', '¿Para qué grado?'],
    ],
    exp: some({ greeting: 'fail', clarify: 'pass' }),
  },
  {
    name: 'near miss: "¡Hola! ¿En qué te ayudo?" with the library only in the screen name: no self-identification in the text',
    lines: [
      [0, 'p', 'hola buenas'],
      [10, 'l', '¡Hola! ¿En qué te ayudo?', who('Biblioteca Pública de Chicago', 'jo')],
      [30, 'p', 'q horario tienen'],
      [40, 'l', '¿De qué sucursal?', who('Biblioteca Pública de Chicago', 'jo')],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Hola, buenos días, está hablando con un bibliotecario de la UNAM" greets and identifies the answerer as a librarian',
    lines: [
      [0, 'p', 'necesito una tesis de la facultad de derecho'],
      [12, 'l', 'Hola, buenos días, está hablando con un bibliotecario de la UNAM. ¿Sabe el autor o el año de la tesis?'],
    ],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'SMS: "espérame tantito xfa, lo reviso" is a hold; the answer 110 s later keeps the patron informed',
    lines: [
      [0, 'p', 'tienen el libro de cien años de soledad en audio?'],
      [15, 'l', 'hola! soy Lalo de la biblio de Santa Ana, en español o inglés?'],
      [35, 'p', 'español'],
      [42, 'l', 'espérame tantito xfa, lo reviso'],
      [152, 'l', 'sí, está en Libby en español: sapl.overdrive.com, con tu tarjeta. te sirve?'],
    ],
    exp: some({ informed: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Estoy consultando el catálogo, ya le digo." then 135 s of silence: keep informed fails',
    lines: [
      [0, 'p', 'tienen libros de recetas dominicanas?'],
      [15, 'l', 'Hola, le atiende Yesenia, de la Biblioteca Pública de Nueva York. ¿Busca algo en español o en inglés?'],
      [40, 'p', 'en español'],
      [50, 'l', 'Estoy consultando el catálogo, ya le digo.'],
      [185, 'l', 'Tenemos "La cocina dominicana" de Ligia de Bornia: nypl.org/catalogo. ¿Le sirve?'],
    ],
    exp: some({ informed: 'fail', source: 'pass' }),
  },
  {
    name: 'restatement with no question: "Entonces lo que necesita es el formulario W-7 en español." before the source',
    lines: [
      [0, 'p', 'hola, necesito sacar el numero de itin y no tengo el papel'],
      [20, 'l', 'Hola, soy Carmen de la Biblioteca Pública de Phoenix. Entonces lo que necesita es el formulario W-7 en español.'],
      [28, 'l', 'Está en irs.gov/es/forms-pubs/about-form-w-7. ¿Le sirve?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: the only question ("¿Para qué clase lo necesita?") comes after the source',
    lines: [
      [0, 'p', 'necesito info sobre la independencia de mexico'],
      [15, 'l', 'Hola, soy Mario de la Biblioteca de Laredo. Mire la enciclopedia Britannica Escolar en laredolibrary.org/britannica.'],
      [25, 'l', '¿Para qué clase lo necesita?'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: '"Búsquelo en el catálogo de la biblioteca por título" names the catalogue: a source',
    lines: [
      [0, 'p', 'tienen el libro "La casa de los espíritus"?'],
      [15, 'l', 'Hola, soy Inés de la biblioteca. ¿Lo quiere en español?'],
      [30, 'p', 'si'],
      [40, 'l', 'Búsquelo en el catálogo de la biblioteca por título y elija la edición en español. ¿Le sirve?'],
    ],
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    name: 'near miss: "Descargue la aplicación Libby y entre con su tarjeta" names an app with no way to reach it: no source',
    lines: [
      [0, 'p', 'como leo libros en el celular?'],
      [15, 'l', 'Hola, soy Inés de la biblioteca. ¿Tiene Android o iPhone?'],
      [30, 'p', 'android'],
      [40, 'l', 'Descargue la aplicación Libby y entre con su tarjeta de la biblioteca. ¿Le sirve?'],
    ],
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: '"¿Con esto resolvemos su duda?" asks whether the answer meets the need',
    lines: [
      [0, 'p', 'cuanto cuesta reponer la tarjeta si la perdi'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. ¿Es tarjeta de adulto?'],
      [30, 'p', 'si'],
      [40, 'l', 'Reponerla cuesta $1; los detalles están en sjpl.org/tarjeta. ¿Con esto resolvemos su duda?'],
    ],
    exp: some({ complete: 'pass', source: 'pass' }),
  },
  {
    // reading: "¿Ya tiene su tarjeta?" asks about the patron's situation, not whether the information meets the need
    name: 'near miss: after the source only "¿Ya tiene su tarjeta de la biblioteca?": no completeness question',
    lines: [
      [0, 'p', 'quiero ver peliculas gratis'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. ¿En la tele o en la computadora?'],
      [30, 'p', 'en la compu'],
      [40, 'l', 'Con Kanopy puede ver películas gratis: sjpl.kanopy.com. ¿Ya tiene su tarjeta de la biblioteca?'],
      [60, 'p', 'si'],
      [66, 'l', 'Perfecto, entonces entre con ella. ¡Que las disfrute!'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  {
    name: 'Colombian "¿Le puedo colaborar en algo más?" asks whether the patron needs anything else',
    lines: [
      [0, 'p', 'a q hora abre la biblioteca virgilio barco'],
      [15, 'l', 'Hola, buenas tardes, le saluda Andrés de BibloRed. Abre de 9 a 5: biblored.gov.co/bibliotecas. ¿Le puedo colaborar en algo más?'],
      [40, 'p', 'no gracias'],
      [45, 'l', 'Con gusto, feliz tarde.'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    // reading: a conditional invitation asks nothing, but it does invite the patron back
    name: 'near miss: "Si tiene otra pregunta, aquí estamos." asks nothing (anything else fails) but invites back (courteous passes)',
    lines: [
      [0, 'p', 'tienen wifi gratis?'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. Sí, la red "SJPL-Public" es gratis, sin contraseña: sjpl.org/wifi.'],
      [40, 'p', 'ok'],
      [45, 'l', 'Si tiene otra pregunta, aquí estamos.'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'the patron on her own: "no tengo más dudas, gracias"',
    lines: [
      [0, 'p', 'dónde pago una multa?'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. En línea en sjpl.org/micuenta o en cualquier mostrador.'],
      [40, 'p', 'perfecto, no tengo más dudas, gracias'],
      [45, 'l', 'Con gusto, hasta luego.'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: the patron only "vale, gracias" and the provider ends on a goodbye',
    lines: [
      [0, 'p', '¿la biblioteca abre en agosto?'],
      [15, 'l', 'Hola, te atiende Marta de la Biblioteca Municipal. Sí, en horario de verano: bibliotecamunicipal.es/horarios.'],
      [40, 'p', 'vale, gracias'],
      [45, 'l', '¡A ti! Hasta luego.'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'near miss: the provider ends on "Voy a finalizar el chat ahora." after the answer: no thanks, goodbye or invitation in the last two',
    lines: [
      [0, 'p', 'cuantos libros puedo sacar a la vez'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. Hasta 50 artículos: sjpl.org/prestamos.'],
      [40, 'p', 'ok'],
      [45, 'l', 'Voy a finalizar el chat ahora.'],
    ],
    exp: some({ courteous: 'fail', dismissal: 'pass' }),
  },
  {
    name: '"Fue un gusto atenderle. ¡Hasta la próxima!" ends courteously',
    lines: [
      [0, 'p', 'gracias por la ayuda'],
      [10, 'l', 'Hola, soy Inés de la biblioteca. Con mucho gusto.'],
      [20, 'l', 'Fue un gusto atenderle. ¡Hasta la próxima!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'dismissal macro: "Lo sentimos, ya se le terminaron sus 15 minutos de consulta." with no way back',
    lines: [
      [0, 'p', 'y también quería preguntar por los pasaportes'],
      [10, 'l', 'Hola, soy Inés de la biblioteca. Lo sentimos, ya se le terminaron sus 15 minutos de consulta.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'dismissal: "Ya es mucho, son demasiadas preguntas para un chat. Adiós."',
    lines: [
      [0, 'p', 'otra pregunta: y los libros en braille?'],
      [10, 'l', 'Hola, soy Inés de la biblioteca. Ya es mucho, son demasiadas preguntas para un chat. Adiós.'],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'allowed: "Tengo otros usuarios esperando; ¿le parece si seguimos mañana? Puede escribirnos a referencia@sjpl.org"',
    lines: [
      [0, 'p', 'tengo como 10 preguntas mas sobre genealogía'],
      [10, 'l', 'Hola, soy Inés de la Biblioteca de San José. Tengo otros usuarios esperando; ¿le parece si seguimos mañana? Puede escribirnos a referencia@sjpl.org o volver al chat desde las 10. ¡Gracias!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'chat-speak check-in "sigues x aqui?" inside a 160 s final idle',
    lines: [
      [0, 'p', 'hay club de lectura para jovenes'],
      [15, 'l', 'hola! soy Dani de la biblio de Doral. sí, los jueves a las 5: mdpls.org/eventos. te sirve?'],
      [140, 'l', 'sigues x aqui?'],
    ],
    over: { endAfter: 35 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: "¿Ya pudo entrar?" asks about the result, not whether the patron is there
    name: 'near miss: "¿Ya pudo entrar?" in a 150 s final idle asks about the result, not whether the patron is there',
    lines: [
      [0, 'p', 'no puedo entrar a mi cuenta'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. Restablezca el PIN en sjpl.org/pin con su número de tarjeta.'],
      [120, 'l', '¿Ya pudo entrar?'],
    ],
    over: { endAfter: 45 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"¿Me lee todavía?" then "Al parecer se cortó la comunicación. Cierro esta sesión; puede volver a escribir cuando guste." (idle 230 s)',
    lines: [
      [0, 'p', 'hay estacionamiento en la central?'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. Sí, en el garaje de la calle 4ª, la primera hora es gratis: sjpl.org/king. ¿Le sirve?'],
      [150, 'l', '¿Me lee todavía?'],
      [245, 'l', 'Al parecer se cortó la comunicación. Cierro esta sesión; puede volver a escribir cuando guste.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: "¿Sigue ahí? Voy a cerrar el chat en unos minutos." (idle 200 s): a check-in, but no word that the patron seems gone',
    lines: [
      [0, 'p', 'cuanto cuesta imprimir'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. 15 centavos la hoja en blanco y negro: sjpl.org/imprimir. ¿Le sirve?'],
      [180, 'l', '¿Sigue ahí? Voy a cerrar el chat en unos minutos.'],
    ],
    over: { endAfter: 35 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'promise "Le envío el artículo por correo" to an e-mail repeated back, with no when: contact fails',
    lines: [
      [0, 'p', 'me pueden conseguir un artículo de la revista Proceso de 1985? mi correo es r.ibarra@example.com'],
      [15, 'l', 'Hola, soy Inés de la biblioteca. Lo pido por préstamo interbibliotecario y le envío el artículo por correo a r.ibarra@example.com.'],
      [30, 'p', 'gracias!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'referral to the library\'s own circulation desk to visit, with no contact: "pase al mostrador de Circulación en el primer piso"',
    lines: [
      [0, 'p', 'mi tarjeta esta bloqueada'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. ¿Le sale algún mensaje?'],
      [30, 'p', 'dice cuenta bloqueada'],
      [40, 'l', 'Para desbloquearla tiene que pasar al mostrador de Circulación en el primer piso con una identificación.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'referral with phone: "Le sugiero llamar a Texas RioGrande Legal Aid, la línea de ayuda legal gratuita, al 1-888-988-9996"',
    lines: [
      [0, 'p', 'necesito un abogado para un problema de custodia y no tengo dinero'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de Austin. ¿Vive en Texas?'],
      [30, 'p', 'si, en austin'],
      [40, 'l', 'Le sugiero llamar a Texas RioGrande Legal Aid, la línea de ayuda legal gratuita, al 1-888-988-9996. ¿Le es útil?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "En la página del IRS en español (irs.gov/es) encontrará el formulario" points to a website: a source, no referral',
    lines: [
      [0, 'p', 'donde consigo el formulario 1040 en español'],
      [15, 'l', 'Hola, soy Inés de la biblioteca. ¿Es para la declaración de este año?'],
      [30, 'p', 'si'],
      [40, 'l', 'En la página del IRS en español (irs.gov/es) encontrará el formulario 1040 (SP) para descargar. ¿Le sirve?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- near misses that guard this round's widenings ---------------------------------------------------------------------
  {
    // reading: "¿Qué tal si…?" suggests; "le escribe" only introduces at the start of a sentence or after a comma
    name: 'near miss: "¡Buenas tardes! El aviso que le escribe el sistema llega desde avisos@…" and "¿Qué tal si revisamos…?": greets, says nobody',
    lines: [
      [0, 'p', 'no me llegan los avisos de mis libros'],
      [15, 'l', '¡Buenas tardes! El aviso que le escribe el sistema llega desde avisos@biblio.example.org.'],
      [20, 'l', '¿Qué tal si revisamos primero su correo en la cuenta?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Le escribe Marta, de la Biblioteca de Laredo. ¿Qué tal si empezamos por su número de tarjeta?": identifies, greets nobody',
    lines: [
      [0, 'p', 'quiero saber cuanto debo'],
      [15, 'l', 'Le escribe Marta, de la Biblioteca de Laredo. ¿Qué tal si empezamos por su número de tarjeta?'],
    ],
    exp: some({ greeting: 'fail', clarify: 'pass' }),
  },
  {
    name: 'near miss: after the source, "¿Funciona la impresora de su casa?" and "¿Qué tipo de papel quiere usar?" ask about the patron\'s situation, not the answer',
    lines: [
      [0, 'p', 'como imprimo un formulario de la biblioteca en mi casa'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. ¿Es el formulario de la tarjeta?'],
      [30, 'p', 'si'],
      [40, 'l', 'Está en sjpl.org/formularios en PDF. ¿Funciona la impresora de su casa?'],
      [60, 'p', 'si'],
      [66, 'l', '¿Qué tipo de papel quiere usar?'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: the patron "ok, con eso tengo que ir al consulado?" goes on; and "Tiene hasta el jueves para devolverlo." and "Aquí estamos revisando su cuenta." end nothing',
    lines: [
      [0, 'p', 'que necesito para la carta de residencia'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. ¿Es para el consulado de México?'],
      [30, 'p', 'si'],
      [40, 'l', 'Los requisitos están en consulmex.sre.gob.mx/sanjose. ¿Le sirve?'],
      [60, 'p', 'ok, con eso tengo que ir al consulado?'],
      [70, 'l', 'Aquí estamos revisando su cuenta también: tiene un libro vencido.'],
      [76, 'l', 'Tiene hasta el jueves para devolverlo.'],
    ],
    exp: some({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'near miss: "¿Está aquí el enlace que le mandé?" in a 150 s final idle asks about the link, not the patron',
    lines: [
      [0, 'p', 'donde veo mis reservas'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. En sjpl.org/micuenta, pestaña "Reservas".'],
      [120, 'l', '¿Está aquí el enlace que le mandé, en su correo?'],
    ],
    over: { endAfter: 45 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'near miss: "¿Sigue ahí?" then "Parece que se desconectó el wifi de la sucursal, así que voy a cerrar el chat." (a thing gone, not the patron; idle 230 s)',
    lines: [
      [0, 'p', 'hay wifi en la sucursal de alviso'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. Sí, la red SJPL-Public: sjpl.org/wifi. ¿Le sirve?'],
      [150, 'l', '¿Sigue ahí?'],
      [245, 'l', 'Parece que se desconectó el wifi de la sucursal, así que voy a cerrar el chat.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "Al parecer se cortó la luz en la sucursal, por eso el chat se cerrará." (idle 230 s): the end, but no word that the patron seems gone',
    lines: [
      [0, 'p', 'esta abierta la sucursal de berryessa'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. Sí, hasta las 8: sjpl.org/berryessa. ¿Le sirve?'],
      [150, 'l', '¿Sigue ahí?'],
      [245, 'l', 'Al parecer se cortó la luz en la sucursal, por eso el chat se cerrará.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near misses: "Le he dedicado bastante tiempo a buscarlo…" tells the effort; "Si ya se le terminaron sus 60 minutos de computadora…" tells a rule: no dismissal',
    lines: [
      [0, 'p', 'encontró el libro de mi abuelo? y otra cosa, me quedé sin tiempo en la compu'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. Le he dedicado bastante tiempo a buscarlo y no aparece en ninguna biblioteca; se lo pido por préstamo interbibliotecario: sjpl.org/prestamo.'],
      [25, 'l', 'Si ya se le terminaron sus 60 minutos de computadora, pida una extensión en el mostrador. ¿Le sirve?'],
      [40, 'p', 'si gracias, eso es todo'],
      [45, 'l', '¡Hasta luego!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near misses: "Puede ir a la página de eventos…" and "puede pasar a recogerlo mañana" send the patron to no party',
    lines: [
      [0, 'p', 'hay cuentacuentos en español'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. ¿Para qué edad?'],
      [30, 'p', '3 años. tmb aparte el libro de cocina q pedí'],
      [40, 'l', 'Sí, los sábados. Puede ir a la página de eventos: sjpl.org/eventos. Su libro ya llegó y puede pasar a recogerlo mañana.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: a promise with no when, beside the patron\'s own deadline ("se devuelve en un plazo de 21 días"): contact fails',
    lines: [
      [0, 'p', 'me pueden conseguir un libro de otra biblioteca? mi correo es lmora@example.com'],
      [15, 'l', 'Hola, soy Inés de la biblioteca. Sí: lo pido y le escribo a lmora@example.com cuando llegue. Recuerde que se devuelve en un plazo de 21 días.'],
      [30, 'p', 'gracias'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss: "en el salón 211 de la biblioteca central" is a room, not a line to call: no source',
    lines: [
      [0, 'p', 'donde es la clase de ciudadania'],
      [15, 'l', 'Hola, soy Inés de la Biblioteca de San José. ¿La del sábado?'],
      [30, 'p', 'si'],
      [40, 'l', 'Es en el salón 211 de la biblioteca central, a las 10.'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'a note in Spanish that says why ("Rafa, te paso este chat: busca registros de bautizo de Zacatecas") and the patron told: handoff passes',
    lines: [
      [0, 'p', 'busco un registro de bautizo de zacatecas'],
      [15, 'l', 'Hola, soy Pilar de la Biblioteca de Fort Worth. Le paso con mi compañero Rafael, del Centro de Genealogía.'],
      [20, 'i', 'Rafa, te paso este chat: busca registros de bautizo de Zacatecas.', { to: 'rafa' }],
      [25, 's', 'Chat transferido a Rafael Ortiz', sys('transfer', 'rafa')],
      [40, 'l', 'Hola, soy Rafael. ¿Sabe el municipio?', RAFA],
    ],
    exp: some({ transfer: 'pass' }),
  },
];

describe('eleventh round (K9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K9): Spanish and bilingual sessions, every check', whole);
describeSessions('eleventh round (K9): Spanish and bilingual sessions, short cases', short);

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describeLeft('eleventh-round-spanish', LEFT);
