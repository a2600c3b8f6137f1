/**
 * Twenty-second round, area (X6): SPANISH AND BILINGUAL SESSIONS. Patrons writing in Spanish from Mexico, the Caribbean,
 * Central and South America and Spain (no accents, typos, "q", "xq", "tmb", "ntp", Spanglish), providers answering in
 * Spanish (native or not, "usted" or "tú"), sessions that switch language half way, and English-only providers who paste
 * a translator's Spanish. Every behaviour in Spanish: greeting and self-identification, clarifying questions, holds
 * ("un momentito", "déjeme buscar"), sources, completeness questions, offers of more help, check-ins ("¿sigue ahí?",
 * "¿me lee?"), disconnect notices, dismissals, follow-up promises with a contact and a when, referrals to consulates,
 * clinics, legal aid and agencies with and without a contact, goodbyes.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - Spanish words do the English ones' work: "bibliotecaria", "le atiende X de la Biblioteca …", "le saluda X" identify;
 *   "Hola", "Buenas tardes", "Bienvenido" greet; "¡Que le vaya bien!", "Hasta luego", "Vuelva cuando guste" say goodbye
 *   or invite back; "De nada" and "Con gusto" alone do not;
 * - a translator's pasted Spanish beside the English is the same message: either language may do the work;
 * - "es todo", "eso era todo", "ya no tengo más preguntas", "nada más, gracias" say the patron is done; "ok gracias",
 *   "va, gracias", "sale" do not;
 * - "¿Sigue ahí?", "¿Me lee?", "¿Está todavía en línea?" ask whether the patron is there; "Parece que se desconectó" tells
 *   them they seem gone, and only with "cerraré / voy a cerrar / terminaré la sesión" is it a disconnect notice;
 * - "Tómese su tiempo" / "con calma, aquí espero" is no hold (RUBRIC.md: telling the patron to take their time);
 * - a consulate, a clinic, "su médico", "un abogado" or a legal aid office the patron is told to call, visit or ask is a
 *   referral; with no phone, e-mail, postal address or URL in the chat it fails;
 * - "le escribo el jueves", "mañana antes del mediodía", "en dos días hábiles" are whens; "cuando tenga la respuesta" and
 *   "en cuanto sepa algo" are not;
 * - "¿Le gustaría que le mande el escaneo?" asks about something not yet given, no completeness question.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, describeSessions, FU_LIB, FU_ME, type Key, other, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const ANA = who('Ana Beltrán', 'ana');

export const whole: SessionCase[] = [
  // ---- Mexican and Central American patrons, native providers --------------------------------------------------------
  {
    name: 'library card without a US licence: "le atiende Lucía, bibliotecaria", residence asked, "déjeme revisar" hold (92 s), proof-of-address page, "¿queda resuelta su duda?", "eso era todo"',
    lines: [
      [0, 'p', 'hola buenas tardes, q necesito para sacar la credencial de la biblioteca? no tengo licencia de aqui'],
      [35, 'l', 'Buenas tardes, le atiende Lucía, bibliotecaria de la Biblioteca Pública del Condado de Pima. Con gusto le ayudo.'],
      [41, 'l', '¿Usted vive dentro del condado de Pima o viene de otro condado?'],
      [72, 'p', 'si vivo en tucson, por la 6a avenida'],
      [80, 'l', 'Perfecto. Un momentito, déjeme revisar qué documentos aceptan.'],
      [172, 'l', 'No necesita licencia: sirve cualquier identificación con foto (también la matrícula consular o el pasaporte) y un comprobante de domicilio, como un recibo de luz. La lista completa está en library.pima.gov/get-a-library-card, en español también. ¿Con esto queda resuelta su duda?'],
      [214, 'p', 'siii muchas gracias, eso era todo'],
      [221, 'l', 'Fue un gusto atenderle. ¡Que tenga muy buena tarde y vuelva cuando guste!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Pregúntele al Bibliotecario" (the service) + "Le saluda Ernesto" in the second message identify
    name: 'greeting split over two messages ("¡Buenas noches!" then "Le saluda Ernesto, del servicio Pregúntele al Bibliotecario"), a Salvadoran patron asks for GED classes in Spanish',
    lines: [
      [0, 'p', 'buenas noches, donde puedo sacar el GED en español? soy de el salvador y no termine la prepa'],
      [28, 'l', '¡Buenas noches!'],
      [33, 'l', 'Le saluda Ernesto, del servicio Pregúntele al Bibliotecario. ¿En qué ciudad o condado vive? Las clases cambian según el lugar.'],
      [66, 'p', 'en houston, harris county'],
      [74, 'l', 'Déjeme buscar las opciones de Houston, un segundo.'],
      [150, 'l', 'El examen se puede presentar en español (se llama GED en Español). La Biblioteca Pública de Houston tiene clases gratis de preparación: houstonlibrary.org/learn-explore/adult-education. Y la página oficial ged.com/es explica el examen. ¿Es lo que estaba buscando?'],
      [198, 'p', 'si, exacto'],
      [203, 'l', '¿Hay algo más en que le pueda ayudar hoy?'],
      [230, 'p', 'no, nada mas. gracias'],
      [236, 'l', '¡Mucho éxito con sus estudios! Hasta luego.'],
    ],
    exp: usual(),
  },
  {
    // reading: the consulate the patron must go to has no phone, address or URL, so the referral fails; "la Secretaría"
    // named without a way to reach it is no source, and nothing else was given: source fails (completeness then applies)
    name: 'Guatemalan passport renewal in LA: "tiene que ir al Consulado General de Guatemala" with no contact and no source; "¿Le sirve esta información?" after the answer',
    lines: [
      [0, 'p', 'buenas como renuevo mi pasaporte de guatemala estando aca en LA'],
      [40, 'l', 'Hola, buen día. Soy Patricia, bibliotecaria de la Biblioteca Pública de Los Ángeles. ¿Su pasaporte ya venció o está por vencer?'],
      [75, 'p', 'se vence en marzo'],
      [90, 'l', 'Esa renovación no la hace la biblioteca ni el gobierno de aquí: tiene que ir al Consulado General de Guatemala en Los Ángeles con su pasaporte actual y su DPI. Ellos le dicen el costo. ¿Le sirve esta información?'],
      [130, 'p', 'ok si'],
      [134, 'l', '¿Le ayudo con algo más?'],
      [160, 'p', 'no gracias'],
      [164, 'l', 'Muy bien, ¡que le vaya bien!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'Mexican consulate with its phone and site: matrícula consular, the city asked, "Consulado de México en Denver" at a number and consulmex.sre.gob.mx/denver, "¿Contesta su pregunta?"',
    lines: [
      [0, 'p', 'ola kiero sacar la matricula consular x primera ves, ustedes saben donde?'],
      [22, 'l', '¡Hola! Bienvenido al chat de la Biblioteca de Denver, me llamo Sofía. ¿Vive usted en Colorado?'],
      [51, 'p', 'si en aurora'],
      [60, 'l', 'Para Aurora le corresponde el Consulado de México en Denver. Hay que sacar cita: llame al 877-639-4835 (MEXITEL) o entre a consulmex.sre.gob.mx/denver, donde está la lista de documentos. ¿Contesta su pregunta?'],
      [100, 'p', 'si mil gracias, ya no tengo mas preguntas'],
      [106, 'l', 'Gracias a usted por escribirnos. ¡Saludos!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // pickup at exactly 60 s passes; the span from the patron's 100 s message to the reply at 220 s is exactly 120 s: not longer
    name: 'thresholds met exactly: pickup at 60 s, a 120 s wait after the patron\'s message, tax forms in Spanish (formulario 1040 en español) at irs.gov/es',
    lines: [
      [0, 'p', 'hay formularios de impuestos en espanol? el 1040'],
      [60, 'l', 'Hola, soy Raúl de la Biblioteca del Condado de Fresno. ¿Lo necesita en papel o le sirve imprimirlo?'],
      [100, 'p', 'imprimirlo esta bien'],
      [220, 'l', 'El IRS tiene el 1040 en español (1040(SP)) para descargar en irs.gov/es/forms-pubs. Lo puede imprimir en cualquiera de nuestras sucursales. ¿Era eso lo que necesitaba?'],
      [260, 'p', 'si es todo gracias'],
      [266, 'l', '¡Con gusto! Que le vaya bien.'],
    ],
    exp: usual(),
  },
  {
    name: 'pickup at 61 s fails: a Honduran patron, a provider in "tú", citizenship test questions in Spanish at uscis.gov/es, "¿Te sirve?", "¿Algo más?", "ya, gracias, es todo"',
    lines: [
      [0, 'p', 'tienen las preguntas del examen de ciudadania en español?? mi papa se va a hacer la ciudadania'],
      [61, 'l', '¡Hola! Soy Dani, bibliotecario de Ask Us Now. ¿Tu papá tiene más de 65 años y 20 de residente? Eso decide si puede hacer el examen en español.'],
      [99, 'p', 'tiene 67 y lleva como 25 aqui'],
      [110, 'l', 'Entonces sí puede. Las 100 preguntas de cívica en español están en uscis.gov/es/ciudadania, con audio también. ¿Te sirve?'],
      [140, 'p', 'si perfecto'],
      [144, 'l', '¿Algo más en que te pueda ayudar?'],
      [170, 'p', 'ya, gracias, es todo'],
      [175, 'l', '¡Mucha suerte a tu papá! Chao.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  // ---- Caribbean patrons ------------------------------------------------------------------------------------------------
  {
    // the hold at 95 s runs to the answer at 230 s: 135 s, longer than 120 s
    name: 'Puerto Rican patron, FAFSA in Spanish: "Déjame buscar" then 135 s of silence before the answer fails keep_informed; studentaid.gov/es, "¿Eso te ayuda?"',
    lines: [
      [0, 'p', 'wepa, necesito ayuda con la FAFSA en español xfa, mi mai no entiende ingles'],
      [30, 'l', 'Hola, bienvenida al chat de la Biblioteca de Orlando. Me llamo Iris. ¿Es para el año escolar 2026-27?'],
      [70, 'p', 'si pa ese'],
      [95, 'l', 'Déjame buscar la versión en español.'],
      [230, 'l', 'Ya: la solicitud completa está en español en studentaid.gov/es, y la guía para llenarla está en la misma página bajo "Ayuda". ¿Eso te ayuda?'],
      [262, 'p', 'siii'],
      [266, 'l', '¿Necesitas algo más?'],
      [290, 'p', 'no, na mas, grax!!'],
      [294, 'l', '¡Suerte con la solicitud! Bye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "nah ya con eso tengo" alone would not do, "no tengo mas preguntas" does
    name: 'Dominican patron in chat-speak asks for a Dominican cookbook, "xq" and "tmb", two holds a minute apart, the catalogue steps, the patron says "no tengo mas preguntas"',
    lines: [
      [0, 'p', 'klk, tienen libros d cocina dominicana? xq mi abuela ya no esta y quiero hacer sus recetas'],
      [24, 'l', 'Hola, ¡bienvenido! Soy Marisol, de la Biblioteca Pública de Nueva York. Lamento lo de tu abuela. ¿Los quieres en español o en inglés?'],
      [55, 'p', 'en español, tmb en ingles si hay'],
      [62, 'l', 'Dame un momento, estoy buscando en el catálogo.'],
      [150, 'l', 'Sigo buscando, ya encontré uno.'],
      [230, 'l', 'En nypl.org, en el catálogo, busca "cocina dominicana": salen "Mi cocina dominicana" de Clara González y "Dominican Cooking" de Marcia Jiménez, las dos con copias en la sucursal de Washington Heights. ¿Te sirven?'],
      [280, 'p', 'sii los dos. nah ya con eso tengo, no tengo mas preguntas'],
      [284, 'l', '¡Que disfrutes cocinando! Hasta luego.'],
    ],
    exp: usual(),
  },
  {
    name: 'Cuban patron, the Miami Dade library: clarifying by restating ("O sea, ¿quiere aprender inglés en línea gratis?"), Mango Languages named, no completeness question, "ok gracias" alone',
    lines: [
      [0, 'p', 'quisiera saber si hay algo para aprender ingles por internet que no cueste'],
      [31, 'l', 'Buenas, le habla Yosvany, bibliotecario del Sistema de Bibliotecas de Miami-Dade. O sea, ¿quiere aprender inglés en línea gratis?'],
      [62, 'p', 'si eso mismo'],
      [70, 'l', 'Con su tarjeta de la biblioteca puede usar Mango Languages, que tiene cursos de inglés para hispanohablantes: entre a mdpls.org, luego "eLibrary" y luego "Mango Languages".'],
      [120, 'p', 'ok gracias'],
      [126, 'l', 'A la orden. ¡Hasta luego!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  // ---- Spain and South America ---------------------------------------------------------------------------------------
  {
    // reading: "Un saludo y que disfrute la lectura" signs off: a goodbye
    name: 'a patron from Madrid studying abroad, "vale", the catalogue reserve steps, a hold of 118 s, "¿Le resuelve esto la duda?", the provider asks "¿Desea algo más?" and closes "Un saludo"',
    lines: [
      [0, 'p', 'Hola, estoy de intercambio y quería reservar un libro que está prestado, ¿cómo lo hago?'],
      [44, 'l', 'Hola, bienvenida. Soy Carmen, bibliotecaria de la Universidad de Arizona. ¿Qué libro es? Así le digo si se puede reservar.'],
      [80, 'p', 'Vale, es "Cien años de soledad", la edición de Cátedra'],
      [90, 'l', 'Un momento, lo compruebo en el catálogo.'],
      [208, 'l', 'Está prestado hasta el 14. En el catálogo (lib.arizona.edu), busque el título, pulse "Request" e inicie sesión con su NetID; le avisarán por correo cuando llegue. ¿Le resuelve esto la duda?'],
      [250, 'p', 'Sí, perfecto'],
      [255, 'l', '¿Desea algo más?'],
      [280, 'p', 'No, eso es todo. Muchas gracias'],
      [285, 'l', 'Un saludo y que disfrute la lectura.'],
    ],
    exp: usual(),
  },
  {
    // the clarifying question comes after the first source: too late
    name: 'Colombian patron, school project on the Amazon: the provider gives a database first, then asks the grade; clarify fails',
    lines: [
      [0, 'p', 'hola necesito info sobre la deforestacion del amazonas para un proyecto'],
      [27, 'l', 'Hola, soy Andrés, bibliotecario de la Biblioteca Pública de Queens. En nuestra página, queenslibrary.org, entre a "Research" y luego a "Gale in Context: Environmental Studies"; tiene artículos en español.'],
      [33, 'l', '¿Para qué grado es el proyecto?'],
      [70, 'p', 'octavo'],
      [78, 'l', 'Entonces esos artículos le van bien. ¿Le funciona?'],
      [110, 'p', 'si gracias eso es todo'],
      [115, 'l', '¡Éxito con el proyecto! Chao.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "¡Hola! ¿En qué le puedo ayudar?" greets but names no one; the screen name does not count
    name: 'Peruvian patron, greeting without a name: "¡Hola! ¿En qué le puedo ayudar?" then "Déjeme ver" (screen name only), the voting registration page in Spanish',
    lines: [
      [0, 'p', 'como me registro para votar, soy ciudadana nueva'],
      [25, 'l', '¡Hola! ¿En qué le puedo ayudar?'],
      [29, 'l', 'Déjeme ver, un momento.'],
      [40, 'l', '¿En qué estado vive usted?'],
      [62, 'p', 'new jersey'],
      [70, 'l', 'En Nueva Jersey se registra en línea en voter.svrs.nj.gov/register, en español también. ¿Esto le responde la pregunta?'],
      [105, 'p', 'si muchas gracias, era todo'],
      [110, 'l', 'Que tenga un buen día.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "Que tenga un buen día" and "Hasta luego" are goodbyes; "Con gusto" alone is not
    name: 'Argentine patron ("che", "vos"), a provider who ends with two messages that are no goodbye: "Con gusto." and "Acordate que el turno online vence a los 30 días."; courteous fails',
    lines: [
      [0, 'p', 'che, necesito apostillar un titulo argentino para usarlo aca en florida, sabes donde?'],
      [29, 'l', 'Hola, soy Martín, de la Biblioteca de Broward. ¿El título es universitario o secundario?'],
      [60, 'p', 'universitario'],
      [68, 'l', 'La apostilla la da Cancillería argentina en línea: cancilleria.gob.ar/es/servicios/apostilla. ¿Es lo que buscabas?'],
      [100, 'p', 'si justo, gracias. eso es todo'],
      [104, 'l', 'Con gusto.'],
      [110, 'l', 'Acordate que el turno online vence a los 30 días.'],
    ],
    exp: usual({ courteous: 'fail', idle: 'na', disconnect: 'na' }),
  },
  // ---- English-only providers with a translator, and switching languages ---------------------------------------------------
  {
    name: 'an English-only provider pastes a translator\'s Spanish: ESL classes, adults or children asked, the adult school referral with its phone, "¿Esto responde a su pregunta?"',
    lines: [
      [0, 'p', 'buenas tardes. hay clases de ingles para adultos en la biblioteca?'],
      [38, 'l', "Hello! I'm Kevin, a librarian at Riverside Public Library. I'm using a translator. / ¡Hola! Soy Kevin, bibliotecario de la Biblioteca Pública de Riverside. Estoy usando un traductor."],
      [44, 'l', 'Are the classes for you or for a child? / ¿Las clases son para usted o para un niño?'],
      [80, 'p', 'para mi'],
      [120, 'l', 'The library has free conversation groups on Tuesdays: riversideca.gov/library/esl. For full classes, call the Riverside Adult School at 951-788-7185. / La biblioteca tiene grupos de conversación gratis los martes: riversideca.gov/library/esl. Para clases completas, llame a la Escuela para Adultos de Riverside al 951-788-7185. ¿Esto responde a su pregunta?'],
      [170, 'p', 'si gracias'],
      [175, 'l', 'Do you need anything else? / ¿Necesita algo más?'],
      [200, 'p', 'no'],
      [204, 'l', 'Thank you for using our chat. Goodbye! / Gracias por usar nuestro chat. ¡Adiós!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the translator's Spanish alone in a message still does the English's work
    name: 'an English provider who writes only the translator\'s Spanish after greeting in English: library hours, the branch asked, the hours page, "¿Le fue útil?", invited back',
    lines: [
      [0, 'p', 'a que hora abren el domingo la biblioteca de la calle main'],
      [19, 'l', 'Hi, this is Greg at Salinas Public Library. Hola, soy Greg, de la Biblioteca Pública de Salinas (uso un traductor).'],
      [25, 'l', '¿Se refiere a la Biblioteca John Steinbeck, en la calle Main de Salinas?'],
      [50, 'p', 'si esa'],
      [58, 'l', 'Los domingos abre de 1 a 5 de la tarde. Los horarios de todas las bibliotecas están en salinaspubliclibrary.org/hours. ¿Le fue útil?'],
      [90, 'p', 'si'],
      [95, 'l', '¿Puedo ayudarle con otra cosa?'],
      [130, 'p', 'no, era todo'],
      [134, 'l', 'Gracias por escribir. Vuelva a contactarnos cuando quiera.'],
    ],
    exp: usual(),
  },
  {
    name: 'switching languages: a patron starts in English and moves to Spanish for her mother, the provider follows, immunization records for school, the state page, the patron is done',
    lines: [
      [0, 'p', 'hi im helping my mom, she needs my little brothers vaccine records for school'],
      [30, 'l', "Hi! I'm Joanna, a librarian with the Ask Colorado chat. Which state was he vaccinated in?"],
      [52, 'p', 'colorado. puedo escribir en español? es mas facil para mi mama'],
      [58, 'l', '¡Claro que sí! Un momentito mientras busco la página en español.'],
      [150, 'l', 'Los padres pueden pedir el registro de vacunas en línea en el Colorado Immunization Information System: cdphe.colorado.gov/ciis, hay un botón "Español". ¿Es lo que necesitaban?'],
      [200, 'p', 'si gracias! ya es todo'],
      [204, 'l', '¡Que les vaya muy bien a usted y a su mamá!'],
    ],
    exp: usual(),
  },
  // ---- follow-ups ------------------------------------------------------------------------------------------------------
  {
    name: 'Colombian patron, an obituary from 1987 on microfilm: e-mail given and read back, "le escribo el jueves a más tardar", Follow-up by me, the index as a source meanwhile',
    lines: [
      [0, 'p', 'buenas, busco el obituario de mi tio Hernando Ospina, murio aqui en Elizabeth NJ en 1987'],
      [33, 'l', 'Buenas tardes, soy Claudia, bibliotecaria de la Biblioteca Pública de Elizabeth. ¿Recuerda el mes en que falleció?'],
      [70, 'p', 'creo q en agosto'],
      [78, 'l', 'Déjeme revisar qué tenemos de 1987.'],
      [170, 'l', 'El periódico de 1987 solo está en microfilm, así que tengo que buscarlo yo en sala. Mientras tanto, el índice de obituarios está en nuestra página, elizabethnjlibrary.org/obituaries. ¿Le sirve eso por ahora? ¿Me deja un correo para mandarle lo que encuentre?'],
      [230, 'p', 'si claro, mariela.ospina@correo.example.com'],
      [240, 'l', 'Anotado: mariela.ospina@correo.example.com. Le escribo el jueves a más tardar con la copia del obituario.'],
      [270, 'p', 'muchisimas gracias, eso es todo por hoy'],
      [276, 'l', '¡Que esté muy bien! Hasta pronto.'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    // reading: "cuando tenga la respuesta" is no when
    name: 'a promise with the e-mail but no when ("le mando un correo cuando tenga la respuesta"): Follow-up by me, contact fails (critical)',
    lines: [
      [0, 'p', 'necesito saber si el libro de texto de mi hija lo tienen en español, es de 5to grado, matematicas'],
      [26, 'l', 'Hola, soy Beatriz de la Biblioteca de Santa Ana. ¿Sabe el título o la editorial del libro?'],
      [60, 'p', 'es el de envision math, de pearson'],
      [70, 'l', 'Tengo que preguntarle a la escuela y a la editorial. En el catálogo (santa-ana.org/library) no aparece. ¿Me da su correo? Le mando un correo cuando tenga la respuesta. ¿Le parece bien?'],
      [110, 'p', 'ok, rosa_lem@mail.example.com'],
      [118, 'l', 'Gracias, rosa_lem@mail.example.com. ¿Hay algo más en que le pueda ayudar?'],
      [140, 'p', 'no gracias'],
      [144, 'l', '¡Gracias por escribirnos!'],
    ],
    over: FU_ME,
    // reading: "¿Le parece bien?" asks about the plan, not whether the information given meets the need
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a promise in the chat ("Yo le llamo mañana antes del mediodía") with the phone read back, but coded Answered: code fails, contact passes',
    lines: [
      [0, 'p', 'hola, mi hijo perdio un libro de la biblioteca y nos llego una multa, se puede arreglar?'],
      [34, 'l', 'Hola, buenos días. Le habla Verónica, de la Biblioteca del Condado de Hidalgo. ¿Recuerda el título del libro o tiene el número de la tarjeta?'],
      [80, 'p', 'la tarjeta termina en 4471'],
      [90, 'l', 'Las multas por libros perdidos se pueden pagar o cambiar por el libro nuevo; las reglas están en hidalgocounty.us/library, en "Multas". La cuenta la tiene que revisar la encargada, que hoy no está. ¿Me deja un teléfono?'],
      [130, 'p', '956-555-0142'],
      [138, 'l', 'Muy bien, 956-555-0142. Yo le llamo mañana antes del mediodía para decirle cuánto es. ¿Le sirve lo de las reglas?'],
      [170, 'p', 'si, gracias, es todo'],
      [175, 'l', 'Gracias a usted, ¡hasta mañana!'],
    ],
    exp: followed({ code: 'fail' }),
  },
  {
    // reading: "alguien de la Biblioteca de Hialeah le llamará" is a follow-up promise ("someone from your library will contact you"), not a referral
    name: 'Follow-up by patron\'s library: the question passed to Hialeah, "le llamarán en los próximos dos días hábiles" with the phone repeated; no referral',
    lines: [
      [0, 'p', 'quiero saber si la biblioteca de hialeah tiene clases de computacion para señoras mayores'],
      [40, 'l', 'Hola, buenas tardes, soy Lourdes, bibliotecaria del chat estatal Ask a Librarian Florida. ¿Las clases serían para usted?'],
      [72, 'p', 'si para mi, tengo 70 años y no se nada de computadoras'],
      [80, 'l', 'Qué bueno que quiere aprender. El calendario general de Hialeah está en hialeahfl.gov/library, pero ahí no salen las clases de este mes. ¿Le sirve esa página por ahora?'],
      [120, 'p', 'la veo despues, es que no se usar bien'],
      [126, 'l', 'No se preocupe. Voy a pasar su pregunta a la Biblioteca de Hialeah y alguien de allá le llamará en los próximos dos días hábiles. ¿A qué número?'],
      [160, 'p', '305 555 0163'],
      [168, 'l', 'Listo, 305-555-0163. ¿Le ayudo con algo más?'],
      [190, 'p', 'no mija, muchas gracias'],
      [195, 'l', '¡Que tenga buena tarde, señora!'],
    ],
    over: FU_LIB,
    exp: followed(),
  },
  {
    name: 'a follow-up recorded done 50 h after the session: on_time passes; a Venezuelan patron\'s birth certificate apostille, the e-mail confirmed, "el lunes"',
    lines: [
      [0, 'p', 'necesito saber como apostillar una partida de nacimiento venezolana desde aca'],
      [30, 'l', 'Hola, soy Gabriel, bibliotecario de la Biblioteca de Doral. ¿La partida es vieja o es de las nuevas con código QR?'],
      [66, 'p', 'es vieja del 95'],
      [74, 'l', 'Eso depende del SAREN, cuya página es saren.gob.ve, pero los trámites cambiaron este año y quiero confirmarlo bien. ¿Le parece si le escribo el lunes a su correo con los pasos?'],
      [110, 'p', 'si, dayana.r@correo.example.com'],
      [118, 'l', 'Perfecto, dayana.r@correo.example.com, el lunes le escribo. ¿Algo más?'],
      [140, 'p', 'no, es todo'],
      [145, 'l', '¡Gracias por escribir! Que esté bien.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(150 + 50 * 3600), by: 'jo', note: 'le mandé los pasos del SAREN' }] },
    // no question whether what was given meets the need (only about the plan): completeness fails
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  // ---- idle endings ------------------------------------------------------------------------------------------------------
  {
    // final idle from the answer (60 s) to the goodbye-notice (250 s): 190 s
    name: 'the patron goes quiet after the answer: "¿Sigue ahí?" at 185 s, then "Parece que se desconectó, voy a cerrar el chat; vuelva a escribirnos" at 250 s; idle and disconnect pass',
    lines: [
      [0, 'p', 'donde consigo la forma para el seguro de desempleo en español'],
      [30, 'l', 'Hola, soy Tomás de la Biblioteca Estatal de Nueva Jersey. ¿Usted trabajó en Nueva Jersey?'],
      [50, 'p', 'si'],
      [60, 'l', 'La solicitud en español está en myunemployment.nj.gov, botón "Español". ¿Es lo que buscaba?'],
      [185, 'l', '¿Sigue ahí?'],
      [250, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. Si necesita algo más, vuelva a escribirnos. ¡Gracias!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // final idle from the answer (70 s) to the goodbye (245 s): 175 s, under 180: no disconnect notice needed
    name: 'idle of 175 s: "¿Me lee?" at 190 s, "Como no responde, cerraré la sesión. ¡Gracias por contactarnos!" at 245 s; idle passes, disconnect na',
    lines: [
      [0, 'p', 'q documentos piden para inscribir a un niño en la escuela en chicago'],
      [28, 'l', 'Hola, le atiende Inés, bibliotecaria de la Biblioteca Pública de Chicago. ¿Es para kínder o para un grado más alto?'],
      [55, 'p', 'kinder'],
      [70, 'l', 'Las Escuelas Públicas de Chicago piden acta de nacimiento, comprobante de domicilio y cartilla de vacunas; la lista está en cps.edu/es/inscripcion. ¿Le ayuda esto?'],
      [190, 'l', '¿Me lee?'],
      [245, 'l', 'Como no responde, cerraré la sesión. ¡Gracias por contactarnos!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'na' }),
  },
  {
    // final idle 200 s with no question whether the patron is there
    name: 'no check-in: after the answer the provider waits 200 s and writes "Parece que ya no está en línea, así que terminaré la sesión. Hasta luego." idle fails, disconnect passes',
    lines: [
      [0, 'p', 'como saco una cita en el DMV en español'],
      [25, 'l', 'Hola, soy Elena, bibliotecaria de Sacramento Public Library. ¿Es para la licencia o para registrar un carro?'],
      [45, 'p', 'licencia'],
      [55, 'l', 'Las citas se sacan en dmv.ca.gov/portal/es, en "Citas". ¿Le sirve?'],
      [255, 'l', 'Parece que ya no está en línea, así que terminaré la sesión. Hasta luego.'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: the greeting, the check-in and the notice are no substantive exchange; Lost Call with one patron message passes
    name: 'Lost Call: the patron sends one question and vanishes; greeting, "¿Sigue ahí?" at 180 s, "Parece que se desconectó; cerraré el chat. Vuelva cuando guste." at 240 s',
    lines: [
      [0, 'p', 'buenas tienen abogados gratis'],
      [42, 'l', 'Hola, buenas tardes. Soy Rosa, bibliotecaria de la Biblioteca de El Paso. ¿En qué le ayudo?'],
      [180, 'l', '¿Sigue ahí?'],
      [240, 'l', 'Parece que se desconectó; cerraré el chat. Vuelva cuando guste.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call although the patron wrote twice ("hola?" after the question): code fails; the provider asked which county, no answer came',
    lines: [
      [0, 'p', 'necesito ayuda con la renta, me van a desalojar'],
      [20, 'p', 'hola?'],
      [45, 'l', 'Hola, soy Jorge de la Biblioteca del Condado de Maricopa. Siento mucho lo que está pasando. ¿En qué ciudad vive?'],
      [170, 'l', '¿Está todavía en línea?'],
      [235, 'l', 'Parece que perdimos la conexión, voy a cerrar este chat. Si nos vuelve a escribir, con gusto le ayudamos. ¡Cuídese!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    // the clarifying question is a visible message other than a greeting: a substantive exchange; no source given
    exp: usual({ source: 'fail', anything: 'fail', complete: 'fail', code: 'fail', idle: 'pass', disconnect: 'pass', informed: 'pass' }),
  },
  // ---- endings -------------------------------------------------------------------------------------------------------------
  {
    name: 'dismissal: "Ya le contesté tres preguntas, es el límite por sesión. Adiós." after a Bolivian patron\'s fourth question fails (critical)',
    lines: [
      [0, 'p', 'hola, tienen libros de Jaime Saenz?'],
      [20, 'l', 'Hola, soy Felipe, de la Biblioteca de Arlington. ¿En español o traducidos?'],
      [40, 'p', 'en español'],
      [50, 'l', 'Tenemos "Felipe Delgado" y "La piedra imán"; búsquelos en el catálogo, library.arlingtonva.us. ¿Es lo que quería?'],
      [80, 'p', 'si. y tienen peliculas bolivianas? y musica? y revistas de la paz?'],
      [90, 'l', 'Ya le contesté tres preguntas, es el límite por sesión. Adiós.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'others waiting, allowed: "Hay otras personas esperando; si tiene más preguntas, vuelva a conectarse más tarde. ¡Gracias!" after the answer',
    lines: [
      [0, 'p', 'buenas, donde veo las fechas de las ferias de salud gratis en san antonio'],
      [25, 'l', 'Buenas tardes, soy Adriana de la Biblioteca Pública de San Antonio. ¿Busca algo en particular, como vacunas o exámenes dentales?'],
      [55, 'p', 'vacunas pa los niños'],
      [65, 'l', 'Metro Health publica las clínicas de vacunas gratis en sanantonio.gov/health, en "Vacunas". ¿Le resuelve la duda?'],
      [95, 'p', 'si. y tambien quiero saber de clases de manejo y de la licencia y de los taxes'],
      [103, 'l', 'Hay otras personas esperando; si tiene más preguntas, vuelva a conectarse más tarde y con gusto le ayudamos. ¡Gracias por escribir!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- transfers and concurrency ---------------------------------------------------------------------------------------------
  {
    name: 'an English-only provider transfers to a Spanish-speaking colleague: the internal note says why, "Le transfiero con una colega que habla español", Ana answers about citizenship books',
    lines: [
      [0, 'p', 'buenas, quisiera libros para estudiar para la ciudadania pero en español'],
      [30, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Un momento, por favor."],
      [40, 'i', 'Ana, patron writing in Spanish, wants citizenship study books, can you take her? My Spanish is not good enough.'],
      [55, 'l', 'Le transfiero con una colega que habla español. Un momento, por favor.'],
      [60, 's', 'Chat transferred to Ana Beltrán', sys('transfer', 'ana')],
      [80, 'l', 'Hola, soy Ana, bibliotecaria. ¿Busca libros para leer o también prefiere videos?', ANA],
      [110, 'p', 'libros'],
      [120, 'l', 'Tenemos "Aprenda la ciudadanía: 100 preguntas" en el catálogo (samplecountylibrary.org/catalog). ¿Es lo que buscaba?', ANA],
      [150, 'p', 'si gracias, es todo'],
      [155, 'l', '¡Mucha suerte en su entrevista! Hasta luego.', ANA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // no internal message to Ana before the transfer
    name: 'a transfer to a Spanish speaker without an internal note: the patron is told, no note to the colleague; transfer fails',
    lines: [
      [0, 'p', 'necesito ayuda para llenar una solicitud de vivienda, no entiendo el ingles'],
      [25, 'l', "Hello, I'm Jo from Sample County Library. Le voy a pasar con una compañera que habla español."],
      [40, 's', 'Chat transferred to Ana Beltrán', sys('transfer', 'ana')],
      [60, 'l', 'Hola, soy Ana, bibliotecaria. ¿Es la solicitud de la Autoridad de Vivienda del condado?', ANA],
      [90, 'p', 'si esa'],
      [100, 'l', 'La solicitud tiene instrucciones en español en samplecountyhousing.org/es. ¿Le sirve?', ANA],
      [130, 'p', 'si ya es todo gracias'],
      [135, 'l', '¡Que le vaya bien!', ANA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'the provider has four sessions open at once while answering a Nicaraguan patron about TPS: concurrency fails; the rest goes well',
    lines: [
      [0, 'p', 'donde veo si se extendio el TPS para nicaragua'],
      [30, 'l', 'Hola, le saluda Jo, bibliotecaria de Sample County Library. ¿Quiere el aviso oficial o una explicación sencilla?'],
      [60, 'p', 'el oficial'],
      [70, 'l', 'El aviso oficial en español está en uscis.gov/es/tps, en la sección de Nicaragua. ¿Es esto lo que necesitaba?'],
      [110, 'p', 'si gracias es todo'],
      [114, 'l', 'De nada, ¡hasta luego!'],
    ],
    ctx: { otherIntervals: [other('x6-tps-a', 'jo', -200, 400), other('x6-tps-b', 'jo', 10, 300), other('x6-tps-c', 'jo', 50, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  // ---- referrals -----------------------------------------------------------------------------------------------------------
  {
    name: 'legal aid with its phone: a Mexican patron\'s immigration question, "no puedo dar consejo legal", the library guide and "llame al Centro Legal de la Raza al 510-437-1554"',
    lines: [
      [0, 'p', 'mi esposo tiene una orden de deportacion, que podemos hacer?'],
      [30, 'l', 'Hola, soy Gloria, bibliotecaria de la Biblioteca Pública de Oakland. Lo siento mucho. ¿Ya tienen fecha de audiencia?'],
      [70, 'p', 'si en junio'],
      [80, 'l', 'No puedo dar consejo legal, pero sí decirle a dónde ir. Llame al Centro Legal de la Raza al 510-437-1554: dan consultas gratis sobre deportación. Nuestra guía de recursos para inmigrantes está en oaklandlibrary.org/inmigracion. ¿Le sirve esta información?'],
      [120, 'p', 'si mil gracias, es todo'],
      [125, 'l', 'Mucho ánimo. Cuídense mucho.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the clinic has its phone; "pregunte en el departamento de salud del condado" names a party with none
    name: 'a clinic with its phone and the county health department without one: "llame a la clínica La Familia al 505-… o pregunte en el departamento de salud del condado" fails referral',
    lines: [
      [0, 'p', 'donde me pueden hacer un examen de diabetes barato? no tengo seguro'],
      [26, 'l', 'Hola, soy Ramón, bibliotecario de la Biblioteca de Santa Fe. ¿Vive en Santa Fe?'],
      [50, 'p', 'si'],
      [58, 'l', 'Puede llamar a la clínica comunitaria La Familia al 505-982-4425 o preguntar en el departamento de salud del condado. MedlinePlus en español (medlineplus.gov/spanish) explica el examen. ¿Le ayuda?'],
      [100, 'p', 'si gracias es todo'],
      [104, 'l', '¡Que se mejore! Adiós.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Practice session in Spanish (a trainee tests the chat): every check na',
    lines: [
      [0, 'p', 'prueba prueba, hola'],
      [10, 'l', 'Hola, soy Nati, probando el chat en español.'],
      [20, 'p', 'ok funciona'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
];

// ---- short cases: the checks each is about ------------------------------------------------------------------------------
const Q = [0, 'p', 'hola, como saco la tarjeta de la biblioteca?'] as const;
const ASKED: SessionCase['lines'] = [[...Q], [20, 'l', 'Hola, soy Jo, bibliotecaria de la Biblioteca de Sample County. ¿Vive en el condado?'], [45, 'p', 'si, en springfield']];
const ANSWER = 'La tarjeta se saca en línea en samplecountylibrary.org/tarjeta con una identificación y un comprobante de domicilio.';

export const short: SessionCase[] = [
  {
    name: '"Un momentito por favor" then 150 s before the next provider message: keep_informed fails',
    lines: [...ASKED, [55, 'l', 'Un momentito por favor, lo busco.'], [205, 'l', `${ANSWER} ¿Le sirve?`], [230, 'p', 'si es todo'], [234, 'l', '¡Hasta luego!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Sigo buscando, ya casi" every 100 s: each hold starts a new span, keep_informed passes',
    lines: [...ASKED, [55, 'l', 'Déjeme buscar, un momento.'], [155, 'l', 'Sigo buscando, ya casi.'], [255, 'l', `${ANSWER} ¿Le sirve?`], [280, 'p', 'si es todo'], [284, 'l', '¡Hasta luego!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: "tómese su tiempo" is no hold; the wait after it is on the patron
    name: '"Claro, tómese su tiempo, aquí espero" is no hold: the patron\'s 200 s search for the card number is waiting on the patron; keep_informed passes',
    lines: [
      ...ASKED,
      [52, 'l', 'Si ya tiene una tarjeta vieja, la podemos renovar. ¿Tiene el número a la mano?'],
      [70, 'p', 'dejeme buscarla'],
      [75, 'l', 'Claro, tómese su tiempo, aquí espero.'],
      [275, 'p', 'ya la encontre: 21234000456'],
      [285, 'l', `Gracias. La renovación es en línea: ${ANSWER} ¿Le sirve?`],
      [300, 'p', 'si, es todo'],
      [305, 'l', '¡Hasta luego!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"¿Me lee?" asked 130 s into the final idle, then "Gracias por escribirnos, hasta luego" at 150 s: idle passes, disconnect na',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [182, 'l', '¿Me lee?'], [202, 'l', 'Gracias por escribirnos, hasta luego.']],
    exp: some({ idle: 'pass', disconnect: 'na', courteous: 'pass' }),
  },
  {
    // one message asks and gives the notice; it does not thank nor say goodbye, so the idle runs to the end
    name: 'one message does both: "¿Sigue ahí? Parece que se desconectó; si no responde, cerraré la sesión." 190 s into the idle; no goodbye, courteous fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [242, 'l', '¿Sigue ahí? Parece que se desconectó; si no responde, cerraré la sesión.']],
    over: { endAfter: 60 },
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'fail' }),
  },
  {
    // reading: announcing the end alone is no goodbye, and it does not say the patron seems gone
    name: '"Voy a cerrar el chat ahora." 200 s after the answer: no goodbye, no disconnect notice, no check-in',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [252, 'l', 'Voy a cerrar el chat ahora.']],
    exp: some({ courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: '"¡Que le vaya bien!" as the last message says goodbye: courteous passes',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'si gracias'], [84, 'l', '¡Que le vaya bien!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: "De nada" is no thanks, goodbye nor invitation back
    name: '"De nada." after "Sale, gracias": courteous fails; "sale, gracias" is not the patron saying they are done',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'sale, gracias'], [84, 'l', 'De nada.']],
    exp: some({ courteous: 'fail', anything: 'fail' }),
  },
  {
    name: '"¿Le gustaría que le mande el formulario escaneado?" asks about something not given: completeness fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le gustaría que le mande el formulario escaneado a su correo?`], [80, 'p', 'no, asi esta bien, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"¿Encontró lo que necesitaba?" after the link: completeness passes',
    lines: [...ASKED, [52, 'l', ANSWER], [90, 'p', 'ya entre'], [95, 'l', '¿Encontró lo que necesitaba?'], [120, 'p', 'si, es todo'], [124, 'l', '¡Hasta luego!']],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    name: '"Le recomiendo consultar con su médico" with no contact: referral fails',
    lines: [
      [0, 'p', 'es seguro tomar te de manzanilla en el embarazo?'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County. ¿Busca información general o algo para su caso?'],
      [45, 'p', 'general'],
      [52, 'l', 'MedlinePlus en español tiene una página sobre hierbas en el embarazo: medlineplus.gov/spanish/herbalmedicine.html. Para su caso, le recomiendo consultar con su médico. ¿Le sirve?'],
      [80, 'p', 'si es todo'],
      [84, 'l', '¡Cuídese!'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"Comuníquese con el Consulado de Honduras en Houston al 713-622-4572" refers with a contact: referral passes',
    lines: [
      [0, 'p', 'como saco mi partida de nacimiento de honduras desde texas'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County. ¿Está en el área de Houston?'],
      [45, 'p', 'si'],
      [52, 'l', 'Comuníquese con el Consulado de Honduras en Houston al 713-622-4572; ellos la piden al Registro Nacional de las Personas. ¿Le sirve?'],
      [80, 'p', 'si es todo'],
      [84, 'l', '¡Hasta luego!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: an agency named without a way to reach it is no source
    name: '"Eso lo maneja el Seguro Social." and nothing else: no source',
    lines: [
      [0, 'p', 'como cambio mi apellido en la tarjeta del seguro social despues de casarme'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County. ¿Ya tiene el acta de matrimonio?'],
      [45, 'p', 'si'],
      [52, 'l', 'Eso lo maneja el Seguro Social, no la biblioteca. ¿Le sirve saber eso?'],
      [80, 'p', 'ok'],
      [84, 'l', '¡Hasta luego!'],
    ],
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: 'a restatement as the clarifying step: "O sea que necesita el acta de nacimiento de su hijo, que nació en Texas, ¿verdad?" before the source',
    lines: [
      [0, 'p', 'necesito el acta de mi niño q nacio en texas y ahora vivimos en georgia'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County. O sea que necesita el acta de nacimiento de su hijo, que nació en Texas, ¿verdad?'],
      [45, 'p', 'si'],
      [52, 'l', 'Se pide en línea en dshs.texas.gov/vital-statistics, en "Birth Certificates". ¿Le sirve?'],
      [80, 'p', 'si, es todo'],
      [84, 'l', '¡Hasta luego!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'a provider in chat-speak asks "¿es pa la escuela o pa el trabajo?" before the source: clarify passes',
    lines: [
      [0, 'p', 'necesito aprender excel rapido'],
      [20, 'l', 'Hola! soy Jo, bibliotecaria d Sample County 🙂 es pa la escuela o pa el trabajo?'],
      [45, 'p', 'pal trabajo'],
      [52, 'l', 'Con tu tarjeta tienes LinkedIn Learning gratis, en samplecountylibrary.org/elearning, con cursos de Excel en español. ¿Te sirve?'],
      [80, 'p', 'si es todo'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', greeting: 'pass' }),
  },
  {
    // reading: the screen name "Biblioteca Central" is not in the text
    name: 'a screen name only: "¡Hola! ¿En qué le ayudo?" from "Biblioteca Central", then the answer: greeting fails',
    lines: [
      [0, 'p', 'a que hora cierran hoy'],
      [20, 'l', '¡Hola! ¿En qué le ayudo?', who('Biblioteca Central', 'central')],
      [30, 'l', 'Hoy cerramos a las 8 pm; los horarios están en samplecountylibrary.org/horarios.', who('Biblioteca Central', 'central')],
      [60, 'p', 'gracias'],
      [64, 'l', '¡Hasta luego!', who('Biblioteca Central', 'central')],
    ],
    over: { provider: { id: 'central', name: 'Biblioteca Central', library: 'TST' } },
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Se le acabó el tiempo, tengo que cerrar." fails no_dismissal',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'si, y otra cosa, como pago una multa?'], [90, 'l', 'Se le acabó el tiempo, tengo que cerrar.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'e-mail read back and "se lo mando el lunes por la mañana": Follow-up by me, contact passes',
    lines: [
      ...ASKED,
      [52, 'l', 'Tengo que consultarlo con circulación. ¿Me da su correo y se lo mando?'],
      [80, 'p', 'lupita.h@correo.example.com'],
      [86, 'l', 'Gracias: lupita.h@correo.example.com. Se lo mando el lunes por la mañana.'],
      [100, 'p', 'gracias, es todo'],
      [104, 'l', '¡Buen fin de semana!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "en cuanto sepa algo le aviso" promises (send or find more later) but gives no when and no contact
    name: '"En cuanto sepa algo le aviso" coded Answered, no contact: a follow-up session, contact fails and code fails',
    lines: [...ASKED, [52, 'l', 'No sé si en su sucursal ya dan tarjetas digitales. En cuanto sepa algo le aviso.'], [80, 'p', 'ok gracias, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a goodbye only in an internal message ("ya se fue, cierro") after "Listo.": courteous fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'si'], [84, 'l', 'Listo.'], [90, 'i', 'ya se fue, cierro. gracias!']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'the patron says "es todo por ahora, muchas gracias" on their own: anything_else passes without the provider asking',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'si, es todo por ahora, muchas gracias'], [84, 'l', '¡A usted! Hasta luego.']],
    exp: some({ anything: 'pass', complete: 'pass', courteous: 'pass' }),
  },
  // ---- X6's changes (rubric v23) and the near misses that guard them ------------------------------------------------------
  {
    // X6 completeness: "¿Es lo que necesitaban?" (plural) before a "?" asks
    name: '"¿Es lo que necesitaban?" to a patron and her mother asks: completeness passes',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Es lo que necesitaban?`], [80, 'p', 'si, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for X6 completeness: "es lo que quería" with no "?" states
    name: 'near miss: "Es lo que quería decirle: el formulario cambió este año." states: completeness fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} Es lo que quería decirle: el formulario cambió este año.`], [80, 'p', 'ok, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // X6 farewell: "Cuídense mucho." says goodbye
    name: '"Mucho ánimo. Cuídense mucho." as the last message says goodbye: courteous passes',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'si, es todo'], [84, 'l', 'Mucho ánimo. Cuídense mucho.']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss for X6 farewell: "cuídense de …" warns
    name: 'near miss: "Cuídense de los notarios que ofrecen trámites migratorios." is a warning, not a goodbye: courteous fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'si, es todo'], [84, 'l', 'Cuídense de los notarios que ofrecen trámites migratorios.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // X6 dismissalHard: "es el límite por sesión"
    name: '"Ya le ayudé con dos cosas y ese es el límite por chat." ends the help: no_dismissal fails',
    lines: [...ASKED, [52, 'l', `${ANSWER} ¿Le sirve?`], [80, 'p', 'si. y como pago una multa?'], [90, 'l', 'Ya le ayudé con dos cosas y ese es el límite por chat.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss for X6 dismissalHard: a limit of museum passes per person
    name: 'near miss: "Ese es el límite por persona para los pases del museo, así que puede pedir dos." limits passes, not the help: no_dismissal passes',
    lines: [...ASKED, [52, 'l', `${ANSWER} Con la tarjeta puede pedir pases del museo. Ese es el límite por persona para los pases del museo, así que puede pedir dos. ¿Le sirve?`], [80, 'p', 'si, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // X6 followupPromise: "le aviso" after a clause of when the provider learns something (the digital card case above)
    name: '"Apenas me confirmen en circulación, le aviso." coded Answered: a promise, so code fails',
    lines: [...ASKED, [52, 'l', 'Tengo que preguntar si ya dan tarjetas digitales. Apenas me confirmen en circulación, le aviso.'], [80, 'p', 'ok gracias, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // near miss for X6 followupPromise: "le aviso que …" tells
    name: 'near miss: "Cuando tenga su tarjeta nueva, le aviso que el PIN son los últimos cuatro dígitos de su teléfono." tells, promises nothing',
    lines: [...ASKED, [52, 'l', `${ANSWER} Cuando tenga su tarjeta nueva, le aviso que el PIN son los últimos cuatro dígitos de su teléfono. ¿Le sirve?`], [80, 'p', 'si, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // X6 notPromise: the hold system's notice when the book arrives (the Madrid reserve case above)
    name: '"Ponga la reserva en el catálogo; le avisarán por correo cuando el libro llegue." is the system\'s notice: no follow-up',
    lines: [...ASKED, [52, 'l', 'El libro está prestado. Ponga la reserva en el catálogo, samplecountylibrary.org/catalogo; le avisarán por correo cuando el libro llegue. ¿Le sirve?'], [80, 'p', 'si, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // near miss for X6 notPromise: the provider's own "le aviso … cuando llegue"
    name: 'near miss: "Yo le aviso por correo cuando llegue." is the provider\'s promise: coded Answered, code fails',
    lines: [...ASKED, [52, 'l', 'El libro está prestado, pero lo aparto para usted. Yo le aviso por correo cuando llegue. ¿Le parece?'], [80, 'p', 'si, es todo'], [84, 'l', '¡Hasta luego!']],
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // X6 `namedUrlLaterX6`: MedlinePlus's URL is MedlinePlus's, not the health department's (the clinic case above)
    name: '"Call the clinic at … or ask at the county health department. MedlinePlus explains the test at medlineplus.gov." leaves the department without a contact: referral fails',
    lines: [
      [0, 'p', 'where can i get a cheap diabetes test, no insurance'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Do you live in the county?'],
      [45, 'p', 'yes'],
      [52, 'l', 'Call the community clinic at 505-982-4425 or ask at the county health department. MedlinePlus explains the test at medlineplus.gov. Does that help?'],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss for `namedUrlLaterX6`: the later sentence is the department's own
    name: 'near miss: "…o preguntar en el departamento de salud del condado. El departamento de salud del condado publica su horario en nmhealth.org." gives it one: referral passes',
    lines: [
      [0, 'p', 'donde me hacen un examen de diabetes barato'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County. ¿Vive en el condado?'],
      [45, 'p', 'si'],
      [52, 'l', 'Puede llamar a la clínica La Familia al 505-982-4425 o preguntar en el departamento de salud del condado. El departamento de salud del condado publica su horario en nmhealth.org. ¿Le ayuda?'],
      [80, 'p', 'si, es todo'],
      [84, 'l', '¡Adiós!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for `namedUrlLaterX6`, in English: generic party words the later sentence holds
    name: 'near miss: "…or ask at the county health department. The health department\'s hours are at health.example.gov." gives it one: referral passes',
    lines: [
      [0, 'p', 'where can i get a cheap diabetes test, no insurance'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Do you live in the county?'],
      [45, 'p', 'yes'],
      [52, 'l', "Call the community clinic at 505-982-4425 or ask at the county health department. The health department's hours are at health.example.gov. Does that help?"],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-second round (X6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X6): Spanish and bilingual sessions, every check', whole);
describeSessions('twenty-second round (X6): Spanish and bilingual sessions, short cases', short);

describeLeft('twenty-second-round-spanish', LEFT);
