/**
 * Thirty-eighth round, area (G16): COOPERATIVE BACKUP STAFF. A statewide service in a national cooperative: when the
 * State's own librarians are busy or off hours, backup staff from another State or a contracted service answer. Backup
 * librarians introducing themselves, not knowing local policies and referring the patron back to their own library (with
 * and without its phone / e-mail), routing a follow-up to the local library, asking which library or county the patron
 * belongs to, card and account questions they cannot reach, local events, holds, many concurrent chats, time-zone slips,
 * ending for shift end (with and without a way back), transfers to a local librarian; English across registers and Spanish.
 * (closing.no_dismissal, followup.*, resolution.code, referral.contact, approachability.greeting, inquiry.clarify, and
 * every check in the whole sessions.)
 *
 * PARAPHRASE SWEEP. Shapes tried, across registers (American, British, non-native, chat-speak, terse, warm, Spanish):
 *  greeting: "I'm Kim, a librarian with the cooperative's backup team in Oregon", "QuestionPoint backup here", "Kim w/ Ask Us
 *   backup", "backup librarian from the 24/7 cooperative here", "you're through to the out-of-hours cover team, Alex
 *   speaking", "soy Marta del servicio cooperativo", "Sam from the 24/7 backup service"; no one named: "I'm not at your
 *   library but I can help", "Good evening." alone.
 *  referral back to the library: with its phone / e-mail ("call the Lane County Library circulation desk at 541-…", "email
 *   your library at help@…", "Llame a su biblioteca al 512-…"); without ("check with your home library directly", "ask at the
 *   front desk next time you're in", "please to contact your own library"); the library's site as a source, not a referral.
 *  follow-up routed to the library: "I'll forward this to your library and someone there will contact you by Friday", "a
 *   librarian there will get back to you within 2 days at ann@…", "I'll pass this to your branch … they'll be in touch", "le
 *   paso su pregunta a su biblioteca y alguien de allí se comunicará con usted"; not: "Your library will e-mail you
 *   automatically when the hold is ready".
 *  many chats: "several other chats going, so I may be slow", "a few other chats going, so bear with me", "handling other
 *   chats too, so I'll be a little slower"; ending because of them: "so I can't keep helping with this one", "juggling
 *   several chats, I can't look into that any further", "tengo varios chats abiertos, así que no puedo seguir", "i have 4
 *   other chats going rn so cant do more, bye", "Too many chats tonight. Ending this one."
 *  shift end: without a way back ("My shift is ending, so I have to end the chat now", "at the end of my shift so I'll have to
 *   leave it there, cheers"), with one ("another librarian comes on at 5 pm and you can chat with us again anytime", "your own
 *   library opens at 9 tomorrow: call them at …").
 *  also: asking which library / county / city, a transfer to a local librarian with an internal note, a time-zone slip
 *   corrected, a patron who vanishes (check-in and disconnect notice), five chats open at once.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - "I'm not at your library" names who is NOT answering: no identification; "I'm covering for your library tonight" names
 *   the library the provider answers for: identification (my first label said no: corrected);
 * - other chats as a reason to be slow is no dismissal; other chats as the reason the help stops, with no way back, is the
 *   provider's convenience; with an invitation back or the library's phone it is allowed (the seed);
 * - ending at shift end with no way back is a dismissal; with the next librarian's hours or the library's phone it is not;
 * - the question passed on to the patron's library, whose people will contact the patron, is a follow-up promise (Terms) and
 *   no referral (staff consulted on the patron's behalf); the library's automatic hold notice is no promise;
 * - a transfer to a local librarian is no referral; "call your library at …" is one (with a phone);
 * - "contact your home library" with no number, in a chat with no other source: info.source fails (an organisation named
 *   without a way to reach it), and followup.completeness fails (never asked).
 *
 * Counts. Written: 70 cases: 15 whole sessions (every check) and 55 short ones. First batch (52: 15 whole + 37 short,
 * labelled before running): 10 disagreed: approachability.greeting 4 ("Sam from the 24/7 backup service", "Kim w/ Ask Us
 * backup", "hey there, backup librarian from the 24/7 cooperative here" read as no identification; "I'm covering for your
 * library" read as one: my label), closing.no_dismissal 3 (the Spanish, "juggling" and chat-speak endings above read as
 * no dismissal), followup/resolution.code 2 ("… so I'll pass your question on to Westfield's staff and they'll get back to
 * you. Is that ok?" and the Spanish "alguien de allí se comunicará con usted" read as no promise), referral.contact 1 ("not
 * at ur library but can help" read as the library that can help: a referral without contact). Second batch (8, the fixes'
 * words, labelled before running): 1 disagreed ("Too many chats tonight. Ending this one."). Near misses (`guards`, 10): 3
 * disagreed, all by older families (below). Labels corrected: 1 of 10 in the first run (the "covering" greeting).
 * Run: 61; LEFT: 9.
 *
 * Fixes (block G16, rubric.ts):
 *  - OTHER_CHATS_STOP_G16 (dismissalConvenience): a number of other chats / conversations, then in the same sentence ", /
 *    so / and / así que / por eso" and "(I) can't / cannot / no puedo" with doing more (not "more than"), helping further,
 *    looking into it further, continuing, staying on, seguir, continuar. [near misses: "so I can't reply right away" (fails
 *    with the verbs widened to any word), "varios chats abiertos, así que no puedo contestar enseguida" (fails the same way),
 *    "so I can't do more than one search at a time" (did NOT fail with `(?! than)` removed: another reading excuses it as
 *    the help goes on; kept as a guard all the same), "… so I can't stay on this one, but please chat with us again
 *    tonight or call your library at …" (a way back), the patron's own "i have other chats open so i cant continue"].
 *  - PASSED_ON_ES_G16 (followupPromise): in Spanish, "le paso / le envío / le mando … su pregunta / consulta a su biblioteca
 *    … y alguien (de allí) / ellos / el personal se comunicará / le contactará / le llamará / le escribirá …". [near misses:
 *    "Le paso su pregunta a su biblioteca y ellos tendrán el libro listo en el mostrador" (fails with the "y … se comunicará"
 *    part removed), "Usted puede pasar su pregunta a su biblioteca y alguien de allí se comunicará con usted" (the patron's
 *    step)]. An English PASSED_ON_G16 was written and taken back: older families already read "I'll pass … on to your
 *    library / staff" as a promise, so no case needed it.
 *
 * Not changed: greetings (a name read only after "I'm / this is / … here"-like leads: "Sam from …", "Kim with …" left; a
 * change there touches every round's greetings); the can-help referral ("not at your library but can help"), an older family.
 * LEFT (9), each with its reason in LEFT_WHY: the three greetings above; "so I'll pass your question on … Is that ok?"
 * after "I can't find it on their calendar at …" (the same sentence alone is read as a promise: an older reading of the
 * message as a whole); "not at ur library but can help" as a referral; "Too many chats tonight. Ending this one." (no
 * inability in the fix's words; would need two sentences joined); three near misses misread by older families as promises
 * ("You can pass your question to your library and they'll get back to you", "I'll pass your request on to Westfield's staff
 * and they'll have it ready at the desk", "Si usted le pasa su pregunta a su biblioteca, ellos le llamarán") — narrowing them
 * would move older rounds' promises.
 * Not done (time): a third batch on the greeting leads; the previous attempt's "Kim w/ Ask Us backup" confirmed (no name read),
 * its "several other chats going, so I may be slow" NOT confirmed (scores as no dismissal here, in a whole session and a short one).
 *
 * Final run: this file, rubric.test.ts, every thirty-sixth-, thirty-seventh- and thirty-eighth-round file, and the files
 * found by `grep -lE "other chats|chats (going|open)|several chats|chats abiertos|juggling"` and by the Spanish
 * "le paso / le envío … su pregunta" and "se comunicar" greps (103 files, all passing).
 * v39's fingerprint after block G16: 83336bf96c750fc2.
 */
import { describe } from 'vitest';
import { at, describeLeft, describeSessions, FU_LIB, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';
import { L, OPEN } from './narrowing-lines';

const HOUR = 3600;
const MAIL = (email: string) => ({ name: null, email, phone: null });

/** A hold question up to the patron's answer to "which library". */
const HOLD: Line[] = [
  [0, 'p', 'hi can you tell me why my hold hasnt come in yet? its been 3 weeks'],
  [20, 'l', "Hi, I'm Kim, a librarian with the cooperative's backup team in Oregon. Which library do you have the hold at?"],
  [50, 'p', 'lane county library'],
];
/** The greeting `greet` (asking a question), the patron's reply, one provider message `text`, thanks and a goodbye. */
const greetThen = (greet: string, text = 'Their catalogue is at lanecountylib.org/catalog. Does that help?'): Line[] => [
  ...OPEN('hi how do i find a book at my library', greet, 'springfield'),
  L(text),
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];
/** An answered session, then the patron's second question and the provider's `last` message(s). */
const secondAsk = (...last: string[]): Line[] => [
  ...HOLD,
  [70, 'l', 'Holds go in the order they were placed; you can see your place in line under My Account at lanecountylib.org. Does that help?'],
  [100, 'p', 'ok and can you tell me if they have the new grisham book on order too?'],
  ...last.map((x, i): Line => [110 + 10 * i, 'l', x]),
];
/** The default opening (a greeting with a question) and `text` as the provider's answer, then thanks and a goodbye. */
const reply = (text: string, q = 'can i renew my library card online?'): Line[] => [...OPEN(q), L(text), [110, 'p', 'ok thanks'], [120, 'l', 'Thanks for chatting, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'Oregon backup, a hold she cannot see: the circulation desk with its phone, e-mail and hours',
    lines: [
      ...HOLD,
      [80, 'l', "I'm not at your library, so I can't see your account, but Lane County Library's circulation desk can: call 541-555-0100 or write to circ@lanecountylib.org. They're open 10 to 6 Monday through Saturday. Does that help?"],
      [110, 'p', 'yes thank you'],
      [115, 'l', 'Is there anything else I can help you with?'],
      [130, 'p', 'no thats it'],
      [135, 'l', 'Thanks for using Ask a Librarian, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a local policy question routed to the patron\'s library: someone there will e-mail by Friday, e-mail confirmed',
    lines: [
      [0, 'p', 'does springfield library let you borrow the museum passes for a whole week?'],
      [25, 'l', "Hello! I'm Dev, a backup librarian with the QuestionPoint cooperative, answering while Springfield's staff are busy. Is it the Springfield in Illinois?"],
      [60, 'p', 'yes'],
      [90, 'l', "I don't know their pass rules, so I'll forward your question to Springfield Public Library and someone there will e-mail you by Friday. Is kate.r@example.com the best address?"],
      [120, 'p', 'yes that works'],
      [130, 'l', 'Great. Meanwhile, their list of passes is at springfieldlibrary.org/passes. Does that help for now?'],
      [160, 'p', 'yep'],
      [165, 'l', 'Anything else I can help with tonight?'],
      [180, 'p', 'no thanks'],
      [185, 'l', 'Thanks for chatting, take care!'],
    ],
    over: { ...FU_LIB, patron: MAIL('kate.r@example.com'), followUps: [{ doneAt: at(30 * HOUR), by: 'spfld', note: 'e-mailed museum pass loan rules' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'busy backup, "several other chats going, so I may be slow": the answer still comes and nothing ends',
    lines: [
      [0, 'p', 'what time does the downtown branch close today'],
      [15, 'l', 'Hi, this is Kim with the Ask Us backup team. Which city is your library in?'],
      [40, 'p', 'eugene'],
      [45, 'l', 'Thanks! I have several other chats going, so I may be a little slow to reply.'],
      [130, 'l', 'Eugene Public Library downtown closes at 8 pm today; the hours are at eugene-or.gov/library. Does that answer your question?'],
      [160, 'p', "yes that's all I needed"],
      [165, 'l', 'Thanks for chatting with us, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'other chats going, "so I can\'t stay on this one": a second question cut off with no way back',
    lines: secondAsk("Sorry, I have several other chats going so I can't look into that. I'm closing this chat now."),
    // The provider ends the help for its own convenience, with no way back (no_dismissal fails); the last two visible
    // provider messages are the answer with "Does that help?" and the closing notice: no thanks, goodbye or invitation.
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'other patrons waiting, wrapping up with a way back: chat again tonight or call the library',
    lines: secondAsk("There are other patrons waiting, so I'll need to wrap up here. Please chat with us again later tonight, or call your library at 541-555-0100 and they can check the order list. Thanks!"),
    // Allowed (seed): others waiting and an invitation back. "call your library at …" is a referral with a phone.
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'shift end without a way back: "My shift is ending, so I have to end the chat now. Bye."',
    lines: secondAsk('My shift is ending, so I have to end the chat now.', 'Bye.'),
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'shift end with a way back: the next librarian comes on at 5, chat again anytime',
    lines: secondAsk("My shift ends in a couple of minutes, but another librarian comes on at 5 pm and you can chat with us again anytime. Thanks for your patience!"),
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'transfer from the backup librarian to a local librarian who can see the account, with a note saying why',
    lines: [
      [0, 'p', 'my card says expired but i renewed it last month??'],
      [20, 'l', "Hi, I'm Jo, a backup librarian for Ask Us. Which library issued your card?"],
      [45, 'p', 'sample county'],
      [55, 'l', "Thanks! A Sample County librarian just came online who can see your account, so I'm transferring you to her now."],
      [58, 'i', 'pt card shows expired after renewal last month, needs account access (Sample County)'],
      xferToRosa(60),
      [90, 'l', "Hi, Rosa from Sample County Library here. I see the renewal didn't save; I've fixed it, and your card is good until next June. You can check it under My Account at samplelibrary.org. Does that solve it?", ROSA],
      [120, 'p', 'yes thanks so much thats all'],
      [125, 'l', 'Glad to help, have a good night!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Spanish backup librarian: "no trabajo en su biblioteca", the library\'s phone',
    lines: [
      [0, 'p', 'hola, como saco una tarjeta de la biblioteca?'],
      [20, 'l', 'Hola, soy Marta, bibliotecaria del equipo de respaldo de la cooperativa en Texas. No trabajo en su biblioteca, pero puedo ayudarle. ¿En qué ciudad vive?'],
      [50, 'p', 'en austin'],
      [80, 'l', 'Puede sacarla en cualquier sucursal con una identificación y un comprobante de domicilio. Llame a la Biblioteca Pública de Austin al 512-974-7400 si tiene dudas. ¿Le sirve esta información?'],
      [110, 'p', 'si gracias'],
      [115, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [130, 'p', 'no, es todo'],
      [135, 'l', '¡Gracias por usar nuestro servicio, adiós!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'passed on to the patron\'s library with no time and no contact, coded Answered',
    lines: [
      [0, 'p', 'is the friends of the library book sale this weekend or next?'],
      [20, 'l', "Hi, I'm Kim, a librarian with the cooperative's backup team. Which library's sale is it?"],
      [50, 'p', 'westfield'],
      [80, 'l', "I can't find it on their calendar at westfieldlibrary.org/events, so I'll pass your question on to Westfield's staff and they'll get back to you. Is that ok?"],
      [110, 'p', 'sure'],
      [115, 'l', 'Thanks for your patience, bye!'],
    ],
    // A follow-up promise ("they'll get back to you", the patron's library: Terms' "someone from your library will contact
    // you"): coded Answered (code fails), no contact and no time (contact fails), not yet due (pending). No completeness
    // question, no "anything else".
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'the patron vanishes after the answer: a check-in and a disconnect notice from the backup librarian',
    lines: [
      [0, 'p', 'are there any storytimes at the north branch this week'],
      [20, 'l', 'Hello! Kim here with the cooperative backup team. Which library system is that?'],
      [45, 'p', 'sample county'],
      [70, 'l', 'Baby storytime at the North branch is Tuesday and Thursday at 10:30; the calendar is at samplelibrary.org/events. Does that help?'],
      [200, 'l', 'Are you still there?'],
      [260, 'l', "It looks like you've disconnected, so I'll end the chat now. Feel free to chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"a few other chats going" and truly five open at once: concurrency fails, nothing else does',
    lines: [
      [0, 'p', 'do you have the new cookbook by samin nosrat'],
      [20, 'l', 'Hi, Jo from Ask Us backup here; I have a few other chats going, so bear with me. Which library do you use?'],
      [50, 'p', 'sample county'],
      [100, 'l', 'Sample County has 4 copies on order; you can place a hold in the catalogue at samplelibrary.org. Does that help?'],
      [130, 'p', 'yes thats all i needed'],
      [135, 'l', 'Thanks, goodbye!'],
    ],
    ctx: { otherIntervals: [other('b1', 'jo', -100, 400), other('b2', 'jo', -50, 400), other('b3', 'jo', 0, 400), other('b4', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'local events the backup cannot see, a time-zone slip corrected, the events page as a source',
    lines: [
      [0, 'p', 'is the author talk tonight at 7 still happening'],
      [20, 'l', 'Hi! I\'m Priya, a librarian with the national backup service. Which library is hosting it?'],
      [50, 'p', 'maplewood'],
      [75, 'l', "It's listed for 7 pm on maplewoodlibrary.org/events. Sorry, I first read that as my time zone (I'm in Arizona); it is 7 pm your time. Is that what you were looking for?"],
      [100, 'p', 'yes, no more questions'],
      [105, 'l', 'Enjoy the talk, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse chat-speak backup: "not @ ur library but can help", the fines page',
    lines: [
      [0, 'p', 'how much r late fees'],
      [10, 'l', 'hi! Lee here, backup librarian, not at ur library but can help. which library?'],
      [30, 'p', 'centerville'],
      [45, 'l', 'centerville went fine free in 2022, see centervillelibrary.org/finefree. that help?'],
      [60, 'p', 'ya thx'],
      [62, 'l', 'anything else?'],
      [70, 'p', 'nope'],
      [72, 'l', 'k bye!'],
    ],
    exp: usual(),
  },
];

/** Short cases: the greeting of a backup librarian. */
export const greetings: SessionCase[] = [
  { name: 'greet: "I\'m Kim, a librarian with the cooperative\'s backup team in Oregon"', lines: greetThen("Hi, I'm Kim, a librarian with the cooperative's backup team in Oregon. Which library do you use?"), exp: some({ greeting: 'pass' }) },
  { name: 'greet: "Hello, QuestionPoint backup here" (the service)', lines: greetThen("Hello, QuestionPoint backup here. What's your home library?"), exp: some({ greeting: 'pass' }) },
  // "I'm not at your library" says who is NOT answering: no name, no "librarian", no library or service of the provider's.
  { name: 'greet: "I\'m not at your library but I can help" names no one', lines: greetThen("Hi! I'm not at your library but I can help. Which library are you with?"), exp: some({ greeting: 'fail' }) },
  { name: 'greet: "Good evening" and a question, no one named', lines: greetThen('Good evening. Which library card do you have?'), exp: some({ greeting: 'fail' }) },
  { name: 'greet: Spanish "soy Marta del servicio cooperativo"', lines: greetThen('Hola, soy Marta del servicio cooperativo. ¿De qué biblioteca es usted?'), exp: some({ greeting: 'pass' }) },
  // Label corrected after the first run: "covering for your library" names the library the provider answers for (the
  // library, in the text); "I'm not at your library" above names the one that is NOT answering.
  { name: 'greet: "I\'m covering for your library tonight" names the library answered for', lines: greetThen("Hi, I'm covering for your library tonight. What county are you in?"), exp: some({ greeting: 'pass' }) },
  { name: 'greet: British "Good evening, you\'re through to the out-of-hours cover team, Alex speaking"', lines: greetThen("Good evening, you're through to the out-of-hours cover team, Alex speaking. Which library authority are you with?"), exp: some({ greeting: 'pass' }) },
];

/** Short cases: ending the help, many chats, shift end. */
export const endings: SessionCase[] = [
  { name: 'dismissal: "several other chats going, so I can\'t keep helping with this one. Goodbye."', lines: secondAsk("I have several other chats going, so I can't keep helping with this one. Goodbye."), exp: some({ dismissal: 'fail' }) },
  { name: 'not a dismissal: "several other chats going, so I may be slow to reply"', lines: secondAsk('I have several other chats going, so I may be slow to reply.', 'The Grisham is on order, 12 holds so far.', 'Thanks, bye!'), exp: some({ dismissal: 'pass' }) },
  { name: 'not a dismissal: "I\'ve got a few other chats going, so bear with me"', lines: secondAsk("I've got a few other chats going, so bear with me.", 'Yes, it is on order.', 'Thanks, bye!'), exp: some({ dismissal: 'pass' }) },
  { name: 'allowed: other patrons waiting, come back or call your library', lines: secondAsk('Other patrons are waiting, so I need to close this chat; please come back anytime or call your library at 541-555-0100.'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal: "My shift is over, so I\'m ending the chat now."', lines: secondAsk("My shift is over, so I'm ending the chat now."), exp: some({ dismissal: 'fail' }) },
  { name: 'allowed: shift ends, the next librarian at 6, chat again then', lines: secondAsk('My shift ends now, but the next librarian comes on at 6 and you can chat with us again then. Bye!'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal: Spanish "tengo varios chats abiertos, así que no puedo seguir"', lines: secondAsk('Tengo varios chats abiertos, así que no puedo seguir con su pregunta. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "juggling several chats, I can\'t look into local policies any further, so I\'ll end here"', lines: secondAsk("Since I'm juggling several chats, I can't look into that any further, so I'll end here."), exp: some({ dismissal: 'fail' }) },
  { name: 'not a dismissal: "I\'m handling other chats too, so I\'ll be a little slower, sorry!"', lines: secondAsk("I'm handling other chats too, so I'll be a little slower, sorry!", 'It is on order, yes.', 'Thanks, bye!'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal: chat-speak "i have 4 other chats going rn so cant do more, bye"', lines: secondAsk('i have 4 other chats going rn so cant do more, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: British "I\'m at the end of my shift so I\'ll have to leave it there, cheers"', lines: secondAsk("I'm at the end of my shift so I'll have to leave it there, cheers."), exp: some({ dismissal: 'fail' }) },
  { name: 'allowed: "my shift is ending; your own library opens at 9 tomorrow, call them at 541-555-0100"', lines: secondAsk('My shift is ending, so I have to go, but your own library opens at 9 tomorrow: call them at 541-555-0100 and they can check. Take care!'), exp: some({ dismissal: 'pass' }) },
];

/**
 * Second batch (labelled before running), probing the words of the fix OTHER_CHATS_STOP_G16: paraphrases it should read,
 * and near misses (`guards`) it must not: other chats as a reason to be slow, or with a way back.
 */
export const secondBatch: SessionCase[] = [
  { name: 'dismissal: "I have multiple chats open and I cannot help any further with this one."', lines: secondAsk('I have multiple chats open and I cannot help any further with this one.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "There are lots of other conversations going, so I can\'t continue. Bye"', lines: secondAsk("There are lots of other conversations going, so I can't continue. Bye"), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: Spanish "muchos chats a la vez, por eso no puedo continuar"', lines: secondAsk('Atiendo muchos chats a la vez, por eso no puedo continuar con esto. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: non-native "I am having three chats now so I cannot do more for you"', lines: secondAsk('Sorry, I am having three chats now so I cannot do more for you.'), exp: some({ dismissal: 'fail' }) },
  // Not in the fix's words (a reason given, no inability said): the help ends with no way back all the same.
  { name: 'dismissal: "Too many chats tonight. Ending this one."', lines: secondAsk('Too many chats tonight. Ending this one.'), exp: some({ dismissal: 'fail' }) },
  // probing PASSED_ON_G16 (labelled before running): the provider passes the question on, the library's people contact the patron
  { name: 'promise: "We\'ll forward your question to the branch librarians and they will email you", coded Answered', lines: reply("We'll forward your question to the branch librarians and they will email you."), exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'promise: chat-speak "ill send ur q to ur library n someone will call u", coded Answered', lines: reply('ill send ur q to ur library n someone will call u'), exp: some({ code: 'fail' }) },
  { name: 'promise: Spanish "le envío su consulta a la biblioteca y ellos le llamarán", coded Answered', lines: reply('Le envío su consulta a la biblioteca y ellos le llamarán mañana.'), exp: some({ code: 'fail' }) },
];
export const guards: SessionCase[] = [
  // near misses of PASSED_ON_ES_G16: the library does something else, the patron passes it on
  { name: 'guard: Spanish "le paso su pregunta a su biblioteca y ellos tendrán el libro listo"', lines: reply('Le paso su pregunta a su biblioteca y ellos tendrán el libro listo en el mostrador.'), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'guard: Spanish "Usted puede pasar su pregunta a su biblioteca y alguien de allí se comunicará con usted"', lines: reply('Usted puede pasar su pregunta a su biblioteca y alguien de allí se comunicará con usted.'), exp: some({ code: 'pass', contact: 'na' }) },
  // (the three below are misread by older families, not by this block: in LEFT)
  { name: 'guard: "You can pass your question to your library and they\'ll get back to you" (the patron\'s step)', lines: reply("You can pass your question to your library and they'll get back to you."), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'guard: "I\'ll pass your request on to Westfield\'s staff and they\'ll have it ready at the desk"', lines: reply("I'll pass your request on to Westfield's staff and they'll have it ready at the desk tomorrow."), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'guard: Spanish "Si usted le pasa su pregunta a su biblioteca, ellos le llamarán"', lines: reply('Si usted le pasa su pregunta a su biblioteca, ellos le llamarán.'), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'guard: "several other chats going, so I can\'t reply right away" and the answer follows', lines: secondAsk("I have several other chats going, so I can't reply right away.", 'Yes, it is on order.', 'Thanks, bye!'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: "a few other chats going, so I can\'t do more than one search at a time"', lines: secondAsk("I have a few other chats going, so I can't do more than one search at a time, so that one will take me a few minutes.", 'Yes, it is on order.', 'Thanks, bye!'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: Spanish "varios chats abiertos, así que no puedo contestar enseguida"', lines: secondAsk('Tengo varios chats abiertos, así que no puedo contestar enseguida.', 'Sí, está pedido.', '¡Gracias, adiós!'), exp: some({ dismissal: 'pass' }) },
  // Allowed (RUBRIC.md): others waiting with an invitation back.
  { name: 'guard: "several chats going, so I can\'t stay on this one, but please chat with us again tonight"', lines: secondAsk("I have several chats going, so I can't stay on this one, but please chat with us again tonight or call your library at 541-555-0100. Thanks!"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard: the patron\'s "other chats" ("i have other chats open so i cant continue") is not the provider\'s', lines: [...HOLD, [70, 'l', 'Holds go in order; see My Account at lanecountylib.org. Does that help?'], [100, 'p', 'sorry i have other chats open so i cant continue, bye'], [110, 'l', 'No problem, thanks for chatting!']], exp: some({ dismissal: 'pass' }) },
];

/** Short cases: follow-ups routed to the patron's library. */
export const followups: SessionCase[] = [
  // A promise (Terms' "someone from your library will contact you"), coded Answered.
  { name: 'promise: "I\'ll forward this to your library and someone there will contact you by Friday", coded Answered', lines: reply("I'll forward this to your library and someone there will contact you by Friday."), exp: some({ code: 'fail', contact: 'fail' }) },
  // Coded as the library's follow-up, the e-mail only in the patron fields and never mentioned: contact fails, code passes.
  { name: 'promise coded Follow-up by patron\'s library, e-mail never mentioned in the chat', lines: reply("I'll forward this to your library and someone there will contact you by Friday."), over: { ...FU_LIB, patron: MAIL('ann@example.com') }, exp: some({ code: 'pass', contact: 'fail' }) },
  { name: 'promise with the e-mail read back and "within 2 days"', lines: reply("I've sent your question to your home library; a librarian there will get back to you within 2 days at ann@example.com, is that right?"), over: { ...FU_LIB, patron: MAIL('ann@example.com') }, exp: some({ code: 'pass', contact: 'pass' }) },
  // The library's automatic hold notice is not the provider promising to send or find more about the question.
  { name: 'no promise: "Your library will e-mail you automatically when the hold is ready"', lines: reply('Your library will e-mail you automatically when the hold is ready to pick up.', 'my hold isnt in yet'), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'promise in Spanish: "alguien de allí se comunicará con usted el viernes", coded Answered', lines: reply('Le paso su pregunta a su biblioteca y alguien de allí se comunicará con usted el viernes.'), exp: some({ code: 'fail' }) },
  { name: 'promise: British "I\'ll ring your branch in the morning and they\'ll be in touch", coded Answered', lines: reply("I'll pass this to your branch in the morning and they'll be in touch."), exp: some({ code: 'fail' }) },
];

/** Short cases: referrals back to the patron's library. */
export const referrals: SessionCase[] = [
  { name: 'referral with phone: the circulation desk at 541-555-0100', lines: reply("I can't see your account from here; please call the Lane County Library circulation desk at 541-555-0100."), exp: some({ referral: 'pass' }) },
  { name: 'referral without contact: "check with your home library directly"', lines: reply("I don't know your library's policy on that, so you'll want to check with your home library directly."), exp: some({ referral: 'fail' }) },
  { name: 'referral without contact: "ask at the front desk next time you\'re in"', lines: reply("Your library's staff can help with that; ask at the front desk next time you're in."), exp: some({ referral: 'fail' }) },
  { name: 'referral with e-mail: "email your library at help@springfieldlib.org"', lines: reply('For card questions, email your library at help@springfieldlib.org; they reply within a day.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'referral in Spanish with phone: "Llame a su biblioteca al 512-974-7400"', lines: reply('Llame a su biblioteca al 512-974-7400, ellos pueden ver su cuenta.'), exp: some({ referral: 'pass' }) },
  { name: 'referral without contact, non-native: "please to contact your own library, they know the rules"', lines: reply('I am not from your library, please to contact your own library, they know the rules for this.'), exp: some({ referral: 'fail' }) },
  // A source, not a referral: the library's website for the patron to use.
  { name: 'a source, no referral: "the renewal form is on your library\'s site at riversidelib.org/renew"', lines: reply("The renewal form is on your library's site at riversidelib.org/renew."), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Short cases: asking which library, before a source. */
export const clarifying: SessionCase[] = [
  { name: 'clarify: "Which library system is your card from?" before the catalogue', lines: greetThen('Hi, Jo with Ask Us backup here. Which library system is your card from?'), exp: some({ clarify: 'pass' }) },
  { name: 'clarify: "what county r u in" (chat-speak)', lines: greetThen('hi jo here from the backup team, what county r u in?'), exp: some({ clarify: 'pass' }) },
  { name: 'no clarify: the greeting\'s "how can I help" only, then the catalogue', lines: greetThen("Hi, I'm Jo with the cooperative backup team. How can I help you today?"), exp: some({ clarify: 'fail' }) },
];

/**
 * Cases the scorer still misreads, with the reason each is left (names of cases in the lists above).
 */
const LEFT_WHY: Record<string, string> = {
  // The patron's library's staff "will get back to you" after "I'll pass your question on to": a promise (Terms).
  'passed on to the patron\'s library with no time and no contact, coded Answered': 'promise: "I can\'t find it on … so I\'ll pass your question on to Westfield\'s staff and they\'ll get back to you. Is that ok?" not read (the same sentence alone is)',
  // A reason without an inability said ("Too many chats tonight. Ending this one."): outside the fix's words; reading any
  // chats-as-reason sentence before an end notice would need the two sentences joined.
  'dismissal: "Too many chats tonight. Ending this one."': 'dismissal: not read (no "can\'t" in the fix\'s words)',
  // Older families read "pass … (on) to your library / staff" as the provider's promise whatever follows, and "si usted le
  // pasa …, ellos le llamarán" too: not this block's words (narrowing them would move older rounds' promises).
  'guard: "You can pass your question to your library and they\'ll get back to you" (the patron\'s step)': 'promise read in the patron\'s own step (older families)',
  'guard: "I\'ll pass your request on to Westfield\'s staff and they\'ll have it ready at the desk"': 'promise read though the staff only get the item ready (older families read "I\'ll pass … on to")',
  'guard: Spanish "Si usted le pasa su pregunta a su biblioteca, ellos le llamarán"': 'promise read in the patron\'s conditional step (older families)',
  // "I'll pass your question on to Westfield's staff and they'll get back to you. Is that ok?" is read as a promise alone,
  // but not after "I can't find it on their calendar at …, so": an older reading (an offer?), left.
  // "ur library … can help" read as the patron's library said to be able to help: a referral.
  'terse chat-speak backup: "not @ ur library but can help", the fines page': 'referral: "not at your library but can help" read as the library that can help',
};

/**
 * Once LEFT (a name followed by "from the … service" / "w/ Ask Us backup", or "backup librarian from the 24/7 cooperative
 * here", not read): read since v40 G19's `nameServiceG19` (a name or "librarian" before "from / with / w/ / at / of" and a
 * service's word names who is answering). Unchanged.
 */
const READ_SINCE_LEFT: SessionCase[] = [
  {
    name: 'card renewal the backup cannot reach, "contact your home library" with no way to reach it',
    lines: [
      [0, 'p', 'how do i renew my card, it expires next week'],
      [15, 'l', 'Hi there, Sam from the 24/7 backup service. What library is the card from?'],
      [45, 'p', 'riverside'],
      [70, 'l', "I can't reach library accounts from here, so you'll need to contact your home library to renew it."],
      [100, 'p', 'ok'],
      [105, 'l', 'Anything else I can help with?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thanks for chatting, bye!'],
    ],
    // No source (the library named without a way to reach it); the completeness question never asked.
    exp: usual({ source: 'fail', complete: 'fail', referral: 'fail' }),
  },
  { name: 'greet: "Kim w/ Ask Us backup" (a name)', lines: greetThen('Hi, Kim w/ Ask Us backup. Which county?'), exp: some({ greeting: 'pass' }) },
  { name: 'greet: chat-speak "backup librarian from the 24/7 cooperative here"', lines: greetThen('hey there, backup librarian from the 24/7 cooperative here, what library r u from?'), exp: some({ greeting: 'pass' }) },
];

const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('thirty-eighth round (G16): cooperative backup staff', () => {
  describeSessions('whole sessions', running(whole));
  describeSessions('greetings', running(greetings));
  describeSessions('endings', running(endings));
  describeSessions('follow-ups', running(followups));
  describeSessions('referrals', running(referrals));
  describeSessions('clarifying', running(clarifying));
  describeSessions('second batch (the fix\'s words)', running(secondBatch));
  describeSessions('guards (near misses of the fix)', running(guards));
});

export const LEFT: SessionCase[] = [...whole, ...greetings, ...endings, ...followups, ...referrals, ...clarifying, ...secondBatch, ...guards].filter((c) => c.name in LEFT_WHY);
describeSessions('thirty-eighth round (G16): once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirty-eighth round (G16)', LEFT);
