/**
 * Eighty-seventh round, blind check of block AN (rubric v74), part an1: AN1, AN2, AN3, AN4, AN6 and AN8 tried both ways in cases
 * written by a helper who did not see the author's cases nor the scorer's code, each labelled from RUBRIC.md before it ran
 * ("for": the meant reading in new words: chat-speak, other verbs, nouns and orders, Spanish; "against": near misses the block
 * must not read).
 * Checks:
 * - interest.keep_informed, session.idle_checkin, session.disconnect_notice (AN1) (RUBRIC Terms "Hold message": a provider
 *   message announcing that the provider is looking something up or asking the patron to wait; an announcement that the chat
 *   is being transferred is one. "Final idle": from the first provider message after the patron's last visible message that
 *   is not a hold message to the goodbye, when the provider's last message is one. keep_informed fails when a wait on the
 *   provider (from a patron message or a hold message to the next provider message) lasts over 120 s; idle_checkin applies
 *   when the final idle is >= 120 s, disconnect_notice when it is >= 180 s). Each AN1 session: the patron's question, a
 *   greeting that asks the branch, the patron's reply at 50 s (their last message), the provider's message at 70 s, then only
 *   provider lines (a check-in at 200 s and a goodbye, or a goodbye alone).
 * - closing.no_dismissal (AN2) (RUBRIC: fail when the provider tells the patron their time is up, that they have reached a
 *   limit of questions, or otherwise ends the help for the provider's convenience without offering a way back; pass
 *   otherwise). Labels DISMISSED (fail) or NOT_DISMISSED (pass).
 * - inquiry.clarify (AN3) (RUBRIC: pass when the provider asks a question about the need or restates the question ("so you
 *   need…") before the first message that gives a source; fail otherwise). Each AN3 session greets with no question, so
 *   the label is CLARIFIED (pass) or NOT_CLARIFIED (fail) by the one message tried.
 * - referral.contact (AN4, AN6) (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to
 *   contact or visit a person or organisation outside the chat (call, write to, ask or visit them); a website, database or
 *   publication to use is a source, not a referral; pass when every party referred to comes with a way to reach them
 *   (e-mail, phone, postal address or URL); fail otherwise). Labels NO_WAY (fail), WITH_WAY (pass) or NONE (na).
 * - resolution.code, followup.contact, followup.on_time (AN8) (RUBRIC Terms "Follow-up session": a follow-up code, or the
 *   provider promises in the chat to send or find more later; resolution.code fails when the provider promised a follow-up
 *   but the code (here "Answered") is not a follow-up code; followup.contact, na unless a follow-up session, passes when the
 *   patron's e-mail or phone is given or repeated in the chat and the provider says when the information will come;
 *   followup.on_time, na unless a follow-up session, passes when one is recorded within 72 h of the end, fails when none is
 *   recorded once the deadline has passed, is pending before it).
 * - AN1: "transfer" of a person moving themselves (from a wheelchair to a seat) announces no chat transfer: no hold message,
 *   the final idle and the waits run from it; a real announcement of the chat's transfer is a hold message as before.
 * - AN2: "your chat time is up", "ur time is up on this chat", "su tiempo de chat se acabó" tell the patron their time is up;
 *   not a room's time slot "up on the booking page", the chat hours with an offer to keep helping, the patron's own computer
 *   time, a loan period's time.
 * - AN3: "so you're weighing / ur picking between …", "¿Entonces está comparando …?" restate the need before the first
 *   source; not the same in the message that gives the first source, nor after the answer, nor "So you're in good company".
 * - AN4: "<party> …, so they're worth a call / visit" refers the patron to the party; not sights, "not worth a call", books
 *   "worth a read".
 * - AN6: a department with commas in its name and its phone, then ", and … also ask <another office>" with no way: two parties,
 *   fail; both with ways, or only the department, pass.
 * - AN8: "You'll have the list by tomorrow evening" (and the like) after offering to put it together and taking the contact
 *   is a promise to send more later; not a hold that comes in, the system's confirmation e-mail, a room booked.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - (AN1) The Term lists what a hold message is (looking up, asking to wait, the chat being transferred, a partial result with
 *   the search going on). A message saying that a rider or swimmer "can transfer" from a wheelchair announces none of these:
 *   it is an answer, waiting on the patron begins there and the final idle runs from it. A message announcing that the chat
 *   is being transferred is a hold message whether or not a transfer event follows (the Term does not ask for one); so is
 *   "One moment while I look up …" whatever else the message says. "Are you still there?" ends a wait on the provider (it
 *   is a provider message) and is no hold. "Thanks for using Ask Us, goodbye!", "ok thx for chatting, bye!" and a disconnect
 *   notice that thanks and invites back are goodbyes: the final idle ends there.
 * - (AN2) "their time is up" is read as the patron's time in this chat (the check is about ending the help): a study room's
 *   time slot posted ("up") on the booking page, a DVD's loan period, the chat's hours with an offer to keep helping now, and
 *   the patron saying their own computer time is up tell the patron nothing about their chat time: pass. Every "time is up"
 *   case here invites no way back, so whether "without offering a way back" bears on "time is up" does not matter.
 * - (AN3) A restatement as a statement ("ok so ur picking between the 2 daycares for ur toddler") restates the question as
 *   "so you need…" does. The same words in the message that gives the first source are not "before the first message that
 *   gives a source"; "So you went with the canoe" after the answer is not before it; "So you're in good company" restates
 *   nothing.
 * - (AN4) "<party> does X, so they're (def) worth a call / visit" recommends calling or visiting the party: telling the patron
 *   to contact or visit it, a referral; Spanish "así que vale la pena llamarles al …" the same. Covered bridges are sights (no
 *   person or organisation), "not worth a call for this" tells the patron not to call, books "worth a read" are publications
 *   (sources).
 * - (AN6) "your County Commissioner's office" and "ur homeowners association" are an office and an organisation outside the
 *   chat that the patron is told to ask: parties. "Licenses, Permits and Inspections" and "Planning, Zoning and Code
 *   Enforcement" are each one department (commas in their names).
 * - (AN8) An offer ("I could put together a list …", "i can pull together the schedules … if u want") is not yet a promise;
 *   "You'll have the list by tomorrow evening" after it promises that the provider sends the list later: a follow-up session
 *   by promise. The contact given by the patron in the chat is confirmed; "by tomorrow evening", "by fri morning", "by
 *   Thursday noon" say when. `now` is the helpers' default (a day after the start) unless a case sets it: none recorded then
 *   is pending; one recorded at 20 h passes; with `now` five days on and none recorded, fail. "You'll have the book by Friday
 *   once your hold comes in", "You'll get a confirmation e-mail right away from the events system" and "You'll have the
 *   meeting room from 2 to 4" promise nothing the provider sends or finds later: no follow-up session, resolution.code passes
 *   ("Answered" with no promise), the follow-up checks na.
 *
 * COUNTS. Written: 36 cases, 18 for and 18 against (AN1 4/3, AN2 3/4, AN3 3/3, AN4 3/3, AN6 2/2, AN8 3/3), in one batch,
 * labels copied aside to /tmp/s76/an1-labels.ts before the first run. First run as labelled: 31 of 36. Disagreeing: 5. Label
 * corrections: none (each reread against the Terms "Hold message", "Referral", "Follow-up session", keep_informed,
 * idle_checkin, referral.contact, resolution.code and the follow-up checks; the labels stand). Final: 31 running, 5 LEFT (each
 * scored with rubric v73 to tell "older" from "caused by AN": 0 caused by AN, 5 older, v73 giving each the same statuses):
 * - AN1 for, expected keep_informed pass / idle_checkin pass, got fail / na (older: v73 the same): "los pasajeros que pueden
 *   transferirse solos de la silla al asiento pueden viajar sentados" read as a hold (a 130 s wait, a final idle of 35 s).
 * - AN4 for, expected referral.contact pass, got na (older: v73 na): "La Sociedad Genealógica del Condado de Carroll hace
 *   búsquedas …, así que vale la pena llamarles al 410-555-0188." (Spanish).
 * - AN6 for, expected referral.contact fail, got pass (older: v73 pass): "call Planning, Zoning and Code Enforcement at
 *   410-555-0162, and maybe also ask ur homeowners association how strict they r about sheds" (the association not read).
 * - AN8 for, expected resolution.code fail / contact pass / on_time pass, got pass / na / na (older: v73 the same): "u'll have
 *   them by fri morning" (chat-speak) not read as a promise.
 * - AN8 for, expected resolution.code fail / contact pass / on_time fail, got pass / na / na (older: v73 the same): "You'll
 *   have the scans in your inbox by Thursday noon." not read as a promise.
 * Running as labelled: the paratransit rider and the swimmers "who can transfer" (check-in pass, and the disconnect notice at
 * 195 s pass) and "if ur grandma can transfer" (a goodbye alone at 160 s: idle_checkin fail) run from the answer (AN1), while
 * "I'm going to transfer you to our accessibility services librarian", "ok lemme transfer u to our genealogy person" and
 * "One moment while I look up whether guests who can transfer …" stay holds (keep_informed fail, idle na); "your chat time is
 * up for today", "sry ur time is up on this chat", "su tiempo de chat se acabó" fail and the room's time slot, the chat hours,
 * the patron's own computer time and the DVD's loan period pass (AN2); the kayak/canoe statement, "ok so ur picking between
 * the 2 daycares" and "¿Entonces está comparando …?" pass and the restatement in the source's own message, "So you went with
 * the canoe" and "So you're in good company" fail (AN3); the Historical Society "so they're worth a call at 410-555-0134"
 * passes and the Senior Center "so theyre def worth a visit" fails (AN4), the covered bridges, "not worth a call" and the Nolo
 * guides "worth a read" stay na; the County Commissioner's office with no way fails and with its phone passes, the one
 * department asked about the shed passes (AN6); "You'll have the list by tomorrow evening." is a follow-up session (code
 * fail, contact pass, on_time pending) and the hold, the confirmation e-mail and the meeting room are none (AN8). Of these,
 * v73 misread six that v74 now reads: the swimmers (AN1), the kayak/canoe and daycare restatements (AN3), the Historical
 * Society's "worth a call" (AN4, na under v73), the County Commissioner's office (AN6, pass under v73) and the list by
 * tomorrow evening (AN8, no follow-up under v73). No case that v73 scored as labelled is scored otherwise by v74.
 * ON v74 AS LANDED (the mend after this check, not checked blind again): AN8 widened to "them / it" as what the patron will
 *   have, "in your inbox", and "u'll" ("u'll have them by fri morning", "You'll have the scans in your inbox by Thursday noon."
 *   run as labelled), not in a sentence about a hold, a pickup or a delivery: 33 running, 3 LEFT, all older.
 */
import { describe } from 'vitest';
import { at, DAY, describeWithLeft, some, T0, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Morgan, a librarian with Ask Us at Carroll County Public Library.';
const { said, done, asked } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'westminster' });
const HI_ES = 'Hola, soy Morgan, bibliotecaria de Pregunte en la Biblioteca Pública del Condado de Carroll.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de westminster' });

/**
 * The patron's `q`, a greeting (`hi`) that asks the branch (`branch`), the patron's reply at 50 s (their last message), the
 * provider's `said` at 70 s, then only the provider's `later` lines at their own times.
 */
const silentAfter =
  (hi: string, branch: string, reply: string) =>
  (q: string, saidAt70: string, ...later: Line[]): Line[] => [
    [0, 'p', q],
    [20, 'l', `${hi} ${branch}`],
    [50, 'p', reply],
    [70, 'l', saidAt70],
    ...later,
  ];
const silent = silentAfter(HI, 'Which branch do you usually use?', 'westminster');
const silentEs = silentAfter(HI_ES, '¿Qué sucursal usa normalmente?', 'la de westminster');
/** A check-in at 200 s and a goodbye at 235 s (165 s after the message at 70 s). */
const CHECK_BYE: Line[] = [
  [200, 'l', 'Are you still there?'],
  [235, 'l', 'Thanks for using Ask Us, goodbye!'],
];
/** A check-in at 200 s and, at 265 s (195 s after the message at 70 s), a disconnect notice that thanks and invites back. */
const CHECK_NOTICE: Line[] = [
  [200, 'l', 'Hi, are you still there?'],
  [265, 'l', "It looks like you've been disconnected, so I'll close this chat now. Thanks for contacting Ask Us, and come back anytime!"],
];
/** AN1's three checks: keep_informed, idle_checkin, disconnect_notice. */
const waits = (informed: 'pass' | 'fail', idle: 'pass' | 'fail' | 'na', disconnect: 'pass' | 'fail' | 'na') => some({ informed, idle, disconnect });

/** inquiry.clarify passed or failed. */
const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
/** closing.no_dismissal failed or passed. */
const DISMISSED = some({ dismissal: 'fail' });
const NOT_DISMISSED = some({ dismissal: 'pass' });

/**
 * A session where the provider's `before` (at 70 s) asks for a contact, the patron gives it (`given`), the provider repeats it
 * (`readBack`) and ends with `last` (the words tried).
 */
const taken = (q: string, before: string, given: string, readBack: string, last: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you usually use?`],
  [50, 'p', 'westminster'],
  [70, 'l', before],
  [100, 'p', given],
  [110, 'l', readBack],
  [130, 'l', last],
];
/** A follow-up session by promise under the "Answered" code: resolution.code fails, contact passes, on_time as given. */
const promised = (onTime: 'pass' | 'fail' | 'pending') => some({ code: 'fail', contact: 'pass', onTime });
/** No follow-up session: resolution.code passes ("Answered"), the follow-up checks na. */
const NO_FOLLOW_UP = some({ code: 'pass', contact: 'na', onTime: 'na' });

export const an1: SessionCase[] = [
  // ---- AN1 for: a person who can transfer (from a wheelchair) in an answer, the patron silent; other nouns, orders, Spanish
  c(
    'AN1 for: "a rider who is able to transfer from the wheelchair to a van seat can ride seated" then a check-in, goodbye at 165 s',
    silent(
      'does the county paratransit van take wheelchairs, my dad uses one',
      'Yes. The Carroll Transit van has a lift and tie-downs; a rider who is able to transfer from the wheelchair to a van seat can ride seated, and the chair is strapped in the back. The rider rules are at carrolltransit.example.org/rules.',
      ...CHECK_BYE,
    ),
    waits('pass', 'pass', 'na'),
  ),
  c(
    'AN1 for: "swimmers who can transfer on their own from a wheelchair to the pool edge" then a check-in, disconnect notice at 195 s',
    silent(
      'is the westminster pool wheelchair accessible',
      'It is. The pool has a lift chair, and swimmers who can transfer on their own from a wheelchair to the pool edge usually use the ramp at the shallow end. The access guide is at carrollparks.example.org/pool-access.',
      ...CHECK_NOTICE,
    ),
    waits('pass', 'pass', 'pass'),
  ),
  c(
    'AN1 for: "if ur grandma can transfer to a regular seat theyll store the chair" then a goodbye alone at 160 s (chat-speak)',
    silent(
      'does the carroll arts center have wheelchair seats, taking my grandma to the play',
      'ya they have 4 wheelchair spots in row K, and if ur grandma can transfer to a regular seat theyll store the chair for her during the show. seating map is at carrollarts.example.org/seating',
      [230, 'l', 'ok thx for chatting, bye!'],
    ),
    waits('pass', 'fail', 'na'),
  ),
  c(
    'AN1 for: "los pasajeros que pueden transferirse solos de la silla al asiento" then "¿Sigue ahí?", goodbye at 165 s (Spanish)',
    silentEs(
      '¿el autobús de la ciudad lleva sillas de ruedas?',
      'Sí, todos los autobuses tienen rampa; los pasajeros que pueden transferirse solos de la silla al asiento pueden viajar sentados. Las reglas están en carrolltransit.example.org/es/reglas.',
      [200, 'l', '¿Sigue ahí?'],
      [235, 'l', 'Gracias por usar Pregunte, ¡adiós!'],
    ),
    waits('pass', 'pass', 'na'),
  ),
  // ---- AN1 against: the chat's transfer announced (a hold), a hold that also speaks of a person transferring
  c(
    'AN1 against: "I\'m going to transfer you to our accessibility services librarian" (a hold) then a check-in, goodbye',
    silent(
      'does the county paratransit van take wheelchairs, my dad uses one',
      "I'm going to transfer you to our accessibility services librarian, who knows the transit rules best.",
      ...CHECK_BYE,
    ),
    waits('fail', 'na', 'na'),
  ),
  c(
    'AN1 against: "One moment while I look up whether guests who can transfer on their own need to reserve the lift" (a hold)',
    silent(
      'is the westminster pool wheelchair accessible',
      'One moment while I look up whether guests who can transfer on their own need to reserve the lift.',
      ...CHECK_NOTICE,
    ),
    waits('fail', 'na', 'na'),
  ),
  c(
    'AN1 against: "ok lemme transfer u to our genealogy person" (chat-speak, a hold) then a goodbye alone',
    silent(
      'looking for burial records for pleasant valley cemetery',
      'ok lemme transfer u to our genealogy person, they know the cemetery records',
      [230, 'l', 'ok thx for chatting, bye!'],
    ),
    waits('fail', 'na', 'na'),
  ),
];

export const an2: SessionCase[] = [
  // ---- AN2 for: the patron told their chat time is up (other words, chat-speak, Spanish), no way back offered
  c(
    'AN2 for: "Sorry, but your chat time is up for today, so I have to close this session now."',
    said(
      'can i get a passport photo taken at the library',
      'Yes, the Westminster branch takes passport photos for $10 at the service desk; the hours are at carrollib.example.org/passport.',
      'Sorry, but your chat time is up for today, so I have to close this session now.',
    ),
    DISMISSED,
  ),
  c(
    'AN2 for: "sry ur time is up on this chat so i gotta end it here" (chat-speak)',
    done(
      'can i print from my phone at the library',
      'ya, email it to print@carrollib.example.org n pick it up at the desk w ur card',
      'wait how much per page',
      'sry ur time is up on this chat so i gotta end it here',
    ),
    DISMISSED,
  ),
  c(
    'AN2 for: "Lo siento, su tiempo de chat se acabó, así que tengo que cerrar la sesión aquí." (Spanish)',
    es.done(
      '¿cómo saco una tarjeta de biblioteca?',
      'Puede solicitarla en línea en carrollib.example.org/tarjeta con una identificación y un comprobante de domicilio.',
      '¿y para mi hijo también?',
      'Lo siento, su tiempo de chat se acabó, así que tengo que cerrar la sesión aquí.',
    ),
    DISMISSED,
  ),
  // ---- AN2 against: a room's time slot posted, the chat hours and help going on, the patron's own computer time, a loan period
  c(
    'AN2 against: "the 10 am time slot for study room B is up on the booking page" (a room booking)',
    said(
      'can i book a study room for saturday',
      'Yes: the 10 am time slot for study room B is up on the booking page at carrollib.example.org/rooms, so you can grab it there.',
    ),
    NOT_DISMISSED,
  ),
  c(
    'AN2 against: "Our chat hours end at 9 pm, but there\'s no rush: I\'m glad to keep helping you now." (hours, no ending)',
    said(
      'how late does this chat run tonight, i have a few questions',
      "Our chat hours end at 9 pm, but there's no rush: I'm glad to keep helping you now. The full schedule is at carrollib.example.org/askus.",
    ),
    NOT_DISMISSED,
  ),
  c(
    'AN2 against: the patron: "oh no my computer time is up, gotta run" (the patron\'s own time)',
    done(
      'how do i download ebooks to my kindle',
      'Borrow them in Libby at carrollib.example.org/libby and choose "Read with Kindle"; it sends the book to your Amazon account.',
      'oh no my computer time is up, gotta run',
      'No problem, come back anytime. Bye!',
    ),
    NOT_DISMISSED,
  ),
  c(
    'AN2 against: "Once time\'s up on the 7-day loan period for a DVD, it\'s 25 cents a day" (an item\'s loan)',
    said(
      'what happens if i bring a dvd back late',
      "Once time's up on the 7-day loan period for a DVD, it's 25 cents a day; the fines page is carrollib.example.org/fines.",
    ),
    NOT_DISMISSED,
  ),
];

export const an3: SessionCase[] = [
  // ---- AN3 for: the need restated before the first source (a statement, chat-speak, Spanish)
  c(
    'AN3 for: "So you\'re weighing a kayak against a canoe for flat water by the cabin." (a statement, before the source)',
    asked(
      'need a kayak or a canoe for the lake by our cabin, which is better',
      "So you're weighing a kayak against a canoe for flat water by the cabin.",
      'yes exactly',
      'For flat water, Consumer Reports compares both at consumerreports.example.org/paddling, and our catalogue has "The Complete Paddler".',
    ),
    CLARIFIED,
  ),
  c(
    'AN3 for: "ok so ur picking between the 2 daycares for ur toddler" (chat-speak, before the source)',
    asked(
      'which daycare is better for my 2 yr old, little sprouts or sunny days',
      'ok so ur picking between the 2 daycares for ur toddler',
      'yep',
      'the state inspection reports for both r at checkccmd.example.org, search by name',
    ),
    CLARIFIED,
  ),
  c(
    'AN3 for: "¿Entonces está comparando esos dos cochecitos para su bebé?" (Spanish, before the source)',
    es.asked(
      'necesito un cochecito para mi bebé, no sé si el Graco o el Chicco',
      '¿Entonces está comparando esos dos cochecitos para su bebé?',
      'sí',
      'Consumer Reports los compara en consumerreports.example.org/cochecitos; también tenemos la revista en la sucursal.',
    ),
    CLARIFIED,
  ),
  // ---- AN3 against: the restatement in the first source's own message, after the answer, "so you're" restating nothing
  c(
    'AN3 against: "So you\'re choosing between the two laptops for his classes? The Wirecutter comparison at …" (too late)',
    asked(
      'my son starts college, should he get the dell or the lenovo laptop',
      "So you're choosing between the two laptops for his classes? The Wirecutter comparison at wirecutter.example.com/student-laptops covers both.",
      'ok',
      "Both run the college's software, per its list at carrollcc.example.edu/tech.",
    ),
    NOT_CLARIFIED,
  ),
  c(
    'AN3 against: "So you went with the canoe — great choice!" (after the answer)',
    asked(
      'need a kayak or a canoe for the lake by our cabin, which is better',
      'Consumer Reports compares both for flat water at consumerreports.example.org/paddling.',
      'thanks, i went with the canoe',
      'So you went with the canoe — great choice!',
    ),
    NOT_CLARIFIED,
  ),
  c(
    'AN3 against: "So you\'re in good company: lots of people ask us about this." (restates nothing)',
    asked(
      'how do i find out what my old house looked like',
      "So you're in good company: lots of people ask us about this.",
      'ha ok',
      'The Sanborn fire insurance maps at loc.example.gov/sanborn show house outlines, and the county photo archive is at carrollhistory.example.org/photos.',
    ),
    NOT_CLARIFIED,
  ),
];

export const an4: SessionCase[] = [
  // ---- AN4 for: a party, then ", so they're worth a call / visit" (with a phone, with none in chat-speak, Spanish)
  c(
    'AN4 for: "The Historical Society of Carroll County keeps builders\' files, so they\'re worth a call at 410-555-0134."',
    said(
      'how can i find out who built my house in the 1920s',
      "Deeds from then aren't online. The Historical Society of Carroll County keeps builders' files, so they're worth a call at 410-555-0134.",
    ),
    WITH_WAY,
  ),
  c(
    'AN4 for: "the Westminster Senior Center runs tax-aide every feb so theyre def worth a visit" (chat-speak, no way)',
    said('anyone around here do free tax help for seniors', 'the Westminster Senior Center runs tax-aide every feb so theyre def worth a visit'),
    NO_WAY,
  ),
  c(
    'AN4 for: "La Sociedad Genealógica del Condado de Carroll …, así que vale la pena llamarles al 410-555-0188." (Spanish)',
    es.said(
      'busco el acta de bautismo de mi bisabuelo de 1890',
      'La Sociedad Genealógica del Condado de Carroll hace búsquedas en los registros de las iglesias, así que vale la pena llamarles al 410-555-0188.',
    ),
    WITH_WAY,
  ),
  // ---- AN4 against: sights, a negation, books worth a read
  c(
    'AN4 against: "The covered bridges near Taneytown are lovely in the fall, so they\'re worth a visit." (a sight)',
    said('any scenic spots for fall photos in carroll county', "The covered bridges near Taneytown are lovely in the fall, so they're worth a visit."),
    NONE,
  ),
  c(
    'AN4 against: "The Extension office stopped soil testing last year, so they\'re not worth a call for this" (a negation)',
    said(
      'where can i get my garden soil tested',
      "The county Extension office stopped soil testing last year, so they're not worth a call for this; the steps for a home test are at gardening.example.org/soil.",
    ),
    NONE,
  ),
  c(
    'AN4 against: "The two Nolo guides on wills both cover Maryland, so they\'re worth a read" (publications)',
    said(
      'i want to write a simple will myself',
      "The two Nolo guides on wills both cover Maryland, so they're worth a read; both are in our catalogue at carrollib.example.org/catalog.",
    ),
    NONE,
  ),
];

export const an6: SessionCase[] = [
  // ---- AN6 for: a department with commas in its name and its phone, and a second office with no way
  c(
    'AN6 for: "call Licenses, Permits and Inspections at 410-555-0150, and you might also ask your County Commissioner\'s office …"',
    said(
      'do i need a permit for an 8 foot fence',
      "Fences over 6 feet need a permit: call Licenses, Permits and Inspections at 410-555-0150, and you might also ask your County Commissioner's office how often they grant height exceptions.",
    ),
    NO_WAY,
  ),
  c(
    'AN6 for: "call Planning, Zoning and Code Enforcement at 410-555-0162, and maybe also ask ur homeowners association" (chat-speak)',
    said(
      'do i need a permit for a backyard shed',
      'prob yes if its over 150 sq ft. call Planning, Zoning and Code Enforcement at 410-555-0162, and maybe also ask ur homeowners association how strict they r about sheds',
    ),
    NO_WAY,
  ),
  // ---- AN6 against: both parties with their ways, one party only
  c(
    'AN6 against: "call Licenses, Permits and Inspections at 410-555-0150, and … your County Commissioner\'s office at 410-555-0120"',
    said(
      'do i need a permit for an 8 foot fence',
      "Fences over 6 feet need a permit: call Licenses, Permits and Inspections at 410-555-0150, and you might also ask your County Commissioner's office at 410-555-0120 how often they grant height exceptions.",
    ),
    WITH_WAY,
  ),
  c(
    'AN6 against: "call Planning, Zoning and Code Enforcement at 410-555-0162 and ask them whether …" (one party)',
    said(
      'do i need a permit for a backyard shed',
      'Call Planning, Zoning and Code Enforcement at 410-555-0162 and ask them whether a shed under 150 square feet needs a permit.',
    ),
    WITH_WAY,
  ),
];

export const an8: SessionCase[] = [
  // ---- AN8 for: "You'll have <it> by <when>" after an offer and the contact taken (none recorded, recorded in time, overdue)
  c(
    'AN8 for: "You\'ll have the list by tomorrow evening." (after an offer and an e-mail; none recorded, pending)',
    taken(
      'which carroll county cemeteries have their burial records online',
      "I could put together a list of the ones with records online and where each is. What's a good e-mail for you?",
      'sure its lee.park@example.com',
      'Got it: lee.park@example.com.',
      "You'll have the list by tomorrow evening.",
    ),
    promised('pending'),
  ),
  c(
    'AN8 for: "u\'ll have them by fri morning" (chat-speak, a phone; recorded after 20 h, on time)',
    taken(
      'need the weekend bus times for routes 1 2 and 3',
      'i can pull together the weekend schedules for those 3 routes if u want, whats a good number for u?',
      '410 555 0177',
      'ok got 410-555-0177',
      "u'll have them by fri morning",
    ),
    promised('pass'),
    { followUps: [{ doneAt: at(20 * 3600), by: 'jo' }] },
  ),
  {
    ...c(
      'AN8 for: "You\'ll have the scans in your inbox by Thursday noon." (none recorded, now five days on: overdue)',
      taken(
        'do you have the 1936 westminster high yearbook',
        'We have it in the Maryland Room. I could scan the senior class pages for you. What e-mail should I use?',
        'dana.ruiz@example.com please',
        'Thanks, dana.ruiz@example.com.',
        "You'll have the scans in your inbox by Thursday noon.",
      ),
      promised('fail'),
    ),
    ctx: { now: T0 + 5 * DAY },
  },
  // ---- AN8 against: the hold system, the system's confirmation e-mail, a room booked: nothing the provider sends later
  c(
    'AN8 against: "You\'ll have the book by Friday once your hold comes in." (the hold system)',
    taken(
      'can you get me the large print of the new grisham book',
      "I've placed a hold on the large-print edition for you at Westminster. What e-mail should the notice go to?",
      'its sam.b@example.com',
      'Thanks, sam.b@example.com is on the hold.',
      "You'll have the book by Friday once your hold comes in.",
    ),
    NO_FOLLOW_UP,
  ),
  c(
    'AN8 against: "You\'ll get a confirmation e-mail right away from the events system." (the system\'s, now)',
    taken(
      'can i sign up for the resume workshop on saturday',
      "I've signed you up for the Saturday resume workshop. Which e-mail should go on the registration?",
      'rae.t@example.com',
      'Thanks, rae.t@example.com is on it.',
      "You'll get a confirmation e-mail right away from the events system.",
    ),
    NO_FOLLOW_UP,
  ),
  c(
    'AN8 against: "You\'ll have the meeting room from 2 to 4 on Saturday; the booking is confirmed." (a room)',
    taken(
      'can my book club use a meeting room saturday afternoon',
      'I can book the small meeting room at Westminster for your group. What e-mail should go on the booking?',
      'bookclub.kim@example.com',
      'Thanks, bookclub.kim@example.com is on the booking.',
      "You'll have the meeting room from 2 to 4 on Saturday; the booking is confirmed.",
    ),
    NO_FOLLOW_UP,
  ),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AN1 for: "los pasajeros que pueden transferirse solos de la silla al asiento" then "¿Sigue ahí?", goodbye at 165 s (Spanish)':
    'expected interest.keep_informed pass and session.idle_checkin pass, got fail ("the patron waited 130 s without news; the standard is 120 s", evidence the answer and "¿Sigue ahí?") and na ("final idle 35 s is under 120 s"): RUBRIC Terms "Hold message", "Sí, todos los autobuses tienen rampa; los pasajeros que pueden transferirse solos de la silla al asiento pueden viajar sentados. Las reglas están en …" announces no look-up, no wait and no transfer of the chat (the riders move themselves): an answer, so waiting on the patron begins there, no wait on the provider lasts over 120 s, and the final idle runs 165 s from it to the goodbye with "¿Sigue ahí?" during it (the English rider and swimmer cases run as labelled) (older: v73 fail / na the same)',
  'AN4 for: "La Sociedad Genealógica del Condado de Carroll …, así que vale la pena llamarles al 410-555-0188." (Spanish)':
    'expected referral.contact pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC Terms "Referral", "La Sociedad Genealógica del Condado de Carroll hace búsquedas en los registros de las iglesias, así que vale la pena llamarles al 410-555-0188" recommends calling the society (an organisation outside the chat), its phone the way; the English "…, so they\'re worth a call at 410-555-0134" passes (older: v73 na the same)',
  'AN6 for: "call Planning, Zoning and Code Enforcement at 410-555-0162, and maybe also ask ur homeowners association" (chat-speak)':
    'expected referral.contact fail, got pass ("the referral comes with a way to reach them"): RUBRIC referral.contact, "call Planning, Zoning and Code Enforcement at 410-555-0162, and maybe also ask ur homeowners association how strict they r about sheds" refers the patron to two parties (Terms "Referral": ask them; a homeowners association is an organisation outside the chat), the association with no e-mail, phone, address or URL, so not every party comes with a way (older: v73 pass the same)',
};

describe('eighty-seventh round: block AN (AN1, AN2, AN3, AN4, AN6, AN8) checked blind, both ways, part an1', () => {
  for (const [t, cs] of [['AN1', an1], ['AN2', an2], ['AN3', an3], ['AN4', an4], ['AN6', an6], ['AN8', an8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
