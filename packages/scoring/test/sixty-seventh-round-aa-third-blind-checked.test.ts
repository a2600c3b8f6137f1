/**
 * Sixty-seventh round, third blind check of block AA (rubric v61): AA6, AA7 and AA8 tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break). Checks: referral.contact for AA6 and AA7 (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; a website or publication for the patron to use is a source; the provider's own act and staff
 * consulted on the patron's behalf are no referral; na when there is none; pass when every party comes with an e-mail, phone,
 * postal address or URL); info.source for AA8 (pass: the provider gives a URL, a contact for a referral or a named resource: a
 * database, the catalogue, a guide, a book, a web page; Terms: a publication for the patron to use is a source).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AA6: a party named by a long name with its phone, e-mail or postal address, then a second party after another referring verb
 *   ("also ask your HOA board", "check with ur township supervisor", "consulte a un notario", "talk to a county veterans service
 *   officer") with no way to reach it: two parties, one unreachable, fail. "ask them for …", "ask for the records desk": the same
 *   party, pass. "read the FAQ at <url>": a source, no second party, pass.
 * - AA7: "Escríbales / Llámelos / mándeles un correo / Contáctela" + "a / al" + a contact, with the party named in the sentence
 *   before (a museum, an assessor's office, a law clinic, a county archivist): a referral with its way to reach it, pass. "Escríbame a
 *   mí por aquí": the provider in the chat, no referral, na. "Ya les escribí a …": the provider's own act, na. "Escríbales con la
 *   portada", "Escríbales a mano": the patron told to write to the party named before, no contact, fail. "call a 24-hour towing
 *   service": a company the patron is told to call (as V7's counted shops), no contact, fail.
 * - AA8: a periodical named by its title, in any case ("reader's digest ran that story"), also "the Journal of …" and Spanish ("el
 *   Almanaque Mundial de 1985"), or an agency's by its initials ("the EPA's quarterly newsletters"): a named publication, pass.
 *   Not a source: a generic mention ("in a magazine once", "our newsletter"), "Journal articles" at a sentence start, a capitalised
 *   thing that is no publication ("a Bullet Journal" as a notebook habit, "the Community Bulletin Board in our lobby"), the patron
 *   naming it, and a periodical the provider says is not to be had ("we don't carry the Railway Age Journal and I couldn't find it
 *   anywhere else"): fail.
 *
 * COUNTS. Written: 31 cases, 14 for and 17 against (AA6 4/5, AA7 4/5, AA8 6/7), in one batch, labels copied aside to
 * /tmp/wt-aa3-labels.ts before the first run. First run as labelled: 20 of 31. Disagreeing: 11. Label corrections: 0 (each reread
 * against RUBRIC's Referral term and info.source rule; the labels stand). Final: 20 running, 11 LEFT (rubric v60 scored on each to
 * tell "older" from "AA caused"):
 * - referral.contact, expected pass / got na: "mandeles un correo a ayuda@…" (older: v60 na the same; "mándeles" is not read as a
 *   referring verb, so ES_CLITIC_AA7 never sees it).
 * - referral.contact, expected pass / got na: "Contáctela al correo electrónico lgarcia@…" (older: v60 na the same; "contáctela" is
 *   no referring verb).
 * - referral.contact, expected fail / got na: "call a 24-hour towing service first" (older: v60 na the same; AA7 rightly keeps out).
 * - referral.contact, expected fail / got na: "Escríbales con la portada y la fecha." (older: v60 na the same).
 * - referral.contact, expected fail / got na: "Escríbales a mano con su número de caso." (older: v60 na the same).
 * - info.source, expected pass / got fail: "yep reader's digest ran that story back in 1962" (older: v60 fail; AA8 reads capitals only).
 * - info.source, expected pass / got fail: "Look in the Journal of the American Medical Association for 1952" (older: v60 fail; AA8
 *   wants a word before the kind word, "Journal of …" has none).
 * - info.source, expected pass / got fail: "Busque el Almanaque Mundial de 1985" (older: v60 fail; AA8 has English kind words only).
 * - info.source, expected fail / got pass: "keep a Bullet Journal" (AA caused: v60 fail).
 * - info.source, expected fail / got pass: "the Community Bulletin Board in our lobby" (AA caused: v60 fail).
 * - info.source, expected fail / got pass: "we don't carry the Railway Age Journal and I couldn't find it anywhere else" (AA caused:
 *   v60 fail).
 * NOTE: the four AA6 "for" cases fail as labelled under v60 too (older readings catch those second parties); AA6's own example
 *   ("…Wildlife and Heritage Service at 410-555-0144 …, and you may also want to talk to your county councilmember") moves from v60
 *   pass to v61 fail, as meant. No AA6 case disagrees.
 * MENDED AFTER THIS CHECK (the author, with no label changed): the three readings AA caused are mended and those cases run with
 *   the others: AA8 reads no "Bullet Journal" or "Bulletin Board", and no periodical in a sentence that says it is not to be had
 *   ("we don't carry the Railway Age Journal"). Two older gaps this check found are read now as well: "the Journal of the American
 *   Medical Association" (the kind, "of" and a capitalised name) and "el Almanaque Mundial" (Spanish). The six other older
 *   readings stay LEFT.
 * RUBRIC v62 (block AB, sixty-eighth round): "mandeles un correo a ayuda@…" (AB11: the Spanish verb with its object pronoun that
 *   sends mail is a referring verb) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_SOURCE, NO_WAY, SOURCE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const aa6: SessionCase[] = [
  // ---- AA6 for: a party named by a long name (7-10 words) before its contact, then a second party with no way to reach it
  c('AA6 for: "Email the Office of Vital Records and Health Statistics at vitals@…, and also ask your HOA board …"', said('i need my moms death certificate and also want to know if i can put up a fence', 'Two different places. Email the Office of Vital Records and Health Statistics at vitals@health.example.gov for the certificate, and also ask your HOA board about the fence rule.'), NO_WAY),
  c('AA6 for: "call the Pennsylvania Department of Conservation and Natural Resources Forestry Bureau at 717-555-0133 n …check with ur township supervisor" (chat-speak)', said('someone is cutting trees in the state forest by my house', 'ugh thats not ok. call the Pennsylvania Department of Conservation and Natural Resources Forestry Bureau at 717-555-0133 n u might wanna check with ur township supervisor too'), NO_WAY),
  c('AA6 for: "Llame a la Oficina del Registro Civil del Condado de Harris al 713-555-0150 y también consulte a un notario público."', es.said('necesito corregir un error en el acta de nacimiento de mi hijo', 'Se puede corregir. Llame a la Oficina del Registro Civil del Condado de Harris al 713-555-0150 y también consulte a un notario público.'), NO_WAY),
  c('AA6 for: "Write to the Department of Veterans Affairs Records Management Center at PO Box 5020, …, and talk to a county veterans service officer as well."', said('how do i get my grandfathers army discharge papers', 'They are kept federally. Write to the Department of Veterans Affairs Records Management Center at PO Box 5020, St. Louis, MO 63115, and talk to a county veterans service officer as well.'), NO_WAY),
  // ---- AA6 against: the second part is the same party, the second party has its contact, a source, a short name (control)
  c('AA6 against: "Call the Maryland Department of Housing and Community Development Rental Services at 410-555-0177, and ask them for the licence form." (same party)', said('do i need a license to rent out my basement', 'Yes, in most counties. Call the Maryland Department of Housing and Community Development Rental Services at 410-555-0177, and ask them for the licence form.'), WITH_WAY),
  c('AA6 against: "Phone the Anne Arundel County Office of Planning and Zoning at 410-555-0160 and ask for the records desk." (same party)', said('where can i see old building permits for my house', 'Those are kept by the county. Phone the Anne Arundel County Office of Planning and Zoning at 410-555-0160 and ask for the records desk.'), WITH_WAY),
  c('AA6 against: "Call the Maryland DNR Natural Resources Police Hunting Hotline at 410-555-0140 …, and … talk to the Humane Society of Harford County at 410-555-0123." (both reachable)', said('someone is trapping foxes near my yard out of season', 'That may be illegal. Call the Maryland DNR Natural Resources Police Hunting Hotline at 410-555-0140 to report it, and you can also talk to the Humane Society of Harford County at 410-555-0123.'), WITH_WAY),
  c('AA6 against: "Email the Office of Vital Records and Health Statistics at vitals@…, and read the FAQ at health.example.gov/vitals first." (a source, no second party)', said('how do i get a copy of my birth certificate', 'It is done by mail or e-mail. Email the Office of Vital Records and Health Statistics at vitals@health.example.gov, and read the FAQ at health.example.gov/vitals first.'), WITH_WAY),
  c('AA6 against: "Call the Fire Marshal at 410-555-0111 to report it, and you may also want to talk to your landlord." (short name, control)', said('the fire exit in my apartment building is chained shut', 'That is a safety violation. Call the Fire Marshal at 410-555-0111 to report it, and you may also want to talk to your landlord.'), NO_WAY),
];

export const aa7: SessionCase[] = [
  // ---- AA7 for: a Spanish verb with its object pronoun, then "a" / "al" and the contact
  c('AA7 for: "Escríbales a colecciones@museotren.example.org con una foto de cada una."', es.said('quiero donar unas fotos viejas del tren', 'El Museo del Ferrocarril de El Paso recibe donaciones. Escríbales a colecciones@museotren.example.org con una foto de cada una.'), WITH_WAY),
  c('AA7 for: "Llámelos al (915) 555-0122 antes de ir."', es.said('cómo sé cuánto vale mi casa para los impuestos', 'Eso lo lleva la Oficina del Tasador del condado. Llámelos al (915) 555-0122 antes de ir.'), WITH_WAY),
  c('AA7 for: "mandeles un correo a ayuda@clinicalegal.example.edu" (chat-speak, no accents)', es.said('mi casero no me devuelve el deposito', 'q mal. la clinica legal d la uni ayuda gratis, mandeles un correo a ayuda@clinicalegal.example.edu'), WITH_WAY),
  c('AA7 for: "Contáctela al correo electrónico lgarcia@condado.example.gov." (a named specialist)', es.said('busco planos viejos de mi calle', 'La archivista del condado, la señora Luz García, sabe mucho de eso. Contáctela al correo electrónico lgarcia@condado.example.gov.'), WITH_WAY),
  // ---- AA7 against: the provider in the chat, an English verb before "a", no contact, "a mano", the provider's own act
  c('AA7 against: "Escríbame a mí por aquí si le falta algo." (the provider in the chat)', es.said('tienen el libro Cien años de soledad', 'Sí, hay una copia en la sucursal del este. Escríbame a mí por aquí si le falta algo.'), NONE),
  c('AA7 against: "call a 24-hour towing service first" (an English verb before "a", no contact)', said('my car broke down on the highway last night, what should i do next time', 'Next time, call a 24-hour towing service first, and keep the receipt for your insurer.'), NO_WAY),
  c('AA7 against: "Escríbales con la portada y la fecha." (no contact)', es.said('busco una revista del ferrocarril de 1950', 'El Museo del Ferrocarril guarda esas revistas. Escríbales con la portada y la fecha.'), NO_WAY),
  c('AA7 against: "Escríbales a mano con su número de caso." ("a" before no contact)', es.said('cómo apelo la multa del condado', 'La oficina del condado solo acepta cartas. Escríbales a mano con su número de caso.'), NO_WAY),
  c('AA7 against: "Ya les escribí a colecciones@museotren.example.org y me dijeron que no tienen esa foto." (the provider\'s own act)', es.said('encontró la foto del tren de 1950', 'Lo siento. Ya les escribí a colecciones@museotren.example.org y me dijeron que no tienen esa foto.'), NONE),
];

export const aa8: SessionCase[] = [
  // ---- AA8 for: a periodical by its title, or an agency's by its initials
  c('AA8 for: "The wreck got a full page in the Erie Railroad Magazine, April 1949 issue."', said('was there anything written about the 1949 train wreck at port jervis', 'Yes. The wreck got a full page in the Erie Railroad Magazine, April 1949 issue.'), SOURCE),
  c('AA8 for: "def check the Old Farmer\'s Almanac, it has frost dates by zip code" (chat-speak)', said('when should i plant tomatoes here', 'depends on ur last frost! def check the Old Farmer\'s Almanac, it has frost dates by zip code'), SOURCE),
  c('AA8 for: "yep reader\'s digest ran that story back in 1962" (lower case)', said('was the story about the dog who walked home 2000 miles ever in a magazine', 'yep reader\'s digest ran that story back in 1962'), SOURCE),
  c('AA8 for: "The EPA\'s quarterly newsletters followed the cleanup from 1989 to 1996."', said('is there a record of the superfund cleanup in our town', 'There is. The EPA\'s quarterly newsletters followed the cleanup from 1989 to 1996.'), SOURCE),
  c('AA8 for: "Look in the Journal of the American Medical Association for 1952; it printed the trial results."', said('where were the first polio vaccine trial results published', 'In a medical journal. Look in the Journal of the American Medical Association for 1952; it printed the trial results.'), SOURCE),
  c('AA8 for: "Busque el Almanaque Mundial de 1985; trae la tabla de población por país." (Spanish)', es.said('cuánta gente vivía en Honduras en 1985', 'Busque el Almanaque Mundial de 1985; trae la tabla de población por país.'), SOURCE),
  // ---- AA8 against: generic lower case, a capitalised non-periodical, the patron naming it, a negation
  c('AA8 against: "I think I saw that in a magazine once, but I can\'t place which one, sorry." (generic)', said('was there ever an article about the old drive-in', 'I think I saw that in a magazine once, but I can\'t place which one, sorry.'), NO_SOURCE),
  c('AA8 against: "our newsletter mentioned a program like that last spring, but i cant find the date" (generic, lower case)', said('do you ever do classes on canning', 'hmm our newsletter mentioned a program like that last spring, but i cant find the date'), NO_SOURCE),
  c('AA8 against: "Journal articles on that are hard to find; I didn\'t turn up any, sorry." ("Journal" alone at a sentence start)', said('is there research on left handed pitchers and injuries', 'Journal articles on that are hard to find; I didn\'t turn up any, sorry.'), NO_SOURCE),
  c('AA8 against: "Lots of people with ADHD like to keep a Bullet Journal; it might help you too." (a capitalised non-periodical)', said('any tips for staying organized with adhd', 'Lots of people with ADHD like to keep a Bullet Journal; it might help you too.'), NO_SOURCE),
  c('AA8 against: "Put a card on the Community Bulletin Board in our lobby; lots of people do that." (a board, no periodical)', said('how can i advertise my piano lessons', 'Put a card on the Community Bulletin Board in our lobby; lots of people do that.'), NO_SOURCE),
  c('AA8 against: the patron names Reader\'s Digest, the provider gives nothing', asked('can you find a story i read in Reader\'s Digest', 'Do you remember roughly when you read it?', 'it was in the Reader\'s Digest, maybe the 1960s', 'Hmm, I\'m not finding it yet without a title. Do you remember anything else about the story?'), NO_SOURCE),
  c('AA8 against: "Sorry, we don\'t carry the Railway Age Journal and I couldn\'t find it anywhere else." (a negation)', said('can i read old issues of railway age', 'Sorry, we don\'t carry the Railway Age Journal and I couldn\'t find it anywhere else.'), NO_SOURCE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AA7 for: "Contáctela al correo electrónico lgarcia@condado.example.gov." (a named specialist)':
    'referral.contact expected pass, got na ("no referral to a person or organisation outside the chat"): the patron is told to contact a named specialist (the county archivist) at her e-mail (RUBRIC Terms, Referral: "a named specialist"); "contáctela" is not a referring verb (older: v60 na the same)',
  'AA7 against: "call a 24-hour towing service first" (an English verb before "a", no contact)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told to call a company outside the chat with no way to reach it (RUBRIC Terms, Referral: "telling the patron to contact … a person or organisation outside the chat (call …)"); AA7 rightly does not read the English "a", but nothing reads the towing service as a party (older: v60 na the same)',
  'AA7 against: "Escríbales con la portada y la fecha." (no contact)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): "Escríbales" tells the patron to write to the museum named in the sentence before, with no way to reach it (RUBRIC Terms, Referral: "write to"; referral.contact fail otherwise); the pronoun\'s party in the sentence before is not read (older: v60 na the same)',
  'AA7 against: "Escríbales a mano con su número de caso." ("a" before no contact)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told to write to the county office named just before, no contact given (RUBRIC Terms, Referral: "write to"); AA7 rightly takes no contact from "a mano", but the referral itself is not read (older: v60 na the same)',
  'AA8 for: "yep reader\'s digest ran that story back in 1962" (lower case)':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"): a periodical named by its title, the issue year given (RUBRIC info.source: "a named resource"; Terms: a publication for the patron to use is a source); PERIODICAL_AA8 reads capitalised titles only (older: v60 fail the same)',
};

describe('sixty-seventh round: block AA (AA6, AA7, AA8) checked blind, third, both ways', () => {
  for (const [t, cs] of [['AA6', aa6], ['AA7', aa7], ['AA8', aa8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
