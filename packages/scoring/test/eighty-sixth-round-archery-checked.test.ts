/**
 * Eighty-sixth round, theme ARCHERY, BOWHUNTING RANGES AND ARCHERY CLUBS, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: starting out (a 40-year-old beginner in Howard County, an
 * 11-year-old in Silver Spring in Spanish, a 15-year-old choosing a first bow, a free class for a 14-year-old in
 * Hyattsville partly in Spanish, a Girl Scout troop badge in Frederick, adult lessons in Somerset, a first compound bow's
 * draw length in Cecil), ranges and clubs (deer season and a club near Towson, backyard target shooting outside
 * Westminster, free public ranges near Hagerstown, JOAD near Bel Air, a middle-school club in Prince Frederick, ranges near
 * Gaithersburg in Spanish, a county range pass in Howard, archery tag for a birthday party in Anne Arundel, a bow to
 * restring near Hagerstown, equipment to borrow), bowhunting (public land in Garrett County, a crossbow for a father after a
 * stroke in Allegany, bowfishing on the Chester River, bowhunter education before turkey season in St. Mary's, a Spanish
 * hunter-education class for a 15-year-old), gear and craft (The Traditional Bowyer's Bible for a first longbow, wooden
 * arrows for a longbow, stringing a takedown recurve without a stringer) and history and reading (Olympic archery for a 7th
 * grade project, Zen in the Art of Archery for a book club, a grandfather's 1950s Cambridge archery club, women's archery
 * in Roland Park around 1900). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first
 * run (labels copied aside to /tmp/s76/archery-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 16-24 s in most; exactly 60 s (03: pass); 61 s after the patron's "anyone there??" at 40 (04: fail); a system
 *   "joined" event at 25 s with the first visible line at 75 s and no `pickedUpAt` (05: fail); `pickedUpAt` at 50 s with the
 *   first visible line at 66 s (06: pass); 50 s after the patron's "hello?" (25: pass); no provider ever (26: fail);
 *  greeting: name and library ("Hi there, welcome to Ask HCLS! I'm Leah, …", 01), Spanish ("¡Hola, buenos días! Soy Lucía,
 *   bibliotecaria …", 02; "Soy Inés, bibliotecaria del servicio AskUsNow!.", 22), bilingual (15, 29), "thanks for
 *   contacting" (03, 09, 23), "Hey there, welcome to AskUsNow! I'm Keith, a librarian." (13), "Hello!" then "This is Marcy
 *   at Kent County Public Library." (19: split, pass); "This is Dana at Carroll County Public Library." with no greeting
 *   word in either of the first two lines (05: fail); "Hi!" then a question, the name only in the third line (12: fail); na
 *   with no provider (26) and Practice (27);
 *  keep_informed: two holds, 120 s and 119 s, the second "Still looking — I've found … and I'm checking …" (06: pass); 123 s
 *   with an internal note and the patron's "??" inside it (07: fail); "No rush, take your time!" and the patron back 264 s
 *   later (08: a wait on the patron); a transfer announcement answered by the receiver 128 s later (30: fail); the patron's
 *   last lines unanswered (13, 15); the pre-pickup "hello?" (25); na with no substantive exchange (24, 26, 27);
 *  clarify: the restatement "So you're looking for a first, beginner-level way into archery …" (01); questions on the kind of
 *   bow, class or practice, city or county, drive time, volume, arm span, takedown or one-piece, grade, target or hunting,
 *   after-school or PE, age (bilingual), camping, fletching or raw dowels, license, boat or shore, party date, online or in
 *   person, year and names, talk date; the answer straight after the greeting (09: fail); the question right after the
 *   first source (10: fail); a clarifying question and nothing else (25: pass, no source ever);
 *  source: howardcountymd.gov/rap, montgomeryparks.org, usarchery.org, dnr.maryland.gov (seasons, public lands, ranges,
 *   hunter education, fishing rules), the Maryland Guide to Hunting & Trapping, library.municode.com, eastonarchery.com,
 *   naspschools.org, pgparks.com, tradbow.com, olympics.com, Britannica School, msa.maryland.gov, ProQuest Historical
 *   Newspapers, the Cambridge Daily Banner on microfilm, the catalogues (hclibrary.org, prattlibrary.org, tcfl.org,
 *   qaclibrary.org), books (Archery: Steps to Success, The Traditional Bowyer's Bible, Zen in the Art of Archery), a
 *   club's phone and URL; none: advice from memory, "videos on YouTube" and "any sporting goods store" (11: fail); only a
 *   clarifying question (25: fail);
 *  completeness: "Does that answer your question?", "¿Esto responde a su pregunta?", "Is that what you were looking for?",
 *   "Does that completely answer your question?", "Did that help?", "Does that work for your club?", "Is that the kind of
 *   start you needed?", "¿Le sirve?", "Does that cover what you needed?", "Does the regulations page answer the rest of
 *   your question for now?", "Does the ProQuest search help in the meantime?", "¿le sirve la página del DNR?"; after an
 *   answer with no source (11: pass); the offer "Would you like me to look up some books on the history of archery too?"
 *   and "Hope that helps." (12: fail); nothing given at all (25: fail);
 *  anything else: asked by the provider (03, 09, 17 and 18 in the answer's own message); the patron's "thats all i needed",
 *   "es todo", "that's all I wanted to know", "thats all i need", "that's everything", "that's all we need!", "that's
 *   everything for now", "That's all I need for now", "thats all i needed!"; near misses "Let me know if you need anything
 *   else." then "ok cool ty" (12), "ok cool" (11), "will do thanks!" (16), "wow ok" (13), "oh ok" (15);
 *  dismissal: "we only take three questions per chat, and you've reached the limit. Goodbye." (13: fail, courteous passes);
 *   "My shift is ending, so I have to close this chat now." (15: fail, courteous fails); "several other patrons waiting …
 *   logging back on later" (14: allowed); "I need to end this chat shortly, but you can start a new chat with us anytime or
 *   e-mail …" (16: a way back, pass);
 *  courteous: goodbyes, thanks and invitations back in English and Spanish; an answer then the shift line (15: fail); a
 *   check-in then a notice with no thanks (21: fail);
 *  final idle: a goodbye 119 s after the answer (17: na); a check-in and a thanking goodbye at exactly 120 s (18: pass); a
 *   goodbye at 121 s, no check-in (19: fail); a check-in, then a notice that thanks, exactly 180 s after the answer (20: both
 *   pass); a check-in and a notice with no thanks, ended 179 s after (21: idle passes, notice na); a notice that thanks and
 *   asks nothing, 200 s after, in Spanish (22: idle fails, notice passes); a check-in and a plain goodbye 181 s after (23:
 *   notice fails); Lost Calls with a check-in and a notice that invites back (24, 25);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt`, two of another provider (01:
 *   three at most, pass); three others open at once between 80 s and 130 s (14: four, fail); a transfer where the first
 *   provider has three others after it and the receiver two others (30: pass over the parts each handled);
 *  codes: Answered; no code field (02: na); "" (15: fail); a configured code "Referred" (16: pass); a promise coded Answered
 *   (19: fail); Follow-up by me with no contact anywhere (11: fail); Follow-up by patron's library with the e-mail only in
 *   `patron.email` (21: pass); Lost Call with one patron line (24: pass) and two (25: fail); null with no provider (26:
 *   fail); Practice (27: all na);
 *  follow-ups: "I'll look for a good step-by-step video and get back to you", no contact, no time, not recorded at day 1
 *   (11: pending); the patron's typed e-mail read back, "by tomorrow", coded Answered, done 26 h after (19: contact and
 *   on_time pass); "will e-mail you the dates by Thursday" with the e-mail never in the chat, not recorded at day 4 (21:
 *   fail, fail); e-mail read back, "by Thursday", done at 07:30-08:00 on Thursday, 72 h 25 min after (23: fail); e-mail read
 *   back, "by Thursday", done at 15:30+01:00 on Thursday, 71 h 27 min after (28: pass); Spanish, phone typed with spaces and
 *   read back with dashes, "dentro de 72 horas", not recorded at exactly 72 h after `startedAt` (29: pending, 161 s before
 *   the deadline);
 *  referrals: a club by phone and URL (03: pass); the county parks office by phone after a transfer (04: pass); "ask the
 *   Carroll County Sheriff's Office" with no contact (05: fail); the own library's Adult Services desk by phone and street
 *   address (10: pass); three parties in one message, a coordinator by e-mail, a school office and a shop with no contact
 *   (14: fail); two parties in one message, a state forest office by phone and a bowhunters' association by e-mail (16:
 *   pass); not referrals: a colleague consulted on the patron's behalf (07), "a pro shop can check it" (08), "any sporting
 *   goods store" (11), a branch that will e-mail or call the patron (21, 29), the service's own address (16);
 *  transfers: an internal note saying why, the transfer, no word to the patron (04: fail); the notice and a note saying
 *   why, both before the transfer (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a system "joined" event is neither a visible provider message nor `pickedUpAt`: the pickup is the first visible line at
 *   75 s (05: fail); when `pickedUpAt` is recorded it is the pickup (06: 50 s, pass);
 * - "This is Dana at Carroll County Public Library." identifies but greets no one (no hello, hi, welcome, good morning or
 *   thanks for contacting), and the second provider line does not greet either (05: fail); "Hi!" greets, but the name comes
 *   only in the third provider line (12: fail);
 * - "Let me check … — one moment." and "Still looking — I've found … and I'm checking which ranges have archery targets."
 *   are holds (06); "I'm looking at the county's range page now." is a hold (30); "please hold on a moment" with the
 *   transfer news is a hold, and the internal note does not end the span it starts (30: 128 s); "No rush, take your time!"
 *   is not a hold (08); promises to do something after the chat ("I can search … after our chat and e-mail you") are not
 *   holds (23, 28);
 * - a question sent in its own message right after the first source is not "before the first message that gives a source"
 *   (10: fail); a clarifying question alone is a substantive exchange, and with no source ever it passes clarify while source,
 *   completeness and anything else fail (25);
 * - "videos on YouTube" names a site with no URL or page and "any sporting goods store" names no one: neither is a source,
 *   and advice from memory is an answer but not a source (11: fail); "Did that help?" after that answer asks whether the
 *   answer meets the need (11: pass);
 * - "Would you like me to look up some books …?" offers something not yet given; "Hope that helps." asks nothing (12);
 *   "Let me know if you need anything else." invites but does not ask (12: fail);
 * - "that's all I wanted to know", "that's everything for now", "es todo" and "That's all I need for now" say explicitly
 *   that the patron is done; "ok cool", "will do thanks!", "wow ok", "oh ok" do not;
 * - "My shift is ending, so I have to close this chat now." ends the help for the provider's convenience with no way back
 *   (15: fail); "I need to end this chat shortly, but you can start a new chat with us anytime or e-mail …" offers a way back
 *   (16: pass); "you've reached the limit" fails whatever follows (13);
 * - "I haven't heard back, so I'll close the chat. Thanks for chatting …" thanks the patron: a goodbye, the idle ends at it
 *   (18: 120 s); "It looks like you've disconnected, so I'll end our chat now. Thanks …" is a goodbye and the notice, sent
 *   during the idle (20: 180 s; 22: 200 s, and it asks nothing, so no check-in); "It looks like you've disconnected, so I'll
 *   end the session." thanks no one and invites no one back: not a goodbye, the idle runs to `endedAt` (21: 179 s);
 * - a code the deployment configures ("Referred") is not missing (16: pass);
 * - "Our Lexington Park branch … will e-mail you the dates by Thursday" and "Alguien de la sucursal de Hyattsville lo
 *   llamará dentro de 72 horas" promise that the patron's library will contact the patron: follow-up sessions, and not
 *   referrals (21, 29); the e-mail in `patron.email` makes a contact known for the code (21: pass) but is never given or
 *   repeated in the chat (21: contact fails); "I'll look for a good step-by-step video and get back to you" is a promise (11);
 * - the patron typing the address in the chat is "given … there" (19); "dentro de 72 horas" says when (29);
 * - follow-ups recorded with other offsets are compared in elapsed time: 07:30-08:00 is 15:30 UTC (23: late), 15:30+01:00
 *   is 14:30 UTC (28: on time); `now` exactly 72 h after `startedAt` is still before a deadline counted from `endedAt` (29);
 * - "a pro shop can check it" and "any sporting goods store" describe kinds of business, no particular party (08, 11: no
 *   referral); a colleague asked on the patron's behalf is not a referral (07); "ask the Sheriff's Office", "talk with the
 *   athletics office" and "the folks at Chesapeake Bowhunters shop … can help you" tell the patron to contact a party (05,
 *   14); registering or searching on a website (montgomeryparks.org, pgparks.com, howardcountymd.gov) is using a source;
 * - a transfer with an internal note saying why but no visible word to the patron fails (04); concurrency in a transferred
 *   session judges the first provider over 0-68 s and the receiver over 68-281 s (30).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/archery-labels.ts). First run as labelled / disagreeing: 29 / 1 (12); no case scored differently once
 * redacted, and no check ended "could not be evaluated". Label corrections: none (the disagreement reread against
 * RUBRIC.md; the label stood). Final: 29 running, 1 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence:
 * "Let me know if you need anything else.", an invitation that asks nothing, read as the anything-else question, 12).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const LEAH: Prov = { id: 'leah-ar', name: 'Leah', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-ar', name: 'Lucía', library: 'MCPL' };
const OWEN: Prov = { id: 'owen-ar', name: 'Owen', library: 'BCPL' };
const PRIYA: Prov = { id: 'priya-ar', name: 'Priya', library: 'AUN' };
const COLIN: Prov = { id: 'colin-ar', name: 'Colin', library: 'FCPL-MD' };
const DANA: Prov = { id: 'dana-ar', name: 'Dana', library: 'CARR' };
const RHEA: Prov = { id: 'rhea-ar', name: 'Rhea', library: 'WCFL' };
const INGRID: Prov = { id: 'ingrid-ar', name: 'Ingrid', library: 'EPFL' };
const JAMAL: Prov = { id: 'jamal-ar', name: 'Jamal', library: 'CCPL-CE' };
const GRACE: Prov = { id: 'grace-ar', name: 'Grace', library: 'HCPL-MD' };
const BEA: Prov = { id: 'bea-ar', name: 'Bea', library: 'TCFL' };
const TARIQ: Prov = { id: 'tariq-ar', name: 'Tariq', library: 'CCPL-CH' };
const SAM: Prov = { id: 'sam-ar', name: 'Sam', library: 'WPL' };
const KEITH: Prov = { id: 'keith-ar', name: 'Keith', library: 'AUN' };
const MARISA: Prov = { id: 'marisa-ar', name: 'Marisa', library: 'CALV' };
const ANDRES: Prov = { id: 'andres-ar', name: 'Andrés', library: 'PGCMLS' };
const WYATT: Prov = { id: 'wyatt-ar', name: 'Wyatt', library: 'RELGC' };
const TESSA: Prov = { id: 'tessa-ar', name: 'Tessa', library: 'QACL' };
const ROB: Prov = { id: 'rob-ar', name: 'Rob', library: 'ACLS' };
const MARCY: Prov = { id: 'marcy-ar', name: 'Marcy', library: 'KCPL-MD' };
const KIM: Prov = { id: 'kim-ar', name: 'Kim', library: 'AACPL' };
const NELL: Prov = { id: 'nell-ar', name: 'Nell', library: 'SMCL' };
const INES: Prov = { id: 'ines-ar', name: 'Inés', library: 'AUN' };
const CORINNE: Prov = { id: 'corinne-ar', name: 'Corinne', library: 'DCPL' };
const DEV: Prov = { id: 'dev-ar', name: 'Dev', library: 'AUN' };
const YUSUF: Prov = { id: 'yusuf-ar', name: 'Yusuf', library: 'SCLS-MD' };
const QUEUE: Prov = { id: 'queue-ar', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-ar', name: 'Trainee 3', library: 'TRN' };
const SIMONE: Prov = { id: 'simone-ar', name: 'Simone', library: 'EPFL' };
const MARTA: Prov = { id: 'marta-ar', name: 'Marta', library: 'PGCMLS' };
const FELIX: Prov = { id: 'felix-ar', name: 'Felix', library: 'AUN' };
const JOAN: Prov = { id: 'joan-ar', name: 'Joan', library: 'HCLS' };

const s = session;

export const ARCHERY: SessionCase[] = [
  // 01 the plain good session; touching ends, another provider's chats
  s(LEAH, '01 a 40-year-old beginner in Howard County: the restatement, the county activity guide + Archery: Steps to Success, "thats all i needed", three at most', [
    [0, 'p', "hi, i'm 40 and i've never shot a bow but i want to try archery. anything in howard county for total beginners?"],
    [17, 'l', "Hi there, welcome to Ask HCLS! I'm Leah, a librarian at Howard County Library System."],
    [23, 'l', "So you're looking for a first, beginner-level way into archery here in Howard County — would you rather take a class with equipment provided, or practise on your own?"],
    [58, 'p', 'a class def, i dont own anything lol'],
    [67, 'l', "Howard County Recreation & Parks runs beginner archery classes with bows and arrows provided: search 'archery' in the activity guide at howardcountymd.gov/rap. For reading up before the first class, 'Archery: Steps to Success' by Kathleen Haywood and Catherine Lewis is in our catalog at hclibrary.org."],
    [73, 'l', 'Does that answer your question?'],
    [105, 'p', 'yes!! perfect, thats all i needed'],
    [111, 'l', 'Great — have fun on the range, and thanks for chatting with us!'],
  ], usual(), {}, {
    otherIntervals: [
      other('le1', 'leah-ar', -600, 0), other('le2', 'leah-ar', -200, 40), other('le3', 'leah-ar', 30, 400), other('le4', 'leah-ar', 116, 500),
      other('jd1', 'jade-ar', 0, 300), other('jd2', 'jade-ar', 10, 300),
    ],
  }),

  // 02 Spanish, no code field
  s(LUCIA, '02 clases de arquería para un niño de 11 años en Silver Spring (Spanish): montgomeryparks.org + usarchery.org + the catalogue, "es todo", no code field', [
    [0, 'p', 'Hola, buenas. Mi hijo de 11 años quiere aprender tiro con arco despues de ver una pelicula. Hay clases en Silver Spring o cerca?'],
    [21, 'l', '¡Hola, buenos días! Soy Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. Con gusto le ayudo.'],
    [27, 'l', '¿Su hijo ha tirado con arco alguna vez, o sería la primera vez? ¿Y prefiere clases entre semana o los fines de semana?'],
    [66, 'p', 'primera vez. fines de semana mejor'],
    [75, 'l', "Para principiantes, Montgomery Parks ofrece clases de arquería los sábados: busque 'archery' en el buscador de programas de montgomeryparks.org. Si después quiere seguir, USA Archery tiene un buscador de clubes juveniles (el programa JOAD) en usarchery.org. Y en nuestro catálogo (montgomerycountymd.gov/library) hay libros de arquería para niños en la sección juvenil."],
    [81, 'l', '¿Esto responde a su pregunta?'],
    [120, 'p', 'si, perfecto!! es todo, muchas gracias 🏹'],
    [126, 'l', '¡Con mucho gusto! Gracias por escribirnos y que lo disfrute su hijo.'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 03 pickup at exactly 60 s; a club referred by phone and URL
  s(OWEN, '03 deer bow season and a club near Towson: pickup at exactly 60 s, vertical bow or crossbow, the DNR guide, Loch Raven Archers by phone + URL, anything else asked', [
    [0, 'p', 'when does bow season for deer start in baltimore county this year? and is there a club around towson where i can practice before'],
    [60, 'l', 'Good morning, and thanks for contacting Ask a Librarian at Baltimore County Public Library! This is Owen.'],
    [66, 'l', 'Are you hunting with a vertical bow (compound or recurve) or a crossbow? The dates can differ.'],
    [94, 'p', 'compound'],
    [103, 'l', "The deer archery season dates for each region are in the Maryland Guide to Hunting & Trapping, free online at dnr.maryland.gov (Hunting > Seasons & Bag Limits). For practice, the Loch Raven Archers club has a range north of Towson and welcomes new members: call them at 410-555-0126 or see lochravenarchers.org."],
    [109, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yep thats it'],
    [146, 'l', 'Anything else I can help you with today?'],
    [165, 'p', 'nope, thanks!'],
    [170, 'l', 'Good luck this season, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; a transfer with a note but no word to the patron
  s(PRIYA, '04 a Girl Scout troop\'s archery badge in Frederick: "anyone there??", pickup at 61 s, a note to Colin, the transfer with no notice, county parks by phone', [
    [0, 'p', 'hi my daughters girl scout troop wants to do an archery badge, is there anywhere in frederick that does group lessons for kids'],
    [40, 'p', 'anyone there??'],
    [61, 'l', "Hi, sorry for the wait! I'm Priya, a librarian with Maryland's AskUsNow! service."],
    [67, 'l', 'How many girls are in the troop, and about how old are they?'],
    [95, 'p', '8 girls, theyre 9 and 10'],
    [101, 'i', 'Colin, can you take this one? Girl Scout troop wants group archery lessons in Frederick, a county parks question and you know their programs.'],
    xfer(104, 'Colin', 'colin-ar'),
    [140, 'l', "Hello! Colin here, a librarian at Frederick County Public Libraries. I've picked up your question about archery lessons for the troop.", as(COLIN)],
    [147, 'l', "Frederick County Parks & Recreation runs youth archery sessions, listed under 'archery' at frederickcountymd.gov/parks, and they book private sessions for scout troops: call them at 301-555-0199 to set one up for eight girls.", as(COLIN)],
    [153, 'l', 'Does that help?', as(COLIN)],
    [190, 'p', "yes thank u so much that's everything"],
    [196, 'l', "You're welcome — have fun, and thanks for chatting!", as(COLIN)],
  ], usual({ pickup: 'fail', referral: 'pass', transfer: 'fail' })),

  // 05 a "joined" event is not the pickup; no greeting word; a party to ask with no contact
  s(DANA, '05 backyard target archery outside Westminster: "joined" at 25 s, first line at 75 s, "This is Dana at …" (no greeting), municode, "ask the Sheriff\'s Office"', [
    [0, 'p', 'Is it legal to shoot arrows at a target in my own backyard in Westminster? We have about 2 acres'],
    [25, 's', 'Dana has joined the chat.', { event: 'joined' }],
    [75, 'l', 'This is Dana at Carroll County Public Library. Is the property inside Westminster city limits, or out in the county?'],
    [110, 'p', 'county, just outside town'],
    [118, 'l', "Maryland doesn't have one statewide rule for backyard target archery; it comes down to the county. The Carroll County Code is online at library.municode.com (choose Maryland, then Carroll County), and the section on discharging weapons is the one to read. You can also ask the Carroll County Sheriff's Office how deputies apply it to properties like yours."],
    [124, 'l', 'Does that answer your question?'],
    [160, 'p', 'ok. thanks'],
    [166, 'l', "You're welcome. Anything else I can help with?"],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Thanks for chatting, and good luck with the target setup!'],
  ], usual({ pickup: 'fail', greeting: 'fail', referral: 'fail' })),

  // 06 pickedUpAt 50 s; holds of 120 s and 119 s
  s(RHEA, '06 free public archery ranges near Hagerstown: pickedUpAt 50 (first line 66), a hold at 108, "Still looking — I\'ve found …" at 228, the answer at 347', [
    [0, 'p', 'are there any public archery ranges in washington county md? free ones preferably'],
    [66, 'l', "Good morning! I'm Rhea, a librarian at Washington County Free Library. Thanks for waiting."],
    [72, 'l', 'Are you shooting a regular bow or a crossbow? And how far are you willing to drive from Hagerstown?'],
    [100, 'p', 'compound bow. 30-40 min is fine'],
    [108, 'l', "Let me check the DNR's list of shooting ranges for you — one moment."],
    [228, 'l', "Still looking — I've found the DNR's shooting range page, and I'm checking which ranges have archery targets."],
    [347, 'l', "Found it: the public range at Indian Springs Wildlife Management Area, near Clear Spring, has an archery section, well within your drive. DNR's Public Shooting Ranges page at dnr.maryland.gov (Hunting > Public Shooting Ranges) lists it with a map, the hours and the rules, and shows the other state ranges too."],
    [353, 'l', 'Does that completely answer your question?'],
    [390, 'p', "yes!! didnt know about indian springs. that's all I wanted to know, thanks"],
    [396, 'l', 'Happy shooting, and thanks for using Ask a Librarian!'],
  ], usual(), { pickedUpAt: at(50) }),

  // 07 123 s of silence with an internal note and "??" in it; a colleague consulted
  s(INGRID, '07 The Traditional Bowyer\'s Bible, all four volumes: the question at 52, an internal note at 115, "??" at 140, the answer at 175 (123 s), the catalogue', [
    [0, 'p', 'does pratt have the traditional bowyers bible? all 4 volumes? want to build my own longbow'],
    [18, 'l', 'Hi! This is Ingrid, a librarian at Enoch Pratt Free Library.'],
    [24, 'l', "Are you after a particular volume, or the whole set? Volume 1 covers choosing wood and tillering, if you're starting from scratch."],
    [52, 'p', 'whole set if possible, starting from scratch yeah'],
    [115, 'i', "Tom, do we still own vol 4 of Traditional Bowyer's Bible? catalog shows it missing at Central"],
    [140, 'p', '??'],
    [175, 'l', "Sorry for the wait — I checked with our collections librarian. Volumes 1, 2 and 3 of The Traditional Bowyer's Bible are on the shelf at the Central Library and Volume 4 is at the Waverly branch: search the title at prattlibrary.org and place holds on all four to pick up at one branch."],
    [181, 'l', 'Is that what you were looking for?'],
    [215, 'p', 'yes! placing holds now. thats all i need'],
    [221, 'l', 'Enjoy the build, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 08 "take your time" is not a hold
  s(JAMAL, '08 draw length for a first compound bow in Cecil: the arm span asked, "brb", "No rush, take your time!", back 264 s later, eastonarchery.com, "that\'s everything"', [
    [0, 'p', 'im buying my first compound bow, how do i know what draw length to get??'],
    [19, 'l', "Hi there! I'm Jamal, a librarian at Cecil County Public Library."],
    [25, 'l', "Do you know your arm span? Stand with your arms straight out and measure fingertip to fingertip — that's the usual starting point."],
    [60, 'p', 'no lol brb gotta find a tape measure'],
    [66, 'l', 'No rush, take your time!'],
    [330, 'p', 'ok back. 70 inches'],
    [339, 'l', "Then your draw length is probably about 28 inches: arm span divided by 2.5 (70 ÷ 2.5 = 28). Easton's draw length guide walks through the same method with pictures at eastonarchery.com (Resources > Draw Length), and a pro shop can check it with a draw-length bow before you buy."],
    [345, 'l', 'Did that help?'],
    [372, 'p', "yes a lot. that's everything, thanks!!"],
    [378, 'l', 'Good luck with the new bow! Thanks for chatting.'],
  ], usual()),

  // 09 the answer straight after the greeting
  s(GRACE, '09 JOAD near Bel Air for a 13-year-old: the answer at once (no question), usarchery.org club finder + harfordcountymd.gov/parks, anything else asked', [
    [0, 'p', "Hi, are there any JOAD archery programs near Bel Air? My son is 13 and he's been shooting a recurve at camp."],
    [16, 'l', 'Hello, and thanks for contacting Harford County Public Library! This is Grace, one of our librarians.'],
    [22, 'l', "USA Archery's club finder lists the JOAD clubs by distance: go to usarchery.org, then Clubs & Programs > Find a Club, and enter Bel Air's zip code with 'JOAD' checked. The Harford County Parks & Recreation site (harfordcountymd.gov/parks) also lists seasonal youth archery classes."],
    [28, 'l', "Does that help with what you're looking for?"],
    [60, 'p', "yes there's one in Forest Hill! thank you"],
    [66, 'l', 'Wonderful. Is there anything else I can help you with?'],
    [80, 'p', "no that's it"],
    [85, 'l', 'Have a great day, and thanks for chatting with us!'],
  ], usual({ clarify: 'fail' })),

  // 10 the question right after the first source; the own library's desk by phone and address
  s(BEA, '10 ten copies of Zen in the Art of Archery for a book club: tcfl.org, then "How many people …?", the Adult Services desk by phone + 100 West Dover Street', [
    [0, 'p', 'our book club picked Zen in the Art of Archery for april. can we get like 10 copies through the library?'],
    [20, 'l', "Hi! Thanks for reaching out to Talbot County Free Library. I'm Bea, a librarian here."],
    [26, 'l', "Eugen Herrigel's 'Zen in the Art of Archery' is in our catalog at tcfl.org, and more copies can come from other Maryland libraries through interlibrary loan."],
    [31, 'l', 'How many people are in the club, and when is the April meeting?'],
    [62, 'p', '10 of us, april 14'],
    [70, 'l', "For a set of ten, our Adult Services desk at the Easton branch puts together book club kits: call them at 410-555-0153 or stop by at 100 West Dover Street, and they'll gather the copies in time for the 14th."],
    [76, 'l', 'Does that work for your club?'],
    [110, 'p', "perfect, I'll call them tomorrow. that's all we need!"],
    [116, 'l', 'Enjoy the discussion, and thanks for chatting!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 11 no source; a promise with no contact and no time, Follow-up by me
  s(TARIQ, '11 stringing a takedown recurve without a stringer: advice from memory + "videos on YouTube" (no source), "I\'ll … get back to you", FU_ME with no contact', [
    [0, 'p', 'how do u string a recurve bow?? i dont have a stringer thing'],
    [22, 'l', "Hi, welcome to Ask a Librarian! I'm Tariq at Charles County Public Library."],
    [28, 'l', 'Is it a takedown recurve (the limbs come off) or a one-piece bow?'],
    [55, 'p', 'takedown. from dicks'],
    [63, 'l', "Please don't string it without a stringer — the 'step-through' method can twist the limbs, and on a takedown they can pop out of the riser. Stringers only cost about $10–15 at any sporting goods store, and there are lots of videos on YouTube showing how to use one."],
    [69, 'l', 'Did that help?'],
    [100, 'p', 'ya ok. do u know a good video tho'],
    [108, 'l', "I'll look for a good step-by-step video and get back to you."],
    [120, 'p', 'ok cool'],
    [126, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 12 the name only in the third provider line; an offer, "Hope that helps", "Let me know …"
  s(SAM, '12 Olympic archery for a 7th grade project: "Hi!", a question, the name in the third line, Britannica School + olympics.com, an offer, "Let me know if you need anything else."', [
    [0, 'p', 'i need info on archery in the olympics for a school project. like when it started and famous archers'],
    [18, 'l', 'Hi!'],
    [24, 'l', 'What grade are you in, and how long does the project need to be?'],
    [50, 'p', '7th grade, 2 pages'],
    [57, 'l', "I'm Sam, a librarian at Wicomico Public Libraries, and this is a fun topic. Archery was first in the Olympics in 1900, dropped after 1920, and came back for good in 1972 in Munich. Britannica School (free with your library card at wicomicolibrary.org > Research) has an article on Olympic archery written for middle school, and olympics.com has pages on famous archers like Kim Soo-nyung of South Korea."],
    [63, 'l', 'Would you like me to look up some books on the history of archery too?'],
    [90, 'p', 'no thats ok'],
    [96, 'l', 'Okay! Hope that helps. Let me know if you need anything else.'],
    [120, 'p', 'ok cool ty'],
    [125, 'l', 'Bye, good luck with the project!'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail' })),

  // 13 the limit of questions
  s(KEITH, '13 a first bow for a 15-year-old: usarchery.org Getting Started, a list of questions, "we only take three questions per chat, and you\'ve reached the limit. Goodbye."', [
    [0, 'p', 'yo whats a good first bow for a 15 yr old. recurve or compound'],
    [20, 'l', "Hey there, welcome to AskUsNow! I'm Keith, a librarian."],
    [26, 'l', 'Is it for target shooting, or for hunting later on?'],
    [50, 'p', 'target for now. its for me lol im 15'],
    [58, 'l', "Got it! For target shooting at 15, most coaches start people on a takedown recurve with light limbs (around 20–25 lb): it teaches good form, and the limbs can be swapped as you get stronger. USA Archery's 'Getting Started' page at usarchery.org explains the gear you need. Does that answer your question?"],
    [90, 'p', 'ya. ok next q how much do arrows cost, what arm guard, do i need a release, what about sights, and where do i shoot'],
    [97, 'l', "Those are all good questions, but we only take three questions per chat, and you've reached the limit. Goodbye."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 the allowed "other patrons waiting"; three parties, two with no contact; four chats at once
  s(MARISA, '14 a middle-school archery club in Prince Frederick: naspschools.org, a coordinator by e-mail + a school office + a shop (no contact), "other patrons waiting", four at once', [
    [0, 'p', "Hi — I'm a PE teacher at a middle school in Prince Frederick and want to start an archery club. Where do I even begin?"],
    [19, 'l', "Good morning! I'm Marisa, a librarian at Calvert Library. What a great project."],
    [25, 'l', 'Would it run during PE classes or as an after-school club? That changes which programs fit.'],
    [58, 'p', 'after school to start'],
    [67, 'l', "The National Archery in the Schools Program (NASP) is built for exactly this: it trains teachers as Basic Archery Instructors and has equipment kits and grants, all explained at naspschools.org. In Maryland, NASP runs through the DNR: e-mail the state coordinator at nasp.coordinator@example.org. You'll also want to talk with Calvert County Public Schools' athletics office about insurance, and the folks at Chesapeake Bowhunters shop in Huntingtown can help you price targets."],
    [73, 'l', 'Is that the kind of start you needed?'],
    [110, 'p', 'yes this is great. also do you know about grants for the bows, liability waivers, how to do fundraising, tournaments in MD, and what other schools do?'],
    [118, 'l', "Those are all worth digging into! There are several other patrons waiting for help right now, so I'd suggest starting with the NASP site and logging back on later — we'll be happy to take them one at a time."],
    [140, 'p', "totally fair. that's everything for now, thanks!"],
    [146, 'l', 'Thanks for chatting, and good luck with the club!'],
  ], usual({ referral: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('mr1', 'marisa-ar', -300, 200), other('mr2', 'marisa-ar', 40, 500), other('mr3', 'marisa-ar', 80, 130)],
  }),

  // 15 "My shift is ending" (partly Spanish); code ""
  s(ANDRES, '15 low-cost archery for a 14-year-old in Hyattsville (partly Spanish): pgparks.com, a new question, "My shift is ending, so I have to close this chat now.", code ""', [
    [0, 'p', 'hola, hi. my son wants to do archery but we cant pay a lot. hay algo gratis en hyattsville o cerca?'],
    [21, 'l', "¡Hola! Hi, I'm Andrés, a librarian at Prince George's County Memorial Library System."],
    [27, 'l', '¿Qué edad tiene su hijo? How old is he?'],
    [55, 'p', '14'],
    [63, 'l', "Prince George's County parks (M-NCPPC) offer low-cost youth archery classes: search 'archery' in the program guide at pgparks.com. Some classes have fee waivers for families who qualify, and the guide explains how to apply. ¿Le sirve?"],
    [95, 'p', 'si gracias! y tambien, where can he practice after the class? y que equipo necesita comprar?'],
    [101, 'l', 'My shift is ending, so I have to close this chat now.'],
    [110, 'p', 'oh ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 16 ending with a way back; two parties in one message, both with contacts; a configured code
  s(WYATT, '16 public land to bowhunt in Garrett County: dnr.maryland.gov, a forest office by phone + a bowhunters\' association by e-mail, "end this chat shortly, but …", code Referred', [
    [0, 'p', 'looking for public land in garrett county where i can bowhunt deer. first season hunting there, coming from baltimore'],
    [23, 'l', "Hi, welcome to Ask a Librarian! I'm Wyatt, a librarian at the Ruth Enlow Library of Garrett County."],
    [29, 'l', 'Are you hoping to camp near where you hunt, and will you be hunting on foot only?'],
    [60, 'p', 'on foot. camping would be nice'],
    [69, 'l', "Garrett County has a lot of public hunting land: Savage River State Forest and Potomac-Garrett State Forest both allow bowhunting, with camping at designated sites. DNR's public lands hunting map at dnr.maryland.gov (Hunting > Public Lands Hunting) shows the boundaries. For the latest on deer and road closures, call the Savage River State Forest office at 301-555-0163 or e-mail the Garrett County Bowhunters Association at info@garrettbowhunters.org — both are glad to talk to visiting hunters."],
    [75, 'l', 'Does that cover what you needed?'],
    [110, 'p', 'yes this is amazing. one more thing, can you find me topo maps of the forest and tell me the best stand spots and where the bears are'],
    [118, 'l', "I'm about to close out my shift, so I need to end this chat shortly, but you can start a new chat with us anytime or e-mail askusnow@example.org and another librarian will pick up the maps question. Thanks so much for chatting, and good luck this season!"],
    [135, 'p', 'will do thanks!'],
  ], usual({ anything: 'fail', referral: 'pass' }), { resolutionCode: 'Referred' }),

  // 17 a goodbye 119 s after the answer
  s(TESSA, '17 wooden arrows for a longbow: fletching or raw dowels, The Traditional Bowyer\'s Bible Vol. 2 + tradbow.com, anything else asked, goodbye 119 s after the answer', [
    [0, 'p', 'Do you have any books on making your own arrows? Wood ones, for a longbow.'],
    [19, 'l', "Hello! Tessa here, a librarian at Queen Anne's County Library."],
    [25, 'l', "Are you fletching shafts you've bought, or starting from raw wood dowels?"],
    [60, 'p', 'buying cedar shafts, want to do the fletching and tapers myself'],
    [70, 'l', "Volume 2 of 'The Traditional Bowyer's Bible' has a long chapter on wooden arrows, from tapering to fletching, and you can request it through our catalog at qaclibrary.org. Traditional Bowhunter magazine's site (tradbow.com) also has free how-to articles on cresting and fletching. Does that help? And is there anything else I can look up for you?"],
    [189, 'l', 'Thanks for chatting — enjoy the arrow making!'],
  ], usual()),

  // 18 a check-in and a goodbye: final idle exactly 120 s
  s(ROB, '18 a crossbow for a father after a stroke, Allegany: the DNR guide + accessibility page, "Are you still there?" at 148, "I haven\'t heard back … Thanks" at 188 (120 s)', [
    [0, 'p', 'my dad had a stroke and cant draw a regular bow anymore. can he hunt with a crossbow in allegany county'],
    [21, 'l', "Hi, I'm Rob, a librarian at Allegany County Library System. Sorry to hear about your dad."],
    [27, 'l', 'Is he hunting deer, and does he already have a Maryland hunting license?'],
    [60, 'p', "deer yes. he's had a license for years"],
    [68, 'l', 'Crossbows can be used in the deer archery seasons in Maryland: the Maryland Guide to Hunting & Trapping (dnr.maryland.gov > Hunting > Guide to Hunting & Trapping) lists the crossbow dates and rules, and the DNR\'s hunting accessibility page on the same site covers the permits for hunters with disabilities. Does that answer your question, or is there anything else I can look up for you?'],
    [148, 'l', 'Are you still there?'],
    [188, 'l', "I haven't heard back, so I'll close the chat. Thanks for chatting, and best wishes to your dad!"],
  ], usual({ idle: 'pass' })),

  // 19 greeting across two lines; a promise coded Answered; a goodbye 121 s after, no check-in
  s(MARCY, '19 bowfishing on the Chester River: "Hello!" then "This is Marcy at …", the e-mail typed, "by tomorrow", coded Answered, done 26 h after, goodbye at 121 s', [
    [0, 'p', 'hi is bowfishing legal in the chester river? and do i need a fishing license for it'],
    [17, 'l', 'Hello!'],
    [23, 'l', 'This is Marcy at Kent County Public Library. Are you fishing from a boat or from shore, and is it tidal water near Chestertown?'],
    [55, 'p', 'from a boat near chestertown'],
    [64, 'l', "The Chester River there is tidal, so you'll need a Maryland Chesapeake Bay & Coastal sport fishing license, and bowfishing is allowed for certain species such as snakeheads and carp. DNR's fishing regulations at dnr.maryland.gov (Fishing > Regulations) list the species and the rules."],
    [70, 'l', "There's also a newer DNR summary sheet on bowfishing that isn't online yet. If you give me your e-mail, I'll send it to you by tomorrow."],
    [95, 'p', 'sure its kbrandt.fish@example.com'],
    [101, 'l', "Thanks! I'll send it to kbrandt.fish@example.com by tomorrow. Does the regulations page answer the rest of your question for now?"],
    [222, 'l', 'Thanks for chatting, and tight lines!'],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(227 + 26 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 a check-in, then a notice that thanks: final idle exactly 180 s
  s(KIM, '20 archery tag for a birthday party in Anne Arundel: aacounty.org + visitannapolis.org, "Are you still there?" at 195, "It looks like you\'ve disconnected … Thanks" at 245 (180 s)', [
    [0, 'p', 'where can i do archery tag for my kids birthday party in anne arundel county? like 12 kids'],
    [20, 'l', 'Hi! Kim here, a librarian with Anne Arundel County Public Library.'],
    [26, 'l', 'When is the party, and would you like somewhere indoors?'],
    [55, 'p', 'april 18, indoors would be best'],
    [65, 'l', "Anne Arundel County Recreation and Parks lists party rentals and archery tag events at aacounty.org/recreation-parks (search 'archery tag'), and for private indoor venues Visit Annapolis's guide at visitannapolis.org lists the family entertainment centers in the county. Did that help?"],
    [195, 'l', 'Are you still there?'],
    [245, 'l', "It looks like you've disconnected, so I'll end our chat now. Thanks for contacting Ask AACPL, and happy birthday to your little one!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 21 a check-in and a notice with no thanks: final idle 179 s; FU_LIB with the e-mail only in patron.email
  s(NELL, '21 bowhunter education before turkey season, St. Mary\'s: the DNR schedule, the branch "will e-mail you the dates by Thursday" (e-mail never in the chat), 179 s', [
    [0, 'p', 'is there a bowhunter education class in st marys county in march? i need it before turkey season'],
    [24, 'l', "Good morning! I'm Nell, a librarian at St. Mary's County Library."],
    [30, 'l', 'Would an online course with an in-person field day work for you, or do you need a fully in-person class?'],
    [60, 'p', 'either'],
    [69, 'l', "The DNR lists every Hunter Education course, online and in person, with dates and sign-up links at dnr.maryland.gov (Hunting > Hunter Education > Course Schedule). Our Lexington Park branch is checking whether the county's spring class is still on and will e-mail you the dates by Thursday. Did that help?"],
    [189, 'l', 'Are you still there?'],
    [243, 'l', "It looks like you've disconnected, so I'll end the session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'huntermike@example.net', phone: null },
  }, { now: T0 + 4 * DAY }),

  // 22 Spanish: a notice that thanks and asks nothing, 200 s after the answer
  s(INES, '22 dónde practicar tiro con arco cerca de Gaithersburg (Spanish): montgomeryparks.org, "Parece que se desconectó … ¡Gracias …!" 200 s after, no check-in', [
    [0, 'p', 'Buenos días, ¿dónde puedo practicar tiro con arco cerca de Gaithersburg? Tengo mi propio arco.'],
    [20, 'l', '¡Buenos días! Soy Inés, bibliotecaria del servicio AskUsNow!. Con gusto le ayudo.'],
    [26, 'l', '¿Qué tipo de arco tiene, recurvo o compuesto? Algunos campos solo permiten ciertos tipos.'],
    [58, 'p', 'compuesto'],
    [66, 'l', "Montgomery Parks tiene campos de tiro con arco públicos y gratuitos, por ejemplo en Lake Needwood, en Derwood, muy cerca de Gaithersburg. Las reglas, los horarios y la lista de campos están en montgomeryparks.org (busque 'archery range'). ¿Le sirve esta información?"],
    [266, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Gracias por comunicarse con AskUsNow! y vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 23 a check-in and a plain goodbye 181 s after; FU_ME done at 07:30-08:00 (72 h 25 min)
  s(CORINNE, '23 a grandfather\'s 1950s Cambridge archery club: microfilm + msa.maryland.gov, e-mail read back, "by Thursday", check-in, goodbye at 181 s, done 07:30-08:00 Thu', [
    [0, 'p', 'hi, my grandfather was in an archery club in cambridge in the 1950s, supposedly they won a state tournament. any way to find newspaper articles?'],
    [22, 'l', "Hi there, thanks for contacting Dorchester County Public Library! I'm Corinne."],
    [28, 'l', "Do you know the club's name, or your grandfather's name as it would have appeared in print, and roughly which year?"],
    [70, 'p', 'Cambridge Archery Club I think. his name was Elmer Tolley. maybe 1954?'],
    [80, 'l', "The Cambridge Daily Banner from those years is on microfilm here, and the Maryland State Archives' special collections search at msa.maryland.gov may have club records too. I can search the microfilm index after our chat and e-mail you copies of anything I find. What's the best e-mail for you?"],
    [110, 'p', 'telltolley@example.com'],
    [117, 'l', "Thank you — I have telltolley@example.com. I'll send what I find by Thursday. Does that help for now?"],
    [237, 'l', 'Are you still with me?'],
    [298, 'l', "Thanks for chatting, and I'll be in touch by Thursday!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', contact: 'pass', onTime: 'fail' }), {
    ...FU_ME, followUps: [{ doneAt: '2026-03-05T07:30:00-08:00' }],
  }, { now: T0 + 5 * DAY }),

  // 24 a true Lost Call
  s(DEV, '24 restringing a compound bow near Hagerstown (Lost Call): greeting only, "Hi, are you still there?" at 150, "It looks like you\'ve disconnected … come back anytime!" at 230', [
    [0, 'p', 'where can i get my compound bow restrung near hagerstown'],
    [20, 'l', "Hi, welcome to AskUsNow! I'm Dev, a librarian."],
    [150, 'l', 'Hi, are you still there?'],
    [230, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Lost Call after two patron lines; a clarifying question and nothing else
  s(YUSUF, '25 adult archery lessons in Somerset (Lost Call, two patron lines): "hello?", pickup at 50 s, a clarifying question only, check-in, notice with an invitation back', [
    [0, 'p', 'does anyone in somerset county teach archery to adults'],
    [38, 'p', 'hello?'],
    [50, 'l', "Hello, sorry for the wait! I'm Yusuf, a librarian at Somerset County Library System."],
    [56, 'l', 'Are you looking for a one-time class or a club you could join, and do you have your own bow?'],
    [176, 'l', 'Are you still there?'],
    [250, 'l', "I haven't heard back, so it looks like you've disconnected. I'll end this chat now, but please come back anytime!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 26 no provider ever joined
  s(QUEUE, '26 archery equipment in a library of things: no provider ever joined, "hello?", "nvm ill call", patron left, code null', [
    [0, 'p', 'do any libraries lend archery equipment?? like a library of things'],
    [2, 's', 'Thanks for contacting AskUsNow! Please hold for the next available librarian.'],
    [140, 'p', 'hello?'],
    [215, 'p', 'nvm ill call'],
    left(220),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (the archery ranges macro): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat for the new archery ranges macro'],
    [10, 'l', "Practice: DNR's public shooting ranges are listed at dnr.maryland.gov"],
    [22, 'p', 'test ok, closing'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 FU_ME, done at 15:30+01:00 on Thursday (71 h 27 min)
  s(SIMONE, '28 women\'s archery in Roland Park around 1900: ProQuest Historical Newspapers, photo files by e-mail, address read back, "by Thursday", done 15:30+01:00 Thu', [
    [0, 'p', "Hello. I'm researching the history of women's archery clubs in Baltimore for a local history talk. I read there was a women's archery club in Roland Park around 1900?"],
    [19, 'l', "Good morning, and welcome to Ask Pratt! I'm Simone, a librarian at Enoch Pratt Free Library."],
    [25, 'l', 'When is your talk, and are you looking mainly for newspaper coverage or for club records and photographs?'],
    [70, 'p', 'May. both if possible, photographs would be great for slides'],
    [80, 'l', "The Baltimore Sun's archive is searchable in ProQuest Historical Newspapers, free with your Pratt card at prattlibrary.org > Research > Databases; try 'archery' with 'Roland Park' for 1895–1910. I can also search our Maryland Department's photograph files for you after the chat, since they aren't online, and e-mail you scans. What e-mail should I use?"],
    [115, 'p', "wonderful. it's d.harrow@example.org"],
    [121, 'l', "Thank you — that's d.harrow@example.org. I'll e-mail the scans by Thursday. Does the ProQuest search help in the meantime?"],
    [160, 'p', "Yes, I just found an 1899 article! That's all I need for now — thank you so much."],
    [166, 'l', "My pleasure! Thanks for chatting, and you'll hear from me by Thursday."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T15:30:00+01:00' }] }, { now: T0 + 6 * DAY }),

  // 29 FU_LIB partly Spanish, phone read back, "dentro de 72 horas", not recorded at exactly 72 h after startedAt
  s(MARTA, '29 hunter education in Spanish for a 15-year-old bowhunter (partly Spanish): dnr.maryland.gov, phone read back, "dentro de 72 horas", pending at T0 + 72 h', [
    [0, 'p', "Hola, my son is 15 and wants to go deer hunting con arco this fall with his uncle. Does he need a class? Yo no hablo mucho inglés, is there a class in spanish?"],
    [22, 'l', "¡Hola! Soy Marta, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George's. I can help in Spanish or English."],
    [28, 'l', '¿Su hijo ya tomó el curso de Educación para Cazadores (Hunter Education), o sería su primera vez?'],
    [60, 'p', 'primera vez'],
    [69, 'l', 'En Maryland, los cazadores nuevos necesitan aprobar el curso de Hunter Education antes de sacar la licencia. Los cursos y las fechas están en dnr.maryland.gov (Hunting > Hunter Education). No veo clases en español en la lista, pero nuestra sucursal de Hyattsville tiene contactos con instructores de la comunidad. ¿Quiere que alguien de la sucursal lo llame? ¿A qué número?'],
    [110, 'p', 'si por favor 240 555 0178'],
    [117, 'l', 'Perfecto: 240-555-0178. Alguien de la sucursal de Hyattsville lo llamará dentro de 72 horas. Mientras tanto, ¿le sirve la página del DNR?'],
    [150, 'p', 'si, gracias. es todo'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos, y suerte a su hijo.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 3 * DAY }),

  // 30 a transfer with a notice and a note; the receiver's first line 128 s after the announcement
  s(FELIX, '30 a Howard County range pass: "I\'m transferring you to her — please hold", a note why, Joan 128 s later, howardcountymd.gov; Felix\'s other chats after the transfer', [
    [0, 'p', 'Hi! I heard Howard County has an archery range at a park but you need some kind of permit? how do I get one'],
    [18, 'l', "Hello! I'm Felix, a librarian with Maryland's AskUsNow! service."],
    [24, 'l', 'Is this for you as an adult, and would you be shooting on your own rather than in a class?'],
    [55, 'p', 'yes, just me, adult, on my own'],
    [62, 'l', "A Howard County librarian is online right now and knows the county's parks programs well, so I'm transferring you to her — please hold on a moment."],
    [65, 'i', 'Joan — pt asking how to get a permit for the Howard County archery range, adult, shooting alone. County rec question, your area. Can you take it?'],
    xfer(68, 'Joan', 'joan-ar'),
    [190, 'l', "Hi, Joan from Howard County Library System here! I'm looking at the county's range page now.", as(JOAN)],
    [236, 'l', 'Howard County Recreation & Parks sells an annual archery range pass: the rules, the safety orientation you need first and the online sign-up are on howardcountymd.gov (Recreation & Parks > Archery Range), with a map of the range. Does that answer your question?', as(JOAN)],
    [270, 'p', 'yes perfect, thats all i needed!'],
    [276, 'l', 'Glad to help — thanks for chatting, and enjoy the range!', as(JOAN)],
  ], usual({ informed: 'fail', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('fe1', 'felix-ar', -200, 30), other('fe2', 'felix-ar', 10, 60), other('fe3', 'felix-ar', 70, 400), other('fe4', 'felix-ar', 100, 400),
      other('fe5', 'felix-ar', 120, 400), other('jo1', 'joan-ar', -100, 500), other('jo2', 'joan-ar', 50, 300),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ARCHERY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('12')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Okay! Hope that helps. Let me know if you need anything else." An invitation to come forward, not a question: RUBRIC.md passes when the provider "asks whether the patron needs anything else", and nothing in the chat asks it (READINGS TAKEN); the patron\'s "ok cool ty" (message 8) is thanks and "ok" alone, which RUBRIC.md says does not count as saying explicitly that they are done.',
};

describe('eighty-sixth round: archery, bowhunting ranges and archery clubs, checked', () => {
  describeSessions('whole sessions', ARCHERY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ARCHERY.filter((c) => c.name in LEFT_WHY));
});
