/**
 * Eightieth round, blind check of block AI (rubric v69), part ai9: AI10, AI11 and AI20 tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, objects and orders, typos, Spanish; "against": near misses the block must not read, and older readings it must not
 * break).
 * Checks:
 * - followup.completeness (AI10, AI11; RUBRIC: pass when, in or after the first message that gives a source or answer, the provider
 *   asks whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were
 *   looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?") does not count;
 *   fail otherwise; na when info.source is na). Every session here gives a source (a URL) before or in the message that asks, and has
 *   no other question that could count, so the label is ASKED (pass) or NOT_ASKED (fail).
 * - info.source (AI20; RUBRIC: pass when the provider gives at least one source: a URL or domain, an e-mail or phone contact for a
 *   referral, or a named resource (a database, the catalogue, a guide, a book, a web page with the steps to reach it); an organisation
 *   or app named without a way to reach it is not a source; fail: a substantive exchange with no source). These sessions carry no
 *   URL, phone, e-mail, database, catalogue or guide, so only the possessive-named book (or its near miss) can decide the label:
 *   some({ source: 'pass' }) or some({ source: 'fail' }).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A fix given and then done by the patron ("ok cleared it and signed back in", "i did the sync thing like that page said", "listo,
 *   ya lo hice"), then "did that get it / your laptop …-ing (again / at all)?", asks whether the fix given worked: counts. A patron
 *   telling of the given step in the past tense is not "their own different step".
 * - "that" right after the patron tells of a step of their own (or of a family member's) other than the fix given, done before or
 *   instead of it, is that step: the question asks nothing about what was given and does not count. A question about a fix the
 *   provider only offers ("If I send you the reset steps too, would that get it printing?") is about something not yet given.
 * - After "You said / As you mentioned / Like u said / You told me / Como usted dijo …", "Does / Did that <turn up / bring up / list /
 *   say / pull up / mention …>?" whose "that" is the patron's own search, paper or find asks about the patron's thing: does not
 *   count. A question whose subject is the thing given ("this index", "those titles", "la guía") still counts, and so does "Does
 *   that answer your question?" (the answer as a whole). Without "You said …", "Did that turn up …?" after the patron ran the given
 *   search asks about the given search: counts.
 * - A book named by its author's possessive, with its title in capitals or in quotes ("<Name>'s Title", "<Name>' Title", three-word
 *   and accented names), in a message about copies, shelves or the library, is a named book: a source. A house, a clock, a march, a
 *   county's board or a college's library named with a possessive is a place, a thing, an event, a body or an affiliation: not a
 *   source; books spoken of without a title ("none of the books on our shelves", "every history book on our shelves") name no
 *   resource.
 *
 * COUNTS. Written: 33 cases, 18 for and 15 against (AI10 6/5, AI11 6/5, AI20 6/5), in one batch, labels copied aside to
 * /tmp/s74/ai9-labels.ts before the first run. First run as labelled: 19 of 33. Disagreeing: 14. Label corrections: none (each
 * reread against followup.completeness or info.source; the labels stand). Final: 19 running, 14 LEFT (each scored with rubric v68
 * to tell "older" from "caused by AI"; 0 caused by AI, 14 older: v68 scores each the same; on v68, 16 disagree, AI10 having mended
 * "sweet, did that get it streamin at all?" and AI11 "You said your sister found her in the 1910 census. Does that pull up …"):
 * - expected pass / got fail (older: v68 fail): AI10 for "ok cleared it and signed back in" … "Did that get it loading your loans
 *   again?" (an object after the verb not read).
 * - expected pass / got fail (older: v68 fail): AI10 for "i followed that, the light is blue now" … "Did that get your laptop
 *   connecting to it again?" (not "it").
 * - expected pass / got fail (older: v68 fail): AI10 for "listo, ya lo hice" … "¿Eso hizo que volviera a imprimir?" (Spanish).
 * - expected pass / got fail (older: v68 fail): AI10 for "i did the sync thing like that page said" … "Did that get it downloading
 *   at all?" (the given step told in the past taken as the patron's own).
 * - expected pass / got fail (older: v68 fail): AI10 for "ok wiped the glass n held it flat" … "Did that get it scanning again, or
 *   is it still stuck?" (the trailing alternative).
 * - expected pass / got fail (older: v68 fail): AI11 against "You said you already tried the newspaper site. Does this index turn up
 *   his name?" (not read without "You said" either).
 * - expected pass / got fail (older: v68 fail): AI11 against "ok ran it" … "Did that turn up enough for your paper?".
 * - expected pass / got fail (older: v68 fail): AI11 against "Como usted dijo, es para su hijo de 10 años. ¿La guía cubre lo que
 *   necesita?" (Spanish).
 * - expected pass / got fail (older: v68 fail): AI20 for "Doris Kearns Goodwin's Team of Rivals … four copies on the shelf".
 * - expected pass / got fail (older: v68 fail): AI20 for "omg Mary Roach's Stiff!! … 2 copies n both r in rn".
 * - expected pass / got fail (older: v68 fail): AI20 for "Robin Wall Kimmerer's Braiding Sweetgrass, shelved with the nature
 *   writing".
 * - expected fail / got pass (older: v68 pass): AI20 against "Frederick Douglass's Cedar Hill is the house you mean, but we have no
 *   books just about the house on our shelves" (a place).
 * - expected fail / got pass (older: v68 pass): AI20 against "Benjamin Banneker's Wooden Clock was lost … none of the books on our
 *   shelves has a drawing of it" (a thing he made).
 * - expected fail / got pass (older: v68 pass): AI20 against "John Lewis's Selma March was on March 7, 1965 … every history book on
 *   our shelves gives that date" (an event).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask a Librarian at Kestrel Valley Library.';
const { said, asked, saidThen } = nearMissLines(HI, { branch: 'Which branch do you usually go to?', branchReply: 'eastgate' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca de Kestrel Valley.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal suele ir?', branchReply: 'la de eastgate' });

const GIVEN = some({ source: 'pass' });
const NOT_GIVEN = some({ source: 'fail' });

export const ai10: SessionCase[] = [
  // ---- AI10 for: the fix given and done, then "did that get it …-ing (again / at all)?" asks whether it worked
  c('AI10 for: "ok cleared it and signed back in" then "Did that get it loading your loans again?"', asked('the libby app on my tablet wont load any of my loans', 'Sorry about that! Libby\'s help page at help.libby.example.com/reset says to sign out, clear the app cache in your tablet settings, and sign in again with your card.', 'ok cleared it and signed back in', 'Did that get it loading your loans again?'), ASKED),
  c('AI10 for: "k done, both" then "sweet, did that get it streamin at all?" (chat-speak, a typo)', asked('my hoopla wont play on my tv, just spins', 'try the steps at kvlib.example.org/help/hoopla-tv, u unplug the streaming stick for 30 sec and then update the hoopla app', 'k done, both', 'sweet, did that get it streamin at all?'), ASKED),
  c('AI10 for: "i followed that, the light is blue now" then "Did that get your laptop connecting to it again?" (another object)', asked('the wifi hotspot i borrowed from you guys wont connect', 'The hotspot page at kvlib.example.org/hotspot has the fix: hold the power button for 15 seconds to reset it, then wait for the blue light.', 'i followed that, the light is blue now', 'Good. Did that get your laptop connecting to it again?'), ASKED),
  c('AI10 for: "listo, ya lo hice" then "¿Eso hizo que volviera a imprimir?" (Spanish)', es.asked('la impresora de la biblioteca no imprime desde mi celular', 'En kvlib.example.org/imprimir están los pasos: borre la impresora en la app, vuelva a agregarla con el código de la sucursal y envíe de nuevo el documento.', 'listo, ya lo hice', '¿Eso hizo que volviera a imprimir?'), ASKED),
  c('AI10 for: "i did the sync thing like that page said" then "Did that get it downloading at all?" (the given step, told in the past)', asked('my kindle wont download the library ebook', 'Amazon\'s help page at amazon.example.com/kindle-sync says to open Settings and tap Sync and Check for Items; the ebook should come down after that.', 'i did the sync thing like that page said', 'Did that get it downloading at all?'), ASKED),
  c('AI10 for: "ok wiped the glass n held it flat" then "Did that get it scanning again, or is it still stuck?"', asked('the self checkout at eastgate wont read my card barcode', 'Our self-checkout help at kvlib.example.org/selfcheck says to wipe the scanner glass and hold the card flat about 4 inches away.', 'ok wiped the glass n held it flat', 'Did that get it scanning again, or is it still stuck?'), ASKED),
  // ---- AI10 against: "that" = the patron's own step (nothing given yet, or a different step told just before); a fix not yet given
  c('AI10 against: "Oh no. Did that get it logging in at all? If not, the steps at …" (the patron\'s renewal at the desk)', said('my library card wont work on the ebook site, i renewed it at the desk yesterday', 'Oh no. Did that get it logging in at all? If not, the steps at kvlib.example.org/help/login show how to reset your PIN.'), NOT_ASKED),
  c('AI10 against: "not yet, i did reinstall zoom an hour ago tho" then "Did that get it opening at all?"', asked('our book club zoom link from the library wont open', 'The link is on the events page at kvlib.example.org/events/bookclub; open it in Chrome rather than in the Zoom app.', 'not yet, i did reinstall zoom an hour ago tho', 'Did that get it opening at all?'), NOT_ASKED),
  c('AI10 against: "my husband switched my phone off and on this morning" then "did that get it playing through at all?"', asked('the audiobook on my phone keeps stopping after a minute', 'Libby\'s troubleshooting page at help.libby.example.com/audio says to turn off battery saver for the app.', 'my husband switched my phone off and on this morning', 'did that get it playing through at all?'), NOT_ASKED),
  c('AI10 against: "todavía no, pero ayer la reinicié" then "¿Eso hizo que volviera a abrirlos?" (Spanish)', es.asked('mi tableta no abre los libros de la biblioteca', 'En kvlib.example.org/ayuda/libby explican cómo borrar la caché de la app y volver a entrar con su tarjeta.', 'todavía no, pero ayer la reinicié', '¿Eso hizo que volviera a abrirlos?'), NOT_ASKED),
  c('AI10 against: "If I send you the reset steps too, would that get it printing?" (a fix not yet given)', asked('my laptop wont find the library printer', 'The printing page at kvlib.example.org/print has the driver download for Windows and Mac.', 'ok', 'If I send you the reset steps too, would that get it printing?'), NOT_ASKED),
];

export const ai11: SessionCase[] = [
  // ---- AI11 for: after "You said / As you mentioned / Like u said …", a question about the patron's own search, paper or find
  c('AI11 for: "As you mentioned, you already searched FamilySearch. Did that bring up his name anywhere?"', said('im looking for my grandpas WWII draft card, i already searched familysearch', 'The National Archives page at archives.example.gov/draft-cards explains how to order a copy of the card. As you mentioned, you already searched FamilySearch. Did that bring up his name anywhere?'), NOT_ASKED),
  c('AI11 for: "like u said ur teacher gave u a handout. does that list langston hughes?" (chat-speak)', said('need sources for my essay on the harlem renaissance, my teacher gave us a handout with some names', 'check kvlib.example.org/harlem, it has books n articles by topic. like u said ur teacher gave u a handout. does that list langston hughes?'), NOT_ASKED),
  c('AI11 for: "You told me your doctor gave you a printout. Does that say how many milligrams a day …?" (a second message)', saidThen('my doctor gave me a printout about a low sodium diet, want some cookbooks', 'The American Heart Association\'s recipe pages at heart.example.org/recipes are all low sodium, and "The Low-Sodium Cookbook" by Sue Spitler is on the shelf at Eastgate.', 'You told me your doctor gave you a printout. Does that say how many milligrams a day you should aim for?'), NOT_ASKED),
  c('AI11 for: "Como usted dijo, ya buscó en el índice del condado. ¿Eso le mostró algún resultado?" (Spanish)', es.said('busco el acta de matrimonio de mis abuelos, ya busqué en el índice del condado', 'El archivo del estado tiene un buscador en archivos.example.gov/matrimonios. Como usted dijo, ya buscó en el índice del condado. ¿Eso le mostró algún resultado?'), NOT_ASKED),
  c('AI11 for: "You said your sister found her in the 1910 census. Does that pull up her street address too?"', said('my sister says the 1910 census lists our great grandma in Ohio but i cant find her', 'Ohio Memory at ohiomemory.example.org has county records to check against. You said your sister found her in the 1910 census. Does that pull up her street address too?'), NOT_ASKED),
  c('AI11 for: "As you said, your landlord sent a written notice. Does that mention the date the new rent starts?"', said('my landlord sent me a notice about a rent increase, what are my rights', 'The state tenant rights page at tenants.example.gov/rent explains the notice rules. As you said, your landlord sent a written notice. Does that mention the date the new rent starts?'), NOT_ASKED),
  // ---- AI11 against: after "You said …", a question whose subject is what was given, or "Does that answer your question?"; the older "turn up" about a given search
  c('AI11 against: "You said you already tried the newspaper site. Does this index turn up his name?" (the index given)', said('looking for my uncles obituary from 1987, i tried the newspaper site already', 'The Kestrel Valley obituary index at kvlib.example.org/obits goes back to 1950. You said you already tried the newspaper site. Does this index turn up his name?'), ASKED),
  c('AI11 against: "Like you said, the laptop has to go back to Eastgate. Does that answer your question?"', said('when does the eastgate branch close on holidays, i need to return a laptop', 'Holiday hours are at kvlib.example.org/hours: Eastgate closes at 5 pm on Christmas Eve and is closed on the 25th. Like you said, the laptop has to go back to Eastgate. Does that answer your question?'), ASKED),
  c('AI11 against: "As you said, he likes westerns. Do those titles cover what he likes to read?" (the titles given)', said('my dad has macular degeneration, wants large print westerns', '"Hondo" by Louis L\'Amour and "The Time It Never Rained" by Elmer Kelton both come in large print; the record for each is at kvlib.example.org/largeprint/westerns. As you said, he likes westerns. Do those titles cover what he likes to read?'), ASKED),
  c('AI11 against: "ok ran it" then "Did that turn up enough for your paper?" (the given search, no "You said")', asked('need articles on microplastics for a bio paper', 'Try this search, limited to peer reviewed: kvlib.example.org/search?q=microplastics', 'ok ran it', 'Did that turn up enough for your paper?'), ASKED),
  c('AI11 against: "Como usted dijo, es para su hijo de 10 años. ¿La guía cubre lo que necesita?" (Spanish, the guide given)', es.said('necesito libros sobre volcanes para mi hijo de 10 años', 'La guía de ciencias para niños en kvlib.example.org/guias/volcanes tiene libros y videos por edad. Como usted dijo, es para su hijo de 10 años. ¿La guía cubre lo que necesita?'), ASKED),
];

export const ai20: SessionCase[] = [
  // ---- AI20 for: a book named by its author's possessive, in a message about copies, shelves or the library
  c('AI20 for: "Doris Kearns Goodwin\'s Team of Rivals … four copies on the shelf" (a three-word name)', said('any good books on lincoln and his cabinet? for my book club', 'Doris Kearns Goodwin\'s Team of Rivals is the one most clubs pick; Eastgate has four copies on the shelf right now.'), GIVEN),
  c('AI20 for: "omg Mary Roach\'s Stiff!! … 2 copies n both r in rn" (chat-speak)', said('need something funny but science-y to read on vacation', 'omg Mary Roach\'s Stiff!! super funny, we have 2 copies n both r in rn at eastgate'), GIVEN),
  c('AI20 for: "Gabriel García Márquez\'s "One Hundred Years of Solitude" … copies in English and in Spanish" (accents, quoted)', said('looking for a novel for my spanish class, we can read it in english', 'Gabriel García Márquez\'s "One Hundred Years of Solitude" works well for that; the library has copies in English and in Spanish at Eastgate.'), GIVEN),
  c('AI20 for: "Charles Dickens\' Oliver Twist is a good start … on the shelf" (a bare apostrophe)', said('what should i read to understand victorian london for my class', 'Charles Dickens\' Oliver Twist is a good start, and Eastgate has it on the shelf in a student edition.'), GIVEN),
  c('AI20 for: "… the copies on our shelves that go out most are of Gary Paulsen\'s Hatchet." (the book last)', said('my 12 yr old loves survival stories', 'For a twelve-year-old who likes survival stories, the copies on our shelves that go out most are of Gary Paulsen\'s Hatchet.'), GIVEN),
  c('AI20 for: "Robin Wall Kimmerer\'s Braiding Sweetgrass, shelved with the nature writing" ("shelved")', said('something calming about plants and nature to read before bed?', 'Robin Wall Kimmerer\'s Braiding Sweetgrass, shelved with the nature writing at Eastgate, is gentle and lovely.'), GIVEN),
  // ---- AI20 against: a college's library, a house, a clock, a county's board, a march, named with a possessive: no source
  c('AI20 against: "… our partners at Goucher College\'s Julia Rogers Library too, and neither library keeps copies …" (an affiliation)', said('do u have the chem 101 textbook? its $300 at the bookstore', 'Sorry, no: I checked with our partners at Goucher College\'s Julia Rogers Library too, and neither library keeps copies of course textbooks on the shelf.'), NOT_GIVEN),
  c('AI20 against: "Frederick Douglass\'s Cedar Hill is the house you mean, but we have no books just about the house on our shelves" (a place)', said('is there a book about the house frederick douglass lived in, in DC?', 'Frederick Douglass\'s Cedar Hill is the house you mean, but we have no books just about the house on our shelves, sorry.'), NOT_GIVEN),
  c('AI20 against: "Benjamin Banneker\'s Wooden Clock was lost … none of the books on our shelves has a drawing of it" (a thing he made)', said('is there a picture of the clock benjamin banneker built?', 'Sadly no: Benjamin Banneker\'s Wooden Clock was lost when his house burned in 1806, and none of the books on our shelves has a drawing of it.'), NOT_GIVEN),
  c('AI20 against: "Howard County\'s Board of Education sets the rules for which books stay on school library shelves" (a body)', said('can the library take a book off the shelves at my kids school?', 'We don\'t decide that: Howard County\'s Board of Education sets the rules for which books stay on school library shelves, and public library copies are not affected.'), NOT_GIVEN),
  c('AI20 against: "John Lewis\'s Selma March was on March 7, 1965 … every history book on our shelves gives that date" (an event)', said('my son needs to know what year john lewis marched in selma for a worksheet', 'John Lewis\'s Selma March was on March 7, 1965, the day called Bloody Sunday; every history book on our shelves gives that date.'), NOT_GIVEN),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older (each scored the same under v68)
  'AI10 for: "ok cleared it and signed back in" then "Did that get it loading your loans again?"':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the patron did the fix given (Libby\'s reset page) and "that" is that fix, as "Did that help?"; AI10 does not read an object after the verb ("loading your loans again"; a probe: "Did that get it loading again?" passes with the same reply) (older: v68 fail the same)',
  'AI10 for: "i followed that, the light is blue now" then "Did that get your laptop connecting to it again?" (another object)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the reset given on the hotspot page worked; AI10 reads "get it …-ing", not "get your laptop connecting to it" (a probe fails the same after "k done") (older: v68 fail the same)',
  'AI10 for: "listo, ya lo hice" then "¿Eso hizo que volviera a imprimir?" (Spanish)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the patron did the steps given and "¿Eso hizo que volviera a imprimir?" asks whether they worked; AI10 reads no Spanish (older: v68 fail the same)',
  'AI10 for: "i did the sync thing like that page said" then "Did that get it downloading at all?" (the given step, told in the past)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "the sync thing like that page said" is the step given on Amazon\'s page, not a different step of the patron\'s own; AI10\'s guard takes any "i did …" just before as the patron\'s own step (a probe: "Did that get it downloading at all?" after "k done" passes) (older: v68 fail the same)',
  'AI10 for: "ok wiped the glass n held it flat" then "Did that get it scanning again, or is it still stuck?"':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, whether the self-checkout fix given worked; AI10 does not read the question with ", or is it still stuck?" after it (a probe after "k done" fails the same) (older: v68 fail the same)',
  'AI11 against: "You said you already tried the newspaper site. Does this index turn up his name?" (the index given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the subject is the obituary index given, asked whether it finds what the patron needs; "Does this index turn up …?" is not read even without "You said …" before it (a probe), so not AI11\'s doing (older: v68 fail the same)',
  'AI11 against: "ok ran it" then "Did that turn up enough for your paper?" (the given search, no "You said")':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "that" is the search given, which the patron ran, asked whether it found enough (a probe: "Did that help?" after the same reply passes) (older: v68 fail the same)',
  'AI11 against: "Como usted dijo, es para su hijo de 10 años. ¿La guía cubre lo que necesita?" (Spanish, the guide given)':
    'expected completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "la guía" is the children\'s science guide given, asked whether it covers the need (as "Does the guide cover it?"); not read in Spanish (older: v68 fail the same)',
  'AI20 for: "Doris Kearns Goodwin\'s Team of Rivals … four copies on the shelf" (a three-word name)':
    'expected info.source pass, got fail ("answered without any URL, named resource or contact"): RUBRIC info.source, a book named (Team of Rivals) is a named resource; AI20 reads "<First> <Last>\'s", not a three-word name (older: v68 fail the same)',
  'AI20 for: "omg Mary Roach\'s Stiff!! … 2 copies n both r in rn" (chat-speak)':
    'expected info.source pass, got fail ("answered without any URL, named resource or contact"): RUBRIC info.source, the book Stiff named, in a message about copies; a one-word title followed by "!!" not read (older: v68 fail the same)',
  'AI20 for: "Robin Wall Kimmerer\'s Braiding Sweetgrass, shelved with the nature writing" ("shelved")':
    'expected info.source pass, got fail ("answered without any URL, named resource or contact"): RUBRIC info.source, the book Braiding Sweetgrass named; a three-word name, and "shelved" rather than "shelf / copies / library" (older: v68 fail the same)',
  'AI20 against: "Frederick Douglass\'s Cedar Hill is the house you mean, but we have no books just about the house on our shelves" (a place)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, Cedar Hill is a house (a place), and no book is named ("no books just about the house"); the possessive is read as a book title, as v68 already did (older: v68 pass the same)',
  'AI20 against: "Benjamin Banneker\'s Wooden Clock was lost … none of the books on our shelves has a drawing of it" (a thing he made)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, the Wooden Clock is a thing Banneker made, not a book, and "none of the books on our shelves" names none (older: v68 pass the same)',
  'AI20 against: "John Lewis\'s Selma March was on March 7, 1965 … every history book on our shelves gives that date" (an event)':
    'expected info.source fail, got pass ("gave a source"): RUBRIC info.source, the Selma March is an event, and "every history book on our shelves" names no book (older: v68 pass the same)',
};

describe('eightieth round: block AI (AI10, AI11, AI20) checked blind, both ways, part ai9', () => {
  for (const [t, cs] of [['AI10', ai10], ['AI11', ai11], ['AI20', ai20]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
