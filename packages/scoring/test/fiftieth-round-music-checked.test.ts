/**
 * Fiftieth round, theme MUSIC AND THE PERFORMING ARTS, checked: 30 whole sessions no one had written, from public, state
 * and university library "ask a librarian" chats: sheet music (Debussy for a grade-5 pianist, Leonard Cohen piano/vocal in
 * C, Bach chorale string-quartet parts, an Amazing Grace brass-quintet arrangement, Copland's full score), lyrics and chords
 * (a hymn, "Wagon Wheel" for a campfire), recordings (a 1970s local band's single, a 1989 all-state choir concert, opera
 * streaming, karaoke CDs), audition pieces (a 16-year-old soprano's 32-bar cut, a youth-orchestra viola audition, the
 * Our Town monologue), concert and theatre history (a 1965 Rolling Stones date, the Globe rebuild, the Apollo, a 1952
 * Starlight Theatre program, Phantom and Les Mis openings, Dover's Grand Opera House, the oldest US theatre, "The Trolley
 * Song"), and instrument lending (ukulele in Spanish, a 3/4 violin, a 61-key keyboard, a theremin, adult piano method).
 * Every one of the 17 checks labelled in every session before it was run (labels copied aside to
 * /tmp/fiftiethRoundMusic-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: emoji in the greeting ("Hi! This is Maya … 🙂"); "Hi, Ken at Ask a Librarian, Bay County Library." with the
 *   answer in the second line; "¡Hola! Le saluda Lucía, bibliotecaria de …"; "Hello, Pat from Ask Us Anytime!"; no greeting
 *   at all and a 75 s pickup ("Which act is it in? Act 3?"); `pickedUpAt` at 40 s with the first line at 90 s;
 *  inquiry: grade / years played, show and legit-vs-belt, card and branch (Spanish), month and names, 88 vs 61 keys, still
 *   operating vs any building, players' level, "Would a scan of the full score be what you need, or a printed copy?" (a
 *   clarifying question, not a completeness one); a question asked only after the first source (fail); none at all (fail);
 *   "Take your time, I'll wait." inside the clarifying line;
 *  waits: "give me a sec to look", "checking their site...", "hmm one sec", "Bear with me while I look in …", "Un momento,
 *   por favor, reviso el catálogo." (all followed within 120 s); "Let me check that for you." then 177 s (fail); a 252 s
 *   patron absence after "Take your time" (waiting on the patron: pass); a silent transfer (internal note only) answered
 *   80 s after the patron;
 *  endings: "happy practicing 🎹", "Bye, have a good one!", "¡Gracias por escribirnos! Que tenga buen día.", "Have a great
 *   night!", a last line that only states a fact about the speech (courteous fail); "Still with me?" and then nothing until 450 s (idle pass,
 *   notice fail, courteous fail); a goodbye 130 s after the answer with no check-in (idle fail); a true Lost Call with a
 *   check-in at 160 and a notice that invites back at 350; "You've asked too many questions for one chat session. I'm ending
 *   this chat now." (dismissal); "several other patrons waiting … please chat back in later or call the Fine Arts desk"
 *   (allowed); patron-side "that's all i needed tysm", "eso es todo", "thats all i wanted", "YES thats it!! … thats all",
 *   "nope, thanks!" (to "Anything else for now?"), "ok" (not done);
 *  sources: IMSLP wiki URL, catalogue paths and call numbers, hymnary.org, musicnotes.com, ibdb.com, walnutstreettheatre.org,
 *   Discogs, a finding aid by site + search words, worldcat.org; none at all (the Les Mis date from memory: fail; a theremin
 *   question passed on to the home library: fail);
 *  referrals: the library's Performing Arts desk and Fine Arts desk by phone; a youth orchestra's audition coordinator by phone
 *   and e-mail; "The Kent County Historical Society would likely know — I'd ask them." (no contact: fail); staff asked on the
 *   patron's behalf (Special Collections staff, "our audiovisual archivist", "I'll ask the Iowa Choral Directors
 *   Association") as no referral; a transfer as no referral;
 *  follow-ups: FU_ME by e-mail read back, "by Friday", done 30 h; a promise to e-mail "once I hear back" coded Answered (code
 *   fails, contact fails for no time, on_time pending); FU_LIB with the e-mail only in `patron.email`, no time, not done by
 *   day 5; FU_ME by phone read back, "by tomorrow afternoon", done after 80 h; FU_ME e-mail read back "within 72 hours",
 *   pending; FU_ME with no contact known anywhere ("get back to you by Monday");
 *  codes: a true Lost Call; Lost Call after three patron lines; null (twice); Practice;
 *  transfers: a visible notice that is a hold + an internal note that says why (pass); an internal note only (fail);
 *  concurrency: four at once (fail); others ending exactly at the start and starting exactly at the end, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Have a great night!", "Happy to help — bye!", "Yay! Thanks for chatting, happy practicing" and "Que tenga buen día" (after
 *   "¡Gracias por escribirnos!") say goodbye; a closing line that only states a fact about the text does not;
 * - "Take your time, I'll wait." tells the patron to take their time: not a hold, so the 252 s that follows is waiting on the
 *   patron;
 * - "Would a scan of the full score be what you need, or a printed copy?" asks about something not yet given: it is a
 *   clarifying question (format) and not a completeness question;
 * - "Would that do?", "Does that match?", "Do those fit what your teacher wants?", "Is that enough to get you started?",
 *   "Is that the one?", "¿Le sirve esta información?" ask whether what was given meets the need;
 * - "The Kent County Historical Society would likely know — I'd ask them." tells the patron to ask an organisation: a
 *   referral with no contact;
 * - "I'll ask the Iowa Choral Directors Association … and get back to you" is a party the provider consults on the patron's
 *   behalf: no referral; "Our audiovisual archivist may know … I'll e-mail you once I hear back from her" likewise;
 * - "someone from your library will contact you" with FU_LIB and the e-mail only in `patron.email` is a follow-up whose
 *   contact is known (code passes) but not confirmed in the chat (contact fails);
 * - an answer given with no source ("It opened on Broadway in March 1987") is an answer, so "Does that answer your question?"
 *   after it passes followup.completeness while info.source fails; with no source ever given, "In London or on Broadway?"
 *   counts for inquiry.clarify.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/fiftiethRoundMusic-labels.ts).
 * First run as labelled / disagreeing: 27 / 3. Label corrections: 0.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - inquiry.clarify, case 05: "Do you know roughly what month, or anything else about it (opening act, season)?" (message 2,
 *    before the first source at message 5) not read as a question about the need (fail; RUBRIC pass);
 *  - referral.contact, case 06: "Our audiovisual archivist may know of a local copy — I'll e-mail you once I hear back from her."
 *    read as a referral without contact (fail; RUBRIC na: staff the provider consults on the patron's behalf);
 *  - followup.completeness, case 10: "Do those fit what your teacher wants?" (in the message that gives the sources) not read as
 *    asking whether the information given meets the need (fail; RUBRIC pass).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, a "take your time" absence, an internal
 * note and a transfer, idle and disconnect spans, concurrency at touching ends, on_time done / late / pending / not done by
 * day 5) scored as labelled on the first run, as did the Spanish session, the dismissal and its allowed counterpart, and every
 * resolution code. The redaction equality of describeSessions holds for every running case (patron e-mails typed in the chat
 * and read back, an e-mail in `patron.email`, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 *
 * ON V49 (block O, after this file was labelled on v48): cases 05 (O5: "or anything else about it"), 06 (O9: "once I hear back
 *   from her") and 10 (O7: "Do those fit what your teacher wants?") read as labelled: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer } from './provider-lines';

const HOUR = 3600;
const P = (id: string, name: string, library: string): Prov => ({ id, name, library });

const MAYA = P('maya-m', 'Maya', 'NPL');
const KEN = P('ken-m', 'Ken', 'BCL');
const TAMSIN = P('tamsin', 'Tamsin', 'GPL');
const LUCIA = P('lucia', 'Lucía', 'SMPL');
const MARCUS = P('marcus-m', 'Marcus', 'EPL');
const KEISHA = P('keisha', 'Keisha', 'PVL');
const SAM = P('sam-m', 'Sam', 'WFL');
const TOM = P('tom-m', 'Tom', 'BSL');
const DEV = P('dev-m', 'Dev', 'HAR');
const BEA = P('bea-m', 'Bea', 'LCL');
const ELISE = P('elise', 'Elise', 'OHL');
const FRANK = P('frank-m', 'Frank', 'AUM');
const OLIVIA = P('olivia', 'Olivia', 'STATE');
const PRIYA = P('priya', 'Priya Nair', 'CEN');
const MIGUEL = P('miguel', 'Miguel', 'RBL');
const ANA = P('ana', 'Ana Ruiz', 'RBL');
const JEN = P('jen-m', 'Jen', 'ASK');
const GRACE = P('grace-m', 'Grace', 'WML');
const RAY = P('ray-m', 'Ray', 'ASK');
const LENA = P('lena', 'Lena', 'DEL');
const SOFIA = P('sofia', 'Sofia', 'MCL');
const NATE = P('nate', 'Nate', 'A247');
const WALTER = P('walter', 'Walter', 'KCPL');
const CARLA = P('carla', 'Carla', 'OHIO');
const DANA = P('dana-m', 'Dana', 'SLI');
const JESS = P('jess', 'Jess', 'PKV');
const TRAINER = P('trainer-m', 'Training Account', 'TRN');
const NOGREET = P('desk3', 'desk3', 'TPL');
const OMAR = P('omar', 'Omar', 'CRPL');
const BEA2 = P('bea-f', 'Bea', 'FML');
const PAT = P('pat-m', 'Pat', 'SCL');
const HENRY = P('henry', 'Henry', 'UML');

const s = session;

export const fiftiethRoundMusic: SessionCase[] = [
  s(MAYA, '01 Clair de Lune for a grade-5 pianist: emoji greeting, level asked, "give me a sec", IMSLP + catalogue, "that\'s all i needed tysm"', [
    [0, 'p', "hi!! looking for clair de lune sheet music, I'm not super advanced lol"],
    [14, 'l', 'Hi! This is Maya, a librarian at Northfield Public Library 🙂'],
    [20, 'l', 'How long have you been playing? There is the original and there are some simplified versions.'],
    [60, 'p', 'like 3 yrs. grade 5 maybe'],
    [66, 'l', 'give me a sec to look'],
    [150, 'l', 'OK! The original is free on IMSLP (imslp.org/wiki/Suite_bergamasque_(Debussy,_Claude)). For something easier, our catalogue has "Debussy: Easier Piano Pieces" (ABRSM) — search it at northfieldlibrary.org/catalog, 2 copies in.'],
    [156, 'l', 'Is that what you were looking for?'],
    [200, 'p', "yes omg perfect. that's all i needed tysm"],
    [205, 'l', 'Yay! Thanks for chatting, happy practicing 🎹'],
  ], usual()),

  s(KEN, '02 hymn lyrics, curt: hymnary.org at once with no question, "k thx", "Bye, have a good one!"', [
    [0, 'p', 'lyrics to It Is Well With My Soul all verses'],
    [10, 'l', 'Hi, Ken at Ask a Librarian, Bay County Library.'],
    [15, 'l', 'hymnary.org/text/when_peace_like_a_river_attendeth_my_way has all the verses and the history of the hymn. Did that help?'],
    [40, 'p', 'k thx'],
    [45, 'l', 'Anything else I can help with?'],
    [70, 'p', 'no'],
    [74, 'l', 'Bye, have a good one!'],
  ], usual({ clarify: 'fail' })),

  s(TAMSIN, '03 soprano 32-bar cut: show and legit/belt asked, anthology in the catalogue, the Performing Arts desk by phone', [
    [0, 'p', 'Hi, my daughter (16, soprano) has an audition for a high school musical next Thursday and needs a 32-bar cut. Any ideas where to find music?'],
    [45, 'l', "Hello, welcome to Ask a Librarian! I'm Tamsin from Greenway Public Library."],
    [52, 'l', 'Which show is it for, and does she want something legit or more belt/pop?'],
    [110, 'p', 'Into the Woods. legit i think'],
    [116, 'l', 'Let me pull some options.'],
    [205, 'l', '"The Singer\'s Musical Theatre Anthology: Soprano" (Hal Leonard) has classic legit songs with piano parts; we have volumes 1-5 (greenwaylibrary.org/catalog). Our Performing Arts desk at Central can hold copies for her to look at: call them at 555-404-1180.'],
    [211, 'l', 'Does that help?'],
    [260, 'p', "yes! thank you. that's everything"],
    [266, 'l', 'Best of luck to her, and thanks for contacting us!'],
  ], usual({ referral: 'pass' })),

  s(LUCIA, '04 ukulele para préstamo (Spanish): "Le saluda Lucía", card and branch asked, "Un momento", Biblioteca de Cosas URL, "eso es todo"', [
    [0, 'p', 'hola, ¿la biblioteca presta instrumentos? mi hijo quiere aprender ukulele'],
    [25, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [31, 'l', '¿Tiene usted tarjeta de la biblioteca? ¿Y qué sucursal le queda más cerca?'],
    [80, 'p', 'si tengo tarjeta, la del centro'],
    [86, 'l', 'Un momento, por favor, reviso el catálogo.'],
    [150, 'l', 'Sí, en la Biblioteca Central prestamos ukuleles por 3 semanas con un libro de método. Puede reservarlo en sanmarcoslibrary.org/cosas (Biblioteca de Cosas). ¿Le sirve esta información?'],
    [200, 'p', 'si muchas gracias, eso es todo'],
    [205, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
  ], usual()),

  s(MARCUS, '05 1965 Stones concert (follow-up by me): newspaper archive, e-mail read back, "by Friday at the latest", done 30 h', [
    [0, 'p', 'hi im researching a concert the Rolling Stones maybe played at the Civic Auditorium in like 1965?? my grandpa swears he was there'],
    [25, 'l', "Hello! I'm Marcus, a reference librarian at Eastbrook Public Library."],
    [31, 'l', 'Do you know roughly what month, or anything else about it (opening act, season)?'],
    [80, 'p', 'summer i think. maybe july'],
    [86, 'l', 'Let me check our newspaper archive.'],
    [180, 'l', 'I found a preview in the Eastbrook Ledger, July 9 1965, p. 14, in our Ledger Historical Archive (eastbrooklibrary.org > Research > Newspapers). It lists the Stones for July 24. Does that help so far?'],
    [230, 'p', 'omg yes!! is there a review after?'],
    [236, 'l', "The digitized run has a gap after July 20, so I'd need to check the microfilm in person. I can do that tomorrow and e-mail you what I find. What's the best e-mail?"],
    [280, 'p', 'dsantos@example.com'],
    [286, 'l', "Thanks — dsantos@example.com. You'll hear from me by Friday at the latest."],
    [292, 'l', 'Anything else I can help with in the meantime?'],
    [320, 'p', "nope that's it, thank u!!"],
    [326, 'l', 'Thanks for chatting, and say hi to your grandpa!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  s(KEISHA, '06 a 1970s local band\'s single: Discogs, "I\'ll e-mail you once I hear back" (no time), coded Answered', [
    [0, 'p', 'looking for a recording of the Marlowe Street Band, they were a local group in the 70s. did they ever make a record?'],
    [20, 'l', 'Hi there, this is Keisha at Ask a Librarian, Pine Valley Library.'],
    [26, 'l', 'Do you remember a song title or the years they played?'],
    [70, 'p', 'mid 70s, one song was called Harbor Lights'],
    [76, 'l', 'One moment while I search.'],
    [160, 'l', 'Discogs (discogs.com) lists a 1976 single, "Harbor Lights" b/w "Dry Town", on a small label. Our catalogue does not have it. Our audiovisual archivist may know of a local copy — I\'ll e-mail you once I hear back from her. What\'s your e-mail?'],
    [210, 'p', 'its rgomez@example.com'],
    [215, 'l', 'Got it, rgomez@example.com.'],
    [230, 'p', 'cool thanks'],
    [236, 'l', "You're welcome, have a good one!"],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  s(SAM, '07 Hamilton vocal selections, true Lost Call: greeting at 30, "Are you still there?" at 160, notice + invitation back at 350', [
    [0, 'p', 'do u have the hamilton vocal selections'],
    [30, 'l', 'Hi, this is Sam at Ask a Librarian, Westfield Library.'],
    [160, 'l', 'Are you still there?'],
    [350, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(TOM, '08 Wagon Wheel chords: answer at 100, "Still with me?" at 250, session ends at 450 with no notice', [
    [0, 'p', "need the chords for 'Wagon Wheel' for a campfire thing, guitar"],
    [18, 'l', "Hey! Tom here, librarian at Brookside Library's chat."],
    [24, 'l', 'Are you looking for easy open chords, or the original key with a capo?'],
    [60, 'p', 'easy pls'],
    [100, 'l', 'Ultimate Guitar has a version with just G, D, Em and C, capo 2: ultimate-guitar.com (search Wagon Wheel Old Crow). Does that work for you?'],
    [250, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 200 }),

  s(DEV, '09 the Globe rebuild: "You\'ve asked too many questions for one chat session. I\'m ending this chat now."', [
    [0, 'p', 'when was the Globe Theatre rebuilt'],
    [30, 'l', "Hi, I'm Dev, Ask a Librarian at Harlow Library."],
    [35, 'l', 'Do you mean the modern reconstruction in London, or the 1614 rebuild after the fire?'],
    [70, 'p', 'modern one. also who designed it, and when did Sam Wanamaker die, and what plays opened it'],
    [78, 'l', "Shakespeare's Globe opened in 1997; the Globe's own history page covers the designer (Theo Crosby) and the opening season: shakespearesglobe.com/discover/about-us/history."],
    [120, 'p', 'ok and can u also find me the ticket prices in 1997 and the seating chart'],
    [128, 'l', "You've asked too many questions for one chat session. I'm ending this chat now."],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(BEA, '10 Apollo Theater for 8th grade: book + URL, "several other patrons waiting … chat back in later or call the Fine Arts desk"', [
    [0, 'p', 'Hi! do you have any books on the history of the Apollo Theater? for a school project'],
    [15, 'l', 'Hi, welcome to AskNow! This is Bea from Lincoln City Library.'],
    [21, 'l', 'What grade is the project for, and when is it due?'],
    [60, 'p', '8th grade, due next wed'],
    [66, 'l', 'Our catalogue has "Showtime at the Apollo" by Ted Fox (lincolnlib.org/catalog, call number 792.7 FOX), and the Apollo\'s own site has a timeline at apollotheater.org/about/history. Do those fit what your teacher wants?'],
    [110, 'p', 'yes!! can you also find some pictures'],
    [116, 'l', 'I have several other patrons waiting, so I need to wrap up here — please chat back in later or call the Fine Arts desk at 555-320-0102 and they can help you with pictures.'],
    [140, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  s(ELISE, '11 61-key keyboard to borrow: four chats open at once (fail)', [
    [0, 'p', 'Can I borrow a keyboard from the library? like a digital piano'],
    [20, 'l', 'Hi there, Elise at Ask a Librarian, Oak Hill Library!'],
    [26, 'l', 'Do you need a full 88-key or would a 61-key portable one work?'],
    [90, 'p', '61 is fine'],
    [96, 'l', 'Our Library of Things lends 61-key Casio keyboards for 3 weeks: oakhilllibrary.org/things. Put a hold on with your card. Does that help?'],
    [130, 'p', 'yes, thats all thanks'],
    [135, 'l', 'Have fun playing, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('e1', 'elise', -100, 400), other('e2', 'elise', 50, 500), other('e3', 'elise', 100, 350)],
  }),

  s(FRANK, '12 oldest operating US theatre: others end at the start and start at the end, three at most (pass)', [
    [0, 'p', 'whats the oldest surviving theatre building in the US'],
    [18, 'l', 'Hello! Frank, librarian at Ask Us Maryland.'],
    [24, 'l', 'Do you mean still operating as a theatre, or any theatre building?'],
    [60, 'p', 'still operating'],
    [66, 'l', 'The Walnut Street Theatre in Philadelphia (opened 1809) is generally called the oldest continuously operating theatre in the US; see its history page at walnutstreettheatre.org/about/history.php. Does that answer it?'],
    [110, 'p', 'yep thats all'],
    [115, 'l', 'Thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('f1', 'frank-m', -600, 0), other('f2', 'frank-m', 120, 900), other('f3', 'frank-m', -50, 200), other('f4', 'frank-m', 10, 400)],
  }),

  s(OLIVIA, '13 Bach chorale quartet parts: notice (a hold) + note that says why, transfer to the music librarian, IMSLP', [
    [0, 'p', "Hello, I need parts for a Bach chorale arranged for string quartet, for our church ensemble"],
    [22, 'l', "Good evening, you've reached Olivia with Ask Us Statewide."],
    [28, 'l', 'Do you need the score and the individual parts, and which chorale?'],
    [75, 'p', "individual parts. Jesu, Joy of Man's Desiring"],
    [81, 'l', "Our music librarian will know this best, so I'm transferring you to her now. One moment please."],
    [84, 'i', 'pt needs string quartet parts for Jesu Joy (BWV 147), church ensemble. Music q, thanks Priya'],
    xfer(87, 'Priya Nair', 'priya'),
    [140, 'l', 'Hi, I\'m Priya, the music librarian at Central Library. IMSLP has free parts for a string quartet arrangement: imslp.org, search "Herz und Mund und Tat und Leben, BWV 147" and open the Arrangements tab.', as(PRIYA)],
    [146, 'l', 'Is that the kind of arrangement you had in mind?', as(PRIYA)],
    [200, 'p', "yes that's perfect. that's all I needed, thank you!"],
    [206, 'l', "You're welcome, thanks for chatting with us!", as(PRIYA)],
  ], usual({ transfer: 'pass' })),

  s(MIGUEL, '14 adult piano method book: an internal note only, then the transfer; Ana answers 80 s after the patron', [
    [0, 'p', 'do you have piano lessons books for adults beginner'],
    [25, 'l', "Hi! I'm Miguel at Riverbend Library's Ask a Librarian."],
    [30, 'l', 'Do you have a keyboard at home already, or are you looking to borrow one too?'],
    [70, 'p', 'i have a keyboard. just need a method book'],
    [74, 'i', "Ana, can you take this one? adult piano method books, I'm off shift"],
    xfer(76, 'Ana Ruiz', 'ana'),
    [150, 'l', "Hi, Ana here. Alfred's Adult All-in-One Course, Level 1 is in our catalogue (riverbendlibrary.org/catalog) with 6 copies and the CD. Would that do?", as(ANA)],
    [190, 'p', 'yes thanks thats all'],
    [195, 'l', 'Great, bye!', as(ANA)],
  ], usual({ transfer: 'fail' })),

  s(JEN, '15 Phantom Broadway opening: "Let me check that for you." then 177 s, no question, IBDB, "Have a great night!"', [
    [0, 'p', 'what year did Phantom of the Opera open on broadway'],
    [12, 'l', 'Hello, Jen at the Ask a Librarian service here!'],
    [18, 'l', 'Let me check that for you.'],
    [195, 'l', 'Thanks for waiting! It opened at the Majestic Theatre on January 26, 1988, per the Internet Broadway Database: ibdb.com/broadway-production/the-phantom-of-the-opera-4492. Did that answer it?'],
    [230, 'p', 'yep, thx'],
    [236, 'l', 'Anything else today?'],
    [260, 'p', 'nah'],
    [265, 'l', 'Have a great night!'],
  ], usual({ informed: 'fail', clarify: 'fail' })),

  s(GRACE, '16 Hallelujah piano/vocal: sources first, "What key do you need it in…" after them', [
    [0, 'p', 'where can I find the sheet music for Hallelujah by Leonard Cohen'],
    [20, 'l', 'Hi! This is Grace, reference librarian at Westmont Public Library.'],
    [26, 'l', 'Musicnotes sells it as a download (musicnotes.com), and our catalogue has "The Leonard Cohen Songbook" at westmontlibrary.org/catalog.'],
    [32, 'l', 'What key do you need it in, and is it for piano/vocal or guitar?'],
    [80, 'p', 'piano vocal in C if possible'],
    [86, 'l', 'Musicnotes lets you transpose to C before you buy. The songbook is in the original key. Does that help?'],
    [120, 'p', 'yes. thats everything thanks'],
    [125, 'l', 'Glad to help! Bye for now.'],
  ], usual({ clarify: 'fail' })),

  s(RAY, '17 Les Mis on Broadway from memory: no source, "Does that answer your question?", "thats all i wanted"', [
    [0, 'p', 'quick q when did Les Mis first open'],
    [14, 'l', 'Hi, Ray from Ask a Librarian here!'],
    [19, 'l', 'In London or on Broadway?'],
    [40, 'p', 'broadway'],
    [47, 'l', 'It opened on Broadway in March 1987 at the Broadway Theatre. Does that answer your question?'],
    [70, 'p', 'yes thats all i wanted'],
    [74, 'l', 'Great, thanks for asking!'],
  ], usual({ source: 'fail' })),

  s(LENA, '18 Dover\'s Grand Opera House: archives URL, "The Kent County Historical Society would likely know — I\'d ask them."', [
    [0, 'p', "I'm trying to find out when the old Grand Opera House in our town was torn down. Dover, Delaware"],
    [35, 'l', "Good afternoon! I'm Lena, a librarian with Delaware Libraries' chat service."],
    [40, 'l', 'Do you know roughly which decade? And are you after the date only or photos too?'],
    [100, 'p', 'just the date, sometime in the 60s?'],
    [106, 'l', 'Give me a couple minutes to search.'],
    [200, 'l', "The Delaware Public Archives' digital collection (archives.delaware.gov > Digital Archives) has photos of the building but I can't find a demolition date online. The Kent County Historical Society would likely know — I'd ask them."],
    [206, 'l', 'Is that enough to get you started?'],
    [260, 'p', 'yeah ok thank you'],
    [265, 'l', "You're welcome! Anything else?"],
    [290, 'p', 'no'],
    [294, 'l', 'Thanks for chatting, take care.'],
  ], usual({ referral: 'fail' })),

  s(SOFIA, '19 junior youth orchestra viola audition: audition page URL, the coordinator by phone and e-mail', [
    [0, 'p', 'my daughter wants to audition for the county youth orchestra (viola). do you know what pieces they want'],
    [28, 'l', "Hi there! I'm Sofia at Maple County Library, happy to help."],
    [34, 'l', 'Which age group would she be auditioning for? They have a junior and a senior orchestra I think.'],
    [80, 'p', "junior, she's 12"],
    [86, 'l', 'checking their site...'],
    [150, 'l', "The Maple County Youth Orchestra's audition page (mcyo.org/auditions) lists for junior strings: two contrasting excerpts of her choice, a two-octave major scale, and sight-reading. For specific questions, contact their audition coordinator at 555-212-7788 or auditions@mcyo.org."],
    [156, 'l', 'Does that answer what you needed?'],
    [200, 'p', 'yes! thank you so much'],
    [205, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no thats it'],
    [245, 'l', 'Good luck to her at the audition! Bye!'],
  ], usual({ referral: 'pass' })),

  s(NATE, '20 theremin lending (follow-up by patron\'s library): no source, e-mail only in patron.email, no time, not done by day 5', [
    [0, 'p', "my library used to lend out a theremin?? is that still a thing. I'm a Hillsdale cardholder"],
    [40, 'l', "Hello, you've reached Ask Us 24/7. I'm Nate, a librarian at a partner library in another county."],
    [46, 'l', 'Is it Hillsdale Public Library, and which branch do you usually use?'],
    [90, 'p', 'yes, Elm St branch'],
    [96, 'l', "I can't find Hillsdale's lending list online, so I'll pass your question to Hillsdale staff and someone from your library will contact you."],
    [130, 'p', 'ok'],
    [136, 'l', 'Thanks for your patience, and have a good day.'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  { ...FU_LIB, patron: { name: null, email: 'kwu@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  s(WALTER, '21 1952 Oklahoma! program (follow-up by me): phone read back, "by tomorrow afternoon", done after 80 h', [
    [0, 'p', "Hi. I'm looking for the program from the 1952 production of Oklahoma! at the Starlight Theatre. My mother was in the chorus."],
    [30, 'l', "Hello, and thanks for contacting Kansas City Public Library! I'm Walter."],
    [36, 'l', "Do you know the month, or your mother's name as it would appear in the program?"],
    [100, 'p', 'August I believe. Margaret Ellis'],
    [106, 'l', 'Bear with me while I look in our Missouri Valley Special Collections.'],
    [210, 'l', 'Our finding aid (kchistory.org, search "Starlight Theatre programs") lists a box of 1952 programs, but they are not digitized. I can have the Special Collections staff look through it and call you. What number should they use?'],
    [260, 'p', '816-555-0173'],
    [266, 'l', "816-555-0173 — thank you. You'll get a call by tomorrow afternoon."],
    [272, 'l', 'Is there anything else I can help with?'],
    [300, 'p', "No that's everything. Thank you!"],
    [305, 'l', "You're very welcome. Goodbye!"],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(CARLA, '22 Amazing Grace for brass quintet (follow-up by me): e-mail read back, "within 72 hours", not yet done (pending)', [
    [0, 'p', 'need an arrangement of Amazing Grace for brass quintet, not finding anything free'],
    [25, 'l', 'Hi, Carla here, librarian at Ask Us Ohio.'],
    [31, 'l', 'What level are the players — school band, community group, pros?'],
    [70, 'p', 'community band, decent players'],
    [76, 'l', 'hmm one sec'],
    [150, 'l', "IMSLP (imslp.org) has nothing for brass quintet under public domain, but interlibrary loan may find a printed set. I'd like to search properly and send you a list. What's your e-mail?"],
    [200, 'p', 'bandguy77@example.com'],
    [205, 'l', "bandguy77@example.com — I'll send you a list within 72 hours."],
    [210, 'l', 'Anything else for now?'],
    [230, 'p', 'nope, thanks!'],
    [236, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  s(DANA, '23 1989 all-state choir recording (follow-up by me): no contact anywhere, "get back to you by Monday"', [
    [0, 'p', 'is there a recording of the 1989 all-state choir concert anywhere'],
    [20, 'l', "Hello! Dana from the State Library's Ask a Librarian here."],
    [26, 'l', 'Which state, and do you know where the concert was held?'],
    [70, 'p', 'Iowa, Des Moines'],
    [76, 'l', 'Let me check WorldCat and our AV catalogue.'],
    [170, 'l', "Nothing turns up in WorldCat (worldcat.org) or our catalogue. I'll ask the Iowa Choral Directors Association about their archive and get back to you by Monday."],
    [200, 'p', 'ok thanks'],
    [205, 'l', 'Thanks, bye!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  s(JESS, '24 karaoke CDs: coded Lost Call after three patron lines, "ok" only', [
    [0, 'p', 'do u have karaoke versions of songs on cd'],
    [20, 'l', "Hi! I'm Jess at Ask a Librarian, Parkview Library. Do you mean karaoke CDs to borrow, or a streaming service?"],
    [50, 'p', 'cds'],
    [55, 'l', 'We have about 40 karaoke CDs; search "karaoke" in our catalogue at parkviewlib.org/catalog and filter by Music CD. Does that help?'],
    [80, 'p', 'ok'],
    [85, 'l', 'Great — thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(TRAINER, '25 practice chat (music script test): coded Practice, every check na', [
    [0, 'p', 'test test - sheet music for twinkle twinkle'],
    [8, 'l', 'Hi, Training Account here, this is a practice chat.'],
    [15, 'l', 'mutopiaproject.org has it. Did that help?'],
    [25, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(NOGREET, '26 Our Town monologue: no greeting, pickup at 75 s, "Which act is it in? Act 3?", ends on a plain fact', [
    [0, 'p', "looking for the monologue from Our Town, Emily's goodbye speech, for an audition"],
    [75, 'l', 'Which act is it in? Act 3?'],
    [110, 'p', 'yes act 3'],
    [116, 'l', 'The full text is in our catalogue (search "Our Town Thornton Wilder", call number 812.52 WIL), and Concord Theatricals has the acting edition at concordtheatricals.com. The speech starts "Goodbye, Grover\'s Corners". Is that the one?'],
    [150, 'p', 'yes thats all i need'],
    [155, 'l', 'The speech runs about two minutes at a normal pace.'],
  ], usual({ pickup: 'fail', greeting: 'fail', courteous: 'fail' })),

  s(OMAR, '27 3/4 violin lending: pickedUpAt 40 s, first line at 90 s, instrument page URL', [
    [0, 'p', 'How do I borrow a violin from the library? we have a 3/4 size kid'],
    [90, 'l', 'Hi, this is Omar at Cedar Rapids Public Library, sorry for the delay!'],
    [96, 'l', 'So you need a 3/4 size violin for your child — do you have a CRPL card?'],
    [130, 'p', 'yes'],
    [136, 'l', 'Our instrument collection is at crlibrary.org/instruments: 3/4 violins lend for 3 weeks, place a hold with your card. Did that help?'],
    [170, 'p', 'yes!'],
    [175, 'l', 'Anything else I can help with?'],
    [195, 'p', 'nope'],
    [200, 'l', 'Thanks, have a great day!'],
  ], usual(), { pickedUpAt: at(40) }),

  s(BEA2, '28 "The Trolley Song": "Take your time, I\'ll wait." then 252 s of the patron thinking', [
    [0, 'p', 'trying to find the name of a song from a 1940s musical, something about a trolley'],
    [22, 'l', "Hi! I'm Bea with the Ask a Librarian chat at Fairmont Library."],
    [28, 'l', "Do you remember any lyrics, or who sang it? Take your time, I'll wait."],
    [280, 'p', 'ok I think it was Judy Garland, clang clang clang?'],
    [286, 'l', 'That\'s "The Trolley Song" from Meet Me in St. Louis (1944), sung by Judy Garland. The Songwriters Hall of Fame page on Hugh Martin covers it: songhall.org. Does that match?'],
    [320, 'p', 'YES thats it!! thank you thats all'],
    [325, 'l', 'Happy to help — bye!'],
  ], usual()),

  s(PAT, '29 opera streaming: Medici.tv via e-resources at 100, goodbye at 230 with no check-in', [
    [0, 'p', 'are there any free streaming sites for opera through the library'],
    [20, 'l', 'Hello, Pat from Ask Us Anytime!'],
    [26, 'l', 'Are you a cardholder with Summit County Library?'],
    [60, 'p', 'yes'],
    [100, 'l', 'With your card you get Medici.tv through our e-resources (summitlib.org/eresources > Music). Does that help?'],
    [230, 'l', 'Thanks for using Ask Us, bye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  s(HENRY, '30 Appalachian Spring full score: "Would a scan … be what you need" before any source, call number, code null', [
    [0, 'p', "I need the score for Copland's Appalachian Spring, the full orchestra version, for a conducting class"],
    [30, 'l', 'Good morning, this is Henry at the University Music Library.'],
    [36, 'l', 'Would a scan of the full score be what you need, or a printed copy?'],
    [90, 'p', 'printed, i need to mark it up'],
    [96, 'l', 'We have the Boosey & Hawkes full score (1945 suite) at call number M1003 .C78 A6, on the shelf on the Music Library 2nd floor, per our catalogue at musiclib.stateu.edu.'],
    [130, 'p', 'great'],
    [135, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [155, 'l', 'Thanks, goodbye!'],
  ], usual({ complete: 'fail', code: 'fail' }), { resolutionCode: null }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fiftieth round: music and the performing arts, checked', () => {
  describeSessions('whole sessions', fiftiethRoundMusic.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundMusic.filter((c) => c.name in LEFT_WHY));
});
