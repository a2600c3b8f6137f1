/**
 * Seventy-eighth round, theme JEWELRY MAKING AND WATCHES, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: beading classes (a family bracelet workshop, a silver clay class in Spanish and
 * English, a full silver clay workshop, Spanish-language beading classes), silversmithing and metalwork (beginner books,
 * wire-wrapping tools at a maker lab, chainmaille, restringing pearls, UV resin fumes), appraising and identifying (grandma's
 * diamond ring, an emerald or glass, a natural or lab-grown sapphire, 925 and 14K stamps, Birmingham hallmarks, the October
 * birthstone, the price of 14k gold), watches (a 1910 Elgin pocket watch, a Hamilton serial number, an Omega caliber, a
 * watch battery, watchmaking schools, an 1800s watch factory project, 1920s Sears catalogs to date a locket) and selling
 * handmade jewelry (a Sunday market permit in Spanish, Etsy sales tax, polymer clay earrings, scrap gold buyers). Every one
 * of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s73/jewelry-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi, thanks for contacting Ask a Librarian! This is Lena at …" (01); pickup at exactly 60 s (03: pass) and at
 *   61 s (04: fail); `pickedUpAt` at 55 s with the first line at 90 s (30: pass); "Hi there! What can I help you with
 *   today?" under the screen name "AskDesk", then a question (05: no one named, fail); Spanish "¡Hola, buenas tardes! Le
 *   atiende Marisol, bibliotecaria de …" (02), "¡Hola! Soy Rafa, bibliotecario de …" (14); bilingual "¡Hola! Hi, this is
 *   Iris" (30); "Hey, Hugo at … here 👋" (07); chat-speak "hey! this is duke, librarian @ …" (25); a queue line and no
 *   provider ever (19);
 *  inquiry: branch and who the class is for, county, print or e-book, loose or set, screw or snap back, maker and winding,
 *   insurance or selling, stamp details, certificate or answer, letter and font, online or shows, adults or children,
 *   serial and case, gift or curiosity, weave level, stones or plain, the stamp, full time or evening, knotted or strung,
 *   grade and format, beginner; a source straight after the greeting and no question ever (08: fail);
 *  waits: holds of 8, 118 and exactly 120 s with a partial-result hold between (06: pass); "One sec, checking." answered
 *   121 s later with the patron's "hello??" in between (07: fail); a transfer notice answered 68 s later by the receiver
 *   (22) and 74 s later (23); "No rush, take your time." and the patron back 174 s later (29: waiting on the patron);
 *  endings: a Lost Call with a greeting only, "Are you still with me?" and "…looks like we got disconnected. I'm closing this
 *   chat now, but please come back anytime!" (16: final idle 262 s, both pass); Lost Call after two patron lines, a
 *   check-in and "It looks like you've disconnected, so I'm going to end this chat now." with no thanks (17: courteous
 *   fails); a goodbye exactly 120 s after the answer with no check-in (09: fail), 119 s after (10: na); "¿Sigue ahí?" and a
 *   goodbye 179 s after the answer (26: check-in pass, notice na); "Still there?" and a goodbye at exactly 180 s with no
 *   notice (27: notice fails); the session ending 150 s after the answer with nothing more (28: check-in and courteous
 *   fail); "Sorry, your time is up for this session. I'm going to disconnect now." then "seriously?? rude" (20: dismissal
 *   and courteous fail); "I have a few other patrons waiting right now, so please chat back in later" (21: allowed); the
 *   patron's "thats everything" as the last line (29: courteous fails); goodbyes "have fun beading and thanks for
 *   chatting!", "¡Con mucho gusto! Gracias por usar …", "Take care now, bye bye!", "My pleasure, thanks for chatting with
 *   Pratt!", "Thanks for your patience, talk soon!", "¡Gracias por escribirnos! Que tenga buen día.", "Gracias por
 *   escribirnos. ¡Vuelva cuando quiera!", "¡Gracias! Bye!", "ok cool, thanks for stopping by, bye!"; patron-side "that's
 *   all i needed", "eso es todo", "no more questions", "thats everything", "thats all", "es todo", and "ya kind of",
 *   "yes, thx", "the book is fine, thanks", "ok np" that do not count; "anything else" forms "Anything else I can dig up
 *   for you?", "Can I help with anything else today?", "Anything else on your mind?", "¿Hay algo más en que le pueda
 *   ayudar?", "anything else i can do for u?", "Anything else I can help with? / ¿Algo más?"; the offer "If you think of
 *   anything else, just let me know" that asks nothing (09: fail);
 *  completeness: "Does that cover what you were looking for?", "¿Le sirve esta información?", "Is that the kind of thing
 *   you were after?", "Does that get you what you need?", "Does that point you in the right direction?", "Does the guide
 *   help for now?", "Does the Comptroller page help in the meantime?", "Is the book what you were after…?", "¿Le ayuda?",
 *   "Does that work for your project?"; "Would you like me to look for a beginner wire-wrapping book too?" about something
 *   not yet given (11: fail); none at all in 14;
 *  sources: books in the catalogue and on Libby (Franchetti Michaels, McCreight, McGrath, Schumann, Bradbury, Meggers,
 *   Taylor, The Beader's Bible, Landes), gia.edu, ifixit.com, nawcc.org, appraisers.org, epa.gov, silvercollection.it,
 *   marylandtaxes.gov, hcls.org/events, americangemsociety.org, ReferenceUSA through the library's site, etsy.com,
 *   mdsbdc.umd.edu, Ancestry Library Edition at bcpl.info/research, ranfft.de, si.edu, consumidor.ftc.gov, awci.com,
 *   beadalon.com, americanhistory.si.edu, fcpl.org/events; none (09: the 925 answer alone; 10: the GIA lab and a Graduate
 *   Gemologist named with no way to reach them);
 *  referrals: the Clerk of the Circuit Court's licence office by phone in Spanish (02: pass); write to the NAWCC at
 *   info@nawcc.org (06: pass); call the American Society of Appraisers (07: pass); "send the stone to the Gemological
 *   Institute of America's laboratory" and "visit a local jeweler who is a GIA Graduate Gemologist" with no contact (10:
 *   fail); the provider's own Maker Lab by phone (11: pass); the SBDC by phone and URL (21: pass); not referrals: gia.edu's
 *   encyclopedia to read (04), Howard County Library asked to call the patron (14: consulted on the patron's behalf), the
 *   Lititz school named as a fact (27), a transfer to a colleague (22, 23);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (12: pass); "I'll … e-mail you what I find"
 *   with the e-mail read back and no time, coded Answered (13: code and contact fail, on_time pending at day 1); FU_LIB in
 *   Spanish, a phone typed with spaces and read back with dashes, "dentro de 72 horas", done at 80 h (14: on_time fails);
 *   FU_ME with "get back to you tomorrow" and no e-mail or phone anywhere, not recorded at day 4 (15: code, contact and
 *   on_time fail);
 *  codes: a true Lost Call (16); Lost Call after two patron lines (17); null with no provider (19); an empty string (30);
 *   Practice (18);
 *  transfers: a visible notice (a hold) and an internal note that says why (22: pass); a visible notice with no note (23:
 *   fail);
 *  concurrency: three others open across the session, four at once (24: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt`, when recorded, is the pickup (RUBRIC Terms: "or `pickedUpAt` when the source system records it"): 30's
 *   pickup is 55 s although the first visible line comes at 90 s;
 * - greetings and identifications in Spanish count as the English ones RUBRIC lists ("¡Hola, buenas tardes!", "Le atiende
 *   Marisol, bibliotecaria", "bibliotecario", 02, 14, 26); "Hey, … 👋" and "hey!" greet (07, 25); "Hi there! What can I help
 *   you with today?" under the screen name "AskDesk" greets but names no one (05);
 * - the patron's "eso es todo" / "es todo", "thats all", "thats everything", "no more questions" say explicitly that they
 *   are done; "nah im good", "no thats it" answer an "anything else?" the provider asked (the ask passes by itself);
 * - "If you think of anything else, just let me know." offers more but asks nothing: not the "anything else" question
 *   (09: fail);
 * - "Still digging. The National Association … keeps a list of repairers; I'm checking whether it covers Maryland." gives a
 *   partial result and says the search goes on: a hold (06), so the next span is 186 -> 306 = exactly 120 s, not longer;
 * - "No rush, take your time." is not a hold (Terms), so the 174 s after it are a wait on the patron (29);
 * - "Hello, are you still there?" asks whether the patron is there; "It looks like you've disconnected, so I'm going to end
 *   this chat now." is the notice but announces the end without thanks or an invitation: not a goodbye (17: courteous
 *   fails; the final idle runs to `endedAt`, 56 -> 271 = 215 s);
 * - "Gracias por escribirnos. ¡Vuelva cuando quiera!" and "Thanks for chatting with Ask Us Now, good luck!" are goodbyes,
 *   so the final idles end at them: 62 -> 241 = 179 s (26), 66 -> 246 = 180 s (27);
 * - "send the stone to the Gemological Institute of America's laboratory" tells the patron to write to (contact) an
 *   organisation, and "visit a local jeweler who is a GIA Graduate Gemologist" to visit a specialist: referrals with no
 *   e-mail, phone, address or URL (10: fail), and a named organisation with no way to reach it is not a source (10: fail);
 * - "Call the Maker Lab at 240-773-9555" sends the patron to the provider's own library's department: a referral (11: pass);
 * - "Voy a pedir a la Biblioteca del Condado de Howard que revisen … y que la llamen" is a promise that the library will
 *   contact the patron (a follow-up session) and staff consulted on the patron's behalf, not a referral (14);
 * - "the Lititz Watch Technicum in Pennsylvania is tuition-free" names a school as information, without telling the patron
 *   to contact or visit it: not a referral (27: na);
 * - "Would it be ok if I e-mailed you what I find?" comes after the source and is about the follow-up, not a completeness
 *   question; 12's completeness is "Does the guide help for now?".
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (09: inquiry.clarify and closing.anything_else). Label corrections: none (both
 * reread against RUBRIC: the scorer took the stamp question "…or is there anything else next to it…" for the closing
 * "anything else?" question).
 * Final: 29 running, 1 LEFT (09, reason in LEFT_WHY).
 * Every timing check (pickup at 60 and 61 s and from `pickedUpAt`, no provider; keep_informed at exactly 120 and at 121 s,
 * across a partial-result hold, "take your time", a notice-transfer with and without a note; final idles of 119, 120, 150,
 * 179, 180, 215 and 262 s; concurrency at four and at touching ends; on_time done at 40 h, done at 80 h, not recorded at day
 * 4, pending at day 1) scored as labelled on the first run, and the redaction equality held for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 through describeSessions, 1 through describeLeft).
 * `npx tsc -p tsconfig.json --noEmit`: no error in this file.
 * ON v68 (block AH8): case 09's "Is it stamped just 925, or is there anything else next to it, like letters …?" is read as a
 *   question about the need (clarify passes as labelled); its closing "If you think of anything else, just let me know." is still
 *   read as asking (the reading of "let me know if …" the scorer keeps), so it stays LEFT with its reason as first written.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `Please hold, a librarian will be with you shortly. Position in line: ${n}.`];

const LENA: Prov = { id: 'lena-jw', name: 'Lena', library: 'BCPL' };
const MARISOL: Prov = { id: 'marisol-jw', name: 'Marisol', library: 'AUN' };
const OWEN: Prov = { id: 'owen-jw', name: 'Owen', library: 'CCPL-MD' };
const PRIYA: Prov = { id: 'priya-jw', name: 'Priya', library: 'HCLS' };
const ASKDESK: Prov = { id: 'askdesk-jw', name: 'AskDesk', library: 'WCPL' };
const GRETA: Prov = { id: 'greta-jw', name: 'Greta', library: 'EPFL' };
const HUGO: Prov = { id: 'hugo-jw', name: 'Hugo', library: 'AACPL' };
const ISLA: Prov = { id: 'isla-jw', name: 'Isla', library: 'FCPL-MD' };
const JUNE: Prov = { id: 'june-jw', name: 'June', library: 'WCFL' };
const KOFI: Prov = { id: 'kofi-jw', name: 'Kofi', library: 'PGCMLS' };
const LUIS: Prov = { id: 'luis-jw', name: 'Luis', library: 'MCPL' };
const MAEVE: Prov = { id: 'maeve-jw', name: 'Maeve', library: 'AUN' };
const NOEL: Prov = { id: 'noel-jw', name: 'Noel', library: 'TCFL' };
const RAFA: Prov = { id: 'rafa-jw', name: 'Rafa', library: 'AUN' };
const SAM: Prov = { id: 'sam-jw', name: 'Sam', library: 'SMCL' };
const TOMAS: Prov = { id: 'tomas-jw', name: 'Tomás', library: 'AUN' };
const VIV: Prov = { id: 'viv-jw', name: 'Viv', library: 'CCPL-CE' };
const TRAINEE: Prov = { id: 'trainee-jw', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-jw', name: 'Queue', library: 'VRQ' };
const WES: Prov = { id: 'wes-jw', name: 'Wes', library: 'ACLS' };
const YUKI: Prov = { id: 'yuki-jw', name: 'Yuki', library: 'HCPL-MD' };
const ZARA: Prov = { id: 'zara-jw', name: 'Zara', library: 'BCPL' };
const DEV: Prov = { id: 'dev-jw', name: 'Dev', library: 'BCPL' };
const ABE: Prov = { id: 'abe-jw', name: 'Abe', library: 'WCPL' };
const BEA: Prov = { id: 'bea-jw', name: 'Bea', library: 'WCPL' };
const CARA: Prov = { id: 'cara-jw', name: 'Cara', library: 'GCPL' };
const DUKE: Prov = { id: 'duke-jw', name: 'duke_qac', library: 'QACL' };
const ELENA: Prov = { id: 'elena-jw', name: 'Elena', library: 'PGCMLS' };
const FELIX: Prov = { id: 'felix-jw', name: 'Felix', library: 'AUN' };
const GIL: Prov = { id: 'gil-jw', name: 'Gil', library: 'CCPL-CA' };
const HANK: Prov = { id: 'hank-jw', name: 'Hank', library: 'AUN' };
const IRIS: Prov = { id: 'iris-jw', name: 'Iris', library: 'FCPL-MD' };

const s = session;

export const JEWELRY: SessionCase[] = [
  // 01 the plain good session
  s(LENA, '01 family beading class: "thanks for contacting … This is Lena", branch + who asked, bcpl.info/events + a book, "that\'s all i needed"', [
    [0, 'p', 'hi, does the library do any beading classes? my daughter (12) wants to learn to make bracelets'],
    [18, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Lena at Baltimore County Public Library.'],
    [24, 'l', "Which branch is closest to you, and is she after a kids' class or one you could take together?"],
    [70, 'p', 'towson. one we can do together would be great'],
    [78, 'l', "Towson has a family Beaded Bracelet Workshop on the 14th; sign up on the events calendar at bcpl.info/events (filter by Towson + Crafts). Beading for Beginners by Chris Franchetti Michaels is also in our catalog if she wants to practice at home."],
    [84, 'l', 'Does that cover what you were looking for?'],
    [120, 'p', "yes!! perfect, that's all i needed 🙂"],
    [126, 'l', 'Wonderful, have fun beading and thanks for chatting!'],
  ], usual()),

  // 02 Spanish: a referral by phone
  s(MARISOL, '02 vender aretes en el mercado (Spanish): county asked, Clerk of the Circuit Court by phone + businessexpress.maryland.gov, "eso es todo"', [
    [0, 'p', 'hola buenas, quiero vender aretes y pulseras que hago en el mercado de los domingos, necesito permiso?'],
    [25, 'l', '¡Hola, buenas tardes! Le atiende Marisol, bibliotecaria de Ask Us Now.'],
    [31, 'l', '¿En qué condado vive usted?'],
    [60, 'p', 'montgomery'],
    [68, 'l', 'Para vender en un mercado en Montgomery normalmente se necesita una licencia de comerciante. Le recomiendo llamar a la oficina de licencias del Secretario del Tribunal de Circuito (Clerk of the Circuit Court) al 240-777-9466. La guía del estado está en businessexpress.maryland.gov. ¿Le sirve esta información?'],
    [110, 'p', 'si muchas gracias, eso es todo'],
    [116, 'l', '¡Con mucho gusto! Gracias por usar Ask Us Now, que le vaya muy bien.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup exactly at the threshold
  s(OWEN, '03 beginner silversmithing books: pickup at exactly 60 s, print or e-book asked, McCreight + McGrath in the catalog, "no more questions"', [
    [0, 'p', 'looking for books on silversmithing for beginners, soldering rings etc'],
    [60, 'l', 'Hi there, Owen here, a librarian at Carroll County Public Library. Sorry for the wait!'],
    [66, 'l', 'Are you wanting print books, or are e-books ok too?'],
    [95, 'p', 'print pls, i like to have it on the bench'],
    [101, 'l', 'Two good ones in our catalog: The Complete Metalsmith by Tim McCreight and Jewelry Making by Jinks McGrath. Both are on the shelf at Westminster; you can place a hold at library.carr.org.'],
    [107, 'l', 'Is that the kind of thing you were after?'],
    [140, 'p', 'yep, thx. no more questions'],
    [145, 'l', 'Great, enjoy the soldering and thanks for stopping by!'],
  ], usual()),

  // 04 pickup just over
  s(PRIYA, '04 emerald or glass: pickup at 61 s, loose or set asked, gia.edu gem encyclopedia + Schumann, "Anything else I can dig up for you?"', [
    [0, 'p', 'found a green stone in my late aunts jewelry box. how do i tell if its an emerald or just glass'],
    [61, 'l', "Good afternoon! I'm Priya, a librarian with Howard County Library System."],
    [67, 'l', 'Is the stone loose, or still set in a piece?'],
    [100, 'p', 'its in a ring'],
    [108, 'l', "The Gemological Institute of America's gem encyclopedia at gia.edu/gem-encyclopedia explains how emeralds differ from glass (inclusions, hardness, refraction), and Gemstones of the World by Walter Schumann is in our catalog. A home test can't settle it for certain, though."],
    [114, 'l', 'Did that help?'],
    [150, 'p', 'ya kind of'],
    [156, 'l', 'Anything else I can dig up for you?'],
    [180, 'p', 'nah im good'],
    [185, 'l', 'OK! Thanks for chatting, good luck with the ring.'],
  ], usual({ pickup: 'fail' })),

  // 05 a greeting that names no one
  s(ASKDESK, '05 watch battery at home: "Hi there! What can I help you with today?" under the screen name AskDesk, no one named, ifixit.com', [
    [0, 'p', 'how do i change the battery in my fossil watch myself'],
    [20, 'l', 'Hi there! What can I help you with today?'],
    [40, 'p', 'the battery in my fossil watch, its dead'],
    [46, 'l', 'Does the back of the case screw off, or does it snap off?'],
    [80, 'p', 'theres a little notch so snap i think'],
    [86, 'l', "Then you pry it open at the notch with a case knife. iFixit has step-by-step watch battery guides at ifixit.com (search 'watch battery')."],
    [92, 'l', 'Does that get you what you need?'],
    [130, 'p', 'yes thank you!'],
    [135, 'l', 'Anything else?'],
    [150, 'p', 'no thats it'],
    [154, 'l', 'Take care now, bye bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds at 118 s and exactly 120 s, a partial-result hold; referral by e-mail
  s(GRETA, '06 1910 Elgin pocket watch repair: holds 8 / 118 / 120 s with a partial-result hold, nawcc.org + write to info@nawcc.org', [
    [0, 'p', 'my grandfathers pocket watch from like 1910 stopped working. who even fixes these anymore'],
    [20, 'l', "Hi! I'm Greta, a librarian at Enoch Pratt Free Library."],
    [26, 'l', 'Do you know the maker? And is it key wind or stem wind?'],
    [60, 'p', 'it says Elgin on the inside. stem wind'],
    [68, 'l', 'Let me look into who services antique Elgins, bear with me a moment.'],
    [186, 'l', "Still digging. The National Association of Watch and Clock Collectors keeps a list of repairers; I'm checking whether it covers Maryland."],
    [306, 'l', "OK! The NAWCC's site is nawcc.org (look under Resources for repair professionals). You can also write to them at info@nawcc.org and ask for a member repairer near Baltimore. The Elgin serial number lookup on the same site will date the watch."],
    [312, 'l', 'Is that what you needed?'],
    [350, 'p', 'this is great. thats everything, thank you so much'],
    [356, 'l', 'My pleasure, thanks for chatting with Pratt!'],
  ], usual({ referral: 'pass' })),

  // 07 a hold answered 121 s later; referral by phone
  s(HUGO, '07 grandma\'s diamond ring appraisal: "One sec, checking." answered 121 s later ("hello??" between), appraisers.org + call ASA at 800 number', [
    [0, 'p', 'need to get my grandmas diamond ring appraised for insurance, how do i find someone legit'],
    [15, 'l', 'Hey, Hugo at Anne Arundel County Public Library here 👋'],
    [21, 'l', 'Is the appraisal for insurance, or are you thinking of selling it?'],
    [50, 'p', 'insurance'],
    [56, 'l', 'One sec, checking.'],
    [130, 'p', 'hello??'],
    [177, 'l', "Sorry for the wait! For insurance you want a credentialed appraiser. The American Society of Appraisers has a find-an-appraiser search at appraisers.org, and you can call them at 800-272-8258 to confirm someone's credentials."],
    [183, 'l', 'Does that help?'],
    [220, 'p', 'yeah'],
    [226, 'l', 'Can I help with anything else today?'],
    [240, 'p', 'no'],
    [245, 'l', 'Have a good one, thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 a source straight after the greeting
  s(ISLA, '08 UV resin earrings and headaches: epa.gov straight after the greeting, no question ever, "that\'s all i needed"', [
    [0, 'p', 'is uv resin safe to use for making earrings at home? i get headaches'],
    [20, 'l', "Hi, Isla with Frederick County Public Libraries' Ask a Librarian."],
    [26, 'l', "The EPA's indoor air pages (epa.gov/indoor-air-quality-iaq) cover fumes and ventilation, and the resin maker's safety data sheet lists what to avoid; look for 'SDS' on the product's website. Most guides say to work by an open window with nitrile gloves."],
    [32, 'l', 'Does this answer your question?'],
    [70, 'p', 'sort of. do i need a respirator'],
    [78, 'l', 'For small UV resin jobs most makers rely on ventilation and gloves; a respirator with organic vapor cartridges is the cautious choice if fumes bother you.'],
    [110, 'p', "ok, that's all i needed, thanks"],
    [115, 'l', 'Good luck with the earrings, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source; final idle exactly 120 s; an offer that asks nothing
  s(JUNE, '09 what 925 means: an answer with no source, "Does that clear it up?", goodbye 120 s later with "just let me know", no check-in', [
    [0, 'p', 'what does 925 stamped inside a ring mean? bought it at a yard sale'],
    [20, 'l', 'Hello! June here, librarian at Washington County Free Library.'],
    [26, 'l', 'Is it stamped just 925, or is there anything else next to it, like letters or a little symbol?'],
    [50, 'p', 'just 925'],
    [56, 'l', "925 means sterling silver: 92.5% silver mixed with 7.5% other metal, usually copper. It's a maker's claim, not a guarantee, but on a ring it's usually right. Does that clear it up?"],
    [176, 'l', 'If you think of anything else, just let me know. Thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', idle: 'fail' })),

  // 10 a referral with no way to reach them; no source; final idle 119 s
  s(KOFI, '10 natural or lab-grown sapphire: send it to the GIA lab / visit a Graduate Gemologist, no contact, no source, goodbye 119 s later', [
    [0, 'p', 'i want to get a sapphire tested to see if its natural or lab grown, where do i send it'],
    [22, 'l', "Hi, I'm Kofi, a librarian at Prince George's County Memorial Library System."],
    [28, 'l', 'Is it a loose stone or set in jewelry? And do you need a formal certificate, or just an answer?'],
    [60, 'p', 'loose. a certificate would be nice, i might sell it'],
    [66, 'l', "For a formal report, send the stone to the Gemological Institute of America's laboratory; they issue colored stone reports that say natural or synthetic. You could also visit a local jeweler who is a GIA Graduate Gemologist for a quicker opinion first. Does that point you in the right direction?"],
    [185, 'l', 'Good luck with the sapphire, bye now!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 11 the provider's own makerspace by phone; an offer of more that is not the completeness question
  s(LUIS, '11 wire-wrapping tools: branch asked, call the Maker Lab at 240 number, "Would you like me to look for a … book too?", "Anything else on your mind?"', [
    [0, 'p', 'do yall have like jewelry tools i can use? i want to try wire wrapping but dont want to buy pliers yet'],
    [20, 'l', 'Hi! Luis here, librarian at Montgomery County Public Libraries. Happy to help.'],
    [26, 'l', 'Which branch do you usually go to?'],
    [55, 'p', 'wheaton'],
    [62, 'l', "Wheaton doesn't lend jewelry pliers, but our Maker Lab at Long Branch has a wire-wrapping kit you can use on site. Call the Maker Lab at 240-773-9555 to book a time."],
    [68, 'l', 'Would you like me to look for a beginner wire-wrapping book too?'],
    [90, 'p', 'nah im ok. thanks!'],
    [96, 'l', 'Anything else on your mind?'],
    [110, 'p', 'nope'],
    [115, 'l', 'Have fun wrapping! Thanks for chatting with MCPL.'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 12 follow-up by me, done on time
  s(MAEVE, '12 Birmingham hallmarks on a brooch: FU_ME, e-mail typed and read back, "by Friday", done at 40 h', [
    [0, 'p', 'I have a silver brooch with little hallmarks - a lion, an anchor and a letter. Can you tell me where and when it was made?'],
    [20, 'l', 'Good morning, this is Maeve, a librarian with Ask Us Now. Thanks for writing in.'],
    [26, 'l', 'Is the letter a capital or lowercase, and does the font look plain or old-style gothic?'],
    [70, 'p', 'lowercase, kind of fancy curly'],
    [78, 'l', "The lion is the sterling mark and the anchor is the Birmingham assay office, so it's English silver. The date letter needs a table to match the font: the free guide at silvercollection.it/englishhallmarks shows the Birmingham letters. Matching yours exactly will take me some digging in Bradbury's Book of Hallmarks."],
    [84, 'l', 'Would it be ok if I e-mailed you what I find? What address should I use?'],
    [120, 'p', "sure, it's ellen.ramos58@gmail.com"],
    [126, 'l', "Got it: ellen.ramos58@gmail.com. I'll send you the date letter match by Friday."],
    [132, 'l', 'Does the guide help for now?'],
    [160, 'p', 'yes, thank you so much'],
    [166, 'l', 'Is there anything else I can help with?'],
    [180, 'p', 'no that covers it'],
    [185, 'l', 'Thanks for your patience, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise to e-mail, coded Answered, no time given
  s(NOEL, '13 sales tax on Etsy earrings: "I\'ll … e-mail you what I find", e-mail read back, no time, coded Answered, pending at day 1', [
    [0, 'p', 'do i have to charge sales tax on earrings i sell on etsy? im in maryland'],
    [20, 'l', 'Hi, Noel here, a librarian at Talbot County Free Library!'],
    [26, 'l', 'Are you selling only online, or at shows in person too?'],
    [55, 'p', 'both'],
    [62, 'l', "For in-person shows you need a Maryland sales and use tax license; the Comptroller explains it at marylandtaxes.gov (Business > Sales and Use Tax). Etsy collects Maryland tax on online orders for you. I'll look into whether craft-show sellers need a separate temporary permit and e-mail you what I find."],
    [68, 'l', 'What e-mail should I send it to?'],
    [100, 'p', 'jlinwood@yahoo.com'],
    [106, 'l', 'Thanks, jlinwood@yahoo.com, got it. Does the Comptroller page help in the meantime?'],
    [140, 'p', 'yes, thx'],
    [146, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 Spanish: follow-up by the patron's library, phone, done late
  s(RAFA, '14 clases de bisutería en español (Spanish): FU_LIB, phone typed with spaces and read back with dashes, "dentro de 72 horas", done at 80 h', [
    [0, 'p', 'hola, hay clases de bisutería en español en alguna biblioteca de howard county?'],
    [20, 'l', '¡Hola! Soy Rafa, bibliotecario de Ask Us Now.'],
    [26, 'l', '¿Para adultos o para niños?'],
    [50, 'p', 'para adultos, para mi y mi hermana'],
    [58, 'l', 'Por ahora no encuentro ninguna en el calendario de hcls.org/events. Voy a pedir a la Biblioteca del Condado de Howard que revisen si tienen una programada y que la llamen. ¿A qué número?'],
    [90, 'p', '410 555 0187'],
    [96, 'l', 'Perfecto: 410-555-0187. Alguien de la biblioteca la llamará dentro de 72 horas.'],
    [120, 'p', 'si gracias'],
    [126, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [140, 'p', 'no, es todo'],
    [146, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 follow-up by me with no contact anywhere, not recorded by day 4
  s(SAM, '15 dating a Hamilton wristwatch: "get back to you tomorrow", FU_ME, no e-mail or phone anywhere, not recorded at day 4', [
    [0, 'p', 'trying to figure out how old my dads hamilton wristwatch is, theres a serial number on the movement'],
    [25, 'l', "Hey there, Sam at St. Mary's County Library, Ask a Librarian."],
    [31, 'l', 'Can you tell me the serial number, and whether the case is gold filled or steel?'],
    [70, 'p', 'its 2F 34418, gold filled i think'],
    [77, 'l', "Hamilton's dating tables aren't online, but Hamilton Chronology by Donald Meggers, which has the serial number lists, is in our catalog. I'll check the list and get back to you tomorrow with the year."],
    [83, 'l', 'Is the book what you were after, or did you want something online?'],
    [120, 'p', 'the book is fine, thanks'],
    [126, 'l', 'Great, thanks for your patience!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 16 a true Lost Call
  s(TOMAS, '16 14k gold chain per gram (Lost Call): greeting only, "Are you still with me?" at 160, disconnected + closing + come back at 290', [
    [0, 'p', 'how much is a 14k gold chain worth per gram'],
    [28, 'l', 'Hi there, Tomás with Ask Us Now here!'],
    [160, 'l', 'Are you still with me?'],
    [290, 'l', "I haven't heard back, so it looks like we got disconnected. I'm closing this chat now, but please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron lines; the session closes without a goodbye
  s(VIV, '17 October birthstone: coded Lost Call after two patron lines, check-in at 186, "looks like you\'ve disconnected … end this chat now" without thanks', [
    [0, 'p', 'what is the birthstone for october'],
    [18, 'l', "Hello! I'm Viv, a librarian at Cecil County Public Library."],
    [24, 'l', 'Are you shopping for a gift, or just curious?'],
    [50, 'p', 'gift for my mom'],
    [56, 'l', "October has two: opal and tourmaline. The American Gem Society's birthstone chart is at americangemsociety.org/birthstones. Does that help?"],
    [186, 'l', 'Hello, are you still there?'],
    [266, 'l', "It looks like you've disconnected, so I'm going to end this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (pocket watch crystal script): coded Practice, every check na', [
    [0, 'p', 'practice: pocket watch crystal replacement'],
    [10, 'l', 'Hi, trainee here at Ask Us Now, testing the jewelry script.'],
    [16, 'l', 'Try nawcc.org. Did that help?'],
    [30, 'p', 'end of practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(QUEUE, '19 is the silver clay workshop full: queue line, "hello is anyone there", patron left, no provider, code null', [
    [0, 'p', 'is the silver clay workshop on saturday full??'],
    queueLine(2, 3),
    [140, 'p', 'hello is anyone there'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 time is up
  s(WES, '20 scrap gold buyers in Cumberland: ReferenceUSA, then a string of questions: "your time is up for this session", patron "seriously?? rude"', [
    [0, 'p', 'i need a list of places in cumberland that buy scrap gold'],
    [20, 'l', 'Hi, Wes at Allegany County Library System here.'],
    [26, 'l', 'Are you selling whole jewelry pieces, or broken scrap?'],
    [60, 'p', 'broken chains and a couple rings'],
    [68, 'l', "Our ReferenceUSA (Data Axle) database, linked from alleganycountylibrary.info, lists gold buyers by ZIP code; search 'precious metals' for 21502. Did that help?"],
    [110, 'p', 'ok but which one pays the most. and are pawn shops a ripoff. and how do i test if its real gold. and'],
    [118, 'l', "Sorry, your time is up for this session. I'm going to disconnect now."],
    [130, 'p', 'seriously?? rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 21 other patrons waiting (allowed); SBDC by phone and URL
  s(YUKI, '21 selling polymer clay earrings: Etsy handbook + SBDC by phone and URL, then a long list: "a few other patrons waiting … chat back in later"', [
    [0, 'p', 'hi! i want to start selling my polymer clay earrings, what do i need to know'],
    [22, 'l', "Hi, welcome to Ask a Librarian! I'm Yuki at Harford County Public Library."],
    [28, 'l', 'Where are you planning to sell: online, at markets, or in shops?'],
    [60, 'p', 'etsy first'],
    [68, 'l', "Etsy's Seller Handbook (etsy.com/seller-handbook) is a solid starting point, and the Maryland Small Business Development Center gives free advising: call them at 877-787-6732 or see mdsbdc.umd.edu. Is that what you were looking for?"],
    [110, 'p', 'yes! but also i need help with pricing and photography and a logo and instagram and taxes'],
    [118, 'l', 'Those are all great questions! I have a few other patrons waiting right now, so please chat back in later and we can work through the rest one at a time.'],
    [140, 'p', 'ok np'],
    [145, 'l', 'Thanks for chatting, bye for now!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 22 a transfer with a notice and a note that says why
  s(ZARA, '22 1920s Sears catalogs to date a locket: transfer notice at 62 + internal note why, Dev at 130 with Ancestry Library Edition', [
    [0, 'p', 'is there a library that has old jewelry catalogs, like sears catalogs from the 1920s? trying to date a locket'],
    [20, 'l', "Hello, you've reached Ask a Librarian. I'm Zara at Baltimore County Public Library."],
    [26, 'l', 'Do you know roughly what decade the locket might be from?'],
    [55, 'p', '1920s i think'],
    [62, 'l', "Our periodicals specialist Dev knows the catalog collections best, so I'm transferring you to him now, one moment."],
    [65, 'i', 'Dev, patron dating a 1920s locket, wants Sears catalogs from that era. Can you take it?'],
    xfer(68, 'Dev', 'dev-jw'),
    [130, 'l', 'Hi, this is Dev! The Sears catalogs from 1896 to 1993 are scanned in Ancestry Library Edition, listed at bcpl.info/research.', as(DEV)],
    [136, 'l', 'Does that help you date it?', as(DEV)],
    [170, 'p', 'yes that is perfect thank you. thats all'],
    [176, 'l', 'Happy hunting, thanks for chatting!', as(DEV)],
  ], usual({ transfer: 'pass' })),

  // 23 a transfer with a notice but no note
  s(ABE, '23 Omega caliber 565 parts: "I\'m going to pass you to Bea … Hang on a sec", no internal note, Bea at 150 with ranfft.de', [
    [0, 'p', 'can someone help me figure out what kind of watch movement is in my vintage omega? i want to order parts'],
    [24, 'l', 'Hi, Abe at Wicomico Public Libraries, Ask a Librarian.'],
    [30, 'l', 'Do you have the caliber number from inside the case back?'],
    [70, 'p', 'it says cal 565'],
    [76, 'l', "I'm going to pass you to Bea, who handles our hobby questions. Hang on a sec."],
    xfer(80, 'Bea', 'bea-jw'),
    [150, 'l', 'Hi, Bea here! Caliber 565 is an automatic Omega movement from the late 1960s. The Ranfft watch movement database at ranfft.de lists its parts numbers.', as(BEA)],
    [156, 'l', 'Is that what you needed?', as(BEA)],
    [190, 'p', 'yes!! thats exactly it'],
    [195, 'l', 'Anything else?', as(BEA)],
    [205, 'p', 'nope, all set'],
    [210, 'l', 'Enjoy the watch, bye!', as(BEA)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once
  s(CARA, '24 chainmaille book: three other chats open over this one (four at once)', [
    [0, 'p', 'whats a good book for learning to make chainmaille jewelry'],
    [20, 'l', 'Good evening! Cara here, librarian at Garrett County Public Library.'],
    [26, 'l', 'Are you just starting out, or do you already know basic weaves like European 4-in-1?'],
    [60, 'p', 'total beginner'],
    [66, 'l', "Chain Mail Jewelry by Terry Taylor is a friendly start; it's on Libby through garrettcountylibraries.org. Is that the sort of book you meant?"],
    [100, 'p', 'yes thats exactly what i wanted, thats all'],
    [106, 'l', 'Enjoy, and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('c1', 'cara-jw', -60, 200), other('c2', 'cara-jw', 10, 300), other('c3', 'cara-jw', 40, 150)],
  }),

  // 25 three at most, touching ends; chat-speak
  s(DUKE, '25 tarnished sterling (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'yo can u tell me how to clean tarnish off sterling rings'],
    [12, 'l', "hey! this is duke, librarian @ Queen Anne's County Library 😊"],
    [17, 'l', 'is it plain silver or does it have stones/pearls in it?'],
    [40, 'p', 'plain'],
    [46, 'l', "for plain sterling a silver polishing cloth works, or the baking soda + foil trick. the Smithsonian's conservation institute has silver care steps at si.edu/mci"],
    [50, 'l', 'does that help?'],
    [75, 'p', 'ya ty'],
    [80, 'l', 'anything else i can do for u?'],
    [95, 'p', 'no'],
    [99, 'l', 'ok cool, thanks for stopping by, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'duke-jw', -200, 0), other('d2', 'duke-jw', -30, 150), other('d3', 'duke-jw', 20, 300), other('d4', 'duke-jw', 104, 400)],
  }),

  // 26 Spanish: final idle 179 s with a check-in
  s(ELENA, '26 ¿es oro de verdad? (Spanish): answer at 62, "¿Sigue ahí?" at 180, "Gracias … ¡Vuelva cuando quiera!" at 241 (final idle 179 s)', [
    [0, 'p', 'buenas, cómo sé si una cadena es de oro de verdad?'],
    [20, 'l', "¡Buenas tardes! Soy Elena, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George's."],
    [26, 'l', '¿La cadena tiene algún sello, como 14K o 585?'],
    [55, 'p', 'dice 14k'],
    [62, 'l', '14K quiere decir 58,5 % de oro. Un sello no lo garantiza, pero es buena señal. La Comisión Federal de Comercio explica los sellos en consumidor.ftc.gov (busque "joyas"). ¿Le ayuda?'],
    [180, 'l', '¿Sigue ahí?'],
    [241, 'l', 'Gracias por escribirnos. ¡Vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 27 final idle exactly 180 s with a check-in and no notice
  s(FELIX, '27 watchmaking school: answer at 66, "Still there?" at 186, goodbye at 246 (final idle 180 s) with no disconnect notice', [
    [0, 'p', 'is there a watch repair school in maryland? i want to become a watchmaker'],
    [20, 'l', 'Hi, Felix with Ask Us Now here.'],
    [26, 'l', 'Are you looking for a full-time program, or evening classes while you work?'],
    [60, 'p', 'full time is fine'],
    [66, 'l', "There isn't one in Maryland, but the American Watchmakers-Clockmakers Institute lists accredited schools at awci.com/education, and the Lititz Watch Technicum in Pennsylvania is tuition-free. Does that answer your question?"],
    [186, 'l', 'Still there?'],
    [246, 'l', 'Thanks for chatting with Ask Us Now, good luck!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 28 the session ends 150 s after the answer with nothing more
  s(GIL, '28 restringing pearls: answer at 61, then nothing until the end at 211 (final idle 150 s, no check-in, no goodbye)', [
    [0, 'p', 'how do i restring a pearl necklace'],
    [20, 'l', 'Hello, Gil here from Calvert Library.'],
    [26, 'l', 'Is it knotted between the pearls, or just strung?'],
    [55, 'p', 'knotted'],
    [61, 'l', "Pearl knotting is covered step by step in The Beader's Bible (in our catalog) and in Beadalon's knotting tutorial at beadalon.com. Use silk cord and a knotting tool or an awl. Did that help?"],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }), { endAfter: 150 }),

  // 29 take your time; the patron has the last word
  s(HANK, '29 1800s watchmaking school project: "No rush, take your time." then 174 s away, Landes + americanhistory.si.edu, patron "thats everything" last', [
    [0, 'p', 'im doing a school project on how watches were made in the 1800s. need sources'],
    [20, 'l', "Hi! I'm Hank, a librarian with Ask Us Now. Glad to help."],
    [26, 'l', 'What grade is the project for, and does your teacher want books or websites?'],
    [50, 'p', 'grade 8. books AND websites. wait let me check the assignment sheet'],
    [56, 'l', 'No rush, take your time.'],
    [230, 'p', 'ok it says at least one book and one website'],
    [238, 'l', "For the book, Revolution in Time by David Landes covers how watch factories changed things (check your school or public library catalog). For the website, the Smithsonian's National Museum of American History has pages on the Waltham watch factory at americanhistory.si.edu (search 'Waltham')."],
    [244, 'l', 'Does that work for your project?'],
    [280, 'p', 'yes thank u!! thats everything'],
  ], usual({ courteous: 'fail' })),

  // 30 pickup recorded by the source; empty code; bilingual
  s(IRIS, '30 clase de joyería con plata (bilingual): pickedUpAt at 55 s, first line at 90, fcpl.org/events, "Anything else … / ¿Algo más?", code ""', [
    [0, 'p', 'hi, necesito saber si la biblioteca tiene clases de joyería con plata / silver jewelry class?'],
    [90, 'l', '¡Hola! Hi, this is Iris, a librarian at Frederick County Public Libraries.'],
    [96, 'l', '¿Busca una clase para principiantes? / Are you a beginner?'],
    [120, 'p', 'si, principiante'],
    [128, 'l', 'The Thurmont branch has Intro to Silver Clay Jewelry on March 21; registration is at fcpl.org/events. La inscripción es gratis. Is that the kind of class you wanted?'],
    [160, 'p', 'yes gracias!'],
    [166, 'l', 'Anything else I can help with? / ¿Algo más?'],
    [180, 'p', 'no'],
    [185, 'l', '¡Gracias! Bye!'],
  ], usual({ code: 'fail' }), { pickedUpAt: at(55), resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => JEWELRY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('09')]:
    'inquiry.clarify: expected pass, got fail ("never asked about the need or restated it"). Message 2: "Is it stamped just 925, or is there anything else next to it, like letters or a little symbol?" asks about the stamp the patron needs read, before any answer; "anything else" here is about the ring, not the closing question (RUBRIC inquiry.clarify: "the provider asks the patron at least one question about the need"). ' +
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 2: "Is it stamped just 925, or is there anything else next to it, like letters or a…" asks what else is stamped on the ring, not whether the patron needs anything else, and the closing "If you think of anything else, just let me know" asks nothing (RUBRIC closing.anything_else: "the provider asks whether the patron needs anything else").',
};

describe('seventy-eighth round: jewelry making and watches, checked', () => {
  describeSessions('whole sessions', JEWELRY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', JEWELRY.filter((c) => c.name in LEFT_WHY));
});
