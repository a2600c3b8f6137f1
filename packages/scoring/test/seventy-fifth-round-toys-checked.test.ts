/**
 * Seventy-fifth round, theme TOYS, DOLLS AND LEGO, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: antique toy values (an occupied-Japan wind-up clown, a 1955 Cissy doll, a 1964 G.I. Joe,
 * a Mr. Gold minifigure, used LEGO set prices, a 1950s Lionel set, a cast iron fire engine for insurance), recalls and safety
 * (a giraffe teether in Spanish, magnetic tiles, lead paint on yard-sale toys, a "not for under 3" label in Spanish), doll
 * repair (a floppy American Girl doll), LEGO clubs and robotics (a branch club for an 8-year-old, FIRST LEGO League, a county
 * list for a homeschool co-op, a SPIKE kit hold, a teen brick club, a donated EV3 kit, a summer robot program), toy history
 * for school (the teddy bear, Barbie, Raggedy Ann, el trompo in Spanish, when the brick was invented), donating toys and toy
 * lending libraries (a toddler toy library, kits for a licensed home daycare in Spanish, gifts for six grandchildren).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s72/toys-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon, and thanks for contacting Ask a Librarian! This is Priya at …" (01); Spanish "¡Buenos días!
 *   Habla Lucía, bibliotecaria de …" (02), "Le saluda Paz, bibliotecaria" (14), "¡Hola! Soy Rocío, bibliotecaria … ¿En qué
 *   grado está su hija?" (28); pickup at exactly 60 s with "hey, this is Marcus with Ask a Librarian at …" (03: pass) and at
 *   61 s (04: fail); "Hi there! 😊" and a question, the librarian's name only in the third provider message (05: fail);
 *   `pickedUpAt` at 58 s with the first message at 75 s (08: pass); "Hiya! Bea here" (09), "hey hey! kit here" (25), "Hi hi!
 *   👋" then "This is Lena, a librarian at …" (30); a queue line and no provider ever (19);
 *  inquiry: maker's mark, brand and model, branch, what is loose, age of the child, join or start a team, grade and kind of
 *   source, used or new-in-box, language then small parts, appraisal or ballpark, drop-in or coding, licensed daycare, box
 *   and manual, sealed or opened, sealed or used and sold or retail, budget and store, where the block shows, database or
 *   website, numbers on the engine, home or education set, length of the report, written or rough value, branch or month;
 *   sources straight after the greeting (08: fail);
 *  waits: a hold of 110 s (a patron "ok ty" inside it) and a partial-result hold answered exactly 120 s later (06: pass);
 *   "Bear with me (ha!) while I look." answered 121 s later (07: fail); the patron's own "hang on my kid is yelling" left
 *   unanswered until the patron is back 190 s later (13: fail); holds of 82, 74, 94 and 55 s (14, 15, 29, 28); transfer
 *   notices answered 54 and 60 s later (22, 23); "No rush, I'll be here." then the patron back 184 s later (30: waiting on the
 *   patron, pass); the patron's last line left unanswered (20, 29: an open span);
 *  endings: a true Lost Call with only a greeting, a check-in at 160 and "It looks like we've been disconnected … come back
 *   anytime" at 340 (16: final idle 310 s); one message that asks "Are you still there?", says the patron seems gone and the
 *   chat will end, and thanks (17: not a goodbye, final idle to endedAt, 205 s); check-in at 150 and "It seems we've lost our
 *   connection, so I'll close out this chat" at exactly 180 s (26); a check-in and no goodbye, final idle 179 s (27: check-in
 *   pass, notice na); a Spanish goodbye 125 s after the answer and 180 s after the hold before it, no check-in (28: fail, notice
 *   na); a goodbye 119 s after the answer (09: na); "I've already answered several questions, and that's the limit for one
 *   chat. I'm ending the session now. Bye." (20: dismissal fails, courteous passes on the "Bye."); "I have several other
 *   patrons waiting in the queue right now … Please chat back in later" (21: allowed); the patron's "no thats everything thank
 *   you!! bye" as the last line after "Thanks for waiting! …" and "Anything else …" (29: courteous pass); goodbyes "Happy
 *   hunting, and thanks for chatting with us!", "¡Qué bueno que lo encontró! Gracias por usar …", "Have fun building! Bye!",
 *   "Take care, and thanks for writing in!", "¡Gracias por escribirnos! Cuídense.", "kk have fun, bye!", "Thanks, Lee! Talk to
 *   you tomorrow."; patron-side "thats all i need", "es todo", "thats everything", "no more questions", "that is all for
 *   today", "eso es todo", "thanks thats all", and "ok cool", "yes perfect", "yep ty", "Oh ok" that do not count;
 *  sources: Kovels' guide in the catalog and kovels.com, cpsc.gov/es, aacpl.net/events, a referral phone as the only source
 *   (04), hclibrary.org, firstinspires.org, toyhalloffame.org and Kids InfoBits, cpsc.gov and cdc.gov pages, a county reuse
 *   guide, madc.org, bcpl.info, worthpoint.com, bricklink.com, healthychildren.org, Gale In Context, Greenberg's guide in the
 *   catalog, calvertlibrary.info, qaclibrary.org, Britannica School and Britannica Escolar, appraisers.org, pgcmls.info; none
 *   (09: dates only, "The company itself started in Denmark" names no way to reach it);
 *  referrals: the CPSC hotline by phone in Spanish (02), a doll hospital by phone (04), FIRST Chesapeake through its site (06),
 *   a museum library by e-mail (07), an appraiser's street address (29), the library's own Youth Services by phone (26): pass;
 *   "try asking your local fire station" (10), "stop by the kids' desk at any Harford branch" (21), "ask at the extension
 *   office" (25), "Ask for Mr. Ruiz, who runs it" (30): fail; a branch asked to call the patron (14), sites of agencies to read
 *   (08, 11), a transfer (22): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done at 40 h (12: pass); "I'll put the list together
 *   and e-mail it to you" coded Answered, e-mail read back, no time (13: code and contact fail, on_time pending at day 1);
 *   FU_LIB in Spanish, a phone typed with spaces and read back with dashes, "dentro de 72 horas", done at 80 h (14: late);
 *   FU_ME with the e-mail only in the patron field and "by tomorrow", done exactly 72 h after endedAt (15: code pass, contact
 *   fail, on_time pass);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); Practice (18); null with no provider (19); the field
 *   left out (09: na); an empty string (30);
 *  transfers: a notice (a hold) and an internal note that says why (22: pass); a notice and no internal note (23: fail);
 *  concurrency: three others open at once during the session (24: fail); one ending exactly at the start, two pairs that
 *   overlap it in turn, one starting exactly at endedAt (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "hey", "Hiya!", "hey hey!", "Hi hi! 👋" greet (03, 09, 25, 30); Spanish greetings and "bibliotecaria" identify as the English
 *   ones (02, 11, 14, 28); a name given only in the third provider message is outside "the first two" (05: fail);
 * - `pickedUpAt` recorded at 58 s is the pickup even though the first message comes at 75 s (08: pass);
 * - the patron's Spanish "es todo", "eso es todo" say explicitly that they are done (02, 14);
 * - "Still searching — the FIRST site lists two community teams … so far, checking whether either has openings." gives a partial
 *   result and says the search goes on: a hold, so the last span is 180 -> 300 = exactly 120 s, not longer (06);
 * - the patron's "hang on my kid is yelling" is a patron message, so waiting on the provider begins there (Terms: "begins at a
 *   patron message") and the patron's return does not restart it: 60 -> 258 = 198 s (13: fail); the Terms make no exception for
 *   a patron who asks the provider to wait;
 * - "No rush, I'll be here." tells the patron to take their time: not a hold, so 66 -> 250 is waiting on the patron (30);
 * - "Thanks for waiting! …" at the head of an answer thanks the patron: one of the provider's last two visible messages, so
 *   courteous passes though the patron wrote last (29);
 * - "… I'm ending the session now. Bye." says goodbye: courteous passes while the same message is the dismissal (20);
 * - "Are you still there? It seems you've disconnected, so I'll end this chat shortly. Thanks for writing in!" asks whether the
 *   patron is there, so it is not a goodbye and the final idle runs to endedAt (90 -> 295 = 205 s); it is the check-in and the
 *   notice at once, and its thanks passes courteous (17);
 * - the final idle of 28 begins at the answer at 110 (the first non-hold message after the patron's last), not at the hold at
 *   55: 110 -> 235 = 125 s (idle check fails, notice na);
 * - "It seems we've lost our connection, so I'll close out this chat." tells the patron they seem to have disconnected and the
 *   session will end (26);
 * - a transcript whose `resolutionCode` is left out (undefined) is a source without codes: code na (09);
 * - "within followUpHours" includes exactly 72 h: done at endedAt + 72 h passes (15); the e-mail known only from
 *   `patron.email` makes the code's contact known (code pass) but is never confirmed in the chat (contact fails) (15);
 * - "le pido al personal de la sucursal de North Point que la llame" is staff asked on the patron's behalf and a promise that
 *   someone will contact the patron: a follow-up session, not a referral (14);
 * - "There's a doll hospital in Towson, Dolly's Mending Shop, that does it while you wait; their number is …", the answer to
 *   "can it be fixed", tells the patron where to take the doll: a referral to an outside organisation, with a phone (04:
 *   pass); that phone is also its only source ("an e-mail or phone contact for a referral"); a detangler and a wire wig brush
 *   are no named resource;
 * - "I'm going to send you over to Bo, who's our homework help specialist tonight." announces a transfer (a hold), not a
 *   promise to send or find more later: no follow-up session (23);
 * - a referral's way to reach must be the referred party's own: the AAP's healthychildren.org does not reach the Harford kids'
 *   desk (21), the events page does not reach Mr. Ruiz (30: a named specialist told to be asked, no contact);
 * - "Want me to look for a collectors club too?" (24) and "Would a printable picture of the first doll help too?" (27) offer
 *   or ask about something not yet given: completeness fails; "Does the club
 *   site help for now?", "Does that clear it up?", "¿Le sirve?", "that help?" ask about what was given (12, 22, 28, 25);
 * - "talk soon" and "Talk to you tomorrow" after a follow-up: 13 states no time ("talk soon"); 15 said "by tomorrow" earlier;
 * - the CPSC pages named with cpsc.gov (08, 11) are sources to read, not instructions to contact the CPSC; the CPSC hotline in
 *   02 ("llame a su línea directa al …") is a referral with a phone.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: none (both disagreements reread against RUBRIC.md; the
 * labels stand).
 * Final: 28 running, 2 LEFT (04: the doll hospital's number not read as a referral; 23: a transfer notice, "send you over to
 * Bo", read as a follow-up promise, which fails followup.contact and resolution.code and makes on_time pending).
 * The redaction equality of describeSessions holds for every running case (an e-mail typed and read back, a phone typed with
 * spaces and read back with dashes, an e-mail only in patron.email, agency and library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 * ON v67 (block AG16): case 23's "I'm going to send you over to Bo" promises nothing later; it runs, 1 LEFT (04).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The waiting room's own line (system). */
const queueLine = (sec: number, ahead: number): Line => [sec, 's', `Thanks for your patience. There are ${ahead} people ahead of you.`];

const PRIYA: Prov = { id: 'priya-ty', name: 'Priya', library: 'HCPL-MD' };
const LUCIA: Prov = { id: 'lucia-ty', name: 'Lucía', library: 'AUN' };
const MARCUS: Prov = { id: 'marcus-ty', name: 'Marcus', library: 'AACPL' };
const DOT: Prov = { id: 'dot-ty', name: 'Dot', library: 'BCPL' };
const DESK3: Prov = { id: 'desk3-ty', name: 'Desk 3', library: 'HCLS' };
const TOMAS: Prov = { id: 'tomas-ty', name: 'Tomás', library: 'HCLS' };
const IRENE: Prov = { id: 'irene-ty', name: 'Irene', library: 'EPFL' };
const KOFI: Prov = { id: 'kofi-ty', name: 'Kofi', library: 'PGCMLS' };
const BEA: Prov = { id: 'bea-ty', name: 'Bea', library: 'CCPL-CE' };
const HAL: Prov = { id: 'hal-ty', name: 'Hal', library: 'FCPL-MD' };
const INES: Prov = { id: 'ines-ty', name: 'Inés', library: 'AUN' };
const GRETA: Prov = { id: 'greta-ty', name: 'Greta', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-ty', name: 'Omar', library: 'AUN' };
const PAZ: Prov = { id: 'paz-ty', name: 'Paz', library: 'AUN' };
const VIC: Prov = { id: 'vic-ty', name: 'Vic', library: 'WCFL' };
const NOOR: Prov = { id: 'noor-ty', name: 'Noor', library: 'SMCL' };
const EZRA: Prov = { id: 'ezra-ty', name: 'Ezra', library: 'TCFL' };
const TRAINEE: Prov = { id: 'trainee-ty', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-ty', name: 'Queue', library: 'VRQ' };
const REX: Prov = { id: 'rex-ty', name: 'Rex', library: 'AUN' };
const JUNE: Prov = { id: 'june-ty', name: 'June', library: 'HCPL-MD' };
const CAL: Prov = { id: 'cal-ty', name: 'Cal', library: 'AUN' };
const MINA: Prov = { id: 'mina-ty', name: 'Mina', library: 'BCPL' };
const LOU: Prov = { id: 'lou-ty', name: 'Lou', library: 'AUN' };
const BO: Prov = { id: 'bo-ty', name: 'Bo', library: 'AUN' };
const WES: Prov = { id: 'wes-ty', name: 'Wes', library: 'CCPL-MD' };
const KIT: Prov = { id: 'kit-ty', name: 'kit_calvert', library: 'CCPL-CA' };
const FAY: Prov = { id: 'fay-ty', name: 'Fay', library: 'QACL' };
const GIL: Prov = { id: 'gil-ty', name: 'Gil', library: 'ACLS' };
const ROCIO: Prov = { id: 'rocio-ty', name: 'Rocío', library: 'AUN' };
const MOE: Prov = { id: 'moe-ty', name: 'Moe', library: 'GCPL' };
const LENA: Prov = { id: 'lena-ty', name: 'Lena', library: 'PGCMLS' };

const s = session;

export const TOYS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 wind-up tin clown from the attic: maker\'s mark asked, Kovels\' guide in the catalog + kovels.com, "thats all i need"', [
    [0, 'p', 'hi! found a wind up tin toy in my grandpas attic, a little clown on a tricycle. how do i find out what its worth?'],
    [18, 'l', 'Good afternoon, and thanks for contacting Ask a Librarian! This is Priya at Harford County Public Library.'],
    [24, 'l', "Fun find! Is there a maker's mark or a country stamped anywhere on it, like 'Made in Japan', 'Germany', or a logo such as Marx or Chein?"],
    [75, 'p', 'underneath it says made in occupied japan and theres a little key'],
    [82, 'l', "That dates it to about 1945-1952. Kovels' Antiques & Collectibles Price Guide has a toys section with recent sale prices; we have the current edition at every branch and you can put it on hold in our catalog at hcplonline.org. Kovels.com also has a free price lookup if you register."],
    [88, 'l', 'Is this the kind of info you were after?'],
    [130, 'p', 'yes!! perfect thats all i need thank u'],
    [136, 'l', 'Happy hunting, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish: a recall, the CPSC hotline by phone
  s(LUCIA, '02 mordedor retirado del mercado (Spanish): "¡Buenos días! Habla Lucía, bibliotecaria", cpsc.gov/es + the CPSC hotline by phone, "es todo"', [
    [0, 'p', 'buenas, mi hijo tiene un mordedor de bebé y vi en facebook que lo retiraron del mercado?? como sé si es el mío'],
    [25, 'l', '¡Buenos días! Habla Lucía, bibliotecaria de Ask Us Now. Con gusto le ayudo.'],
    [31, 'l', '¿Sabe la marca o el modelo del mordedor? Suele venir en la etiqueta o en la caja.'],
    [80, 'p', 'es marca Sonrisitas, tiene forma de jirafa'],
    [88, 'l', 'Puede buscar la marca en la lista de retiros de la Comisión para la Seguridad de los Productos del Consumidor (CPSC), en español: cpsc.gov/es/Retiros. Si no aparece o tiene dudas, llame a su línea directa al 800-638-2772; ahí le dicen si el producto está retirado y qué hacer con él.'],
    [94, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'si ya lo encontre, es ese modelo 😩 perfecto, es todo, gracias'],
    [156, 'l', '¡Qué bueno que lo encontró! Gracias por usar Ask Us Now, que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(MARCUS, '03 LEGO club for an 8-year-old: pickup at exactly 60 s, "hey, this is Marcus", branch asked, aacpl.net/events, "thats everything"', [
    [0, 'p', 'does the library have a lego club? my son is 8 and obsessed'],
    [60, 'l', 'hey, this is Marcus with Ask a Librarian at Anne Arundel County Public Library 👋'],
    [66, 'l', 'Which branch is closest to you? The clubs are run branch by branch.'],
    [95, 'p', 'odenton'],
    [101, 'l', "Odenton has a LEGO Builders Club for ages 6-11 once a month on Saturday mornings, no sign-up needed. The dates are on our calendar at aacpl.net/events: filter by Odenton and type 'LEGO'."],
    [107, 'l', 'Did that help?'],
    [140, 'p', 'yep thats everything, thx!!'],
    [145, 'l', 'Have fun building! Bye!'],
  ], usual()),

  // 04 pickup at 61 s; the referral phone is the only source
  s(DOT, '04 floppy American Girl doll: pickup at 61 s, restringing, a doll hospital by phone as the only source', [
    [0, 'p', 'my daughters american girl doll has a loose leg and the hair is a rats nest. can it be fixed or do i need to buy a new one 😭'],
    [61, 'l', "Good evening! I'm Dot, a librarian at Baltimore County Public Library."],
    [67, 'l', 'Is it just the one leg coming out of the socket, or is the whole body floppy? That tells us whether it needs restringing.'],
    [110, 'p', 'whole body floppy and one leg kinda dangles'],
    [118, 'l', "Sounds like the elastic inside has stretched, so it needs restringing. There's a doll hospital in Towson, Dolly's Mending Shop, that does it while you wait; their number is 410-555-0187. For the hair, a little detangler and a wire wig brush, working up from the ends, usually sorts it out."],
    [124, 'l', 'Does that answer your question?'],
    [170, 'p', 'omg yes calling them tomorrow. thats all, thanks so much'],
    [176, 'l', "You're so welcome, good luck to the doll! Thanks for using Ask a Librarian."],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 the name only in the third provider message
  s(DESK3, '05 borrowing toys for a toddler: "Hi there! 😊" and a question, "(I\'m Sam, by the way …)" only in the third message, hclibrary.org', [
    [0, 'p', 'can i borrow toys from the library? like puzzles and learning stuff for my toddler'],
    [20, 'l', 'Hi there! 😊'],
    [26, 'l', 'How old is your little one?'],
    [55, 'p', '2 and a half'],
    [62, 'l', "(I'm Sam, by the way, one of the librarians at Howard County Library System.) Yes! Our toy collection lends puzzles, shape sorters and sensory bins for 3 weeks on a regular card. You can browse and place holds in the catalog at hclibrary.org: search 'toy kit' and filter by ages 2-3."],
    [68, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yes thank you!! no more questions'],
    [105, 'l', 'Enjoy, and thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 110 s and exactly 120 s
  s(TOMAS, '06 FIRST LEGO League team near Ellicott City: hold at 70, partial-result hold at 180, answer at 300 (exactly 120 s), FIRST Chesapeake by URL', [
    [0, 'p', 'my daughter (11) wants to do FIRST LEGO League. how do we find a team near Ellicott City? theres none at her school'],
    [20, 'l', "Hello! Tomás here, a librarian at Howard County Library System's Ask a Librarian service."],
    [26, 'l', 'Is she hoping to join an existing team, or would you be open to starting one (a library or homeschool team, say)?'],
    [64, 'p', 'join one if possible'],
    [70, 'l', 'Let me poke around for a minute.'],
    [110, 'p', 'ok ty'],
    [180, 'l', 'Still searching — the FIRST site lists two community teams in Howard County so far, checking whether either has openings.'],
    [300, 'l', "Here's what I found: the team finder at firstinspires.org/find-events-and-teams searches by zip code and age group. For openings, contact FIRST Chesapeake, the regional partner for Maryland, through firstchesapeake.org; they match kids with teams that still have room."],
    [306, 'l', 'Does this answer your question?'],
    [350, 'p', 'yes this is great, thats all i needed'],
    [355, 'l', 'Good luck to her this season, and thanks for contacting us!'],
  ], usual({ referral: 'pass' })),

  // 07 a hold answered 121 s later; a referral by e-mail
  s(IRENE, '07 teddy bear history for 5th grade: "Bear with me (ha!) while I look." answered 121 s later, toyhalloffame.org + a museum library by e-mail', [
    [0, 'p', 'hi doing a school project on the history of the teddy bear, need a source thats not wikipedia'],
    [22, 'l', 'Hi, this is Irene, a librarian at Enoch Pratt Free Library. Happy to help!'],
    [28, 'l', 'What grade is the project for, and does your teacher want books, websites or both?'],
    [60, 'p', '5th grade, any kind but it has to be a real source'],
    [66, 'l', 'Bear with me (ha!) while I look.'],
    [187, 'l', "Thanks for waiting! The National Toy Hall of Fame has a page on the teddy bear at toyhalloffame.org, and our Kids InfoBits database (prattlibrary.org > Research > Databases) has magazine articles on Teddy Roosevelt's 1902 hunting trip that started it all."],
    [193, 'l', "If you want more, the museum's research library answers questions by e-mail at library@museumofplay.org."],
    [199, 'l', 'Did that help?'],
    [240, 'p', 'yes!! thank you so much'],
    [246, 'l', 'Anything else for your project?'],
    [270, 'p', 'no thats it'],
    [275, 'l', 'Good luck with it, bye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 pickedUpAt at 58 s; no question before the sources
  s(KOFI, '08 lead paint on yard-sale toys: pickedUpAt 58 s, first line at 75 s, sources at once with no question (cpsc.gov, cdc.gov)', [
    [0, 'p', 'we got a bunch of old fisher price toys from a yard sale, are they safe for my baby? worried abt lead paint'],
    [75, 'l', "Hi, I'm Kofi, a librarian at Prince George's County Memorial Library System."],
    [81, 'l', "Good thing to check. Toys painted before 1978 may contain lead, and you can't tell by looking. The CPSC explains the lead rules and testing at cpsc.gov/Business--Manufacturing/Business-Education/Lead, and the CDC's advice for parents is at cdc.gov/lead-prevention, including when to ask for a blood test."],
    [87, 'l', 'Does that help?'],
    [130, 'p', 'yeah. kinda scary lol. ok thanks'],
    [136, 'l', 'Is there anything else you need today?'],
    [160, 'p', 'no'],
    [164, 'l', 'Take care, and thanks for writing in!'],
  ], usual({ clarify: 'fail' }), { pickedUpAt: at(58) }),

  // 09 no source; goodbye 119 s after the answer; no codes
  s(BEA, '09 when was the LEGO brick invented: "Hiya! Bea here", dates with no source, patron gone, goodbye 119 s later, code left out', [
    [0, 'p', 'when was lego invented?? settling a bet w my brother'],
    [15, 'l', 'Hiya! Bea here, librarian at Cecil County Public Library.'],
    [21, 'l', 'The company, or the plastic brick that snaps together? They have different dates.'],
    [45, 'p', 'the brick'],
    [51, 'l', 'The brick with the studs-and-tubes design we know today was patented in 1958. The company itself started in Denmark in 1932 making wooden toys, and took the name LEGO in 1934.'],
    [56, 'l', 'Does that answer it?'],
    [170, 'l', 'Hope you won the bet, thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 10 a referral with no contact
  s(HAL, '10 donating outgrown toys: county reuse guide URL, "try asking your local fire station" (no contact)', [
    [0, 'p', 'where can i donate toys my kids outgrew? some are still in the box. does the library take them'],
    [24, 'l', 'Hello, Hal at Frederick County Public Libraries here.'],
    [30, 'l', 'Are they mostly new in the box, or used ones too?'],
    [58, 'p', 'both, maybe 2 bags'],
    [66, 'l', "We can't take toys at the library, sorry! The county's reuse guide at frederickcountymd.gov/recycle lists charities that pick up or accept used toys. For the new-in-box ones, try asking your local fire station; a lot of them collect for Toys for Tots in November."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'ok cool'],
    [115, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nah'],
    [144, 'l', 'Thanks for being generous, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 partly Spanish: an age label, the CPSC site as a source (no referral)
  s(INES, '11 "not for children under 3" (partly Spanish): language then small parts asked, cpsc.gov/es as a page to read, "no, nada más"', [
    [0, 'p', 'hola, la caja de un juguete dice "not for children under 3 years" pero mi hija tiene 2 y medio, es muy peligroso?'],
    [19, 'l', '¡Hola! Soy Inés, bibliotecaria de Ask Us Now. ¿Prefiere que sigamos en español o en inglés?'],
    [40, 'p', 'español x fa'],
    [47, 'l', '¿Qué tipo de juguete es? ¿Tiene piezas pequeñas, imanes o pilas de botón?'],
    [85, 'p', 'son bloquecitos chiquitos de construir'],
    [93, 'l', 'Esa advertencia es obligatoria cuando un juguete tiene piezas pequeñas que pueden causar asfixia. La Comisión para la Seguridad de los Productos del Consumidor lo explica en cpsc.gov/es (busque "piezas pequeñas"). Lo más seguro es guardarlos hasta que cumpla 3 años y usar bloques grandes mientras tanto.'],
    [99, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si gracias. ok'],
    [146, 'l', '¿Algo más en que le pueda ayudar?'],
    [170, 'p', 'no, nada más'],
    [175, 'l', '¡Gracias por escribirnos! Cuídense.'],
  ], usual()),

  // 12 FU_ME: e-mail read back, "by Thursday afternoon", done at 40 h
  s(GRETA, '12 a 1955 Cissy doll for insurance: FU_ME, e-mail typed and read back, "by Thursday afternoon", madc.org, done at 40 h', [
    [0, 'p', 'Hello. I have a Madame Alexander doll from about 1955, a Cissy I believe, in the original box. I would like an idea of value for my insurance.'],
    [21, 'l', "Good morning, and welcome to Ask a Librarian. My name is Greta, and I'm a librarian at Montgomery County Public Libraries."],
    [28, 'l', 'Do you need a formal appraisal for the insurer, or a ballpark from recent sales?'],
    [70, 'p', 'A ballpark is fine for now.'],
    [78, 'l', "The best price data for Cissy is in print guides I'd have to pull from our storage, so I'd like to look through them and send you what I find. In the meantime, the Madame Alexander Doll Club's site, madc.org, has a dating guide with photos of the boxes and wrist tags."],
    [84, 'l', 'What e-mail address should I send it to?'],
    [120, 'p', 'dottieb1948@verizon.net'],
    [127, 'l', 'Thank you. I have dottieb1948@verizon.net, and I will send you the price ranges by Thursday afternoon.'],
    [133, 'l', 'Does the club site help for now?'],
    [170, 'p', 'Yes, that is all for today. Thank you kindly.'],
    [176, 'l', 'My pleasure, thank you for contacting us. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 the patron's "hang on" unanswered; a promise coded Answered with no time
  s(OMAR, '13 LEGO and robotics clubs for a co-op: "hang on" unanswered 198 s, "I\'ll … e-mail it to you" coded Answered, no time, "Would a list sorted by branch …"', [
    [0, 'p', 'hi im organizing a homeschool co-op and want to know every library that does lego or robotics clubs in baltimore county'],
    [23, 'l', 'Hi! Omar here, a librarian with AskUsNow!, the Maryland statewide chat service.'],
    [30, 'l', 'Are you after drop-in LEGO building, or robotics with coding (like SPIKE or WeDo)?'],
    [60, 'p', 'both honestly. hang on my kid is yelling'],
    [250, 'p', 'sorry back!! both please, ages 7-12'],
    [258, 'l', "No problem! Each branch posts its own programs, so it'll take some digging to pull them all together. I'll put the list together and e-mail it to you. What's the best address?"],
    [290, 'p', 'its coopmom.kara@gmail.com'],
    [296, 'l', "Got it, coopmom.kara@gmail.com. For now, the BCPL events calendar at bcpl.info/events has a 'STEM' filter you can try."],
    [302, 'l', 'Would a list sorted by branch be most useful?'],
    [330, 'p', 'yes perfect'],
    [336, 'l', 'Great, talk soon. Thanks for chatting!'],
  ], usual({ informed: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 Spanish FU_LIB: phone read back, "dentro de 72 horas", done at 80 h
  s(PAZ, '14 juguetes para una guardería (Spanish): FU_LIB, phone typed with spaces and read back with dashes, "dentro de 72 horas", done at 80 h', [
    [0, 'p', 'Hola buenas tardes. Tengo una guardería en mi casa en Dundalk y quiero saber si la biblioteca presta juguetes educativos para guarderías'],
    [28, 'l', '¡Buenas tardes! Le saluda Paz, bibliotecaria de Ask Us Now. Con mucho gusto.'],
    [35, 'l', '¿Su guardería tiene licencia del estado? Algunas bibliotecas dan una tarjeta especial a los proveedores de cuidado infantil.'],
    [80, 'p', 'si tiene licencia, desde hace 3 años'],
    [88, 'l', 'Un momento, lo verifico.'],
    [170, 'l', 'La Biblioteca Pública del Condado de Baltimore tiene kits de aprendizaje temprano que se piden en el catálogo, bcpl.info (busque "kit"). Lo de la tarjeta para proveedores lo tiene que confirmar su sucursal. Si me deja su teléfono, le pido al personal de la sucursal de North Point que la llame.'],
    [215, 'p', 'si claro es 410 555 0193'],
    [222, 'l', 'Perfecto: 410-555-0193. Alguien de la sucursal de North Point la llamará dentro de 72 horas para explicarle la tarjeta.'],
    [228, 'l', '¿Le sirve por ahora el enlace del catálogo?'],
    [260, 'p', 'si muchas gracias, eso es todo'],
    [266, 'l', '¡Gracias a usted! Que tenga buena tarde.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 FU_ME, e-mail only in the patron field, done exactly 72 h after the end
  s(VIC, '15 a 1964 G.I. Joe: FU_ME, e-mail only in patron.email, "by tomorrow", worthpoint.com, done exactly 72 h after endedAt', [
    [0, 'p', 'got my dads original 1964 GI Joe, action soldier, with some gear. want to know if its worth getting graded or whatever'],
    [19, 'l', "Hi there, you've reached Ask a Librarian at Washington County Free Library. I'm Vic."],
    [25, 'l', 'Is it the figure alone, or does it still have the box and the manual?'],
    [60, 'p', 'figure + some gear no box'],
    [66, 'l', "Give me a sec to check what we've got."],
    [140, 'l', "Our toy price guides with G.I. Joe sections are at other branches, so I'll pull them and send you what I find by tomorrow. In the meantime, worthpoint.com shows recent sold prices in its free search."],
    [146, 'l', 'Does that help in the meantime?'],
    [180, 'p', 'sure thing'],
    [186, 'l', 'Great. Anything else while I have you?'],
    [210, 'p', 'no thats it'],
    [215, 'l', 'Thanks, Lee! Talk to you tomorrow.'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME,
    patron: { name: 'Lee', email: 'leeg.collects@gmail.com', phone: null },
    followUps: [{ doneAt: at(220 + 72 * HOUR) }],
  }, { now: T0 + 4 * DAY }),

  // 16 a true Lost Call
  s(NOOR, '16 magnetic tiles recall (Lost Call): greeting only, "are you still there?" at 160, "It looks like we\'ve been disconnected … come back anytime" at 340', [
    [0, 'p', 'is there a recall on the magnetic building tiles from target'],
    [30, 'l', "Hello, thanks for reaching out to Ask a Librarian! I'm Noor at St. Mary's County Library."],
    [160, 'l', 'Just checking in — are you still there?'],
    [340, 'l', "It looks like we've been disconnected, so I'll close this chat now. Please come back anytime if you still need help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines; one message is check-in and notice
  s(EZRA, '17 Mr. Gold minifigure: coded Lost Call after three patron lines, bricklink.com at 90, left at 150, one "Are you still there? … disconnected … Thanks" at 290', [
    [0, 'p', 'how much is a lego mr gold minifigure worth'],
    [14, 'l', 'Hi! Ezra at Ask Us Now, Talbot County Free Library.'],
    [20, 'l', 'Is it still sealed in the bag, or opened?'],
    [40, 'p', 'opened but perfect condition'],
    [46, 'p', 'no scratches'],
    [90, 'l', "BrickLink's price guide shows what each minifigure actually sold for over the last six months: bricklink.com, search 'Mr. Gold' and open the Price Guide tab. Does that help?"],
    left(150),
    [290, 'l', "Are you still there? It seems you've disconnected, so I'll end this chat shortly. Thanks for writing in!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (recall script): coded Practice, every check na', [
    [0, 'p', 'test test, practice chat for the toy recall script'],
    [10, 'l', 'Hi, this is a practice session for Ask Us Now training.'],
    [20, 'p', 'ok bye'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever, code null
  s(NOBODY, '19 robotics kits to check out: a queue line, "hello??", "guess not", no provider, code null', [
    [0, 'p', 'hi does anyone know if the library still has the lego robotics kits to check out'],
    queueLine(2, 3),
    [90, 'p', 'hello??'],
    [200, 'p', 'guess not'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 a dismissal that ends with "Bye."
  s(REX, '20 used LEGO set prices, rude patron: bricklink.com, "that\'s the limit for one chat. I\'m ending the session now. Bye.", "wow. useless"', [
    [0, 'p', 'need prices on lego sets. 75192 falcon, 10179, 6399 monorail, 6086 black knights castle. go'],
    [26, 'l', 'Hi, Rex here, librarian with Ask Us Now.'],
    [32, 'l', 'Are these sealed sets or used, and do you want what they sold for or what they retail for?'],
    [60, 'p', 'used. sold prices. hurry up'],
    [68, 'l', "BrickLink's price guide has six months of sold prices for each set number: bricklink.com > Price Guide. For 75192, used complete sets have been selling for roughly $600-800."],
    [74, 'l', 'Did that help?'],
    [100, 'p', 'no u did 1 of 4. do the rest. and 4 more after that'],
    [110, 'l', "I've already answered several questions, and that's the limit for one chat. I'm ending the session now. Bye."],
    [118, 'p', 'wow. useless'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting (allowed); the kids' desk with no contact
  s(JUNE, '21 gifts for six grandchildren: healthychildren.org, "several other patrons waiting … Please chat back in later", "stop by the kids\' desk" (no contact)', [
    [0, 'p', 'Hello dear, I have 6 grandchildren and need gift ideas for each, ages 1 to 14. Can you help?'],
    [21, 'l', 'Hello! This is June, a librarian at Harford County Public Library. I would love to help.'],
    [27, 'l', 'Do you have a budget per child, and are you shopping in stores or online?'],
    [70, 'p', 'about $30 each, in stores. Lets start with the baby'],
    [78, 'l', "For the 1-year-old, the American Academy of Pediatrics' toy tips at healthychildren.org (search 'choosing safe toys') suggest big stacking blocks, board books and push toys, and nothing with small parts or button batteries."],
    [84, 'l', 'Does that help for the little one?'],
    [120, 'p', 'Yes. Now the 3 year old twins, then the 6 year old, then the 9 and the 14 year old, and also I want to ask about a train set for my husband'],
    [130, 'l', "I'm so sorry, I have several other patrons waiting in the queue right now, so I need to wrap up here. Please chat back in later, or stop by the kids' desk at any Harford branch; they're wonderful with gift ideas!"],
    [140, 'p', 'Oh ok'],
    [146, 'l', 'Thank you for understanding, and happy shopping!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 22 a transfer with notice and internal note
  s(CAL, '22 SPIKE kit hold blocked: transfer notice at 66, internal note at 69, transfer at 72, Mina at 120 (bcpl.info)', [
    [0, 'p', 'hi can i reserve one of the lego spike robotics kits at the cockeysville library? my card keeps saying blocked'],
    [19, 'l', 'Hello, Cal here at Ask Us Now, the statewide librarian chat.'],
    [25, 'l', 'Is the block message showing when you log into your account, or only when you try to place the hold?'],
    [60, 'p', 'only on the hold'],
    [66, 'l', "That's something a Baltimore County librarian can check in your account, so I'm transferring you to one now. Hang on just a moment."],
    [69, 'i', 'pt cannot place hold on a BCPL LEGO SPIKE kit (Cockeysville), hold blocked; needs an account check by BCPL staff'],
    xfer(72, 'Mina', 'mina-ty'),
    [120, 'l', "Hi, I'm Mina from Baltimore County Public Library. I see the problem: robotics kits are limited to adult cards, and yours is a teen card. A parent can place the hold on their card; the kits are in the catalog at bcpl.info (search 'SPIKE kit').", as(MINA)],
    [126, 'l', 'Does that clear it up?', as(MINA)],
    [170, 'p', 'ohh ok my mom can do it. thanks thats all'],
    [176, 'l', 'Happy building, and thanks for chatting!', as(MINA)],
  ], usual({ transfer: 'pass' })),

  // 23 a transfer with notice and no internal note
  s(LOU, '23 three sources on Barbie for 7th grade: "I\'m going to send you over to Bo" at 70, no internal note, transfer at 75, Bo at 130', [
    [0, 'p', 'i need 3 sources on the history of barbie for my 7th grade essay due friday'],
    [24, 'l', "Hi! I'm Lou, a librarian with Ask Us Now."],
    [30, 'l', 'Do the sources need to come from a library database, or can some be websites?'],
    [62, 'p', 'at least one database'],
    [70, 'l', "I'm going to send you over to Bo, who's our homework help specialist tonight. One sec!"],
    xfer(75, 'Bo', 'bo-ty'),
    [130, 'l', "Hey, Bo here! For the database, try Gale In Context: Middle School from your library's databases page and search 'Barbie' for articles on Ruth Handler and 1959. For a website, the National Toy Hall of Fame's Barbie page at toyhalloffame.org.", as(BO)],
    [136, 'l', 'Did that help?', as(BO)],
    [180, 'p', 'yes ty!!!'],
    [186, 'l', 'Anything else for the essay?', as(BO)],
    [210, 'p', 'no'],
    [214, 'l', 'Good luck Friday, bye!', as(BO)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once; an offer of more
  s(WES, '24 a 1950s Lionel set: Greenberg\'s guide in the catalog, "Want me to look for a collectors club too?", three others open at once', [
    [0, 'p', 'my dad left me a lionel train set from the 50s. where can i find out which set it is'],
    [20, 'l', 'Hi, Wes at Carroll County Public Library Ask a Librarian.'],
    [26, 'l', 'Are there numbers on the engine or the box? Lionel printed a number on nearly everything.'],
    [60, 'p', 'engine says 2037 and the box says 1619W i think'],
    [70, 'l', "1619W should be a set from the mid-1950s. Greenberg's Guide to Lionel Trains, 1945-1969 lists every set with its contents; two volumes are in our catalog at library.carr.org and you can request them to your branch."],
    [76, 'l', 'Want me to look for a collectors club too?'],
    [110, 'p', 'nah thats fine, thats all i needed thanks'],
    [116, 'l', 'Enjoy the trains, goodbye!'],
  ], usual({ complete: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('wes1', 'wes-ty', -200, 200), other('wes2', 'wes-ty', 10, 300), other('wes3', 'wes-ty', 40, 150)],
  }),

  // 25 three at most; chat-speak; the extension office with no contact
  s(KIT, '25 teen LEGO club (chat-speak): calvertlibrary.info/events, "ask at the extension office" (no contact), three at most with touching ends', [
    [0, 'p', 'hey does calvert library have a lego club for teens or is it just little kids'],
    [12, 'l', 'hey hey! kit here, librarian at calvert library 🙂'],
    [17, 'l', 'how old is the teen?'],
    [35, 'p', '13'],
    [41, 'l', "ok so Teen Brick Build is 12-17, monthly at prince frederick, dates r on calvertlibrary.info/events. if they like robots too the 4-H robotics club takes teens, just ask at the extension office"],
    [46, 'l', 'that help?'],
    [70, 'p', 'yep ty'],
    [74, 'l', 'anything else?'],
    [90, 'p', 'nope'],
    [94, 'l', 'kk have fun, bye!'],
  ], usual({ referral: 'fail' }), {}, {
    otherIntervals: [
      other('kit1', 'kit-ty', -300, 0),
      other('kit2', 'kit-ty', -50, 40),
      other('kit3', 'kit-ty', 30, 200),
      other('kit4', 'kit-ty', 45, 400),
      other('kit5', 'kit-ty', 99, 500),
    ],
  }),

  // 26 final idle exactly 180 s with check-in and notice; own department by phone
  s(FAY, '26 donating an EV3 kit: Youth Services by phone at 60, "Are you still there?" at 150, "It seems we\'ve lost our connection …" at 240 (final idle 180 s)', [
    [0, 'p', 'hi, we have an old lego mindstorms ev3 kit, mostly complete. would the library want it for the robotics club?'],
    [16, 'l', "Hello! Fay here, a librarian at Queen Anne's County Library."],
    [22, 'l', 'Is it the home edition or the education (classroom) set, do you know?'],
    [40, 'p', 'home i think, the box is red'],
    [60, 'l', "That's kind of you! Donations for programs go through our Youth Services department, so please call them at 410-555-0166 and they'll tell you whether the club can use it. Their program page is qaclibrary.org/kids. Did that answer your question?"],
    [150, 'l', 'Are you still there?'],
    [240, 'l', "It seems we've lost our connection, so I'll close out this chat. Feel free to pop back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 27 final idle 179 s, a check-in and no goodbye; a question about something not given
  s(GIL, '27 Raggedy Ann for a 4th grade report: Britannica School, "Would a printable picture … help too?", "Are you still with me?" at 186, final idle 179 s', [
    [0, 'p', 'need info on who made raggedy ann for a report'],
    [18, 'l', 'Hi, Gil with Ask a Librarian at Allegany County Library System.'],
    [24, 'l', 'How long does the report need to be, and is it for school?'],
    [50, 'p', '1 page, 4th grade'],
    [60, 'l', 'Raggedy Ann was created by Johnny Gruelle, who patented the doll in 1915 and published the first book in 1918. Britannica School, in the research databases at alleganycountylibrary.info, has a kid-level article on him.'],
    [66, 'l', 'Would a printable picture of the first doll help too?'],
    [186, 'l', 'Are you still with me?'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 53 }),

  // 28 Spanish: the final idle begins at the answer, not the hold
  s(ROCIO, '28 historia del trompo (Spanish): hold at 55, answer at 110, "¡Gracias por escribirnos!" at 235 (final idle 125 s), no check-in', [
    [0, 'p', 'hola necesito informacion sobre la historia del trompo para una tarea de mi hija'],
    [20, 'l', '¡Hola! Soy Rocío, bibliotecaria de Ask Us Now. ¿En qué grado está su hija?'],
    [50, 'p', 'tercero'],
    [55, 'l', 'Déjeme buscar algo para su nivel, un momentito.'],
    [110, 'l', 'Encontré esto: la enciclopedia Britannica Escolar, en la página de bases de datos de su biblioteca, tiene un artículo corto sobre el trompo, uno de los juguetes más antiguos del mundo; se han encontrado trompos de barro de hace miles de años. ¿Le sirve?'],
    [235, 'l', '¡Gracias por escribirnos! Que le vaya muy bien con la tarea.'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 29 the patron writes last; "Thanks for waiting!" among the provider's last two
  s(MOE, '29 written appraisal of a cast iron fire engine: appraisers.org + a street address, "Anything else …", patron "no thats everything thank you!! bye" last', [
    [0, 'p', 'is there anybody in western md who appraises antique toys? got a cast iron fire engine, horse drawn'],
    [22, 'l', 'Hello, this is Moe, a librarian at Garrett County Public Library.'],
    [28, 'l', 'Do you want a written appraisal (for insurance or selling), or just a rough idea of value?'],
    [70, 'p', 'written, for my insurance'],
    [76, 'l', 'Let me check a couple of directories, one moment.'],
    [170, 'l', "Thanks for waiting! The American Society of Appraisers has a find-an-appraiser search at appraisers.org; choose Antiques & Decorative Arts and type 'toys'. Closer to home, Cumberland Antique Toy Appraisals does written appraisals by appointment; you can visit them at 112 Baltimore St., Cumberland, MD 21502."],
    [176, 'l', 'Anything else I can help with?'],
    [215, 'p', 'no thats everything thank you!! bye'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 30 greeting in two lines, "no rush", Mr. Ruiz with no contact, code ""
  s(LENA, '30 the summer robot program: "Hi hi! 👋" + "This is Lena …", "No rush, I\'ll be here." then 184 s away, "Ask for Mr. Ruiz" (no contact), code ""', [
    [0, 'p', 'hi my nephew went to a robot lego thing at the library over the summer and wants to go again but i dont know which one'],
    [20, 'l', 'Hi hi! 👋'],
    [25, 'l', "This is Lena, a librarian at Prince George's County Memorial Library System."],
    [31, 'l', 'Do you know which branch, or about what month it was?'],
    [60, 'p', 'let me text my sister and ask, one min'],
    [66, 'l', "No rush, I'll be here."],
    [250, 'p', 'ok she says it was at hyattsville in july'],
    [258, 'l', "That was Robo Builders, and it's back this fall on Tuesdays. The schedule is at pgcmls.info/events (search 'Robo'). Ask for Mr. Ruiz, who runs it, when you get there; he can put your nephew on the list."],
    [264, 'l', 'Is that what you were looking for?'],
    [300, 'p', 'yes!! thank you'],
    [306, 'l', 'Anything else today?'],
    [325, 'p', 'no thats all'],
    [330, 'l', 'Have a great day, goodbye!'],
  ], usual({ code: 'fail', referral: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TOYS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('04')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "There\'s a doll hospital in Towson, Dolly\'s Mending Shop, that does it while you wait; their number is 410-555-0187." sends the patron to an outside repair shop for the restringing, with its phone: a referral with a way to reach the party (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)").',
};

describe('seventy-fifth round: toys, dolls and LEGO, checked', () => {
  describeSessions('whole sessions', TOYS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TOYS.filter((c) => c.name in LEFT_WHY));
});
