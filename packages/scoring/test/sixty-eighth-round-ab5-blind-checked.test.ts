/**
 * Sixty-eighth round, blind check of block AB's last mends (rubric v62): AB13, AB8, AB11 and AB12 tried both ways in cases written
 * by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings
 * it must not break). Checks: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; a website for the patron to use is a source; na when there is no referral; pass when every party
 * comes with an e-mail, phone, postal address or URL) for AB13, AB11 and AB12; closing.anything_else (pass when the patron says on
 * their own, explicitly, that they are done; thanks or "ok" alone does not count) for AB8.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A referring verb in a clause that only sets a condition or a time ("If you call the DMV, have …", "When you call the Passport
 *   Agency, have …", "Si llama al consulado, tenga …") does not tell the patron to contact anyone: no referral. With a way to reach
 *   the party in that clause ("… if you call them at 410-555-0130") the provider points the patron to that contact: a referral.
 * - A wish that offers the contact as the patron's option ("If you want to call the Tax Assessor's office, they can confirm …") tells
 *   the patron they can get in touch for the answer: a referral, as "you can call …" is.
 * - A Spanish "si …," reply to a party's request ("si el registro civil le pide el acta, mándeles una copia") presumes a contact the
 *   patron already has: no referral; a "cuando …," time clause before "llámeles" tells the patron to call once it opens: a referral.
 * - "ur / u r / your (always) welcome to <verb> <party>" invites the contact: a referral; "ur welcome!" as thanks is no invitation,
 *   and a website or a database one is welcome to use is a source.
 * - AB8: "es todo" / "eso es todo" said by the patron as a statement is the patron saying they are done; the same words asked
 *   ("¿es todo?", "¿eso es todo?") or denied ("eso no es todo") are not.
 *
 * COUNTS: 32 cases written (AB13 12: 6 for, 6 against; AB8 7: 4 for, 3 against; AB11 7: 3 for, 4 against; AB12 6: 3 for, 3
 * against; 16 for, 16 against), labelled before the first run (copied aside first). First run as labelled: 30 of 32; disagreeing: 2.
 * Label corrections: 0 (each reread against RUBRIC's Referral term and referral.contact's rule; the labels stand). Final: 30
 * running, 2 LEFT (rubric v61 scored on each to tell "older" from "AB caused"; both older):
 * - referral.contact, expected na / got fail: "If you ask the Reference Desk at the county law library, they will tell you the
 *   same." (a condition, the patron is not told to ask; AB13 skips the verb, but the party followed by "they will tell you" is read
 *   as a referral on its own: "…, they will say the same" and "…, have your case number ready" are na; older: v61 fail the same).
 * - referral.contact, expected pass / got fail: "Si el juzgado no tiene el expediente, llame al Archivo General del Estado al (55)
 *   5555-0123." (the Archivo is referred with a phone; a Mexican number "(55) 5555-0123" is not read as a phone: without the "si"
 *   clause it fails too, and with "(301) 555-0123" it passes; not AB11's "si" clause; older: v61 fail the same).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY, DONE, NOT_DONE } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Maple Ridge Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'north' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca de Maple Ridge.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

const ANSWER_ES = 'Tenemos tres libros sobre el tema; búsquelos en el catálogo: catalogo.mapleridge.example.org';

export const ab13: SessionCase[] = [
  // ---- AB13 for: a referring verb right after "if you" with no way to reach the party in its clause is a condition
  c('AB13 for: "if u call the dmv, have ur license # ready" (chat-speak)', said('do u have the drivers handbook', 'yep its on the shelf at north. one tip: if u call the dmv, have ur license # ready'), NONE),
  c('AB13 for: "If you ever visit the County Archives, bring a pencil; pens are not allowed there."', said('any books on the history of our county', 'We have several on the local history shelf. If you ever visit the County Archives, bring a pencil; pens are not allowed there.'), NONE),
  c('AB13 for: "If you write to the Social Security office, keep a copy of your letter."', said('books about social security benefits', 'We have the Nolo guide. A tip from it: if you write to the Social Security office, keep a copy of your letter.'), NONE),
  c('AB13 for: "If you ask the Reference Desk at the county law library, they will tell you the same."', said('is the 2019 edition of the tenant handbook current', 'Yes, nothing has changed. If you ask the Reference Desk at the county law library, they will tell you the same.'), NONE),
  c('AB13 for: "When you call the Passport Agency, have your travel dates ready." (a time clause)', said('do you have passport photo info', 'Yes, the guide on our shelf covers it. When you call the Passport Agency, have your travel dates ready.'), NONE),
  c('AB13 for: "Si llama al consulado, tenga su pasaporte a mano." (Spanish)', es.said('tienen libros sobre trámites migratorios', 'Sí, tenemos una guía. Un consejo de la guía: si llama al consulado, tenga su pasaporte a mano.'), NONE),
  // ---- AB13 against: a way in the clause, a wish, a real referral beside the condition
  c('AB13 against: "The Recorder of Deeds can pull the old deed if you call them at 410-555-0130."', said('how do i find who owned my house in 1950', 'Deeds are kept by the county. The Recorder of Deeds can pull the old deed if you call them at 410-555-0130.'), WITH_WAY),
  c('AB13 against: "If you e-mail the Historical Society at info@ridgehistory.example.org with the address, they will look it up."', said('was my house on the old fire maps', 'Possibly. If you e-mail the Historical Society at info@ridgehistory.example.org with the address, they will look it up.'), WITH_WAY),
  c('AB13 against: "If you stop by the Visitor Center at 120 Main St, Frederick, MD 21701, they have free trail maps."', said('where can i get a paper trail map', 'We do not carry them. If you stop by the Visitor Center at 120 Main St, Frederick, MD 21701, they have free trail maps.'), WITH_WAY),
  c('AB13 against: "If you want to call the Tax Assessor\'s office, they can confirm the value." (a wish, an offer)', said('whats my house assessed at', 'The last value we can see is from 2022. If you want to call the Tax Assessor\'s office, they can confirm the current value.'), NO_WAY),
  c('AB13 against: "If you call the county, have your parcel number ready; then ask the Planning Office for the old map." (condition, then a referral)', said('where can i find the old subdivision map', 'A tip: if you call the county, have your parcel number ready; then ask the Planning Office for the old map.'), NO_WAY),
  c('AB13 against: "If you call the Passport Agency, have your dates ready. Call the National Passport Information Center at 1-877-487-2778." (condition, then a referral)', said('how do i get a passport fast', 'If you call the Passport Agency, have your dates ready. Call the National Passport Information Center at 1-877-487-2778 for an appointment.'), WITH_WAY),
];

export const ab8: SessionCase[] = [
  // ---- AB8 for: "es todo" / "eso es todo" as the patron's own end, also before an emoji or an emoticon
  c('AB8 for: "gracias, es todo 🙂"', es.done('libros de cocina mexicana', ANSWER_ES, 'gracias, es todo 🙂', 'Que le vaya bien, adiós.'), DONE),
  c('AB8 for: "ok perfecto, eso es todo :D"', es.done('libros de jardinería', ANSWER_ES, 'ok perfecto, eso es todo :D', 'Que le vaya bien, adiós.'), DONE),
  c('AB8 for: "eso es todo, muchas gracias"', es.done('novelas de misterio', ANSWER_ES, 'eso es todo, muchas gracias', 'Que le vaya bien, adiós.'), DONE),
  c('AB8 for: "listo, es todo 👌🏽"', es.done('libros de ajedrez', ANSWER_ES, 'listo, es todo 👌🏽', 'Que le vaya bien, adiós.'), DONE),
  // ---- AB8 against: asked, denied
  c('AB8 against: "ok, ¿es todo? 🤔" (asked)', es.done('libros de historia de México', ANSWER_ES, 'ok, ¿es todo? 🤔', 'Que le vaya bien, adiós.'), NOT_DONE),
  c('AB8 against: "¿eso es todo lo que tienen? :(" (asked)', es.done('libros de astronomía', ANSWER_ES, '¿eso es todo lo que tienen? :(', 'Que le vaya bien, adiós.'), NOT_DONE),
  c('AB8 against: "no, eso no es todo, también busco mapas" (denied)', es.done('libros de geografía', ANSWER_ES, 'no, eso no es todo, también busco mapas', 'Que le vaya bien, adiós.'), NOT_DONE),
];

export const ab11: SessionCase[] = [
  // ---- AB11 for: a Spanish "si …," clause before the clitic verb is left out when looking for the party
  c('AB11 for: "Si el registro civil le pide el acta, mándeles una copia por correo."', es.said('cómo corrijo un error en mi acta de nacimiento', 'Tenemos una guía del trámite. Si el registro civil le pide el acta, mándeles una copia por correo.'), NONE),
  c('AB11 for: "Si la universidad le pide su diploma, envíele un correo con el escaneo."', es.said('cómo pido una constancia de estudios', 'Hay una guía en guia.example.org. Si la universidad le pide su diploma, envíele un correo con el escaneo.'), NONE),
  c('AB11 for: "si el consulado le pide mas datos, llamele y pregunte cuales" (no accents)', es.said('renovar pasaporte colombiano', 'hay una guia en guia.example.org. si el consulado le pide mas datos, llamele y pregunte cuales'), NONE),
  // ---- AB11 against: "cuando …," refers; a "si" clause with a party after the verb
  c('AB11 against: "Cuando la Oficina del Catastro abra el lunes, llámeles."', es.said('dónde veo los linderos de mi terreno', 'Eso lo tiene el catastro. Cuando la Oficina del Catastro abra el lunes, llámeles.'), NO_WAY),
  c('AB11 against: "Cuando el Museo Regional abra mañana, escríbales a info@museoregional.example.org.mx."', es.said('tienen fotos antiguas del mercado', 'Nosotros no, pero el museo sí. Cuando el Museo Regional abra mañana, escríbales a info@museoregional.example.org.mx.'), WITH_WAY),
  c('AB11 against: "Si tiene dudas, llámele a la Sociedad Genealógica del estado."', es.said('cómo busco a mis bisabuelos', 'Empiece con los censos. Si tiene dudas, llámele a la Sociedad Genealógica del estado.'), NO_WAY),
  c('AB11 against: "Si el juzgado no tiene el expediente, llame al Archivo General del Estado al (55) 5555-0123."', es.said('dónde está un expediente de 1970', 'Depende del juzgado. Si el juzgado no tiene el expediente, llame al Archivo General del Estado al (55) 5555-0123.'), WITH_WAY),
];

export const ab12: SessionCase[] = [
  // ---- AB12 for: "ur / u r / your (always) welcome to (just) <verb> <party>"
  c('AB12 for: "ur always welcome to call the Township Clerk about the permit" (chat-speak)', said('do i need a permit for a fence', 'depends on the height. ur always welcome to call the Township Clerk about the permit'), NO_WAY),
  c('AB12 for: "u r welcome to just visit the Genealogy Society on Tuesdays"', said('who can help me read old german church records', 'we have a guide but its basic. u r welcome to just visit the Genealogy Society on Tuesdays'), NO_WAY),
  c('AB12 for: "your always welcome to email the Friends of the Library at friends@mapleridgelib.example.org"', said('how do i donate books', 'the Friends take them. your always welcome to email the Friends of the Library at friends@mapleridgelib.example.org'), WITH_WAY),
  // ---- AB12 against: a website or database one is welcome to use (a source), "ur welcome!" as thanks
  c('AB12 against: "ur always welcome to use the Ancestry database here at any branch" (a source)', said('can i look up my family tree for free', 'yes! ur always welcome to use the Ancestry database here at any branch'), NONE),
  c('AB12 against: "ur welcome to read the Board of Education minutes at boe.example.org" (a source)', said('where are the school board minutes', 'they post them online. ur welcome to read the Board of Education minutes at boe.example.org'), NONE),
  c('AB12 against: "ur welcome! the tax office page is at tax.example.gov" (thanks, then a source)', said('thx for finding that', 'ur welcome! the tax office page is at tax.example.gov if u need it again'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AB13 for: "If you ask the Reference Desk at the county law library, they will tell you the same."':
    'referral.contact expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): a condition, the patron is not told to ask (RUBRIC Terms, Referral: "telling the patron to contact or visit"); AB13 skips the verb after "if you", but the party with "they will tell you" after it is read as a referral of its own ("…, they will say the same" is na; older: v61 fail the same)',
  'AB11 against: "Si el juzgado no tiene el expediente, llame al Archivo General del Estado al (55) 5555-0123."':
    'referral.contact expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): the Archivo General comes with a phone (RUBRIC referral.contact: "every party … comes with a way to reach them (e-mail, phone, …)"); the Mexican number "(55) 5555-0123" is not read as a phone (with "(301) 555-0123" it passes, without the "si" clause it still fails; older: v61 fail the same)',
};

describe('sixty-eighth round: block AB\'s last mends (AB8, AB11-AB13) checked blind, both ways', () => {
  for (const [t, cs] of [['AB13', ab13], ['AB8', ab8], ['AB11', ab11], ['AB12', ab12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
