/**
 * Twenty-ninth round, area (F3): TESTS, COURSES AND LEARNING. GED/HiSET prep, the US citizenship test, driver's permit
 * practice tests, SAT/ACT, nursing and civil-service exams, language learning (Mango, Transparent, Duolingo), online
 * courses (LinkedIn Learning, Coursera, Khan Academy), adult literacy and ESL classes, tutoring (Brainfuse/HelpNow).
 *
 * Written: 34 whole sessions (29 before the first run, 5 after it saying the fixed behaviours in other words), 30 short
 * cases (25 + 5), 11 near misses; all labelled from RUBRIC.md before the scorer ran. Running now:
 * 32 whole, 28 short, 9 guards; 6 in LEFT (2 of them near misses parked with their cases).
 * First run: 6 of 83 disagreements (and the empty `guards` suite): info.source 2 ("Khan Academy is great for that" read as
 * a source; "download it free from the App Store or Google Play" read as none), referral.contact 2 ("the Maryland GED
 * Testing Office answers at 410-767-0538" read as no referral; "HelpNow has live tutors … who can walk you through those"
 * read as one), followup.completeness 1 ("Reckon that covers it?"), approachability.greeting 1 ("Hey there, you've got the
 * library's tutor desk."). None was my label (0 corrected). Fixed in block F3 (4): knownResource drops "khan academy" (a
 * free site named alone is no source; with its address it still is), completeness reads "reckon / do you think / figure
 * that covers it / that'll do it?", `appStoreF3` (an app with where to get it: "download it from the App Store / get it on
 * Google Play"; not "the App Store version crashes", "you can't get it from the App Store anymore", "I downloaded it
 * myself") and `onlineTutorsF3` (the tutors of an online tutoring service, "HelpNow / Brainfuse / our online tutors … can
 * walk you through it", are part of the resource: no referral; "The Adult Learning Center has tutors who can …" still
 * refers). Left: 2 behaviours (4 cases): the greeting "you've got the library's tutor desk", and a party that "answers /
 * picks up / takes calls at" a number (a fix broke ninth-round-referrals' Register of Wills case; see LEFT).
 *
 * PARAPHRASE SWEEP. Ways real providers say the moments the rubric turns on, across registers:
 *  a source for a course, app or database (info.source passes):
 *   1. "Learning Express Library: bcpl.info > Research > Learning Express" (warm public library, steps)
 *   2. "uscis.gov/citizenship/find-study-materials-and-resources" (URL)
 *   3. "Mango is on our website: go to eLibrary, then Mango Languages" (Spanish: "vaya a 'eLibrary' y luego …")
 *   4. "Log in at kent.gov.uk/elibrary and pick Transparent from the e-learning list" (British)
 *   5. "from our homepage click Homework Help, then HelpNow, and put in your card number" (student worker)
 *   6. "Arco's Postal Exam 473/474, call no. 383.145 ARC" (terse veteran: a book)
 *   7. "the LearningExpress database" (a named database)
 *   8. "khanacademy.org/sat" (a domain)
 *  named without a way to reach it (no source):
 *   9. "try the DMV Genie app, it's really good" (student worker)
 *  10. "Duolingo is nice and free" (Indian English)
 *  11. "Khan Academy is great for that" (chat-speak)
 *  12. "The Literacy Council of Frederick County does free tutoring" (an organisation, no contact)
 *  referrals (referral.contact):
 *  13. "call them at 240-773-9490 to sign up" (pass)
 *  14. "sign up at the Adult Learning Center, 1400 Main St" (address: pass)
 *  15. "He should call them to set up an assessment" (no contact: fail)
 *  16. "check with your local adult ed centre" (no contact: fail)
 *  17. "Pearson VUE's page pearsonvue.com/nclex" (a web page: a source, no referral)
 *  clarifying (inquiry.clarify): "Which exam, the 473?", "Is your interview soon?", "what state r u in?", "¿Prefiere
 *  clases en persona o en línea?", "Are you a complete beginner?", "so you need practice tests for the permit?" (restated)
 *  completeness: "Is it useful?", "¿Le sirve esto?", "Were you able to get in?" (after the steps), near miss "Shall I
 *  talk you through setting up an account?" (something not yet given)
 *  patrons done: "es todo", "that's everything ta", "no more questions"
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - an app named with where to get it ("download it from the App Store or Google Play") names a way to reach it: a source;
 *   an app named alone ("try Duolingo") is not;
 * - the library's own database named as one ("we have Mango Languages in our databases") is a named resource (a database);
 * - recommending an app without a way to reach it still gives an answer, so a completeness question after it counts;
 * - "Were you able to get in?" after steps to reach a database asks whether the information given meets the need;
 * - a provider's clarifying question is a substantive exchange, so a patron vanishing after it leaves the information
 *   checks applicable (source fails, completeness fails).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

/** The opening of the short cases: a GED question, the greeting, a clarifying question and its answer. */
const ASK: Line[] = [
  [0, 'p', 'hi im trying to study for the GED math part, what do you have'],
  [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library's Ask Us chat."],
  [28, 'l', 'Are you studying on your own, or would a class work for you?'],
  [60, 'p', 'on my own mostly'],
];
const L = (text: string, t = 80): Line => [t, 'l', text];
/** ASK, then one provider message, then the patron's thanks and a goodbye. */
const reply = (text: string): Line[] => [...ASK, L(text), [120, 'p', 'ok thanks'], [126, 'l', 'Thanks for chatting, good luck with the GED!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, GED: Learning Express with the steps, all good',
    lines: [
      [0, 'p', 'Hello, I want to get my GED. Does the library have anything to help me study?'],
      [22, 'l', "Hi there! This is Tanya at Baltimore County Public Library. Congratulations on going for it!"],
      [30, 'l', 'Are you studying for all four tests, or is there one subject you want to start with?'],
      [75, 'p', 'Math is the one im scared of. I been out of school 15 years'],
      [85, 'l', "That's really common, you're not alone. Let me pull up our test prep."],
      [150, 'l', 'Learning Express Library has full GED math practice tests and tutorials. From bcpl.info, click Research, then Learning Express, and log in with your library card.'],
      [158, 'l', 'Does that help you get started?'],
      [210, 'p', 'Yes I think so. Thats all I needed thank you!!'],
      [218, 'l', "You're so welcome. Good luck, and come back any time!"],
    ],
    exp: usual(),
  },
  {
    name: 'citizenship test, non-native patron: uscis.gov and the branch class with a phone number, referral passes',
    lines: [
      [0, 'p', 'hello i want study for the citizen test, the 100 question. you have book?'],
      [35, 'l', "Good afternoon, you've reached AskUsNow!. I'm Carlos, a librarian. I can help you with that."],
      [42, 'l', 'Is your interview soon, or are you just starting to study?'],
      [90, 'p', 'interview is in march'],
      [100, 'l', 'Give me one moment to look.'],
      [180, 'l', 'USCIS has the 100 civics questions with audio at uscis.gov/citizenship/find-study-materials-and-resources. We also have free citizenship classes at the Wheaton branch; call them at 240-773-9490 to sign up.'],
      [190, 'l', 'Is this what you need?'],
      [240, 'p', 'yes thank you so much'],
      [248, 'l', 'Is there anything else I can help you with today?'],
      [270, 'p', 'no'],
      [276, 'l', 'Good luck on your interview! Thank you for chatting with us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: an app named alone is not a source; the recommendation is still an answer, so "did that help" counts
    name: 'student worker, permit test: "try the DMV Genie app" only: source fails',
    lines: [
      [0, 'p', 'is there like practice tests for the permit test'],
      [15, 'l', "hi! I'm Jess at the library's Ask Us chat :)"],
      [20, 'l', 'what state r u in?'],
      [40, 'p', 'md'],
      [55, 'l', 'ok so a lot of ppl use the DMV Genie app for the permit test, its really good and free'],
      [60, 'l', 'did that help?'],
      [90, 'p', 'ya ill try it thx'],
      [96, 'l', 'np! anything else?'],
      [110, 'p', 'nope'],
      [114, 'l', 'ok bye good luck!!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'formal, SAT: Khan Academy with its address, all good',
    lines: [
      [0, 'p', 'Good evening. My daughter is taking the SAT in October. Are there free preparation materials available?'],
      [30, 'l', 'Good evening, and thank you for contacting Ask a Librarian. My name is Helen, reference librarian at Fairfax County Public Library.'],
      [40, 'l', 'Is she looking for full practice tests, or help with a particular section?'],
      [80, 'p', 'Full practice tests, ideally timed.'],
      [95, 'l', 'The College Board publishes free official practice tests in the Bluebook app, and Khan Academy offers free official SAT practice at khanacademy.org/sat. Our Testing & Education Reference Center database also has timed tests: fairfaxcounty.gov/library, then Research, then Testing & Education.'],
      [105, 'l', 'Does that completely answer your question?'],
      [150, 'p', 'It does, thank you. That is everything.'],
      [160, 'l', 'You are most welcome. Best of luck to her in October. Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'academic, NCLEX: steps to the database, then the patron vanishes; check-in and disconnect notice',
    lines: [
      [0, 'p', 'hi I need NCLEX-RN practice questions, I graduate in May'],
      [25, 'l', 'Hello, this is Priya with the Welch Medical Library Ask a Librarian service.'],
      [32, 'l', 'Are you looking for question banks, or review books you can borrow?'],
      [70, 'p', 'question banks'],
      [80, 'l', 'Great. Go to welch.jhmi.edu, click Databases, then "Nursing Exam Prep" under N. It has about 2,000 NCLEX-style questions with rationales. Does that help?'],
      [230, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've been disconnected, so I'm going to close this chat. Feel free to chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // label: "Ref desk." greets no one
    name: 'terse veteran, postal exam: "Ref desk." no greeting, a book by call number, no completeness question',
    lines: [
      [0, 'p', 'civil service exam books?'],
      [20, 'l', 'Ref desk. Which exam?'],
      [45, 'p', 'postal one, 474'],
      [60, 'l', "Arco's Postal Exam 473/474 is in, call no. 383.145 ARC, 2nd floor."],
      [90, 'p', 'thx'],
      [95, 'l', 'bye'],
    ],
    exp: usual({ greeting: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish, English classes: Mango with the steps, "¿Le sirve esto?", the patron says "es todo"',
    lines: [
      [0, 'p', 'Hola, quiero aprender inglés. ¿Tienen clases?'],
      [25, 'l', '¡Hola! Soy Ana, bibliotecaria de Montgomery County Public Libraries. ¿Prefiere clases en persona o en línea?'],
      [70, 'p', 'en línea, trabajo de día'],
      [85, 'l', 'Puede usar Mango Languages gratis con su tarjeta de la biblioteca: en montgomerycountymd.gov/library, vaya a "eLibrary" y luego a "Mango Languages". ¿Le sirve esto?'],
      [130, 'p', 'sí, muchas gracias, es todo'],
      [138, 'l', '¡De nada! Gracias por usar nuestro chat. ¡Adiós!'],
    ],
    exp: usual(),
  },
  {
    // "Shall I talk you through setting up an account?" offers something not yet given: no completeness question
    name: 'British, Italian for travel: Transparent via the e-library, an offer but no completeness question',
    lines: [
      [0, 'p', "Hiya, I'm off to Italy in June, does the library do Italian courses at all?"],
      [30, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, Priya speaking. Are you a complete beginner?"],
      [60, 'p', 'Total beginner!'],
      [75, 'l', 'Brilliant. Transparent Language Online is free with your library card: log in at kent.gov.uk/elibrary and pick Transparent from the e-learning list.'],
      [82, 'l', 'Shall I talk you through setting up an account?'],
      [110, 'p', "No I'll manage, cheers"],
      [118, 'l', 'Lovely. Is there anything else I can help with?'],
      [140, 'p', "no that's everything ta"],
      [146, 'l', 'Cheers, enjoy Italy! Bye for now.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'Indian English, French app: Duolingo named and Mango with the A-Z steps, "Is it useful?"',
    lines: [
      [0, 'p', 'any free app to learn french??'],
      [20, 'l', 'Hello, good evening! This is Ravi from the Ask Us librarian service. Kindly tell me, is it for school or for travel?'],
      [55, 'p', 'travel'],
      [70, 'l', 'You may try Duolingo, it is free. Also the library is having Mango Languages, you can open it from our website, Databases A-Z, letter M, with your card. Is it useful?'],
      [110, 'p', 'ok thx'],
      [116, 'l', 'Welcome. Anything else you need?'],
      [130, 'p', 'no'],
      [136, 'l', 'Thank you for contacting us, have a nice trip!'],
    ],
    exp: usual(),
  },
  {
    name: 'university, LinkedIn Learning: sign-in steps, restated question, all good',
    lines: [
      [0, 'p', 'Hi, does the uni give free access to LinkedIn Learning? I want to do the Excel courses'],
      [18, 'l', "Hi, I'm Marcus from the University of Melbourne Library chat."],
      [24, 'l', 'So you want to take the Excel courses on LinkedIn Learning through your student account?'],
      [50, 'p', 'yep'],
      [60, 'l', 'Yes, you can. Go to linkedin.com/learning, choose "Sign in with your organization", type unimelb.edu.au and log in with your student ID. Did that work for you?'],
      [120, 'p', "yep I'm in, that's all I needed"],
      [126, 'l', 'Great, enjoy the courses. Thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'Coursera and Gale Courses: Coursera named, Gale Courses with steps',
    lines: [
      [0, 'p', 'can i get coursera certificates free through the library?'],
      [25, 'l', 'Hi! Dana here, a librarian at Sno-Isle Libraries. Which subject were you hoping to study?'],
      [60, 'p', 'project management'],
      [70, 'l', "We don't have Coursera, but Coursera has financial aid for certificates. We do offer Gale Courses free: from sno-isle.org click Learn, then Gale Courses, and there are several project management courses with certificates of completion."],
      [78, 'l', 'Does that answer your question?'],
      [120, 'p', 'yes, that helps a lot. no more questions'],
      [128, 'l', 'Wonderful! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    name: 'adult literacy, non-native patron: the Literacy Council named with no contact: source and referral fail',
    lines: [
      [0, 'p', 'my husband can not read english good, where he can learn?'],
      [30, 'l', "Hi, I'm Deb at Ask Us Now, the Maryland libraries' chat."],
      [36, 'l', 'Does he speak some English, or is he just starting?'],
      [80, 'p', 'he speak little'],
      [95, 'l', 'The Literacy Council of Frederick County does free one-on-one tutoring for adults. He should call them to set up an assessment.'],
      [100, 'l', 'Did that help?'],
      [140, 'p', 'yes thank you'],
      [146, 'l', 'Anything else today?'],
      [170, 'p', 'no thank'],
      [175, 'l', 'Thank you, take care!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'HiSET, the adult learning centre with address and phone: referral passes',
    lines: [
      [0, 'p', 'Where can I take HiSET classes near Trenton? free ones'],
      [28, 'l', 'Hello and welcome to the Ask a Librarian chat! My name is Kim, from Mercer County Library.'],
      [34, 'l', 'Do you need evening classes, or are daytime ones okay?'],
      [70, 'p', 'evening, I work days'],
      [80, 'l', 'The Mercer County Adult Learning Center runs free evening HiSET prep. You can sign up in person at 1400 Parkside Ave, Trenton, or call them at 609-555-0142.'],
      [86, 'l', 'Is that the kind of thing you were looking for?'],
      [130, 'p', 'yes!! thank you'],
      [136, 'l', 'Anything else I can help with?'],
      [150, 'p', "no that's it"],
      [155, 'l', 'Good luck! Thanks for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student, algebra homework: HelpNow with the steps, the patron is done',
    lines: [
      [0, 'p', 'need help w algebra hw its due tmrw'],
      [15, 'l', "Hi! I'm Sam, a library assistant at Ask Us."],
      [22, 'l', 'what kind of problems are you stuck on?'],
      [45, 'p', 'systems of equations'],
      [60, 'l', 'HelpNow has live tutors from 2 to 11pm who can walk you through those: from our homepage click Homework Help, then HelpNow, and put in your library card number. Does that help?'],
      [100, 'p', 'ok ty thats all'],
      [104, 'l', 'bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'follow-up by me: TEAS study guides, e-mail confirmed and "by tomorrow afternoon"',
    lines: [
      [0, 'p', 'Hi, do you have the ATI TEAS 7 study manual? I take the test in 3 weeks'],
      [25, 'l', "Hi, this is Rachel at Ask a Librarian, Pima County Public Library. Do you need the print book, or would an e-book work?"],
      [60, 'p', 'either'],
      [70, 'l', 'Let me check the catalogue.'],
      [140, 'l', 'Our catalogue at pima.bibliocommons.com shows the ATI TEAS Secrets study guide available at Main. The official ATI manual is on order; I can find out when it arrives. Does that help for now?'],
      [180, 'p', 'yes please let me know about the official one'],
      [186, 'l', "I'll e-mail you when I hear from our acquisitions team, by tomorrow afternoon. What's the best e-mail?"],
      [220, 'p', 'dmorales88@example.com'],
      [226, 'l', "Got it, dmorales88@example.com. Anything else for today?"],
      [245, 'p', 'no thats all'],
      [250, 'l', 'Thanks for chatting, talk soon!'],
    ],
    over: { ...FU_ME },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'ESL classes: "I\'ll email you the list" with no when, coded Answered: contact and code fail',
    lines: [
      [0, 'p', 'hello, I am look for ESL class for evening, I live in Columbia'],
      [30, 'l', "Hello! I'm Grace at Howard County Library System's Ask Us chat. What level of English class are you looking for?"],
      [70, 'p', 'intermediate'],
      [80, 'l', 'Our ESL conversation groups are listed at hclibrary.org/esl. Is that what you were looking for?'],
      [120, 'p', 'yes but I want more class, not only conversation'],
      [130, 'l', "I'll email you the list of the other evening ESL classes in Columbia. What is your e-mail?"],
      [170, 'p', 'minjoo.park@example.com'],
      [176, 'l', 'Thank you! Anything else?'],
      [190, 'p', 'no thank you'],
      [195, 'l', 'Have a good evening!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'transfer: citizenship interview question to the ESL coordinator, note and notice before it',
    lines: [
      [0, 'p', 'hi, the library help people with the english part of the citizenship interview?'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is your interview date set?'],
      [50, 'p', 'yes, in april'],
      [56, 'l', "I'm transferring you to Rosa, our ESL and citizenship coordinator, she can help best."],
      [59, 'i', 'pt has citizenship interview in April, wants english speaking practice, your area'],
      xferToRosa(62),
      [100, 'l', "Hi, Rosa from the Literacy Office here! We have a free Citizenship Speaking Circle on Tuesdays at 6; you can sign up at samplelibrary.org/citizenship. Does that help?", ROSA],
      [140, 'p', "yes I sign up, that's all, thank you"],
      [146, 'l', 'Thank you, good luck in April!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: the clarifying question is a substantive exchange, so the information checks apply
    name: 'ASVAB, patron vanishes after the clarifying question: Lost Call, check-in and notice',
    lines: [
      [0, 'p', 'do u have asvab books'],
      [22, 'l', 'Hi! This is Lee at the Ask Us chat. Do you want a book to borrow or practice tests online?'],
      [170, 'l', 'Are you still there?'],
      [260, 'l', "Looks like we got disconnected, so I'll close this chat now. Feel free to ask again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'ACT math, patron leaves right after the answer: anything and courteous fail',
    lines: [
      [0, 'p', 'where can i practice ACT math'],
      [18, 'l', "Hello, you're chatting with Nina, a librarian at Hennepin County Library. Which part of the math are you struggling with?"],
      [50, 'p', 'geometry'],
      [62, 'l', 'Khan Academy has free geometry lessons at khanacademy.org/math/geometry, and Peterson\'s Test Prep (hclib.org, then Research, then Peterson\'s) has full ACT practice tests. Does this help?'],
      [70, 's', 'Patron has left the chat.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'scripted macros, TOEFL: welcome macro, completeness macro, goodbye macro',
    lines: [
      [0, 'p', 'I am international student. Where I can find TOEFL practice?'],
      [5, 'l', 'Welcome to Ask Us 24/7! A librarian will be with you shortly.'],
      [40, 'l', "Hello, my name is Lee, and I'm a librarian from a cooperating library. Are you preparing for the internet-based test (iBT)?"],
      [80, 'p', 'yes iBT'],
      [95, 'l', 'ETS offers free official TOEFL iBT practice at ets.org/toefl/test-takers/ibt/prepare. Your library may also have Testing & Education Reference Center in its databases list.'],
      [100, 'l', 'Does this completely answer your question?'],
      [140, 'p', 'yes thank you'],
      [145, 'l', 'Is there anything else I can help you with today?'],
      [160, 'p', 'no'],
      [164, 'l', 'Thank you for using Ask Us 24/7. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian, citizenship test: "G\'day", Our Common Bond at the Home Affairs site',
    lines: [
      [0, 'p', 'hey where do i get the practice test for the aussie citizenship test'],
      [25, 'l', "G'day! You're chatting with Bec from the State Library of Queensland. Have you booked your test yet?"],
      [60, 'p', 'not yet, next month prob'],
      [72, 'l', 'No worries. The official book, Our Common Bond, and the practice test are both at immi.homeaffairs.gov.au/citizenship/test-and-interview/prepare-for-test. Reckon that covers it?'],
      [110, 'p', 'yep legend thanks, thats everything'],
      [116, 'l', 'Too easy! Good luck with it, cheers.'],
    ],
    exp: usual(),
  },
  {
    name: 'sloppy, SAT books: 190 s without a word after the patron answers: keep_informed fails',
    lines: [
      [0, 'p', 'do you have the princeton review sat book'],
      [20, 'l', 'Hi, this is Amy at Ask Us, Sample County Library. Which year edition do you need?'],
      [60, 'p', 'the newest one'],
      [250, 'l', 'Princeton Review Digital SAT Premium Prep 2025 is in our catalogue at catalog.sample.org, 2 copies at Main. Want me to place a hold?'],
      [290, 'p', 'yes please'],
      [300, 'l', 'Done, it will be at Main. Does that answer your question?'],
      [330, 'p', 'yes thanks'],
      [335, 'l', 'Anything else?'],
      [350, 'p', 'no'],
      [354, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'GED math, slow pickup (90 s): "sorry for the wait"',
    lines: [
      [0, 'p', 'hi do you have practice worksheets for ged math'],
      [90, 'l', 'Hi, sorry for the wait! This is Marcus with AskUsNow!.'],
      [95, 'l', 'Do you want printable worksheets, or something online?'],
      [130, 'p', 'printable'],
      [140, 'l', 'Our GED guide at samplelibrary.org/guides/ged links printable math worksheets from the Maryland Adult Education program. Is that what you were looking for?'],
      [180, 'p', 'yes perfect, that is all'],
      [185, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'busy provider, driver\'s manual: four sessions open at once: concurrency fails',
    lines: [
      [0, 'p', 'where is the drivers manual for the permit test in virginia'],
      [20, 'l', 'Hi, this is Jo, a librarian at Ask Us. Is this for a learner\'s permit for a teen?'],
      [50, 'p', 'yes my son'],
      [60, 'l', 'The Virginia Driver\'s Manual and practice tests are at dmv.virginia.gov/drivers/learners. Does that help?'],
      [90, 'p', 'yes thank you'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [114, 'l', 'Take care, bye!'],
    ],
    ctx: { otherIntervals: [other('f3-dmv-a', 'jo', -200, 300), other('f3-dmv-b', 'jo', -50, 200), other('f3-dmv-c', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'no clarifying question: the source given at once',
    lines: [
      [0, 'p', "I need the Maryland driver's handbook to study for my learner's permit"],
      [20, 'l', "Hello! This is Kayla from Ask Us Now. The MVA's Maryland Driver's Manual is at mva.maryland.gov, under Drivers, then Driver's Manual. Did that help?"],
      [60, 'p', 'yes thank you, that was all'],
      [66, 'l', 'Good luck on the test! Bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'dismissal: a student asks for more practice questions, "you\'ll have to do the rest on your own"',
    lines: [
      [0, 'p', 'can u help me with the practice questions for the citizenship test'],
      [20, 'l', 'Hi, this is Pat at the Ask Us chat. Which questions are you stuck on?'],
      [50, 'p', 'the ones about the constitution'],
      [60, 'l', 'The answers are all in the USCIS study list at uscis.gov/citizenship/100-civics-questions. Does that help?'],
      [90, 'p', 'yes, can u quiz me on some?'],
      [100, 'l', "I can't go through them with you, you'll have to do the rest on your own."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'bilingual, Spanish to English: the patron switches, the provider gives the HelpNow steps',
    lines: [
      [0, 'p', 'hola necesito ayuda con mi tarea de ingles, ensayo'],
      [25, 'l', '¡Hola! Soy Luis, bibliotecario de la Biblioteca Pública de Austin. ¿Es para la escuela secundaria o la universidad?'],
      [60, 'p', 'high school, I can write english too'],
      [70, 'l', "Great! Brainfuse HelpNow has a Writing Lab where a tutor reviews your essay. Go to library.austintexas.gov, click eResources, then Homework Help, then Brainfuse, and log in with your card. Is that what you needed?"],
      [110, 'p', 'yes gracias'],
      [116, 'l', 'Anything else I can help with?'],
      [130, 'p', 'no, thats all'],
      [134, 'l', '¡Suerte con el ensayo! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'civil service, police exam: "check with the county personnel office" with no contact: referral fails',
    lines: [
      [0, 'p', 'I want to take the police officer exam for Baltimore County. Are there study books?'],
      [28, 'l', "Hello, you've reached Ask Us Now, this is Gina, a librarian. Do you know which written test the county uses?"],
      [70, 'p', 'no idea'],
      [85, 'l', 'Most Maryland counties use the POST entry exam. We have Police Officer Exam by LearningExpress in our catalogue at catalog.bcpl.info. For which test they use this year, check with the county personnel office.'],
      [92, 'l', 'Does that help?'],
      [130, 'p', 'yes thank you'],
      [136, 'l', "You're welcome! Anything else?"],
      [150, 'p', 'no'],
      [154, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- added after the first run: the same behaviours in other words (labelled before running) --------------------------
  {
    // Khan Academy named alone (no address, no steps): no source
    name: 'chat-speak, SAT: "khan academy has rly good sat stuff" only: source fails',
    lines: [
      [0, 'p', 'yo is there free sat prep anywhere'],
      [18, 'l', "hey! it's Mia from the teen desk at Eastside Library :) is it the math or reading u need most?"],
      [45, 'p', 'math def'],
      [58, 'l', 'khan academy has rly good sat math stuff, totally free. did that help?'],
      [90, 'p', 'ya thx'],
      [95, 'l', 'anything else?'],
      [110, 'p', 'nah'],
      [114, 'l', 'ok good luck, bye!!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'Australian TAFE course: "Reckon that\'ll do it?" asks whether the answer is enough',
    lines: [
      [0, 'p', 'hi is there a free course for the RSA certificate? need it for a bar job'],
      [24, 'l', "G'day, you're chatting with Shaz at Brisbane City Council Libraries. Are you after the Queensland RSA?"],
      [55, 'p', 'yeah QLD'],
      [70, 'l', 'It has to be done with a registered provider, not for free, but our LinkedIn Learning has hospitality basics: brisbane.qld.gov.au/libraries, then eLearning, then LinkedIn Learning. Reckon that\'ll do it?'],
      [110, 'p', 'yeah good as, cheers. thats all'],
      [115, 'l', 'No worries, good luck with the job!'],
    ],
    exp: usual(),
  },
  {
    // reading: an app with where to get it is a source
    name: 'warm public library, Spanish for a nurse: "download Duolingo free on the App Store or Google Play"',
    lines: [
      [0, 'p', "I'm a nurse and want to learn some Spanish for my patients. Any suggestions?"],
      [26, 'l', "Hi! I'm Beth, a librarian at Wake County Public Libraries. Are you looking for medical Spanish or general conversation?"],
      [70, 'p', 'general to start'],
      [85, 'l', 'A good start is Duolingo: you can download it free on the App Store or Google Play, and do 10 minutes a day. Does that sound like what you need?'],
      [130, 'p', "yes, that's all I needed, thanks!"],
      [136, 'l', 'You are so welcome. Have a great shift!'],
    ],
    exp: usual(),
  },
  {
    // the database's own tutors: no referral
    name: 'student worker, GED essay: "Brainfuse\'s live tutors can work through it with you" with the steps: no referral',
    lines: [
      [0, 'p', 'can someone check my GED essay practice'],
      [20, 'l', "hi! this is Theo, a library assistant with the Ask Us chat. is it the RLA extended response?"],
      [50, 'p', 'yes'],
      [60, 'l', "Brainfuse's live tutors can work through it with you tonight: on our website go to eResources, then Brainfuse, and pick the Writing Lab. did that help?"],
      [100, 'p', 'yes ty, thats it'],
      [104, 'l', 'ok bye, good luck!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- info.source: apps and courses, with and without a way to reach them ---------------------------------------------
  { name: '"Try Duolingo, it\'s free and fun." alone: no source', lines: reply("Try Duolingo, it's free and fun. Did that help?"), exp: some({ source: 'fail', complete: 'pass' }) },
  { name: '"Khan Academy is great for that" alone: no source', lines: reply('Khan Academy is great for that, it has a whole GED math section. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"the GED Flash app" alone: no source', lines: reply('A lot of people like the GED Flash app for practice. Did that help?'), exp: some({ source: 'fail' }) },
  { name: '"khanacademy.org/math" : source', lines: reply('Khan Academy has free GED-level math at khanacademy.org/math. Did that help?'), exp: some({ source: 'pass' }) },
  {
    // reading: an app store is a way to reach the app
    name: 'app with where to get it: "download it free from the App Store or Google Play" : source',
    lines: reply('The GED Flash app is good for practice; download it free from the App Store or Google Play. Did that help?'),
    exp: some({ source: 'pass' }),
  },
  { name: 'Mango with the steps from the homepage: source', lines: reply('From our homepage, click Online Resources, then Learning, then Mango Languages. Did that help?'), exp: some({ source: 'pass' }) },
  { name: '"we have Learning Express Library in our databases" : a named database, source', lines: reply('We have Learning Express Library in our databases; it has GED math practice tests. Did that help?'), exp: some({ source: 'pass' }) },
  { name: 'a book by title: source', lines: reply("Try the book Kaplan GED Test Prep Plus 2024; we have 3 copies. Did that help?"), exp: some({ source: 'pass' }) },
  { name: 'the Literacy Council named, no contact: no source', lines: reply('The Literacy Council does free GED math tutoring. Did that help?'), exp: some({ source: 'fail' }) },
  // ---- referral.contact ------------------------------------------------------------------------------------------------
  { name: '"call the Adult Learning Center at 410-555-0199" : referral passes', lines: reply('The Adult Learning Center has a free GED math class; call them at 410-555-0199 to enrol.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"check with your local adult ed centre" : referral fails', lines: reply('For a class, check with your local adult ed centre. Learning Express Library in our databases has practice tests too.'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"visit the testing office on the 2nd floor of the community college" : referral fails', lines: reply('To book the test, visit the testing office at the community college. Our GED guide is at samplelibrary.org/ged.'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"e-mail the ESL office at esl@sample.org" : referral passes', lines: reply('If a class would help after all, e-mail our ESL office at esl@sample.org. The practice tests are at samplelibrary.org/ged.'), exp: some({ referral: 'pass' }) },
  { name: 'Pearson VUE\'s web page: a source, no referral', lines: reply('Practice tests are on the official page, ged.com/practice-test. Did that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- inquiry.clarify -------------------------------------------------------------------------------------------------
  {
    name: 'clarify: "Which test are you taking, the GED or the HiSET?" before the source',
    lines: [[0, 'p', 'i need high school equivalency practice'], [20, 'l', 'Hi, Jo at Ask Us here. Which test are you taking, the GED or the HiSET?'], [50, 'p', 'hiset'], [60, 'l', 'HiSET practice tests are at hiset.org/prepare. Did that help?']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'clarify: restated "so you need practice tests for the permit?"',
    lines: [[0, 'p', 'my son has the permit test next week what do we do'], [20, 'l', 'Hi, Jo at Ask Us here. So you need practice tests for the permit?'], [50, 'p', 'yes'], [60, 'l', 'The MVA has practice tests at mva.maryland.gov/practice. Did that help?']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'clarify: the question only after the source: fails',
    lines: [[0, 'p', 'SAT practice?'], [20, 'l', 'Hi, Jo at Ask Us here. Official practice is at khanacademy.org/sat. Is it for the digital SAT?'], [50, 'p', 'yes']],
    exp: some({ clarify: 'fail' }),
  },
  // ---- followup.completeness -------------------------------------------------------------------------------------------
  {
    // reading: whether the steps worked asks whether the information given meets the need
    name: 'completeness: "Were you able to get in?" after the steps to the database',
    lines: [...ASK, L('From our homepage click Research, then Learning Express, and log in with your card.'), [140, 'p', 'ok one sec'], [150, 'l', 'Were you able to get in?'], [180, 'p', 'yes thanks']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness: "Would you like me to show you how to make an account?" only: fails',
    lines: [...ASK, L('Learning Express Library has GED math tests: samplelibrary.org/learningexpress. Would you like me to show you how to make an account?'), [140, 'p', 'no im ok'], [150, 'l', 'Thanks for chatting!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness: "¿Le sirve esta información?" after the source',
    lines: [[0, 'p', 'quiero practicar para el examen de manejo'], [20, 'l', 'Hola, soy Ana de la biblioteca. ¿En qué estado?'], [45, 'p', 'Maryland'], [60, 'l', 'El manual y las pruebas de práctica están en mva.maryland.gov/espanol. ¿Le sirve esta información?'], [90, 'p', 'si gracias']],
    exp: some({ complete: 'pass', source: 'pass', clarify: 'pass' }),
  },
  // ---- approachability.greeting ----------------------------------------------------------------------------------------
  { name: 'greeting: "Hola, soy Ana de la biblioteca" : passes', lines: [[0, 'p', 'hola, clases de ingles?'], [20, 'l', 'Hola, soy Ana de la biblioteca. ¿Para adultos?']], exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Which exam?" with no greeting: fails', lines: [[0, 'p', 'nclex books'], [20, 'l', 'Which exam, RN or PN?'], [50, 'p', 'RN'], [60, 'l', 'Saunders NCLEX-RN review is in the catalogue.']], exp: some({ greeting: 'fail' }) },
  // ---- closing.anything_else: the patron says they are done ------------------------------------------------------------
  { name: 'patron: "thats all i need for now, thank u" : anything passes', lines: [...ASK, L('Learning Express is at samplelibrary.org/le. Did that help?'), [120, 'p', 'thats all i need for now, thank u'], [126, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'patron: "ok thank you" alone: anything fails', lines: [...ASK, L('Learning Express is at samplelibrary.org/le. Did that help?'), [120, 'p', 'ok thank you'], [126, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- added after the first run: the same behaviours in other words (labelled before running) --------------------------
  { name: '"Check out Khan Academy for the fractions review" alone: no source', lines: reply('Check out Khan Academy for the fractions review. Did that help?'), exp: some({ source: 'fail' }) },
  { name: '"Do you think this answers your question?" after the source', lines: [...ASK, L('Learning Express is at samplelibrary.org/le. Do you think this answers your question?'), [120, 'p', 'yes']], exp: some({ complete: 'pass' }) },
  { name: '"get the Civics Test app on Google Play" : source', lines: reply('For the citizenship test, get the USCIS Civics Test Study Tools app on Google Play. Did that help?'), exp: some({ source: 'pass' }) },
  { name: '"Our online tutors can walk you through it" with the steps: no referral', lines: reply('Our online tutors can walk you through it: log in under Homework Help on our site with your card. Did that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for F3's knownResource narrowing ("khan academy" named alone): the address or the steps given
  { name: 'near miss: "Khan Academy: khanacademy.org/test-prep" : source passes', lines: reply('Khan Academy has GED-style math at khanacademy.org/math/arithmetic. Did that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "es.khanacademy.org, busque fracciones" : source passes', lines: reply('Khan Academy en español: es.khanacademy.org, busque "fracciones". ¿Le sirve?'), exp: some({ source: 'pass' }) },
  // near misses for F3's completeness ("Reckon that covers it?"): a statement, and a question about something else
  { name: 'near miss: "I reckon that covers most of the syllabus." (no question): completeness fails', lines: [...ASK, L('Learning Express is at samplelibrary.org/le. I reckon that covers most of the syllabus.'), [120, 'p', 'cool'], [126, 'l', 'Bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Do you think the test covers fractions?" : completeness fails', lines: [...ASK, L('Learning Express is at samplelibrary.org/le. Do you think the test covers fractions?'), [120, 'p', 'maybe'], [126, 'l', 'Bye!']], exp: some({ complete: 'fail' }) },
  // near misses for F3's `appStoreF3`: the App Store without telling the patron to get the app there
  { name: 'near miss: "the App Store version keeps crashing" : no source', lines: reply('The GED Flash app is okay, but the App Store version keeps crashing for some people. Did that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "you can\'t get it from the App Store anymore" : no source', lines: reply("The old GED Flash app was pulled, so you can't get it from the App Store anymore. Did that help?"), exp: some({ source: 'fail' }) },
  { name: 'near miss: "I downloaded it from the App Store myself" : no source', lines: reply('I downloaded the GED Flash app from the App Store myself last year and liked it. Did that help?'), exp: some({ source: 'fail' }) },
  // near misses for F3's `onlineTutorsF3`: tutors at a place the patron visits or calls
  { name: 'near miss: "The Adult Learning Center has tutors who can walk you through it." : referral fails', lines: reply('The Adult Learning Center has tutors who can walk you through it. Learning Express in our databases has practice too.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Volunteer tutors at the Literacy Council can help you, call 555-0123" : referral passes', lines: reply('Volunteer tutors at the Literacy Council can help you; call them at 410-555-0123.'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: a party that "answers / picks up / takes calls at" a number is a referral with its phone, but reading it (a
  // referralCanHelp alternative) makes ninth-round-referrals' Register of Wills case ("The Harford Register of Wills answers
  // at 410-638-3275. … the people to ask are the Register of Wills staff in Bel Air.") fail: the second sentence's party then
  // no longer takes the first sentence's phone. Reverted for lack of time; the three cases and their near misses wait here.
  {
    name: 'GED testing: ged.com and the state testing office with a phone number',
    lines: [
      [0, 'p', 'how do i schedule the GED test, i finished the classes'],
      [20, 'l', "Hi, congrats! This is Tom at the Ask Us chat, Anne Arundel County Public Library. Are you in Maryland?"],
      [40, 'p', 'yes annapolis'],
      [55, 'l', 'You schedule the test at ged.com: make an account, then click Schedule Test and pick the Annapolis testing center. If you get stuck, the Maryland GED Testing Office answers at 410-767-0538.'],
      [62, 'l', 'Does that answer it?'],
      [100, 'p', 'yes thanks'],
      [106, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [124, 'l', 'Good luck on the test! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'HiSET help line "picks up at" a number: referral passes',
    lines: [
      [0, 'p', 'I took the HiSET and my score is not showing, who do I ask?'],
      [30, 'l', 'Hello, this is Rosa at the Ask a Librarian service of the New Jersey State Library. Did you test at a center or at home online?'],
      [70, 'p', 'at a center in Newark'],
      [85, 'l', 'Scores can take up to 10 days. After that, the HiSET help line picks up at 855-555-0110 on weekdays, and the score lookup is at hiset.org/scores. Does that help?'],
      [130, 'p', 'yes thank you'],
      [136, 'l', 'Anything else?'],
      [150, 'p', 'no'],
      [154, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "you've got the library's tutor desk" names the service but "you've got" is no sign-on lead the scorer reads; a
  // lead "you've got" also opens "you've got the wrong library" / "you've got the right idea", not fixed this round
  { name: 'greeting: "Hey there, you\'ve got the library\'s tutor desk" : passes', lines: [[0, 'p', 'can someone help w my essay'], [20, 'l', "Hey there, you've got the library's tutor desk. What's the essay about?"]], exp: some({ greeting: 'pass' }) },
];

describe('twenty-ninth round (F3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (F3): tests, courses and learning, every check', whole);
describeSessions('twenty-ninth round (F3): tests, courses and learning, short cases', short);
describeSessions('twenty-ninth round (F3): tests, courses and learning, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  { name: 'the testing center "takes calls at (609) 555-0199" : referral passes', lines: reply('The testing center takes calls at (609) 555-0199 if you need to move your date. Did that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The FAQ answers at length what to bring" : no referral', lines: reply('The FAQ at ged.com/faq answers at length what to bring on test day. Did that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "the hotline answers at 9am" : no referral with a number', lines: reply('The GED practice test page is ged.com/practice; the site says its chat answers at 9am on weekdays. Did that help?'), exp: some({ referral: 'na' }) },
];

describeSessions('twenty-ninth-round-learning: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('twenty-ninth-round-learning', LEFT);
