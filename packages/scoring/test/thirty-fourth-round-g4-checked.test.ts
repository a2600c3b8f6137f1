/**
 * Thirty-fourth round, second wave (J3): the v35 phrase changes of block G4 (antiques, collectibles and what things are
 * worth: `referralParty` counts the trades that value things, `referralVerb` reads Spanish "consulte a/al …" and "lleve
 * (la/lo) [la moneda] a/al …") checked for false readings: near misses that share a change's words or shape but are NOT
 * its behaviour, and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only.
 *
 * Statuses are read from the literal text of RUBRIC.md (Referral: "telling the patron to contact or visit a person or
 * organisation outside the chat …; pointing to a website, database or publication for the patron to use is a source, not a
 * referral"), decided before running the scorer. Readings taken where the text leaves room:
 * - a trade named as a subject or in a general statement ("Auction houses usually take 20-25%") tells no one to contact it:
 *   no referral;
 * - "consulte a Numista (es.numista.com)" / "consulte a la guía Krause" point to a website or a book: a source, no referral;
 * - the noun "consulta" ("La consulta a un tasador cuesta unos 100 dólares") states a cost, it tells the patron nothing to do;
 * - "lleva a" as "leads to" ("eso lleva a un precio más alto") is no visit.
 * - "Lleve la moneda a la biblioteca y la vemos con lupa" tells the patron to come to the provider's own library (no
 *   department named): no referral, as the scorer reads English "Bring the coin to the library and we'll look at it";
 * - "An appraiser can tell you more" was not written as a near miss: older rounds read "X can tell you more" as a referral.
 * Written: 27 cases first (20 near misses, 7 behaviour), then 14 more from probing the changes (41 in all: 37 run, 4 in LEFT).
 * First run: 2 failed; 1 was mine (a behaviour case with the Mexico City number "55 5286 9800" without +52, not read as a
 * phone by code older than v35: rewritten with +52, the bare one in LEFT), 1 older than v35 (a quoted / title-cased
 * article title "Why You Should Call an Appraiser": "…Call a Lawyer" reads the same, LEFT). Probing found 6 G4 misreads,
 * narrowed in `phrasesV35G4` (no settings, no code):
 *  - referralVerb "consulte a/al": not before an adverb ("Consulte a partir de la página 45 del libro de Krause, en la sala
 *    de referencia", a menudo, a diario, al menos, al final, …). Still read: "consulte a un tasador", "consulte al tasador
 *    de … Morton, teléfono …", "Consulte a su tasador de confianza, o al Banco de México, banxico.org.mx".
 *  - referralVerb "lleve … a/al": not to the library itself or a thing in it ("Lleve la moneda a la biblioteca y la vemos
 *    con lupa", "Lleve la moneda al escáner de la biblioteca"). Still read: "a la Biblioteca del Congreso", "a la biblioteca
 *    municipal de Puebla", "Llévela a una casa de subastas".
 *  - referralParty: the trades' other pages and papers ("Visit an appraiser's blog", "Go to the auction house's results
 *    section", "Ask for the appraiser's credentials", catalogues, archives, records, estimates, articles, FAQ …). Still read:
 *    "check with a local auctioneer", "ring a philatelist at the Royal Philatelic Society on 020 7486 1044".
 * Left: 4 (LEFT, each with its reason). v35 fingerprint: 724b8caab7d8565b.
 * RUBRIC v62 (block AB, sixty-eighth round): "Consulte a la Sociedad Numismática de México, snm.org.mx" (AB1: "sociedad" is a
 *   party) now scores as labelled and runs with the others (38 run, 3 in LEFT); no label changed.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

const CHINA: Line[] = [
  [0, 'p', "hi, i have my grandmother's china set and want to know what it's worth"],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. What mark or name is on the bottom of the plates?"],
  [50, 'p', 'it says Noritake with a wreath and M'],
];
const BOOK: Line[] = [
  [0, 'p', 'I have a first edition of The Great Gatsby, how do I find out what its worth'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Does it still have its dust jacket?'],
  [50, 'p', 'no jacket, some foxing'],
];
const ES: Line[] = [
  [0, 'p', 'hola, tengo una moneda de plata mexicana de 1921, quiero saber cuánto vale'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Qué dice la moneda, "Dos Pesos" o "Un Peso"?'],
  [50, 'p', 'dice 2 pesos, con un ángel'],
];
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** The patron says `said` after the clarifying answer; the provider answers `text`. */
const patronSays = (base: Line[], said: string, text: string): Line[] => [...base, [60, 'p', said], [80, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const checked: SessionCase[] = [
  // ---- referralParty (the trades): near misses ----
  { name: 'referralParty near miss: general statement "Auction houses usually take a 20-25% commission" before a price guide : referral na', lines: then(CHINA, 'Auction houses usually take a 20-25% commission, so sale prices run high. The Kovels price guide at kovels.com lists past sales of Noritake. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: British "Most booksellers price by condition" and a glossary : referral na', lines: then(BOOK, 'Most booksellers price by condition, and foxing lowers it. The ILAB glossary at ilab.org/glossary explains the grades. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: the patron\'s story "my uncle was a coin dealer, he said appraisers rip you off" : referral na', lines: patronSays(CHINA, 'my uncle was an antiques dealer and he always said appraisers rip you off', 'Understood. The free Kovels guide at kovels.com lists sold prices for Noritake. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: the patron "I already asked an appraiser" : referral na', lines: patronSays(BOOK, 'I already asked an appraiser and he said $200', 'Then compare sold copies on AbeBooks at abebooks.com; filter by first edition. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Christie\'s auction results at christies.com/results" (a source) : referral na', lines: then(BOOK, "Christie's auction results are searchable at christies.com/results; type Gatsby first edition. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "look through a bookseller\'s catalogue, such as Between the Covers at betweenthecovers.com" : referral na', lines: then(BOOK, "Look through a bookseller's catalogue, such as the one at betweenthecovers.com, to compare prices. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "visit an auction house\'s online catalogue" with the guide at kovels.com : referral na', lines: then(CHINA, "Visit an auction house's online catalogue to see estimates, or use the Kovels guide at kovels.com. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "the library\'s silent auction" (an event) : referral na', lines: then(CHINA, 'If you decide to part with it, the Friends of the Library take donated china for their silent auction; details at samplelib.org/friends. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'referralParty near miss: "I\'ve dealt with Noritake before" : referral na', lines: then(CHINA, "I've dealt with Noritake questions before: the Noritake pattern guide at replacements.com/noritake matches the wreath mark. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: the provider consulted "an appraiser friend" on the patron\'s behalf : referral na', lines: then(CHINA, 'I asked an appraiser friend of mine and she says the wreath M mark dates from 1911-1930. Kovels at kovels.com has the full list. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: chat-speak "numismatists r picky abt grading, see pcgs.com/photograde" : referral na', lines: then(CHINA, 'numismatists r super picky abt grading lol. pcgs.com/photograde has pics to compare. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: non-native "The auctioneer fee is normally 10 percent" : referral na', lines: then(CHINA, 'The auctioneer fee is normally 10 percent. For prices please see WorthPoint in our databases, samplelib.org/databases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Visit an appraiser\'s blog for tips on marks" (a page to read) : referral na', lines: then(CHINA, "Visit an appraiser's blog for tips on marks; Kovels at kovels.com has the mark list. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Go to the auction house\'s results section and search Noritake" : referral na', lines: then(CHINA, "Go to the auction house's results section and search Noritake, or use kovels.com. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: "Ask for the appraiser\'s credentials before you pay" : referral na', lines: then(CHINA, "Ask for the appraiser's credentials before you pay anyone. Kovels at kovels.com lists sold prices. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralParty: behaviour in new words ----
  { name: 'referralParty behaviour: "check with a local auctioneer about consigning it" : referral fails', lines: then(CHINA, 'Check with a local auctioneer about consigning the set. Kovels at kovels.com shows recent prices. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralParty behaviour: British "ring a philatelist at the Royal Philatelic Society on 020 7486 1044" : referral passes', lines: then(CHINA, 'For the stamps, ring a philatelist at the Royal Philatelic Society on 020 7486 1044. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- referralVerb (Spanish): near misses ----
  { name: 'referralVerb near miss: "consulte el catálogo en catalogo.samplelib.org" (a thing) : referral na', lines: thenEs('Consulte el catálogo de la biblioteca en catalogo.samplelib.org y busque "monedas mexicanas". ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "consulte a la página de Numista, es.numista.com" : referral na', lines: thenEs('Consulte a la página de Numista, es.numista.com, que tiene fotos y precios de los 2 pesos de 1921. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "consulte al diccionario numismático en la sala de referencia" : referral na', lines: thenEs('Consulte al Standard Catalog of World Coins, el libro de Krause que tenemos en la sala de referencia. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "Consulte a Numista (es.numista.com)", a website named : referral na', lines: thenEs('Consulte a Numista (es.numista.com) para ver el valor según el estado. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: the noun "La consulta a un tasador cuesta unos 100 dólares" : referral na', lines: thenEs('La consulta a un tasador cuesta unos 100 dólares, así que primero vea los precios en es.numista.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "lleve a sus hijos al programa de cuentos" : referral na', lines: thenEs('Los precios están en es.numista.com. Y si quiere, lleve a sus hijos al programa de cuentos del sábado. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "lleve la moneda a la ventana" (to look at it) : referral na', lines: thenEs('Lleve la moneda a la ventana y mire la fecha con luz natural; luego compare en es.numista.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "lleva a" as "leads to": "eso lleva a un precio más alto" : referral na', lines: thenEs('Si la moneda no está limpiada, eso lleva a un precio más alto. Vea es.numista.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: the patron "mi prima lleva sus monedas a una casa de subastas" : referral na', lines: [...ES, [60, 'p', 'mi prima lleva sus monedas a una casa de subastas, vale la pena?'], [80, 'l', 'Depende del valor. Primero vea los precios en es.numista.com. ¿Le sirve?'], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "no lo lleve a un comerciante sin saber el precio" (warned against) : referral na', lines: thenEs('No lo lleve a un comerciante sin saber el precio: véalo antes en es.numista.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "Consulte a partir de la página 45 del libro de Krause, en la sala de referencia" (a book to use) : referral na', lines: thenEs('Consulte a partir de la página 45 del libro de Krause, en la sala de referencia. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'referralVerb near miss: "Consulte a menudo la página es.numista.com" : referral na', lines: thenEs('Consulte a menudo la página es.numista.com, los precios cambian. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "Consulte al menos dos fuentes: es.numista.com y el libro de Krause" : referral na', lines: thenEs('Consulte al menos dos fuentes: es.numista.com y el libro de Krause. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "Lleve la moneda a la biblioteca y la vemos con lupa" (as English "bring the coin to the library") : referral na', lines: thenEs('Lleve la moneda a la biblioteca y la vemos con lupa. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'referralVerb near miss: "Lleve la moneda al escáner de la biblioteca y mándeme la foto" : referral na', lines: thenEs('Lleve la moneda al escáner de la biblioteca y mándeme la foto. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'referralVerb behaviour: "Lleve la moneda a la Biblioteca del Congreso, en loc.gov" (another library) : referral passes', lines: thenEs('Lleve la moneda a la Biblioteca del Congreso, en loc.gov. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'referralVerb behaviour: "Lleve la moneda a la biblioteca municipal de Puebla" (another library, no contact) : referral fails', lines: thenEs('Lleve la moneda a la biblioteca municipal de Puebla. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'referralVerb behaviour: "Consulte a su tasador de confianza, o al Banco de México, banxico.org.mx" : referral passes', lines: thenEs('Consulte a su tasador de confianza, o al Banco de México, banxico.org.mx. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // ---- referralVerb: behaviour in new words ----
  { name: 'referralVerb behaviour: "Llévela a una casa de subastas" with no way to reach it : referral fails', lines: thenEs('Llévela a una casa de subastas de su ciudad para una estimación. Los precios están en es.numista.com. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'referralVerb behaviour: "consulte al tasador de Morton, teléfono +52 55 5286 9800" : referral passes', lines: thenEs('Consulte al tasador de la casa de subastas Morton, teléfono +52 55 5286 9800. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // left at v35 (an organisation named without a trade word was read as no referral); read since v62 (AB1: "sociedad" is a party)
  { name: 'referralVerb behaviour: "Consulte a la Sociedad Numismática de México, snm.org.mx" : referral passes', lines: thenEs('Consulte a la Sociedad Numismática de México, snm.org.mx. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer gets wrong and were not fixed: not run. */
export const LEFT: SessionCase[] = [
  // older than v35: a quoted title with an imperative reads as a referral for any party ("Why You Should Call a Lawyer" too)
  { name: 'referralParty near miss: a title "Why you should call an appraiser" at kovels.com : referral na', lines: then(CHINA, 'Kovels has an article, Why You Should Call an Appraiser, at kovels.com/appraisals. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralParty near miss: the title quoted, "Why You Should Call an Appraiser" : referral na', lines: then(CHINA, 'Kovels has an article, "Why You Should Call an Appraiser", at kovels.com/appraisals. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // older than v35: the Mexico City number without +52 ("55 5286 9800") is not read as a phone (with +52 it passes, above)
  { name: 'referralVerb behaviour: "consulte al tasador de Morton, teléfono 55 5286 9800" (no +52) : referral passes', lines: thenEs('Consulte al tasador de la casa de subastas Morton, teléfono 55 5286 9800. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
];

describeSessions('thirty-fourth round, second wave (J3): the G4 phrase changes checked', checked);

describeLeft('thirty-fourth-round-g4-checked', LEFT);
