/**
 * Eighty-seventh round, theme PIPE ORGANS AND CHURCH MUSIC, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! chats: organs and their history (the Basilica's organ in Baltimore, the M. P. Möller
 * factory in Hagerstown and a grandfather who voiced pipes there, a great-great-grandfather organist at a Frederick Lutheran
 * church, a Hook & Hastings nameplate in Elkton, a 1911 Möller for a Westminster church's 150th booklet, the 1985 dedication
 * of a Towson organ, a Cumberland minister's hymn), playing (a 15-year-old pianist in Columbia drawn to the organ, a pianist
 * filling in for a retired organist, organ shoes, Messiaen scores for lessons, a cipher on a Frostburg church organ), hearing
 * organs (Annapolis, theatre Wurlitzers, a Sunday recital at the Cathedral of Mary Our Queen) and church music (wedding
 * processionals in Towson, an organist for a May wedding in Salisbury partly in Spanish, Spanish hymns for Lent for a
 * Gaithersburg parish choir in Spanish, bilingual funeral hymns in Silver Spring partly in Spanish, a grandmother's hymn
 * from its first line, Lessons and Carols, copying anthems for a choir, free SAB anthems, Lutheran chorales for a seminarian,
 * Gregorian chant books for a new schola, Sacred Harp near Salisbury, Bach's Toccata for a Halloween video, organ CDs to
 * borrow, a hymn number in the Methodist hymnal). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/s76/organs-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 16-24 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello?" at 33 (04: fail); `pickedUpAt` at 40 s
 *   with the first visible line at 72 s (06: pass on the recorded pickup); no provider ever, the queue's system line only
 *   (23: fail);
 *  greeting: "Good morning, and thanks for contacting the Enoch Pratt Free Library! I'm Eleanor, …" (01), Spanish "¡Buenas
 *   noches! Bienvenida al servicio Ask a Librarian … Soy Pilar, bibliotecaria." (02), bilingual "Hola, lo siento mucho … Soy
 *   Yolanda, bibliotecaria de AskUsNow!." (14) and "Hi! ¡Hola! I'm Mateo, …" (26), the service only ("Dana with AskUsNow!
 *   here, I'm a librarian.", 29), "Hello, and thanks for your question!" then the name and library in the second line (16);
 *   "Hi there, congratulations! 🎉" then a question, the name only in the third line (05: fail); na with no provider (23)
 *   and Practice (24);
 *  keep_informed: a hold and a "Still searching — I've found …" update, each answered exactly 120 s later (06: pass); a
 *   patron question left 121 s with an internal note and the patron's "??" in between (07: fail); an internal note before
 *   a transfer, the receiver answering 50 s after the patron (08); a transfer announcement answered 52 s later (30); "No
 *   problem, take your time!" and the patron back 190 s later (28: waiting on the patron); a patron's last line unanswered
 *   (12: a span open at the end); na with no substantive exchange (21, 22, 23, 24);
 *  clarify: the restatement "So you'd like the history of the Basilica's pipe organ: …" (01); questions on the liturgical
 *   season, accompaniment or melody, a first Sunday's date and the kind of organ, the church's list, years and job at the
 *   factory, chorus words and the church, the man's name and years, one stop or all, parish choir or King's, the book's age,
 *   harmonizations, the kind of Mass, the opus number, shoe size, live or history, the wedding date, voicing, the builder,
 *   the denomination, the edition; Spanish "¿Necesitan solo la melodía y la letra, …?" (02) and "¿La misa será en español,
 *   en inglés o bilingüe?" (14); the answer straight after the greeting (09: fail); no source ever, a question before the
 *   answer (10: pass);
 *  source: pipeorgandatabase.org, prattlibrary.org, hymnary.org, ocp.org, agohq.org, peabody.jhu.edu, the AACPL catalogue
 *   with Gleason and Ritchie & Stauffer, Naxos Music Library through bcpl.info, washcolibrary.org's finding aid, Freegal,
 *   fcpl.org, usna.edu, kings.cam.ac.uk, Carols for Choirs, onelicense.net, ccli.com, bach-cantatas.com, imslp.org,
 *   musopen.org, archive.org, organmastershoes.com, fasola.org, atos.org, musicasacra.com, ProQuest through bcpl.info,
 *   cpdl.org; none: advice from memory and the Organ Historical Society named with no way to reach it (10: fail);
 *  completeness: "Does that give you what you were after?", "¿Le sirve esta información?", "Is that the kind of start you
 *   were looking for?", "Did that help?", "Does that help you narrow it down?", "Is that her hymn?" in the answer's own
 *   message (07), "Does that give you a place to start?", "In the meantime, does that ProQuest search help?", "¿Le sirve la
 *   página de la AGO mientras tanto?", "In the meantime, did the Hymnary search help at all?"; after an answer with no source
 *   (10: pass); the offer "Would it help if I also looked for some easier carol arrangements for you?" (11: fail);
 *  anything else: asked by the provider (07, and in Spanish "¿Hay algo más en que le pueda ayudar?", 14); the patron's
 *   "yes thats everything", "es todo lo que necesitabamos", "no more questions", "thats all i needed", "that's everything I
 *   needed", "that's everything for tonight then", "eso es todo", "thats all for now", "es todo por ahora", "that's all i
 *   needed"; near misses "no thats ok" then "ok thx" (11: fail), "wow ok" (12), "kinda lol" (29), none at all (15-20);
 *  dismissal: "I'm afraid that's too many questions for one chat, so I'll need to end our session now. Bye." (12: fail);
 *   "there are several other patrons waiting … Please log back on later, or tomorrow" (13: allowed, pass);
 *  courteous: goodbyes in English and Spanish; a bare "Bye." closing a dismissal (12: pass);
 *  final idle: a goodbye 119 s after the answer (15: na); "Are you still there?" and a goodbye with thanks 120 s after (16:
 *   idle pass, notice na); a check-in and "Thanks … come back anytime!" 179 s after (17: idle pass, notice na); "Hello? Are
 *   you still there?" and "It looks like you've been disconnected, so I'm going to end this chat. Thanks …" exactly 180 s
 *   after (18: both pass); "Just checking — are you still there?" and a plain goodbye 181 s after (19: idle passes, notice
 *   fails); only "It looks like you've been disconnected, so I'll close this chat now. Thanks …" 200 s after (20: idle
 *   fails, notice passes); Lost Calls with only a greeting, a check-in and a notice that thanks or invites back (21, 22);
 *   the patron's last line the last visible one (12, 23, 24);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 120 s to 250 s (07: four, fail); a transfer where the first provider's other chats pile up
 *   only after the transfer and the receiver has two others (30: pass over the parts each handled);
 *  codes: Answered; no code field at all (02: na); "" (12: fail); null (15: fail); Lost Call with one patron line, a
 *   provider joined (21: pass) and none did (23: pass); Lost Call after two patron lines (22: fail); Practice (24: all na);
 *   a promise coded Answered (27: fail); Follow-up by me with no contact anywhere (29: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done "2026-03-05T16:02:00+01:00", 61 s before
 *   the 72 h (25: pass, only if the offset is honoured); FU_LIB, e-mail read back, "within two business days", not recorded
 *   at day 1 (26: pending); a promise to text a list "by tomorrow evening", phone read back, coded Answered, not recorded at
 *   day 4 (27: contact passes, code and on_time fail); FU_ME, the account e-mail repeated and confirmed but no time, across
 *   the 8 March change to daylight time, done Monday "16:50:00-04:00", 71 h 44 min after Friday's 16:05:51 EST end (28:
 *   contact fails, on_time passes only with real elapsed time); FU_ME, "I'll get back to you by Wednesday", no contact,
 *   recorded 72 h 30 s after the end (29: code, contact and on_time fail);
 *  referrals: the AGO's Baltimore chapter and the Peabody Preparatory in one sentence, each with its URL (03: pass); the
 *   own library's Western Maryland Room by phone and street address (06: pass); Heritage Frederick by URL and phone, from
 *   the receiving provider (08: pass); St. Anne's parish office by phone and "ask the music director at St. Mary's Church"
 *   with no contact in one message (09: fail); "it's worth asking" the Organ Historical Society, no contact (10: fail); not
 *   referrals: a shop's website where organ shoes are sold (16), a directory of singings with their contacts (17), the
 *   patron's library asked to e-mail her (26), a colleague consulted on the patron's behalf (29);
 *  transfers: an internal note but no word to the patron before the transfer (08: fail); the notice and a note saying why,
 *   both before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup ("or `pickedUpAt` when the source system records it"): 40 s,
 *   pass, though the first visible line came at 72 s (06);
 * - "Hi there, congratulations! 🎉" greets but says nobody; the second line is a question; "I'm Tess, by the way, …" in the
 *   third line is outside the first two (05: fail);
 * - "Let me look through what we have on M. P. Möller; give me a minute." is a hold; "Still searching — I've found … and I'm
 *   checking whether …" gives a partial result and says the search goes on: a hold (06); a span of exactly 120 s is not
 *   longer than `silenceSeconds` (06: pass);
 * - an internal note does not end a wait on the provider and the patron's "??" does not restart it (07: 121 s, fail);
 * - "No problem, take your time!" is not a hold, so the 190 s after it are a wait on the patron (28);
 * - "Is that her hymn?" asks whether the identification just given is what the patron was after (07: completeness passes);
 * - "Would it help if I also looked for some easier carol arrangements for you?" offers something not yet given: neither
 *   the completeness question nor "anything else?", which asks about any further need, not one named thing (11: both fail);
 *   "no thats ok" and "ok thx" are not the patron saying she is done;
 * - with no source ever given, the stop question asked before the answer counts, and "Did that help?" after an answer from
 *   memory asks whether the answer meets the need (10: clarify and completeness pass, source fails);
 * - "it's worth asking them" (the Organ Historical Society) tells the patron to contact an organisation: a referral, and it
 *   comes with no way to reach it (10: fail); "have an organ technician look at it" names no particular party;
 * - "You could also ask the music director at St. Mary's Church …" refers to a second party with no contact, in the same
 *   message as a parish office's phone number (09: fail, "every party");
 * - "Organmaster Shoes sells them … at organmastershoes.com" points to a website to use, not to a party to call, write to,
 *   ask or visit (16: no referral); a directory listing singings "with the contact for each" is a source (17);
 * - "I'm afraid that's too many questions for one chat, so I'll need to end our session now. Bye." tells the patron she has
 *   asked too many (12: dismissal fails); its "Bye." says goodbye (courteous passes);
 * - "There are several other patrons waiting … Please log back on later, or tomorrow, and we'll be glad to work through
 *   them" is the allowed ending (13: pass);
 * - "that's everything for tonight then" (13), "eso es todo" (14), "thats all for now" (25), "es todo por ahora" (26) and
 *   "es todo lo que necesitabamos" (02) say explicitly that the patron is done;
 * - "I'll end the chat for now. Thanks for contacting …" thanks the patron: a goodbye, ending the idle (16: 120 s); "It looks
 *   like you've been disconnected, so I'm going to end this chat. Thanks …" is a goodbye and the disconnect notice at once
 *   (18: 180 s, 20: 200 s, 21, 22); it does not ask whether the patron is there, so it is no check-in (20: idle fails);
 * - a greeting that adds "I'd be glad to help with that." (21) or "sorry for the wait!" (22) is still only a greeting: with
 *   only a greeting, a check-in and a notice, there is no substantive exchange (info checks na, keep_informed na);
 * - a code field left out (undefined) means the source has no codes (02: na); Lost Call with one patron line and no provider
 *   is none of the code's failures (23: pass);
 * - "Someone from Wicomico Public Libraries will e-mail you within two business days" promises contact from the patron's
 *   library and says when (26: follow-up, contact passes); she is not told to contact it, so no referral;
 * - "I'll text you the list by tomorrow evening" after the number is read back: a promise with contact and time (27:
 *   contact passes; the code Answered fails it);
 * - "Is hs.booklet@example.net, the e-mail you gave when you started the chat, the best one?" and "yes that's the one"
 *   confirm the e-mail in the chat; "I'll send what I find" gives no time (28: contact fails);
 * - "I'll ask a colleague … to look into it, and I'll get back to you by Wednesday" is a promise; the colleague is staff
 *   consulted on the patron's behalf, not a referral (29);
 * - deadlines are real elapsed time: "2026-03-05T16:02:00+01:00" is 15:02:00Z, before 15:03:01Z (25); "2026-03-09T16:50:00
 *   -04:00" is 20:50Z, before Friday's 21:05:51Z end + 72 h (28); 72 h 30 s is late (29);
 * - concurrency in a transferred session: the first provider judged over 0-72 s (three open at most), the receiver over
 *   72-181 s (three) (30: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/organs-labels.ts). First run as labelled / disagreeing: 27 / 3 (07, 09, 27); no case scored differently once
 * redacted and no check came out "could not be evaluated" (checked for all 30, LEFT ones included). Label corrections:
 * none (each disagreement reread against RUBRIC.md; every label stood). Final: 27 running, 3 LEFT (LEFT_WHY, message
 * numbers 0-based as in the scorer's evidence: "Is that her hymn?" in the answer's message not read as the completeness
 * question, 07; "You could also ask the music director at St. Mary's Church …", a second party with no contact, not read as
 * a referral, 09; "send it to you by tomorrow evening" / "You'll have the list by tomorrow evening" not read as a promise,
 * so no follow-up session, 27).
 * NOTE (rubric v74, block AN): 27 runs now ("You'll have the list by tomorrow evening." is a promise to send more later, AN8):
 *   28 running, 2 LEFT (07, 09).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Friday 6 March 2026, 16:00 EST, in seconds after T0 (the DST session, 28). */
const FRI = 4 * 24 * HOUR + 6 * HOUR;

const ELEANOR: Prov = { id: 'eleanor-og', name: 'Eleanor', library: 'EPFL' };
const PILAR: Prov = { id: 'pilar-og', name: 'Pilar', library: 'MCPL' };
const GRAHAM: Prov = { id: 'graham-og', name: 'Graham', library: 'HCLS' };
const DEV: Prov = { id: 'dev-og', name: 'Dev', library: 'AACPL' };
const TESS: Prov = { id: 'tess-og', name: 'Tess', library: 'BCPL' };
const WALTER: Prov = { id: 'walter-og', name: 'Walter', library: 'WCFL' };
const NIA: Prov = { id: 'nia-og', name: 'Nia', library: 'PGCMLS' };
const OWEN: Prov = { id: 'owen-og', name: 'Owen', library: 'AUN' };
const HELGA: Prov = { id: 'helga-og', name: 'Helga', library: 'FCPL-MD' };
const MARIAM: Prov = { id: 'mariam-og', name: 'Mariam', library: 'AACPL' };
const COLIN: Prov = { id: 'colin-og', name: 'Colin', library: 'ACLS-MD' };
const IRIS: Prov = { id: 'iris-og', name: 'Iris', library: 'HCPL-MD' };
const FRANK: Prov = { id: 'frank-og', name: 'Frank', library: 'AUN' };
const LYDIA: Prov = { id: 'lydia-og', name: 'Lydia', library: 'CCPL-CA' };
const YOLANDA: Prov = { id: 'yolanda-og', name: 'Yolanda', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-og', name: 'Hugo', library: 'TCFL' };
const ADA: Prov = { id: 'ada-og', name: 'Ada', library: 'SMCL' };
const QUINN: Prov = { id: 'quinn-og', name: 'Quinn', library: 'WIPL' };
const ROLAND: Prov = { id: 'roland-og', name: 'Roland', library: 'CCPL-CE' };
const SIMONE: Prov = { id: 'simone-og', name: 'Simone', library: 'RELGC' };
const CALEB: Prov = { id: 'caleb-og', name: 'Caleb', library: 'CCPL-CH' };
const JOAN: Prov = { id: 'joan-og', name: 'Joan', library: 'CALVERT' };
const KEITH: Prov = { id: 'keith-og', name: 'Keith', library: 'DCPL-MD' };
const QUEUE: Prov = { id: 'queue-og', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-og', name: 'Trainee 4', library: 'TRN' };
const GRACE: Prov = { id: 'grace-og', name: 'Grace', library: 'BCPL' };
const MATEO: Prov = { id: 'mateo-og', name: 'Mateo', library: 'AUN' };
const RENEE: Prov = { id: 'renee-og', name: 'Renée', library: 'HCLS' };
const MARCY: Prov = { id: 'marcy-og', name: 'Marcy', library: 'CCPL-CA' };
const DANA: Prov = { id: 'dana-og', name: 'Dana', library: 'AUN' };
const ETHAN: Prov = { id: 'ethan-og', name: 'Ethan', library: 'AUN' };
const CORINNE: Prov = { id: 'corinne-og', name: 'Corinne', library: 'EPFL' };

const s = session;

export const ORGANS: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(ELEANOR, '01 the Basilica\'s organ before a choir trip: the restatement, pipeorgandatabase.org + the Pratt catalogue, "yes thats everything", touching ends', [
    [0, 'p', 'hi! visiting the Basilica downtown next month w my choir. wondering about the history of the pipe organ there, who built it, how old etc'],
    [21, 'l', "Good morning, and thanks for contacting the Enoch Pratt Free Library! I'm Eleanor, a librarian here."],
    [28, 'l', "So you'd like the history of the Basilica's pipe organ: its builder, its age and any rebuilds since. Is this for a program or handout, or just for your own interest before the trip?"],
    [64, 'p', 'just curiosity mostly, our director might mention it tho'],
    [75, 'l', "A good place to start is the Organ Historical Society's Pipe Organ Database at pipeorgandatabase.org: search 'Basilica of the National Shrine of the Assumption' and it lists each instrument that has stood there, with builder, date and stoplist. For the building's own story, our catalog at prattlibrary.org has several histories of the Basilica; a search for 'Basilica Baltimore history' brings them up."],
    [82, 'l', 'Does that give you what you were after?'],
    [120, 'p', 'omg the stoplist is so cool. yes thats everything, thank you!!'],
    [126, 'l', "You're very welcome! Enjoy singing there, and thanks for chatting with Pratt."],
  ], usual(), {}, {
    otherIntervals: [
      other('el1', 'eleanor-og', -400, 0), other('el2', 'eleanor-og', -60, 100), other('el3', 'eleanor-og', 50, 300),
      other('el4', 'eleanor-og', 131, 600),
    ],
  }),

  // 02 Spanish; no code field
  s(PILAR, '02 himnos en español para Cuaresma con acompañamiento de órgano (Spanish): hymnary.org + Flor y Canto at ocp.org, "es todo lo que necesitabamos", no code field', [
    [0, 'p', 'Buenas noches, soy del coro de mi parroquia en Gaithersburg. Buscamos himnos en español para la misa con la partitura de órgano. Dónde podemos encontrar?'],
    [19, 'l', '¡Buenas noches! Bienvenida al servicio Ask a Librarian de las Bibliotecas Públicas del Condado de Montgomery. Soy Pilar, bibliotecaria.'],
    [26, 'l', '¿Necesitan solo la melodía y la letra, o el acompañamiento completo para el organista? ¿Y es para algún tiempo litúrgico en especial?'],
    [70, 'p', 'el acompañamiento para el organista. para cuaresma'],
    [81, 'l', "Para Cuaresma, Hymnary.org (hymnary.org) tiene muchos himnos en español con búsqueda por tema y por tiempo litúrgico, y de algunos se puede ver el acompañamiento. El cancionero católico 'Flor y Canto' tiene una edición de acompañamiento para órgano: la editorial OCP la vende en ocp.org, y pueden pedirla por préstamo interbibliotecario desde nuestro catálogo en montgomerycountymd.gov/library."],
    [88, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si, perfecto!! es todo lo que necesitabamos, mil gracias'],
    [136, 'l', '¡Con mucho gusto! Gracias por escribirnos y que les vaya muy bien con el coro.'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 03 pickup at exactly 60 s; two referred parties in one sentence, each with a URL
  s(GRAHAM, '03 a 15-year-old pianist drawn to the organ in Columbia: pickup at exactly 60 s, agohq.org, the AGO Baltimore chapter + Peabody Preparatory by URL, "no more questions"', [
    [0, 'p', "Hi, my son is 15 and plays piano and he's really interested in pipe organ now. How does a teenager even start learning organ? we're in Columbia"],
    [60, 'l', "Hello, and thanks for waiting! I'm Graham, a librarian at Howard County Library System."],
    [67, 'l', 'Has he had any chance to play a pipe organ yet, for instance at your church, or would this be his very first time at one?'],
    [100, 'p', "never, he's just watched a ton of youtube lol"],
    [112, 'l', "The American Guild of Organists runs summer Pipe Organ Encounters for teens who already play piano; dates, places and scholarships are on agohq.org under Education > Pipe Organ Encounters. For a teacher near Columbia, contact the AGO's Baltimore chapter through its site, agobaltimore.org, or the Peabody Preparatory at peabody.jhu.edu/preparatory, which teaches organ to young students."],
    [118, 'l', 'Is that the kind of start you were looking for?'],
    [150, 'p', 'yes this is great. no more questions, thank you!'],
    [156, 'l', 'My pleasure. Good luck to him, and thanks for using Ask HCLS!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s
  s(DEV, '04 a pianist filling in on a two-manual pipe organ in 3 weeks: "hello?" at 33, pickup at 61 s, Gleason + Ritchie & Stauffer in the catalogue, "thats all i needed"', [
    [0, 'p', 'im a pianist and our church organist just retired, they asked me to fill in on the organ. what book should i use to learn pedals fast'],
    [33, 'p', 'hello?'],
    [61, 'l', "Hi! Sorry for the wait. I'm Dev, a librarian with Anne Arundel County Public Library."],
    [68, 'l', 'How soon is your first Sunday, and is it a pipe organ or an electronic one?'],
    [95, 'p', '3 weeks!! pipe organ, two manuals'],
    [104, 'l', "Three weeks is tight but doable. The classic is Harold Gleason's 'Method of Organ Playing', and many pianists moving to the organ use 'Organ Technique: Modern and Early' by George Ritchie and George Stauffer for pedal drills. Our catalog at aacpl.net has both; place a hold and they'll come to your branch."],
    [110, 'l', 'Did that help?'],
    [140, 'p', 'yes!!! thats all i needed, putting the gleason on hold'],
    [146, 'l', 'Great, good luck on your first Sunday, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 05 no identification in the first two provider lines
  s(TESS, '05 organ processionals for a June wedding in Towson: "Hi there, congratulations! 🎉", a question, the name only in the third line (greeting fails), Naxos Music Library', [
    [0, 'p', "Hello, I'm getting married in June at a church in Towson, what are some traditional organ pieces for walking down the aisle? something not Here Comes the Bride lol"],
    [17, 'l', 'Hi there, congratulations! 🎉'],
    [23, 'l', "Are you after something grand and festive, or quieter and more lyrical? And does the church's organist have a list you pick from?"],
    [55, 'p', 'grand!! and no list, she said pick anything'],
    [66, 'l', "I'm Tess, by the way, a librarian at Baltimore County Public Library. Popular grand processionals are Purcell's Trumpet Tune, Clarke's 'Prince of Denmark's March' (the Trumpet Voluntary), Widor's Toccata and Handel's 'Arrival of the Queen of Sheba'. To hear them first, search each title in Naxos Music Library, free with your BCPL card from bcpl.info > eLibrary."],
    [72, 'l', 'Does that help you narrow it down?'],
    [100, 'p', 'yes! trumpet voluntary for sure. thats all i needed!'],
    [105, 'l', 'Wonderful. Congratulations again, and thank you for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 06 pickedUpAt 40 (first line at 72); a hold and an update, each answered exactly 120 s later; the own department
  s(WALTER, '06 a grandfather who voiced pipes at Möller in Hagerstown: pickedUpAt 40 (first line 72), hold at 118, update at 238, answer at 358, the Western Maryland Room by phone + address', [
    [0, 'p', 'My grandfather worked at the Möller organ factory in Hagerstown in the 1950s. Is there any info about the company or lists of workers?'],
    [72, 'l', 'Good afternoon! Walter here, a librarian at Washington County Free Library. Thanks for your patience.'],
    [78, 'l', 'Do you know which years he worked there, and what his job was?'],
    [110, 'p', 'roughly 1948 to 1962, he was a pipe voicer i think'],
    [118, 'l', 'Wonderful. Let me look through what we have on M. P. Möller; give me a minute.'],
    [238, 'l', "Still searching — I've found the company's records in the Western Maryland Room's finding aids and I'm checking whether they include employees."],
    [358, 'l', "Here's what I found: our Western Maryland Room holds a collection on the M. P. Möller Organ Company, with company publications and photographs, and its finding aid is online at washcolibrary.org under Western Maryland Room > Collections. It doesn't list individual workers, but the staff there can help you search the company newsletters and the Hagerstown papers for his name: call the Western Maryland Room at 301-555-0162, or visit it at the Central Library, 100 S. Potomac Street, Hagerstown."],
    [366, 'l', 'Does this completely answer your question?'],
    [400, 'p', "Yes, that's everything I needed. I'll call them this week. Thank you!"],
    [406, 'l', "You're very welcome, and thanks for chatting with WCFL!"],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }),

  // 07 a 121 s wait with an internal note and "??" in it; four chats at once
  s(NIA, '07 a grandmother\'s hymn from its first line: hymnary.org, "Is that her hymn?", then 121 s of silence (note at 165, "??" at 190), Freegal, four chats open at once', [
    [0, 'p', "theres a hymn my grandma used to sing, i only remember the first line 'there is a place of quiet rest'. can u find the name"],
    [18, 'l', "Hi, welcome to Ask a Librarian! I'm Nia at Prince George's County Memorial Library System."],
    [24, 'l', 'Do you remember any other words, maybe from the chorus, or what church she went to?'],
    [60, 'p', 'something about near to the heart of god? she was methodist'],
    [68, 'l', "That's the one: 'Near to the Heart of God' by Cleland B. McAfee (1903), which opens 'There is a place of quiet rest, near to the heart of God.' Hymnary.org has the full text, the tune and the hymnals it appears in (hymnary.org, search the title). Is that her hymn?"],
    [100, 'p', "YES thats it!!! i'm crying. is there a recording i can play for her, she's in a nursing home now"],
    [165, 'i', 'does anyone know if Freegal or Hoopla has Near to the Heart of God? pt on chat'],
    [190, 'p', '??'],
    [221, 'l', "So sorry for the wait! Freegal, free with your library card from pgcmls.info > eResources, has several recordings: search 'Near to the Heart of God'. You can download up to 5 songs a week."],
    [228, 'l', 'Is there anything else I can help you with?'],
    [255, 'p', 'no thats all, thank u so much'],
    [260, 'l', 'It was my pleasure. I hope she enjoys it, and thank you for chatting!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('ni1', 'nia-og', -200, 400), other('ni2', 'nia-og', 50, 250), other('ni3', 'nia-og', 120, 600)],
  }),

  // 08 a transfer with a note but no word to the patron
  s(OWEN, '08 a great-great-grandfather organist in Frederick c. 1890: a note to Helga, the transfer with no word to the patron, fcpl.org, Heritage Frederick by URL + phone', [
    [0, 'p', 'hi, my great-great-grandfather was the organist at evangelical lutheran church in frederick around 1890. how can i find out more about him?'],
    [20, 'l', "Hi, welcome to AskUsNow! I'm Owen, a librarian."],
    [27, 'l', "What's his name, and do you know roughly which years he played there?"],
    [60, 'p', 'Heinrich Vogel, maybe 1885-1900'],
    [66, 'i', 'Helga, can you take this? Pt researching 1885-1900 organist Heinrich Vogel at Evangelical Lutheran Church, Frederick. Needs local history / church records.'],
    xfer(70, 'Helga', 'helga-og'),
    [110, 'l', "Hello! This is Helga at Frederick County Public Libraries, and I'll be helping you from here.", as(HELGA)],
    [118, 'l', "The Maryland Room at our C. Burr Artz Library has the Frederick newspapers on microfilm and an obituary index, searchable on fcpl.org under Maryland Room; church organists often turn up in the concert notices. The Frederick County Historical Society (Heritage Frederick) holds church records too: you can reach them at heritagefrederick.org or 301-555-0144.", as(HELGA)],
    [124, 'l', 'Does that give you a place to start?', as(HELGA)],
    [160, 'p', 'yes thank you! thats everything'],
    [166, 'l', 'Happy hunting, and thanks for using AskUsNow!', as(HELGA)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 09 the answer straight after the greeting; two parties in one message, one with no contact
  s(MARIAM, '09 hearing a pipe organ live in Annapolis: the answer at once (no question), usna.edu, St. Anne\'s office by phone + "ask the music director at St. Mary\'s" (no contact)', [
    [0, 'p', 'where can i hear a real pipe organ played live in annapolis? visiting family next weekend'],
    [16, 'l', "Hi! This is Mariam with Anne Arundel County Public Library's Ask a Librarian."],
    [22, 'l', "The Naval Academy Chapel has one of the largest church organs in the country, and its concert and recital calendar is at usna.edu/Chapel. St. Anne's Episcopal Church on Church Circle often has organ music on Sundays: call the parish office at 410-555-0117 to ask what's on. You could also ask the music director at St. Mary's Church whether they have a recital coming up."],
    [28, 'l', 'Did that help?'],
    [60, 'p', 'yes thats great thanks. thats all i needed'],
    [65, 'l', 'Enjoy the music, and thanks for chatting with us!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 10 no source; the Organ Historical Society to ask, with no way to reach it
  s(COLIN, '10 a cipher on a Frostburg church organ: the stop asked about, advice from memory (no source), "it\'s worth asking" the Organ Historical Society (no contact)', [
    [0, 'p', 'our little church in frostburg has an old pipe organ and one note keeps sounding by itself even when no key is pressed. what causes that?'],
    [22, 'l', 'Hello! Colin here, a librarian at Allegany County Library System. Thanks for reaching out.'],
    [28, 'l', 'Does it happen on every stop, or only when one particular stop is pulled out?'],
    [65, 'p', 'only one stop i think, the flute one'],
    [74, 'l', "That's what organists call a cipher. When it's limited to one stop, it's usually a pallet or a pipe valve under that stop's chest that's stuck open, often from dust, a dead leaf or a part swollen in damp weather. It's not something to fix from the console: keep that stop off for now and have an organ technician look at it. The Organ Historical Society may be able to tell you who services organs in Western Maryland, so it's worth asking them."],
    [80, 'l', 'Did that help?'],
    [110, 'p', 'yes makes sense. thats all i needed, thanks'],
    [115, 'l', 'Glad to help, and thanks for contacting us!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 11 an offer instead of the completeness question; "ok thx"
  s(IRIS, '11 the order of a Lessons and Carols service: kings.cam.ac.uk + Carols for Choirs, "Would it help if I also looked for …" (an offer), "Sounds good!", "ok thx"', [
    [0, 'p', 'what order do the readings and carols go in for a lessons and carols service? our church wants to do one in december'],
    [20, 'l', "Hi there! I'm Iris, a librarian at Harford County Public Library."],
    [26, 'l', "Are you planning to follow the traditional King's College service closely, or adapt it for a small parish choir?"],
    [60, 'p', 'pretty close to the traditional one but small choir'],
    [70, 'l', "The traditional order is nine lessons, from Genesis 3 to John 1, each followed by a carol or hymn, opening with 'Once in Royal David's City'. King's College Cambridge posts the full order of service each year on its website, kings.cam.ac.uk (search 'Festival of Nine Lessons and Carols'), and our catalog at hcplonline.org has 'Carols for Choirs 1', with arrangements a small choir can manage."],
    [76, 'l', 'Would it help if I also looked for some easier carol arrangements for you?'],
    [110, 'p', 'no thats ok'],
    [115, 'l', 'Sounds good!'],
    [130, 'p', 'ok thx'],
    [136, 'l', 'Take care, bye!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 12 "too many questions for one chat"; code ""
  s(FRANK, '12 copying anthems for a choir, then a list: onelicense.net + ccli.com, "that\'s too many questions for one chat, so I\'ll need to end our session now. Bye.", code ""', [
    [0, 'p', 'I direct a small church choir. Can we photocopy anthems from an old book we own for the choir folders?'],
    [18, 'l', 'Hi, this is Frank, a librarian with AskUsNow!.'],
    [24, 'l', 'Is the book still in print, or is it really old, like from before 1930?'],
    [55, 'p', '1960s'],
    [63, 'l', 'Then the anthems are probably still under copyright, and copying them needs permission from the publisher or a license. Many churches use a reprint license from OneLicense (onelicense.net) or CCLI (ccli.com), which together cover a lot of choral and hymn copyrights. Did that answer your question?'],
    [95, 'p', 'ok yes. but what about recording our services for youtube, and projecting lyrics, and do we need a license for the organ prelude, and what about arranging a hymn ourselves'],
    [101, 'l', "I'm afraid that's too many questions for one chat, so I'll need to end our session now. Bye."],
    [115, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 13 the allowed "other patrons waiting"
  s(LYDIA, '13 Bach\'s chorales for a seminarian, then four more topics: bach-cantatas.com + imslp.org, "several other patrons waiting … log back on later", "that\'s everything for tonight then"', [
    [0, 'p', "Hello, I'm a seminary student writing about Lutheran chorales. Where can I find the original German texts of Bach's chorales?"],
    [22, 'l', "Good evening, and welcome to Ask a Librarian! I'm Lydia at Carroll County Public Library."],
    [28, 'l', "Do you need the texts only, or the texts with Bach's four-part harmonizations?"],
    [60, 'p', 'texts with the harmonizations ideally'],
    [70, 'l', "The Bach Cantatas Website (bach-cantatas.com) gives the German text and an English translation of every chorale Bach set, indexed by chorale title, and the 371 four-part chorales are free as scores on IMSLP (imslp.org, search 'Bach 371 Chorales'). Is that what you were looking for?"],
    [105, 'p', "yes, thank you. also could you find me sources on pietism, luther's hymn theology, the history of the chorale prelude, and lutheran liturgy in colonial maryland"],
    [113, 'l', "Those are all great topics, but each one deserves its own search, and there are several other patrons waiting for help right now. Please log back on later, or tomorrow, and we'll be glad to work through them with you one at a time."],
    [135, 'p', "understood, that's everything for tonight then. thanks!"],
    [140, 'l', 'Thank you for understanding, and good luck with the paper!'],
  ], usual()),

  // 14 partly Spanish, the provider's "¿Hay algo más …?"
  s(YOLANDA, '14 himnos bilingües para el funeral de una abuela en Silver Spring (partly Spanish): hymnary.org, "¿Le sirve …?", "¿Hay algo más en que le pueda ayudar?", "eso es todo"', [
    [0, 'p', 'hi, mi abuela falleció y el funeral es el sábado en st. camillus en silver spring. queremos himnos en español y en inglés. any ideas?'],
    [20, 'l', 'Hola, lo siento mucho por su pérdida. Soy Yolanda, bibliotecaria de AskUsNow!. Hello — I can help in Spanish or English.'],
    [27, 'l', '¿La misa será en español, en inglés o bilingüe? ¿Tiene el coro o el organista de la parroquia una lista de himnos?'],
    [65, 'p', 'bilingue. the organist said we can pick 3'],
    [76, 'l', "Para un funeral bilingüe, muchas familias eligen 'Pescador de Hombres' (en inglés 'Lord, You Have Come to the Lakeshore') y 'Entre Tus Manos', que tienen versiones en los dos idiomas, y 'Be Not Afraid' en inglés. Hymnary.org (hymnary.org) tiene la letra y la partitura de cada uno para que el organista los vea."],
    [82, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si, gracias. pescador de hombres was her favorite'],
    [126, 'l', 'Qué bonito. ¿Hay algo más en que le pueda ayudar?'],
    [150, 'p', 'no, eso es todo. gracias por todo'],
    [156, 'l', 'Con mucho gusto. Mis condolencias a su familia, y gracias por escribirnos.'],
  ], usual()),

  // 15 a goodbye 119 s after the answer; code null
  s(HUGO, '15 Bach\'s Toccata and Fugue for a Halloween video: musopen.org + archive.org, "Does that help?", a goodbye 119 s later (no check-in needed), code null', [
    [0, 'p', "is bach's toccata and fugue in d minor copyright free? want to use the organ recording in a halloween video for my channel"],
    [19, 'l', "Hi! I'm Hugo, a librarian at Talbot County Free Library."],
    [25, 'l', 'Are you planning to use an existing recording, or to play or make your own?'],
    [55, 'p', 'existing recording'],
    [66, 'l', "Bach's music itself is public domain, but each recording has its own copyright, so you need a recording that's free to use. Musopen (musopen.org) offers public-domain and Creative Commons organ recordings you can download, and the Internet Archive's audio collection at archive.org has older public-domain ones; check the license on each track. Does that help?"],
    [185, 'l', 'Thanks for chatting, and good luck with the video!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 16 final idle of exactly 120 s with a check-in; the greeting across two lines
  s(ADA, '16 organ shoes for a daughter starting lessons: "Hello, and thanks for your question!" then the name, organmastershoes.com, "Are you still there?", goodbye 120 s after the answer', [
    [0, 'p', 'do organists really need special shoes? my daughter just started organ lessons'],
    [21, 'l', 'Hello, and thanks for your question!'],
    [27, 'l', "This is Ada at St. Mary's County Library. What size does she wear, kids' or adult sizes?"],
    [60, 'p', 'womens 7'],
    [68, 'l', "Yes, most teachers recommend them: organ shoes have thin suede soles and a small heel, so the feet can feel the pedals and slide between notes. Organmaster Shoes sells them in women's sizes at organmastershoes.com, and the American Guild of Organists has tips on organ shoes for students at agohq.org. Did that help?"],
    [150, 'l', 'Are you still there?'],
    [188, 'l', "I'll end the chat for now. Thanks for contacting St. Mary's County Library, and happy practicing!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 17 final idle of 179 s: a check-in, no notice needed
  s(QUINN, '17 Sacred Harp singing near Salisbury: fasola.org\'s directory of singings, "Hi, are you still with me?", "Thanks … come back anytime!" 179 s after the answer', [
    [0, 'p', 'is there anywhere around salisbury to do shape note singing? like sacred harp'],
    [18, 'l', 'Hi! Quinn here, a librarian with Wicomico Public Libraries.'],
    [24, 'l', 'Have you sung from the Sacred Harp before, or would you want a beginners\' singing school first?'],
    [55, 'p', 'never, just heard it on a podcast'],
    [64, 'l', "The Sacred Harp singings directory at fasola.org lists regular local singings and all-day singings by state, with the contact for each, and the site's 'Singing School' pages explain the shapes and how a singing works for newcomers. Is that what you were looking for?"],
    [160, 'l', 'Hi, are you still with me?'],
    [243, 'l', 'Thanks for chatting with Wicomico Public Libraries — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 final idle of exactly 180 s: a check-in and the notice with thanks
  s(ROLAND, '18 a Hook & Hastings nameplate in Elkton: the opus asked about, pipeorgandatabase.org, "Hello? Are you still there?", the notice with thanks exactly 180 s after the answer', [
    [0, 'p', 'the organ at our church in elkton has a plate that says Hook & Hastings, Boston. how old could it be?'],
    [20, 'l', "Hello! I'm Roland, a librarian at Cecil County Public Library."],
    [26, 'l', 'Is there an opus number on the plate, or only the company name?'],
    [58, 'p', 'opus 1432 i think'],
    [70, 'l', "Hook & Hastings numbered their organs in order, so the opus number dates it. The OHS Pipe Organ Database (pipeorgandatabase.org) lists Hook & Hastings instruments by opus, with the year and the original location; search 'Hook & Hastings' and your opus. Does that answer your question?"],
    [190, 'l', 'Hello? Are you still there?'],
    [250, 'l', "It looks like you've been disconnected, so I'm going to end this chat. Thanks for using Ask a Librarian, and feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 19 final idle of 181 s: a check-in and a plain goodbye
  s(SIMONE, '19 theatre organs still playing in Maryland: atos.org, "Just checking — are you still there?", a plain goodbye 181 s after the answer (no notice)', [
    [0, 'p', 'are there any old theater organs still playing in maryland? the mighty wurlitzer kind'],
    [19, 'l', 'Hi, this is Simone at Ruth Enlow Library of Garrett County. Thanks for writing in!'],
    [25, 'l', 'Are you hoping to hear one played live, or researching their history?'],
    [60, 'p', 'hear one live'],
    [70, 'l', "The American Theatre Organ Society lists working theatre organs and concert dates by state on its website, atos.org (see the Theatre Organ Locator), and its Maryland-area chapter page there lists upcoming shows. Does that help?"],
    [180, 'l', 'Just checking — are you still there?'],
    [251, 'l', 'Thanks for chatting, and enjoy the show!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 20 only the notice, 200 s after the answer
  s(CALEB, '20 chant books for a new Gregorian schola: musicasacra.com + the catalogue, no check-in, "It looks like you\'ve been disconnected, so I\'ll close this chat now. Thanks …" 200 s after', [
    [0, 'p', 'our parish is starting a small gregorian chant schola. where do we get the chant books, like the graduale or liber usualis?'],
    [23, 'l', 'Good evening! Caleb here, a librarian at Charles County Public Library.'],
    [29, 'l', 'Will you be singing at the Latin Mass, or at the ordinary form of the Mass?'],
    [70, 'p', 'ordinary form, novus ordo'],
    [80, 'l', "For the ordinary form, the main book is the Graduale Romanum (1974). The Church Music Association of America posts free PDFs of the Graduale Romanum, the Liber Usualis and simpler chant books on its site, musicasacra.com, under 'Books'. Our catalog at ccplonline.org also has introductions to reading square notes; search 'Gregorian chant'. Did that help?"],
    [280, 'l', "It looks like you've been disconnected, so I'll close this chat now. Thanks for contacting Charles County Public Library!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 21 a true Lost Call
  s(JOAN, '21 organ music CDs to borrow (Lost Call): greeting only, "Hi, are you still there?" at 150, "It seems you\'ve been disconnected … come back anytime!" at 320', [
    [0, 'p', 'does the library have any cds of church organ music i can borrow'],
    [24, 'l', "Hi there! I'm Joan, a librarian at Calvert Library. I'd be glad to help with that."],
    [150, 'l', 'Hi, are you still there?'],
    [320, 'l', "It seems you've been disconnected, so I'll close this session now. Thanks for reaching out, and please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Lost Call after two patron lines
  s(KEITH, '22 Amazing Grace in the United Methodist Hymnal (Lost Call): the question, "hello? anyone", greeting at 52, a check-in, a notice with thanks; two patron lines', [
    [0, 'p', 'hi can you tell me what hymn number amazing grace is in the united methodist hymnal'],
    [35, 'p', 'hello? anyone'],
    [52, 'l', 'Hi, sorry for the wait! This is Keith at Dorchester County Public Library.'],
    [180, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've disconnected. I'll end this chat now, but feel free to come back anytime. Thank you!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '23 the Sunday organ recital at the Cathedral of Mary Our Queen: no provider ever joined, the queue\'s line, the patron left, Lost Call with one patron line', [
    [0, 'p', 'what time is the organ recital at the cathedral of mary our queen sunday'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you shortly.'],
    left(95),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (organ recital listings macro): coded Practice, every check na', [
    [0, 'p', 'test - organ recital listings macro'],
    [10, 'l', 'Testing: organ recital listings are at samplelibrary.org/events'],
    [22, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 FU_ME, e-mail read back, "by Thursday afternoon", done at +01:00, 61 s before the deadline
  s(GRACE, '25 a 1985 organ dedication at Trinity Episcopal, Towson: ProQuest via bcpl.info, e-mail read back, "by Thursday afternoon", done 2026-03-05T16:02:00+01:00', [
    [0, 'p', "Hi, my father played at the dedication of the new organ at Trinity Church in Towson in 1985. Is there any newspaper article about it? He'd love a copy for his 80th"],
    [20, 'l', "Good morning! I'm Grace, a librarian at Baltimore County Public Library."],
    [26, 'l', 'Do you know the month of the dedication, and was it Trinity Episcopal on Allegheny Avenue?'],
    [70, 'p', 'yes trinity episcopal, in the fall i think, september or october'],
    [80, 'l', "The Baltimore Sun for 1985 is in ProQuest Historical Newspapers, free with your card at bcpl.info > Research > Newspapers; searching 'Trinity' 'organ' 'Towson' for 1985 is the quickest way in. The Towson weekly papers aren't indexed online, though, so I can search our microfilm for you and e-mail you scans of anything I find. What's the best e-mail for you?"],
    [120, 'p', 'that would be amazing. its r.hollis55@example.com'],
    [127, 'l', "Thank you: r.hollis55@example.com. I'll send what I find by Thursday afternoon. In the meantime, does that ProQuest search help?"],
    [170, 'p', "yes, I'm in. thats all for now, thanks so much!"],
    [176, 'l', "You're welcome — thanks for chatting, and talk soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T16:02:00+01:00' }] }, { now: T0 + 5 * DAY }),

  // 26 FU_LIB (partly Spanish), e-mail read back, "within two business days", not recorded at day 1
  s(MATEO, '26 un organista para una boda en Salisbury (partly Spanish): agohq.org, the patron\'s library to e-mail names, e-mail read back, "within two business days", pending at day 1', [
    [0, 'p', 'hi, necesito un organista para mi boda en salisbury en mayo. the church has an organ but no organist right now. where do i look?'],
    [22, 'l', "Hi! ¡Hola! I'm Mateo, a librarian with AskUsNow!, Maryland's statewide library chat. I can help in English or Spanish."],
    [29, 'l', "What's the date in May, and would you want the organist for just the ceremony, or for a prelude too?"],
    [70, 'p', 'may 16. ceremony and prelude'],
    [80, 'l', "Organists often keep substitute lists through the American Guild of Organists: the AGO's chapter finder at agohq.org shows the chapter for the Eastern Shore, and chapter sites often post a substitute list. Wicomico Public Libraries' staff also know local church musicians, so I'll ask them to e-mail you some names. What e-mail should they use?"],
    [112, 'p', 'ana.quiroga@example.com'],
    [118, 'l', 'Got it: ana.quiroga@example.com. Someone from Wicomico Public Libraries will e-mail you within two business days. ¿Le sirve la página de la AGO mientras tanto?'],
    [150, 'p', 'si, muchas gracias!! es todo por ahora'],
    [156, 'l', '¡Con gusto! Congratulations, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 27 a promise to text a list, coded Answered; not recorded at day 4
  s(RENEE, '27 free SAB anthems for a volunteer choir in Ellicott City: cpdl.org + imslp.org, "send it to you by tomorrow evening", phone read back, coded Answered, none at day 4', [
    [0, 'p', 'hello! i lead a volunteer choir in ellicott city, we have almost no budget. where can we get free sheet music for anthems?'],
    [17, 'l', 'Hi! Renée here, a librarian at Howard County Library System. Happy to help.'],
    [23, 'l', 'How many parts can your choir manage: SATB, or fewer, like SAB or unison?'],
    [60, 'p', 'SAB usually, we have like 3 tenors lol'],
    [68, 'l', "The Choral Public Domain Library at cpdl.org has thousands of free anthems you can print, and you can filter by voicing (SAB) and by season. IMSLP (imslp.org) has older choral scores too. I can also put together a short list of easy SAB anthems from CPDL for the coming season and send it to you by tomorrow evening. Would e-mail or a text be easier?"],
    [100, 'p', 'text pls, 443 555 0199'],
    [106, 'l', "Got it: 443-555-0199. You'll have the list by tomorrow evening. Did the CPDL site help for now?"],
    [140, 'p', "yes!! that's all i needed"],
    [145, 'l', 'Wonderful, thanks for chatting and happy singing!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 28 FU_ME, the account e-mail confirmed but no time; done across the change to daylight time
  s(MARCY, '28 a 1911 Möller for a Westminster church\'s 150th (Friday 16:00 EST): "take your time", the account e-mail confirmed, no time, done Monday 16:50 EDT (71 h 44 min)', [
    [FRI + 0, 'p', "Hi, our church in Westminster turns 150 next year and I'm writing the history booklet. I'm looking for anything about our organ, it was installed in 1911 I think"],
    [FRI + 21, 'l', "Hello, and thanks for contacting Carroll County Public Library! I'm Marcy."],
    [FRI + 27, 'l', 'Which church is it, and do you know who built the organ?'],
    [FRI + 55, 'p', "St. Paul's UCC. hold on, I have the builder's name in a file somewhere, give me a minute to find it"],
    [FRI + 60, 'l', 'No problem, take your time!'],
    [FRI + 250, 'p', 'found it: M. P. Moller, opus 1187'],
    [FRI + 258, 'l', "Thank you! The OHS Pipe Organ Database (pipeorgandatabase.org) should have an entry for Möller opus 1187, with its stoplist and any later changes. Our local history files and the 1911 Westminster papers on microfilm aren't online, so I'll look through them and e-mail you what I find about the installation. Is hs.booklet@example.net, the e-mail you gave when you started the chat, the best one?"],
    [FRI + 300, 'p', "yes that's the one"],
    [FRI + 306, 'l', "Great, I'll send what I find. Does the database entry help for now?"],
    [FRI + 340, 'p', "yes it does, that's all I needed. thank you!"],
    [FRI + 346, 'l', "You're welcome, and thanks for chatting!"],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME,
    startedAt: at(FRI),
    patron: { name: null, email: 'hs.booklet@example.net', phone: null },
    followUps: [{ doneAt: '2026-03-09T16:50:00-04:00' }],
  }, { now: T0 + 8 * DAY }),

  // 29 FU_ME with no contact anywhere; recorded 72 h 30 s after the end
  s(DANA, '29 a Cumberland minister\'s 1920s hymn: hymnary.org finds nothing, "I\'ll get back to you by Wednesday", no contact anywhere, FU_ME, recorded 72 h 30 s after the end', [
    [0, 'p', "hey so our pastor says a hymn we sing at church, 'Shepherd of the Hills', was written by a minister here in Cumberland back in the 1920s. is it in any hymnal?"],
    [20, 'l', "Hi there! Dana with AskUsNow! here, I'm a librarian."],
    [26, 'l', "Do you know the minister's name, or which denomination the church was?"],
    [60, 'p', 'rev. something harlan? methodist'],
    [70, 'l', "Hymnary.org (hymnary.org) indexes the texts of thousands of hymnals, and a search there for 'Shepherd of the Hills' by an author named Harlan turns up nothing, so it may only have been printed locally. I'll ask a colleague who knows Western Maryland church history to look into it, and I'll get back to you by Wednesday."],
    [100, 'p', 'ok cool'],
    [106, 'l', 'In the meantime, did the Hymnary search help at all?'],
    [130, 'p', 'kinda lol'],
    [135, 'l', 'Thanks for your patience, and take care!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME,
    followUps: [{ doneAt: at(140 + 72 * HOUR + 30) }],
  }, { now: T0 + 5 * DAY }),

  // 30 a transfer with a notice and a note; concurrency over the parts each provider handled
  s(ETHAN, '30 Messiaen organ scores for lessons: "I\'m going to transfer you to her", a note why, Corinne, the Pratt catalogue; Ethan\'s other chats pile up after the transfer', [
    [0, 'p', "hi, i'm an organ student and need to borrow scores of messiaen's organ works, like la nativité du seigneur. any library in maryland have them?"],
    [19, 'l', 'Hello! Ethan here, a librarian with AskUsNow!.'],
    [25, 'l', 'Do you need a particular edition, or any edition you can play from?'],
    [55, 'p', 'any edition is fine, its for lessons'],
    [63, 'l', "The Pratt's music librarian is on chat right now and knows their score collection, so I'm going to transfer you to her. One moment, please stay in the chat."],
    [66, 'i', 'Corinne, could you take this one? Organ student wants to borrow Messiaen organ scores (La Nativité du Seigneur), any edition. Scores are your area.'],
    xfer(72, 'Corinne', 'corinne-og'),
    [115, 'l', 'Hi, Corinne at Enoch Pratt Free Library here! Happy to help with the Messiaen.', as(CORINNE)],
    [123, 'l', "We have La Nativité du Seigneur (the Leduc edition, all four volumes) among our circulating scores: search the title at prattlibrary.org and place a hold. If you don't have a Pratt card yet, any Maryland resident can sign up for one online.", as(CORINNE)],
    [129, 'l', 'Does that completely answer your question?', as(CORINNE)],
    [170, 'p', 'yes thats perfect, thats all i needed!'],
    [176, 'l', 'Enjoy the Messiaen, and thanks for chatting!', as(CORINNE)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('et1', 'ethan-og', -200, 40), other('et2', 'ethan-og', 10, 300), other('et3', 'ethan-og', 73, 500),
      other('et4', 'ethan-og', 80, 600), other('co1', 'corinne-og', -300, 400), other('co2', 'corinne-og', 100, 200),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ORGANS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('07')]:
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"). Message 4 ends: "Hymnary.org has the full text, the tune and the hymnals it appears in (hymnary.org, search the title). Is that her hymn?" Asked in the first message that gives a source and an answer, it asks whether the hymn just identified is the one the patron was looking for, which is RUBRIC.md\'s own example "Is that what you were looking for?" in other words: the information already given, not something not yet given.',
  [byNo('09')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence only St. Anne\'s). Message 2, after "call the parish office at 410-555-0117": "You could also ask the music director at St. Mary\'s Church whether they have a recital coming up." The patron is told to ask a second named party (the Terms\' "ask … them"), and nothing in the chat gives St. Mary\'s an e-mail, phone, postal address or URL; RUBRIC.md passes only when "every party the patron is referred to comes with a way to reach them".',
};

describe('eighty-seventh round: pipe organs and church music, checked', () => {
  describeSessions('whole sessions', ORGANS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ORGANS.filter((c) => c.name in LEFT_WHY));
});
