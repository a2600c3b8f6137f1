/**
 * Sixty-sixth round, theme HOME BREWING, WINEMAKING AND LOCAL BEVERAGE HISTORY, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: state rules on home brewing and selling (selling at a
 * Frederick farmers market, the federal 100/200-gallon limit, Alabama's 2013 legalization, Michigan home winemaking, hard
 * cider at a Vermont farm stand, dandelion wine as presents in Iowa), books and magazines (Brew Your Own on Libby and
 * Zymurgy, beginner winemaking books, cider books in Spanish, mead in Spanish, sour beer, all-grain), clubs and competitions
 * (Lancaster PA clubs, the California State Fair, East Coast mead competitions, the Minnesota State Fair amateur wine
 * deadline), local brewery history and old labels (Gunther and Arrow Beer in Baltimore, pre-Prohibition Milwaukee, Hudepohl
 * in Cincinnati, Fort Pitt in Sharpsburg, Rheingold's "Internal Revenue Tax Paid", a 1960s National Bohemian recipe, the
 * 1935 Franklin County moonshine conspiracy trial), licenses for a small taproom (San Antonio, Fort Collins), and cider and
 * mead recipes. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels
 * copied aside to /tmp/brewing-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! You've reached Dana …" (01); pickup at exactly 60 s (03: pass) and at 61 s with "Hi there! Happy
 *   to help with that." under the screen name AskUs-3 (04: pickup and greeting fail); "Welcome to Ask a Librarian — Oscar
 *   here" (09); "Hey! Tobias here" (14); chat-speak "hey! Zed here from the Multnomah County Library chat 🙂" (18); "This
 *   is Dev, a librarian at Howard County Library." with no greeting word (24: fail); `pickedUpAt` 50 s, then "Thanks for
 *   contacting Ask a Librarian!" at 110 and "This is Finn, at the Boise Public Library." (26: pass); Spanish "¡Buenas
 *   tardes! Soy Lucía, bibliotecaria de …" (05) and "Le atiende Rafael, bibliotecario …" (07); Spanglish "Hola, soy Marco,
 *   librarian with …" (06); no provider ever joined (20);
 *  inquiry: beer or wine, household size, digital or print, kit or fruit, printed or e-books, brew on site, beginner or not,
 *   history or value, which competition, period, existing licenses, short version or citable, employment records or
 *   history, personal use or competitions, dry or sweet, due date and format, travel or shipping, records or histories,
 *   all-grain or extract (asked after the first source, 24: fail), the label's small print, technical or step by step, a
 *   restatement "So you're after the historical recipe …" (29), how many bottles (30: no source ever, any question counts);
 *  waits: "Hang tight while I pull up the federal regulation." answered 121 s later (02: fail); holds 56 -> 176 (exactly
 *   120 s, a partial result that says the search goes on) -> 260 (28: pass); a Spanish hold "Un momento, reviso el
 *   catálogo." answered 88 s later (07); a transfer notice answered 72 s later by the receiver (15); a silent transfer, the
 *   receiver 125 s after the patron (16: fail); "Sure thing, take your time." then the patron back 204 s later (25: waiting
 *   on the patron, pass); the patron leaving during a hold (30: a span still open at the end, pass);
 *  endings: a Lost Call with a greeting, "Are you still there?" at 142 and "It seems you have disconnected. I am closing
 *   this session now." at 200 (08: final idle 185 s, check-in and notice pass, courteous fails); a goodbye exactly 120 s
 *   after the answer, no check-in (09: idle fails, disconnect na); a check-in at 220 and a notice that invites back exactly
 *   180 s into the idle (10: both pass); "We only do one question per chat, so I have to end this now." (11: dismissal);
 *   "I have other patrons waiting right now. Please chat back in later, or call the Milwaukee Room …" (12: allowed); the
 *   patron's "thats all i needed 🍻" as the last line (25: courteous fails); goodbyes "Cheers, and thanks for chatting.",
 *   "Happy brewing, bye!", "Enjoy the reading, bye for now!", "goodbye and good luck with the first batch!", "Hasta
 *   luego.", "Gracias a usted, ¡mucha suerte …!", "Gracias por escribirnos", "Bye for now, and best of luck …", "My
 *   pleasure — thanks for chatting with us!", "ok cheers, bye!", "Thanks, talk soon!"; patron-side "thats everything i
 *   wanted to know", "nope thats it", "eso es todo", "thats all i needed", "no es todo", "thats all for now", "thats all
 *   i need", "nope all set" and "sort of, thanks", "ya thanks", "Yes, I will look for it. Thank you." that do not count;
 *  sources: agency pages (atcc.maryland.gov, ttb.gov, tabc.texas.gov, legislature sites, castatefair.org,
 *   mnstatefair.org, sbg.colorado.gov), catalogues with book titles, Libby steps, club finders and competition calendars,
 *   historical societies' catalogs, a book named alone ("How to Brew by John Palmer", 26: pass); none (14: an answer from
 *   the librarian's own knowledge, fail);
 *  referrals: the TABC San Antonio office by phone beside TTB by URL (06: pass); the library's Milwaukee Room by phone (12:
 *   pass); "You should talk to the Department of Liquor and Lottery" with no contact (13: fail); "stop by our Business
 *   Resource Desk at Old Town Library" (27: own department, no contact, fail); acquisitions, periodicals staff and the
 *   patron's library consulted on the patron's behalf (07, 29, 21) as no referral;
 *  follow-ups: FU_ME in Spanish, e-mail typed and read back, "a más tardar el viernes", done in 50 h (07: pass); FU_LIB,
 *   phone typed and read back, "They'll give you a call." with no when (21: contact fails, on_time pending); a promise to
 *   e-mail "by tomorrow afternoon" with the e-mail read back, coded Answered (22: code fails, contact passes, pending); FU_ME
 *   with the e-mail only in `patron.email`, "by Thursday", done after 80 h (23: code passes, contact and on_time fail); FU_ME,
 *   e-mail read back as a question, "within 72 hours", done at exactly 72 h after `endedAt` (29: pass);
 *  codes: a true Lost Call (08); Lost Call after two patron lines with no provider (20) and after two patron lines with a
 *   provider (30); null (24); Practice (19);
 *  transfers: a notice (a hold) and an internal note that says why (15: pass); an internal note only, silent to the patron
 *   (16: fail);
 *  concurrency: three others open across the session, four at once (17: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (18: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi there! Happy to help with that." greets but identifies no one (04); "This is Dev, a librarian at …" identifies but
 *   does not greet (24); "Thanks for contacting Ask a Librarian!" greets and names the service (26);
 * - "Zymurgy only goes to members of the American Homebrewers Association", "The Cincinnati History Library and Archives'
 *   online catalog (…) lists the Hudepohl company records", "the finding aid is at mpl.org/…" and "The American
 *   Homebrewers Association's club finder lists the clubs near you" point to resources or say where things are, and tell
 *   the patron to contact or visit no one (no referral); "call the TABC San Antonio office", "call the Milwaukee Room", "You
 *   should talk to the Department of Liquor and Lottery" and "stop by our Business Resource Desk" do (referrals);
 * - "Your own library … so I'll pass the question on to them", "Voy a pedir a nuestra colega de adquisiciones", "I'll ask
 *   our periodicals staff" are staff consulted on the patron's behalf (no referral);
 * - a book named with its author and nothing else is "a named resource (… a book …)" (26: source passes);
 * - "Would either of those work?", "Does Historic Pittsburgh give you enough to start?", "¿Mientras tanto le sirve el libro
 *   de Schramm?", "Does the Greer book help to begin with?", "Does that help for now?" ask whether what was given meets the
 *   need;
 * - "We only do one question per chat, so I have to end this now." tells the patron they reached a limit of questions and
 *   ends the help with no way back (11); "It seems you have disconnected. I am closing this session now." ends a session
 *   the patron left, not for the provider's convenience (08: no dismissal), and it neither thanks, says goodbye nor invites
 *   back (courteous fails);
 * - "Bye for now" and "Hasta luego" say goodbye; "You're welcome" alone would not, so 04's goodbye says "goodbye";
 * - 30: the provider's last visible message is a hold and no non-hold provider message follows the patron's last line, so
 *   no final idle begins (idle and disconnect na); the span begun by the hold is still open at the end and does not count;
 *   the clarifying question is a substantive exchange, so source, completeness and anything-else apply and fail;
 * - 29: a follow-up done exactly 72 h after `endedAt` is "within `followUpHours`".
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: none (the one disagreement reread against RUBRIC and kept).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - followup.completeness, case 21: "Does Historic Pittsburgh give you enough to start?" read as no completeness question
 *    (fail; RUBRIC pass: asks whether the information already given meets the need).
 * Every timing check (pickup at 12-61 s (60 and 61 among them) and by `pickedUpAt`, no provider; keep_informed at 120, 121 and 125 s, across
 * holds, a transfer notice, "take your time" and a hold left open by a leaving patron; final idles of 120, 180 and 185 s and
 * none; concurrency at four and at touching ends; on_time done at 50 h, exactly 72 h and 80 h, pending twice) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone typed with spaces and read back with dashes, an e-mail only in `patron.email`, library and
 * agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft); `tsc -p tsconfig.json --noEmit`
 * clean.
 * ON RUBRIC v60 (block Z, written after this file was labelled; labels unchanged): case 21 reads as labelled (Z2 reads "Does
 *   Historic Pittsburgh give you enough to start?" as the completeness question) and moves from LEFT to the running cases: 30
 *   running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Waiting for the next available librarian (position ${n}).`];

const DANA: Prov = { id: 'dana-brw', name: 'Dana', library: 'FCPL-MD' };
const ELI: Prov = { id: 'eli-brw', name: 'Eli', library: 'CML' };
const FARAH: Prov = { id: 'farah-brw', name: 'Farah', library: 'AADL' };
const DESK3: Prov = { id: 'askus3-brw', name: 'AskUs-3', library: 'SPL-MO' };
const LUCIA: Prov = { id: 'lucia-brw', name: 'Lucía', library: 'SNO' };
const MARCO: Prov = { id: 'marco-brw', name: 'Marco', library: 'SAPL' };
const RAFAEL: Prov = { id: 'rafael-brw', name: 'Rafael', library: 'DPL' };
const NINA: Prov = { id: 'nina-brw', name: 'Nina', library: 'AUN' };
const OSCAR: Prov = { id: 'oscar-brw', name: 'Oscar', library: 'LPL-PA' };
const PILAR: Prov = { id: 'pilar-brw', name: 'Pilar', library: 'BCPL' };
const QUENTIN: Prov = { id: 'quentin-brw', name: 'Quentin', library: 'SPL-CA' };
const ROWAN: Prov = { id: 'rowan-brw', name: 'Rowan', library: 'MPL-WI' };
const SAGE: Prov = { id: 'sage-brw', name: 'Sage', library: 'VTDL' };
const TOBIAS: Prov = { id: 'tobias-brw', name: 'Tobias', library: 'ASKCO' };
const URI: Prov = { id: 'uri-brw', name: 'Uri', library: 'PLCH' };
const VERA: Prov = { id: 'vera-brw', name: 'Vera', library: 'PLCH' };
const WREN: Prov = { id: 'wren-brw', name: 'Wren', library: 'MEL' };
const XAVI: Prov = { id: 'xavi-brw', name: 'Xavi', library: 'MEL' };
const YARA: Prov = { id: 'yara-brw', name: 'Yara', library: 'BPL-AL' };
const ZED: Prov = { id: 'zed-brw', name: 'zed_mcl', library: 'MCL' };
const TRAINEE: Prov = { id: 'trainee-brw', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-brw', name: 'Queue', library: 'VRQ' };
const ABBY: Prov = { id: 'abby-brw', name: 'Abby', library: 'CLP' };
const BRUNO: Prov = { id: 'bruno-brw', name: 'Bruno', library: 'HPL-CT' };
const CLEO: Prov = { id: 'cleo-brw', name: 'Cleo', library: 'LVA' };
const DEV: Prov = { id: 'dev-brw', name: 'Dev', library: 'HCLS' };
const ELLA: Prov = { id: 'ella-brw', name: 'Ella', library: 'BKLYN' };
const FINN: Prov = { id: 'finn-brw', name: 'Finn', library: 'BPL-ID' };
const GIA: Prov = { id: 'gia-brw', name: 'Gia', library: 'PRPLD' };
const HUGO: Prov = { id: 'hugo-brw', name: 'Hugo', library: 'HCL-MN' };
const IVY: Prov = { id: 'ivy-brw', name: 'Ivy', library: 'AUN' };
const JONAS: Prov = { id: 'jonas-brw', name: 'Jonas', library: 'DMPL' };

const s = session;

export const BREWING: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 selling homebrew at the Frederick farmers market: beer or wine asked, atcc.maryland.gov, "thats everything i wanted to know"', [
    [0, 'p', 'hi can i sell my homebrew beer at the farmers market in frederick? been brewing 3 yrs'],
    [22, 'l', "Good morning! You've reached Dana, a librarian at Frederick County Public Libraries."],
    [28, 'l', 'Quick question first — is it beer only, or wine/cider too? The rules split a bit.'],
    [70, 'p', 'just beer for now'],
    [78, 'l', "Short version: homebrew can't be sold in Maryland; it's for personal and family use, club tastings and competitions. Selling takes a manufacturer's license, and the Comptroller's Alcohol, Tobacco & Cannabis Commission explains the license classes at atcc.maryland.gov (Licensing > Manufacturer)."],
    [84, 'l', 'Is that the kind of info you were after?'],
    [130, 'p', 'yeah bummer but ok. thats everything i wanted to know'],
    [136, 'l', "Sorry it's not better news! Cheers, and thanks for chatting."],
  ], usual()),

  // 02 a hold answered 121 s later
  s(ELI, '02 the federal 100/200-gallon limit: "Hang tight while I pull up the federal regulation." answered 121 s later', [
    [0, 'p', 'how much beer am i allowed to brew at home per year? is there a federal limit'],
    [15, 'l', "Hi there, Eli with Columbus Metropolitan Library's chat reference."],
    [21, 'l', 'Is it just you in the household, or are there two or more adults living there?'],
    [60, 'p', 'me and my wife'],
    [66, 'l', 'Hang tight while I pull up the federal regulation.'],
    [187, 'l', "Here it is: 27 CFR 25.205 allows 100 gallons per calendar year for one adult and 200 for a household with two or more adults. TTB's plain-English version is at ttb.gov/beer/homebrewing."],
    [193, 'l', 'Did that answer it?'],
    [230, 'p', 'perfect thx'],
    [236, 'l', 'Anything else I can look up for you?'],
    [260, 'p', 'no ur good'],
    [265, 'l', 'Happy brewing, bye!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at exactly 60 s
  s(FARAH, '03 Brew Your Own and Zymurgy: picked up at exactly 60 s, digital or print asked, Libby steps, "nope thats it"', [
    [0, 'p', 'does the library have brew your own magazine? or zymurgy'],
    [60, 'l', 'Hello! This is Farah, reference librarian at Ann Arbor District Library. Thanks for waiting.'],
    [66, 'l', 'Would you want to read it digitally, or the print copies?'],
    [100, 'p', 'digital pls, on my ipad'],
    [106, 'l', 'Brew Your Own is in our Libby collection: open libbyapp.com, add Ann Arbor District Library, and search "Brew Your Own"; back issues to 2019 are there. Zymurgy only goes to members of the American Homebrewers Association, so we don\'t carry it.'],
    [112, 'l', 'Does that work for you?'],
    [150, 'p', 'yes!! 🍺🍺'],
    [155, 'l', 'Great. Anything else?'],
    [170, 'p', 'nope thats it'],
    [174, 'l', 'Enjoy the reading, bye for now!'],
  ], usual()),

  // 04 pickup at 61 s; a greeting that names no one
  s(DESK3, '04 beginner winemaking books: picked up at 61 s, "Hi there! Happy to help with that." under the screen name AskUs-3 (no one named)', [
    [0, 'p', 'Looking for a good beginner book on making wine from fruit kits'],
    [61, 'l', 'Hi there! Happy to help with that.'],
    [67, 'l', 'Are you starting from a kit, or from fresh fruit?'],
    [110, 'p', 'kits to start, maybe fresh fruit later'],
    [116, 'l', '"The Winemaker\'s Answer Book" by Alison Crowe and "From Vines to Wines" by Jeff Cox are both in our catalogue (search them at catalog.springfieldlibrary.org); Crowe covers kits early on.'],
    [122, 'l', 'Would either of those work?'],
    [170, 'p', "yes I'll put a hold on Crowe. thanks"],
    [176, 'l', "You're welcome — goodbye and good luck with the first batch!"],
  ], usual({ pickup: 'fail', greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: cider books
  s(LUCIA, '05 recetas de sidra con manzanas del árbol (Spanish): "¡Buenas tardes! Soy Lucía", impresos o electrónicos, catálogo, "eso es todo"', [
    [0, 'p', 'hola busco recetas de sidra casera con manzanas de mi arbol, algun libro en español?'],
    [30, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de Sno-Isle Libraries.'],
    [36, 'l', '¿Prefiere libros impresos o electrónicos? En español hay poco sobre sidra, pero algo encontramos.'],
    [90, 'p', 'impresos, y si no hay en español en ingles esta bien'],
    [97, 'l', 'En el catálogo (catalog.sno-isle.org) tenemos "Cider, Hard and Sweet" de Ben Watson, en inglés, con recetas a partir de la fruta. En español hay un capítulo sobre sidra en "Bebidas fermentadas caseras", también en el catálogo.'],
    [103, 'l', '¿Le sirve eso?'],
    [150, 'p', 'si perfecto, eso es todo gracias!!'],
    [156, 'l', '¡Con gusto! Que le salga rica la sidra. Hasta luego.'],
  ], usual()),

  // 06 partly Spanish: a taproom license, TABC office by phone
  s(MARCO, '06 taproom / brewpub license in San Antonio (Spanglish): brew on site asked, TABC guide + "call the TABC San Antonio office at 210-555-0137"', [
    [0, 'p', 'hi my husband and i want to open small taproom in san antonio, que licencias necesitamos? brewpub'],
    [25, 'l', 'Hola, soy Marco, librarian with San Antonio Public Library. ¡Con gusto le ayudo!'],
    [32, 'l', 'Will you brew on site, or only serve beer from other breweries? Cambia la licencia.'],
    [80, 'p', 'brew on site, small like 3 barrels'],
    [88, 'l', "Then you'd look at a Brewpub License from the Texas Alcoholic Beverage Commission plus a federal Brewer's Notice (ttb.gov/brewers). TABC's license guide is at tabc.texas.gov/licenses-permits. For your specific location, call the TABC San Antonio office at 210-555-0137 — they can walk you through the local steps."],
    [94, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muy bien. gracias, thats all i needed'],
    [146, 'l', 'Gracias a usted, ¡mucha suerte con el taproom!'],
  ], usual({ referral: 'pass' })),

  // 07 Spanish: mead, follow-up by me, e-mail read back, "a más tardar el viernes", done in 50 h
  s(RAFAEL, '07 hidromiel para principiantes (Spanish, follow-up by me): hold, e-mail read back, "a más tardar el viernes", done in 50 h', [
    [0, 'p', 'buenas, quiero hacer hidromiel (mead) pero las recetas en ingles no las entiendo bien. tienen algo en español?'],
    [35, 'l', 'Hola, buenos días. Le atiende Rafael, bibliotecario del servicio Pregunte al Bibliotecario de la Biblioteca Pública de Denver.'],
    [42, 'l', '¿Busca algo para principiantes o ya ha hecho alguna fermentación?'],
    [95, 'p', 'principiante total jaja'],
    [102, 'l', 'Un momento, reviso el catálogo.'],
    [190, 'l', 'En el catálogo (denverlibrary.org, busque "hidromiel") no hay libros en español solo sobre hidromiel, pero sí está "The Compleat Meadmaker" de Ken Schramm, en inglés. Voy a pedir a nuestra colega de adquisiciones que busque un título en español y le escribo con lo que encuentre. ¿Me da su correo?'],
    [250, 'p', 'si claro: marisol.vega88@example.com'],
    [256, 'l', 'Anotado: marisol.vega88@example.com. Le escribo a más tardar el viernes.'],
    [262, 'l', '¿Mientras tanto le sirve el libro de Schramm?'],
    [300, 'p', 'si lo reservo, muchas gracias'],
    [306, 'l', '¿Algo más en que le pueda ayudar?'],
    [330, 'p', 'no es todo'],
    [334, 'l', 'Gracias por escribirnos, ¡que tenga buen día!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 08 a true Lost Call: check-in, then a notice with no goodbye (final idle 185 s)
  s(NINA, '08 when the Gunther brewery closed (Lost Call): greeting only, "Are you still there?" at 142, "It seems you have disconnected. I am closing this session now." at 200', [
    [0, 'p', 'does anyone know when the old Gunther brewery in baltimore closed'],
    [20, 'l', 'Hi, Nina at Ask Us Now here. How can I help you today?'],
    [142, 'l', 'Are you still there?'],
    [200, 'l', 'It seems you have disconnected. I am closing this session now.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 a goodbye exactly 120 s after the answer, no check-in
  s(OSCAR, '09 homebrew clubs near Lancaster PA: AHA club finder at 66, "Thanks for stopping by, and cheers!" at 186 (final idle 120 s), no check-in', [
    [0, 'p', 'r there any homebrew clubs around lancaster pa? just moved here'],
    [18, 'l', 'Welcome to Ask a Librarian — Oscar here, at Lancaster Public Library.'],
    [24, 'l', 'Are you mostly into beer, or wine and mead too?'],
    [60, 'p', 'beer mostly, all grain'],
    [66, 'l', "The American Homebrewers Association's club finder lists the clubs near you by zip code: homebrewersassociation.org/homebrew-clubs. Lancaster has a couple that meet monthly at local breweries. Does that help?"],
    [186, 'l', 'Thanks for stopping by, and cheers!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 10 check-in, then a notice that is also a goodbye, exactly 180 s into the idle
  s(PILAR, '10 Arrow Beer labels from grandpa\'s basement: answer at 88, "Are you still with me?" at 220, notice + invitation back at 268 (final idle 180 s)', [
    [0, 'p', 'I found some old beer labels in my grandpas basement, "Arrow Beer" baltimore. are they worth anything? whats the history'],
    [25, 'l', "Hello, I'm Pilar, a librarian with Baltimore County Public Library."],
    [31, 'l', "Do you want the brewery's history, or more of a value estimate for the labels?"],
    [80, 'p', 'both if possible'],
    [88, 'l', 'For the history, the Maryland Center for History and Culture\'s catalog has files on Globe Brewing, which made Arrow Beer: mdhistory.org (search "Globe Brewing"). For values, the Brewery Collectibles Club of America publishes price guides: bcca.com.'],
    [94, 'l', 'Is that what you were looking for?'],
    [220, 'l', 'Are you still with me?'],
    [268, 'l', "I haven't heard back, so it looks like you've disconnected and I'll end the chat now. Thanks for reaching out, and feel free to chat in again!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 11 "We only do one question per chat, so I have to end this now."
  s(QUENTIN, '11 California State Fair homebrew competition, then BJCP judging and bottles: "We only do one question per chat, so I have to end this now." (dismissal)', [
    [0, 'p', 'how do i enter a homebrew competition? like BJCP judged ones'],
    [20, 'l', 'Hi, Quentin at the Sacramento Public Library chat.'],
    [26, 'l', 'Is there a particular competition you have in mind, like the state fair?'],
    [60, 'p', 'ya the california state fair one'],
    [66, 'l', "The California State Fair's home beer competition has its rules and entry form at castatefair.org (Competitions > Home Brew); entries are usually due in spring. Did that help?"],
    [110, 'p', 'yes!! also how do i become a bjcp judge and where do i get bottles and what styles should i enter'],
    [116, 'l', "That's a lot of questions and I've already answered yours. We only do one question per chat, so I have to end this now."],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 12 other patrons waiting, a way back, the Milwaukee Room by phone
  s(ROWAN, '12 pre-Prohibition Milwaukee breweries: "I have other patrons waiting right now. Please chat back in later, or call the Milwaukee Room at 414-555-0172"', [
    [0, 'p', 'im writing a history of breweries in milwaukee before prohibition, need sources'],
    [24, 'l', "Good afternoon, you're chatting with Rowan, a librarian at Milwaukee Public Library."],
    [30, 'l', 'What period exactly — from the 1840s German breweries on, or closer to 1919?'],
    [80, 'p', '1850-1919, especially the small ones not pabst/schlitz'],
    [88, 'l', "Our Milwaukee Room keeps brewery subject files and the old city directories; the finding aid is at mpl.org/special_collections. The Wisconsin Historical Society's online collections (wisconsinhistory.org) have brewery photographs and business records too."],
    [94, 'l', 'Does that get you started?'],
    [140, 'p', 'yes. can u also look up every brewery on 3rd street and their owners and when they closed? and the labels'],
    [148, 'l', "That one's a big research job, and I have other patrons waiting right now. Please chat back in later, or call the Milwaukee Room at 414-555-0172 — they're glad to help with long projects."],
    [170, 'p', 'ok fair'],
    [176, 'l', 'Thanks for understanding, and good luck with the book!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 13 "You should talk to the Department of Liquor and Lottery" with no contact
  s(SAGE, '13 selling hard cider at a Vermont farm stand: statutes at legislature.vermont.gov, "You should talk to the Department of Liquor and Lottery" (no contact)', [
    [0, 'p', 'i make hard cider from my orchard, can i sell a few cases at the farm stand in vermont'],
    [30, 'l', "Hello from the Vermont Department of Libraries' Ask a Librarian! I'm Sage."],
    [36, 'l', 'Do you already have any kind of license, like a farm or food license?'],
    [90, 'p', 'just the farm, no alcohol license'],
    [98, 'l', "Selling hard cider takes a state manufacturer's license plus a federal winery permit, since hard cider counts as wine federally. The statutes are in Title 7 of the Vermont Statutes, online at legislature.vermont.gov. You should talk to the Department of Liquor and Lottery about which license fits a farm stand."],
    [104, 'l', 'Does that help you figure out next steps?'],
    [150, 'p', 'sort of, thanks'],
    [156, 'l', 'Bye for now, and best of luck with the orchard!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 14 an answer with no source at all
  s(TOBIAS, '14 lager vs ale for a brewing class: "Hey! Tobias here", short version asked, an answer with no source', [
    [0, 'p', 'whats the difference between a lager and an ale? for a brewing class im taking lol'],
    [15, 'l', 'Hey! Tobias here, librarian at Ask Colorado.'],
    [21, 'l', 'Do you need the short version, or something you can cite for the class?'],
    [50, 'p', 'short version is fine'],
    [56, 'l', "Ales use top-fermenting yeast at warmer temperatures (roughly 60-72°F) and finish faster; lagers use bottom-fermenting yeast at colder temperatures and need weeks of cold conditioning. That's the basic split."],
    [62, 'l', 'Does that clear it up?'],
    [90, 'p', 'yep makes sense ty'],
    [95, 'l', 'Anything else for today?'],
    [110, 'p', 'no'],
    [114, 'l', 'Cool, good luck in class — bye!'],
  ], usual({ source: 'fail' })),

  // 15 a transfer with a notice and an internal note that says why
  s(URI, '15 Hudepohl brewery and a great-grandfather who worked there: transfer notice + internal note, Vera answers 72 s after the notice', [
    [0, 'p', "hi i'm looking for info on the Hudepohl brewery in cincinnati, my great grandfather worked there in the 1930s"],
    [20, 'l', 'Hi! This is Uri with the Ask a Librarian team at the Public Library of Cincinnati.'],
    [26, 'l', 'Are you looking for employment records for him, or the history of the brewery itself?'],
    [70, 'p', 'both really, his name was Frank Moeller'],
    [78, 'l', "Our Genealogy & Local History department is the best fit, so I'm transferring you to Vera there. Just a moment."],
    [82, 'i', 'Vera — pt wants Hudepohl brewery history + great-grandfather Frank Moeller as an employee, 1930s. Yours?'],
    xfer(86, 'Vera', 'vera-brw'),
    [150, 'l', "Hello, Vera in Genealogy & Local History. The Cincinnati History Library and Archives' online catalog (cincymuseum.org/library) lists the Hudepohl company records, and our 1930s city directories on the Digital Library (digital.cincinnatilibrary.org) give each person's employer. Try Moeller in the 1935 directory first.", as(VERA)],
    [156, 'l', 'Does that give you what you need to start?', as(VERA)],
    [200, 'p', 'yes this is great thank you, thats all for now'],
    [206, 'l', 'My pleasure — thanks for chatting with us!', as(VERA)],
  ], usual({ transfer: 'pass' })),

  // 16 a silent transfer, the receiver 125 s after the patron
  s(WREN, '16 Michigan home winemaking limits: internal note only, silent transfer, Xavi answers 125 s after the patron', [
    [0, 'p', 'need help finding the state law on how much wine i can make at home in michigan'],
    [18, 'l', 'Hi, Wren at Michigan eLibrary chat here.'],
    [24, 'l', 'Is this for personal use only, or are you thinking about entering competitions too?'],
    [60, 'p', 'personal, and maybe the state fair'],
    [64, 'i', 'Xavi, MI liquor code q on home winemaking limits + competitions — can you take it? law is your area'],
    xfer(68, 'Xavi', 'xavi-brw'),
    [185, 'l', "Hi, I'm Xavi, a law librarian. Michigan follows the federal limit — 100 gallons a year per adult, 200 per household — and the homemade wine and beer section of the Michigan Liquor Control Code also allows entering competitions and exhibitions. You can read it at legislature.mi.gov (search 'homemade wine').", as(XAVI)],
    [191, 'l', 'Did that help?', as(XAVI)],
    [230, 'p', 'yes thank you'],
    [236, 'l', 'Anything else?', as(XAVI)],
    [250, 'p', 'no thats all'],
    [255, 'l', 'Thanks for chatting, bye!', as(XAVI)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 17 four at once
  s(YARA, '17 is homebrewing legal in Alabama: three other chats open across this one (four at once)', [
    [0, 'p', 'is homebrewing even legal in alabama? my uncle says no'],
    [30, 'l', 'Hello, Yara at Ask a Librarian, Birmingham Public Library.'],
    [36, 'l', 'Are you asking about beer, wine, or both?'],
    [70, 'p', 'beer'],
    [76, 'l', "Your uncle's info is out of date: Alabama legalized homebrewing in 2013, up to 15 gallons a quarter and not in dry counties. The act is on the Alabama Legislature's site, legislature.state.al.us (search 'homebrew 2013')."],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', 'ha! yes thanks. thats all'],
    [125, 'l', 'Thanks, have a good one!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yara-brw', -200, 300), other('y2', 'yara-brw', 50, 400), other('y3', 'yara-brw', 100, 200)],
  }),

  // 18 three at most, touching ends
  s(ZED, '18 cider yeast (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'wat yeast do ppl use for cider?? champagne yeast ok?'],
    [12, 'l', 'hey! Zed here from the Multnomah County Library chat 🙂'],
    [16, 'l', 'r u going for dry or sweet?'],
    [40, 'p', 'kinda dry'],
    [46, 'l', 'champagne yeast (EC-1118) works and goes very dry; lots of cider makers like a cider or white wine yeast for more fruit. "The Big Book of Cidermaking" by Christopher Shockey is in our catalog (multcolib.org), the yeast chapter compares them'],
    [52, 'l', 'that help?'],
    [70, 'p', 'yes!! ty'],
    [74, 'l', 'anything else?'],
    [85, 'p', 'nope'],
    [89, 'l', 'ok cheers, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('z1', 'zed-brw', -300, 0), other('z2', 'zed-brw', -20, 150), other('z3', 'zed-brw', 30, 300), other('z4', 'zed-brw', 94, 400)],
  }),

  // 19 Practice
  s(TRAINEE, '19 practice chat (kombucha script): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 is kombucha considered alcohol'],
    [8, 'l', 'test reply, trying the new brewing macro'],
    [15, 'l', 'Brewing guides: samplelibrary.org/brewing. Did that help?'],
    [25, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever joined, Spanish, coded Lost Call after two patron lines
  s(NOBODY, '20 ¿cuánto tarda el hidromiel? (Spanish): no provider ever joined, "¿hay alguien??", patron left, coded Lost Call', [
    [0, 'p', '¿cuánto tiempo tarda en fermentar el hidromiel?'],
    queue(2, 4),
    [100, 'p', '¿hay alguien??'],
    left(190),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 follow-up by the patron's library: phone read back, no time given
  s(ABBY, '21 Fort Pitt Brewery photos for a school project (follow-up by patron\'s library): phone read back, "They\'ll give you a call." with no when', [
    [0, 'p', 'do u have photos of the old fort pitt brewery building in sharpsburg? for a school project'],
    [22, 'l', 'Hi, Abby at the Ask Us statewide service here, from Carnegie Library of Pittsburgh.'],
    [28, 'l', 'When is the project due, and do you need photos you can print?'],
    [70, 'p', 'next week, yes printable'],
    [78, 'l', "Historic Pittsburgh (historicpittsburgh.org) has a few Fort Pitt Brewing images you can download. Your own library, Shaler North Hills, has a local history collection, so I'll pass the question on to them to look for more. What's a good phone number for them?"],
    [130, 'p', '412 555 0199'],
    [136, 'l', "Thanks — 412-555-0199, got it. They'll give you a call."],
    [142, 'l', 'Does Historic Pittsburgh give you enough to start?'],
    [180, 'p', 'ya thanks'],
    [186, 'l', 'Good luck with the project, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 22 a promise to e-mail by tomorrow, coded Answered
  s(BRUNO, '22 mead competitions on the East Coast: "I\'ll e-mail it to you by tomorrow afternoon", e-mail read back, coded Answered', [
    [0, 'p', 'looking for mead competitions on the east coast this year, want to enter my first one'],
    [20, 'l', 'Hey, welcome! Bruno here, reference at Hartford Public Library.'],
    [26, 'l', 'How far are you willing to travel, and would you ship bottles or enter in person?'],
    [80, 'p', 'ship is fine, anywhere east'],
    [86, 'l', "The BJCP competition calendar (bjcp.org/competitions) lists sanctioned events with mead categories, and the Mazer Cup is the big mead-only one (mazercup.com). I'll pull together the ones with spring deadlines and e-mail the list to you by tomorrow afternoon. What's your e-mail?"],
    [130, 'p', 'dan.okafor@example.net'],
    [136, 'l', 'dan.okafor@example.net — got it.'],
    [142, 'l', 'Is the calendar useful in the meantime?'],
    [170, 'p', 'very, thx'],
    [175, 'l', 'Anything else?'],
    [190, 'p', 'no thats it'],
    [194, 'l', 'Thanks, talk soon!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 23 follow-up by me, e-mail only in the patron field, done after 80 h
  s(CLEO, '23 the 1935 Franklin County moonshine conspiracy trial (follow-up by me): e-mail only in patron.email, "follow up with you by Thursday", done after 80 h', [
    [0, 'p', 'Hello. I am researching moonshine and bootlegging in Franklin County, Virginia during Prohibition. Can you help?'],
    [30, 'l', "Good morning, and thanks for writing in! I'm Cleo, a reference librarian at the Library of Virginia."],
    [36, 'l', 'Are you looking for newspaper coverage, court records, or published histories?'],
    [100, 'p', 'Court records mostly, the 1935 conspiracy trial.'],
    [108, 'l', "T. Keister Greer's book \"The Great Moonshine Conspiracy Trial of 1935\" is in our catalog at lva.virginia.gov and is the best overview. The trial itself was federal; I'll find out which National Archives record group holds the case file and follow up with you by Thursday."],
    [114, 'l', 'Does the Greer book help to begin with?'],
    [170, 'p', 'Yes, I will look for it. Thank you.'],
    [176, 'l', 'Thanks for contacting the Library of Virginia. Goodbye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'r.hale@example.org', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 24 no greeting word; the question after the first source; code null
  s(DEV, '24 sour beer from extract: "This is Dev, a librarian at Howard County Library." (no greeting), the book before "all-grain or extract?", code null', [
    [0, 'p', 'how do i make a sour beer? any guide'],
    [15, 'l', 'This is Dev, a librarian at Howard County Library.'],
    [20, 'l', '"American Sour Beers" by Michael Tonsmeire is the go-to book; it\'s in our catalog at hclibrary.org.'],
    [26, 'l', 'Are you brewing all-grain, or from extract?'],
    [60, 'p', 'extract'],
    [66, 'l', 'The chapter on kettle souring works with extract, start there. Does that help?'],
    [90, 'p', 'yes thx, thats all i need'],
    [95, 'l', 'Have fun brewing, bye!'],
  ], usual({ greeting: 'fail', clarify: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 25 "take your time", 204 s away; the patron has the last word
  s(ELLA, '25 dating a Rheingold bottle by its label: "Sure thing, take your time." then 204 s away, patron "thats all i needed 🍻" last, no goodbye', [
    [0, 'p', 'i have an old bottle of "Rheingold" from my dad can u tell me how old it is from the label'],
    [28, 'l', 'Hello! Ella here, librarian with Brooklyn Public Library.'],
    [34, 'l', 'Is there any writing along the bottom edge of the label, like "Internal Revenue Tax Paid" or a permit number?'],
    [70, 'p', 'hold on let me go get it'],
    [76, 'l', 'Sure thing, take your time.'],
    [280, 'p', 'ok it says "Internal Revenue Tax Paid" at the bottom'],
    [288, 'l', "That statement was required on beer labels from 1935 to 1950, so your bottle is from that window. The Brooklyn Collection's pages at bklynlibrary.org/brooklyncollection have more on Rheingold and the Bushwick breweries."],
    [294, 'l', 'Is that what you wanted to know?'],
    [340, 'p', 'yes awesome!! thats all i needed 🍻'],
  ], usual({ courteous: 'fail' })),

  // 26 pickedUpAt 50 s, first line at 110; the only source a book named
  s(FINN, '26 all-grain book: pickedUpAt 50 s, "Thanks for contacting Ask a Librarian!" at 110, only source "How to Brew by John Palmer"', [
    [0, 'p', "best book for learning all grain brewing? i've done 5 extract batches"],
    [110, 'l', 'Thanks for contacting Ask a Librarian!'],
    [116, 'l', 'This is Finn, at the Boise Public Library. Do you want a deep technical book or a step by step one?'],
    [160, 'p', 'step by step'],
    [166, 'l', 'How to Brew by John Palmer — the all-grain part walks you through your first mash step by step.'],
    [172, 'l', 'Would that do it?'],
    [210, 'p', 'yes perfect'],
    [214, 'l', 'Great, anything else?'],
    [230, 'p', 'no'],
    [234, 'l', 'Happy brewing, bye!'],
  ], usual(), { pickedUpAt: at(50) }),

  // 27 a referral to the library's own desk with no way to reach it
  s(GIA, '27 a tiny brewing taproom in Fort Collins: licensing URLs, "stop by our Business Resource Desk at Old Town Library" (no contact)', [
    [0, 'p', 'thinking about opening a tiny taproom in fort collins, where do i even start w licenses + business plan'],
    [25, 'l', "Hi! I'm Gia, a librarian at Poudre River Public Library District."],
    [31, 'l', "Will you be brewing there, or just pouring other people's beer?"],
    [80, 'p', 'brewing, small system'],
    [88, 'l', "Colorado's Liquor Enforcement Division lists the brewpub and manufacturer licenses at sbg.colorado.gov/liquor-licenses, and you'll also need a TTB Brewer's Notice (ttb.gov). For the business plan, stop by our Business Resource Desk at Old Town Library — they do one-on-one business plan help."],
    [94, 'l', 'Does that point you in the right direction?'],
    [140, 'p', 'yes a lot of help ty'],
    [146, 'l', 'Anything else today?'],
    [160, 'p', 'nope all set'],
    [164, 'l', 'Thanks for chatting, good luck with the taproom!'],
  ], usual({ referral: 'fail' })),

  // 28 holds exactly 120 s apart
  s(HUGO, '28 Minnesota State Fair amateur wine deadline: holds at 56 and 176 (exactly 120 s, a partial result), the answer at 260', [
    [0, 'p', 'when is the deadline for the amateur wine competition at the minnesota state fair'],
    [20, 'l', "Good afternoon — Hugo at Hennepin County Library's Ask a Librarian."],
    [26, 'l', "Is this for this year's fair?"],
    [50, 'p', 'yes 2026'],
    [56, 'l', 'One moment, checking the premium book.'],
    [176, 'l', "Still checking — the 2026 premium book isn't posted yet, so I'm looking at last year's."],
    [260, 'l', "Last year's entry deadline was in early August; the 2026 dates will be in the Competitions section at mnstatefair.org once posted."],
    [266, 'l', 'Does that help for now?'],
    [300, 'p', 'ok ya'],
    [305, 'l', 'Anything else I can look up?'],
    [320, 'p', 'nah'],
    [324, 'l', 'Thanks for chatting!'],
  ], usual()),

  // 29 follow-up by me: restated need, e-mail read back, "within 72 hours", done at exactly 72 h
  s(IVY, '29 a 1960s National Bohemian recipe for a clone (follow-up by me): restatement, e-mail read back, "within 72 hours", done at exactly 72 h', [
    [0, 'p', 'any chance the library has the original recipe for natty boh from like the 60s? want to brew a clone'],
    [24, 'l', "Hi, you've got Ivy, a librarian with Ask Us Now!"],
    [30, 'l', "So you're after the historical recipe for National Bohemian as it was brewed in the 1960s, to make a homebrew clone."],
    [70, 'p', 'exactly'],
    [76, 'l', "Brewery recipes were trade secrets, so it's unlikely to be published, but the AHA's recipe library at homebrewersassociation.org/homebrew-recipes has clone recipes. I'll ask our periodicals staff to check the old trade journals and send you what they find within 72 hours. What e-mail should I use?"],
    [120, 'p', 'ivy thanks! its jmurphy_brews@example.com'],
    [126, 'l', "So that's jmurphy_brews@example.com? You'll have it within 72 hours."],
    [160, 'p', 'yep'],
    [166, 'l', 'Does the AHA recipe library help in the meantime?'],
    [200, 'p', 'yes'],
    [206, 'l', 'Anything else for today?'],
    [220, 'p', 'no thank you'],
    [226, 'l', 'Thanks for using Ask Us Now, bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(231 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 30 the patron leaves during a hold: no final idle
  s(JONAS, '30 dandelion wine as Christmas presents in Iowa: "Let me look that up, one sec." at 78, patron left at 190, coded Lost Call', [
    [0, 'p', 'my grandmother had a family recipe for dandelion wine, is it legal to make it and give bottles as christmas presents in Iowa?'],
    [22, 'l', "Hello, Jonas at Des Moines Public Library's Ask Us here."],
    [28, 'l', 'Roughly how many bottles are you thinking of giving?'],
    [70, 'p', 'maybe 20 bottles'],
    [78, 'l', 'Let me look that up, one sec.'],
    left(190),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BREWING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-sixth round: home brewing, winemaking and local beverage history, checked', () => {
  describeSessions('whole sessions', BREWING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BREWING.filter((c) => c.name in LEFT_WHY));
});
