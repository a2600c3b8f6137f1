/**
 * Sixth round, area (C): OPENINGS, the substantive exchange, and "anything else". Sessions as other
 * services and other hands write them: approachability.greeting (a greeting and who is answering,
 * in the text, within the first two visible provider messages), approachability.pickup (auto-replies
 * and queue macros typed as the provider, system queue lines, internal notes, recorded pickups),
 * whether a provider joined and whether there is a substantive exchange (the na conditions they
 * decide), closing.anything_else (the provider asks, or the patron says explicitly on their own that
 * they are done; thanks or "ok" alone do not count), and inquiry.clarify where it meets the greeting
 * (the greeting's "how can I help?" is no clarifying question). LibChat, LibraryH3lp, the 24/7
 * cooperative (QuestionPoint), SMS; academic, public, school and law libraries; typos, chat-speak,
 * Spanish. The statuses are what a literal reader of RUBRIC.md gives; the cases built with `all`
 * give every one of the 17 checks.
 */
import { describe, expect, it } from 'vitest';
import type { CheckId } from '@askqa/contract';
import { at, chat, describeSessions, score, type Line, type SessionCase, all, some, who, sys } from './helpers';

const DANA = who('Dana K.', 'dana');
const BOT = who('Ask Us 24/7', 'qp-autoreply');
const LH3 = who('ask-ref', 'lh3-queue');
const TEXT = who('BCPL Text', 'bcpl-sms');
const QP = who('Librarian', 'qp-4471');
const SCREEN = who('Marisol (Reference)', 'marisol');

/** The statuses of a short, complete, well-run chat, to be overridden per case. */
const GOOD = {
  pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
  courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
} as const;
/** No substantive exchange: the information checks are na. */
const NO_EXCHANGE = { informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' } as const;

const cases: SessionCase[] = [
  // ---- greetings in many voices, with who is answering --------------------------------------------
  {
    name: 'LibChat academic: "Morning! You\'re chatting with Dana, a reference librarian" and a patron who is "all set, thx"',
    lines: [
      [0, 's', 'Chat started on the Cook Library website'],
      [2, 'p', 'hey i need peer reviewed stuff on teacher burnout for my EDUC 601 lit review'],
      [31, 'l', "Morning! You're chatting with Dana, a reference librarian at Cook Library.", DANA],
      [40, 'l', 'Do you want only US studies, or international ones too? And roughly how far back?', DANA],
      [95, 'p', 'US, last 5 years'],
      [104, 'l', 'Try ERIC (EBSCO): search "teacher burnout" AND (retention OR attrition), tick Peer Reviewed and set 2021-2026. It is under Research > Databases > E.', DANA],
      [118, 'l', 'Is that pulling up what you need?', DANA],
      [170, 'p', 'yes 40 results, perfect. all set, thx'],
      [178, 'l', 'Great! Good luck with the review, and thanks for chatting.', DANA],
    ],
    over: { source: 'libchat', provider: { id: 'dana', name: 'Dana K.', library: 'TU' } },
    exp: all({ ...GOOD }),
  },
  {
    name: 'public library: "Thanks for reaching out to the Law Library! This is Marcus." greets and identifies',
    lines: [
      [0, 'p', 'where can i find the maryland landlord tenant laws'],
      [20, 'l', 'Thanks for reaching out to the Law Library! This is Marcus.', who('Marcus', 'marcus')],
      [30, 'l', 'The Maryland Code, Real Property Title 8, is free online at mgaleg.maryland.gov under Laws > Statute Text.', who('Marcus', 'marcus')],
    ],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: 'cooperative: "Welcome to Ask a Librarian! I\'m one of the librarians at Enoch Pratt" (screen name "Librarian")',
    lines: [
      [0, 'p', 'do you have the baltimore sun from 1968 on microfilm'],
      [25, 'l', "Welcome to Ask a Librarian! I'm one of the librarians at the Enoch Pratt Free Library.", QP],
      [40, 'l', 'Yes: the Sun from 1837 on is on microfilm in the Maryland Department at the Central Library, and online in ProQuest Historical Newspapers.', QP],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'Spanish: "¡Buenas! Le atiende Carmen, bibliotecaria" and "¿En qué le puedo servir?" is the greeting\'s offer, not a clarifying question',
    lines: [
      [0, 'p', 'hola, necesito sacar la tarjeta de la biblioteca para mi hijo'],
      [22, 'l', '¡Buenas! Le atiende Carmen, bibliotecaria de la Biblioteca de Langley Park. ¿En qué le puedo servir?'],
      [30, 'l', 'Puede solicitarla en línea en pgcmls.info/tarjeta; los menores de 13 años necesitan la firma de un padre.'],
      [40, 'l', '¿Le sirve esa información?'],
      [80, 'p', 'si, gracias. eso sería todo'],
      [86, 'l', '¡Con gusto! Gracias por escribirnos, que tenga buen día.'],
    ],
    exp: all({ ...GOOD, clarify: 'fail' }),
  },
  {
    name: 'LibraryH3lp: "Hiya! Rory on the reference desk tonight" (the desk says who is answering)',
    lines: [
      [0, 'p', 'is the 3d printer working this week'],
      [18, 'l', 'Hiya! Rory on the reference desk tonight.', who('rory', 'rory@chat.libraryh3lp.com')],
      [25, 'l', 'It is! Book a slot at lib.example.edu/makerspace.', who('rory', 'rory@chat.libraryh3lp.com')],
    ],
    over: { source: 'libraryh3lp' },
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'community college: "Greetings from the reference desk at Montgomery College!"',
    lines: [
      [0, 'p', 'how do i cite a youtube video in apa'],
      [30, 'l', 'Greetings from the reference desk at Montgomery College!'],
      [36, 'l', 'The APA Style blog has the format: apastyle.apa.org/style-grammar-guidelines/references/examples/youtube-references.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'cooperative after hours: "Hello, I\'m a librarian from the cooperative covering for Harford County tonight"',
    lines: [
      [0, 'p', 'Can I renew a book that is already overdue?'],
      [40, 'l', "Hello, I'm a librarian from the cooperative covering for Harford County tonight.", QP],
      [48, 'l', 'Yes, as long as nobody has placed a hold on it: sign in at hcplonline.org > My Account > Checked Out and select Renew.', QP],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'school library in two bursts: "Hi there!" then "Mr. Okafor here, the school librarian"',
    lines: [
      [0, 'p', 'do we have any books on the harlem renaissance i need one for ela'],
      [12, 'l', 'Hi there!', who('Northwood Library', 'nwhs')],
      [16, 'l', 'Mr. Okafor here, the school librarian.', who('Northwood Library', 'nwhs')],
      [30, 'l', 'We have "When Harlem Was in Vogue" on the shelf at 810.9 LEW.', who('Northwood Library', 'nwhs')],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'law library: "Good evening, this is the Law Library\'s reference service."',
    lines: [
      [0, 'p', 'I need a form to file for small claims'],
      [35, 'l', "Good evening, this is the Law Library's reference service."],
      [44, 'l', 'The District Court form DC-CV-001 is at mdcourts.gov/district/forms.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'SMS: a signature at the end of the reply ("-Dana, Pikesville Library") says who is answering; the screen name is the service\'s',
    lines: [
      [0, 'p', 'what time does essex open tmrw'],
      [40, 'l', 'Hi! Essex opens at 10 tomorrow. -Dana, Pikesville Library', TEXT],
      [90, 'p', 'ty'],
    ],
    over: { source: 'sms', provider: { id: 'bcpl-sms', name: 'BCPL Text', library: 'BCPL' } },
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: 'SMS: "Hi, Sam @ Towson Library" in an SMS reply (name and library, typed)',
    lines: [
      [0, 'p', 'do u have wifi hotspots to borrow'],
      [45, 'l', 'Hi, Sam @ Towson Library. Yes, 1-week loans, place a hold at bcpl.info/hotspots', TEXT],
    ],
    over: { source: 'sms' },
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Mornin\'! Sam at Catonsville here": a clipped morning is a greeting',
    lines: [
      [0, 'p', 'do you still do passport photos'],
      [20, 'l', "Mornin'! Sam at Catonsville here.", who('Catonsville Branch', 'cat')],
      [26, 'l', 'We stopped in 2024, sorry! The post office on Frederick Rd does them: usps.com/passports.', who('Catonsville Branch', 'cat')],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Howdy from the Texas A&M Libraries chat team!": a greeting "from" the library says who is answering',
    lines: [
      [0, 'p', 'how do I get into the library after midnight'],
      [15, 'l', 'Howdy from the Texas A&M Libraries chat team!', who('TAMU Chat', 'tamu')],
      [22, 'l', 'Evans is 24/5 for current students: swipe your ID at the north door. Hours: library.tamu.edu/hours.', who('TAMU Chat', 'tamu')],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hey! It\'s Priya with Ask Us." (an anonymised screen name): "It\'s <name>" introduces the provider',
    lines: [
      [0, 'p', 'can non students use the computers'],
      [20, 'l', "Hey! It's Priya with Ask Us.", who('Librarian 3', 'lib3')],
      [30, 'l', 'Yes, visitors get a 2-hour guest pass at the service desk; details at library.umbc.edu/visitors.', who('Librarian 3', 'lib3')],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hey hey 👋 UMD Libraries here" greets and identifies; "what can I dig up for you?" is the greeting\'s offer, so no clarifying question before the source',
    lines: [
      [0, 'p', 'looking for census data on my neighborhood in college park'],
      [25, 'l', 'Hey hey 👋 UMD Libraries here, what can I dig up for you?', who('UMD Libraries', 'umd')],
      [40, 'l', 'The American Community Survey tables at data.census.gov have it by census tract; search "College Park city, Maryland".', who('UMD Libraries', 'umd')],
      [52, 'l', 'Does that get you the numbers you need?', who('UMD Libraries', 'umd')],
      [100, 'p', 'yes! that covers it'],
      [110, 'l', 'Awesome, thanks for stopping by!', who('UMD Libraries', 'umd')],
    ],
    exp: all({ ...GOOD, clarify: 'fail' }),
  },
  {
    name: 'Spanish chat: "Buenas tardes, gracias por comunicarse con la Biblioteca Pública de Hyattsville"',
    lines: [
      [0, 'p', 'buenas tardes, tienen clases de ingles gratis?'],
      [30, 'l', 'Buenas tardes, gracias por comunicarse con la Biblioteca Pública de Hyattsville.'],
      [40, 'l', 'Sí: los martes a las 6 pm, inscríbase en pgcmls.info/esl.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hi, you\'ve reached the Hyattsville Branch." greets and identifies',
    lines: [
      [0, 'p', 'is the book drop open on sundays'],
      [15, 'l', "Hi, you've reached the Hyattsville Branch."],
      [20, 'l', 'Yes, the outdoor book drop is open 24/7.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Heya, librarian on duty here (Sam)"',
    lines: [
      [0, 'p', 'can i bring my dog in'],
      [15, 'l', 'Heya, librarian on duty here (Sam).'],
      [20, 'l', 'Only service animals, sorry!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'privacy placeholders: "Hi [name]! I\'m [name] from the Reference Department"',
    lines: [
      [0, 'p', 'I need old city directories'],
      [25, 'l', "Hi [name]! I'm [name] from the Reference Department."],
      [31, 'l', 'Polk city directories 1900-1990 are on the 2nd floor; the list is at library.example.org/directories.'],
    ],
    exp: some({ greeting: 'pass' }),
  },

  // ---- near misses: a greeting without who, who without a greeting, too late, someone else -------
  {
    name: 'identity only in the screen name ("Marisol (Reference)"): "Hi there! What\'s your question?" fails',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', "Hi there! What's your question?", SCREEN],
      [60, 'p', 'how late are you open tonight'],
      [70, 'l', 'Until 9 pm; all hours are at mcpl.org/hours.', SCREEN],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'a greeting with no identity: "Hello! Let me take a look at that for you."',
    lines: [
      [0, 'p', 'my hold has been in transit for 2 weeks'],
      [15, 'l', 'Hello! Let me take a look at that for you.'],
      [60, 'l', 'It was routed to the wrong branch; it will be at yours by Thursday.'],
    ],
    exp: some({ greeting: 'fail', source: 'fail' }),
  },
  {
    name: 'a bot macro says "hi" and nobody says who: the human\'s "Thanks for waiting. What\'s the title?" names no one',
    lines: [
      [0, 'p', 'i want to suggest a book for the library to buy'],
      [1, 'l', "Hi! Please stay on this page, someone will respond soon.", BOT],
      [50, 'l', "Thanks for waiting. What's the title?", who('kt', 'kt')],
      [80, 'p', 'Wandering Stars by Tommy Orange'],
      [95, 'l', 'Submit it at hcplonline.org/suggest and we will let you know if we order it.', who('kt', 'kt')],
    ],
    exp: some({ greeting: 'fail', pickup: 'pass', clarify: 'pass' }),
  },
  {
    name: 'who without a greeting: "This is Dana at Towson Library." then straight to the answer',
    lines: [
      [0, 'p', 'where is the jstor link'],
      [20, 'l', 'This is Dana at Towson Library. JSTOR is under Databases > J on the library homepage.', DANA],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'LibChat macros: a greeting in macro 1, a queue position in macro 2, the introduction only in the third provider message: fails',
    lines: [
      [0, 'p', 'I need help finding a primary source about the dust bowl'],
      [1, 'l', 'Thanks for your question! Please keep this window open.', BOT],
      [2, 'l', 'You are #3 in the queue.', BOT],
      [50, 'l', "Hi, I'm Ana, a history librarian at Frostburg State.", who('Ana', 'ana')],
      [60, 'l', 'The Library of Congress has FSA photographs and oral histories: loc.gov/collections/fsa-owi-black-and-white-negatives.', who('Ana', 'ana')],
    ],
    exp: some({ greeting: 'fail', pickup: 'pass' }),
  },
  {
    name: 'an apology for the wait is not a greeting: "Sorry for the wait! Ana from Towson Library here."',
    lines: [
      [0, 'p', 'is there a quiet study room i can book'],
      [75, 'l', 'Sorry for the wait! Ana from Towson Library here.'],
      [82, 'l', 'Yes: rooms are booked at towson.libcal.com.'],
    ],
    exp: some({ greeting: 'fail', pickup: 'fail' }),
  },
  {
    name: 'someone else\'s role: "Hi! Your teacher librarian can help with that as well" does not say who is answering',
    lines: [
      [0, 'p', 'i need a biography for a school project'],
      [15, 'l', 'Hi! Your teacher librarian can help with that as well, but I can get you started.', who('chat', 'c1')],
      [22, 'l', 'Which person are you writing about?', who('chat', 'c1')],
    ],
    exp: some({ greeting: 'fail', clarify: 'pass' }),
  },

  // ---- the pickup ---------------------------------------------------------------------------------
  {
    name: 'QuestionPoint: an auto-reply typed as the provider at 1 s is the pickup; the 139 s to the human are a silence after a hold',
    lines: [
      [0, 'p', 'I need the population of allegany county in 1900'],
      [1, 'l', 'Thank you for contacting Ask Us 24/7. A librarian will be with you shortly.', BOT],
      [140, 'l', "Hello, I'm Lee, a librarian with the 24/7 cooperative. Are you looking for the county total or by town?", who('Lee', 'lee')],
      [175, 'p', 'just the total'],
      [200, 'l', 'It was 53,694 (1900 census, Table 5); the scans are at census.gov/library/publications/1901/dec/vol-01-population.html.', who('Lee', 'lee')],
      [210, 'l', 'Does that answer it?', who('Lee', 'lee')],
      [250, 'p', 'yes. nothing more for now'],
      [255, 'l', 'Thanks for using Ask Us 24/7, goodbye!', who('Lee', 'lee')],
    ],
    over: { source: 'questionpoint', provider: { id: 'lee', name: 'Lee', library: 'COOP' } },
    exp: all({ ...GOOD, informed: 'fail' }),
  },
  {
    name: 'LibraryH3lp: queue lines are system messages; the first provider message at 48 s is the pickup',
    lines: [
      [0, 'p', 'hi is there a printer near the cafe'],
      [1, 's', 'Your question has been placed in the queue ask-ref@chat.libraryh3lp.com'],
      [30, 's', 'ask-ref is typing'],
      [48, 'l', 'Hello from the Ask Ref team at Salisbury University Libraries!', LH3],
      [55, 'l', 'Yes, there is one on the first floor next to the cafe; printing info is at libraryguides.salisbury.edu/printing.', LH3],
    ],
    over: { source: 'libraryh3lp' },
    exp: some({ pickup: 'pass', greeting: 'pass' }),
  },
  {
    name: 'recorded pickup at 30 s, first typed message at 70 s: the recorded pickup decides',
    lines: [
      [0, 'p', 'can i get a scan of an article from storage'],
      [70, 'l', "Hi, I'm Jo from the Sample County Library."],
      [80, 'l', 'Yes: request it through ILLiad at sample.illiad.oclc.org; scans arrive by e-mail in 2-3 days.'],
    ],
    over: { pickedUpAt: at(30) },
    exp: some({ pickup: 'pass' }),
  },
  {
    name: 'SMS reply after four minutes fails the pickup',
    lines: [
      [0, 'p', 'do u have the new stephen king'],
      [240, 'l', 'Hi, Jo at Sample County Library here! 12 copies, all checked out; hold at samplecountylibrary.org.', TEXT],
    ],
    over: { source: 'sms' },
    exp: some({ pickup: 'fail', greeting: 'pass' }),
  },
  {
    name: 'patron writes three times; the librarian joins at 61 s: fails by a second',
    lines: [
      [0, 'p', 'hello?'],
      [20, 'p', 'i need to pay a fine'],
      [45, 'p', 'anyone there'],
      [61, 'l', "Hi, I'm Jo at Sample County Library. You can pay online at samplecountylibrary.org/pay."],
    ],
    exp: some({ pickup: 'fail', greeting: 'pass' }),
  },
  {
    name: 'an internal claim at 10 s is not the pickup; the visible greeting at 75 s is',
    lines: [
      [0, 'p', 'my library card number doesnt work for libby'],
      [10, 'i', 'grabbing this one'],
      [75, 'l', "Good afternoon, I'm Jo with Sample County Library. Is it the 14-digit number on the back of the card?"],
    ],
    exp: some({ pickup: 'fail', greeting: 'pass' }),
  },
  {
    name: 'nobody picks up and the patron leaves (coded Lost Call): no provider joined',
    lines: [
      [0, 'p', 'are you open on easter'],
      [150, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: all({
      pickup: 'fail', greeting: 'na', ...NO_EXCHANGE, dismissal: 'na', courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na',
      code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- a provider joined, and whether there was a substantive exchange ---------------------------
  {
    name: 'greeting and a hold, then the patron leaves: no substantive exchange',
    lines: [
      [0, 'p', 'I need articles about the Key Bridge collapse'],
      [20, 'l', 'Hi, Dana at the Law Library here.', DANA],
      [25, 'l', 'Let me check on that.', DANA],
      [40, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: all({
      pickup: 'pass', greeting: 'pass', ...NO_EXCHANGE, dismissal: 'pass', courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass',
      code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'a clarifying question is a substantive exchange even when the patron then vanishes; the idle is handled',
    lines: [
      [0, 'p', 'looking for info on my grandfathers ship in ww2'],
      [30, 'l', "Hello! I'm Dana, a librarian with Ask Us Now.", DANA],
      [36, 'l', 'Do you know the name of the ship, or his unit?', DANA],
      [160, 'l', 'Are you still with me?', DANA],
      [300, 'l', "It looks like you've disconnected, so I'm closing this chat. Feel free to chat with us again anytime!", DANA],
    ],
    over: { endAfter: 3 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'the patron only says "hi" and leaves; the provider greets: a provider joined, no substantive exchange',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', 'Hello! This is Sam at Pratt Library. How can I help?'],
      [30, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: all({
      pickup: 'pass', greeting: 'pass', ...NO_EXCHANGE, dismissal: 'pass', courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass',
      code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'a plain "no" answer with no source is a substantive exchange: source fails, so anything_else applies',
    lines: [
      [0, 'p', 'do you lend laptops'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', "Unfortunately we don't lend laptops, only Chromebooks for use inside the branch."],
      [50, 'p', 'oh ok thanks'],
      [55, 'l', 'Take care!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: '"Hi! Good question — give me a sec." and a check-in only: no substantive exchange',
    lines: [
      [0, 'p', 'how many books can a teacher check out'],
      [20, 'l', 'Hi, Jo here at Sample County Library! Good question, give me a sec.'],
      [100, 'l', 'Are you still there?'],
      [130, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: some({ greeting: 'pass', ...NO_EXCHANGE }),
  },
  {
    name: 'an auto-reply is the only provider message: a provider joined (greeting judged on it), nothing substantive',
    lines: [
      [0, 'p', 'can I reserve a meeting room for a book club'],
      [1, 'l', 'Thank you for contacting Ask a Librarian. A librarian will be with you shortly.', BOT],
      [45, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: some({ pickup: 'pass', greeting: 'pass', ...NO_EXCHANGE, courteous: 'pass' }),
  },
  {
    name: 'a restatement is a substantive exchange: "So you need the 2023 Maryland 502 form?"',
    lines: [
      [0, 'p', 'tax forms from 2023 for maryland'],
      [15, 'l', "Hi, I'm Jo with Sample County Library. So you need the 2023 Maryland 502 form?"],
      [60, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { endAfter: 2 },
    exp: some({ clarify: 'pass', source: 'fail', anything: 'fail' }),
  },

  {
    name: 'SMS: a greeting, a hold and a signature ("-Dana, Pikesville Library") are no substantive exchange',
    lines: [
      [0, 'p', 'can i renew a laptop loan by text'],
      [30, 'l', 'Hi! Checking on that now. -Dana, Pikesville Library', TEXT],
      [70, 's', 'Conversation closed: no reply from patron'],
    ],
    over: { source: 'sms', endAfter: 2 },
    exp: some({ greeting: 'pass', ...NO_EXCHANGE }),
  },
  {
    name: '"Hey! It\'s Priya with Ask Us." and a hold only: no substantive exchange',
    lines: [
      [0, 'p', 'is there a fee for interlibrary loan'],
      [20, 'l', "Hey! It's Priya with Ask Us.", who('Librarian 3', 'lib3')],
      [24, 'l', 'One moment while I look.', who('Librarian 3', 'lib3')],
      [60, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { endAfter: 2 },
    exp: some({ greeting: 'pass', ...NO_EXCHANGE }),
  },

  // ---- the greeting's offer of help is not a clarifying question ----------------------------------
  {
    name: '"Is there something I can help you with?" in the greeting is its offer of help; the answer comes with no question',
    lines: [
      [0, 'p', 'I want to learn spanish, do you have anything'],
      [15, 'l', "Hi, I'm Dana at UMD Libraries. Is there something I can help you with?", DANA],
      [25, 'l', 'We have Mango Languages free with your card: mango.lib.umd.edu.', DANA],
    ],
    exp: some({ clarify: 'fail', greeting: 'pass' }),
  },
  {
    name: '"Anything I can help you with today?" in the greeting is no clarifying question',
    lines: [
      [0, 'p', 'hi there'],
      [10, 'l', "Hello, Jo from Sample County Library here. Anything I can help you with today?"],
      [40, 'p', 'how do i freeze my hold'],
      [50, 'l', 'In your account at samplecountylibrary.org > Holds, choose Suspend.'],
    ],
    exp: some({ clarify: 'fail', greeting: 'pass' }),
  },
  {
    name: 'Spanish "¿En qué te ayudo hoy?" is the greeting\'s offer',
    lines: [
      [0, 'p', 'hola'],
      [10, 'l', '¡Hola! Soy Luis, bibliotecario de la Biblioteca Pública de Wheaton. ¿En qué te ayudo hoy?'],
      [40, 'p', 'quiero renovar un libro'],
      [50, 'l', 'Entra a mcpl.org > Mi cuenta > Renovar.'],
    ],
    exp: some({ clarify: 'fail', greeting: 'pass' }),
  },
  {
    name: '"What do you need help with?" after a patron\'s "hello" is the greeting\'s offer',
    lines: [
      [0, 'p', 'hello'],
      [10, 'l', "Hi! I'm Jo at Sample County Library. What do you need help with?"],
      [40, 'p', 'where do i find the tax forms'],
      [50, 'l', 'At every branch info desk, and online at marylandtaxes.gov/forms.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'a greeting with a real question about the need counts: "Which edition do you need?"',
    lines: [
      [0, 'p', 'do you have the norton anthology'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Which edition do you need?"],
      [40, 'p', '10th'],
      [50, 'l', 'The 10th edition is at 820.8 NOR, Main branch.'],
    ],
    exp: some({ clarify: 'pass' }),
  },

  // ---- closing.anything_else: the provider asks -----------------------------------------------------
  {
    name: 'public library: "Anything more I can look up for you?" and thanks only from the patron',
    lines: [
      [0, 'p', 'when is the next citizenship class'],
      [20, 'l', "Good afternoon! I'm Jo, a librarian with Sample County Library."],
      [26, 'l', 'Are you looking for the test prep class or the free legal clinic?'],
      [60, 'p', 'test prep'],
      [70, 'l', 'The next session starts March 10 at the Main branch; sign up at samplecountylibrary.org/events.'],
      [78, 'l', 'Did that answer your question?'],
      [110, 'p', 'yes thank you!!'],
      [115, 'l', 'Anything more I can look up for you?'],
      [150, 'p', 'ok thanks'],
      [155, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: all({ ...GOOD }),
  },
  {
    name: '"Any other way I can help today?" asks for more needs',
    lines: [
      [0, 'p', 'how do i get a digital card'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Sign up at samplecountylibrary.org/ecard and it works right away.'],
      [60, 'p', 'got it thanks'],
      [65, 'l', 'Any other way I can help today?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"How else can I help?" asks for more needs',
    lines: [
      [0, 'p', 'what is the overdue fine for dvds'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'There are no overdue fines any more; the policy is at samplecountylibrary.org/fines.'],
      [60, 'p', 'oh nice'],
      [65, 'l', 'How else can I help?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Is there anything additional you need?"',
    lines: [
      [0, 'p', 'how do i print in color'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Color printing is 25 cents a page from the 2nd-floor printer; the guide is at samplecountylibrary.org/print.'],
      [60, 'p', 'kk'],
      [65, 'l', 'Is there anything additional you need?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'Spanish: "¿Alguna otra duda?"',
    lines: [
      [0, 'p', 'hola, a que hora cierran hoy'],
      [15, 'l', 'Hola, soy Ana de la Biblioteca de Wheaton.'],
      [20, 'l', 'Hoy cerramos a las 8 pm; los horarios están en mcpl.org/horarios.'],
      [60, 'p', 'ok gracias'],
      [65, 'l', '¿Alguna otra duda?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'academic: "Any other research questions I can help with?"',
    lines: [
      [0, 'p', 'whats the best database for nursing articles'],
      [15, 'l', "Hi, I'm Jo from the Health Sciences Library."],
      [20, 'l', 'CINAHL Complete is the main one; it is under Databases > C.'],
      [60, 'p', 'thanks'],
      [65, 'l', 'Any other research questions I can help with?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'SMS terse: "need anything else? -jo"',
    lines: [
      [0, 'p', 'is the lot by the library free'],
      [30, 'l', 'Hi, Jo at Sample County Library. Yes, free for 3 hrs, map at samplecountylibrary.org/parking', TEXT],
      [60, 'p', 'thx'],
      [70, 'l', 'need anything else? -jo', TEXT],
    ],
    over: { source: 'sms' },
    exp: some({ anything: 'pass' }),
  },

  // ---- near misses: "anything else" that is not about more needs --------------------------------
  {
    name: '"Is there anything else you\'ve tried besides Google?" asks about the search, not for more needs',
    lines: [
      [0, 'p', 'cant find anything on the history of our church'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', "Is there anything else you've tried besides Google?"],
      [60, 'p', 'no just google'],
      [70, 'l', 'The Maryland Center for History and Culture has church records; search their catalog at mdhistory.org.'],
      [110, 'p', 'ok thanks'],
      [115, 'l', 'Good luck!'],
    ],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    name: '"Do you need anything else from the book besides the map?" is about the current need',
    lines: [
      [0, 'p', 'can you scan the map in the back of the 1877 atlas of baltimore county'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Do you need anything else from the book besides the map?'],
      [60, 'p', 'nope'],
      [70, 'l', 'The whole atlas is already digitized at jhir.library.jhu.edu, search "1877 atlas Baltimore County".'],
      [110, 'p', 'wow ok'],
      [115, 'l', 'Enjoy!'],
    ],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    name: '"Anything else I should know about the assignment?" asks about the need',
    lines: [
      [0, 'p', 'i need 3 sources on climate migration'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Anything else I should know about the assignment?'],
      [60, 'p', 'they have to be from 2020 or later'],
      [70, 'l', 'Try Gale In Context: Global Issues, topic "Climate Refugees", and filter 2020-2026.'],
      [110, 'p', 'cool ty'],
      [115, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    name: '"If anything else comes up, feel free to chat back!" invites back but asks nothing',
    lines: [
      [0, 'p', 'how long can i keep a dvd'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'DVDs go out for 2 weeks; loan periods are at samplecountylibrary.org/borrowing.'],
      [60, 'p', 'ok thx'],
      [65, 'l', 'If anything else comes up, feel free to chat back!'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },

  // ---- closing.anything_else: the patron says they are done ---------------------------------------
  {
    name: 'patron: "that\'s it for today, thx"',
    lines: [
      [0, 'p', 'do you have any knitting classes'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Knit Night is Thursdays at 6 at Main; see samplecountylibrary.org/events.'],
      [60, 'p', "great. that's it for today, thx"],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'patron: "that\'ll be all, thanks"',
    lines: [
      [0, 'p', 'whats the wifi password'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'No password: join "SCL-Public" and accept the terms; help is at samplecountylibrary.org/wifi.'],
      [60, 'p', "that'll be all, thanks"],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'patron: "all done, ty!"',
    lines: [
      [0, 'p', 'how do i return an ebook early'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'In Libby: Shelf > Loans > Manage Loan > Return Early.'],
      [60, 'p', 'all done, ty!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'patron: "I\'ve got what I need"',
    lines: [
      [0, 'p', 'is there a guide for chicago style footnotes'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Yes: the Purdue OWL page at owl.purdue.edu covers notes and bibliography.'],
      [60, 'p', "perfect, I've got what I need"],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'British patron: "No, I\'m sorted, cheers"',
    lines: [
      [0, 'p', 'how do I reserve a PC'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Book a PC at samplecountylibrary.org/pcs up to a week ahead.'],
      [26, 'l', 'Anything you need for it, like a guest pass?'],
      [60, 'p', "No, I'm sorted, cheers"],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'Spanish patron: "Eso sería todo, gracias"',
    lines: [
      [0, 'p', 'donde encuentro libros en español para niños'],
      [15, 'l', 'Hola, soy Ana de la Biblioteca de Wheaton.'],
      [20, 'l', 'Están en la sección infantil, estante J SPA, y en línea en mcpl.org/espanol.'],
      [60, 'p', 'Eso sería todo, gracias'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'patron: "that was my only question"',
    lines: [
      [0, 'p', 'when does the summer reading program start'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'June 14; register at samplecountylibrary.org/summer.'],
      [60, 'p', 'ok that was my only question, thanks!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'patron: "nope, no further questions from me"',
    lines: [
      [0, 'p', 'how many renewals do i get'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Up to 3, unless someone is waiting; see samplecountylibrary.org/renew.'],
      [60, 'p', 'nope, no further questions from me'],
    ],
    exp: some({ anything: 'pass' }),
  },

  // ---- near misses: thanks, ok, and "that's all/it" that do not say done -------------------------
  {
    name: 'thanks only: "perfect, appreciate it!!"',
    lines: [
      [0, 'p', 'can i donate books'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Yes, at any branch desk; the guidelines are at samplecountylibrary.org/donate.'],
      [60, 'p', 'perfect, appreciate it!!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"that\'s all very helpful, thank you" praises the answer; it does not say the patron is done',
    lines: [
      [0, 'p', 'how do i find my ancestors naturalization papers'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Start with the USCIS Genealogy Program at uscis.gov/records/genealogy; for papers before 1906 check the county court records.'],
      [60, 'p', "that's all very helpful, thank you"],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"yes that\'s it! the one with the green cover" recognises the book; the patron goes on',
    lines: [
      [0, 'p', 'theres a book about a girl and a lighthouse, green cover, came out last year'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'Could it be The Lightkeeper by Chandra Myers? It is in the catalog at samplecountylibrary.org.'],
      [60, 'p', "yes that's it! the one with the green cover. can i put it on hold?"],
      [70, 'l', 'Sure: click Place Hold on the record and pick your branch.'],
      [100, 'p', 'ok cool'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"I\'m all set up on the app now, thanks" reports the setup; it does not say the patron is done',
    lines: [
      [0, 'p', 'how do i add my card to libby'],
      [15, 'l', "Hi, I'm Jo at Sample County Library."],
      [20, 'l', 'In Libby tap Menu > Add Library, search Sample County, then enter your card number.'],
      [60, 'p', "I'm all set up on the app now, thanks"],
    ],
    exp: some({ anything: 'fail' }),
  },

  // ---- whole sessions -------------------------------------------------------------------------------
  {
    name: 'teen on SMS, chat-speak: "yo" greeting from the patron, the provider greets and signs; "im good now" closes',
    lines: [
      [0, 'p', 'yo do u guys have the manga chainsaw man'],
      [35, 'l', 'Hey! This is Jo at the Sample County Library teen desk. Which volume are you after?', TEXT],
      [70, 'p', 'vol 12'],
      [80, 'l', 'Vol 12 is in at Main, shelf YA GN FUJ; you can hold it at samplecountylibrary.org.', TEXT],
      [88, 'l', 'that work?', TEXT],
      [120, 'p', 'ya im good now'],
      [125, 'l', 'Cool, thx for texting!', TEXT],
    ],
    over: { source: 'sms' },
    exp: all({ ...GOOD }),
  },
  {
    name: 'cooperative, formal: "Greetings, you are connected with a librarian from the statewide cooperative"; the patron is thanked but never asked',
    lines: [
      [0, 'p', 'Good evening. I am looking for my late father\'s obituary from 1994 in Cumberland.'],
      [40, 'l', 'Greetings, you are connected with a librarian from the statewide cooperative.', QP],
      [48, 'l', 'Do you know the exact date of death, and which paper it would have been in?', QP],
      [110, 'p', 'March 1994, the Cumberland Times-News I believe.'],
      [120, 'l', 'One moment while I check the holdings.', QP],
      [200, 'l', 'The Times-News for 1994 is on microfilm at the Allegany County Library System, and NewspaperArchive has it online: newspaperarchive.com, free at any Allegany branch.', QP],
      [260, 'p', 'Thank you very much.'],
      [265, 'l', 'You are welcome. Thank you for using the service, good night.', QP],
    ],
    over: { source: 'questionpoint', resolutionCode: 'Answered' },
    exp: all({ ...GOOD, complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'academic LibChat: identity only in the screen name; "How may I assist?" offer; the source with no question; the patron "nope that covers it"',
    lines: [
      [0, 's', 'Chat started'],
      [3, 'p', 'do we have access to the wall street journal'],
      [40, 'l', 'Hi! How may I assist?', SCREEN],
      [55, 'l', 'Yes: students get WSJ.com free by registering with your school e-mail at guides.lib.example.edu/wsj.', SCREEN],
      [63, 'l', 'Were you able to get in?', SCREEN],
      [130, 'p', 'yep, nope that covers it'],
      [135, 'l', 'Great, have a good one!', SCREEN],
    ],
    over: { source: 'libchat', resolutionCode: undefined },
    exp: all({ ...GOOD, greeting: 'fail', clarify: 'fail', code: 'na' }),
  },
  {
    name: 'law library with two questions: "Any other legal research I can point you to?" and "No that\'s everything"',
    lines: [
      [0, 'p', 'I need the text of the Maryland rule on discovery in civil cases'],
      [30, 'l', 'Hello, and welcome to the State Law Library chat. My name is Terrence.', who('SLL Reference', 'sll')],
      [42, 'l', 'Is this for a District Court case or Circuit Court?', who('SLL Reference', 'sll')],
      [80, 'p', 'circuit'],
      [95, 'l', 'That is Title 2, Chapter 400 of the Maryland Rules, free at govt.westlaw.com/mdc.', who('SLL Reference', 'sll')],
      [103, 'l', 'Is that what you needed?', who('SLL Reference', 'sll')],
      [150, 'p', 'yes thank you'],
      [155, 'l', 'Any other legal research I can point you to?', who('SLL Reference', 'sll')],
      [190, 'p', "No that's everything"],
      [196, 'l', 'Thank you for contacting the State Law Library!', who('SLL Reference', 'sll')],
    ],
    exp: all({ ...GOOD }),
  },
  {
    name: 'public library, provider never greets ("Yes we do!") and asks nothing at the end; the patron only says "ok cool"',
    lines: [
      [0, 'p', 'do you have museum passes'],
      [25, 'l', 'Yes we do! The list is at samplecountylibrary.org/passes.'],
      [60, 'p', 'ok cool'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'fail', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Spanish whole chat: "¡Hola, buenas noches! Habla Rosa, de Pregunte a un Bibliotecario"; "¿Necesita algo más?"; "no, eso es todo"',
    lines: [
      [0, 'p', 'buenas noches, como saco un libro electronico'],
      [30, 'l', '¡Hola, buenas noches! Habla Rosa, de Pregunte a un Bibliotecario.', who('Rosa', 'rosa')],
      [38, 'l', '¿Usa un teléfono o una computadora?', who('Rosa', 'rosa')],
      [80, 'p', 'telefono'],
      [90, 'l', 'Descargue la aplicación Libby, busque su biblioteca y entre con su número de tarjeta; la guía en español está en pgcmls.info/libby-es.', who('Rosa', 'rosa')],
      [98, 'l', '¿Le sirvió?', who('Rosa', 'rosa')],
      [140, 'p', 'si'],
      [145, 'l', '¿Necesita algo más?', who('Rosa', 'rosa')],
      [180, 'p', 'no, eso es todo'],
      [185, 'l', '¡Gracias por escribirnos, buenas noches!', who('Rosa', 'rosa')],
    ],
    exp: all({ ...GOOD }),
  },
  {
    name: 'a school librarian at lunch, typos: "helo! ms. reyes (school library) here" and "ne thing else?"',
    lines: [
      [0, 'p', 'do we have a copy of the crucible'],
      [20, 'l', 'helo! ms. reyes (school library) here', who('NHS Library', 'nhs')],
      [26, 'l', 'do u need the play itself or a study guide?', who('NHS Library', 'nhs')],
      [60, 'p', 'the play'],
      [70, 'l', 'we have 6 copies, shelf 812 MIL, come by at lunch', who('NHS Library', 'nhs')],
      [80, 'l', 'that help?', who('NHS Library', 'nhs')],
      [110, 'p', 'yes'],
      [115, 'l', 'anything else?', who('NHS Library', 'nhs')],
      [150, 'p', 'no thats it'],
      [155, 'l', 'see u at lunch, bye!', who('NHS Library', 'nhs')],
    ],
    exp: all({ ...GOOD }),
  },
  {
    name: 'idle ending: greeting + clarifying question, an answer, then the patron vanishes; the provider asks "Anything else?" and closes',
    lines: [
      [0, 'p', 'where do i find the agenda for the county council meeting'],
      [20, 'l', "Hi! You've reached Ask Us at Howard County Library System.", who('Ask Us', 'hcls')],
      [28, 'l', "Is it this Monday's meeting you mean?", who('Ask Us', 'hcls')],
      [60, 'p', 'yes'],
      [70, 'l', 'Agendas are posted at cc.howardcountymd.gov under Meetings; Monday\'s is the first link.', who('Ask Us', 'hcls')],
      [78, 'l', 'Did that get you there? Anything else?', who('Ask Us', 'hcls')],
      [210, 'l', 'Still there?', who('Ask Us', 'hcls')],
      [300, 'l', "I haven't heard back, so it seems you've disconnected. I'll close the chat now, but come back any time!", who('Ask Us', 'hcls')],
    ],
    over: { endAfter: 2 },
    exp: all({ ...GOOD, idle: 'pass', disconnect: 'pass' }),
  },
  // ---- the greeting's offer asked again after the answer (added at the merge) ----------------------
  {
    name: 'after the answer, "Is there anything I can help you with?" asks for more: anything_else passes',
    lines: [
      [0, 'p', 'what time does the Bel Air branch close today'],
      [15, 'l', "Hi, I'm Rae at Harford County Public Library. Bel Air closes at 8 tonight; hours are at hcplonline.org/locations."],
      [40, 'p', 'ok cool'],
      [50, 'l', 'Is there anything I can help you with?'],
      [70, 'p', 'no'],
      [75, 'l', 'Have a good night!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'a colleague greeting with the offer after a transfer asks for the question, not for more: anything_else fails',
    lines: [
      [0, 'p', 'do you have the 1910 Sanborn maps for Annapolis, and can I get a copy of one sheet'],
      [15, 'l', "Hi, I'm Rae at Anne Arundel County Public Library. The Sanborn maps are in the Maryland State Archives' online collection at msa.maryland.gov."],
      [40, 'p', 'great, and the copy?'],
      [50, 'i', 'Transferring to Kim at the Archives for a copy request'],
      [52, 's', 'Transferred to Kim', sys('transfer', 'kim')],
      [60, 'l', 'Hello, this is Kim with the Maryland State Archives. How can I help you?', who('Kim', 'kim')],
      [80, 'p', 'one sheet of the 1910 map, Main St'],
      [95, 'l', 'You can order it at msa.maryland.gov/msa/refserv; it takes about a week. Thanks for chatting!', who('Kim', 'kim')],
    ],
    exp: some({ anything: 'fail' }),
  },
];

describeSessions('sixth round (C): openings, substantive exchange, anything else', cases);

// ---- phrasings dropped into one session ---------------------------------------------------------

/** The patron asks, the provider greets and answers; then the patron's closing words (thanks only unless `text` says done). */
function patronCloses(text: string): Line[] {
  return [
    [0, 'p', 'how late is the Main branch open on Fridays?'],
    [15, 'l', "Hi, I'm Jo at Sample County Library."],
    [20, 'l', 'Main is open until 6 on Fridays; all hours are at samplecountylibrary.org/hours.'],
    [60, 'p', text],
  ];
}
/** The provider answers, then asks `text` at the end. */
function providerAsks(text: string): Line[] {
  return [
    [0, 'p', 'how late is the Main branch open on Fridays?'],
    [15, 'l', "Hi, I'm Jo at Sample County Library."],
    [20, 'l', 'Main is open until 6 on Fridays; all hours are at samplecountylibrary.org/hours.'],
    [60, 'p', 'ok'],
    [65, 'l', text],
  ];
}
/** The provider's first message is `text`; a second one gives the answer. */
function opening(text: string): Line[] {
  return [
    [0, 'p', 'how late is the Main branch open on Fridays?'],
    [15, 'l', text, who('Chat Desk', 'desk')],
    [20, 'l', 'Main is open until 6 on Fridays; all hours are at samplecountylibrary.org/hours.', who('Chat Desk', 'desk')],
  ];
}

const DONE = [
  'nope, that about covers it',
  "I'm all good, cheers",
  'nothing more for now, thank you',
  "that's everything for me today",
  'thats all i needed ty',
  "alright I'm done, thanks!",
  'All done here, thank you',
  "we're all sorted, thanks a lot",
  'Ive got everything I need',
  'no more qs, thx',
  'that will do it, thanks',
  'Es todo, muchas gracias',
  'No, sería todo. Gracias',
  "That'd be all, thank you",
  'im sorted now thx',
  'yep all sorted',
  'That should do it, thanks!',
  'Eso será todo.',
];
const NOT_DONE = [
  'ok thank you so much!!',
  'cool ty',
  'great, appreciate it',
  'thanks, that is all really useful',
  'oh thats it? only till 6?',
  "I'm all set up with a card already",
  'muchas gracias!',
  'wow thats all so helpful',
  "great that's it, the second one!",
];
const ASKS = [
  'Anything further I can track down?',
  'Any other way I can be of help?',
  'How else can I help you today?',
  'Is there anything additional I can find for you?',
  'Any more questions for me?',
  '¿Alguna otra duda?',
  '¿Le puedo ayudar en algo más?',
  'What other questions do you have?',
  'Is there something more I can do for you?',
  'Any other ways we could assist?',
  'How else might we help you?',
  '¿Tiene alguna otra duda?',
  'Any follow-up questions?',
];
const NOT_ASKS = [
  'Anything else you tried before coming to chat?',
  'If anything else comes up, we are here until 9.',
  'Nothing else to report on that.',
  "Anything else you've already checked?",
  'Is there anything else I need to know about the class?',
];
const GREETS = [
  'Hey hey! Jo from Sample County Library here.',
  'Morning! You are chatting with Jo, one of the librarians at Sample County.',
  'Hiya, this is the Sample County Library chat team.',
  'Thanks for reaching out to Sample County Library!',
  'Welcome to Ask a Librarian, Jo speaking.',
  'Hello from the Sample County reference desk!',
  'Buenas! Soy Jo, bibliotecaria de Sample County.',
  'Evening! Jo at Sample County Library here.',
  "Hey there, it's Jo from the Sample County Library.",
  "Good morning, I'm one of the reference staff at Sample County.",
  "Hey, it's Priya here.",
  'Hi there, Marisol @ Sample County Library',
  'Good evening! ~Tomas, Sample County Library',
];
const NOT_GREETS = [
  'Hi there! What can I help you with?',
  'Hello, one moment while I look.',
  'Jo from Sample County Library here.',
  'Sorry about the wait, Jo from Sample County Library here.',
  'Hi! Your branch librarian can help with that too.',
  'Hi! Try these:\n- ABI/INFORM\n- Gale Ebooks',
  "Hi! It's Monday, so the branch opens late.",
  "Hello! It's Open Access, so no login is needed.",
];
const GREETING_OFFERS = [
  "Hi, I'm Jo at Sample County Library. Is there something I can help you with?",
  "Hi, I'm Jo at Sample County Library. Anything I can help you with today?",
  "Hi, I'm Jo at Sample County Library. What can I dig up for you?",
  "Hi, I'm Jo at Sample County Library. What do you need help with today?",
  'Hola, soy Jo de Sample County Library. ¿En qué te ayudo?',
  "Hi, I'm Jo at Sample County Library. What would you like help with?",
  "Hi, I'm Jo at Sample County Library. Something I can help you with?",
  "Hi, I'm Jo at Sample County Library. What can I track down for you?",
];

const PHRASINGS: [label: string, list: string[], session: (text: string) => Line[], id: CheckId, expected: string][] = [
  ['patron done', DONE, patronCloses, 'closing.anything_else', 'pass'],
  ['patron not done', NOT_DONE, patronCloses, 'closing.anything_else', 'fail'],
  ['anything else', ASKS, providerAsks, 'closing.anything_else', 'pass'],
  ['not anything else', NOT_ASKS, providerAsks, 'closing.anything_else', 'fail'],
  ['greets and identifies', GREETS, opening, 'approachability.greeting', 'pass'],
  ['greeting without both', NOT_GREETS, opening, 'approachability.greeting', 'fail'],
  ['greeting offer is no clarifying question', GREETING_OFFERS, opening, 'inquiry.clarify', 'fail'],
];

describe('sixth round (C): phrasings', () => {
  describe.each(PHRASINGS)('%s', (_label, list, session, id, expected) => {
    it.each(list)('%s', (text) => {
      expect(score(chat(session(text))).checks.find((x) => x.id === id)?.status).toBe(expected);
    });
  });
});
