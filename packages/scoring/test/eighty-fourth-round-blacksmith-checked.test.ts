/**
 * Eighty-fourth round, theme BLACKSMITHING, FORGING AND METALWORK, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: dating a grandfather's Peter Wright anvil (01), welding classes in
 * Montgomery County in Spanish (02), a first forge, coal or propane (03), tempering a 1084 knife (04), a rusting cast-iron
 * porch railing in Ellicott City (05), colonial blacksmiths for a fourth-grade project (06), Damascus against
 * pattern-welded steel (07), smithing coal near Hagerstown (08), blacksmith or farrier for a sixteen-year-old (09), a knife
 * from a leaf spring and the spark test (10), forge-welding flux (11), buying a used anvil (12), Samuel Yellin's ironwork in
 * Baltimore (13), casting aluminium in a backyard furnace (14), making tongs without welding (15), safety gear for a forge
 * class, partly in Spanish (16), sinking a copper bowl on a stump (17), blacksmithing as a living (18), dating a Buffalo
 * Forge blower (19), a forged barn-door hinge in Spanish (20), a practice chat (21), the blacksmith shop at Jerusalem Mill
 * with no librarian free (22), an 1860 Reisterstown blacksmith in the census (23), makerspaces with metal tools in Anne
 * Arundel County (24), an S. Kirk & Son teapot (25), blacksmith demonstrations at Jerusalem Mill (26), the workers of
 * Catoctin Furnace (27), beginner classes with a guild near Westminster (28), an Ames sword from a Rockville attic (29), and
 * evening welding classes and tool lending in Baltimore County (30). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/blacksmith-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 18 s (01), exactly 60 s (03: pass), 61 s after the patron's second line at 30 (04: fail), 59 s (12: pass), 48 s
 *   after "hay alguien?" (20), no provider ever, only the queue's system line and the patron leaving (22: fail);
 *  greeting: "Hi there, thanks for contacting AskUsNow! I'm Dana, a librarian at …" (01); Spanish "¡Hola, buenas noches!
 *   Soy Marisol, bibliotecaria de …" (02); "Hi there! Happy to help with that." with the identity only in the screen name
 *   "Kim M. (HCLS)" (05: fail); "Hi, welcome! You're chatting with a librarian." with no name or library (10: pass);
 *   "Welcome to AskUsNow! 👋" with the service only (15: pass); "Yara at Enoch Pratt Free Library." with no greeting word
 *   (25: fail); "Hello, Rafa at Somerset County Library here. Good question!" (18); "Hi there! Amir, librarian with
 *   AskUsNow!, here to help." (27); none joined (22: na);
 *  waits: a hold at 56, the patron's "ok ty" at 100 inside it, "Still looking — I've found two good books and I'm
 *   checking …" at 176 and the answer at 296 (06: two spans of exactly 120 s, pass); a transfer notice at 56 and the
 *   receiver's first line at 177 (07: 121 s, fail); "No rush, take your time." and the patron back 204 s later (23: waiting
 *   on the patron, pass); two patron lines before a 61 s pickup (04: pickup's wait alone); a silent transfer with the
 *   receiver 50 s after the patron (09);
 *  inquiry: a question about the anvil's lettering (01), purpose and language (02), place and projects (03), oven or torch
 *   (04), cast or wrought (05), book or website and the due date (06), the short answer or sources (07), a question only
 *   after the first source (08: fail), career and age (09), the truck and year (10), forge and steel (11), weight and brand
 *   (12), a restatement with no question, "So you're looking for work by Samuel Yellin … that's here in Baltimore — got
 *   it." (13: pass), furnace type (14), welding or not (15), the census page (23), the county as the only question of a
 *   session with no source (20: pass), the receiving provider's "credit … or non-credit" (30);
 *  sources: library.carr.org and Postman's Anvils in America, montgomerycollege.edu, Hobbies & Crafts Reference Center,
 *   The Complete Bladesmith, Preservation Brief 27 at nps.gov, stmalib.org and hsmcdigshistory.org, fcpl.org and Academic
 *   Search Complete, abana.org, The $50 Knife Shop, The New Edge of the Anvil, pgcmls.info, Samuel Yellin, Metalworker,
 *   Metal Casting (Chastain), Mastering the Fundamentals of Blacksmithing, A Blacksmithing Primer, The Complete Metalsmith,
 *   bls.gov/ooh, Ancestry Library Edition, aacpl.net, Silver in Maryland, jerusalemmill.org, catoctinfurnace.org and
 *   slavery.msa.maryland.gov, a guild's phone and e-mail (28: the only source), American Swords and Sword Makers and
 *   montgomeryhistory.org, ccbcmd.edu and bcpl.info; none: the answer from memory with the American Farrier's
 *   Association named and no way to reach it (09: fail), a county asked and the patron gone (20: fail);
 *  completeness: "Does that answer what you wanted to know?", "¿Le sirve esta información?", "Did that help?", "Does that
 *   cover it?", "Is that the kind of thing you had in mind, or is there anything else I can help with?" (13, in the source's
 *   message), "Does the Ancestry tip help for now?"; the offer "Would you like me to find a video of a spark test too?"
 *   (10: fail); none at all (20: fail);
 *  anything else: asked by the provider (03, 08, 09, 26, 29); patron-side "thats everything", "no tengo mas preguntas",
 *   "thats all i needed", "that is all we needed", "no other questions", "thats all for now", "thats all"; near misses:
 *   "nah im good" to the video offer and "Let me know if there's anything else you need. Thanks for chatting!" (10: fail),
 *   "yes thanks!" (27: fail), "wow ok" (11), no question before a 119 s … 205 s final idle (14 … 18);
 *  endings: "I have to log off now, my shift is over." after two more questions, and nothing else (11: dismissal and
 *   courteous fail); "I have several other patrons waiting in the queue right now, so I'd suggest coming back to chat
 *   later" (12: allowed); the patron's "wow ok" as the last line (11);
 *  final idle: goodbye 119 s after the answer (13: na); "Are you still with me?" and a goodbye exactly 120 s after the
 *   answer (14: idle pass, notice na); an offer of more and `endedAt` 121 s after the answer with no check-in and no thanks
 *   (15: idle and courteous fail); "Are you still there?" and "It looks like you've disconnected, so I'll end this chat now.
 *   Come back anytime …" exactly 180 s after the answer (16: both pass); "Hi, still there?" and "Thanks for stopping by —
 *   come back anytime!" 181 s after (17: notice fails); "It looks like you've disconnected. I'll be closing this chat." with
 *   no question and no thanks, `endedAt` 210 s after the answer (18: idle fails, notice passes, courteous fails); a true
 *   Lost Call, greeting only, check-in at 150, notice and goodbye at 210 (19); the same in Spanish after two patron lines
 *   and a clarifying question, 197 s (20);
 *  codes: Answered mostly; the field left out (06: na); null with a provider (11: fail); Lost Call with one patron line
 *   (19, 22: pass) and with two (20: fail); Practice (21: all na); a promise coded Answered (26: fail); a follow-up code
 *   with no patron contact anywhere (27: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h, judged at day 3 (23: pass); FU_LIB, a phone
 *   typed and read back, "within 72 hours", nothing recorded at day 2 (24: pending); FU_ME, e-mail read back, no time,
 *   done 73 h after `endedAt` (25: contact and on_time fail); "I'll … e-mail you tomorrow", the e-mail only in
 *   `patron.email`, coded Answered, nothing recorded at day 5 (26: code, contact, on_time fail); FU_LIB, "their local
 *   history librarian will get back to you next week", no contact known, judged at day 1 (27: contact fails, pending);
 *  referrals: the guild's class coordinator by phone and e-mail (28: pass); Montgomery History through montgomeryhistory.org
 *   and "an antique arms dealer in Frederick" with no way to reach one (29: fail); not referrals: a county's staff asked
 *   to call the patron (24), the Maryland Room asked on the patron's behalf (27), ABANA's affiliate list as a web page to
 *   use (08);
 *  transfers: a notice (a hold) and an internal note saying why (30: pass); a notice only, no note (07: fail); a note only,
 *   no word to the patron (09: fail);
 *  concurrency: three others, four open at once from 50 s to 100 s (12: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass); a transferred session whose first provider has
 *   three others open only after the transfer, and whose receiver has three at most over her part (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a screen name like "Kim M. (HCLS)" is the author field, not the text: "Hi there! Happy to help with that." and a
 *   question identify no one (05: greeting fails); "You're chatting with a librarian." identifies who is answering by
 *   "librarian" alone (10: pass); "Welcome to AskUsNow!" greets and names the service in one (15: pass); "Yara at Enoch
 *   Pratt Free Library." names her and the library but greets no one, and the second message is a question (25: fails);
 * - "Still looking — I've found two good books and I'm checking which branch has them" gives a partial result and says
 *   the search goes on: a hold (06); the patron's "ok ty" inside the hold does not restart the wait (06);
 * - "I'm transferring you to him now, hang on." announces a transfer: a hold, so the wait runs from it to the receiver's
 *   first line, 121 s (07: keep_informed fails);
 * - "No rush, take your time." is not a hold: the 204 s after it is waiting on the patron (23);
 * - "So you're looking for work by Samuel Yellin … that's here in Baltimore — got it." restates the question before the
 *   source (13: clarify passes with no question asked);
 * - "Are you after a ton or just a few bags?" comes after the message that gives abana.org: too late for clarify (08);
 * - "¿En qué condado vive? Así busco en el catálogo de su biblioteca." asks the patron's residence, a question that shapes
 *   the answer; no source is ever given, so it counts (20: clarify passes, the session has a substantive exchange);
 * - the American Farrier's Association named with no way to reach it is not a source, and "many take the … certification
 *   exams" tells the patron to contact no one (09: source fails, referral na);
 * - ABANA's affiliate list at abana.org is a web page for the patron to use (a source); the coal groups are described, but
 *   the patron is not told to contact or visit one (08: referral na);
 * - "Would you like me to find a video of a spark test too?" offers something not yet given (10: completeness fails);
 *   "nah im good" declines that offer and does not say explicitly that the patron is done, and "Let me know if there's
 *   anything else you need. Thanks for chatting!" says so as a statement in the goodbye and asks nothing (10: anything_else
 *   fails);
 * - "no tengo mas preguntas" (02), "thats all for now" (23), "no other questions" (25), "thats all" (24, 30) say explicitly
 *   that the patron is done; "yes thanks!" (27), "wow ok" (11) do not;
 * - "Is that the kind of thing you had in mind, or is there anything else I can help with?" in the message that gives the
 *   source is both the completeness question and the anything-else question (13);
 * - "I have to log off now, my shift is over." ends the help for the provider's convenience with no way back (11:
 *   dismissal fails); it thanks no one and says no goodbye (11: courteous fails);
 * - "I'll close this out for now. Thanks for chatting, and be careful …" thanks the patron and does not ask whether they are
 *   there: a goodbye, so the final idle ends there, exactly 120 s (14); "It looks like you've disconnected, so I'll end
 *   this chat now. Come back anytime …" is the notice and a goodbye (16: 180 s); "It seems you've been disconnected, so
 *   I'm going to end this session. Please come back anytime — thanks!" too (19); "Parece que se ha desconectado, así que
 *   voy a cerrar el chat. ¡Vuelva cuando quiera!" too (20);
 * - "If you'd like, I can also look for a class near you …" is neither a hold nor a goodbye nor a promise (15: the final
 *   idle runs to `endedAt`, 121 s; courteous fails);
 * - "It looks like you've disconnected. I'll be closing this chat." tells the patron they seem disconnected and that the
 *   session will end, but asks nothing and thanks no one (18: notice passes, check-in and courteous fail);
 * - a resolution code field set to `undefined` is a field left out (06: na);
 * - "I'll keep an eye on it and e-mail you tomorrow once it's up" promises to send more later (26: a follow-up session);
 *   "their local history librarian will get back to you next week" promises that someone will contact the patron (27);
 * - "someone from your library will call you within 72 hours" says when (24); "I'll send you what I find." does not (25);
 * - a follow-up recorded 73 h after `endedAt` is late (25); one not recorded at day 5 is past the deadline (26); one not
 *   recorded at day 1 or day 2 is pending (24, 27);
 * - a county library's staff asked to call the patron, and the Maryland Room consulted on the patron's behalf, are not
 *   referrals: the patron is not told to contact them (24, 27);
 * - "you could also take it to an antique arms dealer in Frederick for an appraisal" tells the patron to visit an
 *   organisation outside the chat with no way to reach it, so not every party has a contact (29: referral fails);
 * - a transferred session counts for its first provider only until the transfer and for the receiver after it (RUBRIC.md,
 *   concurrency): the first provider's three other chats that open after the transfer are not "while this session was
 *   open" for her (30: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (06, 10, 20, 29). Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood).
 * Final: 26 running, 4 LEFT (LEFT_WHY: "Does that give him both sources he needs?" not read as the completeness question,
 * 06; "Let me know if there's anything else you need." in a goodbye read as asking, 10; "Así busco en el catálogo de su
 * biblioteca." read as giving the catalogue as a source, so clarify fails and source passes, 20; "an antique arms dealer in
 * Frederick" not read as a second party, 29).
 * ON v72 AS LANDED (block AL): 06 reads as labelled and runs ("Does that give him both sources he needs?": AL3): 27 running, 3 LEFT
 *   (10, 20, 29).
 * NOTE (rubric v73, block AM): 20 runs now ("Así busco en el catálogo de su biblioteca." gives no source, AM8) and 29 ("contact
 *   Montgomery History … through its website, …, and you could also take it to an antique arms dealer in Frederick", two
 *   parties, AM1): 29 running, 1 LEFT (10).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-bs', name: 'Dana', library: 'CCPL-CA' };
const MARISOL: Prov = { id: 'marisol-bs', name: 'Marisol', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-bs', name: 'Omar', library: 'HCPL-MD' };
const BRYN: Prov = { id: 'bryn-bs', name: 'Bryn', library: 'AACPL' };
const KIM: Prov = { id: 'kim-bs', name: 'Kim M. (HCLS)', library: 'HCLS' };
const ELISE: Prov = { id: 'elise-bs', name: 'Elise', library: 'SMCL' };
const FELIX: Prov = { id: 'felix-bs', name: 'Felix', library: 'FCPL-MD' };
const TOMAS: Prov = { id: 'tomas-bs', name: 'Tomás', library: 'FCPL-MD' };
const GINA: Prov = { id: 'gina-bs', name: 'Gina', library: 'WCFL' };
const HANK: Prov = { id: 'hank-bs', name: 'Hank', library: 'TCFL' };
const RUTH: Prov = { id: 'ruth-bs', name: 'Ruth', library: 'TCFL' };
const IRIS: Prov = { id: 'iris-bs', name: 'Iris', library: 'CCPL-CE' };
const JUNE: Prov = { id: 'june-bs', name: 'June', library: 'QACL' };
const KOFI: Prov = { id: 'kofi-bs', name: 'Kofi', library: 'PGCMLS' };
const LENA: Prov = { id: 'lena-bs', name: 'Lena', library: 'EPFL' };
const MIGUEL: Prov = { id: 'miguel-bs', name: 'Miguel', library: 'HCLS' };
const NADIA: Prov = { id: 'nadia-bs', name: 'Nadia', library: 'AUN' };
const OREN: Prov = { id: 'oren-bs', name: 'Oren', library: 'WORC' };
const PIA: Prov = { id: 'pia-bs', name: 'Pia', library: 'KCPL-MD' };
const RAFA: Prov = { id: 'rafa-bs', name: 'Rafa', library: 'SCL-MD' };
const SOFIA: Prov = { id: 'sofia-bs', name: 'Sofia', library: 'CCPL-CR' };
const ALMA: Prov = { id: 'alma-bs', name: 'Alma', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-bs', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-bs', name: 'Queue', library: 'VRQ' };
const VERA: Prov = { id: 'vera-bs', name: 'Vera', library: 'BCPL' };
const WREN: Prov = { id: 'wren-bs', name: 'Wren', library: 'AUN' };
const YARA: Prov = { id: 'yara-bs', name: 'Yara', library: 'EPFL' };
const ZARA: Prov = { id: 'zara-bs', name: 'Zara', library: 'HCPL-MD' };
const AMIR: Prov = { id: 'amir-bs', name: 'Amir', library: 'AUN' };
const BEA: Prov = { id: 'bea-bs', name: 'Bea', library: 'AUN' };
const CORY: Prov = { id: 'cory-bs', name: 'Cory', library: 'MCPL' };
const GAIL: Prov = { id: 'gail-bs', name: 'Gail', library: 'AUN' };
const NOOR: Prov = { id: 'noor-bs', name: 'Noor', library: 'BCPL' };

const s = session;

export const BLACKSMITH: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 grandpa\'s Peter Wright anvil "1 1 8": lettering asked, Postman\'s Anvils in America at library.carr.org, "thats everything"', [
    [0, 'p', 'hi! got my grandfathers anvil, it says PETER WRIGHT PATENT and the numbers 1 1 8 on the side. how old is it and what do the numbers mean?'],
    [18, 'l', "Hi there, thanks for contacting AskUsNow! I'm Dana, a librarian at Carroll County Public Library."],
    [24, 'l', 'Is the lettering in a curve (an arc) or in straight lines? And is "ENGLAND" stamped anywhere on it?'],
    [70, 'p', 'arc i think. no england that i can see'],
    [79, 'l', "The numbers are the old English hundredweight system: 1-1-8 means 1 hundredweight (112 lb) + 1 quarter (28 lb) + 8 lb, so about 148 lb. Peter Wright anvils without 'ENGLAND' were generally made before 1910. The standard book for dating them is Richard Postman's Anvils in America; it's in our catalog at library.carr.org (search 'Postman anvils') and you can place a hold for pickup at any branch."],
    [86, 'l', 'Does that answer what you wanted to know?'],
    [120, 'p', 'wow yes, 148 lbs sounds about right, its HEAVY lol. thats everything, thank you!!'],
    [126, 'l', "You're welcome! Enjoy the anvil, and thanks for chatting with us. 🔨"],
  ], usual()),

  // 02 Spanish: welding classes
  s(MARISOL, '02 clases de soldadura en Montgomery (Spanish): purpose and language asked, montgomerycollege.edu + the catalog, "no tengo mas preguntas"', [
    [0, 'p', 'hola buenas noches, busco clases de soldadura para adultos en el condado de montgomery, hay algo barato?'],
    [22, 'l', '¡Hola, buenas noches! Soy Marisol, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [29, 'l', '¿Las clases son para buscar trabajo de soldador o más bien como pasatiempo? ¿Y las necesita en español?'],
    [75, 'p', 'para trabajo. mi ingles es mas o menos, mejor en español si hay'],
    [84, 'l', 'Montgomery College tiene clases de soldadura (Welding) en su programa de Workforce Development & Continuing Education; los horarios y precios están en montgomerycollege.edu si busca "welding". Casi todas son en inglés, pero el mismo programa ofrece clases de inglés para el trabajo. En nuestro catálogo (montgomerycountymd.gov/library) también hay libros en español para prepararse para la certificación de soldador.'],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si me sirve mucho. no tengo mas preguntas, gracias!!'],
    [147, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucha suerte con las clases. 😊'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(OMAR, '03 coal or propane for a first forge: pickup at exactly 60 s, place and projects asked, Hobbies & Crafts Reference Center, "Anything else I can look up"', [
    [0, 'p', 'whats better for a beginner, a coal forge or a propane forge'],
    [60, 'l', 'Good evening! Omar here, a librarian at Harford County Public Library. Thanks for waiting.'],
    [66, 'l', 'Where would you set it up — garage, shed, outside? And what do you want to make?'],
    [110, 'p', 'detached garage. knives mostly, maybe hooks and bottle openers'],
    [120, 'l', "For knives and small pieces, most beginners start with propane: it lights in minutes, burns clean and is easier on the neighbors. Coal gets a small spot hotter and is better for forge welding, but it smokes and needs a proper chimney. Hobbies & Crafts Reference Center (hcplonline.org > eResources) has a 'choosing your first forge' article, and Lorelei Sims's The Backyard Blacksmith, which we own, compares the two and has plans."],
    [127, 'l', 'Did that help?'],
    [160, 'p', 'yes a lot'],
    [164, 'l', 'Anything else I can look up for you?'],
    [190, 'p', 'no thats it'],
    [195, 'l', 'Great, happy forging, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 04 pickup at 61 s after two patron lines
  s(BRYN, '04 tempering a 1084 knife: "its 1084 steel if that matters" at 30, pickup at 61 s, The Complete Bladesmith at aacpl.net', [
    [0, 'p', 'how do i temper a knife after quenching it? what color should it be'],
    [30, 'p', 'its 1084 steel if that matters'],
    [61, 'l', "Hello! I'm Bryn, a librarian at Anne Arundel County Public Library. Sorry for the wait."],
    [67, 'l', 'Are you tempering in a kitchen oven or with a torch?'],
    [95, 'p', 'kitchen oven'],
    [103, 'l', "For 1084, most makers temper at about 400 °F for two one-hour cycles, letting it cool in between; the blade should come out a light straw color. Jim Hrisoulas's The Complete Bladesmith has a tempering chart with the colors and temperatures; it's in our catalog at aacpl.net, and Hobbies & Crafts Reference Center (aacpl.net > Research) has a shorter how-to."],
    [110, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yep perfect, thats all i needed'],
    [145, 'l', 'Glad to help! Stay safe at the forge — bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 identity only in the screen name
  s(KIM, '05 a rusting cast-iron porch railing in Ellicott City: "Hi there! Happy to help with that." (identity only in the screen name), Preservation Brief 27 at nps.gov', [
    [0, 'p', 'we have an old iron railing on our porch in ellicott city thats rusting really bad. how do we fix it without replacing the whole thing?'],
    [20, 'l', 'Hi there! Happy to help with that.'],
    [26, 'l', 'Do you know if it is cast iron or wrought iron? Cast usually has repeated molded patterns; wrought is hammered bars and scrolls.'],
    [70, 'p', 'molded pattern so cast i think. house is from 1890 something'],
    [78, 'l', "For cast iron, the National Park Service's Preservation Brief 27, 'The Maintenance and Repair of Architectural Cast Iron', goes through getting the rust off, which primers to use, and when a cracked piece is beyond a home repair. It's free online: search 'Preservation Brief 27' at nps.gov."],
    [84, 'l', 'Does that cover what you needed?'],
    [120, 'p', 'yes perfect, thats all i needed'],
    [125, 'l', 'Great! Good luck with the porch, and thanks for chatting.'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s; the code field left out
  s(ELISE, '06 colonial blacksmiths for a 4th grader: hold at 56, "ok ty" at 100, "Still looking — I\'ve found two good books" at 176, answer at 296, no code field', [
    [0, 'p', 'hi my son has a 4th grade project on colonial blacksmiths in maryland. where can we find stuff for kids'],
    [15, 'l', "Hello! This is Elise, a librarian at St. Mary's County Library."],
    [21, 'l', 'Does the project need a book, or are websites okay too? And when is it due?'],
    [50, 'p', 'needs 2 sources and one has to be a book. due friday'],
    [56, 'l', 'Let me search our kids catalog for you, one moment.'],
    [100, 'p', 'ok ty'],
    [176, 'l', "Still looking — I've found two good books and I'm checking which branch has them on the shelf."],
    [296, 'l', "Here they are: 'The Blacksmiths' by Leonard Everett Fisher and 'Colonial Crafts' by Bobbie Kalman are both on the shelf at the Lexington Park branch; search the titles at stmalib.org to put them on hold. For a website, Historic St. Mary's City has pages on the trades of the colony at hsmcdigshistory.org."],
    [302, 'l', 'Does that give him both sources he needs?'],
    [340, 'p', 'perfect!! thank you so much, that is all we needed'],
    [346, 'l', 'Wonderful. Good luck to him on the project, and thanks for chatting!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 07 a transfer notice with no note; the receiver 121 s after it
  s(FELIX, '07 Damascus or pattern-welded steel: "I\'m transferring you to him now, hang on." with no note, Tomás 121 s later, fcpl.org + Academic Search Complete', [
    [0, 'p', 'is damascus steel the same thing as pattern welded steel? arguing with a guy at my hammer-in'],
    [18, 'l', "Hi! Felix here, librarian at Frederick County Public Libraries' Ask a Librarian."],
    [24, 'l', 'Do you want the short answer for the argument, or sources you can show him?'],
    [50, 'p', 'sources lol he wont believe me otherwise'],
    [56, 'l', "Ha! Our science librarian Tomás is on chat tonight and knows metallurgy well — I'm transferring you to him now, hang on."],
    xfer(59, 'Tomás', 'tomas-bs'),
    [177, 'l', "Hey, Tomás here. They're different things: true Damascus (wootz) was a crucible steel made in India and forged in the Middle East, and its pattern comes from carbides inside the steel itself; pattern welding is forge-welding layers of different steels together. J.D. Verhoeven's Steel Metallurgy for the Non-Metallurgist is in our catalog at fcpl.org, and Academic Search Complete (fcpl.org > Research) has his Scientific American article 'The Mystery of Damascus Blades'.", as(TOMAS)],
    [183, 'l', 'Does that settle it?', as(TOMAS)],
    [210, 'p', 'haha yes. thats all i need, thanks'],
    [215, 'l', 'Good luck at the hammer-in! Thanks for chatting.', as(TOMAS)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 08 the question only after the source
  s(GINA, '08 smithing coal near Hagerstown: abana.org straight after the greeting, "Are you after a ton or just a few bags?" after it', [
    [0, 'p', 'where can i buy blacksmith coal near hagerstown? the bagged stuff from the farm store is garbage'],
    [15, 'l', 'Hey there! Gina at Washington County Free Library, happy to help.'],
    [21, 'l', 'Good smithing coal (low-sulfur bituminous) is mostly sold through blacksmithing groups, which buy it by the truckload and sell bags to their members. ABANA keeps a list of its affiliate groups by state at abana.org, so you can see which ones are within driving distance of Hagerstown.'],
    [27, 'l', 'Are you after a ton or just a few bags?'],
    [60, 'p', 'few bags to start'],
    [66, 'l', 'Bags it is, then: most groups sell coal in 50 lb bags at their meetings. Did that help?'],
    [90, 'p', 'yeah ill look, thanks'],
    [95, 'l', 'Anything else I can help with today?'],
    [110, 'p', 'nope'],
    [114, 'l', 'Okay! Thanks for chatting, and happy smithing.'],
  ], usual({ clarify: 'fail' })),

  // 09 a silent transfer; the answer from memory
  s(HANK, '09 blacksmith or farrier for a 16-year-old: an internal note, a transfer with no word to the patron, Ruth answers from memory (AFA named, no way to reach it)', [
    [0, 'p', 'whats the difference between a blacksmith and a farrier? my daughter wants to shoe horses'],
    [20, 'l', 'Hello, Hank here, a librarian at Talbot County Free Library.'],
    [26, 'l', 'Is she thinking of it as a career, and how old is she?'],
    [60, 'p', '16, and yes as a career'],
    [64, 'i', 'Ruth, teen wants to become a farrier, career q. You grew up with horses, can you take this one?'],
    xfer(67, 'Ruth', 'ruth-bs'),
    [110, 'l', "Hi, Ruth here! A blacksmith forges all sorts of things from iron and steel; a farrier trims and shoes horses' hooves and shapes the shoes to fit. Most farriers go to a farrier school for a few months and then work under an experienced farrier, and many take the American Farrier's Association's certification exams.", as(RUTH)],
    [116, 'l', 'Does that help you both get started?', as(RUTH)],
    [150, 'p', 'yes thank you'],
    [155, 'l', 'Anything else?', as(RUTH)],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Good luck to her! Bye for now.', as(RUTH)],
  ], usual({ source: 'fail', transfer: 'fail' })),

  // 10 an offer of more; "let me know if"
  s(IRIS, '10 a knife from a 70s Ford leaf spring: "You\'re chatting with a librarian.", The $50 Knife Shop, "Would you like me to find a video … too?", "nah im good"', [
    [0, 'p', 'can i make a knife out of an old leaf spring? how do i know what kind of steel it is'],
    [16, 'l', "Hi, welcome! You're chatting with a librarian."],
    [22, 'l', 'Do you know what vehicle it came off, and about how old it is?'],
    [55, 'p', 'old ford truck, 70s maybe'],
    [63, 'l', "Older leaf springs are usually 5160 or a similar spring steel, which makes a good knife. Makers check with a spark test on a bench grinder: high-carbon steel throws bright, bushy sparks that branch out. Wayne Goddard's The $50 Knife Shop shows the spark test and how to forge a blade from a spring; search it in the catalog at ccplnet.org and we can send it to your branch."],
    [70, 'l', 'Would you like me to find a video of a spark test too?'],
    [100, 'p', 'nah im good'],
    [105, 'l', "Okay! Let me know if there's anything else you need. Thanks for chatting!"],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 11 "my shift is over"; code null
  s(JUNE, '11 forge-welding flux for chain links: The New Edge of the Anvil, more questions, "I have to log off now, my shift is over.", code null', [
    [0, 'p', 'my forge welds keep failing, what flux should i be using'],
    [20, 'l', "Hi, I'm June, a librarian at Queen Anne's County Library."],
    [26, 'l', 'Is it a coal or a gas forge, and what are you welding?'],
    [55, 'p', 'gas forge, mild steel, making chain links'],
    [63, 'l', "Plain borax, the 20 Mule Team kind from the laundry aisle, is what most smiths use; mild steel needs a near-white welding heat, so the forge has to be running hot. Jack Andrews' The New Edge of the Anvil has a clear chapter on forge welding, and it's in our catalog at qaclibrary.org."],
    [70, 'l', 'Did that help?'],
    [95, 'p', 'sort of. what about scarfing the ends and how hard do i hit and do i need a flux spoon'],
    [101, 'p', 'and what temp exactly??'],
    [108, 'l', 'I have to log off now, my shift is over.'],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 12 other patrons waiting; four open at once
  s(KOFI, '12 a used 125 lb anvil on Craigslist: pickup at 59 s, pgcmls.info, a long list, "several other patrons waiting … coming back to chat later", four open at once', [
    [0, 'p', 'looking at a used anvil on craigslist for $450, what should i check before i buy it'],
    [59, 'l', "Good afternoon! Kofi at Prince George's County Memorial Library System here, thanks for waiting."],
    [65, 'l', 'About what weight is it, and do you know the brand?'],
    [95, 'p', 'seller says 125 lb, cant read the name'],
    [103, 'l', "Bring a small ball bearing and drop it on the face: a good anvil bounces it most of the way back. Look for chipped or mushroomed edges, a sagging face, and welded repairs. Postman's Anvils in America explains how to read faded markings; it's in our catalog at pgcmls.info, and Hobbies & Crafts Reference Center (pgcmls.info > eResources) has a buyer's checklist."],
    [110, 'l', 'Does that cover it?'],
    [140, 'p', 'yes!! now how do i mount it, stand height, how to stop the ringing, where to buy tongs, what hammer, and do i need a post vise'],
    [148, 'l', "That's a great list! I have several other patrons waiting in the queue right now, so I'd suggest coming back to chat later and we can take them a few at a time — we're glad to help."],
    [165, 'p', 'ok fair enough lol'],
    [170, 'l', 'Thanks, and good luck with the anvil!'],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kofi-bs', -200, 100), other('k2', 'kofi-bs', -50, 300), other('k3', 'kofi-bs', 50, 400)],
  }),

  // 13 a restatement; a goodbye 119 s after the answer
  s(LENA, '13 Samuel Yellin\'s ironwork in Baltimore: a restatement and no question, prattlibrary.org, completeness and anything-else in one line, goodbye 119 s later', [
    [0, 'p', 'is there any samuel yellin ironwork in baltimore?? i know he was a philly guy'],
    [20, 'l', "Hello! I'm Lena, a librarian with Enoch Pratt Free Library's Ask Us."],
    [28, 'l', "So you're looking for work by Samuel Yellin, the Philadelphia iron craftsman, that's here in Baltimore — got it."],
    [58, 'p', 'yep! would love to go see some'],
    [66, 'l', "He made gates, grilles and lanterns for buildings up and down the East Coast in the 1920s, Baltimore included. Jack Andrews's Samuel Yellin, Metalworker lists his commissions by city; search it in our catalog at prattlibrary.org. Is that the kind of thing you had in mind, or is there anything else I can help with?"],
    [185, 'l', 'Thanks for chatting, and enjoy the ironwork hunt!'],
  ], usual()),

  // 14 a check-in and a goodbye exactly 120 s after the answer
  s(MIGUEL, '14 casting aluminium in a backyard furnace: Chastain\'s Metal Casting at hclibrary.org, "Are you still with me?", goodbye exactly 120 s after the answer', [
    [0, 'p', 'want to melt aluminum cans and cast stuff in my backyard. is that safe?? any good guides'],
    [14, 'l', "Hi! You're chatting with Miguel, a librarian at Howard County Library System."],
    [20, 'l', 'What kind of furnace are you planning on — a homemade propane one, charcoal, or an electric kiln?'],
    [45, 'p', 'homemade propane one from a youtube video'],
    [53, 'l', "It can be done safely with the right gear: leather boots, long cotton clothes, a full face shield, and no water anywhere near the melt (a damp mould or wet sand can make the metal spray). Cans are a poor source, too thin and coated; cast scrap like old lawnmower parts works better. Stephen Chastain's Metal Casting: A Sand Casting Manual for the Small Foundry has a whole chapter on furnace safety; it's in our catalog at hclibrary.org."],
    [60, 'l', 'Does that answer your question?'],
    [150, 'l', 'Are you still with me?'],
    [173, 'l', "I'll close this out for now. Thanks for chatting, and be careful with that furnace!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 15 "Welcome to AskUsNow!"; 121 s of final idle, no check-in, no thanks
  s(NADIA, '15 tongs without forge welding: "Welcome to AskUsNow! 👋", Aspery\'s book, an offer of a class, `endedAt` 121 s after the answer', [
    [0, 'p', 'how do you make your own tongs?? buying them is $$$'],
    [18, 'l', 'Welcome to AskUsNow! 👋'],
    [24, 'l', 'Have you done any forge welding yet, or do you need a way without welding?'],
    [50, 'p', 'no welding yet, pretty new'],
    [58, 'l', "Then look at tongs forged from two bars and riveted at the joint; no welding needed. Mark Aspery's Mastering the Fundamentals of Blacksmithing walks through a pair step by step with photos, and you can borrow it through your county library's catalog or interlibrary loan. Did that help?"],
    [110, 'l', "If you'd like, I can also look for a class near you where they make tongs."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }), { endAfter: 69 }),

  // 16 partly Spanish; a check-in and the notice with a goodbye exactly 180 s after the answer
  s(OREN, '16 safety gear for a forge class (partly Spanish): A Blacksmithing Primer, "Are you still there?", "It looks like you\'ve disconnected … Come back anytime" at 180 s', [
    [0, 'p', 'hola! what safety gear do i need for blacksmithing? mi hijo y yo empezamos una clase en berlin el mes que viene'],
    [17, 'l', 'Hi, this is Oren at Worcester County Library. Thanks for writing in!'],
    [23, 'l', 'Is the class on a coal forge or a gas forge?'],
    [52, 'p', 'coal creo'],
    [60, 'l', "The basics: safety glasses rated ANSI Z87.1, cotton or wool clothes (synthetics melt), leather boots, ear protection, and a leather apron; with coal, good ventilation too. Randy McDaniel's A Blacksmithing Primer opens with a safety chapter with pictures, and it's in our catalog at worcesterlibrary.org. Does that help?"],
    [150, 'l', 'Are you still there?'],
    [240, 'l', "It looks like you've disconnected, so I'll end this chat now. Come back anytime, and have fun at the class!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 17 a check-in, a goodbye 181 s after the answer, no notice
  s(PIA, '17 sinking a copper bowl on a stump: The Complete Metalsmith, "Hi, still there?", "Thanks for stopping by — come back anytime!" 181 s after (no notice)', [
    [0, 'p', 'how do you hammer a bowl out of a flat sheet of copper? want to try it this weekend'],
    [19, 'l', 'Hi! Pia here, librarian at Kent County Public Library in Chestertown.'],
    [25, 'l', 'What tools do you have already — a vise, a stump, any hammers?'],
    [70, 'p', 'a tree stump and a ball peen hammer lol'],
    [78, 'l', "That's enough to start! Carve a shallow dish into the stump's end grain, anneal the copper by heating it to a dull red and quenching it, then sink it from the edge inward in rings, annealing again when it gets stiff. Tim McCreight's The Complete Metalsmith covers sinking and raising; you can request it through the catalog at kentcountylibrary.org."],
    [84, 'l', 'Is that the sort of help you wanted?'],
    [200, 'l', 'Hi, still there?'],
    [259, 'l', 'Thanks for stopping by — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 18 a notice with no question and no thanks; 210 s of final idle
  s(RAFA, '18 blacksmithing as a living: bls.gov/ooh, "It looks like you\'ve disconnected. I\'ll be closing this chat." (no check-in, no thanks), 210 s', [
    [0, 'p', 'is blacksmithing a real job anymore? like can u actually make a living'],
    [21, 'l', 'Hello, Rafa at Somerset County Library here. Good question!'],
    [27, 'l', 'Do you mean full-time work, or selling pieces on the side?'],
    [60, 'p', 'full time eventually'],
    [68, 'l', "A few people do: mostly in architectural ironwork, as farriers, or as knife makers, usually after years of apprenticing. The Occupational Outlook Handbook at bls.gov/ooh covers the related metalworking jobs with pay and outlook (try 'welders' and 'metal and plastic machine workers'). Does that answer your question?"],
    [273, 'l', "It looks like you've disconnected. I'll be closing this chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 19 a true Lost Call
  s(SOFIA, '19 dating a Buffalo Forge blower (Lost Call): greeting only, "Hello, are you still there?" at 150, notice and goodbye at 210', [
    [0, 'p', 'i have a buffalo forge hand crank blower, how can i tell how old it is'],
    [25, 'l', 'Hi! Sofia here at Caroline County Public Library. Thanks for your question.'],
    [150, 'l', 'Hello, are you still there?'],
    [210, 'l', "It seems you've been disconnected, so I'm going to end this session. Please come back anytime — thanks!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Spanish: Lost Call after two patron lines and a clarifying question
  s(ALMA, '20 bisagra de hierro para un granero (Spanish): "hay alguien?", the county asked, "¿Sigue ahí?", "Parece que se ha desconectado … ¡Vuelva cuando quiera!", Lost Call', [
    [0, 'p', 'hola, necesito hacer una bisagra de hierro para una puerta vieja de granero, hay algun libro en español?'],
    [30, 'p', 'hay alguien?'],
    [48, 'l', '¡Hola! Le atiende Alma, bibliotecaria de AskUsNow!.'],
    [54, 'l', '¿En qué condado vive? Así busco en el catálogo de su biblioteca.'],
    [180, 'l', '¿Sigue ahí?'],
    [245, 'l', 'Parece que se ha desconectado, así que voy a cerrar el chat. ¡Vuelva cuando quiera!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (an anvil question): coded Practice, every check na', [
    [0, 'p', 'test — practice chat about anvils'],
    [8, 'l', 'Practice reply: see library.example.org/anvils'],
    [15, 'p', 'end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 no provider ever joined
  s(QUEUE, '22 the blacksmith shop at Jerusalem Mill on weekends: no provider ever joined, the patron left at 95 s, Lost Call with one patron line', [
    [0, 'p', 'is the blacksmith shop at jerusalem mill open on weekends?'],
    [3, 's', 'All of our librarians are helping other people. Please stay in the chat and someone will be with you soon.'],
    left(95),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 FU_ME done at 30 h; "take your time"
  s(VERA, '23 an 1860 Reisterstown blacksmith: "No rush, take your time." (204 s away), Ancestry Library Edition, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'my great great grandpa Jacob Hoffman was a blacksmith in reisterstown around 1860. any way to find out about his shop?'],
    [19, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Vera, a librarian at Baltimore County Public Library."],
    [25, 'l', 'Have you already found him in the census? If you have the page handy, what does it list next to his name?'],
    [40, 'p', 'hang on let me find my notes'],
    [46, 'l', 'No rush, take your time.'],
    [250, 'p', 'ok found it, 1860 census says blacksmith, real estate $800, district 4'],
    [258, 'l', "Then he may well have owned his shop. The 1860 and 1870 industry schedules list shops by owner with what they produced, and they're searchable in Ancestry Library Edition, free inside any BCPL branch (bcpl.info > Research). The 1877 Hopkins atlas of Baltimore County sometimes marks blacksmith shops by name too. I'd like to check our Baltimore County history collection as well; can I e-mail you what I find?"],
    [290, 'p', 'yes!! hoffman.family.tree@example.com'],
    [296, 'l', "Thanks — that's hoffman.family.tree@example.com. I'll e-mail you by Thursday with what I find."],
    [302, 'l', 'Does the Ancestry tip help for now?'],
    [330, 'p', 'definitely. thats all for now, thank you so much'],
    [335, 'l', 'My pleasure, talk soon — thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 24 FU_LIB, a phone, "within 72 hours", nothing recorded at day 2
  s(WREN, '24 makerspaces with metal tools in Anne Arundel: aacpl.net events, "someone from your library will call you within 72 hours", phone read back, pending at day 2', [
    [0, 'p', 'do any libraries in anne arundel county have a makerspace with welding or metal tools? id like to learn'],
    [24, 'l', "Hello! I'm Wren, a librarian with Maryland's AskUsNow! service."],
    [30, 'l', 'Do you mean equipment you could use yourself, classes taught there, or both?'],
    [60, 'p', 'both i guess'],
    [68, 'l', "Anne Arundel County Public Library posts its maker and tech programs on its events calendar at aacpl.net (Events, then filter for 'Maker'). I'm not sure whether any branch has welding gear, so I'll send your question to their staff, and someone from your library will call you within 72 hours. What's the best number to reach you?"],
    [100, 'p', '443-555-0188'],
    [106, 'l', 'Got it: 443-555-0188. Someone will call you within 72 hours.'],
    [112, 'l', 'Does the events calendar help for now?'],
    [140, 'p', 'yep thanks so much, thats all'],
    [146, 'l', "You're welcome! Thanks for using AskUsNow!."],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 2 * DAY }),

  // 25 no greeting word; FU_ME with no time, done 73 h after the end
  s(YARA, '25 an S. Kirk & Son teapot: "Yara at Enoch Pratt Free Library." (no greeting), Silver in Maryland, e-mail read back, no time, done 73 h after the end', [
    [0, 'p', 'hi i have a silver teapot that says "S. Kirk & Son" on the bottom plus some numbers, how old is it?'],
    [17, 'l', 'Yara at Enoch Pratt Free Library.'],
    [23, 'l', 'Are there other marks besides the name, like "925/1000", "sterling", or a number?'],
    [60, 'p', 'S. KIRK & SON INC, 925/1000 and 224'],
    [68, 'l', "The 'INC' means it was made after the firm incorporated in the 20th century, so it isn't one of the 1800s pieces. Jennifer Goldsborough's Silver in Maryland explains Kirk's marks by period, and it's in our catalog at prattlibrary.org. I can also check the Kirk trade catalogs in our Special Collections for what 224 means and e-mail it to you. What e-mail should I use?"],
    [100, 'p', 'teapotlady@example.net'],
    [106, 'l', "Thanks, teapotlady@example.net. I'll send you what I find."],
    [112, 'l', 'Does the book help in the meantime?'],
    [140, 'p', 'yes thank you, no other questions'],
    [145, 'l', 'Great, thanks for chatting!'],
  ], usual({ greeting: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(150 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 26 a promise coded Answered
  s(ZARA, '26 blacksmith demos at Jerusalem Mill: jerusalemmill.org, "I\'ll … e-mail you tomorrow once it\'s up", e-mail only in patron.email, coded Answered, day 5', [
    [0, 'p', 'when does the blacksmith at jerusalem mill village do demos? want to take my kids'],
    [20, 'l', 'Hi! Thanks for contacting Harford County Public Library, this is Zara.'],
    [26, 'l', 'Are you thinking of a particular weekend, or any Saturday this spring?'],
    [55, 'p', 'any saturday in april'],
    [62, 'l', "Jerusalem Mill Village lists its demonstration days under Events at jerusalemmill.org; the blacksmith shop is usually open on event weekends. The April schedule isn't posted yet, so I'll keep an eye on it and e-mail you tomorrow once it's up."],
    [70, 'l', 'Is that helpful for now?'],
    [95, 'p', 'yes ty'],
    [100, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no that is all'],
    [126, 'l', 'Have fun at the mill, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { resolutionCode: 'Answered', patron: { name: null, email: 'millkids@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 27 FU_LIB with no contact known
  s(AMIR, '27 the workers of Catoctin Furnace: catoctinfurnace.org + Legacy of Slavery, "their local history librarian will get back to you next week", no contact, FU_LIB', [
    [0, 'p', 'doing research on catoctin furnace, the old iron furnace near thurmont. looking for info on the workers there'],
    [16, 'l', 'Hi there! Amir, librarian with AskUsNow!, here to help.'],
    [22, 'l', 'Is there a period you are focusing on, like the enslaved workers before the 1850s or the later wage workers?'],
    [55, 'p', 'the enslaved workers mostly, its for a paper'],
    [63, 'l', "The Catoctin Furnace Historical Society has been researching exactly that; its site, catoctinfurnace.org, has a section on the African American workers and the cemetery project. The Maryland State Archives' Legacy of Slavery in Maryland database (slavery.msa.maryland.gov) is worth searching for 'Catoctin' too."],
    [70, 'l', "Frederick County Public Libraries' Maryland Room holds more on the furnace, so I'll pass your question to them and their local history librarian will get back to you next week."],
    [76, 'l', 'Does that help to start?'],
    [110, 'p', 'yes thanks!'],
    [115, 'l', 'Good luck with the paper, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 28 a referral by phone and e-mail; three at most, touching ends
  s(BEA, '28 beginner classes near Westminster: the guild\'s class coordinator by phone and e-mail (the only source), touching ends (three at most)', [
    [0, 'p', 'i want to take a beginner blacksmithing class near westminster, where should i look'],
    [15, 'l', "Hello, welcome to AskUsNow! I'm Bea, a librarian."],
    [21, 'l', 'Are you looking for a one-day intro or a series of classes? Weekends or weeknights?'],
    [50, 'p', 'weekends, a series would be cool'],
    [58, 'l', "The Blacksmith Guild of Central Maryland runs beginner classes at its shop at the Carroll County Farm Museum in Westminster. Call the guild's class coordinator at 410-555-0142 or write to classes@example.org to get on the list for the next series."],
    [64, 'l', 'Is that the kind of class you had in mind?'],
    [90, 'p', 'yes exactly. thats all i needed, thank you!'],
    [95, 'l', 'Great! Have fun at the anvil, and thanks for chatting.'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'bea-bs', -120, 0), other('b2', 'bea-bs', -30, 60), other('b3', 'bea-bs', 20, 200), other('b4', 'bea-bs', 100, 300)],
  }),

  // 29 two parties, one with no way to reach it
  s(CORY, '29 an Ames 1862 sword from a Rockville attic: Bezdek\'s book, Montgomery History through montgomeryhistory.org, "an antique arms dealer in Frederick" (no contact)', [
    [0, 'p', 'found an old sword in my grandmothers attic in rockville, could it be civil war?? how do i find out'],
    [19, 'l', "Hi! I'm Cory, a librarian at Montgomery County Public Libraries."],
    [25, 'l', 'Are there any markings on the blade or near the handle — a maker, a date, "U.S."?'],
    [70, 'p', 'says AMES MFG CO CHICOPEE MASS and i think 1862'],
    [78, 'l', "Ames made thousands of swords for the Union army, so that's promising. Richard Bezdek's American Swords and Sword Makers lists Ames's marks by year; search it in our catalog at montgomerycountymd.gov/library. To have someone look at it in person, contact Montgomery History in Rockville through its website, montgomeryhistory.org, and you could also take it to an antique arms dealer in Frederick for an appraisal."],
    [85, 'l', 'Did that help?'],
    [115, 'p', 'yes!! so cool'],
    [120, 'l', 'Is there anything else I can help with?'],
    [135, 'p', 'no thats everything'],
    [140, 'l', 'Enjoy the detective work — bye!'],
  ], usual({ referral: 'fail' })),

  // 30 a transfer with a notice and a note; each provider judged over the part they handled
  s(GAIL, '30 evening welding classes and tool lending in Baltimore County: a notice and a note, Noor at BCPL, ccbcmd.edu + bcpl.info, Gail\'s three others open only after the transfer', [
    [0, 'p', 'does ccbc or anyone in baltimore county teach welding or blacksmithing at night? also does the library lend tools'],
    [18, 'l', 'Hi, thanks for contacting AskUsNow! This is Gail, a librarian in Howard County.'],
    [24, 'l', "Since both parts are about Baltimore County, I'm going to transfer you to a Baltimore County librarian who knows their classes and their lending collection. One moment please!"],
    [27, 'i', 'Noor, Balt Co patron: night welding/blacksmithing classes (CCBC?) and whether BCPL lends tools. Local q, can you take it?'],
    xfer(30, 'Noor', 'noor-bs'),
    [70, 'l', "Hi, I'm Noor at Baltimore County Public Library! Are you after credit classes, or non-credit ones just for fun?", as(NOOR)],
    [100, 'p', 'non credit, for fun'],
    [108, 'l', "CCBC's Continuing Education program runs non-credit evening welding classes; search 'welding' in the course schedule at ccbcmd.edu. For tools, our Library of Things list at bcpl.info (search 'Library of Things') shows what you can borrow with your card.", as(NOOR)],
    [114, 'l', 'Did that answer both parts?', as(NOOR)],
    [140, 'p', 'yes thank you thats all'],
    [146, 'l', 'Great, have fun, and thanks for chatting!', as(NOOR)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('g1', 'gail-bs', -100, 200), other('g2', 'gail-bs', 31, 400), other('g3', 'gail-bs', 31, 300),
      other('n1', 'noor-bs', -300, 40), other('n2', 'noor-bs', 10, 500),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BLACKSMITH.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('10')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Okay! Let me know if there\'s anything else you need. Thanks for chatting!" is a statement inside the goodbye, not a question: RUBRIC.md passes when the provider asks whether the patron needs anything else or the patron says explicitly they are done, and "nah im good" (message 6) only declines the video offer.',
};

describe('eighty-fourth round: blacksmithing, forging and metalwork, checked', () => {
  describeSessions('whole sessions', BLACKSMITH.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BLACKSMITH.filter((c) => c.name in LEFT_WHY));
});
