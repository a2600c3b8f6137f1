/**
 * Sixty-eighth round, blind check of block AB (rubric v62), third helper: AB6, AB7, AB8, AB9 and AB10 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and
 * older readings it must not break). Checks: referral.contact (AB6, AB7, AB9; RUBRIC Terms, Referral: telling the patron to contact
 * or visit a person or organisation outside the chat; staff the provider consults on the patron's behalf do not count; na when there
 * is no referral; pass when every party comes with an e-mail, phone, postal address or URL), closing.anything_else (AB8: the patron
 * says on their own, explicitly, that they are done) and followup.completeness (AB10: in or after the first message that gives a
 * source, the provider asks whether what was given meets the need; a question about something not yet given does not count).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AB6: a party that "can help / can look into it for you", then the provider's own "I'll pass / send / forward your question
 *   (along) to them" ending the sentence (after a semicolon or as the next sentence), is staff the provider consults on the patron's
 *   behalf: na. Told to call or visit them as well ("Give them a call at …; I'll also pass …", "…, but give her a call too", "… and
 *   you can stop by Monday"): a referral (pass with its phone, fail without). (The brief named `PASSED_ON_ALONE_AB6`,
 *   `passedOnAfterCanHelpAB6` and a setting `passedOnAloneAB6`; the block's code has `PASS_ON_SEMI_AB6` and `semicolonPassOnAB6`,
 *   J17 across a semicolon; the cases were written from the brief's description and RUBRIC, not from either name.)
 * - AB7: the referred party's own site, named after "their / su" and a few words ("Their volunteer guide and events list are at
 *   …", "Su calendario de talleres y formulario de socio están en …"), is a URL to reach that party: pass. A URL that belongs to
 *   someone else (the county's guide, the state's form, another body's rolls after "His old regiment and their …"): the referred
 *   party has no way to reach it: fail.
 * - AB8: the patron's own "…, es todo" followed by an emoji or an emoticon says explicitly that they are done: pass. The patron
 *   asking "¿es todo?", "no es todo", "es todo lo que tengo" (about what they know): not done, fail.
 * - AB9: a service name or a noun with a referring verb joined by a hyphen ("ask-a-librarian", "call-in show", "drop-off bin")
 *   tells the patron to contact no one: na. A real verb next to a dash or a hyphenated word ("ring the tax assessor - …",
 *   "Visit—or call—the … Society, (216) …", "E-mail the Office of Vital Records at …") still refers.
 * - AB10: after a source, "did you find / spot / see <the person sought> on it / in the index / there?" asks whether what was given
 *   meets the need: pass, in Spanish too ("¿Encontró a su bisabuela en la lista?") and with the person's name as a longer noun
 *   phrase ("your grandmother's name"). A question about a source not given ("… in the 1930 census?"), one asked before any
 *   source, and a statement ("You'll find Agnes there"): fail.
 *
 * COUNTS. Written: 31 cases, 16 for and 15 against (AB6 3/3, AB7 3/3, AB8 3/3, AB9 3/3, AB10 4/3), in one batch, labels copied
 * aside to /tmp/wt-ab3-labels.ts before the first run. First run as labelled: 24 of 31. Disagreeing: 7. Label corrections: 0 (each
 * reread against RUBRIC's Terms and the check's row; the labels stand). Final: 24 running, 7 LEFT (rubric v61 scored on each to
 * tell "older" from "AB caused"):
 * - referral.contact, expected pass / got fail: "Comuníquese con la Sociedad Genealógica de Puerto Rico. Su calendario de talleres
 *   y formulario de socio están en genealogiapr.org." (AB7 reads English "their" only; Spanish "su" keeps two words; older: v61 fail
 *   the same).
 * - referral.contact, expected fail / got pass: "Contact your county Veterans Service Office about the medals. His old regiment and
 *   their muster rolls and casualty index are at regiments.example.org." ("their" is the regiment's, not the office's: AB7 gives
 *   the office the regiment's URL; AB caused: v61 fail).
 * - closing.anything_else, expected pass / got fail: "sip, es todo :)" (AB8 takes an emoji after ", es todo", not an emoticon;
 *   older: v61 fail the same).
 * - closing.anything_else, expected fail / got pass: "ok, ¿es todo? 😅 pensé que había más" (the patron asks; the sentence "ok,
 *   ¿es todo?" is read as done without its question mark; older: v61 pass the same).
 * - referral.contact, expected pass / got na: "Visit—or call—the Lakeview Historical Society, (216) 555-0181." (the em dashes are
 *   normalised to "-", so AB9 takes "visit-" and "call-" as hyphenated words; AB caused: v61 pass).
 * - followup.completeness, expected pass / got fail: "Did you see your grandmother's name there?" (three words between the verb
 *   and "there": AB10 takes one or two; older: v61 fail the same).
 * - followup.completeness, expected pass / got fail: "¿Encontró a su bisabuela en la lista?" (AB10 is English only; older: v61 fail
 *   the same).
 * AFTER THIS CHECK (the block mended before it landed): AB7 takes "their" only opening its sentence ("His old regiment and their
 *   muster rolls …" no longer), AB9 only a hyphen as written ("Visit—or call—the Lakeview Historical Society" refers again): both
 *   false readings AB caused here read as labelled. Older cases now read too: "sip, es todo :)" (AB8 takes emoticons), "ok, ¿es
 *   todo? 😅" (v8's "ok, es todo" not asked), "Did you see your grandmother's name there?" (AB10 takes up to three words) and
 *   "¿Encontró a su bisabuela en la lista?" (AB10 in Spanish). The Spanish "Su calendario … están en …" stays LEFT (older: "su" is
 *   also "your"). No label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY, ASKED, NOT_ASKED, DONE, NOT_DONE } from './near-miss-lines';

const HI = 'Hello, this is Lee, a librarian with Ask Us at Maple Ridge Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'downtown' });
const HI_ES = 'Hola, soy Lee, bibliotecaria de la Biblioteca de Maple Ridge.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del centro' });
/** AB9: a greeting whose service name has a referring verb joined by hyphens. */
const hy = nearMissLines('Hi, Marisol from Dayton Metro Library, ask-a-librarian 👋', { branch: 'Which branch do you go to?', branchReply: 'the main one' });
const BYE_ES = '¡Con gusto, hasta luego!';

export const ab6: SessionCase[] = [
  // ---- AB6 for: "… can help / can look into it for you", then the provider passes the question on to them (na)
  c('AB6 for: "… can look into the cemetery records for you; I\'ll send your question along to them."', said('my great grandma is buried somewhere in the county, which cemetery', 'Our genealogy volunteers can look into the cemetery records for you; I\'ll send your question along to them.'), NONE),
  c('AB6 for: "The Heritage Room staff can help with the plat maps. I\'ll forward your request to them."', said('i need a plat map of our street from the 1920s', 'The Heritage Room staff can help with the plat maps. I\'ll forward your request to them.'), NONE),
  c('AB6 for: "the local history ppl can look into it for u; ill pass ur question to them" (chat-speak)', said('when was the old mill on river rd torn down', 'hmm not in our books, the local history ppl can look into it for u; ill pass ur question to them'), NONE),
  // ---- AB6 against: the patron still calls, "but give them a call too", a pass-on that does not end its sentence
  c('AB6 against: "The Maryland Room can look into it for you. Give them a call at 410-555-0177; I\'ll also pass your question to them."', said('who built our house in 1912', 'The Maryland Room can look into it for you. Give them a call at 410-555-0177; I\'ll also pass your question to them.'), WITH_WAY),
  c('AB6 against: "Our map curator can help with that. I\'ll pass your question to her, but give her a call too."', said('is my old county map worth anything', 'Our map curator can help with that. I\'ll pass your question to her, but give her a call too.'), NO_WAY),
  c('AB6 against: "The county surveyor\'s office can look into it for you; I\'ll pass your question to them and you can stop by Monday for the copies."', said('where is the property line between me and my neighbor', 'The county surveyor\'s office can look into it for you; I\'ll pass your question to them and you can stop by Monday for the copies.'), NO_WAY),
];

export const ab7: SessionCase[] = [
  // ---- AB7 for: "their" and three or four words own the party's URL (pass)
  c('AB7 for: "Get in touch with the Friends of the Arboretum. Their volunteer guide and events list are at arbfriends.org."', said('how can i volunteer at the arboretum', 'Get in touch with the Friends of the Arboretum. Their volunteer guide and events list are at arbfriends.org.'), WITH_WAY),
  c('AB7 for: "talk to the quilt guild, their meeting times n newsletter r on quiltguildnw.org" (chat-speak)', said('where can i learn to quilt', 'talk to the quilt guild, their meeting times n newsletter r on quiltguildnw.org'), WITH_WAY),
  c('AB7 for: "Comuníquese con la Sociedad Genealógica de Puerto Rico. Su calendario de talleres y formulario de socio están en genealogiapr.org."', es.said('quiero aprender a buscar a mis abuelos en Puerto Rico', 'Comuníquese con la Sociedad Genealógica de Puerto Rico. Su calendario de talleres y formulario de socio están en genealogiapr.org.'), WITH_WAY),
  // ---- AB7 against: a resource of someone else's, "their office is closed but the form is at …"
  c('AB7 against: "Ask the Riverside Garden Club about it. Their president retired, but the county\'s planting guide is at plants.example.gov."', said('what trees grow well by the river', 'Ask the Riverside Garden Club about it. Their president retired, but the county\'s planting guide is at plants.example.gov.'), NO_WAY),
  c('AB7 against: "Call the Harbor Town Food Pantry. Their front desk is closed for repairs, but the state\'s benefits form is at benefits.example.gov."', said('where can i get help with groceries', 'Call the Harbor Town Food Pantry. Their front desk is closed for repairs, but the state\'s benefits form is at benefits.example.gov.'), NO_WAY),
  c('AB7 against: "Contact your county Veterans Service Office about the medals. His old regiment and their muster rolls and casualty index are at regiments.example.org."', said('how do i get my grandpas ww2 medals replaced', 'Contact your county Veterans Service Office about the medals. His old regiment and their muster rolls and casualty index are at regiments.example.org.'), NO_WAY),
];

export const ab8: SessionCase[] = [
  // ---- AB8 for: the patron's ", es todo" with an emoji (or an emoticon) after it: done
  c('AB8 for: "ok perfecto, es todo 🙏"', es.done('dónde renuevo mi tarjeta de biblioteca', 'Se renueva en línea en mapleridge.example.org/tarjeta. ¿Le sirve?', 'ok perfecto, es todo 🙏', BYE_ES), DONE),
  c('AB8 for: "listo, muchas gracias, es todo 😊😊"', es.done('tienen clases de inglés gratis', 'Sí, los martes a las 6; el horario está en mapleridge.example.org/ingles. ¿Es lo que buscaba?', 'listo, muchas gracias, es todo 😊😊', BYE_ES), DONE),
  c('AB8 for: "sip, es todo :)" (an emoticon)', es.done('a qué hora abren el sábado', 'Abrimos a las 10; los horarios están en mapleridge.example.org/horario. ¿Le ayuda?', 'sip, es todo :)', BYE_ES), DONE),
  // ---- AB8 against: "¿es todo?" asked, "no es todo", "es todo lo que tengo"
  c('AB8 against: "ok, ¿es todo? 😅 pensé que había más"', es.done('qué documentos necesito para sacar la tarjeta', 'Solo una identificación con foto; la lista está en mapleridge.example.org/tarjeta. ¿Le sirve?', 'ok, ¿es todo? 😅 pensé que había más', BYE_ES), NOT_DONE),
  c('AB8 against: "no, no es todo 😬 también necesito el acta de mi papá"', es.done('necesito el acta de nacimiento de mi mamá', 'Se pide en el registro civil en línea: registro.example.gov/actas. ¿Le sirve?', 'no, no es todo 😬 también necesito el acta de mi papá', BYE_ES), NOT_DONE),
  c('AB8 against: "uy, es todo lo que tengo 😅 no sé más de él"', es.done('busco a mi abuelo, se llamaba Ramón Ortiz y nació en 1921', 'Con tan pocos datos, pruebe el índice de FamilySearch en familysearch.org. ¿Tiene más datos, como el pueblo?', 'uy, es todo lo que tengo 😅 no sé más de él', BYE_ES), NOT_DONE),
];

export const ab9: SessionCase[] = [
  // ---- AB9 for: a referring verb joined by a hyphen to the next word is no verb (na)
  c('AB9 for: greeting "Hi, Marisol from Dayton Metro Library, ask-a-librarian 👋"', hy.said('do you have the book Educated', 'Yes, three copies at Main; place a hold at dayton.example.org/catalog.'), NONE),
  c('AB9 for: "WQED runs a call-in garden show Saturdays at 10; past episodes are at wqed.example.org/garden."', said('any radio shows about gardening', 'Yes! WQED runs a call-in garden show Saturdays at 10; past episodes are at wqed.example.org/garden.'), NONE),
  c('AB9 for: "just leave em in the drop-off bin by the front doors, no need to come in" (chat-speak)', said('can i return books when youre closed', 'yep! just leave em in the drop-off bin by the front doors, no need to come in'), NONE),
  // ---- AB9 against: real referrals near hyphens and dashes
  c('AB9 against: "ring the tax assessor - they\'re in till 4:30" (chat-speak)', said('why did my property tax go up so much', 'prob the reassessment, ring the tax assessor - they\'re in till 4:30'), NO_WAY),
  c('AB9 against: "Visit—or call—the Lakeview Historical Society, (216) 555-0181."', said('who has old photos of lakeview', 'The best collection is local. Visit—or call—the Lakeview Historical Society, (216) 555-0181.'), WITH_WAY),
  c('AB9 against: "E-mail the Office of Vital Records at vitalrecords@health.example.gov."', said('how do i get a copy of my birth certificate', 'It is done by mail or e-mail. E-mail the Office of Vital Records at vitalrecords@health.example.gov.'), WITH_WAY),
];

export const ab10: SessionCase[] = [
  // ---- AB10 for: after a source, whether the patron found the person sought in it
  c('AB10 for: "… is at manifests.example.org/kroonland. Did you find Tomasz on it?"', said('my great grandpa Tomasz came over in 1907 on the Kroonland', 'The passenger manifest for the SS Kroonland is at manifests.example.org/kroonland. Did you find Tomasz on it?'), ASKED),
  c('AB10 for: "… indexed at obits.example.org. did u spot ur great-grandpa in the index?" (chat-speak)', said('looking for my great grandpas obituary, died 1958', 'the Herald obits from the 50s are indexed at obits.example.org. did u spot ur great-grandpa in the index?'), ASKED),
  c('AB10 for: "… is at census.example.gov/1910. Did you see your grandmother\'s name there?"', said('i need the 1910 census for Fulton county', 'The 1910 Fulton County census is at census.example.gov/1910. Did you see your grandmother\'s name there?'), ASKED),
  c('AB10 for: "… está en archivo.example.org/lista. ¿Encontró a su bisabuela en la lista?"', es.said('busco a mi bisabuela en la lista de pasajeros de 1910', 'La lista de pasajeros del puerto de Veracruz de 1910 está en archivo.example.org/lista. ¿Encontró a su bisabuela en la lista?'), ASKED),
  // ---- AB10 against: another place, a question before any source, a statement
  c('AB10 against: "… is at akronlib.example.org/directories. Did you find Stanislaw in the 1930 census?" (another place)', said('i want to find where my grandpa Stanislaw lived in 1950', 'The 1950 Akron city directory is at akronlib.example.org/directories. Did you find Stanislaw in the 1930 census?'), NOT_ASKED),
  c('AB10 against: "Did you spot Tomasz on the list?" before any source', asked('i checked the Ellis Island list for my grandpa Tomasz', 'Did you spot Tomasz on the list?', 'no nothing', 'Try the Castle Garden database at castlegarden.example.org; it covers arrivals before 1892.'), NOT_ASKED),
  c('AB10 against: "… is at register.example.gov. You\'ll find Agnes there, on line 14." (a statement)', said('is my great aunt Agnes in the 1880 county register', 'The 1880 county register is at register.example.gov. You\'ll find Agnes there, on line 14.'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AB7 for: "Comuníquese con la Sociedad Genealógica de Puerto Rico. Su calendario de talleres y formulario de socio están en genealogiapr.org."':
    'referral.contact expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): genealogiapr.org is the society\'s own site, named after "Su" and four words (RUBRIC referral.contact: "every party … comes with a way to reach them (… URL)"); AB7\'s THEIR_LONG_AB7 reads English "their" only, "su" keeps OWNED_BY_PARTY_N\'s two words (older: v61 fail the same)',
};

describe('sixty-eighth round: block AB (AB6-AB10) checked blind, third helper, both ways', () => {
  for (const [t, cs] of [['AB6', ab6], ['AB7', ab7], ['AB8', ab8], ['AB9', ab9], ['AB10', ab10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
