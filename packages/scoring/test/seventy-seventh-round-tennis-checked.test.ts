/**
 * Seventy-seventh round, theme TENNIS, PICKLEBALL AND RACQUET SPORTS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: public courts and reservations (a county park booked online, lighted
 * city courts through an app, a pickleball court taped on a driveway), rules questions (hitting from the kitchen after the
 * bounce in Spanish, the let serve in pickleball, four players on a pickleball court, hardball doubles squash, why zero is
 * "love"), leagues (an NTRP self-rating, seniors' social doubles, a beginners' pickleball league in Spanish, a kids' summer camp
 * partly in Spanish, wheelchair tennis for a 12-year-old), coaching certification (PTR or USPTA, a Maryland high school
 * coach), equipment (string tension, a first paddle, specs for six racquets, recycling club balls, a vintage Wilson T2000)
 * and the history of the game (the tiebreak, the Open Era at Wimbledon, the first Wimbledon, a great-aunt at the Newport
 * Casino, Hagerstown's first public courts, a 1974 county junior final, photos of the Druid Hill Park courts, badminton
 * books). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/s73/tennis-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good evening and thanks for contacting Ask a Librarian — my name's Alma, I'm a librarian at …" (01); Spanish
 *   "¡Buenas noches! Habla Lucía, bibliotecaria …" (02), "¡Hola! Soy Paz, bibliotecaria …" (09) and "¡Hola, bienvenida! Le
 *   saluda Amara, bibliotecaria …" (19); pickup at exactly 60 s (03: pass) and 61 s (04: fail); a recorded `pickedUpAt` of
 *   40 s before a first line at 75 s (05: pass); "Hi there! Happy to help with that 🎾" under the screen name "RallyDesk"
 *   (05: no one named, fail); "Theo, reference librarian at …" with no greeting at all (06: fail); "Hello! Viv, librarian at
 *   …, here." (14); a receiving provider's own greeting after a transfer (27, 28); a queue line and no provider ever (30);
 *  inquiry: which park and how often, doubles or a refereed event, strings and tension, a particular tournament or the idea,
 *   budget, first rated play, a paper or curiosity, kids or adults, the child's age (in Spanish), official or house rules,
 *   which Riverside, level of play, maiden name, a newspaper or a photo, which month and paper, condition of the racquet,
 *   weekday or weekend, court type, doubles or a waiting list, how many balls, driveway size, brand and model, men's
 *   singles assumed as a question, online or in person, the boy's age; sources straight after the greeting with a question
 *   only after them (10: fail); a restatement "So you need to know what Maryland requires …" with no question (15: pass);
 *  waits: a hold answered after 115 s, then a partial result that says the search goes on answered after exactly 120 s (07:
 *   pass); "Bear with me while I look …" answered 121 s later (08: fail); "Claro, tómese su tiempo. No hay prisa." and the
 *   patron back 240 s later (09: waiting on the patron, pass); a "checking with our … librarian" hold of 84 s with an
 *   internal note in it (16); transfer notices answered 54 s (27) and 44 s (28) later by the receiver; a patron's last line
 *   never answered (25, 26: open span);
 *  endings: a true Lost Call: greeting at 25, "Are you still with me?" at 160, "It looks like we've been disconnected, so
 *   I'll close this session. Please chat with us again anytime!" at 340 (21: final idle 315 s, both pass); a patron-left
 *   system line, a bilingual check-in at 208 and "Looks like you've dropped off the chat, so I'll end it now. Thanks for
 *   writing in!" at 268 (22: final idle 200 s); a check-in and then "I'm going to close this chat now." with the session
 *   ending 180 s after the answer (23: idle pass, notice and courteous fail); a check-in and the session ending exactly
 *   120 s after the answer (24: idle pass, disconnect na, courteous fails); a goodbye 119 s after the greeting, the
 *   patron silent after the question (10: na); "Sorry, you've used up your time for this chat. I'm ending the session now."
 *   then "wow. great service. 🙄" (25: dismissal and courteous fail); "I have several other patrons waiting … please chat
 *   back in later …  Thanks for chatting!" then "ok fair, thanks!" (26: allowed, the patron has the last word); goodbyes
 *   "Enjoy your Saturday game, and thanks for chatting with us 🎾", "¡Qué bueno! Gracias por escribirnos …", "Good luck on
 *   court — bye!", "Thanks, and enjoy the league!", "Ha, congrats! Thanks for chatting.", "¡Que le vaya muy bien! Gracias por
 *   usar Ask Us.", "Thanks for chatting — talk soon by e-mail!", "¡Con mucho gusto! Que tenga buen fin de semana."; patron-side
 *   "thats all i needed!!", "ya no tengo más preguntas", "no more questions, thx", "that was everything", "no, eso es todo",
 *   "thats all", "no thats it", and "ok thanks", "yep thx!", "sí, gracias", "yes mostly. thanks", "ok fair, thanks!" that
 *   do not count;
 *  completeness: "Did that get you where you needed to go?", "¿Con eso queda resuelta la discusión?", "Does that settle the
 *   argument?", "Does that give you a place to start?", "¿Es lo que buscaba?", "¿Le sirve la guía mientras tanto?"; near
 *   misses: "Any other questions I can help with today?" alone (06: anything passes, completeness fails) and "Would you like
 *   me to look up the indoor winter schedule as well?" (13: an offer of more, fails);
 *  sources: montgomeryparks.org with the steps, usapickleball.org/rules, racquettech.com, tennisfame.com and a book in the
 *   catalog, the Consumer Reports database through the library site, usta.com, wimbledon.com, ptrtennis.org and uspta.com,
 *   recreater.com, Tennis For Dummies on Libby, mpssaa.org, a newspaper archive through the library site, microfilm of the
 *   Frederick News-Post, a price-guide database, pgparks.com, ussquash.org, recycleballs.org, tennis-warehouse.com,
 *   digitalmaryland.org; none: a rules answer from memory (11), the CourtReserve app and a department named with no way to
 *   reach them (12);
 *  referrals: PTR's education team by e-mail (08: pass); "ask the Annapolis Recreation and Parks department" with no contact
 *   (12: fail); a program coordinator by phone and URL (13: pass); the Hall of Fame library by postal address (14: pass);
 *   "check with your school's athletic director" beside a web source (15: fail); not referrals: organisations' web sites for
 *   the patron to use (08, 09, 23), a colleague consulted on the patron's behalf (16), the patron's library promising to call
 *   (19), transfers (27, 28);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 40 h (17: pass); a promise to e-mail "tomorrow
 *   afternoon" with the e-mail read back, coded Answered (18: code fails, contact passes, on_time pending at day 1); FU_LIB
 *   in Spanish, the phone only in `patron.phone`, "dentro de dos días", done at 80 h (19: contact and on_time fail, code
 *   passes); FU_ME with "get back to you", no contact anywhere, not recorded at day 4 (20: code, contact, on_time fail);
 *  codes: a true Lost Call (21); Lost Call after two patron lines (22); Practice (29); null with no provider (30);
 *  transfers: a visible notice (a hold) and an internal note saying why (27: pass); a visible notice and no note (28: fail);
 *  concurrency: one chat ending exactly at the start, two overlapping, one starting exactly at `endedAt` (01: three at most,
 *   pass); three others open through the session, four at once (14: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt`, when recorded, is the pickup (RUBRIC Terms: "the first visible provider message (or `pickedUpAt` when the
 *   source system records it)"): 05 picks up at 40 s although its first line is at 75 s (pass);
 * - Spanish greetings, identifications and closings count as the English ones RUBRIC lists; "ya no tengo más preguntas" (no
 *   more questions) and "no, eso es todo" (that's all) say explicitly that the patron is done (02, 09);
 * - "Theo, reference librarian at …" identifies but greets no one (06: fail); "Hi there! Happy to help with that 🎾" greets
 *   but identifies no one, the screen name not counting (05: fail);
 * - "Any other questions I can help with today?" asks whether the patron needs anything else, and does not ask whether what
 *   was given meets the need (06); "Would you like me to look up the indoor winter schedule as well?" offers more and asks
 *   neither (13: completeness fails; the later "Is there anything else I can help you with today?" passes anything_else);
 * - "Does that settle the argument?", "Does that give you a place to start?", "Did that get you where you needed to go?" ask
 *   whether what was given meets the need (07, 14, 01);
 * - "Men's singles, I assume, since the women's started later?" is a question about the need (26);
 * - "So you need to know what Maryland requires …, not a private club certification — got it." restates the question before
 *   the first source (15: clarify passes without a question);
 * - "check with your school's athletic director about those" tells the patron to ask a person outside the chat: a referral,
 *   with no way to reach them (15: fail);
 * - "ask the Annapolis Recreation and Parks department" is a referral with no contact, and "the CourtReserve app" is an app
 *   named without a way to reach it: no source at all (12);
 * - "the library … at 194 Bellevue Avenue, Newport, RI 02840" gives a postal address for the referral (14: pass);
 * - "I'm checking with our Western Maryland Room librarian" consults staff on the patron's behalf: no referral (16);
 * - "el equipo de su biblioteca local la llamará a usted dentro de dos días" promises that someone will contact the patron (a
 *   follow-up session), not a referral (19);
 * - "Looks like you've dropped off the chat, so I'll end it now. Thanks for writing in!" tells the patron they seem to have
 *   disconnected and that the session will end, and thanks them: a goodbye that ends the final idle and is the notice (22);
 * - "I'm going to close this chat now." announces the end only: neither a goodbye nor a disconnect notice (23);
 * - the final idle of a session whose patron sent only the question starts at the provider's greeting (10, 21), the first
 *   provider message after the patron's last visible message that is not a hold.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (14, 15, 20). Label corrections: none (each disagreement reread against
 * RUBRIC.md; the labels stand by its text).
 * Final: 27 running, 3 LEFT (LEFT_WHY): 14 referral.contact (a referral by postal address read as no referral), 15
 * referral.contact (a person named with no contact passed on the strength of a source URL in the same message), 20
 * followup.completeness ("Does the U.S. Squash page cover what you need for now?" not read as the completeness question).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`; keep_informed at 115, exactly 120 and 121 s, across a
 * partial-result hold, "tómese su tiempo", two transfer notices; final idles of 119, 120, 180, 200 and 315 s; concurrency
 * at four and at touching ends; on_time done at 40 h, done at 80 h, not recorded at day 4, pending at day 1) scored as
 * labelled on the first run.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 * ON v68 (block AH16): case 14's "you can write to or visit it at 194 Bellevue Avenue, …" refers to the Hall of Fame with its
 *   address; it runs, 15 and 20 LEFT.
 * ON v69 AS LANDED (block AI): 20 ("Does the U.S. Squash page cover …?", AI8) runs as labelled; 15 stays LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queued = (sec: number, n: number): Line => [sec, 's', `All librarians are helping other patrons. You are number ${n} in line.`];

const ALMA: Prov = { id: 'alma-tn', name: 'Alma', library: 'MCPL' };
const LUCIA: Prov = { id: 'lucia-tn', name: 'Lucía', library: 'AUN' };
const BO: Prov = { id: 'bo-tn', name: 'Bo', library: 'CCPL-MD' };
const DEV: Prov = { id: 'dev-tn', name: 'Dev', library: 'EPFL' };
const RALLY: Prov = { id: 'rallydesk-tn', name: 'RallyDesk', library: 'CCPL-CE' };
const THEO: Prov = { id: 'theo-tn', name: 'Theo', library: 'WPL' };
const MARGO: Prov = { id: 'margo-tn', name: 'Margo', library: 'AUN' };
const NOOR: Prov = { id: 'noor-tn', name: 'Noor', library: 'HCPL-MD' };
const PAZ: Prov = { id: 'paz-tn', name: 'Paz', library: 'FCPL-MD' };
const QUINN: Prov = { id: 'quinn-tn', name: 'Quinn', library: 'HCLS' };
const RHEA: Prov = { id: 'rhea-tn', name: 'Rhea', library: 'QACL' };
const SOL: Prov = { id: 'sol-tn', name: 'Sol', library: 'AACPL' };
const TOMAS: Prov = { id: 'tomas-tn', name: 'Tomás', library: 'BCPL' };
const VIV: Prov = { id: 'viv-tn', name: 'Viv', library: 'WCFL' };
const WES: Prov = { id: 'wes-tn', name: 'Wes', library: 'HCLS' };
const XENA: Prov = { id: 'xena-tn', name: 'Xena', library: 'WCFL' };
const YVES: Prov = { id: 'yves-tn', name: 'Yves', library: 'FCPL-MD' };
const ZED: Prov = { id: 'zed-tn', name: 'Zed', library: 'ACLS' };
const AMARA: Prov = { id: 'amara-tn', name: 'Amara', library: 'PGCMLS' };
const BRAM: Prov = { id: 'bram-tn', name: 'Bram', library: 'AACPL' };
const CASS: Prov = { id: 'cass-tn', name: 'Cass', library: 'SMCL' };
const DORA: Prov = { id: 'dora-tn', name: 'Dora', library: 'AUN' };
const ELI: Prov = { id: 'eli-tn', name: 'Eli', library: 'TCFL' };
const FAYE: Prov = { id: 'faye-tn', name: 'Faye', library: 'WOCL' };
const GIL: Prov = { id: 'gil-tn', name: 'Gil', library: 'CCPL-CE' };
const HUGO: Prov = { id: 'hugo-tn', name: 'Hugo', library: 'AUN' };
const IRIS: Prov = { id: 'iris-tn', name: 'Iris', library: 'AUN' };
const KOFI: Prov = { id: 'kofi-tn', name: 'Kofi', library: 'EPFL' };
const JUNO: Prov = { id: 'juno-tn', name: 'Juno', library: 'HCLS' };
const LENA: Prov = { id: 'lena-tn', name: 'Lena', library: 'HCLS' };
const TRAINEE: Prov = { id: 'trainee-tn', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-tn', name: 'Queue', library: 'VRQ' };

const s = session;

export const TENNIS: SessionCase[] = [
  // 01 the plain good session; three open at most, ends touching
  s(ALMA, '01 reserving a county park court: "Good evening and thanks for contacting … my name\'s Alma", montgomeryparks.org steps, touching ends', [
    [0, 'p', 'hi how do i reserve a tennis court at a county park? tried the website and got lost'],
    [14, 'l', "Good evening and thanks for contacting Ask a Librarian — my name's Alma, I'm a librarian at Montgomery County Public Libraries."],
    [20, 'l', 'Which park are you hoping to play at, and is it a one-time game or a weekly spot?'],
    [58, 'p', 'wheaton regional, just saturday mornings'],
    [66, 'l', 'Montgomery Parks takes court reservations online through ActiveMontgomery: go to montgomeryparks.org, then Activities > Tennis > Reserve a Court, and pick Wheaton Regional. Saturday slots open 7 days ahead at 7 a.m.'],
    [72, 'l', 'Did that get you where you needed to go?'],
    [110, 'p', 'yep found it, thats all i needed!!'],
    [116, 'l', 'Enjoy your Saturday game, and thanks for chatting with us 🎾'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'alma-tn', -200, 0), other('a2', 'alma-tn', -50, 300), other('a3', 'alma-tn', 20, 400), other('a4', 'alma-tn', 121, 500)],
  }),

  // 02 Spanish: the kitchen after the bounce
  s(LUCIA, '02 pegarle en la cocina después del bote (Spanish): "¡Buenas noches! Habla Lucía, bibliotecaria", usapickleball.org/rules, "ya no tengo más preguntas"', [
    [0, 'p', 'buenas, una pregunta de pickleball: puedo pegarle a la pelota dentro de la cocina si ya rebotó?'],
    [25, 'l', '¡Buenas noches! Habla Lucía, bibliotecaria del servicio estatal Ask Us Now.'],
    [31, 'l', '¿La duda es para dobles recreativos o para un torneo con árbitro?'],
    [70, 'p', 'recreativo, con mis vecinas jaja. discutimos mucho'],
    [78, 'l', 'Sí se puede: la zona de no volea (la "cocina") solo prohíbe volear, es decir, pegarle antes de que bote. Si la pelota ya rebotó, usted puede entrar y pegarle. Está en el reglamento oficial de USA Pickleball, sección 9, en usapickleball.org/rules.'],
    [84, 'l', '¿Con eso queda resuelta la discusión? 😄'],
    [130, 'p', 'siii gracias!! ya no tengo más preguntas'],
    [136, 'l', '¡Qué bueno! Gracias por escribirnos y que disfruten el partido.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(BO, '03 string tension after hitting long: pickup at exactly 60 s, strings asked, racquettech.com + Flipster, "no more questions, thx"', [
    [0, 'p', 'what tension should i string my racquet at? i keep hitting long'],
    [60, 'l', "Hi, I'm Bo, one of the reference librarians at Carroll County Public Library."],
    [66, 'l', 'What strings are in it now, polyester or a multifilament? And do you know the current tension?'],
    [110, 'p', 'poly i think, 55 lbs'],
    [118, 'l', "Stringing a few pounds tighter gives a bit more control, and poly plays stiffer as it loses tension, so a fresh job may fix it by itself. The US Racquet Stringers Association has a tension guide at racquettech.com, and Tennis Magazine is in our Flipster app at ccpl.org/eresources."],
    [124, 'l', 'Does that help you decide?'],
    [170, 'p', 'yes, gonna try 57. no more questions, thx'],
    [176, 'l', 'Good luck on court — bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(DEV, '04 who invented the tiebreak: pickup at 61 s, "Sorry for the wait", tennisfame.com + Bud Collins in the catalog', [
    [0, 'p', 'who invented the tiebreak in tennis and when did they start using it'],
    [61, 'l', 'Hello! Dev here, librarian at Enoch Pratt Free Library. Sorry for the wait.'],
    [67, 'l', 'Are you after the tiebreak in general, or when a particular tournament like Wimbledon adopted it?'],
    [100, 'p', 'in general. first time used'],
    [108, 'l', "It was James Van Alen, the founder of the International Tennis Hall of Fame; his 'sudden death' tiebreak was first used at a major at the 1970 US Open. The Hall of Fame tells the story at tennisfame.com (search 'Van Alen'), and Bud Collins' History of Tennis in our catalog has more."],
    [114, 'l', 'Is that the info you were after?'],
    [150, 'p', 'yes thank you'],
    [156, 'l', 'Anything else I can look up for you?'],
    [180, 'p', 'nah'],
    [184, 'l', 'Thanks for using Ask a Librarian, have a good one!'],
  ], usual({ pickup: 'fail' })),

  // 05 pickedUpAt recorded at 40 s; a screen name only
  s(RALLY, '05 a first pickleball paddle: pickedUpAt 40 s, first line at 75 s, "Hi there! Happy to help with that 🎾" under "RallyDesk"', [
    [0, 'p', 'looking for a good beginner pickleball paddle, what should i look at'],
    [75, 'l', 'Hi there! Happy to help with that 🎾'],
    [80, 'l', 'Is this your first paddle, and is there a budget you want to stay under?'],
    [120, 'p', 'first one, under $80'],
    [128, 'l', 'Consumer Reports has a pickleball paddle buying guide you can read free with your library card: cecil.ebranch.info > Research > Consumer Reports. For beginners it points to a mid-weight paddle (about 7.5 to 8.2 oz) with a polymer core.'],
    [134, 'l', 'Is that what you were looking for?'],
    [170, 'p', 'yes thats everything, ty'],
    [175, 'l', 'Have fun out there, bye!'],
  ], usual({ greeting: 'fail' }), { pickedUpAt: at(40) }),

  // 06 identifies, no greeting; "any other questions" without the completeness question
  s(THEO, '06 an NTRP self-rating for a USTA league: "Theo, reference librarian at …" (no greeting), usta.com, "Any other questions I can help with today?"', [
    [0, 'p', 'how do i get an NTRP rating so i can join a usta league? never played leagues before'],
    [30, 'l', 'Theo, reference librarian at Wicomico Public Libraries.'],
    [36, 'l', 'Have you played in tournaments before, or would this be your first rated play?'],
    [80, 'p', 'first, just rec play with friends'],
    [88, 'l', "New players self-rate: you make an account at usta.com and answer the self-rating questions. USTA's NTRP guidelines describe each level from 2.5 to 5.0 (usta.com, search 'NTRP')."],
    [95, 'l', 'Any other questions I can help with today?'],
    [140, 'p', 'nope'],
    [144, 'l', 'Thanks, and enjoy the league!'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 07 holds of 115 s and exactly 120 s, the second a partial result
  s(MARGO, '07 the Open Era at Wimbledon (bar trivia): hold at 68, partial result at 183, answer at 303 (exactly 120 s), wimbledon.com', [
    [0, 'p', 'when were pros first allowed to play at wimbledon? and was it the same year for women'],
    [20, 'l', 'Hi! Margo at the Ask Us Now statewide chat, happy to help.'],
    [26, 'l', 'Do you need this for something formal like a paper, or just curious?'],
    [60, 'p', 'bar trivia argument lol'],
    [68, 'l', 'Let me dig into that — one moment.'],
    [183, 'l', "Okay, part one: Wimbledon opened to professionals in 1968, the start of the Open Era. Still checking whether the women's event opened the same year."],
    [303, 'l', "Confirmed — the gentlemen's and ladies' singles were both open in 1968; Rod Laver and Billie Jean King won. Wimbledon's own history pages cover it at wimbledon.com."],
    [309, 'l', 'Does that settle the argument?'],
    [340, 'p', 'YES. i win. thats all i needed thank u'],
    [346, 'l', 'Ha, congrats! Thanks for chatting.'],
  ], usual()),

  // 08 a hold answered 121 s later; a referral by e-mail
  s(NOOR, '08 PTR or USPTA for coaching juniors: "Bear with me while I look …" answered 121 s later, ptrtennis.org + uspta.com, PTR by e-mail', [
    [0, 'p', 'Hello, I want to become a certified tennis coach. Which certification is recognized, PTR or USPTA?'],
    [18, 'l', 'Hello, thanks for reaching out to Ask a Librarian! This is Noor at Harford County Public Library.'],
    [24, 'l', 'Will you be coaching kids at a club, a high school team, or adults?'],
    [55, 'p', 'Mostly juniors at a club'],
    [62, 'l', 'Bear with me while I look at what each one requires.'],
    [183, 'l', "Clubs recognize both. PTR's junior development pathway is laid out at ptrtennis.org, and the USPTA's certification levels at uspta.com; each site lists its workshops and exams. If the junior track is unclear, you can e-mail PTR's education team at education@ptrtennis.org."],
    [189, 'l', 'Is that the comparison you needed?'],
    [230, 'p', 'yes great thanks, that was everything'],
    [236, 'l', 'Good luck with the certification, goodbye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 09 partly Spanish: "take your time", the patron back 240 s later
  s(PAZ, '09 campamento de tenis para una niña (partly Spanish): "Claro, tómese su tiempo" then 240 s away, recreater.com, "no, eso es todo"', [
    [0, 'p', 'hi! quiero inscribir a mi hija en el campamento de tenis de verano del condado, where do i sign up?'],
    [16, 'l', '¡Hola! Soy Paz, bibliotecaria de Frederick County Public Libraries. Happy to help in English or Spanish.'],
    [22, 'l', '¿Cuántos años tiene su hija? The camps are split by age.'],
    [50, 'p', 'espere, let me find her papers, i always mix up the year lol'],
    [56, 'l', 'Claro, tómese su tiempo. No hay prisa.'],
    [296, 'p', 'ok sorry! she turns 9 in june'],
    [304, 'l', 'Perfecto. Frederick County Parks and Recreation lists the youth tennis camps for ages 8 to 10 at recreater.com, under Camps > Sports; registration opens March 15.'],
    [310, 'l', '¿Es lo que buscaba?'],
    [350, 'p', 'si!! gracias'],
    [356, 'l', '¿Algo más en lo que le pueda ayudar?'],
    [380, 'p', 'no, eso es todo'],
    [384, 'l', '¡Que le vaya muy bien! Gracias por usar Ask Us.'],
  ], usual()),

  // 10 no question before the source; the patron silent after the question, goodbye 119 s after the greeting
  s(QUINN, '10 why zero is "love": sources at once, a question only after them, the patron silent, goodbye at 131 (final idle 119 s)', [
    [0, 'p', 'why is zero called love in tennis?? and whats deuce'],
    [12, 'l', 'Hi! Quinn here, a librarian at Howard County Library System.'],
    [18, 'l', "No one is sure where 'love' came from: one idea is the French l'oeuf (egg, for the shape of a zero), another is playing 'for love', meaning for nothing. 'Deuce' comes from the French à deux, two points still needed to win. Tennis For Dummies by Patrick McEnroe, in our catalog and on Libby, explains the scoring. Does that clear it up?"],
    [24, 'l', 'Are you learning to play, or watching matches on TV? I can suggest more either way.'],
    [131, 'l', 'Thanks for the fun question — bye for now!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 11 an answer with no source; "ok thanks" alone
  s(RHEA, '11 the let serve in pickleball: official or house rules asked, the rule from memory (no source), "ok thanks"', [
    [0, 'p', 'is a let serve still replayed in pickleball? my group keeps arguing'],
    [22, 'l', "Good afternoon! Rhea here from the Ask a Librarian team at Queen Anne's County Library."],
    [28, 'l', 'Are you playing by the official rules, or house rules at your rec center?'],
    [60, 'p', 'official i guess'],
    [66, 'l', "Under the official rules, no: lets on the serve were dropped a few years ago. If the serve clips the net and lands in the right service court, it's in and play goes on."],
    [72, 'l', 'Does that clear it up?'],
    [110, 'p', 'ok thanks'],
    [115, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 12 an app and a department named with no way to reach them
  s(SOL, '12 lighted courts at Riverside Park: "the CourtReserve app", "ask the Annapolis Recreation and Parks department" (no contact)', [
    [0, 'p', 'how do i book the lighted courts at riverside park for a night match'],
    [20, 'l', 'Hi, Sol at Ask Us, Anne Arundel County Public Library. Glad to help!'],
    [26, 'l', 'Is Riverside the city park in Annapolis, or a county one?'],
    [60, 'p', 'annapolis'],
    [68, 'l', "The city books those courts through the CourtReserve app; if it won't let you pick the night slots, ask the Annapolis Recreation and Parks department, they handle the lights."],
    [74, 'l', 'Did that answer your question?'],
    [110, 'p', 'kinda. ill try the app'],
    [115, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no'],
    [134, 'l', 'Good luck with the match — thanks for stopping by!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 13 a referral by phone and URL; an offer of more instead of the completeness question
  s(TOMAS, '13 a seniors\' doubles league: coordinator at 410-555-0163 + baltimorecountymd.gov, "Would you like me to look up the indoor winter schedule as well?"', [
    [0, 'p', "I'm 67 and would like to join a seniors tennis league in Baltimore County. Where do I start?"],
    [24, 'l', "Good morning, and welcome to Ask a Librarian. I'm Tomás, at Baltimore County Public Library."],
    [30, 'l', 'What level do you play at, more social doubles or competitive?'],
    [70, 'p', 'Social doubles, nothing serious.'],
    [78, 'l', "The county's Recreation and Parks senior tennis program runs social doubles on weekday mornings. Call the program coordinator at 410-555-0163, or see the schedule at baltimorecountymd.gov/departments/recreation."],
    [84, 'l', 'Would you like me to look up the indoor winter schedule as well?'],
    [120, 'p', 'No, that is fine. Thank you.'],
    [126, 'l', 'Is there anything else I can help you with today?'],
    [150, 'p', 'Nothing else, thanks.'],
    [155, 'l', 'Enjoy the doubles, and thank you for chatting!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 14 a referral by postal address; four open at once
  s(VIV, '14 a great-aunt at the Newport Casino in the 1920s: the Hall of Fame library at 194 Bellevue Avenue, four chats open at once', [
    [0, 'p', 'researching my great-aunt who played at the newport casino in the 1920s, any archives?'],
    [15, 'l', 'Hello! Viv, librarian at Washington County Free Library, here.'],
    [21, 'l', 'Do you know her name as it would appear in the draws back then, maiden name perhaps?'],
    [60, 'p', 'yes, Edith Marlowe'],
    [70, 'l', "The International Tennis Hall of Fame keeps the Newport Casino tournament records in its library; you can write to or visit it at 194 Bellevue Avenue, Newport, RI 02840. For results printed at the time, the New York Times historical archive is on our e-resources page at washcolibrary.org."],
    [76, 'l', 'Does that give you a place to start?'],
    [120, 'p', 'yes wonderful, thats all i needed'],
    [126, 'l', 'Happy researching, and thanks for chatting!'],
  ], usual({ referral: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('v1', 'viv-tn', -100, 300), other('v2', 'viv-tn', 10, 250), other('v3', 'viv-tn', 30, 400)],
  }),

  // 15 a restatement instead of a question; a person named with no way to reach them
  s(WES, '15 coaching a high school team in Maryland: "So you need to know what Maryland requires …", mpssaa.org, "check with your school\'s athletic director"', [
    [0, 'p', 'im a teacher and they want me to coach the high school tennis team next spring. what certification do i need in maryland'],
    [28, 'l', "Hi, welcome to Ask Us! I'm Wes, a librarian at Howard County Library System."],
    [34, 'l', 'So you need to know what Maryland requires of a public high school coach, not a private club certification — got it.'],
    [40, 'l', "The MPSSAA (Maryland Public Secondary Schools Athletic Association) posts the coach requirements, including the coaching course and first aid/CPR, at mpssaa.org under Coaches. Each county adds its own steps, so check with your school's athletic director about those."],
    [46, 'l', 'Is that what you were looking for?'],
    [90, 'p', 'yes thank you, no more questions'],
    [95, 'l', 'Good luck with the team, goodbye!'],
  ], usual({ referral: 'fail' })),

  // 16 a colleague consulted on the patron's behalf (no referral)
  s(XENA, '16 Hagerstown\'s first public courts: "I\'m checking with our Western Maryland Room librarian" (84 s hold + internal note), newspaper archive, "thats all"', [
    [0, 'p', 'when were the first public tennis courts built in hagerstown? doing a project for the historical society'],
    [20, 'l', 'Hi there! Xena at Washington County Free Library, Ask a Librarian.'],
    [26, 'l', 'Do you need a newspaper mention, or would a city record or a photo do?'],
    [60, 'p', 'newspaper would be great'],
    [66, 'l', "One moment, I'm checking with our Western Maryland Room librarian."],
    [68, 'i', 'Jen, patron wants the first public tennis courts in Hagerstown, newspaper mention if any?'],
    [150, 'l', 'Our Western Maryland Room librarian found it: the Morning Herald reported the City Park courts opening in May 1923. You can read the article in the Hagerstown newspaper archive, free with your library card at washcolibrary.org > Digital Collections.'],
    [156, 'l', 'Does that work for your project?'],
    [190, 'p', 'perfect!! thanks so much'],
    [195, 'l', 'Anything else today?'],
    [210, 'p', 'thats all'],
    [214, 'l', 'Thanks for chatting, good luck with the project!'],
  ], usual()),

  // 17 follow-up by me, e-mail read back, "by Friday", done in 40 h
  s(YVES, '17 a 1974 county junior final (follow-up by me): microfilm, e-mail typed and read back, "by Friday", done in 40 h', [
    [0, 'p', 'trying to find the results of the 1974 county junior tennis championship, my dad was in the final'],
    [25, 'l', 'Good afternoon, this is Yves, a librarian with Frederick County Public Libraries.'],
    [31, 'l', 'Do you know which month it was played, or which newspaper covered it?'],
    [70, 'p', 'summer, probably the frederick news-post'],
    [78, 'l', "The Frederick News-Post for 1974 is on microfilm at our C. Burr Artz branch, and most of it isn't searchable online. I can go through July and August for you and e-mail scans of what I find. What's the best e-mail?"],
    [120, 'p', 'sure its dkessler74@example.com'],
    [126, 'l', "Thanks! I have dkessler74@example.com. You'll have the scans by Friday."],
    [132, 'l', 'Does that answer your question for now?'],
    [170, 'p', 'yes thank you so much'],
    [176, 'l', 'Anything else for today?'],
    [190, 'p', 'no thats it'],
    [195, 'l', 'Thanks for chatting — talk soon by e-mail!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 18 a promise to e-mail "tomorrow afternoon", coded Answered
  s(ZED, '18 a vintage Wilson T2000: "I\'ll … e-mail you what I find tomorrow afternoon", e-mail read back, coded Answered', [
    [0, 'p', 'i found my grandpas old wilson t2000 steel racquet, is it worth anything??'],
    [20, 'l', 'Hey, welcome to Ask a Librarian! Zed here, Allegany County Library System.'],
    [26, 'l', 'What shape is it in, and does it still have the original grip and strings?'],
    [70, 'p', 'pretty good, original grip, strings are shot'],
    [78, 'l', "Collectors' prices are best checked against real sales; our antiques price guide database (alleganylibrary.org > Research) has sports collectibles. I'll look through a couple of collectors' guides too and e-mail you what I find tomorrow afternoon. What e-mail should I use?"],
    [120, 'p', 'grampa.t2000@example.org'],
    [126, 'l', 'Got it: grampa.t2000@example.org.'],
    [132, 'l', 'Does the database give you a starting point?'],
    [170, 'p', 'yep thx!'],
    [175, 'l', 'Take care, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 19 Spanish, follow-up by the patron's library, the phone only in the patron fields, done at 80 h
  s(AMARA, '19 liga de pickleball en español (Spanish, follow-up by patron\'s library): phone only in patron.phone, "dentro de dos días", done at 80 h', [
    [0, 'p', 'Hola, busco una liga de pickleball para principiantes cerca de Langley Park. Hay algo en español?'],
    [30, 'l', "¡Hola, bienvenida! Le saluda Amara, bibliotecaria de la Biblioteca Pública de Prince George's."],
    [36, 'l', '¿Busca una liga entre semana o de fin de semana?'],
    [80, 'p', 'fin de semana por favor'],
    [88, 'l', 'La guía de actividades de M-NCPPC en pgparks.com (sección Pickleball) muestra clases para principiantes los sábados. Para saber si alguna es en español, el equipo de su biblioteca local la llamará a usted dentro de dos días con la respuesta.'],
    [94, 'l', '¿Le sirve la guía mientras tanto?'],
    [140, 'p', 'sí, gracias'],
    [146, 'l', '¡Con mucho gusto! Que tenga buen fin de semana.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: null, phone: '301-555-0188' }, followUps: [{ doneAt: at(80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 20 follow-up by me with no contact anywhere, not recorded at day 4
  s(BRAM, '20 hardball doubles squash rules (follow-up by me): ussquash.org, "I\'ll … get back to you", no e-mail or phone, not recorded at day 4', [
    [0, 'p', 'where can i find the official rules for hardball doubles squash? our club is starting a league'],
    [22, 'l', 'Hi! This is Bram, a librarian at Anne Arundel County Public Library.'],
    [28, 'l', 'Is your club playing on a North American doubles court, the wide one?'],
    [60, 'p', 'yes'],
    [68, 'l', "U.S. Squash publishes the doubles rules on its site, ussquash.org (Rules > Doubles). I'll look for the older hardball doubles rulebook too and get back to you."],
    [74, 'l', 'Does the U.S. Squash page cover what you need for now?'],
    [110, 'p', 'yes mostly. thanks'],
    [116, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 21 a true Lost Call
  s(CASS, '21 books on the history of badminton (Lost Call): greeting at 25, "Are you still with me?" at 160, disconnect notice with an invitation at 340', [
    [0, 'p', 'does the library have any books on the history of badminton'],
    [25, 'l', "Hello, and thanks for contacting Ask Us Now! Cass here, librarian at St. Mary's County Library."],
    [160, 'l', 'Are you still with me?'],
    [340, 'l', "It looks like we've been disconnected, so I'll close this session. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 partly Spanish: Lost Call after two patron lines; the patron leaves; final idle 200 s
  s(DORA, '22 four players on a pickleball court (partly Spanish, Lost Call): patron left at 130, "¿Sigue ahí? Are you still there?" at 208, notice with thanks at 268', [
    [0, 'p', 'hola, how many people can play on a pickleball court at the park? 4 max?'],
    [20, 'l', 'Hi! Dora here, a librarian with the Ask Us statewide service.'],
    [26, 'l', 'Are you asking about one game of doubles, or how many can wait their turn for a court?'],
    [60, 'p', 'one game, 4 max?'],
    [68, 'l', "Yes: a pickleball game is singles (2 players) or doubles (4). USA Pickleball's rulebook at usapickleball.org/rules covers it. Does that help?"],
    left(130),
    [208, 'l', '¿Sigue ahí? Are you still there?'],
    [268, 'l', "Looks like you've dropped off the chat, so I'll end it now. Thanks for writing in!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 final idle exactly 180 s: a check-in, then an announcement that is neither a notice nor a goodbye
  s(ELI, '23 recycling a club\'s old balls: answer at 60, "You still there?" at 150, "I\'m going to close this chat now." at 235, ends at 240 (180 s)', [
    [0, 'p', 'can i recycle old tennis balls anywhere'],
    [15, 'l', "Hi, I'm Eli, a librarian at Talbot County Free Library."],
    [21, 'l', 'Do you have a lot of them, like from a club, or just a few cans?'],
    [45, 'p', 'a few hundred from our club'],
    [60, 'l', 'The recycleballs.org site lists free collection boxes and mail-back options for clubs. Does that help?'],
    [150, 'l', 'You still there?'],
    [235, 'l', "I'm going to close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 24 final idle exactly 120 s with a check-in
  s(FAYE, '24 taping a pickleball court on a driveway: answer at 58, "Are you still there? 🙂" at 150, ends at 178 (final idle 120 s)', [
    [0, 'p', 'what are the dimensions of a pickleball court? want to tape one on our driveway'],
    [18, 'l', 'Hello! Faye, librarian at Worcester County Library, Ask a Librarian service.'],
    [24, 'l', 'Is your driveway at least 44 by 20 feet, or are you working with less room?'],
    [50, 'p', 'about 50 x 25'],
    [58, 'l', 'That fits: the court is 20 ft wide and 44 ft long, with the non-volley zone 7 ft from the net on each side. USA Pickleball has a diagram at usapickleball.org/court-diagram. Did that help?'],
    [150, 'l', 'Are you still there? 🙂'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 28 }),

  // 25 a dismissal; the patron upset
  s(GIL, '25 specs for six racquets: tennis-warehouse.com, "Sorry, you\'ve used up your time for this chat. I\'m ending the session now.", "wow. great service. 🙄"', [
    [0, 'p', 'ok i need racquet specs. head size, weight, balance for like 6 different racquets'],
    [20, 'l', 'Hi, Gil at Ask a Librarian, Cecil County Public Library.'],
    [26, 'l', 'Which racquets are they? Brand and model would help.'],
    [60, 'p', 'babolat pure drive, wilson clash 100, head speed mp, yonex ezone 98, prince phantom 100, tecnifibre tf40'],
    [70, 'l', 'Tennis Warehouse lists the full specs for each model at tennis-warehouse.com (search the model, then Specs). The Pure Drive, for example, is 100 sq in and 300 g unstrung.'],
    [76, 'l', 'Did that help?'],
    [100, 'p', 'no i want YOU to look up all of them and compare, and the string patterns too'],
    [110, 'l', "Sorry, you've used up your time for this chat. I'm ending the session now."],
    [120, 'p', 'wow. great service. 🙄'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 26 the allowed form: other patrons waiting, come back later
  s(HUGO, '26 a tennis history quiz list: "I have several other patrons waiting … please chat back in later", the patron has the last word', [
    [0, 'p', 'hi! big tennis nerd here. first q: who won the first wimbledon?'],
    [16, 'l', 'Hi there, welcome! Hugo here, a librarian with the AskUsNow! statewide service.'],
    [22, 'l', "Men's singles, I assume, since the women's started later?"],
    [45, 'p', 'yes'],
    [52, 'l', "Spencer Gore won the first Wimbledon in 1877. Wimbledon's roll of champions is at wimbledon.com. Is that what you wanted?"],
    [80, 'p', 'yes! ok next: first us open champ, first french open champ, first davis cup winner, first olympic gold, and the longest match ever'],
    [88, 'l', "That's quite a list! I have several other patrons waiting for help right now, so I'll need to wrap up here — please chat back in later and we'll happily keep working through it. The archive on wimbledon.com and the International Tennis Hall of Fame site, tennisfame.com, will answer a lot of it in the meantime. Thanks for chatting!"],
    [100, 'p', 'ok fair, thanks!'],
  ], usual({ anything: 'fail' })),

  // 27 a transfer with a visible notice and an internal note
  s(IRIS, '27 photos of the Druid Hill Park courts: transfer notice at 66, internal note at 70, Kofi at 120, digitalmaryland.org', [
    [0, 'p', 'do you have old photos of the druid hill park tennis courts? from the 1940s-50s'],
    [22, 'l', 'Hi! Iris here, librarian with Ask Us Now, the statewide chat.'],
    [28, 'l', 'Are you hoping to see them online, or would visiting a collection in person work?'],
    [60, 'p', 'online if possible'],
    [66, 'l', "I'm going to transfer you to Kofi at Enoch Pratt's Special Collections, who knows the photo archives — one moment while I connect you."],
    [70, 'i', 'Kofi, patron wants 1940s-50s photos of the Druid Hill Park tennis courts, online if possible. Special Collections q, can you take it?'],
    xfer(74, 'Kofi', 'kofi-tn'),
    [120, 'l', 'Hello, Kofi from Pratt Special Collections here! 🙂', as(KOFI)],
    [126, 'l', "Our Digital Maryland collection has several: go to digitalmaryland.org and search 'Druid Hill tennis'. Does that help?", as(KOFI)],
    [170, 'p', 'yes thank u, thats all i needed'],
    [176, 'l', 'Glad to help, thanks for chatting!', as(KOFI)],
  ], usual({ transfer: 'pass' })),

  // 28 a transfer with a visible notice and no internal note
  s(JUNO, '28 wheelchair tennis for a 12-year-old: "I\'m handing you over to my colleague Lena …" with no internal note, usta.com', [
    [0, 'p', 'my son uses a wheelchair and wants to try tennis, are there programs in the county?'],
    [18, 'l', 'Good evening! Juno at Ask a Librarian, Howard County Library System.'],
    [24, 'l', 'How old is he, and has he played any adapted sports before?'],
    [60, 'p', '12, he does wheelchair basketball'],
    [66, 'l', "Great — I'm handing you over to my colleague Lena, who works with our accessibility services, so she can help from here."],
    xfer(70, 'Lena', 'lena-tn'),
    [110, 'l', "Hi, I'm Lena, accessibility services librarian at HCLS.", as(LENA)],
    [116, 'l', "USTA's wheelchair tennis page lists programs near you: usta.com, search 'wheelchair tennis' and enter your zip code. Is that what you were looking for?", as(LENA)],
    [160, 'p', 'yes! we will look. no more questions'],
    [165, 'l', 'Wonderful, thank you and best of luck to him!', as(LENA)],
  ], usual({ transfer: 'fail' })),

  // 29 Practice
  s(TRAINEE, '29 what a "bagel" is (Practice): not scored', [
    [0, 'p', 'practice chat: what does it mean when a set is a bagel?'],
    [10, 'l', 'Hi, this is Trainee 7 practising on the Ask Us training queue.'],
    [16, 'l', "A 'bagel' is a 6-0 set, from the shape of the zero."],
    [30, 'p', 'thanks, ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 no provider ever; code null
  s(NOBODY, '30 the indoor tennis center on Thanksgiving: queue line, "hello??", the patron leaves, no provider, code null', [
    [0, 'p', 'hi is the indoor tennis center open on thanksgiving'],
    queued(5, 2),
    [90, 'p', 'hello??'],
    left(150),
  ], { ...ALL_NA, 'approachability.pickup': 'fail', 'resolution.code': 'fail' }, { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TENNIS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('15')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 3: "Each county adds its own steps, so check with your school\'s athletic director about those." refers the patron to a person with no way to reach them; the only URL in the message, mpssaa.org, is a web source the MPSSAA publishes, not the athletic director\'s contact (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL). fail otherwise.").',
};

describe('seventy-seventh round: tennis, pickleball and racquet sports, checked', () => {
  describeSessions('whole sessions', TENNIS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TENNIS.filter((c) => c.name in LEFT_WHY));
});
