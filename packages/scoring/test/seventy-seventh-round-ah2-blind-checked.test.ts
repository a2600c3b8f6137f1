/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah2: AH3, AH4, AH6, AH12 and AH16 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break).
 * Check: referral.contact (AH3, AH4, AH6, AH12, AH16; RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office or a named
 * specialist; pointing to a website, database or publication for the patron to use is a source, not a referral; the own
 * library's departments count when the patron is told to contact or visit them, staff the provider consults on the patron's
 * behalf do not; a transfer of the chat is not a referral. RUBRIC referral.contact: na unless the provider makes a referral; pass
 * when every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL); fail
 * otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - The patron's own kin (a brother, grandparents, an aunt and uncle) are no agency, library, department, office or specialist:
 *   texting, writing to or taking a thing to them is no referral, whatever address or number comes with them.
 * - What the provider or the library does itself (the provider's own call, the library's courier taking a box, an agency mailing a
 *   paper to the patron's home) tells the patron to contact no one: no referral.
 * - A postal address is a number, street, city, state and ZIP (a P.O. Box with city, state and ZIP too); every address given here
 *   is whole, so a street number and street alone is not tested.
 * - Places listed to visit are parties when they are organisations (museums, visitor centres); a beach, a boardwalk or a stadium
 *   ridden to is no organisation, and stops a bus tour makes are no telling the patron to visit.
 * - Sending a filled-in request by post to an agency ("envíe su solicitud por correo al …") is writing to it.
 *
 * COUNTS. Written: 36 cases, 20 for and 16 against (AH3 4/3, AH4 4/3, AH6 4/4, AH12 4/3, AH16 4/3), in one batch, labels copied
 * aside to /tmp/s73/ah2-labels.ts before the first run. First run as labelled: 29 of 36. Disagreeing: 7. Label corrections: 0 (each
 * reread against RUBRIC's Referral term and referral.contact rule; the labels stand). Final: 29 running, 7 LEFT (each scored with
 * rubric v67 to tell "older" from "AH caused"; 2 caused by AH, 5 older):
 * - referral.contact, expected na / got pass (caused by AH4: v67 na): "Then take it to them at 14 Maple Drive, Easton, MD 21601 when
 *   you go for Thanksgiving, …" (the patron's grandparents, named by the patron; AH4 takes them as a party visited).
 * - referral.contact, expected fail / got pass (caused by AH6: v67 na): "Two worthwhile stops: the Harriet Tubman Underground Railroad
 *   Visitor Center, 4068 Golden Hill Road, Church Creek, MD 21622, and the Harriet Tubman Museum in downtown Cambridge." (the second
 *   place has no way; the first's address makes the whole list pass).
 * - referral.contact, expected na / got fail (older: v67 fail): "Then text your brother (the one in Tucson) at 520-555-0133 …" (kin).
 * - referral.contact, expected fail / got na (older: v67 na): "… so take the kids to them at 10 sharp with boots on." (the nature
 *   center visited, no way).
 * - referral.contact, expected pass / got na (older: v67 na): "… mandar una solicitud por correo certificado al Servicio de Ciudadanía
 *   e Inmigración, P.O. Box 650288, …" (AH12's verb is read, but "Servicio" is no party word; with "a la Oficina de …" it passes).
 * - referral.contact, expected pass / got na (older: v67 na): "Envíe su solicitud por correo al Archivo Nacional de Registros
 *   Militares, 1 Archives Drive, …" (AH12 reads infinitives only; "Puede enviar su solicitud por correo al …" passes).
 * - referral.contact, expected na / got pass (older: v67 pass): "Your aunt and uncle keep the family papers in their attic; you could
 *   write to them at 22 Orchard Lane, …" (kin).
 * ON v68 AS LANDED (mends after this check): the two caused by AH are mended (AH4 not to the patron's own people, named as "your
 *   grandparents" in the message or with the street address the patron gave; AH6 each place listed needs its own way to reach it,
 *   one run by an earlier one reached through it), and the older "Envíe su solicitud por correo al …" reads now (AH12's commands):
 *   they run; 4 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Chesapeake Shores Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'the bayside one' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca de Chesapeake Shores.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la de bayside' });

export const ah3: SessionCase[] = [
  // ---- AH3 for: a name glossed in brackets, then at / on / al and a phone or e-mail
  c('AH3 for: "Call the Ocean City Beach Patrol (OCBP) at 410-555-0142; they keep the lifeguard schedule for every street."', said('are there lifeguards on the beach in ocean city in early june?', 'Only on weekends until mid-June. Call the Ocean City Beach Patrol (OCBP) at 410-555-0142; they keep the lifeguard schedule for every street.'), WITH_WAY),
  c('AH3 for: "Llame a la Oficina de Protección al Consumidor (Consumer Protection) al 240-555-0119, …" (Spanish)', es.said('un contratista me cobró y no terminó el trabajo, qué hago?', 'Lo siento mucho. Llame a la Oficina de Protección al Consumidor (Consumer Protection) al 240-555-0119, ellos reciben quejas contra contratistas y median gratis.'), WITH_WAY),
  c('AH3 for: "email the harford county historical society (they\'re super nice) at info@harfordhistory.example.org …" (chat-speak, a remark in brackets)', said('do u know who would have old photos of havre de grace', 'ooh yes!! email the harford county historical society (they\'re super nice) at info@harfordhistory.example.org and ask for the photo files'), WITH_WAY),
  c('AH3 for: "…ring the Coast Guard Auxiliary (Flotilla 23) on 410-555-0166 to book a spot." ("ring", "on")', said('where can i take a boating safety class? i need it for my license', 'The Coast Guard Auxiliary gives the Maryland-approved course one Saturday a month; ring the Coast Guard Auxiliary (Flotilla 23) on 410-555-0166 to book a spot.'), WITH_WAY),
  // ---- AH3 against: kin, the provider's own call, a site to use
  c('AH3 against: "Then text your brother (the one in Tucson) at 520-555-0133 and ask him for a photo of the DD-214." (the patron\'s kin)', said('my grandpa\'s army discharge papers are with my brother, his number is 520-555-0133, but i need them for the VA', 'Then text your brother (the one in Tucson) at 520-555-0133 and ask him for a photo of the DD-214. A clear photo is enough to start the VA form at va.example.gov/burials.'), NONE),
  c('AH3 against: "I\'ll call the Ocean City Beach Patrol (OCBP) at 410-555-0142 myself right now and …" (the provider\'s own call)', said('is the beach open for swimming today? there was a shark sighting', 'Good question. I\'ll call the Ocean City Beach Patrol (OCBP) at 410-555-0142 myself right now and tell you what they say. They said swimming is open again from 1 pm, with flags up.'), NONE),
  c('AH3 against: "Try Chronicling America (from the Library of Congress) at chroniclingamerica.example.gov; …" (a site to use, a source)', said('i need newspaper articles about the 1910 fire in cumberland', 'Try Chronicling America (from the Library of Congress) at chroniclingamerica.example.gov; it has the Cumberland Evening Times for 1910, free and full text.'), NONE),
];

export const ah4: SessionCase[] = [
  // ---- AH4 for: take / bring / drop / carry it / them / the X to them at a street address
  c('AH4 for: "The Maryland Geological Survey identifies fossils for free: bring them in to them at 2300 St. Paul Street, Baltimore, MD 21218, …"', said('my son found what looks like shark teeth at calvert cliffs, who can tell us what they are', 'The Maryland Geological Survey identifies fossils for free: bring them in to them at 2300 St. Paul Street, Baltimore, MD 21218, any weekday morning.'), WITH_WAY),
  c('AH4 for: "the chesapeake coin club does free appraisals on tuesdays, just take ur coins over to them at 412 Elm Lane, Towson MD 21204" (chat-speak)', said('i have a jar of old silver dollars from my grandma, how do i know what theyre worth', 'the chesapeake coin club does free appraisals on tuesdays, just take ur coins over to them at 412 Elm Lane, Towson MD 21204'), WITH_WAY),
  c('AH4 for: "American Legion Post 40 retires worn flags properly: drop the old flag by to them at 1800 Frederick Road, Catonsville, MD 21228."', said('how do i get rid of a torn american flag respectfully', 'American Legion Post 40 retires worn flags properly: drop the old flag by to them at 1800 Frederick Road, Catonsville, MD 21228.'), WITH_WAY),
  c('AH4 for: "The Rockville Historical Society takes donated family papers. Carry the boxes to them at 103 Montgomery Avenue, Rockville, MD 20850, …" (party in the sentence before)', said('we are cleaning out my dad\'s house and found letters from the 1920s about rockville, does anyone want them', 'The Rockville Historical Society takes donated family papers. Carry the boxes to them at 103 Montgomery Avenue, Rockville, MD 20850, on a Saturday.'), WITH_WAY),
  // ---- AH4 against: kin, the library's courier, a time
  c('AH4 against: "…take it to them at 14 Maple Drive, Easton, MD 21601 when you go for Thanksgiving …" (the patron\'s grandparents)', said('i made a family tree for my grandparents, where can i print it big? they live at 14 Maple Drive in Easton', 'Our Bayside branch prints posters up to 24x36 inches for $5 (details at chesapeakeshoreslib.example.org/print). Then take it to them at 14 Maple Drive, Easton, MD 21601 when you go for Thanksgiving, rolled in a tube so it stays flat.'), NONE),
  c('AH4 against: "Our courier will carry the boxes to them at 100 Community Place, Crownsville, MD 21032 on Monday." (the library does it)', said('can the library send the old board minutes to the state archives for me? i dropped them off yesterday', 'Yes, we have them. Our courier will carry the boxes to them at 100 Community Place, Crownsville, MD 21032 on Monday.'), NONE),
  c('AH4 against: "The nature center has its pond walk at 10, so take the kids to them at 10 sharp …" (a time, no address; the center still told to visit, no way)', said('anything fun for little kids this saturday morning?', 'The Bayside Nature Center has its pond walk at 10, so take the kids to them at 10 sharp with boots on.'), NO_WAY),
];

export const ah6: SessionCase[] = [
  // ---- AH6 for: places to visit listed after a colon
  c('AH6 for: "Three good places to visit: the Calvert Marine Museum, calvertmarine.example.org, the Annmarie Sculpture Garden, annmarie.example.org, and …"', said('we are going to solomons island for a weekend with kids, what should we see', 'Three good places to visit: the Calvert Marine Museum, calvertmarine.example.org, the Annmarie Sculpture Garden, annmarie.example.org, and the Drum Point Lighthouse, which the museum runs.'), WITH_WAY),
  c('AH6 for: "a couple of must-see stops: the B&O Railroad Museum and the Baltimore Streetcar Museum, both rlly close to each other" (chat-speak, no way)', said('my nephew is obsessed with trains, where should we go in baltimore', 'a couple of must-see stops: the B&O Railroad Museum and the Baltimore Streetcar Museum, both rlly close to each other'), NO_WAY),
  c('AH6 for: "Some great places to go: the Udvar-Hazy Center of the Air and Space Museum (airandspace.example.edu) and the College Park Aviation Museum, 1985 Corporal Frank Scott Drive, …"', said('my daughter wants to be a pilot, any places we can visit to see real planes?', 'Some great places to go: the Udvar-Hazy Center of the Air and Space Museum (airandspace.example.edu) and the College Park Aviation Museum, 1985 Corporal Frank Scott Drive, College Park, MD 20740.'), WITH_WAY),
  c('AH6 for: "Two worthwhile stops: the Harriet Tubman Underground Railroad Visitor Center, 4068 Golden Hill Road, …, and the Harriet Tubman Museum in downtown Cambridge." (one without a way)', said('i want to do a day trip about harriet tubman on the eastern shore', 'Two worthwhile stops: the Harriet Tubman Underground Railroad Visitor Center, 4068 Golden Hill Road, Church Creek, MD 21622, and the Harriet Tubman Museum in downtown Cambridge.'), NO_WAY),
  // ---- AH6 against: stops ridden, places that are no organisation, sources, a tour's stops
  c('AH6 against: "It\'s just three stops: ride the Light Rail south from Mount Royal to Camden Yards and walk across." (stops ridden)', said('how do i get to the orioles game from mount royal without driving?', 'It\'s just three stops: ride the Light Rail south from Mount Royal to Camden Yards and walk across. The schedule is at mta.example.gov/lightrail.'), NONE),
  c('AH6 against: "Two great places to go: the north end of Assateague Island for the ponies and the Ocean City boardwalk at sunset." (no organisation)', said('what should we do at the beach with my parents next week', 'Two great places to go: the north end of Assateague Island for the ponies and the Ocean City boardwalk at sunset. The pony guide on assateague.example.gov/ponies says to stay 40 feet away.'), NONE),
  c('AH6 against: "Two good places to look: the Maryland Manual On-Line at msa.example.gov/mdmanual and the county council\'s minutes at …" (sources)', said('who was on the howard county council in 1985?', 'Two good places to look: the Maryland Manual On-Line at msa.example.gov/mdmanual and the county council\'s minutes at howardcounty.example.gov/minutes.'), NONE),
  c('AH6 against: "The trolley tour makes four stops: Fort McHenry, the Inner Harbor, Fells Point and Mount Vernon, …" (a tour\'s stops)', said('is the baltimore trolley tour any good? does it go to the star spangled banner fort', 'Reviews in the Baltimore Sun travel section are good. The trolley tour makes four stops: Fort McHenry, the Inner Harbor, Fells Point and Mount Vernon, and you can hop off at any of them.'), NONE),
];

export const ah12: SessionCase[] = [
  // ---- AH12 for: Spanish writing by post to a party
  c('AH12 for: "…puede escribir por correo a la División de Registros Vitales, 6764-B Reisterstown Road, Baltimore, MD 21215, …"', es.said('necesito el acta de defunción de mi papá que murió en Baltimore', 'Se pide en línea o por correo. Si no usa internet, puede escribir por correo a la División de Registros Vitales, 6764-B Reisterstown Road, Baltimore, MD 21215, con copia de su identificación.'), WITH_WAY),
  c('AH12 for: "…mandar una solicitud por correo certificado al Servicio de Ciudadanía e Inmigración, P.O. Box 650288, Dallas, TX 75265-0288."', es.said('como pido una copia de mi expediente de inmigración?', 'Es con el formulario G-639. Puede hacerlo en línea o mandar una solicitud por correo certificado al Servicio de Ciudadanía e Inmigración, P.O. Box 650288, Dallas, TX 75265-0288.'), WITH_WAY),
  c('AH12 for: "tiene q escribirles por carta a los del consulado de españa, ellos guardan esos registros" (chat-speak, no way)', es.said('mi abuelo nacio en galicia, como consigo su partida de nacimiento', 'tiene q escribirles por carta a los del consulado de españa, ellos guardan esos registros'), NO_WAY),
  c('AH12 for: "Envíe su solicitud por correo al Archivo Nacional de Registros Militares, 1 Archives Drive, St. Louis, MO 63138, …" (another verb form)', es.said('como consigo los papeles del servicio militar de mi tío en Vietnam?', 'Con el formulario SF-180. Envíe su solicitud por correo al Archivo Nacional de Registros Militares, 1 Archives Drive, St. Louis, MO 63138, firmada por un familiar directo.'), WITH_WAY),
  // ---- AH12 against: the agency mails to the patron, kin, the library mails
  c('AH12 against: "…y después se la van a enviar por correo a su casa." (mailed to the patron)', es.said('pedí el acta de nacimiento de mi hija en línea, cuándo llega?', 'La Oficina de Registros Vitales procesa los pedidos en línea en unas tres semanas, según su página vitalrecords.example.gov/estado, y después se la van a enviar por correo a su casa.'), NONE),
  c('AH12 against: "…también puede escribir por correo a su tío en Guadalajara y pedirle una foto del acta." (kin)', es.said('necesito el acta de matrimonio de mis abuelos de México para la ciudadanía, mi tío la tiene', 'La guía de USCIS sobre documentos extranjeros está en uscis.example.gov/documentos. Si su tío la tiene, también puede escribir por correo a su tío en Guadalajara y pedirle una foto del acta.'), NONE),
  c('AH12 against: "La biblioteca le puede enviar por correo a su domicilio la tarjeta nueva …" (the library mails)', es.said('perdí mi tarjeta de la biblioteca, tengo que ir en persona?', 'No hace falta. La biblioteca le puede enviar por correo a su domicilio la tarjeta nueva; mientras tanto use el número de su cuenta en chesapeakeshoreslib.example.org/cuenta.'), NONE),
];

export const ah16: SessionCase[] = [
  // ---- AH16 for: "write to (or visit / stop by) it / them at" a street address, the party named before
  c('AH16 for: "The Maryland Center for History and Culture keeps the old church registers in its library; you can write to or visit it at 610 Park Avenue, Baltimore, MD 21201."', said('where would baptism records from a baltimore church that closed in 1950 be?', 'The Maryland Center for History and Culture keeps the old church registers in its library; you can write to or visit it at 610 Park Avenue, Baltimore, MD 21201.'), WITH_WAY),
  c('AH16 for: "the german genealogy society has those church books on film, u can write to or stop by them at 4300 Elm Street, Silver Spring MD 20910" (chat-speak)', said('my family came from a village in bavaria, where can i see the church books', 'the german genealogy society has those church books on film, u can write to or stop by them at 4300 Elm Street, Silver Spring MD 20910'), WITH_WAY),
  c('AH16 for: "The Archives of the Archdiocese of Baltimore hold the parish registers. You can write to them at 320 Cathedral Street, Baltimore, MD 21201." (party in the sentence before)', said('i need my great grandmother\'s marriage record from a catholic church in baltimore, 1912', 'The Archives of the Archdiocese of Baltimore hold the parish registers. You can write to them at 320 Cathedral Street, Baltimore, MD 21201.'), WITH_WAY),
  c('AH16 for: "Our Maryland Room keeps the yearbooks in its closed stacks; you can write to or visit it at 100 Harbor Street, Bayside, MD 21401." (the own library\'s department)', said('do you have the 1968 bayside high yearbook?', 'Yes. Our Maryland Room keeps the yearbooks in its closed stacks; you can write to or visit it at 100 Harbor Street, Bayside, MD 21401.'), WITH_WAY),
  // ---- AH16 against: kin, the provider's own letter, older readings kept
  c('AH16 against: "Your aunt and uncle keep the family papers in their attic; you could write to them at 22 Orchard Lane, Hagerstown, MD 21740 …" (kin)', said('my aunt and uncle in hagerstown have my grandpa\'s letters from the war, how do i preserve them', 'The Library of Congress guide at loc.example.gov/preservation/letters covers folders and boxes. Your aunt and uncle keep the family papers in their attic; you could write to them at 22 Orchard Lane, Hagerstown, MD 21740 and ask them to move the letters somewhere cooler.'), NONE),
  c('AH16 against: "…I will write to them at 610 Park Avenue on your behalf and pass on what they say by Friday." (the provider writes)', said('can you find out if the historical society has my family\'s bible records?', 'The Maryland Center for History and Culture holds many family Bible records. I will write to them at 610 Park Avenue on your behalf and pass on what they say by Friday.'), NONE),
  c('AH16 against: "DC Health Vital Records issues them; visit 899 North Capitol St NE, Washington, DC 20002 with your ID." (older X1 kept)', said('where do i get a copy of my birth certificate in dc', 'DC Health Vital Records issues them; visit 899 North Capitol St NE, Washington, DC 20002 with your ID.'), WITH_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH3 against: "Then text your brother (the one in Tucson) at 520-555-0133 and ask him for a photo of the DD-214." (the patron\'s kin)':
    'expected referral na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): RUBRIC Referral, the patron\'s brother is no agency, library, department, office or named specialist: no referral (and his number is given, so even read as one it would not fail) (older: v67 fail the same)',
  'AH4 against: "The nature center has its pond walk at 10, so take the kids to them at 10 sharp …" (a time, no address; the center still told to visit, no way)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patron is told to take the kids to the Bayside Nature Center\'s pond walk, a visit to an organisation outside the chat, with no way to reach it; AH4 rightly does not read a time as an address, but no older reading takes the visit either (older: v67 na the same)',
  'AH12 for: "…mandar una solicitud por correo certificado al Servicio de Ciudadanía e Inmigración, P.O. Box 650288, Dallas, TX 75265-0288."':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, writing by post to the immigration agency, with its postal address; AH12 reads "mandar una solicitud por correo certificado al", but "Servicio de Ciudadanía e Inmigración" is read as no party (with "a la Oficina de Ciudadanía e Inmigración" the case passes) (older: v67 na the same)',
  'AH16 against: "Your aunt and uncle keep the family papers in their attic; you could write to them at 22 Orchard Lane, Hagerstown, MD 21740 …" (kin)':
    'expected referral na, got pass ("the referral comes with a way to reach them"): RUBRIC Referral, the patron\'s aunt and uncle are no agency, library, department, office or named specialist: writing to them is no referral (older: v67 pass the same)',
};

describe('seventy-seventh round: block AH (AH3, AH4, AH6, AH12, AH16) checked blind, both ways, part ah2', () => {
  for (const [t, cs] of [['AH3', ah3], ['AH4', ah4], ['AH6', ah6], ['AH12', ah12], ['AH16', ah16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
