/**
 * Thirty-first round, area (O3): THE LIBRARY'S OWN SERVICES. Printing from a phone or laptop, faxing and scanning, notary
 * appointments, meeting and study room bookings, lost and found, museum and park passes, Wi-Fi and hotspots, the makerspace
 * (3D printer, sewing machines), test proctoring, returning items to another branch, fines, replacement cards; providers
 * answering from policy, sending the patron to the desk, a branch or a department, booking for the patron, or giving the
 * page with the steps; patrons already in the building (referral.contact, info.source, followup.*, closing.*,
 * inquiry.clarify, approachability.greeting).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral to the library's own desk or branch WITHOUT a way to reach it (referral fails):
 *   "just ask at the desk", "stop by the Circulation Desk with your ID", "pop in to the Service Desk at any branch",
 *   "pregunte en el mostrador de circulación", "ask the staff at the Information Desk, they can release the job".
 *  a referral WITH one (passes): "call the Towson branch at 410-887-6166", "email the makerspace at makerspace@…",
 *   "kindly contact the Central Library Information Desk on 410-396-5430", "Access Services, access@…".
 *  not a referral: staff the provider consults ("I checked with Circulation", "I'll ask our proctoring coordinator"), a
 *   booking made for the patron ("I've booked Study Room 3 for you"), a page for the patron to use ("reserve at
 *   samplelibrary.org/rooms"), where a service is ("the notary is at Towson only, by appointment").
 *  a source: the mobile printing page's URL, "on our website, click Services, then Print from Anywhere", the museum pass
 *   page, the room booking page; not a source: "the library has a fax machine".
 *  the patron done: "that's all I needed", "thats it thx", "no, that's everything"; not done: "cool thx", "ok".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - telling the patron to go to (or ask at) the library's own desk, branch or department is a referral (the provider's
 *   own library's departments count when the patron is told to contact or visit them); a patron already in the building
 *   sent to the desk is told to visit it;
 * - "you can return them to any branch's book drop" tells where items go back, no one to contact or visit for help: no
 *   referral;
 * - the provider booking a room or asking a colleague is not a referral;
 * - "Enjoy the museum!" and "Happy printing!" are parting wishes: goodbyes;
 * - "What time were you there?" asks about the patron's visit (lost and found), not whether they are still in the chat.
 * Written: 30 whole sessions (26 first, 4 more for the fixes), 27 short cases (23 first, 4 more), 10 near misses in
 * `guards`. First run: 5 of 76 tests failed on 6 statuses: referral.contact 4 ("The steps are on samplelibrary.org/wifi, and
 * for the code just ask at the desk" read the steps' URL as the desk's; "pick it up at Central's Circulation desk, 410-…",
 * "bring a photo ID to any branch", "Your branch can issue a new card …, just go in with your ID": no referral read),
 * inquiry.clarify 1 ("About what time were you there, and which floor?" read as a check-in), followup.completeness 1 ("Does
 * that time work for you?" after a booking). None was my label. The fix sessions and near misses: all as labelled on their
 * first run. Fixed in block O3:
 *  - `andClauseO3` (classify.ts `andClauseO3`, read by v32 M3's `sourceClauseM3`): the source's clause before the referral
 *    may also end at ", and / but / so" ("The steps are on samplelibrary.org/wifi, and for the code just ask at the desk",
 *    "Colour printing is explained at samplelibrary.org/print, but for the release code just ask at the front desk"), unless
 *    that clause names the party ("The Towson branch's hours are at bcpl.info/towson, and you can just stop by the branch")
 *    [near misses: that one, "Call the Information Desk at 410-396-5430, and the steps are at …", "The museum pass page is
 *    samplelibrary.org/passes, and you can print the pass at home", "…, and the desk can give you the code, 410-555-0142",
 *    "The Makerspace hours are at samplelibrary.org/makerspace, so just drop by the Makerspace", a Spanish "y … llame al …"];
 *  - `whenThereO3` (classify.ts `WHEN_THERE_O3`, read where inquiry.clarify skips check-ins, as v31 I4's `whichOnI4`): "what
 *    time / when / what day were you there / in" asks about the patron's visit ("About what time were you there, and which
 *    floor?", "Roughly when were you there?", "when were u there?") [near misses: "Are you still there?", "u there?", "Were
 *    you there? Sorry, the chat dropped.", "Is anyone there?": check-ins, clarify fails].
 * Left (4, in `LEFT`): "pick it up at Central's Circulation desk" (holds are picked up in the same words), "bring a photo ID
 * to any branch" and "just go in with your ID" (items are brought back to a branch in the same words), "Does that time work
 * for you?" after a booking (v8 keeps it out as a plan not yet given).
 * ON v56 (block V): the lost-and-found case's "You can pick it up at Central's Circulation desk, 410-396-5430" reads as labelled
 *   (V5: "pick … up at" a party; the library's own desk named with a possessive, not after "the / your / our / any / a", is told
 *   to be visited) and runs, in READ_SINCE_LEFT: 3 LEFT.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, other } from './helpers';

/** A printing question up to the patron's answer to the clarifying question. */
const PRINT: Line[] = [
  [0, 'p', 'hi can i print from my phone at the library'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. Which branch will you be printing at?"],
  [50, 'p', 'the towson one'],
];
/** A room question up to the patron's answer. */
const ROOM: Line[] = [
  [0, 'p', 'Hello, I need a room for a tutoring session next Tuesday.'],
  [20, 'l', 'Hello! This is Jo at Sample County Library. How many people, and for how long?'],
  [50, 'p', 'Just two of us, about 2 hours, afternoon.'],
];
/** A lost card question up to the patron's answer. */
const CARD: Line[] = [
  [0, 'p', 'lost my library card, how do i get a new one'],
  [20, 'l', 'Hi, Jo at Ask Us here. Do you still have the card number, or is it completely gone?'],
  [50, 'p', 'gone, no number'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, printing from a phone: the Print from Anywhere page with the steps',
    lines: [
      [0, 'p', 'Hi! Can I print from my phone? I have a boarding pass I need to print today.'],
      [25, 'l', "Hi there, welcome to Ask a Librarian! I'm Beth at Frederick County Public Libraries. Happy to help. Which branch are you going to, and is it a PDF or an app screen?"],
      [70, 'p', 'C. Burr Artz, and it is a PDF in my email.'],
      [85, 'l', 'Great, that one is easy. Go to fcpl.org/print, choose "Print from Anywhere", pick C. Burr Artz, and upload the PDF or email it to the address on that page. Then release it at the print station with your library card. Black and white is 10 cents a page. Does that answer your question?'],
      [150, 'p', 'Yes, perfect!'],
      [158, 'l', 'Is there anything else I can help you with today?'],
      [180, 'p', "No, that's everything. Thank you so much!"],
      [188, 'l', 'My pleasure! Safe travels, and thanks for chatting with Ask a Librarian!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, fines: none on overdue books since 2021, the account page',
    lines: [
      [0, 'p', 'do i owe fines? card is blocked'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Blocked at checkout or online?'],
      [35, 'p', 'online. cant place holds'],
      [45, 'l', 'No overdue fines since 2021. A block is usually a lost item bill or an expired card. Check My Account at bcpl.info/account, under Fees. That what you need?'],
      [80, 'p', 'yeah its a lost dvd'],
      [86, 'l', 'Anything else?'],
      [95, 'p', 'nope'],
      [99, 'l', 'Thanks for chatting. Bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: a patron in the building told to ask at the desk is told to visit a department, with no way to reach it
    name: 'chat-speak, already in the building: the Wi-Fi page, "just ask at the desk" for the guest pass: referral fails',
    lines: [
      [0, 'p', 'im at the library rn and the wifi wont connect'],
      [15, 'l', "hey! I'm Kai, a student assistant with the Ask Us chat :) which network are u picking, SCL-Public or SCL-Guest?"],
      [40, 'p', 'guest i think'],
      [50, 'l', 'ok so SCL-Guest needs a daily code. the steps are on samplelibrary.org/wifi, and for the code just ask at the desk near the entrance. did that help?'],
      [85, 'p', 'ya got it thx thats all'],
      [90, 'l', 'yay! happy surfing, bye :)'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'notary: "call the Towson branch at 410-887-6166 to book": referral passes',
    lines: [
      [0, 'p', 'Does the library have a notary? I need a power of attorney notarized.'],
      [30, 'l', 'Hello, and thank you for contacting AskUsNow! My name is Elaine, a librarian with Baltimore County Public Library. Will everyone who signs be able to come in person with photo ID?'],
      [80, 'p', 'Yes, it is just me and my father.'],
      [95, 'l', 'Our notary service is free, by appointment, at the Towson branch. Please call the Towson branch at 410-887-6166 to book, and bring the unsigned document and your IDs. Does this answer your question?'],
      [150, 'p', 'Yes, thank you. That is all I needed.'],
      [158, 'l', 'You are most welcome. Thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the provider books the room herself: no referral; the booking page is a source
    name: 'the provider books a study room for the patron and gives the page to change it',
    lines: [
      ...ROOM,
      [60, 'l', 'One moment while I check the calendar.'],
      [130, 'l', "Study Room 3 at Cockeysville is free Tuesday 2-4 pm, so I've booked it in your name. You'll get a confirmation e-mail, and you can change or cancel it at samplelibrary.org/rooms. Does that work for you?"],
      [170, 'p', 'Perfect, thanks!'],
      [176, 'l', 'Anything else I can do for you?'],
      [190, 'p', 'No, that is it.'],
      [195, 'l', 'Enjoy your session, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'British, museum passes: the Culture Pass page and how to book one',
    lines: [
      [0, 'p', 'Hello, do you lend passes for museums? Visiting with the kids over half term.'],
      [25, 'l', "Hello, you're through to Ask a Librarian at Sample County Library, I'm Tom. Which museum were you hoping to visit, and which dates?"],
      [70, 'p', 'The science centre, the 14th ideally.'],
      [85, 'l', 'Lovely. The Museum Pass page at samplelibrary.org/museumpass lists the science centre: each pass admits two adults and four children, and you book the date there with your card and print the pass at home. Does that answer your question?'],
      [140, 'p', "It does, that's all I needed, cheers."],
      [146, 'l', 'Cheers, enjoy the museum!'],
    ],
    exp: usual(),
  },
  {
    name: 'bilingual, a hotspot: the catalogue record, "pregunte en el mostrador de circulación": referral fails',
    lines: [
      [0, 'p', 'hola, prestan hotspots de internet? para mi hijo'],
      [20, 'l', '¡Hola! Soy Marisol, bibliotecaria de Ask Us en Sample County Library. ¿Tiene tarjeta de la biblioteca, y es para usar en casa?'],
      [60, 'p', 'si tengo tarjeta, es para la casa'],
      [75, 'l', 'Sí, prestamos hotspots por 3 semanas. Puede reservarlo en el catálogo: samplelibrary.org/catalog, busque "hotspot". Si tiene problemas con el aparato, pregunte en el mostrador de circulación. ¿Le ayuda esto?'],
      [130, 'p', 'si gracias, es todo'],
      [136, 'l', '¡De nada! Gracias por usar Ask Us, adiós.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'makerspace, a 3D print: the file rules page, "email the makerspace at makerspace@samplelibrary.org": referral passes',
    lines: [
      [0, 'p', 'how do i get something 3d printed at the makerspace'],
      [18, 'l', 'Hi! Alex here at Ask a Librarian :) do you have a file already, like an STL?'],
      [45, 'p', 'yes an stl from thingiverse'],
      [55, 'l', 'nice. the file rules (size, PLA only, 25 cents a gram) are at samplelibrary.org/makerspace. email the makerspace at makerspace@samplelibrary.org with the STL and they queue it for you. did that help?'],
      [95, 'p', 'yes thanks thats all'],
      [100, 'l', 'np, happy printing! bye'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "I'll ask our proctoring coordinator" is staff consulted, not a referral; a follow-up with the e-mail and "by tomorrow"
    name: 'follow-up: test proctoring for an online course; the provider will ask the coordinator and e-mail by tomorrow',
    lines: [
      [0, 'p', 'Hi, does the library proctor exams? My online course needs a proctor for the final.'],
      [25, 'l', "Hello, I'm Rosa, a librarian with Ask Us at Sample County Library. Which school is the course from, and when is the exam?"],
      [60, 'p', 'Western Governors, it needs to be before the 20th.'],
      [70, 'l', 'Let me look at our proctoring policy, one moment.'],
      [130, 'l', 'We proctor paper and online exams at Central by appointment, free; the policy is at samplelibrary.org/proctoring. Some schools need a webcam we may not have, so I will ask our proctoring coordinator about WGU and e-mail you by tomorrow afternoon. What e-mail should I use?'],
      [170, 'p', 'mira.k@example.com'],
      [176, 'l', 'Thank you, mira.k@example.com. Is there anything else I can help with?'],
      [195, 'p', 'No, that is all, thank you.'],
      [200, 'l', "You're welcome, talk to you tomorrow. Goodbye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Mira', email: 'mira.k@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: returning to another branch's book drop tells where items go, nobody to contact or visit for help
    name: 'returning items to another branch: the policy page, "any branch\'s book drop": no referral',
    lines: [
      [0, 'p', 'can i return books i got at towson to the perry hall library'],
      [15, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Are they books only, or any DVDs or kits too?'],
      [40, 'p', 'just books'],
      [48, 'l', "Yes, you can return them to any branch's book drop; they're checked in within a day. The returns policy is at bcpl.info/returns. Does that help?"],
      [75, 'p', 'great thanks'],
      [80, 'l', 'Anything else?'],
      [90, 'p', 'no'],
      [94, 'l', 'Bye, thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, faxing: "kindly contact the Central Library Information Desk on 410-396-5430": referral passes',
    lines: [
      [0, 'p', 'Good morning madam, I need to send fax to USCIS office, is fax facility available in library?'],
      [25, 'l', 'Good morning, and welcome to AskUsNow! I am Priya, a librarian at Enoch Pratt Free Library. Is it a domestic fax, and how many pages?'],
      [70, 'p', 'Domestic only, 6 pages.'],
      [85, 'l', 'Kindly note the fax facility is at Central only, $1 per page for domestic. Kindly contact the Central Library Information Desk on 410-396-5430 to confirm the machine is working before you come. The service details are at prattlibrary.org/services/fax. Does this answer your query?'],
      [150, 'p', 'Yes madam, thank you. Nothing else.'],
      [158, 'l', 'Most welcome. Thank you for contacting AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // a substantive exchange (the clarifying question), then the patron vanishes
    name: 'the patron vanishes after the clarifying question: scanning, check-in and disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'can i scan documents to my email at the library'],
      [20, 'l', "Hi, I'm Jo with AskUsNow! Sure thing. Which branch, and is it a few pages or a whole stack?"],
      [170, 'l', 'Are you still there?'],
      [330, 'l', 'It seems you have disconnected, so I will end this chat now. Please feel free to contact us again!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'silent search: meeting room rules for a nonprofit, the provider gone for over three minutes without a hold',
    lines: [
      [0, 'p', 'can our nonprofit book the big meeting room for a monthly meeting'],
      [20, 'l', 'Hi, Lee at Ask Us, Sample County Library. Is the meeting open to the public, and which branch?'],
      [50, 'p', 'yes open to public, central'],
      [260, 'l', 'Yes: nonprofits can book up to once a month, free, if the meeting is open to the public. The policy and request form are at samplelibrary.org/meetingrooms. Does that help?'],
      [300, 'p', 'yes thanks'],
      [305, 'l', 'Anything else?'],
      [315, 'p', 'no thats it'],
      [320, 'l', 'Bye, thanks!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'scripted macros, a sewing machine class: the macro greeting, then the provider with name and the events calendar',
    lines: [
      [0, 'p', 'do you have sewing machines i can use'],
      [5, 'l', 'Thank you for contacting Ask Us Now! A librarian will be with you shortly.'],
      [30, 'l', 'Hi, this is Pat from Howard County Library System. Do you want to sew on your own, or take a class first?'],
      [60, 'p', 'class first i never used one'],
      [70, 'l', 'Our Intro to Machine Sewing class is free; dates and sign-up are on the events calendar at hclibrary.org/events, under Makerspace. Did that help?'],
      [110, 'p', 'yes!'],
      [115, 'l', 'Is there anything else I can help you with today?'],
      [125, 'p', 'no thank you'],
      [130, 'l', 'Thank you for using Ask Us Now! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    name: 'sloppy: no identification, no question, "the library has a fax machine": greeting, clarify, source fail',
    lines: [
      [0, 'p', 'is there a fax at the library'],
      [15, 'l', 'Hi! Yes, the library has a fax machine, $1 a page.'],
      [40, 'p', 'ok'],
      [50, 'l', 'Anything else?'],
      [65, 'p', 'no'],
      [70, 'l', 'Bye!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail' }),
  },
  {
    name: 'dismissal: a second question about a park pass, "I can only answer one question per chat. Bye."',
    lines: [
      ...CARD,
      [65, 'l', 'You can request a replacement card online at samplelibrary.org/card. Does that help?'],
      [90, 'p', 'yes. also do you lend state park passes?'],
      [100, 'l', 'Sorry, I can only answer one question per chat. Bye.'],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: "transfer to the patron's own library's staff for a fine dispute: notice, internal note, transfer; the account page",
    lines: [
      [0, 'p', 'i was charged for a book i returned, how do i fix it'],
      [20, 'l', "Hi, I'm Jo with AskUsNow! Which library system is your card from?"],
      [45, 'p', 'harford county'],
      [55, 'l', "Harford County staff can look at your account directly, so I'm transferring you to one of their librarians now. One moment."],
      [58, 'i', 'Rosa: Harford patron disputes a lost-item charge, says returned. Needs account look-up.'],
      [61, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [90, 'l', "Hi, I'm Rosa at Harford County Public Library, picking up from Jo. What's the title on the bill?", ROSA],
      [120, 'p', 'the night circus'],
      [180, 'l', "I see it: it was checked in at Bel Air today, so I've cleared the charge. You can see it's gone under Fees at hcplonline.org/account. Does that help?", ROSA],
      [210, 'p', 'yes thank you thats all'],
      [216, 'l', 'You are welcome, have a good evening!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer without a note to the receiving provider: transfer fails',
    lines: [
      [0, 'p', 'how do i book the recording studio'],
      [20, 'l', "Hi, I'm Jo with AskUsNow! Which library system is your card from?"],
      [45, 'p', 'harford'],
      [55, 'l', "I'll transfer you to a Harford librarian now, one moment."],
      [61, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [90, 'l', "Hi, Rosa at Harford County Public Library here. The studio is booked at hcplonline.org/studio with your card. Is that what you needed?", ROSA],
      [130, 'p', 'yes thats all thanks'],
      [136, 'l', 'Have fun recording, bye!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'Australian, a national parks pass: "pop in to the Service Desk at any branch": referral fails',
    lines: [
      [0, 'p', "G'day, heard the library lends a parks pass? Keen for a day trip."],
      [20, 'l', "G'day! You've reached Ask a Librarian at Sample Regional Libraries, I'm Shaz. Do you have a library card with us already?"],
      [50, 'p', 'Yep.'],
      [60, 'l', "Good stuff. The Parks Day Pass is on the catalogue at samplelibrary.org.au/catalogue; you can't hold it online though, so pop in to the Service Desk at any branch and ask for it. Does that answer your question?"],
      [110, 'p', "No worries, that's all, ta."],
      [116, 'l', 'Ta, enjoy the bush!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: "follow-up by the patron's library: a fine waiver, e-mail in the chat, \"by Monday\"",
    lines: [
      [0, 'p', 'Hello, my son lost a book and the fine is $28, is there any way to reduce it? We are low income.'],
      [25, 'l', "Hello, I'm Gwen, a librarian with AskUsNow! Which library system is the card from?"],
      [60, 'p', 'Carroll County.'],
      [75, 'l', "Carroll County has a fine forgiveness program; the rules are at library.carr.org/fines. Waivers are decided by the branch staff, so I'll pass this on and someone from your library will e-mail you by Monday. What e-mail should they use?"],
      [120, 'p', 'tanya.r@example.com'],
      [126, 'l', 'Got it: tanya.r@example.com. Does this answer your question for now?'],
      [150, 'p', 'Yes, thank you.'],
      [155, 'l', 'Anything else?'],
      [165, 'p', 'No, that is all.'],
      [170, 'l', 'Thank you for contacting AskUsNow! Goodbye.'],
    ],
    over: { ...FU_LIB, patron: { name: 'Tanya', email: 'tanya.r@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up without a when: "I\'ll e-mail you the makerspace waiver": contact fails',
    lines: [
      [0, 'p', 'do i need to sign something to use the laser cutter'],
      [20, 'l', "Hi, I'm Jo, a librarian with Ask Us. Are you 18 or over?"],
      [40, 'p', 'yes'],
      [50, 'l', 'Then you sign a waiver and take the 30-minute safety orientation; the orientation dates are at samplelibrary.org/makerspace. I will e-mail you the waiver form. What address?'],
      [80, 'p', 'sam@example.com'],
      [85, 'l', 'Thanks. Does that help?'],
      [100, 'p', 'yep thats all'],
      [105, 'l', 'Bye, thanks!'],
    ],
    over: { ...FU_ME, patron: { name: 'Sam', email: 'sam@example.com', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: a patron in the building sent to the Information Desk to release a job is told to visit a department
    name: 'student worker, in the building, a print job stuck: the steps page, "ask the staff at the Information Desk": referral fails',
    lines: [
      [0, 'p', 'im at the print station and my job isnt showing up'],
      [15, 'l', 'hi! this is Mo at Ask a Librarian. did u send it from the web page or by email?'],
      [40, 'p', 'email'],
      [50, 'l', 'emailed jobs take about 5 min to show. the steps are on samplelibrary.org/print. if it still isnt there, ask the staff at the Information Desk and they can release it for u. did that help?'],
      [90, 'p', 'it showed up now lol'],
      [95, 'l', 'yay! anything else?'],
      [105, 'p', 'nah thats all'],
      [110, 'l', 'happy printing, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'formal academic: a group study room at the university library, "contact Access Services at access@univ.edu": referral passes',
    lines: [
      [0, 'p', 'Good evening. I am a graduate student and need a room with a display screen for a thesis rehearsal.'],
      [30, 'l', 'Good evening, and thank you for contacting Ask a Librarian at State University Libraries. I am Dr. Okafor, a reference librarian. How many people will attend, and on which date?'],
      [80, 'p', 'About eight, on the 12th.'],
      [95, 'l', 'Rooms 214 and 216 seat ten and have displays; they are booked at lib.stateu.edu/rooms. For rooms above eight people you need approval, so please contact Access Services at access@stateu.edu. Does this answer your question?'],
      [160, 'p', 'Yes, thank you. That is all.'],
      [168, 'l', 'You are most welcome. Good luck with the rehearsal.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'concurrency: the provider had four chats open during a Wi-Fi question',
    lines: [
      [0, 'p', 'how long can i borrow a hotspot'],
      [20, 'l', 'Hi, Jo at Ask Us, Sample County Library. Is it for a student, or an adult card?'],
      [40, 'p', 'adult'],
      [50, 'l', 'Three weeks, one renewal; details at samplelibrary.org/hotspots. Does that help?'],
      [80, 'p', 'yes thats all thanks'],
      [85, 'l', 'Bye, thanks!'],
    ],
    ctx: { otherIntervals: [other('o3a', 'jo', -100, 500), other('o3b', 'jo', -50, 500), other('o3c', 'jo', 0, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  // ---- more for the fixes (written and labelled before running) -----------------------------------------------------
  {
    // the clarifying question asks when the patron was in: the patron's situation, not a check-in
    name: 'lost and found, a phone charger: "What day were you in, and about what time?" then the lost and found page',
    lines: [
      [0, 'p', 'hey did anyone turn in a white iphone charger at the perry hall branch'],
      [25, 'l', "Hi, I'm Sam with Ask Us at Baltimore County Public Library. What day were you in, and about what time?"],
      [60, 'p', 'monday morning maybe 10'],
      [70, 'l', 'Let me look at the found items log, one moment.'],
      [140, 'l', 'Nothing like it in the log yet. Found items are kept 30 days; the lost and found page at bcpl.info/lostandfound has the form to report it so staff can match it. Does that help?'],
      [190, 'p', 'ok yeah'],
      [196, 'l', 'Anything else I can help with?'],
      [210, 'p', 'no thats all'],
      [215, 'l', 'Hope it turns up! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'lost and found, Australian, reading glasses: "Roughly when were you there?" then the branch page with its phone',
    lines: [
      [0, 'p', "Hi there, I've lost my reading glasses, might've left them at the Fremantle library."],
      [25, 'l', "Hi! You're chatting with Shaz at Ask a Librarian, Sample Regional Libraries. Roughly when were you there?"],
      [60, 'p', 'Thursday arvo.'],
      [75, 'l', "Righto. Lost property is held at each branch's Service Desk for a month, so give the Fremantle branch a ring on 08 9432 9766; the branch page is samplelibrary.org.au/fremantle. Does that help?"],
      [130, 'p', "Yes, that's all, thanks heaps."],
      [136, 'l', 'No worries, good luck finding them!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the URL in the clause before ", but" is the printing page's, no way to reach the front desk
    name: 'colour printing, warm: "Colour printing is explained at samplelibrary.org/print, but for the release code just ask at the front desk": referral fails',
    lines: [
      [0, 'p', 'Hi! Can I print in colour from my laptop at the Main library?'],
      [20, 'l', 'Hi there, Beth here with Ask a Librarian at Sample County Library! Is it a Windows laptop or a Mac?'],
      [50, 'p', 'A Mac.'],
      [60, 'l', 'Great. Colour printing is explained at samplelibrary.org/print, but for the release code just ask at the front desk. Did that answer your question?'],
      [110, 'p', "Yes, that's everything, thank you!"],
      [116, 'l', 'Happy printing, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'test proctoring, terse: "The form is at samplelibrary.org/proctor, so just drop by the Information Desk with it": referral fails',
    lines: [
      [0, 'p', 'need a proctor for a CLEP exam'],
      [15, 'l', 'Hi, Ray at Ask Us, Sample County Library. Paper or online exam?'],
      [35, 'p', 'online'],
      [45, 'l', 'We proctor online exams Tue and Thu. The form is at samplelibrary.org/proctor, so just drop by the Information Desk with it a week ahead. That what you need?'],
      [80, 'p', 'yep thats all'],
      [85, 'l', 'Good luck. Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals to the library's own desks, branches and departments -----------------------------------------------
  { name: '"Just ask at the desk." : referral fails', lines: then(PRINT, 'The steps are at samplelibrary.org/print; for color prints just ask at the desk. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call the Towson branch at 410-887-6166" : referral passes', lines: then(PRINT, 'Color printing varies by branch, so call the Towson branch at 410-887-6166 to check. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Stop by the Circulation Desk with your ID." : referral fails', lines: then(CARD, 'Stop by the Circulation Desk with your ID and they will make a new card for $1. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the Circulation Desk at Central, 400 Cathedral St." : referral passes', lines: then(CARD, 'Visit the Circulation Desk at Central, 400 Cathedral St., with your ID. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"email the makerspace at makerspace@samplelibrary.org" : referral passes', lines: then(ROOM, 'The makerspace rooms are booked by email: email the makerspace at makerspace@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- not referrals --------------------------------------------------------------------------------------------------
  { name: '"I\'ve booked Study Room 3 for you." : no referral', lines: then(ROOM, "I've booked Study Room 3 for you on Tuesday 2-4; you can change it at samplelibrary.org/rooms. Does that work?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"I checked with Circulation and the card is $1" : no referral', lines: then(CARD, 'I checked with Circulation and a new card is $1; you can request it at samplelibrary.org/card. Does that help?'), exp: some({ referral: 'na' }) },
  { name: '"Reserve a room at samplelibrary.org/rooms" : a source, no referral', lines: then(ROOM, 'Reserve a room at samplelibrary.org/rooms with your card number. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"The notary is at Towson only, by appointment." with its page: no referral', lines: then(PRINT, 'The notary is at Towson only, by appointment; details at bcpl.info/notary. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- sources --------------------------------------------------------------------------------------------------------
  { name: '"on our website, click Services, then Print from Anywhere" : a source', lines: then(PRINT, 'On our website, click Services, then Print from Anywhere, and upload your file. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the library has a fax machine" : no source', lines: then(PRINT, 'The library has a fax machine too, $1 a page. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarifying -----------------------------------------------------------------------------------------------------
  { name: '"Which branch will you be printing at?" before the source: clarify passes', lines: then(PRINT, 'At Towson, upload at samplelibrary.org/print. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'how do i print from my laptop'], [15, 'l', "Hi, I'm Jo at Ask Us. Upload it at samplelibrary.org/print. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ---------------------------------------------------------------------------------------------------
  { name: '"Would you like me to book it for you?" after the page: completeness fails', lines: then(ROOM, 'Room B is free Tuesday afternoon; the booking page is samplelibrary.org/rooms. Would you like me to book it for you?'), exp: some({ complete: 'fail' }) },
  // ---- the patron done, or not ----------------------------------------------------------------------------------------
  { name: '"thats it thx" after "Anything else?" : anything else passes', lines: [...PRINT, [70, 'l', 'Upload at samplelibrary.org/print. Does that help?'], [90, 'p', 'yes'], [95, 'l', 'Anything else?'], [110, 'p', 'thats it thx'], [115, 'l', 'Happy printing!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: '"cool thx" : anything else fails', lines: [...PRINT, [70, 'l', 'Upload at samplelibrary.org/print. Does that help?'], [90, 'p', 'cool thx'], [95, 'l', 'Happy printing!']], exp: some({ anything: 'fail', courteous: 'pass' }) },
  // ---- goodbyes -------------------------------------------------------------------------------------------------------
  { name: '"Enjoy the museum!" last: courteous passes', lines: [...ROOM, [70, 'l', 'Book at samplelibrary.org/rooms. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Enjoy the museum!']], exp: some({ courteous: 'pass' }) },
  { name: '"Room B has a TV." last two, no thanks or goodbye: courteous fails', lines: [...ROOM, [70, 'l', 'Book at samplelibrary.org/rooms. Does that help?'], [100, 'p', 'which room has a tv'], [106, 'l', 'Room B has a TV.'], [120, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  // ---- the patron vanishing -------------------------------------------------------------------------------------------
  { name: 'a notice without a question after 200 s: check-in fails, disconnect passes', lines: [...PRINT, [70, 'l', 'Upload at samplelibrary.org/print. Does that help?'], [270, 'l', "Looks like you've disconnected, so I'm closing this chat now. Come back anytime!"]], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: '"Still there?" and no notice after 200 s: check-in passes, disconnect fails', lines: [...PRINT, [70, 'l', 'Upload at samplelibrary.org/print. Does that help?'], [200, 'l', 'Still there?']], over: { endAfter: 80 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  // ---- keep informed --------------------------------------------------------------------------------------------------
  { name: '"Checking the room calendar..." every 90 s: keep informed passes', lines: [...ROOM, [60, 'l', 'Checking the room calendar...'], [150, 'l', 'Still checking, Tuesday is busy.'], [240, 'l', 'Room C is free 1-3; book at samplelibrary.org/rooms. Does that help?'], [270, 'p', 'yes thanks'], [275, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- more for the fixes ------------------------------------------------------------------------------------------
  { name: '"The room rules are at samplelibrary.org/rooms, but for the key, ask at the desk." : referral fails', lines: then(ROOM, 'The room rules are at samplelibrary.org/rooms, but for the key, ask at the desk. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The card form is at samplelibrary.org/card, so just stop by the Circulation Desk for it." : referral fails', lines: then(CARD, 'The card form is at samplelibrary.org/card, so just stop by the Circulation Desk for it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"What time were you there yesterday?" before the source: clarify passes', lines: [[0, 'p', 'left my scarf at the library'], [15, 'l', 'Hi, Jo at Ask Us, Sample County Library. What time were you there yesterday?'], [40, 'p', 'around noon'], [50, 'l', 'Found items are listed at samplelibrary.org/lost. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"When were u there?" (chat-speak) before the source: clarify passes', lines: [[0, 'p', 'lost my keys at the library'], [15, 'l', 'hi! Mo at Ask a Librarian here. when were u there?'], [40, 'p', 'this morning'], [50, 'l', 'found stuff is listed at samplelibrary.org/lost. did that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'bye!']], exp: some({ clarify: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for andClauseO3: the clause before ", and / but / so" is the party's own, or the contact comes after the verb
  { name: 'near miss: "The Towson branch\'s hours are at bcpl.info/towson, and you can just stop by the branch any time." : referral passes', lines: then(PRINT, "The Towson branch's hours are at bcpl.info/towson, and you can just stop by the branch any time. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call the Information Desk at 410-396-5430, and the steps are at samplelibrary.org/print." : referral passes', lines: then(PRINT, 'Call the Information Desk at 410-396-5430, and the steps are at samplelibrary.org/print. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The museum pass page is samplelibrary.org/passes, and you can print the pass at home." : no referral', lines: then(ROOM, 'The museum pass page is samplelibrary.org/passes, and you can print the pass at home. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The steps are at samplelibrary.org/wifi, and the desk can give you the code, 410-555-0142." : referral passes', lines: then(PRINT, 'The steps are at samplelibrary.org/wifi, and the desk can give you the code, 410-555-0142. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The Makerspace hours are at samplelibrary.org/makerspace, so just drop by the Makerspace." : referral passes', lines: then(ROOM, 'The Makerspace hours are at samplelibrary.org/makerspace, so just drop by the Makerspace. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss (Spanish): "Los pasos están en samplelibrary.org/wifi, y para el código llame a la recepción al 410-555-0142." : passes', lines: then(PRINT, 'Los pasos están en samplelibrary.org/wifi, y para el código llame a la recepción al 410-555-0142. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  // near misses for whenThereO3: "there" in a check-in, not a question about a visit
  { name: 'near miss: "Are you still there?" as the only question before the source: clarify fails', lines: [[0, 'p', 'left my scarf at the library'], [15, 'l', 'Hi, Jo at Ask Us, Sample County Library. Are you still there?'], [40, 'p', 'yes'], [50, 'l', 'Found items are listed at samplelibrary.org/lost. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "u there?" as the only question before the source: clarify fails', lines: [[0, 'p', 'left my scarf at the library'], [15, 'l', 'hi! Mo at Ask a Librarian. u there?'], [40, 'p', 'yes'], [50, 'l', 'found stuff is listed at samplelibrary.org/lost. did that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "Were you there? Sorry, the chat dropped." : clarify fails', lines: [[0, 'p', 'left my scarf at the library'], [15, 'l', 'Hi, Jo at Ask Us, Sample County Library.'], [60, 'l', 'Were you there? Sorry, the chat dropped.'], [80, 'p', 'yes'], [90, 'l', 'Found items are listed at samplelibrary.org/lost. Does that help?'], [110, 'p', 'ok thanks'], [115, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "Hello? Is anyone there?" as the only question before the source: clarify fails', lines: [[0, 'p', 'hello?'], [15, 'l', 'Hi, Jo at Ask Us, Sample County Library. Is anyone there?'], [40, 'p', 'yes i left my scarf there'], [50, 'l', 'Found items are listed at samplelibrary.org/lost. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "bring a photo ID to any branch" and "just go in with your ID" send the patron to a branch, but "bring / take <it> to any
  // branch" is also how items are returned (no referral); no narrow reading of the object tells the two apart here
  {
    name: 'replacement card, from policy only: $1, "bring your ID to any branch": no source, referral fails',
    lines: [
      ...CARD,
      [65, 'l', 'A replacement card is $1. Just bring a photo ID to any branch and they will print you a new one with your old account. Does that help?'],
      [100, 'p', 'ok cool thx'],
      [106, 'l', 'Have a good day!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  { name: '"your branch can issue a new card" : referral fails', lines: then(CARD, 'Your branch can issue a new card while you wait, just go in with your ID. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: "Does that time work for you?" after a booking made asks about what was given, but an older reading (v8) keeps it out as a
  // plan not yet given ("Does that time work for you?" offering an appointment); the two differ only in what came before
  { name: '"Does that time work for you?" after the booking: completeness passes', lines: then(ROOM, "I've booked Room B for Tuesday 2-4 (samplelibrary.org/rooms). Does that time work for you?"), exp: some({ complete: 'pass' }) },
];

/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  // once LEFT ("pick it up at <place>" was no referring verb): read since v56 V5 (`PICK_UP_AT_V5`), v16's "pick … up from" with
  // "at"; the library's own desks, shelves and branches after "the / your / our / any / a" are still no party (holds picked up)
  {
    // reading: "I checked with Circulation" is staff consulted; "pick it up at the Circulation desk at Central, 410-396-5430" refers with a phone
    name: 'lost and found: the provider checks with Circulation; "pick it up at Central\'s Circulation desk, 410-396-5430": referral passes',
    lines: [
      [0, 'p', 'hi i think i left my blue umbrella and a water bottle at central yesterday'],
      [20, 'l', 'Hi, this is Dana with Ask Us at Enoch Pratt Free Library. About what time were you there, and which floor?'],
      [55, 'p', 'around 3, the second floor computers'],
      [65, 'l', 'Let me check with the Circulation staff, one moment.'],
      [90, 'i', 'Circ: anyone turn in a blue umbrella + water bottle, 2nd floor yesterday pm?'],
      [150, 'l', "Good news, a blue umbrella was turned in. You can pick it up at Central's Circulation desk, 410-396-5430, any time we're open; items are kept 30 days. Does that help?"],
      [190, 'p', 'yes thank you!!'],
      [196, 'l', 'Anything else today?'],
      [210, 'p', 'no thats all'],
      [215, 'l', 'Glad we found it! Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describe('thirty-first round (O3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (O3): the library\'s own services, every check', whole);
describeSessions('thirty-first round (O3): the library\'s own services, short cases', short);
describeSessions('thirty-first round (O3): the library\'s own services, near misses of the changes', guards);

describeLeft('thirty-first-round-services', LEFT);
describeSessions('thirty-first-round-services: once left, now read as labelled', READ_SINCE_LEFT);
