/**
 * Thirtieth round, third wave, area (K4): JOB SEEKERS. Résumés and cover letters, unemployment claims (the labor
 * department's BEACON site and claim center), job-search databases, certifications and licences (CDL, CNA, food handler,
 * nursing reinstatement, forklift), interview practice, the American Job Center, computer classes, a laid-off worker's
 * health insurance (COBRA, the marketplace, Medicaid); UK (Jobcentre Plus, Universal Credit), Australian (Centrelink),
 * Indian (National Career Service) and Spanish sessions (info.source, referral.contact, inquiry.clarify,
 * followup.completeness, closing.anything_else, approachability.greeting).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "call the unemployment office", "call the unemployment
 *   claims line", "go to / visit your local American Job Center", "talk to a career counselor", "it may also help to speak
 *   with a workforce counselor", "check with your community college", "call your local Department of Social Services",
 *   "phone your former employer's benefits line", "the number is on your determination letter" (no number).
 *  a referral WITH one (passes): "call the Division of Unemployment Insurance claim center at 667-207-6520", "find the
 *   nearest one at careeronestop.org/localhelp or by calling 1-877-872-5627", "ring Jobcentre Plus on 0800 055 6688",
 *   "llame al American Job Center de Wheaton al 240-777-2050", "write to careers@umd.edu for an appointment", "book a free
 *   job-help appointment with our career staff at hclibrary.org/jobhelp", "schedule a one-to-one session with one of our
 *   volunteers on 0161 …", "call the UI claimant info line at 667-207-6520".
 *  sources: BEACON at beacon.labor.maryland.gov, LearningExpress Library's Resume Builder on the Databases page, Big
 *   Interview, LinkedIn Learning (with the steps), servsafe.com, mva.maryland.gov's CDL manual, usajobs.gov, ncs.gov.in;
 *   NOT a source: "Try Indeed or LinkedIn" (sites named, no way to reach them).
 *  the patron's end: "thats everything", "es todo", "that is all", "thats all thx" (done); "ok", "ok thanks", "ok got it gotta
 *   go", "yes. done, thanks" (not explicitly done: see below).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - telling the patron to book an appointment with the library's own career staff / coach at a page is telling them to
 *   contact its department: a referral, passing with the page;
 * - "call the … line" refers the patron to whoever runs the line (a department or agency): a referral, needing the number;
 * - "it might help to talk to a career counselor" is a suggestion telling the patron to contact a person: a referral;
 * - "When is it due?", "Are you in Maryland?", "How many are in your household?" are questions about the patron's situation
 *   that shape the answer: inquiry.clarify passes;
 * - a clarifying question alone is a substantive exchange: the patron gone after it leaves info.source, completeness and
 *   anything-else failing (Lost Call is right: the patron sent one message);
 * - "I've got three other chats going, so I need to wrap this up. Bye." ends the help for the provider's convenience with no
 *   way back: dismissal fails;
 * - "Good luck with the application, bye!" is a goodbye; a bare "done, thanks" is not the explicit "that's all I needed".
 * Written: 36 whole sessions (28 first, 8 more for the fixes; 1 in LEFT, 35 run), 24 short cases, 11 near misses in
 * `guards`. First run: 6 of 80 tests failed on 6 statuses: referral.contact 5, approachability.greeting 1; none was my
 * label. In the fix sessions' first run one more was mine ("yes. done, thanks" is not explicitly done: relabelled fail)
 * and one the scorer's ("book a practice interview with a career advisor at …": the booked meeting list widened). Fixed
 * in block K4:
 *  - referralActor (phrase): "it / that might / may / could / would … help to" makes the patron the one to act ("It might
 *    also help to talk to a career counselor.", "it could really help to call the Board's licensing unit at …") [near
 *    misses: "It might help to look at the sample résumés first", "It may help to visit our Databases page at …", "That
 *    would help if you want to print it"];
 *  - `callLineK4` (classify.ts `callLineK4`, read by checks/referral.ts): the object of call / ring / phone / dial is a phone
 *    line, the party to call ("call the unemployment claims line", "phone your former employer's benefits line", "call the
 *    UI claimant info line at 667-…") [near misses: "the bus line to it runs hourly", "Put your phone number on the first
 *    line of the résumé", "Call up the first line of the template"];
 *  - `bookStaffK4` (classify.ts `bookStaffK4`, read by checks/referral.ts in `referralSentence`, only in a message with a
 *    URL, phone or e-mail): "you can book / schedule / make a (job-help) appointment / session / review / interview with
 *    our career staff / coach / volunteers / a career advisor at <page or number>" [near misses: "Our staff can book a
 *    session with a career coach for you; the calendar is at …", "You can book a study room with our online system at …",
 *    "We booked a session with our career coach for the job fair; details at …"];
 *  - `askUsNameK4` (classify.ts `askUsNameK4`, read in `selfIdNow`): "Ask Us" capitalised as the service's name in the
 *    provider's role sentence is no referral verb ("Hi. Pat, librarian, Ask Us.", "Dev, reference librarian, Ask Us.",
 *    "Lee - library associate with Ask Us here.") [near misses: "If the librarian can't help, ask us again tomorrow.", "Your
 *    librarian can help; Ask Us at the desk."].
 * Left (1): the Australian Centrelink session: "call the Centrelink employment services line on 132 850" is now read as a
 * referral, but "132 850" (an Australian 13 number) is not read as a phone, so it fails for want of a contact.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

/** A résumé question up to the patron's answer to the clarifying question. */
const RESUME: Line[] = [
  [0, 'p', 'hi i need help making a resume, i havent made one in 15 years'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. What kind of job are you applying for?"],
  [55, 'p', 'warehouse or forklift jobs mostly'],
];
/** An unemployment question up to the patron's answer. */
const CLAIM: Line[] = [
  [0, 'p', 'how do i file for unemployment in maryland, i got laid off friday'],
  [20, 'l', "Hello, this is Jo at AskUsNow! I'm sorry to hear that. Have you filed a claim in Maryland before?"],
  [50, 'p', 'no never'],
];
/** A certification question up to the patron's answer. */
const CERT: Line[] = [
  [0, 'p', 'where can i get my CNA certification'],
  [20, 'l', 'Hi, Jo here, a librarian with Ask a Librarian. Which county do you live in?'],
  [50, 'p', 'baltimore county'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string, reply = 'ok thanks'): Line[] => [...base, [70, 'l', text], [100, 'p', reply], [106, 'l', 'Take care, bye!']];
const KIM = who('Kim Lee', 'kim');

export const whole: SessionCase[] = [
  {
    name: 'laid-off patron, first unemployment claim: BEACON and the claim center\'s phone: referral passes',
    lines: [
      [0, 'p', 'i got laid off today. how do i get unemployment in maryland??'],
      [20, 'l', "Hi, I'm Marcus, a librarian with Ask Us at Baltimore County Public Library. I'm really sorry. Did you work in Maryland for the last 18 months, or partly in another state?"],
      [55, 'p', 'only maryland'],
      [70, 'l', "OK. You file online in the BEACON system at beacon.labor.maryland.gov; the Claimant Guide on the same site lists what you need (your employer's address, your dates of work). If you get stuck, call the Division of Unemployment Insurance claim center at 667-207-6520, Monday to Friday. Is that what you were looking for?"],
      [120, 'p', 'yes. do i have to look for work while im on it'],
      [135, 'l', 'Yes, you must do at least three work search activities each week and log them in BEACON. Anything else I can help with?'],
      [170, 'p', 'no thats it thank you'],
      [178, 'l', 'Take care, and good luck. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'CDL permit study, patron vanishes after the answer: check-in, then the disconnect notice with a way back',
    lines: [
      [0, 'p', 'Hi where can I find the CDL book to study for my permit test'],
      [30, 'l', 'Hello! This is Sam at the Ask a Librarian service, Frederick County Public Libraries. Is this for a Class A or Class B license?'],
      [70, 'p', 'class A'],
      [85, 'l', 'The Maryland Commercial Driver License Manual is free online at mva.maryland.gov/drivers/Pages/cdl-manual.aspx; sections 1, 2, 5 and 6 are the ones for the Class A permit. We also have practice tests in LearningExpress Library on our Databases page. Does that help?'],
      [240, 'l', 'Are you still there?'],
      [420, 'l', "It looks like you've been disconnected, so I'll end this chat now. Please come back anytime if you have more questions!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'CNA programs, terse veteran: the Board of Nursing\'s approved program list, "anything else"',
    lines: [
      [0, 'p', 'how do I become a CNA in maryland and how long does it take'],
      [15, 'l', 'Hi, Ray, reference librarian at Enoch Pratt Free Library. Do you want a free program or are you able to pay tuition?'],
      [60, 'p', 'free if possible'],
      [75, 'l', "Approved CNA programs are on the Maryland Board of Nursing's list at mbon.maryland.gov (Nursing Assistant, then Approved Training Programs). Most run 4 to 8 weeks. Some nursing homes train for free if you work for them after. That what you need?"],
      [120, 'p', 'yes'],
      [125, 'l', 'Anything else?'],
      [150, 'p', 'no thanks'],
      [155, 'l', 'Good luck. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak patron, student worker: food handler card, servsafe.com, "thats all thx"',
    lines: [
      [0, 'p', 'yo how do i get a food handlers card i start at a restaurant monday'],
      [12, 'l', 'hey! im Tyler, student asst at the Ask a Librarian chat for Montgomery College :) what state is the job in?'],
      [40, 'p', 'md'],
      [55, 'l', "ok so md doesnt require a state card for most workers but lots of places want ServSafe Food Handler, u can do it online at servsafe.com, takes like 90 min. does that help?"],
      [90, 'p', 'ya thats all thx'],
      [95, 'l', 'np good luck monday! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'interview practice: Big Interview in the databases and the library\'s career coach with phone and page: referral passes',
    lines: [
      [0, 'p', 'I have a job interview next Tuesday for a bank teller position and I get so nervous. Do you have anything that can help me practice?'],
      [35, 'l', 'Good afternoon, and thank you for contacting Ask a Librarian at Anne Arundel County Public Library. My name is Elaine. Would you prefer something you can do on your own at home, or practice with a person?'],
      [80, 'p', 'Both would be good honestly.'],
      [95, 'l', 'One moment while I check what we have.'],
      [170, 'l', "For practice at home, Big Interview (aacpl.net/databases, then Big Interview) lets you record answers to banking interview questions and get feedback. For practice with a person, our career coach Ms. Alvarez does free mock interviews at the Odenton branch: book at aacpl.net/careercoach or call 410-222-0000. Is that what you were looking for?"],
      [230, 'p', 'Yes, that is perfect. That is all I needed, thank you so much.'],
      [240, 'l', 'You are very welcome. Best of luck on Tuesday, and thank you for using Ask a Librarian!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "go to your local American Job Center" names an organisation to visit, with no way to reach it
    name: 'resume reviewed elsewhere: "go to your local American Job Center, they\'ll look it over": referral fails',
    lines: [
      [0, 'p', 'can someone look at my resume and tell me if its good'],
      [20, 'l', "Hello, I'm Jo with AskUsNow!. We can't review documents over chat, but I can point you to help. Are you in Maryland?"],
      [50, 'p', 'yes prince georges county'],
      [70, 'l', "Go to your local American Job Center; their staff will look it over with you for free. Meanwhile the résumé checklist in LearningExpress Library (pgcmls.info/databases) is a good self-check. Does that help?"],
      [110, 'p', 'ok thank you'],
      [120, 'l', 'Is there anything else I can help you with?'],
      [140, 'p', 'no'],
      [145, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the American Job Center finder with its URL and toll-free line: referral passes',
    lines: [
      [0, 'p', 'Is there a place that helps people find jobs for free? I am 58 and nobody calls me back'],
      [25, 'l', "Hi, welcome to Ask Us! I'm Carla, a librarian with Carroll County Public Library. I'm sorry it's been so frustrating. What kind of work have you been doing?"],
      [70, 'p', 'accounting clerk for 20 years'],
      [85, 'l', "American Job Centers help for free with job search, résumés and training money. You can find the nearest one at careeronestop.org/localhelp or by calling 1-877-872-5627. There's also a page for older workers at careeronestop.org/OlderWorkers. Does this completely answer your question?"],
      [140, 'p', 'Yes thank you dear. That is all.'],
      [150, 'l', 'My pleasure, good luck! Thanks for chatting with us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'non-native writer laid off, health insurance: COBRA vs Maryland Health Connection with phone: referral passes',
    lines: [
      [0, 'p', 'Hello. My company lay off me last week and they say insurance finish end of month. What I can do for my family insurance?'],
      [30, 'l', "Hello, thank you for writing to AskUsNow! My name is Priya, I am a librarian. I am sorry about your job. How many people are in your family?"],
      [75, 'p', 'Me, my wife, two children.'],
      [90, 'l', 'Thank you. You have two choices. COBRA lets you keep the company plan but it is often expensive. Losing your job also lets you sign up on Maryland Health Connection, the state marketplace, within 60 days: marylandhealthconnection.gov. Your children may get Medicaid. If you want help applying, you can call Maryland Health Connection at 1-855-642-8572. Is this clear?'],
      [150, 'p', 'Yes very clear. Thank you so much.'],
      [160, 'l', 'Is there anything else I can help you with today?'],
      [190, 'p', 'No that is all.'],
      [195, 'l', 'Take care, and good luck to you and your family. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish: currículum en español, plantillas and the American Job Center with phone: referral passes',
    lines: [
      [0, 'p', 'hola necesito ayuda para hacer mi curriculum para trabajo de limpieza'],
      [20, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow! ¿Necesita el currículum en inglés o en español?'],
      [55, 'p', 'en ingles pero no escribo bien ingles'],
      [70, 'l', 'Entiendo. En GCFGlobal hay una guía en español para hacer un currículum: edu.gcfglobal.org/es/como-hacer-un-curriculum. Para que alguien le ayude en persona, llame al American Job Center de Wheaton al 240-777-2050; tienen personal que habla español. ¿Le sirve esta información?'],
      [120, 'p', 'si muchas gracias, es todo'],
      [128, 'l', '¡De nada! Suerte con la búsqueda. Adiós.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British English, a CV and Jobcentre Plus: the National Careers Service page and "ring Jobcentre Plus on 0800 055 6688": referral passes',
    lines: [
      [0, 'p', "Hiya, I've been made redundant and need to sort out my CV and sign on. Where do I start?"],
      [25, 'l', "Hello, you're through to Ask a Librarian at Manchester Libraries, I'm Sian. Sorry to hear that. Are you after help with the CV first, or claiming Universal Credit?"],
      [60, 'p', 'Both really, CV first'],
      [75, 'l', "The National Careers Service has a free CV builder at nationalcareers.service.gov.uk/cv. To claim, ring Jobcentre Plus on 0800 055 6688 or apply at gov.uk/universal-credit. Does that cover what you needed?"],
      [120, 'p', "Brilliant, that's everything. Cheers"],
      [128, 'l', 'No problem at all, best of luck! Thanks for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Indian English, the National Career Service portal: a source, no referral',
    lines: [
      [0, 'p', 'Respected madam, I have completed B.Com and searching for government job. Kindly tell me how to register in employment exchange.'],
      [30, 'l', 'Greetings from the Ask a Librarian service of Delhi Public Library. I am Anjali. May I know which state you reside in?'],
      [70, 'p', 'Delhi madam.'],
      [85, 'l', 'Registration is now done online on the National Career Service portal at ncs.gov.in: click "Register", choose "Jobseeker", and keep your Aadhaar and marksheets ready. Is this the information you required?'],
      [140, 'p', 'Yes madam, thank you very much. That is all.'],
      [150, 'l', 'You are welcome. All the best for your job search. Thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    // reading: the clarifying question is a substantive exchange; no source ever given: source and completeness fail
    name: 'cover letter question, patron gone after the clarifying question: check-in, disconnect notice; Lost Call with one patron message',
    lines: [
      [0, 'p', 'need help w cover letter for nursing job'],
      [25, 'l', 'Hi, this is Kim, a librarian with AskUsNow! Is this for a new grad RN position or are you experienced?'],
      [170, 'l', 'Hi, are you still with me?'],
      [370, 'l', "It seems you've been disconnected, so I'll end the chat now. Feel free to come back anytime. Bye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'follow-up: training providers for a CDL paid by WIOA; the list now, more by e-mail by Thursday: contact passes, on time pending',
    lines: [
      [0, 'p', 'Hi, I want to get my CDL but I cannot pay for the school. Is there a list of schools the state will pay for?'],
      [30, 'l', 'Hello, thank you for contacting Ask a Librarian. I am Rosa, a librarian at Harford County Public Library. Are you currently unemployed or working?'],
      [70, 'p', 'Unemployed since March.'],
      [85, 'l', 'Then WIOA training funds may cover it. The state Eligible Training Provider List is searchable on Maryland Workforce Exchange at mwejobs.maryland.gov (Education, then Find Schools). Does that list help for now?'],
      [150, 'p', 'Yes but it is confusing, I dont know which ones are near Bel Air'],
      [165, 'l', "I can pull the CDL schools near Bel Air from it and e-mail them to you. What e-mail should I send them to?"],
      [200, 'p', 'dmoore77@example.com'],
      [210, 'l', "Thanks, I have dmoore77@example.com. I'll send the list by Thursday. Is there anything else I can help with today?"],
      [240, 'p', 'No that is all, thank you!'],
      [248, 'l', 'You are welcome. Talk to you soon, goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: 'D. Moore', email: 'dmoore77@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'community college library to the career center\'s librarian: notice, a note why, the transfer; Handshake and the career center with e-mail',
    lines: [
      [0, 'p', 'hi where do i find internships for accounting majors'],
      [20, 'l', "Hi, I'm Jo at the Howard Community College Library chat. Our career services librarian knows this best, so I'll transfer you to her now. One moment."],
      [24, 'i', 'Kim: student wants accounting internships, career center stuff, yours.'],
      [27, 's', 'Chat transferred to Kim Lee', sys('transfer', 'kim')],
      [70, 'l', "Hi, I'm Kim, the career services librarian, picking up from Jo. Are you looking for paid internships for this summer?", KIM],
      [110, 'p', 'yes paid, summer', ],
      [125, 'l', 'Handshake (log in at howardcc.joinhandshake.com with your student ID) lists paid accounting internships; filter by "Accounting" and "Internship". The Career Center also reviews applications: e-mail careers@howardcc.edu. Did that help?', KIM],
      [170, 'p', 'yes thanks thats everything'],
      [178, 'l', 'Great, good luck! Thanks for chatting.', KIM],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    // reading: "When is it due?" shapes the answer (a deadline): it counts as clarifying
    name: 'patron in a hurry before a deadline: Purdue OWL cover letter page, no completeness question, "gotta go"',
    lines: [
      [0, 'p', 'URGENT need a cover letter example asap application closes at 5'],
      [15, 'l', "Hi, Jo from Ask Us here! Happy to help fast. Is it for an office job or something else?"],
      [35, 'p', 'admin assistant'],
      [50, 'l', "Purdue OWL has a sample and the parts of a cover letter at owl.purdue.edu/owl/job_search_writing/job_search_letters/cover_letters_1/index.html. Keep it to one page and name the job title in the first line."],
      [80, 'p', 'ok got it gotta go'],
      [86, 'l', 'Good luck with the application, bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'scripted macros: LinkedIn Learning through the library, macro "anything else" and macro goodbye',
    lines: [
      [0, 'p', 'I want to learn Excel to get a better job. Are there classes online?'],
      [10, 'l', 'Thank you for contacting Ask a Librarian! A librarian will be with you shortly.'],
      [40, 'l', "Hi, I'm Tom, a librarian at Prince George's County Memorial Library System. Are you a beginner with Excel, or do you know the basics?"],
      [80, 'p', 'total beginner'],
      [95, 'l', 'LinkedIn Learning is free with your library card: go to pgcmls.info, choose eResources, then LinkedIn Learning, and search "Excel Essential Training". Did this answer your question?'],
      [140, 'p', 'yes thanks'],
      [145, 'l', 'Is there anything else I can help you with today?'],
      [170, 'p', 'no'],
      [175, 'l', 'Thank you for using Ask a Librarian. Have a great day! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'computer classes: GCFGlobal and the library\'s free classes, register by calling the branch: referral passes',
    lines: [
      [0, 'p', 'i need to learn computers, every job application is online now and i cant do it'],
      [20, 'l', "Hi! I'm Gwen, a librarian at Washington County Free Library. I can help with that. Do you have a computer at home or do you use ours?"],
      [55, 'p', 'i use the library ones'],
      [70, 'l', 'We have free Computer Basics classes every Tuesday morning at the Hagerstown branch; to sign up, call the branch at 301-739-3250. You can practice at your own pace too with GCFGlobal, edu.gcfglobal.org/en/computerbasics. Does that help?'],
      [120, 'p', 'yes that helps a lot. thats all i needed'],
      [128, 'l', 'Wonderful! See you at class. Thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'slow provider, a job database question: 170 s without a word after the patron\'s answer: keep informed fails',
    lines: [
      [0, 'p', 'what job sites does the library have'],
      [20, 'l', 'Hello, Jo at Ask Us. Are you looking for jobs in a particular field?'],
      [50, 'p', 'healthcare, medical billing'],
      [220, 'l', "Our Job & Career Accelerator (samplelibrary.org/databases) has medical billing listings and practice tests, and Maryland Workforce Exchange at mwejobs.maryland.gov lists state jobs. Does that help?"],
      [260, 'p', 'yes thats everything thanks'],
      [265, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'late pickup (95 s), an interview-clothes question: Dress for Success with URL and phone',
    lines: [
      [0, 'p', 'is there anywhere that gives free clothes for a job interview'],
      [95, 'l', "Hi, sorry for the wait! I'm Jo, a librarian with AskUsNow!. Is the interview soon?"],
      [120, 'p', 'next week'],
      [135, 'l', 'Dress for Success Metropolitan Washington gives free interview suits by appointment: call 202-269-4200 or book at dressforsuccess.org/washington. Is that what you were looking for?'],
      [180, 'p', 'yes thats all thank you'],
      [186, 'l', 'Good luck next week! Bye.'],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    // reading: no name, no library, no service in the first two provider messages: the greeting fails
    name: 'provider never identifies: "Hi there!" then a question: greeting fails',
    lines: [
      [0, 'p', 'how do i get a forklift certification'],
      [15, 'l', 'Hi there!'],
      [20, 'l', 'Do you already work in a warehouse, or are you looking to get hired?'],
      [50, 'p', 'looking to get hired'],
      [65, 'l', "OSHA's forklift training page, osha.gov/powered-industrial-trucks/training, explains that employers certify you on their own trucks; many warehouses train new hires. Does that answer your question?"],
      [110, 'p', 'ok i see. thats all'],
      [116, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'formal academic, a graduate student\'s federal job search: USAJOBS and the career center with room and e-mail: referral passes',
    lines: [
      [0, 'p', 'Good evening. I am finishing my MPH and would like to apply for federal public health positions. Where should I begin?'],
      [30, 'l', 'Good evening, and thank you for contacting Ask a Librarian at the University of Maryland Libraries. My name is Elaine. Are you a U.S. citizen, and are you looking at entry-level or Pathways positions?'],
      [80, 'p', 'Yes, a citizen. Pathways for recent graduates, ideally.'],
      [95, 'l', 'The Pathways Recent Graduates program is searchable on USAJOBS at usajobs.gov/help/working-in-government/unique-hiring-paths/students/; filter by "Recent graduates". The federal résumé format differs from a private one: the University Career Center, Hornbake Library room 3100, reviews federal résumés; write to careers@umd.edu for an appointment. Does this answer your question?'],
      [160, 'p', 'It does, thank you. That is everything I needed.'],
      [170, 'l', 'You are most welcome. Best of luck with the applications, and thank you for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'non-native writer, denied claim, appeal: the Lower Appeals Division phone and the appeal page: referral passes',
    lines: [
      [0, 'p', 'Hi. Unemployment say me I am not eligible because I quit. But I not quit, they cut my hours. How I can fight this?'],
      [25, 'l', 'Hello, I am Jo, a librarian with AskUsNow!. I am sorry this happened. Did you get a letter called "Notice of Benefit Determination"?'],
      [65, 'p', 'Yes I have this letter from 3 days.'],
      [80, 'l', 'Good, you have 15 days from the date on it to appeal. The steps are on the appeals page, labor.maryland.gov/appeals. You can also call the Lower Appeals Division at 410-767-2421 to ask how to send it. Is this information what you need?'],
      [140, 'p', 'Yes thank you very much my friend'],
      [150, 'l', 'You are welcome. Anything else I can do for you?'],
      [175, 'p', 'No. Thank you'],
      [180, 'l', 'Good luck with your appeal! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "call your local Department of Social Services" gives no number
    name: 'laid-off patron, Medicaid for the kids: marylandhealthconnection.gov, "call your local Department of Social Services": referral fails',
    lines: [
      [0, 'p', 'can my kids get medicaid now that i lost my job'],
      [20, 'l', "Hi, I'm Sam, a librarian at Ask Us. How many are in your household, and do you have any income right now?"],
      [60, 'p', '3 of us, just unemployment'],
      [75, 'l', "With only unemployment income your children very likely qualify. You apply through Maryland Health Connection at marylandhealthconnection.gov; it checks Medicaid first. If you'd rather apply on paper, call your local Department of Social Services. Does that help?"],
      [120, 'p', 'yes thank you, thats all i need'],
      [126, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "I've got three other chats, so I need to wrap this up" with no way back ends the help for the provider's convenience
    name: 'provider ends for other chats with no way back: dismissal fails',
    lines: [
      [0, 'p', 'can you help me write my whole resume? i have my work history'],
      [20, 'l', "Hi, Jo at Ask Us. We can't write it for you, but I can point you to templates. What kind of work?"],
      [50, 'p', 'retail. can you look at what i have so far'],
      [65, 'l', 'The Resume Builder in LearningExpress Library on our Databases page has retail templates. Does that help?'],
      [100, 'p', 'kind of. but can you read mine'],
      [110, 'l', "I've got three other chats going, so I need to wrap this up. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: the patron's "ok" alone does not say they are done; nobody asks "anything else"
    name: 'job scam worry, warm provider: the FTC job scams page, patron only "ok", no anything-else',
    lines: [
      [0, 'p', 'a company texted me a job offer and wants me to buy equipment first with a check they send. is this real'],
      [25, 'l', "Hi, this is Dana with AskUsNow! Good instinct to ask. Did they interview you at all, or just text the offer?"],
      [60, 'p', 'just texted'],
      [75, 'l', 'That matches a common fake-check job scam. The FTC describes it, and how to report it, at consumer.ftc.gov/articles/job-scams. Does that help?'],
      [115, 'p', 'ok'],
      [125, 'l', 'Please be careful, and thanks for checking with us. Bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- more sessions for the fixes, in other words (labelled before running) ----
  {
    // reading: "call the unemployment office" names an office to call without a number: a referral without contact
    name: 'terse provider, claim question: the claimant guide URL, then "call the unemployment office if it locks you out": referral fails',
    lines: [
      [0, 'p', 'my beacon account is locked and my weekly claim is due today'],
      [18, 'l', 'Hi. Pat, librarian, Ask Us. Locked after too many password tries, or a message about identity?'],
      [45, 'p', 'too many password tries'],
      [60, 'l', 'Reset steps are in the Claimant Guide, labor.maryland.gov/employment/clmtguide, under "Password". If it still locks you out, call the unemployment office. That cover it?'],
      [100, 'p', 'ok yes'],
      [110, 'l', 'Anything else?'],
      [130, 'p', 'no'],
      [135, 'l', 'Good luck. Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "Dev, reference librarian, Ask Us." names who is answering (a name, a role, the service)
    name: 'veteran, terse: "Morning. Dev, reference librarian, Ask Us." then the food handler course: greeting passes',
    lines: [
      [0, 'p', 'need food safety manager cert for a job offer, where'],
      [20, 'l', 'Morning. Dev, reference librarian, Ask Us.'],
      [24, 'l', 'Manager level (CFPM) or just food handler?'],
      [60, 'p', 'manager, they said CFPM'],
      [75, 'l', 'ServSafe Manager: class and proctored exam listings at servsafe.com/ServSafe-Manager. Prince George\'s County accepts it. That answer it?'],
      [110, 'p', 'yes. done, thanks'],
      [115, 'l', 'Good luck with the job. Bye.'],
    ],
    // (relabelled after the first run) a bare "done" is not the explicit "that's all I needed" RUBRIC asks for
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'student worker: "hi!! Lee - library associate with Ask Us here" then a Spanish-speaking patron\'s work permit question',
    lines: [
      [0, 'p', 'hello how i can get work permit, i have asylum case pending'],
      [18, 'l', 'hi!! Lee - library associate with Ask Us here.'],
      [22, 'l', 'how long ago did you file the asylum application?'],
      [60, 'p', 'more than 1 year'],
      [75, 'l', 'ok! then you can usually apply with Form I-765; USCIS explains it (also in Spanish) at uscis.gov/i-765. did that help?'],
      [120, 'p', 'yes thank you, is all'],
      [126, 'l', 'good luck!! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'warm public library, first résumé in 15 years: LearningExpress résumé builder and a job-help appointment booked at the library\'s page: referral passes',
    lines: [
      [0, 'p', 'hi, I need to make a resume but I have not made one since 2009. I dont even know where to start'],
      [25, 'l', "Hi there, welcome to AskUsNow! I'm Dana, a librarian at Howard County Library System. Don't worry, lots of people are in the same boat. What kind of work are you looking for?"],
      [70, 'p', 'office work, reception, data entry. I was a stay at home mom'],
      [90, 'l', "That's great experience to build on. Let me find a couple of things for you."],
      [160, 'l', "LearningExpress Library has a Resume Builder with templates for office jobs: go to hclibrary.org, click Research, then LearningExpress Library, and log in with your library card. If you'd like someone to look it over with you, you can book a free job-help appointment with our career staff at hclibrary.org/jobhelp. Does that help?"],
      [230, 'p', 'yes thank you!! thats everything i needed'],
      [240, 'l', 'You are so welcome, good luck with the job hunt! Thanks for chatting with AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, a library volunteer\'s CV clinic: "schedule a one-to-one session with one of our volunteers on 0161 234 1983": referral passes',
    lines: [
      [0, 'p', "Hello, is there anyone who could check over my CV? I'm applying for care work."],
      [25, 'l', "Hello, you're through to Ask a Librarian at Manchester Libraries, I'm Sian. Do you have the CV saved digitally, or only on paper?"],
      [60, 'p', "It's on a memory stick"],
      [75, 'l', "Lovely. Our CV clinic runs on Thursdays at Central Library: you can schedule a one-to-one session with one of our volunteers on 0161 234 1983. For care work, the National Careers Service has a CV example at nationalcareers.service.gov.uk/careers-advice/cv-sections. Does that help?"],
      [120, 'p', "Perfect, that's all I needed. Ta!"],
      [128, 'l', 'Brilliant, good luck with it! Thanks for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic, mock interview for a grad student: "book a practice interview with a career advisor at careers.jhu.edu/appointments": referral passes',
    lines: [
      [0, 'p', 'Hi, is there a way to do a practice interview before my consulting interviews next month?'],
      [25, 'l', "Hi, I'm Tom, a librarian at the Johns Hopkins Sheridan Libraries. Are you an undergraduate or a graduate student?"],
      [60, 'p', 'PhD student, chemistry'],
      [75, 'l', 'The Life Design Lab runs mock case interviews for PhD students: you can book a practice interview with a career advisor at studentaffairs.jhu.edu/careers/appointments. Case in Point, in our catalogue at catalyst.library.jhu.edu, is the usual prep book. Is that what you were looking for?'],
      [130, 'p', 'Yes, thank you, that is everything.'],
      [138, 'l', 'Good luck with the interviews! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "it could really help to call" tells the patron to call a party (referralActor "it … help to"); its number is given
    name: 'warm, a nurse returning to work: "it could really help to call the Board of Nursing\'s licensing unit at 410-585-1900": referral passes',
    lines: [
      [0, 'p', 'my nursing license expired while i was home with my kids. how do i get it back so i can work again'],
      [25, 'l', "Hi, I'm Gwen, a librarian with AskUsNow!. How long has it been expired, and was it a Maryland license?"],
      [60, 'p', 'maryland, about 6 years'],
      [75, 'l', "After five years Maryland asks for a refresher course before reinstatement; the steps are on the Board of Nursing's reinstatement page at mbon.maryland.gov/Pages/reinstatement.aspx. Since every case is a little different, it could really help to call the Board's licensing unit at 410-585-1900. Does that answer your question?"],
      [130, 'p', "yes it does, that's everything. thank you"],
      [138, 'l', 'Good luck getting back to work! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "it may also help to speak with a workforce counselor" names a person to contact, with no way to reach one
    name: 'student worker, a GED holder asking about apprenticeships: "it may also help to speak with a workforce counselor": referral fails',
    lines: [
      [0, 'p', 'how do i get into an electrician apprenticeship? i only have a GED'],
      [15, 'l', "hi! i'm Maya, a student assistant on the Ask a Librarian chat. are you in maryland?"],
      [40, 'p', 'yes'],
      [55, 'l', "ok so a GED is fine for most programs! the state apprenticeship listings are at labor.maryland.gov/appr, search electrician. it may also help to speak with a workforce counselor about paying for tools. did that help?"],
      [100, 'p', 'yes thx thats all'],
      [105, 'l', 'yay good luck!! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "phone their benefits line" refers the patron to the employer's benefits office; no number given
    name: 'formal, COBRA election deadline: the DOL COBRA page, "phone your former employer\'s benefits line": referral fails',
    lines: [
      [0, 'p', 'Good morning. I was laid off two weeks ago and have not received any COBRA paperwork. How long do I have to elect coverage?'],
      [30, 'l', 'Good morning, and thank you for contacting Ask a Librarian at Montgomery County Public Libraries. My name is Elaine. Did your employer have 20 or more employees?'],
      [75, 'p', 'Yes, about 300.'],
      [90, 'l', "Then federal COBRA applies: the plan has up to 44 days to send the election notice, and you then have 60 days to elect. The Department of Labor explains it at dol.gov/general/topic/health-plans/cobra. If the notice does not arrive, phone your former employer's benefits line. Is that what you were looking for?"],
      [150, 'p', 'Yes, thank you. That is everything.'],
      [158, 'l', 'You are most welcome. Best of luck, and thank you for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'chat-speak, weekly claim question: "call the UI claimant info line at 667-207-6520": referral passes',
    lines: [
      [0, 'p', 'do i still file my weekly claim if i worked 2 days this week??'],
      [15, 'l', 'Hey, Jo at Ask Us here! How much did you earn for those 2 days, roughly?'],
      [40, 'p', 'like $180'],
      [55, 'l', 'Yes, still file, and report the $180 gross; the rules are in the Claimant Guide at labor.maryland.gov/employment/clmtguide. If BEACON gives you an error, call the UI claimant info line at 667-207-6520. Does that help?'],
      [90, 'p', 'ok yes thats all i needed'],
      [95, 'l', 'Great, good luck! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals with and without a way to reach them ----
  { name: '"call the unemployment claims line" with no number: referral fails', lines: then(CLAIM, 'You file in BEACON at beacon.labor.maryland.gov. If you have trouble, call the unemployment claims line. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call the claim center at 667-207-6520": referral passes', lines: then(CLAIM, 'You file in BEACON at beacon.labor.maryland.gov. If you have trouble, call the claim center at 667-207-6520. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"visit your local American Job Center": referral fails', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page has warehouse templates. You could also visit your local American Job Center for a free review. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"stop by your nearest American Job Center (find it at careeronestop.org/localhelp)": referral passes', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page has warehouse templates. You could also stop by your nearest American Job Center, which you can find at careeronestop.org/localhelp. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"talk to a career counselor" with no contact: referral fails', lines: then(RESUME, 'CareerOneStop has a résumé guide at careeronestop.org/JobSearch/Resumes. It might also help to talk to a career counselor. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the number is on your determination letter" (no number): referral fails', lines: then(CLAIM, 'The appeal steps are at labor.maryland.gov/appeals. Call the appeals office if you have questions; the number is on your determination letter. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"check with your community college about their CNA program": referral fails', lines: then(CERT, "The Board of Nursing's list of approved programs is at mbon.maryland.gov. Check with your community college about their CNA program too. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"CCBC\'s CNA program: call 443-840-4000": referral passes', lines: then(CERT, "The Board of Nursing's list of approved programs is at mbon.maryland.gov. For CCBC's CNA program, call their continuing education office at 443-840-4000. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'Spanish: "llame a la línea de reclamos al 667-207-6520": referral passes', lines: then(CLAIM, 'Puede solicitar en BEACON, beacon.labor.maryland.gov. Si tiene problemas, llame a la línea de reclamos al 667-207-6520. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"book a job-help appointment with us at samplelibrary.org/jobhelp": referral passes', lines: then(RESUME, 'CareerOneStop has a résumé guide at careeronestop.org/JobSearch/Resumes. You can also book a job-help appointment with our staff at samplelibrary.org/jobhelp. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'staff consulted on the patron\'s behalf ("I checked with our career librarian"): no referral', lines: then(RESUME, "I checked with our career librarian, and she recommends the warehouse templates in the Resume Builder in LearningExpress Library on our Databases page. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- sources ----
  { name: '"Try Indeed or LinkedIn." (sites named, no address): no source', lines: then(RESUME, 'Try Indeed or LinkedIn for warehouse listings. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"Search indeed.com for forklift jobs." : source passes', lines: then(RESUME, 'Search indeed.com for forklift jobs near you. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'the databases page named: "the Job & Career Accelerator on our Databases page" : source passes', lines: then(RESUME, 'The Job & Career Accelerator on our Databases page has a résumé builder for warehouse jobs. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- clarify ----
  { name: 'a restatement before the source: "So you need to reopen your claim after a part-time job ended?" : clarify passes', lines: [[0, 'p', 'my part time job ended, i was on unemployment before it'], [20, 'l', 'Hi, Jo at Ask Us. So you need to reopen your old claim now that the part-time job ended?'], [50, 'p', 'yes'], [70, 'l', 'You reopen it in BEACON at beacon.labor.maryland.gov under "Reopen Claim". Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source at once, no question: clarify fails', lines: [[0, 'p', 'where do i file for unemployment'], [20, 'l', 'Hi, Jo at Ask Us here. You file at beacon.labor.maryland.gov. Does that help?'], [50, 'p', 'ok thanks'], [56, 'l', 'Take care, bye!']], exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }) },
  { name: 'a deadline question before the source: "When is the application due?" : clarify passes', lines: [[0, 'p', 'need a cover letter example'], [20, 'l', 'Hi, Jo at Ask Us here. When is the application due?'], [40, 'p', 'tonight'], [55, 'l', 'Purdue OWL has samples at owl.purdue.edu. Does that help?'], [80, 'p', 'ok thanks'], [86, 'l', 'Take care, bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness ----
  { name: '"Does that résumé template work for you?" : completeness passes', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page has a warehouse template. Does that template work for you?'), exp: some({ complete: 'pass' }) },
  { name: '"Would you like me to find cover letter samples too?" (not yet given): completeness fails', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page has a warehouse template. Would you like me to find cover letter samples too?'), exp: some({ complete: 'fail' }) },
  // ---- closing ----
  { name: 'the patron: "thats everything, thanks" : anything else passes', lines: then(CLAIM, 'You file at beacon.labor.maryland.gov. Does that help?', 'thats everything, thanks'), exp: some({ anything: 'pass' }) },
  { name: 'the patron: "ok thanks" alone: anything else fails', lines: then(CLAIM, 'You file at beacon.labor.maryland.gov. Does that help?', 'ok thanks'), exp: some({ anything: 'fail' }) },
  { name: '"Any other questions about your claim?" : anything else passes', lines: [...CLAIM, [70, 'l', 'You file at beacon.labor.maryland.gov. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Any other questions about your claim?'], [130, 'p', 'no'], [135, 'l', 'Take care, bye!']], exp: some({ anything: 'pass' }) },
  // ---- greeting ----
  { name: '"Hello, this is the job help desk at Sample County Library." : greeting passes', lines: [[0, 'p', 'help with resume'], [15, 'l', 'Hello, this is the job help desk at Sample County Library. What kind of job is it for?'], [40, 'p', 'retail'], [55, 'l', 'The Resume Builder in LearningExpress Library on our Databases page has retail templates. Does that help?'], [80, 'p', 'ok thanks'], [86, 'l', 'Take care, bye!']], exp: some({ greeting: 'pass' }) },
  { name: '"Hey! What kind of job?" twice, no name or service: greeting fails', lines: [[0, 'p', 'help with resume'], [15, 'l', 'Hey!'], [18, 'l', 'What kind of job is it for?'], [40, 'p', 'retail'], [55, 'l', 'The Resume Builder in LearningExpress Library on our Databases page has retail templates. Does that help?'], [80, 'p', 'ok thanks'], [86, 'l', 'Take care, bye!']], exp: some({ greeting: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for the "it … help to" actor: what helps is no party
  { name: 'near miss: "It might help to look at the sample résumés first." : no referral', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page has warehouse templates. It might help to look at the sample résumés first. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "It may help to visit our Databases page and open Job & Career Accelerator." : no referral', lines: then(RESUME, 'It may help to visit our Databases page at samplelibrary.org/databases and open Job & Career Accelerator. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "That would help if you want to print it." (no party): no referral', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page saves a PDF. That would help if you want to print it. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for callLineK4: lines that are nobody's to call
  { name: 'near miss: "The bus line to the American Job Center runs hourly." : no referral', lines: then(CLAIM, 'You file at beacon.labor.maryland.gov. The public computers are at our Central branch; the bus line to it runs hourly. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Put your phone number on the first line of the résumé." : no referral', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page has warehouse templates. Put your phone number on the first line of the résumé. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Call up the first line of the template and type your name." : no referral', lines: then(RESUME, 'The Resume Builder in LearningExpress Library on our Databases page has warehouse templates. Call up the first line of the template and type your name. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for bookStaffK4: someone else books, or no meeting with a helper
  { name: 'near miss: "Our staff can book a session with a career coach for you; the calendar is at …" : no referral', lines: then(RESUME, 'Our staff can book a session with a career coach for you; the calendar is at samplelibrary.org/jobhelp. The Resume Builder in LearningExpress Library is on our Databases page. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "You can book a study room with our online system at …" : no referral', lines: then(RESUME, 'You can book a study room with our online system at samplelibrary.org/rooms to work on it quietly. The Resume Builder in LearningExpress Library is on our Databases page. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "We booked a session with our career coach for the job fair; details at …" : no referral', lines: then(RESUME, 'We booked a session with our career coach for the job fair; details at samplelibrary.org/jobfair. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses for askUsNameK4: "ask us" as a verb, or a role that is someone else's
  { name: 'near miss: "Hi! If the librarian can\'t help, ask us again tomorrow." (no one named): greeting fails', lines: [[0, 'p', 'my beacon account is locked'], [18, 'l', "Hi! If the librarian can't help, ask us again tomorrow."], [22, 'l', 'Is it locked after password tries?'], [45, 'p', 'yes'], [60, 'l', 'Steps at labor.maryland.gov/employment/clmtguide. That cover it?'], [90, 'p', 'ok'], [95, 'l', 'Bye.']], exp: some({ greeting: 'fail' }) },
  { name: 'near miss: "Hi. Your librarian can help; Ask Us at the desk." (someone else): greeting fails', lines: [[0, 'p', 'my beacon account is locked'], [18, 'l', 'Hi. Your librarian can help; Ask Us at the desk.'], [22, 'l', 'Is it locked after password tries?'], [45, 'p', 'yes'], [60, 'l', 'Steps at labor.maryland.gov/employment/clmtguide. That cover it?'], [90, 'p', 'ok'], [95, 'l', 'Bye.']], exp: some({ greeting: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('thirtieth round (K4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (K4): job seekers, every check', whole);
describeSessions('thirtieth round (K4): job seekers, short cases', short);
describeSessions('thirtieth round (K4): job seekers, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  // once LEFT ("132 850", an Australian 13 number of six digits, was not read as a phone): read since v41 G22, whose
  // AU_13_G22 reads a 13 number in two threes after "on / at", a calling verb or at the start of a number run
  {
    name: 'Australian, JobSeeker payment: Services Australia page and the Centrelink line on 132 850: referral passes',
    lines: [
      [0, 'p', 'hey just lost my job, how do i get jobseeker'],
      [20, 'l', "G'day, Bec here from the Ask a Librarian chat at State Library of Queensland. Sorry to hear it. Do you already have a myGov account linked to Centrelink?"],
      [50, 'p', 'nah'],
      [65, 'l', "Righto. The steps are on Services Australia's JobSeeker page, servicesaustralia.gov.au/jobseeker-payment: set up myGov first, then link Centrelink. If you get stuck, call the Centrelink employment services line on 132 850. That what you were after?"],
      [110, 'p', 'yep thats great ta. all good'],
      [118, 'l', 'Anything else I can help with?'],
      [140, 'p', 'nah thats it'],
      [145, 'l', 'No worries, good luck mate. Cheers!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describeSessions('thirtieth-round-jobs: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirtieth-round-jobs', LEFT);
