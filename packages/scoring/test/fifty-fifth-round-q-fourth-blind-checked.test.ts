/**
 * Fifty-fifth round, fourth blind check of block Q (rubric v51): the last mends of Q2 and Q10 (followup.completeness), Q8
 * (referral.contact, Spanish "escriba … al / a la <office>") and Q15 (followup.contact, followup.on_time, resolution.code: "they'll
 * call you for an interview") tried both ways, with the older readings next to them, in cases written without seeing the earlier
 * blind checks and labelled from RUBRIC.md before they ran (a copy of the labels was kept aside before the first run).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Q2: "Does/Did/Will <resource> get/give you what you …?" right after that resource is given asks whether the information given
 *   meets the need (pass); the same about a person ("Deacon Miles"), about an earlier use ("back in the spring"), or about
 *   something only offered ("Would Interlibrary Loan get you …?") does not. "Tell me what you're looking for", "Is this for a class,
 *   or what you're after for fun?", "Do you know what you're looking for …?" ask about the need, not whether it is met.
 * - Q10: "Do these pics match what ur seeing?", "Do the photos match your tree?" ask whether the answer fits (pass); a statement that
 *   the pictures match, or a question about the patron's own pictures against someone else's word, does not.
 * - Q8: "Escríbale al consulado …", "escriba a la oficina de vivienda" tell the patron to write to an office (a referral: fail
 *   without a way to reach it, pass with an e-mail); "Escriba su nombre … en el formulario", "Escriba al reverso de la foto la fecha"
 *   are writing something down (no referral: na).
 * - Q15: an agency contacting the patron for / to set up / about / with their interview is the agency's step, no promise of the
 *   provider's (followup checks na, resolution.code passes with "Answered"), also with a comma or "about scheduling" between; the
 *   provider's own staff e-mailing "about the interview transcript", "tips for the interview" or "about your interview questions"
 *   is a follow-up promise (contact passes with the e-mail given and a day; on_time pending a day after; code fails as "Answered").
 *
 * COUNTS. Written: 32 (16 Q2/Q10, 7 Q8, 9 Q15; 17 for, 15 against). First run as labelled: 27. Disagreeing: 5. Label
 * corrections: 0. Final: 27 running, 5 LEFT (each also scored under rubricV50):
 * - followup.completeness expected fail / got pass: "Did Deacon Miles give you what you needed?" (a person, title not listed): Q caused.
 * - followup.completeness expected fail / got pass: "Did JSTOR give you what you needed back in the spring?" (an earlier use): Q caused.
 * - followup.contact/on_time/resolution.code expected na/na/pass / got pass/pending/fail: "DSS will call you next week, for the
 *   eligibility interview." (a comma before "for"): older.
 * - followup.contact/on_time/resolution.code expected na/na/pass / got fail/pending/fail: "They'll call you about scheduling your
 *   interview.": older.
 * - followup.contact/on_time/resolution.code expected pass/pending/fail / got na/na/pass: "Our job coach will e-mail you tips for
 *   the interview by Thursday." (the library's own promise): Q caused.
 *
 * AFTER THE MENDS (the author's, labels unchanged): all 5 LEFT run. The 3 Q caused are mended (more titles, "deacon" among them,
 * as Q2's persons; "back in …", "last spring" as earlier times; Q15 reads only words of time between "you" and the interview, so
 * "e-mail you tips for the interview" is the library's promise again); the 2 older are taken (a comma before "for", "about
 * scheduling your interview"). 32 running, 0 LEFT. These last mends were checked by the full suite only.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hey there, Sam at Ask Us, Brookfield Public Library.';
const { said } = nearMissLines(HI);

/** A SNAP question: the patron gives their e-mail, Sam reads it back with a source, then `then` (the last words before thanks and goodbye). */
const snap = (then: string): Line[] => [
  [0, 'p', 'i applied for snap last week, what happens next?'],
  [20, 'l', `${HI} Did you apply online or at the county office?`],
  [50, 'p', 'online, my email is dana.k@example.com'],
  [60, 'l', 'Thanks, I have dana.k@example.com. The steps are listed at benefits.example.gov/snap.'],
  [90, 'l', then],
  [120, 'p', 'ok thanks'],
  [126, 'l', 'Thanks for chatting, bye!'],
];

export const q2q10: SessionCase[] = [
  // ---- Q2 for: a named resource asked whether it meets the need
  c('Q2 for: "Does Libby get you what you\'re looking for?"', said('can i get audiobooks on my phone', 'Libby has our e-audiobooks; sign in at brookfieldlib.example.org/libby. Does Libby get you what you\'re looking for?'), some({ complete: 'pass' })),
  c('Q2 for: "does Hoopla get u what u need?" (chat-speak)', said('movies to stream free?', 'hoopla has free movies w/ ur card, brookfieldlib.example.org/hoopla. does Hoopla get u what u need?'), some({ complete: 'pass' })),
  c('Q2 for: "Did Consumer Reports Online give you what you wanted?" (three words)', said('which dishwasher is most reliable', 'Consumer Reports Online rates dishwashers; log in at brookfieldlib.example.org/cr. Did Consumer Reports Online give you what you wanted?'), some({ complete: 'pass' })),
  c('Q2 for: "Will NoveList Plus get you what you\'re after?"', said('books like the hunger games', 'NoveList Plus lists read-alikes: brookfieldlib.example.org/novelist. Will NoveList Plus get you what you\'re after?'), some({ complete: 'pass' })),
  c('Q2 for: "Does WorldCat give you what you were looking for?"', said('who has a copy of my dads thesis from 1971', 'WorldCat shows the libraries holding it: worldcat.org. Does WorldCat give you what you were looking for?'), some({ complete: 'pass' })),
  // ---- Q10 for: the answer's pictures fit what the patron has
  c('Q10 for: "Do these pics match what ur seeing?"', said('spots on my tomato leaves', 'Sounds like early blight; pictures are at extension.example.edu/blight. Do these pics match what ur seeing?'), some({ complete: 'pass' })),
  c('Q10 for: "Do the photos match your tree?"', said('what kind of tree has peeling white bark', 'Likely a paper birch; photos at treeid.example.edu/birch. Do the photos match your tree?'), some({ complete: 'pass' })),
  c('Q10 for: "do these pix match your bug?"', said('orange and black bug all over my porch', 'prob a boxelder bug, see extension.example.edu/boxelder. do these pix match your bug?'), some({ complete: 'pass' })),
  // ---- Q2 and Q10 against
  c('Q2 against: "Did Deacon Miles give you what you needed?" (a person)', said('parish records for my grandma', 'The diocese archive index is at diocese.example.org/archives. Did Deacon Miles give you what you needed?'), some({ complete: 'fail' })),
  c('Q2 against: "Did JSTOR give you what you needed back in the spring?" (an earlier use)', said('articles on the dust bowl', 'JSTOR has many: brookfieldlib.example.org/jstor. Did JSTOR give you what you needed back in the spring?'), some({ complete: 'fail' })),
  c('Q2 against: "Would Interlibrary Loan get you what you need?" (an offer)', said('do you have the book salt by kurlansky', 'We don\'t own it; the catalog record is at brookfieldlib.example.org/cat. Would Interlibrary Loan get you what you need?'), some({ complete: 'fail' })),
  c('Q2 against: "Tell me what you\'re looking for and I\'ll search again."', said('stuff about local trains', 'The rail history guide is at brookfieldlib.example.org/rail. Tell me what you\'re looking for and I\'ll search again.'), some({ complete: 'fail' })),
  c('Q2 against: "Is this for a class, or what you\'re after for fun?"', said('books about volcanoes', 'The catalog has plenty: brookfieldlib.example.org/cat. Is this for a class, or what you\'re after for fun?'), some({ complete: 'fail' })),
  c('Q2 against: "Do you know what you\'re looking for in the index?"', said('old obituaries', 'The obituary index is at brookfieldlib.example.org/obits. Do you know what you\'re looking for in the index?'), some({ complete: 'fail' })),
  c('Q10 against: "The pictures match what you described" (no question)', said('white fluffy stuff on my maple', 'The pictures at extension.example.edu/scale match what you described, so it is cottony scale.'), some({ complete: 'fail' })),
  c('Q10 against: "Did the pics you sent match what the nursery told you?" (the patron\'s own)', said('is my plant poison ivy', 'The ID guide is at extension.example.edu/poisonivy. Did the pics you sent match what the nursery told you?'), some({ complete: 'fail' })),
];

export const q8: SessionCase[] = [
  // ---- Q8 for: writing to an office
  c('Q8 for: "Escríbale al consulado de México en Chicago." (no contact)', said('necesito mi acta de nacimiento de mexico', 'La guía está en gob.example.mx/actas. Escríbale al consulado de México en Chicago.'), some({ referral: 'fail' })),
  c('Q8 for: "Escriban a la secretaría de educación: secretaria@edu.example.mx."', said('como validamos el diploma de mi hijo', 'Los requisitos están en edu.example.mx/validar. Escriban a la secretaría de educación: secretaria@edu.example.mx.'), some({ referral: 'pass' })),
  c('Q8 for: "Escribir al registro civil, registro@example.gob.mx, para pedir la copia."', said('perdi mi acta de matrimonio', 'La guía está en gob.example.mx/actas. Escribir al registro civil, registro@example.gob.mx, para pedir la copia.'), some({ referral: 'pass' })),
  c('Q8 for: "escriba a la oficina de vivienda" (no accents, no contact)', said('ayuda con la renta', 'hay info en brookfield.example.gov/renta. escriba a la oficina de vivienda para pedir la ayuda'), some({ referral: 'fail' })),
  // ---- Q8 against: writing something down
  c('Q8 against: "Escriba su nombre y la fecha en el formulario"', said('como lleno la solicitud de tarjeta', 'Escriba su nombre y la fecha en el formulario. La solicitud está en brookfieldlib.example.org/tarjeta.'), some({ referral: 'na' })),
  c('Q8 against: "Escriba en el formulario el nombre de la oficina"', said('que pongo en la linea 4', 'Escriba en el formulario el nombre de la oficina donde trabaja. La guía está en brookfield.example.gov/ayuda.'), some({ referral: 'na' })),
  c('Q8 against: "Escriba al reverso de la foto la fecha"', said('como mando fotos para el archivo', 'Escriba al reverso de la foto la fecha y el lugar. Las reglas están en brookfieldlib.example.org/fotos.'), some({ referral: 'na' })),
];

export const q15: SessionCase[] = [
  // ---- Q15 for: the agency's interview, no promise of the provider's
  c('Q15 for: "They\'ll email you to set up your interview."', snap("They'll email you to set up your interview."), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('Q15 for: "SNAP will text u in a couple days with your interview time."', snap('SNAP will text u in a couple days with your interview time.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('Q15 for: "the office will contact you to arrange a phone interview"', snap('the office will contact you to arrange a phone interview'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('Q15 for: "DSS will call you next week, for the eligibility interview." (a comma)', snap('DSS will call you next week, for the eligibility interview.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('Q15 for: "They\'ll call you about scheduling your interview."', snap("They'll call you about scheduling your interview."), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  // ---- Q15 against: the provider's own promise
  c('Q15 against: "I\'ll call you about your interview questions by Friday."', snap("I'll call you about your interview questions by Friday."), some({ contact: 'pass', onTime: 'pending', code: 'fail' })),
  c('Q15 against: "Our oral history librarian will email you about the interview transcript by Monday."', snap('Our oral history librarian will email you about the interview transcript by Monday.'), some({ contact: 'pass', onTime: 'pending', code: 'fail' })),
  c('Q15 against: "Our job coach will e-mail you tips for the interview by Thursday."', snap('Our job coach will e-mail you tips for the interview by Thursday.'), some({ contact: 'pass', onTime: 'pending', code: 'fail' })),
  c('Q15 against: "Someone from our reference team will email you by Friday." (older)', snap('Someone from our reference team will email you by Friday.'), some({ contact: 'pass', onTime: 'pending', code: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-fifth round: block Q, fourth blind check', () => {
  for (const [t, cs] of [['Q2, Q10', q2q10], ['Q8', q8], ['Q15', q15]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
