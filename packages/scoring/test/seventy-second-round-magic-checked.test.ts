/**
 * Seventy-second round, theme MAGIC TRICKS, CIRCUS AND JUGGLING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: card-trick books for a 10-year-old, coin magic (Bobo, Roth), the ambitious
 * card in "The Royal Road to Card Magic", magic clubs (IBM rings, a SAM assembly), a museum of magic in Michigan, public-domain
 * magic posters at the Library of Congress, biographies of magicians (Houdini for adults and in Spanish for sixth grade,
 * Robert-Houdin, Richard Potter), circus history (the Ringlings and Circus World, the big top, Cirque du Soleil, the Peru,
 * Indiana winter quarters, the Circo Atayde Hermanos in Spanish), juggling (an adult class in Columbia MD, borrowing props, the
 * first seven-ball juggler, the cascade, a diabolo), clown and circus schools and camps, and hiring or being hired as a
 * performer (a PTA family night, a juggler seeking library gigs, a magician whose chat no one picked up). Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/magic-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! Roz here, youth services librarian at …" (01); a pickup at exactly 60 s (02: pass) and at 61 s
 *   (03: fail); Spanish "¡Buenas tardes! Habla Lupe, bibliotecaria de …" (04), "¡Hola! Soy Enrique …" (14), "¡Hola! Le
 *   atiende Bruno …" (28); "Hello! How can I help today?" under the screen name "Desk 3" (07: no one identified, fail); a
 *   hold and a question as the first two provider lines, the introduction only third ("Perdón, no me presenté: soy Dora …",
 *   30: fail); chat-speak "hiya, Rafa at Ask a Librarian, Sacramento Public Library 👋" (17); `pickedUpAt` at 30 s with the
 *   first visible line at 170 (26); a connecting line and no provider ever (20);
 *  inquiry: pictures or videos, in person or online, balls or flow toys, budget and county, grade and number of sources,
 *   branch, record or competition, language, talk date and length, day camp or overnight, kids or adults, print quality,
 *   "Shall we start with the three-ball cascade?", "Do you already know a double lift?"; the first source given before "What
 *   grade is the paper for …?" (06: fail); a restatement with no question mark ("So you want a book that teaches coin sleights
 *   like the classic palm from the ground up.", 25: pass);
 *  waits: "One moment." at 76 answered at 197 (05: 121 s, fail); a transfer notice answered 118 s later by the receiver (16:
 *   pass); a silent transfer, the receiver 75 s after the patron (15: pass); "No rush, take your time." then the patron back
 *   200 s later, then a hold answered exactly 120 s later (27: pass); a hold at 66, the patron writing at 100, the answer at
 *   191 (28: 125 s from the hold, fail); 140 s between `pickedUpAt` and the first visible line (26: fail);
 *  endings: a Lost Call with only a greeting, "Hello? Are you still there?" at 130 and "It seems you've left the chat, so I'll
 *   close it now. Feel free to come back anytime …" at 200 (08: final idle 170 s: idle pass, disconnect na); a goodbye exactly
 *   120 s after the answer with no check-in (09: idle fail); "You still there?" and "Seems we lost the connection, so I'm going
 *   to end this chat now." with `endedAt` on the notice (10: final idle exactly 180 s, both pass, no goodbye so courteous
 *   fails); "It looks like you've stepped away, so I'll close this chat. Thanks …" with no check-in (11: final idle 224 s,
 *   idle fails, disconnect passes); "Sorry, chats are limited to 10 minutes and your time is up." then "Bye." (12: dismissal);
 *   "several people waiting in the queue, so please chat back in later …; we're here 24/7. Thanks for chatting!" with the
 *   patron's "ok fine" last (13: allowed); goodbyes "Take care and keep those balls in the air!", "Hasta luego.", "Enjoy! Bye
 *   for now.", "¡Que se diviertan! Adiós.", "Thanks for reaching out, and break a leg!", "Happy shuffling, bye!", "¡Con gusto!
 *   Suerte el viernes, hasta pronto."; patron-side "thats all i needed 🙏", "es todo lo que necesitaba", "that's all for me",
 *   "no more questions!", "that was all.", "thats everything", "si, es todo", and "ya thx", "sure thx", "yes cool, thanks",
 *   "si gracias!!", "ok kinda" that do not count;
 *  sources: catalogs (hclib.org, hclibrary.org, mysapl.org, catalog.slpl.org, bklynlibrary.org, chipublib.org, lapl.org,
 *   tulsalibrary.org, denverlibrary.org), named books, named databases (Gale In Context: High School, Britannica Library,
 *   Oxford Reference, Fuente Académica), juggling.org, magician.org, circusworld.wisc.edu, circushof.com, gutenberg.org,
 *   loc.gov, arts.delaware.gov, cirquedusoleil.com; none but "the World Clown Association" named with no way to reach it
 *   (29: fail);
 *  referrals: "contact the Society of American Magicians' Denver assembly through their site, magicsam.com" (02: pass); "give
 *   Columbia Association a call" with no number (03: fail); "you can write to their archivist through circushof.com" (15:
 *   pass); "Call ahead" to a museum whose URL is in the same message (18: pass, LEFT); "It's worth reaching out to the World
 *   Clown Association" (29: fail); a library's programming office that will call the patron (23: na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done in 50 h (21: pass); a promise to e-mail a list to the
 *   address the patron typed, no time, coded Answered (22: code and contact fail, on_time pending); FU_LIB, phone read back,
 *   "within 72 hours", done after 80 h (23: on_time fails); FU_ME with "by Friday" and the e-mail only in `patron.email`,
 *   nothing recorded at day 4 (24: contact and on_time fail, code passes);
 *  codes: a true Lost Call (08); Lost Call with three patron lines and no provider (20); null (25); Practice (19);
 *  transfers: a Spanish notice (a hold) and an internal note that says why (14: pass); an internal note only, silent to the
 *   patron (15: fail); a notice with no internal note (16: fail);
 *  concurrency: three others open at once with this one, four in all (17: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (18: three at most, pass).
 *  privacy: patron e-mails typed and read back (21, 22), a patron e-mail typed unasked with no follow-up (30), a patron phone
 *   read back (23), an e-mail only in the patron field (24).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt` at 30 s and the first visible line at 170 (26): pickup passes on `pickedUpAt`; keep_informed counts "after
 *   pickup", so the 140 s from `pickedUpAt` to the first visible provider line is a wait on the provider longer than 120 s
 *   (fail);
 * - a hold answered exactly 120 s later (27) is not "longer than" 120 s; a patron line during a hold does not restart the span
 *   ("Further patron messages while it lasts do not restart it", 28: 125 s, fail);
 * - `endedAt` on the disconnect notice (10): the final idle runs to `endedAt` (180 s) and the notice at that instant is sent
 *   during it;
 * - a referral tells the patron to contact or visit: "contact … through their site, magicsam.com" (02), "give … a call" (03),
 *   "you can write to their archivist through circushof.com" (15), "Call ahead" (18), "worth reaching out to …" (29) are
 *   referrals; "I'll pass your question to their programming office so someone there can contact you" (23) tells the patron
 *   to contact no one (na); a party "comes with" a way to reach it when its URL is in the same message (18);
 * - "Take care …", "Hasta luego.", "hasta pronto", "Adiós." say goodbye; "es todo" / "es todo lo que necesitaba" / "that was
 *   all." say explicitly that the patron is done;
 * - "Shall we start with the three-ball cascade?" and "Do you already know a double lift?" are questions about the need that
 *   shape the answer;
 * - "It looks like you've stepped away, so I'll close this chat" tells the patron they seem to have gone and the session will
 *   end (11: disconnect pass) and asks nothing (no check-in);
 * - "the World Clown Association" named with no URL, phone or address is not a source (29), but the message still gives an
 *   answer, so "Does that help?" after it passes completeness;
 * - "chats are limited to 10 minutes and your time is up" (12) tells the patron their time is up, and "Bye." offers no way
 *   back.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 18: "The American Museum of Magic is in Marshall, MI; hours and tour booking are at
 *    americanmuseumofmagic.org. Call ahead, …" read as a referral without contact (fail; RUBRIC pass: the museum's URL is
 *    given).
 * Every timing check (pickup at 60, 61 s and by `pickedUpAt`, no provider; keep_informed at 118, 120, 121 and 125 s, after a
 * transfer, "take your time", 140 s after `pickedUpAt`; final idles of 120, 170, 180 and 224 s; concurrency at four and at
 * touching ends; on_time done at 50 h, late at 80 h, missing at day 4, pending at day 1) scored as labelled on the first run.
 * The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * RUBRIC v65 (block AE, made after this file from its LEFT cases among others): case 18 (AE6: "Call ahead, …" calls the museum
 *   named before it, whose URL is given) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The service's own connecting line (system). */
const connecting = (sec: number, n = 1): Line => [sec, 's', `Connecting you to a librarian... (position ${n})`];

const ROZ: Prov = { id: 'roz-m', name: 'Roz', library: 'HCL-MN' };
const MAXINE: Prov = { id: 'maxine-m', name: 'Maxine', library: 'ASKCO' };
const DANA: Prov = { id: 'dana-m', name: 'Dana', library: 'HCLS-MD' };
const LUPE: Prov = { id: 'lupe-m', name: 'Lupe', library: 'SAPL' };
const BEN: Prov = { id: 'ben-m', name: 'Ben', library: 'DELIB' };
const CORA: Prov = { id: 'cora-m', name: 'Cora', library: 'MPL-WI' };
const DESK3: Prov = { id: 'desk3-m', name: 'Desk 3', library: 'SLPL' };
const ELI: Prov = { id: 'eli-m', name: 'Eli', library: 'AUN' };
const FAY: Prov = { id: 'fay-m', name: 'Fay', library: 'SPL-WA' };
const GUS: Prov = { id: 'gus-m', name: 'Gus', library: 'THPL' };
const HANA: Prov = { id: 'hana-m', name: 'Hana', library: 'BKLYN' };
const IVAN: Prov = { id: 'ivan-m', name: 'Ivan', library: 'KIN-OH' };
const JADE: Prov = { id: 'jade-m', name: 'Jade', library: 'AU247' };
const KIKE: Prov = { id: 'kike-m', name: 'Enrique', library: 'LAPL' };
const MARA: Prov = { id: 'mara-m', name: 'Mara', library: 'LAPL' };
const LIAM: Prov = { id: 'liam-m', name: 'Liam', library: 'ISL' };
const NORA: Prov = { id: 'nora-m', name: 'Nora', library: 'ISL' };
const OTTO: Prov = { id: 'otto-m', name: 'Otto', library: 'MCL-OR' };
const PIA: Prov = { id: 'pia-m', name: 'Pia', library: 'MCL-OR' };
const RAFA: Prov = { id: 'rafa-m', name: 'Rafa', library: 'SACPL' };
const SAGE: Prov = { id: 'sage-m', name: 'Sage', library: 'LM-MI' };
const TRAINEE: Prov = { id: 'trainee-m', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-m', name: 'Queue', library: 'VRQ' };
const TESS: Prov = { id: 'tess-m', name: 'Tess', library: 'NHSL' };
const VERA: Prov = { id: 'vera-m', name: 'Vera', library: 'APL-TX' };
const WALT: Prov = { id: 'walt-m', name: 'Walt', library: 'AUN' };
const XAVIER: Prov = { id: 'xavier-m', name: 'Xavier', library: 'BPL-MA' };
const YARA: Prov = { id: 'yara-m', name: 'Yara', library: 'CPL-IL' };
const ZED: Prov = { id: 'zed-m', name: 'Zed', library: 'HPL-CT' };
const ABBY: Prov = { id: 'abby-m', name: 'Abby', library: 'TCCL' };
const BRUNO: Prov = { id: 'bruno-m', name: 'Bruno', library: 'HPL-TX' };
const CASS: Prov = { id: 'cass-m', name: 'Cass', library: 'NPL-TN' };
const DORA: Prov = { id: 'dora-m', name: 'Dora', library: 'DPL-CO' };

const s = session;

export const MAGIC: SessionCase[] = [
  // 01 the plain good session
  s(ROZ, '01 card-trick books for a 10-year-old: "Good morning! Roz here", pictures or videos asked, two books and hclib.org, "thats all i needed 🙏"', [
    [0, 'p', 'hi my son is 10 and obsessed w card tricks, any good books for beginners?'],
    [22, 'l', 'Good morning! Roz here, youth services librarian at Hennepin County Library.'],
    [28, 'l', 'Does he like learning from pictures and diagrams, or would he rather watch videos?'],
    [70, 'p', 'pictures, he hates videos lol'],
    [77, 'l', 'Then try "Card Tricks for Kids" by Oliver Ho, or the card chapter of Mark Wilson\'s "Complete Course in Magic". Both are in our catalog at hclib.org: search the title and place a hold.'],
    [83, 'l', 'Are those the kind of thing you had in mind?'],
    [120, 'p', 'perfect, placing holds now. thats all i needed 🙏'],
    [125, 'l', 'Happy reading to you both, and thanks for chatting!'],
  ], usual()),

  // 02 pickup at exactly 60 s; the SAM assembly by URL
  s(MAXINE, '02 magic clubs around Denver: pickup at exactly 60 s, in person or online asked, IBM ring finder and "contact the SAM Denver assembly through magicsam.com"', [
    [0, 'p', "Are there any magic clubs around Denver? I'm 45 and just getting into close-up magic"],
    [60, 'l', "Hi there, you're chatting with Maxine, a librarian with AskColorado."],
    [66, 'l', 'Are you looking for a club that meets in person, or would online meetings work too?'],
    [100, 'p', 'in person pls'],
    [106, 'l', 'The International Brotherhood of Magicians has local chapters called rings; the ring finder is at magician.org (Find a Ring). You can also contact the Society of American Magicians\' Denver assembly through their site, magicsam.com.'],
    [112, 'l', 'Does that give you a place to start?'],
    [150, 'p', 'yes! ok cool'],
    [155, 'l', 'Anything else I can look up?'],
    [170, 'p', 'no thats it'],
    [174, 'l', 'Have fun with the cards. Bye!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s; "give Columbia Association a call" with no number
  s(DANA, '03 adult juggling class in Columbia MD (chat-speak): pickup at 61 s, balls or flow toys asked, a Klutz book, "give Columbia Association a call" with no contact', [
    [0, 'p', 'yo do u know anywhere that teaches juggling to grown ups in columbia md'],
    [61, 'l', "Hey there! You've got Dana at Howard County Library System. Sorry to keep you waiting."],
    [67, 'l', 'What kind of juggling: balls and clubs, or more like poi and flow toys?'],
    [110, 'p', 'balls, total beginner'],
    [117, 'l', 'To start at home, "Juggling for the Complete Klutz" by Cassidy and Rimbeaux is in our catalog at hclibrary.org. For a class, give Columbia Association a call; they\'ve run beginner juggling workshops before.'],
    [123, 'l', 'Is that helpful?'],
    [160, 'p', 'ya thx'],
    [165, 'l', 'Take care and keep those balls in the air!'],
  ], usual({ pickup: 'fail', anything: 'fail', referral: 'fail' })),

  // 04 Spanish throughout
  s(LUPE, '04 libros de magia en español para una niña de 8 años (Spanish): "Habla Lupe", español o bilingüe, mysapl.org, "es todo lo que necesitaba"', [
    [0, 'p', 'buenas tardes, mi hija de 8 años quiere aprender magia, hay libros en español??'],
    [25, 'l', '¡Buenas tardes! Habla Lupe, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [31, 'l', '¿Prefiere libros solo en español, o también le sirven bilingües?'],
    [80, 'p', 'en español porfa, ella no lee bien ingles todavia'],
    [86, 'l', 'Le recomiendo "Magia para niños" de Daniel Mosquera; lo puede apartar en el catálogo en mysapl.org (busque "magia" y filtre por idioma). En la Central hay varios más en la sección infantil.'],
    [92, 'l', '¿Es lo que buscaba?'],
    [140, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [146, 'l', '¡Con gusto! Que se diviertan con los trucos. Hasta luego.'],
  ], usual()),

  // 05 a hold answered 121 s later
  s(BEN, '05 PTA family night performer: budget and county asked, "one moment" at 76 answered at 197 (121 s), Delaware touring artist directory', [
    [0, 'p', 'Hello, I run the PTA at our elementary school and want to hire a magician or juggler for family night. Where do I even look?'],
    [18, 'l', "Hello and thanks for writing in! This is Ben at Delaware Libraries' Ask a Librarian."],
    [24, 'l', "What's your budget, roughly, and which county is the school in?"],
    [70, 'p', 'maybe $400, New Castle county'],
    [76, 'l', 'Let me pull up the performer directory our libraries use. One moment.'],
    [197, 'l', 'Sorry for the wait. The Delaware Division of the Arts keeps a Touring Artist Directory, with magic and juggling acts and their fees, at arts.delaware.gov (Programs > Touring Artist Directory). Several are in your range.'],
    [203, 'l', 'Would that work as a starting point?'],
    [240, 'p', 'yes this is great thank you!!'],
    [246, 'l', "You're welcome! Good luck with family night, bye now."],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 06 the source comes before the question
  s(CORA, '06 Ringling Brothers for a 10th-grade paper: Circus World and a Harlow book given first, then "What grade is the paper for…?"', [
    [0, 'p', 'i need sources on the history of the ringling brothers circus for a school paper'],
    [20, 'l', 'Hi, Cora at Madison Public Library here!'],
    [26, 'l', 'Circus World in Baraboo has the Robert L. Parkinson Library and Research Center, with online collections at circusworld.wisc.edu. Also try the book "The Ringlings: Wizards of the Circus" by Alvin Harlow.'],
    [32, 'l', 'What grade is the paper for, and how many sources do you need?'],
    [80, 'p', '10th grade, need 3 sources, one has to be a book'],
    [86, 'l', 'Then the Harlow book plus two articles from Gale In Context: High School (madisonpubliclibrary.org > Research > Databases) should cover it. Does that help?'],
    [130, 'p', 'yes thanks so much thats everything'],
    [136, 'l', 'Good luck with your paper, bye!'],
  ], usual({ clarify: 'fail' })),

  // 07 a greeting that names no one, under the screen name "Desk 3"
  s(DESK3, '07 the best Houdini biography: "Hello! How can I help today?" under "Desk 3" (no one identified), Silverman and Kalush, "that\'s all for me"', [
    [0, 'p', 'Whats the best biography of Houdini? adult level'],
    [14, 'l', 'Hello! How can I help today?'],
    [20, 'l', 'Are you after a full-length biography or something shorter?'],
    [55, 'p', 'full length, I like long books'],
    [61, 'l', 'Kenneth Silverman\'s "Houdini!!!: The Career of Ehrich Weiss" is the standard one; "The Secret Life of Houdini" by Kalush and Sloman is a livelier read. Both can be requested through catalog.slpl.org.'],
    [67, 'l', 'Was that the kind of thing you were after?'],
    [110, 'p', "great thanks. that's all for me"],
    [114, 'l', 'Enjoy! Bye for now.'],
  ], usual({ greeting: 'fail' })),

  // 08 a true Lost Call, final idle 170 s
  s(ELI, '08 is there still a clown school (Lost Call): greeting only, "Hello? Are you still there?" at 130, "seems you\'ve left … come back anytime" at 200 (final idle 170 s)', [
    [0, 'p', 'is there a clown school in the US still?'],
    connecting(2),
    [30, 'l', "Hi, I'm Eli, a librarian at Ask Us Now."],
    [130, 'l', 'Hello? Are you still there?'],
    left(150),
    [200, 'l', "It seems you've left the chat, so I'll close it now. Feel free to come back anytime with your clown school question!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 a goodbye exactly 120 s after the answer, no check-in
  s(FAY, '09 borrowing juggling props: answer at 56, goodbye at 176 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'can i check out juggling balls or props at the library? heard some places lend them'],
    [15, 'l', 'Hi, Fay at The Seattle Public Library here, thanks for asking!'],
    [21, 'l', 'Which branch do you usually go to?'],
    [50, 'p', 'ballard'],
    [56, 'l', "We don't lend juggling gear yet, but everything we do lend is listed at spl.org/library-of-things. Does that answer it?"],
    [176, 'l', 'Thanks for chatting today. Bye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 10 final idle exactly 180 s: check-in and notice, no goodbye
  s(GUS, '10 first seven-ball juggler: answer at 70, "You still there?" at 190, "Seems we lost the connection … end this chat" at 250 = endedAt (final idle 180 s)', [
    [0, 'p', 'who was the first person to juggle 7 balls'],
    [18, 'l', 'Hi! Gus with Tampa-Hillsborough County Public Library here.'],
    [24, 'l', 'Do you mean the first on record, or the first in a competition?'],
    [60, 'p', 'on record i guess'],
    [70, 'l', 'The Juggling Information Service keeps a numbers-juggling record list at juggling.org/records. Enrico Rastelli is usually credited with early seven- and eight-ball work in the 1920s.'],
    [76, 'l', 'Does that help?'],
    [190, 'l', 'You still there?'],
    [250, 'l', "Seems we lost the connection, so I'm going to end this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 0 }),

  // 11 a notice with a goodbye but no check-in, final idle 224 s
  s(HANA, '11 the red-covered circus elephant picture book: "Is that the one?" at 82, "looks like you\'ve stepped away, so I\'ll close this chat. Thanks…" at 300, no check-in', [
    [0, 'p', 'looking for a kids book about a circus elephant, my daughter remembers the cover is red'],
    [20, 'l', 'Hey! Hana from Brooklyn Public Library chat here.'],
    [26, 'l', 'Do you remember roughly when she read it, and was it a picture book?'],
    [70, 'p', 'picture book, last year at school'],
    [76, 'l', 'It might be "Circus Ship" by Chris Van Dusen: bright red cover, lots of animals. You can see the cover in our catalog at bklynlibrary.org.'],
    [82, 'l', 'Is that the one?'],
    [300, 'l', "It looks like you've stepped away, so I'll close this chat. Thanks for reaching out, come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 12 "your time is up"
  s(IVAN, '12 three balls, four balls, clubs and a unicycle: "chats are limited to 10 minutes and your time is up." then "Bye."', [
    [0, 'p', 'how do i learn to juggle 3 balls, also 4, also clubs, also how to ride a unicycle'],
    [16, 'l', "Hi, Ivan here with KnowItNow, Ohio's ask-a-librarian service."],
    [22, 'l', 'Shall we start with the three-ball cascade?'],
    [50, 'p', 'yes'],
    [56, 'l', 'The Juggling Information Service has a step-by-step cascade tutorial at juggling.org/help/3b. Did that help?'],
    [100, 'p', 'kinda. now 4 balls? and clubs? and the unicycle?? and where to buy one'],
    [108, 'l', 'Sorry, chats are limited to 10 minutes and your time is up.'],
    [112, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 13 other people waiting, a way back; the patron has the last word
  s(JADE, '13 circus vs carnival, the big top, clowns: Britannica Library for the big top, "several people waiting … chat back in later … we\'re here 24/7", patron "ok fine" last', [
    [0, 'p', 'whats the diff between a circus and a carnival. and also history of the big top. and also famous clowns. and why are clowns scary lol'],
    [19, 'l', "Hi, I'm Jade, a librarian with Ask Us 24/7. Lots of good questions!"],
    [25, 'l', 'Which one matters most right now? Is this for a class?'],
    [60, 'p', 'for a class, the big top history'],
    [66, 'l', 'Start with the "circus" article in Britannica Library (free with your library card from your library\'s databases page); it covers the canvas big top from the 1820s on. Did that answer the big-top part?'],
    [110, 'p', 'yes. ok now the clowns'],
    [118, 'l', "I have several people waiting in the queue, so please chat back in later for the clown questions; we're here 24/7. Thanks for chatting!"],
    [130, 'p', 'ok fine'],
  ], usual({ anything: 'fail' })),

  // 14 a transfer announced in Spanish, with a note that says why
  s(KIKE, '14 bilingual magic-trick books for a 6-year-old (Spanish/English): "Le voy a pasar con mi compañera Mara … Un momento" + internal note, Mara 64 s after the notice', [
    [0, 'p', 'hola, busco libros de trucos de magia for my 6 year old, bilingual if possible'],
    [22, 'l', '¡Hola! Soy Enrique, bibliotecario de Los Angeles Public Library.'],
    [28, 'l', '¿Los quiere en español, en inglés o bilingües? / Spanish, English or bilingual?'],
    [60, 'p', 'bilingual pls'],
    [66, 'l', 'Le voy a pasar con mi compañera Mara, de la sección infantil; ella conoce mejor esa colección. Un momento, por favor.'],
    [69, 'i', 'Mara, can you take this one? Bilingual magic-trick books for a 6yo; the kids collection is yours.'],
    xfer(72, 'Mara', 'mara-m'),
    [130, 'l', '¡Hola! Soy Mara, de la sección infantil. En el catálogo en lapl.org busque "magic tricks juvenile" y filtre por idioma; "Magic Tricks / Trucos de magia" de la serie bilingüe de Capstone tiene fotos paso a paso.', as(MARA)],
    [136, 'l', '¿Le sirve?', as(MARA)],
    [170, 'p', 'si gracias!! thats all'],
    [175, 'l', '¡Que se diviertan! Adiós.', as(MARA)],
  ], usual({ transfer: 'pass' })),

  // 15 a silent transfer (internal note only); the receiver in time
  s(LIAM, '15 a grandfather at the Peru, Indiana circus winter quarters: internal note, silent transfer, Nora 75 s after the patron, "write to their archivist through circushof.com"', [
    [0, 'p', 'my grandpa worked at the circus winter quarters in Peru Indiana in the 1940s, any records of employees?'],
    [24, 'l', "Good evening! I'm Liam, a librarian with the Indiana State Library's Ask-a-Librarian."],
    [30, 'l', 'Do you know which circus he worked for? Several wintered there.'],
    [75, 'p', 'hagenbeck-wallace i think'],
    [80, 'i', 'Nora: Peru IN circus employee records, Hagenbeck-Wallace 1940s. You know the Miami County collections, can you take it?'],
    xfer(83, 'Nora', 'nora-m'),
    [150, 'l', 'Hello, Nora from Indiana history here. The International Circus Hall of Fame in Peru holds Hagenbeck-Wallace route books and some staff lists; you can write to their archivist through circushof.com. Indiana Memory (digital.library.in.gov) also has circus photos from Peru.', as(NORA)],
    [156, 'l', 'Does that help you get started?', as(NORA)],
    [200, 'p', 'yes thank you!'],
    [205, 'l', 'Thanks for using Ask-a-Librarian, good luck!', as(NORA)],
  ], usual({ anything: 'fail', referral: 'pass', transfer: 'fail' })),

  // 16 a transfer announced, no note why; the receiver 118 s after the notice
  s(OTTO, '16 Robert-Houdin for a report: "Transferring you now, hang on a moment." with no internal note, Pia 118 s later, Gutenberg and Oxford Reference, "no more questions!"', [
    [0, 'p', "Doing a report on Jean Eugene Robert-Houdin, need something in english that isnt wikipedia"],
    [20, 'l', 'Hi, this is Otto from Ask a Librarian at Multnomah County Library.'],
    [26, 'l', 'How long is the report, and do you need print or online sources?'],
    [60, 'p', '5 pages, either'],
    [66, 'l', 'Our performing-arts librarian can dig deeper on this. Transferring you now, hang on a moment.'],
    xfer(70, 'Pia', 'pia-m'),
    [184, 'l', 'Hi, Pia here! Robert-Houdin\'s own memoirs are in English as "Memoirs of Robert-Houdin", free at gutenberg.org, and Oxford Reference (multcolib.org > Research) has a solid biographical entry.', as(PIA)],
    [190, 'l', 'Is that enough to get going?', as(PIA)],
    [240, 'p', 'yes perfect. no more questions!'],
    [245, 'l', 'Great, take care, bye!', as(PIA)],
  ], usual({ transfer: 'fail' })),

  // 17 four at once
  s(RAFA, '17 diabolo tricks (emoji): three other chats open at once with this one (four)', [
    [0, 'p', 'where can i learn diabolo tricks?? 🪀'],
    [12, 'l', 'hiya, Rafa at Ask a Librarian, Sacramento Public Library 👋'],
    [18, 'l', 'just starting out, or do you already have one?'],
    [40, 'p', 'got one for my bday, cant do anything lol'],
    [46, 'l', 'lol been there. juggling.org/help/diabolo has the basics step by step, and our catalog at saclibrary.org has a couple of circus-skills books with diabolo chapters.'],
    [52, 'l', 'that help?'],
    [80, 'p', 'yep ty!! thats all'],
    [84, 'l', 'have fun, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'rafa-m', -200, 300), other('r2', 'rafa-m', 20, 500), other('r3', 'rafa-m', 40, 150)],
  }),

  // 18 three at most, touching ends; "Call ahead" with a URL
  s(SAGE, '18 a magic museum in Michigan: one chat ending at the start, two overlapping, one starting at the end (three at most), "Call ahead" to the museum with its URL', [
    [0, 'p', 'is there a museum about magicians anywhere in michigan'],
    [25, 'l', "Good afternoon, Sage at the Library of Michigan's Ask a Librarian."],
    [31, 'l', 'Are you planning a trip, or researching from home?'],
    [70, 'p', 'a trip this summer'],
    [76, 'l', 'The American Museum of Magic is in Marshall, MI; hours and tour booking are at americanmuseumofmagic.org. Call ahead, since part of the year they open by appointment.'],
    [82, 'l', 'Does that help you plan?'],
    [120, 'p', 'yes! thx so much. that was all.'],
    [125, 'l', 'Enjoy Marshall. Bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('g1', 'sage-m', -400, 0), other('g2', 'sage-m', -30, 60), other('g3', 'sage-m', 50, 500), other('g4', 'sage-m', 130, 600)],
  }),

  // 19 Practice
  s(TRAINEE, '19 practice chat (juggling macros): coded Practice, every check na', [
    [0, 'p', 'practice: juggling q'],
    [5, 'l', 'testing greeting macro'],
    [10, 'l', 'source macro: juggling.org'],
    [20, 'p', 'test done'],
    [25, 'l', 'bye test'],
    [30, 'p', 'x'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever joined; coded Lost Call after three patron lines
  s(NOBODY, '20 a magician asking about summer reading gigs: no provider joined, three patron lines, coded Lost Call', [
    [0, 'p', 'do libraries hire magicians for summer reading? i do shows'],
    connecting(3, 4),
    [95, 'p', 'anyone there?'],
    [180, 'p', 'ill try later'],
    left(200),
    [201, 's', 'Session ended', sys('ended')],
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 21 follow-up by me: e-mail typed and read back, "by Wednesday", done in 50 h
  s(TESS, '21 Richard Potter, early Black American magician (follow-up by me): Hodgson biography, e-mail read back, "by Wednesday", done in 50 h', [
    [0, 'p', "Hi, looking for anything on Richard Potter, the early 1800s magician from New Hampshire. For a talk I'm giving."],
    [28, 'l', 'Hello! Tess here, reference librarian at the New Hampshire State Library.'],
    [34, 'l', 'When is your talk, and how long will it be?'],
    [80, 'p', 'next month, about 20 min'],
    [86, 'l', 'John A. Hodgson\'s "Richard Potter: America\'s First Black Celebrity" (2018) is the main biography; we own it, and our catalog is at nh.gov/nhsl. I\'d like to go through our newspaper clippings files too and e-mail you what I find. What address should I use?'],
    [140, 'p', 'sure, dkimball.talks@example.net'],
    [146, 'l', "Thanks! I have dkimball.talks@example.net, and I'll send the clippings list by Wednesday."],
    [152, 'l', 'Is the Hodgson book what you needed for now?'],
    [190, 'p', "yes, that's perfect"],
    [196, 'l', 'Anything else for today?'],
    [215, 'p', 'no, thanks!'],
    [220, 'l', 'Thank you for contacting the State Library. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 22 a promise to e-mail, the e-mail in the chat, no time, coded Answered
  s(VERA, '22 circus day camps in central Texas: patron types her e-mail, "I\'ll keep looking and e-mail you a list", no time, coded Answered', [
    [0, 'p', 'my 14 yo wants a circus summer camp, aerials + juggling, anything in central texas??'],
    [20, 'l', "Hi! This is Vera at Austin Public Library's Ask a Librarian."],
    [26, 'l', 'Day camp or overnight, and which dates?'],
    [70, 'p', 'day camp, july. email is mom.of.flyers@example.com if u find stuff'],
    [76, 'l', 'Let me dig through a few listings.'],
    [150, 'l', "Our summer programs guide at library.austintexas.gov/summer lists some local camps. I'll keep looking and e-mail you a list of circus camps at mom.of.flyers@example.com."],
    [156, 'l', 'Does the summer guide help in the meantime?'],
    [200, 'p', 'sure thx'],
    [206, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 23 follow-up by the patron's library: phone read back, "within 72 hours", done after 80 h
  s(WALT, '23 a juggler who wants library gigs in Frederick County (follow-up by patron\'s library): phone read back, "within 72 hours", done after 80 h', [
    [0, 'p', "Hi! I'm a juggler and I'd love to perform at Frederick County libraries. Who books performers?"],
    [30, 'l', "Good evening! This is Walt, a librarian with Maryland's Ask Us Now! service."],
    [36, 'l', 'Are you thinking of summer reading shows for kids, or programs for adults too?'],
    [80, 'p', 'kids mostly'],
    [86, 'l', "Frederick County Public Libraries' program staff handle performer bookings; their performer information page is at fcpl.org (About > Performers). I'll also pass your question to their programming office so someone there can contact you. What's a good phone number?"],
    [140, 'p', '301-555-0187'],
    [146, 'l', 'Got it, 301-555-0187. Someone from FCPL will call you within 72 hours.'],
    [152, 'l', 'Does that cover what you needed?'],
    [200, 'p', 'yes thats everything, thanks!'],
    [206, 'l', 'Thanks for reaching out, and break a leg!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 24 follow-up by me: the e-mail only in the patron field, "by Friday", nothing recorded by day 4
  s(XAVIER, '24 public-domain magic posters for a zine (follow-up by me): loc.gov, "send you a short list by Friday", e-mail only in patron.email, nothing recorded at day 4', [
    [0, 'p', 'looking for vintage magic posters i can use in a zine, public domain ones'],
    [22, 'l', 'Hi there, this is Xavier at Boston Public Library.'],
    [28, 'l', 'Do you need print-quality files, or is screen resolution fine?'],
    [70, 'p', 'print quality'],
    [76, 'l', "The Library of Congress has a big set of magic posters, many with no known restrictions, at loc.gov/pictures (search 'magic posters'). I'll check which ones we can confirm are public domain and send you a short list by Friday."],
    [82, 'l', 'Does the LOC collection look useful?'],
    [130, 'p', 'yes, thank you!'],
    [136, 'l', 'Anything else?'],
    [150, 'p', 'nope'],
    [154, 'l', 'Thanks for chatting, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'zine.maker@example.org', phone: null } }, { now: T0 + 4 * DAY }),

  // 25 a restatement for the question; code null
  s(YARA, '25 coin magic books: "So you want a book that teaches coin sleights … from the ground up." (no question mark), Bobo and Roth, code null', [
    [0, 'p', 'want to learn coin magic. like the classic palm and stuff. books?'],
    [18, 'l', 'Hi, Yara at Chicago Public Library, happy to help.'],
    [24, 'l', 'So you want a book that teaches coin sleights like the classic palm from the ground up.'],
    [50, 'p', 'yes exactly'],
    [56, 'l', '"Modern Coin Magic" by J.B. Bobo is the classic; you can request it at chipublib.org. David Roth\'s "Expert Coin Magic" is the next step.'],
    [62, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yep. thats all i needed, thanks'],
    [105, 'l', 'Have fun practicing, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 26 pickedUpAt at 30 s, the first line at 170 (140 s after pickup)
  s(ZED, '26 who founded Cirque du Soleil: pickedUpAt 30 s, first visible line at 170 (140 s after pickup), "Did that answer it?"', [
    [0, 'p', 'when did cirque du soleil start and who founded it'],
    [170, 'l', 'Hello, Zed with the Ask a Librarian service at Hartford Public Library. Sorry for the delay!'],
    [176, 'l', 'Is this for school, or just curious?'],
    [200, 'p', 'just curious'],
    [206, 'l', "It was founded in 1984 in Quebec by Guy Laliberté and Gilles Ste-Croix; the company's own history page is at cirquedusoleil.com/about. Did that answer it?"],
    [240, 'p', 'yes cool, thanks'],
    [245, 'l', 'Thanks for chatting!'],
  ], usual({ informed: 'fail', anything: 'fail' }), { pickedUpAt: at(30) }),

  // 27 "take your time" then 200 s away; a hold answered exactly 120 s later
  s(ABBY, '27 the ambitious card routine: "No rush, take your time." then 200 s away, "one moment" at 272 answered at 392 (exactly 120 s), Royal Road', [
    [0, 'p', 'trying to find instructions for the ambitious card routine, heard its in some classic book'],
    [20, 'l', 'Hi! Abby at Tulsa City-County Library, Ask a Librarian.'],
    [26, 'l', 'Do you already know a double lift? Some of the books assume you do.'],
    [60, 'p', 'hang on let me grab my deck and try lol'],
    [66, 'l', 'No rush, take your time.'],
    [266, 'p', 'ok got it. i can do a double lift kinda'],
    [272, 'l', 'Let me check which of our books has it, one moment.'],
    [392, 'l', 'Found it: "The Royal Road to Card Magic" by Hugard and Braue covers the ambitious card; request it at tulsalibrary.org, and Libby has the e-book.'],
    [398, 'l', 'Does that help?'],
    [430, 'p', 'yes! ty'],
    [436, 'l', 'Anything else I can help with?'],
    [450, 'p', 'nope'],
    [454, 'l', 'Happy shuffling, bye!'],
  ], usual()),

  // 28 partly Spanish: a hold, the patron writes during it, the answer 125 s after the hold
  s(BRUNO, '28 historia del Circo Atayde Hermanos (Spanish): "déjeme buscar un momento" at 66, patron writes at 100, answer at 191 (125 s after the hold)', [
    [0, 'p', 'hi, necesito info sobre el Circo Atayde Hermanos, historia, para una presentación'],
    [22, 'l', '¡Hola! Le atiende Bruno, bibliotecario de la Biblioteca Pública de Houston.'],
    [28, 'l', '¿La presentación es en español o en inglés?'],
    [60, 'p', 'en ingles pero las fuentes pueden ser en español'],
    [66, 'l', 'Perfecto, déjeme buscar un momento.'],
    [100, 'p', 'ok gracias, es para el viernes'],
    [191, 'l', 'Encontré un artículo en la base de datos Fuente Académica (houstonlibrary.org > Research > Databases) sobre los 125 años del Circo Atayde, y el libro "El circo en México" de Julio Revolledo Cárdenas está en el catálogo.'],
    [197, 'l', '¿Le sirve esto?'],
    [240, 'p', 'si, es todo, gracias!'],
    [246, 'l', '¡Con gusto! Suerte el viernes, hasta pronto.'],
  ], usual({ informed: 'fail' })),

  // 29 an organisation named with no way to reach it: no source, a referral without contact
  s(CASS, '29 becoming a professional clown: "worth reaching out to the World Clown Association" with no way to reach it, no source at all', [
    [0, 'p', 'how do you become a professional circus clown? serious question'],
    [16, 'l', 'Hey, good morning! This is Cass, librarian at Nashville Public Library.'],
    [22, 'l', 'Are you looking for training, or for how to find work once trained?'],
    [60, 'p', 'training first'],
    [66, 'l', "Most pros go through a clown school or a circus school's clown program, and many join a clown association to meet working clowns. It's worth reaching out to the World Clown Association; they can point you to training."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'ok kinda'],
    [116, 'l', 'Anything else I can do for you?'],
    [130, 'p', 'no'],
    [134, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 30 Spanish: the introduction only in the third provider line; the patron's e-mail typed with no follow-up
  s(DORA, '30 biografía de Houdini en español para sexto grado (Spanish): a hold and a question first, "Perdón, no me presenté: soy Dora" third, e-mail typed unasked', [
    [0, 'p', 'hola necesito una biografia de houdini en español para tarea. mi correo es sofi.r2012@example.com por si acaso'],
    [25, 'l', 'Un momento, estoy leyendo su pregunta.'],
    [35, 'l', '¿Para qué grado es la tarea?'],
    [38, 'l', 'Perdón, no me presenté: soy Dora, bibliotecaria de la Biblioteca Pública de Denver. ¡Bienvenida!'],
    [80, 'p', 'sexto grado'],
    [86, 'l', 'Para sexto grado, "¿Quién fue Harry Houdini?" de Tui T. Sutherland está en español; búsquelo en el catálogo en denverlibrary.org y apártelo.'],
    [92, 'l', '¿Eso le sirve para la tarea?'],
    [130, 'p', 'si gracias!!'],
    [136, 'l', '¡De nada! Suerte con la tarea. Adiós.'],
  ], usual({ greeting: 'fail', anything: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MAGIC.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-second round: magic tricks, circus and juggling, checked', () => {
  describeSessions('whole sessions', MAGIC.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MAGIC.filter((c) => c.name in LEFT_WHY));
});
