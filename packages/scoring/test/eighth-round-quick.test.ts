/**
 * Eighth round, area (I): QUICK READY REFERENCE, ACCOUNTS AND DEVICES, DIFFICULT AND CUT-SHORT SESSIONS.
 * Hours and locations, renewals, PIN resets, Libby / hoopla / Kanopy on phones and e-readers, printing,
 * Wi-Fi, card eligibility; patrons who leave before pickup or right after the question, who vanish
 * mid-search or come back after a check-in; pranksters, emoji-only and "??" patrons, rude patrons,
 * homework-answer seekers, three questions at once; providers ending a chat for misconduct, for closing
 * time, for "too many questions"; a provider juggling chats (`ctx.otherIntervals`); odd timestamps
 * (identical times, a message out of order, no endedAt, pickedUpAt before the first message); waits,
 * check-ins and disconnect notices exactly at and around the limits. Voices: public, school and academic
 * libraries, SMS, Spanish, chat-speak. Statuses are read from the literal text of RUBRIC.md; most cases
 * give ALL 17, the short ones at the end a few.
 */
import type { Message } from '@askqa/contract';
import { describeSessions, type SessionCase, all, some, who, sys, type Key, type St, at, T0, DAY, FU_ME, FU_LIB, other } from './helpers';

/** The statuses of an ordinary answered session that went well; each case says where it differs. */
const usual = (over: Partial<Record<Key, St>> = {}) =>
  all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    ...over,
  });
/** A provider joined but there was no substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });
/** Nobody joined. */
const nobody = (over: Partial<Record<Key, St>> = {}) =>
  all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    ...over,
  });

const PRIYA = who('Priya N.', 'priya');
const DANA = who('Dana K.', 'dana');
const ORTIZ = who('Ms. Ortiz', 'ortiz');
const BELL = who('Mr. Bell', 'bell');
const SAM = who('Sam', 'sam');
const TEXTLINE = who('Harbor Text', 'harbor-sms');
const CELL: Partial<Message> = { authorId: '+14105550148', author: '+14105550148' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+14105550148' }, provider: { id: 'harbor-sms', name: 'Harbor Text', library: 'HBR' } };

export const whole: SessionCase[] = [
  // ---- quick ready reference -------------------------------------------------------------------------------------------
  {
    name: 'hours, terse provider: "Which branch?" then the hours page',
    lines: [
      [0, 'p', 'what time do u close tonite'],
      [22, 'l', 'Hi, Jo at Sample County Library. Which branch?'],
      [35, 'p', 'elm st'],
      [44, 'l', 'Elm St is open til 8 tonight. All branch hours: samplecountylib.org/hours. Does that answer your question?'],
      [60, 'p', 'yep thats all i needed'],
      [64, 'l', 'Thanks for chatting, good night!'],
    ],
    exp: usual(),
  },
  {
    name: 'renewal with a forgotten PIN, chat-speak; the patron goes off to try it for two minutes (waiting on the patron)',
    lines: [
      [0, 'p', 'hey can i renew my books online i 4got my pin tho'],
      [30, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Do you still have access to the email on your account?"],
      [70, 'p', 'ya'],
      [82, 'l', 'Go to samplecountylib.org/myaccount, click "Forgot PIN?" and a reset link goes to that email. Once you are in, choose Checkouts > Renew All. Did that work for you?'],
      [200, 'p', 'ok it worked. renewed everything'],
      [210, 'l', 'Great! Is there anything else I can help you with today?'],
      [240, 'p', 'nope ty'],
      [245, 'l', 'Have a good night, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Libby to a Kindle Paperwhite, formal academic-style greeting split over two messages',
    lines: [
      [0, 'p', 'How do I get library ebooks on my Kindle Paperwhite?'],
      [18, 'l', 'Good morning and welcome to Ask a Librarian! My name is Priya.', PRIYA],
      [24, 'l', 'Do you already have the Libby app on your phone, or are you starting from scratch?', PRIYA],
      [60, 'p', 'starting from scratch, I only have the kindle'],
      [75, 'l', "You can do it all from a web browser: go to libbyapp.com, add Sample County Library with your card, borrow a book, then choose Read With > Kindle. It sends you to Amazon to finish. Libby's Kindle help page is help.libbyapp.com/6017. Is that what you were looking for?", PRIYA],
      [130, 'p', 'Yes, thank you. No more questions.'],
      [136, 'l', 'Happy reading, goodbye!', PRIYA],
    ],
    over: { provider: { id: 'priya', name: 'Priya N.', library: 'TST' } },
    exp: usual(),
  },
  {
    name: 'hoopla borrowing limit answered from memory: the app is named with no way to reach it, so no source',
    lines: [
      [0, 'p', 'how many things can i borrow on hoopla a month'],
      [20, 'l', 'Hi there, this is Jo at Sample County Library. Is your card from us or from another library?'],
      [45, 'p', 'from you guys'],
      [55, 'l', 'With our card you get 8 hoopla borrows a month; the count resets on the 1st. Does that answer your question?'],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Thanks for asking, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'SMS: Kanopy on an iPhone, the library\'s Kanopy domain as the source, "the Harbor Library text line" as who answers',
    lines: [
      [0, 'p', 'can i watch kanopy on my phone', CELL],
      [25, 'l', 'hi, this is the Harbor Library text line! android or iphone?', TEXTLINE],
      [50, 'p', 'iphone', CELL],
      [58, 'l', 'get the Kanopy app from the App Store, then sign in at harborlib.kanopy.com with ur card # and PIN. does that help?', TEXTLINE],
      [90, 'p', 'yup, thats everything', CELL],
      [95, 'l', 'thx for texting, enjoy!', TEXTLINE],
    ],
    over: SMS,
    exp: usual(),
  },
  {
    name: 'school library: "Hey! Ms. Ortiz here, I\'m the librarian at Eastside Middle", printing from a Chromebook, "see you in class"',
    lines: [
      [0, 'p', 'how do i print from my chromebook in the library'],
      [15, 'l', "Hey! Ms. Ortiz here, I'm the librarian at Eastside Middle.", ORTIZ],
      [20, 'l', 'Is it your school Chromebook or one from home?', ORTIZ],
      [40, 'p', 'school one'],
      [48, 'l', 'Open the file, press Ctrl+P and pick LIB-PRINTER-1; the steps with pictures are on our library page at eastsidems.org/library/printing. Did that help?', ORTIZ],
      [90, 'p', 'it printed!! thx'],
      [95, 'l', 'Awesome. Anything else you need?', ORTIZ],
      [110, 'p', 'no thats it'],
      [113, 'l', 'Ok, see you in class!', ORTIZ],
    ],
    over: { provider: { id: 'ortiz', name: 'Ms. Ortiz', library: 'EMS' } },
    exp: usual(),
  },
  {
    name: 'Wi-Fi: a network name and "tap Accept on the page that pops up" are no source; the device question counts as no source is ever given',
    lines: [
      [0, 'p', 'whats the wifi password at main'],
      [30, 'l', "Good evening, you've reached Ask a Librarian at Riverside Public Library."],
      [33, 'l', "Main's network is RPL-Guest and it has no password: connect, then tap Accept on the page that pops up. Are you on a phone or a laptop?"],
      [60, 'p', 'phone'],
      [72, 'l', 'If the page does not pop up, open any website and it will appear. Did that get you online?'],
      [110, 'p', 'yes im on now'],
      [115, 'l', 'Great! Anything else tonight?'],
      [130, 'p', 'nope'],
      [134, 'l', 'Thanks for chatting, enjoy your visit!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'academic: alumni borrowing, referred to the Alumni Association with an e-mail and a phone',
    lines: [
      [0, 'p', 'Can alumni get a library card at the university library?'],
      [40, 'l', 'Good afternoon, this is Dana at the Sample University Library Ask Us service.', DANA],
      [45, 'l', 'Are you hoping to borrow books, or to use the online databases from home?', DANA],
      [80, 'p', 'mostly borrow books'],
      [95, 'l', 'Alumni can borrow with a Friends card ($35/yr), described at library.sample.edu/alumni. Database access from home is not included. For the card itself, contact the Alumni Association at alumni@sample.edu or 410-555-0190. Does that answer your question?', DANA],
      [150, 'p', 'It does, thanks. That is everything.'],
      [155, 'l', 'Thank you for contacting us, goodbye!', DANA],
    ],
    over: { provider: { id: 'dana', name: 'Dana K.', library: 'SU' } },
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'notary: "you could ask at your bank" refers the patron to a bank with no way to reach it (the MVA link is a source for forms)',
    lines: [
      [0, 'p', 'do yall do notary stamps'],
      [20, 'l', "Hi! I'm Jo at Sample County Library. Is this for a document you have with you, or a form you still need to get?"],
      [55, 'p', 'a car title'],
      [70, 'l', 'We do not have a notary at any branch, sorry. Banks usually notarize titles for free; you could ask at your bank.'],
      [78, 'l', 'The MVA title forms are at mva.maryland.gov/vehicles. Is that helpful?'],
      [110, 'p', 'ok thats all i needed'],
      [114, 'l', 'Thanks, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'locked account: the provider unlocks it and has already sent a reset e-mail ("sent … just now"): nothing promised for later',
    lines: [
      [0, 'p', 'locked out of my account, too many PIN tries'],
      [25, 'l', 'Hello, Jo from Sample County Library here. Can you give me your card number and the email on the account?'],
      [60, 'p', '21982000123456, mkhan@example.com'],
      [80, 'l', 'One moment while I look you up.'],
      [150, 'l', 'Found you. I unlocked the account and sent a PIN reset email to mkhan@example.com just now; the link is good for 1 hour. The PIN help page is samplecountylib.org/pin. Does that take care of it?'],
      [190, 'p', 'got it, reset done. thats all thanks'],
      [196, 'l', 'You are welcome, have a nice day!'],
    ],
    exp: usual(),
  },
  {
    name: 'three unrelated questions in one message, answered in a numbered list',
    lines: [
      [0, 'p', 'hi 3 quick things: are you open on labor day, can i return books to any branch, and do you have a notary'],
      [20, 'l', 'Hello! This is Jo, a librarian at Sample County Library. Happy to take all three. Which branch do you usually use?'],
      [40, 'p', 'elm'],
      [55, 'l', '1) All branches are closed Labor Day (samplecountylib.org/holidays). 2) Yes, any branch or book drop takes our items. 3) Elm has a notary Tuesdays 2-5; book a slot at samplecountylib.org/notary. Did that cover everything?'],
      [100, 'p', 'yes perfect thats everything'],
      [105, 'l', 'Thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, quick hours: "¿Responde eso a su pregunta?", the patron says "es todo"',
    lines: [
      [0, 'p', 'a que hora abren el domingo en la biblioteca central?'],
      [20, 'l', 'Hola, le atiende Jo de la Biblioteca del Condado de Sample. ¿Se refiere a la Central de la calle Main?'],
      [40, 'p', 'si'],
      [50, 'l', 'El domingo abre de 1 a 5 pm. Los horarios están en samplecountylib.org/horarios. ¿Responde eso a su pregunta?'],
      [80, 'p', 'si gracias, es todo'],
      [85, 'l', '¡Gracias por escribirnos, que le vaya bien!'],
    ],
    exp: usual(),
  },
  {
    name: 'the first patron message is a wave emoji; the question comes next; "👍" is not "that\'s all", so the provider asks',
    lines: [
      [0, 'p', '👋'],
      [15, 'l', 'Hi! Welcome to Ask a Librarian at Sample County Library. What can I help you with?'],
      [30, 'p', 'can i get a card for my 5 yr old'],
      [40, 'l', 'Yes! Does your child live with you in the county?'],
      [55, 'p', 'yes'],
      [65, 'l', 'Bring your ID and proof of address to any branch and sign for them; kids cards are free. Details at samplecountylib.org/cards/kids. Is that what you were looking for?'],
      [90, 'p', '👍'],
      [95, 'l', 'Anything else I can help with?'],
      [120, 'p', 'no'],
      [124, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    // (label corrected: pass; like "let me know if that helps", which the project reads as asking politely)
    name: '"Let me know if that doesn\'t work." after the steps asks, indirectly, whether they did the job',
    lines: [
      [0, 'p', 'how do i connect to the wifi on my laptop'],
      [20, 'l', 'Hi there, Jo at Sample County Library! Windows or Mac?'],
      [35, 'p', 'windows'],
      [45, 'l', "Click the Wi-Fi icon, choose SCL-Public and accept the terms page. Full steps at samplecountylib.org/wifi. Let me know if that doesn't work."],
      [90, 'p', 'ok got on, thats all i needed'],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  {
    name: '"Any luck getting it downloaded?" a while after the Libby steps asks whether they did the job; "thats it for me"',
    lines: [
      [0, 'p', 'how do i download an audiobook from libby to listen offline'],
      [25, 'l', "Hi! I'm Jo from Sample County Library. Are you on an iPhone or Android?"],
      [45, 'p', 'android'],
      [55, 'l', "Open the audiobook on your Shelf, tap the title and choose Download (Wi-Fi recommended). Libby's guide: help.libbyapp.com/6076."],
      [150, 'l', 'Any luck getting it downloaded?'],
      [170, 'p', 'yes its downloading now. thats it for me'],
      [175, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: '"What else can I help you with today?" asks for anything else; "Good luck with the application!" as the last words says goodbye',
    lines: [
      [0, 'p', 'r u hiring'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Are you looking for a page (shelver) job or a librarian position?'],
      [40, 'p', 'page'],
      [55, 'l', 'Page openings are posted on the county jobs site: samplecountymd.gov/jobs (filter by Library). Does that answer your question?'],
      [75, 'p', 'yes'],
      [80, 'l', 'What else can I help you with today?'],
      [100, 'p', 'nothing, thanks'],
      [104, 'l', 'Good luck with the application!'],
    ],
    // (label corrected: pass; a parting wish as the last words is a goodbye)
    exp: usual(),
  },
  {
    name: 'visitor and the public computers; "Have a good one!" says goodbye',
    lines: [
      [0, 'p', 'do i need my card to use the computers'],
      [15, 'l', 'Hi, this is Jo at Sample County Library. Are you a county resident or visiting?'],
      [35, 'p', 'visiting'],
      [45, 'l', 'Visitors can get a 1-day guest pass at the front desk with any ID; the computer use policy is at samplecountylib.org/computers. Did that answer it?'],
      [70, 'p', 'yep, thats all i needed'],
      [75, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },

  // ---- difficult patrons --------------------------------------------------------------------------------------------------
  {
    name: 'rude patron ("this library is a joke", "hurry up"); the provider stays on it; "i guess thats all"',
    lines: [
      [0, 'p', 'WHY is my card blocked?? this library is a joke'],
      [30, 'l', "Hello, I'm Jo, a librarian at Sample County Library. I'm sorry for the trouble. Can you tell me the last 4 digits of your card?"],
      [50, 'p', '3456 and hurry up'],
      [60, 'l', 'Thanks, one moment.'],
      [110, 'l', 'It is blocked because a laptop is 2 weeks overdue; once it is returned the block lifts. The policy is at samplecountylib.org/laptops. Does that explain it?'],
      [140, 'p', 'whatever. i guess thats all'],
      [145, 'l', 'Thanks for contacting us, have a good evening.'],
    ],
    exp: usual(),
  },
  {
    name: 'abusive patron: the provider ends the chat for the language and offers a way back (and the Circulation desk\'s phone)',
    lines: [
      [0, 'p', 'why is my card blocked this is so stupid'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. I can look into it. Is the card in your name?"],
      [40, 'p', 'yes. you people are useless, f*** off'],
      [55, 'l', 'I want to help, but I need you to keep the language respectful.'],
      [70, 'p', 'f*** you'],
      [80, 'l', "I'm going to end this chat now because of the language. You're welcome to contact us again when you're ready, or call the Circulation desk at 410-555-0100."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'emoji-only prankster: the patron never asks anything, so there is no substantive exchange',
    lines: [
      [0, 'p', '😂😂😂'],
      [20, 'l', 'Hi! This is Jo at Sample County Library. How can I help you today?'],
      [35, 'p', '🍕🍕'],
      [50, 'l', 'Is there something I can help you find?'],
      [60, 'p', '👋'],
      [70, 'l', 'Okay! Thanks for stopping by, come back any time you have a question.'],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: noExchange(),
  },
  {
    name: 'prankster with a real-sounding question ("books on how to fly lol"): answered with a catalogue pointer, no "does that help"',
    lines: [
      [0, 'p', 'do you have books on how to fly lol'],
      [15, 'l', 'Hi, this is Jo at Sample County Library! Do you mean learning to pilot a plane?'],
      [25, 'p', 'no like flap my arms lmaooo'],
      [35, 'l', 'Ha! If you ever want the real thing, our aviation books are in the catalog at samplecountylib.org/catalog under 629.13. Anything else I can help with?'],
      [45, 'p', 'no bye'],
      [50, 'l', 'Thanks for stopping by!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'homework-answer seeker (school library): "I can\'t give you the answers, but I can help you find them" is no dismissal',
    lines: [
      [0, 'p', 'whats the answer to #5 what were 3 causes of ww1'],
      [20, 'l', 'Hi! This is Mr. Bell, the librarian at Northside High.', BELL],
      [25, 'l', "I can't give you the answers, but I can help you find them. Is this from your textbook chapter or a worksheet from Ms. Diaz?", BELL],
      [60, 'p', 'worksheet'],
      [75, 'l', 'Try Britannica School from our databases page (northsidehs.org/library/databases) and search "causes of World War I". The MAIN acronym (militarism, alliances, imperialism, nationalism) is a good way to start. Does that get you going?', BELL],
      [110, 'p', 'ugh fine'],
      [150, 'l', 'Good luck, bye!', BELL],
    ],
    over: { provider: { id: 'bell', name: 'Mr. Bell', library: 'NHS' } },
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a long list of questions: "I have several other patrons waiting… please start a new chat anytime" (allowed)',
    lines: [
      [0, 'p', 'what are your hours'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which branch?'],
      [30, 'p', 'main'],
      [40, 'l', 'Main is open 9-9 Mon-Thu, 9-5 Fri-Sat: samplecountylib.org/hours. Does that help?'],
      [55, 'p', 'ya. also how do i get a passport there'],
      [70, 'l', 'Main is a passport acceptance site by appointment: samplecountylib.org/passports.'],
      [85, 'p', 'ok and can u look up my credit report and also whats a good lasagna recipe and can u check if my cousin has a record'],
      [100, 'l', "Those are a few different things! I have several other patrons waiting right now, so I'll stop here, but please start a new chat anytime for the rest. Thanks for your patience!"],
      [105, 's', 'Chat ended by librarian', sys('ended')],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'dismissal: "You\'ve asked a lot of questions already and I need to end the chat now." then "Bye."',
    lines: [
      [0, 'p', 'do u have the hunger games'],
      [15, 'l', 'Hi, Jo at Sample County Library! Book or movie?'],
      [25, 'p', 'book'],
      [35, 'l', 'Yes, 4 copies in: samplecountylib.org/catalog. Does that help?'],
      [45, 'p', 'ok what about divergent and twilight and maze runner and'],
      [55, 'l', "You've asked a lot of questions already and I need to end the chat now."],
      [58, 'l', 'Bye.'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'dismissal: "We only take one question per chat" (a limit of questions), thanks at the end',
    lines: [
      [0, 'p', 'how do i renew and also can i print from home'],
      [20, 'l', 'Hi, Jo with Sample County Library. Are you renewing books or DVDs?'],
      [40, 'p', 'books'],
      [50, 'l', 'Sign in at samplecountylib.org/myaccount and choose Renew. We only take one question per chat, so you will need to start a new chat for printing.'],
      [60, 'p', 'seriously?'],
      [70, 'l', 'Thanks for contacting us.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'SMS dismissal: "sorry, your time is up, i have other ppl waiting. bye"',
    lines: [
      [0, 'p', 'need help finding a book for my book club', CELL],
      [30, 'l', 'hi its Devon at the Harbor Library text line. what kind of books does ur club like?', TEXTLINE],
      [60, 'p', 'mysteries, mostly cozy ones', CELL],
      [75, 'l', 'try the Cozy Mysteries list at harborlib.org/lists/cozy. helpful?', TEXTLINE],
      [100, 'p', 'ya, also can u check if any are on the shelf at main', CELL],
      [110, 'l', 'sorry, your time is up, i have other ppl waiting. bye', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'closing time: "The library closes in 5 minutes, so I need to wrap up… Chat reopens at 9 am" offers a way back',
    lines: [
      [0, 'p', 'i need like 10 sources on climate change for my paper'],
      [20, 'l', 'Hi! Jo at Sample County Library. What angle is your paper taking?'],
      [50, 'p', 'effects on farming in maryland'],
      [65, 'l', 'A good start: the MD Dept. of Agriculture climate page at mda.maryland.gov/resource_conservation, and the Academic Search Complete database at samplecountylib.org/databases (search climate AND agriculture AND Maryland). Is that the kind of thing you need?'],
      [100, 'p', 'yes more pls'],
      [110, 'l', 'The library closes in 5 minutes, so I need to wrap up for tonight. Chat reopens at 9 am and we would be glad to keep going with you then. Thanks!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- cut short: patrons who leave, vanish, come back ---------------------------------------------------------------------
  {
    name: 'Lost Call: the patron left before the 95 s pickup; greeting, check-in at 230 s, goodbye notice at 300 s (final idle 205 s)',
    lines: [
      [0, 'p', 'what time does the elm branch close today'],
      [40, 's', 'Patron has left the chat', sys('patron_left')],
      [95, 'l', 'Hi! This is Jo at Sample County Library.'],
      [96, 'l', 'How can I help you today?'],
      [230, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've left the chat, so I'll end this session. Please contact us again if you still need help!"],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: noExchange({ pickup: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'coded Lost Call although the patron sent "hi" and then the question; the final idle is 130 s, the check-in is there',
    lines: [
      [0, 'p', 'hi'],
      [5, 'p', 'can i renew a laptop'],
      [30, 'l', 'Hello, Jo from Sample County Library here!'],
      [100, 'l', 'Hello? Are you still there?'],
      [160, 'l', 'Ending the chat since I have not heard back. Thanks for contacting us!'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: noExchange({ idle: 'pass', code: 'fail' }),
  },
  {
    name: 'the patron left at 25 s; greeting with a hold, then "it looks like you\'ve left… start a new chat anytime": no substantive exchange',
    lines: [
      [0, 'p', 'is the main library open on juneteenth'],
      [25, 's', 'Patron left the chat', sys('patron_left')],
      [30, 'l', 'Hi, Jo at Sample County Library. One moment while I check that for you.'],
      [90, 'l', "Hi, it looks like you've left the chat. Feel free to start a new chat anytime!"],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: noExchange(),
  },
  {
    name: 'nobody ever joins: the patron asks, "hello?" and leaves the queue; the code is null',
    lines: [
      [0, 'p', 'how late is main open'],
      [200, 'p', 'hello?'],
      [400, 's', 'Patron left the queue', sys('patron_left')],
    ],
    over: { resolutionCode: null, endAfter: 0 },
    exp: nobody({ code: 'fail' }),
  },
  {
    name: 'nobody joins and the source has no codes (the field is left out)',
    lines: [[0, 'p', 'do you have wifi hotspots to borrow']],
    over: { resolutionCode: undefined, endAfter: 300 },
    exp: nobody({ code: 'na' }),
  },
  {
    name: 'the patron vanishes mid-search: a 140 s search after "one moment", the answer, a check-in and a goodbye notice',
    lines: [
      [0, 'p', 'I need the 1990 census population for Frostburg MD'],
      [30, 'l', 'Hello, this is Jo with Ask Us Now. Just the total population, or by age too?'],
      [50, 'p', 'just total'],
      [60, 'l', 'Let me look that up, one moment.'],
      [200, 'l', "Frostburg had 8,075 people in 1990 per the Census Bureau's 1990 CPH-2 report for Maryland: census.gov/library/publications/1993/dec/cph-2.html. Does that answer your question?"],
      [330, 'l', 'Are you still there?'],
      [420, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to contact us again anytime!"],
    ],
    exp: usual({ informed: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the patron comes back after "are you still with me?" and says that\'s all: no final idle',
    lines: [
      [0, 'p', 'how do i return a hoopla movie early'],
      [20, 'l', 'Hi! Jo at Sample County Library. Are you on the app or the website?'],
      [40, 'p', 'app'],
      [50, 'l', "Tap My hoopla > Borrowed, open the title and tap Return. hoopla's help page: hoopladigital.com/help. Did that do it?"],
      [185, 'l', 'Hi, are you still with me?'],
      [210, 'p', 'sorry yes it worked! thats all i needed'],
      [215, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'holds every 110 s during a long catalogue search: no span over 120 s',
    lines: [
      [0, 'p', 'Do you have any books on building a chicken coop?'],
      [20, 'l', 'Hello, Jo at Sample County Library. Do you want plans to build from, or backyard chicken care too?'],
      [40, 'p', 'plans'],
      [50, 'l', 'Let me search the catalog, one sec.'],
      [160, 'l', 'Still looking, a couple of good ones so far...'],
      [270, 'l', 'Found them: "Building Chicken Coops for Dummies" and "The Chicken Coop Book", both at Elm; see samplecountylib.org/catalog. Do those look like what you need?'],
      [300, 'p', 'yes those are perfect, thats all i needed'],
      [305, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },

  // ---- limits: pickup, silence, idle, disconnect -----------------------------------------------------------------------------
  {
    name: 'pickup at exactly 60 s passes',
    lines: [
      [0, 'p', 'whats the late fee for books'],
      [60, 'l', 'Hi! Jo at Sample County Library. Adult or kids books?'],
      [75, 'p', 'adult'],
      [85, 'l', 'We went fine-free in 2022, so no late fees, just a replacement bill after 35 days: samplecountylib.org/finefree. Does that answer your question?'],
      [110, 'p', 'oh nice. thats all'],
      [115, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'SMS pickup at 61 s fails; "anything else?" but no "does that help"',
    lines: [
      [0, 'p', 'r u open on sunday', CELL],
      [61, 'l', 'hi, this is the Harbor Library text team! which branch?', TEXTLINE],
      [80, 'p', 'main', CELL],
      [88, 'l', 'Main is open 1-5 on Sundays: harborlib.org/hours. anything else?', TEXTLINE],
      [120, 'p', 'nah thats it thx', CELL],
      [125, 'l', 'thanks for texting!', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ pickup: 'fail', complete: 'fail' }),
  },
  {
    name: 'pickedUpAt 45 s is the pickup although the first provider message comes at 70 s',
    lines: [
      [0, 'p', 'how do i get a card if i just moved here'],
      [70, 'l', 'Good afternoon! Thank you for contacting Sample County Library, my name is Jo. Do you live in the county or work here?'],
      [100, 'p', 'live, moved last week'],
      [110, 'l', 'Bring a photo ID and something with your new address (a lease or a utility bill) to any branch; the list of accepted proofs is at samplecountylib.org/getacard. Does that help?'],
      [140, 'p', 'yes, no more questions'],
      [145, 'l', 'Welcome to the county, and thanks for chatting!'],
    ],
    over: { pickedUpAt: at(45) },
    exp: usual(),
  },
  {
    name: 'a 600 s wait before pickup with "hello??" and "anyone there" (the pickup\'s alone), then a quick answer',
    lines: [
      [0, 'p', 'do u do passport photos'],
      [300, 'p', 'hello??'],
      [450, 'p', 'anyone there'],
      [600, 'l', "Hi, I'm Jo at Sample County Library, so sorry for the long wait! Yes: passport photos are $10 at Main and Elm. Are you also applying for the passport itself?"],
      [630, 'p', 'yes'],
      [640, 'l', 'Passport applications are by appointment: samplecountylib.org/passports. Does that answer your question?'],
      [670, 'p', 'yes thanks thats everything'],
      [675, 'l', 'Good luck with the trip, bye!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: '"??" while waiting does not restart the wait: 141 s from the patron\'s answer to the provider\'s',
    lines: [
      [0, 'p', 'are the museum pass things still a thing'],
      [15, 'l', 'Hi, Jo here from Sample County Library! Which museum are you after?'],
      [30, 'p', 'the aquarium'],
      [100, 'p', '??'],
      [171, 'l', 'Sorry for the wait! Aquarium passes are booked at samplecountylib.org/passes; they release 30 days out. Does that answer your question?'],
      [200, 'p', 'ok ya thats all'],
      [205, 'l', 'Thanks, enjoy the aquarium!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'waiting on the provider for exactly 120 s passes',
    lines: [
      [0, 'p', 'do you have the new ACT prep book'],
      [10, 'l', "Hello! I'm Jo, a librarian at Sample County Library. The 2026 edition, or any edition?"],
      [40, 'p', '2026'],
      [160, 'l', 'We have 2 copies of The Official ACT Prep Guide 2026, both checked out; you can place a hold at samplecountylib.org/catalog. Is that what you were looking for?'],
      [190, 'p', 'yes thats all i need'],
      [195, 'l', 'Good luck on the test! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'internal messages do not end the wait: 121 s from the patron\'s "yes" to the provider\'s answer',
    lines: [
      [0, 'p', 'can i get a museum pass for the zoo sat'],
      [12, 'l', 'Hi, Jo at Sample County Library! For this Saturday?'],
      [30, 'p', 'yes'],
      [80, 'i', 'Kim, are the zoo passes for Saturday gone?', { to: 'kim' }],
      [100, 'i', 'all gone', who('Kim', 'kim')],
      [151, 'l', 'Saturday zoo passes are all booked. Sunday still has 2: samplecountylib.org/passes. Does that help?'],
      [180, 'p', 'ok ill take sunday, thats all'],
      [185, 'l', 'Enjoy the zoo, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"Take your time" is no hold: the 200 s the patron spends finding the card number are the patron\'s',
    lines: [
      [0, 'p', 'can you check if my holds are ready'],
      [20, 'l', 'Hi! This is Jo, a librarian at Sample County Library. What is your card number?'],
      [40, 'p', 'hang on its in my car'],
      [50, 'l', 'No problem, take your time.'],
      [250, 'p', 'ok 21982000765432'],
      [265, 'l', 'You have 2 holds ready at Elm: "Iron Flame" and "The Women". You can see them any time under Holds at samplecountylib.org/myaccount. Is that what you needed?'],
      [290, 'p', 'yes thats all thank you'],
      [295, 'l', 'Thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'final idle exactly 120 s with a check-in, no goodbye: the check-in passes, the notice is na',
    lines: [
      [0, 'p', 'is the book drop open on sundays'],
      [15, 'l', 'Hello, Jo at Sample County Library here. Which branch?'],
      [30, 'p', 'oak hill'],
      [40, 'l', "Yes, Oak Hill's drop is open 24/7 and emptied Monday morning: samplecountylib.org/branches/oak-hill. Does that answer it?"],
      [130, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'final idle 119 s and nothing sent: check-in and notice are na',
    lines: [
      [0, 'p', 'when does the summer reading thing start'],
      [20, 'l', 'Hi! Jo at Sample County Library. For kids or adults?'],
      [35, 'p', 'kids'],
      [45, 'l', 'Kids summer reading starts June 15; sign up at samplecountylib.org/summer. Does that help?'],
    ],
    over: { endAfter: 119 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'final idle exactly 180 s ending at the goodbye notice: check-in and notice both apply and pass',
    lines: [
      [0, 'p', 'can i use the 3d printer'],
      [25, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Have you done the 3D printer orientation yet?"],
      [50, 'p', 'no'],
      [60, 'l', 'You need the 30-min orientation first; sign up at samplecountylib.org/makerspace. Is that what you needed to know?'],
      [190, 'l', 'Hello? Are you still there?'],
      [240, 'l', "It seems you've been disconnected, so I'm closing this chat. Thanks for contacting us, come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"It looks like you may have gotten disconnected." says nothing about ending the session (final idle 250 s)',
    lines: [
      [0, 'p', 'does the library have a fax machine'],
      [15, 'l', 'Hi, Jo at Sample County Library! Which branch are you near?'],
      [30, 'p', 'downtown'],
      [40, 'l', 'Downtown has a public fax at the 2nd floor desk, $1/page: samplecountylib.org/services. Does that help?'],
      [170, 'l', 'Still there?'],
      [260, 'l', 'It looks like you may have gotten disconnected.'],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'no endedAt: the session ends at the last message (a system line); check-in and a notice that ends without goodbye',
    lines: [
      [0, 'p', 'can i pay my fines online'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Do you know about how much you owe?'],
      [45, 'p', 'like $12'],
      [60, 'l', 'Yes, sign in at samplecountylib.org/myaccount and choose Pay Fines; cards only. Did that answer your question?'],
      [190, 'l', 'Are you still there?'],
      [260, 'l', 'It looks like you have disconnected. This session will now be closed.'],
      [262, 's', 'Chat closed by librarian', sys('ended')],
    ],
    over: { endedAt: undefined },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- odd timestamps -----------------------------------------------------------------------------------------------------------
  {
    name: 'minute-resolution export: each provider message has the same time as the patron message before it',
    lines: [
      [0, 'p', 'my libby holds disappeared?'],
      [0, 'l', 'Hi, this is Jo at Sample County Library. Did they disappear after you got a new phone?'],
      [60, 'p', 'yes'],
      [60, 'l', 'Holds live in your library account, not the phone: add Sample County again in Libby (Menu > Add Library) and they come back. Steps: help.libbyapp.com/6144. Did that fix it?'],
      [120, 'p', 'yes theyre back. thats all'],
      [120, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'clock skew: the patron\'s "thats all" is stamped 2 s before the answer it replies to',
    lines: [
      [0, 'p', 'can i reserve a study room'],
      [20, 'l', 'Hello! Jo, Sample County Library. Which branch, and for how many people?'],
      [50, 'p', 'main, 4 ppl'],
      [60, 'l', 'Main has rooms for up to 6; book them at samplecountylib.org/rooms up to 2 weeks ahead. Does that answer your question?'],
      [58, 'p', 'ok thx thats all'],
      [70, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },

  // ---- juggling chats, transfers ------------------------------------------------------------------------------------------------
  {
    name: '"I\'m helping a few people at once, so bear with me!": four chats open at once from 50 to 90 s',
    lines: [
      [0, 'p', 'can i bring my dog into the library'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'm helping a few people at once, so bear with me! Is it a service animal?"],
      [70, 'p', 'no just a pet'],
      [100, 'l', 'Only service animals are allowed inside; the policy is at samplecountylib.org/policies/animals. Does that answer it?'],
      [130, 'p', 'ok thats all'],
      [135, 'l', 'Thanks for asking!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 200), other('b', 'jo', 10, 500), other('c', 'jo', 50, 90)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'three open at most: one chat ends exactly at this one\'s start, two overlap, a colleague\'s does not count',
    lines: [
      [0, 'p', 'is there a limit on printing pages'],
      [25, 'l', 'Hi! Jo here from Sample County Library. Black and white or color?'],
      [45, 'p', 'bw'],
      [55, 'l', 'You get 50 free b&w pages a day, then 10 cents a page: samplecountylib.org/printing. Did that help?'],
      [80, 'p', 'yes, all set, thats all i needed'],
      [85, 'l', 'Thanks, have a good day!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 0), other('b', 'jo', -50, 400), other('c', 'jo', 30, 300), other('d', 'kim', 0, 200)] },
    exp: usual(),
  },
  {
    name: 'Kobo e-reader handed to the e-reader specialist; the sender\'s three other chats all start after the transfer',
    lines: [
      [0, 'p', 'my ereader says adobe id error when i download an epub'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which e-reader is it?"],
      [40, 'p', 'kobo clara'],
      [50, 'i', 'Sam, Kobo + Adobe ID error on a library epub; can you take it? You know the Kobos.', { to: 'sam' }],
      [55, 'l', "I'm going to transfer you to Sam, our e-reader specialist; one moment."],
      [60, 's', 'Chat transferred to Sam', sys('transfer', 'sam')],
      [80, 'l', "Hi, Sam here! On Kobos, library epubs now go through Libby: open the book in Libby and choose Read With > Kobo. The steps: help.libbyapp.com/6018. Does that fix it?", SAM],
      [150, 'p', 'yes it worked thats all'],
      [155, 'l', 'Great, enjoy! Bye.', SAM],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 70, 400), other('b', 'jo', 70, 400), other('c', 'jo', 70, 400)] },
    exp: usual({ transfer: 'pass' }),
  },

  // ---- accounts needing a follow-up -----------------------------------------------------------------------------------------
  {
    name: 'stolen card: "someone from Circulation will email you… by tomorrow afternoon", address typed and repeated, done in 20 h',
    lines: [
      [0, 'p', 'my card got stolen, how do i replace it and block the old one?'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Is the card in your own name?'],
      [45, 'p', 'yes, Maria Lopez'],
      [60, 'l', "I've flagged the old card so it can't be used. A replacement is $1 at any branch (samplecountylib.org/cards). Circulation has to move your holds onto the new card, and someone from Circulation will email you when it's done. What email should they use?"],
      [90, 'p', 'mlopez22@example.com'],
      [100, 'l', 'Thanks! So that is mlopez22@example.com; you will hear from them by tomorrow afternoon. Does that cover everything?'],
      [130, 'p', 'yes thats all thank you'],
      [135, 'l', 'You are welcome, goodbye!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Maria Lopez', email: null, phone: null }, followUps: [{ doneAt: at(135 + 20 * 3600) }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'hoopla "card not valid": "I will … get back to you" with the e-mail repeated but no when, coded Answered',
    lines: [
      [0, 'p', 'my hoopla keeps saying card not valid'],
      [25, 'l', "Hi! I'm Jo, librarian at Sample County Library. Does your card number start with 2198?"],
      [50, 'p', 'yes'],
      [60, 'l', 'One moment, checking your account.'],
      [130, 'l', 'Your card looks fine on our end, so this is a hoopla sync issue. Their troubleshooting page is hoopladigital.com/help. I will also report it to our e-resources team and get back to you. What is your email?'],
      [160, 'p', 'jt88@example.com'],
      [170, 'l', 'Got it, jt88@example.com. Anything else I can do for you?'],
      [190, 'p', 'no thats it'],
      [195, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'coded Follow-up by me, "I\'ll … follow up with you by Friday", but no contact anywhere; nothing recorded 10 days on',
    lines: [
      [0, 'p', 'can you find out if the Elm branch will still have the chess club this fall'],
      [20, 'l', 'Hi, Jo with Sample County Library! Is this for kids or adults?'],
      [40, 'p', 'kids'],
      [55, 'l', "The fall schedule isn't posted yet. I'll ask the Elm branch manager and follow up with you by Friday. The current events list is samplecountylib.org/events. Does that help for now?"],
      [80, 'p', 'ok thx'],
      [85, 'l', 'Thanks for asking!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + 10 * DAY },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'a quick renewal coded with an empty string',
    lines: [
      [0, 'p', 'can u renew my books, card 21982000111222'],
      [15, 'l', 'Hi, Jo at Sample County Library! All of them, or just some?'],
      [30, 'p', 'all'],
      [50, 'l', 'Done: all 4 renewed, now due March 23. You can check the dates at samplecountylib.org/myaccount. Does that answer it?'],
      [70, 'p', 'yes thats all ty'],
      [75, 'l', 'Thanks, bye!'],
    ],
    over: { resolutionCode: '' },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'Wi-Fi by SMS: "a splash page opens, tick the box and hit Connect" is the sign-in page, not a source; the phone question counts',
    lines: [
      [0, 'p', 'wifi not working at oak hill', CELL],
      [20, 'l', 'hi! Harbor Library text line here. are u on a phone or a laptop?', TEXTLINE],
      [45, 'p', 'phone', CELL],
      [55, 'l', 'forget HBR-Guest and join it again; a splash page opens, tick the box and hit Connect. did that work?', TEXTLINE],
      [100, 'p', 'yes!! ok thats all', CELL],
      [104, 'l', 'yay, thx for texting!', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'non-resident card: "Do you live or work in the county?", then referred to the patron\'s own county library with its URL and phone',
    lines: [
      [0, 'p', 'I live in York PA but work in Towson. can I get a card?'],
      [35, 'l', 'Hello and thanks for contacting Ask Us Now! This is Jo. Do you work in Baltimore County itself, or in the city?'],
      [60, 'p', 'the county, towson'],
      [75, 'l', 'Then you qualify for a free card as a county worker: bring ID and a pay stub to any branch (bcpl.info/getacard). For a card near home, contact York County Libraries at 717-846-5300 or yorklibraries.org. Does that answer your question?'],
      [110, 'p', 'yes, that is all I needed'],
      [115, 'l', 'Great, have a good evening!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic, off campus: "are you on or off campus?", the proxy login page with its steps, formal closing',
    lines: [
      [0, 'p', 'JSTOR keeps asking me to pay for articles??'],
      [28, 'l', 'Good evening, you have reached the Sample University Library chat. My name is Dana.', DANA],
      [33, 'l', 'Are you on campus or off campus right now?', DANA],
      [50, 'p', 'off, at home'],
      [62, 'l', 'Off campus you need to start from the library: go to library.sample.edu, click Databases > JSTOR and sign in with your university login. Then the articles are free. Did that work?', DANA],
      [140, 'p', 'yes now it works, thanks. no more questions'],
      [146, 'l', 'You are very welcome. Thank you for using the library chat, goodbye.', DANA],
    ],
    over: { provider: { id: 'dana', name: 'Dana K.', library: 'SU' } },
    exp: usual(),
  },
  {
    name: '"My shift is ending, so I have to go now. Bye!" ends the help for the provider\'s convenience with no way back',
    lines: [
      [0, 'p', 'hi can u help me find the tax assessment for my house'],
      [25, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which county is the house in?"],
      [50, 'p', 'anne arundel'],
      [62, 'l', 'The state search is at sdat.dat.maryland.gov/RealProperty: choose Anne Arundel, then search by street address. Does that answer it?'],
      [95, 'p', 'it says no records found??'],
      [110, 'l', 'My shift is ending, so I have to go now. Bye!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: '"My shift ends in a minute; start a new chat and the next librarian will pick this up" offers a way back',
    lines: [
      [0, 'p', 'hi can u help me find the tax assessment for my house'],
      [25, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which county is the house in?"],
      [50, 'p', 'anne arundel'],
      [62, 'l', 'The state search is at sdat.dat.maryland.gov/RealProperty: choose Anne Arundel, then search by street address. Does that answer it?'],
      [95, 'p', 'it says no records found??'],
      [110, 'l', 'Try leaving off "Street" or "Rd" in the address field. My shift ends in a minute; if it still will not come up, start a new chat and the next librarian will pick this up with you. Thanks!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'out of scope: "Sorry, I can only help with library questions" to a prankster is no dismissal; the patron leaves',
    lines: [
      [0, 'p', 'can u do my taxes for me lol'],
      [20, 'l', 'Hi, Jo at Sample County Library here! Sorry, I can only help with library questions. Are you looking for tax forms or free tax help?'],
      [40, 'p', 'nah jk'],
      [50, 'l', 'No problem! If you ever need it, free VITA tax help is listed at samplecountylib.org/taxes. Have a good one!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'hoopla on a Fire tablet: "Everything working now?" after the steps; the patron: "got what i needed, thanks"',
    lines: [
      [0, 'p', 'hoopla app wont install on my fire tablet'],
      [20, 'l', 'Hi! This is Jo with Sample County Library. Is it a Fire HD 8 or 10, and do you see hoopla in the Amazon Appstore?'],
      [60, 'p', 'hd 10, its not in the appstore'],
      [75, 'l', 'hoopla is in the Amazon Appstore for Fire OS 7 and up: Settings > Device Options > System Updates first, then search hoopla again. hoopla\'s device list: hoopladigital.com/help.'],
      [210, 'l', 'Everything working now?'],
      [240, 'p', 'yes installed. got what i needed, thanks'],
      [245, 'l', 'Great, enjoy! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'PIN reset at the desk computer: "Did it let you in?" asks whether the steps worked; "thats it 4 now"',
    lines: [
      [0, 'p', 'im at the library and the computer wont take my pin'],
      [15, 'l', "Hello, I'm Jo, the librarian on chat at Sample County Library. Is it the sign-in screen on the public computer, or the catalog?"],
      [40, 'p', 'sign in screen'],
      [52, 'l', 'Public computers use the last 4 digits of your phone number as the PIN unless you changed it. To change it: samplecountylib.org/pin > Reset PIN.'],
      [120, 'l', 'Did it let you in?'],
      [150, 'p', 'yep im on. thats it 4 now'],
      [155, 'l', 'Thanks for chatting, have a good session!'],
    ],
    exp: usual(),
  },
  {
    name: 'print release: "Did it go through?" after the steps (no "does that help")',
    lines: [
      [0, 'p', 'i sent something to print from my laptop where do i get it'],
      [20, 'l', 'Hi! Jo at Sample County Library. Which branch are you at?'],
      [35, 'p', 'main 2nd floor'],
      [45, 'l', 'Go to the release station by the copiers, tap your card, pick your job and press Print; the steps are on samplecountylib.org/printing. Did it go through?'],
      [100, 'p', 'yes got it'],
      [105, 'l', 'Great! Anything else I can help with?'],
      [120, 'p', 'no'],
      [124, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a diagnostic question without "now" before any steps is still a clarifying one: "Can you see the Renew button?"',
    lines: [
      [0, 'p', 'my libby book wont renew'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Can you see the Renew button on the loan, or is it greyed out?'],
      [45, 'p', 'its grey and says waitlist'],
      [60, 'l', 'Greyed out means someone has a hold on it, so it cannot renew; you can place your own hold so it comes back to you. Libby explains it at help.libbyapp.com/6023. Does that make sense?'],
      [90, 'p', 'ok yes thats all'],
      [95, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: '"Please keep questions to one per chat" is a limit of questions (school library)',
    lines: [
      [0, 'p', 'do we have any books on the titanic and also how do i log into noodletools'],
      [20, 'l', 'Hi, this is Mr. Bell, the Northside High librarian. For a report, or just for fun?', BELL],
      [40, 'p', 'report'],
      [50, 'l', 'We have 3: search titanic in our catalog at northsidehs.org/library/catalog. Please keep questions to one per chat.', BELL],
      [70, 'p', 'ok..'],
      [75, 'l', 'Bye!', BELL],
    ],
    over: { provider: { id: 'bell', name: 'Mr. Bell', library: 'NHS' } },
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: '"I\'m going to end the chat here, I have other things to do." (for the provider\'s convenience, no way back)',
    lines: [
      [0, 'p', 'can you find me an article about sleep and teenagers'],
      [25, 'l', 'Hi, Jo at Sample County Library. Do you need a scholarly article or is a magazine one ok?'],
      [50, 'p', 'scholarly'],
      [65, 'l', 'Try Academic Search Complete at samplecountylib.org/databases and search sleep AND adolescents, then tick Peer Reviewed. Is that what you needed?'],
      [100, 'p', 'can you find one for me tho'],
      [110, 'l', "I'm going to end the chat here, I have other things to do. Thanks."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'cooperative after hours: "Hi, AskUs 24/7 here." names the service; "is the Brooklyn library open on Monday" answered from the library\'s page',
    lines: [
      [0, 'p', 'is the central library open monday? its a holiday right'],
      [30, 'l', 'Hi, AskUs 24/7 here.', who('AskUs Staff', 'coop7')],
      [34, 'l', 'Which library system do you use, Brooklyn Public or another one?', who('AskUs Staff', 'coop7')],
      [60, 'p', 'brooklyn'],
      [75, 'l', 'Brooklyn Public Library is closed Monday for the holiday and reopens Tuesday at 9; its holiday list is at bklynlibrary.org/hours. Does that answer your question?', who('AskUs Staff', 'coop7')],
      [100, 'p', 'yes thats all thx'],
      [105, 'l', 'Thanks for using AskUs, good night!', who('AskUs Staff', 'coop7')],
    ],
    over: { provider: { id: 'coop7', name: 'AskUs Staff', library: 'COOP' } },
    exp: usual(),
  },
  {
    name: 'city directory scan promised "by tomorrow" to the address the patron typed; recorded exactly 72 h after the end (within)',
    lines: [
      [0, 'p', 'can you find the 1950 city directory page for 12 Elm St'],
      [20, 'l', 'Hi, Jo at Sample County Library! Is that Elm St in Towson?'],
      [40, 'p', 'yes. email me at ak@example.com'],
      [60, 'l', "I'll email you the scan at ak@example.com by tomorrow. Our directories are listed at samplecountylib.org/directories. Does that work?"],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(90 + 72 * 3600) }] },
    ctx: { now: T0 + 10 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'the same promise, nothing recorded, scored exactly at the deadline: pending',
    lines: [
      [0, 'p', 'can you find the 1950 city directory page for 12 Elm St'],
      [20, 'l', 'Hi, Jo at Sample County Library! Is that Elm St in Towson?'],
      [40, 'p', 'yes. email me at ak@example.com'],
      [60, 'l', "I'll email you the scan at ak@example.com by tomorrow. Our directories are listed at samplecountylib.org/directories. Does that work?"],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + (90 + 72 * 3600) * 1000 },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: '"Are you still there? If not, thanks for chatting!" asks, so it is no goodbye: the idle runs to the end (200 s) and no notice came',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [20, 'l', 'Hi, Jo at Sample County Library! For a US passport?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Yes, $10 at Main: samplecountylib.org/passports. Does that help?'],
      [150, 'l', 'Are you still there? If not, thanks for chatting!'],
    ],
    over: { endAfter: 100 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'the patron\'s "ok" is the last visible message; an internal note and a system line later make no final idle',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [20, 'l', 'Hi, Jo at Sample County Library! For a US passport?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Yes, $10 at Main: samplecountylib.org/passports. Does that help?'],
      [60, 'p', 'ok'],
      [400, 'i', 'closing this one, no reply', { to: 'kim' }],
      [500, 's', 'Chat ended', sys('ended')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a renewal limit: "after that you\'ve reached the limit and it has to come back" is a rule about the book, no dismissal',
    lines: [
      [0, 'p', 'why wont it let me renew my book again'],
      [20, 'l', 'Hi, Jo at Sample County Library! Is it a print book or an ebook?'],
      [40, 'p', 'print'],
      [50, 'l', "Print books renew twice; after that you've reached the limit and it has to come back. Loan rules: samplecountylib.org/loans. Does that explain it?"],
      [80, 'p', 'ugh ok. thats all'],
      [85, 'l', 'Sorry about that! Thanks for asking.'],
    ],
    exp: usual(),
  },
  {
    name: 'museum passes: "Sorry, you\'ve reached the max of 4 museum passes per year" is the pass rule, no dismissal',
    lines: [
      [0, 'p', 'it wont let me book the science center pass'],
      [25, 'l', 'Hello, Jo at Sample County Library here. Have you booked other passes this year?'],
      [50, 'p', 'yeah a few'],
      [60, 'l', "Sorry, you've reached the max of 4 museum passes per year; it resets January 1. The pass rules are at samplecountylib.org/passes. Does that answer your question?"],
      [90, 'p', 'yes thats everything'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: '"You\'ve reached the limit for today." after the third question tells the patron they have asked enough',
    lines: [
      [0, 'p', 'whats the phone number for the elm branch'],
      [15, 'l', 'Hi, Jo at Sample County Library! Elm St or Elmwood?'],
      [30, 'p', 'elm st'],
      [40, 'l', 'Elm St is 410-555-0122; all branches: samplecountylib.org/branches. Does that help?'],
      [55, 'p', 'yes and whats their fax and also who is the manager there'],
      [65, 'l', "You've reached the limit for today."],
      [70, 'l', 'Thank you for using chat.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'SMS, chat-speak referral: "hit up the ref desk when ur there" sends the patron to a desk with no way to reach it ("hit Renew" is no referral)',
    lines: [
      [0, 'p', 'cant renew my laptop loan online', CELL],
      [20, 'l', 'hey! its the Harbor Library text line. is it a chromebook or a hotspot?', TEXTLINE],
      [40, 'p', 'chromebook', CELL],
      [50, 'l', 'device loans dont renew online, only books (log in at harborlib.org/account and hit Renew for those). for the chromebook, hit up the ref desk when ur there. does that help?', TEXTLINE],
      [80, 'p', 'ya ok thats all', CELL],
      [85, 'l', 'thx, bye!', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ referral: 'fail' }),
  },
];

/** Shorter cases: the checks they are about. */
export const short: SessionCase[] = [
  {
    name: 'misconduct: "This chat is being ended because it violates our chat use policy." is not for the provider\'s convenience',
    lines: [
      [0, 'p', 'send me pics lol'],
      [10, 'p', 'u a girl?'],
      [30, 'l', 'Hello, this is the Ask Us librarian on duty. Do you have a library or research question?'],
      [45, 'p', 'no i want ur number baby'],
      [55, 'l', 'This chat is being ended because it violates our chat use policy.'],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: some({ pickup: 'pass', greeting: 'pass', dismissal: 'pass', courteous: 'fail', code: 'pass', idle: 'na' }),
  },
  {
    name: '"Let me know if you have more questions!" 150 s into a 160 s final idle is no check-in',
    lines: [
      [0, 'p', 'how long can i keep dvds'],
      [20, 'l', 'Hi! This is Jo with Sample County Library. Regular DVDs or the TV series sets?'],
      [40, 'p', 'regular'],
      [50, 'l', 'Regular DVDs go out for 7 days, renewable twice; loan periods are at samplecountylib.org/loans. Does that answer it?'],
      [200, 'l', 'Let me know if you have more questions!'],
    ],
    over: { endAfter: 10 },
    exp: some({ informed: 'pass', complete: 'pass', idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"You there?" and "Seems like we got cut off, I\'ll close this chat for now" at the edges (final idle 205 s)',
    lines: [
      [0, 'p', 'kanopy wont play on my roku'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it a Roku stick or a Roku TV?'],
      [40, 'p', 'roku tv'],
      [50, 'l', 'Open the Kanopy channel on the Roku; it shows a code. Then go to kanopy.com/activate on your phone and type it in. Did that work?'],
      [175, 'l', 'You there?'],
      [250, 'l', "Seems like we got cut off, I'll close this chat for now."],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', idle: 'pass', disconnect: 'pass', courteous: 'fail' }),
  },
  {
    name: 'Spanish check-in "¿Sigue ahí?" and a notice "parece que se desconectó; cerraré el chat" (final idle 190 s)',
    lines: [
      [0, 'p', 'como renuevo un libro'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado de Sample. ¿Es un libro impreso o electrónico?'],
      [40, 'p', 'impreso'],
      [50, 'l', 'Entre a samplecountylib.org/micuenta, vaya a Préstamos y elija Renovar. ¿Le sirve?'],
      [180, 'l', '¿Sigue ahí?'],
      [240, 'l', 'Parece que se desconectó; cerraré el chat. ¡Gracias por escribirnos!'],
    ],
    exp: some({ complete: 'pass', idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'Spanish, the verb first: "¿Contesta esto su duda?" asks whether the answer meets the need',
    lines: [
      [0, 'p', 'puedo sacar libros con la tarjeta de otra biblioteca?'],
      [20, 'l', 'Hola, soy Jo, bibliotecaria de la Biblioteca del Condado de Sample. ¿De qué condado es su tarjeta?'],
      [45, 'p', 'de Howard'],
      [55, 'l', 'Sí: con la tarjeta de Howard puede registrarse gratis en cualquier sucursal. Los detalles están en samplecountylib.org/tarjetas. ¿Contesta esto su duda?'],
      [90, 'p', 'si, es todo, gracias'],
      [95, 'l', '¡Con gusto, hasta luego!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"What\'s your library card number and the phone number on the account?" asks about the account (clarify)',
    lines: [
      [0, 'p', 'it says my account is expired'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. What's your library card number and the phone number on the account?"],
      [50, 'p', '21982000999888, 410-555-0177'],
      [70, 'l', 'Your card expired in January; renew it online at samplecountylib.org/renew. Does that help?'],
      [90, 'p', 'yes thats all'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', contact: 'na' }),
  },
  {
    name: 'a contact question is still no clarifying one: "What\'s the best email to send that to?" before the list, and nothing else asked',
    lines: [
      [0, 'p', 'can you send me the list of branches with fax machines'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Sure, what's the best email to send that to?"],
      [50, 'p', 'rk@example.com'],
      [70, 'l', 'Sent to rk@example.com just now. The list is also at samplecountylib.org/services. Does that help?'],
      [90, 'p', 'yes thats all'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'misconduct, terse: "Disconnecting this session due to inappropriate messages." (not for the provider\'s convenience)',
    lines: [
      [0, 'p', 'r u a robot or a real girl'],
      [15, 'l', 'Hello, this is the librarian on duty at Harbor Library. How can I help you with the library today?'],
      [30, 'p', 'tell me what ur wearing'],
      [40, 'l', 'Disconnecting this session due to inappropriate messages.'],
    ],
    exp: some({ greeting: 'pass', dismissal: 'pass', courteous: 'fail', idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'check-in "Just checking in, are you still with me?" and "I haven\'t heard from you, so I\'ll close this chat. Chat with us again anytime!" (final idle 230 s)',
    lines: [
      [0, 'p', 'how do i put a hold on a book'],
      [20, 'l', 'Hi there, Jo at Sample County Library! Do you have a particular book in mind, or just want the steps?'],
      [40, 'p', 'just the steps'],
      [50, 'l', 'Find the book at samplecountylib.org/catalog, click Place Hold and pick your branch. You get an email when it is ready. Does that help?'],
      [180, 'l', 'Just checking in, are you still with me?'],
      [280, 'l', "I haven't heard from you, so I'll close this chat. Chat with us again anytime!"],
    ],
    exp: some({ complete: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass' }),
  },
];

describeSessions('eighth round (I): quick reference, accounts, devices, cut-short and difficult sessions', whole);
describeSessions('eighth round (I): short cases', short);

/** Cases the v8 scorer does not get right and that were not fixed (see each comment). */
export const LEFT: SessionCase[] = [
  // (the "for the chromebook hit up the ref desk" referral moved to ninth-round-referrals.test.ts, where it runs under v9's prepLeadInN)
];

