/**
 * Fifth round of sessions, about the end of the chat and what reaches past it: follow-up promises
 * in other voices (passive, third person, "get it to you", Spanish), the patron's contact given in
 * the ways patrons type it ("j.doe at gmail.com", "1-410-555-0123", "+1 410 555 0123") and the
 * time the information will come (with near misses where a time word is about something else);
 * resolution codes; transfers inside a cooperative; idle check-ins and disconnect notices as real
 * providers type them, exactly at and around the 120 s / 180 s thresholds; dismissals (rushing
 * the patron, shift endings, limits) and the near misses that only look like them; closings.
 * The first part lists only the checks each case is about; the last part gives whole sessions
 * with the status of all 17 checks. The statuses are what a literal reader of RUBRIC.md gives.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeSessions, T0, DAY, FU_ME, FU_LIB, C, O, R, TR, IDLE, DISC, ANY, DISM, COUR, type SessionCase, all, who, sys } from './helpers';

const KIM = who('Kim Park', 'kim');
const DANA = who('Dana Wolfe', 'dana');
const LUZ = who('Luz Romero', 'luz');

const followups: SessionCase[] = [
  // ---- promises in other voices, contact and when ----------------------------------------------
  {
    name: 'academic: "I\'ll get those scans to you by Monday" after the patron typed the e-mail',
    lines: [
      [0, 'p', 'Hi, I need pages 40-62 of a bound journal that only your Special Collections has, Maryland Historical Magazine 1911'],
      [18, 'l', "Hi, I'm Priya, a librarian at Hornbake. Special Collections is closed for the weekend, but I can put in a scan request. What email should the PDF go to?"],
      [60, 'p', 'amara.k22@terpmail.umd.edu'],
      [75, 'l', "Perfect. I'll get those scans to you by Monday."],
      [90, 'p', 'great thanks!!'],
      [96, 'l', 'Have a good weekend!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass', [O]: 'pending' },
  },
  {
    name: 'public: "We\'ll get the list over to you first thing Tuesday" with the e-mail spelled "j.doe at gmail.com"',
    lines: [
      [0, 'p', 'my book club wants large print titles by Black authors, do you have a list?'],
      [30, 'l', 'Hello, this is Marcus at Westside Branch. We can pull one together from the catalog. Where should I send it?'],
      [70, 'p', 'sure its j.doe at gmail.com'],
      [80, 'l', "Thanks, we'll get the list over to you first thing Tuesday."],
      [95, 'l', 'Take care!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'SMS: number typed with a leading 1 ("1-410-555-0123"), provider will text within 24 hours',
    lines: [
      [0, 'p', 'is the passport office at the main library open saturdays'],
      [20, 'l', 'Hi this is Jo at Sample County Library. Let me check with the passport staff, they are not in until tomorrow. Best number to text you?'],
      [50, 'p', '1-410-555-0123'],
      [60, 'l', "Got it. I'll text you within 24 hours with the Saturday hours."],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'cooperative: international style "+1 410 555 0123", provider calls back by Friday',
    lines: [
      [0, 'p', 'I need help finding my grandfathers naturalization record, he came in 1923'],
      [25, 'l', 'Hello, you have reached Maryland AskUsNow! My name is Jo. Do you know which county he lived in?'],
      [70, 'p', 'Baltimore city. Can someone call me, typing is hard for me. +1 410 555 0123'],
      [95, 'l', "Of course. A genealogy librarian from Enoch Pratt will call you by Friday to go over what we find."],
      [110, 'p', 'thank you dear'],
      [120, 'l', 'You are welcome, take care.'],
    ],
    over: FU_LIB,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'SMS: eleven digits with the leading 1 and no separators, "14105550123"',
    lines: [
      [0, 'p', 'can someone tell me if my ILL book came in. text me 14105550123'],
      [20, 'l', "Hi, Jo at Sample County Library here. The ILL office opens at 9, so I'll text you tomorrow morning once they check."],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'near miss: "$5.99 at amazon.com", "the catalog at hcplonline.org" are no e-mail: a follow-up code with no contact fails',
    lines: [
      [0, 'p', 'I saw the DVD for 5.99 at amazon.com and the catalog at hcplonline.org says all copies are checked out, can you buy one?'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'll pass your purchase suggestion to our selectors and they will get back to you."],
      [40, 'p', 'ok'],
      [45, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail', [R]: 'fail' },
  },
  {
    name: 'over-match: "alone on the desk tonight, so I\'ll email you when I can" says no when',
    lines: [
      [0, 'p', 'I need the 1998 annual report of the county school board, for a grant'],
      [25, 'l', "Hi, I'm Jo, one of the librarians here. Those are in storage. What's your email?"],
      [60, 'p', 'pat.r@example.org'],
      [80, 'l', "Thanks. I'm alone on the desk tonight, so I'll email you when I can."],
      [90, 'l', 'Bye for now!'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: 'over-match: "we close early today" next to an e-mail promise with no time for it',
    lines: [
      [0, 'p', 'do you have the county tax maps from the 1950s'],
      [30, 'l', 'Hi there, this is Sam at the Maryland Room. We do, but they are not digitized. Can you leave an email?'],
      [55, 'p', 'hdiaz@example.net'],
      [70, 'l', "We're short-staffed today, so I'll email you once I've been down to the map cases."],
      [80, 'l', 'Thanks for your patience!'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail' },
  },
  {
    name: 'third person: "someone from your home library will contact you by Wednesday", e-mail read back',
    lines: [
      [0, 'p', 'hi, my library card expired and I cannot renew online'],
      [15, 'l', "Hi! I'm Jo with the 24/7 cooperative, answering for Carroll County tonight. Renewals past expiry need staff. What's a good email for them to reach you?"],
      [50, 'p', 'its tom.becker@example.com'],
      [60, 'l', "I have tom.becker@example.com. Someone from your home library will contact you by Wednesday to renew it."],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Thanks for using the service, goodbye!'],
    ],
    over: FU_LIB,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'passive voice: "the article will be emailed to you within 3 business days"',
    lines: [
      [0, 'p', 'can you get me an article my school doesnt have? Journal of Dental Hygiene 2019'],
      [20, 'l', "Hello, I'm Jo, a librarian here. Yes, through interlibrary loan. What email should it go to?"],
      [40, 'p', 'k.osei@students.example.edu'],
      [60, 'l', "I've placed the request; the article will be emailed to you within 3 business days."],
      [70, 'p', 'awesome'],
      [75, 'l', 'Good luck with your paper!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'promise to find more: "I\'ll have an answer for you by Thursday", phone typed by the patron',
    lines: [
      [0, 'p', 'whats the policy on bringing my service dog into the makerspace'],
      [20, 'l', "Hi, this is Jo at Sample County Library. I'm not sure how the makerspace handles that; let me ask the manager. Can I reach you by phone?"],
      [45, 'p', '(443) 555-0172'],
      [60, 'l', "Thanks. I'll have an answer for you by Thursday."],
      [70, 'l', 'Have a good evening!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'promise by "get back to you tomorrow morning" but the e-mail is only on the account: contact fails, code passes',
    lines: [
      [0, 'p', 'does the library have a notary?'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Some branches do, the schedule changes monthly. Let me confirm with the branches and get back to you tomorrow morning at the email on your account."],
      [40, 'p', 'ok'],
      [45, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'r.lee@example.com', phone: null } },
    exp: { [C]: 'fail', [R]: 'pass' },
  },
  {
    name: 'Spanish: "Le envío la información a su correo mañana por la mañana", e-mail typed',
    lines: [
      [0, 'p', 'Buenas tardes, busco clases de inglés gratis para adultos'],
      [25, 'l', 'Buenas tardes, le atiende Luz, bibliotecaria de la Biblioteca del Condado. ¿En qué ciudad vive?'],
      [50, 'p', 'en Wheaton. mi correo es rosa.m@hotmail.com'],
      [70, 'l', 'Gracias. Le envío la información de las clases a su correo mañana por la mañana.'],
      [80, 'p', 'muchas gracias'],
      [85, 'l', '¡Que tenga buena tarde!'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'Spanish, phone: "Le llamaremos en dos días hábiles"',
    lines: [
      [0, 'p', 'hola necesito ayuda para llenar la solicitud de vivienda'],
      [20, 'l', 'Hola, soy Luz de la biblioteca. Una especialista le puede ayudar por teléfono. ¿A qué número le llamamos?'],
      [50, 'p', '301 555 0148'],
      [60, 'l', 'Perfecto, le llamaremos en dos días hábiles.'],
    ],
    over: FU_ME,
    exp: { [C]: 'pass', [R]: 'pass' },
  },
  {
    name: 'code only (no promise in the chat), patron types the e-mail, never told when',
    lines: [
      [0, 'p', 'I need the minutes of the 1974 town council meetings'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Those are at the archives annex. Please leave your email."],
      [40, 'p', 'g.hale@example.com'],
      [50, 'l', 'Thank you, goodbye.'],
    ],
    over: FU_ME,
    exp: { [C]: 'fail', [R]: 'pass', [O]: 'pending' },
  },
  {
    name: '"I\'ll keep digging after my shift and email you what I find by Thursday" with the e-mail read back',
    lines: [
      [0, 'p', 'looking for any photos of the old Glen Echo trolley line'],
      [15, 'l', "Hello! I'm Jo, a reference librarian. Is your email still ann.w@example.com?"],
      [40, 'p', 'yes'],
      [55, 'l', "I'll keep digging after my shift and email you what I find by Thursday."],
      [60, 'l', 'Take care!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'ann.w@example.com', phone: null } },
    exp: { [C]: 'pass' },
  },
  {
    name: 'promise but code "Answered": the code fails',
    lines: [
      [0, 'p', 'can you find out if the Bowie branch has a 3d printer'],
      [20, 'l', "Hi, this is Jo at Sample County Library. I'll check with Bowie and email you tomorrow. Your email?"],
      [35, 'p', 'ben_t@example.com'],
      [40, 'l', 'Thanks!'],
    ],
    exp: { [C]: 'pass', [R]: 'fail' },
  },
  // ---- near misses: not a follow-up promise -----------------------------------------------------
  {
    name: 'near miss: the hold notification e-mail is automatic, not a follow-up',
    lines: [
      [0, 'p', 'how do i know when my hold is ready'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. You'll get an email from us when your hold is ready for pickup, usually within a day or two of it arriving."],
      [30, 'p', 'ok cool'],
      [35, 'l', 'Have a great day!'],
    ],
    exp: { [C]: 'na', [R]: 'pass', [O]: 'na' },
  },
  {
    name: 'near miss: the link sent right now in the chat, and an offer of the transcript',
    lines: [
      [0, 'p', 'where do i find the form to request a book the library doesnt own'],
      [15, 'l', "Hello, I'm Jo at Sample County Library. Let me send you the link right now: https://www.example.org/suggest"],
      [30, 'l', 'Would you like me to email you a copy of this chat transcript?'],
      [45, 'p', 'no thats ok'],
      [50, 'l', 'Take care!'],
    ],
    exp: { [C]: 'na', [R]: 'pass' },
  },
  {
    name: 'near miss: "I can\'t email you the e-book itself, but here is where to borrow it"',
    lines: [
      [0, 'p', 'can you email me the ebook of The Overstory'],
      [20, 'l', "Hi, I'm Jo, a librarian here. I can't email you the e-book itself, but you can borrow it in Libby: search for The Overstory and tap Borrow."],
      [40, 'p', 'ok'],
      [45, 'l', 'Enjoy the book!'],
    ],
    exp: { [C]: 'na', [R]: 'pass' },
  },
  // ---- followup.on_time -------------------------------------------------------------------------
  {
    name: 'on_time: recorded 71.4 h after the end, the done time written with another offset (clock change honoured)',
    lines: [
      [0, 'p', 'Can you find the 1930 census page for my great-grandmother, Hattie Moss, in Talbot County?'],
      [20, 'l', "Hi, I'm Jo, a genealogy librarian. I'll search and email you the image by Thursday. Is your email still h.moss@example.com?"],
      [40, 'p', 'yes'],
      [300, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, endAfter: 0, patron: { name: null, email: 'h.moss@example.com', phone: null }, followUps: [{ doneAt: '2026-03-05T10:30:00-04:00' }] },
    ctx: { now: T0 + 10 * DAY },
    exp: { [O]: 'pass', [C]: 'pass' },
  },
  {
    name: 'on_time: recorded 80 h after the end fails',
    lines: [
      [0, 'p', 'need the bus schedule from 1965 for route 8'],
      [20, 'l', "Hello, I'm Jo, a librarian here. I'll ask the transit archive and email you by Friday. What's your email?"],
      [40, 'p', 'lou@example.com'],
      [50, 'l', 'Thanks, goodbye!'],
    ],
    over: { ...FU_ME, endAfter: 0, followUps: [{ doneAt: at(50 + 80 * 3600) }] },
    ctx: { now: T0 + 10 * DAY },
    exp: { [O]: 'fail', [C]: 'pass' },
  },
  {
    name: 'on_time: promise in the chat, nothing recorded, four days later fails',
    lines: [
      [0, 'p', 'does the law library have the 1978 Maryland Register'],
      [20, 'l', "Hi, I'm Jo at the county law library. I'll check the stacks and get back to you within 48 hours. Email?"],
      [40, 'p', 'v.ng@example.com'],
      [50, 'l', 'Thanks, have a good night!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + 4 * DAY },
    exp: { [O]: 'fail', [C]: 'pass' },
  },
  // ---- resolution.code --------------------------------------------------------------------------
  {
    name: 'code: Lost Call although the patron wrote twice',
    lines: [
      [0, 'p', 'hi'],
      [10, 'p', 'do you have tax forms'],
      [70, 'l', 'Hi, this is Jo at Sample County Library. Are you still there?'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 200 },
    exp: { [R]: 'fail' },
  },
  {
    name: 'code: Lost Call, the patron sent only the question',
    lines: [
      [0, 'p', 'how late is the central library open on sundays'],
      [40, 'l', 'Hello! This is Jo at Sample County Library. Are you still there?'],
      [230, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to chat again anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: { [R]: 'pass', [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'code: a follow-up code with no patron contact anywhere (fields or chat) fails',
    lines: [
      [0, 'p', 'can i get a copy of my late husbands obituary from 2003'],
      [20, 'l', "Hi, I'm Jo, a librarian here. I'll look it up in the Gazette index and let you know next week."],
      [40, 'p', 'thank you'],
      [45, 'l', 'Take care.'],
    ],
    over: FU_ME,
    exp: { [R]: 'fail', [C]: 'fail' },
  },
  {
    name: 'code: none assigned (empty string)',
    lines: [
      [0, 'p', 'are you open on memorial day'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. All branches are closed Memorial Day; see the hours page at example.org/hours."],
      [30, 'p', 'thanks'],
      [35, 'l', 'Bye!'],
    ],
    over: { resolutionCode: '' },
    exp: { [R]: 'fail', [C]: 'na' },
  },
  // ---- transfer.handoff -------------------------------------------------------------------------
  {
    name: 'cooperative: note to the home library saying why, and the patron told "I\'m going to hand you off to"',
    lines: [
      [0, 'p', 'My daughter needs to use the Howard County homework help, but her card says blocked'],
      [20, 'l', "Hi, I'm Jo with the statewide chat cooperative. Card blocks can only be cleared by Howard County staff."],
      [40, 'i', 'Kim, HCLS patron with a blocked juvenile card, probably fines; can you clear it?', { to: 'kim' }],
      [55, 'l', "I'm going to hand you off to my colleague at Howard County, who can look at the account."],
      [60, 's', 'Chat transferred to Kim Park', sys('transfer', 'kim')],
      [70, 'l', 'Hi, this is Kim at Howard County Library. Let me look at that card.', KIM],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'law library: "Let me bring in Dana from the law library, she\'ll take it from here" with a note',
    lines: [
      [0, 'p', 'how do I file a small claims case against my landlord'],
      [20, 'l', "Hi! I'm Jo, a librarian at the public library."],
      [40, 'i', 'Dana, small claims against a landlord, security deposit; needs the court forms and filing steps.', { to: 'dana' }],
      [50, 'l', "Let me bring in Dana from the county law library, she'll take it from here."],
      [55, 's', 'Chat transferred to Dana Wolfe', sys('transfer', 'dana')],
      [70, 'l', 'Hello, Dana here. Is this district court in Montgomery County?', DANA],
    ],
    exp: { [TR]: 'pass' },
  },
  {
    name: 'transfer with a note but the patron never told: fails',
    lines: [
      [0, 'p', 'i need a book in braille'],
      [20, 'l', "Hi, I'm Jo at Sample County Library."],
      [30, 'i', 'Kim, braille request; the talking books library handles these, can you help this patron?', { to: 'kim' }],
      [35, 's', 'Chat transferred to Kim Park', sys('transfer', 'kim')],
      [50, 'l', 'Hi, this is Kim from the Talking Book and Braille Library. Which title?', KIM],
    ],
    exp: { [TR]: 'fail' },
  },
  {
    name: 'transfer: patron told, but only the receiver wrote the internal note',
    lines: [
      [0, 'p', 'who do i ask about donating old yearbooks'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'm transferring you to our local history department."],
      [25, 'i', 'got it, send them over, I have time for a long one', KIM],
      [30, 's', 'Chat transferred to Kim Park', sys('transfer', 'kim')],
      [45, 'l', 'Hi, Kim in local history here!', KIM],
    ],
    exp: { [TR]: 'fail' },
  },
  {
    name: 'Spanish transfer: "le comunico con una colega que habla español" with a note saying why',
    lines: [
      [0, 'p', 'hola, necesito ayuda con el catálogo en español'],
      [15, 'l', 'Hi, I am Jo, a librarian. Un momento, por favor.'],
      [30, 'i', 'Luz, patron writing in Spanish, needs help searching the catalog; can you take it?', { to: 'luz' }],
      [40, 'l', 'Le comunico con una colega que habla español.'],
      [45, 's', 'Chat transferred to Luz Romero', sys('transfer', 'luz')],
      [55, 'l', 'Hola, soy Luz. ¿Qué libro busca?', LUZ],
    ],
    exp: { [TR]: 'pass' },
  },
  // ---- idle patrons -----------------------------------------------------------------------------
  {
    name: 'idle exactly 120 s, "Still there?" asked: check-in passes, notice na',
    lines: [
      [0, 'p', 'what is the wifi password at the Germantown branch'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. There is no password: join the network named MCPL-Public and accept the terms."],
      [80, 'l', 'Still there?'],
    ],
    over: { endAfter: 60 },
    exp: { [IDLE]: 'pass', [DISC]: 'na' },
  },
  {
    name: 'idle 119 s: under the threshold, both na',
    lines: [
      [0, 'p', 'do you have museum passes'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, the Museum Pass program is on our website at example.org/passes."],
    ],
    over: { endAfter: 119 },
    exp: { [IDLE]: 'na', [DISC]: 'na' },
  },
  {
    name: 'idle exactly 120 s with no check-in fails; the notice is na',
    lines: [
      [0, 'p', 'is there parking at the Silver Spring library'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, there is a public garage on Wayne Ave; the first hour is free with validation."],
    ],
    over: { endAfter: 120 },
    exp: { [IDLE]: 'fail', [DISC]: 'na' },
  },
  {
    name: 'idle exactly 180 s ending at a goodbye notice: "Hi, still with me?" then "Looks like you may have stepped away…"',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [20, 'l', "Hello, I'm Jo at Sample County Library. You can have up to 50 items out at a time, per the borrowing rules at example.org/borrow."],
      [100, 'l', 'Hi, still with me?'],
      [200, 'l', "Looks like you may have stepped away, so I'm going to close this chat now. Feel free to start a new chat anytime!"],
    ],
    over: { endAfter: 60 },
    exp: { [IDLE]: 'pass', [DISC]: 'pass', [COUR]: 'pass' },
  },
  {
    name: 'idle 179 s ending at a goodbye: the notice is na',
    lines: [
      [0, 'p', 'can i return books at any branch'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, any branch or book drop; see example.org/returns."],
      [90, 'l', 'Are you still there?'],
      [199, 'l', "I haven't heard back, so I'll close the chat. Thanks for chatting with us!"],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'na' },
  },
  {
    name: 'LibraryH3lp typing: "Closing this chat due to inactivity. Please reconnect if you still need help!"',
    lines: [
      [0, 'p', 'im trying to get into jstor from home and it keeps asking me to log in'],
      [20, 'l', "Hi, I'm Jo from the university library. Use the JSTOR link on the library's database A-Z list; it will ask for your campus login."],
      [160, 'l', 'Are you still there? If I do not hear from you in a couple of minutes I will close the chat.'],
      [360, 'l', 'Closing this chat due to inactivity. Please reconnect if you still need help!'],
    ],
    over: { endAfter: 2 },
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'only a conditional: "If I don\'t hear back in the next couple of minutes I\'ll end the chat", 300 s idle',
    lines: [
      [0, 'p', 'how do I print from my phone at the library'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Send it from the Mobile Print page at example.org/print and release it at the print station."],
      [140, 'l', "Hello? If I don't hear back in the next couple of minutes I'll end the chat."],
    ],
    over: { endAfter: 180 },
    exp: { [IDLE]: 'pass', [DISC]: 'fail' },
  },
  {
    name: 'notice that never says the chat ends: "Looks like you might have stepped away." 240 s',
    lines: [
      [0, 'p', 'do you have language learning software'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, Mango Languages is free with your card at example.org/mango."],
      [150, 'l', 'Are you still with me?'],
      [250, 'l', 'Looks like you might have stepped away.'],
    ],
    over: { endAfter: 10 },
    exp: { [IDLE]: 'pass', [DISC]: 'fail' },
  },
  {
    name: 'notice without a check-in: "I haven\'t seen a message from you in a few minutes. I\'ll be closing this session soon…"',
    lines: [
      [0, 'p', 'where can I find old phone books for Annapolis'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. The Maryland State Archives has Annapolis city directories; see msa.maryland.gov."],
      [230, 'l', "I haven't seen a message from you in a few minutes. I'll be closing this session soon, but feel free to chat back in anytime."],
    ],
    exp: { [IDLE]: 'fail', [DISC]: 'pass', [COUR]: 'pass' },
  },
  {
    name: 'a goodbye 130 s after the answer ends the idle there: check-in applies and fails, notice na',
    lines: [
      [0, 'p', 'how do i reset my pin'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Use 'Forgot PIN' on the login page at example.org/login and it will email you a reset link."],
      [150, 'l', 'Thanks for chatting with us, have a great day!'],
    ],
    over: { endAfter: 600 },
    exp: { [IDLE]: 'fail', [DISC]: 'na', [COUR]: 'pass' },
  },
  {
    name: 'Spanish: "¿Sigue ahí?" then "Parece que se desconectó; cerraré el chat. ¡Vuelva pronto!"',
    lines: [
      [0, 'p', 'hola, tienen libros para aprender a manejar'],
      [20, 'l', 'Hola, le atiende Luz de la biblioteca. Sí, tenemos el manual de manejo en español en el catálogo: example.org/catalogo.'],
      [160, 'l', '¿Sigue ahí?'],
      [260, 'l', 'Parece que se desconectó; cerraré el chat. ¡Vuelva pronto!'],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass', [COUR]: 'pass' },
  },
  {
    name: 'SMS: "u still there?" and later "no reply so closing this out, text us anytime"',
    lines: [
      [0, 'p', 'r u open tmrw'],
      [15, 'l', 'Hi its Jo at Sample Library. Yes 9-8, hours at example.org/hours'],
      [140, 'l', 'u still there?'],
      [300, 'l', 'No reply so I am closing this chat out. Text us anytime!'],
    ],
    exp: { [IDLE]: 'pass', [DISC]: 'pass' },
  },
  {
    name: 'near miss: "anything else you\'re still looking for?" is no check-in, 150 s idle',
    lines: [
      [0, 'p', 'whats the due date for dvds'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. DVDs are one week, see example.org/loans. Is there anything else you're still looking for?"],
    ],
    over: { endAfter: 150 },
    exp: { [IDLE]: 'fail', [DISC]: 'na', [ANY]: 'pass' },
  },
  {
    name: 'the patron spoke last: no final idle, both na',
    lines: [
      [0, 'p', 'do you sell used books'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. The Friends of the Library run a used bookstore at the Central branch: example.org/friends. Anything else?"],
      [40, 'p', 'nope thats all'],
    ],
    over: { endAfter: 600 },
    exp: { [IDLE]: 'na', [DISC]: 'na', [ANY]: 'pass', [COUR]: 'fail' },
  },
  // ---- dismissals and closings ------------------------------------------------------------------
  {
    name: 'dismissal: "We only allow 10 minutes per chat and you\'ve used yours"',
    lines: [
      [0, 'p', 'I have a few more questions about citing in APA'],
      [20, 'l', "Hi, I'm Jo at the university library. We only allow 10 minutes per chat and you've used yours."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'dismissal: "you\'ve already asked three questions today, that\'s the maximum"',
    lines: [
      [0, 'p', 'one more, how do i find the population of Frederick in 1900'],
      [20, 'l', "Hi, this is Jo at Sample County Library. You've already asked three questions today, that's the maximum we can help with."],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'dismissal: shift over, no way back ("I have to log off now, my shift is over")',
    lines: [
      [0, 'p', 'can you help me find peer reviewed articles about remote work'],
      [20, 'l', "Hi, I'm Jo at the college library. Try Academic Search Complete."],
      [60, 'p', 'I tried, I get thousands of results'],
      [70, 'l', 'Sorry, I have to log off now, my shift is over.'],
    ],
    exp: { [DISM]: 'fail' },
  },
  {
    name: 'dismissal: "I need to head out, good luck with your search"',
    lines: [
      [0, 'p', 'I need info about the history of the B&O railroad roundhouse'],
      [20, 'l', "Hi, this is Jo at Sample County Library. The B&O Railroad Museum has a library: borail.org."],
      [60, 'p', 'do they have floor plans'],
      [70, 'l', 'I need to head out, good luck with your search.'],
    ],
    exp: { [DISM]: 'fail', [COUR]: 'pass' },
  },
  {
    name: 'allowed: other patrons waiting, come back anytime',
    lines: [
      [0, 'p', 'can you help me with my whole resume'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Our Career Online tools are at example.org/jobs."],
      [50, 'p', 'can you just read it over for me'],
      [60, 'l', "There are a few other patrons waiting, so I'll stop here, but please come back anytime or book a free resume review at example.org/resume."],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: 'allowed: going off shift, a colleague picks up',
    lines: [
      [0, 'p', 'I need five sources for my essay on the Harlem Renaissance'],
      [20, 'l', "Hi, I'm Jo, a librarian at the college. Start with JSTOR, search Harlem Renaissance poetry."],
      [120, 'l', "I'm about to go off shift, but my colleague Dana will pick this up with you in a moment."],
    ],
    exp: { [DISM]: 'pass' },
  },
  {
    name: 'near miss: "there\'s no time limit on chats" is not a dismissal',
    lines: [
      [0, 'p', 'sorry I type slow, is that ok'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Take your time, there's no time limit on chats. What are you looking for?"],
      [80, 'p', 'tax help for seniors'],
      [90, 'l', 'AARP Tax-Aide runs free sessions at the Central branch; book at example.org/taxaide. Anything else?'],
      [120, 'p', 'no thank you'],
      [125, 'l', 'Take care!'],
    ],
    exp: { [DISM]: 'pass', [ANY]: 'pass', [COUR]: 'pass' },
  },
  {
    name: 'near miss: the public computers\' time limit per patron is content, not a dismissal',
    lines: [
      [0, 'p', 'how long can i use the computers at the library'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Each session is 60 minutes, and there's a time limit of 2 hours per patron per day. Details at example.org/computers."],
      [40, 'p', 'ok thanks'],
      [45, 'l', 'Have a good one!'],
    ],
    exp: { [DISM]: 'pass', [ANY]: 'fail', [COUR]: 'pass' },
  },
  {
    name: 'closing: provider\'s last two messages are a link and "let me know if it doesn\'t work"',
    lines: [
      [0, 'p', 'wheres the form for a meeting room'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Here's the booking page: example.org/rooms."],
      [30, 'l', "Let me know if it doesn't work."],
    ],
    exp: { [COUR]: 'fail', [ANY]: 'fail' },
  },
  {
    name: 'closing: near miss "Have you already tried anything else, like Google Scholar?" is a clarifying question',
    lines: [
      [0, 'p', 'i cant find anything on microplastics in the chesapeake'],
      [20, 'l', "Hi, I'm Jo at the university library. Have you already tried anything else, like Google Scholar?"],
      [50, 'p', 'just google'],
      [70, 'l', 'Try Web of Science with chesapeake AND microplastic*. Good luck!'],
    ],
    exp: { [ANY]: 'fail', [COUR]: 'pass' },
  },
  {
    name: 'closing: patron "No, I\'m good. Thanks!" after the answer',
    lines: [
      [0, 'p', 'do you have the new Percy Jackson'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, you can place a hold in the catalog at example.org/catalog. Can I help with anything more?"],
      [40, 'p', "No, I'm good. Thanks!"],
      [45, 'l', 'Happy reading!'],
    ],
    exp: { [ANY]: 'pass', [COUR]: 'pass' },
  },
  {
    name: 'closing: Spanish "¿Le puedo ayudar con algo más?" and "Que tenga buen día"',
    lines: [
      [0, 'p', 'donde puedo sacar una tarjeta de la biblioteca'],
      [20, 'l', 'Hola, soy Luz de la biblioteca. Puede solicitarla en línea en example.org/tarjeta o en cualquier sucursal. ¿Le puedo ayudar con algo más?'],
      [50, 'p', 'no gracias'],
      [55, 'l', 'Que tenga buen día.'],
    ],
    exp: { [ANY]: 'pass', [COUR]: 'pass' },
  },
  {
    name: 'closing: "ok thanks" alone is not the patron saying they are done',
    lines: [
      [0, 'p', 'is the book sale this weekend'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, Saturday 10-4 at Central; details at example.org/booksale."],
      [40, 'p', 'ok thanks'],
      [45, 'l', 'You are welcome! Bye.'],
    ],
    exp: { [ANY]: 'fail', [COUR]: 'pass' },
  },
];

// ---- whole sessions: all 17 checks ---------------------------------------------------------------

const whole: SessionCase[] = [
  {
    name: 'whole: academic scan request, e-mail spelled "at", "get those to you by Monday", recorded in time',
    lines: [
      [0, 'p', 'hello, is anyone there? I need a chapter from a book that is only in your storage facility'],
      [35, 'l', "Hi! This is Priya, a librarian at McKeldin Library. Which book and chapter do you need?"],
      [80, 'p', 'Hinks, "Maryland Freedom Papers" chapter 3, for my seminar'],
      [95, 'l', 'One moment while I look it up in the catalog.'],
      [170, 'l', 'Found it: it is at the Severn storage facility, so it has to be scanned. Where should I send the chapter?'],
      [200, 'p', 'j.doe at gmail.com'],
      [215, 'l', "Thanks. I'll get those pages to you by Monday."],
      [230, 'p', 'perfect, that is all I needed'],
      [240, 'l', 'Great, have a good weekend!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(240 + 50 * 3600) }] },
    ctx: { now: T0 + 6 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: public library, patron leaves after the answer; check-in and closing notice, 240 s idle',
    lines: [
      [0, 'p', 'what time does the Wheaton library close today'],
      [25, 'l', 'Good afternoon, this is Marcus at Montgomery County Public Libraries. Wheaton is open until 8 pm today; all hours are at montgomerycountymd.gov/library.'],
      [40, 'l', 'Did that answer your question?'],
      [170, 'l', 'Are you still there?'],
      [280, 'l', "Seems we got cut off, so I'll end the chat now. Feel free to chat with us again anytime!"],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: Lost Call, the patron sent only the question; 190 s idle with check-in and notice',
    lines: [
      [0, 'p', 'do you have any jobs open for teens'],
      [70, 'l', 'Hi there! My name is Jo and I am a librarian with Sample County Library. Are you still there?'],
      [260, 'l', "It looks like you've disconnected, so I am closing this session. Please chat again if you need us."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: cooperative transfer to the home library, note and notice; the receiver answers and closes',
    lines: [
      [0, 'p', 'I was charged for a book I returned, can you fix that? Frederick County card'],
      [20, 'l', "Hi, you've reached Maryland AskUsNow, I'm Jo. I'm not with Frederick County, but I can connect you to their staff. One moment."],
      [35, 'i', 'Kim, FCPL patron billed for a book she says she returned; needs someone who can see the account.', { to: 'kim' }],
      [45, 'l', "I'm going to transfer you to a Frederick County librarian who can check your account."],
      [50, 's', 'Chat transferred to Kim Park', sys('transfer', 'kim')],
      [75, 'l', 'Hi, this is Kim at Frederick County Public Libraries. What is the title of the book?', KIM],
      [100, 'p', 'The Women by Kristin Hannah'],
      [110, 'l', 'Let me look at your account.', KIM],
      [190, 'l', 'I see it: it was checked in at Urbana on the 3rd, so I have removed the charge. You can see it in My Account at fcpl.org. Does that take care of it?', KIM],
      [220, 'p', 'yes thank you so much'],
      [230, 'l', "You're welcome! Anything else today?", KIM],
      [250, 'p', 'no thats everything'],
      [255, 'l', 'Thanks for contacting us, have a good day!', KIM],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass',
    }),
  },
  {
    name: 'whole: SMS, number typed with a leading 1, texts back "in a couple of hours", nothing recorded after 3 days',
    lines: [
      [0, 'p', 'hey does the library have a copy of the county budget'],
      [30, 'l', 'Hi, this is Jo at Sample County Library. Current year or an older one?'],
      [60, 'p', '2019. text me +1 410 555 0123'],
      [75, 'l', "Ok. I need to ask the govt docs desk, I'll text you in a couple of hours."],
      [90, 'p', 'k thx'],
    ],
    over: { ...FU_ME },
    ctx: { now: T0 + 3 * DAY + 3600_000 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'fail', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: dismissal for the provider\'s convenience ("I\'m too busy to go through all of that"), no code',
    lines: [
      [0, 'p', 'I need help with my family tree, I have a lot of names to look up'],
      [15, 'l', 'Hi, Jo here from the Sample County Library reference desk. Which names are you starting with?'],
      [60, 'p', 'Kowalski, Nowak, and about twenty more from Baltimore'],
      [75, 'l', "I'm too busy to go through all of that. Try Ancestry Library Edition."],
    ],
    over: { resolutionCode: null, endAfter: 30 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'fail',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: Spanish patron, e-mail typed, promise "le escribo el jueves", code by patron\'s library',
    lines: [
      [0, 'p', 'Hola buenas noches, quiero saber si tienen clases de ciudadania'],
      [30, 'l', 'Buenas noches, le atiende Luz, bibliotecaria del sistema de bibliotecas. ¿En qué condado vive?'],
      [60, 'p', 'Prince Georges'],
      [70, 'l', 'Un momento, lo busco.'],
      [150, 'l', 'Las clases de este mes ya empezaron. Su biblioteca tiene la lista de las próximas. ¿Me da su correo?'],
      [190, 'p', 'claro, marta.g@yahoo.com'],
      [205, 'l', 'Gracias. Le escribo el jueves con las fechas. ¿Algo más en que le pueda ayudar?'],
      [230, 'p', 'no, es todo, gracias'],
      [240, 'l', '¡Hasta luego!'],
    ],
    over: FU_LIB,
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: transfer without a note, 150 s silence, follow-up promised by the receiver with no time',
    lines: [
      [0, 'p', 'I need help finding statistics on opioid overdoses by county'],
      [40, 'l', 'Hello, I am Jo with the Health Sciences Library.'],
      [50, 'l', 'I am transferring you to our data librarian.'],
      [55, 's', 'Chat transferred to Dana Wolfe', sys('transfer', 'dana')],
      [205, 'l', 'Hi, Dana here. Which state, and which years?', DANA],
      [240, 'p', 'maryland 2018 to 2022, my email is c.ruiz@example.org'],
      [260, 'l', 'The state health department publishes these, but the county tables need a request. I will email you the tables.', DANA],
      [280, 'p', 'thanks'],
      [290, 'l', 'Goodbye!', DANA],
    ],
    over: FU_ME,
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'fail', onTime: 'pending', referral: 'na', transfer: 'fail',
    }),
  },
  {
    name: 'whole: a practice session is not scored',
    lines: [
      [0, 'p', 'test test is this working'],
      [10, 'l', 'Hi, Jo here, testing the new widget. Are you still there?'],
    ],
    over: { resolutionCode: 'Practice', endAfter: 400 },
    exp: all({
      pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: referral to the Register of Wills with a phone, patron done, no codes in the source',
    lines: [
      [0, 'p', 'how do i get a copy of my mothers will, she died last year in Anne Arundel'],
      [30, 'l', 'Hello, this is Sam, a librarian at Anne Arundel County Public Library. Was the estate opened with the court?'],
      [70, 'p', 'yes my brother did that'],
      [85, 'l', 'Then the Register of Wills for Anne Arundel County keeps the will; call them at 410-222-1397 to order a copy. Does that help?'],
      [120, 'p', 'yes, that is everything, thanks'],
      [130, 'l', 'Glad to help. Take care!'],
    ],
    over: { resolutionCode: undefined },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'na', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'whole: polite queue closing with a way back, idle 130 s after a goodbye that asks nothing',
    lines: [
      [0, 'p', 'can you help me understand how to use zotero'],
      [20, 'l', "Hi! I'm Jo, a librarian at the college library. Are you using the desktop app or the browser connector?"],
      [50, 'p', 'desktop'],
      [70, 'l', 'Our Zotero guide walks through it step by step: library.example.edu/zotero. Is that what you needed?'],
      [100, 'p', 'i think so'],
      [110, 'l', 'We have a few other students waiting, so I will wrap up here, but come back anytime if you get stuck.'],
      [240, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'fail', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: phone read back, "by end of day Friday", on time by code only with a follow-up done 30 h later',
    lines: [
      [0, 'p', 'I am looking for the building permit history for my house on Elm St'],
      [45, 'l', 'Good morning! This is Dana from the Local History Room at Sample County Library. What year was the house built, roughly?'],
      [90, 'p', '1920s I think. you can call me, 240-555-0110'],
      [110, 'l', "Thanks, I have 240-555-0110. The permit ledgers are in the basement, so I'll call you by end of day Friday with what I find. Anything else I can check while I'm down there?"],
      [140, 'p', 'no thats all'],
      [150, 'l', 'Thanks for contacting us!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(150 + 30 * 3600) }] },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: the patron goes quiet after a clarifying question; 200 s idle with only a check-in',
    lines: [
      [0, 'p', 'i need articles for my nursing class'],
      [30, 'l', "Hi, I'm Jo at the community college library. What topic is the assignment on?"],
      [150, 'l', 'Hello, are you still there?'],
    ],
    over: { endAfter: 80 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
];

describe('fifth round: every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifth round: follow-ups, codes, transfers, idle patrons, closings', followups);
describeSessions('fifth round: whole sessions, every check', whole);
