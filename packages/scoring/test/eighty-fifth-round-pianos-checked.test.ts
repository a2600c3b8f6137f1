/**
 * Eighty-fifth round, theme PIANOS, PIANO LESSONS AND PIANO TUNING, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: lessons (an adult beginner with a son's old keyboard, a
 * seven-year-old in Wheaton in Spanish, free options for a twelve-year-old in Elkton partly in Spanish, a Spanish-speaking
 * teacher for a nine-year-old in Hyattsville, Suzuki or traditional for a four-year-old, a piano teacher opening a home
 * studio in Easton, an RCM Level 6 exam, music theory drills for a community college course, a recital's Clair de Lune,
 * high school competitions, a practice piano in St. Mary's County, a teacher at the Princess Anne library), tuning and care
 * (how often to tune after a move, an upright that will not hold a tune in a sunroom, the cost of a tuning in Baltimore in
 * Spanish, a sticking middle C on a Kimball spinet, yellowed ivory keys, becoming a piano tuner), buying and moving (digital
 * or acoustic for an apartment, spinet/console/studio uprights, a free Wurlitzer on Marketplace, moving a baby grand from
 * Centreville to Annapolis, a keyboard to borrow) and history (dating a Baldwin by its serial number, a Knabe square grand
 * and the Knabe factory in Baltimore, a Stieff piano, Eubie Blake's Baltimore years and piano rolls, a 1930s recital at
 * Western Maryland College, player piano rolls for a 1920s pianola). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/pianos-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 18-28 s in most; exactly 60 s (03: pass); 61 s after the patron's "anyone there??" at 40 (04: fail);
 *   `pickedUpAt` at 55 s with the first visible line at 63 s (06: pass on the recorded pickup); no provider ever, only the
 *   queue's system line (24: fail);
 *  greeting: name and library ("Hi there, thanks for reaching out to Ask HCLS! I'm Hannah, …", 01), Spanish "¡Buenas
 *   tardes! Le atiende Camila, bibliotecaria …" (02) and "¡Hola! Soy Rosario, bibliotecaria de AskUsNow!." (22), the
 *   service and a name ("Hello, and welcome to AskUsNow! My name is Rafael and I'm a librarian.", 16), "Thanks for
 *   contacting …" as the greeting (11), the greeting in the first line and the name in the second (18), "Hi there! 😊"
 *   then a question, the library only in the screen name "Marisol @ Harford County Public Library" (05: fail), bilingual
 *   "¡Hola! Hi, I'm Gabriela …" (27); na with no provider (24) and Practice (25);
 *  keep_informed: two holds of exactly 120 s each, the second "Still working on it — I've found …" (06: pass); a patron
 *   question left 122 s with an internal note at 60 s and the patron's "hello?" in between (07: fail); "No rush — take your
 *   time." and the patron back 205 s later (26: waiting on the patron); a hold answered by nobody before the patron left
 *   (04: a span open at the end, pass); transfer announcements answered 43 s (08) and 48 s (30) later, a receiver's "I'm
 *   checking … now" answered 95 s later (08); patrons' last lines unanswered (13, 15); na (21, 24, 25);
 *  clarify: the restatement "So you're looking for beginner-level piano material for an adult learner" (01); questions on
 *   age, keyboard at home, room and radiator, space and budget, upright or grand, where the number is stamped, staff or
 *   key signatures, year, exam board, lesson length, mover's stairs, roll width, the piano's brand, Suzuki goals, vertical
 *   or grand, in person or online, history or dating, full- or part-time, deadline and length; the answer straight after
 *   the greeting (09: fail); the question inside the first message that gives a source (10: fail); no source ever and the
 *   brand asked after the answer (11: pass); a question only, then the patron gone (23: pass);
 *  source: bcpl.info, hclibrary.org, prattlibrary.org, pgcmls.info, library.carr.org, tcfl.org, carolib.org,
 *   cecilcountylibrary.org, the MCPL catalogue, Hoopla, ptg.org, msmta.org, mtna.org, pianobuyer.com, imslp.org,
 *   musictheory.net, teoria.com, rcmusic.com, qrsmusic.com, amica.org, suzukiassociation.org, dampp-chaser.com,
 *   digitalmaryland.org, mdhistory.org, nbss.edu, named books (Alfred's Basic Adult Piano Course, My First Piano Adventure,
 *   The Piano Book, the Pierce Piano Atlas, Tonal Harmony, The Independent Piano Teacher's Studio Handbook, Nurtured by
 *   Love, Al Rose's Eubie Blake); none: advice from memory and a shop named with no way to reach it (11: fail); only a
 *   clarifying question (23: fail);
 *  completeness: "Does that cover what you were hoping to find?", "¿Le sirve esta información?", "Does that help you
 *   decide?", "Does this completely answer your question?", "Is that the kind of thing you need?", "Did the PTG page help
 *   for now?", "Does that give you enough for the note?", "¿le sirve el buscador de la MSMTA?", in the answer's own message
 *   (04, 07, 13, 16, 17, 18, 19, 20, 22), after an answer with no source (11: pass); the offer "Would you like me to find
 *   some books on restoring antique pianos too?" (12: fail); none with no source (23: fail);
 *  anything else: asked by the provider (05, 07, 08, 09, 16); the patron's "thats everything!!", "es todo lo que
 *   necesitaba", "no more questions", "that's all I needed", "thats all i needed", "that's all for today then", "that's all
 *   I need for now", "es todo", "thats everything!"; near misses "Let me know if you need anything else!" then "ok thanks"
 *   (12: fail), "ya" (29), "oh. ok" (15), "seriously??" (13), "cool ty";
 *  dismissal: "Sorry, you've reached the limit of questions for one session. Thanks for using AskUsNow!" (13: fail);
 *   "There are several other patrons waiting … logging back on later" (14: allowed, pass); "Sorry, I have to log off now.
 *   Bye." after a new question, with no way back (15: fail, courteous passes);
 *  courteous: goodbyes in English and Spanish; the last two provider lines an answer and a hold (04: fail); "¿Sigue ahí?"
 *   and "Parece que se ha desconectado." (22: fail);
 *  final idle: a goodbye 119 s after the answer (16: na); "Are you still there?" then "I'll close the chat for now.
 *   Thanks …" 120 s after (17: pass); a goodbye 121 s after with no check-in (18: fail); "Are you still with me?" and
 *   "Are you still there? It looks like you may have disconnected, so I'll end this chat now. Thanks … come back anytime!",
 *   ended exactly 180 s after the answer (19: both pass); a check-in and a plain goodbye 181 s after (20: idle passes,
 *   notice fails); a true Lost Call with a check-in and a notice that invites back (21); a Spanish check-in and "Parece que
 *   se ha desconectado." with no word of ending, 205 s (22: idle passes, notice fails); a clarifying question, a check-in
 *   and a notice (23); the patron's last line the last visible one (13, 15, 24); only a hold after the patron's last line
 *   (04: no final idle, na);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 90 s to 240 s (07: four, fail); a transfer where the first provider's three other chats are
 *   all after the transfer and the receiver has two others (30: pass over the parts each handled);
 *  codes: Answered; no code field at all (02: na); "" (15: fail); Lost Call with one patron line (21, 23: pass) and two
 *   (22: fail); null with no provider (24: fail); Practice (25: all na); a promise coded Answered (28: fail); Follow-up by
 *   me with no contact anywhere (29: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 14:50 UTC on Thursday, 71 h 44 min after the end
 *   (26: pass, only if the offset is honoured); FU_LIB in Spanish, phone typed with spaces and read back with dashes, "antes
 *   del miércoles", not recorded at day 1 (27: pending); "I'll send the article to the email on your account by Friday",
 *   the e-mail only in `patron.email`, coded Answered, not recorded at day 4 (28: code, contact and on_time fail); FU_ME,
 *   "I'll look into that and get back to you", no contact, no time, recorded 74 h after the end (29: all fail);
 *  referrals: the Guild's local chapter by phone and URL (03: pass); the Pratt's Arts & Literature Department at 400
 *   Cathedral Street (06: the own library's department, pass); the Peabody Preparatory's admissions office by e-mail (16:
 *   pass); a Registered Piano Technician through ptg.org and "stop by Jordan Kitt's Music … and ask" (09: one party with no
 *   contact, fail); "stop by Keys & Strings Music in Waldorf and ask" (11: fail); not referrals: specialist piano movers
 *   described (17), a branch asked to call the patron (27), Special Collections searched on the patron's behalf (26);
 *  transfers: the notice, then the transfer, then the internal note (08: fail); the notice and a note saying why, both
 *   before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 55 s, pass, though the first visible line came at 63 s (06);
 * - a screen name carrying the library ("Marisol @ Harford County Public Library") identifies no one in the text; "Hi
 *   there! 😊" greets but the first two provider lines never say who is answering (05: fail);
 * - "Thanks for contacting Charles County Public Library's Ask a Librarian — I'm Kwame." greets (11);
 * - "Still working on it — I've found the Baldwin listing … and I'm lining up the number ranges." says the search goes on:
 *   a hold (06); "I'm checking our local history files now." is a hold (08); a transfer announcement is a hold (08, 30);
 *   "No rush — take your time." is not (26);
 * - an internal note does not end a wait on the provider and the patron's "hello?" does not restart it (07: 122 s);
 * - a hold still unanswered when the patron leaves is a span open at the end: it does not count (04: pass); with only a
 *   hold after the patron's last visible line, waiting on the patron never began, so there is no final idle (04: idle and
 *   notice na);
 * - a question in the same message as the first source is not "before the first message that gives a source" (10: fail);
 * - with no source ever given, the brand asked after the answer counts (11: pass); a clarifying question alone is a
 *   substantive exchange even though the patron never answered: source, completeness and anything else fail (23);
 * - "Is this the Royal Conservatory Certificate Program exam, the one the RCM runs in the US?" asks about the need (13);
 * - "Did that help?" after an answer given from memory asks whether the answer meets the need (11: pass);
 * - "Would you like me to find some books on restoring antique pianos too?" offers something not yet given (12: fail);
 *   "Let me know if you need anything else!" invites but does not ask (12: fail);
 * - "that's all for today then" (14), "that's all I need for now" (26), "es todo" (27) and "es todo lo que necesitaba"
 *   (02) say explicitly that the patron is done; "ok thanks", "ya", "oh. ok" do not;
 * - "Sorry, I have to log off now. Bye." ends the help for the provider's convenience with no way back (15: dismissal
 *   fails), and still says goodbye (courteous passes); "you've reached the limit of questions for one session" (13: fails);
 * - "Are you still there? It looks like you may have disconnected, so I'll end this chat now. Thanks … come back anytime!"
 *   asks whether the patron is there, so by the Terms it is not a goodbye and the final idle runs to `endedAt` (19: exactly
 *   180 s, the notice applies and passes; courteous still passes on its thanks);
 * - "I'll close the chat for now. Thanks for chatting, and good luck with the move!" thanks the patron: a goodbye (17);
 * - "Parece que se ha desconectado." says the patron seems disconnected but not that the session will end (22: notice
 *   fails), asks nothing (no check-in) and thanks no one (courteous fails); "¿Sigue ahí?" is the check-in;
 * - a code field left out (undefined) means the source has no codes (02: na);
 * - "Alguien de la sucursal de Hyattsville la llamará antes del miércoles" says someone from the patron's library will
 *   contact her and when (27: follow-up session, contact passes); the branch calling her is not a referral (she is not told
 *   to contact it);
 * - "I'll send the article to the email on your account by Friday" is a promise to send more later; the e-mail is never
 *   given or repeated in the chat (28: contact fails; code fails, Answered is not a follow-up code);
 * - "I'll look into that and get back to you" is a promise; the code Follow-up by me with no e-mail or phone anywhere fails
 *   the code (29);
 * - a follow-up recorded as "2026-03-05T14:50:00Z" is 71 h 44 min after an end at 10:05:51-05:00 on 2 March (26: pass);
 * - a kind of tradesperson described ("specialist piano movers", 17) is no particular party, so no referral; a named shop
 *   to visit and ask (09, 11), a technician to call found through a URL (09), the Guild's local chapter (03), the Peabody
 *   Preparatory's admissions office (16) and the own library's Arts & Literature Department to visit (06) are referrals;
 *   placing a hold through the catalogue is using a source (01, 07);
 * - a transfer's internal note sent after the transfer is not "before the transfer" (08: fail);
 * - concurrency in a transferred session: the first provider judged over 0-67 s (two open at most), the receiver over
 *   67-171 s (three) (30: pass); the first provider's three chats after the transfer are outside her part.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s75/pianos-labels.ts). First run as labelled / disagreeing: 25 / 5 (09, 11, 12, 26, 27); no case scored
 * differently once redacted. Label corrections: none (each disagreement reread against RUBRIC.md; every label stood).
 * Final: 25 running, 5 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence: the second party "Jordan Kitt's
 * Music", with no contact, not read as a referral, 09; "Keys & Strings Music in Waldorf", named with no way to reach it,
 * read as a source, so the brand question after it not counted, 11; "Let me know if you need anything else!" read as the
 * anything-else question, 12; "does Digital Maryland give you a start?" not read as the completeness question, 26; the
 * Spanish "¿Busca clases en persona, o también le sirven en línea?" not read as a clarifying question, 27).
 * NOTE (rubric v73, block AM): 09 runs now ("or stop by Jordan Kitt's Music and ask their piano folks", a second party with no
 *   way, AM1) and 26 ("does Digital Maryland give you a start?", AM5): 27 running, 3 LEFT (11, 12, 27).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const HANNAH: Prov = { id: 'hannah-pn', name: 'Hannah', library: 'HCLS' };
const CAMILA: Prov = { id: 'camila-pn', name: 'Camila', library: 'MCPL' };
const GRETA: Prov = { id: 'greta-pn', name: 'Greta', library: 'FCPL-MD' };
const BRANDON: Prov = { id: 'brandon-pn', name: 'Brandon', library: 'AACPL' };
const MARISOL: Prov = { id: 'marisol-pn', name: 'Marisol @ Harford County Public Library', library: 'HCPL-MD' };
const DESMOND: Prov = { id: 'desmond-pn', name: 'Desmond', library: 'EPFL' };
const IMANI: Prov = { id: 'imani-pn', name: 'Imani', library: 'PGCMLS' };
const TOMAS: Prov = { id: 'tomas-pn', name: 'Tomás', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-pn', name: 'Ruth', library: 'CCPL-MD' };
const NADIA: Prov = { id: 'nadia-pn', name: 'Nadia', library: 'BCPL' };
const OLIVIA: Prov = { id: 'olivia-pn', name: 'Olivia', library: 'WCFL' };
const KWAME: Prov = { id: 'kwame-pn', name: 'Kwame', library: 'CCPL-CH' };
const LENA: Prov = { id: 'lena-pn', name: 'Lena', library: 'CCPL-CA' };
const VICTOR: Prov = { id: 'victor-pn', name: 'Victor', library: 'AUN' };
const ZOE: Prov = { id: 'zoe-pn', name: 'Zoe', library: 'TCFL' };
const HECTOR: Prov = { id: 'hector-pn', name: 'Héctor', library: 'CCPL-CE' };
const RAFAEL: Prov = { id: 'rafael-pn', name: 'Rafael', library: 'AUN' };
const SIENNA: Prov = { id: 'sienna-pn', name: 'Sienna', library: 'QACL' };
const JONAS: Prov = { id: 'jonas-pn', name: 'Jonas', library: 'KCPL-MD' };
const ANIKA: Prov = { id: 'anika-pn', name: 'Anika', library: 'WOCL' };
const BEN: Prov = { id: 'ben-pn', name: 'Ben', library: 'CCPL-CO' };
const MAEVE: Prov = { id: 'maeve-pn', name: 'Maeve', library: 'SMCL' };
const ROSARIO: Prov = { id: 'rosario-pn', name: 'Rosario', library: 'AUN' };
const ELLIOT: Prov = { id: 'elliot-pn', name: 'Elliot', library: 'SCLS-MD' };
const QUEUE: Prov = { id: 'queue-pn', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-pn', name: 'Trainee 7', library: 'TRN' };
const WES: Prov = { id: 'wes-pn', name: 'Wes', library: 'EPFL' };
const GABRIELA: Prov = { id: 'gabriela-pn', name: 'Gabriela', library: 'PGCMLS' };
const CORA: Prov = { id: 'cora-pn', name: 'Cora', library: 'HCPL-MD' };
const ARJUN: Prov = { id: 'arjun-pn', name: 'Arjun', library: 'AUN' };
const PETRA: Prov = { id: 'petra-pn', name: 'Petra', library: 'AUN' };
const MARCUS: Prov = { id: 'marcus-pn', name: 'Marcus', library: 'EPFL' };

const s = session;

export const PIANOS: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(HANNAH, '01 adult beginner at 52 with a 61-key keyboard: the restatement, Alfred\'s in the catalogue + Hoopla, "thats everything", touching ends (three at most)', [
    [0, 'p', 'hi! im 52 and finally want to learn piano. is there anything at the library for adult beginners? books, videos, whatever'],
    [18, 'l', "Hi there, thanks for reaching out to Ask HCLS! I'm Hannah, one of the librarians at Howard County Library System."],
    [24, 'l', "So you're looking for beginner-level piano material for an adult learner — do you have a keyboard or piano at home to practise on?"],
    [61, 'p', 'yes a yamaha keyboard my son left behind lol. 61 keys'],
    [70, 'l', "Perfect, 61 keys is plenty to start. Two good options: 'Alfred's Basic Adult Piano Course, Lesson Book Level 1' is in our catalog (search it at hclibrary.org) and comes with audio, and Hoopla has several video courses for adult beginners — search 'piano for adults' in the Hoopla app with your library card."],
    [76, 'l', 'Does that cover what you were hoping to find?'],
    [110, 'p', 'yes perfect, thats everything!! placing a hold on the alfreds book now'],
    [116, 'l', 'Wonderful! Have fun with it, and thanks for chatting with us. 🎹'],
  ], usual(), {}, {
    otherIntervals: [other('h1', 'hannah-pn', -300, 0), other('h2', 'hannah-pn', -40, 90), other('h3', 'hannah-pn', 30, 400), other('h4', 'hannah-pn', 121, 500)],
  }),

  // 02 Spanish, a source with no codes
  s(CAMILA, '02 clases de piano para una niña de 7 años en Wheaton (Spanish): msmta.org + My First Piano Adventure, "es todo lo que necesitaba", no code field', [
    [0, 'p', 'Hola buenas tardes. Busco clases de piano para mi hija de 7 años, vivimos en Wheaton. Saben de algo barato o gratis?'],
    [22, 'l', '¡Buenas tardes! Le atiende Camila, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. Con gusto le ayudo.'],
    [29, 'l', '¿Su hija ya tiene piano o teclado en casa, o necesitaría clases en un lugar donde pueda practicar?'],
    [70, 'p', 'tenemos un teclado pequeño. pero no sabemos nada de musica jaja'],
    [80, 'l', "Entonces lo ideal son clases para principiantes. La Asociación de Maestros de Música del Estado de Maryland (MSMTA) tiene un buscador de maestros por zona en msmta.org. Y en nuestro catálogo (montgomerycountymd.gov/library) está 'My First Piano Adventure' de Faber, pensado para niños de 5 a 7 años que empiezan, para practicar en casa con el teclado."],
    [86, 'l', '¿Le sirve esta información?'],
    [125, 'p', 'si muchísimas gracias!! es todo lo que necesitaba 🙏'],
    [131, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucho éxito a su hija 🎹'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 03 pickup at exactly 60 s; a referral by phone and URL
  s(GRETA, '03 how often to tune a used upright after a move: pickup at exactly 60 s, the radiator asked about, ptg.org, the Guild\'s chapter by phone, "no more questions"', [
    [0, 'p', 'how often does a piano need to be tuned? we just bought a used upright and moved it into the house last week'],
    [60, 'l', 'Good morning! This is Greta, a librarian with Frederick County Public Libraries.'],
    [66, 'l', 'Is the piano in a room that stays fairly steady in temperature, or does it get drafty or damp (basement, near an outside door, etc.)?'],
    [95, 'p', 'living room, but next to a radiator 😬'],
    [104, 'l', "Most technicians recommend tuning at least once a year, and after a move it's best to let the piano settle for 2-3 weeks, then tune it. The radiator is the bigger worry: dry heat shrinks the soundboard and the pitch drifts, so an inside wall is better. The Piano Technicians Guild explains all this on its piano care pages at ptg.org. For a tuner, the Guild's local chapter can point you to Registered Piano Technicians near Frederick: call them at 301-555-0148, or use the 'Find a Technician' search on ptg.org."],
    [110, 'l', 'Did that answer your question?'],
    [140, 'p', 'yes!! moving it away from the radiator tonight. no more questions, thanks so much'],
    [146, 'l', 'Glad to help — enjoy the new piano, and thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; a hold left open when the patron leaves
  s(BRANDON, '04 a 1920s upright in a sunroom that won\'t hold a tune: "anyone there??", pickup at 61 s, ptg.org, then "let me look into that — one moment" and the patron leaves', [
    [0, 'p', 'hi our piano keeps going out of tune really fast, like a month after tuning. is that normal'],
    [40, 'p', 'anyone there??'],
    [61, 'l', "Sorry to keep you waiting! Hi, I'm Brandon, a librarian at Anne Arundel County Public Library."],
    [67, 'l', 'Do you know how old the piano is, and where in the house it sits?'],
    [100, 'p', 'like 1920s upright, in the sunroom'],
    [108, 'l', "That's most likely the room: sunrooms swing a lot in heat and humidity, and a hundred-year-old upright often has loose tuning pins as well, so it can't hold a tune long. A humidity control system fitted inside the piano helps a lot (Dampp-Chaser's Piano Life Saver is the common one, dampp-chaser.com), and the Piano Technicians Guild's page on humidity at ptg.org explains why it happens. Does that help?"],
    [150, 'p', 'ok yes. also where can i rent a piano for my niece for like a month while shes visiting'],
    [156, 'l', 'Good question, let me look into that — one moment.'],
    left(360),
  ], usual({ pickup: 'fail', anything: 'fail', courteous: 'fail' })),

  // 05 no identification in the first two provider lines
  s(MARISOL, '05 digital or acoustic for a 10-year-old in an apartment: "Hi there! 😊", the library only in the screen name (greeting fails), pianobuyer.com + The Piano Book', [
    [0, 'p', "should i get my 10 yr old a digital piano or a real one? she's just starting lessons"],
    [20, 'l', 'Hi there! 😊'],
    [26, 'l', 'How much space do you have, and is the budget closer to $500 or $3,000?'],
    [70, 'p', 'apartment, so space is tight + neighbors. budget maybe 1000'],
    [79, 'l', "At that budget in an apartment, a digital piano with 88 weighted keys is the usual advice: headphones for the neighbours, and it never needs tuning. Piano Buyer's free guide to digital pianos is at pianobuyer.com, and Larry Fine's The Piano Book is in our catalog at hcplonline.org if you want the deep dive."],
    [85, 'l', 'Does that help you decide?'],
    [115, 'p', 'super helpful thank u'],
    [120, 'l', 'Is there anything else I can help with today?'],
    [140, 'p', 'nope thats all'],
    [145, 'l', 'Happy shopping, and good luck to your daughter! Bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 pickedUpAt 55, two holds of exactly 120 s, the own library's department by street address
  s(DESMOND, '06 dating a Baldwin upright by serial 412873: pickedUpAt 55 (first line 63), holds at 106 and 226, answer at 346, Pierce Piano Atlas, Arts & Literature at 400 Cathedral St', [
    [0, 'p', "How can I find out how old my Baldwin piano is? There's a serial number inside the lid: 412xxx.. sorry, I mean 412873"],
    [63, 'l', "Good afternoon, and thanks for your patience! I'm Desmond, a librarian at Enoch Pratt Free Library."],
    [69, 'l', 'Is it an upright or a grand, and where exactly did you see the number — stamped on the cast-iron plate, or on a sticker?'],
    [100, 'p', 'upright. its stamped on the metal plate near the tuning pins'],
    [106, 'l', "Great, that's the serial number. Let me check the Baldwin tables for you, one moment."],
    [226, 'l', "Still working on it — I've found the Baldwin listing in the Pierce Piano Atlas and I'm lining up the number ranges."],
    [346, 'l', "Found it: by the Pierce Piano Atlas, Baldwin serial 412873 falls in the early 1970s. The Atlas is in the reference collection (search 'Pierce Piano Atlas' at prattlibrary.org); if you'd like to see the page yourself, visit the Arts & Literature Department at the Central Library, 400 Cathedral Street, Baltimore, MD 21201."],
    [352, 'l', 'Does this completely answer your question?'],
    [390, 'p', "yes it does, thank you! that's all I needed"],
    [396, 'l', "You're welcome — thanks for chatting with Pratt, and enjoy the Baldwin!"],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(55) }),

  // 07 a 122 s wait with an internal note and "hello?" in it; four chats at once
  s(IMANI, '07 music theory drills + Tonal Harmony for a PGCC course: musictheory.net, then 122 s of silence (an internal note at 160, "hello?" at 175), four chats open at once', [
    [0, 'p', "i'm taking piano at pg community college and the theory part is killing me. any free sites to practice reading notes and key signatures?"],
    [19, 'l', "Hello! Imani here, librarian at Prince George's County Memorial Library System."],
    [25, 'l', 'Are you mostly stuck on reading notes on the staff, or on scales and key signatures?'],
    [55, 'p', 'key signatures mostly, and intervals'],
    [63, 'l', "musictheory.net has free lessons and drills for both (Exercises > Key Signature Identification, and Interval Identification), and teoria.com has interval ear-training too. Did that help?"],
    [100, 'p', 'yes! also does the library have the textbook Tonal Harmony by Kostka? its soooo expensive'],
    [160, 'i', 'anyone know if we have Kostka Tonal Harmony 8th ed or only the 7th? pt on chat'],
    [175, 'p', 'hello?'],
    [222, 'l', 'Sorry for the wait! We have the 8th edition of Tonal Harmony (Kostka, Payne & Almén) at the Largo-Kettering branch: search the title at pgcmls.info and place a hold on it there.'],
    [228, 'l', 'Anything else I can help with?'],
    [250, 'p', "nope that's all i needed, thanks!!"],
    [255, 'l', 'Good luck this semester, and thanks for chatting!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'imani-pn', -120, 300), other('i2', 'imani-pn', 30, 240), other('i3', 'imani-pn', 90, 500)],
  }),

  // 08 a transfer whose internal note comes after it
  s(TOMAS, '08 a great-aunt\'s 1936 recital at Western Maryland College: "I\'m transferring you to her", the transfer, then the note (after it), Ruth and the Carroll newspaper index', [
    [0, 'p', 'hi, my great-aunt gave a piano recital at western maryland college in westminster in the 1930s, is there any way to find the program or a newspaper write-up?'],
    [21, 'l', "Hi, welcome to AskUsNow! I'm Tomás, a librarian."],
    [27, 'l', 'Do you know the year, even roughly?'],
    [55, 'p', '1936 or 37 i think'],
    [62, 'l', "A librarian from Carroll County Public Library is on the service right now and knows their local history files, so I'm transferring you to her. One moment please."],
    xfer(66, 'Ruth', 'ruth-pn'),
    [70, 'i', 'fyi Ruth: 1936-37 piano recital at Western Maryland College, great-aunt, wants program or newspaper write-up'],
    [105, 'l', "Hi, Ruth at Carroll County Public Library here! I'm checking our local history files now.", as(RUTH)],
    [200, 'l', "Our Carroll County newspaper index at library.carr.org (under History > Newspapers) covers the Democratic Advocate and the American Sentinel for those years, and both papers wrote up the college's recitals. Search your great-aunt's name with 1936 and 1937; the index gives the date and page so you can pull the microfilm.", as(RUTH)],
    [206, 'l', 'Is that what you were looking for?', as(RUTH)],
    [240, 'p', "yes, I'll try the index. thanks so much"],
    [246, 'l', 'Anything else I can help you with?', as(RUTH)],
    [270, 'p', "no, that's it"],
    [275, 'l', 'Good luck with the search, and thanks for chatting!', as(RUTH)],
  ], usual({ transfer: 'fail' })),

  // 09 the answer straight after the greeting; one referred party with no contact
  s(NADIA, '09 spinet, console or studio upright on Marketplace: the answer at once (no question), The Piano Book, an RPT via ptg.org + "stop by Jordan Kitt\'s" (no contact)', [
    [0, 'p', 'whats the difference between a spinet, a console and a studio piano? looking at used ones on marketplace'],
    [15, 'l', 'Hi! Nadia here, a librarian at Baltimore County Public Library. 🙂'],
    [21, 'l', "They're all uprights, named by height: spinets are under about 40 inches and use a 'drop action' that's harder to repair, consoles run about 40–44 inches, and studio uprights 44–47 inches with a fuller action and bass. Larry Fine's The Piano Book (in our catalog at bcpl.info) has a chapter on what to check before buying used. Before you pay, call a Registered Piano Technician to look it over (the 'Find a Technician' search at ptg.org lists them), or stop by Jordan Kitt's Music and ask their piano folks."],
    [27, 'l', 'Does that clear it up?'],
    [60, 'p', 'yes!! so avoid spinets got it lol'],
    [65, 'l', 'Pretty much! Anything else I can help with?'],
    [80, 'p', 'nah all good, ty'],
    [84, 'l', 'Happy piano hunting — thanks for stopping by!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 10 the question inside the first message that gives a source
  s(OLIVIA, '10 free sheet music for Clair de Lune: imslp.org and "would you rather have an easier arrangement" in the same message (no question before it)', [
    [0, 'p', 'hi i need sheet music for clair de lune for my recital, where can i get it free'],
    [18, 'l', "Hello and welcome to Ask a Librarian at Washington County Free Library! I'm Olivia."],
    [24, 'l', "The original Debussy (it's the third movement of the Suite bergamasque) is in the public domain, so you can download it free from IMSLP at imslp.org — would you rather have an easier arrangement, or is the original what your teacher assigned?"],
    [60, 'p', 'the original, my teacher said the real one'],
    [66, 'l', "Then IMSLP is the place: search 'Suite bergamasque' and pick the Fromont first edition (1905) for a clean copy. Did that help?"],
    [95, 'p', 'yes downloaded it!! thats all i needed thank you'],
    [101, 'l', 'Wonderful, good luck at the recital, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 11 no source; the brand asked after the answer; a shop to visit with no contact
  s(KWAME, '11 a sticking middle C on a Kimball spinet: advice from memory (no source), the brand asked after it, "stop by Keys & Strings Music in Waldorf and ask" (no contact)', [
    [0, 'p', 'one of my piano keys is sticking down after i play it, the middle C. can i fix it myself'],
    [23, 'l', "Thanks for contacting Charles County Public Library's Ask a Librarian — I'm Kwame."],
    [29, 'l', "Often a sticking key is just swollen wood: in humid weather the key rubs on the guide pin at the front, and running a dehumidifier in the room for a few days can free it up. A coin or pencil that slipped between the keys can jam one too. If neither is it, it's a job for a technician — you could stop by Keys & Strings Music in Waldorf and ask who they send out for repairs."],
    [35, 'l', 'What brand is the piano, by the way? Some older spinets are known for this.'],
    [70, 'p', 'its a kimball spinet from like 1980'],
    [78, 'l', 'Kimball spinets are very common and the parts are easy to find, so it should be a quick fix for a technician. Did that help?'],
    [110, 'p', "yes thank you, i'll try the dehumidifier first. thats all i needed"],
    [116, 'l', 'Good luck with it — thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 12 an offer of more and "let me know" instead of the two questions
  s(LENA, '12 yellowed ivory keys: ptg.org, "Would you like me to find some books … too?" (an offer), "Let me know if you need anything else!", "ok thanks"', [
    [0, 'p', "how do I clean old ivory piano keys without ruining them? they're kind of yellow"],
    [17, 'l', 'Hello! Lena from Calvert Library here. 👋'],
    [23, 'l', 'Are they real ivory (tiny grain lines, and usually a seam across each key) or plastic?'],
    [58, 'p', 'real ivory i think, theres a line across each one'],
    [66, 'l', "For ivory, use a soft cloth barely damp with mild soap and water, wipe toward you one key at a time, and dry each one right away; never soak them or use bleach, which can crack ivory. Yellowing fades a little in indirect daylight, so leave the lid open on bright days. The Piano Technicians Guild's piano care page at ptg.org gives the same advice."],
    [72, 'l', 'Would you like me to find some books on restoring antique pianos too?'],
    [100, 'p', 'no thats ok'],
    [105, 'l', 'Sounds good. Let me know if you need anything else!'],
    [130, 'p', 'ok thanks'],
    [135, 'l', 'Take care, bye!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 13 the limit of questions
  s(VICTOR, '13 RCM Level 6 exam, then a list: rcmusic.com syllabus, "Sorry, you\'ve reached the limit of questions for one session. Thanks for using AskUsNow!"', [
    [0, 'p', 'hi im doing my rcm level 6 piano exam in may. where can i find the repertoire list?'],
    [20, 'l', "Hi there, welcome to Maryland's AskUsNow! service."],
    [26, 'l', 'Is this the Royal Conservatory Certificate Program exam, the one the RCM runs in the US?'],
    [55, 'p', 'yes'],
    [62, 'l', "The current Piano Syllabus, with every level's repertoire list, is a free PDF on the RCM's site: rcmusic.com > Learning > Syllabi. Did that help?"],
    [95, 'p', 'yes!! ok next how many pieces do i need, whats in the technical requirements, whats the ear test like, how is it graded, and can i use a digital piano'],
    [102, 'l', 'The syllabus answers most of those in its Level 6 section.'],
    [130, 'p', 'i know but can you just tell me. also theory exam dates?'],
    [136, 'l', "Sorry, you've reached the limit of questions for one session. Thanks for using AskUsNow!"],
    [150, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 the allowed "other patrons waiting"
  s(ZOE, '14 a new home piano studio in Easton, then a long list: mtna.org + Klingenstein\'s handbook, "several other patrons waiting … logging back on later", "that\'s all for today then"', [
    [0, 'p', "i'm a piano teacher starting a studio at home in easton. what do people usually charge per lesson around here?"],
    [24, 'l', 'Good evening! Zoe here, librarian at Talbot County Free Library. Thanks for writing in.'],
    [30, 'l', 'Are you thinking 30-minute lessons for kids, or longer lessons for adults too?'],
    [60, 'p', 'both'],
    [69, 'l', "The Music Teachers National Association has studio business resources, including a survey of lesson rates, at mtna.org, and our catalog (tcfl.org) has 'The Independent Piano Teacher's Studio Handbook' by Beth Gigante Klingenstein, with a whole chapter on setting rates. Is that the kind of thing you need?"],
    [100, 'p', 'yes great. also: studio policy template, taxes for self employed, insurance, zoning for home businesses in easton, recital venues, and marketing'],
    [108, 'l', "That's quite a list! There are several other patrons waiting for help right now, so I'd suggest logging back on later and we can take those one at a time — we'll be glad to help then."],
    [125, 'p', "ok makes sense lol, that's all for today then"],
    [130, 'l', 'Thanks for understanding, and good luck with the new studio!'],
  ], usual()),

  // 15 "I have to log off now" (partly Spanish); code ""
  s(HECTOR, '15 free piano for a 12-year-old in Elkton (partly Spanish): Hoopla + Alfred\'s, a new question, "Sorry, I have to log off now. Bye.", code ""', [
    [0, 'p', 'hi, necesito ayuda. my son wants to learn piano but we cant afford lessons, any free options in elkton?'],
    [22, 'l', "Hi! I'm Héctor, a librarian at Cecil County Public Library. ¡Con gusto le ayudo!"],
    [28, 'l', '¿Cuántos años tiene su hijo? How old is he?'],
    [60, 'p', '12'],
    [68, 'l', "At 12 he can learn a lot on his own: Hoopla (free with a library card, from cecilcountylibrary.org > eResources) has beginner piano video lessons, and 'Alfred's Kid's Piano Course' is in our catalog. Did that help?"],
    [100, 'p', 'si! and do you know any church or school with free piano classes? or a piano he can practice on, we only have a small keyboard'],
    [106, 'l', 'Sorry, I have to log off now. Bye.'],
    [115, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 16 a goodbye 119 s after the answer; a referral by e-mail
  s(RAFAEL, '16 piano competitions for a high school junior: msmta.org + mtna.org, Peabody Prep admissions by e-mail, anything else asked, goodbye 119 s after the answer', [
    [0, 'p', 'are there any piano competitions in maryland for high schoolers? my daughter is a junior'],
    [16, 'l', "Hello, and welcome to AskUsNow! My name is Rafael and I'm a librarian."],
    [22, 'l', 'What level is she playing at, and is she hoping for scholarship money or mostly performance experience?'],
    [60, 'p', 'pretty advanced, and scholarships would be amazing'],
    [80, 'l', "The Maryland State Music Teachers Association runs yearly competitions for students of its member teachers (msmta.org > Competitions), and MTNA's national competitions start with a state round (mtna.org > Competitions). For scholarship auditions, you can also e-mail the Peabody Preparatory's admissions office at prep.admissions@example.org. Does that help? Is there anything else I can look up for you?"],
    [199, 'l', 'Thanks for chatting, and best of luck to your daughter!'],
  ], usual({ referral: 'pass' })),

  // 17 final idle of exactly 120 s with a check-in
  s(SIENNA, '17 moving a baby grand from Centreville to Annapolis: pianobuyer.com, "Are you still there?" at 144, "I\'ll close the chat for now. Thanks …" at 184 (120 s)', [
    [0, 'p', "need to move my mom's baby grand from centreville to annapolis, do regular movers do that or do i need special ones"],
    [20, 'l', "Hi! I'm Sienna, a librarian at Queen Anne's County Library."],
    [26, 'l', 'Is it going up or down any stairs at either end?'],
    [55, 'p', '3 steps at the new house'],
    [64, 'l', "Grands are normally moved by specialist piano movers: they take the legs and lyre off and move it on its side, strapped to a 'piano board', and steps are routine for them. Many regular movers won't take a grand at all. Piano Buyer has an article on moving a piano, with questions to ask a mover, at pianobuyer.com (search 'moving'). Did that help?"],
    [144, 'l', 'Are you still there?'],
    [184, 'l', "I'll close the chat for now. Thanks for chatting, and good luck with the move!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 final idle of 121 s with no check-in; the greeting across two lines
  s(JONAS, '18 rolls for a 1920s pianola: "Hello, thanks for your question!" then the name, qrsmusic.com + amica.org, goodbye 121 s after the answer (no check-in)', [
    [0, 'p', 'where can i buy new rolls for a player piano? we inherited a 1920s pianola with like 3 rolls'],
    [18, 'l', 'Hello, thanks for your question!'],
    [24, 'l', "I'm Jonas at Kent County Public Library. Do you know if it takes the standard 88-note rolls? Most from the 1920s do."],
    [50, 'p', 'no idea, how do i tell'],
    [60, 'l', "Measure a roll: standard 88-note rolls are 11¼ inches wide. QRS Music in Buffalo still makes new ones, and their catalog is at qrsmusic.com. The Automatic Musical Instrument Collectors' Association (amica.org) has guides to roll sizes and care too. Is that what you were looking for?"],
    [181, 'l', 'Thanks for chatting — hope the pianola sings again!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 19 a check-in, then a check-in with the notice and thanks; final idle exactly 180 s
  s(ANIKA, '19 a free Wurlitzer on Marketplace in Ocean Pines: pianobuyer.com, "Are you still with me?" at 190, check-in + notice + thanks at 240, ended at 250 (180 s)', [
    [0, 'p', 'someone is giving away a free piano on marketplace in ocean pines. is it a good idea or a trap lol'],
    [21, 'l', 'Hi, this is Anika, a librarian at Worcester County Library.'],
    [27, 'l', 'Do you know the brand and roughly how old it is?'],
    [60, 'p', 'wurlitzer, the guy thinks 1960s'],
    [70, 'l', "Free pianos can be fine, but moving and tuning one can run $300–$600, and many free ones can't hold a tune any more. Before you say yes, look for a cracked soundboard and loose tuning pins: Piano Buyer's article 'Buying a Used or Restored Piano' at pianobuyer.com has a checklist. Does that help?"],
    [190, 'l', 'Are you still with me?'],
    [240, 'l', "Are you still there? It looks like you may have disconnected, so I'll end this chat now. Thanks for contacting Ask a Librarian — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 10 }),

  // 20 a check-in and a plain goodbye 181 s after the answer
  s(BEN, '20 Suzuki or traditional for a 4-year-old: suzukiassociation.org + Nurtured by Love, "Just checking in — are you still there?", goodbye 181 s after (no notice)', [
    [0, 'p', "what's the difference between suzuki piano and regular lessons? my 4 year old wants to start"],
    [19, 'l', "Hi, welcome to Ask a Librarian! I'm Ben at Caroline County Public Library."],
    [25, 'l', 'Is she more drawn to playing by ear, or is reading music important to you from the start?'],
    [58, 'p', 'idk really, just want her to enjoy it'],
    [66, 'l', "Suzuki starts very young and teaches by ear first, the way children learn to talk, with a parent at every lesson and daily listening; reading music comes later. Traditional lessons usually start around 5–7 and teach reading from the first week. The Suzuki Association of the Americas explains the method at suzukiassociation.org, and our catalog (carolib.org) has Shinichi Suzuki's own 'Nurtured by Love'. Did that help?"],
    [166, 'l', 'Just checking in — are you still there?'],
    [247, 'l', 'Thanks for chatting with us, and have a great day!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 21 a true Lost Call
  s(MAEVE, '21 a practice piano at a St. Mary\'s library (Lost Call): greeting only, "Hi, are you still there?" at 160, "looks like you\'ve been disconnected … come back anytime" at 310', [
    [0, 'p', 'do any libraries in st marys county have a piano i can practice on'],
    [28, 'l', "Hello and welcome! I'm Maeve, a librarian at St. Mary's County Library."],
    [160, 'l', 'Hi, are you still there?'],
    [310, 'l', "It looks like you've been disconnected, so I'm going to close this chat. Please come back anytime if you still need help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Spanish: Lost Call after two patron lines; the notice does not say the chat will end
  s(ROSARIO, '22 cuánto cuesta afinar un piano en Baltimore (Spanish): Lost Call after two patron lines, ptg.org, "¿Sigue ahí?", "Parece que se ha desconectado." (205 s)', [
    [0, 'p', 'hola cuanto cuesta afinar un piano en baltimore mas o menos'],
    [24, 'l', '¡Hola! Soy Rosario, bibliotecaria de AskUsNow!.'],
    [30, 'l', '¿Es un piano vertical o de cola?'],
    [62, 'p', 'vertical'],
    [70, 'l', "Una afinación normal de un piano vertical suele costar entre 120 y 200 dólares; si hace años que no se afina, puede necesitar una 'subida de tono' y costar más. Para encontrar un afinador certificado cerca de usted, use el buscador 'Find a Technician' de la Piano Technicians Guild en ptg.org. ¿Le sirve?"],
    [200, 'l', '¿Sigue ahí?'],
    [270, 'l', 'Parece que se ha desconectado.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 Lost Call with one patron line, but a clarifying question went out
  s(ELLIOT, '23 a piano teacher at the Princess Anne library (Lost Call): greeting + a clarifying question, no answer, "Hello, are you still there?", a notice with thanks', [
    [0, 'p', 'is there a piano teacher who does lessons at the princess anne library?'],
    [25, 'l', "Hi there! I'm Elliot, a librarian with the Somerset County Library System."],
    [31, 'l', 'Are the lessons for you or for a child, and are you looking for group classes or a private teacher?'],
    [160, 'l', 'Hello, are you still there?'],
    [275, 'l', "It seems you've disconnected, so I'll end this session now. Thanks for reaching out, and feel free to come back anytime!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 24 no provider ever joined
  s(QUEUE, '24 does the library lend keyboards: no provider ever joined, "hello?", "nvm", patron left, code null', [
    [0, 'p', 'hi does the library lend keyboards?? like the piano kind not computer lol'],
    [3, 's', 'Thank you for contacting AskUsNow! A librarian will be with you shortly.'],
    [150, 'p', 'hello?'],
    [230, 'p', 'nvm'],
    left(236),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (piano lessons macro): coded Practice, every check na', [
    [0, 'p', 'PRACTICE — testing the piano lessons macro'],
    [12, 'l', 'Practice reply: lesson listings are at samplelibrary.org/music'],
    [25, 'p', 'thx, ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 FU_ME, "take your time", done at 14:50 UTC Thursday (71 h 44 min)
  s(WES, '26 a Knabe square grand and the Knabe factory: "No rush — take your time." (205 s away), digitalmaryland.org, e-mail read back, "by Thursday", done 2026-03-05T14:50Z', [
    [0, 'p', "Hello — I have an old Knabe square grand and I'd love to find photos of the Knabe piano factory in Baltimore from around when it was built. Can you help?"],
    [17, 'l', "Good morning! I'm Wes, a librarian at Enoch Pratt Free Library. What a great question."],
    [23, 'l', 'Do you know roughly when your piano was made? There should be a serial number on the plate.'],
    [45, 'p', 'let me go look, one sec'],
    [50, 'l', 'No rush — take your time.'],
    [255, 'p', 'ok it says 21438 on the plate. the lid says Wm. Knabe & Co. Baltimore'],
    [265, 'l', "Thank you! That number puts it in the early 1870s. The Knabe factory stood at Eutaw and West Streets; you can search 'Knabe' in Digital Maryland (digitalmaryland.org) right now for a few factory views. Our Special Collections also has photo files that aren't online yet — I can go through them and e-mail you scans. What's the best e-mail for you?"],
    [300, 'p', 'oh that would be wonderful! its jcarrow@example.net'],
    [306, 'l', "Got it — jcarrow@example.net. I'll send what I find by Thursday. In the meantime, does Digital Maryland give you a start?"],
    [340, 'p', "yes, already found one!! thank you so much, that's all I need for now"],
    [346, 'l', 'My pleasure — thanks for chatting, and talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T14:50:00Z' }] }, { now: T0 + 5 * DAY }),

  // 27 FU_LIB (partly Spanish), phone read back, "antes del miércoles", not recorded at day 1
  s(GABRIELA, '27 una maestra de piano que hable español en Hyattsville (partly Spanish): msmta.org, the branch to call her, phone read back, "antes del miércoles", pending at day 1', [
    [0, 'p', 'Hi, busco una maestra de piano que hable español para mi hijo, en Hyattsville. He is 9.'],
    [20, 'l', "¡Hola! Hi, I'm Gabriela, a librarian at Prince George's County Memorial Library System. Puedo ayudarle en español o en inglés."],
    [26, 'l', '¿Busca clases en persona, o también le sirven en línea?'],
    [55, 'p', 'en persona, cerca de hyattsville por favor'],
    [64, 'l', 'El buscador de maestros de la MSMTA (msmta.org) permite buscar por zona, aunque no por idioma. Nuestra sucursal de Hyattsville conoce a maestros de la comunidad que dan clases en español; puedo pedirles que la llamen con nombres. ¿A qué número la pueden llamar?'],
    [100, 'p', '301 555 0192'],
    [106, 'l', 'Perfecto: 301-555-0192. Alguien de la sucursal de Hyattsville la llamará antes del miércoles. Mientras tanto, ¿le sirve el buscador de la MSMTA?'],
    [140, 'p', 'si gracias!! es todo'],
    [145, 'l', '¡Con gusto! Gracias por escribirnos.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 28 a promise coded Answered; the e-mail only in patron.email
  s(CORA, '28 a Stieff piano from Baltimore: mdhistory.org + Pierce, "I\'ll send the article to the email on your account by Friday", coded Answered, not recorded at day 4', [
    [0, 'p', 'hi, we have a Stieff piano from my grandparents. was Stieff a Baltimore company? anything written about them?'],
    [18, 'l', 'Hi! Cora here, librarian at Harford County Public Library.'],
    [24, 'l', 'Are you after the company history in general, or something about your own piano, like its age?'],
    [60, 'p', 'both if possible but mostly the history'],
    [69, 'l', "Yes — Charles M. Stieff made pianos in Baltimore from the 1840s into the 1950s. The Maryland Center for History and Culture has a short history of the firm (search 'Stieff piano' at mdhistory.org), and the Pierce Piano Atlas in our reference collection dates Stieff pianos by serial number."],
    [75, 'l', "There's also a longer Baltimore Sun feature on the family that I can pull from the newspaper archive — I'll send the article to the email on your account by Friday."],
    [100, 'p', 'oh amazing thank you'],
    [105, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'yes thats everything!'],
    [135, 'l', 'Great, thanks for chatting and enjoy the Stieff!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { patron: { name: null, email: 'nana.stieff@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 29 FU_ME with no contact anywhere and no time; recorded 74 h after the end
  s(ARJUN, '29 becoming a piano tuner: ptg.org + nbss.edu, "I\'ll look into that and get back to you", no contact, no time, FU_ME, recorded at 74 h', [
    [0, 'p', 'how do you become a piano tuner? is there a school in maryland or do you apprentice'],
    [21, 'l', "Hi there, you've reached AskUsNow! — I'm Arjun, a librarian."],
    [27, 'l', 'Are you hoping to do it full-time, or as a side gig?'],
    [50, 'p', 'full time eventually'],
    [58, 'l', "The Piano Technicians Guild lays out the paths (schools, correspondence courses, apprenticeships) and its Registered Piano Technician exams at ptg.org > Becoming a Technician. The best-known full-time program is at the North Bennet Street School in Boston (nbss.edu)."],
    [64, 'l', "I'm not sure whether any Maryland community college offers a course, so I'll look into that and get back to you."],
    [90, 'p', 'cool ty'],
    [95, 'l', 'Did the PTG page help for now?'],
    [120, 'p', 'ya'],
    [125, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(130 + 74 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 30 a transfer with a notice and a note; concurrency over the parts each provider handled
  s(PETRA, '30 Eubie Blake\'s Baltimore years and piano rolls: "I\'m going to transfer you to him — please hold", a note why, Marcus, Al Rose + mdhistory.org; Petra\'s other chats all after the transfer', [
    [0, 'p', "Hi! I'm writing a program note for a ragtime recital — looking for info on Eubie Blake's early years in Baltimore, and whether he ever recorded piano rolls"],
    [18, 'l', 'Hello! Petra here, a librarian with AskUsNow!.'],
    [24, 'l', 'When is the program note due, and how long does it need to be?'],
    [55, 'p', 'next saturday, about 300 words'],
    [62, 'l', "Pratt's arts librarian, Marcus, is online and knows their Eubie Blake holdings well, so I'm going to transfer you to him — please hold a moment."],
    [64, 'i', "Marcus — patron writing a ragtime recital program note on Eubie Blake's Baltimore years + his piano rolls; Pratt holdings are your area. Can you take it?"],
    xfer(67, 'Marcus', 'marcus-pn'),
    [110, 'l', 'Hi, Marcus at Enoch Pratt Free Library here! Happy to help with Eubie Blake.', as(MARCUS)],
    [118, 'l', "For his early years in East Baltimore, Al Rose's biography 'Eubie Blake' is in our catalog at prattlibrary.org. He did cut piano rolls, starting around 1917, and the Maryland Center for History and Culture's guide to its Eubie Blake collection, online at mdhistory.org, lists rolls, programs and photographs.", as(MARCUS)],
    [124, 'l', 'Does that give you enough for the note?', as(MARCUS)],
    [160, 'p', "yes, perfect. that's all I needed!"],
    [166, 'l', 'Wonderful — good luck at the recital, and thanks for chatting!', as(MARCUS)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('pe1', 'petra-pn', -100, 60), other('pe2', 'petra-pn', 67, 400), other('pe3', 'petra-pn', 80, 300), other('pe4', 'petra-pn', 100, 500),
      other('ma1', 'marcus-pn', -500, 500), other('ma2', 'marcus-pn', 30, 200),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => PIANOS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('11')]:
    'info.source: expected fail, got pass ("gave a source"); inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it"). Message 2: "… it\'s a job for a technician — you could stop by Keys & Strings Music in Waldorf and ask who they send out for repairs." Advice from memory plus a shop named with no way to reach it: "an organisation or app named without a way to reach it is not a source", and nothing else in the chat is a URL, database, catalogue, guide or book, so info.source fails; with no source ever given, "any such question counts", so message 3, "What brand is the piano, by the way?", passes inquiry.clarify.',
  [byNo('12')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 7: "Sounds good. Let me know if you need anything else!" An invitation, not a question: the provider never asks whether the patron needs anything else (READINGS TAKEN), and the patron\'s "ok thanks" (message 8) is thanks alone, which RUBRIC.md says does not count.',
  [byNo('27')]:
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it"). Message 2: "¿Busca clases en persona, o también le sirven en línea?" A question about the format of the lessons, in person or online, asked before the first source (msmta.org, message 4): a question about the patron\'s situation that shapes the answer, which RUBRIC.md counts.',
};

describe('eighty-fifth round: pianos, piano lessons and piano tuning, checked', () => {
  describeSessions('whole sessions', PIANOS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', PIANOS.filter((c) => c.name in LEFT_WHY));
});
