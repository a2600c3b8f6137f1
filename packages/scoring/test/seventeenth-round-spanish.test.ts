/**
 * Seventeenth round, area (R4): SPANISH-LANGUAGE SESSIONS, WHOLE, as a Spanish-speaking provider runs them end to end
 * (greeting and self-identification, clarifying questions and restatements, hold messages, sources, the completeness
 * question, "anything else", goodbye, referrals with and without contacts, follow-up promises), plus patrons who switch
 * between Spanish and English mid-chat. Latin American and US Spanish (Mexican "ocupo", "nomás", "ahorita", "le
 * marco"; Caribbean "mija", "a la orden"; Colombian "con mucho gusto", "¿me regala…?"; Argentine and Uruguayan "vos";
 * Peruvian; Chicano Spanglish), with accents, without accents, with typos and chat-speak ("xfa", "q", "tmb", "pq",
 * "ntc", "k", "porfa"). Services: LAPL, Queens Public Library, Houston, El Paso, Pharr (Texas), Tucson (Pima County),
 * Miami-Dade, Chicago, Denver, Ask Here PA, NJ Ask a Librarian, AskUsNow!, a community college, a high-school
 * library, an SMS text service. Resources: the California DMV's AB 60 pages, VITA tax sites, the Wage and Hour
 * Division, Medicaid pages, school-immunisation pages, BiblioBoard/Libby, Britannica Escolar, e-Libro, obituary
 * indexes, a library's Spanish book-club kits.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - "Le escribe Fernanda desde…", "Con gusto le atiende Rubén, de…", "Habla Yesenia, de…" identify; "Bienvenido/a al
 *   servicio de… de la Biblioteca…" greets and names the service in one macro;
 * - "Aguárdeme un momento", "Deme unos minutitos", "Permítame consultarlo", "No se me vaya, sigo buscando", "déjame
 *   checar real quick" are holds; a message giving the form and saying "ahora le busco la guía" is a partial result
 *   with the search going on (a hold);
 * - "¿Le fue de utilidad?", "¿Encontró lo que buscaba?", "¿Eso es lo que andaba buscando?", "¿Resolví su duda?",
 *   "Avíseme si con esto queda resuelto" ask whether what was given meets the need; "Cualquier duda, aquí estoy" and
 *   "¿Le interesa también el audiolibro?" do not (an invitation; something not yet given);
 * - "¿Tiene su tarjeta a la mano?" before the login steps asks about the patron's situation and shapes the answer
 *   (a clarifying question); "Nomás para confirmar: …, ¿verdad?" restates the need;
 * - "ya quedé, es todo", "con eso quedo servida", "no tengo más preguntas" say explicitly that the patron is done;
 *   "okis gracias", "sale, gracias" do not;
 * - "De nada" and "A la orden" alone neither thank, say goodbye nor invite back (as "you're welcome" / "anytime");
 *   "Saludos" at the end, "Hasta luego", "Chao", "¡Que tenga un excelente día!" say goodbye;
 * - a close "por falta de respuesta" tells the patron they seem gone and that the session ends (as the eleventh round
 *   read "por inactividad");
 * - "le marco mañana en la tarde" and "antes de las 6" say when; "le llamo cuando hable con la encargada" does not;
 * - "hable con la consejera de la escuela" refers the patron to a named specialist outside the chat with no way to
 *   reach her; "su casero" is a person the patron is told to talk to (a referral, no contact);
 * - "ya pasaron los 20 minutos del chat, tengo que desconectarla" tells the patron their time is up; "ya vamos a
 *   cerrar el servicio de chat por hoy, pero puede escribirnos mañana desde las 9…" offers a way back.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few (near misses of the block's widenings). `LEFT` (not run) holds cases labelled right that the
 * scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, type Key, type SessionCase, some, type St, sys, T0, usual, who } from './helpers';

/** No substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });

const YESENIA = who('Yesenia Cruz', 'yesenia');
const OSCAR = who('Óscar Lemus', 'oscar');

export const whole: SessionCase[] = [
  // ---- good sessions in Spanish --------------------------------------------------------------------------------------
  {
    name: 'LAPL, usted: AB 60 licence; "Le escribe Fernanda desde…", "Aguárdeme un momento", "¿Le fue de utilidad?", "¿Hay alguna otra cosa en la que le pueda servir?"',
    lines: [
      [0, 'p', 'Buenas tardes, quisiera saber que papeles piden para sacar la licencia de manejar sin tener papeles'],
      [22, 'l', 'Buenas tardes. Le escribe Fernanda desde la Biblioteca Pública de Los Ángeles. ¿Ya tiene cita en el DMV o apenas va a empezar el trámite?'],
      [75, 'p', 'apenas voy a empezar, no se ni por donde'],
      [82, 'l', 'Aguárdeme un momento mientras reviso la página del DMV en español.'],
      [170, 'l', 'Es la licencia AB 60. Necesita comprobar identidad (por ejemplo, pasaporte o matrícula consular) y domicilio en California (un recibo de luz o contrato de renta). La lista completa y el formulario están en dmv.ca.gov/portal/es/ab-60. Primero se llena la solicitud en línea y luego se hace la cita. ¿Le fue de utilidad?'],
      [240, 'p', 'si mucho, no sabia que se podia con la matricula'],
      [248, 'l', 'Sí, la aceptan. ¿Hay alguna otra cosa en la que le pueda servir?'],
      [290, 'p', 'no, es todo, muchas gracias'],
      [296, 'l', 'Con mucho gusto. ¡Que tenga un excelente día!'],
    ],
    exp: usual(),
  },
  {
    name: 'high-school library, tú, chat-speak patron ("xfa", "q", "tmb", "pq"): Revolución Mexicana sources; "pa cuándo lo ocupas?", "dame chance", "¿te sirven?", "vuelve cuando quieras"',
    lines: [
      [0, 'p', 'hola xfa ocupo 3 fuentes sobre la revolucion mexicana pq la maestra no deja usar wikipedia'],
      [18, 'l', 'Hola q tal! Soy Memo, el bibliotecario de la prepa Roosevelt. Pa cuándo lo ocupas y tiene que ser en español o tmb en inglés?'],
      [60, 'p', 'pa el lunes, puede ser en los 2'],
      [66, 'l', 'va, dame chance, ahorita te paso unos links'],
      [140, 'l', 'Entra a Britannica Escolar desde roosevelthigh.example.org/biblioteca (usuario y clave son los de la escuela) y busca "Revolución Mexicana": tiene un artículo largo y fotos. En inglés, Gale In Context: World History, en la misma página. Y en el catálogo tenemos "La Revolución Mexicana" de Alan Knight, en el 972.08. ¿Te sirven?'],
      [200, 'p', 'si!! con eso ya la armo, es todo grax'],
      [205, 'l', 'de nada! suerte con tu trabajo y vuelve cuando quieras 🙌'],
    ],
    exp: usual(),
  },
  {
    name: 'Ask Here PA, the patron switches to Spanish after the English greeting; VITA tax help in Spanish with two referrals that carry phones; "¿Algo más en que le pueda ayudar hoy?"',
    lines: [
      [0, 'p', 'hello i need help with the taxes free'],
      [30, 'l', "Hi, welcome to Ask Here PA! I'm Colleen, a librarian at the Free Library of Philadelphia. Are you looking for someone to prepare your return, or for the forms?"],
      [80, 'p', 'sorry my english is not good, puedo escribir en español?'],
      [88, 'l', '¡Claro que sí! Podemos seguir en español. ¿Busca a alguien que le prepare la declaración gratis?'],
      [130, 'p', 'si, alguien que hable español, gano poco'],
      [136, 'l', 'Permítame consultarlo, un momento.'],
      [220, 'l', 'El programa VITA prepara declaraciones gratis si gana menos de unos $67,000 al año. En Filadelfia, Campaign for Working Families tiene voluntarios que hablan español: llame al 215-988-0460 para hacer cita. También puede llamar al IRS al 800-829-1040 y pedir servicio en español. ¿Le sirve esa información?'],
      [270, 'p', 'si gracias voy a llamar mañana'],
      [276, 'l', '¡Muy bien! ¿Algo más en que le pueda ayudar hoy?'],
      [310, 'p', 'no eso es todo thank you'],
      [316, 'l', '¡De nada! Gracias por escribirnos. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Queens, the mother starts in Spanish and her son takes over in English; the provider follows into English ("Does that answer your question?", "Anything else?"); the son: "nope that\'s it"',
    lines: [
      [0, 'p', 'hola, mi hijo necesita libros para el verano de la escuela, tiene 11 años'],
      [25, 'l', '¡Hola! Le atiende Paola, bibliotecaria de Queens Public Library. ¿La escuela le dio una lista de títulos o él puede escoger?'],
      [70, 'p', 'hi its me her son, we have the list, its for 6th grade, we need "Esperanza Rising" and "Hatchet"'],
      [80, 'l', 'Hi! No problem, we can switch to English. One moment while I check the catalog.'],
      [150, 'l', 'Both are available: "Esperanza Rising" is on the shelf at the Jackson Heights branch and "Hatchet" at Corona. You can also borrow both right now as e-books in Libby (queenslibrary.org/libby) with your library card. Does that answer your question?'],
      [200, 'p', 'yes thanks we will go to jackson heights'],
      [205, 'l', 'Great. Anything else I can help you with?'],
      [225, 'p', "nope that's it"],
      [230, 'l', 'Have a great summer, and happy reading! Bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "¿Tiene su tarjeta a la mano?" asks about the patron's situation before the steps and shapes them
    name: 'Houston, e-books on Libby: "¿Tiene su tarjeta a la mano?" before the steps is the clarifying question; "¿Lo pudo abrir?" after them; the patron: "ya quedé, es todo"',
    lines: [
      [0, 'p', 'como le hago para leer libros de la biblioteca en mi celular'],
      [30, 'l', 'Hola, buenas noches. Con gusto le atiende Rubén, de la Biblioteca Pública de Houston. ¿Tiene su tarjeta de la biblioteca a la mano? ¿Su celular es Android o iPhone?'],
      [80, 'p', 'si aqui la tengo, es android'],
      [86, 'l', 'Perfecto. Baje la aplicación Libby de Google Play, escoja "Houston Public Library" y escriba el número de su tarjeta y su PIN (los últimos 4 dígitos de su teléfono, si no lo ha cambiado). Los libros en español están en houstonlibrary.org/ebooks-espanol. ¿Lo pudo abrir?'],
      [200, 'p', 'ya, ya entre. ya quedé, es todo'],
      [206, 'l', 'Qué bueno. Gracias por comunicarse con nosotros, ¡buenas noches!'],
    ],
    exp: usual(),
  },
  {
    name: 'El Paso, a restatement ("Nomás para confirmar: busca…, ¿verdad?") before the source; the immunisation record; "¿Eso es lo que andaba buscando?"; "Hasta luego"',
    lines: [
      [0, 'p', 'buenos dias, en la escuela me piden el record de vacunas de mi niña pero se lo pusieron en juarez'],
      [35, 'l', 'Buenos días, habla Lorena de la Biblioteca Pública de El Paso. Nomás para confirmar: busca cómo conseguir en El Paso la cartilla de vacunación que le hicieron en Ciudad Juárez, ¿verdad?'],
      [80, 'p', 'si exacto, o si se la tienen q volver a poner'],
      [86, 'l', 'Deme unos minutitos, por favor.'],
      [180, 'l', 'La escuela puede aceptar la cartilla mexicana si la traducen y la revisa la enfermera. Si no la tiene, llame a la clínica de vacunas del Departamento de Salud de El Paso al 915-212-6520: revisan el historial y ponen las vacunas que falten (ephealth.com/vacunas). ¿Eso es lo que andaba buscando?'],
      [240, 'p', 'si, muchas gracias, con eso quedo servida'],
      [246, 'l', 'Con gusto. Hasta luego.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "hable con la consejera de la escuela" refers the patron to a named specialist with no way to reach her
    name: 'Chicago, tú, financial aid for an undocumented student: the ISAC page is a source; "habla con la consejera de tu escuela" names a specialist with no contact: referral fails',
    lines: [
      [0, 'p', 'hola, soy daca no, nada, no tengo papeles. puedo pedir ayuda para la universidad en illinois?'],
      [28, 'l', '¡Hola! Soy Ximena, bibliotecaria de la Biblioteca Pública de Chicago. ¿Vas a empezar la universidad este otoño o el próximo año?'],
      [70, 'p', 'el proximo año, estoy en senior'],
      [76, 'l', 'Ok, dame un momento y te busco la información.'],
      [160, 'l', 'En Illinois existe la Alternative Application for Illinois Financial Aid, para estudiantes sin papeles que no pueden llenar la FAFSA: está en isac.org/alternative-application y se abre el 1 de octubre. Además, habla con la consejera de tu escuela para que te ayude con las becas privadas. ¿Resolví tu duda?'],
      [210, 'p', 'si, no sabia de esa aplicacion. no tengo mas preguntas'],
      [215, 'l', '¡Mucha suerte! Gracias por escribir.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Tucson, wage theft: "le recomiendo contactar a la División de Horas y Salarios… 1-866-487-9243"; keep-informed held by two holds; "A la orden" and "Que le vaya bien"',
    lines: [
      [0, 'p', 'mi patron no me quiere pagar las ultimas 2 semanas, a donde me puedo quejar?'],
      [25, 'l', 'Hola, buenas tardes. Le atiende Mario, bibliotecario de Pima County Public Library. ¿Trabajaba usted por horas o por contrato? ¿Todavía trabaja ahí?'],
      [85, 'p', 'por horas, en construccion, ya me sali'],
      [92, 'l', 'Entendido. Permítame un momento en lo que busco a quién le toca.'],
      [200, 'l', 'No se me vaya, sigo buscando la información en español.'],
      [300, 'l', 'Le recomiendo contactar a la División de Horas y Salarios del Departamento de Trabajo: 1-866-487-9243, tienen intérpretes y no preguntan por su estatus migratorio. La guía en español está en dol.gov/agencies/whd/es. Apunte las fechas y las horas que trabajó. ¿Le ayuda esto?'],
      [380, 'p', 'si le voy a hablar. gracias'],
      [385, 'l', 'A la orden. ¿Se le ofrece alguna otra cosa?'],
      [420, 'p', 'no, nada mas'],
      [425, 'l', 'Que le vaya bien, y mucha suerte.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Miami-Dade, Cuban patron: Medicaid for a newborn; a partial result that says the search goes on is a hold; "¿Encontró lo que buscaba?"; "Saludos" at the end',
    lines: [
      [0, 'p', 'oye mija, como se pide el medicaid para un bebe recien nacido en la florida'],
      [20, 'l', 'Hola, buenas. Le atiende Dayana, de la Biblioteca Pública de Miami-Dade. ¿El bebé nació en Florida?'],
      [55, 'p', 'si en el jackson hace 2 semanas'],
      [60, 'l', 'Ya encontré la solicitud en línea del Departamento de Niños y Familias, ahora le busco la guía en español. Un momento.'],
      [165, 'l', 'Listo: se pide en myflorida.com/accessflorida (tiene opción en español) y la guía en español está en myflfamilies.com/es/medicaid. Si el bebé nació en un hospital, muchas veces el hospital ya lo reportó; igual conviene llenarla. ¿Encontró lo que buscaba?'],
      [220, 'p', 'si mi amor, gracias, ya con eso'],
      [226, 'l', '¿Necesita ayuda con alguna otra cosa?'],
      [250, 'p', 'no, nada mas, gracias'],
      [256, 'l', 'Con gusto. Felicidades por el bebé. ¡Saludos!'],
    ],
    exp: usual(),
  },
  {
    name: 'Denver, Peruvian patron, book-club kits in Spanish: "¿Me podría decir cuántas personas son?"; the catalogue; "Avíseme si con esto queda resuelto"; the patron: "es todo por hoy"',
    lines: [
      [0, 'p', 'Buenas noches, tenemos un club de lectura en español y quisieramos saber si la biblioteca presta varios ejemplares del mismo libro'],
      [40, 'l', 'Buenas noches, gracias por escribir a Denver Public Library. Mi nombre es Andrés. ¿Me podría decir cuántas personas son en el club y si ya tienen un libro en mente?'],
      [95, 'p', 'somos 9, queremos leer algo de Vargas Llosa'],
      [100, 'l', 'Un momento, por favor, reviso los paquetes para clubes.'],
      [190, 'l', 'Tenemos paquetes de 10 ejemplares de "La fiesta del Chivo" y de "Travesuras de la niña mala". Se reservan en denverlibrary.org/book-club-kits (filtro "Spanish") y se prestan por 6 semanas. Avíseme si con esto queda resuelto.'],
      [250, 'p', 'perfecto, reservamos la niña mala. es todo por hoy, muy amable'],
      [256, 'l', 'A usted. Que disfruten la lectura. ¡Buenas noches!'],
    ],
    exp: usual(),
  },
  {
    name: 'Colombian provider in NJ ("con mucho gusto", "¿me regala su número de tarjeta?"): a PIN reset; greeting and name split over the first two messages; "¿Le quedó claro?"',
    lines: [
      [0, 'p', 'hola no puedo entrar a mi cuenta, se me olvido el pin'],
      [15, 'l', '¡Hola! Buenas tardes, bienvenida a NJ Ask a Librarian.'],
      [22, 'l', 'Le habla Catalina, de la Biblioteca Pública de Elizabeth. ¿Me regala los últimos 4 números de su tarjeta para ver de qué biblioteca es?'],
      [70, 'p', '4471, es de elizabeth'],
      [76, 'l', 'Gracias. El PIN se cambia en el catálogo: entre a elizabethnj.info/catalogo, haga clic en "Mi cuenta" y luego en "¿Olvidó su PIN?"; le llega un correo para ponerlo nuevo. ¿Le quedó claro?'],
      [150, 'p', 'si ya me llego el correo, listo, eso era todo'],
      [155, 'l', 'Con mucho gusto. Gracias por comunicarse, que esté muy bien.'],
    ],
    exp: usual(),
  },
  {
    name: 'Argentine provider ("vos", "fijate"), academic: e-Libro for a nursing student; "¿Eso te sirve?"; "¿Necesitás algo más?"; "Chao"',
    lines: [
      [0, 'p', 'hola necesito un libro de farmacologia en español para enfermeria, el de la clase es muy caro'],
      [30, 'l', 'Hola, ¿qué tal? Soy Gabriela, bibliotecaria de Hudson County Community College. ¿Tenés el título del libro de la clase o buscás cualquiera de farmacología?'],
      [90, 'p', 'cualquiera q explique las dosis'],
      [95, 'l', 'Dale, fijate que te busco algo en e-Libro, dame un ratito.'],
      [185, 'l', 'En e-Libro (desde hccc.edu/library, "Bases de datos", con tu usuario del college) está "Farmacología para enfermería" de Castells, completo y con capítulos de cálculo de dosis. ¿Eso te sirve?'],
      [230, 'p', 'si, perfecto'],
      [234, 'l', '¿Necesitás algo más?'],
      [260, 'p', 'no, gracias!'],
      [265, 'l', 'Bueno, suerte con la cursada. Chao!'],
    ],
    exp: usual(),
  },
  {
    name: 'SMS text service, chat-speak both ways: a greeting macro ("Bienvenido/a al servicio de texto… de la Biblioteca…"), "déjame checar real quick", "t funciono?", "algo mas?", "bye cuidate"',
    lines: [
      [0, 'p', 'hey tienen impresora a color en la biblio de pharr'],
      [25, 'l', 'Bienvenido/a al servicio de texto de la Biblioteca Pública de Pharr. Hola! q necesitas imprimir y cuantas hojas?'],
      [70, 'p', 'unas fotos pa un proyecto, como 5 hojas'],
      [75, 'l', 'ok déjame checar real quick'],
      [130, 'l', 'si hay, cuesta 50 centavos la hoja a color. mandas tus fotos a print@pharr-tx.example.gov y salen en la impresora junto a las compus, pagas con tu tarjeta. los pasos estan en pharr-tx.gov/library/imprimir. t funciono?'],
      [175, 'p', 'si ya lo mande'],
      [180, 'l', 'algo mas?'],
      [200, 'p', 'no eso era to'],
      [205, 'l', 'ok bye cuidate!'],
    ],
    exp: usual(),
  },
  {
    name: 'AskUsNow!, a teacher asks for a curriculum resource for newcomers; "¿Para qué grado?"; Colorín Colorado; "¿Le ayuda?"; the patron is done: "no tengo más preguntas"',
    lines: [
      [0, 'p', 'Buenas tardes, soy maestra y tengo alumnos recién llegados de Honduras que no hablan inglés. Busco materiales para sus papás en español.'],
      [30, 'l', 'Buenas tardes, maestra. Gracias por contactar a AskUsNow!; le atiende Inés, bibliotecaria de Montgomery County Public Libraries. ¿Para qué grado son los alumnos? ¿Busca materiales impresos o páginas web?'],
      [80, 'p', 'tercero y cuarto, páginas web que puedan ver en el celular'],
      [86, 'l', 'Un momentito, por favor.'],
      [170, 'l', 'Colorín Colorado tiene guías para padres en español sobre cómo apoyar la lectura en casa, por grado: colorincolorado.org/es/padres. Y la biblioteca presta hotspots y tiene clases de inglés para adultos (montgomerycountymd.gov/library/esl). ¿Le ayuda?'],
      [220, 'p', 'sí, justo eso. no tengo más preguntas, gracias'],
      [226, 'l', 'Gracias a usted, maestra. ¡Que tenga buena tarde!'],
    ],
    exp: usual(),
  },
  // ---- flawed sessions ------------------------------------------------------------------------------------------------
  {
    name: 'the provider greets and offers help but never says who is answering ("¡Hola, buenas tardes! ¿En qué le puedo ayudar?"; the second message is the question back): greeting fails',
    lines: [
      [0, 'p', 'hola, cuando abre la biblioteca de la calle 16 los domingos'],
      [20, 'l', '¡Hola, buenas tardes! ¿En qué le puedo ayudar?'],
      [40, 'p', 'cuando abre la biblioteca de la calle 16 los domingos'],
      [45, 'l', '¿Es la sucursal Mount Pleasant, en la calle 16 y Lamont?'],
      [80, 'p', 'si esa'],
      [85, 'l', 'Los domingos abre de 1 a 5 de la tarde. El horario de todas las sucursales está en dclibrary.org/horarios. ¿Le sirve?'],
      [110, 'p', 'si gracias es todo'],
      [115, 'l', 'Gracias a usted. ¡Hasta pronto!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'no question before the source: the provider answers the first message straight away with the page; "¿Le quedó claro?"; the patron: "listo, eso era todo"',
    lines: [
      [0, 'p', 'necesito renovar la green card, donde consigo el formulario'],
      [28, 'l', 'Hola, buen día, le atiende Joaquín de la Biblioteca de Newark. Es el formulario I-90; está con instrucciones en español en uscis.gov/es/i-90 y se puede llenar en línea. La tarifa es de $415 en línea. ¿Le quedó claro?'],
      [90, 'p', 'si, listo, eso era todo'],
      [95, 'l', 'Muy bien, gracias por escribirnos.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a hold ("Deme unos minutitos, por favor.") followed by 150 s of silence: keep informed fails; otherwise good',
    lines: [
      [0, 'p', 'hola, busco recetas de comida salvadoreña en libro para regalar'],
      [20, 'l', '¡Hola! Habla Yesenia, de la Biblioteca del Condado de Prince George. ¿Lo busca para comprarlo o para pedirlo prestado?'],
      [60, 'p', 'para comprarlo, es para mi suegra'],
      [65, 'l', 'Deme unos minutitos, por favor.'],
      [215, 'l', '"Cocina salvadoreña: recetas de la abuela" está en venta en librerías y en línea; la ficha con el ISBN está en pgcmls.info/catalogo (búsqueda "cocina salvadoreña"), y ahí mismo puede ver el libro antes de comprarlo. ¿Es lo que buscaba?'],
      [260, 'p', 'si gracias! nada mas'],
      [264, 'l', '¡Gracias por escribirnos! Que le guste a su suegra.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "Cualquier duda, aquí estoy" invites further questions; it does not ask whether what was given meets the need
    name: 'near miss: "Cualquier duda, aquí estoy" after the answer is no completeness question; the patron: "okis gracias" (not done), no "algo más"; "De nada, ¡que tenga buena noche!"',
    lines: [
      [0, 'p', 'a q hora cierra la biblioteca hoy'],
      [18, 'l', 'Hola, buenas. Soy Irma, de la Biblioteca Pública de San Antonio. ¿De cuál sucursal?'],
      [40, 'p', 'la de las palmas'],
      [45, 'l', 'Las Palmas cierra hoy a las 8 pm. Los horarios están en mysapl.org/horarios. Cualquier duda, aquí estoy.'],
      [70, 'p', 'okis gracias'],
      [74, 'l', 'De nada, ¡que tenga buena noche!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'near miss: "¿Le interesa también la versión en audiolibro?" asks about something not yet given: completeness fails; "¿Se le ofrece algo más?" and the patron done',
    lines: [
      [0, 'p', 'tienen el libro Pedro Páramo?'],
      [20, 'l', 'Hola, buenas tardes. Le atiende Samuel, de la Biblioteca Pública de Santa Ana. ¿Lo busca en papel o electrónico?'],
      [60, 'p', 'en papel'],
      [64, 'l', 'Un segundito en lo que reviso.'],
      [120, 'l', 'Sí, hay dos ejemplares disponibles en la Biblioteca Central, en la sección de literatura en español (SP FIC RULFO). Lo puede apartar en santa-ana.org/library/catalogo. ¿Le interesa también la versión en audiolibro?'],
      [160, 'p', 'no, asi esta bien'],
      [165, 'l', '¿Se le ofrece algo más?'],
      [190, 'p', 'no, es todo'],
      [195, 'l', 'Muy bien, que tenga buena tarde.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'the provider ends on "De nada." and "A la orden." after the patron thanks: neither thanks, says goodbye nor invites back: courteous fails',
    lines: [
      [0, 'p', 'Hola buen dia, la biblioteca tiene clases de computacion en español?'],
      [25, 'l', 'Buen día. Le saluda Norma, de la Biblioteca Pública de Phoenix. ¿Qué le gustaría aprender: lo básico, correo electrónico, Word?'],
      [70, 'p', 'lo basico, nunca he usado'],
      [75, 'l', 'Permítame un momento, por favor.'],
      [150, 'l', 'Hay clases de computación básica en español los martes a las 10 am en la Biblioteca Ocotillo; son gratis y hay que inscribirse en phoenixpubliclibrary.org/clases. ¿Le sirve el horario?'],
      [200, 'p', 'si me queda bien. gracias'],
      [205, 'l', '¿Algo más en que le pueda ayudar?'],
      [230, 'p', 'no, muchas gracias'],
      [235, 'l', 'De nada.'],
      [240, 'l', 'A la orden.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'pickup at 130 s ("Perdón por la demora, le atiende Raquel…"); otherwise a good session on a birth certificate from Texas vital statistics',
    lines: [
      [0, 'p', 'buenas, como saco una copia del acta de nacimiento de mi hijo nacido en dallas'],
      [130, 'l', 'Buenas tardes, perdón por la demora. Le atiende Raquel, de la Biblioteca Pública de Dallas. ¿Usted es la mamá o el papá que aparece en el acta?'],
      [170, 'p', 'si soy la mama'],
      [175, 'l', 'Un momento, le busco la información.'],
      [250, 'l', 'La copia se pide al condado de Dallas o a Texas Vital Statistics; en línea es en texas.gov/es (sección "Actas de nacimiento") y cuesta $23. Necesita su identificación con foto. ¿Le sirve?'],
      [300, 'p', 'si gracias, nada mas'],
      [305, 'l', 'Con gusto, ¡hasta luego!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'Denver: a provider with three other chats open the whole time; otherwise good (a bilingual story time)',
    lines: [
      [0, 'p', 'hola hay hora del cuento en español para niños chiquitos?'],
      [20, 'l', '¡Hola! Soy Beatriz, de Denver Public Library. ¿Qué edad tiene su niño y en qué parte de Denver vive?'],
      [60, 'p', '2 años, vivimos cerca de la federal'],
      [65, 'l', 'Un momento, reviso el calendario.'],
      [140, 'l', 'En la sucursal Valdez-Perry hay "Cuentos bilingües" para niños de 0 a 3 años los jueves a las 10:30; el calendario está en denverlibrary.org/events. ¿Le queda bien?'],
      [180, 'p', 'si, ahi nos vemos el jueves. es todo gracias'],
      [185, 'l', 'Los esperamos. ¡Gracias por escribir!'],
    ],
    ctx: { otherIntervals: [
      { sessionKey: 'test:r4a', providerId: 'jo', start: Date.parse(at(-200)), end: Date.parse(at(400)) },
      { sessionKey: 'test:r4b', providerId: 'jo', start: Date.parse(at(-30)), end: Date.parse(at(300)) },
      { sessionKey: 'test:r4c', providerId: 'jo', start: Date.parse(at(10)), end: Date.parse(at(250)) },
    ] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'a good session in Spanish with no resolution code',
    lines: [
      [0, 'p', 'hola, la biblioteca da clases de ingles gratis?'],
      [25, 'l', 'Hola, buenas tardes. Le atiende Patricia, de la Biblioteca Pública de Austin. ¿Busca clases presenciales o en línea?'],
      [60, 'p', 'en linea, trabajo todo el dia'],
      [66, 'l', 'Con su tarjeta puede usar Mango Languages gratis (library.austintexas.gov/mango): tiene curso de inglés para hispanohablantes. ¿Es lo que buscaba?'],
      [110, 'p', 'si gracias, es todo'],
      [115, 'l', 'Gracias a usted. ¡Hasta luego!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  // ---- referrals --------------------------------------------------------------------------------------------------
  {
    name: 'Houston, repairs in a rented flat: legal aid with a phone, then "puede quejarse también con la oficina de Code Enforcement" (a second party, in its own sentence, with no contact): referral fails',
    lines: [
      [0, 'p', 'hace 3 semanas que no tengo aire acondicionado en mi apartamento y el dueño no lo arregla, q puedo hacer'],
      [25, 'l', 'Hola, buenas tardes. Le atiende Óscar, bibliotecario de la Biblioteca Pública de Houston. ¿Tiene contrato de renta por escrito? ¿Ya le pidió la reparación por escrito?'],
      [80, 'p', 'si tengo contrato, solo le he dicho por telefono'],
      [86, 'l', 'Un momento, le busco la información en español.'],
      [180, 'l', 'En Texas el inquilino tiene que pedir la reparación por escrito; la guía en español de TexasLawHelp está en texaslawhelp.org/es/reparaciones. Para asesoría gratis llame a Lone Star Legal Aid al 713-652-0077. Guarde copia de todo lo que le mande al dueño. Si aun así no lo arregla, puede quejarse también con la oficina de Code Enforcement de la ciudad. ¿Le sirve esta información?'],
      [250, 'p', 'si, voy a hacer la carta. es todo gracias'],
      [256, 'l', 'Con mucho gusto. ¡Que le vaya bien!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Chicago, the provider refers the patron to the library\'s own Spanish-language computer help at a branch, with the branch\'s phone: referral passes; "¿Le ayudo con algo más?"',
    lines: [
      [0, 'p', 'buenas, necesito ayuda para hacer mi curriculum en la computadora, no se usar word'],
      [30, 'l', 'Buenas tardes, le atiende Rocío, bibliotecaria de la Biblioteca Pública de Chicago. ¿Prefiere que alguien le ayude en persona o aprender por su cuenta en línea?'],
      [90, 'p', 'en persona si se puede'],
      [95, 'l', 'Un momento, por favor.'],
      [170, 'l', 'En la sucursal Little Village tienen ayuda individual con computadoras en español los miércoles de 2 a 4 pm. Llame al 312-745-1862 para apartar su cita con el instructor. Si quiere practicar antes, GCF tiene un curso de Word en español. ¿Le sirve?'],
      [230, 'p', 'si, voy a llamar'],
      [235, 'l', '¿Le ayudo con algo más?'],
      [260, 'p', 'no gracias'],
      [265, 'l', 'Mucha suerte con el currículum. ¡Hasta luego!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'AskUsNow!, Mexican passport for a US-born child: the SRE appointments site, then in a later message "comuníquese con el consulado de México en Washington" with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'como saco el pasaporte mexicano para mi hijo que nacio aqui en maryland'],
      [30, 'l', 'Hola, buenas noches. Soy Leticia, de AskUsNow!. ¿Su hijo ya tiene registrada la doble nacionalidad, o sea, acta mexicana?'],
      [80, 'p', 'no todavia, solo tiene la de aqui'],
      [86, 'l', 'Entonces primero va el registro de nacimiento. Un momento, reviso los requisitos.'],
      [180, 'l', 'Primero hay que registrar su nacimiento como mexicano y después sacar el pasaporte; las citas se piden en citas.sre.gob.mx. ¿Le sirvió?'],
      [230, 'p', 'si gracias, y que papeles llevo?'],
      [238, 'l', 'Eso cambia según el caso. Comuníquese con el consulado de México en Washington para confirmar qué documentos llevar. ¿Algo más en que le pueda ayudar?'],
      [270, 'p', 'no, es todo'],
      [276, 'l', 'Con gusto, buenas noches.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- follow-ups ---------------------------------------------------------------------------------------------------
  {
    name: 'Tucson, an obituary from 1978: the index as a source, "le mando el obituario escaneado por correo a más tardar el miércoles", the e-mail given and repeated; done 30 h later',
    lines: [
      [0, 'p', 'busco el obituario de mi abuelo, murio en tucson en 1978, se llamaba Ramon Ochoa'],
      [25, 'l', 'Hola, buenas tardes. Le atiende Mario, de Pima County Public Library. ¿Sabe el mes o la fecha aproximada?'],
      [70, 'p', 'en diciembre, cerca de navidad'],
      [76, 'l', 'Permítame revisar el índice de obituarios.'],
      [160, 'l', 'Aparece en el índice de obituarios del Arizona Daily Star (library.pima.gov/obituarios): Ochoa, Ramón, 27 de diciembre de 1978. El texto está en microfilm; lo puedo escanear yo y le mando el obituario por correo a más tardar el miércoles. ¿Me da su correo?'],
      [210, 'p', 'si xfa, lupita.ochoa@example.org'],
      [216, 'l', 'Anotado: lupita.ochoa@example.org. Se lo mando a más tardar el miércoles. ¿Le sirve lo del índice mientras tanto?'],
      [250, 'p', 'si, muchisimas gracias, es todo'],
      [255, 'l', 'Con gusto, que pase buena tarde.'],
    ],
    over: { ...FU_ME, patron: { name: 'Lupita O.', email: 'lupita.ochoa@example.org', phone: null }, followUps: [{ doneAt: at(30 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Miami: "le escribo por WhatsApp al 786-555-0133 hoy antes de las 6" with the number given and repeated back; coded Follow-up by me and done 4 h later',
    lines: [
      [0, 'p', 'hola, ustedes tienen periodicos viejos de cuba? busco uno de 1959 del diario de la marina'],
      [30, 'l', 'Hola, buenas tardes. Le atiende Dayana, de la Biblioteca Pública de Miami-Dade. ¿Busca una fecha en particular o un tema?'],
      [80, 'p', 'el 2 de enero de 1959'],
      [86, 'l', 'Déjeme consultarlo con la sala de colecciones especiales.'],
      [180, 'l', 'El Diario de la Marina está digitalizado en la Digital Library of the Caribbean: dloc.com, búsqueda "Diario de la Marina 1959". La página del 2 de enero no carga bien ahora; la bajo yo y se la mando. ¿Cómo prefiere que se la envíe?'],
      [230, 'p', 'por whatsapp si se puede, mi whats es 786-555-0133'],
      [236, 'l', 'Perfecto, le escribo por WhatsApp al 786-555-0133 hoy antes de las 6 con el PDF. ¿Le sirve el enlace de dLOC mientras tanto?'],
      [270, 'p', 'si, mil gracias, es todo'],
      [275, 'l', 'A usted. ¡Que tenga buena tarde!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '786-555-0133' }, followUps: [{ doneAt: at(4 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "cuando hable con la encargada del archivo" is a condition, not a time: no when
    name: 'promise with no when ("le llamo cuando hable con la encargada del archivo"), the phone repeated back, coded Answered: code fails, contact fails, on time pending',
    lines: [
      [0, 'p', 'busco fotos de la escuela primaria de mi pueblo en los años 60, es en el valle, se llamaba escuela Lincoln de San Juan'],
      [30, 'l', 'Hola, buen día. Le saluda Griselda, de la Biblioteca Pública de Pharr. ¿Es San Juan, Texas, aquí en el Valle?'],
      [70, 'p', 'si san juan texas'],
      [76, 'l', 'Un momento, reviso las colecciones locales.'],
      [170, 'l', 'La colección de historia local del Valle está en la Universidad (utrgv.edu/library/special-collections) y tiene anuarios escolares. Para las fotos de la escuela Lincoln necesito preguntarle a la encargada del archivo. ¿Me da un teléfono?'],
      [220, 'p', '956-555-0148'],
      [226, 'l', 'Gracias, 956-555-0148. Le llamo cuando hable con la encargada del archivo. ¿Le sirve la página de colecciones mientras tanto?'],
      [260, 'p', 'si gracias, es todo'],
      [265, 'l', 'Con gusto, que tenga buen día.'],
    ],
    over: { patron: { name: null, email: null, phone: '956-555-0148' } },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up by the patron\'s library: "la bibliotecaria de la sucursal de Pharr le va a marcar mañana en la tarde" to the phone given and repeated; pending',
    lines: [
      [0, 'p', 'hola, quiero donar libros en español a la biblioteca, como le hago'],
      [25, 'l', 'Hola, buenas tardes. Bienvenida a Texas Ask a Librarian, le atiende Óscar. ¿Cuántos libros son, más o menos, y de qué tipo?'],
      [70, 'p', 'como 3 cajas, novelas y de niños. vivo en pharr'],
      [75, 'l', 'Un momento, por favor.'],
      [160, 'l', 'La Biblioteca de Pharr acepta donaciones; la política está en pharr-tx.gov/library/donaciones. Para 3 cajas prefieren ponerse de acuerdo antes. Le paso su dato a la bibliotecaria de la sucursal de Pharr y ella le va a marcar mañana en la tarde. ¿Me deja un teléfono?'],
      [210, 'p', 'si, 956-555-0172'],
      [216, 'l', 'Anotado, 956-555-0172: le marcan mañana en la tarde. ¿Le sirve la página de donaciones mientras tanto?'],
      [250, 'p', 'si perfecto, es todo'],
      [256, 'l', 'Gracias por donar. ¡Buenas tardes!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '956-555-0172' } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'community college, "le envío los artículos escaneados dentro de 2 días hábiles" to the e-mail repeated back, recorded 90 h later: on time fails',
    lines: [
      [0, 'p', 'necesito 2 articulos que no estan completos en la base de datos para mi clase de psicologia'],
      [30, 'l', 'Hola, le atiende Marcela, bibliotecaria de Miami Dade College. ¿Me pasa los títulos de los artículos?'],
      [90, 'p', '"Estrés aculturativo en adolescentes" y "Bilingüismo y memoria de trabajo"'],
      [96, 'l', 'Déjeme revisar, un momento.'],
      [190, 'l', 'El primero está completo en Redalyc (redalyc.org, búsqueda por título). El segundo lo tengo que pedir por préstamo interbibliotecario; le envío los artículos escaneados dentro de 2 días hábiles. ¿Su correo del college es el que usó para entrar?'],
      [240, 'p', 'si, mrios@mymdc.example.edu'],
      [246, 'l', 'Listo, mrios@mymdc.example.edu. ¿Le sirve lo de Redalyc por ahora?'],
      [280, 'p', 'si gracias, nada mas'],
      [286, 'l', '¡Gracias por escribir!'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Ríos', email: 'mrios@mymdc.example.edu', phone: null }, followUps: [{ doneAt: at(90 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'language switch into English for the follow-up: "I\'ll e-mail you the list tomorrow morning" to the e-mail repeated back; coded Follow-up by me; not recorded and the deadline has passed',
    lines: [
      [0, 'p', 'hola, busco libros sobre el autismo en español para mi familia'],
      [25, 'l', '¡Hola! Le atiende Sofía, de NJ Ask a Librarian. ¿Son para adultos o para los hermanitos?'],
      [70, 'p', 'para adultos. also can we do english? my mom is next to me and she reads spanish but i write better in english'],
      [78, 'l', 'Of course! One moment while I look.'],
      [170, 'l', 'Autism Speaks has free guides in Spanish for families at autismspeaks.org/es. I also want to put together a list of books in Spanish from our catalog; I\'ll e-mail you the list tomorrow morning. What e-mail should I use?'],
      [220, 'p', 'ana.g.family@example.org'],
      [226, 'l', 'Got it: ana.g.family@example.org. Does the Autism Speaks page help for now?'],
      [260, 'p', 'yes a lot, thats all'],
      [265, 'l', 'Thank you, take care!'],
    ],
    over: { ...FU_ME, patron: { name: 'Ana G.', email: 'ana.g.family@example.org', phone: null } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  // ---- transfers ----------------------------------------------------------------------------------------------------
  {
    name: 'transfer to the law librarian: the internal note in Spanish says why, the patron is told ("La voy a comunicar con nuestro bibliotecario de derecho"); the new provider greets again',
    lines: [
      [0, 'p', 'buenas noches, necesito el formulario para pedir la custodia de mi nieto en arizona'],
      [25, 'l', 'Buenas noches. Le atiende Norma, de la Biblioteca Pública de Phoenix. Esa pregunta la conoce mejor nuestro bibliotecario de derecho; la voy a comunicar con él, un momento por favor.'],
      [32, 'i', 'Óscar, señora pide formularios de custodia de un nieto (abuelos, Arizona); es de derecho familiar, ¿la puedes atender tú? gracias'],
      [36, 's', 'Chat transferred to Óscar Lemus', sys('transfer', 'oscar')],
      [60, 'l', 'Buenas noches, soy Óscar, bibliotecario de derecho. ¿El niño vive con usted ahora?', OSCAR],
      [110, 'p', 'si desde hace un año'],
      [116, 'l', 'Deme un momento, por favor.', OSCAR],
      [200, 'l', 'En Arizona los abuelos piden "tutela legal" o "custodia de terceros"; los formularios en español están en el Centro de Autoayuda de la Corte: superiorcourt.maricopa.gov/llrc/family-court-forms. ¿Es lo que necesitaba?', OSCAR],
      [250, 'p', 'si eso mero, es todo'],
      [256, 'l', 'Con mucho gusto. Gracias por escribirnos, ¡buenas noches!', OSCAR],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with a note that does not say why ("te la paso, gracias"): handoff fails; otherwise a good session on a Spanish GED practice test',
    lines: [
      [0, 'p', 'hola, hay examenes de practica del GED en español?'],
      [25, 'l', 'Hola, buenas tardes. Le atiende Beatriz, de Denver Public Library. Le voy a pasar con mi compañera Yesenia, un momento.'],
      [30, 'i', 'Yesenia, te la paso, gracias'],
      [34, 's', 'Chat transferred to Yesenia Cruz', sys('transfer', 'yesenia')],
      [55, 'l', '¡Hola! Soy Yesenia, de Denver Public Library. ¿Busca el examen completo o una materia en particular?', YESENIA],
      [100, 'p', 'matematicas, es lo que me cuesta'],
      [106, 'l', 'En Learning Express Library (denverlibrary.org/learningexpress) hay exámenes de práctica del GED en español, matemáticas incluido; entra con su tarjeta. ¿Le sirve?', YESENIA],
      [150, 'p', 'si gracias, es todo'],
      [155, 'l', '¡Mucho éxito! Gracias por escribir.', YESENIA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  // ---- dismissals and the allowed busy queue ------------------------------------------------------------------------
  {
    name: 'dismissal: "Ya pasaron los 20 minutos del chat, tengo que desconectarla. Gracias por usar el servicio."',
    lines: [
      [0, 'p', 'hola necesito ayuda con mi tarea de historia, son 10 preguntas sobre los aztecas'],
      [25, 'l', 'Hola, le atiende Claudia, de la Biblioteca de El Monte. ¿Qué es lo que tiene que contestar primero?'],
      [70, 'p', 'quien fundo tenochtitlan y en que año'],
      [76, 'l', 'Según Britannica Escolar (artículo "Tenochtitlan"), la fundaron los mexicas en 1325. ¿Le sirve?'],
      [130, 'p', 'si, y la siguiente es que comian'],
      [190, 'l', 'Ya pasaron los 20 minutos del chat, tengo que desconectarla. Gracias por usar el servicio.'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    // reading: closing time with a way back (tomorrow from 9, or a phone) is no dismissal
    name: 'allowed: "Ya vamos a cerrar el servicio de chat por hoy, pero puede escribirnos mañana desde las 9 o llamarnos al 305-375-2665"',
    lines: [
      [0, 'p', 'hola, necesito ayuda para buscar trabajos de cocinera en miami, algo de medio tiempo'],
      [25, 'l', 'Hola, buenas noches. Le atiende Dayana, de la Biblioteca Pública de Miami-Dade. ¿Tiene experiencia en restaurante o es la primera vez?'],
      [70, 'p', 'tengo experiencia en mi pais pero aqui no'],
      [76, 'l', 'Un momentito, por favor.'],
      [160, 'l', 'Puede empezar en CareerSource South Florida (careersourcesfl.com, tiene página en español), que ayuda gratis a buscar trabajo y hacer el currículum. ¿Le sirve para empezar?'],
      [200, 'p', 'si, pero tambien quiero ver lo del curriculum'],
      [210, 'l', 'Ya vamos a cerrar el servicio de chat por hoy, pero puede escribirnos mañana desde las 9 am o llamarnos al 305-375-2665 y con gusto seguimos con el currículum. ¡Gracias por escribirnos!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'allowed: "Tengo varios usuarios en espera; si me escribe de nuevo en una hora seguimos con lo demás" after a full answer',
    lines: [
      [0, 'p', 'buenas, como me inscribo para votar en nueva jersey, soy ciudadana nueva'],
      [20, 'l', 'Buenas tardes y felicidades. Le atiende Sofía, de NJ Ask a Librarian. ¿Ya tiene su licencia de manejar de Nueva Jersey?'],
      [60, 'p', 'si ya la tengo'],
      [66, 'l', 'Entonces puede inscribirse en línea en nj.gov/state/elections/vote-register-online.shtml (también en español). ¿Le quedó claro?'],
      [120, 'p', 'si, y tambien queria saber de las escuelas publicas y de los impuestos y'],
      [130, 'l', 'Con gusto le ayudo con eso también, pero ahorita tengo varios usuarios en espera; si me escribe de nuevo en una hora seguimos con lo demás. ¿Está bien? ¡Gracias por su paciencia!'],
      [160, 'p', 'ok esta bien'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- idle patrons --------------------------------------------------------------------------------------------------
  {
    name: 'the patron goes quiet after the answer and "¿Algo más?": "¿Me sigue leyendo?" then "Como no he tenido respuesta, parece que se desconectó. Voy a terminar la sesión…" (idle 240 s): both pass',
    lines: [
      [0, 'p', 'hola, a que edad pueden sacar su tarjeta de la biblioteca los niños'],
      [20, 'l', 'Hola, buenas tardes. Le atiende Irma, de la Biblioteca Pública de San Antonio. ¿Cuántos años tiene su niño?'],
      [55, 'p', '5'],
      [60, 'l', 'Puede sacar su tarjeta desde que nace, con la firma de usted y su identificación; los detalles están en mysapl.org/tarjeta. ¿Le fue de utilidad? ¿Se le ofrece algo más?'],
      [200, 'l', '¿Me sigue leyendo?'],
      [300, 'l', 'Como no he tenido respuesta, parece que se desconectó. Voy a terminar la sesión; puede volver a escribirnos cuando guste. ¡Gracias!'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "por falta de respuesta" says the patron seems gone, as "por inactividad" did in the eleventh round
    name: 'check-in without accents or "¿" ("hola?? sigue ahi") then "Cerraré esta sesión por falta de respuesta. Gracias por escribir" (idle 250 s): both pass',
    lines: [
      [0, 'p', 'tienen clases de ciudadania'],
      [25, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. Busca clases en persona o en linea?'],
      [70, 'p', 'en persona'],
      [75, 'l', 'Los sabados a las 10 en la Biblioteca Central, gratis, con inscripcion en santa-ana.org/library/ciudadania. Le sirve ese horario?'],
      [210, 'l', 'hola?? sigue ahi'],
      [325, 'l', 'Cerraré esta sesión por falta de respuesta. Gracias por escribir.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'final idle of 160 s with "¿Sigue en línea conmigo?" as the last message: check-in passes, disconnect na; courteous fails',
    lines: [
      [0, 'p', 'quiero aprender a usar el celular, tienen clases para personas mayores'],
      [30, 'l', 'Hola, buen día. Le atiende Inés, de Montgomery County Public Libraries. ¿Su celular es Android o iPhone?'],
      [80, 'p', 'android, samsung'],
      [86, 'l', 'Hay un taller "Mi teléfono inteligente" en español en la biblioteca de Wheaton el primer lunes de cada mes; inscripción en montgomerycountymd.gov/library/eventos. ¿Le sirve?'],
      [216, 'l', '¿Sigue en línea conmigo?'],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'the patron leaves after the clarifying question: a notice that does not ask ("Parece que se desconectó; voy a cerrar el chat. Vuelva cuando quiera.") after 200 s: check-in fails, notice passes, no source',
    lines: [
      [0, 'p', 'necesito informacion sobre becas para mujeres'],
      [25, 'l', 'Hola, buenas tardes. Le atiende Rocío, de la Biblioteca Pública de Chicago. ¿Las becas son para la universidad o para un curso técnico?'],
      [225, 'l', 'Parece que se desconectó; voy a cerrar el chat. Vuelva cuando quiera.'],
    ],
    // reading: the clarifying question is a visible provider message beyond greeting: a substantive exchange
    // reading: info.source fails (not na), so completeness and anything else fail rather than na
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call: the patron sent only the question; pickup at 40 s, "¿Sigue ahí?" and "Parece que perdimos la comunicación, cerraré el chat" (idle 260 s): information checks na, code passes',
    lines: [
      [0, 'p', 'hola buenas noches necesito saber si el seguro de mi carro cubre'],
      [40, 'l', 'Hola, buenas noches. Le atiende Pedro, de Ask a Librarian Florida. ¿En qué le puedo ayudar?'],
      [190, 'l', '¿Sigue ahí?'],
      [300, 'l', 'Parece que perdimos la comunicación, así que cerraré el chat. Si necesita algo, escríbanos de nuevo.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: noExchange({ idle: 'pass', disconnect: 'pass' }),
  },
  // ---- mixed and Spanglish ------------------------------------------------------------------------------------------
  {
    name: 'Chicano Spanglish on both sides: "déjame checar el catalog", "¿te funcionó el link?", "anything else, mija?", "take care!"',
    lines: [
      [0, 'p', 'hi do u have books en español for my grandma, she likes romance novels'],
      [20, 'l', "Hi! I'm Lupe from the Pico Rivera Library. ¿Le gustan más las novelas largas o las cortitas? Does she read on a tablet too?"],
      [60, 'p', 'cortitas, and no tablet, only paper'],
      [66, 'l', 'Ok, déjame checar el catalog, one sec.'],
      [130, 'l', 'We have a whole shelf of Harlequin Bianca en español at Pico Rivera, and you can see them at lacountylibrary.org, search "Harlequin Bianca", filter Spanish. You can put them on hold and we send them to Pico Rivera. ¿Te funcionó el link?'],
      [170, 'p', 'yes! ya puse 3 en hold'],
      [175, 'l', 'Perfect. Anything else, mija?'],
      [190, 'p', 'no thats it'],
      [195, 'l', 'Tell your grandma we said hi. Take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron switches to English mid-chat to paste an error message and back to Spanish; "Si entiendo bien, usted no puede…" restates; "¿Ya le funcionó?"; "Gracias por su paciencia" is the last',
    lines: [
      [0, 'p', 'no puedo entrar al wifi de la biblioteca con mi laptop'],
      [30, 'l', 'Hola, buenas tardes. Le atiende Joaquín, del Centro de Tecnología de la Biblioteca de Newark. Si entiendo bien, usted está en la biblioteca y su laptop no se conecta a la red, ¿verdad? ¿Qué le sale en la pantalla?'],
      [90, 'p', 'si, dice "Can\'t connect to this network. Authentication required"'],
      [96, 'l', 'Ah, ok. La red "NPL-Guest" pide que abra el navegador y acepte las reglas: abra Chrome, vaya a npl.org/wifi y dele "Acepto". ¿Ya le funcionó?'],
      [150, 'p', 'ya!! ya tengo internet. es todo'],
      [156, 'l', 'Excelente. Gracias por su paciencia y que le rinda el trabajo.'],
    ],
    exp: usual(),
  },
  {
    name: 'practice session in Spanish between two trainees: nothing scored',
    lines: [
      [0, 'p', 'prueba prueba, hola soy Karla de capacitacion'],
      [10, 'l', 'Hola Karla, soy Tere. Probando el macro de bienvenida.'],
      [20, 'p', 'ok se ve bien'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: usual({
      pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', concurrency: 'na', code: 'na',
    }),
  },
];

export const short: SessionCase[] = [
  // ---- near misses and variants of the block's widenings ------------------------------------------------------------
  {
    name: 'near miss: "Hoy es un buen día para visitarnos" is no greeting ("buen día" after a word); the intro alone does not greet',
    lines: [
      [0, 'p', 'a que hora abren hoy en la central'],
      [20, 'l', 'Le atiende Norma, de la Biblioteca Pública de Phoenix. ¿La Biblioteca Burton Barr?'],
      [45, 'p', 'si'],
      [50, 'l', 'Hoy es un buen día para visitarnos: abrimos de 9 a 6 (phoenixpubliclibrary.org/horarios). ¿Le sirve?'],
    ],
    exp: some({ greeting: 'fail', complete: 'pass' }),
  },
  {
    name: '"Hola, buen día, le escribe Sergio de la Biblioteca Pública de Laredo" greets ("buen día" after a comma) and identifies',
    lines: [
      [0, 'p', 'tienen libros de ingles para principiantes?'],
      [20, 'l', 'Hola, buen día, le escribe Sergio de la Biblioteca Pública de Laredo. ¿Para adulto o para niño?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Bienvenido al chat de la Biblioteca Pública de Yonkers" greets and names the library ("al", not "a")',
    lines: [
      [0, 'p', 'necesito renovar unos libros'],
      [15, 'l', 'Bienvenido al chat de la Biblioteca Pública de Yonkers. ¿Cuántos libros son?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Bienvenido al chat." and "Un momento." name no library or service: greeting fails',
    lines: [
      [0, 'p', 'necesito renovar unos libros'],
      [15, 'l', 'Bienvenido al chat. ¿En qué le puedo ayudar?'],
      [30, 'l', 'Un momento.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Le será útil llevar su identificación" is advice, not a question about what was given: completeness fails',
    lines: [
      [0, 'p', 'que necesito para sacar la tarjeta'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Vive en Santa Ana?'],
      [50, 'p', 'si'],
      [55, 'l', 'Los requisitos están en santa-ana.org/library/tarjeta. Le será útil llevar su identificación y un recibo con su dirección.'],
      [90, 'p', 'ok gracias'],
      [95, 'l', '¡Gracias por escribir!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"¿Le resultó útil la guía?" after the source asks whether it meets the need',
    lines: [
      [0, 'p', 'como hago una carta de presentacion para trabajo'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Es para un trabajo de oficina?'],
      [50, 'p', 'si de recepcionista'],
      [55, 'l', 'GCFGlobal tiene una guía en español con ejemplos: edu.gcfglobal.org/es/buscar-trabajo. ¿Le resultó útil la guía?'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "¿Le queda bien el jueves a las 10?" offers a time still to come: completeness fails',
    lines: [
      [0, 'p', 'quiero ayuda para usar la computadora'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Quiere una cita con un voluntario?'],
      [50, 'p', 'si'],
      [55, 'l', 'Las citas se apartan en santa-ana.org/library/tecnologia. ¿Le queda bien el jueves a las 10?'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Dígame si le sirvió el enlace" after the source asks as "let me know if…" does',
    lines: [
      [0, 'p', 'donde veo mis multas'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Tiene su número de tarjeta?'],
      [50, 'p', 'si'],
      [55, 'l', 'Entre a santa-ana.org/library/micuenta con su tarjeta y PIN; las multas salen en "Cargos". Dígame si le sirvió el enlace.'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: the patron asks "entonces, es todo?" (a question): not done; the provider never asks "algo más"',
    lines: [
      [0, 'p', 'que papeles necesito para la tarjeta'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Vive en Santa Ana?'],
      [50, 'p', 'si'],
      [55, 'l', 'Solo una identificación con foto y algo con su dirección (santa-ana.org/library/tarjeta). ¿Le sirve?'],
      [90, 'p', 'entonces, es todo?'],
      [95, 'l', 'Sí, eso es todo. ¡Gracias por escribir!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron: "ya quedé servido, gracias" says he is done',
    lines: [
      [0, 'p', 'que papeles necesito para la tarjeta'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Vive en Santa Ana?'],
      [50, 'p', 'si'],
      [55, 'l', 'Solo una identificación con foto y algo con su dirección (santa-ana.org/library/tarjeta). ¿Le sirve?'],
      [90, 'p', 'ya quedé servido, gracias'],
      [95, 'l', '¡Gracias por escribir!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "¿Sigue leyendo el libro de Isabel Allende?" in a final idle of 150 s asks about a book, not whether the patron is there',
    lines: [
      [0, 'p', 'cuando vence mi libro'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Es "La casa de los espíritus"?'],
      [50, 'p', 'si'],
      [55, 'l', 'Vence el 12 de mayo; lo puede renovar en santa-ana.org/library/micuenta. ¿Le sirve?'],
      [180, 'l', '¿Sigue leyendo el libro de Isabel Allende?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'fail' }),
  },
  {
    name: 'near miss: "ya pasaron los 20 minutos de espera que dice la página" is about the patron\'s order, no dismissal',
    lines: [
      [0, 'p', 'pedi imprimir desde mi celular y no sale'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Hace cuánto lo mandó?'],
      [50, 'p', 'como media hora'],
      [55, 'l', 'Entonces ya pasaron los 20 minutos de espera que dice la página, así que la impresión ya debería estar en la cola: santa-ana.org/library/imprimir explica cómo liberarla con su tarjeta. ¿Le funcionó?'],
      [100, 'p', 'si ya salio, gracias'],
      [105, 'l', '¡Con gusto, hasta luego!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "Le marco la página en el PDF" is no promise to call: coded Answered, no follow-up',
    lines: [
      [0, 'p', 'en que pagina del manual del DMV estan las señales'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿El manual en español?'],
      [50, 'p', 'si'],
      [55, 'l', 'Está en dmv.ca.gov/portal/es/manual; las señales empiezan en la sección 5. Le marco la página en el PDF: es la 32. ¿Le sirve?'],
      [100, 'p', 'si gracias'],
      [105, 'l', '¡Con gusto, hasta luego!'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: 'near miss: "mucha gente se queja con el casero" tells what others do: no referral',
    lines: [
      [0, 'p', 'el dueño no arregla la calefaccion'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Ya se lo pidió por escrito?'],
      [50, 'p', 'no'],
      [55, 'l', 'Mucha gente se queja con el casero solo por teléfono, pero la ley pide que sea por escrito: la guía en español está en lawhelpca.org/es/reparaciones. ¿Le sirve?'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"presente una queja ante la Oficina del Procurador… al 800-952-5210" is a referral with a phone',
    lines: [
      [0, 'p', 'me cobraron de mas en una tienda y no me quieren devolver'],
      [20, 'l', 'Hola, soy Beto de la Biblioteca de Santa Ana. ¿Fue en California?'],
      [50, 'p', 'si'],
      [55, 'l', 'Puede presentar una queja ante la Oficina del Procurador General de California al 800-952-5225 o en oag.ca.gov/es/quejas. ¿Le sirve?'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('seventeenth round (R4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('seventeenth round (R4): Spanish-language sessions end to end, every check', whole);
describeSessions('seventeenth round (R4): Spanish-language sessions, short cases', short);

describeLeft('seventeenth-round-spanish', LEFT);
