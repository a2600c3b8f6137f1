/**
 * Seventy-fourth round, theme ANCIENT EGYPT AND THE ANCIENT WORLD, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: pyramids and mummies (a fourth-grade Giza report, were the pyramids built by
 * slaves in Spanish, the oldest pyramid, a mummy practice chat), hieroglyphs (a scarab cartouche, a Spanish children's book, a
 * printable alphabet for a birthday party), school reports and homework (Roman breakfasts, the Greek alphabet, the cursus
 * honorum, Roman gods, Roman emperors, Greek gods in Spanish, column orders, a theater mask, an Olympics debate, red- and
 * black-figure vases), museum collections (where the Rosetta Stone is, mummies on a road trip, a grandfather's shabti, an
 * inherited Trajan denarius, interviewing an Egyptologist), translations of classical texts (the Aeneid, the Iliad on Libby,
 * Sappho fr. 31 for a thesis, the Odyssey in Spanish, the Book of the Dead by interlibrary loan, a Pompeii chapter scan,
 * Trojan War novels) and travel to sites (London's British Museum). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/s72/egypt-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Ask a Librarian. This is Priya at …" (01); Spanish "Le saluda Rocío, bibliotecaria
 *   del servicio …" (02), "¡Hola! Le saluda Tomás, bibliotecario de Ask Us Now." (16), "¡Buenas noches y bienvenida! Soy Lupe"
 *   (28); a bilingual "¡Hola! Hi, I'm Pam" (22); pickup at exactly 60 s with "You have Sam at Carroll County Public Library."
 *   (03: names someone, greets no one: fail); pickup at 61 s (04: fail); `pickedUpAt` recorded at 55 s while the first line
 *   comes at 70 s (21: pass); "Hey there, welcome! 👋" then "I'm Bea, a teen services librarian at …" (24: pass); a flustered
 *   "Ugh, sorry about that wait list", a source, and only the third line "I'm Jon, by the way" (27: fail); terse "hi, Fay @
 *   Ask a Librarian" (29); "Hi, thanks for contacting Ask Us Now! I am Tamsin" (09); a queue line and no provider ever (19);
 *  inquiry: grade and print or web, format of book in Spanish, detail of a page, trip or class, the signs on a scarab, class or
 *   curiosity, what the worksheet asks, thesis and library access, the letters on a coin, age and comedy or tragedy, which
 *   states, which card, page numbers, how many novels, school project and grade, classical or modern pronunciation, names or
 *   myths, Western or Byzantine, Spanish or English, writing and height, due date and video, simple or accurate, verse or
 *   prose, "what do you need it for?", pictures or descriptions; a restatement "So you need evidence that women were kept out
 *   of the Games" (23: pass); a question only after the first source (27: fail); a Lost Call whose only work was a clarifying
 *   question (17: substantive, clarify passes, source fails);
 *  waits: a hold at 76, a partial-result hold at 170 ("Still looking — the circle with a dot is … Checking what the basket
 *   adds."), the answer at 290 (06: exactly 120 s, pass); "One sec, let me pull up something citable." answered 121 s later
 *   with a "hello??" in between (07: fail); "No rush, take your time." and the patron back 214 s later (08: waiting on the
 *   patron, pass); transfer notices answered 73 s (09), 84 s (10) and 125 s (11: fail) later by the receiver; "Bear with me,
 *   checking the branches." (27);
 *  endings: a Spanish true Lost Call with "¿Sigue ahí?" and "Parece que se desconectó, así que voy a cerrar este chat. ¡Vuelva a
 *   escribirnos cuando quiera!" (16: final idle 292 s); a check-in and a thanking notice exactly 180 s after the greeting (17);
 *   "It looks like you've disconnected, so I'm ending this session now." with no check-in and no thanks (18: final idle 200
 *   s to `endedAt`); a goodbye exactly 120 s after the answer with no check-in (25: fail) and 119 s after (10: na); "u still
 *   there?" and no goodbye, `endedAt` 129 s after the answer (29: check-in passes, courteous fails); "I haven't heard from you
 *   in a while." then a goodbye 179 s after the answer (30: no check-in, notice na); the patron's "nope thats all i need, ty!
 *   bye" as the last line (26: courteous fails); "I've spent enough time on this one and need to move on, so I'm ending our
 *   chat here. Bye." (20: dismissal fails, courteous passes); "I have several other patrons waiting in the queue right now …
 *   Please come back to the chat later" (21: allowed); goodbyes "Good luck to him on the report, and thanks for chatting!",
 *   "Que disfruten la lectura. Hasta luego.", "Happy reading, bye!", "Enjoy London, and thanks for chatting!", "Have a good
 *   evening!", "Thanks for understanding, take care!", "Go win that debate — bye!", "Come back anytime.", "¡Un placer! Gracias
 *   por escribirnos y buenas noches.", "lol congrats. bye!"; patron-side "perfect, thats all we need", "no thats everything",
 *   "es todo lo que necesitaba", "Eso sería todo", "nothing else", "nope thats all i need", and "yes ty", "fine. whatever.
 *   thanks i guess", "yes thats great thank you" that do not count;
 *  sources: books in the catalogue and on Libby (Millard, Fagles, Ruden, Collier and Manley, Allen, Barker, Haynes, Saint,
 *   Campbell's Loeb, García Gual), Britannica School, naturalhistory.si.edu, britishmuseum.org, metmuseum.org/toah, Oxford
 *   Reference, loebclassics.com, numismatics.org/ocre, money.org, getty.edu, worldcat.org, pompeiisites.org,
 *   dcc.dickinson.edu, theoi.com, roman-emperors.org, perseus.tufts.edu, brooklynmuseum.org, penn.museum, gutenberg.org,
 *   khanacademy.org; none (29: an answer from memory, source fails, the completeness question after the answer passes);
 *  referrals: the American Numismatic Association's authentication service through money.org (10: pass); a university
 *   department by phone and a society chapter by URL (24: pass); the Walters with a street address and "an appraiser certified
 *   by the American Society of Appraisers" with nothing (25: fail); a classics department by phone in Spanish (28: pass); not
 *   referrals: where an object is shown, for a trip the patron already plans (04, 12), "someone there will call you" (13),
 *   central staff asked to scan on the patron's behalf (14), a hold picked up at a branch (27), museum websites to use (25, 26);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 50 h (12: pass); FU_LIB, a phone typed with spaces and
 *   read back with dashes, "within 2 business days", done at 80 h (13: on_time fails); FU_ME with "the e-mail on your library
 *   account by tomorrow afternoon", the e-mail only in `patron.email`, not recorded at day 4 (14: code passes, contact and
 *   on_time fail); a promise to e-mail a list, e-mail read back, "by Wednesday", in a source with no codes (15: code na,
 *   on_time pending at day 1);
 *  codes: a true Lost Call (16); a Lost Call whose patron sent only the question, with a clarifying question (17: pass); Lost
 *   Call after two patron lines (18: fail); Lost Call with no provider and one patron line (19: pass); the field left out (15:
 *   na); null (26); an empty string (30); Practice (05);
 *  transfers: a visible notice and an internal note that says why (09: pass); a visible notice and no note (10: fail); a
 *   visible notice and "Dot, you free? sending one your way" (11: the note says no why, fail);
 *  concurrency: the receiver of 09 had three chats open that all ended by the transfer (pass: judged over the part she
 *   handled); three others open at once in 22 (four, fail); one ending exactly at the start, two overlapping, one starting
 *   exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - pickup is `pickedUpAt` when the transcript records it ("the first visible provider message (or `pickedUpAt` when the
 *   source system records it)"): 21 is picked up at 55 s though its first line comes at 70 s (pass);
 * - "You have Sam at …" identifies without greeting (03: fail); "Ugh, sorry about that wait list …" is not a greeting and
 *   Jon's name comes only in his third line (27: fail); Spanish "Le saluda …", "¡Hola!", "¡Buenas noches y bienvenida!",
 *   "bibliotecaria/o" greet and identify as the English forms do (02, 16, 22, 28);
 * - "Still looking — the circle with a dot is … Checking what the basket adds." gives a partial result and says the search
 *   goes on: a hold (06), so its span to the answer is exactly 120 s;
 * - "Dot, you free? sending one your way" is an internal message to the receiver that does not say why (11: transfer fails);
 * - each provider of a transferred chat is judged over the part they handled: Ines's three other chats all ended by the
 *   transfer at 83 s (the last exactly at it, open intervals), so she never had more than one open while handling 09;
 * - "Does that give you a place to start?", "Does that give you somewhere to start?", "Will that get you what you need by
 *   Monday?", "Would those two cover what he needs?", "does that settle it?", "¿Es lo que buscaba(n)?", "¿Le sirve?" ask
 *   whether what was given meets the need; "Would a scan of those pages be enough for your paper …?" asks about a scan not
 *   yet given (14: fail); "Want me to look for some Egyptian-themed craft books for the party too?" is an offer of more, not
 *   a completeness question and not "anything else" (26);
 * - the patron's "nothing else" (13), "es todo lo que necesitaba" (22), "Eso sería todo" (28) say explicitly that they are
 *   done; "fine. whatever. thanks i guess", "yes thats great thank you" do not;
 * - "Have a good evening!" is a parting salutation, a goodbye (13: courteous passes); "Thanks for understanding, take care!"
 *   thanks the patron (21);
 * - a referral sends the patron to a party for the question; naming where an object is shown or which museums have mummies,
 *   for a trip the patron plans, is the answer, not a referral (04, 12); a hold picked up at a branch is the library's
 *   service, not a referral (27); "someone there will call you" and staff asked to scan are consulted on the patron's behalf
 *   (13, 14);
 * - 17: "Is this for a school project? If so, what grade?" is a clarifying question, so the Lost Call has a substantive
 *   exchange (RUBRIC: "a clarifying question counts"): source, completeness and anything-else fail, clarify passes (no source
 *   ever given); its final idle runs from the greeting at 20 (the first non-hold provider line after the patron's only line)
 *   to the thanking notice at 200 = 180 s;
 * - "It looks like you've disconnected, so I'm ending this session now." (18) tells the patron the session will end because
 *   they left: a disconnect notice, not a dismissal for the provider's convenience, not a goodbye and not a check-in;
 *   "I haven't heard from you in a while." (30) asks nothing: not a check-in;
 * - "I've spent enough time on this one and need to move on, so I'm ending our chat here. Bye." (20) ends the help for the
 *   provider's convenience with no way back (dismissal fails) and says goodbye (courteous passes);
 * - `resolutionCode: undefined` is the field left out (the source has no codes): resolution.code na though 15 promised a
 *   follow-up.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: none.
 * Final: 29 running, 1 LEFT (24: the scorer reads "Two good places to ask: … (their main office is 410-555-0147), and … which
 * you can write to through arce.org/chapters" as no referral; RUBRIC's Terms name "call, write to, ask").
 * Every timing check (pickup at 60 and 61 s, `pickedUpAt` before the first line, no provider; keep_informed at exactly 120
 * and at 121 s, across a partial-result hold, "take your time", transfers answered after 73, 84 and 125 s; final idles of
 * 119, 120, 129, 179, 180, 200 and 292 s; concurrency at four, at touching ends and over the receiver's part of a transfer;
 * on_time done at 50 h and at 80 h, not recorded at day 4, pending at day 1) scored as labelled on the first run, and the
 * redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 through describeSessions, 1 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 * ON v67 (block AG6): case 24's "Two good places to ask: …" refers; it runs, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-eg', name: 'Priya', library: 'HCLS' };
const ROCIO: Prov = { id: 'rocio-eg', name: 'Rocío', library: 'AUN' };
const SAM: Prov = { id: 'sam-eg', name: 'Sam', library: 'CCPL' };
const ELIO: Prov = { id: 'elio-eg', name: 'Elio', library: 'EPFL' };
const TRAINEE: Prov = { id: 'trainee-eg', name: 'Trainee 3', library: 'TRN' };
const KIT: Prov = { id: 'kit-eg', name: 'Kit', library: 'FCPL-MD' };
const HAL: Prov = { id: 'hal-eg', name: 'Hal', library: 'BCPL' };
const ISLA: Prov = { id: 'isla-eg', name: 'Isla', library: 'AACPL' };
const TAMSIN: Prov = { id: 'tamsin-eg', name: 'Tamsin', library: 'AUN' };
const INES: Prov = { id: 'ines-eg', name: 'Ines', library: 'AUN' };
const VAL: Prov = { id: 'val-eg', name: 'Val', library: 'HCPL-MD' };
const MARCO: Prov = { id: 'marco-eg', name: 'Marco', library: 'HCPL-MD' };
const QUINN: Prov = { id: 'quinn-eg', name: 'Quinn', library: 'PGCMLS' };
const DOT: Prov = { id: 'dot-eg', name: 'Dot', library: 'PGCMLS' };
const WES: Prov = { id: 'wes-eg', name: 'Wes', library: 'WCFL' };
const YUSUF: Prov = { id: 'yusuf-eg', name: 'Yusuf', library: 'AUN' };
const NELL: Prov = { id: 'nell-eg', name: 'Nell', library: 'EPFL' };
const OZ: Prov = { id: 'oz-eg', name: 'Oz', library: 'CCPL-CE' };
const TOMAS: Prov = { id: 'tomas-eg', name: 'Tomás', library: 'AUN' };
const LOU: Prov = { id: 'lou-eg', name: 'Lou', library: 'AUN' };
const RHEA: Prov = { id: 'rhea-eg', name: 'Rhea', library: 'TCFL' };
const QUEUE: Prov = { id: 'queue-eg', name: 'Queue', library: 'VRQ' };
const SOL: Prov = { id: 'sol-eg', name: 'Sol', library: 'AUN' };
const UGO: Prov = { id: 'ugo-eg', name: 'Ugo', library: 'ACLS' };
const PAM: Prov = { id: 'pam-eg', name: 'Pam', library: 'FCPL-MD' };
const ZED: Prov = { id: 'zed-eg', name: 'Zed', library: 'WOCL' };
const BEA: Prov = { id: 'bea-eg', name: 'Bea', library: 'AACPL' };
const TAM: Prov = { id: 'tam-eg', name: 'Tam', library: 'HCLS' };
const DINA: Prov = { id: 'dina-eg', name: 'Dina', library: 'SMCL' };
const JON: Prov = { id: 'jon-eg', name: 'Jon', library: 'BCPL' };
const LUPE: Prov = { id: 'lupe-eg', name: 'Lupe', library: 'AUN' };
const FAY: Prov = { id: 'fay-eg', name: 'Fay', library: 'GCPL' };
const MO: Prov = { id: 'mo-eg', name: 'Mo', library: 'CCPL-CH' };

const s = session;

export const EGYPT: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Giza pyramids report, 4th grade: "Good morning … This is Priya", print or web asked, a catalog book + Britannica School, "thats all we need"', [
    [0, 'p', 'hi my son has a report on the pyramids of giza due friday, 4th grade. where do we even start'],
    [18, 'l', "Good morning, you've reached Ask a Librarian. This is Priya at Howard County Library System!"],
    [25, 'l', 'Does his teacher want print books, or are websites ok too?'],
    [70, 'p', 'she said at least one book and one website'],
    [78, 'l', "For the book, Pyramid by David Macaulay has great cutaway drawings of how they were built; it's in our catalog at hclibrary.org, so you can place a hold and pick it up at your branch. For the website, Britannica School has a kid-level article on the Giza pyramids, free with your library card under Research on our site."],
    [84, 'l', 'Would those two cover what he needs?'],
    [130, 'p', 'perfect, thats all we need. thank you!!'],
    [136, 'l', 'Good luck to him on the report, and thanks for chatting!'],
  ], usual()),

  // 02 Spanish throughout
  s(ROCIO, '02 libros sobre jeroglíficos para una niña de 8 años (Spanish): "Le saluda Rocío, bibliotecaria", impresos o electrónicos, catálogo, "¿Hay algo más…?"', [
    [0, 'p', 'buenas, busco libros sobre jeroglificos egipcios para mi hija de 8 años, en español si hay'],
    [35, 'l', '¡Buenas tardes! Le saluda Rocío, bibliotecaria del servicio Ask Us Now.'],
    [41, 'l', '¿Prefiere libros impresos para recoger en la biblioteca, o libros electrónicos?'],
    [90, 'p', 'impresos, en la sucursal de wheaton'],
    [97, 'l', 'En el catálogo hay varios en español para su edad; busque "jeroglíficos" o "antiguo Egipto" en montgomerycountymd.gov/library, filtre por idioma español, y al reservarlos elija Wheaton para recogerlos.'],
    [103, 'l', '¿Es lo que buscaba?'],
    [150, 'p', 'sii perfecto'],
    [155, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [190, 'p', 'no, muchas gracias'],
    [196, 'l', '¡Con mucho gusto! Que disfruten la lectura. Hasta luego.'],
  ], usual()),

  // 03 pickup at exactly 60 s; a name but no greeting
  s(SAM, '03 which Aeneid translation for high school: pickup at exactly 60 s, "You have Sam at Carroll County Public Library." (no greeting)', [
    [0, 'p', 'which english translation of the aeneid is best for a high schooler'],
    [60, 'l', 'You have Sam at Carroll County Public Library.'],
    [66, 'l', 'Is it for a class that assigned a particular one, or for reading on your own?'],
    [100, 'p', 'class, teacher said any verse translation'],
    [106, 'l', "Robert Fagles's verse translation (Penguin) is the one most high school teachers know, and Sarah Ruden's (Yale) keeps closer to the Latin line by line. Both are in our catalog at library.carr.org, and the Fagles is on Libby too."],
    [112, 'l', 'Is that what you were after?'],
    [150, 'p', 'yes ty'],
    [154, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [174, 'l', 'Happy reading, bye!'],
  ], usual({ greeting: 'fail' })),

  // 04 pickup at 61 s
  s(ELIO, '04 where the Rosetta Stone is (trip to London): pickup at 61 s, britishmuseum.org/visit, "no thats everything"', [
    [0, 'p', 'Where is the Rosetta Stone kept now, and can you actually see it in person?'],
    [61, 'l', 'Hello! Elio here, a librarian at Enoch Pratt Free Library.'],
    [67, 'l', 'Are you planning a trip, or is this for a class?'],
    [95, 'p', 'trip to london in june!'],
    [102, 'l', "It's on display at the British Museum in London, in Room 4 with the Egyptian sculpture, and general admission is free. Opening hours and the floor plan are at britishmuseum.org/visit."],
    [108, 'l', 'Did that help?'],
    [140, 'p', 'yes thank you so much'],
    [146, 'l', 'Anything else before your trip?'],
    [170, 'p', 'no thats everything, thank you'],
    [175, 'l', 'Enjoy London, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 Practice
  s(TRAINEE, '05 practice chat (mummy script): coded Practice, every check na', [
    [0, 'p', 'practice session - how were mummies made?'],
    [10, 'l', 'Hi, trainee here testing the greeting macro. See naturalhistory.si.edu'],
    [20, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 06 holds, the last span exactly 120 s
  s(KIT, '06 whose name is on a scarab cartouche: hold at 76, partial-result hold at 170, answer at 290 (exactly 120 s), Collier and Manley', [
    [0, 'p', 'i have a photo of a cartouche on a scarab my grandma bought in cairo in the 70s, how do i figure out whose name it is'],
    [20, 'l', 'Hi! Kit here, reference librarian for Ask a Librarian at Frederick County Public Libraries.'],
    [26, 'l', 'Can you type out the signs you see, or describe them (a bird, a reed, a circle…)?'],
    [70, 'p', 'a circle with a dot, then a beetle, then a basket thing'],
    [76, 'l', 'Give me a minute, I want to check a sign list.'],
    [170, 'l', "Still looking — the circle with a dot is the sun, Ra, and the beetle is 'kheper'. Checking what the basket adds."],
    [290, 'l', "The basket is 'neb', so together the signs spell Neb-kheperu-Ra, the throne name of Tutankhamun (the sun sign is written first out of respect). Scarabs with his name were copied for centuries, so it may well be a later souvenir. How to Read Egyptian Hieroglyphs by Mark Collier and Bill Manley has a chapter on royal names; it's in our catalog at fcpl.org."],
    [296, 'l', 'Does that help you identify it?'],
    [340, 'p', 'omg tutankhamun!! yes thank you that helps so much'],
    [346, 'l', 'Is there anything else I can help with today?'],
    [380, 'p', 'nope, thats all i needed'],
    [385, 'l', 'Have fun with the scarab and thanks for writing in!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(HAL, '07 red-figure and black-figure vases: "One sec, let me pull up something citable." at 52, "hello??" at 140, answer at 173 (121 s)', [
    [0, 'p', 'what were red figure and black figure vases and which came first'],
    [15, 'l', 'Hey, welcome to Ask Us! Hal here, librarian at Baltimore County Public Library.'],
    [21, 'l', 'Is this for an art history class or just curiosity?'],
    [45, 'p', 'art history 101, I need a source I can cite'],
    [52, 'l', 'One sec, let me pull up something citable.'],
    [140, 'p', 'hello??'],
    [173, 'l', "Black-figure came first (Corinth, then Athens, from about 700 BC); red-figure was invented in Athens around 530 BC and took over. The Met's Heilbrunn Timeline of Art History has a citable essay on each: metmuseum.org/toah (search 'red-figure')."],
    [179, 'l', 'Sorry for the wait! Did that give you what you need?'],
    [210, 'p', 'yes'],
    [215, 'l', 'Anything else for the class?'],
    [240, 'p', 'no thats it thx'],
    [245, 'l', 'Good luck in art history, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 "take your time": waiting on the patron
  s(ISLA, '08 cursus honorum worksheet: "No rush, take your time." then the patron back 214 s later, hold, Oxford Reference', [
    [0, 'p', 'hi can you help me with my latin homework, its about the cursus honorum'],
    [25, 'l', 'Hello, this is Isla, librarian with Ask a Librarian at Anne Arundel County Public Library. Happy to help!'],
    [31, 'l', 'What exactly does the worksheet ask?'],
    [60, 'p', 'brb let me grab it from my bag'],
    [66, 'l', 'No rush, take your time.'],
    [280, 'p', 'ok its asking the order of the offices and the minimum ages'],
    [300, 'l', 'Let me find a good table for that.'],
    [380, 'l', "The order is quaestor, aedile (optional), praetor, consul. Minimum ages were set by the lex Villia annalis in 180 BC and later by Sulla: roughly 30 for quaestor, 36 for aedile, 39 for praetor and 42 for consul in the late Republic. The Oxford Classical Dictionary's entry 'cursus honorum' lays it out; read it in the Oxford Reference database at aacpl.net/research."],
    [386, 'l', 'Did that cover the worksheet question?'],
    [430, 'p', 'yes thank u so much'],
    [436, 'l', 'Anything else I can help with?'],
    [460, 'p', 'no im good'],
    [465, 'l', 'Great, thanks for chatting. Good luck with Latin!'],
  ], usual()),

  // 09 a transfer with notice and reason; the receiver's other chats all ended by the transfer
  s(TAMSIN, '09 Sappho fr. 31 for an MA thesis: transfer notice + internal note why, Ines at 150 with the Loeb; Ines\'s three other chats end by the transfer', [
    [0, 'p', "I'm looking for the Greek text of Sappho fragment 31 with a reliable facing translation, for a thesis chapter"],
    [20, 'l', 'Hi, thanks for contacting Ask Us Now! I am Tamsin, a librarian with the statewide service.'],
    [27, 'l', 'Is this for a graduate thesis, and can you borrow from a university library?'],
    [70, 'p', 'MA thesis at UMBC, yes I have borrowing privileges'],
    [77, 'l', "I'm going to pass you to Ines, our classics specialist, who knows the editions well. One moment please."],
    [80, 'i', 'Ines: MA student (UMBC) needs the Greek of Sappho fr. 31 with a facing translation, wants an edition recommendation. Can you take it?'],
    xfer(83, 'Ines', 'ines-eg'),
    [150, 'l', "Hello! Ines here, classics librarian. The standard critical edition is Eva-Maria Voigt's Sappho et Alcaeus. For Greek with a facing English translation, David A. Campbell's Greek Lyric I in the Loeb Classical Library is the usual choice; it's in most university libraries and online at loebclassics.com where the library subscribes.", as(INES)],
    [156, 'l', 'Would that edition work for your chapter?', as(INES)],
    [200, 'p', 'yes, Campbell is perfect'],
    [205, 'l', 'Anything else I can help you find?', as(INES)],
    [230, 'p', 'no, thank you!'],
    [235, 'l', 'Good luck with the thesis, and thanks for using Ask Us Now!', as(INES)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('i1', 'ines-eg', -200, 70), other('i2', 'ines-eg', -100, 80), other('i3', 'ines-eg', 0, 83),
      other('t1', 'tamsin-eg', -50, 400), other('t2', 'tamsin-eg', 30, 300),
    ],
  }),

  // 10 a transfer with a notice and no note; a referral by URL; final idle 119 s
  s(VAL, '10 an inherited Trajan denarius: transfer notice, no internal note, Marco at 170 with numismatics.org/ocre + ANA via money.org, goodbye 119 s later', [
    [0, 'p', 'i inherited what my dad said is a roman coin, silver, has a head and some letters. how do i find out what its worth'],
    [28, 'l', 'Good afternoon! Val at Ask a Librarian, Harford County Public Library.'],
    [34, 'l', 'Can you read any of the letters around the head? 🪙'],
    [80, 'p', 'IMP CAES NER TRAIANO something, its worn'],
    [86, 'l', "Oh fun! I'm transferring you to Marco in our special collections, he knows Roman coins way better than I do. Hang tight!"],
    xfer(90, 'Marco', 'marco-eg'),
    [170, 'l', "Hi, Marco here. IMP CAES NER TRAIANO is Trajan, emperor 98–117 AD, so most likely a silver denarius. To identify it, match the legend and the reverse in Online Coins of the Roman Empire, a free database: numismatics.org/ocre. For an opinion on whether it's genuine, contact the American Numismatic Association's authentication service through money.org.", as(MARCO)],
    [176, 'l', 'Does that give you a place to start?', as(MARCO)],
    [289, 'l', 'Thanks for bringing this to us — good luck with the coin, bye!', as(MARCO)],
  ], usual({ anything: 'fail', referral: 'pass', transfer: 'fail' })),

  // 11 a note that says no why; the receiver 125 s after the notice
  s(QUINN, '11 a Greek theater mask for a 9-year-old: notice at 60, "Dot, you free? sending one your way", Dot at 185 (125 s), getty.edu', [
    [0, 'p', 'my daughter has to make a greek theater mask for school, are there instructions somewhere?'],
    [30, 'l', "Hi! I'm Quinn at Ask Us, Prince George's County Memorial Library System."],
    [36, 'l', 'How old is she, and does it have to be comedy or tragedy?'],
    [55, 'p', 'shes 9, either one'],
    [60, 'l', "Our children's librarian Dot has done this exact craft at a program, so I'm transferring you to her. Hang on a moment!"],
    [62, 'i', 'Dot, you free? sending one your way'],
    xfer(64, 'Dot', 'dot-eg'),
    [185, 'l', 'Hi, Dot here from youth services! Sorry for the wait.', as(DOT)],
    [192, 'l', "For a 9-year-old a paper-plate mask works great. The Getty Museum's education pages have a printable Greek theater mask activity (getty.edu, search 'theater mask'), and DK Eyewitness Ancient Greece in our catalog has photos of real masks to copy.", as(DOT)],
    [198, 'l', 'Is that the kind of thing she needs?', as(DOT)],
    [240, 'p', 'yes thats great thank you'],
    [246, 'l', 'Have fun making it! Bye!', as(DOT)],
  ], usual({ informed: 'fail', anything: 'fail', transfer: 'fail' })),

  // 12 follow-up by me, done at 50 h
  s(WES, '12 mummies on a mid-Atlantic road trip (follow-up by me): e-mail typed and read back, "by Friday", done at 50 h', [
    [0, 'p', 'Planning a road trip with my kids this summer. Which museums in the mid-Atlantic have real Egyptian mummies on display?'],
    [30, 'l', 'Hi there, Wes from Ask a Librarian at Washington County Free Library. Great question!'],
    [36, 'l', 'Which states or cities will you be driving through, roughly?'],
    [90, 'p', 'MD, DC, PA, maybe NYC'],
    [96, 'l', "A few I know offhand: the Walters Art Museum in Baltimore (thewalters.org), the Penn Museum in Philadelphia (penn.museum) and the Met in New York (metmuseum.org). Galleries close for renovation now and then, so I'd like to check which have mummies on view this summer. Could I e-mail you a checked list?"],
    [140, 'p', 'yes that would be amazing. its kaylee.brandt@example.com'],
    [146, 'l', "Great, I have kaylee.brandt@example.com. You'll have the list from me by Friday."],
    [152, 'l', 'Do the three museums help you start planning in the meantime?'],
    [190, 'p', 'yes definitely'],
    [195, 'l', 'Anything else I can do for you today?'],
    [215, 'p', 'no thats all, thanks!!'],
    [220, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 follow-up by the patron's library, recorded at 80 h
  s(YUSUF, '13 Faulkner\'s Book of the Dead by ILL (follow-up by patron\'s library): phone read back, "within 2 business days", done at 80 h', [
    [0, 'p', 'hello, my library doesnt have the faulkner translation of the egyptian book of the dead (the big one with the color papyrus). can i get it somehow?'],
    [40, 'l', 'Good evening! Yusuf here, a librarian with the Ask Us Now statewide chat.'],
    [46, 'l', 'Which library system is your card with?'],
    [80, 'p', 'talbot county'],
    [88, 'l', "WorldCat shows several Maryland libraries own that edition (worldcat.org, search 'Egyptian Book of the Dead Faulkner'), so Talbot County Free Library can borrow it for you through interlibrary loan. I'll pass the request to their staff and someone there will call you to set it up. What's the best phone number?"],
    [130, 'p', '410 555 0199'],
    [136, 'l', 'Thank you, I have 410-555-0199. Expect a call from Talbot County Free Library within 2 business days.'],
    [142, 'l', 'Is that what you needed?'],
    [180, 'p', 'yes thank you. nothing else'],
    [186, 'l', 'Have a good evening!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 follow-up by me, the e-mail only in the patron fields, not recorded at day 4
  s(NELL, '14 a Pompeii chapter scan (follow-up by me): "the e-mail on your library account by tomorrow afternoon", e-mail only in patron.email, not recorded at day 4', [
    [0, 'p', 'Hi, your catalog says Pompeii: The Living City is reference only at Central. Could someone scan the chapter on the bakeries for me?'],
    [22, 'l', 'Hello, Nell at Ask a Librarian, Enoch Pratt Free Library. I can help with that.'],
    [28, 'l', 'Which chapter is it — do you have the page numbers?'],
    [70, 'p', 'chapter 6 i think, pages 140-160ish'],
    [78, 'l', "We can scan one chapter for your personal study. I'll ask the Central staff to scan pages 140–160 and send them to the e-mail on your library account by tomorrow afternoon. Meanwhile, the archaeological park's own site, pompeiisites.org, has pages on the bakeries with photos."],
    [84, 'l', 'Would a scan of those pages be enough for your paper, or do you need the whole book?'],
    [120, 'p', 'the scan is plenty, thank you'],
    [126, 'l', 'Anything else today?'],
    [140, 'p', 'no, thank you'],
    [145, 'l', 'Thank you for using Ask a Librarian!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: 'J. Okafor', email: 'jokafor@example.org', phone: null },
  }, { now: T0 + 4 * DAY }),

  // 15 a promise in a source with no codes, pending
  s(OZ, '15 Trojan War novels for a book club: "I\'ll … e-mail it to you", e-mail read back, "by Wednesday", code field left out, pending at day 1', [
    [0, 'p', 'our book club is doing the trojan war next!! can u suggest some novels, nothing too academic'],
    [26, 'l', 'Hi! Oz with Ask a Librarian here, Cecil County Public Library 🙂'],
    [32, 'l', 'How many titles are you after, and has the group already read any (The Song of Achilles, maybe)?'],
    [80, 'p', 'lol we read song of achilles last year. 3 or 4 options?'],
    [88, 'l', "Good ones: Pat Barker's The Silence of the Girls, Natalie Haynes's A Thousand Ships, and Jennifer Saint's Elektra. All three are in our catalog at cecil.ebranch.info. I'll also put together a longer list with page counts and e-mail it to you."],
    [94, 'l', "What's the best e-mail for that?"],
    [130, 'p', 'bookclub.marta@example.net'],
    [136, 'l', "Thanks! bookclub.marta@example.net — you'll have it by Wednesday."],
    [142, 'l', 'Do those three work as a start?'],
    [180, 'p', 'yes, great picks'],
    [186, 'l', 'Anything else for the club?'],
    [200, 'p', 'nope!'],
    [205, 'l', 'Thanks for chatting, happy reading!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 16 a true Lost Call, in Spanish
  s(TOMAS, '16 ¿las pirámides las construyeron esclavos? (Spanish, Lost Call): greeting only, "¿Sigue ahí?" at 160, notice + invitation at 320', [
    [0, 'p', '¿las pirámides las construyeron esclavos?'],
    [28, 'l', '¡Hola! Le saluda Tomás, bibliotecario de Ask Us Now.'],
    [160, 'l', '¿Sigue ahí?'],
    [320, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Vuelva a escribirnos cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 a Lost Call whose only work was a clarifying question; final idle exactly 180 s
  s(LOU, '17 what Romans ate for breakfast (Lost Call): a clarifying question, "Are you still with me?" at 140, thanking notice at 200 (final idle 180 s)', [
    [0, 'p', 'what did romans eat for breakfast'],
    [20, 'l', 'Hello! Lou here, librarian with the Ask Us Now chat service.'],
    [26, 'l', 'Is this for a school project? If so, what grade?'],
    [140, 'l', 'Are you still with me?'],
    [200, 'l', "Seems like you've left the chat, so I'll close it now. Thanks for stopping by!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 Lost Call after two patron lines; a notice without check-in or thanks
  s(RHEA, '18 Greek alphabet pronunciation: coded Lost Call after two patron lines, answer at 70, "It looks like you\'ve disconnected, so I\'m ending this session now." at 265', [
    [0, 'p', 'need the greek alphabet with how to pronounce each letter'],
    [24, 'l', 'Hi, Rhea at Ask a Librarian, Talbot County Free Library.'],
    [30, 'l', 'Classical (ancient) pronunciation, or modern Greek?'],
    [62, 'p', 'ancient, for my greek 1 class'],
    [70, 'l', "Dickinson College Commentaries has the alphabet with the reconstructed classical sounds and audio: dcc.dickinson.edu. The standard book on it is Vox Graeca by W. Sidney Allen, which is in our catalog."],
    [265, 'l', "It looks like you've disconnected, so I'm ending this session now."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 19 no provider ever joined
  s(QUEUE, '19 the oldest pyramid: no provider ever joined, one patron line, patron left, coded Lost Call', [
    [0, 'p', 'what is the oldest pyramid in egypt'],
    [2, 's', 'You are number 3 in line. A librarian will be with you shortly.'],
    left(185),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 ended for the provider's convenience
  s(SOL, '20 Roman names of the gods: "I\'ve spent enough time on this one and need to move on, so I\'m ending our chat here. Bye."', [
    [0, 'p', 'whats the roman name for zeus'],
    [14, 'l', 'Hi, Sol with Ask Us Now!'],
    [20, 'l', 'Do you need just the names, or the myths too?'],
    [40, 'p', 'just names'],
    [46, 'l', 'Jupiter. Theoi Greek Mythology has a chart matching the Greek and Roman names of all the gods: theoi.com. Did that help?'],
    [70, 'p', 'ok and hera? and ares? and the god of doors? and goddess of the hearth? and whats the roman name for hermes'],
    [80, 'l', "Juno, Mars, Janus, Vesta, Mercury. I've spent enough time on this one and need to move on, so I'm ending our chat here. Bye."],
    [88, 'p', 'wow rude'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting (allowed); pickedUpAt before the first line
  s(UGO, '21 Roman emperors in order: pickedUpAt 55 s, first line at 70, roman-emperors.org, "several other patrons waiting … come back to the chat later"', [
    [0, 'p', 'i need a list of all the roman emperors in order with dates'],
    [70, 'l', 'Good afternoon! Ugo here, librarian at Allegany County Library System.'],
    [76, 'l', 'Just the Western empire up to 476, or the Byzantine emperors too?'],
    [100, 'p', 'western only'],
    [106, 'l', 'De Imperatoribus Romanis, an online encyclopedia written by historians, has the full list with dates: roman-emperors.org. Is that the list you needed?'],
    [140, 'p', 'yes. also how each one died, which ones were assassinated, who their wives were, and can u make it into a chart for me'],
    [150, 'l', "Those are great questions, but I have several other patrons waiting in the queue right now, so I can't build a chart for you today. Please come back to the chat later and we'll gladly help with the rest."],
    [170, 'p', 'fine i guess'],
    [175, 'l', 'Thanks for understanding, take care!'],
  ], usual({ anything: 'fail' }), { pickedUpAt: at(55) }),

  // 22 four at once; partly Spanish
  s(PAM, '22 dioses griegos para una tarea de 3rd grade (partly Spanish): three other chats open at once (four), "es todo lo que necesitaba"', [
    [0, 'p', 'hola necesito info de los dioses griegos para una tarea de mi hijo, he is in 3rd grade'],
    [20, 'l', "¡Hola! Hi, I'm Pam, a librarian with Ask a Librarian at Frederick County Public Libraries."],
    [26, 'l', '¿Prefiere libros en español o en inglés?'],
    [55, 'p', 'español porfa'],
    [61, 'l', 'En nuestro catálogo, fcpl.org, busque "mitología griega" y filtre por idioma: español. Hay varios para niños de su edad. ¿Le sirve?'],
    [95, 'p', 'si, gracias, es todo lo que necesitaba'],
    [100, 'l', '¡Con gusto! Gracias por usar Ask a Librarian.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('p1', 'pam-eg', -300, 200), other('p2', 'pam-eg', -50, 60), other('p3', 'pam-eg', 40, 500)],
  }),

  // 23 three at most, touching ends; a restatement
  s(ZED, '23 women at the ancient Olympics, a debate: "So you need evidence that women were kept out", Pausanias on perseus.tufts.edu, touching ends (three at most)', [
    [0, 'p', 'were women allowed at the ancient olympics? im arguing they were excluded in a debate'],
    [17, 'l', 'Hello! Zed here, a librarian at Worcester County Library.'],
    [23, 'l', 'So you need evidence that women were kept out of the Games — got it.'],
    [58, 'l', "Married women were barred even from watching; Pausanias tells the story of Kallipateira, who got in disguised as a trainer (Description of Greece 5.6.7). But unmarried girls had their own races at Olympia, the Heraia (5.16.2–4), which the other side may bring up. Pausanias is free in English on the Perseus Digital Library, perseus.tufts.edu. Is that what you needed?"],
    [95, 'p', 'yesss perfect'],
    [100, 'l', 'Anything else for the debate?'],
    [120, 'p', 'no'],
    [124, 'l', 'Go win that debate — bye!'],
  ], usual(), {}, {
    otherIntervals: [other('z1', 'zed-eg', -400, 0), other('z2', 'zed-eg', -60, 300), other('z3', 'zed-eg', 10, 129), other('z4', 'zed-eg', 129, 600)],
  }),

  // 24 greeting over two lines; two referrals with contacts; the patron comes back
  s(BEA, '24 interviewing an Egyptologist for history fair: "Hey there, welcome! 👋" + "I\'m Bea …", a department by phone + ARCE by URL, patron back after a check-in', [
    [0, 'p', 'hi! for my history fair project i want to interview an actual egyptologist. how would i even find one??'],
    [19, 'l', 'Hey there, welcome! 👋'],
    [23, 'l', "I'm Bea, a teen services librarian at Anne Arundel County Public Library."],
    [29, 'l', 'When is the project due, and would a phone or video interview work?'],
    [70, 'p', 'due march 20, video is fine'],
    [77, 'l', "Two good places to ask: the Department of Near Eastern Studies at Johns Hopkins (their main office is 410-555-0147), and the Chesapeake chapter of the American Research Center in Egypt, which you can write to through arce.org/chapters. Grad students are often happy to help with school projects."],
    [82, 'l', 'Does that give you somewhere to start?'],
    [215, 'l', 'Are you still there?'],
    [240, 'p', 'sorry!! my mom needed me. yes that helps a lot thank you'],
    [246, 'l', 'No problem! Anything else I can help with for the project?'],
    [270, 'p', 'no thats all'],
    [275, 'l', 'Good luck at the history fair! Come back anytime.'],
  ], usual({ referral: 'pass' })),

  // 25 a referral with an address and one with nothing; final idle exactly 120 s, no check-in
  s(TAM, '25 a grandfather\'s shabti: brooklynmuseum.org, the Walters by street address + an ASA appraiser with no contact, goodbye exactly 120 s after the answer', [
    [0, 'p', 'my grandfather brought back a little blue egyptian figure from a trip in 1950. how do i find out if its real and what its worth'],
    [30, 'l', "Hi! You've reached Ask Us Now — this is Tam at the Howard County Library System."],
    [36, 'l', 'Does it have any writing on it, and roughly how tall is it?'],
    [80, 'p', 'about 4 inches, rows of little symbols down the front'],
    [87, 'l', "That sounds like a shabti (or ushabti), a small servant figure placed in tombs; many sold to travellers were modern copies. The Brooklyn Museum's online collection has authentic ones to compare: brooklynmuseum.org/opencollection (search 'shabti'). To have it looked at, you could take it to the Walters Art Museum at 600 N. Charles St. in Baltimore and ask for the Egyptian curator, and for a value, ask an appraiser certified by the American Society of Appraisers."],
    [93, 'l', 'Is that what you were hoping to find out?'],
    [207, 'l', 'Thanks for chatting with Ask Us Now!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 26 an offer of more; the patron ends it; code null
  s(DINA, '26 printable hieroglyph alphabet for a 7th birthday: penn.museum, "Want me to look for … craft books … too?", patron "nope thats all i need, ty! bye" last, code null', [
    [0, 'p', 'throwing an egypt themed bday party for my 7yo, is there a printable hieroglyph alphabet so the kids can write their names'],
    [16, 'l', "Hi!! Dina from Ask a Librarian at St. Mary's County Library here 🎉"],
    [22, 'l', 'Do you want a fun simplified one for little kids, or the more accurate version?'],
    [50, 'p', 'simple is fine, they are 7'],
    [56, 'l', "The Penn Museum's 'Write Your Name in Hieroglyphs' page gives a sign for each English letter and prints nicely: penn.museum (search 'hieroglyphs'). Kids love stamping their names."],
    [62, 'l', 'Want me to look for some Egyptian-themed craft books for the party too?'],
    [95, 'p', 'nope thats all i need, ty! bye'],
  ], usual({ complete: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 27 an upset patron; no greeting in the first two lines; a source before any question
  s(JON, '27 the Iliad on Libby, upset patron: "Ugh, sorry about that wait list", gutenberg.org before any question, "I\'m Jon, by the way" third, "Bear with me"', [
    [0, 'p', 'your libby app is garbage. it says 16 week wait for the iliad and I NEED IT FOR CLASS ON MONDAY'],
    [21, 'l', "Ugh, sorry about that wait list — that's frustrating, especially with a deadline."],
    [27, 'l', "The Iliad itself is public domain, so you can read Samuel Butler's translation free right now at gutenberg.org. We also have print copies of the Lattimore translation on the shelf (search bcpl.info)."],
    [33, 'l', "I'm Jon, by the way, a librarian at Baltimore County Public Library."],
    [60, 'p', 'we have to use the FAGLES one. the page numbers have to match the syllabus'],
    [66, 'l', 'Got it — do you need it in print, or would an e-book work if we can find one faster?'],
    [90, 'p', 'print obviously'],
    [96, 'l', 'Bear with me, checking the branches.'],
    [150, 'l', 'Fagles is on the shelf right now at Catonsville and Essex. Place a hold at bcpl.info and pick whichever branch is closer; holds from the shelf are usually ready the next day.'],
    [156, 'l', 'Will that get you what you need by Monday?'],
    [190, 'p', 'fine. whatever. thanks i guess'],
    [196, 'l', 'Anything else I can do for you?'],
    [210, 'p', 'no'],
    [214, 'l', 'Good luck with the Iliad, and thanks for your patience today.'],
  ], usual({ greeting: 'fail', clarify: 'fail' })),

  // 28 Spanish; a referral by phone
  s(LUPE, '28 una traducción de la Odisea en prosa (Spanish): García Gual, prattlibrary.org, a classics department by phone, "Eso sería todo"', [
    [0, 'p', 'Buenas noches. Busco una buena traducción de la Odisea al español para leer con mi club de lectura.'],
    [45, 'l', '¡Buenas noches y bienvenida! Soy Lupe, bibliotecaria del servicio Ask Us Now.'],
    [52, 'l', '¿Prefieren una traducción en verso o en prosa?'],
    [110, 'p', 'En prosa, que sea fácil de leer. Somos de Baltimore.'],
    [118, 'l', 'La traducción en prosa de Carlos García Gual (Alianza Editorial) es muy recomendada y se lee muy bien. Búsquela en el catálogo de la Biblioteca Pratt, prattlibrary.org; si no la tienen, se puede pedir por préstamo interbibliotecario. Y si el club quiere una charla sobre la obra, el Departamento de Clásicas de Johns Hopkins a veces recibe grupos: llame a su oficina al 410-555-0163.'],
    [124, 'l', '¿Es lo que buscaban?'],
    [170, 'p', 'Sí, perfecto. Eso sería todo, muchas gracias.'],
    [176, 'l', '¡Un placer! Gracias por escribirnos y buenas noches.'],
  ], usual({ referral: 'pass' })),

  // 29 an answer with no source; a check-in and no goodbye
  s(FAY, '29 was Cleopatra Egyptian or Greek (terse): an answer from memory, "does that settle it?", "u still there?" at 165, endedAt at 175 (final idle 129 s)', [
    [0, 'p', 'was cleopatra egyptian or greek'],
    [12, 'l', 'hi, Fay @ Ask a Librarian, Garrett County Public Library'],
    [18, 'l', 'what do you need it for? school?'],
    [40, 'p', 'settling an argument w my bf lol'],
    [46, 'l', "ha ok. she was from the Ptolemaic dynasty, descended from one of Alexander the Great's Macedonian generals, so her family line was Greek, but she was born in Egypt, ruled it, and was the first of her family to speak Egyptian. so... both, kind of 😄"],
    [50, 'l', 'does that settle it?'],
    [165, 'l', 'u still there?'],
  ], usual({ source: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 10 }),

  // 30 a statement that is not a check-in; final idle 179 s; code ""
  s(MO, '30 Doric, Ionic and Corinthian columns: khanacademy.org, "I haven\'t heard from you in a while." at 170, goodbye at 239 (final idle 179 s), code ""', [
    [0, 'p', 'whats the difference between doric ionic and corinthian columns'],
    [20, 'l', 'Hi! This is Mo, a librarian at Charles County Public Library.'],
    [26, 'l', 'Do you need pictures too, or just the descriptions?'],
    [50, 'p', 'pictures pls'],
    [60, 'l', "Doric is the plainest, with a simple rounded cap; Ionic has the scroll-shaped volutes; Corinthian has the acanthus leaves. Khan Academy's art history section has a labelled diagram of all three: khanacademy.org (search 'Greek architectural orders'). Does that help?"],
    [170, 'l', "I haven't heard from you in a while."],
    [239, 'l', 'Thanks for using Ask a Librarian, bye for now!'],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => EGYPT.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-fourth round: ancient Egypt and the ancient world, checked', () => {
  describeSessions('whole sessions', EGYPT.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', EGYPT.filter((c) => c.name in LEFT_WHY));
});
