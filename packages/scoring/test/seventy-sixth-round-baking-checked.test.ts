/**
 * Seventy-sixth round, theme BAKING AND BREAD, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: sourdough starters (a sluggish week-old starter, a starter from scratch that became a
 * Lost Call), gluten-free baking (a sinking chocolate cake, sandwich bread flour, a banana bread's "moderate oven"),
 * cottage food laws (pan dulce at a Saturday market in Spanish, decorated cookies sold from home, a PTA bake sale, a home
 * baker's ServSafe class), altitude (a move to Denver, a cabin at Deep Creek, tres leches at 7,000 feet in Spanish),
 * cookbook history (the first American cookbook, Joy of Cooking editions, an 1896 Fannie Farmer, 1800s cookbooks to see
 * in person, Smith Island cake, a great-grandfather's Baltimore bakery, beaten biscuits, pan de muerto for a church in
 * Spanish) and baking programs at the library (a kids' bread class, a macaron demo handout, a kitchen for bake sale prep).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside
 * to /tmp/s72/baking-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: an 18 s pickup, "Hi there, welcome to Ask Us Now! This is Priya, a librarian at …" (01); pickup at exactly
 *   60 s (03: pass) and 61 s (04: fail); a name and service with no greeting word, "Noor with the Enoch Pratt Free
 *   Library's Ask a Librarian service." (05: fail); Spanish "¡Buenos días! Le saluda Lucía, bibliotecaria de …" (02) and
 *   "¡Hola! Soy Andrés, bibliotecario del …" (15); chat-speak "hey hey! kit here, librarian at cecil county public library
 *   🙂" (08); "Hello, thanks for waiting! I'm Ruth …" (04); "Hi, Vic with Ask Us Now here." (24); a queue line and no
 *   provider ever (29);
 *  inquiry: flour and feeding, home or commercial kitchen, what is baked, flour blend, printed here or by an American,
 *   copyright year, whole manual or recipes, recipe or scratch, other unclear words on a card, height of the cabin, in-state
 *   or shipping, bakery name, title-page imprint, deadline, history or recipe, branch, region and era, recipe or curiosity,
 *   yeasted or quick bread, pan size, newsletter use, school or nonprofit, buttercream or fondant, language, altitude,
 *   ServSafe or any class, thin or pan pizza; sources straight after the greeting with no question (11: fail);
 *  waits: a hold answered exactly 120 s later, then a partial-result hold answered 102 s later (06: pass); "One moment
 *   while I search for it." answered 122 s later with the patron's "hello?" in between (07: fail); a patron line answered
 *   125 s later, the patron's "u still there?" 80 s in not restarting it (08: fail); "No rush, take your time." and the
 *   patron back 252 s later (09: waiting on the patron, pass); a hold while a colleague is consulted by internal note (13);
 *   transfer notices answered 65 s (26) and 102 s (27) later;
 *  endings: a Lost Call with only a greeting, "Hello? Are you still with me?" at 170 and "We seem to have lost the
 *   connection, so I'm going to close this chat. You're welcome to chat in again any time!" at 360 (19: final idle 320 s);
 *   one message that asks and gives the notice, "Are you still there? It looks like you may have disconnected — I'll close
 *   this chat shortly …" (20: 225 s, courteous fails); a goodbye exactly 120 s after the answer with no check-in (21:
 *   idle fails, disconnect na); a check-in and a goodbye exactly 180 s after the answer, no notice (22); a notice only,
 *   "Looks like we got disconnected, so I'll end this chat now." (23: 250 s, idle and courteous fail); the patron's "yep
 *   thats all i needed, bye" as the last line (10: courteous fails); "our time is up for this chat. I need to wrap up
 *   here." then "Bye." (24: dismissal fails, courteous passes); "A few other patrons are waiting for help right now … please
 *   chat back in later" (25: allowed); goodbyes "Happy baking, and thanks for chatting with us!", "¡Con mucho gusto! Que
 *   le vaya muy bien …, adiós.", "Good luck with the move, bye!", "Bye now.", "Enjoy that cookbook — thanks for writing
 *   in!", "Take care, goodbye!", "happy baking, bye!", "So glad! Thanks for chatting with the Pratt.", "talk soon!",
 *   "¡Gracias por escribirnos! Que tenga buen día.", "Thanks for your patience, have a good evening!", "¡Que le salga rico!
 *   Gracias por escribirnos."; patron-side "ok thats all i needed", "ya no tengo mas preguntas", "thats everything, thx",
 *   "no that's everything, this was great", "no, eso era todo", "yep! thats everything", and "yes! signing her up now",
 *   "kind of. fine", "ok will do" that do not count;
 *  sources: books in the catalogue and on Libby (Forkish, Mendelson, Hunn, Roberts, America's Test Kitchen, Cook's
 *   Illustrated, Maryland's Way, Mrs. Kitching), kingarthurbaking.com, extension.colostate.edu, loc.gov, manualslib.com,
 *   foodtimeline.org, health.maryland.gov, digitalmaryland.org, abaa.org, msa.maryland.gov, wilton.com, pubs.nmsu.edu,
 *   servsafe.com, seriouseats.com, library events pages; none (10: advice from the provider only, fail);
 *  referrals: the county environmental health office by phone in Spanish (02: pass); a health department by phone and the
 *   Maryland Department of Agriculture with no contact (12: fail); a museum by street address, after a colleague consulted
 *   on the patron's behalf (13: pass); the class leader by e-mail (11: pass); a librarian who will call the patron (15) and
 *   a web class finder (27): no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday afternoon", done at 20 h (14: pass); FU_LIB in Spanish, a
 *   phone typed with spaces and read back with dashes, "el viernes", done at 80 h (15: late); a promise to e-mail, e-mail
 *   read back, no time, coded Answered (16: code and contact fail, pending at day 1); FU_ME, "get back to you on this
 *   tomorrow" and no contact anywhere, not recorded at day 4 (17); FU_LIB, "within 72 hours", done exactly 72 h after the
 *   end (18: pass);
 *  codes: a true Lost Call (19); Lost Call after two patron lines (20); an empty string (09); null with no provider (29);
 *   Practice (30);
 *  transfers: a visible notice (a hold, in a bilingual greeting) and an internal note before it that says why (26: pass); a
 *   visible notice and the internal note written after the transfer (27: fail);
 *  concurrency: one other chat ending at the start, one starting at the end, a hand-over at 130 s, another provider's chat
 *   beside it (03: three at most, pass); three others overlapping for 10 s (28: four at once, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Noor with the Enoch Pratt Free Library's Ask a Librarian service." identifies but does not greet (no hello, hi,
 *   welcome, thanks for contacting …), and the second message is a question: greeting fails (05);
 * - greetings, questions and closings in Spanish count as the English ones RUBRIC lists ("¡Buenos días!", "¡Hola!",
 *   "¿Le sirve esta información?", "¿Algo más en que le pueda ayudar?", 02, 15, 26); the patron's "ya no tengo mas
 *   preguntas" ("I have no more questions") and "no, eso era todo" ("no, that was all") say explicitly they are done;
 * - "Is there anything else on the card that's unclear?" asks about the patron's need (what to look up), not the closing
 *   "anything else?" (09: clarify pass);
 * - "Still digging — so far I see … ; checking where 1943 fits." gives a partial result and says the search goes on: a hold
 *   (06), so the spans are 68 -> 188 = exactly 120 s and 188 -> 290, neither longer;
 * - "Would you like me to find the label template too?" offers more, it does not ask whether what was given meets the need
 *   (12: completeness fails); "Would that work for you?" after the manual's link does ask it (07);
 * - "You should also get in touch with the Maryland Department of Agriculture" tells the patron to contact an agency and
 *   gives no way to reach it (12: referral fails, though the health department has a phone);
 * - "Our Maryland Department colleague confirms …" is staff consulted on the patron's behalf, not a referral; "you could
 *   also visit the Maryland Center for History and Culture, 610 Park Avenue, …" is one, with a postal address (13);
 * - "¿Quiere que ella le llame?" / "Ella le llamará el viernes" (15) and "The Western Maryland Room staff will e-mail you
 *   within 72 hours" (18) are promises that someone will contact the patron (follow-up sessions), not referrals; "el
 *   viernes" ("on Friday") says when;
 * - "I'll also ask around … and e-mail you anything I find" is a promise of a follow-up (16) though coded Answered;
 * - a follow-up recorded exactly 72 h after `endedAt` is "within `followUpHours`" (18: pass);
 * - "Hello? Are you still with me?" asks whether the patron is there (19); "We seem to have lost the connection, so I'm
 *   going to close this chat. You're welcome to chat in again any time!" tells both parts of the notice and invites back
 *   without asking: a goodbye, ending the final idle at it (19: 40 -> 360);
 * - "Looks like we got disconnected, so I'll end this chat now." is the notice but neither asks nor thanks, says goodbye or
 *   invites back (23);
 * - "our time is up for this chat. I need to wrap up here." tells the patron their time is up; the later "Bye." says
 *   goodbye, so courteous still passes (24);
 * - Dana's "I'll connect you to a colleague who speaks Spanish — one moment please." announces the transfer (a hold), and
 *   "¿Prefiere español?" asks about the answer's format (26).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: none.
 * Final: 29 running, 1 LEFT (09: inquiry.clarify, the need question "Is there anything else on the card that's unclear?"
 * read as a closing "anything else?"; reason in LEFT_WHY).
 * Every timing check (pickup at 60 and 61 s, no provider; keep_informed at exactly 120, 122 and 125 s, across a
 * partial-result hold, "take your time", a consultation hold and two transfer notices; final idles of 120, 180, 225, 250
 * and 320 s; concurrency at four and at touching ends; on_time done at 20 h, at exactly 72 h, at 80 h, not recorded at day
 * 4, pending at day 1) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (29 running, 1 through describeLeft). `npx tsc -p
 * tsconfig.json --noEmit`: no error in this file.
 * ON v68 (block AH8): case 09's "Is there anything else on the card that's unclear?" asks about the need (a clarifying question), not the
 *   closing "anything else?"; it runs, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n: number): Line => [sec, 's', `Please hold, a librarian will be with you shortly. You are number ${n} in line.`];

const PRIYA: Prov = { id: 'priya-bk', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-bk', name: 'Lucía', library: 'MCPL' };
const OWEN: Prov = { id: 'owen-bk', name: 'Owen', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-bk', name: 'Ruth', library: 'BCPL' };
const NOOR: Prov = { id: 'noor-bk', name: 'Noor', library: 'EPFL' };
const SAM: Prov = { id: 'sam-bk', name: 'Sam', library: 'AACPL' };
const TARIQ: Prov = { id: 'tariq-bk', name: 'Tariq', library: 'HCPL-MD' };
const KIT: Prov = { id: 'kit-bk', name: 'kit_cecil', library: 'CCPL-CE' };
const ZARA: Prov = { id: 'zara-bk', name: 'Zara', library: 'WIPL' };
const GWEN: Prov = { id: 'gwen-bk', name: 'Gwen', library: 'GCPL' };
const THEO: Prov = { id: 'theo-bk', name: 'Theo', library: 'CCPL-CA' };
const ELLIS: Prov = { id: 'ellis-bk', name: 'Ellis', library: 'FCPL-MD' };
const IRIS: Prov = { id: 'iris-bk', name: 'Iris', library: 'EPFL' };
const MILO: Prov = { id: 'milo-bk', name: 'Milo', library: 'AUN' };
const ANDRES: Prov = { id: 'andres-bk', name: 'Andrés', library: 'PGCMLS' };
const HAZEL: Prov = { id: 'hazel-bk', name: 'Hazel', library: 'SMCL' };
const BEA: Prov = { id: 'bea-bk', name: 'Bea', library: 'QACL' };
const NELL: Prov = { id: 'nell-bk', name: 'Nell', library: 'WCFL' };
const FERN: Prov = { id: 'fern-bk', name: 'Fern', library: 'DCPL-MD' };
const JUNE: Prov = { id: 'june-bk', name: 'June', library: 'ACLS' };
const PAZ: Prov = { id: 'paz-bk', name: 'Paz', library: 'AUN' };
const QUINN: Prov = { id: 'quinn-bk', name: 'Quinn', library: 'HCLS' };
const RORY: Prov = { id: 'rory-bk', name: 'Rory', library: 'KCPL-MD' };
const VIC: Prov = { id: 'vic-bk', name: 'Vic', library: 'AUN' };
const WILLA: Prov = { id: 'willa-bk', name: 'Willa', library: 'TCFL' };
const DANA: Prov = { id: 'dana-bk', name: 'Dana', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-bk', name: 'Marisol', library: 'AUN' };
const YUSUF: Prov = { id: 'yusuf-bk', name: 'Yusuf', library: 'BCPL' };
const GRETA: Prov = { id: 'greta-bk', name: 'Greta', library: 'BCPL' };
const BRAM: Prov = { id: 'bram-bk', name: 'Bram', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-bk', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-bk', name: 'Trainee 12', library: 'TRN' };

const s = session;

export const BAKING: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 sluggish week-old sourdough starter: "welcome to Ask Us Now! This is Priya", flour asked, Forkish + kingarthurbaking.com, "thats all i needed"', [
    [0, 'p', 'hi my sourdough starter is like a week old and barely bubbles?? is it dead'],
    [18, 'l', 'Hi there, welcome to Ask Us Now! This is Priya, a librarian at Howard County Library System.'],
    [24, 'l', 'What flour are you feeding it, and how often?'],
    [61, 'p', 'all purpose, once a day. kitchen is kinda cold'],
    [70, 'l', "It's probably just sluggish, not dead — a cold kitchen slows a starter down a lot. Try feeding it some whole wheat or rye and keeping it somewhere near 75°F. Flour Water Salt Yeast by Ken Forkish (in our catalog, and as an ebook) has a troubleshooting section, and King Arthur's starter guide is at kingarthurbaking.com/recipes/sourdough-starter-recipe."],
    [76, 'l', 'Does that answer what you were wondering?'],
    [110, 'p', 'yes!! ok thats all i needed, thank you'],
    [116, 'l', 'Happy baking, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish, a referral by phone
  s(LUCIA, '02 pan dulce at a Saturday market (Spanish): home or commercial kitchen, health.maryland.gov, county office by phone, "ya no tengo mas preguntas"', [
    [0, 'p', 'hola, quiero vender pan dulce y conchas en el mercado de los sabados, necesito algun permiso?'],
    [25, 'l', '¡Buenos días! Le saluda Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [31, 'l', '¿Los hornearía en la cocina de su casa o en una cocina comercial?'],
    [70, 'p', 'en mi casa'],
    [80, 'l', 'En Maryland la ley de "cottage food" permite vender ciertos productos horneados en casa si llevan la etiqueta correcta. El Departamento de Salud explica los requisitos en health.maryland.gov (busque "cottage food"). Para el mercado, puede llamar a la oficina de Salud Ambiental del condado al 240-777-3986; ahí le dicen si ese mercado pide algo más.'],
    [86, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchisimas gracias, ya no tengo mas preguntas'],
    [136, 'l', '¡Con mucho gusto! Que le vaya muy bien con la venta, adiós.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; three at most, touching ends
  s(OWEN, '03 cakes after a move to Denver: pickup at exactly 60 s, extension.colostate.edu, touching and handed-over chats (three at most)', [
    [0, 'p', "we're moving to Denver next month and my mom says my cakes will flop up there. is that true? how do i fix my recipes"],
    [60, 'l', "Good morning! You've reached Ask Us Now, I'm Owen, one of the librarians on the statewide service."],
    [66, 'l', 'What do you bake most — cakes, cookies, yeast breads?'],
    [100, 'p', 'mostly layer cakes and banana bread'],
    [110, 'l', "Your mom's partly right: above 3,000 feet batters rise faster and dry out. Colorado State University Extension has a free fact sheet, High Altitude Baking, at extension.colostate.edu, with a table for cutting leavening and sugar and adding liquid. Is that what you needed?"],
    [150, 'p', 'oh thats super helpful'],
    [155, 'l', 'Anything else I can look up for you?'],
    [170, 'p', 'nope'],
    [175, 'l', 'Good luck with the move, bye!'],
  ], usual(), {}, {
    otherIntervals: [
      other('o1', 'owen-bk', -400, 0), other('o2', 'owen-bk', 20, 500), other('o3', 'owen-bk', 40, 130), other('o4', 'owen-bk', 130, 600),
      other('o5', 'owen-bk', 180, 400), other('z1', 'someone-else', 0, 180),
    ],
  }),

  // 04 pickup at 61 s
  s(RUTH, '04 gluten-free chocolate cake sinks: pickup at 61 s, flour blend asked, ATK gluten-free book at bcpl.info, "thats everything, thx"', [
    [0, 'p', 'why does my gluten free chocolate cake sink in the middle every single time 😩'],
    [61, 'l', "Hello, thanks for waiting! I'm Ruth, a librarian with Baltimore County Public Library."],
    [67, 'l', 'Which flour are you using — a store blend with xanthan gum, or your own mix?'],
    [100, 'p', 'bobs red mill 1 to 1'],
    [108, 'l', "Sinking is usually underbaking or too much leavening, and gluten-free batters need a bit longer in the oven. America's Test Kitchen's The How Can It Be Gluten Free Cookbook has a whole chapter on cakes; it's in our catalog at bcpl.info. Did that help?"],
    [140, 'p', 'yeah ill try baking it longer. thats everything, thx'],
    [146, 'l', 'Thanks for chatting — good luck with the cake!'],
  ], usual({ pickup: 'fail' })),

  // 05 identification without a greeting
  s(NOOR, '05 first American cookbook: "Noor with the Enoch Pratt Free Library\'s Ask a Librarian service." (no greeting), Amelia Simmons at loc.gov', [
    [0, 'p', 'what was the first cookbook published in america? for a school project'],
    [30, 'l', "Noor with the Enoch Pratt Free Library's Ask a Librarian service."],
    [36, 'l', 'Do you need the first one printed here at all, or the first one written by an American?'],
    [80, 'p', 'by an american i think'],
    [88, 'l', 'That would be American Cookery by Amelia Simmons, 1796. The Library of Congress has a scan you can read and cite: search "American Cookery Simmons" at loc.gov. Is that what you were looking for?'],
    [120, 'p', 'yes thats perfect'],
    [126, 'l', 'Do you need help citing it, or anything else?'],
    [150, 'p', 'no im good'],
    [155, 'l', 'Good luck on the project! Bye now.'],
  ], usual({ greeting: 'fail' })),

  // 06 holds at exactly 120 s and a partial-result hold
  s(SAM, '06 which Joy of Cooking edition: "Let me look into" answered 120 s later by a partial-result hold, then the answer 102 s later', [
    [0, 'p', "how many editions of the Joy of Cooking are there? I have my grandmother's and want to know which one it is"],
    [20, 'l', 'Hi! This is Sam, a librarian at Anne Arundel County Public Library.'],
    [26, 'l', 'What year is printed on the copyright page of yours?'],
    [60, 'p', '1943'],
    [68, 'l', 'Let me look into the edition history for you.'],
    [188, 'l', 'Still digging — so far I see the 1931 self-published original and the 1936 Bobbs-Merrill edition; checking where 1943 fits.'],
    [290, 'l', "Yours is the wartime edition of 1943, with notes on rationing. Anne Mendelson's Stand Facing the Stove tells the whole story of the editions; it's in our catalog at aacpl.net. Does that help?"],
    [330, 'p', 'omg yes, so cool, thats all i needed'],
    [335, 'l', 'Enjoy that cookbook — thanks for writing in!'],
  ], usual()),

  // 07 a hold answered 122 s later
  s(TARIQ, '07 lost Oster bread machine manual: "One moment while I search for it." answered 122 s later, patron "hello?" between, manualslib.com', [
    [0, 'p', 'I have an old Oster bread machine (model 5838) and lost the manual. any chance the library has it?'],
    [22, 'l', 'Hello, Tariq here at Harford County Public Library. Do you need the whole manual, or just the recipes and cycle settings?'],
    [55, 'p', 'the whole thing if possible'],
    [62, 'l', 'One moment while I search for it.'],
    [140, 'p', 'hello?'],
    [184, 'l', 'Found it: ManualsLib has the Oster 5838 manual as a free PDF at manualslib.com (search "Oster 5838"). Would that work for you?'],
    [220, 'p', 'yes got it downloaded thanks'],
    [226, 'l', 'Great. Anything else?'],
    [240, 'p', 'no thats it'],
    [245, 'l', 'Take care, goodbye!'],
  ], usual({ informed: 'fail' })),

  // 08 a patron line answered 125 s later; the second patron line does not restart the wait
  s(KIT, '08 gluten-free sandwich bread flour (chat-speak): a patron line answered 125 s later, "u still there?" in between, Hunn on Libby', [
    [0, 'p', 'looking for a gluten free flour that actually works for sandwich bread'],
    [15, 'l', 'hey hey! kit here, librarian at cecil county public library 🙂'],
    [20, 'l', 'do u have a recipe already or starting from scratch?'],
    [50, 'p', 'i have a recipe from a blog but it calls for a blend i cant find'],
    [58, 'l', 'gotcha, whats the blend called?'],
    [90, 'p', 'some "artisan blend" from a brand in canada'],
    [170, 'p', 'u still there?'],
    [215, 'l', 'sorry, had to dig! most bakers swap in a blend w/ psyllium husk for bread. Gluten-Free on a Shoestring Bakes Bread by Nicole Hunn explains how, we have it on Libby. that help?'],
    [250, 'p', 'ok ill try that. thx'],
    [256, 'l', 'np! anything else?'],
    [270, 'p', 'nah thats all'],
    [274, 'l', 'happy baking, bye!'],
  ], usual({ informed: 'fail' })),

  // 09 take your time; code ""
  s(ZARA, '09 grandma\'s recipe card ("a teacup of flour"): "No rush, take your time." and the patron back 252 s later, foodtimeline.org, code ""', [
    [0, 'p', 'my grandmas recipe card says "a teacup of flour" and "butter the size of an egg" how much is that in real measurements lol'],
    [28, 'l', "Good afternoon! I'm Zara, a librarian at Wicomico Public Libraries."],
    [34, 'l', "Is there anything else on the card that's unclear? Then I can look them all up at once."],
    [70, 'p', 'yes theres more, let me go grab the card, brb'],
    [78, 'l', 'No rush, take your time.'],
    [330, 'p', 'ok back. also "quick oven" and "oleo"'],
    [340, 'l', 'Roughly: a teacup is about 3/4 cup, butter the size of an egg is about 1/4 cup, a quick oven is around 375-400°F, and oleo is margarine. The Food Timeline at foodtimeline.org has a page on old measurements. Is that what you were after?'],
    [380, 'p', 'yes thanks!! thats everything'],
    [386, 'l', 'Have fun baking it, thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 10 no source; the patron has the last word
  s(GWEN, '10 cookies at a Deep Creek cabin: height asked, advice with no source, patron "yep thats all i needed, bye" last', [
    [0, 'p', 'do I need to change my cookie recipes at our cabin at Deep Creek? someone said altitude matters'],
    [20, 'l', 'Hello, this is Gwen from Garrett County Public Library. Happy to help!'],
    [26, 'l', 'About how high is the cabin, do you know?'],
    [60, 'p', 'around 2500 ft i think'],
    [68, 'l', 'At about 2,500 feet most cookie recipes turn out fine as written; changes usually start around 3,000 feet. If they spread a little, cut the baking soda slightly or add a spoonful more flour.'],
    [74, 'l', 'Does that help?'],
    [110, 'p', 'yep thats all i needed, bye'],
  ], usual({ source: 'fail', courteous: 'fail' })),

  // 11 source with no question first; a referral by e-mail
  s(THEO, '11 kids\' no-knead bread class: events page straight after the greeting (no question), the leader by e-mail', [
    [0, 'p', 'Is the library still doing that bread baking class for kids? My daughter loved the last one'],
    [14, 'l', 'Hi! Theo here, librarian at Carroll County Public Library.'],
    [20, 'l', 'Yes — Little Bakers: No-Knead Bread is on Saturday the 14th at the Westminster branch, ages 8-12. You can register at library.carr.org/events.'],
    [23, 'l', 'If she has any food allergies, e-mail the program leader, Ms. Patel, at youthprograms@carr.org before Saturday.'],
    [26, 'l', 'Did that answer your question?'],
    [60, 'p', 'yes! signing her up now'],
    [66, 'l', 'Is there anything else I can help you with today?'],
    [80, 'p', 'no, that was it'],
    [86, 'l', 'Wonderful — thanks for reaching out, and enjoy the class!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 12 two referrals, one without contact; an offer of more
  s(ELLIS, '12 decorated cookies sold from home: health dept by phone, "get in touch with the Maryland Department of Agriculture" (none), offer of a template', [
    [0, 'p', 'I want to sell decorated sugar cookies online out of my house in Frederick. whats legal?'],
    [25, 'l', "Hello! I'm Ellis, a librarian at Frederick County Public Libraries."],
    [31, 'l', 'Would you ship them to other states, or only sell in Maryland?'],
    [70, 'p', 'just maryland, maybe local pickup'],
    [80, 'l', "Maryland's cottage food rules cover home-baked cookies sold in the state, and the label requirements are listed at health.maryland.gov under Cottage Food Businesses. For the Frederick County side, call the Health Department's Environmental Health office at 301-600-1717. You should also get in touch with the Maryland Department of Agriculture, since they handle some home bakery questions."],
    [88, 'l', 'Would you like me to find the label template too?'],
    [120, 'p', 'no thats ok, I can find it'],
    [126, 'l', 'Anything else for today?'],
    [140, 'p', 'no'],
    [145, 'l', 'Thanks for chatting, take care!'],
  ], usual({ complete: 'fail', referral: 'fail' })),

  // 13 a colleague consulted; a museum by address
  s(IRIS, '13 great-grandfather\'s Gay Street bakery: colleague consulted by internal note, digitalmaryland.org, a museum by street address', [
    [0, 'p', 'my great grandfather owned a bakery on Gay Street in Baltimore in the 1920s. how can I find out more about it?'],
    [22, 'l', 'Hi there! Iris here, a librarian with the Enoch Pratt Free Library. Do you know the name of the bakery?'],
    [60, 'p', 'Hoffmann Bros Bakery i think'],
    [66, 'l', 'Let me check with our Maryland Department staff, one moment.'],
    [70, 'i', 'MD Dept: any city directories listing Hoffmann Bros Bakery, Gay St, 1920s?'],
    [150, 'l', "Our Maryland Department colleague confirms the Polk's Baltimore City Directories for the 1920s list it, and they're searchable in the Digital Maryland collection at digitalmaryland.org. For business records and photos, you could also visit the Maryland Center for History and Culture, 610 Park Avenue, Baltimore, MD 21201."],
    [156, 'l', 'Does that give you a good place to start?'],
    [200, 'p', 'yes!! thank you so much'],
    [206, 'l', 'Anything else I can help with?'],
    [220, 'p', "no that's everything, this was great"],
    [226, 'l', 'So glad! Thanks for chatting with the Pratt.'],
  ], usual({ referral: 'pass' })),

  // 14 follow-up by me, on time
  s(MILO, '14 an 1896 Fannie Farmer, first edition?: abaa.org, e-mail typed and read back, "by Wednesday afternoon", FU_ME done at 20 h', [
    [0, 'p', 'I found an 1896 Boston Cooking-School Cook Book by Fannie Farmer at an estate sale. Is it worth anything? how do I tell if its a first edition'],
    [24, 'l', "Hello, and thanks for contacting Ask Us Now! I'm Milo, a librarian."],
    [30, 'l', 'What does the title page say at the bottom — publisher and city?'],
    [75, 'p', 'Little, Brown, and Company Boston 1896'],
    [85, 'l', "That's promising: the first edition came from Little, Brown in 1896 in a small print run. The ABAA's guide to identifying first editions is at abaa.org. I'd like to pull auction records from our databases for you, which takes a while. Could I e-mail them to you?"],
    [120, 'p', 'yes please, its lena.f.marsh@gmail.com'],
    [128, 'l', "Got it: lena.f.marsh@gmail.com. I'll send the auction results by Wednesday afternoon. Does the ABAA guide help for now?"],
    [160, 'p', 'yes thank you!'],
    [165, 'l', "You're welcome. Anything else before you go?"],
    [180, 'p', 'nope'],
    [185, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 15 follow-up by the patron's library, in Spanish, late
  s(ANDRES, '15 pan de muerto for 100 (Spanish): deadline asked, pgcmls.info, phone typed with spaces and read back, "el viernes", FU_LIB done at 80 h', [
    [0, 'p', 'buenas, busco recetas de pan de muerto para un evento en la iglesia, para 100 personas. tienen libros?'],
    [20, 'l', '¡Hola! Soy Andrés, bibliotecario del Sistema de Bibliotecas del Condado de Prince George.'],
    [26, 'l', '¿Para qué fecha lo necesita?'],
    [60, 'p', 'para el 1 de noviembre'],
    [70, 'l', 'En nuestro catálogo (pgcmls.info) hay varios libros de panadería mexicana; busque "pan de muerto". Para una receta en cantidad para 100, la bibliotecaria de la colección en español de la sucursal de Hyattsville puede buscar más. ¿Quiere que ella le llame?'],
    [110, 'p', 'si, mi numero es 301 555 0178'],
    [118, 'l', 'Perfecto: 301-555-0178. Ella le llamará el viernes con las recetas. ¿Le ayuda lo del catálogo mientras tanto?'],
    [150, 'p', 'si gracias'],
    [156, 'l', '¿Algo más en que le pueda ayudar?'],
    [170, 'p', 'no, nada mas, gracias'],
    [176, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 a promise to e-mail, coded Answered, no time
  s(HAZEL, '16 old-fashioned beaten biscuits: Maryland\'s Way in the catalog, "I\'ll … e-mail you anything I find", e-mail read back, no time, coded Answered', [
    [0, 'p', 'Looking for an old St. Marys County recipe for "beaten biscuits", my aunt used to make them'],
    [30, 'l', "Hi, I'm Hazel, a librarian at St. Mary's County Library. Are you after the history too, or just a recipe?"],
    [60, 'p', 'just a good recipe, like the old fashioned way'],
    [70, 'l', "Maryland's Way, the Hammond-Harwood House cookbook, has a classic beaten biscuit recipe, and we have a copy in our catalog. I'll also ask around in our local history files and e-mail you anything I find. What's your e-mail?"],
    [100, 'p', 'rjt.biscuits@yahoo.com'],
    [106, 'l', "Thanks, I have rjt.biscuits@yahoo.com. Does the Maryland's Way suggestion help?"],
    [140, 'p', 'yes that helps, thank you'],
    [146, 'l', 'Thanks for chatting, bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 17 follow-up by me with no contact anywhere, not recorded at day 4
  s(BEA, '17 macaron demo handout (upset patron): qaclibrary.org/events, "get back to you on this tomorrow", no e-mail or phone, FU_ME not recorded at day 4', [
    [0, 'p', 'the library had a baking program last spring where someone demoed french macarons, i need the handout and its not online anywhere!!'],
    [25, 'l', "Hello! Bea here at Queen Anne's County Library."],
    [31, 'l', 'Do you remember which branch held it?'],
    [60, 'p', 'kent island. ugh i have looked everywhere'],
    [70, 'l', "I'm sorry it's been such a hassle. Our events archive at qaclibrary.org/events lists the program but not the handout. I'll ask the presenter for a copy and get back to you on this tomorrow. Does the archive page help a little in the meantime?"],
    [100, 'p', 'kind of. fine'],
    [106, 'l', 'Thanks for your patience, have a good evening!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 18 follow-up by the patron's library, done exactly 72 h after the end
  s(NELL, '18 1800s cookbooks to see in person: catalog subject search, e-mail read back, "within 72 hours", FU_LIB done exactly 72 h after the end', [
    [0, 'p', 'hi! does the library have any cookbooks from the 1800s I could look at in person? researching old cake recipes'],
    [20, 'l', 'Good evening, this is Nell with Washington County Free Library. Are you looking for cakes from a certain region or era?'],
    [55, 'p', 'pennsylvania dutch / maryland, 1850-1900'],
    [64, 'l', 'Our Western Maryland Room holds some 19th century cookbooks; you can see them in the catalog at washcolibrary.org (search the subject "Cookery, American -- Early works"). The room\'s librarian can pull the best ones and send you a list. What\'s a good e-mail for that?'],
    [100, 'p', 'd.pfeiffer@outlook.com'],
    [108, 'l', 'Thanks — d.pfeiffer@outlook.com. The Western Maryland Room staff will e-mail you within 72 hours. Does the catalog search help for now?'],
    [140, 'p', 'yes thank you!'],
    [146, 'l', 'Anything else tonight?'],
    [160, 'p', 'no thats everything'],
    [165, 'l', 'Great, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(170 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 a true Lost Call
  s(FERN, '19 sourdough starter from scratch (Lost Call): greeting only, "Are you still with me?" at 170, "lost the connection … chat in again any time" at 360', [
    [0, 'p', 'how do you make a sourdough starter from scratch'],
    [40, 'l', "Hi, welcome to Ask a Librarian! I'm Fern at Dorchester County Public Library."],
    [170, 'l', 'Hello? Are you still with me?'],
    [360, 'l', "We seem to have lost the connection, so I'm going to close this chat. You're welcome to chat in again any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Lost Call after two patron lines; one message asks and gives the notice
  s(JUNE, '20 baking soda or powder for biscuits: coded Lost Call after two patron lines, "Are you still there? It looks like you may have disconnected …" 220 s after', [
    [0, 'p', 'whats the difference between baking soda and baking powder'],
    [18, 'l', 'Hello! June here, librarian at Allegany County Library System.'],
    [24, 'l', 'Is this for a recipe you are working on, or just curious?'],
    [50, 'p', 'recipe for biscuits, i only have soda'],
    [60, 'l', "Baking powder is baking soda plus an acid, so with only soda you'd need buttermilk or a little cream of tartar. The Science of Good Cooking from Cook's Illustrated explains it; you can borrow it through our catalog at alleganycountylibrary.info. Does that help?"],
    [280, 'l', "Are you still there? It looks like you may have disconnected — I'll close this chat shortly if I don't hear from you."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 21 a goodbye exactly 120 s after the answer, no check-in
  s(PAZ, '21 freezing cinnamon roll dough: kingarthurbaking.com, no reply, goodbye exactly 120 s after the answer with no check-in', [
    [0, 'p', 'can u freeze bread dough'],
    [20, 'l', 'Hi! This is Paz with Ask Us Now, the Maryland libraries chat.'],
    [26, 'l', 'Is it a yeasted dough, like sandwich bread, or a quick bread batter?'],
    [45, 'p', 'yeasted, for cinnamon rolls'],
    [55, 'l', 'Yes — shape the rolls, freeze them on a tray, then bag them for up to a month; thaw them overnight in the fridge before the last rise. King Arthur explains it on their blog at kingarthurbaking.com (search "freezing dough"). Did that answer it?'],
    [175, 'l', 'Thanks for stopping by, happy baking!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 22 a check-in and a goodbye exactly 180 s after the answer, no notice
  s(QUINN, '22 gluten-free banana bread "moderate oven": Roberts in the catalog, "Are you still there?" at 190, goodbye at 250 (180 s), no notice', [
    [0, 'p', 'what temp do i bake a gluten free banana bread at? recipe just says moderate oven'],
    [22, 'l', "Hello, I'm Quinn, a librarian at Howard County Library System."],
    [28, 'l', 'What size pan are you using?'],
    [60, 'p', '9x5 loaf'],
    [70, 'l', 'A moderate oven is 350°F, and in a 9x5 pan a gluten-free banana bread usually needs 60-70 minutes. Gluten-Free Baking Classics by Annalise Roberts (in our catalog) has a banana bread that spells it out. Is that what you needed?'],
    [190, 'l', 'Are you still there?'],
    [250, 'l', 'Thanks for chatting with us, feel free to come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 23 a notice with no check-in and no goodbye
  s(RORY, '23 Smith Island cake history: msa.maryland.gov, "Looks like we got disconnected, so I\'ll end this chat now." 245 s after, no check-in', [
    [0, 'p', 'history of the maryland 7 layer cake? smith island cake'],
    [20, 'l', 'Good afternoon, Rory at Kent County Public Library here.'],
    [26, 'l', 'Do you want the history, a recipe, or both?'],
    [55, 'p', 'history mostly, for a newsletter'],
    [65, 'l', "Smith Island Cake became the official state dessert in 2008; the Maryland State Archives' state symbols page at msa.maryland.gov covers it, and Mrs. Kitching's Smith Island Cookbook is in our catalog. Does that work for the newsletter?"],
    [310, 'l', "Looks like we got disconnected, so I'll end this chat now."],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', courteous: 'fail' })),

  // 24 "our time is up"
  s(VIC, '24 PTA bake sale, then a long list (rude patron): "our time is up for this chat. I need to wrap up here." then "Bye."', [
    [0, 'p', 'I need a lot of help planning a bake sale fundraiser, recipes, pricing, permits, all of it'],
    [30, 'l', 'Hi, Vic with Ask Us Now here.'],
    [36, 'l', "Let's start with one piece: is the sale for a school or a nonprofit?"],
    [70, 'p', 'school PTA'],
    [80, 'l', "School bake sales usually don't need a cottage food permit; the Maryland Department of Health's FAQ at health.maryland.gov covers one-day charity events. Did that help?"],
    [110, 'p', 'ok and what recipes sell best? and how do i price them and do i need labels and'],
    [118, 'l', "I'm sorry, our time is up for this chat. I need to wrap up here."],
    [130, 'p', 'seriously?? you barely helped'],
    [136, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 25 other patrons waiting, chat back later (allowed)
  s(WILLA, '25 stacking a three-tier wedding cake, then a long list: "A few other patrons are waiting … please chat back in later"', [
    [0, 'p', 'making a 3 tier wedding cake for my sister, how do i stack it so it doesnt collapse'],
    [20, 'l', "Hi there! I'm Willa, a librarian with Talbot County Free Library."],
    [26, 'l', 'Is it frosted in buttercream or fondant?'],
    [55, 'p', 'buttercream'],
    [65, 'l', 'You\'ll want dowels or bubble-tea straws in each lower tier and a cake board under every layer. Wilton\'s guide to stacking tiered cakes walks through it at wilton.com (search "stacking tiered cakes"). Is that what you were looking for?'],
    [100, 'p', 'yes. ok now frosting flowers, and transport, and how far ahead to bake, and the topper'],
    [110, 'l', "Those are all great questions! A few other patrons are waiting for help right now, so I need to move on — please chat back in later and we'll gladly go through the rest."],
    [130, 'p', 'ok will do'],
    [135, 'l', 'Thanks, and congratulations to your sister!'],
  ], usual({ anything: 'fail' })),

  // 26 a transfer with a notice and a note that says why (Spanish)
  s(DANA, '26 tres leches at 7,000 ft (Spanish): bilingual transfer notice + internal note why, Marisol 65 s later, pubs.nmsu.edu', [
    [0, 'p', 'hola necesito ayuda con un pastel de tres leches, vivo en la montaña (altitud alta) y se me baja'],
    [25, 'l', "Hello! I'm Dana, a librarian with Ask Us Now. ¿Prefiere español? I'll connect you to a colleague who speaks Spanish — one moment please."],
    [28, 'i', 'Marisol, Spanish-speaking patron, tres leches cake falling at high altitude, can you take it?'],
    xfer(32, 'Marisol', 'marisol-bk'),
    [90, 'l', '¡Hola! Soy Marisol, bibliotecaria de Ask Us Now. ¿A qué altura vive, más o menos?', as(MARISOL)],
    [130, 'p', 'como 7000 pies, en nuevo mexico'],
    [140, 'l', 'A esa altura hay que reducir el polvo de hornear y subir el horno unos 20°F. La guía de la Universidad Estatal de Nuevo México sobre hornear a grandes alturas está en pubs.nmsu.edu, en español. ¿Le sirve?', as(MARISOL)],
    [180, 'p', 'si!! muchas gracias'],
    [186, 'l', '¿Necesita algo más?', as(MARISOL)],
    [200, 'p', 'no, eso era todo'],
    [205, 'l', '¡Que le salga rico! Gracias por escribirnos.', as(MARISOL)],
  ], usual({ transfer: 'pass' })),

  // 27 a transfer notice, the internal note only after the transfer
  s(YUSUF, '27 ServSafe class for a home bakery: visible transfer notice, the internal note written after the transfer, Greta 102 s later', [
    [0, 'p', 'I run a home bakery and want to take a food safety course, does the library offer anything or know where?'],
    [22, 'l', "Hi, thanks for writing in! I'm Yusuf, a librarian at Baltimore County Public Library."],
    [28, 'l', 'Are you looking for the ServSafe certification specifically, or any food safety class?'],
    [60, 'p', 'servsafe i think, a farmers market asked for it'],
    [68, 'l', "I'm transferring you to Greta on our business team, who knows the local course schedules. One moment."],
    xfer(72, 'Greta', 'greta-bk'),
    [75, 'i', 'Greta: home baker needs a ServSafe course for a farmers market, thx'],
    [170, 'l', "Hi, I'm Greta from BCPL's business services. ServSafe's class finder is at servsafe.com (Find a Class), and the Learning Express Library database has practice tests, under Research at bcpl.info. Does that help?", as(GRETA)],
    [210, 'p', 'yes thanks a lot, thats all i needed'],
    [215, 'l', 'Good luck with the bakery, bye!', as(GRETA)],
  ], usual({ transfer: 'fail' })),

  // 28 four at once
  s(BRAM, '28 bread flour or all-purpose for thin pizza: seriouseats.com, three other chats open together for 10 s (four at once)', [
    [0, 'p', 'is there a difference between bread flour and all purpose flour for pizza'],
    [16, 'l', 'Hi, Bram with the Ask Us Now librarians here!'],
    [22, 'l', 'Are you making a thin New York style or a thick pan pizza?'],
    [50, 'p', 'thin'],
    [58, 'l', 'Bread flour has more protein, which gives a chewier, crisper thin crust. Serious Eats compares the two at seriouseats.com (search "bread flour vs all purpose"). Does that answer your question?'],
    [90, 'p', 'yep! thats everything'],
    [95, 'l', 'Enjoy the pizza, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'bram-bk', -60, 40), other('b2', 'bram-bk', 10, 200), other('b3', 'bram-bk', 30, 90)],
  }),

  // 29 no provider ever joined
  s(QUEUE, '29 a library kitchen for bake sale prep: queue line, no provider ever joined, "hello??? anyone", patron left, code null', [
    [0, 'p', 'does the library have a kitchen we can use to prep for a bake sale?'],
    queueLine(2, 3),
    [140, 'p', 'hello??? anyone'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 30 Practice
  s(TRAINEE, '30 practice chat (sourdough hydration script): coded Practice, every check na', [
    [0, 'p', 'test - sourdough hydration question, pls ignore'],
    [5, 'l', 'Test reply: hydration guide at samplelibrary.org/bread. Does that help?'],
    [15, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BAKING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-sixth round: baking and bread, checked', () => {
  describeSessions('whole sessions', BAKING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BAKING.filter((c) => c.name in LEFT_WHY));
});
