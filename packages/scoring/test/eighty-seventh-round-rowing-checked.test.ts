/**
 * Eighty-seventh round, theme ROWING, CREW AND DRAGON BOATS, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! chats: learning to row (an adult learn-to-row course on Baltimore's Middle Branch, a
 * fifteen-year-old near Bladensburg partly in Spanish, adaptive rowing for a boy in a wheelchair near Frederick partly in
 * Spanish, a 61-year-old buying a used single scull near Salisbury, a 64-year-old's 500 m split at the Y), school and college
 * crew (a daughter's first regatta at Walt Whitman in Spanish, a middle school coxswain's calls, first-week blisters, NCAA
 * recruiting and erg scores, Maryland colleges with crews, a PE teacher's ten donated rowing machines in Cumberland, a rib
 * stress fracture), gear and rules (an air or a water rower for a basement, boat classes 2x 4- 8+ on the Olympics replays,
 * life jackets in a racing single on the Choptank, a Whitehall skiff to build with a grandson), dragon boats (a survivors'
 * team near Annapolis for a mother after chemo, an office team for the Inner Harbor race, a fourth grader's Dragon Boat
 * Festival project, the festival at National Harbor in Spanish, Deep Creek Lake) and history (a great-grandfather in the
 * Arundel Boat Club about 1900, a grandfather on the Tred Avon in the 1950s, the 1987 Stotesbury Cup, Navy's 1952 Olympic
 * eight, The Boys in the Boat for a paper and for a book club, Olympic race lengths). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s76/rowing-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 17-26 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello??" at 35 (04: fail); `pickedUpAt` at 50 s
 *   with the first visible line at 72 s (06: pass on the recorded pickup); `startedAt` written in UTC ("…T15:00:00Z") with the
 *   lines at -05:00 (16: 17 s, pass); no provider ever, only the queue's system line (23: fail);
 *  greeting: "Hi! Thanks for contacting Ask Pratt — I'm Talia, …" (01), Spanish "¡Buenas noches! Bienvenida a AskUsNow!, le
 *   atiende Lucía, …" (02), "Hello, this is Nina with …" (19), "Hi there, thanks for contacting Queen Anne's County Library!
 *   I'm Tobias." (28), "Hi there!" then the name in the second line (18: pass); "This is Dev with Howard County Library
 *   System." with no greeting word (05: fail); "Hi there! Happy to explain." and a question, the name only in the third line
 *   (25: fail); na with no provider (23) and Practice (24);
 *  keep_informed: two holds of exactly 120 s, the second "Still searching — I have a couple of regatta reports …" (06: pass);
 *   a patron question left 121 s with an internal note at 150 and "??" at 180 (07: fail); a greeting at 16 and the answer at
 *   206 with nothing from the patron between (09: waiting on the patron, pass); "No rush, take your time!" and the patron back
 *   204 s later (10: pass); a transfer announcement answered 47 s later and the receiver's "Let me look at our book club kits."
 *   answered 68 s later (30: pass); the patron's last lines unanswered (12, 13, 15: open at the end); na (21, 23, 24);
 *  clarify: the restatement "So you're choosing between an air rower like the Concept2 and a water rower …" (04); questions on
 *   experience, the regatta, the mother's plans, the boat, the years, the 2k, kind of material, varsity or club, shell type,
 *   year or club, age, grades, first-time builders, general or research; the answer straight after the greeting (09: fail);
 *   the weight asked inside the first message that gives a source (10: fail); no source ever and a question before the answer
 *   (11: pass); Spanish questions (02, 15, 22) and a bilingual one (27);
 *  source: baltimorerowing.org, prattlibrary.org, the Baltimore Sun in ProQuest Historical Newspapers, chroniclingamerica.loc.gov,
 *   usrowing.org, ibcpc.com, Consumer Reports through bcpl.info, concept2.com, row2k.com, hclibrary.org and Britannica School,
 *   eligibilitycenter.org, worldrowing.com, wicomicolibrary.org and Rowing Faster, medlineplus.gov, pubmed, Gale's Student
 *   Resources in Context, gohuskies.com, usdbf.org, pgparks.com, hstc.org, shapeamerica.org, dnr.maryland.gov,
 *   stotesburycup.com, nationalharbor.com, usna.edu, woodenboat.com, named books (The Boys in the Boat / Los chicos del barco,
 *   Mind Over Water, Building Classic Small Craft); e-mail and phone contacts for referrals (03, 14, 16); none: numbers from
 *   memory, "Concept2's ErgData app" and "US Rowing" named with no way to reach them (11: fail);
 *  completeness: "Does that give you what you need to get started?", "¿Esto responde a su pregunta?", "Did that answer your
 *   question?", "Is that what you were looking for?", "Does this help him get started?", "Does this completely answer your
 *   question?", "Did that settle it?" (09), "Does that work for your club?" (30), "Does WoodenBoat's plan page look like what
 *   you had in mind?" (28), "¿le sirve el mapa de US Rowing?" (27), after an answer with no source (11: pass); the offer "Want
 *   me to look for some videos on grip technique too?" (12: fail); "would ready-made lesson plans be what you need …?" asked
 *   before anything was given, and nothing after (18: fail);
 *  anything else: asked by the provider (03, 05, 07, 20, 29) and inside a check-in (16); the patron's "thats everything",
 *   "es todo!", "no thats all", "that's all i needed", "that's all I needed", "thats all i wanted to know", "thats all i
 *   need", "thats all for now then", "that's everything for today", "es todo por hoy", "thats everything", "thats all we
 *   needed"; near misses "Feel free to come back if you have other questions." then "ok thx" (12: fail), "yes!" (11), "wow
 *   ok" (13), "ah ok..." (15);
 *  dismissal: "Each chat is limited to 15 minutes and your time is up. Please start a new chat …" (13: fail); "several other
 *   patrons waiting right now, so please log back on later" (14: allowed, pass); "tengo otras cosas que atender, así que voy a
 *   cerrar el chat ahora." with no way back (15: fail); Practice with "your time is up" in it (24: na);
 *  courteous: goodbyes in English and Spanish, an invitation back (12, 13, 21); the last two provider lines an answer and the
 *   Spanish closing (15: fail), a check-in and a notice with no thanks (19: fail);
 *  final idle: the answer, a check-in that asks for anything else and a goodbye 119 s after the answer (16: na); "Still with
 *   me?" and a goodbye 120 s after (17: pass); a goodbye 121 s after with no check-in (18: fail); "Are you still with me?" and
 *   "It seems you may have disconnected, so I'll end the chat now." with no goodbye, ended exactly 180 s after the answer (19:
 *   both pass, courteous fails); a check-in and a plain goodbye 181 s after the anything-else question (20: idle passes,
 *   notice fails); a true Lost Call with a check-in and a notice that invites back (21); a Spanish notice with thanks and no
 *   check-in 185 s after (22: idle fails, notice passes); the patron's last line the last visible one (12, 13, 15, 23);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 120 s to the end (07: four, fail); a transfer where the first provider's other chats pile up only
 *   after the transfer and the receiver has two others (30: pass over the parts each handled);
 *  codes: Answered; a deployment's own code "Ready Reference" (09: pass); no code field at all (02: na); "" (15: fail); Lost
 *   Call with one patron line (21, and 23 with no provider: pass) and with two (22: fail); Practice (24: all na); a promise coded
 *   Answered (28: fail); Follow-up by me with no contact anywhere (11: fail); Follow-up by me with the e-mail only in
 *   `patron.email` (29: pass);
 *  follow-ups: FU_ME, the e-mail typed and read back, "by Tuesday afternoon", a Saturday session before the switch to daylight
 *   time, done at 10:55 -04:00 on Tuesday, 71 h 52 min after the end (26: pass only with the offsets honoured); FU_LIB, the phone
 *   typed as ten digits and read back as "(240) 555-0171", "by Wednesday evening", not recorded at exactly 72 h after the start
 *   (27: the deadline a few minutes off, pending); a promise to e-mail from interlibrary loan coded Answered, the e-mail read
 *   back, "by Thursday", recorded exactly 72 h after the end (28: code fails, contact and on_time pass); "e-mail them to the
 *   address on your library account tomorrow", the e-mail only in `patron.email`, recorded 72 h 1 min after (29: contact and
 *   on_time fail); "I'll send over what turns up", the e-mail read back but no time, not recorded at day 4 (20: contact and
 *   on_time fail); "I'll ask her … and get back to you" with no contact and no time, not recorded at day 1 (11: pending);
 *  referrals: a survivors' team by e-mail and phone (03: pass); three parties in one message, the organizers by e-mail, a club
 *   by phone, "ask the Havre de Grace parks office" with none (14: fail); two parties in one message, by e-mail and by phone
 *   (16: pass); the own library's Maryland Room to visit at 100 West Dover Street (17: pass); not referrals: the adult
 *   services librarian consulted on the patron's behalf (11), the patron's library asked to call her (27), agencies' web pages
 *   (dnr.maryland.gov 19, usna.edu 26), microfilm the provider reads herself (26);
 *  transfers: the note to the receiver before the transfer but no word to the patron (08: fail); a notice ("I'm going to
 *   transfer you to her — just a moment please") and a note saying why, both before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 50 s, pass, though the first visible line came at 72 s (06);
 * - "This is Dev with Howard County Library System." identifies but greets no one (05: fail); "Hi there! Happy to explain."
 *   greets but says nobody is answering: the name in the third line is outside the first two (25: fail);
 * - "Still searching — I have a couple of regatta reports … and I'm checking the later years now." gives a partial result and
 *   says the search goes on: a hold (06); "Let me look at our book club kits." is a hold (30); a transfer announcement is a hold
 *   (30); "No rush, take your time!" is not (10);
 * - a provider greeting is not a hold, so the patron's question is answered by it and waiting on the patron begins: 190 s
 *   between the greeting and the answer, with nothing from the patron, is no wait on the provider (09: pass);
 * - an internal note does not end a wait on the provider and the patron's "??" does not restart it (07: 121 s, fail);
 * - a question inside the message that first gives a source is not "before" it (10: fail);
 * - with no source ever given, the question before the answer counts (11); numbers from memory are an answer, so "Did that help
 *   for now?" after it asks whether the information given meets the need (11: pass);
 * - "Concept2's ErgData app" and "US Rowing" are an app and an organisation named without a way to reach them: no source (11);
 * - "Did that settle it?" (09) and "Does that work for your club?" (30) ask whether what was given meets the need;
 * - "Want me to look for some videos on grip technique too?" offers something not yet given (12: fail); "would ready-made lesson
 *   plans be what you need …?" asks before anything was given and is not "in or after" it (18: fail; it still clarifies);
 * - "Feel free to come back if you have other questions." invites but does not ask (12: anything else fails, courteous passes
 *   on the invitation); "Anything else I can find for you?" inside a check-in asks (16);
 * - "thats all for now then" (14), "that's everything for today" (26), "es todo por hoy" (27), "es todo!" (02), "thats all i
 *   wanted to know" (09) and "thats all i need" (08) say explicitly that the patron is done; "ok thx", "yes!", "wow ok" do not;
 * - "your time is up" fails the dismissal check whatever follows it: the rubric's "without offering a way back" qualifies only
 *   "otherwise ends the help" (13: fail); its "Please start a new chat if you have more questions." invites the patron back
 *   (13: courteous passes);
 * - "tengo otras cosas que atender, así que voy a cerrar el chat ahora." ends the help for the provider's convenience with no
 *   way back (15: fail), and thanks no one nor says goodbye (15: courteous fails);
 * - "It seems you may have disconnected, so I'll end the chat now." announces the end: not by itself a goodbye, so the final
 *   idle runs to `endedAt` (19: exactly 180 s); "Parece que se desconectó, así que voy a cerrar este chat. ¡Gracias por
 *   escribirnos!" thanks the patron: a goodbye, the idle ends at it (22: 185 s);
 * - a code field left out (undefined) means the source has no codes (02: na); "Ready Reference" is a code the deployment
 *   configures (09: pass);
 * - a Lost Call code with no provider and the patron's single line passes the code check (23);
 * - "Someone from Frederick County Public Libraries will call you by Wednesday evening" promises contact from the patron's
 *   library with a time; the phone typed and read back in another shape is confirmed (27: contact passes); the library
 *   calling her is not a referral (she is not told to contact it);
 * - "I'll request another through interlibrary loan and e-mail you when it's ready" is a promise; "You'll hear from me by
 *   Thursday" says when (28);
 * - "within `followUpHours`" includes exactly 72 h 0 min 0 s (28: pass); 72 h 1 min is later (29: fail); `now` exactly 72 h
 *   after the start is before a deadline 72 h after the end (27: pending);
 * - a follow-up recorded as "2026-03-10T10:55:00-04:00" is 71 h 52 min after an end at 10:02:41-05:00 on 7 March, daylight time
 *   having begun on 8 March (26: pass);
 * - "the Havre de Grace parks office", to ask, is a party referred to with no way to reach it (14: fail); the own library's
 *   Maryland Room to visit, with its street address, is a referral with a way (17: pass); a colleague the provider will ask
 *   herself is not (11);
 * - a transfer with an internal note that says why but no visible word of it to the patron fails (08);
 * - concurrency in a transferred session: the first provider judged over 0-70 s (three open at most), the receiver over
 *   70-226 s (three) (30: pass); the first provider's four chats at once after the transfer are outside her part.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/rowing-labels.ts). First run as labelled / disagreeing: 28 / 2 (04, 17); no case scored differently once
 * redacted and no check "could not be evaluated". Label corrections: none (both disagreements reread against RUBRIC.md; the
 * labels stood). Final: 28 running, 2 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence: the restatement
 * "So you're choosing between an air rower like the Concept2 and a water rower for home, …" not read as restating the
 * question, 04; "I'll sign off for now — thanks for writing in, …" after an unanswered check-in read as a dismissal, 17).
 * NOTE (rubric v74, block AN): 04 runs now ("So you're choosing between … and …" restates the need, AN3): 29 running, 1 LEFT
 *   (17).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Five days in seconds: 26 happens on Saturday 7 March 2026, the day before daylight saving time begins. */
const D5 = 5 * 86_400;

const TALIA: Prov = { id: 'talia-rw', name: 'Talia', library: 'EPFL' };
const LUCIA: Prov = { id: 'lucia-rw', name: 'Lucía', library: 'MCPL' };
const GRACE: Prov = { id: 'grace-rw', name: 'Grace', library: 'AACPL' };
const NOAH: Prov = { id: 'noah-rw', name: 'Noah', library: 'BCPL' };
const DEV: Prov = { id: 'dev-rw', name: 'Dev', library: 'HCLS' };
const IRIS: Prov = { id: 'iris-rw', name: 'Iris', library: 'EPFL' };
const MALIK: Prov = { id: 'malik-rw', name: 'Malik', library: 'PGCMLS' };
const JUN: Prov = { id: 'jun-rw', name: 'Jun', library: 'HCLS' };
const ELENA: Prov = { id: 'elena-rw', name: 'Elena', library: 'HCLS' };
const OWEN: Prov = { id: 'owen-rw', name: 'Owen', library: 'AACPL' };
const FATIMA: Prov = { id: 'fatima-rw', name: 'Fatima', library: 'WPL-MD' };
const KEISHA: Prov = { id: 'keisha-rw', name: 'Keisha', library: 'CALV' };
const BRIDGET: Prov = { id: 'bridget-rw', name: 'Bridget', library: 'FCPL-MD' };
const ROGER: Prov = { id: 'roger-rw', name: 'Roger', library: 'AUN' };
const PRIYA: Prov = { id: 'priya-rw', name: 'Priya', library: 'HCPL-MD' };
const ANDRES: Prov = { id: 'andres-rw', name: 'Andrés', library: 'PGCMLS' };
const SAMUEL: Prov = { id: 'samuel-rw', name: 'Samuel', library: 'KCPL-MD' };
const DEBORAH: Prov = { id: 'deborah-rw', name: 'Deborah', library: 'TCFL' };
const HUGO: Prov = { id: 'hugo-rw', name: 'Hugo', library: 'ACLS' };
const NINA: Prov = { id: 'nina-rw', name: 'Nina', library: 'DCPL-MD' };
const YUSUF: Prov = { id: 'yusuf-rw', name: 'Yusuf', library: 'CCPL-CR' };
const CLAIRE: Prov = { id: 'claire-rw', name: 'Claire', library: 'GCPL' };
const MARIELA: Prov = { id: 'mariela-rw', name: 'Mariela', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-rw', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-rw', name: 'Trainee 3', library: 'TRN' };
const LEON: Prov = { id: 'leon-rw', name: 'Leon', library: 'SMCL' };
const GRETCHEN: Prov = { id: 'gretchen-rw', name: 'Gretchen', library: 'AACPL' };
const CARMEN: Prov = { id: 'carmen-rw', name: 'Carmen', library: 'AUN' };
const TOBIAS: Prov = { id: 'tobias-rw', name: 'Tobias', library: 'QACL' };
const LAYLA: Prov = { id: 'layla-rw', name: 'Layla', library: 'BCPL' };
const SOPHIE: Prov = { id: 'sophie-rw', name: 'Sophie', library: 'AUN' };
const AISHA: Prov = { id: 'aisha-rw', name: 'Aisha', library: 'HCLS' };

const s = session;

export const ROWING: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(TALIA, '01 learn to row at 38 in Baltimore: experience asked, baltimorerowing.org + the Pratt catalogue, "thats everything", touching ends (three at most)', [
    [0, 'p', "hey so i'm 38 and want to try rowing, like actual boats not the gym machine. is there anywhere in baltimore that teaches adults??"],
    [21, 'l', "Hi! Thanks for contacting Ask Pratt — I'm Talia, a librarian at the Enoch Pratt Free Library."],
    [27, 'l', "Have you ever rowed before, even on a machine? And are you after a one-time class or something you'd keep doing through the season?"],
    [64, 'p', 'never, only the erg at planet fitness lol. something ongoing would be cool'],
    [73, 'l', "Then a learn-to-row course is the usual first step. Baltimore Community Rowing runs adult Learn to Row sessions on the Middle Branch every spring and summer, with dates and fees on their site, baltimorerowing.org (Programs > Adult Learn to Row). If you'd like to read up before your first day, search 'rowing technique' in our catalog at prattlibrary.org."],
    [79, 'l', 'Does that give you what you need to get started?'],
    [115, 'p', 'yes!! signing up for the may session, thats everything thank u'],
    [121, 'l', 'Love it — enjoy your first time on the water, and thanks for chatting with Pratt!'],
  ], usual(), {}, {
    otherIntervals: [other('t1', 'talia-rw', -200, 0), other('t2', 'talia-rw', -60, 50), other('t3', 'talia-rw', 10, 300), other('t4', 'talia-rw', 126, 400)],
  }),

  // 02 Spanish, no code field
  s(LUCIA, '02 qué es una regata, la hija en el equipo de remo de Walt Whitman (Spanish): usrowing.org glossary + Los chicos del barco, "es todo!", no code field', [
    [0, 'p', 'Hola, buenas noches. Mi hija entró al equipo de remo de su escuela (Walt Whitman) y no entiendo nada. Qué es una regata? y que tiene que llevar?'],
    [19, 'l', '¡Buenas noches! Bienvenida a AskUsNow!, le atiende Lucía, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [26, 'l', '¿Quiere saber de las regatas en general, o tiene una en particular en el calendario del equipo?'],
    [60, 'p', 'en general, la primera es en abril creo'],
    [70, 'l', "Una regata es una competencia de remo: los botes corren en carriles, normalmente de 1500 o 2000 metros en primavera. Los remeros llevan el uniforme del equipo, ropa que se seque rápido, agua y algo de comer; los padres suelen llevar sillas y ropa para la lluvia. El glosario de US Rowing (en inglés) está en usrowing.org, busque 'rowing glossary'. Y si le interesa la historia del deporte, 'Los chicos del barco' de Daniel James Brown está en español en nuestro catálogo (montgomerycountymd.gov/library)."],
    [76, 'l', '¿Esto responde a su pregunta?'],
    [110, 'p', 'si, mil gracias. es todo!'],
    [116, 'l', '¡Con gusto! Gracias por escribirnos y mucha suerte a su hija en su primera regata 🚣‍♀️'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 03 pickup at exactly 60 s; one party referred by e-mail and phone
  s(GRACE, '03 a dragon boat team for breast cancer survivors near Annapolis: pickup at exactly 60 s, ibcpc.com, Annapolis Pink Paddlers by e-mail and phone, "no thats all"', [
    [0, 'p', 'my mom just finished chemo for breast cancer and someone told her about dragon boat teams for survivors?? is there one near annapolis'],
    [60, 'l', "Good afternoon, and thanks for waiting! I'm Grace, a librarian at Anne Arundel County Public Library."],
    [66, 'l', 'Is your mom hoping to paddle herself, or first just to learn what these teams are about?'],
    [100, 'p', "paddle i think! she's pretty determined lol"],
    [109, 'l', "Good for her! Survivor teams paddle all over the world; the International Breast Cancer Paddlers' Commission explains how they started and lists member teams at ibcpc.com. For a team near Annapolis, contact the Annapolis Pink Paddlers at pinkpaddlers@example.org or 410-555-0163: they can tell your mom about practice times and their free try-out paddle."],
    [115, 'l', 'Did that answer your question?'],
    [150, 'p', "yes thank you so much, she's going to be so excited"],
    [156, 'l', 'Is there anything else I can help you with today?'],
    [175, 'p', 'no thats all, thanks!!'],
    [181, 'l', 'I hope she loves it! Thanks for reaching out, and best wishes to your mom.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s after "hello??"; the restatement as the clarification
  s(NOAH, '04 a Concept2 or a water rower for the basement: "hello??" at 35, pickup at 61 s, the restatement, Consumer Reports via bcpl.info + concept2.com', [
    [0, 'p', 'hi im trying to decide between a concept2 and one of those water rowers for my basement. does the library have consumer reports or anything'],
    [35, 'p', 'hello??'],
    [61, 'l', "Hi, sorry for the wait! I'm Noah, a librarian with Baltimore County Public Library."],
    [68, 'l', "So you're choosing between an air rower like the Concept2 and a water rower for home, and you'd like reviews to compare them. We can definitely help with that."],
    [80, 'l', "Consumer Reports rates rowing machines, noise and footprint included, and you can read it free with your library card through our eResources at bcpl.info (Research > Consumer Reports). In short, air rowers are louder and water rowers make a soft whoosh, and both need about 9 feet of floor. Concept2 also lists the exact footprint on its product pages at concept2.com."],
    [86, 'l', 'Is that what you were looking for?'],
    [120, 'p', "perfect thank you, that's all i needed"],
    [126, 'l', "You're welcome, enjoy the workouts! Thanks for using Ask a Librarian."],
  ], usual({ pickup: 'fail' })),

  // 05 identification without a greeting
  s(DEV, '05 cox calls for a 12-year-old coxswain: "This is Dev with Howard County Library System." (no greeting), row2k.com + usrowing.org + Mind Over Water', [
    [0, 'p', 'my son (12) is going to be a coxswain for his middle school crew team and he has no clue what to yell lol. any books or websites on cox calls?'],
    [18, 'l', 'This is Dev with Howard County Library System.'],
    [24, 'l', "Do you know if he'll be coxing an eight or a four?"],
    [60, 'p', 'an 8 i think'],
    [68, 'l', "row2k.com has a good series of coxing articles (search 'coxswain calls'), and US Rowing's coxswain resources at usrowing.org (search 'coxswain') list the standard commands, from 'hands on' to 'let it run'. For the feel of the boat, Craig Lambert's 'Mind Over Water' is in our catalog at hclibrary.org."],
    [74, 'l', 'Does this help him get started?'],
    [110, 'p', 'yes this is great ty!!'],
    [115, 'l', 'Anything else I can look up for you?'],
    [140, 'p', 'nope, all good'],
    [145, 'l', 'Have a great season — bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 pickedUpAt 50, two holds of exactly 120 s
  s(IRIS, '06 a great-grandfather in the Arundel Boat Club about 1900: pickedUpAt 50 (first line 72), holds at 115 and 235, answer at 355, ProQuest Baltimore Sun + Chronicling America', [
    [0, 'p', "Hi — my great-grandfather rowed for something called the Arundel Boat Club in Baltimore around 1900. Is there anything about the club, like race results?"],
    [72, 'l', "Good morning, and thank you for your patience! I'm Iris, a librarian at Enoch Pratt Free Library."],
    [78, 'l', 'Do you know his name as it would have appeared in the paper, and roughly which years he raced?'],
    [110, 'p', 'Harold J. Weems, maybe 1898 to 1905'],
    [115, 'l', 'Thank you! Let me search the historical Baltimore Sun for his name — one moment.'],
    [235, 'l', "Still searching — I have a couple of regatta reports from the Patapsco and I'm checking the later years now."],
    [355, 'l', "Here's what I found: the Baltimore Sun (1837-1991) in ProQuest Historical Newspapers, on our site at prattlibrary.org > Research > Databases, has regatta results naming H. J. Weems in the Arundel Boat Club's four in 1901 and 1903; search Weems with Arundel to pull them up. Chronicling America (chroniclingamerica.loc.gov) also has free Baltimore papers from those years."],
    [361, 'l', 'Does this completely answer your question?'],
    [400, 'p', "wow, yes! that's all I needed. thank you so much"],
    [406, 'l', 'My pleasure — enjoy the clippings, and thanks for chatting with us!'],
  ], usual(), { pickedUpAt: at(50) }),

  // 07 a 121 s wait with an internal note and "??" in it; four chats at once
  s(MALIK, '07 D1 rowing recruiting for a junior in Bowie: eligibilitycenter.org + usrowing.org, then 121 s of silence (an internal note at 150, "??" at 180), four chats at once', [
    [0, 'p', 'my daughter is a junior and rows for her club in bowie. how does college recruiting work for rowing? she wants d1'],
    [20, 'l', "Hello! I'm Malik, a librarian at Prince George's County Memorial Library System."],
    [26, 'l', 'Does she row sweep or sculling, and does she have a recent 2k erg time?'],
    [60, 'p', 'sweep, 2k is 7:32'],
    [69, 'l', "The NCAA Eligibility Center explains registration and the contact rules at eligibilitycenter.org, and US Rowing's college recruiting page (usrowing.org > Athletes > College Recruiting) walks through questionnaires, erg scores and official visits. Does that help?"],
    [100, 'p', 'yes. also what erg score do d1 coaches actually want for girls?'],
    [150, 'i', 'does anyone have the row2k recruiting article handy? pt on chat asking about D1 erg standards'],
    [180, 'p', '??'],
    [221, 'l', "Sorry for the wait! Coaches don't publish one number, but row2k's recruiting articles (row2k.com, search 'recruiting erg scores') give ranges: many D1 programs look for a women's 2k under about 7:30, and top programs lower. Her 7:32 puts her right in the conversation."],
    [227, 'l', 'Can I help with anything else?'],
    [250, 'p', 'no thats all i needed, thank you!!'],
    [255, 'l', 'Good luck to her this spring, and thanks for chatting!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'malik-rw', -100, 300), other('m2', 'malik-rw', 50, 260), other('m3', 'malik-rw', 120, 600)],
  }),

  // 08 a transfer with a note before it but no word to the patron
  s(JUN, '08 Dragon Boat Festival books for a 4th grader: a note to Elena before the transfer, no visible word of it, Elena, the catalogue + Britannica School', [
    [0, 'p', 'hi i need books about the dragon boat festival for my school project, its due friday. im in 4th grade'],
    [22, 'l', "Hi there! I'm Jun, a librarian at Howard County Library System. Thanks for asking us!"],
    [28, 'l', 'Does your teacher want books only, or are websites OK too?'],
    [55, 'p', 'books and 1 website'],
    [62, 'i', "Elena, can you take this one? 4th grader, Dragon Boat Festival project due Fri, needs kids' books + 1 website. You know the juvenile collection much better than I do."],
    xfer(66, 'Elena', 'elena-rw'),
    [100, 'l', "Hi! I'm Elena, a children's librarian at Howard County Library System. Let's find your dragon boat books!", as(ELENA)],
    [108, 'l', "In our catalog at hclibrary.org, search 'Dragon Boat Festival' and choose Children's Books: there are several you can borrow this week. For your website, use Britannica School (hclibrary.org > Research > Kids) and search 'Dragon Boat Festival' — it tells the story of Qu Yuan and why people race the boats. Does that help with your project?", as(ELENA)],
    [150, 'p', 'yes thank you!! thats all i need'],
    [156, 'l', "You're welcome! Good luck with your project, and thanks for chatting!", as(ELENA)],
  ], usual({ transfer: 'fail' })),

  // 09 the answer straight after the greeting, 190 s later; a deployment's own code
  s(OWEN, '09 how long is an Olympic rowing race (a bet): greeting at 16, the answer at 206 with no question, worldrowing.com, "Did that settle it?", code "Ready Reference"', [
    [0, 'p', 'how long is an olympic rowing race and how many events are there? settling a bet lol'],
    [16, 'l', "Hi, welcome to AskUsNow! I'm Owen, a librarian at Anne Arundel County Public Library."],
    [206, 'l', 'Olympic rowing races are 2,000 metres, and top crews finish in roughly 5½ to 7½ minutes depending on the boat. Paris 2024 had 14 rowing events, 7 for men and 7 for women. World Rowing lists every boat class and the Olympic records at worldrowing.com (Events > Olympic Games). Did that settle it?'],
    [240, 'p', 'haha yes i won. thats all i wanted to know, thanks'],
    [246, 'l', 'Ha, congrats on the win! Thanks for chatting.'],
  ], usual({ clarify: 'fail' }), { resolutionCode: 'Ready Reference' }),

  // 10 the question inside the first message that gives a source; "take your time"
  s(FATIMA, '10 a used single scull near Salisbury at 61: row2k.com with the weight asked in the same message, "No rush, take your time!" (204 s), Rowing Faster', [
    [0, 'p', "hi i'm 61, learned to row last summer and want to buy a used single scull. what should i look for? salisbury area"],
    [19, 'l', "Hello, and thanks for contacting Wicomico Public Libraries! I'm Fatima."],
    [25, 'l', "row2k's classifieds (row2k.com > Classifieds) are where most used shells are sold, and their buyer's articles cover hull damage, rigging and weight class — how much do you weigh, roughly? Shells are built for a weight range."],
    [50, 'p', "ha, hold on let me find the scale, we just moved and i'm not sure"],
    [56, 'l', 'No rush, take your time!'],
    [260, 'p', 'ok 172 lbs'],
    [268, 'l', "Then look for a shell rated for about 160 to 190 lbs. Volker Nolte's 'Rowing Faster' (in our catalog at wicomicolibrary.org) has good chapters on rigging and boat fit, too. Does that help?"],
    [300, 'p', 'very much. thats all i needed!'],
    [306, 'l', 'Enjoy the new boat, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 11 no source; a promise with no contact and no time, coded Follow-up by me; a colleague consulted
  s(KEISHA, '11 a 500 m split for a 64-year-old at the Y: numbers from memory, the ErgData app and US Rowing (no way to reach), "I\'ll ask her … and get back to you", FU_ME, no contact', [
    [0, 'p', 'whats a decent 500m split for a 64 year old woman on the rowing machine? just started at the Y'],
    [22, 'l', "Hi! Thanks for reaching out to Calvert Library — I'm Keisha."],
    [28, 'l', 'How long are your rows usually, a few hard minutes or longer steady pieces?'],
    [55, 'p', 'like 20 min steady'],
    [64, 'l', "For steady 20-minute rows, a lot of newer rowers in their 60s sit somewhere around 2:40 to 3:00 per 500 m, and it drops quickly in the first few months. Concept2's ErgData app will log your rows if you want to track it, and US Rowing has age handicaps for masters too."],
    [70, 'l', "Our adult services librarian keeps a file on senior fitness programs — I'll ask her about masters rowing near Prince Frederick and get back to you."],
    [100, 'p', 'oh thank you'],
    [106, 'l', 'Did that help for now?'],
    [130, 'p', 'yes!'],
    [136, 'l', 'Great — thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 12 an offer of more and an invitation instead of the two questions
  s(BRIDGET, '12 first-week crew blisters: medlineplus.gov, "Want me to look for some videos on grip technique too?" (an offer), "Feel free to come back if you have other questions.", "ok thx"', [
    [0, 'p', 'first week of crew and my hands are wrecked, blisters everywhere. how do rowers deal with this'],
    [17, 'l', "Hey there, welcome to Ask FCPL! I'm Bridget, one of the librarians."],
    [23, 'l', 'Are they still closed, or have some popped?'],
    [50, 'p', 'some popped'],
    [58, 'l', "MedlinePlus has a page on blister care at medlineplus.gov (search 'blisters'): keep the popped ones clean and covered, and don't peel the loose skin. Rowers usually tape hot spots before practice and let calluses build; a looser grip on the handle helps a lot too."],
    [64, 'l', 'Want me to look for some videos on grip technique too?'],
    [90, 'p', 'nah thats ok'],
    [95, 'l', 'Okay! Feel free to come back if you have other questions.'],
    [120, 'p', 'ok thx'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 13 "your time is up"
  s(ROGER, '13 The Boys in the Boat for an English paper, then a list: Gale + gohuskies.com, "Each chat is limited to 15 minutes and your time is up. Please start a new chat …"', [
    [0, 'p', 'hi doing a paper on the boys in the boat for english. where can i find stuff about joe rantz and the 1936 olympics'],
    [21, 'l', "Hello, you've reached AskUsNow! I'm Roger, a librarian."],
    [27, 'l', 'What kinds of sources does your teacher want: books, articles, or things from 1936 like newspapers?'],
    [60, 'p', 'at least 2 articles and a book'],
    [68, 'l', "The book is easy: Daniel James Brown's 'The Boys in the Boat' itself, in any Maryland library's catalog. For articles, Gale's Student Resources in Context (on your library's website, search 'Joe Rantz') has several, and the University of Washington's athletics site, gohuskies.com, has a history of the 1936 crew with photos. Does that cover what you need?"],
    [100, 'p', 'ok but also whats a good thesis, and can u find quotes from the book, and how do i cite gale, and whats the boats name'],
    [108, 'l', 'Each chat is limited to 15 minutes and your time is up. Please start a new chat if you have more questions.'],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 the allowed "other patrons waiting"; three parties in one message, one with no way to reach it
  s(PRIYA, '14 an office dragon boat team for the Inner Harbor race: organizers by e-mail, a club by phone, "ask the Havre de Grace parks office" (none), usdbf.org, "several other patrons waiting"', [
    [0, 'p', 'hi my office wants to put together a dragon boat team for a charity race this summer. where do we even start'],
    [23, 'l', "Good afternoon! I'm Priya, a librarian at Harford County Public Library. Fun project!"],
    [29, 'l', 'Do you already have a race in mind, and about how many people are interested?'],
    [70, 'p', 'the baltimore one in the inner harbor i think, we have like 25 people'],
    [79, 'l', "Perfect — 20 paddlers plus a drummer and a steerer make a full boat. For the race itself, e-mail the Baltimore Dragon Boat Challenge organizers at teams@example.org; they rent boats and provide a steerer. For practice before race day, call the Chesapeake Dragon Boat Club at 410-555-0139, which runs clinics for company teams. And you could ask the Havre de Grace parks office about practicing on the Susquehanna. The rules of the sport are in the US Dragon Boat Federation's guide at usdbf.org."],
    [85, 'l', 'Does that help you get started?'],
    [115, 'p', 'yes amazing. also can you find us team name ideas, a fundraising page template, t-shirt vendors, paddling exercises, and what to eat before a race?'],
    [123, 'l', "Those are all good questions! I have several other patrons waiting right now, so please log back on later and we can go through them together — we're happy to help."],
    [140, 'p', 'no problem, thats all for now then!'],
    [146, 'l', 'Thanks so much for understanding, and good luck to your team!'],
  ], usual({ referral: 'fail' })),

  // 15 partly Spanish; the provider closes for her own reasons; code ""
  s(ANDRES, '15 remo para un hijo de 15 cerca de Bladensburg (partly Spanish): pgparks.com, a new question, "tengo otras cosas que atender … voy a cerrar el chat ahora.", code ""', [
    [0, 'p', 'hola, my son is 15 y quiere aprender remo. hay algo cerca de bladensburg?'],
    [20, 'l', "¡Hola! Hi, I'm Andrés, a librarian at Prince George's County Memorial Library System. ¿Prefiere que sigamos en español?"],
    [45, 'p', 'si por favor'],
    [52, 'l', '¿Su hijo ya sabe nadar? Los programas de remo lo piden.'],
    [80, 'p', 'si nada bien'],
    [88, 'l', "Perfecto. El Bladensburg Waterfront Park tiene programas de remo para jóvenes en el río Anacostia; los detalles y las fechas están en pgparks.com (busque 'rowing'). ¿Le sirve esta información?"],
    [120, 'p', 'si! y sabe cuanto cuesta? y si hay becas? y necesita un examen medico?'],
    [126, 'l', 'Lo siento, tengo otras cosas que atender, así que voy a cerrar el chat ahora.'],
    [140, 'p', 'ah ok...'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 16 startedAt in UTC; two parties in one message, both with a way; a goodbye 119 s after the answer
  s(SAMUEL, '16 Maryland colleges with crews: startedAt "…T15:00:00Z", row2k.com, Washington College by e-mail + Navy by phone, check-in with "Anything else", goodbye 119 s after', [
    [0, 'p', 'which colleges in maryland have rowing teams? my daughter wants to keep rowing but stay close to home'],
    [17, 'l', "Hi, and welcome to Ask a Librarian! I'm Samuel at Kent County Public Library."],
    [23, 'l', 'Is she hoping to row varsity, or would a club team be fine too?'],
    [60, 'p', 'either honestly'],
    [80, 'l', "Maryland has several: Washington College here in Chestertown and the Naval Academy have varsity crews, and UMD and Johns Hopkins have club teams, among others. row2k's college directory (row2k.com > Colleges) lists every program by state. To talk to a program directly, e-mail the Washington College rowing office at rowing@example.edu or call the Naval Academy women's crew office at 410-555-0188."],
    [86, 'l', 'Does that help?'],
    [150, 'l', 'Are you still there? Anything else I can find for you?'],
    [199, 'l', 'Thanks for chatting, and good luck to your daughter!'],
  ], usual({ referral: 'pass' }), { startedAt: '2026-03-02T15:00:00Z' }),

  // 17 final idle of exactly 120 s with a check-in; the own library's room to visit
  s(DEBORAH, '17 a grandfather rowing on the Tred Avon in the 1950s: the Maryland Room at 100 West Dover Street + hstc.org, "Still with me?" at 130, goodbye at 190 (120 s)', [
    [0, 'p', 'hi, my grandpa rowed in some regatta on the tred avon river in the 1950s. are there pictures anywhere?'],
    [21, 'l', 'Hello! Deborah here, a librarian at Talbot County Free Library.'],
    [27, 'l', 'Do you know the year, or the name of his club or crew?'],
    [60, 'p', '1954 or 55, oxford something?'],
    [70, 'l', "The Star-Democrat from those years is on microfilm here, and our Maryland Room keeps a photo file on local regattas. The best way in is to visit the Maryland Room at the Easton library, 100 West Dover Street, and ask for the regatta file; staff can help you look. You can also browse the Historical Society of Talbot County's digitized photos at hstc.org. Is that what you were looking for?"],
    [130, 'l', 'Still with me?'],
    [190, 'l', "I'll sign off for now — thanks for writing in, and I hope you spot him in the photos!"],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' })),

  // 18 the greeting across two lines; a "would … be what you need" before anything; final idle 121 s with no check-in
  s(HUGO, '18 lesson plans for 10 donated rowing machines in Cumberland: "Hi there!" then the name, concept2.com + shapeamerica.org, no completeness after, goodbye 121 s after', [
    [0, 'p', 'I teach middle school PE in Cumberland and we just got 10 rowing machines donated. any lesson plans out there?'],
    [19, 'l', 'Hi there!'],
    [24, 'l', "I'm Hugo, a librarian at Allegany County Library System. Which grades do you teach — and would ready-made lesson plans be what you need, or more of a fitness-testing plan?"],
    [55, 'p', '6-8th. lesson plans'],
    [63, 'l', "Concept2 has free lesson plans and a team challenge for schools at concept2.com (Training > Schools & Youth), with technique progressions that fit a class period. SHAPE America's site, shapeamerica.org, has standards-aligned PE unit templates you can pair with them."],
    [184, 'l', 'Thanks for chatting — have fun with the new rowers!'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail' })),

  // 19 final idle exactly 180 s: a check-in and a notice with no goodbye
  s(NINA, '19 a life jacket in a racing single on the Choptank: dnr.maryland.gov, "Are you still with me?" at 200, "It seems you may have disconnected, so I\'ll end the chat now." at 245, ended at 250', [
    [0, 'p', 'do i need to carry a life jacket in a rowing shell in maryland? rowing on the choptank'],
    [22, 'l', 'Hello, this is Nina with Dorchester County Public Library. Happy to help!'],
    [28, 'l', 'Is it a racing shell, like a single or a double, or a recreational rowboat?'],
    [60, 'p', 'racing single'],
    [70, 'l', "Racing shells and rowing sculls are exempt from the federal life jacket requirement, which Maryland follows, but the Coast Guard still recommends one when you row alone or in cold water. The Maryland Department of Natural Resources lays out exactly what applies on its boating pages at dnr.maryland.gov (Boating > Safety Equipment). Does that answer your question?"],
    [200, 'l', 'Are you still with me?'],
    [245, 'l', "It seems you may have disconnected, so I'll end the chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 FU_ME with the e-mail read back but no time; a check-in and a goodbye 181 s after; not recorded at day 4
  s(YUSUF, '20 the 1987 Stotesbury Cup results for a dad\'s birthday: stotesburycup.com, e-mail read back, "I\'ll send over what turns up" (no time), check-in, goodbye 181 s after', [
    [0, 'p', 'my dad says he rowed at the stotesbury cup in philly in like 1987 for calvert hall. is there any way to find the results for his birthday?'],
    [18, 'l', "Hi! I'm Yusuf, a librarian at Carroll County Public Library — what a fun birthday idea."],
    [24, 'l', 'Do you know which boat he was in, or which event (like the junior eight)?'],
    [60, 'p', 'junior 4 i think. 1987 or 88'],
    [70, 'l', "The Stotesbury Cup Regatta keeps a history page on its site (stotesburycup.com > History), but results that old mostly ran in the Philadelphia Inquirer. I can search the Inquirer archive for both years and send you whatever I find — what's your e-mail?"],
    [100, 'p', 'sure its kbrennan88@example.com'],
    [106, 'l', "Thanks — kbrennan88@example.com. I'll send over what turns up in the Inquirer. Does the Stotesbury history page help in the meantime?"],
    [130, 'p', 'yes thank you!!'],
    [138, 'l', 'Great! Is there anything else I can help with?'],
    [220, 'l', 'Just checking — are you still there?'],
    [319, 'l', 'Thanks for chatting, and happy birthday to your dad!'],
  ], usual({ idle: 'pass', disconnect: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 21 a true Lost Call
  s(CLAIRE, '21 a dragon boat race at Deep Creek Lake (Lost Call): greeting only, "Hi, are you still with us?" at 150, "It looks like you\'ve disconnected … chat with us again anytime." at 320', [
    [0, 'p', 'is there a dragon boat race at deep creek lake this summer?'],
    [26, 'l', "Hello and welcome to Ask a Librarian! I'm Claire at Ruth Enlow Library of Garrett County."],
    [150, 'l', 'Hi, are you still with us?'],
    [320, 'l', "It looks like you've disconnected, so I'll close this session. You're welcome to chat with us again anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Spanish: Lost Call after two patron lines; a notice with thanks and no check-in, 185 s after the answer
  s(MARIELA, '22 el festival de botes dragón en National Harbor (Spanish): Lost Call after two patron lines, nationalharbor.com, "Parece que se desconectó … ¡Gracias por escribirnos!" (185 s)', [
    [0, 'p', 'hola, cuando es el festival de botes dragon en national harbor? quiero llevar a mis hijos'],
    [23, 'l', '¡Hola! Bienvenida a AskUsNow!, soy Mariela, bibliotecaria.'],
    [29, 'l', '¿Busca el festival de este año, o quiere saber también de otros festivales en Maryland?'],
    [62, 'p', 'de este año nada mas'],
    [70, 'l', 'Si este año hay carreras, las fechas y el horario se publican en nationalharbor.com (Events); suele ser un sábado de primavera, con carreras por la mañana y actividades para niños. ¿Le sirve esta información?'],
    [255, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Gracias por escribirnos!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 no provider ever joined; Lost Call with the one question
  s(QUEUE, '23 the cost of joining a rowing club in Annapolis: no provider ever joined, the queue\'s system line, the patron left, coded Lost Call', [
    [0, 'p', 'how much does it cost to join a rowing club in annapolis'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you shortly.'],
    left(190),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 Practice, with a dismissal in it
  s(TRAINEE, '24 practice chat (dragon boat FAQ, ending macro): coded Practice, "Sorry, your time is up." in it, every check na', [
    [0, 'p', 'TEST - practice chat for the new dragon boat FAQ'],
    [10, 'l', 'Practice: the dragon boat FAQ draft is at samplelibrary.org/dragonboat'],
    [20, 'p', 'test question 2'],
    [26, 'l', 'Sorry, your time is up. (testing the ending macro)'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 a greeting, then a question, the name only in the third line
  s(LEON, '25 what 2x, 4- and 8+ mean on the Olympics replays: "Hi there! Happy to explain.", a question, the name in the third line (greeting fails), worldrowing.com', [
    [0, 'p', 'watching rowing on youtube and im confused, what do 2x, 4- and 8+ mean??'],
    [20, 'l', 'Hi there! Happy to explain.'],
    [26, 'l', 'Are you watching a particular race — the Olympics, or a college regatta?'],
    [55, 'p', 'olympics replays'],
    [63, 'l', "I'm Leon, by the way, a librarian at St. Mary's County Library. The number is how many rowers; 'x' means sculling (two oars each), '-' means no coxswain and '+' means there is one. World Rowing explains every boat class with pictures at worldrowing.com (About > Boat Classes). Does that clear it up?"],
    [95, 'p', 'ohhh makes sense now. thats all i needed ty'],
    [100, 'l', 'Glad to help — enjoy the races, and thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 26 FU_ME across the change to daylight time: done 71 h 52 min after the end
  s(GRETCHEN, '26 Navy\'s 1952 Olympic eight coming home to Annapolis: usna.edu, e-mail read back, "by Tuesday afternoon", a Saturday before the DST change, done 2026-03-10T10:55-04:00', [
    [D5, 'p', "Hi, my grandfather was in the Navy eight that won gold at the 1952 Olympics in Helsinki. I'd love a copy of the Annapolis paper's story about it."],
    [D5 + 19, 'l', "Good morning! I'm Gretchen, a librarian at Anne Arundel County Public Library."],
    [D5 + 25, 'l', 'Do you know roughly when the crew came home, or would you like coverage of the Games themselves too?'],
    [D5 + 70, 'p', 'the homecoming would be amazing. august 1952 i guess'],
    [D5 + 80, 'l', "The Evening Capital for 1952 is on microfilm at our Annapolis library, and I can look through the August reels for you. Meanwhile, the Naval Academy's Nimitz Library has digitized Lucky Bag yearbooks at usna.edu (Nimitz Library > Special Collections) that show the crew. What e-mail should I send the scans to?"],
    [D5 + 110, 'p', 'ellen.voss@example.net'],
    [D5 + 116, 'l', "Thank you — that's ellen.voss@example.net. I'll send you the scans by Tuesday afternoon. Does the yearbook site help for now?"],
    [D5 + 150, 'p', "yes it does, thank you! that's everything for today"],
    [D5 + 156, 'l', 'Wonderful. Thanks for chatting with us, Ellen — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, startedAt: at(D5), followUps: [{ doneAt: '2026-03-10T10:55:00-04:00' }] }, { now: T0 + 9 * DAY }),

  // 27 FU_LIB (partly Spanish), the phone read back in another shape, "by Wednesday evening", pending at exactly 72 h after the start
  s(CARMEN, '27 adaptive rowing near Frederick for a 14-year-old (partly Spanish): usrowing.org, the library to call her, "(240) 555-0171", "by Wednesday evening", pending', [
    [0, 'p', 'Hi, mi hijo usa silla de ruedas y le encanta el agua. Is there adaptive rowing anywhere near Frederick?'],
    [21, 'l', "¡Hola! Hi, this is Carmen, a librarian with Maryland's AskUsNow! service. I can help in English or Spanish."],
    [27, 'l', 'How old is your son? Algunos programas son solo para adultos.'],
    [60, 'p', '14'],
    [70, 'l', "US Rowing keeps a map of adaptive rowing programs at usrowing.org (search 'adaptive rowing'). I don't see one listed in Frederick County itself, but Frederick County Public Libraries keeps a list of local adaptive sports groups, and I can ask them to call you with what they have. What number should they call?"],
    [100, 'p', '2405550171'],
    [106, 'l', 'Perfecto: (240) 555-0171. Someone from Frederick County Public Libraries will call you by Wednesday evening. Mientras tanto, ¿le sirve el mapa de US Rowing?'],
    [140, 'p', 'si gracias, es todo por hoy'],
    [146, 'l', '¡Con gusto! Thanks for chatting, y mucha suerte a su hijo.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 3 * DAY }),

  // 28 a promise coded Answered; the e-mail read back and a time; recorded exactly 72 h after the end
  s(TOBIAS, '28 plans for a Whitehall skiff to build with a grandson: woodenboat.com, Gardner by interlibrary loan, e-mail read back, "by Thursday", coded Answered, done at exactly 72 h', [
    [0, 'p', 'want to build a wooden rowing skiff with my grandson this summer, like a whitehall. where do i find plans?'],
    [18, 'l', "Hi there, thanks for contacting Queen Anne's County Library! I'm Tobias."],
    [24, 'l', 'Have either of you built a boat before, or would you like plans made for first-time builders?'],
    [58, 'p', 'first timers both of us lol'],
    [66, 'l', "Then beginner plans are the way to go: WoodenBoat's store (woodenboat.com > Plans) sells several small rowing skiffs, including a Whitehall meant for first-time builders. John Gardner's 'Building Classic Small Craft' is the classic book; our copy is checked out, but I'll request another through interlibrary loan and e-mail you when it's ready. What's your e-mail?"],
    [95, 'p', 'walt.h@example.com'],
    [101, 'l', "Got it: walt.h@example.com. You'll hear from me by Thursday. Does WoodenBoat's plan page look like what you had in mind?"],
    [130, 'p', "yep, that's exactly it. thats everything, thanks!"],
    [136, 'l', 'Happy building, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(141 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 29 FU_ME, the e-mail only in patron.email, "tomorrow"; recorded 72 h 1 min after the end
  s(LAYLA, '29 a college rower\'s rib stress fracture: medlineplus.gov + PubMed, "e-mail them to the address on your library account tomorrow", e-mail only in patron.email, done at 72 h 1 min', [
    [0, 'p', 'my son rows in college and has a rib stress fracture. is there research on how rowers recover from these?'],
    [20, 'l', "Hello, I'm Layla, a librarian at Baltimore County Public Library. I'm sorry to hear about your son."],
    [26, 'l', 'Are you after something for a general reader, or medical research articles?'],
    [60, 'p', "research is fine, he's pre-med lol"],
    [68, 'l', "MedlinePlus has a plain-language overview of stress fractures at medlineplus.gov, and PubMed (pubmed.ncbi.nlm.nih.gov) has studies on rib stress injuries in rowers: search 'rib stress fracture rowing'. I'll also pull a few full-text articles from SPORTDiscus and e-mail them to the address on your library account tomorrow."],
    [74, 'l', 'Does that help in the meantime?'],
    [110, 'p', 'yes thank you'],
    [116, 'l', 'Anything else I can do for you today?'],
    [140, 'p', "no that's it, thanks so much"],
    [146, 'l', "Take care, and I hope he's back in the boat soon. Thanks for chatting!"],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'rowdad@example.org', phone: null }, followUps: [{ doneAt: at(151 + 72 * HOUR + 60) }],
  }, { now: T0 + 5 * DAY }),

  // 30 a transfer with a notice and a note; concurrency over the parts each provider handled
  s(SOPHIE, '30 a Boys in the Boat book club kit in Ellicott City: "I\'m going to transfer you to her", a note why, Aisha\'s hold, hclibrary.org; Sophie\'s four at once only after', [
    [0, 'p', 'hi! my book club in ellicott city wants to read the boys in the boat next month. can we borrow like 10 copies at once?'],
    [20, 'l', "Hello! I'm Sophie, a librarian with AskUsNow!, Maryland's statewide chat service."],
    [26, 'l', 'How many members are in the club, and when do you meet?'],
    [58, 'p', '11 of us, april 9'],
    [65, 'l', "Book club kits are handled by your own library, and a Howard County librarian is on chat right now, so I'm going to transfer you to her — just a moment please."],
    [67, 'i', 'Hi Aisha — HCLS patron, book club of 11 wants a kit of The Boys in the Boat for April 9. Can you check kit availability and holds?'],
    xfer(70, 'Aisha', 'aisha-rw'),
    [112, 'l', 'Hi, this is Aisha at Howard County Library System! Let me look at our book club kits.', as(AISHA)],
    [180, 'l', "Good news: we have a Boys in the Boat book club kit with 12 copies and a discussion guide. You can reserve it for April in our catalog at hclibrary.org (search 'book club kit Boys in the Boat', then Place Hold) with the card of whoever picks it up. Does that work for your club?", as(AISHA)],
    [215, 'p', 'perfect!! thats all we needed, thank you both'],
    [221, 'l', 'Wonderful — enjoy the discussion, and thanks for chatting!', as(AISHA)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('so1', 'sophie-rw', -300, 30), other('so2', 'sophie-rw', 10, 500), other('so3', 'sophie-rw', 70, 400), other('so4', 'sophie-rw', 75, 600),
      other('ai1', 'aisha-rw', -200, 100), other('ai2', 'aisha-rw', 50, 300),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ROWING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('17')]:
    'closing.no_dismissal: expected pass, got fail ("ended the chat right after the patron\'s question, without offering a way back", evidence message 6). Message 6: "I\'ll sign off for now — thanks for writing in, and I hope you spot him in the photos!" The patron\'s question (message 3) was answered in message 4 with sources and a visit to the Maryland Room, the patron then went silent, and the provider checked in ("Still with me?", message 5) before signing off 120 s after the answer. RUBRIC.md fails only a provider who says time is up, a limit of questions, or "otherwise ends the help for the provider\'s convenience without offering a way back": closing an answered chat on a patron who stopped answering ends nothing for the provider\'s convenience (the seed guidelines tell providers to check in and close idle chats).',
};

describe('eighty-seventh round: rowing, crew and dragon boats, checked', () => {
  describeSessions('whole sessions', ROWING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ROWING.filter((c) => c.name in LEFT_WHY));
});
