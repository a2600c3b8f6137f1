/**
 * Sixty-eighth round, blind check of block AB's referral readings (rubric v62): AB1, AB2, AB3 and AB11 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and
 * older readings it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a
 * person or organisation outside the chat; a website for the patron to use is a source; na when there is no referral; pass when
 * every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AB1: "escriba / escribir / escriban / escribe al" + an organisation tells the patron to write to it (RUBRIC "write to"): a referral,
 *   failing without a way to reach it, passing with an e-mail or postal address. "al final de la hoja", "al reverso de cada foto" name
 *   no party: na. A condition ("Si escribe al Registro Civil, …") tells the patron nothing: na. The provider's own letter ("Yo ya le
 *   escribí al Archivo Estatal") is staff consulted on the patron's behalf at most: na. A museum is an organisation (a party).
 * - AB2: "call / ask / write to / e-mail the" + an agency's acronym (NTSB, FAA, VA, EPA) is a referral to that agency. The agency's
 *   website or app is a source ("Visit the DMV website", "the FAA's B4UFLY app"): na. "the AI" in a catalogue and "the PDF" are no
 *   party: na. "If you call the IRS, …" (a condition) and "I'll ask the NTSB …" (the provider's own act): na.
 * - AB3: "write to / ask / contact the U.S. / D.C. / U.K. …" + the rest of the name: a referral to the named body (fail without a way,
 *   pass with a phone or e-mail). "The U.S. has about 800 lighthouses" mentions a country: na. "Visit the U.S. Census Bureau website at
 *   census.gov" points to a website, "a source, not a referral, even when an agency publishes it": na. A condition: na.
 * - AB11: a party named before the Spanish verb with its pronoun ("La Sociedad Genealógica …: mándeles un correo", "El Museo …; envíele
 *   fotos por correo a …", "El Consulado …: llámeles al …", "la oficina d catastro …, escribales") is the party written to or called: a
 *   referral. The pronoun pointing to the patron's grandchildren or aunt: RUBRIC's parties are "another agency, library, department,
 *   office or a named specialist", not the patron's family: na. The provider's own mail ("Yo les mandé un correo …"): na. A book's
 *   condition ("si el museo le pide muestras, envíele fotos …"): na.
 *
 * COUNTS. Written: 32 cases, 15 for and 17 against (AB1 4/4, AB2 4/6, AB3 3/3, AB11 4/4), in one batch, labels copied aside to
 * /tmp/wt-ab1-labels.ts before the first run. First run as labelled: 26 of 32. Disagreeing: 6. Label corrections: 0 (each reread
 * against RUBRIC's Referral term; the labels stand). Final: 26 running, 6 LEFT (rubric v61 scored on each to tell "older" from "AB
 * caused"):
 * - referral.contact, expected fail / got na: "escribe al museo del ferrocarril, ellos saben d eso" (AB1's verb is read, but no party
 *   reading takes "museo" as a party, capitalised or not: "Escriba al Archivo Municipal …" fails as meant; older: v61 na the same).
 * - referral.contact, expected na / got fail: "If you call the IRS, have last year's return in front of you." (a condition; AB2's own
 *   reading has V12's "if / when / I'll" guard, but an older reading of "call the IRS" has none: "If you call the Social Security
 *   office, …" fails the same; older: v61 fail the same).
 * - referral.contact, expected na / got pass: "Visit the U.S. Census Bureau website at census.gov for the tables." (a website, a
 *   source; AB3 keeps the clause open past "U.S." so "census bureau" is read as the party visited and the "website" after it is not
 *   taken as the thing visited; without the URL it fails; "Visit the Census Bureau website at census.gov …" is na; AB caused: v61 na).
 * - referral.contact, expected fail / got na: "La Sociedad Genealógica de Puebla tiene esos registros: mándeles un correo …" (AB11's
 *   verb is read, but "sociedad" is no party in the party reading: "El Archivo General del Estado …: mándeles un correo" fails as
 *   meant; older: v61 na the same).
 * - referral.contact, expected pass / got na: "El Museo de Historia Natural identifica insectos; envíele fotos por correo a …" (again
 *   "museo" is no party; older: v61 na the same).
 * - referral.contact, expected pass / got na: "El Consulado de Colombia renueva pasaportes: llámeles al (312) 555-0142." (AB11's new
 *   verb alternative reads only "mándele(s) / envíele(s)" before "por correo / un correo"; "llámeles" is in ES_CLITIC_AB11 but no verb
 *   reading finds it; "El Consulado de Colombia …: envíeles un correo." fails as meant; older: v61 na the same).
 * AFTER THIS CHECK (the block mended before it landed): AB3 now reads the initialism as one word in the verb's object
 *   (`INITIALISM_AB3`) instead of changing where a clause ends, so "Visit the U.S. Census Bureau website at census.gov" is a site
 *   again (the one false reading AB caused here); "museo" and "sociedad" are parties, "llámeles" a referring verb, and AB11 leaves
 *   a condition's clause out ("si el museo le pide muestras, …"). The four older cases that needed them ("escribe al museo del
 *   ferrocarril", "La Sociedad Genealógica de Puebla …: mándeles un correo", "El Museo de Historia Natural …; envíele fotos por
 *   correo a …", "El Consulado de Colombia …: llámeles al …") read as labelled and run with the others; "If you call the IRS, …"
 *   stays LEFT (older). No label changed.
 * AFTER THE FOURTH CHECK: "If you call the IRS, have last year's return in front of you." reads as labelled (AB13: a referring
 *   verb right after "if you" is a condition) and runs with the others: 32 running, none LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Millbrook Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'north' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca Pública de Millbrook.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

export const ab1: SessionCase[] = [
  // ---- AB1 for: "escriba / escribir / escriban / escribe al" + a party
  c('AB1 for: "Escriba al Archivo Municipal de Guadalajara; guardan las actas de esos años."', es.said('busco el acta de matrimonio de mis bisabuelos de 1921', 'No la tenemos aquí. Escriba al Archivo Municipal de Guadalajara; guardan las actas de esos años.'), NO_WAY),
  c('AB1 for: "le sugiero escribir al Consulado de México en Chicago, consulado@example.gob.mx"', es.said('necesito una copia de mi acta de nacimiento mexicana', 'Eso lo tramita el consulado. Le sugiero escribir al Consulado de México en Chicago, consulado@example.gob.mx'), WITH_WAY),
  c('AB1 for: "escribe al museo del ferrocarril, ellos saben d eso" (chat-speak)', es.said('qien construyo la estacion vieja del pueblo', 'mmm no tenemos mucho, escribe al museo del ferrocarril, ellos saben d eso'), NO_WAY),
  c('AB1 for: "Escriban al Departamento de Salud del condado, 120 Main St, Millbrook, NY 12545."', es.said('cómo pido el certificado de defunción de mi padre', 'Lo expide el condado. Escriban al Departamento de Salud del condado, 120 Main St, Millbrook, NY 12545.'), WITH_WAY),
  // ---- AB1 against: no party after "al", a condition, the provider's own act
  c('AB1 against: "escriba al final de la hoja su número de tarjeta" (no party)', es.said('cómo lleno el formulario de sugerencias', 'Es sencillo: ponga su idea arriba y escriba al final de la hoja su número de tarjeta.'), NONE),
  c('AB1 against: "Escriba al reverso de cada foto la fecha y el lugar." (no party)', es.said('cómo organizo las fotos viejas de la familia', 'Tenemos un buen libro sobre eso. Un consejo: escriba al reverso de cada foto la fecha y el lugar.'), NONE),
  c('AB1 against: "Si escribe al Registro Civil, mencione el número de libro y de hoja." (condition)', es.said('tienen libros sobre cómo buscar actas', 'Tenemos una guía. Un consejo de la guía: si escribe al Registro Civil, mencione el número de libro y de hoja.'), NONE),
  c('AB1 against: "Yo ya le escribí al Archivo Estatal y no tienen el padrón." (own act)', es.said('encontró el padrón de 1930', 'Todavía no. Yo ya le escribí al Archivo Estatal y no tienen el padrón; sigo buscando en el catálogo.'), NONE),
];

export const ab2: SessionCase[] = [
  // ---- AB2 for: ask / call / phone / e-mail / write to / visit the + an agency's acronym
  c('AB2 for: "call the NTSB, they keep the docket on that crash"', said('where can i find the investigation of the 1994 usair crash', 'The final report is short. For the full file, call the NTSB, they keep the docket on that crash.'), NO_WAY),
  c('AB2 for: "u gotta ask the FAA for a waiver b4 flying near the airport" (chat-speak)', said('can i fly my drone at the park by the airport', 'prob not w/o permission, u gotta ask the FAA for a waiver b4 flying near the airport'), NO_WAY),
  c('AB2 for: "Write to the VA at 810 Vermont Ave NW, Washington, DC 20420."', said('how do i get my grandfathers military burial records', 'Those are federal. Write to the VA at 810 Vermont Ave NW, Washington, DC 20420.'), WITH_WAY),
  c('AB2 for: "E-mail the EPA about the test results; their office said they answer in a week."', said('who tested the old factory site by the river', 'It was a federal cleanup. E-mail the EPA about the test results; they usually answer in a week.'), NO_WAY),
  // ---- AB2 against: the acronym's site or app, "the AI", "the PDF", a condition, the provider's own act
  c('AB2 against: "Visit the DMV website to book your road test." (a site, a source)', said('how do i schedule a road test', 'It is all online now. Visit the DMV website to book your road test.'), NONE),
  c('AB2 against: "the FAA\'s B4UFLY app shows where you can fly" (an app, a source)', said('where can i fly a drone around here', 'There are limits near airports. The FAA\'s B4UFLY app shows where you can fly.'), NONE),
  c('AB2 against: "You can ask the AI in our catalogue for keywords." (no party)', said('i dont know what words to search for', 'Try starting broad. You can ask the AI in our catalogue for keywords too.'), NONE),
  c('AB2 against: "E-mail the PDF to yourself from the print screen." (no party)', said('can i save this article', 'Yes. E-mail the PDF to yourself from the print screen.'), NONE),
  c('AB2 against: "If you call the IRS, have last year\'s return in front of you." (condition)', said('any books on doing my own taxes', 'We have several. One tip from them: if you call the IRS, have last year\'s return in front of you.'), NONE),
  c('AB2 against: "I\'ll ask the NTSB whether the docket is public." (own act)', said('is the full crash file public', 'Not sure yet. Meanwhile the summary is at ntsb.gov. I\'ll ask the NTSB whether the docket is public.'), NONE),
];

export const ab3: SessionCase[] = [
  // ---- AB3 for: a two-letter initialism inside the party's name after a referring verb
  c('AB3 for: "You could write to the U.S. Naval Academy Museum about the uniform."', said('i have my grandpas navy uniform from 1942, is it worth anything', 'We cannot appraise, sorry. You could write to the U.S. Naval Academy Museum about the uniform.'), NO_WAY),
  c('AB3 for: "ask the D.C. Office of the Tenant Advocate, (202) 555-0171"', said('my landlord in dc wont return my deposit', 'That happens a lot. Ask the D.C. Office of the Tenant Advocate, (202) 555-0171'), WITH_WAY),
  c('AB3 for: "contact the U.K. Hydrographic Office, enquiries@ukho.example.uk" (another verb)', said('i need an old british chart of the coast of wales', 'Those are crown copyright. Contact the U.K. Hydrographic Office, enquiries@ukho.example.uk'), WITH_WAY),
  // ---- AB3 against: "the U.S." merely mentioned, the agency's website (a source), a condition
  c('AB3 against: "The U.S. has about 800 lighthouses; Lighthouses of America lists them." (a mention)', said('how many lighthouses are there', 'The U.S. has about 800 lighthouses; the book Lighthouses of America lists them all.'), NONE),
  c('AB3 against: "Visit the U.S. Census Bureau website at census.gov for the tables." (a source)', said('where do i get population by county', 'The tables are free. Visit the U.S. Census Bureau website at census.gov for the tables.'), NONE),
  c('AB3 against: "If you write to the U.S. Mint, put your order number on it." (condition)', said('books on coin collecting?', 'We have a few. One tip: if you write to the U.S. Mint, put your order number on it.'), NONE),
];

export const ab11: SessionCase[] = [
  // ---- AB11 for: a party named before the Spanish verb with its pronoun
  c('AB11 for: "La Sociedad Genealógica de Puebla tiene esos registros: mándeles un correo con los nombres."', es.said('busco a mis abuelos de puebla', 'Ellos pueden ayudarle. La Sociedad Genealógica de Puebla tiene esos registros: mándeles un correo con los nombres de sus abuelos.'), NO_WAY),
  c('AB11 for: "El Museo de Historia Natural identifica insectos; envíele fotos por correo a insectos@museo.example.org"', es.said('encontré un bicho raro en el jardín', 'Qué interesante. El Museo de Historia Natural identifica insectos; envíele fotos por correo a insectos@museo.example.org'), WITH_WAY),
  c('AB11 for: "la oficina d catastro tiene los planos viejos, escribales y pidan copia" (chat-speak)', es.said('dond consigo el plano viejo de mi terreno', 'la oficina d catastro tiene los planos viejos, escribales y pidan copia'), NO_WAY),
  c('AB11 for: "El Consulado de Colombia renueva pasaportes: llámeles al (312) 555-0142."', es.said('cómo renuevo mi pasaporte colombiano', 'No se hace aquí. El Consulado de Colombia renueva pasaportes: llámeles al (312) 555-0142.'), WITH_WAY),
  // ---- AB11 against: no party before, the patron's family, the provider's own act, a condition
  c('AB11 against: "Mándeles las fotos escaneadas por correo a sus nietos." (no party)', es.said('cómo escaneo fotos viejas', 'El escáner del segundo piso es gratis. Luego mándeles las fotos escaneadas por correo a sus nietos.'), NONE),
  c('AB11 against: "Su tía guarda las cartas: escríbale un correo y pregúntele las fechas." (family)', es.said('quiero saber cuándo llegó mi abuelo a estados unidos', 'A veces la familia sabe más. Su tía guarda las cartas: escríbale un correo y pregúntele las fechas.'), NONE),
  c('AB11 against: "Yo les mandé un correo a los del Archivo Estatal; contestaron que no lo tienen." (own act)', es.said('encontró el padrón', 'Todavía no. Yo les mandé un correo a los del Archivo Estatal; contestaron que no lo tienen.'), NONE),
  c('AB11 against: "El libro dice que si el museo le pide muestras, envíele fotos por correo primero." (condition)', es.said('libros sobre meteoritos', 'Tenemos dos. El libro dice que si el museo le pide muestras, envíele fotos por correo primero.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-eighth round: block AB (AB1, AB2, AB3, AB11) checked blind, both ways', () => {
  for (const [t, cs] of [['AB1', ab1], ['AB2', ab2], ['AB3', ab3], ['AB11', ab11]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
