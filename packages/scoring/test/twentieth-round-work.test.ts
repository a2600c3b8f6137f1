/**
 * Twentieth round, area (U1): WORK, MONEY AND SMALL BUSINESS. Job searches and résumés, unemployment claims and appeals,
 * civil-service and licensing exams (practice tests in test-prep databases), small-business plans and market research
 * (business databases, the Small Business Development Center, SCORE mentors), grants for nonprofits (Candid's Foundation
 * Directory), taxes (forms, VITA sites, the IRS), scams and consumer complaints (the Attorney General's consumer
 * protection office), Social Security and retirement. Public, county, statewide and academic business libraries,
 * career-center staff, patrons stressed about deadlines. Referrals to workforce centers, the SBDC, the IRS, the SSA and
 * state licensing boards with and without a way to reach them; sources named and not; follow-ups promised and not.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "request a free mentor through SCORE at score.org" tells the patron to contact an organisation, and the URL is its
 *   way to reach it: a referral that passes; "the IRS forms page, irs.gov/forms" for the patron to use is a source only;
 * - "ask your employer's payroll office for a corrected W-2" and "file a complaint with the Attorney General's Consumer
 *   Protection Division" tell the patron to contact (ask, write to) an organisation: referrals, failing without a contact;
 * - a test-prep or grants database named without a URL ("LearningExpress", "Foundation Directory Online",
 *   "GrantStation", the "Occupational Outlook Handbook") is a named resource: a source;
 * - an agency named only as a fact ("the SBA guarantees these loans") is neither a source nor a referral;
 * - "I'll look into it and get back to you" with an e-mail but no time fails `followup.contact` (no when); "by
 *   Thursday", "within 72 hours", "early next week" are whens;
 * - the patron's "ok", "cool thanks" or "perfect" are no explicit statement of being done; "that's all I needed", "no
 *   more questions" are;
 * - a question asked about the patron's job history, deadline or state before the first source is a clarifying question.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Key, type Line, type SessionCase, other, some, type St, sys, usual, who } from './helpers';

const HOUR = 3600;
/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR), by, note: 'sent' }];
const BIZ = who('Priya Raman', 'praman');

export const whole: SessionCase[] = [
  // ---- job searches and résumés -------------------------------------------------------------------------------------
  {
    name: 'résumé for a warehouse job: the provider asks about the work history, points to JobNow on the library site, asks "Will that work for you?"',
    lines: [
      [0, 'p', 'hi i need help making a resume, never had one. applying at the amazon warehouse'],
      [33, 'l', "Hi! I'm Keisha, a librarian with Fresno County Public Library. Happy to help. Have you worked before, even part-time or informally (babysitting, yard work)? That all counts on a resume."],
      [95, 'p', 'ya i did landscaping w my uncle 2 yrs and some dishwashing'],
      [104, 'l', "Perfect, that's real experience. Our Brainfuse JobNow database has a resume lab where a live coach reviews it, free with your library card: fresnolibrary.org/jobs then click JobNow. Start with the \"warehouse associate\" template. Will that work for you?"],
      [170, 'p', 'yes thats all i needed thank u'],
      [176, 'l', 'You are welcome, good luck with the application!'],
    ],
    exp: usual(),
  },
  {
    name: 'career-center staffer on the county chat: cover letter help, no question before the source, the patron says "ok cool"',
    lines: [
      [0, 'p', 'Do you guys have examples of cover letters for an admin assistant job? Due tonight'],
      [41, 'l', "Good evening, you've reached the Career Center chat at Pima County Public Library. This is Arturo. The Cover Letters section of our job guide has three admin samples: pima.gov/library/careerguide. Did those samples help?"],
      [103, 'p', 'ok cool'],
      [109, 'l', 'Best of luck tonight, and thanks for chatting with us!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    // reading: "go see the folks at the WorkSource center on Pacific Ave" tells the patron to visit an organisation with no contact
    name: 'laid off, first job search in 20 years: provider asks the field, gives LinkedIn Learning, sends the patron to the WorkSource center with no contact: referral fails',
    lines: [
      [0, 'p', "I got laid off after 20 years at the mill and I don't even know where to start looking. Everything is online now."],
      [28, 'l', "Hello, this is Greg, a reference librarian at Tacoma Public Library. I'm sorry, that's a lot to deal with. Are you hoping to stay in manufacturing or try something new?"],
      [88, 'p', 'maybe something new. forklift or maintenance'],
      [96, 'l', 'One moment while I pull a couple of things together.'],
      [180, 'l', 'LinkedIn Learning is free with your library card and has a "Job Search Strategies" course, and our Job Help page lists openings in Pierce County: tacomalibrary.org/jobhelp. For hands-on help, go see the folks at the WorkSource center on Pacific Ave; they help laid-off workers with retraining money. Is this the kind of help you were looking for?'],
      [251, 'p', 'yeah it is. thats everything for now'],
      [256, 'l', 'Take care, and come back any time.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'academic career services: internship search for an accounting major, Handshake named with its URL, a hold at 118 s, patron says done',
    lines: [
      [0, 'p', 'hey where do i find accounting internships for summer? im a junior'],
      [52, 'l', "Hi there! Marcus from the Lerner Business Library here. Are you looking in Delaware only, or anywhere?"],
      [80, 'p', 'philly area mostly'],
      [88, 'l', 'Let me check which boards our career office uses.'],
      [206, 'l', 'Handshake has most of the Big Four and regional firm postings for UD students: udel.joinhandshake.com (filter by "Accounting" and "Philadelphia"). Does that answer your question?'],
      [239, 'p', 'yep, thats all i need'],
      [244, 'l', 'Good luck with the search, bye!'],
    ],
    exp: usual(),
  },
  // ---- unemployment -------------------------------------------------------------------------------------------------
  {
    // reading: "call the NC DES claimant line at 888-737-0259" refers the patron to the agency with its phone
    name: 'unemployment appeal, deadline in 3 days: the state asked, the appeals page and the DES phone; "is this what you needed?"',
    lines: [
      [0, 'p', 'my unemployment got denied and the letter says I have till friday to appeal. I am freaking out'],
      [36, 'l', "Hi, this is Danielle with NCLive's chat, I'm a librarian at Wake County. We'll figure this out. Which state is the claim in, North Carolina?"],
      [71, 'p', 'yes NC'],
      [79, 'l', 'The appeal form and instructions are at des.nc.gov/appeals; you can file it online through your DES account or fax it. If you have questions about the denial itself, call the NC DES claimant line at 888-737-0259. Is this what you needed?'],
      [140, 'p', 'yes. no more questions, thank you so much'],
      [146, 'l', "You're very welcome. Good luck with the appeal!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you'll need to call the unemployment office" tells the patron to call an organisation; no number, e-mail, address or URL for it
    name: 'overpayment notice: the library guide given, then "you\'ll need to call the unemployment office" with no contact: referral fails',
    lines: [
      [0, 'p', 'i got a letter saying i owe back 2400 from unemployment?? i never got that much'],
      [44, 'l', 'Hello, you are chatting with Lorenzo from the Ask a Librarian service at Dayton Metro Library. When is the letter dated, and does it say "overpayment determination"?'],
      [103, 'p', 'its from march 3 and yes'],
      [110, 'l', "You have 21 days from that date to appeal. Our unemployment guide walks through overpayment waivers: daytonmetrolibrary.org/guides/unemployment. For the amount itself you'll need to call the unemployment office, they're the only ones who can see your claim. Does that help?"],
      [180, 'p', 'ok'],
      [186, 'l', 'Anything else I can help with today?'],
      [215, 'p', 'no'],
      [219, 'l', 'Thanks for contacting Dayton Metro Library, take care.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- exams --------------------------------------------------------------------------------------------------------
  {
    // reading: "LearningExpress" named without a URL is a named database: a source
    name: 'postal exam 474: practice tests in LearningExpress named without a URL; the patron leaves; check-in and a disconnect notice that invites back (idle 190 s)',
    lines: [
      [0, 'p', 'looking for practice test for the usps 474 exam'],
      [27, 'l', 'Hi, I am Beth, a librarian at Kern County Library. Is it the Virtual Entry Assessment for mail carrier, or a different job?'],
      [66, 'p', 'mail carrier'],
      [75, 'l', 'LearningExpress has a Postal Service prep course with two full practice tests; log in with your Kern County library card. Does that help?'],
      [205, 'l', 'Are you still there?'],
      [265, 'l', "It looks like you've disconnected, so I'll end this chat. Feel free to come back anytime, good luck on the test!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: telling the patron to contact the licensing board through its site (a URL) is a referral with a way to reach it
    name: 'cosmetology licence in Texas: picked up at exactly 60 s; the TDLR URL for the board; Peterson\'s practice tests; the patron is done',
    lines: [
      [0, 'p', 'Good morning. I finished beauty school and need to take the state board test. Are there study guides at the library?'],
      [60, 'l', 'Good morning, Ruth at Austin Public Library here. Congratulations! Is it the written (theory) exam or the practical you want to study for?'],
      [101, 'p', 'the written one'],
      [109, 'l', "Peterson's Test and Career Prep (on our eLibrary page) has cosmetology operator practice exams. To confirm your eligibility or schedule the test, contact the Texas Department of Licensing and Regulation through tdlr.texas.gov/cosmet. Was that helpful?"],
      [166, 'p', "Very. That's all I needed, have a nice day"],
      [171, 'l', 'You too, thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'firefighter written exam: pickup at 74 s; restated question; no completeness question; the patron thanks and the provider says goodbye',
    lines: [
      [0, 'p', 'where can I get books for the firefighter civil service exam in suffolk county'],
      [74, 'l', "Hi! Sorry for the wait. I'm Tom at the Long Island library chat. So you need study material for the Suffolk County firefighter written exam, right?"],
      [96, 'p', 'right, its in june'],
      [104, 'l', 'We own "Firefighter Exam" by LearningExpress (two copies at Patchogue-Medford, call number 363.37 FIR) and the county posts its exam announcement at suffolkcountyny.gov/civilservice.'],
      [150, 'p', 'great thanks'],
      [155, 'l', 'Bye, good luck in June!'],
    ],
    exp: usual({ pickup: 'fail', complete: 'fail', anything: 'fail' }),
  },
  // ---- small business -----------------------------------------------------------------------------------------------
  {
    // reading: "request a free mentor through SCORE at score.org" is a referral, score.org its way to reach them
    // failed before v21: "…; they review plans before people go to the bank" read as a referral to the bank (U1 `otherSubjectU1`)
    name: 'food truck business plan: city asked; Gale Business: Plan Builder and a SCORE mentor through score.org',
    lines: [
      [0, 'p', 'hello, i want to start a food truck (tacos) and the bank wants a business plan. Where do I even begin'],
      [38, 'l', 'Hi, welcome to Ask Us! This is Mei at San Antonio Public Library. Exciting! Will the truck be in San Antonio itself, and do you already have a location or event circuit in mind?'],
      [97, 'p', 'san antonio, near the pearl and downtown'],
      [106, 'l', 'Let me pull a couple of resources for you.'],
      [190, 'l', 'Gale Business: Plan Builder (on mysapl.org under Research > Business) walks you through each section of a plan lenders expect, with sample food-truck plans. You can also request a free mentor through SCORE at score.org/sanantonio; they review plans before people go to the bank. Is this what you had in mind?'],
      [260, 'p', 'yes this is great, thats all for today'],
      [266, 'l', 'Best of luck with the truck! Thanks for chatting with SAPL.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'craft brewery market research: IBISWorld for now, a list of sources by e-mail by Thursday, address repeated, coded Follow-up by me',
    lines: [
      [0, 'p', "I'm writing a feasibility study for a brewery in Columbus Ohio. I need market size and competitors"],
      [49, 'l', 'Hello, thanks for contacting the Columbus Metropolitan Library, my name is Andre. Is this for a bank loan, an investor pitch, or a class?'],
      [110, 'p', 'SBA loan application'],
      [118, 'l', "IBISWorld's \"Craft Beer Production in the US\" report has market size and trends; it's in our Business databases with your card. Local competitor lists take more digging in Data Axle, so I'll email you a spreadsheet of Central Ohio breweries by Thursday afternoon. What email should I use?"],
      [170, 'p', 'marcus.t.brew@example.com'],
      [177, 'l', "Got it: marcus.t.brew@example.com. You'll hear from me by Thursday afternoon."],
      [199, 'p', "Awesome that's everything for today"],
      [204, 'l', 'Thank you, talk soon!'],
    ],
    over: FU_ME,
    exp: followed({ complete: 'fail' }),
  },
  {
    // reading: "I'll see what I can find and get back to you" is a promise of a follow-up; no when given
    // failed before v21: "Have a sweet day!" read as no goodbye (U1 farewell)
    name: 'home bakery licence research promised "I\'ll get back to you" with no time; the code stays Answered: code fails, contact fails, on time pending',
    lines: [
      [0, 'p', "Can I legally sell cakes from my home kitchen in Maryland? I'm getting mixed answers"],
      [35, 'l', "Hi, it's Joan from AskUsNow! Which county are you in? The cottage food rules have a county piece."],
      [81, 'p', 'howard county. my email is tasha.bakes@example.net if thats easier'],
      [90, 'l', "Thanks. The state's cottage food page is at health.maryland.gov/cottagefood. The Howard County part is murkier; I'll see what I can find and get back to you at tasha.bakes@example.net. Is the state page enough to start with?"],
      [150, 'p', 'yes thank you'],
      [155, 'l', 'Anything else?'],
      [170, 'p', 'nope'],
      [174, 'l', 'Have a sweet day!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'SBA loan data, transferred from the general chat to the business librarian with an internal note and a visible notice',
    lines: [
      [0, 'p', 'I need data on how many SBA 7(a) loans went to restaurants in Georgia last year'],
      [30, 'l', "Hi! You've reached Ask a Librarian at the Atlanta-Fulton Public Library, this is Sam. Do you need the count only, or the loan amounts too?"],
      [66, 'p', 'both'],
      [72, 'i', 'Patron wants SBA 7(a) loan counts and amounts for GA restaurants, last FY. Can you take it? You know the SBA FOIA data better.'],
      [78, 'l', "Our business librarian, Priya, knows the SBA datasets well. I'm transferring you to her now, one moment."],
      [81, 's', 'Chat transferred to Priya Raman', sys('transfer', 'praman')],
      [110, 'l', 'Hi, Priya here. The SBA publishes every 7(a) loan in its FOIA dataset at data.sba.gov/dataset/7-a-504-foia; filter by state GA and NAICS 722. Did that get you what you need?', BIZ],
      [175, 'p', 'yes perfect, thats all'],
      [179, 'l', 'Great, thanks for using the library!', BIZ],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Etsy seller sales tax: transferred with no internal note: transfer fails',
    lines: [
      [0, 'p', 'do i have to collect sales tax on my etsy shop in Washington state'],
      [25, 'l', 'Hello, this is Lena at King County Library System. Let me get you to our business librarian.'],
      [31, 's', 'Chat transferred to Priya Raman', sys('transfer', 'praman')],
      [60, 'l', 'Hi, Priya here. Are you selling only on Etsy, or at craft fairs too?', BIZ],
      [88, 'p', 'only etsy'],
      [95, 'l', 'Etsy collects and remits Washington sales tax for you as a marketplace facilitator; the Department of Revenue explains it at dor.wa.gov/marketplace. Does that answer it?', BIZ],
      [140, 'p', "yes, that answers it, that's all. thanks!"],
      [144, 'l', 'Happy selling, bye!', BIZ],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  // ---- grants -------------------------------------------------------------------------------------------------------
  {
    // reading: "stop by the Nonprofit Resource Center on the 3rd floor, (412) 555-0142" sends the patron to the library's own department, with its phone
    name: 'animal rescue grants: Foundation Directory Online named; the Nonprofit Resource Center on the 3rd floor with its phone',
    lines: [
      [0, 'p', 'Hi, I run a small cat rescue (501c3) and we need grants for spay/neuter. Does the library have anything?'],
      [45, 'l', 'Hello! I am Denise, a librarian at Carnegie Library of Pittsburgh. Are you looking for foundations in Western PA only, or national ones too?'],
      [104, 'p', 'both really'],
      [112, 'l', 'Candid\'s Foundation Directory Online lets you search funders by "animal welfare" and by state; we have the Professional version free on our computers. Stop by the Nonprofit Resource Center on the 3rd floor of Main, (412) 555-0142, and they\'ll sit with you for a first search. Does that help?'],
      [170, 'p', 'It does! No more questions, thanks'],
      [175, 'l', 'Thanks for all you do for the cats, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "GrantStation" named as a database the patron can log into is a named resource: a source
    // failed before v21: GrantStation named alone read as no source (U1 knownResource)
    name: 'youth soccer nonprofit: GrantStation named without a URL; the provider goes silent 131 s after the patron\'s second question: keep_informed fails',
    lines: [
      [0, 'p', 'are there grant databases for a youth soccer league? we are a nonprofit'],
      [22, 'l', 'Hi there, Jay at the Arlington Public Library here. Are you looking for equipment money or field fees?'],
      [55, 'p', 'equipment mostly. also do we need to be a 501c3 for most of them??'],
      [186, 'l', 'Most foundations do require 501(c)(3) status. GrantStation, one of our databases, lists sports and recreation funders by state and you can log in from home with your card. Is that what you were looking for?'],
      [230, 'p', 'yes thats all thanks'],
      [234, 'l', 'Go team! Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  // ---- taxes --------------------------------------------------------------------------------------------------------
  {
    name: 'prior-year 1040 instructions: the IRS forms page as a source, no referral; picked up at 61 s',
    lines: [
      [0, 'p', 'I need the 1040 instructions for 2022, i have to file a late return'],
      [61, 'l', 'Hi, this is Nora from the Ask Us chat at Anne Arundel County Public Library. Do you need the printed booklet or is a PDF fine?'],
      [90, 'p', 'pdf is fine'],
      [97, 'l', 'Prior-year forms and instructions are on the IRS site: irs.gov/prior-year-forms, search "1040 instructions" and pick 2022. Does that get you what you need?'],
      [140, 'p', 'yes thanks thats all'],
      [144, 'l', 'Good luck with the filing, take care!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // failed before v21: "Book by calling the Tax-Aide line at …" read as no referral (U1 `byMeansU1`)
    name: 'free tax help: income asked; "let me check the VITA schedule", answer 115 s later; VITA appointment line with phone',
    lines: [
      [0, 'p', 'hi is there free tax help at the library this year? I am a retired and on SS'],
      [30, 'l', 'Hi! This is Carla at Multnomah County Library. Is your household income under $67,000? That is the limit for the free VITA program.'],
      [70, 'p', 'yes much lower'],
      [76, 'l', 'Let me check the VITA schedule for our branches.'],
      [191, 'l', 'AARP Tax-Aide volunteers are at the Gresham and Midland branches on Saturdays, 10-2, by appointment only. Book by calling the Tax-Aide line at 503-555-0199. Bring your SSA-1099 and last year\'s return. Does that help?'],
      [240, 'p', 'yes, i will call. that is all i needed'],
      [246, 'l', 'You are welcome. Thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "ask your employer's payroll office for a corrected W-2" tells the patron to ask an organisation's department: a referral, no contact
    name: 'wrong W-2: IRS page for a missing or wrong W-2, and "ask your employer\'s payroll office for a corrected one" with no contact: referral fails',
    lines: [
      [0, 'p', 'My W2 has the wrong social security number on it. Can I just fix it myself on the form?'],
      [34, 'l', "Hi, I'm Rob, a librarian with the Hennepin County Library chat. No, please don't change it yourself. Has your employer already sent the W-2 to the IRS, do you know?"],
      [90, 'p', 'i think so, it says copy A filed'],
      [98, 'l', 'Then ask your employer\'s payroll office for a corrected one (a W-2c). The IRS explains what to do if it doesn\'t come at irs.gov/w2help. Does that answer your question?'],
      [152, 'p', 'yes, thx'],
      [157, 'l', 'You are welcome, bye!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  // ---- scams and complaints -----------------------------------------------------------------------------------------
  {
    name: 'phone scam about a "suspended" Social Security number: whether money went out asked; FTC report site and the AG hotline with its number',
    lines: [
      [0, 'p', 'someone called and said my social security number is suspended and i have to buy gift cards to fix it. is this real??'],
      [19, 'l', "Hi, this is Vanessa at the Ask a Librarian chat, Broward County Library. That is a scam; Social Security never suspends numbers. Did you give them any money or numbers?"],
      [60, 'p', 'i bought 1 card for 200 but didnt give the code yet'],
      [68, 'l', "Don't give them the code. Report the call at reportfraud.ftc.gov, and call the Florida Attorney General's fraud hotline at 1-866-966-7226; they can tell you about getting the card refunded. Is that the information you needed?"],
      [130, 'p', 'yes thank you so much, thats all'],
      [137, 'l', 'I am glad you checked first. Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "file a complaint with the Attorney General's Consumer Protection Division" asks the patron to write to an office: a referral, no contact
    name: 'contractor took a deposit and vanished: consumer.ftc.gov given; "file a complaint with the Attorney General\'s Consumer Protection Division" without a contact',
    lines: [
      [0, 'p', 'A roofer took $3,000 deposit and never showed up and now his phone is disconnected. What can I do'],
      [50, 'l', 'Hello, I am Ahmed, a librarian at Cuyahoga County Public Library. I am sorry. Did you sign a written contract with him?'],
      [92, 'p', 'yes i have it'],
      [99, 'l', "Good. The FTC's guide at consumer.ftc.gov/home-improvement explains your options. You should also file a complaint with the Attorney General's Consumer Protection Division; bring the contract and your cancelled check. Small claims court is another route. Did that help?"],
      [168, 'p', 'Yes. Thank you'],
      [172, 'l', 'Is there anything else I can look up for you?'],
      [200, 'p', 'no that is it'],
      [206, 'l', 'Thanks for using Ask a Librarian, good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- Social Security and retirement -------------------------------------------------------------------------------
  {
    name: 'full retirement age: birth year asked; the SSA chart URL; the local office by its national number',
    lines: [
      [0, 'p', 'At what age can I get full social security? Im trying to plan when to quit'],
      [26, 'l', "Hello, this is Walt from Ask Us Now at Baltimore County Public Library. What year were you born? It depends on that."],
      [57, 'p', '1961'],
      [66, 'l', 'Born in 1961, your full retirement age is 67. The chart is at ssa.gov/benefits/retirement/planner/agereduction.html. To talk about your own benefit estimate, make an appointment with your local Social Security office by calling 1-800-772-1213. Is this what you needed?'],
      [117, 'p', "yes. That's all I needed thanks"],
      [121, 'l', 'You are welcome, have a good afternoon.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'survivor benefits: "you\'d have to go to the Social Security office in person" with no contact; ssa.gov page given; the patron goes silent, no check-in (idle 150 s)',
    lines: [
      [0, 'p', 'my husband passed last month, can i get his social security instead of mine'],
      [29, 'l', "Hi, I'm Gwen, a librarian with the Tulsa City-County Library chat. I'm so sorry for your loss. Were you married at least nine months, and are you 60 or older?"],
      [90, 'p', 'yes 64, married 38 yrs'],
      [98, 'l', 'Then you can likely get survivor benefits; the rules are at ssa.gov/survivors. You cannot apply online for survivors, so you\'d have to go to the Social Security office in person or by phone. Does that help?'],
      [248, 'l', 'Take care, and thank you for contacting the library.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail', idle: 'fail' }),
  },
  // ---- endings, limits and lost calls -------------------------------------------------------------------------------
  {
    name: 'job seeker with a long list: "that\'s our limit of three questions per chat" and goodbye: dismissal fails',
    lines: [
      [0, 'p', 'hi 3 things: how do i apply for state jobs in ohio, do i need a degree for a clerk job, and is there a typing test'],
      [40, 'l', 'Hello, this is Cheryl at the Columbus library chat. Are you looking at a specific posting?'],
      [80, 'p', 'office assistant 2'],
      [88, 'l', 'State jobs are posted at careers.ohio.gov; Office Assistant 2 needs a high school diploma, and some postings list a typing test. Does that answer your questions?'],
      [130, 'p', 'yes. also how do i get my unemployment 1099 and what about child support if i get hired'],
      [139, 'l', "I've already answered three questions and that's our limit per chat. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'other patrons waiting, with a way back: "please start a new chat anytime": no dismissal',
    lines: [
      [0, 'p', 'is the library doing any job fairs this spring'],
      [30, 'l', 'Hi there! Sonia at Queens Public Library here. Any particular field?'],
      [63, 'p', 'healthcare'],
      [70, 'l', 'The Job Readiness Center hosts a healthcare hiring fair on April 12 at Central; details at queenslibrary.org/jobfairs. Was that what you were looking for?'],
      [106, 'p', 'yes. can u also help me with my resume and my linkedin and practice for an interview'],
      [115, 'l', 'I would love to, but there are other patrons waiting right now. Please start a new chat anytime, or book a one-on-one session with the Job Readiness Center at 718-555-0130.'],
      [160, 'p', 'ok thanks'],
      [165, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'the patron asks about a real-estate exam and leaves: greeting, check-in, notice inviting back (idle 225 s); Lost Call with one patron message',
    lines: [
      [0, 'p', 'when is the next real estate license exam in georgia'],
      [37, 'l', 'Hi, this is Felix from the Gwinnett County Public Library.'],
      [170, 'l', 'Hello? Are you still there?'],
      [262, 'l', "It seems you've been disconnected, so I'll close this chat now. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call although the patron sent a second message: code fails',
    lines: [
      [0, 'p', 'need w-4 form'],
      [20, 'p', 'for a new job'],
      [55, 'l', 'Hello! Ali here, a librarian at Chicago Public Library. The W-4 is at irs.gov/w4, with a worksheet if you have two jobs. Does that help?'],
      [95, 'p', 'yes thats all thanks'],
      [99, 'l', 'Congrats on the new job, bye!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ clarify: 'fail', code: 'fail' }),
  },
  {
    name: 'no greeting and no name: "What kind of job?" then the answer, ending on "Hope that helps.": greeting and courteous fail',
    lines: [
      [0, 'p', 'how do i find part time jobs near me that work with a school schedule'],
      [25, 'l', 'What kind of job are you hoping for, and what town?'],
      [60, 'p', 'retail, in Ames'],
      [67, 'l', "Indeed lets you filter by part-time and \"flexible schedule\": indeed.com, search Ames, IA. The Iowa Workforce Development job board is at iowaworks.gov too. Did that help?"],
      [110, 'p', 'yes thats all'],
      [115, 'l', 'Hope that helps.'],
    ],
    exp: usual({ greeting: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Sunday shift with four chats open: the provider has three others open during this one: concurrency fails',
    lines: [
      [0, 'p', 'what is the minimum wage in Colorado this year'],
      [40, 'l', 'Hi! Paula here from AskColorado. Are you asking about Denver or the rest of the state? Denver is higher.'],
      [81, 'p', 'Pueblo'],
      [88, 'l', 'Outside Denver it is $14.81 an hour in 2025, per the state labor department\'s poster at cdle.colorado.gov/wages. Does that answer your question?'],
      [120, 'p', "yes that's all i needed"],
      [124, 'l', 'Have a good one!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 200), other('b', 'jo', 30, 500), other('c', 'jo', 60, 300)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: "cooperative backup: the patron's library will mail a tax-forms list by Monday, e-mail repeated, recorded done 40 h later; Follow-up by patron's library",
    lines: [
      [0, 'p', 'does the severna park branch still have paper 1040 forms? i dont have a printer'],
      [33, 'l', "Hi, I'm Dave, a librarian answering for AskUsNow! tonight from another county, so I can't see Severna Park's stock. Do you need just the 1040 or schedules too?"],
      [72, 'p', '1040 and schedule C'],
      [80, 'l', "The IRS will also mail paper forms free if you order at irs.gov/orderforms. I'll pass your question to Anne Arundel County Public Library and someone there will email you by Monday about what Severna Park has. What email should they use?"],
      [120, 'p', 'r.okoro@example.org'],
      [126, 'l', "Thanks, they'll write to r.okoro@example.org by Monday. Anything else tonight?"],
      [150, 'p', 'no thats it'],
      [154, 'l', 'Good night, thanks for using AskUsNow!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'r.okoro@example.org', phone: null }, followUps: doneAfter(159, 40) },
    exp: usual({ clarify: 'pass', contact: 'pass', onTime: 'pass', complete: 'fail' }),
  },
  {
    name: 'wage theft: the Wage and Hour Division with its number in brackets; "I think that\'s everything" from the patron',
    lines: [
      [0, 'p', 'my boss hasnt paid overtime for months, we work 50 hrs. who do i even complain to'],
      [31, 'l', 'Good afternoon! You are chatting with the Business and Career Center at Houston Public Library, I am Lupe. Are you paid hourly or a salary?'],
      [77, 'p', 'hourly'],
      [84, 'l', "Then overtime is owed after 40 hours. I'd reach out to the U.S. Department of Labor's Wage and Hour Division (1-866-487-9243); complaints are confidential. Their overtime fact sheet is at dol.gov/agencies/whd/overtime. Does that answer your question?"],
      [150, 'p', "yes, I think that's everything. thank you"],
      [156, 'l', 'Best of luck, and thanks for reaching out.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'investor research: a 10-K in EDGAR named, Value Line on the library site; the patron only says "ok thx"; the provider asks "anything else?" and the patron leaves (idle 130 s, check-in asked)',
    lines: [
      [0, 'p', 'how do I find the annual report for Nucor for my investing club'],
      [24, 'l', "Hi, I'm Sharon with the Ask a Librarian service at Charlotte Mecklenburg Library. Do you need just the report, or analysts' ratings too?"],
      [58, 'p', 'both if possible'],
      [66, 'l', "Nucor's 10-K is free in the SEC's EDGAR database, and Value Line has the analyst page (Research > Investing on cmlibrary.org). Does that help?"],
      [95, 'p', 'ok thx'],
      [101, 'l', 'Anything else I can find for you?'],
      [200, 'l', 'Are you still there?'],
      [231, 'l', 'Thanks for chatting, come back anytime!'],
    ],
    exp: usual({ idle: 'pass' }),
  },
  {
    name: 'lunch break: "I need to log off for my lunch now, bye" with no way back: dismissal fails',
    lines: [
      [0, 'p', 'can you help me fill out the unemployment weekly certification'],
      [45, 'l', 'Hi, this is Mark at the Lansing library chat. Which question on the certification are you stuck on?'],
      [92, 'p', 'the one about work search contacts, how many do i need'],
      [99, 'l', 'Michigan requires one work search activity a week for most claimants; see michigan.gov/uia/work-search. Did that help?'],
      [140, 'p', 'kind of, but what counts as an activity'],
      [147, 'l', 'I need to log off for my lunch now, bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'closing in ten minutes, with a way back: "come back tomorrow at 9 or use the 24/7 chat": no dismissal',
    lines: [
      [0, 'p', 'i need help with my small business taxes, schedule C and quarterly estimates and depreciation'],
      [29, 'l', 'Hello, Kim at Lakewood Public Library here. Are you a sole proprietor?'],
      [64, 'p', 'yes'],
      [71, 'l', 'IRS Publication 334 (irs.gov/pub334) covers Schedule C, estimates and depreciation for sole proprietors. Is that what you needed?'],
      [112, 'p', 'yes but can u go thru the depreciation part with me'],
      [119, 'l', "We're closing in ten minutes, so I can't go through it tonight, but please come back tomorrow at 9 or use the 24/7 chat on our site anytime."],
      [150, 'p', 'ok will do'],
      [154, 'l', 'Thank you, good night!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

/** The opening of the short cases: a patron looking for work, a county librarian greeting and asking one question. */
const START: Line[] = [
  [0, 'p', 'hi, i need to find a job fast, my hours got cut'],
  [24, 'l', 'Hello, this is Jo at Sample County Library. What kind of work have you done before?'],
  [60, 'p', 'retail and some bookkeeping'],
];

export const short: SessionCase[] = [
  // ---- referrals and sources ----------------------------------------------------------------------------------------
  {
    name: '"call the IRS at 800-829-1040": referral passes',
    lines: [...START, [70, 'l', 'For the missing refund, call the IRS at 800-829-1040 with your return in hand. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"You\'ll need to call the IRS about the notice." with nothing to reach them: referral fails',
    lines: [...START, [70, 'l', 'The CP2000 notice is explained at irs.gov/cp2000. You\'ll need to call the IRS about the notice itself. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'Publication 17 at irs.gov/pub17 is a source for the patron to use, no referral',
    lines: [...START, [70, 'l', 'IRS Publication 17 explains the rules for tips: irs.gov/pub17. Does that answer it?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: an agency named as a fact is no source and no referral
    name: '"The SBA guarantees these loans, and most banks offer them." names an agency without a way to reach it: source fails, no referral',
    lines: [...START, [70, 'l', 'The SBA guarantees these loans, and most banks in the county offer them.'], [100, 'p', 'ok thats all'], [104, 'l', 'Bye!']],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: '"the Occupational Outlook Handbook has the pay and outlook for bookkeepers" is a named resource: source passes',
    lines: [...START, [70, 'l', 'The Occupational Outlook Handbook has the pay and job outlook for bookkeepers. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: '"Candid\'s Foundation Directory" named for the patron to search is a source',
    lines: [[0, 'p', 'we are a tiny arts nonprofit looking for grant makers'], [20, 'l', 'Hi, Jo at Sample County Library here. In what state?'], [50, 'p', 'Vermont'], [58, 'l', "Try Candid's Foundation Directory, searching \"arts\" and Vermont; we have it in the library. Is that helpful?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'SBDC with its e-mail: "email the Small Business Development Center at sbdc@example.edu" refers with a contact',
    lines: [...START, [70, 'l', 'For one-on-one help with the bookkeeping business idea, email the Small Business Development Center at sbdc@example.edu. Is that what you needed?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"talk to someone at the SBDC" with no way to reach them: referral fails',
    lines: [...START, [70, 'l', 'Gale Business: Plan Builder has bookkeeping business plan templates, and you should talk to someone at the SBDC before you register the business. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"Ask the state licensing board" for a CPA exam with no contact: referral fails',
    lines: [[0, 'p', 'can i sit for the CPA exam with 120 credits in Illinois'], [25, 'l', 'Hi, Jo at Sample County Library. Are your credits from a US school?'], [55, 'p', 'yes'], [62, 'l', 'Illinois requires 150 hours to be licensed but you can sit for the exam at 120; the CPA Examination Services FAQ is at nasba.org/exams. For your own transcript, ask the state licensing board. Does that answer it?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'the workforce center with a phone and hours: "visit the American Job Center on Main, 555-0110": referral passes',
    lines: [...START, [70, 'l', 'Visit the American Job Center on Main St (555-0110, walk-ins Mon-Thu) and they can check you into the retraining program. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  // ---- clarifying and completeness ----------------------------------------------------------------------------------
  {
    name: 'restated need before the source: "So you need practice tests for the police exam?"',
    lines: [[0, 'p', 'police exam study stuff'], [20, 'l', 'Hi, Jo at Sample County Library. So you need practice tests for the police officer exam?'], [45, 'p', 'ya'], [52, 'l', 'LearningExpress has two full police officer practice exams with your card. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a deadline question ("When is the grant due?") before the source clarifies',
    lines: [[0, 'p', 'need help writing a grant for our food pantry'], [20, 'l', 'Hi, Jo at Sample County Library. When is the grant due?'], [45, 'p', 'the 30th'], [52, 'l', "Grantsmanship Center's guide \"Writing a Winning Proposal\" is free at tgci.com/proposal. Did that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Would a list of Ohio funders be what you need?" after the first source asks about something not yet given: completeness fails',
    lines: [[0, 'p', 'need help writing a grant for our food pantry'], [20, 'l', 'Hi, Jo at Sample County Library. When is the grant due?'], [45, 'p', 'the 30th'], [52, 'l', "Grantsmanship Center's guide is free at tgci.com/proposal. Would a list of Ohio funders be what you need next?"], [80, 'p', 'no thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'the only question comes after the source: clarify fails',
    lines: [[0, 'p', 'is there a library database for small business startup costs'], [20, 'l', 'Hi, Jo at Sample County Library. Business Plans Handbook in Gale eBooks has startup cost tables by business type. What kind of business is it?'], [50, 'p', 'a dog grooming van'], [58, 'l', 'Volume 38 has a mobile pet grooming plan. Did that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  // ---- anything else and done ---------------------------------------------------------------------------------------
  {
    name: 'the patron: "nope that covers it, no more questions" is explicit: anything_else passes',
    lines: [...START, [70, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?'], [100, 'p', 'nope that covers it, no more questions'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron: "perfect ty" is no statement of being done: anything_else fails',
    lines: [...START, [70, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?'], [100, 'p', 'perfect ty'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"Any other questions I can help with?" asks: anything_else passes',
    lines: [...START, [70, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Any other questions I can help with?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- timing -------------------------------------------------------------------------------------------------------
  {
    name: 'silence of 119 s after the patron\'s answer, no hold: keep_informed passes',
    lines: [...START, [179, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?'], [200, 'p', 'yes thats all'], [204, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'silence of 122 s after the patron\'s answer, no hold: keep_informed fails',
    lines: [...START, [182, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?'], [200, 'p', 'yes thats all'], [204, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"still digging through the wage data, hang on" every 100 s keeps the patron informed',
    lines: [...START, [70, 'l', 'Let me look up bookkeeper wages for our county.'], [170, 'l', 'Still digging through the wage data, hang on.'], [270, 'l', 'The median is $22.40 an hour here, per the state wage survey at lmi.example.gov. Does that help?'], [300, 'p', 'yes thats all'], [304, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Take your time filling in the application, I\'ll be here" is no hold: the patron\'s 200 s is not the provider\'s silence',
    lines: [...START, [70, 'l', 'The county application is at jobs.example.gov/apply. Take your time filling it in, I\'ll be here.'], [270, 'p', 'ok done, i submitted it. thats all'], [276, 'l', 'Great, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'final idle of 115 s after the answer: no check-in needed (idle na)',
    lines: [...START, [70, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?']],
    over: { endAfter: 115 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'final idle of 150 s without a check-in: idle fails, disconnect na',
    lines: [...START, [70, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?']],
    over: { endAfter: 150 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"It seems you\'ve disconnected, so I\'ll end this session." at 200 s without asking: idle fails, disconnect passes',
    lines: [...START, [70, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?'], [270, 'l', "It seems you've disconnected, so I'll end this session."]],
    over: { endAfter: 2 },
    exp: some({ idle: 'fail', disconnect: 'pass' }),
  },
  // ---- follow-ups ---------------------------------------------------------------------------------------------------
  {
    name: '"I\'ll email you the SBDC counselor list within 72 hours" with the address repeated, Follow-up by me: contact passes',
    lines: [...START, [70, 'l', 'I want to check which SBDC counselors do bookkeeping startups. What is your email?'], [100, 'p', 'dee.m@example.com'], [106, 'l', "Thanks, dee.m@example.com. I'll email you the list within 72 hours."], [130, 'p', 'great thats all'], [134, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', onTime: 'pending', code: 'pass' }),
  },
  {
    name: '"I\'ll send it over when I find it" with the e-mail given: no when, contact fails',
    lines: [...START, [70, 'l', 'The wage data for your county is not online yet. What is your email?'], [100, 'p', 'dee.m@example.com'], [106, 'l', "Thanks! I'll send it over when I find it."], [130, 'p', 'great thats all'], [134, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'follow-up by Friday but the e-mail is only in the patron field, never in the chat: contact fails',
    lines: [...START, [70, 'l', "I'll look for bookkeeping apprenticeships and email you by Friday. Does that work?"], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    over: { ...FU_ME, patron: { name: null, email: 'dee.m@example.com', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'Follow-up by me with no e-mail or phone anywhere: code fails',
    lines: [...START, [70, 'l', 'Indeed and the state job bank at jobs.example.gov list bookkeeping jobs. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'a follow-up by phone "early next week", number repeated, recorded 80 h after the end: on_time fails',
    lines: [...START, [70, 'l', "I'll call the county HR office about the clerk opening and call you back early next week. Best number?"], [100, 'p', '410-555-0182'], [106, 'l', 'Got it, 410-555-0182. Talk early next week!'], [130, 'p', 'thats all, thx'], [134, 'l', 'Bye!']],
    over: { ...FU_ME, followUps: doneAfter(139, 80) },
    exp: some({ contact: 'pass', onTime: 'fail', code: 'pass' }),
  },
  // ---- dismissal ----------------------------------------------------------------------------------------------------
  {
    name: '"Chats are limited to 15 minutes and you\'ve reached it, so I have to end here." dismisses',
    lines: [...START, [70, 'l', 'Indeed lists bookkeeping jobs at indeed.com.'], [100, 'p', 'what about tax prep jobs for the season'], [108, 'l', "Chats are limited to 15 minutes and you've reached it, so I have to end here."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'the provider\'s last message is a hold and the chat ends 300 s later: no final idle, the open span does not count',
    lines: [...START, [70, 'l', 'One moment, let me check the bookkeeping openings at the county.']],
    over: { endAfter: 300 },
    exp: some({ informed: 'pass', idle: 'na', disconnect: 'na' }),
  },
  {
    name: '"I\'ll have the list to you in a couple of days" with the phone repeated: a when; contact passes',
    lines: [...START, [70, 'l', "I'll put together a list of bookkeeping temp agencies. What's a good number to text?"], [100, 'p', '614 555 0147'], [106, 'l', "Okay, 614-555-0147. I'll have the list to you in a couple of days."], [130, 'p', 'great thats all'], [134, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', onTime: 'pending', code: 'pass' }),
  },
  {
    // failed before v21: "…Business Center at NYPL" read as no one answering (U1 selfAffiliation)
    name: 'the business center named as who is answering without a person: "You are chatting with the Thomas Yoseloff Business Center at NYPL." greets and identifies',
    lines: [[0, 'p', 'do you have IBISWorld'], [22, 'l', 'Good afternoon! You are chatting with the Thomas Yoseloff Business Center at NYPL. Yes, with a library card. Which industry?'], [50, 'p', 'nail salons'], [58, 'l', 'Sign in at nypl.org/ibisworld and search "Nail Salons". Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ greeting: 'pass', source: 'pass', clarify: 'pass' }),
  },
  {
    name: '"The Ohio Attorney General\'s Consumer Protection Section takes complaints at 800-282-0515 or OhioProtects.org": referral passes',
    lines: [...START, [70, 'l', "If the staffing agency charged you a fee, that may be illegal in Ohio. File a complaint with the Ohio Attorney General's Consumer Protection Section at 800-282-0515 or OhioProtects.org. Does that help?"], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Consumer Reports has a guide to reverse mortgages" names a publication: source passes',
    lines: [[0, 'p', 'is a reverse mortgage a good idea at 70'], [20, 'l', 'Hi, Jo at Sample County Library. Is it for paying off the mortgage or for income?'], [50, 'p', 'income'], [58, 'l', 'Consumer Reports has a guide to reverse mortgages in its March issue, free through our Flipster magazines. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss for U1's selfAffiliation center: the center is named as a place, not after a sign-on's lead
    name: 'near miss: "Hi! Thanks for contacting us. The Business Center at Main has the tax forms." says nobody is answering: greeting fails',
    lines: [[0, 'p', 'do you have 1099 forms'], [22, 'l', 'Hi! Thanks for contacting us. The Business Center at Main has the tax forms.'], [30, 'l', 'Do you need the 1099-NEC or the 1099-MISC?'], [50, 'p', 'nec'], [58, 'l', 'Copies are at the desk; the fillable one is at irs.gov/form1099nec. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- U1's changes (rubric v21) and the near misses that guard them ---------------------------------------------------
  {
    // U1 `otherSubjectU1`: the people who go to the bank are other people; the referral is SCORE's, with its URL
    name: '"You can request a SCORE mentor at score.org, though most people also go to the bank first": SCORE has its URL, the bank is what others do: referral passes',
    lines: [...START, [70, 'l', 'You can request a free SCORE mentor at score.org for the bookkeeping business, though most people also go to the bank first. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for `otherSubjectU1`: the clause's subject is not "people" (advice to the patron): still a referral to the bank's desk, no contact
    name: 'near miss: "You can request a SCORE mentor at score.org; people say the best next step is to visit the bank\'s small business desk": referral fails',
    lines: [...START, [70, 'l', "You can request a free SCORE mentor at score.org; people say the best next step is to visit the bank's small business desk. Does that help?"], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // U1 `byMeansU1`: an imperative and the means of doing it
    name: '"Schedule your appointment by calling the Social Security office at 1-800-772-1213": referral passes',
    lines: [...START, [70, 'l', 'The retirement estimate needs your work record. Schedule your appointment by calling the Social Security office at 1-800-772-1213. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"Book by calling the Tax-Aide coordinator." with no number: referral fails',
    lines: [...START, [70, 'l', 'AARP Tax-Aide prepares returns free at the Main Library on Saturdays; the schedule is at samplecountylibrary.org/taxes. Book by calling the Tax-Aide coordinator. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // near miss for `byMeansU1`: a description with its own subject, no imperative
    name: 'near miss: "The volunteers book clients by calling the Tax-Aide line at 503-555-0199." describes: no referral',
    lines: [...START, [70, 'l', 'AARP Tax-Aide prepares returns free at the Main Library on Saturdays; the schedule is at samplecountylibrary.org/taxes. The volunteers book clients by calling them back from the Tax-Aide line at 503-555-0199. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // U1 knownResource: a grants database named alone
    name: '"GrantWatch lists small arts grants by deadline" names a database: source passes',
    lines: [[0, 'p', 'we are a tiny arts nonprofit looking for grant makers'], [20, 'l', 'Hi, Jo at Sample County Library here. In what state?'], [50, 'p', 'Vermont'], [58, 'l', 'GrantWatch lists small arts grants by deadline, and you can filter by Vermont. Is that helpful?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "the Grant Station apartments" is an address, no database: source fails',
    lines: [[0, 'p', 'where is the nonprofit center that does grant workshops'], [20, 'l', 'Hi, Jo at Sample County Library here. The one downtown?'], [50, 'p', 'yes'], [58, 'l', 'It moved last year; it is next to the Grant Station apartments now.'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss for the farewell "have a sweet …": a pie, not a day
    name: 'near miss: "We have a sweet potato pie recipe in that book too." ends the chat: courteous fails',
    lines: [[0, 'p', 'do u have books on starting a home bakery'], [20, 'l', 'Hi, Jo at Sample County Library. Cookbooks or the business side?'], [50, 'p', 'business side'], [58, 'l', '"Start Your Own Bakery Business" is at the Main Library, call number 664.752 STA. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'We have a sweet potato pie recipe in that book too.']],
    exp: some({ courteous: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: "the Tax-Aide line" is no party to the scorer without a number after it ("line" is not one of referralParty's
    // words, v1-v20: "Call the Tax-Aide line to book." is na too); taking "line" as a party would reach every "call the
    // reference line / our phone line" in every round: not this round. By the Terms, calling AARP Tax-Aide's line is
    // contacting an organisation: a referral, with no way to reach it here.
    // v23 (X3): still left: "line" is too common a word to add to `referralParty` ("our phone line", "the reference line")
    name: 'LEFT (referral: "line" is no party) "Book by calling the Tax-Aide line." with no number: referral fails',
    lines: [...START, [70, 'l', 'AARP Tax-Aide prepares returns free at the Main Library on Saturdays; the schedule is at samplecountylibrary.org/taxes. Book by calling the Tax-Aide line. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
];

describe('twentieth round (U1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twentieth round (U1): work, money and small business, every check', whole);
describeSessions('twentieth round (U1): work, money and small business, short cases', short);

describeLeft('twentieth-round-work', LEFT);
