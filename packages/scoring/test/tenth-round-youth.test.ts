/**
 * Tenth round, area (V): YOUNG PATRONS, homework help, parents and school libraries. Kids and teens asking for
 * homework help (math, science fair, history reports, book reports, MLA/APA citations, "find me 3 sources"),
 * summer reading, volunteer hours, college applications, scholarships, SAT/ACT prep; parents asking for their
 * children (reading levels, story times, tutoring, IEP resources); school librarians and homeschooling parents;
 * heavy chat-speak, all lower case, emoji and one-word answers; students who leave for class and come back, kids
 * who prank or are rude, a teen who says "nvm" and leaves; providers who teach the search instead of giving the
 * answer (named school databases, with or without a URL), who decline to do the homework, who keep minors'
 * details out of the chat, who refer to the school counsellor or a homework line with or without a contact;
 * Spanish-speaking parents. Services: county, city and school libraries in several states, a statewide service,
 * a 24/7 cooperative.
 *
 * Statuses are read from the literal text of RUBRIC.md and decided before the scorer was run: waiting on the
 * provider begins at ANY patron message (a "brb" included) or a hold and ends only at a provider message; "take
 * your time" is no hold; a goodbye that asks whether the patron is still there is no goodbye; the final idle runs
 * from the first non-hold provider message after the patron's last message to the end (or to a closing goodbye);
 * a school or a counsellor the student is told to see is a referral and needs a way to reach them; a named
 * database is a source even without a URL, an app or organisation named without a way to reach it is not; "nvm"
 * or "ok ty" does not say explicitly that the patron is done. The whole cases give ALL 17 checks (`usual()` is an
 * ordinary good session; each case says where it differs); the short ones give a few. `LEFT` (not run) holds
 * cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, who, sys, other, type Key, type St, at, FU_ME, FU_LIB, usual } from './helpers';

const HOUR = 3600;

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const TASHA = who('Tasha B. (Teen Services)', 'tasha');
const LUIS = who('Luis Ortega', 'luis');

export const whole: SessionCase[] = [
  // ---- homework help done well, the search taught ---------------------------------------------------------------------
  {
    name: 'science fair (music and plants), 7th grader: grade and kind of source asked, Gale In Context: Middle School with the steps and a URL',
    lines: [
      [0, 'p', 'hi i need help w my science fair project its about if music makes plants grow faster'],
      [28, 'l', "Hi there! I'm Ms. Dana, a librarian at Springfield-Greene County Library. Fun project! What grade are you in, and do you need background articles or help setting up the experiment?"],
      [70, 'p', '7th. background stuff my teacher says we need 3 sources'],
      [78, 'l', "Got it. I'll show you how to search so you can find more on your own. One sec while I pull it up."],
      [140, 'l', "Go to thelibrary.org/research and click Gale In Context: Middle School. Type plants AND music in the search box, then click Magazines on the left. The first result, 'Can Plants Hear?', is a good one."],
      [146, 'l', 'Does that give you the kind of background you need?'],
      [200, 'p', 'ya i see it'],
      [203, 'p', 'ok i got 3 now thats all i needed ty!!'],
      [210, 'l', 'Awesome! Good luck with your project, and come back anytime.'],
    ],
    exp: usual(),
  },
  {
    name: '"can u just find me 3 sources": the provider declines to do the work, restates the need and teaches Britannica School (named, no URL); "is there another assignment" asks for anything else',
    lines: [
      [0, 'p', 'can u just find me 3 sources on the harlem renaissance its due tmrw'],
      [19, 'l', 'Hello! This is Mr. Ortiz, school librarian at Lincoln Middle School.'],
      [25, 'l', "I can't pick the sources for you, but I can show you exactly where to look. So you need three sources on the Harlem Renaissance for tomorrow. Is it about the whole movement or one person, like Langston Hughes?"],
      [66, 'p', 'langston hughes'],
      [72, 'l', 'Open Britannica School from the Research tab of the school library page, pick the Middle level and search "Langston Hughes". The biography article is source #1, and the Related Content box under it gives you a primary source (his poem) and a video.'],
      [78, 'l', 'Is that enough to get your three?'],
      [130, 'p', 'yes omg that was fast'],
      [135, 'l', 'Is there another assignment I can help you with tonight?'],
      [160, 'p', 'nope'],
      [166, 'l', 'Good luck with the paper, see you in the library!'],
    ],
    exp: usual(),
  },
  {
    name: 'MLA citation, 10th grader: Purdue OWL with URL, "did that help?"; the student\'s "kk ty" does not say they are done and nobody asks: anything_else fails',
    lines: [
      [0, 'p', 'how do i cite a website in mla 9'],
      [24, 'l', "Hi! I'm Priya, a librarian with Ask a Librarian at Seattle Public Library. Is the website an article with an author, or a page with no author listed?"],
      [60, 'p', 'no author'],
      [66, 'l', 'Then you start with the title of the page in quotes. The Purdue OWL shows every case with examples: owl.purdue.edu/owl/research_and_citation/mla_style, click "Works Cited: Electronic Sources".'],
      [71, 'l', 'Did that help?'],
      [110, 'p', 'ya'],
      [114, 'p', 'do i put the date i looked at it'],
      [122, 'l', 'MLA 9 makes the access date optional, but add it when the page has no publication date, as "Accessed 4 Mar. 2026."'],
      [150, 'p', 'kk ty'],
      [155, 'l', "You're welcome! Bye!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'APA for a psych class, first source given straight away with no question before it: clarify fails',
    lines: [
      [0, 'p', 'Hi! I need to cite a YouTube video in APA 7 for my AP Psych project'],
      [21, 'l', "Hi, thanks for contacting the Ask Us Now teen chat! I'm Rob, a librarian at Anne Arundel County Public Library."],
      [30, 'l', 'APA 7 cites the uploader as the author: Uploader. (Year, Month Day). Title of video [Video]. YouTube. URL. The APA Style site has the example: apastyle.apa.org/style-grammar-guidelines/references/examples/youtube-references'],
      [36, 'l', 'Is that what you were looking for?'],
      [80, 'p', 'yes thank u!! thats all i needed'],
      [85, 'l', 'Happy to help! Good luck with the project.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'history report, 8th grade: primary sources at loc.gov after a restatement ("so it\'s a DBQ on the Dust Bowl"); emoji and one-word answers',
    lines: [
      [0, 'p', 'dust bowl 😭😭 i need primary sources'],
      [30, 'l', "Hi! You're chatting with Ana, a librarian at Oklahoma City's Metropolitan Library System. So it's a report on the Dust Bowl and you need firsthand sources, like photos, letters or interviews from the 1930s?"],
      [61, 'p', 'ya'],
      [63, 'p', 'photos r good'],
      [70, 'l', 'Let me find the best collection for that, one moment.'],
      [150, 'l', 'The Library of Congress has Dorothea Lange\'s Dust Bowl photos: loc.gov/pictures, search "dust storm Oklahoma". Each photo has a "Cite this item" box at the bottom for your bibliography.'],
      [156, 'l', 'Does that work for your report?'],
      [210, 'p', '👍'],
      [215, 'p', 'yes'],
      [220, 'l', 'Anything else I can help you find?'],
      [260, 'p', 'no'],
      [263, 'l', 'Good luck! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'math homework: the provider explains the rule (no source at all) and asks "did that help?": source fails, completeness passes on the answer',
    lines: [
      [0, 'p', 'how do u find the area of a triangle i forgot'],
      [18, 'l', "Hey! I'm Jo, a homework helper at Hennepin County Library. Is it a right triangle, or do you just have the base and height?"],
      [50, 'p', 'base and height'],
      [56, 'l', 'Then multiply the base by the height and divide by 2. A triangle with base 6 and height 4 has area 6 x 4 / 2 = 12.'],
      [60, 'l', 'Did that help?'],
      [90, 'p', 'yesss thats it thats all i needed'],
      [94, 'l', 'Great, good luck on the homework!'],
    ],
    // "Good luck on the homework!" closing the chat is taken as a goodbye (a parting wish said on leaving)
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'math help taught with Khan Academy\'s URL and a tutoring service with its URL; typos and chat-speak',
    lines: [
      [0, 'p', 'i dont get slope intercept form at all and my test is friday'],
      [35, 'l', 'Hi there, this is Marisol with the Austin Public Library homework help chat. Which part is confusing: finding the slope, or writing the equation?'],
      [90, 'p', 'writng the equashun from 2 points'],
      [97, 'l', "Khan Academy has a short video and practice set for exactly that: khanacademy.org, search \"slope-intercept from two points\". And with your APL card you can get a live tutor every day 2-11 pm at library.austintexas.gov/brainfuse."],
      [102, 'l', 'Does that help you get ready for Friday?'],
      [140, 'p', 'ya ill try the tutor thing'],
      [145, 'l', 'Anything else you need before the test?'],
      [170, 'p', 'nah'],
      [174, 'l', "You'll do great. Bye for now!"],
    ],
    exp: usual(),
  },
  {
    name: 'book report: the provider will not write a summary, finds the book in the catalogue with a hold; the student asks for nothing else and says "ok bye": anything_else fails',
    lines: [
      [0, 'p', 'can u write me a summary of hatchet i have a book report'],
      [26, 'l', "Hi! I'm Jo, a librarian at Johnson County Library. I can't write the report for you, but I can help you get the book. Do you have it already, or do you need a copy?"],
      [70, 'p', 'need it'],
      [76, 'l', "Hatchet by Gary Paulsen has 6 copies on the shelf at Central. You can put it on hold in the catalog at jocolibrary.org (search Hatchet, click Place Hold) or grab the eBook in Libby right now."],
      [82, 'l', 'Does that work for you?'],
      [120, 'p', 'ok bye'],
      [124, 'l', 'Bye, happy reading!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'summer reading: the teen asks whether audiobooks count; answered with the program page; the teen says "thats everything"',
    lines: [
      [0, 'p', 'do audiobooks count for the summer reading challenge'],
      [15, 'l', 'Hello and welcome to Ask Us! This is Kyra at Pima County Public Library. Are you signed up for the Teen challenge or the Kids one?'],
      [44, 'p', 'teen'],
      [49, 'l', 'Yes, for teens audiobooks count minute for minute. The rules and the log are at library.pima.gov/summer, under "Teens 12-18".'],
      [53, 'l', 'Did that answer your question?'],
      [80, 'p', 'yes thats everything'],
      [84, 'l', 'Thanks for asking, happy listening!'],
    ],
    exp: usual(),
  },

  // ---- parents ---------------------------------------------------------------------------------------------------
  {
    name: 'parent: books at a 2nd grader\'s reading level; NoveList K-8 Plus with the steps; "is that the kind of list you were looking for?"',
    lines: [
      [0, 'p', "Hi, my daughter is in 2nd grade and her teacher says she's reading at a level M. How do I find books at that level?"],
      [40, 'l', "Good afternoon! I'm Helen, a children's librarian at Westchester Library System. What kinds of stories does she like: animals, funny books, mysteries?"],
      [100, 'p', 'Funny books and anything with dogs'],
      [105, 'l', "Let me check our reading-level tools, one moment."],
      [170, 'l', 'Try NoveList K-8 Plus: from wlsmail.org click Research > NoveList K-8 Plus, log in with your card, then choose "Guided Reading Level M" under Reading Level and add "dogs". Mercy Watson and Bad Kitty come up near the top.'],
      [176, 'l', 'Is that the kind of list you were looking for?'],
      [230, 'p', 'Yes this is great, thank you'],
      [236, 'l', 'Can I help you with anything else today?'],
      [260, 'p', "No that's all. Thanks!"],
      [265, 'l', 'Thank you for contacting us, and happy reading to your daughter!'],
    ],
    exp: usual(),
  },
  {
    name: 'parent: story time for a toddler answered at once with the events calendar (no question first): clarify fails',
    lines: [
      [0, 'p', 'When is toddler story time at the Rockville branch?'],
      [25, 'l', 'Hello, this is Jo with Montgomery County Public Libraries.'],
      [32, 'l', 'Toddler Tales at Rockville Memorial is Tuesdays and Thursdays at 10:30, ages 18-36 months, no registration. All story times are on the calendar at montgomerycountymd.gov/library/events.'],
      [38, 'l', 'Does that answer your question?'],
      [70, 'p', "Perfect, that's all I needed."],
      [74, 'l', 'Have fun at story time!'],
    ],
    // "Have fun at story time!" at the close is read as a goodbye (a parting wish that ends the chat)
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: "parent: IEP help; Parents' Place of Maryland comes with a phone, but \"reach out to your son's IEP case manager\" has no contact: referral fails",
    lines: [
      [0, 'p', "My son just got an IEP and I don't understand half of it. Is there anywhere I can learn what the accommodations mean?"],
      [30, 'l', "Hi, I'm Jo, a librarian at Baltimore County Public Library. I'm sorry it's overwhelming. Is he in elementary or high school?"],
      [70, 'p', 'Elementary, 3rd grade'],
      [76, 'l', "Parents' Place of Maryland helps families read and understand IEPs for free: call them at 410-768-9100 or see ppmd.org. For what his accommodations mean in his class, reach out to your son's IEP case manager at the school."],
      [80, 'l', 'Is that helpful?'],
      [130, 'p', 'Yes very'],
      [132, 'p', "That's all, thank you so much"],
      [138, 'l', 'Take care, and thanks for reaching out.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'parent asking about tutoring: the provider keeps the child\'s details out ("no need to tell me her name or school"), gives Tutor.com with the path',
    lines: [
      [0, 'p', 'my kid is failing algebra and we cant afford a tutor, does the library have anything'],
      [20, 'l', "Hi, thanks for writing in! I'm Leo, a librarian at Los Angeles Public Library. No need to tell me her name or school. Does she need help in English or in another language?"],
      [60, 'p', 'english is fine'],
      [66, 'l', 'Free live tutoring for K-12 is in Tutor.com: lapl.org/homework, click "Live Homework Help", sign in with her library card. Tutors are online 1 pm to 10 pm every day.'],
      [72, 'l', 'Does that sound like what you need?'],
      [120, 'p', 'yes!! thank you'],
      [124, 'l', 'Anything else I can help with?'],
      [150, 'p', 'no thats it'],
      [154, 'l', 'Good luck to her! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'parent: a library card for a 5-year-old, the policy with the URL; the parent never answers "did that help?" and the provider waits 3 minutes without a word: idle and disconnect fail',
    lines: [
      [0, 'p', 'Can my 5 year old get her own library card?'],
      [22, 'l', 'Hi! This is Sam at Cuyahoga County Public Library. Will you be with her when she signs up?'],
      [50, 'p', 'yes'],
      [55, 'l', 'Then yes: children of any age can have a card with a parent or guardian signing. Bring your ID to any branch; details at cuyahogalibrary.org/library-cards.'],
      [58, 'l', 'Did that help?'],
    ],
    over: { endAfter: 190 },
    // final idle: from 55 (first non-hold after the parent's last message) to the end at 248: 193 s
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'homeschooling parent: the state homeschool office is a referral with its URL; curriculum at the catalogue',
    lines: [
      [0, 'p', 'Hello, we are starting to homeschool our twins (4th grade) this fall. Does the library help with that?'],
      [38, 'l', "Good morning! You've reached Ask Pennsylvania, and I'm Jo, a librarian at Free Library of Philadelphia. Are you looking for curriculum materials, or for the paperwork side?"],
      [80, 'p', 'Both honestly'],
      [88, 'l', 'For the paperwork, contact the PA Department of Education home education office: education.pa.gov/K-12/Home Education. For materials, our catalog at freelibrary.org has a "Homeschool Resources" list: search homeschool 4th grade, or borrow a teacher card at any branch.'],
      [94, 'l', 'Does that cover both parts?'],
      [140, 'p', 'Yes thank you'],
      [144, 'l', 'Is there anything else I can help you with?'],
      [170, 'p', 'Not today'],
      [174, 'l', 'Thanks for contacting us, and good luck this fall!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- Spanish-speaking parents --------------------------------------------------------------------------------
  {
    name: 'Spanish: a mother asks for free tutoring in Spanish; greeting, clarifying question, Brainfuse with the page, "¿le sirve?", "¿algo más?", goodbye, all in Spanish',
    lines: [
      [0, 'p', 'hola, mi hijo esta en 5to grado y necesita ayuda con matematicas, ustedes tienen tutores?'],
      [33, 'l', 'Hola, buenas tardes. Le atiende Ana, bibliotecaria de la Biblioteca Pública de Dallas. ¿Su hijo prefiere la tutoría en español o en inglés?'],
      [80, 'p', 'en español por favor'],
      [86, 'l', 'Tenemos tutoría gratis en línea con Brainfuse HelpNow, con tutores en español de 2 a 11 de la noche: dallaslibrary.org/homework, haga clic en "HelpNow" y entre con el número de su tarjeta de la biblioteca.'],
      [92, 'l', '¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias'],
      [145, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [170, 'p', 'no es todo'],
      [176, 'l', 'Gracias por escribirnos. ¡Que tenga buena tarde!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: a father asks when the bilingual story time is; checks in "¿sigue ahí?" and closes with "parece que se desconectó", both inside the final idle',
    lines: [
      [0, 'p', 'buenas, a que hora es la hora del cuento en español?'],
      [25, 'l', '¡Hola! Soy Luis, bibliotecario de San Antonio Public Library. ¿En qué sucursal le queda mejor?'],
      [70, 'p', 'la de westfall'],
      [75, 'l', 'La hora del cuento bilingüe en Westfall es los sábados a las 11. Todo el calendario está en mysapl.org/events. ¿Es lo que buscaba?'],
      [210, 'l', '¿Sigue ahí?'],
      [330, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Vuelva cuando quiera!'],
    ],
    // final idle: 75 to the closing goodbye at 330 (255 s): a check-in asked and the disconnect told, both during it
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- teens: volunteering, college, scholarships, test prep ---------------------------------------------------------
  {
    name: 'volunteer hours: "email our teen services librarian" is a referral with the e-mail',
    lines: [
      [0, 'p', 'hi does the library let teens volunteer i need 40 hours for nhs'],
      [30, 'l', "Hey! I'm Jo, a librarian at Fairfax County Public Library. How old are you? Teen volunteers need to be 13 or up."],
      [62, 'p', '15'],
      [68, 'l', 'You qualify. Applications for the summer Teen Volunteer program are at fairfaxcounty.gov/library/volunteer. For hours during the school year, email our teen services librarian at teens@fairfaxcounty.gov with the branch you want.'],
      [74, 'l', 'Does that help?'],
      [120, 'p', 'ya thx thats all'],
      [125, 'l', 'Thanks for volunteering! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'volunteer hours: the teen gives an e-mail and the teen librarian will send the form "by Friday"; coded Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'hey do u guys need volunteers this summer'],
      [33, 'l', 'Hi, this is Jo at Wake County Public Libraries! Which branch is closest to you?'],
      [60, 'p', 'cameron village'],
      [66, 'l', "The Cameron Village branch takes summer volunteers 14-18; the general info is at wake.gov/libraries/volunteer. The branch's teen librarian handles the sign-up form. If you share an email, I'll have her send it to you."],
      [100, 'p', 'jaylen.w2009@gmail.com'],
      [106, 'l', 'Got it: jaylen.w2009@gmail.com. She will email you the form by Friday.'],
      [110, 'l', 'Does that work?'],
      [150, 'p', 'yes ty thats all'],
      [154, 'l', 'Thanks, enjoy your summer!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'jaylen.w2009@gmail.com', phone: null } },
    exp: followed(),
  },
  {
    name: 'minor, no e-mail asked: "come back tomorrow and I\'ll have more for you" promises to find more later; coded Answered: contact and code fail',
    lines: [
      [0, 'p', 'i need scholarships for kids whos parents were in the military'],
      [24, 'l', "Hi! I'm Jo at Virginia Beach Public Library. Are you a senior this year, and which branch of the military?"],
      [60, 'p', 'senior. navy'],
      [66, 'l', 'The Navy-Marine Corps Relief Society lists education grants at nmcrs.org/education. Fastweb also lets you filter by military family: fastweb.com.'],
      [70, 'l', 'Is that a good start?'],
      [110, 'p', 'yea but i need more'],
      [118, 'l', "I'll keep digging tonight. Chat back in tomorrow after school and ask for Jo, and I'll have more for you. Anything else for now?"],
      [150, 'p', 'no'],
      [154, 'l', 'Talk to you tomorrow, bye!'],
    ],
    // "Is that a good start?" asks whether the information given serves the need: completeness passes
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'SAT prep: LearningExpress Library with the path after a question about the test date',
    lines: [
      [0, 'p', 'are there free sat practice tests'],
      [19, 'l', 'Hi there! Thanks for contacting Ask Us 24/7. My name is Jo and I am a librarian. When is your test date?'],
      [55, 'p', 'march 14'],
      [60, 'l', 'Plenty of time. LearningExpress Library has 8 full-length SAT practice tests with scoring: nypl.org/learningexpress, create a free account with your library card, then High School Equivalency & College Prep > SAT.'],
      [64, 'l', 'Is that what you were looking for?'],
      [100, 'p', 'yes perfect'],
      [104, 'l', 'Do you need anything else?'],
      [120, 'p', 'no'],
      [124, 'l', 'Good luck on the SAT! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'ACT prep: "hang tight, I\'m pulling up our test prep databases" then 150 s of silence: keep_informed fails',
    lines: [
      [0, 'p', 'hi i need act prep books or something'],
      [30, 'l', "Hi! You're chatting with Jo from Des Moines Public Library. Do you want books to check out, or online practice?"],
      [70, 'p', 'online'],
      [76, 'l', "Hang tight, I'm pulling up our test prep databases."],
      [226, 'l', "Peterson's Test and Career Prep has full ACT practice tests: dmpl.org/research, click Peterson's, sign up with your card."],
      [230, 'l', 'Does that help?'],
      [270, 'p', 'yes thats all i need'],
      [275, 'l', 'Great, good luck!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'college essay: Purdue OWL as a source; "talk to your school counselor about your list" is a referral with no contact',
    lines: [
      [0, 'p', 'how do i start my college essay i literally have nothing'],
      [36, 'l', "Hi! I'm Jo, a librarian at Denver Public Library. Is this the Common App personal essay, or a school-specific one?"],
      [80, 'p', 'common app'],
      [86, 'l', 'The Purdue OWL has a step-by-step guide with sample prompts and brainstorming exercises: owl.purdue.edu, search "college application essays". For which schools to apply to, talk to your school counselor about your list.'],
      [92, 'l', 'Does this help you get started?'],
      [140, 'p', 'yeah thank u thats all'],
      [144, 'l', 'Good luck, you got this! Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'FAFSA question from a senior: the college\'s financial aid office with its phone, the form at studentaid.gov',
    lines: [
      [0, 'p', 'my parents are divorced whose info goes on the fafsa'],
      [26, 'l', 'Hi, this is Jo with Ask a Librarian at Tacoma Public Library. Do you live with one parent more than the other?'],
      [70, 'p', 'my mom'],
      [78, 'l', "The FAFSA asks for the parent who gave you more financial support in the last 12 months; studentaid.gov/apply-for-aid/fafsa/filling-out/parent-info walks through it. If it's unclear, call the financial aid office at the college you're applying to: for TCC it's 253-566-5080."],
      [84, 'l', 'Did that answer it?'],
      [130, 'p', 'yes. thats all'],
      [134, 'l', 'Thank you for chatting, good luck with your applications!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- idle students, class bells, "nvm" -----------------------------------------------------------------------------
  {
    name: 'the teen says "nvm" after the clarifying question and the provider says goodbye; coded Lost Call with two patron messages: source, completeness, anything_else and code fail',
    lines: [
      [0, 'p', 'do u have books on the holocaust for my english class'],
      [35, 'l', "Hi! This is Marcus, teen services librarian at Tulsa City-County Library. Is this for a specific book you're reading in class?"],
      [90, 'p', 'nvm'],
      [96, 'l', "No problem! If you need help later, we're here 24/7. Bye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    // "nvm" withdraws the question; it does not say explicitly that the teen is done (read as not done)
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }),
  },
  {
    name: 'the bell rings, the 5th grader leaves: the answer goes out, "are you still there?" at +130 s, the disconnect notice with "come back anytime" closes the chat',
    lines: [
      [0, 'p', 'hey can u help me find stuff about the water cycle for 5th grade'],
      [20, 'l', "Hi! I'm Jo, a librarian with Ask Us 24/7. Is this for a poster or a written report?"],
      [55, 'p', 'poster'],
      [60, 'p', 'wait bell rang i gotta go to class'],
      [70, 'l', 'Oh no! Here is a good place to start when you get a chance: World Book Kids at worldbookonline.com/kids, search "water cycle" and click the diagram. Does that help?'],
      [200, 'l', 'Are you still there?'],
      [320, 'l', "It looks like you've disconnected, so I'll close this chat now. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the student goes quiet after the answer: "u still there? :)" at 125 s, the session ends 130 s in: idle passes, disconnect na, no goodbye',
    lines: [
      [0, 'p', 'wat are the 3 branches of government i need it for civics'],
      [22, 'l', 'Hi, this is Jo at Phoenix Public Library! Do you need just the names, or what each one does?'],
      [50, 'p', 'what they do'],
      [56, 'l', 'Ben\'s Guide to the U.S. Government explains each branch for students: bensguide.gpo.gov, click "Branches of Government". Does that cover what you need?'],
      [181, 'l', 'u still there? :)'],
    ],
    // final idle: 56 to the end at 186 (130 s): at least idleCheckSeconds, under disconnectSeconds
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: '"brb class" with no answer from the provider, the student back 7 minutes later: the "brb" starts a wait on the provider that lasts 440 s: keep_informed fails',
    lines: [
      [0, 'p', 'i need a source about the causes of ww1 for history'],
      [25, 'l', "Hi! I'm Jo, a librarian at Chicago Public Library. Does it have to be a book, or can it be a database article?"],
      [60, 'p', 'brb class'],
      [490, 'p', 'back sry'],
      [492, 'p', 'database is fine'],
      [500, 'l', 'Welcome back! Try Gale In Context: World History at chipublib.org/databases, search "causes of World War I" and pick the Topic Overview. Does that work?'],
      [540, 'p', 'ya thats it thanks thats all'],
      [545, 'l', 'Thanks for chatting, good luck!'],
    ],
    // literal reading: "waiting on the provider begins at a patron message" (any, a "brb" included) and ends only at a provider message
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"brb my mom is calling me" answered at once with "take your time, I\'ll be here" (no hold): the wait is on the student, who comes back 6 minutes later',
    lines: [
      [0, 'p', 'can u help me with my book report on wonder'],
      [30, 'l', "Hi! I'm Jo, a librarian with Sno-Isle Libraries. What part of the report are you working on: the summary, the themes, or the author?"],
      [60, 'p', 'themes. brb my mom is calling me'],
      [66, 'l', "Take your time, I'll be here!"],
      [430, 'p', 'ok back'],
      [440, 'l', "TeachingBooks has an author interview with R.J. Palacio and a discussion guide on kindness and bullying: sno-isle.org/teachingbooks, search Wonder. Does that help with themes?"],
      [480, 'p', 'yes thank u thats all'],
      [484, 'l', 'Happy writing! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'the student leaves for lunch, the provider answers and then says goodbye while asking "are you still there? if not, have a great day": no Goodbye for the idle, no disconnect notice',
    lines: [
      [0, 'p', 'whats a good website for the solar system for a 4th grade project'],
      [30, 'l', "Hello! I'm Jo, a librarian at Broward County Library. Is the project a model or a report?"],
      [60, 'p', 'report. going to lunch'],
      [66, 'l', "NASA Space Place is written for kids: spaceplace.nasa.gov, click \"Explore Space\". It has a page for every planet. Does that help?"],
      [250, 'l', 'Are you still there? If not, have a great day!'],
    ],
    // the last message asks whether the student is there, so it is no Goodbye (Terms) and the final idle runs 66 to the
    // end at 255 (189 s); closing.courteous's own text ("says goodbye") has no such exception: "have a great day" passes it
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'the provider is looking things up when the student vanishes: "still digging in Explora, found one so far" is a hold, the answer then starts the idle; check-in and notice follow',
    lines: [
      [0, 'p', 'i need 2 articles about plastic in the ocean for ap enviro'],
      [20, 'l', "Hi! This is Jo, a librarian at Ocean County Library. Peer-reviewed, or just magazine articles?"],
      [55, 'p', 'magazine is ok'],
      [60, 'l', "Searching Explora for you now."],
      [150, 'l', 'Still digging in Explora, found one so far.'],
      [240, 'l', 'Here are two: "The Plastic Ocean" (Scientific American, 2024) and "Microplastics Everywhere" (National Geographic, 2023). In Explora (theoceancountylibrary.org/explora) type microplastics ocean and check "Magazines". Do those work for you?'],
      [370, 'l', 'Are you still with me?'],
      [450, 'l', "I haven't heard back, so I think you've disconnected. I'm closing this chat, but you can start a new one anytime. Thanks!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the student returns after class and the chat goes on: a check-in in the middle is no final idle; the student closes with "no more questions"',
    lines: [
      [0, 'p', 'need help finding a biography of a scientist for my report'],
      [22, 'l', 'Hi, thanks for using KnowItNow! I\'m Jo, a librarian. Any scientist, or did your teacher give you a list?'],
      [60, 'p', 'any one but it has to be a woman'],
      [66, 'l', 'Gale In Context: Biography has hundreds: search "women scientists" then pick a name, like Katherine Johnson or Marie Curie. It is at cpl.org/research.'],
      [72, 'l', 'Does that help?'],
      [200, 'l', 'Are you still there?'],
      [560, 'p', 'sorry i had class. yes i picked katherine johnson'],
      [566, 'l', "Great choice! The film Hidden Figures and the book of the same name by Margot Lee Shetterly are in our catalog too."],
      [600, 'p', 'cool no more questions ty'],
      [604, 'l', 'Thanks for chatting! Good luck with the report.'],
    ],
    exp: usual(),
  },

  // ---- pranks, rude kids, time limits -------------------------------------------------------------------------------
  {
    name: 'a rude prank, then a real question: the provider asks for respect, clarifies and answers',
    lines: [
      [0, 'p', 'yo ur a bot lmaooo'],
      [4, 'p', 'whats 9+10'],
      [30, 'l', "Hi! I'm a real person: Jo, a librarian at Sacramento Public Library. Do you have a homework question I can help with?"],
      [60, 'p', 'fine. what year did the gold rush start. its for my 4th grade report'],
      [66, 'l', 'The California Gold Rush began in January 1848 at Sutter\'s Mill. Is your report about the whole Gold Rush or just how it started?'],
      [100, 'p', 'whole thing'],
      [106, 'l', 'PebbleGo Next has a kid-friendly Gold Rush article with a video: saclibrary.org/kids > Homework Help > PebbleGo Next. Does that help?'],
      [140, 'p', 'ok yeah'],
      [145, 'l', 'Anything else for your report?'],
      [170, 'p', 'no'],
      [174, 'l', 'Good luck! Come back anytime.'],
    ],
    // the year is an answer but no source; the clarifying question in the same message comes before the first message
    // that gives a source (PebbleGo Next), so clarify passes ("do you have a homework question" is the offer of help)
    exp: usual(),
  },
  {
    name: 'dismissal: "students get 10 minutes each and your time is up" ends the help without a way back',
    lines: [
      [0, 'p', 'can you help me find more stuff on volcanoes'],
      [20, 'l', "Hi, I'm Jo at Ask Our Library Teen Chat. What grade is this for?"],
      [50, 'p', '6'],
      [56, 'l', 'World Book Kids has a volcano article with diagrams: worldbookonline.com/kids, search volcano. Does that help?'],
      [90, 'p', 'yea can u find a video too'],
      [96, 'l', 'Sorry, students get 10 minutes each and your time is up. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'allowed: "lots of students waiting, please come back later tonight and we can keep going"',
    lines: [
      [0, 'p', 'can you help me find more stuff on volcanoes'],
      [20, 'l', "Hi, I'm Jo at Ask Our Library Teen Chat. What grade is this for?"],
      [50, 'p', '6'],
      [56, 'l', 'World Book Kids has a volcano article with diagrams: worldbookonline.com/kids, search volcano. Does that help?'],
      [90, 'p', 'yea can u find a video too'],
      [96, 'l', "I have a lot of students waiting for help right now, so I need to wrap up. Please come back later tonight and we can keep looking for a video!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'dismissal: "that\'s your third question, we only do 3 per student" with no way back',
    lines: [
      [0, 'p', 'whats the capital of peru'],
      [20, 'l', 'Hello, Jo here from Ask a Librarian Teens. Is this for a country report?'],
      [40, 'p', 'ya'],
      [44, 'l', 'Lima. CultureGrams has a full Peru report: library.nashville.gov/research > CultureGrams > World Edition > Peru. Did that help?'],
      [70, 'p', 'ya whats the population'],
      [75, 'l', 'About 34 million, on the same CultureGrams page under Population.'],
      [100, 'p', 'and whats the main religion'],
      [106, 'l', "That's your third question and we only do 3 per student. Sorry!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },

  // ---- school librarians, concurrency, transfers, pickup and greeting -------------------------------------------------
  {
    name: 'school librarian asks for a class set by interlibrary loan; the provider e-mails the list "by Wednesday", recorded 20 h later: on_time passes',
    lines: [
      [0, 'p', 'Hi, I am the media specialist at Oakwood Elementary. Can we borrow 25 copies of Because of Winn-Dixie for a 4th grade unit?'],
      [40, 'l', "Hello! I'm Jo, a youth services librarian at Dayton Metro Library. When does the unit start?"],
      [90, 'p', 'April 6'],
      [96, 'l', "Our Book Club in a Bag kits have 10 copies each, and we have two. I'll check with the other branches and email you a list of what we can pull together by Wednesday. What email should I use?"],
      [140, 'p', 'kbrooks@oakwood.k12.oh.us'],
      [146, 'l', 'Thanks, that is kbrooks@oakwood.k12.oh.us. The kits are at daytonmetrolibrary.org/bookclubkits in the meantime. Does that work for now?'],
      [190, 'p', "Yes, that's all for now, thank you!"],
      [195, 'l', 'Thank you, talk soon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(200 + 20 * HOUR), by: 'jo', note: 'sent kit list' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'school librarian: the provider will "send more ideas to your school email" with no time given: contact fails',
    lines: [
      [0, 'p', 'hi, school librarian here, looking for graphic novels about immigration for 7th graders'],
      [25, 'l', 'Hi there! Jo with the Kansas City Public Library. Are these for a classroom library or a book club?'],
      [60, 'p', 'classroom library'],
      [66, 'l', 'Start with When Stars Are Scattered, New Kid and American Born Chinese, all in our catalog at kclibrary.org. I will send more ideas to your school email. Which address?'],
      [100, 'p', 'mreyes@kcpublicschools.org'],
      [104, 'l', 'Got it, mreyes@kcpublicschools.org. Does the list so far work for you?'],
      [140, 'p', 'yes that is all, thanks'],
      [145, 'l', 'Thank you, bye!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'after-school rush: the provider has four chats open at once (this one and three others): concurrency fails',
    lines: [
      [0, 'p', 'how do i get to the homework help databases from home'],
      [30, 'l', 'Hi! This is Jo at Orange County Library System. Do you have your library card number handy?'],
      [60, 'p', 'yes'],
      [66, 'l', 'Go to ocls.org/research, pick any database (Britannica School is the most popular), and type your card number and PIN when asked. Does that work?'],
      [110, 'p', 'it worked thats all ty'],
      [114, 'l', 'Great, good luck with the homework!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', 20, 400), other('c', 'jo', 50, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'picked up after 95 s at 3:30 pm; "Hi, sorry for the wait! I\'m Jo from the Homework Help Desk"',
    lines: [
      [0, 'p', 'hi i need help with a chemistry worksheet about moles'],
      [95, 'l', "Hi, sorry for the wait! I'm Jo from the Homework Help Desk at Brooklyn Public Library. Which question is giving you trouble?"],
      [130, 'p', 'converting grams to moles'],
      [136, 'l', 'Divide the grams by the molar mass from the periodic table. CK-12 has worked examples: ck12.org, search "grams to moles". Did that help?'],
      [180, 'p', 'yes thats all i needed'],
      [184, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'greeting without who is answering: "hey!! is this for a quiz or a project?" then the answer: greeting fails',
    lines: [
      [0, 'p', 'what does photosinthesis make'],
      [24, 'l', 'hey!! is this for a quiz or a project?'],
      [50, 'p', 'quiz'],
      [56, 'l', 'Plants make glucose (sugar) and oxygen. The Britannica Kids article on photosynthesis has a diagram: kids.britannica.com, search photosynthesis. Did that help?'],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Bye, good luck on the quiz!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'greeting split over two messages: "Hi there!" then "I\'m a librarian at Hennepin County Library"',
    lines: [
      [0, 'p', 'i need a book about the underground railroad for a report'],
      [20, 'l', 'Hi there!'],
      [26, 'l', "I'm a librarian at Hennepin County Library. What grade are you in?"],
      [60, 'p', '5th'],
      [66, 'l', '"Who Was Harriet Tubman?" by Yona Zeldis McDonough is a great fit for 5th grade, with 8 copies at hclib.org. Is that what you had in mind?'],
      [110, 'p', 'yes ty thats everything'],
      [114, 'l', 'Happy reading, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'transfer to the teen librarian: internal note says why and the student is told; the teen librarian finishes',
    lines: [
      [0, 'p', 'i want to start a anime club at the library how do i do that'],
      [30, 'l', "Hi! I'm Jo, a librarian at Pasadena Public Library. Our teen librarian runs the teen clubs, so I'm transferring you to her now. One moment!"],
      [34, 'i', 'Tasha, teen wants to start an anime club at the library; you run the Teen Advisory Board, can you take it?', { to: 'tasha' }],
      [38, 's', 'Chat transferred to Tasha B. (Teen Services)', sys('transfer', 'tasha')],
      [80, 'l', "Hey! Tasha here, the teen librarian. Is this for your school or for the library's teen space?", TASHA],
      [110, 'p', 'the library'],
      [116, 'l', 'Awesome. New clubs start through the Teen Advisory Board: the interest form is at cityofpasadena.net/library/teens, under "Start a Club". Does that help?', TASHA],
      [160, 'p', 'yes thats all thank u'],
      [164, 'l', 'Thanks for reaching out, see you at TAB!', TASHA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer to a Spanish-speaking colleague without an internal note: handoff fails',
    lines: [
      [0, 'p', 'hola, necesito libros en español para mi hija de 6 años'],
      [30, 'l', "Hello! I'm Jo at Denver Public Library. Let me transfer you to my colleague Luis, who speaks Spanish. Un momento."],
      [34, 's', 'Chat transferred to Luis Ortega', sys('transfer', 'luis')],
      [80, 'l', 'Hola, soy Luis, bibliotecario de Denver Public Library. ¿Qué tipo de libros le gustan a su hija?', LUIS],
      [120, 'p', 'cuentos de animales'],
      [126, 'l', 'En el catálogo, denverlibrary.org, busque "animales" y elija Idioma: Español y Público: Niños. "Mi primer libro de animales" y "Oso pardo, oso pardo" están disponibles. ¿Le sirve?', LUIS],
      [170, 'p', 'si, gracias. eso es todo'],
      [175, 'l', '¡Gracias a usted! Que disfruten la lectura.', LUIS],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- referrals ----------------------------------------------------------------------------------------------------
  {
    name: 'the county homework hotline with its phone number, and the children\'s room with its street address: referral passes',
    lines: [
      [0, 'p', 'my son needs help with long division tonight and i cant explain it'],
      [40, 'l', "Hi, I'm Jo, a librarian at Richland Library. What grade is he in?"],
      [80, 'p', '4th'],
      [86, 'l', 'Call the Homework Hotline at 803-555-0147, free math teachers 5-9 pm on school nights. And the Homework Center in the children\'s room at Main, 1431 Assembly St, has tutors Monday to Thursday 3-6.'],
      [92, 'l', 'Will one of those work for tonight?'],
      [140, 'p', "Yes we'll call. That's all, thanks!"],
      [145, 'l', 'Good luck to him, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'near miss: "the books are in the children\'s room on the 2nd floor" tells where things are, it sends the parent to nobody: no referral',
    lines: [
      [0, 'p', 'where are the early reader books at the main library'],
      [20, 'l', 'Hello! This is Jo at Milwaukee Public Library. Are you looking for a specific series?'],
      [50, 'p', 'no just in general'],
      [56, 'l', 'Early readers are in the children\'s room on the 2nd floor of Central, shelved by level (E1-E3). You can also browse them in the catalog at mpl.org, search "easy reader". Does that help?'],
      [90, 'p', 'yes thanks thats all'],
      [94, 'l', 'Enjoy, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'teacher asked: "check with your teacher whether Wikipedia is allowed" tells the student to ask a person outside the chat, with no contact',
    lines: [
      [0, 'p', 'can i use wikipedia for my report on the aztecs'],
      [22, 'l', "Hi! I'm Jo, a school librarian at Riverside Middle School library. Is it a research paper with a works cited?"],
      [50, 'p', 'ye'],
      [56, 'l', "Check with your teacher whether Wikipedia is allowed. Many don't allow it, so use Britannica School instead: search Aztecs on the library's Databases page. Does that help?"],
      [90, 'p', 'ok thats all'],
      [94, 'l', 'Bye, good luck!'],
    ],
    // reading taken: the teacher is "a person outside the chat" the student is told to ask, so this is a referral, and no
    // way to reach them is given: referral fails
    exp: usual({ referral: 'fail' }),
  },

  // ---- sources: named databases, apps, a book ----------------------------------------------------------------------
  {
    name: 'source named without URL or the word "database": "log in to PebbleGo with the school username and search frogs"',
    lines: [
      [0, 'p', 'my 1st grader has to do a report on frogs, any easy websites?'],
      [30, 'l', "Hi! I'm Mrs. Kim, the librarian at Maple Grove Elementary. Does he read on his own yet, or will you read with him?"],
      [70, 'p', 'we will read together'],
      [76, 'l', "Log in to PebbleGo with the school username on the card in his take-home folder and search frogs. It reads the article aloud too. Does that help?"],
      [110, 'p', "Yes! That's all we needed"],
      [114, 'l', 'Happy frog hunting! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss: only apps named without a way to reach them ("try the Photomath app or Quizlet"): source fails',
    lines: [
      [0, 'p', 'is there something that can help me study for my geometry final'],
      [24, 'l', 'Hi! Jo here, a librarian at Omaha Public Library. Is it proofs you need help with, or formulas?'],
      [60, 'p', 'formulas mostly'],
      [66, 'l', 'A lot of students like the Photomath app or Quizlet for memorizing formulas. Does that help?'],
      [100, 'p', 'ok ya thats all'],
      [104, 'l', 'Good luck on the final!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'a named book is the source: "Hidden Figures Young Readers\' Edition by Margot Lee Shetterly"',
    lines: [
      [0, 'p', 'i need a book about a famous mathematician for black history month, im in 6th'],
      [28, 'l', 'Hi, I\'m Jo, a librarian at Durham County Library. Do you want a whole biography or a shorter chapter book?'],
      [60, 'p', 'chapter book'],
      [66, 'l', "Hidden Figures: Young Readers' Edition by Margot Lee Shetterly, about Katherine Johnson and the NASA mathematicians. It's 240 pages and there's a copy at Main. Does that sound good?"],
      [110, 'p', 'yes thats everything thank u'],
      [114, 'l', 'Thanks for asking, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Encyclopedia named as a database for a country report, "Britannica School, High level, search Kenya"; the student says "im good thats all"',
    lines: [
      [0, 'p', 'i need facts about kenya for a country report'],
      [25, 'l', 'Hello, this is Jo with Ask a Librarian at Nashville Public Library. Do you need the basic facts (flag, population, capital) or history too?'],
      [60, 'p', 'basic facts'],
      [66, 'l', 'Open the database Britannica School, choose High, then search Kenya and click "Facts & Figures". Is that what you need?'],
      [100, 'p', 'im good thats all'],
      [104, 'l', 'Great, bye!'],
    ],
    exp: usual(),
  },

  // ---- closings: unusual questions, goodbyes, completeness near misses -----------------------------------------------
  {
    name: 'near miss for completeness: "want me to show you how to cite them too?" offers something not yet given: completeness fails',
    lines: [
      [0, 'p', 'i need 2 sources about the great depression'],
      [20, 'l', 'Hi! Jo at Louisville Free Public Library. Books, articles or websites?'],
      [50, 'p', 'articles'],
      [56, 'l', 'In Gale In Context: U.S. History (lfpl.org/research), search "Great Depression" and filter to Magazines: "Brother, Can You Spare a Dime?" and "Life in a Hooverville" are both good.'],
      [62, 'l', 'Want me to show you how to cite them too?'],
      [100, 'p', 'no im good thats all i needed'],
      [104, 'l', 'Okay, good luck! Bye.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'completeness in other words: "Is that enough sources for your paper?"; anything_else as "what else is on your homework list tonight?"',
    lines: [
      [0, 'p', 'need sources on the civil rights movement pls'],
      [20, 'l', 'Hi! I\'m Jo with Ask Colorado. Any particular event, like the Montgomery bus boycott?'],
      [55, 'p', 'the march on washington'],
      [61, 'l', 'In Explora for Schools (coloradovirtuallibrary.org, then Explora) search "March on Washington 1963": the Primary Sources tab has the program and a speech transcript, and the Reference tab has an overview.'],
      [67, 'l', 'Is that enough sources for your paper?'],
      [110, 'p', 'ya'],
      [115, 'l', 'What else is on your homework list tonight?'],
      [150, 'p', 'nothing lol'],
      [155, 'l', 'Nice! Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'the kid says "ok thx bye" and leaves; the provider\'s last two messages are the answer and "does that help?": courteous fails, no final idle',
    lines: [
      [0, 'p', 'wen does the library open on sunday'],
      [18, 'l', 'Hi! This is Jo at Indianapolis Public Library. Which branch?'],
      [40, 'p', 'central'],
      [46, 'l', 'Central opens at 1 pm on Sundays. All hours: indypl.org/locations.'],
      [50, 'l', 'Does that help?'],
      [70, 'p', 'ok thx bye'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a parent in a hurry: "perfect, that\'s everything, gotta run to pickup" says she is done',
    lines: [
      [0, 'p', 'does the library have lego club for kids'],
      [30, 'l', 'Hello! This is Jo at St. Louis County Library. How old is your child?'],
      [60, 'p', '7'],
      [66, 'l', 'LEGO Lab for ages 6-11 meets the first Saturday at 2 pm at most branches: slcl.org/events, filter "Kids". Does that help?'],
      [100, 'p', "perfect, that's everything, gotta run to pickup"],
      [104, 'l', 'Have fun! Thanks for contacting us.'],
    ],
    exp: usual(),
  },
  // (left in v10, passes in v23: the later "Our free online tutors are also at …" URL is no longer the hotline's contact)
  {
    name: 'the homework hotline named with no number ("try calling the Homework Hotline, they have teachers on the phone"): referral fails; the tutoring page is the source',
    lines: [
      [0, 'p', 'my son needs help with long division tonight and i cant explain it'],
      [40, 'l', "Hi, I'm Jo, a librarian at Richland Library. What grade is he in?"],
      [80, 'p', '4th'],
      [86, 'l', 'Try calling the Homework Hotline tonight, they have math teachers on the phone in the evenings. Our free online tutors are also at richlandlibrary.com/homework.'],
      [92, 'l', 'Will one of those work for tonight?'],
      [140, 'p', "Yes. That's all, thanks!"],
      [145, 'l', 'Good luck to him, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // (left in v10, passes in v23: "call or text 988" is the crisis line's own, not the school counselor's contact)
  {
    name: 'a worried teen: the crisis line with the number and "your school counselor" with no contact: referral fails',
    lines: [
      [0, 'p', 'this isnt homework but do u have books about anxiety for teens. school is really stressing me out'],
      [26, 'l', "Hi, I'm Jo, a teen librarian at Multnomah County Library. I'm glad you reached out. Are you looking for something to read, or someone to talk to, or both?"],
      [80, 'p', 'both i guess'],
      [88, 'l', 'For reading, "The Anxiety Survival Guide for Teens" by Jennifer Shannon is in our catalog at multcolib.org. To talk to someone any time, call or text 988. And your school counselor can help with the school stress too.'],
      [94, 'l', 'Is that helpful?'],
      [140, 'p', 'yes thank you'],
      [142, 'p', 'thats all'],
      [146, 'l', 'Take care of yourself. Come back anytime.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

const KID: [number, 'p' | 'l', string][] = [
  [0, 'p', 'hi i need help with my project on endangered animals'],
  [25, 'l', "Hi! I'm Jo, a librarian at Boise Public Library. What grade is this for?"],
  [60, 'p', '5th'],
];

export const short: SessionCase[] = [
  {
    name: '"Take your time finding it!" is no hold: the next provider message 200 s later leaves no wait on the provider',
    lines: [
      ...KID,
      [66, 'l', 'Open World Book Kids from boisepubliclibrary.org/kids and search "endangered". Let me know which animal you pick. Take your time finding it!'],
      [266, 'l', 'Are you still there?'],
      [290, 'p', 'yes i picked snow leopard'],
      [296, 'l', 'Great pick! Does that article have what you need?'],
      [330, 'p', 'yes thats all'],
      [334, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'a hold in teen words, "gimme a sec to look in Britannica School", then 150 s: keep_informed fails',
    lines: [
      ...KID,
      [66, 'l', 'gimme a sec to look in Britannica School for you'],
      [216, 'l', 'Britannica School, Elementary level, has "Endangered species" with a list of animals: search endangered. Does that help?'],
      [250, 'p', 'yes thats all'],
      [254, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'a partial result that says the search goes on ("found 1 so far, still looking for a second") is a hold: 140 s after it fails',
    lines: [
      ...KID,
      [66, 'l', 'I found one so far, a National Geographic Kids page: kids.nationalgeographic.com/animals. Still looking for a second one for you.'],
      [206, 'l', 'Second one: the WWF species directory at worldwildlife.org/species. Do those work?'],
      [240, 'p', 'yes thats all'],
      [244, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"What grade is this for?" before the source: clarify passes',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss: "Can you hang on a sec?" is a hold, not a question about the need: clarify fails',
    lines: [
      [0, 'p', 'hi i need help with my project on endangered animals'],
      [25, 'l', "Hi! I'm Jo, a librarian at Boise Public Library. Can you hang on a sec?"],
      [40, 'p', 'k'],
      [90, 'l', 'kids.nationalgeographic.com/animals has a page for each endangered animal. Does that help?'],
      [120, 'p', 'yes thats all'],
      [124, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'clarify as a question about the patron\'s situation: "Does your school give you a login for the databases?"',
    lines: [
      [0, 'p', 'i need an article about bees for science'],
      [25, 'l', 'Hi, Jo at Boise Public Library here. Does your school give you a login for the databases?'],
      [60, 'p', 'idk'],
      [66, 'l', 'Then use ours: boisepubliclibrary.org/research > Kids InfoBits, search bees. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'completeness: "Did that clear it up?" after the explanation and the link',
    lines: [
      ...KID,
      [66, 'l', 'Endangered means at risk of dying out in the wild. The IUCN Red List at iucnredlist.org shows each animal\'s status. Did that clear it up?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass', anything: 'fail' }),
  },
  {
    name: 'anything_else: "ok thats literally all i needed lol" says the student is done',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'ok thats literally all i needed lol'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'anything_else: "u need help w anything else?" in the provider\'s chat-speak',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'u need help w anything else?'],
      [120, 'p', 'no'],
      [124, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'Spanish completeness "¿Eso es lo que buscaba?" and "¿Necesita algo más?"',
    lines: [
      [0, 'p', 'necesito un libro sobre dinosaurios para mi hijo de 7 años'],
      [25, 'l', 'Hola, soy Jo, bibliotecaria de Biblioteca Pública de Miami-Dade. ¿Lo quiere en español o en inglés?'],
      [60, 'p', 'español'],
      [66, 'l', '"Dinosaurios" de la serie Mi Gran Libro está en el catálogo, mdpls.org, con 4 copias. ¿Eso es lo que buscaba?'],
      [100, 'p', 'si'],
      [104, 'l', '¿Necesita algo más?'],
      [120, 'p', 'no gracias'],
      [124, 'l', '¡Adiós, que lo disfruten!'],
    ],
    exp: some({ greeting: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'greeting: "Welcome to Teen Homework Help!" greets and names the service',
    lines: [
      [0, 'p', 'need help w chem'],
      [20, 'l', 'Welcome to Teen Homework Help! What are you working on?'],
      [50, 'p', 'balancing equations'],
      [56, 'l', 'CK-12 walks through it step by step: ck12.org, search "balancing chemical equations". Does that help?'],
      [90, 'p', 'ya thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'courteous: "Good luck on the test!" as the last message is taken as a goodbye',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'ya it does. test is tmrw'],
      [104, 'l', 'Good luck on the test!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'disconnect notice in other words: "I think we lost you, so I\'m going to end the chat. Feel free to reach out again!"',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [190, 'l', 'Hello? Are you still around?'],
      [300, 'l', "I think we lost you, so I'm going to end the chat. Feel free to reach out again!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: "I have to end the chat now, my shift is over" with no way back is a dismissal',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'can u find one about sea turtles too'],
      [106, 'l', 'I have to end the chat now, my shift is over.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'allowed: "other students are waiting, but come back anytime and we\'ll keep going"',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'can u find one about sea turtles too'],
      [106, 'l', "Other students are waiting right now, but come back anytime and we'll keep going on sea turtles!"],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'referral to the school counselor with her e-mail passes',
    lines: [
      ...KID,
      [66, 'l', 'For the volunteer form, see your school counselor, Ms. Reyes (reyes@boiseschools.org). For the project, kids.nationalgeographic.com/animals. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss for follow-up: "you can email us anytime at ask@boisepubliclibrary.org" promises nothing: no follow-up session',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. If you think of more questions, you can email us anytime at ask@boisepubliclibrary.org. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: 'follow-up promised to the parent by e-mail "before the weekend", coded Answered: code fails, contact passes',
    lines: [
      [0, 'p', 'Hi, I am looking for decodable books for my son with dyslexia'],
      [30, 'l', 'Hello, this is Jo at Boise Public Library. What grade is he in?'],
      [60, 'p', '2nd. my email is dana.k@gmail.com'],
      [66, 'l', "Thanks. Our catalog has Bob Books and Flyleaf decodables, search decodable at boisepubliclibrary.org. I'll put together a fuller list and email it to dana.k@gmail.com before the weekend. Does that help for now?"],
      [100, 'p', "yes that's all"],
      [104, 'l', 'Thanks, bye!'],
    ],
    exp: some({ contact: 'pass', code: 'fail', onTime: 'pending' }),
  },
  // ---- the v10 (V) fixes, other wordings and near misses ----------------------------------------------------------------
  {
    name: 'clarify: "Is it the essay you want help with, or the works cited?" asks about the need (no completeness question)',
    lines: [
      [0, 'p', 'i need help w my english paper'],
      [20, 'l', "Hi, I'm Jo at Boise Public Library. Is it the essay you want help with, or the works cited?"],
      [50, 'p', 'works cited'],
      [56, 'l', 'The Purdue OWL MLA page shows each kind of entry: owl.purdue.edu. Does that help with it?'],
      [90, 'p', 'ya thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Do you need help finding more?" after the source offers more help, it does not ask whether the source did: completeness fails',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Do you need help finding more?'],
      [100, 'p', 'no thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail', anything: 'pass' }),
  },
  {
    name: 'clarify: "Do you have the book already, or do you need a copy?" asks about the patron\'s situation',
    lines: [
      [0, 'p', 'i have to do a book report on holes'],
      [20, 'l', "Hi, I'm Jo at Boise Public Library. Do you have it already, or do you need a copy?"],
      [50, 'p', 'need one'],
      [56, 'l', 'Holes by Louis Sachar has 5 copies at Main; place a hold at boisepubliclibrary.org. Does that help?'],
      [90, 'p', 'ya thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'completeness: "Do you have it now?" after the link still asks whether the patron got it',
    lines: [
      ...KID,
      [66, 'l', 'Here is the link: kids.nationalgeographic.com/animals/mammals/facts/snow-leopard. Do you have it now?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness: "Does one of these work for your project?"',
    lines: [
      ...KID,
      [66, 'l', 'Two good ones: kids.nationalgeographic.com/animals and worldwildlife.org/species. Does one of these work for your project?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'anything_else: "Do you have another question for me?"',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Do you have another question for me?'],
      [120, 'p', 'no'],
      [124, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "Is there another assignment due this week?" asks about the situation, not whether the student needs anything else',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Is there another assignment due this week with the project?'],
      [120, 'p', 'no'],
      [124, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'anything_else: "that\'s really everything, thank you" says the parent is done',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', "yes that's really everything, thank you"],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "thats really all i know about it" describes the need, the student is not done',
    lines: [
      [0, 'p', 'i need a book for school its about a dog that goes to the yukon. thats really all i know about it'],
      [20, 'l', "Hi, I'm Jo at Boise Public Library. Is it for a book report?"],
      [50, 'p', 'yes'],
      [56, 'l', 'That sounds like The Call of the Wild by Jack London; 8 copies at boisepubliclibrary.org. Does that help?'],
      [90, 'p', 'yes'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'greeting: "Hi! You\'ve reached the Homework Hotline." greets and names the service',
    lines: [
      [0, 'p', 'need help w fractions'],
      [20, 'l', "Hi! You've reached the Homework Hotline. Adding or dividing?"],
      [50, 'p', 'dividing'],
      [56, 'l', 'Flip the second fraction and multiply. Khan Academy walks through it: khanacademy.org, search "dividing fractions". Did that help?'],
      [90, 'p', 'ya thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Welcome! What\'s your homework question?" greets but says nobody answering: greeting fails',
    lines: [
      [0, 'p', 'need help w fractions'],
      [20, 'l', "Welcome! What's your homework question?"],
      [50, 'p', 'dividing them'],
      [56, 'l', 'Flip the second fraction and multiply: khanacademy.org, search "dividing fractions". Did that help?'],
      [90, 'p', 'ya thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'dismissal: "sorry, we only take two questions per student during exam week"',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'ya and whats a good book on sea turtles'],
      [106, 'l', 'Sorry, we only take two questions per student during exam week.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "you can check out up to 3 per card" is a lending rule, not a limit on the help',
    lines: [
      ...KID,
      [66, 'l', 'The Endangered Animals kits are at Main: boisepubliclibrary.org/kits. You can only check out 3 per card. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'follow-up by promise: "We\'ll keep searching for more tomorrow and email you at the address you gave by noon"',
    lines: [
      [0, 'p', 'i need info on my great grandpas ww2 unit for history day, my email is tyrese.h@gmail.com'],
      [25, 'l', "Hi, I'm Jo at Boise Public Library. Do you know his unit's name?"],
      [60, 'p', '761st tank battalion'],
      [66, 'l', "The 761st has a page at the National WWII Museum, nationalww2museum.org. We'll keep searching for more tomorrow and email you at tyrese.h@gmail.com by noon. Does that help for now?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: "give me a minute and I\'ll have more for you" is a hold, no promise for later: no follow-up session',
    lines: [
      ...KID,
      [66, 'l', 'Give me a minute and I\'ll have more for you.'],
      [110, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [140, 'p', 'yes thats all'],
      [144, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass', informed: 'pass' }),
  },
  {
    name: 'Spanish referral: "Pregunte en la oficina de la escuela por los papeles" with no contact: referral fails',
    lines: [
      [0, 'p', 'que papeles necesito para inscribir a mi hija en el kinder'],
      [25, 'l', 'Hola, soy Jo de la Biblioteca Pública de Boise. ¿Ya sabe a qué escuela va a ir?'],
      [60, 'p', 'si, a la escuela Garfield'],
      [66, 'l', 'La lista general está en boiseschools.org/enroll. Para los papeles exactos, pregunte en la oficina de la escuela. ¿Le sirve?'],
      [100, 'p', 'si eso es todo'],
      [104, 'l', '¡Adiós!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'Spanish referral: "y también pregunte en la oficina de la escuela, teléfono 208-555-0188" passes',
    lines: [
      [0, 'p', 'que papeles necesito para inscribir a mi hija en el kinder'],
      [25, 'l', 'Hola, soy Jo de la Biblioteca Pública de Boise. ¿Ya sabe a qué escuela va a ir?'],
      [60, 'p', 'si, a la escuela Garfield'],
      [66, 'l', 'Traiga el acta de nacimiento y las vacunas, y también pregunte en la oficina de la escuela, teléfono 208-555-0188. ¿Le sirve?'],
      [100, 'p', 'si eso es todo'],
      [104, 'l', '¡Adiós!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "busque en el catálogo" sends the parent to a source, not to a person: no referral',
    lines: [
      [0, 'p', 'tienen libros en español para niños'],
      [25, 'l', 'Hola, soy Jo de la Biblioteca Pública de Boise. ¿Para qué edad?'],
      [60, 'p', '6 años'],
      [66, 'l', 'Sí, busque en el catálogo en boisepubliclibrary.org y elija Idioma: Español. ¿Le sirve?'],
      [100, 'p', 'si eso es todo'],
      [104, 'l', '¡Adiós!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'source: school databases named without a URL ("Kids InfoBits has a page on snow leopards, or try SIRS Discoverer")',
    lines: [
      ...KID,
      [66, 'l', 'Kids InfoBits has a page on snow leopards, or try SIRS Discoverer for magazine articles. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'source: "Newsela has articles on it at your reading level" (a named resource, no URL)',
    lines: [
      ...KID,
      [66, 'l', 'Newsela has articles on endangered animals at your reading level. Is that the kind of thing you need?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'anything_else: "Can I help with any other assignments tonight?"',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Can I help with any other assignments tonight?'],
      [120, 'p', 'no'],
      [124, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "Do you have any other sources already?" asks about the need (it clarifies), not whether the student needs anything else',
    lines: [
      ...KID,
      [66, 'l', 'Do you have any other sources already?'],
      [100, 'p', 'no'],
      [106, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [140, 'p', 'yes'],
      [144, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    name: 'referral through a parent: "Have your mom or dad call the branch at 208-555-0100 to set up your card" (an imperative, with the phone)',
    lines: [
      [0, 'p', 'can i get a library card im 12'],
      [20, 'l', "Hi, I'm Jo at Boise Public Library! Do you live in Boise?"],
      [50, 'p', 'ya'],
      [56, 'l', 'Kids under 14 need a parent to sign: the form is at boisepubliclibrary.org/card. Have your mom or dad call the branch at 208-555-0100 to set up your card. Does that help?'],
      [90, 'p', 'ok thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', complete: 'pass' }),
  },
  {
    name: 'referral through a parent with no contact: "Have a parent call the teen desk about the volunteer form"',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. For the volunteer form, have a parent call the teen desk. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Have your mom sign the permission slip" tells the child to get a signature, it sends them to nobody',
    lines: [
      ...KID,
      [66, 'l', 'The field trip form is at boisepubliclibrary.org/kids/forms. Have your mom sign the permission slip. Does that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na', clarify: 'pass' }),
  },
  {
    name: 'dismissal: "Sorry, I only have a few minutes per student tonight" (a time limit per student)',
    lines: [
      ...KID,
      [66, 'l', 'kids.nationalgeographic.com/animals has a page for each animal. Does that help?'],
      [100, 'p', 'ya and can u find a book about pandas too'],
      [106, 'l', 'Sorry, I only have a few minutes per student tonight.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "teens get 60 minutes per session on the public computers" is a rule of the computers, not a limit on the help',
    lines: [
      [0, 'p', 'how long can i use the computers after school'],
      [20, 'l', "Hi, I'm Jo at Boise Public Library! Which branch do you go to?"],
      [50, 'p', 'main'],
      [56, 'l', 'At Main, teens only get 60 minutes per session on the public computers, and you can book at boisepubliclibrary.org/computers. Does that help?'],
      [90, 'p', 'ok thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: the referral ("pregunte en la oficina de la escuela") is found (v10 V), but the sentence before it gives the
  // district's school finder (houstonisd.org/schoolfinder) and says "su escuela": contactOwnerN takes a URL in a sentence
  // before the referral that names the same party as the party's own, and the school finder is a tool to find the
  // school, not a way to reach its office. Telling the two apart needs what the URL is for.
  {
    // v23: unchanged: the school finder URL is the district's, which the school office belongs to; telling a finder
    // from a way to reach the office needs what the URL is for.
    name: 'Spanish: a mother asks how to enroll her son in school; "pregunte en la oficina de la escuela" has no contact, and "¿algo más?" is never asked',
    lines: [
      [0, 'p', 'Hola, acabamos de llegar a Houston, como inscribo a mi hijo de 8 años en la escuela?'],
      [28, 'l', 'Hola, bienvenida. Soy Rosa, de Houston Public Library. ¿Ya sabe qué escuela le toca por su dirección?'],
      [75, 'p', 'no se'],
      [82, 'l', 'Busque su escuela con su dirección en el localizador de HISD: houstonisd.org/schoolfinder. Luego pregunte en la oficina de la escuela qué documentos necesitan.'],
      [88, 'l', '¿Le ayuda esto?'],
      [130, 'p', 'si gracias'],
      [134, 'l', '¡Con gusto! Que le vaya bien.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
];

describe('tenth round (V): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('tenth round (V): young patrons, homework help and parents, every check', whole);
describeSessions('tenth round (V): young patrons, short cases', short);

describeLeft('tenth-round-youth', LEFT);
