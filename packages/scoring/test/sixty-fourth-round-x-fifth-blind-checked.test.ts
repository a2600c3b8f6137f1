/**
 * Sixty-fourth round, fifth blind check of block X (rubric v58): X11, X18, X24, X26, X31, X32 and X33 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new
 * words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break). Checks: followup.contact, resolution.code and followup.on_time (RUBRIC Terms, Follow-up session: the
 * provider promises in the chat to send or find more later, "someone from your library will contact you"), referral.contact (Terms,
 * Referral: telling the patron to contact or visit a party outside the chat, the own library's departments included), closing.
 * no_dismissal (a limit of questions, or help ended for the provider's convenience without a way back) and session.idle_checkin
 * (during the final idle the provider asked whether the patron is still there; a notice that does not ask is no check-in).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - X11 / X31: the provider asking library staff to call or write to the patron, or saying they will get a thing and send it, with a
 *   time, is a promise to send more later (a follow-up session: code "Answered" then fails resolution.code, the e-mail read back and
 *   the time pass followup.contact, on_time pending). Not a promise: a negation, the patron asked to send or write (to the library or
 *   to a third party), another's act, a condition, a thing sent here in the chat now (contact na, code pass).
 * - X18: a police, fire or sheriff's station with a word between is a party the patron is told to bring a thing to (referral fail
 *   with no way to reach it, pass with a phone); a transit stop, the provider's own errand, a condition: na.
 * - X24: a limit of questions told with the patron's share used up is a dismissal (fail, whatever the goodbye); a share not used up
 *   is no limit reached (pass).
 * - X26: "come / stop by and see us in <a department> at our library" tells the patron to visit the own library's department: a
 *   referral (fail without a way, pass with an address or phone); a condition ("if / when you come see us") tells nothing: na.
 * - X32: a Spanish "are you still in the chat?" during the final idle is a check-in (pass); a notice that does not ask, or a
 *   question about something else "still in" a chat or session, is none (fail).
 * - X33: ending with "I have to wrap up (here / now)" for a break or shift is for the provider's convenience (fail), saved by a way
 *   back (pass); "wrap up" with an object (the search, the roots) ends nothing (pass).
 *
 * COUNTS. Written: 44 cases, 23 for and 21 against (X11 4/3, X18 3/3, X24 3/3, X26 3/3, X31 4/3, X32 3/3, X33 4/2 with the way-back
 * case counted "for"), in one batch, labels copied aside to /tmp/sixty-fourth-round-x-fifth-blind-checked-labels.ts before the first
 * run. First run as labelled: 41 of 44. Disagreeing: 3. Label corrections: 0 (each reread against RUBRIC: Terms, Referral, and
 * session.idle_checkin; the labels stand). Final: 41 running, 3 LEFT (rubric v57 scored on each, `scoreSession(…, { rubric:
 * rubricV57 })`, to tell "older" from "X caused"):
 * - referral.contact, expected fail / got na ("no referral to a person or organisation outside the chat"): "u can bring old flares to
 *   the Bend fire central station" (X18's station with a word between is read — "Bring the flares to the Bend fire central station."
 *   fails as meant — but v5's "bring … to" misses a bare object with an adjective, "old flares", no article; older: v57 na the same).
 * - session.idle_checkin, expected fail / got pass ("asked whether the patron was still there"): "¿Sigue en el chat de WhatsApp del
 *   club de lectura? …" (a question about another chat, not whether the patron is still here; X32's "en el chat" takes no "de …" guard;
 *   X caused: v57 fail).
 * - session.idle_checkin, expected fail / got pass: "Otra cosa: ¿el error sigue en la sesión del portal?" (the error, not the patron,
 *   "sigue en la sesión"; X32's "en la sesión" reads any subject; X caused: v57 fail).
 * ON v58 as it landed (after the mends, by the full suite only): X32's "¿Sigue en el chat de WhatsApp del club de lectura?" and
 *   "¿El error sigue en la sesión del portal?" read as labelled; 43 running, 1 LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, DISMISSED, nearMissLines, NO_WAY, NONE, NOT_DISMISSED, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, followUp } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** A Spanish follow-up session: the patron's e-mail read back, then `promise` (the last provider words). */
const esFollowUp = (before: string, promise: string): Line[] => [
  [0, 'p', 'necesito las actas del consejo escolar de 1998'],
  [20, 'l', `${HI_ES} ¿De qué distrito, y necesita los doce meses?`],
  [50, 'p', 'del condado carroll, solo marzo y abril'],
  [70, 'l', before],
  [100, 'p', 'claro, es pat.ng@example.com'],
  [110, 'l', 'Gracias, tengo pat.ng@example.com.'],
  [130, 'l', promise],
];

/** A final idle: the patron's question, the greeting, the answer (waiting on the patron from here), then `late` 180 s on, no reply. */
const idleEs = (late: string): Line[] => [
  [0, 'p', 'dónde encuentro libros en español para niños'],
  [20, 'l', `${HI_ES} ¿Para qué edad?`],
  [50, 'p', 'siete años'],
  [70, 'l', 'Tenemos una colección en el catálogo: catalogo.birchhollow.example.org, busque "libros infantiles español".'],
  [250, 'l', late],
];
const IDLE_OVER = { endAfter: 200 };

/** A promise with its when and the e-mail read back, coded Answered. */
const PROMISED = some({ code: 'fail', contact: 'pass', onTime: 'pending' });
/** No follow-up session. */
const NOT_PROMISED = some({ code: 'pass', contact: 'na', onTime: 'na' });
const CHECKED_IN = some({ idle: 'pass' });
const NO_CHECKIN = some({ idle: 'fail' });

export const x11: SessionCase[] = [
  c('X11 for: "Le voy a pedir a una bibliotecaria de la sucursal Centro que le escriba a ese correo antes del jueves."', esFollowUp('Esas actas no están en línea. ¿Me da su correo electrónico?', 'Le voy a pedir a una bibliotecaria de la sucursal Centro que le escriba a ese correo antes del jueves.'), PROMISED),
  c('X11 for: "Les pido a mis colegas de la hemeroteca que le envíen las copias para el viernes."', esFollowUp('Solo las tenemos en papel. ¿A qué correo se las mandamos?', 'Les pido a mis colegas de la hemeroteca que le envíen las copias para el viernes.'), PROMISED),
  c('X11 for: "Voy a pedirle al archivo que le mande el plano a su correo dentro de 3 días."', esFollowUp('El plano está en el archivo. ¿Me deja su correo?', 'Voy a pedirle al archivo que le mande el plano a su correo dentro de 3 días.'), PROMISED),
  c('X11 for: "voy a pedirles a los de referencia q le manden las actas para el lunes" (chat-speak)', esFollowUp('no estan en linea, me da su correo?', 'voy a pedirles a los de referencia q le manden las actas para el lunes'), PROMISED),
  c('X11 against: "No le voy a pedir a nadie que le llame; todo está en condado.example.gov." (negation)', es.said('dónde veo los impuestos de mi casa', 'No hace falta esperar: no le voy a pedir a nadie que le llame; todo está en condado.example.gov.'), NOT_PROMISED),
  c('X11 against: "Le pido que le mande la carta firmada a su casero antes del viernes." (the patron, to a third party)', es.said('cómo aviso que me mudo', 'Hay una carta modelo en inquilinos.example.org. Le pido que le mande la carta firmada a su casero antes del viernes.'), NOT_PROMISED),
  c('X11 against: "Le pido que nos escriba a referencia@example.org si necesita más." (the patron asked to write)', es.said('tienen mapas viejos del pueblo', 'Sí, en mapas.birchhollow.example.org. Le pido que nos escriba a referencia@example.org si necesita más.'), NOT_PROMISED),
];

export const x18: SessionCase[] = [
  c('X18 for: "u can bring old flares to the Bend fire central station" (chat-speak)', said('how do i get rid of expired boat flares', 'dont toss them! u can bring old flares to the Bend fire central station'), NO_WAY),
  c('X18 for: "Drop the needles at any Tulsa Police district station, (918) 555-0142."', said('where can i get rid of used insulin needles', 'Put them in a hard jug first. Drop the needles at any Tulsa Police district station, (918) 555-0142.'), WITH_WAY),
  c('X18 for: "Take the old pills to the sheriffs main station on Route 9."', said('where do i get rid of old prescription pills', 'There is a drop box. Take the old pills to the sheriffs main station on Route 9.'), NO_WAY),
  c('X18 against: "Take the light rail to the Police Central station stop and walk east." (a stop)', said('how do i get to the history center', 'It is close to transit. Take the light rail to the Police Central station stop and walk east.'), NONE),
  c('X18 against: "I\'ll take the flares to the Bend fire central station myself tomorrow." (own act)', said('someone left flares in the book drop', 'Thanks for telling us. I\'ll take the flares to the Bend fire central station myself tomorrow.'), NONE),
  c('X18 against: "If you bring it to the sheriffs main station, ask for a receipt." (condition)', said('any guide on found property', 'There is one at lostfound.example.gov. One tip from it: if you bring it to the sheriffs main station, ask for a receipt.'), NONE),
];

export const x24: SessionCase[] = [
  c('X24 for: "We take two questions per session and you\'ve used yours, so I\'ll close the chat now."', said('one more, whats the population of ohio', 'We take two questions per session and you\'ve used yours, so I\'ll close the chat now.'), DISMISSED),
  c('X24 for: "we do 3 a chat n u already had urs, sorry" (chat-speak)', said('ok and who wrote the hobbit', 'we do 3 a chat n u already had urs, sorry'), DISMISSED),
  c('X24 for: "We only answer one per patron and you have had yours today."', said('can you also find me a recipe for gumbo', 'We only answer one per patron and you have had yours today.'), DISMISSED),
  c('X24 against: "We take three per chat and you\'ve had one, so go ahead and ask the next." (share not used up)', said('can i ask another', 'Sure! We take three per chat and you\'ve had one, so go ahead and ask the next.'), NOT_DISMISSED),
  c('X24 against: "we do 3 a chat n uve only had 1 so far, whats next?" (chat-speak, share not used up)', said('can i ask smth else', 'ya np, we do 3 a chat n uve only had 1 so far, whats next?'), NOT_DISMISSED),
  c('X24 against: "We answer two per chat on average, and you are welcome to ask as many as you like." (no limit)', said('is there a limit on questions', 'No limit. We answer two per chat on average, and you are welcome to ask as many as you like.'), NOT_DISMISSED),
];

export const x26: SessionCase[] = [
  c('X26 for: "Come see us in the Local History Room at Central Library, 400 Main St."', said('where are the old city directories', 'They are print only. Come see us in the Local History Room at Central Library, 400 Main St.'), WITH_WAY),
  c('X26 for: "stop by and see us at the Genealogy desk on the 3rd floor" (chat-speak)', said('can u help me find my great grandpas ship record', 'def, its easier in person tho, stop by and see us at the Genealogy desk on the 3rd floor'), NO_WAY),
  c('X26 for: "Swing by and visit us in our Government Documents office, (412) 555-0133."', said('do you have old census maps', 'We do, on paper. Swing by and visit us in our Government Documents office, (412) 555-0133.'), WITH_WAY),
  c('X26 against: "If you come see us in the Archives, bring a photo ID." (condition)', said('are the archive boxes listed online', 'Yes, at archives.birchhollow.example.org. If you come see us in the Archives, bring a photo ID.'), NONE),
  c('X26 against: "when u stop by and see us at the Map Room, ask for the big atlas" (condition, chat-speak)', said('do u have a road atlas from the 60s', 'yep its in the catalog at catalog.birchhollow.example.org, when u stop by and see us at the Map Room, ask for the big atlas'), NONE),
  c('X26 against: "Come see us anytime!" (the library, no department)', said('thanks for the book list', 'Glad it helps: booklists.birchhollow.example.org. Come see us anytime!'), NONE),
];

export const x31: SessionCase[] = [
  c('X31 for: "The full inventory isn\'t digitized; I\'ll pull it and email it by Thursday."', followUp('Those are not online. What e-mail is best for you?', 'The full inventory isn\'t digitized; I\'ll pull it and email it by Thursday.'), PROMISED),
  c('X31 for: "We\'ll order the microfilm and send a copy within 72 hours."', followUp('Only the index is online. Which e-mail should we use?', 'We\'ll order the microfilm and send a copy within 72 hours.'), PROMISED),
  c('X31 for: "ill track down the old minutes n send them over tomorrow" (chat-speak)', followUp('theyre not online, whats ur email?', 'ill track down the old minutes n send them over tomorrow'), PROMISED),
  c('X31 for: "Let me request the file from storage and then forward it next week."', followUp('The file is in off-site storage. What e-mail can I reach you at?', 'Let me request the file from storage and then forward it next week.'), PROMISED),
  c('X31 against: "I\'ll request it and send it here in the chat in a minute." (here and now)', said('do you have the 1998 budget', 'It is in our document system. I\'ll request it and send it here in the chat in a minute.'), NOT_PROMISED),
  c('X31 against: "The clerk\'s office will request it and send it by Friday." (another\'s act)', said('how do i get my old building permit', 'File the request form at clerk.example.gov. The clerk\'s office will request it and send it by Friday.'), NOT_PROMISED),
  c('X31 against: "If I request it and send it by Friday, is that soon enough?" (a condition)', said('i need the 1998 budget for class', 'The summary is at budget.example.gov. If I request it and send it by Friday, is that soon enough?'), NOT_PROMISED),
];

export const x32: SessionCase[] = [
  c('X32 for: "¿Sigue en el chat?"', idleEs('¿Sigue en el chat?'), CHECKED_IN, IDLE_OVER),
  c('X32 for: "hola? sigues en el chat?" (chat-speak)', idleEs('hola? sigues en el chat?'), CHECKED_IN, IDLE_OVER),
  c('X32 for: "¿Todavía está en la conversación?"', idleEs('¿Todavía está en la conversación? Si no responde, cerraré la sesión.'), CHECKED_IN, IDLE_OVER),
  c('X32 against: "Parece que ya no sigue en el chat; cerraré la sesión." (a notice, no question)', idleEs('Parece que ya no sigue en el chat; cerraré la sesión.'), NO_CHECKIN, IDLE_OVER),
  c('X32 against: "¿Sigue en el chat de WhatsApp del club de lectura? Ahí publican las fechas." (about the need)', idleEs('¿Sigue en el chat de WhatsApp del club de lectura? Ahí publican las fechas.'), NO_CHECKIN, IDLE_OVER),
  c('X32 against: "¿El error sigue en la sesión del portal?" (about the need)', idleEs('Otra cosa: ¿el error sigue en la sesión del portal?'), NO_CHECKIN, IDLE_OVER),
];

export const x33: SessionCase[] = [
  c('X33 for: "That\'s a lot of questions and my shift is ending, so I have to wrap up here."', said('and what about the 1920 census too', 'That\'s a lot of questions and my shift is ending, so I have to wrap up here.'), DISMISSED),
  c('X33 for: "lots of qs today n im heading to lunch so gotta wrap it up now" (chat-speak)', said('ok and also the zip codes', 'lots of qs today n im heading to lunch so gotta wrap it up now'), DISMISSED),
  c('X33 for: "I\'m due for my break, so I need to wrap things up."', said('one more thing about the tax forms', 'I\'m due for my break, so I need to wrap things up.'), DISMISSED),
  c('X33 for (saved): "… I have to wrap up here, but please chat back in anytime and we\'ll pick this up." (a way back)', said('and the zip codes too', 'I\'m about to go on break, so I have to wrap up here, but please chat back in anytime and we\'ll pick this up.'), NOT_DISMISSED),
  c('X33 against: "I have to wrap up the search first; one moment." (an object)', said('did you find the census page', 'Almost. I have to wrap up the search first; one moment.'), NOT_DISMISSED),
  c('X33 against: "The book says you have to wrap up the roots before you move the plant." (an object, the patron\'s act)', said('how do i move a rose bush', 'Try The Rose Book (catalog.birchhollow.example.org). The book says you have to wrap up the roots before you move the plant.'), NOT_DISMISSED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'X18 for: "u can bring old flares to the Bend fire central station" (chat-speak)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told to bring a thing to a fire station, an organisation outside the chat (RUBRIC Terms, Referral: "telling the patron to contact or visit"); X18 reads "the Bend fire central station" ("Bring the flares to …" fails as meant) but v5\'s "bring … to" misses the bare object "old flares" (older: v57 na the same)',
};

describe('sixty-fourth round: block X checked blind a fifth time, both ways', () => {
  for (const [t, cs] of [['X11', x11], ['X18', x18], ['X24', x24], ['X26', x26], ['X31', x31], ['X32', x32], ['X33', x33]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
