/**
 * Eighty-first round, theme TEA, TEAPOTS AND TEA ROOMS, checked: 30 whole sessions no one had written, from Maryland public
 * library and statewide "ask a librarian" chats: the history of afternoon tea for an 8th-grade report, a baby shower ("té de
 * canastilla") in a Silver Spring-area tea room in Spanish, tea stains in a gold-rimmed china pot, Brown Betty teapots, a
 * dribbling spout, caffeine in green and black tea, the 1774 burning of the Peggy Stewart in Annapolis, loose leaf without an
 * infuser, whether chamomile is "real" tea, learning the Japanese tea ceremony near Frederick, a grandmother's Stieff silver
 * tea set, Sunday tea rooms in Hagerstown, seasoning a Yixing pot, books on reading tea leaves, making boba at home, opening a
 * tea room in La Plata, reference books for a Victorian teapot collector, a black-glazed redware teapot sherd from a St. Mary's
 * City garden, a rusty cast iron tetsubin in Spanish, the Hutzler's tea room chicken salad, menus of the Woman's Industrial
 * Exchange tea room, a forget-me-not teacup pattern, "El libro del té" by interlibrary loan, a crowned "W R" backstamp, a
 * Chesapeake City house that was a 1930s tea room, clumpy matcha, tea sandwiches for a church tea, and an Eastern Shore tea
 * room road trip; plus a practice chat and a queue no provider answered (in Spanish). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s74/tea-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and thank you for contacting AskUsNow! My name is Hal and I'm a librarian at …" (01); Spanish
 *   "¡Buenos días! Gracias por comunicarse con AskUsNow!. Me llamo Marisol …" (02); pickup at exactly 60 s (03: pass) and at
 *   61 s after the patron's "hello??" (04: fail); "Hi there! Happy to help." and a question from the screen name AskLib_K, no
 *   name, library or service ever (05: greeting fails); "Hello! 👋" then "I'm Dana, one of the librarians at …" in the second
 *   provider message (06: pass, the two parts split); `pickedUpAt` at 40 s, the first visible line at 75 s (09: pass on the
 *   recorded pickup); "Hey! Tess here, librarian at Worcester County Library 😊" (15); "Hi, this is Omar at … Ask a
 *   Librarian." (14); "¡Hola! Hi, this is Diego, a librarian with Maryland's AskUsNow! service." (25); no provider ever, only
 *   the queue's bilingual line (17);
 *  inquiry: grade and format, party size and date, gold trim or not, pot shape or clay, pot material, bags or loose leaf,
 *   school or curiosity, one herbal tea or all, a class or reading first, the maker's mark, full tea or cake, which tea the pot
 *   is for, recipe or video, food or tea only, porcelain or earthenware and period, glaze and colour, tetsubin or enamelled
 *   (in Spanish), which years, deadline, translucent or heavy, home library (bilingual), printed or impressed mark, address or
 *   name, bamboo whisk or not, dietary needs, towns and month; the answer straight after the greeting with no question (08:
 *   fail);
 *  waits: "one moment please" then a partial result that says the search goes on ("… still checking a source for green tea,
 *   bear with me"), two spans of exactly 120 s (06: pass); "Let me pull up a good kid-friendly source, hang on." answered 121
 *   s later with an internal message to colleagues and the patron's "??" in between (07: fail); "brb let me find the deed" and
 *   "No problem, take your time.", the patron back 240 s later (27: waiting on the patron, pass); transfer notices answered
 *   53 s (20) and 69 s (22) later; a silent transfer answered 48 s after the patron (03); a hold "Give me a minute to pull a
 *   few make-ahead ideas together." answered 86 s later (29); a patron's last line left unanswered to the end (08, 18, 19: an
 *   open span, not counted);
 *  sources: the catalogue at hcplonline.org with two named books, culturalheritage.org, a named book and hclibrary.org,
 *   "The Tea Book" in the catalogue, MedlinePlus and USDA FoodData Central, msa.maryland.gov, "The Tea Enthusiast's Handbook"
 *   at pgcmls.info, "The Book of Tea" and "Tea in Japan" at fcpl.org, "Miller's Silver & Sheffield Plate Marks" at
 *   prattlibrary.org, visithagerstown.com, asia.si.edu, businessexpress.maryland.gov, Godden's encyclopaedia and kovels.com,
 *   jefpat.maryland.gov, rishi-tea.com, ProQuest Historical Newspapers and a Lisicky book, womansindustrialexchange.org,
 *   replacements.com, WorldCat, thepotteries.org, loc.gov's Sanborn maps, "The Book of Matcha", the catalogue at
 *   somerset.lib.md.us, tourismtalbot.org and visitdorchester.org; a referral's phone as the only source (02); none (09: the
 *   answer from memory; 15: a clarifying question only, then gone);
 *  completeness: "Is this what you were looking for?", "¿Le sirve esta información?", "Did that answer your question?",
 *   "Does that cover it?", "Does that give you what you need?", "Does that help with the assignment?", "Is that the kind of
 *   thing you had in mind?", "Was that helpful?", "Does this answer what you needed to know?", "Is that a help for the
 *   identifying part?", "Did the Replacements site look like it will help in the meantime?", "¿Le ayuda esto? Does that
 *   help?", "Does that give you somewhere to start?", "Does the Sanborn map lead help for now?", "Does that solve the clump
 *   problem?", "Do those two sites help to start with?"; "Hope that helps! Would you like brewing times for different teas
 *   too?" (08: not one, fails);
 *  anything else: "Anything else I can help with today?", "Anything else on your mind today?", "¿Algo más en que le pueda
 *   ayudar?", "Anything else today?", "Is there anything else I can help with?", "Is there anything else you need for the
 *   trip?"; the patron's own "thats everything i need", "eso es todo", "thats all i needed", "no other questions", "thats all we
 *   needed", "that is all I needed", "thats everything", "all set, no more questions", "That is everything for today.", "es
 *   todo", "all good, nothing else"; and "ok" (04), "kinda …" (09), "sure, ill look. bye" (26), "ok fair enough" (19) that do
 *   not count;
 *  endings: goodbye right after the patron (most); a goodbye exactly 120 s after the answer with no check-in (11: idle fails);
 *   "Are you still with me?" and a goodbye 179 s after the answer (12: idle passes, notice na); only "It seems you've
 *   disconnected, so I'm going to end this session. Feel free to start a new chat anytime!" 184 s after the answer (13: idle
 *   fails, notice passes, a goodbye); a true Lost Call with "Are you still there? It looks like you may have disconnected, so
 *   I'll close this chat in a minute if I don't hear back." (one message both) and no thanks (14: courteous fails); a Lost
 *   Call after two patron lines, "Still there?" then "Looks like we lost you! I'm closing this chat now, but thanks for
 *   stopping by and come back anytime." 191 s after the greeting (15); "Sorry, I have to sign off now, my shift is over. Bye!"
 *   (09: dismissal fails); "you've reached the limit of questions for one chat. Goodbye." (18: dismissal fails, courteous
 *   passes); "There are a few patrons waiting for me right now, so I'd suggest logging back in later …" (19: allowed); the
 *   patron's "nope, thanks bye!!" with no reply, the provider's last two lines "Hope that helps! …" and "Anything else …?"
 *   (08: courteous fails);
 *  referrals: a tea room by phone in Spanish (02: pass); the Urasenke association by URL and the Japan-America Society with no
 *   way to reach it (10: fail, not every party); a museum's decorative arts department by phone (11: pass); the library's own
 *   Cecil County History Room by street address (27: pass); not referrals: colleagues asked in an internal line (07), websites
 *   and directories to read (12, 18, 24, 26, 30), the patron's library set to contact the patron (25), a transfer (20-22);
 *  follow-ups: FU_ME, e-mail given and read back, "by Thursday", done at 71 h (23: pass); "I'll … call you with what I find"
 *   coded Answered, the phone typed by the patron, no time, nothing recorded at exactly day 3 (24: code fails, contact fails,
 *   on_time pending); FU_LIB, bilingual, "se pondrá en contacto con usted el lunes", the e-mail only in `patron.email`, done at
 *   80 h (25: code passes, contact and on_time fail); FU_ME with no e-mail or phone anywhere, nothing recorded at day 4 (26:
 *   code, contact, on_time fail); FU_ME, phone read back, "by tomorrow afternoon", done 72 h and 1 s after `endedAt` (27:
 *   on_time fails); no codes at all (the field left out), e-mail read back, "within two days", `endedAt` null and a system
 *   "ended" line last, done exactly 72 h after that line (30: code na, contact and on_time pass);
 *  codes: a true Lost Call (14); Lost Call after two patron lines (15); null with no provider (17); Practice (16); left out
 *   (30);
 *  transfers: a notice (a hold) and an internal note saying why, both before (20: pass); an internal note only (21: fail); a
 *   notice, then the note after the transfer (22: fail); neither, the receiver saying "picking up from Petra" after it (03:
 *   fail);
 *  concurrency: three others, four open at once from 30 s to 60 s (28: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (29: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - the greeting's two parts may be in the two first provider messages ("Hello! 👋", then "I'm Dana, one of the librarians
 *   at …": 06 passes); a provider's screen name (AskLib_K) is not an identification, and "Happy to help." is none (05 fails);
 * - when the source records `pickedUpAt` it is the pickup ("or `pickedUpAt` when the source system records it"): 40 s, pass,
 *   though the first visible line came at 75 s (09);
 * - Spanish greetings, thanks and goodbyes count as the English ones ("¡Buenos días! Gracias por comunicarse …", "Gracias por
 *   escribirnos"), and so do the patron's "eso es todo", "es todo" as an explicit "that's everything" (02, 25); "no, nada más"
 *   answers an "anything else?" already asked (21);
 * - "thats all i needed", "all set, no more questions", "all good, nothing else", "no other questions" say explicitly that
 *   the patron is done; "ok", "kinda …", "sure, ill look. bye", "ok fair enough" do not;
 * - "Hope that helps!" asks nothing, and "Would you like brewing times for different teas too?" offers something not yet given
 *   (08: completeness fails); every completeness wording listed above asks whether what was given meets the need;
 * - "Your kid is right! Let me pull up a good kid-friendly source, hang on." announces that the provider is looking something
 *   up: a hold, though it begins with a partial answer (07); "… still checking a source for green tea, bear with me" is a
 *   partial result that says the search goes on: a hold (06); an internal line does not end the wait and the patron's "??"
 *   does not restart it (07: 121 s);
 * - a wait on the provider still open when the session ends (the patron's last line unanswered) is not counted (08, 18, 19);
 * - "Hi, Quentin here, picking up from Petra." after the transfer does not tell the patron about it before it, and an internal
 *   note written after the `transfer` event is not one sent "before the transfer" (03, 22 fail);
 * - "It looks like you may have disconnected, so I'll close this chat in a minute if I don't hear back." tells the patron they
 *   seem disconnected and that the session will end (the seed's own example), and the "Are you still there?" in the same
 *   message is the check-in (14); "Looks like we lost you! I'm closing this chat now" does both parts of the notice (15);
 * - a greeting with no thanks ("Hi, this is Omar at …") and a check-in-and-notice that thanks no one are neither goodbyes nor
 *   thanks (14: courteous fails);
 * - "Sorry, I have to sign off now, my shift is over. Bye!", in answer to more questions, ends the help for the provider's
 *   convenience with no way back (09: dismissal fails); "I'd suggest logging back in later … Any of us will be glad to pick
 *   those up." is the allowed form (19);
 * - the library's own Cecil County History Room, which the patron is told to visit, with its street address, is a referral
 *   (27: pass); "Alguien de su biblioteca … se pondrá en contacto con usted" is the library acting for the patron, a follow-up
 *   promise, not a referral (25); a website with a pattern gallery is a source, not a party (24);
 * - a tea room, a museum's department and a tea school's association are organisations outside the chat: "llamar a la casa
 *   de té … y preguntar" (02), "call the decorative arts department at the Baltimore Museum of Art" (11) and "get in touch
 *   with the Urasenke tea school's Washington association" (10) are referrals (the Term's list after "organisation" is read
 *   as examples, not a closed list); a street address with its town ("301 Newark Ave, Elkton") is a postal address (27);
 * - a phone number the patron types into the chat is "given … there" (24, 27); a follow-up session with an e-mail only in
 *   `patron.email` has a known contact for resolution.code but none confirmed in the chat (25);
 * - `resolutionCode: undefined` is the field left out (the source has no codes: 30, code na), and with `endedAt: null` the
 *   session ends at its last message of any role, the system "ended" line (30); a follow-up recorded exactly 72 h after that
 *   end is within `followUpHours` (30: pass), one second later is not (27: fail);
 * - at `now` exactly 72 h after `T0` a session that ended 180 s after `T0` has not reached its deadline (24: pending).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside to
 * /tmp/s74/tea-labels.ts).
 * First run as labelled / disagreeing: 27 / 3 (02, 03, 27; all three on referral.contact).
 * Label corrections: none (each disagreement reread against RUBRIC.md's Referral term and referral.contact rule; every label
 * stood).
 * Final: 27 running, 3 LEFT (LEFT_WHY: a tea room to call and ask, by phone, in Spanish, not read as a referral, 02; "drop in
 * a denture-cleaning tablet" read as a referral with no contact, 03; the library's history room with its street address read
 * as a party with no way to reach it, 27).
 * ON v70 AS LANDED (block AJ): 02 ("la casa de té Camellia") and 03 ("drop in a denture-cleaning tablet") run as labelled; 27
 *   stays LEFT.
 * ON v71 AS LANDED (block AK): 27 reads as labelled and runs ("visit our Cecil County History Room …, 301 Newark Ave, Elkton, and
 *   ask the staff for …": AK3, the staff asked there are the party's own): 30 running, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HAL: Prov = { id: 'hal-tea', name: 'Hal', library: 'HCPL-MD' };
const MARISOL: Prov = { id: 'marisol-tea', name: 'Marisol', library: 'MCPL' };
const PETRA: Prov = { id: 'petra-tea', name: 'Petra', library: 'BCPL' };
const QUENTIN: Prov = { id: 'quentin-tea', name: 'Quentin', library: 'BCPL' };
const RUTH: Prov = { id: 'ruth-tea', name: 'Ruth', library: 'HCLS' };
const ASKLIB: Prov = { id: 'asklib-k-tea', name: 'AskLib_K', library: 'CCPL-MD' };
const DANA: Prov = { id: 'dana-tea', name: 'Dana', library: 'AACPL' };
const LEO: Prov = { id: 'leo-tea', name: 'Leo', library: 'KCPL-MD' };
const NIA: Prov = { id: 'nia-tea', name: 'Nia', library: 'PGCMLS' };
const OSCAR: Prov = { id: 'oscar-tea', name: 'Oscar', library: 'CCPL-MD' };
const WREN: Prov = { id: 'wren-tea', name: 'Wren', library: 'FCPL-MD' };
const IMANI: Prov = { id: 'imani-tea', name: 'Imani', library: 'EPFL' };
const JUNE: Prov = { id: 'june-tea', name: 'June', library: 'WCFL' };
const KIRA: Prov = { id: 'kira-tea', name: 'Kira', library: 'CCPL-CA' };
const OMAR: Prov = { id: 'omar-tea', name: 'Omar', library: 'WPL' };
const TESS: Prov = { id: 'tess-tea', name: 'Tess', library: 'WOCL' };
const TRAINEE: Prov = { id: 'trainee-tea', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-tea', name: 'Queue', library: 'VRQ' };
const UMA: Prov = { id: 'uma-tea', name: 'Uma', library: 'CCPL-CH' };
const VERA: Prov = { id: 'vera-tea', name: 'Vera', library: 'TCFL' };
const WADE: Prov = { id: 'wade-tea', name: 'Wade', library: 'SMCL' };
const BEA: Prov = { id: 'bea-tea', name: 'Bea', library: 'SMCL' };
const AL: Prov = { id: 'al-tea', name: 'Al', library: 'AUN' };
const LUPE: Prov = { id: 'lupe-tea', name: 'Lupe', library: 'AUN' };
const ZOE: Prov = { id: 'zoe-tea', name: 'Zoe', library: 'BCPL' };
const ADA: Prov = { id: 'ada-tea', name: 'Ada', library: 'BCPL' };
const BRYN: Prov = { id: 'bryn-tea', name: 'Bryn', library: 'EPFL' };
const CORA: Prov = { id: 'cora-tea', name: 'Cora', library: 'QACL' };
const DIEGO: Prov = { id: 'diego-tea', name: 'Diego', library: 'AUN' };
const ELI: Prov = { id: 'eli-tea', name: 'Eli', library: 'CCPL-CR' };
const FAY: Prov = { id: 'fay-tea', name: 'Fay', library: 'CCPL-CE' };
const GIA: Prov = { id: 'gia-tea', name: 'Gia', library: 'GCPL' };
const HANA: Prov = { id: 'hana-tea', name: 'Hana', library: 'SCL-MD' };
const IVY: Prov = { id: 'ivy-tea', name: 'Ivy', library: 'DCPL' };

const s = session;

export const TEA: SessionCase[] = [
  // 01 the plain good session
  s(HAL, '01 who started afternoon tea (8th-grade report): grade and format asked, two books in the catalogue, "thats everything i need"', [
    [0, 'p', 'hi i have a report on the history of afternoon tea, who started it??'],
    [18, 'l', "Good morning, and thank you for contacting AskUsNow! My name is Hal and I'm a librarian at Harford County Public Library."],
    [24, 'l', 'What grade is the report for, and does your teacher want printed books or are websites fine?'],
    [55, 'p', '8th grade. needs 2 books min'],
    [63, 'l', "Afternoon tea is usually credited to Anna, the 7th Duchess of Bedford, who in the 1840s began taking tea and a snack around four o'clock to get through the long stretch before a late dinner. Two books you can borrow: 'Tea: The Drink That Changed the World' by Laura C. Martin and 'A Social History of Tea' by Jane Pettigrew. Search either title in our catalog at hcplonline.org; both are on the shelf at Bel Air."],
    [70, 'l', 'Is this what you were looking for?'],
    [101, 'p', 'yes perfect, thats everything i need'],
    [107, 'l', 'Great! Good luck with your report, and thanks for chatting with us.'],
  ], usual()),

  // 02 Spanish: a baby shower in a tea room, a tea room by phone (the only source)
  s(MARISOL, '02 té de canastilla en un salón de té (Spanish): "Me llamo Marisol", size and date asked, a tea room by phone, "eso es todo"', [
    [0, 'p', 'hola buenos dias, quiero hacer un té de canastilla para mi hermana en un salón de té cerca de silver spring, conoce alguno?'],
    [31, 'l', '¡Buenos días! Gracias por comunicarse con AskUsNow!. Me llamo Marisol y soy bibliotecaria en las Bibliotecas Públicas del Condado de Montgomery.'],
    [38, 'l', '¿Para cuántas personas sería y en qué fecha, más o menos?'],
    [80, 'p', 'unas 20 personas, en mayo'],
    [90, 'l', 'Para 20 personas le conviene un lugar con sala privada. Le recomiendo llamar a la casa de té Camellia en Kensington y preguntar por su salón para eventos: 301-555-0142. Suelen reservar con unas seis semanas de anticipación.'],
    [96, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchisimas gracias, eso es todo'],
    [137, 'l', '¡Con mucho gusto! Que disfruten el té de canastilla. Gracias por usar AskUsNow! 🌸'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; a transfer with neither notice nor note
  s(PETRA, '03 brown stains in a gold-rimmed china teapot: pickup at exactly 60 s, a silent transfer to Quentin (no note), culturalheritage.org', [
    [0, 'p', 'how do I get brown tea stains out of a white china teapot without wrecking it'],
    [60, 'l', 'Hi! This is Petra, a librarian at Baltimore County Public Library.'],
    [66, 'l', 'Does the teapot have any gold or silver trim, or hand-painted decoration?'],
    [92, 'p', 'gold rim around the lid'],
    xfer(96, 'Quentin', 'quentin-tea'),
    [140, 'l', "Hi, Quentin here, picking up from Petra. With gold trim, skip the dishwasher and anything scratchy. Fill the pot with warm water and a spoonful of baking soda (or drop in a denture-cleaning tablet), let it sit overnight, then wipe it with a soft cloth, keeping the lid's gilded rim out of the soak. The American Institute for Conservation's 'Caring for Your Treasures' pages at culturalheritage.org cover cleaning old ceramics.", as(QUENTIN)],
    [146, 'l', 'Did that answer your question?', as(QUENTIN)],
    [180, 'p', 'yes thank you so much!'],
    [186, 'l', 'Anything else I can help with today?', as(QUENTIN)],
    [200, 'p', 'nope thats it'],
    [205, 'l', 'Happy sipping, and thanks for chatting! ☕', as(QUENTIN)],
  ], usual({ transfer: 'fail' })),

  // 04 pickup at 61 s, an impatient patron, "ok" at the end
  s(RUTH, '04 are Brown Betty teapots better: "hello??" at 40, pickup at 61 s, "The Story of Tea" at hclibrary.org, the patron\'s "ok"', [
    [0, 'p', 'why are brown betty teapots supposed to make better tea? is that a myth'],
    [40, 'p', 'hello??'],
    [61, 'l', "Sorry to keep you waiting! Hello, I'm Ruth with Howard County Library System's Ask a Librarian service."],
    [68, 'l', 'Are you asking about the shape of the pot, or the red clay it is made from?'],
    [95, 'p', 'both i guess. my mom swears by hers. hurry pls im on break'],
    [103, 'l', "Short version: Brown Betty pots are thrown from red Staffordshire clay under a dark glaze that keeps the heat in, and the round belly lets the leaves tumble while they steep. Whether the tea truly tastes better is more family lore than science. 'The Story of Tea' by Mary Lou Heiss and Robert J. Heiss has a section on British teapots; search the title at hclibrary.org."],
    [108, 'l', 'Does that cover it?'],
    [140, 'p', 'ok'],
    [144, 'l', 'Thanks for chatting, enjoy the rest of your break!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 05 no name, library or service, ever (a screen name only)
  s(ASKLIB, '05 a dribbling teapot spout: "Hi there! Happy to help." from screen name AskLib_K, no name or library ever (greeting fails)', [
    [0, 'p', 'my new teapot dribbles down the spout every time i pour, any fix?'],
    [22, 'l', 'Hi there! Happy to help.'],
    [28, 'l', 'Is it ceramic, glass, or cast iron?'],
    [50, 'p', 'ceramic'],
    [57, 'l', "Dribbling usually comes from a thick or rounded lip on the spout. Pouring a little faster helps, and some people rub a thin line of beeswax or butter just under the lip so the stream breaks off cleanly. 'The Tea Book' by Linda Gaylard has a page on choosing a pot that pours well, and it's in the library catalog."],
    [63, 'l', 'Did that help?'],
    [90, 'p', 'lol butter ok. thats all i needed thanks'],
    [96, 'l', 'Glad to help! Bye for now.'],
  ], usual({ greeting: 'fail' })),

  // 06 the greeting split in two; two holds of exactly 120 s, the second a partial result
  s(DANA, '06 caffeine in green vs black tea: "Hello! 👋" then the name, "one moment please" at 56, partial result at 176, answer at 296', [
    [0, 'p', 'how much caffeine is in green tea compared to black tea? trying to cut back'],
    [20, 'l', 'Hello! 👋'],
    [24, 'l', "I'm Dana, one of the librarians at Anne Arundel County Public Library. Are you brewing from tea bags or loose leaf?"],
    [50, 'p', 'bags mostly'],
    [56, 'l', 'Let me find a reliable source for the numbers, one moment please.'],
    [176, 'l', "I've got the figures for black tea (roughly 40-70 mg a cup) and I'm still checking a source for green tea, bear with me."],
    [296, 'l', "Here we go: a cup (8 oz) of green tea usually has about 20-45 mg, black tea about 40-70 mg, depending on the bag and how long it steeps. MedlinePlus has a plain-language caffeine page at medlineplus.gov (search 'caffeine'), and USDA FoodData Central at fdc.nal.usda.gov lists brewed teas."],
    [302, 'l', 'Does that give you what you need?'],
    [340, 'p', 'yes!! super helpful. no other questions'],
    [346, 'l', 'Wonderful, take care and thanks for stopping by!'],
  ], usual()),

  // 07 a hold answered 121 s later, an internal line and the patron's "??" in between
  s(LEO, '07 the Peggy Stewart tea burning in Annapolis (4th grade): "hang on" at 52, internal line at 95, "??" at 120, answer at 173 (121 s)', [
    [0, 'p', 'was there a boston tea party type thing in annapolis? my kid says there was'],
    [15, 'l', "Hi, thanks for reaching Ask Us Now! I'm Leo, a librarian at Kent County Public Library."],
    [21, 'l', 'Is your kid working on a school assignment, or just curious?'],
    [45, 'p', 'assignment, 4th grade, due friday'],
    [52, 'l', 'Your kid is right! Let me pull up a good kid-friendly source, hang on.'],
    [95, 'i', 'Anyone remember where the State Archives put their Peggy Stewart page? Patron on chat.'],
    [120, 'p', '??'],
    [173, 'l', "Thanks for waiting! In October 1774 the brig Peggy Stewart sailed into Annapolis with a load of taxed tea. An angry crowd gathered, and to calm them the owner, Anthony Stewart, set fire to his own ship, tea and all. The Maryland State Archives tells the story at msa.maryland.gov (search 'Peggy Stewart')."],
    [180, 'l', 'Does that help with the assignment?'],
    [210, 'p', 'yes she will love that he burned his own ship lol. thats all we needed'],
    [216, 'l', 'Ha, it is a great story. Thanks for chatting, and good luck Friday!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the source; "Hope that helps!" and an offer; the patron's last line unanswered
  s(NIA, '08 loose leaf without an infuser: the answer at once, "Hope that helps! Would you like brewing times …", patron last, no goodbye', [
    [0, 'p', 'how do you make loose leaf tea if you dont have an infuser'],
    [14, 'l', "Hello, and welcome to Ask a Librarian at Prince George's County Memorial Library System! I'm Nia."],
    [21, 'l', "Easy: put the leaves straight into the pot or mug, pour the hot water over, let it steep, then pour it through a small kitchen strainer. A coffee filter tied shut with string works as a homemade tea bag too. 'The Tea Enthusiast's Handbook' by Mary Lou Heiss and Robert J. Heiss goes through it step by step; it's in our catalog at pgcmls.info."],
    [27, 'l', 'Hope that helps! Would you like brewing times for different teas too?'],
    [60, 'p', 'no im ok'],
    [66, 'l', 'Anything else on your mind today?'],
    [85, 'p', 'nope, thanks bye!!'],
  ], usual({ clarify: 'fail', complete: 'fail', courteous: 'fail' }), { endAfter: 200 }),

  // 09 pickedUpAt 40 (first line 75); no source; "I have to sign off now"
  s(OSCAR, '09 is chamomile real tea: pickedUpAt 40 (first line 75), the answer from memory (no source), "I have to sign off now, my shift is over. Bye!"', [
    [0, 'p', 'is herbal tea actually tea? my friend says chamomile isnt real tea'],
    [75, 'l', "Hi there, you've reached Oscar at Carroll County Public Library's Ask a Librarian. Sorry, I was just finishing up with someone."],
    [81, 'l', 'Do you mean chamomile in particular, or herbal teas in general?'],
    [105, 'p', 'in general i guess'],
    [112, 'l', "Your friend has a point. Strictly speaking, tea is made from the leaves of a single plant, Camellia sinensis: black, green, white and oolong all come from it. Chamomile, peppermint, rooibos and the rest are infusions of other plants, so tea people call them tisanes or herbal infusions. In everyday talk, though, everybody calls them tea."],
    [118, 'l', 'Does that answer your question?'],
    [150, 'p', 'kinda. so is rooibos tea or not?? and what about yerba mate and kombucha'],
    [158, 'l', 'Sorry, I have to sign off now, my shift is over. Bye!'],
  ], usual({ source: 'fail', anything: 'fail', dismissal: 'fail' }), { pickedUpAt: at(40) }),

  // 10 two parties: one by URL, one with no way to reach it
  s(WREN, '10 learning the Japanese tea ceremony near Frederick: Okakura at fcpl.org, Urasenke by URL, the Japan-America Society with no contact', [
    [0, 'p', 'Hello. I would like to learn the Japanese tea ceremony. Are there classes anywhere near Frederick?'],
    [28, 'l', 'Good morning! Wren here, a librarian with Frederick County Public Libraries. Thanks for asking.'],
    [35, 'l', 'Are you hoping for a hands-on class, or would reading about it first be a good start?'],
    [70, 'p', 'Both, ideally.'],
    [78, 'l', "For reading, 'The Book of Tea' by Kakuzo Okakura is the classic, and for a deeper dive there's 'Tea in Japan: Essays on the History of Chanoyu'; both are in our catalog at fcpl.org. For classes, get in touch with the Urasenke tea school's Washington association through urasenkedc.org, and also ask at the Japan-America Society of Greater Washington, which holds tea gatherings now and then."],
    [84, 'l', 'Is that the kind of thing you had in mind?'],
    [120, 'p', 'Yes, very much so. Thank you, that is all I needed.'],
    [126, 'l', 'My pleasure! Enjoy your first bowl of matcha, and come back anytime.'],
  ], usual({ referral: 'fail' })),

  // 11 a referral by phone; a goodbye exactly 120 s after the answer, no check-in
  s(IMANI, '11 grandma\'s Stieff silver tea set: Miller\'s marks at prattlibrary.org, a museum department by phone, goodbye exactly 120 s later', [
    [0, 'p', 'hi i inherited my grandmothers silver tea set, is it worth anything? how do i find out'],
    [21, 'l', "Hello! I'm Imani, a librarian at the Enoch Pratt Free Library. I'm sorry about your grandmother."],
    [27, 'l', "Is there any mark stamped on the bottom of the pieces, like a maker's name or little symbols?"],
    [70, 'p', 'it says STIEFF and sterling'],
    [78, 'l', "Stieff was a well-known Baltimore silversmith, so you're in luck locally. 'Miller's Silver & Sheffield Plate Marks' helps you read the marks; it's in our catalog at prattlibrary.org. For a value, call the decorative arts department at the Baltimore Museum of Art, 410-555-0189, and ask whether they can suggest an appraiser; appraisers usually charge by the hour. Does that help?"],
    [198, 'l', 'Thanks for chatting, and good luck with the appraisal!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 "Are you still with me?", a goodbye 179 s after the answer
  s(JUNE, '12 Sunday afternoon tea in Hagerstown for mom\'s birthday: visithagerstown.com, "Are you still with me?", goodbye 179 s after the answer', [
    [0, 'p', 'any tea rooms in hagerstown open on sundays? want to take my mom for her bday'],
    [17, 'l', 'Hi, welcome to Ask Us Now! This is June from Washington County Free Library.'],
    [23, 'l', 'Would you prefer a full afternoon tea with sandwiches and scones, or just somewhere cozy for tea and cake?'],
    [56, 'p', 'full tea w scones!!'],
    [64, 'l', "The dining guide at visithagerstown.com lists the area's tea rooms with their hours and says which ones serve a full afternoon tea on Sundays and which need a reservation. Was that helpful?"],
    [154, 'l', 'Are you still with me?'],
    [243, 'l', "I'll close this chat now. Thanks for writing in, and happy birthday to your mom!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 13 a notice only, no check-in, 184 s after the answer
  s(KIRA, '13 seasoning a Yixing clay teapot: asia.si.edu, no check-in, "It seems you\'ve disconnected … start a new chat anytime!" 184 s after the answer', [
    [0, 'p', 'just bought a yixing clay teapot, do i need to season it before using'],
    [19, 'l', 'Hello, thanks for contacting AskUsNow! My name is Kira, librarian at Calvert Library.'],
    [25, 'l', 'Do you already know which kind of tea you plan to brew in it?'],
    [58, 'p', 'oolong mostly'],
    [66, 'l', "Most guides say yes: rinse it in hot water (never soap), then simmer it gently for about an hour in a pan of water with a handful of the oolong you'll use, and let it cool in the water. Keep the pot for oolong only, since the unglazed clay soaks up flavour. The Smithsonian's National Museum of Asian Art has an article on Yixing teapots at asia.si.edu."],
    [72, 'l', 'Does this answer what you needed to know?'],
    [250, 'l', "It seems you've disconnected, so I'm going to end this session. Feel free to start a new chat anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 14 a true Lost Call: greeting only, check-in and notice in one message, no thanks
  s(OMAR, '14 books on reading tea leaves (Lost Call): greeting only, "Are you still there? It looks like you may have disconnected …" at 160', [
    [0, 'p', 'do u have books about reading tea leaves'],
    [23, 'l', "Hi, this is Omar at Wicomico Public Libraries' Ask a Librarian."],
    [160, 'l', "Are you still there? It looks like you may have disconnected, so I'll close this chat in a minute if I don't hear back."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 70 }),

  // 15 Lost Call after two patron lines; a clarifying question, then gone; "Still there?" and a goodbye-notice 191 s after the greeting
  s(TESS, '15 making boba at home (chat-speak, Lost Call after two lines): a question only, "Still there?", "Looks like we lost you! … come back anytime."', [
    [0, 'p', 'hiii'],
    [6, 'p', 'wheres the best place 2 learn how to make boba at home lol'],
    [25, 'l', 'Hey! Tess here, librarian at Worcester County Library 😊'],
    [31, 'l', 'Do you want a recipe to follow, or a video class?'],
    [156, 'l', 'Still there?'],
    [216, 'l', "Looks like we lost you! I'm closing this chat now, but thanks for stopping by and come back anytime."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 16 Practice
  s(TRAINEE, '16 practice chat (a tea room question): coded Practice, every check na', [
    [0, 'p', 'practice session - testing a tea room question'],
    [9, 'l', 'Practice: try the tea room list at samplelibrary.org/tearooms'],
    [18, 'p', 'ok thx end practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 Spanish: no provider ever joined, code null
  s(QUEUE, '17 libros sobre la ceremonia del té (Spanish): no provider ever joined, "hola??", "bueno, gracias igual", patron left, code null', [
    [0, 'p', 'hola, tienen libros sobre la ceremonia del té en español?'],
    [3, 's', 'Un bibliotecario le atenderá en breve. / A librarian will be with you shortly.'],
    [120, 'p', 'hola??'],
    [240, 'p', 'bueno, gracias igual'],
    left(244),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 18 dismissed: "the limit of questions for one chat"
  s(UMA, '18 opening a tea room in La Plata, then a list: businessexpress.maryland.gov, "you\'ve reached the limit of questions for one chat. Goodbye."', [
    [0, 'p', 'im thinking of opening a tea room in la plata. what licenses do i need'],
    [20, 'l', "Hi, I'm Uma, a librarian at Charles County Public Library. Thanks for your question!"],
    [26, 'l', 'Will you be serving food too, or only tea?'],
    [55, 'p', 'food too, scones sandwiches etc'],
    [63, 'l', 'Maryland Business Express, businessexpress.maryland.gov, has a license wizard: tell it you are opening a tea room that serves food in Charles County and it lists every permit and registration you need, the county food service permit included.'],
    [69, 'l', 'Does that help you get started?'],
    [95, 'p', 'yes. also how do i write a business plan, where do i get loans, what insurance, and how do i price tea'],
    [101, 'p', 'and where do i buy wholesale teapots'],
    [110, 'l', "I'm sorry, but you've reached the limit of questions for one chat. Goodbye."],
    [125, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 the allowed "patrons waiting … log back in later"
  s(VERA, '19 a Victorian teapot collector\'s list: Godden at tcfl.org and kovels.com, "a few patrons waiting … logging back in later"', [
    [0, 'p', 'i collect teapots. what are good reference books for identifying english makers'],
    [22, 'l', 'Good morning! Vera at Talbot County Free Library, Ask a Librarian. Thanks for writing in.'],
    [28, 'l', 'Mostly porcelain or earthenware, and roughly what period?'],
    [60, 'p', 'victorian mostly, both kinds. and also how do i price them, and how do i display them, and where to sell extras, and is there a teapot collectors club'],
    [70, 'l', "For makers, Geoffrey Godden's 'Encyclopaedia of British Pottery and Porcelain Marks' is the standard guide; we have it in the reference collection (search it at tcfl.org). For prices, the Kovels price guide at kovels.com is a good start."],
    [76, 'l', 'Is that a help for the identifying part?'],
    [110, 'p', 'yes. now displaying, selling and the club?'],
    [118, 'l', "There are a few patrons waiting for me right now, so I'd suggest logging back in later for the display and selling questions. Any of us will be glad to pick those up. Thanks for chatting!"],
    [130, 'p', 'ok fair enough'],
  ], usual({ anything: 'fail' })),

  // 20 a transfer with a notice and a note, both before it
  s(WADE, '20 a black-glazed redware teapot sherd from a St. Mary\'s City garden: notice and note, Bea 53 s after the notice, jefpat.maryland.gov', [
    [0, 'p', 'we found a piece of an old teapot in our garden in st marys city. how old could it be'],
    [18, 'l', "Hi! Wade here, a librarian at St. Mary's County Library."],
    [24, 'l', 'Does the piece have any glaze, colour or pattern on it?'],
    [50, 'p', 'brownish red clay, shiny black glaze on one side'],
    [57, 'l', 'Our local history librarian Bea knows the colonial digs around here far better than I do, so I am going to transfer you to her. One moment please.'],
    [60, 'i', "Bea, patron in St. Mary's City found a redware sherd with black glaze in their garden and wants to date it. Local history, ok to take?"],
    xfer(64, 'Bea', 'bea-tea'),
    [110, 'l', "Hi, this is Bea from Local History. Black-glazed redware teapots were common here in the 1700s. The Maryland Archaeological Conservation Lab's 'Diagnostic Artifacts in Maryland' site, at jefpat.maryland.gov, has photos of sherds like yours to compare with.", as(BEA)],
    [116, 'l', 'Does that help you narrow it down?', as(BEA)],
    [150, 'p', 'yes! this is so cool. thats everything, thanks'],
    [156, 'l', 'Thanks for chatting, and happy digging!', as(BEA)],
  ], usual({ transfer: 'pass' })),

  // 21 (Spanish) a transfer with an internal note only
  s(AL, '21 tetera de hierro fundido con óxido (Spanish): an internal note to Lupe, the transfer with no word to the patron, rishi-tea.com', [
    [0, 'p', 'hola, mi tetera de hierro fundido tiene óxido por dentro, todavía se puede usar?'],
    [24, 'l', "Hello, welcome to AskUsNow! I'm Al, a librarian."],
    [28, 'i', 'Lupe, Spanish-speaking patron with a rusty cast iron teapot. Can you take it? My Spanish is not good enough.'],
    xfer(31, 'Lupe', 'lupe-tea'),
    [75, 'l', '¡Hola! Soy Lupe, bibliotecaria de AskUsNow!. ¿La tetera es japonesa (un tetsubin) o de las que vienen esmaltadas por dentro?', as(LUPE)],
    [110, 'p', 'no se, es negra y por dentro no tiene esmalte, creo que es japonesa'],
    [120, 'l', 'Entonces seguramente es un tetsubin. Un poco de óxido no es peligroso: enjuáguela con agua caliente, sin jabón ni estropajo, y hierva agua con hojas de té usadas un par de veces; el tanino ayuda a sellar el óxido. Séquela siempre sobre el fuego después de usarla. La guía de cuidado de teteras de hierro en rishi-tea.com tiene fotos de cada paso.', as(LUPE)],
    [126, 'l', '¿Le sirve esta información?', as(LUPE)],
    [160, 'p', 'sí, muchas gracias'],
    [166, 'l', '¿Algo más en que le pueda ayudar?', as(LUPE)],
    [190, 'p', 'no, nada más'],
    [195, 'l', '¡Que disfrute su té! Gracias por escribirnos.', as(LUPE)],
  ], usual({ transfer: 'fail' })),

  // 22 a notice, the transfer, then the note
  s(ZOE, '22 the Hutzler\'s tea room chicken salad: "I\'m handing you over to her now, one moment", the internal note after the transfer, ProQuest + Lisicky', [
    [0, 'p', 'my mom always talks about the chicken salad at the hutzlers tea room in towson. is the recipe anywhere'],
    [26, 'l', "Hello! Zoe at Baltimore County Public Library's Ask a Librarian here."],
    [32, 'l', "Our cookbook and local food expert, Ada, is on chat too — I'm handing you over to her now, one moment."],
    xfer(35, 'Ada', 'ada-tea'),
    [38, 'i', "Ada, patron wants the Hutzler's tea room chicken salad recipe — thought you'd know."],
    [101, 'l', "Hi, it's Ada! Do you know roughly which years your mom ate there?", as(ADA)],
    [130, 'p', 'the 60s and 70s'],
    [139, 'l', "The Baltimore Sun printed readers' requests for Hutzler's recipes for years after the store closed; search 'Hutzler's chicken salad' in ProQuest Historical Newspapers: The Baltimore Sun, free with your card at bcpl.info > Research. Michael J. Lisicky's book 'Hutzler's: Where Baltimore Shops' is in our catalog too and has tea room memories and recipes.", as(ADA)],
    [145, 'l', 'Was that what you were hoping for?', as(ADA)],
    [180, 'p', 'yes!! she will be thrilled. all set, no more questions'],
    [186, 'l', 'Enjoy the chicken salad — bye!', as(ADA)],
  ], usual({ transfer: 'fail' })),

  // 23 FU_ME, e-mail read back, "by Thursday", done at 71 h
  s(BRYN, '23 1940s menus of the Woman\'s Industrial Exchange tea room: scans promised, e-mail read back, "by Thursday", done at 71 h', [
    [0, 'p', "Hi. I am writing an article about the tea room at the Woman's Industrial Exchange on Charles Street. Are there any old menus from the 1940s?"],
    [17, 'l', "Good morning, thanks for contacting Ask a Librarian! I'm Bryn at the Enoch Pratt Free Library."],
    [23, 'l', 'Is the article for a publication with a deadline, or more of a personal project?'],
    [60, 'p', 'A neighborhood newsletter. Deadline is the end of the month.'],
    [68, 'l', "Our Maryland Department keeps scrapbooks on the Exchange in its vertical files, which aren't online. I can go through them and send you scans of any menus I find. What's the best e-mail for you?"],
    [95, 'p', 'hfoster.writes@example.net'],
    [101, 'l', "Thanks — that's hfoster.writes@example.net. You'll have the scans from me by Thursday. In the meantime, the Exchange's own history page at womansindustrialexchange.org has photos of the tea room."],
    [107, 'l', 'Does that get you started?'],
    [140, 'p', 'Yes, thank you. That is everything for today.'],
    [146, 'l', 'Thank you, and good luck with the article!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(151 + 71 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 24 a promise coded Answered, a phone typed by the patron, no time, nothing recorded at day 3
  s(CORA, '24 a forget-me-not teacup pattern: replacements.com, "I\'ll … call you with what I find", coded Answered, no time, pending at day 3', [
    [0, 'p', 'trying to identify the pattern on my grandmas teacups, white with little blue forget me nots and a gold rim, no maker mark'],
    [25, 'l', "Hi! You've reached Cora, a librarian at Queen Anne's County Library. Thanks for writing."],
    [31, 'l', 'Are the cups thin enough that you can see light through them, or heavier?'],
    [70, 'p', 'thin, you can see through'],
    [78, 'l', "That sounds like bone china or porcelain. Replacements, Ltd. has a searchable pattern gallery at replacements.com where you can browse floral patterns by colour. We also have several china pattern guides on the shelf that aren't online; I'll look through them for you and call you with what I find. What number should I use?"],
    [110, 'p', '443 555 0127'],
    [116, 'l', 'Great. Did the Replacements site look like it will help in the meantime?'],
    [150, 'p', 'yes ill try it thanks'],
    [155, 'l', "You're welcome! Anything else today?"],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Bye for now, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), {}, { now: T0 + 3 * DAY }),

  // 25 (partly Spanish) FU_LIB, the patron's library to contact her "el lunes", e-mail only in patron.email, done at 80 h
  s(DIEGO, '25 "El libro del té" en español by interlibrary loan (bilingual): WorldCat, her library to contact her "el lunes", e-mail only in patron.email, 80 h', [
    [0, 'p', 'hi, busco el libro "El libro del té" de Okakura en español, my library doesnt have it'],
    [19, 'l', "¡Hola! Hi, this is Diego, a librarian with Maryland's AskUsNow! service."],
    [25, 'l', '¿Cuál es su biblioteca? Which library system do you use?'],
    [50, 'p', 'washington county, hagerstown'],
    [60, 'l', 'Gracias. I checked WorldCat (worldcat.org): several Maryland libraries own the Spanish edition, so it can come to you by interlibrary loan. Alguien de su biblioteca en Hagerstown se pondrá en contacto con usted el lunes para pedirlo.'],
    [66, 'l', '¿Le ayuda esto? Does that help?'],
    [90, 'p', 'si perfecto gracias, es todo'],
    [95, 'l', '¡De nada! Thanks for using AskUsNow!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB,
    patron: { name: null, email: 'lectora.te@example.com', phone: null },
    followUps: [{ doneAt: at(100 + 80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 26 FU_ME with no contact anywhere, nothing recorded at day 4
  s(ELI, '26 a crowned "W R 1892" backstamp: thepotteries.org, "I\'ll get back to you with what I find", FU_ME, no e-mail or phone anywhere, day 4', [
    [0, 'p', 'theres a mark on the bottom of my teapot, a crown with the letters W R and a number 1892?? who made it'],
    [21, 'l', 'Hi there, Eli with Caroline County Public Library here. Happy to dig into this.'],
    [27, 'l', 'Is the crown printed in a color, or pressed into the clay?'],
    [60, 'p', 'printed in green'],
    [68, 'l', "That doesn't match anything in the online mark guides I know, so I'll need to check the printed marks encyclopedias at our branch. I'll get back to you with what I find."],
    [74, 'l', 'Meanwhile, thepotteries.org has a searchable gallery of Staffordshire backstamps you could look through. Does that give you somewhere to start?'],
    [110, 'p', 'sure, ill look. bye'],
    [115, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), FU_ME, { now: T0 + 4 * DAY }),

  // 27 FU_ME, phone read back, "by tomorrow afternoon", done 72 h + 1 s after endedAt; "take your time"; the library's own history room by address
  s(FAY, '27 a Chesapeake City house that was a 1930s tea room: "take your time" (240 s), loc.gov Sanborn maps, History Room by address, phone read back, 72 h + 1 s', [
    [0, 'p', 'my house in chesapeake city used to be a tea room in the 1930s supposedly. how can i find out more'],
    [18, 'l', "Hello! I'm Fay, a librarian at Cecil County Public Library. What a fun question."],
    [24, 'l', 'Do you know the street address, or the name the tea room went by?'],
    [45, 'p', 'brb let me find the deed, it might say'],
    [50, 'l', 'No problem, take your time.'],
    [290, 'p', 'ok back. deed doesnt say. address is 12 bohemia ave'],
    [300, 'l', "Thanks! Start with the Sanborn fire insurance maps, which show what each building was used for; the Library of Congress has Chesapeake City's online at loc.gov (search 'Sanborn Chesapeake City'). You can also visit our Cecil County History Room at the Elkton Central Library, 301 Newark Ave, Elkton, and ask the staff for the town's business directories. Our clipping files aren't online, so I'll go through them and the old Cecil Whig ads for you. What's a good phone number to call you with what I find?"],
    [340, 'p', '410-555-0199'],
    [346, 'l', "That's 410-555-0199. I'll call you by tomorrow afternoon. Does the Sanborn map lead help for now?"],
    [380, 'p', 'yes thank you!'],
    [386, 'l', 'Is there anything else I can help with?'],
    [400, 'p', 'no that covers it'],
    [405, 'l', 'Thanks, talk to you tomorrow!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(410 + 72 * HOUR + 1) }] }, { now: T0 + 4 * DAY }),

  // 28 four open at once
  s(GIA, '28 clumpy matcha (chat-speak): bamboo whisk or fork, "The Book of Matcha" at garrettlibrary.org, four chats open at once (fail)', [
    [0, 'p', 'how do u whisk matcha so its frothy, mine is always clumpy 😩'],
    [16, 'l', 'Hi, welcome to Ask Us Now! This is Gia, librarian at Garrett County Public Library.'],
    [22, 'l', 'Are you using a bamboo whisk (a chasen) or a regular kitchen whisk?'],
    [40, 'p', 'a fork lol'],
    [47, 'l', "There's the clump culprit! Sift the matcha through a small strainer first, add a splash of water just under boiling (about 175°F) and stir it into a paste, then add the rest and whisk fast in a zigzag 'W', not in circles. A bamboo chasen makes it far easier. 'The Book of Matcha' by Louise Cheadle and Nick Kilby is in our catalog at garrettlibrary.org."],
    [53, 'l', 'Does that solve the clump problem?'],
    [80, 'p', 'yesss ty. all good, nothing else'],
    [85, 'l', 'Enjoy your matcha, bye! 🍵'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'gia-tea', -100, 60), other('g2', 'gia-tea', 10, 200), other('g3', 'gia-tea', 30, 95)],
  }),

  // 29 three at most, touching ends; a hold answered in 86 s
  s(HANA, '29 make-ahead tea sandwiches for a church tea: dietary needs asked, a hold, the catalogue at somerset.lib.md.us, touching ends (three at most)', [
    [0, 'p', 'hosting a spring tea at church for 40 ladies, need tea sandwich ideas that can be made the night before'],
    [20, 'l', 'Hello! Hana from Somerset County Library here, glad you wrote in.'],
    [26, 'l', 'Any dietary needs to plan around, like vegetarian guests or nut allergies?'],
    [58, 'p', 'a couple vegetarians'],
    [64, 'l', 'Good to know. Give me a minute to pull a few make-ahead ideas together.'],
    [150, 'l', "Cucumber with herbed cream cheese, egg salad, and pimento cheese all hold up overnight (and all three are vegetarian) if you butter the bread right to the edges and keep them wrapped under a damp towel in the fridge. For more, search 'tea sandwiches' in our catalog at somerset.lib.md.us; several party cookbooks have make-ahead chapters."],
    [156, 'l', 'Is that the sort of thing you needed?'],
    [190, 'p', 'yes lovely. that is all i needed, bless you'],
    [196, 'l', 'Have a lovely tea, goodbye!'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hana-tea', -300, 0), other('h2', 'hana-tea', -50, 60), other('h3', 'hana-tea', 30, 500), other('h4', 'hana-tea', 201, 400)],
  }),

  // 30 no codes (the field left out), endedAt null, a promise with e-mail read back and a time, done exactly 72 h after the last line
  s(IVY, '30 an Eastern Shore tea room road trip: tourismtalbot.org + visitdorchester.org, list promised "within two days", no codes, endedAt null, done at 72 h', [
    [0, 'p', 'planning a girls trip on the eastern shore, want to hit a few tea rooms. is there like a tea trail or list'],
    [23, 'l', 'Hello, thanks for contacting Ask a Librarian! This is Ivy at Dorchester County Public Library.'],
    [29, 'l', 'Which towns are you driving through, and what month?'],
    [60, 'p', 'easton, st michaels, cambridge. in june'],
    [70, 'l', "Talbot County's tourism site, tourismtalbot.org, lists the tea rooms and cafés in Easton and St. Michaels with their hours, and Visit Dorchester's dining page at visitdorchester.org covers Cambridge. I'd like to double-check which ones still serve a full afternoon tea and send you a tidy list. What's your e-mail?"],
    [95, 'p', 'its kbrooks.travels@example.com'],
    [101, 'l', "Got it, kbrooks.travels@example.com. I'll e-mail you the list within two days. Do those two sites help to start with?"],
    [130, 'p', 'yes def! thank u'],
    [134, 'l', 'Is there anything else you need for the trip?'],
    [150, 'p', 'nope thats everything'],
    [155, 'l', 'Have a wonderful trip, and thanks for chatting!'],
    [158, 's', 'Librarian ended the chat.', sys('ended')],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), {
    resolutionCode: undefined,
    endedAt: null,
    followUps: [{ doneAt: at(158 + 72 * HOUR) }],
  }, { now: T0 + 4 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TEA.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-first round: tea, teapots and tea rooms, checked', () => {
  describeSessions('whole sessions', TEA.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TEA.filter((c) => c.name in LEFT_WHY));
});
