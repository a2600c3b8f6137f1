/**
 * Twenty-ninth round, third wave, area (H2): STUDENTS ON A DEADLINE. Middle and high school, community college and
 * university students, often after hours, answered by a cooperative's backup librarian who does not know the patron's
 * library: citations (APA/MLA/Harvard), peer-reviewed articles with a database's steps, narrowing a topic, "my teacher
 * said I need 3 sources", "it's due at midnight", patrons who leave as soon as they get a link, who paste the assignment,
 * who write in fragments (inquiry.clarify, info.source, followup.completeness, closing.anything_else,
 * interest.keep_informed, approachability.greeting, referral.contact).
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  the backup provider's greeting: "Hi there! I'm Dana, a librarian at Multnomah County Library in Oregon, covering the 24/7
 *   chat for your college tonight." (warm), "Hi. Rick, Ask a Librarian." (veteran), "hey! this is Kai at the Ask Us chat"
 *   (student worker), "[Macro] Hello and welcome to Ask a Librarian! My name is Chris…" (macro), "G'day, you've reached Ask a
 *   Librarian at State Library Victoria, I'm Bec." (Australian), "¡Hola! Soy Ana, bibliotecaria de AskUsNow!" (Spanish),
 *   "Namaste! This is Ritu from the college library." (Indian English); near: "Carla, Broward County Library, covering
 *   tonight." (no greeting), "Hi! What are you citing?" with only a screen name (no one identified).
 *  the assignment asked about before the first source: "When is it due?", "which class? eng 101?", "Is it APA 7th edition,
 *   and did you find the article in a database?", "Which college are you at?" (the home library), "Are you on campus or at
 *   home?", "So you need three scholarly sources on police body cameras, in MLA 9, by Sunday night." (the pasted assignment
 *   restated), "ok so: 5 sources, APA, on vaping, by midnight?"; near: "What side are you taking?" after the source in the
 *   same message, "How can I help?" only.
 *  sources: database steps ("lib.umd.edu > Databases > PsycINFO, tick Peer Reviewed"), a guide, the Purdue OWL, the APA
 *   manual by section, Google Scholar, "Academic Search Complete from your library's database list"; near: only the steps
 *   ("tick the box on the left that says peer reviewed").
 *  completeness: "Does that answer your question?", "does that make sense?", "Helpful?", "Will that work for your DBQ?",
 *   "Any luck finding some?", "Were you able to get in?", "that what u needed?", "Is your query resolved?", "¿Te sirvió?",
 *   "¿Encontraste lo que necesitabas?"; near: "Would you like help citing them?", "Want me to find more?", "Hope this helps!".
 *  done: "thats all i needed thx", "that's everything", "nah im good", "im all set thanks", "thats it for now", "no more
 *   questions", "es todo"; not done: "k got it bye", "ya ty", "gtg class starting", "Yes I got, thank you very much madam".
 *  referrals of students: "e-mail the CSUN library at ref@csun.edu", "book at writingcenter.umbc.edu", "check with your
 *   professor", "e-mail your professor; the address is on your syllabus", "ask your library's reference desk", "call your
 *   school librarian, Ms. Patel, at 410-555-0199", "the Writing Center takes online appointments at …".
 *  long searches: "Let me look…" then 3 minutes (fails), "Still looking… / Almost there" every 90 s (passes), "I'll be back
 *   in about 5 minutes" then 4 minutes (a hold: fails), "Take your time!" then the patron away 4 minutes (not a hold: passes),
 *   the assignment pasted in three messages while the provider is silent (the wait runs from the first).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "check with your professor", "e-mail your professor", "ask your library's reference desk" tell the patron to ask a
 *   person or office outside the chat: referrals, and with no e-mail, phone, address or URL referral.contact fails (older
 *   rounds' reading, kept);
 * - a party said to take or offer appointments ("the Writing Center takes online appointments at …", "does online
 *   appointments until midnight: book at …") tells the patron to contact it: a referral (with its URL, it passes);
 * - "does that make sense?", "Helpful?", "Will that work for your timeline?" after the answer ask whether what was given
 *   meets the need (completeness passes);
 * - British "Cheers!" thanks; "Have fun with your project!" / "Best of luck with your assignment" closing a message part
 *   the patron (courteous passes);
 * - a provider's reference in APA form built from the patron's own article gives no source (the article is the patron's):
 *   info.source fails (LEFT: the scorer reads any citation-shaped reference as a named source).
 * Written: 37 whole sessions (26 first, 1 of them moved to LEFT, then 2 more for the fix and 10 more probing), 68 short
 * cases (27 first, 2 more for the fix, 39 more probing), 3 near misses in `guards` (+1 in LEFT). First run: 4 of 79 tests
 * failed on 4 statuses: referral.contact 2, closing.courteous 1, info.source 1. One was my label ("Have fun with your
 * project!" closing the source message is a parting wish, courteous passes, as older rounds read "Good luck…"); 3 were the
 * scorer: 2 fixed in block H2, 1 LEFT:
 *  - referralCanHelp (rubric.ts, block H2's phrase, no setting): a party's noun right before "takes / does / offers / has /
 *    books … appointments / consultations / consults" ("The Writing Center does online appointments until midnight: book at
 *    writingcenter.umbc.edu", "the Tutoring Center offers free online consultations", "the Academic Skills team also books
 *    30-minute consults online at …", "Your campus writing centre takes drop-in appointments too" (no contact: fails)) is a
 *    party the patron can contact [near misses: "The Makerspace's 3D printer takes appointments at …", "The Writing Center
 *    doesn't take appointments after finals week", "If you already have two appointments this week, WCOnline won't let you
 *    book more"]. The first pattern (any subject) made the printer a party (the message's referral gate opened for the
 *    older routes) and missed hyphenated words ("30-minute", "drop-in"): narrowed to the party noun before the verb.
 * Probing sessions written after the fix (46 cases, labelled first) all ran as labelled.
 * Left: the APA reference of the patron's own article (above); "The Writing Center no longer offers appointments" (an older
 * reading, before H2, already takes it for a referral).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const KIM = who('Kim Osei', 'kim');
const xferTo = (sec: number, name: string, id: string): Line => [sec, 's', `Chat transferred to ${name}`, sys('transfer', id)];

/** A student's question and a backup librarian's greeting with a question about the assignment. */
const ASK: Line[] = [
  [0, 'p', 'i need peer reviewed articles for my nursing paper its due tonight'],
  [20, 'l', "Hi, I'm Jo, a librarian with the Ask a Librarian cooperative. What's the paper about?"],
  [50, 'p', 'hand hygiene compliance in hospitals'],
];
/** ASK and an answer with a source (no completeness question). */
const GIVEN: Line[] = [...ASK, [80, 'l', 'CINAHL is the nursing database: from your library homepage go to Databases > CINAHL, search hand hygiene AND compliance, and tick Peer Reviewed.']];
const L = (text: string, t = 110): Line => [t, 'l', text];
const P = (text: string, t = 110): Line => [t, 'p', text];

export const whole: SessionCase[] = [
  {
    // a backup librarian from another state names her own library and the service: greeting passes
    name: 'community college, APA 7 at 11 pm, backup librarian from Oregon: a clean session',
    lines: [
      [0, 'p', 'hi how do i cite a journal article in apa? my paper is due at midnight'],
      [25, 'l', "Hi there! I'm Dana, a librarian at Multnomah County Library in Oregon, covering the 24/7 chat for your college tonight."],
      [31, 'l', 'Is it APA 7th edition, and did you find the article in a database or on a website?'],
      [70, 'p', '7th. database, it has a doi'],
      [95, 'l', 'Perfect. The pattern is: Author, A. A., & Author, B. B. (Year). Title of article. Journal Name, volume(issue), pages. https://doi.org/xxxxx'],
      [101, 'l', "Purdue OWL has the full page with examples: owl.purdue.edu/owl/research_and_citation/apa_style/apa_formatting_and_style_guide/reference_list_articles_in_periodicals.html"],
      [110, 'l', 'Does that answer your question?'],
      [150, 'p', 'yes!! ok that makes sense'],
      [160, 'l', 'Great! Anything else I can help with before your deadline?'],
      [185, 'p', 'no thats all i needed thank u'],
      [195, 'l', 'Good luck with the paper, and thanks for using Ask a Librarian. Bye!'],
    ],
    exp: usual(),
  },
  {
    // the provider says "let me look" and is silent for 3 minutes: keep_informed fails; "k got it bye" is not explicitly done
    name: 'high school, "my teacher said I need 3 sources", a long silent search, the patron gone at the link',
    lines: [
      [0, 'p', 'my teacher said i need 3 sources for my persuasive essay on school uniforms'],
      [30, 'l', 'Hello! This is Marcus, a librarian with AskUsNow! When is the essay due, and do the sources have to be from books or can they be websites?'],
      [75, 'p', 'tmrw. any kind i think but not wikipedia'],
      [90, 'l', 'Okay, let me look for some good ones for you.'],
      [290, 'l', 'Thanks for waiting! Gale in Context: Opposing Viewpoints has a topic page on school uniforms with pro and con articles. Get to it from your school library page under Databases, or through the public library at marylandpubliclibraries.org. Do those look like what you need?'],
      [320, 'p', 'k got it bye'],
      [330, 'l', 'Good luck with the essay, bye!'],
    ],
    exp: usual({ informed: 'fail', anything: 'fail' }),
  },
  {
    name: 'university, peer-reviewed psychology articles with PsycINFO steps; anything else asked',
    lines: [
      [0, 'p', 'Hello, I need 5 peer-reviewed empirical articles on social media use and adolescent anxiety for PSYC 300.'],
      [22, 'l', 'Good evening, and welcome to Ask Us at the University of Maryland Libraries. My name is Priya. Are you looking for studies published in the last few years only?'],
      [60, 'p', 'Yes, ideally the last 5 years.'],
      [80, 'l', 'Go to lib.umd.edu, choose Databases, then PsycINFO. Type "social media" in the first box and (anxiety AND adolescen*) in the second. On the left, tick Peer Reviewed, set the years to 2020-2025, and under Methodology pick Empirical Study.'],
      [140, 'p', 'That worked, I got 212 results.'],
      [150, 'l', 'Excellent. Is that what you were looking for?'],
      [175, 'p', 'Yes, exactly.'],
      [182, 'l', 'Is there anything else I can help you with tonight?'],
      [200, 'p', 'No, that is all. Thank you!'],
      [206, 'l', 'You are welcome. Good luck with PSYC 300!'],
      [210, 'l', 'Thanks for chatting with us, goodbye.'],
    ],
    exp: usual(),
  },
  {
    // the patron vanishes after the link; check-in and disconnect notice both given
    name: 'patron vanishes after the link: "Are you still there?" then "looks like you\'ve disconnected, come back anytime"',
    lines: [
      [0, 'p', 'where can i find scholarly articles on the civil rights movement for my hist 201 class'],
      [28, 'l', "Hi, I'm Lee, a librarian answering for Ask a Librarian tonight. Is your paper on a particular event, like the Montgomery bus boycott, or the movement as a whole?"],
      [70, 'p', 'the freedom rides'],
      [95, 'l', 'JSTOR is a great place to start: from your library homepage open Databases A-Z > JSTOR and search "freedom rides" 1961. America: History and Life is another good one. Did that work for you?'],
      [250, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've disconnected, so I'm going to close this chat. Feel free to come back anytime. Good luck with the paper!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "does that make sense?" after the answer asks whether what was given works for the patron
    name: 'chat-speak fragments, MLA website with no author, student worker: "does that make sense?"',
    lines: [
      [0, 'p', 'mla works cited'],
      [4, 'p', 'for a website'],
      [9, 'p', 'no author'],
      [30, 'l', "hey! this is Kai at the Ask Us chat. what's the website? is it like a news site or an organization?"],
      [60, 'p', 'its the cdc'],
      [85, 'l', 'ok so with no author you start with the title. like: "Flu Symptoms & Complications." Centers for Disease Control and Prevention, 26 Sept. 2024, www.cdc.gov/flu/signs-symptoms/index.html. the MLA Style Center has more at style.mla.org. does that make sense?'],
      [120, 'p', 'ya ty'],
      [128, 'l', 'np! good luck, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // a referral to the patron's own library, with its e-mail: passes
    name: 'backup librarian who cannot log into the patron\'s databases: referred to the college library with its e-mail',
    lines: [
      [0, 'p', 'my college login for ebsco isnt working and i need articles tonight'],
      [35, 'l', "Hi! I'm Ruth, a reference librarian at Pima County Public Library, covering chat for your college tonight. Which college are you at?"],
      [70, 'p', 'csun'],
      [90, 'l', "Thanks. I'm not at CSUN, so I can't reset your login. Is it saying wrong password, or not letting you in at all?"],
      [130, 'p', 'says access denied'],
      [150, 'l', 'That usually needs the library to fix it. Please e-mail the CSUN library at ref@csun.edu, or see their help page at library.csun.edu/ask. In the meantime, Google Scholar (scholar.google.com) finds a lot of free full text. Does that help for tonight?'],
      [190, 'p', 'ok yeah ill try scholar'],
      [200, 'l', 'Anything else I can help with?'],
      [215, 'p', 'nope'],
      [222, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron says explicitly they are done ("that's everything")
    name: 'terse veteran narrowing a climate change topic; CQ Researcher',
    lines: [
      [0, 'p', 'I have to write about climate change and I dont know where to start. 1500 words'],
      [40, 'l', 'Hi. Rick, Ask a Librarian. Big topic. What class, and is there an angle you care about (farming, health, policy)?'],
      [90, 'p', 'env science 110. maybe how it affects farming'],
      [105, 'l', 'Narrow it to one crop or one region. Example: drought and corn yields in the Midwest.'],
      [140, 'p', 'ok corn in the midwest works'],
      [160, 'l', 'Start with CQ Researcher (library site > Databases > CQ Researcher), report "Climate Change and Agriculture". Then GreenFILE for articles. Helpful?'],
      [200, 'p', "yes. that's everything, thanks"],
      [205, 'l', 'Welcome. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'bilingual: a community college student asks in Spanish about APA; the provider answers in Spanish',
    lines: [
      [0, 'p', 'hola, necesito ayuda con la bibliografia en APA para mi clase de ingles'],
      [30, 'l', '¡Hola! Soy Ana, bibliotecaria de AskUsNow! ¿Qué tipo de fuente quieres citar: un libro, un artículo o una página web?'],
      [75, 'p', 'un libro'],
      [100, 'l', 'Para un libro en APA 7: Apellido, A. A. (Año). Título del libro en cursiva. Editorial. Hay ejemplos en español en la guía de Normas APA: normas-apa.org/referencias/citar-libro. ¿Te sirvió?'],
      [140, 'p', 'si gracias'],
      [150, 'l', '¿Hay algo más en que te pueda ayudar?'],
      [170, 'p', 'no, es todo'],
      [180, 'l', '¡Suerte con tu tarea! Gracias por usar AskUsNow!, adiós.'],
    ],
    exp: usual(),
  },
  {
    // reading: British "Cheers" thanks the patron
    name: 'Indian English student, IEEE papers for a project due tomorrow; British provider closes with "Cheers"',
    lines: [
      [0, 'p', 'Good evening ma\'am/sir, kindly tell me how to find IEEE papers on solar MPPT for my final year project, submission is tomorrow.'],
      [30, 'l', "Hello, you're through to Ask a Librarian at the University of Leeds Library, I'm Tom. Do you need journal articles only, or conference papers as well?"],
      [70, 'p', 'Both will do sir. My guide said minimum 10 references.'],
      [95, 'l', 'Right. Go to IEEE Xplore via library.leeds.ac.uk > Databases > IEEE Xplore, search "maximum power point tracking" AND photovoltaic, and filter by year on the left. Does that answer your question?'],
      [140, 'p', 'Yes sir, I got many results. Thank you so much. That is all.'],
      [150, 'l', 'Brilliant, best of luck with the project. Cheers!'],
    ],
    exp: usual(),
  },
  {
    // a follow-up promised with the e-mail given in the chat and a time: contact passes; recorded after 20 hours
    name: 'a hard search for a statistic, the provider e-mails it by tomorrow: coded Follow-up by me, done in 20 hours',
    lines: [
      [0, 'p', 'i need the percentage of community college students who work full time, for my speech tomorrow'],
      [25, 'l', 'Hi, this is Sam at Ask a Librarian, Howard Community College Library. Does it need to be national, or for Maryland?'],
      [60, 'p', 'national is fine'],
      [75, 'l', 'Let me look in the NCES data.'],
      [170, 'l', "Still searching, the NCES Digest tables are big. One moment."],
      [260, 'l', 'The Digest of Education Statistics at nces.ed.gov/programs/digest has employment tables for undergraduates, but I need more time to find the community college figure. Could I e-mail it to you?'],
      [300, 'p', 'yes pls, its mjohnson22@howardcc.edu'],
      [315, 'l', "Got it: mjohnson22@howardcc.edu. I'll e-mail you the figure and its source by 9 am tomorrow. Did the Digest link help in the meantime?"],
      [350, 'p', 'yes thank you, thats all'],
      [360, 'l', 'Thanks for chatting, talk soon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(20 * 3600), by: 'jo', note: 'sent NCES table 503.20' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a transfer to the patron\'s own campus librarian, with the note and the notice',
    lines: [
      [0, 'p', 'how do i get a book from another library for my thesis, its not in our catalog'],
      [30, 'l', "Hello! I'm Beth, a librarian with the Ask Us cooperative. Which school are you at, and do you know the book's title?"],
      [70, 'p', 'towson. Ethnographic Methods by Karen O\'Reilly'],
      [90, 'l', "Towson's own librarian Kim is online right now and can set up the interlibrary loan with you. I'm transferring you to her; one moment please."],
      [95, 'i', "Kim, Towson grad student needs ILL for O'Reilly, Ethnographic Methods (not in catalog). Thanks!"],
      xferTo(100, 'Kim Osei', 'kim'),
      [140, 'l', "Hi, Kim at Cook Library here! You can request it through ILLiad at towson.illiad.oclc.org; log in with your NetID and choose Book. It usually takes 5-7 days. Will that work for your timeline?", KIM],
      [180, 'p', 'yes thats fine'],
      [190, 'l', 'Anything else I can help with?', KIM],
      [210, 'p', 'no thank you'],
      [215, 'l', 'Thanks for chatting, good luck with the thesis!', KIM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // restating the pasted assignment counts as clarifying
    name: 'the patron pastes the assignment; the provider restates it before the sources',
    lines: [
      [0, 'p', 'ASSIGNMENT: Annotated Bibliography. Find three (3) scholarly sources on a current issue in criminal justice. Each entry must be in MLA 9 format with a 150-word annotation. Due Sunday 11:59 PM.'],
      [5, 'p', 'i picked police body cameras'],
      [35, 'l', 'Hi! Jo here at Ask a Librarian, Sample County Library. So you need three scholarly sources on police body cameras, in MLA 9 with annotations, by Sunday night.'],
      [70, 'p', 'yes'],
      [95, 'l', 'Criminal Justice Abstracts is the database to use (samplelibrary.org/databases, under C). Search "body-worn cameras" AND police and tick Scholarly (Peer Reviewed) Journals. Does that get you going?'],
      [140, 'p', 'yes found some'],
      [150, 'l', 'Great. Anything else?'],
      [170, 'p', 'nah im good'],
      [175, 'l', 'Good luck, bye!'],
    ],
    exp: usual(),
  },
  {
    // a sloppy session: no name, no question, no completeness, no parting
    name: 'sloppy: "hi" then a link straight away, nothing else',
    lines: [
      [0, 'p', 'need sources on gun control for english 102'],
      [40, 'l', 'hi'],
      [50, 'l', 'try opposing viewpoints: samplelibrary.org/databases'],
      [80, 'p', 'thx'],
      [85, 'l', 'ok'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // a long search kept informed: each hold within two minutes
    name: 'a long search for a primary source kept informed: "still looking" every 90 seconds',
    lines: [
      [0, 'p', "I need a primary source from the 1918 flu in Baltimore for my AP US History DBQ practice, it's due first period"],
      [25, 'l', 'Hi, Grace at AskUsNow!, Enoch Pratt Free Library. Do you want a newspaper article, or would a government record work?'],
      [60, 'p', 'newspaper is best'],
      [70, 'l', 'Let me search our newspaper archives.'],
      [160, 'l', 'Still looking: the Baltimore Sun archive has lots for October 1918, narrowing it down.'],
      [250, 'l', 'Almost there, one more minute.'],
      [320, 'l', 'Found it: ProQuest Historical Newspapers: The Baltimore Sun, at prattlibrary.org/research, has "Influenza Closes Schools" from October 5, 1918. Log in with your Pratt card. Will that work for your DBQ?'],
      [360, 'p', 'yes perfect thank you!!'],
      [370, 'l', 'Anything else tonight?'],
      [390, 'p', 'no thats all'],
      [395, 'l', 'Good luck first period! Bye!'],
    ],
    exp: usual(),
  },
  {
    // label fixed after the first run: "Have fun with your project!" closing the message is a parting wish, a goodbye (as older
    // rounds read "Good luck with the paper!"); the session ends 90 s later
    name: 'middle schooler, 3 sources on volcanoes; the patron leaves at the link, "Have fun with your project!"',
    lines: [
      [0, 'p', 'hi i need 3 sources about volcanos for science. my mom said to ask u'],
      [20, 'l', "Hi! I'm Ms. Lopez, a librarian at Sample County Library. What grade are you in?"],
      [45, 'p', '6th'],
      [70, 'l', 'Great! Try Kids InfoBits and Britannica School, both at samplelibrary.org/kids, plus the book Volcanoes by Seymour Simon in our catalog. Do those look good? Have fun with your project!'],
    ],
    over: { endAfter: 90 },
    exp: usual({ anything: 'fail' }),
  },
  {
    // refusing to write the essay, referring to the writing centre with its URL
    name: 'due at midnight, "can u just write the intro": refused kindly, referred to the Writing Center with its URL',
    lines: [
      [0, 'p', 'can u just write my intro paragraph its due at midnight'],
      [30, 'l', "Hi, I'm Chris, a librarian at Ask Us. I can't write it for you, but I can help you get started. What's the essay about?"],
      [60, 'p', 'the great gatsby and the american dream'],
      [85, 'l', 'Purdue OWL has a page on writing intros at owl.purdue.edu (search "introductions"), and Literature Resource Center on your library\'s database page has criticism on Gatsby. The Writing Center does online appointments until midnight: book at writingcenter.umbc.edu. Does that help?'],
      [130, 'p', 'ok ill try the writing center'],
      [140, 'l', 'Good plan! Anything else I can do?'],
      [160, 'p', 'no'],
      [165, 'l', 'Good luck tonight, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "check with your professor" tells the patron to ask a person: a referral with no contact (older rounds' reading)
    name: 'can I use blogs: the backup librarian says check with your professor (no contact): referral fails',
    lines: [
      [0, 'p', 'are blogs ok as sources for a college paper'],
      [25, 'l', 'Hello, Jo at Ask a Librarian here. What kind of paper is it, a research paper or an opinion piece?'],
      [60, 'p', 'research paper for soc 101'],
      [80, 'l', "Usually instructors want scholarly sources for a research paper. SocINDEX (on your library's database list) has peer-reviewed sociology articles. Whether blogs count depends on your class, so check with your professor."],
      [86, 'l', 'Does that help?'],
      [120, 'p', 'ya thanks thats all'],
      [126, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // a macro greeting and a hold, then the help
    name: 'scripted macros: a welcome macro with a hold, then Harvard referencing',
    lines: [
      [0, 'p', 'How do I reference a government report in Harvard style'],
      [15, 'l', '[Macro] Hello and welcome to Ask a Librarian! My name is Chris and I am a librarian with the Florida Ask a Librarian cooperative. Please give me a moment to read your question.'],
      [45, 'l', 'Which government published it, and is it online?'],
      [80, 'p', 'UK Department for Education, online pdf'],
      [100, 'l', 'Cite Them Right (citethemright.com, also through most university libraries) has the Harvard pattern: Department for Education (2023) Title in italics. Available at: URL (Accessed: date). [Macro] Does this completely answer your question?'],
      [140, 'p', 'yes thank you'],
      [150, 'l', '[Macro] Is there anything else I can help you with today?'],
      [175, 'p', 'No thanks'],
      [180, 'l', '[Macro] Thank you for using Ask a Librarian. Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian: AGLC or Harvard, the library guide, "yep cheers that\'s all"',
    lines: [
      [0, 'p', 'hey how do i reference a case for my law assignment'],
      [20, 'l', "G'day, you've reached Ask a Librarian at State Library Victoria, I'm Bec. Is your uni using AGLC4 or Harvard?"],
      [50, 'p', 'aglc4'],
      [70, 'l', 'Melbourne Uni\'s AGLC4 guide has reported cases step by step: law.unimelb.edu.au/mulr/aglc. Does that help you out?'],
      [110, 'p', "yep cheers that's all"],
      [115, 'l', 'No worries, good luck with it, bye!'],
    ],
    exp: usual(),
  },
  {
    // the patron sends the question and leaves before any help: no substantive exchange; Lost Call with one patron message
    name: 'the student leaves before pickup help: greeting, check-in, disconnect notice; Lost Call',
    lines: [
      [0, 'p', 'what databases have articles about the opioid crisis'],
      [40, 'l', "Hi, I'm Jo, a librarian with Ask Us. Let me know if you're still there and I'll get started."],
      [220, 'l', 'Are you still there?'],
      [400, 'l', "I haven't heard from you, so it seems you've been disconnected. I'm ending this chat now, but please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the backup librarian asks the home library; refers to its reference desk with no contact
    name: 'backup librarian asks which college, then "ask your library\'s reference desk for the JSTOR login" (no contact)',
    lines: [
      [0, 'p', 'how do i get into jstor from home'],
      [30, 'l', "Hi! I'm Sue, a librarian from another library in the statewide Ask Us cooperative. Which college are you with?"],
      [65, 'p', 'frederick community college'],
      [90, 'l', 'Most college libraries put JSTOR on their Databases A-Z page, and you sign in with your student ID. If it asks you to pay, ask your library\'s reference desk to check your access tomorrow. Did that help?'],
      [130, 'p', 'ok thx'],
      [135, 'l', 'Thanks for using Ask Us, bye!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // follow-up by the patron's library: promised with the e-mail read back and a time; not yet recorded
    name: 'thesis data question passed to the patron\'s library, e-mail repeated and "within 2 business days": pending',
    lines: [
      [0, 'p', 'Hi, I need county-level census data on broadband access for my thesis and I cannot find it'],
      [30, 'l', 'Hello, this is Ann with the Ask Us cooperative. Which years do you need, and which state?'],
      [70, 'p', 'Maryland, 2018 to 2022'],
      [95, 'l', 'data.census.gov has table S2801 (Types of Computers and Internet Subscriptions) by county from the ACS. Search S2801 and filter Geography > County > Maryland. Is that the data you need?'],
      [150, 'p', 'I found it but I need the 1-year estimates for small counties and they are missing'],
      [170, 'l', "That needs a data librarian. I'll pass your question to the Towson University library, and someone there will e-mail you within 2 business days. What's the best e-mail?"],
      [200, 'p', 'tklein3@students.towson.edu'],
      [210, 'l', "Thanks, that's tklein3@students.towson.edu. Anything else for now?"],
      [230, 'p', 'No, thank you'],
      [235, 'l', 'Thanks for chatting with Ask Us!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // "would you like help citing them?" asks about something not yet given; the patron says "thats it"
    name: 'three sources handed over with an offer to help cite them, the patron done: completeness fails',
    lines: [
      [0, 'p', 'i need 3 sources about the effects of video games on kids, for 8th grade'],
      [25, 'l', "Hi! I'm Mr. Diaz, a librarian with Ask Us. Are you arguing for or against, or just reporting?"],
      [60, 'p', 'against'],
      [90, 'l', 'Here are three: 1) Gale in Context: Middle School, article "Video Games and Violence"; 2) the book Video Games by Jennifer Swanson in our catalog at samplelibrary.org; 3) kidshealth.org/en/parents/video-games.html. Would you like help citing them?'],
      [130, 'p', 'no im good thats it'],
      [135, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // the patron leaves with "gtg class": not explicitly done; "come back anytime" is courteous
    name: 'between classes: "gtg class starting" after the answer; "come back anytime"',
    lines: [
      [0, 'p', 'quick q how do i find the peer reviewed filter in academic search complete'],
      [20, 'l', 'Hi, Jo from the library here! Are you on the main results page already?'],
      [40, 'p', 'yes'],
      [55, 'l', 'On the left under Refine Results, tick "Scholarly (Peer Reviewed) Journals". The library guide shows it with screenshots: libguides.sample.edu/asc. Did that work?'],
      [80, 'p', 'yes ty gtg class starting'],
      [88, 'l', 'Good luck, come back anytime!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'transfer to a subject specialist without an internal note: transfer fails',
    lines: [
      [0, 'p', 'i need help with a systematic review search strategy for my nursing capstone'],
      [30, 'l', "Hello, I'm Jo, a librarian with Ask a Librarian. Is the review for a PICO question you already have?"],
      [70, 'p', 'yes, P adults with diabetes, I telehealth, C usual care, O A1C'],
      [90, 'l', "That's a health sciences question, so I'm transferring you to Kim, our health sciences librarian. One moment!"],
      xferTo(95, 'Kim Osei', 'kim'),
      [130, 'l', 'Hi, Kim here. For a systematic review, search PubMed (pubmed.ncbi.nlm.nih.gov) with MeSH terms: "Diabetes Mellitus"[Mesh] AND "Telemedicine"[Mesh] AND "Glycated Hemoglobin"[Mesh]. Does that help you start?', KIM],
      [180, 'p', 'yes, thank you, that is all'],
      [185, 'l', 'Good luck with the capstone, bye!', KIM],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  // ---- more sessions (written after the first run, labelled before running) ----------------------------------------------
  {
    // the only question comes after the source in the same message: clarify fails
    name: 'high school, persuasive essay: the source first, "What side are you taking?" after it in the same message',
    lines: [
      [0, 'p', 'i need sources for a persuasive essay about banning cell phones in school. due tmrw'],
      [25, 'l', 'Hi! Jo here at Ask Us, Sample County Library. For persuasive essays Opposing Viewpoints is great: samplelibrary.org/ov, search "cell phones in schools". What side are you taking?'],
      [70, 'p', 'for banning them'],
      [90, 'l', 'Then the viewpoint essays under "Schools should ban phones" are your best bet. Are those articles useful?'],
      [130, 'p', 'yeah thx'],
      [138, 'l', 'Good luck with the essay, bye!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    // a backup librarian from another state; a search kept informed; "I'm all set" is saying explicitly they are done
    name: 'backup librarian from Ohio for Maryland\'s service; "any luck??" while searching; "im all set thanks"',
    lines: [
      [0, 'p', 'i need a scholarly article about the chesapeake bay oyster decline for my marine bio class'],
      [30, 'l', "Hi, I'm Tom, a librarian in Ohio helping out with Maryland's AskUsNow! tonight. Does it have to be from the last 10 years?"],
      [60, 'p', 'yes and peer reviewed'],
      [75, 'l', 'Okay, give me a minute to search.'],
      [150, 'p', 'any luck??'],
      [170, 'l', 'Still digging, I have a couple of candidates, checking they are peer reviewed.'],
      [260, 'l', 'Here you go: in Academic Search Complete (through your library\'s database list, or marylandpubliclibraries.org), "Oyster restoration in Chesapeake Bay" in Estuaries and Coasts, 2019. Is that what you were looking for?'],
      [300, 'p', 'yes perfect. im all set thanks'],
      [306, 'l', 'Glad to help, thanks for using AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    // the patron leaves during the clarifying question: no source ever, the question counts; check-in, no disconnect notice
    name: 'the patron leaves during the reference interview: "Are you still there?", then the chat just ends',
    lines: [
      [0, 'p', 'hey i need help with my research paper'],
      [20, 'l', "Hi, I'm Jo, a librarian with Ask a Librarian. Sure! What's the topic, and how many sources do you need?"],
      [180, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 120 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "e-mail your professor" with no address is a referral without a contact
    name: 'an extension on the deadline: "e-mail your professor, the address is on your syllabus" : referral fails',
    lines: [
      [0, 'p', 'my paper is due at midnight and the database is down, what do i do'],
      [30, 'l', "Hello, I'm Priya with the Ask Us chat service. Which database are you trying to use?"],
      [60, 'p', 'proquest'],
      [80, 'l', 'ProQuest is having an outage tonight. EBSCOhost Academic Search Complete (on the same database list) has much of the same content, and Google Scholar (scholar.google.com) works too. If you still cannot finish, e-mail your professor tonight about the outage; the address is on your syllabus. Does that help?'],
      [130, 'p', 'ok yeah thank u'],
      [135, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // a promise coded Answered: code fails; the e-mail read back and "tonight": contact passes; nothing recorded yet
    name: 'more sources promised by e-mail "tonight", coded Answered: code fails, contact passes, on_time pending',
    lines: [
      [0, 'p', 'I need 2 more scholarly sources on bilingual education for my capstone, due Friday'],
      [25, 'l', 'Hi, Ana at Ask a Librarian, Sample State University. Are you focused on K-12 or on adult learners?'],
      [60, 'p', 'K-12, dual language programs'],
      [80, 'l', 'ERIC (eric.ed.gov) is the education database; search "dual language" AND achievement. Does that help as a start?'],
      [120, 'p', 'yes but i also want something from the last 2 years'],
      [140, 'l', "I'll look further and e-mail you a couple of recent ones tonight. What's your e-mail?"],
      [170, 'p', 'lgarcia@sample.edu'],
      [180, 'l', "Thanks, lgarcia@sample.edu it is. Anything else?"],
      [200, 'p', 'no thats it'],
      [205, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // a non-native writer; "Best of luck" is the parting; "yes I got, thank you" is not saying explicitly they are done
    name: 'non-native writer, nursing evidence-based articles on pressure ulcers',
    lines: [
      [0, 'p', 'Dear librarian, I am student of nursing, please help me to find evidence based article for my assignment about pressure ulcer. Submission is tomorrow morning.'],
      [30, 'l', 'Hello and thank you for contacting Ask a Librarian. My name is Helen. Do the articles need to be from the last 5 years?'],
      [75, 'p', 'Yes madam, last 5 years'],
      [100, 'l', 'Please open CINAHL from your library website (Databases > CINAHL Complete). Type "pressure ulcer" AND prevention, then tick Evidence-Based Practice and set Published Date 2020-2025. Were you able to find some articles?'],
      [170, 'p', 'Yes I got, thank you very much madam'],
      [180, 'l', "You're welcome. Best of luck with your assignment."],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // "anything else?" asked, then the patron goes quiet: check-in given, no disconnect notice; the last two are questions
    name: 'three quick answer messages, "Anything else?" then silence: check-in passes, disconnect fails, courteous fails',
    lines: [
      [0, 'p', 'how do i find a book for my english paper on the bluest eye'],
      [20, 'l', 'Hi! Sam at the Ask a Librarian chat, Sample College Library. Do you need the novel itself or criticism about it?'],
      [50, 'p', 'criticism'],
      [65, 'l', 'Literature Resource Center (library site > Databases) has essays on The Bluest Eye.'],
      [70, 'l', 'Also try MLA International Bibliography and search "Bluest Eye" AND Morrison.'],
      [75, 'l', 'Did any of those help?'],
      [110, 'p', 'yes'],
      [120, 'l', 'Anything else?'],
      [300, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 200 },
    exp: usual({ courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // "take your time" is not a hold: the patron's 4-minute absence is waiting on the patron
    name: 'the student steps away ("brb getting my laptop") after "Take your time!": keep_informed passes',
    lines: [
      [0, 'p', 'can u help me find my schools database for history'],
      [25, 'l', "Hi! I'm Marisol, a librarian with the Ask Us cooperative. Which school do you go to?"],
      [50, 'p', 'prince georges community college. brb getting my laptop'],
      [60, 'l', 'Take your time!'],
      [300, 'p', 'ok back'],
      [320, 'l', 'PGCC lists its databases at pgcc.libguides.com/az; for history try America: History and Life. Did that get you there?'],
      [360, 'p', 'yes thank you thats all i needed'],
      [365, 'l', 'You are welcome, good night!'],
    ],
    exp: usual(),
  },
  {
    // a long session: narrowing, two databases, a citation, the patron's second and third questions, all kept informed
    name: 'a long evening session: a first-year narrows "mental health" to athletes, finds articles, then cites one',
    lines: [
      [0, 'p', 'hi'],
      [6, 'p', 'i have to write a research paper on mental health and my prof said its too broad'],
      [30, 'l', "Hi there! I'm Jordan, a librarian with the Ask a Librarian service at Sample State University. Happy to help you narrow it down."],
      [36, 'l', 'What class is it for, and is there a group of people or an angle you are interested in?'],
      [80, 'p', 'its for comp 2. maybe college athletes?'],
      [100, 'l', 'Nice, that is a good start. Would you want to look at something specific, like anxiety, depression, or athletes asking for help?'],
      [150, 'p', 'asking for help i guess. like why they dont'],
      [170, 'l', 'So your question could be: why do college athletes avoid seeking help for mental health problems? That is narrow enough for a comp 2 paper.'],
      [200, 'p', 'ok yes i like that'],
      [215, 'l', 'Let me find you a couple of articles to start with.'],
      [300, 'l', 'Still searching, I have one good one so far.'],
      [380, 'l', 'Okay! In SPORTDiscus (library.samplestate.edu > Databases > SPORTDiscus), search: athlete* AND "help-seeking" AND "mental health". Tick Scholarly (Peer Reviewed) Journals. The first result, "Help-seeking attitudes of collegiate athletes" (2021), is a good one.'],
      [386, 'l', 'PsycINFO (same Databases page) works with the same search too. Do those look useful?'],
      [440, 'p', 'yes omg thank you. how do i cite the first one in mla'],
      [460, 'l', 'In MLA 9 it goes Author Last, First, et al. "Title of Article." Journal Title, vol., no., year, pp. The database has a Cite button on the right side of the article page that builds it for you; just check the capitals. Did that work?'],
      [530, 'p', 'yes got it'],
      [545, 'l', 'Great. Is there anything else I can help with tonight?'],
      [570, 'p', 'no thats all i needed!! thank u so much'],
      [578, 'l', 'You are very welcome. Good luck with the paper, and thanks for using Ask a Librarian!'],
    ],
    exp: usual(),
  },
  {
    // a backup librarian's "I'll be back in 5 minutes" is a hold: the 4 minutes of silence after it are too long
    name: 'backup librarian announces "I\'ll check a few databases and be back in about 5 minutes" and is silent 4 minutes: keep_informed fails',
    lines: [
      [0, 'p', 'hello i need statistics on teen vaping in texas for my speech class'],
      [25, 'l', "Hello, this is Carla from Broward County Library in Florida, answering for the Ask a Librarian cooperative tonight. Do you need recent numbers, like 2023?"],
      [60, 'p', 'yes the newest'],
      [75, 'l', "I'll check a few sources and be back in about 5 minutes."],
      [315, 'l', "Thanks for waiting! The Texas Youth Tobacco Survey has 2023 numbers at dshs.texas.gov/tobacco, and the CDC's National Youth Tobacco Survey is at cdc.gov/tobacco/data_statistics. Is that what you needed?"],
      [360, 'p', 'yes thank you! thats all'],
      [365, 'l', 'Good luck with your speech, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  // ---- (H2 fix) the same behaviour in other words ------------------------------------------------------------------------
  {
    // (referralCanHelp H2, other words) "the Tutoring Center offers free online consultations: schedule one at …"
    name: 'community college, lab report in APA: the Tutoring Center "offers free online consultations" with its URL: referral passes',
    lines: [
      [0, 'p', 'hi i have a bio lab report due at 8am and idk how to do the references'],
      [35, 'l', "Hello! I'm Nadia, an evening librarian at Montgomery College Libraries. Is your instructor asking for APA or CSE style?"],
      [80, 'p', 'APA'],
      [100, 'l', 'Our APA guide has the journal and textbook examples: libguides.montgomerycollege.edu/apa. Is that what you were looking for?'],
      [140, 'p', 'yes but i also dont get how to write the discussion part'],
      [160, 'l', 'For the writing itself, the Tutoring Center offers free online consultations until 11 pm; you can schedule one at montgomerycollege.edu/tutoring.'],
      [200, 'p', 'ok cool ty. thats all'],
      [206, 'l', 'Good luck with the lab report! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (referralCanHelp H2, other words) Australian: "the Academic Skills team books 30-minute consults" with its URL
    name: 'Australian uni student, essay structure at 10 pm: "Academic Skills books 30-minute consults online" with the URL',
    lines: [
      [0, 'p', 'hi, my essay is due tomorrow and my tutor said my paragraphs lack structure, can the library help'],
      [30, 'l', "Hi there, you're chatting with Mia from the University of Queensland Library. Is it the argument that needs work, or the referencing?"],
      [75, 'p', 'the argument mostly'],
      [95, 'l', "Have a look at our Writing essays guide: web.library.uq.edu.au/study-and-learning-support/writing. The Student Centre's Academic Skills team also books 30-minute consults online at my.uq.edu.au/academic-skills. Does that help?"],
      [140, 'p', 'yes heaps, thanks'],
      [150, 'l', 'No worries! Anything else before you go?'],
      [170, 'p', 'nope all good'],
      [175, 'l', 'Cheers, good luck with the essay!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- inquiry.clarify: a question about the assignment before the first source -----------------------------------------
  { name: 'restating the need: "So you need three peer-reviewed articles on hand hygiene, right?"', lines: [[0, 'p', 'need 3 peer reviewed articles on hand hygiene'], [20, 'l', "Hi, I'm Jo at Ask a Librarian. So you need three peer-reviewed articles on hand hygiene, right?"], [40, 'p', 'yes'], L('CINAHL (samplelibrary.org/databases) with the Peer Reviewed box ticked. Does that help?', 60)], exp: some({ clarify: 'pass' }) },
  { name: 'the deadline asked: "When is it due?"', lines: [[0, 'p', 'i need sources for a paper on minimum wage'], [20, 'l', 'Hi, Jo here at Ask Us. When is it due?'], [40, 'p', 'tonight lol'], L('Then start with CQ Researcher on your library database page: report "Minimum Wage". Does that help?', 60)], exp: some({ clarify: 'pass' }) },
  { name: 'the class asked in fragments: "which class? eng 101?"', lines: [[0, 'p', 'how many sources do i need'], [20, 'l', 'hey! Kai at the library chat. which class? eng 101?'], [40, 'p', 'yeah'], L('Most ENG 101 sections ask for 5; the syllabus guide is at lib.sample.edu/eng101. did that help?', 60)], exp: some({ clarify: 'pass' }) },
  { name: 'the source first, the question after it: clarify fails', lines: [[0, 'p', 'need articles for my psych paper'], [20, 'l', 'Hi, Jo at Ask a Librarian. PsycINFO is at samplelibrary.org/databases.'], [30, 'l', "What's your topic?"], [60, 'p', 'memory'], L('Search memory AND sleep in PsycINFO. Does that help?', 80)], exp: some({ clarify: 'fail' }) },
  { name: 'a question about the format: "Do you need the full text, or are abstracts ok?"', lines: [[0, 'p', 'articles on autism and screen time?'], [20, 'l', 'Hello, Jo from Ask Us here. Do you need full text, or are abstracts ok?'], [45, 'p', 'full text'], L('Try PubMed Central at ncbi.nlm.nih.gov/pmc: everything there is free full text. Did that help?', 60)], exp: some({ clarify: 'pass' }) },
  // ---- info.source -----------------------------------------------------------------------------------------------------
  { name: 'a database named from the patron\'s own library: "Academic Search Complete from your library\'s database list"', lines: [...ASK, L("Use Academic Search Complete from your library's database list: search hand hygiene AND compliance. Did that help?", 80)], exp: some({ source: 'pass' }) },
  { name: 'only the steps, no resource named: "tick the box on the left that says peer reviewed"', lines: [...ASK, L('On the results page, tick the box on the left that says peer reviewed, then sort by date. Did that help?', 80)], exp: some({ source: 'fail' }) },
  { name: 'a citation example naming the APA manual: the book is a source', lines: [[0, 'p', 'how do i cite a tweet in apa'], [20, 'l', 'Hi, Jo at Ask a Librarian. Is it APA 7?'], [40, 'p', 'yes'], L('The Publication Manual of the APA (7th ed.), section 10.15, has it: Author [@handle]. (Year, Month Day). Text of the tweet [Tweet]. Site name. URL. Does that help?', 60)], exp: some({ source: 'pass', complete: 'pass' }) },
  { name: 'a library research guide by name: "our Nursing research guide (guides.sample.edu/nursing)"', lines: [...ASK, L('Our Nursing research guide at guides.sample.edu/nursing lists the best databases. Did that help?', 80)], exp: some({ source: 'pass' }) },
  // ---- followup.completeness -------------------------------------------------------------------------------------------
  { name: '"Did you find what you need in there?" after the steps', lines: [...GIVEN, L('Did you find what you need in there?', 130)], exp: some({ complete: 'pass' }) },
  { name: '"Do those work for your assignment?"', lines: [...GIVEN, L('Do those work for your assignment?', 90)], exp: some({ complete: 'pass' }) },
  { name: '"Would you like me to show you how to cite them?" asks about something not yet given: fails', lines: [...GIVEN, L('Would you like me to show you how to cite them?', 90), [130, 'p', 'no thats all thx'], L('Bye!', 140)], exp: some({ complete: 'fail' }) },
  { name: '"Want me to find more?" asks about something not yet given: fails', lines: [...GIVEN, L('Want me to find more?', 90), [130, 'p', 'nah thats all'], L('Good luck, bye!', 140)], exp: some({ complete: 'fail' }) },
  { name: '"Is that enough for your 3 sources?"', lines: [...GIVEN, L('Is that enough for your 3 sources?', 90)], exp: some({ complete: 'pass' }) },
  // ---- closing.anything_else -------------------------------------------------------------------------------------------
  { name: 'the patron: "thats all i needed thx"', lines: [...GIVEN, P('thats all i needed thx'), L('Good luck, bye!', 120)], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "ok ty" only: fails', lines: [...GIVEN, P('ok ty'), L('Good luck, bye!', 120)], exp: some({ anything: 'fail' }) },
  { name: 'the provider: "Anything else I can help with for your paper?"', lines: [...GIVEN, L('Anything else I can help with for your paper?', 90), [120, 'p', 'no'], L('Bye!', 125)], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "no more questions, thank you"', lines: [...GIVEN, P('got it. no more questions, thank you'), L('Thanks, bye!', 120)], exp: some({ anything: 'pass' }) },
  // ---- referrals of students -------------------------------------------------------------------------------------------
  { name: 'the Writing Center with its URL: referral passes', lines: [...GIVEN, L('For help with the draft itself, the Writing Center takes online appointments at writingcenter.gmu.edu. Does that help?', 90)], exp: some({ referral: 'pass' }) },
  { name: '"I\'d take it to the Writing Center" with no contact: referral fails', lines: [...GIVEN, L("For the thesis statement I'd take it to the Writing Center. Does that help?", 90)], exp: some({ referral: 'fail' }) },
  { name: '"E-mail your teacher to ask whether blogs count" (no contact): referral fails', lines: [...GIVEN, L('E-mail your teacher to ask whether blogs count. Does that help?', 90)], exp: some({ referral: 'fail' }) },
  { name: '"Your school librarian can help tomorrow: library@lincolnhs.org" : referral passes', lines: [...GIVEN, L('Your school librarian can help you tomorrow too: library@lincolnhs.org. Does that help?', 90)], exp: some({ referral: 'pass' }) },
  // ---- approachability.greeting (backup providers) ---------------------------------------------------------------------
  { name: 'greeting: "Hi! I\'m a librarian at Denver Public Library answering for the Ask Colorado chat tonight."', lines: [[0, 'p', 'need help with mla'], [20, 'l', "Hi! I'm a librarian at Denver Public Library answering for the Ask Colorado chat tonight."], [25, 'l', 'What are you citing?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Hello." then "Which database are you in?" : no one identified, fails', lines: [[0, 'p', 'need help with mla'], [20, 'l', 'Hello.'], [25, 'l', 'Which database are you in?']], exp: some({ greeting: 'fail' }) },
  { name: 'greeting: "You\'ve got the after-hours backup librarian. Hi! What\'s up?"', lines: [[0, 'p', 'need help with mla'], [20, 'l', "You've got the after-hours backup librarian. Hi! What's up?"]], exp: some({ greeting: 'pass' }) },
  // ---- interest.keep_informed ------------------------------------------------------------------------------------------
  { name: '"searching now..." then 150 s of silence: fails', lines: [...ASK, L('searching now...', 60), L('CINAHL at samplelibrary.org/databases has 40 peer-reviewed ones. Did that help?', 210)], exp: some({ informed: 'fail' }) },
  { name: 'the patron pastes the assignment in three messages while the provider reads for 100 s: passes', lines: [[0, 'p', 'here is my assignment'], [10, 'p', 'Research paper, 5 pages, 4 scholarly sources, APA'], [20, 'p', 'topic: renewable energy policy'], [20 + 100, 'l', "Hi, I'm Jo at Ask Us. So: 4 scholarly sources on renewable energy policy, in APA?"]], exp: some({ informed: 'pass' }) },
  // ---- more short cases (written after the first run, labelled before running) ------------------------------------------
  { name: '"Any luck finding some?" after the steps: completeness passes', lines: [...GIVEN, L('Any luck finding some?', 150)], exp: some({ complete: 'pass' }) },
  { name: '"Were you able to get in?" after the steps: completeness passes', lines: [...GIVEN, L('Were you able to get in?', 150)], exp: some({ complete: 'pass' }) },
  { name: 'the patron: "ok im all set now, thanks!" : anything passes', lines: [...GIVEN, P('ok im all set now, thanks!'), L('Good luck, bye!', 120)], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "thats it for now thx" : anything passes', lines: [...GIVEN, P('thats it for now thx'), L('Good luck, bye!', 120)], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "kk gotta finish this now lol" : anything fails', lines: [...GIVEN, P('kk gotta finish this now lol'), L('Good luck, bye!', 120)], exp: some({ anything: 'fail' }) },
  { name: '"Is there anything else you need for this assignment?" : anything passes', lines: [...GIVEN, L('Is there anything else you need for this assignment?', 90), [120, 'p', 'no'], L('Bye!', 125)], exp: some({ anything: 'pass' }) },
  { name: 'greeting: "Hi, I\'m the overnight librarian from the 24/7 cooperative; your library is closed now." : passes', lines: [[0, 'p', 'need help finding articles'], [20, 'l', "Hi, I'm the overnight librarian from the 24/7 cooperative; your library is closed now, but I can help."], [25, 'l', "What's your topic?"]], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Good evening! You\'ve reached the after-hours Ask a Librarian service." : passes', lines: [[0, 'p', 'need help finding articles'], [20, 'l', "Good evening! You've reached the after-hours Ask a Librarian service. What's your topic?"]], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "what class is this for?" with no greeting at all: fails', lines: [[0, 'p', 'need help finding articles'], [20, 'l', 'what class is this for?'], [50, 'p', 'bio'], [60, 'l', 'BIOSIS at samplelibrary.org/databases. did that help?']], exp: some({ greeting: 'fail' }) },
  { name: 'clarify: "What does your assignment sheet say about the kinds of sources?"', lines: [[0, 'p', 'can i use websites for my paper'], [20, 'l', 'Hi, Jo at Ask Us. What does your assignment sheet say about the kinds of sources?'], [50, 'p', 'it says 2 scholarly'], L('Then use Academic Search Complete at samplelibrary.org/databases for those two. Did that help?', 70)], exp: some({ clarify: 'pass' }) },
  { name: 'clarify: "Are you on campus or at home?" (shapes the login answer)', lines: [[0, 'p', 'how do i log into the databases'], [20, 'l', 'Hi, Jo at the library chat. Are you on campus or at home?'], [45, 'p', 'home'], L('From home, sign in at lib.sample.edu/login with your student ID. Did that work?', 60)], exp: some({ clarify: 'pass' }) },
  { name: 'source: "Search Google Scholar for it." : a named resource', lines: [...ASK, L('Search Google Scholar for it and click "Find it @ your library". Did that help?', 80)], exp: some({ source: 'pass' }) },
  { name: 'referral: "Ask your teacher if a documentary counts as a source." : fails', lines: [...GIVEN, L('Ask your teacher if a documentary counts as a source. Does that help?', 90)], exp: some({ referral: 'fail' }) },
  { name: 'referral: "your school librarian, Ms. Patel, is at 410-555-0199 during the day" : passes', lines: [...GIVEN, L('For the login, call your school librarian, Ms. Patel, at 410-555-0199 during the day. Does that help?', 90)], exp: some({ referral: 'pass' }) },
  { name: 'completeness in chat-speak: "that what u needed?"', lines: [...GIVEN, L('that what u needed?', 90)], exp: some({ complete: 'pass' }) },
  { name: 'completeness, Indian English: "Is your query resolved?"', lines: [...GIVEN, L('Is your query resolved?', 90)], exp: some({ complete: 'pass' }) },
  { name: 'completeness in Spanish: "¿Encontraste lo que necesitabas?"', lines: [...GIVEN, L('¿Encontraste lo que necesitabas?', 150)], exp: some({ complete: 'pass' }) },
  { name: '"Hope this helps!" asks nothing: completeness fails', lines: [...GIVEN, L('Hope this helps!', 90), [120, 'p', 'thx thats all'], L('Bye!', 125)], exp: some({ complete: 'fail' }) },
  { name: '"Did you want me to find more?" asks about more, not what was given: completeness fails', lines: [...GIVEN, L('Did you want me to find more?', 90), [120, 'p', 'no thats all'], L('Bye!', 125)], exp: some({ complete: 'fail' }) },
  { name: 'clarify: "Quick q before I search: is this for a lab report or a lit review?"', lines: [[0, 'p', 'need articles on crispr'], [20, 'l', 'Hey, Kai at Ask a Librarian! Quick q before I search: is this for a lab report or a lit review?'], [45, 'p', 'lit review'], L('Use PubMed at pubmed.ncbi.nlm.nih.gov and filter to Review. Did that help?', 60)], exp: some({ clarify: 'pass' }) },
  { name: 'clarify in fragments: "ok so: 5 sources, APA, on vaping, by midnight?"', lines: [[0, 'p', 'paper on vaping 5 sources apa due midnight help'], [20, 'l', 'hi! Kai at the library chat. ok so: 5 sources, APA, on vaping, by midnight?'], [40, 'p', 'ya'], L('Start in Academic Search Complete at samplelibrary.org/databases: vaping AND teens. did that help?', 60)], exp: some({ clarify: 'pass' }) },
  { name: 'anything else, Indian English: "Do you have any other query?"', lines: [...GIVEN, L('Do you have any other query?', 90), [120, 'p', 'no'], L('Thank you, bye!', 125)], exp: some({ anything: 'pass' }) },
  { name: 'anything else in Spanish: "¿Necesitas algo más?"', lines: [...GIVEN, L('¿Necesitas algo más?', 90), [120, 'p', 'no gracias'], L('¡Suerte, adiós!', 125)], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "cool thats all i need" : anything passes', lines: [...GIVEN, P('cool thats all i need'), L('Good luck, bye!', 120)], exp: some({ anything: 'pass' }) },
  { name: 'greeting: "Evening! Kate here from the Ask a Librarian team."', lines: [[0, 'p', 'need help with harvard referencing'], [20, 'l', 'Evening! Kate here from the Ask a Librarian team.'], [25, 'l', 'Is it a book or a journal article?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Namaste! This is Ritu from the college library."', lines: [[0, 'p', 'need help with ieee referencing'], [20, 'l', 'Namaste! This is Ritu from the college library. Which source are you citing?']], exp: some({ greeting: 'pass' }) },
  { name: '"gimme a sec" then 150 s: keep_informed fails', lines: [...ASK, L('gimme a sec', 60), L('CINAHL at samplelibrary.org/databases has lots. did that help?', 210)], exp: some({ informed: 'fail' }) },
  { name: '"Searching the catalog now, this may take a few minutes." then "Still on it!" every 110 s: passes', lines: [...ASK, L('Searching the catalog now, this may take a few minutes.', 60), L('Still on it!', 170), L('Found some: CINAHL at samplelibrary.org/databases. Did that help?', 280)], exp: some({ informed: 'pass' }) },
  { name: 'the patron pastes the assignment over 100 s; the provider answers 130 s after the first paste: fails', lines: [[0, 'p', 'help with my paper'], [20, 'l', "Hi, I'm Jo at Ask Us. Can you paste the assignment?"], [40, 'p', 'Write a 6 page argumentative paper.'], [80, 'p', 'Use at least 4 peer reviewed sources.'], [140, 'p', 'MLA format. my topic is fast fashion'], [170, 'l', 'So: 4 peer-reviewed sources on fast fashion, MLA. Try Business Source Complete at samplelibrary.org/databases. Did that help?']], exp: some({ informed: 'fail' }) },
  { name: 'source: "Check the Purdue OWL for the MLA rules."', lines: [[0, 'p', 'how do i do mla headings'], [20, 'l', 'Hi, Jo at Ask Us. Is it MLA 9?'], [40, 'p', 'yes'], L('Check the Purdue OWL for the MLA heading rules. Did that help?', 60)], exp: some({ source: 'pass' }) },
  { name: 'referral: "stop by the reference desk at your campus library tomorrow" (no contact): fails', lines: [...GIVEN, L('If the login still fails, stop by the reference desk at your campus library tomorrow. Does that help?', 90)], exp: some({ referral: 'fail' }) },
  { name: 'referral: "book a research consultation with a subject librarian at lib.sample.edu/consult" : passes', lines: [...GIVEN, L('For the lit review, book a research consultation with a subject librarian at lib.sample.edu/consult. Does that help?', 90)], exp: some({ referral: 'pass' }) },
  { name: 'greeting split: "Hi!" then "I\'m covering for your library from Broward County Library tonight."', lines: [[0, 'p', 'need help with a citation'], [20, 'l', 'Hi!'], [26, 'l', "I'm covering for your library from Broward County Library tonight. What are you citing?"]], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Carla, Broward County Library, covering tonight. What\'s your topic?" names but does not greet: fails', lines: [[0, 'p', 'need help with a citation'], [20, 'l', "Carla, Broward County Library, covering tonight. What's your topic?"]], exp: some({ greeting: 'fail' }) },
  { name: 'greeting: only the screen name says who: "Hi! What are you citing?" by "AskUsNow Librarian" : fails', lines: [[0, 'p', 'need help with a citation'], [20, 'l', 'Hi! What are you citing?', { author: 'AskUsNow Librarian' }], [50, 'p', 'a book'], [60, 'l', 'OK, is it APA or MLA?', { author: 'AskUsNow Librarian' }]], exp: some({ greeting: 'fail' }) },
  { name: 'clarify: only "How can I help?" before the source: fails', lines: [[0, 'p', 'hi'], [20, 'l', "Hi, I'm Jo at Ask Us. How can I help?"], [40, 'p', 'i need articles on vaping for my paper'], L('Academic Search Complete at samplelibrary.org/databases: search vaping AND teens. Did that help?', 60)], exp: some({ clarify: 'fail' }) },
  { name: 'clarify: "So you need..." restated only after the source: fails', lines: [[0, 'p', 'i need articles on vaping for my paper'], [20, 'l', "Hi, I'm Jo at Ask Us. Academic Search Complete at samplelibrary.org/databases is a good start."], [30, 'l', 'So you need scholarly articles on vaping, right?'], [50, 'p', 'yes'], L('Then tick Peer Reviewed. Did that help?', 60)], exp: some({ clarify: 'fail' }) },
  { name: 'completeness: "Is this the type of article your professor wants?"', lines: [...GIVEN, L('Is this the type of article your professor wants?', 90)], exp: some({ complete: 'pass' }) },
  // ---- (H2 fix, referralCanHelp) a party that takes appointments, in other words --------------------------------------------
  { name: '(referralCanHelp H2) "The Graduate Writing Center has Zoom appointments until 11 pm (gwc.umd.edu)." : referral passes', lines: [...GIVEN, L('The Graduate Writing Center has Zoom appointments until 11 pm (gwc.umd.edu). Does that help?', 90)], exp: some({ referral: 'pass' }) },
  { name: '(referralCanHelp H2) "your campus writing centre takes drop-in appointments" with no contact: referral fails', lines: [...GIVEN, L('Your campus writing centre takes drop-in appointments too. Does that help?', 90)], exp: some({ referral: 'fail' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for referralCanHelp H2 ("takes / offers … appointments"): no party, or none to book
  { name: 'near miss: "The Makerspace\'s 3D printer takes appointments at lib.sample.edu/3d." : no referral', lines: [...GIVEN, L("The Makerspace's 3D printer takes appointments at lib.sample.edu/3d. Does that help?", 90)], exp: some({ referral: 'na' }) },
  { name: 'near miss: "The Writing Center doesn\'t take appointments after finals week, so use the OWL" : no referral', lines: [...GIVEN, L("The Writing Center doesn't take appointments after finals week, so use the Purdue OWL at owl.purdue.edu. Does that help?", 90)], exp: some({ referral: 'na' }) },
  { name: 'near miss: "If you already have two appointments this week, WCOnline won\'t let you book more." : no referral', lines: [...GIVEN, L("If you already have two appointments this week, WCOnline won't let you book more. Does that help?", 90)], exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: an older reading (before H2) already takes "The Writing Center no longer offers appointments" for a referral (it
  // fails without H2's phrase too); none to book, so no referral by RUBRIC.md's Terms.
  { name: 'near miss: "The Writing Center no longer offers appointments; its handouts are at …" : no referral', lines: [...GIVEN, L('The Writing Center no longer offers appointments; its handouts are at writingcenter.sample.edu/handouts. Does that help?', 90)], exp: some({ referral: 'na' }) },
  {
    // LEFT: the scorer reads any reference in citation form ("Smith, J. (2021).") as a named source; telling the patron's own
    // article, formatted back, from a source the provider gives needs the patron's words compared, which no setting reads yet.
    // reading: a citation template alone is an answer but not a source (no URL, contact or named resource)
    name: 'APA reference built from the patron\'s own article, no guide or URL named: source fails, completeness passes',
    lines: [
      [0, 'p', 'can u check my apa citation'],
      [25, 'l', 'Hi, this is Jo at Ask a Librarian, Sample County Library. Sure, paste it in. Is it for a journal article?'],
      [60, 'p', 'yes. smith, john. 2021. sleep and memory in college students. journal of sleep research 30(2) 45-60'],
      [90, 'l', 'Close! In APA 7 it would be: Smith, J. (2021). Sleep and memory in college students. Journal of Sleep Research, 30(2), 45–60. Initials only for the first name, the year in parentheses, and the journal name and volume in italics. Does that look right to you?'],
      [130, 'p', 'oh ok yes thank you thats all'],
      [135, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
];

describe('twenty-ninth round (H2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (H2): students on a deadline, every check', whole);
describeSessions('twenty-ninth round (H2): students on a deadline, short cases', short);
describeSessions('twenty-ninth round (H2): students on a deadline, near misses of the changes', guards);

describeLeft('twenty-ninth-round-students', LEFT);
