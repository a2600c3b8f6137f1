/**
 * Sixty-eighth round, blind check ab4 of block AB's mended readings (rubric v62: AB3-AB12, after three earlier blind checks): each
 * reading tried both ways in cases written by a helper who did not see the author's cases nor the earlier checks' files, each
 * labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs, other parties, other
 * orders, Spanish; "against": near misses the block must not read, and older readings it must not break). Checks: referral.contact
 * (AB3, AB4, AB5, AB6, AB7, AB9, AB11, AB12; RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation
 * outside the chat; a website for the patron to use is a source; staff the provider consults on the patron's behalf are not; na
 * when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL), closing.anything_else (AB8:
 * the patron says on their own, explicitly, that they are done) and followup.completeness (AB10: in or after the first source, the
 * provider asks whether what was already given meets the need; a question about something not yet given does not count).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A party named with a two-letter initialism ("the U.S. Naval Institute", "the D.C. Preservation League", "the U.K. Met Office")
 *   is asked, written to or rung as any party (AB3); the party's website is a source (na).
 * - "Visit <a society or guild>, <street address>" is a referral and the street address a postal address (pass); a lighthouse or a
 *   rock visited "to photograph the valley" is a sight, no person or organisation (na) (AB4).
 * - Dropping a form off with a clerk or an office visits them (AB5); a condition ("When you drop it off with the clerk, …") and the
 *   provider's own act tell the patron nothing (na), as the sixty-second round read conditions.
 * - "Their <three or four words> are at <URL>" after the party is the party's own URL (pass); a URL that another owner's things are
 *   at ("His old crew and their race results are at rowinghistory…") or that is said after "their office is closed, but" is not the
 *   party's way to be reached (fail) (AB7).
 * - ", es todo" with an emoji or an emoticon after it says explicitly that the patron is done; "¿eso es todo?" asks, and "es todo
 *   muy claro" says something else: not done (AB8).
 * - A hyphenated name or noun ("Ask-a-Librarian form", "call-in show") is no verb (na); verbs between dashes still refer (AB9).
 * - After a list or index was given, "Did you find / spot <someone> there / in the index / en la lista?" asks about what was given
 *   (pass); about a census not given, or before any source, it does not (fail) (AB10).
 * - A Spanish verb with its pronoun ("mándeles … por correo", "llámele") refers to the party named before it (AB11); a "si …,"
 *   condition is no instruction (na), but "Cuando la Sociedad Histórica abra el lunes, llámeles." is timing, not a condition: the
 *   patron is told to call them (fail, no way).
 * - "Feel free to / you're (always) welcome to (just)" before a referring verb tells the patron to get in touch (AB12); the service's
 *   own "contact us again" and a source browsed are no referral (na).
 * - Staff who "can look into it for you; I'll pass your question / forward it to them" are consulted on the patron's behalf (na); a
 *   later "You can also call them at …" / "Feel free to stop by their desk" still sends the patron (pass / fail) (AB6).
 *
 * COUNTS. Written: 44 cases, 23 for and 21 against (AB3 3/3, AB4 2/2, AB5 2/2, AB7 2/2, AB8 2/2, AB9 2/2, AB10 3/2, AB11 3/2, AB12
 * 2/2, AB6 2/2), in one batch, labels copied aside to /tmp/wt-ab4-labels.ts before the first run. First run as labelled: 39 of 44.
 * Disagreeing: 5. Label corrections: 0 (each reread against RUBRIC's text; the labels stand). Final: 39 running, 5 LEFT (rubric v61
 * scored on each to tell "older" from "AB caused"):
 * - referral.contact, expected na / got fail: "If you call the U.S. Embassy, have your passport number ready." (a condition; AB3
 *   now reads the name past "U.S.", and the older miss of "if you call the …" conditions (v61 fails "If you call the US Embassy, …"
 *   and "… the Embassy of Japan, …" the same) reaches it; AB caused: v61 na).
 * - referral.contact, expected fail / got pass: "Email the Harbor Rowing Club. His old crew and their race results are at
 *   rowinghistory.example.org." (another owner's things at a site not the club's; older: v61 pass the same).
 * - closing.anything_else, expected fail / got pass: "vale, ¿eso es todo? 🤔" (asked, read as done, quote "vale, ¿eso es todo?";
 *   AB8's guard for "ok, ¿es todo?" does not reach "¿eso es todo?"; older: v61 pass the same).
 * - referral.contact, expected fail / got na: "Cuando la Sociedad Histórica abra el lunes, llámeles." (timing, not a condition;
 *   AB11's ES_IF_CLAUSE_AB11 strips "cuando …," with the party in it; "La Sociedad Histórica abre el lunes, llámeles." fails as
 *   meant; older: v61 na the same).
 * - referral.contact, expected fail / got na: "ur always welcome to just email the Archives, theyre super nice" (AB12 reads
 *   "you're / youre always welcome to just email the county clerk" but not "ur" nor "u r", which FEEL_FREE_AB12 lists; older: v61
 *   na the same).
 * AFTER THIS CHECK (the block mended before it landed): a referring verb right after "if you" is a condition (AB13,
 *   `ifYouVerbAB13`), so "If you call the U.S. Embassy, have your passport number ready." (the one false reading AB caused here)
 *   and the older "If you call the IRS, …" read as labelled; "vale, ¿eso es todo? 🤔" is asked (v9's "eso es todo" not before "?"),
 *   "Cuando la Sociedad Histórica abra el lunes, llámeles." refers (AB11 leaves out only a "si …," clause), "ur always welcome to
 *   just email the Archives" refers (AB12 reads "your", as "ur" is normalised). The Harbor Rowing Club case stays LEFT (older). No
 *   label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY, DONE, NOT_DONE, ASKED, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Fernwood Public Library.';
const { said, asked, done } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'north' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca Pública de Fernwood.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la del norte' });
const BYE_ES = '¡Que le vaya muy bien, adiós!';

export const ab3: SessionCase[] = [
  // ---- AB3 for: a two-letter initialism inside the party's name, the party asked / written to / called
  c('AB3 for: "Try writing to the U.S. Naval Institute, 291 Wood Rd, Annapolis, MD 21402."', said('where can i find my grandpas ship cruise book', 'We do not hold those. Try writing to the U.S. Naval Institute, 291 Wood Rd, Annapolis, MD 21402.'), WITH_WAY),
  c('AB3 for: "u could ask the D.C. Preservation League, they know old rowhouses" (chat-speak)', said('how old is my rowhouse in dc', 'hmm tough one, u could ask the D.C. Preservation League, they know old rowhouses'), NO_WAY),
  c('AB3 for: "Ring the U.K. Met Office enquiries line on 0370 900 0100."', said('i need the weather on the day i was born in exeter', 'They keep daily records. Ring the U.K. Met Office enquiries line on 0370 900 0100.'), WITH_WAY),
  // ---- AB3 against: the initialism party's site (a source), a condition, the provider's own act
  c('AB3 against: "Check the U.S. Geological Survey website at usgs.gov for the quake list." (a site)', said('was there an earthquake here in 1986', 'There is a searchable record. Check the U.S. Geological Survey website at usgs.gov for the quake list.'), NONE),
  c('AB3 against: "If you call the U.S. Embassy, have your passport number ready." (condition)', said('any books on living in japan', 'We have two guides. One tip from them: if you call the U.S. Embassy, have your passport number ready.'), NONE),
  c('AB3 against: "I emailed the D.C. Archives yesterday; the list is at dcarchives.example.gov." (own act)', said('any news on the 1900 building permits', 'Yes. I emailed the D.C. Archives yesterday; the list is at dcarchives.example.gov.'), NONE),
];

export const ab4: SessionCase[] = [
  // ---- AB4 for: "visit" a named party with its street address
  c('AB4 for: "Visit Riverside Genealogical Society, 412 Elm St, on a Tuesday afternoon."', said('who can help me find my family in riverside', 'They have volunteers. Visit Riverside Genealogical Society, 412 Elm St, on a Tuesday afternoon.'), WITH_WAY),
  c('AB4 for: "u can visit Hopewell Quilters Guild, 58 Church Rd, thursday nights" (chat-speak)', said('where can i learn to quilt', 'ooh fun, u can visit Hopewell Quilters Guild, 58 Church Rd, thursday nights'), WITH_WAY),
  // ---- AB4 against: a sight (a name ending in a sight word, or "to see / photograph …" after the address)
  c('AB4 against: "Visit Cedar Point Lighthouse, 1200 Shore Dr, in summer." (a sight)', said('any books on great lakes lighthouses', 'We have several. For the real thing, visit Cedar Point Lighthouse, 1200 Shore Dr, in summer.'), NONE),
  c('AB4 against: "Visit Eagle Rock, 5 Ridge Rd, at dusk to photograph the valley." (a sight, "to photograph")', said('where is a good spot for sunset photos', 'Our photography books list a few. Visit Eagle Rock, 5 Ridge Rd, at dusk to photograph the valley.'), NONE),
];

export const ab5: SessionCase[] = [
  // ---- AB5 for: drop it / one / the form off with a party
  c('AB5 for: "u can drop the form off with the county clerk" (chat-speak)', said('where do i turn in my dog license renewal', 'its a paper form, u can drop the form off with the county clerk'), NO_WAY),
  c('AB5 for: "Drop one off with the Records Office, 410-555-0123, any weekday."', said('where do i hand in a transcript request', 'The form is on paper. Drop one off with the Records Office, 410-555-0123, any weekday.'), WITH_WAY),
  // ---- AB5 against: a condition, the provider's own act
  c('AB5 against: "When you drop it off with the clerk, ask for a stamped copy." (condition)', said('any tips for filing a small claims form', 'Our guide has a few. When you drop it off with the clerk, ask for a stamped copy.'), NONE),
  c('AB5 against: "I\'ll drop it off with the Records Office myself tomorrow." (own act)', said('i left my request form at your desk', 'Got it, thanks. I\'ll drop it off with the Records Office myself tomorrow.'), NONE),
];

export const ab7: SessionCase[] = [
  // ---- AB7 for: "Their <three or four words> are at <URL>" after a party, the party's own site
  c('AB7 for: "Contact the Lakeview Birding Club. Their field trip calendar and forms are at lakeviewbirds.org."', said('how do i join a bird walk', 'There is a local club. Contact the Lakeview Birding Club. Their field trip calendar and forms are at lakeviewbirds.org.'), WITH_WAY),
  c('AB7 for: "talk to the Westside Tenants Union. their hours and intake form are at wtu.example.org" (chat-speak)', said('my landlord wont fix the heat', 'ugh sorry, talk to the Westside Tenants Union. their hours and intake form are at wtu.example.org'), WITH_WAY),
  // ---- AB7 against: "their" across "is … but", another owner before "their"
  c('AB7 against: "Contact the Lakeview Birding Club. Their office is closed, but the checklist is at ebird.org." (across a clause)', said('how do i join a bird walk', 'There is a local club. Contact the Lakeview Birding Club. Their office is closed, but the checklist is at ebird.org.'), NO_WAY),
  c('AB7 against: "Email the Harbor Rowing Club. His old crew and their race results are at rowinghistory.example.org." (another owner)', said('my dad rowed here in the 60s', 'Nice! Email the Harbor Rowing Club. His old crew and their race results are at rowinghistory.example.org.'), NO_WAY),
];

export const ab8: SessionCase[] = [
  // ---- AB8 for: ", es todo" with an emoji or an emoticon after it, the patron done
  c('AB8 for: "listo, es todo 🙌"', es.done('a qué hora abre la biblioteca el sábado', 'Abre a las 10. El horario está en fernwood.example.org/horario.', 'listo, es todo 🙌', BYE_ES), DONE),
  c('AB8 for: "si gracias, es todo :D"', es.done('tienen clases de inglés', 'Sí, los martes. El calendario está en fernwood.example.org/clases.', 'si gracias, es todo :D', BYE_ES), DONE),
  // ---- AB8 against: "¿es todo?" asked, "es todo muy …" (not done)
  c('AB8 against: "vale, ¿eso es todo? 🤔" (asked)', es.done('qué necesito para sacar la tarjeta', 'Una identificación y un comprobante de domicilio; la lista está en fernwood.example.org/tarjeta.', 'vale, ¿eso es todo? 🤔', BYE_ES), NOT_DONE),
  c('AB8 against: "si, es todo muy claro 👍" (not done)', es.done('cómo renuevo un libro', 'Desde su cuenta en fernwood.example.org/cuenta, con el botón Renovar.', 'si, es todo muy claro 👍', BYE_ES), NOT_DONE),
];

export const ab9: SessionCase[] = [
  // ---- AB9 for: a verb joined by a hyphen-minus, part of a name or a noun, no referral
  c('AB9 for: "Our Ask-a-Librarian form is at fernwood.example.org/ask if you think of more."', said('can i ask more later', 'Of course. Our Ask-a-Librarian form is at fernwood.example.org/ask if you think of more.'), NONE),
  c('AB9 for: "the old call-in show tapes are digitised at radioarchive.example.org" (chat-speak)', said('my grandma was on a radio show in 1974', 'cool! the old call-in show tapes are digitised at radioarchive.example.org'), NONE),
  // ---- AB9 against: dashes (not hyphens) around a verb, a real verb after a hyphenated name
  c('AB9 against: "Call – or better, stop by – the Dorchester County Historical Society." (en dashes)', said('who knows about the old cannery', 'Local history is their thing. Call – or better, stop by – the Dorchester County Historical Society.'), NO_WAY),
  c('AB9 against: "Our ask-a-librarian team can\'t do that, so email the county clerk at clerk@elmco.example.gov." (a real verb after)', said('can you certify my birth record', 'Our ask-a-librarian team can\'t do that, so email the county clerk at clerk@elmco.example.gov.'), WITH_WAY),
];

export const ab10: SessionCase[] = [
  // ---- AB10 for: after a source, whether the patron found the one sought there / on the list / in the index
  c('AB10 for: "The 1918 roster is at archives.example.org/roster. Did you find Uncle Walt there?"', said('was my great uncle in the 1918 militia', 'It is digitised. The 1918 roster is at archives.example.org/roster. Did you find Uncle Walt there?'), ASKED),
  c('AB10 for: "heres the obit index: fernwood.example.org/obits. did u spot grandpa joe in the index?" (chat-speak)', said('looking for my grandpas obituary 1962', 'heres the obit index: fernwood.example.org/obits. did u spot grandpa joe in the index?'), ASKED),
  c('AB10 for: "La lista de pasajeros está en archivo.example.mx/lista. ¿Encontró a su abuelo en la lista?"', es.said('mi abuelo llegó en barco en 1920', 'Está digitalizada. La lista de pasajeros está en archivo.example.mx/lista. ¿Encontró a su abuelo en la lista?'), ASKED),
  // ---- AB10 against: a place not given, a question before any source
  c('AB10 against: "The 1930 directory is at fernwood.example.org/dir1930. Did you find Agnes in the 1920 census?" (not given)', said('where did my aunt agnes live', 'Try the city directory. The 1930 directory is at fernwood.example.org/dir1930. Did you find Agnes in the 1920 census?'), NOT_ASKED),
  c('AB10 against: "Did you find your grandfather on the list?" before any source (not yet given)', asked('my grandfather came through ellis island', 'Did you find your grandfather on the list?', 'what list', 'The Ellis Island passenger lists are at heritage.example.org/ellis.'), NOT_ASKED),
];

export const ab11: SessionCase[] = [
  // ---- AB11 for: the party named before the Spanish verb with its pronoun
  c('AB11 for: "El Museo de Historia Natural identifica fósiles: mándeles fotos por correo a fosiles@museo.example.mx."', es.said('encontré una piedra rara con una concha', 'Puede ser un fósil. El Museo de Historia Natural identifica fósiles: mándeles fotos por correo a fosiles@museo.example.mx.'), WITH_WAY),
  c('AB11 for: "la sociedad de genealogia tiene esos libros, llamele mañana" (chat-speak)', es.said('busco los bautizos de mi pueblo', 'q bien! la sociedad de genealogia tiene esos libros, llamele mañana'), NO_WAY),
  c('AB11 for: "Cuando la Sociedad Histórica abra el lunes, llámeles." (a "cuando" clause, still told to call)', es.said('quién sabe de la casa vieja de la plaza', 'Ellos la estudiaron. Cuando la Sociedad Histórica abra el lunes, llámeles.'), NO_WAY),
  // ---- AB11 against: a condition's clause, the provider's own act
  c('AB11 against: "Si el museo le contesta, envíele un correo de agradecimiento." (condition)', es.said('tienen libros sobre fósiles', 'Sí, tenemos tres. Un consejo: si el museo le contesta, envíele un correo de agradecimiento.'), NONE),
  c('AB11 against: "El museo identifica fósiles; yo les mandé fotos por correo ayer." (own act)', es.said('ya saben qué es mi piedra', 'Todavía no. El museo identifica fósiles; yo les mandé fotos por correo ayer.'), NONE),
];

export const ab12: SessionCase[] = [
  // ---- AB12 for: an invitation before the referring verb
  c('AB12 for: "Feel free to call the Bureau of Vital Records at (410) 555-0133."', said('how do i get my dads death certificate', 'They issue certified copies. Feel free to call the Bureau of Vital Records at (410) 555-0133.'), WITH_WAY),
  c('AB12 for: "ur always welcome to just email the Archives, theyre super nice" (chat-speak)', said('can i see the old mill photos', 'they arent online, but ur always welcome to just email the Archives, theyre super nice'), NO_WAY),
  // ---- AB12 against: the provider's own service, a source
  c('AB12 against: "Feel free to contact us again anytime!" (own service)', said('thanks for the help with the tax forms', 'Glad it helped. Feel free to contact us again anytime!'), NONE),
  c('AB12 against: "You\'re welcome to browse the County Clerk\'s online index at clerk.example.gov." (a source)', said('how do i find an old marriage record', 'It is indexed online. You\'re welcome to browse the County Clerk\'s online index at clerk.example.gov.'), NONE),
];

export const ab6: SessionCase[] = [
  // ---- AB6 for: staff consulted on the patron's behalf, the question passed on after a semicolon
  c('AB6 for: "Our local history staff can look into the deed for you; I\'ll pass your question to them."', said('who built my house in 1910', 'That takes some digging. Our local history staff can look into the deed for you; I\'ll pass your question to them.'), NONE),
  c('AB6 for: "our genealogy team can look into it for u; ill forward it to them" (chat-speak)', said('cant find my great gran in any census', 'hmm, our genealogy team can look into it for u; ill forward it to them'), NONE),
  // ---- AB6 against: a later sentence still sends the patron to them
  c('AB6 against: "… can look into it for you; I\'ll pass your question to them. You can also call them at (410) 555-0150."', said('who built my house in 1910', 'Our local history staff can look into it for you; I\'ll pass your question to them. You can also call them at (410) 555-0150.'), WITH_WAY),
  c('AB6 against: "… can look into it for you; I\'ll pass your question to them. Feel free to stop by their desk too."', said('who built my house in 1910', 'Our local history staff can look into it for you; I\'ll pass your question to them. Feel free to stop by their desk too.'), NO_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AB7 against: "Email the Harbor Rowing Club. His old crew and their race results are at rowinghistory.example.org." (another owner)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): the URL is a rowing history site holding his old crew\'s results, not the club\'s way to be reached (RUBRIC referral.contact: "every party … comes with a way to reach them"); older: v61 pass the same',
};

describe('sixty-eighth round: block AB (AB3-AB12) checked blind, both ways (ab4)', () => {
  for (const [t, cs] of [['AB3', ab3], ['AB4', ab4], ['AB5', ab5], ['AB7', ab7], ['AB8', ab8], ['AB9', ab9], ['AB10', ab10], ['AB11', ab11], ['AB12', ab12], ['AB6', ab6]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
