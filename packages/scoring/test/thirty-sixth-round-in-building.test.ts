/**
 * Thirty-sixth round, area (G10): SERVICES IN THE LIBRARY BUILDING. Exam proctoring (a branch's proctor, another
 * library's), the notary on duty, booking a meeting or study room (the room-booking page, "let me check the room
 * calendar"), printing, scanning and faxing prices and printing from a phone, holds lockers, lost and found, the accessible
 * entrance and assistive technology, a passport acceptance appointment, the seed library and tool lending, a lost library
 * card; the line between a referral (the branch's desk, the notary, the proctor, another library, the passport staff) and a
 * source (the room-booking page, the print page, the tool catalogue), holds, clarifying questions and follow-ups
 * (info.source, referral.contact, inquiry.clarify, interest.keep_informed, followup.*, resolution.code, closing.*,
 * session.*, transfer.handoff, approachability.*).
 *
 * PARAPHRASE SWEEP. Ways real providers and patrons say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "Just ask at the information desk when you arrive", "Stop
 *   by the circulation desk at Eastgate and ask for the notary", "You'll need to contact the proctor at Westside", "you can
 *   also go to the post office for a passport appointment", "Ask at the desk for a locker key", "Call the notary before you
 *   come", "Ask the notary to stamp each page", "Bring it unsigned to the notary at Eastgate", "Notaries: ask at the info
 *   desk", "Pregunte por el notario en el mostrador de Eastgate", "pregunte por la bibliotecaria de turno", "bring a photo
 *   ID to any branch's circulation desk".
 *  a referral WITH one (passes): "e-mail the Elm Street proctor at elmproctor@…", "The notary on duty at Eastgate can be
 *   reached at 555-201-4100; call ahead", "E-mail our notary at notary@…", "call 555-201-4400 or e-mail access@… (the
 *   accessibility services librarian)", "Call them at 555-201-4000 (the circulation desk)", "Llame a la Oficina de
 *   Pasaportes de Central al …", "Riverton Public Library … Call their reference desk at …", "Try the front desk at
 *   Westside, 555-…", "Our IT help desk can walk you through mobile printing at 555-…", "the Friends of the Library …;
 *   e-mail friends@…", "the schedule is at samplelibrary.org/notary. Call the notary before you come" (the notary's own
 *   page).
 *  a source, not a referral: "Book it on the room-booking page at samplelibrary.org/rooms", "Reserve through our website:
 *   Services > Meeting Rooms > Book a Study Room", "our Assistive Technology guide (Home > Services > Accessibility)", "the
 *   Library of Things catalogue", "upload the file or e-mail it to print@… (the print queue)", "Visit notary services at …",
 *   "Book a notary appointment at …"; not a source: "Download the Mobility Print app", "instructions are posted next to the
 *   scanner", the answer from memory ("Westside has a seed library by the front doors").
 *  no referral: "Lost items go to the circulation desk" (says where, tells no one to go), "Don't sign the form until you're in
 *   front of the notary", "Pick up your holds at the locker with the code", "Ask about notary fees when you book online",
 *   "Visit the notary calendar to pick a time", a transfer to Central's passport staff.
 *  holds: "Let me check which branches offer proctoring", "Let me check the room calendar", "lemme check the room calendar, 1
 *   sec", "Hang on while I look at the proctoring schedule", "Give me a sec to look up Westside's fax number", "Still
 *   checking, the calendar is slow today", "Un momento, reviso el calendario de salas", the canned "A librarian will be with
 *   you shortly"; not: "Take your time filling in the form, I'll be here".
 *  clarifying: "Which branch?", "How many people, and which branch?", "Android or iPhone?", "Paper or online?", "So you need a
 *   room for 12 on a weekday evening at Westside, every week?", "Just to confirm, you want to print 40 pages in color?",
 *   "¿Qué sucursal le queda cerca?", "¿En qué sucursal?"; not: the canned "How can I help you today?", a question in the
 *   message that gives the first source.
 *  follow-ups: "I'll ask the branch and e-mail you the rate by tomorrow afternoon", "I'll e-mail you once the branch confirms
 *   the proctor" (no time), "the branch will call you once the proctor confirms", "Westside's proctor will e-mail you the
 *   confirmation", "the notary will call you when she's back from leave", "Northpoint's accessibility coordinator … will call
 *   you by Friday", "I'll have the branch manager call you tomorrow morning"; not: "You'll get an e-mail when your hold is
 *   ready in the locker", "you'll get a confirmation e-mail from the booking system".
 *  completeness: "Does that work for your group?", "¿Esto responde a su pregunta?", "That help?"; not: "Would you like the
 *   color prices too?", "Anything else?".
 *  dismissal: "I can only answer one question per chat", "Sorry, we only do one question per chat", "I can't help with
 *   passports, that's not my job. Goodbye.", "That isn't really our problem. Bye.", "Eso no es mi trabajo. Adiós."; allowed:
 *   "We close in five minutes, so please chat with us again tomorrow from 9", "It's not my job to choose for you, but …",
 *   "That's not my job, but our passport staff can help at …".
 *  the patron done: "thats all i needed thx", "nope thats all", "sí, es todo", "yep thats all i needed lol", "Brilliant,
 *   that's all I needed, cheers"; not done: "ok thx", "k thx", "k thx bye".
 *  goodbyes: "Good luck on the final, bye!", "Happy gardening, bye!", "See you at the branch!", "Cheers, take care!", "¡De
 *   nada! Thanks for chatting, adiós.", "Have a nice day!".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - the library's own desks (information, circulation, front, info desk, the passport office, the makerspace staff) are
 *   its departments: telling the patron to ask at or visit them is a referral (Terms: "The provider's own library's
 *   departments count when the patron is told to contact or visit them");
 * - a notary (a notary public, the library's notary on duty) is a named specialist, a person to contact or visit;
 * - "e-mail it to print@…" sends a file to a print queue, not a person: no referral;
 * - staff the provider asks on the patron's behalf ("I'll ask the branch", "I'll pass this to Northpoint's coordinator")
 *   are no referral; a transfer to the passport staff is a transfer, not a referral;
 * - the provider's own library's staff who will call or e-mail the patron ("the branch will call you once the proctor
 *   confirms", "Westside's proctor will e-mail you", "the notary will call you") make a follow-up session, as G8's "Our
 *   travel trainer will call you"; an automatic notice ("You'll get an e-mail when your hold is ready") does not;
 * - the notary's own page given just before the referral ("the schedule is at samplelibrary.org/notary. Call the notary
 *   before you come") is a URL of the party, a way to reach it (as v32 O3's "Our notary page is bcpl.info/notary, and you
 *   can book with the notary there"); my label was fail;
 * - a URL of another page in the referral's sentence or the next ("Prices are at samplelibrary.org/print", "with the DS-11
 *   from travel.state.gov") is no way to reach the party: LEFT (below);
 * - "That's not my job" as the whole reply ends the help for the provider's convenience with no way back: dismissal fails;
 * - "instructions are posted next to the scanner" names no resource the patron can reach: no source;
 * - the patron gone after the answer, the provider's goodbye six minutes later with no check-in: idle and disconnect fail.
 * Written: 24 whole sessions (16 first, 2 in a second batch, 4 in a third, 2 in a fourth), 49 short cases (26 first, 10 in
 * a second batch, 7 in a third, 6 in a fourth), 18 near misses and still-read cases in `guards` (13 near misses, 5 that
 * must still be read); 47 short cases run, 2 in LEFT. First run (16 whole + 26 short, labelled before running): 2 of 42
 * disagreed: referral.contact 2 ("The notary on duty at Eastgate can be reached at 555-201-4100; call ahead" read as no
 * referral; "Central's Makerspace staff can help you set up the print. Prices are at samplelibrary.org/print." read as
 * passing, the print page's URL lent to the staff: LEFT). Second batch (2 whole + 10 short + 7 guards, written after the
 * first run to probe the notary and the desks, labelled before running it): 4 of 19 disagreed, all referral.contact: the
 * chat-speak notary session (my label: the notary's own page, now pass), "Pregunte por el notario en el mostrador" read as
 * no referral, "Ask the notary to stamp each page" read as no referral (my fix's exclusion took "to stamp" for the
 * notary's stamp: tightened), "Go to the Passport Office … with the DS-11 from travel.state.gov" read as passing (LEFT).
 * Third batch (4 whole + 7 short, and 11 more guards for the fixes): 1 of 11 disagreed: closing.no_dismissal 1 ("I can't
 * help with passports, that's not my job. Goodbye." read as allowed). Fourth batch (2 whole + 6 short: a transfer with no
 * note, a slow pickup with no name, the notary's and the branch's calls): 0 of 8 disagreed. My labels corrected: 1 of 7.
 * Fixed in block G10:
 *  - referralParty (phrase family): a notary ("notary", "notaries", "notary public", Spanish "notario / notaria") is a party
 *    ("The notary on duty at Eastgate can be reached at …", "Call the notary before you come", "Bring it unsigned to the
 *    notary at Eastgate", "Ask the notary to stamp each page"), not before its pages, services, schedule, hours, calendar,
 *    stamp, seal, fees, forms, appointments, FAQ (one word between at most, not "to") [near misses: "Visit notary services
 *    at …", "Ask about notary fees when you book online", "Visit the notary calendar to pick a time", "Visit the notary page
 *    at …", "Check the notary schedule at …", "Book a notary appointment at …", "Don't sign the form until you're in front of
 *    the notary", "Notary services are free …", "The notary stamps each page"];
 *  - referralVerb (phrase family, v13 N5's Spanish "pregunte en / a / con"): "pregunte / pregunta / preguntar / pregúntele
 *    por" + an article ("Pregunte por el notario en el mostrador", "pregunte por la bibliotecaria de turno"), the object
 *    still a party [near miss: "Pregunte por el horario en samplelibrary.org/horarios"];
 *  - dismissalConvenience (phrase family): "that's / it's / this is (really) not my/our job / problem / responsibility",
 *    "that / it isn't (really) my/our …", "no es mi / nuestro trabajo / problema" (a dismissal unless a way back is
 *    offered) [near misses: "It's not my job to choose for you, but both rooms are listed at …" (not before "to"), "That's
 *    not my job, but our passport staff can help at …" (not before "but / pero"), "That's my job, happy to!" (the "not" is
 *    needed)].
 * Each fix's near misses were checked to fail with the fix made too wide (the notary's exclusions taken off, one word
 * before them allowed to be "to"; "not my job" before "to" or "but", and without "not"), and its cases to fail without it.
 * Left (2): a URL of another page, in the referral's sentence or the next, read as the party's way to be reached ("Central's
 * Makerspace staff can help you set up the print. Prices are at samplelibrary.org/print.", "Go to the Passport Office … with
 * the DS-11 from travel.state.gov"): whose page a URL is needs the meaning, and the lent-URL readings (v22 Z4, X6, SM, RM,
 * N5) are a long-worked area with many LEFT cases of their own; a narrow fix here would be too risky for them.
 * v37's fingerprint after block G10: 2ddc940130e78c95.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_ME, type Line, noTransfer, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A notary question up to the patron's answer to the clarifying question. */
const NOTARY: Line[] = [
  [0, 'p', 'do u have a notary at the library'],
  [20, 'l', "Hi, I'm Jo at Ask Us, Sample County Library. Which branch is closest to you?"],
  [50, 'p', 'eastgate'],
];
/** A study-room question up to the patron's answer. */
const ROOM: Line[] = [
  [0, 'p', 'i need to book a study room for my group on thursday'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. How many people, and which branch?'],
  [50, 'p', '5 of us, central'],
];
/** An exam-proctoring question up to the patron's answer. */
const PROCTOR: Line[] = [
  [0, 'p', 'Hi, does the library proctor exams? My online course final is next week.'],
  [20, 'l', 'Hi, Jo here at Ask a Librarian. Is it a paper exam or an online one, and which branch would suit you?'],
  [50, 'p', 'online, westside branch'],
];
/** A printing question with a greeting and no question (for clarify probes). */
const PRINT0: Line[] = [
  [0, 'p', 'how much is printing and can i print from my phone'],
  [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
];
/** A Spanish question (a passport appointment) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, se puede sacar cita para el pasaporte en la biblioteca?'],
  [20, 'l', 'Hola, soy Lucía de Ask Us. ¿Es su primer pasaporte o una renovación?'],
  [50, 'p', 'primer pasaporte'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'exam proctoring at a branch: the policy page and the proctor\'s e-mail',
    lines: [
      [0, 'p', 'do u proctor exams?? i have an online class final'],
      [18, 'l', "Hi, I'm Ana, a librarian at Sample County Library. Is it a paper exam or online, and which branch is closest to you?"],
      [60, 'p', 'online w proctorU i think. elm st branch'],
      [70, 'l', 'Let me check which branches offer proctoring.'],
      [150, 'l', 'Elm Street proctors exams by appointment. The proctoring policy and request form are at samplelibrary.org/proctoring; send it at least a week ahead. You can also e-mail the Elm Street proctor at elmproctor@samplelibrary.org. Does that answer your question?'],
      [200, 'p', 'yes thats all i needed thx'],
      [206, 'l', 'Good luck on the final, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse provider, the notary at Central: "just ask at the information desk when you arrive" with no contact',
    lines: [
      [0, 'p', 'is there a notary at the library'],
      [10, 'l', 'Hi, Sam at Ask Us.'],
      [14, 'l', 'Which branch?'],
      [40, 'p', 'downtown'],
      [60, 'l', "Central has a notary Tue and Thu 10-2; hours at samplelibrary.org/notary. Bring photo ID and don't sign beforehand. Did that help?"],
      [90, 'p', 'do i need an appt'],
      [100, 'l', 'No appointment. Just ask at the information desk when you arrive.'],
      [120, 'p', 'ok'],
      [124, 'l', 'Anything else?'],
      [140, 'p', 'no'],
      [144, 'l', 'Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a group study room, warm: the room-booking page with its steps',
    lines: [
      [0, 'p', 'Hi! Can we book a study room at the library for a group project?'],
      [25, 'l', "Hi there, welcome to Ask a Librarian! I'm Beth at Sample County Library. How many people will there be, and which day?"],
      [60, 'p', 'six of us, saturday afternoon'],
      [85, 'l', 'Rooms can be booked online at samplelibrary.org/rooms (Reserve a Room > Group Study). Central and Westside both have rooms for six or more, up to 3 hours. Does that help?'],
      [130, 'p', "yes that's everything, thank you!"],
      [136, 'l', 'Thanks for chatting, and have a great study session!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak patron, printing from an iPhone: the Mobile Print page and the print queue\'s e-mail (no referral)',
    lines: [
      [0, 'p', 'how do i print from my phone @ the library n how much'],
      [20, 'l', 'Hi! This is Marcus at Ask a Librarian, Sample County Library. Android or iPhone?'],
      [45, 'p', 'iphone'],
      [70, 'l', "Use our Mobile Print page at samplelibrary.org/print: upload the file or e-mail it to print@samplelibrary.org, then release it at any branch's print station with your card. B&W is 10 cents a page, color 50 cents. Did that help?"],
      [110, 'p', 'ya ty'],
      [115, 'l', 'Anything else I can help with?'],
      [130, 'p', 'nope thats all'],
      [134, 'l', 'Have a good one, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, a passport acceptance appointment for a child: the booking page and travel.state.gov',
    lines: [
      [0, 'p', 'hola, ¿puedo sacar el pasaporte en la biblioteca?'],
      [25, 'l', '¡Hola! Soy Lucía, bibliotecaria de Ask Us. ¿Es su primer pasaporte o una renovación?'],
      [60, 'p', 'primero, para mi hija de 10 años'],
      [90, 'l', 'Para menores de 16 años deben ir los dos padres. La sucursal Central es oficina de aceptación de pasaportes, solo con cita: puede reservar en samplelibrary.org/pasaportes. Los formularios están en travel.state.gov. ¿Le sirve esta información?'],
      [140, 'p', 'sí, es todo, muchas gracias'],
      [146, 'l', '¡Gracias por escribirnos, adiós!'],
    ],
    exp: usual(),
  },
  {
    name: 'a lost library card, the patron gone after the clarifying question: Lost Call, check-in and notice',
    lines: [
      [0, 'p', 'i lost my library card'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Do you want to replace it, or block it first so no one else can use it?"],
      [150, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected, so I'll end this chat now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'after-hours holds lockers, transferred to the branch',
    lines: [
      [0, 'p', 'can i pick up my holds after hours? heard theres lockers'],
      [20, 'l', 'Hello, Kim at Ask Us here. Which branch do you pick up at?'],
      [45, 'p', 'oakdale'],
      [55, 'l', "Oakdale's staff know the locker setup best, so I'm transferring you to a librarian there now. One moment please."],
      [58, 'i', 'pt asks about after-hours holds lockers at Oakdale'],
      xferToRosa(61),
      [95, 'l', 'Hi, Rosa at Oakdale Branch here.', ROSA],
      [125, 'l', "Yes, Oakdale has 24/7 holds lockers. Choose 'Oakdale Locker' as the pickup spot when you place the hold; you'll get a code by e-mail. Details at samplelibrary.org/lockers. Did that help?", ROSA],
      [170, 'p', 'yes perfect thats all i needed'],
      [176, 'l', 'Great, thanks for chatting!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a wheelchair user, the accessible entrance and a JAWS computer: the accessibility librarian with phone and e-mail',
    lines: [
      [0, 'p', 'I use a wheelchair. Which entrance at Central is accessible, and do you have a computer with a screen reader?'],
      [30, 'l', "Good morning, and thank you for contacting Ask a Librarian. My name is Priya, and I'm a librarian at Sample County Library. Will you be coming by car, and which screen reader do you use?"],
      [80, 'p', 'by paratransit. JAWS'],
      [110, 'l', "The accessible entrance is on the Park Street side, with an automatic door, and the paratransit drop-off is there too. Central's Assistive Technology Lab has JAWS and ZoomText. To book a session with our accessibility services librarian, call 555-201-4400 or e-mail access@samplelibrary.org. Is that what you were looking for?"],
      [170, 'p', "Yes, thank you, that's everything."],
      [176, 'l', "You're welcome! Thank you for chatting, and see you soon."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a seed library and a drill to borrow: an answer from memory, no source',
    lines: [
      [0, 'p', 'do you guys have a seed library? and can i borrow a drill'],
      [20, 'l', 'Hi, Dana at Ask Us. Which branch do you go to?'],
      [45, 'p', 'westside'],
      [70, 'l', 'Yes! Westside has a seed library by the front doors; you can take up to 5 packets a month. Tools are lent from Central only; drills go out for a week on an adult card. Does that answer your question?'],
      [110, 'p', 'yes thanks'],
      [115, 'l', 'Anything else?'],
      [130, 'p', 'no'],
      [134, 'l', 'Happy gardening, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'an international fax: the fax page, then the rate by e-mail by tomorrow afternoon, recorded the next morning',
    lines: [
      [0, 'p', 'do any branches have a fax machine? need to fax something international'],
      [20, 'l', "Hi, I'm Lee at Ask Us, Sample County Library. Which country are you faxing to?"],
      [50, 'p', 'mexico'],
      [60, 'l', 'Let me check our fax prices.'],
      [150, 'l', "Domestic faxes are $1 a page at every branch; it's on the Printing & Faxing page at samplelibrary.org/print. International rates aren't listed, so I'll ask the branch and e-mail you the rate by tomorrow afternoon. What's your e-mail?"],
      [190, 'p', 'rafa.m@example.com'],
      [200, 'l', "Thanks, I'll send it to rafa.m@example.com by tomorrow afternoon. Anything else?"],
      [230, 'p', 'no thats it'],
      [236, 'l', 'Bye for now!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'rafa.m@example.com', phone: null }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'sent international fax rate' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'printing, then scanning and a notary: "I can only answer one question per chat"',
    lines: [
      [0, 'p', 'how much is color printing'],
      [20, 'l', 'Hi, Jo at Ask Us. At which branch?'],
      [40, 'p', 'central'],
      [60, 'l', 'Color is 50 cents a page at Central; prices are at samplelibrary.org/print. Did that help?'],
      [90, 'p', 'yes. also can i scan there, and is the notary in today?'],
      [100, 'l', "That's a lot of questions. I can only answer one question per chat. Bye."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: '"I\'ll e-mail you once the branch confirms the proctor": e-mail given, no time, coded Answered',
    lines: [
      [0, 'p', 'Can the library proctor my nursing exam on the 20th?'],
      [20, 'l', 'Hello, this is Tom, a librarian at Ask Us. Which branch, and what time of day?'],
      [50, 'p', 'Eastgate, morning'],
      [70, 'l', "The proctoring rules are at samplelibrary.org/proctoring. Eastgate's proctor schedule isn't online, so I'll e-mail you once the branch confirms the proctor. What's your e-mail?"],
      [100, 'p', 'n.ade@example.org'],
      [110, 'l', 'Got it. Thanks for your patience, bye for now!'],
    ],
    over: { patron: { name: null, email: 'n.ade@example.org', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'an umbrella left at Central: call the circulation desk, number given',
    lines: [
      [0, 'p', 'left my umbrella at central yesterday'],
      [20, 'l', 'Hi, this is Joe, a librarian with Ask Us. What color is it, and where in the building did you leave it?'],
      [50, 'p', 'black, 2nd floor'],
      [70, 'l', 'Lost and found is kept at the Central circulation desk for 30 days. Call them at 555-201-4000, or stop by with a description. Did that help?'],
      [100, 'p', 'ok thx'],
      [106, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass', anything: 'fail' }),
  },
  {
    name: 'scanning to e-mail: three and a half minutes of silence before the answer',
    lines: [
      [0, 'p', 'how do i scan a document to email at the library'],
      [20, 'l', 'Hello, Ravi at Ask Us. Is it one page or several?'],
      [40, 'p', 'like 12 pages'],
      [250, 'l', 'Sorry for the wait! The scanners at every branch scan to e-mail for free; the steps are at samplelibrary.org/scan. Does that help?'],
      [280, 'p', 'yes thats all'],
      [285, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'scripted, a meeting room for a nonprofit: "Let me check the room calendar"',
    lines: [
      [0, 'p', 'Our neighborhood association needs a meeting room for an evening meeting next month.'],
      [5, 'l', 'Thank you for contacting Ask a Librarian! A librarian will be with you shortly.'],
      [30, 'l', 'Hello, my name is Terry. How can I help you today?'],
      [40, 'l', 'How many people, and what date?'],
      [70, 'p', 'about 30 people, March 14'],
      [80, 'l', 'Let me check the room calendar.'],
      [180, 'l', 'The Community Room at Central is free on March 14 from 6 to 9 pm. Nonprofits book it free at samplelibrary.org/meeting-rooms, with two weeks\' notice. Is that what you were looking for?'],
      [230, 'p', "Yes, that's all I needed, thanks!"],
      [236, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'the 3D printer\'s hours, the patron gone after the answer: a goodbye six minutes later, no check-in',
    lines: [
      [0, 'p', 'what are the hours for the 3d printer'],
      [20, 'l', 'Hi, Jo at Ask Us, Sample County Library. Do you mean the one at Central or at Westside?'],
      [45, 'p', 'central'],
      [60, 'l', "Central's Makerspace runs the 3D printer Mon-Sat 10-6; see samplelibrary.org/makerspace. Does that help?"],
      [420, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  // ---- second batch ----
  {
    name: 'chat-speak, a notary for a car title, the patron gone after the answer: "call the notary before u come"',
    lines: [
      [0, 'p', 'yo is there a notary @ the library?? need my car title notarized'],
      [15, 'l', 'Hey! This is Dre from Ask Us at Sample County Library. Which branch is easiest for you to get to?'],
      [40, 'p', 'northpoint'],
      [65, 'l', "Northpoint has a notary on Wednesdays 1-5; the schedule is at samplelibrary.org/notary. Call the notary before you come, since she sometimes has appointments. Don't sign the title until you're there. Does that help?"],
      [200, 'l', 'Are you still there?'],
      [260, 'l', "Looks like you've stepped away, so I'll close the chat. Feel free to come back anytime, bye!"],
    ],
    // the notary's own page given just before (its path names the party, as v32 O3's "Our notary page is bcpl.info/notary"):
    // a URL, a way to reach the party (my label was fail)
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'a lost library card, warm: the card page, then "bring photo ID to any circulation desk"',
    lines: [
      [0, 'p', 'Hi there, I think I lost my library card. What do I do?'],
      [20, 'l', "Hello! I'm Rosa, a librarian with Ask a Librarian at Sample County Library. Oh no! Do you still have books checked out on it?"],
      [55, 'p', 'Yes, two'],
      [80, 'l', "No problem. You can block the card right away under My Account at samplelibrary.org/card (Lost Card), and your loans stay on your account. For a new card, bring a photo ID to any branch's circulation desk; a replacement is $1. Does that help?"],
      [130, 'p', "Yes, that's everything, thanks so much!"],
      [136, 'l', 'My pleasure! Thanks for chatting, and have a lovely day.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- third batch ----
  {
    name: 'bilingual English/Spanish, a ladder from the tool library: the tool catalogue with its steps',
    lines: [
      [0, 'p', 'hi, do you lend tools? necesito una escalera'],
      [20, 'l', '¡Hola! Hi! Soy Marta, bibliotecaria de Ask Us. Which branch? ¿Qué sucursal le queda cerca?'],
      [50, 'p', 'central'],
      [75, 'l', 'Sí, Central presta herramientas. Tool lending catalog: samplelibrary.org/tools (Browse > Ladders). Se prestan por una semana con tarjeta de adulto. ¿Le sirve?'],
      [110, 'p', 'si gracias, es todo'],
      [116, 'l', '¡De nada! Thanks for chatting, adiós.'],
    ],
    exp: usual(),
  },
  {
    name: 'a room for 12 restated, two holds a minute apart, the room calendar',
    lines: [
      [0, 'p', 'Hello, I run a knitting group of about 12 and we want to meet at Westside on a weekday evening. Is there a room?'],
      [25, 'l', "Hello! I'm Carol, a librarian at Sample County Library. So you need a room for 12 on a weekday evening at Westside, every week?"],
      [60, 'p', 'yes, every tuesday'],
      [70, 'l', 'Let me check the room calendar.'],
      [140, 'l', 'Still checking, the calendar is slow today.'],
      [240, 'l', 'The Oak Room at Westside is free on Tuesdays 6-8 pm. Recurring bookings are made at samplelibrary.org/meeting-rooms (Book a Room > Recurring). Did that help?'],
      [290, 'p', "yes thx that's everything"],
      [296, 'l', 'Bye, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse provider, no proctoring at the library: Riverton Public Library\'s reference desk with its number; "k thx bye"',
    lines: [
      [0, 'p', 'can u proctor my exam'],
      [12, 'l', 'Hi, Sam at Ask Us. Paper or online?'],
      [35, 'p', 'paper, mailed by my college'],
      [50, 'l', "Our branches stopped proctoring this year, but Riverton Public Library still does. Call their reference desk at 555-300-1200. Policy: rivertonlibrary.org/proctoring. That help?"],
      [80, 'p', 'k thx bye'],
      [84, 'l', 'bye!'],
    ],
    exp: usual({ referral: 'pass', anything: 'fail' }),
  },
  {
    name: 'a captioned study room: the patron\'s library\'s accessibility coordinator will call by Friday, phone given',
    lines: [
      [0, 'p', "I'm hard of hearing. Does the library have a study room with a hearing loop or captioning for online classes?"],
      [25, 'l', "Good afternoon, and thanks for contacting Ask a Librarian. I'm Dee, a librarian at Sample County Library. Which branch do you usually use, and is it for live classes or recorded ones?"],
      [70, 'p', 'Northpoint, live classes'],
      [95, 'l', "Central's study rooms have hearing loops; they're listed on the Accessibility page at samplelibrary.org/accessibility. Northpoint's rooms aren't listed, so I'll pass this to Northpoint's accessibility coordinator, who will call you by Friday. What number should they use?"],
      [130, 'p', '410-555-0142'],
      [140, 'l', "Thanks, 410-555-0142. They'll call you by Friday. Is there anything else I can help with?"],
      [160, 'p', "No, that's all I needed. Thank you!"],
      [166, 'l', 'Thank you for chatting with us. Goodbye!'],
    ],
    over: { ...{ resolutionCode: "Follow-up by patron's library" }, patron: { name: null, email: null, phone: '410-555-0142' } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- fourth batch ----
  {
    name: 'a passport question transferred to Central\'s passport staff with no note to them',
    lines: [
      [0, 'p', 'how long does a passport take if i apply at the library'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it a new passport or a renewal?'],
      [50, 'p', 'new'],
      [56, 'l', "I'm transferring you to Central's passport staff now, one moment."],
      xferToRosa(60),
      [95, 'l', 'Hi, Rosa at Central Library here.', ROSA],
      [125, 'l', "Routine processing is 6-8 weeks after we send it; the State Department's current times are at travel.state.gov (Passports > Processing Times). Does that help?", ROSA],
      [170, 'p', "yes, that's all I needed"],
      [176, 'l', 'Thanks, bye!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'picked up after 90 s, "Hi there! How can I help?" with no name: holds lockers',
    lines: [
      [0, 'p', 'how do the holds lockers work'],
      [90, 'l', 'Hi there! How can I help?'],
      [95, 'l', 'Which branch?'],
      [120, 'p', 'oakdale'],
      [140, 'l', 'Pick Oakdale Locker as your pickup spot when you place the hold; the steps are at samplelibrary.org/lockers. Does that help?'],
      [170, 'p', 'yes'],
      [174, 'l', 'Anything else?'],
      [190, 'p', 'nope'],
      [195, 'l', 'Have a nice day!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
];

export const short: SessionCase[] = [
  { name: '"Stop by the circulation desk at Eastgate and ask for the notary" : referral fails', lines: then(NOTARY, 'Stop by the circulation desk at Eastgate and ask for the notary; bring photo ID. The schedule is at samplelibrary.org/notary. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"The notary on duty at Eastgate can be reached at 555-201-4100; call ahead" : referral passes', lines: then(NOTARY, 'The notary on duty at Eastgate can be reached at 555-201-4100; call ahead to make sure she is in. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Book it on the room-booking page at samplelibrary.org/rooms" : a source, no referral', lines: then(ROOM, 'Book it on the room-booking page at samplelibrary.org/rooms; Central has four rooms for five. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Reserve through our website (Services > Meeting Rooms > Book)" : a page with its steps', lines: then(ROOM, 'Reserve through our website: Services > Meeting Rooms > Book a Study Room. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"You\'ll need to contact the proctor at Westside to set a time" : referral fails', lines: then(PROCTOR, "Westside proctors online exams. You'll need to contact the proctor at Westside to set a time. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"E-mail the proctor at proctor@samplelibrary.org" : referral passes', lines: then(PROCTOR, 'Westside proctors online exams. E-mail the proctor at proctor@samplelibrary.org to set a time. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Download the Mobility Print app" : no source', lines: [...PRINT0, [40, 'l', 'Download the Mobility Print app and pick our printer. B&W is 10 cents a page. Does that help?'], [70, 'p', 'ok thanks'], [75, 'l', 'Bye!']], exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'passport: "llame a la Oficina de Pasaportes de Central al 555-201-4500" : referral passes', lines: then(ES, 'Llame a la Oficina de Pasaportes de Central al 555-201-4500 para pedir cita. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'passport: "you can also go to the post office" with no contact : referral fails', lines: then(NOTARY, "Eastgate doesn't take passports, but you can also go to the post office for a passport appointment. The steps are at travel.state.gov. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'the question in the same message as the first source: clarify fails', lines: [...PRINT0, [40, 'l', 'Prices and the Mobile Print steps are at samplelibrary.org/print. Which branch do you use?'], [70, 'p', 'central'], [80, 'l', 'Central has color too. Does that help?'], [100, 'p', 'yes thanks'], [105, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }) },
  { name: 'Spanish "¿En qué sucursal?" before the source: clarify passes', lines: [[0, 'p', 'hola, cuanto cuesta imprimir?'], [20, 'l', 'Hola, soy Lucía de Ask Us. ¿En qué sucursal?'], [50, 'p', 'central'], [70, 'l', 'En Central cuesta 10 centavos por página; vea samplelibrary.org/imprimir. ¿Le sirve?'], [100, 'p', 'si gracias'], [106, 'l', '¡Adiós!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  { name: '"Would you like the color prices too?" : not completeness', lines: then(PRINT0, 'B&W is 10 cents a page; the Mobile Print steps are at samplelibrary.org/print. Would you like the color prices too?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that work for your group?" : completeness passes', lines: then(ROOM, 'Room 2 at Central is free Thursday 3-6; book it at samplelibrary.org/rooms. Does that work for your group?'), exp: some({ complete: 'pass' }) },
  { name: '"lemme check the room calendar, 1 sec" then 110 s: a hold, informed passes', lines: [...ROOM, [60, 'l', 'lemme check the room calendar, 1 sec'], [170, 'l', 'Room 2 is free Thursday 3-6; book at samplelibrary.org/rooms. Does that work?'], [200, 'p', 'yes thanks'], [205, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: '"Hang on while I look at the proctoring schedule" then 110 s: a hold', lines: [...PROCTOR, [60, 'l', 'Hang on while I look at the proctoring schedule.'], [170, 'l', 'Westside proctors Tue and Thu; book at samplelibrary.org/proctoring. Does that help?'], [200, 'p', 'yes thanks'], [205, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: '"the branch will call you once the proctor confirms" : the library\'s own follow-up, no time', lines: then(PROCTOR, 'I passed your request to Westside; the branch will call you once the proctor confirms. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"You\'ll get an e-mail when your hold is ready in the locker" : no follow-up', lines: then(ROOM, "You'll get an e-mail when your hold is ready in the locker; details at samplelibrary.org/lockers. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"We only do one question per chat" : dismissal fails', lines: [...NOTARY, [70, 'l', 'Eastgate has a notary on Mondays, see samplelibrary.org/notary.'], [90, 'p', 'and can i fax there too?'], [100, 'l', 'Sorry, we only do one question per chat. Goodbye.']], exp: some({ dismissal: 'fail' }) },
  { name: '"We close in five minutes, please chat with us again tomorrow" : allowed', lines: [...NOTARY, [70, 'l', 'Eastgate has a notary on Mondays, see samplelibrary.org/notary.'], [90, 'p', 'and can i fax there too?'], [100, 'l', 'We close in five minutes, so please chat with us again tomorrow from 9 and we can look into faxing. Thanks!']], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'the patron: "thats all i needed lol" : done', lines: [...ROOM, [70, 'l', 'Book at samplelibrary.org/rooms. Does that help?'], [100, 'p', 'yep thats all i needed lol'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "k thx" : not done', lines: [...ROOM, [70, 'l', 'Book at samplelibrary.org/rooms. Does that help?'], [100, 'p', 'k thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"See you at the branch!" : a goodbye', lines: [...ROOM, [70, 'l', 'Book at samplelibrary.org/rooms. Does that help?'], [100, 'p', 'yes thanks'], [106, 'l', 'See you at the branch!']], exp: some({ courteous: 'pass' }) },
  { name: '"Ask at the desk for a locker key" : referral fails', lines: then(ROOM, 'Book at samplelibrary.org/rooms. Ask at the desk for a locker key when you arrive. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Lost items go to the circulation desk" (says where, tells no one to go): no referral', lines: then(NOTARY, 'Lost items go to the circulation desk and are kept 30 days; the policy is at samplelibrary.org/lost-found. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"the Library of Things catalogue lists every tool" : a source', lines: then(NOTARY, 'Eastgate lends tools too; the Library of Things catalogue lists every tool and whether it is in. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- second batch (written after the first run, labelled before running it): the notary, the desk, holds, follow-ups --
  { name: '(fix) "Call the notary before you come, she\'s only in on Mondays" with no contact : referral fails', lines: then(NOTARY, "Call the notary before you come, she's only in on Mondays. Bring photo ID. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"E-mail our notary at notary@samplelibrary.org to book a time" : referral passes', lines: then(NOTARY, 'E-mail our notary at notary@samplelibrary.org to book a time. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish "Pregunte por el notario en el mostrador de Eastgate" with no contact : referral fails', lines: then(ES, 'Pregunte por el notario en el mostrador de Eastgate cuando llegue. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"Westside\'s proctor will e-mail you the confirmation" : the library\'s own follow-up, no time', lines: then(PROCTOR, "I've sent your request on; Westside's proctor will e-mail you the confirmation. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"You\'ll get a confirmation e-mail from the booking system" : no follow-up', lines: then(ROOM, "Book at samplelibrary.org/rooms; you'll get a confirmation e-mail from the booking system. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Take your time filling in the form, I\'ll be here" then 200 s: no hold, informed passes', lines: noTransfer('how do i book the community room', "The form is at samplelibrary.org/meeting-rooms. Take your time filling in the form, I'll be here."), exp: some({ informed: 'pass' }) },
  { name: '"Give me a sec to look up Westside\'s fax number" then 200 s: a hold, informed fails', lines: noTransfer('whats the fax number at westside', "Give me a sec to look up Westside's fax number."), exp: some({ informed: 'fail' }) },
  { name: '"our Assistive Technology guide (Home > Services > Accessibility)" : a page with its steps', lines: then(ROOM, 'The rooms have hearing loops; see our Assistive Technology guide (Home > Services > Accessibility). Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the Friends of the Library run the seed library; e-mail friends@… to donate" : referral passes', lines: then(NOTARY, 'The Friends of the Library run the seed library; e-mail friends@samplelibrary.org to donate seeds. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- third batch ----
  { name: '"Try the front desk at Westside, 555-201-4300" : referral passes', lines: then(NOTARY, 'Eastgate has no notary this month. Try the front desk at Westside, 555-201-4300. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"instructions are posted next to the scanner" : no source', lines: then(PRINT0, 'Scanning is free; instructions are posted next to the scanner. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: '"Our IT help desk can walk you through mobile printing at 555-201-4800" : referral passes', lines: then(PRINT0, 'Our IT help desk can walk you through mobile printing at 555-201-4800. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Just to confirm, you want to print 40 pages in color?" : a restatement, clarify passes', lines: [...PRINT0, [30, 'l', 'Just to confirm, you want to print 40 pages in color?'], [50, 'p', 'yes'], [70, 'l', 'Color is 50 cents a page; see samplelibrary.org/print. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '(fix) "I can\'t help with passports, that\'s not my job. Goodbye." : dismissal fails', lines: [...ES, [70, 'l', "I can't help with passports, that's not my job. Goodbye."]], exp: some({ dismissal: 'fail' }) },
  { name: 'Spanish "¿Esto responde a su pregunta?" : completeness passes', lines: then(ES, 'Central acepta solicitudes de pasaporte con cita en samplelibrary.org/pasaportes. ¿Esto responde a su pregunta?'), exp: some({ complete: 'pass' }) },
  { name: 'British patron: "Brilliant, that\'s all I needed, cheers" : done', lines: [...ROOM, [70, 'l', 'Book at samplelibrary.org/rooms. Does that help?'], [100, 'p', "Brilliant, that's all I needed, cheers"], [106, 'l', 'Cheers, take care!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  // ---- fourth batch ----
  { name: '"Pick up your holds at the locker with the code from your e-mail" : no referral', lines: then(ROOM, 'Pick up your holds at the locker with the code from your e-mail; see samplelibrary.org/lockers. Does that help?'), exp: some({ referral: 'na' }) },
  { name: '(fix) "Bring it to the notary at Eastgate on Monday" with no contact : referral fails', lines: then(NOTARY, 'Bring it unsigned to the notary at Eastgate on Monday. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the notary will call you when she\'s back from leave" : the library\'s own follow-up, no time', lines: then(NOTARY, "I've left her a note; the notary will call you when she's back from leave. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Notaries: ask at the info desk" with no contact : referral fails', lines: then(NOTARY, 'Notaries: ask at the info desk at Eastgate. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish hold "Un momento, reviso el calendario de salas" then 110 s : informed passes', lines: [...ES, [60, 'l', 'Un momento, reviso el calendario de salas.'], [170, 'l', 'Hay citas el martes; reserve en samplelibrary.org/pasaportes. ¿Le sirve?'], [200, 'p', 'si gracias'], [205, 'l', '¡Adiós!']], exp: some({ informed: 'pass' }) },
  { name: '"I\'ll have the branch manager call you tomorrow morning", phone given, coded Answered : contact passes, code fails', lines: [...NOTARY, [70, 'l', "I'll have the branch manager call you tomorrow morning about the notary. What's your number?"], [100, 'p', '410-555-0177'], [110, 'l', 'Thanks, 410-555-0177. Bye for now!']], over: { patron: { name: null, email: null, phone: '410-555-0177' } }, exp: some({ contact: 'pass', code: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the notary's pages, schedule, appointments: no party
  { name: 'near miss: "Visit the notary page at samplelibrary.org/notary" : a source, no referral', lines: then(NOTARY, 'Visit the notary page at samplelibrary.org/notary for the hours. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Check the notary schedule at … before you come" : no referral', lines: then(NOTARY, 'Check the notary schedule at samplelibrary.org/notary before you come. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Book a notary appointment at samplelibrary.org/notary" : no referral', lines: then(NOTARY, 'Book a notary appointment at samplelibrary.org/notary. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Don\'t sign until you\'re in front of the notary" : no referral', lines: then(NOTARY, "Don't sign the form until you're in front of the notary. The hours are at samplelibrary.org/notary. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Notary services are free, see …" : no referral', lines: then(NOTARY, 'Notary services are free for cardholders; see samplelibrary.org/notary. Does that help?'), exp: some({ referral: 'na' }) },
  // still read: the notary asked or contacted
  { name: 'still read: "Ask the notary to stamp each page" with no contact : referral fails', lines: then(NOTARY, 'Ask the notary to stamp each page. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Pregunte por el horario en samplelibrary.org/horarios" : no party, no referral', lines: then(ES, 'Pregunte por el horario en samplelibrary.org/horarios antes de venir. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The notary stamps each page" (no verb) : no referral', lines: then(NOTARY, 'The notary stamps each page; hours at samplelibrary.org/notary. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visit notary services at samplelibrary.org/notary" : a source, no referral', lines: then(NOTARY, 'Visit notary services at samplelibrary.org/notary. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Ask about notary fees when you book online" : no referral', lines: then(NOTARY, 'Ask about notary fees when you book online at samplelibrary.org/notary. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visit the notary calendar to pick a time" : no referral', lines: then(NOTARY, 'Visit the notary calendar to pick a time. Does that help?'), exp: some({ referral: 'na' }) },
  // "not my job" as a refusal, and the same words for something else
  { name: 'near miss: "It\'s not my job to choose for you, but both rooms are at …" : no dismissal', lines: [...ROOM, [70, 'l', "It's not my job to choose for you, but both rooms are listed at samplelibrary.org/rooms. Does that help?"], [100, 'p', 'ok'], [106, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "That\'s not my job, but our passport staff can help at 555-201-4500" : no dismissal', lines: [...ES, [70, 'l', "That's not my job, but our passport staff can help at 555-201-4500. Thanks for chatting!"]], exp: some({ dismissal: 'pass', referral: 'pass' }) },
  { name: 'near miss: "That\'s my job, happy to!" : no dismissal', lines: [...ROOM, [70, 'l', "That's my job, happy to! Room 2 is booked for you; details at samplelibrary.org/rooms. Does that help?"], [100, 'p', 'ok'], [106, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'still read: "That isn\'t really our problem. Bye." : dismissal fails', lines: [...PRINT0, [40, 'l', "The printer ate your pages? That isn't really our problem. Bye."]], exp: some({ dismissal: 'fail' }) },
  { name: 'still read: Spanish "Eso no es mi trabajo. Adiós." : dismissal fails', lines: [...ES, [70, 'l', 'Eso no es mi trabajo. Adiós.']], exp: some({ dismissal: 'fail' }) },
  { name: 'still read: "pregunte por la bibliotecaria de turno" with no contact : referral fails', lines: then(ES, 'Cuando llegue, pregunte por la bibliotecaria de turno. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'still read: "Contact the notary on duty at 555-201-4100" : referral passes', lines: then(NOTARY, 'Contact the notary on duty at 555-201-4100 to check she is in. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // a URL in the next sentence, another page's (the print prices), lent to the party: whether a URL is the party's needs
  // the meaning (the lent-URL area of Z4, X6, SM, RM, N5, with many LEFT cases of its own)
  { name: '"Central\'s Makerspace staff can help you set up the print. Prices are at …" : referral fails', lines: then(PRINT0, "Central's Makerspace staff can help you set up the print. Prices are at samplelibrary.org/print. Does that help?"), exp: some({ referral: 'fail' }) },
  // a form's URL in the referral's own sentence ("with the DS-11 from travel.state.gov") lent to the party: the same area
  { name: '"go to the Passport Office on the 2nd floor of Central with the DS-11 from travel.state.gov" : referral fails', lines: then(ES, 'Go to the Passport Office on the 2nd floor of Central with the DS-11 from travel.state.gov. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

describe('thirty-sixth round (G10): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-sixth round (G10): in the building, every check', whole);
describeSessions('thirty-sixth round (G10): in the building, short cases', short);
describeSessions('thirty-sixth round (G10): in the building, near misses of the changes', guards);

describeLeft('thirty-sixth-round-in-building', LEFT);
