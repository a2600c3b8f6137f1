/**
 * Fiftieth round, second blind check of block O (rubric v49): O5 to O9 and O11 tried both ways in wording the block's author
 * never saw, each case labelled from RUBRIC.md before it ran. "for": the meant behaviour in other words (typos, chat-speak, other
 * verbs, other parties, other orders, Spanish); "against": near misses the block must not read, and older readings it must keep.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - closing.anything_else: "anything else" asked of what the patron knows or remembers about the need ("anything else you
 *   remember about the plot?") is a question about the need, not "anything else?"; "can you tell me if there's anything else
 *   you need today?" is "anything else?" whatever verb leads it. Spanish "algo más" + a quality ("más corto", "más barato") is
 *   "something more …"; "¿Necesita algo más, como renovar sus libros?" still asks anything-else.
 * - followup.completeness: asking whether a source given holds the person, item or street sought asks whether it meets the
 *   need; asking whether a page shows a control or field ("the date box", "your address field") is finding the way, not that.
 * - referral.contact: telling the patron to hire, consult, ask or take things to a party outside the chat (a professional, the
 *   patron's own landlord or pharmacist, a drop-off or collection site) is a referral; a locator URL listing the sites is a way to
 *   reach them. Pointing to a list or a guide to read ("take a look at the sites on the locator", "an arborist's guide") is a
 *   source; a party only mentioned ("a surveyor's plat", "what your landlord must fix") is no referral. An outside party or staff
 *   member the provider consults for the patron ("I'll e-mail you once I get a reply from her") is no referral.
 *
 * COUNTS: written 42 (21 for, 21 against: O5/O6 12, O7 10, O8/O9 14, O11 6); first run as labelled 34; disagreeing 8; label
 * corrections 0; final: 34 running, 8 LEFT (each scored under rubricV48 too: "older" = v48 reads it the same, "O caused" = block O
 * made the misreading):
 * - closing.anything_else + inquiry.clarify, expected fail/pass, got pass/fail: "Anything else u can tell me about the recipe, like
 *   the church?" (older)
 * - closing.anything_else, expected pass, got fail: "Can you tell me if there's anything else you need today?" (O caused)
 * - followup.completeness, expected pass, got fail: "Did the census page list your great-grandfather?" (older)
 * - followup.completeness, expected pass, got fail: "was ur grandma in the obit index?" (older)
 * - followup.completeness, expected pass, got fail: "¿El mapa muestra su calle?" (older)
 * - followup.completeness, expected fail, got pass: "Does the search page show the date box at the top?" (O caused)
 * - followup.completeness, expected fail, got pass: "Does that page have your address field yet?" (O caused)
 * - referral.contact, expected fail, got na: "Llévelas a un punto de reciclaje de pilas" (older)
 *
 * MENDED AFTER THIS CHECK (block O's next cut): the 3 readings O caused ("Can you tell me if there's anything else you need
 *   today?", a page's date box and address field) and 2 older ones ("Anything else u can tell me about …", "great-grandfather")
 *   read as labelled: 39 running, 3 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Dana here at the Harbor Public Library chat.';
const { asked, said } = nearMissLines(HI);

export const bO5O6: SessionCase[] = [
  // ---- O5 for: asked of what the patron knows about the need
  c('B O5 for: "Do u remember who wrote it or anything else abt it?" (chat-speak)', asked('lookin for a poem about a fox in winter', 'Do u remember who wrote it or anything else abt it?', 'no just the fox and snow', 'Try the Poetry Foundation search at poetryfoundation.org with "fox" and "snow".'), some({ clarify: 'pass', anything: 'fail' })),
  c('B O5 for: "Did you happen to recall the year, or anything else like the channel?"', asked('i want an old tv commercial about milk', 'Did you happen to recall the year, or anything else like the channel?', 'maybe 1985', 'The Duke Ad*Access archive at library.duke.edu/digitalcollections/adaccess has milk ads from then.'), some({ clarify: 'pass', anything: 'fail' })),
  c('B O5 for: "Is there anything else you remember about the plot?" (no know-verb first)', asked('cant find a novel i read in high school', 'Is there anything else you remember about the plot?', 'a boy and his dog in the ozarks', 'That sounds like "Where the Red Fern Grows"; it is in our catalog at harborlib.example.org.'), some({ clarify: 'pass', anything: 'fail' })),
  c('B O5 for: "Anything else u can tell me about the recipe?" (bare, chat-speak)', asked('need my grandmas pie recipe from a church cookbook', 'Anything else u can tell me about the recipe, like the church?', 'st marks lutheran, 1960s', 'Our community cookbook list at harborlib.example.org/cookbooks has a St. Mark\'s Lutheran cookbook from 1964.'), some({ clarify: 'pass', anything: 'fail' })),
  // ---- O5 against: still "anything else?"
  c('B O5 against: "Can you tell me if there\'s anything else you need today?" after the answer', asked('when is the library closed for thanksgiving', 'We close Thursday and Friday; the holiday list is at harborlib.example.org/hours.', 'ok', "Can you tell me if there's anything else you need today?"), some({ anything: 'pass' })),
  c('B O5 against: "Is there anything else I can help you find?" after the answer', asked('when is the library closed for thanksgiving', 'We close Thursday and Friday; the holiday list is at harborlib.example.org/hours.', 'ok', 'Is there anything else I can help you find?'), some({ anything: 'pass' })),
  c('B O5 against: "Do you know the author? Anything else I can do for you?" asks both', asked('i need a book for book club', 'Here is our book club kit list: harborlib.example.org/kits.', 'ok', 'Do you know which one the club picked? Anything else I can do for you?'), some({ anything: 'pass' })),
  // ---- O6 for: "algo más" of a kind
  c('B O6 for: "¿Prefiere algo más corto?" is no "anything else"', asked('busco una novela para mi hija de 12 años', '¿Prefiere algo más corto, o no importa el largo?', 'algo corto', 'Le sugiero "El principito"; está en el catálogo en harborlib.example.org.'), some({ clarify: 'pass', anything: 'fail' })),
  c('B O6 for: "¿o algo mas barato?" without the accent', asked('necesito un diccionario de inglés', '¿Quiere uno grande de tapa dura, o algo mas barato de bolsillo?', 'de bolsillo', 'El Collins de bolsillo está en el catálogo en harborlib.example.org.'), some({ clarify: 'pass', anything: 'fail' })),
  c('B O6 for: "¿Busca algo más parecido a Harry Potter?"', asked('quiero un libro de fantasía', '¿Busca algo más parecido a Harry Potter, o más para adultos?', 'como harry potter', 'Pruebe "Nevermoor" de Jessica Townsend, en harborlib.example.org.'), some({ clarify: 'pass', anything: 'fail' })),
  // ---- O6 against
  c('B O6 against: "¿Necesita algo más, como renovar sus libros?"', asked('cuando cierra la biblioteca hoy', 'Hoy cerramos a las 8; el horario está en harborlib.example.org/horario.', 'gracias', '¿Necesita algo más, como renovar sus libros?'), some({ anything: 'pass' })),
  c('B O6 against: "¿Hay algo más que pueda hacer por usted?"', asked('cuando cierra la biblioteca hoy', 'Hoy cerramos a las 8; el horario está en harborlib.example.org/horario.', 'gracias', '¿Hay algo más que pueda hacer por usted?'), some({ anything: 'pass' })),
];

export const bO7: SessionCase[] = [
  // ---- for
  c('B O7 for: "Does that database have the article you need?"', asked('i need an article from time magazine 1969', 'Try the TIME Magazine Archive at harborlib.example.org/databases.', 'ok im in', 'Does that database have the article you need?'), some({ complete: 'pass' })),
  c('B O7 for: "Did the census page list your great-grandfather?"', asked('was my great grandfather in the 1910 census', 'The 1910 census is free at familysearch.org; search by his name and county.', 'ok looking', 'Did the census page list your great-grandfather?'), some({ complete: 'pass' })),
  c('B O7 for: "was ur grandma in the obit index?" (chat-speak)', asked('need my grandmas obituary from 1975', 'Our obit index is at harborlib.example.org/obits.', 'searching', 'was ur grandma in the obit index?'), some({ complete: 'pass' })),
  c('B O7 for: "Does either one fit what your professor asked for?"', asked('need 2 peer reviewed articles on sleep and memory', 'Two from PsycINFO at harborlib.example.org/databases: Walker 2004 and Diekelmann 2010.', 'ok', 'Does either one fit what your professor asked for?'), some({ complete: 'pass' })),
  c('B O7 for: "Are those the kind your teacher wants?"', asked('need 3 primary sources on the dust bowl', 'The Library of Congress has Dust Bowl photos and letters at loc.gov/classroom-materials/dust-bowl.', 'ok', 'Are those the kind your teacher wants?'), some({ complete: 'pass' })),
  c('B O7 for: "¿El mapa muestra su calle?" (Spanish)', asked('hay un mapa de mi barrio de 1920', 'El mapa Sanborn de 1920 está en loc.gov/collections/sanborn-maps.', 'lo estoy mirando', '¿El mapa muestra su calle?'), some({ complete: 'pass' })),
  // ---- against: finding the way
  c('B O7 against: "Does the search page show the date box at the top?"', asked('how do i search old newspapers by date', 'Go to harborlib.example.org/news and open the Advanced Search.', 'im there', 'Does the search page show the date box at the top?'), some({ complete: 'fail' })),
  c('B O7 against: "Does that page have your address field yet?"', asked('how do i update my address on my card', 'Sign in at harborlib.example.org/account and choose Edit Profile.', 'ok signed in', 'Does that page have your address field yet?'), some({ complete: 'fail' })),
  c('B O7 against: "Does the site have a Sign Up button?"', asked('how do i get a library card online', 'The form is at harborlib.example.org/card.', 'ok', 'Does the site have a Sign Up button on the right?'), some({ complete: 'fail' })),
  // ---- older reading kept
  c('B O7 against (older): "Did that help?" still asks', asked('how do i get a library card online', 'The form is at harborlib.example.org/card.', 'ok', 'Did that help?'), some({ complete: 'pass' })),
];

export const bO8O9: SessionCase[] = [
  // ---- O8 for
  c('B O8 for: "u should prob hire a land surveyor" (chat-speak), no contact', said('where exactly is my property line', 'The plat is at harborlands.example.gov, but u should prob hire a land surveyor to stake it.'), some({ referral: 'fail' })),
  c('B O8 for: "Talk to your accountant about the deduction", no contact', said('can i deduct my home office', 'IRS Publication 587 at irs.gov/pub587 explains it. Talk to your accountant about your own case.'), some({ referral: 'fail' })),
  c('B O8 for: "check with ur pharmacist", no contact', said('can i take this cold medicine with my blood pressure pills', 'MedlinePlus at medlineplus.gov has the drug info, but check with ur pharmacist before mixing them.'), some({ referral: 'fail' })),
  c('B O8 for: "ask your landlord" about the repair, no contact', said('my heater is broken in my apartment', "The tenant guide is at harborhousing.example.gov/tenants; ask your landlord to fix it in writing first."), some({ referral: 'fail' })),
  c('B O8 for: "engage a certified arborist" with the directory URL', said('is my oak tree dying', 'Engage a certified arborist; the ISA directory at treesaregood.org/findanarborist lists local ones.'), some({ referral: 'pass' })),
  c('B O8 for: "Consulte a un abogado" (Spanish), no contact', said('mi casero no me devuelve el depósito', 'La guía para inquilinos está en peoples-law.org. Consulte a un abogado si no se lo devuelve.'), some({ referral: 'fail' })),
  // ---- O8 against
  c('B O8 against: "A surveyor\'s plat from 1952" refers no one', said('where exactly is my property line', "A surveyor's plat from 1952 for your lot is at harborlands.example.gov."), some({ referral: 'na' })),
  c('B O8 against: "what your landlord must fix" refers no one', said('my heater is broken in my apartment', 'The tenant handbook at peoples-law.org explains what your landlord must fix and how fast.'), some({ referral: 'na' })),
  c('B O8 against: "Your caterer\'s invoice should list the tax"', said('do i pay sales tax on catering', "The comptroller's page at marylandtaxes.gov covers it; your caterer's invoice should list the tax."), some({ referral: 'na' })),
  c('B O8 against: "An arborist\'s guide" is a thing to read', said('is my oak tree dying', "Read an arborist's guide to oak wilt at treesaregood.org."), some({ referral: 'na' })),
  // ---- O9 for: consulted for the patron
  c('B O9 for: "might know; I\'ll write back once I get a reply from her"', said('when was this photo of main street taken', "It looks like the 1920s set at harborlib.example.org/photos. Our photo archivist might know more; I'll write back once I get a reply from her."), some({ referral: 'na' })),
  c('B O9 for: "The historical society may know; I\'ll let you know when we hear back from them"', said('when was this photo of main street taken', "It looks like the 1920s set at harborlib.example.org/photos. The Harbor Historical Society may know; I'll let you know when we hear back from them."), some({ referral: 'na' })),
  // ---- O9 against
  c('B O9 against: "may know more; you can e-mail him at …" refers with contact', said('when was this photo of main street taken', "It looks like the 1920s set at harborlib.example.org/photos. Our photo archivist may know more; you can e-mail him at photos@harborlib.example.org."), some({ referral: 'pass' })),
  c('B O9 against: "may know more; once you hear back from them, let me know" refers, no contact', said('when was this photo of main street taken', "It looks like the 1920s set at harborlib.example.org/photos. The Harbor Historical Society may know more; once you hear back from them, let me know."), some({ referral: 'fail' })),
];

export const bO11: SessionCase[] = [
  // ---- for
  c('B O11 for: "u can bring em to the recycling center" (chat-speak), no contact', said('where do old tvs go', 'u can bring em to the county recycling center, they take TVs for free.'), some({ referral: 'fail' })),
  c('B O11 for: "drop them off at a local e-waste collection point listed at …"', said('what do i do with old phones', 'Drop them off at a local e-waste collection point listed at ecycle.example.org/find.'), some({ referral: 'pass' })),
  c('B O11 for: "take the batteries to any store that accepts them", no contact', said('where can i recycle car batteries', 'Take the old batteries to any store that accepts them, most auto parts stores do.'), some({ referral: 'fail' })),
  c('B O11 for: "Llévelas a un punto de reciclaje" (Spanish), no contact', said('donde tiro las pilas viejas', 'Llévelas a un punto de reciclaje de pilas; no las tire a la basura.'), some({ referral: 'fail' })),
  // ---- against
  c('B O11 against: "take it back to the store" refers to no listed site', said('my new lamp is broken', 'If it came with a receipt, take it back to the store for a refund.'), some({ referral: 'na' })),
  c('B O11 against: "Take a look at the collection sites on the locator" is a source', said('what do i do with old phones', 'Take a look at the collection sites on the Call2Recycle locator at call2recycle.org/locator.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'B O7 for: "was ur grandma in the obit index?" (chat-speak)':
    'followup.completeness: expected pass, got fail. "was ur grandma in the obit index?" asks whether the index given holds her, but O7 reads only "does/did/do the … have/show/list …", not "was X in the …"; older: v48 fails it too.',
  'B O7 for: "¿El mapa muestra su calle?" (Spanish)':
    'followup.completeness: expected pass, got fail. "¿El mapa muestra su calle?" asks whether the map given shows the street sought, but O7 has no Spanish; older: v48 fails it too.',
  'B O11 for: "Llévelas a un punto de reciclaje" (Spanish), no contact':
    'referral.contact: expected fail, got na. "Llévelas a un punto de reciclaje de pilas" tells the patron to take the batteries to a collection site (a referral, no way to reach it), but O11 has no Spanish; older: v48 reads no referral either.',
};

describe('fiftieth round: block O, second blind check', () => {
  for (const [t, cs] of [['O5 and O6', bO5O6], ['O7', bO7], ['O8 and O9', bO8O9], ['O11', bO11]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
