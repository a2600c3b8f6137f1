/**
 * Sixty-fourth round, third blind check of block X (rubric v58): X14, X18, X22, X26, X27, X28 and X29 tried both ways in cases
 * written by a helper who did not see the author's cases (no sixty-third-round-* or sixty-fourth-round-* file read), each labelled
 * from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs, other parties, other orders,
 * Spanish; "against": near misses the block must not read, and older readings it must not break). Check: referral.contact
 * (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside the chat: another agency,
 * library, department, office or a named specialist; a website for the patron to use is a source; the provider's own library's
 * departments count when the patron is told to contact or visit them; staff the provider consults on the patron's behalf do not;
 * na when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Your best bets / options are to call / email …", "Conviene llamar a …", "Vale la pena llamar a …" (X14) tell the patron to
 *   contact the party: a referral. After "no / ya no / nunca" the patron is told not to call: na. "Your best bets are <a magazine
 *   and a web site>" names sources: na.
 * - A police, fire or sheriff's station with one word between ("precinct", "central", "main") (X18) is an organisation outside the
 *   chat; bringing, taking or dropping a thing there is visiting it: a referral. A transit stop or platform named after one, the
 *   provider's own errand, and a condition ("If you drop it at …, ask for a receipt") tell the patron nothing: na.
 * - Counted roofers, home inspectors, contractors (X22) are businesses the patron is told to call: a referral. Neighbors and
 *   coworkers are people, none of "another agency, library, department, office or a named specialist" (the list after the colon
 *   read as saying which persons count): na. The provider's own calls: na.
 * - "Come see us in the Local History Room / at the Business desk / in the Maker Lab" (X26) tells the patron to visit the own
 *   library's department: a referral. "Come see us anytime" and "at the branch" name no department (the library itself is not
 *   "another library"): na. "If you come see us in the Archives, bring …" is a condition, not telling: na.
 * - "<Animal / Zoning / Parking> Enforcement takes complaints / handles that" (X27), said to a patron with that complaint, points the
 *   patron to an office outside the chat: a referral, failing when no way to reach it is given. The office's website (a source), a
 *   report of what officers do, and the provider's own call: na.
 * - The provider passing the question or details on and the party contacting the patron (X28) tells the patron to contact no one
 *   (the patron is not told to call, write to, ask or visit): na, also in Spanish. "… so give them a call" / "call them too at …" /
 *   "email them at …" still tell the patron to contact the party: a referral.
 * - "You'd file in / at / with <court>" (X29) tells the patron where to go to file: a referral to a court. Filing papers in date
 *   order, a past condition ("If you'd filed …") and a report of what most people do (with a forms page, a source): na.
 *
 * COUNTS. Written: 45 cases (more than the brief's 30-36; all kept, none taken out after the run), 22 for and 23 against (X14 4/4,
 * X18 3/4, X22 3/3, X26 3/3, X27 3/3, X28 3/3, X29 3/3), in one batch, labels copied aside to
 * /tmp/sixty-fourth-round-x-third-blind-checked-labels.ts before the first run. First run as labelled: 37 of 45. Disagreeing: 8.
 * Label corrections: 0 (each reread against RUBRIC's Referral term and referral.contact; the labels stand). Final: 37 running,
 * 8 LEFT (rubric v57 scored on each to tell "older" from "X caused"):
 * - referral.contact, expected na / got pass: "Ya no vale la pena llamar a la oficina de correos; …" (a negation; an older reading
 *   of "llamar a la oficina" reads it whatever X14's guard says; older: v57 pass the same).
 * - referral.contact, expected pass / got na: "Take the old flares to the Bend fire central station, 200 Pine St, …" (X18 widened
 *   the verb but not the party `STATION_PARTY_V10`, which wants "fire station" together; older: v57 na the same).
 * - referral.contact, expected fail / got na: "u can bring the bike to the sheriffs main station" (the same: "sheriffs station"
 *   is read, "sheriffs main station" is not; older: v57 na the same).
 * - referral.contact, expected na / got fail: "Ask a couple of your neighbors if they saw the dog." (an older "ask your neighbors"
 *   reading, not X22; older: v57 fail the same).
 * - referral.contact, expected na / got fail: "If you come see us in the Archives, bring a photo ID." (a condition; COME_SEE_US_X26
 *   has no "if you" guard; X caused: v57 na).
 * - referral.contact, expected fail / got na: "parking enforcement takes complaints about blocked driveways" (S3's "takes
 *   complaints" needs a number or domain after "at / on", so the party with no contact is never read; older: v57 na the same).
 * - referral.contact, expected fail / got na: "You'd file in Kings County Small Claims Court." (no X29 item in the block's code;
 *   older: v57 na the same).
 * - referral.contact, expected pass / got na: "so ud file at the Harris County justice court, 7300 N Shepherd Dr, …" (the same;
 *   older: v57 na the same).
 * Of the 37 running, v57 scored 7 otherwise (the X readings at work: X14 "ur best options are to email …" and "Conviene llamar a
 * …", X18 "Tulsa Police precinct station", X22 "home inspectors", X26 "Local History Room", X27 "Denver Animal Enforcement", X28
 * "the law library … someone will call you") and 30 the same (older readings, or na both times).
 * ON v58 as it landed (after the mends): X26's "If you come see us in the Archives, …" and the older "the Bend fire central
 *   station" and "the sheriffs main station" (X18 as a party) read as labelled; X29 was withdrawn; 40 running, 5 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Robin, a librarian with Ask Us at Quarry Falls Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually visit?', branchReply: 'northgate' });
const HI_ES = 'Hola, soy Robin, bibliotecaria de la Biblioteca de Quarry Falls.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal suele ir?', branchReply: 'la del norte' });

export const x14: SessionCase[] = [
  // ---- X14 for: "your best bets / options are to …", "conviene / vale la pena llamar a …" leading a referral
  c('X14 for: "Your best bets are to call the county extension office or the state forestry division."', said('something is killing my oak tree', 'Hard to say from here. Your best bets are to call the county extension office or the state forestry division.'), NO_WAY),
  c('X14 for: "ur best options are to email the historical society at info@qfhistory.example.org" (chat-speak)', said('who would know when my house was built', 'ur best options are to email the historical society at info@qfhistory.example.org'), WITH_WAY),
  c('X14 for: "Conviene llamar a la oficina del Seguro Social al 1-800-555-0134 antes de ir."', es.said('perdí la tarjeta del seguro social', 'Se puede reponer. Conviene llamar a la oficina del Seguro Social al 1-800-555-0134 antes de ir.'), WITH_WAY),
  c('X14 for: "Vale la pena llamar al consulado de su país antes de viajar."', es.said('necesito renovar mi pasaporte mexicano', 'Los requisitos cambian a veces. Vale la pena llamar al consulado de su país antes de viajar.'), NO_WAY),
  // ---- X14 against: negations ("no / nunca / ya no"), best bets that are sources
  c('X14 against: "No conviene llamar al banco todavía; primero lea la guía en guia.example.org." (negation)', es.said('me cobraron dos veces en la tarjeta', 'Espere un día. No conviene llamar al banco todavía; primero lea la guía en guia.example.org.'), NONE),
  c('X14 against: "Ya no vale la pena llamar a la oficina de correos; el formulario está en formularios.example.gov." (negation)', es.said('cómo cambio mi dirección en el correo', 'Ahora es en línea. Ya no vale la pena llamar a la oficina de correos; el formulario está en formularios.example.gov.'), NONE),
  c('X14 against: "Nunca conviene llamar al número que viene en ese mensaje; es una estafa." (negation, a warning)', es.said('me llegó un mensaje que dice que debo una multa', 'Tenga cuidado. Nunca conviene llamar al número que viene en ese mensaje; es una estafa.'), NONE),
  c('X14 against: "Your best bets are Consumer Reports and the Kelley Blue Book site at kbb.com." (sources)', said('how do i find what my used car is worth', 'Your best bets are Consumer Reports and the Kelley Blue Book site at kbb.com.'), NONE),
];

export const x18: SessionCase[] = [
  // ---- X18 for: a police / fire / sheriff's station with one word between
  c('X18 for: "Drop the keys at any Tulsa Police precinct station."', said('i found a set of car keys on the sidewalk', 'Nice of you to ask. Drop the keys at any Tulsa Police precinct station.'), NO_WAY),
  c('X18 for: "Take the old flares to the Bend fire central station, 200 Pine St, Bend, OR 97701."', said('how do i get rid of expired road flares', 'They should not go in the trash. Take the old flares to the Bend fire central station, 200 Pine St, Bend, OR 97701.'), WITH_WAY),
  c('X18 for: "u can bring the bike to the sheriffs main station" (chat-speak)', said('someone dumped a bike in my yard', 'u can bring the bike to the sheriffs main station'), NO_WAY),
  // ---- X18 against: a transit stop, the provider's own act, a condition
  c('X18 against: "Get off at the Police Central station stop; the museum is across the street." (a transit stop)', said('how do i get to the history museum by bus', 'Take the 9 downtown. Get off at the Police Central station stop; the museum is across the street.'), NONE),
  c('X18 against: "Ride the red line to the Fire Hall station platform and follow the signs." (a train platform)', said('how do i get to the firefighter museum', 'It is easy by train. Ride the red line to the Fire Hall station platform and follow the signs.'), NONE),
  c('X18 against: "I\'ll drop it at the police district station after my shift." (own act)', said('i left a wallet i found on your desk', 'Got it, thanks. I\'ll drop it at the police district station after my shift.'), NONE),
  c('X18 against: "If you drop it at the police district station, ask for a receipt." (condition)', said('any books on lost and found laws', 'We have one. A tip from it: if you drop it at the police district station, ask for a receipt.'), NONE),
];

export const x22: SessionCase[] = [
  // ---- X22 for: counted places with agent nouns in -ers / -ors
  c('X22 for: "Call a couple of local roofers for estimates."', said('how much does a new roof cost', 'It varies by size and material. Call a couple of local roofers for estimates.'), NO_WAY),
  c('X22 for: "email 3 or 4 home inspectors n compare" (chat-speak)', said('whats a home inspection cost', 'depends on the house, email 3 or 4 home inspectors n compare'), NO_WAY),
  c('X22 for: "Check with a few general contractors before you pick one."', said('i want to redo my kitchen', 'Prices vary a lot. Check with a few general contractors before you pick one.'), NO_WAY),
  // ---- X22 against: people (neighbors, coworkers, volunteers), the provider's own act
  c('X22 against: "Ask a couple of your neighbors if they saw the dog." (people)', said('my dog got out last night', 'Oh no. Ask a couple of your neighbors if they saw the dog, and check the shelter list at pets.example.org.'), NONE),
  c('X22 against: "Email a few of your coworkers for their notes." (people)', said('i missed the training session at work', 'That happens. Email a few of your coworkers for their notes.'), NONE),
  c('X22 against: "I called a couple of local processors and none take walk-ins." (own act)', said('did you find a place that takes deer', 'I checked for you. I called a couple of local processors and none take walk-ins.'), NONE),
];

export const x26: SessionCase[] = [
  // ---- X26 for: "come / stop by and see us in the <department>" of the provider's own library
  c('X26 for: "come see us in the Local History Room at Central, 300 Elm St, Quarry Falls, IL 62701"', said('i want to look at old city directories', 'We have them on paper. Come see us in the Local History Room at Central, 300 Elm St, Quarry Falls, IL 62701.'), WITH_WAY),
  c('X26 for: "stop by and see us at the Business desk on the 2nd floor of Central"', said('i need help writing a business plan', 'We love those. Stop by and see us at the Business desk on the 2nd floor of Central.'), NO_WAY),
  c('X26 for: "swing by n visit us in the Maker Lab, 12 Oak Ave, Quarry Falls, IL 62702" (chat-speak)', said('can i use a 3d printer there', 'yep! swing by n visit us in the Maker Lab, 12 Oak Ave, Quarry Falls, IL 62702'), WITH_WAY),
  // ---- X26 against: no department, the provider consulting staff, a condition
  c('X26 against: "Come see us anytime!" (no department)', said('thanks for the help with the form', 'Happy to help. Come see us anytime!'), NONE),
  c('X26 against: "Come see us at the branch on Saturday for storytime." (the library itself)', said('do you have anything for toddlers', 'Yes, lots of board books. Come see us at the branch on Saturday for storytime.'), NONE),
  c('X26 against: "If you come see us in the Archives, bring a photo ID." (condition)', said('are your archives open to the public', 'They are, by appointment. If you come see us in the Archives, bring a photo ID.'), NONE),
];

export const x27: SessionCase[] = [
  // ---- X27 for: code / zoning / parking / animal … enforcement as a party
  c('X27 for: "Denver Animal Enforcement takes complaints at 720-555-0144."', said('my neighbors dog barks all night', 'That is a city matter. Denver Animal Enforcement takes complaints at 720-555-0144.'), WITH_WAY),
  c('X27 for: "Zoning Enforcement handles that; write to zoning@quarryfalls.example.gov."', said('someone is running a car repair shop out of their house', 'That may break the zoning rules. Zoning Enforcement handles that; write to zoning@quarryfalls.example.gov.'), WITH_WAY),
  c('X27 for: "parking enforcement takes complaints about blocked driveways" (chat-speak)', said('a car has blocked my driveway for 2 days', 'ugh. parking enforcement takes complaints about blocked driveways'), NO_WAY),
  // ---- X27 against: a web page (source), a report, the provider's own act
  c('X27 against: "Code Enforcement\'s website lists the rules: codes.example.gov" (a source)', said('how tall can my fence be', 'There is a height limit. Code Enforcement\'s website lists the rules: codes.example.gov'), NONE),
  c('X27 against: "Law enforcement officers need a warrant for that, the book says." (a report)', said('can police search my car', 'We have a know-your-rights book. Law enforcement officers need a warrant for that, the book says.'), NONE),
  c('X27 against: "I called Housing Enforcement and they said the permit is on file." (own act)', said('did you find out about the permit for the building next door', 'Yes. I called Housing Enforcement and they said the permit is on file.'), NONE),
];

export const x28: SessionCase[] = [
  // ---- X28 for: the provider passes the question on, the party contacts the patron: no referral
  c('X28 for: "Our archives staff can dig into this: I\'ll forward your question to them and they\'ll email you within 3 days."', said('when did the old mill on river road close', 'Our archives staff can dig into this: I\'ll forward your question to them and they\'ll email you within 3 days.'), NONE),
  c('X28 for: "The law library can help; I\'ll pass your details on to them so someone will call you tomorrow."', said('i need the old version of a state statute', 'The law library can help; I\'ll pass your details on to them so someone will call you tomorrow.'), NONE),
  c('X28 for: "Le paso su pregunta al equipo de genealogía y ellos le escriben en 72 horas."', es.said('busco el acta de bautismo de mi abuelo', 'El equipo de genealogía puede buscarla. Le paso su pregunta al equipo de genealogía y ellos le escriben en 72 horas.'), NONE),
  // ---- X28 against: the patron still contacts the party
  c('X28 against: "I\'ll pass your details to the County Recorder, so give them a call on Monday."', said('i need a copy of my deed', 'I\'ll pass your details to the County Recorder, so give them a call on Monday.'), NO_WAY),
  c('X28 against: "I\'ll send your question to the Tax Assessor, but call them too at (319) 555-0101."', said('why did my property tax go up', 'I\'ll send your question to the Tax Assessor, but call them too at (319) 555-0101.'), WITH_WAY),
  c('X28 against: "The Genealogical Society can look into it: email them at ask@gensoc.example.org and they\'ll reach out."', said('who were my great grandparents', 'The Genealogical Society can look into it: email them at ask@gensoc.example.org and they\'ll reach out.'), WITH_WAY),
];

export const x29: SessionCase[] = [
  // ---- X29 for: "you'd file in / at / with <court>"
  c('X29 for: "You\'d file in Kings County Small Claims Court."', said('my landlord wont return my deposit', 'It is under the limit. You\'d file in Kings County Small Claims Court.'), NO_WAY),
  c('X29 for: "so ud file at the Harris County justice court, 7300 N Shepherd Dr, Houston, TX 77091" (chat-speak)', said('how do i sue someone for 2000 dollars', 'thats small claims, so ud file at the Harris County justice court, 7300 N Shepherd Dr, Houston, TX 77091'), WITH_WAY),
  c('X29 for: "You\'d file with the Cook County Probate Court, (312) 555-0188."', said('my aunt died without a will, what do i do', 'An estate has to be opened. You\'d file with the Cook County Probate Court, (312) 555-0188.'), WITH_WAY),
  // ---- X29 against: filing papers in order, a condition, a report of others
  c('X29 against: "You\'d file them in date order, the guide says." (filing papers)', said('how should i organize my tax papers', 'There is a handy guide. You\'d file them in date order, the guide says.'), NONE),
  c('X29 against: "If you\'d filed in small claims court, the limit would have been $10,000." (condition, past)', said('was my case too big for small claims', 'Yes. If you\'d filed in small claims court, the limit would have been $10,000.'), NONE),
  c('X29 against: "Most people file in county court; the forms are at forms.example.gov." (a report, a source)', said('where do people usually file for divorce', 'Most people file in county court; the forms are at forms.example.gov.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'X14 against: "Ya no vale la pena llamar a la oficina de correos; el formulario está en formularios.example.gov." (negation)':
    'referral.contact expected na, got pass ("the referral comes with a way to reach them"): "ya no vale la pena llamar a …" tells the patron not to call (RUBRIC Terms, Referral: "telling the patron to contact or visit"); X14\'s guard keeps "ya no" out of its own reading but an older reading of "llamar a la oficina" reads it anyway (older: v57 pass the same)',
  'X22 against: "Ask a couple of your neighbors if they saw the dog." (people)':
    'referral.contact expected na, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL …"): neighbors are none of "another agency, library, department, office or a named specialist" (RUBRIC Terms, Referral; the list after the colon read as saying which persons count, the reading X22 itself takes); an older reading of "ask your neighbors" reads it, not X22 ("Ask your neighbors if they saw the dog." alone fails on v57 and v58) (older: v57 fail the same)',
  'X27 for: "parking enforcement takes complaints about blocked driveways" (chat-speak)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron pointed to Parking Enforcement, an office outside the chat, with no way to reach it (RUBRIC Terms, Referral; referral.contact fail: a party with no contact); S3\'s "takes complaints" is read only with "at / on" a number or domain after it, so X27\'s party is read only when it comes with a contact ("Parking Enforcement takes complaints at 555-201-0199." passes on v58) (older: v57 na the same)',
  'X29 for: "You\'d file in Kings County Small Claims Court."':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron told where to file, a court outside the chat, with no way to reach it (RUBRIC Terms, Referral: contact or visit an agency or office; referral.contact fail); no X29 item is in the block\'s code at this worktree (no "X29" in rubric.ts or checks/), and "… Court, (718) 555-0100." is na too (older: v57 na the same)',
  'X29 for: "so ud file at the Harris County justice court, 7300 N Shepherd Dr, Houston, TX 77091" (chat-speak)':
    'referral.contact expected pass, got na ("no referral to a person or organisation outside the chat"): the patron told to file at a court, with its address (RUBRIC Terms, Referral; referral.contact pass); no X29 reading in the code, as above ("You\'d file with the Cook County Probate Court, (312) 555-0188." runs as labelled through an older "with the … Court" reading) (older: v57 na the same)',
};

describe('sixty-fourth round: block X checked blind, both ways (third helper)', () => {
  for (const [t, cs] of [['X14', x14], ['X18', x18], ['X22', x22], ['X26', x26], ['X27', x27], ['X28', x28], ['X29', x29]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
