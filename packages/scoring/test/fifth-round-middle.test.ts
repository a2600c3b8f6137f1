/**
 * Fifth round of sessions about the middle of a chat and referrals: greetings that say who is
 * answering (or not), holds and silences around 120 s, clarifying questions and restatements
 * before the first source, what counts as a source (titles without quotes or author, fiction call
 * numbers, named databases and sites, against button labels, apps and organisations named with no
 * way to reach them), completeness questions in other voices (against offers and "hope that
 * helps"), and referrals with the contact given in different shapes (or not at all). Styles:
 * LibChat and LibraryH3lp academic desks, the 24/7 cooperative's macros, SMS, public libraries,
 * teens, Spanish-speaking patrons. The last block gives ALL 17 checks of whole sessions. Statuses
 * are what a literal reader of RUBRIC.md would give; the other blocks list only the checks each
 * case is about.
 */
import type { Message } from '@askqa/contract';
import { describeSessions, type SessionCase, all, who } from './helpers';


const KIM = who('Librarian Kim', 'kim');
const RAFA = who('Rafa M.', 'rafa');

// ---- greetings ---------------------------------------------------------------------------------
const greetings: SessionCase[] = [
  {
    name: 'LibChat: "You\'ve reached the Ask Us chat at Carroll County Public Library" after "Hi there!"',
    lines: [
      [0, 'p', 'do you have museum passes'],
      [15, 'l', "Hi there! You've reached the Ask Us chat at Carroll County Public Library."],
      [25, 'l', 'Which museum were you thinking of visiting?'],
    ],
    exp: { 'approachability.greeting': 'pass' },
  },
  {
    name: 'the greeting in the first message, the identity in the second ("Librarian here")',
    lines: [
      [0, 'p', 'how late are you open tonight'],
      [12, 'l', 'Hey!'],
      [18, 'l', 'Librarian here, which branch do you mean?'],
    ],
    exp: { 'approachability.greeting': 'pass' },
  },
  {
    name: 'the identity only in the screen name ("Librarian Kim"): the text greets but says nobody',
    lines: [
      [0, 'p', 'is the book sale still on saturday'],
      [20, 'l', 'Hi! How can I help you today?', KIM],
      [40, 'p', 'the book sale, is it still on'],
      [60, 'l', 'Yes, 10 to 2 in the meeting room.', KIM],
    ],
    exp: { 'approachability.greeting': 'fail' },
  },
  {
    name: 'identity given but no greeting word: "This is Marcus at Towson University\'s Cook Library. What is the topic?"',
    lines: [
      [0, 'p', 'i need peer reviewed articles on nurse burnout'],
      [20, 'l', "This is Marcus at Towson University's Cook Library."],
      [24, 'l', 'What course is this for?'],
    ],
    exp: { 'approachability.greeting': 'fail' },
  },
  {
    name: 'greeting and identity only in the third provider message: too late',
    lines: [
      [0, 'p', 'hi can you help me find my library card number'],
      [15, 'l', 'One moment please.'],
      [40, 'l', 'Do you have the physical card with you?'],
      [60, 'l', "Sorry, I should have said: hello, I'm Pat from the circulation desk."],
    ],
    exp: { 'approachability.greeting': 'fail' },
  },
  {
    name: 'Spanish: "¡Buenas tardes! Le atiende Sofía, de la Biblioteca Pública de Montgomery."',
    lines: [
      [0, 'p', 'buenas tardes, tienen clases de ingles?'],
      [20, 'l', '¡Buenas tardes! Le atiende Sofía, de la Biblioteca Pública de Montgomery.'],
      [30, 'l', '¿Busca clases en persona o en línea?'],
    ],
    exp: { 'approachability.greeting': 'pass' },
  },
  {
    name: 'the 24/7 cooperative macro: "Welcome to Ask Us 24/7! A librarian will be with you shortly"',
    lines: [
      [0, 'p', 'I need help citing a government report in Chicago style'],
      [5, 'l', 'Welcome to Ask Us 24/7! A librarian from our cooperative will be with you shortly.'],
      [40, 'l', 'Is this for a footnote or for the bibliography?'],
    ],
    exp: { 'approachability.greeting': 'pass' },
  },
];

// ---- holds and silences ------------------------------------------------------------------------
const holds: SessionCase[] = [
  {
    name: '"Still on it!" is a hold: the 130 s after it fail',
    lines: [
      [0, 'p', 'looking for the obituary of my grandmother, she died in Hagerstown in 1987'],
      [20, 'l', 'Hi, this is Dee at Washington County Free Library. Do you know the month she died?'],
      [50, 'p', 'march i think'],
      [60, 'l', "Thanks, I'm checking our obituary index now."],
      [160, 'l', 'Still on it!'],
      [290, 'l', 'Found it: the Herald-Mail ran it on March 14, 1987, page B4. Our obituary index is at wcfl.org/obits.'],
      [305, 'p', 'wow thank you'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: '"Hunting that down for you now" is a hold: the 125 s after it fail',
    lines: [
      [0, 'p', 'what year did the Ellicott City flood destroy the main street? there were two right'],
      [15, 'l', "Hello, I'm Sam at Howard County Library System. Hunting that down for you now."],
      [140, 'l', 'The floods were on July 30, 2016 and May 27, 2018; the county has a timeline at howardcountymd.gov.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: '"still hunting for the second" (a partial result, the search goes on) is a hold: 130 s after it fail',
    lines: [
      [0, 'p', 'what year did the Ellicott City flood destroy the main street? there were two right'],
      [15, 'l', "Hello, I'm Sam at Howard County Library System. Do you mean the recent floods or the 1868 one?"],
      [40, 'p', 'the recent ones'],
      [100, 'l', 'I have one date so far (July 30, 2016), still hunting for the second.'],
      [230, 'l', 'The second was May 27, 2018; the county has a timeline at howardcountymd.gov.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'Spanish "Deme unos minutos para revisar el catálogo" is a hold: 125 s after it fail',
    lines: [
      [0, 'p', 'hola, tienen el manual del MVA en español?'],
      [20, 'l', 'Hola, soy Ana de la biblioteca. Deme unos minutos para revisar el catálogo.'],
      [145, 'l', 'El manual del conductor de Maryland en español está en mva.maryland.gov/espanol.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: '"Take your time, I\'m here" is not a hold: the 205 s until the patron writes are waiting on the patron',
    lines: [
      [0, 'p', 'i need to find my account number, hold on let me get my card'],
      [15, 'l', "Hi, I'm Jo at the library. Take your time, I'm here."],
      [220, 'p', 'ok its 21000123, how do i reset the pin'],
      [235, 'l', 'On the login page click Forgot PIN and a new one is emailed to you.'],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
  {
    name: 'a greeting is not a hold, and the 125 s after the patron\'s next message fail',
    lines: [
      [0, 'p', 'Do you have Spanish-language GED prep books?'],
      [10, 'l', 'Good morning, Rafa at the reference desk here.', RAFA],
      [20, 'p', 'Thanks! For my brother'],
      [145, 'l', 'Yes: "Preparación para el examen GED" is at 373.238 PRE at the Central branch.', RAFA],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'exactly 120 s after "give me a sec" passes (the limit is "longer than")',
    lines: [
      [0, 'p', 'when is the tax help at the eastern branch'],
      [10, 'l', 'Hi, this is Jo at the library, give me a sec to check the calendar.'],
      [130, 'l', 'AARP Tax-Aide is at Eastern on Tuesdays 10-2; book a slot at bcpl.info/taxes.'],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
  {
    name: '121 s after "bear with me, the catalog is slow tonight" fail',
    lines: [
      [0, 'p', 'when is the tax help at the eastern branch'],
      [10, 'l', 'Hi, this is Jo at the library. Bear with me, the catalog is slow tonight.'],
      [131, 'l', 'AARP Tax-Aide is at Eastern on Tuesdays 10-2; book a slot at bcpl.info/taxes.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'a partial result that says the search goes on ("so far…I\'ll keep looking") is a hold: 130 s after it fail',
    lines: [
      [0, 'p', 'I need statistics on teen vaping in Maryland for a speech'],
      [20, 'l', 'Hi, Jo at the library. Do you need state numbers only, or compared with the US?'],
      [45, 'p', 'state only'],
      [55, 'l', 'Let me search.'],
      [150, 'l', "So far I've found the 2022 Youth Risk Behavior Survey; I'll keep looking for a newer one."],
      [280, 'l', 'The Maryland YRBS 2022 tables are at health.maryland.gov/phpa/ccdpc under Surveys.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'an answer that opens "Searching by subject works better" is no hold: the 150 s after it are the patron\'s',
    lines: [
      [0, 'p', 'i cant find anything when i search the catalog for civil war letters'],
      [20, 'l', 'Hi, Jo at the library. Are you searching by keyword or by title?'],
      [40, 'p', 'keyword'],
      [55, 'l', 'Searching by subject works better: choose Subject and type "United States History Civil War 1861-1865 Personal narratives".'],
      [205, 'p', 'oh that worked'],
      [215, 'l', 'Great! Does that give you enough to work with?'],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
  {
    name: 'a span still open when the patron leaves does not count',
    lines: [
      [0, 'p', 'can I print from my phone at the library'],
      [20, 'l', 'Hi! Jo here at the library. Which branch will you be at?'],
      [40, 'p', 'Arbutus'],
      [45, 'l', 'One moment while I check.'],
      [300, 's', 'Patron left the chat', { event: 'patron_left' } as Partial<Message>],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
];

// ---- clarifying questions ----------------------------------------------------------------------
const clarifying: SessionCase[] = [
  {
    name: '"Let me know the title and author if you have them" asks about the need before the catalogue link',
    lines: [
      [0, 'p', 'I want to put a hold on a book my book club is reading'],
      [15, 'l', 'Hi, this is Jo at the library. Let me know the title and author if you have them.'],
      [40, 'p', 'Lessons in Chemistry, Bonnie Garmus'],
      [60, 'l', 'Here it is in our catalog: catalog.hcplonline.org/lessons-in-chemistry. Click Place Hold and sign in.'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'an offer asked before the source ("Would you like e-books as well?") is a provider question: it counts',
    lines: [
      [0, 'p', 'I need books on starting a small bakery business'],
      [15, 'l', "Hi, I'm Jo at the library. Would you like e-books as well, or just print?"],
      [40, 'p', 'both'],
      [60, 'l', 'Try the Small Business Resource Center database and our catalog search "bakery management".'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'only "How can I help?" and "Does that help?" asked, around a source: fail',
    lines: [
      [0, 'p', 'hi'],
      [10, 'l', 'Hello, Jo at the library, how can I help?'],
      [20, 'p', 'i need the phone number for the Catonsville branch'],
      [30, 'l', 'The Catonsville branch is at 410-887-0951.'],
      [35, 'l', 'Does that help?'],
      [50, 'p', 'yes thanks'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'the question comes in the same message as the first source: too late',
    lines: [
      [0, 'p', 'do you have anything on knitting socks'],
      [15, 'l', 'Hi, this is Jo at the library.'],
      [40, 'l', 'Our catalog has Sock Knitting Master Class by Ann Budd at 746.432 BUD. Are you a beginner?'],
      [60, 'p', 'yes'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'SMS: "Print or ebook?" with the "?" is a clarifying question',
    lines: [
      [0, 'p', 'got the new james patterson?'],
      [30, 'l', 'Hi from Frederick County Public Libraries! Print or ebook?'],
      [60, 'p', 'print'],
      [80, 'l', "Yes, \"The Murder Inn\" is at FIC PAT in most branches; place a hold at fcpl.org."],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'an idle check-in is not a clarifying question; no source ever given',
    lines: [
      [0, 'p', 'what time does the summer reading kickoff start'],
      [20, 'l', 'Hi! This is Jo at the library.'],
      [150, 'l', 'Are you still there?'],
      [170, 'p', 'yes'],
      [180, 'l', 'It starts at 11 on Saturday.'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'fail' },
  },
  {
    name: 'academic: "When is the assignment due?" (deadline shapes the answer) before a guide',
    lines: [
      [0, 'p', 'I have to write an annotated bibliography for ENGL 101 and I have no idea where to start'],
      [20, 'l', 'Hi, Priya at the UMBC Library here.'],
      [25, 'l', 'When is the assignment due, and how many sources do you need?'],
      [60, 'p', 'next friday, 8 sources'],
      [80, 'l', 'Our ENGL 101 research guide walks you through it: lib.umbc.edu/engl101, the tab Annotated Bibliography.'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'Spanish restatement: "Si entiendo bien, usted busca…" before the source',
    lines: [
      [0, 'p', 'quiero saber como inscribir a mi hija en la escuela, llegamos de honduras'],
      [20, 'l', 'Hola, soy Ana, bibliotecaria de la Biblioteca de Prince George.'],
      [25, 'l', 'Si entiendo bien, usted busca cómo inscribir a su hija en una escuela pública del condado.'],
      [50, 'p', 'si'],
      [70, 'l', 'La información de inscripción está en pgcps.org/enrollment, en español también.'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
];

// ---- sources -------------------------------------------------------------------------------------
const sources: SessionCase[] = [
  {
    name: 'a title with neither quotes nor author, with its edition ("What Color Is Your Parachute, the 2025 edition")',
    lines: [
      [0, 'p', 'i want a book to help me change careers'],
      [20, 'l', 'Hi, Jo at the library here. Are you thinking of a specific field?'],
      [40, 'p', 'not yet, just general'],
      [60, 'l', 'Try What Color Is Your Parachute, the 2025 edition; several branches have it on the shelf.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'a title without quotes after "the novel" ("the novel The Giver")',
    lines: [
      [0, 'p', 'my son needs a dystopian book for 7th grade'],
      [20, 'l', 'Hi, Jo at the library here. Has he read The Hunger Games already?'],
      [40, 'p', 'yes he liked it'],
      [60, 'l', 'Then the novel The Giver would be a good next one, and there are copies at every branch.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'a fiction call number on its own: "It\'s at SC KIN"',
    lines: [
      [0, 'p', 'where would i find stephen king short stories in the library'],
      [20, 'l', 'Hi, Jo at the library here. Which branch are you at?'],
      [40, 'p', 'Towson'],
      [60, 'l', "His story collections are shelved at SC KIN, right after the fiction shelves."],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'a teen fiction call number: "look under YA F BRO"',
    lines: [
      [0, 'p', 'do u have the inheritance games'],
      [20, 'l', 'Hey! Jo at the library. Do you want the first book or the whole series?'],
      [40, 'p', 'first one'],
      [60, 'l', 'Yes, look under YA F BRO in the teen room, there is one in right now.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'near miss: a capitalised acronym in a sentence is no call number ("call the SC DMV")',
    lines: [
      [0, 'p', 'how do i renew my license, i moved from south carolina'],
      [20, 'l', 'Hi, Jo at the library here. Are you renewing the SC license or switching to Maryland?'],
      [40, 'p', 'switching'],
      [60, 'l', 'You need to switch within 60 days of moving; the MVA handles it, not the SC DMV.'],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'near miss: a quoted button label next to "copies" is not a title',
    lines: [
      [0, 'p', 'how do i reserve a book'],
      [20, 'l', 'Hi, Jo at the library here. Do you already have an account with a PIN?'],
      [40, 'p', 'yes'],
      [60, 'l', 'When you find the book, click "Place hold" to reserve one of the copies, and you get a notice when it is ready.'],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'near miss: a person after "the book" is not a title ("the book Maria asked about")',
    lines: [
      [0, 'p', 'my daughter Maria asked about a book last week at the desk, is it in yet'],
      [20, 'l', 'Hi, Jo at the library here. Do you know which branch she asked at?'],
      [40, 'p', 'Parkville'],
      [60, 'l', 'I can see the book Maria asked about is still in transit, so it should be there by Thursday.'],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'a single-word title after "the novel" followed by "is" ("the novel Beloved is on the shelf")',
    lines: [
      [0, 'p', 'do you have anything by toni morrison for my book club'],
      [20, 'l', 'Hi, Jo at the library here. Is it for reading now, or for a meeting next month?'],
      [40, 'p', 'next month'],
      [60, 'l', 'The novel Beloved is on the shelf at three branches right now.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'Google Books named as the place to search inside a book',
    lines: [
      [0, 'p', 'I remember a quote from a book but not which book'],
      [20, 'l', 'Hi, this is Jo at the library. Do you remember the exact words?'],
      [40, 'p', 'yes "the past is never dead"'],
      [60, 'l', 'Search the phrase in quotes in Google Books and it will show you which books contain it; that one is Faulkner.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'Project Gutenberg named for a free public-domain e-text',
    lines: [
      [0, 'p', 'need a free copy of frankenstein for class, do i have to buy one'],
      [20, 'l', 'Hi, Jo at the library here. Does your teacher need a particular edition?'],
      [40, 'p', 'no any is fine'],
      [60, 'l', 'It is in the public domain, so you can read or download it free from Project Gutenberg.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'ProQuest Ebook Central named (a database) for an academic e-book',
    lines: [
      [0, 'p', 'Is there an ebook version of our textbook for SOCI 210?'],
      [20, 'l', 'Hi, Priya at the campus library. Which textbook is it?'],
      [45, 'p', 'Sociology in Our Times, Kendall'],
      [70, 'l', 'Yes, we have it in Ebook Central with unlimited users, so you can read it online or download chapters.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'an app named without steps is not a source, nor an organisation without contact',
    lines: [
      [0, 'p', 'can i watch movies free with my library card'],
      [20, 'l', 'Hi, Jo at the library. Do you have a smart TV or just a phone?'],
      [40, 'p', 'phone'],
      [60, 'l', 'Yes, Kanopy has lots of films, and the county film society shows free movies too.'],
      [80, 'p', 'nice'],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'Spanish: the catalogue named ("el catálogo") with a search to run',
    lines: [
      [0, 'p', 'hola tienen libros de recetas mexicanas'],
      [20, 'l', 'Hola, soy Ana de la biblioteca. ¿Los quiere en español o en inglés?'],
      [40, 'p', 'en español'],
      [60, 'l', 'Busque "cocina mexicana" en el catálogo y filtre por idioma español; hay más de veinte.'],
    ],
    exp: { 'info.source': 'pass' },
  },
];

// ---- completeness -------------------------------------------------------------------------------
const completeness: SessionCase[] = [
  {
    name: '"Is that the article you were looking for?" after the article link',
    lines: [
      [0, 'p', 'I need the NYT article from 2019 about the Baltimore ransomware attack'],
      [20, 'l', 'Hi, this is Jo at the library. Do you know the month?'],
      [40, 'p', 'May'],
      [70, 'l', 'Found it in ProQuest: "Hackers Are Holding Baltimore Hostage", May 22, 2019.'],
      [75, 'l', 'Is that the article you were looking for?'],
      [90, 'p', 'yes!'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"did that get you what you needed" without a question mark',
    lines: [
      [0, 'p', 'how do i get into jstor from home'],
      [20, 'l', 'Hi, Priya at the library. Are you a current student?'],
      [30, 'p', 'yes'],
      [50, 'l', 'Go to the library homepage, click Databases A-Z, choose JSTOR and sign in with your campus ID.'],
      [120, 'l', 'did that get you what you needed'],
      [140, 'p', 'yep im in'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Are you all set with that?" after the answer',
    lines: [
      [0, 'p', 'what is the fine for a late dvd'],
      [20, 'l', 'Hi, Jo at the library here. Is it a DVD from the adult or the kids collection?'],
      [40, 'p', 'adult'],
      [55, 'l', 'We went fine-free in 2022, so there is no fine, as our policy page says: bcpl.info/finefree.'],
      [60, 'l', 'Are you all set with that?'],
      [80, 'p', 'yes'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Does this answer it?" after a guide',
    lines: [
      [0, 'p', 'What is the difference between a scholarly and a popular source?'],
      [20, 'l', 'Hi, Dana at the campus library here. Is this for a particular assignment?'],
      [40, 'p', 'just for my 101 class'],
      [60, 'l', 'Our guide lays it out in a table: guides.library.edu/scholarly-vs-popular.'],
      [65, 'l', 'Does this answer it?'],
      [90, 'p', 'yes'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Does that match what you had in mind?"',
    lines: [
      [0, 'p', 'looking for a cookbook for someone with celiac'],
      [20, 'l', 'Hi, Jo at the library here. Do they want baking or everyday meals?'],
      [40, 'p', 'everyday'],
      [60, 'l', 'Gluten-Free on a Shoestring by Nicole Hunn is at 641.5638 HUN at most branches.'],
      [65, 'l', 'Does that match what you had in mind?'],
      [90, 'p', 'yes'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Is this more what you\'re after?" after a second source',
    lines: [
      [0, 'p', 'i want census data for my zip code'],
      [20, 'l', 'Hi, Jo at the library here. Which numbers: population, income, housing?'],
      [40, 'p', 'income'],
      [60, 'l', 'Try data.census.gov and type your zip code with "income".'],
      [120, 'p', 'its confusing'],
      [140, 'l', 'Census Reporter is simpler: censusreporter.org, then your zip code.'],
      [145, 'l', "Is this more what you're after?"],
      [170, 'p', 'yes way easier'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: 'near miss: "Hope that helps!" does not ask',
    lines: [
      [0, 'p', 'how do i cite a tweet in apa'],
      [20, 'l', 'Hi, Jo at the library here. Is it APA 7th edition?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Purdue OWL has the format with an example: owl.purdue.edu, APA > Reference List: Electronic Sources.'],
      [65, 'l', 'Hope that helps!'],
      [90, 'p', 'thanks'],
    ],
    exp: { 'followup.completeness': 'fail' },
  },
  {
    name: 'near miss: an offer after the answer ("Would you like me to email you the article?") does not ask about what was given',
    lines: [
      [0, 'p', 'is there an article on the history of the B&O railroad museum'],
      [20, 'l', 'Hi, this is Jo at the library. For a school project?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Britannica School has an article on the B&O Railroad with a section on the museum.'],
      [65, 'l', 'Would you like me to email you the article?'],
      [90, 'p', 'no its fine'],
    ],
    exp: { 'followup.completeness': 'fail' },
  },
  {
    name: 'near miss: "Is that the book you want me to look for?" asks before anything is given',
    lines: [
      [0, 'p', 'my teacher said to read a book called wonder'],
      [20, 'l', 'Hi, Jo at the library here. Wonder by R. J. Palacio? Is that the book you want me to look for?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Thanks, checking.'],
      [100, 'l', 'It is checked out everywhere right now.'],
      [110, 'p', 'ok'],
    ],
    exp: { 'followup.completeness': 'fail' },
  },
  {
    name: 'Spanish: "¿Es esta la información que necesitaba?"',
    lines: [
      [0, 'p', 'necesito el horario de la biblioteca de wheaton'],
      [20, 'l', 'Hola, soy Ana de la biblioteca. ¿Para qué día?'],
      [40, 'p', 'el domingo'],
      [60, 'l', 'Los domingos abre de 1 a 5; el horario está en montgomerycountymd.gov/library.'],
      [65, 'l', '¿Es esta la información que necesitaba?'],
      [90, 'p', 'si gracias'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: 'SMS: "u good w that?" after the answer',
    lines: [
      [0, 'p', 'whats the guest wifi password'],
      [20, 'l', 'Hi from Harford County Public Library! Which branch are you at?'],
      [40, 'p', 'bel air'],
      [60, 'l', "It's on the sign at the front desk, or join HCPL-Guest and accept the terms at hcplonline.org/wifi."],
      [65, 'l', 'u good w that?'],
      [90, 'p', 'ya'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
];

// ---- referrals -----------------------------------------------------------------------------------
const referrals: SessionCase[] = [
  {
    name: '"give the Register of Wills a call at (410) 222-1430": a referral with a phone',
    lines: [
      [0, 'p', 'how do i find out if my aunt had a will'],
      [20, 'l', 'Hi, Jo at the library here. Which county did she live in?'],
      [40, 'p', 'anne arundel'],
      [60, 'l', "I'd give the Register of Wills a call at (410) 222-1430; they can tell you whether a will was filed."],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: '"give the health department a call" with no number: a referral without contact',
    lines: [
      [0, 'p', 'where do i get my kid vaccine records'],
      [20, 'l', 'Hi, Jo at the library here. Was your child vaccinated in Maryland?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Your best move is to give the county health department a call; they can look up the records.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: '"Send an email to the registrar at registrar@towson.edu" (imperative)',
    lines: [
      [0, 'p', 'how do i get my transcript from 2004'],
      [20, 'l', 'Hi, Jo at the library here. Did you attend Towson University?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Send an email to the registrar at registrar@towson.edu with your name at the time and your student ID.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: '"Stop in at the Circulation Desk" with no contact: a referral (own library) without contact',
    lines: [
      [0, 'p', 'my card says expired, how do i renew it'],
      [20, 'l', 'Hi, Jo at the library here. Do you still live in the county?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Just stop in at the Circulation Desk of any branch with a photo ID and they will renew it.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'the contact given in the next message ("Their number is 410.887.3300, ext. 2")',
    lines: [
      [0, 'p', 'who do i ask about a pothole on my street'],
      [20, 'l', 'Hi, Jo at the library here. Are you in Baltimore County or the city?'],
      [40, 'p', 'county'],
      [60, 'l', 'You should contact the Bureau of Highways, they handle potholes.'],
      [70, 'l', 'Their number is 410.887.3300, ext. 2.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'two parties, only the first with a contact: fail',
    lines: [
      [0, 'p', 'my landlord wont fix the heat what can i do'],
      [20, 'l', "Hi, I'm Jo at the library, I'm sorry you're dealing with that. Are you in Baltimore City?"],
      [40, 'p', 'yes'],
      [60, 'l', 'You can call the city at 311 to report it, and you could also talk to a tenant lawyer about rent escrow.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'near miss: "I\'ll give the branch a call" is the provider acting, not a referral',
    lines: [
      [0, 'p', 'i left my umbrella at the white marsh branch yesterday'],
      [20, 'l', 'Hi, Jo at the library here. What color is it?'],
      [40, 'p', 'green with white dots'],
      [60, 'l', "I'll give the branch a call and ask them to keep it at the desk for you."],
    ],
    exp: { 'referral.contact': 'na' },
  },
  {
    name: '"swing by the Help Desk in Room 101" with no contact: fail',
    lines: [
      [0, 'p', 'my student login for the databases does not work'],
      [20, 'l', 'Hi, Priya at the campus library. Did you reset your password this semester?'],
      [40, 'p', 'yes last week'],
      [60, 'l', 'Then the account needs a sync: swing by the IT Help Desk in the library basement and they can fix it in a minute.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'a referral with a postal address only: pass',
    lines: [
      [0, 'p', 'where can i see old maps of annapolis in person'],
      [20, 'l', 'Hi, Jo at the library here. Do you want originals or are copies fine?'],
      [40, 'p', 'originals'],
      [60, 'l', 'Visit the Maryland State Archives reading room at 350 Rowe Blvd, Annapolis; they hold the originals.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'a website pointed to (a source) is not a referral: na',
    lines: [
      [0, 'p', 'how do i register to vote'],
      [20, 'l', 'Hi, Jo at the library here. Are you registering in Maryland?'],
      [40, 'p', 'yes'],
      [60, 'l', 'You can register online at elections.maryland.gov with your MVA ID.'],
    ],
    exp: { 'referral.contact': 'na', 'info.source': 'pass' },
  },
  {
    name: 'Spanish: "Le recomiendo llamar al consulado al 202-555-0143"',
    lines: [
      [0, 'p', 'como renuevo mi pasaporte mexicano aqui'],
      [20, 'l', 'Hola, soy Ana, bibliotecaria. ¿Vive usted en Maryland?'],
      [40, 'p', 'si'],
      [60, 'l', 'Le recomiendo llamar al consulado de México en Washington al 202-555-0143 para pedir una cita.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'Spanish: "Comuníquese con la oficina de vivienda del condado" with no contact: fail',
    lines: [
      [0, 'p', 'necesito ayuda con la renta, me van a desalojar'],
      [20, 'l', 'Hola, soy Ana de la biblioteca. Lo siento mucho. ¿En qué condado vive?'],
      [40, 'p', 'montgomery'],
      [60, 'l', 'Comuníquese con la oficina de vivienda del condado; ellos tienen un programa de ayuda de emergencia.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'the provider consulting a colleague on the patron\'s behalf is no referral',
    lines: [
      [0, 'p', 'is there a list of slaves owned by my ancestor in harford county'],
      [20, 'l', 'Hi, Jo at the library here. Do you know his name and roughly the years?'],
      [40, 'p', 'Thomas Hall, 1840s'],
      [60, 'l', "I'll ask our local history librarian while you wait."],
      [140, 'l', 'She says the 1840 and 1850 slave schedules on Ancestry Library Edition list owners by name.'],
    ],
    exp: { 'referral.contact': 'na' },
  },
];

// ---- whole sessions, every check -----------------------------------------------------------------
const whole: SessionCase[] = [
  {
    name: 'whole: public library, a title without quotes, a hold, "did that get you what you needed", patron done',
    lines: [
      [0, 'p', 'hi i want to learn to invest, total beginner'],
      [20, 'l', "Hi there! You've reached Ask a Librarian at Anne Arundel County Public Library."],
      [26, 'l', 'Are you looking for books, or would a free class work for you too?'],
      [60, 'p', 'books, i like to read at night'],
      [66, 'l', 'Give me a minute to check what is on the shelf.'],
      [150, 'l', 'Try The Little Book of Common Sense Investing by John C. Bogle; it is at 332.6 BOG at most branches, and the catalog at aacpl.net shows which ones.'],
      [160, 'l', 'did that get you what you needed'],
      [190, 'p', 'yes thats all i needed, thank you'],
      [200, 'l', 'Thanks for chatting with us, and happy reading!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: academic LibraryH3lp, no greeting word, a database, "Is that the article you were looking for?", no goodbye',
    lines: [
      [0, 'p', 'I need a peer-reviewed article on music therapy and dementia for my nursing class'],
      [30, 'l', "This is Marcus at the Cook Library research desk."],
      [35, 'l', 'Do you need it from the last five years?'],
      [70, 'p', 'yes'],
      [90, 'l', 'In CINAHL, search music therapy AND dementia and tick Peer Reviewed; the first hit is a 2021 review in Geriatric Nursing.'],
      [95, 'l', 'Is that the article you were looking for?'],
      [130, 'p', 'yes perfect'],
      [140, 'l', 'Great.'],
    ],
    over: { resolutionCode: 'Answered' },
    exp: all({
      pickup: 'pass', greeting: 'fail', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: a referral in "give them a call" shape with a phone, "are you all set with that?", anything else, goodbye',
    lines: [
      [0, 'p', 'how do i get a copy of my property deed'],
      [15, 'l', 'Good afternoon, this is Dee at Washington County Free Library.'],
      [20, 'l', 'Which county is the property in?'],
      [45, 'p', 'washington county'],
      [70, 'l', 'Deeds are recorded by the Land Records office at the Circuit Court; give them a call at 240-313-2400 and they can send a copy. You can also search deeds yourself at mdlandrec.net.'],
      [80, 'l', 'Are you all set with that?'],
      [110, 'p', 'yes'],
      [115, 'l', 'Anything else I can help with today?'],
      [140, 'p', 'no thank you'],
      [145, 'l', 'Thanks for chatting, have a good afternoon!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'whole: SMS, no question asked, a fiction call number alone, "hope that helps", 140 s silence',
    lines: [
      [0, 'p', 'do u have where the crawdads sing'],
      [10, 'p', 'the book'],
      [150, 'l', 'Hi from Harford County Public Library! Yes, FIC OWE at Bel Air, 2 in.'],
      [160, 'l', 'Hope that helps!'],
      [200, 'p', 'thx'],
    ],
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: Spanish, holds in Spanish, a referral without contact, completeness in Spanish, goodbye',
    lines: [
      [0, 'p', 'hola, necesito ayuda para llenar la solicitud de ciudadania'],
      [20, 'l', 'Hola, le atiende Ana, bibliotecaria de la Biblioteca del Condado de Montgomery.'],
      [25, 'l', '¿Ya tiene el formulario N-400 o necesita encontrarlo?'],
      [60, 'p', 'no lo tengo'],
      [65, 'l', 'Un momento, por favor, estoy buscando.'],
      [150, 'l', 'El formulario N-400 está en uscis.gov/es/n-400, con las instrucciones en español.'],
      [155, 'l', 'También puede visitar una organización de ayuda legal para que le ayuden a llenarlo.'],
      [160, 'l', '¿Le sirve esta información?'],
      [190, 'p', 'si, gracias'],
      [195, 'l', '¿Algo más en que le pueda ayudar?'],
      [220, 'p', 'no, es todo'],
      [225, 'l', 'Gracias por escribirnos. ¡Que tenga un buen día!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'na',
    }),
  },
  {
    name: 'whole: teen homework, the patron leaves after the question, provider checks in and closes the chat',
    lines: [
      [0, 'p', 'i need 3 sources about the dust bowl for a history project due tmrw'],
      [25, 'l', "Hi! I'm Theo, a librarian with Howard County Library System."],
      [30, 'l', 'Do your sources need to be primary sources, or any kind?'],
      [180, 'l', 'Are you still there?'],
      [300, 'l', 'It looks like you have disconnected, so I will close this chat now. Feel free to chat with us again anytime!'],
    ],
    over: { resolutionCode: 'Answered' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: the 24/7 cooperative, a quoted button label (no source), a referral to the home library by e-mail, no completeness question',
    lines: [
      [0, 'p', 'how do i put a book on hold, the website is confusing'],
      [10, 'l', 'Welcome to Ask Us 24/7! My name is Lee, a librarian from another library in the cooperative.'],
      [20, 'l', 'Which library system is your card from?'],
      [50, 'p', 'Cecil County'],
      [70, 'l', 'Once you find the book in the search results, click "Place hold" to reserve one of the copies, then choose your pickup branch.'],
      [80, 'l', 'If that does not work, please email your library at askus@ccplnet.org and their staff will fix your account.'],
      [120, 'p', 'ok thanks'],
      [130, 'l', 'You are welcome, goodbye!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'whole: a long wait without news (150 s) before a web page with steps; completeness "does this answer it?"; patron says thanks only',
    lines: [
      [0, 'p', 'Can I get the NY Times on my laptop with my library card?'],
      [20, 'l', 'Hello, Rafa from Baltimore County Public Library here.', RAFA],
      [25, 'l', 'Do you want the current paper or older articles?', RAFA],
      [50, 'p', 'current'],
      [200, 'l', 'On our website go to Research > Newspapers and click New York Times; create a free account with your library email and you get 72-hour passes.', RAFA],
      [205, 'l', 'Does this answer it?', RAFA],
      [240, 'p', 'thank you'],
      [250, 'l', 'Enjoy the paper!', RAFA],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: a named site (Google Books) and a follow-up promised by e-mail with a time and the address confirmed',
    lines: [
      [0, 'p', 'I am trying to find which book a poem about lighthouses came from, my grandmother used to recite it'],
      [20, 'l', "Good evening, I'm Nia, a reference librarian at Enoch Pratt Free Library."],
      [25, 'l', 'Do you remember any lines of it word for word?'],
      [60, 'p', '"the keeper trims his lamp at night" something like that'],
      [70, 'l', "Let me check a few anthologies."],
      [170, 'l', 'No luck in our poetry indexes so far. Meanwhile you can try the line in Google Books yourself. I can keep searching after our chat and email you what I find by Friday. What email should I use?'],
      [200, 'p', 'sure, grace.t@example.com'],
      [210, 'l', 'Got it, grace.t@example.com. You will hear from me by Friday. Thanks for your patience!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'grace.t@example.com', phone: null } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pending', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: an identity in the screen name only, an app without steps, a referral without contact, no code',
    lines: [
      [0, 'p', 'can i get audiobooks for my dad, he is blind'],
      [15, 'l', 'Hi! How can I help?', KIM],
      [30, 'p', 'audiobooks for my dad who is blind'],
      [45, 'l', 'He can use the Libby app, and the Library for the Blind and Print Disabled can mail him talking books for free, just contact them.', KIM],
      [80, 'p', 'ok'],
    ],
    over: { resolutionCode: null },
    exp: all({
      pickup: 'pass', greeting: 'fail', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'na',
    }),
  },
  {
    name: 'whole: a restatement, a hold then 100 s, an unquoted title after "the memoir", "Does that match what you had in mind?", anything else asked',
    lines: [
      [0, 'p', 'im in a book club and we want a memoir by a woman scientist, something not too long'],
      [20, 'l', "Hello! I'm Joan, a librarian at Frederick County Public Libraries."],
      [25, 'l', "So you're looking for a fairly short memoir written by a woman in science, for a group."],
      [50, 'p', 'yes exactly'],
      [55, 'l', 'Let me look at our book club kits.'],
      [155, 'l', 'We have a kit for the memoir Lab Girl, with 10 copies and discussion questions; reserve it at fcpl.org/bookclub.'],
      [160, 'l', 'Does that match what you had in mind?'],
      [200, 'p', 'perfect'],
      [205, 'l', 'Is there anything else I can help you find?'],
      [230, 'p', 'no thats it'],
      [235, 'l', 'Have a great book club meeting!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: a final idle after the answer, check-in at 130 s, closed at 200 s with a notice and goodbye',
    lines: [
      [0, 'p', 'whats a good database for car repair manuals'],
      [15, 'l', 'Hi, this is Jo at Carroll County Public Library. What make and year is the car?'],
      [40, 'p', '2012 honda civic'],
      [60, 'l', 'Chilton Library covers it: from library.carr.org click Research, then Chilton Library, and pick Honda > Civic > 2012.'],
      [70, 'l', 'Did that get you to the right manual?'],
      [190, 'l', 'Are you still with me?'],
      [270, 'l', "It seems you've stepped away, so I'll end this chat now. Thanks for contacting us, and come back anytime!"],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: a Lost Call, the patron sent only the question and left before pickup',
    lines: [
      [0, 'p', 'do you have notary service at the library'],
      [40, 's', 'Patron left the chat', { event: 'patron_left' } as Partial<Message>],
      [50, 'l', 'Hi, this is Jo at the library. Are you still there?'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
];

describeSessions('fifth round: greetings', greetings);
describeSessions('fifth round: holds and silences', holds);
describeSessions('fifth round: clarifying questions', clarifying);
describeSessions('fifth round: sources', sources);
describeSessions('fifth round: completeness', completeness);
describeSessions('fifth round: referrals', referrals);
describeSessions('fifth round: whole sessions, every check', whole);
