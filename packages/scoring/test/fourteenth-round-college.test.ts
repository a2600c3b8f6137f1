/**
 * Fourteenth round, area (O2): COMMUNITY AND TECHNICAL COLLEGE LIBRARIES' CHAT. Students (first-generation, working,
 * returning adults, dual-enrollment high schoolers) with assignments: finding peer-reviewed articles, citation styles
 * (APA 7, MLA 9) and citation generators, database logins off campus and proxy errors, textbook reserves,
 * program-specific resources (nursing, welding, automotive, early childhood, HVAC, dental hygiene), and referrals to
 * campus offices (IT help desk, tutoring and writing center, disability / accessibility services, the bookstore,
 * financial aid, the testing center, the dual-enrollment office) with and without a way to reach them; instructors
 * asking for course guides (follow-ups). Voices: terse students, chat-speak, apologetic adults, LibChat / LibAnswers
 * academic staff, student workers at the desk, a Hispanic-serving college in Spanish and English.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 *  - A database, a citation tool or the reserves list named without a URL is "a named resource": a source; "a
 *    citation generator" or "the databases" with no name is none.
 *  - Telling the student to go to, ask, e-mail or book a campus office (the writing center, tutoring, the IT help
 *    desk, financial aid, the bookstore, the testing center, their instructor, their high-school counselor) is a
 *    referral; the library's own circulation desk counts when the student is told to go there. A building and room
 *    number is no way to reach a party (as v12 read "a room number in a school").
 *  - Stating what an office does ("the bookstore sells the access codes") tells the student to contact no one: no
 *    referral.
 *  - "book a session at <the scheduling page>" right after naming a tutoring center or a librarian books that party:
 *    a referral whose URL reaches it; "the library has study rooms: book a session at libcal…" books a room, no one.
 *  - "you can always email askus@…" tells the student to write to the library: a referral with its contact (the twelfth
 *    round's M2 reading of "e-mail askus@library.example.edu"; only "email us at …" points back to the service).
 *  - Faculty or staff the provider consults on the student's behalf ("I checked with our welding instructor") are no
 *    referral.
 *  - The library closing, with the chat ended and no way back offered, ends the help for the provider's
 *    convenience: a dismissal; with the hours it reopens or an e-mail to write to, it passes.
 *  - "Would you like me to show you the cite button?" asks about something not yet given: no completeness question;
 *    "Does that get you started?" and "Does that clear it up?" ask whether what was given meets the need.
 *  - "Hope that helps!" and "good luck on the paper" ask nothing; "ok thx" from the student is not saying they are
 *    done.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, other, type Key, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const ROSA = who('Rosa Delgado', 'rdelgado');
const TY = who('Ty (student asst)', 'tstudent');
const MEG = who('Meg Harlan, Librarian', 'mharlan');

export const whole: SessionCase[] = [
  // ---- peer-reviewed articles, program resources ---------------------------------------------------------------------
  {
    // reading: "Does that get you started?" asks whether what was given meets the need
    name: 'nursing student, CINAHL with the peer-reviewed limiter; "Does that get you started?", anything else asked, student done',
    lines: [
      [0, 'p', 'Hi I need 3 peer reviewed nursing articles on fall prevention in older adults for my NUR 112 evidence based practice paper'],
      [22, 'l', "Hi there, welcome to Pima Library chat! I'm Rosa, one of the librarians. Do your articles need to be from the last 5 years, and does your instructor want research studies specifically?", ROSA],
      [71, 'p', 'yes last 5 years and she said research studies not reviews'],
      [80, 'l', 'Got it. Give me a sec to pull this up in CINAHL.', ROSA],
      [170, 'l', 'OK! Go to CINAHL Complete (library.pima.edu/databases, then C). Search: falls AND "older adults" AND prevention. On the left check "Peer Reviewed" and "Research Article", and set the date to 2020-2025. I got 212 results. Does that get you started?', ROSA],
      [240, 'p', 'omg yes this is perfect, so many'],
      [251, 'l', 'Great! Anything else I can help you with tonight?', ROSA],
      [280, 'p', 'nope thats it thank u so much'],
      [288, 'l', "You're welcome! Good luck on the paper, and come back anytime.", ROSA],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak student: "wat is a peer reviewed article lol", explained, Academic Search Complete limiter, "that make sense?"',
    lines: [
      [0, 'p', 'wat is a peer reviewed article lol my prof keeps saying it and idk'],
      [30, 'l', "Hey! This is Jordan at the Wake Tech Library. Totally fair question :) What's the paper about? I can show you how to find some."],
      [66, 'p', 'social media and teen anxiety. eng 111'],
      [74, 'l', "Peer reviewed = other experts in the field checked the article before it got published, so profs trust it more. Easiest way to find them: Academic Search Complete (waketech.libguides.com/az/databases). Type social media AND anxiety AND teen*, then check the 'Scholarly (Peer Reviewed) Journals' box on the left."],
      [80, 'l', 'that make sense?'],
      [130, 'p', 'ya ok i see the box. got like 90 articles'],
      [138, 'l', 'nice. anything else i can help with?'],
      [150, 'p', 'no thx'],
      [155, 'l', 'cool, have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'early childhood student: a long search with "still looking" every ~90 s (keep_informed passes), picture books on big feelings and the ECE guide',
    lines: [
      [0, 'p', 'Hello, I am in ECE 150 and need 5 picture books about emotions for my practicum lesson plan (ages 3-4). Can the library help?'],
      [41, 'l', 'Hello and welcome to Ask a Librarian at Lane Community College Library. My name is Priya. Do the books need to be ones you can check out in person, or are e-books OK for your lesson?'],
      [95, 'p', 'I need to read them out loud to the kids so physical books please'],
      [104, 'l', 'Perfect, let me look in our juvenile collection, one moment.'],
      [195, 'l', "Still looking, I've found a few so far and I'm checking which are on the shelf."],
      [290, 'l', 'Almost done, just checking the last two.'],
      [360, 'l', 'Here are five on the shelf in the Juvenile section (2nd floor): "The Color Monster" by Anna Llenas, "In My Heart" by Jo Witek, "The Way I Feel" by Janan Cain, "Grumpy Monkey" by Suzanne Lang, and "Ruby Finds a Worry" by Tom Percival. Our Early Childhood Education guide (libguides.lanecc.edu/ece) lists more. Will those work for your lesson plan?'],
      [420, 'p', 'Yes!! Thank you, that is everything I needed.'],
      [428, 'l', 'Wonderful, have fun with the lesson! Thanks for using Ask a Librarian.'],
    ],
    exp: usual(),
  },
  {
    name: 'welding student: the AWS D1.1 code book, the provider silent 3 min 20 s without a hold (keep_informed fails)',
    lines: [
      [0, 'p', 'do yall have the AWS D1.1 structural welding code? need it for WLD 220'],
      [35, 'l', 'Hi, this is Carl at the Tulsa Tech library. Are you looking for the current 2020 edition or will an older one do?'],
      [64, 'p', 'current i think. instructor said 2020'],
      [265, 'l', "We have the 2020 edition on 3-hour reserve at the front desk (call number TA684 .A44 2020) and you can also read it online in the Knovel database from the library page (tulsatech.edu/library > Databases > Knovel). Is that what you needed?"],
      [300, 'p', 'ok cool ill come get it tmrw'],
      [305, 'l', 'Sounds good. Anything else today?'],
      [320, 'p', 'nah'],
      [325, 'l', 'Alright, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: the student goes quiet after the answer; "Are you still there?" at 150 s and a notice with an invitation
    // back at 220 s (idle measured to that goodbye): both pass; anything else never asked
    name: 'automotive student: ALLDATA is on-campus only, Chilton Library from home; quiet after the answer, check-in and notice (idle 220 s)',
    lines: [
      [0, 'p', 'can i get on alldata from home? need to look up a wiring diagram for a 2014 silverado for AUT 140'],
      [28, 'l', 'Hi! Welcome to the Library at Ivy Tech. My name is Dale. Is it the full wiring diagram you need, or a specific circuit?'],
      [70, 'p', 'the blower motor circuit'],
      [78, 'l', 'Let me check our license, one sec.'],
      [130, 'l', 'ALLDATA is licensed for on-campus computers only, sorry. From home you can use Chilton Library, which has wiring diagrams for 2014 Silverados: ivytech.edu/library > A-Z Databases > ChiltonLibrary, log in with your Ivy Tech account, then Vehicle > Chevrolet > Silverado 1500 > Wiring Diagrams > HVAC. Does that get you what you need?'],
      [280, 'l', 'Are you still there?'],
      [350, 'l', "It looks like you may have disconnected, so I'm going to end this chat. Feel free to come back anytime. Take care!"],
      [352, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "hope that helps!" asks nothing, and "ok thx" is not the student saying they are done
    name: 'HVAC student: refrigerant handling book in the catalog; "hope that helps!" and "ok thx": completeness and anything else fail',
    lines: [
      [0, 'p', 'looking for a book on EPA 608 certification prep'],
      [19, 'l', 'Hi! This is Sam with the Moraine Valley Library. Do you want a study guide or the practice tests?'],
      [50, 'p', 'study guide'],
      [58, 'l', 'We have "EPA 608 Certification Exam Preparation" (ESCO Institute, 2021) at call number TH7687.5 .E7 2021, on the 2nd floor. Search it in the catalog at library.morainevalley.edu. Hope that helps!'],
      [90, 'p', 'ok thx'],
      [96, 'l', 'You bet, good luck on the exam! Bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  // ---- citations --------------------------------------------------------------------------------------------------
  {
    name: 'APA 7 for a YouTube video, student worker, Purdue OWL, "that help?", the student says that is all',
    lines: [
      [0, 'p', 'how do i cite a youtube video apa'],
      [15, 'l', 'hey! this is Marcus at the LRC front desk. is it from a channel like CrashCourse or an uploaded TED talk?', TY],
      [41, 'p', 'crash course'],
      [55, 'l', 'ok apa 7 is: Author/Channel. (Year, Month Day). Title of video [Video]. YouTube. URL. so like: CrashCourse. (2014, March 10). Psychological research [Video]. YouTube. https://youtu.be/hFV71QPvX2I. Purdue OWL has more examples: owl.purdue.edu/owl/research_and_citation/apa_style. that help?', TY],
      [88, 'p', 'yes thats all i needed ty'],
      [93, 'l', 'np, have a good one!', TY],
    ],
    exp: usual(),
  },
  {
    // reading: "Would you like me to show you where the Cite button is?" asks about something not yet given
    name: 'MLA 9 works cited for a database article; the provider offers to show the Cite button (no completeness question), anything else asked',
    lines: [
      [0, 'p', "Good evening. I'm a returning student (first time in 25 years!) and I have no idea how to do an MLA works cited page. I apologize if this is basic."],
      [32, 'l', 'Good evening, and no need to apologize, that is exactly what we are here for! This is Linda, a reference librarian at Bunker Hill Community College. Is your source from one of our databases, a website, or a book?'],
      [85, 'p', 'It is an article I found in Academic Search Complete.'],
      [95, 'l', 'For an MLA 9 journal article from a database: Author Last, First. "Article Title." Journal Name, vol. #, no. #, Year, pp. #-#. Database Name, DOI or URL. Our MLA guide has a full example page: bhcc.libguides.com/mla9. Would you like me to show you where the Cite button is in Academic Search Complete?'],
      [140, 'p', "No, I think I can figure it out from the guide. Thank you so much."],
      [148, 'l', 'Is there anything else I can help you with this evening?'],
      [170, 'p', "That's all for now."],
      [176, 'l', 'Have a great night, and welcome back to school!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "use a citation generator" names no resource; the answer is the format, in words, with no source
    name: 'citation generator question answered with "any citation generator works" and no named tool, guide or URL: source fails',
    lines: [
      [0, 'p', 'is it ok to use a citation generator for apa?'],
      [24, 'l', 'Hi, this is Jess at the library help desk. Which class is this for?'],
      [44, 'p', 'psych 101'],
      [50, 'l', "Yes, any citation generator works fine, just double-check capitalization and italics because they mess those up a lot. Does that answer it?"],
      [75, 'p', 'yep thx thats all'],
      [80, 'l', 'Anytime! Bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'Spanish and English at a Hispanic-serving college: MLA 9 en español, the MLA guide URL, "¿Le sirve?", "¿Algo más?"',
    lines: [
      [0, 'p', 'hola, necesito citar un libro en MLA para mi clase de ENGL 1301 pero no entiendo el formato'],
      [26, 'l', '¡Hola! Bienvenida al chat de la Biblioteca de South Texas College, soy Mariana. ¿El libro tiene un solo autor o varios?'],
      [60, 'p', 'solo uno'],
      [70, 'l', 'En MLA 9 es así: Apellido, Nombre. Título del libro. Editorial, Año. Por ejemplo: Cisneros, Sandra. The House on Mango Street. Vintage, 1991. Tenemos una guía con más ejemplos en libguides.southtexascollege.edu/mla. ¿Le sirve?'],
      [102, 'p', 'si muchas gracias!!'],
      [108, 'l', '¿Algo más en que le pueda ayudar?'],
      [130, 'p', 'no eso es todo'],
      [136, 'l', '¡Con gusto! Que le vaya bien en su clase.'],
    ],
    exp: usual(),
  },
  // ---- off-campus access, proxy errors, IT referrals ----------------------------------------------------------------
  {
    name: 'proxy error off campus; the library\'s troubleshooting page and the IT Help Desk with its phone: referral passes',
    lines: [
      [0, 'p', 'keep getting "proxy error" when i click a database link from home. tried 3 times'],
      [25, 'l', 'Hi! This is Meg, a librarian at NOVA Libraries. Sorry about that. Which database are you trying, and are you using the link from the library website or one your instructor posted in Canvas?', MEG],
      [70, 'p', 'ProQuest, from the canvas link'],
      [80, 'l', 'Links copied into Canvas sometimes lose the proxy prefix. Try going through the library site instead: nvcc.edu/library > Databases A-Z > ProQuest Central, and log in with your VCCS username and password. Our off-campus help page is at nvcc.libguides.com/offcampus. Did that get you in?', MEG],
      [150, 'p', 'ok that worked but now it says my password is expired??'],
      [158, 'l', "That one is the IT Help Desk's: call them at 703-426-4357 or use the portal at nvcc.edu/ithelp to reset it. Anything else I can help with?", MEG],
      [190, 'p', 'no thats it, thx'],
      [196, 'l', 'Good luck! Thanks for chatting with NOVA Libraries.', MEG],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "reach out to the IT Help Desk" with no phone, e-mail or URL for it: the referral fails
    name: 'login loop off campus; EZproxy page given, "reach out to the IT Help Desk" with no contact: referral fails',
    lines: [
      [0, 'p', 'Hello, when I try to log into the library databases from home it just sends me back to the login page over and over.'],
      [33, 'l', 'Hello, welcome to Ask a Librarian at Madison College Libraries! My name is Erik. What browser are you using?'],
      [61, 'p', 'Safari on a Mac'],
      [70, 'l', 'Safari often blocks the cookie our login needs. Try Chrome or Firefox, or turn off "Prevent cross-site tracking" in Safari settings. The steps with screenshots are on our access page: libguides.madisoncollege.edu/offcampus. Does that fix it?'],
      [160, 'p', 'Chrome worked but now it says my account is locked.'],
      [168, 'l', "Locked accounts are handled by the IT Help Desk, so you'll need to reach out to them to unlock it. Is there anything else I can help you with?"],
      [200, 'p', 'No, that is all. Thank you.'],
      [205, 'l', "You're welcome, have a good evening!"],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the dual-enrollment office given with its e-mail is a referral with a way to reach it
    name: 'dual-enrollment high schooler cannot log in (no college ID yet); Dual Enrollment office with its e-mail, Gale database via the school',
    lines: [
      [0, 'p', 'hi im a dual enrollment student in high school and my login doesnt work for the library databases'],
      [40, 'l', 'Hi! Thanks for reaching out to the Valencia College Library, I\'m Andre. Have you activated your Atlas account yet? It usually takes a couple of days after you register.'],
      [80, 'p', 'what is atlas? i just registered yesterday'],
      [90, 'l', "Atlas is Valencia's student portal, and your database login comes from it. If you registered yesterday it may not be active yet. The Dual Enrollment office can check: email dualenrollment@valenciacollege.edu with your VID number. In the meantime, your high school's Gale databases through FLVC work: flvc.org/students. Does that help for now?"],
      [150, 'p', 'yes ok ill email them'],
      [155, 'l', 'Great. Anything else I can do for you?'],
      [170, 'p', 'no thank you!'],
      [175, 'l', "You're welcome, good luck with your class!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- reserves, bookstore, financial aid, accessibility --------------------------------------------------------------
  {
    // reworded after the first run ("You can borrow it … at the circulation desk" tells the student where, not clearly
    // to go): reading: "Stop by the circulation desk" tells the student to visit the library's own department; its phone is
    // a way to reach it; the bookstore comes with its URL too
    name: 'apologetic adult: textbook on 2-hour reserve at the circulation desk (with its phone), the bookstore rental (URL): referral passes',
    lines: [
      [0, 'p', "I'm so sorry to bother you. I can't afford the textbook for BIO 121 yet (my financial aid hasn't come in). Does the library have it?"],
      [20, 'l', "Hi, you're not bothering us at all! This is Gwen at the Sinclair College Library. Do you know the title or the author, or your instructor's name?"],
      [62, 'p', 'Campbell Biology, 12th edition. Dr. Haynes.'],
      [70, 'l', 'One moment while I look in course reserves.'],
      [118, 'l', 'Yes! Dr. Haynes put a copy of Campbell Biology 12th ed. on 2-hour reserve. Stop by the circulation desk in Building 7, 2nd floor, with your student ID to borrow it (937-512-3004 if you want to check it is in). The Sinclair bookstore also rents it: bookstore.sinclair.edu. Will that work for you until your aid comes in?'],
      [170, 'p', "Yes, that helps so much. Thank you. That's all I needed."],
      [178, 'l', 'I\'m glad! Good luck this semester, and come see us anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student with dyslexia asks for an audio textbook; Accessibility Services with e-mail and phone, Read&Write; completeness and anything else',
    lines: [
      [0, 'p', 'Is there a way to get my textbook read out loud? I have dyslexia and it takes me forever'],
      [27, 'l', 'Hi, welcome to the DMACC Library chat. My name is Tomás and I can help with that. Is your textbook an e-book through Canvas, or a print book?'],
      [69, 'p', 'its a print book, the paper kind'],
      [79, 'l', "For print books, Accessibility Services can request an accessible digital copy from the publisher for you. You can reach them at accessibility@dmacc.edu or 515-964-6857. Once you have the file, Read&Write (free for DMACC students, dmacc.edu/readwrite) reads it aloud. Does that help?"],
      [130, 'p', 'yes thank you! I didnt know that existed'],
      [137, 'l', 'Is there anything else I can help you with?'],
      [150, 'p', 'thats everything'],
      [155, 'l', 'Take care, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "take your draft to the Writing Center in the LRC, room 210" is a referral, and a room is no way to reach it
    name: 'citations checked, then "take your draft to the Writing Center in LRC 210": referral fails for want of a contact',
    lines: [
      [0, 'p', 'can someone check if my apa references are right'],
      [25, 'l', "Hi there! This is Ana, librarian at Lorain County Community College. We can't proofread whole papers over chat, but I can look at one or two references. Which one are you unsure about?"],
      [70, 'p', 'Smith, J. (2020). stress in college students. Journal of Student Health 12(3) 44-50.'],
      [80, 'l', 'Close! In APA 7 the article title is sentence case (you have that), the journal name and volume are italic, and there is a comma after the journal name and after the issue: Smith, J. (2020). Stress in college students. Journal of Student Health, 12(3), 44-50. Add the DOI if it has one. The APA Style site explains it: apastyle.apa.org/style-grammar-guidelines/references/examples/journal-article-references. Does that make sense?'],
      [130, 'p', 'yes!'],
      [136, 'l', 'For the rest of your list, take your draft to the Writing Center in LRC 210, they can go through it with you. Anything else?'],
      [160, 'p', 'no thats all thanks'],
      [165, 'l', "You're welcome! Good luck with the paper, bye for now."],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- instructors, follow-ups ----------------------------------------------------------------------------------------
  {
    name: 'instructor asks for a course guide for EMS 110; the existing guide given, a new guide promised by e-mail by Friday to the address given in the chat',
    lines: [
      [0, 'p', 'Hello, I teach EMS 110 (EMT Basic) and would like a library guide for my students this fall. Is that something you do?'],
      [35, 'l', "Hello, and thanks for reaching out! I'm Beth Ng, the health sciences librarian at Central Piedmont Community College Library. We'd be glad to. Which assignments will the students use it for?"],
      [90, 'p', 'A patient-care case study (they need protocols and 2 journal articles) and a drug card assignment.'],
      [100, 'l', 'We already have a general EMS guide at libguides.cpcc.edu/ems with the NC protocols and JEMS. Is that close to what you have in mind, or should the new one be built around the two assignments?'],
      [150, 'p', 'Close, but built around the two assignments would be better.'],
      [158, 'l', 'I can do that. What is the best e-mail to send it to?'],
      [175, 'p', 'k.morrow@example.edu'],
      [184, 'l', "Thanks, so that's k.morrow@example.edu. I'll e-mail you the link to the new guide by Friday. Anything else for the course?"],
      [210, 'p', "That's everything, thank you!"],
      [216, 'l', "You're welcome, talk soon! Thanks for thinking of the library."],
    ],
    over: { ...FU_ME },
    exp: followed(),
  },
  {
    // reading: "I'll ask our nursing librarian and send you what she finds tomorrow" promises more later: a follow-up
    // session coded Answered (resolution.code fails); the e-mail was given in the chat and a time given (contact passes)
    name: 'dental hygiene student: the librarian promises to send more tomorrow, coded Answered: resolution.code fails, contact passes, on_time pending',
    lines: [
      [0, 'p', 'I need statistics on fluoride varnish use in Kansas schools for DHYG 230'],
      [26, 'l', 'Hi! This is Joy with the Johnson County Community College Library. Do you need state-level numbers only, or county too?'],
      [66, 'p', 'state is fine. I checked the CDC site already and couldnt find it'],
      [74, 'l', 'One moment, let me look.'],
      [160, 'l', "The closest I found is the Kansas Oral Health Surveillance page at kdhe.ks.gov (Health > Oral Health), which has 2022 school sealant numbers but not varnish. I'll ask our nursing librarian and send you what she finds by tomorrow afternoon. What email should I use?"],
      [200, 'p', 'mchen22@example.edu'],
      [208, 'l', 'Got it, mchen22@example.edu. Anything else in the meantime?'],
      [225, 'p', 'no thats all thank you'],
      [230, 'l', "You're welcome! Talk to you tomorrow, bye!"],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the address only in patron.email is never confirmed in the chat (contact fails); the follow-up was recorded
    // 20 h later (on_time passes)
    name: 'instructor guide follow-up coded Follow-up by me, "I\'ll send it to the email on file within 2 days": contact fails, on_time passes',
    lines: [
      [0, 'p', 'I teach CHD 205 (child development). Could the library make a list of resources on developmentally appropriate practice for my students?'],
      [30, 'l', "Hi, thanks for contacting the Tri-County Technical College Library. I'm Beverly, the outreach librarian. Would you prefer books they can check out, articles, or both?"],
      [80, 'p', 'Both please, mostly NAEYC material'],
      [90, 'l', "I'll put a list together and send it to the email we have on file for you within 2 days. For now, our ECE guide is at tctc.libguides.com/ece. Anything else I can do?"],
      [130, 'p', 'No, thanks so much'],
      [135, 'l', 'My pleasure, have a good afternoon!'],
    ],
    over: { ...FU_ME, patron: { name: 'Dr. Lyles', email: 'plyles@example.edu', phone: null }, followUps: [{ doneAt: at(135 + 20 * 3600), by: 'jo', note: 'sent DAP list' }] },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  // ---- closing, dismissals -------------------------------------------------------------------------------------------
  {
    // reading: closing time with the chat ended and no way back offered is help ended for the provider's convenience
    name: 'student worker at closing: "we\'re closing so i have to end the chat now" with no way back: dismissal fails (critical)',
    lines: [
      [0, 'p', 'hi i need help finding sources on minimum wage for my argument essay'],
      [20, 'l', 'hi! this is Kayla at the front desk of the Tacoma CC library. what side are u arguing?', TY],
      [50, 'p', 'for raising it'],
      [60, 'l', 'ok try Opposing Viewpoints in Context, its got a whole minimum wage page with articles for both sides: tacomacc.edu/library > databases', TY],
      [120, 'p', 'ok and do i need books too or just articles'],
      [128, 'l', "sorry we're closing so i have to end the chat now", TY],
      [131, 'l', 'bye', TY],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'closing time with a way back: "we close at 9 ... chat reopens at 7:30 tomorrow or email askus@..." passes; the student had said she was done',
    // relabelled after the full run (was referral na): "you can always email askus@bellevuecollege.edu" tells the student
    // to write to the library, a referral with its contact, as the twelfth round's M2 read "e-mail askus@library…"
    lines: [
      [0, 'p', 'quick q, is the Gale nursing database the same as CINAHL?'],
      [18, 'l', 'Hi, this is Omar at the Bellevue College Library. Are you looking for articles or drug info?'],
      [40, 'p', 'articles for my nursing care plan'],
      [48, 'l', 'They are different: CINAHL Complete (bellevuecollege.edu/library/databases) is the main nursing article database; Gale Health & Wellness is more consumer-level. For a care plan CINAHL is the one. Does that answer it?'],
      [80, 'p', 'yes perfect thats all i needed'],
      [88, 'l', "Great! We close at 9 and it's 8:58, so I'll wrap up here, but the chat reopens at 7:30 tomorrow and you can always email askus@bellevuecollege.edu. Good night!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you've asked a lot of questions" tells the patron they asked too many: a dismissal even with a referral
    name: 'several citation questions, "you\'ve asked quite a few questions, I need to move on": dismissal fails; the writing center named without contact',
    lines: [
      [0, 'p', 'how do i cite a tiktok in mla'],
      [22, 'l', 'Hello, this is Rick at the Library Help Desk at Austin Community College. Is it for a works cited page or in-text?'],
      [40, 'p', 'works cited'],
      [48, 'l', 'MLA 9: @username. "Caption or first words." TikTok, Day Month Year, URL. Example: @nasa. "Artemis update." TikTok, 3 Mar. 2025, www.tiktok.com/@nasa/video/123. The ACC MLA guide: researchguides.austincc.edu/mla. Does that help?'],
      [90, 'p', 'yes and what about a tweet? and an instagram post? and a podcast?'],
      [100, 'l', "You've asked quite a few questions, so I need to move on to other things. Ask the Writing Center for the rest."],
      [104, 'l', 'Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', referral: 'fail' }),
  },
  {
    // reading: other students waiting, with an invitation to come back and a way to write: allowed
    name: 'busy night: "I have a few other students waiting ... chat back or email" passes; anything else asked before',
    // relabelled after the full run (was referral na): "email ask@pcc.edu" is the library's address to write to (M2's reading)
    lines: [
      [0, 'p', 'need 2 scholarly sources about electric vehicle batteries for ENG 101'],
      [35, 'l', "Hi there, you've reached the library at Portland Community College, I'm Lee. Is the paper about the technology or the environmental side?"],
      [75, 'p', 'environmental'],
      [82, 'l', 'Try GreenFILE (pcc.edu/library > Articles & Databases > GreenFILE): search "electric vehicle*" AND batter* AND environment*, and check Scholarly (Peer Reviewed) Journals. Would those work?'],
      [130, 'p', 'yeah those look good'],
      [137, 'l', 'Anything else I can help with on this?'],
      [160, 'p', 'maybe how to cite them but idk'],
      [170, 'l', 'I have a few other students waiting right now, but please chat back anytime, or email ask@pcc.edu and we will walk you through the citations. Thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- openings, timing, concurrency, codes -----------------------------------------------------------------------
  {
    name: 'no identification in the first two provider messages ("hi what can i help u with" then the answer): greeting fails',
    lines: [
      [0, 'p', 'do you have printing in the library'],
      [12, 'l', 'hi what can i help u with'],
      [30, 'p', 'printing, color. for my poster'],
      [40, 'l', 'color printing is 25 cents a page at the Learning Commons printers, you send from your student account through PaperCut: help.sfcc.edu/papercut. does that help?'],
      [70, 'p', 'yes thx thats all'],
      [75, 'l', 'np bye'],
    ],
    // reading: "color, for my poster" answers a question about the need asked?  No: the first provider question is the
    // greeting's "what can I help u with"; no other question before the source (clarify fails)
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    name: 'pickup after 95 s, "Sorry for the wait!" with name and library: pickup fails, greeting passes',
    lines: [
      [0, 'p', 'Where can I find practice tests for the HESI A2?'],
      [95, 'l', "Hi, sorry for the wait! This is Dana, a librarian at Columbus State. Are you looking for the whole exam or a particular section like math or A&P?"],
      [130, 'p', 'Mostly A&P'],
      [138, 'l', 'LearningExpress Library has HESI A2 practice tests including A&P: cscc.edu/library > Databases > LearningExpress, create a free account with your student email. We also have "HESI Admission Assessment Exam Review" (5th ed.) at RT55 .H47 2021. Is that the kind of thing you need?'],
      [175, 'p', 'yes thank you'],
      [181, 'l', 'Is there anything else I can help you with?'],
      [200, 'p', 'no thank you'],
      [206, 'l', 'Good luck on the HESI!'],
    ],
    // relabelled after the first run (was courteous fail): "Good luck on the HESI!" as the last words is a parting wish,
    // a goodbye, as the eleventh and twelfth rounds read "Good luck!"
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'a student worker juggling four chats at once (three others open the whole time): concurrency fails',
    lines: [
      [0, 'p', 'what time does the library close today'],
      [14, 'l', 'Hi! This is Ty at the Library front desk. Which campus?'],
      [30, 'p', 'downtown'],
      [36, 'l', 'Downtown is open until 9 pm tonight; all campus hours are on library.cccneb.edu/hours. Does that help?'],
      [55, 'p', "yes that's all i needed"],
      [60, 'l', 'Cool, see you later!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -60, 300), other('b', 'jo', 5, 400), other('c', 'jo', 10, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'resolution code never set (null): code fails; otherwise a good TEAS session',
    lines: [
      [0, 'p', 'does the library have TEAS study guides?'],
      [26, 'l', 'Hello! This is Nora at the Edmonds College Library. Do you need print or online?'],
      [44, 'p', 'print please'],
      [52, 'l', 'We have the ATI TEAS Review Manual (7th ed.) at RT55 .A85 2022, two copies on the shelf. Check availability at edmonds.edu/library/catalog. Does that answer your question?'],
      [80, 'p', "yes, that's everything"],
      [85, 'l', 'Thanks for chatting!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    // reading: a question only after the first source (the URL in the first answer) does not clarify
    name: 'the first reply gives the source at once, no question before it: clarify fails',
    lines: [
      [0, 'p', 'need an article on welding fumes health effects'],
      [20, 'l', 'Hi, this is Pat at the Hennepin Tech Library. Try Academic Search Premier (hennepintech.edu/library/databases) with welding AND fume* AND health. Did that work for you?'],
      [90, 'p', 'yes found one'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'nope'],
      [114, 'l', 'Take care!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Lost Call: the student asks and leaves at once; greeting, check-in, notice (idle 215 s): information checks na',
    lines: [
      [0, 'p', 'how do i find my instructors course reserves'],
      [35, 'l', "Hi! This is Kim at the Gateway Technical College Library."],
      [40, 's', 'Patron has left the session', sys('patron_left')],
      [170, 'l', 'Are you still there?'],
      [250, 'l', "It looks like you've disconnected, so I'll end this chat now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- transfers ------------------------------------------------------------------------------------------------------
  {
    name: 'student worker transfers a systematic-search question to the librarian, with an internal note and a notice: transfer passes',
    lines: [
      [0, 'p', "hi I'm in the RN-BSN bridge and need help with a PICO search"],
      [15, 'l', "Hi! This is Ty at the library front desk. I'm going to transfer you to our nursing librarian, she's great with PICO, one moment.", TY],
      [20, 'i', 'Meg, RN-BSN student needs help building a PICO search in CINAHL, can you take it?', TY],
      [24, 's', 'Chat transferred to Meg Harlan', sys('transfer', 'mharlan')],
      [60, 'l', "Hi, Meg here. What's your PICO question?", MEG],
      [120, 'p', 'In adult ICU patients does chlorhexidine bathing compared to soap reduce CLABSI'],
      [130, 'l', 'Nice question. In CINAHL Complete (library.example-cc.edu/cinahl) use the headings (MH "Chlorhexidine") AND (MH "Catheter-Related Infections") AND (MH "Intensive Care Units"), then add bath* OR bathing. Limit to Research Article. Is that the kind of search you needed?', MEG],
      [200, 'p', 'yes, exactly. thats all for today'],
      [206, 'l', 'Great, thanks for chatting and good luck!', MEG],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with no internal note to the receiving librarian: transfer fails',
    lines: [
      [0, 'p', 'hi can someone help w/ an annotated bibliography'],
      [18, 'l', "Hi, this is Ty at the Library front desk. Let me transfer you to a librarian, hang on.", TY],
      [22, 's', 'Chat transferred to Meg Harlan', sys('transfer', 'mharlan')],
      [50, 'l', 'Hello, Meg here, a librarian. What style and how many sources?', MEG],
      [80, 'p', 'apa, 6 sources'],
      [90, 'l', "Purdue OWL's annotated bibliography page has an APA sample: owl.purdue.edu/owl/general_writing/common_writing_assignments/annotated_bibliographies. Each entry is the reference plus a 100-150 word summary and evaluation. Does that help?", MEG],
      [130, 'p', "yes that's all i needed, ty"],
      [136, 'l', "You're welcome!", MEG],
    ],
    // relabelled after the first run (was courteous pass): "You're welcome!" thanks no one and says no goodbye, and the
    // message before it is the answer
    exp: usual({ transfer: 'fail', courteous: 'fail' }),
  },
  {
    // (run since v16's `laterContactOwnerV16`; it was left:) the library's own page in the next sentence ("Meanwhile the library lends textbooks…: library.hccs.edu/…") is
    // read as Financial Aid's contact (contactOwnerN takes a later sentence's URL unless a resource owns it); telling the
    // provider's library from the party referred to would reopen the twelfth round's L6 case ("Ask your ESL teacher…
    // The levels are explained at casas.org") and K1's IRS case, which the merge left for the same reason.
    // reading: "check with Financial Aid" is a referral; "in the Student Services building" is no way to reach them
    name: 'book voucher question: textbook lending program (URL) as the source, "check with Financial Aid in the Student Services building": referral fails',
    lines: [
      [0, 'p', 'can i use my pell grant for books at the bookstore??'],
      [31, 'l', 'Hi! This is Kay at the Houston Community College Library. Are you asking about this semester\'s books?'],
      [50, 'p', 'yes. class starts monday'],
      [58, 'l', "Book vouchers are set up by Financial Aid, so you'll want to check with them, their office is in the Student Services building. Meanwhile the library lends textbooks for many courses: library.hccs.edu/textbooks (search by course number). Did that answer your question?"],
      [95, 'p', 'ok'],
      [100, 'l', 'Anything else I can help with?'],
      [115, 'p', 'no'],
      [119, 'l', 'Okay, have a great first week!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals to campus offices and people --------------------------------------------------------------------------
  {
    // reading: "ask your instructor" is a referral; no contact
    name: 'short: "ask your instructor whether a textbook counts as a scholarly source": referral fails',
    lines: [
      [0, 'p', 'does my textbook count as a scholarly source?'],
      [20, 'l', 'Hi, this is Jo at the library. Textbooks are usually not peer reviewed, but some instructors accept them, so ask your instructor to be sure. Our guide on scholarly sources: library.example-cc.edu/scholarly'],
      [40, 'p', 'ok thx'],
      [44, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'short: tutoring booked through its URL ("book a session at tutoring.mccneb.edu"): referral passes',
    lines: [
      [0, 'p', 'where can i get help with my stats homework'],
      [20, 'l', 'Hi! This is Jo at MCC Library. The Math Tutoring Center does free drop-in and online tutoring: book a session at tutoring.mccneb.edu. Does that help?'],
      [40, 'p', 'yes thx'],
    ],
    exp: some({ referral: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: "call the IT Help Desk at 919-866-5700" for a Duo reset: referral passes',
    lines: [
      [0, 'p', 'my duo app got deleted and now i cant log into the databases'],
      [18, 'l', 'Hi, this is Jo at the Wake Tech Library. Duo resets go through IT: call the IT Help Desk at 919-866-5700 and they can re-enroll your phone. Anything else?'],
      [40, 'p', 'no thanks'],
    ],
    exp: some({ referral: 'pass', source: 'pass', anything: 'pass' }),
  },
  {
    // reading: stating what the bookstore does tells the student to contact no one
    name: 'short: "The campus bookstore sells the Pearson access codes." states a fact: no referral (na)',
    lines: [
      [0, 'p', 'does the library have a mylab access code i can use'],
      [22, 'l', "Hi, this is Jo at the library. Sorry, access codes can't be shared or lent, so we don't have them. The campus bookstore sells the Pearson access codes. Pearson also has a 14-day free trial: mlm.pearson.com"],
      [50, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'short: "you\'ll want to check with the bookstore about buyback" with no contact: referral fails',
    lines: [
      [0, 'p', 'can i sell my old textbooks back to the library'],
      [20, 'l', "Hi! This is Jo, a librarian at Tri-C. We don't buy books, but you'll want to check with the bookstore about buyback, they do it at the end of each term."],
      [40, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'short: "take them to the bookstore\'s buyback counter ... dates are at tri-c.bncollege.com": referral passes',
    lines: [
      [0, 'p', 'can i sell my old textbooks back to the library'],
      [20, 'l', "Hi! This is Jo, a librarian at Tri-C. We don't buy books, but you can take them to the bookstore's buyback counter at the end of each term, dates are at tri-c.bncollege.com."],
      [40, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: staff consulted on the student's behalf are no referral
    name: 'short: "I checked with our automotive instructor and she says the ASE guides are in the shop library" (consulted): no referral',
    lines: [
      [0, 'p', 'where are the ASE A5 brakes study guides'],
      [20, 'l', 'Hi, this is Jo at the library. One moment.'],
      [90, 'l', 'I checked with our automotive instructor and she says the ASE A5 guides moved to the shelf by the window, call number TL269 .A83. You can check which are in at catalog.example-cc.edu.'],
      [120, 'p', 'ok thx'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: the Testing Center named without any way to reach it is neither a source nor a referral with a contact
    name: 'short: "The Testing Center handles the TEAS, stop by and ask them" with no contact and no other source: source fails, referral fails',
    lines: [
      [0, 'p', 'when can i take the teas test on campus'],
      [25, 'l', 'Hi, this is Jo at the library. Do you need to register or just know the dates?'],
      [50, 'p', 'dates'],
      [60, 'l', 'The Testing Center handles the TEAS, stop by and ask them for the dates.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ clarify: 'pass', source: 'fail', referral: 'fail' }),
  },
  {
    name: 'short: "the nursing librarian, Prof. Allen, does research appointments: libcal.example-cc.edu/appointments": referral passes',
    lines: [
      [0, 'p', 'I need help with my capstone lit review'],
      [30, 'l', 'Hi, this is Jo at the library. For a capstone, the best bet is a one-on-one with the nursing librarian, Prof. Allen: book a research appointment at libcal.example-cc.edu/appointments. Does that work?'],
      [50, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "email your instructor" (address not given) is a referral without a way to reach them
    name: 'short: "email your instructor and ask if they accept the 2019 edition" with no address: referral fails',
    lines: [
      [0, 'p', 'the library only has the 2019 edition of my book, the class uses 2022'],
      [20, 'l', "Hi, this is Jo at the library. The 2019 edition is at QA276 .T75 2019 in the catalog. Email your instructor and ask if they accept the 2019 edition, the chapter numbers may differ."],
      [45, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  // ---- sources and citation tools ---------------------------------------------------------------------------------------
  {
    name: 'short: ZoteroBib named with its URL builds the citation: source passes',
    lines: [
      [0, 'p', 'whats a good free citation maker'],
      [14, 'l', 'Hi, Jo from the library. For APA or MLA?'],
      [30, 'p', 'apa'],
      [36, 'l', 'ZoteroBib (zbib.org) is free and pretty accurate, paste the DOI or URL and pick APA 7th. Is that what you were looking for?'],
      [60, 'p', 'yes ty'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: a database's own tool named with the database is a named resource
    name: 'short: "use the Cite tool in Academic Search Complete" names a database: source passes',
    lines: [
      [0, 'p', 'is there a way to get the citation automatically'],
      [20, 'l', 'Hi, Jo from the library. Which database did you find the article in?'],
      [40, 'p', 'academic search complete'],
      [46, 'l', 'Open the article and use the Cite tool on the right side of Academic Search Complete, then pick APA 7. Check the capitalization after you copy it. Does that help?'],
      [70, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: "just search the databases" with no database named: source fails',
    lines: [
      [0, 'p', 'where do i find peer reviewed stuff'],
      [20, 'l', 'Hi, Jo from the library. What is your topic?'],
      [40, 'p', 'opioid crisis'],
      [50, 'l', 'Just search the library databases and check the peer reviewed box. Does that help?'],
      [70, 'p', 'ok'],
    ],
    exp: some({ clarify: 'pass', source: 'fail' }),
  },
  // ---- completeness and anything else ----------------------------------------------------------------------------------
  {
    name: 'short: "Does that clear it up?" after the answer: completeness passes',
    lines: [
      [0, 'p', 'do i put a hanging indent on apa references'],
      [16, 'l', 'Hi, Jo at the library. Yes: APA 7 reference lists use a 0.5 inch hanging indent, double-spaced (apastyle.apa.org/style-grammar-guidelines/paper-format/reference-list). Does that clear it up?'],
      [40, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: offering a walkthrough of something not yet given is no completeness question
    name: 'short: "Want me to walk you through the cite button?" after the answer: completeness fails',
    lines: [
      [0, 'p', 'how do i cite a CINAHL article in apa'],
      [16, 'l', 'Hi, Jo at the library. Author, A. A. (Year). Title of article. Journal Name, volume(issue), pages. https://doi.org/xxxx. Our APA guide: library.example-cc.edu/apa. Want me to walk you through the cite button in CINAHL?'],
      [40, 'p', 'no im good'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'short: "Anything else I can dig up for you?": anything else passes',
    lines: [
      [0, 'p', 'do you have the ServSafe manager book'],
      [16, 'l', 'Hi, Jo at the library. Yes, ServSafe Manager 8th ed. is on reserve for HRM 110 (library.example-cc.edu/reserves). Anything else I can dig up for you?'],
      [40, 'p', 'no'],
    ],
    exp: some({ source: 'pass', anything: 'pass' }),
  },
  {
    // reading: a wish about the paper asks nothing
    name: 'short: "Let me know how the paper turns out!" asks for nothing else: anything else fails',
    lines: [
      [0, 'p', 'which database for criminal justice articles'],
      [16, 'l', 'Hi, Jo at the library. Criminal Justice Abstracts: library.example-cc.edu/cja. Is that what you were after?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Let me know how the paper turns out!'],
    ],
    exp: some({ complete: 'pass', anything: 'fail' }),
  },
  {
    // reading: "that's it for me" is the patron saying on their own they are done
    name: 'short: the returning adult says "I think that\'s it for me, you\'ve been so patient": anything else passes',
    lines: [
      [0, 'p', 'How do I renew a book online? Sorry, I am not good with computers.'],
      [20, 'l', 'Hi, Jo at the library, no worries! Log in at library.example-cc.edu/account with your student ID, then click Renew next to the book. Did that work?'],
      [80, 'p', "It worked! I think that's it for me, you've been so patient."],
      [86, 'l', 'Happy to help, take care!'],
    ],
    exp: some({ complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  // ---- holds, greetings, dismissals ------------------------------------------------------------------------------------
  {
    // reading: "No rush, take your time!" is no hold; the student's return 200 s later was waiting on the patron
    name: 'short: "brb getting my student id" then "No rush, take your time!" and a 200 s wait on the student: keep_informed passes',
    lines: [
      [0, 'p', 'can you check if i have fines'],
      [15, 'l', 'Hi, Jo at the library. Sure, what is your student ID number?'],
      [30, 'p', 'brb getting my student id'],
      [36, 'l', 'No rush, take your time!'],
      [236, 'p', '0045123'],
      [250, 'l', 'No fines on that account. You can check anytime at library.example-cc.edu/account. Anything else?'],
      [270, 'p', 'no thx'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'short: "gimme a sec to log into CINAHL" then the answer 100 s later: keep_informed passes',
    lines: [
      [0, 'p', 'need an article on pressure ulcers'],
      [15, 'l', 'hey, Jo at the library desk. any particular population?'],
      [30, 'p', 'nursing home residents'],
      [35, 'l', 'gimme a sec to log into CINAHL'],
      [135, 'l', 'ok: CINAHL, (MH "Pressure Ulcer") AND (MH "Nursing Home Patients"), 2020-2025, Research Article = 48 results. that help?'],
      [160, 'p', 'yes'],
    ],
    exp: some({ informed: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: the provider says nothing for 150 s after the student\'s reply, no hold: keep_informed fails',
    lines: [
      [0, 'p', 'need an article on pressure ulcers'],
      [15, 'l', 'hey, Jo at the library desk. any particular population?'],
      [30, 'p', 'nursing home residents'],
      [180, 'l', 'ok: CINAHL, (MH "Pressure Ulcer") AND (MH "Nursing Home Patients"), 2020-2025 = 48 results. that help?'],
      [200, 'p', 'yes'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: "Library Help Desk - student assistant here" identifies the service but greets no one
    name: 'short: "Library Help Desk, student assistant here, what\'s your question?" identifies but does not greet: greeting fails',
    lines: [
      [0, 'p', 'is the library open sunday'],
      [10, 'l', "Library Help Desk, student assistant here, what's your question?"],
      [25, 'p', 'is the library open sunday'],
      [30, 'l', 'Sundays 1-6 pm during the semester: library.example-cc.edu/hours'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'short: "Hey there! Marcus from the LRC front desk" greets and identifies: greeting passes',
    lines: [
      [0, 'p', 'is the library open sunday'],
      [10, 'l', 'Hey there! Marcus from the LRC front desk.'],
      [14, 'l', 'Sundays 1-6 pm during the semester: library.example-cc.edu/hours'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'short: "my shift is over, gotta log off" with no way back: dismissal fails',
    lines: [
      [0, 'p', 'can u help me find a book on ekg interpretation'],
      [15, 'l', 'hi, Jo at the library desk. for which class?'],
      [40, 'p', 'ekg tech 101, we use the dubin book'],
      [50, 'l', 'sorry my shift is over, gotta log off'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: a promise to ask someone and get back, with no contact and no time: a follow-up session that fails contact
    name: 'short: "I\'ll ask our nursing librarian and get back to you" with no contact or time, coded Answered: contact and code fail',
    lines: [
      [0, 'p', 'is there a drug guide app the library pays for'],
      [20, 'l', "Hi, Jo at the library. I'm not sure, I'll ask our nursing librarian and get back to you."],
      [40, 'p', 'ok thanks'],
      [45, 'l', 'Thanks for your patience!'],
    ],
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  // ---- near misses for the round's fixes (each guards one widening) ----------------------------------------------------
  {
    name: 'short (guard, completeness): "Does that works for ur paper?" with a typo still asks whether the answer meets the need',
    lines: [
      [0, 'p', 'where do i find the works cited format'],
      [14, 'l', 'hi, Jo at the library! MLA 9 works cited: owl.purdue.edu/owl/research_and_citation/mla_style. Does that works for ur paper?'],
      [40, 'p', 'ya'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: a count of questions and the provider taking time to check them ends no help
    name: 'short (guard, dismissal): "You\'ve asked a lot of questions, so I need a minute to check each one." is no dismissal',
    lines: [
      [0, 'p', 'how do i cite a tweet, a tiktok and a podcast in apa'],
      [14, 'l', "Hi, Jo at the library. You've asked a lot of questions, so I need a minute to check each one."],
      [80, 'l', 'APA 7 for all three is on one page: apastyle.apa.org/style-grammar-guidelines/references/examples. Does that help?'],
      [100, 'p', 'yes thanks'],
      [104, 'l', 'Anytime, bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: "I'll wrap up, but I'll email the list to … tomorrow" is the provider's own promise (the guard of the
    // patron's "you can email")
    name: 'short (guard, follow-up): "I have to wrap up, but I\'ll email the list to dana.r@example.org tomorrow" promises; coded Answered',
    lines: [
      [0, 'p', 'can you find me nursing journals that are open access? my email is dana.r@example.org'],
      [15, 'l', 'Hi, Jo at the library. Any specialty?'],
      [40, 'p', 'pediatrics'],
      [50, 'l', "I have to wrap up for tonight, but I'll email the list to dana.r@example.org tomorrow morning. Thanks!"],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    name: 'short (guard, referral): "visit the bookstore website at tri-c.bncollege.com" points to a page: no referral',
    lines: [
      [0, 'p', 'when is textbook buyback'],
      [14, 'l', 'Hi, Jo at the library. Visit the bookstore website at tri-c.bncollege.com for the buyback dates.'],
      [30, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'short (guard, referral): "Just search the library databases page (A-Z list)" is a page with the steps: source passes',
    lines: [
      [0, 'p', 'where do i find peer reviewed stuff'],
      [20, 'l', 'Hi, Jo from the library. What is your topic?'],
      [40, 'p', 'opioid crisis'],
      [50, 'l', 'Just search the library databases page, the A-Z list, and pick one with a peer reviewed box. Does that help?'],
      [70, 'p', 'ok'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'short (guard, referral): "Go to the Tutoring Center (tutoring.pima.edu)" still refers, the party outside the address',
    lines: [
      [0, 'p', 'i need help with the math part of my nursing dosage calc homework'],
      [15, 'l', 'Hi, Jo at the library. Go to the Tutoring Center (tutoring.pima.edu) for the dosage calculations, they have nursing math tutors.'],
      [40, 'p', 'ok thx'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'short: "email tutoring@example-cc.edu to set up a time" with an online tutor: referral passes',
    lines: [
      [0, 'p', 'can i get an essay tutor online'],
      [15, 'l', 'Hi, Jo at the library. Yes: email tutoring@example-cc.edu to set up a time with an online writing tutor.'],
      [40, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'short (guard, referral): "The library has study rooms: book a session at libcal.example-cc.edu" books a room, no party: no referral',
    lines: [
      [0, 'p', 'where can my group practice our presentation'],
      [15, 'l', 'Hi, Jo at the library. The library has study rooms with screens: book a session at libcal.example-cc.edu/rooms.'],
      [40, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // (run since v16's `laterContactOwnerV16`; it was left:) "The college side is explained at example-cc.edu/dualenrollment." after "ask your high school counselor" is
    // read as the counselor's contact: the twelfth round's L6 case exactly ("Ask your ESL teacher… The levels are
    // explained at casas.org"), left then because K1's IRS case ("The CP14 notice is explained at irs.gov/cp14") needs
    // the same shape read as the party's contact.
    name: 'short: dual-enrollment student told to "ask your high school counselor" for the transcript: referral fails',
    lines: [
      [0, 'p', 'im dual enrolled, how do i get my college credits to show on my hs transcript'],
      [30, 'l', 'Hi, this is Jo at the library. That part is handled on the high school side, so ask your high school counselor. The college side is explained at example-cc.edu/dualenrollment.'],
      [55, 'p', 'k'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('fourteenth round (O2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fourteenth round (O2): community and technical college libraries, every check', whole);
describeSessions('fourteenth round (O2): college, short cases', short);

describeLeft('fourteenth-round-college', LEFT);
