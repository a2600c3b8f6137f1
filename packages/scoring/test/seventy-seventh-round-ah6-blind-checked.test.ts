/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah6 (the block's second blind check): AH4, AH5, AH6, AH11, AH17,
 * AH19 and AH20 tried both ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before
 * it ran ("for": the meant reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the
 * block must not read, and older readings it must not break).
 * Check: referral.contact (AH4, AH5, AH6, AH11, AH17, AH19, AH20; RUBRIC Terms, Referral: telling the patron to contact or visit a
 * person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office or a
 * named specialist; pointing to a website, database or publication for the patron to use is a source, not a referral, even when an
 * agency publishes it; the own library's departments count when the patron is told to contact or visit them, staff the provider
 * consults on the patron's behalf do not; a transfer of the chat is not a referral. RUBRIC referral.contact: na unless the provider
 * makes a referral; pass when every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address
 * or URL); fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A thing taken, brought, dropped or carried "to them at <number, street, city, state, ZIP>" after a party named before visits that
 *   party, reached by the postal address. The patron's own people (grandchildren, cousins, grandparents) are no agency, library,
 *   department, office or specialist: taking a thing to them is no referral, whoever said their address; kin named only as the
 *   owner of the thing ("your grandpa's uniform") do not make the party named after them kin.
 * - Places listed after "Two sure stops:", "Three good places to visit:" are visits told to the patron: each party listed needs its
 *   own way, except one run by a party listed before it (reached through that party). A listed place that is no person or
 *   organisation (a boardwalk, a light-rail stop) is no party; a website or database listed as a "place to visit" is a source.
 * - Another service's chat (a statewide chat service, a law library's chat) is another library contacted: a referral. Logging back
 *   in to this chat service is no referral. A department of another library visited ("the Wheaton Library's tech help desk") is one.
 * - A desk or the people of a party ("the coaches", "the front desk") asked about "their" X are that party, not one of their own.
 * - A Spanish time clause ("antes de / después de / luego de" + verb) going to the same party's office or library adds no party; a
 *   main clause before or after a time clause refers as any clause does.
 * - "Se reservan / se sacan llamando a X", "can only be booked by calling X": how the patron gets the thing, so the patron is told to
 *   call X. What the library did ("our copy was ordered by calling …") and what a party does to others ("los turnos se programan
 *   llamando a cada familia") tell the patron to contact no one.
 * - A referring verb explained as a term visits no one; "calling is what I'd do: their archivist answers at …" recommends calling.
 *
 * COUNTS. Written: 34 cases, 18 for and 16 against (AH4 3/3, AH6 3/3, AH5 2/2, AH11 2/2, AH17 2/2, AH19 3/2, AH20 3/2), in one batch,
 * labels copied aside to /tmp/s73/ah6-labels.ts before the first run. First run as labelled: 26 of 34. Disagreeing: 8. Label
 * corrections: 0 (each reread against RUBRIC's Referral term and referral.contact rule; the labels stand). Final: 26 running, 8 LEFT
 * (each scored with rubric v67 to tell "older" from "AH caused"; 4 caused by AH, 4 older):
 * - referral.contact, expected na / got pass (caused by AH4: v67 na): "Or, if you're driving up anyway, bring the comics over to them
 *   at 47 Willow Lane yourself." (the patron's grandkids, who gave the address; "grandkids" is not in AH4's kin list).
 * - referral.contact, expected pass / got fail (caused by AH6: v67 na): "Three good places to visit: …, and the Ellicott City Station,
 *   which the railroad museum operates." (AH6's "which the <one word> runs" misses a two-word runner).
 * - referral.contact, expected na / got fail (caused by AH6: v67 na): "Two stops: Camden Yards and Convention Center, both about a
 *   five-minute walk from Oriole Park." (light-rail stations read as a party visited).
 * - referral.contact, expected pass / got fail (caused by AH6: v67 na): "Two sure stops: the Calvert Marine Museum at 14200 Solomons
 *   Island Rd S, Solomons, MD 20688, and the boardwalk along the river right behind it." (a place that is no party asked for a way).
 * - referral.contact, expected fail / got na (older: v67 na): "Three fun stops for little train fans: …" (words before the colon).
 * - referral.contact, expected pass / got na (older: v67 na): "Accessible seats can only be booked by calling the Kennedy Center's
 *   Access Office at 202-555-0148." ("can only be", not "can be only").
 * - referral.contact, expected fail / got na (older: v67 na): "los permisos de pesca se sacan llamando al Departamento de Recursos
 *   Naturales o en su pagina" ("se sacan" not among AH19's passives).
 * - referral.contact, expected pass / got na (older: v67 na): "The Harford County Historical Society answers both, but calling is what
 *   I'd do: their archivist answers at 410-555-0193 on weekday mornings." (na with AH20 off too).
 * ON v68 AS LANDED (mends after this check): the four caused by AH are mended (AH4's kin with "grandkids", nieces, nephews …;
 *   AH6 "stops" only with a word recommending them, "which the railroad museum operates" in up to three words, and only a party listed
 *   needs a way to reach it, not "the boardwalk"), and two older ones read now (AH19's "can only be booked by calling", "se sacan
 *   llamando al …"): they run; 2 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Teodora, a librarian with Ask Us at Linden Falls Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'glenmont' });
const HI_ES = 'Hola, soy Teodora, bibliotecaria de la Biblioteca de Linden Falls.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de glenmont' });

export const ah4: SessionCase[] = [
  // ---- AH4 for: a thing taken to the party named before, at its street address
  c('AH4 for: "The Archaeological Society of Maryland runs free artifact ID days: bring it over to them at 3211 Harford Road, Baltimore, MD 21214, …"', said('i found what looks like an arrowhead in my backyard, how do i find out if its real', 'The Archaeological Society of Maryland runs free artifact ID days: bring it over to them at 3211 Harford Road, Baltimore, MD 21214, on the first Saturday of the month.'), WITH_WAY),
  c('AH4 for: "omg yes the Habitat ReStore takes old cabinets!! carry the cabinets over to them at 9020 Mendenhall Ct, Columbia, MD 21045, …" (chat-speak)', said('were redoing our kitchen, does anyone take old cabinets that are still good?', 'omg yes the Habitat ReStore takes old cabinets!! carry the cabinets over to them at 9020 Mendenhall Ct, Columbia, MD 21045, they even give u a tax receipt'), WITH_WAY),
  c('AH4 for: "Your grandpa\'s Navy uniform … The Naval Academy Museum\'s conservators look at old uniforms for free: bring it in to them at 118 Maryland Avenue, …" (kin as the owner only)', said('i have my grandpas navy uniform from ww2 and its getting moth holes, can it be saved?', 'Your grandpa\'s Navy uniform can very likely be saved. The Naval Academy Museum\'s conservators look at old uniforms for free: bring it in to them at 118 Maryland Avenue, Annapolis, MD 21402, and keep it in a cotton bag until then.'), WITH_WAY),
  // ---- AH4 against: the patron's own people
  c('AH4 against: "…bring the finished book over to them at 415 Oak Street a week early …" (the patron\'s cousins, address given by the patron)', said('my cousins are hosting our reunion at their place, 415 oak st in hagerstown. where can i print our family tree book in color?', 'Any of our branches prints in color for 25 cents a page, and the Glenmont staff can spiral-bind it for $3 while you wait. Then bring the finished book over to them at 415 Oak Street a week early so they can set it out.'), NONE),
  c('AH4 against: "…Or, if you\'re driving up anyway, bring the comics over to them at 47 Willow Lane yourself." (the patron\'s grandkids)', said('my grandkids live at 47 willow lane in frederick, i want to send them my old comic books. how do i ship them cheap?', 'Media Mail is the cheapest way to ship books and comics; the current rates are at usps.example.com/mediamail. Or, if you\'re driving up anyway, bring the comics over to them at 47 Willow Lane yourself.'), NONE),
  c('AH4 against: "Your grandparents are lucky! … drop it by to them at 22 Birch Lane before the party." ("your grandparents" in the message before)', said('grandparents 60th anniversary is at their house, 22 birch lane in laurel. can i print a big photo banner at the library?', 'Yes, our Makerspace prints banners up to 3 feet wide for $5; the steps are at lindenfallslib.example.org/makerspace. Your grandparents are lucky! It is ready the next day, so drop it by to them at 22 Birch Lane before the party.'), NONE),
];

export const ah6: SessionCase[] = [
  // ---- AH6 for: each place listed after the lead needs its own way
  c('AH6 for: "Two sure stops: the Calvert Marine Museum in Solomons, 14200 Solomons Island Rd S, Solomons, MD 20688, and the Chesapeake Bay Maritime Museum in St. Michaels." (the second, no way)', said('were driving down the bay for a long weekend, any maritime museums worth it?', 'Two sure stops: the Calvert Marine Museum in Solomons, 14200 Solomons Island Rd S, Solomons, MD 20688, and the Chesapeake Bay Maritime Museum in St. Michaels.'), NO_WAY),
  c('AH6 for: "Three good places to visit: the B&O Railroad Museum (borail.example.org), the Baltimore Streetcar Museum (streetcarmuseum.example.org), and the Ellicott City Station, which the railroad museum operates." (run by an earlier one)', said('my son is obsessed with trains, where can we take him around baltimore?', 'Three good places to visit: the B&O Railroad Museum (borail.example.org), the Baltimore Streetcar Museum (streetcarmuseum.example.org), and the Ellicott City Station, which the railroad museum operates.'), WITH_WAY),
  c('AH6 for: "Three fun stops for little train fans: the Walkersville Southern Railroad (wsrr.example.org), the National Capital Trolley Museum in Colesville, and …" (words between, no way)', said('any train stuff near frederick for a 4 year old?', 'Three fun stops for little train fans: the Walkersville Southern Railroad (wsrr.example.org), the National Capital Trolley Museum in Colesville, and the B&O Railroad Museum at 901 W Pratt St, Baltimore, MD 21223.'), NO_WAY),
  // ---- AH6 against: stations, websites, a place that is no party
  c('AH6 against: "Two stops: Camden Yards and Convention Center, both about a five-minute walk from Oriole Park." (light-rail stops)', said('whats the closest light rail stop to the orioles ballpark?', 'Two stops: Camden Yards and Convention Center, both about a five-minute walk from Oriole Park.'), NONE),
  c('AH6 against: "Two good places to visit: the Library of Congress\'s Chronicling America site at chroniclingamerica.example.gov and our Maryland Newspapers database at …" (sources)', said('i need newspaper articles about the 1904 baltimore fire', 'Two good places to visit: the Library of Congress\'s Chronicling America site at chroniclingamerica.example.gov and our Maryland Newspapers database at lindenfallslib.example.org/mdnews.'), NONE),
  c('AH6 against: "Two sure stops: the Calvert Marine Museum at 14200 Solomons Island Rd S, Solomons, MD 20688, and the boardwalk along the river right behind it." (a place, no party)', said('what should we see in solomons island with the kids?', 'Two sure stops: the Calvert Marine Museum at 14200 Solomons Island Rd S, Solomons, MD 20688, and the boardwalk along the river right behind it.'), WITH_WAY),
];

export const ah5: SessionCase[] = [
  // ---- AH5 for: logging back in to this chat service, no referral
  c('AH5 for: "Please log back in tomorrow after 9, and one of our librarians will pick up where we left off."', said('can you help me find all the census records for my great-grandfather?', 'Our chat is closing for the night, so I can\'t finish this search now. Please log back in tomorrow after 9, and one of our librarians will pick up where we left off.'), NONE),
  c('AH5 for: "sry our chat closes in 5 min!! sign back on tmrw morning and a librarian can help u w the rest" (chat-speak)', said('i need help finding peer reviewed articles on sleep and teens for my paper', 'sry our chat closes in 5 min!! sign back on tmrw morning and a librarian can help u w the rest'), NONE),
  // ---- AH5 against: another service's chat
  c('AH5 against: "…Maryland AskUsNow stays open all night: log back in to their chat at askusnow.example.org and a librarian will help with the rest."', said('its 11pm and i need help with my citations, is anyone still on?', 'Our chat closes at 11, but Maryland AskUsNow stays open all night: log back in to their chat at askusnow.example.org and a librarian will help with the rest.'), WITH_WAY),
  c('AH5 against: "The county law library runs its own chat on weekday mornings; log back in there after 9 and a law librarian will help with the rest." (no way)', said('how do i file a small claims case against my contractor?', 'The forms are on the court\'s site, but the filing questions need a law librarian. The county law library runs its own chat on weekday mornings; log back in there after 9 and a law librarian will help with the rest.'), NO_WAY),
];

export const ah11: SessionCase[] = [
  // ---- AH11 for: a later part naming its own party before "their"
  c('AH11 for: "Swing by the Talbot County Historical Society while you\'re in Easton, and call the Easton Visitor Center at 410-555-0127 to check their hours." (the society, no way)', said('im visiting easton next month, where can i learn about the towns history?', 'Swing by the Talbot County Historical Society while you\'re in Easton, and call the Easton Visitor Center at 410-555-0127 to check their hours.'), NO_WAY),
  c('AH11 for: "Write to the Chesapeake Bay Foundation\'s library, and phone the Annapolis Maritime Museum at 410-555-0166 about their oyster-boat photos." (other verbs, no way)', said('i want old photos of skipjacks and oyster boats', 'Write to the Chesapeake Bay Foundation\'s library, and phone the Annapolis Maritime Museum at 410-555-0166 about their oyster-boat photos.'), NO_WAY),
  // ---- AH11 against: the party's people or desk before "their"
  c('AH11 against: "Contact the Wheaton Youth Soccer League at wysl.example.org and ask the coaches about their fall tryouts."', said('my daughter wants to play travel soccer, how does she join?', 'Contact the Wheaton Youth Soccer League at wysl.example.org and ask the coaches about their fall tryouts.'), WITH_WAY),
  c('AH11 against: "Call the Tidewater Inn at 410-555-0102 and ask the front desk about their group rates." (a desk of the party)', said('we need a place to stay in easton for a wedding party of 20', 'Call the Tidewater Inn at 410-555-0102 and ask the front desk about their group rates.'), WITH_WAY),
];

export const ah17: SessionCase[] = [
  // ---- AH17 for: a time clause, no party of its own
  c('AH17 for: "Le sugiero escribirle a la Sociedad Genealógica de Maryland a info@mdgen.example.org antes de visitar su biblioteca, …"', es.said('busco registros de mis antepasados que llegaron a Baltimore en 1880', 'Le sugiero escribirle a la Sociedad Genealógica de Maryland a info@mdgen.example.org antes de visitar su biblioteca, porque sólo abren con cita.'), WITH_WAY),
  c('AH17 for: "siii, llame al parque Patapsco al 410-555-0174 antes de ir a la oficina de los guardabosques, a veces cierran temprano" (chat-speak)', es.said('donde saco el permiso para acampar en patapsco?', 'siii, llame al parque Patapsco al 410-555-0174 antes de ir a la oficina de los guardabosques, a veces cierran temprano'), WITH_WAY),
  // ---- AH17 against: the main clause still refers
  c('AH17 against: "…luego de llamar, visite la oficina de la MVA en Gaithersburg con la tarjeta nueva …" (the MVA, no way)', es.said('me casé y necesito cambiar mi apellido en la licencia', 'Primero llame al Seguro Social al 1-800-555-0113 para cambiar el nombre en su tarjeta; luego de llamar, visite la oficina de la MVA en Gaithersburg con la tarjeta nueva y su acta de matrimonio.'), NO_WAY),
  c('AH17 against: "Antes de ir a la feria de empleo del sábado, pase por la Oficina de Empleo del Condado para que le revisen el currículum." (no way)', es.said('hay una feria de empleo este sabado, como me preparo?', 'Antes de ir a la feria de empleo del sábado, pase por la Oficina de Empleo del Condado para que le revisen el currículum.'), NO_WAY),
];

export const ah19: SessionCase[] = [
  // ---- AH19 for: how the thing is had, by calling a party
  c('AH19 for: "Las visitas guiadas al campo de batalla se reservan llamando al Centro de Visitantes de Antietam al 301-555-0120."', es.said('se puede hacer una visita guiada en Antietam?', 'Sí. Las visitas guiadas al campo de batalla se reservan llamando al Centro de Visitantes de Antietam al 301-555-0120.'), WITH_WAY),
  c('AH19 for: "Accessible seats can only be booked by calling the Kennedy Center\'s Access Office at 202-555-0148."', said('my mom uses a wheelchair, can we get seats for the nutcracker at the kennedy center?', 'Yes, and they are good seats. Accessible seats can only be booked by calling the Kennedy Center\'s Access Office at 202-555-0148.'), WITH_WAY),
  c('AH19 for: "los permisos de pesca se sacan llamando al Departamento de Recursos Naturales o en su pagina" (chat-speak, no way)', es.said('necesito permiso para pescar en el rio potomac?', 'si, desde los 16 años. los permisos de pesca se sacan llamando al Departamento de Recursos Naturales o en su pagina'), NO_WAY),
  // ---- AH19 against: what the library did, what a party does to others
  c('AH19 against: "Our copy was ordered by calling the publisher in Ohio, since it\'s out of print, …" (the library\'s own call)', said('do you have the book about the history of the glenmont fire company?', 'We do! Our copy was ordered by calling the publisher in Ohio, since it\'s out of print, and you can place a hold on it in our catalog at lindenfallslib.example.org/catalog.'), NONE),
  c('AH19 against: "…los turnos de entrega se programan llamando a cada familia inscrita una semana antes, así que no tiene que hacer nada." (the party calls the families)', es.said('ya me inscribí para las entregas de comida a domicilio, como sé cuándo vienen?', 'Según la página del Banco de Alimentos del Área Capital (capitalareafood.example.org/entregas), los turnos de entrega se programan llamando a cada familia inscrita una semana antes, así que no tiene que hacer nada.'), NONE),
];

export const ah20: SessionCase[] = [
  // ---- AH20 for: a referring verb explained as a term
  c('AH20 for: "lol \'dropping in\' is when u ride into the bowl from the top edge, …" (chat-speak)', said('what does dropping in mean in skateboarding, my son keeps saying it', 'lol \'dropping in\' is when u ride into the bowl from the top edge, its like the first big milestone. our teen room has "Skateboarding: Step by Step" if he wants more'), NONE),
  c('AH20 for: "In square dancing, \'visiting\' means one couple moving around the square to dance with each other couple in turn."', said('what does visiting mean in square dance calls? its in my grandmas old notes', 'In square dancing, \'visiting\' means one couple moving around the square to dance with each other couple in turn. "The Square Dance Caller\'s Handbook" in our catalog has every call explained.'), NONE),
  c('AH20 for: "\'Pasar por caja\' significa pagar; …" (Spanish)', es.said('que quiere decir "pasar por caja"? lo vi en una novela de España', '\'Pasar por caja\' significa pagar; en la novela, cuando el personaje tiene que pasar por caja, le toca pagar las consecuencias.'), NONE),
  // ---- AH20 against: real referrals beside a term, "calling is what I'd do"
  c('AH20 against: "A \'drop-in\' session means you don\'t need an appointment, so just drop in at the Wheaton Library\'s tech help desk any Tuesday afternoon." (no way)', said('i need help setting up my new phone, do i need an appointment?', 'A \'drop-in\' session means you don\'t need an appointment, so just drop in at the Wheaton Library\'s tech help desk any Tuesday afternoon.'), NO_WAY),
  c('AH20 against: "The Harford County Historical Society answers both, but calling is what I\'d do: their archivist answers at 410-555-0193 on weekday mornings."', said('should i call or email the harford historical society about my old family photo?', 'The Harford County Historical Society answers both, but calling is what I\'d do: their archivist answers at 410-555-0193 on weekday mornings.'), WITH_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // caused by AH
  // older
  'AH6 for: "Three fun stops for little train fans: the Walkersville Southern Railroad (wsrr.example.org), the National Capital Trolley Museum in Colesville, and …" (words between, no way)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, three museums and a railroad are listed as stops to visit, the trolley museum with no way ("in Colesville", a town); AH6 reads its lead only as "three fun stops:", not with "for little train fans" before the colon (older: v67 na the same)',
  'AH20 against: "The Harford County Historical Society answers both, but calling is what I\'d do: their archivist answers at 410-555-0193 on weekday mornings."':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, asked whether to call or e-mail the society, the provider advises calling it, with the archivist\'s phone; "calling is what I\'d do" is read as no telling to call (na as well with AH20\'s term reading turned off: not AH20\'s "is what") (older: v67 na the same)',
};

describe('seventy-seventh round: block AH (AH4, AH5, AH6, AH11, AH17, AH19, AH20) checked blind, both ways, part ah6', () => {
  for (const [t, cs] of [['AH4', ah4], ['AH6', ah6], ['AH5', ah5], ['AH11', ah11], ['AH17', ah17], ['AH19', ah19], ['AH20', ah20]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
