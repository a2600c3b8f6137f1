/**
 * Thirty-seventh round (E11), a narrowing wave: v38's blocks E9 (`cardSubjectNarrowE9` / `cardPartyE9`, `phone`'s 311 rule
 * with its building words and numbered streets, `notPromise` owners "our county's / city's …" and "the library's …",
 * `bareTailNarrowE9`) and E10 ("not my job" with "however / although / instead / though / sin embargo / aunque / no
 * obstante / en cambio", `wayForwardE10`, `notPromise` and `referralParty` utility brands and kinds, notary as a topic,
 * `ownHostSuffixE10`, `actTailEsE10`), merged with no wave after them: both ways, what they read that is not their
 * behaviour, and what they skip that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, non-native, chat-speak) and Spanish:
 *  a refusal whose conjunction goes on to a brush-off ("although you could google it", "though honestly I don't care",
 *   "not my job tho, call someone else. bye", "sin embargo puede buscarlo en Google", "en cambio, usted debería leer las
 *   reglas", "aunque no me importa", "instead of complaining you could read the policy at …"), "however" as an adverb after
 *   the refusal ("however nicely you put it", "however politely you ask", "however rudely you demand it") and before it
 *   ("However you look at it, …"; "However you pay, the fine …" with no refusal), "instead of" ("instead of asking me go read
 *   the FAQ" vs "instead of me the passport office at 240-… can do it"), a name in -ly after "however" ("however Kelly at the
 *   circulation desk can help"), "someone else" named and unnamed ("someone else at the circ desk", "ask someone else",
 *   "someone else can help"), the way forward before the refusal or in the provider's next message, and a source only there
 *   ("Our hours are at …. That's not my job. Bye.");
 *  311 before other building words and in addresses ("in the Engineering Library", "in the Science Library", "in the Student
 *   Services Complex", "Suite B", "311 Elm Street", British "311 High Street", "311 W. Saratoga Street") and as the city line
 *   in towns whose name holds a building word or none ("in Union City", "in Union County", "in Salt Lake City", "in Kansas
 *   City about the clinic", "in Garden City about the gym", "from the library's phone", ", option 2", "Monday through
 *   Friday", "or visit City Hall");
 *  card and document subjects with two documents ("The catalog or your account", "Your receipt or your online account", "The
 *   FAQ or the member handbook", "The syllabus or your student handbook", "The instructions for your card", "The email that
 *   confirmed your account") and with parties ("Your landlord or your lease", "Your employer or your benefits handbook",
 *   "Your school counselor and the student handbook", "The landlord or the property manager named on your lease", "The
 *   branch where you got your card", "The office where you applied for your benefits card", "Whoever / Whichever bank issued
 *   your card", "The page / website where you set up your account");
 *  Duke and Dominion as a university, a person, a game, a venue ("Duke will email you a decision", "ask Duke at the teen desk,
 *   240-…", "Dominion is a deck-building card game", "The Duke Energy Convention Center hosts the book fair", "Call the Duke
 *   Energy Center box office at 919-…") and as utilities ("Ask Dominion Energy about budget billing", "Call Dominion at
 *   1-866-…", "Duke Energy's outage map"); a utility by its kind as a co-op ("Your electric co-op will call you", "I'll ask
 *   your electric co-op to call you back tomorrow"), "La compañía de agua lo llamará", "our city's recycling crew will text
 *   you";
 *  bare check-ins with "here" ("sorry about the wait are you still here", "hey you still here", "uh hello?? u still here",
 *   "ok the link is up top u still here"), statements ("glad you still here", "i see you still here", "glad ur still here",
 *   "ok im still here whenever ur ready"), a wh-question ("how long are you still here"), chat-speak "r u still w me";
 *  hosts of the party's own (firstenergycorp.com, duke-energy.com/es, sce.com, smud.org) and of another body beside it
 *   (dhs.georgia.gov for Georgia Power, energyoutreach.org for Xcel Energy, energyhelp.ohio.gov for Columbia Gas).
 *
 * Statuses are read from the literal text of RUBRIC.md (closing.no_dismissal: "ends the help for the provider's convenience
 * without offering a way back"; Terms, Referral: "telling the patron to contact or visit a person or organisation outside the
 * chat"; info.source: "a URL or domain, an e-mail or phone contact for a referral", an address alone is none; Follow-up
 * session: the provider "promises in the chat to send or find more later"; session.idle_checkin: "asked whether the patron
 * is still there"), decided before the scorer ran. Readings taken where the text leaves room:
 * - a conjunction after "not my job" that goes on to a brush-off (google it, someone / somebody else with no one named, I
 *   don't care, figure it out, read the rules) offers no way back; one that names a party (with or without a contact: "however,
 *   the circulation desk can help", as E7's "but") does; "however" before an adverb in -ly and a pronoun is the adverb;
 *   "instead of" + a verb in -ing is no conjunction;
 * - a way forward (a party with a phone, e-mail, URL or address) before the refusal in the same message, or in the
 *   provider's next message before the patron writes again, saves the refusal as one after it does (E10);
 * - "311" before a room in a library, lab, gym, clinic, complex, plaza … is a room, and "Union City / County" is a town;
 * - "The branch where you got your card" and "Whoever issued your card" are parties, as E9's "The bank that issued your
 *   card";
 * - "you still here" asks whether the patron is still there as "you still there" does;
 * - "Duke will email you a decision" is the university's act, no promise of the provider's.
 *
 * Written: 111 cases, all labelled before running: 2 whole sessions and 42 short cases in a first batch; 30 near misses and
 * behaviour cases of the fixes (`guards`; one of them, "though someone else can help. Bye.", went to LEFT and "though you
 * could ask someone else. Bye." was written in its place, labelled before running); a whole session and 12 short cases in a
 * second batch probing E9's and E10's own words; a whole session and 16 short cases in a third probing E11's own words; 7
 * hosts in a fourth. Run: 4 whole, 100 short and guards; LEFT: 7.
 *
 * First run (44 cases): 19 disagreed; my labels corrected: 1 ("Call the city at 311 or visit City Hall": City Hall, visited,
 * is a second party with no way to reach it: referral fails).
 *  - closing.no_dismissal 10: E10's conjunction bound over-reads ("however nicely / politely", "instead of asking me",
 *    "though honestly I don't care", "although you could google it", "sin embargo puede buscarlo en Google", "en cambio,
 *    usted debería leer las reglas", chat-speak "not my job tho, call someone else", the British whole session), and
 *    `wayForwardE10` skips (the way forward before the refusal; in the next message);
 *  - info.source / referral.contact 3: E9's 311 rule ("in the Engineering Library" read as a phone; "in Union City" not read),
 *    and City Hall (my label);
 *  - referral.contact 2: E9's `cardPartyE9` skips ("The branch where you got your card", "Whoever issued your card");
 *  - followup.contact / resolution.code 2: "Duke will email you a decision" and "Your electric co-op will call you" read as
 *    the provider's promises;
 *  - session.idle_checkin 2: "… are you still here", "hey you still here" not read.
 * Fixed in block E11 (v38 only; near misses in `guards`):
 *  - dismissalConvenience (swap of E10's English "not my job"): "however" not before "<word>ly <pronoun>" (an adverb);
 *    "instead" not before "of <verb>ing"; the conjunction's clause not a brush-off (`BRUSH_OFF_E11`: google / googling,
 *    someone / somebody / anyone else not before "at / in / on / from / who / that", (do) not care, figure it out, not my
 *    problem, within four words), after "though" too (E10's empty-clause list never applied after "though", whose own space
 *    it consumed) [near misses: "however Kelly at the circulation desk can help", "though someone else at the circ desk can
 *    help", "instead of me the passport office at 240-… can do it", "although someone else at the circulation desk, 240-…",
 *    "however, honestly the circulation desk at 240-…" still pass; "however many times you ask" still fails];
 *  - dismissalConvenience (E10's Spanish "no es mi …"): the same brush-offs (google, no me importa, alguien más, otra
 *    persona, las reglas) [near miss: "sin embargo, otra persona en la oficina de pasaportes le puede ayudar al 240-…" passes];
 *  - dismissalConvenience (E7's chat-speak "not my job" as E10 left it): also before a trailing "tho" that ends the clause or
 *    comes before "sorry / lol / bye" or a brush-off [near misses: "not my job tho, the circ desk can help at 240-…", "not my
 *    job tho, but call the clerk at 410-…" pass];
 *  - setting `wayForwardWideE11` (classify.ts `wayForwardE11`, hooked in closing.ts after E10's): E10's way forward in any
 *    sentence of the message, or in the provider's next visible message [near misses: "Our hours are at …. That's not my
 *    job. Bye." and the hours page as the next message still fail];
 *  - phone (swap of E9's 311 alternative): the building words also library, lab, laboratory, gym, clinic, complex, plaza,
 *    pavilion, commons, dorm, arena, stadium, and none of them before "city / county / township / parish / borough"
 *    [near misses: "in Union County", "in Kansas City about the clinic", "in Garden City about the gym", "from the library's
 *    phone" still phones];
 *  - notPromise (swaps of E10's utility people and G9's utility promise): the utility's kind also "co-op" [near miss: "I'll ask
 *    your electric co-op to call you back tomorrow" is still the provider's promise];
 *  - setting `cardPartyWideE11` (classify.ts `cardPartyE11`, in referral.ts beside E9's): "whoever / whichever …" and "<noun>
 *    where you <verb> your …" close a party [near misses: "The page / website where you set up your account can tell you …"
 *    still no referral];
 *  - stillThere (new alternative "(you|u|ya) still here") and setting `bareTailHereE11` (classify.ts `bareTailHereE11`,
 *    hooked in `stillThere`): "… are / r you still here" and "you still here" at a sentence's end, not after a statement's
 *    word or a wh-word [near misses: "glad you still here", "i see you still here", "glad ur still here" still fail].
 * Each fix was made too wide once (-ly with no pronoun after; "someone else" before "at"; no statement words before "you
 * still here"; any next message with a digit or a dot for the way forward; building words before "city / county"): a guard
 * failed each time, as it should, and the rule went back. An exclusion first written in `cardPartyE11` (page, website, app …
 * before "where") failed no guard when taken out (the pick-up needs a party word anyway), so it was dropped.
 * Second run (42: the guards and the second batch): 4 disagreed: "instead of me the passport office at 240-…" (fixed: "of
 * <verb>ing" only), "how long are you still here" (LEFT), "311 W. Saratoga Street" (LEFT), "though someone else can help.
 * Bye." (LEFT). Third run (17): 1 disagreed, "uh hello?? u still here" (fixed: the sentence alone read too). Fourth (7): 1,
 * Georgia Power and dhs.georgia.gov (LEFT). My labels corrected in all: 1.
 * Left (7, each with its reason in LEFT): "X handles that" with a number (no referring verb); "Whoever issued your card" (no
 * party word for the pick-up); "Duke will email you" (a name known only by its meaning); "how long are you still here"
 * (L4's older bare check-in); "311 W. Saratoga" (the normaliser's "w." as "with"); "someone else can help" (v1's way back);
 * "dhs.georgia.gov" for Georgia Power (an older party-site reading of a state's name).
 * v38's fingerprint after block E11: 0d077e967ebcad2a.
 * ON v56 (block V): the host near miss "Call Georgia Power about the payment plan, and apply for LIHEAP at dhs.georgia.gov/liheap"
 *   reads as labelled (V22: a web address used online in a later clause lends no contact to the party before it) and runs, in
 *   READ_SINCE_LEFT: 6 LEFT.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A Spanish session: the patron's question, a Spanish greeting that asks the county, the reply, `text` and a goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
/** The patron's question, the greeting, the reply, then the provider's `text` alone as the last message (no goodbye after). */
const ends = (q: string, text: string): Line[] => [...OPEN(q), L(text)];
/** An answered ebook question, then the provider's `text` at 230 s into a final idle, and a disconnect notice at 420 s. */
const idle = (text: string): Line[] => [
  [0, 'p', 'do u have the new stephen king book'],
  [20, 'l', 'hi! jo here, librarian at Sample County Library. do u want print, ebook or audio?'],
  [45, 'p', 'ebook'],
  [70, 'l', 'its on Libby, search "Holly" at samplecounty.overdrive.com and place a hold. did that answer it?'],
  [230, 'l', text],
  [420, 'l', "It looks like you've been disconnected, so I'll end this chat now. Thanks for using Ask Us, come back anytime!"],
];

export const whole: SessionCase[] = [
  {
    name: 'chat-speak, a college stats tutor: the Math Tutoring Center with its number; "the syllabus or your student handbook can tell you" (documents)',
    lines: [
      [0, 'p', 'hey where can i get help w stats, im failing lol'],
      [20, 'l', "hi! I'm Kai, a librarian at Sample College Library. which class is it?"],
      [50, 'p', 'stat 101 w prof lee'],
      [90, 'l', 'the Math Tutoring Center does free stats tutoring, call them at 410-555-0142 to book a slot. the syllabus or your student handbook can tell you the drop deadline too, both are on canvas.samplecollege.edu. did that answer it?'],
      [140, 'p', 'yes thats all i needed thx'],
      [150, 'l', 'np, good luck, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, council tax: "That\'s not my department, however politely you ask. Goodbye." (a refusal, "however" an adverb)',
    lines: [
      [0, 'p', 'Hello, could you tell me how to appeal my council tax band please'],
      [20, 'l', "Hello, I'm Priya from Sample County Library. Which council are you with?"],
      [50, 'p', 'Haringey'],
      [90, 'l', "That's not my department, however politely you ask. Goodbye."],
    ],
    // source: nothing given; complete and anything: never asked; courteous: "Goodbye" is among the last two; no final idle
    // worth a check (the goodbye ends it at once)
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- "not my job" with a conjunction that offers nothing (behaviour: dismissals) ----
  { name: 'job behaviour: "however" an adverb, "That\'s not my job, however nicely you put it. Bye." : dismissal fails', lines: ends('can u fill out my passport form for me', "That's not my job, however nicely you put it. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: "instead of", "That\'s not my job, instead of asking me go read the FAQ. Bye." : dismissal fails', lines: ends('can u fill out my passport form for me', "That's not my job, instead of asking me go read the FAQ. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: "though honestly I don\'t care. Bye." : dismissal fails', lines: ends('can i get my fines waived', "That's not my department, though honestly I don't care. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: "although you could google it. Bye." : dismissal fails', lines: ends('can u fill out my passport form for me', "That's not my job, although you could google it. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: Spanish "sin embargo puede buscarlo en Google. Adiós." : dismissal fails', lines: ends('me ayuda a llenar el pasaporte?', 'No es mi trabajo, sin embargo puede buscarlo en Google. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: Spanish "en cambio, usted debería leer las reglas. Adiós." : dismissal fails', lines: ends('por que me cobraron esta multa?', 'No es mi problema; en cambio, usted debería leer las reglas. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: chat-speak "not my job tho, call someone else. bye" : dismissal fails', lines: ends('can u fill out my passport form for me', 'not my job tho, call someone else. bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: "That\'s not my job. Call somebody else. Bye." : dismissal fails', lines: ends('can u fill out my passport form for me', "That's not my job. Call somebody else. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: "However you look at it, that\'s not my job. Bye." (the adverb before) : dismissal fails', lines: ends('can u fill out my passport form for me', "However you look at it, that's not my job. Bye."), exp: some({ dismissal: 'fail' }) },
  // ---- "not my job" with a way forward (near misses: no dismissal) ----
  { name: 'job near miss: "however, the circulation desk can help with fines" (a party, no contact) : dismissal passes', lines: ends('can i get my fines waived', "That's not my department; however, the circulation desk can help with fines."), exp: some({ dismissal: 'pass' }) },
  { name: 'job near miss: "however I can show you where the form is: travel.state.gov/ds82" : dismissal passes', lines: ends('can u fill out my passport form for me', "That's not my job, however I can show you where the form is: travel.state.gov/ds82."), exp: some({ dismissal: 'pass' }) },
  { name: 'job near miss: the way forward in the next message, "Try the circulation desk at 240-777-0001" : dismissal passes', lines: [...OPEN('can i get my fines waived'), L("That's not my department.", 70), L('Try the circulation desk at 240-777-0001, they handle fines.', 75)], exp: some({ dismissal: 'pass' }) },
  { name: 'job near miss: "however, since you asked nicely, the form is at travel.state.gov/ds82" : dismissal passes', lines: ends('can u fill out my passport form for me', "That's not my job, however, since you asked nicely, the form is at travel.state.gov/ds82."), exp: some({ dismissal: 'pass' }) },
  { name: 'job near miss: "Instead you could email the circulation desk at circ@samplelibrary.org" : dismissal passes', lines: ends('can i get my fines waived', "That's not my department. Instead you could email the circulation desk at circ@samplelibrary.org."), exp: some({ dismissal: 'pass' }) },

  // ---- 311: addresses and rooms (near misses), the city line (behaviour) ----
  { name: '311 near miss: an address, "Call in at the clinic at 311 Elm Street, no appointment needed" : source fails', lines: one('where can i get a free flu shot', 'Call in at the clinic at 311 Elm Street, no appointment needed. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 near miss: British, "Call in at the surgery at 311 High Street" : source fails', lines: one('where do I get my jabs', 'Call in at the surgery at 311 High Street on Tuesday mornings. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 near miss: a room, "Call the help desk at 311 in the Engineering Library" : source fails', lines: one('who can fix my laptop wifi on campus', 'Call the help desk at 311 in the Engineering Library before noon. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 near miss: a suite, "Call the advising office at 311 Suite B" : source fails', lines: one('who do i talk to about changing majors', 'Call the advising office at 311 Suite B in person, walk-ins are fine. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 behaviour: "Call the city at 311 in Union City to report the pothole" (a town) : source passes', lines: one('how do i report a pothole', 'Call the city at 311 in Union City to report the pothole. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: '311 behaviour: "Call the city at 311 or visit City Hall" : source passes, referral fails (City Hall has no contact)', lines: one('how do i report a pothole', 'Call the city at 311 or visit City Hall to report it. Does that help?'), exp: some({ source: 'pass', referral: 'fail' }) },
  // (labelled referral "passes" first; corrected: City Hall, visited, is a second party with no way to reach it)
  { name: '311 behaviour: "Call the city at 311 Monday through Friday" : source passes', lines: one('how do i report a pothole', 'Call the city at 311 Monday through Friday, 7 to 7. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },

  // ---- card / document subjects: documents joined to documents (near misses), parties (behaviour) ----
  { name: 'card near miss: "The catalog or your account can tell you when it\'s due" : referral na', lines: one('when is my book due', "The catalog or your account can tell you when it's due: samplelibrary.org/account. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'card near miss: "Your receipt or your online account can tell you the due date" : referral na', lines: one('when is my book due', 'Your receipt or your online account can tell you the due date; log in at samplelibrary.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'card near miss: "The FAQ or the member handbook can tell you the guest policy" : referral na', lines: one('can i bring a guest to the gym', 'The FAQ or the member handbook can tell you the guest policy: samplegym.com/faq. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'card near miss: "The instructions for your card can tell you how to set the PIN" : referral na', lines: one('how do i set a pin on my new debit card', 'The instructions for your card can tell you how to set the PIN; they are at samplebank.com/pin. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'card near miss: "The email that confirmed your account can tell you your username" : referral na', lines: one('i forgot my libby username', 'The email that confirmed your account can tell you your username; the help page is at help.libbyapp.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'card behaviour: "The branch where you got your card can help you reset the PIN" : referral fails', lines: one('i forgot my library pin', 'The branch where you got your card can help you reset the PIN. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card behaviour: "Your landlord or your lease can tell you who pays for water" : referral fails', lines: one('who pays the water bill, me or the landlord', 'Your landlord or your lease can tell you who pays for water. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- Duke, Dominion: a university, a game, a venue; utilities' calls ----
  { name: 'brand near miss: "Dominion is a deck-building card game; the rules are at riograndegames.com" : referral na', lines: one('how do u play dominion', 'Dominion is a deck-building card game; the rules are at riograndegames.com/dominion. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'brand near miss: "The Duke Energy Convention Center hosts the book fair; tickets are at …" : referral na', lines: one('where is the cincinnati book fair', 'The Duke Energy Convention Center hosts the book fair; tickets are at cincinnatibookfair.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'brand behaviour: "Call the Duke Energy Center box office at 919-996-8700 for tickets" : referral passes', lines: one('how do i get tickets for the nutcracker in raleigh', 'Call the Duke Energy Center box office at 919-996-8700 for tickets. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'notPromise behaviour: "Your electric co-op will call you to set up the plan" : contact na', lines: one('i got a shut off notice, what can i do', 'Your electric co-op will call you to set up the plan; the rules are at psc.state.md.us. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise behaviour: Spanish "La compañía de agua lo llamará para confirmar el plan" : contact na', lines: es('me van a cortar el agua', 'La compañía de agua lo llamará para confirmar el plan; las reglas están en psc.state.md.us. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise behaviour: "our city\'s recycling crew will text you the pickup day" : contact na', lines: one('when is bulk trash pickup', "Book it at baltimorecity.gov/311, and our city's recycling crew will text you the pickup day. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },

  // ---- bare check-ins: "still here", chat-speak "w me" ----
  { name: 'bareTail behaviour: "sorry about the wait are you still here" : idle passes', lines: idle('sorry about the wait are you still here'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail behaviour: "hey you still here" : idle passes', lines: idle('hey you still here'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail near miss: "glad you still here" (a statement) : idle fails', lines: idle('glad you still here'), exp: some({ idle: 'fail' }) },
  { name: 'bareTail behaviour: "sorry that took forever r u still w me" : idle passes', lines: idle('sorry that took forever r u still w me'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail behaviour: "thats where the form is you still there" : idle passes', lines: idle('thats where the form is you still there'), exp: some({ idle: 'pass' }) },
];

export const guards: SessionCase[] = [
  // ---- dismissalConvenience (E11's swaps): "however" + an adverb in -ly, "instead of", brush-offs; ways forward still saved ----
  { name: 'guard job: "however many times you ask. Goodbye." (E10\'s adverb) : dismissal fails', lines: ends('can i get my fines waived', "That's not my department, however many times you ask. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard job: a name in -ly, "however Kelly at the circulation desk can help with fines" : dismissal passes', lines: ends('can i get my fines waived', "That's not my department, however Kelly at the circulation desk can help with fines."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: "however, honestly the circulation desk at 240-… is who you want" : dismissal passes', lines: ends('can i get my fines waived', "That's not my department; however, honestly the circulation desk at 240-777-0001 is who you want."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: "instead, the passport office at 240-… can help" : dismissal passes', lines: ends('can u fill out my passport form for me', "That's not my job; instead, the passport office at 240-777-8400 can help."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: "instead of me, the passport office at 240-… can do it" : dismissal passes', lines: ends('can u fill out my passport form for me', "That's not my job, instead of me the passport office at 240-777-8400 can do it."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: "although someone else at the circulation desk, 240-…, can help" : dismissal passes', lines: ends('can i get my fines waived', "That's not my job, although someone else at the circulation desk, 240-777-0001, can help."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: "though someone else at the circ desk can help with fines" (no contact, a way forward) : dismissal passes', lines: ends('can i get my fines waived', "That's not my department, though someone else at the circ desk can help with fines."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: "though you could ask someone else. Bye." (no one named) : dismissal fails', lines: ends('can i get my fines waived', "That's not my department, though you could ask someone else. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'guard job: Spanish "sin embargo, otra persona en la oficina de pasaportes le puede ayudar al 240-…" : dismissal passes', lines: ends('me ayuda a llenar el pasaporte?', 'No es mi trabajo; sin embargo, otra persona en la oficina de pasaportes le puede ayudar al 240-777-8400.'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: Spanish "sin embargo las reglas … están en travel.state.gov/es. Adiós." (a source, no one) : dismissal fails', lines: ends('me ayuda a llenar el pasaporte?', 'No es mi trabajo, sin embargo las reglas de pasaportes están en travel.state.gov/es. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'guard job: chat-speak "not my job tho, the circ desk can help at 240-777-0001" : dismissal passes', lines: ends('can i get my fines waived', 'not my job tho, the circ desk can help at 240-777-0001'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard job: chat-speak "not my job tho." alone : dismissal fails', lines: ends('can i get my fines waived', 'not my job tho.'), exp: some({ dismissal: 'fail' }) },
  // ---- wayForwardWideE11 ----
  { name: 'guard way: the next message a source only, "Our hours are at samplelibrary.org/hours. Bye." : dismissal fails', lines: [...OPEN('can i get my fines waived'), L("That's not my department.", 70), L('Our hours are at samplelibrary.org/hours. Bye.', 75)], exp: some({ dismissal: 'fail' }) },
  { name: 'guard way: before, "Call the Circuit Court clerk\'s office at 410-…. It\'s not my job, sorry. Bye." : dismissal passes', lines: ends('can u help me with my passport renewal', "Call the Circuit Court clerk's office at 410-222-1397. It's not my job, sorry. Bye."), exp: some({ dismissal: 'pass' }) },
  { name: 'guard way: before, a source only, "Our hours are at samplelibrary.org/hours. That\'s not my job. Bye." : dismissal fails', lines: ends('can i get my fines waived', "Our hours are at samplelibrary.org/hours. That's not my job. Bye."), exp: some({ dismissal: 'fail' }) },
  // ---- phone 311 (E11's swap) ----
  { name: 'guard 311: "Call the county at 311 in Union County" : source passes', lines: one('how do i report a pothole', 'Call the county at 311 in Union County to report the pothole. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'guard 311: "Call the county at 311 from the library\'s phone" : source passes', lines: one('how do i report a pothole', "Call the county at 311 from the library's phone if you like. Does that help?"), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'guard 311: "Call the Writing Lab at 311 in the Science Library" (a room) : source fails', lines: one('who can check my essay', 'Call the Writing Lab at 311 in the Science Library before you go. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'guard 311: "Call the health department at 311 in Kansas City about the clinic" : source passes', lines: one('where is the free clinic', 'Call the health department at 311 in Kansas City about the clinic. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'guard 311: "Call Parks and Rec at 311 in Garden City about the gym" : source passes', lines: one('is the rec center gym open', 'Call Parks and Rec at 311 in Garden City about the gym hours. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  // ---- notPromise co-op ----
  { name: 'guard co-op: "I\'ll ask your electric co-op to call you back tomorrow" (the provider\'s promise) : code fails', lines: one('i got a shut off notice, what can i do', "I'll ask your electric co-op to call you back tomorrow; the rules are at psc.state.md.us. Does that help?"), exp: some({ code: 'fail' }) },
  // ---- bareTailHereE11 ----
  { name: 'guard here: a statement, "i see you still here" : idle fails', lines: idle('i see you still here'), exp: some({ idle: 'fail' }) },
  { name: 'guard here: "are you still here" alone : idle passes', lines: idle('are you still here'), exp: some({ idle: 'pass' }) },
  { name: 'guard here: "ok the link is up top u still here" : idle passes', lines: idle('ok the link is up top u still here'), exp: some({ idle: 'pass' }) },
  { name: 'guard here: "glad ur still here" : idle fails', lines: idle('glad ur still here'), exp: some({ idle: 'fail' }) },
  // ---- cardPartyWideE11 ----
  { name: 'guard card: "Whichever bank issued your card can help you dispute it" : referral fails', lines: one('theres a charge on my debit card i didnt make', 'Whichever bank issued your card can help you dispute it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard card: "The page where you set up your account can tell you the PIN rules" : referral na', lines: one('what are the pin rules', 'The page where you set up your account can tell you the PIN rules: samplelibrary.org/pin. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'guard card: "The website where you made your account can tell you" : referral na', lines: one('when is my book due', 'The website where you made your account can tell you the due dates: samplelibrary.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** A second batch, written after the first run: a whole session and probes of E9's and E10's own words, labelled before running. */
export const second: SessionCase[] = [
  {
    name: 'chat-speak, board games: Dominion (a game) in the collection, "ask Duke at the teen desk, 240-777-0100" (a person)',
    lines: [
      [0, 'p', 'yo does the library have dominion the card game'],
      [20, 'l', "hey! I'm Jo, a librarian at Sample County Library. to borrow, or to play at a game night?"],
      [50, 'p', 'borrow'],
      [90, 'l', 'yep, Dominion is in the board game collection at Eastgate, place a hold at samplelibrary.org/games. u can also ask Duke at the teen desk, 240-777-0100, he runs game night. did that answer it?'],
      [140, 'p', 'yes thats all thx'],
      [150, 'l', 'np, have fun, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  { name: 'brand near miss: "Duke Energy\'s outage map is at outagemap.duke-energy.com" : referral na', lines: one('is my power out in durham', "Duke Energy's outage map is at outagemap.duke-energy.com. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'brand behaviour: "Contact Duke, the university\'s admissions office, at 919-684-3214" : referral passes', lines: one('how do i check my duke application', "Contact Duke, the university's admissions office, at 919-684-3214. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'brand behaviour: "Ask Dominion Energy about budget billing" (no contact) : referral fails', lines: one('can i spread out my electric bill', 'Ask Dominion Energy about budget billing. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'brand behaviour: "Call Dominion at 1-866-366-4357 about budget billing" : referral passes', lines: one('can i spread out my electric bill', 'Call Dominion at 1-866-366-4357 about budget billing. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'however near miss: an adverb with no refusal, "However you pay, the fine must be cleared first" : dismissal passes', lines: one('can i pay my fine online', 'However you pay, the fine must be cleared first: samplelibrary.org/fines. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: '311 behaviour: "Call the county at 311, option 2" : source passes', lines: one('how do i report a pothole', 'Call the county at 311, option 2, to report it. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'card behaviour: "Your employer or your benefits handbook can tell you" (a party) : referral fails', lines: one('does my job give paid family leave', 'Your employer or your benefits handbook can tell you whether it is paid. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card behaviour: "Your school counselor and the student handbook can tell you" : referral fails', lines: one('how many credits do i need to graduate', 'Your school counselor and the student handbook can tell you the credit rules. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'card behaviour: "The landlord or the property manager named on your lease can tell you" : referral fails', lines: one('who fixes the dishwasher in my apartment', 'The landlord or the property manager named on your lease can tell you who fixes it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'job behaviour: British "That\'s not my remit, though, so ring someone else. Cheers, bye." : dismissal fails', lines: ends('can you sort my council tax appeal', "That's not my department though, so ring someone else. Cheers, bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job near miss: non-native "This is not my job, however my colleague at 240-777-0001 can help you surely." : dismissal passes', lines: ends('please you can fill my form of passport', 'This is not my job, however my colleague at 240-777-0001 can help you surely.'), exp: some({ dismissal: 'pass' }) },
];

/** A third batch, written after the second run: a whole Spanish session and probes of E11's own words, labelled before running. */
export const third: SessionCase[] = [
  {
    name: 'Spanish, an electric co-op: "Llame a SMECO al 1-888-… por un plan de pagos, y solicite ayuda de energía en …"',
    lines: [
      [0, 'p', 'hola, me pueden ayudar a pagar la luz? la cooperativa me va a cortar'],
      [20, 'l', 'Hola, soy Andrés, bibliotecario de AskUsNow!. ¿En qué condado vive?'],
      [60, 'p', 'en charles'],
      [100, 'l', 'Llame a SMECO al 1-888-440-3311 por un plan de pagos, y solicite ayuda de energía en dhs.maryland.gov/ohep. ¿Le sirve esa información?'],
      [150, 'p', 'sí gracias, es todo'],
      [160, 'l', '¡Con gusto! Gracias por escribirnos.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  { name: 'job near miss: "however, kindly call the circulation desk at 240-777-0001" : dismissal passes', lines: ends('can i get my fines waived', "That's not my job, however, kindly call the circulation desk at 240-777-0001."), exp: some({ dismissal: 'pass' }) },
  { name: 'job behaviour: "however rudely you demand it. Goodbye." : dismissal fails', lines: ends('can i get my fines waived', "It's not my responsibility, however rudely you demand it. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job near miss: "instead of me please ask the circulation desk" (a way forward) : dismissal passes', lines: ends('can i get my fines waived', "That's not my department, instead of me please ask the circulation desk."), exp: some({ dismissal: 'pass' }) },
  { name: 'job behaviour: "instead of complaining you could read the policy at …. Bye." (a source, no one) : dismissal fails', lines: ends('can i get my fines waived', "That's not my job, instead of complaining you could read the policy at samplelibrary.org/policy. Bye."), exp: some({ dismissal: 'fail' }) },
  { name: 'job near miss: Spanish "sin embargo, el consulado le puede ayudar: 202-555-0190" : dismissal passes', lines: ends('me ayuda con mi pasaporte mexicano?', 'No es mi trabajo; sin embargo, el consulado le puede ayudar: 202-555-0190.'), exp: some({ dismissal: 'pass' }) },
  { name: 'job behaviour: Spanish "aunque no me importa. Adiós." : dismissal fails', lines: ends('me ayuda con mi pasaporte mexicano?', 'No es mi problema, aunque no me importa. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'job behaviour: chat-speak "not my prob tho lol. bye" : dismissal fails', lines: ends('can i get my fines waived', 'not my prob tho lol. bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'job near miss: chat-speak "not my job tho, but call the clerk at 410-222-1397" : dismissal passes', lines: ends('can u help me with my passport renewal', 'not my job tho, but call the clerk at 410-222-1397'), exp: some({ dismissal: 'pass' }) },
  { name: 'here behaviour: a question, "uh hello?? u still here" : idle passes', lines: idle('uh hello?? u still here'), exp: some({ idle: 'pass' }) },
  { name: 'here near miss: "ok im still here whenever ur ready" (the provider) : idle fails', lines: idle('ok im still here whenever ur ready'), exp: some({ idle: 'fail' }) },
  { name: '311 near miss: "Call the Registrar at 311 in the Student Services Complex" (a room) : source fails', lines: one('how do i get a transcript', 'Call the Registrar at 311 in the Student Services Complex, walk-ins welcome. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '311 behaviour: "Call the city at 311 in Salt Lake City" : source passes', lines: one('how do i report graffiti', 'Call the city at 311 in Salt Lake City to report it. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: '311 behaviour: "Call the county at 311 about the clinic" : source passes', lines: one('is there a free vaccine clinic', 'Call the county at 311 about the clinic schedule. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'card behaviour: "The branch where you got your card can help you; call them at 240-777-0001" : referral passes', lines: one('i forgot my library pin', 'The branch where you got your card can help you; call them at 240-777-0001. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'card behaviour: "The office where you applied for your benefits card can help you replace it" : referral fails', lines: one('i lost my ebt card', 'The office where you applied for your benefits card can help you replace it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'co-op behaviour: "The electric co-op will call you once the payment posts" : contact na', lines: one('i got a shut off notice, what can i do', 'The electric co-op will call you once the payment posts; the rules are at psc.state.md.us. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
];

/** A fourth batch, written after the third run: hosts of a party's own and hosts of another body beside it, labelled before running. */
export const fourth: SessionCase[] = [
  { name: 'host behaviour: "Contact First Energy about the outage, and check the map at firstenergycorp.com" (its own) : referral passes', lines: one('is my power out in akron', 'Contact First Energy about the outage, and check the map at firstenergycorp.com/outages. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'host near miss: "Call Xcel Energy about the bill, and apply for help at energyoutreach.org" (another body) : referral fails', lines: one('i cant pay my xcel bill', 'Call Xcel Energy about the bill, and apply for help at energyoutreach.org. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'host near miss: "Call Columbia Gas about the shutoff, and enroll in PIPP at energyhelp.ohio.gov" : referral fails', lines: one('columbia gas is shutting me off', 'Call Columbia Gas about the shutoff, and enroll in PIPP at energyhelp.ohio.gov. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'host behaviour: Spanish "Llame a Duke Energy por el plan de pagos, y solicítelo en duke-energy.com/es" (its own) : referral passes', lines: es('no puedo pagar la luz', 'Llame a Duke Energy por el plan de pagos, y solicítelo en duke-energy.com/es. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'host behaviour: "Call Southern California Edison about the rebate, and apply at sce.com/rebates" (initials) : referral passes', lines: one('is there a rebate for a new fridge', 'Call Southern California Edison about the rebate, and apply at sce.com/rebates. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'host behaviour: "Call the Sacramento Municipal Utility District about the outage, and check the map at smud.org" : referral passes', lines: one('is the power out in sacramento', 'Call the Sacramento Municipal Utility District about the outage, and check the map at smud.org/outages. Does that help?'), exp: some({ referral: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: "The clerk's office at … handles that" tells the patron of a party with its number, a way forward, but no
  // referring verb: referral.ts's `refersPatron` does not read "X handles that" as a referral (widening it changes
  // referral.contact, outside E9 and E10)
  { name: 'job near miss: the way forward before, "The clerk\'s office at 410-… handles that. It\'s not my job, sorry. Bye." : dismissal passes', lines: ends('can u help me with my passport renewal', "The Circuit Court clerk's office at 410-222-1397 handles that. It's not my job, sorry. Bye."), exp: some({ dismissal: 'pass' }) },
  // LEFT: "Whoever issued your card" names no party by a noun: the "can help you" pick-up finds no party in the subject
  // once E8's card subject is let through (cardPartyWideE11 lets it through; the pick-up still needs a party word)
  { name: 'card behaviour: "Whoever issued your card can help you cancel it" : referral fails', lines: one('my credit card got stolen', 'Whoever issued your card can help you cancel it tonight. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: "Duke" alone is a university only by its meaning; a capitalised one-word subject of "will email you" cannot be told
  // from the provider's own staff without knowing the name (E10's brands are "Duke Energy", not "Duke")
  { name: 'brand near miss: "Duke will email you a decision by April 1" (a university) : contact na', lines: one('when do duke decisions come out', 'Duke will email you a decision by April 1; check the portal at admissions.duke.edu. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // LEFT: "how long are you still here" is read as a check-in by v12 L4's bare check-in (with E11's reading off too): the
  // wh-word is not looked at there, an older reading outside E9 and E10; bareTailHereE11 itself skips it
  { name: 'guard here: a wh-question, "how long are you still here" : idle fails', lines: idle('how long are you still here'), exp: some({ idle: 'fail' }) },
  // LEFT: "someone else can help" is v1's way back (a colleague who will take over: wayBack "someone else … can help"), so
  // the refusal is saved before E11's brush-off is looked at; "someone else" with no one named cannot be told from a colleague
  // in the chat without the meaning
  { name: 'guard job: "though someone else can help. Bye." (no one named) : dismissal fails', lines: ends('can i get my fines waived', "That's not my department, though someone else can help. Bye."), exp: some({ dismissal: 'fail' }) },
];

/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  // once LEFT (dhs.georgia.gov lent its URL to Georgia Power): read since v56 V22 (`onlineAfterV22`), a web address used online in a
  // later clause (", and apply for LIHEAP at …") lends no contact to the party before it
  { name: 'host near miss: "Call Georgia Power about the plan, and apply for LIHEAP at dhs.georgia.gov/liheap" (another body) : referral fails', lines: one('i cant pay my power bill', 'Call Georgia Power about the payment plan, and apply for LIHEAP at dhs.georgia.gov/liheap. Does that help?'), exp: some({ referral: 'fail' }) },
  // once LEFT (the normaliser reads "W." as "with", so no address followed "311"): read since v39 E14, whose 311 rule takes a
  // directional initial with a dot ("311 W. / E. …" and "with.") before a street word as an address
  { name: '311 near miss: "Call the tax office at 311 W. Saratoga Street" (an address) : source fails', lines: one('where do i pay city property tax in person', 'Call in at the tax office at 311 W. Saratoga Street, weekdays 8 to 4. Does that help?'), exp: some({ source: 'fail' }) },
];

describe('thirty-seventh round (E11): every whole case lists all 17 checks', () => {
  it.each([...whole, second[0]!, third[0]!])('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-seventh round (E11): whole sessions', whole);
describeSessions('thirty-seventh round (E11): E9 and E10 checked', short);
describeSessions('thirty-seventh round (E11): near misses of the fixes', guards);
describeSessions('thirty-seventh round (E11): the second batch, E9\'s and E10\'s own words', second);
describeSessions('thirty-seventh round (E11): the third batch, E11\'s own words', third);
describeSessions('thirty-seventh round (E11): the fourth batch, hosts', fourth);

describeSessions('thirty-seventh-round-e11-checked: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirty-seventh-round-e11-checked', LEFT);
