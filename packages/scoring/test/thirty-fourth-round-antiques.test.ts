/**
 * Thirty-fourth round, area (G4): ANTIQUES, COLLECTIBLES AND "WHAT IS IT WORTH?". Grandmother's china, a quilt, a coin, a
 * stamp collection, a signed baseball, a first edition, an old map; price guides (Kovels, WorthPoint, eBay sold listings),
 * marks and hallmarks, a local history connection, donating to a museum or historical society, the library's rare books,
 * insurance, auctions. Libraries do not appraise: providers give books, databases and sites, and refer to appraisers,
 * dealers, auction houses, historical societies and curators (info.source, referral.contact, closing.no_dismissal,
 * inquiry.clarify, followup.completeness, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  declining to appraise while helping (no dismissal): "Libraries can't appraise items, but here is where to look", "We're
 *   not able to give values, sorry! What I can do is…", "no podemos tasar objetos, pero…";
 *  a dismissal (fails): "I'm at the end of my shift so I'll have to end the chat here", "I've spent enough time on this one,
 *   I need to close it now";
 *  a referral WITHOUT a way to reach the party (fails): "take it to a local coin dealer", "lleve la moneda a un comerciante
 *   de monedas", "talk to your insurance agent about a rider", "I'd suggest contacting a curator at the National Museum of
 *   the American Indian", "ask at a good antiques shop";
 *  a referral WITH one (passes): "contact an ABAA member bookseller; the directory is at abaa.org", "call the Howard County
 *   Historical Society at 410-480-3250", "email Special Collections at specialcollections@prattlibrary.org", "ring Leonard
 *   Joel in Melbourne on (03) 8825 5600", "llame al Maryland Center for History and Culture al 410-685-3750";
 *  a source, not a referral: "Kovels.com", "WorthPoint through the library's Databases page", "the Quilt Index at
 *   quiltindex.org", "PCGS CoinFacts at pcgs.com/coinfacts", "the Red Book (A Guide Book of United States Coins)".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - declining to appraise ("we can't appraise") while giving sources is no dismissal: the help does not end;
 * - "find a certified appraiser through the ASA's directory at appraisers.org" tells the patron to contact a named kind of
 *   specialist, and gives a URL to reach them: a referral that passes;
 * - "your insurance agent" is a person outside the chat: "talk to your insurance agent" is a referral without contact;
 * - "the American Philatelic Society's site, stamps.org, lists dealers" points to a website to use: a source, no referral;
 * - (taken after the second run) "An independent appraiser can also give a written value" tells no one to contact one: no
 *   referral (my first label was fail).
 * Written: 28 whole sessions (26 first, 2 more for the fix; 25 run, 3 in LEFT), 29 short cases (23 first, 6 more for the
 * fix; 27 run, 2 in LEFT), 9 near misses in `guards`. First run (26 whole + 23 short): 7 cases disagreed, on 8 checks: referral.contact 6
 * ("contact an ABAA member bookseller" at abaa.org, "ask at a good antiques shop", "lleve la moneda a un comerciante de
 * monedas", "consulte a un tasador certificado", twice "find a certified appraiser through appraisers.org": all read as no
 * referral), closing.courteous 1 ("You are very welcome. Good afternoon!" read as no goodbye), followup.completeness 1 ("Did
 * WorthPoint have your pattern?"). None were my labels. Fixed in block G4 (phrase families, v35 only; no settings, no code):
 *  - referralParty: the trades that value things, as v18's dealers: appraisers, booksellers, auctioneers, auction houses,
 *    numismatists, philatelists, antique(s) shops / dealers / malls, and the Spanish tasador, comerciante, anticuario, casa
 *    de subastas ("contact an ABAA member bookseller; the directory is at abaa.org/…", "ask at a good antiques shop", "call
 *    an auction house …, such as Sloans & Kenyon at 301-634-2330", "reach out to a philatelist through … stamps.org") [near
 *    misses: "The appraiser directory is at appraisers.org", "Appraisers usually charge by the hour", "Most booksellers price
 *    by condition; the ABAA glossary …", "Check the auction house's past results at liveauctioneers.com", "If an appraiser
 *    calls you offering to buy the set, be careful"];
 *  - referralVerb: the Spanish "consulte a …" and "lleve(la/lo) [la moneda] a un/una/al …" ("consulte a un tasador
 *    certificado; hay un directorio en appraisers.org", "lleve la moneda a un comerciante de monedas", "Llévela a una casa
 *    de subastas como Morton, en morton.com.mx", "consulte a un anticuario de confianza") [near misses: "No consulte a
 *    comerciantes que le llamen sin pedirlo", "Lleve la moneda a la luz para leer la fecha", "No la lleve a una tienda de
 *    empeño", "Consulte al catálogo en línea de Numista, es.numista.com"].
 * Second run (the fix's cases, labelled before running): 2 disagreed: the Chinese bowl's "An independent appraiser can also
 * give a written value" (my label, corrected above) and the santo session, moved to LEFT; one case I expected to stay
 * misread (two parties in one sentence, "consulte a un anticuario…, o llévela a una casa de subastas como Morton, teléfono
 * …") scored as labelled and runs in `short`.
 * Whole suite: two older LEFT cases now score as labelled and were moved to their files' running lists, labels unchanged:
 * thirty-first-round-nature's "Lleve la TV al … Center, 3500 Brown Station Road" (to `whole`) and thirty-third-round-lent-urls'
 * "Consulte a su abogado sobre el caso, …" (to READ_SINCE_LEFT).
 * Left: 5 (LEFT, each with its reason): "Good afternoon!" as a goodbye; twice "find a certified appraiser through …"; "Did
 * WorthPoint have your pattern?"; the anticuario reached by the next sentence's phone.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A china question up to the patron's answer to the clarifying question. */
const CHINA: Line[] = [
  [0, 'p', "hi, i have my grandmother's china set and want to know what it's worth"],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. What mark or name is on the bottom of the plates?"],
  [50, 'p', 'it says Noritake with a wreath and M'],
];
/** A coin question up to the patron's answer. */
const COIN: Line[] = [
  [0, 'p', 'I have an old penny from 1909 with VDB on it, is it worth anything'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Is there a small S or D under the date?'],
  [50, 'p', 'yes an S'],
];
/** A Spanish question about a silver coin, up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, tengo una moneda de plata mexicana de 1921, quiero saber cuánto vale'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Qué dice la moneda, "Dos Pesos" o "Un Peso"?'],
  [50, 'p', 'dice 2 pesos, con un ángel'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'heir, grandmother\'s Noritake china: the mark, Kovels in the catalogue and Kovels.com',
    lines: [
      [0, 'p', "Hi! I inherited my grandmother's china, 8 place settings, and I'd like to know what it is and whether it's worth anything."],
      [25, 'l', "Hello, and welcome to AskUsNow! I'm Dana, a librarian at Howard County Library System. Is there a mark or a name stamped on the back of the plates?"],
      [70, 'p', 'There is a green wreath with an M in it and it says Noritake Hand Painted Made in Japan'],
      [95, 'l', "Thanks! That wreath-and-M mark was used by Noritake from about 1911 to the 1920s. Let me find the price guides for you."],
      [170, 'l', "Our catalogue has Kovels' Antiques & Collectibles Price Guide (call number 745.1 KOV) and The Collector's Encyclopedia of Noritake by Joan Van Patten, both at the Central branch. Kovels also has a free marks lookup at kovels.com (Marks > Pottery & Porcelain). Does that help you get started?"],
      [230, 'p', 'Yes this is great. Can I reserve the Noritake book?'],
      [250, 'l', 'Yes: sign in at hclibrary.org, find the title in the catalogue and click "Place Hold". Is there anything else I can help you with?'],
      [280, 'p', "No, that's all I needed. Thank you so much!"],
      [290, 'l', 'Enjoy the china, and thanks for chatting with AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'pushy patron, a 1909-S VDB penny: "just tell me what it\'s worth", the Red Book, PCGS and a PNG dealer via pngdealers.org',
    lines: [
      [0, 'p', 'got a 1909 S VDB penny. just tell me what its worth'],
      [20, 'l', 'Hi, Marcus here at Ask a Librarian. What condition is it in: worn smooth, or can you still see the lines on the wheat ears?'],
      [50, 'p', 'lines are there. come on whats it worth, ballpark'],
      [70, 'l', "Libraries can't appraise items, sorry, but I can show you where collectors look. The Red Book (A Guide Book of United States Coins, 2025 edition) is in our reference section, and PCGS CoinFacts at pcgs.com/coinfacts lists recent auction prices by grade. That coin is often counterfeited, so for a value take it to a dealer in the Professional Numismatists Guild; find one near you at pngdealers.org."],
      [120, 'p', 'so its worth a lot?'],
      [140, 'l', 'Genuine ones in good condition sell for hundreds of dollars, and more in better grades, so it is worth having a dealer look at it. Does that answer your question?'],
      [170, 'p', 'yeah ok. thats all'],
      [175, 'l', 'Good luck with it! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, grandmother\'s quilt: the Quilt Index and the Maryland Center for History and Culture with a phone',
    lines: [
      [0, 'p', 'Hola, tengo una colcha que hizo mi bisabuela en Maryland, como de 1890. ¿Cómo sé qué tipo es y si vale algo?'],
      [30, 'l', 'Hola, bienvenida a AskUsNow!. Soy Lucía, bibliotecaria. ¿Sabe cómo se llama el diseño, o me lo puede describir?'],
      [80, 'p', 'son estrellas de muchos colores con fondo blanco, cosido a mano'],
      [110, 'l', 'Puede compararla con miles de colchas fotografiadas en el Quilt Index, quiltindex.org (busque "star" y Maryland). No podemos tasar objetos, pero el Maryland Center for History and Culture tiene una colección de colchas: llame al 410-685-3750 y pregunte por el departamento de colecciones. ¿Le sirve esta información?'],
      [170, 'p', 'sí, muchas gracias, es todo lo que necesitaba'],
      [178, 'l', '¡Con gusto! Que tenga buen día.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak, a signed baseball: PSA/DNA through psacard.com, eBay sold listings with the steps',
    lines: [
      [0, 'p', 'yo i got a baseball signed by cal ripken, how do i know if its real and what its worth'],
      [18, 'l', 'Hey! Ty at Ask Us here, Baltimore County Public Library. Did it come with a certificate or a hologram sticker?'],
      [45, 'p', 'nah my uncle got it at a game in 95'],
      [60, 'l', "Got it. For authenticity you can contact PSA/DNA, who authenticate autographs, through psacard.com (Services > Autograph Authentication). For prices, on ebay.com search \"Cal Ripken signed baseball\", then tick \"Sold items\" under Filters to see what they actually sold for. That answer it?"],
      [100, 'p', 'ya thx thats all'],
      [104, 'l', 'np, good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'old county map, a local history connection: the Pratt\'s Special Collections by e-mail, the Library of Congress map site',
    lines: [
      [0, 'p', "Found an old map of Baltimore County in my late dad's attic, it says 1877 and has names on the farms. Is this something a library would want or know about?"],
      [35, 'l', "Hi there! I'm Sam, a librarian with AskUsNow!. Great find. Do you know who published it? There's usually a name in a corner, like Hopkins."],
      [90, 'p', 'G.M. Hopkins, Philadelphia'],
      [110, 'l', "That's the Hopkins atlas of 1877. You can compare your copy with the scanned one in the Library of Congress's map collection at loc.gov/maps (search \"Hopkins Baltimore County 1877\"). If you'd like to donate it or learn more about it, email the Pratt Library's Special Collections at specialcollections@prattlibrary.org. Does that help?"],
      [160, 'p', 'yes thank you!'],
      [170, 'l', 'Anything else I can help with today?'],
      [200, 'p', 'no thats it'],
      [205, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the APS site that lists dealers is a website to use: a source, no referral
    name: 'British English retiree, a late father\'s stamp collection: the Scott catalogue, stamps.org lists dealers',
    lines: [
      [0, 'p', "Good morning. I've been left my father's stamp collection, three albums, mostly British Commonwealth. I haven't a clue where to start with valuing it."],
      [30, 'l', "Good morning! I'm Helen, a reference librarian with AskUsNow!. Are the stamps mostly used or mint, and are they mounted in printed albums?"],
      [90, 'p', 'Mostly used, in Stanley Gibbons printed albums I believe.'],
      [115, 'l', "Then the Stanley Gibbons Commonwealth & British Empire Stamps catalogue is the one to use; we have the Scott Standard Postage Stamp Catalogue in the reference room too, which covers the same stamps with US prices. The American Philatelic Society's site, stamps.org, lists dealers and has a beginner's guide to valuing collections. Have I answered your question?"],
      [190, 'p', 'Splendid, that is most helpful. Thank you.'],
      [200, 'l', 'Is there anything else I can help with?'],
      [230, 'p', "No, that's everything, cheers."],
      [236, 'l', 'Happy collecting, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a Tiffany lamp, the patron gone after the clarifying question: check-in and disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'I have a lamp that might be Tiffany, how do I tell'],
      [25, 'l', 'Hi, this is Jo at Ask Us. Is there a signature or a number stamped on the base or on the rim of the shade?'],
      [160, 'l', 'Are you still there?'],
      [260, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'follow-up by me, a Civil War sword: a book now, a list of arms appraisers by e-mail by tomorrow',
    lines: [
      [0, 'p', 'hello my great grandfather had a civil war sword, i want to know what kind and what its worth'],
      [25, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Are there any markings on the blade, like a maker's name or US?"],
      [70, 'p', 'it says Ames Mfg Co Chicopee Mass and US 1862'],
      [95, 'l', "That's an Ames sword, one of the main Union makers. The book Swords and Blades of the American Revolution won't cover it, but American Swords and Sword Makers by Richard Bezdek is in our catalogue (623.441 BEZ). Does that help for now?"],
      [140, 'p', 'yes but who can tell me the value?'],
      [160, 'l', "I'll put together a list of arms and militaria appraisers in Maryland and e-mail it to you by tomorrow afternoon. What's your e-mail?"],
      [190, 'p', 'dmorris58@example.com'],
      [200, 'l', 'Thanks, dmorris58@example.com. You will have it by tomorrow afternoon. Anything else?'],
      [220, 'p', 'no thats all, thanks'],
      [226, 'l', 'Take care, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'dmorris58@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'donating WWI letters: the Howard County Historical Society with its phone and site',
    lines: [
      [0, 'p', 'Hi, my grandfather wrote letters home from France in WWI and we want to donate them somewhere they will be kept. Ideas?'],
      [30, 'l', "Hi! This is Priya with AskUsNow!. What a wonderful thing to keep. Where did your grandfather live: which county?"],
      [70, 'p', 'Ellicott City, Howard County'],
      [90, 'l', 'The Howard County Historical Society collects local family papers: call them at 410-480-3250 or see hchsmd.org (Collections > Donations) before bringing anything in. Is that the kind of place you were looking for?'],
      [150, 'p', 'Perfect, thank you'],
      [160, 'l', 'Is there anything else I can help you with?'],
      [180, 'p', 'No thank you'],
      [185, 'l', 'Thank you for using AskUsNow!, goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "your insurance agent" is a person outside the chat the patron is told to talk to: a referral without contact
    name: 'collector, insuring a coin collection: the Insurance Information Institute\'s page, "talk to your insurance agent"',
    lines: [
      [0, 'p', 'Is my coin collection covered by my homeowners insurance or do I need something extra?'],
      [25, 'l', 'Hello, Jo from Ask a Librarian here. Roughly how much is the collection worth, do you know? Policies often cap collectibles at a few hundred dollars.'],
      [60, 'p', 'Maybe 15 thousand'],
      [80, 'l', 'The Insurance Information Institute explains how collectibles are covered at iii.org (search "collectibles insurance"): most policies pay little for coins unless you add a scheduled rider. Talk to your insurance agent about a rider, and keep an inventory with photos. Does that help?'],
      [140, 'p', 'yes thanks. thats all'],
      [145, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'dealer, selling a Victorian tea set at auction: LiveAuctioneers sold prices, Alex Cooper Auctioneers with its site',
    lines: [
      [0, 'p', 'dealer here. best way to research what a victorian silver plate tea set brings at auction in MD?'],
      [15, 'l', 'Hi, Ray at Ask Us. Silver plate or sterling? Makes a big difference.'],
      [35, 'p', 'plate. reed & barton'],
      [50, 'l', 'LiveAuctioneers.com shows past results free: search "Reed & Barton tea set" and select "Sold". Locally, contact Alex Cooper Auctioneers in Towson through alexcooper.com for consignment. That what you need?'],
      [80, 'p', 'yep'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'no'],
      [98, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student worker, a Beanie Baby: "which one, does it have the tag?", eBay sold listings',
    lines: [
      [0, 'p', 'lol my mom thinks her beanie baby princess bear is worth thousands. is it??'],
      [25, 'l', 'Hi!! I\'m Kayla, a student assistant at the UMBC library helping with Ask Us :) Does it still have the heart tag, and what does the tag say inside?'],
      [70, 'p', 'yes it says made in indonesia'],
      [90, 'l', 'ok so the easiest check is real sold prices: on ebay.com search "Princess Diana Beanie Baby", then under Filters tick "Sold items". Most sell for a few dollars, so sorry mom!! Did that help?'],
      [130, 'p', 'haha yes thats all i wanted to know'],
      [136, 'l', 'haha good luck, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English patron, hallmarks on a silver spoon: Jackson\'s marks and silvercollection.it',
    lines: [
      [0, 'p', 'Hello madam/sir, I am having one silver spoon from my father-in-law with some marks, kindly tell how to identify the marks.'],
      [30, 'l', "Hello, and thank you for contacting Ask a Librarian! I'm Jo, a librarian. Could you describe the marks? For example a lion, an anchor, a letter, or a head?"],
      [90, 'p', 'There is a lion walking, an anchor, a letter small b and initials GU'],
      [120, 'l', "Those are British hallmarks: the lion is sterling, the anchor is Birmingham, and the letter dates it. Jackson's Silver & Gold Marks of England, Scotland & Ireland is in our reference collection, and silvercollection.it has the Birmingham date letters free online (Dictionary of Marks > Birmingham). Does this answer your query?"],
      [200, 'p', 'Yes, it is very useful. Thank you very much for your kind help.'],
      [210, 'l', 'Is there anything else I can do for you today?'],
      [240, 'p', 'No, that is all. Thank you.'],
      [246, 'l', 'You are most welcome, have a good day!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, WorthPoint through the library, the patron gone after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'worthpoint access?'],
      [12, 'l', 'Hi, Ray at Ask Us. What are you trying to price?'],
      [30, 'p', 'old fishing lures'],
      [42, 'l', 'WorthPoint is free with your card: samplelibrary.org/databases, W > WorthPoint, sign in with your card number. That get you in?'],
      [200, 'l', 'Still with me?'],
      [320, 'l', "Looks like you've gone, so I'm ending the chat. Come back anytime."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'sloppy, a Hummel figurine: no name, no question, no "does that help", no "anything else"',
    lines: [
      [0, 'p', 'how do i find out about a hummel figurine'],
      [20, 'l', 'hi'],
      [30, 'l', 'try the Hummel book in the catalogue, No Longer Forgotten: The Hummel Figurines, at 738.8 HUM'],
      [60, 'p', 'ok'],
      [64, 'l', 'ok bye'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'slow provider, a pocket watch: "let me look" and then four minutes of silence',
    lines: [
      [0, 'p', 'I have my grandpas Elgin pocket watch, how can i find out how old it is'],
      [20, 'l', "Hi, I'm Jo at AskUsNow!. Is there a serial number inside the back cover?"],
      [50, 'p', 'yes 12345678'],
      [60, 'l', 'Let me look that up for you.'],
      [300, 'l', "Elgin serial numbers date it: the Elgin serial number lookup at pocketwatchdatabase.com (Elgin > Serial Number) says your number is from about 1905. Does that answer your question?"],
      [330, 'p', "yes! that's all I needed, thanks"],
      [336, 'l', 'Thanks for waiting, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'dismissal: a comic book collection, "I\'m at the end of my shift, I\'ll have to end the chat here"',
    lines: [
      [0, 'p', 'I have like 200 comic books from the 80s, where do I start figuring out what theyre worth'],
      [20, 'l', 'Hi, this is Jo at Ask Us. Are they Marvel, DC, or a mix?'],
      [50, 'p', 'mostly marvel, some xmen'],
      [70, 'l', 'The Overstreet Comic Book Price Guide is in our catalogue at 741.5 OVE.'],
      [100, 'p', 'ok, and how do i tell the condition grade?'],
      [115, 'l', "I'm at the end of my shift, so I'll have to end the chat here."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'transfer to the local history librarian: a photo album of the town, the note and the notice before it',
    lines: [
      [0, 'p', "hi, i have an album of old photos of Ellicott City from around 1900, does the library's local history room want things like that?"],
      [20, 'l', 'Hello, Jo at Ask Us here. Are the photos labelled with places or names?'],
      [50, 'p', 'some of them, mostly the mill and main street'],
      [56, 'l', "Our local history librarian, Rosa, handles donations. I'm transferring you to her now."],
      [59, 'i', 'pt has ~1900 Ellicott City photo album, wants to donate; local history q'],
      [62, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', 'Hi, Rosa from the Howard County Library System local history room here! We do take photos like that. Our donation form is at hclibrary.org/local-history (Donate Materials). Does that help?', ROSA],
      [140, 'p', 'yes, thanks! thats all', ],
      [146, 'l', 'Thank you, we look forward to seeing them!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: "follow-up by the patron's library: is this 1790 Bible in the library's rare books, the curator by Friday",
    lines: [
      [0, 'p', "Hello, I found a family Bible printed 1790 in Philadelphia. Does the library's rare book collection have another copy I could compare it with?"],
      [30, 'l', 'Hello, this is Jo with AskUsNow!. Do you know the printer, on the title page?'],
      [70, 'p', 'Printed by Isaac Collins, Trenton 1791 actually'],
      [90, 'l', "Thanks. The Collins Bible is listed in WorldCat at worldcat.org, but I can't see from here whether your library's rare book room holds it. I'll ask their curator to check and e-mail you by Friday. What's your e-mail?"],
      [130, 'p', 'ruth.adler@example.net'],
      [140, 'l', "Thank you, ruth.adler@example.net. The rare books curator will write by Friday. Anything else?"],
      [160, 'p', 'no, thank you'],
      [166, 'l', "You're welcome, goodbye!"],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'ruth.adler@example.net', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a photo of a pottery mark: "can you send a photo?", then Roseville books and the Collectors\' Encyclopedia',
    lines: [
      [0, 'p', 'i have a green vase with flowers and a mark on the bottom, i think its old, how do i find out'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Could you send a photo of the mark, or type what it says?"],
      [90, 'p', '[image: IMG_2231.jpg] it says Roseville U.S.A. 28-8'],
      [110, 'l', "Thanks for the photo! That's a Roseville Pottery mark from the 1940s; 28 is the shape number and 8 the size. The Collectors Encyclopedia of Roseville Pottery by Sharon and Bob Huxford is in our catalogue (738.3 HUX), and it gives the pattern names by shape number. Does that help?"],
      [170, 'p', 'yes!! thank you'],
      [175, 'l', 'Anything else I can look up?'],
      [200, 'p', 'nope thats it'],
      [204, 'l', 'Enjoy the vase, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian English, a Royal Doulton figurine: ring Leonard Joel in Melbourne, Carter\'s guide',
    lines: [
      [0, 'p', "G'day, got a Royal Doulton lady figurine from Nan, HN 1895. How do I find what she's worth?"],
      [25, 'l', "G'day! Mel here from the State Library Victoria's Ask a Librarian service. Is she in good nick, no chips or repairs?"],
      [70, 'p', 'Yeah perfect, no chips'],
      [90, 'l', "Carter's Price Guide to Antiques and Collectables is on our reference shelves and online via the library's eResources page (slv.vic.gov.au/search-discover). For a valuation, ring Leonard Joel in Melbourne on (03) 8825 5600; they run decorative arts sales. Does that answer it?"],
      [150, 'p', "That's all, ta!"],
      [155, 'l', 'No worries, cheers!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a Native American basket: a book, then "contact a curator at the National Museum of the American Indian" without a contact',
    lines: [
      [0, 'p', 'I have a woven basket my grandparents bought in Arizona in the 1940s. How can I learn who made it?'],
      [30, 'l', "Hi, I'm Jo with AskUsNow!. Do you know the place they bought it, or the tribe, and what is it made of?"],
      [80, 'p', 'Near Tucson. Made of some kind of grass, with a black design'],
      [110, 'l', "It may be Tohono O'odham. Indian Baskets by Sarah Peabody Turnbaugh and William Turnbaugh is in our catalogue (746.41 TUR) and has photos by tribe. I'd also suggest contacting a curator at the Smithsonian's National Museum of the American Indian. Does that help?"],
      [170, 'p', 'yes thank you, that is all I needed'],
      [176, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the patron gone before the provider could work: hold, check-in, disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'what is a 1964 kennedy half dollar worth'],
      [20, 'l', "Hi, I'm Jo at AskUsNow!. Let me look into that for you, one moment."],
      [140, 'l', 'Are you still there?'],
      [340, 'l', "It seems you've disconnected, so I'll end the chat now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish and English, a Mexican silver coin: Numista, "lleve la moneda a un comerciante de monedas" without contact',
    lines: [
      [0, 'p', 'hola, tengo una moneda de plata mexicana de 1921 de mi abuelo, quiero saber cuánto vale'],
      [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Qué dice la moneda: "Dos Pesos", "Un Peso", "50 centavos"?'],
      [60, 'p', 'dice 2 pesos, tiene un ángel. also can you answer in english for my son'],
      [80, 'l', 'Sure! It is a 1921 Mexico 2 pesos, the Independence centennial coin. Numista (es.numista.com) shows photos and typical values, in Spanish and English. No podemos tasar monedas; for a real value, lleve la moneda a un comerciante de monedas de su zona. Does that help? ¿Le sirve?'],
      [140, 'p', 'sí gracias, es todo'],
      [145, 'l', '¡Con gusto, adiós!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'warm public library, a cast-iron toy: Kovels through the Databases page, the patron done on her own',
    lines: [
      [0, 'p', 'Hi there! I found a little cast iron horse and wagon toy at an estate sale. Any idea how to find out how old it is?'],
      [25, 'l', "Hi! Thanks for reaching out to AskUsNow!, I'm Beth from Frederick County Public Libraries. Ooh, fun find! Is there any name or patent date cast into the bottom?"],
      [80, 'p', "It says Hubley on the wagon bed."],
      [100, 'l', "Hubley made cast-iron toys in Pennsylvania from the 1890s into the 1940s. Our catalogue has Hubley Toys by Don Hultzman? Let me double-check that title."],
      [160, 'l', "Sorry, I couldn't confirm that one; but Antique Trader Toy Price Guide is in our catalogue at 688.72 ANT, and Kovels' online price guide is free through fcpl.org > Research > Databases. Did that help?"],
      [220, 'p', "Yes, that's everything I needed! Thank you!"],
      [226, 'l', 'Have fun researching, and come back anytime!'],
    ],
    exp: usual(),
  },
  {
    name: 'retiree, a Chinese export bowl: an auction house with a phone, an appraiser named with no referring verb',
    lines: [
      [0, 'p', 'Hello. I have a blue and white bowl my parents brought back from Hong Kong in 1960. The mark has 6 characters. How do I learn more about it?'],
      [30, 'l', "Hello, this is Grace, a librarian with AskUsNow!. Is the mark in blue inside a double circle, or stamped in red?"],
      [90, 'p', 'Blue, inside two circles'],
      [115, 'l', "Six-character marks in blue name a Chinese reign, though many were added later. Gotheborg.com has a free guide to reading them (Marks > Chinese reign marks), and Miller's Chinese & Japanese Antiques is in our catalogue (738.0951 MIL). If the bowl looks old, call an auction house with an Asian art department, such as Sloans & Kenyon at 301-634-2330. An independent appraiser can also give a written value. Does that answer your question?"],
      [190, 'p', 'Yes, very helpful. That is all.'],
      [198, 'l', 'Thank you for chatting with us, goodbye!'],
    ],
    // reading (my first label was fail): "An independent appraiser can also give a written value" tells no one to contact
    // one; the auction house comes with its phone
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- declining to appraise, and dismissals -----------------------------------------------------------------------------
  { name: '"Libraries can\'t appraise, but Kovels.com…" : no dismissal', lines: then(CHINA, "Libraries can't appraise items, but Kovels.com has a free Noritake marks page. Does that help?"), exp: some({ dismissal: 'pass', source: 'pass' }) },
  { name: '"We\'re not able to give values, sorry! What I can do is…" : no dismissal', lines: then(COIN, "We're not able to give values, sorry! What I can do is show you the Red Book, A Guide Book of United States Coins, in our reference section. Does that help?"), exp: some({ dismissal: 'pass', source: 'pass' }) },
  { name: '"No podemos tasar objetos, pero…" : no dismissal', lines: thenEs('No podemos tasar objetos, pero Numista en es.numista.com muestra valores típicos. ¿Le sirve?'), exp: some({ dismissal: 'pass', source: 'pass', complete: 'pass' }) },
  { name: '"I\'ve spent enough time on this one, I need to close it now" : dismissal fails', lines: [...CHINA, [70, 'l', 'Kovels.com has the marks.'], [100, 'p', 'and the value of a full set?'], [110, 'l', "I've spent enough time on this one, I need to close it now."]], exp: some({ dismissal: 'fail' }) },
  { name: '"I have other patrons waiting, please come back later and we can keep going" : no dismissal', lines: [...CHINA, [70, 'l', 'Kovels.com has the marks.'], [100, 'p', 'and the value of a full set?'], [110, 'l', 'I have other patrons waiting, please come back later and we can keep going. Thanks!']], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- referrals ---------------------------------------------------------------------------------------------------------
  { name: '"take it to a local coin dealer" (no contact): referral fails', lines: then(COIN, 'PCGS CoinFacts at pcgs.com/coinfacts lists prices; take it to a local coin dealer for an offer. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"ask at a good antiques shop" (no contact): referral fails', lines: then(CHINA, 'Replacements.com shows the pattern and prices. You could also ask at a good antiques shop near you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call Sotheby\'s at 212-606-7000" : referral passes', lines: then(CHINA, "For a fine porcelain set, call Sotheby's at 212-606-7000 and ask for the ceramics department. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"email the curator, Dr. Lee, at klee@marylandhistory.org" : referral passes', lines: then(CHINA, 'Email the decorative arts curator, Dr. Lee, at klee@marylandhistory.org with photos. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact the state historical society" (no contact): referral fails', lines: then(CHINA, 'Kovels.com has the marks. If the set has a Maryland history, contact the state historical society about it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"visit a coin show and have a dealer look at it" (no contact): referral fails', lines: then(COIN, 'The Red Book has the prices; or visit a coin show and have a dealer look at it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"consulte a un tasador certificado en appraisers.org" : referral passes', lines: thenEs('Para saber el valor real, consulte a un tasador certificado; hay un directorio en appraisers.org. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"The Red Book is in our reference section" : a source, no referral', lines: then(COIN, 'The Red Book, A Guide Book of United States Coins, is in our reference section. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- more for the fix (the trades that value things; the Spanish "consulte a", "lleve … a") -----------------------------
  { name: '"Reach out to a philatelist through the APS at stamps.org" : referral passes', lines: then(CHINA, 'For old stamps, reach out to a philatelist through the American Philatelic Society at stamps.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"talk to a bookseller who specialises in maps" (no contact): referral fails', lines: then(CHINA, 'Loc.gov/maps has the scans; talk to a bookseller who specialises in maps for a value. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Call an auctioneer, for example Theriault\'s at 410-224-3655" : referral passes', lines: then(CHINA, "For dolls, call an auctioneer who specialises in them, for example Theriault's at 410-224-3655. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Llévela a una casa de subastas, morton.com.mx" : referral passes', lines: thenEs('Llévela a una casa de subastas como Morton, en morton.com.mx. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"Consulte a un anticuario de confianza" (no contact): referral fails', lines: thenEs('Numista en es.numista.com da valores; consulte a un anticuario de confianza. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // two parties in one sentence, one with a phone: the anticuario has none (fails)
  { name: '"consulte a un anticuario, o llévelo a una casa de subastas como Morton, teléfono …" : referral fails', lines: thenEs('Consulte a un anticuario de confianza, o llévela a una casa de subastas como Morton, teléfono +52 55 5520 5005. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // ---- sources -----------------------------------------------------------------------------------------------------------
  { name: '"WorthPoint through the library\'s Databases page" : source passes', lines: then(CHINA, "WorthPoint, free through the library's Databases page, has sold prices for Noritake. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'only "It\'s probably worth about $50" : no source, source fails', lines: then(CHINA, "Sets like that usually go for about $50 to $100. Does that help?"), exp: some({ source: 'fail', referral: 'na' }) },
  { name: '"Replacements, Ltd. has the pattern" named without a way to reach it : source fails', lines: then(CHINA, 'Replacements, Ltd. would have the pattern and a price. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarify and completeness ------------------------------------------------------------------------------------------
  { name: '"Is it sterling or plated?" before the source: clarify passes', lines: [[0, 'p', 'how do i price an old silver teapot'], [15, 'l', "Hi, I'm Jo at Ask Us. Is it sterling or plated?"], [40, 'p', 'sterling'], [50, 'l', 'Kovels.com has sterling prices by maker. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'a source at once, no question: clarify fails', lines: [[0, 'p', 'how do i price an old silver teapot'], [15, 'l', "Hi, I'm Jo at Ask Us. Kovels.com has silver prices by maker. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail', complete: 'pass' }) },
  { name: '"Would a list of appraisers help?" (not yet given): completeness fails', lines: [...CHINA, [70, 'l', 'Kovels.com has the Noritake marks.'], [100, 'p', 'ok'], [110, 'l', 'Would a list of appraisers help?'], [130, 'p', 'no thanks'], [136, 'l', 'Bye!']], exp: some({ complete: 'fail' }) },
  { name: 'the patron: "that\'s all I wanted to know" : anything_else passes', lines: [...CHINA, [70, 'l', 'Kovels.com has the marks. Does that help?'], [100, 'p', "yes, that's all I wanted to know"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"I\'ll e-mail you a list of appraisers by Thursday" with the e-mail given: contact passes', lines: [...COIN, [70, 'l', "I'll e-mail you a list of coin appraisers by Thursday. What's your e-mail?"], [100, 'p', 'coins4me@example.com'], [110, 'l', 'Got it, coins4me@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'coins4me@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the trades as parties (referralParty, v35 G4)
  { name: 'near miss: "The appraiser directory is at appraisers.org." : a source, no referral', lines: then(CHINA, 'The appraiser directory is at appraisers.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Appraisers usually charge by the hour…" : no referral', lines: then(CHINA, 'Appraisers usually charge by the hour, never a percentage of the value; Kovels.com explains more. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Most booksellers price by condition; the ABAA glossary…" : no referral', lines: then(CHINA, 'Most booksellers price by condition; the ABAA glossary at abaa.org explains the terms. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Check the auction house\'s past results at liveauctioneers.com" : a source, no referral', lines: then(CHINA, "Check the auction house's past results at liveauctioneers.com. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "If a dealer or appraiser calls you offering to buy, be careful" : no referral', lines: then(CHINA, 'Kovels.com has the marks. If an appraiser calls you offering to buy the set, be careful. Does that help?'), exp: some({ referral: 'na' }) },
  // the Spanish verbs (referralVerb, v35 G4)
  { name: 'near miss: "No consulte a comerciantes que le llamen sin pedirlo" : no referral', lines: thenEs('No consulte a comerciantes que le llamen sin pedirlo; Numista en es.numista.com da valores. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Lleve la moneda a la luz para leer la fecha" : no referral', lines: thenEs('Lleve la moneda a la luz para leer la fecha; Numista en es.numista.com da valores. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "No la lleve a una tienda de empeño" : no referral', lines: thenEs('No la lleve a una tienda de empeño; Numista en es.numista.com da valores. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Consulte al catálogo en línea, es.numista.com" : a source, no referral', lines: thenEs('Consulte al catálogo en línea de Numista, es.numista.com, para ver valores. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "Good afternoon!" closing a formal chat after "You are very welcome" is a goodbye by its place, but the same words
  // open chats as a greeting; a widening by position alone could not be guarded well this round
  {
    name: 'formal academic, a Gatsby first edition: the identification guide in the catalogue, an ABAA member with abaa.org',
    lines: [
      [0, 'p', 'Good afternoon. I have a copy of The Great Gatsby that may be a first edition, 1925, Scribner. How would I confirm this, and how might I have it valued?'],
      [30, 'l', 'Good afternoon, this is Dr. Ellen Park, research librarian at the University of Maryland Libraries, answering for Ask Us. Does the copy have its dust jacket, and does the back page read "sick in tired" on page 205?'],
      [100, 'p', 'No jacket, unfortunately. Page 205 does read "sick in tired".'],
      [120, 'l', 'That is one of the first-printing points. Bill McBride\'s Pocket Guide to the Identification of First Editions is in our catalogue (Z1033.F53), and the ABAA\'s "Collecting: first editions" guide at abaa.org explains the points for Gatsby. For a valuation, contact an ABAA member bookseller; the directory is at abaa.org/find-a-bookseller. Does this completely answer your question?'],
      [200, 'p', 'It does. Thank you, that is all.'],
      [210, 'l', 'You are very welcome. Good afternoon!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "find a certified appraiser through … appraisers.org" tells the patron to contact an appraiser (my reading), but
  // "find" is read as a place to look in many older cases ("find a book through the catalogue"); not widened
  {
    // reading: "find a certified appraiser through the ASA's directory at appraisers.org" tells the patron to contact a kind
    // of specialist, with a URL to reach one
    name: 'heir, a painting: "we cannot appraise", the appraisers\' associations\' directories',
    lines: [
      [0, 'p', 'My aunt left me an oil painting signed by someone named J. Hill. I need to know its value for the estate. Can you appraise it?'],
      [35, 'l', "Hello, I'm Carmen, a librarian with AskUsNow!. We aren't able to appraise items, but I can point you to where to find someone who can. Is the value for the estate's tax return, or are you thinking of selling?"],
      [80, 'p', 'For the estate, the lawyer asked for it'],
      [100, 'l', "Then you need a qualified appraiser's written appraisal. Find a certified appraiser through the American Society of Appraisers' directory at appraisers.org (Find an Appraiser) or the International Society of Appraisers at isa-appraisers.org. Meanwhile, AskART at askart.com lists auction results for many American painters. Is that what you were looking for?"],
      [170, 'p', "Yes. That's everything, thank you."],
      [180, 'l', 'Good luck with the estate, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: as above, "find a certified appraiser through the ASA directory"
  { name: '"find a certified appraiser through appraisers.org" : referral passes', lines: then(CHINA, 'For an insurance value, find a certified appraiser through the ASA directory at appraisers.org. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: "Did WorthPoint have your pattern?" asks whether the source given met the need (as "Did the Case Search link get you
  // what you needed?"), but "did X have your Y" is also asked of things not yet given; left rather than widened unguarded
  { name: '"Did WorthPoint have your pattern?" : completeness passes', lines: [...CHINA, [70, 'l', "WorthPoint is in the library's databases."], [110, 'p', 'ok looking'], [150, 'l', 'Did WorthPoint have your pattern?'], [170, 'p', 'yes thanks'], [176, 'l', 'Bye!']], exp: some({ complete: 'pass' }) },
  // LEFT: two parties in one message ("consulte a un anticuario …. También puede llevarlo a una casa de subastas como Morton,
  // teléfono …"): the anticuario has no way to reach him, but the next sentence's phone is read as reaching him too (the
  // message-wide contact reading of older rounds); not this block's to narrow
  {
    name: 'Spanish, a carved santo from Puerto Rico: "consulte a un anticuario" without contact, then one with a phone',
    lines: [
      [0, 'p', 'buenas, tengo un santo de madera tallado de Puerto Rico de mi abuela, ¿cómo sé si es antiguo?'],
      [25, 'l', 'Buenas tardes, le atiende Rosa, bibliotecaria de AskUsNow!. ¿De qué santo es, y tiene alguna firma o marca?'],
      [80, 'p', 'los Tres Reyes a caballo, no tiene firma'],
      [105, 'l', 'Los santeros puertorriqueños tallaban mucho los Tres Reyes. El libro "Los santos de Puerto Rico" está en nuestro catálogo, y el Museo de las Américas tiene fotos en museolasamericas.org. Para saber si es antiguo, consulte a un anticuario que conozca arte popular. También puede llevarlo a una casa de subastas como Morton, teléfono +52 55 5520 5005. ¿Le sirve?'],
      [170, 'p', 'sí, gracias, es todo'],
      [176, 'l', '¡Con gusto, adiós!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describe('thirty-fourth round (G4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fourth round (G4): antiques, every check', whole);
describeSessions('thirty-fourth round (G4): antiques, short cases', short);
describeSessions('thirty-fourth round (G4): antiques, near misses of the changes', guards);

describeLeft('thirty-fourth-round-antiques', LEFT);
