/**
 * Twenty-ninth round, area (F2): LIBRARY ACCOUNTS AND SERVICES. Card sign-up and renewal, PINs, fines and fees, holds
 * and pickup, renewals, lost items, printing and faxing, meeting and study rooms, museum passes, hours and locations:
 * short, fast sessions answered from the library's own pages, with account look-ups (hold messages), the library's own
 * departments as referrals, the card number asked for.
 *
 * PARAPHRASE SWEEP. What the people of these sessions write, across registers (written before the scorer ran):
 *  providers: "Can I have your card number?", "Card number?", "what's your card #?", "Could I take your library card
 *  number?" (clarifying: the patron's situation shapes the answer); "Let me look up your account.", "Looking that up
 *  now.", "checking, one sec", "bear with me a moment", "Un momento, reviso la disponibilidad." (holds); "Still looking,
 *  our account system is slow tonight." (a hold that keeps the patron informed); "You owe $3.20", "I renewed 2 of your 3
 *  items", "Your hold is at Towson until Friday" (bare account results: no source); "renew online at …/renew-card",
 *  "search our catalogue for 'hotspot' and click Place Hold", "under My Account at leeds.gov.uk/libraries" (sources);
 *  "call the Elkridge Branch at 410-313-5077", "call Northside at 555-0134", "phone Eastside on 555-0199", "e-mail our
 *  circulation department at …", "puede llamar a la sucursal de Somerton al 928-373-6500" (the library's own departments,
 *  reachable); "stop by the circulation desk", "ask for the branch manager when you come in" (referrals without a way
 *  to reach them); "you've reached the limit", "you've hit the max", "you've used your allowance", "you've reached your
 *  quota" (a loan, hold, pass or print rule, no dismissal); "Thanks, that's jlee@example.com." (the patron's address read
 *  back); "Hope that helps!", "Does that clear it up?", "¿Le sirve esta información?", "Is this helpful?"
 *  patrons: "forgot my pin", "how much do i owe", "cant renew my book??", "lost my card", "Hiya, … where am I in the
 *  queue?", "How I can get library card?", "no es todo gracias", "that's everything", "ok thx" (not done explicitly).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - the card number, the branch, the household's residence asked before the answer are questions about the patron's
 *   situation that shape the answer (clarify passes); a question in the same message as the first source is not before it;
 * - an account result ("you owe $3.20", "I renewed everything", "your hold is at Towson") is an answer with no source;
 *   "in your account" or "thru your account" names no resource; "search our catalogue … click Place Hold" names one;
 * - "stop by the circulation desk" tells the patron to visit the library's own department: a referral, failing without a
 *   way to reach it; staff the provider consults ("I checked with our circulation staff") are no referral;
 * - the patron's own e-mail or phone read back ("Thanks, that's jlee@example.com.") is no contact for a referral: no source;
 * - "Were you able to find them in there?" right after the link asks whether the information given met the need;
 * - a closing notice that also gives a link ("You can report a lost card at …") gives a source;
 * - "you've reached the limit" after a renewal, hold, pass or print rule is the loan's limit, not the patron's questions.
 *
 * First run (77 tests): 4 disagreements, none of them my labels: info.source 1 (the patron's e-mail read back, "Thanks,
 * that's jlee@example.com.", read as a source), referral.contact 2 ("call Northside at 555-0134": a local seven-digit
 * number after a branch's name; "that has to be done in person or by phone with circulation: …, 410-638-3151": no
 * contacting verb), closing.no_dismissal 1 ("Library of Things items can be renewed twice, so you've reached the limit").
 * Fixed in block F2: the dismissalHard swap (v1's "reached the limit" not after renewals / holds / checkouts / items /
 * passes / prints / pages / loans within 40 characters, unless "questions" comes before it, the limit is named, or "of /
 * on / for / per" follows) and `localNumberF2` ("call Northside at 555-0134": v6's name-at-contact with a local
 * seven-digit number). Each has sessions saying it in other words (the museum-pass allowance, the holds' max, the print
 * quota, "u hit the max"; "phone Eastside on 555-0199", "call Towson at 555-0134") and near misses in `guards`.
 * Tried and withdrawn: `readBackNotSourceF2` (the patron's own contact read back gives no source): the whole suite showed
 * that eighth-round-falsefail's brewery case and fifteenth-round-archives' obituary case get their (right) source pass
 * only through such a read-back, the named source they give ("RMA's Annual Statement Studies", "Pueblo Chieftain, May
 * 11, 1988, page 6B") being missed; so the case and its two other-words sessions are LEFT. The second run's other
 * disagreements: referral.contact of two sessions where the contact comes before "e-mail them" / "call them" (v29 already
 * fails them: LEFT). My labels corrected: 0.
 * Written: 28 whole (26 run, 2 LEFT), 34 short (30 run, 4 LEFT), 5 guards. LEFT: 6 cases, each with its reason.
 * The whole scoring project then: 214 files, 18,469 tests pass; v30 fingerprint f08062a028ffcb07.
 */
import { CHECK_IDS } from '@askqa/contract';
import { describe, expect, it } from 'vitest';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

export const whole: SessionCase[] = [
  {
    name: 'warm public library, expired card renewed online: a good session',
    lines: [
      [0, 'p', 'hi my library card expired, can i renew it online?'],
      [20, 'l', "Hi there! This is Dana at Riverside Public Library. Happy to help with that. Do you still live at the same address in Riverside County?"],
      [55, 'p', 'yes same address'],
      [75, 'l', "Great! Then you can renew it online at riversidelibrary.org/renew-card. It takes about 5 minutes and your card works again right away. Does that answer your question?"],
      [110, 'p', "yes that's all i needed, thanks!"],
      [118, 'l', "You're welcome, have a great day!"],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, forgotten PIN: "Card number?", a hold, the catalogue login link; no completeness question',
    lines: [
      [0, 'p', 'forgot my pin'],
      [30, 'l', 'Hello. Ask Us, Marv here. Card number?'],
      [50, 'p', '21234001234567'],
      [70, 'l', 'One moment.'],
      [130, 'l', "Can't reset PINs over chat. Use the Forgot PIN link on the catalog login page, catalog.countylib.org. It emails a reset link to the address on file."],
      [160, 'p', 'ok'],
      [166, 'l', 'Anything else?'],
      [180, 'p', 'no'],
      [184, 'l', 'Bye.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'sloppy, fines: "hi", card number, a bare amount and "thru your account"; no source, no goodbye',
    lines: [
      [0, 'p', 'how much do i owe'],
      [45, 'l', 'hi'],
      [50, 'l', "what's your card #?"],
      [80, 'p', '29000123456'],
      [90, 'l', 'let me look'],
      [150, 'l', 'you owe $3.20 in late fees on 2 dvds'],
      [180, 'p', 'ok can i pay online'],
      [200, 'l', 'yes thru your account'],
      [230, 'p', 'ok thx'],
    ],
    exp: usual({ greeting: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'hold ready, patron vanishes after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'My hold says ready for pickup but which branch is it at?'],
      [25, 'l', 'Hello, this is Priya with AskUsNow! at Baltimore County Public Library. Could you give me your library card number so I can look at the hold?'],
      [60, 'p', '21234009876543'],
      [65, 'l', 'Thank you, one moment please while I check your account.'],
      [140, 'l', "I see 'The Women' by Kristin Hannah waiting for you at the Towson branch until Friday, March 6. Branch hours are at bcpl.info/locations. Does that answer your question?"],
      [290, 'l', 'Are you still there?'],
      [470, 'l', "It seems we've been disconnected, so I'll end this chat now. Feel free to chat with us again anytime. Goodbye!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'meeting room for a book club: referred to the branch with its phone number',
    lines: [
      [0, 'p', "Hi, I'd like to book a meeting room for my book club, about 12 people, on a Saturday."],
      [35, 'l', "Good morning! Thanks for contacting Ask a Librarian at Howard County Library System, I'm Sam. Which branch would you like to meet at?"],
      [70, 'p', 'Elkridge if possible'],
      [100, 'l', "Elkridge's large meeting room seats 20. Rooms are booked through the branch, so please call the Elkridge Branch at 410-313-5077 and they can check Saturday availability. The room use policy is at hclibrary.org/meeting-rooms. Does that help?"],
      [140, 'p', "Perfect, thanks. That's everything."],
      [148, 'l', 'Wonderful, enjoy your book club! Bye for now.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'lost book: "stop by the circulation desk" with no way to reach it (no source, referral fails)',
    lines: [
      [0, 'p', 'i lost a library book what do i do'],
      [20, 'l', "Hi! I'm Alex, a library assistant at Pine Valley Library. Which book is it, and is it checked out on your card?"],
      [60, 'p', 'yes its a harry potter book, i think i left it on the bus'],
      [90, 'l', "No worries, it happens! If it doesn't turn up, stop by the circulation desk and they can mark it lost and tell you the replacement cost. Did that help?"],
      [120, 'p', 'ok yes'],
      [126, 'l', 'Anything else I can help you with?'],
      [150, 'p', 'no thats it'],
      [156, 'l', 'Thanks for chatting with us, take care!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'Spanish, museum pass: a hold, the passes page, "¿Le sirve esta información?"',
    lines: [
      [0, 'p', 'Hola, ¿tienen pases para el museo de ciencias?'],
      [25, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de Springfield. ¿Para qué fecha lo necesita?'],
      [60, 'p', 'para el sábado 14, somos 4'],
      [68, 'l', 'Un momento, reviso la disponibilidad.'],
      [150, 'l', 'Sí, hay un pase disponible para el sábado 14 (admite 4 personas). Puede reservarlo en springfieldlibrary.org/museumpasses con su tarjeta. ¿Le sirve esta información?'],
      [190, 'p', 'sí, gracias, es todo'],
      [198, 'l', '¡Con gusto! Que disfruten el museo. Adiós.'],
    ],
    exp: usual(),
  },
  {
    name: 'student worker, printing from a laptop: chat-speak, no completeness question',
    lines: [
      [0, 'p', 'how do i print from my laptop at the library'],
      [15, 'l', "hey! i'm Jordan, student worker at the Ask Us desk for Eastside Library :)"],
      [20, 'l', 'are you printing b&w or color?'],
      [45, 'p', 'black and white, a 10 page resume'],
      [70, 'l', 'ok so go to eastsidelib.org/print, upload ur file, then release it at the print station with ur card. b&w is 10 cents a page'],
      [100, 'p', 'cool thx'],
      [104, 'l', 'np! anything else?'],
      [120, 'p', 'nope'],
      [124, 'l', 'ok have a good one!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'non-native patron new to the city, card sign-up: proof of address asked, online application',
    lines: [
      [0, 'p', 'Hello, I am new in this city from India. How I can get library card?'],
      [40, 'l', 'Hello and welcome! This is Meera from the Ask a Librarian service at Fairfax County Public Library. Do you have a document with your current Fairfax address, like a lease or a utility bill?'],
      [90, 'p', 'I have lease agreement only. Is enough?'],
      [115, 'l', 'Yes, a lease is enough. You can apply online at fairfaxcounty.gov/library/cards and upload a photo of the lease; the card is mailed to you in 7 to 10 days. Does that answer your question?'],
      [160, 'p', 'Yes thank you very much madam'],
      [168, 'l', "You're very welcome. Is there anything else I can help you with today?"],
      [200, 'p', 'No thank you'],
      [206, 'l', 'Have a wonderful day, and welcome to Fairfax!'],
    ],
    exp: usual(),
  },
  {
    name: 'renewal by account look-up, 3.5 minutes of silence, a bare result',
    lines: [
      [0, 'p', 'can you renew my books? card 2900012345678'],
      [50, 'l', 'Hi, this is Kim at Anne Arundel County Public Library. Let me look up your account.'],
      [260, 'l', "I renewed 2 of your 3 items; the new due date is March 23. 'Atomic Habits' has a hold on it so it couldn't be renewed, please return it by March 9."],
      [290, 'p', 'ok thanks'],
      [296, 'l', "You're welcome! Bye!"],
    ],
    exp: usual({ informed: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'formal academic, spring-break hours: which library, the hours page',
    lines: [
      [0, 'p', "What are the library's hours during spring break?"],
      [20, 'l', "Good afternoon, you've reached the University Library's Ask a Librarian service; my name is Dr. Okafor. Are you asking about the Main Library or one of the branch libraries, such as Law or Health Sciences?"],
      [55, 'p', 'The Main Library.'],
      [80, 'l', 'During spring break (March 14-22) the Main Library is open 8 a.m. to 6 p.m. on weekdays and closed at weekends. The full schedule is posted at lib.university.edu/hours. Is that what you were looking for?'],
      [110, 'p', "Yes, exactly. That's all I needed."],
      [118, 'l', 'Thank you for contacting us. Good luck with your studies!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian, faxing: "Hope that helps!" is no question; "Ta, have a good arvo!"',
    lines: [
      [0, 'p', "G'day, can I send a fax from the library?"],
      [30, 'l', 'Hi there, Kylie from the Ask a Librarian team at Brisbane City Council Libraries.'],
      [35, 'l', 'Is it going somewhere local or overseas?'],
      [60, 'p', "Local, just to my GP's office"],
      [90, 'l', "No worries. Most of our branches have a fax at the service desk, it's $1.50 a page for local numbers. The branch list at brisbane.qld.gov.au/libraries shows which ones have it. Hope that helps!"],
      [120, 'p', "Cheers, that's all."],
      [126, 'l', 'Ta, have a good arvo!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'statewide provider transfers a fine question to the home library, which refers to its circulation supervisor by phone',
    lines: [
      [0, 'p', "I have a fine on my card and it won't let me check out ebooks, can it be waived?"],
      [20, 'l', "Hi, I'm Chris with AskUsNow!, Maryland's statewide chat. Which library system is your card from?"],
      [50, 'p', 'Frederick County'],
      [60, 'l', "Thanks. Fines are handled by your own library, and a Frederick County librarian is online, so I'm transferring you to them now. One moment!"],
      [63, 'i', 'patron has a fine block on an FCPL card, wants it waived, can you take it?'],
      [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, this is Rosa at Frederick County Public Libraries. I see you're asking about a fine. What's your card number?", ROSA],
      [130, 'p', '21982000111222'],
      [135, 'l', 'Thanks, one moment while I look.', ROSA],
      [200, 'l', "The $12 is for a damaged DVD case. I can't waive damage fees from chat, but the Circulation Supervisor at C. Burr Artz can: call 301-600-1630. Our fines and fees policy is at fcpl.org/fines. Does that help?", ROSA],
      [240, 'p', 'yes thanks, nothing else'],
      [246, 'l', "You're welcome, take care!", ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: 'macro opening, study room: the question comes in the same message as the booking page (clarify fails)',
    lines: [
      [0, 'p', 'need a study room for 4 tomorrow 2-4pm'],
      [10, 'l', 'Welcome to Ask Us 24/7! A librarian will be with you shortly.'],
      [55, 'l', "Hi, I'm Pat. Study rooms are booked online at centrallib.libcal.com; you'll need your card number and PIN. Is this for the Central Library?"],
      [80, 'p', 'yes central'],
      [100, 'l', 'Great, Central has 6 group rooms for up to 6 people, 2 hours a day at most. Does that answer your question?'],
      [130, 'p', 'yep thanks'],
      [134, 'l', 'Thank you for using Ask Us 24/7. Goodbye!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'lost card, the patron is gone before pickup: Lost Call, no substantive exchange',
    lines: [
      [0, 'p', 'how do i get a new library card i lost mine'],
      [70, 'l', 'Hello, this is Jo at Sample County Library. Are you still there?'],
      [250, 'l', "It looks like you've left the chat, so I'll close it now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'British, reservation queue: the question restated, "bear with me", My Account',
    lines: [
      [0, 'p', "Hiya, I've had a reservation on the new Richard Osman book for ages, where am I in the queue?"],
      [20, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, I'm Tom."],
      [25, 'l', "So you'd like to know your place in the reservation queue for 'The Impossible Fortune'. Could I take your library card number?"],
      [60, 'p', '0212345678'],
      [64, 'l', 'Lovely, bear with me a moment.'],
      [150, 'l', "You're number 7 of 31 reservations and there are 12 copies, so it should come through in the next fortnight or so. You can check your place any time under My Account at leeds.gov.uk/libraries. Does that answer your question?"],
      [190, 'p', "Brilliant, cheers. That's all."],
      [196, 'l', 'Cheers, have a lovely day!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, mobile printing fails: the IT help desk by e-mail and phone; the patron leaves',
    lines: [
      [0, 'p', 'hi printing not working from my phone at the library, it says job failed'],
      [30, 'l', 'Good evening, this is Ramesh from Ask Us at Edison Public Library. Kindly tell me which branch you are at and which app you are using to print?'],
      [70, 'p', 'main branch, the mobile print website'],
      [110, 'l', 'Please try once more after logging out and in again at edisonlibrary.org/mobileprint. If it still fails, kindly contact our IT help desk at ithelp@edisonlibrary.org or 732-555-0148, they can reset the print queue. Is this helpful?'],
      [150, 'p', 'ok will try'],
      [160, 'l', 'Anything else I can do for you?'],
      [310, 'l', 'Are you still there?'],
      [510, 'l', 'It seems you have disconnected, so I am closing this chat now. Please do contact us again if needed. Thank you!'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'chat-speak, zoo pass booked: the provider adds a line and never says goodbye',
    lines: [
      [0, 'p', 'do u have zoo passes for this weekend'],
      [25, 'l', 'Hi! This is Beth at Ask Us, Lakeside Library. Which day were you hoping for, Sat or Sun?'],
      [50, 'p', 'sat'],
      [55, 'l', 'checking, one sec'],
      [115, 'l', "Sorry, Saturday's zoo pass is already booked. Sunday is open, you can reserve it at lakesidelibrary.org/passes. Does that help?"],
      [140, 'p', 'ok'],
      [150, 'l', 'You can also sign up for a cancellation alert on the same page.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'lost card, the patron goes quiet after the clarifying question: the link in the closing notice',
    lines: [
      [0, 'p', 'lost my card'],
      [20, 'l', "Hi, Jo at Sample County Library's Ask Us chat. Sorry to hear that! Do you want to report it lost so nobody else can use it?"],
      [160, 'l', 'Are you still there?'],
      [360, 'l', "I haven't heard back, so I'll assume you've disconnected and close this chat. You can report a lost card at samplelibrary.org/lostcard. Thanks!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: "children's fines, statewide provider: follow-up by the patron's library, e-mail repeated, \"within 2 business days\"",
    lines: [
      [0, 'p', 'can my fines be forgiven? i have $40 from kids books'],
      [30, 'l', "Hello! My name is Terry, I'm a librarian answering for AskUsNow!. Which library do you use?"],
      [60, 'p', "Prince George's County Memorial Library"],
      [110, 'l', "Thanks. I can't see PGCMLS accounts from here, but PGCMLS went fine-free for overdue items; see pgcmls.info/finefree. For older charges, I'll send your question to PGCMLS staff and someone from your library will contact you. What's the best e-mail for them?"],
      [150, 'p', 'mom4kids@example.net'],
      [158, 'l', 'Got it: mom4kids@example.net. They usually reply within 2 business days.'],
      [180, 'p', 'thank you!'],
      [186, 'l', "You're welcome! Have a nice day."],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(30 * 3600), by: 'pgcmls', note: 'e-mailed about older charges' }] },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'MLK Day hours on a busy night: answered in one message, three other chats open (concurrency fails)',
    lines: [
      [0, 'p', 'are you open on MLK day'],
      [58, 'l', 'Hello, Ask Us, Dee at Cecil County Library. All branches are closed Monday, Jan 19 for MLK Day; holiday closings are at cecil.lib.md.us/hours. Anything else?'],
      [80, 'p', 'no thx'],
      [84, 'l', 'Bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 400), other('b', 'jo', -100, 300), other('c', 'jo', 10, 500)] },
    exp: usual({ clarify: 'fail', complete: 'fail', concurrency: 'fail' }),
  },
  {
    name: 'warm, wifi hotspots: "search our catalogue for hotspot and click Place Hold"',
    lines: [
      [0, 'p', 'Do you lend wifi hotspots?'],
      [20, 'l', "Hi! I'm Jen at Westfield Memorial Library 😊 Yes we do!"],
      [25, 'l', 'Do you have a Westfield library card already?'],
      [50, 'p', 'yes'],
      [70, 'l', "Then just search our catalogue for 'hotspot' and click Place Hold; they lend for 3 weeks. Did that answer your question?"],
      [100, 'p', 'yes thank you!'],
      [106, 'l', 'Anytime! Have a great day 😊'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Library of Things renewal limit, a second question answered: the loan rules page',
    lines: [
      [0, 'p', 'Hi, I tried to renew my chromebook kit online but it says renewal limit reached'],
      [30, 'l', 'Hi there, this is Mo at the Ask a Librarian chat for Pima County Public Library. Is that the Chromebook kit from the Library of Things?'],
      [60, 'p', 'yes'],
      [90, 'l', "Library of Things items can be renewed twice, so you've reached the limit; it's due back on the date shown in your account. The loan rules are at library.pima.gov/library-of-things. Does that clear it up?"],
      [130, 'p', 'ok. can i just check it out again after returning?'],
      [150, 'l', 'Yes, if nobody has it on hold you can borrow it again right away.'],
      [175, 'p', "great, that's all, thanks"],
      [181, 'l', "You're welcome! Take care."],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, card renewal: "puede llamar a la sucursal de Somerton al 928-373-6500"',
    lines: [
      [0, 'p', 'hola necesito renovar mi tarjeta de la biblioteca, se venció'],
      [30, 'l', 'Hola, le saluda Marcos de la Biblioteca del Condado de Yuma. ¿Vive usted en el condado de Yuma?'],
      [60, 'p', 'si en Somerton'],
      [90, 'l', 'Perfecto. Para renovarla puede llamar a la sucursal de Somerton al 928-373-6500 o pasar por allí con una identificación. ¿Algo más en que le pueda ayudar?'],
      [120, 'p', 'no es todo gracias'],
      [126, 'l', '¡Gracias a usted! Que tenga buen día.'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'study room then a printer question left 170 s unanswered (keep_informed fails)',
    lines: [
      [0, 'p', 'hi can I reserve a study room at the Westside branch for thursday?'],
      [20, 'l', 'Hi, this is Ana with Ask a Librarian at Tulsa City-County Library. How many people, and what time?'],
      [50, 'p', 'just me, 3-5pm'],
      [80, 'l', "Westside's study rooms are booked at tulsalibrary.org/rooms; single rooms go up to 2 hours. Does that help?"],
      [120, 'p', 'yes. also is there a printer there?'],
      [290, 'l', 'Yes, Westside has a printer, 10 cents a page for black and white.'],
      [310, 'p', 'thanks'],
      [314, 'l', 'Anything else?'],
      [330, 'p', "no that's all"],
      [334, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'museum passes used up for the year: "you\'ve used your allowance" is the pass rule, no dismissal',
    lines: [
      [0, 'p', 'hi, I want to book the aquarium pass again for my kids spring break'],
      [30, 'l', "Hi! This is Rachel with Ask a Librarian at Carroll County Public Library. Sure, let me look. What's your card number?"],
      [60, 'p', '23100004445556'],
      [65, 'l', 'Thanks, checking your pass history now.'],
      [140, 'l', "Each family can borrow museum passes four times a year, and you've used your allowance, sorry! It resets on July 1. The pass rules are at library.carr.org/passes. Does that answer your question?"],
      [180, 'p', 'oh ok, makes sense'],
      [186, 'l', 'Is there anything else I can help you with?'],
      [200, 'p', 'no thank u'],
      [205, 'l', 'Thank you for chatting, enjoy spring break!'],
    ],
    exp: usual(),
  },
];

/** The patron asks about holds, Jo greets and asks for the card number, the patron gives it (45 s). */
const ACCT: Line[] = [
  [0, 'p', 'hi can you check if my holds are ready?'],
  [15, 'l', 'Hello, this is Jo at Sample County Library. What is your library card number?'],
  [45, 'p', '21234000567890'],
];
/** Jo's reply at `t` seconds (default 60). */
const L = (text: string, t = 60): Line => [t, 'l', text];
/** The patron's thanks and Jo's goodbye after `t`. */
const BYE = (t: number): Line[] => [
  [t, 'p', 'ok thanks'],
  [t + 6, 'l', 'Thanks for chatting, bye!'],
];

export const short: SessionCase[] = [
  // ---- account look-ups and keep_informed ---------------------------------------------------------------------------
  { name: '"Let me pull up your account." then 150 s: keep_informed fails', lines: [...ACCT, L('Let me pull up your account.', 50), L('Two holds are ready at the Main branch: the catalogue at catalog.sample.org shows them under My Account.', 200), ...BYE(230)], exp: some({ informed: 'fail' }) },
  { name: '"Checking your account…" then an update at 100 s, the answer at 200 s: passes', lines: [...ACCT, L('Checking your account now…', 50), L('Still looking, the system is a bit slow today.', 150), L('Two holds are ready at the Main branch, see catalog.sample.org under My Account.', 245), ...BYE(270)], exp: some({ informed: 'pass' }) },
  { name: '"gimme a sec to look at your holds" then 100 s: passes', lines: [...ACCT, L('gimme a sec to look at your holds', 50), L('ok 2 are ready at Main, pick up by Fri. catalog.sample.org shows them too', 150), ...BYE(180)], exp: some({ informed: 'pass' }) },
  { name: 'no hold, the answer 170 s after the card number: keep_informed fails', lines: [...ACCT, L('Two of your holds are ready at the Main branch until Friday: catalog.sample.org lists them.', 215), ...BYE(240)], exp: some({ informed: 'fail' }) },
  // ---- inquiry.clarify ------------------------------------------------------------------------------------------------
  { name: '"What is your library card number?" before the answer: clarify passes', lines: [...ACCT, L('Two holds are ready at Main: see My Account at catalog.sample.org.'), ...BYE(90)], exp: some({ clarify: 'pass' }) },
  { name: 'the card number asked only after the answer: clarify fails', lines: [[0, 'p', 'how long can i keep dvds?'], [15, 'l', 'Hello, this is Jo at Sample County Library. DVDs go out for 7 days; the loan periods are at samplelibrary.org/borrowing.'], [20, 'l', 'Do you want me to check the due date on yours? What is your card number?'], [50, 'p', 'no thats fine'], [56, 'l', 'Ok, thanks for chatting!']], exp: some({ clarify: 'fail' }) },
  { name: '"Which branch do you pick up from?" before the answer: clarify passes', lines: [[0, 'p', 'what time does the library open on sunday'], [15, 'l', 'Hi, Jo at Sample County Library here! Which branch do you go to?'], [40, 'p', 'northside'], L('Northside opens at 1 pm on Sundays; all hours are at samplelibrary.org/hours.'), ...BYE(90)], exp: some({ clarify: 'pass' }) },
  // ---- info.source ----------------------------------------------------------------------------------------------------
  { name: 'a bare account result ("Your hold is at Towson until Friday."): source fails', lines: [...ACCT, L('Your hold is at the Towson branch until Friday.'), ...BYE(90)], exp: some({ source: 'fail' }) },
  { name: '"I renewed everything, new due date 3/23." (an action, no source): source fails', lines: [[0, 'p', 'can u renew my stuff, card 21234000567890'], [15, 'l', 'Hi, Jo at Sample County Library. Sure, one moment.'], L('I renewed everything, the new due date is 3/23.'), ...BYE(90)], exp: some({ source: 'fail' }) },
  { name: '"search our catalogue for the title and click Place Hold": source passes', lines: [[0, 'p', 'how do i put a book on hold'], [15, 'l', 'Hi, Jo at Sample County Library. Do you know the title?'], [40, 'p', 'yes'], L('Search our catalogue for the title and click Place Hold, then pick your branch.'), ...BYE(90)], exp: some({ source: 'pass' }) },
  { name: '"the fee schedule is at samplelibrary.org/fees": source passes', lines: [[0, 'p', 'how much is a replacement card'], [15, 'l', 'Hi, Jo at Sample County Library. Is it for an adult or a child card?'], [40, 'p', 'adult'], L('A replacement adult card is $2; the fee schedule is at samplelibrary.org/fees.'), ...BYE(90)], exp: some({ source: 'pass' }) },
  { name: '"the branch phone is 555-0134" after "call the branch": source passes', lines: [[0, 'p', 'can i book the meeting room at northside'], [15, 'l', 'Hi, Jo at Sample County Library. For how many people?'], [40, 'p', 'about 20'], L('Room bookings go through the branch: call Northside at 555-0134.'), ...BYE(90)], exp: some({ source: 'pass', referral: 'pass' }) },
  // ---- referral.contact -----------------------------------------------------------------------------------------------
  { name: '"stop by the circulation desk" (no way to reach it): referral fails', lines: [[0, 'p', 'my card got damaged in the wash'], [15, 'l', 'Hi, Jo at Sample County Library. Oh no! Is the barcode still readable?'], [40, 'p', 'no'], L('Just stop by the circulation desk and they will print you a new one.'), ...BYE(90)], exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"stop by the circulation desk at the Main Library, 100 Elm St.": referral passes', lines: [[0, 'p', 'my card got damaged in the wash'], [15, 'l', 'Hi, Jo at Sample County Library. Oh no! Is the barcode still readable?'], [40, 'p', 'no'], L('Just stop by the circulation desk at the Main Library, 100 Elm St., and they will print you a new one.'), ...BYE(90)], exp: some({ referral: 'pass' }) },
  { name: '"e-mail circulation@samplelibrary.org": referral passes', lines: [[0, 'p', 'i was charged twice for the same lost book'], [15, 'l', 'Hi, Jo at Sample County Library. Which book was it?'], [40, 'p', 'Wonder, by RJ Palacio'], L('Please e-mail our circulation department at circulation@samplelibrary.org and they will refund the duplicate.'), ...BYE(90)], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"I checked with our circulation staff and the fee is removed" (consulted, not a referral): referral na', lines: [[0, 'p', 'i was charged twice for the same lost book'], [15, 'l', 'Hi, Jo at Sample County Library. Which book was it?'], [40, 'p', 'Wonder, by RJ Palacio'], [45, 'l', 'Let me check with our circulation staff, one moment.'], [45, 'i', 'circ, double charge on Wonder for this patron?'], L('I checked with our circulation staff and the duplicate fee is removed now.', 120), ...BYE(150)], exp: some({ referral: 'na' }) },
  { name: '"the branch manager can waive it, ask for her when you come in" (no contact): referral fails', lines: [[0, 'p', 'can my $15 fine be waived'], [15, 'l', 'Hi, Jo at Sample County Library. What was the fine for?'], [40, 'p', 'a late laptop'], L("I can't waive it from chat, but the branch manager can: ask for her when you come in."), ...BYE(90)], exp: some({ referral: 'fail' }) },
  // ---- completeness and closing ---------------------------------------------------------------------------------------
  { name: '"Were you able to find your holds in there?" after the link: completeness passes', lines: [...ACCT, L('Your holds are listed under My Account at catalog.sample.org. Were you able to find them in there?'), [90, 'p', 'yes'], [96, 'l', 'Great, bye!']], exp: some({ complete: 'pass' }) },
  { name: '"Would you like me to renew them too?" (something not yet given): completeness fails', lines: [...ACCT, L('Two holds are ready at Main; see catalog.sample.org. Would you like me to renew your checkouts too?'), [90, 'p', 'no'], [96, 'l', 'Ok, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'the patron: "that\'s everything, thanks": anything_else passes', lines: [...ACCT, L('Two holds are ready at Main; see catalog.sample.org.'), [90, 'p', "that's everything, thanks"], [96, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "ok cool ty" only: anything_else fails', lines: [...ACCT, L('Two holds are ready at Main; see catalog.sample.org.'), [90, 'p', 'ok cool ty'], [96, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"Is there anything else I can look up on your account?": anything_else passes', lines: [...ACCT, L('Two holds are ready at Main; see catalog.sample.org.'), [70, 'l', 'Is there anything else I can look up on your account?'], [90, 'p', 'no'], [96, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- the changes, said in other words (labelled before running) ---------------------------------------------------
  { name: 'holds: "You can have 15 holds at a time and you\'ve hit the max, so cancel one first." : dismissal passes', lines: [...ACCT, L("You can have 15 holds at a time and you've hit the max, so cancel one first in My Account at catalog.sample.org."), ...BYE(90)], exp: some({ dismissal: 'pass' }) },
  { name: 'prints: "Prints are free up to 50 pages a week; you\'ve reached your quota." : dismissal passes', lines: [[0, 'p', 'why is the printer charging me'], [15, 'l', 'Hi, Jo at Sample County Library. Are you printing at the Main branch?'], [40, 'p', 'yes'], L("Prints are free up to 50 pages a week; you've reached your quota, so it's 10 cents a page now. Details at samplelibrary.org/print."), ...BYE(90)], exp: some({ dismissal: 'pass' }) },
  { name: 'chat-speak: "u already renewed it 3x so u hit the max" : dismissal passes', lines: [[0, 'p', 'cant renew my book??'], [15, 'l', 'hi! Jo @ Sample County Library here. which book?'], [40, 'p', 'dune'], L('u already renewed it 3x so u hit the max, it has to go back by fri. rules r at samplelibrary.org/renew'), ...BYE(90)], exp: some({ dismissal: 'pass' }) },
  { name: '"phone Eastside on 555-0199 to book it" : referral passes', lines: [[0, 'p', 'can i get the study pod at eastside tomorrow'], [15, 'l', 'Hi, Jo at Sample County Library. For what time?'], [40, 'p', 'morning'], L('Pods are booked by the branch, so phone Eastside on 555-0199 to book it.'), ...BYE(90)], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Just call Towson at 555-0134, they\'ll set it up." : referral passes', lines: [[0, 'p', 'i want to pay my lost book fee in cash'], [15, 'l', 'Hi, Jo at Sample County Library. Which branch is closest to you?'], [40, 'p', 'towson'], L("Just call Towson at 555-0134, they'll set it up."), ...BYE(90)], exp: some({ referral: 'pass' }) },
  { name: 'the library\'s contact typed by the patron and given back: "Yes, circ@samplelibrary.org is right, e-mail them the receipt." : source passes (referral: LEFT)', lines: [[0, 'p', 'i paid a fine twice, is the circulation email circ@samplelibrary.org?'], [15, 'l', 'Hi, Jo at Sample County Library. Do you have the receipts?'], [40, 'p', 'yes'], L("Yes, circ@samplelibrary.org is right, e-mail them the receipt and they'll refund it."), ...BYE(90)], exp: some({ source: 'pass' }) },
  { name: 'the library\'s contact typed by the patron and given back: "Yes, 410-555-0134; call them after 10 am." : source passes (referral: LEFT)', lines: [[0, 'p', 'is the northside branch phone 410-555-0134?'], [15, 'l', 'Hi, Jo at Sample County Library. Is it about a room booking?'], [40, 'p', 'yes'], L('Yes, 410-555-0134; call them after 10 am, the room desk opens then.'), ...BYE(90)], exp: some({ source: 'pass' }) },
  // ---- resolution.code ------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you once circulation checks the shelf" with the code Answered: code fails', lines: [[0, 'p', 'my returned book shows as lost'], [15, 'l', 'Hi, Jo at Sample County Library. What is the title?'], [40, 'p', 'Educated'], L("I'll e-mail you once circulation checks the shelf. Is ana@example.com right?"), [90, 'p', 'yes'], [96, 'l', 'Thanks, bye!']], exp: some({ code: 'fail', contact: 'fail' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near miss for F2's dismissalHard swap (a limit after renewals): the questions are counted before it
  { name: 'near miss: "You asked three questions about renewals already, so you\'ve reached the limit." : dismissal fails', lines: [...ACCT, L('Two holds are ready at Main; see catalog.sample.org.'), [90, 'p', 'and renewals?'], L("You asked three questions about renewals already, so you've reached the limit.", 100)], exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "I renewed both, but you\'ve reached the limit for one chat." : dismissal fails', lines: [...ACCT, L('Two holds are ready at Main; see catalog.sample.org.'), [90, 'p', 'can u renew my 2 books too'], L("I renewed both, but you've reached the limit for one chat.", 100)], exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "I renewed them; you\'ve reached your question limit though." : dismissal fails', lines: [...ACCT, L('Two holds are ready at Main; see catalog.sample.org.'), [90, 'p', 'can u renew my 2 books too'], L("I renewed them; you've reached your question limit though.", 100)], exp: some({ dismissal: 'fail' }) },
  // near miss for F2 `localNumberF2`: a call number, and the provider's own call
  { name: 'near miss: "The call number is 364.1523 at Northside, 2nd floor." : referral na', lines: [[0, 'p', 'where is in cold blood'], [15, 'l', 'Hi, Jo at Sample County Library. Which branch are you at?'], [40, 'p', 'northside'], L('The call number is 364.1523 at Northside, 2nd floor, or see catalog.sample.org.'), ...BYE(90)], exp: some({ referral: 'na' }) },
  { name: 'near miss: "I called Northside at 555-0134 and they have it on the shelf." : referral na', lines: [[0, 'p', 'is in cold blood in at northside'], [15, 'l', 'Hi, Jo at Sample County Library. The paperback or the audiobook?'], [40, 'p', 'paperback'], L('I called Northside at 555-0134 and they have it on the shelf.'), ...BYE(90)], exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "that has to be done in person or by phone with circulation: Bel Air branch circulation desk, 410-638-3151"
  // tells the patron to contact circulation with no contacting verb ("done … by phone with"); reading it would take a
  // new referral verb whose party ("circulation") is no party word: not narrow enough for this round
  {
    name: 'expired card blocks holds: "still looking" updates, the circulation desk by phone',
    lines: [
      [0, 'p', "Why is my card blocked? I can't place holds."],
      [20, 'l', "Hi, you've reached Ask Us Now, this is Gail at Harford County Public Library. Can you give me the card number?"],
      [60, 'p', '21747000333444'],
      [65, 'l', 'Thanks! Looking that up now.'],
      [170, 'l', 'Still looking, our account system is slow tonight.'],
      [260, 'l', 'Found it: your card expired on Feb 28, which blocks holds. Non-residents renew for $25 a year, and that has to be done in person or by phone with circulation: Bel Air branch circulation desk, 410-638-3151. Does that help?'],
      [300, 'p', 'ugh ok. thanks'],
      [306, 'l', 'Sorry for the hassle! Is there anything else I can help with?'],
      [330, 'p', 'no'],
      [335, 'l', 'Thanks for chatting, have a good night!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: the contact comes first and the verb after it with a pronoun ("Yes, X is right, e-mail them …"): referral.contact
  // reads no contact for "them" (v29 already failed it; not F2's change)
  { name: 'the library\'s address, then "e-mail them the receipt": referral passes', lines: [[0, 'p', 'i paid a fine twice, is the circulation email circ@samplelibrary.org?'], [15, 'l', 'Hi, Jo at Sample County Library. Do you have the receipts?'], [40, 'p', 'yes'], L("Yes, circ@samplelibrary.org is right, e-mail them the receipt and they'll refund it."), ...BYE(90)], exp: some({ referral: 'pass' }) },
  { name: 'the branch number, then "call them after 10 am": referral passes', lines: [[0, 'p', 'is the northside branch phone 410-555-0134?'], [15, 'l', 'Hi, Jo at Sample County Library. Is it about a room booking?'], [40, 'p', 'yes'], L('Yes, 410-555-0134; call them after 10 am, the room desk opens then.'), ...BYE(90)], exp: some({ referral: 'pass' }) },
];

/** Cases once in `LEFT` that rubric v48 reads as labelled (block N: `forty-ninth-round-n-checked`). */
export const READ_SINCE_V48: SessionCase[] = [
  // once LEFT (read as labelled since v48): "Thanks, that's jlee@example.com." (the patron's own address read back) is read as a source. Reading it as none
  // (tried as `readBackNotSourceF2`) turned eighth-round-falsefail's brewery case and fifteenth-round-archives' obituary
  // case: their read-backs stood in for a named source the scorer misses ("RMA's Annual Statement Studies has them",
  // "Pueblo Chieftain, May 11, 1988, page 6B"), so both would fail a label RUBRIC.md gives them
  {
    name: 'returned book charged as lost: follow-up by e-mail, address repeated, "by Thursday"',
    lines: [
      [0, 'p', "I returned a book but my account says it's lost and I have a $28 charge."],
      [25, 'l', "Hello, this is Nadia, a librarian with Ask Us Now at Montgomery County Public Libraries. I'm sorry about that! Which book is it, and when and where did you return it?"],
      [70, 'p', 'The Overstory, I put it in the book drop at Silver Spring around Feb 10'],
      [100, 'l', "Thank you. I can't search the shelves from chat, so I'll ask the Silver Spring circulation staff to do a shelf check and e-mail you what they find. What e-mail address should I use?"],
      [130, 'p', 'jlee@example.com'],
      [140, 'l', "Thanks, that's jlee@example.com. You'll hear back by Thursday at the latest. The charge won't block your card in the meantime."],
      [170, 'p', 'Thank you so much!'],
      [176, 'l', "You're welcome, have a good evening!"],
    ],
    over: FU_ME,
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // once LEFT (read as labelled since v48): the patron's own phone or e-mail read back is read as a source (see the Nadia case above)
  { name: 'the patron\'s phone read back: "Sure, text alerts go to 410-555-0199 now." : source fails', lines: [[0, 'p', 'can u text me when my holds come in? my cell is 410-555-0199'], [15, 'l', 'Hi, Jo at Sample County Library. Do you want texts instead of e-mails, or both?'], [40, 'p', 'just texts'], L('Sure, text alerts go to 410-555-0199 now.'), ...BYE(90)], exp: some({ source: 'fail' }) },
];

describe('twenty-ninth round (F2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (F2): accounts and services, every check', whole);
describeSessions('twenty-ninth round (F2): accounts and services, short cases', short);
describeSessions('twenty-ninth round (F2): accounts and services, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  { name: 'the patron\'s new e-mail read back: "Done: ana.r@example.org is on file now." : source fails', lines: [[0, 'p', 'can you change the email on my card to ana.r@example.org'], [15, 'l', 'Hi, Jo at Sample County Library. Sure, what is the card number?'], [40, 'p', '21234000567890'], L('Done: ana.r@example.org is on file now.'), ...BYE(90)], exp: some({ source: 'fail' }) },
];

describeSessions('twenty-ninth-round-accounts: once left, now read as labelled', READ_SINCE_LEFT);

describeSessions('twenty-ninth-round-accounts: once left, read as labelled since v48', READ_SINCE_V48);

describeLeft('twenty-ninth-round-accounts', LEFT);
