/**
 * Fifteenth round, area (P4): SPANISH-SPEAKING AND BILINGUAL SESSIONS IN US STATEWIDE SERVICES, WHOLE SESSIONS.
 * Patrons writing Spanish without accents, with typos and chat-speak ("q", "xq", "tmb", "ntp", "grax", "klk", "x
 * aqui"), in Mexican ("ocupo", "ahorita", "dame chance", "órale"), Caribbean (Dominican "un chin", "eso era to",
 * Puerto Rican "na' más", Cuban) and Central American usage (Salvadoran and Honduran "fíjese", "va pues", "cheque",
 * Guatemalan "patojo", "vos"); providers answering in fluent Spanish, in simple or slightly off Spanish ("yo estoy
 * buscando", "¿Hay otra cosa que yo puedo ayudar?"), or switching language with the patron; mixed English/Spanish
 * messages; Spanish-language resources (a library's digital library, hoopla, Mango Languages, Informe Académico, USA
 * Learns, GCFGlobal, MedlinePlus en español, the USCIS civics test) and referrals with and without contacts (legal
 * aid, CARECEN, consulates with a postal address, an adult-education office, 211, Catholic Charities, the IRS);
 * follow-ups promised in Spanish ("le envío el enlace por correo mañana", "la llamará el lunes por la mañana", "en
 * cuanto terminemos el chat") with and without the patron's contact confirmed and with and without a when;
 * transfers to Spanish-speaking colleagues; Lost Calls; a missing code; a provider with four chats open.
 * Services: AskUsNow! (Maryland), NJ Ask a Librarian, Ask Here PA, Ask Colorado, Answerland (Oregon), Ask WA, Ask a
 * Librarian (Florida), NCknows, Ask a Librarian Delaware, and public libraries answering on them.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a question in slightly off Spanish keeps its meaning: "¿Es esto bueno para su mamá?" after the books asks whether
 *   what was given meets the need; "¿Hay otra cosa que yo puedo ayudar?" asks whether the patron needs anything else;
 * - "¿Le queda claro?" and "¿Eso le resuelve?" ask whether the information given meets the need; "¿Le parece bien?"
 *   after a plan to send more asks about the plan, not about what was given;
 * - "¿Quiere que le busque algo más cerca de su casa?" offers a further search of the same need: not "anything else";
 * - "eso era to", "ya no ocupo nada más", "no necesito na' más" say explicitly that the patron is done; "cheque,
 *   gracias" and "ok si, gracias" do not;
 * - "vaya al consulado de El Salvador" and "puede ir a Catholic Charities" refer the patron to a party with no way
 *   to reach it; "llame al 211" gives a phone; a consulate's street address is a postal address;
 * - "le escribo cuando sepa algo" promises a follow-up with no when; "en cuanto terminemos el chat" and "mañana antes
 *   del mediodía" say when;
 * - a well-wish alone ("¡Mucho éxito con el examen!") is no goodbye (as the eleventh round read it); "Buenas noches" at
 *   the end, "Cuídese", "Que le vaya bien" and "Bye." say goodbye;
 * - the provider telling the patron to look the rest up on Google because they have other things to do ends the help
 *   for the provider's convenience without a way back.
 * - "¿Ya pudo entrar?" / "¿Pudo activarla?" right after the steps ask whether they worked (as "Were you able to get
 *   in?"); "¿El martes a las 3 es bueno para usted?" offers a time;
 * - "A ver, usted necesita una clase…" restates the need; "A ver, usted necesita llevar su identificación" instructs.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few (mostly near misses of the block's widenings). `LEFT` (not run) holds cases labelled right
 * that the scorer still gets wrong: a URL of the next sentence taken as a referred charity's contact; a consulate's
 * phone given with no referring verb; a referral by a clitic pronoun ("tiene que llamarles").
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, T0, type SessionCase, some, sys, usual, who } from './helpers';

const RAMON = who('Ramón Paredes', 'ramon');
const GLADYS = who('Gladys Ortiz', 'gladys');

export const whole: SessionCase[] = [
  // ---- good sessions in Spanish ------------------------------------------------------------------------------------
  {
    name: 'Ask Colorado, Mexican usage ("ocupo"): citizenship test materials in Spanish and the library\'s classes; "¿Le puedo ayudar en alguna otra cosa?"',
    lines: [
      [0, 'p', 'hola buenas tardes, ocupo saber donde puedo estudiar para el examen de la ciudadania, mi ingles es poquito'],
      [35, 'l', '¡Buenas tardes! Gracias por escribir a Ask Colorado. Le atiende Marisol, bibliotecaria de la Biblioteca Pública de Aurora. ¿Ya mandó su solicitud N-400 o apenas la va a mandar?'],
      [80, 'p', 'ya la mande en marzo, me dieron cita para la entrevista en agosto'],
      [88, 'l', 'Perfecto, entonces le quedan unos meses para estudiar. Permítame un momento y le busco los materiales en español.'],
      [170, 'l', 'USCIS tiene las 100 preguntas de educación cívica con las respuestas en español y con audio: uscis.gov/es/ciudadania (sección "Centro de recursos de ciudadanía"). Además, la biblioteca de Aurora da clases gratis de ciudadanía los sábados a las 10 am; el calendario está en auroralibrary.org/ciudadania. ¿Le sirve esta información?'],
      [230, 'p', 'si muy bien, las clases son en espanol?'],
      [240, 'l', 'Sí, las dan en español y en inglés, y le prestan el libro para practicar. ¿Le puedo ayudar en alguna otra cosa?'],
      [275, 'p', 'no ya con eso, muchas gracias señorita'],
      [282, 'l', 'Con mucho gusto. ¡Mucha suerte en su entrevista y que tenga buena tarde!'],
    ],
    exp: usual(),
  },
  {
    name: 'NJ Ask a Librarian, Dominican chat-speak ("klk", "x aqui", "tmb", "un chin", "eso era to"): GED classes in Spanish, a referral to the adult-education office with phone and e-mail',
    lines: [
      [0, 'p', 'klk, una pregunta, ustedes saben donde dan el GED en español x aqui en paterson'],
      [40, 'l', '¡Hola! Bienvenido a NJ Ask a Librarian, te atiende Yesenia. ¿Tú quieres tomar el examen en español o prepararte primero con clases?'],
      [95, 'p', 'las clases primero, tmb quiero saber si es gratis'],
      [105, 'l', 'Dale, dame un chin que lo busco.'],
      [190, 'l', 'Passaic County Community College da clases de preparación para el GED en español gratis en Paterson. Llama a la oficina de Educación de Adultos al 973-684-6868 o escribe a adulted@pccc.edu para inscribirte. El examen en sí cuesta $36 por materia (ged.com). ¿Eso es lo que buscabas?'],
      [240, 'p', 'siii eso mismo, grax!!'],
      [248, 'l', '¿Algo más en que te pueda ayudar?'],
      [270, 'p', 'no, eso era to. bendiciones'],
      [276, 'l', 'Igualmente. ¡Suerte con las clases y vuelve cuando quieras!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'language switch midway: the patron asks to write in Spanish and the Answerland provider follows in simple Spanish ("Yo hablo un poco de español"); a child\'s library card',
    lines: [
      [0, 'p', 'Hi I want to get a library card for my son'],
      [25, 'l', "Hi! This is Rebecca, a librarian with Answerland, Oregon's statewide library chat. How old is your son?"],
      [70, 'p', 'sorry can i write in spanish? my english no is very good'],
      [78, 'l', 'Sí, claro. Yo hablo un poco de español. ¿Cuántos años tiene su hijo?'],
      [110, 'p', 'tiene 9 años, vivimos en Woodburn'],
      [120, 'l', 'Gracias. Un momento, yo busco la información.'],
      [185, 'l', 'En Woodburn Public Library los niños tienen tarjeta gratis. El papá o la mamá firma el formulario. El formulario en español está en woodburn-or.gov/library (Library Cards). ¿Esto contesta su pregunta?'],
      [215, 'p', 'si, tengo que llevar algo?'],
      [225, 'l', 'Sí, una identificación de usted con foto y algo con su dirección, como una factura. ¿Algo más?'],
      [245, 'p', 'no gracias, eso es todo'],
      [250, 'l', 'De nada. ¡Adiós y gracias!'],
    ],
    exp: usual(),
  },
  {
    name: 'Puerto Rican patron, Ask a Librarian (Florida): audiobooks in Spanish on hoopla for a grandmother who cannot read small print; the patron on her own: "ya con eso estoy, no necesito na\' más"',
    lines: [
      [0, 'p', 'wepa buenas! mi abuela no puede leer letra pequeña y quiere escuchar novelas en español, ustedes tienen algo asi?'],
      [30, 'l', 'Buenas tardes. Gracias por comunicarse con Ask a Librarian; soy Maribel, de la Biblioteca del Condado de Osceola. ¿Su abuela usa celular o tableta, o prefiere un reproductor de CD?'],
      [70, 'p', 'ella tiene un celular android, yo se lo puedo configurar'],
      [78, 'l', 'Perfecto. Deme un momentito para ver qué hay disponible en español.'],
      [150, 'l', 'Con la tarjeta de la biblioteca puede usar hoopla (hoopladigital.com, o la app hoopla en Google Play): tiene cientos de audiolibros en español, por ejemplo de Isabel Allende y Julia Álvarez, y se escuchan al momento, sin lista de espera. ¿Eso es lo que buscaba?'],
      [200, 'p', 'si perfecto, ya con eso estoy, no necesito na\' más'],
      [206, 'l', '¡Gracias a usted! Saludos a su abuela.'],
    ],
    exp: usual(),
  },
  {
    name: 'Houston, Guatemalan usage ("patojo", "va pues"): a child\'s passport, the consulate\'s street address and its appointment site',
    lines: [
      [0, 'p', 'buenas, necesito sacar el pasaporte de guatemala para mi patojo, vivimos en houston'],
      [25, 'l', 'Buenas tardes. Le atiende Marco, bibliotecario de la Biblioteca Pública de Houston. ¿Su hijo nació en Guatemala o aquí en Estados Unidos?'],
      [60, 'p', 'aqui en houston, pero yo soy guatemalteco'],
      [68, 'l', 'Gracias. Voy a revisar los requisitos, deme un minuto.'],
      [140, 'l', 'Para un niño nacido aquí, primero hay que inscribirlo en el RENAP en el consulado y después pedir el pasaporte. Preséntese en el Consulado General de Guatemala en Houston, 3013 Fountain View Dr., Suite 210, Houston, TX 77057; las citas se hacen en citas.minex.gob.gt. ¿Le ayuda esta información?'],
      [190, 'p', 'si muchas gracias, va pues'],
      [195, 'l', '¿Hay algo más que pueda hacer por usted?'],
      [215, 'p', 'no, solo eso'],
      [220, 'l', 'Que le vaya bien, ¡saludos!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'San Antonio, Mexican usage: "Deme chance y ahorita lo busco" and "Sigo buscando, ya casi" are holds every ~90 s; Mango Languages and a DVD course; "¿Alguna otra cosita?"',
    lines: [
      [0, 'p', 'oiga, tienen libros para aprender ingles que vengan con audio? pa mi esposo'],
      [30, 'l', '¡Qué tal! Le atiende Rubén, de la Biblioteca Pública de San Antonio. ¿Su esposo ya sabe algo de inglés o empieza desde cero?'],
      [70, 'p', 'desde cero'],
      [78, 'l', 'Deme chance y ahorita lo busco.'],
      [170, 'l', 'Sigo buscando, ya casi termino.'],
      [255, 'l', 'Le tengo dos opciones: el curso "Inglés sin barreras" con DVD y libro (en el catálogo: mysapl.org, busque "Inglés sin barreras"), y Mango Languages, que es gratis con su tarjeta en mysapl.org/mango y tiene audio en la app. ¿Alguna de las dos le sirve?'],
      [300, 'p', 'el de mango, gracias joven'],
      [306, 'l', 'Con gusto. ¿Alguna otra cosita?'],
      [320, 'p', 'no, es todo'],
      [325, 'l', 'Órale pues, saludos a su esposo. ¡Hasta luego!'],
    ],
    exp: usual(),
  },
  {
    name: 'greeting split over two messages ("¡Buenas noches!" then "Mi nombre es Lupita y soy bibliotecaria…"): a school novel as an e-book, "¿Eso le resuelve?", "Buenas noches" as the goodbye',
    lines: [
      [0, 'p', 'hola, mi hija necesita un libro para la escuela que se llama "Esperanza renace" en español'],
      [25, 'l', '¡Buenas noches!'],
      [32, 'l', 'Mi nombre es Lupita y soy bibliotecaria del servicio Ask a Librarian de Florida. ¿Lo necesita en libro impreso o le sirve el libro electrónico?'],
      [70, 'p', 'el que sea mas rapido, lo necesita para el lunes'],
      [78, 'l', 'Permítame revisar en el catálogo de su biblioteca. ¿Es de Orange County?'],
      [95, 'p', 'si, orlando'],
      [150, 'l', 'Hay un ejemplar electrónico de "Esperanza renace" de Pam Muñoz Ryan en la biblioteca digital de Orange County Library System: ocls.org, sección eBooks. Lo puede leer hoy mismo con la tarjeta de su hija. ¿Eso le resuelve?'],
      [190, 'p', 'si! gracias, ya lo encontre'],
      [196, 'l', '¡Excelente! ¿Hay algo más en que le pueda servir?'],
      [215, 'p', 'nada mas, buenas noches'],
      [220, 'l', 'Buenas noches, ¡que disfruten la lectura!'],
    ],
    exp: usual(),
  },
  {
    name: 'Ask WA: transfer to a Spanish-speaking colleague, the note says why and the patron is told; ITIN with the W-7 in Spanish and a referral to the IRS appointment line',
    lines: [
      [0, 'p', 'Hello, i need help with ITIN, hablan español?'],
      [35, 'l', "Hi, welcome to Ask WA! I'm Tom, a librarian at Spokane Public Library. I speak only a little Spanish, but my colleague Ramón does: can I transfer you to him?"],
      [60, 'p', 'yes please, gracias'],
      [65, 'i', 'Ramón, Spanish-speaking patron asking about ITIN applications, can you take this one? Thanks'],
      [70, 'l', 'Un momento, le transfiero con Ramón.'],
      [72, 's', 'Chat transferred to Ramón Paredes', sys('transfer', 'ramon')],
      [90, 'l', '¡Hola! Soy Ramón, bibliotecario de Ask WA. ¿Usted necesita sacar el ITIN por primera vez o renovarlo?', RAMON],
      [130, 'p', 'primera vez, para declarar impuestos'],
      [140, 'l', 'Entiendo. Deme un momentito.', RAMON],
      [215, 'l', 'El ITIN se pide con el formulario W-7, que está en español en irs.gov/es/forms-pubs/about-form-w-7. Puede presentarlo con su declaración en un Centro de Asistencia al Contribuyente del IRS: haga la cita llamando al 844-545-5640. ¿Le queda claro?', RAMON],
      [250, 'p', 'si, muchas gracias, eso era todo'],
      [256, 'l', 'Gracias a usted. ¡Suerte con sus impuestos!', RAMON],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: 'Answerland, Salem: the patron asks for an e-mail, the provider gives everything in the chat instead (no promise); food pantries in Spanish and "llamar al 211"',
    lines: [
      [0, 'p', 'me puede mandar a mi correo la lista de lugares donde dan comida gratis en Salem? es rosa.v@example.org'],
      [30, 'l', '¡Hola, Rosa! Soy Ben, bibliotecario de Answerland. ¿Busca despensas de comida o comidas calientes?'],
      [70, 'p', 'despensas, para la familia'],
      [80, 'l', 'Un momento, lo reviso.'],
      [150, 'l', 'Desde el chat no puedo mandar correos, pero se lo dejo aquí para que lo copie: Marion-Polk Food Share tiene el mapa de despensas en español en marionpolkfoodshare.org/encuentra-comida. También puede llamar al 211 y pedir ayuda en español. ¿Con eso tiene lo que necesitaba?'],
      [190, 'p', 'si, muchas gracias, es todo'],
      [195, 'l', 'Con gusto, Rosa. ¡Que le vaya bien!'],
    ],
    over: { patron: { name: 'Rosa V.', email: 'rosa.v@example.org', phone: null } },
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'college student, Mexican usage, Informe Académico and Fuente Académica by name and the library\'s database page; "¿Con eso le basta o necesita algo más específico?"',
    lines: [
      [0, 'p', 'hola, necesito articulos academicos en español sobre la migracion de Oaxaca a California para mi clase de sociologia'],
      [20, 'l', 'Hola, buenas. Soy Andrés, bibliotecario de Ask a Librarian en Fresno State. ¿Cuántos artículos necesita y de qué años?'],
      [60, 'p', 'unos 5, de los ultimos 10 años de preferencia'],
      [66, 'l', 'Va, déjeme buscar ahorita.'],
      [150, 'l', 'En Fuente Académica Plus (EBSCO) y en Informe Académico (Gale) hay varios; los dos están en library.fresnostate.edu/databases. Buscando migración AND Oaxaca AND California, del 2015 en adelante, salen 23 artículos arbitrados, por ejemplo uno de la revista Migraciones Internacionales sobre comunidades mixtecas en el Valle Central. ¿Con eso le basta o necesita algo más específico?'],
      [200, 'p', 'con eso me basta, muchas gracias'],
      [205, 'l', '¿Se le ofrece alguna otra cosa para su clase?'],
      [225, 'p', 'no, ya quedé'],
      [230, 'l', 'Ándale, mucho éxito con tu trabajo. ¡Gracias por escribir!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanglish on both sides: "no me deja hacer log in al website, dice invalid PIN"; the PIN page; the patron says it worked and the provider never asks whether it answered',
    lines: [
      [0, 'p', 'hi, tengo un problema con mi library card, no me deja hacer log in en el website, dice invalid PIN'],
      [25, 'l', 'Hi! Soy Andrea, librarian at Ask Colorado. ¿Su tarjeta es de Denver Public Library o de otra biblioteca?'],
      [55, 'p', 'denver'],
      [60, 'l', 'Ok. El PIN se puede cambiar en denverlibrary.org/pin con el número de su tarjeta y el correo que dio cuando se registró.'],
      [90, 'p', 'dejame ver'],
      [150, 'p', 'ya! ya entre, thank you so much'],
      [158, 'l', '¡Qué bueno! Anything else I can help you with?'],
      [175, 'p', 'no thats it, gracias'],
      [180, 'l', '¡De nada! Have a great day.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'Nicaraguan patron ("ideay"): Excel courses in Spanish on GCFGlobal; a good session but the resolution code is missing',
    lines: [
      [0, 'p', 'ideay, hay cursos de excel en español gratis? quiero conseguir trabajo de oficina'],
      [30, 'l', 'Hola, bienvenida a AskUsNow!. Mi nombre es Teresa y soy bibliotecaria en Montgomery County Public Libraries. ¿Ya ha usado Excel antes o empezaría desde lo básico?'],
      [75, 'p', 'lo basico, nunca lo he usado'],
      [82, 'l', 'Un momento y le busco un curso para empezar.'],
      [140, 'l', 'GCFGlobal tiene un curso de Excel gratis y completo en español, con videos y ejercicios: edu.gcfglobal.org/es/excel-2016. No necesita tarjeta ni cuenta. ¿Le sirve para empezar?'],
      [175, 'p', 'si, justo eso, ya no tengo mas preguntas'],
      [180, 'l', '¡Qué bien! Mucho éxito con la búsqueda de trabajo. Gracias por escribirnos.'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'provider in slightly off Spanish ("¿Es esto bueno para su mamá?", "¿Hay otra cosa que yo puedo ayudar?") and a hold followed by 152 s of silence: keep informed fails',
    lines: [
      [0, 'p', 'necesito un libro de recetas mexicanas en español para mi mama'],
      [20, 'l', 'Hola, mi nombre es Greg, yo soy un bibliotecario de Ask Here PA. ¿Ella prefiere libro de papel o libro electrónico?'],
      [60, 'p', 'de papel, ella no usa la computadora'],
      [68, 'l', 'Bueno. Por favor un momento, yo estoy buscando en el catálogo.'],
      [220, 'l', 'Yo encontré "La cocina mexicana" de Patricia Quintana y "El libro de la cocina mexicana" de Margarita Carrillo en el catálogo de Free Library of Philadelphia: catalog.freelibrary.org. ¿Es esto bueno para su mamá?'],
      [260, 'p', 'si perfecto'],
      [266, 'l', '¿Hay otra cosa que yo puedo ayudar?'],
      [290, 'p', 'no es todo gracias'],
      [295, 'l', 'Gracias por usar Ask Here PA. ¡Adiós!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Texas WIC: the patron writes "??" while waiting (no restart) and the provider answers 130 s after the question with no hold: keep informed fails',
    lines: [
      [0, 'p', 'hola, como aplico para el WIC en Texas? estoy embarazada de 4 meses'],
      [30, 'l', '¡Hola, felicidades! Le atiende Norma, bibliotecaria del Sistema de Bibliotecas de Austin. ¿Ya tiene seguro médico o Medicaid?'],
      [60, 'p', 'tengo medicaid'],
      [120, 'p', '??'],
      [190, 'l', 'Con Medicaid usted ya califica por ingresos para WIC. Puede llenar la solicitud en español en texaswic.org (botón "Solicite ahora") o llamar al 800-942-3678 para que le den cita en la clínica más cercana. ¿Le sirve esta información?'],
      [230, 'p', 'si muchas gracias, no tengo mas preguntas'],
      [236, 'l', 'Con gusto. ¡Cuídese mucho!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },

  // ---- follow-ups promised in Spanish -------------------------------------------------------------------------------
  {
    name: 'Florida, Hialeah: "le envío el enlace por correo mañana", the e-mail given and repeated ("Anotado: …") with "mañana antes del mediodía"; legal aid with phone; done 20 h later',
    lines: [
      [0, 'p', 'Buenos días, estoy buscando un abogado gratis para un problema con mi casero, no me quiere regresar el depósito'],
      [28, 'l', 'Buenos días, le saluda Verónica de Ask a Librarian, el servicio de chat de las bibliotecas de Florida. ¿En qué condado vive?'],
      [60, 'p', 'en Miami-Dade, en Hialeah'],
      [70, 'l', 'Déjeme verificar qué opciones hay en su condado.'],
      [150, 'l', 'Legal Services of Greater Miami ayuda gratis con problemas de vivienda; puede llamarles al 305-576-0080 o pedir ayuda en legalservicesmiami.org. También hay una guía en español de la Florida Bar sobre depósitos de alquiler, pero la tengo que buscar en nuestro archivo. ¿Me da un correo y le envío el enlace por correo mañana?'],
      [200, 'p', 'claro, es mirta.h@example.org'],
      [210, 'l', 'Gracias. Anotado: mirta.h@example.org. Le envío el enlace mañana antes del mediodía. Mientras tanto, ¿le sirve lo de Legal Services?'],
      [240, 'p', 'si, voy a llamar hoy mismo. es todo, gracias'],
      [246, 'l', 'Con gusto, señora Mirta. ¡Que tenga buen día!'],
    ],
    over: { ...FU_ME, patron: { name: 'Mirta H.', email: 'mirta.h@example.org', phone: null }, followUps: [{ doneAt: at(20 * 3600), by: 'jo' }] },
    exp: usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "¿Le parece bien?" after the plan to send the list asks about the plan, not about what was given
    name: 'Delaware: "Le envío el enlace por correo mañana" with the e-mail only in the patron fields, never in the chat; not recorded and the deadline has passed',
    lines: [
      [0, 'p', 'hola, tienen la lista de libros en español que recomiendan para niños de kinder?'],
      [30, 'l', '¡Hola! Soy Sandra, bibliotecaria infantil de Ask a Librarian Delaware. ¿Los libros son para leerle en casa o para que el niño lea solo?'],
      [75, 'p', 'para leerle en la noche'],
      [85, 'l', 'Tenemos una lista de cuentos bilingües para leer en voz alta, pero la de este año no está publicada todavía. Le envío el enlace por correo mañana. Mientras tanto, en el catálogo (lib.de.us) puede buscar "cuentos bilingües". ¿Le parece bien?'],
      [120, 'p', 'si ok gracias'],
      [126, 'l', 'De nada, ¡buenas noches!'],
    ],
    over: { ...FU_ME, patron: { name: 'Luz M.', email: 'luzmaria@example.org', phone: null } },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    // reading: "le escribo cuando sepa algo" promises more later with no when
    name: 'Puerto Rico birth record: "voy a consultar con una colega … y le escribo cuando sepa algo", the e-mail repeated back but no when, coded Answered',
    lines: [
      [0, 'p', 'hi, necesito ayuda, estoy buscando el acta de nacimiento de mi abuelo que nacio en Puerto Rico en 1940'],
      [40, 'l', '¡Hola! Soy Luis, bibliotecario de AskUsNow!. ¿Sabe en qué pueblo nació?'],
      [80, 'p', 'en Mayaguez'],
      [90, 'l', 'Ok, un momento.'],
      [160, 'l', 'Las actas de nacimiento de Puerto Rico se solicitan en línea en pr.gov (busque "Certificado de Nacimiento"). Para 1940 a veces no están en el sistema; voy a consultar con una colega que sabe de genealogía puertorriqueña y le escribo cuando sepa algo. ¿Me confirma su correo?'],
      [200, 'p', 'jramos77@example.org'],
      [205, 'l', 'Gracias, jramos77@example.org. ¿Le sirve por ahora lo del certificado en pr.gov?'],
      [230, 'p', 'si, gracias!'],
      [236, 'l', '¿Algo más en que le pueda ayudar?'],
      [250, 'p', 'no eso es todo'],
      [255, 'l', '¡Que pase buen día!'],
    ],
    over: { patron: { name: null, email: 'jramos77@example.org', phone: null } },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Massachusetts, follow-up by the patron\'s library: "La bibliotecaria de Lawrence la llamará el lunes por la mañana" to the phone given and repeated; pending',
    lines: [
      [0, 'p', 'buenas noches, quiero saber si la biblioteca de Lawrence tiene clases de ciudadania, la pagina no dice nada'],
      [30, 'l', 'Buenas noches. Le atiende Kathy, bibliotecaria de la Biblioteca Pública de Boston, que responde el chat de noche para las bibliotecas de Massachusetts. ¿Las clases serían para usted?'],
      [70, 'p', 'si para mi, ya tengo 5 años de residente'],
      [78, 'l', 'Muy bien. Permítame un momento.'],
      [150, 'l', 'No encuentro el calendario de este año en la página de Lawrence. Puedo pedirle a la bibliotecaria de Lawrence que la llame con las fechas. Mientras tanto, en uscis.gov/es/ciudadania puede practicar las preguntas del examen en español. ¿A qué número la pueden llamar?'],
      [190, 'p', '978-555-0162'],
      [198, 'l', 'Perfecto, 978-555-0162. La bibliotecaria de Lawrence la llamará el lunes por la mañana. ¿Le sirve la página de USCIS mientras tanto?'],
      [230, 'p', 'si, muchas gracias. es todo'],
      [236, 'l', 'Gracias a usted. ¡Que descanse, buenas noches!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '978-555-0162' } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Honduran newspaper archive (Hurricane Mitch): coded Follow-up by me with "le escribo mañana" but no contact asked for or known: code and contact fail',
    lines: [
      [0, 'p', 'hola, busco articulos del periodico La Prensa de Honduras de cuando el huracan Mitch en 1998, es para un trabajo de la universidad'],
      [30, 'l', 'Hola, le saluda Patricia, bibliotecaria de referencia de AskUsNow!. ¿Necesita los artículos originales del periódico o también le sirven artículos académicos sobre el Mitch?'],
      [75, 'p', 'los del periodico de preferencia'],
      [85, 'l', 'Un momento, voy a revisar las bases de datos de periódicos.'],
      [175, 'l', 'La Prensa de 1998 no está en nuestras bases de datos. En Informe Académico (Gale), que puede usar en sailor.lib.md.us con su tarjeta, hay notas de prensa centroamericana sobre el Mitch. Voy a preguntarle a nuestra bibliotecaria de estudios latinoamericanos si hay otra fuente y le escribo mañana. ¿Le sirve Informe Académico mientras tanto?'],
      [210, 'p', 'ok si, gracias'],
      [216, 'l', 'Con gusto. ¡Hasta mañana!'],
    ],
    over: FU_ME,
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "en cuanto terminemos el chat" says when the list will come
    name: 'diabetes in Spanish: MedlinePlus en español and "le mando la lista de libros en cuanto terminemos el chat" to the e-mail repeated back; done an hour later',
    lines: [
      [0, 'p', 'buenas tardes, a mi mama le dieron diabetes y quiere leer sobre eso pero en español, que me recomienda'],
      [35, 'l', 'Buenas tardes. Gracias por comunicarse con NCknows; le atiende Alicia, bibliotecaria de la Biblioteca del Condado de Durham. ¿Es diabetes tipo 2?'],
      [70, 'p', 'si tipo 2, y ella lee bien pero no en ingles'],
      [80, 'l', 'Entendido. MedlinePlus en español, de la Biblioteca Nacional de Medicina, tiene información confiable y fácil de leer: medlineplus.gov/spanish/diabetestype2.html. Además tengo una lista de libros en español sobre diabetes del catálogo; ¿le mando la lista a su correo?'],
      [110, 'p', 'si porfa, es cely.mtz@example.org'],
      [118, 'l', 'Listo: cely.mtz@example.org. Se la mando en cuanto terminemos el chat. ¿La página de MedlinePlus es lo que buscaba?'],
      [150, 'p', 'si, esta muy bien explicada. ya con eso'],
      [156, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [170, 'p', 'no, gracias'],
      [175, 'l', 'Que su mamá se mejore. ¡Hasta luego!'],
    ],
    over: { ...FU_ME, patron: { name: 'Celia M.', email: 'cely.mtz@example.org', phone: null }, followUps: [{ doneAt: at(3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'follow-up by the patron\'s library promised "dentro de 48 horas" to the e-mail repeated back, recorded 80 h later: on time fails',
    lines: [
      [0, 'p', 'hola, necesito saber si mi libro de la biblioteca de Camden ya llego, lo pedi por prestamo entre bibliotecas hace 3 semanas'],
      [30, 'l', '¡Hola! Soy Kelly, de NJ Ask a Librarian. Esta noche atiendo para varias bibliotecas. ¿Recuerda el título del libro?'],
      [60, 'p', 'Cien años de soledad, la edicion de la Real Academia'],
      [68, 'l', 'Déjeme revisar su cuenta en el catálogo.'],
      [130, 'l', 'En el catálogo de Camden County Library (camdencountylibrary.org, "Mi cuenta") su préstamo aparece "en tránsito", sin fecha. Desde aquí no veo más; le pido al personal de Camden que le escriban. ¿A qué correo?'],
      [170, 'p', 'a ana.quiroz@example.org'],
      [176, 'l', 'Gracias: ana.quiroz@example.org. Le escribirán dentro de 48 horas. ¿Le sirvió ver el estado en "Mi cuenta"?'],
      [200, 'p', 'si, gracias, eso es todo'],
      [206, 'l', 'Gracias por escribir. ¡Buenas noches!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Ana Q.', email: 'ana.quiroz@example.org', phone: null }, followUps: [{ doneAt: at(80 * 3600), by: 'camden' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },

  // ---- referrals -----------------------------------------------------------------------------------------------------
  {
    // reading: "vaya al consulado de El Salvador" refers to a party with no way to reach it
    name: 'Salvadoran patron ("fíjese", "va pues"), TPS renewal: CARECEN with a phone, but "vaya al consulado de El Salvador" with no contact: referral fails',
    lines: [
      [0, 'p', 'buenas, fijese que se me va vencer el TPS y no se donde renovar, soy de el salvador'],
      [30, 'l', "Buenas tardes, gracias por contactar a AskUsNow!. Me llamo Carlos y soy bibliotecario en Prince George's County Memorial Library System. ¿Usted ya tiene su número de caso de USCIS de la renovación anterior?"],
      [90, 'p', 'si lo tengo en un papel'],
      [100, 'l', 'Bien. Un momento mientras reviso las fechas actuales.'],
      [175, 'l', 'La renovación de TPS para El Salvador se hace con el formulario I-821 en uscis.gov/es/tps (ahí están las fechas y las instrucciones en español). Para ayuda gratis con el formulario, llame a CARECEN en Washington al 202-328-9799; y para el pasaporte vigente, vaya al consulado de El Salvador. ¿Le ayuda esto?'],
      [230, 'p', 'si gracias, va pues'],
      [236, 'l', '¿Hay algo más que necesite?'],
      [250, 'p', 'no, nada mas'],
      [255, 'l', 'Que le vaya bien, ¡gracias por escribirnos!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Ask Colorado, Honduran patron: ESL night classes, "llame a Emily Griffith Technical College al 720-423-4700"; "cheque" is no "I am done", the provider asks',
    lines: [
      [0, 'p', 'buenas, hay clases de ingles en la noche en denver? trabajo en construccion todo el dia'],
      [40, 'l', 'Buenas noches, le atiende Diego, de Ask Colorado. ¿Qué días tiene libres en la noche?'],
      [80, 'p', 'lunes a jueves despues de las 6'],
      [88, 'l', 'Perfecto, deme un momento.'],
      [160, 'l', 'Emily Griffith Technical College tiene inglés como segundo idioma de lunes a jueves de 6 a 9 pm, a bajo costo. Para inscribirse llame al 720-423-4700 o vea emilygriffith.edu/esl. ¿Le funciona ese horario?'],
      [200, 'p', 'cheque, gracias'],
      [206, 'l', '¿Le puedo ayudar en algo más?'],
      [225, 'p', 'no'],
      [230, 'l', 'Muy bien. ¡Que le vaya bien y gracias por escribir!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- openings ------------------------------------------------------------------------------------------------------
  {
    // reading: "¿Quiere que le busque algo más cerca de su casa?" offers more on the same need, not "anything else"
    name: 'near miss: "Buenas tardes, ¿en qué le ayudo?" and "Un momentito" never say who is answering; no question before the source; an offer of a closer class is no completeness question',
    lines: [
      [0, 'p', 'buenas, tienen clases de computacion en español?'],
      [20, 'l', 'Buenas tardes, ¿en qué le ayudo?'],
      [45, 'p', 'clases de computacion en español, para principiantes'],
      [52, 'l', 'Un momentito, por favor.'],
      [120, 'l', 'Sí: Fresno County Public Library da "Computación básica en español" los miércoles a las 5:30 pm. Inscripción en fresnolibrary.org/calendar. ¿Quiere que le busque algo más cerca de su casa?'],
      [150, 'p', 'no, esa me queda bien. gracias!'],
      [155, 'l', 'Con gusto, gracias por escribir.'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'NCknows, Honduran patron: the answer and the source in the first message with no question first; "cheque" and "ya estuvo" after the provider\'s "¿Algo más que necesite?"',
    lines: [
      [0, 'p', 'buenas, fijese que quiero sacar la licencia de manejar en carolina del norte, hay el examen en español?'],
      [30, 'l', 'Hola, buenas tardes, le atiende Kevin de NCknows, el servicio de chat de las bibliotecas de Carolina del Norte. Sí, el examen escrito se puede tomar en español. El manual del conductor en español está en ncdot.gov/dmv (Manual del conductor de Carolina del Norte). ¿Le sirve?'],
      [70, 'p', 'cheque, muchas gracias'],
      [75, 'l', '¿Algo más que necesite?'],
      [100, 'p', 'no, ya estuvo'],
      [105, 'l', 'Que le vaya bien. ¡Gracias por escribir!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'pickup at 95 s by an apologetic provider ("Perdone la espera, soy Claudia…"); otherwise a good session on a Spanish-language database for a high-school student',
    lines: [
      [0, 'p', 'hola necesito informacion sobre la revolucion mexicana para un reporte, en español'],
      [95, 'l', 'Hola, perdone la espera. Soy Claudia, bibliotecaria de Ask a Librarian Delaware. ¿Para qué grado es el reporte?'],
      [130, 'p', '10 grado'],
      [138, 'l', 'Gracias, déjame ver qué hay.'],
      [200, 'l', 'Britannica Escolar en español tiene un artículo completo sobre la Revolución Mexicana, con imágenes y línea de tiempo. Entras desde lib.de.us/databases con tu tarjeta. ¿Te sirve para el reporte?'],
      [240, 'p', 'si, grax!'],
      [246, 'l', '¿Necesitas algo más?'],
      [260, 'p', 'nop'],
      [265, 'l', '¡Suerte con el reporte! Gracias por escribir.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },

  // ---- endings, idles, dismissals ------------------------------------------------------------------------------------
  {
    name: 'AskUsNow!, Guatemalan patron goes quiet after the answer: "¿Aún se encuentra en línea?" and "Como no he recibido respuesta, asumo que se desconectó. Voy a cerrar esta sesión. ¡Gracias…!" (idle 210 s)',
    lines: [
      [0, 'p', 'hola, busco clases de ingles en linea gratis, trabajo todo el dia y no puedo ir a una escuela'],
      [35, 'l', 'Hola, buenas noches. Soy Elena, bibliotecaria de AskUsNow!. ¿Tiene tarjeta de alguna biblioteca de Maryland?'],
      [80, 'p', 'no, todavia no'],
      [90, 'l', 'No hay problema. USA Learns (usalearns.org) tiene cursos de inglés gratis con videos, con las instrucciones en español, y no necesita tarjeta. ¿Es lo que andaba buscando?'],
      [220, 'l', '¿Aún se encuentra en línea?'],
      [300, 'l', 'Como no he recibido respuesta, asumo que se desconectó. Voy a cerrar esta sesión. ¡Gracias por usar AskUsNow!!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Tampa, Cuban patron: the patron goes quiet after the answer and the provider only says goodbye 215 s later: check-in and notice fail, courteous passes',
    lines: [
      [0, 'p', 'buenas, ustedes tienen "Antes que anochezca" de Reinaldo Arenas en español? estoy en Tampa'],
      [30, 'l', '¡Hola! Habla Migdalia, bibliotecaria de Ask a Librarian (Florida). ¿Lo quiere en libro o le sirve en audiolibro?'],
      [65, 'p', 'en libro, de papel'],
      [72, 'l', 'Deje ver en el catálogo de Tampa-Hillsborough.'],
      [130, 'l', 'Sí, hay dos ejemplares en español de "Antes que anochezca" en el catálogo de HCPLC (hcplc.org), uno disponible ahora. Lo puede reservar desde el catálogo con su tarjeta. ¿Le sirve así?'],
      [345, 'l', 'Gracias por escribir a Ask a Librarian, ¡hasta luego!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'Puerto Rico, "¿Está por ahí todavía?" in a final idle of 150 s, no notice needed; the chat just ends on the check-in',
    lines: [
      [0, 'p', 'saludos, como lleno la FAFSA en español? soy de Bayamón y voy a estudiar en la UPR'],
      [30, 'l', 'Saludos, gracias por escribir a Ask a Librarian; le habla Ivonne, bibliotecaria. ¿Es su primera vez llenando la FAFSA?'],
      [70, 'p', 'si primera vez'],
      [78, 'l', 'La FAFSA completa está en español en studentaid.gov/es: entre, cree su cuenta StudentAid.gov y escoja "Español" arriba a la derecha. Necesita el número de seguro social y la planilla de sus padres. ¿Le aclara la duda?'],
      [200, 'l', '¿Está por ahí todavía?'],
    ],
    over: { endAfter: 28 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'Lost Call in Spanish: the patron sends only the question; the provider greets, checks in and sends a notice with thanks (idle 255 s): information checks na, code passes',
    lines: [
      [0, 'p', 'hola necesito llenar un formulario de la corte para custodia pero no entiendo nada'],
      [45, 'l', '¡Hola! Le atiende Sonia, de AskUsNow!. ¿En qué le puedo ayudar hoy?'],
      [200, 'l', '¿Sigue en línea?'],
      [300, 'l', 'No he recibido respuesta; parece que se desconectó. Voy a cerrar el chat. Si necesita ayuda, escríbanos de nuevo. ¡Gracias!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'no provider ever joins: one long message in Spanish and the system closes the chat; coded Lost Call',
    lines: [
      [0, 'p', 'buenas noches, quisiera saber si la biblioteca presta computadoras portatiles para llevar a la casa, mis hijos necesitan para la escuela y no tenemos'],
      [240, 's', 'El usuario salió del chat.', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', concurrency: 'na',
    }),
  },
  {
    // reading: telling the patron to look the rest up on Google because the provider has other things to do ends the help for the provider's convenience without a way back
    name: 'Houston, dismissal: "ya llevamos mucho rato en esto y tengo otras cosas que hacer. Lo del currículum búsquelo en Google. Bye."',
    lines: [
      [0, 'p', 'hola me puede ayudar a buscar trabajo de limpieza en houston, no se usar bien la compu'],
      [30, 'l', 'Hola, soy Brenda, de la Biblioteca Pública de Houston. ¿Busca trabajo de tiempo completo o de medio tiempo?'],
      [70, 'p', 'el que sea, y tmb necesito hacer mi curriculum'],
      [80, 'l', 'Puede buscar en el portal de Workforce Solutions: wrksolutions.com, tiene la página en español.'],
      [130, 'p', 'y como hago el curriculum? me ayuda?'],
      [140, 'l', 'Mire, ya llevamos mucho rato en esto y tengo otras cosas que hacer. Lo del currículum búsquelo en Google. Bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'allowed: "Tengo varias personas en espera… vuelva a escribirnos esta tarde y con gusto le ayudamos con el currículum"',
    lines: [
      [0, 'p', 'hola me puede ayudar a buscar trabajo de limpieza en houston, no se usar bien la compu'],
      [30, 'l', 'Hola, soy Brenda, de la Biblioteca Pública de Houston. ¿Busca trabajo de tiempo completo o de medio tiempo?'],
      [70, 'p', 'el que sea, y tmb necesito hacer mi curriculum'],
      [80, 'l', 'Puede buscar en el portal de Workforce Solutions: wrksolutions.com, tiene la página en español. ¿Le sirve para empezar?'],
      [130, 'p', 'si, y como hago el curriculum? me ayuda?'],
      [140, 'l', 'Con gusto, pero ahorita tengo varias personas en espera. Vuelva a escribirnos esta tarde y con gusto le ayudamos con el currículum. ¡Gracias por su paciencia!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "este servicio es para preguntas rápidas; lo demás tendrá que resolverlo por su cuenta" ends the help without a way back
    name: 'dismissal in a polite register: "Le recuerdo que este servicio es para preguntas rápidas; lo demás tendrá que resolverlo por su cuenta. Saludos."',
    lines: [
      [0, 'p', 'buenos dias, estoy haciendo mi arbol genealogico, mis abuelos vinieron de Michoacan en los 50s como braceros'],
      [40, 'l', 'Buenos días, le atiende Gabriel, de Ask Colorado. ¿Sabe los nombres completos y más o menos el año en que llegaron?'],
      [80, 'p', 'Jesus Ayala Torres, como en 1956, y mi abuela llego despues'],
      [90, 'l', 'El Bracero History Archive (braceroarchive.org) tiene documentos y fotos buscables por nombre. ¿Es lo que busca?'],
      [130, 'p', 'si, y tambien como encuentro los papeles de mi abuela? y las actas de michoacan?'],
      [140, 'l', 'Le recuerdo que este servicio es para preguntas rápidas; lo demás tendrá que resolverlo por su cuenta. Saludos.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: a well-wish alone is no goodbye (eleventh round); the patron's "bendiciones" comes after
    name: 'the provider\'s last two: the answer and "¡Mucho éxito con el examen!", then the patron "gracias, bendiciones": courteous fails; the provider never asks "algo más"',
    lines: [
      [0, 'p', 'hola, donde practico el examen teorico de manejo en español en Nueva Jersey?'],
      [30, 'l', 'Hola, bienvenida a NJ Ask a Librarian. Soy Priscila. ¿Ya tiene el permiso de aprendiz o está empezando?'],
      [70, 'p', 'empezando'],
      [78, 'l', 'El manual del conductor de Nueva Jersey en español está en nj.gov/mvc (Manual del conductor), y en la base de datos LearningExpress (desde njstatelib.org con su tarjeta) hay exámenes de práctica. ¿Le sirve?'],
      [110, 'p', 'si muy bien'],
      [116, 'l', '¡Mucho éxito con el examen!'],
      [130, 'p', 'gracias, bendiciones'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Puerto Rico, the patron has the last word ("no, nada más, bendiciones") after "¿Algo más?": anything else passes, but the provider\'s last two say no thanks or goodbye',
    lines: [
      [0, 'p', 'buenas, cuando es la fecha limite del FAFSA para la UPR?'],
      [30, 'l', 'Buenas tardes, le atiende Nelson, bibliotecario de Ask a Librarian. ¿Es para el año académico 2026-2027?'],
      [60, 'p', 'si ese'],
      [66, 'l', 'La fecha límite federal es el 30 de junio de 2027, pero la UPR recomienda enviarla antes del 15 de abril para las ayudas del Gobierno de Puerto Rico; las fechas están en studentaid.gov/es/announcements-events/fafsa-deadlines. ¿Le sirve?'],
      [100, 'p', 'si, ok'],
      [104, 'l', '¿Algo más?'],
      [120, 'p', 'no, nada más, bendiciones'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'concurrency: a Salinas provider with three other chats open the whole time; otherwise good, Día de Muertos craft books for a teacher',
    lines: [
      [0, 'p', 'hola! soy maestra de kinder, busco libros con manualidades para el Dia de Muertos, de preferencia bilingues'],
      [25, 'l', '¡Hola, maestra! Soy Citlali, bibliotecaria de la Biblioteca Pública de Salinas. ¿Los quiere para leerles a los niños o para ideas de manualidades para usted?'],
      [60, 'p', 'para ideas de manualidades'],
      [66, 'l', 'Un momento, reviso el catálogo.'],
      [130, 'l', '"Día de los Muertos: manualidades para niños" y "Calaveras y papel picado" están disponibles en el catálogo: salinaspubliclibrary.org, catálogo, búsqueda "Día de Muertos manualidades". ¿Le sirven?'],
      [165, 'p', 'si, los voy a apartar. es todo, gracias!'],
      [170, 'l', '¡Que les quede bonito el altar! Gracias por escribir.'],
    ],
    ctx: { otherIntervals: [
      { sessionKey: 'test:a', providerId: 'jo', start: Date.parse(at(-120)), end: Date.parse(at(600)) },
      { sessionKey: 'test:b', providerId: 'jo', start: Date.parse(at(-60)), end: Date.parse(at(500)) },
      { sessionKey: 'test:c', providerId: 'jo', start: Date.parse(at(20)), end: Date.parse(at(300)) },
    ] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: "¿Pudo activarla?" right after the steps asks whether what was given worked, i.e. met the need
    name: 'transfer with no word to the patron: "Un momento, por favor" then an internal note with the reason and the transfer; the new provider greets again',
    lines: [
      [0, 'p', 'hola, no puedo descargar libros en Libby, me dice que mi tarjeta no es valida'],
      [30, 'l', 'Hola, soy Heather, de Ask Here PA. ¿De qué biblioteca es su tarjeta?'],
      [60, 'p', 'de Allentown'],
      [66, 'l', 'Un momento, por favor.'],
      [70, 'i', 'Gladys, Spanish-speaking patron, Allentown card rejected in Libby; you know their e-card setup, can you take it?'],
      [75, 's', 'Chat transferred to Gladys Ortiz', sys('transfer', 'gladys')],
      [95, 'l', 'Hola, buenas tardes, soy Gladys, de la Biblioteca Pública de Allentown. ¿Su tarjeta es la tarjeta electrónica que sacó en línea?', GLADYS],
      [130, 'p', 'si, la saque en la pagina'],
      [140, 'l', 'Las tarjetas electrónicas de Allentown hay que activarlas en allentownpl.org/ecard antes de usarlas en Libby; después entra en Libby con el número y el PIN. ¿Pudo activarla?', GLADYS],
      [200, 'p', 'ya! ya funciona, gracias. eso era todo'],
      [206, 'l', '¡Qué bueno! Gracias por llamar... digo, por escribir. ¡Buen día!', GLADYS],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'language switch the other way: the patron starts in Spanish and switches to English for her daughter; the provider follows; a referral to the library\'s own branch with phone',
    lines: [
      [0, 'p', 'hola, mi hija quiere ser voluntaria en la biblioteca este verano, tiene 14 años'],
      [30, 'l', '¡Hola! Le atiende Jessica, bibliotecaria de Enoch Pratt Free Library en AskUsNow!. ¿En qué sucursal le gustaría ayudar?'],
      [60, 'p', 'sorry my daughter is going to write now. Hi! Highlandtown branch if possible'],
      [68, 'l', 'Hi! Let me check the teen volunteer program for you.'],
      [140, 'l', "Pratt's summer teen volunteer program takes ages 13-17; the application is at prattlibrary.org/teens/volunteer and closes May 15. Since you want Highlandtown, call the branch at 410-396-1580 and ask for the teen librarian, who coordinates it. Does that answer your question?"],
      [180, 'p', 'yes thank you!! thats all'],
      [185, 'l', 'You\'re welcome, and good luck! ¡Gracias a las dos por escribir!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'non-fluent provider with few words of Spanish: "Lo siento, mi español es poco", "Momento", a bilingual answer and "¿Es bueno?"; the patron: "ya no ocupo nada más"',
    lines: [
      [0, 'p', 'hola, la biblioteca tiene impresora? cuanto cuesta imprimir?'],
      [25, 'l', 'Hello! This is Mark at Salem Public Library, answering for Answerland. Lo siento, mi español es poco. ¿Blanco y negro o color?'],
      [60, 'p', 'blanco y negro, son como 10 hojas'],
      [66, 'l', 'Momento.'],
      [110, 'l', 'Blanco y negro: 10 centavos por página (10 hojas = $1). Color: 50 centavos. Info: cityofsalem.net/library (Printing). ¿Es bueno?'],
      [140, 'p', 'si gracias, ya no ocupo nada más'],
      [145, 'l', 'Gracias! Adiós!'],
    ],
    exp: usual(),
  },
  {
    name: 'Lost Call coded although the patron answered the clarifying question and then left; check-in and notice in Caribbean usage, with a way back',
    lines: [
      [0, 'p', 'buenas, busco un libro para aprender a hacer taxes en español'],
      [30, 'l', 'Buenas tardes, le atiende Wilfredo, bibliotecario de Ask a Librarian (Florida). ¿Es para sus propios impuestos o quiere trabajar preparando impuestos?'],
      [70, 'p', 'los mios nomas'],
      [78, 'l', 'Entiendo. Déjeme revisar.'],
      [140, 'l', 'El IRS tiene todo en español en irs.gov/es, y con su tarjeta de Miami-Dade Public Library puede sacar "Impuestos para Dummies" en la biblioteca digital (mdpls.org, eBooks). Además, el programa VITA prepara impuestos gratis en la biblioteca. ¿Le sirve esta información?'],
      [280, 'l', '¿Todavía está ahí?'],
      [350, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. Cuando guste nos vuelve a escribir. ¡Gracias!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'check-in "¿Sigue conmigo?" mid-chat, the patron comes back: no final idle; a mixed message ("el formulario de la corte, the one for name change")',
    lines: [
      [0, 'p', 'necesito el formulario de la corte, the one for name change, en español si hay'],
      [30, 'l', 'Hola, soy Laura, bibliotecaria de referencia de Ask WA. ¿Es para un adulto o para un menor?'],
      [70, 'p', 'adulto, para mi'],
      [78, 'l', 'Un momento, por favor, estoy revisando los formularios de las cortes de Washington.'],
      [150, 'l', 'El paquete para cambio de nombre de un adulto está en washingtonlawhelp.org/es (Cambio de nombre de un adulto), con instrucciones en español. ¿Es lo que buscaba?'],
      [280, 'l', '¿Sigue conmigo?'],
      [300, 'p', 'si perdon, lo estaba descargando. si es ese, gracias, eso es todo lo que necesitaba'],
      [306, 'l', '¡Con gusto! Gracias por comunicarse con Ask WA.'],
    ],
    exp: usual(),
  },
  {
    name: 'a restatement "A ver, usted necesita…" with a hold in the same message counts as the clarification; a Caribbean "¿Eso era lo que necesitaba, mi amor?"',
    lines: [
      [0, 'p', 'Buenas, mi mamá quiere aprender a usar el celular, ella habla solo español y tiene 70 años, la biblioteca enseña?'],
      [35, 'l', 'Buenas tardes, soy Carmen, bibliotecaria de la Biblioteca Pública de Orlando en Ask a Librarian. A ver, usted necesita una clase de celular en español para una persona mayor; deme un momento y le busco.'],
      [110, 'l', 'La biblioteca tiene "Tecnología para adultos mayores" en español, clases gratis de una hora los martes. El calendario y la inscripción están en ocls.org/calendar (busque "celular" o "smartphone"). ¿Eso era lo que necesitaba, mi amor?'],
      [150, 'p', 'si, perfecto, muchas gracias'],
      [156, 'l', '¿Algo más en que le pueda ayudar?'],
      [170, 'p', 'no, eso es todo'],
      [175, 'l', 'Bendiciones a su mamá. ¡Hasta pronto!'],
    ],
    exp: usual(),
  },
  {
    name: 'practice session in Spanglish between two trainees: nothing scored',
    lines: [
      [0, 'p', 'test test, esta es una prueba del widget en español'],
      [10, 'l', 'Hola! Recibido, el widget funciona. Testing the canned messages now.'],
      [20, 'l', 'Gracias por comunicarse con AskUsNow!. ¡Hasta pronto!'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: usual({
      pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', concurrency: 'na', code: 'na',
    }),
  },
  {
    // (run since v16's `laterContactOwnerV16`; it was left:) the URL of the next sentence (the Department of Justice's pro bono list, a source) is read as Catholic
    // Charities' contact: a sentence after a referral that gives a URL owned by another party counts for it (ownedContact)
    name: 'Ask Here PA, Reading: "puede ir a Catholic Charities" with no contact; the EOIR pro bono list is a source, not a referral: referral fails',
    lines: [
      [0, 'p', 'hi, mi esposo necesita ayuda con los papeles de inmigracion pero no tenemos dinero para abogado'],
      [35, 'l', 'Hola, soy Jenny de Ask Here PA. ¿En qué ciudad viven?'],
      [70, 'p', 'en Reading'],
      [78, 'l', 'Un momento.'],
      [150, 'l', 'En Reading puede ir a Catholic Charities, que ayuda con trámites de inmigración a bajo costo. También está la lista de ayuda legal gratuita por estado del Departamento de Justicia: justice.gov/eoir/list-pro-bono-legal-service-providers. ¿Eso le ayuda?'],
      [190, 'p', 'si gracias, eso es todo'],
      [195, 'l', '¡Con gusto! Cuídese.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'patron done, Mexican usage: "no ocupo nada más, gracias" (no "¿algo más?" from the provider)',
    lines: [
      [0, 'p', 'a que hora cierra la biblioteca central de phoenix los sabados?'],
      [20, 'l', 'Hola, soy Lorena de la Biblioteca Pública de Phoenix. ¿La Burton Barr Central?'],
      [40, 'p', 'si esa'],
      [48, 'l', 'Los sábados cierra a las 5 pm; el horario está en phoenixpubliclibrary.org/locations. ¿Le sirve?'],
      [70, 'p', 'si, no ocupo nada más, gracias'],
      [75, 'l', '¡Con gusto, que le vaya bien!'],
    ],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss: "entonces no ocupo nada mas que la credencial?" asks what is needed ("only"): the patron is not done',
    lines: [
      [0, 'p', 'que necesito para sacar la tarjeta de la biblioteca?'],
      [20, 'l', 'Hola, soy Lorena de la Biblioteca Pública de Phoenix. ¿Vive en Phoenix?'],
      [40, 'p', 'si'],
      [48, 'l', 'Necesita una identificación con foto y su dirección; los detalles están en phoenixpubliclibrary.org/card. ¿Le sirve?'],
      [70, 'p', 'entonces no ocupo nada mas que la credencial?'],
      [78, 'l', 'Si la credencial tiene su dirección actual, sí, con eso basta. ¡Que le vaya bien!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"¿Eso te resuelve?" after the steps asks whether they meet the need',
    lines: [
      [0, 'p', 'como renuevo un libro en linea?'],
      [20, 'l', '¡Hola! Soy Tania, de la biblioteca de El Paso. ¿Tienes tu número de tarjeta a la mano?'],
      [40, 'p', 'si'],
      [48, 'l', 'Entra en elpasolibrary.org, "Mi cuenta", y marca el libro y "Renovar". ¿Eso te resuelve?'],
      [70, 'p', 'si gracias, es todo'],
      [75, 'l', '¡Con gusto, bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "¿Le basta con una copia o necesita el original?" after the source asks about the need, not about what was given',
    lines: [
      [0, 'p', 'necesito el acta de matrimonio de mis papas, se casaron en el condado de Bexar'],
      [25, 'l', 'Hola, le atiende Sergio, de la Biblioteca Pública de San Antonio. ¿En qué año se casaron?'],
      [55, 'p', 'en 1985'],
      [65, 'l', 'Las actas de matrimonio del condado de Bexar se piden en línea en bexar.org/CountyClerk (Vital Records). ¿Le basta con una copia o necesita el original certificado?'],
      [95, 'p', 'certificada creo'],
      [100, 'l', 'Entonces pida la copia certificada en esa misma página. ¡Suerte!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "¿El martes a las 3 es bueno para usted?" offers a time, not what was given',
    lines: [
      [0, 'p', 'quiero ayuda para hacer mi curriculum en español'],
      [25, 'l', 'Hola, soy Inés, bibliotecaria de la Biblioteca del Condado de Fresno. ¿Es para un trabajo en particular?'],
      [55, 'p', 'para trabajar en una oficina'],
      [65, 'l', 'Tenemos plantillas de currículum en español en fresnolibrary.org/empleo, y puedo apartarle una cita con nuestro asesor de empleo. ¿El martes a las 3 es bueno para usted?'],
      [95, 'p', 'si'],
      [100, 'l', 'Listo, martes a las 3. ¡Gracias por escribir!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "¿Ya pudo entrar?" after the steps asks whether they worked (as "Were you able to get in?")
    name: '"¿Ya pudo entrar?" after the login steps asks whether what was given met the need',
    lines: [
      [0, 'p', 'no puedo entrar a hoopla'],
      [20, 'l', 'Hola, soy Tomás de la biblioteca de Tucson. ¿Qué mensaje le sale?'],
      [40, 'p', 'dice tarjeta no valida'],
      [48, 'l', 'En hoopladigital.com escoja "Pima County Public Library" antes de poner su tarjeta; si no, la rechaza. ¿Ya pudo entrar?'],
      [90, 'p', 'si ya, gracias, es todo'],
      [95, 'l', '¡Qué bueno! Adiós.'],
    ],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss: "¿Se encuentra en línea la solicitud que llenó?" in a final idle of 150 s asks about a form, not whether the patron is there',
    lines: [
      [0, 'p', 'mande mi solicitud para la tarjeta y no me llega nada'],
      [20, 'l', 'Hola, soy Tomás de la biblioteca de Tucson. ¿Cuándo la mandó?'],
      [40, 'p', 'el lunes'],
      [48, 'l', 'Las solicitudes en línea tardan hasta 5 días; puede ver el estado en library.pima.gov/card. ¿Le sirve?'],
      [150, 'l', '¿Se encuentra en línea la solicitud que llenó?'],
    ],
    over: { endAfter: 50 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"¿Todavía te encuentras ahí?" in a final idle of 150 s is a check-in',
    lines: [
      [0, 'p', 'mande mi solicitud para la tarjeta y no me llega nada'],
      [20, 'l', 'Hola, soy Tomás de la biblioteca de Tucson. ¿Cuándo la mandaste?'],
      [40, 'p', 'el lunes'],
      [48, 'l', 'Las solicitudes en línea tardan hasta 5 días; puedes ver el estado en library.pima.gov/card. ¿Te sirve?'],
      [150, 'l', '¿Todavía te encuentras ahí?'],
    ],
    over: { endAfter: 50 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'near miss: the provider\'s only message "¡Buenas noches! Le atiende Rosa… ¿Qué título busca?" is a greeting, not a goodbye',
    lines: [
      [0, 'p', 'hola tienen libros de Sandra Cisneros en español'],
      [30, 'l', '¡Buenas noches! Le atiende Rosa, de la Biblioteca Pública de Chicago. ¿Qué título busca?'],
    ],
    over: { endAfter: 60 },
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Si tiene otras cosas que hacer ahora, puede volver a escribirnos después" is the patron\'s convenience, no dismissal',
    lines: [
      [0, 'p', 'necesito ayuda con la solicitud de la FAFSA pero estoy en el trabajo'],
      [20, 'l', 'Hola, soy Daniel de la Biblioteca Pública de Chicago. ¿Ya tiene su cuenta de StudentAid.gov?'],
      [40, 'p', 'no todavia, y ahorita estoy ocupado'],
      [50, 'l', 'La cuenta se crea en studentaid.gov/es. Si tiene otras cosas que hacer ahora, puede volver a escribirnos después y seguimos. ¡Gracias!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "Puede hacerlo por su cuenta en línea en dmv.org" is a way to do it, no dismissal',
    lines: [
      [0, 'p', 'como cambio la direccion de mi licencia en california?'],
      [20, 'l', 'Hola, soy Pilar de la Biblioteca Pública de Los Ángeles. ¿Es la licencia de manejar?'],
      [40, 'p', 'si'],
      [50, 'l', 'Puede hacerlo por su cuenta en línea en dmv.ca.gov (Cambio de domicilio), sin cita. ¿Le sirve?'],
      [80, 'p', 'si gracias, es todo'],
      [85, 'l', '¡De nada, que le vaya bien!'],
    ],
    exp: some({ dismissal: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss: "Preséntese en la entrevista con su pasaporte" names no party: no referral',
    lines: [
      [0, 'p', 'que llevo a la entrevista de ciudadania?'],
      [20, 'l', 'Hola, soy Marisol de la biblioteca de Aurora. ¿Ya tiene la carta de cita?'],
      [40, 'p', 'si'],
      [50, 'l', 'Preséntese en la entrevista con su pasaporte, su tarjeta de residente y la carta de cita; la lista completa está en uscis.gov/es/ciudadania. ¿Le sirve?'],
      [80, 'p', 'si gracias, eso es todo'],
      [85, 'l', '¡Mucha suerte! Adiós.'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Acuda a la oficina de CASA de Maryland en Langley Park" with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'donde me ayudan con la renovacion de DACA en maryland?'],
      [20, 'l', 'Hola, soy Elena de AskUsNow!. ¿Vive en el condado de Prince George\'s?'],
      [40, 'p', 'si'],
      [50, 'l', 'Acuda a la oficina de CASA de Maryland en Langley Park, que ayuda con DACA. ¿Le sirve?'],
      [80, 'p', 'si gracias, eso es todo'],
      [85, 'l', '¡Con gusto! Adiós.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // (added at the merge, next to `contactAfterPartyP4`, which takes the party of the sentence before: with none before,
    // "Llame al …" is read as v15 read it, a call to the library with its number)
    name: '"Gracias por esperar. Llame al 303-555-0100 para confirmar" with no party before: a referral that carries its number',
    lines: [
      [0, 'p', 'a q hora abre la biblioteca el domingo?'],
      [20, 'l', 'Hola, soy Rosa de la Biblioteca de Aurora. ¿Cuál sucursal le interesa?'],
      [40, 'p', 'la central'],
      [90, 'l', 'Gracias por esperar. Llame al 303-555-0100 para confirmar, pero el horario dice de 1 a 5 pm los domingos: auroragov.org/library. ¿Le sirve?'],
      [120, 'p', 'si gracias, eso es todo'],
      [125, 'l', '¡Con gusto! Adiós.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "A ver, usted necesita llevar su identificación…" is an instruction, not a restatement: no clarification before the source',
    lines: [
      [0, 'p', 'quiero sacar la tarjeta de la biblioteca'],
      [20, 'l', 'Hola, soy Lorena de la Biblioteca Pública de Phoenix. A ver, usted necesita llevar su identificación y un comprobante de domicilio; todo está en phoenixpubliclibrary.org/card. ¿Le sirve?'],
      [60, 'p', 'si gracias, es todo'],
      [65, 'l', '¡Con gusto! Adiós.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "le escribo cuando sepa algo, después de consultar con mi colega" gives no when (not "después del chat")',
    lines: [
      [0, 'p', 'busco el periodico La Opinion de 1970, hay en microfilm?'],
      [20, 'l', 'Hola, soy Pilar de la Biblioteca Pública de Los Ángeles. ¿Qué mes le interesa?'],
      [40, 'p', 'agosto, por la marcha del Moratorium. mi correo es g.reyes@example.org'],
      [50, 'l', 'Gracias, g.reyes@example.org. El catálogo (lapl.org) no dice si tenemos ese mes en microfilm; le escribo cuando sepa algo, después de consultar con mi colega de Historia. ¿Le sirve el catálogo mientras tanto?'],
      [80, 'p', 'si gracias'],
      [85, 'l', '¡Gracias a usted! Adiós.'],
    ],
    over: { ...FU_ME, patron: { name: 'G. Reyes', email: 'g.reyes@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"Le mando el enlace después del chat" to the e-mail repeated back says when',
    lines: [
      [0, 'p', 'busco el periodico La Opinion de 1970, esta en linea?'],
      [20, 'l', 'Hola, soy Pilar de la Biblioteca Pública de Los Ángeles. ¿Qué mes le interesa?'],
      [40, 'p', 'agosto. mi correo es g.reyes@example.org'],
      [50, 'l', 'Gracias, g.reyes@example.org. Está en ProQuest Historical Newspapers (lapl.org/databases); le mando el enlace directo después del chat. ¿Le sirve?'],
      [80, 'p', 'si gracias'],
      [85, 'l', '¡Gracias a usted! Adiós.'],
    ],
    over: { ...FU_ME, patron: { name: 'G. Reyes', email: 'g.reyes@example.org', phone: null } },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): unchanged: a party with its phone and no referring verb ("atiende NJ: tel …").
    // LEFT: the consulate's phone is given without a referring verb ("el Consulado … atiende NJ: tel …", "se renueva allá
    // con cita") two messages after the patron asked for it; v11 K8's answered "who do I call" needs the question just before
    name: 'SMS text service, chat-speak on both sides ("ntp", "grax", "q"), tú: a hold "dame 1 min xfa", a consulate with phone and web, "t sirve?", "algo mas?", "cuidate!"',
    lines: [
      [0, 'p', 'hola q tal, necesito el telefono del consulado dominicano en nueva york xq perdi mi cedula'],
      [30, 'l', 'hola! soy Dani de NJ Ask a Librarian x texto. estas en NY o en NJ?'],
      [60, 'p', 'en NJ, en perth amboy'],
      [66, 'l', 'ok dame 1 min xfa'],
      [120, 'l', 'el Consulado General de la Rep. Dominicana en NY atiende NJ: tel 212-768-2480, citas en consuladord-ny.org. la cedula se renueva alla con cita. t sirve?'],
      [150, 'p', 'si grax!!'],
      [155, 'l', 'ntp 😊 algo mas?'],
      [170, 'p', 'no eso es todo'],
      [174, 'l', 'cuidate!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // v23 (X2, left again): unchanged: even "llamales" makes no referral here (the party before the verb is not read);
    // "llamarles" needs a code path of its own.
    // LEFT: "usted tiene que llamarles" refers with a clitic pronoun to the department named earlier in the sentence; the
    // referring verbs take the party after the verb or a bare "call them:", not a pronoun joined to the infinitive
    name: 'the provider gives only a named agency with no way to reach it ("Eso lo ve el Departamento de Vivienda"): no source, no referral contact; the patron is done on her own',
    lines: [
      [0, 'p', 'hola, mi casero no quiere arreglar la calefaccion y tengo niños chiquitos, que hago?'],
      [30, 'l', 'Hola, soy Megan, de Ask Here PA. ¿Vive en Filadelfia?'],
      [60, 'p', 'si, en Kensington'],
      [70, 'l', 'Eso lo ve el Departamento de Licencias e Inspecciones de la ciudad; usted tiene que llamarles y poner una queja.'],
      [100, 'p', 'ok, ya con eso, no tengo mas preguntas'],
      [106, 'l', '¡Mucha suerte y cuídese!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', referral: 'fail' }),
  },
];

describe('fifteenth round (P4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifteenth round (P4): Spanish-speaking and bilingual sessions, every check', whole);
describeSessions('fifteenth round (P4): Spanish and bilingual, short cases', short);

describeLeft('fifteenth-round-bilingual', LEFT);
