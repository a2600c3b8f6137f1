/**
 * Twelfth round, area (L6): PATRONS LEARNING ENGLISH AND ADULT LEARNERS. Non-native English from patrons (and from a
 * few providers), messages run through a translation tool ("(Translated by Google)"), patrons mixing a few words of
 * Spanish, French, Arabic, Mandarin, Vietnamese, Tagalog or Hindi into English; questions about ESL classes, the
 * citizenship test, the GED and HiSET, adult literacy, TOEFL / IELTS, bilingual dictionaries and easy readers;
 * providers simplifying their wording ("In simple words: …", "Is it clear?"), misunderstandings repaired by a
 * clarifying question ("Do you mean the driving test or…?"), patrons who say they are done in unusual words ("is all
 * my questions", "that's it from my side", "my query is resolved", "finish, thank you") and near misses that do not
 * say so ("ok thank you teacher", "I will come again with more questions", "I finish the homework later"),
 * politeness formulas from other cultures ("Respected madam", "kindly", "God bless you", "Namaste", "shukran"),
 * check-ins and notices in plain simple English, and a provider who ends a chat because of the patron's English.
 * Voices: public libraries (US and Canada), community college and university libraries, the statewide cooperative,
 * SMS-like patrons, a library worker writing in a second language.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (comments at the cases): a non-native or mistranslated sentence means what it plainly says, so
 * "Is all my questions." and "That's it from my side." say the patron is done, while thanks, a blessing or "I will
 * come back" do not; "my query is resolved" says the patron is done (the question is closed, nothing more needed);
 * "Is it clear?" / "Did you understand?" after the answer asks whether what was given serves the patron (as "Does
 * that make sense?" did in earlier rounds), but "Do you understand English well, or is Spanish better?" asks about
 * the patron's situation (a clarifying question, no completeness question); a greeting in another language
 * ("Namaste", "Salaam", "Bonjour") is a greeting; "here is Ahmed from the library" identifies the provider; asking
 * which language the patron prefers shapes the answer and clarifies; a teacher or class the patron is told to ask or
 * visit is a referral (earlier rounds' reading); telling the patron to practise with a friend is not.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the
 * reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type SessionCase, some, sys, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- ESL classes, citizenship, GED --------------------------------------------------------------------------------
  {
    // reading: "Is all my questions." is a non-native "That's all my questions": the patron says they are done
    name: 'ESL patron asks for free English classes; a referral to the Literacy Council with phone and URL; "Is all my questions. Thank you so much for your kindness."',
    lines: [
      [0, 'p', 'Good afternoon. I wish to know where I can to study English language for free. I am living in Silver Spring since 3 months.'],
      [31, 'l', 'Hello and welcome to the Montgomery County Public Libraries chat! My name is Karen. Are you looking for classes in person, or online classes you can take from home?'],
      [88, 'p', 'in person is better, I not have good computer'],
      [97, 'l', 'OK. The Literacy Council of Montgomery County has free English classes for adults. You can call them at 301-555-0130 or sign up at literacycouncilmcmd.org. Our Silver Spring library also has a free English conversation group every Tuesday at 6 pm: mcpl.libcal.com/calendar. Is this information helpful for you?'],
      [160, 'p', 'Yes very helpful. Is all my questions. Thank you so much for your kindness.'],
      [168, 'l', "You're very welcome! Good luck with your English. Goodbye!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'citizenship test: "the 100 question. you have book?"; catalogue and USCIS page; "ok enough for today, no more question. thanks"',
    lines: [
      [0, 'p', 'hello i need study for citizen test, the 100 question. you have book?'],
      [22, 'l', 'Hi! This is Luis at Houston Public Library. Would you like a book to borrow, or is practice online okay too?'],
      [61, 'p', 'both ok'],
      [70, 'l', 'We have "U.S. Citizenship Test" by Barron\'s and a few others: go to houstonlibrary.org, search "citizenship test" in the catalog. The official 100 questions, with audio, are free at uscis.gov/citizenship/find-study-materials-and-resources. Did that help?'],
      [140, 'p', 'ok enough for today, no more question. thanks'],
      [146, 'l', 'Thank you for chatting with us, and good luck on your test!'],
    ],
    exp: usual(),
  },
  {
    name: 'GED in Spanish, patron mixing Spanish: residence asked; ged.com and a referral to ACC Adult Education with phone; "perfect, muchas gracias!! nothing more"',
    lines: [
      [0, 'p', 'hola, I want take the GED but my english is not so good, can I do it in español?'],
      [26, 'l', "Hi, welcome to Ask a Librarian at Austin Public Library, I'm Dana. Do you live in Texas? The rules are different in each state."],
      [60, 'p', 'si, in Austin'],
      [71, 'l', 'Yes! In Texas you can take the GED in Spanish. Information and sign-up are at ged.com (choose "Español" at the top). For free prep classes, contact Austin Community College Adult Education at 512-555-0147. Does this answer your question?'],
      [128, 'p', 'perfect, muchas gracias!! nothing more'],
      [134, 'l', 'De nada! Have a good day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Is it clear now?" after the answer asks whether what was given serves (as "Does that make sense?")
    name: 'provider simplifies ("Let me say it more simple") and asks "Is it clear now?"; the patron only says "ok thank you teacher": anything else fails',
    lines: [
      [0, 'p', 'what is mean "hold" in the library website? i press it and nothing happen'],
      [19, 'l', 'Hello, this is Beth, a librarian at Hennepin County Library. Which book did you press "hold" on?'],
      [55, 'p', 'the book is Atomic Habits'],
      [63, 'l', 'A hold means you are in a line (a queue) to get the book. Right now 42 people are before you. When it is your turn, we send you an email and you get the book at your library.'],
      [101, 'p', 'sorry i dont understand, is long time?'],
      [110, 'l', 'Let me say it more simple: you wait. Maybe 2 months. We write you when the book is ready. You can see your place in line at hclib.org, My Account, Holds. Is it clear now?'],
      [160, 'p', 'ok thank you teacher'],
      [166, 'l', 'You are welcome! Thank you for using the library chat.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'misunderstanding repaired: "the test for the license" - "Do you mean the driving test, or a license for work?"; DMV handbook in Vietnamese; patron: "that was my only question, cam on"',
    lines: [
      [0, 'p', 'where I can find book for the test for the license'],
      [24, 'l', 'Hi there! Welcome to Orange County Library System chat, I am Grace. Do you mean the driving test, or a license for work (like nails or real estate)?'],
      [70, 'p', 'driving. for car. and in vietnamese if you have'],
      [78, 'l', 'Good news: the Florida Driver License Handbook is free online in English and other languages at flhsmv.gov/driver-licenses-id-cards/education-courses/handbooks. We also have a printed copy you can borrow: search "Florida driver handbook" at ocls.org. Was that what you were looking for?'],
      [150, 'p', 'yes that was my only question, cam on'],
      [157, 'l', 'You are welcome, have a great day!'],
    ],
    exp: usual(),
  },
  {
    // reading: "My query is resolved." says the patron needs nothing more (done); "God bless you" alone would not
    name: 'politeness formulas: "Respected Madam, kindly guide me…I shall be highly obliged"; IELTS books and a database; "My query is resolved. God bless you."',
    lines: [
      [0, 'p', 'Respected Madam, kindly guide me regarding the IELTS preparation books available in your esteemed library. I shall be highly obliged.'],
      [35, 'l', "Hello, thanks for contacting the Brampton Library chat. I'm Meera. Are you preparing for IELTS Academic or General Training?"],
      [80, 'p', 'General Training madam, for PR application'],
      [90, 'l', 'We have "The Official Cambridge Guide to IELTS" and "IELTS Trainer 2 General Training" in the catalogue (bramptonlibrary.ca, search IELTS). You can also practise full tests online with LearningExpress Library: bramptonlibrary.ca/eresources > LearningExpress > IELTS. Does that cover what you need?'],
      [155, 'p', 'Yes madam. My query is resolved. God bless you.'],
      [161, 'l', 'Thank you, and all the best with your application!'],
    ],
    exp: usual(),
  },
  {
    // reading: "That's it from my side." says the patron is done
    name: '"That\'s it from my side, thank you" after a TOEFL answer at a university library',
    lines: [
      [0, 'p', 'Hi, I am international student, can the library give me TOEFL practice test?'],
      [17, 'l', "Hi! You're chatting with Ravi from Rutgers University Libraries. Is this for a TOEFL you are taking soon, or to practise in general?"],
      [60, 'p', 'I take it in december'],
      [68, 'l', 'Peterson\'s Test Prep has full TOEFL iBT practice tests: libguides.rutgers.edu/az.php, choose Peterson\'s, and create a free account with your Rutgers email. ETS also has a free official practice test at ets.org/toefl. Does that help?'],
      [130, 'p', "That's it from my side, thank you"],
      [137, 'l', 'Good luck in December, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss: "Thank you, I will come again with more questions next week" is no statement that the patron is done; nobody asks "anything else?"',
    lines: [
      [0, 'p', 'My son is in 3 grade and I want read with him in English. Which books are easy?'],
      [29, 'l', 'Hello, this is Mr. Tran at the San Jose Public Library. Does your son read a little English already, or is he just starting?'],
      [75, 'p', 'he read a little, I read not so good'],
      [83, 'l', 'Try the "Elephant and Piggie" books by Mo Willems and the "Frog and Toad" books: short sentences, big pictures. You can find them at sjpl.org, search the title. We also have bilingual Vietnamese-English picture books: search "Vietnamese English bilingual" in the catalog. Are those the kind of books you were looking for?'],
      [150, 'p', 'Thank you, I will come again with more questions next week'],
      [156, 'l', 'Please do! Thanks for contacting San Jose Public Library.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'patron goes quiet after the clarifying question; check-in "Are you still here? ¿Sigue ahí?" and a plain-English notice "I think you left. I will close the chat now. Thank you!" (idle 200 s)',
    lines: [
      [0, 'p', 'good morning, i need help to fill the form for my green card renew'],
      [30, 'l', "Good morning! I'm Ana, a librarian at Miami-Dade Public Library System. Is it the I-90 form, to renew a card that will expire?"],
      [155, 'l', 'Are you still here? ¿Sigue ahí?'],
      [230, 'l', 'I think you left the chat, so I will close it now. Thank you for contacting us, you can chat again anytime!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a provider writing in a second language: "Hello, here is Ahmed from library of Dearborn. What book you search?"; "Something other you need?"',
    lines: [
      [0, 'p', 'salaam, do you have the Quran with english translation'],
      [21, 'l', 'Hello, here is Ahmed from library of Dearborn. You want Arabic and English together in one book, or only English?'],
      [57, 'p', 'together please'],
      [66, 'l', 'Yes, we have "The Clear Quran" Arabic-English, 4 copies at Henry Ford Centennial Library. You can put hold on dearbornlibrary.org catalog. Is good for you?'],
      [104, 'p', 'yes, shukran'],
      [110, 'l', 'Something other you need?'],
      [140, 'p', 'no, thats all'],
      [145, 'l', 'Thank you, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'adult learner asks for easy books "not for kids"; "Do you like true stories or made-up stories?"; high-interest easy readers; "Do these sound like what you want?"; "Nope I\'m good"',
    lines: [
      [0, 'p', 'Im 45 and learning to read better at my literacy class. do you have books that are easy but not for kids'],
      [25, 'l', "Hi, thanks for reaching out to Chicago Public Library's Ask a Librarian. I'm Tanya. Do you like true stories or made-up stories?"],
      [70, 'p', 'true stories. sports maybe'],
      [79, 'l', 'We have a collection for adult readers called High Interest / Easy Reading. Search "high interest low vocabulary" at chipublib.org. "Orca Sports" books are easy to read and about grown-up athletes. Do these sound like what you want?'],
      [133, 'p', 'yes i try that'],
      [139, 'l', 'Great! Anything else I can help you with today?'],
      [160, 'p', "nope I'm good"],
      [165, 'l', 'Happy reading! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    name: 'follow-up: an Arabic-English dictionary list by e-mail, address repeated back and "by tomorrow afternoon"; recorded after 20 h',
    lines: [
      [0, 'p', 'Hello. I am teacher of ESL for adults, my students speak Arabic. I need list of good dictionaries Arabic-English for level beginner'],
      [28, 'l', 'Hello, welcome to the Ask Us chat at Anne Arundel County Public Library! My name is Omar. Do your students need paper dictionaries, or apps on the phone are OK?'],
      [75, 'p', 'paper, they cannot use phone in class'],
      [83, 'l', 'Thank you. I want to check which ones are really for beginners, and that needs some time. I will email you a short list by tomorrow afternoon. What email should I use?'],
      [130, 'p', 'amal.h@example.org'],
      [137, 'l', "So that's amal.h@example.org, correct?"],
      [150, 'p', 'correct'],
      [156, 'l', 'Perfect. Is there anything else for today?'],
      [175, 'p', 'no thank you very much'],
      [181, 'l', 'You are welcome. Talk to you tomorrow, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(20 * 3600), by: 'jo' }] },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'dismissal: "I can\'t understand your English. This chat is for English only. I am ending the chat now."',
    lines: [
      [0, 'p', 'helo i wan know cuando abre biblioteca sabado, mi hijo need computer'],
      [30, 'l', 'Hi, this is Rick at Springfield City Library.'],
      [50, 'p', 'the hour saturday please. computadora'],
      [60, 'l', "I can't understand your English. This chat is for English only. I am ending the chat now."],
      [63, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a message run through a translation tool ("(Translated by Google)"); "Do you prefer to continue in Spanish?" clarifies; computer classes for seniors; the patron\'s "That is everything"',
    lines: [
      [0, 'p', '(Translated by Google) Hello, I would like to know if the library has courses of computer for the elderly people. My mother has 70 years.'],
      [27, 'l', 'Hello! This is Carmen with the Phoenix Public Library. Do you prefer to continue in Spanish? ¿Prefiere seguir en español?'],
      [70, 'p', 'English is ok, I use the translator'],
      [78, 'l', 'Great. We have free "Tech Help for Seniors" classes at Burton Barr Central Library, Mondays at 10 am. The schedule is at phoenixpubliclibrary.org/events (choose "Technology"). Did this help you?'],
      [130, 'p', '(Translated by Google) Yes, thank you very much. That is everything.'],
      [137, 'l', 'You are welcome. Thanks for contacting us!'],
    ],
    exp: usual(),
  },
  {
    name: 'thanks and blessings only ("Thank you very much sir, I am grateful. May Allah bless you."): anything else fails',
    lines: [
      [0, 'p', 'Assalamualaikum. I want learn English from home, is there free website from library?'],
      [16, 'l', 'Hello, thanks for contacting Ask Us at Fairfax County Public Library, this is Daniel. Do you want a full course, or just practice speaking?'],
      [55, 'p', 'full course, beginner'],
      [62, 'l', 'Mango Languages has an "English for Arabic speakers" course, free with your library card: fairfaxcounty.gov/library/research, choose Mango Languages. USA Learns (usalearns.org) is another free beginner course with video. Does that answer your question?'],
      [120, 'p', 'Thank you very much sir, I am grateful. May Allah bless you.'],
      [126, 'l', 'Thank you! Take care.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Namaste" greets the patron
    name: 'greeting in Hindi ("Namaste! I\'m Priya from…"); Hindi books for a grandmother; "bas, itna hi. that\'s all I need"',
    lines: [
      [0, 'p', 'do you have hindi books for my grandmother, she dont read english'],
      [14, 'l', "Namaste! I'm Priya from the Edison Public Library. Does she like novels, or religious books, or magazines?"],
      [50, 'p', 'novels, old style'],
      [58, 'l', 'We have about 300 Hindi novels, including Premchand. In the catalog at edisonpubliclibrary.org, search "Hindi fiction". Does that help?'],
      [100, 'p', "bas, itna hi. that's all I need, thanks"],
      [105, 'l', 'Thank you for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'Canada, bilingual opening "Bonjour / Hello! Sophie here, Ottawa Public Library"; French-speaking patron in English; "Merci, c\'est tout!"',
    lines: [
      [0, 'p', 'Hello, I search the conversation groups in english for newcomers'],
      [20, 'l', 'Bonjour / Hello! Sophie here, Ottawa Public Library. Which branch is closest to you?'],
      [61, 'p', 'Vanier'],
      [69, 'l', 'The Vanier branch has "English Conversation Circle" on Wednesdays, 6:30 to 8 pm, free, no registration: biblioottawalibrary.ca/en/events. Is that what you were looking for?'],
      [115, 'p', "Oui exactly. Merci, c'est tout!"],
      [121, 'l', 'Bonne soirée! Thanks for contacting us.'],
    ],
    exp: usual(),
  },
  {
    name: 'patron asks "anything else?" back in the wrong way ("you have other thing?"), provider answers; no "anything else" offer and patron only says "ok bye": fails',
    lines: [
      [0, 'p', 'i need practice the english test for nurse, the OET'],
      [29, 'l', 'Hi, you have reached the Ask a Librarian service of Broward County Library. My name is Jean. Are you a nurse from another country, getting a license here?'],
      [77, 'p', 'yes from Philippines'],
      [85, 'l', 'The OET official site has free sample tests: occupationalenglishtest.org/test-information/sample-tests. We do not have OET books, but "Check Your English Vocabulary for Medicine" is in our catalog at broward.org/library. Does that help you?'],
      [140, 'p', 'you have other thing?'],
      [150, 'l', 'Not for OET, sorry. Only that one book.'],
      [190, 'p', 'ok bye, salamat po'],
      [196, 'l', 'Bye! Thank you for contacting Broward County Library.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'simple-English check-in and notice by a provider ("You are there?" / "I think you are gone. I close the chat now. Bye!") after the answer (idle 215 s)',
    lines: [
      [0, 'p', 'what paper i need for library card'],
      [20, 'l', 'Hello, I am Lin from the Queens Public Library. You live in New York City?'],
      [50, 'p', 'yes, in flushing'],
      [58, 'l', 'You need one ID with photo (passport is ok) and one paper with your address, like a bill or a letter. Information: queenslibrary.org/card. Is it clear?'],
      [190, 'l', 'You are there?'],
      [273, 'l', 'I think you are gone. I close the chat now. Bye!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'citizenship interview: a referral to a class "go to the Citizenship Corner at Central Library" with no contact; the patron done: "Finish. Thank you!"',
    lines: [
      [0, 'p', 'hi, my interview for citizenship is in 3 week. you have class?'],
      [24, 'l', 'Hi, welcome to the Los Angeles Public Library chat. My name is Rosa. Do you want a class in person or online?'],
      [66, 'p', 'in person'],
      [75, 'l', 'Go to the Citizenship Corner at Central Library and ask the volunteers there to practise the interview with you. You can also study the civics questions with the free USCIS flash cards at uscis.gov/citizenship. Does that help?'],
      [118, 'p', 'Finish. Thank you!'],
      [123, 'l', 'Good luck on your interview!'],
    ],
    // reading: "Finish." answering "Does that help?" says the patron is done; "Good luck on your interview!" is a
    // parting wish, read as a goodbye (as closing.courteous.test.ts reads "Good luck with the paper!")
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'long wait: the patron types in pieces while the provider looks up HiSET centres silently for 150 s: keep informed fails',
    lines: [
      [0, 'p', 'Hello. I want to do HiSET exam. Where is center near Newark please?'],
      [27, 'l', 'Hi, this is Marisol, a librarian at Newark Public Library. Do you have a car, or do you need a place near the train?'],
      [60, 'p', 'train'],
      [65, 'p', 'or bus'],
      [215, 'l', 'The HiSET test center list is at hiset.org/test-takers/find-a-test-center (put your ZIP code). Essex County College, near Newark Penn Station, is one of them. Does that help?'],
      [260, 'p', 'yes ty. nothing else'],
      [265, 'l', 'You are welcome! Goodbye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'transfer to a Spanish-speaking colleague with an internal note and a visible notice; mixed Spanish and English',
    lines: [
      [0, 'p', 'hi necesito ayuda with my son school, the library have tutor?'],
      [15, 'l', 'Hi! This is Kelly at Tulsa City-County Library. My colleague Marco speaks Spanish; I am transferring you to him now so he can help you better.'],
      [20, 'i', 'Marco, Spanish-English patron asking about homework tutors for her son, can you take it?'],
      [24, 's', 'Chat transferred to Marco.', sys('transfer', 'marco')],
      [40, 'l', 'Hola, soy Marco. ¿En qué grado está su hijo?', who('Marco Díaz', 'marco')],
      [70, 'p', 'quinto grado, 5th'],
      [80, 'l', 'Tenemos tutoría gratis en línea con Brainfuse HelpNow, de 2 pm a 11 pm, en inglés y español: tulsalibrary.org/homework. ¿Le sirve esta información?', who('Marco Díaz', 'marco')],
      [120, 'p', 'si gracias, eso es todo'],
      [127, 'l', '¡De nada! Que tenga buen día.', who('Marco Díaz', 'marco')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'statewide cooperative: a Mandarin-speaking patron; "Did you understand?" after the answer; "xie xie, is enough for me" (done)',
    lines: [
      [0, 'p', 'hello, my english not good. I want the newspaper in chinese language. library have?'],
      [24, 'l', "Hello, you're chatting with Ask Colorado/Ask Academic; I'm Wen, a librarian. Do you want a paper newspaper or online?"],
      [63, 'p', 'online'],
      [70, 'l', 'PressReader has the World Journal (世界日報) and other Chinese newspapers, free with a Colorado library card: coloradovirtuallibrary.org/resource-type/newspapers, choose PressReader. Did you understand?'],
      [122, 'p', 'yes. xie xie, is enough for me'],
      [128, 'l', 'You are welcome! Thanks for using AskColorado.'],
    ],
    // reading: "is enough for me" says the patron needs nothing more
    exp: usual(),
  },
  {
    name: 'slow pickup (85 s) and a greeting with no name or library ("Hello! How can I help you?")',
    lines: [
      [0, 'p', 'I want a tutor for English writing, for my college essays. Free?'],
      [85, 'l', 'Hello! How can I help you?'],
      [110, 'p', 'tutor for english writing, free'],
      [118, 'l', 'Is this for a class at a college, or a college application?'],
      [150, 'p', 'class at the community college'],
      [158, 'l', 'Go to the Writing Center at your college; they give free help with writing. Purdue OWL (owl.purdue.edu) also explains grammar step by step. Did that help?'],
      [190, 'p', "yes, I'm all set"],
      [195, 'l', 'Thanks, bye!'],
    ],
    // "Go to the Writing Center at your college" refers the patron to a department with no way to reach it
    exp: usual({ pickup: 'fail', greeting: 'fail', referral: 'fail' }),
  },
  {
    name: 'Tagalog-English patron, "tama" = correct; renew online; patron done with "okay na, wala na po"',
    lines: [
      [0, 'p', 'hi po, how to renew the book online? first time ko lang'],
      [13, 'l', 'Hi! Welcome to Ask Us at Daly City Public Library, this is Joy. Do you have your library card number and PIN?'],
      [40, 'p', 'yes tama, I have'],
      [47, 'l', 'Log in at dalycitylibrary.org > My Account with the card number and PIN, click "Checked Out", tick the book and press "Renew". Did it work?'],
      [110, 'p', 'yes renewed na. okay na, wala na po. thank you!'],
      [116, 'l', 'Yay! Thank you for chatting, ingat!'],
    ],
    // reading: "okay na, wala na po" (Tagalog: "okay now, nothing more") is a short phrase saying the patron is done;
    // the scorer cannot be expected to read Tagalog, but the literal text says so: anything else passes
    exp: usual(),
  },
  {
    name: 'academic ESL writing help: the provider restates ("So you need help with the grammar, not the ideas?"); a referral to the Writing Center with email; "Anything else?"; "No, that will be all"',
    lines: [
      [0, 'p', 'My professor say my paper have many grammar mistake. I am from Korea. Where I can get help?'],
      [22, 'l', "Hi, this is Jenny from the George Mason University Libraries. So you need help with the grammar, not the ideas of the paper?"],
      [60, 'p', 'yes, grammar'],
      [67, 'l', 'The Writing Center has tutors for multilingual writers. Book a session at writingcenter.gmu.edu or email wcenter@gmu.edu. Purdue OWL also has grammar pages for ESL writers: owl.purdue.edu/owl/english_as_a_second_language. Does that help?'],
      [110, 'p', 'yes it help'],
      [115, 'l', 'Anything else?'],
      [135, 'p', 'No, that will be all. Kamsahamnida'],
      [141, 'l', 'Thank you for using Ask a Librarian!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- patrons done, in unusual words, and near misses ----------------------------------------------------------------
  {
    name: '"I have no more ask. Thank you" says the patron is done',
    lines: [[0, 'p', 'library open sunday?'], [20, 'l', 'Hi, Jo at Sample County Library. Which branch?'], [40, 'p', 'main'], [48, 'l', 'Main is open Sunday 1-5 pm: samplelibrary.org/hours. Does that help?'], [80, 'p', 'I have no more ask. Thank you'], [85, 'l', 'Bye, thanks!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "I finish the homework later, thanks" is about homework, not the chat',
    lines: [[0, 'p', 'i need website for english homework'], [20, 'l', 'Hi, Jo at Sample County Library. What is the homework about?'], [40, 'p', 'past tense verbs'], [48, 'l', 'Try the past tense lessons at usalearns.org. Does that help?'], [80, 'p', 'I finish the homework later, thanks'], [85, 'l', 'Good luck, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "That\'s all for the class?" is a patron question, not a statement of being done',
    lines: [[0, 'p', 'what book for ESL level 2 class at the library'], [20, 'l', 'Hi, Jo at Sample County Library. Which branch is your class at?'], [40, 'p', 'eastside'], [48, 'l', 'Eastside level 2 uses "Side by Side 2"; we have copies, search it at samplelibrary.org. Does that help?'], [80, 'p', "That's all for the class?"], [88, 'l', 'Yes, only that book. Thanks for chatting!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"It is all, thank you very much" (non-native "That is all") says the patron is done',
    lines: [[0, 'p', 'where is the books of english grammar'], [20, 'l', 'Hi, Jo at Sample County Library. For adults learning English?'], [40, 'p', 'yes'], [48, 'l', 'They are at 428.24 on the second floor; the list is at samplelibrary.org/esl. Did that help?'], [80, 'p', 'It is all, thank you very much'], [85, 'l', 'Thank you, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"nothing more to ask, gracias" says the patron is done',
    lines: [[0, 'p', 'como renew my book'], [20, 'l', 'Hi, Jo at Sample County Library. Do you have your card number?'], [40, 'p', 'yes'], [48, 'l', 'Go to samplelibrary.org > My Account > Renew. Did it work?'], [80, 'p', 'yes!! nothing more to ask, gracias'], [85, 'l', 'De nada, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "no, more English books please" answers the provider\'s question and asks for more',
    lines: [[0, 'p', 'books for learn english?'], [20, 'l', 'Hi, Jo at Sample County Library. Do you want them in Spanish and English together?'], [40, 'p', 'no, more English books please'], [48, 'l', 'Try "English Grammar in Use", search it at samplelibrary.org. Is that what you want?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']],
    exp: some({ anything: 'fail', complete: 'pass' }),
  },
  {
    name: '"I am satisfied, nothing else needed" says the patron is done',
    lines: [[0, 'p', 'naturalization forms where'], [20, 'l', 'Hi, Jo at Sample County Library. Is it the N-400?'], [40, 'p', 'yes'], [48, 'l', 'The N-400 and its instructions are at uscis.gov/n-400. Does that answer your question?'], [80, 'p', 'I am satisfied, nothing else needed'], [85, 'l', 'Thanks, take care!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "Blessings to you and your family" after the answer is thanks, not done',
    lines: [[0, 'p', 'bible in swahili?'], [20, 'l', 'Hi, Jo at Sample County Library. Print or online?'], [40, 'p', 'print'], [48, 'l', 'We have one copy, search "Biblia Takatifu" at samplelibrary.org. Does that help?'], [80, 'p', 'Blessings to you and your family'], [85, 'l', 'Thank you, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"My doubt is cleared, that\'s all" (Indian English "doubt" = question) says the patron is done',
    lines: [[0, 'p', 'Madam one doubt, can I take 2 ESL books same time?'], [20, 'l', 'Hi, Jo at Sample County Library. Do you mean check out two at once?'], [40, 'p', 'yes'], [48, 'l', 'Yes, you can take up to 50 items; the rules are at samplelibrary.org/borrow. Does that answer it?'], [80, 'p', "My doubt is cleared, that's all"], [85, 'l', 'Great, bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- completeness in simple words, and near misses -------------------------------------------------------------------
  {
    name: '"Did you understand?" after the answer asks whether it serves: completeness passes',
    lines: [[0, 'p', 'how i print'], [20, 'l', 'Hi, Jo at Sample County Library. From your phone or a library computer?'], [40, 'p', 'phone'], [48, 'l', 'Send it to print@samplelibrary.org and then pay at the printer with your card. Steps: samplelibrary.org/print. Did you understand?'], [80, 'p', 'yes thanks, nothing else'], [85, 'l', 'Bye!']],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'near miss: "Do you understand English well, or is Spanish better for you?" before any source asks about the patron (clarify), not whether the answer serves',
    lines: [[0, 'p', 'i need the tax form'], [20, 'l', 'Hi, Jo at Sample County Library. Do you understand English well, or is Spanish better for you?'], [40, 'p', 'english ok'], [48, 'l', 'The 1040 form is at irs.gov/forms-instructions.'], [80, 'p', 'thanks bye'], [85, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Is my English clear?" from a provider who writes English as a second language asks about the provider\'s own wording, not the answer',
    lines: [[0, 'p', 'do you have korean books'], [20, 'l', 'Hello, Jo at Sample County Library. For adult or child?'], [40, 'p', 'adult'], [48, 'l', 'We have 200 Korean books at the Annandale branch, search "Korean" at samplelibrary.org. Sorry, is my English clear?'], [80, 'p', 'yes clear thanks'], [85, 'l', 'OK, bye!']],
    // reading: asking whether the provider's English is understandable is not asking whether the information meets the need
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Is this good for you?" (simple English) after the answer: completeness passes',
    lines: [[0, 'p', 'dictionary spanish english big'], [20, 'l', 'Hi, Jo at Sample County Library. To borrow, or to use in the library?'], [40, 'p', 'borrow'], [48, 'l', 'The Oxford Spanish Dictionary can be borrowed; search it at samplelibrary.org. Is this good for you?'], [80, 'p', 'yes is good'], [85, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Do you want I explain more simple?" offers more help; it does not ask whether the answer serves',
    lines: [[0, 'p', 'what is interlibrary loan'], [20, 'l', 'Hi, Jo at Sample County Library. Is there a book you want that we do not have?'], [40, 'p', 'yes'], [48, 'l', 'Interlibrary loan: we borrow the book from another library for you. Form: samplelibrary.org/ill. Do you want I explain more simple?'], [80, 'p', 'no ok'], [85, 'l', 'Bye!']],
    // reading: an offer to explain again is no question whether the information already given meets the need
    exp: some({ complete: 'fail' }),
  },
  // ---- anything else, in simple words ----------------------------------------------------------------------------------
  {
    name: '"Other question?" (simple English) asks whether the patron needs anything else',
    lines: [[0, 'p', 'when close library'], [20, 'l', 'Hi, Jo at Sample County Library. Today?'], [40, 'p', 'yes'], [48, 'l', 'Today we close at 8 pm: samplelibrary.org/hours. OK?'], [80, 'p', 'ok'], [86, 'l', 'Other question?'], [100, 'p', 'no'], [105, 'l', 'Bye, thank you!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"You need more help with something?" asks whether the patron needs anything else',
    lines: [[0, 'p', 'ged book'], [20, 'l', 'Hi, Jo at Sample County Library. Which part, math or reading?'], [40, 'p', 'math'], [48, 'l', '"GED Test Prep Plus" has the math part; search it at samplelibrary.org. Does that help?'], [80, 'p', 'yes'], [86, 'l', 'You need more help with something?'], [100, 'p', 'no'], [105, 'l', 'Bye, thank you!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "You need more help with the form, you come to the library" is a condition, no question',
    lines: [[0, 'p', 'fafsa help'], [20, 'l', 'Hi, Jo at Sample County Library. Is it for this year?'], [40, 'p', 'yes'], [48, 'l', 'The FAFSA is at studentaid.gov/fafsa. Does that help?'], [80, 'p', 'ok'], [86, 'l', 'You need more help with the form, you come to the library Tuesday. Bye!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  // ---- greetings and introductions in other voices ---------------------------------------------------------------------
  {
    name: '"Salaam, this is Omar at Dearborn Public Library." greets and identifies',
    lines: [[0, 'p', 'arabic books for kids'], [20, 'l', 'Salaam, this is Omar at Dearborn Public Library. What age are the kids?'], [40, 'p', '6'], [48, 'l', 'Search "Arabic picture books" at dearbornlibrary.org. Does that help?'], [80, 'p', 'yes'], [85, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Xin chào! I am Linh, librarian." greets in Vietnamese and identifies',
    lines: [[0, 'p', 'vietnamese newspaper?'], [20, 'l', 'Xin chào! I am Linh, librarian. Print or online?'], [40, 'p', 'online'], [48, 'l', 'PressReader has Nguoi Viet: samplelibrary.org/pressreader. Does that help?'], [80, 'p', 'yes'], [85, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: a provider who only names the service in Spanish to a Spanish-mixing patron without any greeting ("Biblioteca de Sample County. ¿Qué libro busca?") does not greet',
    lines: [[0, 'p', 'hola, book for learn english?'], [20, 'l', 'Biblioteca de Sample County. ¿Qué nivel tiene?'], [40, 'p', 'beginner'], [48, 'l', 'Search "English for beginners" at samplelibrary.org. Does that help?'], [80, 'p', 'yes'], [85, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- referrals: teachers, classes, friends ---------------------------------------------------------------------------
  {
    name: 'near miss: "practise speaking with a friend every day" is advice, no referral',
    lines: [[0, 'p', 'how to speak english better'], [20, 'l', 'Hi, Jo at Sample County Library. Do you want books or a class?'], [40, 'p', 'anything'], [48, 'l', 'Practise speaking with a friend every day, and try the free speaking lessons in Mango Languages at samplelibrary.org/mango. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'a referral to the adult education office with a phone in simple English ("Call them: 555-0199") passes',
    lines: [[0, 'p', 'I want finish high school, I am 30'], [20, 'l', 'Hi, Jo at Sample County Library. Do you want the GED or a diploma?'], [40, 'p', 'GED'], [48, 'l', 'Sample County Adult Education has free GED classes. Call them: 410-555-0199. Does that help?'], [80, 'p', 'yes thank you'], [85, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  // ---- clarifying questions that repair a misunderstanding --------------------------------------------------------------
  {
    name: 'the provider asks "Sorry, do you mean…?" after the patron\'s unclear message and before the source: clarify passes',
    lines: [[0, 'p', 'i need the paper for the work'], [20, 'l', 'Hi, Jo at Sample County Library. Sorry, do you mean a work permit, or a newspaper with jobs?'], [40, 'p', 'jobs'], [48, 'l', 'Job ads are in Indeed and in our newspaper database: samplelibrary.org/news. Does that help?'], [80, 'p', 'yes'], [85, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'near miss: "Sorry, I don\'t understand." with no question, then a guess with a source: clarify fails',
    lines: [[0, 'p', 'i need the paper for the work'], [20, 'l', 'Hi, Jo at Sample County Library. Sorry, I don\'t understand.'], [40, 'p', 'paper for the work'], [48, 'l', 'Job ads are in our newspaper database: samplelibrary.org/news. Does that help?'], [80, 'p', 'yes'], [85, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: '"Can you write it another way, please?" asks the patron about the need before the source: clarify passes',
    lines: [[0, 'p', 'the lybery have the cors for the sitisen'], [20, 'l', 'Hi, Jo at Sample County Library. Can you write it another way, please?'], [40, 'p', 'citizen class'], [48, 'l', 'Citizenship classes are listed at samplelibrary.org/citizenship. Does that help?'], [80, 'p', 'yes'], [85, 'l', 'Bye!']],
    // reading: asking the patron to rephrase is a question about the need
    exp: some({ clarify: 'pass' }),
  },
  // ---- check-ins and notices in simple words ------------------------------------------------------------------------
  {
    name: '"Hello? You still here?" is a check-in (final idle 150 s)',
    lines: [[0, 'p', 'ESL class level 1 when'], [20, 'l', 'Hi, Jo at Sample County Library. Which branch?'], [40, 'p', 'north'], [48, 'l', 'Level 1 at North is Monday and Wednesday 6 pm: samplelibrary.org/esl. Does that help?'], [180, 'l', 'Hello? You still here?']],
    over: { endAfter: 18 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'near miss: "You are still studying English?" after the answer asks about the patron\'s studies, not whether they are there (idle 150 s)',
    lines: [[0, 'p', 'ESL class level 1 when'], [20, 'l', 'Hi, Jo at Sample County Library. Which branch?'], [40, 'p', 'north'], [48, 'l', 'Level 1 at North is Monday and Wednesday 6 pm: samplelibrary.org/esl. Does that help?'], [180, 'l', 'You are still studying English?']],
    over: { endAfter: 18 },
    exp: some({ idle: 'fail' }),
  },
  {
    name: 'near miss: "I close the chat now. Bye!" after "Are you there?" (idle 200 s) does not say the patron seems gone',
    lines: [[0, 'p', 'library card for my mother'], [20, 'l', 'Hi, Jo at Sample County Library. Does she live in the county?'], [40, 'p', 'yes'], [48, 'l', 'She comes with ID and a bill with her address; details at samplelibrary.org/card. Does that help?'], [170, 'l', 'Are you there?'], [248, 'l', 'I close the chat now. Bye!']],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  // ---- near misses that guard this round's widenings ---------------------------------------------------------------
  {
    name: 'near miss: "Is all the ESL classes free?" is a patron question, not "is all"',
    lines: [[0, 'p', 'esl class where'], [20, 'l', 'Hi, Jo at Sample County Library. Which branch?'], [40, 'p', 'west'], [48, 'l', 'West has ESL on Mondays: samplelibrary.org/esl. Does that help?'], [80, 'p', 'Is all the ESL classes free?'], [86, 'l', 'Yes, all free. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "That\'s it from my side of the family" gives details, not done',
    lines: [[0, 'p', 'i look for my grandfather records from Poland'], [20, 'l', 'Hi, Jo at Sample County Library. Do you know the town?'], [40, 'p', 'Kraków'], [48, 'l', 'Try Geneteka at geneteka.genealodzy.pl for Kraków births. Does that help?'], [80, 'p', "That's it from my side of the family, the other side is from Italy"], [88, 'l', 'Thanks, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "When my query is resolved I will tell my teacher" is no statement that the patron is done',
    lines: [[0, 'p', 'my ESL teacher want the book name'], [20, 'l', 'Hi, Jo at Sample County Library. Which book?'], [40, 'p', 'the blue grammar one'], [48, 'l', 'That is "Basic Grammar in Use"; search it at samplelibrary.org. Is that the one?'], [80, 'p', 'When my query is resolved I will tell my teacher'], [88, 'l', 'OK, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Finish?" asks; it says nothing about being done',
    lines: [[0, 'p', 'how long the ged test'], [20, 'l', 'Hi, Jo at Sample County Library. All four parts?'], [40, 'p', 'yes'], [48, 'l', 'About 7.5 hours in all; details at ged.com. Does that help?'], [80, 'p', 'Finish?'], [88, 'l', 'You can take the parts on different days. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "It is not enough for me, I need more books" wants more',
    lines: [[0, 'p', 'english books level 1'], [20, 'l', 'Hi, Jo at Sample County Library. For reading or grammar?'], [40, 'p', 'reading'], [48, 'l', 'Try the "Oxford Bookworms Starter" series; search it at samplelibrary.org. Does that help?'], [80, 'p', 'It is not enough for me, I need more books'], [88, 'l', 'Try the Penguin Readers too. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // (the merge's) a subject before "is enough" is the patron's judgement of a thing, not their being done
    name: 'near miss: "Two weeks is enough." judges the loan, not the chat',
    lines: [[0, 'p', 'how long i can keep the esl dvd'], [20, 'l', 'Hi, Jo at Sample County Library. The DVD set?'], [40, 'p', 'yes'], [48, 'l', 'Two weeks, and you can renew once at samplelibrary.org/account. Does that help?'], [80, 'p', 'Two weeks is enough.'], [88, 'l', 'Great, enjoy the DVDs. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "I have no other doubts about the books, but one about the DVDs" goes on',
    lines: [[0, 'p', 'how many esl books i can take'], [20, 'l', 'Hi, Jo at Sample County Library. Books only?'], [40, 'p', 'yes'], [48, 'l', 'Up to 50; rules at samplelibrary.org/borrow. Does that help?'], [80, 'p', 'I have no other doubts about the books, but one about the DVDs'], [88, 'l', 'DVDs are 10 at a time. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: Tagalog "wala na po yung libro sa shelf" (the book is not on the shelf) is no statement of being done',
    lines: [[0, 'p', 'hi po, the book for citizenship test'], [20, 'l', 'Hi, Jo at Sample County Library. Which one?'], [40, 'p', 'the Barrons'], [48, 'l', 'It shows on the shelf at Main; check at samplelibrary.org. Does that help?'], [80, 'p', 'wala na po yung libro sa shelf'], [88, 'l', 'Sorry! Ask at the desk. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Is this time good for you?" about a tutoring slot asks about something not yet given, no completeness',
    lines: [[0, 'p', 'i want tutor for english conversation'], [20, 'l', 'Hi, Jo at Sample County Library. In person?'], [40, 'p', 'yes'], [48, 'l', 'Our volunteer tutors meet at Main; the form is at samplelibrary.org/tutor. A tutor is free Thursday at 5 pm. Is this time good for you?'], [80, 'p', 'yes'], [88, 'l', 'Great, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Do you need more help with the form?" asks about the need, not whether the patron needs anything else',
    lines: [[0, 'p', 'library card form'], [20, 'l', 'Hi, Jo at Sample County Library. For you or a child?'], [40, 'p', 'me'], [48, 'l', 'The form is at samplelibrary.org/card. Does that help?'], [80, 'p', 'ok'], [86, 'l', 'Do you need more help with the form?'], [100, 'p', 'no'], [105, 'l', 'Bye, thank you!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "I think you left the form on the wrong page. I will close the chat now." after a check-in (idle 200 s): not that the patron seems gone',
    lines: [[0, 'p', 'the form for ESL class'], [20, 'l', 'Hi, Jo at Sample County Library. Which branch?'], [40, 'p', 'south'], [48, 'l', 'The sign-up form is at samplelibrary.org/esl-form. Does that help?'], [170, 'l', 'Are you still there?'], [248, 'l', 'I think you left the form on the wrong page. I will close the chat now, bye!']],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "Hello! Here is info from the library website: …" names no one; no greeting that identifies',
    lines: [[0, 'p', 'english class'], [20, 'l', 'Hello! Here is info from the library website: samplelibrary.org/esl.'], [40, 'p', 'which day'], [48, 'l', 'Mondays and Wednesdays. Does that help?'], [80, 'p', 'yes'], [85, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'guard: "Ask the Adult Learning Center for a tutor. Their practice tests are at …" gives the party\'s own URL, so the referral has a contact',
    lines: [[0, 'p', 'where practice for GED'], [20, 'l', 'Hi, Jo at Sample County Library. Math or reading?'], [40, 'p', 'math'], [48, 'l', 'Ask the Sample County Adult Learning Center for a tutor. Their practice tests are at alc.samplecounty.org/ged. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "I can\'t understand your English. Can you write it another way, please?" goes on helping: no dismissal',
    lines: [[0, 'p', 'i need the cart for the library for my doter'], [20, 'l', "Hi, Jo at Sample County Library. I can't understand your English. Can you write it another way, please?"], [40, 'p', 'library card for my daughter'], [48, 'l', 'She can get one at any branch with you: samplelibrary.org/card. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', clarify: 'pass' }),
  },
  {
    name: 'near miss: "This chat is for English only, sorry. I am ending this chat, but you can call our Spanish line at 410-555-0100." offers a way back: no dismissal',
    lines: [[0, 'p', 'hola necesito ayuda con la tarjeta'], [20, 'l', 'Hi, Jo at Sample County Library. This chat is for English only, sorry. I am ending this chat, but you can call our Spanish line at 410-555-0100.']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // (run since v16's `laterContactOwnerV16`; it was left:) "Ask your ESL teacher for your CASAS score" refers to the teacher with no way to reach them, but the next
    // sentence's "The levels are explained at casas.org" counts as the contact. Owning a URL after "explained at" for
    // the page would break K1's reading that "call the IRS … The CP14 notice is explained at irs.gov/cp14" gives the
    // IRS's own site; telling whose domain a URL is (CASAS's, not the teacher's) is more than this round can do safely.
    name: 'a teacher the learner is told to ask, with no contact: a referral that fails',
    lines: [[0, 'p', 'which level i am in english class'], [20, 'l', 'Hi, Jo at Sample County Library. Did you take the placement test?'], [40, 'p', 'yes last week'], [48, 'l', 'Ask your ESL teacher for your CASAS score; it says your level. The levels are explained at casas.org. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twelfth round (L6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (L6): learners of English and adult learners, every check', whole);
describeSessions('twelfth round (L6): learners, short cases', short);

describeLeft('twelfth-round-learners', LEFT);
