/**
 * Eighty-third round, theme BLUE CRABS, CRAB FEASTS AND CHESAPEAKE SEAFOOD, checked: 30 whole sessions no one had written,
 * as Maryland public library and statewide AskUsNow! chats would run: steaming three dozen crabs for Dundalk in-laws, picking
 * a steamed crab (in Spanish), crabbing off the Sandy Point pier without a licence, how many bushels for a church feast of
 * 40, a sponge crab caught in the Chester River, the winter dredge survey for a 7th-grade lesson, raw oysters in Ocean City
 * while pregnant, leftover steamed crabs in the fridge, jimmies, sooks and sallies, a book club book about watermen, Maryland
 * crab soup against cream of crab for a potluck, the National Hard Crab Derby in Crisfield, crab cakes that don't fall apart,
 * a Gaithersburg church's first crab feast fundraiser, live crabs near Langley Park (in Spanish), the first Phillips crab
 * house in Ocean City, low-filler crab cakes, crab "mustard" from the Chester River, recreational oyster season on the
 * Choptank, peelers against soft crabs in La Plata, picking houses on Hoopers Island, crabs shipped to Cumberland, a practice
 * chat, borrowing crab traps in Salisbury, a grandmother who picked crabs in Crisfield in the 1940s, a lost 1970s church
 * cookbook with a crab soup recipe, the 2022 crab population low for a college paper, who invented Old Bay for a crab feast
 * trivia night, soft-shell crab season for a restaurant cook (partly Spanish) and a 4th grader's blue crab life-cycle poster.
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s75/crabs-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there, thanks for reaching out to Ask Us at the Enoch Pratt Free Library! I'm Naomi, …" (01); Spanish
 *   "¡Buenas tardes y bienvenido a AskUsNow! Le atiende Marisol, bibliotecaria." (02) and "Hola, soy Héctor, bibliotecario
 *   de AskUsNow!." (15); pickup at exactly 60 s (03: pass) and at 61 s after the patron's "also mediums or larges" (04:
 *   fail); "Marcus at Kent County Public Library, Ask a Librarian." then a question, no greeting word in either (05: fail);
 *   the library named with no person, "Hello! You've reached Ask a Librarian at Calvert Library." (06) and "Hi there,
 *   welcome to AskUsNow! You're chatting with a librarian from …" (30); "Hey there! Reggie here" (09); "Hi, thanks for
 *   waiting! I'm Jolene" after the patron's "hello?" (22); no provider ever, only the queue's line (24);
 *  inquiry: how many crabs and live or not, cooked or not, pier gear, the menu, which waters, total or breakdown, food safety
 *   or seasons, school or fun, a restatement "So you're after a readable nonfiction book … Is that right?" (10), history or
 *   recipe, "Do you mean the National Hard Crab Derby …?" (12), broiled or fried and which meat, grounds and tickets, today
 *   or the weekend (Spanish), the year or the photos, the meat in the tub, where they were caught, boat or wading, buying
 *   or curious, live or steamed, the packing house and a maiden name, the church and year, the paper's level, trivia card
 *   or details, kitchen or own use (Spanish), printed or on screen; the answer at once with its only question after the
 *   source (08: fail);
 *  waits: a hold at 60, a partial result that says the search goes on at 180, the answer at 300 (06: two spans of exactly
 *   120 s, pass); a transfer announcement answered by the receiver 121 s later (07: fail); "No hurry, take your time." and
 *   the patron back 146 s later (25: waiting on the patron, pass); a hold between the patron's last line and the answer
 *   (18); two patron lines before a 61 s pickup (04) and before a 52 s pickup (22): pickup's wait, not keep_informed's; the
 *   patron's "seriously?" left unanswered at the end (13: a span still open);
 *  endings: a goodbye 119 s after the first provider line after the patron's last (08: idle na), 120 s after with no
 *   check-in (17: fail), 121 s after the answer with "Are you still there?" between (18: pass); a check-in at +100 and
 *   "It looks like you've been disconnected, so I'm going to end this chat. Thanks …" at exactly +180 (19: idle and notice
 *   pass); "Are you still with me?" and `endedAt` 181 s after the answer, nothing more (20: idle passes, notice and
 *   courteous fail); a true Lost Call: greeting, check-in, notice with "come back anytime" (21); a Lost Call after the
 *   patron's "hello?" and a clarifying question (22: code fails, notice and check-in pass); "we only allow three questions
 *   per chat and you've used them up … Bye." (13: dismissal fails, courteous passes); "several other patrons waiting in the
 *   queue … Please log back in later" (14: allowed); Spanish "Se le acabó el tiempo de esta sesión. Voy a cerrar el chat."
 *   with no thanks (15: dismissal and courteous fail); patron-side "thats everything", "es todo lo que necesitaba", "no more
 *   questions", "thanks thats all i needed", "That's all I needed.", "that's everything", "that's all I needed", "That's
 *   everything for now", "thats all i need!", "es todo", "that's all we needed", "no thats it thanks" (27, with a provider
 *   "Anything else …?" before it), and "ok thx", "yes! now how about crab dip", "ok no problem" that do not count; provider
 *   "Is there anything else I can help with for Saturday?", "Is there anything else I can find for you today?", "Anything
 *   else I can help with?"; a near miss "Have fun at the derby! Come back anytime." (12: anything_else fails);
 *  sources: mdsg.umd.edu and the Pratt catalogue, dnr.maryland.gov (licences, sponge crabs, the dredge survey, oysters),
 *   chesapeakebay.net, a Whitey Schmidt book in bcpl.info's catalogue, cdc.gov/vibrio and medlineplus.gov, foodsafety.gov,
 *   Beautiful Swimmers and An Island Out of Time in tcfl.org's catalogue, Chesapeake Bay Cooking with John Shields as an
 *   e-book, hardcrabderby.com, Mrs. Kitching's Smith Island Cookbook, montgomerycountymd.gov, marylandsbest.maryland.gov,
 *   phillipsfoods.com, Maryland's Way at carolib.org, mde.maryland.gov, 1950census.archives.gov and salisbury.edu/nabb,
 *   worldcat.org, Academic Search Complete and GreenFILE, ProQuest Historical Newspapers, Britannica School; none: the
 *   answer from memory and "The Chesapeake Bay Foundation has a lot on crab biology too" with no way to reach it (09: fail);
 *   none because nothing was ever answered (22: fail);
 *  referrals: DNR's Fishing and Boating Services by phone (03: pass); the Chesapeake Bay Maritime Museum's library by e-mail
 *   (10: pass); "ask the folks at the Crisfield Chamber of Commerce" with no way to reach them (12: fail); not referrals: web
 *   pages of county and state agencies to use (14, 19), a branch asked to follow up on the patron's behalf (16, 26), the
 *   Nabb Center's online finding aids (25), an organisation only mentioned (09);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 50 h (25: pass); FU_LIB, a phone typed and read
 *   back, "within 3 days", judged at day 1 (26: pending); a promise to e-mail articles coded Answered, e-mail typed, no time,
 *   nothing recorded at day 4 (27: code, contact, on_time fail); a promise "to the address on your library account by
 *   tomorrow" with the e-mail only in `patron.email`, no codes in the source, done at 75 h (28: code na, contact and on_time
 *   fail); FU_LIB with no e-mail or phone anywhere, "by next Friday", done at 30 h (16: code and contact fail, on_time
 *   passes);
 *  codes: a true Lost Call (21); Lost Call after two patron lines (22); null with no provider (24); left out (28); Practice
 *   (23);
 *  transfers: a notice (a hold) with no internal note (07: fail); an internal note and a silent transfer (11: fail); a notice
 *   "I'm transferring you to her now. Un momento, por favor." and a note saying why, both before the transfer (29: pass);
 *  concurrency: three others, four open at once from 90 s to the end (14: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (30: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Marcus at Kent County Public Library, Ask a Librarian." identifies who answers but greets no one, and the question
 *   after it greets no one either; the "thanks for asking" in the third provider line is outside the first two (05: fail);
 * - "You've reached Ask a Librarian at Calvert Library" (06) and "You're chatting with a librarian from Washington County
 *   Free Library" (30) identify the answerer by the library and "librarian", with no name;
 * - "I found the Chesapeake Bay Stock Assessment Committee's summary; still looking for the adult female figure …, bear with
 *   me." gives a partial result and says the search goes on: a hold (06); a span of exactly 120 s is not longer than
 *   `silenceSeconds` (06: pass);
 * - "I'm transferring you to her, one moment please." is a transfer announcement, so a hold: the span runs from it to the
 *   receiver's first line, 121 s (07: fail);
 * - "Did that answer what you were wondering? Are you planning to turn them into crab cakes?" comes after the first source:
 *   the question about the need is too late for inquiry.clarify (08: fail), and the first question asks whether what was
 *   given met the need (08: completeness passes);
 * - the final idle starts at the first provider line after the patron's last visible line that is not a hold: the greeting
 *   in 08 (16 s, the patron never wrote again; 119 s to the goodbye: na), the answer in 18 (after the hold "let me check the
 *   state's advice …, one moment"; 121 s to the goodbye);
 * - "Is this just for fun, or do you need something you can cite, like for school?" asks about the format the answer
 *   needs (09), as do "Do you want just the short answer for a trivia card, or some fun details too?" (28) and "Does it need
 *   to be printed pictures he can glue on …?" (30);
 * - "Do you mean the National Hard Crab Derby over Labor Day weekend?" checks which event the patron means: a question
 *   about the need (12);
 * - "The Chesapeake Bay Foundation has a lot on crab biology too." names an organisation with no way to reach it: not a
 *   source, and, since the patron is not told to contact or visit it, not a referral (09: source fails, referral na);
 * - "ask the folks at the Crisfield Chamber of Commerce; they run the registration table" tells the patron to ask an
 *   organisation, with no phone, e-mail, address or URL (12: referral fails);
 * - "If the club wants a speaker, the Chesapeake Bay Maritime Museum's library … takes questions by e-mail at …" tells the
 *   patron to write to them (10: a referral with a way to reach them);
 * - "The county's steps … are on montgomerycountymd.gov" (14), DNR's oyster page (19) and the Nabb Center's finding aids
 *   searchable online (25) point to web pages to use: sources, not referrals;
 * - "I'll pass your question to them and they will follow up with you by next Friday" (16) and "Someone from Frederick
 *   County Public Libraries will call you within 3 days" (26): staff asked on the patron's behalf (not referrals) and
 *   promises that someone will contact the patron (follow-up sessions); "within 3 days" says when;
 * - "Would you like me to find a slow-cooker version too, since it's for a potluck?" offers something not yet given (11:
 *   completeness fails); "Does that help you decide?" (07), "Does that look like what you need?" (27), "Does that work for
 *   your trivia card?" (28), "Are those the kind of books you had in mind?" (10), "¿Le sirve así?" (02), "¿Le sirve?" (29)
 *   ask whether what was given meets the need;
 * - "Have fun at the derby! Come back anytime." invites the patron back (courteous passes) but does not ask whether they need
 *   anything else, and "ok thx" does not say they are done (12: anything_else fails);
 * - "es todo lo que necesitaba" (02), "es todo" (29), "That's everything for now" (25) and "that's all we needed" (30) say
 *   explicitly that the patron is done;
 * - "Sorry, we only allow three questions per chat and you've used them up, so I'll need to end this one here. Bye." tells
 *   the patron they reached a limit of questions (13: dismissal fails); its "Bye." says goodbye, and it is one of the last
 *   two provider lines (13: courteous passes);
 * - "Se le acabó el tiempo de esta sesión. Voy a cerrar el chat." tells the patron their time is up and announces the end,
 *   with no thanks, goodbye or way back; the line before it, "¿Le sirve esa información?", thanks no one (15: dismissal
 *   and courteous fail);
 * - "I have several other patrons waiting in the queue right now. Please log back in later and we'll happily take the rest
 *   one at a time." is the allowed ending (14: dismissal passes);
 * - "It looks like you may have lost your connection, so I'm going to close this chat now. Please come back anytime …"
 *   tells the patron they seem disconnected and that the session will end, and invites them back: a notice and a goodbye
 *   (22); likewise "It seems you've disconnected, so I'll be closing this chat. You're welcome to come back anytime!" (21);
 * - when the last visible provider line is a check-in ("Are you still with me?", 20), the final idle runs to `endedAt`
 *   (181 s): the notice is required and missing, and neither of the last two provider lines thanks or says goodbye;
 * - "hello?" is a second patron message, so Lost Call is the wrong code (22); the patron asked and the provider's clarifying
 *   question is a visible message other than a greeting, check-in, goodbye, hold or notice, so there is a substantive
 *   exchange with no source (22: source fails) and, info.source not being na, the completeness and anything-else checks
 *   fail rather than go na (22);
 * - "No hurry, take your time." is not a hold: the 146 s until the patron's return is waiting on the patron (25);
 * - "I'll e-mail it to the address on your library account by tomorrow": the e-mail is known only from `patron.email` and
 *   never written in the chat (28: contact fails though the time is given); "I'll track down a couple of the articles and
 *   email them to you" is a promise, and the e-mail typed by the patron with no time said fails contact (27);
 * - a transcript whose `resolutionCode` is undefined (`resolutionCode: undefined` in the override) is one whose source
 *   left the field out: the source has no codes, resolution.code is na, and the follow-up checks still apply by promise
 *   (28);
 * - a session counts itself among those open at once: three others plus this one is four (14: fail); ends that touch do not
 *   overlap (30);
 * - each provider of a transferred session is judged on concurrency over the part they handled; none of them had other
 *   sessions (07, 11, 29: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0 (none disagreeing). Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY empty). The file type-checks (`npx tsc -p tsconfig.json --noEmit`: no error).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const NAOMI: Prov = { id: 'naomi-cr', name: 'Naomi', library: 'EPFL' };
const MARISOL: Prov = { id: 'marisol-cr', name: 'Marisol', library: 'AUN' };
const GRAHAM: Prov = { id: 'graham-cr', name: 'Graham', library: 'AACPL' };
const TRISH: Prov = { id: 'trish-cr', name: 'Trish', library: 'BCPL' };
const MARCUS: Prov = { id: 'marcus-cr', name: 'Marcus', library: 'KCPL' };
const INES: Prov = { id: 'ines-cr', name: 'CalvertRef', library: 'CCPL-CA' };
const DALE: Prov = { id: 'dale-cr', name: 'Dale', library: 'WOCO' };
const JOY: Prov = { id: 'joy-cr', name: 'Joy', library: 'AUN' };
const LENA: Prov = { id: 'lena-cr', name: 'Lena', library: 'HCPL-MD' };
const REGGIE: Prov = { id: 'reggie-cr', name: 'Reggie', library: 'SMCL' };
const WENDELL: Prov = { id: 'wendell-cr', name: 'Wendell', library: 'TCFL' };
const PRISCILLA: Prov = { id: 'priscilla-cr', name: 'Priscilla', library: 'HCLS' };
const KOFI: Prov = { id: 'kofi-cr', name: 'Kofi', library: 'HCLS' };
const TAMSIN: Prov = { id: 'tamsin-cr', name: 'Tamsin', library: 'SCL-MD' };
const DEREK: Prov = { id: 'derek-cr', name: 'Derek', library: 'PGCMLS' };
const ANJALI: Prov = { id: 'anjali-cr', name: 'Anjali', library: 'MCPL' };
const HECTOR: Prov = { id: 'hector-cr', name: 'Héctor', library: 'AUN' };
const CELESTE: Prov = { id: 'celeste-cr', name: 'Celeste', library: 'AUN' };
const FELIX: Prov = { id: 'felix-cr', name: 'Felix', library: 'CCPL-CO' };
const NOOR: Prov = { id: 'noor-cr', name: 'Noor', library: 'QACL' };
const ROWAN: Prov = { id: 'rowan-cr', name: 'Rowan', library: 'CCPL-CE' };
const SIMONE: Prov = { id: 'simone-cr', name: 'Simone', library: 'CCPL-CH' };
const ELLIS: Prov = { id: 'ellis-cr', name: 'Ellis', library: 'DCPL' };
const JOLENE: Prov = { id: 'jolene-cr', name: 'Jolene', library: 'ACLS' };
const TRAINEE: Prov = { id: 'trainee-cr', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-cr', name: 'Queue', library: 'VRQ' };
const GWEN: Prov = { id: 'gwen-cr', name: 'Gwen', library: 'WPL' };
const ISAAC: Prov = { id: 'isaac-cr', name: 'Isaac', library: 'AUN' };
const KURT: Prov = { id: 'kurt-cr', name: 'Kurt', library: 'AACPL' };
const LUCY: Prov = { id: 'lucy-cr', name: 'Lucy', library: 'FCPL-MD' };
const BRIDGET: Prov = { id: 'bridget-cr', name: 'Bridget', library: 'AUN' };
const CAMILA: Prov = { id: 'camila-cr', name: 'Camila', library: 'AUN' };
const PENNY: Prov = { id: 'penny-cr', name: 'wcfl_ref2', library: 'WCFL' };

const s = session;

export const CRABS: SessionCase[] = [
  // 01 the plain good session
  s(NAOMI, '01 steaming three dozen crabs for the in-laws: how many and live asked, mdsg.umd.edu + John Shields in the catalogue, "thats everything"', [
    [0, 'p', "hi!! first time hosting a crab feast for my in-laws (they're from dundalk 😬) how do i actually steam blue crabs? do i need a special pot"],
    [22, 'l', "Hi there, thanks for reaching out to Ask Us at the Enoch Pratt Free Library! I'm Naomi, one of the librarians."],
    [29, 'l', "Let's get you ready to impress them. About how many crabs are you planning on, and are you buying them live?"],
    [70, 'p', 'like 3 dozen, live from a place in essex'],
    [79, 'l', "For three dozen you'll want a big pot with a rack or steamer insert, so the crabs sit above the liquid: an inch or two of water and vinegar (some people use beer) underneath. Layer the crabs, shake Old Bay or J.O. on every layer, cover tight and steam 20 to 30 minutes, until they're bright orange all over. Maryland Sea Grant has a how-to with photos, search \"steaming crabs\" at mdsg.umd.edu, and John Shields' Chesapeake Bay Cooking, in our catalog at prattlibrary.org, has a whole chapter on crab feasts."],
    [85, 'l', 'Does that give you what you need for the big day?'],
    [121, 'p', 'yes omg perfect, thats everything. wish me luck lol'],
    [127, 'l', "Good luck, you'll do great! Thanks for chatting with the Pratt, and enjoy the feast 🦀"],
  ], usual()),

  // 02 Spanish, a good session
  s(MARISOL, '02 cómo se come un cangrejo al vapor (Spanish): cooked or not asked, mdsg.umd.edu, "¿Le sirve así?", "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas tardes, compre cangrejos azules al vapor por primera vez y no se como comerlos 😅 como se limpian?'],
    [25, 'l', '¡Buenas tardes y bienvenido a AskUsNow! Le atiende Marisol, bibliotecaria.'],
    [31, 'l', '¿Los cangrejos ya están cocidos, o los va a cocinar usted?'],
    [58, 'p', 'ya estan cocidos, los compre en un puesto en crisfield'],
    [66, 'l', "Perfecto. Primero quite las patas y las pinzas. Dele la vuelta al cangrejo, levante con el dedo o un cuchillo la 'llave' (la tapita de abajo) y separe el caparazón de arriba. Quite las agallas, parta el cuerpo por la mitad y saque la carne de cada cavidad. Maryland Sea Grant tiene una guía con dibujos: busque \"how to pick a crab\" en mdsg.umd.edu. ¿Le sirve así?"],
    [110, 'p', 'si!! muchas gracias, es todo lo que necesitaba'],
    [116, 'l', '¡Con mucho gusto! Gracias por escribir a AskUsNow!, y buen provecho 🦀'],
  ], usual()),

  // 03 pickup at exactly 60 s; a referral by phone
  s(GRAHAM, '03 crabbing off the Sandy Point pier: pickup at exactly 60 s, gear asked, DNR page + Fishing and Boating Services by phone, "no more questions"', [
    [0, 'p', 'do i need a license to crab off the pier at sandy point? just a few hand lines with chicken necks'],
    [60, 'l', 'Good afternoon! This is Graham, a librarian at Anne Arundel County Public Library. Thanks for your patience.'],
    [66, 'l', 'Will it be only hand lines and a dip net, or are you thinking of collapsible traps or a trotline too?'],
    [95, 'p', 'hand lines and a net, maybe 2 traps'],
    [104, 'l', "With hand lines and a dip net from a public pier you generally don't need a recreational crabbing license in Maryland; the license comes in with more gear, like a trotline. There are daily catch limits and size limits, and egg-bearing females always go back. DNR keeps the current rules on its recreational crabbing page, dnr.maryland.gov/fisheries/pages/crabs. To double-check your two traps, call DNR's Fishing and Boating Services at 410-555-0148."],
    [110, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes thank u! no more questions'],
    [145, 'l', 'Wonderful. Enjoy Sandy Point, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(TRISH, '04 bushels for a church feast of 40: "also mediums or larges" at 30, pickup at 61 s, Whitey Schmidt in bcpl.info, "anything else … for Saturday?"', [
    [0, 'p', 'how many bushels of crabs do i need for 40 ppl?? church crab feast saturday'],
    [30, 'p', 'also mediums or larges'],
    [61, 'l', "Hi! I'm Trish at Baltimore County Public Library's Ask a Librarian. Sorry you had to wait."],
    [68, 'l', 'Will crabs be the main thing, or are you serving corn, hot dogs and so on too?'],
    [99, 'p', 'crabs + corn + cole slaw. mostly adults, some big eaters lol'],
    [108, 'l', "A rule of thumb people use is about a dozen crabs for each adult who really eats crabs, and a bushel holds roughly 6 to 7 dozen larges or 7 to 8 dozen mediums. With corn and slaw on the side, 40 adults comes to about 6 bushels of larges, 7 if they're big eaters; larges are less picking for the same meat. Whitey Schmidt's Blue Crabs: Catch 'Em, Cook 'Em, Eat 'Em has a section on throwing a feast, and it's in our catalog at bcpl.info."],
    [114, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yeah thats helpful'],
    [156, 'l', 'Is there anything else I can help with for Saturday?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Have a great feast, and thanks for chatting with us!'],
  ], usual({ pickup: 'fail' })),

  // 05 identified, but no greeting in the first two provider lines
  s(MARCUS, '05 a sponge crab in the Chester River: "Marcus at Kent County Public Library, Ask a Librarian." and a question, no greeting (fail), DNR page', [
    [0, 'p', 'caught a crab today w a big orange spongy thing under it, can i keep it'],
    [18, 'l', 'Marcus at Kent County Public Library, Ask a Librarian.'],
    [24, 'l', 'Were you crabbing in Maryland waters, like the Chester River, or over the line in Delaware?'],
    [52, 'p', 'chester river, off a dock in chestertown'],
    [60, 'l', "That orange mass is a 'sponge': she's a female carrying eggs. Maryland doesn't allow keeping egg-bearing crabs, so she goes back in the water. DNR's blue crab page, dnr.maryland.gov/fisheries/pages/blue-crab, has photos of sponge crabs and the rest of the rules."],
    [66, 'l', 'Did that help?'],
    [90, 'p', 'ya i let her go already lol. thanks thats all i needed'],
    [95, 'l', 'Good call! Thanks for asking, and happy crabbing.'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold and a partial result that goes on: two spans of exactly 120 s
  s(INES, '06 the winter dredge survey for 7th graders: hold at 60, partial result "still looking … bear with me" at 180, answer at 300, dnr + chesapeakebay.net', [
    [0, 'p', "Hi, I'm a teacher in Prince Frederick. Do you know the latest winter dredge survey number for blue crabs in the Bay? For a lesson tomorrow."],
    [20, 'l', "Hello! You've reached Ask a Librarian at Calvert Library."],
    [26, 'l', 'Do you want just the total crab estimate, or the breakdown too (adult females, juveniles)?'],
    [55, 'p', 'total and adult females if you can, 7th graders'],
    [60, 'l', 'Let me check the latest survey release, one moment.'],
    [180, 'l', "I found the Chesapeake Bay Stock Assessment Committee's summary; I'm still looking for the adult female figure on DNR's side, bear with me."],
    [300, 'l', "Here it is: the 2024 survey estimated about 317 million blue crabs in the Bay, with about 133 million spawning-age females. DNR posts the results each spring at dnr.maryland.gov (search 'winter dredge survey'), and the Chesapeake Bay Program's blue crab page at chesapeakebay.net has a chart of every year since 1990 that works well for 7th graders."],
    [306, 'l', 'Does that cover what you need for the lesson?'],
    [340, 'p', "Perfect, thank you! That's all I needed."],
    [346, 'l', 'Glad to help. Good luck with the lesson, and thanks for contacting Calvert Library!'],
  ], usual()),

  // 07 a transfer announced with no note; the receiver 121 s after the announcement
  s(DALE, '07 raw oysters in Ocean City while pregnant: "I\'m transferring you to her, one moment" with no note, Joy 121 s later, cdc.gov/vibrio', [
    [0, 'p', 'is it safe to eat raw oysters in the summer? heading to ocean city and everyone says only months with R'],
    [21, 'l', "Hi, welcome to AskUsNow! My name is Dale and I'm a librarian at Worcester County Library."],
    [27, 'l', "Are you asking mostly about food safety (germs like Vibrio), or about the old 'R months' rule and the harvest seasons?"],
    [60, 'p', "food safety mostly, i'm pregnant so kind of nervous"],
    [66, 'l', "Thanks for telling me. Our health sciences librarian, Joy, is on the service right now and is great with these questions. I'm transferring you to her, one moment please."],
    xfer(70, 'Joy', 'joy-cr'),
    [187, 'l', "Hi, I'm Joy, a health sciences librarian with AskUsNow!. The CDC advises pregnant people to skip raw or undercooked oysters in any month, because of Vibrio and other germs; the 'R month' saying is an old rule of thumb, not a safety guarantee. Fully cooked oysters, fried or steamed until the shells open and then some, are fine. The CDC's page is cdc.gov/vibrio, and MedlinePlus has food safety in pregnancy at medlineplus.gov.", as(JOY)],
    [193, 'l', 'Does that help you decide?', as(JOY)],
    [230, 'p', 'yes, fried it is 😂 thats everything'],
    [236, 'l', 'Ha, good plan. Enjoy Ocean City, and thanks for chatting!', as(JOY)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 08 the answer at once, its only question after the source; goodbye 119 s into the final idle
  s(LENA, '08 leftover steamed crabs in the fridge: answer + foodsafety.gov at once, "Are you planning to turn them into crab cakes?" after it, goodbye at 119 s of idle', [
    [0, 'p', 'how long are steamed crabs good in the fridge? we have a ton left from last night'],
    [16, 'l', 'Hi! This is Lena at Harford County Public Library. Thanks for the question!'],
    [24, 'l', "Cooked crabs keep about 3 to 5 days in the fridge if they went in within two hours of cooking. Picking the meat and keeping it in a sealed container is even better, and for longer you can freeze the picked meat. The government's cold storage chart is at foodsafety.gov (search 'cold food storage chart')."],
    [30, 'l', 'Did that answer what you were wondering? Are you planning to turn them into crab cakes?'],
    [135, 'l', "I'll let you get back to your crabs. Thanks for chatting, and enjoy the leftovers!"],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 09 no source: from memory, an organisation named with no way to reach it
  s(REGGIE, '09 jimmy, sook or sally: the answer from memory, "The Chesapeake Bay Foundation has a lot on crab biology too" (no source)', [
    [0, 'p', 'whats the difference between a jimmy a sook and a sally?? my dad keeps saying it at the crab house'],
    [19, 'l', "Hey there! Reggie here, a librarian at St. Mary's County Library."],
    [25, 'l', 'Is this just for fun, or do you need something you can cite, like for school?'],
    [48, 'p', 'just for fun, want to win the argument haha'],
    [55, 'l', "A jimmy is a male blue crab: the apron underneath is long and narrow, shaped like the Washington Monument. A sook is a grown female, with a wide rounded apron like the Capitol dome, and red tips on her claws. A sally, or she-crab, is a young female whose apron is still a triangle. The Chesapeake Bay Foundation has a lot on crab biology too."],
    [61, 'l', 'Did that help settle it?'],
    [95, 'p', 'YES lol. thats all i needed, ty'],
    [100, 'l', 'Anytime! Thanks for stopping by the chat.'],
  ], usual({ source: 'fail' })),

  // 10 a restatement, books in the catalogue, a referral by e-mail
  s(WENDELL, '10 a book club book about watermen: restatement "So you\'re after …", Beautiful Swimmers in tcfl.org\'s catalogue, CBMM library by e-mail', [
    [0, 'p', "Good morning. I'm looking for something to read about the watermen who crab on the Eastern Shore. Not a cookbook, more their lives and the bay. My book club is reading something local in June."],
    [40, 'l', "Good morning, and welcome to the Talbot County Free Library's chat! I'm Wendell, a reference librarian."],
    [48, 'l', "So you're after a readable nonfiction book about watermen and the blue crab, something a book club could talk about, rather than a guide or a cookbook. Is that right?"],
    [80, 'p', 'Exactly right.'],
    [88, 'l', "The classic is William W. Warner's Beautiful Swimmers: Watermen, Crabs and the Chesapeake Bay, which won the Pulitzer Prize in 1977. We have several copies; search the title in our catalog at tcfl.org. Tom Horton's An Island Out of Time, about Smith Island, is another good pick. If the club would like a speaker, the Chesapeake Bay Maritime Museum's library in St. Michaels takes questions by e-mail at cbmm.library@example.org."],
    [94, 'l', 'Are those the kind of books you had in mind?'],
    [130, 'p', 'Beautiful Swimmers sounds perfect. Thank you.'],
    [136, 'l', 'Is there anything else I can find for you today?'],
    [160, 'p', "No, that's everything. Thanks!"],
    [165, 'l', 'Enjoy the book club, and thank you for contacting us!'],
  ], usual({ referral: 'pass' })),

  // 11 a silent transfer (note only); an offer of more instead of the completeness question
  s(PRISCILLA, '11 Maryland crab soup vs cream of crab: a note to Kofi and a silent transfer, John Shields e-book, "Would you like me to find a slow-cooker version too"', [
    [0, 'p', 'hey whats the difference between maryland crab soup and cream of crab? need to make one for a potluck at work'],
    [24, 'l', 'Hello, this is Priscilla with Howard County Library System. Thanks for writing!'],
    [30, 'l', 'Do you want the history of the two, or mainly a recipe you can make this week?'],
    [58, 'p', "recipe mostly but the difference too lol, coworkers will ask"],
    [63, 'i', 'Kofi, can you take this one? Patron wants MD crab soup vs cream of crab plus a recipe, you taught the cooking class. Thx'],
    xfer(66, 'Kofi', 'kofi-cr'),
    [110, 'l', "Hi there, Kofi here. Maryland crab soup is the red one: a tomato and vegetable broth with Old Bay, crab meat and often claws in the shell. Cream of crab is a rich white soup of milk or cream, butter and lump crab, usually with a splash of sherry. Chesapeake Bay Cooking with John Shields has tested recipes for both, and you can borrow it as an e-book through hclibrary.org > eBooks.", as(KOFI)],
    [116, 'l', "Would you like me to find a slow-cooker version too, since it's for a potluck?", as(KOFI)],
    [150, 'p', "nah that's all I needed, thanks!"],
    [156, 'l', 'Great! Good luck at the potluck, and thanks for chatting.', as(KOFI)],
  ], usual({ complete: 'fail', transfer: 'fail' })),

  // 12 no "anything else"; a referral with no way to reach the party
  s(TAMSIN, '12 the Hard Crab Derby in Crisfield: hardcrabderby.com, "ask the folks at the Crisfield Chamber of Commerce" (no contact), "ok thx", "Come back anytime."', [
    [0, 'p', 'when is the crab derby in crisfield this year and can kids enter crabs in the race'],
    [23, 'l', "Hi! I'm Tamsin, a librarian at Somerset County Library."],
    [29, 'l', 'Do you mean the National Hard Crab Derby over Labor Day weekend?'],
    [50, 'p', 'yes that one'],
    [58, 'l', "It's every Labor Day weekend in Crisfield, with the crab race, crab picking and cooking contests, a parade and a pageant. The schedule and entry rules go up each summer on the derby's site, hardcrabderby.com. As for whether kids can race their own crab, ask the folks at the Crisfield Chamber of Commerce; they run the registration table."],
    [64, 'l', 'Does that help?'],
    [95, 'p', 'ok thx'],
    [100, 'l', 'Have fun at the derby! Come back anytime.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 13 dismissed: a limit of questions
  s(DEREK, '13 crab cakes that hold together, then a list: Mrs. Kitching\'s Smith Island Cookbook, "we only allow three questions per chat … Bye."', [
    [0, 'p', 'hi can u give me a crab cake recipe that doesnt fall apart'],
    [17, 'l', "Hi, welcome to Ask a Librarian at Prince George's County Memorial Library System! I'm Derek."],
    [23, 'l', 'Are you broiling or frying them, and is it lump or backfin?'],
    [50, 'p', 'broiling, backfin'],
    [58, 'l', "Keep the filler small and chill them: a pound of backfin, one egg, a spoonful of mayo, a dab of mustard, Old Bay and a handful of crushed saltines, shaped gently and refrigerated an hour before they go under the broiler. Mrs. Kitching's Smith Island Cookbook has a recipe just like that, and it's in our catalog at pgcmls.info."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'yes! now how about crab dip. and crab pretzels. and how do i pick a crab fast'],
    [96, 'p', 'and whats a good beer with crabs lol'],
    [104, 'l', "Sorry, we only allow three questions per chat and you've used them up, so I'll need to end this one here. Bye."],
    [115, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 the allowed ending; four chats open at once
  s(ANJALI, '14 a Gaithersburg church\'s first crab feast: permits on montgomerycountymd.gov, "several other patrons waiting … log back in later", four open at once', [
    [0, 'p', 'our church in gaithersburg is doing its first crab feast fundraiser. do we need a permit to sell crabs and beer? also where to rent tables, how to price tickets, how many volunteers, and do we need insurance'],
    [20, 'l', 'Hi! Anjali here, librarian at Montgomery County Public Libraries. What a fun project.'],
    [27, 'l', 'Will the feast be on church grounds, and are you selling tickets to the public or only to members?'],
    [60, 'p', 'church parking lot, public tickets'],
    [70, 'l', "Selling food to the public usually takes a temporary food service license, and beer a one-day special event license. The county's steps and application forms for both are on montgomerycountymd.gov (search 'temporary food service' and 'special event license')."],
    [76, 'l', 'Does that answer the permit part?'],
    [110, 'p', 'yes. now tables and tents, ticket prices, volunteers, insurance, and how many bushels'],
    [118, 'l', "Those are all good questions, but I have several other patrons waiting in the queue right now. Please log back in later and we'll happily take the rest one at a time."],
    [130, 'p', 'ok no problem'],
    [135, 'l', 'Thanks for understanding, and good luck with the feast!'],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('a1', 'anjali-cr', -100, 150), other('a2', 'anjali-cr', 10, 400), other('a3', 'anjali-cr', 90, 300)],
  }),

  // 15 Spanish: time is up, no thanks
  s(HECTOR, '15 cangrejos vivos cerca de Langley Park (Spanish): marylandsbest.maryland.gov, "Se le acabó el tiempo de esta sesión. Voy a cerrar el chat."', [
    [0, 'p', 'hola, donde puedo comprar cangrejos vivos cerca de langley park? y cuanto cuesta la docena'],
    [26, 'l', 'Hola, soy Héctor, bibliotecario de AskUsNow!. ¿Busca cangrejos para cocinarlos hoy o para el fin de semana?'],
    [60, 'p', 'para el sabado, una fiesta familiar'],
    [68, 'l', "Muchas marisquerías del condado de Prince George's venden cangrejos vivos por docena o por bushel, y el precio cambia cada semana según la temporada. El sitio Maryland's Best del Departamento de Agricultura, marylandsbest.maryland.gov, tiene un buscador de productores y mercados de mariscos por zona."],
    [74, 'l', '¿Le sirve esa información?'],
    [100, 'p', 'si pero y como se cocinan? y cuantos necesito para 20 personas? y que mas se sirve'],
    [108, 'l', 'Se le acabó el tiempo de esta sesión. Voy a cerrar el chat.'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 16 FU_LIB with no contact anywhere; recorded at 30 h
  s(CELESTE, '16 the first Phillips crab house in Ocean City: phillipsfoods.com, the Pocomoke branch "will follow up with you by next Friday", no e-mail or phone, done at 30 h', [
    [0, 'p', 'hi when did phillips crab house open in ocean city? my grandparents worked there in the 60s'],
    [21, 'l', "Hi! This is Celeste, a librarian with Maryland's AskUsNow! service."],
    [27, 'l', 'Are you hoping for just the year, or for old articles and photos from when your grandparents were there?'],
    [60, 'p', "both if possible!! i'd love photos"],
    [68, 'l', "Phillips began in 1956 as a small crab carry-out in Ocean City, opened by Brice and Shirley Phillips, whose family came from Hoopers Island. The company tells its own history at phillipsfoods.com. For old articles and photos, Worcester County Library's Pocomoke branch keeps local newspaper files that aren't online; I'll pass your question to them and they will follow up with you by next Friday."],
    [74, 'l', 'Does the history page help in the meantime?'],
    [100, 'p', "yes that's great, thank you so much, that's everything!"],
    [105, 'l', "You're welcome, and thanks for chatting!"],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 17 a goodbye 120 s into the final idle, no check-in
  s(FELIX, '17 crab cakes that don\'t taste like stuffing: Maryland\'s Way at carolib.org, "Did that help?", goodbye exactly 120 s later with no check-in', [
    [0, 'p', 'how do u make crab cakes w/o a bunch of bread filler? mine always taste like stuffing'],
    [22, 'l', "Hi there! I'm Felix, librarian at Caroline County Public Library. Happy to help."],
    [28, 'l', 'What kind of crab meat do you usually buy: lump, backfin, or claw?'],
    [57, 'p', 'backfin from the grocery, the plastic tub'],
    [65, 'l', "Use only enough binder to hold it: one egg and a spoonful of mayo per pound, two or three crushed saltines instead of bread, then chill the cakes an hour so they keep their shape. Pick through the tub for shell but keep the lumps whole. The Hammond-Harwood House cookbook Maryland's Way has a classic low-filler version; it's in our catalog at carolib.org. Did that help?"],
    [185, 'l', 'Thanks for chatting, and enjoy the crab cakes!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 a hold after the patron's last line; a check-in; goodbye 121 s after the answer
  s(NOOR, '18 crab "mustard" from the Chester River: hold, mde.maryland.gov at 110, "Are you still there?" at 200, goodbye at 231 (121 s)', [
    [0, 'p', 'is the yellow stuff in crabs (mustard?) safe to eat'],
    [20, 'l', "Hello! Noor here with Queen Anne's County Library's Ask a Librarian."],
    [26, 'l', 'Are these crabs you caught yourself, and if so, where? That makes a difference.'],
    [50, 'p', 'caught them in the chester river near kent island'],
    [56, 'l', "Good to know, let me check the state's advice for that area, one moment."],
    [110, 'l', "The 'mustard' is the crab's hepatopancreas, the organ where contaminants like PCBs build up, so Maryland's Department of the Environment advises not eating it and throwing out the cooking liquid, especially for crabs from certain waters. The fish and crab consumption advisories are at mde.maryland.gov (search 'fish consumption advisories'). Did that answer it?"],
    [200, 'l', 'Are you still there?'],
    [231, 'l', "I'll close this chat now. Thanks for contacting Queen Anne's County Library, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 19 exactly 180 s of final idle: a check-in, then a notice that says goodbye
  s(ROWAN, '19 recreational oysters on the Choptank: dnr.maryland.gov, "Just checking in, are you still there?" at +100, notice with thanks at exactly +180', [
    [0, 'p', 'when does oyster season open for recreational in maryland? wanna try tonging'],
    [18, 'l', 'Hi, this is Rowan at Cecil County Public Library, thanks for the question!'],
    [24, 'l', 'Will you be harvesting from a boat, or wading along the shore?'],
    [46, 'p', 'boat, with my uncle on the choptank'],
    [55, 'l', "Maryland's recreational oyster season generally runs from October through March, with a daily limit per person and a minimum size, and some areas are sanctuaries where no harvest is allowed; parts of the Choptank are among them. DNR posts the current season, limits and sanctuary maps at dnr.maryland.gov/fisheries (Recreational Oyster Harvest). Is that what you needed?"],
    [155, 'l', 'Just checking in, are you still there?'],
    [235, 'l', "It looks like you've been disconnected, so I'm going to end this chat. Thanks for reaching out, and feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 181 s of final idle to endedAt, a check-in only
  s(SIMONE, '20 peelers vs soft crabs in La Plata: chesapeakebay.net, "Are you still with me?" at +104, ended 181 s after the answer with no notice', [
    [0, 'p', 'whats a peeler crab vs a soft crab? saw both on a sign in la plata'],
    [24, 'l', 'Hi! Simone here, librarian at Charles County Public Library.'],
    [30, 'l', 'Are you thinking of buying some to cook, or just curious what the sign meant?'],
    [58, 'p', 'buying to cook prob'],
    [66, 'l', "A peeler is a blue crab that's about to molt; you can spot a pink or red line on the edge of its back fin. A soft crab has just shed its shell and is eaten whole, usually sautéed or fried. Peelers have to molt before they're soft, so they're mostly sold as bait or held until they shed. The Chesapeake Bay Program's blue crab profile at chesapeakebay.net explains the molt stages with photos. Is that what you were after?"],
    [170, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 77 }),

  // 21 a true Lost Call
  s(ELLIS, '21 picking houses on Hoopers Island (Lost Call): greeting only, "Hi, are you still there?" at 160, "It seems you\'ve disconnected … come back anytime!" at 250', [
    [0, 'p', 'are there any crab picking houses still open on hoopers island that do tours'],
    [32, 'l', "Hello, welcome to Ask a Librarian! I'm Ellis at Dorchester County Public Library."],
    [160, 'l', 'Hi, are you still there?'],
    [250, 'l', "It seems you've disconnected, so I'll be closing this chat. You're welcome to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Lost Call after two patron lines and a clarifying question
  s(JOLENE, '22 crabs shipped to Cumberland: "hello?", pickup at 52, a question, "Are you still there?", "lost your connection … come back anytime", coded Lost Call', [
    [0, 'p', "can you get maryland crabs shipped out to cumberland? we're like 3 hours from the bay lol"],
    [40, 'p', 'hello?'],
    [52, 'l', "Hi, thanks for waiting! I'm Jolene, a librarian at Allegany County Library System."],
    [58, 'l', 'Are you looking for live crabs to steam yourself, or crabs that come already steamed and seasoned?'],
    [190, 'l', 'Are you still there?'],
    [243, 'l', "It looks like you may have lost your connection, so I'm going to close this chat now. Please come back anytime if you still need help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (crab feast script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice crab feast question, pls ignore'],
    [12, 'l', 'Practice reply: crab feast tips at dnr.maryland.gov'],
    [25, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 no provider ever joined
  s(QUEUE, '24 borrowing crab traps in Salisbury: no provider ever joined, "anyone??", "nvm", patron left, code null', [
    [0, 'p', 'hi do any libraries in salisbury have crab traps to borrow? like a library of things'],
    [5, 's', 'Thanks for your patience. All librarians are helping other patrons; you are number 4 in line.'],
    [150, 'p', 'anyone??'],
    [230, 'p', 'nvm'],
    left(234),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 FU_ME, e-mail read back, "by Thursday", done at 50 h; "take your time"
  s(GWEN, '25 a grandmother who picked crabs in Crisfield: "No hurry, take your time." (146 s away), 1950 census + Nabb Center, e-mail read back, "by Thursday", done at 50 h', [
    [0, 'p', 'My grandmother picked crabs at a packing house in Crisfield in the 1940s. Is there any way to find records of who worked there?'],
    [24, 'l', "Good afternoon! I'm Gwen, a librarian at Wicomico Public Libraries. What a great family story."],
    [31, 'l', 'Do you know the name of the packing house, or her name at the time (a maiden name)?'],
    [60, 'p', "hold on let me ask my mom, she's in the other room"],
    [66, 'l', 'No hurry, take your time.'],
    [212, 'p', "ok! it was Tyler's? maybe. and her name was Ruth Evans then"],
    [222, 'l', "Thank you! Payroll records from small packing houses rarely survive, but there are good places to look. The 1950 census at 1950census.archives.gov lists occupations, so Ruth Evans may show up as a crab picker in Crisfield. The Edward H. Nabb Research Center at Salisbury University collects Lower Shore business papers, and its finding aids are searchable at salisbury.edu/nabb. I'd also like to go through our Maryland Room's files on Crisfield packing houses for you. Could I e-mail you what I find?"],
    [270, 'p', 'yes please! revans.family@example.net'],
    [278, 'l', "Thanks: revans.family@example.net. I'll send you what I find by Thursday. Does the census link help to start?"],
    [310, 'p', "Yes, I'll start there tonight. That's everything for now, thank you!"],
    [316, 'l', 'My pleasure! Thanks for chatting, and watch your inbox.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 26 FU_LIB, a phone read back, "within 3 days", judged at day 1
  s(ISAAC, '26 a lost 1970s Frederick church cookbook (dad\'s crab soup): worldcat.org, phone read back, "will call you within 3 days", pending at day 1', [
    [0, 'p', 'looking for an old church cookbook from frederick, st johns maybe, 1970s. my dads crab soup recipe was in it and we lost it 😢'],
    [19, 'l', "Hi, and I'm sorry about the lost recipe. This is Isaac with AskUsNow!, Maryland's statewide library chat."],
    [26, 'l', "Do you know the church's full name, and roughly what year the cookbook came out?"],
    [62, 'p', 'st john the evangelist in frederick i think. maybe 1975'],
    [70, 'l', "Church cookbooks often end up in library collections. WorldCat (worldcat.org) lists a few Frederick church cookbooks from the 1970s, and Frederick County Public Libraries' Maryland Room keeps local ones that never made it into WorldCat. I can ask the Maryland Room staff to look for it and call you. What's the best phone number?"],
    [100, 'p', '301-555-0192'],
    [106, 'l', 'Got it, 301-555-0192. Someone from Frederick County Public Libraries will call you within 3 days. Does WorldCat help in the meantime?'],
    [140, 'p', "yes I'll look tonight. thank you, that's all I needed"],
    [146, 'l', "You're very welcome. Thanks for chatting, and I hope the recipe turns up!"],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 1 * DAY }),

  // 27 a promise coded Answered, no time, nothing recorded at day 4
  s(KURT, '27 the 2022 crab low for a college paper: Academic Search Complete + GreenFILE, "I\'ll track down a couple of the articles and email them to you", coded Answered', [
    [0, 'p', 'hi im writing a paper on why the blue crab population crashed in 2022, need some good sources'],
    [21, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Kurt at the Annapolis Library, Anne Arundel County Public Library."],
    [28, 'l', 'What level is the paper (high school, college?) and do you need peer-reviewed articles?'],
    [58, 'p', 'college, at least 3 peer reviewed'],
    [66, 'l', "Start with Academic Search Complete and GreenFILE, both free with your library card at aacpl.net > Research; try blue crab AND Chesapeake AND (abundance OR decline). For background, the Chesapeake Bay Stock Assessment Committee's yearly Blue Crab Advisory Report is posted at chesapeakebay.net."],
    [72, 'l', 'Does that look like what you need?'],
    [100, 'p', 'yes but i cant get into the databases from home, says my card is expired'],
    [108, 'l', "I can't renew a card over chat, but I'll track down a couple of the articles and email them to you. What's your e-mail?"],
    [130, 'p', 'crabpaper.mk@example.com'],
    [136, 'l', 'Thanks! Anything else I can help with?'],
    [160, 'p', 'no thats it thanks'],
    [165, 'l', 'Good luck with the paper, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 28 no codes in the source; a promise to the e-mail on file "by tomorrow"; done late
  s(LUCY, '28 who invented Old Bay (crab feast trivia): ProQuest Historical Newspapers, "to the address on your library account by tomorrow", no codes, done at 75 h', [
    [0, 'p', 'who invented old bay? doing a trivia night at our crab feast'],
    [20, 'l', "Hello and welcome! I'm Lucy, a librarian with Frederick County Public Libraries."],
    [27, 'l', 'Do you want just the short answer for a trivia card, or some fun details too?'],
    [52, 'p', 'short answer + maybe 1 fun fact'],
    [60, 'l', "Old Bay was created in 1939 by Gustav Brunn, a spice merchant who fled Nazi Germany and set up shop across from Baltimore's wholesale fish market. Fun fact: it's named after the Old Bay Line, a steamship line between Baltimore and Norfolk. The Baltimore Sun wrote about him many times; you can read those articles in ProQuest Historical Newspapers through fcpl.org > Research."],
    [66, 'l', 'Does that work for your trivia card?'],
    [95, 'p', 'yes!! love the steamship fact'],
    [101, 'l', "There's a longer Sun feature with an interview with Brunn's son; I'll e-mail it to the address on your library account by tomorrow."],
    [125, 'p', 'awesome thanks, thats all i need!'],
    [130, 'l', "You're welcome, have fun at trivia night, and thanks for chatting!"],
  ], usual({ code: 'na', contact: 'fail', onTime: 'fail' }), {
    resolutionCode: undefined,
    patron: { name: null, email: 'triviaqueen@example.org', phone: null },
    followUps: [{ doneAt: at(75 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 29 a transfer with a notice and a note, to a Spanish-speaking librarian
  s(BRIDGET, '29 soft-shell season for a restaurant cook (partly Spanish): "I\'m transferring you to her now. Un momento", a note why, Camila in Spanish, mdsg.umd.edu', [
    [0, 'p', 'hello, my english not so good. trabajo en un restaurante en ocean city, cuando empieza la temporada de soft crabs y como se limpian?'],
    [20, 'l', "Hi, welcome to AskUsNow! I'm Bridget, a librarian."],
    [25, 'l', "I have a colleague who speaks Spanish and can help you better; I'm transferring you to her now. Un momento, por favor."],
    [28, 'i', 'Camila, Spanish-speaking patron, restaurant cook in OC, wants soft crab season + how to clean them. Can you take it? Thanks!'],
    xfer(31, 'Camila', 'camila-cr'),
    [80, 'l', '¡Hola! Soy Camila, bibliotecaria de AskUsNow!. ¿Necesita la información para la cocina del restaurante, o para comprarlos usted?', as(CAMILA)],
    [110, 'p', 'para la cocina, el jefe me pidio'],
    [118, 'l', 'La temporada de soft crabs en Maryland suele empezar a mediados de mayo, con la primera luna llena, y sigue hasta septiembre. Para limpiarlos: con unas tijeras corte la cara (ojos y boca), levante las puntas del caparazón y quite las agallas, y por último quite la tapita de abajo. La guía de Maryland Sea Grant en mdsg.umd.edu tiene fotos de cada paso. ¿Le sirve?', as(CAMILA)],
    [150, 'p', 'si muy bien, gracias! es todo'],
    [156, 'l', '¡Gracias a usted! Mucho éxito en la cocina 🦀', as(CAMILA)],
  ], usual({ transfer: 'pass' })),

  // 30 three at most, touching ends
  s(PENNY, '30 a 4th grader\'s blue crab life-cycle poster: "You\'re chatting with a librarian from …", chesapeakebay.net + Britannica School, touching ends (three at most)', [
    [0, 'p', "hi my son (4th grade) has to do a poster on the blue crab life cycle. where can we find good pictures and info for kids?"],
    [15, 'l', "Hi there, welcome to AskUsNow! You're chatting with a librarian from Washington County Free Library."],
    [21, 'l', 'Does it need to be printed pictures he can glue on, or is he making it on the computer?'],
    [49, 'p', 'printed, glue on'],
    [57, 'l', "The Chesapeake Bay Program's field guide entry for the blue crab (chesapeakebay.net, search 'blue crab') shows the life cycle: egg, zoea, megalopa, juvenile and adult, with photos that print well. Britannica School, free with his library card at washcolibrary.org > Research, has a kid-level article on crabs with pictures you can print."],
    [63, 'l', 'Does that give you what you need for the poster?'],
    [90, 'p', "yes thank you!! he's excited lol. that's all we needed"],
    [95, 'l', 'Love to hear it! Good luck on the poster, and thanks for chatting with us.'],
  ], usual(), {}, {
    otherIntervals: [other('p1', 'penny-cr', -300, 0), other('p2', 'penny-cr', -50, 60), other('p3', 'penny-cr', 30, 500), other('p4', 'penny-cr', 100, 400)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CRABS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-third round: blue crabs, crab feasts and Chesapeake seafood, checked', () => {
  describeSessions('whole sessions', CRABS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CRABS.filter((c) => c.name in LEFT_WHY));
});
