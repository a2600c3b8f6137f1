/**
 * Eighty-eighth round, theme SIGN PAINTING, HAND LETTERING AND GHOST SIGNS, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: ghost signs (a "…BROS FURNITURE" wall on West Franklin Street
 * in Hagerstown, Gunther's Beer at Conkling and Fait in Highlandtown, Hendler's "The Velvet Kind" near the JFX, a faded
 * Coca-Cola wall on East Patrick Street in Frederick to be repainted, a "…ER BROS / phone 142" feed and seed warehouse on the
 * Chestertown waterfront, a MICA paper, a photo project in Cambridge, a photo walk in Cumberland, the packing house signs of
 * Crisfield, the wedding chapel signs of Elkton), Mail Pouch barns in Garrett County, Baltimore painted screens, the trade
 * (getting into sign painting at 24, a sign painting business in Silver Spring, classes near Frederick and in Baltimore in
 * Spanish, a grandfather's sign shop in Easton, a sideshow banner from a Centreville auction), and lettering (a taquería
 * window in Langley Park in Spanish, gold leaf on a bakery window in Ellicott City, a coffee shop chalkboard in Annapolis,
 * workbooks for a 13-year-old in Bel Air, a food truck in Wheaton partly in Spanish, reverse glass gilding on a bar mirror in
 * Salisbury, a skiff's transom in St. Mary's, farm stand signs in Prince Frederick, a Catonsville museum's sign restoration).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s76/signs-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 17-23 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello?" at 35 (04: fail); a system "joined"
 *   event at 24 s and the first visible line at 74 s with no `pickedUpAt` (05: fail); `pickedUpAt` at 50 s with the first
 *   visible line at 77 s (06: pass); 95 s after "hello??" (28: fail); no provider ever, only the queue's line (29: fail);
 *  greeting: name and library in one line (01, 03, 06, 14, 16 …), Spanish "¡Hola, buenas tardes! Soy Maribel, bibliotecaria
 *   …" (02) and "¡Hola! Bienvenido a AskUsNow!. Le atiende Luz, bibliotecaria." (24), bilingual "¡Hola! Hi, I'm Hugo, a
 *   librarian with Maryland's AskUsNow! service." (11), "Hi, thanks for contacting Allegany County Library System! I'm
 *   Ignacio." (25), "Hi, Malik here with St. Mary's County Library." (23); "This is Shauna with Harford County Public
 *   Library." with no greeting word (08: fail); "Hi there! Ooh, fun find." then a question, no one named (21: fail); na
 *   with no provider (29) and Practice (30);
 *  keep_informed: a hold at 128, "Still digging: I've found … and I'm checking … now" at 248 and the answer at 368, two spans
 *   of exactly 120 s (06: pass); "Let me see what's out there." at 60 answered at 181 with an internal note at 120 and the
 *   patron's "?" at 150 (07: 121 s, fail); transfer announcements answered 42 s (09) and 43 s (10) later; a transfer with no
 *   announcement, the patron's last line answered by the receiver 50 s later (11); "Sure, take your time!" and the patron
 *   back 144 s later (15: waiting on the patron); the patron's last line unanswered at the end (19, 21); na (27-30);
 *  clarify: questions on the street, window/wall/board, historic district, in person or online, age and experience, what is
 *   painted and how old, road or stand, fiberglass or wood, chapel name, shop name, length of the paper, planning stage,
 *   Spanish or English class, the county the truck is licensed in; the restatement "So you're after photos of the sign …"
 *   (12); the answer in the first provider line with no question (05: fail); the question inside the first message that
 *   gives a source (13: fail); no source ever and the question asked after the answer (14: pass); na (27-30);
 *  source: whilbr.org, loc.gov Sanborn maps and Prints & Photographs, Creativebug through pgcmls.info / the MCPL and Pratt
 *   sites, ProQuest Historical Newspapers through prattlibrary.org, archive.org city directories, digital.prattlibrary.org,
 *   digitalmaryland.org, mailpouchbarnstormers.org, delaplaine.org, mica.edu, cityoffrederickmd.gov, mht.maryland.gov,
 *   businessexpress.maryland.gov, Gale Business: Plan Builder, 1shot.com, paintedscreens.org, the Star-Democrat index at
 *   tcfl.org, named books (Sign Painters, Gold Leaf Techniques, The Complete Book of Chalk Lettering, The Ultimate Brush
 *   Lettering Guide, Hand Lettering 101, The Painted Screens of Baltimore, Ghost Signs: Brick Wall Signs in America, Freaks,
 *   Geeks & Strange Girls, Mastering Layout, Hand Lettering Ledger); not sources: "The Letterheads" and "the Procreate app"
 *   named with no way to reach them, and sign shops in Westminster (14: fail); none with only a greeting (27, 28: na);
 *  completeness: "Is that the sort of lead you were looking for?", "¿Es lo que buscaba?", "Does this completely answer your
 *   question?", "Does that give you what you need for the newsletter?", "Would those work for her?", "Does that cover it?",
 *   "¿Le sirve esta información?", "is the Digital Maryland search helpful?", "Does the index give you a start in the
 *   meantime?", "Does the Sanborn map link help for now?", in the answer's own message (19, 23, 24, 25, 26) and after an
 *   answer with no source (14: pass); near miss "Hope that helps!" (16: fail);
 *  anything else: asked by the provider (05, 08, 11, 13, 16, 17, 20, 24); the patron's "thats everything", "es todo", "that's
 *   everything I needed", "No more questions", "that's all I needed", "thats all i needed", "eso es todo", "that's all I need
 *   for now", "that's all for now", "that's everything"; near misses "Let me know if anything else comes up. Bye for now!"
 *   after "yes thanks, my dad will love this" (04: fail), "wow ok" (19), "oh ok" (21), "ok" (22), and no reply (23, 25, 26);
 *  dismissal: "AskUsNow! is meant for quick questions, and you've already asked me several, so I'll have to stop here." (19:
 *   fail); "I have a few other patrons waiting … could you log back in later, or tomorrow" (20: allowed, pass); "My shift is
 *   wrapping up and I have to close out now, but you can start a new chat anytime at askusnow.info …" (21: a way back,
 *   pass); "Sorry, your time is up for this session. You're welcome to start a new chat later for the rest." (22: fail);
 *  courteous: goodbyes in English and Spanish, "Thanks for chatting with us!" after a dismissal (22); the last two provider
 *   lines "Are you still there?" and "It looks like you've disconnected. This chat will now close." (23: fail);
 *  final idle: a goodbye 119 s after the answer (16: na); a Spanish goodbye exactly 120 s after the answer, no check-in (24:
 *   fail); "Still with me?" and a goodbye that says the patron stepped away 179 s after the answer (25: idle passes, notice
 *   na); "Are you still there?" then "Since I haven't heard back, I'm going to go ahead and close this chat. Thanks …" 194 s
 *   after (26: idle passes, notice fails); "Are you still there?" and "It looks like you've disconnected. This chat will now
 *   close." to `endedAt`, 207 s (23: both pass); a Lost Call greeting, a check-in and the seed's own "It looks like you've
 *   disconnected. If I don't hear from you soon, I'll end this session." with an invitation, exactly 180 s (27: both pass);
 *   "It looks like you've left the chat, so I'm closing this session now. Come back anytime!" 205 s (28: both pass); the
 *   patron's last line the last visible one (19, 21, 29);
 *  concurrency: two others open with it, one starting at `endedAt` (07: three, pass); an other ending at `startedAt`, one
 *   starting at `endedAt` and three others open with it from 40 s to 60 s (08: four, fail); a transfer at 68 s where the first
 *   provider's third and fourth chats start after it and the receiver has two others (09: pass over the parts each handled);
 *  codes: Answered; no code field (20: na); a promise coded Answered (17: fail); Follow-up by me with the patron's phone only
 *   in `patron.phone` (18: pass); Lost Call with one patron line (27, 29: pass) and with "hello??" as a second (28: fail);
 *   Practice (30: all na);
 *  follow-ups: FU_ME on Saturday 7 March, e-mail typed and read back, "by Tuesday", done "2026-03-10T10:58:00-04:00" after the
 *   clocks changed, 71 h 55 min after the end (12: pass, only if offsets are honoured); FU_LIB, phone typed with spaces and
 *   read back with dashes, "will call you by Thursday", not recorded at day 1 (15: pending); "I'll e-mail you what I find"
 *   with the e-mail read back but no time, coded Answered, not recorded at day 4 (17: code, contact and on_time fail); FU_ME,
 *   "call you at the number on your library account tomorrow afternoon", the phone only in `patron.phone`, done 73 h after
 *   the end (18: contact and on_time fail);
 *  referrals: two parties in one message, each with a way (the HPC's staff by phone and URL, the Ellicott City Partnership
 *   by URL and e-mail; 03: pass); the county's Department of Permitting Services by phone and URL (11: pass); three parties in
 *   one message, the last ("Frederick's Downtown Partnership is worth asking too") with none (13: fail); "The Letterheads …
 *   a friendly bunch to reach out to" and "ask around at sign shops in Westminster" (14: fail); "ask for Mr. Wheatley at the
 *   Dorchester County Historical Society" (22: fail); not referrals: a class list and a society's list of painters on their
 *   websites (07, 10), a branch's local history librarian asked to look and call the patron (15), the provider pulling
 *   microfilm or checking an index herself (17, 18);
 *  transfers: a notice and a note saying why, both before (09: pass); a notice and "Edith, can you take this one? thx" (10:
 *   fail, no why); a note saying why but no word to the patron (11: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - the pickup is `pickedUpAt` only when the source records that field; a system "joined" event is not a visible provider
 *   message and not `pickedUpAt`, so the pickup is the first visible line at 74 s (05: fail); with `pickedUpAt` at 50 s the
 *   pickup is 50 s though the first line came at 77 s (06: pass);
 * - "This is Shauna with Harford County Public Library." identifies but greets with none of hello, hi, good …, welcome or
 *   thanks for contacting (08: fail); "Hi there! Ooh, fun find." greets but no one is named (21: fail);
 * - "Let me see what's out there." announces a look-up: a hold (07); "Please hold a moment." with the transfer notice (10) and
 *   "I'm transferring you to her now — one moment please" (09) are holds; "Still digging: I've found … and I'm checking the
 *   city directories for that corner now." gives a partial result and says the search goes on: a hold (06); "Sure, take
 *   your time!" is not (15); a span of exactly 120 s is not longer than 120 s (06: pass);
 * - an internal note does not end a wait on the provider and the patron's "?" does not restart it (07: 121 s);
 * - a question in the same message as the first source is not "before the first message that gives a source" (13: fail);
 *   with no source ever given, the question after the answer counts (14: pass); "So you're after photos of the sign when it
 *   was fresh, to match the original lettering and colors." restates the question (12: pass);
 * - "The Letterheads" and "the Procreate app" are an organisation and an app named with no way to reach them, and "sign shops
 *   in Westminster" names none: no source (14: fail);
 * - "Would those work for her?" (08), "is the Digital Maryland search helpful?" (15), "Does the index give you a start in
 *   the meantime?" (17) and "Does the Sanborn map link help for now?" (18) ask whether what was given meets the need;
 *   "Hope that helps!" asks nothing (16: fail);
 * - "Let me know if anything else comes up." invites but does not ask (04: fail); "that's all for now" (18), "that's all I
 *   need for now" (12), "es todo" (02) and "no, eso es todo" (11) say explicitly that the patron is done; "yes thanks, my
 *   dad will love this", "wow ok", "oh ok" and "ok" do not;
 * - "you've already asked me several, so I'll have to stop here" tells the patron they have reached a limit of questions
 *   (19: fail); "Sorry, your time is up for this session" fails even with "You're welcome to start a new chat later": the
 *   way back excuses only the "otherwise ends the help" case (22: fail); ending for the provider's shift with "you can start
 *   a new chat anytime at askusnow.info" offers a way back (21: pass);
 * - "It looks like you've disconnected. This chat will now close." tells both and thanks no one: not a goodbye, so the idle
 *   runs to `endedAt` (23: 207 s) and courteous fails; "Since I haven't heard back, I'm going to go ahead and close this
 *   chat." says the chat will end but not that the patron seems disconnected (26: notice fails); "It looks like you've left
 *   the chat, so I'm closing this session now." says both (28: pass); the seed's "If I don't hear from you soon, I'll end
 *   this session" says the session will end (27: pass);
 * - a closing line that thanks or invites back and does not ask whether the patron is there is a goodbye: the idle ends at
 *   it (24: exactly 120 s, applies; 25: 179 s, the notice does not apply; 27: exactly 180 s, it applies);
 * - a greeting alone (27) or after "hello??" (28) is no substantive exchange: the information checks are na;
 * - pointing to a class list (delaplaine.org, 07) or a society's list of painters on its website (10) is a source, not a
 *   referral; the Cecil branch asked to call the patron (15) and the provider checking an index or microfilm herself (17,
 *   18) are staff working on the patron's behalf, not referrals; "the Maryland Historical Trust (mht.maryland.gov) can tell
 *   you whether …" refers the patron to it with a URL, "Frederick's Downtown Partnership is worth asking too" with none
 *   (13: fail); "ask for Mr. Wheatley at the Dorchester County Historical Society" names a specialist with no way (22);
 * - "Edith, can you take this one? thx" asks but does not say why (10: fail);
 * - a transferred session's concurrency: the first provider judged over 0-68 s, the receiver over 68-161 s (09);
 * - a code field left out means the source has no codes (20: na); a follow-up code with the phone only in `patron.phone`
 *   has a known contact, so the code passes, but the phone is never given or repeated in the chat (18: contact fails);
 * - "I'll e-mail you what I find" is a promise with no time (17: contact fails); "I'll be in touch!" adds none;
 * - a follow-up recorded as "2026-03-10T10:58:00-04:00" is 71 h 55 min after an end at 10:03:01-05:00 on 7 March: the
 *   clocks went forward on 8 March (12: pass);
 * - "hello??" is a second patron message, so Lost Call fails the code (28).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/signs-labels.ts). First run as labelled / disagreeing: 25 / 5 (04, 13, 14, 18, 26); no case scored
 * differently once redacted and no check "could not be evaluated" (the five disagreeing cases checked both ways too).
 * Label corrections: none (each disagreement reread against RUBRIC.md; every label stood, none was a slip).
 * Final: 25 running, 5 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence: "Let me know if anything else
 * comes up." read as the anything-else question, 04; the third party, "Frederick's Downtown Partnership is worth asking
 * too", with no way to reach it, not read as a referral, 13; "The Letterheads … a friendly bunch to reach out to" and "ask
 * around at sign shops in Westminster" not read as referrals, 14; the sign's old "phone 142" read as the patron's phone
 * confirmed in the chat, 18; "Since I haven't heard back, I'm going to go ahead and close this chat." read as saying the
 * patron seems disconnected, 26).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Saturday 7 March 2026, 10:00 EST, in seconds after T0 (the session before the clocks change). */
const SAT = 5 * 86_400;

const INGRID: Prov = { id: 'ingrid-sg', name: 'Ingrid', library: 'WCFL' };
const MARIBEL: Prov = { id: 'maribel-sg', name: 'Maribel', library: 'PGCMLS' };
const THEO: Prov = { id: 'theo-sg', name: 'Theo', library: 'HCLS' };
const CALLUM: Prov = { id: 'callum-sg', name: 'Callum', library: 'RELGC' };
const NOOR: Prov = { id: 'noor-sg', name: 'Noor', library: 'AACPL' };
const DARNELL: Prov = { id: 'darnell-sg', name: 'Darnell', library: 'EPFL' };
const YOLANDA: Prov = { id: 'yolanda-sg', name: 'Yolanda', library: 'FCPL-MD' };
const SHAUNA: Prov = { id: 'shauna-sg', name: 'Shauna', library: 'HCPL-MD' };
const KENJI: Prov = { id: 'kenji-sg', name: 'Kenji', library: 'AUN' };
const FRANCES: Prov = { id: 'frances-sg', name: 'Frances', library: 'EPFL' };
const OMAR: Prov = { id: 'omar-sg', name: 'Omar', library: 'AUN' };
const EDITH: Prov = { id: 'edith-sg', name: 'Edith', library: 'BCPL' };
const HUGO: Prov = { id: 'hugo-sg', name: 'Hugo', library: 'AUN' };
const LETICIA: Prov = { id: 'leticia-sg', name: 'Leticia', library: 'MCPL' };
const PRIYA: Prov = { id: 'priya-sg', name: 'Priya', library: 'BCPL' };
const TESSA: Prov = { id: 'tessa-sg', name: 'Tessa', library: 'FCPL-MD' };
const GRAHAM: Prov = { id: 'graham-sg', name: 'Graham', library: 'CCPL-CR' };
const ALMA: Prov = { id: 'alma-sg', name: 'Alma', library: 'AUN' };
const REGGIE: Prov = { id: 'reggie-sg', name: 'Reggie', library: 'WPL' };
const FIONA: Prov = { id: 'fiona-sg', name: 'Fiona', library: 'TCFL' };
const VERA: Prov = { id: 'vera-sg', name: 'Vera', library: 'KCPL-MD' };
const SAMIR: Prov = { id: 'samir-sg', name: 'Samir', library: 'AUN' };
const BEATRIZ: Prov = { id: 'beatriz-sg', name: 'Beatriz', library: 'MCPL' };
const MEI: Prov = { id: 'mei-sg', name: 'Mei', library: 'QACL' };
const JUNE: Prov = { id: 'june-sg', name: 'June', library: 'DCPL-MD' };
const MALIK: Prov = { id: 'malik-sg', name: 'Malik', library: 'SMCL' };
const LUZ: Prov = { id: 'luz-sg', name: 'Luz', library: 'AUN' };
const IGNACIO: Prov = { id: 'ignacio-sg', name: 'Ignacio', library: 'ACLS' };
const DOLORES: Prov = { id: 'dolores-sg', name: 'Dolores', library: 'CALV' };
const PAZ: Prov = { id: 'paz-sg', name: 'Paz', library: 'CCPL-CH' };
const QUINN: Prov = { id: 'quinn-sg', name: 'Quinn', library: 'SCLS-MD' };
const QUEUE: Prov = { id: 'queue-sg', name: 'AskUsNow! queue', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-sg', name: 'Trainee 4', library: 'TRN' };

const s = session;

export const SIGNS: SessionCase[] = [
  // 01 the plain good session
  s(INGRID, '01 a "…BROS FURNITURE" ghost sign on W. Franklin St in Hagerstown: the street asked, Sanborn maps + WHILBR directories, "thats everything"', [
    [0, 'p', "hi there's an old painted ad on a brick wall downtown hagerstown, you can only read '...BROS FURNITURE' and something like 'easy terms'. any way to find out what store it was?"],
    [21, 'l', "Hi! I'm Ingrid, a librarian at Washington County Free Library. Fun question!"],
    [27, 'l', "Do you know the street, or what it's near? That'll help narrow down the store."],
    [70, 'p', 'its on the side of a building on w franklin st, near the corner of jonathan st i think'],
    [82, 'l', "Great. Two places to look: the Sanborn fire insurance maps of Hagerstown at the Library of Congress (loc.gov/collections/sanborn-maps) show what kind of business was in each building, and the old Hagerstown city directories on WHILBR, the Western Maryland digital library (whilbr.org), list furniture dealers by street, so you can match a name ending in 'Bros.' to that block."],
    [88, 'l', 'Is that the sort of lead you were looking for?'],
    [140, 'p', 'yes!! found a 1920s directory already w/ two bros furniture stores lol. thats everything, thank you'],
    [146, 'l', 'Wonderful — happy hunting, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish, plain good
  s(MARIBEL, '02 pintar el letrero de una taquería en Langley Park (Spanish): ventana o pizarrón, Creativebug + Sign Painters, "es todo"', [
    [0, 'p', 'hola, tengo una taquería en langley park y quiero aprender a pintar el letrero del negocio yo mismo, a mano. hay libros o clases en la biblioteca?'],
    [19, 'l', '¡Hola, buenas tardes! Soy Maribel, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George\'s. ¡Qué buen proyecto!'],
    [26, 'l', '¿El letrero sería para la ventana, para una pared o para un tablero de madera? Así le recomiendo lo más útil.'],
    [68, 'p', 'para la ventana del frente, y tal vez un menu en pizarron'],
    [80, 'l', "Para empezar le recomiendo Creativebug, una base de datos gratis con su tarjeta de la biblioteca (pgcmls.info > eResources > Creativebug), que tiene clases en video de rotulación a mano y de letras con tiza para pizarrones. En el catálogo también tenemos el libro 'Sign Painters' de Faythe Levine y Sam Macon, con muchas fotos de rótulos pintados en ventanas."],
    [86, 'l', '¿Es lo que buscaba?'],
    [120, 'p', 'si perfecto, es todo. muchas gracias!!'],
    [126, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucha suerte con la taquería.'],
  ], usual()),

  // 03 pickup at exactly 60 s; three parties in one message, each with a way to reach them
  s(THEO, '03 gold leaf lettering on a bakery window in Ellicott City: pickup at exactly 60 s, the historic district asked, HPC staff by phone + URL and the Partnership by URL + e-mail, Gold Leaf Techniques', [
    [0, 'p', "Hello, I'm opening a small bakery on Main Street in Ellicott City and would love old-fashioned gold leaf lettering on the front window. Where do I even start? Do I need permission?"],
    [60, 'l', "Good afternoon, and thanks for contacting Ask HCLS! My name is Theo, and I'm a librarian at Howard County Library System."],
    [66, 'l', 'Is the building inside the Ellicott City Historic District? Most of Main Street is, and that changes what approvals you need.'],
    [100, 'p', 'yes it is, right across from the old firehouse'],
    [112, 'l', "Then window signs need approval before they go up. Call the Howard County Historic Preservation Commission's staff at 410-555-0163 (or see howardcountymd.gov/historic-preservation-commission), and the Ellicott City Partnership can introduce you to local sign painters who do gold leaf: ellicottcity.net or info@ellicottcity.net. For background, Kent Smith's book 'Gold Leaf Techniques' is in our catalog at hclibrary.org."],
    [118, 'l', 'Does this completely answer your question?'],
    [150, 'p', "It does, that's everything I needed. Thank you!"],
    [156, 'l', "You're very welcome. Good luck with the bakery, and thanks for using Ask HCLS!"],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; "Let me know if anything else comes up" instead of the question
  s(CALLUM, '04 Mail Pouch barns in Garrett County: "hello?" at 35, pickup at 61 s, mailpouchbarnstormers.org + loc.gov/pictures, "Let me know if anything else comes up. Bye for now!"', [
    [0, 'p', 'are there still mail pouch tobacco barns around garrett county? my dad remembers them from the 60s'],
    [35, 'p', 'hello?'],
    [61, 'l', "Hi, sorry for the wait! I'm Callum, a librarian at the Ruth Enlow Library of Garrett County."],
    [67, 'l', 'Are you hoping to visit some in person, or to find photos and history of them?'],
    [110, 'p', "both would be cool, we're driving out there in may"],
    [121, 'l', "A few painted barns still stand in western Maryland, though many have faded or been re-roofed. The Mail Pouch Barnstormers keep a registry of surviving barns by state and county at mailpouchbarnstormers.org, and the Library of Congress has photographs of Mail Pouch barns in its Prints & Photographs catalog at loc.gov/pictures (search 'Mail Pouch')."],
    [127, 'l', 'Did that help?'],
    [160, 'p', 'yes thanks, my dad will love this'],
    [168, 'l', 'Glad to help! Let me know if anything else comes up. Bye for now!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 05 a system "joined" event at 24 s, the first visible line at 74 s; the answer with the greeting
  s(NOOR, '05 chalkboard menu lettering for an Annapolis coffee shop: "Noor has joined the chat." at 24, first line at 74 s with the answer (no question), McKeehan\'s chalk lettering book', [
    [0, 'p', "how do people do those chalkboard menus with the fancy letters? i'm doing the one for our coffee shop in annapolis and mine look like a kid did it lol"],
    [24, 's', 'Noor has joined the chat.', { event: 'joined' }],
    [74, 'l', "Hello! Noor here from Anne Arundel County Public Library. The trick is mostly in the guidelines and the chalk: draw light lines for the letter height first, use chalk markers for clean edges, and build 'faux calligraphy' by thickening every downstroke. Valerie McKeehan's 'The Complete Book of Chalk Lettering' walks through it step by step, and it's in our catalog at aacpl.net."],
    [80, 'l', 'Is that the kind of help you had in mind?'],
    [115, 'p', 'yes!! faux calligraphy is what i was missing. thx'],
    [121, 'l', 'Anything else I can help with today?'],
    [140, 'p', 'nope all set'],
    [146, 'l', 'Have fun with the menu, and thanks for chatting!'],
  ], usual({ pickup: 'fail', clarify: 'fail' })),

  // 06 pickedUpAt 50 s (first line 77 s); two spans of exactly 120 s, the second hold with a partial result
  s(DARNELL, '06 Gunther\'s Beer ghost sign at Conkling and Fait: pickedUpAt 50 (first line 77), hold at 128, "Still digging: I\'ve found …" at 248, answer at 368, ProQuest + Polk directories', [
    [0, 'p', "Hi! There's a faded painted sign on a wall in Highlandtown that says GUNTHER'S BEER and something underneath I can't read. Any idea how old it might be? I'm writing about it for our neighborhood newsletter."],
    [77, 'l', "Good morning, thanks for your patience! I'm Darnell, a librarian at Enoch Pratt Free Library."],
    [83, 'l', "What's the cross street, and is the sign on a corner bar or a plain rowhouse wall? Old beer ads were often painted on the side of the tavern that sold it."],
    [120, 'p', "conkling and fait, on the side of what's a corner bar now"],
    [128, 'l', 'Perfect, let me look through a few things — one moment.'],
    [248, 'l', "Still digging: I've found Gunther ads in the Baltimore Sun from the 1930s with the same lettering, and I'm checking the city directories for that corner now."],
    [368, 'l', "Here's what I found. The Gunther Brewing Company brewed in Highlandtown from 1900 until Hamm's bought it in 1960, so the sign dates from those years, and the lettering matches their ads of the late 1930s and 1940s. You can see the ads yourself in the Baltimore Sun historical archive (ProQuest Historical Newspapers, free with your Pratt card at prattlibrary.org > Databases), and the Polk city directories for Baltimore on archive.org list the tavern at that corner year by year."],
    [374, 'l', 'Does that give you what you need for the newsletter?'],
    [420, 'p', "Absolutely, that's perfect. No more questions — thank you so much!"],
    [426, 'l', 'My pleasure! Thanks for chatting with Pratt, and enjoy writing it up.'],
  ], usual(), { pickedUpAt: at(50) }),

  // 07 a hold answered 121 s later (an internal note and "?" in between); three chats at once
  s(YOLANDA, '07 brush lettering classes near Frederick: "Let me see what\'s out there." at 60, internal at 120, "?" at 150, answer at 181 (121 s), delaplaine.org + Sign Painters, three chats at once', [
    [0, 'p', 'are there any sign painting classes around frederick? like the old school brush lettering'],
    [18, 'l', 'Hi there! Yolanda here, a librarian with Frederick County Public Libraries.'],
    [24, 'l', 'Are you looking for an in-person workshop, or would online lessons work too?'],
    [52, 'p', 'in person preferably, weekends'],
    [60, 'l', "Let me see what's out there."],
    [120, 'i', 'anyone know if the Delaplaine still does the lettering workshop? pt on chat asking'],
    [150, 'p', '?'],
    [181, 'l', "Sorry about that! The Delaplaine Arts Center in downtown Frederick runs weekend workshops, and its class list at delaplaine.org (Classes) has had hand lettering and sign painting sessions, so check the spring schedule there. For practice between classes, 'Sign Painters' by Faythe Levine and Sam Macon is in our catalog at fcpl.org."],
    [187, 'l', 'Did that answer your question?'],
    [215, 'p', "yes thank you, that's all I needed"],
    [221, 'l', 'Have fun with the brushes, and thanks for chatting!'],
  ], usual({ informed: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yolanda-sg', -200, 100), other('y2', 'yolanda-sg', 50, 400), other('y3', 'yolanda-sg', 226, 600)],
  }),

  // 08 no greeting word; four chats at once
  s(SHAUNA, '08 lettering workbooks for a 13-year-old in Bel Air: "This is Shauna with Harford County Public Library." (no greeting), Peggy Dean + Hand Lettering 101, four chats at once', [
    [0, 'p', "my daughter is 13 and obsessed with hand lettering. does the library have workbooks for teens? we're in bel air"],
    [20, 'l', 'This is Shauna with Harford County Public Library.'],
    [26, 'l', 'Is she brand new to it, or has she already been practicing with brush pens?'],
    [60, 'p', 'she has some tombow pens but mostly watches videos'],
    [69, 'l', "Then a workbook with practice pages is a nice next step. Peggy Dean's 'The Ultimate Brush Lettering Guide' and 'Hand Lettering 101' by Chalkfulloflove are both in our catalog at hcplonline.org, and the Bel Air branch has a few more on the 745.6 shelf in the teen area."],
    [75, 'l', 'Would those work for her?'],
    [110, 'p', 'yes perfect, putting both on hold'],
    [116, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thats it thanks!'],
    [135, 'l', 'Thanks for chatting — happy lettering to your daughter!'],
  ], usual({ greeting: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [
      other('s1', 'shauna-sg', -100, 0), other('s2', 'shauna-sg', -30, 60), other('s3', 'shauna-sg', 20, 200), other('s4', 'shauna-sg', 40, 90),
      other('s5', 'shauna-sg', 140, 300),
    ],
  }),

  // 09 a transfer with a notice and a note saying why; concurrency over the parts each provider handled
  s(KENJI, '09 the Hendler\'s "The Velvet Kind" ghost sign: "I\'m transferring you to her now — one moment please", a note why, Frances, ProQuest + digital.prattlibrary.org; Kenji\'s later chats after the transfer', [
    [0, 'p', "hi! theres a huge faded sign on a building near the jones falls expressway in baltimore, says HENDLER'S and 'the velvet kind'. what was hendlers?"],
    [17, 'l', "Hello, welcome to AskUsNow! I'm Kenji, a librarian."],
    [23, 'l', 'Are you after the history of the company, or of the sign itself, like when it was painted?'],
    [55, 'p', 'both! mostly the sign'],
    [62, 'l', "That's a great one for Baltimore's local history experts. Frances from Enoch Pratt Free Library is online and knows their Baltimore collections, so I'm transferring you to her now — one moment please."],
    [65, 'i', "Frances, pt asking about the Hendler's 'The Velvet Kind' ghost sign near the JFX: company history + when the sign was painted. Baltimore local history, your area. OK to send?"],
    xfer(68, 'Frances', 'frances-sg'),
    [104, 'l', "Hi, Frances at Enoch Pratt Free Library here! Happy to help with Hendler's.", as(FRANCES)],
    [112, 'l', "Hendler's was a Baltimore ice cream company, and 'The Velvet Kind' was its slogan; the painted sign is on the wall of its old plant on East Baltimore Street. For when it was painted and later restored, search 'Hendler' in the Baltimore Sun historical archive (ProQuest Historical Newspapers, free with a Pratt card at prattlibrary.org > Databases), and our Digital Collections at digital.prattlibrary.org have photos of the plant.", as(FRANCES)],
    [118, 'l', 'Is that what you were looking for?', as(FRANCES)],
    [150, 'p', 'yes!! thats all i needed, thank u both'],
    [156, 'l', "You're welcome — thanks for chatting with us, and enjoy the Velvet Kind!", as(FRANCES)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('k1', 'kenji-sg', -200, 30), other('k2', 'kenji-sg', 10, 600), other('k3', 'kenji-sg', 80, 500), other('k4', 'kenji-sg', 90, 300),
      other('f1', 'frances-sg', -300, 400), other('f2', 'frances-sg', 100, 250), other('f3', 'frances-sg', 5, 60),
    ],
  }),

  // 10 a transfer whose note does not say why
  s(OMAR, '10 Baltimore painted screens in Dundalk: the notice + "Please hold a moment", internal "Edith, can you take this one? thx" (no why), Elaine Eff\'s book + paintedscreens.org', [
    [0, 'p', 'hello, my grandmother had painted window screens in her rowhouse in dundalk, the red mill pictures. who painted those? is there a book?'],
    [22, 'l', 'Hi there, and thanks for contacting AskUsNow! This is Omar, a librarian.'],
    [28, 'l', 'Do you remember roughly when she had them — the 1950s, say? And are you after the history, or someone who still paints them?'],
    [70, 'p', '50s and 60s. mostly the history, and maybe if anyone still does it'],
    [77, 'l', "Baltimore County Public Library has a librarian on right now who knows the Dundalk collections, so I'm going to transfer you over. Please hold a moment."],
    [80, 'i', 'Edith, can you take this one? thx'],
    xfer(83, 'Edith', 'edith-sg'),
    [120, 'l', 'Hello! Edith from Baltimore County Public Library here.', as(EDITH)],
    [128, 'l', "Painted screens started in East Baltimore in 1913 with William Oktavec, a grocer who painted scenes on his shop's screens, and the red mill by a pond became the classic design; Dundalk and Highlandtown rowhouses had them by the hundreds in the 1950s. The history is in Elaine Eff's 'The Painted Screens of Baltimore: An Urban Folk Art Revealed', which you can borrow through bcpl.info, and the Painted Screen Society of Baltimore keeps a list of working screen painters on its website, paintedscreens.org.", as(EDITH)],
    [134, 'l', 'Does that cover it?', as(EDITH)],
    [170, 'p', "yes it does, thank you. that's everything"],
    [176, 'l', 'Wonderful, thanks for chatting with us and take care!', as(EDITH)],
  ], usual({ transfer: 'fail' })),

  // 11 partly Spanish: a transfer with a note why but no word to the patron; a referral by phone and URL
  s(HUGO, '11 letras pintadas para un food truck en Wheaton (partly Spanish): note why, transfer with no notice, Leticia, DPS by phone + URL, Creativebug, "eso es todo"', [
    [0, 'p', 'hola buenas, I have a food truck in wheaton y quiero letras pintadas a mano, estilo vintage. do I need a permit for the lettering or only for the truck?'],
    [20, 'l', "¡Hola! Hi, I'm Hugo, a librarian with Maryland's AskUsNow! service."],
    [26, 'l', '¿El food truck tiene licencia del condado de Montgomery? Is it licensed in Montgomery County?'],
    [60, 'p', 'si, montgomery'],
    [66, 'i', 'Leticia, food truck in Wheaton wants hand-painted lettering, asking whether the signage needs its own permit in MoCo. You know the county licensing side better, can you take it? Pt is more comfortable in Spanish.'],
    xfer(70, 'Leticia', 'leticia-sg'),
    [110, 'l', '¡Hola! Soy Leticia, de Montgomery County Public Libraries. Con gusto le ayudo con su pregunta.', as(LETICIA)],
    [118, 'l', 'Por lo general, en el condado de Montgomery el rótulo pintado en un food truck forma parte de la licencia del vehículo y no lleva un permiso de letrero aparte, pero conviene confirmarlo: llame al Department of Permitting Services al 240-555-0119 o vea montgomerycountymd.gov/dps. Para el estilo vintage, en Creativebug (montgomerycountymd.gov/library > eResources) hay una clase de rotulación de letreros.', as(LETICIA)],
    [124, 'l', '¿Le sirve esta información? ¿Hay algo más en que le pueda ayudar?', as(LETICIA)],
    [160, 'p', 'si, me sirve mucho. no, eso es todo, gracias!'],
    [166, 'l', '¡Con gusto! Gracias por escribirnos y mucho éxito con el food truck.', as(LETICIA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 12 Saturday before the clocks change: FU_ME, e-mail read back, "by Tuesday", done 71 h 55 min later in EDT
  s(PRIYA, '12 restoring a painted hardware sign in Catonsville (Sat 7 March): the restatement, digitalmaryland.org, e-mail read back, "by Tuesday", FU_ME done 2026-03-10T10:58-04:00', [
    [SAT, 'p', "Hi, I'm on the board of a little history museum in Catonsville. We're restoring the painted 'Frederick Road Hardware — Paints, Glass, Tools' sign on the side of our building and want old photos of it to match the lettering."],
    [SAT + 19, 'l', "Hello and welcome to Ask a Librarian! I'm Priya, a librarian at Baltimore County Public Library's Catonsville branch."],
    [SAT + 25, 'l', "So you're after photos of the sign when it was fresh, to match the original lettering and colors."],
    [SAT + 70, 'p', 'exactly. we think its from the 1940s. b&w is fine for the layout, color would be a dream'],
    [SAT + 82, 'l', "Color from the 1940s is rare, but there are good places to look. Digital Maryland (digitalmaryland.org) has Catonsville street scenes: try searching 'Frederick Road Catonsville'. Our branch also has a local history vertical file on Frederick Road businesses that isn't online; I can go through it on Monday and e-mail you scans of anything that shows the sign. What e-mail should I send them to?"],
    [SAT + 120, 'p', 'that would be amazing. its m.ortega.museum@example.org'],
    [SAT + 128, 'l', "Thanks — that's m.ortega.museum@example.org. I'll send whatever I find by Tuesday. In the meantime, does that help for now?"],
    [SAT + 170, 'p', "yes, already found a 1950s postcard with the sign on it! thank you, that's all I need for now"],
    [SAT + 176, 'l', 'Wonderful! Thanks for chatting, and you will hear from me by Tuesday.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), {
    ...FU_ME, startedAt: at(SAT), followUps: [{ doneAt: '2026-03-10T10:58:00-04:00', by: 'priya-sg', note: 'sent 3 scans from the vertical file' }],
  }, { now: T0 + 9 * DAY }),

  // 13 the question inside the first message that gives a source; three parties, one with no way to reach it
  s(TESSA, '13 repainting a Coca-Cola ghost sign on East Patrick St, Frederick: guidelines URL + "Is the building inside …?" in one message, planner by phone, MHT by URL, "Downtown Partnership is worth asking too"', [
    [0, 'p', 'Our family owns a building on East Patrick Street in Frederick with an old faded Coca-Cola sign painted on the side. We would like to have it repainted. Is that allowed?'],
    [22, 'l', 'Good morning! This is Tessa, a librarian at Frederick County Public Libraries.'],
    [30, 'l', "The City of Frederick's Historic District Design Guidelines have a section on painted wall signs and say when repainting needs approval; they're online at cityoffrederickmd.gov (search 'design guidelines'). Is the building inside the downtown historic district?"],
    [70, 'p', 'yes it is'],
    [82, 'l', "Then you'll need a Certificate of Appropriateness before any work starts. You'd want to talk with the city's historic preservation planner at 301-555-0177, and the Maryland Historical Trust (mht.maryland.gov) can tell you whether the sign counts as a historic feature. Frederick's Downtown Partnership is worth asking too, since they've helped owners with sign projects before."],
    [88, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes, very helpful. thanks'],
    [136, 'l', 'Is there anything else I can help you with today?'],
    [160, 'p', 'no thank you'],
    [165, 'l', 'Thanks for chatting, and good luck with the sign!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 14 no source: advice, an organisation and an app named with no way to reach them; the question after the answer
  s(GRAHAM, '14 getting into sign painting at 24 (a muralist): advice only, "The Letterheads … a friendly bunch to reach out to", "the Procreate app", then "walls and windows?"', [
    [0, 'p', "how does someone get into sign painting as a job these days? i'm 24 and do murals on the side"],
    [20, 'l', "Hi! I'm Graham, a librarian at Carroll County Public Library."],
    [26, 'l', "Honestly, it's mostly learned by doing and by apprenticing. A lot of working sign painters got started sweeping floors in a sign shop and picking up lettering on the side, so ask around at sign shops in Westminster. The Letterheads, an informal group of sign painters, hold meet-ups where people share tricks, and they're a friendly bunch to reach out to. Plenty of people also practice letterforms on an iPad first with the Procreate app before they touch a brush."],
    [32, 'l', 'Are you mostly interested in wall and window work, or things like truck lettering and gold leaf?'],
    [70, 'p', 'walls and windows mostly'],
    [78, 'l', 'Then your mural work is a real head start: the brush control carries over, and shops often bring in muralists for the big wall jobs. Did that help?'],
    [110, 'p', 'yeah it does, thanks. thats all i needed'],
    [116, 'l', 'Good luck with it — thanks for stopping by!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 15 FU_LIB: "take your time", phone read back, "by Thursday", pending at day 1
  s(ALMA, '15 a photo of an Elkton wedding chapel sign from 1959: "Sure, take your time!" (144 s away), digitalmaryland.org, phone read back, the Elkton branch "will call you by Thursday", pending', [
    [0, 'p', "hi! my parents eloped to elkton in 1959 and got married at one of the wedding chapels with the big painted signs. is there any way to find a photo of the chapel sign from back then? it's for their anniversary"],
    [23, 'l', "Hi there, welcome to AskUsNow! I'm Alma, a librarian with Maryland's statewide service."],
    [29, 'l', "That's a lovely idea! Do you know the chapel's name, or the street it was on?"],
    [50, 'p', 'hmm let me ask my mom, one sec'],
    [56, 'l', 'Sure, take your time!'],
    [200, 'p', "she says it was on main street, something like 'little wedding chapel'"],
    [211, 'l', "Elkton's wedding chapels were photographed a lot. Digital Maryland (digitalmaryland.org) has mid-century photos of Main Street in Elkton with the chapel signs; try searching 'Elkton wedding chapel'. Cecil County Public Library also has a local history photo file that isn't online, and I can ask their local history librarian to check it for 1959. Would you like that? If so, what's a good phone number for them to call you?"],
    [250, 'p', 'yes please!! 443 555 0128'],
    [258, 'l', "Great — 443-555-0128. Someone from Cecil County Public Library's Elkton branch will call you by Thursday with whatever they find. In the meantime, is the Digital Maryland search helpful?"],
    [300, 'p', 'yes found a main street one from the 60s!! thats everything, thank you so much'],
    [306, 'l', "Oh, I'm so glad! Thanks for chatting, and happy anniversary to your parents."],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 16 "Hope that helps!" instead of the completeness question; a goodbye 119 s after the answer
  s(REGGIE, '16 reverse glass gilding on a bar mirror in Salisbury: Gold Leaf Techniques, "Hope that helps!", "Anything else I can help with?", goodbye 119 s after the answer', [
    [0, 'p', "how do you do that gold lettering on the back of glass, like old bar mirrors? want to try on a mirror for my brother's bar in salisbury"],
    [18, 'l', "Hey there, thanks for reaching out to the Wicomico Public Libraries! I'm Reggie."],
    [24, 'l', 'Have you done any gilding before, or would this be your first try?'],
    [60, 'p', 'first time. i can paint tho'],
    [71, 'l', "It's called reverse glass gilding (or verre églomisé): you lay the gold leaf on the back of the glass with a gelatin 'water size', letter it in reverse, back it up with paint, and on a mirror you first remove the silvering where the letters go. Kent Smith's 'Gold Leaf Techniques' covers glass gilding step by step, and you can request it from our catalog at wicomicolibrary.org. Hope that helps!"],
    [80, 'l', 'Anything else I can help with?'],
    [190, 'l', 'Thanks for chatting — good luck with the mirror!'],
  ], usual({ complete: 'fail' })),

  // 17 a promise coded Answered: e-mail read back, no time; not recorded at day 4
  s(FIONA, '17 a grandfather\'s sign shop in Easton in the 1950s: the Star-Democrat index at tcfl.org, "What\'s your e-mail? I\'ll send you what I find", read back, no time, coded Answered', [
    [0, 'p', 'hi, my grandpa jack harrington was a sign painter in easton in the 50s and 60s. is there anything written about him? we only have a few photos'],
    [21, 'l', "Hello! I'm Fiona, a librarian at Talbot County Free Library. What a great thing to look into."],
    [27, 'l', 'Do you know the name of his shop, or any signs he painted that might still be around?'],
    [70, 'p', 'harrington signs, he did a lot of the storefronts on washington st'],
    [81, 'l', "The Star-Democrat is the paper to search for those years. Its index (tcfl.org > Local History > Star-Democrat Index) lists local businesses and people, and I've already found two short notices under 'Harrington Signs', from 1956 and 1961. I'd like to pull the microfilm for them and look for his ads too. What's your e-mail? I'll send you what I find."],
    [120, 'p', 'oh wow thank you! its dhall.family@example.com'],
    [127, 'l', "Got it, dhall.family@example.com. I'll e-mail you what I find. Does the index give you a start in the meantime?"],
    [165, 'p', 'yes, thank you so much'],
    [171, 'l', 'Is there anything else I can help with today?'],
    [200, 'p', "no that's all, thanks!"],
    [205, 'l', "Thanks for chatting, and I'll be in touch!"],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 18 FU_ME with the phone only in patron.phone: "call you at the number on your library account tomorrow afternoon"; done at 73 h
  s(VERA, '18 a "…ER BROS / phone 142" feed and seed sign in Chestertown: Sanborn maps, "call you at the number on your library account tomorrow afternoon", FU_ME, done 73 h after', [
    [0, 'p', "there's an old feed and seed sign painted on a warehouse near the chestertown waterfront. do you know what company it was? it's really faded"],
    [19, 'l', 'Hi! Vera here, a librarian at Kent County Public Library. 🙂'],
    [25, 'l', 'Can you make out any part of the name, or a phone number? Old signs often had a two- or three-digit phone number painted on.'],
    [66, 'p', "something like '...ER BROS' and 'phone 142'"],
    [78, 'l', "Good clue! The Sanborn maps of Chestertown (loc.gov/collections/sanborn-maps) label each waterfront warehouse by use, so you can see which one sold feed and seed. The Kent County News index in our Local History Room would give the company's name from its ads, but it isn't online, so I'll check it for '…er Bros.' and call you at the number on your library account tomorrow afternoon."],
    [84, 'l', 'Does the Sanborn map link help for now?'],
    [120, 'p', "yes it does, thanks! that's all for now"],
    [126, 'l', 'Great, thanks for chatting, and talk to you tomorrow!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: null, phone: '410-555-0184' }, followUps: [{ doneAt: at(131 + 73 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 19 the limit of questions
  s(SAMIR, '19 a MICA paper on Baltimore ghost signs: Stage\'s Ghost Signs + Art Full Text, then three more questions, "you\'ve already asked me several, so I\'ll have to stop here", "wow ok"', [
    [0, 'p', 'hi im a mica student writing a paper on ghost signs in baltimore. where do i find scholarly sources on them??'],
    [17, 'l', "Hi, welcome to Maryland's AskUsNow! I'm Samir, a librarian."],
    [23, 'l', 'How long is the paper, and does your professor want peer-reviewed articles only, or are books and photo archives OK too?'],
    [58, 'p', '10 pages, mix is fine'],
    [66, 'l', "Start with Wm. Stage's 'Ghost Signs: Brick Wall Signs in America', the classic book on the subject, and 'Sign Painters' by Faythe Levine and Sam Macon for the trade itself; both are in the Pratt's catalog at prattlibrary.org. For articles, search 'ghost signs' in Art Full Text or JSTOR from the MICA library's databases page (mica.edu, Library). Did that help?"],
    [100, 'p', 'yes! ok also how do i date a ghost sign, who were the big sign companies in baltimore, and are any protected by law'],
    [110, 'l', "AskUsNow! is meant for quick questions, and you've already asked me several, so I'll have to stop here. Good luck with your paper, bye!"],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 the allowed "other patrons waiting"; no code field
  s(BEATRIZ, '20 starting a sign painting business in Silver Spring: Gale Business: Plan Builder + businessexpress.maryland.gov, anything else asked, a long list, "other patrons waiting … log back in later", no code field', [
    [0, 'p', 'Hi there. I want to start a small sign painting business in Silver Spring (windows, A-frames, murals). Where do I start with the business side?'],
    [20, 'l', "Good afternoon, and welcome to Ask MCPL! I'm Beatriz, a librarian at Montgomery County Public Libraries."],
    [27, 'l', 'Do you already have clients, or are you at the planning stage? That decides whether we start with a business plan or with registering the business.'],
    [65, 'p', 'planning stage'],
    [75, 'l', "Then a plan comes first. Our Gale Business: Plan Builder database (montgomerycountymd.gov/library > Research > Business) walks you through a business plan step by step, and the state's Maryland Business Express site, businessexpress.maryland.gov, has the checklist for registering a small business in Maryland. Is that helpful?"],
    [110, 'p', 'yes that helps a lot'],
    [116, 'l', 'Glad to hear it! Anything else I can help you with?'],
    [140, 'p', 'well actually yes: insurance for working on ladders, whether I need a contractor license for murals, how to price per letter, getting paid by businesses, and marketing on instagram'],
    [150, 'l', "Those are all great questions, and each deserves proper time. I have a few other patrons waiting in the queue right now, so could you log back in later, or tomorrow, and we'll take them one by one? You'll get a librarian with time to dig in."],
    [170, 'p', 'sure, makes sense'],
    [176, 'l', 'Thanks for understanding, and best of luck with the business!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 21 no one named; ending for the provider's shift with a way back
  s(MEI, '21 who painted a 1940s sideshow banner from a Centreville auction: "Hi there! Ooh, fun find." (no name), Freaks, Geeks & Strange Girls, "My shift is wrapping up … start a new chat anytime at askusnow.info"', [
    [0, 'p', "i bought an old circus sideshow banner at an auction in centreville. how can i find out who painted it? theres no signature i can see"],
    [21, 'l', 'Hi there! Ooh, fun find.'],
    [27, 'l', "What's painted on it, and do you know roughly how old it is?"],
    [66, 'p', "a 'fire eater' with flames, auctioneer said 1940s"],
    [76, 'l', "Most sideshow banners of that era came from a handful of studios, such as Snap Wyatt, Fred G. Johnson, and Millard & Bulsterbaum, and each had a recognizable style. 'Freaks, Geeks & Strange Girls: Sideshow Banners of the Great American Midway' by Randy Johnson, Jim Secreto and Teddy Varndell is the standard guide, with studio styles and signatures; you can request it through our catalog at qaclibrary.org. Is that what you were hoping for?"],
    [115, 'p', "yes perfect. oh also do you know if banners like this need special care? it's canvas and kinda cracking"],
    [121, 'l', 'My shift is wrapping up and I have to close out now, but you can start a new chat anytime at askusnow.info and another librarian will pick up your question about caring for the canvas. Thanks for chatting!'],
    [135, 'p', 'oh ok'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 22 "your time is up" with a way back; a named specialist with no way to reach him
  s(JUNE, '22 ghost signs in downtown Cambridge for a photo project: digitalmaryland.org, "ask for Mr. Wheatley at the Dorchester County Historical Society", "Sorry, your time is up for this session"', [
    [0, 'p', "I'm photographing the old painted signs in Cambridge for a project. Is there a list anywhere of which ghost signs are still up downtown?"],
    [22, 'l', "Hello, thanks for contacting Dorchester County Public Library! I'm June."],
    [28, 'l', 'Are you focused just on downtown Cambridge, Race and Poplar Streets, or the whole county?'],
    [60, 'p', 'just downtown for now'],
    [71, 'l', "I don't know of a published list, but Digital Maryland (digitalmaryland.org) has older photos of Race Street that show which signs were there when they were new, which helps with matching the faded ones. For what's still up today, ask for Mr. Wheatley at the Dorchester County Historical Society; he has photographed most of them."],
    [77, 'l', 'Does that help?'],
    [110, 'p', 'yes thanks! and what about the ones in hurlock and east new market? and could you look up when the phillips packing sign was painted? and is there a grant for photo projects?'],
    [120, 'l', "Sorry, your time is up for this session. You're welcome to start a new chat later for the rest."],
    [135, 'p', 'ok'],
    [140, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', dismissal: 'fail', referral: 'fail' })),

  // 23 a check-in and a notice with no thanks: idle to endedAt, 207 s; courteous fails
  s(MALIK, '23 hand-lettering a skiff\'s transom in St. Mary\'s: 1shot.com + Mastering Layout, "Are you still there?" at 200, "It looks like you\'ve disconnected. This chat will now close." at 270', [
    [0, 'p', 'hey how do i paint my boat name on the transom by hand? its a 22ft skiff, want it to look like the old chesapeake workboats'],
    [20, 'l', "Hi, Malik here with St. Mary's County Library."],
    [26, 'l', 'Are you painting on fiberglass or wood?'],
    [58, 'p', 'fiberglass'],
    [68, 'l', "On fiberglass, scuff the area lightly, clean it with solvent, lay out the letters with a paper pattern, and letter with a marine-grade enamel; 1-Shot's lettering enamels are the sign painter's standard (1shot.com lists the marine products). For the classic workboat look, Mike Stevens's 'Mastering Layout: On the Art of Eye Appeal', in our catalog at stmalib.org, shows how to space a name on a curved panel. Does that help?"],
    [200, 'l', 'Are you still there?'],
    [270, 'l', "It looks like you've disconnected. This chat will now close."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 24 Spanish: a goodbye exactly 120 s after the answer, no check-in
  s(LUZ, '24 un curso de rotulación a mano en Baltimore (Spanish): mica.edu + Creativebug por la Pratt, "¿Necesita algo más?", despedida exactamente 120 s después, sin "¿sigue ahí?"', [
    [0, 'p', 'Hola, quisiera saber si hay algun curso para aprender a pintar letreros a mano en Baltimore. Vivo en Highlandtown.'],
    [19, 'l', '¡Hola! Bienvenido a AskUsNow!. Le atiende Luz, bibliotecaria.'],
    [25, 'l', '¿Prefiere un curso en español, o le sirve en inglés?'],
    [62, 'p', 'en ingles esta bien, entiendo bastante'],
    [74, 'l', "Perfecto. El programa de educación continua de MICA (mica.edu > Continuing Studies) ofrece a veces clases de 'sign painting' y de letras a mano los fines de semana. Y con la tarjeta de la Biblioteca Pratt puede tomar gratis las clases de rotulación de Creativebug desde prattlibrary.org > eResources. ¿Le sirve esta información? ¿Necesita algo más?"],
    [194, 'l', 'Gracias por escribirnos. ¡Que tenga un buen día!'],
  ], usual({ idle: 'fail' })),

  // 25 a check-in and a goodbye 179 s after the answer: the notice does not apply
  s(IGNACIO, '25 a ghost sign photo walk in downtown Cumberland: WHILBR + Sanborn maps, "Still with me?" at 170, "Looks like you may have stepped away … Thanks … come back anytime!" 179 s after', [
    [0, 'p', 'Are there ghost signs in Cumberland worth seeing? Planning a photo walk this weekend'],
    [17, 'l', "Hi, thanks for contacting Allegany County Library System! I'm Ignacio."],
    [23, 'l', 'Will you be on foot downtown, or driving out to places like Frostburg and Lonaconing too?'],
    [55, 'p', 'on foot, downtown cumberland mostly'],
    [66, 'l', "Downtown Cumberland has several faded wall ads along Baltimore Street and near the old canal basin. The Allegany County collection on WHILBR (whilbr.org) has old photos of those blocks from when the signs were new, so you can tell what you're looking at, and the Sanborn maps of Cumberland at loc.gov/collections/sanborn-maps show which business was in each building. Is that the kind of thing you wanted?"],
    [170, 'l', 'Still with me?'],
    [245, 'l', "Looks like you may have stepped away, so I'll close this chat for now. Thanks for reaching out, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 26 a check-in and "Since I haven't heard back … close this chat" 194 s after: no word of a disconnection
  s(DOLORES, '26 roadside farm stand signs in Prince Frederick: Hand Lettering Ledger + Sign Painters, "Are you still there?" at 200, "Since I haven\'t heard back, I\'m going to go ahead and close this chat." at 266', [
    [0, 'p', 'we have a farm stand in prince frederick and want hand painted signs (PEACHES, SWEET CORN etc). any books on how to paint simple signs on wood?'],
    [21, 'l', "Good morning! I'm Dolores, a librarian at Calvert Library."],
    [27, 'l', 'Are these for out by the road, where they need to be read from a passing car, or smaller ones at the stand?'],
    [60, 'p', 'by the road'],
    [72, 'l', "For road signs the key is big, simple letters and strong contrast. Mary Kate McDevitt's 'Hand Lettering Ledger' has a good section on simple sign alphabets, and 'Sign Painters' by Faythe Levine and Sam Macon shows plenty of roadside signs for ideas. Both are in our catalog at calvertlibrary.info. Does that help?"],
    [200, 'l', 'Are you still there?'],
    [266, 'l', "Since I haven't heard back, I'm going to go ahead and close this chat. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 27 a true Lost Call: greeting only, a check-in, the seed's notice with an invitation exactly 180 s after the greeting
  s(PAZ, '27 books on sign painting (Lost Call): greeting only, "Are you still there?" at 140, the seed\'s "It looks like you\'ve disconnected. If I don\'t hear from you soon, I\'ll end this session." at 200', [
    [0, 'p', 'do u have any books on sign painting'],
    [20, 'l', "Hello! I'm Paz, a librarian at Charles County Public Library. I'd be glad to help."],
    [140, 'l', 'Are you still there?'],
    [200, 'l', "It looks like you've disconnected. If I don't hear from you soon, I'll end this session. Feel free to chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 28 Lost Call after two patron lines; pickup at 95 s
  s(QUINN, '28 who painted the Crisfield packing house signs (Lost Call): "hello??" at 50, pickup at 95 s, "Are you still with us?", "It looks like you\'ve left the chat, so I\'m closing this session now."', [
    [0, 'p', 'who painted the old signs on the packing houses in crisfield? my great uncle might have been one of them'],
    [50, 'p', 'hello??'],
    [95, 'l', "Hi, I'm Quinn, a librarian at Somerset County Library System. Sorry for the wait!"],
    [230, 'l', 'Are you still with us?'],
    [300, 'l', "It looks like you've left the chat, so I'm closing this session now. Come back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '29 a hand lettering class for seniors in Glen Burnie: no provider ever joined, the queue\'s line, patron left at 200, Lost Call', [
    [0, 'p', 'is there a hand lettering class for seniors at the glen burnie library? my mom is 78 and wants to try it'],
    [3, 's', 'Thanks for contacting AskUsNow! All of our librarians are helping other people right now. Please stay in the queue.'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 Practice
  s(TRAINEE, '30 practice chat (lettering class macro): coded Practice, every check na', [
    [0, 'p', 'TEST - practice session for the new lettering class macro'],
    [10, 'l', 'Practice reply: our hand lettering classes are listed at samplelibrary.org/events'],
    [20, 'p', 'looks good, ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SIGNS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('04')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 8: "Glad to help! Let me know if anything else comes up. Bye for now!" An invitation, not a question: RUBRIC.md passes the check when "the provider asks whether the patron needs anything else", and nothing in the chat asks it; the patron\'s "yes thanks, my dad will love this" (message 7) is thanks alone, which "does not count".',
  [byNo('13')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "You\'d want to talk with the city\'s historic preservation planner at 301-555-0177, and the Maryland Historical Trust (mht.maryland.gov) can tell you … Frederick\'s Downtown Partnership is worth asking too, since they\'ve helped owners with sign projects before." Three parties the patron is told to contact ("call, write to, ask or visit them"); the third, an organisation outside the chat, comes with no e-mail, phone, address or URL, and RUBRIC.md passes only when "every party the patron is referred to comes with a way to reach them".',
  [byNo('14')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 2: "… so ask around at sign shops in Westminster. The Letterheads, an informal group of sign painters, hold meet-ups …, and they\'re a friendly bunch to reach out to." Telling the patron to reach out to an organisation and to ask at sign shops is "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)"; neither comes with an e-mail, phone, postal address or URL, so the check applies and fails.',
  [byNo('18')]:
    'followup.contact: expected fail, got pass ("contact confirmed in the chat and the time of the follow-up stated", evidence message 3). Message 3 is the patron reading the old sign: "something like \'...ER BROS\' and \'phone 142\'", the painted phone number of a long-gone feed company, not the patron\'s phone; message 4 promises to "call you at the number on your library account tomorrow afternoon", a number known only from `patron.phone` and never given or repeated in the chat, which RUBRIC.md says "does not count".',
  [byNo('26')]:
    'session.disconnect_notice: expected fail, got pass ("told the idle patron they seem disconnected and that the session will end"). Message 6: "Since I haven\'t heard back, I\'m going to go ahead and close this chat. Thanks for using Ask a Librarian!" It says the chat will end, but not "that they seem to have disconnected": not hearing back is silence, and the notice RUBRIC.md asks for must tell both (READINGS TAKEN); the final idle is 194 s (message 4 at 72 s to the goodbye at 266 s), so the check applies and fails.',
};

describe('eighty-eighth round: sign painting, hand lettering and ghost signs, checked', () => {
  describeSessions('whole sessions', SIGNS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SIGNS.filter((c) => c.name in LEFT_WHY));
});
