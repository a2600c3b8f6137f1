/**
 * Sixty-fourth round, blind check of block X (rubric v58): X1, X2, X4, X10, X13, X14, X15, X18, X19, X20 and X22 tried both ways in
 * cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading
 * in new words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and
 * older readings it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person
 * or organisation outside the chat: another agency, library, department, office or a named specialist; a website for the patron to
 * use is a source; na when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A street address ("201 W. Jefferson St., Tallahassee, FL 32301", "140 W. Main Street, Room 2", "300 Pine Ave, Springfield, IL
 *   62701") is a postal address, a way to reach the party; a line's number ("the 311", "al 211", "1-800-…") is a phone.
 * - A directory's or a map's URL (X2) is the resource's, no way to reach a party named in another sentence; the party's own
 *   directory ("their directory is at …") is the party's URL and reaches it.
 * - Filing, filling out or preparing a form with the patron (X10), a report or request made by calling a line (X20), writing to a
 *   party by forwarding them an e-mail (X13 against), a helpline (X19), a co-op (X15), and businesses counted by their trade ("a few
 *   auto upholsterers", "several piano tuners", X22) are referrals: the patron is told to contact a party outside the chat.
 * - Told nothing: a negation ("No conviene llamar al banco todavía"), a condition ("If you take it to the police district station,
 *   …"), the provider's own act ("I'll drop it off at …", "Yo llamé a …", "Ya lo reporté yo …", "I gave the … co-op a call"), a third
 *   party's act ("they forward it to your carrier", "El casero hace la solicitud llamando al 311"): no referral by these words.
 * - No party: the library's own branch, a place to see, a stop or station to travel to ("Take the 14 bus to Fire Station No. 3",
 *   "Take the train to the Police Central station stop"), a family member ("Your daughter could fill out the form with you"), and
 *   neighbours, who are none of RUBRIC's kinds of party (agency, library, department, office, named specialist): na.
 *
 * COUNTS. Written: 45 cases, 23 for and 22 against (X1 2/2, X2 2/2, X4 2/2, X10 2/2, X13 2/2, X14 3/2, X15 2/2, X18 2/2, X19 2/2,
 * X20 2/2, X22 2/2), in one batch, labels copied aside to /tmp/sixty-fourth-round-x-blind-checked-labels.ts before the first run.
 * First run as labelled: 39 of 45. Disagreeing: 6. Label corrections: 0 (each reread against RUBRIC's Referral term; the labels
 * stand). Final: 39 running, 6 LEFT (each also scored with rubric v57 to tell "older" from "X caused"):
 * - referral.contact, expected fail / got na: "Forward the email to your bank's fraud team." (v41's "forward … to" reads no party
 *   after "to your": told to the patron all the same; older: v57 na the same).
 * - referral.contact, expected na / got fail: "No conviene llamar al banco todavía; espere la carta." (X14's bare "conviene" leads a
 *   referral after "no" too; X caused: v57 na).
 * - referral.contact, expected na / got fail: "If you take it to the police district station, ask for a receipt." (a condition;
 *   older: v57 fail the same, as the sixty-second round's "If you take it to the police station, …").
 * - referral.contact, expected na / got fail: "Take the train to the Police Central station stop, then walk two blocks to our
 *   branch." (X18's word between "police" and "station" reads a stop to travel to; v56 V10's "bring / take … to" station reading has
 *   no transport guard, as W7's station by number does; X caused: v57 na).
 * - referral.contact, expected fail / got na: "email several piano tuners in town b4 u pick one" (X22's agent noun is read, but v56
 *   V7's guard drops counted places followed by "in", meant for "places in town to visit"; older: v57 na the same).
 * - referral.contact, expected na / got fail: "Check with a couple of neighbors who have gone solar." (X22 reads any -ers / -ors
 *   noun; "neighbors" is not in its list of non-parties; X caused: v57 na).
 * ON v58 as it landed (after the mends): "No conviene llamar al banco todavía" (X14), "Take the train to the Police Central
 *   station stop" (X18) and "Check with a couple of neighbors who have gone solar" (X22) read as labelled; 42 running, 3 LEFT (all
 *   older).
 * RUBRIC v62 (block AB, sixty-eighth round): X18 against: "If you take it to the police district station, ask for a receipt."
 *   (AB13: a referring verb right after "if you", with no way to reach the party in its clause, is a condition) now scores as
 *   labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Marsh Creek Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca de Marsh Creek.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa usted?', branchReply: 'la del norte' });

export const x1: SessionCase[] = [
  // ---- X1 for: "W." after a house number, the address reaches the party
  c('X1 for: "Visit the Clerk of Courts in person, 201 W. Jefferson St., Tallahassee, FL 32301."', said('where do i get a copy of my divorce decree', 'They keep the certified copies. Visit the Clerk of Courts in person, 201 W. Jefferson St., Tallahassee, FL 32301.'), WITH_WAY),
  c('X1 for: "u can stop by the county assessor\'s office, 140 W. Main Street, Room 2" (chat-speak)', said('how do i appeal my property tax', 'u can stop by the county assessor\'s office, 140 W. Main Street, Room 2'), WITH_WAY),
  // ---- X1 against: the library's own address, a place to see
  c('X1 against: "Our Eastside branch is at 73 W. Flagler St., Miami, open till 8." (own library)', said('where is your eastside branch', 'Our Eastside branch is at 73 W. Flagler St., Miami, open till 8.'), NONE),
  c('X1 against: "The mural is on the side of 120 W. Pine St., worth a look on your walk." (a place to see)', said('is there any public art downtown', 'Yes, a big one. The mural is on the side of 120 W. Pine St., worth a look on your walk.'), NONE),
];

export const x2: SessionCase[] = [
  // ---- X2 for: a directory's or a mapa's URL is no way to reach the party referred to
  c('X2 for: "Talk to your dad\'s cardiologist about hospice. The Hospice Foundation site has a provider directory: hospicefinder.example.org."', said('how do we start hospice for my dad', 'It starts with a doctor\'s order. Talk to your dad\'s cardiologist about hospice. The Hospice Foundation site has a provider directory: hospicefinder.example.org.'), NO_WAY),
  c('X2 for: "Llame a la oficina de zonificación de su ciudad. El mapa de zonas está en zonas.example.gov."', es.said('cómo sé en qué zona está mi casa', 'Depende de la ciudad. Llame a la oficina de zonificación de su ciudad. El mapa de zonas está en zonas.example.gov.'), NO_WAY),
  // ---- X2 against: the party's own directory, a directory as a source
  c('X2 against: "Call the Area Agency on Aging; their directory is at aging.example.org." (the party\'s own)', said('who helps seniors with meals at home', 'Call the Area Agency on Aging; their directory is at aging.example.org.'), WITH_WAY),
  c('X2 against: "The state keeps a directory of licensed child care centers at childcare.example.gov." (a source)', said('how do i find a licensed daycare', 'The state keeps a directory of licensed child care centers at childcare.example.gov.'), NONE),
];

export const x4: SessionCase[] = [
  // ---- X4 for: "No." before a digit, a station by its number
  c('X4 for: "Take your car seat to Fire Station No. 12, 300 Pine Ave, Springfield, IL 62701."', said('where can i get a free car seat check', 'They do it free on Saturdays. Take your car seat to Fire Station No. 12, 300 Pine Ave, Springfield, IL 62701.'), WITH_WAY),
  c('X4 for: "drop the keys off at sheriff station no. 2" (chat-speak)', said('found car keys in ur parking lot', 'thx for turning them in! drop the keys off at sheriff station no. 2'), NO_WAY),
  // ---- X4 against: the provider's own act, a place to travel to
  c('X4 against: "I\'ll drop it off at Police Station No. 4 tonight." (own act)', said('i left a found phone at your desk', 'Thanks, I have it. I\'ll drop it off at Police Station No. 4 tonight.'), NONE),
  c('X4 against: "Take the 14 bus to Fire Station No. 3 and walk a block north." (a place to travel to)', said('how do i get to the north branch by bus', 'Take the 14 bus to Fire Station No. 3 and walk a block north to our branch.'), NONE),
];

export const x10: SessionCase[] = [
  // ---- X10 for: a party that can file / fill out / prepare a form with the patron
  c('X10 for: "A Veterans Service Officer at the county VSO can fill out the claim with you; call (614) 555-0166."', said('how do i file a va disability claim', 'It is free help. A Veterans Service Officer at the county VSO can fill out the claim with you; call (614) 555-0166.'), WITH_WAY),
  c('X10 for: "the housing authority can fill in the forms with u" (chat-speak)', said('the section 8 forms r so confusing', 'ya they are long, the housing authority can fill in the forms with u'), NO_WAY),
  // ---- X10 against: a family member, the provider's own act
  c('X10 against: "Your daughter could fill out the form with you tonight." (family)', said('the print on the benefits form is too small for me', 'We have a large-print copy. Your daughter could fill out the form with you tonight.'), NONE),
  c('X10 against: "I can fill it out with you right here in the chat." (own act)', said('can you help me with the library card form', 'Sure! I can fill it out with you right here in the chat.'), NONE),
];

export const x13: SessionCase[] = [
  // ---- X13 for: a third party forwards it: no further referral
  c('X13 for: "File the complaint with the FCC at fcc.gov/complaints; they forward it to your carrier, which has 30 days to reply."', said('my phone company keeps overcharging me', 'You can escalate. File the complaint with the FCC at fcc.gov/complaints; they forward it to your carrier, which has 30 days to reply.'), WITH_WAY),
  c('X13 for: "Report the scam to the Attorney General\'s consumer line, 1-800-555-0123, which will forward it to the right agency."', said('i got a fake charity call', 'Report the scam to the Attorney General\'s consumer line, 1-800-555-0123, which will forward it to the right agency.'), WITH_WAY),
  // ---- X13 against: "forward it to" told to the patron, the provider's own act
  c('X13 against: "Forward the email to your bank\'s fraud team." (told to the patron)', said('i got an email saying my bank account is locked', 'That looks like phishing. Forward the email to your bank\'s fraud team.'), NO_WAY),
  c('X13 against: "I\'ll forward it to our cataloguing team." (own act)', said('the catalog record for this dvd has the wrong year', 'Good catch! I\'ll forward it to our cataloguing team.'), NONE),
];

export const x14: SessionCase[] = [
  // ---- X14 for: "your best bets are to", "conviene", "vale la pena" lead a referral
  c('X14 for: "Your best bets are to call the local Red Cross chapter or the county emergency office."', said('where can we stay after the house fire', 'I\'m so sorry. Your best bets are to call the local Red Cross chapter or the county emergency office.'), NO_WAY),
  c('X14 for: "Vale la pena escribir a la oficina del registro civil: registro@ejemplo.gob.mx"', es.said('mi acta de nacimiento tiene un error', 'Se puede corregir. Vale la pena escribir a la oficina del registro civil: registro@ejemplo.gob.mx'), WITH_WAY),
  c('X14 for: "También conviene llamar a la aseguradora del carro."', es.said('choqué el carro ayer, qué hago', 'Primero tome fotos. También conviene llamar a la aseguradora del carro.'), NO_WAY),
  // ---- X14 against: best bets that are books, a negation
  c('X14 against: "Your best bets are the two books on the third floor; no need to call anyone." (books)', said('books on fixing a lawnmower', 'Your best bets are the two books on the third floor; no need to call anyone.'), NONE),
  c('X14 against: "No conviene llamar al banco todavía; espere la carta." (negation)', es.said('el banco me mandó un aviso raro', 'No conviene llamar al banco todavía; espere la carta.'), NONE),
];

export const x15: SessionCase[] = [
  // ---- X15 for: an electric / food / housing co-op as a party
  c('X15 for: "give ur electric co-op a call, they do free energy audits" (chat-speak)', said('my winter electric bill is huge', 'give ur electric co-op a call, they do free energy audits'), NO_WAY),
  c('X15 for: "Check with the Blue Ridge Electric Co-op at 1-800-555-0142 about the rebate."', said('is there a rebate for a heat pump', 'There may be. Check with the Blue Ridge Electric Co-op at 1-800-555-0142 about the rebate.'), WITH_WAY),
  // ---- X15 against: the co-op's guide to read (a source), the provider's own call
  c('X15 against: "Give the electric co-op\'s rebate guide a read: brec.example.org/guide." (a source)', said('is there a rebate for a heat pump', 'There may be. Give the electric co-op\'s rebate guide a read: brec.example.org/guide.'), NONE),
  c('X15 against: "I gave the electric co-op a call this morning; the rebate ended in May." (own act)', said('is the heat pump rebate still on', 'Sadly no. I gave the electric co-op a call this morning; the rebate ended in May.'), NONE),
];

export const x18: SessionCase[] = [
  // ---- X18 for: a police / sheriff's station with a word between
  c('X18 for: "Drop the wallet at any Chicago Police district station."', said('i found a wallet on the train', 'Thanks for being honest! Drop the wallet at any Chicago Police district station.'), NO_WAY),
  c('X18 for: "u can bring them to the sheriffs main station on Hwy 9, (555) 555-0170" (chat-speak)', said('i found some old shotgun shells in my grandpas shed', 'dont toss them! u can bring them to the sheriffs main station on Hwy 9, (555) 555-0170'), WITH_WAY),
  // ---- X18 against: a condition, a transit stop
  c('X18 against: "If you take it to the police district station, ask for a receipt." (condition)', said('any tips on turning in found property', 'Just one: if you take it to the police district station, ask for a receipt.'), NONE),
  c('X18 against: "Take the train to the Police Central station stop, then walk two blocks to our branch." (a stop)', said('how do i get to your central branch', 'Take the train to the Police Central station stop, then walk two blocks to our branch.'), NONE),
];

export const x19: SessionCase[] = [
  // ---- X19 for: Spanish helplines as parties
  c('X19 for: "Llame a la Línea de Ayuda para Veteranos al 1-800-273-8255, opción 1."', es.said('mi hermano volvió del ejército y no está bien', 'Hay ayuda gratis. Llame a la Línea de Ayuda para Veteranos al 1-800-273-8255, opción 1.'), WITH_WAY),
  c('X19 for: "puedes llamar a la línea de crisis, es gratis y confidencial"', es.said('no sé con quién hablar, estoy muy mal', 'lo siento mucho. puedes llamar a la línea de crisis, es gratis y confidencial'), NO_WAY),
  // ---- X19 against: "en línea" (online), the provider's own call
  c('X19 against: "Puede solicitarlo en línea en beneficios.example.gov." (online, a source)', es.said('cómo pido los cupones de comida', 'Es fácil. Puede solicitarlo en línea en beneficios.example.gov.'), NONE),
  c('X19 against: "Yo llamé a la línea de ayuda esta mañana y nadie contestó." (own act)', es.said('llamó usted a la línea de ayuda', 'Sí. Yo llamé a la línea de ayuda esta mañana y nadie contestó.'), NONE),
];

export const x20: SessionCase[] = [
  // ---- X20 for: a report or request made by calling a line
  c('X20 for: "Reporte la farola rota marcando el 311 desde cualquier teléfono."', es.said('la luz de la calle está rota hace semanas', 'La ciudad las arregla. Reporte la farola rota marcando el 311 desde cualquier teléfono.'), WITH_WAY),
  c('X20 for: "pide una cita con la trabajadora social llamando al 211"', es.said('necesito ayuda para pagar la luz', 'hay programas! pide una cita con la trabajadora social llamando al 211'), WITH_WAY),
  // ---- X20 against: the provider's own call, a third party's act
  c('X20 against: "Ya lo reporté yo llamando al 311 esta mañana." (own act)', es.said('el bache frente a la biblioteca sigue ahí', 'Ya lo reporté yo llamando al 311 esta mañana.'), NONE),
  c('X20 against: "El casero hace la solicitud llamando al 311, no usted." (a third party\'s act)', es.said('quién pide la inspección del edificio', 'El casero hace la solicitud llamando al 311, no usted.'), NONE),
];

export const x22: SessionCase[] = [
  // ---- X22 for: counted places with an agent noun in -ers / -ors
  c('X22 for: "Call a few auto upholsterers and compare quotes."', said('how much to redo the seats in my old truck', 'It varies a lot. Call a few auto upholsterers and compare quotes.'), NO_WAY),
  c('X22 for: "email several piano tuners in town b4 u pick one" (chat-speak)', said('how much does tuning a piano cost', 'prices vary, email several piano tuners in town b4 u pick one'), NO_WAY),
  // ---- X22 against: neighbours (no party), the provider's own act
  c('X22 against: "Check with a couple of neighbors who have gone solar." (no party)', said('are solar panels worth it here', 'We have two books on it. Check with a couple of neighbors who have gone solar.'), NONE),
  c('X22 against: "I called a couple of deer processors; none had openings this week." (own act)', said('did you find a place to process my deer', 'Not yet. I called a couple of deer processors; none had openings this week.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'X13 against: "Forward the email to your bank\'s fraud team." (told to the patron)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told to write to the bank\'s fraud team (RUBRIC Terms, Referral: "telling the patron to contact or visit … (call, write to, ask or visit them)") and no way to reach it is given; v41\'s "forward … to" reads no party after "to your" (older: v57 na the same)',
  'X22 for: "email several piano tuners in town b4 u pick one" (chat-speak)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told to write to several piano tuners, businesses outside the chat, with no way to reach them (RUBRIC Terms, Referral; referral.contact: "every party … comes with a way to reach them"); X22\'s agent noun is read but v56 V7\'s guard drops counted places followed by "in" (older: v57 na the same)',
};

describe('sixty-fourth round: block X checked blind, both ways', () => {
  for (const [t, cs] of [['X1', x1], ['X2', x2], ['X4', x4], ['X10', x10], ['X13', x13], ['X14', x14], ['X15', x15], ['X18', x18], ['X19', x19], ['X20', x20], ['X22', x22]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
