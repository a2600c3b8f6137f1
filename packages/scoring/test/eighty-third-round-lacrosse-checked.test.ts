/**
 * Eighty-third round, theme LACROSSE, MARYLAND'S STATE SPORT, TEAMS AND EQUIPMENT, checked: 30 whole sessions no one had
 * written, as patrons and providers of Maryland public libraries and the statewide AskUsNow! service would write them:
 * whether lacrosse is the state sport (jousting is; lacrosse is the state team sport) for a 4th-grade project, a 9-year-old
 * girl's first gear and spring sign-up in Hyattsville (Spanish), U12 stick length, whether a hand-me-down helmet expires, a
 * girls' goalie's required gear, Johns Hopkins' 44 claimed titles, the Terps women's NCAA titles and Cindy Timchal, boys'
 * and girls' sticks, how many players are on the field at a Navy game, rec lacrosse for a 7-year-old in Ellicott City, a
 * great-uncle's Hall of Fame plaque in Sparks, stringing a traditional pocket, box lacrosse near Easton, Army–Navy tickets,
 * the Haudenosaunee origins of the game for an 11th-grade paper, girls' day camps near Cumberland, NOCSAE ND200 chest
 * protectors (partly Spanish), a girl's stick size, a 2005 Washington College roster for a scrapbook, D1 recruiting rules,
 * practice plans for a volunteer U10 coach, a Northern High (Calvert) state title, the Gilman–Boys' Latin rivalry, Salisbury
 * University's Division III titles, the Bayhawks' moves, donating outgrown gear in Queen Anne's County, a Bacharach Rasin
 * wooden stick from an attic, and the faceoff in the NCAA tournament. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/lacrosse-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 21–26 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello?? anyone there" at 38 (04: fail);
 *   `pickedUpAt` at 52 s with the first visible line at 63 s (05: pass on the recorded pickup); no provider ever, only the
 *   queue's line, the patron in Spanish (21: fail); Practice (20: na);
 *  greeting: service and name ("thanks for contacting AskUsNow! I'm Erin, a librarian at …", 01); Spanish "¡Buenas tardes!
 *   Gracias por comunicarse con AskUsNow!. Me llamo Marisol …" (02); the greeting in the first message and the name in the
 *   second ("Hi there, sorry to keep you waiting!" / "I'm Omar, a librarian with …", 03: pass); "Hello, you've reached a
 *   librarian at AskUsNow! … My name is Monique." (11); "Hey there, Ivan at … here!" (30); "Good afternoon! 🙂" and a question
 *   from the screen name pedro_smcl, no name, library or service in the text (14: fail); no provider (21: na);
 *  keep_informed: two holds of exactly 120 s each, "Let me check …, one moment." then "Still working on it — I have the NCAA
 *   list, and now I'm counting …" (06: pass); "let me look that up" answered 122 s later, the patron's "hello?" between (07:
 *   fail); a patron line answered 121 s later with no hold (09: fail) and one answered exactly 120 s later (14: pass); a
 *   transfer notice answered by the receiver 121 s later (27: fail), 48 s later and then a hold of 90 s (25: pass); a Lost
 *   Call with only a greeting (18: na);
 *  clarify: age, first season or not, position, division, which titles count, men's or women's, rec or club, grade and
 *   kind of source, day or overnight camp, helmet model and sticker date, goalie or field, team size and practice length,
 *   boys or girls, the gear's condition, what is stamped on the stick; a restatement with no question ("So you're after
 *   step-by-step stringing instructions …", 12); the answer straight after the greeting (08: fail); a question and no source
 *   ever (19: pass);
 *  sources: msa.maryland.gov (Maryland Manual), usalacrosse.com (several pages), nocsae.org, nfhs.org, the catalogue
 *   (hclibrary.org, fcpl.org, ccplonline.org), named books (Tucker and Yakutchik, Vennum, Downey, Hinkson, Fisher),
 *   ncaa.org, hopkinssports.com, umterps.com, navysports.com, stringking.com, haudenosauneenationals.com, frostburgsports.com,
 *   eligibilitycenter.org, mpssaa.org, ProQuest Historical Newspapers through prattlibrary.org, suathletics.com, Newsbank
 *   through aacpl.net, ncaapublications.com; a referral's phone (02), address (11), e-mail (28: the only source); none (09:
 *   the rules from memory; 19: only a question);
 *  completeness: "Does that answer what he needs for the project?", "¿Le sirve esta información?", "Does the NOCSAE page help
 *   for now?", "Does StringKing's guide look like it will work?", "Does that help with the first part?", "Does the Frostburg
 *   page help in the meantime?", "¿Le sirve?", "Does that give you a good starting point?" (pass); "Would it help if I also
 *   found the box scores from each of their title games?" (26: something not yet given, fail); "Want me to pull the rules
 *   for the women's draw too?" (30: an offer of more, fail); no answer ever given (19: fail);
 *  anything_else: the provider asks ("Is there anything else I can help with today?", "Anything else before the game?",
 *   "Can I help you with anything else?"); the patron says it ("yes thats all we needed", "es todo, no tengo mas preguntas",
 *   "yep thats everything", "that is everything", "thats all i need tonight!", "no thats everything!", "thats all for
 *   today"); near misses: "Let me know if you need anything else." after "ok thx" (08: fail), "lol fair enough" (23: fail),
 *   the patron silent after the answer (12 is saved by the patron's own "thats all i need tonight!");
 *  endings: the limit of questions, "so I'm going to end the session here", patron last (22: dismissal and courteous fail);
 *   "I have other patrons waiting … logging back on later … happy to help then" (23: allowed); a true Lost Call, greeting,
 *   "Hi, are you still with me?" at 150 and a notice that invites back at 340 (18); a Lost Call after two patron lines and a
 *   clarifying question (19: code fails); a goodbye 119 s after the provider's last reply (12: idle na), 120 s after with
 *   "Are you still there?" between (13: pass), 121 s after with no check-in (14: fail); a check-in and a notice that thanks
 *   and invites back exactly 180 s after the answer (15: both pass); a check-in and a plain goodbye 181 s after (16: notice
 *   fails); "Parece que se ha desconectado. Voy a cerrar esta sesión." with no question and no thanks, `endedAt` 181 s after
 *   the answer (17: idle fails, notice passes, courteous fails);
 *  codes: Lost Call with one patron line (18: pass) and two (19: fail); null with no provider (21); "" (30); Practice (20);
 *   the code field left out on a session with a promise (12: na); a promise coded Answered (24); Follow-up by me with no
 *   e-mail or phone anywhere (13);
 *  follow-ups: the code field left out, e-mail typed and read back, "by tomorrow evening", done at 20 h (12: contact and
 *   on_time pass); FU_ME, the e-mail only in `patron.email` ("the address on your chat account"), "by Monday", done 72 h and
 *   one minute after `endedAt` (04: contact and on_time fail); FU_ME, the patron gone before any contact, nothing recorded at
 *   day 1 (13: pending); FU_LIB, a phone typed with spaces and read back with dashes, no time, done at 75 h (16: contact and
 *   on_time fail); "I'll go through our microfilm and e-mail you any clipping I find tomorrow" coded Answered, e-mail read
 *   back, nothing recorded at day 1 (24: code fails, contact passes, on_time pending); FU_ME, e-mail read back, "by
 *   Thursday", done at 30 h (29: pass);
 *  referrals: the county parks department's youth sports office by phone, in Spanish (02: pass); Rec & Parks by phone and
 *   "ask the coaches at the Ellicott City youth lacrosse club" with no contact (10: fail, one party without a way); the
 *   National Lacrosse Hall of Fame and Museum by street address (11: pass); the MPSSAA office through its contact page's
 *   URL (24: pass); a county youth sports coordinator by e-mail (28: pass); not referrals: the patron's branch asked to phone
 *   the patron (16), web pages of USA Lacrosse, NOCSAE and the NCAA to read (many);
 *  transfers: a notice (a hold) and an internal note saying why (25: pass); an internal note only, the reason the
 *   provider's shift (26: fail); a notice only (27: fail);
 *  concurrency: three others never more than two of them at once with this one (05: three at most, pass); three others
 *   all overlapping from 30 s to 105 s (28: four at once, fail); one ending exactly at `startedAt`, two overlapping, one
 *   starting exactly at `endedAt` (29: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 52 s, pass, though the first visible line came at 63 s (05);
 * - a greeting in the first visible provider message and the name in the second satisfy "together" (03); "Good
 *   afternoon! 🙂" and a question, from the screen name pedro_smcl, identify no one in the text (14: fail);
 * - "Still working on it — I have the NCAA list, and now I'm counting the older titles …" gives a partial result and says
 *   the search goes on: a hold, so 06's two spans are 120 s each, not longer (pass); Felix's "Give me a couple of minutes
 *   to check the Sun index." is a hold (25);
 * - a restatement with no question mark ("So you're after step-by-step stringing instructions …") restates the question
 *   (12: clarify passes); with no source ever given, Val's question about printed roster or photos counts (19);
 * - a follow-up session's e-mail "on your chat account", named but never given or repeated in the chat, is not confirmed
 *   in it (04: contact fails though "by Monday" is said); a follow-up recorded 72 h and 60 s after `endedAt` is later than
 *   `followUpHours` (04: fail);
 * - "I'll dig into Eastern Shore box programs and get back to you" and "I'll check the interlibrary loan catalogs … and send
 *   you what I find" are promises to find more later (13, 12: follow-up sessions); "I can have someone there call you" is
 *   a promise that someone from the patron's library will make contact (16);
 * - the code field left out (`resolutionCode: undefined`, which a JSON source would not carry) means the source has no
 *   codes: resolution.code na while contact and on_time are still judged by the promise (12);
 * - "Does the NOCSAE page help for now?", "Does StringKing's guide look like it will work?", "Does that help with the
 *   first part?", "Does the Frostburg page help in the meantime?", "Does the Fisher book help as a start?", "Does that give
 *   you a good starting point?" ask whether what was already given meets the need (pass); "Would it help if I also found
 *   the box scores …" and "Want me to pull the rules for the women's draw too?" ask about things not yet given (26, 30:
 *   fail);
 * - when the exchange is substantive but no source or answer is ever given, there is no message in or after which the
 *   completeness question could come, and info.source is fail, not na: completeness fails (19);
 * - "Let me know if you need anything else." invites but does not ask; with the patron's "ok thx" and "will do" it is not
 *   anything_else (08: fail); "yes thats all we needed", "es todo, no tengo mas preguntas", "thats all i need tonight!",
 *   "no that covers it", "thats all for today" say explicitly that the patron is done;
 * - "You've hit the limit of questions I can take in one chat, so I'm going to end the session here." tells the patron they
 *   reached a limit and gives no way back (22: dismissal fails); "I have other patrons waiting … logging back on later"
 *   is the allowed ending (23);
 * - "It looks like you've disconnected, so I'll end this chat now. Thanks for contacting AskUsNow!, and come back anytime."
 *   is a goodbye (it thanks and invites back) and a disconnect notice, so the final idle ends at it (15: exactly 180 s);
 *   "Parece que se ha desconectado. Voy a cerrar esta sesión." is a notice but thanks no one and invites no one back, so the
 *   final idle runs to `endedAt` (17: 181 s) and neither of the provider's last two lines is courteous;
 * - "Thanks for coaching, and see you next time!" thanks the patron and invites them back (23); "Enjoy the game, and
 *   thanks for chatting!" and "Thanks for using AskUsNow!, and have a good season." are goodbyes;
 * - a county parks department's youth sports office, a youth lacrosse club's coaches, the Hall of Fame museum's staff, the
 *   MPSSAA office and a county youth sports coordinator are parties outside the chat the patron is told to call, ask,
 *   visit, contact or e-mail: referrals; one of two parties without a way to reach it fails the check (10);
 * - a transferred session with no other stored sessions is one session open at once for each provider (25–27: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (08, 29). Label corrections: none (both disagreements reread against
 * RUBRIC.md; both labels stood).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "Let me know if you need anything else." read as asking whether the patron needs
 * anything else, 08; "Is there anything else stamped on it, like a model name or a number?" not read as a question about
 * the need, 29).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ERIN: Prov = { id: 'erin-lx', name: 'Erin', library: 'HCPL-MD' };
const MARISOL: Prov = { id: 'marisol-lx', name: 'Marisol', library: 'PGCMLS' };
const OMAR: Prov = { id: 'omar-lx', name: 'Omar', library: 'AUN' };
const GWEN: Prov = { id: 'gwen-lx', name: 'Gwen', library: 'AACPL' };
const BEN: Prov = { id: 'ben-lx', name: 'Ben', library: 'HCLS' };
const HANK: Prov = { id: 'hank-lx', name: 'Hank', library: 'BCPL' };
const IMANI: Prov = { id: 'imani-lx', name: 'Imani', library: 'EPFL' };
const JASPER: Prov = { id: 'jasper-lx', name: 'Jasper', library: 'WCFL' };
const KIM: Prov = { id: 'kim-lx', name: 'Kim', library: 'CCPL-MD' };
const LUIS: Prov = { id: 'luis-lx', name: 'Luis', library: 'HCLS' };
const MONIQUE: Prov = { id: 'monique-lx', name: 'Monique', library: 'AUN' };
const NATE: Prov = { id: 'nate-lx', name: 'Nate', library: 'FCPL-MD' };
const OKSANA: Prov = { id: 'oksana-lx', name: 'Oksana', library: 'TCFL' };
const PEDRO: Prov = { id: 'pedro-lx', name: 'pedro_smcl', library: 'SMCL' };
const RENEE: Prov = { id: 'renee-lx', name: 'Renee', library: 'AUN' };
const SHAWN: Prov = { id: 'shawn-lx', name: 'Shawn', library: 'ACLS' };
const TOMAS: Prov = { id: 'tomas-lx', name: 'Tomás', library: 'CCPL-CE' };
const UMA: Prov = { id: 'uma-lx', name: 'Uma', library: 'AUN' };
const VAL: Prov = { id: 'val-lx', name: 'Val', library: 'KCPL' };
const TRAINEE: Prov = { id: 'trainee-lx', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-lx', name: 'Queue', library: 'VRQ' };
const WES: Prov = { id: 'wes-lx', name: 'Wes', library: 'AUN' };
const YOLANDA: Prov = { id: 'yolanda-lx', name: 'Yolanda', library: 'MCPL' };
const ZOE: Prov = { id: 'zoe-lx', name: 'Zoe', library: 'CCPL-CA' };
const ADAM: Prov = { id: 'adam-lx', name: 'Adam', library: 'AUN' };
const FELIX: Prov = { id: 'felix-lx', name: 'Felix', library: 'EPFL' };
const CORA: Prov = { id: 'cora-lx', name: 'Cora', library: 'WPL' };
const DINA: Prov = { id: 'dina-lx', name: 'Dina', library: 'WPL' };
const ELI: Prov = { id: 'eli-lx', name: 'Eli', library: 'AUN' };
const FIONA: Prov = { id: 'fiona-lx', name: 'Fiona', library: 'AACPL' };
const GRETA: Prov = { id: 'greta-lx', name: 'Greta', library: 'QACL' };
const HOLLY: Prov = { id: 'holly-lx', name: 'Holly', library: 'CCPL-CH' };
const IVAN: Prov = { id: 'ivan-lx', name: 'Ivan', library: 'DCPL' };

const s = session;

export const LACROSSE: SessionCase[] = [
  // 01 the plain good session
  s(ERIN, '01 is lacrosse the state sport? (4th-grade project): "Does the project need a source he can cite", msa.maryland.gov, "yes thats all we needed"', [
    [0, 'p', 'hi! my son (4th grade) has a project on maryland state symbols. is lacrosse our state sport?? he says yes his teacher says no lol'],
    [21, 'l', "Hi there, and thanks for contacting AskUsNow! I'm Erin, a librarian at Harford County Public Library."],
    [27, 'l', 'Does the project need a source he can cite, like a website or a book?'],
    [58, 'p', 'yes a website is fine, he has to write where he found it'],
    [66, 'l', "They're both a little bit right! Jousting has been Maryland's official state sport since 1962, and lacrosse became the official state team sport in 2004. The Maryland Manual lists every state symbol with the law that made it official: msa.maryland.gov > Maryland Manual > Maryland at a Glance > State Symbols."],
    [72, 'l', 'Does that answer what he needs for the project?'],
    [104, 'p', 'JOUSTING?? ok that is amazing. yes thats all we needed, thank you!!'],
    [110, 'l', 'Ha, it surprises almost everyone. Thanks for chatting, and good luck to him on the project!'],
  ], usual()),

  // 02 Spanish: first gear and sign-up, the parks department by phone
  s(MARISOL, '02 primera temporada de lacrosse para una niña de 9 años (Spanish): usalacrosse.com, el departamento de parques al 301-555-0148, "es todo, no tengo mas preguntas"', [
    [0, 'p', 'hola buenas tardes. mi hija tiene 9 años y quiere jugar lacrosse. que equipo necesita y donde la puedo inscribir? vivimos en hyattsville'],
    [24, 'l', "¡Buenas tardes! Gracias por comunicarse con AskUsNow!. Me llamo Marisol y soy bibliotecaria del sistema de bibliotecas del condado de Prince George's."],
    [31, 'l', '¿Ella ya ha jugado antes o sería su primera temporada?'],
    [70, 'p', 'primera vez. no sabemos nada jaja'],
    [79, 'l', 'Para niñas de su edad lo básico es un palo (stick) de lacrosse femenino, gafas protectoras (goggles) aprobadas, protector bucal y zapatos con tacos. USA Lacrosse tiene una guía para padres, en inglés y con fotos, en usalacrosse.com (sección "Parents"). Para inscribirla, le recomiendo llamar a la oficina de deportes juveniles del Departamento de Parques y Recreación del condado al 301-555-0148 y preguntar por la liga de primavera.'],
    [85, 'l', '¿Le sirve esta información?'],
    [128, 'p', 'si muchisimas gracias. es todo, no tengo mas preguntas'],
    [134, 'l', '¡Con mucho gusto! Gracias por escribirnos y que disfrute la temporada 🥍'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; the greeting and the name in two messages
  s(OMAR, '03 U12 boys\' stick length: pickup at exactly 60 s, "Hi there, sorry to keep you waiting!" then "I\'m Omar, a librarian with …", usalacrosse.com/rules', [
    [0, 'p', 'my son is moving up to U12 boys lacrosse this spring. does his stick need to be a certain length? the one he has is like 40 inches'],
    [60, 'l', 'Hi there, sorry to keep you waiting!'],
    [66, 'l', "I'm Omar, a librarian with Maryland's AskUsNow! service. Is he playing attack or midfield, or defense? The length rules differ."],
    [90, 'p', 'middie'],
    [98, 'l', "For U12 boys, USA Lacrosse's youth rules put a short stick (attack and midfield) at 37 to 42 inches overall, head included, so 40 inches is fine. The Boys' Youth Rules are a free PDF at usalacrosse.com/rules, in the stick specifications section."],
    [104, 'l', 'Did that answer your question?'],
    [130, 'p', 'yep thats everything, thanks!'],
    [135, 'l', 'Great! Thanks for using AskUsNow!, and have a good season.'],
  ], usual()),

  // 04 pickup at 61 s; FU_ME with the e-mail only on the account, done 72 h and a minute after the end
  s(GWEN, '04 does a hand-me-down helmet expire: "hello?? anyone there", pickup 61 s, nocsae.org, "e-mail it to the address on your chat account by Monday", done at 72 h + 60 s', [
    [0, 'p', 'does a lacrosse helmet expire? my son got a hand me down cascade helmet from his cousin'],
    [38, 'p', 'hello?? anyone there'],
    [61, 'l', "Sorry about the wait! Hi, I'm Gwen, a librarian at Anne Arundel County Public Library."],
    [67, 'l', 'Do you know the model, or the date on the sticker inside the shell?'],
    [100, 'p', 'cascade S, sticker says 2019'],
    [108, 'l', "A helmet needs a current NOCSAE seal to be legal in games, and the NOCSAE site explains when a helmet has to be reconditioned and recertified: nocsae.org, under Frequently Asked Questions. Each maker also sets its own service life."],
    [114, 'l', "I'd like to check Cascade's recertification policy for a 2019 S and send you what I find — I'll e-mail it to the address on your chat account by Monday. Does the NOCSAE page help for now?"],
    [150, 'p', 'ok'],
    [155, 'l', 'Is there anything else I can help with today?'],
    [170, 'p', 'no'],
    [174, 'l', 'Thanks for your patience, and take care!'],
  ], usual({ pickup: 'fail', contact: 'fail', onTime: 'fail' }),
  { ...FU_ME, patron: { name: null, email: 'lax.mom.annapolis@example.net', phone: null }, followUps: [{ doneAt: at(179 + 72 * HOUR + 60) }] },
  { now: T0 + 5 * DAY }),

  // 05 an ordinary good session: pickedUpAt 52, three others never four at once
  s(BEN, '05 a 7th-grade girls\' goalie with no gear: pickedUpAt 52 (first line 63), nfhs.org + usalacrosse.com + a book in the catalog, three open at most', [
    [0, 'p', 'hi, what gear does a girls lacrosse goalie have to wear? my daughter just got picked for goalie on her middle school team, we have nothing'],
    [63, 'l', "Hello, thanks for waiting! This is Ben at Howard County Library System's Ask a Librarian."],
    [69, 'l', 'Is she playing for a school team under the high school rules, or in a rec or club league?'],
    [95, 'p', 'school team, 7th grade'],
    [104, 'l', "For girls' goalies the required list is a helmet with a face mask, a throat protector, a chest protector, padded gloves and a mouthguard; many goalies add padding on the legs and arms. NFHS publishes the girls' rules at nfhs.org, and USA Lacrosse has a plain-language goalie equipment page at usalacrosse.com (search 'girls goalie equipment'). We also have Coaching Girls' Lacrosse by Janine Tucker and Maryalice Yakutchik in our catalog at hclibrary.org."],
    [110, 'l', 'Does that give you what you need?'],
    [140, 'p', 'yes this is great, super helpful'],
    [146, 'l', 'Anything else I can help you with?'],
    [160, 'p', 'nope thats it!'],
    [165, 'l', 'Good luck to her in goal! Thanks for chatting.'],
  ], usual(), { pickedUpAt: at(52) }, {
    otherIntervals: [other('b1', 'ben-lx', -100, 60), other('b2', 'ben-lx', 40, 200), other('b3', 'ben-lx', 70, 400)],
  }),

  // 06 two holds of exactly 120 s
  s(HANK, '06 Hopkins\' 44 titles (dad vs kid): hold at 66, "Still working on it" at 186, answer at 306 (two spans of exactly 120 s), ncaa.org + hopkinssports.com', [
    [0, 'p', 'how many national championships has johns hopkins mens lacrosse won? my dad says 44 and i say thats impossible'],
    [20, 'l', 'Hi! Hank here, a librarian at Baltimore County Public Library. Happy to help settle it.'],
    [26, 'l', 'Do you mean NCAA tournament titles only, or every national title they claim, going back before the NCAA tournament started?'],
    [60, 'p', 'both i guess??'],
    [66, 'l', 'Let me check the NCAA records and the Hopkins media guide, one moment.'],
    [186, 'l', "Still working on it — I have the NCAA list, and now I'm counting the older titles in the Hopkins record book."],
    [306, 'l', "Your dad is right, in a way: Johns Hopkins claims 44 national titles in all. Only 9 of them are NCAA tournament titles (1974, 1978, 1979, 1980, 1984, 1985, 1987, 2005 and 2007); the rest were awarded before the NCAA tournament began in 1971. The NCAA list is in the men's lacrosse records book at ncaa.org, and the full list is in the Hopkins media guide at hopkinssports.com."],
    [312, 'l', 'Does this completely answer your question?'],
    [350, 'p', 'omg ok so we are both right. that is everything, thank you!!'],
    [356, 'l', 'Ha, the best kind of argument. Thanks for chatting, and enjoy the next game!'],
  ], usual()),

  // 07 a hold answered 122 s later
  s(IMANI, '07 Terps women\'s NCAA titles, then the coach: ncaa.org + umterps.com, "let me look that up" answered 122 s later, "hello?" between', [
    [0, 'p', 'how many ncaa titles does the umd womens lacrosse team have'],
    [18, 'l', "Hello! I'm Imani, a librarian with the Enoch Pratt Free Library's Ask Us service."],
    [24, 'l', 'Division I titles only, or do you want the older AIAW-era ones too?'],
    [50, 'p', 'just ncaa'],
    [57, 'l', "Maryland's women have won 14 NCAA titles, the most of any program, including seven in a row from 1995 to 2001. The list is in the NCAA's women's lacrosse championship records at ncaa.org, and umterps.com has the year-by-year history."],
    [63, 'l', 'Did that help?'],
    [95, 'p', 'yes! and who was the coach for the 7 in a row?'],
    [101, 'l', 'Good question, let me look that up.'],
    [170, 'p', 'hello?'],
    [223, 'l', 'Sorry for the wait! That was Cindy Timchal, who coached Maryland from 1991 to 2006 before moving to Navy. Her coaching profile is on navysports.com.'],
    [229, 'l', 'Anything else I can find for you?'],
    [250, 'p', 'no thats all, thanks'],
    [255, 'l', 'You are welcome, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source; "Let me know if you need anything else."
  s(JASPER, '08 can my daughter use her brother\'s stick: the answer at once with no question, usalacrosse.com + nfhs.org, "Let me know if you need anything else."', [
    [0, 'p', 'whats the difference between a boys and girls lacrosse stick? can my daughter use her brothers old one'],
    [16, 'l', 'Hey, welcome to Ask a Librarian! Jasper here at Washington County Free Library.'],
    [23, 'l', "Short answer: not for games. Girls' heads have a shallow pocket, since the ball has to stay visible above the sidewall, and girls' sticks must pass a pocket check; boys' heads are strung much deeper. USA Lacrosse explains the differences on its equipment pages at usalacrosse.com, and the NFHS girls' rules at nfhs.org list the exact specs."],
    [29, 'l', 'Did that clear it up?'],
    [60, 'p', 'yeah makes sense. ok thx'],
    [66, 'l', 'Sure thing! Let me know if you need anything else.'],
    [90, 'p', 'will do'],
    [95, 'l', 'Thanks for chatting, good luck this season!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 09 no source; a patron line answered 121 s later with no hold
  s(KIM, '09 how many players on the field (first Navy game, Spanglish): men\'s or women\'s asked, the answer 121 s after "mens" with no hold, from memory, no source', [
    [0, 'p', 'how many players are on the field in lacrosse? voy a mi primer juego de navy el sabado and i dont want to look dumb lol'],
    [22, 'l', "Hi! I'm Kim, a librarian at Carroll County Public Library."],
    [28, 'l', "Is it the men's or the women's team you're going to see?"],
    [55, 'p', 'mens'],
    [176, 'l', "Sorry, I got pulled away for a second! Men's field lacrosse has ten a side: a goalie, three defensemen, three midfielders and three attackmen. A team has to keep at least four players in its defensive half and three in its offensive half, or it's offside. Does that help?"],
    [205, 'p', 'yes!! perfect'],
    [211, 'l', 'Anything else before the game?'],
    [230, 'p', 'nope thats all i needed'],
    [236, 'l', 'Enjoy the game, and thanks for chatting!'],
  ], usual({ informed: 'fail', source: 'fail' })),

  // 10 two parties, one without a way to reach it
  s(LUIS, '10 rec lacrosse for a 7-year-old in Ellicott City: Rec & Parks at 410-555-0132, "ask the coaches at the Ellicott City youth lacrosse club" (no contact)', [
    [0, 'p', 'hi where can my 7 yr old play lacrosse around ellicott city? he has never played'],
    [19, 'l', 'Hello! Luis here, librarian at Howard County Library System. Thanks for reaching out.'],
    [25, 'l', 'Is he interested in a rec league, or would you consider a club team?'],
    [55, 'p', 'rec, just for fun'],
    [63, 'l', "For just-for-fun play, call Howard County Recreation & Parks' youth sports office at 410-555-0132 and ask about spring lacrosse for his age group. It's also worth asking the coaches at the Ellicott City youth lacrosse club about their free try-lacrosse day. USA Lacrosse's guide for new lacrosse parents is at usalacrosse.com/parents."],
    [69, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yes thank you!'],
    [106, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no, all set'],
    [125, 'l', 'Have fun at practice, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 an ordinary good session: the Hall of Fame by street address
  s(MONIQUE, '11 a great-uncle\'s Hall of Fame plaque: "you\'ve reached a librarian at AskUsNow!", the museum at 2 Loveton Circle, Sparks (address), usalacrosse.com', [
    [0, 'p', 'my great uncle is in the lacrosse hall of fame, he played for st johns college in annapolis in the 1930s. can i see his plaque somewhere'],
    [23, 'l', "Hello, you've reached a librarian at AskUsNow!, Maryland's statewide chat service. My name is Monique."],
    [29, 'l', 'How lovely! Do you know what year he was inducted?'],
    [60, 'p', 'i think 1960s? his name was Albert "Bud" Kessler'],
    [68, 'l', "The National Lacrosse Hall of Fame and Museum is at USA Lacrosse's headquarters, 2 Loveton Circle, Sparks, MD 21152; you can visit and ask the museum staff to show you his plaque and any files they keep on him. The inductee list is searchable at usalacrosse.com under Hall of Fame, so you can confirm the year before you go."],
    [74, 'l', 'Is that the kind of thing you were hoping for?'],
    [110, 'p', "yes! we'll plan a trip"],
    [116, 'l', 'Wonderful. Is there anything else I can look up for you?'],
    [140, 'p', 'no that covers it, thanks so much'],
    [146, 'l', 'My pleasure — enjoy the visit, and thanks for chatting with AskUsNow!'],
  ], usual({ referral: 'pass' })),

  // 12 no code field; a promise with the e-mail read back and a time; goodbye 119 s after the read-back
  s(NATE, '12 stringing a traditional pocket: a restatement, stringking.com + fcpl.org, a promise, e-mail read back, "by tomorrow evening", no code field, goodbye 119 s later, done at 20 h', [
    [0, 'p', 'trying to restring my sons lacrosse head with a traditional pocket (leather + nylon) and im totally lost. are there any good instructions? also is there a book on it'],
    [20, 'l', 'Good evening! Nate here, a librarian at Frederick County Public Libraries.'],
    [27, 'l', "So you're after step-by-step stringing instructions for a traditional leather-and-nylon pocket on a boys' head, plus a book if we have one."],
    [50, 'p', 'yep exactly'],
    [58, 'l', "StringKing has free step-by-step traditional stringing guides with photos at stringking.com. Our catalog at fcpl.org has a few general lacrosse skills books, but nothing on stringing alone that I can see; I'll check the interlibrary loan catalogs for a stringing guide and send you what I find. Does StringKing's guide look like it will work?"],
    [95, 'p', 'yes that looks good. sure send me whatever you find, its coach.dmorrow@example.org. thats all i need tonight!'],
    [102, 'l', "Got it: coach.dmorrow@example.org. I'll send what I find by tomorrow evening."],
    [221, 'l', 'Thanks for chatting, and good luck with the pocket!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: at(226 + 20 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 FU_ME with no contact at all; a goodbye exactly 120 s after the answer, a check-in between
  s(OKSANA, '13 box lacrosse near Easton: usalacrosse.com/box, "I\'ll dig into Eastern Shore box programs and get back to you", no contact, "Are you still there?", goodbye 120 s after the answer', [
    [0, 'p', 'is box lacrosse the same as regular lacrosse? my son wants to try it, are there any box leagues near easton'],
    [21, 'l', "Hi, thanks for contacting Talbot County Free Library's Ask a Librarian! I'm Oksana."],
    [27, 'l', 'How old is your son?'],
    [50, 'p', '13'],
    [58, 'l', "Box lacrosse is played indoors, or in a hockey-rink-style box, with five runners and a goalie per side, a shot clock and smaller goals; it's faster and more physical than field lacrosse. USA Lacrosse's box lacrosse page at usalacrosse.com/box explains the rules and has a program finder by ZIP code. Does that help with the first part?"],
    [80, 'l', "I don't see an Easton program on the finder yet, so I'll dig into Eastern Shore box programs and get back to you."],
    [140, 'l', 'Are you still there?'],
    [178, 'l', 'Thanks for chatting — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 no identification; a reply exactly 120 s after the patron; a goodbye 121 s after the answer with no check-in
  s(PEDRO, '14 Army–Navy lacrosse tickets: "Good afternoon! 🙂" from pedro_smcl (no name in the text), the answer exactly 120 s after the patron, navysports.com, goodbye 121 s later', [
    [0, 'p', 'when does navy play army in lacrosse this year and do u need tickets'],
    [19, 'l', 'Good afternoon! 🙂'],
    [24, 'l', 'Are you looking for the game at Annapolis, or wherever it is this year?'],
    [50, 'p', 'whereever it is, we live in lexington park so hopefully close lol'],
    [170, 'l', "The Army–Navy men's game alternates between West Point and Annapolis; the schedule on navysports.com (Men's Lacrosse > Schedule) links to tickets. Home games at Navy-Marine Corps Memorial Stadium are usually cheap, but the Army game can sell out. Does that help?"],
    [291, 'l', 'Thanks for chatting, go Navy!'],
  ], usual({ greeting: 'fail', anything: 'fail', idle: 'fail' })),

  // 15 a check-in and a notice that thanks and invites back, exactly 180 s after the answer
  s(RENEE, '15 Haudenosaunee origins for an 11th-grade paper: Vennum and Downey, haudenosauneenationals.com, "Are you still there?", notice + goodbye exactly 180 s after the answer', [
    [0, 'p', 'need sources on the native american origins of lacrosse for a history paper'],
    [17, 'l', "Hello and welcome to AskUsNow! I'm Renee, a librarian."],
    [23, 'l', 'What grade is the paper for, and does it need scholarly sources?'],
    [55, 'p', '11th grade, at least 2 books'],
    [64, 'l', "Two strong books: Thomas Vennum's American Indian Lacrosse: Little Brother of War, and Allan Downey's The Creator's Game: Lacrosse, Identity, and Indigenous Nationhood. Search the titles in your library's catalog, or request them through Maryland's interlibrary loan. For a shorter piece, the Haudenosaunee Nationals' history page at haudenosauneenationals.com tells the story from the Haudenosaunee side. Is that the kind of thing you need?"],
    [180, 'l', 'Are you still there?'],
    [244, 'l', "It looks like you've disconnected, so I'll end this chat now. Thanks for contacting AskUsNow!, and come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 16 FU_LIB, a phone read back, no time, done at 75 h; a check-in and a plain goodbye 181 s after the read-back
  s(SHAWN, '16 girls\' lacrosse day camps near Cumberland: frostburgsports.com, "I can have someone there call you", phone read back, no time, "Still there?", goodbye 181 s later, done at 75 h', [
    [0, 'p', 'are there any summer lacrosse camps for kids around cumberland? my daughter is 11'],
    [24, 'l', "Hi! Shawn with Allegany County Library System's Ask a Librarian here."],
    [30, 'l', 'Would she need a day camp, or is an overnight camp okay?'],
    [58, 'p', 'day camp. we are in lavale'],
    [66, 'l', "Frostburg State's athletics site, frostburgsports.com, lists the summer camps its coaches run, including girls' lacrosse day camps. Our LaVale branch also collects local camp flyers each spring; I can have someone there call you with what they have. What's a good number?"],
    [100, 'p', '301 555 0199'],
    [107, 'l', "Thanks, that's 301-555-0199. Does the Frostburg page help in the meantime?"],
    [232, 'l', 'Still there?'],
    [288, 'l', 'Thanks for chatting, and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', contact: 'fail', onTime: 'fail' }),
  { ...FU_LIB, followUps: [{ doneAt: at(293 + 75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 partly Spanish: a notice with no question and no thanks; endedAt 181 s after the answer
  s(TOMAS, '17 NOCSAE ND200 chest protector (partly Spanish): goalie or field asked, nocsae.org, "Parece que se ha desconectado. Voy a cerrar esta sesión." (no check-in), endedAt 181 s after the answer', [
    [0, 'p', 'hola, my son plays lacrosse en la high school y el coach dice que necesita un chest protector nuevo con un sello especial? q es eso'],
    [21, 'l', "¡Hola! Hi, I'm Tomás, librarian at Cecil County Public Library. ¿Su hijo juega de portero (goalie) o en el campo?"],
    [48, 'p', 'en el campo, midfield. español porfa'],
    [57, 'l', "Claro. Desde 2022 las reglas de la NFHS para varones piden que las hombreras de todos los jugadores cubran el pecho y lleven el sello NOCSAE ND200, que indica que protegen contra un pelotazo en el corazón (commotio cordis). En la tienda busque la etiqueta 'Meets NOCSAE Standard ND200'. NOCSAE explica el estándar en nocsae.org (en inglés). ¿Le sirve?"],
    [187, 'l', 'Parece que se ha desconectado. Voy a cerrar esta sesión.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }), { endAfter: 51 }),

  // 18 a true Lost Call
  s(UMA, '18 a girl\'s stick size (Lost Call): greeting only, "Hi, are you still with me?" at 150, "looks like you may have disconnected … come back anytime" at 340', [
    [0, 'p', 'what size lacrosse stick for a 5 foot 2 girl'],
    [26, 'l', "Hello! I'm Uma, a librarian with AskUsNow!."],
    [150, 'l', 'Hi, are you still with me?'],
    [340, 'l', "It looks like you may have disconnected, so I'm going to close this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after two patron lines and a clarifying question
  s(VAL, '19 a 2005 Washington College roster for a scrapbook: two patron lines, a clarifying question, then gone; "Are you still there?", notice + thanks; coded Lost Call', [
    [0, 'p', 'hi do you know where i can find the washington college mens lacrosse roster from like 2005'],
    [12, 'p', 'my nephew played then and we want to make him a scrapbook'],
    [31, 'l', 'Hello! This is Val at Kent County Public Library.'],
    [37, 'l', 'Would a printed roster from the media guide work, or are you hoping for team photos too?'],
    [160, 'l', 'Are you still there?'],
    [230, 'l', "It looks like you've disconnected, so I'll close this chat for now. Thanks for writing in, and please come back anytime!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (stick question script): coded Practice, every check na', [
    [0, 'p', 'test: practice chat, lacrosse stick question'],
    [12, 'l', 'Practice reply: see usalacrosse.com'],
    [25, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined (Spanish)
  s(QUEUE, '21 wall ball en una biblioteca de Somerset (Spanish): no provider ever joined, "hola? hay alguien?", "olvídelo", patron left, code null', [
    [0, 'p', 'hola, hay algun programa de lacrosse o wall ball para niños en alguna biblioteca de somerset county?'],
    [3, 's', 'Thank you for your patience. A librarian will be with you soon. You are #4 in the queue.'],
    [150, 'p', 'hola? hay alguien?'],
    [230, 'p', 'olvídelo'],
    left(236),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 dismissed: a limit of questions
  s(WES, '22 D1 recruiting, then a long list: eligibilitycenter.org, "You\'ve hit the limit of questions I can take in one chat, so I\'m going to end the session here.", patron last', [
    [0, 'p', 'my daughter is a junior and wants to play D1 lacrosse. when can coaches contact her?'],
    [20, 'l', "Hi, I'm Wes, a librarian with AskUsNow!."],
    [26, 'l', "Is she being recruited for women's lacrosse?"],
    [50, 'p', 'yes womens'],
    [58, 'l', "Under the NCAA's Division I rules for women's lacrosse, coaches can't contact recruits until September 1 of their junior year of high school. The NCAA Eligibility Center's guide for college-bound athletes is at eligibilitycenter.org. Does that help?"],
    [90, 'p', 'ok. what about unofficial visits? and what gpa does she need? and how do showcases work and which ones are good and whats a highlight video supposed to look like'],
    [97, 'l', "You've hit the limit of questions I can take in one chat, so I'm going to end the session here."],
    [110, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 the allowed "other patrons waiting"
  s(YOLANDA, '23 a volunteer U10 coach: usalacrosse.com/coaches + Lacrosse For Dummies, then a long list, "other patrons waiting … logging back on later", "lol fair enough"', [
    [0, 'p', 'first time coaching my sons U10 rec lacrosse team (parent volunteer lol). need drills for total beginners'],
    [18, 'l', 'Good morning! Yolanda from Montgomery County Public Libraries here, happy to help.'],
    [24, 'l', 'How many kids are on the team, and how long are your practices?'],
    [55, 'p', '14 kids, hour practices twice a week'],
    [64, 'l', "USA Lacrosse's coaching pages have free beginner practice plans and drill videos for 10U at usalacrosse.com/coaches, and our catalog has Lacrosse For Dummies by Jim Hinkson, which has a chapter on drills for young players."],
    [70, 'l', 'Does that look like what you need?'],
    [100, 'p', 'yes. also how do i run tryouts, what about a parent email template, snack schedule app, how to teach cradling, rules for substitutions, and how to handle a parent yelling at refs'],
    [108, 'l', "That's quite a list! I have other patrons waiting for help right now, so I'd suggest logging back on later and we can go through the rest one at a time — we'll be happy to help then."],
    [120, 'p', 'lol fair enough'],
    [125, 'l', 'Thanks for coaching, and see you next time!'],
  ], usual({ anything: 'fail' })),

  // 24 a promise coded Answered; the MPSSAA office by its contact page
  s(ZOE, '24 did Northern High (Calvert) win a state title: mpssaa.org, the MPSSAA office via its contact page, "I\'ll … e-mail you any clipping I find tomorrow", e-mail read back, coded Answered', [
    [0, 'p', 'did northern high school (calvert) ever win the state lacrosse title? my husband swears they won in the 90s'],
    [17, 'l', 'Hi! Zoe here, librarian at Calvert Library. 🥍'],
    [23, 'l', 'Boys or girls team?'],
    [45, 'p', 'boys'],
    [53, 'l', 'The MPSSAA keeps the list of past state champions by sport at mpssaa.org (Sports > Boys Lacrosse > Past Champions), so you can check the 1990s there. Did that help?'],
    [90, 'p', 'its there but the 90s part is kind of incomplete?'],
    [98, 'l', "I see that. You can ask the MPSSAA office about missing years through the contact page at mpssaa.org/about/contact. The Calvert Recorder also covered the county's teams every week; I'll go through our microfilm and e-mail you any clipping I find tomorrow. What's your e-mail?"],
    [130, 'p', 'kmcgraw.dunkirk@example.com'],
    [137, 'l', 'Thanks — kmcgraw.dunkirk@example.com. Anything else I can help with today?'],
    [160, 'p', 'no thats everything!'],
    [166, 'l', 'Great, thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending', referral: 'pass' })),

  // 25 a transfer with a notice and a note (an ordinary good session)
  s(ADAM, '25 Gilman vs Boys\' Latin for an alumni newsletter: "I\'m going to transfer you to him — one moment please", a note why, Felix at the Pratt, ProQuest Baltimore Sun', [
    [0, 'p', "hi im writing a piece for my alumni newsletter on the gilman vs boys latin lacrosse rivalry. when did they first play each other?"],
    [19, 'l', 'Hello, and thanks for contacting AskUsNow! This is Adam, a librarian.'],
    [25, 'l', 'Do you need the first game ever, or the first game in the MIAA league?'],
    [55, 'p', 'first ever if its known'],
    [62, 'l', "Enoch Pratt's Maryland Department has the Baltimore Sun back to the 1800s, and their librarian Felix is on chat right now. I'm going to transfer you to him — one moment please."],
    [65, 'i', "Felix: patron writing an alumni piece, wants the first Gilman vs Boys' Latin lacrosse game. Needs the Sun and your Maryland Dept know-how, can you take it?"],
    xfer(68, 'Felix', 'felix-lx'),
    [110, 'l', "Hi, Felix from the Pratt Library's Maryland Department here. Give me a couple of minutes to check the Sun index.", as(FELIX)],
    [200, 'l', "The Sun's index points to coverage of the two schools meeting in the 1920s, but nothing that says it was their first game. You can read the articles yourself in ProQuest Historical Newspapers: The Baltimore Sun, free with a Pratt card at prattlibrary.org > Research > Databases; search Gilman AND \"Boys Latin\" AND lacrosse, 1900 to 1930.", as(FELIX)],
    [206, 'l', 'Does that give you a good starting point?', as(FELIX)],
    [240, 'p', "yes that's perfect, that's all i needed!"],
    [246, 'l', 'Glad to help — thanks for chatting, and good luck with the newsletter!', as(FELIX)],
  ], usual({ transfer: 'pass' })),

  // 26 a silent transfer: a note only; an offer of something not yet given
  s(CORA, '26 Salisbury U\'s Division III titles: a note ("my shift ends in 2 min"), the transfer with no word to the patron, Dina with suathletics.com, "Would it help if I also found the box scores …?"', [
    [0, 'p', 'how many national titles has salisbury u mens lacrosse won? and when was the last one'],
    [20, 'l', 'Hi! Cora at Wicomico Public Libraries, Ask a Librarian.'],
    [26, 'l', 'Do you want all their titles or just the NCAA Division III ones?'],
    [50, 'p', 'ncaa ones'],
    [54, 'i', "Dina, my shift ends in 2 min — pt wants Salisbury U men's lax NCAA D3 titles, can you pick this up? thx"],
    xfer(57, 'Dina', 'dina-lx'),
    [120, 'l', "Hello, Dina here, also at Wicomico Public Libraries. Salisbury's men have won more Division III titles than any other program; the year-by-year list, with the most recent title, is in the Sea Gulls' record book at suathletics.com (Men's Lacrosse > Record Book), and the NCAA's Division III championship history at ncaa.com lists every final.", as(DINA)],
    [126, 'l', 'Would it help if I also found the box scores from each of their title games?', as(DINA)],
    [150, 'p', 'no thats ok, the record book is enough. thats all i needed thanks'],
    [156, 'l', "You're welcome, go Gulls! Thanks for using Ask a Librarian.", as(DINA)],
  ], usual({ complete: 'fail', transfer: 'fail' })),

  // 27 a transfer with a notice and no note; the receiver 121 s after the notice
  s(ELI, '27 the Bayhawks\' moves: "I\'m transferring you to her now. One moment!" with no note, Fiona 121 s later, Newsbank through aacpl.net', [
    [0, 'p', 'when did the bayhawks pro lacrosse team move from baltimore to annapolis? and do they still exist'],
    [22, 'l', "Hi there! Eli with AskUsNow! here, I'm a librarian."],
    [28, 'l', 'Are you asking about the Major League Lacrosse team, the Chesapeake Bayhawks?'],
    [50, 'p', 'yes that one'],
    [57, 'l', "A colleague at Anne Arundel County Public Library follows the team closely, so I'm transferring you to her now. One moment!"],
    xfer(60, 'Fiona', 'fiona-lx'),
    [178, 'l', "Hi, Fiona at Anne Arundel County Public Library here. The team began as the Baltimore Bayhawks in 2001, spent 2007 to 2009 as the Washington Bayhawks, and became the Chesapeake Bayhawks in Annapolis in 2010. When MLL merged into the Premier Lacrosse League in 2020, the team stopped playing. The Capital Gazette's coverage is in our Newsbank database at aacpl.net > Research.", as(FIONA)],
    [184, 'l', 'Does that answer your question?', as(FIONA)],
    [215, 'p', 'yes wow thanks!'],
    [220, 'l', 'Anything else I can help with?', as(FIONA)],
    [240, 'p', 'no thank you'],
    [245, 'l', 'Thanks for chatting, have a good one!', as(FIONA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 28 four at once; a referral by e-mail as the only source
  s(GRETA, '28 donating outgrown gear in Queen Anne\'s County: the youth sports coordinator at qac.youthsports@example.org (the only source), four chats open at once (fail)', [
    [0, 'p', 'my boys outgrew all their lacrosse gear, sticks helmets pads. anywhere in queen annes county that takes donations?'],
    [15, 'l', "Hello! Greta here, a librarian at Queen Anne's County Library."],
    [21, 'l', 'Is the gear still in good shape, and are the helmets less than 10 years old?'],
    [50, 'p', 'yes pretty good, helmets are from 2020'],
    [58, 'l', "Queen Anne's County Parks and Recreation collects used youth sports gear for families who can't afford it. E-mail their youth sports coordinator at qac.youthsports@example.org and they'll tell you when and where to drop it off."],
    [64, 'l', 'Was that what you needed?'],
    [95, 'p', 'perfect, thats all i needed!'],
    [100, 'l', 'Wonderful — thanks for donating, and thanks for chatting!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('g1', 'greta-lx', -60, 200), other('g2', 'greta-lx', 10, 150), other('g3', 'greta-lx', 30, 300)],
  }),

  // 29 an ordinary good follow-up: FU_ME, e-mail read back, "by Thursday", done at 30 h; touching ends
  s(HOLLY, '29 grandpa\'s Bacharach Rasin wooden stick: Fisher\'s history in the catalog, e-mail read back, "by Thursday", done at 30 h, touching ends (three at most)', [
    [0, 'p', 'found my grandpas old wooden lacrosse stick in the attic, it says bacharach rasin baltimore on it. how old could it be?'],
    [21, 'l', "Good afternoon! I'm Holly, a librarian at Charles County Public Library."],
    [27, 'l', 'Is there anything else stamped on it, like a model name or a number?'],
    [60, 'p', 'just says "hand made" and a little 7 maybe'],
    [68, 'l', "Bacharach Rasin was a Baltimore sporting goods company that sold wooden sticks for much of the 20th century. Donald Fisher's Lacrosse: A History of the Game (Johns Hopkins University Press) covers the wooden-stick era and is in our catalog at ccplonline.org. I'd also like to look for old Bacharach Rasin catalogs to narrow the date; can I e-mail you what I find?"],
    [100, 'p', 'yes!! its tjhenson@example.net'],
    [106, 'l', "tjhenson@example.net, got it. I'll send what I find by Thursday. Does the Fisher book help as a start?"],
    [140, 'p', 'yes thank you. thats all for today'],
    [146, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(151 + 30 * HOUR) }] }, {
    now: T0 + 3 * DAY,
    otherIntervals: [other('h1', 'holly-lx', -300, 0), other('h2', 'holly-lx', -40, 90), other('h3', 'holly-lx', 30, 400), other('h4', 'holly-lx', 151, 500)],
  }),

  // 30 code ""; an offer of more instead of the completeness question
  s(IVAN, '30 the faceoff in the NCAA tournament: ncaapublications.com, "Want me to pull the rules for the women\'s draw too?", "Can I help you with anything else?", code ""', [
    [0, 'p', 'how does a faceoff work in college lacrosse? watching the ncaa tournament and i dont get it'],
    [20, 'l', 'Hey there, Ivan at Dorchester County Public Library here!'],
    [26, 'l', "Men's or women's games? They're different (the women start with a draw)."],
    [45, 'p', 'mens'],
    [53, 'l', "Two players crouch at midfield with the backs of their stick heads together and the ball between them; on the whistle they fight to clamp it or push it out to a teammate, while the wing players wait at the wing lines until someone has it. The NCAA men's lacrosse rules book is free at ncaapublications.com, in the faceoff section."],
    [59, 'l', "Want me to pull the rules for the women's draw too?"],
    [85, 'p', 'nah im good thx'],
    [90, 'l', 'Can I help you with anything else?'],
    [105, 'p', 'no'],
    [110, 'l', 'Enjoy the tournament, and thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => LACROSSE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('08')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 5: "Let me know if you need anything else." is an invitation, not a question: it does not ask whether the patron needs anything more, which is what RUBRIC.md requires of the provider, and the patron\'s own lines ("yeah makes sense. ok thx", "will do") never say explicitly that they are done.',
  [byNo('29')]:
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it"). Message 2: "Is there anything else stamped on it, like a model name or a number?" asks about the stick the patron wants dated (its markings shape the answer), before the first source in message 4; it is not the "anything else?" closing question RUBRIC.md sets aside, which asks whether the patron needs more help.',
};

describe('eighty-third round: lacrosse, Maryland\'s state sport, teams and equipment, checked', () => {
  describeSessions('whole sessions', LACROSSE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', LACROSSE.filter((c) => c.name in LEFT_WHY));
});
