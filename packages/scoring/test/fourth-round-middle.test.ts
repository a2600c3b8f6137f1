/**
 * Fourth round of whole sessions, about the middle of a chat: what counts as a source (URLs and
 * bare domains, catalogue searches, call numbers, named databases, books and guides, the steps to
 * a web page or through an app, against an organisation or an app named with no way to reach it),
 * what counts as a clarifying question or restatement before the first source (home library,
 * deadline, format, grade level; against greeting questions, holds, check-ins and "anything
 * else?"), completeness questions in or after the first answer (against offers of something not
 * yet given), and hold messages and silences around 120 s. Styles: academic LibChat, the 24/7
 * cooperative's macros, SMS, typos and chat-speak, kids and teens, ESL and Spanish speakers,
 * British and Australian phrasing, several questions in one chat. The statuses are what a literal
 * reader of RUBRIC.md would give; only the checks each case is about are listed.
 */
import type { Message } from '@askqa/contract';
import { describeSessions, type SessionCase } from './helpers';

const NELL: Partial<Message> = { author: 'Nell Byrne', authorId: 'nell' };

const sources: SessionCase[] = [
  {
    name: 'British public library: home library asked, a bare gov.uk domain with the log-in steps, "Did that sort it for you?"',
    lines: [
      [0, 'p', 'hiya how do i renew my books online'],
      [20, 'l', 'Hiya, Nell here at Leeds Libraries. Are they books you borrowed from us, or from the university library?', NELL],
      [50, 'p', 'from you, Headingley branch'],
      [70, 'l', 'You can renew them at leeds.gov.uk/libraries - sign in with your card number and PIN and choose Renew all.', NELL],
      [80, 'l', 'Did that sort it for you?', NELL],
      [120, 'p', 'yes ta'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: 'Australian: Trove named as the place to search (a database), "Does that give you somewhere to start?"',
    lines: [
      [0, 'p', 'trying to find when my grandad arrived in sydney, 1920s sometime'],
      [25, 'l', "G'day, you're chatting with a State Library librarian. Do you know roughly what year, or the name of the ship?"],
      [60, 'p', '1923 i think. no idea about the ship'],
      [80, 'l', 'Have a look in Trove: search his surname with "passenger" and limit the dates to 1922-1924, and the shipping columns of the Sydney papers will come up.'],
      [95, 'l', 'Does that give you somewhere to start?'],
      [130, 'p', 'yep cheers'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'public library health question: Consumer Health Complete named (a database), asked who it is for first',
    lines: [
      [0, 'p', 'my mum was just told she has type 2 diabetes, where can i read about what she should eat'],
      [20, 'l', "Hello, I'm Raj at Howard County Library. I'm sorry to hear that. Is this for general reading for your family, or something more clinical, like for a nursing course?"],
      [55, 'p', 'just for us, general'],
      [70, 'l', 'Consumer Health Complete is a good place to start: it has plain-language leaflets on diabetes and meal planning, free with your library card.'],
      [85, 'l', 'Is that the kind of information you were hoping for?'],
      [110, 'p', 'yes perfect'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'academic: Academic OneFile and HeinOnline named without URLs, "Will that work for your paper?"',
    lines: [
      [0, 'p', 'I need law review articles on facial recognition and the 4th amendment'],
      [20, 'l', 'Hi, this is the law library reference desk. Is this for a seminar paper, and do you need only US sources?'],
      [60, 'p', 'seminar paper, US only'],
      [90, 'l', 'HeinOnline is the best place for law reviews; search facial recognition AND "fourth amendment" in the Law Journal Library. Academic OneFile will add some news coverage.'],
      [100, 'l', 'Will that work for your paper?'],
      [140, 'p', 'yes that is great'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'kids: the catalogue search described, format asked first, "Do any of those sound like what you had in mind?"',
    lines: [
      [0, 'p', 'hi i need books about ramadan for my daughter'],
      [20, 'l', 'Hi! This is Amina at the library. How old is she, and would she like picture books or chapter books?'],
      [50, 'p', 'shes 5, picture books'],
      [70, 'l', "I searched our catalog for Ramadan in the children's collection: Lailah's Lunchbox and Under the Ramadan Moon are both in at Woodlawn."],
      [80, 'l', 'Do any of those sound like what you had in mind?'],
      [110, 'p', 'yes thank you'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'teen: a quoted title with its fiction call number (a named book), "Is that the right one?"',
    lines: [
      [0, 'p', 'do yall have the hate u give'],
      [15, 'l', 'Hey! Is that for school or just to read? We have the book and the movie.'],
      [40, 'p', 'for english class, the book'],
      [55, 'l', 'We have "The Hate U Give" in Teen Fiction at YA FIC THOMAS, and two copies are on the shelf at North Point.'],
      [60, 'l', 'Is that the right one?'],
      [80, 'p', 'ya thx'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'two copies of a quoted title available (a named book, no author, no word "book")',
    lines: [
      [0, 'p', 'Is "Where the Crawdads Sing" available anywhere? The waiting list for the ebook is huge'],
      [20, 'l', 'Hi, Jo from the library here. Do you mind a print copy, or does it need to be digital?'],
      [45, 'p', 'print is fine'],
      [60, 'l', 'We have two copies of "Where the Crawdads Sing" checked in at Cockeysville right now; you can place a hold so one is kept for you.'],
      [70, 'l', 'Does that help?'],
      [90, 'p', 'yes!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'Libby named with the steps through the app: a source; grade asked first',
    lines: [
      [0, 'p', 'how do i get audiobooks on my phone'],
      [20, 'l', 'Hi, this is Jo at Harford County Public Library. Do you have an iPhone or an Android phone?'],
      [40, 'p', 'android'],
      [60, 'l', 'Install Libby from the Play Store, tap Find My Library, search "Harford County" and sign in with your card number and PIN.'],
      [70, 'l', 'Were you able to sign in?'],
      [160, 'p', 'yes it worked'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'the Libby app named with no way to reach or use it: not a source',
    lines: [
      [0, 'p', 'can i get free audiobooks from the library'],
      [20, 'l', 'Hi, this is Jo at the library. Do you mean to listen on a phone or borrow CDs?'],
      [40, 'p', 'phone'],
      [55, 'l', 'Yes! Lots of our patrons use the Libby app for that, and it is free with your card.'],
      [70, 'p', 'cool thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'fail' },
  },
  {
    name: 'an agency named with no way to reach it (Division of Vital Records): not a source',
    lines: [
      [0, 'p', 'how do i get a copy of my birth certificate, i was born in maryland'],
      [20, 'l', 'Hi, Jo at the library here. Are you in Maryland now, or out of state?'],
      [40, 'p', 'still in md'],
      [60, 'l', "Birth certificates come from the Division of Vital Records, part of the state's Department of Health. You'd apply with them directly; the library can't issue them."],
      [75, 'l', 'Does that answer your question?'],
      [100, 'p', 'i guess'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'pass' },
  },
  {
    name: 'the state archives named as an organisation with no way to reach it: not a source',
    lines: [
      [0, 'p', 'where would i find my great grandfathers naturalization papers? he came over in 1905'],
      [20, 'l', 'Hello, Jo at the library. Do you know which county he lived in when he was naturalized?'],
      [50, 'p', 'baltimore city'],
      [70, 'l', 'Naturalizations from the city courts of that time are held by the Maryland State Archives, so they would be the ones with his papers.'],
      [90, 'p', 'ok thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail' },
  },
  {
    name: 'the same organisation with its web address: a source',
    lines: [
      [0, 'p', 'where would i find my great grandfathers naturalization papers? he came over in 1905'],
      [20, 'l', 'Hello, Jo at the library. Do you know which county he lived in when he was naturalized?'],
      [50, 'p', 'baltimore city'],
      [70, 'l', 'The Maryland State Archives hold the city court naturalizations of that time; their indexes are searchable at msa.maryland.gov under Reference & Research.'],
      [90, 'p', 'ok thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'a referral with a phone number is a source; the question about the estate comes first',
    lines: [
      [0, 'p', 'how do i get a copy of my dads will, he passed last year'],
      [20, 'l', "Hi, I'm Jo with Ask a Librarian, I'm sorry for your loss. Was his estate handled in Anne Arundel County?"],
      [50, 'p', 'yes'],
      [65, 'l', 'Wills filed for probate are kept by the Register of Wills for Anne Arundel County; you can call them at 410-222-1397 to request a copy.'],
      [80, 'p', 'thank you'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'a web page with the steps to reach it and no URL; the deadline asked first',
    lines: [
      [0, 'p', 'can i book a study room for my group'],
      [20, 'l', 'Hi! Jo from the library. Which day do you need it, and how many people?'],
      [50, 'p', 'thursday, 5 of us'],
      [70, 'l', 'On our website, hover over Using the Library and click Study Rooms; pick Central and Thursday and the free slots show up.'],
      [80, 'l', 'Were you able to find a slot?'],
      [170, 'p', 'got one, 3pm'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'SMS: the front desk named with no contact, no question asked: no source, no clarifying',
    lines: [
      [0, 'p', 'whats the wifi pw at towson branch'],
      [30, 'l', 'Hi! The password is posted at the front desk and staff there can give it to you. We cannot text it for security reasons.'],
      [60, 'p', 'k'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'fail', 'followup.completeness': 'fail' },
  },
  {
    name: 'the patron names the database, the provider only confirms it: no source from the provider',
    lines: [
      [0, 'p', 'is jstor free with my county library card?'],
      [20, 'l', 'Hi, Jo at the library here. Do you live in the county or just work here?'],
      [40, 'p', 'live here'],
      [55, 'l', "Then yes, it's free for you. Sign in with your card number when it asks."],
      [70, 'p', 'great'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'fail' },
  },
  {
    name: 'LC call number and the catalogue, after a restatement in its own message',
    lines: [
      [0, 'p', 'Hello, I am looking for a book on the history of the Lumbee tribe for my Native American Studies class'],
      [20, 'l', "Hi, I'm Dana, a reference librarian at UNC Pembroke's Livermore Library."],
      [25, 'l', "So you're looking for a history of the Lumbee, something scholarly enough to cite."],
      [60, 'p', 'yes exactly'],
      [80, 'l', 'The Lumbee Problem by Karen Blu is a classic; the catalog has it at E99 .C91 B58 on the 3rd floor.'],
      [90, 'l', 'Is that what you needed?'],
      [120, 'p', 'yes thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'Spanish: the grade asked, a named database in Spanish, "¿Le sirve esa información?"',
    lines: [
      [0, 'p', 'hola necesito informacion sobre los volcanes para mi hijo'],
      [20, 'l', 'Hola, le atiende Lucía, bibliotecaria de la Biblioteca del Condado. ¿En qué grado está su hijo?'],
      [50, 'p', 'tercer grado'],
      [70, 'l', 'Le recomiendo la base de datos PebbleGo, que tiene artículos sobre volcanes en español para niños; entre con su número de tarjeta.'],
      [80, 'l', '¿Le sirve esa información?'],
      [110, 'p', 'si gracias'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'Spanish: a URL in the first answer with a restatement before it, "¿Es lo que necesitaba?"',
    lines: [
      [0, 'p', 'buenas, como saco la tarjeta de la biblioteca si no tengo licencia'],
      [20, 'l', 'Buenas tardes, soy Marco de la biblioteca. Entonces, usted necesita sacar la tarjeta sin licencia de conducir.'],
      [45, 'p', 'si'],
      [60, 'l', 'Puede usar otro documento con foto y un comprobante de domicilio; la lista está en bpl.org/tarjeta.'],
      [70, 'l', '¿Es lo que necesitaba?'],
      [95, 'p', 'si muchas gracias'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
];

const clarifying: SessionCase[] = [
  {
    name: 'British restatement as a statement: "Just to check I\'ve understood: you\'re after…"',
    lines: [
      [0, 'p', 'Hello, I want the census for my family in Bristol, they were there in the 1880s'],
      [25, 'l', "Good afternoon, you're through to the library enquiry service."],
      [30, 'l', "Just to check I've understood: you're after the 1881 census for a family living in Bristol."],
      [60, 'p', 'yes that one'],
      [80, 'l', 'Ancestry Library Edition has the 1881 census indexed; it is free on the computers at any of our libraries.'],
      [90, 'l', 'Is that any use?'],
      [110, 'p', 'brilliant thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'restatement "So you\'d like…" before the source',
    lines: [
      [0, 'p', 'I want to read something about the women codebreakers in WW2'],
      [20, 'l', 'Hi there, Jo at the library.'],
      [25, 'l', "So you'd like a book on the women who broke codes during the war, not a film."],
      [50, 'p', 'right, a book'],
      [70, 'l', 'Code Girls by Liza Mundy is the one most people start with; we have it in print and as an ebook.'],
      [80, 'l', 'Sound good?'],
      [100, 'p', 'yes'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'teen SMS: "what grade r u in" without "?" before the source',
    lines: [
      [0, 'p', 'need sources for a project on climate change'],
      [20, 'l', 'hey! what grade r u in'],
      [40, 'p', '9th'],
      [60, 'l', 'ok try Gale In Context: Science, its on our Teens page under Homework Help'],
      [70, 'l', 'that what u were after?'],
      [90, 'p', 'ya'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'ESL patron: a question about the language and level before the source',
    lines: [
      [0, 'p', 'hello i want book for learn english, level begin'],
      [20, 'l', 'Welcome! My name is Jo, I am a librarian. What is your first language? Some of our books explain English in Spanish, Chinese or Arabic.'],
      [60, 'p', 'spanish'],
      [80, 'l', 'Our catalog has "English for Spanish Speakers" at 428.2461 ENG, and Mango Languages has free lessons with your card.'],
      [95, 'l', 'Is that helpful?'],
      [120, 'p', 'yes thank you very much'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'only greeting questions ("How are you doing today?", "What can I help you find?") before the source: no clarifying',
    lines: [
      [0, 'p', 'hi'],
      [15, 'l', 'Hi! How are you doing today?'],
      [30, 'p', 'good, i need the tax forms for 2025'],
      [45, 'l', 'Great. What can I help you find?'],
      [60, 'p', 'the 1040'],
      [70, 'l', 'You can print the 1040 and its instructions from irs.gov/forms.'],
      [80, 'l', 'Anything else?'],
      [95, 'p', 'no'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass', 'followup.completeness': 'fail' },
  },
  {
    name: '"May I put you on hold for a couple of minutes?" is a hold, not a question about the need',
    lines: [
      [0, 'p', 'do you have the 1850 census for Harford County'],
      [20, 'l', 'Hello, Jo at the library. May I put you on hold for a couple of minutes?'],
      [30, 'p', 'sure'],
      [120, 'l', 'Yes: HeritageQuest Online has the 1850 census with images, free with your card.'],
      [130, 'p', 'thank you'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: '"Is it ok if I transfer you to our business librarian?" and "Are you still with me?" are not questions about the need',
    lines: [
      [0, 'p', 'I need industry data on craft breweries for a business plan'],
      [20, 'l', "Hi, I'm Jo. Is it ok if I transfer you to our business librarian?"],
      [90, 'p', 'ok'],
      [100, 'l', 'Are you still with me?'],
      [110, 'p', 'yes'],
      [130, 'l', 'IBISWorld has an industry report on craft beer production with market size and trends; log in with your library card.'],
      [140, 'p', 'thanks'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'a question in the same message as the first source does not come before it',
    lines: [
      [0, 'p', 'how do I cite a YouTube video in APA'],
      [20, 'l', "Hi, I'm Jo, a librarian. Is this for APA 7th edition? Our citation guide has a YouTube example: guides.lib.umd.edu/apa."],
      [50, 'p', 'yes 7th'],
      [60, 'l', 'Then the guide is right; the example is on the Audiovisual tab.'],
      [70, 'p', 'thanks'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'a restatement in the same message as the source does not come before it',
    lines: [
      [0, 'p', 'i need the form to get my property tax credit'],
      [20, 'l', "Hi! So you're looking for the Homeowners' Tax Credit application: it's at dat.maryland.gov under Tax Credits."],
      [40, 'p', 'thx'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'two questions in one chat: the provider answers the first with a URL, then clarifies the second (after the first source)',
    lines: [
      [0, 'p', 'when does the main library close today and can i print from my phone'],
      [20, 'l', 'Hi, this is Jo at the library. Central closes at 8 tonight; all hours are at prattlibrary.org/locations.'],
      [30, 'l', 'For printing, is your phone an iPhone or Android?'],
      [50, 'p', 'iphone'],
      [70, 'l', 'Then use the Mobile Print page on our website, under Services > Printing; you can pick the job up at any branch printer.'],
      [80, 'p', 'ok'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'no source ever given: a question about the branch counts whenever it comes',
    lines: [
      [0, 'p', 'are you open tomorrow'],
      [20, 'l', 'Hi, Jo at the library. Tomorrow is a holiday, so most branches are closed.'],
      [30, 'l', 'Which branch do you usually use?'],
      [45, 'p', 'catonsville'],
      [60, 'l', 'Catonsville is closed tomorrow and open again Tuesday at 10.'],
      [70, 'p', 'ok thx'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'fail' },
  },
  {
    name: 'a question asked only after the first source does not count',
    lines: [
      [0, 'p', 'looking for scholarly articles on remote work and productivity'],
      [20, 'l', 'Hi, this is the research help desk. Business Source Complete is a good start; search "remote work" AND productivity.'],
      [40, 'l', 'What discipline is your class in?'],
      [60, 'p', 'psych'],
      [75, 'l', 'Then PsycINFO too.'],
      [85, 'p', 'ok'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass' },
  },
];

const completeness: SessionCase[] = [
  {
    name: 'academic: "Is that giving you enough to work with?" after a database path',
    lines: [
      [0, 'p', 'Hi, I need peer reviewed articles on nurse burnout since covid'],
      [20, 'l', "Hi, I'm Sam at the Health Sciences Library. Do you need US studies only, or international as well?"],
      [50, 'p', 'US is fine, last 5 years'],
      [60, 'l', 'Let me run a quick search.'],
      [150, 'l', 'In CINAHL Complete, search burnout AND nurses AND "United States", then limit to 2020-2025 and Peer Reviewed: about 340 results.'],
      [160, 'l', 'Is that giving you enough to work with?'],
      [200, 'p', 'yes plenty'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: '"Hope this helps!" does not ask whether the information met the need',
    lines: [
      [0, 'p', 'where can i find the GED practice tests'],
      [20, 'l', 'Hi, Jo at the library. Are you studying for the whole GED or one subject?'],
      [40, 'p', 'just math'],
      [60, 'l', 'LearningExpress Library has free GED math practice tests with your card. Hope this helps!'],
      [80, 'p', 'thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'fail' },
  },
  {
    name: '"Would a scan of the article be useful?" offers something not yet given; "Do you want me to look for more?" too',
    lines: [
      [0, 'p', 'do you have the 1962 issue of Life magazine with the Marilyn Monroe story'],
      [20, 'l', 'Hi, Jo at the library. Do you know the month?'],
      [40, 'p', 'august'],
      [60, 'l', 'Our catalog shows Life on microfilm at Central, and the August 17, 1962 issue is on the reel.'],
      [70, 'l', 'Would a scan of the article be useful?'],
      [90, 'p', 'maybe'],
      [100, 'l', 'Do you want me to look for more articles about her from that year?'],
      [120, 'p', 'no thats ok'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'fail' },
  },
  {
    name: 'the completeness question in the same message as the first source counts',
    lines: [
      [0, 'p', 'I need the Chicago style guide for footnotes'],
      [20, 'l', 'Hi, this is Jo. Which edition does your class use, 17th or 18th?'],
      [40, 'p', '17th'],
      [55, 'l', 'The Chicago Manual of Style Online is free to our students at chicagomanualofstyle.org through the library proxy; footnotes are chapter 14. Does that cover it?'],
      [75, 'p', 'yes'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: '"Did you need anything else?" is not a completeness question',
    lines: [
      [0, 'p', 'what is the phone number for the Parkville branch'],
      [20, 'l', 'Hi, Jo at the library. Parkville-Carney is 410-887-5353.'],
      [30, 'l', 'Did you need anything else?'],
      [45, 'p', 'no'],
    ],
    exp: { 'info.source': 'pass', 'followup.completeness': 'fail', 'closing.anything_else': 'pass' },
  },
  {
    name: 'British: "Is that of any use?" after the catalogue',
    lines: [
      [0, 'p', 'Do you have any books on dry stone walling?'],
      [20, 'l', 'Hello, Nell at the library. Are you after a how-to guide or something on the history of it?', NELL],
      [45, 'p', 'how to'],
      [60, 'l', "I've had a look on the catalogue: Dry Stone Walling by Alan Brooks is at Otley and Ilkley, and you can reserve it for free.", NELL],
      [70, 'l', 'Is that of any use?', NELL],
      [95, 'p', 'perfect thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: '"Is this the kind of article your professor wants?" asks about the information given',
    lines: [
      [0, 'p', 'I need a primary source about the Triangle Shirtwaist fire'],
      [20, 'l', 'Hi, this is the reference desk. Do you need a newspaper account from 1911, or testimony from the trial?'],
      [45, 'p', 'newspaper'],
      [60, 'l', 'Chronicling America has the New York Tribune of March 26, 1911 with the front-page story.'],
      [70, 'l', 'Is this the kind of article your professor wants?'],
      [95, 'p', 'yes i think so'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: '"How\'s that looking on your end?" after the steps to a web page',
    lines: [
      [0, 'p', 'how do i pay a fine online'],
      [20, 'l', 'Hi! Jo here at the library. Is the fine on your card or on a child\'s card?'],
      [40, 'p', 'mine'],
      [55, 'l', 'Log in to My Account on our website, click Fines & Fees and choose Pay Online.'],
      [65, 'l', "How's that looking on your end?"],
      [120, 'p', 'paid, thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'an answer without a source, then "Does that make sense?": completeness passes, source fails',
    lines: [
      [0, 'p', 'why cant i borrow ebooks on my kids card'],
      [20, 'l', 'Hi, this is Jo. How old is your child?'],
      [35, 'p', '10'],
      [50, 'l', 'Cards for children under 13 are set to print only until a parent signs the digital permission at a branch.'],
      [55, 'l', 'Does that make sense?'],
      [70, 'p', 'yes'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'pass' },
  },
  {
    name: '"Did you get my last message?" after the answer is not about whether it met the need',
    lines: [
      [0, 'p', 'do you have museum passes'],
      [20, 'l', 'Hi, this is Jo. Which museum were you thinking of?'],
      [40, 'p', 'the aquarium'],
      [55, 'l', 'Yes, Aquarium passes can be reserved on our Museum Pass page: go to the website, click Borrow, then Museum Passes.'],
      [120, 'l', 'Did you get my last message?'],
      [130, 'p', 'yes'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'fail' },
  },
];

const holds: SessionCase[] = [
  {
    name: '"Great question!" ends the wait (not a hold): four quiet minutes after it are waiting on the patron, literally',
    lines: [
      [0, 'p', 'what was the population of Annapolis in 1900'],
      [20, 'l', 'Hi, Jo at the library. Great question!'],
      [260, 'l', 'The 1900 census counted 8,525 people in Annapolis; the census tables are at census.gov/library.'],
      [280, 'p', 'thanks'],
    ],
    exp: { 'info.source': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: 'the patron\'s "hello??" does not restart the wait: 130 s from the patron\'s answer fail',
    lines: [
      [0, 'p', 'I need a biography of Harriet Tubman for my son'],
      [20, 'l', 'Hi, this is Jo. What grade is he in?'],
      [40, 'p', '4th'],
      [120, 'p', 'hello??'],
      [170, 'l', 'Sorry! Harriet Tubman by Kate Bennett is a good one for 4th grade; it is in at Towson.'],
      [180, 'p', 'ok'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: 'an internal note to a colleague does not end the patron\'s wait',
    lines: [
      [0, 'p', 'can i get a museum pass for this weekend'],
      [20, 'l', 'Hi, Jo at the library. Which museum?'],
      [40, 'p', 'walters'],
      [90, 'i', 'do we still do Walters passes?'],
      [200, 'l', 'The Walters is free for everyone, so no pass is needed: thewalters.org has the hours.'],
      [210, 'p', 'oh nice'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: 'a wait of exactly 120 s passes',
    lines: [
      [0, 'p', 'do you have any books on beekeeping'],
      [20, 'l', 'Hi, Jo at the library. Are you just starting out?'],
      [40, 'p', 'yes'],
      [160, 'l', 'The Beekeeper\'s Handbook by Diana Sammataro is the usual first book; the catalog shows copies at three branches.'],
      [170, 'p', 'thanks'],
    ],
    exp: { 'info.source': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: 'a wait of 125 s fails',
    lines: [
      [0, 'p', 'do you have any books on beekeeping'],
      [20, 'l', 'Hi, Jo at the library. Are you just starting out?'],
      [40, 'p', 'yes'],
      [165, 'l', 'The Beekeeper\'s Handbook by Diana Sammataro is the usual first book; the catalog shows copies at three branches.'],
      [175, 'p', 'thanks'],
    ],
    exp: { 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: 'a chain of holds ("Checking the catalogue now…", "Still digging, found two so far") keeps each span under 120 s',
    lines: [
      [0, 'p', 'Do you have anything on the history of the Ellicott City flood of 1868?'],
      [20, 'l', 'Hello, this is Jo at Howard County Library. Are you after newspaper accounts or a book?'],
      [40, 'p', 'either'],
      [50, 'l', 'Checking the catalogue now…'],
      [160, 'l', 'Still digging, found two so far and looking for more.'],
      [270, 'l', 'The Howard County Historical Society\'s book Ellicott City by Joetta Cramm covers it, and our Maryland Room has the 1868 Ellicott City Times on microfilm.'],
      [290, 'p', 'great thank you'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: '"Running a quick search in WorldCat for you now" is a hold (not a source); 200 s after it fail',
    lines: [
      [0, 'p', 'is there any library near me that has the book Tar Baby in Braille'],
      [20, 'l', 'Hi, this is Jo. Which town are you in?'],
      [40, 'p', 'silver spring'],
      [50, 'l', 'Running a quick search in WorldCat for you now.'],
      [250, 'l', 'The Maryland Library for the Blind and Print Disabled has it in braille; call them at 410-230-2424 to borrow it by mail.'],
      [260, 'p', 'thank you'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: 'British "Bear with!" is a hold: 150 s of silence after it fail',
    lines: [
      [0, 'p', 'Do you have the Highway Code in large print?'],
      [20, 'l', 'Hello, Nell at the library. Is it for the theory test?', NELL],
      [40, 'p', 'yes'],
      [50, 'l', 'Bear with!', NELL],
      [200, 'l', 'The catalogue has The Official Highway Code in large print at Central, and Theory Test Pro is free online with your card.', NELL],
      [220, 'p', 'lovely thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: 'Australian "Won\'t be long!" is a hold: 140 s of silence after it fail',
    lines: [
      [0, 'p', 'hi can i get a JP to witness a document at the library'],
      [20, 'l', "G'day, Kylie at the library. Which branch is closest to you?"],
      [40, 'p', 'fremantle'],
      [50, 'l', "Won't be long!"],
      [190, 'l', 'Fremantle has a Justice of the Peace on Saturdays 10-12; the times are on the JP page of our website under Services.'],
      [200, 'p', 'thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: '"I\'m going to need a few minutes to go through the index" is a hold: 150 s after it fail',
    lines: [
      [0, 'p', 'I am looking for an obituary for my aunt, Ruth Keller, died 1978 in Hagerstown'],
      [20, 'l', 'Hi, this is Jo at Washington County Free Library. Do you know the month?'],
      [40, 'p', 'march'],
      [50, 'l', "I'm going to need a few minutes to go through our obituary index."],
      [200, 'l', 'Found it: the Morning Herald, March 14, 1978, page 22. Our obituary index is at wcpl.info/obits.'],
      [210, 'p', 'yes!! thank you'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: 'chat-speak "gimme a min" is a hold; the next answer comes 150 s later (fail)',
    lines: [
      [0, 'p', 'do u have the new minecraft book'],
      [15, 'l', 'hey! which one, the guide or a story?'],
      [30, 'p', 'the guide'],
      [40, 'l', 'gimme a min'],
      [190, 'l', 'ok Minecraft: The Ultimate Survival Guide is in the catalog, 2 copies at Rosedale'],
      [200, 'p', 'thx'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: '"No rush, try it and tell me what you see" is not a hold: the patron\'s five minutes are theirs',
    lines: [
      [0, 'p', 'the database keeps asking me for a password'],
      [20, 'l', 'Hi, Jo at the library. Which database is it?'],
      [40, 'p', 'ancestry'],
      [55, 'l', 'Ancestry Library Edition only works inside our branches. From home, use HeritageQuest Online from the Research page instead. No rush, try it and tell me what you see.'],
      [355, 'p', 'ok that one works'],
      [370, 'l', 'Great! Did that do the trick?'],
      [400, 'p', 'yes'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'a hold followed by the patron leaving: the span still open at the end does not count',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [20, 'l', 'Hi, Jo at the library. Which branch would you go to?'],
      [40, 'p', 'perry hall'],
      [50, 'l', 'Let me check which branches take photos.'],
    ],
    over: { endAfter: 400 },
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'interest.keep_informed': 'pass' },
  },
  {
    name: 'Spanish holds ("Permítame un momentito, estoy revisando el catálogo"), then a later question answered 150 s on with no hold',
    lines: [
      [0, 'p', 'tienen libros para aprender ingles'],
      [20, 'l', 'Hola, soy Ana de la biblioteca. ¿Prefiere libros impresos o cursos en línea?'],
      [40, 'p', 'libros'],
      [50, 'l', 'Permítame un momentito, estoy revisando el catálogo.'],
      [160, 'l', 'Tenemos el libro "Inglés en 100 días" en la sección de idiomas de la biblioteca central.'],
      [180, 'p', 'y tienen clases de conversacion?'],
      [330, 'l', 'Sí, los martes a las 6 hay un club de conversación en la biblioteca central.'],
      [340, 'p', 'gracias'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'fail' },
  },
  {
    name: 'an answer that opens with "Searching by subject…" is not a hold: the provider\'s later "Any luck?" ends no wait',
    lines: [
      [0, 'p', 'how do i find books about the history of baltimore, searching baltimore gives me thousands'],
      [20, 'l', 'Hi, Jo at the library. Are you after the whole city history or one neighbourhood?'],
      [40, 'p', 'whole city'],
      [50, 'l', 'Searching by subject works better than by keyword here: in the catalog choose Subject and type Baltimore (Md.) -- History.'],
      [250, 'l', 'Any luck?'],
      [270, 'p', 'yes much better'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: '"You could try running a subject search" is advice, not a hold: the check-in 200 s later ends no wait',
    lines: [
      [0, 'p', 'i cant find anything on the 1918 flu in baltimore'],
      [20, 'l', 'Hi, Jo at the library. Are you looking for newspaper stories from the time or a history written later?'],
      [45, 'p', 'newspaper stories'],
      [60, 'l', 'You could try running a search in ProQuest Historical Newspapers for influenza and Baltimore, limited to 1918.'],
      [260, 'l', 'Are you still there?'],
      [275, 'p', 'yes found some, thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: '"it won\'t be long before one is returned" is not a hold, and a treasure trove is not Trove',
    lines: [
      [0, 'p', 'can i borrow a zoo pass this weekend'],
      [20, 'l', 'Hi, Jo at the library. Which branch would you pick it up from?'],
      [40, 'p', 'arbutus'],
      [55, 'l', "All the zoo passes are out this week, but it won't be long before one is returned; I've put you on the waiting list at Arbutus. The zoo itself is a treasure trove for kids."],
      [255, 'l', 'Is there anything else I can help with?'],
      [270, 'p', 'no thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'interest.keep_informed': 'pass' },
  },
  {
    name: 'the wait before pickup is not counted; after it every answer comes within 120 s',
    lines: [
      [0, 'p', 'whats a good book for a 7 year old who loves dinosaurs'],
      [200, 'l', 'Hi, sorry for the wait! Does she like true facts or stories?'],
      [230, 'p', 'facts'],
      [300, 'l', 'National Geographic Kids Ultimate Dinopedia is a favourite; the catalog has it in the children\'s nonfiction.'],
      [320, 'p', 'thanks'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: '"I\'ll look into it and e-mail you by Friday" promises a follow-up: not a hold, so the silence after it is not a wait',
    lines: [
      [0, 'p', 'can you find out who owned my house in 1920? its on Calvert St'],
      [20, 'l', 'Hi, Jo at the library. What is the house number?'],
      [40, 'p', '1204'],
      [60, 'l', "That needs the land records, so I'll look into it and e-mail you by Friday. Is jlee@example.com the best address?"],
      [300, 'p', 'yes'],
      [320, 'l', 'Great, talk soon.'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: '24/7 macro: "A librarian will be with you shortly" is a hold; a long formal session with holds every 100 s',
    lines: [
      [0, 'p', 'I am a graduate student looking for dissertations on rural broadband adoption'],
      [10, 'l', 'Thank you for contacting the 24/7 reference cooperative. A librarian will be with you shortly.'],
      [100, 'l', 'Hello, I am a librarian at a partner institution. To best assist you, could you please tell me which university you are affiliated with?'],
      [130, 'p', 'Iowa State'],
      [140, 'l', 'Thank you. I will search a few resources; this may take a few minutes.'],
      [240, 'l', 'I am still searching and have found several promising titles so far.'],
      [340, 'l', 'Please see ProQuest Dissertations & Theses Global, available through the Iowa State library website under Databases A-Z. A search for "rural broadband" AND adoption returns 112 dissertations.'],
      [350, 'l', 'Does this completely answer your question?'],
      [380, 'p', 'yes thank you'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'interest.keep_informed': 'pass' },
  },
];

describeSessions('fourth round: sources', sources);
describeSessions('fourth round: clarifying before the first source', clarifying);
describeSessions('fourth round: completeness', completeness);
describeSessions('fourth round: holds and silences', holds);
