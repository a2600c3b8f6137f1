/**
 * Fourth round: whole sessions, every check. Each case is a realistic chat from one kind of service
 * (a county library's evening shift, the 24/7 cooperative covering for another library, an
 * academic research consultation, a teen with homework, SMS reference, a Spanish-speaking patron,
 * patrons who leave mid-chat, Lost Calls, transfers, follow-ups promised by e-mail, complaints, a
 * practice session, sources without resolution codes, chats picked up late), with good and poor
 * service mixed. Unlike the other session files, every case gives the status of ALL 17 checks, so
 * the interactions between them show: na conditions, which message is the first source, the
 * substantive exchange, the final idle, follow-up sessions by code or by promise, referral vs
 * source, transfers. The statuses are what a literal reader of RUBRIC.md would give.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type Message } from '@askqa/contract';
import { at, describeSessions, T0, DAY, type SessionCase, all, ALL_NA, who, sys } from './helpers';

const PRIYA = who('Priya S.', 'priya');
const ELLIS = who('Dr. Ellis', 'ellis');
const SAM = who('Sam Ortiz', 'sam');
const RIA = who('Ria Chen', 'ria');
const NOOR = who('Noor A.', 'noor');

const cases: SessionCase[] = [
  // ---- county public library, evening shift ----------------------------------------------------
  {
    name: 'county evening, good service: clarifies, holds, catalog titles with call numbers, asks, patron says she is done, thanks',
    lines: [
      [0, 'p', 'do you have any books on building raised garden beds? first time doing this'],
      [22, 'l', 'Good evening! This is Marisol, a librarian with Harford County Public Library.'],
      [30, 'l', 'Are you looking for print books to borrow, or would e-books work too? And is it vegetables or flowers you want to grow?'],
      [75, 'p', 'print is fine, vegetables mostly'],
      [84, 'l', 'Great, give me a minute to search the catalog.'],
      [170, 'l', 'Two good ones are on the shelf at Bel Air: "The Vegetable Gardener\'s Bible" by Edward C. Smith (635 SMI) and "Raised-Bed Revolution" by Tara Nolan (635.9 NOL). You can place a hold on either in our catalog at hcplonline.org.'],
      [182, 'l', 'Does that cover what you were after?'],
      [230, 'p', 'yes perfect, thats everything i needed'],
      [240, 'l', 'Wonderful. Thanks for chatting with us tonight, and happy gardening!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'county evening, poor service: picked up after 95 s with a bare "hi", 220 s of silence, a bare answer, "ok", no code assigned',
    lines: [
      [0, 'p', 'can i renew a book thats already overdue'],
      [95, 'l', 'hi'],
      [110, 'p', 'hello? the book was due last week'],
      [330, 'l', 'yes you can renew it unless someone else has it on hold'],
      [350, 'p', 'ok'],
      [360, 'l', 'ok'],
      [380, 'p', 'how do i do that'],
      [395, 'l', 'log in to your account and click renew'],
      [420, 'p', 'ok got it'],
      [428, 'l', 'ok'],
    ],
    over: { resolutionCode: null },
    exp: all({
      pickup: 'fail', greeting: 'fail', informed: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  {
    name: 'county evening, a long job-search session (31 messages): resume database, training, a three-minute search, a referral with phone and address, links promised by e-mail',
    lines: [
      [0, 'p', 'hi i lost my job last month and need help with a resume and maybe finding training'],
      [25, 'l', "Good evening, and welcome to Ask a Librarian! I'm Dana, a librarian with Frederick County Public Libraries."],
      [32, 'l', "I'm sorry to hear about your job. What kind of work were you doing, and are you hoping to stay in that field or try something new?"],
      [90, 'p', 'warehouse supervisor for 8 years. i want to stay in logistics but maybe get certified'],
      [98, 'l', "That's a solid background. Do you already have a resume, or are we starting from scratch?"],
      [140, 'p', 'i have an old one from 2016'],
      [146, 'p', 'its pretty bad lol'],
      [152, 'l', 'No problem. Let me pull up the tools we have for resumes.'],
      [240, 'l', 'Our Job & Career Accelerator database has a resume builder with templates for logistics jobs. From fcpl.org go to Research > Jobs & Careers > Job & Career Accelerator, and create a free account with your library card.'],
      [250, 'l', 'Does that look like something you can use?'],
      [300, 'p', 'ok i see it. what about certification'],
      [308, 'l', "Good question. Give me a couple of minutes to check what's offered nearby."],
      [450, 'i', 'Anyone know if FCC still runs the logistics technician course this fall?'],
      [470, 'i', 'Yes, it starts in September, evenings.', { author: 'Kim Park', authorId: 'kim' }],
      [500, 'l', "Still looking, thanks for your patience. I found two options and I'm checking the details on one of them."],
      [560, 'l', 'Frederick Community College runs a Certified Logistics Technician course this fall; the schedule is at frederick.edu/workforce under Transportation & Logistics.'],
      [570, 'l', 'The Maryland Workforce Exchange also lists training that may be paid for if you were laid off: mwejobs.maryland.gov.'],
      [585, 'l', 'Is that the kind of training you had in mind?'],
      [640, 'p', 'yes the FCC one looks good. how much does it cost'],
      [650, 'l', 'Let me see.'],
      [720, 'l', 'The fee is listed on that same page, and the American Job Center can sometimes help pay for it. You can call the Frederick American Job Center at 301-555-0190 or visit them at 5340 Spectrum Drive.'],
      [735, 'p', 'ok'],
      [745, 'p', 'can you send me the links so i dont lose them'],
      [755, 'l', "Sure, I'll email you all three links and a couple of resume tips tonight. What email should I use?"],
      [790, 'p', 'mreyes.logistics@example.com'],
      [798, 'l', "Thanks, I have mreyes.logistics@example.com. You'll have it within a few hours, by tomorrow morning at the latest."],
      [840, 'p', 'awesome thank you so much'],
      [846, 'l', 'Is there anything else I can help you with tonight?'],
      [880, 'p', 'no thats everything'],
      [886, 'l', 'Good luck with the job search, and feel free to chat with us again anytime!'],
      [892, 's', 'Session ended by librarian', sys('ended')],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(892 + 10 * 3600), by: 'jo' }] },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'pass', transfer: 'na',
    }),
  },

  // ---- the 24/7 cooperative covering for another library -----------------------------------------
  {
    name: 'cooperative covering for Frederick County: museum passes, a referral to the branch with phone and e-mail',
    lines: [
      [0, 'p', 'Hi - does my library lend museum passes? I have a Frederick County card'],
      [28, 'l', "Hello and welcome to AskUsNow! I'm Priya, a librarian from a partner library covering the statewide service tonight.", PRIYA],
      [36, 'l', 'Which museum were you hoping to visit, and for what date?', PRIYA],
      [70, 'p', 'the B&O railroad museum, sometime next month'],
      [80, 'l', 'Let me check what Frederick County offers.', PRIYA],
      [160, 'l', "Frederick County lends passes through its branches, but I can't see availability from here. Please call the C. Burr Artz branch at 301-555-0148 or email passes@fcpl.example.org, and they can reserve one for you.", PRIYA],
      [172, 'l', 'Is that what you were looking for?', PRIYA],
      [205, 'p', 'yes, ill call them tomorrow'],
      [212, 'l', 'Is there anything else I can help you with tonight?', PRIYA],
      [240, 'p', 'no, thank you!'],
      [248, 'l', 'Thanks for using AskUsNow! Have a good night.', PRIYA],
    ],
    over: { provider: { id: 'priya', name: 'Priya S.', library: 'COOP' }, patronLibrary: 'FCPL', queue: 'statewide' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'cooperative, busy night: four sessions open at once; "other patrons waiting, please come back later" with a source is not a dismissal',
    lines: [
      [0, 'p', 'I need the form to apply for a Maryland library card if I live in DC'],
      [28, 'l', "Good evening, I'm Jo, an AskUsNow! librarian from a partner library."],
      [35, 'l', 'Which Maryland library system were you hoping to use?'],
      [70, 'p', 'prince georges'],
      [80, 'l', "Prince George's County Memorial Library System gives cards to DC residents: the application is at pgcmls.info under Get a Card."],
      [90, 'l', 'Is that the information you needed?'],
      [130, 'p', 'yes. also can you tell me every branch that has a 3D printer and their hours and'],
      [140, 'l', 'I have several other patrons waiting right now, so please come back later, or check pgcmls.info/makerspaces for the 3D printer list. Anything else quick I can answer?'],
      [170, 'p', 'no thats all'],
      [176, 'l', 'Thanks for chatting, goodnight!'],
    ],
    ctx: {
      otherIntervals: ['o1', 'o2', 'o3'].map((k) => ({ sessionKey: `test:${k}`, providerId: 'jo', start: T0 - 300_000, end: T0 + 600_000 })),
    },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'fail', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'cooperative covering for Washington County: passes the question on, someone will contact the patron; phone given, no time; no source',
    lines: [
      [0, 'p', 'I returned a book last week but it still shows on my account and now theres a fine'],
      [25, 'l', "Hello, I'm Noor, a librarian with the AskUsNow! cooperative. I'm answering for Washington County Free Library tonight.", NOOR],
      [33, 'l', 'Which branch did you return it to, and do you remember the title?', NOOR],
      [80, 'p', 'Hagerstown central, it was Lessons in Chemistry'],
      [90, 'l', "I can't change accounts from here, so I'll pass your question to the staff at Washington County, and someone from your library will contact you to sort it out.", NOOR],
      [100, 'l', "What's the best email or phone for them to reach you?", NOOR],
      [140, 'p', '301-555-0177'],
      [148, 'l', 'Got it, 301-555-0177. Is there anything else I can help with?', NOOR],
      [170, 'p', "no that's it"],
      [176, 'l', 'Thanks for contacting AskUsNow, have a good evening.', NOOR],
    ],
    over: { provider: { id: 'noor', name: 'Noor A.', library: 'COOP' }, resolutionCode: "Follow-up by patron's library" },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'fail', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },

  // ---- academic library ----------------------------------------------------------------------------
  {
    name: 'academic consultation (LibChat, no codes): PsycINFO search steps, then an APA question answered from Purdue OWL, with holds',
    lines: [
      [0, 'p', 'hi, I need peer reviewed articles on social media use and sleep in teenagers for my PSYC 210 paper'],
      [18, 'l', "Hi! I'm Dr. Ellis, the psychology librarian at Towson University's Cook Library.", ELLIS],
      [25, 'l', 'How many sources do you need, and does your professor want only empirical studies?', ELLIS],
      [70, 'p', '5 sources, empirical, from the last 5 years'],
      [78, 'l', "Got it. I'll run a quick search in PsycINFO so I can show you how.", ELLIS],
      [185, 'l', 'From the library homepage choose Databases > PsycINFO. Search (adolescen* OR teen*) AND "social media" AND sleep, then under Methodology tick Empirical Study and set the years to 2021-2026.', ELLIS],
      [200, 'l', 'That gives about 60 results. Does that search work on your end?', ELLIS],
      [260, 'p', "yes I see them! how do I cite one in APA? there's a DOI"],
      [270, 'l', 'Give me a moment to pull up the example I like.', ELLIS],
      [340, 'l', 'The Purdue OWL APA page (owl.purdue.edu) has journal article examples: Author, A. A. (Year). Title of article. Journal Name, volume(issue), pages. Put the DOI at the end as a full https://doi.org/ link.', ELLIS],
      [355, 'l', 'Did that answer your citation question?', ELLIS],
      [400, 'p', 'yes thanks so much'],
      [405, 'l', 'Anything else I can help with for this paper?', ELLIS],
      [430, 'p', "nope, that's all"],
      [436, 'l', 'Good luck with the paper! Feel free to chat again anytime.', ELLIS],
    ],
    over: { source: 'libchat', provider: { id: 'ellis', name: 'Dr. Ellis', library: 'TU' }, resolutionCode: undefined },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic, terse: a pasted citation, straight to the catalog with no question, no check, "got it, thanks", "bye"',
    lines: [
      [0, 'p', 'Can I get this article? Nguyen, T. (2019). Urban heat islands and tree cover. Journal of Urban Ecology, 5(1).'],
      [15, 'p', 'its for my ENGL 102 annotated bibliography'],
      [40, 'l', "Hello, you're chatting with the reference desk at Salisbury University Libraries."],
      [55, 'l', 'Search the title in the library catalog and click "Full text available" - we have it through ScienceDirect.'],
      [120, 'p', 'ok it wants me to log in, do i have to be on campus?'],
      [130, 'l', 'No, sign in with your SU username and password from anywhere.'],
      [170, 'p', 'got it, thanks'],
      [178, 'l', 'bye'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic ILL: WorldCat, a promise with a day, the e-mail only on record, follow-up recorded 72.4 h later in another offset',
    lines: [
      [0, 'p', 'I need a chapter from a book we don\'t own, "Coastal Wetlands of the World", chapter 7'],
      [20, 'l', 'Hi, this is Morgan at the UMBC Library research help desk.'],
      [28, 'l', "Do you have the editor's name or the year, and when do you need it by?"],
      [75, 'p', 'Edited by Finlayson, 2018. By next Friday'],
      [84, 'l', 'Let me check WorldCat.'],
      [160, 'l', 'WorldCat shows it at several nearby libraries, so Interlibrary Loan can get you a scan of chapter 7.'],
      [170, 'l', "I'll place the request for you and email you the PDF link by Thursday."],
      [200, 'p', 'perfect thank you'],
      [210, 'l', 'Did that answer everything you needed?'],
      [235, 'p', 'yes'],
      [240, 'l', 'Glad to help. Bye!'],
    ],
    over: {
      patron: { name: null, email: 'student@umbc.example.edu', phone: null },
      resolutionCode: 'Follow-up by me',
      // the session ends at 15:04:05Z; 09:30 in UTC-6 three days later is 15:30Z: 72.4 h
      followUps: [{ doneAt: '2026-03-05T09:30:00-06:00' }],
    },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'fail', onTime: 'fail', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'academic special collections (no codes): Library of Congress maps, a promise to e-mail by Wednesday, the address repeated back',
    lines: [
      [0, 'p', 'Does the library have the 1890 Sanborn map for Frostburg? I need it for a class project'],
      [30, 'l', "Hi! I'm Kelly, a librarian at Frostburg State University's Lewis J. Ort Library."],
      [40, 'l', 'Which part of town are you looking at, and do you need a high-resolution image or just to view it?'],
      [90, 'p', 'main street area, high res would be best'],
      [100, 'l', 'Let me look in our digital collections.'],
      [200, 'l', 'The Library of Congress has Frostburg Sanborn sheets for 1894 at loc.gov/collections/sanborn-maps, but not 1890. Our Special Collections may hold a print copy.'],
      [210, 'l', "I'll ask our archivist tomorrow and get back to you. Can you give me your email?"],
      [250, 'p', 'kfrost@frostburg.example.edu'],
      [255, 'l', "Thanks, I'll email you at kfrost@frostburg.example.edu by Wednesday."],
      [270, 'p', 'great, thanks!'],
      [276, 'l', 'Talk soon, and good luck with the project.'],
    ],
    over: { source: 'libchat', resolutionCode: undefined },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'na', contact: 'pass', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },

  // ---- teen with homework -------------------------------------------------------------------------------
  {
    name: 'teen homework: Britannica School and loc.gov, the teen goes quiet after "anything else?", check-in but no disconnect notice, goodbye at 4:38',
    lines: [
      [0, 'p', 'i need 3 sources about the dust bowl for my history project its due friday'],
      [20, 'l', "Hey there! I'm Tom, a librarian at Carroll County Public Library."],
      [26, 'l', 'What grade are you in, and does your teacher want books, websites, or both?'],
      [60, 'p', '8th grade. websites r ok but one has to be a primary source'],
      [72, 'l', 'Cool, one sec while I look.'],
      [150, 'l', 'For background, Britannica School is free with your library card: from our homepage go to Research > Britannica School and search "Dust Bowl".'],
      [158, 'l', 'For the primary source, the Library of Congress has photos and interviews with Dust Bowl farmers at loc.gov/collections.'],
      [170, 'l', 'Are those the kind of sources your teacher wants?'],
      [215, 'p', 'ya i think so thx'],
      [222, 'l', 'Anything else for your project?'],
      [380, 'l', 'Are you still there?'],
      [500, 'l', 'Good luck on your project! Feel free to chat with us again.'],
    ],
    over: { endAfter: 10 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- SMS / text reference -----------------------------------------------------------------------------
  {
    name: 'SMS bursts: "Which branch?", then "??" and "hello" do not restart the wait, answered 147 s after the reply',
    lines: [
      [0, 'p', 'r u open sun'],
      [25, 'l', 'Hi! This is the AACPL text-a-librarian service.'],
      [31, 'l', 'Which branch?'],
      [58, 'p', 'odenton'],
      [120, 'p', '??'],
      [150, 'p', 'hello'],
      [205, 'l', 'Sorry for the wait! Odenton is open Sun 1-5. All hours r at aacpl.net/hours'],
      [212, 'l', 'That help?'],
      [230, 'p', 'ya'],
      [236, 'l', 'Anything else?'],
      [262, 'p', 'nope thats it'],
      [268, 'l', 'Thx for texting, bye!'],
    ],
    over: { source: 'sms', patron: { name: null, email: null, phone: '+14105550199' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- Spanish-speaking patron ----------------------------------------------------------------------------
  {
    name: 'Spanish: library card without a driver\'s licence; asks residence, "un momento", a URL, "¿Esto responde…?", "Es todo."',
    lines: [
      [0, 'p', 'Hola, necesito sacar una tarjeta de la biblioteca pero no tengo licencia de conducir'],
      [30, 'l', '¡Hola! Le saluda Ana, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
      [38, 'l', '¿Vive usted en el condado de Montgomery, o trabaja o estudia aquí?'],
      [80, 'p', 'si vivo en silver spring'],
      [90, 'l', 'Un momento, voy a verificar qué documentos aceptan.'],
      [170, 'l', 'Puede usar cualquier identificación con foto (pasaporte o matrícula consular) y un comprobante de domicilio, como una factura. La lista completa está en montgomerycountymd.gov/library/tarjeta.'],
      [180, 'l', '¿Esto responde a su pregunta?'],
      [225, 'p', 'sí, muchas gracias. Es todo.'],
      [232, 'l', '¡Gracias por comunicarse con nosotros! Que tenga un buen día.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- patrons who leave mid-chat, Lost Calls ----------------------------------------------------------------
  {
    name: 'patron leaves after the answer: check-in, then "lost the connection… close this chat… Goodbye!" (the idle ends at that goodbye, 210 s)',
    lines: [
      [0, 'p', 'where do i get the maryland tax booklet'],
      [24, 'l', "Good afternoon! My name is Rafael and I'm a librarian at Howard County Library System."],
      [30, 'l', "Do you need the booklet for this year's return, and would a printable PDF work or do you need a paper copy?"],
      [95, 'p', 'this years, paper if possible'],
      [104, 'l', 'Let me check which branches still have copies.'],
      [180, 'l', 'The Central Branch and Elkridge still had booklets this morning; you can also print the instructions from marylandtaxes.gov under Forms > Individual Taxes.'],
      [188, 'l', 'Will that work for you?'],
      [320, 'l', 'Hello, are you still with me?'],
      [390, 'l', "It looks like we've lost the connection, so I'm going to close this chat. If you still need help, please start a new chat anytime. Goodbye!"],
      [395, 's', 'Session ended by librarian', sys('ended')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Lost Call: the patron left before pickup; the only provider message greets and says "let me look that up", so there is no final idle',
    lines: [
      [0, 's', 'New chat from the catalog widget'],
      [0, 'p', 'do you have the new john grisham book'],
      [1, 's', 'Patron is waiting in the queue'],
      [12, 's', 'Patron closed the chat window', sys('patron_left')],
      [38, 's', 'Grace joined the chat', sys('joined')],
      [40, 'l', "Hi, this is Grace at St. Mary's County Library. Let me look that up for you."],
      [41, 's', 'Message not delivered: the patron is offline'],
      [60, 's', 'Session ended by librarian', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Lost Call miscoded: the patron sent two messages; picked up after 70 s; "Still there?", then "haven\'t heard back… closing this session"',
    lines: [
      [0, 's', 'Chat started'],
      [0, 'p', 'hello is anyone there'],
      [20, 'p', 'I need to find my grandfathers WWII draft card'],
      [68, 's', 'Librarian joined', sys('joined')],
      [70, 'l', "Hi there, you've reached Ask a Librarian Delaware."],
      [200, 'l', 'Still there?'],
      [300, 'l', "Since I haven't heard back, I'm closing this session now. Take care!"],
      [305, 's', 'Session ended by librarian', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Lost Call with a substantive exchange: the provider asked about the need, the patron never answered (one patron message)',
    lines: [
      [0, 's', 'Chat started from the Calvert Library website'],
      [0, 'p', 'looking for a good book club pick for a group of retirees'],
      [28, 's', 'Dev joined the chat', sys('joined')],
      [30, 'l', "Good morning! I'm Dev, a librarian at Calvert Library."],
      [38, 'l', 'What have they enjoyed reading lately, and do they prefer fiction or nonfiction?'],
      [180, 'l', 'Hi, are you still there?'],
      [250, 'l', "I'm not getting a response, so I'll end our chat for now. You're welcome to come back anytime!"],
      [252, 's', 'Session ended by librarian', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'patron gone during the search: the last provider message is a hold, closed by the system after inactivity; coded Lost Call with three patron messages',
    lines: [
      [0, 'p', 'do u have the hunger games movie on dvd'],
      [18, 's', 'Jo joined the chat', sys('joined')],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Which one of the movies?"],
      [45, 'p', 'the first one'],
      [50, 'p', 'with jennifer lawrence'],
      [52, 'l', 'Ok, let me check the catalog.'],
      [400, 's', 'Chat closed after inactivity', sys('idle')],
      [401, 's', 'Session ended', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'the last message asks "Are you still there? If not, thanks and goodbye!": not a goodbye for the idle, which runs to the end (430 s)',
    lines: [
      [0, 'p', 'whats the phone number for the circulation desk at the main library'],
      [22, 'l', "Hi, I'm Jo with Sample County Library! Do you mean the Central library downtown?"],
      [40, 'p', 'yes central'],
      [50, 'l', 'Circulation at Central is 555-0142, and our hours are on samplelibrary.org.'],
      [58, 'l', 'Did that help?'],
      [70, 'p', 'one sec, writing it down'],
      [75, 'p', 'is that the same number for renewals?'],
      [90, 'l', 'Yes, the same desk handles renewals, or you can renew at samplelibrary.org/account.'],
      [100, 'l', 'Anything else I can help with?'],
      [320, 'l', 'Are you still there? If not, thanks for chatting and goodbye!'],
    ],
    over: { endAfter: 200 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'patron leaves during a long search: the answer came, then "Are you there?" and the session timed out with no notice or goodbye',
    lines: [
      [0, 'p', 'how much are the late fees for dvds'],
      [28, 's', 'Lee joined the chat', sys('joined')],
      [30, 'l', "Hi, I'm Lee at the Talbot County Free Library. Are these adult or children's DVDs?"],
      [55, 'p', 'adult'],
      [62, 'l', 'Let me look that up.'],
      [160, 'l', 'Adult DVDs are 50 cents a day, up to $5 per item; the fines page is at tcfl.org/fines.'],
      [300, 'l', 'Are you there?'],
      [420, 's', 'Session timed out', sys('idle')],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- transfers ------------------------------------------------------------------------------------------------
  {
    name: 'transfer with a handoff: an internal note with the reason, the patron told, then the genealogy librarian answers with Ancestry and FamilySearch',
    lines: [
      [0, 'p', 'I am trying to find when my great-grandmother arrived from Poland, around 1905'],
      [25, 'l', "Hello! I'm Sam, a librarian at Baltimore County Public Library.", SAM],
      [33, 'l', 'Do you know which port she came through, and how her name might have been spelled then?', SAM],
      [90, 'p', 'Baltimore I think. Name was Zofia Kowalczyk'],
      [100, 'i', 'Ria, can you take this one? Arrival around 1905 through the port of Baltimore; you know the passenger lists far better than I do.', SAM],
      [120, 'i', 'Sure, send her over.', RIA],
      [126, 'l', "Our genealogy librarian, Ria, knows passenger records well, so I'm transferring you to her now. She'll be with you in a moment.", SAM],
      [130, 's', 'Chat transferred to Ria Chen', sys('transfer', 'ria')],
      [160, 'l', "Hi, Ria here. I've read your question. Let me search the Baltimore passenger lists.", RIA],
      [260, 'l', 'Ancestry Library Edition, free on library computers, has "Baltimore, Passenger Lists, 1820-1964". FamilySearch.org has the same lists free from home: search Zofia Kowalczyk, arrival 1903-1907, port Baltimore.', RIA],
      [270, 'l', 'Does that give you somewhere to start?', RIA],
      [330, 'p', 'yes! thank you both so much'],
      [338, 'l', 'Is there anything else I can help you find?', RIA],
      [370, 'p', 'no thats everything'],
      [376, 'l', 'Happy hunting, and thank you for chatting with us!', RIA],
    ],
    over: { provider: { id: 'sam', name: 'Sam Ortiz', library: 'BCPL' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'pass',
    }),
  },
  {
    name: 'transfer without a handoff: no internal note, the patron learns of it from the receiving librarian; "Would you like that?" is an offer',
    lines: [
      [0, 'p', 'how do i reserve the meeting room at the towson branch'],
      [20, 'l', "Hi, I'm Sam at Baltimore County Public Library. Do you know the date and how many people?", SAM],
      [60, 'p', 'march 20, about 15 people'],
      [75, 's', 'Chat transferred to Ria Chen', sys('transfer', 'ria')],
      [95, 'l', 'Hello, this is Ria at the Towson branch; the chat came to me since I manage room bookings.', RIA],
      [110, 'l', 'The Community Room seats 30 and is free on March 20 in the evening. You can book it at bcpl.info/rooms, or I can put a tentative hold on it now. Would you like that?', RIA],
      [150, 'p', 'yes please hold it for 6pm'],
      [160, 'l', 'Done: it is held for you from 6 to 8 pm. Please confirm by booking online within 48 hours.', RIA],
      [175, 'p', 'great thanks thats all'],
      [182, 'l', "You're welcome. Bye now!", RIA],
    ],
    over: { provider: { id: 'sam', name: 'Sam Ortiz', library: 'BCPL' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'fail',
    }),
  },

  // ---- follow-ups promised by e-mail --------------------------------------------------------------------------
  {
    name: 'follow-up by e-mail, done right: microfilm not online, the obituary index, address asked and repeated, "within 3 business days", done in 48 h',
    lines: [
      [0, 'p', 'Im looking for an obituary for my uncle James Whitaker who died in Elkton in March 1962'],
      [30, 'l', 'Good morning, this is Leah, a reference librarian at Cecil County Public Library.'],
      [38, 'l', 'Do you know the exact date, or roughly which week? And was he living in Elkton at the time?'],
      [90, 'p', 'March 10 or 11 I think, yes Elkton'],
      [98, 'l', 'Let me check what we have from 1962.'],
      [190, 'l', 'Our Cecil Whig issues from 1962 are only on microfilm and are not online. You can search our obituary index at ccplnet.org/obituaries, but it starts in 1970.'],
      [200, 'l', 'I can ask our local history librarian to look through the microfilm for March 1962 and email you a scan of anything she finds. Would that help?'],
      [240, 'p', 'yes that would be amazing'],
      [245, 'l', 'What email address should we send it to?'],
      [270, 'p', 'rwhitaker@example.org'],
      [280, 'l', 'Thanks, I have rwhitaker@example.org. You should hear from us within 3 business days.'],
      [300, 'p', "thank you so much, that's all for today"],
      [306, 'l', "You're very welcome. Take care!"],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(311 + 48 * 3600) }] },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pass', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'follow-up promised in the chat but coded Answered: e-mail only on record, no time, nothing recorded after the deadline',
    lines: [
      [0, 'p', 'can you find out if the county has a list of historic properties on my street? Oak Lane in Ellicott City'],
      [35, 'l', "Hi! I'm Chris, a librarian with Howard County Library System."],
      [45, 'l', "Are you looking for properties on the National Register, or the county's own historic sites inventory?"],
      [100, 'p', 'not sure, whichever shows my house'],
      [110, 'l', 'Let me look.'],
      [215, 'l', "The Maryland Historical Trust has an inventory search at mht.maryland.gov under Research > Medusa. I'm not finding Oak Lane there yet."],
      [230, 'l', "I'll keep digging after our chat and email you what I find."],
      [260, 'p', 'ok thanks'],
      [266, 'l', 'Thanks for your patience, bye!'],
    ],
    over: { patron: { name: null, email: 'oaklane.owner@example.org', phone: null } },
    ctx: { now: T0 + 5 * DAY },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'fail', onTime: 'fail', referral: 'na', transfer: 'na',
    }),
  },

  // ---- complaints ---------------------------------------------------------------------------------------------
  {
    name: 'complaint handled well: asks what happened, refers to the branch manager with phone and e-mail; survey 1/5 does not change a check',
    lines: [
      [0, 'p', 'I want to complain. The staff at the Glen Burnie branch were rude to my son yesterday and told him to leave'],
      [25, 'l', "Hello, this is Dana, a librarian with Anne Arundel County Public Library. I'm sorry that happened."],
      [35, 'l', 'Can you tell me roughly what time it was and what happened before he was asked to leave?'],
      [110, 'p', 'around 4pm, he was on the computer and they said his time was over but he had 20 min left'],
      [122, 'l', 'Thank you for explaining. Concerns about staff go to the branch manager, who can look into it: you can reach the Glen Burnie manager at 410-555-0163 or gbmanager@aacpl.example.org.'],
      [130, 'l', 'Does that give you what you need to follow up?'],
      [190, 'p', 'i guess. this is ridiculous'],
      [200, 'l', 'I understand. Is there anything else I can do for you today?'],
      [230, 'p', 'no'],
      [236, 'l', 'Thank you for letting us know, and I hope it gets sorted out.'],
    ],
    over: { survey: { rating: 1, comment: 'nobody ever does anything' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'complaint handled badly: "we only answer one question per chat… other patrons waiting… ending this chat now", no goodbye',
    lines: [
      [0, 'p', 'why do you charge fines on kids books, thats ridiculous'],
      [35, 's', 'Jordan joined the chat', sys('joined')],
      [40, 'l', 'Hi, Jordan here at the Frederick County Public Libraries.'],
      [48, 'l', "Fines on children's items were removed in 2021, so there shouldn't be any. Is the charge for a lost item maybe?"],
      [100, 'p', 'it says 12 dollars. i want it removed now'],
      [110, 'p', 'this is the third time ive asked you people'],
      [170, 'l', "I already explained it. We only answer one question per chat, and I have other patrons waiting, so I'm ending this chat now."],
      [175, 's', 'Session ended by librarian', sys('ended')],
    ],
    over: { survey: { rating: 1, comment: 'rude' } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'genealogy chat cut off by a time limit: "our chats have a 15-minute limit and we\'ve hit it" fails even with an invitation back',
    lines: [
      [0, 'p', 'can you help me find records for my family in Allegany County in the 1800s'],
      [30, 'l', "Hi! I'm Beth with the Allegany County Library System. Which family name, and what kinds of records: census, land, church?"],
      [90, 'p', 'Shaffer. anything really, census first'],
      [100, 'l', 'HeritageQuest is free with your card: from alleganycountylibrary.info go to Research > Genealogy > HeritageQuest, then search Shaffer in Allegany County, 1850-1880.'],
      [115, 'l', 'Is that helpful so far?'],
      [780, 'p', 'yes found some. what about land records'],
      [795, 'l', "Sorry, our chats have a 15-minute limit and we've hit it. You're welcome to start a new chat later."],
      [810, 'p', 'oh ok'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'fail',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- practice ---------------------------------------------------------------------------------------------------
  {
    name: 'practice session: not scored, every check na',
    lines: [
      [0, 'p', 'test test, this is a practice chat for training'],
      [10, 'l', "Hi, I'm Jo, trying out the new macros. Let me check something."],
      [40, 'p', 'ok pretend im asking for tax forms'],
      [200, 'l', 'Our tax forms are at samplelibrary.org/taxes. Does that answer your question?'],
      [230, 'p', 'ha yes. now try the transfer button'],
      [240, 'i', 'Sam, test transfer coming your way, ignore it'],
      [245, 's', 'Chat transferred to Sam Ortiz', sys('transfer', 'sam')],
      [260, 'l', 'Test received. Sorry, your time is up! (just testing the dismissal macro)', SAM],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },

  // ---- picked up late -------------------------------------------------------------------------------------------
  {
    name: 'accepted at 50 s but silent until 200 s: pickup passes on pickedUpAt, the patron then waited 150 s; Libby with the steps is a source',
    lines: [
      [0, 'p', 'how do I download audiobooks to my phone'],
      [200, 'l', "Hi, this is Jo at Sample County Library. Sorry for the delay! Are you using an iPhone or Android?"],
      [240, 'p', 'iphone'],
      [250, 'l', 'Install the Libby app from the App Store, tap "Find a library", pick Sample County Library and sign in with your card number and PIN. Then search for a title and tap Borrow.'],
      [265, 'l', 'Were you able to get signed in?'],
      [330, 'p', 'yes it worked'],
      [336, 'l', 'Anything else I can help with?'],
      [360, 'p', 'no thanks'],
      [366, 'l', 'Enjoy your audiobooks, bye!'],
    ],
    over: { pickedUpAt: at(50) },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'picked up after 150 s while the patron kept writing: the wait before pickup is pickup\'s alone; an apology is not a greeting; no question, no goodbye',
    lines: [
      [0, 'p', 'is the Wheaton library open on MLK day'],
      [45, 'p', 'hello?'],
      [110, 'p', 'anyone?'],
      [150, 'l', "So sorry for the wait, it's been a busy night! I'm Luis, a librarian at Montgomery County Public Libraries."],
      [158, 'l', 'All branches are closed Monday, January 19 for the holiday; holiday closings are listed at montgomerycountymd.gov/library/hours.'],
      [170, 'l', 'Did that answer your question?'],
      [200, 'p', 'yes thanks bye'],
      [205, 's', 'Patron left the chat', sys('patron_left')],
    ],
    exp: all({
      pickup: 'fail', greeting: 'fail', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- two questions, referral vs source -------------------------------------------------------------------------
  {
    name: 'two questions: a quick answer first, then a clarifying question before the first source; a transcript copy is not a follow-up',
    lines: [
      [0, 'p', 'what time does the Towson branch close today'],
      [20, 'l', "Hi, I'm Ahmed at Baltimore County Public Library. Towson is open until 9 tonight."],
      [40, 'p', 'thanks. also do you have anything on starting a food truck business'],
      [50, 'l', 'Are you looking for a business plan guide, or the county licensing rules?'],
      [95, 'p', 'licensing mostly'],
      [105, 'l', 'One moment.'],
      [190, 'l', 'The county licenses food trucks; the application steps are on baltimorecountymd.gov under Departments > Health > Food Service Facilities. For planning, Gale Business: Plan Builder is free with your card on our Research page.'],
      [200, 'l', 'Do those look like what you need?'],
      [260, 'p', 'yes great. can you email me this chat'],
      [270, 'l', "Sure, I'll email you a copy of this chat transcript once we close. Anything else?"],
      [290, 'p', 'no thats all, thank you!'],
      [296, 'l', "You're welcome, have a great evening!"],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'referral without contact: "contact the MVA directly" names an agency with no way to reach it, so it is neither a source nor a complete referral',
    lines: [
      [0, 'p', 'how do i get a replacement title for my car'],
      [25, 'l', 'Hello! This is Jo, a librarian at Sample County Library.'],
      [30, 'l', 'Is the car registered in Maryland?'],
      [60, 'p', 'yes'],
      [70, 'l', "Replacement titles are handled by the MVA, so you'll want to contact them directly about that."],
      [80, 'l', 'Does that help?'],
      [120, 'p', 'i guess'],
      [125, 'l', 'Take care!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'na',
    }),
  },
];

describe('fourth round: every case lists all 17 checks', () => {
  it.each(cases)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fourth round: whole sessions, every check', cases);
