/**
 * Thirty-fourth round, area (G5): LICENCES, CERTIFICATIONS AND PROFESSIONAL EXAMS. The CDL, a real-estate licence, a
 * cosmetology or barber licence, the NCLEX, the GED and the HiSET, the ASVAB, a contractor's or electrician's licence, a
 * food-handler card, a notary commission, a teaching certificate or a nursing licence moved from another state or another
 * country; practice tests in the library's databases (LearningExpress, Peterson's), study guides in the catalogue, the
 * licensing boards' and testing companies' sites, the library's proctoring service and exam-room booking; referrals to the
 * board, the MVA, the testing centre, the community college's workforce office, the American Job Center. Adult learners,
 * career changers, veterans, immigrants with foreign credentials, non-native and Spanish-writing patrons (referral.contact,
 * info.source, inquiry.clarify, followup.*, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "You'd need to contact the State Board of Barbers directly",
 *   "talk to your nursing program's academic advisor", "call the Board of Pharmacy about the internship hours", "check with
 *   your state's licensing board", "The Board of Cosmetologists can tell you whether your hours transfer", "ask at the MVA".
 *  a referral WITH one (passes): "call the Real Estate Commission, 410-230-6230", "puede llamar al programa de educación
 *   para adultos del Montgomery College al 240-567-8000", "the Board of Nursing at 410-585-1900", "visit the American Job
 *   Center at 1100 N. Eutaw St", "e-mail our proctoring desk at proctor@…", "contact the workforce office at ccbcmd.edu/…".
 *  a source, not a referral: "LearningExpress Library (log in with your card)", "Peterson's Test and Career Prep", "the CDL
 *   manual at mva.maryland.gov", "ged.com", "hiset.org", "nclex.com", "servsafe.com", "the Praxis pages at ets.org/praxis".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - the patron naming the licence and state in the first message does not excuse the clarifying question: no provider
 *   question before the first source fails clarify;
 * - a clarifying question left unanswered (the patron gone) is still a substantive exchange: the information checks apply;
 * - declining to give the answers to an exam ("I can't give you the test answers, but…") ends no help: dismissal passes;
 * - "my shift is over and I have to log off now" with no way back ends the help for the provider's convenience: fails;
 * - "someone from your library will contact you" is a promise of follow-up, not a referral (no one is told to contact);
 * - the board's own page given in the sentence that tells the patron to call it is a way to reach it (URL): passes;
 * - the MVA's own site (mva.maryland.gov) given in the sentence before "call the MVA" is a way to reach it: passes (LEFT).
 * Written: 30 whole sessions (27 first, 3 more for the fixes; 1 of the first moved to LEFT), 28 short cases (24 first, 4 for
 * the fixes; 1 moved to LEFT), 7 near misses in `guards`. First run (27 whole + 24 short, labelled before running): 5 of 51
 * disagreed: info.source 2 (nabp.pharmacy/programs/fpgec not read as a domain; "Peterson's Test and Career Prep in our
 * databases" not read as a named database), referral.contact 2 (the notary's clerk with "the clerks' offices and phone
 * numbers are listed at mdcourts.gov/clerks"; "call the MVA" after mva.maryland.gov/cdl), closing.courteous 1 ("You are most
 * welcome. Good afternoon!"). My labels corrected: 0 (all 5 re-read against RUBRIC.md and kept). Fixed in block G5
 * (phrase families, v35 only; no settings, no code):
 *  - knownResource: the test-prep databases libraries license, by their full names ("Peterson's Test and Career Prep",
 *    "Peterson's Test & Career Prep", "Testing & Education Reference Center") [near misses: "Mr. Peterson's test prep class",
 *    "the testing and assessment center at the college", "Dr. Peterson's test and study tips", "Peterson's career prep
 *    advice"];
 *  - url: the .pharmacy top-level domain, with a path or after "at / on / visit / see / via" ("nabp.pharmacy/programs/fpgec",
 *    "visit safe.pharmacy") [near misses: a full stop with its space lost, "working in a pharmacy.Pharmacy school…", "at the
 *    hospital pharmacy.Pharmacy law…", "ask your own pharmacist.Pharmacy techs…"].
 * Second run (the fixes' 7 cases and 7 near misses, labelled before running): 0 disagreed.
 * Left: 2 (LEFT, each with its reason): the notary session (courteous and the clerk's directory URL) and "call the MVA" after
 * the MVA's own site in the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

const HOUR = 3600;

/** A CDL question up to the patron's answer to the clarifying question. */
const CDL: Line[] = [
  [0, 'p', 'hi im trying to get my CDL, where do i start'],
  [20, 'l', "Hi, I'm Jo at AskUsNow!. Is this for a Class A or Class B, and in Maryland?"],
  [50, 'p', 'class A, maryland'],
];
/** A nursing licence question up to the patron's answer. */
const RN: Line[] = [
  [0, 'p', 'I am a nurse moving to Maryland, how do I get my license here'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Which state are you licensed in now?'],
  [50, 'p', 'Virginia, RN'],
];
/** A Spanish GED question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, quiero sacar el GED, me pueden ayudar'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Lo quiere tomar en español o en inglés?'],
  [50, 'p', 'en español'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, Class A CDL: the MVA\'s CDL manual and LearningExpress',
    lines: [
      [0, 'p', 'Hi! I want to study for my CDL permit test, do you guys have practice tests?'],
      [25, 'l', "Hi there, welcome to AskUsNow! This is Dana, a librarian at Harford County Public Library. Happy to help! Are you going for a Class A or Class B, and is it the Maryland test?"],
      [60, 'p', 'class A, yes maryland'],
      [80, 'l', "Great! The Maryland Commercial Driver's License Manual is free on the MVA site: mva.maryland.gov, search \"CDL manual\". For practice, LearningExpress Library has CDL practice tests for general knowledge, air brakes and combination vehicles; log in with your library card at hcplonline.org/learningexpress. Does that cover what you need?"],
      [140, 'p', 'yes perfect, thats all i need. thanks so much'],
      [148, 'l', 'You are so welcome! Good luck on the test, and thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'nursing graduate after a failed first try at the NCLEX-RN: Peterson\'s and a Saunders review in the catalogue',
    lines: [
      [0, 'p', 'hello. I failed the NCLEX last month and I have to retake it in 45 days. I am really stressed. Do you have anything that can help me study'],
      [30, 'l', "Hello, I'm Marcus, a reference librarian with Ask Us. I'm sorry, that's a hard thing, and lots of people pass on the second try. Is it the NCLEX-RN or the NCLEX-PN?"],
      [70, 'p', 'RN'],
      [90, 'l', "Peterson's Test and Career Prep, in our databases at library.example.org/databases, has full NCLEX-RN practice tests with explanations. We also have Saunders Comprehensive Review for the NCLEX-RN Examination in the catalogue; two copies are on the shelf at Central. Is that what you were looking for?"],
      [150, 'p', 'yes thank you. I will try the Petersons tonight'],
      [160, 'l', 'Is there anything else I can help you with?'],
      [185, 'p', 'no that is all'],
      [192, 'l', 'Take care of yourself, and good luck on the retake!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, the GED in Spanish: ged.com and the college\'s adult education programme with a phone',
    lines: [
      [0, 'p', 'hola buenas tardes, quiero sacar el GED pero no hablo mucho ingles'],
      [30, 'l', 'Hola, buenas tardes. Soy Marta, bibliotecaria de AskUsNow!. ¿En qué estado vive usted?'],
      [70, 'p', 'en Maryland, en Silver Spring'],
      [90, 'l', 'En Maryland el GED se puede tomar en español. Puede crear su cuenta y ver los exámenes de práctica en ged.com. Para clases gratis, puede llamar al programa de educación para adultos de Montgomery College al 240-567-8000. ¿Le sirve esta información?'],
      [150, 'p', 'si muchas gracias, es todo lo que necesitaba'],
      [158, 'l', '¡De nada! Mucha suerte con el examen.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran provider, real-estate licence: the commission\'s page and phone',
    lines: [
      [0, 'p', 'how do i get a real estate license. switching careers'],
      [12, 'l', 'Hi, Tom at Ask Us. Which state?'],
      [30, 'p', 'MD'],
      [45, 'l', "60 hrs pre-licensing at an approved school, then the PSI exam. School list + exam info: labor.maryland.gov/license/mrec. Application questions: call the Real Estate Commission, 410-230-6230. That help?"],
      [80, 'p', 'yep'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'nah im set'],
      [99, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'barber licensed in New York, moving to Maryland: Milady\'s in the catalogue, "contact the State Board of Barbers" with no contact',
    lines: [
      [0, 'p', 'Good morning, I have a barber license from New York. Can I use it in Maryland or do I have to take the test again?'],
      [35, 'l', 'Good morning! This is Renee at AskUsNow!. How long have you been licensed in New York?'],
      [80, 'p', 'about 6 years'],
      [110, 'l', "Maryland does license barbers from other states by reciprocity in some cases, but it depends on your hours and years. You'd need to contact the State Board of Barbers directly to ask about your situation. If you do need to sit the exam, Milady Standard Barbering is in our catalogue and is what most people study from. Does that help?"],
      [170, 'p', 'ok thank you'],
      [176, 'l', 'Anything else today?'],
      [190, 'p', 'no'],
      [195, 'l', 'Have a great day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'food-handler card, a patron who wants the answers: the provider declines and points to ServSafe',
    lines: [
      [0, 'p', 'can u just tell me the answers for the servsafe test lol i take it tomorrow'],
      [20, 'l', "Hi, this is Kim from Ask a Librarian! I can't give you test answers, but I can help you study. Is it the ServSafe Food Handler test or the Manager certification?"],
      [55, 'p', 'food handler'],
      [70, 'l', 'ServSafe has a free Food Handler practice test at servsafe.com (Food Handler > Practice Test), and the Food Handler Guide is there too. Did that help?'],
      [110, 'p', 'ya ok thx thats all'],
      [115, 'l', 'Good luck tomorrow! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'ASVAB, the patron vanishes after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'do you have asvab study stuff'],
      [18, 'l', 'Hi! Chris here, a librarian at Ask Us. Are you taking it at your school or through a recruiter?'],
      [50, 'p', 'recruiter'],
      [65, 'l', "LearningExpress Library has full ASVAB practice tests: log in with your library card at ourlibrary.org/learningexpress. We also have ASVAB For Dummies in the catalogue. Does that help?"],
      [200, 'l', 'Are you still there?'],
      [290, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'teaching certificate from Texas: the source at once, no question',
    lines: [
      [0, 'p', "I'm moving from Texas to Maryland in June. How do I transfer my teaching certificate?"],
      [25, 'l', "Hello, I'm Priya, a librarian at AskUsNow!. The Maryland State Department of Education explains it at marylandpublicschools.org (Certification > Out-of-State Applicants). With a valid Texas certificate and three years' experience you can usually get a Maryland certificate through reciprocity. Does that answer your question?"],
      [90, 'p', "Yes, that's everything. Thank you!"],
      [96, 'l', 'Best of luck with the move!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'non-native patron, a nurse trained in the Philippines: CGFNS, the Board of Nursing\'s phone, an e-mail follow-up by Thursday',
    lines: [
      [0, 'p', 'Good day mam/sir. I am registered nurse in Philippines, now I am living in Baltimore. What I have to do for work as nurse here?'],
      [40, 'l', 'Hello and welcome to AskUsNow!. My name is Grace and I am a librarian. Have you already taken the NCLEX exam, or not yet?'],
      [90, 'p', 'not yet. I have my diploma and license from Philippines'],
      [120, 'l', 'First your education must be evaluated by CGFNS International (cgfns.org, the Credentials Evaluation Service). Then you apply to the Maryland Board of Nursing to take the NCLEX-RN: contact them at 410-585-1900. Is that what you were looking for?'],
      [200, 'p', 'yes thank you. also is there any class for bridge program?'],
      [215, 'l', 'Let me check.'],
      [300, 'l', "I'm not finding a good list right now. I'll look further into bridge programs for foreign-educated nurses in Maryland and e-mail you by Thursday. What is your e-mail address?"],
      [350, 'p', 'maria.santos@example.com'],
      [360, 'l', 'Thank you. I will send it to maria.santos@example.com by Thursday. Anything else I can help with today?'],
      [400, 'p', 'no that is all, thank you so much'],
      [408, 'l', 'You are welcome, Maria. Take care!'],
    ],
    over: { ...FU_ME, patron: { name: 'Maria', email: 'maria.santos@example.com', phone: null }, followUps: [{ doneAt: at(30 * HOUR), by: 'jo', note: 'sent list of RN refresher/bridge programs' }] },
    exp: usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'career changer, journeyman electrician: the board\'s page in the sentence that says to call it',
    lines: [
      [0, 'p', 'hi, i did 4 years as an electricians helper and want to get my journeyman license in maryland. how?'],
      [25, 'l', "Hi, this is Sam with Ask Us at Baltimore County Public Library. Was the 4 years under a licensed master electrician?"],
      [60, 'p', 'yes'],
      [85, 'l', 'Then you can apply to sit the journeyman exam. Call the State Board of Master Electricians to check your hours count; their page with the application is labor.maryland.gov/license/elec. Did that help?'],
      [140, 'p', 'yes it did'],
      [145, 'l', 'Anything else I can help with?'],
      [160, 'p', 'no thanks'],
      [165, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak and a student worker, the HiSET: hiset.org practice test',
    lines: [
      [0, 'p', 'hey is the hiset hard?? where can i practice'],
      [15, 'l', "hey! I'm Kayla, a student assistant at the Ask Us desk :) what state r u testing in?"],
      [40, 'p', 'NJ'],
      [55, 'l', 'ok so NJ uses the HiSET! there is a free official practice test at hiset.org (Prepare > Free Practice Tests). did that help?'],
      [80, 'p', 'ya thx'],
      [84, 'l', 'np! anything else?'],
      [95, 'p', 'nope'],
      [99, 'l', 'bye, good luck!!'],
    ],
    exp: usual(),
  },
  {
    name: 'CDL, the provider logs off at the end of the shift with no way back',
    lines: [
      ...CDL,
      [70, 'l', "The Maryland CDL manual is at mva.maryland.gov. Does that help?"],
      [110, 'p', 'yeah. also how much does the road test cost and do i need my own truck'],
      [130, 'l', 'Sorry, my shift is over and I have to log off now. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'the library\'s proctoring desk and a study room for an online real-estate exam: "e-mail proctor@…"',
    lines: [
      [0, 'p', 'Hi, I have to take my real estate course final online with a proctor. Does the library do that?'],
      [25, 'l', "Hi! I'm Lee, a librarian at Howard County Library System. Which branch is closest, and when is the exam?"],
      [60, 'p', 'Elkridge, sometime next week'],
      [80, 'l', 'Our proctoring service needs a week\'s notice: e-mail proctor@hclibrary.org with your exam details. You can also book a quiet study room at Elkridge at hclibrary.org/rooms. Is that the kind of thing you needed?'],
      [130, 'p', "Perfect, that's everything. Thanks!"],
      [136, 'l', 'Good luck on the final!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'transfer to the business librarian: a home improvement contractor\'s licence (MHIC)',
    lines: [
      [0, 'p', 'what do i need for a home improvement contractor license'],
      [20, 'l', 'Hello, this is Jo at Ask Us. Is this for Maryland, and for you as the contractor or a salesperson?'],
      [50, 'p', 'maryland, me, starting my own business'],
      [60, 'l', "I'm going to transfer you to Rosa, our business librarian, who knows licensing well. One moment please."],
      [63, 'i', 'pt wants MHIC contractor licence + starting a business, business q'],
      [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, Rosa from the business desk here. The Maryland Home Improvement Commission's page at labor.maryland.gov/license/mhic lists what you need: the exam through PSI, proof of insurance, and a credit report. Does that help?", ROSA],
      [160, 'p', 'yes thank you, thats all'],
      [165, 'l', 'Good luck with the business, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a patron asks for the answers to the MVA knowledge test: declined, the driver\'s manual',
    lines: [
      [0, 'p', 'whats the answers to the mva learners permit test'],
      [20, 'l', "Hi there, this is Ana from AskUsNow!. The test questions aren't public, so I can't give you answers, but I can point you to what they come from. Is it your first permit?"],
      [60, 'p', 'yes'],
      [75, 'l', "All the questions come from the Maryland Driver's Manual, free at mva.maryland.gov (Drivers > Driver's Manual), and the MVA has a practice test on the same page. Does that help?"],
      [120, 'p', 'ok'],
      [125, 'l', 'Is there anything else I can help with?'],
      [150, 'p', 'no'],
      [154, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'cut short: GED books, the patron gone before answering the question',
    lines: [
      [0, 'p', 'do u have GED books'],
      [30, 'l', 'Hi, I\'m Jo at Ask Us! Are you looking for books to borrow, or online practice tests?'],
      [160, 'l', 'Are you still there?'],
      [250, 'l', "It seems you've disconnected, so I'll close this chat now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish, the CDL in Spanish: "puede llamar a la MVA al 410-768-7000"',
    lines: [
      [0, 'p', 'buenas, se puede hacer el examen del CDL en español?'],
      [30, 'l', '¡Hola! Soy Lucía, bibliotecaria de AskUsNow!. ¿Es para Maryland?'],
      [60, 'p', 'si'],
      [85, 'l', 'El examen de conocimientos del CDL en Maryland se puede tomar en español, pero el manual oficial solo está en inglés, en mva.maryland.gov. Para confirmar las fechas, puede llamar a la MVA al 410-768-7000. ¿Le sirve esta información?'],
      [140, 'p', 'si, gracias'],
      [146, 'l', '¿Necesita algo más?'],
      [170, 'p', 'no gracias'],
      [175, 'l', '¡Que le vaya bien, adiós!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian provider in the cooperative, the Praxis: ets.org and Peterson\'s',
    lines: [
      [0, 'p', 'Hello, I need to take the Praxis Core for my teaching program. Any study materials?'],
      [30, 'l', "Hello, Bronwyn here from the Ask a Librarian cooperative. Happy to help! Which parts are you sitting: reading, writing, maths, or all three?"],
      [70, 'p', 'all three'],
      [95, 'l', "No worries. ETS has free interactive practice tests at ets.org/praxis (Prepare > Core). Peterson's Test and Career Prep, through your library's databases, has full Praxis Core practice tests as well. Is that what you were after?"],
      [150, 'p', "Yes, that's all I needed. Thanks!"],
      [158, 'l', 'Cheers, and best of luck with the exams!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, a B.Pharm from India: NABP\'s FPGEC page, "call the New Jersey Board of Pharmacy" with no contact',
    lines: [
      [0, 'p', 'Kindly tell me the process for pharmacist licence. I am having B.Pharm from India and 3 years experience.'],
      [35, 'l', 'Hello, this is Neil, a librarian with the Ask Us cooperative. Which state do you plan to work in?'],
      [80, 'p', 'New Jersey'],
      [110, 'l', "Foreign-trained pharmacists first get FPGEC certification: the steps (education evaluation, the FPGEE and the TOEFL iBT) are on NABP's site at nabp.pharmacy/programs/fpgec. It would be best to also call the New Jersey Board of Pharmacy about the internship hours they require. Does this answer your question?"],
      [180, 'p', 'Yes. That is all. Thank you very much.'],
      [188, 'l', 'You are welcome. All the best!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a proctored exam at the patron\'s own library: follow-up by the patron\'s library, e-mail repeated, "by Monday"',
    lines: [
      [0, 'p', 'hi, can my library proctor my cosmetology theory exam? I live in Frederick'],
      [30, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Which exam is it, and when is your deadline?"],
      [70, 'p', 'the state written exam prep quiz from my school, by the 20th'],
      [90, 'l', "Frederick County Public Libraries' proctoring policy is at fcpl.org/proctoring. They book it themselves, so I'll pass your request to them and someone from your library will contact you by Monday. Is jlee@example.com the best e-mail?"],
      [140, 'p', 'yes thats right'],
      [150, 'l', 'Great, they will write to jlee@example.com by Monday. Does that answer your question?'],
      [180, 'p', 'yes'],
      [186, 'l', 'Anything else I can help with?'],
      [200, 'p', 'no thats all'],
      [205, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'jlee@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'anxious about an NCLEX-PN retake: nclex.com, "talk to your program\'s academic advisor" with no contact',
    lines: [
      [0, 'p', 'i failed the PN boards twice, can i even take it again? im freaking out'],
      [25, 'l', "Hi, I'm Sam at Ask Us. I'm sorry, that sounds really stressful. Which state are you testing in?"],
      [60, 'p', 'maryland'],
      [85, 'l', "You can retake it: the NCLEX rules let you test again 45 days after each attempt, up to 8 times a year, but Maryland may ask for a remediation course after a few tries. The candidate rules are at nclex.com (Candidate Bulletin). Talk to your nursing program's academic advisor about a review course. Does that help?"],
      [150, 'p', 'ok that helps a lot actually'],
      [156, 'l', 'Anything else I can help with?'],
      [170, 'p', 'no'],
      [175, 'l', 'You can do this. Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'sloppy: ASVAB login, no name, a 210-second silence, no completeness question',
    lines: [
      [0, 'p', 'how do i log into learningexpress for asvab'],
      [20, 'l', 'hi'],
      [25, 'l', 'from home or in the library?'],
      [50, 'p', 'home'],
      [260, 'l', 'go to ourlibrary.org/learningexpress and use your card number and PIN, then Career Center > ASVAB'],
      [300, 'p', 'ok thanks'],
      [305, 'l', 'bye'],
    ],
    exp: usual({ greeting: 'fail', informed: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'food-handler card, Spanish-writing patron, English provider: the county licensure office\'s phone',
    lines: [
      [0, 'p', 'hola, necesito la tarjeta para manejar comida para trabajar en restaurante, donde la saco'],
      [30, 'l', 'Hola! Soy Jo de AskUsNow!. ¿En qué condado trabaja?'],
      [65, 'p', 'montgomery'],
      [90, 'l', 'En Montgomery, el certificado de manejo de alimentos lo regula la oficina de Licensure and Regulatory Services. Llame al 240-777-3986 para preguntar por los cursos en español. ¿Le sirve?'],
      [140, 'p', 'si gracias es todo'],
      [146, 'l', '¡De nada, adiós!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'veteran, paying for CDL school: the American Job Center\'s address and phone',
    lines: [
      [0, 'p', 'Army vet here, looking at CDL school but its $5k. Any help paying?'],
      [25, 'l', 'Thanks for your service, and welcome to AskUsNow!. I\'m Dana, a librarian. Are you in Baltimore City or one of the counties?'],
      [60, 'p', 'the city'],
      [85, 'l', "WIOA training grants can cover CDL school, and veterans get priority. Visit the Eastside American Job Center at 3001 E. Madison St, Baltimore, or call 410-396-9030, and ask for the veterans' representative. Your GI Bill may also cover approved CDL schools: check va.gov/education. Did that help?"],
      [150, 'p', 'yes very much'],
      [155, 'l', 'Anything else today?'],
      [170, 'p', "no that's everything"],
      [176, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'scripted macros, the community college\'s workforce office by its URL, a hold while searching',
    lines: [
      [0, 'p', 'are there any classes to get certified as a pharmacy tech near Towson'],
      [10, 'l', 'Thank you for contacting AskUsNow! A librarian will be with you shortly.'],
      [40, 'l', 'Hello, my name is Jo and I am a librarian. Do you want a class in person or online?'],
      [70, 'p', 'in person'],
      [80, 'l', 'One moment while I look that up.'],
      [170, 'l', "CCBC's workforce office runs a Pharmacy Technician certificate at Essex and Catonsville. Contact the Workforce Development office at ccbcmd.edu/workforce to register. Does that answer your question?"],
      [220, 'p', 'yes thanks'],
      [226, 'l', 'Is there anything else I can help you with today?'],
      [245, 'p', 'no'],
      [250, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a cosmetology licence from El Salvador: "The Board of Cosmetologists can tell you whether your hours transfer"',
    lines: [
      [0, 'p', 'I was a cosmetologist in El Salvador for 10 years, can I get a license here?'],
      [30, 'l', "Hello, I'm Ana, a librarian with AskUsNow!. Are you in Maryland?"],
      [60, 'p', 'yes, in Prince George\'s'],
      [85, 'l', "Maryland asks foreign-trained cosmetologists to have their training evaluated and then to pass the exam. The State Board of Cosmetologists can tell you whether your hours transfer. The exam is given by PSI; the candidate handbook is at psiexams.com. Does that help?"],
      [150, 'p', 'ok, thank you, that is all'],
      [156, 'l', 'You are welcome. Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'real-estate salesperson exam, a career changer: Gale\'s Testing & Education Reference Center named, no URL (fix: known resource)',
    lines: [
      [0, 'p', 'hi, I am 52 and changing careers into real estate. I have the PSI exam in a month. Any practice exams?'],
      [30, 'l', "Hello, and good for you! I'm Pat, a librarian at Carroll County Public Library. Is it the Maryland salesperson exam?"],
      [70, 'p', 'yes the salesperson one'],
      [95, 'l', "Our Testing & Education Reference Center has full real estate salesperson practice exams, national and state portions, with your library card. Did that help?"],
      [150, 'p', "yes, that's exactly what I needed, thank you. That's all."],
      [158, 'l', 'You are welcome, and good luck on the exam!'],
    ],
    exp: usual(),
  },
  {
    name: 'pharmacy technician checking a pharmacy\'s licence: "visit safe.pharmacy", the only source (fix: domain)',
    lines: [
      [0, 'p', 'I got a job offer from an online pharmacy as a tech but I want to make sure they are legit'],
      [25, 'l', "Hi, I'm Jo at Ask Us. Smart to check! Is the pharmacy in the US, do you know?"],
      [60, 'p', 'they say florida'],
      [85, 'l', 'NABP keeps a list of safe, licensed online pharmacies: visit safe.pharmacy and search the name. Is that what you were looking for?'],
      [140, 'p', 'yes found them, thank you, thats all'],
      [146, 'l', 'Great, good luck with the job!'],
    ],
    exp: usual(),
  },
  {
    name: 'ASVAB, terse: "Peterson\'s Test & Career Prep" in the databases, no URL (fix: known resource)',
    lines: [
      [0, 'p', 'asvab practice tests?'],
      [10, 'l', 'Hi, Ray at Ask Us. Online or print?'],
      [30, 'p', 'online'],
      [40, 'l', "Peterson's Test & Career Prep, under Databases, has 6 full ASVAB practice tests. That help?"],
      [70, 'p', 'yes'],
      [74, 'l', 'Anything else?'],
      [85, 'p', 'no'],
      [88, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- clarify ----------------------------------------------------------------------------------------------------------
  { name: '"Which state are you licensed in now?" before the source: clarify passes', lines: then(RN, "The Maryland Board of Nursing's endorsement steps are at mbon.maryland.gov. Does that help?"), exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  { name: 'the CDL manual at once, no question: clarify fails', lines: [[0, 'p', 'cdl manual maryland'], [15, 'l', "Hi, Jo at Ask Us. It's free at mva.maryland.gov, search CDL manual. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass' }) },
  { name: '"So you want the practice tests, not the books?" : clarify passes', lines: [[0, 'p', 'ged practice'], [15, 'l', 'Hi, Jo at Ask Us. So you want the practice tests, not the books?'], [40, 'p', 'yes'], [50, 'l', 'LearningExpress Library in our databases has GED practice tests. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: '"When is your test date?" : clarify passes', lines: [[0, 'p', 'nclex books?'], [15, 'l', 'Hi, Jo at Ask Us. When is your test date?'], [40, 'p', 'in 3 weeks'], [50, 'l', 'Saunders Comprehensive Review for the NCLEX-RN is in our catalogue, available now. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  // ---- source ----------------------------------------------------------------------------------------------------------
  { name: '"the MVA has practice tests" with no way to reach it: source fails', lines: then(CDL, 'The MVA has practice tests for the CDL, you can try those. Good luck!'), exp: some({ source: 'fail' }) },
  { name: '"Peterson\'s Test and Career Prep in our databases" : source passes', lines: then(RN, "Peterson's Test and Career Prep in our databases has NCLEX practice. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'Spanish, "en ged.com" : source passes', lines: thenEs('Puede ver los exámenes de práctica en español en ged.com. ¿Le sirve?'), exp: some({ source: 'pass', complete: 'pass' }) },
  // ---- referral --------------------------------------------------------------------------------------------------------
  { name: '"call the MVA at 410-768-7000" : referral passes', lines: then(CDL, 'The CDL manual is online. For the road test, call the MVA at 410-768-7000. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"ask at the MVA" with no contact: referral fails', lines: then(CDL, 'The CDL manual is in our catalogue. Ask at the MVA about the road test. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"check with your state\'s licensing board" : referral fails', lines: then(RN, 'Saunders is in the catalogue. Check with your state\'s licensing board about endorsement. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"contact the Board of Nursing at 410-585-1900" : referral passes', lines: then(RN, 'Contact the Maryland Board of Nursing at 410-585-1900 about endorsement. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Pearson VUE\'s site pearsonvue.com/nclex lets you book the test" : a source, no referral', lines: then(RN, "Pearson VUE's site pearsonvue.com/nclex lets you book the test. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"the testing centre can tell you what ID to bring" : referral fails', lines: then(CDL, 'The CDL manual is at mva.maryland.gov. The testing center can tell you what ID to bring. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "llame al centro de pruebas" with no contact: referral fails', lines: thenEs('Los exámenes de práctica están en ged.com. Llame al centro de pruebas para preguntar las fechas. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // ---- (fixes) known test-prep databases and .pharmacy domains --------------------------------------------------------
  { name: '(fix) "Peterson\'s Test and Career Prep has NCLEX practice" : source passes', lines: then(RN, "Peterson's Test and Career Prep has NCLEX-RN practice exams with your card. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '(fix) "the Testing and Education Reference Center" : source passes', lines: then(CDL, 'The Testing and Education Reference Center has CDL practice tests. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '(fix) "the FPGEE steps: nabp.pharmacy/programs/fpgec" : source passes', lines: then(RN, 'For foreign-trained pharmacists the steps are at nabp.pharmacy/programs/fpgec. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '(fix) "see safe.pharmacy for licensed pharmacies" : source passes', lines: then(RN, 'To check an online pharmacy employer, see safe.pharmacy for licensed ones. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like the practice tests too?" after the source: completeness fails', lines: then(CDL, 'The CDL manual is at mva.maryland.gov. Would you like the practice tests too?'), exp: some({ complete: 'fail' }) },
  { name: '"Is that what you needed for the retake?" : completeness passes', lines: then(RN, "Saunders is in the catalogue and Peterson's is in our databases. Is that what you needed?"), exp: some({ complete: 'pass' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"you\'ve reached the limit of three questions" : dismissal fails', lines: [...CDL, [70, 'l', 'The CDL manual is at mva.maryland.gov. Does that help?'], [100, 'p', 'yes and whats the fee and the hazmat endorsement'], [110, 'l', "Sorry, you've reached the limit of three questions per chat. Bye."]], exp: some({ dismissal: 'fail' }) },
  { name: '"others are waiting, please come back for the hazmat part" : dismissal passes', lines: [...CDL, [70, 'l', 'The CDL manual is at mva.maryland.gov. Does that help?'], [100, 'p', 'yes and whats the fee and the hazmat endorsement'], [110, 'l', 'I have other patrons waiting right now; please come back in a bit and we can look at the hazmat endorsement. Thanks!']], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: '"I can\'t give you the exam answers" then a source: dismissal passes', lines: [[0, 'p', 'just give me the nclex answers'], [15, 'l', "Hi, Jo at Ask Us. I can't give you the exam answers. Which version are you taking?"], [40, 'p', 'RN'], [50, 'l', "Peterson's in our databases has NCLEX-RN practice. Does that help?"], [80, 'p', 'fine'], [85, 'l', 'Bye, good luck!']], exp: some({ dismissal: 'pass', clarify: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"thats all i needed for my permit" : anything else passes', lines: [...CDL, [70, 'l', 'The CDL manual is at mva.maryland.gov. Does that help?'], [100, 'p', 'yes thats all i needed for my permit'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"ok cool" : anything else fails', lines: [...CDL, [70, 'l', 'The CDL manual is at mva.maryland.gov. Does that help?'], [100, 'p', 'ok cool'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you a list of CDL schools by Friday" with the e-mail repeated: contact passes', lines: [...CDL, [70, 'l', "I'll make a list of approved CDL schools near you and e-mail you by Friday. What's your e-mail?"], [100, 'p', 'trucker@example.com'], [110, 'l', 'Got it, trucker@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'trucker@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll get back to you" with no code: code and contact fail', lines: [...RN, [70, 'l', "I'll look into the compact licence and get back to you."], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ contact: 'fail', code: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the words of a test-prep database's name said of something else
  { name: 'near miss: "Mr. Peterson\'s test prep class at the adult ed center meets Tuesdays" : no source', lines: then(CDL, "Mr. Peterson's test prep class at the adult ed center meets Tuesdays. Good luck!"), exp: some({ source: 'fail' }) },
  { name: 'near miss: "the testing and assessment center at the college gives the exam" : no source', lines: then(CDL, 'The testing and assessment center at the college gives the exam most weeks. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Dr. Peterson\'s test and study tips" : no source', lines: then(RN, "Dr. Peterson's test and study tips from your program are a good start. Good luck!"), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Peterson\'s career prep advice is to start early" : no source', lines: then(RN, "My old colleague Peterson's career prep advice was to start early. Good luck!"), exp: some({ source: 'fail' }) },
  // "pharmacy" after a full stop with its space lost: no domain
  { name: 'near miss: "…working in a pharmacy.Pharmacy school comes later" : no source', lines: then(RN, 'Many techs start out working in a pharmacy.Pharmacy school comes later for some. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "…at the hospital pharmacy.Pharmacy law is on the exam" : no source', lines: then(RN, 'Your hours count if you trained at the hospital pharmacy.Pharmacy law is on the exam too. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Ask your pharmacist.Pharmacy techs…" : no source', lines: then(RN, 'You could ask your own pharmacist.Pharmacy techs often know the exam well. Good luck!'), exp: some({ source: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: two misreadings. "You are most welcome. Good afternoon!" closing a formal chat is a goodbye by its place (G4 left the
  // same words), and "go to the Clerk of the Circuit Court …; the clerks' offices and phone numbers are listed at
  // mdcourts.gov/clerks" gives the clerk a URL (a directory of the party's own offices): the tail is cut as a source's
  // (v34 Z4 `sourceTailZ4`); no narrow fix this round
  {
    name: 'formal, a notary commission: the Secretary of State\'s page, the clerk of court via mdcourts.gov/clerks',
    lines: [
      [0, 'p', 'Good afternoon. I would like to become a notary public in Maryland. Could you tell me what the process involves?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow!. My name is Helen and I am a reference librarian. Is this a new commission, or are you renewing one?'],
      [75, 'p', 'A new commission.'],
      [95, 'l', "The application is online with the Secretary of State at sos.maryland.gov (Notary Division > Apply). You need a state senator's endorsement and the course certificate. Once approved, go to the Clerk of the Circuit Court in your county to take the oath within 30 days; the clerks' offices and phone numbers are listed at mdcourts.gov/clerks. Does this completely answer your question?"],
      [170, 'p', 'It does. That is all I needed, thank you very much.'],
      [178, 'l', 'You are most welcome. Good afternoon!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "The CDL manual is at mva.maryland.gov/cdl. For the road test, call the MVA to book it." gives the MVA its own site
  // (the host names it) in the sentence before; the scorer lends a URL's host to a later sentence's party only in its own
  // sentence (v13 N5); lending across sentences is not taken up this round
  { name: '"call the MVA" after its own site mva.maryland.gov/cdl: referral passes', lines: then(CDL, 'The CDL manual is at mva.maryland.gov/cdl. For the road test, call the MVA to book it. Does that help?'), exp: some({ referral: 'pass' }) },
];

describe('thirty-fourth round (G5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fourth round (G5): licences and exams, every check', whole);
describeSessions('thirty-fourth round (G5): licences and exams, short cases', short);
describeSessions('thirty-fourth round (G5): licences and exams, near misses of the changes', guards);

describeLeft('thirty-fourth-round-licences', LEFT);
