/**
 * Sixty-sixth round, theme COIN, STAMP AND CARD COLLECTING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: valuing old coins (a 1964 Kennedy half, a 1943 steel cent, a worn 1799 large
 * cent, 1953 Mexican 5-peso Hidalgos, a Buffalo nickel's mint mark, a worn 1921 Morgan), stamps (three inherited albums,
 * 1930s Canada, 1950s Cuba, 1950s US plate blocks, an Inverted Jenny on an envelope, sold-price archives) and cards (a 1986
 * Fleer Jordan, junk-wax Topps and Donruss, 1950s Topps for an estate); price guides in print and online (Red Book, Scott,
 * Unitrade, Krause, Beckett, Greysheet, Numista, Colnect, PCGS CoinFacts, NGC), grading services and their fees, appraisers
 * and dealers (PNG), collector clubs and shows (Baltimore, Houston, Richmond, the ANA's YN program), selling an inherited
 * collection, and counterfeit detection (1909-S VDB, overseas Morgans by weight). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/collecting-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and pickup at exactly 60 s (02: pass) and at 61 s (03: fail); "Hey! What are you looking for
 *   today?" under the screen name "Ask Desk" (04: names no one, fail); "You've reached Ask a Librarian at Tulsa City-County
 *   Library." then "Welcome! …" (05: identification first, greeting second, pass); "Hi, you're chatting with a librarian at
 *   Maryland's Ask Us Now service." (16: "librarian" and the service, no name, pass); "I'm so sorry about your mom. Hi, I'm
 *   Nadia …" (08); Spanish "¡Buenas tardes! Habla Rocío, bibliotecaria de …" (10), "Hola, soy Armando, de …" (11), "¡Hola!
 *   Soy Lucía, bibliotecaria …" (12); chat-speak and emoji "Hey! I'm Zed, a teen services librarian at … 😊" (29);
 *   `pickedUpAt` at 45 s with the first line at 80 (09); no provider ever joined (19);
 *  inquiry: edge stripe, US or worldwide, slab or raw, magnet, one coin or a set, online or print, what is in the
 *   collection, coin at hand, denomination, language then silver or cents, loose or on covers, date and colour, home
 *   library, a kitchen scale, wear on the hair, US or world, bullion or collectible, sell or insure; a restatement with no
 *   question mark ("So you'd like to know whether your 1909-S VDB cent is genuine …", 06: pass); Beckett given before
 *   "What years are your cards from …?" (15: fail); no source ever, a question asked (30: pass);
 *  waits: a hold answered exactly 120 s later (06: pass) and 121 s later (07: fail); 135 s of silence after the patron with
 *   the patron's "hello??" inside it (08: fail); "Sure thing, take your time." and the patron back 205 s later (09: waiting
 *   on the patron, pass); a transfer notice (a hold) answered 64 s later by the receiver (26); a silent transfer, the
 *   receiver 90 s after the patron (27: pass);
 *  endings: a Lost Call with a greeting, check-ins at 170 and 250 and "Seems you've been disconnected, so I'll close this chat
 *   now. Come back anytime!" at 330 (17: final idle 300 s, both pass); Lost Call after "hello?" with a check-in at 175 and
 *   the end at 180 (18: final idle 130 s, idle pass, disconnect na, courteous fail); a goodbye 125 s after the answer with
 *   no check-in (23: idle fails); "Seems the connection dropped on your end, so I'm going to close this chat. Thanks …"
 *   exactly 180 s after the answer, no check-in (24: idle fails, disconnect passes); "You still there?" and the end 179 s
 *   after the answer (25: idle passes, disconnect na); "No, you've hit the limit — it's one question per chat. I'm closing
 *   this session." then the patron's "wow ok" (21: dismissal and courteous fail); "I've got a few other people waiting …
 *   Please come back to chat anytime …" then "ok thx" (22: allowed, courteous passes on the invitation back); goodbyes "bye
 *   for now", "happy sorting", "bye, and good luck", "take care", "good night and thanks", "Take care, goodbye.", "Thanks for
 *   reaching out!", "¡Con gusto! Gracias por escribirnos …", "¡De nada, adiós!", "talk soon", "Happy collecting! Bye.";
 *   patron-side "yep thats everything", "ya i think so. thats all", "thats all i needed thx", "no more questions", "that's
 *   everything", "that's all we need for now", "eso es todo", "es todo", "thats all i needed tho", and "ok gracias", "ok
 *   cool", "perfect", "nah", "no im good", "yeah thanks" that do not count;
 *  sources: pcgs.com, ngccoin.com, psacard.com, stamps.org, colnect.com, numista.com, coins.ha.com, greysheet.com, kitco.com,
 *   money.org, png.org, stampauctionnetwork.com, postalmuseum.si.edu, vnaonline.org, a library's Flipster page; books named
 *   (Red Book, Scott, Unitrade, Krause, Penny Whimsy, ANA grading standards); none (30: fail);
 *  referrals: the library's own Main Library reference desk by phone (02: pass); PNG dealers by URL beside the Baltimore Coin
 *   Club with no contact (08: fail); "visitar la Houston Numismatic Society" with no contact (11: fail); the APS expertizing
 *   service by phone (27: pass); a club secretary by phone (29: pass); a sports card shop and a personal property appraiser
 *   with no contact (30: fail); "someone from Miller will call you" (14) and "I'll ask our numismatics volunteer" (13) as no
 *   referral;
 *  follow-ups: FU_ME in Spanish, e-mail typed and read back, "mañana antes del mediodía", done in 20 h (12: pass); "… and get
 *   back to you" with no contact and no time, coded Answered (13: code and contact fail, on_time pending at day 1); FU_LIB,
 *   phone read back as a question, "within 72 hours", done after 80 h (14: on_time fails); FU_ME with "send it to you by
 *   Thursday" and the e-mail only in `patron.email` (15: contact fails, code passes, on_time passes at 10 h); FU_ME, e-mail
 *   read back, "by end of day Wednesday", not yet done (16: pending);
 *  codes: a true Lost Call (17); Lost Call after two patron lines (18); null with no provider (19); Practice (20); an empty
 *   string (22);
 *  transfers: a notice (a hold) and an internal note that says why (26: pass); an internal note only, silent to the patron
 *   (27: fail);
 *  concurrency: three others open through the session, four at once (28: fail); six others staggered so that at most two
 *   overlap it at once, one ending exactly at its start and one starting exactly at its `endedAt` (29: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey! What are you looking for today?" greets but identifies no one (04); "You've reached Ask a Librarian at Tulsa
 *   City-County Library." and "Welcome!" together greet and identify, in either order (05); Spanish greetings and goodbyes
 *   are greetings and goodbyes (10, 11, 12);
 * - "ya i think so. thats all" says explicitly the patron is done (03: anything passes); "ok gracias", "ok cool" do not (11,
 *   13);
 * - a referral tells the patron to contact or visit someone: "call our Main Library reference desk at 614-555-0140" (02: the
 *   provider's own department, a phone); "ask the members of the Baltimore Coin Club at one of their meetings" (08: no
 *   contact); "visitar la Houston Numismatic Society" (11); "take them to a local sports card shop … or hire a certified
 *   personal property appraiser" (30: a named kind of specialist, no contact); "both are in our Social Science and History
 *   Department" says where books are and tells the patron to contact no one (13: na); "someone from Miller will call you"
 *   has the library contact the patron (14: na);
 * - "I'll also ask our numismatics volunteer about recent auction prices and get back to you." promises more later: a
 *   follow-up session by promise (13);
 * - "¿Prefiere que le conteste en español o en inglés?" is about format; it and the next question come before the source
 *   either way (11);
 * - "Sure thing, take your time." is not a hold (09); "Our philately specialist, Greta, is on shift — I'm passing you over to
 *   her now, one sec." announces the transfer (a hold) (26);
 * - "Thanks for waiting!" opening an answer thanks the patron (25: courteous passes on it with "You still there?" last);
 *   "Seems the connection dropped on your end, so I'm going to close this chat. Thanks for using Ask a Librarian!" is a
 *   goodbye (thanks, does not ask whether the patron is there): the final idle ends at it (24: 180 s);
 * - "Happy to help with that." in a greeting is no substantive message: 17 and 18 have no substantive exchange; their final
 *   idles start at the greeting;
 * - "No, you've hit the limit — it's one question per chat. I'm closing this session." tells the patron they reached a limit
 *   of questions, with no way back (21).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/collecting-labels.ts).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty; byNo and describeLeft are kept for the file's form).
 * Every timing check (pickup at exactly 60 s and at 61 s, by `pickedUpAt`, no provider; keep_informed at exactly 120 s, 121 s
 * and 135 s, "take your time", an announced and a silent transfer; final idles of 125, 130, 179, 180 and 300 s; concurrency at
 * four at once and at three with touching ends; on_time done at 10 h and 20 h, late at 80 h, pending at day 1 twice) scored
 * as labelled on the first run. The redaction equality of describeSessions holds for every case (patron e-mails typed and
 * read back, a patron phone read back, an e-mail only in `patron.email`, library and club phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const inLine = (sec: number, text = 'A librarian will be with you shortly. Please keep this window open.'): Line => [sec, 's', text];

const MARISOL: Prov = { id: 'marisol-c', name: 'Marisol', library: 'PCPL-AZ' };
const DEV: Prov = { id: 'dev-c', name: 'Dev', library: 'CML' };
const KWAME: Prov = { id: 'kwame-c', name: 'Kwame', library: 'CPL-OH' };
const ASKDESK: Prov = { id: 'askdesk-c', name: 'Ask Desk', library: 'TSCPL' };
const LEANNE: Prov = { id: 'leanne-c', name: 'Leanne', library: 'TCCL' };
const GWEN: Prov = { id: 'gwen-c', name: 'Gwen', library: 'DPL-CO' };
const HUGO: Prov = { id: 'hugo-c', name: 'Hugo', library: 'BECPL' };
const NADIA: Prov = { id: 'nadia-c', name: 'Nadia', library: 'BCPL-MD' };
const ELI: Prov = { id: 'eli-c', name: 'Eli', library: 'SPL-WA' };
const ROCIO: Prov = { id: 'rocio-c', name: 'Rocío', library: 'SAPL' };
const ARMANDO: Prov = { id: 'armando-c', name: 'Armando', library: 'HPL-TX' };
const LUCIA: Prov = { id: 'lucia-c', name: 'Lucía', library: 'MDPLS' };
const PETE: Prov = { id: 'pete-c', name: 'Pete', library: 'FLP' };
const WANDA: Prov = { id: 'wanda-c', name: 'Wanda', library: 'AUN' };
const IVAN: Prov = { id: 'ivan-c', name: 'Ivan', library: 'JCL-KS' };
const JADE: Prov = { id: 'jade-c', name: 'Jade', library: 'AUN' };
const KIRA: Prov = { id: 'kira-c', name: 'Kira', library: 'DDL' };
const YUKI: Prov = { id: 'yuki-c', name: 'Yuki', library: 'PPL-RI' };
const NOONE: Prov = { id: 'queue-c', name: 'Queue', library: 'TXQ' };
const TRAINEE: Prov = { id: 'trainee-c', name: 'Trainee 7', library: 'TRN' };
const OREN: Prov = { id: 'oren-c', name: 'Oren', library: 'ACPL-IN' };
const BRIGID: Prov = { id: 'brigid-c', name: 'Brigid', library: 'SLCPL' };
const SAM: Prov = { id: 'sam-c', name: 'Sam', library: 'MCPL-IN' };
const TESS: Prov = { id: 'tess-c', name: 'Tess', library: 'CCPL-OH' };
const UMAR: Prov = { id: 'umar-c', name: 'Umar', library: 'LAPL' };
const TOMAS: Prov = { id: 'tomas-c', name: 'Tomás', library: 'AALF' };
const GRETA: Prov = { id: 'greta-c', name: 'Greta', library: 'AALF' };
const WREN: Prov = { id: 'wren-c', name: 'Wren', library: 'MCPL-MD' };
const ABDI: Prov = { id: 'abdi-c', name: 'Abdi', library: 'MCPL-MD' };
const VERA: Prov = { id: 'vera-c', name: 'Vera', library: 'EPFL' };
const ZED: Prov = { id: 'zed-c', name: 'Zed', library: 'RPL-VA' };
const FAYE: Prov = { id: 'faye-c', name: 'Faye', library: 'LPL-KY' };

const s = session;

export const COLLECTING: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 1964 Kennedy half in a dresser: "Hey there, this is Marisol", edge asked, PCGS CoinFacts + the Red Book, "yep thats everything"', [
    [0, 'p', 'hey so i found a 1964 kennedy half dollar in my dads dresser is it worth anything??'],
    [22, 'l', "Hey there, this is Marisol with Pima County Public Library's Ask a Librarian."],
    [28, 'l', 'Quick question first: look at the edge of the coin. Is it solid silver-colored all the way around, or is there a copper stripe?'],
    [75, 'p', 'solid silver no stripe'],
    [82, 'l', "Then it's the 90% silver issue: 1964 was the only year the Kennedy half was struck in 90% silver for circulation, so even a worn one is worth at least its melt value, roughly $8-10 lately. PCGS CoinFacts (pcgs.com/coinfacts) lists prices by grade, and every branch has the current Red Book, A Guide Book of United States Coins."],
    [88, 'l', 'Did that get you what you needed?'],
    [130, 'p', 'yep thats everything, tysm 🙏'],
    [136, 'l', 'Enjoy the coin hunting — bye for now!'],
  ], usual()),

  // 02 pickup at exactly 60 s; the library's own reference desk by phone
  s(DEV, '02 three inherited stamp albums: pickup at exactly 60 s, US or worldwide asked, Scott + stamps.org, "call our Main Library reference desk at 614-555-0140"', [
    [0, 'p', 'My grandfather left me 3 stamp albums. How do I figure out if any of it is valuable?'],
    inLine(1),
    [60, 'l', "Good morning and thanks for writing in! I'm Dev, a librarian at Columbus Metropolitan Library."],
    [66, 'l', 'Are the albums mostly US stamps, or worldwide?'],
    [110, 'p', 'mostly US, some from Germany'],
    [116, 'l', "The standard price reference is the Scott Standard Postage Stamp Catalogue; our Main Library keeps the current US and world volumes in Reference. For a walk-through of sorting an inherited collection, the American Philatelic Society has a guide at stamps.org/collect/inherited-collections. If you'd like to sit down with the catalogues, call our Main Library reference desk at 614-555-0140 and they'll hold a table for you."],
    [122, 'l', 'Is that the kind of help you were after?'],
    [170, 'p', 'Yes, very helpful.'],
    [176, 'l', 'Anything more I can look up today?'],
    [200, 'p', 'no im good'],
    [205, 'l', 'Great — thanks for chatting with us, and happy sorting!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s
  s(KWAME, '03 fake 1986 Fleer Jordan rookie (chat-speak): 61 s pickup, slabbed or raw asked, psacard.com + a catalog at Main, "ya i think so. thats all"', [
    [0, 'p', 'how do u spot a fake 1986 fleer michael jordan rookie card'],
    [61, 'l', 'Hi! Librarian Kwame here, Cleveland Public Library — sorry to keep you waiting.'],
    [67, 'l', 'Is the card already in a grading slab, or is it raw?'],
    [100, 'p', 'raw, bought it at a flea market for 40 bucks 😬'],
    [108, 'l', "Fakes of that card are everywhere. Check the print under a magnifier (a real one shows a clean dot pattern, reprints look blurry), the gloss on the front, and the card stock. PSA's authentication notes for this card are at psacard.com/resources, and the Standard Catalog of Basketball Cards at our Main Library pictures the genuine back."],
    [114, 'l', 'Does that help you check it?'],
    [150, 'p', 'ya i think so. thats all'],
    [156, 'l', 'Cool, good luck with it and thanks for the question!'],
  ], usual({ pickup: 'fail' })),

  // 04 greets, identifies no one
  s(ASKDESK, '04 1943 steel penny: "Hey! What are you looking for today?" under the screen name "Ask Desk", magnet asked, NGC price guide', [
    [0, 'p', '1943 steel penny - my neighbor says worth thousands? is that true'],
    [14, 'l', 'Hey! What are you looking for today?'],
    [20, 'l', 'Does a magnet stick to your penny?'],
    [55, 'p', 'yes it sticks'],
    [62, 'l', "Then it's an ordinary steel cent; most sell for a dime to a dollar or so in circulated grades. The copper 1943 cents are the rare ones. NGC's price guide at ngccoin.com/price-guide/united-states lists them by grade."],
    [68, 'l', 'Did that clear it up?'],
    [100, 'p', 'ahh dang lol. ok thats all i needed thx'],
    [106, 'l', 'No problem — bye, and good luck!'],
  ], usual({ greeting: 'fail' })),

  // 05 identification in the first message, the greeting in the second
  s(LEANNE, '05 is grading a Morgan dollar worth it: "You\'ve reached Ask a Librarian at Tulsa City-County Library." + "Welcome! …", PCGS/NGC fees, "no more questions"', [
    [0, 'p', 'how much does it cost to get a morgan dollar graded, is it worth doing'],
    [20, 'l', "You've reached Ask a Librarian at Tulsa City-County Library."],
    [26, 'l', "Welcome! Do you have one coin or a whole set you're thinking of sending?"],
    [70, 'p', 'just 4 of them'],
    [77, 'l', 'PCGS and NGC both post their current tiers and fees online (pcgs.com/services and ngccoin.com/services), and you need a membership or an authorized dealer to submit. For common-date Morgans in circulated grades the fee often costs more than the coin is worth, so most collectors only slab the key dates or the high-grade pieces.'],
    [83, 'l', 'Is that what you were trying to figure out?'],
    [120, 'p', 'yes. no more questions, thank you'],
    [126, 'l', 'Thanks for asking, take care!'],
  ], usual()),

  // 06 a hold answered exactly 120 s later; a restatement
  s(GWEN, '06 is my 1909-S VDB real: restated ("So you\'d like to know whether …"), hold at 66 answered at 186 (exactly 120 s)', [
    [0, 'p', 'I think my 1909-S VDB penny might be fake. how do I tell'],
    [18, 'l', "Good evening, Gwen at Denver Public Library's chat reference."],
    [24, 'l', "So you'd like to know whether your 1909-S VDB cent is genuine or an altered one."],
    [60, 'p', 'yes exactly'],
    [66, 'l', 'Let me pull up the diagnostics, one moment.'],
    [186, 'l', 'Thanks for hanging on. The usual fake is a Philadelphia 1909 VDB with an S added; PCGS CoinFacts shows the shape of the genuine S mintmark and where it sits (pcgs.com/coinfacts, search 1909-S VDB). Anything that looks off should go to a grading service before you sell it.'],
    [192, 'l', 'Does that answer your question?'],
    [240, 'p', "yes that helps a lot, that's everything"],
    [246, 'l', 'Wonderful, good night and thanks!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(HUGO, '07 1930s Canadian stamps price guide: "Let me check which of our databases covers Canada — hang tight." answered 121 s later, Unitrade + Colnect', [
    [0, 'p', 'whats a good price guide for old canadian stamps? got some from the 1930s'],
    [25, 'l', 'Hello, Hugo from Buffalo & Erie County Public Library, happy to help.'],
    [31, 'l', 'Are you looking for something you can use online, or is a print book fine?'],
    [70, 'p', 'online pls'],
    [76, 'l', 'Let me check which of our databases covers Canada — hang tight.'],
    [197, 'l', 'Found it. The Unitrade Specialized Catalogue of Canadian Stamps is the standard Canadian guide (print only, we have it at Central); online, Colnect (colnect.com, Stamps > Canada) lists the 1930s issues with collector prices.'],
    [203, 'l', 'Is that the sort of thing you wanted?'],
    [240, 'p', 'perfect'],
    [246, 'l', 'Anything else for you today?'],
    [270, 'p', 'nah'],
    [274, 'l', 'Take care, and thanks for using our chat!'],
  ], usual({ informed: 'fail' })),

  // 08 135 s of silence after the patron (a "hello??" inside it); PNG by URL, a coin club without contact
  s(NADIA, '08 selling mom\'s coin collection: answer 135 s after the patron ("hello??" at 150), png.org directory, "ask the members of the Baltimore Coin Club" with no contact', [
    [0, 'p', 'my mom passed and left a big coin collection, we want to sell it without getting ripped off. where do we start'],
    [20, 'l', "I'm so sorry about your mom. Hi, I'm Nadia, a librarian with Baltimore County Public Library."],
    [26, 'l', 'Do you know roughly what is in it — US coins, world coins, proof sets?'],
    [60, 'p', 'mostly us, proof sets and silver dollars i think'],
    [150, 'p', 'hello??'],
    [195, 'l', 'Sorry for the delay! First make an inventory; the Red Book (A Guide Book of United States Coins) in our reference collection gives ballpark retail values. Then get offers from more than one reputable dealer: the Professional Numismatists Guild has a member directory at png.org. You could also ask the members of the Baltimore Coin Club at one of their meetings.'],
    [201, 'l', 'Does that give you a place to start?'],
    [240, 'p', "yes thank you, that's all we need for now"],
    [246, 'l', "You're very welcome. Take care, goodbye."],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 09 pickedUpAt 45 s with the first line at 80; "take your time" and the patron back 205 s later
  s(ELI, '09 Buffalo nickel mint mark: pickedUpAt 45 s, first line at 80, "Sure thing, take your time." and the patron back 205 s later', [
    [0, 'p', 'where is the mint mark on a buffalo nickel'],
    [80, 'l', 'Hi, Eli with The Seattle Public Library here.'],
    [86, 'l', 'Do you have the coin with you right now?'],
    [110, 'p', 'hang on its in the garage lemme grab it'],
    [115, 'l', 'Sure thing, take your time.'],
    [320, 'p', 'ok got it. 1936 i think, theres a little D under the words FIVE CENTS'],
    [332, 'l', "That's it: the mint mark sits on the reverse below FIVE CENTS, so yours is a 1936-D from Denver. The Red Book and the free Numista entry (numista.com, search 'Buffalo nickel 1936') picture the mark and give typical values."],
    [338, 'l', 'Does that help?'],
    [370, 'p', 'yess 🙌 thats all i needed'],
    [376, 'l', 'Awesome, have fun with it! Bye.'],
  ], usual(), { pickedUpAt: at(45) }),

  // 10 Spanish, the plain good session
  s(ROCIO, '10 monedas de 5 pesos de plata (Spanish): "¡Buenas tardes! Habla Rocío", denominación asked, Numista + Krause, "eso es todo"', [
    [0, 'p', 'hola tengo unas monedas de plata de mexico de 1953 cuanto valen?'],
    [30, 'l', '¡Buenas tardes! Habla Rocío, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [36, 'l', '¿Qué denominación tienen? ¿Son de pesos o de centavos?'],
    [80, 'p', 'son de 5 pesos, tienen a un señor con bigote'],
    [87, 'l', 'Es la moneda de 5 pesos de Miguel Hidalgo, de plata .720. Su valor depende del estado de conservación; puede ver precios en Numista (numista.com) y en el Standard Catalog of World Coins de Krause, que tenemos en la sala de consulta de la Biblioteca Central.'],
    [93, 'l', '¿Le ayuda esto?'],
    [140, 'p', 'si, eso es todo, gracias!!'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y que le vaya bien.'],
  ], usual()),

  // 11 partly Spanish: a named society to visit, no contact; "ok gracias"
  s(ARMANDO, '11 dónde vender monedas en Houston (partly Spanish): language asked, Heritage archive, "visitar la Houston Numismatic Society" with no contact, "ok gracias"', [
    [0, 'p', 'hi, mi abuelo dejó monedas viejas de estados unidos y quiero saber donde venderlas en houston'],
    [22, 'l', 'Hola, soy Armando, de Houston Public Library. ¿Prefiere que le conteste en español o en inglés?'],
    [50, 'p', 'español porfa'],
    [56, 'l', '¿Son monedas de plata, como dólares Morgan, o centavos comunes?'],
    [95, 'p', 'hay de todo, dolares de plata y muchos centavos'],
    [101, 'l', 'Para tener una idea del valor antes de vender, revise los precios de subastas pasadas en el archivo de Heritage Auctions (coins.ha.com), gratis con registro. También le recomiendo visitar la Houston Numismatic Society en una de sus reuniones; los socios pueden orientarle sobre comerciantes de confianza.'],
    [107, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'ok gracias'],
    [155, 'l', '¡De nada, adiós!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 12 Spanish follow-up by me: e-mail read back, "mañana antes del mediodía", done in 20 h
  s(LUCIA, '12 sellos cubanos de los 50 (Spanish, follow-up by me): Colnect now, Scott de Cuba por correo "mañana antes del mediodía", e-mail read back, done in 20 h', [
    [0, 'p', 'Buenas, tengo sellos cubanos de los años 50 de mi papá. ¿Dónde averiguo su valor?'],
    [25, 'l', '¡Hola! Soy Lucía, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade.'],
    [31, 'l', '¿Están sueltos o en sobres con matasellos?'],
    [75, 'p', 'la mayoria sueltos en un album'],
    [82, 'l', 'Puede buscarlos por año en Colnect (colnect.com), que tiene fotos y precios de referencia. Los valores de catálogo están en el tomo de Cuba del catálogo Scott, en la Biblioteca Principal: puedo consultarlo y enviarle por correo electrónico los valores de los años 50 mañana antes del mediodía. ¿A qué correo se lo mando?'],
    [130, 'p', 'lmarquez.fil@example.com'],
    [136, 'l', 'Perfecto, se lo envío a lmarquez.fil@example.com mañana antes del mediodía. ¿Le sirve Colnect por ahora?'],
    [170, 'p', 'si muy bien'],
    [176, 'l', '¿Necesita algo más?'],
    [200, 'p', 'no, es todo'],
    [204, 'l', '¡Gracias por comunicarse con nosotros!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 "get back to you" with no contact and no time, coded Answered
  s(PETE, '13 a worn 1799 large cent: Penny Whimsy + the Red Book, "I\'ll also ask our numismatics volunteer … and get back to you", no contact, coded Answered', [
    [0, 'p', 'I have a 1799 large cent, pretty worn. is there a book on these? how much'],
    [20, 'l', "Hi, thanks for contacting the Free Library of Philadelphia's Ask a Librarian, this is Pete."],
    [26, 'l', 'Can you still read the date clearly, and is the coin dark brown or greenish?'],
    [65, 'p', 'date is readable, brown, kind of smooth'],
    [72, 'l', "The standard reference for early cents is William Sheldon's Penny Whimsy, and the Red Book gives ballpark prices by grade; both are in our Social Science and History Department. A 1799 is the key date of the series, so even a worn one can bring four figures."],
    [78, 'l', 'Does that help for now?'],
    [110, 'p', 'wow ok yes'],
    [116, 'l', "I'll also ask our numismatics volunteer about recent auction prices and get back to you."],
    [140, 'p', 'ok cool'],
    [146, 'l', 'Thanks for reaching out!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 follow-up by the patron's library: phone read back, "within 72 hours", done after 80 h
  s(WANDA, '14 20 binders of stamps to sell (follow-up by patron\'s library): home branch asked, phone read back, "within 72 hours", done after 80 h', [
    [0, 'p', 'need someone to help value my grandmothers stamp collection, its huge, like 20 binders. we want to sell it'],
    [22, 'l', 'Good afternoon! Wanda here, librarian at Ask Us Now.'],
    [28, 'l', 'Which library do you usually use?'],
    [60, 'p', 'howard county, miller branch'],
    [66, 'l', "Howard County's Miller Branch runs a collectors' program, so I'll pass your question to their staff and someone from Miller will call you within 72 hours with local appraisal options. What's the best number to reach you?"],
    [110, 'p', '410-555-0187'],
    [116, 'l', "Thanks — so that's 410-555-0187, right?"],
    [135, 'p', 'yes'],
    [141, 'l', "In the meantime, the American Philatelic Society's guide to selling a collection is at stamps.org/collect/selling-your-collection. Is that useful to start?"],
    [180, 'p', 'yes thanks'],
    [186, 'l', 'Anything else I can do?'],
    [200, 'p', 'nope thats it'],
    [205, 'l', 'Thanks for chatting with Ask Us Now, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 the source before any question; follow-up by me with the e-mail only in the patron field
  s(IVAN, '15 baseball card price guides: Beckett via Flipster before "What years are your cards from…?", "send it to you by Thursday", e-mail only in patron.email, done in 10 h', [
    [0, 'p', 'what price guide do card shops use for baseball cards'],
    [15, 'l', 'Hello and welcome to Ask JCL! Ivan, reference librarian, here.'],
    [22, 'l', "Most shops go by Beckett: Beckett Baseball magazine is in our Flipster magazine collection (jocolibrary.org/ebooks), and many also check recent sold listings on 130point.com."],
    [28, 'l', 'What years are your cards from, and are they from any particular set?'],
    [70, 'p', 'like 1989-1992 topps and donruss mostly'],
    [76, 'l', "Those are the 'junk wax' years: huge print runs, so most common cards sell for pennies. I'll put together a list of the guides that cover those years and send it to you by Thursday."],
    [82, 'l', 'Did the Beckett info help?'],
    [120, 'p', 'yeah thanks'],
    [126, 'l', 'Anything else today?'],
    [150, 'p', 'no'],
    [154, 'l', 'Thanks, talk soon!'],
  ], usual({ clarify: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'cardkid89@example.org', phone: null }, followUps: [{ doneAt: at(10 * HOUR) }],
  }, { now: T0 + 3 * DAY }),

  // 16 "you're chatting with a librarian"; follow-up by me, e-mail read back, "by end of day Wednesday", not yet done
  s(JADE, '16 ten shiny Morgan dollars from overseas: "you\'re chatting with a librarian at … Ask Us Now", scale asked, money.org, scans "by end of day Wednesday", pending', [
    [0, 'p', 'Is there a list of how to tell counterfeit Morgan dollars? Bought 10 online from a seller overseas, they look too shiny'],
    [19, 'l', "Hi, you're chatting with a librarian at Maryland's Ask Us Now service."],
    [25, 'l', 'Do you have a kitchen scale that weighs to a tenth of a gram?'],
    [60, 'p', 'yes'],
    [66, 'l', "Weigh them: a genuine Morgan is 26.73 g, and most fakes are off by a gram or more. The ANA publishes a counterfeit detection checklist at money.org/counterfeit-detection. I'll also scan the Morgan chapter of our copy of Counterfeit Detection (ANA, 1983) and e-mail you the scans by end of day Wednesday. What e-mail should I use?"],
    [110, 'p', 'rgreer.coins@example.net'],
    [116, 'l', 'Got it, rgreer.coins@example.net. Does the weight test help for now?'],
    [160, 'p', 'yes very much. they weigh 24 grams 😡'],
    [166, 'l', "Then they're very likely fakes, I'm sorry. Is there anything else I can help with?"],
    [210, 'p', "no that's everything"],
    [215, 'l', 'Thanks for chatting, and bye for now!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), FU_ME),

  // 17 a true Lost Call: greeting, two check-ins, a notice that invites back (final idle 300 s)
  s(KIRA, '17 1955 doubled die cent (Lost Call): greeting only, "Are you still there?" at 170 and 250, notice + "Come back anytime!" at 330', [
    [0, 'p', 'hi i have a question about a 1955 double die penny'],
    inLine(1),
    [30, 's', 'Kira has joined the chat.', sys('joined')],
    [30, 'l', 'Hello, this is Kira at Ask a Librarian Delaware. Happy to help with that.'],
    [170, 'l', 'Are you still there?'],
    [250, 'l', 'Just checking in again, still with me?'],
    [330, 'l', "Seems you've been disconnected, so I'll close this chat now. Come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 Lost Call after two patron lines; a check-in, no goodbye (final idle 130 s)
  s(YUKI, '18 joining a coin club near Providence (Lost Call, two patron lines): greeting at 50, "Are you still with me?" at 175, ends at 180', [
    [0, 'p', 'how do i join a coin club near providence'],
    inLine(2),
    [40, 'p', 'hello?'],
    [48, 's', 'Yuki has joined the chat.', sys('joined')],
    [50, 'l', "Hello, Yuki at Providence Public Library's Ask a Librarian here."],
    [175, 'l', 'Are you still with me?'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 no provider ever joined (Spanish patron), code null
  s(NOONE, '19 billete de 2 dólares de 1976 (Spanish): no provider ever joined, the patron leaves at 200, code null', [
    [0, 'p', 'hola alguien me puede decir si un billete de 2 dolares de 1976 vale algo'],
    inLine(1),
    [60, 's', 'All librarians are busy helping other patrons. Thank you for waiting.'],
    [95, 'p', 'hola? hay alguien?'],
    [150, 's', 'All librarians are busy helping other patrons. Thank you for waiting.'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (beginner stamp books): coded Practice, every check na', [
    [0, 'p', "testing 1 2 - what's a good beginner book on stamp collecting"],
    [9, 'l', 'hi, trainee account here, testing the new greeting macro'],
    [15, 'l', 'which age is the beginner?'],
    [25, 'p', 'adult'],
    [31, 'l', "Try The Complete Guide to Stamps & Stamp Collecting (catalog link: library.example.org/stamps). Did that help?"],
    [40, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 a limit of questions told, no way back; the patron has the last word
  s(OREN, '21 what grade is my worn 1921 Morgan: Photograde, then "you\'ve hit the limit — it\'s one question per chat. I\'m closing this session.", patron "wow ok"', [
    [0, 'p', 'got a 1921 morgan dollar, what grade would it be? lots of wear on the cheek'],
    [25, 'l', "Hello — Oren from Allen County Public Library's Ask a Librarian here."],
    [31, 'l', 'Is the hair above the ear worn smooth, or can you still see separate strands?'],
    [70, 'p', 'smooth mostly'],
    [78, 'l', "Then it's likely around Fine (F-12). PCGS Photograde at pcgs.com/photograde lets you compare yours side by side with graded photos. Does that help?"],
    [110, 'p', 'yes!! also i have a bunch of stamps from my uncle can u tell me about those too'],
    [118, 'l', "No, you've hit the limit — it's one question per chat. I'm closing this session."],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 other patrons waiting, invited back; code ""
  s(BRIGID, '22 a list of four coin questions: grading answered, "I\'ve got a few other people waiting … Please come back to chat anytime", code ""', [
    [0, 'p', 'ok I have a bunch of questions: 1) how do I know what grade my coins are 2) should I clean them 3) where are coin shows in utah 4) whats a proof set'],
    [20, 'l', "Hi! I'm Brigid, a librarian at Salt Lake City Public Library."],
    [26, 'l', "Let's start with grading — are these US coins?"],
    [60, 'p', 'yes'],
    [66, 'l', "The ANA's grading standards book, The Official American Numismatic Association Grading Standards for United States Coins, is at our Main Library, and PCGS Photograde (pcgs.com/photograde) lets you match your coin to photos. And please don't clean them: cleaning cuts the value a lot."],
    [72, 'l', 'Is that what you needed on the grading part?'],
    [110, 'p', 'yes but what about the shows and proof sets and also can u look up my uncles coins from a list'],
    [118, 'l', "I've got a few other people waiting in the queue, so I need to stop here for now. Please come back to chat anytime for the rest of your list — we're happy to help!"],
    [150, 'p', 'ok thx'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 23 a goodbye 125 s after the answer, no check-in
  s(SAM, '23 selling 20 Silver Eagles at a coin show: answer at 80, goodbye at 205 (final idle 125 s) with no check-in', [
    [0, 'p', 'are coin shows worth going to if i want to sell some silver'],
    [18, 'l', "Hello! Sam at Monroe County Public Library's chat service."],
    [24, 'l', 'Are you selling bullion coins (like Silver Eagles) or older collectible coins?'],
    [60, 'p', 'bullion mostly, like 20 silver eagles'],
    [80, 'l', "For bullion, shows are fine, but you'll mostly get offers tied to the spot price anywhere; check the live spot price on kitco.com before you go. The ANA lists upcoming shows at money.org/events. Does that help?"],
    [205, 'l', 'Thanks for chatting, and good luck with the sale!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 24 final idle exactly 180 s, ended by a notice that thanks the patron, no check-in
  s(TESS, '24 sold prices for old stamps: answer at 100, "Seems the connection dropped on your end, so I\'m going to close this chat. Thanks …" at 280 (180 s), no check-in', [
    [0, 'p', 'best place online to look up what old stamps actually sold for'],
    [20, 'l', 'Hi there, Tess from the Cuyahoga County Public Library Ask a Librarian team.'],
    [26, 'l', 'Are they US stamps?'],
    [60, 'p', 'some US some british'],
    [100, 'l', 'For sold prices, the free archive at Stamp Auction Network (stampauctionnetwork.com) covers US and British auctions going back years; for catalogue values, our Scott and Stanley Gibbons catalogues are in Reference at the Parma Branch. Does that cover what you need?'],
    [106, 'l', 'Anything else I can look into?'],
    [280, 'l', "Seems the connection dropped on your end, so I'm going to close this chat. Thanks for using Ask a Librarian!"],
  ], usual({ idle: 'fail', disconnect: 'pass' })),

  // 25 final idle 179 s with a check-in and no notice
  s(UMAR, '25 is a dealer\'s offer fair: answer at 90 ("Thanks for waiting! … greysheet.com"), "You still there?" at 230, ends at 269 (179 s)', [
    [0, 'p', 'my aunt wants to sell her coin collection to a dealer, how does she know the offer is fair'],
    [24, 'l', "Hi, Umar here from Los Angeles Public Library's Ask a Librarian."],
    [30, 'l', 'Is it mostly gold and silver bullion, or older rare dates?'],
    [70, 'p', 'i dont know. a lot of old silver dollars'],
    [90, 'l', "Thanks for waiting! A fair offer on common silver dollars is usually close to melt plus a little; for better dates, look them up in the Greysheet (greysheet.com), the wholesale price guide dealers themselves use. Does that cover it?"],
    [230, 'l', 'You still there?'],
  ], usual({ anything: 'fail', idle: 'pass' }), { endAfter: 39 }),

  // 26 an announced transfer with a note that says why
  s(TOMAS, '26 1950s US plate blocks: transfer announced ("I\'m passing you over to her now, one sec") + internal note why, Greta 58 s after the transfer', [
    [0, 'p', 'are plate blocks from the 1950s worth anything? i have a shoebox full'],
    [20, 'l', 'Hi! Tomás here, reference librarian with Ask a Librarian Florida.'],
    [26, 'l', 'Are they US plate blocks, and are they mint (never hinged)?'],
    [60, 'p', 'yes mint us from the 50s'],
    [66, 'l', "Our philately specialist, Greta, is on shift — I'm passing you over to her now, one sec."],
    [68, 'i', 'Greta, pt has a box of 1950s US mint plate blocks, wants values — your area, ok to take?'],
    xfer(72, 'Greta', 'greta-c'),
    [130, 'l', 'Hi, Greta here, also with Ask a Librarian Florida. Most 1950s US plate blocks sell close to face value, since so many were saved. The Scott Specialized Catalogue of United States Stamps & Covers lists plate-block values (your library can borrow it), and the National Postal Museum explains plate blocks at postalmuseum.si.edu/collecting.', as(GRETA)],
    [136, 'l', 'Does that answer what you wanted to know?', as(GRETA)],
    [170, 'p', 'yeah thats all i needed, thx'],
    [176, 'l', 'Happy collecting! Bye.', as(GRETA)],
  ], usual({ transfer: 'pass' })),

  // 27 a silent transfer; the APS by phone
  s(WREN, '27 an Inverted Jenny on an envelope: internal note only, silent transfer, Abdi 90 s after the patron, "Call the American Philatelic Society\'s expertizing service at 814-933-3803"', [
    [0, 'p', 'is my 1918 inverted jenny real lol its on an envelope'],
    [18, 'l', 'Hello, this is Wren at the Ask a Librarian desk, Montgomery County Public Libraries.'],
    [24, 'l', 'Is it the 24-cent airmail stamp with the upside-down plane?'],
    [50, 'p', 'yea'],
    [55, 'i', 'Abdi can you take this one - expertizing q'],
    xfer(58, 'Abdi', 'abdi-c'),
    [140, 'l', "Hi, I'm Abdi, a librarian too. Only 100 Inverted Jennys were printed and every known one is tracked, so a real one needs a certificate. Call the American Philatelic Society's expertizing service at 814-933-3803, or read about the process at stamps.org.", as(ABDI)],
    [146, 'l', 'Did that help?', as(ABDI)],
    [190, 'p', 'ya thats all i needed thanks bye'],
    [195, 'l', 'Thanks for chatting — good luck!', as(ABDI)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 28 four at once
  s(VERA, '28 what "MS-65" means on a listing: three other chats open through this one (four at once)', [
    [0, 'p', "what does 'MS-65' mean on a coin listing"],
    [15, 'l', 'Hi! Vera at Enoch Pratt Free Library here.'],
    [21, 'l', 'Is this for a US coin you are thinking of buying?'],
    [50, 'p', 'yeah a walking liberty half on ebay'],
    [56, 'l', 'MS-65 means Mint State 65 on the 70-point Sheldon scale: never circulated, with only light marks. PCGS explains each grade with photos at pcgs.com/grades.'],
    [62, 'l', 'Did that answer it?'],
    [95, 'p', 'yes thats all i needed!'],
    [100, 'l', 'Great, thanks for stopping by!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'vera-c', -300, 600), other('v2', 'vera-c', -60, 400), other('v3', 'vera-c', 5, 200)],
  }),

  // 29 staggered others, three at most; the coin club by phone
  s(ZED, '29 teen coin clubs around Richmond (emoji): staggered other chats (three at most), one ending at the start, one starting at the end; club by phone', [
    [0, 'p', 'r there any coin clubs or shows around richmond va? 14 y/o here just getting into it'],
    [20, 'l', "Hey! I'm Zed, a teen services librarian at Richmond Public Library 😊"],
    [26, 'l', 'Are you more into US coins or world coins?'],
    [60, 'p', 'us mostly, i do the state quarters'],
    [68, 'l', "The Virginia Numismatic Association lists member clubs and the shows around Richmond at vnaonline.org, and the ANA has a Young Numismatists program for teens at money.org/yn. You can also call the Richmond Coin Club's secretary at 804-555-0123 to ask about the next meeting — they love young collectors."],
    [74, 'l', 'Does that help?'],
    [120, 'p', 'yes!! thats all i needed thx'],
    [126, 'l', 'Awesome, happy collecting — bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('z0', 'zed-c', -500, 0), other('z1', 'zed-c', -100, 50), other('z2', 'zed-c', 40, 120),
      other('z3', 'zed-c', 100, 300), other('z4', 'zed-c', 125, 400), other('z5', 'zed-c', 131, 600),
    ],
  }),

  // 30 no source; a shop and an appraiser without contact
  s(FAYE, '30 appraisal of 1950s Topps cards for an estate: sell or insurance asked, "take them to a local sports card shop … or hire a certified personal property appraiser", no source', [
    [0, 'p', 'how do i get an appraisal for my dads old baseball cards? mostly 1950s topps'],
    [22, 'l', "Hello, Faye here from Lexington Public Library's Ask Us chat!"],
    [28, 'l', 'Are you looking to sell them, or do you need a value for insurance or an estate?'],
    [70, 'p', 'estate, my brother and I are splitting things'],
    [78, 'l', "For an estate you want a written appraisal from a qualified appraiser rather than a dealer's offer. Your best bet is to take them to a local sports card shop that does appraisals, or hire a certified personal property appraiser."],
    [84, 'l', 'Did that help at all?'],
    [120, 'p', 'kinda. thats all i needed tho, thanks'],
    [126, 'l', "You're welcome, bye!"],
  ], usual({ source: 'fail', referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => COLLECTING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-sixth round: coin, stamp and card collecting, checked', () => {
  describeSessions('whole sessions', COLLECTING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', COLLECTING.filter((c) => c.name in LEFT_WHY));
});
