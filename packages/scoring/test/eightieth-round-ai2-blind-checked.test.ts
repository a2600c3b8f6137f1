/**
 * Eightieth round, blind check of block AI (rubric v69), part ai2: AI13, AI14 and AI15 tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * typos, other verbs, lead-ins, parties and orders, Spanish; "against": near misses the block must not read, and older readings it
 * must not break).
 * - AI13: the service's name closing the provider's opening message with an emoji or symbol after it ("…, Ask a Librarian 🙂") is
 *   the service's name, not advice to ask someone.
 * - AI14: Spanish lead-ins that say what is best to do before a calling / writing verb ("lo más seguro / fácil / rápido / práctico /
 *   sencillo es …", "lo ideal / lo recomendable es …", "su / la mejor opción es …"); "el servicio al cliente de <company>" and
 *   "atención al cliente" as parties; "la Junta" after "a / con" or as what the verb takes as a party, not "la junta del lunes".
 * - AI15: Spanish "<someone named> puede llamarle / escribirle / contactarle" is that person contacting the patron: no referral;
 *   still a referral: "puede llamarle al 410-…" with no one named before "puede", "usted puede llamarle".
 * Check: referral.contact (RUBRIC: na unless the provider makes a referral (Terms "Referral": telling the patron to contact or
 * visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office or
 * a named specialist; a website, database or publication for the patron to use is a source; the provider's own library's departments
 * count when the patron is told to contact or visit them; staff the provider consults on the patron's behalf do not); pass when every
 * party referred to comes with a way to reach them (e-mail, phone, postal address or URL); fail otherwise). The library acting for
 * the patron (the library or one of its staff calling or e-mailing the patron) is not a referral. Every session here has at most one
 * message that could refer, so the label is WITH_WAY (pass), NO_WAY (fail) or NONE (na).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "ask a librarian at the front desk / at the Riverdale desk" is telling the patron to ask the own library's desk staff (a
 *   department the patron is told to contact or visit): a referral; the desk's phone after it is a way to reach them.
 * - A person of an outside agency who "puede llamarle" (calls the patron: "una trabajadora de la Oficina de Vivienda puede llamarle
 *   para la entrevista") is no more a referral than library staff doing so: the patron is not told to contact anyone.
 * - "puede llamarles / llamarla / llamarlo / escribirle a <party>" with no subject before "puede" other than the patron (or with the
 *   party only as the topic of an earlier clause: "La Sra. Ruiz coordina el programa; puede llamarla") is the patron calling or
 *   writing: a referral.
 * - "consultar con", "comunicarse con", "contactar a" and "lo ideal es q(ue) escriba a …" tell the patron to contact the party; an
 *   organisation's contact page URL ("zonificacion.example.gov/contacto") is a way to reach it.
 * - "Lo más rápido es que yo llame a la sucursal …" is the provider acting for the patron (staff consulted on the patron's behalf): no
 *   referral. A customer-service web page quoted for its rule ("Según la página de atención al cliente de Amazon (…)") is a source.
 * - A greeting with the service's name ending in "!! 📚" or ":)" is still the service's name closing the opening message.
 *
 * COUNTS. Written: 31 cases, 17 for and 14 against (AI13 5/4, AI14 7/5, AI15 5/5: more than three "for" cases where a reading has
 * several parts, to reach the brief's 30-36), in one batch, labels copied aside to /tmp/s74/ai2-labels.ts before the first run.
 * First run as labelled: 26 of 31 (under v68 16 of 31: AI reads 10 of the cases v68 misread). Disagreeing: 5. Label corrections:
 * none (each reread against referral.contact and the Terms; the labels stand). Final: 26 running, 5 LEFT (each scored with rubric
 * v68 to tell "older" from "caused by AI"; 0 caused by AI, 5 older):
 * - expected pass / got na (older: v68 na): "Hi, Otis at Harrow Creek Library. For museum passes, ask a librarian at the front desk,
 *   410-555-0123 🙂" (this "ask a librarian at the front desk" is read as no referral with or without the phone or emoji).
 * - expected fail / got na (older: v68 na): "Lo más rápido es escribirle a la oficina de Registros Vitales del estado" (the clitic
 *   "escribirle a" not read; "escribir a" is).
 * - expected fail / got na (older: v68 na): "Tendría que escribir a la Junta de Apelaciones de Impuestos del condado" (the conditional
 *   "Tendría que" not read; "Tiene que escribir a la Junta" is).
 * - expected na / got fail (older: v68 fail): "El encargado de historia local puede escribirle esta semana con lo que encuentre" (a
 *   subject with "de historia local" after the noun not read as someone named).
 * - expected na / got fail (older: v68 fail): "Nuestra especialista en genealogía, la Sra. Okafor, puede contactarle por correo" (a
 *   name set off by commas before "puede", or "La Sra. Okafor puede …", not read).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Dominic, a librarian at Harrow Creek Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'riverdale' });
const HI_ES = 'Hola, soy Dominic, bibliotecario de la Biblioteca de Harrow Creek.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de riverdale' });
/** The patron's `q`, the provider's opening message `open` (the whole message), the branch question, the reply, `answer`, thanks, goodbye. */
const opened = (open: string, q: string, answer: string) => nearMissLines(open).asked(q, 'Which branch do you usually use?', 'riverdale', answer);
const abierto = (open: string, q: string, answer: string) => nearMissLines(open).asked(q, '¿Qué sucursal usa normalmente?', 'la de riverdale', answer);

export const ai13: SessionCase[] = [
  // ---- AI13 for: the service's name closing the opening message, an emoji or symbol after it; nothing else in the session refers
  c('AI13 for: "You\'re chatting with Priya at Harrow Creek Library, Ask a Librarian 😊" (renewing online)', opened('Good morning! You\'re chatting with Priya at Harrow Creek Library, Ask a Librarian 😊', 'how do i renew my books online', 'You can renew from your account at harrowcreeklib.example.org/account: sign in, tick the books and press Renew. Does that work for you?'), NONE),
  c('AI13 for: "hey there!! marcus @ harrow creek library, ask a librarian :)" (chat-speak, an emoticon)', opened('hey there!! marcus @ harrow creek library, ask a librarian :)', 'do u guys have chromebooks to borrow', 'yep, Riverdale lends them for 3 weeks, details at harrowcreeklib.example.org/tech. did that help?'), NONE),
  c('AI13 for: "This is Dana with Harrow Creek Library\'s Ask a Librarian 👋" (a possessive before the name)', opened('Welcome! This is Dana with Harrow Creek Library\'s Ask a Librarian 👋', 'what time does the library close on sunday', 'Riverdale is open 1 to 5 on Sundays; all branch hours are at harrowcreeklib.example.org/hours. Does that answer it?'), NONE),
  c('AI13 for: "¡Hola! Le atiende Lucía, de la Biblioteca de Harrow Creek, Ask a Librarian 🌟" (a Spanish greeting)', abierto('¡Hola! Le atiende Lucía, de la Biblioteca de Harrow Creek, Ask a Librarian 🌟', 'necesito una tarjeta de la biblioteca', 'Puede pedirla en línea en harrowcreeklib.example.org/tarjeta y le llega por correo en una semana. ¿Le sirve?'), NONE),
  c('AI13 for: "hi! jasmine w/ harrow creek libary, Ask A Librarian!! 📚" (a typo, "!!" before the symbol)', opened('hi! jasmine w/ harrow creek libary, Ask A Librarian!! 📚', 'is there a way to get audiobooks free', 'Libby has thousands with your card, start at harrowcreeklib.example.org/libby. Is that what you were after?'), NONE),
  // ---- AI13 against: "ask a librarian …" as advice to ask someone at a desk (in the opening, or later, emoji after), and a real referral after the greeting
  c('AI13 against: "Hi, I\'m Otis at Harrow Creek Library. If it keeps beeping, just ask a librarian at the front desk 🙂" (advice, in the opening)', opened('Hi, I\'m Otis at Harrow Creek Library. If it keeps beeping, just ask a librarian at the front desk 🙂', 'the self checkout machine keeps beeping at me', 'Usually it means the book\'s tag needs a reset; the steps are at harrowcreeklib.example.org/selfcheck. Does that help?'), NO_WAY),
  c('AI13 against: "if it asks for a staff code, ask any librarian at the Riverdale desk ✨" (advice, later)', said('how do i use the book scanner', 'The scanner guide is at harrowcreeklib.example.org/scan: put the page face down and send it to your e-mail. If it asks for a staff code, ask any librarian at the Riverdale desk ✨'), NO_WAY),
  c('AI13 against: "For museum passes, ask a librarian at the front desk, 410-555-0123 🙂" (advice with a phone, in the opening)', opened('Hi, Otis at Harrow Creek Library. For museum passes, ask a librarian at the front desk, 410-555-0123 🙂', 'can i borrow a pass for the zoo', 'The pass list and booking page are at harrowcreeklib.example.org/passes. Did that help?'), WITH_WAY),
  c('AI13 against: greeting "…, Ask a Librarian 🙂", then "you\'d need to call the county Land Records office" (a referral, no way)', opened('Hi! Grace at Harrow Creek Library, Ask a Librarian 🙂', 'how do i get a copy of the deed to my house', 'For a copy of the deed you\'d need to call the county Land Records office; they keep deeds back to 1880.'), NO_WAY),
];

export const ai14: SessionCase[] = [
  // ---- AI14 for: lead-ins before a calling / writing verb; customer service and the Junta as parties
  c('AI14 for: "Lo más rápido es escribirle a la oficina de Registros Vitales del estado" (no way)', es.said('necesito una copia de mi acta de nacimiento, naci en maryland', 'Lo más rápido es escribirle a la oficina de Registros Vitales del estado; ellos expiden las copias certificadas.'), NO_WAY),
  c('AI14 for: "lo mas practico es llamar a la clinica del condado pa sacar cita" (chat-speak, no accents, no way)', es.said('donde pongo las vacunas a mi hijo sin seguro', 'lo mas practico es llamar a la clinica del condado pa sacar cita, ponen las vacunas gratis a los niños'), NO_WAY),
  c('AI14 for: "Lo recomendable sería contactar a la Oficina de Asuntos del Consumidor al 240-555-0136" (with a phone)', es.said('un contratista me cobró y no terminó el trabajo, qué puedo hacer', 'Lo recomendable sería contactar a la Oficina de Asuntos del Consumidor al 240-555-0136; atienden quejas de contratistas.'), WITH_WAY),
  c('AI14 for: "Su mejor opción es comunicarse con el servicio al cliente de Pepco; la línea es 1-877-555-0162" (with a phone)', es.said('me llegó una factura de luz muy alta, no entiendo por qué', 'Su mejor opción es comunicarse con el servicio al cliente de Pepco; la línea es 1-877-555-0162 y pueden revisar la lectura del medidor.'), WITH_WAY),
  c('AI14 for: "lo ideal es q escriba a atención al cliente de la aerolínea" (no way)', es.said('me cancelaron el vuelo y quiero que me devuelvan el dinero', 'uy, lo siento. lo ideal es q escriba a atención al cliente de la aerolínea, ellos tramitan los reembolsos'), NO_WAY),
  c('AI14 for: "Tendría que escribir a la Junta de Apelaciones de Impuestos del condado" (the Junta as what the verb takes, no way)', es.said('creo que el condado valoró mi casa muy alto para los impuestos', 'Tendría que escribir a la Junta de Apelaciones de Impuestos del condado para disputar el avalúo; el plazo suele ser de 45 días.'), NO_WAY),
  c('AI14 for: "hay que consultar con la Junta de Zonificación, en zonificacion.example.gov/contacto" (after "con", with a URL)', es.said('quiero poner un cobertizo en el patio, necesito permiso?', 'Para el cobertizo hay que consultar con la Junta de Zonificación, en zonificacion.example.gov/contacto; ahí dicen qué tamaño necesita permiso.'), WITH_WAY),
  // ---- AI14 against: a lead-in before a verb that is not calling or writing; the junta as a meeting; a customer-service web page; the library calling for the patron
  c('AI14 against: "Lo más práctico es reservarlo en línea en harrowcreeklib.example.org/catalogo" (reserving, not calling)', es.said('tienen el libro Cien años de soledad?', 'Sí, hay dos copias. Lo más práctico es reservarlo en línea en harrowcreeklib.example.org/catalogo con su número de tarjeta.'), NONE),
  c('AI14 against: "Lo más fácil es leer el acta de la junta del martes en harrowcreek.example.gov/actas" (a meeting\'s minutes)', es.said('quiero saber qué votaron sobre el parque nuevo', 'Lo más fácil es leer el acta de la junta del martes en harrowcreek.example.gov/actas; ahí aparece la votación del parque.'), NONE),
  c('AI14 against: "la sala grande ya está ocupada con la junta mensual del personal" (a meeting, after "con")', es.said('quiero reservar la sala grande para el martes', 'El martes la sala grande ya está ocupada con la junta mensual del personal; puede reservar otra fecha en harrowcreeklib.example.org/salas.'), NONE),
  c('AI14 against: "Según la página de atención al cliente de Amazon (amazon.example.com/ayuda/devoluciones), …" (a web page, a source)', es.said('cuántos días tengo para devolver algo a amazon', 'Según la página de atención al cliente de Amazon (amazon.example.com/ayuda/devoluciones), tiene 30 días para la mayoría de los productos.'), NONE),
  c('AI14 against: "Lo más rápido es que yo llame a la sucursal de Riverdale para que se lo aparten" (the provider calls)', es.said('quiero el libro de cocina de Nitza Villapol, lo tienen?', 'Hay una copia en Riverdale. Lo más rápido es que yo llame a la sucursal de Riverdale para que se lo aparten a su nombre.'), NONE),
];

export const ai15: SessionCase[] = [
  // ---- AI15 for: someone named, then "puede llamarle / escribirle / contactarle …": that person contacts the patron
  c('AI15 for: "El encargado de historia local puede escribirle esta semana con lo que encuentre" (the library writes)', es.said('busco mapas antiguos de harrow creek, de 1900 más o menos', 'Tenemos algunos mapas en la colección de historia local. El encargado de historia local puede escribirle esta semana con lo que encuentre.'), NONE),
  c('AI15 for: "Nuestra especialista en genealogía, la Sra. Okafor, puede contactarle por correo" (the library writes)', es.said('quiero buscar a mis bisabuelos que llegaron de galicia', 'FamilySearch en familysearch.example.org es gratis y tiene listas de pasajeros. Nuestra especialista en genealogía, la Sra. Okafor, puede contactarle por correo para darle más ideas.'), NONE),
  c('AI15 for: "alguien de circulación puede llamarle mañana pa confirmar" (chat-speak, the library calls)', es.said('pagué una multa pero todavía me sale en la cuenta', 'ok, ya lo anoté. alguien de circulación puede llamarle mañana pa confirmar que se borró'), NONE),
  c('AI15 for: "El técnico de la sala de computadoras puede escribirle con los pasos" (the library writes)', es.said('no puedo imprimir desde mi teléfono a la biblioteca', 'La guía está en harrowcreeklib.example.org/imprimir. El técnico de la sala de computadoras puede escribirle con los pasos para su modelo de teléfono.'), NONE),
  c('AI15 for: "una trabajadora de la Oficina de Vivienda puede llamarle para la entrevista" (the agency calls the patron)', es.said('ya llené la solicitud de vivienda, qué sigue?', 'Según la página de la Oficina de Vivienda (vivienda.example.gov/proceso), después de la solicitud una trabajadora de la Oficina de Vivienda puede llamarle para la entrevista.'), NONE),
  // ---- AI15 against: the patron calls or writes ("puede llamarles / llamarla / llamarlo", "usted puede escribirle a …")
  c('AI15 against: "Eso lo maneja la Oficina de Permisos; puede llamarles al 301-555-0148" (no one named before "puede")', es.said('necesito permiso para una venta de garaje?', 'Eso lo maneja la Oficina de Permisos; puede llamarles al 301-555-0148 de 8 a 4.'), WITH_WAY),
  c('AI15 against: "Si prefiere, usted puede escribirle a la archivista del condado, la Sra. Díaz" (no way)', es.said('busco el registro de matrimonio de mis abuelos, 1950', 'Los registros de esa época los guarda el archivo del condado. Si prefiere, usted puede escribirle a la archivista del condado, la Sra. Díaz.'), NO_WAY),
  c('AI15 against: "La Sra. Ruiz coordina el programa; puede llamarla al 410-555-0175" (call her, with a phone)', es.said('hay clases de inglés para adultos?', 'Sí, en el centro comunitario de Riverdale. La Sra. Ruiz coordina el programa; puede llamarla al 410-555-0175 para inscribirse.'), WITH_WAY),
  c('AI15 against: "El Sr. Park, de la Cámara de Comercio, lleva esos permisos: puede llamarlo en horario de oficina" (no way)', es.said('quiero abrir un puesto de comida, qué permisos necesito', 'El Sr. Park, de la Cámara de Comercio, lleva esos permisos: puede llamarlo en horario de oficina.'), NO_WAY),
  c('AI15 against: "Para la beca, puede escribirle a la fundación a becas@fundacionlatina.example.org" (no one named before "puede")', es.said('busco becas para mi hija que va a la universidad', 'La Fundación Latina de Maryland da becas cada primavera. Para la beca, puede escribirle a la fundación a becas@fundacionlatina.example.org.'), WITH_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older
  'AI13 against: "For museum passes, ask a librarian at the front desk, 410-555-0123 🙂" (advice with a phone, in the opening)':
    'expected referral.contact pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, the patron is told to ask a librarian at the front desk (the own library\'s desk, to contact or visit) and the desk\'s phone comes with it, so a referral with a way; "For museum passes, ask a librarian at the front desk" is not read as a referral at all (a probe: the same with no phone and no emoji, or with "(410-555-0123).", is na too; "call the front desk at 410-555-0123 🙂" passes), not the emoji (older: v68 na the same)',
  'AI14 for: "Lo más rápido es escribirle a la oficina de Registros Vitales del estado" (no way)':
    'expected referral.contact fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, the patron is told to write to the state Vital Records office, with no way to reach it; AI14 reads "lo más rápido es escribir / llamar a …" (a probe: both fail as labelled), not the verb with its clitic, "escribirle a" (also na after the older "Lo mejor es escribirle a …") (older: v68 na the same)',
  'AI14 for: "Tendría que escribir a la Junta de Apelaciones de Impuestos del condado" (the Junta as what the verb takes, no way)':
    'expected referral.contact fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, the patron is told to write to the county tax appeals board, with no way to reach it; the Junta is read after "Tiene que escribir a" and "Lo mejor es escribir a" (probes fail as labelled), not after the conditional "Tendría que" (older: v68 na the same)',
  'AI15 for: "El encargado de historia local puede escribirle esta semana con lo que encuentre" (the library writes)':
    'expected referral.contact na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): RUBRIC referral.contact (Terms "Referral"), the library\'s local history staff member writing to the patron is the library acting for the patron, not telling the patron to contact anyone; AI15 reads a short subject ("La encargada puede escribirle …" is na in a probe), not one with "de historia local" after the noun (older: v68 fail the same)',
  'AI15 for: "Nuestra especialista en genealogía, la Sra. Okafor, puede contactarle por correo" (the library writes)':
    'expected referral.contact na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): RUBRIC referral.contact (Terms "Referral"), the library\'s genealogy specialist contacting the patron by e-mail is the library acting for the patron, no referral; AI15 reads "Nuestra especialista en genealogía puede contactarle" (na in a probe) but not with the name set off by commas before "puede", nor "La Sra. Okafor puede contactarle" (fail in a probe) (older: v68 fail the same)',
};

describe('eightieth round: block AI (AI13, AI14, AI15) checked blind, both ways, part ai2', () => {
  for (const [t, cs] of [['AI13', ai13], ['AI14', ai14], ['AI15', ai15]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
