/**
 * Thirty-fourth round, area (G2): SCHOLARSHIPS AND PAYING FOR COLLEGE. The FAFSA (a senior and a parent), grants for a
 * returning adult, scholarships for first-generation and undocumented students (the Maryland Dream Act, private
 * scholarships), the state's programmes (MHEC), scholarship search databases, the scholarship essay, student loans and
 * repayment, work-study, the community-college promise, fellowships for a grad student, a scam scholarship offer; teens
 * in chat-speak, parents, adult learners, some non-native or Spanish-writing (referral.contact, info.source,
 * interest.keep_informed, followup.*, inquiry.clarify, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (fails): "ask ur school counselor about the FAFSA night", "talk to the
 *   financial aid office at your college", "call your loan servicer", "stop by the financial aid office in the Student
 *   Services building", "See your guidance counselor", "check with your college's financial aid office", "Pregunte en la
 *   oficina de ayuda financiera de su universidad", "Ask your servicer about the PSLF form".
 *  a referral WITH one (passes): "Call the financial aid office at UMBC at 410-455-2387", "call MHEC's Office of Student
 *   Financial Assistance at 410-767-3300", "e-mail their financial aid office at financialaid@pgcc.edu", "report it to the
 *   FTC at reportfraud.ftc.gov", "llame al Centro de Información de Ayuda Federal … al 1-800-433-3243", "call your
 *   servicer, Aidvantage, at 800-722-1300", "call the VA education line at 888-442-4551".
 *  a source, not a referral: "studentaid.gov/fafsa", "mhec.maryland.gov (Financial Aid > Promise Scholarship)", "the Loan
 *   Simulator at studentaid.gov/loan-simulator", "Try the College Board's BigFuture scholarship search at
 *   bigfuture.collegeboard.org", "The Ultimate Scholarship Book in our catalogue", "Pivot-RP through the Welch Medical
 *   Library's database list".
 *  a list promised for later: "I will e-mail it to you by Thursday afternoon", "e-mail them tomorrow morning", "later
 *   today", "within two business days", "early next week" (a time: contact passes); "as soon as I can", "I'll dig around
 *   and send you a few more that fit" (no time: contact fails).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a clarifying question then nothing from the patron is a substantive exchange (RUBRIC: "a clarifying question
 *   counts"): the vanished patron's session fails source, completeness and anything-else, passes clarify;
 * - registering for a library workshop online (bcpl.info/events) or "come to our workshop at the Central branch" names a
 *   programme to attend, not a department to contact: no referral (taken after the first run for the second: my first
 *   label was pass);
 * - booking the library's own writing center ("book at samplelibrary.org/writing") is contacting a department: a
 *   referral, with its URL (LEFT: the scorer reads no referral);
 * - "Search Fastweb and the College Board's BigFuture scholarship search" names databases: a named resource, a source
 *   (LEFT: the scorer knows neither name);
 * - "I'll dig around and send you a few more … What's your e-mail?" promises to send more later (a follow-up session):
 *   coded Answered, resolution.code fails; no time, followup.contact fails;
 * - "Take care!", "Have a good one!" and "No worries, cheers! Bye for now." say goodbye (courteous passes).
 * Written: 32 whole sessions (26 first, 6 more for the fixes; 3 of the first moved to LEFT), 35 short cases (29 first, 6
 * more for the fixes; 1 of the first moved to LEFT), 12 near misses in `guards`, all labelled before running. First run
 * (26 whole + 29 short): 8 of 55 cases disagreed, on 10 statuses: referral.contact 6, resolution.code 1, followup.contact 1,
 * followup.on_time 1 (the last three one session), info.source 1. My labels: 1 (the workshop, corrected above). The
 * scorer's: 9 statuses in 7 cases; fixed in block G2 (3 of them, 6 statuses), left 4 (LEFT, with reasons):
 *  - referralParty: a (loan, mortgage) servicer is a party ("call your loan servicer", "Reach out to your servicer; if it
 *    is Nelnet, that is nelnet.com or 888-486-4722", "Ask your servicer about the PSLF form", "contact your mortgage
 *    servicer at …"); only the word itself, not its possessive [near misses: "Go to your servicer's website …", "Your
 *    servicer is listed on your dashboard at studentaid.gov", "If your servicer calls you …", "Log in to your servicer's
 *    portal …"];
 *  - referralOnesToAsk (v9's "try the <party>" alternative, swapped): a party word that only opens a name whose
 *    possessive owns a page or search a few words on is no party ("Try the College Board's BigFuture scholarship search
 *    at …", "Try the university library's fellowship database at …", "Try the school district's scholarship page at …")
 *    [near misses, still referrals: "Try the college admissions office at 410-555-0100", "Try the school counselor's
 *    office; …", "Try the college's financial aid office, 410-555-0123", "Try the university scholarships office at
 *    scholarships@umd.edu"];
 *  - `sendThenAskEmailG2` (classify.ts, followUpPromise): the provider's own "I'll / I can / We'll … send you …" with no
 *    later-cue word, followed in the same message by a question asking for the patron's e-mail, promises to send it later
 *    ("I'll dig around and send you a few more that fit labor history. What's your e-mail?", "I can do some more digging
 *    and send you a couple of other options. What's the best e-mail for you?", "We'll look through the county lists and
 *    send you the ones that fit. Can I get your e-mail?", "Ill pull a few more and send u them. whats ur email?") [near
 *    misses: "The college will send you the award letter … What e-mail did you put on the FAFSA?", "I'll send you to the
 *    FSA ID page now: … What e-mail will you use for it?", "I can send you the checklist right here: … Which e-mail did you
 *    use …?", "They will send you a code … Whats the email on your account?"].
 * Second run (the fixes' 12 cases and 12 near misses, labelled before running): none disagreed.
 * Left: 4 (LEFT, each with its reason): the writing center booked at a page; "call your loan servicer" after the "Loan
 * Simulator"'s URL (an older reading lends it through the shared word "loan"); "send a request to each of your three
 * delegates" (no referring verb, plural party); Fastweb and BigFuture named without a URL.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

const HOUR = 3600;
const mail = (email: string) => ({ patron: { name: null, email, phone: null } });

/** A FAFSA question up to the patron's answer to the clarifying question. */
const FAFSA: Line[] = [
  [0, 'p', 'hi how do i fill out the fafsa'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Are you the student or a parent, and which school year is it for?"],
  [50, 'p', 'student, for fall 2026'],
];
/** A scholarship search up to the patron's answer. */
const SCHOL: Line[] = [
  [0, 'p', 'where can i find scholarships for nursing school'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Are you in high school now, or already in college?'],
  [50, 'p', 'senior in high school, in Maryland'],
];
/** A loan repayment question up to the patron's answer. */
const LOAN: Line[] = [
  [0, 'p', 'I graduated last year and need help understanding my student loan repayment options'],
  [20, 'l', 'Hi, Jo at Ask Us here. Are your loans federal, private, or both?'],
  [50, 'p', 'Federal, I think all of them'],
];
/** A Spanish FAFSA question up to the parent's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, mi hija va a la universidad y necesito llenar la FAFSA'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Para qué año escolar es, y ella ya tiene su cuenta de la FAFSA?'],
  [50, 'p', 'para el 2026, no tiene cuenta'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, the provider's follow-up promise `text` at 70 s, the patron's e-mail, the provider's repeat of it and goodbye. */
const promise = (base: Line[], text: string, email = 'kay@example.com'): Line[] => [...base, [70, 'l', text], [100, 'p', email], [110, 'l', `Got it, ${email}. Thanks, bye for now!`]];

export const whole: SessionCase[] = [
  {
    name: 'teen in chat-speak, FAFSA for the first time: studentaid.gov, "ask ur school counselor" without a contact',
    lines: [
      [0, 'p', 'hey so my mom said i gotta do the fafsa but idk how lol'],
      [18, 'l', "Hi there! I'm Dana, a librarian with AskUsNow!. No worries, lots of people start there. Are you a senior this year?"],
      [40, 'p', 'ya senior. going to towson hopefully'],
      [55, 'l', 'Nice! Do you and your mom each have an FSA ID yet? You both need one to sign.'],
      [80, 'p', 'whats that lol no'],
      [100, 'l', "It's your login for the federal student aid site. You each make one at studentaid.gov (click \"Create Account\"), then start the form at studentaid.gov/fafsa. Your mom will need her tax return from two years back."],
      [150, 'p', 'ok that makes sense'],
      [165, 'l', 'Also ask ur school counselor about the FAFSA night at your school, they sit down with families and help. Did that help?'],
      [190, 'p', 'ya thx'],
      [200, 'l', 'Anything else I can help with?'],
      [220, 'p', 'nah im good'],
      [226, 'l', 'Good luck at Towson! Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'parent, divorced parents on the FAFSA: the studentaid.gov article and the college\'s financial aid office with its phone',
    lines: [
      [0, 'p', 'Good evening. My ex-husband and I are divorced. Whose information goes on our son\'s FAFSA?'],
      [30, 'l', 'Good evening, this is Marjorie, a reference librarian at Howard County Library System, answering for AskUsNow!. Does your son live with you more of the year, or with his father?'],
      [70, 'p', 'With me, but his father pays more of his support.'],
      [95, 'l', 'Since the 2024-25 FAFSA the parent who gave more financial support in the last 12 months is the one who reports. The rules are in "Who\'s My FAFSA Parent?" at studentaid.gov/fafsa-parent. Does that answer your question?'],
      [150, 'p', 'It does, but it seems odd. Can the college make an exception?'],
      [175, 'l', 'Only the college can decide that. Call the financial aid office at UMBC at 410-455-2387 and ask about a dependency review. Is there anything else I can help you with?'],
      [215, 'p', 'No, that is everything. Thank you so much.'],
      [222, 'l', 'You are welcome. Good night, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'returning adult, grants for part-time study: MHEC\'s site and its Office of Student Financial Assistance phone',
    lines: [
      [0, 'p', 'Hello, I am 44 and going back to school part time at AACC. Are there grants for people like me or is it all for young kids?'],
      [25, 'l', "Hello and welcome! I'm Keith, a librarian at Anne Arundel County Public Library. Good for you. Are you a Maryland resident, and will you take at least 6 credits a semester?"],
      [60, 'p', 'yes and yes, 6 credits'],
      [80, 'l', 'Then look at the Part-Time Grant and the Maryland Community College Promise Scholarship. Both are listed on the Maryland Higher Education Commission\'s site, mhec.maryland.gov, under Financial Aid. You still file the FAFSA first at studentaid.gov.'],
      [140, 'p', 'i didnt know i could file fafsa at my age'],
      [155, 'l', "There's no age limit. If you have questions about your own eligibility, call MHEC's Office of Student Financial Assistance at 410-767-3300. Does that help?"],
      [190, 'p', 'yes very much'],
      [198, 'l', 'Anything else today?'],
      [215, 'p', "no that's all i needed"],
      [220, 'l', 'Best of luck this fall. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'undocumented student, the Maryland Dream Act and TheDream.US: "talk to the financial aid office" without a contact',
    lines: [
      [0, 'p', 'hi. im undocumented, can i still get money for college? i live in maryland since i was 6'],
      [22, 'l', 'Hi, this is Ana with AskUsNow!. Yes, there are options. Did you go to a Maryland high school for at least 3 years?'],
      [55, 'p', 'yes, graduating from Wheaton HS this year'],
      [75, 'l', "Then under the Maryland Dream Act you may pay in-state tuition, and you can apply for state aid with the Maryland State Financial Aid Application (MSFAA) instead of the FAFSA: it's on mhec.maryland.gov. TheDream.US has national scholarships for DREAMers at thedream.us."],
      [130, 'p', 'ok and my college would know about this right?'],
      [150, 'l', 'Yes, talk to the financial aid office at your college and tell them you filed the MSFAA. Does this answer your question?'],
      [185, 'p', 'yes. thank you so much. thats everything'],
      [192, 'l', 'You are welcome, and good luck! Goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'scholarship databases, a warm public-library session: the library\'s guide, Fastweb and a book in the catalogue',
    lines: [
      [0, 'p', 'do you have any scholarship search stuff? my daughter is a junior'],
      [20, 'l', "Hi! I'm Rosa, a librarian at Sample County Library. I'd love to help. What is she interested in studying, and does she have any activities or background we should match?"],
      [60, 'p', 'shes into engineering and she plays violin. first in our family to go to college'],
      [85, 'l', 'Wonderful. Our College & Careers guide at samplelibrary.org/guides/scholarships lists free search sites like Fastweb and the College Board\'s BigFuture scholarship search. For first-generation students, look at "The Ultimate Scholarship Book" in our catalogue at catalog.samplelibrary.org; two copies are on the shelf at Central. Is that what you were looking for?'],
      [150, 'p', 'perfect thank you!'],
      [158, 'l', 'Is there anything else I can help with?'],
      [180, 'p', 'no that is all'],
      [185, 'l', 'Thanks for chatting, and good luck to her!'],
    ],
    exp: usual(),
  },
  {
    name: 'loan repayment: studentaid.gov\'s Loan Simulator; "contact your servicer, MOHELA, at 888-866-4352"',
    lines: [
      ...LOAN,
      [70, 'l', 'The Loan Simulator at studentaid.gov/loan-simulator compares the plans with your own balances after you log in. The income-driven plans set the payment from your income.'],
      [130, 'p', 'how do I switch plans though'],
      [150, 'l', 'You apply on studentaid.gov, or contact your servicer. If it is MOHELA, call them at 888-866-4352. Does that help?'],
      [185, 'p', 'yes it is MOHELA. thanks'],
      [192, 'l', 'Anything else I can help you with?'],
      [210, 'p', 'no'],
      [214, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'work-study: the federal page, then "stop by the financial aid office in the Student Services building" (no contact)',
    lines: [
      [0, 'p', 'what is work study and how do I get it? I go to Frostburg'],
      [30, 'l', "Hi, I'm Lena, a student worker with Ask Us. Did you check the box for work-study on your FAFSA?"],
      [60, 'p', 'i dont remember'],
      [80, 'l', 'Federal Work-Study is explained at studentaid.gov/understand-aid/types/work-study. Your award letter shows whether you got it. If not, stop by the financial aid office in the Student Services building and ask. Does that help?'],
      [130, 'p', 'yes thanks, thats all'],
      [138, 'l', 'Have a good one!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'community college promise, "which county do you live in?": the MHEC page and the college\'s aid office e-mail',
    lines: [
      [0, 'p', 'is community college free in maryland now??'],
      [15, 'l', 'Hi! Jo here at Ask a Librarian, Sample County Library. Not automatically, but there is a Promise Scholarship. Which county do you live in, and when do you graduate?'],
      [50, 'p', 'prince georges, june'],
      [70, 'l', 'The Maryland Community College Promise Scholarship pays tuition left after other aid for students under a family income limit. Details are at mhec.maryland.gov (Financial Aid > Promise Scholarship). PGCC also has its own; e-mail their financial aid office at financialaid@pgcc.edu. Was that helpful?'],
      [125, 'p', 'yes!!'],
      [130, 'l', 'Do you need anything else?'],
      [150, 'p', 'no'],
      [155, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'grad student, fellowships in public health: holds while searching, then a list promised by e-mail by Thursday',
    lines: [
      [0, 'p', 'Hello, I am a first-year MPH student at Hopkins and I would like to find external fellowships for my second year. Where should I look?'],
      [25, 'l', 'Good afternoon, this is Dr. Ellen Park, research librarian at the University of Maryland Libraries, answering for Ask Us. Are you a US citizen? Many federal fellowships require it.'],
      [60, 'p', 'No, I am an international student from Kenya.'],
      [80, 'l', 'Thank you. Let me look at what is open to international students; one moment.'],
      [170, 'l', "Still searching. Pivot-RP, which Hopkins subscribes to, lets you filter by citizenship."],
      [260, 'l', 'Here is a start: Pivot-RP through the Welch Medical Library\'s database list, and the Fogarty International Center pages at fic.nih.gov. I would like to put together a fuller list for you. I will e-mail it to you by Thursday afternoon. What e-mail should I use?'],
      [310, 'p', 'wanjiru.k@example.edu, thank you'],
      [320, 'l', 'Thank you, that is wanjiru.k@example.edu. Does that help for now?'],
      [345, 'p', 'Yes, that is all for today. Thank you!'],
      [352, 'l', 'You are welcome. Talk soon, goodbye!'],
    ],
    over: { ...FU_ME, ...mail('wanjiru.k@example.edu') },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'grad student, the list promised with no time, code Answered: contact and code fail',
    lines: [
      [0, 'p', 'any fellowships for history phd students writing dissertations?'],
      [20, 'l', "Hi, I'm Sam, a librarian at Ask Us. What's your dissertation topic, roughly?"],
      [50, 'p', '19th c. labor history, baltimore'],
      [75, 'l', "The AHA's grants page at historians.org/grants lists dissertation fellowships. I'll dig around and send you a few more that fit labor history. What's your e-mail?"],
      [110, 'p', 'phd.mcb@example.edu'],
      [118, 'l', 'Got it, phd.mcb@example.edu. Does the AHA page help for now?'],
      [140, 'p', 'yes thanks'],
      [146, 'l', 'Anything else?'],
      [160, 'p', 'no'],
      [165, 'l', 'Bye!'],
    ],
    over: mail('phd.mcb@example.edu'),
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'scam scholarship, a "processing fee": the FTC\'s page and "report it to the FTC at reportfraud.ftc.gov"',
    lines: [
      [0, 'p', 'i got an email saying i won a $5000 scholarship but i have to pay $75 processing fee first. is that normal??'],
      [20, 'l', 'Hi, this is Priya with AskUsNow!. Good that you asked. Did you apply for this scholarship yourself?'],
      [50, 'p', 'no i never heard of it'],
      [65, 'l', 'That is a classic scam: real scholarships do not charge to pay you. The FTC explains the signs at consumer.ftc.gov (search "scholarship scams"). Do not pay, and report it to the FTC at reportfraud.ftc.gov. Does that answer your question?'],
      [110, 'p', 'omg ok thank you. thats all'],
      [116, 'l', 'Glad you checked. Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish parent, FAFSA: studentaid.gov/es and the federal aid information centre with its phone',
    lines: [
      ...ES,
      [75, 'l', 'Primero su hija crea su cuenta en studentaid.gov/es (botón "Crear cuenta"). Usted también necesita una cuenta como padre, aunque no tenga número de Seguro Social. Si tiene problemas, llame al Centro de Información de Ayuda Federal para Estudiantes al 1-800-433-3243, hay atención en español.'],
      [140, 'p', 'ok y cuando es la fecha limite?'],
      [155, 'l', 'Para la ayuda estatal de Maryland, el 1 de marzo. ¿Esto responde a su pregunta?'],
      [190, 'p', 'si, muchas gracias, es todo'],
      [196, 'l', '¡De nada! Que tenga buen día.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'patron vanishes after the clarifying question: check-in and disconnect notice, no source ever given',
    lines: [
      [0, 'p', 'scholarships for first gen students?'],
      [25, 'l', "Hi, I'm Jo with AskUsNow!. Are you in high school or in college now, and what state are you in?"],
      [190, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've disconnected, so I'll end this chat. Please come back anytime, thanks for using AskUsNow!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'long search with "still looking" every minute or so, a book and a database: keep informed passes',
    lines: [
      [0, 'p', 'Hi, I need scholarships specifically for students with dyslexia, any?'],
      [20, 'l', "Hi, I'm Lee, a librarian at Ask a Librarian. Is this for undergrad, and is the student in Maryland?"],
      [45, 'p', 'yes undergrad, Maryland, my son'],
      [60, 'l', 'Let me search, one moment please.'],
      [150, 'l', 'Still looking; I found one so far and I am checking a couple more.'],
      [250, 'l', 'Almost there, thank you for your patience.'],
      [330, 'l', 'Here we go: the Learning Ally College Success Awards at learningally.org, and the National Center for Learning Disabilities\' Anne Ford Scholarship at ncld.org. Also "Scholarships for Students with Disabilities" in the Scholarships.com directory at scholarships.com. Does this help?'],
      [400, 'p', 'Yes! Thank you so much. That is all I needed.'],
      [408, 'l', 'My pleasure. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a silence of 3 minutes while the provider searches: keep informed fails',
    lines: [
      [0, 'p', 'hi, what is the deadline for the maryland guaranteed access grant?'],
      [20, 'l', 'Hello, Jo at AskUsNow! here. Is this for next fall?'],
      [40, 'p', 'yes'],
      [230, 'l', 'The Guaranteed Access Grant uses the FAFSA and the March 1 priority deadline: mhec.maryland.gov (Financial Aid > Programs). Does that help?'],
      [260, 'p', 'yes thanks, thats all'],
      [266, 'l', 'Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Indian English, master\'s abroad: EducationUSA and the Fulbright-Nehru page',
    lines: [
      [0, 'p', 'Good morning madam. I am doing B.Tech final year in Pune. Kindly tell which scholarships are there for Indian students to do MS in USA.'],
      [30, 'l', "Good morning! I'm Alison, a librarian with the cooperative's Ask a Librarian service. Which field will your MS be in?"],
      [70, 'p', 'Computer science madam. Also my family cannot pay full fees.'],
      [95, 'l', "Most help for an MS in computer science comes from the university itself (assistantships). EducationUSA's India advising centres explain funding at educationusa.state.gov, and the Fulbright-Nehru Master's Fellowships are at usief.org.in. Does this completely answer your question?"],
      [150, 'p', 'Yes madam, thank you very much.'],
      [158, 'l', 'Is there anything else I can help you with?'],
      [175, 'p', 'Nothing more, thank you.'],
      [180, 'l', 'All the best with your applications. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian overnight provider, the Pell Grant for a laid-off worker: no clarifying question before the source',
    lines: [
      [0, 'p', 'i got laid off, can i get a pell grant for a welding program'],
      [25, 'l', "G'day, Bec here, a librarian covering the 24/7 cooperative overnight. Pell Grants can pay for career programmes if the school takes federal aid. Look the programme up at studentaid.gov/understand-aid/types/grants/pell. Does that help?"],
      [70, 'p', 'ok. that is everything thanks'],
      [78, 'l', 'No worries, cheers! Bye for now.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'transfer to the Maryland college-readiness librarian: internal reason and a visible notice',
    lines: [
      [0, 'p', 'does the library have help for seniors applying for scholarships? like in person?'],
      [30, 'l', "Hi, I'm Jo, a librarian with the 24/7 cooperative. Which library system do you use?"],
      [55, 'p', 'baltimore county'],
      [65, 'i', 'Rosa, BCPL patron asking about your college-readiness workshops, can you take it?'],
      [75, 'l', "I'm transferring you to Rosa, a Baltimore County librarian who runs their college programmes. One moment."],
      [80, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [95, 'l', 'Hi, Rosa here at BCPL! Our College Bound workshops run every Tuesday in March; register at bcpl.info/events. Does that help?', ROSA],
      [140, 'p', 'yes thanks, that is all i needed', ],
      [148, 'l', 'Great, see you there. Bye!', ROSA],
    ],
    // reading: registering for a workshop online names a programme to use, not a department to contact: no referral
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a dismissal: "I can only help with one question per chat, your time is up"',
    lines: [
      [0, 'p', 'how do i find scholarships for marine biology'],
      [20, 'l', "Hi, I'm Jo at Ask Us. Are you in high school?"],
      [40, 'p', 'yes junior'],
      [55, 'l', 'Try the College Board\'s BigFuture scholarship search at bigfuture.collegeboard.org. Does that help?'],
      [80, 'p', 'yes, and how do i do the fafsa?'],
      [95, 'l', 'Sorry, I can only help with one question per chat and your time is up. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'sloppy: no name, no question, no "does that help", slow pickup',
    lines: [
      [0, 'p', 'are there scholarships for left handed people lol'],
      [95, 'l', 'hi! yes there is one at juniata college, search fastweb.com'],
      [130, 'p', 'lol ok'],
      [140, 'l', 'bye'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'follow-up by the patron\'s library: "someone from Howard County Library\'s college team will e-mail you by Monday"',
    lines: [
      [0, 'p', 'Hi, I would like one-on-one help with my daughter\'s scholarship applications. Does the library do that?'],
      [25, 'l', "Hello, I'm Jo with AskUsNow!. Which library system are you in?"],
      [50, 'p', 'Howard County'],
      [65, 'l', "Howard County Library System has college advisors; their programmes are at hclibrary.org/college. I'll pass your request on and someone from their college team will e-mail you by Monday. Is grace.lee@example.com the best e-mail?"],
      [110, 'p', 'Yes, grace.lee@example.com is right. Thanks!'],
      [118, 'l', 'Great. Anything else for now?'],
      [135, 'p', 'No, that is all.'],
      [140, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: { ...FU_LIB, ...mail('grace.lee@example.com') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up done the next day: a list of local scholarships e-mailed "tomorrow morning"',
    lines: [
      [0, 'p', 'local scholarships in frederick county for a senior?'],
      [20, 'l', "Hi, this is Meg, a librarian at Frederick County Public Libraries. What's she planning to study?"],
      [45, 'p', 'teaching'],
      [65, 'l', "The Community Foundation of Frederick County lists its scholarships at frederickcountygives.org. I'll also pull together the local teaching scholarships I know of and e-mail them tomorrow morning. What's your e-mail?"],
      [100, 'p', 'mom.fcps@example.com'],
      [108, 'l', 'Thanks, mom.fcps@example.com. Does the foundation page help for now?'],
      [130, 'p', 'yes, thats all'],
      [135, 'l', 'Talk tomorrow, bye!'],
    ],
    over: { ...FU_ME, ...mail('mom.fcps@example.com'), followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'sent 6 local teaching scholarships' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'veteran\'s GI Bill question: the VA\'s page and "call the VA education line at 888-442-4551"',
    lines: [
      [0, 'p', 'Army vet here. Does the GI Bill cover a community college certificate?'],
      [20, 'l', 'Hi, and thank you for your service. This is Jo, a librarian at Ask Us. Post-9/11 GI Bill, or Montgomery?'],
      [45, 'p', 'post 9/11'],
      [60, 'l', 'It covers approved non-degree programmes. Check the school in the GI Bill Comparison Tool at va.gov/education/gi-bill-comparison-tool, and for your own benefit, call the VA education line at 888-442-4551. Does that help?'],
      [110, 'p', 'yep. thats all, thanks'],
      [115, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- more whole sessions for the fixes (labelled before running) -------------------------------------------------------
  {
    name: 'loan repayment, "call your servicer" without naming or reaching it: referral fails',
    lines: [
      ...LOAN,
      [70, 'l', 'Income-driven plans are explained at studentaid.gov/idr, with the application there too. To change plans by phone, call your servicer. Is that what you were looking for?'],
      [120, 'p', 'yeah ok'],
      [130, 'l', 'Anything else?'],
      [150, 'p', 'no thanks'],
      [154, 'l', 'Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'PSLF question from a teacher: "call your servicer, Aidvantage, at 800-722-1300"',
    lines: [
      [0, 'p', 'Hi! I teach in Baltimore City. How do I know if my loans count for Public Service Loan Forgiveness?'],
      [25, 'l', "Hi there, this is Jo, a librarian with AskUsNow!. Do you know if they are Direct Loans, and who your servicer is?"],
      [60, 'p', 'Direct, and I think Aidvantage'],
      [80, 'l', 'The PSLF Help Tool at studentaid.gov/pslf checks your employer and lets you certify it. For your payment count, call your servicer, Aidvantage, at 800-722-1300. Does that help?'],
      [140, 'p', "Yes! That's all I needed, thank you"],
      [146, 'l', 'Happy to help, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'grad student, "I can do some more digging and send you a couple of other options. What\'s the best e-mail for you?" coded Answered',
    lines: [
      [0, 'p', 'hello, are there fellowships for a masters in social work? I am at UMB'],
      [22, 'l', "Hello, I'm Sam, a librarian with Ask Us. Are you full-time, and in your first or second year?"],
      [50, 'p', 'full time, first year'],
      [75, 'l', "The Council on Social Work Education lists its Minority Fellowship Program at cswe.org. I can do some more digging and send you a couple of other options. What's the best e-mail for you?"],
      [110, 'p', 'msw.student@example.edu'],
      [118, 'l', 'Thanks, msw.student@example.edu. Does the CSWE page help for now?'],
      [140, 'p', 'yes thank you, thats all'],
      [146, 'l', 'Bye!'],
    ],
    over: mail('msw.student@example.edu'),
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'parent, local scholarships: "We\'ll look through the county lists and send you the ones that fit. Can I get your e-mail?", then "by Wednesday"',
    lines: [
      [0, 'p', 'My son is a senior at Chesapeake High. Are there scholarships just for Anne Arundel students?'],
      [25, 'l', "Hello, I'm Keith, a librarian at Anne Arundel County Public Library. What does he plan to study, and where?"],
      [60, 'p', 'Engineering, probably at UMBC'],
      [80, 'l', "The county's Community Foundation lists local awards at cfaac.org. We'll look through the county lists and send you the ones that fit. Can I get your e-mail?"],
      [120, 'p', 'sure, dad.aacps@example.com'],
      [128, 'l', 'Thank you, dad.aacps@example.com. You will have the list by Wednesday. Does the foundation page help for now?'],
      [150, 'p', "Yes, that's all for today. Thanks!"],
      [156, 'l', 'Goodbye!'],
    ],
    over: { ...FU_ME, ...mail('dad.aacps@example.com') },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'junior, marine biology: "Try the College Board\'s BigFuture scholarship search at bigfuture.collegeboard.org" (a source, no referral)',
    lines: [
      [0, 'p', 'where do i look for scholarships for marine bio'],
      [20, 'l', "Hi, I'm Jo at Ask Us. Are you in high school, and in Maryland?"],
      [40, 'p', 'yes junior, annapolis'],
      [55, 'l', "Try the College Board's BigFuture scholarship search at bigfuture.collegeboard.org; you can filter by major. Did that help?"],
      [90, 'p', 'yea thx thats all'],
      [95, 'l', 'Good luck, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a near miss in a whole session: "The college will send you the award letter in April. What e-mail did you put on your FAFSA?"',
    lines: [
      [0, 'p', 'when will i know how much aid i get from towson'],
      [20, 'l', "Hi, Dana with AskUsNow! here. Did you already submit the FAFSA and list Towson on it?"],
      [45, 'p', 'yes in december'],
      [65, 'l', "Then Towson's financial aid page at towson.edu/financialaid shows their timeline. The college will send you the award letter in April. What e-mail did you put on your FAFSA?"],
      [100, 'p', 'my school one'],
      [108, 'l', 'Check that inbox then. Does that answer your question?'],
      [130, 'p', 'yes, thats all'],
      [135, 'l', 'Bye!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: with and without a way to reach the party ---------------------------------------------------------------
  { name: '"See your guidance counselor about the Senatorial Scholarship." (no contact): referral fails', lines: then(SCHOL, 'The Senatorial Scholarship is on mhec.maryland.gov. See your guidance counselor about the school\'s nominations too. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"check with your college\'s financial aid office" (no contact): referral fails', lines: then(FAFSA, 'Start at studentaid.gov/fafsa. For your school\'s own deadline, check with your college\'s financial aid office. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"MHEC\'s Office of Student Financial Assistance, osfamail.mhec@maryland.gov" : referral passes', lines: then(SCHOL, "For questions about state awards, e-mail MHEC's Office of Student Financial Assistance at osfamail.mhec@maryland.gov. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"call the Federal Student Aid Information Center at 1-800-433-3243" : referral passes', lines: then(FAFSA, 'If the site gives you an error, call the Federal Student Aid Information Center at 1-800-433-3243. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"reach out to your servicer, Nelnet (nelnet.com, 888-486-4722)" : referral passes', lines: then(LOAN, 'Reach out to your servicer; if it is Nelnet, that is nelnet.com or 888-486-4722. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Talk to your loan servicer about forbearance." (no contact): referral fails', lines: then(LOAN, 'Talk to your loan servicer about forbearance if you cannot pay this month. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"pregunte en la oficina de ayuda financiera de su universidad" (no contact): referral fails', lines: thenEs('Pregunte en la oficina de ayuda financiera de su universidad por las becas institucionales. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"Comuníquese con MHEC al 410-767-3300" : referral passes', lines: thenEs('Para la ayuda estatal, comuníquese con la Comisión de Educación Superior de Maryland (MHEC) al 410-767-3300. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // reading (my first label was pass): a workshop is a programme to attend, not a department to contact, as in the transfer
  // session's "register at bcpl.info/events": no referral
  { name: '"come to our college-readiness workshop at the Central branch" with the events page: no referral', lines: then(SCHOL, 'Come to our college-readiness workshop at the Central branch on Saturday; details at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- sources, not referrals -------------------------------------------------------------------------------------------
  { name: '"The Maryland Higher Education Commission lists state scholarships at mhec.maryland.gov" : a source, no referral', lines: then(SCHOL, 'The Maryland Higher Education Commission lists every state scholarship at mhec.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"The Sallie Mae Fund has scholarships." (an organisation, no way to reach it) : no source', lines: then(SCHOL, 'The Sallie Mae Fund has some scholarships for nursing students, I think. Does that help?'), exp: some({ referral: 'na', source: 'fail' }) },
  { name: '"Peterson\'s Scholarships, Grants & Prizes, in our catalogue" : a source', lines: then(SCHOL, "Peterson's Scholarships, Grants & Prizes is in our catalogue, call number 378.34 PET. Does that help?"), exp: some({ source: 'pass' }) },
  // ---- the follow-up: when the list will come --------------------------------------------------------------------------
  { name: '"I\'ll e-mail you the list later today" with the e-mail repeated: contact passes', lines: promise(SCHOL, "I'll put together a list of nursing scholarships and e-mail it to you later today. What's your e-mail?"), over: { ...FU_ME, ...mail('kay@example.com') }, exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }) },
  { name: '"I\'ll send it within two business days" with the e-mail repeated: contact passes', lines: promise(SCHOL, "I'll check the local foundations and send you what I find within two business days. What's the best e-mail?"), over: { ...FU_ME, ...mail('kay@example.com') }, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll e-mail you early next week" with the e-mail repeated: contact passes', lines: promise(LOAN, "I'll ask our financial literacy librarian and e-mail you early next week. What e-mail should I use?"), over: { ...FU_ME, ...mail('kay@example.com') }, exp: some({ contact: 'pass' }) },
  { name: '"I\'ll e-mail you as soon as I can" (no time): contact fails', lines: promise(SCHOL, "I'll keep looking and e-mail you as soon as I can. What's your e-mail?"), over: { ...FU_ME, ...mail('kay@example.com') }, exp: some({ contact: 'fail' }) },
  { name: '"I\'ll send you the list" by promise, code Answered: code fails', lines: promise(SCHOL, "I'll send you the list of nursing scholarships tomorrow. What's your e-mail?"), over: mail('kay@example.com'), exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }) },
  { name: '"Te mando la lista por correo mañana" (Spanish) with the e-mail repeated: contact passes', lines: promise(ES, 'Le mando la lista de becas por correo electrónico mañana. ¿Cuál es su correo?'), over: { ...FU_ME, ...mail('kay@example.com') }, exp: some({ contact: 'pass' }) },
  { name: 'follow-up recorded 4 days later: on time fails', lines: promise(SCHOL, "I'll e-mail you the list by tomorrow. What's your e-mail?"), over: { ...FU_ME, ...mail('kay@example.com'), followUps: [{ doneAt: at(96 * HOUR), by: 'jo' }] }, ctx: { now: Date.parse(at(120 * HOUR)) }, exp: some({ contact: 'pass', onTime: 'fail' }) },
  // ---- clarifying --------------------------------------------------------------------------------------------------------
  { name: '"What\'s your intended major?" before the source: clarify passes', lines: [[0, 'p', 'scholarships?'], [15, 'l', "Hi, I'm Jo at Ask Us. What's your intended major, and where do you live?"], [40, 'p', 'biology, baltimore'], [50, 'l', 'Try mhec.maryland.gov and fastweb.com. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"So you\'re looking for grants, not loans?" restated: clarify passes', lines: [[0, 'p', 'i need money for college but i dont want debt'], [15, 'l', "Hi, Jo at Ask Us. So you're looking for grants and scholarships, not loans?"], [40, 'p', 'yes'], [50, 'l', 'Start with studentaid.gov/understand-aid/types/grants. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the question only after the source: clarify fails', lines: [[0, 'p', 'scholarships for nursing'], [15, 'l', "Hi, I'm Jo at Ask Us. Look at fastweb.com. Are you in high school?"], [40, 'p', 'yes'], [50, 'l', 'Then BigFuture at bigfuture.collegeboard.org too. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness and the patron done -----------------------------------------------------------------------------------
  { name: '"Would you like help with the essay too?" after the source: completeness fails', lines: then(SCHOL, 'Search fastweb.com for nursing scholarships. Would you like help with the essay too?'), exp: some({ complete: 'fail' }) },
  { name: '"Is that enough to get you started?" : completeness passes', lines: then(SCHOL, 'Search fastweb.com for nursing scholarships. Is that enough to get you started?'), exp: some({ complete: 'pass' }) },
  { name: '"k thx ttyl" : anything else fails', lines: [...SCHOL, [70, 'l', 'Search fastweb.com for nursing scholarships. Does that help?'], [100, 'p', 'k thx ttyl'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"thats all i needed for now" : anything else passes', lines: [...SCHOL, [70, 'l', 'Search fastweb.com for nursing scholarships. Does that help?'], [100, 'p', 'yes thats all i needed for now'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"I have others waiting, come back anytime for the FAFSA question" : dismissal passes', lines: [...SCHOL, [70, 'l', 'Search fastweb.com. Does that help?'], [100, 'p', 'yes and what about fafsa'], [110, 'l', 'I have several patrons waiting right now; please come back in a little while and we can go through the FAFSA. Thanks!']], exp: some({ dismissal: 'pass' }) },
  { name: '"you have asked too many questions today" : dismissal fails', lines: [...SCHOL, [70, 'l', 'Search fastweb.com. Does that help?'], [100, 'p', 'yes and what about fafsa'], [110, 'l', 'You have asked too many questions today. Goodbye.']], exp: some({ dismissal: 'fail' }) },
  // ---- more for the fixes (a servicer; "send you …" then an e-mail asked; "try the <name>'s <page>") ---------------------------
  { name: '"Ask your servicer about the PSLF employment form." (no contact): referral fails', lines: then(LOAN, 'Ask your servicer about the PSLF employment certification form. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"contact your mortgage servicer, 1-800-555-0199 on your statement" : referral passes', lines: then(LOAN, 'If you mean the house loan, contact your mortgage servicer at 1-800-555-0199. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"I\'ll look into it and send you the deadlines. What e-mail should I use?" coded Follow-up by me, no time: contact fails', lines: promise(SCHOL, "I'll look into it and send you the deadlines. What e-mail should I use?"), over: { ...FU_ME, ...mail('kay@example.com') }, exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }) },
  { name: '"Ill pull a few more and send u them. whats ur email?" coded Answered: code fails', lines: promise(SCHOL, 'Ill pull a few more and send u them. whats ur email?'), over: mail('kay@example.com'), exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }) },
  { name: '"Try the university library\'s fellowship database at lib.umd.edu/fellowships" : a source, no referral', lines: then(SCHOL, "Try the university library's fellowship database at lib.umd.edu/fellowships. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Try the school district\'s scholarship page at pgcps.org/scholarships" : a source, no referral', lines: then(SCHOL, "Try the school district's scholarship page at pgcps.org/scholarships. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the servicer's pages, said possessively, or the servicer as the one acting: no one told to contact it
  { name: 'near miss: "Go to your servicer\'s website and look for the PSLF form" : no referral', lines: then(LOAN, "Go to your servicer's website and look for the PSLF form; the rules are at studentaid.gov/pslf. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Your servicer is listed on your dashboard at studentaid.gov." : no referral', lines: then(LOAN, 'Your servicer is listed on your dashboard at studentaid.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "If your servicer calls you about a new plan, that is normal; studentaid.gov/idr explains it" : no referral', lines: then(LOAN, 'If your servicer calls you about a new plan, that is normal; studentaid.gov/idr explains it. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Log in to your servicer\'s portal to set up autopay; studentaid.gov explains the discount" : no referral', lines: then(LOAN, "Log in to your servicer's portal to set up autopay; studentaid.gov explains the discount. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // someone else sends, the send is to a page, or the send is now, in the chat: no promise
  { name: 'near miss: "The college will send you the award letter. What e-mail did you put on the FAFSA?" : no promise', lines: then(FAFSA, 'The college will send you the award letter in April; the timeline is at studentaid.gov/fafsa. What e-mail did you put on the FAFSA?'), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'near miss: "I\'ll send you to the FSA ID page now: … What e-mail will you use for it?" : no promise', lines: then(FAFSA, "I'll send you to the FSA ID page now: studentaid.gov/fsa-id. What e-mail will you use for it?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'near miss: "I can send you the checklist right here: … Which e-mail did you use for your FSA ID?" : no promise', lines: then(FAFSA, 'I can send you the checklist right here: studentaid.gov/fafsa-checklist. Which e-mail did you use for your FSA ID?'), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'near miss: "They will send you a PIN. Whats the email on your account?" (the agency sends) : no promise', lines: then(FAFSA, "They will send you a code to verify it at studentaid.gov. Whats the email on your account?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  // "try the <party word> …" that still names a party to contact
  { name: 'near miss: "Try the college admissions office at 410-555-0100" : referral passes', lines: then(SCHOL, 'Try the college admissions office at 410-555-0100; they know the merit awards. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Try the school counselor\'s office; they keep the local scholarship list" (no contact) : referral fails', lines: then(SCHOL, "Try the school counselor's office; they keep the local scholarship list. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Try the college\'s financial aid office, 410-555-0123" : referral passes', lines: then(SCHOL, "Try the college's financial aid office, 410-555-0123. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Try the university scholarships office at scholarships@umd.edu" : referral passes', lines: then(SCHOL, 'Try the university scholarships office at scholarships@umd.edu. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: booking the library's own writing center ("Our writing center reviews drafts; book at samplelibrary.org/writing")
  // is contacting a department, read here as a referral with its URL; the scorer reads a bare "book at <page>" (no session
  // or appointment named, the center in the clause before) as a page to use. Reading it would widen v15 O2's bookAtPartyO2
  // to any "book at" after a named unit: not guarded well enough in this round
  {
    name: 'scholarship essay, terse veteran: Purdue OWL and the library\'s workshop page',
    lines: [
      [0, 'p', 'need help with scholarship essay, due friday'],
      [12, 'l', 'Hi, Ray at Ask Us. What is the prompt, and how long?'],
      [35, 'p', '"describe a challenge you overcame" 500 words'],
      [50, 'l', 'Purdue OWL has a page on personal statements: owl.purdue.edu (search "personal statement"). Our writing center reviews drafts; book at samplelibrary.org/writing. That what you need?'],
      [90, 'p', 'yes'],
      [94, 'l', 'Anything else?'],
      [105, 'p', 'no'],
      [108, 'l', 'Thanks, bye.'],
    ],
    // reading: booking the library's own writing center (a department) is contacting it: a referral, with its URL
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: the only source sentence before it names the "Loan Simulator", whose URL an older reading lends to "your loan
  // servicer" (the word "loan" shared, as "call your loan office" took it before v35); narrowing that lending is another
  // round's reading of every party, not this block's. The same session with "call your servicer" runs below
  {
    name: 'loan repayment, "call your loan servicer" without naming or reaching it: referral fails',
    lines: [
      ...LOAN,
      [70, 'l', 'The Loan Simulator at studentaid.gov/loan-simulator shows what each plan would cost you. To change plans, call your loan servicer. Is that what you were looking for?'],
      [120, 'p', 'yeah ok'],
      [130, 'l', 'Anything else?'],
      [150, 'p', 'no thanks'],
      [154, 'l', 'Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // LEFT: "send a request to each of your three delegates; their contacts are at mgaleg.maryland.gov" writes to the
  // delegates (a referral, reached by the URL); "send a request to" is no referring verb and "delegates" (plural) no party
  // word; widening "send <papers> to <party>" beside v34 Y3's "deliver the form to" is broad (the provider's own sending)
  {
    name: 'scripted macros, a state scholarship: the greeting macro, the program page, the closing macro',
    lines: [
      [0, 'p', 'How do I apply for the Delegate scholarship in Maryland?'],
      [10, 'l', 'Thank you for contacting AskUsNow!. My name is Terry and I am a librarian. How can I help you today?'],
      [30, 'l', 'Which legislative district do you live in?'],
      [70, 'p', 'district 12'],
      [90, 'l', 'Delegate Scholarships are awarded by each delegate. Apply through MHEC\'s OneStop portal at mdcaps.mhec.state.md.us and then send a request to each of your three delegates; their contacts are at mgaleg.maryland.gov. Did that answer your question?'],
      [150, 'p', 'yes thank you'],
      [156, 'l', 'Is there anything else I can help you with today?'],
      [175, 'p', 'no'],
      [180, 'l', 'Thank you for using AskUsNow!. Have a great day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "Search Fastweb and the College Board's BigFuture scholarship search" names two databases (a named resource) with
  // no URL; the scorer knows neither name. Reading any capitalised name after "search" as a database would take "search
  // Google", "search Instagram": not guarded well enough
  { name: '"Search Fastweb and the College Board\'s BigFuture" (named databases, no URL) : a source', lines: then(SCHOL, "Search Fastweb and the College Board's BigFuture scholarship search for nursing awards. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
];

describe('thirty-fourth round (G2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fourth round (G2): scholarships, every check', whole);
describeSessions('thirty-fourth round (G2): scholarships, short cases', short);
describeSessions('thirty-fourth round (G2): scholarships, near misses of the changes', guards);

describeLeft('thirty-fourth-round-scholarships', LEFT);
