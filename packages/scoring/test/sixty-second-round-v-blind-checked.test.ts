/**
 * Sixty-second round, blind check of block V (rubric v56): V5, V7, V9, V10, V14, V18 and V20 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings
 * it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; a website for the patron to use is a source; na when there is no referral; pass when every party
 * comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Picking a form, kit or copy up at an office or department (V5), calling, e-mailing or checking with a counted number of
 *   shops, companies, banks (V7), calling or writing to a fire station, an attorney general's office or a complaints line (V9),
 *   bringing, taking, mailing or dropping a thing at a department or a police, fire or sheriff's station (V10), making a report or
 *   complaint at or before an office (V14), and asking, checking with or e-mailing a prescriber, specialist, health care or
 *   insurance provider or each festival (V20) all tell the patron to visit, write to or ask a party outside the chat: a referral.
 * - Told nothing: a condition ("If you pick one up at the DMV, …"), a negation ("You don't need to phone several shops"), the
 *   provider's own act ("I called three offices", "I'll drop it at the police station", "Yo llamé a la procuraduría"), a report of
 *   what others do ("Many podiatrists recommend …"): na.
 * - No party: the library's own holds shelf (a thing, not a department), a place in a book ("pick it up at the start of chapter
 *   4"), a train station as a place to travel to, a school report written on a computer ("haga un informe en la computadora"): na.
 *   A party's web page or a report made online at a web address: a source, na.
 * - V18: "full / plain / free text" as a noun tells the patron to contact no one (na); "text <a party>" as a verb still refers.
 *
 * COUNTS. Written: 44 cases, 23 for and 21 against (V5 3/3, V7 3/3, V9 3/3, V10 4/3, V14 3/3, V18 3/3, V20 4/3), in one batch,
 * labels copied aside to /tmp/sixtySecondRoundVV1-labels.ts before the first run. First run as labelled: 40 of 44. Disagreeing: 4.
 * Label corrections: 0 (each reread against RUBRIC's Referral term; the labels stand). Final: 40 running, 4 LEFT (rubric v55 scored
 * on each to tell "older" from "V caused"):
 * - referral.contact, expected na / got fail: "If you pick one up at the DMV, check the expiry date." (a condition, the patron is not
 *   told to go; V5's "pick … up at" reads it with no "if / when you" guard; V caused: v55 na).
 * - referral.contact, expected na / got fail: "If you take it to the police station, ask for a receipt." (a condition; v5's "bring /
 *   take … to" reads it already; older: v55 fail the same).
 * - referral.contact, expected fail / got na: "u can drop it at the sheriffs station on 5th" (V10's verb reads "sheriff's station",
 *   but no party reading takes a sheriff's station as a party: "police station" fails as meant, "sheriff's station" is na; older:
 *   v55 na the same).
 * - referral.contact, expected pass / got na: "Mail the form to the Fish and Wildlife Department's licensing unit, PO Box 25, …" (the
 *   department with its possessive before a noun that is no party; "… to the Fish and Wildlife Department." fails and "… to the
 *   Department of Fish and Wildlife, PO Box …" passes, so only the possessive is missed; V10's own example reads only through
 *   "police … station"; older: v55 na the same).
 * AFTER THE AUTHOR'S MENDS (v56 as landed): the one reading V caused ("If you pick one up at the DMV, check the expiry date.") is
 *   mended (V5 reads no condition nor the provider's own act, two words before the verb allowed) and "u can drop it at the
 *   sheriffs station on 5th" is read (a sheriff's, ranger or fire station is a party, `STATION_PARTY_V10`): 42 running, 2 LEFT
 *   (both older).
 * ON v57 (block W, W6): "Mail the form to the Fish and Wildlife Department's licensing unit, PO Box 25, …" reads as labelled and
 *   runs (a department's unit is the party); 43 running, 1 LEFT.
 * RUBRIC v62 (block AB, sixty-eighth round): V10 against: "If you take it to the police station, ask for a receipt." (AB13: a
 *   referring verb right after "if you", with no way to reach the party in its clause, is a condition) now scores as labelled and
 *   runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const v5: SessionCase[] = [
  // ---- V5 for: pick a thing up at a party
  c('V5 for: "u can pick one up at the Extension office on Main, theyre free" (chat-speak)', said('where can i get a soil test kit', 'u can pick one up at the Extension office on Main, theyre free'), NO_WAY),
  c('V5 for: "Pick the application up at the Parks Department, (503) 555-0147."', said('how do i reserve a picnic shelter', 'It is a paper form. Pick the application up at the Parks Department, (503) 555-0147.'), WITH_WAY),
  c('V5 for: "Pick copies up at your local Social Security office."', said('where do i get the form for a replacement ss card', 'They keep paper ones too. Pick copies up at your local Social Security office.'), NO_WAY),
  // ---- V5 against: the library's own shelf, a condition, a place in a book
  c('V5 against: "You can pick it up at the holds shelf at Eastside." (own shelf)', said('is my hold in yet', 'Yes, it came in this morning. You can pick it up at the holds shelf at Eastside.'), NONE),
  c('V5 against: "If you pick one up at the DMV, check the expiry date." (condition)', said('are the paper drivers manuals still current', 'Mostly. One tip: if you pick one up at the DMV, check the expiry date on the back.'), NONE),
  c('V5 against: "You can pick it up at the start of chapter 4 next time." (a place in a book)', said('i stopped reading the book club book halfway', 'No problem, the group is only on part one. You can pick it up at the start of chapter 4 next time.'), NONE),
];

export const v7: SessionCase[] = [
  // ---- V7 for: places or companies, counted, as the parties called
  c('V7 for: "def ring 3 or 4 shops n compare quotes" (chat-speak)', said('how much does it cost to fix a cracked phone screen', 'prices vary a lot, def ring 3 or 4 shops n compare quotes'), NO_WAY),
  c('V7 for: "Email several local moving companies for a quote."', said('how much does a move across town cost', 'It depends on the size of the load. Email several local moving companies for a quote.'), NO_WAY),
  c('V7 for: "Check with a couple of banks before you sign anything."', said('whats a good rate for a car loan', 'Rates change weekly. Check with a couple of banks before you sign anything.'), NO_WAY),
  // ---- V7 against: the provider's own act, a condition, a negation
  c('V7 against: "I called three offices this morning and none had the form." (own act)', said('did you find the old zoning form', 'Not yet. I called three offices this morning and none had the form.'), NONE),
  c('V7 against: "If you call several companies, they will all ask for your policy number." (condition)', said('any tips for shopping for home insurance', 'Have your papers ready: if you call several companies, they will all ask for your policy number.'), NONE),
  c('V7 against: "You don\'t need to phone several shops; the prices are all at compare.example.org." (negation, a source)', said('who has the cheapest printer ink', 'You don\'t need to phone several shops; the prices are all at compare.example.org.'), NONE),
];

export const v9: SessionCase[] = [
  // ---- V9 for: a fire station, an attorney general's office, a complaints line
  c('V9 for: "Llame a la estación de bomberos de su barrio; revisan las sillas de auto gratis."', es.said('dónde revisan si la silla del carro está bien puesta', 'Es un servicio gratuito. Llame a la estación de bomberos de su barrio; revisan las sillas de auto gratis.'), NO_WAY),
  c('V9 for: "Comuníquese con la Procuraduría General del estado al 1-800-555-0190."', es.said('un notario me cobró y no hizo nada', 'Eso se puede reclamar. Comuníquese con la Procuraduría General del estado al 1-800-555-0190.'), WITH_WAY),
  c('V9 for: "Denuncie la llamada a la línea de quejas del Procurador General, 1-800-555-0188."', es.said('me llamaron diciendo que gané un premio y pidieron mi tarjeta', 'Es una estafa común. Denuncie la llamada a la línea de quejas del Procurador General, 1-800-555-0188.'), WITH_WAY),
  // ---- V9 against: a page (source), a condition, the provider's own act
  c('V9 against: "La página de los bomberos tiene consejos: bomberos.example.org" (a source)', es.said('cómo preparo a mi familia para un incendio', 'Hay un plan muy sencillo. La página de los bomberos tiene consejos: bomberos.example.org'), NONE),
  c('V9 against: "Si llama a la fiscalía, tenga su número de caso a mano." (condition)', es.said('hay libros sobre los derechos de las víctimas', 'Sí, tenemos dos. Un consejo: si llama a la fiscalía, tenga su número de caso a mano.'), NONE),
  c('V9 against: "Yo llamé a la procuraduría esta mañana; el formulario está en formularios.example.gov." (own act)', es.said('encontró el formulario de queja', 'Sí. Yo llamé a la procuraduría esta mañana; el formulario está en formularios.example.gov.'), NONE),
];

export const v10: SessionCase[] = [
  // ---- V10 for: bring / drop / take / mail a thing to a department (possessive) or a police, fire or sheriff's station
  c('V10 for: "u can drop it at the sheriffs station on 5th" (chat-speak)', said('i found a bike in my yard, who do i give it to', 'u can drop it at the sheriffs station on 5th'), NO_WAY),
  c('V10 for: "Bring the wallet to the nearest police station."', said('i found a wallet in your parking lot', 'Thanks for being honest! Bring the wallet to the nearest police station.'), NO_WAY),
  c('V10 for: "Take the old smoke detector to the fire station on Oak Ave, (405) 555-0166."', said('how do i get rid of an old smoke detector', 'They can have a little radioactive part. Take the old smoke detector to the fire station on Oak Ave, (405) 555-0166.'), WITH_WAY),
  c('V10 for: "Mail the form to the Fish and Wildlife Department\'s licensing unit, PO Box 25, Olympia, WA 98504."', said('how do i get a fishing license by mail', 'Print the form first. Mail the form to the Fish and Wildlife Department\'s licensing unit, PO Box 25, Olympia, WA 98504.'), WITH_WAY),
  // ---- V10 against: the provider's own act, a condition, a train station
  c('V10 against: "I\'ll drop it at the police station on my way home." (own act)', said('i left a found phone at your desk', 'Thanks, I have it. I\'ll drop it at the police station on my way home.'), NONE),
  c('V10 against: "If you take it to the police station, ask for a receipt." (condition)', said('is there anything on what to do with found property', 'There is a short guide. One tip from it: if you take it to the police station, ask for a receipt.'), NONE),
  c('V10 against: "Take the bus to Union Station and walk two blocks north." (a place to travel to)', said('how do i get to the main library from the airport', 'It is easy. Take the bus to Union Station and walk two blocks north.'), NONE),
];

export const v14: SessionCase[] = [
  // ---- V14 for: a report or complaint made at or before a party, in Spanish
  c('V14 for: "Hagan una denuncia ante la fiscalía de su municipio."', es.said('alguien usó mi nombre para abrir una cuenta', 'Es robo de identidad. Hagan una denuncia ante la fiscalía de su municipio.'), NO_WAY),
  c('V14 for: "Levante una queja con la Procuraduría Federal del Consumidor, tel. 1-800-555-0177."', es.said('la tienda no me quiere cambiar el refrigerador', 'Tiene derecho a reclamar. Levante una queja con la Procuraduría Federal del Consumidor, tel. 1-800-555-0177.'), WITH_WAY),
  c('V14 for: "haz un reporte en la comisaria d tu barrio" (chat-speak)', es.said('me robaron la bici', 'q mal! primero haz un reporte en la comisaria d tu barrio'), NO_WAY),
  // ---- V14 against: online, a condition, a school report
  c('V14 against: "Haga un reporte en línea en reportes.example.gov." (online, a source)', es.said('cómo reporto un bache en mi calle', 'Es muy fácil. Haga un reporte en línea en reportes.example.gov.'), NONE),
  c('V14 against: "Si va a hacer una denuncia ante la fiscalía, lleve su identificación." (condition)', es.said('tienen libros sobre cómo hacer una denuncia', 'Tenemos una guía. Un consejo: si va a hacer una denuncia ante la fiscalía, lleve su identificación.'), NONE),
  c('V14 against: "Haga un informe en la computadora para su clase de historia." (a school report)', es.said('mi maestra quiere un informe sobre los aztecas', 'Tenemos libros buenos. Haga un informe en la computadora para su clase de historia y cite los libros.'), NONE),
];

export const v18: SessionCase[] = [
  // ---- V18 for: "full / plain / free text" a noun, no referral
  c('V18 for: "Need full text? Try Academic Search Complete at library.example.org/az."', said('i need articles on sleep and teens', 'There are lots. Need full text? Try Academic Search Complete at library.example.org/az.'), NONE),
  c('V18 for: "plain text is safest: paste the resume into Notepad first" (chat-speak)', said('the job site messes up my resume formatting', 'yeah that happens, plain text is safest: paste the resume into Notepad first'), NONE),
  c('V18 for: "For free text searching, use the keyword box in our catalogue."', said('how do i search for a phrase in the catalog', 'There are two ways. For free text searching, use the keyword box in our catalogue.'), NONE),
  // ---- V18 against: "text" the verb, a party (older readings kept)
  c('V18 against: "Text the Housing Authority at (617) 555-0120 with your case number."', said('how do i check on my housing voucher', 'They answer texts fastest. Text the Housing Authority at (617) 555-0120 with your case number.'), WITH_WAY),
  c('V18 against: "text ur landlord today so u have a record" (chat-speak)', said('my sink has leaked for a month', 'ugh, text ur landlord today so u have a record'), NO_WAY),
  c('V18 against: "The full text is in the PDF; for a print copy, text the Reference Desk at 410-555-0193."', said('can i get the 1950 census guide', 'Yes. The full text is in the PDF; for a print copy, text the Reference Desk at 410-555-0193.'), WITH_WAY),
];

export const v20: SessionCase[] = [
  // ---- V20 for: a prescriber, a specialist, a health care / insurance provider, each festival
  c('V20 for: "ask ur orthodontist if the retainer is covered" (chat-speak)', said('does insurance cover a retainer', 'depends on the plan, ask ur orthodontist if the retainer is covered'), NO_WAY),
  c('V20 for: "Check with your health care provider before you start the diet."', said('is the keto diet safe for diabetics', 'We have some books on it. Check with your health care provider before you start the diet.'), NO_WAY),
  c('V20 for: "Email each festival to ask about booth fees."', said('i want to sell my pottery at summer festivals', 'Fees vary a lot. Email each festival to ask about booth fees.'), NO_WAY),
  c('V20 for: "Speak with an audiologist, such as Clear Hearing at (208) 555-0119."', said('my dad cant hear the tv anymore', 'A hearing test is the first step. Speak with an audiologist, such as Clear Hearing at (208) 555-0119.'), WITH_WAY),
  // ---- V20 against: a provider's website (source), a report of others, a condition
  c('V20 against: "Your insurance provider\'s website lists the covered drugs." (a source)', said('is my inhaler covered', 'It is plan by plan. Your insurance provider\'s website lists the covered drugs.'), NONE),
  c('V20 against: "Many podiatrists recommend wider shoes for that." (a report)', said('any books on bunions', 'We have one. Many podiatrists recommend wider shoes for that, the book says.'), NONE),
  c('V20 against: "If your dermatologist says it is eczema, the book The Itch is a good start." (condition)', said('books on skin rashes', 'We have a few. If your dermatologist says it is eczema, the book The Itch is a good start.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: block V checked blind, both ways', () => {
  for (const [t, cs] of [['V5', v5], ['V7', v7], ['V9', v9], ['V10', v10], ['V14', v14], ['V18', v18], ['V20', v20]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
