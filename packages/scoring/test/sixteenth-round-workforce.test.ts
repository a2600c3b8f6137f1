/**
 * Sixteenth round, area (Q2): WORKFORCE, as whole sessions. Job seekers and career questions at public and
 * community-college libraries: résumés and cover letters, online job applications and their portals (Workday,
 * Indeed, USAJOBS, store kiosks), unemployment insurance claims (weekly certifications, identity checks, appeals),
 * GED/HiSET and licensing-exam prep (LearningExpress-type databases, NCLEX, CNA, CDL), career databases, referrals to
 * American Job Centers and workforce boards (with and without contact details), interview-clothing programs, older
 * workers (SCSEP), returning citizens (reentry programs, second-chance employers), job scams, e-mailed follow-ups.
 * Voices: big-city and county public libraries, community-college libraries, a statewide chat cooperative, SMS,
 * stressed patrons in chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - A job or claims portal given for the patron to use ("file at uc.pa.gov", "apply at careers.walmart.com") is a
 *   source, not a referral; telling the patron to call or visit the office behind it ("call the UC Service Center")
 *   is a referral and needs a phone, e-mail, postal address or URL for that office.
 * - A locator URL for the office the patron is told to visit ("find your nearest American Job Center at
 *   careeronestop.org/LocalHelp") is a URL given with the referral: the referral has a way to reach the party.
 * - A room in the provider's own library ("the Job Help Desk in Room 204") is no postal address: a referral to it with
 *   only the room fails `referral.contact`.
 * - Giving the phone number of an office the patron asked for answers the question; it refers the patron to no one
 *   (the fifteenth round's P1 reading).
 * - A named database (LearningExpress Library, Job & Career Accelerator, Brainfuse JobNow) is a source even without a
 *   URL; an organisation named without a way to reach it is not.
 * - "Would a sample résumé help?" asked before the sample is given is a question about something not yet given: it
 *   does not pass `followup.completeness`.
 * - A closing "Good luck!", "See you there!" or "Talk to you this afternoon!" as the provider's sign-off says goodbye
 *   (`closing.courteous` passes), as P1 read "Take care" and "Have a good one".
 * - "Call your bank today" and "go to a reentry program" tell the patron to contact an organisation (their own bank, an
 *   unnamed kind of program): referrals, and with no way to reach them they fail `referral.contact`.
 * - A provider who says she will herself call Legal Aid or the Board of Nursing refers the patron to no one.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, DAY, FU_LIB, FU_ME, T0, describeSessions, other, type SessionCase, some, sys, usual, who } from './helpers';

const PHL = { library: 'FLP', provider: { id: 'jo', name: 'Jo Smith', library: 'FLP' } };
const CPCC = { library: 'CPCC', provider: { id: 'jo', name: 'Jo Smith', library: 'CPCC' } };
const COOP = { library: 'ASKMD', patronLibrary: 'BCPL', provider: { id: 'jo', name: 'Jo Smith', library: 'ASKMD' } };

export const whole: SessionCase[] = [
  // ---- résumés and cover letters ---------------------------------------------------------------------------------------
  {
    name: 'public library: résumé for a warehouse job, the provider asks what kind of work and points to Job & Career Accelerator and the résumé guide; patron done on her own',
    lines: [
      [0, 'p', 'hi. i havent done a resume in like 15 yrs and i need one for amazon warehouse by friday. where do i even start'],
      [31, 'l', "Hi there, welcome to Ask a Librarian at the Free Library of Philadelphia! I'm Keisha. Happy to help you get started. Do you have an old résumé to work from, or are we starting from scratch?"],
      [84, 'p', 'scratch. i did forklift and shipping at a distribution center 2006-2019 then took care of my mom'],
      [96, 'l', 'Got it, thanks. Is the Amazon posting asking you to upload a file, or fill in the work history in their form?'],
      [140, 'p', 'upload i think. it says resume (pdf or docx)'],
      [151, 'l', 'OK! Two things that will help. First, our Job & Career Accelerator database has a résumé builder with warehouse and logistics templates: freelibrary.org/databases > Job & Career Accelerator, log in with your library card. It exports a PDF.'],
      [170, 'l', "Second, for the caregiving gap, our résumé guide has wording you can copy, e.g. \"Family caregiver, 2019-2025: managed schedules, medications and appointments\": libwww.freelibrary.org/resume-guide. Does that help you get going?"],
      [260, 'p', 'yes!! ok thats really all i needed, ty so much'],
      [271, 'l', 'You are so welcome. Good luck on Friday, and come back any time!'],
    ],
    over: PHL,
    exp: usual(),
  },
  {
    name: 'cover letter: the provider answers at once with the Purdue OWL page and never asks a thing about the need (clarify fails)',
    lines: [
      [0, 'p', 'How do I write a cover letter for an administrative assistant job?'],
      [22, 'l', 'Good morning, this is Raúl at Tucson-Pima Public Library.'],
      [35, 'l', 'Purdue OWL has a step-by-step page with a sample: owl.purdue.edu/owl/job_search_writing/job_search_letters/. Our Brainfuse JobNow database also lets you send your draft to a live coach for feedback (library.pima.gov/jobnow). Did that answer your question?'],
      [150, 'p', 'yes perfect'],
      [160, 'l', 'Anything else I can help you with today?'],
      [190, 'p', 'no thats it'],
      [196, 'l', 'Thanks for chatting with us, take care.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "Would a sample résumé for a warehouse job help?" asks about something not yet given
    name: 'near miss of completeness: "Would a sample résumé for a line cook job help?" before the sample, then no question after it',
    lines: [
      [0, 'p', 'need a resume for a line cook job, i have no experience except cooking at home and church fish fries'],
      [40, 'l', 'Hi! Marisol at Dayton Metro Library here. Would a sample résumé for a line cook job help?'],
      [70, 'p', 'yes please'],
      [76, 'l', 'One moment while I find one.'],
      [150, 'l', "Here's one from CareerOneStop with a volunteer-experience section you can copy: careeronestop.org/JobSearch/Resumes/ResumeGuide/introduction.aspx. Put the fish fries under \"Volunteer Food Service\" with how many plates you served."],
      [220, 'p', 'ok cool ill try'],
      [232, 'l', 'Good luck! Thanks for contacting Dayton Metro Library.'],
    ],
    // reading: the provider's question is about the need (sample?) before any source: clarify passes
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'community college: résumé review from a nursing grad, transfer to the career-services librarian with an internal note and a word to the patron',
    lines: [
      [0, 'p', 'Hi, I graduate from the ADN program in May and career services is closed. Can someone look at my resume?'],
      [25, 'l', "Hello and welcome to the Central Piedmont Library chat! I'm Tom. Are you applying for RN residency programs or for regular floor jobs?"],
      [70, 'p', 'Residency programs at Atrium and Novant mostly'],
      [80, 'i', 'Ana, can you take this? ADN grad wants a résumé review for RN residencies, you do the nursing career sessions.', who('Tom Reyes', 'jo')],
      [88, 'l', "Our nursing librarian, Ana, runs the healthcare résumé workshops, so I'm transferring you to her now. One moment!"],
      [95, 's', 'Chat transferred to Ana Ortiz', sys('transfer', 'ana')],
      [120, 'l', "Hi, Ana here! For residencies, lead with your clinical rotations and capstone. Our guide has an RN new-grad template: libguides.cpcc.edu/nursing-careers > Résumés. Can you paste your current résumé here or tell me your capstone unit?", who('Ana Ortiz', 'ana')],
      [200, 'p', 'capstone was on a med surg floor at Atrium Main, 120 hrs'],
      [214, 'l', 'Perfect, put that first under Clinical Experience with the unit and the hours. Does the template give you what you need?', who('Ana Ortiz', 'ana')],
      [260, 'p', 'yes it does, thank you!'],
      [268, 'l', 'Anything else before you go?', who('Ana Ortiz', 'ana')],
      [290, 'p', 'nope!'],
      [296, 'l', 'Good luck with residencies! Thanks for using the library chat.', who('Ana Ortiz', 'ana')],
    ],
    over: CPCC,
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer without a word to the colleague: the chat moves to the career librarian with no internal note (handoff fails)',
    lines: [
      [0, 'p', 'do you have help for federal resumes? usajobs keeps rejecting me'],
      [30, 'l', "Hi! I'm Lee at Montgomery College Libraries. Let me send you to our career librarian, she knows USAJOBS really well."],
      [40, 's', 'Chat transferred to Priya Nair', sys('transfer', 'priya')],
      [70, 'l', "Hello, Priya here. Federal résumés need every duty spelled out with hours per week. Which series are you applying for?", who('Priya Nair', 'priya')],
      [110, 'p', '0303 misc clerk, GS-5'],
      [125, 'l', 'USAJOBS has a résumé builder that puts the fields in the right order: usajobs.gov > Profile > Résumés > Build. And the Partnership for Public Service guide "Federal Résumé Tips": gogovernment.org/federal-resume. Is that what you were looking for?', who('Priya Nair', 'priya')],
      [200, 'p', 'yes, thats all i need'],
      [206, 'l', 'Great, good luck and thanks for chatting!', who('Priya Nair', 'priya')],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  // ---- online applications and portals --------------------------------------------------------------------------------
  {
    name: 'Workday portal: holds every minute while the provider reproduces the error; the patron says he is done',
    lines: [
      [0, 'p', 'trying to apply at the county hospital and the workday site keeps saying "an error occurred" when i hit submit. i been at this 2 hours'],
      [33, 'l', "Hi, this is Dev with the Multnomah County Library. That's frustrating, sorry. Which page are you on when it fails: My Information, My Experience, or the Review page?"],
      [80, 'p', 'review. i click submit and boom'],
      [88, 'l', "Thanks, give me a minute to try the same posting on my end."],
      [180, 'l', 'Still checking, almost there.'],
      [265, 'l', "Found it: Workday throws that error when a required field on an earlier page is blank after you uploaded a résumé, usually the phone type or the \"How did you hear about us\" question. Go back to My Information and check both. Workday's own help page says the same: workday.com/en-us/company/contact-support > Candidate Help. Did that fix it?"],
      [400, 'p', 'OMG it was the how did you hear thing. submitted!!'],
      [410, 'p', 'that is all, thank u'],
      [418, 'l', 'Yay! Best of luck with the hospital. Take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'store application: the provider names Target\'s careers site, patron asks about the assessment; anything else never asked, "ok thx" alone',
    lines: [
      [0, 'p', 'does target still do paper applications'],
      [18, 'l', 'Hi there! Shawna, librarian at Hennepin County Library. Are you applying for a store job, or a distribution center?'],
      [50, 'p', 'store, the one on lake st'],
      [61, 'l', 'Target only takes applications online now: corporate.target.com/careers, search by the store\'s city. If you don\'t have a computer at home, all our branches have free public PCs, no appointment. Does that answer your question?'],
      [110, 'p', 'is there like a test'],
      [125, 'l', 'Yes, there is a short "virtual job tryout" questionnaire after the application. It takes about 20 minutes and there are no wrong answers on the personality part.'],
      [180, 'p', 'ok thx'],
      [187, 'l', 'You are welcome! Good luck.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- unemployment insurance -----------------------------------------------------------------------------------------
  {
    name: 'PA unemployment: identity verification stuck, portal as source and the UC Service Center with its phone (referral passes)',
    lines: [
      [0, 'p', 'i got laid off 3 weeks ago and my UC claim is stuck on "identity verification pending". i have bills. please help'],
      [26, 'l', "Hi, I'm Bernadette, a librarian at the Free Library of Philadelphia. I'm sorry, that's a stressful spot. Did you verify through ID.me already, or are you still waiting for their email?"],
      [77, 'p', 'i did id.me last week, it says verified on their side'],
      [90, 'l', 'OK, let me look up what PA says about that.'],
      [170, 'l', 'When ID.me shows verified but the UC dashboard still says pending, the Department of Labor & Industry says to call the UC Service Center, they can release it by hand: 888-313-7284, Monday-Friday 8 am-4 pm. Keep filing your weekly certifications at uc.pa.gov meanwhile so you don\'t lose those weeks. Does that help?'],
      [240, 'p', 'ok i didnt know i should keep filing. thank you'],
      [252, 'l', 'Anything else I can look up for you?'],
      [270, 'p', 'no thats all'],
      [276, 'l', 'Take care, and I hope it clears quickly.'],
    ],
    over: PHL,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Ohio unemployment: "you\'ll need to call the unemployment office" with no number (referral fails), the portal is the source',
    lines: [
      [0, 'p', 'how do i appeal my unemployment denial ohio'],
      [30, 'l', 'Hi, thanks for contacting KnowItNow, I am Beth from the Columbus Metropolitan Library. Did you get a written determination letter, and do you know the date on it?'],
      [80, 'p', 'yes it says feb 20'],
      [92, 'l', 'You have 21 days from the mailing date to appeal, so you are still in time. Ohio Legal Help has a step-by-step guide to the appeal form: ohiolegalhelp.org/topic/unemployment-appeals. If you have questions about what to write, you\'ll need to call the unemployment office. Was that helpful?'],
      [160, 'p', 'yes. thats all thanks'],
      [166, 'l', 'Good luck with the appeal!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the patron asked for the number: giving it answers the question, no referral
    name: 'patron asks for the Texas Workforce Commission tele-center number: giving it answers the question (referral na)',
    lines: [
      [0, 'p', 'whats the phone number for TWC unemployment. the one on my letter doesnt work'],
      [20, 'l', "Hello, this is Lupe at San Antonio Public Library! Is it for a new claim or for a question on a claim you already have?"],
      [45, 'p', 'existing claim'],
      [55, 'l', 'The TWC Tele-Center for claims is 800-939-6631, 8 am-6 pm Monday to Friday. Their contact page lists the other lines too: twc.texas.gov/contact-twc. Does that answer your question?'],
      [90, 'p', 'yes ty'],
      [96, 'l', 'Anything else today?'],
      [110, 'p', 'nope'],
      [114, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: seguro de desempleo en California, referral to EDD with its Spanish line (referral passes)',
    lines: [
      [0, 'p', 'hola necesito ayuda para pedir el desempleo, me despidieron del restaurante'],
      [27, 'l', 'Hola, bienvenido al chat de la Biblioteca Pública de Los Ángeles. Me llamo Carmen. ¿Ya abrió una cuenta en myEDD o todavía no?'],
      [75, 'p', 'no todavia, no se como'],
      [84, 'l', 'Un momento, le busco la página en español.'],
      [150, 'l', 'Puede solicitar en línea en edd.ca.gov/es/unemployment (botón "Solicitar ahora"). Necesita su número de Seguro Social y las fechas del restaurante. Si tiene problemas con la solicitud, llame a la EDD en español al 1-800-326-3264, de 8 a 12 de lunes a viernes. ¿Le sirve esta información?'],
      [230, 'p', 'si gracias es todo'],
      [238, 'l', '¡Con gusto! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'weekly certification question, the patron vanishes after the answer; check-in then a disconnect notice (idle 230 s)',
    lines: [
      [0, 'p', 'do i have to report the 2 days of doordash on my weekly claim? michigan'],
      [35, 'l', "Hi, you've reached Ask a Librarian at Detroit Public Library, this is Andre. Was that doordash work during the week you're certifying for?"],
      [60, 'p', 'yes last week'],
      [75, 'l', 'Yes: Michigan UIA says to report gross earnings for the week you did the work, gig work included, even if you have not been paid yet. It is in the MiWAM claimant handbook, page 14: michigan.gov/leo/bureaus-agencies/uia > Claimant Handbook. Does that help?'],
      [200, 'l', 'Are you still there?'],
      [305, 'l', "It looks like you've stepped away, so I'm going to end this chat. Feel free to reach out again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'patron idle after the UI answer: "You still there?" at 2 min, then the provider just ends with thanks (idle 240 s, no notice)',
    lines: [
      [0, 'p', 'can i get unemployment if i quit bc my boss cut my hours to 10 a week'],
      [40, 'l', 'Hello! Pat here from the Tacoma Public Library. Which state do you work in, Washington?'],
      [62, 'p', 'yea WA'],
      [70, 'l', 'In Washington a cut in hours of 25% or more can be "good cause" to quit. ESD lists it in its guide "Quitting your job": esd.wa.gov/unemployment/quitting-your-job. Did that help?'],
      [195, 'l', 'You still there?'],
      [310, 'l', 'Thanks for chatting with Tacoma Public Library!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'patron goes quiet and the provider only sends a goodbye 3.5 minutes later: no check-in, no notice',
    lines: [
      [0, 'p', 'where can i find my 1099-G for unemployment'],
      [22, 'l', 'Hi! This is Jen with Ask Colorado. Was it Colorado unemployment you got last year?'],
      [40, 'p', 'yes'],
      [48, 'l', 'Your 1099-G is in MyUI+ under "Documents" (myui.colorado.gov); CDLE also mails a copy by January 31. Does that answer your question?'],
      [260, 'l', 'Thank you for using Ask Colorado. Have a great day!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'Lost Call: the patron asks about a UI overpayment letter and leaves before the provider greets; the provider checks in and closes',
    lines: [
      [0, 'p', 'i got a letter saying i owe back $3,400 in unemployment overpayment what do i do'],
      [40, 'l', "Hi, I'm Marcus at Tulsa City-County Library. I'm sorry you got that letter, let's look at it together."],
      [175, 'l', 'Are you still with me?'],
      [265, 'l', "I haven't heard back, so it looks like we've been disconnected. I'll close this chat now, but please chat again anytime."],
      [268, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'coded Lost Call though the patron sent three messages about a Missouri UI claim (code fails)',
    lines: [
      [0, 'p', 'missouri unemployment said my employer protested'],
      [20, 'p', 'what does that mean'],
      [30, 'l', "Hi, Kelly with St. Louis County Library here. It means your former employer disagreed with the reason you gave for leaving. Did you get a letter asking for your side?"],
      [70, 'p', 'yes with a fact finding interview date'],
      [82, 'l', 'Then be ready for a phone call that day. The Missouri Division of Employment Security explains the interview at labor.mo.gov/des/claimants/fact-finding. Did that help?'],
      [140, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', code: 'fail' }),
  },
  {
    name: 'no resolution code left by the provider after an unemployment question (code fails)',
    lines: [
      [0, 'p', 'how long does it take to get the first unemployment payment in NJ'],
      [25, 'l', 'Hi! This is Nicole, a librarian at Newark Public Library. Did you already file the claim, and when?'],
      [60, 'p', 'filed monday'],
      [71, 'l', 'NJ Department of Labor says most first payments arrive 2-3 weeks after filing if nothing needs review: myunemployment.nj.gov > "After you apply". Does that answer your question?'],
      [110, 'p', 'yes thats everything thx'],
      [115, 'l', 'Good luck, take care!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  // ---- GED / HiSET / licensing exams -----------------------------------------------------------------------------------
  {
    name: 'SMS: HiSET in New Jersey, testing centers named without any contact (referral fails), practice tests as source',
    lines: [
      [0, 'p', 'where do i take the hiset in jersey'],
      [45, 'l', 'Hi, this is Ray at NJ Ask a Librarian (text). What county are you in?'],
      [100, 'p', 'essex'],
      [112, 'l', 'In Essex you can test at Essex County College or the Newark Adult Learning Center. Go to either one and ask for the HiSET coordinator. Free practice tests are at hiset.org/prepare/materials. That help?'],
      [170, 'p', 'ya thx thats all'],
      [175, 'l', 'gl! txt back anytime'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'community college: NCLEX prep, the library guide and a database; provider asks whether it completely answers',
    lines: [
      [0, 'p', 'Does the library have NCLEX-RN practice questions? I take it in June.'],
      [19, 'l', "Good afternoon, you're chatting with Lorena at Austin Community College Library Services. Do you want question banks, review books, or both?"],
      [55, 'p', 'question banks mostly'],
      [64, 'l', 'We have LearningExpress (NCLEX-RN practice tests, 4 full exams) and Nursing Reference Center Plus. Both are on the Nursing guide: library.austincc.edu/nursing > "NCLEX Prep". Off campus you log in with your ACCeID. Does this completely answer your question?'],
      [140, 'p', 'yes! and can I borrow a Saunders book?'],
      [148, 'l', 'Let me check the catalog.'],
      [200, 'l', 'Saunders Comprehensive Review for the NCLEX-RN, 9th ed., is on 2-hour reserve at the Highland and Rio Grande campuses. Did that help?'],
      [240, 'p', 'yes that is everything'],
      [246, 'l', 'Wonderful, good luck in June! Thanks for using Ask ACC Library.'],
    ],
    exp: usual(),
  },
  {
    name: 'CDL permit: the provider gives the state manual and practice tests; asks "anything else"; never asks whether it helped',
    lines: [
      [0, 'p', 'hey looking for practice tests for the CDL permit in georgia'],
      [27, 'l', "Hello! I'm Darnell at Atlanta-Fulton Public Library. Class A or class B?"],
      [58, 'p', 'A im going to truck driving school'],
      [70, 'l', "The Georgia CDL manual is free at dds.georgia.gov/cdl-manual (General Knowledge, Air Brakes and Combination sections for class A). LearningExpress in our eResources also has CDL practice exams: afpls.org/eresources > LearningExpress > Career Certification."],
      [135, 'p', 'sweet'],
      [142, 'l', 'Anything else I can do for you?'],
      [160, 'p', 'nah'],
      [165, 'l', 'Drive safe! Thanks for chatting.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'CNA exam: provider cannot find the Prometric handbook right now, promises to e-mail it by tomorrow noon, e-mail confirmed, done in time',
    lines: [
      [0, 'p', 'hi i need the study guide for the CNA state exam in virginia'],
      [33, 'l', "Hi, this is Sam at Virginia Beach Public Library. Is it the written test, the skills test, or both?"],
      [66, 'p', 'both'],
      [75, 'l', 'One moment, let me check the Board of Nursing site.'],
      [160, 'l', "The Board says the candidate handbook moved to a new vendor this year and the link is broken right now. I'd like to call them and e-mail you the handbook once I have it. Meanwhile, the skills list is in our LearningExpress CNA course. What's the best e-mail for you?"],
      [210, 'p', 'tanisha.w@example.org'],
      [220, 'l', "Thanks, that's tanisha.w@example.org. I'll e-mail you the handbook by noon tomorrow. Anything else today?"],
      [250, 'p', 'no thats it thank u'],
      [258, 'l', 'You are welcome. Talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'tanisha.w@example.org', phone: null }, followUps: [{ doneAt: '2026-03-03T11:40:00-05:00', by: 'jo', note: 'sent Credentia handbook' }] },
    // reading: the provider gives a source but never asks whether it meets the need
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'real-estate licensing prep: "I\'ll send you the list" with the e-mail confirmed but no time given, coded Answered (code and contact fail, on time pending)',
    lines: [
      [0, 'p', 'looking for books to study for the Illinois real estate broker exam'],
      [24, 'l', "Hi! Chicago Public Library, this is Owen. Are you looking for print books to borrow or online practice exams?"],
      [50, 'p', 'both if possible. email is a.okafor@example.org'],
      [58, 'l', 'Let me check the catalog.'],
      [150, 'l', "We have \"Illinois Real Estate License Exam Prep\" (Stephen Mettling), 3 copies, and LearningExpress has a real-estate sales practice exam. I'll send you the list of what's on the shelf at your branch at a.okafor@example.org. Does that help?"],
      [200, 'p', 'ok great thanks'],
      [205, 'l', 'Anything else?'],
      [220, 'p', 'no'],
      [224, 'l', 'Thanks for chatting!'],
    ],
    over: { patron: { name: null, email: 'a.okafor@example.org', phone: null } },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- job centers, workforce boards, clothing, older workers, returning citizens ------------------------------------------
  {
    name: 'American Job Center: the provider points to the locator URL for the nearest center (reading: a URL with the referral)',
    lines: [
      [0, 'p', 'someone told me to go to an american job center for free training money. what is that'],
      [38, 'l', "Hi there! I'm Dana, a librarian at Ask a Librarian Delaware. What city or ZIP are you in?"],
      [70, 'p', '19801 wilmington'],
      [80, 'l', 'American Job Centers are free state/federal offices that handle training grants (WIOA), job search help and workshops. Visit the Wilmington center; you can find its address, hours and phone with the CareerOneStop locator at careeronestop.org/LocalHelp/AmericanJobCenters (enter 19801). Ask them about an "Individual Training Account". Is that what you were looking for?'],
      [160, 'p', 'yes thank you that is all'],
      [168, 'l', 'Good luck, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'workforce board: "talk to the folks at the workforce board" named without contact; the training list is the source (referral fails)',
    lines: [
      [0, 'p', 'does the county pay for CDL school? i was laid off from the plant'],
      [26, 'l', 'Hi! Eric from Allen County Public Library here. Were you laid off in the last 6 months?'],
      [50, 'p', 'yes in january'],
      [63, 'l', 'Then you may qualify as a dislocated worker. The state\'s list of approved training programs (INTraining) is at intraining.dwd.in.gov, and several CDL schools are on it. Talk to the folks at the Northeast Indiana Works workforce board about funding. Did that answer it?'],
      [120, 'p', 'yeah thanks'],
      [127, 'l', 'Anything else I can help you find?'],
      [150, 'p', 'no that was it'],
      [156, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'workforce board with an e-mail contact only (referral passes)',
    lines: [
      [0, 'p', 'Is there any program that helps pay for a medical billing certificate? I live in Sacramento.'],
      [31, 'l', "Hi! Welcome to Sacramento Public Library's chat, I'm Bao. Are you currently working, or out of work?"],
      [65, 'p', 'Part-time at a grocery store'],
      [77, 'l', 'SETA (the Sacramento Employment and Training Agency) funds certificates for low-income and underemployed workers. Write to them at careerservices@seta.net and ask about a WIOA training voucher for medical billing. Does that help?'],
      [140, 'p', 'Yes thanks, that is all I needed'],
      [147, 'l', 'Glad to help! Good luck.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'interview clothes: Dress for Success with street address and phone (referral passes)',
    lines: [
      [0, 'p', 'i have an interview at a bank next thursday and i dont have anything to wear. is there any place that gives clothes'],
      [22, 'l', "Hi, I'm Tasha at Houston Public Library. Congrats on the interview! Is it for a women's outfit you need?"],
      [50, 'p', 'yes'],
      [58, 'l', 'Dress for Success Houston gives a free interview suit and styling by appointment. Call Dress for Success at 713-874-0810 or go to 3311 Richmond Ave, Suite 300. Does that help?'],
      [120, 'p', 'omg yes thank you. thats everything'],
      [128, 'l', 'Good luck Thursday, you will do great!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'interview clothes for a man: Career Gear named without a way to reach it, nothing else given (source and referral fail)',
    lines: [
      [0, 'p', 'my son has a job interview and needs a suit, we cant afford one. anywhere in nyc?'],
      [30, 'l', 'Hello! This is Mike from the New York Public Library. Is it a suit for an office interview?'],
      [60, 'p', 'yes an office'],
      [70, 'l', 'Career Gear gives men a free interview suit, but they need a referral from a social services agency. Your son should ask his caseworker or job program to refer him. Did that help?'],
      [140, 'p', 'he doesnt have a caseworker'],
      [150, 'l', "Then he can go straight to Career Gear and ask them which partner agency can refer him."],
      [190, 'p', 'ok'],
      [196, 'l', 'Good luck to him!'],
    ],
    // reading: an organisation named with no way to reach it is no source; completeness asked after an answer ("Did that help?")
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'older worker, 63: SCSEP through the AARP Foundation with the phone, a patient provider',
    lines: [
      [0, 'p', 'Good morning. I am 63 and was let go from my office job. Nobody calls me back. Are there programs for older people?'],
      [35, 'l', "Good morning! I'm Ruth, a reference librarian at the Pikes Peak Library District. I'm sorry, age bias in hiring is real. Are you looking for a paid training placement, or help with your résumé and search?"],
      [102, 'p', 'Paid would be good. My income is small now.'],
      [110, 'l', 'Let me look up what is nearby.'],
      [190, 'l', 'The Senior Community Service Employment Program (SCSEP) gives paid part-time training placements to people 55+ with limited income. In Colorado it is run by the AARP Foundation: call 855-850-2525 or apply at aarp.org/aarp-foundation/our-work/income/scsep. Does that answer your question?'],
      [280, 'p', 'Yes. Thank you dear.'],
      [290, 'l', 'Is there anything else I can help with, like the résumé?'],
      [330, 'p', 'No, that is all for today.'],
      [337, 'l', 'You are very welcome. Best of luck, and come see us anytime!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'returning citizen: ID and second-chance jobs, reentry center with phone and a Honest Jobs URL; long and stressed',
    lines: [
      [0, 'p', 'i just got out last month after 6 yrs. parole says i need a job in 60 days. i dont have a ID or a phone plan just this library computer'],
      [27, 'l', "Hi, welcome. I'm Alicia with the Milwaukee Public Library. You've come to the right place, we help with this a lot. First, do you have your birth certificate or Social Security card?"],
      [90, 'p', 'i got my DOC release paper and my social card'],
      [101, 'l', 'Good, that helps. Give me a minute to check what the Wisconsin DMV takes.'],
      [180, 'l', 'The DMV takes a DOC release document plus your Social Security card for a state ID, and it is free if you check the box that it is for voting. Take both to any DMV service center: wisconsindot.gov/Pages/online-srvcs/find-dmv.'],
      [200, 'l', 'For jobs: the Project Return reentry program helps with job placement for people on supervision. Call them at 414-374-8070 or visit 2821 N 4th St. Honest Jobs lists second-chance employers: honestjobs.com. Does that help?'],
      [300, 'p', 'yea. what if they ask about my record on the application'],
      [320, 'l', "Wisconsin's law bars most employers from firing or refusing to hire you because of a record unless it is substantially related to the job. The Fair Employment guide is at dwd.wisconsin.gov/er/civilrights/discrimination/arrest.htm. Did that answer your question?"],
      [400, 'p', 'yes thank you for real. thats all'],
      [410, 'l', 'You are welcome. The library has free computers and a job lab every Tuesday. Come back anytime!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'returning citizen, near miss: "you should go to a reentry program" with none named or reachable; a keep-informed gap too',
    lines: [
      [0, 'p', 'do you know any jobs that hire felons in baltimore'],
      [44, 'l', 'Hi, I am Chris with AskUsNow!. What kind of work have you done before?'],
      [90, 'p', 'kitchen and some construction'],
      [260, 'l', "Some Baltimore employers known to hire people with records are listed in the Mayor's Office of Employment Development guide: oed.baltimorecity.gov/reentry. You should also go to a reentry program, they help with job placement. Does that help?"],
      [300, 'p', 'ok'],
      [306, 'l', 'Anything else?'],
      [330, 'p', 'no'],
      [338, 'l', 'Good luck!'],
    ],
    over: COOP,
    exp: usual({ informed: 'fail', referral: 'fail' }),
  },
  // ---- the library's own services -------------------------------------------------------------------------------------------
  {
    name: 'own library\'s career coach: "book a free 1-on-1 at spl.org/jobhelp or call 206-386-4636" (referral passes)',
    lines: [
      [0, 'p', 'I keep getting interviews but no offers. Do you have anyone who can do a mock interview?'],
      [29, 'l', "Hi, thanks for contacting Seattle Public Library, I'm Yusuf. What kinds of jobs are you interviewing for?"],
      [60, 'p', 'project coordinator roles'],
      [71, 'l', 'Our career coaches do 45-minute mock interviews. Book a free appointment at spl.org/jobhelp or call our Job Help line at 206-386-4636. Our Big Interview database also lets you record practice answers and get AI feedback (spl.org/databases > Big Interview). Does that help?'],
      [140, 'p', 'Yes, thanks! That covers it.'],
      [147, 'l', 'Good luck! Come back anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the colleague consulted on the patron's behalf is no referral
    name: 'the provider asks a colleague internally about a GED transcript request; not a referral; patron told to request it online',
    lines: [
      [0, 'p', 'I got my GED in 2004 in Kentucky. How do I get a copy for a job?'],
      [28, 'l', "Hello! This is Abby at Louisville Free Public Library. Do you need the diploma itself or the transcript (the scores)?"],
      [55, 'p', 'the employer wants a transcript'],
      [60, 'l', 'Thanks, let me double-check with a colleague who works with our adult ed partners.'],
      [70, 'i', 'Cam, Kentucky GED transcripts from before 2014 still through GED Testing Service?'],
      [120, 'i', 'yes, ged.com > Order transcripts, $15 for pre-2014 KY', who('Cam Lee', 'cam')],
      [135, 'l', 'You can order it online at ged.com (Order Transcripts, choose Kentucky): about $15, and they can send it straight to the employer. Did that answer your question?'],
      [190, 'p', 'yes thank you! that is all'],
      [196, 'l', 'You are welcome, good luck!'],
    ],
    exp: usual(),
  },
  // ---- pickup, greeting, dismissal, concurrency ----------------------------------------------------------------------------
  {
    name: 'slow pickup (95 s) on a busy Monday morning; otherwise a good job-search session',
    lines: [
      [0, 'p', 'do you have any help for making a linkedin profile'],
      [95, 'l', "Hi, sorry for the wait! I'm Paula at Boston Public Library. Are you starting a new profile or updating one?"],
      [130, 'p', 'new'],
      [140, 'l', 'LinkedIn Learning is free with your BPL eCard and has the course "Rock Your LinkedIn Profile": bpl.org/databases > LinkedIn Learning. Is that what you were looking for?'],
      [200, 'p', 'perfect, thats all'],
      [205, 'l', 'Have fun with it! Thanks for chatting.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'greeting with no one identified ("Hi there! What can I help with?"), then straight into the answer',
    lines: [
      [0, 'p', 'what is the minimum wage in florida right now, i think my job is underpaying me'],
      [25, 'l', 'Hi there! What can I help with?'],
      [40, 'p', 'the minimum wage'],
      [50, 'l', 'Is that for a tipped job or a regular hourly job?'],
      [80, 'p', 'regular, retail'],
      [90, 'l', "Florida's minimum wage is $14.00 an hour since Sept 30, 2025. The state's notice is at floridajobs.org/business-growth-and-partnerships/for-employers/display-posters-and-required-notices. Did that help?"],
      [150, 'p', 'yes thats all thanks'],
      [156, 'l', 'You are welcome, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'dismissal: "You\'ve asked a lot of questions today, I need to move on" with no way back (critical fail)',
    lines: [
      [0, 'p', 'can you help me with my resume, my cover letter and also how to answer the weakness question'],
      [30, 'l', 'Hi, Todd here at Ask a Librarian, Orange County Library System. Let\'s start with the résumé: what job is it for?'],
      [70, 'p', 'cashier at publix'],
      [80, 'l', 'Our Career Online database has a cashier résumé template: ocls.org/research > Career Online. Does that help?'],
      [130, 'p', 'yes and the cover letter? and the weakness question?'],
      [145, 'l', "You've asked a lot of questions today and I need to move on to other patrons now."],
      [150, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'polite: other patrons waiting, invited back for the cover letter (dismissal passes)',
    lines: [
      [0, 'p', 'need help with my resume and then my cover letter, applying to be a bank teller'],
      [28, 'l', "Hello! I'm Rosa at Ask a Librarian, Miami-Dade Public Library System. Do you have a résumé already that we can work from?"],
      [70, 'p', 'yes but its old'],
      [80, 'l', 'Then the quickest fix is a template: JobNow (mdpls.org/databases > Brainfuse JobNow) has a bank-teller one and a live résumé expert until 11 pm. Does that help for the résumé?'],
      [140, 'p', 'yes. and the cover letter?'],
      [150, 'l', "We have several patrons waiting right now, so I can't go through the cover letter with you in this chat. Please start a new chat later today or tomorrow and we'll do it together. Thank you for your patience!"],
      [170, 'p', 'ok'],
    ],
    // reading: the patron sent the last visible message: no final idle
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'provider with four chats open at once during a job-fair week (concurrency fails)',
    lines: [
      [0, 'p', 'what should i bring to the job fair at the convention center saturday'],
      [30, 'l', "Hi! I'm Jo at the Indianapolis Public Library. Is it the WorkOne job fair?"],
      [60, 'p', 'yes'],
      [70, 'l', 'Bring 10-15 printed copies of your résumé, a photo ID, and a 30-second intro. WorkOne lists the employers coming at workoneindy.com/events. We print résumés free on Saturday mornings. Does that answer your question?'],
      [120, 'p', 'yes that is all thanks'],
      [126, 'l', 'Have a great fair!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 200), other('b', 'jo', -50, 300), other('c', 'jo', 20, 150)] },
    exp: usual({ concurrency: 'fail' }),
  },
  // ---- follow-ups end to end --------------------------------------------------------------------------------------------
  {
    name: 'follow-up by phone: the patron gives a number, "I\'ll call you back by 4 today", done in time',
    lines: [
      [0, 'p', 'my employer never gave me a W-2 and i need it for my unemployment appeal hearing thursday'],
      [35, 'l', "Hi, I'm Lynn at Ask a Librarian Kansas City Public Library. Do you have your last pay stub, and do you know if the employer is still in business?"],
      [95, 'p', 'they closed in december. i dont have stubs, i was paid on a card'],
      [106, 'l', "Let me check a couple of things."],
      [200, 'l', 'Missouri says the hearing can use the wage records the state already has, and the IRS can send a wage and income transcript: irs.gov/individuals/get-transcript. I want to confirm with Legal Aid of Western Missouri whether you need more for the hearing. What phone number can I reach you at?'],
      [250, 'p', '816-555-0147'],
      [256, 'l', "Got it, 816-555-0147. I'll call you back by 4 pm today with what they say. Anything else in the meantime?"],
      [290, 'p', 'no thank you so much'],
      [297, 'l', 'Talk to you this afternoon!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '816-555-0147' }, followUps: [{ doneAt: '2026-03-02T15:30:00-05:00', by: 'jo', note: 'called back' }] },
    // reading: "whether you need more" refers the patron to no one: the provider contacts Legal Aid herself
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'follow-up by the patron\'s library: "the Career Center staff at your branch will call you by Thursday", no follow-up recorded after 5 days',
    lines: [
      [0, 'p', 'Does my branch do resume printing and review? Towson branch'],
      [24, 'l', "Hello, you've reached AskUsNow! I'm Kim, a librarian with Anne Arundel County Public Library. Do you want a review in person or by e-mail?"],
      [62, 'p', 'in person. my number is 410-555-0172'],
      [70, 'l', 'I am not sure of Towson\'s schedule for résumé reviews, so I\'ll send your question to the Towson staff. Someone from the Towson branch will call you at 410-555-0172 by Thursday. In the meantime, their job help page is at bcpl.info/services/job-help. Does that help for now?'],
      [120, 'p', 'yes thats fine'],
      [126, 'l', 'Anything else I can help with?'],
      [140, 'p', 'no thanks'],
      [145, 'l', 'Thanks for using AskUsNow!'],
    ],
    over: { ...COOP, ...FU_LIB, patron: { name: null, email: null, phone: '410-555-0172' } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'coded Follow-up by me but no patron contact anywhere (code and contact fail; on time pending)',
    lines: [
      [0, 'p', 'I need a list of all the welding apprenticeships in Ohio'],
      [30, 'l', "Hi! Grace at Columbus Metropolitan Library here. Union apprenticeships, or any registered apprenticeship?"],
      [65, 'p', 'any'],
      [75, 'l', 'Ohio\'s registered apprenticeships are searchable at apprenticeship.ohio.gov; filter by "welding". Does that help?'],
      [130, 'p', 'yes thanks, bye'],
      [134, 'l', 'Bye!'],
    ],
    over: { ...FU_ME },
    // reading: "yes thanks, bye" is thanks, not an explicit "that's all"
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Practice session (trainee on the workforce macros): not scored',
    lines: [
      [0, 'p', 'test: how do I file for unemployment'],
      [10, 'l', 'Hi, this is trainee Jo at the library.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'announcement that the chat will end is no goodbye: the last two provider messages neither thank nor invite back',
    lines: [
      [0, 'p', 'how do i find out if i can get unemployment as a seasonal worker in maine'],
      [31, 'l', 'Hello, this is Lisa at the Portland Public Library. Which season, summer tourism?'],
      [62, 'p', 'yes hotel work'],
      [70, 'l', "Maine's Bureau of Unemployment Compensation has a page on seasonal work: maine.gov/unemployment > Seasonal Employment. Does that answer your question?"],
      [110, 'p', 'ya. thats all i needed'],
      [118, 'l', 'I am going to end the chat now.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'long multi-part session: résumé, UI work search log, then interview clothes; holds between parts; ends with the patron done',
    lines: [
      [0, 'p', 'ok so i have like 3 things. resume, the work search log for unemployment, and clothes for an interview'],
      [24, 'l', "Hi! I'm Bree with Ask Us at Sno-Isle Libraries. Let's go one at a time. Résumé first: what job are you aiming for?"],
      [70, 'p', 'dental assistant'],
      [80, 'l', 'Job & Career Accelerator has dental assistant résumé samples: sno-isle.org/research > Job & Career Accelerator. Did that cover the résumé?'],
      [140, 'p', 'yes. now the work search log'],
      [146, 'l', 'Washington wants 3 job search activities a week logged in eServices. Let me find the page that lists what counts.'],
      [230, 'l', 'Here: esd.wa.gov/unemployment/job-search-requirements. Attending a library job workshop counts as one activity. Does that help?'],
      [290, 'p', 'oh nice. last one, clothes'],
      [298, 'l', 'One moment.'],
      [380, 'l', "Still looking, thanks for waiting."],
      [440, 'l', 'Hopelink in Everett... no, sorry, Hopelink is King County. For Snohomish County, the Dress for Success Seattle boutique serves your area: call 206-323-4443 to book a fitting. Does that complete everything you needed?'],
      [520, 'p', 'yes thats everything!!'],
      [528, 'l', "Awesome, good luck! Chat with us again anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'patron starts, the provider asks which state, patron never answers: clarify passes with no source given (source fails)',
    lines: [
      [0, 'p', 'how do i apply for unemployment'],
      [22, 'l', 'Hi! This is Vera from Ask a Librarian. Which state did you work in?'],
      [150, 'l', 'Are you still there?'],
      [240, 'l', 'It seems you have disconnected, so I will close this chat now. Please come back anytime!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    // reading: a clarifying question is a substantive exchange; no source was ever given
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // (run since v18's `namedUrlRM` and "report … to" as a referring verb; it was left:) "Call your bank today …, and report the scam to the FTC at reportfraud.ftc.gov": two parties in one sentence, the URL belonging to the second; the scorer gave the sentence's contact to both
    name: 'job scam: a fake "check" from an employer, reported to the FTC through its site (referral with a URL passes)',
    lines: [
      [0, 'p', 'i got hired for a remote data entry job and they mailed me a check for $2,800 to buy equipment from their vendor. is this legit?? i already deposited it'],
      [26, 'l', "Hi, this is Omar at Ask a Librarian, Broward County Library. I'm glad you asked. Have you sent any money to the \"vendor\" yet?"],
      [60, 'p', 'not yet they want me to zelle it today'],
      [70, 'l', "Please don't. This is a well-known fake-check scam: the check will bounce and the bank will take the money back from you. The FTC describes it here: consumer.ftc.gov/articles/fake-checks. Call your bank today to tell them the check may be fraudulent, and report the scam to the FTC at reportfraud.ftc.gov. Does that help?"],
      [150, 'p', 'oh my god. ok. calling the bank now. thats all thank you'],
      [157, 'l', 'You did the right thing by asking. Take care!'],
    ],
    // reading: "call your bank" names the patron's own bank, a party with no contact given: the referral fails
    exp: usual({ referral: 'fail' }),
  },
  {
    // (run since v18's block RM, `visitBackRM`; it was left:) "Our volunteers at the Job Help Desk in Room 204 … can sit with you, …, drop in.": the imperative "drop in" ends the sentence after the party, in a later clause
    name: 'own library\'s Job Help Desk in Room 204, no phone or address (referral fails)',
    lines: [
      [0, 'p', 'can somebody help me in person fill out the job application for the post office'],
      [33, 'l', "Hi! You're chatting with Meg at Seattle Public Library. Is it the USPS online application and the assessment test?"],
      [70, 'p', 'yes both'],
      [82, 'l', 'Our volunteers at the Job Help Desk in Room 204 of the Central Library can sit with you, Tuesdays and Thursdays 1-4 pm, drop in. The USPS application is at usps.com/careers. Does that work for you?'],
      [130, 'p', 'yes. thats all i need'],
      [138, 'l', 'Great, see you there!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // (run since v18, relabelled at the merge; it was left with clarify 'pass':) "Do you already have a GED.com account and a test date?" names a domain inside the clarifying question
    // reading (the eleventh round's, RUBRIC.md literally): the message gives a domain, so it gives a source, and the question in it is not before the first source: clarify fails
    name: 'GED math prep: LearningExpress Library and a referral to the adult-ed program at CPCC with phone and address',
    lines: [
      [0, 'p', 'I need to pass the GED math part. failed it twice. is there anything free'],
      [29, 'l', "Hi! Welcome to Charlotte Mecklenburg Library's chat, my name is Joy. Do you already have a GED.com account and a test date?"],
      [70, 'p', 'yes i test again april 3'],
      [80, 'l', 'Good, that gives us a few weeks. Free with your library card: LearningExpress Library has full GED math practice tests with explanations (cmlibrary.org/research > LearningExpress > High School Equivalency). It tells you which topics you miss.'],
      [95, 'l', 'And for a live teacher, the Adult Education program at Central Piedmont has free GED math classes at night. Call 704-330-6222 or walk in at the Harris Campus, 3210 CPCC Harris Campus Dr, Charlotte. Does that help?'],
      [170, 'p', 'yes that helps a lot!!! thats all'],
      [180, 'l', 'You got this! Come back anytime.'],
    ],
    exp: usual({ referral: 'pass', clarify: 'fail' }),
  },
  {
    // (run since v18's block RM, `byTextRM`; it was left:) the false referral came from "by text:" read as the imperative "text:" with the sentence before's party ("Indeed's help center")
    name: 'Indeed login loop: the provider goes quiet for 3 minutes without a hold while searching (keep_informed fails)',
    lines: [
      [0, 'p', 'indeed keeps sending me a code to my email but i never get it so i cant log in'],
      [28, 'l', "Hello! You've reached Ask Us at Cuyahoga County Public Library, my name is Greg. Have you checked your spam or Promotions folder?"],
      [60, 'p', 'yes its not there either. its a yahoo email'],
      [250, 'l', "Indeed's help center says Yahoo sometimes blocks the one-time codes. You can switch to \"Sign in with Google\" or ask for the code by text: support.indeed.com > Account > \"I'm not receiving my verification code\". Does that help?"],
      [330, 'p', 'ok the text one worked'],
      [338, 'l', 'Great! Is there anything else I can help with?'],
      [360, 'p', 'no'],
      [366, 'l', 'Thanks for chatting with CCPL, good luck with the search!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'near miss: "file online at uc.pa.gov" alone is a source, no referral',
    lines: [
      [0, 'p', 'where do i file my unemployment in pa'],
      [20, 'l', 'Hi, Jo at the Free Library here! New claim or reopening one?'],
      [40, 'p', 'new'],
      [50, 'l', 'File online at uc.pa.gov; choose "File a new claim". Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Good luck, bye!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'near miss: "the job center has computers too" mentions a place but tells the patron to do nothing there (no referral)',
    lines: [
      [0, 'p', 'can i use the library computers to do my unemployment'],
      [20, 'l', 'Hi, I\'m Jo from Dallas Public Library! Yes: any branch, 2 hours a day with your card. Do you need a card?'],
      [40, 'p', 'no i have one'],
      [50, 'l', 'Great. The workforce center has computers too, but ours are open later. The reservation page is dallaslibrary2.org/computers. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'referral to the state board of nursing with its phone: passes',
    lines: [
      [0, 'p', 'how do i check if my LPN license from Ohio transfers to Kentucky'],
      [20, 'l', 'Hi! Jo at Kenton County Public Library. Are you moving to Kentucky or working there from Ohio?'],
      [40, 'p', 'moving'],
      [50, 'l', 'Both are compact states, so your Ohio multistate license works until you become a KY resident; then you apply by endorsement. Call the Kentucky Board of Nursing at 502-429-3300 to confirm the timing. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "check with your parole officer about the curfew for a night shift" refers to a person with no contact',
    lines: [
      [0, 'p', 'can i take a night shift job if im on parole'],
      [20, 'l', 'Hi, this is Jo at the library. Is it in Illinois?'],
      [40, 'p', 'yes'],
      [50, 'l', 'It depends on your conditions. Check with your parole officer about the curfew before you accept a night shift. The IDOC parole page is idoc.illinois.gov/parole. Does that help?'],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Take care!'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  // ---- near misses of the block's fixes ------------------------------------------------------------------------------
  {
    // the farewell "talk to you this afternoon" needs "to you": a coach who "can talk this afternoon" says no goodbye
    name: 'near miss of the farewell: "Our career coach can talk this afternoon too if you call 206-386-4636." is no goodbye',
    lines: [
      [0, 'p', 'do you have mock interviews'],
      [20, 'l', 'Hi, Jo at Seattle Public Library here. For what kind of job?'],
      [40, 'p', 'barista'],
      [50, 'l', 'Big Interview lets you practice on video: spl.org/databases > Big Interview. Does that help?'],
      [80, 'p', 'yes'],
      [88, 'l', 'Our career coach can talk this afternoon too if you call 206-386-4636.'],
    ],
    exp: some({ courteous: 'fail', referral: 'pass' }),
  },
  {
    name: 'a sign-off "Talk with you tonight!" after a promised call-back says goodbye',
    lines: [
      [0, 'p', 'can someone help me with the state job application, i work days'],
      [20, 'l', 'Hi, Jo at the library. Is it the NEOGOV application on the state site?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The step-by-step guide is at governmentjobs.com/home/applicantguide. Does that help?'],
      [80, 'p', 'kind of. can u call me after 7, 608-555-0140'],
      [90, 'l', 'Sure: I will call you at 608-555-0140 tonight after 7 to go through it.'],
      [96, 'l', 'Talk with you tonight!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '608-555-0140' } },
    exp: some({ courteous: 'pass', contact: 'pass', code: 'pass' }),
  },
  {
    name: 'near miss of "says to": "The UC handbook says to visit uc.pa.gov for the form" points to a site (no referral)',
    lines: [
      [0, 'p', 'where is the form to report my job refusal'],
      [20, 'l', 'Hi, Jo at the Free Library. Is this for Pennsylvania UC?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The UC handbook says to visit uc.pa.gov for the form; it is under "Forms" on the claimant page. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: '"The notice says to contact the Office of UC Benefits" with no number: a referral with no contact',
    lines: [
      [0, 'p', 'my notice says my claim is on hold for able and available issue'],
      [20, 'l', 'Hi, Jo at the Free Library. Did the notice come with a questionnaire?'],
      [40, 'p', 'no just the notice'],
      [50, 'l', 'The notice says to contact the Office of UC Benefits about it. The able-and-available rules are explained at uc.pa.gov/claimant-handbook. Does that help?'],
      [80, 'p', 'ok thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    name: 'near miss of the referral phone as source: "Can you confirm your number is 608-555-0140?" gives no source',
    lines: [
      [0, 'p', 'can somebody from the job lab call me back, 608-555-0140'],
      [20, 'l', 'Hi, Jo at Madison Public Library. Can you confirm your number is 608-555-0140?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Thanks. The job lab is staffed Tuesdays and Thursdays from 1 to 4 pm.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: 'near miss of the send to an address: "I\'ll send you the link here, and your application goes to hr@example.org" (not the patron\'s)',
    lines: [
      [0, 'p', 'how do i apply to the city bus driver job'],
      [20, 'l', 'Hi, Jo at the library. Is it the Metro Transit posting?'],
      [40, 'p', 'yes'],
      [50, 'l', "I'll send you the link here, and your finished application goes to hr@example.org: metrotransit.example.org/jobs/4411. Does that help?"],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    over: { patron: { name: null, email: 'dee.k@example.org', phone: null } },
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: '"I\'ll send you the full list at dee.k@example.org." (the patron field\'s address) promises a follow-up with no time; coded Answered',
    lines: [
      [0, 'p', 'what jobs at the hospital dont need a degree'],
      [20, 'l', 'Hi, Jo at the library. Which hospital, UW Health?'],
      [40, 'p', 'yes'],
      [50, 'l', "Patient transport, food service and sterile processing tech are the big ones: uwhealth.org/careers. I'll send you the full list at dee.k@example.org. Does that help?"],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    over: { patron: { name: null, email: 'dee.k@example.org', phone: null } },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'near miss of "they can": "if they can\'t find your record, call GED Testing Service at 877-392-6433" still refers',
    lines: [
      [0, 'p', 'how do i get my old GED scores'],
      [20, 'l', 'Hi, Jo at the library. Which state and year?'],
      [40, 'p', 'ohio 1998'],
      [50, 'l', "Order them at ged.com > Order Transcripts; if they can't find your record, call GED Testing Service at 877-392-6433. Does that help?"],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: '"they will mail it to the employer, or you can call the GED office at 877-392-6433": the patron is still referred',
    lines: [
      [0, 'p', 'can the GED people send my transcript to my new job'],
      [20, 'l', 'Hi, Jo at the library. Did you test in Ohio?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Yes, they will mail it to the employer, or you can call the GED office at 877-392-6433 to ask for a rush. Does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

// LEFT: labelled right, the scorer still gets them wrong (reasons at each).
export const LEFT: SessionCase[] = [];

describe('sixteenth round (Q2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixteenth round (Q2): workforce sessions, every check', whole);
describeSessions('sixteenth round (Q2): workforce, short cases', short);

describeLeft('sixteenth-round-workforce', LEFT);
