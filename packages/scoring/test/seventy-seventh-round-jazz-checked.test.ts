/**
 * Seventy-seventh round, theme JAZZ AND BLUES, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: local music history (Billie Holiday's Baltimore childhood for a book club, Cab Calloway
 * for an 8th-grade project and "Minnie the Moocher" settling a family argument, Chick Webb, the Baltimore Blues Society),
 * club histories (the Royal Theatre, Pennsylvania Avenue clubs for a walking tour, a 1956 Club Tijuana flyer, U Street for a
 * podcast, Richmond's Jackson Ward, the Left Bank Jazz Society), sheet music and recordings ("Take the A Train" for piano, a
 * big band chart through interlibrary loan, Lomax field recordings, pre-1925 blues on the National Jukebox, donating 300
 * 78s, oral histories in Special Collections, DownBeat reviews), streaming through the library (hoopla in Spanish, Kanopy
 * for Ken Burns' Jazz and Stormy Weather, a Freegal card that will not work) and instrument lessons (adult saxophone, a
 * lending guitar, blues harmonica books, trumpet for an 11-year-old in Spanish, jazz piano). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s73/jazz-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and thanks for contacting Ask Us Now! My name's Rhea, I'm a librarian at …" (01); Spanish
 *   "¡Hola, buenas noches! Habla Inés, bibliotecaria de …" (02) and "¡Buenas tardes! Soy Mia, bibliotecaria del servicio
 *   estatal …" (17); pickup at exactly 60 s (03: pass) and 61 s (04: fail); `pickedUpAt` recorded at 50 s with the first
 *   line at 75 s (05: pass, 50 s); "Good evening!" then a question, the name only in the third provider line (06: fail);
 *   chat-speak "hey there, Wes from Ask a Librarian at … 🎷" (28); bilingual "¡Hola! Hi, I'm Yoli, a librarian with …"
 *   (30); a queue line and no provider ever (22);
 *  inquiry: biography or places, library card, grade and format, solo piano or lead sheet, acoustic or electric and branch,
 *   listen or read, photos or performers, beginner and own instrument, fun or citations, year and stage name, score or
 *   parts, age of the child, date or history, harmonica key, era and part of town, deadline, who and when, which card,
 *   laptop or TV, decade, short or long bio, language and who the class is for; the answer with its sources straight
 *   after the greeting, no question (10: fail);
 *  waits: a hold answered exactly 120 s later by a partial-result hold, then 104 s to the answer (07: pass); "ok one sec,
 *   checking what we have" answered 125 s later with the patron's "??" in between (08: fail); "No rush, take your time."
 *   then the patron back 234 s later (09: waiting on the patron, pass); a hold while the music librarian is asked by
 *   internal note (14); transfer notices answered 54 and 49 s later (25, 26);
 *  endings: goodbye 119 s after the first provider line following the patron's only message (10: final idle na); a true
 *   Lost Call whose check-in also thanks and invites back (so it is no goodbye) and a plain "lost the connection" notice
 *   last (19: final idle 215 s, both pass, courteous pass through the check-in line); a check-in at 200 and a goodbye at
 *   260 without any notice (20: final idle exactly 180 s, disconnect fails); a notice that does not ask, then a goodbye
 *   (29: final idle 190 s, check-in fails, notice passes); the patron leaving last with "me tengo que ir" (30: no final
 *   idle, courteous fails); "there's a 15 minute limit per chat and you've used yours" then "Bye." (23: dismissal fails,
 *   courteous passes); "I have other patrons waiting right now … Please come back and chat again later" (24: allowed);
 *   patron-side "thats everything i needed", "ya no necesito nada más", "no more questions", "thats all i need", "thats
 *   everything i wanted", "nothing else from me", "eso es todo", "thats everything", "no thats all i need", and "yes ok",
 *   "sure thanks", "ok fine", "ok gracias, me tengo que ir" that do not count;
 *  sources: books in catalogues (Clarke, Calloway, Margolick, Yerxa, Ruble, Belsches, Blues Guitar for Dummies, Saxophone
 *   for Dummies), prattlibrary.org, hoopladigital.com, bcpl.info pages with the steps, hclibrary.org, library.carr.org
 *   pages, loc.gov collections, digitalmaryland.org, news.google.com/newspapers, archive.org directories,
 *   cylinders.library.ucsb.edu, aacpl/hclibrary Kanopy sites, mdblues.org, fcpl.freegalmusic.com, britannica.com,
 *   virginiamemory.com, dclibrary.org, pgcmls.info/events, a ProQuest database by its menu path; a referral's phone (08) and
 *   e-mail + address (13); none (11: dates from memory, fail);
 *  completeness: "Does that settle the argument?" (11), "Is a start?" forms, "¿Es lo que buscaba?", "¿Le sirve?"; the near
 *   miss "Want me to check whether we have the DVD too?" about something not given (27: fail);
 *  referrals: Parks and Recreation by phone and URL (08: pass); "you should visit the Maryland Center for History and
 *   Culture" with no contact (12: fail); UMD Special Collections in Performing Arts by e-mail and street address (13:
 *   pass); the music librarian asked by internal note, the Maryland Department and a branch asked to call the patron
 *   (14, 15, 17: consulted on the patron's behalf, no referral); websites of agencies as sources (14, 24: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (15: pass); a promise "e-mail you … by
 *   tomorrow afternoon", e-mail read back, coded Answered, done at 80 h (16: code fails, contact passes, on_time fails);
 *   FU_LIB in Spanish with a phone typed with spaces and read back with dashes and no time given, pending at day 1 (17);
 *   FU_ME with "get back to you" and no contact anywhere, done at 20 h (18: code and contact fail, on_time passes);
 *  codes: a true Lost Call (19: pass); Lost Call after three patron lines (20: fail); Practice (21); null with no provider
 *   (22: fail); the field left out (23: na);
 *  transfers: a visible notice (a hold) and an internal note that says why, both before the transfer (25: pass); a notice,
 *   the note only after the transfer line (26: fail);
 *  concurrency: three others open through the session, four at once (27: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (28: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications count as the English ones ("¡Hola, buenas noches! Habla Inés, bibliotecaria",
 *   02, 17, 30); "hey there" greets (28); "Good evening!" alone greets but names no one, and the name in the third provider
 *   line is outside the first two (06: fail);
 * - `pickedUpAt` (50 s) is the pickup when recorded, even though the first visible line comes at 75 s (05: pickup pass);
 *   the 25 s between that pickup and the first line is far under silenceSeconds however it is read (keep_informed pass);
 * - the patron's "ya no necesito nada más" (02), "thats all i need" (06, 28), "thats everything i wanted" (07), "nothing
 *   else from me" (12), "eso es todo" (17) say explicitly that they are done; "ok gracias, me tengo que ir" ("I have to
 *   go", 30) and "ok fine" (24) do not say the need is met;
 * - "Does that settle the argument?" (11), "Is that a useful start for now?" (15), "Is the About page a start?" (18), "Is
 *   that the kind of place you were hoping for?" (13) ask whether what was given meets the need;
 * - "Still digging — the Baltimore Afro-American ran weekly Royal ads …, so I am checking where those can be read online"
 *   gives a partial result and says the search goes on: a hold (07), so the spans are 66 -> 186 = exactly 120 s and
 *   186 -> 290 = 104 s, neither longer than 120;
 * - "Are you still there? If not, thanks for stopping by and feel free to come back anytime." asks whether the patron is
 *   there, so it is not a goodbye (Terms): the last provider line, "Seems we've lost the connection, so I'm closing this
 *   chat now.", is no goodbye either, so the final idle runs from the greeting at 30 to `endedAt` 245 = 215 s (19); for
 *   `closing.courteous`, whose rule has no such exception, the check-in line thanks and invites back (pass);
 * - "It looks like you've disconnected, so if I don't hear back I'll close this session shortly." tells the patron they
 *   seem disconnected and that the session will end, without asking: the notice, not a check-in (29);
 * - closing the chat because the patron is gone (19, 29) is not ending the help for the provider's convenience;
 * - "there's a 15 minute limit per chat and you've used yours, so I'm ending the session now" tells the patron their
 *   time is up (23: dismissal fails); "Bye." says goodbye (courteous passes);
 * - a `resolutionCode` set to `undefined` is the field left out (JSON drops it): the source has no codes (23: code na);
 * - "I'll ask … and e-mail you", "la sucursal … lo llame", "get back to you" are promises (follow-up sessions); the staff
 *   asked (the Maryland Department, the Silver Spring branch) are consulted on the patron's behalf, not referrals (15, 17);
 * - "La sucursal se comunicará con usted." says no time (17: contact fails); "by tomorrow afternoon" (16) and "by Friday"
 *   (15) do;
 * - the Lomax Collection, National Jukebox, Library of Virginia, DC Public Library and Britannica pages are named with
 *   their URLs as sources to use, not instructions to contact their publishers (06, 14, 23, 24, 29: referral na);
 * - "Want me to check whether we have the DVD too?" asks about something not yet given (27: completeness fails).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s and through a recorded `pickedUpAt`, no provider; keep_informed at exactly 120
 * s across a partial-result hold and at 125 s, "take your time", two notice-transfers; final idles of 119, 180, 190 and
 * 215 s; concurrency at four and at touching ends; on_time done at 40 h, at 20 h, late at 80 h, pending at day 1) scored
 * as labelled on the first run, and every status is the same once redacted.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `Please hold, a librarian will be with you shortly (you are number ${n} in line).`];

const RHEA: Prov = { id: 'rhea-jz', name: 'Rhea', library: 'EPFL' };
const INES: Prov = { id: 'ines-jz', name: 'Inés', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-jz', name: 'Omar', library: 'BCPL' };
const PAZ: Prov = { id: 'paz-jz', name: 'Paz', library: 'HCLS' };
const VIC: Prov = { id: 'vic-jz', name: 'Vic', library: 'CCPL-MD' };
const LOU: Prov = { id: 'lou-jz', name: 'Lou', library: 'WCFL' };
const MAE: Prov = { id: 'mae-jz', name: 'Mae', library: 'EPFL' };
const NED: Prov = { id: 'ned-jz', name: 'Ned', library: 'FCPL-MD' };
const ZEKE: Prov = { id: 'zeke-jz', name: 'Zeke', library: 'AACPL' };
const FAY: Prov = { id: 'fay-jz', name: 'Fay', library: 'TCFL' };
const GIL: Prov = { id: 'gil-jz', name: 'Gil', library: 'HCPL-MD' };
const HAL: Prov = { id: 'hal-jz', name: 'Hal', library: 'AUN' };
const IDA: Prov = { id: 'ida-jz', name: 'Ida', library: 'PGCMLS' };
const JUN: Prov = { id: 'jun-jz', name: 'Jun', library: 'HCLS' };
const KIT: Prov = { id: 'kit-jz', name: 'Kit', library: 'EPFL' };
const LEO: Prov = { id: 'leo-jz', name: 'Leo', library: 'BCPL' };
const MIA: Prov = { id: 'mia-jz', name: 'Mia', library: 'AUN' };
const NOE: Prov = { id: 'noe-jz', name: 'Noe', library: 'HCPL-MD' };
const MO: Prov = { id: 'mo-jz', name: 'Mo', library: 'BCPL' };
const PIP: Prov = { id: 'pip-jz', name: 'Pip', library: 'CCPL-CE' };
const TRAINEE: Prov = { id: 'trainee-jz', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-jz', name: 'Queue', library: 'VRQ' };
const QUINN: Prov = { id: 'quinn-jz', name: 'Quinn', library: 'AUN' };
const RAE: Prov = { id: 'rae-jz', name: 'Rae', library: 'AUN' };
const SOL: Prov = { id: 'sol-jz', name: 'Sol', library: 'EPFL' };
const DEE: Prov = { id: 'dee-jz', name: 'Dee', library: 'EPFL' };
const TY: Prov = { id: 'ty-jz', name: 'Ty', library: 'FCPL-MD' };
const ROZ: Prov = { id: 'roz-jz', name: 'Roz', library: 'FCPL-MD' };
const VAL: Prov = { id: 'val-jz', name: 'Val', library: 'HCLS' };
const WES: Prov = { id: 'wes-jz', name: 'wes_carroll', library: 'CCPL-MD' };
const XENA: Prov = { id: 'xena-jz', name: 'Xena', library: 'BCPL' };
const YOLI: Prov = { id: 'yoli-jz', name: 'Yoli', library: 'PGCMLS' };

const s = session;

export const JAZZ: SessionCase[] = [
  // 01 the plain good session
  s(RHEA, '01 Billie Holiday\'s Baltimore childhood for a book club: biography or places asked, Clarke in the Pratt catalog, "thats everything i needed"', [
    [0, 'p', 'hi, looking for stuff about billie holidays early life in baltimore? its for a book club'],
    [18, 'l', "Good afternoon and thanks for contacting Ask Us Now! My name's Rhea, I'm a librarian at the Enoch Pratt Free Library."],
    [25, 'l', 'Is your group after a biography to read together, or more about the places in Baltimore tied to her?'],
    [70, 'p', 'biography mostly, something readable not too academic'],
    [78, 'l', "Donald Clarke's Billie Holiday: Wishing on the Moon spends its first chapters on her Baltimore childhood, and we have several copies (prattlibrary.org, search the title). Her own memoir, Lady Sings the Blues, is a fun pairing but loose with dates."],
    [84, 'l', 'Is that the sort of thing you had in mind?'],
    [130, 'p', 'yes!! that is perfect, thats everything i needed thank u'],
    [136, 'l', 'Wonderful. Enjoy the discussion, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish: hoopla
  s(INES, '02 jazz en el celular con la tarjeta (Spanish): "Habla Inés, bibliotecaria", card asked, hoopladigital.com, "ya no necesito nada más"', [
    [0, 'p', 'hola buenas, la biblioteca tiene musica de jazz para escuchar en el celular? gratis?'],
    [25, 'l', '¡Hola, buenas noches! Habla Inés, bibliotecaria de Montgomery County Public Libraries.'],
    [31, 'l', '¿Tiene usted tarjeta de nuestra biblioteca? Así le digo qué servicio le conviene.'],
    [75, 'p', 'si tengo tarjeta'],
    [82, 'l', 'Con su tarjeta puede usar hoopla: descargue la app o entre a hoopladigital.com, elija Montgomery County Public Libraries y ponga el número de la tarjeta. Hay álbumes de Ella Fitzgerald, Coltrane, Miles Davis y mucho más, sin costo.'],
    [88, 'l', '¿Es lo que buscaba?'],
    [140, 'p', 'si perfecto!! ya no necesito nada mas, gracias'],
    [146, 'l', '¡Que disfrute la música! Gracias por usar nuestro servicio.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(OMAR, '03 Cab Calloway for an 8th-grade project: pickup at exactly 60 s, grade and format asked, his autobiography + bcpl.info/research, "no more questions"', [
    [0, 'p', 'need sources for a school project on cab calloway, he grew up in baltimore right?'],
    [60, 'l', "Hi! Omar here, a librarian with Baltimore County Public Library's Ask a Librarian."],
    [66, 'l', 'Yes, he went to Frederick Douglass High School there. What grade is the project for, and does your teacher want books or are websites ok?'],
    [110, 'p', '8th grade, need at least one book'],
    [116, 'l', "Cab Calloway's autobiography, Of Minnie the Moocher and Me, is in our catalog, and the Student Resources page at bcpl.info/research links to Britannica School, which has a short biography you can cite."],
    [122, 'l', 'Does that cover what you need for the project?'],
    [170, 'p', 'yea. no more questions thanks'],
    [175, 'l', 'Good luck with the project, bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(PAZ, '04 "Take the A Train" for solo piano: pickup at 61 s, solo or lead sheet asked, an Ellington piano collection at hclibrary.org', [
    [0, 'p', 'do u have sheet music for take the a train, piano'],
    [61, 'l', 'Hello, Paz at Ask Us Now (Howard County Library System) here.'],
    [67, 'l', 'Solo piano, or a lead sheet with chords for playing with others?'],
    [100, 'p', 'solo piano, intermediate level'],
    [107, 'l', "We have a Duke Ellington piano solos collection with an intermediate arrangement of it; you can place a hold through our catalog at hclibrary.org. Musicnotes sells single arrangements too, but the library copy is free."],
    [113, 'l', 'Did that answer your question?'],
    [150, 'p', 'yes thank you'],
    [155, 'l', 'Anything else I can find for you?'],
    [175, 'p', 'nah im good'],
    [180, 'l', 'Happy playing, and thanks for stopping by!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt recorded before the first line
  s(VIC, '05 borrowing a guitar to learn blues: pickedUpAt at 50 s, first line at 75 s, Library of Things at library.carr.org/things', [
    [0, 'p', 'hey does the library lend guitars? want to learn blues guitar w/o buying one yet'],
    [75, 'l', 'Hi there, this is Vic at Carroll County Public Library, sorry for the wait!'],
    [81, 'l', 'Acoustic or electric? And which branch is closest to you?'],
    [120, 'p', 'acoustic, westminster'],
    [127, 'l', 'Yes! Our Library of Things lends acoustic guitars for three weeks; the list and how to place a hold are at library.carr.org/things. For learning, Blues Guitar For Dummies is in the catalog too.'],
    [133, 'l', 'Does that help?'],
    [170, 'p', 'thats awesome ty'],
    [176, 'l', 'Is there anything else I can help with?'],
    [200, 'p', 'no that is all'],
    [205, 'l', 'Rock on, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(50) }),

  // 06 greets, names himself only in the third line
  s(LOU, '06 Lomax Delta blues field recordings: "Good evening!" + a question, the name only in the third provider line, loc.gov', [
    [0, 'p', 'looking for old delta blues field recordings, like the ones lomax made?'],
    [20, 'l', 'Good evening!'],
    [26, 'l', 'Are you hoping to listen to them, or to read about how they were made?'],
    [60, 'p', 'listen'],
    [66, 'l', "I'm Lou, by the way, a librarian at Washington County Free Library. The Library of Congress has put many of the Lomax recordings online in its Alan Lomax Collection at loc.gov (search \"Lomax Mississippi\")."],
    [72, 'l', 'Is that what you were after?'],
    [110, 'p', 'yes this is great. thats all i need'],
    [115, 'l', 'Enjoy the listening, goodnight!'],
  ], usual({ greeting: 'fail' })),

  // 07 a hold answered exactly 120 s later by a partial-result hold
  s(MAE, '07 the Royal Theatre on Pennsylvania Avenue: hold at 66, partial-result hold at 186 (exactly 120 s), answer at 290', [
    [0, 'p', 'my grandpa used to talk about the royal theatre on pennsylvania ave. who played there? any pics?'],
    [20, 'l', 'Hello, welcome to Ask a Librarian! Mae here from the Enoch Pratt Free Library.'],
    [27, 'l', 'Are you mostly after photographs, or a list of the performers?'],
    [60, 'p', 'both if possible!'],
    [66, 'l', 'Let me look through our local history files, bear with me.'],
    [186, 'l', 'Still digging — the Baltimore Afro-American ran weekly Royal ads in the 1940s, so I am checking where those can be read online.'],
    [290, 'l', "Here you go: Digital Maryland (digitalmaryland.org) has photos of the Royal's marquee, and the Afro-American's back issues are in the Google News Archive at news.google.com/newspapers. Billie Holiday, Cab Calloway, Ella Fitzgerald and Louis Armstrong all played there."],
    [296, 'l', 'Does this answer your question?'],
    [340, 'p', 'wow yes, thank you so much. thats everything i wanted'],
    [346, 'l', 'What a great family story. Thanks for chatting!'],
  ], usual()),

  // 08 a hold answered 125 s later; Parks and Rec by phone
  s(NED, '08 adult saxophone lessons: "ok one sec, checking what we have" answered 125 s later, "??" between, Parks and Rec by phone and URL', [
    [0, 'p', 'does the library do saxophone lessons for adults'],
    [15, 'l', 'Hi, this is Ned with Ask a Librarian at Frederick County Public Libraries.'],
    [21, 'l', 'Are you a total beginner, and do you already have a sax?'],
    [50, 'p', 'total beginner, i rented one'],
    [56, 'l', 'ok one sec, checking what we have'],
    [140, 'p', '??'],
    [181, 'l', "Sorry for the wait! We don't run music lessons ourselves, but Frederick County Parks and Recreation has adult beginner band classes: call them at 301-555-0187 or see frederickcountymd.gov/parks. Saxophone For Dummies (with audio) is in our catalog to practice alongside."],
    [187, 'l', 'Did that help?'],
    [230, 'p', 'yes ok'],
    [235, 'l', 'Anything else today?'],
    [250, 'p', 'no thx'],
    [254, 'l', 'Good luck with the sax, bye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 09 waiting on the patron
  s(ZEKE, '09 Ken Burns\' Jazz on Kanopy: card asked, "No rush, take your time." then the patron back 234 s later, aacpl.kanopy.com', [
    [0, 'p', 'can i watch the ken burns jazz series thru the library'],
    [22, 'l', "Hi! I'm Zeke, a librarian with Ask Us Now at Anne Arundel County Public Library."],
    [28, 'l', 'Do you have an AACPL card? Some of our video services need one.'],
    [60, 'p', 'i think so, brb finding it'],
    [66, 'l', 'No rush, take your time.'],
    [300, 'p', 'ok found it, yes i have one'],
    [306, 'l', "Then you're set: Kanopy streams the whole Ken Burns Jazz series. Go to aacpl.kanopy.com, sign in with your card number and PIN, and search 'Jazz'."],
    [312, 'l', 'Is that what you were looking for?'],
    [350, 'p', 'yep 👍'],
    [355, 'l', 'Anything else?'],
    [370, 'p', 'nope'],
    [374, 'l', 'Enjoy the series, bye!'],
  ], usual()),

  // 10 no question before the source; goodbye 119 s after the greeting
  s(FAY, '10 the story of "Strange Fruit": answer and Margolick at once with no question, patron silent, goodbye 119 s after the greeting', [
    [0, 'p', 'what is the story behind the song strange fruit'],
    [18, 'l', 'Hello! Fay at Talbot County Free Library, answering for Ask Us Now.'],
    [24, 'l', "It began as a poem by Abel Meeropol, a Bronx teacher, about lynching in the South; Billie Holiday first sang it at Café Society in 1939. David Margolick's book Strange Fruit: Billie Holiday, Café Society, and an Early Cry for Civil Rights tells the whole story and is in our catalog at tcfl.org."],
    [30, 'l', 'Does this help?'],
    [137, 'l', 'Thanks for using Ask Us Now, goodbye!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 11 no source
  s(GIL, '11 when "Minnie the Moocher" was recorded: studio or cartoon asked, dates from memory only, "Does that settle the argument?"', [
    [0, 'p', 'when did cab calloway record minnie the moocher? arguing w my dad lol'],
    [20, 'l', 'Hey, welcome to Ask a Librarian! Gil here at Harford County Public Library.'],
    [26, 'l', 'Do you mean the first studio recording, or the version in the Betty Boop cartoon?'],
    [55, 'p', 'the first one'],
    [61, 'l', 'He and his orchestra first recorded it in March 1931. The Betty Boop cartoon with it came out in 1932.'],
    [67, 'l', 'Does that settle the argument?'],
    [100, 'p', 'haha yes i win. thats all i needed, thanks!'],
    [105, 'l', 'Ha, congrats! Thanks for chatting.'],
  ], usual({ source: 'fail' })),

  // 12 a referral with no way to reach
  s(HAL, '12 Pennsylvania Avenue clubs for a walking tour: city directories at archive.org, "you should visit the Maryland Center for History and Culture" with no contact', [
    [0, 'p', 'im researching jazz clubs on pennsylvania avenue for a walking tour, need club names and addresses from the 50s'],
    [25, 'l', 'Good morning! This is Hal, a librarian with the statewide Ask Us Now service.'],
    [31, 'l', 'Is the tour about the 1950s only, or earlier too?'],
    [70, 'p', '40s and 50s'],
    [76, 'l', "The Baltimore city directories for those years list businesses by street, and several are digitized at archive.org (search 'Baltimore city directory 1950'). For photographs and club ephemera, you should visit the Maryland Center for History and Culture; their library has material on Pennsylvania Avenue nightlife."],
    [82, 'l', 'Did that help?'],
    [130, 'p', 'yes very much! nothing else from me, thanks'],
    [136, 'l', 'Good luck with the tour, and thank you for reaching out!'],
  ], usual({ referral: 'fail' })),

  // 13 a referral by e-mail and address
  s(IDA, '13 donating 300 jazz 78s: era and donate-or-appraise asked, UMD Special Collections in Performing Arts by e-mail and address, loc.gov/preservation', [
    [0, 'p', 'my late uncle left boxes of old jazz 78s, like 300 of them. does anyone collect these for preservation?'],
    [20, 'l', "Hi, I'm Ida, a music librarian at Prince George's County Memorial Library System. So sorry about your uncle."],
    [27, 'l', 'Do you know roughly what era they are from, and are you hoping to donate them or have them appraised?'],
    [80, 'p', '1920s-50s mostly, want to donate'],
    [86, 'l', "The University of Maryland's Special Collections in Performing Arts accepts donations of recordings. Write to them at scpa@umd.edu, or visit them at the Michelle Smith Performing Arts Library, 8270 Alumni Drive, College Park, MD 20742; they ask for a rough list first. Meanwhile the Library of Congress explains how to store discs at loc.gov/preservation."],
    [92, 'l', 'Is that the kind of place you were hoping for?'],
    [140, 'p', 'yes that is great, thank you'],
    [146, 'l', 'Anything else I can help you with today?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Take care, and thank you for thinking of preservation!'],
  ], usual({ referral: 'pass' })),

  // 14 sources from agencies and a colleague consulted: no referral
  s(JUN, '14 pre-1925 blues recordings: the music librarian asked by internal note during a hold, National Jukebox and UCSB cylinders as sources', [
    [0, 'p', 'where can i hear really old blues recordings, like 1910s-20s? bessie smith era'],
    [20, 'l', 'Hello! Jun here, librarian at Howard County Library System, for Ask a Librarian.'],
    [26, 'l', 'Is it for listening for fun, or do you need citations for something?'],
    [60, 'p', 'fun, i just love the sound'],
    [66, 'l', 'Let me check with our music librarian, one moment.'],
    [70, 'i', 'Bea — good free source for pre-1925 blues recordings?'],
    [130, 'l', "She recommends the Library of Congress National Jukebox at loc.gov/collections/national-jukebox: thousands of early recordings you can stream free, early blues included. The UCSB Cylinder Audio Archive (cylinders.library.ucsb.edu) is great too."],
    [136, 'l', 'Does that answer your question?'],
    [170, 'p', 'omg yes. ty!!'],
    [175, 'l', 'Anything else on your list?'],
    [190, 'p', 'no'],
    [194, 'l', 'Enjoy! Thanks for chatting with us.'],
  ], usual()),

  // 15 follow-up by me, done on time
  s(KIT, '15 a 1956 Club Tijuana flyer (follow-up by me): e-mail typed and read back, "by Friday", done at 40 h', [
    [0, 'p', "i'm trying to find a program or flyer from the Club Tijuana in Baltimore, maybe 1950s. my mom sang there"],
    [24, 'l', 'Hi, this is Kit, a librarian at the Enoch Pratt Free Library. What a great thing to look for!'],
    [30, 'l', 'Do you know a year, or the name she performed under?'],
    [80, 'p', 'around 1956, she went by Lena Gray'],
    [86, 'l', "Our Maryland Department has vertical files on Baltimore nightclubs that I can't see from here. I can ask them to check for Club Tijuana material from 1956 and e-mail you what they find. What e-mail should I use?"],
    [130, 'p', 'dgray56@example.com'],
    [136, 'l', 'Thank you, I have dgray56@example.com. You will hear from me by Friday. Meanwhile, the Afro-American back issues at news.google.com/newspapers often carried club listings.'],
    [142, 'l', 'Is that a useful start for now?'],
    [180, 'p', 'yes thank you so much'],
    [186, 'l', 'Anything else for today?'],
    [200, 'p', 'no thats everything'],
    [205, 'l', 'Thank you for sharing her story, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 16 a promise, coded Answered, done late
  s(LEO, '16 a big band chart of "Lullaby of Birdland": "e-mail you … by tomorrow afternoon", e-mail read back, coded Answered, done at 80 h', [
    [0, 'p', 'our community big band needs a chart of lullaby of birdland, 17 piece. library have anything like that?'],
    [22, 'l', 'Hi there! Leo with Ask a Librarian at Baltimore County Public Library.'],
    [28, 'l', 'Do you need the full score and parts, or just a conductor score to start?'],
    [70, 'p', 'full set of parts ideally'],
    [76, 'l', "We don't own big band sets, but some university libraries lend them through interlibrary loan. I'll check WorldCat for a lendable set and e-mail you what I find by tomorrow afternoon. What's the best e-mail?"],
    [120, 'p', 'bandleader.tom@example.org'],
    [126, 'l', 'Great, bandleader.tom@example.org it is.'],
    [132, 'l', 'In the meantime, the request form is on bcpl.info under Services > Interlibrary Loan, if you want to start one.'],
    [138, 'l', 'Does that help for now?'],
    [180, 'p', 'yes perfect'],
    [186, 'l', 'Is there anything else?'],
    [200, 'p', 'nope thats all'],
    [205, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 Spanish: follow-up by the patron's library, phone read back, no time, pending
  s(MIA, '17 clases de trompeta para un niño (Spanish, follow-up by patron\'s library): phone read back, no time given, pending at day 1', [
    [0, 'p', 'buenas tardes, mi hijo quiere clases de trompeta, la biblioteca ofrece algo asi? vivimos en silver spring'],
    [30, 'l', '¡Buenas tardes! Soy Mia, bibliotecaria del servicio estatal Ask Us Now.'],
    [36, 'l', '¿Qué edad tiene su hijo? Los programas cambian según la edad.'],
    [80, 'p', '11 años'],
    [86, 'l', 'En la página de eventos de Montgomery County Public Libraries (montgomerycountymd.gov/library, sección Eventos) aparecen los talleres de música para niños. Para clases de trompeta más regulares, voy a pedirle a la sucursal de Silver Spring que revise sus programas y lo llame. ¿A qué número lo pueden llamar?'],
    [140, 'p', '301 555 0199'],
    [146, 'l', 'Gracias, anoté 301-555-0199. La sucursal se comunicará con usted.'],
    [152, 'l', '¿Le sirve la página de eventos mientras tanto?'],
    [190, 'p', 'si gracias'],
    [196, 'l', '¿Necesita algo más?'],
    [215, 'p', 'no, eso es todo'],
    [220, 'l', '¡Que le vaya muy bien! Gracias por escribirnos.'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 18 follow-up by me, no contact anywhere, done at 20 h
  s(NOE, '18 when the Baltimore Blues Society began (follow-up by me): hold, mdblues.org, "get back to you", no e-mail or phone, done at 20 h', [
    [0, 'p', 'when was the baltimore blues society started? writing something for their newsletter'],
    [20, 'l', 'Hi, Noe here at Ask a Librarian, Harford County Public Library.'],
    [26, 'l', 'Do you need the exact founding date, or a short history?'],
    [60, 'p', 'exact date and who founded it if possible'],
    [66, 'l', 'Give me a moment to look.'],
    [150, 'l', "Their own site, mdblues.org, has an About page but no exact date. I'll keep searching the local newspaper databases and get back to you with what I find."],
    [156, 'l', 'Is the About page a start?'],
    [190, 'p', 'sure thanks'],
    [195, 'l', 'Thanks for your patience, bye for now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 19 a true Lost Call
  s(MO, '19 Left Bank Jazz Society recordings (Lost Call): greeting only, check-in that thanks at 170, "lost the connection" notice at 240', [
    [0, 'p', 'do you have any recordings of the musicians who played for the Left Bank Jazz Society'],
    [30, 'l', 'Hello and thanks for contacting Ask Us Now! This is Mo, a librarian at Baltimore County Public Library.'],
    [170, 'l', 'Are you still there? If not, thanks for stopping by and feel free to come back anytime.'],
    [240, 'l', "Seems we've lost the connection, so I'm closing this chat now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Lost Call after three patron lines; final idle exactly 180 s with a check-in and no notice
  s(PIP, '20 blues harmonica books (coded Lost Call after three patron lines): answer at 80, "Are you still with me?" at 200, goodbye at 260 (final idle 180 s)', [
    [0, 'p', 'wanna learn blues harmonica, any books w audio?'],
    [20, 'l', "Hi! I'm Pip, a librarian at Cecil County Public Library with Ask a Librarian."],
    [26, 'l', 'Do you already have a harmonica? They come in different keys and most beginner books assume a C.'],
    [60, 'p', 'ya a C one'],
    [66, 'p', 'hohner special 20'],
    [80, 'l', "Perfect. Harmonica For Dummies by Winslow Yerxa comes with audio tracks online, and it's in our catalog at cecil.ebranch.info; Blues Harmonica For Dummies goes further once you can bend notes."],
    [86, 'l', 'Does that help?'],
    [200, 'l', 'Are you still with me?'],
    [260, 'l', 'Thanks for chatting, happy harping!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (Freegal macro): coded Practice, every check na', [
    [0, 'p', 'test - jazz streaming question, pls ignore'],
    [6, 'l', 'Testing canned msg: Freegal Music at ourlibrary.freegalmusic.com'],
    [12, 'l', 'Does that help?'],
    [20, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 no provider ever joined
  s(NOBODY, '22 is Saturday\'s jazz piano class still on: no provider ever joined, "hello?", "nvm", patron left, code null', [
    [0, 'p', 'is the jazz piano class at the library still on this saturday??'],
    queueLine(4, 3),
    [95, 'p', 'hello?'],
    [160, 'p', 'nvm'],
    left(170),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 23 time is up; the code field left out
  s(QUINN, '23 U Street clubs for a podcast: Ruble\'s book + dclibrary.org, then "there\'s a 15 minute limit per chat and you\'ve used yours", "Bye.", code left out', [
    [0, 'p', 'hi i have a bunch of questions about jazz and blues clubs in dc for a podcast'],
    [20, 'l', 'Hello, Quinn here, a librarian for Ask Us Now.'],
    [26, 'l', 'Sure. Which era, and which part of DC?'],
    [60, 'p', 'u street, 1920s to 60s. first: what clubs were there?'],
    [66, 'l', "Blair Ruble's book Washington's U Street: A Biography covers the clubs decade by decade, and DC Public Library's People's Archive has photos and clippings at dclibrary.org/peoplesarchive."],
    [72, 'l', 'Does that get you started?'],
    [110, 'p', 'yes. next q, where did duke ellington play as a teen, and whats the history of the howard theatre, and who owned the bohemian caverns, and'],
    [116, 'l', "Sorry, there's a 15 minute limit per chat and you've used yours, so I'm ending the session now."],
    [122, 'p', 'wow ok rude'],
    [128, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 24 other patrons waiting, come back later (allowed)
  s(RAE, '24 five Richmond blues clubs for a paper: virginiamemory.com + Belsches, then "I have other patrons waiting right now … Please come back and chat again later"', [
    [0, 'p', 'ok so i need: history of the 5 blues clubs in richmond jackson ward, their addresses, who played, any recordings, and photos'],
    [24, 'l', 'Hi! This is Rae, a librarian with Ask a Librarian.'],
    [30, 'l', 'That is a lot of ground! Is this for a paper with a deadline, or personal interest?'],
    [70, 'p', 'paper due in 2 weeks'],
    [76, 'l', "Start with the Library of Virginia's digital collections at virginiamemory.com, which has photos of Jackson Ward clubs, and the book Richmond's Jackson Ward by Elvatrice Parker Belsches."],
    [82, 'l', 'Is that a good start?'],
    [120, 'p', 'yeah but i still need addresses, recordings, who owned each club, photos of the inside...'],
    [126, 'l', "Those will take real digging, and I have other patrons waiting right now, so I'll stop here for today. Please come back and chat again later and we can pick up the next piece."],
    [150, 'p', 'ok fine'],
    [155, 'l', 'Thanks for your patience, good luck with the paper!'],
  ], usual({ anything: 'fail' })),

  // 25 a transfer with a notice and a note that says why
  s(SOL, '25 Baltimore jazz oral histories: transfer notice at 66 + internal note why, Dee from Special Collections at 120', [
    [0, 'p', 'i heard the library recorded oral histories with old baltimore jazz players? how do i listen'],
    [20, 'l', 'Hi there, thanks for contacting Ask Us Now! Sol here, at the Enoch Pratt Free Library.'],
    [26, 'l', 'Do you know who did the interviews, or roughly when?'],
    [60, 'p', 'i think in the 90s? one was with a drummer'],
    [66, 'l', 'Our Special Collections librarian Dee knows those interviews best. I am transferring you to her now, please hold on a moment.'],
    [70, 'i', 'Dee: pt asking about the 1990s Baltimore jazz oral histories (drummer interview), how to listen. Yours?'],
    xfer(74, 'Dee', 'dee-jz'),
    [120, 'l', 'Hello, Dee from Special Collections here! Those are our Baltimore jazz oral histories; the finding aid is at prattlibrary.org/special-collections, and many of the interviews stream from the same page.', as(DEE)],
    [126, 'l', 'Is that what you were looking for?', as(DEE)],
    [170, 'p', 'yes!! thank you both, thats all i needed'],
    [176, 'l', 'My pleasure, enjoy the listening. Goodbye!', as(DEE)],
  ], usual({ transfer: 'pass' })),

  // 26 the note only after the transfer
  s(TY, '26 a new card Freegal rejects: transfer notice at 61, transfer at 64, internal note only at 66, Roz with fcpl.freegalmusic.com', [
    [0, 'p', 'freegal says my card is invalid?? trying to download some blues albums, this is so annoying'],
    [18, 'l', "Hi, Ty here, librarian at Frederick County Public Libraries' Ask a Librarian."],
    [24, 'l', 'Which library card are you using, FCPL or another county?'],
    [55, 'p', 'fcpl, just got it last week'],
    [61, 'l', "I'm sending you to Roz on our e-resources team, she can check the card setup. One moment."],
    xfer(64, 'Roz', 'roz-jz'),
    [66, 'i', 'Roz, freegal rejecting a new card, can you look?'],
    [110, 'l', 'Hi, Roz here! New cards take 48 hours to reach Freegal. After that, sign in at fcpl.freegalmusic.com with the card number and PIN; the steps are on fcpl.org/eresources.', as(ROZ)],
    [116, 'l', 'Did that help?', as(ROZ)],
    [150, 'p', 'ok ill try tomorrow. thats everything, thanks'],
    [156, 'l', 'Thanks for your patience, bye!', as(ROZ)],
  ], usual({ transfer: 'fail' })),

  // 27 four at once; a completeness near miss
  s(VAL, '27 streaming Stormy Weather (1943): laptop or TV asked, hclibrary.kanopy.com, "Want me to check whether we have the DVD too?", four chats at once', [
    [0, 'p', 'where can i stream stormy weather the 1943 movie w cab calloway'],
    [16, 'l', 'Hi! Val with Ask Us Now, Howard County Library System.'],
    [22, 'l', 'Would you watch on a TV app or on a computer?'],
    [50, 'p', 'laptop'],
    [56, 'l', "It's on Kanopy through HCLS: go to hclibrary.kanopy.com, sign in with your library card and search 'Stormy Weather'."],
    [62, 'l', 'Want me to check whether we have the DVD too?'],
    [100, 'p', 'no thats ok, laptop is fine. thx!'],
    [106, 'l', 'Anything else?'],
    [118, 'p', 'nope'],
    [122, 'l', 'Enjoy the movie, bye!'],
  ], usual({ complete: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'val-jz', -200, 300), other('v2', 'val-jz', -30, 150), other('v3', 'val-jz', 40, 500)],
  }),

  // 28 three at most, touching ends; chat-speak provider
  s(WES, '28 DownBeat reviews from the 50s (chat-speak): a ProQuest database by menu path, one chat ending at the start, two overlapping, one starting at the end', [
    [0, 'p', 'is there a database w jazz album reviews? like old downbeat stuff'],
    [14, 'l', 'hey there, Wes from Ask a Librarian at Carroll County Public Library 🎷'],
    [20, 'l', 'r u looking for reviews from a specific decade?'],
    [45, 'p', '50s and 60s'],
    [51, 'l', 'our ProQuest Music Periodicals Database (library.carr.org > Research > Music) has DownBeat back issues in full text for a lot of those years'],
    [56, 'l', 'does that work for you?'],
    [90, 'p', 'yes perfect'],
    [95, 'l', 'anything else I can dig up?'],
    [110, 'p', 'no thats all i need, ty'],
    [114, 'l', 'cool, thanks for chatting, later!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wes-jz', -400, 0), other('w2', 'wes-jz', -50, 80), other('w3', 'wes-jz', 20, 300), other('w4', 'wes-jz', 119, 600)],
  }),

  // 29 a notice that does not ask, then a goodbye: final idle 190 s
  s(XENA, '29 who Chick Webb was: answer at 60, "It looks like you\'ve disconnected, so if I don\'t hear back I\'ll close this session shortly." at 160, goodbye at 250', [
    [0, 'p', 'who was chick webb? heard he was from baltimore'],
    [18, 'l', "Hello! I'm Xena, a librarian at Baltimore County Public Library."],
    [24, 'l', 'Do you want a quick bio or something longer to read?'],
    [50, 'p', 'quick bio is fine'],
    [60, 'l', 'Chick Webb was a drummer and bandleader born in Baltimore around 1905; his band at the Savoy Ballroom gave Ella Fitzgerald her start. Britannica has a short biography at britannica.com/biography/Chick-Webb.'],
    [66, 'l', 'Does that answer your question?'],
    [160, 'l', "It looks like you've disconnected, so if I don't hear back I'll close this session shortly."],
    [250, 'l', 'Thanks for chatting, take care!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 30 partly Spanish; the patron leaves last
  s(YOLI, '30 clases de piano jazz en Langley Park (partly Spanish): language and who asked, pgcmls.info/events, "¿Le sirve?", patron "me tengo que ir" last', [
    [0, 'p', 'hola, hi, necesito saber si hay clases de piano jazz en la biblioteca de langley park'],
    [20, 'l', "¡Hola! Hi, I'm Yoli, a librarian with Prince George's County Memorial Library System. ¿Prefiere que sigamos en español?"],
    [50, 'p', 'si porfa'],
    [56, 'l', 'Claro. ¿Las clases son para usted o para un niño?'],
    [80, 'p', 'para mi, adulto'],
    [86, 'l', 'No tenemos clases de piano en Langley Park, pero el calendario en pgcmls.info/events muestra los talleres de música de todas las sucursales; filtre por "música".'],
    [92, 'l', '¿Le sirve?'],
    [130, 'p', 'ok gracias, me tengo que ir'],
    left(135),
  ], usual({ anything: 'fail', courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => JAZZ.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-seventh round: jazz and blues, checked', () => {
  describeSessions('whole sessions', JAZZ.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', JAZZ.filter((c) => c.name in LEFT_WHY));
});
