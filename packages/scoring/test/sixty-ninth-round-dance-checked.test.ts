/**
 * Sixty-ninth round, theme DANCE CLASSES, DANCE HISTORY AND PERFORMANCES, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: classes for kids (ballet in Tulsa, tap in Louisville, folklórico in
 * San Antonio, hip hop books in Houston, dance videos to stream at home in Phoenix), for seniors (low-impact classes in
 * Towson, tango in Miami, a Polish folk ensemble in Milwaukee) and adults (ballet folklórico in Denver, salsa in Orlando,
 * square dance in Nashville), dance history (flamenco, ballet's history in one book, the Nutcracker's premiere, the Savoy
 * Ballroom, 1930s dance marathons, Martha Graham on film, Labanotation, a 1970s Cleveland Ballet dancer's programs),
 * performances and venues (Ailey tickets, a Nutcracker date, a recital venue, a feis), costumes (a flapper costume, a
 * Bollywood costume) and dance/movement therapy (research for Parkinson's, the career path). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/dance-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 60 s exactly (02: pass) and 61 s (03: fail); "Hey there! Happy to help." names no one (05: fail);
 *   Spanish "¡Buenas tardes! Habla Marisol, bibliotecaria de …" (04), "¡Hola! Soy Irene, bibliotecaria de …" (10), "Hola, le
 *   saluda Elena de …" (30); "you're chatting with Dario at …" (29); `pickedUpAt` at 45 s with the first line at 90 (27);
 *   no provider ever joined, a queue line, "anyone there?? 😩" (26);
 *  inquiry: age, weekly or camp, seated or standing, report length, part of town, court ballet or Balanchine, TV app or
 *   browser, sewing experience, birthday month, beginner, years danced, date range, stage or room, high school or college,
 *   partner, one night or a group; the first source given before "¿Prefieren clases de día o de noche?" (30: fail);
 *  waits: a hold answered 121 s later (06: fail) and 120 s later (07: pass); "No problem, take your time." and the patron
 *   back 200 s later (08: waiting on the patron); a transfer notice answered 64 s later (20) and 130 s later (22: fail);
 *  endings: a Lost Call with a greeting + "Let me know a bit more", a check-in at 140 and a notice that invites back at 330 (14); a notice with
 *   no check-in 196 s after the answer (15: idle fails, notice passes); a goodbye 119 s after the answer (16: idle na) and
 *   120 s after it (17: idle fails); "we can only handle one question per chat session. Goodbye." (18: dismissal); "a few
 *   other people waiting … please log back in later" (19: allowed); the patron's "thats all i needed thx" last (29);
 *  sources: park, county and city pages, the catalogue, Libby, Kanopy, Creativebug, Britannica School, ProQuest Historical
 *   Newspapers, PubMed, BadgerLink, the Schomburg digital collections, loc.gov, Jacob's Pillow Dance Interactive, books by
 *   Homans, Schreiner, Martin and Hutchinson Guest; none (16: the Mariinsky named without a way to reach it);
 *  referrals: "call the YMCA branch nearest you" with no contact (09: fail); a cultural center by phone, in Spanish (10);
 *   the Publick Playhouse's rental office by URL (13); an ensemble's newcomer form by URL (22); the branch manager consulted
 *   on the patron's behalf (13) as no referral;
 *  follow-ups: FU_ME, e-mail read back, "by Wednesday", done in 20 h (11: pass); a promise to e-mail, e-mail read back, no
 *   time, coded Answered (12: code and contact fail, on_time pending); FU_LIB, phone read back as a question, "by Friday",
 *   not recorded at day 5 (13: on_time fails);
 *  codes: a true Lost Call (14); Lost Call after three patron lines (28); null with no provider (26); "" (27); Practice (25);
 *  transfers: notice + internal note why (20: pass); internal note only (21: fail); notice only, no note (22: fail);
 *  concurrency: three others open through the session (23: fail); one ending at the start, two overlapping, one starting
 *   at `endedAt` (24: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "¡Con mucho gusto! Que le vaya bien." says goodbye (04); "eso es todo" / "that's all for now" say the patron is done;
 * - a class or program listed on a web page ("El Guadalupe Cultural Arts Center da clases … la inscripción está en …",
 *   "clases gratis … en la sucursal Southeast; el calendario está en …") points to a source to use, not a referral (04, 30);
 *   "call the YMCA branch nearest you" tells the patron to contact an organisation (09: no contact given);
 * - "It seems the connection dropped on your end, so I'm going to end our chat" says the patron seems disconnected and the
 *   session will end, and does not ask whether they are there (15);
 * - "Did that settle it?", "Will that work for the episode?", "Would that be enough for your class?" ask whether what was
 *   given meets the need;
 * - "She can write to the Syrena … Ensemble … through the newcomer form at …" tells the patron (asking for her grandmother)
 *   to have an organisation written to: a referral, reached by a URL (22);
 * - "Let me know a bit more and I'll dig in!" after the patron's question asks for more about the need: a clarifying
 *   request, so the Lost Call (14) has a substantive exchange (see the correction below); its final idle runs from that
 *   message (22 s) to the goodbye notice (330 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 1 case (five checks), 14:
 *  - case 14, informed na -> pass, clarify na -> pass, source na -> fail, complete na -> fail, anything na -> fail: I had
 *    read "Hi, I'm Mia, … Let me know a bit more and I'll dig in!" as a greeting only. Reread, RUBRIC's Substantive exchange
 *    excludes "a greeting, an idle check-in or a goodbye, a hold message or a disconnect notice" and says "a clarifying
 *    question counts"; the second sentence is none of the excluded kinds and asks the patron for more about the need they
 *    had already stated (not the greeting's generic "how can I help?"), so it is a clarifying request: the session has a
 *    substantive exchange, no source (info.source fail), so completeness and anything_else apply and fail; clarify passes
 *    ("If no source is ever given, any such question counts"); no span waiting on the provider after pickup (pass). The
 *    Lost Call code still passes (the patron sent one message).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 22: "She can write to the Syrena Polish Folk Dance Ensemble … through the newcomer form at
 *    syrenamilwaukee.org" read as no referral (na; RUBRIC pass: write to an organisation, URL given).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across a
 * transfer at 64 and 130 s, "take your time"; final idles of 119, 120, 196 and 308 s; concurrency at four and at touching
 * ends; on_time done at 20 h, late at day 5, pending at day 1) scored as labelled on the first run, and so did the
 * redaction equality (patron e-mails typed and read back in 11 and 12, a patron phone read back in 13).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * RUBRIC v63 (block AC, written after this file): case 22 (AC5: "the Syrena Polish Folk Dance Ensemble", an ensemble is a party;
 *   "She can write to" was already read as telling the patron's grandmother) now scores as labelled and runs with the others; no
 *   label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ADA: Prov = { id: 'ada-d', name: 'Ada', library: 'TCCL' };
const BEN: Prov = { id: 'ben-d', name: 'Ben', library: 'BCPL' };
const CLEO: Prov = { id: 'cleo-d', name: 'Cleo', library: 'ABCL' };
const MARISOL: Prov = { id: 'marisol-d', name: 'Marisol', library: 'SAPL' };
const DESK: Prov = { id: 'desk-d', name: 'Ask Desk', library: 'SPL' };
const EVA: Prov = { id: 'eva-d', name: 'Eva', library: 'HCL' };
const FINN: Prov = { id: 'finn-d', name: 'Finn', library: 'MCL' };
const GWEN: Prov = { id: 'gwen-d', name: 'Gwen', library: 'KCPL' };
const HUGO: Prov = { id: 'hugo-d', name: 'Hugo', library: 'LFPL' };
const IRENE: Prov = { id: 'irene-d', name: 'Irene', library: 'DPL' };
const JADE: Prov = { id: 'jade-d', name: 'Jade', library: 'CPL-OH' };
const KAI: Prov = { id: 'kai-d', name: 'kai_statewide', library: 'AAL-WI' };
const LEO: Prov = { id: 'leo-d', name: 'Leo', library: 'PGCMLS' };
const MIA: Prov = { id: 'mia-d', name: 'Mia', library: 'DELIB' };
const NORA: Prov = { id: 'nora-d', name: 'Nora', library: 'NYPL' };
const OTTO: Prov = { id: 'otto-d', name: 'Otto', library: 'SLCL' };
const PIA: Prov = { id: 'pia-d', name: 'Pia', library: 'MDPLS' };
const RAFA: Prov = { id: 'rafa-d', name: 'Rafa', library: 'FCPL-CA' };
const SAGE: Prov = { id: 'sage-d', name: 'Sage', library: 'HPL' };
const TESS: Prov = { id: 'tess-d', name: 'Tess', library: 'AUN' };
const VIK: Prov = { id: 'vik-d', name: 'Vik', library: 'AUN' };
const UNA: Prov = { id: 'una-d', name: 'Una', library: 'RL-SC' };
const WREN: Prov = { id: 'wren-d', name: 'Wren', library: 'RL-SC' };
const XAVI: Prov = { id: 'xavi-d', name: 'Xavi', library: 'MPL-WI' };
const YARA: Prov = { id: 'yara-d', name: 'Yara', library: 'MPL-WI' };
const ZED: Prov = { id: 'zed-d', name: 'Zed', library: 'CPL-IL' };
const ABBY: Prov = { id: 'abby-d', name: 'Abby', library: 'SFPL' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 9', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-d', name: 'Queue', library: 'VRQ' };
const BRUNO: Prov = { id: 'bruno-d', name: 'Bruno', library: 'PHXPL' };
const CORA: Prov = { id: 'cora-d', name: 'Cora', library: 'NPL-TN' };
const DARIO: Prov = { id: 'dario-d', name: 'Dario', library: 'LAPL' };
const ELENA: Prov = { id: 'elena-d', name: 'Elena', library: 'OCLS' };

const s = session;

export const DANCE: SessionCase[] = [
  // 01 the plain good session
  s(ADA, '01 ballet for a 6-year-old in Tulsa: weekly or camp asked, Tulsa Parks classes page, "thats all i needed!!"', [
    [0, 'p', 'hi my daughter is 6 and wants to do ballet, any cheap classes near midtown tulsa?? 🩰'],
    [25, 'l', "Good morning and thanks for reaching out! Ada here, children's librarian at Tulsa City-County Library."],
    [31, 'l', 'Are you hoping for a weekly class, or a short summer-camp type thing?'],
    [70, 'p', 'weekly, weekday afternoons if possible'],
    [77, 'l', 'Tulsa Parks runs beginner ballet for ages 5-7 at two community centers on Tuesday and Thursday afternoons; the current session, prices and online sign-up are at tulsaparks.org/recreation (Classes > Dance).'],
    [83, 'l', 'Does that look like what you had in mind?'],
    [120, 'p', 'yes perfect thats all i needed!!'],
    [126, 'l', 'Wonderful, have fun at class! Bye for now.'],
  ], usual()),

  // 02 pickup at exactly 60 s
  s(BEN, '02 a gentle class for a 74-year-old in Towson: pickup at 60 s exactly, seated or standing asked, Department of Aging page', [
    [0, 'p', 'Hello. I am 74 and would like to find a gentle dance class for seniors in Towson. My knees are not great.'],
    [60, 'l', 'Hi, welcome to Ask Us Now! This is Ben, a librarian at Baltimore County Public Library.'],
    [66, 'l', 'Would a seated or chair-based class suit you, or are you comfortable standing for most of an hour?'],
    [110, 'p', 'Standing is fine for a while but I would rather not jump.'],
    [116, 'l', "The county's Department of Aging lists low-impact line dancing and ballroom classes at its senior centers; the Towson center's schedule is at baltimorecountymd.gov/aging (Senior Centers > Towson > Activities). Our own chair-dance program is on bcpl.info/events."],
    [122, 'l', 'Will one of those work for you?'],
    [170, 'p', 'The line dancing sounds lovely. Thank you.'],
    [175, 'l', 'Is there anything else I can look up for you today?'],
    [200, 'p', 'No, that is everything.'],
    [204, 'l', 'Enjoy the dancing, and thank you for chatting with us!'],
  ], usual()),

  // 03 pickup at 61 s
  s(CLEO, '03 where flamenco came from (8th-grade report): pickup at 61 s, report length asked, Schreiner\'s book + Britannica School', [
    [0, 'p', 'where did flamenco actually come from? for a school report 8th grade'],
    [61, 'l', 'Hey! Cleo from the Albuquerque & Bernalillo County Library answering - sorry you had to wait.'],
    [67, 'l', 'How long does the report need to be, and does your teacher want print sources or are websites ok?'],
    [110, 'p', '2 pages, teacher wants at least one book'],
    [116, 'l', "Flamenco grew up in Andalusia in southern Spain, mixing Romani, Moorish, Jewish and Andalusian traditions. A good book we own is 'Flamenco: Gypsy Dance and Music from Andalusia' by Claus Schreiner; find it in our catalog at abqlibrary.org. Britannica School, on our Research page, has a short article at your grade level."],
    [122, 'l', 'Is that what you were after?'],
    [160, 'p', 'yea thx'],
    [165, 'l', 'Anything else for the report?'],
    [190, 'p', 'no im good'],
    [194, 'l', 'Good luck with it — take care!'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: folklórico for a 9-year-old
  s(MARISOL, '04 clases de folklórico para un niño de 9 años (Spanish): "Habla Marisol", barrio preguntado, "eso es todo", "Que le vaya bien"', [
    [0, 'p', 'hola buenas, busco clases de baile folklórico para mi hijo de 9 años en San Antonio'],
    [20, 'l', '¡Buenas tardes! Habla Marisol, bibliotecaria de la Biblioteca Pública de San Antonio. Con gusto le ayudo.'],
    [26, 'l', '¿En qué parte de la ciudad viven? Así le busco algo cerca.'],
    [60, 'p', 'westside, cerca de la biblioteca Landa no se'],
    [66, 'l', 'El Guadalupe Cultural Arts Center da clases de danza folklórica para niños de 6 a 12 años los sábados; los horarios y la inscripción están en guadalupeculturalarts.org (Programs > Dance Academy).'],
    [72, 'l', '¿Le sirve esta información?'],
    [110, 'p', 'si muchas gracias eso es todo'],
    [115, 'l', '¡Con mucho gusto! Que le vaya bien.'],
  ], usual()),

  // 05 greets, names no one
  s(DESK, '05 a readable history of ballet: "Hey there! Happy to help." under "Ask Desk" (no one named), Homans on Libby, no "anything else"', [
    [0, 'p', 'I want a readable history of ballet, not too academic. Any suggestions?'],
    [14, 'l', 'Hey there! Happy to help.'],
    [20, 'l', 'Are you more interested in early court ballet in France, or the Russian and American story, Balanchine and so on?'],
    [65, 'p', 'The whole sweep, honestly.'],
    [71, 'l', "Then try Jennifer Homans, 'Apollo's Angels: A History of Ballet' (2010). It runs from Louis XIV to the present and reads like a story. We have it in print and as an e-book on Libby; place a hold from the catalog at spl.org."],
    [77, 'l', 'Does that fit what you wanted?'],
    [120, 'p', 'Sounds great, putting it on hold now.'],
    [125, 'l', 'Enjoy the read! Goodbye.'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 06 hold answered 121 s later
  s(EVA, '06 streaming full ballets on a Roku: "Let me see which of our streaming services have ballet, one moment." answered 121 s later, Kanopy', [
    [0, 'p', 'does the library have any way to stream full ballet performances? like the nutcracker or swan lake'],
    [18, 'l', "Hi! I'm Eva, a librarian at Hennepin County Library."],
    [24, 'l', 'Do you want to watch on a TV app, or is a laptop browser fine?'],
    [55, 'p', 'roku would be ideal'],
    [61, 'l', 'Let me see which of our streaming services have ballet, one moment.'],
    [182, 'l', "Found some: Kanopy (free with your card, and it has a Roku app) carries the Royal Ballet's Nutcracker and a Bolshoi Swan Lake. Log in from hclib.org > Browse > eMedia > Kanopy."],
    [188, 'l', 'Did that help?'],
    [230, 'p', 'yes!! thank u'],
    [235, 'l', 'Anything else I can find for you?'],
    [260, 'p', 'nope'],
    [264, 'l', 'Happy watching, bye!'],
  ], usual({ informed: 'fail' })),

  // 07 hold answered 120 s later
  s(FINN, '07 a flapper costume for a Charleston number: "give me a minute to check what\'s on the shelf" answered 120 s later, Creativebug', [
    [0, 'p', 'my kid needs a 1920s flapper costume for a charleston number in the recital, any books on making one??'],
    [22, 'l', 'Hello, this is Finn at Multnomah County Library, thanks for writing in.'],
    [28, 'l', 'How much sewing experience do you have — beginner, or comfortable with patterns?'],
    [70, 'p', 'total beginner lol'],
    [76, 'l', "Okay, give me a minute to check what's on the shelf."],
    [196, 'l', "A catalog search at multcolib.org for 'costume sewing' brings up several beginner and no-sew books, and Creativebug (free with your card at multcolib.org > Learning > Creativebug) has a beginner drop-waist dress class that works for a flapper look."],
    [202, 'l', 'Is that the kind of thing you needed?'],
    [240, 'p', "ya thats great, that's all"],
    [245, 'l', 'Good luck with the recital — thanks for chatting!'],
  ], usual()),

  // 08 "take your time", 200 s away
  s(GWEN, '08 Ailey tickets for a mom\'s birthday: "No problem, take your time." then 200 s away, Kauffman Center calendar', [
    [0, 'p', "is alvin ailey coming to kansas city this year? want to get tix for my mom's bday"],
    [15, 'l', 'Hi there! Gwen, librarian with Kansas City Public Library, at your service.'],
    [21, 'l', 'Do you know roughly which month her birthday is? That helps me narrow the dates.'],
    [50, 'p', 'hang on let me check with my sister what weekend works'],
    [55, 'l', 'No problem, take your time.'],
    [255, 'p', 'ok sorry! sometime in march'],
    [261, 'l', "Ailey's tour stops here at the Kauffman Center; its calendar at kauffmancenter.org/events lists the Ailey dates, with tickets on the same page."],
    [267, 'l', 'Does that answer it?'],
    [300, 'p', 'yes found it, march 14. thats everything tysm'],
    [305, 'l', 'Enjoy the show! 🎉 Bye!'],
  ], usual()),

  // 09 "call the YMCA branch nearest you" (no contact)
  s(HUGO, '09 cheap tap for a 10-year-old in Louisville: library calendar, "call the YMCA branch nearest you" with no contact, "ok ty"', [
    [0, 'p', 'r there tap dance classes for a 10 yr old in louisville that dont cost a fortune'],
    [30, 'l', 'Hi! Hugo at the Louisville Free Public Library here. Good question.'],
    [36, 'l', 'Is your child a total beginner, or has she danced before?'],
    [80, 'p', 'beginner'],
    [86, 'l', "We don't run tap classes ourselves, but our kids' events calendar at lfpl.org/events has free dance-and-movement programs. For real tap lessons, call the YMCA branch nearest you and ask whether they have a beginner tap class this fall."],
    [92, 'l', 'Is that helpful?'],
    [130, 'p', 'ok ty'],
    [134, 'l', 'You bet, take care!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 10 partly Spanish: a cultural center by phone
  s(IRENE, '10 ballet folklórico para adultos en Denver (partly Spanish): "Llame a la oficina … al 303-555-0172", "that\'s all"', [
    [0, 'p', 'Hi, quiero unirme a un grupo de ballet folklórico para adultos in Denver, do you know any?'],
    [20, 'l', '¡Hola! Soy Irene, bibliotecaria de Denver Public Library. Hello!'],
    [26, 'l', '¿Tiene experiencia previa, o busca un grupo para principiantes?'],
    [60, 'p', 'principiante, bailé de niña en Jalisco pero hace mucho'],
    [66, 'l', 'Llame a la oficina del Centro Cultural Mexicano de Denver al 303-555-0172 y pregunte por el grupo de adultos principiantes; su calendario está en centroculturaldenver.org.'],
    [72, 'l', '¿Es lo que buscaba?'],
    [110, 'p', "sí perfecto, gracias! that's all"],
    [115, 'l', '¡De nada! Gracias por usar Ask a Librarian, adiós.'],
  ], usual({ referral: 'pass' })),

  // 11 follow-up by me, e-mail read back, "by Wednesday", done in 20 h
  s(JADE, '11 a mother\'s Cleveland Ballet programs 1976-81 (follow-up by me): e-mail read back, "by Wednesday", done in 20 h', [
    [0, 'p', 'Looking for photos or programs of the Cleveland Ballet from the 1970s - my mother danced with them. Do you have anything?'],
    [28, 'l', "Good afternoon! My name is Jade and I'm a librarian in Cleveland Public Library's Fine Arts department."],
    [34, 'l', 'Do you know the years she danced, or the name she performed under?'],
    [90, 'p', '1976 to 1981, she was Deborah Klein then'],
    [96, 'l', 'Let me take a look in our digital gallery.'],
    [190, 'l', "Our Digital Gallery (cplorg.contentdm.oclc.org) has a few Cleveland Ballet programs, but the performance photos are in our uncataloged Fine Arts files. I'd like to search those by hand and send you scans. What e-mail should I use?"],
    [240, 'p', 'dklein.family@example.net'],
    [246, 'l', "Thanks — that's dklein.family@example.net. I'll send what I find by Wednesday."],
    [252, 'l', 'Does the Digital Gallery help in the meantime?'],
    [300, 'p', "Yes, thank you so much! That's all for now."],
    [306, 'l', 'My pleasure, talk soon. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 12 a promise to e-mail, no time, coded Answered
  s(KAI, '12 dance/movement therapy for Parkinson\'s (grad student): PubMed + BadgerLink, "email them to you", e-mail read back, no time, Answered', [
    [0, 'p', 'im a grad student, need peer reviewed studies on dance/movement therapy for parkinsons'],
    [12, 'l', 'hi, Kai w/ the statewide Ask a Librarian service here'],
    [18, 'l', 'any date range? and do you need full text only?'],
    [50, 'p', 'last 10 yrs, full text pls'],
    [56, 'l', "Start with PubMed (pubmed.ncbi.nlm.nih.gov) using 'dance therapy AND Parkinson Disease' limited to 2015-2025, and the American Journal of Dance Therapy in the EBSCO databases at badgerlink.net."],
    [62, 'l', "I'll also pull a few full-text review articles and email them to you. What address?"],
    [100, 'p', 'sure, mara.k@example.edu'],
    [106, 'l', 'got it, mara.k@example.edu — will send them over.'],
    [140, 'p', 'thanks!'],
    [144, 'l', 'np, good luck w/ the paper! bye'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 13 follow-up by the patron's library, phone read back, "by Friday", not recorded at day 5
  s(LEO, '13 a 200-seat recital venue in Prince George\'s (follow-up by patron\'s library): Playhouse rental office by URL, phone read back, "by Friday", never recorded', [
    [0, 'p', 'hi I run a small dance studio, need a venue for our june recital ~200 seats in prince georges county. does the library rent space?'],
    [24, 'l', "Hello and thanks for contacting Ask Us Now. This is Leo from Prince George's County Memorial Library System."],
    [30, 'l', 'What date in June, and do you need a stage with lighting, or just a large room?'],
    [85, 'p', 'june 14, stage would be great'],
    [91, 'l', "Our largest meeting room seats 120, so it's too small. The Publick Playhouse has a 460-seat theater: contact its rental office through arts.mncppc.org/publick-playhouse. Your local branch manager may know smaller stages, so I'll pass your question to them. What's a good phone number for them to call you?"],
    [150, 'p', '301-555-0199'],
    [156, 'l', "That's 301-555-0199, correct? Someone from the branch will call you by Friday."],
    [180, 'p', 'yes correct, thanks'],
    [186, 'l', 'Does the Playhouse info help for now?'],
    [220, 'p', 'yes it does'],
    [225, 'l', 'Anything else?'],
    [240, 'p', 'no thats it'],
    [244, 'l', 'Thank you, and good luck with the recital!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 14 a true Lost Call
  s(MIA, '14 Nutcracker dates at the Grand Opera House (Lost Call): greeting + "Let me know a bit more", "Are you still on the chat?" at 140, notice + invitation back at 330', [
    [0, 'p', 'when is the nutcracker at the grand opera house this year'],
    [22, 'l', "Hi, I'm Mia, a librarian with Delaware Libraries. Let me know a bit more and I'll dig in!"],
    [140, 'l', 'Hello? Are you still on the chat?'],
    [330, 'l', "I haven't heard back, so it seems you've been disconnected and I'll close this session now. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 a notice with no check-in, 196 s after the answer
  s(NORA, '15 the Savoy Ballroom and the Lindy Hop (college): Schomburg + Amsterdam News, "the connection dropped on your end" 196 s later, no check-in', [
    [0, 'p', 'need sources on the savoy ballroom and lindy hop for a history project'],
    [20, 'l', 'Hi! This is Nora, a librarian at The New York Public Library.'],
    [26, 'l', 'Is this for high school or college, and do you need primary sources like newspaper articles?'],
    [60, 'p', 'college, primary would be awesome'],
    [66, 'l', "The Schomburg Center's digital collections (digitalcollections.nypl.org, search 'Savoy Ballroom') have photographs, and ProQuest Historical Newspapers: The New York Amsterdam News, on our Articles & Databases page, covers the Savoy's years from 1926 on."],
    [72, 'l', 'Does that get you started?'],
    [262, 'l', "It seems the connection dropped on your end, so I'm going to end our chat. Thanks for using Ask NYPL!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 16 no source; goodbye 119 s after the answer
  s(OTTO, '16 the Nutcracker\'s premiere (bar trivia): answered from memory, no source, "Did that settle it?", goodbye 119 s later', [
    [0, 'p', 'quick q when did the nutcracker ballet first premiere? bar trivia argument lol'],
    [16, 'l', 'Hi, Otto from St. Louis County Library here!'],
    [22, 'l', 'Are you asking about the original ballet in Russia, or the first full US production?'],
    [45, 'p', 'the original'],
    [51, 'l', 'The original premiered at the Mariinsky Theatre in St. Petersburg in December 1892, with music by Tchaikovsky. Did that settle it?'],
    [170, 'l', 'Thanks for the fun question — have a good night!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 17 goodbye 120 s after the answer, no check-in
  s(PIA, '17 Argentine tango for an 80-year-old in Miami: partner asked, Parks senior calendar, goodbye exactly 120 s later with no check-in', [
    [0, 'p', 'my dad (80) wants to try argentine tango, are there senior friendly classes in miami?'],
    [19, 'l', 'Hello! Pia here, a librarian at Miami-Dade Public Library System.'],
    [25, 'l', 'Does he need a class where partners are provided, or will he bring someone?'],
    [62, 'p', 'he would need a partner, my mom passed'],
    [70, 'l', "I'm sorry for your loss. Miami-Dade Parks' senior centers hold ballroom and tango socials where partners rotate; the calendar is at miamidade.gov/parks (Seniors > Activities). Does that help?"],
    [190, 'l', 'Take care, and thanks for chatting with us!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 "one question per chat session. Goodbye."
  s(RAFA, '18 renting a Bollywood costume in Fresno, then choreography and a teacher: "we can only handle one question per chat session. Goodbye."', [
    [0, 'p', 'where can i rent a costume for a bollywood dance performance in fresno'],
    [25, 'l', 'Hi, Rafa at Fresno County Public Library.'],
    [31, 'l', 'Is it for one performance, or do you need several for a group?'],
    [70, 'p', 'just me, one night'],
    [76, 'l', 'Our Community Resources guide at fresnolibrary.org/resources (Arts > Costumes) lists costume rentals, including a couple with South Asian outfits. Did that help?'],
    [110, 'p', 'kinda. also how do i learn the choreography and can u find me a teacher'],
    [117, 'l', 'Sorry, we can only handle one question per chat session. Goodbye.'],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 other people waiting, log back in later
  s(SAGE, '19 hip hop books for teens, then a long list: "a few other people waiting … please log back in later", "ok bet"', [
    [0, 'p', 'hey do yall have hip hop dance books for teens'],
    [15, 'l', 'Hey! Sage from Houston Public Library here 👋'],
    [20, 'l', 'Are you looking to learn moves, or to read about hip hop history?'],
    [45, 'p', 'learn moves'],
    [51, 'l', "Our catalog at houstonlibrary.org has several step-by-step hip-hop dance books for teens: search 'hip-hop dance instruction'."],
    [57, 'l', 'did that help?'],
    [80, 'p', 'ya. wait also breakdancing, krumping, tutting, and where to battle and also costumes'],
    [88, 'l', "That's a big list! There are a few other people waiting in the chat right now, so please log back in later and we can keep going on those."],
    [100, 'p', 'ok bet'],
    [104, 'l', 'Thanks for chatting, see ya!'],
  ], usual({ anything: 'fail' })),

  // 20 a transfer with a notice and a note that says why
  s(TESS, '20 Martha Graham on film: "I\'m handing you to Vik, our performing arts librarian … Just a moment." + internal note why, Vik 64 s later', [
    [0, 'p', 'Is there an archive with footage of Martha Graham performances I could watch?'],
    [20, 'l', 'Good evening, Tess here at Ask Us Now. Glad you wrote!'],
    [26, 'l', 'Are you hoping to watch online, or could you visit an archive in person?'],
    [60, 'p', 'online if at all possible'],
    [66, 'l', "I'm handing you to Vik, our performing arts librarian, who knows the dance film collections well. Just a moment."],
    [69, 'i', 'Vik — patron wants online footage of Martha Graham performances; dance archives, your area. Thanks!'],
    xfer(72, 'Vik', 'vik-d'),
    [130, 'l', "Hi, this is Vik. The Library of Congress's Martha Graham collection at loc.gov/collections/martha-graham has digitized film clips, and Jacob's Pillow Dance Interactive (danceinteractive.jacobspillow.org) streams several Graham works free.", as(VIK)],
    [136, 'l', 'Is that what you were looking for?', as(VIK)],
    [180, 'p', 'yes exactly, thank you! thats all'],
    [185, 'l', 'Enjoy! Thanks for using Ask Us Now.', as(VIK)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer
  s(UNA, '21 becoming a dance/movement therapist in SC: internal note only, silent transfer, Wren 70 s after the patron with ADTA + Careers guide', [
    [0, 'p', 'how do i become a dance therapist? what degree?'],
    [18, 'l', 'Hi, Una from Ask a Librarian at Richland Library.'],
    [24, 'l', 'Which state are you in? Licensing varies.'],
    [50, 'p', 'south carolina'],
    [55, 'i', 'Wren can you take this? dance/movement therapy careers, SC — you did the careers guide'],
    xfer(58, 'Wren', 'wren-d'),
    [120, 'l', "Hello, I'm Wren, career resources librarian. The American Dance Therapy Association lists approved master's programs and the R-DMT credential steps at adta.org/become-a-dance-movement-therapist, and our Careers guide (richlandlibrary.com/careers) has the SC counseling license rules.", as(WREN)],
    [126, 'l', 'Did that help?', as(WREN)],
    [170, 'p', 'yes a lot, thank you'],
    [175, 'l', 'Anything else today?', as(WREN)],
    [190, 'p', 'no thats all'],
    [194, 'l', 'Good luck on the path — bye!', as(WREN)],
  ], usual({ transfer: 'fail' })),

  // 22 a transfer notice with no note, the receiver 130 s after it
  s(XAVI, '22 a Polish folk ensemble for a 68-year-old grandma: "Let me transfer you to Yara … hang on", no internal note, Yara 130 s later, newcomer form by URL', [
    [0, 'p', 'my grandma wants to join a polish folk dance group in milwaukee, she is 68, any out there?'],
    [25, 'l', "Hi there, Xavi with Milwaukee Public Library's Ask a Librarian. Happy to look."],
    [31, 'l', 'Does she want to perform, or just dance socially?'],
    [70, 'p', 'perform! she did it as a kid in krakow'],
    [76, 'l', 'Let me transfer you to Yara, who runs our cultural programs, hang on.'],
    xfer(80, 'Yara', 'yara-d'),
    [206, 'l', "Hi, Yara here. She can write to the Syrena Polish Folk Dance Ensemble, which has a seniors' group, through the newcomer form at syrenamilwaukee.org; polishfest.org lists the other local ensembles.", as(YARA)],
    [212, 'l', 'Is that helpful?', as(YARA)],
    [250, 'p', 'very, thank you. thats all'],
    [255, 'l', 'Thanks for chatting — do widzenia!', as(YARA)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 23 four at once
  s(ZED, '23 what a feis is (Irish dance): three other chats open through this one (four at once)', [
    [0, 'p', "what is a feis? my daughter's irish dance school keeps mentioning it"],
    [30, 'l', 'Hello, thanks for contacting Ask a Librarian — this is Zed at Chicago Public Library.'],
    [36, 'l', 'Do you want the basics of what happens at one, or details on how she enters?'],
    [70, 'p', 'basics pls, and what she wears'],
    [76, 'l', "A feis (plural feiseanna) is an Irish dance competition with graded levels. The Irish Dancing Commission's rules for beginners, costume rules included, are at clrg.ie, and feisworx.com has the North American calendar with each level explained. Does that help?"],
    [120, 'p', "yes thank you that's all i needed"],
    [125, 'l', 'Have fun at the feis! Goodbye.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zed-d', -60, 500), other('z2', 'zed-d', 5, 300), other('z3', 'zed-d', 20, 400)],
  }),

  // 24 three at most, touching ends
  s(ABBY, '24 1930s dance marathons (podcast): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'did people really dance for weeks straight in the 1930s dance marathons?? for a podcast ep'],
    [20, 'l', 'Hi! Abby at San Francisco Public Library Ask a Librarian 😊'],
    [26, 'l', 'Do you want books, or old newspaper coverage, or both?'],
    [55, 'p', 'both!'],
    [61, 'l', "Yes — some lasted over a month, with short rest breaks. Carol Martin's 'Dance Marathons: Performing American Culture of the 1920s and 1930s' is the standard history (in our catalog at sfpl.org), and the San Francisco Chronicle archive in our databases has 1930s marathon coverage."],
    [67, 'l', 'Will that work for the episode?'],
    [100, 'p', 'perfect thank u, thats all'],
    [104, 'l', 'Thanks for chatting, good luck with the episode!'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'abby-d', -300, 0), other('a2', 'abby-d', 10, 60), other('a3', 'abby-d', 30, 200), other('a4', 'abby-d', 109, 500)],
  }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (dance script): coded Practice, every check na', [
    [0, 'p', 'testing testing dance classes'],
    [6, 'l', 'hi testing canned greeting'],
    [12, 'l', 'dance: example.org/dance'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider ever joined
  s(NOBODY, '26 recital tickets at the civic center Saturday: no provider ever joined, "anyone there?? 😩", patron left, code null', [
    [0, 'p', 'hi are tickets still available for the recital at the civic center saturday??'],
    [2, 's', 'All librarians are helping other patrons. Please stay on the line.'],
    [150, 'p', 'anyone there?? 😩'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 pickedUpAt 45 s, first line at 90; code ""
  s(BRUNO, '27 dance videos for kids on a rainy day: pickedUpAt 45 s, first line at 90, GoNoodle + Kanopy Kids, code ""', [
    [0, 'p', 'any free dance workout vids for kids to stream at home? rainy day here'],
    [90, 'l', 'Hello! Bruno with Phoenix Public Library, thanks for waiting.'],
    [96, 'l', 'How old are the kids?'],
    [125, 'p', '4 and 7'],
    [131, 'l', 'GoNoodle (gonoodle.com) has free dance breaks for that age, and Kanopy Kids (phoenixpubliclibrary.org > eLibrary > Kanopy) has dance and movement videos with no play-credit limit. Does that help?'],
    [170, 'p', 'yes they love gonoodle lol'],
    [175, 'l', 'Anything else?'],
    [190, 'p', 'nope thats all'],
    [195, 'l', 'Have fun dancing, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(45) }),

  // 28 Lost Call after three patron lines
  s(CORA, '28 beginner square dance clubs in Nashville: coded Lost Call after three patron lines, "ok"', [
    [0, 'p', 'looking for square dance lessons for beginners in nashville'],
    [18, 'l', 'Hi, this is Cora, a Nashville Public Library librarian.'],
    [24, 'l', 'Are you looking for a club that teaches, or a one-time class?'],
    [50, 'p', 'club i guess'],
    [56, 'l', 'The directory of clubs that run beginner lessons is at tnsquaredance.org/clubs. Did that help?'],
    [90, 'p', 'ok'],
    [94, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 the patron has the last word
  s(DARIO, '29 learning Labanotation (dance major): Dance Notation Bureau + Hutchinson Guest, "Would that be enough for your class?", patron last', [
    [0, 'p', 'hi what is labanotation and where can i learn to read it'],
    [22, 'l', "Hi there, you're chatting with Dario at the Los Angeles Public Library."],
    [28, 'l', 'Are you a dancer or choreographer, or researching it for a class?'],
    [70, 'p', 'dance major, need it for a class'],
    [76, 'l', "Labanotation is Rudolf Laban's system for writing down movement. The Dance Notation Bureau's learning materials are at dancenotation.org/learn, and Ann Hutchinson Guest's 'Labanotation: The System of Analyzing and Recording Movement' is in our catalog at lapl.org."],
    [82, 'l', 'Would that be enough for your class?'],
    [120, 'p', 'yes!! thats all i needed thx'],
  ], usual({ courteous: 'fail' })),

  // 30 Spanish: the source comes before the question
  s(ELENA, '30 clases de salsa para una pareja en Orlando (Spanish): calendario dado primero, luego "¿Prefieren clases de día o de noche?"', [
    [0, 'p', 'hola, queremos tomar clases de salsa mi esposo y yo en orlando, algo barato?'],
    [20, 'l', 'Hola, le saluda Elena de Orange County Library System. ¡Qué buena idea!'],
    [26, 'l', 'La biblioteca ofrece clases gratis de salsa para principiantes en la sucursal Southeast; el calendario está en ocls.org/calendar (busque "salsa").'],
    [32, 'l', '¿Prefieren clases de día o de noche?'],
    [70, 'p', 'de noche, trabajamos los dos'],
    [76, 'l', 'Las de la biblioteca son los jueves a las 6:30 pm, así que les quedan bien. ¿Le sirve?'],
    [110, 'p', 'sii perfecto gracias!!'],
    [115, 'l', '¿Algo más en que le pueda ayudar?'],
    [130, 'p', 'no, eso es todo'],
    [135, 'l', '¡Que disfruten el baile! Gracias por escribirnos.'],
  ], usual({ clarify: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DANCE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-ninth round: dance classes, history and performances, checked', () => {
  describeSessions('whole sessions', DANCE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DANCE.filter((c) => c.name in LEFT_WHY));
});
