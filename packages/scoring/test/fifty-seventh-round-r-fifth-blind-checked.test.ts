/**
 * Fifty-seventh round, block R (rubric v52), fifth blind check: the last readings and mends of block R tried both ways, in new
 * wording, each case labelled from RUBRIC.md before it ran (the labels kept aside before the first run).
 *
 * WHAT IT CHECKS: R22 (followup.completeness: "does that seem doable / look manageable" after a source), R23 (closing.anything_else:
 * the patron done with the subject left out), R9 as mended (inquiry.clarify: a Spanish restatement of situation and need), R17 as
 * mended (followup.contact, followup.on_time, resolution.code: the card mailed is no follow-up, the card must end its phrase), R20 as
 * mended (followup.completeness: "Does <resource> look / seem / sound like it would work / help?"), and the older readings next to
 * them.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - R22: "Is that doable for you?", "does all that look doable?", "¿Le parece factible?" ask, like "Does that sound doable?", whether
 *   what was just given suits the patron; "Does that sound doable?" about a request not yet made (an inter-library request offered,
 *   a card number asked for before any answer) asks about something not yet given (RUBRIC's "would a scan be what you need?").
 * - R23: "found what I was looking for", "have all i need now", "got everything we needed", "ya tengo lo que necesitaba", "I've got what
 *   I need" say explicitly that the patron is done; "have everything I need except the fee amount. Where …?" and "have everything I
 *   need to bring on Saturday?" do not.
 * - R9: a restatement with "usted" or "a su mamá le …" as subject restates as much as one with "su"; "… y necesita venir al mostrador"
 *   and "… necesita llamarnos hoy mismo" tell the patron what to do; "Revisé su cuenta. O sea que su libro llegó ayer …" is news.
 * - R17: a card (or the card to a relative) mailed is the service delivered, not more information later, in Spanish too; "the card fee
 *   schedule", "the library card application packet" and a card mailed "with a list of the branches that carry large print" are
 *   information sent later (a follow-up).
 * - R20: "Does the Gale Legal Forms database sound like it would be useful?" and "Do the census records look like they'd help?" ask
 *   about sources given; "Does Books by Mail seem like it would work?" asks about a service offered, not given; "Did hoopla seem like it
 *   would work before you switched phones?" asks about an earlier time.
 *
 * COUNTS. Written: 38 cases (R22 9, R23 9, R9 7, R17 7, R20 6), each labelled from RUBRIC.md before any run (copied aside first).
 * First run: 21 as labelled, 17 disagreeing. Label corrections: 0 (each disagreement re-read against RUBRIC.md; none was a
 * misreading or a wrong time). Final: 21 running, 17 LEFT (9 R caused, 8 older; v51 scored on each), as expected/got:
 *   - followup.completeness pass/fail: "does all that look doable?" — older
 *   - followup.completeness pass/fail: "¿Le parece factible?" — older
 *   - followup.completeness fail/pass: "To look up fines I need your card number … Does that sound doable?" before any answer — R caused
 *   - followup.completeness fail/pass: "I can request a copy from another library … Does that sound doable?" — R caused
 *   - followup.completeness fail/pass: "I can set it aside at the desk for you. Does that sound good?" — older
 *   - closing.anything_else pass/fail: "sí, ya tengo lo que necesitaba, gracias" — older
 *   - closing.anything_else fail/pass: "ok, have everything I need except the fee amount. Where do I find that?" — R caused
 *   - inquiry.clarify pass/fail: "Entonces usted perdió su tarjeta y necesita una nueva." — older
 *   - inquiry.clarify pass/fail: "Entonces a su mamá le bloquearon la cuenta y quiere recuperarla." — older
 *   - inquiry.clarify fail/pass: "Entonces su tarjeta fue suspendida y necesita venir al mostrador …" — R caused
 *   - inquiry.clarify fail/pass: "Entonces su tarjeta fue robada y necesita llamarnos hoy mismo …" — R caused
 *   - inquiry.clarify fail/pass: "O sea que su libro llegó ayer y necesita recogerlo antes del viernes." — R caused
 *   - contact/on_time/code na,na,pass / fail,pending,fail: "Le enviaremos la tarjeta nueva por correo a su casa esta semana." — older
 *   - contact/on_time/code fail,pending,fail / na,na,pass: "We'll mail your new card to you on Friday with a list of the branches …" — R caused
 *   - contact/on_time/code pass,pending,fail / na,na,pass: "We'll send the library card application packet to you tomorrow." — older
 *   - followup.completeness fail/pass: "… Books by Mail program … Does Books by Mail seem like it would work?" — R caused
 *   - followup.completeness fail/pass: "Did hoopla seem like it would work before you switched phones?" — R caused
 *
 * AFTER THE MENDS (the author's, labels unchanged; checked by the full suite only): 13 of the 17 LEFT run, all 9 caused by R among
 * them. Mended: R22 not after the provider's offer or request in the message ("I can request a copy …", "I need your card number
 * …") and with "all that"; R23 not before "except / but …", and the Spanish "ya tengo lo que necesitaba"; R9 not before any verb but
 * a need's ("venir", "llamarnos", "recogerlo"), and "usted perdió …", "a su mamá le bloquearon …"; R17 not with information sent
 * beside the card ("… with a list of the branches"); R20 not a service by mail, not "before you switched phones". 4 stay LEFT, all
 * older: "¿Le parece factible?", "Does that sound good?" after an offer (v1's reading), the Spanish card mailed ("Le enviaremos la
 * tarjeta nueva por correo"), "the library card application packet" (five words before "to you"). 34 running, 4 LEFT.
 * ON v53 (block S): "¿Le parece factible?" (S9) and "Le enviaremos la tarjeta nueva por correo a su casa esta semana." (S3) read
 * as labelled and run: 36 running, 2 LEFT.
 * ON v54 (block T): "We'll send the library card application packet to you tomorrow." (T3: the provider's own sending promise with
 * five to ten words before "to you") reads as labelled and runs: 37 running, 1 LEFT.
 * ON v68 (block AH10): R22's "Does that sound good?" after setting it aside offered is read as asking about the offer; it runs.
 */
import { describe } from 'vitest';
import { describeWithLeft, FU_ME, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Sam at Ridgeway Public Library here.';
const HI_ES = 'Hola, habla Sam de la Biblioteca Pública de Ridgeway.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'eastside' });
const { said: dicho, asked: preguntado } = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la del centro' });

/** The patron's `q`, a greeting that asks whom it is for, the provider's `answer`, the patron's `reply`, goodbye (nobody asks "anything else"). */
const ended = (q: string, answer: string, reply: string): Line[] => [
  [0, 'p', q],
  [18, 'l', `${HI} Is this for you or for someone else?`],
  [45, 'p', 'just me'],
  [65, 'l', answer],
  [100, 'p', reply],
  [112, 'l', 'Take care, goodbye!'],
];

/** A card session: the patron's `q`, a greeting that asks for whom, the fee page, the provider's `promise`, `extra` lines, thanks, goodbye. */
const card = (q: string, promise: string, extra: Line[] = []): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Is the card for you or for someone in your family?`],
  [45, 'p', 'for me'],
  [60, 'l', 'Replacement cards cost $1; the details are at ridgewaylib.example.org/cards.'],
  [80, 'l', promise],
  ...extra,
  [140, 'p', 'great thank you'],
  [148, 'l', 'Bye now, thanks for chatting!'],
];
const EMAIL: Line[] = [
  [100, 'p', 'my email is lee.park@example.com'],
  [110, 'l', 'Thanks, I have lee.park@example.com.'],
];
const PHONE: Line[] = [
  [100, 'p', 'you can reach me at 410-555-0199'],
  [110, 'l', 'Thanks, I have 410-555-0199.'],
];

export const r22: SessionCase[] = [
  c('R22 for: "Does that seem doable to you?" after the Libby steps', said('how do i get ebooks on my tablet', 'To set it up: install the app, pick Ridgeway Public Library, then sign in with your card number. The guide is at ridgewaylib.example.org/ebooks. Does that seem doable to you?'), some({ complete: 'pass' })),
  c('R22 for: "do those steps look manageable 4 u?"', said('how do i print from my phone', 'the mobile print steps are at ridgewaylib.example.org/print: upload, enter ur email, release it at the printer. do those steps look manageable 4 u?'), some({ complete: 'pass' })),
  c('R22 for: "does all that look doable?"', said('how do i book a study room', 'Rooms are booked at ridgewaylib.example.org/rooms: pick the branch, the day, then enter your card number. does all that look doable?'), some({ complete: 'pass' })),
  c('R22 for: "Is that doable for you?"', said('how do i renew my books', 'Log in at ridgewaylib.example.org/account, tick the items and press Renew. Is that doable for you?'), some({ complete: 'pass' })),
  c('R22 for: "¿Le parece factible?" (Spanish)', dicho('como renuevo mis libros', 'Entre a ridgewaylib.example.org/cuenta, marque los libros y pulse Renovar. ¿Le parece factible?'), some({ complete: 'pass' })),
  c('R22 against: "Does that sound doable?" about a card number asked before any answer', [
    [0, 'p', 'can i see what i owe in fines'],
    [18, 'l', HI],
    [25, 'l', 'To look up fines I need your card number and the last four digits of your phone. Does that sound doable?'],
    [55, 'p', 'yes its 21234567 and 0199'],
    [80, 'l', 'You owe $2.50; you can pay it online at ridgewaylib.example.org/pay.'],
    [100, 'p', 'ok thanks'],
    [108, 'l', 'Bye!'],
  ], some({ complete: 'fail' })),
  c('R22 against: "Does that sound doable?" about an inter-library request offered', said('need the new grisham book', 'Every copy in our system is checked out; the catalog record is ridgewaylib.example.org/cat/grisham. I can request a copy from another library for you, usually about two weeks. Does that sound doable?'), some({ complete: 'fail' })),
  c('R22 against (older): "Does that sound like a plan?" after a hold offered', said('is the cookbook in', 'The catalog shows it at Westside: ridgewaylib.example.org/cat/cookbook. I could put a hold on it so it comes to Eastside. Does that sound like a plan?'), some({ complete: 'fail' })),
  c('R22 against (older): "Does that sound good?" after setting it aside offered', said('is the dvd of jaws in', 'Yes, one copy is on the shelf at Eastside: ridgewaylib.example.org/cat/jaws. I can set it aside at the desk for you. Does that sound good?'), some({ complete: 'fail' })),
];

export const r23: SessionCase[] = [
  c('R23 for: "yup, found what I was looking for!! ty"', ended('do you have sewing patterns', 'We have a pattern collection at Eastside, listed at ridgewaylib.example.org/sewing. Does that help?', 'yup, found what I was looking for!! ty'), some({ anything: 'pass' })),
  c('R23 for: "ok have all i need now, gracias"', ended('when is tax help', 'Free tax help runs Saturdays 10-2: ridgewaylib.example.org/tax. Does that answer it?', 'ok have all i need now, gracias'), some({ anything: 'pass' })),
  c('R23 for: "Got everything we needed — thank you so much"', ended('storytime times for toddlers', 'Toddler storytime is Tuesdays at 10 and Thursdays at 11: ridgewaylib.example.org/kids. Did that help?', 'Got everything we needed — thank you so much'), some({ anything: 'pass' })),
  c('R23 for: "sí, ya tengo lo que necesitaba, gracias" (Spanish)', ended('horario de la biblioteca el domingo', 'Los domingos abrimos de 1 a 5: ridgewaylib.example.org/horas. ¿Le sirve?', 'sí, ya tengo lo que necesitaba, gracias'), some({ anything: 'pass' })),
  c('R23 for: "think I\'ve got what I need, thx"', ended('do you lend telescopes', 'Yes, the Eastside branch lends two: ridgewaylib.example.org/telescope. Does that help?', "think I've got what I need, thx"), some({ anything: 'pass' })),
  c('R23 against: "have everything I need except the fee amount. Where do I find that?"', [
    [0, 'p', 'how do i get a passport photo at the library'],
    [18, 'l', `${HI} Is this for you or for someone else?`],
    [45, 'p', 'just me'],
    [65, 'l', 'Eastside takes passport photos on weekdays; the steps are at ridgewaylib.example.org/passport. Does that help?'],
    [100, 'p', 'ok, have everything I need except the fee amount. Where do I find that?'],
    [120, 'l', 'The fee is listed at ridgewaylib.example.org/fees.'],
    [140, 'p', 'ok thx'],
    [150, 'l', 'Take care, goodbye!'],
  ], some({ anything: 'fail' })),
  c('R23 against: "have everything I need to bring on Saturday?" (a question)', ended('what do i bring to the robot workshop', 'The supply list is at ridgewaylib.example.org/robots: a laptop and a charger. Does that help?', 'have everything I need to bring on Saturday?'), some({ anything: 'fail' })),
  c('R23 against (older): "k cool, thx!" alone', ended('do you have sewing patterns', 'We have a pattern collection at Eastside, listed at ridgewaylib.example.org/sewing. Does that help?', 'k cool, thx!'), some({ anything: 'fail' })),
  c('R23 against: "still haven\'t found what I need"', ended('books about raising chickens', 'Try the catalog search at ridgewaylib.example.org/cat, subject "poultry". Does that help?', "still haven't found what I need"), some({ anything: 'fail' })),
];

export const r9: SessionCase[] = [
  c('R9 for: "O sea, tu laptop se dañó y quieres recuperar tus archivos."', preguntado('mi laptop se descompuso y perdí mis archivos', 'O sea, tu laptop se dañó y quieres recuperar tus archivos.', 'sí', 'El laboratorio de tecnología tiene guías en ridgewaylib.example.org/tech.'), some({ clarify: 'pass' })),
  c('R9 for: "Entonces usted perdió su tarjeta y necesita una nueva."', preguntado('perdí la tarjeta de la biblioteca', 'Entonces usted perdió su tarjeta y necesita una nueva.', 'así es', 'La tarjeta nueva cuesta $1: ridgewaylib.example.org/tarjeta.'), some({ clarify: 'pass' })),
  c('R9 for: "Entonces a su mamá le bloquearon la cuenta y quiere recuperarla."', preguntado('a mi mamá no la dejan entrar a su cuenta', 'Entonces a su mamá le bloquearon la cuenta y quiere recuperarla.', 'sí', 'Los pasos están en ridgewaylib.example.org/cuenta.'), some({ clarify: 'pass' })),
  c('R9 for: "Así que su hija rompió la pantalla de la tableta y quiere saber cuánto cuesta."', preguntado('mi hija rompió la tableta prestada', 'Así que su hija rompió la pantalla de la tableta y quiere saber cuánto cuesta.', 'sí', 'Las tarifas están en ridgewaylib.example.org/tarifas.'), some({ clarify: 'pass' })),
  c('R9 against: "… fue suspendida y necesita venir al mostrador con una identificación." (an instruction)', preguntado('mi tarjeta no funciona', 'Entonces su tarjeta fue suspendida y necesita venir al mostrador con una identificación.', 'ok', 'El horario del mostrador está en ridgewaylib.example.org/horas.'), some({ clarify: 'fail' })),
  c('R9 against: "… fue robada y necesita llamarnos hoy mismo para bloquearla." (an instruction)', preguntado('me robaron la cartera con la tarjeta', 'Entonces su tarjeta fue robada y necesita llamarnos hoy mismo para bloquearla.', 'ok', 'Los pasos están en ridgewaylib.example.org/tarjeta.'), some({ clarify: 'fail' })),
  c('R9 against: "Revisé su cuenta. O sea que su libro llegó ayer y necesita recogerlo antes del viernes." (news)', preguntado('¿ya llegó el libro que reservé?', 'Revisé su cuenta. O sea que su libro llegó ayer y necesita recogerlo antes del viernes.', 'ok', 'El horario está en ridgewaylib.example.org/horas.'), some({ clarify: 'fail' })),
];

export const r17: SessionCase[] = [
  c('R17 for: "We\'ll post your new card out to you by Monday."', card('i need a new card, mine broke', "We'll post your new card out to you by Monday."), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('R17 for: "… will mail the card to your daughter at her dorm this week."', card('my daughter at college needs her card', 'Our circulation team will mail the card to your daughter at her dorm this week.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('R17 for: "Le enviaremos la tarjeta nueva por correo a su casa esta semana." (Spanish)', card('necesito una tarjeta nueva', 'Le enviaremos la tarjeta nueva por correo a su casa esta semana.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('R17 for: "we\'ll mail u ur card in the next few days"', card('lost my card', "we'll mail u ur card in the next few days"), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('R17 against: "I\'ll email the card fee schedule to you by Friday." (information; e-mail read back)', card('how much are card fees for non residents', "I'll email the card fee schedule to you by Friday.", EMAIL), some({ contact: 'pass', onTime: 'pending', code: 'pass' }), FU_ME),
  c('R17 against: "We\'ll mail your new card to you on Friday with a list of the branches …" (information too)', card('need a new card and which branches have large print', "We'll mail your new card to you on Friday with a list of the branches that carry large print."), some({ contact: 'fail', onTime: 'pending', code: 'fail' })),
  c('R17 against: "We\'ll send the library card application packet to you tomorrow." (phone read back)', card('how do i sign up my kids', "We'll send the library card application packet to you tomorrow.", PHONE), some({ contact: 'pass', onTime: 'pending', code: 'fail' })),
];

export const r20: SessionCase[] = [
  c('R20 for: "Does Libby seem like it\'ll help?"', said('any audiobooks i can get on my phone', "Libby has thousands of free audiobooks with your card: ridgewaylib.example.org/libby. Does Libby seem like it'll help?"), some({ complete: 'pass' })),
  c('R20 for: "does hoopla look like itd work for u?"', said('can i stream movies w my card', 'hoopla streams movies free with a card, sign up at hoopladigital.com. does hoopla look like itd work for u?'), some({ complete: 'pass' })),
  c('R20 for: "Does the Gale Legal Forms database sound like it would be useful?"', said('need a simple will form', 'The Gale Legal Forms database has state will forms; open it from ridgewaylib.example.org/legal. Does the Gale Legal Forms database sound like it would be useful?'), some({ complete: 'pass' })),
  c('R20 for: "Do the census records look like they\'d help?"', said('where was my great grandpa living in 1920', "The 1920 census is free on FamilySearch: familysearch.org/census. Do the census records look like they'd help?"), some({ complete: 'pass' })),
  c('R20 against: "Does Books by Mail seem like it would work?" (a service offered)', said('i cant get to the library, i use a walker', 'Our large print list is at ridgewaylib.example.org/largeprint. We could bring books to your home through our Books by Mail program once you sign up. Does Books by Mail seem like it would work?'), some({ complete: 'fail' })),
  c('R20 against: "Did hoopla seem like it would work before you switched phones?" (an earlier time)', said('can hoopla work on my new phone', 'hoopla is at hoopladigital.com and has an app for Android and iPhone. Did hoopla seem like it would work before you switched phones?'), some({ complete: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-seventh round: block R, fifth blind check', () => {
  for (const [t, cs] of [['R22', r22], ['R23', r23], ['R9', r9], ['R17', r17], ['R20', r20]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
