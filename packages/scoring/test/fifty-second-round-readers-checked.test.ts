/**
 * Fifty-second round, theme READING FOR CHILDREN AND BOOK CLUBS, checked: 30 whole sessions no one had written, from public
 * library "ask a librarian" chats: reading levels (a teacher's Lexile, Lexile vs AR / ATOS, a title's Lexile, "is Wonder OK
 * for a 9-year-old", how to learn a child's level), read-alikes (after Wings of Fire, Dog Man, Homegoing; a reluctant reader;
 * a half-remembered 1980s book), book club kits and picks (a 12-person adult club, a grade 7 school club, discussion
 * questions for The Giver, a year of adult picks), summer reading (sign-up, the adult challenge, a school's required list,
 * another library's kickoff, Battle of the Books), dyslexia-friendly reading (decodable readers, hi-lo teen books, large
 * print, Libby's dyslexic font, audiobooks, NLS, testing and the IDA). Parents, grandparents, teachers and club leaders; in
 * English, chat-speak and Spanish. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first
 * run (the labels copied aside to /tmp/fiftySecondRoundReaders-labels.ts before it).
 *
 * SHAPES TRIED:
 *  openings: greetings with name + library (most); chat-speak "hey! TJ here w/ the Eastbrook Library ask-a-librarian chat";
 *   "Hello!" + "I'm Ines, a librarian at Riverbend Library" split over two lines (20); "Hi there! How can I help today?" + a
 *   question under the screen name "Kids Desk 3" (names no one: fail, 18); Spanish "¡Hola! Le saluda Rosario, bibliotecaria
 *   de …" (05); a queue line and a patron "hello??" before an 88 s pickup (17: fail); `pickedUpAt` at 40 s with the first
 *   line at 95 s (18: pass); a greeting that already gives the sign-up URL (04);
 *  inquiry: age, grade, interests, format, card and branch, home library system, language, the school, teacher or parent, AR
 *   or Lexile; a question asked only after the first source (04: fail); a restatement "So you're after chapter books around
 *   600L …" that is also a hold, with no question at all (30: pass);
 *  waits: holds at 104 / 102 / 98 s through a long search (19: pass); "One moment while I check the kit list." then 134 s (03:
 *   fail); "No problem, take your time." before 305 s of patron absence (23: a wait on the patron, pass); a transfer notice (a
 *   hold) then the receiver 54 s later (13); a silent transfer with the receiver 90 s after the patron (14: pass);
 *  endings: "np! happy reading 📚" as the only goodbye (02); a check-in then a notice + "Please come back anytime!" in a Lost
 *   Call (10); a check-in and nothing until `endedAt` (21: idle 160 s, pass, disconnect na, courteous fails); a goodbye 206 s
 *   after the answer with no check-in or notice (22: both fail); the patron's "thats all i needed" as the last line (19:
 *   courteous fails); "You've hit the limit of questions for one chat, sorry. Bye." (11: dismissal fails, courteous passes on
 *   "Bye."); "several other patrons waiting … Please chat back in later" (12: allowed); patron-side "thats all i needed",
 *   "That is everything.", "es todo", "no more questions", "thats all for now", "thats all we need", against "ty", "yeah ok
 *   thanks", "ok fine", "ok" (not done);
 *  completeness: "Does that give you enough to start with?", "do any of those look like his kind of thing?", "¿Le sirve esta
 *   información?", "Will that work for him?", "Does that clear it up?", "In the meantime, does the grade 6 list help at all?"
 *   (LEFT), "Does that sound like it?" (LEFT); "Can I e-mail you once I know?" (offers more: not one, 06); none at all (27);
 *  sources: catalog, NoveList, Lexile Find a Book, arbookfind.com, Beanstack, Libby (libbyapp.com, help.libbyapp.com),
 *   LitLovers, Common Sense Media, WorldCat, a publisher's reader's guide, books by title and author; tips only (24: fail);
 *  referrals: the library's Book Club Kit office by phone + e-mail (03); NLS in Spanish, "puede solicitarlo llamando al …" +
 *   loc.gov/nls (05); "e-mail your list to readers@… and our readers' advisory team will pick it up" (12, LEFT); "the best
 *   person to ask is the reading specialist at his school" (28: no contact, fail); the district's special education office
 *   by phone + the IDA by URL (29); staff consulted on the patron's behalf (the kit coordinator, the youth services team, the
 *   Bellmont youth staff, the school librarian the provider will call) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (06: pass); "I'll ask our youth services team for
 *   a list … and e-mail it to you" with the e-mail read back, no time, coded Answered (07, LEFT); FU_LIB with the e-mail in the
 *   chat and "within 72 hours", not recorded by day 5 (08: fail); FU_ME by phone read back, "tomorrow by noon", done after
 *   90 h (09: fail);
 *  codes: a true Lost Call (10); Lost Call after three patron lines (27: fail); null (26: fail); Practice (25: all na);
 *  transfers: a visible notice (a hold) + an internal note that says why (13: pass); an internal note only, the patron told
 *   by the receiver after the transfer (14: fail);
 *  concurrency: four at once from 60 s (15: fail); others ending exactly at startedAt and starting exactly at endedAt, three
 *   at most (16: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "np! happy reading 📚" (02) and "Que tengan buena lectura" (05, after "¡Gracias a usted!") are sign-offs that say goodbye,
 *   as "take care" does in earlier rounds; "Bye." at the end of a dismissal (11) is a goodbye too, so courteous passes there
 *   while no_dismissal fails;
 * - "thats all for now" (09) says explicitly that the patron is done; "ok fine" (12) and "ty" (02) do not;
 * - "In the meantime, does the grade 6 list help at all?" (09) asks whether something already given meets the need;
 *   "Does that sound like it?" (19), after a proposed title for a half-remembered book, asks whether the answer given is what
 *   the patron wanted; "Can I e-mail you once I know?" (06) offers more and does not;
 * - "e-mail your list to readers@granitefallslibrary.org and our readers' advisory team will pick it up" (12) tells the patron
 *   to write to one of the provider's own library's departments: a referral (RUBRIC: own departments count when the patron is
 *   told to contact them), reached by e-mail; "the reading specialist at his school" (28) is a named specialist outside the
 *   chat the patron is told to ask, with no contact;
 * - "I can call the school librarian tomorrow" (09), "I'll ask our youth services team" (07) and "I'll pass your question to
 *   the Bellmont youth staff" (08) are people the provider consults on the patron's behalf: no referral;
 * - "I'll ask our youth services team for a list … and e-mail it to you" (07) promises to send more later: a follow-up
 *   session by promise (Terms), whatever the code;
 * - a greeting with "I'd love to help." (10) is still only a greeting: with the patron gone before any other provider line, the
 *   check-in and the notice leave no substantive exchange, so the information checks are na; its final idle runs from that
 *   greeting (not a hold) to the notice that invites back (215 s), so idle_checkin and disconnect_notice apply and pass;
 * - a restatement that ends "— got it, one moment." (30) is both the restatement that passes inquiry.clarify and a hold;
 * - with `pickedUpAt` at 40 s and the first line at 95 s (18), pickup is 40 s.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5. Label corrections: 0.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - resolution.code + followup.contact + followup.on_time, case 07: "I'll ask our youth services team for a list … and
 *    e-mail it to you" not read as a promise (pass / na / na; RUBRIC fail / fail / pending);
 *  - followup.completeness, case 09: "In the meantime, does the grade 6 list help at all?" not read (fail; RUBRIC pass);
 *  - keep_informed, clarify, source, completeness, anything_else, case 10: a greeting "I'd love to help." with the patron gone
 *    read as a substantive exchange (pass / fail ×4; RUBRIC na ×5);
 *  - referral.contact, case 12: "e-mail your list to readers@… and our readers' advisory team will pick it up" read as no
 *    referral (na; RUBRIC pass);
 *  - followup.completeness, case 19: "Does that sound like it?" not read (fail; RUBRIC pass).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a transfer and "take your time",
 * idle and disconnect spans of 160, 206 and 215 s, concurrency at touching ends, on_time done / late / not done by day 5)
 * scored as labelled on the first run, except where a LEFT case's misreading changes what applies. The redaction equality of
 * describeSessions holds for every running case (patron e-mails and a phone typed in the chat).
 *
 * ON v50 (block P, written after this file and from it): cases 07 (P13, the long "I'll ask our youth services team for … and
 *   e-mail it to you"), 09 (P10, "does the grade 6 list help at all?"), 10 (P12, "I'd love to help." a pleasantry) and 19 (P11,
 *   "Does that sound like it?") read as labelled and run; case 12 stays LEFT (an e-mail address after "e-mail your list to" is
 *   never read as the party's since v10: "send it to yourself at …" and the service's own ask address read alike): 29 running,
 *   1 LEFT.
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (5 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const MARIA: Prov = P('maria-r', 'Maria', 'RPL');
const TJ: Prov = P('tj', 'tj_eastbrook', 'EBL');
const GAIL: Prov = P('gail', 'Gail', 'HCL');
const LUIS: Prov = P('luis', 'Luis', 'PCL');
const ROSARIO: Prov = P('rosario', 'Rosario', 'SMPL');
const OMAR: Prov = P('omar', 'Omar', 'WPL');
const BETH: Prov = P('beth', 'Beth', 'ORL');
const IVY: Prov = P('ivy', 'Ivy (statewide)', 'STATE');
const ANA: Prov = P('ana', 'Ana', 'LVL');
const SAM: Prov = P('sam', 'Sam', 'BSL');
const DEE: Prov = P('dee', 'Dee', 'FHL');
const RENEE: Prov = P('renee', 'Renee', 'GFL');
const CURTIS: Prov = P('curtis', 'Curtis', 'COOP');
const MEI: Prov = P('mei', 'Mei Lin', 'DCL');
const HAL: Prov = P('hal', 'Hal', 'SPL');
const BEA: Prov = P('bea', 'Bea', 'SPL');
const PRIYA: Prov = P('priya-e', 'Priya', 'ECL');
const WES: Prov = P('wes', 'Wes', 'MPL');
const NADIA: Prov = P('nadia', 'Nadia', 'CBL');
const KIDS3: Prov = P('kids3', 'Kids Desk 3', 'HSL');
const GWEN: Prov = P('gwen', 'Gwen', 'HPL');
const INES: Prov = P('ines-r', 'Ines', 'RBL');
const FRANK: Prov = P('frank', 'Frank', 'SGL');
const LENA: Prov = P('lena-m', 'Lena', 'MGL');
const KOFI: Prov = P('kofi', 'Kofi', 'EGL');
const MARTA: Prov = P('marta', 'Marta', 'BWL');
const TRAINER: Prov = P('trainer-r', 'Training Account', 'TRN');
const YUKI: Prov = P('yuki', 'Yuki', 'HOL');
const REGGIE: Prov = P('reggie', 'Reggie', 'SVL');
const DORA: Prov = P('dora', 'Dora', 'WFL');
const NELL: Prov = P('nell', 'Nell', 'APL');
const ABBY: Prov = P('abby', 'Abby', 'FHL2');

export const fiftySecondRoundReaders: SessionCase[] = [
  // 01 a Lexile from the teacher, holds, every check passes
  s(MARIA, '01 620L third grader who likes funny animal books: titles with Lexiles, Lexile Find a Book + NoveList K-8 URL', [
    [0, 'p', 'hi my daughter is in 3rd grade and her teacher says her lexile is 620L. what books should she be reading??'],
    [24, 'l', "Hi there! This is Maria, children's librarian at Ridgeview Public Library. Happy to help."],
    [31, 'l', 'What kinds of stories does she like — funny, animals, mysteries? And does she prefer chapter books or graphic novels?'],
    [90, 'p', 'she loves animals and anything funny. chapter books'],
    [97, 'l', 'Let me pull up a few in that range.'],
    [180, 'l', 'Try these: "Mercy Watson to the Rescue" by Kate DiCamillo (a good warm-up), "The One and Only Ivan" by Katherine Applegate and "Bad Kitty Gets a Bath" by Nick Bruel. You can check any title\'s Lexile with the Find a Book tool at hub.lexile.com/find-a-book, and our NoveList K-8 database (ridgeviewlibrary.org/novelist) lets you filter by Lexile range.'],
    [186, 'l', 'Does that give you enough to start with?'],
    [250, 'p', 'yes perfect!! thats all i needed'],
    [256, 'l', 'Wonderful. Thanks for chatting, and happy reading!'],
  ], usual()),

  // 02 chat-speak read-alikes, "ty" only, "np! happy reading"
  s(TJ, '02 after Wings of Fire (chat-speak): age + dragons asked, three series + catalog URL, patron "ty", "np! happy reading 📚"', [
    [0, 'p', 'my son finished all the wings of fire books what next'],
    [12, 'l', 'hey! TJ here w/ the Eastbrook Library ask-a-librarian chat'],
    [17, 'l', 'how old is he & does he like dragons specifically or just fantasy adventure?'],
    [60, 'p', '11. dragons mostly but also cats lol'],
    [66, 'l', 'lol ok perfect. Warriors by Erin Hunter (cat clans, big series), Dragon Masters by Tracey West if he wants quicker reads, & The Girl Who Drank the Moon by Kelly Barnhill. all on the shelf, see eastbrooklibrary.org/catalog'],
    [70, 'l', 'do any of those look like his kind of thing?'],
    [110, 'p', 'ya warriors. ty'],
    [114, 'l', 'np! happy reading 📚'],
  ], usual({ anything: 'fail' })),

  // 03 book club kit: a hold then 134 s; the library's kit office by phone and e-mail
  s(GAIL, '03 book club kit for 12 (Lessons in Chemistry): "One moment" then 134 s, Book Club Kit office phone + e-mail', [
    [0, 'p', 'Hello, our book club (12 people) would like to borrow a kit for Lessons in Chemistry in April. How does that work?'],
    [30, 'l', "Good afternoon! I'm Gail, a reference librarian at Hartwell County Library."],
    [36, 'l', 'Do you have a Hartwell library card, and which branch would you pick the kit up from?'],
    [100, 'p', 'yes I do, Millbrook branch'],
    [106, 'l', 'One moment while I check the kit list.'],
    [240, 'l', "We do have a Lessons in Chemistry kit (10 copies + a discussion guide). Kits are listed at hartwelllibrary.org/bookclubkits, and they're booked through our Book Club Kit office: call 555-318-2290 or e-mail kits@hartwelllibrary.org with your card number and the month you want."],
    [246, 'l', 'Is that what you needed?'],
    [300, 'p', 'Yes, thank you. That is everything.'],
    [306, 'l', 'Thank you for contacting us, and enjoy the book!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 04 the source in the greeting, the question after
  s(LUIS, '04 summer reading sign-up: URL in the greeting line, "How old are your kids?" only after, "Anything else" + "no"', [
    [0, 'p', 'how do i sign up my kids for summer reading'],
    [20, 'l', "Hi, Luis here at Pinecrest Library's Ask Us chat! You can sign up online at pinecrestlibrary.org/summer — it opens June 1 and it's free."],
    [26, 'l', 'How old are your kids? There are different logs for little ones and teens.'],
    [70, 'p', '4 and 9'],
    [76, 'l', 'The 4 year old would do Read-to-Me (20 books read aloud) and the 9 year old the Kids log (minutes). Both get a prize book at the end. Does that help?'],
    [120, 'p', 'yes thank u'],
    [125, 'l', 'Anything else I can help with today?'],
    [150, 'p', 'no'],
    [155, 'l', 'Have a great summer, bye!'],
  ], usual({ clarify: 'fail' })),

  // 05 Spanish: dyslexia-friendly books, NLS by phone and URL
  s(ROSARIO, '05 dislexia (Spanish): catalog URL, NLS "puede solicitarlo llamando al 1-888-…" + loc.gov/nls, "es todo"', [
    [0, 'p', 'Hola, mi hijo tiene dislexia y tiene 10 años. ¿Tienen libros que sean más fáciles para él leer?'],
    [40, 'l', '¡Hola! Le saluda Rosario, bibliotecaria de la Biblioteca Pública de San Marcos. Con mucho gusto le ayudo.'],
    [47, 'l', '¿Su hijo lee en inglés o en español? ¿Y le gustan más los libros de aventuras, de humor o de no ficción?'],
    [120, 'p', 'en ingles, le gustan los de futbol'],
    [126, 'l', 'Un momento, por favor, reviso el catálogo.'],
    [220, 'l', 'Tenemos libros de la editorial Barrington Stoke, hechos para lectores con dislexia (letra especial, papel color crema, capítulos cortos), varios de fútbol. Puede verlos en el catálogo: sanmarcoslibrary.org/catalogo, busque "Barrington Stoke".'],
    [226, 'l', 'Además, el Servicio Nacional de Bibliotecas (NLS) presta audiolibros gratis a niños con dislexia diagnosticada; puede solicitarlo llamando al 1-888-657-7323 o en loc.gov/nls.'],
    [232, 'l', '¿Le sirve esta información?'],
    [300, 'p', 'si muchas gracias, es todo'],
    [306, 'l', '¡Gracias a usted! Que tengan buena lectura.'],
  ], usual({ referral: 'pass' })),

  // 06 follow-up by me on a kit for a school club: e-mail read back, "by Friday", done in 30 h
  s(OMAR, '06 middle school book club kits (follow-up by me): e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', 'do you have any book club kits for middle schoolers? I run a club at my school (grade 7)'],
    [28, 'l', 'Hello! Omar here, teen services librarian at Westfield Public Library.'],
    [34, 'l', 'How many students are in the club, and when would you need the kit?'],
    [95, 'p', 'about 15 kids, starting in 3 weeks'],
    [101, 'l', 'Let me look.'],
    [190, 'l', 'Our kit list at westfieldlibrary.org/kits has 8-copy sets for grades 6-8 (for example "New Kid" by Jerry Craft). For 15 you would need two sets, and I need to check with our kit coordinator whether we can pair two. Can I e-mail you once I know?'],
    [250, 'p', 'sure, ms.okafor@example.com'],
    [256, 'l', 'Thanks — ms.okafor@example.com. I will e-mail you by Friday with what we can put together.'],
    [262, 'l', 'Anything else in the meantime?'],
    [290, 'p', 'no thats it thanks!'],
    [295, 'l', 'Thanks for reaching out — talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 07 a promise with no time, coded Answered
  s(BETH, '07 large print for a dyslexic 8-year-old: "I\'ll ask our youth services team … and e-mail it to you", no time, coded Answered', [
    [0, 'p', 'looking for large print chapter books for my grandson, he has dyslexia and the small print makes it worse'],
    [35, 'l', 'Hi! This is Beth at Oak Ridge Library. Thanks for reaching out.'],
    [41, 'l', 'How old is he, and what does he like to read about?'],
    [100, 'p', 'he is 8. dinosaurs, trucks'],
    [106, 'l', 'Our catalog (oakridgelibrary.org/catalog) has a large print filter under Format; search "dinosaurs" and pick Juvenile + Large Print. I see a few, like "Dinosaurs Before Dark" (Magic Tree House #1) in large print.'],
    [112, 'l', 'Is that the kind of thing you had in mind?'],
    [170, 'p', 'yes but he needs more than one, could you find a list?'],
    [176, 'l', "I'll ask our youth services team for a list of large print and dyslexia-friendly titles and e-mail it to you. What's your e-mail?"],
    [230, 'p', 'grandpa.lewis@example.com'],
    [236, 'l', 'Got it, grandpa.lewis@example.com. Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 08 statewide: follow-up by the patron's library, "within 72 hours", not done by day 5
  s(IVY, '08 summer reading kickoff at Bellmont (follow-up by patron\'s library): e-mail read back, "within 72 hours", not done by day 5', [
    [0, 'p', 'When does the Bellmont library summer reading kickoff start? I want to bring my twins'],
    [26, 'l', "Hi, I'm Ivy with the statewide Ask Us service. I'm not at Bellmont, but I'll try."],
    [32, 'l', 'Are you looking for the kickoff party itself, or the date sign-ups open?'],
    [80, 'p', 'the party'],
    [86, 'l', "Bellmont's events page (bellmontlibrary.org/events) doesn't list it yet. I'll pass your question to the Bellmont youth staff; they'll e-mail you within 72 hours. Which e-mail should they use?"],
    [140, 'p', 'twinmom@example.com'],
    [146, 'l', 'twinmom@example.com — got it. Does that help for now?'],
    [180, 'p', 'yes thanks'],
    [185, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 09 follow-up by me by phone, done after 90 h
  s(ANA, '09 Jefferson Middle summer list (follow-up by me): phone read back, "tomorrow by noon", done after 90 h, "thats all for now"', [
    [0, 'p', 'hi im looking for the summer reading list for incoming 6th graders at Jefferson Middle, the school link is broken'],
    [22, 'l', 'Hello! This is Ana, a librarian at Lakeview Library.'],
    [28, 'l', 'Is it the required list for Jefferson Middle here in Lakeview, or a general 6th grade list?'],
    [70, 'p', 'the required one from Jefferson'],
    [76, 'l', 'Let me try a couple of places.'],
    [170, 'l', "The district's summer reading page (lakeviewschools.org/summer-reading) only has last year's list, and our kids' page lakeviewlibrary.org/kids/summer has the general grade 6 picks. I can call the school librarian tomorrow and get this year's list for you. What number can I reach you at?"],
    [230, 'p', '410-555-0142'],
    [236, 'l', "410-555-0142, thanks. I'll call you tomorrow by noon with the list."],
    [242, 'l', 'In the meantime, does the grade 6 list help at all?'],
    [290, 'p', 'a little. thats all for now, thank you'],
    [295, 'l', 'Thank you, talk to you tomorrow!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 a true Lost Call: greeting, patron gone, check-in, notice + invitation back
  s(SAM, '10 reluctant 2nd grader (Lost Call): greeting at 45, patron leaves at 60, "Are you still there?" 170, notice + come back 260', [
    [0, 'p', 'whats a good book for a 2nd grader who hates reading'],
    [45, 'l', "Hi, this is Sam at Brookside Library's chat! I'd love to help."],
    left(60),
    [170, 'l', 'Are you still there?'],
    [260, 'l', "It looks like you've been disconnected, so I'll end this chat now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 "You've hit the limit of questions for one chat, sorry. Bye."
  s(DEE, '11 Lexile of Harry Potter then a list: "You\'ve hit the limit of questions for one chat, sorry. Bye." (dismissal), patron "??"', [
    [0, 'p', 'hi whats the lexile of harry potter 1'],
    [15, 'l', 'Hi, Dee at Fairhaven Library here.'],
    [20, 'l', "Is this for the first book, Sorcerer's Stone?"],
    [40, 'p', 'yes'],
    [45, 'l', "It's 880L, per hub.lexile.com/find-a-book. Did that help?"],
    [70, 'p', 'ok and what about percy jackson and diary of a wimpy kid and dog man and also'],
    [80, 'l', "You've hit the limit of questions for one chat, sorry. Bye."],
    [95, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 12 other patrons waiting, a way back; the readers' advisory team by e-mail
  s(RENEE, '12 a year of adult book club picks: "several other patrons waiting … chat back in later, or e-mail … readers@…" (allowed)', [
    [0, 'p', 'I need ideas for our library book club next year, 10 books, adults, mix of fiction and nonfiction, something diverse'],
    [30, 'l', 'Good evening! Renee here, reference librarian at Granite Falls Library.'],
    [36, 'l', 'How long do your members like the books — under 300 pages? And any books you already did?'],
    [120, 'p', 'under 350 if possible. we did Educated and Where the Crawdads Sing'],
    [126, 'l', 'Let me put a few together, bear with me.'],
    [240, 'l', 'Here are five to start: "Crying in H Mart" by Michelle Zauner, "Horse" by Geraldine Brooks, "The Sympathizer" by Viet Thanh Nguyen, "Braiding Sweetgrass" by Robin Wall Kimmerer and "Interior Chinatown" by Charles Yu. LitLovers (litlovers.com) has discussion guides for most of them.'],
    [246, 'l', 'Are those along the lines you wanted?'],
    [310, 'p', 'yes! can you do 5 more, and also find discussion questions for each, and check which ones you have as kits'],
    [318, 'l', "I'd love to, but there are several other patrons waiting for help right now. Please chat back in later, or e-mail your list to readers@granitefallslibrary.org and our readers' advisory team will pick it up."],
    [340, 'p', 'ok fine'],
    [345, 'l', 'Thanks for understanding — have a great night!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 13 transfer by the book to a youth services librarian
  s(CURTIS, '13 hi-lo books for a dyslexic 13-year-old: cooperative to Dunmore youth services, notice + note, Mei answers 54 s later', [
    [0, 'p', 'my 13yo is reading at a 4th grade level, dyslexic, needs books that dont look babyish. help'],
    [25, 'l', 'Hi, this is Curtis with the AskUs cooperative chat.'],
    [31, 'l', 'Which library system do you use?'],
    [70, 'p', 'Dunmore county'],
    [76, 'l', "Dunmore has a youth services librarian on chat right now who knows hi-lo books well, so I'm transferring you to her. One moment please."],
    [80, 'i', 'Mei, 13yo reading at gr 4, dyslexic, wants hi-lo titles that look teen. Dunmore patron, can you take it?'],
    xfer(84, 'Mei Lin', 'mei'),
    [130, 'l', 'Hi! Mei here, youth services at Dunmore County Library. For a teen reading around grade 4, high-interest low-level ("hi-lo") series are perfect: Orca Soundings and the Barrington Stoke teen books. Search "hi-lo" in our catalog at dunmorelibrary.org/catalog to see what\'s on the shelf.', as(MEI)],
    [136, 'l', 'Does that look like what you need?', as(MEI)],
    [200, 'p', 'yes great thank u so much thats everything'],
    [206, 'l', "You're welcome! Thanks for chatting with us.", as(MEI)],
  ], usual({ transfer: 'pass' })),

  // 14 transfer with an internal note only
  s(HAL, '14 Hatchet for a 4th grader: internal note, transfer, Bea says "Hal passed your question to me" only after', [
    [0, 'p', 'whats the Lexile for the book Hatchet and is it ok for a 4th grader'],
    [20, 'l', 'Hello, Hal at Southport Library here.'],
    [26, 'l', "Is the 4th grader a strong reader, or are you checking if it's too hard?"],
    [60, 'p', 'checking if its too hard'],
    [66, 'i', 'Bea can u take this? kid lit / reading level q, youth is your area'],
    xfer(70, 'Bea', 'bea'),
    [150, 'l', 'Hi! Bea from Youth Services here, Hal passed your question to me. Hatchet by Gary Paulsen is 1020L (hub.lexile.com). That is high for 4th grade, but the story is gripping, so many 4th graders read it with a grown-up.', as(BEA)],
    [156, 'l', 'Did that answer it?', as(BEA)],
    [200, 'p', 'yes thx'],
    [205, 'l', 'Anything else?', as(BEA)],
    [220, 'p', 'no'],
    [224, 'l', 'Have a good one, bye!', as(BEA)],
  ], usual({ transfer: 'fail' })),

  // 15 four chats at once
  s(PRIYA, '15 decodable books for a 1st grader: three other chats open, four at once from 60 s', [
    [0, 'p', 'do u have decodable books for a 1st grader'],
    [18, 'l', "Hi! I'm Priya, a librarian at Elm Creek Library."],
    [24, 'l', 'Is she just starting phonics, or reading short vowel words already?'],
    [70, 'p', 'short vowels ok, struggling w blends'],
    [78, 'l', 'We have a Decodable Readers collection in the Kids area, sorted by phonics level; level 3 covers blends. You can browse them at elmcreeklibrary.org/decodables and place holds.'],
    [84, 'l', 'Does that help?'],
    [120, 'p', 'yes!! thats all'],
    [126, 'l', 'Great, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('pr1', 'priya-e', -200, 300), other('pr2', 'priya-e', -50, 400), other('pr3', 'priya-e', 60, 250)],
  }),

  // 16 three at most, two touching the ends
  s(WES, '16 Hunger Games audiobooks for a dyslexic teen: Libby via libbyapp.com; others end at 0 and start at the end (3 at most)', [
    [0, 'p', 'do you have audiobooks for teens? my son is dyslexic and wants to read the same books as his friends (hunger games)'],
    [20, 'l', 'Good morning, this is Wes at Marlow Public Library.'],
    [26, 'l', 'Does he have his own library card, and does he listen on a phone?'],
    [70, 'p', 'he has a card. iphone'],
    [76, 'l', 'The Hunger Games audiobooks are on Libby with a Marlow card: get the app from libbyapp.com, add Marlow Public Library and sign in. The first one has a short wait; the others are available now.'],
    [82, 'l', 'Will that work for him?'],
    [130, 'p', 'yes thats great, thats all we need'],
    [135, 'l', 'Wonderful — thanks for contacting Marlow, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wes', -500, 0), other('w2', 'wes', -100, 200), other('w3', 'wes', 30, 400), other('w4', 'wes', 140, 900)],
  }),

  // 17 queue, "hello??", 88 s pickup
  s(NADIA, '17 adult summer challenge: queue line, "hello??" at 50, picked up at 88 s, Beanstack URL, "no thank you"', [
    [0, 'p', 'Is there a reading challenge for adults this summer too or just kids?'],
    queue(2, 4),
    [50, 'p', 'hello??'],
    [88, 'l', "Hi, sorry for the wait! I'm Nadia, a librarian at Coral Bay Library."],
    [94, 'l', 'Are you asking about the Coral Bay adult challenge, or one at another library?'],
    [140, 'p', 'coral bay'],
    [146, 'l', 'Yes! Adults have their own Summer Reading Challenge: read 5 books, log them at coralbaylibrary.beanstack.com and get a tote bag plus a raffle ticket. It runs June 15 to August 15.'],
    [152, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes thank you!'],
    [206, 'l', 'Is there anything else I can help with?'],
    [240, 'p', 'no thank you'],
    [246, 'l', 'Thanks for chatting, and enjoy your reading!'],
  ], usual({ pickup: 'fail' })),

  // 18 pickedUpAt 40, first line at 95, a greeting that names no one
  s(KIDS3, '18 like Dog Man: pickedUpAt 40 s, first line 95 s, "Hi there! How can I help today?" under screen name "Kids Desk 3"', [
    [0, 'p', 'can u recommend books like dog man'],
    [95, 'l', 'Hi there! How can I help today?'],
    [100, 'l', 'How old is your reader?'],
    [130, 'p', '7'],
    [136, 'l', 'Kids who love Dog Man usually like "Cat Kid Comic Club" (also by Dav Pilkey), "Narwhal and Jelly" by Ben Clanton and "InvestiGators" by John Patrick Green. All are in the catalog at hillsidelibrary.org.'],
    [142, 'l', 'Do those sound good?'],
    [180, 'p', 'yep'],
    [184, 'l', 'Anything else?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Bye, happy reading!'],
  ], usual({ greeting: 'fail' }), { pickedUpAt: at(40) }),

  // 19 holds every ~100 s, the patron has the last word
  s(GWEN, '19 a childhood book with a lighthouse and a seal: holds at 106/210/312, answer 410, patron "thats all i needed" last', [
    [0, 'p', 'trying to find a childrens book i read in the 80s. girl lives in a lighthouse, there is a seal, blue cover'],
    [30, 'l', 'Hi! Gwen here, a librarian at Harbor Public Library.'],
    [36, 'l', 'Do you remember if it was a picture book or a chapter book, and roughly how old you were?'],
    [100, 'p', 'chapter book, i was maybe 9'],
    [106, 'l', 'Let me search, this may take a few minutes.'],
    [210, 'l', "Still looking — I'm trying subject searches for lighthouses and seals."],
    [312, 'l', 'One more place to check, bear with me.'],
    [410, 'l', 'My best match is "The Lighthouse Keeper\'s Daughter": its WorldCat record (worldcat.org, search the title) shows a 1980s chapter book with a seal pup on a blue cover.'],
    [416, 'l', 'Does that sound like it?'],
    [480, 'p', 'OMG yes thats it. thats all i needed, thank you so much'],
  ], usual({ courteous: 'fail' })),

  // 20 greeting split in two; a dyslexic font in Libby
  s(INES, '20 dyslexic font in Libby: "Hello!" + "I\'m Ines, a librarian at Riverbend", steps + help URL, "no more questions"', [
    [0, 'p', 'is there a way to make ebooks easier to read for my dyslexic daughter? like a special font'],
    [16, 'l', 'Hello!'],
    [21, 'l', "I'm Ines, a librarian at Riverbend Library — good question."],
    [27, 'l', 'Which app does she read library ebooks in?'],
    [80, 'p', 'libby on a tablet'],
    [86, 'l', 'In Libby, open a book, tap the middle of the page, then A (Reading Settings) and choose the Dyslexic font under Book Design; you can also make the text bigger. Libby\'s help page explains it: help.libbyapp.com (search "reading settings").'],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes!!! no more questions, thank you'],
    [145, 'l', 'Thanks for chatting with Riverbend, bye!'],
  ], usual()),

  // 21 final idle 160 s with a check-in only
  s(FRANK, '21 The Giver discussion questions: answer at 100, "Are you still there?" at 230, ended at 260 (idle 160 s)', [
    [0, 'p', 'need discussion questions for The Giver for a 5th grade book club'],
    [22, 'l', 'Hi, this is Frank, librarian at Stonegate Library.'],
    [28, 'l', 'Are you the teacher or a parent running it? I ask because some guides have answer keys for teachers.'],
    [80, 'p', 'parent'],
    [100, 'l', 'The publisher\'s free reading guide for The Giver has chapter-by-chapter discussion questions: hmhbooks.com/thegiver (look for "Reader\'s Guide"). Our catalog also has a Giver book club kit with 10 copies.'],
    [106, 'l', 'Does that work for your group?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 30 }),

  // 22 goodbye 206 s after the answer, no check-in, no notice
  s(LENA, '22 is Wonder OK for a 9-year-old: answer at 66, goodbye at 272 (idle 206 s), no check-in or notice', [
    [0, 'p', 'what age is Wonder appropriate for'],
    [20, 'l', 'Hi! Lena here from Maple Grove Library.'],
    [26, 'l', 'Is it for your child to read on their own, or to read aloud together?'],
    [60, 'p', 'on her own, shes 9'],
    [66, 'l', 'Wonder by R.J. Palacio is 790L and the publisher lists it for ages 8-12; Common Sense Media (commonsensemedia.org, search "Wonder") says 10+ for some sad parts and bullying. Many 9 year olds love it.'],
    [72, 'l', 'Does that help you decide?'],
    [272, 'l', 'Thanks for chatting with Maple Grove — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 23 "take your time" then the patron away 305 s
  s(KOFI, '23 Ghanaian authors after Homegoing: "No problem, take your time." then the patron away 305 s, "thats everything thx"', [
    [0, 'p', 'my book club wants to read something by a Ghanaian author, any ideas? were reading Homegoing right now'],
    [25, 'l', 'Hello and welcome! Kofi here, a readers advisory librarian at Eastgate Library.'],
    [31, 'l', "Since you're already reading Homegoing, do you want more fiction, or would the group try memoir too?"],
    [80, 'p', 'either. hang on my doorbell'],
    [85, 'l', 'No problem, take your time.'],
    [390, 'p', 'sorry back. either is fine'],
    [396, 'l', 'Here are three: "Transcendent Kingdom" by Yaa Gyasi (her second novel), "Ghana Must Go" by Taiye Selasi, and "The Hundred Wells of Salaga" by Ayesha Harruna Attah. Book club sets of the first are at eastgatelibrary.org/bookclub.'],
    [402, 'l', 'Any of those sound like a fit for your group?'],
    [460, 'p', 'transcendent kingdom sounds perfect. thats everything thx'],
    [466, 'l', 'Great choice — thanks for chatting!'],
  ], usual()),

  // 24 advice only, no source
  s(MARTA, '24 reluctant 12-year-old reader: tips only (graphic novels, audiobooks, 15 minutes a night), no source', [
    [0, 'p', 'my son (12) is a reluctant reader, any tips??'],
    [28, 'l', "Hi! I'm Marta, children's librarian at Birchwood Library."],
    [34, 'l', 'What does he enjoy outside of reading — sports, games, YouTube?'],
    [90, 'p', 'minecraft and basketball'],
    [96, 'l', 'Let him pick! Graphic novels, books tied to games he plays and sports stories all count as reading. Short chapters help, and audiobooks while following along in print build stamina. Reading together for 15 minutes a night works wonders too.'],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'yeah ok thanks'],
    [155, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 25 practice
  s(TRAINER, '25 practice chat (summer reading script): coded Practice, every check na', [
    [0, 'p', 'test test summer reading signup'],
    [10, 'l', 'Hi, this is a practice chat for the summer reading training.'],
    [20, 'l', 'Sign up at samplelibrary.org/summer. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 AR vs Lexile, code null
  s(YUKI, '26 AR level 4.5 vs Lexile: arbookfind.com + hub.lexile.com, "thats all i needed", code null', [
    [0, 'p', 'my daughters school uses AR levels but the library uses lexile?? how do i convert'],
    [20, 'l', 'Hi there, this is Yuki at Hollis Public Library.'],
    [26, 'l', 'Do you know her AR level (ATOS) from school, or her Lexile?'],
    [70, 'p', 'AR 4.5'],
    [76, 'l', "There's no exact conversion, but an ATOS of 4.5 is roughly 700L-800L. You can look up any title's AR level at arbookfind.com and its Lexile at hub.lexile.com/find-a-book, so you can check both for a book she likes."],
    [82, 'l', 'Does that clear it up?'],
    [120, 'p', 'yes! thats all i needed'],
    [125, 'l', 'Great, thanks for chatting. Bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 27 Lost Call after three patron lines
  s(REGGIE, '27 Battle of the Books list: answered, patron "ok" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'does the library have the Battle of the Books list for 2026'],
    [30, 'l', 'Hi, Reggie from Sunnyvale Library here.'],
    [36, 'l', 'Is that for elementary or middle school?'],
    [70, 'p', 'elementary'],
    [76, 'l', 'The 2026 elementary list is on our kids page, sunnyvalelibrary.org/kids/battle-of-the-books, with all 20 titles, and the books are on a display at each branch.'],
    [110, 'p', 'ok'],
    left(112),
    [120, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 "the best person to ask is the reading specialist at his school" (no contact)
  s(DORA, '28 2nd grader\'s reading level: "the best person to ask is the reading specialist at his school" (no contact) + guide URL', [
    [0, 'p', 'how do i find out my sons reading level? he is in 2nd grade and struggling'],
    [24, 'l', 'Hello! This is Dora, a librarian at Wrenfield Library.'],
    [30, 'l', 'Has his school given you any reading scores yet, like a Lexile or a guided reading level?'],
    [90, 'p', 'no nothing'],
    [96, 'l', 'The best person to ask is the reading specialist at his school: they can test him and tell you his level. Meanwhile our Early Readers guide at wrenfieldlibrary.org/early-readers explains the levels and lists books for each.'],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'yes ok. thats all'],
    [156, 'l', 'Thanks for chatting, take care!'],
  ], usual({ referral: 'fail' })),

  // 29 two referrals, both reachable
  s(NELL, '29 dyslexia testing: the district office by phone, the International Dyslexia Association at dyslexiaida.org, Shaywitz book', [
    [0, 'p', 'i think my daughter might be dyslexic. where can i get her tested? also books for me to understand it'],
    [30, 'l', "Hi, Nell at Ashbury Public Library. I'm sorry you're dealing with this — happy to help."],
    [36, 'l', 'How old is she, and does she go to a public school?'],
    [100, 'p', '7, public school in ashbury'],
    [106, 'l', 'Let me look a couple of things up.'],
    [200, 'l', 'For testing, ask the Ashbury school district\'s special education office for an evaluation in writing (they\'re at 555-402-1100). For testing outside school, contact the International Dyslexia Association, which lists providers by state at dyslexiaida.org. For you, "Overcoming Dyslexia" by Sally Shaywitz is the classic guide; we have it in print and as an e-book.'],
    [206, 'l', 'Is that what you needed?'],
    [260, 'p', 'yes thank you so much'],
    [266, 'l', 'Anything else I can help with?'],
    [290, 'p', 'no thats all'],
    [295, 'l', 'Take care, and thanks for reaching out!'],
  ], usual({ referral: 'pass' })),

  // 30 a restatement instead of a question
  s(ABBY, '30 600L chapter books for a 5th grader: "So you\'re after chapter books around 600L …" restated (a hold too), answer at 110', [
    [0, 'p', 'need chapter books for a 600L reader who is in 5th grade, she hates "baby" books'],
    [20, 'l', 'Hi! Abby at Fernhill Library here.'],
    [25, 'l', "So you're after chapter books around 600L that feel grown-up enough for a 5th grader — got it, one moment."],
    [110, 'l', 'Good fits: the "Jake Maddox" sports series, "Frindle" by Andrew Clements and "The Wild Robot" by Peter Brown; none of them look like little-kid books. Search our catalog at fernhilllibrary.org with the Lexile filter set to 550-650 for more.'],
    [116, 'l', 'Are those the kind of thing you meant?'],
    [160, 'p', 'yes good. thats all'],
    [165, 'l', 'Thanks, bye!'],
  ], usual()),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '12 a year of adult book club picks: "several other patrons waiting … chat back in later, or e-mail … readers@…" (allowed)':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 8: "e-mail your list to readers@granitefallslibrary.org and our readers\' advisory team will pick it up" tells the patron to write to a department of the provider\'s own library (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), with an e-mail.',
};

describe('fifty-second round: reading for children and book clubs, checked', () => {
  describeSessions('whole sessions', fiftySecondRoundReaders.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySecondRoundReaders.filter((c) => c.name in LEFT_WHY));
});
