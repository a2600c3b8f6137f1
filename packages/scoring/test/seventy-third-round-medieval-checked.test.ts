/**
 * Seventy-third round, theme KNIGHTS, CASTLES AND MEDIEVAL HISTORY, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: castles for school projects (a motte-and-bailey model, a diorama of Harlech,
 * concentric castles), reading Old English (Beowulf, a dual-language edition, Mitchell & Robinson), reenactment groups (the SCA,
 * a local living-history guild), medieval recipes (The Forme of Cury, pottage for a class feast), coats of armour in museums
 * (the Met's Arms and Armor, the Higgins collection at the Worcester Art Museum, the Royal Armouries), Renaissance faires (the
 * Maryland Renaissance Festival, a costume rule), books on the Crusades (Asbridge, Runciman, a teen reading list), heraldry,
 * the Bayeux Tapestry, chivalry and squires, trebuchets for physics class, and Spanish-speaking patrons (castillos de España,
 * la Reconquista, armaduras del museo, recetas medievales). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/medieval-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! Agnes here, a librarian at …" (01); "Hey there, this is Bram with … 👋" (02); "Hello, you have
 *   reached Cora at …" (03); "Greetings from AskUsNow! Desmond speaking." at exactly 60 s (04: pass) and a 61 s pickup (05:
 *   fail); Spanish "¡Buenas tardes! Le atiende Marta, bibliotecaria de …" (06) and "Hola, ¿en qué le puedo ayudar?" naming no
 *   one (07: fail); "Welcome to … chat, I'm Gwen." (09); "Hiya! Ursula from …" (21); "Howdy, this is Bert at …" (28); "hi
 *   there, how can i help?" under the screen name "zed_ref" (26: fail); "Good evening and thanks for contacting the St. Mary's
 *   County Library, this is Clio." with `pickedUpAt` at 45 s and the first line at 90 s (29: pass); no provider ever joined,
 *   only queue lines (17);
 *  inquiry: grade and deadline, grammar level, historical figures or plans, phrase or glossary, class worksheet, steel or
 *   prop, crafts or combat, novels or nonfiction, printed or online, country and period, home library; the source (a
 *   bayeuxmuseum.com URL) given before "How big does the poster need to be?" (05: fail);
 *  waits: "hang tight while I pull a few titles" answered 125 s later (02: fail); "bear with me a sec" answered exactly 120 s
 *   later (03: pass); "No rush, take your time." and the patron back 200 s later (08: waiting on the patron, pass); a transfer
 *   notice ("… one moment please") answered 54 s later by the receiver (18); a silent transfer, the receiver 150 s after the
 *   patron (19: fail); 90 s from the question to the first line with `pickedUpAt` at 45 s (29);
 *  endings: a Lost Call with only a greeting, "Still with me?" at 140 and "It seems you've disconnected, so I'll end this chat
 *   now. Chat back with us anytime!" at 330 (13: final idle 310 s, both pass); final idle exactly 120 s with "you still
 *   there?" (25: idle pass, disconnect na); exactly 180 s ending on "Looks like you disconnected, closing this chat." with no
 *   goodbye (26: both pass, courteous fails); 179 s ending on "Are you still online?" (27: idle pass, disconnect na); a
 *   notice-and-thanks at 300 with no check-in (28: idle fails, disconnect passes); "We only do two questions per patron, so
 *   I'm ending this here." (22: dismissal); "Tengo otros usuarios esperando … vuelva a escribirnos más tarde" (23: allowed);
 *   the patron's "nope, thats all i needed" as the last line after "Anything else?" (24: courteous fails); goodbyes "Hwæt!
 *   Enjoy it. Bye for now.", "Huzzah! Have a great time. Bye!", "¡Buen provecho! Adiós.", "¡Con gusto! Gracias por
 *   escribirnos", "Happy building! Thanks for stopping by."; patron-side "thats all we needed", "thats everything", "yes and
 *   that is all", "eso es todo", "sure, thats all", "No, that will be all.", and "si gracias!", "ok", "great thanks so much",
 *   "cool thank you", "ok gracias" that do not count;
 *  sources: Macaulay's "Castle" and english-heritage.org.uk, Mitchell & Robinson and oldenglish.info, britannica.com, Pimbley's
 *   dictionary at heraldsnet.org, castillosdeespana.es, medievalcookery.com, rennfest.com/faq, sca.org/groups, metmuseum.org,
 *   searchohio.org, cadw.gov.wales, gutenberg.org (The Forme of Cury), Barber's "The Knight and the Joust", Asbridge and
 *   France; none (10, 12, 22, 30: fail);
 *  referrals: "ask the Anne Arundel County Police about the transport rules" with no contact (08: fail); a guild's
 *   membership officer by e-mail and phone (09); "Take them to the Worcester Art Museum … worcesterart.org/…" (18); "Contact
 *   Rare Books and Manuscripts … the request form is at bpl.org/rare-books" (25: own library's department, URL); the Met's
 *   Department of Arms and Armor by e-mail (29); the library's History department calling the patron and a humanities
 *   librarian consulted on the patron's behalf (12, 30) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h (10: pass); "I'll … send you more later" with no
 *   contact or time, coded Answered (11: code and contact fail, on_time pending at day 1); FU_LIB, phone typed and read back,
 *   "by Wednesday", never recorded, day 4 (12: on_time fails); FU_ME, e-mail only in `patron.email`, "by Friday", done at 80 h
 *   (30: contact and on_time fail, code passes);
 *  codes: a true Lost Call (13); Lost Call after three patron lines (14: fail); Practice (15); null (16); Lost Call with no
 *   provider (17: pass); an empty string (27: fail);
 *  transfers: a visible notice and an internal note that says why (18: pass); an internal note only (19: fail);
 *  concurrency: three others open across the session, four at once (20: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Greetings from AskUsNow! Desmond speaking." greets ("greetings") and identifies (04); "Hola, ¿en qué le puedo ayudar?"
 *   and "hi there, how can i help?" greet but identify no one (07, 26);
 * - "hang tight while I pull a few titles" and "bear with me a sec" are hold messages; "No rush, take your time." is not (08);
 * - "sure, thats all", "yes and that is all, thanks" and "that's all I need" say explicitly that the patron is done;
 * - a session with no source at all is `info.source` fail when there was a substantive exchange (10, 12, 30: clarifying
 *   questions were asked), so `followup.completeness` applies and fails there;
 * - "I'll dig for a couple of online versions and send you more later." promises to send more later: a follow-up session (11);
 * - "our History department will check with the museums and call you" tells the patron to contact no one (12: na), and "Let
 *   me check with our humanities librarian" is staff consulted on the patron's behalf (30: na);
 * - "Take them to the Worcester Art Museum" and "Contact Rare Books and Manuscripts" tell the patron to visit / contact an
 *   organisation or the library's own department, reached by URL (18, 25: pass); "ask the Anne Arundel County Police" names
 *   an agency with no way to reach it (08: fail);
 * - a greeting with no question (13) is not substantive, so the Lost Call has no substantive exchange; its final idle starts
 *   at that greeting and ends at the notice that invites back (310 s); a notice at exactly `endedAt` (26, endAfter 0) is sent
 *   during the final idle;
 * - with no provider (17) `resolution.code` still applies (its only na is a field left out): Lost Call with one patron line
 *   passes.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside to
 * /tmp/medieval-labels.ts). First run as labelled / disagreeing: 30 / 0. Label corrections: none (the only label changes were
 * made before the first run, while rereading RUBRIC.md: 17's resolution.code na -> pass, since the check has no na for a
 * session without a provider; the wording of 08, 18 and 25's referrals made explicit and 13's greeting cut to a bare greeting). After the first run three short sessions (13, 15,
 * 17) were lengthened to 6+ lines with system lines only (queue, joined, idle, ended) and one provider line in the Practice
 * session; their labels unchanged, and the file was run again.
 * Final: 30 running, 0 LEFT.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft); `npx tsc -p tsconfig.json
 * --noEmit` clean.
 */
import { describe } from 'vitest';
import { ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const AGNES: Prov = { id: 'agnes-m', name: 'Agnes', library: 'EPFL' };
const BRAM: Prov = { id: 'bram-m', name: 'Bram', library: 'BCPL' };
const CORA: Prov = { id: 'cora-m', name: 'Cora', library: 'HCLS' };
const DESMOND: Prov = { id: 'desmond-m', name: 'Desmond', library: 'AUN' };
const ELOISE: Prov = { id: 'eloise-m', name: 'Eloise', library: 'MCPL' };
const FELIX: Prov = { id: 'felix-m', name: 'Felix', library: 'PGCMLS' };
const GWEN: Prov = { id: 'gwen-m', name: 'Gwen', library: 'AACPL' };
const HUGO: Prov = { id: 'hugo-m', name: 'Hugo', library: 'FCPL-MD' };
const ISOLDE: Prov = { id: 'isolde-m', name: 'Isolde', library: 'WPL' };
const JAIME: Prov = { id: 'jaime-m', name: 'Jaime', library: 'LAPL' };
const KATHERINE: Prov = { id: 'kath-m', name: 'Katherine', library: 'NYPL' };
const LEOFRIC: Prov = { id: 'leo-m', name: 'Leo', library: 'CCPL-MD' };
const MARTA: Prov = { id: 'marta-m', name: 'Marta', library: 'DPL' };
const NIGEL: Prov = { id: 'nigel-m', name: 'Nigel', library: 'SPL-WA' };
const ODA: Prov = { id: 'oda-m', name: 'Oda', library: 'AUN' };
const PERCY: Prov = { id: 'percy-m', name: 'Percy', library: 'WCFL' };
const QUENTIN: Prov = { id: 'quentin-m', name: 'Quentin', library: 'TRN' };
const NOONE: Prov = { id: 'queue-m', name: 'Queue', library: 'VRQ' };
const ROWENA: Prov = { id: 'rowena-m', name: 'Rowena', library: 'CML' };
const SIMON: Prov = { id: 'simon-m', name: 'Simon', library: 'AUN' };
const TOMAS: Prov = { id: 'tomas-m', name: 'Tomás', library: 'AUN' };
const URSULA: Prov = { id: 'ursula-m', name: 'Ursula', library: 'HPL' };
const VERA: Prov = { id: 'vera-m', name: 'Vera', library: 'QPL' };
const WALT: Prov = { id: 'walt-m', name: 'Walt', library: 'WMPL' };
const XAVI: Prov = { id: 'xavi-m', name: 'Xavi', library: 'SAPL' };
const YVAINE: Prov = { id: 'yvaine-m', name: 'Yvaine', library: 'BPL-MA' };
const ZED: Prov = { id: 'zed-m', name: 'zed_ref', library: 'PCPL' };
const ADA: Prov = { id: 'ada-m', name: 'Ada', library: 'FRPL' };
const BERT: Prov = { id: 'bert-m', name: 'Bert', library: 'TCPL' };
const CLIO: Prov = { id: 'clio-m', name: 'Clio', library: 'SMCL' };
const DOV: Prov = { id: 'dov-m', name: 'Dov', library: 'AUN' };

const s = session;

export const MEDIEVAL: SessionCase[] = [
  // 01 the plain good session
  s(AGNES, '01 motte-and-bailey model for 5th grade: "Good morning, Agnes here", grade asked, a book and a URL, "thats all we needed"', [
    [0, 'p', 'hi my son has to build a motte and bailey castle for 5th grade, where do we start'],
    [22, 'l', 'Good morning! Agnes here, a librarian at the Enoch Pratt Free Library. A castle project, fun.'],
    [30, 'l', 'Is the model due soon, and does he need written sources too or just pictures to build from?'],
    [75, 'p', 'due next friday, he needs 2 sources for a paragraph'],
    [82, 'l', 'Two good ones: the book "Castle" by David Macaulay (in our catalogue at prattlibrary.org, several copies at branches) and the English Heritage page on motte-and-bailey castles at english-heritage.org.uk/learn/story-of-england/normans. Both have clear drawings of the mound and the wooden keep.'],
    [88, 'l', 'Will those work for his paragraph?'],
    [140, 'p', 'yes perfect, thats all we needed!!'],
    [146, 'l', 'Wonderful. Good luck to him with the build, and thanks for chatting!'],
  ], usual()),

  // 02 a hold answered 125 s later
  s(BRAM, '02 reading Beowulf in Old English: "hang tight while I pull a few titles" at 60, the answer at 185 (125 s)', [
    [0, 'p', 'im trying to read beowulf in the original old english and im lost lol. any beginner books??'],
    [18, 'l', 'Hey there, this is Bram with Baltimore County Public Library 👋'],
    [24, 'l', 'Have you studied any Old English grammar yet, or are you starting from zero?'],
    [52, 'p', 'zero. i just like the poem'],
    [60, 'l', 'hang tight while I pull a few titles'],
    [185, 'l', 'Sorry that took a bit! "A Guide to Old English" by Mitchell & Robinson is the usual start, and Peter Baker\'s "Introduction to Old English" has a free companion site at oldenglish.info. Both are in our catalogue (bcpl.info).'],
    [190, 'l', 'Does that give you a place to begin?'],
    [230, 'p', 'yeah ty!! thats everything'],
    [236, 'l', 'Hwæt! Enjoy it. Bye for now.'],
  ], usual({ informed: 'fail' })),

  // 03 a hold answered exactly 120 s later
  s(CORA, '03 trebuchet for physics class: "bear with me a sec" at 50, the answer at exactly 170 (120 s)', [
    [0, 'p', 'how far could a trebuchet throw a rock? physics project, need real numbers'],
    [15, 'l', 'Hello, you have reached Cora at Howard County Library System.'],
    [21, 'l', 'Do you need historical figures, or plans for building a small one?'],
    [44, 'p', 'historical figures'],
    [50, 'l', 'bear with me a sec'],
    [170, 'l', 'Thanks for waiting. The Britannica entry on the trebuchet (britannica.com/technology/trebuchet) gives ranges of about 300 m for 50-100 kg stones, and "The Medieval Siege" by Jim Bradbury (in our catalogue) has the figures from siege accounts.'],
    [176, 'l', 'Is that what you needed?'],
    [210, 'p', 'yes and that is all, thanks'],
    [215, 'l', 'Good luck with the project, bye!'],
  ], usual()),

  // 04 pickup at exactly 60 s
  s(DESMOND, '04 heraldry terms: pickup at exactly 60 s, "Greetings from Ask Us Now, Desmond speaking", a Does-that-help', [
    [0, 'p', 'what does "or a lion rampant gules" mean on a coat of arms'],
    [60, 'l', 'Greetings from AskUsNow! Desmond speaking.'],
    [66, 'l', 'Do you want just that phrase, or a glossary for reading whole blazons?'],
    [100, 'p', 'a glossary would be great actually'],
    [108, 'l', 'Your phrase: a gold field with a red lion standing on one hind leg. For a glossary, the "Pimbley\'s Dictionary of Heraldry" is free at heraldsnet.org and the Society of Heraldic Arts has a primer at heraldic-arts.com.'],
    [114, 'l', 'Does that help?'],
    [150, 'p', 'yes!'],
    [154, 'l', 'Anything else on heraldry?'],
    [180, 'p', 'no thats it'],
    [185, 'l', 'Take care, and thanks for asking AskUsNow!'],
  ], usual()),

  // 05 pickup at 61 s; the source before any question
  s(ELOISE, '05 Bayeux Tapestry images: pickup at 61 s, a URL given first, the question about size after it', [
    [0, 'p', 'need good pics of the bayeux tapestry for a poster'],
    [61, 'l', 'Hi, Eloise from Montgomery County Public Libraries here.'],
    [68, 'l', 'The whole tapestry can be viewed scene by scene at bayeuxmuseum.com/en/the-bayeux-tapestry/discover-the-bayeux-tapestry/explore-online.'],
    [74, 'l', 'How big does the poster need to be?'],
    [110, 'p', 'like 11x17'],
    [118, 'l', 'Then that site\'s zoomed images are sharp enough to print. Did that help?'],
    [160, 'p', 'yes thx'],
    [166, 'l', 'Anything else I can find for you?'],
    [190, 'p', 'no'],
    [195, 'l', 'Thanks for chatting with us. Bye!'],
  ], usual({ pickup: 'fail', clarify: 'fail' })),

  // 06 Spanish, all well
  s(MARTA, '06 castillos de España para un trabajo: "¡Buenas tardes! Le atiende Marta", nivel preguntado, "eso es todo"', [
    [0, 'p', 'hola necesito info de castillos en españa para un trabajo de la escuela'],
    [20, 'l', '¡Buenas tardes! Le atiende Marta, bibliotecaria de la Biblioteca Pública de Denver.'],
    [27, 'l', '¿Para qué grado es el trabajo, y lo necesita en español o en inglés?'],
    [70, 'p', 'es para 7mo grado y en español porfa'],
    [78, 'l', 'Le recomiendo el libro "Castillos de España" de la editorial Everest (está en nuestro catálogo, denverlibrary.org) y la página de la Asociación Española de Amigos de los Castillos: castillosdeespana.es, con fichas de cada castillo.'],
    [84, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, eso es todo'],
    [136, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
  ], usual()),

  // 07 Spanish: a greeting that names no one; no anything-else
  s(XAVI, '07 recetas medievales: "Hola, ¿en qué le puedo ayudar?" names no one; "¿Le sirve?"; no anything-else', [
    [0, 'p', 'buenas, busco recetas de la edad media para una cena tematica'],
    [14, 'l', 'Hola, ¿en qué le puedo ayudar?'],
    [20, 'l', '¿Busca recetas originales o adaptadas a la cocina de hoy?'],
    [60, 'p', 'adaptadas, no soy chef jaja'],
    [68, 'l', 'El libro "The Medieval Cookbook" de Maggie Black adapta las recetas a cocinas modernas; lo tenemos en el catálogo (mysapl.org). También el proyecto "Medieval Cookery" en medievalcookery.com trae recetas adaptadas.'],
    [74, 'l', '¿Le sirve?'],
    [110, 'p', 'si gracias!'],
    [116, 'l', '¡Buen provecho! Adiós.'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 08 "take your time"; a referral with no way to reach the faire
  s(FELIX, '08 Renaissance faire costume rule: "no rush, take your time" and the patron back 200 s later; "ask the Anne Arundel County Police" with no contact', [
    [0, 'p', 'r u allowed to bring a real sword to the maryland renaissance festival?? going w my knight costume'],
    [16, 'l', 'Hi! Felix at Prince George\'s County Memorial Library System, happy to help.'],
    [22, 'l', 'Is it a steel blade or a prop? And do you know if it has a sheath with a peace-tie?'],
    [40, 'p', 'hold on let me go look at it'],
    [46, 'l', 'No rush, take your time.'],
    [246, 'p', 'ok its steel and it has a sheath'],
    [254, 'l', 'The festival\'s rules page (rennfest.com/faq) says real blades must be sheathed and peace-tied at the gate. If you\'ll carry it in the car on the way, ask the Anne Arundel County Police about the transport rules first.'],
    [260, 'l', 'Does that answer your question?'],
    [300, 'p', 'yep!!'],
    [306, 'l', 'Anything else before the big day?'],
    [330, 'p', 'nope thats all i needed'],
    [336, 'l', 'Huzzah! Have a great time. Bye!'],
  ], usual({ referral: 'fail' })),

  // 09 a reenactment group referral with a phone and an e-mail
  s(GWEN, '09 joining a medieval reenactment group: the SCA by URL, a local guild\'s contact by phone and e-mail', [
    [0, 'p', 'Hello. I would like to join a medieval reenactment group near Annapolis. I have no experience.'],
    [25, 'l', 'Welcome to Anne Arundel County Public Library\'s chat, I\'m Gwen.'],
    [31, 'l', 'Are you more interested in combat, crafts like sewing and cooking, or both?'],
    [80, 'p', 'Mostly crafts, maybe some archery later.'],
    [88, 'l', 'The Society for Creative Anachronism has a local group finder at sca.org/groups. There is also the Chesapeake Living History Guild: you can write to its membership officer at join@chesapeakelivinghistory.org or call 410-555-0173; they take beginners.'],
    [94, 'l', 'Is that the kind of group you had in mind?'],
    [140, 'p', 'Yes, that is exactly it. Thank you.'],
    [146, 'l', 'Anything else I can help with today?'],
    [170, 'p', 'No, that will be all.'],
    [176, 'l', 'Have fun with it! Thanks for chatting with us.'],
  ], usual({ referral: 'pass' })),

  // 10 a follow-up done well: e-mail typed and read back, "by Thursday", done at 30 h
  s(HUGO, '10 crusades reading list for a teen: FU_ME, e-mail typed and read back, "by Thursday", done 30 h later', [
    [0, 'p', 'my daughter is 15 and obsessed w the crusades. can u make a reading list thats not too dry'],
    [20, 'l', 'Hi, this is Hugo at Frederick County Public Libraries.'],
    [26, 'l', 'Does she prefer novels, nonfiction, or both?'],
    [60, 'p', 'both, she reads a lot'],
    [68, 'l', 'I\'d like to put a proper list together for you rather than rush it. What e-mail should I send it to?'],
    [100, 'p', 'its kmurphy.home@example.com'],
    [106, 'l', 'Got it: kmurphy.home@example.com. I\'ll e-mail the list to you by Thursday.'],
    [140, 'p', 'great thanks so much'],
    [146, 'l', 'You\'re welcome, talk soon. Bye!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 11 a promise coded Answered, no contact
  s(ISOLDE, '11 chivalry code for an essay: "I\'ll send you more later" coded Answered, no e-mail or phone, no time', [
    [0, 'p', 'was there an actual written code of chivalry? essay due monday'],
    [18, 'l', 'Hello, Isolde at Worthington Libraries, how can I help?'],
    [25, 'l', 'Do you need primary texts, or a historian explaining it?'],
    [50, 'p', 'primary if possible'],
    [58, 'l', 'Ramon Llull\'s "Book of the Order of Chivalry" (1270s) is the closest thing; a translation is in our catalogue at worthingtonlibraries.org. Geoffroi de Charny\'s "Book of Chivalry" is another.'],
    [64, 'l', 'Is that helpful?'],
    [100, 'p', 'yes'],
    [106, 'l', 'I\'ll dig for a couple of online versions and send you more later.'],
    [130, 'p', 'ok'],
    [136, 'l', 'Bye, good luck with it!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 FU_LIB, phone read back, "by Wednesday", never recorded, deadline passed
  s(JAIME, '12 Royal Armouries loan exhibit: FU_LIB, phone typed and read back, "by Wednesday", never done, checked on day 4', [
    [0, 'p', 'is the royal armouries exhibit with the horse armor coming to LA? my dad wants to go'],
    [19, 'l', 'Hi! Jaime from the Los Angeles Public Library here.'],
    [25, 'l', 'Do you know which museum it was announced for, or roughly when?'],
    [70, 'p', 'no just heard it on the radio, this summer maybe'],
    [80, 'l', 'I can\'t find it announced yet; our History department will check with the museums and call you. What number is best?'],
    [120, 'p', '323-555-0148'],
    [126, 'l', 'Thanks, that\'s 323-555-0148. Someone from the History department will call you by Wednesday.'],
    [160, 'p', 'cool thank you'],
    [166, 'l', 'Thanks for reaching out, have a good evening!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 a true Lost Call with a check-in and a notice
  s(KATHERINE, '13 Lost Call: one question, greeting, "Still with me?" at 140, "seems you\'ve disconnected … chat back anytime" at 330', [
    [0, 'p', 'what did knights eat for breakfast'],
    [2, 's', 'Please wait, a librarian will be with you shortly.'],
    [20, 's', 'Katherine has joined the chat.', sys('joined')],
    [20, 'l', 'Hi, Katherine at NYPL\'s Ask NYPL here!'],
    [140, 'l', 'Still with me?'],
    [200, 's', 'Patron is idle.', sys('idle')],
    [330, 'l', 'It seems you\'ve disconnected, so I\'ll end this chat now. Chat back with us anytime!'],
  ], usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 14 Lost Call after three patron lines
  s(LEOFRIC, '14 Lost Call coded after the patron sent three lines: armour weight, a URL, the patron\'s "thats everything"', [
    [0, 'p', 'how heavy was a full suit of plate armor'],
    [15, 'l', 'Hi, Leo from Charles County Public Library here.'],
    [21, 'l', 'Are you asking about battle armour or the heavier tournament kind?'],
    [50, 'p', 'battle'],
    [56, 'l', 'Usually 15-25 kg, spread over the body; the Met\'s essay on arms and armor myths at metmuseum.org/toah/hd/armr/hd_armr.htm has details. Did that help?'],
    [90, 'p', 'ya thats everything'],
    [95, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 Practice
  s(QUENTIN, '15 Practice: a trainee tries the queue with a Magna Carta question', [
    [0, 'p', 'test - where can i see a copy of the magna carta'],
    [10, 'l', 'hi testing 123'],
    [16, 'l', 'archives.gov has the 1297 copy'],
    [40, 'p', 'ok test over'],
    [46, 'l', 'thx, practice done'],
    [50, 's', 'Chat ended by librarian.', sys('ended')],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 code missing
  s(NIGEL, '16 Old English runes on a sword: code null', [
    [0, 'p', 'Theres runes on a viking era sword in a photo, can the library translate them?'],
    [21, 'l', 'Good afternoon, Nigel with The Seattle Public Library.'],
    [27, 'l', 'Is it Elder Futhark or Anglo-Saxon runes, do you know? Either way, could you describe the photo\'s source?'],
    [80, 'p', 'no idea, its from a museum in norway'],
    [86, 'l', 'We can\'t translate, but the "Runic inscriptions" guide at the University of Oslo\'s site (khm.uio.no/english) lets you search inscriptions by find place. Is that useful?'],
    [130, 'p', 'sure, thats all'],
    [135, 'l', 'Thanks for using Ask Us, goodbye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 17 no provider ever joined
  s(NOONE, '17 no provider ever joined: a castle question and the patron leaves', [
    [0, 'p', 'do you have books on welsh castles like caernarfon'],
    [2, 's', 'You are number 3 in line. Please stay on this page.'],
    [60, 's', 'You are number 2 in line. Please stay on this page.'],
    [150, 's', 'You are number 1 in line. Please stay on this page.'],
    [230, 's', 'All our librarians are busy. You may leave a question by e-mail.'],
    left(240),
  ], {
    ...ALL_NA, 'approachability.pickup': 'fail', 'resolution.code': 'pass',
  }, { resolutionCode: 'Lost Call' }),

  // 18 an announced transfer with an internal note
  s(ODA, '18 armour at the Worcester Art Museum: "I\'m passing you to a colleague who knows Massachusetts collections", a note saying why, Simon picks up', [
    [0, 'p', 'where can i see real knights armor in massachusetts'],
    [17, 'l', 'Hello! Oda from AskUsNow! here.'],
    [23, 'l', 'Are you looking for a museum to visit, or pictures online?'],
    [50, 'p', 'a museum to visit with my kids'],
    [56, 'l', 'I\'m passing you to a colleague who knows Massachusetts collections, one moment please.'],
    [59, 'i', 'Simon, pt wants to see armour in MA with kids; you know the Worcester collection?'],
    xfer(62, 'Simon', 'simon-m'),
    [110, 'l', 'Hi, Simon here, a librarian with AskUsNow! Take them to the Worcester Art Museum: the Higgins armour collection is on view, and hours and family days are at worcesterart.org/collection/arms-armor. Is that what you had in mind?', as(SIMON)],
    [150, 'p', 'yes thats perfect! thats all i needed'],
    [156, 'l', 'Enjoy the visit. Thanks for chatting!', as(SIMON)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 19 a silent transfer and a long wait
  s(PERCY, '19 Runciman\'s Crusades in large print: silent transfer after an internal note, Tomás answers 150 s after the patron', [
    [0, 'p', 'does the library have runciman history of the crusades in large print, for my grandpa'],
    [15, 'l', 'Hi, Percy at Warren County Foundation Library.'],
    [20, 'l', 'Which library does your grandfather use?'],
    [50, 'p', 'the one in lebanon ohio'],
    [55, 'i', 'Tomás, can you take this? Needs SearchOhio large print holdings, you know that system.'],
    xfer(60, 'Tomás', 'tomas-m'),
    [200, 'l', 'Hola! Tomás from AskUsNow! here. Runciman isn\'t in large print anywhere in SearchOhio (searchohio.org), but the first volume is on Libby as an e-book where the text size can be enlarged. Does that work for him?', as(TOMAS)],
    [240, 'p', 'yes good idea, that\'s all I need'],
    [246, 'l', 'Great, thanks for chatting!', as(TOMAS)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 20 four sessions at once
  s(ROWENA, '20 motte vs keep definitions: three other sessions open all through (four at once)', [
    [0, 'p', 'whats the diff between a keep and a motte'],
    [18, 'l', 'Hi there, Rowena at Columbus Metropolitan Library!'],
    [24, 'l', 'Is this for a class worksheet?'],
    [50, 'p', 'yeah'],
    [56, 'l', 'A motte is the earth mound; a keep is the main tower, first wooden and later stone. The Britannica article "castle" (britannica.com/technology/castle) shows both. Did that clear it up?'],
    [90, 'p', 'yes ty thats all'],
    [95, 'l', 'Bye, good luck!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'rowena-m', -300, 400), other('r2', 'rowena-m', -60, 300), other('r3', 'rowena-m', 10, 200)],
  }),

  // 21 touching ends: three at most
  s(URSULA, '21 Harlech diorama: one session ends exactly at the start, two overlap, one starts exactly at the end', [
    [0, 'p', 'need floor plan of harlech castle for a diorama'],
    [14, 'l', 'Hiya! Ursula from the Hamilton Public Library, what a great project.'],
    [20, 'l', 'How detailed does it need to be, just the walls or the rooms too?'],
    [55, 'p', 'walls and towers'],
    [62, 'l', 'Cadw\'s guidebook "Harlech Castle" has a fold-out plan, and a plan is on the Cadw site at cadw.gov.wales/visit/places-to-visit/harlech-castle. Would that do?'],
    [100, 'p', 'yes, thats everything'],
    [105, 'l', 'Happy building! Thanks for stopping by.'],
  ], usual(), { endAfter: 5 }, {
    otherIntervals: [other('u1', 'ursula-m', -200, 0), other('u2', 'ursula-m', -100, 50), other('u3', 'ursula-m', 30, 300), other('u4', 'ursula-m', 110, 500)],
  }),

  // 22 a dismissal: a limit of questions
  s(VERA, '22 third question of the chat: "We only do two questions per patron, so I\'m ending this here." and no source', [
    [0, 'p', 'who was the first knight of the garter? and how many were there? and why a garter lol'],
    [20, 'l', 'Hi, Vera with Queens Public Library.'],
    [26, 'l', 'Are you asking about the founding in 1348?'],
    [60, 'p', 'yes and also what did they wear'],
    [66, 'l', 'Edward III founded it with 26 knights, the Black Prince among the first.'],
    [72, 'l', 'We only do two questions per patron, so I\'m ending this here.'],
    [80, 'p', 'wow ok'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 other patrons waiting, come back later (partly Spanish)
  s(TOMAS, '23 la Reconquista, many questions: "tengo otros usuarios esperando … vuelva a escribirnos" (allowed)', [
    [0, 'p', 'hi necesito libros sobre la reconquista, el cid, y tambien sobre los templarios en españa'],
    [16, 'l', '¡Hola! Soy Tomás, bibliotecario de AskUsNow!'],
    [22, 'l', '¿Prefiere libros en español o en inglés?'],
    [50, 'p', 'español'],
    [58, 'l', 'Para el Cid, "El Cid: historia y mito de un señor de la guerra" de David Porrinas; para la Reconquista, "La Reconquista" de Francisco García Fitz. Los dos se pueden pedir por préstamo interbibliotecario en marylandlibraries.org. ¿Le sirven?'],
    [100, 'p', 'si y los templarios? y las ordenes militares? y los castillos de calatrava?'],
    [108, 'l', 'Tengo otros usuarios esperando ahora mismo; vuelva a escribirnos más tarde y con gusto seguimos con los templarios. ¡Gracias por su paciencia!'],
    [130, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 24 the patron's last word
  s(WALT, '24 pottage for a class feast: the provider asks "anything else?", the patron has the last word', [
    [0, 'p', 'our class is doing a medieval feast. easy pottage recipe?'],
    [15, 'l', 'Hey! Walt at West Milford Public Library here.'],
    [22, 'l', 'How many people, and any allergies to plan around?'],
    [60, 'p', '25 kids no nuts'],
    [66, 'l', 'The Forme of Cury (1390) is free at gutenberg.org/ebooks/8102; for an easy modern version, English Heritage\'s "pease pottage" recipe at english-heritage.org.uk/visit/inspire-me/medieval-recipe is nut-free and scales up. Is that what you needed?'],
    [100, 'p', 'yes'],
    [105, 'l', 'Anything else?'],
    [130, 'p', 'nope, thats all i needed'],
  ], usual({ courteous: 'fail' })),

  // 25 final idle exactly 120 s, check-in inside it
  s(YVAINE, '25 the Boston Public Library\'s medieval manuscripts: answer at 56, "you still there?" at 150, goodbye at 176 (idle 120 s)', [
    [0, 'p', 'can I see real medieval manuscripts at bpl?'],
    [17, 'l', 'Hi, I\'m Yvaine, a reference librarian at the Boston Public Library.'],
    [23, 'l', 'Do you want to see them in person or online?'],
    [48, 'p', 'in person'],
    [56, 'l', 'Contact Rare Books and Manuscripts to book an appointment; the request form is at bpl.org/rare-books. Does that answer your question?'],
    [150, 'l', 'you still there?'],
    [176, 'l', 'Thanks for chatting, feel free to come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' })),

  // 26 final idle exactly 180 s, ends on a notice without a goodbye
  s(ZED, '26 tournaments and jousting: screen name "zed_ref", answer at 60, check-in at 150, "Looks like you disconnected, closing this chat." at 240, no goodbye', [
    [0, 'p', 'were jousts real or just movie stuff'],
    [16, 'l', 'hi there, how can i help?'],
    [22, 'l', 'Is this for school or just curious?'],
    [50, 'p', 'curious'],
    [60, 'l', 'Very real: "The Knight and the Joust" by Richard Barber (in the catalogue at pwcgov.org/library) covers tournaments from the 1100s on. Does that help?'],
    [150, 'l', 'Are you still there?'],
    [240, 'l', 'Looks like you disconnected, closing this chat.'],
  ], usual({ greeting: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 0 }),

  // 27 final idle 179 s: check-in, no notice needed
  s(ADA, '27 squires and pages: answer at 60, "Are you still online?" at 150, session ends at 239 (idle 179 s), code ""', [
    [0, 'p', 'at what age did a boy become a squire'],
    [18, 'l', 'Hello, Ada from Fox River Public Library.'],
    [24, 'l', 'Do you need a specific country or period?'],
    [45, 'p', 'england 1300s'],
    [60, 'l', 'Usually a page at about 7 and a squire at 14; see "The Knight in History" by Frances Gies, in our catalogue (frpl.info). Is that what you wanted?'],
    [150, 'l', 'Are you still online?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { endAfter: 89, resolutionCode: '' }),

  // 28 a notice and goodbye with no check-in
  s(BERT, '28 siege of Acre for a podcast: answer at 40, "It seems you\'ve disconnected; I\'ll end the session now. Thanks …" at 300, no check-in', [
    [0, 'p', 'need sources on the siege of acre 1189-91 for a podcast episode'],
    [12, 'l', 'Howdy, this is Bert at Tompkins County Public Library.'],
    [18, 'l', 'Popular or scholarly? I\'ll tailor it.'],
    [32, 'p', 'scholarly-ish'],
    [40, 'l', 'Thomas Asbridge, "The Crusades: The War for the Holy Land" (ch. 14), and John France, "The Crusades and the Expansion of Catholic Christendom"; both in our catalogue at tcpl.org. Is that what you need?'],
    [300, 'l', 'It seems you\'ve disconnected; I\'ll end the session now. Thanks for chatting!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 29 pickedUpAt at 45, first line at 90
  s(CLIO, '29 a sword in the family attic: pickedUpAt at 45, first line at 90, the Met\'s Arms and Armor department by e-mail', [
    [0, 'p', 'we found an old sword in my grandma\'s attic, could it be medieval? who can look at it'],
    [90, 'l', 'Good evening and thanks for contacting the St. Mary\'s County Library, this is Clio.'],
    [96, 'l', 'Does it have any markings on the blade or the hilt?'],
    [140, 'p', 'a little cross stamped near the handle'],
    [148, 'l', 'Most family swords turn out to be 19th-century, but a curator can tell. Write to the Met\'s Department of Arms and Armor at armsandarmor@metmuseum.org with photos of the markings. Does that help?'],
    [190, 'p', 'yes! thats all i needed'],
    [196, 'l', 'Good luck, I hope it is a real one! Bye.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(45) }),

  // 30 FU_ME with the e-mail only in the patron field, "by Friday", done at 80 h
  s(DOV, '30 Old English gospels side by side: FU_ME, e-mail only in patron.email, "by Friday", done at 80 h', [
    [0, 'p', 'Is there a side-by-side Old English and modern English text of the Wessex Gospels?'],
    [20, 'l', 'Good morning! Dov with AskUsNow! here.'],
    [26, 'l', 'Do you want a printed edition or something online?'],
    [60, 'p', 'Printed ideally.'],
    [68, 'l', 'Let me check with our humanities librarian and get back to you with a title by Friday, using the e-mail on your chat form.'],
    [100, 'p', 'Thank you.'],
    [106, 'l', 'Thanks for your patience, goodbye!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'rev.hale@example.org', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => MEDIEVAL.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-third round: knights, castles and medieval history, checked', () => {
  describeSessions('whole sessions', MEDIEVAL.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', MEDIEVAL.filter((c) => c.name in LEFT_WHY));
});
