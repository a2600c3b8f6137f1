/**
 * Eighty-fourth round, theme REPTILES, AMPHIBIANS AND TURTLES, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! chats: turtles (an eastern box turtle in an Ellicott City yard, a red-eared slider's
 * tank in Spanish, a box turtle with a grandfather's 1978 initials, a snapping turtle behind a car in Bowie, the diamondback
 * terrapin as State Reptile, terrapin stew for an Easton talk, turtle reduction devices on crab pots in St. Inigoes, map
 * turtles below Conowingo Dam, bog turtles near Prettyboy Reservoir, sexing a slider), snakes (a copperhead in a Frederick
 * garage, a ball python's bedding, timber rattlesnakes at Green Ridge, an eastern hognose playing dead in Berlin, a first
 * corn snake), lizards (a bearded dragon for a 4th grade report, a leopard gecko's stuck shed) and amphibians (spring peepers
 * in Annapolis, toads and warts, a hellbender in the Casselman River, salamander eggs near Elkton, poison dart frogs for a
 * 3rd grader in Spanish, frogs that freeze, axolotls, amphibian decline for a science fair, a green treefrog in Salisbury in
 * Spanish), and two about reptile programs (old photos of the Baltimore Zoo reptile house, a Brownie troop wanting live
 * animals). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/s75/reptiles-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 22 s with "Hi there, thanks for contacting Ask HCLS! I'm Dana, a librarian at …" (01); Spanish "¡Buenas
 *   tardes! Soy Lucía, bibliotecaria de AskUsNow!." (02) and "¡Hola! Soy Ana, bibliotecaria de AskUsNow!." with the question
 *   in the same line (15); pickup at exactly 60 s (03: pass), at 61 s after the patron's "please hurry my dog is out there"
 *   (04: fail), at 59 s (30: pass); "Hi! 🙂" then a question, the provider never named in the text, only the screen name
 *   (05: greeting fails); `pickedUpAt` at 40 s with the first visible line at 70 s (12: pickup passes on the recorded
 *   pickup); the service only, "Hi there, thanks for using AskUsNow! 🙂" (27: pass); "Hello, and sorry for the little wait!"
 *   and "I'm Cal, a librarian at Calvert Library" in the next line (30: the two parts in different messages, pass); chat-speak
 *   "hey! Lou here, librarian at …👋" (28); no provider ever, only the queue's line (21);
 *  inquiry: adult or hurt, size of the turtle and the language, report format, the snake still there and the dog, call
 *   type, official source or not, how long stuck, initials on the shell, blocking the car, where on the river and a photo,
 *   building or staff, the talk's date and scope, egg mass texture, grade and due date, recreational or commercial, shell
 *   markings, glass or PVC and humidity (19: the only provider work, no source ever: any question counts), school or pet,
 *   grade and fair date, the troop's ages (asked by the receiving provider, 24), school or property, bright green and toe
 *   pads (26, after the transfer), shell size, the cobra act, the son's age; a restatement "So you want to know whether …"
 *   (27); the answer straight after the greeting with no question (08: fail);
 *  waits: "Let me look that up in the Maryland Manual, one moment." then "Still searching — I found … and I'm checking …",
 *   spans of exactly 120 s (06: pass); "Let me check a reptile care source for you, one moment." answered 121 s later with
 *   the patron's "??" between (07: fail); a patron line, an internal note, a silent transfer, the patron's "hello?" and the
 *   receiver 119 s after the patron (25: pass); a transfer notice answered by the receiver 54 s later (24) and 121 s later
 *   (26: fail); "Sure, take your time!" and the patron back 205 s later (30: waiting on the patron, pass); two patron lines
 *   before a 61 s pickup (04) and before a 50 s pickup (19): pickup's wait, not keep_informed's;
 *  endings: a true Lost Call, greeting only, "Hi, are you still with me?" at 155, "It seems you've been disconnected, so I'm
 *   going to close this chat. Feel free to come back anytime!" at 340 (18); Lost Call after two patron lines, greeting with a
 *   question at 50, "Are you still there?" at 175, "I'll close this chat for now. Thanks for contacting AskUsNow!" at 231
 *   (19: final idle 181 s, check-in passes, no disconnect wording: notice fails, code fails); a goodbye 119 s after the answer
 *   (09: idle na), 121 s after with no check-in (11: fail), 120 s after with "Are you still there?" between (12: pass); a
 *   check-in at 150 and a goodbye that is also the notice exactly 180 s after the answer (29: both pass); "You've reached the
 *   limit for this session, sorry." (22: dismissal fails, courteous fails, the patron's "oh. ok" last); "I have a few other
 *   patrons waiting right now, so could you come back later today or tomorrow" (23: allowed); goodbyes "Thanks for chatting
 *   with us", "Enjoy the frog chorus, good night!" (05), "Good luck on the report! Bye 🦎", "¡Gracias por escribirnos! Que tenga
 *   buen día 🐸"; patron-side "thats all i needed", "eso es todo", "that's everything", "thats all, thanks!", "that's all I
 *   need for now", "es todo", "that's all I wanted to know", "no more questions", and "ok sounds good" (17), "oh. ok" (22),
 *   "ok sure" (23), "yes a lot, thanks" that do not count; the provider's "Come back anytime you have more turtle questions."
 *   (17: an invitation back, not the question);
 *  sources: dnr.maryland.gov, arav.org, the catalogue at pgcmls.info with Britannica School, the USGS frog call quiz, the
 *   Maryland Manual at msa.maryland.gov, nwf.org, Pratt Digital Collections and ProQuest Historical Newspapers, HathiTrust and
 *   "Fifty Years in a Maryland Kitchen", marylandbiodiversity.com, Britannica Escolar, Kids InfoBits, Gale In Context: Science,
 *   armi.usgs.gov, hclibrary.org/events, fws.gov, reptilesmagazine.com, Kathy Love's corn snake guide in the catalogue; a
 *   referral's phone and e-mail as the only source (11); none (09: from memory; 19: only a question);
 *  referrals: Frederick County Animal Control by phone (04: pass); "call the county's animal services" with no contact (10:
 *   fail); DNR Wildlife and Heritage Service by phone and e-mail (11: pass); the Talbot Historical Society's library by street
 *   address (13: pass); Robinson Nature Center by phone after a transfer (24: pass); not referrals: a branch asked to phone the
 *   patron (15), a transfer to another library's librarian (24, 25, 26), web pages of agencies (01, 10, 25, 27);
 *  follow-ups: FU_ME, e-mail given and read back, "by Thursday", done at 50 h with `now` at 72 h, before the deadline (13:
 *   pass); a promise to read a field guide and call "tomorrow before noon", phone read back, coded Answered (14: code fails,
 *   contact passes, on_time pending at day 1); FU_LIB in Spanish, a phone given and read back, no time, done at 80 h (15:
 *   contact and on_time fail); FU_ME, "by Monday", the e-mail only in `patron.email`, nothing recorded at day 1 (16: code
 *   passes, contact fails, on_time pending); FU_ME, "I'll get back to you", no contact anywhere, nothing recorded at day 4
 *   (17: code, contact and on_time fail);
 *  codes: a true Lost Call (18: pass); Lost Call after two patron lines (19: fail); "" (08: fail); the field left out (21:
 *   na); Practice (20: every check na);
 *  transfers: a notice (a hold) and an internal note saying why (24: pass); a note only, no word to the patron (25: fail); a
 *   notice only, in English with "un momento, por favor", no note (26: fail);
 *  concurrency: three others, four open at once from 60 s to the end (27: fail); one ending exactly at `startedAt`, one
 *   starting exactly at `endedAt`, two overlapping (28: three at most, pass).
 *  ordinary good sessions, every check as usual: 01, 02, 03, 06, 28, 30 (and 13, 24 with a follow-up, a referral, a transfer).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 40 s, pass, though the first visible line came at 70 s (12);
 * - "Hi! 🙂" greets but identifies no one; the screen name in the author field is not "in the text" (05: fail); "thanks
 *   for using AskUsNow!" names the service, which identifies who is answering (27: pass);
 * - "Enjoy the frog chorus, good night!" says goodbye ("good night" as a farewell) (05: courteous passes);
 * - "eso es todo" (02), "es todo" (15), "thats all, thanks!" (07), "that's all I need for now" (13) say explicitly that the
 *   patron is done; "ok sounds good", "oh. ok", "ok sure" do not;
 * - "Come back anytime you have more turtle questions." invites the patron back but does not ask whether they need anything
 *   else now (17: anything_else fails);
 * - "Does that help for a start?" (13), "Does that get you started?" (23), "¿Le sirve el artículo de Britannica Escolar
 *   mientras tanto?" (15), "¿Era lo que buscaba?" (26), "Did that help you tell which it is?" (04) ask whether what was
 *   given meets the need; "Want me to find you a video of one doing the full act?" (29) offers something not yet given, and
 *   14 asks nothing of the kind (completeness fails in both);
 * - "So you want to know whether rattlesnakes are a real worry for a family hike at Green Ridge — good question." restates
 *   the question before the source (27: clarify passes);
 * - "Sure, take your time!" is not a hold, so the 205 s until the patron comes back is waiting on the patron (30);
 * - a transfer announcement with "un momento, por favor" is a hold: the wait runs from it to the receiver's first line (26:
 *   121 s, fail; 24: 54 s); in 25 the wait starts at the patron's line at 60, the internal note and the transfer event do
 *   not end it, the patron's "hello?" does not restart it, and the receiver's line at 179 ends it (119 s, pass);
 * - 19: the provider's greeting and clarifying question are one line at 50, where waiting on the patron begins; "I'll close
 *   this chat for now. Thanks for contacting AskUsNow!" thanks the patron, so it is a goodbye and the final idle ends there
 *   (181 s); it announces the end but never says the patron seems to have disconnected (notice fails); the clarifying
 *   question is a substantive exchange, so the information checks apply: clarify passes (no source ever given), source,
 *   completeness and anything_else fail;
 * - 18: a greeting alone is no substantive exchange, so keep_informed, clarify and source are na, and completeness and
 *   anything_else with them; the final idle runs from the greeting (30) to the goodbye-notice (340);
 * - 21: `resolutionCode: undefined` is the field left out (it is absent once serialised): the source has no codes, na;
 *   the queue's "a librarian will be with you shortly" is a system line, so no provider joined;
 * - 22: "You've reached the limit for this session, sorry." tells the patron they reached a limit and offers no way back
 *   (dismissal fails); an apology is not thanks (courteous fails: the last two provider lines are that and "Did that help?");
 * - 23: "I have a few other patrons waiting right now, so could you come back later today or tomorrow … We'd be glad to
 *   help." is the allowed ending (dismissal passes);
 * - 10: "call the county's animal services and ask them to come move it" refers the patron to an agency with no way to reach
 *   it; the DNR page in the same line is a source, not a party (referral fails);
 * - 13: "worth a visit … the Talbot Historical Society's research library, 25 S. Washington Street in Easton" tells the
 *   patron to visit an organisation, with its postal address (referral passes);
 * - 15: "puedo pedir que la sucursal de Hyattsville le llame" is a promise that someone from the patron's library will
 *   contact them (a follow-up session), not a referral;
 * - 14: "I'll look at it tomorrow morning and call you" is a promise to find more later: a follow-up session coded Answered
 *   (code fails); the phone given and read back and "tomorrow before noon" satisfy the contact check;
 * - 16: "I'll have it to you by Monday" says when, but the e-mail is only in `patron.email` and never mentioned in the chat
 *   (contact fails); the code passes since a contact is known from the patron fields;
 * - 17: "I'll get back to you" promises more later; Follow-up by me with no e-mail or phone anywhere fails the code;
 * - 28: an interval ending at 0 s and one starting at `endedAt` do not overlap this session: three open at most (pass);
 * - 11: the only sources are the referral's phone and e-mail ("an e-mail or phone contact for a referral"): source passes;
 * - 12: "Let me check our Special Collections finding aids, one moment." is a hold; 84 s later the answer ends it.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (13, 19). Label corrections: none (each disagreement reread against RUBRIC.md;
 * both labels stood).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "is also worth a visit" with a street address not read as a referral, 13; closing a
 * chat after a check-in and 181 s of silence read as a dismissal, 19). "Message N" in LEFT_WHY is the 0-based index into
 * `messages`, as in the scorer's evidence.
 * ON v72 AS LANDED (block AL): 13 reads as labelled and runs ("The Talbot Historical Society's research library, 25 S. Washington
 *   Street in Easton, is also worth a visit": AL2): 29 running, 1 LEFT (19).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-rp', name: 'Dana', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-rp', name: 'Lucía', library: 'AUN' };
const KESHIA: Prov = { id: 'keshia-rp', name: 'Keshia', library: 'PGCMLS' };
const TOM: Prov = { id: 'tom-rp', name: 'Tom', library: 'FCPL-MD' };
const GWEN: Prov = { id: 'gwen-rp', name: 'Gwen_AACPL', library: 'AACPL' };
const FEMI: Prov = { id: 'femi-rp', name: 'Femi', library: 'EPFL' };
const BREE: Prov = { id: 'bree-rp', name: 'Bree', library: 'MCPL' };
const NATE: Prov = { id: 'nate-rp', name: 'Nate', library: 'WCFL' };
const YVONNE: Prov = { id: 'yvonne-rp', name: 'Yvonne', library: 'CCPL-MD' };
const MARCUS: Prov = { id: 'marcus-rp', name: 'Marcus', library: 'PGCMLS' };
const LENA: Prov = { id: 'lena-rp', name: 'Lena', library: 'GCPL' };
const RUTH: Prov = { id: 'ruth-rp', name: 'Ruth', library: 'EPFL' };
const INES: Prov = { id: 'ines-rp', name: 'Ines', library: 'TCFL' };
const PRITI: Prov = { id: 'priti-rp', name: 'Priti', library: 'CCPL-CE' };
const ANA: Prov = { id: 'ana-rp', name: 'Ana', library: 'AUN' };
const WALT: Prov = { id: 'walt-rp', name: 'Walt', library: 'SMCL' };
const HANK: Prov = { id: 'hank-rp', name: 'Hank', library: 'HCPL-MD' };
const SUNNY: Prov = { id: 'sunny-rp', name: 'Sunny', library: 'AUN' };
const DEB: Prov = { id: 'deb-rp', name: 'Deb', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-rp', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-rp', name: 'Queue', library: 'VRQ' };
const TESS: Prov = { id: 'tess-rp', name: 'Tess', library: 'QACL' };
const OMAR: Prov = { id: 'omar-rp', name: 'Omar', library: 'AACPL' };
const VICTOR: Prov = { id: 'victor-rp', name: 'Victor', library: 'CCPL-MD' };
const PRIYA: Prov = { id: 'priya-rp', name: 'Priya', library: 'HCLS' };
const KIM: Prov = { id: 'kim-rp', name: 'Kim', library: 'AUN' };
const SAM: Prov = { id: 'sam-rp', name: 'Sam', library: 'BCPL' };
const JESS: Prov = { id: 'jess-rp', name: 'Jess', library: 'AUN' };
const MARTA: Prov = { id: 'marta-rp', name: 'Marta', library: 'AUN' };
const BEN: Prov = { id: 'ben-rp', name: 'Ben', library: 'ACLS' };
const LOU: Prov = { id: 'lou-rp', name: 'Lou', library: 'DCPL' };
const NIA: Prov = { id: 'nia-rp', name: 'Nia', library: 'WOCO' };
const CAL: Prov = { id: 'cal-rp', name: 'Cal', library: 'CCPL-CA' };

const s = session;

export const REPTILES: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 a box turtle in an Ellicott City yard (keep it?): adult or hurt asked, dnr.maryland.gov, "thats all i needed 🐢"', [
    [0, 'p', 'hi!! found a box turtle in my backyard in ellicott city, can i keep it as a pet for my kids?'],
    [22, 'l', "Hi there, thanks for contacting Ask HCLS! I'm Dana, a librarian at Howard County Library System."],
    [28, 'l', 'Is it a grown turtle, and does it look hurt at all, or is it just wandering through?'],
    [60, 'p', 'grown i think, about the size of my hand. not hurt just walking across the grass'],
    [70, 'l', "Eastern box turtles are a native species, and Maryland limits how many native reptiles and amphibians a person may keep; the rules are on the DNR's site, dnr.maryland.gov (search 'reptile and amphibian possession'). Biologists really do recommend leaving a healthy adult where you found it, though: box turtles spend their whole lives in a small home range, and one that is moved often wanders for years trying to get back."],
    [76, 'l', 'Does that answer your question?'],
    [110, 'p', "ok that makes sense, we'll let him be. thats all i needed 🐢"],
    [116, 'l', 'Great choice! Thanks for chatting with us, and enjoy watching him in the garden.'],
  ], usual()),

  // 02 Spanish: a slider's tank
  s(LUCIA, '02 pecera para una tortuga de orejas rojas (Spanish): size and language asked, arav.org, "eso es todo"', [
    [0, 'p', 'hola buenas tardes, mi hijo compró una tortuguita de orejas rojas y no se qué tamaño de pecera necesita'],
    [31, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de AskUsNow!. Con gusto le ayudo.'],
    [37, 'l', '¿Más o menos cuánto mide la tortuga ahora? ¿Y prefiere la información en español?'],
    [70, 'p', 'como 5 cm. si en español x favor'],
    [80, 'l', 'Los veterinarios recomiendan unos 10 galones de agua por cada pulgada de caparazón, así que para una de 5 cm (2 pulgadas) necesita al menos 20 galones, y tenga en cuenta que va a crecer hasta 25 o 30 cm. También necesita una zona seca para asolearse con una lámpara de calor y luz UVB. La Asociación de Veterinarios de Reptiles y Anfibios tiene hojas de cuidados en arav.org.'],
    [86, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si mucho!! muchas gracias, eso es todo'],
    [126, 'l', '¡De nada! Gracias por escribir a AskUsNow!, y suerte con la tortuguita 🐢'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(KESHIA, '03 what bearded dragons eat (4th grade report): pickup at exactly 60 s, the catalogue at pgcmls.info + Britannica School', [
    [0, 'p', 'what do bearded dragons eat? its for my 4th grade animal report'],
    [60, 'l', "Hello! This is Keshia, a librarian at Prince George's County Memorial Library System. Thanks for waiting!"],
    [66, 'l', 'Does your teacher want you to list books as sources, or is a website okay too?'],
    [95, 'p', 'she wants 2 sources and one has to be a book'],
    [104, 'l', "Baby bearded dragons eat mostly live insects like crickets, and grown-ups eat mostly leafy greens and vegetables with fewer insects. For your book, search 'bearded dragons' in our catalog at pgcmls.info and you'll find a few kids' books you can borrow, and for your second source Britannica School (pgcmls.info > Research) has an article you can cite."],
    [110, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes!! thank u'],
    [145, 'l', 'Anything else I can help with for your report?'],
    [170, 'p', 'no thats it'],
    [174, 'l', 'Good luck on the report! Bye 🦎'],
  ], usual()),

  // 04 pickup at 61 s; a referral by phone
  s(TOM, '04 a copperhead in a Frederick garage?: "please hurry my dog is out there", pickup at 61 s, DNR guide, Animal Control by phone', [
    [0, 'p', 'there is a snake in my garage in frederick, brown with like hourglass bands, is it a copperhead??'],
    [30, 'p', 'please hurry my dog is out there'],
    [61, 'l', 'Hi, Tom at Frederick County Public Libraries here — sorry for the wait.'],
    [66, 'l', 'Is the snake still in the garage, and can you get the dog inside?'],
    [85, 'p', 'yes dog is in now. snake is under the shelf'],
    [95, 'l', "Bands shaped like hourglasses, wide on the sides and narrow across the back, on a tan or coppery body do sound like a northern copperhead, one of Maryland's two venomous snakes. Young rat snakes are blotchy too, but their blotches are squarish. The DNR's guide to Maryland snakes at dnr.maryland.gov has photos of both. Please don't try to move it yourself."],
    [100, 'l', 'Did that help you tell which it is?'],
    [130, 'p', 'ok yeah its def the hourglass one. who do i call to get it out'],
    [138, 'l', 'For a venomous snake inside a building, call Frederick County Animal Control at 301-555-0148; they can send someone out or give you the name of a licensed wildlife removal company.'],
    [160, 'p', 'calling now'],
    [164, 'l', 'Good luck! Anything else before you go?'],
    [175, 'p', 'no'],
    [179, 'l', 'Stay safe, and thanks for reaching out!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 greeting without anyone named
  s(GWEN, '05 the loud peeping by an Annapolis pond: "Hi! 🙂", a question, no name in the text (greeting fails), the USGS frog call quiz, "good night"', [
    [0, 'p', 'what is making the super loud peeping noise at night by the pond behind our house? its march, in annapolis'],
    [15, 'l', 'Hi! 🙂'],
    [20, 'l', "Is it one high 'peep' over and over, or more of a trill, or something like a duck quacking?"],
    [50, 'p', 'high peep, tons of them at once, sooo loud'],
    [58, 'l', "That sounds like spring peepers, tiny tree frogs that call from ponds and wet woods in March and April. You can play recordings and compare them on the USGS Patuxent frog call quiz at pwrc.usgs.gov/frogquiz."],
    [63, 'l', 'Did that answer your question?'],
    [95, 'p', "yes!! that's exactly it lol thanks"],
    [99, 'l', 'Anything else I can help with tonight?'],
    [115, 'p', 'nope'],
    [118, 'l', 'Enjoy the frog chorus, good night!'],
  ], usual({ greeting: 'fail' })),

  // 06 two holds of exactly 120 s
  s(FEMI, '06 when the terrapin became State Reptile (trivia write-up): hold at 56, "Still searching" at 176, answer at 296, msa.maryland.gov', [
    [0, 'p', 'when did the diamondback terrapin become marylands state reptile? and is it the same animal as the UMD mascot'],
    [18, 'l', "Hello and welcome to Ask Us at Enoch Pratt Free Library! I'm Femi."],
    [24, 'l', 'Do you need an official source, like the law itself, or just the year?'],
    [50, 'p', 'the law would be great, its for a trivia night write up'],
    [56, 'l', 'Let me look that up in the Maryland Manual, one moment.'],
    [176, 'l', "Still searching — I found the state symbols page and I'm checking which year's law made it official."],
    [296, 'l', "Found it: the diamondback terrapin became the official State Reptile in 1994 (Chapter 476, Acts of 1994), and yes, it's the same animal as the University of Maryland Terrapins. The Maryland Manual's state symbols page is at msa.maryland.gov (search 'state reptile')."],
    [302, 'l', 'Does that completely answer your question?'],
    [340, 'p', "perfect, that's everything, thank you!!"],
    [346, 'l', 'Have fun at trivia night, and thanks for using Ask Us!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(BREE, '07 a leopard gecko\'s stuck shed: "one moment" at 62, the patron\'s "??" at 150, the answer at 183 (121 s), arav.org', [
    [0, 'p', 'my leopard gecko has old skin stuck on his toes after he shed, what do i do'],
    [17, 'l', "Hi, I'm Bree, a librarian with Montgomery County Public Libraries. Sorry to hear about your gecko!"],
    [23, 'l', 'How long has the skin been stuck, and are his toes swollen or changing colour?'],
    [55, 'p', 'like 2 days. not swollen i dont think'],
    [62, 'l', 'Let me check a reptile care source for you, one moment.'],
    [150, 'p', '??'],
    [183, 'l', "Thanks for waiting! Stuck shed on the toes usually comes off after a shallow lukewarm soak for 10–15 minutes and a gentle rub with a damp cotton swab, and a humid hide (a small box with damp moss) helps the next shed go better. The ARAV's care pages for owners at arav.org explain it step by step."],
    [189, 'l', 'Did that help?'],
    [220, 'p', 'yes ill try the soak now. thats all, thanks!'],
    [225, 'l', 'Good luck with him, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source; code ""
  s(NATE, '08 do toads give you warts (a little brother): the answer at once with no question, nwf.org, "Did that clear it up?", code ""', [
    [0, 'p', 'is it true that touching a toad gives you warts? my little brother keeps saying so'],
    [14, 'l', 'Hey, welcome to Ask a Librarian! This is Nate at Washington County Free Library.'],
    [20, 'l', "That one's a myth! Warts come from a human virus, not from toads. Toads do have bumpy skin and glands behind their eyes that make a bad-tasting poison to keep predators away, so wash your hands after holding one and don't rub your eyes. The National Wildlife Federation's page on the American toad at nwf.org explains it."],
    [26, 'l', 'Did that clear it up?'],
    [55, 'p', 'haha yes i told him!! thank you'],
    [59, 'l', 'Anything else I can help with?'],
    [70, 'p', 'no'],
    [73, 'l', 'Have fun toad hunting, bye!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 09 no source; a goodbye 119 s after the answer
  s(YVONNE, '09 how long box turtles live (initials scratched in 1978): the answer from memory with no source, goodbye 119 s later', [
    [0, 'p', 'how long do box turtles live? my grandpa says the one in his garden has been there since the 70s'],
    [20, 'l', 'Hello! Yvonne here, a librarian at Carroll County Public Library.'],
    [26, 'l', "Is there any marking that would tell you it's the same turtle, like a notch or something scratched on the shell?"],
    [58, 'p', 'lol yes he scratched his initials on it in 1978'],
    [66, 'l', "Then it could well be the same turtle! Eastern box turtles often live 40 to 50 years in the wild, some have been recorded past 100, and they tend to stay in the same small patch of ground their whole lives. Is that what you wanted to know?"],
    [185, 'l', "Thanks for chatting, and say hi to your grandpa's turtle!"],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 a referral with no way to reach them
  s(MARCUS, '10 a snapping turtle behind the car in Bowie: DNR page, "call the county\'s animal services" with no contact', [
    [0, 'p', 'theres a huge snapping turtle in my driveway in bowie and it wont move, is it dangerous? how do i get it out of the way'],
    [21, 'l', "Hi, Marcus at Prince George's County Memorial Library System here, thanks for writing in!"],
    [27, 'l', 'Is it blocking your car right now, or just sitting near the edge?'],
    [50, 'p', 'right behind my car, i need to leave for work in like 20 min'],
    [58, 'l', "Snappers can bite hard and reach farther than you'd think, so keep hands, kids and pets away from the front end, and never lift one by the tail, which can hurt its spine. You can nudge it from behind with a push broom toward where it was heading. It's most likely a female looking for a spot to lay eggs, and she'll move on by herself. The Maryland DNR has a page on helping turtles across roads at dnr.maryland.gov. If she still won't budge, call the county's animal services and ask them to come move her."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'yeah ok, trying the broom thing'],
    [96, 'l', 'Anything else I can help with?'],
    [110, 'p', 'no thats it'],
    [113, 'l', 'Good luck, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 a referral by phone and e-mail as the only source; a goodbye 121 s after the answer, no check-in
  s(LENA, '11 a hellbender in the Casselman near Grantsville: report it to DNR by phone or e-mail (the only source), goodbye 121 s later', [
    [0, 'p', 'I think I saw a hellbender in the Casselman River near Grantsville yesterday. Is that rare? Who should I tell?'],
    [25, 'l', "Hello, and thanks for contacting AskUsNow! I'm Lena, a librarian at Garrett County Public Library."],
    [31, 'l', 'Wow! Do you remember roughly where on the river, and did you get a photo?'],
    [70, 'p', 'just below the old stone bridge, and yes I have a photo on my phone'],
    [80, 'l', "Hellbenders are very rare in Maryland: they're listed as endangered in the state, and the Casselman and Youghiogheny are among the last places they turn up. Please report it to the DNR Wildlife and Heritage Service: call them at 410-555-0132, or e-mail the photo and the spot to heritage.reports@example.org. Is that the information you needed?"],
    [201, 'l', 'Thanks so much for reporting it, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 pickedUpAt 40, first line at 70; a hold; "Are you still there?", goodbye 120 s after the answer
  s(RUTH, '12 photos of the Baltimore Zoo reptile house in the 60s: pickedUpAt 40 (first line 70), a hold, digital.prattlibrary.org, check-in, 120 s', [
    [0, 'p', 'hi, my mom worked at the reptile house at the baltimore zoo in the 60s. are there any old photos of it anywhere?'],
    [70, 'l', 'Hi! Ruth here, a librarian at Enoch Pratt Free Library. What a fun question.'],
    [76, 'l', 'Are you looking for photos of the building itself, or of the staff and the animals?'],
    [110, 'p', "both if possible, she'll be 80 next month and I want to surprise her"],
    [116, 'l', 'Let me check our Special Collections finding aids, one moment.'],
    [200, 'l', "Pratt's Digital Collections at digital.prattlibrary.org have several photos of the Druid Hill Park zoo from the 1950s and 60s (search 'reptile house'), and the Baltimore Sun archive in ProQuest Historical Newspapers, free with your Pratt card, has stories about the zoo with staff photos."],
    [206, 'l', 'Is that what you were hoping for?'],
    [285, 'l', 'Are you still there?'],
    [320, 'l', "Looks like you've stepped away. Thanks for chatting, and happy early birthday to your mom!"],
  ], usual({ anything: 'fail', idle: 'pass' }), { pickedUpAt: at(40) }),

  // 13 FU_ME, e-mail read back, "by Thursday", done at 50 h; a referral by street address
  s(INES, '13 terrapin stew for an Easton historical society talk: HathiTrust, the Talbot Historical Society by address, church cookbooks scanned "by Thursday", done at 50 h', [
    [0, 'p', "hello, I'm researching terrapin stew for a talk at our historical society in Easton. Is there an old Maryland recipe from the 1800s somewhere?"],
    [19, 'l', "Good afternoon! I'm Ines, a librarian at Talbot County Free Library. Happy to help with this."],
    [25, 'l', 'When is your talk, and do you need just the recipe, or also the history of why terrapin got so popular?'],
    [60, 'p', 'the talk is next month. both would be great'],
    [68, 'l', "For a recipe, Mrs. B. C. Howard's 'Fifty Years in a Maryland Kitchen' (1873) has terrapin dishes and is free to read on HathiTrust at hathitrust.org. For the history, older issues of Maryland Historical Magazine are online through the Maryland State Archives at msa.maryland.gov. The Talbot Historical Society's research library, 25 S. Washington Street in Easton, is also worth a visit for local menus."],
    [74, 'l', 'Does that help for a start?'],
    [100, 'p', 'yes! great. do you have anything from Talbot itself though?'],
    [108, 'l', "Our Maryland Room has a few old Easton church cookbooks that aren't digitized. I can go through them and e-mail you scans of any terrapin recipes. What's the best e-mail for you?"],
    [140, 'p', 'dmcallister@example.net'],
    [146, 'l', "Thanks — dmcallister@example.net. I'll send the scans by Thursday."],
    [170, 'p', "wonderful, that's all I need for now. thank you!"],
    [175, 'l', "You're welcome, thanks for chatting with us!"],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise coded Answered; a phone read back with a time
  s(PRITI, '14 jelly eggs in a woodland pool near Elkton: marylandbiodiversity.com, "I\'ll look at it tomorrow morning and call you", coded Answered', [
    [0, 'p', 'found clumps of jelly eggs in a big puddle in the woods near elkton, are these frog or salamander eggs??'],
    [24, 'l', 'Hi! This is Priti, a librarian at Cecil County Public Library. Fun find!'],
    [30, 'l', 'Are the eggs in a loose clump with no firm coating, or inside one firm, clear blob of jelly, kind of like Jell-O?'],
    [62, 'p', 'firm like jello, with dark dots inside, about the size of my fist'],
    [70, 'l', "A firm, clear mass that size in a woodland pool in early spring is most likely spotted salamander eggs; wood frog eggs look more like a loose clump of tapioca. The Maryland Biodiversity Project at marylandbiodiversity.com has photos of both kinds of egg mass from Cecil County."],
    [76, 'l', "Our Elkton branch also has a field guide to amphibian eggs in Reference that I can't see from here. I'll look at it tomorrow morning and call you with what it says. What number should I use?"],
    [100, 'p', '410-555-0177, thanks so much'],
    [106, 'l', "Got it, 410-555-0177. I'll call you tomorrow before noon."],
    [115, 'p', "awesome, that's everything!"],
    [120, 'l', 'Thanks for writing in, talk tomorrow!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 FU_LIB in Spanish, a phone, no time, done at 80 h
  s(ANA, '15 libros sobre ranas venenosas para 3er grado (Spanish): Britannica Escolar, the Hyattsville branch to phone her, no time, done at 80 h', [
    [0, 'p', 'hola, mi hija necesita libros sobre ranas venenosas (poison dart frogs) para un proyecto, en español si hay'],
    [27, 'l', '¡Hola! Soy Ana, bibliotecaria de AskUsNow!. ¿En qué grado está su hija y para cuándo es el proyecto?'],
    [60, 'p', '3er grado, es para el 20 de este mes. vivimos en langley park'],
    [70, 'l', 'En Britannica Escolar (la encuentra en pgcmls.info > Investigación) hay un artículo en español sobre la rana dardo venenosa, con fotos y a nivel de tercer grado.'],
    [76, 'l', 'Para libros impresos en español, puedo pedir que la sucursal de Hyattsville le llame para apartarle algunos. ¿Me da un teléfono?'],
    [110, 'p', 'si, 301 555 0194'],
    [116, 'l', 'Perfecto: 301-555-0194. ¿Le sirve el artículo de Britannica Escolar mientras tanto?'],
    [150, 'p', 'si gracias, es todo'],
    [155, 'l', '¡Con mucho gusto! Gracias por usar AskUsNow!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 FU_ME, "by Monday", the e-mail only in patron.email, pending at day 1
  s(WALT, '16 turtle reduction devices on crab pots in St. Inigoes: DNR crabbing page, ILL copy "by Monday", e-mail only in patron.email, pending', [
    [0, 'p', 'Hi. I run a couple crab pots off my dock in St. Inigoes and a neighbor says I need some device so terrapins dont drown. Is that a law? Any research on whether they hurt the crab catch?'],
    [23, 'l', "Good morning! Walt here, librarian at St. Mary's County Library."],
    [29, 'l', 'Are these recreational pots off your own pier, or are you licensed commercially?'],
    [55, 'p', 'just recreational, 2 pots'],
    [64, 'l', "Yes: in Maryland, recreational crab pots set off private shoreline must have turtle reduction devices, small rectangular rings in each entrance funnel. The DNR's recreational crabbing page at dnr.maryland.gov explains the rule. On the catch, a 2000 study by Roosenburg and Green in the journal Ecological Applications found the devices kept most terrapins out without cutting the catch of legal-sized crabs."],
    [70, 'l', 'Did that answer it?'],
    [100, 'p', 'yes mostly. can i get that study? id like to show my neighbor lol'],
    [108, 'l', "It's behind a paywall, but I can request a copy through interlibrary loan and e-mail it to you. I'll have it to you by Monday."],
    [130, 'p', "great thanks, that's all i needed"],
    [135, 'l', 'My pleasure — thanks for chatting, and enjoy the crabs!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'inigoes.pier@example.com', phone: null } }),

  // 17 FU_ME with no contact anywhere, nothing recorded at day 4
  s(HANK, '17 map turtles below Conowingo Dam: marylandbiodiversity.com, "I\'ll get back to you", no contact, "Come back anytime …", not recorded at day 4', [
    [0, 'p', 'are there map turtles at conowingo dam? saw a bunch sunning on the rocks below the dam'],
    [21, 'l', "Hi, thanks for contacting Ask HCPL! I'm Hank, a librarian at Harford County Public Library."],
    [27, 'l', 'What did they look like: big flat heads, or yellow lines on the neck and a ridge down the shell?'],
    [60, 'p', 'ridge down the back and yellow squiggle lines'],
    [68, 'l', "That fits the northern map turtle. In Maryland they live mainly in the lower Susquehanna, and the rocks below Conowingo are a well known basking spot. The Maryland Biodiversity Project's species page at marylandbiodiversity.com has sightings and photos."],
    [74, 'l', 'Is that what you were after?'],
    [100, 'p', 'yes! is there a count of how many there are?'],
    [106, 'l', "I don't know of a published count offhand. Let me dig into it after my shift and I'll get back to you."],
    [125, 'p', 'ok sounds good'],
    [130, 'l', 'Thanks for chatting! Come back anytime you have more turtle questions.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 18 a true Lost Call
  s(SUNNY, '18 can frogs freeze solid (Lost Call): greeting only, "still with me?" at 155, "It seems you\'ve been disconnected … come back anytime" at 340', [
    [0, 'p', 'can frogs really freeze solid in the winter and come back alive??'],
    [30, 'l', "Hello and welcome to AskUsNow! I'm Sunny, a librarian."],
    [155, 'l', 'Hi, are you still with me?'],
    [340, 'l', "It seems you've been disconnected, so I'm going to close this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after two patron lines; a question and no source; final idle 181 s without disconnect wording
  s(DEB, '19 bedding for a ball python (Lost Call): "hello??", greeting and question at 50, "Are you still there?" at 175, "I\'ll close this chat for now. Thanks …" at 231', [
    [0, 'p', 'best bedding for a ball python enclosure? the pet store guy said sand'],
    [30, 'p', 'hello??'],
    [50, 'l', 'Hi, sorry for the wait! Deb here, a librarian with AskUsNow!. Is the enclosure a glass tank or a PVC one, and do you know what humidity you are getting now?'],
    [175, 'l', 'Are you still there?'],
    [231, 'l', "I'll close this chat for now. Thanks for contacting AskUsNow!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (axolotl script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice session - axolotl care question'],
    [12, 'l', 'Practice reply: axolotl care sheet at samplelibrary.org/pets'],
    [25, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider joined; the code field left out
  s(QUEUE, '21 live turtles at a Baltimore County branch?: no provider ever joined, "anyone?", patron left, no resolution code field', [
    [0, 'p', 'do any libraries in baltimore county have live turtles or a reptile program for kids?'],
    [3, 's', 'Thanks for your patience — a librarian will be with you shortly.'],
    [95, 'p', 'anyone?'],
    left(130),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 22 dismissed: "You've reached the limit for this session"
  s(TESS, '22 axolotls regrowing legs, then a list: Kids InfoBits, "that\'s too many questions for one chat! You\'ve reached the limit for this session, sorry."', [
    [0, 'p', 'hiiii do axolotls really regrow their legs?? and can i have one in maryland'],
    [18, 'l', "Hi! I'm Tess, a librarian at Queen Anne's County Library 😊"],
    [24, 'l', 'Is this for school, or are you thinking about getting one as a pet?'],
    [45, 'p', "both lol. we're doing animal superpowers in science"],
    [55, 'l', "Yes, axolotls can regrow whole legs, and even parts of their heart and brain! Kids InfoBits (qaclibrary.org > Research) has an easy article about them you can use for science. As pets they're legal in Maryland, though a few states, like California, don't allow them."],
    [61, 'l', 'Did that help?'],
    [80, 'p', 'yes!! ok what do they eat, how big does the tank need to be, how long do they live, and can they live with goldfish'],
    [86, 'p', 'and do they bite'],
    [95, 'l', "Whoa, that's too many questions for one chat! You've reached the limit for this session, sorry."],
    [110, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 the allowed "other patrons waiting"
  s(OMAR, '23 why frogs are disappearing (9th grade science fair): Gale In Context: Science + armi.usgs.gov, "a few other patrons waiting … come back later"', [
    [0, 'p', 'doing a science fair project on why frogs are disappearing. need sources on chytrid fungus, climate, pesticides, road salt, and how to test pond water'],
    [22, 'l', 'Hello! Omar from Anne Arundel County Public Library here — thanks for contacting Ask AACPL.'],
    [28, 'l', "What grade are you in, and when's the science fair?"],
    [58, 'p', '9th grade, fair is april 10'],
    [66, 'l', 'A good place to start is Gale In Context: Science (aacpl.net > Research > Databases), which has articles on chytrid fungus and amphibian decline at a high school level. The USGS Amphibian Research and Monitoring Initiative at armi.usgs.gov covers the research on the other causes you listed.'],
    [72, 'l', 'Does that get you started?'],
    [100, 'p', 'yes thx. now how do i test the pond water, and what about road salt and pesticides specifically, and can you find me 5 articles'],
    [108, 'l', "There's a lot there, and I have a few other patrons waiting right now, so could you come back later today or tomorrow and we can take the water testing and road salt parts one at a time? We'd be glad to help."],
    [125, 'p', 'ok sure'],
    [130, 'l', 'Thanks, and good luck with the project!'],
  ], usual({ anything: 'fail' })),

  // 24 a transfer with a notice and a note; a referral by phone after it
  s(VICTOR, '24 live reptiles for a Brownie troop: "I\'m going to transfer you to a Howard County librarian", a note why, Priya, hclibrary.org/events, Robinson Nature Center by phone', [
    [0, 'p', "hi, my daughter's girl scout troop wants to see real turtles and snakes. does howard county library ever do live animal programs?"],
    [20, 'l', "Hi there, welcome to AskUsNow! I'm Victor, a librarian at Carroll County Public Library covering the statewide service."],
    [26, 'l', "Since this is about Howard County's own programs, I'm going to transfer you to a Howard County librarian who can see their calendar. One moment please!"],
    [29, 'i', 'Priya — HCLS patron, Girl Scout troop wants a live reptile program, can you check your events calendar? thanks'],
    xfer(32, 'Priya', 'priya-rp'),
    [80, 'l', 'Hello! This is Priya at Howard County Library System. How old are the girls in the troop?', as(PRIYA)],
    [110, 'p', "they're brownies, 2nd and 3rd grade"],
    [118, 'l', "Perfect age! Our branches host live animal programs with local nature centers a few times a year; search 'animals' on our events calendar at hclibrary.org/events. Robinson Nature Center in Columbia also does reptile programs for scout troops, and you can call them at 410-555-0129 to book one.", as(PRIYA)],
    [124, 'l', 'Does that help?', as(PRIYA)],
    [150, 'p', 'yes perfect! thats everything'],
    [155, 'l', 'Wonderful, thanks for chatting, and have fun with the troop!', as(PRIYA)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 25 a silent transfer: a note only; the receiver 119 s after the patron
  s(KIM, '25 bog turtles near Prettyboy Reservoir: an internal note, the transfer with no word to the patron, "hello?", Sam 119 s after the patron, fws.gov', [
    [0, 'p', "are there still bog turtles in maryland? heard they're super endangered"],
    [19, 'l', 'Hi, thanks for contacting AskUsNow! This is Kim, a librarian.'],
    [25, 'l', 'Is this for a school project, or something like a question about your land?'],
    [60, 'p', 'neither, just curious. i live near prettyboy reservoir'],
    [66, 'i', "Sam, pt near Prettyboy asking about bog turtles, that's your area, can you take this one? I'm swamped."],
    xfer(70, 'Sam', 'sam-rp'),
    [150, 'p', 'hello?'],
    [179, 'l', "Hi, Sam at Baltimore County Public Library here. Yes, a small number of bog turtles still live in wet meadows in northern Baltimore, Harford and Carroll counties; they're federally threatened and protected in Maryland. The U.S. Fish and Wildlife Service's bog turtle page at fws.gov has a range map and explains why they're declining.", as(SAM)],
    [185, 'l', 'Did that answer your question?', as(SAM)],
    [215, 'p', "yes thanks, that's all I wanted to know"],
    [220, 'l', 'Thanks for asking, take care!', as(SAM)],
  ], usual({ transfer: 'fail' })),

  // 26 a transfer with a notice and no note; the receiver 121 s after the notice
  s(JESS, '26 una rana verde con raya blanca en Salisbury (Spanish): "I\'m going to transfer you … un momento" with no note, Marta 121 s later, marylandbiodiversity.com', [
    [0, 'p', 'hola, vi una rana verde con una raya blanca al costado en mi patio en salisbury, que rana es?'],
    [22, 'l', 'Hi! This is Jess, a librarian with AskUsNow!.'],
    [28, 'l', "I'm going to transfer you to my colleague Marta, who speaks Spanish. Un momento, por favor."],
    xfer(31, 'Marta', 'marta-rp'),
    [149, 'l', '¡Hola! Soy Marta, bibliotecaria de AskUsNow!. ¿La rana era de un verde brillante y tenía los dedos con ventosas?', as(MARTA)],
    [175, 'p', 'si verde brillante y se pega a la ventana jaja'],
    [183, 'l', "Entonces es casi seguro una rana arborícola verde (green treefrog, Hyla cinerea), muy común en el sur de la península de Delmarva. El Maryland Biodiversity Project tiene fotos en marylandbiodiversity.com (busque 'Hyla cinerea').", as(MARTA)],
    [189, 'l', '¿Era lo que buscaba?', as(MARTA)],
    [215, 'p', 'si! muchas gracias'],
    [219, 'l', '¿Algo más en que le pueda ayudar?', as(MARTA)],
    [235, 'p', 'no, gracias'],
    [239, 'l', '¡Gracias por escribirnos! Que tenga buen día 🐸', as(MARTA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 27 four at once; the service only in the greeting; a restatement
  s(BEN, '27 timber rattlesnakes at Green Ridge with kids: "thanks for using AskUsNow! 🙂", a restatement, DNR snakes page, four chats open at once (fail)', [
    [0, 'p', 'going hiking in green ridge state forest this weekend w my kids (8 and 11), are there rattlesnakes there? should i worry'],
    [16, 'l', 'Hi there, thanks for using AskUsNow! 🙂'],
    [22, 'l', 'So you want to know whether rattlesnakes are a real worry for a family hike at Green Ridge — good question.'],
    [45, 'l', "Timber rattlesnakes do live in Green Ridge, mostly on rocky, sunny slopes, but bites are very rare and nearly always happen when someone tries to handle one. Stay on marked trails, look before stepping over logs or reaching onto rock ledges, and give any snake you see lots of room. The DNR's 'Snakes of Maryland' page at dnr.maryland.gov has photos so the kids can learn to spot one."],
    [51, 'l', 'Does that help?'],
    [80, 'p', 'yes a lot, thanks'],
    [84, 'l', 'Anything else I can help with before your hike?'],
    [100, 'p', 'nope thats it'],
    [104, 'l', 'Have a great hike, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'ben-rp', -100, 200), other('b2', 'ben-rp', 10, 130), other('b3', 'ben-rp', 60, 400)],
  }),

  // 28 three at most, touching ends (chat-speak)
  s(LOU, '28 boy or girl slider (chat-speak): reptilesmagazine.com, "thats all i needed thx!!", touching ends (three at most)', [
    [0, 'p', 'hiii how do u tell if my turtle is a boy or girl?? its a red eared slider 🐢'],
    [14, 'l', 'hey! Lou here, librarian at Dorchester County Public Library 👋'],
    [18, 'l', 'how big is the shell, roughly? babies are really hard to tell'],
    [40, 'p', 'like 5 inches'],
    [47, 'l', "at 5 in you can usually tell: males have really long front claws and a longer, thicker tail with the vent past the edge of the shell; females have short claws and a short tail. there's a good photo guide at reptilesmagazine.com, search 'sexing red eared sliders'"],
    [52, 'l', 'did that help?'],
    [75, 'p', 'omg the claws are super long so hes a boy lol. thats all i needed thx!!'],
    [80, 'l', 'haha congrats on your boy 😄 thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('l1', 'lou-rp', -300, 0), other('l2', 'lou-rp', -20, 85), other('l3', 'lou-rp', 30, 200), other('l4', 'lou-rp', 85, 400)],
  }),

  // 29 a check-in and a goodbye that is the notice, exactly 180 s after the answer; an offer instead of the completeness question
  s(NIA, '29 a snake playing dead in Berlin (eastern hognose): marylandbiodiversity.com, "Want me to find you a video …?", check-in at 150, goodbye-notice 180 s after the answer', [
    [0, 'p', 'my dog found a snake in the yard in berlin and it flipped over and played dead with its tongue out?? is it sick'],
    [18, 'l', 'Hello! Nia here, a librarian at Worcester County Library. That sounds dramatic!'],
    [24, 'l', 'Did it flatten its neck like a cobra and hiss before it flipped over?'],
    [55, 'p', 'YES it did the cobra thing first'],
    [70, 'l', "Then it's almost certainly an eastern hognose snake, and it isn't sick: flattening, hissing, then rolling over and playing dead is its whole act. It's harmless to people, so just keep the dog inside and it'll leave on its own. The Maryland Biodiversity Project has photos and Worcester County records at marylandbiodiversity.com (search 'eastern hognose')."],
    [76, 'l', 'Want me to find you a video of one doing the full act?'],
    [150, 'l', 'Are you still there?'],
    [250, 'l', "It looks like you may have been disconnected, so I'm closing this chat. Thanks for contacting Ask a Librarian, and come back anytime!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 30 pickup at 59 s, a greeting in two lines, "take your time"
  s(CAL, '30 a first corn snake for a 12-year-old: pickup at 59 s, name in the second line, "Sure, take your time!" (205 s), Kathy Love\'s guide in the catalogue, "no more questions"', [
    [0, 'p', "Hi, I'm getting my son a corn snake for his birthday. Is there a good beginner book?"],
    [59, 'l', 'Hello, and sorry for the little wait!'],
    [63, 'l', "I'm Cal, a librarian at Calvert Library. How old is your son, and will he be reading it himself?"],
    [90, 'p', "he's 12, he'll read it. hang on, let me check if he already has one, he has a bunch of pet books"],
    [95, 'l', 'Sure, take your time!'],
    [300, 'p', 'ok back, he has a general reptile book but nothing on corn snakes'],
    [308, 'l', "Then try Kathy Love's 'Corn Snakes: The Comprehensive Owner's Guide'; it covers housing, feeding and handling in plain language. Search 'corn snakes' in our catalog at calvertlibrary.info to place a hold; there are a couple of shorter kids' guides there too."],
    [314, 'l', 'Is that the kind of book you had in mind?'],
    [340, 'p', "yes perfect, i'll put it on hold. no more questions, thank you!"],
    [345, 'l', 'Happy birthday to your son, and thanks for chatting with us!'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => REPTILES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('19')]:
    'closing.no_dismissal: expected pass, got fail ("ended the chat right after the patron\'s question, without offering a way back"). Message 4: "I\'ll close this chat for now. Thanks for contacting AskUsNow!" ' +
    'RUBRIC.md fails only a provider who says time is up, a limit was reached, or ends the help for the provider\'s convenience; here the patron\'s last line came 181 s before, the provider had asked a clarifying question and "Are you still there?" (message 3) with no answer, and closing an idle chat is what session.idle_checkin and session.disconnect_notice expect, not a dismissal, so pass.',
};

describe('eighty-fourth round: reptiles, amphibians and turtles, checked', () => {
  describeSessions('whole sessions', REPTILES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', REPTILES.filter((c) => c.name in LEFT_WHY));
});
