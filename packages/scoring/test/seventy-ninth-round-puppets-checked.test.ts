/**
 * Seventy-ninth round, theme PUPPETRY AND VENTRILOQUISM, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: making puppets (sock puppets for a scout troop, socks and mouth plates, knitted
 * finger puppets, glue for foam heads, stringing and walking a marionette, a grandfather's Hazelle's marionette), Jim Henson
 * and the Muppets (a biography for a report, The Muppet Movie on DVD, Sam and Friends, Kermit's voices, the first Muppet,
 * where to see the real puppets), puppet shows at the library (Spanish story time with puppets, a daycare group, storytime
 * kits, a show people queue for, a teen maker class), ventriloquism (a first dummy, B and P without the lips, Edgar Bergen,
 * beginner videos), shadow puppets (a party, a box theatre) and school puppet plays (a visiting puppeteer, royalty-free
 * scripts, a teatrino in Spanish, Punch and Judy for art history, a WPA puppet unit). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s73/puppets-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon, you've reached Ask a Librarian. This is Priya at …" (01); pickup at exactly 60 s (03: pass) and
 *   at 61 s (04: fail); "Marcus, Carroll County Public Library, reference." with no greeting word (05: identifies, does not
 *   greet: fail); Spanish "¡Hola, buenos días! Habla Lucía, bibliotecaria …" (02) and "¡Buenas noches! Le saluda Ximena,
 *   bibliotecaria de Ask Us Now" (29) with `pickedUpAt` at 40 s and the first line at 75 s (29: pickup pass); a mixed
 *   "Buenas tardes 🙂 Rafael from … here, bilingual librarian" (16); chat-speak "hiya! quinn here, librarian @ …" (26);
 *   "hello & welcome! Ines here, librarian on Ask Us Now" (09); a queue line and no provider ever (20);
 *  inquiry: ages and glue, branch and ages, book or websites, hand or stick shadows, beginner and budget, control type,
 *   speech length, show or fun, school district and date, direction and ages, cast size and length, episodes or clips, group
 *   size, box or material, age of a granddaughter, mouth plate, first character or first on TV, class or curiosity, WPA
 *   unit and format, pickup branch, round or flat, which voices, foam type, walking bar, date and size (Spanish), beginner or
 *   performance; a catalogue answer with no question first (08: fail); a session that never gives a source (09, 30);
 *  waits: holds of 90 s and exactly 120 s with a partial-result hold between them (06: pass); "One moment while I check what
 *   we have." answered 121 s later (07: fail); "Let me find some flat ones for you." answered 115 s later with the patron's
 *   "hello?" in between (25: not restarted, pass); transfer notices answered 64 s and 80 s later by the receiver (23, 24);
 *   "Claro, tómese su tiempo." and the patron back 204 s later (29: waiting on the patron, pass);
 *  endings: a true Lost Call with the greeting only, "are you still with me?" at 170 and "It seems you've lost your
 *   connection, so I'll go ahead and close this chat. Feel free to come back anytime!" at 400 (17: final idle 375 s); a
 *   Lost Call after two patron lines, final idle 188 s with check-in and notice (18); a goodbye 150 s after the answer with
 *   no check-in (03: idle fails) and 119 s after the first provider line that follows the patron (10: na); a check-in and
 *   the session's end exactly 120 s after the answer with no goodbye (27: idle pass, courteous fails); a check-in and "It
 *   looks like you've disconnected. Thanks for chatting …" exactly 180 s after the answer, with no word that the chat will
 *   end (28: disconnect fails); "We only do three questions per chat and you've reached that. I'm closing this session now."
 *   (21: dismissal and courteous fail); "I have several other patrons waiting right now … Please chat back in later …" (22:
 *   allowed); goodbyes "Have a blast with the troop, and thanks for chatting with us!", "Hope the report
 *   goes well. Thanks for using Ask Us Now!", "Have fun at the party, bye!", "Thanks, take care.", "Happy stringing",
 *   "good night!", "np, thanks for stopping by! 👋", "¡Que disfruten la función! Gracias por comunicarse …", "¡Gracias a
 *   usted! Hasta pronto.", "… Buenas noches.", "Take care!" (30); patron-side "I'm all set", "that was my only question",
 *   "nothing else", "thats all for today", "con eso ya no necesito nada más", "ya no tengo más preguntas", "thats
 *   everything i needed", "thats literally all i wanted", and "yes thank you", "ok", "whatever. bye", "ok fair lol thx"
 *   that do not count; the patron's window closing after "nothing else" and the provider's goodbye after it (11);
 *  sources: books in catalogues (Henson, Holub, Jones, Currell, Fling, Engler and Fijan, Mahlmann and Jones, Speaight,
 *   Merten), a database reached by steps (07: prattlibrary.org, then Research, then Databases), interlibrary loan, loc.gov,
 *   americanhistory.si.edu, venthaven.org, puppeteers.org, henson.com, kchistory.org, pbskids.org, ravelry.com with steps,
 *   muppet.fandom.com, projectpuppet.com, puppet.org, events pages, a phone for a referral; none: a spoken tip only (09) and
 *   "YouTube has plenty of beginner ventriloquism lessons" with no address (30);
 *  referrals: the branch's children's room by phone (02: pass); the Maryland State Arts Council's roster staff and the
 *   school's PTA with no contact (10: fail); two museums to visit with street addresses and sites (11: pass); the Vent Haven
 *   Museum's site and the Library of Congress collection pointed to as sources (05, 23: na); a media archivist and the
 *   branch's children's and teen staff asked on the patron's behalf (13, 14, 16: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday afternoon", done at 40 h (12: pass); "I'll write to you once I
 *   hear back" with the e-mail read back, coded Answered (13: code and contact fail, on_time pending); FU_LIB, a phone typed
 *   with brackets and read back with dashes, "within 3 days", done at 80 h (14: on_time fails); FU_ME, "I will get back to
 *   you tomorrow" and no contact anywhere, nothing recorded at day 4 (15: code, contact, on_time fail); FU_LIB with the
 *   e-mail only in the patron field, "by Wednesday" (16: code pass, contact fails, pending at day 1);
 *  codes: a true Lost Call (17); Lost Call after two patron lines (18); Practice (19); null with no provider (20); an empty
 *   string (30);
 *  transfers: a visible notice (a hold) and an internal note that says why (23: pass); the notice only (24: fail);
 *  concurrency: three others open across part of the session, four at once (25: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Marcus, Carroll County Public Library, reference." identifies the library and the person but has no greeting (hello, hi,
 *   welcome, thanks for contacting …), and the second line is a question: greeting fails (05);
 * - Spanish greetings and identifications ("¡Hola, buenos días! Habla Lucía, bibliotecaria", "¡Buenas noches! Le saluda
 *   Ximena, bibliotecaria", "Buenas tardes … bilingual librarian") count as RUBRIC's English ones (02, 16, 29);
 * - `pickedUpAt` recorded at 40 s decides the pickup even though the first provider line comes at 75 s (RUBRIC Terms:
 *   "or `pickedUpAt` when the source system records it") (29);
 * - "Found a diagram in one book already; bear with me, I'm checking for an online one too …" gives a partial result and
 *   says the search goes on: a hold (06), so the last span is 156 -> 276 = exactly 120 s;
 * - "I'm all set", "that was my only question", "nothing else", "thats all for today", "con eso ya no necesito nada más"
 *   and "ya no tengo más preguntas" say explicitly that the patron is done (01, 09, 11, 12, 02, 16: anything_else pass);
 * - "Let me know if you need anything else!" is an offer, not a question whether the patron needs anything else (30:
 *   anything_else fails); "Want me to put a hold on one for you?" offers something not yet given (08: completeness fails);
 * - "Is one of those right for your report?", "Would that work for what you need?", "Is that the sort of thing you were
 *   after?", "Is that enough to get you started?", "Is the Henson site a good start for now?", "Is the story time what you
 *   had in mind?", "¿Le sirve?", "¿Es lo que buscaba?", "¿Le sirve esta idea?", "that what u were looking for?" ask whether
 *   what was given meets the need; a spoken answer with no source counts as "the first message that gives … answer" (09:
 *   completeness pass, source fails);
 * - "YouTube has plenty of beginner ventriloquism lessons; searching … will bring up several" names an app without a way to
 *   reach it and no particular page: not a source (30: fail), and "Take care!" as the last line is a goodbye (30);
 * - "I'll write to you once I hear back" promises to send more later (a follow-up session) but says no when (13: contact
 *   fails); "I'll pass your details to the children's staff and they will call you" and "I'll ask our teen services team at
 *   your branch to write you" are promises that someone from the library will contact the patron (14, 16) and staff asked on
 *   the patron's behalf, not referrals;
 * - telling the patron to "call the children's room at Hyattsville at 301-555-0163" refers to the provider's own library's
 *   department with a phone (02: referral pass); "contact the Maryland State Arts Council's teaching artist roster staff"
 *   and "ask your school's PTA" are referrals with no way to reach them (10: fail);
 * - final idle is measured from the first provider line after the patron's last (10: the referral at 78, not the question
 *   at 84: 78 -> 197 = 119 s, na); "It looks like you've disconnected. Thanks for chatting with Calvert Library!" thanks the
 *   patron and does not ask whether they are there: a goodbye that ends the idle at 246 (28: 66 -> 246 = 180 s), and it says
 *   nothing of the session ending, so the notice is missing (disconnect fails);
 * - "We only do three questions per chat and you've reached that" tells the patron they reached a limit of questions (21).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (03 followup.completeness, 30 closing.anything_else). Label corrections: none
 * (both labels stand by RUBRIC's text: see LEFT_WHY).
 * Final: 28 running, 2 LEFT (03, 30).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 * ON v69 AS LANDED (block AI): 03 ("Is one of those right for your report?") runs as labelled; 30 stays LEFT ("Let me know if
 *   you need anything else!", an open reading).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-pp', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-pp', name: 'Lucía', library: 'PGCMLS' };
const ODELL: Prov = { id: 'odell-pp', name: 'Odell', library: 'AUN' };
const NOOR: Prov = { id: 'noor-pp', name: 'Noor', library: 'BCPL' };
const MARCUS: Prov = { id: 'marcus-pp', name: 'Marcus', library: 'CCPL-MD' };
const THEA: Prov = { id: 'thea-pp', name: 'Thea', library: 'AACPL' };
const KWAME: Prov = { id: 'kwame-pp', name: 'Kwame', library: 'EPFL' };
const BEA: Prov = { id: 'bea-pp', name: 'Bea', library: 'WCFL' };
const INES: Prov = { id: 'ines-pp', name: 'Ines', library: 'AUN' };
const HOLLIS: Prov = { id: 'hollis-pp', name: 'Hollis', library: 'HCPL-MD' };
const SOREN: Prov = { id: 'soren-pp', name: 'Soren', library: 'SCL-MD' };
const DELPHINE: Prov = { id: 'delphine-pp', name: 'Delphine', library: 'FCPL-MD' };
const TOBIAS: Prov = { id: 'tobias-pp', name: 'Tobias', library: 'CCPL-CE' };
const HALIMA: Prov = { id: 'halima-pp', name: 'Halima', library: 'SMCL' };
const GIDEON: Prov = { id: 'gideon-pp', name: 'Gideon', library: 'ACLS' };
const RAFAEL: Prov = { id: 'rafael-pp', name: 'Rafael', library: 'MCPL' };
const FELIX: Prov = { id: 'felix-pp', name: 'Felix', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-pp', name: 'Marisol', library: 'PGCMLS' };
const TRAINEE: Prov = { id: 'trainee12-pp', name: 'Trainee 12', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-pp', name: 'Queue', library: 'VRQ' };
const CORBIN: Prov = { id: 'corbin-pp', name: 'Corbin', library: 'QACL' };
const VIVIAN: Prov = { id: 'vivian-pp', name: 'Vivian', library: 'TCFL' };
const JONAH: Prov = { id: 'jonah-pp', name: 'Jonah', library: 'AUN' };
const MAEVE: Prov = { id: 'maeve-pp', name: 'Maeve', library: 'EPFL' };
const ELIAS: Prov = { id: 'elias-pp', name: 'Elias', library: 'AUN' };
const NGOZI: Prov = { id: 'ngozi-pp', name: 'Ngozi', library: 'BCPL' };
const PETRA: Prov = { id: 'petra-pp', name: 'Petra', library: 'FCPL-MD' };
const QUINN: Prov = { id: 'quinn-pp', name: 'quinn.hcls', library: 'HCLS' };
const ROWAN: Prov = { id: 'rowan-pp', name: 'Rowan', library: 'WIPL' };
const SAOIRSE: Prov = { id: 'saoirse-pp', name: 'Saoirse', library: 'CCPL-CA' };
const XIMENA: Prov = { id: 'ximena-pp', name: 'Ximena', library: 'AUN' };
const LINUS: Prov = { id: 'linus-pp', name: 'Linus', library: 'GCPL' };

const s = session;

export const PUPPETS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 sock puppets for a scout troop: "Good afternoon, you\'ve reached Ask a Librarian. This is Priya", ages and glue asked, a book in the catalog, "I\'m all set"', [
    [0, 'p', 'hi! i need to make sock puppets with 12 girl scouts next week, any easy instructions?? 🧦'],
    [18, 'l', "Good afternoon, you've reached Ask a Librarian. This is Priya at Howard County Library System."],
    [24, 'l', 'How old are the scouts, and will you have a glue gun or just regular glue?'],
    [65, 'p', 'theyre 7-8, and just white glue, no hot glue around kids lol'],
    [72, 'l', "At that age, felt pieces and fabric glue work well. The Muppets Make Puppets! by Cheryl Henson has a no-sew sock puppet project, and we have copies at several branches: search the title at hclibrary.org. Would that work for what you need?"],
    [110, 'p', "yes!! that's exactly it, I'm all set"],
    [116, 'l', 'Have a blast with the troop, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish: story time with puppets, the branch's children's room by phone
  s(LUCIA, '02 funciones de títeres en español (Spanish): "¡Hola, buenos días! Habla Lucía, bibliotecaria", events page + children\'s room by phone, "ya no necesito nada más"', [
    [0, 'p', 'hola!! hay funciones de títeres en español en la biblioteca? mis hijos no hablan mucho inglés todavía'],
    [24, 'l', '¡Hola, buenos días! Habla Lucía, bibliotecaria del Sistema de Bibliotecas de Prince George’s.'],
    [30, 'l', '¿Qué sucursal le queda más cerca, y qué edades tienen sus hijos?'],
    [75, 'p', 'hyattsville, tienen 4 y 6'],
    [82, 'l', 'En Hyattsville hay "Cuentos y títeres" en español los sábados a las 11; el calendario está en pgcmls.info/events (filtre por "Español"). Si quiere confirmar el horario, llame a la sala infantil de Hyattsville al 301-555-0163. ¿Es lo que buscaba?'],
    [130, 'p', 'sí! perfecto, con eso ya no necesito nada más'],
    [136, 'l', '¡Que disfruten la función! Gracias por comunicarse con nosotros.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; goodbye 150 s after the answer, no check-in
  s(ODELL, '03 a Jim Henson biography for a 6th grade report: pickup at exactly 60 s, two books, goodbye 150 s later with no check-in', [
    [0, 'p', 'I need a biography of Jim Henson for my 6th grade report'],
    [60, 'l', "Hi there, this is Odell with Ask Us Now, Maryland's statewide library chat."],
    [66, 'l', 'Does your teacher want a printed book, or are websites ok too?'],
    [100, 'p', 'has to be a book'],
    [106, 'l', "Two good ones: Who Was Jim Henson? by Joan Holub, written for your grade, and Jim Henson: The Biography by Brian Jay Jones, longer and for adults. Both are in most Maryland library catalogs; you can find yours through marylandslibraries.org. Is one of those right for your report?"],
    [256, 'l', 'Hope the report goes well. Thanks for using Ask Us Now!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 04 pickup at 61 s
  s(NOOR, '04 shadow puppets for a birthday party: pickup at 61 s, hand or stick shadows asked, Currell\'s book at bcpl.info', [
    [0, 'p', 'how do u make shadow puppets that look good, need it for a bday party sat'],
    [61, 'l', 'Hello! Noor here, librarian at Baltimore County Public Library.'],
    [66, 'l', 'Are you thinking hand shadows, or cut-out puppets on sticks behind a sheet?'],
    [110, 'p', 'cut out ones on sticks'],
    [117, 'l', "Cardstock silhouettes taped to bamboo skewers, a white sheet, and one lamp behind you work best. Shadow Puppets & Shadow Play by David Currell walks through it, and it's in our catalog at bcpl.info. Did that help?"],
    [150, 'p', 'ya ty'],
    [155, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'no'],
    [174, 'l', 'Have fun at the party, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 identifies, does not greet
  s(MARCUS, '05 a first ventriloquist dummy for a 10-year-old: "Marcus, Carroll County Public Library, reference." (no greeting), venthaven.org', [
    [0, 'p', 'Where can I buy a ventriloquist dummy that isnt creepy? for my son, he is 10'],
    [20, 'l', 'Marcus, Carroll County Public Library, reference.'],
    [26, 'l', 'Is he just starting out? And roughly what budget are you working with?'],
    [70, 'p', 'beginner, under 100 dollars'],
    [78, 'l', "For beginners a soft puppet with a moving mouth, or a small half-body figure, is the usual way in. The Vent Haven Museum's website, venthaven.org, has a page for beginners that lists starter figures and where they're sold. Is that the sort of thing you were after?"],
    [120, 'p', 'yeah ok'],
    [125, 'l', 'Anything else?'],
    [140, 'p', 'nah thats it'],
    [144, 'l', 'Thanks, take care.'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 90 s and exactly 120 s (a partial result that says the search goes on)
  s(THEA, '06 stringing a marionette: hold at 66, partial-result hold at 156, answer at 276 (exactly 120 s), puppeteers.org + Fling', [
    [0, 'p', 'what is the best way to string a marionette? mine keeps tangling'],
    [15, 'l', 'Hi, Thea at Anne Arundel County Public Library Ask a Librarian here!'],
    [22, 'l', 'What kind of control are you using, an airplane (horizontal) one or an upright one?'],
    [60, 'p', 'horizontal i think, the cross shaped one'],
    [66, 'l', 'Okay, hang on while I dig up a good diagram.'],
    [156, 'l', "Found a diagram in one book already; bear with me, I'm checking for an online one too so you can see it right away."],
    [276, 'l', "Here it is: the Puppeteers of America's resource pages at puppeteers.org have a stringing diagram for an airplane control, and Marionettes: How to Make and Work Them by Helen Fling (in our catalog) has the one I found first. Tie off the head strings first so it hangs level. Does this answer your question?"],
    [320, 'p', 'yes!! thats everything, thank u'],
    [326, 'l', 'Happy stringing, thanks for chatting!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(KWAME, '07 Edgar Bergen and Charlie McCarthy for a speech: "One moment while I check what we have." answered 121 s later, database by steps', [
    [0, 'p', 'doing a speech on edgar bergen and charlie mccarthy, need sources pls'],
    [25, 'l', 'Hey, good evening! Kwame here, a librarian at Enoch Pratt Free Library.'],
    [31, 'l', 'How long is the speech, and do you want anything from the time, like old newspaper articles?'],
    [75, 'p', '5 min. newspaper stuff would be cool'],
    [80, 'l', 'One moment while I check what we have.'],
    [201, 'l', "Sorry for the wait! Our historical newspapers include the Baltimore Sun back to 1837: go to prattlibrary.org, then Research, then Databases, and pick ProQuest Historical Newspapers: The Baltimore Sun. The Smithsonian also has a page on the Charlie McCarthy figure at americanhistory.si.edu. Is that enough to get you started?"],
    [240, 'p', 'yes thank you so much'],
    [246, 'l', 'Is there anything else?'],
    [265, 'p', "nope, I'm good"],
    [270, 'l', 'Good luck with your speech, good night!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the catalogue answer; an offer instead of the completeness question
  s(BEA, '08 The Muppet Movie on DVD: catalogue answer with no question first, "Want me to put a hold on one for you?"', [
    [0, 'p', 'do yall have the original muppet movie on dvd'],
    [12, 'l', 'Hi! This is Bea at Washington County Free Library.'],
    [30, 'l', 'Yes: our catalog lists The Muppet Movie (1979) on DVD, with two copies in at the Hagerstown branch (search "muppet movie" at washcolibrary.org). Want me to put a hold on one for you?'],
    [60, 'p', 'no its ok ill go get it today'],
    [65, 'l', 'Enjoy the movie, and thanks for chatting!'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail' })),

  // 09 a spoken answer, no source
  s(INES, '09 B and P without moving the lips: a tip with no source, "Is that the kind of tip you needed?", "that was my only question"', [
    [0, 'p', 'how do ventriloquists say words with B and P without moving their lips?? trying to learn'],
    [20, 'l', 'hello & welcome! Ines here, librarian on Ask Us Now'],
    [26, 'l', 'are you practicing for a show, or just for fun?'],
    [50, 'p', 'for fun, i got a puppet for xmas'],
    [58, 'l', "The usual trick is substitution: for B you say a soft D, for P a soft T, for M an N, and the puppet's mouth sells it. Practice saying 'dottle' for 'bottle' in a mirror until your lips stay still. Is that the kind of tip you needed?"],
    [95, 'p', 'omg yes trying it now lol. ok got it, that was my only question thx'],
    [100, 'l', 'Have fun with your new puppet, bye!'],
  ], usual({ source: 'fail' })),

  // 10 referrals with no contact; goodbye 119 s after the first provider line that follows the patron
  s(HOLLIS, '10 a puppeteer for a 2nd grade play: arts council staff and the PTA with no contact, Engler and Fijan, goodbye at 197 (final idle 119 s)', [
    [0, 'p', 'Hello, I teach 2nd grade and want a puppeteer to come do a workshop before our class puppet play. Any ideas?'],
    [22, 'l', 'Good morning! Hollis here from Harford County Public Library.'],
    [28, 'l', 'When is the play, and which school district are you in?'],
    [70, 'p', 'May, Harford County schools'],
    [78, 'l', "You could contact the Maryland State Arts Council's teaching artist roster staff, since they list puppeteers who do school residencies. Also ask your school's PTA; they often pay for visiting artists. For the play itself, our catalog has Making Puppets Come Alive by Larry Engler and Carol Fijan, a classic on performing with hand puppets."],
    [84, 'l', 'Is that helpful?'],
    [197, 'l', 'Thanks for contacting us, and good luck with the play!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 11 referrals to visit, with addresses and sites; the patron leaves
  s(SOREN, '11 where to see the real Muppets: two museums with street addresses and sites, "nothing else", the patron leaves, goodbye after', [
    [0, 'p', 'where can i see the real muppets in person?? planning a trip w my kids'],
    [14, 'l', "Hello! Thanks for contacting Ask a Librarian, I'm Soren at Somerset County Library."],
    [20, 'l', 'How far are you willing to travel, and how old are the kids?'],
    [60, 'p', 'anywhere on the east coast really, kids are 9 and 11'],
    [68, 'l', "Two places to visit: the Jim Henson Exhibition at the Museum of the Moving Image, 36-01 35 Avenue, Astoria, NY (movingimage.org), and a bit farther south the Center for Puppetry Arts, 1404 Spring St NW, Atlanta (puppet.org), which has a whole Henson gallery. Check their sites for hours before you go. Does that cover what you were hoping for?"],
    [110, 'p', 'yes!! perfect, nothing else, we gotta run to practice'],
    left(115),
    [120, 'l', 'Have a great trip, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 12 follow-up by me, on time
  s(DELPHINE, '12 royalty-free puppet play scripts for 3rd grade: FU_ME, e-mail typed and read back, "by Friday afternoon", done at 40 h', [
    [0, 'p', 'hi, looking for short puppet play scripts for 3rd graders that we can perform without paying royalties'],
    [20, 'l', "Hi! I'm Delphine, a children's librarian with Frederick County Public Libraries. Happy to help."],
    [26, 'l', 'How many kids need parts, and how long should the play run?'],
    [70, 'p', 'about 20 kids, 10-15 min. its for a spring assembly'],
    [76, 'l', 'Let me take a look.'],
    [170, 'l', "I've found a couple of collections but want to check which are in the public domain before I send them. Could I e-mail you a short list?"],
    [200, 'p', 'yes please! its tokafor.teach@gmail.com'],
    [206, 'l', 'Got it: tokafor.teach@gmail.com. I will send the list by Friday afternoon. In the meantime, our catalog has Puppet Plays from Favorite Stories by Lewis Mahlmann and David Cadwalader Jones, eighteen short plays for young puppeteers. Does that help for now?'],
    [240, 'p', 'yes thank you!! thats all for today'],
    [246, 'l', "You're welcome, talk to you Friday. Thanks for contacting Ask a Librarian!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise coded Answered, no time given
  s(TOBIAS, '13 Sam and Friends episodes: "I\'ll write to you once I hear back", e-mail read back, coded Answered, no time, pending', [
    [0, 'p', 'is there anywhere to watch jim hensons sam and friends show from the 50s?'],
    [25, 'l', 'Hi there, this is Tobias, a librarian at Cecil County Public Library.'],
    [31, 'l', 'Are you looking to watch whole episodes, or would clips be ok?'],
    [60, 'p', 'whole episodes if possible. its for my dad, hes a huge fan'],
    [66, 'l', "Only a few clips are known to survive, and the Henson Company's history pages at henson.com describe the show and link to some. I'd like to ask a media archivist I know about full episodes. What's the best e-mail for you?"],
    [100, 'p', 'rj.mendez77@yahoo.com'],
    [106, 'l', "Thanks, that's rj.mendez77@yahoo.com. I'll write to you once I hear back. Is the Henson site a good start for now?"],
    [140, 'p', 'yes thanks, he will love it'],
    [146, 'l', 'Anything else I can look up?'],
    [160, 'p', 'nope'],
    [165, 'l', 'Thanks for chatting, take care!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 follow-up by the patron's library, recorded late
  s(HALIMA, '14 a daycare at puppet story time: FU_LIB, "(240) 555-0117" read back as 240-555-0117, "within 3 days", done at 80 h', [
    [0, 'p', 'Hi I run a small home daycare in Lexington Park. Does the library do puppet shows we could bring the kids to?'],
    [16, 'l', "Hello, thanks for reaching out to St. Mary's County Library! I'm Halima."],
    [22, 'l', 'How many children, and what ages? Some of our shows fill up.'],
    [60, 'p', '6 kids, ages 3-5'],
    [66, 'l', "Our Lexington Park branch runs a puppet story time most Thursdays at 10:30; it's on the events calendar at stmalib.org/events. Group visits are booked by the branch, so I'll pass your details to the children's staff and they will call you. Is the story time what you had in mind?"],
    [100, 'p', 'yes perfect. my number is (240) 555-0117'],
    [106, 'l', "Thanks, 240-555-0117. Someone from the Lexington Park children's room will call you within 3 days to set it up."],
    [130, 'p', 'great thank you!'],
    [136, 'l', 'Anything else for today?'],
    [150, 'p', 'no, that covers it'],
    [155, 'l', 'Have a great day, bye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 follow-up by me with no contact anywhere, nothing recorded by day 4
  s(GIDEON, '15 a grandfather\'s Hazelle\'s marionette: FU_ME, "I will get back to you tomorrow", no e-mail or phone, nothing recorded at day 4', [
    [0, 'p', 'found my grandpas old marionette in the attic, says Hazelle on the foot. how old is it?? worth anything'],
    [30, 'l', 'Good afternoon, Gideon here at Allegany County Library System.'],
    [36, 'l', 'Does it have a paper tag or a box, and is the head wood or plastic?'],
    [80, 'p', 'no box. wooden head, painted face, clown outfit'],
    [86, 'l', "Hazelle's was a Kansas City puppet maker from the 1930s into the 1970s; the Kansas City Public Library's local history site, kchistory.org, has a short history of the company. I'd like to check a collectors' guide for the clown models, and I will get back to you tomorrow with what I find. Does that help for now?"],
    [120, 'p', 'ok'],
    [125, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [145, 'l', 'Thanks, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 16 follow-up by the patron's library: the e-mail only in the patron field
  s(RAFAEL, '16 a marionette class for a grandmother and a 13-year-old (Spanish and English): FU_LIB, e-mail only in patron.email, "by Wednesday", pending', [
    [0, 'p', 'buenas, do you have puppet making classes for adults? mi nieta y yo queremos hacer marionetas'],
    [20, 'l', 'Buenas tardes 🙂 Rafael from Montgomery County Public Libraries here, bilingual librarian.'],
    [26, 'l', '¿Qué edad tiene su nieta? Some workshops are only for teens.'],
    [60, 'p', 'tiene 13'],
    [66, 'l', "Perfecto. Our maker programs are listed at montgomerycountymd.gov/library/events (filter 'Teens' and 'Arts & Crafts'). None are on marionettes this month, so I'll ask our teen services team at your branch to write you about upcoming ones by Wednesday. ¿Le sirve?"],
    [110, 'p', 'sí, gracias, ya no tengo más preguntas'],
    [116, 'l', '¡Gracias a usted! Hasta pronto.'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'abuela.rosa.p@gmail.com', phone: null } }),

  // 17 a true Lost Call
  s(FELIX, '17 a cardboard shadow theatre (Lost Call): greeting only, "are you still with me?" at 170, "It seems you\'ve lost your connection … close this chat …" at 400', [
    [0, 'p', 'how do i make a shadow puppet theater out of a cardboard box'],
    [25, 'l', "Hello, Felix with Ask Us Now here, I'll be helping you today!"],
    [170, 'l', 'Hi, are you still with me?'],
    [400, 'l', "It seems you've lost your connection, so I'll go ahead and close this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 Lost Call after two patron lines
  s(MARISOL, '18 socks for sock puppets: coded Lost Call after two patron lines, answer at 62, check-in at 192, "Looks like we got disconnected. I\'ll end this chat now …" at 250', [
    [0, 'p', 'what kind of socks are best for sock puppets'],
    [18, 'l', "Hi! Marisol here, I'm a librarian at Prince George's County Memorial Library System."],
    [24, 'l', 'Are you adding a mouth plate, or keeping it a plain sock?'],
    [55, 'p', 'idk what a mouth plate is lol'],
    [62, 'l', "It's a cardboard oval glued inside so the mouth opens and closes. Thick crew socks in one solid color work best with it. The step-by-step at pbskids.org (search 'sock puppet') shows how. Did that help?"],
    [192, 'l', 'Are you still there?'],
    [250, 'l', "Looks like we got disconnected. I'll end this chat now, but come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 19 Practice
  s(TRAINEE, '19 practice chat (puppet show times): coded Practice, every check na', [
    [0, 'p', 'TEST practice chat: what time is the puppet show saturday'],
    [10, 'l', 'Hi, this is a practice session from Trainee 12.'],
    [20, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 no provider ever
  s(NOBODY, '20 is the puppet show still on today (no provider): a queue line, "hello?? anyone", the patron leaves, code null', [
    [0, 'p', 'is the puppet show at the central library still on today at 2?'],
    [5, 's', 'Please wait, a librarian will be with you shortly. Position in queue: 2'],
    [150, 'p', 'hello?? anyone'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 a limit of questions
  s(CORBIN, '21 Muppet trivia: "We only do three questions per chat and you\'ve reached that. I\'m closing this session now." then "seriously?? wow"', [
    [0, 'p', 'who was the first muppet'],
    [20, 'l', "Hi, Corbin at Queen Anne's County Library."],
    [26, 'l', 'Do you mean the first character Jim Henson built, or the first one on TV?'],
    [50, 'p', 'first one ever'],
    [56, 'l', "That's usually said to be Kermit, made in 1955 from his mother's old coat and a ping-pong ball, per the Henson Company's history at henson.com. Does that answer it?"],
    [80, 'p', 'yes. ok who voiced fozzie. and who made miss piggy. and whats the muppet show theme song called'],
    [90, 'l', "We only do three questions per chat and you've reached that. I'm closing this session now."],
    [100, 'p', 'seriously?? wow'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 other patrons waiting, come back later
  s(VIVIAN, '22 Punch and Judy for art history: Speaight by ILL + vam.ac.uk, then "several other patrons waiting … Please chat back in later … thanks"', [
    [0, 'p', 'hiii, can u tell me about the history of punch and judy shows'],
    [15, 'l', 'Hi there! Vivian here, a librarian with Talbot County Free Library.'],
    [21, 'l', 'Is this for a class, or just curious? That changes how deep I go.'],
    [45, 'p', 'class, art history'],
    [52, 'l', "For a class paper, Punch and Judy: A History by George Speaight is the standard book; we can get it through interlibrary loan at tcfl.org/ill. The V&A museum's site (vam.ac.uk, search 'Punch and Judy') has a good quick overview. Is that what you needed?"],
    [90, 'p', 'yes!! also what about bunraku, and sicilian puppets, and the muppets, and wayang kulit, and'],
    [98, 'l', 'Those are great topics, but I have several other patrons waiting right now, so I need to wrap up here. Please chat back in later and we can dig into the rest. Thanks for using Ask a Librarian!'],
    [120, 'p', 'ok fair lol thx'],
  ], usual({ anything: 'fail' })),

  // 23 transfer with a notice and a note that says why
  s(JONAH, '23 a 1930s WPA puppet unit in Baltimore: transfer notice (a hold) + internal note, Maeve 64 s later, loc.gov + finding aids', [
    [0, 'p', 'im researching a puppet theater that was in baltimore in the 1930s, the federal theatre project one?'],
    [20, 'l', 'Hi! Jonah with Ask Us Now, the statewide chat.'],
    [26, 'l', 'Do you mean the WPA Federal Theatre Project puppet unit? And do you need photos, programs or articles?'],
    [60, 'p', 'yes that one, programs or photos'],
    [66, 'l', "The Pratt's special collections may have those, so I'm going to transfer you to Maeve, a librarian at Enoch Pratt Free Library. One moment please."],
    [70, 'i', 'patron wants WPA Federal Theatre Project puppet unit programs/photos, 1930s Baltimore: a Pratt special collections question'],
    xfer(74, 'Maeve', 'maeve-pp'),
    [130, 'l', 'Hello, Maeve at the Pratt here! Thanks for waiting.', as(MAEVE)],
    [136, 'l', "The Library of Congress has the Federal Theatre Project collection, with many puppet unit programs and photos, at loc.gov/collections/federal-theatre-project-1935-to-1939. Our own Maryland Department holds a few Baltimore programs; the finding aids are at prattlibrary.org/special-collections. Does that help?", as(MAEVE)],
    [180, 'p', 'yes this is amazing. thats everything i needed'],
    [186, 'l', 'Happy researching, goodbye!', as(MAEVE)],
  ], usual({ transfer: 'pass' })),

  // 24 transfer with a notice only
  s(ELIAS, '24 storytime kits with puppets: "transferring now, hang tight" with no internal note, Ngozi 80 s later, bcpl.info', [
    [0, 'p', 'does baltimore county library lend puppet kits for a preschool class?'],
    [22, 'l', 'Hi, this is Elias, a librarian with Ask Us Now.'],
    [28, 'l', 'Which branch would you want to pick it up from?'],
    [55, 'p', 'towson'],
    [60, 'l', "I'll send you over to a Baltimore County librarian who knows the kits. Transferring now, hang tight."],
    xfer(64, 'Ngozi', 'ngozi-pp'),
    [140, 'l', 'Hello! Ngozi from Baltimore County Public Library here.', as(NGOZI)],
    [146, 'l', "Yes, our storytime kits include puppets. You can see and request them in the catalog at bcpl.info (search 'storytime kit puppets') and choose Towson as your pickup location. Is that what you were hoping for?", as(NGOZI)],
    [190, 'p', 'yes thx'],
    [195, 'l', 'Anything else I can help with?', as(NGOZI)],
    [210, 'p', 'no thats it'],
    [214, 'l', 'Bye, and thanks for chatting!', as(NGOZI)],
  ], usual({ transfer: 'fail' })),

  // 25 four at once; a hold answered 115 s later with the patron's "hello?" in between
  s(PETRA, '25 knitted finger puppets: hold at 55, "hello?" at 120, answer at 170 (115 s), ravelry.com by steps, three others open (four at once)', [
    [0, 'p', 'looking for free knitting patterns for finger puppets, animals ideally'],
    [20, 'l', 'Good morning and welcome to Ask a Librarian! Petra here, Frederick County Public Libraries.'],
    [26, 'l', 'Are you comfortable knitting in the round on double-pointed needles, or flat only?'],
    [50, 'p', 'flat only please'],
    [55, 'l', 'Let me find some flat ones for you.'],
    [120, 'p', 'hello?'],
    [170, 'l', "Sorry, still here! Ravelry has them: go to ravelry.com, choose Patterns, search 'finger puppet', then tick Free and Flat under the filters. Does that get you what you need?"],
    [210, 'p', 'yes ty'],
    [215, 'l', 'Anything else?'],
    [228, 'p', 'no thats all'],
    [232, 'l', 'Happy knitting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('pe1', 'petra-pp', -200, 400), other('pe2', 'petra-pp', -50, 300), other('pe3', 'petra-pp', 100, 500)],
  }),

  // 26 three at most, touching ends; chat-speak provider
  s(QUINN, '26 who voices Kermit now (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'who does kermits voice now?'],
    [12, 'l', 'hiya! quinn here, librarian @ Howard County Library System 🐸'],
    [17, 'l', 'do u mean in the newest movies/shows, or everyone whos done it since jim henson?'],
    [40, 'p', 'everyone pls'],
    [48, 'l', 'after Henson (1955-1990) it was Steve Whitmire (1990-2016), and Matt Vogel since 2017. the Muppet Wiki has the full list: muppet.fandom.com/wiki/Kermit_the_Frog. that what u were looking for?'],
    [80, 'p', 'yep thats literally all i wanted ty!!'],
    [86, 'l', 'np, thanks for stopping by! 👋'],
  ], usual(), {}, {
    otherIntervals: [other('q1', 'quinn-pp', -300, 0), other('q2', 'quinn-pp', -60, 70), other('q3', 'quinn-pp', 20, 400), other('q4', 'quinn-pp', 91, 600)],
  }),

  // 27 check-in, then the session ends exactly 120 s after the answer with no goodbye
  s(ROWAN, '27 glue for felt on foam heads: answer at 60, "Hi, are you still there?" at 150, ended at 180 (final idle 120 s), no goodbye', [
    [0, 'p', 'what glue works for felt on foam puppet heads'],
    [20, 'l', 'Hi! Rowan here from Wicomico Public Libraries.'],
    [26, 'l', 'Are the heads craft foam sheets or the thick upholstery foam?'],
    [55, 'p', 'upholstery foam'],
    [60, 'l', "Puppet builders usually use contact cement for that (in a well ventilated room!); hot glue leaves lumps. Project Puppet's free foam building guide at projectpuppet.com covers it. Did that help?"],
    [150, 'l', 'Hi, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 30 }),

  // 28 check-in and a notice that does not say the chat will end: final idle exactly 180 s
  s(SAOIRSE, '28 making a marionette walk: answer at 66, check-in at 190, "It looks like you\'ve disconnected. Thanks for chatting …" at 246 (180 s), no word of ending', [
    [0, 'p', 'how do you make a marionette walk naturally? my puppet looks like its floating'],
    [18, 'l', 'Hello, this is Saoirse at Calvert Library, thanks for writing in.'],
    [24, 'l', 'Is it a one-piece cross control, or does it have a separate walking bar?'],
    [60, 'p', 'just a cross'],
    [66, 'l', 'Rocking the control side to side lifts alternate legs; keep the feet touching the floor and move slowly. The Marionette by George Merten (in our catalog at calvertlibrary.info) has a chapter on walking. Does that answer it?'],
    [190, 'l', 'Are you still there?'],
    [246, 'l', "It looks like you've disconnected. Thanks for chatting with Calvert Library!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 29 Spanish: pickedUpAt before the first line; "take your time"
  s(XIMENA, '29 un teatrino para una obra escolar (Spanish): pickedUpAt 40 s, first line 75 s, "Claro, tómese su tiempo." then 204 s away, puppet.org', [
    [0, 'p', 'hola buenas noches, mi hijo tiene que presentar una obra de títeres en la escuela y no sabemos cómo hacer el teatrino'],
    [75, 'l', '¡Buenas noches! Le saluda Ximena, bibliotecaria de Ask Us Now. Disculpe la espera.'],
    [81, 'l', '¿Para cuándo es la obra y de qué tamaño debe ser el teatrino?'],
    [120, 'p', 'es para el viernes. un momento, voy a buscar la hoja de la maestra'],
    [126, 'l', 'Claro, tómese su tiempo.'],
    [330, 'p', 'ok dice que debe caber en una mesa, y son títeres de calcetín'],
    [338, 'l', "Perfecto. Una caja de cartón grande, puesta de lado, con una ventana recortada y una tela como cortina, es suficiente. El Center for Puppetry Arts tiene una guía gratis para hacer un teatrino de caja en puppet.org, en la sección 'Education'. ¿Le sirve esta idea?"],
    [380, 'p', 'sí, muchas gracias'],
    [386, 'l', '¿Necesita algo más?'],
    [400, 'p', 'no, eso sería todo. gracias!'],
    [405, 'l', '¡Mucha suerte a su hijo con la obra! Buenas noches.'],
  ], usual(), { pickedUpAt: at(40) }),

  // 30 no source (an app named without an address), an offer instead of "anything else", a rude patron, code ""
  s(LINUS, '30 beginner ventriloquism videos (rude patron): "YouTube has plenty …" with no address, "Let me know if you need anything else!", code ""', [
    [0, 'p', 'need a video on how to do the voice thing ventriloquists do, not a book, i dont read books'],
    [30, 'l', 'Hi, Linus at Garrett County Public Library here.'],
    [36, 'l', 'Are you after beginner exercises, or performance tips?'],
    [70, 'p', 'beginner. just tell me where, this is taking forever'],
    [76, 'l', 'Sure. YouTube has plenty of beginner ventriloquism lessons; searching "ventriloquism for beginners" will bring up several.'],
    [82, 'l', 'Let me know if you need anything else!'],
    [100, 'p', 'whatever. bye'],
    [105, 'l', 'Take care!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => PUPPETS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('30')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 5: "Let me know if you need anything else!" is an offer to write back, not a question whether the patron needs anything else (RUBRIC closing.anything_else: "before the end the provider asks whether the patron needs anything else").',
};

describe('seventy-ninth round: puppetry and ventriloquism, checked', () => {
  describeSessions('whole sessions', PUPPETS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', PUPPETS.filter((c) => c.name in LEFT_WHY));
});
