/**
 * Sixty-sixth round, second blind check of block Z (rubric v60): Z4 and Z5 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside
 * the chat; a website for the patron to use is a source; staff the provider consults on the patron's behalf are no referral; na
 * when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Z4: a clause that opens on the patron's wish to talk to someone ("If you'd like to talk to someone, …", "If you need to speak
 *   with your landlord, …") tells the patron to contact no one: it is a condition. The party is the one the main clause tells the
 *   patron to call, e-mail, text or phone ("you can (also / always) …", "please …", "just …", "feel free to …", or a bare
 *   imperative); the referral passes when that party comes with a way to reach it, and fails when it does not, or when a second
 *   real party in the same sentence has none. The library's own "or email us at …" is the chat service's way back, not a way to
 *   reach the other party. "I can call … for you" is the provider's own act (staff consulted on the patron's behalf): na.
 * - Z5: a Spanish "línea nacional / estatal / gratuita / directa / confidencial / local / regional" that the patron is told to call,
 *   write to or contact is a party (a helpline or hotline); with a number, e-mail or URL it passes, without one it fails. "La
 *   línea local del metro" (a transit line), a line drawn on a map, a condition ("Si llama a …"), the provider's own call and a
 *   report of what a line does tell the patron to contact no one: na.
 *
 * COUNTS. Written: 26 cases, 13 for and 13 against (Z4 7/5, Z5 6/8), in two batches, each labelled before it ran: 24 cases copied
 * aside to /tmp/wt-zb2-labels.ts before the first run, then 2 more Z5 near misses with a verb or a number (the first batch's transit
 * line had no referring verb, so it did not put Z5's party word to the test), copied aside to /tmp/wt-zb2-labels-batch2.ts before
 * they ran. First run as labelled: 23 of 24; second batch 1 of 2. Disagreeing: 2. Label corrections: 0 (each reread against RUBRIC's
 * Referral term; the labels stand). Final: 24 running, 2 LEFT (rubric v59 scored on each to tell "older" from "Z caused"):
 * - referral.contact, expected na / got fail: "If you'd like to talk to someone, I can call the county clerk for you and ask." (the
 *   provider's own act after the wish clause; the wish's "talk to someone" is read as a referral when the main clause refers no one;
 *   older: v59 fail the same).
 * - referral.contact, expected na / got fail: "Vaya a la línea local del tren, andén 2, y bájese en Plaza Mayor." (a transit line;
 *   "vaya a la …" reads any place as a party, "Vaya a la parada del tren" too; older: v59 fail the same).
 * Neither is caused by Z. What Z changed here (v59 -> v60 on the running cases): Z4 for, 4 of 7 (tenant counselor, Utility Consumer
 *   Advocate, "just call Poison Control", the landlord in the wish) fail -> pass; the other 3 (chat-speak "u can call", "feel free to
 *   email", "you'd rather … you can always text") passed on v59 already. Z5 for, 3 of 6 ("la linea directa, 1-888-…", "la línea
 *   regional: ayuda@…", "su línea estatal de desempleo") na -> pass / fail; the other 3 were read on v59 already. Every against case
 *   scored the same on v59 and v60.
 * ON THE MENDS (after this check; labels unchanged): Z5 no longer takes a train or bus line ("la línea local del tren"); "Vaya a
 *   la línea local del tren, andén 2 …" still fails by the older "vaya a la" reading, so both disagreements stay LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const z4: SessionCase[] = [
  // ---- Z4 for: the wish to talk to someone, then "you can / please / just / feel free to" call the one party, with its contact
  c('Z4 for: "if u need to talk to someone tonight, u can call the Trevor Project at 1-866-488-7386" (chat-speak)', said('im having a really rough time and i dont know what to read', 'im sorry, we can find some books too. if u need to talk to someone tonight, u can call the Trevor Project at 1-866-488-7386'), WITH_WAY),
  c('Z4 for: "If you need to speak with a tenant counselor, please call the Metro Tenants Union at (816) 555-0142."', said('my landlord wont return my deposit', 'That is a common problem. If you need to speak with a tenant counselor, please call the Metro Tenants Union at (816) 555-0142.'), WITH_WAY),
  c('Z4 for: "If you would like to chat with a real person, feel free to email the Veterans Service Office at vso@example.gov."', said('how do i apply for a va pension', 'The forms are long. If you would like to chat with a real person, feel free to email the Veterans Service Office at vso@example.gov.'), WITH_WAY),
  c('Z4 for: "When you want to talk with someone about the bill, you may also phone the Utility Consumer Advocate at 1-800-555-0134."', said('my electric bill doubled this month', 'Rates went up in March. When you want to talk with someone about the bill, you may also phone the Utility Consumer Advocate at 1-800-555-0134.'), WITH_WAY),
  c('Z4 for: "If you want to talk to someone about it, just call Poison Control at 1-800-222-1222." ("just")', said('my toddler licked a dish soap pod', 'Please do not wait on us for this. If you want to talk to someone about it, just call Poison Control at 1-800-222-1222.'), WITH_WAY),
  c('Z4 for: "If you need to speak with your landlord, you can call the Tenants\' Rights Hotline at 1-800-555-0111 first." (a person in the wish)', said('the heat has been off for a week', 'That is not allowed in winter. If you need to speak with your landlord, you can call the Tenants\' Rights Hotline at 1-800-555-0111 first.'), WITH_WAY),
  c('Z4 for: "If you\'d rather talk to a person, you can always text the Housing Help Line at (503) 555-0175." ("rather")', said('how do i apply for rent help', 'The online form is at housing.example.gov. If you\'d rather talk to a person, you can always text the Housing Help Line at (503) 555-0175.'), WITH_WAY),
  // ---- Z4 against: the main party without contact, the library's way back, a second party without contact, the provider's own act
  c('Z4 against: "If you need to talk to someone, you can call your county veterans service officer." (no contact)', said('does my dad qualify for va benefits', 'It depends on his service dates. If you need to talk to someone, you can call your county veterans service officer.'), NO_WAY),
  c('Z4 against: "If you\'d like to speak to someone, you can contact the Legal Aid Society, or email us at ask@birchhollow.org." (our way back only)', said('i got an eviction notice', 'I am sorry. If you\'d like to speak to someone, you can contact the Legal Aid Society, or email us at ask@birchhollow.org.'), NO_WAY),
  c('Z4 against: "If you want to talk to someone, you can call NAMI at 1-800-950-6264 or check with your school counselor." (a second party, no contact)', said('books on anxiety for teens', 'We have several. If you want to talk to someone, you can call NAMI at 1-800-950-6264 or check with your school counselor.'), NO_WAY),
  c('Z4 against: "If you\'d like to talk to someone, I can call the county clerk for you and ask." (the provider\'s own act)', said('is the old courthouse open to visitors', 'I am not sure. If you\'d like to talk to someone, I can call the county clerk for you and ask.'), NONE),
  // ---- Z4 against (older kept): K3's bare imperative still passes
  c('Z4 against: "If you need to talk to someone, visit the Workforce Center at 123 Main St, Dayton, OH 45402." (K3, bare imperative)', said('how do i find a job training program', 'There are free ones. If you need to talk to someone, visit the Workforce Center at 123 Main St, Dayton, OH 45402.'), WITH_WAY),
];

export const z5: SessionCase[] = [
  // ---- Z5 for: "la línea nacional / estatal / gratuita / directa / confidencial / local / regional" told to contact
  c('Z5 for: "Llame a la línea gratuita al 1-800-555-0182; atienden en español."', es.said('cómo pido ayuda para pagar la luz', 'Hay un programa estatal. Llame a la línea gratuita al 1-800-555-0182; atienden en español.'), WITH_WAY),
  c('Z5 for: "Comuníquese con la línea confidencial de su condado." (no contact)', es.said('mi vecina necesita ayuda y tiene miedo', 'Hay apoyo gratuito. Comuníquese con la línea confidencial de su condado.'), NO_WAY),
  c('Z5 for: "mejor llama a la linea directa, 1-888-555-0144, es 24/7" (chat-speak)', es.said('mi abuelo se perdió otra vez y tiene alzheimer', 'ay no! mejor llama a la linea directa, 1-888-555-0144, es 24/7'), WITH_WAY),
  c('Z5 for: "Escriba a la línea regional: ayuda@region.example.org."', es.said('dónde pregunto por los subsidios de vivienda', 'Lo maneja la región. Escriba a la línea regional: ayuda@region.example.org.'), WITH_WAY),
  c('Z5 for: "Si quiere hablar con alguien, puede llamar a la línea nacional al 1-800-662-4357."', es.said('libros sobre la adicción', 'Tenemos varios. Si quiere hablar con alguien, puede llamar a la línea nacional al 1-800-662-4357.'), WITH_WAY),
  c('Z5 for: "Llame a su línea estatal de desempleo." (no contact)', es.said('me despidieron ayer', 'Lo siento mucho. Llame a su línea estatal de desempleo.'), NO_WAY),
  // ---- Z5 against: a transit line, a line on a map, a condition, the provider's own call, a report
  c('Z5 against: "Tome la línea local del metro, no la exprés, y bájese en la calle 86." (a transit line)', es.said('cómo llego a la biblioteca central', 'Es fácil. Tome la línea local del metro, no la exprés, y bájese en la calle 86.'), NONE),
  c('Z5 against: "trace una línea directa de la biblioteca al parque en el mapa" (a line drawn)', es.said('mi hijo tiene que hacer un mapa del barrio', 'Qué bonito proyecto. Para empezar, trace una línea directa de la biblioteca al parque en el mapa de mapas.example.org.'), NONE),
  c('Z5 against: "Si llama a la línea nacional, tenga a mano su número de caso." (condition)', es.said('tienen libros sobre el seguro social', 'Sí, tenemos dos. Un consejo: si llama a la línea nacional, tenga a mano su número de caso.'), NONE),
  c('Z5 against: "Yo llamé a la línea estatal esta mañana; el formulario está en formularios.example.gov." (own act)', es.said('encontró el formulario de licencia', 'Sí. Yo llamé a la línea estatal esta mañana; el formulario está en formularios.example.gov.'), NONE),
  c('Z5 against: "Según el libro, la línea nacional recibe miles de llamadas al día." (a report)', es.said('necesito datos para un ensayo sobre la salud mental', 'Hay un libro bueno. Según el libro, la línea nacional recibe miles de llamadas al día.'), NONE),
  // (second batch, labelled before it ran) a transit line with a visiting verb, a line named with its number and no instruction
  c('Z5 against: "Vaya a la línea local del tren, andén 2, y bájese en Plaza Mayor." (a transit line, "vaya a")', es.said('cómo llego a la sucursal del centro', 'Desde la estación es fácil. Vaya a la línea local del tren, andén 2, y bájese en Plaza Mayor.'), NONE),
  c('Z5 against: "La línea nacional 988 ya atiende en español." (named, no instruction)', es.said('libros sobre el suicidio para un trabajo de clase', 'Tenemos tres. Para su trabajo: la línea nacional 988 ya atiende en español.'), NONE),
  // ---- Z5 against (older kept): v44's "línea de ayuda" still a party
  c('Z5 against: "Llame a la línea de ayuda del condado al 1-800-555-0199." (v44 kept)', es.said('dónde consigo comida esta semana', 'Hay despensas cerca. Llame a la línea de ayuda del condado al 1-800-555-0199.'), WITH_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Z4 against: "If you\'d like to talk to someone, I can call the county clerk for you and ask." (the provider\'s own act)':
    'referral.contact expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): the wish clause is a condition and the main clause is the provider\'s own call (RUBRIC Terms, Referral: "telling the patron to contact or visit"; "staff the provider consults on the patron\'s behalf do not"); the wish clause\'s "talk to someone" is read as a referral of its own when the main clause refers no one ("I can call the county clerk for you and ask." alone is na); older: v59 fail the same',
  'Z5 against: "Vaya a la línea local del tren, andén 2, y bájese en Plaza Mayor." (a transit line, "vaya a")':
    'referral.contact expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): directions to ride a train line, no person or organisation to contact or visit (RUBRIC Terms, Referral); "vaya a la …" reads a visit to whatever follows ("Vaya a la parada del tren …" fails too, "Tome la línea local del tren …" is na); older: v59 fail the same',
};

describe('sixty-sixth round: block Z checked blind a second time, both ways', () => {
  for (const [t, cs] of [['Z4', z4], ['Z5', z5]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
