/**
 * Seventy-fourth round, blind check of block AG (rubric v67), part ag2: AG5, AG7, AG9 and AG10 tried both ways in cases written by
 * a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it
 * must not break).
 * Check: referral.contact (AG5, AG7, AG9, AG10; RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office or a named
 * specialist; pointing to a website, database or publication for the patron to use is a source, not a referral; the own
 * library's departments count when the patron is told to contact or visit them, staff the provider consults on the patron's
 * behalf do not; a transfer of the chat is not a referral. RUBRIC referral.contact: na unless the provider makes a referral; pass
 * when every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL); fail
 * otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A Spanish plural (ustedes) imperative tells the patron (and those with them) to do it, as the singular does: a referral when
 *   its object is a party. A subjunctive for colleagues ("les voy a pedir a mis colegas que llamen al Archivo"), a plural present
 *   for others ("los vecinos llaman al 311"), an invitation back to this chat: no referral.
 * - The patron's own kin (cousins to invite to a reunion, the aunt the grandmother lives with) are no agency, library, department,
 *   office or specialist: calling or visiting them is no referral.
 * - A shop, a single named one or the neighbourhood's shops ("las ferreterías del barrio"), is an organisation outside the chat:
 *   told to ask at it or visit it, a referral. An online shop or a phone's app store is a website the patron uses: a source, not
 *   a referral. A shop researched (looked up in old directories) is no one to contact.
 * - A street name alone ("la calle Church", "la Bonifant"), a town or a park is no postal address; a number, street, city, state
 *   and ZIP is. A party's address or hours given in answer to whether it is still open, with no word to go or call, is no referral.
 * - "Sus" (Spanish) and "their" may point to the patron's (or the patron's children's) own events: visiting them is no referral.
 *   "Hard to come by" is "hard to get", no visit.
 * - "Llame antes de ir" after a party named in the message calls that party; after a guide's tip about a relative it calls the
 *   relative; "le llama antes de ir" is the party calling the patron.
 *
 * COUNTS. Written: 32 cases, 18 for and 14 against (AG5 6/4, AG7 4/3, AG9 4/3, AG10 4/4), in one batch, labels copied aside to
 * /tmp/s72/ag2-labels.ts before the first run. First run as labelled: 28 of 32. Disagreeing: 4. Label corrections: 0 (each reread
 * against RUBRIC's Referral term and referral.contact rule; the labels stand). Final: 28 running, 4 LEFT (each scored with rubric v66
 * to tell "older" from "AG caused"; 2 caused by AG, 2 older):
 * - referral.contact, expected na / got pass (caused by AG9: v66 na): "Por ejemplo: llame antes de ir, así sabe si su abuela está
 *   teniendo un buen día." (a tip from a guide, the call to the patron's aunt's home; AG9 calls the guide's publisher, the
 *   Asociación de Alzheimer, named before it only as a source, and its URL makes the "referral" pass).
 * - referral.contact, expected na / got pass (caused by AG10: v66 na): "One tip from it: come to one of their school science shows,
 *   kids notice who shows up." ("their" = the patron's children; AG10 takes the guide's publisher, the National Science Teachers
 *   Association, as the party visited, with the guide's URL as its way).
 * - referral.contact, expected fail / got na (older: v66 na): "Acérquense al programa VITA de CASA en Langley Park; …" (AG5 reads
 *   "acérquense a" ("Acérquense a la oficina de CASA en Langley Park" fails as labelled), but "programa VITA de CASA" is read as no
 *   party).
 * - referral.contact, expected fail / got na (older: v66 na): "…el Colectivo Foto Latina de Riverdale es muy abierto … Visite una de
 *   sus exposiciones, …" (AG10 reads "visite una de sus exposiciones", but "Colectivo" is no party word, so no party is named before
 *   it; with "la Asociación Foto Latina" it fails as labelled).
 * MENDED before v67 landed (the author, after this check; labels unchanged): AG9's and AG10's own calls and visits are not read after
 *   a tip's or an example's lead-in ("Por ejemplo:", "One tip from it:", "Lo que aconseja el folleto:"). Both AG-caused cases run; 2
 *   LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask Us at Prince Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'riverdale' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca de Prince Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la de riverdale' });

export const ag5: SessionCase[] = [
  // ---- AG5 for: a Spanish plural imperative of a referring verb, its party after it
  c('AG5 for: "Si quieren reservar para el grupo, llamen a la oficina del Museo Marino de Calvert al 410-555-0176."', es.said('necesito info sobre las visitas al faro de Cove Point para mi grupo de scouts', 'El faro abre de mayo a octubre. Si quieren reservar para el grupo, llamen a la oficina del Museo Marino de Calvert al 410-555-0176.'), WITH_WAY),
  c('AG5 for: "Para la de ustedes, vayan a la oficina del Departamento de Recursos Naturales en 580 Taylor Ave., Annapolis, MD 21401, …"', es.said('como sacamos la licencia de pesca mi esposo y yo', 'Se saca en persona o en línea. Para la de ustedes, vayan a la oficina del Departamento de Recursos Naturales en 580 Taylor Ave., Annapolis, MD 21401, con identificación.'), WITH_WAY),
  c('AG5 for: "siii!! pregunten en la oficina de extension del condado, dan talleres gratis cada primavera" (chat-speak, no way)', es.said('mi esposo y yo queremos aprender a hacer compost, hay clases?', 'siii!! pregunten en la oficina de extension del condado, dan talleres gratis cada primavera'), NO_WAY),
  c('AG5 for: "…comuníquense lo antes posible con la Oficina de Asuntos de Inquilinos al 240-555-0181, …" (words before "con")', es.said('el dueño nos quiere subir la renta un 20%, es legal?', 'Depende del condado. En Montgomery hay un límite anual; comuníquense lo antes posible con la Oficina de Asuntos de Inquilinos al 240-555-0181, ellos revisan el contrato gratis.'), WITH_WAY),
  c('AG5 for: "Hablen con la coordinadora de educación especial del distrito y pidan una evaluación por escrito; …" (no way)', es.said('mi hija tiene dislexia y en la escuela no hacen nada', 'Lo siento mucho. Hablen con la coordinadora de educación especial del distrito y pidan una evaluación por escrito; la ley les da ese derecho.'), NO_WAY),
  c('AG5 for: "Acérquense al programa VITA de CASA en Langley Park; …" (no way)', es.said('somos nuevos en el pais y no sabemos hacer los impuestos', 'Acérquense al programa VITA de CASA en Langley Park; preparan la declaración gratis si ganan menos de 67 mil al año.'), NO_WAY),
  // ---- AG5 against: what others do, colleagues consulted for the patron, the patron's family, this chat
  c('AG5 against: "…los vecinos de su zona llaman al 311 más que nadie, …" (what others do)', es.said('por que arreglan tan rapido los baches en mi calle?', 'Según el informe de baches del condado (montgomerycountymd.example.gov/baches), los vecinos de su zona llaman al 311 más que nadie, y eso sube la prioridad de sus calles.'), NONE),
  c('AG5 against: "Les voy a pedir a mis colegas de referencia que llamen al Archivo Estatal mañana, …" (staff consulted for the patron)', es.said('el archivo estatal tendra el censo escolar de 1950 de Baltimore?', 'Buena pregunta, no lo tenemos aquí. Les voy a pedir a mis colegas de referencia que llamen al Archivo Estatal mañana, y le escribo en cuanto sepamos algo.'), NONE),
  c('AG5 against: "…repártanse la lista de familias y llamen a los primos de cada rama para confirmar quién viene." (the patron\'s family)', es.said('busco ideas para organizar una reunión familiar, somos unos 40', 'El libro "The Family Reunion Handbook" tiene listas de tareas y juegos; está en la sucursal central. Un consejo del libro: repártanse la lista de familias y llamen a los primos de cada rama para confirmar quién viene.'), NONE),
  c('AG5 against: "Si les surge otra duda, pregunten en este mismo chat; atendemos de 9 a 9." (this chat)', es.said('cuantos libros podemos sacar con la tarjeta familiar?', 'Hasta 50 entre todos, por tres semanas. Si les surge otra duda, pregunten en este mismo chat; atendemos de 9 a 9.'), NONE),
];

export const ag7: SessionCase[] = [
  // ---- AG7 for: a Spanish shop as the party asked at or visited
  c('AG7 for: "Pregunte en la mercería de la calle Reedie en Wheaton; …" (no way)', es.said('donde consigo tela para un traje de folklorico', 'Pregunte en la mercería de la calle Reedie en Wheaton; tienen satín y listones de todos los colores.'), NO_WAY),
  c('AG7 for: "si se puede! pregunte en la zapateria de la Bonifant, arreglan botas vaqueras …" (chat-speak, no way)', es.said('se me rompio el tacon de mis botas vaqueras, se pueden arreglar?', 'si se puede! pregunte en la zapateria de la Bonifant, arreglan botas vaqueras y no cobran mucho'), NO_WAY),
  c('AG7 for: "Pase por la papelería Plaza Artist Materials, 1990 K St. NW, Washington, DC 20006; …"', es.said('necesito papel de acuarela bueno para mi clase', 'Pase por la papelería Plaza Artist Materials, 1990 K St. NW, Washington, DC 20006; venden papel Arches por hoja.'), WITH_WAY),
  c('AG7 for: "Pregunte en las ferreterías del barrio: muchas todavía cortan llaves antiguas a mano." (plural, no way)', es.said('tengo la llave de un baúl antiguo, alguien me puede hacer una copia?', 'Pregunte en las ferreterías del barrio: muchas todavía cortan llaves antiguas a mano.'), NO_WAY),
  // ---- AG7 against: an online shop, an app store, a shop researched
  c('AG7 against: "Visite la tienda en línea de Folkwear: …" (an online shop, a website)', es.said('donde consigo un patron de costura para un huipil?', 'Visite la tienda en línea de Folkwear: su patrón 114 es de huipil y cuesta 18 dólares.'), NONE),
  c('AG7 against: "…vaya a la tienda de aplicaciones de su teléfono y busque "Libby"; …" (an app store)', es.said('como leo libros electronicos de la biblioteca en mi celular?', 'Con la app Libby. Para instalarla, vaya a la tienda de aplicaciones de su teléfono y busque "Libby"; luego entre con su tarjeta.'), NONE),
  c('AG7 against: "Busque la joyería en los directorios de la ciudad de 1900 a 1960, en princehollowlib.example.org/directorios: …" (a shop researched)', es.said('mi bisabuelo tenia una joyeria en Baltimore, como averiguo cuando cerro?', 'Busque la joyería en los directorios de la ciudad de 1900 a 1960, en princehollowlib.example.org/directorios: el último año en que aparece es más o menos cuando cerró.'), NONE),
];

export const ag9: SessionCase[] = [
  // ---- AG9 for: "llame / llamen antes, primero, con anticipación / tiempo" after a party named in the message
  c('AG9 for: "El Museo del Ferrocarril de Baltimore está en 901 W. Pratt St., Baltimore, MD 21223. Llame antes de ir, porque …"', es.said('quiero llevar a mis nietos a ver trenes antiguos', 'El Museo del Ferrocarril de Baltimore está en 901 W. Pratt St., Baltimore, MD 21223. Llame antes de ir, porque el tren de paseo sólo sale algunos días.'), WITH_WAY),
  c('AG9 for: "…su oficina de visitas atiende en el 202-555-0153. Llamen con anticipación, …" (plural)', es.said('mi grupo de la iglesia quiere visitar la Biblioteca del Congreso', 'La Biblioteca del Congreso da visitas guiadas gratis para grupos; su oficina de visitas atiende en el 202-555-0153. Llamen con anticipación, las fechas se llenan rápido.'), WITH_WAY),
  c('AG9 for: "La Sociedad Histórica del Condado de Frederick guarda una colección de mapas en su sede de la calle Church. Llame primero, …" (a street name, no way)', es.said('donde puedo ver mapas antiguos de Frederick', 'La Sociedad Histórica del Condado de Frederick guarda una colección de mapas en su sede de la calle Church. Llame primero, sólo abren con cita.'), NO_WAY),
  c('AG9 for: "el centro de arte de Glen Echo Park tiene talleres los sabados, llame con tiempo xq se llenan rapidisimo" (chat-speak, no way)', es.said('donde hay clases de ceramica para adultos los fines de semana?', 'el centro de arte de Glen Echo Park tiene talleres los sabados, llame con tiempo xq se llenan rapidisimo'), NO_WAY),
  // ---- AG9 against: the provider's own call, a call to the patron's family, the party calling the patron
  c('AG9 against: "…Yo llamé primero para confirmar, y abren de miércoles a domingo, de 10 a 5." (the provider\'s own call)', es.said('el museo del juguete de Ellicott City sigue abierto? lei que cerro', 'Sigue abierto: el Museo del Juguete Antiguo está en 8044 Main St., Ellicott City, MD 21043. Yo llamé primero para confirmar, y abren de miércoles a domingo, de 10 a 5.'), NONE),
  c('AG9 against: "…Por ejemplo: llame antes de ir, así sabe si su abuela está teniendo un buen día." (the patron\'s family)', es.said('mi abuela tiene alzheimer y vive con mi tía, cuando la visito se pone muy nerviosa', 'Lo siento. La guía "Visitar a un ser querido con alzheimer" de la Asociación de Alzheimer, en alz.example.org/visitas, tiene buenos consejos. Por ejemplo: llame antes de ir, así sabe si su abuela está teniendo un buen día.'), NONE),
  c('AG9 against: "El técnico le llama antes de ir, así que no tiene que hacer nada." (the party calls the patron)', es.said('me llegó una carta de Washington Gas sobre revisar el medidor, es real?', 'Sí, es real: Washington Gas revisa los medidores cada cinco años y lo explica en washingtongas.example.com/medidores. El técnico le llama antes de ir, así que no tiene que hacer nada.'), NONE),
];

export const ag10: SessionCase[] = [
  // ---- AG10 for: "come to / by" one of their events; Spanish visits to "sus" events after a party named before
  c('AG10 for: "the Mid-Atlantic Woodcarvers Club is a super friendly bunch, come by one of their club nights …" (chat-speak, no way)', said('r there any woodcarving groups around here? im a total beginner', 'oh nice!! the Mid-Atlantic Woodcarvers Club is a super friendly bunch, come by one of their club nights and bring ur tools if u have any'), NO_WAY),
  c('AG10 for: "The Westminster Astronomical Society posts its schedule at westminsterastro.example.org. Come to any of their open houses …"', said('i just got a telescope for my birthday, is there anyone who can show me how to use it', 'The Westminster Astronomical Society posts its schedule at westminsterastro.example.org. Come to any of their open houses and the members will help you set it up.'), WITH_WAY),
  c('AG10 for: "El Club de Robótica Juvenil de Gaithersburg tiene su calendario en robotica-gburg.example.org. Vayan a alguna de sus jornadas de puertas abiertas: …"', es.said('mis hijos quieren aprender de robots, hay algo para niños?', 'El Club de Robótica Juvenil de Gaithersburg tiene su calendario en robotica-gburg.example.org. Vayan a alguna de sus jornadas de puertas abiertas: los niños pueden probar los kits.'), WITH_WAY),
  c('AG10 for: "…el Colectivo Foto Latina de Riverdale es muy abierto con los principiantes. Visite una de sus exposiciones, …" (no way)', es.said('me interesa la fotografia, hay grupos en español por aqui?', 'Sí: el Colectivo Foto Latina de Riverdale es muy abierto con los principiantes. Visite una de sus exposiciones, suelen ser el primer viernes del mes.'), NO_WAY),
  // ---- AG10 against: "sus" and "their" as the patron's own, "come by" as "get"
  c('AG10 against: "…Y cuando vayan a una de sus ferias escolares, lleven el cuaderno de notas: …" ("sus" = the patron\'s)', es.said('mi hija participa en ferias de ciencias cada año, necesitamos ideas de proyectos', 'El Centro de Ciencias de Maryland tiene una lista de proyectos por grado en mdsci.example.org/proyectos. Y cuando vayan a una de sus ferias escolares, lleven el cuaderno de notas: los jueces siempre lo piden.'), NONE),
  c('AG10 against: "…Imprima unas cuantas y llévelas cuando vaya a uno de sus talleres." ("sus" = the patron\'s)', es.said('doy talleres de ingles gratis en mi iglesia, hay materiales que pueda imprimir?', 'ProLiteracy, una organización sin fines de lucro, tiene hojas de ejercicios gratis en proliteracy.example.org/recursos. Imprima unas cuantas y llévelas cuando vaya a uno de sus talleres.'), NONE),
  c('AG10 against: "…One tip from it: come to one of their school science shows, kids notice who shows up." ("their" = the patron\'s kids)', said('my kids are in 3rd and 5th grade and hate science, how can i help', 'The guide "Helping Your Child Learn Science" from the National Science Teachers Association is at nsta.example.org/parents. One tip from it: come to one of their school science shows, kids notice who shows up.'), NONE),
  c('AG10 against: "…originals are hard to come by at their shows these days." ("come by" = get)', said('where can i find original posters from 9:30 Club concerts in the 80s', 'Those are rare: the 9:30 Club printed only a few of each, and originals are hard to come by at their shows these days. Our DC Punk Archive has scans of about 200 at princehollowlib.example.org/dcpunk.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AG5 for: "Acérquense al programa VITA de CASA en Langley Park; …" (no way)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patrons are told to go to CASA\'s free tax program in Langley Park, with no way to reach it; AG5 reads "acérquense a" ("Acérquense a la oficina de CASA en Langley Park" fails as labelled) but the object "programa VITA de CASA" is read as no party (older: v66 na the same)',
  'AG10 for: "…el Colectivo Foto Latina de Riverdale es muy abierto con los principiantes. Visite una de sus exposiciones, …" (no way)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patron is told to visit the photo collective\'s exhibitions, with no way to reach it; AG10 reads "visite una de sus exposiciones", but "Colectivo" is no party word, so no party is found before it (with "la Asociación Foto Latina" the case fails as labelled) (older: v66 na the same)',
};

describe('seventy-fourth round: block AG (AG5, AG7, AG9, AG10) checked blind, both ways, part ag2', () => {
  for (const [t, cs] of [['AG5', ag5], ['AG7', ag7], ['AG9', ag9], ['AG10', ag10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
