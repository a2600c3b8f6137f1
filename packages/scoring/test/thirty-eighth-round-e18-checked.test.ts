/**
 * Thirty-eighth round (E18), a narrowing wave of v39's block G16 (cooperative backup staff): its OTHER_CHATS_STOP_G16
 * (closing.no_dismissal: other chats given as the reason the help stops) and PASSED_ON_ES_G16 (followup.* and
 * resolution.code: the Spanish question passed on to the patron's library, whose people will contact the patron), both
 * ways, outside backup staff (a reading list, museum passes, tax forms, library cards); and G16's LEFT greetings.
 *
 * PARAPHRASE SWEEP. Shapes tried (American, British, non-native, chat-speak, terse, Spanish tú and usted):
 *  stops: "I've got three other chats going, so I can't help any further", "got like 6 chats open rn so cant do more sry",
 *   British "I've several chats on at once, so I cannot carry on with this one", non-native "I have many other conversations
 *   now, I can not continue", "tengo muchos chats abiertos, así que no puedo seguir contigo", "atiendo otros chats a la vez y
 *   no puedo continuar", "five other chats open at the moment, so I cannot go on with this one" (whole session);
 *  near misses: slow ("so replies may be slow"), "can't do more than skim", a way back after it (English and Spanish), the
 *   patron's own chats, "several chats" in a question about the chat service, "saved several chats … can't wait to read
 *   them", group chats, WhatsApp chats;
 *  passed on: "Le paso su pregunta a su biblioteca y alguien de allí se comunicará con usted", tú "Te paso tu consulta a la
 *   sucursal y alguien de la biblioteca te escribirá", "Se la reenvío a su biblioteca y ellos se comunicarán", "Voy a enviar
 *   su pregunta a la sucursal Centro; el personal le llamará", "Le reenviaré su consulta …, y una bibliotecaria de allí le
 *   contactará", with the e-mail and a day; near misses: the patron's step, a link passed on, the library doing something
 *   else, the automatic hold notice;
 *  greetings: "Sam from the 24/7 backup service", "Kim w/ Ask Us backup", "backup librarian from the 24/7 cooperative here",
 *   British "Evening! Priya from the out-of-hours service".
 *
 * Readings taken where RUBRIC.md leaves room: other chats as a reason to be slow is no dismissal, as the reason the help stops
 * with no way back it is the provider's convenience (G16's reading); the library's people who "will contact you" after the
 * provider passes the question on are "someone from your library" (a promise), also as "ellos" and with the question as a
 * pronoun ("se la reenvío"); identification (approachability.greeting: "a name, 'librarian', the library or the service, in
 * the text") is met by a name or "librarian" with no "I'm / this is" lead: G16's three LEFT greetings are identification.
 *
 * Counts. Written: 38 cases: 1 whole session and 37 short. First batch (30: 1 whole + 29 short, labelled before running): 10 disagreed:
 * closing.no_dismissal 3 (British "carry on" and Spanish "y no puedo continuar" read as no dismissal; "can't do more than
 * skim" read as one), followup/resolution.code 3 ("Se la reenvío … ellos se comunicarán" not read; with the e-mail and
 * "antes del viernes" contact fails; the patron's step "llame … y alguien de allí le responderá" read as a promise),
 * approachability.greeting 4 (all four greetings read as no identification). Second batch (8, the fixes' words, labelled
 * before running): 1 disagreed ("tengo tres chats a la vez y no puedo seguir": Spanish numbers; fixed). Labels corrected: 0.
 * Run: 31; LEFT: 7.
 *
 * Fixes (block E18, rubric.ts):
 *  - OTHER_CHATS_STOP_E18 (dismissalConvenience, plus): G16's other chats, the connector "y" and Spanish numbers (dos … cinco)
 *    too, with only the verbs of going on ("carry on", continue, seguir, continuar). [near misses: "varios chats abiertos y no
 *    puedo contestar enseguida" (slow), "so I can't carry a long chat, but yes: book …" (help goes on).]
 *  - PASSED_ON_ES_E18 (followupPromise, plus): "se la paso / reenvío … a su biblioteca / la sucursal" and the plural "ellos se
 *    comunicarán / le contactarán / le llamarán". [near misses: "Se la paso a su biblioteca y ellos tendrán el libro listo",
 *    "Usted se la puede pasar a su biblioteca y ellos se comunicarán" (the patron's step).]
 *  Widening checked: with OTHER_CHATS_STOP_E18's verbs made any word, 3 near misses fail ("varios chats abiertos y no puedo
 *  contestar enseguida", "can't carry a long chat, but yes …", "saved several chats … can't wait to read them"); with
 *  PASSED_ON_ES_E18's "y … se comunicarán" part removed, 2 fail ("Se la paso … y ellos tendrán el libro listo", "Le paso su
 *  pregunta … y ellos revisarán la multa"); "Usted se la puede pasar …" did NOT fail (the verb must follow "se la"
 *  directly): kept as a guard all the same. Restored after each try.
 *
 * Not changed / LEFT (7, reasons in LEFT_WHY): the four greetings (a name is read only after "I'm / this is / … here"-like
 * leads in classify.ts, shared by every version: not changed in the time); "can't do more than skim" read as a dismissal (not
 * by G16's family: not traced); the Spanish "antes del viernes" not read as a time (older timing family); the patron's step
 * "llame … y alguien de allí le responderá" read as a promise by an older family.
 * Not done (time): a third batch; a READ_SINCE_LEFT list in G16's file (none of G16's LEFT cases moved).
 *
 * Final run: this file, rubric.test.ts, thirty-eighth-round-backup.test.ts, every thirty-sixth-, thirty-seventh- and
 * thirty-eighth-round file, and the files found by `grep -lE "chats abiertos|other chats|se comunicar|several chats|carry on|se
 * la (paso|reenv)"` (78 files, all passing); also every file found by `grep -l "greeting"` (248 files, all passing).
 * v39's fingerprint after block E18: 18f7f3ebfe1b7c37.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, second } from './narrowing-lines';

/** A reading-list question answered, then "and the museum pass?" and the provider's `last` message(s). */
const museum = (...last: string[]): Line[] =>
  second('do you have books on the french revolution', 'Yes: Citizens by Simon Schama is in our catalogue at samplelibrary.org. Does that help?', 'ok and can i book a museum pass online?', ...last);
/** The default opening, one provider message `text`, thanks and a goodbye. */
const reply = (text: string, q = 'puedo renovar mi carnet por internet?'): Line[] => [...OPEN(q), L(text), [110, 'p', 'ok gracias'], [120, 'l', '¡Gracias por escribirnos, adiós!']];
/** The greeting `greet` (with a question), the reply, one answer with a source, thanks and a goodbye. */
const greetThen = (greet: string): Line[] => [
  ...OPEN('how do i get a library card', greet, 'springfield'),
  L('You can apply at springfieldlibrary.org/card. Does that help?'),
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const whole: SessionCase[] = [
  {
    // A tax-form question on a busy evening: the provider says she is slow (no dismissal), answers, then ends the second
    // question because of other chats with no way back (fails no_dismissal); no promise.
    name: 'tax forms on a busy night: slow because of other chats, then "so I cannot go on with this one" and no way back',
    lines: [
      [0, 'p', 'hello where can i get the 1040 instructions printed'],
      [20, 'l', "Hi, I'm Dana, a reference librarian at Sample County Library. Which branch are you near?"],
      [50, 'p', 'eastside'],
      [60, 'l', 'I have a few other chats open, so I may be a bit slow.'],
      [80, 'l', 'Eastside has the 1040 instructions at the front desk, and they are online at irs.gov/forms. Does that help?'],
      [100, 'p', 'yes, also can you tell me how to file an extension?'],
      [110, 'l', 'I have five other chats open at the moment, so I cannot go on with this one. Bye.'],
    ],
    exp: some({ greeting: 'pass', source: 'pass', dismissal: 'fail', contact: 'na' }),
  },
];

/** First batch: OTHER_CHATS_STOP_G16, both ways, outside backup staff. */
export const stops: SessionCase[] = [
  // behaviour: other chats as the reason the help stops, no way back (fail)
  { name: 'stop: American "I\'ve got three other chats going, so I can\'t help any further with this"', lines: museum("I've got three other chats going, so I can't help any further with this."), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: chat-speak "2 many chats rn, cant do more sry"', lines: museum('got like 6 chats open rn so cant do more sry'), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: British "I\'ve several chats on at once, so I cannot carry on with this one, sorry"', lines: museum("I've several chats on at once, so I cannot carry on with this one, sorry."), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: non-native "I have many conversation now, I can not continue"', lines: museum('Sorry I have many other conversations now, I can not continue.'), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: Spanish tú "tengo muchos chats abiertos, así que no puedo seguir contigo"', lines: museum('Tengo muchos chats abiertos, así que no puedo seguir contigo. Chao.'), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: Spanish "atiendo otros chats a la vez y no puedo continuar con su consulta"', lines: museum('Atiendo otros chats a la vez y no puedo continuar con su consulta.'), exp: some({ dismissal: 'fail' }) },
  // near misses: slow, "more than", a way back after it, the patron's chats, chat service questions, group / WhatsApp chats
  { name: 'near miss: "I have 4 other chats going rn so replies may be slow" and the answer follows', lines: museum('i have 4 other chats going rn so replies may be slow', 'Yes: book museum passes at samplelibrary.org/passes.', 'Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "several chats open, so I can\'t do more than skim the pass rules" and the answer follows', lines: museum("I have several chats open, so I can't do more than skim the pass rules, but yes: book at samplelibrary.org/passes.", 'Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "three other chats, so I can\'t continue now, but chat with us again anytime or call 555-0100"', lines: museum("I have three other chats going, so I can't continue now, but please chat with us again anytime or call the desk at 410-555-0100."), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: Spanish "varios chats abiertos, así que no puedo seguir ahora, pero vuelva a escribirnos cuando quiera"', lines: museum('Tengo varios chats abiertos, así que no puedo seguir ahora, pero vuelva a escribirnos cuando quiera o llame al 410-555-0100.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: the patron\'s "i have 2 other chats open so i cant continue" (not the provider\'s)', lines: second('do you have books on the french revolution', 'Yes: Citizens by Simon Schama is in our catalogue at samplelibrary.org. Does that help?', 'sorry i have 2 other chats open so i cant continue, bye', 'No problem, come back anytime. Bye!'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "other chats" in a question about the chat service ("can librarians take several chats, and can I continue one later?")', lines: second('do you have books on the french revolution', 'Yes: Citizens by Simon Schama is in our catalogue at samplelibrary.org. Does that help?', 'can one librarian handle several chats at once? and can i continue this later?', 'Yes, we often handle several chats at once, and you can always continue by starting a new chat. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I saved several chats from the author Q&A and I can\'t wait to read them" (not a stop)', lines: museum("Fun fact: I saved several chats from the author Q&A and I can't wait to read them again! Yes, passes are at samplelibrary.org/passes.", 'Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: group chats ("many group chats, so I can\'t keep up with them") as a topic', lines: second('any books for parents on teens and phones', 'Try "The Anxious Generation" in our catalogue at samplelibrary.org. Does that help?', 'my kid says she has many group chats so she cant stop checking them', 'That is common; the book has a chapter on exactly that. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: WhatsApp chats ("multiple WhatsApp chats and can\'t continue them on a new phone")', lines: second('how do i move whatsapp to a new phone', 'The WhatsApp help page at faq.whatsapp.com explains chat backup. Does that help?', 'ok', 'People with multiple WhatsApp chats often find they cannot continue them on a new phone without a backup, so do that first. Anything else?'), exp: some({ dismissal: 'pass' }) },
];

/** First batch: PASSED_ON_ES_G16, both ways. */
export const passedOn: SessionCase[] = [
  // behaviour: the question passed on, the library's people will contact the patron (a promise: no e-mail/when, contact fails;
  // the session is coded Answered by default, so resolution.code fails)
  { name: 'passed on: usted "Le paso su pregunta a su biblioteca y alguien de allí se comunicará con usted"', lines: reply('Le paso su pregunta a su biblioteca y alguien de allí se comunicará con usted.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: tú "Te paso tu consulta a la sucursal y alguien de la biblioteca te escribirá"', lines: reply('Te paso tu consulta a la sucursal y alguien de la biblioteca te escribirá.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: "Se la reenvío a su biblioteca y ellos se comunicarán con usted"', lines: reply('Se la reenvío a su biblioteca y ellos se comunicarán con usted esta semana.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: "Voy a enviar su pregunta a la sucursal Centro; el personal le llamará mañana"', lines: reply('Voy a enviar su pregunta a la sucursal Centro; el personal le llamará mañana.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: "Le reenviaré su consulta a su biblioteca, y una bibliotecaria de allí le contactará"', lines: reply('Le reenviaré su consulta a su biblioteca, y una bibliotecaria de allí le contactará.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: with e-mail and day, "…se comunicará con usted en ana@correo.com antes del viernes" (contact passes)', lines: reply('Le paso su pregunta a su biblioteca y alguien de allí se comunicará con usted en ana@correo.com antes del viernes.'), exp: some({ contact: 'pass', code: 'fail' }) },
  // near misses
  { name: 'near miss: "Puede pasarle su pregunta a su biblioteca y alguien de allí se comunicará" (the patron\'s step)', lines: reply('Puede pasarle su pregunta a su biblioteca: llame al 512-555-0100 y alguien de allí le responderá.'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'near miss: "Le paso el enlace de su biblioteca y allí verá el horario" (a link, no contact)', lines: reply('Le paso el enlace de su biblioteca: samplelibrary.org/horario. Allí verá el horario.'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'near miss: "Le paso su pregunta a su biblioteca y ellos revisan su cuenta" ("y" and no contact)', lines: reply('Le paso su pregunta a su biblioteca y ellos revisarán la multa en el sistema.'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'near miss: "Su biblioteca le llamará automáticamente cuando llegue su reserva" (automatic)', lines: reply('Su biblioteca le enviará un aviso automático cuando llegue su reserva; véalo en samplelibrary.org/cuenta.'), exp: some({ contact: 'na', code: 'pass' }) },
];

/** G16's LEFT greetings relabelled from RUBRIC.md's literal text (a name, "librarian", the library or the service). */
export const greetings: SessionCase[] = [
  // RUBRIC.md: identification is "a name, 'librarian', the library or the service, in the text": each of these names one.
];

export const secondBatch: SessionCase[] = [
  // probing OTHER_CHATS_STOP_E18 and PASSED_ON_ES_E18 (labelled before running)
  { name: 'stop: "I have two other conversations open and I can\'t carry on with yours"', lines: museum("I have two other conversations open and I can't carry on with yours."), exp: some({ dismissal: 'fail' }) },
  { name: 'stop: Spanish "tengo tres chats a la vez y no puedo seguir con su pregunta"', lines: museum('Tengo tres chats a la vez y no puedo seguir con su pregunta.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard: Spanish "varios chats abiertos y no puedo contestar enseguida" (slow) and the answer follows', lines: museum('Tengo varios chats abiertos y no puedo contestar enseguida.', 'Sí: reserve el pase en samplelibrary.org/passes.', '¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "several chats on at once, so I can\'t carry on chatting idly, but yes: book at …" (help goes on)', lines: museum("Several chats on at once, so I can't carry a long chat, but yes: book the pass at samplelibrary.org/passes.", 'Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'passed on: "Se la paso a la sucursal y el personal le llamará"', lines: reply('Se la paso a la sucursal y el personal le llamará esta semana.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'passed on: "Le envío su pregunta a su biblioteca y ellos le contactarán"', lines: reply('Le envío su pregunta a su biblioteca y ellos le contactarán.'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'guard: "Se la paso a su biblioteca y ellos tendrán el libro listo" (no contact)', lines: reply('Se la paso a su biblioteca y ellos tendrán el libro listo en el mostrador.'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'guard: "Se la puede pasar a su biblioteca y ellos se comunicarán con usted" (the patron\'s step)', lines: reply('Usted se la puede pasar a su biblioteca y ellos se comunicarán con usted.'), exp: some({ contact: 'na', code: 'pass' }) },
];

const LEFT_WHY: Record<string, string> = {
  'near miss: "several chats open, so I can\'t do more than skim the pass rules" and the answer follows': 'read as a dismissal though the answer follows in the same message; not by G16\'s family (its "(?! than)"), an older reading of the message: not traced in the time',
  'passed on: with e-mail and day, "…se comunicará con usted en ana@correo.com antes del viernes" (contact passes)': 'followup.contact: the Spanish "antes del viernes" is not read as when the information comes (an older family of timing, outside G16)',
  'near miss: "Puede pasarle su pregunta a su biblioteca y alguien de allí se comunicará" (the patron\'s step)': 'read as a promise by an older family ("alguien de allí le responderá"), not by G16\'s: narrowing it would move older rounds\' promises',
};
/**
 * Once LEFT (a name, or "backup librarian", before "from / w/ … service" not read): read since v40 G19's `nameServiceG19`
 * (a name or "librarian" before "from / with / w/ / at / of" and a service's word names who is answering). Unchanged.
 */
const READ_SINCE_LEFT: SessionCase[] = [
  { name: 'greet: "Hi there, Sam from the 24/7 backup service" (a name and the service)', lines: greetThen('Hi there, Sam from the 24/7 backup service. Which library card do you have?'), exp: some({ greeting: 'pass' }) },
  { name: 'greet: "Hi, Kim w/ Ask Us backup" (a name)', lines: greetThen('Hi, Kim w/ Ask Us backup. Which county?'), exp: some({ greeting: 'pass' }) },
  { name: 'greet: "hey there, backup librarian from the 24/7 cooperative here" ("librarian")', lines: greetThen('hey there, backup librarian from the 24/7 cooperative here, what library r u from?'), exp: some({ greeting: 'pass' }) },
  { name: 'greet: British "Evening! Priya from the out-of-hours service" (a name and the service)', lines: greetThen('Evening! Priya from the out-of-hours service. Which library authority are you with?'), exp: some({ greeting: 'pass' }) },
];

const all = [...whole, ...stops, ...passedOn, ...greetings, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('thirty-eighth round (E18): G16 checked (other chats as the reason the help stops, the Spanish question passed on)', () => {
  describeSessions('whole session', running(whole));
  describeSessions('other chats', running(stops));
  describeSessions('passed on (Spanish)', running(passedOn));
  // (every greeting is LEFT: describeSessions would be an empty suite)
  if (running(greetings).length > 0) describeSessions('greetings', running(greetings));
  describeSessions('second batch', running(secondBatch));
  describeLeft('E18', all.filter((c) => c.name in LEFT_WHY));
});

describeSessions('thirty-eighth-round-e18-checked: once left, now read as labelled', READ_SINCE_LEFT);
