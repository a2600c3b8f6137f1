/**
 * Session builders shared by the narrowing waves' files (the thirtieth round's `-referrals-checked`, the thirty-first's
 * `-k12-checked`, `-k34-checked`, `-m23-checked`, `-o13-checked` and `-o2-checked`; the Spanish ones below, of the
 * thirty-eighth round's `-e14-checked` and the thirty-ninth's `-e19-checked` and `-e23-checked`): a question, a greeting
 * that asks the patron's county, the reply, one provider message and a goodbye.
 */
import type { Line } from './helpers';

/** How a checking case's name ends: "passes", "fails", or the status itself ("na"). */
export const says = (st: string): string => (st === 'pass' ? 'passes' : st === 'fail' ? 'fails' : st);

/** The patron's question `q`, the provider's greeting `greet` (by default with a clarifying question) and the reply. */
export const OPEN = (q: string, greet = 'Hi, this is Jo, a librarian at Sample County Library. What county do you live in?', reply = 'sample county'): Line[] => [
  [0, 'p', q],
  [20, 'l', greet],
  [50, 'p', reply],
];
/** A provider message `text` at `t` seconds. */
export const L = (text: string, t = 70): Line => [t, 'l', text];
/** The patron's thanks and the provider's goodbye. */
export const BYE: Line[] = [[110, 'p', 'ok thanks'], [120, 'l', 'Thanks for chatting, bye!']];
/** `OPEN(q)`, one provider message `text` and `BYE`. */
export const one = (q: string, text: string): Line[] => [...OPEN(q), L(text), ...BYE];

// ---- Spanish sessions and session ends (thirty-eighth round E14; thirty-ninth round E19, E23) ----

/** A Spanish opening: the question, a Spanish greeting that asks the county, the reply. */
export const OPEN_ES = (q: string): Line[] => OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample');
/** A Spanish session: the opening, `text` and a goodbye. */
export const es = (q: string, text: string): Line[] => [...OPEN_ES(q), L(text), [110, 'p', 'gracias'], [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!']];
/** The opening, then the provider's `text` alone as the last message (no goodbye after). */
export const ends = (q: string, text: string): Line[] => [...OPEN(q), L(text)];
export const endsEs = (q: string, text: string): Line[] => [...OPEN_ES(q), L(text)];
/** The opening, then the provider's `texts` at 70, 80, … s and nothing after them (the forty-second round's `-i`, `-i3-checked`, `-i14-checked`). */
export const last = (q: string, ...texts: string[]): Line[] => [...OPEN(q), ...texts.map((t, i) => L(t, 70 + 10 * i))];
/**
 * A Spanish session where `said` (at 52 s) is a provider message; the provider writes again 200 s later. Read as a hold, the
 * 200 s is a wait on the provider (keep_informed fails); read as no hold, a wait on the patron (passes).
 */
export const espera = (said: string): Line[] => [
  [0, 'p', 'hola, hay clases de computacion en la biblioteca?'],
  [20, 'l', 'Hola, soy Jo de Pregunte a la Biblioteca. ¿Qué sucursal usa normalmente?'],
  [45, 'p', 'la central'],
  [52, 'l', said],
  [252, 'l', 'Las clases están en el calendario de eventos, biblioteca.example.org/eventos. ¿Le sirvió?'],
  [270, 'p', 'si gracias'],
];
/** A Spanish answered question, then the provider's `text` at 260 s as the only message of a final idle of 195 s. */
export const gone = (text: string): Line[] => [
  [0, 'p', 'hola tienen libros en español para niños?'],
  [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿Para qué edad?'],
  [45, 'p', '5 años'],
  [65, 'l', 'Sí: en el catálogo, samplelibrary.org/catalogo, busque «cuentos infantiles» y filtre por español. ¿Le sirvió?'],
  [260, 'l', text],
];
/** A Spanish answered question, the patron's thanks, then the provider's `text` as the last message. */
export const lastEs = (q: string, text: string): Line[] => [...OPEN_ES(q), L('Está en el catálogo, samplelibrary.org/catalogo. ¿Le sirvió?'), [110, 'p', 'si gracias'], [120, 'l', text]];
/** An answered ebook question, then the provider's `text` at 230 s into a final idle, and a disconnect notice at 420 s. */
export const idle = (text: string): Line[] => [
  [0, 'p', 'do u have the new stephen king book'],
  [20, 'l', 'hi! jo here, librarian at Sample County Library. do u want print, ebook or audio?'],
  [45, 'p', 'ebook'],
  [70, 'l', 'its on Libby, search "Holly" at samplecounty.overdrive.com and place a hold. did that answer it?'],
  [230, 'l', text],
  [420, 'l', "It looks like you've been disconnected, so I'll end this chat now. Thanks for using Ask Us, come back anytime!"],
];
/** The same in Spanish. */
export const idleEs = (text: string): Line[] => [
  [0, 'p', 'hola tienen el nuevo libro de isabel allende'],
  [20, 'l', 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿Lo quiere impreso o en ebook?'],
  [45, 'p', 'ebook'],
  [70, 'l', 'Está en Libby: samplecounty.overdrive.com, busque «Allende» y póngalo en reserva. ¿Le sirvió?'],
  [230, 'l', text],
  [420, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos, vuelva cuando quiera!'],
];

// ---- A second question after an answer (thirty-eighth round E18; thirty-ninth round E20, E22, E23) ----

/** An answered question, the patron's second question, then the provider's `last` message(s) (no goodbye unless given). */
export const second = (q1: string, a1: string, q2: string, ...last: string[]): Line[] => [
  ...OPEN(q1),
  L(a1),
  [100, 'p', q2],
  ...last.map((x, i): Line => [110 + 10 * i, 'l', x]),
];
/** A question on a tenancy answered, then "one more thing" and the provider's `last` message(s). */
export const lease = (...last: string[]): Line[] =>
  second('where can i read the rules on security deposits', 'The state attorney general has a tenant guide at samplestate.gov/tenants. Does that help?', 'yes, one more: can landlords charge pet fees?', ...last);
/** A Spanish question answered, then a second question and the provider's `last` message(s). */
export const segunda = (...last: string[]): Line[] =>
  second('tienen libros de cocina mexicana?', 'Sí, vea el catálogo en samplelibrary.org/catalogo. ¿Le sirve?', 'si, y tienen clases de ingles?', ...last);
