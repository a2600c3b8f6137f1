/**
 * Fifty-fifth round, blind: block Q's readings (rubric v51) checked both ways by a second hand, in wording the author did not see,
 * each case labelled from RUBRIC.md before it ran. Q1 (closing.anything_else), Q2 and Q10 (followup.completeness), Q15 (the
 * follow-up promise: followup.on_time, resolution.code), Q9 and Q12 (referral.contact). The scorer is not changed here; the cases
 * it misreads are kept as LEFT records, each saying whether rubric v50 read it the same ("older") or block Q caused it ("Q caused").
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Q1: "sweet, that's it!", "gotcha thats it ty", "sounds good... that's it", "nice one, that's it" say on the patron's own that
 *   they are done (RUBRIC's "that's all I needed"); "nice that's it, thats the map my grandpa had" after "Is this the map you
 *   meant?" names the thing found, and "got it, that's it? no form to sign?" asks back: neither says they are done.
 * - Q2: a resource given in the chat asked about by its name ("Did WorldCat get u what u needed?", "Does MedlinePlus answer your
 *   question about the side effects?", two resources joined by "and") asks whether what was given meets the need; "Did Nurse Ortiz
 *   answer your questions?" asks about a person's help, "Would Saturday morning get you what you need?" about a booking not made,
 *   "Did Hoopla give you what you needed when you tried it before?" about the patron's own earlier use: none counts.
 * - Q10: "do these pictures match your tree?", "Does this match the bug you found?", "Did the pattern match your quilt block?" ask
 *   whether the answer fits; "your card on file ends in 4421, does that match what you have?" checks a record before a PIN reset,
 *   not whether the answer meets the need.
 * - Q15: an agency's call or e-mail for the patron's interview ("SNAP will call you in about a week for your interview", "the
 *   caseworker will call u to set up ur interview") is no promise of the provider's to send or find more; the provider's own
 *   "I'll call you about your interview questions tomorrow" and the library's "will e-mail you about the interview recording by
 *   Monday" are.
 * - Q9: a Spanish street address with its house number ("Avenida Insurgentes Sur 1605", "Calzada Independencia 10", "1200 Avenida
 *   Central", "Carrera 7 # 32-16, Bogotá") or a street with "s/n" and its postal code ("Calle Zaragoza s/n, C.P. 64000") is a
 *   postal address; a street without its house number ("la calle Madero desde las 9", "la Avenida Hidalgo, a 5 cuadras") is not.
 * - Q12: "Pídale que llame …", "Que llame cuanto antes a la policía local", "entonces que llame mañana a la embajada", "digale q llame
 *   ahorita a su banco" tell the patron to have someone contact a party; "Lleve / Vaya a la presidencia municipal" is a visit to an
 *   office (a referral). Not a referral: the provider's own call ("Yo llamé hoy mismo al consulado …", staff consulted on the
 *   patron's behalf), "Dígale que lea la guía", "que me llame a mí o que vuelva a este chat", and a family member ("y que llame hoy
 *   mismo a su hermana": not an agency, library, office or specialist).
 *
 * COUNTS. Written: 49 cases labelled before the first run (/tmp/q-blind-labels.ts), and 3 added after it, each labelled before its
 * own run ("(added)": the Q1 "sounds good" with a comma, to tell the "..." apart; two Q9 number-first addresses, since the first
 * run's referring verb was not read). First run: 30 of 49 as labelled, 19 disagreeing. Label corrections: 0 (no label rested on a
 * misreading of RUBRIC or a wrong time). Added: 3, 2 as labelled ("sounds good, that's it"; "Vaya al consulado, 1200 Avenida
 * Central."), 1 disagreeing. Final: 52 cases, 32 running, 20 LEFT:
 * - anything_else pass/fail "sounds good... that's it" (older; with a comma it reads)
 * - anything_else pass/fail "nice one, that's it" (older)
 * - anything_else fail/pass "nice that's it, thats the map my grandpa had" (Q caused)
 * - anything_else fail/pass "got it, that's it? no form to sign?" (Q caused)
 * - completeness pass/fail "Does MedlinePlus answer your question about the side effects?" (older)
 * - completeness pass/fail "Do NoveList Plus and the read-alike lists get you what you're looking for?" (older)
 * - completeness fail/pass "Did Nurse Ortiz answer your questions?" (Q caused)
 * - completeness fail/pass "Did Hoopla give you what you needed when you tried it before?" (Q caused)
 * - completeness pass/fail "do these pictures match your tree?" (older)
 * - completeness pass/fail "Did the pattern match your quilt block?" (older)
 * - completeness pass/fail "Does this match the bug you found?" (older)
 * - completeness pass/fail "Do the symptoms match what ur seeing on the leaves?" (older)
 * - completeness fail/pass "your card on file ends in 4421, does that match what you have?" (older)
 * - on_time, code na,pass/pending,fail "SNAP will call you in about a week for your interview." (older)
 * - on_time, code pending,fail/na,pass "I'll call you about your interview questions tomorrow afternoon." (Q caused)
 * - referral pass/na "Lleve los papeles a la presidencia municipal, 1200 Avenida Central." (older)
 * - referral pass/na "Vaya a la presidencia municipal, 1200 Avenida Central." (added; older)
 * - referral pass/fail "Vaya a la notaría en Carrera 7 # 32-16, Bogotá." (older)
 * - referral fail/pass "Vaya al registro civil de la calle Madero desde las 9 de la mañana." (Q caused)
 * - referral fail/pass "Pregunte en la parroquia de la Avenida Hidalgo, a 5 cuadras de la plaza." (older)
 *
 * AFTER THE MENDS (the author's, in 214fc6d and after; labels unchanged): 15 of the 20 LEFT run. The 6 Q caused are mended (Q1
 * not in a question nor before the thing found, Q2's titles and "when you tried it before", Q15 not "interview questions", Q9 not
 * an hour); 9 older ones are taken (Q2 "answer your question about …" in the present tense, Q10's "these pictures", "the
 * pattern", "the bug you found", "what ur seeing", Q15 "in about a week for your interview", "la presidencia municipal" as a
 * party, the Colombian "Carrera 7 # 32-16"). 5 stay LEFT, all older: "sounds good... that's it", "nice one, that's it", two
 * resources joined by "and", the card number checked ("does that match what you have?") and "la Avenida Hidalgo, a 5 cuadras"
 * read as an address by an older reading. 47 running, 5 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Sam here at Millbrook Public Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch is yours?', branchReply: 'eastside' });

/** The patron's `q`, a greeting with a question, the reply, the provider's `answer` (with its own question), the patron's `last`, goodbye. */
const ended = (q: string, answer: string, last: string): Line[] => [
  [0, 'p', q],
  [18, 'l', `${HI} Is this for you or for someone else?`],
  [45, 'p', 'for me'],
  [65, 'l', answer],
  [100, 'p', last],
  [108, 'l', 'Take care, goodbye!'],
];

/** A session with the patron's e-mail given and read back, then the provider's `promise` as last provider words. */
const promised = (q: string, promise: string): Line[] => [
  [0, 'p', q],
  [18, 'l', `${HI} Which part of it do you need, the whole thing or a piece?`],
  [45, 'p', 'the whole thing please'],
  [60, 'l', 'Could I have your e-mail address?'],
  [85, 'p', 'its lee.okafor@example.net'],
  [95, 'l', 'Got it: lee.okafor@example.net.'],
  [110, 'l', promise],
];

export const q1: SessionCase[] = [
  // ---- for: the patron says they are done, after a word of approval
  c('Q1 for: "sweet, that\'s it!"', ended('can i renew a dvd online', 'Yes, up to twice, from My Account at millbrooklib.example.org/account. Does that help?', "sweet, that's it!"), some({ anything: 'pass' })),
  c('Q1 for: "gotcha thats it ty"', ended('whats the wifi password', 'There is none: join "MPL-Guest" and accept the terms, as millbrooklib.example.org/wifi says. Did that work?', 'gotcha thats it ty'), some({ anything: 'pass' })),
  c('Q1 for: "sounds good... that\'s it"', ended('do you have tax forms', 'Federal forms are at irs.gov/forms and we print them free at the desk. Is that what you needed?', "sounds good... that's it"), some({ anything: 'pass' })),
  c('Q1 for: "nice one, that\'s it"', ended('can i return books at another branch', 'Any branch takes them: millbrooklib.example.org/returns. Does that answer it?', "nice one, that's it"), some({ anything: 'pass' })),
  c('Q1 for: "Awesome!! That\'s it for me"', ended('is the makerspace open sunday', 'Sundays 1 to 5; the schedule is at millbrooklib.example.org/make. Does that help?', "Awesome!! That's it for me"), some({ anything: 'pass' })),
  // ---- against: "that's it" naming what was found, asked back, or approval alone
  c('Q1 against: "nice that\'s it, thats the map my grandpa had" after "Is this the map?"', ended('old map of the mill district', 'The 1911 Sanborn map is at millbrooklib.example.org/maps/1911. Is this the map you meant?', "nice that's it, thats the map my grandpa had"), some({ anything: 'fail' })),
  c('Q1 against: "cool, is that it?"', ended('how do i get a card', 'Fill in the form at millbrooklib.example.org/join. Does that help?', 'cool, is that it?'), some({ anything: 'fail' })),
  c('Q1 against: "got it, that\'s it? no form to sign?"', ended('how do i get a card', 'Just show an ID at any desk; the details are at millbrooklib.example.org/join. Does that help?', "got it, that's it? no form to sign?"), some({ anything: 'fail' })),
  c('Q1 against: "yep that\'s it" after "Is this the article?"', ended('article about the mill fire in the paper', 'This one from the Millbrook Courier, 1978, is at millbrooklib.example.org/courier/1978-04. Is this the article?', "yep that's it"), some({ anything: 'fail' })),
  c('Q1 against: "sweet thanks!" alone', ended('can i renew a dvd online', 'Yes, from My Account at millbrooklib.example.org/account. Does that help?', 'sweet thanks!'), some({ anything: 'fail' })),
  // added after the first run (labelled before their own run): the comma instead of "..."
  c('Q1 for (added): "sounds good, that\'s it"', ended('do you have tax forms', 'Federal forms are at irs.gov/forms and we print them free at the desk. Is that what you needed?', "sounds good, that's it"), some({ anything: 'pass' })),
  c('Q1 older: "perfect, that\'s all i needed" still reads', ended('can i renew a dvd online', 'Yes, from My Account at millbrooklib.example.org/account. Does that help?', "perfect, that's all i needed"), some({ anything: 'pass' })),
];

export const q2q10: SessionCase[] = [
  // ---- Q2 for
  c('Q2 for: "Did WorldCat get u what u needed?"', said('which libraries have this thesis', 'WorldCat lists the holding libraries: worldcat.org. Did WorldCat get u what u needed?'), some({ complete: 'pass' })),
  c('Q2 for: "Will Mango Languages give you what you want for the trip?"', said('learn some portuguese before my trip', 'Mango Languages is free with your card at millbrooklib.example.org/mango. Will Mango Languages give you what you want for the trip?'), some({ complete: 'pass' })),
  c('Q2 for: "did consumer reports give u what u were after?"', said('best rated dishwashers', 'Consumer Reports online rates them, free from home at millbrooklib.example.org/cr. did consumer reports give u what u were after?'), some({ complete: 'pass' })),
  c('Q2 for: "Does MedlinePlus answer your question about the side effects?"', said('side effects of metformin', 'MedlinePlus lists them at medlineplus.gov/druginfo. Does MedlinePlus answer your question about the side effects?'), some({ complete: 'pass' })),
  c('Q2 for: "Do NoveList Plus and the read-alike lists get you what you\'re looking for?"', said('books like the hunger games', 'NoveList Plus is at millbrooklib.example.org/novelist and our read-alike lists at millbrooklib.example.org/readalikes. Do NoveList Plus and the read-alike lists get you what you\'re looking for?'), some({ complete: 'pass' })),
  // ---- Q2 against
  c('Q2 against: "Did Nurse Ortiz answer your questions?"', said('what does a1c mean', 'MedlinePlus explains it at medlineplus.gov/a1c.html. Did Nurse Ortiz answer your questions?'), some({ complete: 'fail' })),
  c('Q2 against: "Would Saturday morning get you what you need?" (a booking not made)', said('can i book a study room', 'Rooms are booked at millbrooklib.example.org/rooms. Would Saturday morning get you what you need?'), some({ complete: 'fail' })),
  c('Q2 against: "Did Hoopla give you what you needed when you tried it before?"', said('audiobook of educated', 'Hoopla has it: millbrooklib.example.org/hoopla. Did Hoopla give you what you needed when you tried it before?'), some({ complete: 'fail' })),
  c('Q2 against: the named question before any source', asked('ebooks for my kindle', 'Did Libby get you what you needed when you looked?', 'no nothing', 'Libby sends ebooks to Kindles: millbrooklib.example.org/libby.'), some({ complete: 'fail' })),
  // ---- Q10 for
  c('Q10 for: "do these pictures match your tree?"', said('spots on my maple leaves', 'It may be tar spot; the extension page has photos: extension.example.edu/tarspot. do these pictures match your tree?'), some({ complete: 'pass' })),
  c('Q10 for: "Does the image match your mushroom?"', said('orange mushroom in my yard', 'It could be a chicken of the woods: extension.example.edu/fungi/chicken. Does the image match your mushroom?'), some({ complete: 'pass' })),
  c('Q10 for: "Did the pattern match your quilt block?"', said('name of a quilt pattern with stars', 'That sounds like Ohio Star; there is a diagram at quiltindex.example.org/ohiostar. Did the pattern match your quilt block?'), some({ complete: 'pass' })),
  c('Q10 for: "Does this match the bug you found?"', said('shiny green beetle on roses', 'Probably a Japanese beetle: extension.example.edu/jbeetle has photos. Does this match the bug you found?'), some({ complete: 'pass' })),
  c('Q10 for: "Do the symptoms match what ur seeing on the leaves?"', said('tomato leaves curling', 'Leaf roll is described at extension.example.edu/tomato-leafroll. Do the symptoms match what ur seeing on the leaves?'), some({ complete: 'pass' })),
  // ---- Q10 against
  c('Q10 against: "The pictures … match your description." (no question)', said('is this a brown recluse', 'The pictures at extension.example.edu/recluse match your description.'), some({ complete: 'fail' })),
  c('Q10 against: "your card on file ends in 4421, does that match what you have?" (a record checked)', said('how do i reset my pin', 'Reset it at millbrooklib.example.org/pin. Before you do: your card on file ends in 4421, does that match what you have?'), some({ complete: 'fail' })),
];

export const q15: SessionCase[] = [
  // ---- for: the agency's interview call is no promise
  c('Q15 for: "SNAP will call you in about a week for your interview."', said('how does snap work after i apply', 'The steps are at benefits.example.gov/snap. SNAP will call you in about a week for your interview.'), some({ onTime: 'na', code: 'pass' })),
  c('Q15 for: "She\'ll contact you about your interview date."', said('applied for the page job at the library', 'The HR page is millbrook.example.gov/jobs. Our HR assistant reads every application; she\'ll contact you about your interview date.'), some({ onTime: 'na', code: 'pass' })),
  c('Q15 for: "The caseworker will call u to set up ur interview."', said('medicaid application whats next', 'The steps are at health.example.gov/apply. the caseworker will call u to set up ur interview'), some({ onTime: 'na', code: 'pass' })),
  // ---- against: the library's own promise stays one
  c('Q15 against: "Our oral history librarian will e-mail you about the interview recording by Monday."', promised('my grandpa was interviewed for the mill oral history project', 'Our oral history librarian will e-mail you about the interview recording by Monday.'), some({ onTime: 'pending', code: 'fail' })),
  c('Q15 against: "I\'ll call you about your interview questions tomorrow afternoon."', promised('help me prepare for a job interview', "I'll call you about your interview questions tomorrow afternoon."), some({ onTime: 'pending', code: 'fail' })),
  c('Q15 against: "They\'ll call you for an interview, and I\'ll e-mail you the prep checklist by Thursday."', promised('applied at the county, what now', "They'll call you for an interview, and I'll e-mail you the prep checklist by Thursday."), some({ onTime: 'pending', code: 'fail' })),
];

export const q9q12: SessionCase[] = [
  // ---- Q9 for: a Spanish street address with its house number
  c('Q9 for: "Avenida Insurgentes Sur 1605, Ciudad de México"', said('donde renuevo mi pasaporte mexicano', 'Vaya al consulado, Avenida Insurgentes Sur 1605, Ciudad de México.'), some({ referral: 'pass' })),
  c('Q9 for: "Calzada Independencia 10, Guadalajara"', said('acta de defuncion de mi abuelo', 'Escriba a la Oficina del Registro Civil, Calzada Independencia 10, Guadalajara.'), some({ referral: 'pass' })),
  c('Q9 for: "Calle Zaragoza s/n, C.P. 64000, Monterrey"', said('plano de mi terreno', 'Visite la oficina de catastro en Calle Zaragoza s/n, C.P. 64000, Monterrey.'), some({ referral: 'pass' })),
  c('Q9 for: "1200 Avenida Central"', said('permiso para una fiesta en la calle', 'Lleve los papeles a la presidencia municipal, 1200 Avenida Central.'), some({ referral: 'pass' })),
  c('Q9 for: "Carrera 7 # 32-16, Bogotá"', said('apostillar un documento colombiano', 'Vaya a la notaría en Carrera 7 # 32-16, Bogotá.'), some({ referral: 'pass' })),
  // added after the first run (labelled before their own run): the number-first address with a referring verb the scorer reads
  c('Q9 for (added): "Vaya a la presidencia municipal, 1200 Avenida Central."', said('permiso para una fiesta en la calle', 'Vaya a la presidencia municipal, 1200 Avenida Central.'), some({ referral: 'pass' })),
  c('Q9 for (added): "Vaya al consulado, 1200 Avenida Central."', said('renovar mi matricula consular', 'Vaya al consulado, 1200 Avenida Central.'), some({ referral: 'pass' })),
  // ---- Q9 against: a street without its house number
  c('Q9 against: "de la calle Madero desde las 9 de la mañana"', said('copia de mi acta', 'Vaya al registro civil de la calle Madero desde las 9 de la mañana.'), some({ referral: 'fail' })),
  c('Q9 against: "la Avenida Hidalgo, a 5 cuadras de la plaza"', said('fe de bautismo', 'Pregunte en la parroquia de la Avenida Hidalgo, a 5 cuadras de la plaza.'), some({ referral: 'fail' })),
  c('Q9 against: "está en la calle 8, a 10 minutos del centro"', said('tramite de matricula consular', 'Llame al consulado; está en la calle 8, a 10 minutos del centro.'), some({ referral: 'fail' })),
  // ---- Q12 for
  c('Q12 for: "Pídale que llame de inmediato a su banco al 1-800-555-0199."', said('a mi papá le robaron la tarjeta', 'Pídale que llame de inmediato a su banco al 1-800-555-0199.'), some({ referral: 'pass' })),
  c('Q12 for: "Que llame cuanto antes a la policía local." (no contact)', said('a mi tía la estafaron por teléfono', 'Que llame cuanto antes a la policía local.'), some({ referral: 'fail' })),
  c('Q12 for: "entonces que llame mañana a la embajada" (no contact)', said('mi hermano perdió el pasaporte en españa', 'Si hoy no contestan, entonces que llame mañana a la embajada.'), some({ referral: 'fail' })),
  c('Q12 for: "digale q llame ahorita a su banco" (chat-speak, no contact)', said('mi mama pago a un estafador', 'digale q llame ahorita a su banco'), some({ referral: 'fail' })),
  // ---- Q12 against
  c('Q12 against: "Yo llamé hoy mismo al consulado y me dijeron …" (the provider\'s own call)', said('cuanto tarda el tramite del pasaporte', 'Yo llamé hoy mismo al consulado y me dijeron que el trámite tarda 10 días. Los requisitos están en consulado.example.mx.'), some({ referral: 'na' })),
  c('Q12 against: "Dígale que lea la guía …" (reading, no party)', said('como evito fraudes', 'Dígale que lea la guía en consumidor.example.gov/fraude.'), some({ referral: 'na' })),
  c('Q12 against: "que me llame a mí o que vuelva a este chat"', said('tengo mas dudas despues', 'La guía está en consumidor.example.gov/fraude. Si tiene más dudas, que me llame a mí o que vuelva a este chat.'), some({ referral: 'na' })),
  c('Q12 against: "y que llame hoy mismo a su hermana" (family, not an agency)', said('mi mama quiere mandar mas dinero', 'La guía está en consumidor.example.gov/fraude. Dígale a su mamá que no mande más dinero y que llame hoy mismo a su hermana.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Q1 for: "sounds good... that\'s it"':
    'closing.anything_else, expected pass, got fail: "sounds good... that\'s it" says the patron is done (Q1\'s "sounds good … that\'s it"); the "..." seems to split it into two sentences, so the bare "that\'s it" is left unread ("sounds good, that\'s it" reads, the added case). older: v50 the same.',
  'Q1 for: "nice one, that\'s it"':
    'closing.anything_else, expected pass, got fail: "nice one, that\'s it" is Q1\'s approval before "that\'s it" with one more word; Q1 reads "nice" only right before it. older: v50 the same.',
  'Q2 for: "Do NoveList Plus and the read-alike lists get you what you\'re looking for?"':
    'followup.completeness, expected pass, got fail: the two resources just given, joined by "and", asked whether they meet the need; Q2 takes one name of up to three words. older: v50 the same.',
  'Q10 against: "your card on file ends in 4421, does that match what you have?" (a record checked)':
    'followup.completeness, expected fail, got pass: checks the patron\'s card number before a PIN reset, not whether the answer (the reset page) meets the need. older: v50 already read "does that match what you have?".',
  'Q9 against: "la Avenida Hidalgo, a 5 cuadras de la plaza"':
    'referral.contact, expected fail, got pass: a street without its house number and a distance; the scorer finds a way to reach the parish in the sentence all the same (not Q9\'s cuadras guard, which holds). older: v50 the same.',
};

describe('fifty-fifth round, blind: block Q checked both ways', () => {
  for (const [t, cs] of [['Q1', q1], ['Q2, Q10', q2q10], ['Q15', q15], ['Q9, Q12', q9q12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
