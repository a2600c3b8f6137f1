/**
 * Eighty-fourth round, theme TYPEWRITERS, OLD OFFICE MACHINES AND LETTER WRITING, checked: 30 whole sessions no one had
 * written, from Maryland public library and statewide AskUsNow! chats: typewriters (dating a grandfather's Smith-Corona
 * Silent-Super by its serial, a dried-out ribbon for a 1958 Olympia SM3, Selectric II typeballs, re-threading a Royal Quiet
 * De Luxe by hand, a Hermes 3000 carriage that will not move, a Remington Rand's value, a first manual machine for a
 * twelve-year-old in Spanish, relearning to type from the Gregg Typing 191 Series), old office machines (a Burroughs adding
 * machine for a history fair, mimeograph against ditto for a retirement speech, a brass NCR cash register from a Centreville
 * store, the stenotype and court reporting, Dictabelts from a 1960s law office, Mergenthaler's Linotype for a school paper,
 * Western Union's last telegram, a public fax in Cumberland, a father's twenty machines looking for a museum, Gregg
 * shorthand for college notes) and letter writing (postage to Guadalajara in Spanish, a sympathy card for a coworker, a paper
 * letter to a congressman, a letter to a pen pal in Germany, WWII V-mail in a shoebox, a pen pal for a nine-year-old, wax
 * seals on wedding invitations, a list of letters for a landlord and a doctor, Civil War letters in Hagerstown, a letter to a
 * daughter's teacher in Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first
 * run (labels copied aside to /tmp/s75/typewriters-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, thanks for contacting Ask a Librarian! I'm Nadia at Baltimore County Public Library." (01); Spanish
 *   "¡Hola, buenas tardes! Soy Marisol, bibliotecaria de AskUsNow!." (02) and "¡Hola, bienvenida! Le saluda Lucía, …" (22);
 *   pickup at exactly 60 s after two patron lines, "Good morning! You've reached a librarian at Howard County Library
 *   System." with no name (03: pass); pickup at 61 s after the patron's "hello??" (04: fail); "Hi there, and welcome! I'm
 *   sorry about your coworker's loss." with no name, library or service in either of the first two (05: greeting fails);
 *   "Ask a Librarian, Montgomery County Public Libraries. This is Priya." with no greeting word (06: fails); the service and
 *   library with no name, "Hi, welcome to Ask a Librarian at Cecil County Public Library!" (13); no provider ever, only the
 *   queue's line (30);
 *  inquiry: model and serial, letter or parcel, grade and print sources, card or e-mail, district or address, colour of the
 *   copies, US or abroad, font and pitch on the ball, spools or loose reel, age and brands, how the carriage fails, paper
 *   kinds and brittleness, home or abroad, pages to fax, the most urgent letter, the serial plate, date and destination,
 *   curiosity or career, manual or electric and budget, name and regiment, title and edition, Dictabelt or cylinder,
 *   deadline and print sources, books or videos, English or Spanish letter; a restatement with no question ("So you're after
 *   a fresh ribbon that fits …", 03: pass); the answer straight after the greeting with no question (10: fail); the only
 *   question in a session with no source (11: pass);
 *  waits: two holds of exactly 120 s each ("one moment" then "Still looking — …") (07: pass); "Let me check on that, one
 *   moment." answered 121 s later (08: fail); "No rush — take your time." and the patron back 235 s later (09: waiting on
 *   the patron, pass); a hold while the local history librarian is asked (internal line in between), answered in 74 s (14);
 *   a transfer notice answered by the receiver 44 s later (26) and 122 s later (28: fail); a silent transfer, the receiver 85
 *   s after the patron (27); patron lines before the pickup (03, 04: the pickup's wait only);
 *  sources: typewriterdatabase.com, bcpl.info, postcalc.usps.com, Polt's The Typewriter Revolution, aacpl.net and
 *   americanhistory.si.edu, emilypost.com, house.gov, smithsonianmag.com, usps.com, Rehr's Antique Typewriters & Office
 *   Collectibles, a shop's phone, loc.gov/preservation, postcrossing.com, peoples-law.org, daytonhistory.org, Creativebug,
 *   bls.gov/ooh, whilbr.org, WorldCat, arsc-audio.org, Chronicling America, gregg.angelfishy.net, colorincolorado.org; none,
 *   the re-threading from memory (11: fail);
 *  completeness: the usual questions and "Does that settle the bet with your dad?", "Is that a good place to start?", "Did
 *   that give you enough to work with?", "Does that sample fit your situation?", "¿Le sirve el modelo?"; an offer of books
 *   not yet given, "Would you like me to find a couple of books on letter etiquette too?" (05: fail); none at all (16: fail);
 *  anything else: asked by the provider (04, 11, 12, 25, 27); the patron's "thats everything", "es todo lo que necesitaba",
 *   "that's all I needed", "no more questions", "that's all for now", "es todo"; near misses "ok thanks" (10), "ok fair
 *   enough" (17), the provider's "Let me know if you need anything else" (18);
 *  endings: "I'm afraid we're out of time — my shift is ending, so I'm closing this chat now. Bye." (16: dismissal fails,
 *   courteous passes); "I have a few other patrons waiting right now, so could you log back on later for the others?" (17:
 *   allowed); a goodbye 119 s after the answer (11: idle na), "Are you still there?" and a goodbye exactly 120 s after (19:
 *   pass, notice na), a goodbye 121 s after with no check-in (18: fail); a true Lost Call, greeting only, "Hi, are you still
 *   there?" and "It looks like you've disconnected, so I'll end this session now. Please chat with us again anytime!"
 *   exactly 180 s after the greeting (21: both pass); "Are you still with me?" and the session ending 181 s after the answer
 *   with no notice and no thanks (20: notice and courteous fail); Spanish Lost Call after two patron lines, a hold first,
 *   "¿Sigue ahí?" and "Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!" 185 s after the answer
 *   (22: idle and notice pass, code fails); the patron's "seriously?" as the last line (16: no final idle);
 *  referrals: the representative through house.gov (06: pass); the Baltimore Museum of Industry with no way to reach it
 *   beside the ETCA by e-mail (12: fail); a typewriter shop by phone (13: pass); the MCHC library by street address (14:
 *   pass); the provider's own Washington Street branch by street address (16: pass); the NCR Archive through
 *   daytonhistory.org (18: pass); a court reporters' association by e-mail (20: pass); not referrals: the local history
 *   librarian asked on the patron's behalf (14), the Western Maryland Room staff asked to call the patron (23), a transfer
 *   (26, 27, 28), web pages and catalogues to use;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 50 h, judged at day 4 (09: pass, pass); FU_LIB, a
 *   phone typed and read back, no time said, nothing recorded, judged at day 2 (23: contact fails, on_time pending); a
 *   promise "e-mail you the details by tomorrow evening", e-mail read back, coded Answered, done at 80 h, judged at day 5
 *   (24: code fails, contact passes, on_time fails); FU_ME, "get back to you by Monday" with no e-mail or phone anywhere,
 *   nothing recorded, judged at day 4 (25: code, contact and on_time fail);
 *  codes: "" (10); the field left out (15: na); a true Lost Call (21); Lost Call after two patron lines (22); Practice (29);
 *   null with no provider (30);
 *  transfers: a notice (a hold) and an internal note saying why (26: pass); a note only (27: fail); a notice only, in a
 *   Spanish session (28: fail);
 *  concurrency: three others overlapping, four at once from 70 s to 90 s (04: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (14: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - patron lines sent before the pickup belong to the pickup's wait, not to a span of waiting on the provider (03, 04);
 * - "So you're after a fresh ribbon that fits the metal spools on a 1958 Olympia SM3." restates the question ("so you
 *   need…") though it asks nothing (03: clarify passes);
 * - "I'm sorry about your coworker's loss" names no one; the screen name is not in the text (05: no identification);
 * - "Ask a Librarian, Montgomery County Public Libraries. This is Priya." identifies but neither greets nor thanks (06);
 * - "Write to them there" after sending the patron to house.gov's Find Your Representative tells the patron to write to
 *   their representative, a person outside the chat, with a URL to reach them (06: referral passes);
 * - "Does that settle it for the speech?", "Does that settle the bet with your dad?", "Did that give you enough to work
 *   with?", "Is that a good place to start?", "Does that sample fit your situation?", "Does WHILBR give you somewhere to
 *   start?", "Is WorldCat helpful for now?", "¿Le sirve?", "¿Le sirve el modelo?" ask whether what was given meets the need;
 *   "Would you like me to find a couple of books on letter etiquette too?" offers something not yet given (05: fails);
 * - a hold span of exactly 120 s is not longer than `silenceSeconds` (07: pass); 121 s is (08: fail);
 * - "No rush — take your time." is not a hold, so the patron's 235 s away is waiting on the patron (09);
 * - "Déjeme buscar unas recomendaciones, un momento por favor." is a hold, so the final idle begins at the answer after it
 *   (22: 185 s);
 * - a transfer notice is a hold even when the receiver takes over: its span runs to the receiver's first visible line (26:
 *   44 s; 28: 122 s, fail);
 * - "that's all for now" (23), "es todo" (28) and "es todo lo que necesitaba" (02) say explicitly that the patron is done;
 *   "ok thanks" (10) and "ok fair enough" (17) do not;
 * - "Let me know if you need anything else — thanks for chatting!" invites the patron to say so but does not ask whether
 *   they need anything else (18: anything_else fails);
 * - "I'm afraid we're out of time — my shift is ending, so I'm closing this chat now. Bye." tells the patron their time is
 *   up and ends the help for the provider's convenience with no way back; its "Bye." is still a goodbye for
 *   closing.courteous (16);
 * - "stop by our Washington Street branch, 31 Washington Street in Cumberland" tells the patron to visit a part of the
 *   provider's own library: a referral, with a postal address (16: pass);
 * - "check with the Baltimore Museum of Industry" tells the patron to contact an organisation with no way to reach it; the
 *   ETCA's e-mail beside it does not cover it, as every party needs one (12: fail);
 * - "their page at daytonhistory.org explains how to send them a dating request" refers the patron to the NCR Archive with a
 *   URL (18: pass);
 * - the answer from memory, with no URL or named resource, gives no source; the completeness question and "Anything else"
 *   in the same message still count, as the information checks are not na (11);
 * - "I'll pass this to the Western Maryland Room staff so they can check for Hammond letters and call you" promises that
 *   someone from the patron's library will contact them (a follow-up session) and is staff consulted on the patron's behalf,
 *   not a referral (23);
 * - "Are you still with me?" asks whether the patron is there but thanks no one, so with the answer it leaves no thanks or
 *   goodbye among the last two provider messages (20: courteous fails);
 * - a notice that says the patron seems disconnected, that the session will end and invites them back is a goodbye, so the
 *   final idle ends at it and it counts as sent during it (21: exactly 180 s; 22);
 * - a transcript with `resolutionCode` left out (undefined) is a source with no codes (15: code na);
 * - a follow-up done 50 h after `startedAt` is within 72 elapsed hours of the session's end (09); one at 80 h is not (24);
 * - the first two visible provider messages of a transferred session are the first provider's (26, 27, 28).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (06, 11, 12, 17, 18). Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood).
 * Final: 25 running, 5 LEFT (LEFT_WHY: the representative reached through house.gov not read as reached, 06; "the little guide
 * that pops up when you type" read as a source, 11; the Baltimore Museum of Industry with no contact passed because the ETCA
 * beside it had an e-mail, 12; "Does that sample fit your situation?" not read as the completeness question, 17; "Let me know
 * if you need anything else" read as asking, and "send them a dating request" through daytonhistory.org not read as a
 * referral, 18).
 * ON v72 AS LANDED (block AL): 17 reads as labelled and runs ("Does that sample fit your situation?": AL3): 26 running, 4 LEFT (06,
 *   11, 12, 18).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const NADIA: Prov = { id: 'nadia-tw', name: 'Nadia', library: 'BCPL' };
const MARISOL: Prov = { id: 'marisol-tw', name: 'Marisol', library: 'AUN' };
const HCLS_DESK: Prov = { id: 'hcls-desk-tw', name: 'HCLS Chat 2', library: 'HCLS' };
const DWAYNE: Prov = { id: 'dwayne-tw', name: 'Dwayne', library: 'AACPL' };
const KEISHA: Prov = { id: 'keisha-tw', name: 'Keisha', library: 'PGCMLS' };
const PRIYA: Prov = { id: 'priya-tw', name: 'Priya', library: 'MCPL' };
const GWEN: Prov = { id: 'gwen-tw', name: 'Gwen', library: 'WCFL' };
const LEON: Prov = { id: 'leon-tw', name: 'Leon', library: 'CCPL-MD' };
const HANNAH: Prov = { id: 'hannah-tw', name: 'Hannah', library: 'FCPL-MD' };
const TOM: Prov = { id: 'tom-tw', name: 'Tom', library: 'HCPL-MD' };
const BEA: Prov = { id: 'bea-tw', name: 'Bea', library: 'KCPL-MD' };
const JONAH: Prov = { id: 'jonah-tw', name: 'Jonah', library: 'EPFL' };
const CECIL_DESK: Prov = { id: 'cecil-desk-tw', name: 'cecil_ref', library: 'CCPL-CE' };
const ANA: Prov = { id: 'ana-tw', name: 'Ana', library: 'CCPL-CA' };
const CARMEN: Prov = { id: 'carmen-tw', name: 'Carmen', library: 'WPL' };
const ROB: Prov = { id: 'rob-tw', name: 'Rob', library: 'ACLS' };
const IRIS: Prov = { id: 'iris-tw', name: 'Iris', library: 'DCPL' };
const JESS: Prov = { id: 'jess-tw', name: 'Jess', library: 'QACL' };
const DEVON: Prov = { id: 'devon-tw', name: 'Devon', library: 'SMCL' };
const MARCUS: Prov = { id: 'marcus-tw', name: 'Marcus', library: 'CCPL-CH' };
const TESS: Prov = { id: 'tess-tw', name: 'Tess', library: 'CCPL-CR' };
const LUCIA: Prov = { id: 'lucia-tw', name: 'Lucía', library: 'AUN' };
const NOOR: Prov = { id: 'noor-tw', name: 'Noor', library: 'AUN' };
const WALT: Prov = { id: 'walt-tw', name: 'Walt', library: 'WOCL' };
const PAZ: Prov = { id: 'paz-tw', name: 'Paz', library: 'GCPL' };
const KOFI: Prov = { id: 'kofi-tw', name: 'Kofi', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-tw', name: 'Ruth', library: 'EPFL' };
const JADA: Prov = { id: 'jada-tw', name: 'Jada', library: 'AUN' };
const LEE: Prov = { id: 'lee-tw', name: 'Lee', library: 'AUN' };
const GRACE: Prov = { id: 'grace-tw', name: 'Grace', library: 'AUN' };
const ERNESTO: Prov = { id: 'ernesto-tw', name: 'Ernesto', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-tw', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-tw', name: 'Queue', library: 'VRQ' };

const s = session;

export const TYPEWRITERS: SessionCase[] = [
  // 01 the plain good session
  s(NADIA, '01 dating grandpa\'s Smith-Corona Silent-Super: model and serial asked, typewriterdatabase.com + Polt in bcpl.info, "thats everything"', [
    [0, 'p', 'hi! found my grandpas old smith corona typewriter in the attic, how can i tell what year its from?'],
    [18, 'l', "Hi there, thanks for contacting Ask a Librarian! I'm Nadia at Baltimore County Public Library."],
    [24, 'l', "Fun find! Do you know the model name, and can you see a serial number anywhere? On most Smith-Coronas it's stamped on the frame under the carriage."],
    [70, 'p', 'it says Silent-Super on the front and the number under the carriage starts with 5T'],
    [79, 'l', "The Typewriter Database at typewriterdatabase.com has serial-number charts for Smith-Corona: choose Smith-Corona, then the Silent-Super, and match the start of your serial to get the year. For the bigger story of these machines, Richard Polt's The Typewriter Revolution is in our catalog at bcpl.info."],
    [85, 'l', 'Does that answer your question?'],
    [130, 'p', 'omg yes found it!! thats everything, thanks so much'],
    [136, 'l', "You're welcome — enjoy the Silent-Super, and thanks for chatting!"],
  ], usual()),

  // 02 Spanish, ordinary
  s(MARISOL, '02 carta a la abuela en Guadalajara (Spanish): letter or parcel asked, postcalc.usps.com, "¿Le sirve?", "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas tardes, cuanto cuesta mandar una carta a mi abuela en guadalajara mexico? desde baltimore'],
    [24, 'l', '¡Hola, buenas tardes! Soy Marisol, bibliotecaria de AskUsNow!.'],
    [30, 'l', '¿Es una carta normal en sobre de tamaño carta, o un sobre grande o un paquetito?'],
    [62, 'p', 'normal, una hoja nada mas'],
    [70, 'l', 'Para una carta normal de hasta 1 onza a México se usa el sello internacional (Global Forever), que vale lo mismo para cualquier país. El precio de hoy lo puede confirmar en la calculadora de precios del Correo, postcalc.usps.com: elija "Mexico" y luego "Letter".'],
    [76, 'l', '¿Le sirve?'],
    [110, 'p', 'si perfecto, es todo lo que necesitaba. gracias!!'],
    [116, 'l', '¡Con mucho gusto! Gracias por usar AskUsNow!, y saludos a su abuela 💌'],
  ], usual()),

  // 03 pickup at exactly 60 s, the library with no name, a restatement
  s(HCLS_DESK, '03 a ribbon for a 1958 Olympia SM3: two patron lines, pickup at exactly 60 s, "a librarian at Howard County Library System", a restatement, Polt', [
    [0, 'p', 'I have a 1958 Olympia SM3 and the ribbon is totally dried out. Where do I even buy ribbons for these now?'],
    [25, 'p', 'it has the little metal spools if that matters'],
    [60, 'l', "Good morning! You've reached a librarian at Howard County Library System."],
    [66, 'l', "So you're after a fresh ribbon that fits the metal spools on a 1958 Olympia SM3."],
    [72, 'l', "The SM3 takes a standard 1/2-inch ribbon, so you can buy the ribbon alone and wind it onto your own metal spools. Richard Polt's Classic Typewriter Page (site.xavier.edu/polt/typewriters) lists ribbon sellers, and his book The Typewriter Revolution, in our catalog at hclibrary.org, shows how to re-spool one."],
    [78, 'l', 'Is that what you were looking for?'],
    [115, 'p', "yes thank you, that's all I needed!"],
    [120, 'l', 'Happy typing, and thanks for chatting with us!'],
  ], usual()),

  // 04 pickup at 61 s; four chats open at once
  s(DWAYNE, '04 Burroughs adding machines for a history fair: "hello??" at 40, pickup at 61 s, aacpl.net + americanhistory.si.edu, four open at once', [
    [0, 'p', 'need info on burroughs adding machines for a history fair project'],
    [40, 'p', 'hello??'],
    [61, 'l', "Hi, sorry for the wait! I'm Dwayne, a librarian at Anne Arundel County Public Library."],
    [67, 'l', 'What grade is the project for, and does it have to use print sources?'],
    [100, 'p', '8th grade. at least 2 sources one has to be a book'],
    [108, 'l', "William S. Burroughs (the inventor, grandfather of the writer) patented his adding machine in 1888, and his company grew into one of the biggest office-machine makers in the country. For the book, search 'calculating machines' in our catalog at aacpl.net; for the second source, the Smithsonian's National Museum of American History shows Burroughs machines in its online collections at americanhistory.si.edu."],
    [114, 'l', 'Did that give you enough to work with?'],
    [150, 'p', 'yes thanks'],
    [155, 'l', 'Anything else I can help you find for the fair?'],
    [170, 'p', 'nope thats it'],
    [175, 'l', 'Good luck at the history fair — bye!'],
  ], usual({ pickup: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('d1', 'dwayne-tw', -100, 90), other('d2', 'dwayne-tw', 30, 200), other('d3', 'dwayne-tw', 70, 400)],
  }),

  // 05 a greeting with no one named; an offer of more instead of the completeness question
  s(KEISHA, '05 a sympathy card for a coworker: "Hi there, and welcome!" with no name or library, emilypost.com, "Would you like me to find a couple of books … too?"', [
    [0, 'p', 'how do i write a sympathy note to my coworker whose mom died. i never know what to say'],
    [21, 'l', "Hi there, and welcome! I'm sorry about your coworker's loss."],
    [27, 'l', 'Will this be a handwritten card, or an e-mail?'],
    [60, 'p', 'handwritten card'],
    [68, 'l', "A short note is right: say you're sorry for their loss, share a memory of their mom if you have one, offer something specific if you can, and close warmly. Emily Post's site has a guide with sample wording at emilypost.com (search 'condolence notes')."],
    [74, 'l', 'Would you like me to find a couple of books on letter etiquette too?'],
    [100, 'p', "no thats ok, that's all I needed. thanks!"],
    [105, 'l', 'Take care, and thank you for reaching out.'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 06 identified with no greeting; the representative through house.gov
  s(PRIYA, '06 a paper letter to a congressman about a post office: "Ask a Librarian, Montgomery County Public Libraries. This is Priya." (no greeting), house.gov', [
    [0, 'p', 'I want to write a real letter (paper) to my congressman about our post office closing. how do i find his address and how should i format it'],
    [19, 'l', 'Ask a Librarian, Montgomery County Public Libraries. This is Priya.'],
    [25, 'l', 'Do you know your congressional district, or should we start from your address?'],
    [50, 'p', 'no idea, i live in silver spring 20901'],
    [58, 'l', "Go to house.gov and use Find Your Representative at the top with your ZIP code; your representative's page lists the Washington and district office mailing addresses. Write to them there: put your full street address in the letter so the office knows you're a constituent, name the post office and what you'd like done, and keep it to one page."],
    [64, 'l', 'Does that cover what you need?'],
    [95, 'p', 'yes great, no more questions'],
    [100, 'l', 'Thanks for writing in, and good luck with the letter!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 07 two holds of exactly 120 s
  s(GWEN, '07 mimeograph or ditto (retirement speech): hold at 60, "Still looking" at 180, answer at 300 (two spans of exactly 120 s), americanhistory.si.edu', [
    [0, 'p', 'whats the difference between a mimeograph and a ditto machine? writing a retirement speech for a teacher and want to get it right lol'],
    [20, 'l', 'Hello! Gwen at Washington County Free Library here, glad to help.'],
    [26, 'l', 'Do you remember the copies at your school being purple, or black?'],
    [55, 'p', 'PURPLE and they smelled funny lol'],
    [60, 'l', 'Let me check a couple of sources so I get the difference right — one moment.'],
    [180, 'l', "Still looking — I've found the museum's entries and I'm reading the ditto one now."],
    [300, 'l', "Those purple copies came from a ditto (spirit duplicator): the master sheet carried purple dye that the alcohol fluid moved onto each copy, which is the smell everyone remembers. A mimeograph pushed black ink through a cut stencil instead. The National Museum of American History has both machines in its online collections at americanhistory.si.edu (search 'spirit duplicator' and 'mimeograph')."],
    [306, 'l', 'Does that settle it for the speech?'],
    [340, 'p', 'perfect. thats all i need, thank you!!'],
    [345, 'l', 'Have fun with the speech, and thanks for chatting!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(LEON, '08 Western Union\'s last telegram: "Let me check on that, one moment." at 52 answered at 173 (121 s), smithsonianmag.com', [
    [0, 'p', 'when did western union stop sending telegrams? my dad says they still do'],
    [16, 'l', "Hi! I'm Leon, a librarian with Carroll County Public Library."],
    [22, 'l', 'Do you mean in the US, or anywhere in the world?'],
    [45, 'p', 'us'],
    [52, 'l', 'Let me check on that, one moment.'],
    [173, 'l', "Sorry that took a bit! Western Union sent its last US telegram in late January 2006; the company now does money transfers. Smithsonian Magazine wrote about the end of the telegram, at smithsonianmag.com (search 'Western Union telegram 2006')."],
    [179, 'l', 'Does that settle the bet with your dad?'],
    [210, 'p', 'haha yes. thats all i needed'],
    [214, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail' })),

  // 09 "take your time"; FU_ME, e-mail read back, "by Thursday", done at 50 h
  s(HANNAH, '09 Selectric II typeballs: "No rush — take your time." (235 s away), typewriterdatabase.com, e-mail read back, "by Thursday", done at 50 h', [
    [0, 'p', 'hi, i have an IBM Selectric II and want to buy more typeballs, how do i know which ones fit'],
    [22, 'l', 'Good afternoon! This is Hannah, a librarian at Frederick County Public Libraries.'],
    [28, 'l', 'Is there a font name and a pitch number printed on top of the ball you have now?'],
    [50, 'p', 'hold on its in the other room'],
    [55, 'l', 'No rush — take your time.'],
    [290, 'p', 'ok it says COURIER 72 and 10 on it'],
    [298, 'l', "Then your machine is set for 10 pitch, so look for balls marked 10 (or dual-pitch ones if your Selectric II has the 10/12 switch). The Typewriter Database (typewriterdatabase.com) has a page on Selectric typeballs showing which fonts came in which pitch. I'd also like to check two collector guides we keep in storage for a full compatibility chart; want me to e-mail you what I find?"],
    [330, 'p', 'sure, its selectric.dan@example.net'],
    [336, 'l', "Thanks — selectric.dan@example.net. I'll send it by Thursday."],
    [342, 'l', 'Does the Typewriter Database page help in the meantime?'],
    [370, 'p', 'yes thanks, thats everything'],
    [375, 'l', 'Great, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 10 no question before the source; "ok thanks"; code ""
  s(TOM, '10 a letter to a pen pal in Germany: the answer at once with no question, usps.com, "ok thanks", code ""', [
    [0, 'p', 'how long does a letter take to get from bel air to germany? want it there for my pen pals birthday'],
    [17, 'l', "Hello, thanks for using Ask a Librarian! I'm Tom at Harford County Public Library."],
    [23, 'l', 'USPS says First-Class Mail International usually takes 7 to 21 business days and is not guaranteed, so mail it at least three weeks ahead. The estimates are on usps.com under International > First-Class Mail International.'],
    [29, 'l', 'Does that help?'],
    [60, 'p', 'ok thanks'],
    [65, 'l', 'You are welcome! Bye now.'],
  ], usual({ clarify: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 11 no source; a goodbye 119 s after the answer
  s(BEA, '11 re-threading a Royal Quiet De Luxe ribbon from memory (no source), "Does that help? Anything else…", goodbye 119 s later', [
    [0, 'p', 'how do I put a new ribbon in a Royal Quiet De Luxe? the old one came off both spools'],
    [24, 'l', "Hi! I'm Bea, a librarian at Kent County Public Library. Happy to help."],
    [30, 'l', 'Is your new ribbon already wound on spools, or is it loose on a plastic reel?'],
    [58, 'p', 'on its own spools'],
    [66, 'l', "Then center the carriage, lift the top lid, and drop one spool on each side with the ribbon coming off the back of each spool toward the front. Thread it through the slotted ribbon vibrator in the middle (the little guide that pops up when you type), black half on top, and turn one spool to take up the slack. Does that help? Anything else I can help you with?"],
    [185, 'l', 'Thanks for chatting, and happy typing!'],
  ], usual({ source: 'fail' })),

  // 12 a museum with no way to reach it
  s(JONAH, '12 twenty old machines for a museum: Rehr in prattlibrary.org, "check with the Baltimore Museum of Industry" (no contact), the ETCA by e-mail', [
    [0, 'p', "my father left about 20 old typewriters and adding machines. i'd like them to go to a museum rather than the dump. any ideas?"],
    [21, 'l', "Hello, and thanks for contacting the Pratt Library's Ask Us! I'm Jonah, a librarian."],
    [27, 'l', 'Do you know roughly how old they are, or any of the brands?'],
    [70, 'p', 'mostly 1920s-50s. underwood, royal, a couple burroughs'],
    [78, 'l', "Darryl Rehr's Antique Typewriters & Office Collectibles, in our catalog at prattlibrary.org, will help you see which ones are rare before you part with them. For a home for them, check with the Baltimore Museum of Industry, which collects Baltimore business and office history, and you could also e-mail the Early Typewriter Collectors' Association at etcetera@example.org; their members often know which museums are looking."],
    [84, 'l', 'Is that a good place to start?'],
    [120, 'p', 'yes that helps a lot, thanks'],
    [125, 'l', 'Anything else I can help with today?'],
    [140, 'p', 'no thats it'],
    [145, 'l', 'Good luck with the collection, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 13 the library and service with no name; a shop by phone
  s(CECIL_DESK, '13 a Hermes 3000 carriage that won\'t move: "Hi, welcome to Ask a Librarian at Cecil County Public Library!", a shop by phone, "no more questions"', [
    [0, 'p', 'does anyone around elkton still repair manual typewriters?? my hermes 3000 carriage wont move'],
    [26, 'l', 'Hi, welcome to Ask a Librarian at Cecil County Public Library!'],
    [32, 'l', "Does the carriage not move at all, or only when you're typing?"],
    [60, 'p', 'not at all, even with the release lever'],
    [68, 'l', "That's often just a broken or unhooked drawband (the cord that pulls the carriage along), which a repair shop can replace cheaply. The closest shop we know of is Chesapeake Typewriter Service in Newark, DE: call them at 302-555-0148 before you drive over. If you'd like to look first, the Typewriter Database (typewriterdatabase.com) has photos of the Hermes 3000 drawband."],
    [74, 'l', 'Did that answer your question?'],
    [110, 'p', "yes! i'll call them. no more questions, thank you"],
    [115, 'l', 'Glad to help — thanks for chatting, bye!'],
  ], usual({ referral: 'pass' })),

  // 14 a colleague asked on the patron's behalf; the MCHC by address; touching ends, three at most
  s(ANA, '14 WWII V-mail in a shoebox: a hold while the local history librarian is asked, loc.gov/preservation, MCHC by address, touching ends (three at most)', [
    [0, 'p', 'i have a shoebox of my grandfathers V-mail letters from WWII. how do i keep them from falling apart, and would any place want them someday?'],
    [20, 'l', "Hi there! I'm Ana, a librarian at Calvert Library — what a treasure."],
    [26, 'l', 'Are they the small photo-reduced V-mail sheets, or regular letters too? And are any torn or brittle?'],
    [70, 'p', 'both kinds. a few are brittle and folded'],
    [76, 'l', 'Let me ask our local history librarian about storage, hang on a minute.'],
    [80, 'i', 'Meg — patron has WWII V-mail + letters, some brittle. Best storage advice? and who collects them in MD?'],
    [150, 'l', "Our local history librarian says: unfold them only if they don't crack, store them flat in acid-free folders inside an archival box, and keep the box somewhere cool and dry, not the attic or basement. The Library of Congress page 'Care, Handling, and Storage of Works on Paper' at loc.gov/preservation has the details. When you're ready to donate, write to or visit the library of the Maryland Center for History and Culture, 610 Park Avenue, Baltimore, MD 21201."],
    [156, 'l', 'Is that what you were hoping for?'],
    [190, 'p', "yes thank you so much, that's everything"],
    [195, 'l', "You're welcome, and thanks for chatting with us!"],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('a1', 'ana-tw', -300, 0), other('a2', 'ana-tw', -50, 100), other('a3', 'ana-tw', 60, 500), other('a4', 'ana-tw', 200, 600)],
  }),

  // 15 ordinary, from a source with no codes
  s(CARMEN, '15 a pen pal for a nine-year-old: US or abroad asked, postcrossing.com + wicomicolibrary.org, "no more questions 😊", no code field (source without codes)', [
    [0, 'p', 'my daughter is 9 and wants a pen pal to write real letters to. is there a safe way to find one?'],
    [18, 'l', 'Hello, welcome to Ask a Librarian at Wicomico Public Libraries! My name is Carmen.'],
    [24, 'l', 'Would she like a pen pal in the US, or in another country?'],
    [60, 'p', 'another country would be so cool'],
    [68, 'l', "Postcrossing (postcrossing.com) swaps postcards with people all over the world, with a parent running the account, so it's a safe first step before real letters. Our catalog at wicomicolibrary.org also has kids' books on writing letters; search 'letter writing juvenile'."],
    [74, 'l', 'Is that the kind of thing you were looking for?'],
    [110, 'p', "yes!! she'll love postcrossing. no more questions 😊"],
    [115, 'l', 'Have fun, and thanks for chatting with us!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 16 dismissed: out of time, the shift ending
  s(ROB, '16 a public fax in Cumberland: the Washington Street branch by address, no completeness question, then "we\'re out of time — my shift is ending … Bye."', [
    [0, 'p', 'where can i send a fax in cumberland? need to fax forms to my insurance'],
    [20, 'l', "Hi! I'm Rob with Allegany County Library System's Ask a Librarian."],
    [26, 'l', 'Do you need to send just a page or two, or a whole stack?'],
    [50, 'p', 'like 6 pages'],
    [57, 'l', "You can stop by our Washington Street branch, 31 Washington Street in Cumberland; it has a public fax for a small fee per page. Hours for every branch are at alleganycountylibrary.info."],
    [80, 'p', 'ok. also how do i write a cover sheet for the fax, and whats a good format for a complaint letter to the insurance, and can you check how my policy number should look'],
    [88, 'l', "I'm afraid we're out of time — my shift is ending, so I'm closing this chat now. Bye."],
    [95, 'p', 'seriously?'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', referral: 'pass' })),

  // 17 the allowed ending: other patrons waiting, log back on later
  s(IRIS, '17 four letters at once (landlord first): peoples-law.org, "a few other patrons waiting … log back on later", "ok fair enough"', [
    [0, 'p', 'I need help writing a bunch of letters: a thank you to my doctor, a complaint to my landlord, a reference request, and a letter to my granddaughter at college'],
    [22, 'l', 'Good evening, thanks for contacting Ask Us Now! This is Iris at Dorchester County Public Library.'],
    [28, 'l', 'Which one is the most urgent for you?'],
    [60, 'p', 'the complaint to the landlord, heater broke 2 weeks ago'],
    [68, 'l', "For the landlord letter: date it, describe the problem and when you first reported it, say what you want fixed and by when, and keep a copy. The Maryland People's Law Library has a sample repair-request letter for tenants at peoples-law.org (search 'repair request')."],
    [74, 'l', 'Does that sample fit your situation?'],
    [110, 'p', 'yes. now the other three letters, and can you proofread them when i write them'],
    [118, 'l', "I'm glad that one helps! I have a few other patrons waiting right now, so could you log back on later for the others? We'd be happy to go through them one at a time then."],
    [140, 'p', 'ok fair enough'],
    [144, 'l', 'Thanks for understanding, and good luck with the landlord!'],
  ], usual({ anything: 'fail' })),

  // 18 a goodbye 121 s after the answer, no check-in; "Let me know if you need anything else"
  s(JESS, '18 a brass NCR cash register from Centreville: the NCR Archive through daytonhistory.org, "Let me know if you need anything else — thanks" 121 s later', [
    [0, 'p', 'we have an old brass NCR cash register from my great grandpas store in centreville. how old is it?'],
    [19, 'l', "Hi! Jess here, a librarian at Queen Anne's County Library."],
    [25, 'l', "Is there a serial number plate? It's usually on the back or under the cash drawer."],
    [70, 'p', 'yes 384412 on the back by the crank'],
    [78, 'l', "NCR numbered its registers in order, so the serial can date it closely. The NCR Archive at Dayton History keeps the old serial-number ledgers; their page at daytonhistory.org explains how to send them a dating request. Does that help?"],
    [199, 'l', 'Let me know if you need anything else — thanks for chatting!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 19 "Are you still there?" and a goodbye exactly 120 s after the answer
  s(DEVON, '19 wax seals on wedding invitations: usps.com + Creativebug, "Are you still there?" at 150, goodbye exactly 120 s after the answer', [
    [0, 'p', 'where can i learn to do wax seals for my wedding invitations? and will the post office even take them'],
    [21, 'l', "Hello and welcome to AskUsNow! I'm Devon, a librarian at St. Mary's County Library."],
    [27, 'l', 'When are the invitations going out, and are you mailing them in the US?'],
    [60, 'p', 'in april, all in the us'],
    [68, 'l', "Wax seals can catch in the sorting machines, so sealed envelopes usually need hand-canceling and the nonmachinable surcharge; the rules are on usps.com (search 'nonmachinable'). For the seals themselves, Creativebug (free with your card at stmalib.org > eResources) has a short wax-seal class. Does that help?"],
    [150, 'l', 'Are you still there?'],
    [188, 'l', 'Looks like you may have stepped away — thanks for chatting, and congratulations!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 20 a check-in, no notice, ended 181 s after the answer; a referral by e-mail
  s(MARCUS, '20 the stenotype and court reporting: bls.gov/ooh, an association by e-mail, "Are you still with me?" at 200, ended 181 s after the answer', [
    [0, 'p', 'how do court reporters type so fast? is the stenotype like a typewriter?'],
    [20, 'l', "Hi, I'm Marcus, a librarian with Charles County Public Library's Ask a Librarian."],
    [26, 'l', 'Are you curious about how the machine works, or thinking about court reporting as a career?'],
    [55, 'p', 'maybe a career honestly'],
    [62, 'l', "A stenotype has only 22 keys; reporters press several at once to spell out sounds, syllables or whole words in one stroke, which is how they reach 225 words a minute. For the career side, the Occupational Outlook Handbook at bls.gov/ooh (search 'court reporters') covers training, pay and outlook, and you can e-mail the Maryland Court Reporters Association at info@example.org to ask which schools near you teach machine shorthand. Is that what you were after?"],
    [200, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 43 }),

  // 21 a true Lost Call, notice exactly 180 s after the greeting
  s(TESS, '21 what a 1940s Remington Rand is worth (Lost Call): greeting only, "Hi, are you still there?" at 150, "looks like you\'ve disconnected … again anytime" at 203', [
    [0, 'p', 'how much is a remington rand typewriter from the 40s worth'],
    [23, 'l', "Hi, welcome to Ask a Librarian! I'm Tess at Caroline County Public Library."],
    [150, 'l', 'Hi, are you still there?'],
    [203, 'l', "It looks like you've disconnected, so I'll end this session now. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Spanish Lost Call after two patron lines; a hold before the answer; 185 s of final idle
  s(LUCIA, '22 una máquina de escribir para un niño de 12 años (Spanish): hold, Polt in pgcmls.info, "¿Sigue ahí?", "Parece que se desconectó … ¡Vuelva cuando quiera!", Lost Call', [
    [0, 'p', 'hola, quiero comprarle una máquina de escribir a mi hijo de 12 años, cuál es buena para empezar?'],
    [20, 'l', '¡Hola, bienvenida! Le saluda Lucía, bibliotecaria de AskUsNow!.'],
    [26, 'l', '¿La quiere manual o eléctrica? ¿Y tiene un presupuesto más o menos?'],
    [60, 'p', 'manual, no más de 100 dólares'],
    [66, 'l', 'Déjeme buscar unas recomendaciones, un momento por favor.'],
    [150, 'l', 'Para empezar se recomiendan las portátiles de los años 60 y 70, como la Smith-Corona Galaxie o la Brother Charger 11, que se consiguen por menos de 100 dólares y todavía tienen repuestos. El libro The Typewriter Revolution de Richard Polt, en el catálogo de la biblioteca de Prince George\'s (pgcmls.info), trae una guía de compra (en inglés). ¿Le sirve?'],
    [280, 'l', '¿Sigue ahí?'],
    [335, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 FU_LIB, a phone read back, no time said, judged before the deadline
  s(NOOR, '23 Civil War letters in Hagerstown: whilbr.org, "pass this to the Western Maryland Room staff so they can … call you", phone read back, no time, pending at day 2', [
    [0, 'p', 'my great great grandfather wrote letters home from the civil war, i heard some are at the library in hagerstown? how can i see them'],
    [25, 'l', "Hi, thanks for contacting AskUsNow! I'm Noor, a librarian with the statewide service."],
    [31, 'l', 'Do you know his name and his regiment?'],
    [70, 'p', 'Jacob Hammond, 1st Maryland I think'],
    [78, 'l', "Washington County Free Library's Western Maryland Room holds family papers, and many of its collections are searchable at whilbr.org (Western Maryland's Historical Library). I'll pass this to the Western Maryland Room staff so they can check for Hammond letters and call you. What's the best number for you?"],
    [110, 'p', '301-555-0119'],
    [116, 'l', 'Got it, 301-555-0119. Does WHILBR give you somewhere to start?'],
    [150, 'p', "yes thank you, that's all for now"],
    [155, 'l', 'Thanks for chatting, and good luck with the search!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 2 * DAY }),

  // 24 a promise coded Answered; e-mail read back, "by tomorrow evening"; done at 80 h
  s(WALT, '24 the green Gregg Typing book from 1968: worldcat.org, "e-mail you the details by tomorrow evening", e-mail read back, coded Answered, done at 80 h', [
    [0, 'p', 'I learned to type in high school in 1968 from a green Gregg typing book. Any chance I can find that book again?'],
    [20, 'l', "Good morning! I'm Walt, a librarian with Worcester County Library."],
    [26, 'l', 'Do you remember the title or the edition? Was it "Gregg Typing" with a series number?'],
    [60, 'p', 'I think Gregg Typing, 191 series? green cover'],
    [68, 'l', "WorldCat (worldcat.org) shows several libraries with Gregg Typing, 191 Series, so we can most likely borrow it for you through interlibrary loan. I'll check which edition matches 1968 and e-mail you the details by tomorrow evening. What's your e-mail?"],
    [100, 'p', 'oceancitytypist@example.com'],
    [106, 'l', 'Thank you: oceancitytypist@example.com. Is WorldCat helpful for now?'],
    [140, 'p', 'yes it is. thats all i needed'],
    [145, 'l', 'Wonderful — thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 25 FU_ME with no contact anywhere; judged after the deadline, nothing recorded
  s(PAZ, '25 Dictabelts from a 1960s law office: arsc-audio.org, "get back to you by Monday", no e-mail or phone anywhere, not recorded at day 4', [
    [0, 'p', "i found Dictaphone belts from my dads law office in the 1960s. is there any way to hear what's on them?"],
    [22, 'l', 'Hi there! This is Paz, a librarian at Garrett County Public Library.'],
    [28, 'l', 'Are they the thin plastic Dictabelts (blue or red loops), or wax cylinders?'],
    [60, 'p', 'thin blue plastic loops'],
    [68, 'l', "Those are Dictabelts. You need a working Dictabelt player or a transfer service to hear them; the Association for Recorded Sound Collections has guidance on caring for them at arsc-audio.org. I'll look for a transfer service in our region and get back to you by Monday."],
    [74, 'l', 'Does that help for now?'],
    [100, 'p', 'yes thanks'],
    [104, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no thats it'],
    [124, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 26 a transfer with a notice and a note saying why
  s(KOFI, '26 Mergenthaler\'s Linotype for a school paper: "I\'m transferring you to her now — one moment", a note why, Ruth at the Pratt, Chronicling America', [
    [0, 'p', 'was the linotype machine really invented in baltimore? need sources for a newspaper club article'],
    [18, 'l', 'Hi, this is Kofi with AskUsNow! — thanks for reaching out.'],
    [24, 'l', "What's the article's deadline, and do you need print sources?"],
    [50, 'p', 'friday, any sources ok but the teacher likes primary ones'],
    [56, 'l', "A colleague in the Enoch Pratt Free Library's Maryland Department knows their Mergenthaler material well, so I'm transferring you to her now — one moment."],
    [59, 'i', 'Hi Ruth — student needs sources (primary if possible) on Mergenthaler and the Linotype being invented in Baltimore, for a school newspaper piece due Friday. Can you take it?'],
    xfer(62, 'Ruth', 'ruth-tw'),
    [100, 'l', "Hello! Ruth here, librarian in the Pratt's Maryland Department. Yes: Ottmar Mergenthaler built the Linotype in Baltimore in the 1880s, and the New York Tribune began setting type with it in 1886. For primary sources, search 'Mergenthaler' in Chronicling America (chroniclingamerica.loc.gov) for 1880s newspaper reports; our catalog at prattlibrary.org has biographies of him.", as(RUTH)],
    [106, 'l', 'Does that give you what you need?', as(RUTH)],
    [140, 'p', 'yes perfect thanks, that is everything!'],
    [145, 'l', 'Good luck with the article — thanks for chatting!', as(RUTH)],
  ], usual({ transfer: 'pass' })),

  // 27 a silent transfer: a note only
  s(JADA, '27 Gregg shorthand for college notes: a note ("my shift ends in 2 min"), the transfer with no word to the patron, Lee 85 s after the patron', [
    [0, 'p', 'is there any way to learn gregg shorthand today? i want to use it for taking notes in college'],
    [20, 'l', 'Hello! Jada here, a librarian with AskUsNow!.'],
    [26, 'l', 'Do you want to learn from books, or would videos or an online course work better?'],
    [55, 'p', 'books are fine, i like old stuff'],
    [60, 'i', 'Lee, my shift ends in 2 min — can you take this one? Pt wants to learn Gregg shorthand from books, for college notes.'],
    xfer(63, 'Lee', 'lee-tw'),
    [140, 'l', "Hi, Lee here, a librarian with AskUsNow!. The Gregg Shorthand Manual Simplified is the classic teach-yourself book; search 'Gregg shorthand' in WorldCat (worldcat.org) to find a copy to borrow through your library. Andrew Owen's free site gregg.angelfishy.net has the old lessons scanned too.", as(LEE)],
    [146, 'l', 'Did that help?', as(LEE)],
    [175, 'p', 'yes thank you, exactly what i wanted'],
    [180, 'l', 'Anything else I can find for you?', as(LEE)],
    [195, 'p', 'no, thanks!'],
    [200, 'l', 'Happy writing, bye!', as(LEE)],
  ], usual({ transfer: 'fail' })),

  // 28 a transfer with a notice and no note; the receiver 122 s after the notice
  s(GRACE, '28 una carta a la maestra (partly Spanish): "I\'m going to transfer you to a Spanish-speaking colleague" with no note, Ernesto 122 s later, colorincolorado.org', [
    [0, 'p', 'hola, necesito escribir una carta formal a la escuela de mi hija, para pedir una reunion con la maestra. me ayudan?'],
    [22, 'l', "Hi, welcome to AskUsNow! I'm Grace, a librarian."],
    [28, 'l', "I'm going to transfer you to a Spanish-speaking colleague so you can do this in Spanish, one moment please."],
    xfer(31, 'Ernesto', 'ernesto-tw'),
    [150, 'l', '¡Hola! Soy Ernesto, bibliotecario de AskUsNow!. ¿La carta es en inglés o en español?', as(ERNESTO)],
    [180, 'p', 'en ingles, mi ingles no es muy bueno'],
    [188, 'l', 'Aquí tiene un modelo en inglés: "Dear Ms. ___, I am the mother of ___ in your class. I would like to meet with you to talk about her progress. I am available on ___. Thank you, ___." Colorín Colorado (colorincolorado.org), un sitio bilingüe para familias, tiene más consejos para comunicarse con la escuela.', as(ERNESTO)],
    [194, 'l', '¿Le sirve el modelo?', as(ERNESTO)],
    [230, 'p', 'si, muchas gracias! es todo'],
    [235, 'l', '¡Con gusto! Gracias por escribirnos, y suerte con la reunión 😊', as(ERNESTO)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 29 Practice
  s(TRAINEE, '29 practice chat (typewriter ribbon script): coded Practice, every check na', [
    [0, 'p', 'TEST — practice session: typewriter ribbon question'],
    [8, 'l', 'Practice reply: ribbons at samplelibrary.org/typewriters'],
    [15, 'p', 'end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 no provider ever joined
  s(QUEUE, '30 a typewriter to use in Ocean City: no provider ever joined, "hello? anyone", "nvm", patron left, code null', [
    [0, 'p', 'does any library in ocean city have a typewriter i can use to fill out an old paper form??'],
    [3, 's', 'Thanks for your patience — a librarian will be with you soon. You are number 4 in line.'],
    [130, 'p', 'hello? anyone'],
    [210, 'p', 'nvm'],
    left(214),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TYPEWRITERS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('06')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "Go to house.gov and use Find Your Representative … Write to them there" sends the patron to write to their representative and gives house.gov, the URL that leads to the representative\'s page and its mailing addresses, in the same message; a URL is one of the ways to reach a party that RUBRIC.md lists, so the one party referred has one.',
  [byNo('11')]:
    'info.source: expected fail, got pass ("gave a source"). Message 4: "Thread it through the slotted ribbon vibrator in the middle (the little guide that pops up when you type)" names a part of the typewriter, not a guide to read; the answer comes from memory with no URL, domain, contact or named resource (database, catalogue, guide, book, web page), so by RUBRIC.md a substantive exchange with no source fails.',
  [byNo('12')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "check with the Baltimore Museum of Industry, which collects Baltimore business and office history" tells the patron to ask an organisation with no e-mail, phone, address or URL for it; the e-mail in the same message belongs to the second party, the Early Typewriter Collectors\' Association, and RUBRIC.md asks that every party referred come with a way to reach them.',
  [byNo('18')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 5: "Let me know if you need anything else — thanks for chatting!" is a sign-off sent 121 s into the patron\'s silence that invites them to say so but asks nothing, and the patron never said they were done; RUBRIC.md asks the provider to ask whether the patron needs anything else. Also referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "The NCR Archive at Dayton History keeps the old serial-number ledgers; their page at daytonhistory.org explains how to send them a dating request" sends the patron to write to an organisation outside the chat to have the register dated (a referral by RUBRIC.md\'s Terms: contact or write to them), with a URL to reach it.',
};

describe('eighty-fourth round: typewriters, old office machines and letter writing, checked', () => {
  describeSessions('whole sessions', TYPEWRITERS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TYPEWRITERS.filter((c) => c.name in LEFT_WHY));
});
