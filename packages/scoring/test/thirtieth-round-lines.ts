/**
 * Session builders shared by the thirtieth round's files (I1's reading, I4's several questions, J3's narrowings of both).
 */
import type { Line } from './helpers';

/** A session asking for an author's books, then one provider message `text` (at 60 s) and the patron's thanks. */
export const AUTHOR_Q = (text: string): Line[] => [
  [0, 'p', 'do you have any books like the ones my kids read at school'],
  [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Which ones did they like?'],
  [45, 'p', 'not sure, something classic'],
  [60, 'l', text],
  [90, 'p', 'ok thanks'],
];
/** A read-alike question, a greeting, then `said` (a hold that may ask), the patron's reply, titles and "Does that help?". */
export const HOLD_ASK = (said: string): Line[] => [
  [0, 'p', 'Anything like The Martian?'],
  [20, 'l', 'Hello, Jo here at Ask Us, Sample County Library!'],
  [24, 'l', said],
  [60, 'p', 'ok'],
  [100, 'l', 'Try Project Hail Mary by Andy Weir. Does that help?'],
  [130, 'p', 'yes'],
];
/** A Spanish read-alike session up to the titles. */
export const SPANISH: Line[] = [
  [0, 'p', 'Hola, busco novelas como Cien años de soledad'],
  [20, 'l', '¡Hola! Soy Ana, bibliotecaria de Ask Us en Sample County Library. ¿Las quiere en español?'],
  [50, 'p', 'sí, en español'],
  [70, 'l', 'Le recomiendo El amor en los tiempos del cólera de Gabriel García Márquez y Pedro Páramo de Juan Rulfo.'],
];
/** A short session up to the first answer (with a clarifying question and a source), no completeness question yet. */
export const FIRST: Line[] = [
  [0, 'p', 'hi, two questions: can I get a museum pass, and how do I book a study room?'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Which branch do you use?"],
  [50, 'p', 'the central one'],
  [70, 'l', 'Central lends museum passes; reserve one at sample.org/passes.'],
];
