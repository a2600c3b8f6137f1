/**
 * Eighty-fifth round, theme BOXING, WRESTLING AND MARTIAL ARTS GYMS, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: a 13-year-old starting at a boxing gym (beginner books and safety),
 * taekwondo for a 7-year-old in Wheaton (Spanish), where Sugar Ray Leonard learned to box (Palmer Park), wrapping hands
 * before a first class in Columbia, high school wrestling weight classes and cutting weight, an amateur MMA night at a
 * Frederick gym (State Athletic Commission), Joe Gans's grave and a marker, the order of karate belts, Greco-Roman beside
 * freestyle, an adult judo beginner in Salisbury, a grandfather's Golden Gloves bouts in 1950s Cumberland, a Bruce Lee
 * article in 1971 Black Belt magazine, photos of Mack Lewis's gym in East Baltimore, getting out of a kickboxing gym
 * contract (the health club law), capoeira on Saturdays in Hyattsville (Spanish), dating a Catholic school wrestling team
 * photo, a falling-apart copy of "Aikido and the Dynamic Sphere", a nervous first-timer at an Annapolis boxing gym, gentle
 * self-defence for a 72-year-old in Easton, a practice chat, lucha libre books (Spanglish, nobody answered), opening a BJJ
 * gym in California MD, choosing a martial art for a 9-year-old with ADHD, Civic Center fight cards in 1969, Chinese-language
 * tai chi and wing chun books in Rockville, Rock Steady Boxing near Aberdeen, hanging a heavy bag from rowhouse joists, the
 * Naval Academy's Brigade Boxing finals, disinfecting wrestling mats after ringworm, and women's wrestling at the Olympics.
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s75/boxing-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup and greeting: pickup at exactly 60 s (03: pass) and at 61 s after the patron's "anyone there?" (04: fail);
 *   `pickedUpAt` at 45 s with the first visible line at 75 s (12: pass on the recorded pickup); no provider ever, only a
 *   queue line (21: fail); greetings "Hi, and thanks for contacting Ask a Librarian at the Enoch Pratt Free Library! I'm
 *   Denise." (01), Spanish "¡Buenas tardes! Le atiende Marisol, bibliotecaria …" (02) and "¡Hola! Soy Pilar, bibliotecaria
 *   …" (15), "Hi there! Thanks for reaching out." with no one named in the first two lines, only the screen name (05: fail),
 *   "Jasmine, librarian at Wicomico Public Libraries." with no greeting word (10: fail), the service alone "Hi there, you've
 *   reached the AskUsNow! chat." (27: pass), "Good evening" (28, 30), "Hello, you've reached Greg at AskUsNow!" (25);
 *  inquiry: the reader and the purpose (01), first time or not (02), report length and database (03), wrap type (04), public
 *   or club team (05), audience or members only (06), visit or writing (07), watching or trying (09), competitive or fitness
 *   (10), the fighter's name and years (11), year and title (12), decades and reprint rights (13), when the contract was
 *   signed (14), evenings or weekends (15), writing on the photo (16), home library (17), gentle or hard (19), LLC or idea
 *   stage (22), what matters most (23), fighter or venue (24), where grandpa lives (25), how far he can travel (26), joist
 *   size (27), a restatement with no question ("So you'd like to know whether …", 28), mat type and disinfectant (29),
 *   freestyle or any style (30); the belt order given at once and a question only after it (08: fail);
 *  waits: two holds of exactly 120 s each ("Let me look up … one moment." then "Still searching — … I've found the amateur
 *   section …") (06: pass); a partial answer ending "Let me check whether there's a marker for him, one moment." answered
 *   121 s later (07: fail); a hold while periodicals staff are asked, answered in 74 s (12); "Sure, take your time." and the
 *   patron back 237 s later (16: waiting on the patron); a transfer announcement answered by the receiver 44 s (24) and 43 s
 *   (25) later; a silent transfer, the receiver 125 s after the patron's last line (26: fail); a patron line before a 61 s
 *   pickup (04: pickup's wait alone);
 *  endings: a true Lost Call, greeting at 30, "Are you still there?" at 150, "It looks like you've been disconnected, so I'll
 *   end this chat now. Feel free to come back anytime!" at 210 (18: final idle exactly 180 s, idle and notice pass); a Lost
 *   Call after two patron lines, "Hi, are you still there?" and a notice that thanks, 181 s after the answer (19: code fails);
 *   a goodbye 119 s after the answer (09: idle na), 121 s after with no check-in (11: fail); "Still there?" and a goodbye
 *   180 s after an "anything else?" (29: idle passes, notice fails); "Sorry, you've hit the limit of three questions per
 *   chat. Bye." (22: dismissal fails, courteous passes); "there are several other patrons waiting … Please log back on later"
 *   (23: allowed) and the patron's "that's all for today then"; an offer of something more and the patron's "ok cool thanks 👍"
 *   as the last line (30: completeness, anything else and courteous fail); patron-side "thats everything" (01, 26), "eso es
 *   todo, no necesito mas" (02), "no more questions" (24), "es todo" (15), "thats all i needed" (06, 07, 16), "thats all we
 *   needed" (25), "thats everything i need" (12), "thats all for now" (13), and "ok yes thank u", "yeah it was", "ok thx",
 *   "yep thanks" that do not count on their own;
 *  sources: prattlibrary.org's catalogue and healthychildren.org (01), montgomerycountymd.gov/rec (02), Biography in Context
 *   and Britannica School (03), the catalogue at hclibrary.org (04), mpssaa.org and nfhs.org (05), the Commission's page on
 *   labor.maryland.gov (06), hmdb.org and "The Longest Fight" (07), britannica.com (08), usajudo.com (10), NewspaperArchive
 *   (11), books.google.com (12), ProQuest Historical Newspapers (13, 24), marylandattorneygeneral.gov (14), pgparks.com (15),
 *   Ancestry Library Edition (16), MARINA at marina.info (17), talbotcountymd.gov (19), businessexpress.maryland.gov and Gale
 *   Business: Plan Builder (22), Health & Wellness Resource Center and kidshealth.org (23), the MCPL catalogue (25),
 *   rocksteadyboxing.org (26), Home Improvement Reference Center (27), usna.edu (28), nfhs.org and cdc.gov (29), uww.org (30);
 *   none, the rules from memory (09: fail);
 *  referrals: the county recreation department by phone in Spanish (02: pass); a judo instructor by e-mail and "stop in at
 *   the Y … and ask" with no way to reach it (10: fail, every party needs one); the county historical society by street
 *   address (11: pass); the Attorney General's hotline by phone (14: pass); the Academy's ticket office by e-mail and phone
 *   (28: pass); not referrals: periodicals staff asked on the patron's behalf (12), a branch colleague asked to phone the
 *   patron (15), websites and guides to use (most), transfers (24-26);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (13: pass); a promise to e-mail the statute
 *   "tomorrow", e-mail read back, coded Answered, judged at day 1 (14: code fails, contact passes, on_time pending); FU_LIB in
 *   Spanish, a phone typed with spaces and read back with dashes, no time given, done at 26 h (15: contact fails, on_time
 *   passes); FU_ME, e-mail read back, "within 72 hours", done 73 h after `endedAt` (16: on_time fails); FU_ME, "get back to
 *   you by Monday", the e-mail only in `patron.email`, nothing recorded at day 4 (17: code passes, contact and on_time fail);
 *  codes: a true Lost Call (18); a Lost Call after two patron lines (19: fail); Lost Call when no provider joined and the
 *   patron sent one line (21: pass); no code field at all (08: na); null (29); "" (30); Practice (20);
 *  transfers: a notice (a hold) and an internal note saying why, both before (24: pass); the notice before, the note only
 *   after the transfer (25: fail); a note only, no word to the patron (26: fail);
 *  concurrency: three others overlapping, four open at once from 30 s to 124 s (27: fail); one ending exactly at
 *   `startedAt`, two overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup ("or `pickedUpAt` when the source system records it"): 45 s,
 *   pass, though the first visible line came at 75 s (12);
 * - a greeting needs a greeting word and an identification in the text: "Jasmine, librarian at Wicomico Public Libraries."
 *   identifies without greeting (10: fail); "Hi there! Thanks for reaching out." greets, but the screen name "Rob" is not an
 *   identification in the text (05: fail); "you've reached the AskUsNow! chat" names the service, enough (27);
 * - "He was: Joe Gans grew up in Baltimore … Let me check whether there's a marker for him, one moment." gives a partial
 *   result and says the search goes on: a hold, so the span runs to the next provider line 121 s later (07: fail);
 *   "Still searching — … I've found the amateur section and I'm checking …" likewise (06);
 * - a transfer announcement ("I'm transferring you to her now; hang on a moment.") is a hold (25), and it is the visible
 *   notice; an internal note written after the system transfer event is not "before the transfer" (25: fail);
 * - a question asked only after the first source ("Is he at a dojo in town, or one of the after-school programs?") does not
 *   satisfy inquiry.clarify (08: fail);
 * - "So you'd like to know whether the public can get into this winter's Brigade finals, and bring kids." restates the
 *   question (28: pass);
 * - "Mount Auburn Cemetery", "the Talbot Senior Center" named without being told to contact or visit them are neither
 *   sources nor referrals (07, 19);
 * - "Is that enough to get you going?", "Does that look like what she'd want?", "In the meantime, does the ProQuest search
 *   help you get started?", "Does the yearbook idea help for now?", "Does that answer what you were worried about?", "¿Le
 *   sirvió la página de pgparks.com?" ask whether what was given meets the need; "would that help?" about a list not yet made
 *   (16) and "Want me to find the list of U.S. women medalists too?" (30) ask about something not yet given;
 * - an offer of one particular further thing ("Want me to find the list … too?") does not ask whether the patron needs
 *   anything else (30: fail); "oh ok no problem, thats all for today then" says on the patron's own that they are done (23),
 *   as do "eso es todo, no necesito mas" (02) and "es todo" (15); "ok cool thanks 👍" does not (30);
 * - "Sorry, you've hit the limit of three questions per chat. Bye." tells the patron they reached a limit (22: dismissal
 *   fails) while its "Bye." is a goodbye (22: courteous passes);
 * - "It looks like you've been disconnected, so I'll end this chat now. Feel free
 *   to come back anytime!" is both the disconnect notice and a goodbye (invites back, asks nothing), so the final idle ends
 *   there (18: exactly 180 s, notice applies and passes);
 * - "Thanks for chatting, and good luck with the season!" 180 s after the last non-hold provider line is a goodbye sent
 *   during a final idle of exactly 180 s, which neither says the patron seems disconnected nor that the chat will end (29:
 *   disconnect fails);
 * - a resolution code left out (the field undefined) is "a field left out": the source has no codes (08: na);
 * - "I'll double-check which copies can actually be lent and get back to you by Monday" is a promise to find more later (17:
 *   a follow-up session); "Puedo pedirle a una compañera de allá que la llame" one that someone from the patron's library will
 *   contact them (15);
 * - a follow-up recorded 73 h after `endedAt` is later than `followUpHours` (16: fail);
 * - "stop in at the Y on the east side of town and ask …" tells the patron to visit an organisation with no way to reach it,
 *   so not every party has one (10: fail), though the judo instructor beside it has an e-mail;
 * - "The Attorney General's Consumer Protection Division … you can call their hotline at 410-555-0131" is a referral with a
 *   phone (14).
 * - "Good luck with the gym, take care!" says goodbye (14); "Thanks, have a great day!" thanks the patron (23).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (01, 10, 14, 19). Label corrections: none (each disagreement reread against
 * RUBRIC.md; every label stood).
 * Final: 26 running, 4 LEFT (LEFT_WHY: a website the AAP publishes read as a referral, 01; "stop in at the Y … and ask",
 * a second party with no way to reach it, not seen beside an e-mailed instructor, 10; "I'll … e-mail it to you tomorrow"
 * not read as a promise of a follow-up, 14; "Does that look like what she'd want?" not read as the completeness question,
 * 19).
 * NOTE (rubric v73, block AM): 10 runs now ("or stop in at the Y on the east side of town and ask …", a second party with no
 *   way, AM1) and 19 ("Does that look like what she'd want?", AM6): 28 running, 2 LEFT (01, 14).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DENISE: Prov = { id: 'denise-bx', name: 'Denise', library: 'EPFL' };
const MARISOL: Prov = { id: 'marisol-bx', name: 'Marisol', library: 'MCPL' };
const TERRENCE: Prov = { id: 'terrence-bx', name: 'Terrence', library: 'PGCMLS' };
const KELSEY: Prov = { id: 'kelsey-bx', name: 'Kelsey', library: 'HCLS' };
const ROB: Prov = { id: 'rob-bx', name: 'Rob', library: 'AACPL' };
const FARID: Prov = { id: 'farid-bx', name: 'Farid', library: 'FCPL-MD' };
const GWEN: Prov = { id: 'gwen-bx', name: 'Gwen', library: 'BCPL' };
const HANNAH: Prov = { id: 'hannah-bx', name: 'Hannah', library: 'WCFL' };
const IVAN: Prov = { id: 'ivan-bx', name: 'Ivan', library: 'CCPL-MD' };
const JASMINE: Prov = { id: 'jasmine-bx', name: 'Jasmine', library: 'WPL' };
const KYLE: Prov = { id: 'kyle-bx', name: 'Kyle', library: 'ACLS' };
const LENA: Prov = { id: 'lena-bx', name: 'Lena', library: 'HCPL-MD' };
const NADIA: Prov = { id: 'nadia-bx', name: 'Nadia', library: 'EPFL' };
const OMAR: Prov = { id: 'omar-bx', name: 'Omar', library: 'AUN' };
const PILAR: Prov = { id: 'pilar-bx', name: 'Pilar', library: 'PGCMLS' };
const QUENTIN: Prov = { id: 'quentin-bx', name: 'Quentin', library: 'BCPL' };
const ROSALIND: Prov = { id: 'rosalind-bx', name: 'Rosalind', library: 'AUN' };
const SOFIA: Prov = { id: 'sofia-bx', name: 'Sofia', library: 'AACPL' };
const TOM: Prov = { id: 'tom-bx', name: 'Tom', library: 'TCFL' };
const TRAINEE: Prov = { id: 'trainee-bx', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-bx', name: 'Queue', library: 'VRQ' };
const VINCE: Prov = { id: 'vince-bx', name: 'Vince', library: 'SMCL' };
const WENDY: Prov = { id: 'wendy-bx', name: 'Wendy', library: 'CCPL-CA' };
const ALMA: Prov = { id: 'alma-bx', name: 'Alma', library: 'AUN' };
const RAY: Prov = { id: 'ray-bx', name: 'Ray', library: 'EPFL' };
const GREG: Prov = { id: 'greg-bx', name: 'Greg', library: 'AUN' };
const MEI: Prov = { id: 'mei-bx', name: 'Mei', library: 'MCPL' };
const UMA: Prov = { id: 'uma-bx', name: 'Uma', library: 'AUN' };
const DEREK: Prov = { id: 'derek-bx', name: 'Derek', library: 'HCPL-MD' };
const XAVIER: Prov = { id: 'xavier-bx', name: 'Xavier', library: 'AUN' };
const YVONNE: Prov = { id: 'yvonne-bx', name: 'Yvonne', library: 'AACPL' };
const ZOE: Prov = { id: 'zoe-bx', name: 'Zoe', library: 'RELGC' };
const ABE: Prov = { id: 'abe-bx', name: 'Abe', library: 'DCPL' };

const s = session;

export const BOXING: SessionCase[] = [
  // 01 the plain good session
  s(DENISE, '01 a 13-year-old starting at a boxing gym: reader asked, catalogue subject search + healthychildren.org, "thats everything"', [
    [0, 'p', 'hi my son is 13 and wants to start boxing at a gym near us. do yall have books for beginners? and is it even safe at that age lol'],
    [21, 'l', "Hi, and thanks for contacting Ask a Librarian at the Enoch Pratt Free Library! I'm Denise."],
    [27, 'l', 'Happy to help with both. Would he be reading the books himself, or are they more for you as the parent?'],
    [66, 'p', 'both i guess. he reads ok, i want the safety stuff'],
    [75, 'l', "For him: search our catalog at prattlibrary.org for the subject \"Boxing -- Training\" and filter to Teen; there are a few illustrated beginner guides, and you can place a hold and pick them up at your branch. For you: the American Academy of Pediatrics has parent pages on kids and contact sports at healthychildren.org, and Health & Wellness Resource Center (prattlibrary.org > Research) has articles on youth boxing and head injuries."],
    [82, 'l', 'Does that cover both things you were after?'],
    [118, 'p', 'yes thats perfect, thats everything. thank you!!'],
    [124, 'l', "You're welcome! Good luck to your son, and thanks for chatting with us."],
  ], usual()),

  // 02 Spanish: the county recreation department by phone
  s(MARISOL, '02 clases de taekwondo para niña de 7 años en Wheaton (Spanish): "¡Buenas tardes! Le atiende Marisol", Recreation by phone, "eso es todo"', [
    [0, 'p', 'hola buenas tardes, busco clases de taekwondo para mi hija de 7 años cerca de wheaton, que no sean muy caras'],
    [24, 'l', '¡Buenas tardes! Le atiende Marisol, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [30, 'l', '¿Su hija ya tomó clases antes, o sería la primera vez?'],
    [62, 'p', 'primera vez. y trabajo hasta las 6 entonces tendria que ser en la tarde-noche'],
    [71, 'l', 'El Departamento de Recreación del condado ofrece taekwondo para principiantes en el centro comunitario de Wheaton, casi siempre después de las 6 p. m. y más barato que un gimnasio privado. Puede llamarlos al 240-555-0188 para preguntar si hay cupo e inscribirla; el catálogo de actividades también está en montgomerycountymd.gov/rec.'],
    [78, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si mil gracias!! eso es todo, no necesito mas'],
    [126, 'l', '¡De nada! Gracias por comunicarse con nosotros y mucha suerte a su hija 🥋'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(TERRENCE, '03 where Sugar Ray Leonard learned to box (report): pickup at exactly 60 s, Biography in Context, "Is that enough to get you going?"', [
    [0, 'p', 'i have a report on sugar ray leonard, where did he learn to box? my teacher said a rec center in maryland??'],
    [60, 'l', "Hello! Terrence here, a librarian with Prince George's County Memorial Library System."],
    [66, 'l', 'How long does the report need to be, and does your teacher want print sources, or are websites fine?'],
    [100, 'p', '2 pages, websites ok but 1 has to be from a database'],
    [109, 'l', "Your teacher's right: he learned at the Palmer Park recreation center in Prince George's County, coached by Dave Jacobs and Janks Morton, before his Olympic gold in 1976. For the database source, try Biography in Context or Britannica School under Research at pgcmls.info and search \"Leonard, Sugar Ray\"."],
    [115, 'l', 'Is that enough to get you going?'],
    [150, 'p', 'yea thx'],
    [154, 'l', 'Anything else I can help with for the report?'],
    [175, 'p', 'no thats it'],
    [180, 'l', 'Good luck with it, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 04 pickup at 61 s
  s(KELSEY, '04 wrapping hands before a first class in Columbia: "anyone there?" at 30, pickup at 61 s, cloth or gel asked, catalogue', [
    [0, 'p', 'how do you wrap your hands for boxing?? starting at a gym in columbia next week'],
    [30, 'p', 'anyone there?'],
    [61, 'l', "Hi, sorry to keep you waiting! I'm Kelsey, a librarian at Howard County Library System."],
    [67, 'l', 'Do you have the long cloth wraps (around 180 inches), or the slip-on gel kind?'],
    [95, 'p', 'cloth ones, 180'],
    [104, 'l', "Thumb through the loop, go around the wrist three or four times, then around the knuckles three or four times, weave between the fingers in an X, come back to the wrist and close the velcro there. Most of the boxing training guides in our catalog (hclibrary.org, search \"boxing training\") show it step by step with photos."],
    [110, 'l', 'Did that help?'],
    [140, 'p', 'ya'],
    [144, 'l', 'Anything else before your first class?'],
    [160, 'p', 'nah'],
    [165, 'l', 'Have fun at your first class, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 a greeting that names no one
  s(ROB, '05 HS wrestling weight classes, cutting weight: "Hi there! Thanks for reaching out." with no name (screen name only), mpssaa.org', [
    [0, 'p', 'how many weight classes are there in hs wrestling in md? my kid is cutting weight and im worried'],
    [18, 'l', 'Hi there! Thanks for reaching out.'],
    [24, 'l', 'Is he wrestling for a public high school team, or a private club?'],
    [55, 'p', 'public, annapolis area'],
    [63, 'l', "Maryland public schools wrestle under the NFHS rules: 14 weight classes from 106 to 285 lb, and each wrestler gets a minimum weight from a body-fat assessment, with a limit on how much can be lost per week. The MPSSAA wrestling page at mpssaa.org has the current handbook, and nfhs.org explains the weight management program."],
    [70, 'l', 'Does that answer what you were worried about?'],
    [105, 'p', 'yes a lot actually. thank u'],
    [110, 'l', 'Can I help with anything else?'],
    [125, 'p', 'no thats all'],
    [130, 'l', 'Good luck to him this season. Take care, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s
  s(FARID, '06 an amateur MMA night at a Frederick gym: hold at 64, "Still searching" at 184, answer at 304 (two spans of exactly 120 s)', [
    [0, 'p', 'hey, our gym in frederick wants to do an amateur mma night. what are the rules in maryland for that'],
    [20, 'l', "Hi! Farid here, librarian with Frederick County Public Libraries' Ask a Librarian."],
    [26, 'l', 'Will it be a card with a paying audience, or sparring just for your members?'],
    [58, 'p', 'audience, tickets, the whole thing'],
    [64, 'l', "Let me look up the Maryland State Athletic Commission's rules, one moment."],
    [184, 'l', "Still searching — the regulations are long; I've found the amateur section and I'm checking what a promoter has to file."],
    [304, 'l', "OK: a combat sports card in Maryland with a paying audience falls under the State Athletic Commission, which licenses the promoter and requires medical clearance for every fighter before the event. The Commission's page, labor.maryland.gov/license/athletic, has the regulations and the promoter forms."],
    [310, 'l', 'Does this completely answer your question?'],
    [350, 'p', 'yeah thats great, thats all i needed'],
    [356, 'l', 'Great — good luck with the show, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 07 a partial answer that says the search goes on, answered 121 s later
  s(GWEN, '07 Joe Gans\'s grave and a marker: a partial answer "Let me check … one moment" answered 121 s later, hmdb.org + "The Longest Fight"', [
    [0, 'p', 'was joe gans from baltimore? is there a marker or anything for him'],
    [17, 'l', "Hello, this is Gwen with Baltimore County Public Library's Ask a Librarian. Nice question!"],
    [23, 'l', "Are you looking for a place to visit, or for information for something you're writing?"],
    [50, 'p', 'place to visit, me and my dad are into boxing history'],
    [57, 'l', "He was: Joe Gans grew up in Baltimore, and in 1902 he became the first African American world boxing champion, at lightweight. He's buried at Mount Auburn Cemetery in Baltimore. Let me check whether there's a marker for him, one moment."],
    [178, 'l', "Thanks for waiting! Search \"Joe Gans\" at hmdb.org, the Historical Marker Database, to see the markers and plaques people have logged for him, with photos and directions. And William Gildea's book The Longest Fight: In the Ring with Joe Gans is in our catalog at bcpl.info."],
    [184, 'l', 'Did that help?'],
    [220, 'p', "yes!! we didnt know about the book, that's all I needed"],
    [226, 'l', 'Enjoy the book, and thanks for chatting — bye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source; no code field
  s(HANNAH, '08 the order of karate belts: the answer at once, a question only after it, britannica.com, no resolution code field', [
    [0, 'p', 'what order do karate belts go in?? my nephew just got orange and idk if thats good lol'],
    [15, 'l', 'Hi! Welcome to Ask a Librarian, this is Hannah at Washington County Free Library.'],
    [22, 'l', "It differs from one dojo and style to the next, but a common order is white, yellow, orange, green, blue, purple, brown, then black, so orange is usually the second step up. Nice! Britannica's article on karate at britannica.com explains the kyu and dan ranks, which go back to judo's founder Jigoro Kano."],
    [28, 'l', 'Does that answer your question?'],
    [55, 'p', 'yes lol ok hes doing good then'],
    [61, 'l', 'Is he at a dojo in town, or in one of the after-school programs?'],
    [80, 'p', 'a dojo in hagerstown, why?'],
    [86, 'l', "Just because school programs often use fewer colours, so it's worth checking his own dojo's chart. Anything else I can look up for you?"],
    [100, 'p', 'nope thats it, thanks!'],
    [105, 'l', 'Tell him congrats from us! Bye now.'],
  ], usual({ clarify: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 09 no source; a goodbye 119 s after the answer
  s(IVAN, '09 Greco-Roman or freestyle: the difference from memory with no source, "Does that answer it?", goodbye 119 s after the answer', [
    [0, 'p', 'whats the difference between greco roman and freestyle wrestling'],
    [19, 'l', 'Hello, Ivan at Carroll County Public Library here.'],
    [25, 'l', 'Are you watching a match, or thinking of trying one of them?'],
    [50, 'p', 'watching the olympic trials on tv lol'],
    [58, 'l', "In Greco-Roman you can't attack the legs or use your own legs to trip or lift, so every hold is above the waist. In freestyle you can shoot for the legs and use them in takedowns. That's why Greco looks like a lot of upper-body clinching and big throws. Does that answer it?"],
    [177, 'l', 'Thanks for chatting, and enjoy the matches!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 no greeting word; two parties, one without a way to reach it
  s(JASMINE, '10 an adult judo beginner in Salisbury: "Jasmine, librarian at …" (no greeting), usajudo.com, an instructor by e-mail and "stop in at the Y"', [
    [0, 'p', 'r there any judo clubs in salisbury? adult beginner, im 45'],
    [23, 'l', 'Jasmine, librarian at Wicomico Public Libraries.'],
    [29, 'l', 'Are you after something competitive, or more for fitness and fun?'],
    [60, 'p', 'fitness mostly, dont want to get thrown around too hard lol'],
    [68, 'l', "USA Judo's club finder at usajudo.com lets you search by zip code and shows each club's class times. Two local options: e-mail the head instructor of the Delmarva Judo Club at sensei.delmarva@example.org and ask about the adult beginner class, or stop in at the Y on the east side of town and ask whether their judo program still takes adults."],
    [74, 'l', 'Was that helpful?'],
    [105, 'p', 'yeah it was'],
    [110, 'l', 'Anything else I can help with today?'],
    [125, 'p', 'nope'],
    [130, 'l', 'Have fun on the mat, bye!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 11 a referral by street address; a goodbye 121 s after the answer, no check-in
  s(KYLE, '11 grandad\'s Golden Gloves bouts in 1950s Cumberland: NewspaperArchive, the historical society by address, goodbye 121 s later', [
    [0, 'p', 'my grandad fought golden gloves in cumberland in the 50s. any way to find newspaper write ups of his fights?'],
    [22, 'l', "Hello! Kyle here, I'm a librarian at Allegany County Library System."],
    [28, 'l', 'What was his name, and do you know roughly which years?'],
    [75, 'p', 'Earl Shank, 1953-56 i think'],
    [83, 'l', "The Cumberland papers covered the Golden Gloves cards; they're searchable in NewspaperArchive, free with your card through alleganycountylibrary.info > Research. For programs and clippings that never went online, visit the Allegany County Historical Society, 218 Washington Street, Cumberland, MD 21502, and ask what they have on the local tournaments. Is that what you were hoping for?"],
    [204, 'l', 'Thanks for chatting, and I hope you find his bouts!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 pickedUpAt 45, first line 75; a colleague asked on the patron's behalf
  s(LENA, '12 a Bruce Lee article in 1971 Black Belt: pickedUpAt 45 (first line 75), periodicals asked, books.google.com, "thats everything i need"', [
    [0, 'p', 'do you guys have old black belt magazines? looking for a bruce lee article from like the early 70s'],
    [75, 'l', 'Hi, and thanks for waiting! Lena here, a librarian at Harford County Public Library.'],
    [81, 'l', 'Do you know the year, or the title of the article?'],
    [110, 'p', 'i think 1971? something about jeet kune do'],
    [116, 'l', 'Let me ask our periodicals staff whether we kept any print issues, one moment.'],
    [120, 'i', 'Mo, any print Black Belt magazine from 1971-72 in storage? Patron on chat wants a Bruce Lee article.'],
    [190, 'l', "Mo in Periodicals says we never kept the print copies, but Black Belt's back issues are free to read on Google Books: go to books.google.com, search \"Black Belt magazine 1971\", and browse the issues. Lee's \"Liberate Yourself from Classical Karate\" is in the September 1971 issue."],
    [196, 'l', 'Is that what you were looking for?'],
    [240, 'p', 'oh wow yes, google books has the whole thing?? thats everything i need thank you'],
    [246, 'l', 'It does! Enjoy the reading, and thanks for chatting with us.'],
  ], usual(), { pickedUpAt: at(45) }),

  // 13 FU_ME, e-mail read back, "by Thursday", done at 30 h
  s(NADIA, '13 photos of Mack Lewis\'s gym for a newsletter: ProQuest, photo files promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', "hi! im writing a piece for my neighborhood newsletter about mack lewis's boxing gym on broadway. any old photos?"],
    [20, 'l', "Hi there, I'm Nadia, a librarian at the Enoch Pratt Free Library. What a great subject!"],
    [26, 'l', 'Which decades are you most interested in, and do you need photos you can reprint?'],
    [70, 'p', "60s-80s mainly. and yes we'd want to print 1 or 2"],
    [78, 'l', "The Afro-American covered the gym for decades; you can search it in ProQuest Historical Newspapers (prattlibrary.org > Research) for \"Mack Lewis\". Reprint rights are the tricky part, so I'd like to check our Special Collections photo files, which we can sometimes license. Could I e-mail you what I find?"],
    [110, 'p', 'that would be amazing. its b.hollins@example.net'],
    [116, 'l', "Thanks — b.hollins@example.net. I'll e-mail you by Thursday with what's in our files and how reprint permission works."],
    [122, 'l', 'In the meantime, does the ProQuest search help you get started?'],
    [150, 'p', 'yes definitely. thats all for now, thank you!'],
    [156, 'l', 'My pleasure, thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise coded Answered; a referral by phone
  s(OMAR, '14 out of a kickboxing gym contract (moved 30 miles): the AG hotline by phone, "e-mail it to you tomorrow", coded Answered, day 1', [
    [0, 'p', 'i signed up at a kickboxing gym in glen burnie and now i want out of the contract, they say i owe 6 more months. is that legal in md???'],
    [19, 'l', "Hi, thanks for contacting AskUsNow! This is Omar, a librarian. I can point you to information, though I can't give legal advice."],
    [25, 'l', 'Did you sign up in the last few days, or has it been a while?'],
    [50, 'p', 'like 4 months ago. i moved 30 miles away tho'],
    [58, 'l', "Maryland has a health club services law with rules on cancelling, including when a member moves far away. The Attorney General's Consumer Protection Division explains it at marylandattorneygeneral.gov (search \"health club\"), and you can call their hotline at 410-555-0131 to ask about your contract or file a complaint."],
    [64, 'l', "I'll also pull the text of the law itself from the Maryland Code and e-mail it to you tomorrow, so you can show the gym. What's a good e-mail?"],
    [90, 'p', 'jess.k.runs@example.com'],
    [95, 'l', 'Got it, jess.k.runs@example.com. Is there anything else I can help with?'],
    [110, 'p', 'no thats it, thank you so much'],
    [115, 'l', 'Good luck with the gym, take care!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending', referral: 'pass' })),

  // 15 FU_LIB in Spanish, a phone, no time, done at 26 h
  s(PILAR, '15 capoeira los sábados en Hyattsville (Spanish): pgparks.com, a branch colleague to call her, phone read back, no time, done at 26 h', [
    [0, 'p', 'hola buenas, ustedes saben si hay clases de capoeira para adultos en hyattsville o langley park?'],
    [26, 'l', "¡Hola! Soy Pilar, bibliotecaria del sistema de bibliotecas del condado de Prince George's. Con gusto le ayudo."],
    [32, 'l', '¿Busca clases entre semana en la noche, o el fin de semana?'],
    [60, 'p', 'fin de semana, sabado de preferencia'],
    [68, 'l', 'El catálogo de programas de Parques y Recreación del condado (M-NCPPC) está en pgparks.com; busque "capoeira" o "martial arts" para ver las clases y en qué centros comunitarios se dan.'],
    [75, 'l', 'Además, la sucursal de Hyattsville tiene un tablero con clases de la comunidad. Puedo pedirle a una compañera de allá que la llame con lo que tengan. ¿Me da su número?'],
    [110, 'p', '301 555 0147'],
    [116, 'l', 'Perfecto: 301-555-0147. ¿Le sirvió la página de pgparks.com?'],
    [145, 'p', 'si, gracias. es todo'],
    [150, 'l', '¡Gracias a usted por escribirnos! Que le vaya bien.'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(26 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 16 FU_ME done 73 h after endedAt; "take your time"
  s(QUENTIN, '16 dating a Mount St. Joseph wrestling team photo: "Sure, take your time." (237 s away), e-mail read back, "within 72 hours", done at 73 h', [
    [0, 'p', 'i have an old team photo from my dads wrestling team at a baltimore catholic high school, no date on it. any way to figure out the year?'],
    [18, 'l', 'Good morning! This is Quentin, a librarian at Baltimore County Public Library.'],
    [24, 'l', "Is there anything written on the photo or the frame, like a coach's name or a banner?"],
    [48, 'p', 'hang on let me go get it from the attic'],
    [53, 'l', 'Sure, take your time.'],
    [290, 'p', 'ok got it. banner says MSJ and theres a coach in a sweater, back says "Varsity" in pencil'],
    [298, 'l', "MSJ is most likely Mount St. Joseph in Irvington. Yearbooks are the best way to date it: many are in Ancestry's U.S. School Yearbooks collection, free on any library computer through Ancestry Library Edition. I can also check which years of the MSJ yearbook we have in our collection and e-mail you the list — would that help?"],
    [325, 'p', 'yes pls!! its tomasz.w@example.org'],
    [331, 'l', "tomasz.w@example.org — got it. You'll have the list from me within 72 hours. Does the yearbook idea help for now?"],
    [360, 'p', 'yeah for sure. thx thats all i needed'],
    [366, 'l', 'Happy hunting, and thanks for using Ask a Librarian!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(371 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 FU_ME, the e-mail only in patron.email, nothing recorded at day 4
  s(ROSALIND, '17 "Aikido and the Dynamic Sphere" through MARINA: "get back to you by Monday", e-mail only in patron.email, not recorded at day 4', [
    [0, 'p', "looking for the book Aikido and the Dynamic Sphere, my dojo's copy fell apart. do any md libraries have it"],
    [21, 'l', "Hi, welcome to AskUsNow! I'm Rosalind, a librarian."],
    [27, 'l', 'Which county library do you have a card with?'],
    [50, 'p', 'queen annes'],
    [57, 'l', "Queen Anne's County Library doesn't own it, but MARINA, Maryland's statewide catalogue at marina.info, shows copies at two other library systems, so you can request it through interlibrary loan with your card. I'll double-check which copies can actually be lent and get back to you by Monday."],
    [63, 'l', 'Does that help for now?'],
    [90, 'p', 'ok yes thank u'],
    [95, 'l', 'Anything else today?'],
    [110, 'p', 'no'],
    [114, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'sensei.dave@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 18 a true Lost Call, final idle exactly 180 s
  s(SOFIA, '18 a nervous first-timer at an Annapolis boxing gym (Lost Call): greeting only, "Are you still there?" at 150, notice + "come back anytime" at 210', [
    [0, 'p', 'any boxing gyms in annapolis good for a woman whos never done it? kinda nervous'],
    [30, 'l', "Hi, welcome to Ask a Librarian! I'm Sofia at Anne Arundel County Public Library."],
    [150, 'l', 'Are you still there?'],
    [210, 'l', "It looks like you've been disconnected, so I'll end this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 19 a Lost Call after two patron lines; final idle 181 s with a check-in and a notice that thanks
  s(TOM, '19 gentle self-defence for a 72-year-old in Easton: talbotcountymd.gov, "Hi, are you still there?", notice 181 s after the answer, coded Lost Call', [
    [0, 'p', 'is there any self defense class for seniors in easton? my mom is 72, krav maga maybe?'],
    [22, 'l', "Hello! Tom here, I'm a librarian at Talbot County Free Library."],
    [28, 'l', 'Would she want something gentle, or is she up for a real workout?'],
    [60, 'p', 'gentle lol, she has a bad knee'],
    [68, 'l', "Krav Maga is pretty hard on the knees, so I'd look at the senior self-defense and tai chi classes in the Talbot County Parks & Recreation activity guide, online at talbotcountymd.gov (Parks & Recreation > Programs). The Talbot Senior Center's classes are listed there too. Does that look like what she'd want?"],
    [200, 'l', 'Hi, are you still there?'],
    [249, 'l', "It looks like you've disconnected, so I'll close this chat now. Thanks for writing in, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (boxing gym hours script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, boxing gym hours question'],
    [8, 'l', 'Practice reply: gym list at samplelibrary.org/fitness'],
    [15, 'p', 'end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '21 libros sobre lucha libre (Spanglish): no provider ever joined, the queue line, patron left, coded Lost Call', [
    [0, 'p', 'hola, do you have books sobre lucha libre? para mi sobrino, he loves the masks'],
    [3, 's', 'Thank you for your patience. A librarian will be with you shortly.'],
    left(96),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 dismissed: "you've hit the limit of three questions per chat"
  s(VINCE, '22 opening a BJJ gym in California MD: businessexpress.maryland.gov, then "Sorry, you\'ve hit the limit of three questions per chat. Bye."', [
    [0, 'p', 'im opening a bjj gym in california md. what do i need? business license, insurance, mats, all of it'],
    [20, 'l', "Hi, Vince at St. Mary's County Library here."],
    [26, 'l', 'Have you set up the business yet, like an LLC, or is it still at the idea stage?'],
    [60, 'p', 'idea stage still. also how much do mats cost and do i need waivers'],
    [70, 'l', "For the business side, Maryland Business Express at businessexpress.maryland.gov walks you through registering, licences and taxes step by step. For a plan and startup costs, Gale Business: Plan Builder (stmalib.org > Research) has sample plans for fitness studios."],
    [76, 'l', 'Does that get you started?'],
    [100, 'p', 'sorta. but mats, waivers, insurance, how to price memberships, do i need a cpr cert'],
    [108, 'l', "Sorry, you've hit the limit of three questions per chat. Bye."],
    [118, 'p', 'wow seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 the allowed "other patrons waiting"
  s(WENDY, '23 choosing a martial art for a 9-year-old with ADHD: kidshealth.org, "several other patrons waiting … log back on later", "thats all for today then"', [
    [0, 'p', 'my kid (9) wants to do martial arts. whats better karate, taekwondo, judo, bjj or kung fu? which teaches discipline? and costs? and belts?'],
    [23, 'l', "Hi! I'm Wendy, a librarian at Calvert Library. That's a fun decision to make!"],
    [29, 'l', 'What matters most to you: fitness, self-defense, or focus and discipline?'],
    [58, 'p', 'discipline mostly, he has adhd'],
    [66, 'l', "A few studies suggest martial arts training can help attention and self-control in kids with ADHD. Search \"martial arts ADHD children\" in Health & Wellness Resource Center (calvertlibrary.info > Research) for the articles, and KidsHealth has a parent guide to picking a class at kidshealth.org."],
    [72, 'l', 'Is that helpful?'],
    [100, 'p', 'yes! now can you compare all 5 styles for me and find prices at every dojo in prince frederick and'],
    [104, 'p', 'also what age can he get a black belt'],
    [112, 'l', "Those are great questions, but there are several other patrons waiting for help right now. Please log back on later and we'll gladly go through the styles and prices with you. Thanks for understanding!"],
    [125, 'p', 'oh ok no problem, thats all for today then'],
    [130, 'l', 'Thanks, have a great day!'],
  ], usual()),

  // 24 a transfer with a notice and a note
  s(ALMA, '24 Civic Center fight cards in 1969: "I\'m going to transfer you to Ray … one moment", a note why, Ray with ProQuest Baltimore Sun', [
    [0, 'p', 'hi, looking for info on the old baltimore civic center boxing cards in the 60s/70s, like who fought there'],
    [18, 'l', "Hello and welcome to AskUsNow! This is Alma, a librarian."],
    [24, 'l', "Is this about a particular fighter, or the venue's boxing history overall?"],
    [50, 'p', 'the venue. i have an old poster and want to know more about the card'],
    [57, 'l', "Our Baltimore history specialist at the Pratt is on chat right now. I'm going to transfer you to Ray so he can help — one moment, please."],
    [60, 'i', 'Ray: patron has a 1960s/70s Baltimore Civic Center boxing poster and wants the card\'s history. Local history, yours? Thanks!'],
    xfer(63, 'Ray', 'ray-bx'),
    [101, 'l', "Hi, I'm Ray, a librarian at the Enoch Pratt Free Library. What names or date can you read on the poster?", as(RAY)],
    [130, 'p', 'it just says pro boxing, civic center, oct 1969 and some names i cant read'],
    [138, 'l', "The Baltimore Sun's sports pages would have previewed and reported that card. Search ProQuest Historical Newspapers: The Baltimore Sun (prattlibrary.org > Research) for \"Civic Center boxing\" and limit the dates to October 1969.", as(RAY)],
    [144, 'l', 'Did that answer your question?', as(RAY)],
    [175, 'p', 'ya perfect, no more questions'],
    [180, 'l', 'Enjoy the poster, and thanks for chatting!', as(RAY)],
  ], usual({ transfer: 'pass' })),

  // 25 a notice before the transfer, the note only after it
  s(GREG, '25 Chinese-language tai chi and wing chun books in Rockville: notice before the transfer, the internal note only after it (fail)', [
    [0, 'p', 'hi my grandpa only reads chinese and he wants books about tai chi and wing chun. any library have those?'],
    [20, 'l', "Hi, you've reached Greg at AskUsNow!, a librarian. Where in Maryland does your grandpa live?"],
    [45, 'p', 'rockville'],
    [52, 'l', "Great — Montgomery County's libraries have a big Chinese collection, and my colleague Mei there can search it best. I'm transferring you to her now; hang on a moment."],
    xfer(55, 'Mei', 'mei-bx'),
    [58, 'i', 'Mei, sent you a patron: Chinese-language tai chi / wing chun books for a grandparent in Rockville.'],
    [95, 'l', "Hello, Mei here at Montgomery County Public Libraries. In our catalog at montgomerycountymd.gov/library, search \"tai chi\" or \"wing chun\" and set the Language filter to Chinese: Rockville Memorial has several titles he can borrow. Is that what he's looking for?", as(MEI)],
    [130, 'p', 'yes that works, thats all we needed'],
    [136, 'l', 'Thanks so much, and say hi to your grandpa for me!', as(MEI)],
  ], usual({ transfer: 'fail' })),

  // 26 a silent transfer; the receiver 125 s after the patron
  s(UMA, '26 Rock Steady Boxing near Aberdeen: an internal note, the transfer with no word to the patron, Derek 125 s after her, rocksteadyboxing.org', [
    [0, 'p', 'my husband has parkinsons and his neuro said to try rock steady boxing. is there a class near aberdeen md?'],
    [19, 'l', "Hello, thanks for contacting AskUsNow! I'm Uma, a librarian."],
    [25, 'l', 'Does it need to be close to Aberdeen, or is anywhere in Harford County OK?'],
    [50, 'p', 'anywhere in harford is fine'],
    [55, 'i', 'Derek, Harford patron looking for Rock Steady Boxing near Aberdeen, you know the local programs, ok to take her?'],
    xfer(58, 'Derek', 'derek-bx'),
    [175, 'l', "Hi, this is Derek at Harford County Public Library. Rock Steady Boxing has a class finder at rocksteadyboxing.org (Find a Class, then search by zip code): it lists the affiliate gyms near Aberdeen and Bel Air with their schedules.", as(DEREK)],
    [181, 'l', 'Does that help?', as(DEREK)],
    [220, 'p', 'yes, thank you so much. thats everything'],
    [226, 'l', "You're welcome — best wishes to your husband, and thanks for chatting!", as(DEREK)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 27 four at once
  s(XAVIER, '27 a 100 lb heavy bag from rowhouse joists: "you\'ve reached the AskUsNow! chat", Home Improvement Reference Center, four chats open at once (fail)', [
    [0, 'p', 'can i hang a 100 lb heavy bag from my basement ceiling joists or will it wreck the house'],
    [15, 'l', "Hi there, you've reached the AskUsNow! chat."],
    [21, 'l', 'Do you know what size the joists are, like 2x8 or 2x10?'],
    [50, 'p', 'no idea, old rowhouse in hampden'],
    [58, 'l', "Most people hang a bag that size from a mount bolted across two joists, or use a freestanding bag stand, because the swinging loads the wood far more than the bag's weight alone. Home Improvement Reference Center, free through prattlibrary.org > Research, has articles on finding joists and reinforcing them in older houses."],
    [64, 'l', 'Did that answer it?'],
    [95, 'p', 'yep thanks'],
    [99, 'l', 'Anything else I can help with?'],
    [115, 'p', 'nope all good'],
    [119, 'l', 'Happy training — bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('x1', 'xavier-bx', -100, 200), other('x2', 'xavier-bx', 10, 140), other('x3', 'xavier-bx', 30, 300)],
  }),

  // 28 three at most, touching ends; a restatement; a referral by e-mail and phone
  s(YVONNE, '28 the Naval Academy\'s Brigade Boxing finals: a restatement, the ticket office by e-mail and phone, touching ends (three at most)', [
    [0, 'p', 'is the naval academy brigade boxing championship open to the public? want to take my boys'],
    [17, 'l', 'Good evening! Yvonne here, librarian at Anne Arundel County Public Library.'],
    [23, 'l', "So you'd like to know whether the public can get into this winter's Brigade finals, and bring kids."],
    [45, 'p', 'yes exactly'],
    [52, 'l', "The Brigade Boxing Championships are held each winter at the Academy in Annapolis, and in some years the finals have been open to visitors. Ask the Academy's athletic ticket office about this year's date and whether the public can attend: navytickets@example.org or 410-555-0190. The Academy's rules for visitors (ID, gates) are at usna.edu/Visit."],
    [58, 'l', 'Is that what you needed?'],
    [80, 'p', 'perfect ty!!'],
    [84, 'l', 'Anything else tonight?'],
    [96, 'p', 'nope thats it'],
    [100, 'l', 'Enjoy the fights, and thanks for chatting!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('y1', 'yvonne-bx', -300, 0), other('y2', 'yvonne-bx', -50, 60), other('y3', 'yvonne-bx', 30, 400), other('y4', 'yvonne-bx', 105, 500)],
  }),

  // 29 final idle exactly 180 s after an "anything else?", a check-in, no notice; code null
  s(ZOE, '29 disinfecting wrestling mats after ringworm: nfhs.org + cdc.gov, "anything else?", "Still there?", goodbye 180 s later, code null', [
    [0, 'p', 'whats the right way to clean wrestling mats? im a new assistant coach in oakland and we had a ringworm outbreak 😬'],
    [20, 'l', 'Hi! Zoe here, a librarian at Ruth Enlow Library of Garrett County.'],
    [26, 'l', 'Are they roll-out vinyl mats, and do you already have a disinfectant you use?'],
    [55, 'p', 'vinyl yes, we use some bleach mix idk the ratio'],
    [63, 'l', "Mats should be cleaned and disinfected before and after every practice, with an EPA-registered disinfectant that lists ringworm (Trichophyton) on its label, or a freshly made bleach solution, left wet for the contact time on the label. The NFHS sports medicine guidelines on skin infections in wrestling are free at nfhs.org, and the CDC's ringworm pages are at cdc.gov/ringworm. Does that help?"],
    [100, 'p', 'ok thx'],
    [106, 'l', 'Glad to help! Is there anything else I can look up for you?'],
    [230, 'l', 'Still there?'],
    [286, 'l', 'Thanks for chatting, and good luck with the season!'],
  ], usual({ idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 30 code "", an offer of more, the patron's last word
  s(ABE, '30 women\'s wrestling at the Olympics (a bet at practice): uww.org, "Want me to find the list … too?", "ok cool thanks 👍" last, code ""', [
    [0, 'p', 'when did womens wrestling get into the olympics? settling a bet at practice'],
    [21, 'l', "Good evening, this is Abe with Dorchester County Public Library's Ask a Librarian."],
    [27, 'l', 'Do you mean freestyle, or any style of wrestling?'],
    [50, 'p', 'freestyle i guess'],
    [57, 'l', "Women's freestyle wrestling was first on the Olympic program at Athens in 2004, with four weight classes. United World Wrestling's site, uww.org, has the history of the women's events."],
    [63, 'l', 'Want me to find the list of U.S. women medalists too?'],
    [85, 'p', 'ok cool thanks 👍'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BOXING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('01')]:
    'referral.contact: expected na, got pass ("the referral comes with a way to reach them"). Message 4: "the American Academy of Pediatrics has parent pages on kids and contact sports at healthychildren.org" points the parent to a website to read, which RUBRIC.md\'s Terms make a source, not a referral, even when an agency publishes it: no one is to be called, written to or visited, so the check is na.',
  [byNo('14')]:
    'resolution.code: expected fail, got pass ("coded "Answered""); followup.contact: expected pass, got na ("not a follow-up session"); followup.on_time: expected pending, got na ("not a follow-up session"). Message 5: "I\'ll also pull the text of the law itself from the Maryland Code and e-mail it to you tomorrow" is a promise to send more later, which makes it a follow-up session by the Terms; coded Answered, the code fails; the e-mail is given and read back with "tomorrow", so contact passes; nothing is recorded and the 72 h deadline has not passed at day 1, so on_time is pending.',
};

describe('eighty-fifth round: boxing, wrestling and martial arts gyms, checked', () => {
  describeSessions('whole sessions', BOXING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BOXING.filter((c) => c.name in LEFT_WHY));
});
