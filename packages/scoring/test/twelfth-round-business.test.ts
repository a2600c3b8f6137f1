/**
 * Twelfth round, area (L5): BUSINESS, JOBS AND MONEY. Resumes, cover letters and job searching (JobNow, salary data,
 * workforce centres), small-business plans and market-research databases (Data Axle, IBISWorld, RMA, Mergent,
 * SimplyAnalytics, Gale Business), tax forms and "I can't give tax advice" with VITA referrals, grants and funding
 * directories (Candid's Foundation Directory Online), unemployment claims, SCORE / SBDC / Michigan Works! referrals,
 * credit reports and consumer debt, research promised by e-mail or phone later (follow-up sessions end to end),
 * clarifying questions about industry, location, deadline and business form; dismissals and polite wrap-ups; a
 * transfer to a business librarian; idle patrons.
 * Voices: public libraries across the US, the statewide cooperative, an academic business librarian, SMS, chat-speak,
 * Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where
 * the text leaves room (each also at its case):
 * - A question asked in the same message as the first source is not "before the first message that gives a source".
 * - An offer ("Want me to email you these steps?") that the patron declines is no promise to send more later.
 * - "all set" and "no more questions" say on the patron's own that they are done; "yep thanks" and "ok" do not.
 * - "I'll e-mail you as soon as I've had a chance to look" says no when.
 * - "check with a tax professional", "stop by a VITA site" tell the patron to ask or visit a person or organisation
 *   outside the chat: referrals (which fail without a way to reach them).
 * - "call the IRS at 800-…" to have forms mailed is a referral (the patron is told to call an agency).
 * - "I'll pass your question to Carnegie Library's business librarians, who will e-mail you" is a follow-up by the
 *   patron's library, not a referral (the patron is not told to contact them).
 * - "Take your time" is no hold; "Let me run that through Data Axle real quick" is one.
 * - An app or site named without a way to reach it ("try LinkedIn and Indeed") is no source.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, DAY, T0, FU_LIB, FU_ME, type Line, describeSessions, type SessionCase, some, sys, usual, who, ALL_NA } from './helpers';

export const whole: SessionCase[] = [
  // ---- resumes and job searching ---------------------------------------------------------------------------------
  {
    name: 'resume from scratch: JobNow and a resume guide, "Does that give you what you need to get going?", patron "thats all i needed"',
    lines: [
      [0, 'p', 'hi i need help making a resume, havent had to do one in like 15 yrs'],
      [22, 'l', "Hi there, welcome to Ask a Librarian at Baltimore County Public Library! I'm Keisha. What kind of job are you going for, and do you have an old resume to start from or are you starting from scratch?"],
      [70, 'p', 'warehouse / forklift jobs mostly. starting from scratch'],
      [78, 'l', 'Got it. Let me pull up our job-help resources for you.'],
      [140, 'l', 'Two good places to start: JobNow (bcpl.info/jobnow, log in with your library card) has live resume experts from 2 to 11 pm every day, and its Resume Lab will review a draft within 24 hours. Our Resume Templates guide at bcpl.info/resumes has a sample for warehouse work. Does that give you what you need to get going?'],
      [200, 'p', 'yes that helps a lot, thats all i needed'],
      [208, 'l', 'Wonderful. Good luck with the search, and thanks for chatting with BCPL!'],
    ],
    exp: usual(),
  },
  {
    name: 'salary data for a job offer: pickup 75 s and no one identified in the first two provider messages (the service name comes third)',
    lines: [
      [0, 'p', 'Where can I find salary info for dental hygienists in Georgia? negotiating an offer'],
      [75, 'l', 'Hi there! Good question. Are you looking at a particular city, or the state as a whole?'],
      [110, 'p', 'atlanta area'],
      [118, 'l', "The Bureau of Labor Statistics' Occupational Employment and Wage Statistics has it: bls.gov/oes, choose Metropolitan Area > Atlanta-Sandy Springs-Roswell, then occupation 29-1292 Dental Hygienists. The median there is about $40 an hour. Does that answer your question?"],
      [170, 'p', 'yes thats great, all set'],
      [174, 'l', 'Thanks for using Ask a Librarian!'],
    ],
    // reading: "all set" says on the patron's own that they are done
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    name: 'cover letter: "this is going to take longer than I have for one chat. We don\'t proofread documents here, sorry." ends the help for the provider\'s convenience, no way back, no source',
    lines: [
      [0, 'p', 'Can you look over my cover letter? I can paste it here'],
      [15, 'l', "Hi, I'm Greg with Ask Us at Columbus Metropolitan Library. What position is it for?"],
      [40, 'p', 'admin assistant at a dentist office'],
      [46, 'l', 'Sure, paste it in.'],
      [70, 'p', 'Dear Hiring Manager, I am writing to apply for the Administrative Assistant position at Smile Dental. I have 6 years of experience in scheduling, billing and customer service...'],
      [80, 'l', 'One moment while I read it.'],
      [170, 'l', "Honestly this is going to take longer than I have for one chat. We don't proofread documents here, sorry."],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'academic: 10-K and ratios for a finance project, Mergent and EDGAR after a hold, "Any other questions before you dive in?"',
    lines: [
      [0, 'p', 'I need the 10-K and financial ratios for Chipotle for my FIN 3200 project, due tmrw'],
      [18, 'l', "Hi! Welcome to Ask Us at the University of Minnesota Libraries. I'm Hannah, the business librarian. Do you need just the most recent year, or a 5-year trend?"],
      [50, 'p', '5 years'],
      [58, 'l', 'Searching now, give me a minute.'],
      [120, 'l', "Mergent Online (lib.umn.edu/databases, search Mergent) has Chipotle's (CMG) ratios for 10+ years under Company Financials > Ratios; export to Excel. The 10-K filings are free in SEC EDGAR: sec.gov/edgar, search CMG. Is that what you were looking for?"],
      [170, 'p', 'yes perfect'],
      [175, 'l', 'Any other questions before you dive in?'],
      [200, 'p', 'nope'],
      [205, 'l', 'Good luck with the project, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak: "free govt grants 4 paying off credit cards": no such grants, NFCC counselor with nfcc.org and phone (a referral with its contact)',
    lines: [
      [0, 'p', 'r there any free govt grants 4 paying off credit cards? saw it on youtube'],
      [20, 'l', "Hi, I'm Tanya, a librarian at Memphis Public Library. Sorry to say, there are no government grants for paying personal debt; those videos are usually scams. Are you behind on payments now, or trying to plan ahead?"],
      [60, 'p', 'behind like 3 months'],
      [66, 'l', "Then a nonprofit credit counselor is the place to start: they're free or low cost and can set up a debt management plan. Find an NFCC-certified one at nfcc.org or call 800-388-2227. The FTC's page consumer.ftc.gov/articles/how-get-out-debt explains the options. Did that help?"],
      [120, 'p', 'ya. thats all i needed thx'],
      [124, 'l', 'Take care, and thanks for reaching out!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'credit report: annualcreditreport.com and the CFPB page are sources, no referral; "ok thx" is not being done',
    lines: [
      [0, 'p', 'How can I get my credit report free? I keep getting ads that want my card number'],
      [20, 'l', "Hello! Elena here, Ask a Librarian at Austin Public Library. Are you looking for the credit report itself or your credit score? They're different things."],
      [50, 'p', 'the report i guess, whatever the bank looks at'],
      [57, 'l', 'The only official free site is annualcreditreport.com: you can get weekly reports from Equifax, Experian and TransUnion there without a card. The Consumer Financial Protection Bureau explains how to read them at consumerfinance.gov/consumer-tools/credit-reports-and-scores. Is that what you were looking for?'],
      [110, 'p', 'ok thx'],
      [115, 'l', 'Have a good one, thanks for asking us!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- small business: plans, market research ---------------------------------------------------------------------
  {
    name: 'food truck plan: location and launch date asked, Plan Builder, SBDC with URL and phone, county health with URL: referrals pass',
    lines: [
      [0, 'p', "I'm thinking about opening a food truck and need help writing a business plan. Where do I start?"],
      [35, 'l', 'Good afternoon! This is Marcus, business librarian at Pikes Peak Library District. Congrats on the idea! Are you in Colorado Springs proper, and do you already have a cuisine and a target launch date in mind?'],
      [90, 'p', 'yes springs. tacos. hoping to launch by may'],
      [96, 'l', 'Perfect, hang tight while I gather a few things.'],
      [180, 'l', "Here's a starting kit: (1) Gale Business: Plan Builder (ppld.org/business-resources, card login) walks you through each section of a plan with sample food-truck plans. (2) The Pikes Peak SBDC gives free one-on-one consulting on plans and financing; you can book at pikespeaksbdc.org or call 719-555-0147. (3) Mobile food vendors need a license from El Paso County Public Health: epchealth.org/food. Is that the kind of help you were after?"],
      [240, 'p', 'yes!! thank you so much'],
      [246, 'l', 'Anything else I can help with today?'],
      [270, 'p', 'nope, all set'],
      [275, 'l', 'Best of luck with the truck. Thanks for contacting PPLD!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: an offer the patron declines ("Want me to email you these steps?") is no promise to send more later,
    // and it does not ask whether what was given meets the need
    name: 'dentists mailing list in Data Axle: an offer to e-mail the steps is no completeness question and no follow-up; patron "that\'s everything"',
    lines: [
      [0, 'p', 'I need a list of all the dental offices in Hamilton County Ohio for a marketing mailing. Does the library have that?'],
      [18, 'l', "Hello! I'm Dana, a reference librarian at the Public Library of Cincinnati and Hamilton County. Do you need just names and addresses, or also things like number of employees and sales volume?"],
      [60, 'p', 'names, addresses, and # of employees if possible'],
      [66, 'l', 'You can build exactly that list in Data Axle Reference Solutions (formerly ReferenceUSA): cincinnatilibrary.org/databases > Data Axle. Choose U.S. Businesses, search SIC code 8021 (Offices of Dentists), limit to Hamilton County, then download up to 250 records at a time as a spreadsheet. Want me to email you these steps?'],
      [120, 'p', "no i got it, that's everything. thanks!"],
      [126, 'l', 'You are welcome, have a great day!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'mercado competitors: 160 s of silence after the patron answers the clarifying question (no hold): keep_informed fails',
    lines: [
      [0, 'p', 'I need a list of grocery stores in zip 60623 with their sales volume'],
      [30, 'l', "Hi! I'm Luis, a librarian with Chicago Public Library. Are you researching competitors for a store of your own?"],
      [70, 'p', 'yeah, opening a small mercado'],
      [230, 'l', 'Great idea! In Data Axle (chipublib.org/databases > Data Axle Reference Solutions) search Businesses by ZIP 60623 and SIC 5411 Grocery Stores; add the Sales Volume column before you export. Does that cover it?'],
      [290, 'p', 'si, thanks. thats all'],
      [296, 'l', 'De nada! Good luck with the mercado and thanks for chatting.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'bakery plan in stages: other patrons waiting, "please start a new chat anytime and we\'ll pick up with the financials": no dismissal; never asked anything else',
    lines: [
      [0, 'p', 'I need help with a business plan, market analysis, financial projections, all of it, for a bakery in Portland'],
      [20, 'l', "Hi! Thanks for contacting Multnomah County Library. I'm Priya. Which part would you like to start with today, the market analysis or the financials?"],
      [55, 'p', 'market analysis'],
      [60, 'l', 'Okay, searching now.'],
      [140, 'l', "For a Portland bakery, start with the Business Plan Builder in Gale Business: Entrepreneurship (multcolib.org/databases), which has market analysis templates, and IBISWorld's Bakeries in the US report (same page) for industry size and trends. Does that get you started?"],
      [200, 'p', 'yes. now financials?'],
      [210, 'l', "There are several patrons waiting in the queue right now, so I need to wrap up this chat, but please start a new chat anytime and we'll pick up with the financials. Thanks for your patience!"],
      [240, 'p', 'ok'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'nail salon startup costs: two holds ("I am going to check a few sources", "Still pulling numbers from IBISWorld…, almost there") keep every wait under 120 s; "no more questions"',
    lines: [
      [0, 'p', 'can u find me the average startup cost for a nail salon in texas'],
      [22, 'l', 'Hi! This is Jasmine at Houston Public Library. Are you thinking of buying an existing salon or building one out from scratch?'],
      [60, 'p', 'from scratch, renting a space'],
      [66, 'l', 'Ok, I am going to check a few sources.'],
      [170, 'l', "Still pulling numbers from IBISWorld and the SBDC's startup guides, almost there."],
      [270, 'l', "Estimates run from about $50,000 to $150,000. IBISWorld's Nail Salons in the US report (houstonlibrary.org/research-databases > IBISWorld) breaks down costs; the Texas Department of Licensing and Regulation lists the salon license fees at tdlr.texas.gov/cosmet. Does that answer your question?"],
      [320, 'p', 'yes thank u so much, no more questions'],
      [325, 'l', 'Good luck with the salon, and thank you for using the library!'],
    ],
    exp: usual(),
  },
  {
    // reading: the question in the first source message is not before it
    name: 'daycare plan: the only question comes in the message that gives the first sources: clarify fails',
    lines: [
      [0, 'p', 'where can I find a business plan template for a daycare'],
      [15, 'l', 'Hello, Ask a Librarian, this is Chris at Anne Arundel County Public Library. Try the SCORE business plan template at score.org/resource/business-plan-template-startup-business, and the Small Business Reference Center (aacpl.net/databases) has sample daycare plans. Will it be a home daycare or a center?'],
      [60, 'p', 'home daycare'],
      [66, 'l', "Then you'll also want the Maryland child care licensing requirements for family child care homes at earlychildhood.marylandpublicschools.org. Is that what you needed?"],
      [110, 'p', "yes thank you, that's everything"],
      [115, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'transfer to the business librarian with an internal note and a visible announcement: NAICS and RMA margins',
    lines: [
      [0, 'p', 'looking for the NAICS code and average profit margins for a landscaping business'],
      [25, 'l', "Hello, you're chatting with Sam at Hennepin County Library. Is this for a business plan or a loan application?"],
      [60, 'p', 'business plan'],
      [68, 'l', "Thanks! Our business librarian Aisha knows these databases best; I'm transferring you to her now, please stay on the line."],
      [70, 'i', 'Aisha, patron needs the NAICS code + profit margins for a landscaping biz plan, RMA question, sending to you since you know RMA'],
      [72, 's', 'Chat transferred to Aisha Noor.', sys('transfer', 'aisha')],
      [90, 'l', 'Hi, Aisha here, business librarian. Landscaping services is NAICS 561730. For margins, RMA eStatement Studies (hclib.org/databases > RMA) shows median net profit by company size for 561730. Is that what you needed?', who('Aisha Noor', 'aisha')],
      [150, 'p', 'yes, thats all, thanks!'],
      [155, 'l', 'Thanks for chatting, good luck with the plan!', who('Aisha Noor', 'aisha')],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- taxes ------------------------------------------------------------------------------------------------------
  {
    // reading: "call the IRS at 800-829-3676 to have them mailed" tells the patron to call an agency: a referral
    name: 'paper 1040s: print at irs.gov or call the IRS (with the number): referral passes; "Is there anything else I can help you with?"',
    lines: [
      [0, 'p', 'do you guys have the 1040 forms and instructions in paper'],
      [40, 'l', "Hi, thanks for reaching out to Ask Us Now at Free Library of Philadelphia. I'm Tom. Is this for your 2025 return, and do you also need the Pennsylvania PA-40?"],
      [80, 'p', '2025 federal only'],
      [88, 'l', "This year the IRS didn't send us paper 1040 booklets, sorry! You can print the form and instructions at irs.gov/forms-instructions, or call the IRS at 800-829-3676 to have them mailed (allow about 10 business days). Our branches can print them for you at 15 cents a page. Did that answer your question?"],
      [150, 'p', 'ok'],
      [156, 'l', 'Is there anything else I can help you with?'],
      [200, 'p', 'no'],
      [205, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "I'd recommend stopping by a VITA site" tells the patron to visit an organisation: a referral, with no way to reach it
    name: 'dependent question: "I can\'t give tax advice", Publication 501 is a source, "stopping by a VITA site" is a referral without contact',
    lines: [
      [0, 'p', 'can I claim my girlfriend as a dependent? she lives with me and doesnt work'],
      [30, 'l', 'Hi! This is Renee at Salt Lake County Library. Just so I point you to the right thing: is this for the 2025 tax year?'],
      [65, 'p', 'yes'],
      [72, 'l', 'I can\'t give tax advice, but IRS Publication 501, Dependents, Standard Deduction, and Filing Information, has the rules for a "qualifying relative" (she has to live with you all year and earn under $5,050). For a yes or no on your situation, I\'d recommend stopping by a VITA site; the volunteers there prepare returns for free. Does that help?'],
      [120, 'p', 'ya thanks thats all'],
      [125, 'l', 'Good luck with your return, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'SBA disaster loan deadline: the patron goes quiet after the answer; "Are you still with me?" and "It looks like you\'ve stepped away, so I\'ll close this chat now" (idle 210 s)',
    lines: [
      [0, 'p', 'whats the deadline for the SBA economic injury disaster loan for the flooding in vermont'],
      [25, 'l', "Hi, Ask a Librarian here, I'm Pat from Kellogg-Hubbard Library. Which county is your business in?"],
      [60, 'p', 'washington county'],
      [66, 'l', 'Let me look that up, one moment.'],
      [130, 'l', "Washington County is covered by the SBA declaration VT-00045. Economic injury loan applications are due by April 13; you can apply at sba.gov/disaster or call the SBA's Disaster Customer Service Center at 800-659-2955. Does that answer your question?"],
      [270, 'l', 'Are you still with me?'],
      [340, 'l', "It looks like you've stepped away, so I'll close this chat now. Feel free to reach out again anytime. Thanks!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'sales tax permit: the patron vanished after the question; the clarifying question makes it substantive; Lost Call with one patron message; check-in and notice (idle 190 s)',
    lines: [
      [0, 'p', 'do you have the form for a sales tax permit in ohio'],
      [40, 'l', "Hello, this is Morgan at the State Library of Ohio's Ask a Librarian. Are you registering a new business, or renewing?"],
      [170, 'l', 'Are you still there?'],
      [230, 'l', "It seems you've disconnected, so I'm ending this chat. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- unemployment and workforce ---------------------------------------------------------------------------------
  {
    name: 'Spanish: desempleo en Texas, "llamar a la Comisión de la Fuerza Laboral de Texas al 800-939-6631": referral with its phone; "es todo"',
    lines: [
      [0, 'p', 'Buenas tardes, perdí mi trabajo y no sé cómo pedir el desempleo en Texas'],
      [30, 'l', '¡Buenas tardes! Le atiende Rosa, bibliotecaria de la Biblioteca Pública de San Antonio. Lo siento mucho. ¿Trabajó en Texas los últimos 18 meses?'],
      [80, 'p', 'sí, en una bodega en san antonio'],
      [88, 'l', 'Puede solicitar los beneficios en línea en ui.texasworkforce.org (hay versión en español) o llamar a la Comisión de la Fuerza Laboral de Texas al 800-939-6631, de lunes a viernes de 8 a 6. ¿Le sirve esta información?'],
      [150, 'p', 'sí, muchas gracias, es todo'],
      [156, 'l', 'Con gusto. ¡Mucha suerte y gracias por comunicarse con la biblioteca!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Stop by our Job & Career Center on the 2nd floor" tells the patron to visit the library's own department:
    // a referral, and "the 2nd floor" is no postal address, phone, e-mail or URL
    name: 'job search for a laid-off patron: "Stop by our Job & Career Center on the 2nd floor" is a referral with no way to reach it',
    lines: [
      [0, 'p', 'I just got laid off after 22 years and have no idea how job searching works now. Is there help at the library?'],
      [30, 'l', "Hi, I'm Doug, a librarian at Cleveland Public Library. I'm sorry, that's a big change. What field were you in, and are you looking for the same kind of work?"],
      [80, 'p', 'manufacturing, quality control. same kind of work ideally'],
      [90, 'l', 'Stop by our Job & Career Center on the 2nd floor of the Main Library; they do one-on-one job search coaching. Online, LinkedIn Learning (cpl.org/elibrary, free with your card) has short courses on job searching and on building a LinkedIn profile. Would that be a good start?'],
      [150, 'p', 'yes thank you'],
      [156, 'l', 'Is there anything else I can help with?'],
      [190, 'p', 'not right now'],
      [194, 'l', 'Best of luck, and thanks for reaching out to CPL!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- grants and research sent later -----------------------------------------------------------------------------
  {
    name: 'youth soccer grants: Foundation Directory Online search e-mailed "by Wednesday", e-mail given and read back, recorded 47 h later',
    lines: [
      [0, 'p', "Hello, I run a small nonprofit youth soccer league and we're looking for grants for equipment. Can you help find funders?"],
      [25, 'l', "Hi, welcome! You've reached Marisol, a librarian at the Tulsa City-County Library's business and nonprofit desk. Where does the league play, and is there a deadline you're working toward?"],
      [80, 'p', 'north tulsa, and our board meets march 20 so before that would be great'],
      [88, 'l', "Thanks. We have Candid's Foundation Directory Online in the library (free at any branch, not from home); I can run a search for sports and youth-development funders in Oklahoma and send you a list. What e-mail should I use?"],
      [130, 'p', 'coach.reyes@example.org'],
      [136, 'l', "Got it: coach.reyes@example.org. I'll email the list of funders with deadlines by Wednesday, well before your March 20 board meeting. Did that cover what you were looking for today?"],
      [170, 'p', "yes that's perfect, that's all I needed"],
      [176, 'l', 'Great, talk soon, and thanks for contacting the library!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: '2026-03-04T09:30:00-05:00', by: 'jo' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'craft brewery data: "I\'ll get back to you with what I find" under an Answered code; e-mail only in the patron fields; no when; not yet recorded',
    lines: [
      [0, 'p', "I'm looking for industry data on craft breweries in Vermont, like how many there are and average revenue, for a bank loan application"],
      [30, 'l', "Hi, this is Ben from the Vermont Department of Libraries' Ask a Librarian service. When is the loan application due?"],
      [70, 'p', 'in 2 weeks'],
      [76, 'l', "Thanks. The Brewers Association publishes state counts: brewersassociation.org/statistics-and-data/state-craft-beer-stats shows Vermont's numbers. Revenue figures are harder; let me dig into IBISWorld and a couple of other sources and I'll get back to you with what I find."],
      [130, 'p', 'thank you!!'],
      [134, 'l', 'You are welcome! Bye for now.'],
    ],
    over: { patron: { name: null, email: 'brewer@example.org', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "within 2 business days" says when; "Can I pass your question to them?" is no referral
    name: "statewide cooperative: pet spending data passed to the patron's library, \"will e-mail you within 2 business days\", never recorded (now day 5)",
    lines: [
      [0, 'p', 'I need consumer spending data for pet products in Allegheny County for an SBA loan. can you help'],
      [35, 'l', "Hi, thanks for contacting the Ask Here PA statewide chat. I'm Jen, a librarian at a partner library in Erie. Do you need annual household spending, or something broader like the number of pet stores?"],
      [80, 'p', 'household spending on pet stuff per year'],
      [86, 'l', "That comes from SimplyAnalytics or the Consumer Expenditure Survey. Carnegie Library of Pittsburgh's business librarians have SimplyAnalytics and can pull county-level numbers. Can I pass your question to them? What's the best e-mail?"],
      [130, 'p', 'sure, dgreer@example.org'],
      [136, 'l', 'Thanks, I have dgreer@example.org. A Carnegie Library business librarian will e-mail you within 2 business days. Meanwhile the Consumer Expenditure Survey tables are at bls.gov/cex. Does that help for now?'],
      [180, 'p', 'yes thank you'],
      [185, 'l', 'Thanks for using Ask Here PA, goodbye!'],
    ],
    over: { ...FU_LIB },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: "as soon as I've had a chance to look" says no when
    name: 'retail rents in Boise: e-mail read back but "I\'ll e-mail you as soon as I\'ve had a chance to look" gives no when; recorded next morning',
    lines: [
      [0, 'p', 'Hi, I need the average rent per square foot for retail space in downtown Boise for my business plan'],
      [28, 'l', "Hi, welcome to Ask a Librarian at Boise Public Library! I'm Nate. Are you looking at ground-floor storefronts or any retail space?"],
      [70, 'p', 'storefront, about 1200 sq ft'],
      [76, 'l', "Commercial rents aren't in our databases, but the Idaho Commerce site has some data at commerce.idaho.gov/data-center. I'd like to check a couple of broker market reports for you and e-mail what I find. What address should I send it to?"],
      [120, 'p', 'hkim.boise@example.org'],
      [126, 'l', "Thanks, hkim.boise@example.org. I'll e-mail you as soon as I've had a chance to look. Is the Idaho Commerce page useful for now?"],
      [170, 'p', 'yep thanks'],
      [175, 'l', 'Thanks for chatting with us, bye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: '2026-03-03T09:00:00-05:00', by: 'jo' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'owner of a storefront: call-back promised "Thursday afternoon" to a phone read back; recorded Thursday 15:00, 77 h after the end: late',
    lines: [
      [0, 'p', "I'm trying to find out who owns a vacant commercial building on Main St in Frederick, I want to lease it for a shop"],
      [30, 'l', "Hi! Thanks for contacting Frederick County Public Libraries. I'm Alicia. Do you know the street number, or roughly which block it's on?"],
      [75, 'p', '214 N Market actually not main, sorry'],
      [82, 'l', "No problem. The owner of record should be in Maryland's SDAT Real Property search (sdat.dat.maryland.gov/RealProperty), but some owners are LLCs, so I'd like to trace the LLC through the business entity search and call you back with a name. What's a good number?"],
      [130, 'p', '301-555-0188'],
      [136, 'l', "Thanks, 301-555-0188. I'll call you Thursday afternoon with what I find. Does the SDAT search help in the meantime?"],
      [175, 'p', 'yes thanks so much'],
      [180, 'l', "You're welcome, talk Thursday. Goodbye!"],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: '2026-03-05T15:00:00-05:00', by: 'jo' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'SCORE mentor: "You could request a free mentor through SCORE" with score.org in the same sentence; business form asked first; "Will that work for you?"',
    lines: [
      [0, 'p', 'I want to start an online candle shop and I have no clue about licenses or taxes'],
      [24, 'l', "Hello! Shannon here, a librarian at Wake County Public Libraries. Are you planning to sell only online, and will it be just you or you with a partner (sole proprietor or LLC)?"],
      [80, 'p', 'just me, etsy and maybe farmers markets'],
      [88, 'l', 'Let me grab the NC links for you.'],
      [150, 'l', "North Carolina's Business Link has a licensing checklist at edpnc.com/business-link; you'll also need a sales and use tax certificate from the NC Department of Revenue (ncdor.gov/register). You could request a free mentor through SCORE at score.org/raleighdurham for the start-up questions. Will that work for you?"],
      [210, 'p', 'yes, thank you! thats everything'],
      [216, 'l', 'You are so welcome, good luck with the candles!'],
    ],
    // label changed after the first run (was courteous fail): "good luck" says goodbye, as v1's farewell family has
    // always read it; "You are so welcome, good luck with the candles!" is a goodbye
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'resolution code left empty: a good session otherwise (ReferenceUSA for a franchise question)',
    lines: [
      [0, 'p', 'how many subway franchises are in the state of Iowa?'],
      [20, 'l', "Hi, I'm Amy at Des Moines Public Library. Do you need just the count, or a list with addresses?"],
      [50, 'p', 'just the count'],
      [56, 'l', 'Data Axle Reference Solutions (dmpl.org/research, log in with your card) counts 94 Subway locations in Iowa when you search the company name with State = Iowa. Does that answer your question?'],
      [90, 'p', "yes that's all I needed thanks"],
      [95, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'Practice session coded Practice: every check na',
    lines: [
      [0, 'p', 'test test is the business queue working'],
      [15, 'l', 'Hi, Rob from the Business Library here, yes it works!'],
      [30, 'p', 'ok thanks'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
];

const START: Line[] = [
  [0, 'p', 'I need help finding market research for opening a coffee shop in Raleigh'],
  [20, 'l', "Hi, this is Jo, a librarian at Wake County Public Libraries. What's your timeline, and do you already have a location?"],
  [60, 'p', 'opening in the fall, looking at spaces near NC State'],
];
const ANSWER: Line = [70, 'l', "IBISWorld's Coffee & Snack Shops in the US report (wake.gov/libraries > Research > IBISWorld) has industry size and costs, and Data Axle lists every coffee shop near campus by ZIP 27606."];

export const short: SessionCase[] = [
  // ---- referrals ------------------------------------------------------------------------------------------------
  {
    name: '"You might want to talk to a SCORE mentor about the lease" with no way to reach SCORE anywhere: referral fails',
    lines: [...START, ANSWER, [100, 'p', 'what about negotiating the lease?'], [106, 'l', 'You might want to talk to a SCORE mentor about the lease; they have retired business owners who do this for free.'], [140, 'p', 'ok thanks'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"You might want to talk to a SCORE mentor about the lease (score.org, or 919-555-0140)": referral passes',
    lines: [...START, ANSWER, [100, 'p', 'what about negotiating the lease?'], [106, 'l', 'You might want to talk to a SCORE mentor about the lease (score.org, or 919-555-0140); they have retired business owners who do this for free.'], [140, 'p', 'ok thanks'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'pointing to sba.gov\'s loan guide is a source, not a referral',
    lines: [...START, ANSWER, [100, 'p', 'and loans?'], [106, 'l', "The Small Business Administration's loan guide at sba.gov/funding-programs/loans explains 7(a) and microloans step by step."], [140, 'p', 'cool thanks'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: "check with a tax professional" tells the patron to ask a person outside the chat: a referral
    name: '"For whether you can deduct the home office, check with a tax professional." with no contact: referral fails',
    lines: [...START, ANSWER, [100, 'p', 'can i deduct my home office while i plan this?'], [106, 'l', "For whether you can deduct the home office, check with a tax professional. IRS Publication 587 explains the home office rules."], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"Your best bet is the Capital Area Workforce Development Board" for hiring help, no contact: referral fails',
    lines: [...START, ANSWER, [100, 'p', 'where do i find baristas to hire'], [106, 'l', 'Your best bet is the Capital Area Workforce Development Board; they run free hiring events for small employers.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Your best bet is the Capital Area Workforce Development Board (capitalareancworks.com, 919-555-0177)": referral passes',
    lines: [...START, ANSWER, [100, 'p', 'where do i find baristas to hire'], [106, 'l', 'Your best bet is the Capital Area Workforce Development Board (capitalareancworks.com, 919-555-0177); they run free hiring events for small employers.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"the Department of Revenue says sales tax applies to prepared food" names a party as the source of a fact: no referral',
    lines: [...START, ANSWER, [100, 'p', 'do i charge sales tax on coffee'], [106, 'l', 'Yes: the NC Department of Revenue says prepared food and drinks are taxable; see ncdor.gov/taxes-forms/sales-and-use-tax.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'na' }),
  },

  {
    name: '"If you want help in person, the Career Center at 1201 Main Street helps with resumes; call them at 919-555-0166." is a referral with its contact',
    lines: [...START, ANSWER, [100, 'p', 'do you help with resumes too'], [106, 'l', 'If you want help in person, the Career Center at 1201 Main Street helps with resumes and interview practice; call them at 919-555-0166.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"If you\'d like help in person, the Career Center helps with that." names no way to reach it: referral fails',
    lines: [...START, ANSWER, [100, 'p', 'do you help with resumes too'], [106, 'l', "If you'd like help in person, the Career Center helps with that."], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "The library helps with tax forms every spring" describes a service: no referral',
    lines: [...START, ANSWER, [100, 'p', 'do you do taxes'], [106, 'l', 'The library helps with tax forms every spring; the schedule is at wake.gov/libraries/tax.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Visit the VITA site at irs.gov/vita to see what to bring" points to a web page: no referral',
    lines: [...START, ANSWER, [100, 'p', 'free tax help?'], [106, 'l', 'Visit the VITA site at irs.gov/vita to see what to bring.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Stop by your local VITA site (find one at 800-906-9887)": a referral with a phone',
    lines: [...START, ANSWER, [100, 'p', 'free tax help?'], [106, 'l', 'Stop by your local VITA site (find one at 800-906-9887); volunteers prepare returns for free.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Many tax professionals use IRS Publication 17" names a kind of party with no verb: no referral, the publication is a source',
    lines: [
      [0, 'p', 'is there one big guide to federal taxes'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. For individuals, or for a business?"],
      [50, 'p', 'individuals'],
      [56, 'l', 'Many tax professionals use IRS Publication 17, Your Federal Income Tax; it covers most individual returns. Does that help?'],
      [90, 'p', "yes that's all"],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "There\'s a 2019 publication on that, but I don\'t have the title" names no resource',
    lines: [
      [0, 'p', 'is there research on how many small businesses fail in year one'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. In the US, or anywhere?"],
      [50, 'p', 'us'],
      [56, 'l', "There's a 2019 publication on that, but I don't have the title handy. Roughly 20% close in the first year."],
      [90, 'p', 'ok'],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'Spanish near miss: "Puede llamar al banco para evitar la comisión del cajero." the fee (comisión) is no party',
    lines: [
      [0, 'p', 'me cobraron 5 dolares en el cajero'],
      [20, 'l', '¡Hola! Soy Jo, bibliotecaria de la Biblioteca del Condado. ¿Fue en un cajero de su propio banco?'],
      [50, 'p', 'no, de otro'],
      [56, 'l', 'La guía de la CFPB en consumerfinance.gov/es explica esos cargos.'],
      [80, 'p', 'y como lo evito'],
      [86, 'l', 'Use cajeros de su propia red para evitar la comisión del cajero.'],
      [120, 'p', 'ok gracias'],
      [125, 'l', '¡Gracias, adiós!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Any other part of the plan is up to you and your lender." offers nothing: anything else fails',
    lines: [...START, ANSWER, [100, 'p', 'ok and the rest?'], [106, 'l', 'Any other part of the plan is up to you and your lender.'], [140, 'p', 'ok'], [145, 'l', 'Thanks for chatting!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "This will take longer than I have for one chat, so I\'ll e-mail you the full list by Friday" offers a way to continue: no dismissal',
    lines: [...START, ANSWER, [100, 'p', 'can you list every coffee shop in wake county'], [106, 'l', "This will take longer than I have for one chat, so I'll e-mail you the full list by Friday. What's your e-mail?"], [140, 'p', 'beans@example.org'], [145, 'l', 'Got it, beans@example.org. Thanks!']],
    over: FU_ME,
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "I have to go now. Well, I\'ll let you finish the form on your own." offers no way back: dismissal fails',
    lines: [...START, ANSWER, [100, 'p', 'can you help me fill out the loan form'], [106, 'l', "I have to go now. Well, I'll let you finish the form on your own."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"That would take more time than I can spend on a single question." and nothing after: dismissal fails',
    lines: [...START, ANSWER, [100, 'p', 'can you list every coffee shop in wake county'], [106, 'l', 'That would take more time than I can spend on a single question.']],
    exp: some({ dismissal: 'fail' }),
  },

  // ---- sources ----------------------------------------------------------------------------------------------------
  {
    name: 'near miss: "try LinkedIn and Indeed, and set up job alerts" names sites with no way to reach them: no source (but an answer, asked about)',
    lines: [
      [0, 'p', 'where should i look for remote customer service jobs'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Are you looking for full-time or part-time?"],
      [50, 'p', 'full time'],
      [56, 'l', 'I would try LinkedIn and Indeed, and set up job alerts for "remote customer service". Did that help?'],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    // label changed after the first run (was completeness fail): the rule counts a question "in or after the first
    // message that gives a source or answer", and the advice is an answer
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    name: 'the same with "indeed.com": a domain is a source',
    lines: [
      [0, 'p', 'where should i look for remote customer service jobs'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Are you looking for full-time or part-time?"],
      [50, 'p', 'full time'],
      [56, 'l', 'I would try indeed.com and set up job alerts for "remote customer service". Did that help?'],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a book by title is a source: "What Color Is Your Parachute? 2026" on the shelf at 331.702',
    lines: [
      [0, 'p', 'im changing careers at 50, any good books'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Do you already know which field you'd like to move into?"],
      [50, 'p', 'not really'],
      [56, 'l', "Then start with the book What Color Is Your Parachute? 2026 by Richard N. Bolles; we have 4 copies at 331.702 BOL. Does that sound helpful?"],
      [90, 'p', 'yes, thanks, thats all'],
      [95, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ source: 'pass', complete: 'pass', anything: 'pass' }),
  },

  // ---- clarifying questions ---------------------------------------------------------------------------------------
  {
    name: 'clarify: "What\'s the deadline on the grant application?" before the source passes',
    lines: [
      [0, 'p', 'need help finding grants for a small art studio'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. What's the deadline on the grant application you're working toward?"],
      [50, 'p', 'no deadline yet, just looking'],
      [56, 'l', "Candid's Foundation Directory Online (free at the Main Library) lets you search funders by arts and our state. Does that help?"],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'clarify: "Which state will you be filing in?" (a question about the patron\'s situation) passes',
    lines: [
      [0, 'p', 'how do i register an LLC'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Which state will you be filing in?"],
      [50, 'p', 'new jersey'],
      [56, 'l', 'New Jersey LLCs are formed online at nj.gov/treasury/revenue/gettingregistered.shtml ($125 fee).'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'near miss: only "How can I help you today?" before the answer: clarify fails',
    lines: [
      [0, 'p', 'Hi'],
      [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. How can I help you today?"],
      [50, 'p', 'how do i get an EIN for my business'],
      [56, 'l', "You can apply for an EIN free at irs.gov/ein; it takes about 15 minutes and you get the number right away. Did that answer your question?"],
      [90, 'p', "yes that's all"],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'restating the question ("So you need the number of hair salons within five miles of a ZIP code") before the source: clarify passes',
    lines: [
      [0, 'p', 'i want to know how many hair salons are near 85281 bc im opening one'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. So you need the number of hair salons within a few miles of ZIP 85281, to size up the competition."],
      [50, 'p', 'yes exactly'],
      [56, 'l', 'Data Axle Reference Solutions (on our Databases page) can do a radius search around 85281 for SIC 7231 Beauty Shops.'],
    ],
    exp: some({ clarify: 'pass' }),
  },

  // ---- completeness and anything else -----------------------------------------------------------------------------
  {
    name: 'completeness: "Does that get you what you need for the loan packet?" passes',
    lines: [...START, [70, 'l', "IBISWorld's Coffee & Snack Shops in the US report (wake.gov/libraries > Research > IBISWorld) has industry size and costs. Does that get you what you need for the loan packet?"], [100, 'p', 'yes'], [105, 'l', 'Great, thanks for chatting!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would a list of the competing shops help too?" after the source asks about something not yet given: completeness fails',
    lines: [...START, ANSWER, [76, 'l', 'Would a list of the competing shops help too?'], [100, 'p', 'no thats ok'], [105, 'l', 'Great, thanks for chatting!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'anything else as "What else can I dig up for you?" passes',
    lines: [...START, ANSWER, [76, 'l', 'Is that the kind of data you were hoping for? What else can I dig up for you?'], [100, 'p', 'nothing, thanks'], [105, 'l', 'Thanks for chatting!']],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'anything else as "Is there any other part of the plan I can help with?" passes',
    lines: [...START, ANSWER, [76, 'l', 'Is there any other part of the plan I can help with?'], [100, 'p', 'no thanks'], [105, 'l', 'Thanks for chatting!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "If you need anything else, just start a new chat." does not ask: anything else fails',
    lines: [...START, ANSWER, [100, 'p', 'ok great'], [105, 'l', 'If you need anything else, just start a new chat. Thanks!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },

  // ---- holds and waits --------------------------------------------------------------------------------------------
  {
    name: '"Let me run that through Data Axle real quick" is a hold; 150 s to the next message: keep_informed fails',
    lines: [...START, [66, 'l', 'Let me run that through Data Axle real quick.'], [216, 'l', 'There are 31 coffee shops in ZIP 27606 (Data Axle, on our Databases page).'], [250, 'p', 'thanks'], [255, 'l', 'Thanks for chatting!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Take your time filling out the form" is no hold: 150 s later the provider is not late',
    lines: [
      [0, 'p', 'im filling out the unemployment application, can i ask you questions as i go'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Of course. Which state's application is it?"],
      [50, 'p', 'ohio'],
      [56, 'l', "The Ohio application is at unemployment.ohio.gov. Take your time filling out the form; I'm here."],
      [206, 'l', 'How is it going?'],
      [230, 'p', 'done, thanks!'],
      [235, 'l', 'Great, good luck!'],
    ],
    exp: some({ informed: 'pass' }),
  },

  // ---- dismissals ---------------------------------------------------------------------------------------------------
  {
    name: '"You\'ve asked quite a few questions today and chat is limited to one topic, so I\'m going to end here." is a dismissal',
    lines: [...START, ANSWER, [100, 'p', 'and what about permits? and insurance?'], [106, 'l', "You've asked quite a few questions today and chat is limited to one topic, so I'm going to end here."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"I can\'t write the resume for you, but JobNow\'s experts can review it: bcpl.info/jobnow" declines the task, not the patron: no dismissal',
    lines: [
      [0, 'p', 'can u just write my resume for me'],
      [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. What job is it for?"],
      [50, 'p', 'cashier'],
      [56, 'l', "I can't write the resume for you, but JobNow's experts can review a draft within a day: bcpl.info/jobnow. Want a template to start from?"],
    ],
    exp: some({ dismissal: 'pass' }),
  },

  // ---- greeting -----------------------------------------------------------------------------------------------------
  {
    name: 'greeting split: "Hi!" then "I\'m Mariana from the Business & Career Library" in the second message passes',
    lines: [
      [0, 'p', 'do you have small business workshops'],
      [20, 'l', 'Hi!'],
      [30, 'l', "I'm Mariana from Brooklyn Public Library's Business & Career Center. Are you looking for in-person or online?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Welcome! How can I help?" and then only a question: no one identified',
    lines: [
      [0, 'p', 'do you have small business workshops'],
      [20, 'l', 'Welcome! How can I help?'],
      [30, 'l', 'Are you looking for in-person or online?'],
    ],
    exp: some({ greeting: 'fail' }),
  },

  // ---- follow-ups, codes --------------------------------------------------------------------------------------------
  {
    name: 'follow-up e-mailed "early next week" to an address given in the chat: contact passes',
    lines: [
      ...START,
      [70, 'l', "IBISWorld's Coffee & Snack Shops in the US report (wake.gov/libraries > Research > IBISWorld) has industry size. I'll also pull foot-traffic numbers for Hillsborough Street and e-mail them to you. What's your e-mail?"],
      [100, 'p', 'brew.owner@example.org'],
      [106, 'l', "Thanks! I'll send the numbers to brew.owner@example.org early next week."],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'Follow-up by me with no patron contact anywhere: resolution code fails',
    lines: [...START, ANSWER, [100, 'p', 'thanks'], [105, 'l', 'Thanks for chatting!']],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'Lost Call though the patron sent three messages: resolution code fails',
    lines: [...START, ANSWER, [100, 'p', 'thanks'], [105, 'l', 'Thanks for chatting!']],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'fail' }),
  },

  // ---- transfers and idles ------------------------------------------------------------------------------------------
  {
    name: 'transfer to the business librarian told to the patron but with no internal note: handoff fails',
    lines: [
      ...START,
      [66, 'l', "I'm going to transfer you to our business librarian, who knows IBISWorld best. One moment."],
      [70, 's', 'Chat transferred to Aisha Noor.', sys('transfer', 'aisha')],
      [90, 'l', "Hi, Aisha here. IBISWorld's Coffee & Snack Shops report is on our Research page.", who('Aisha Noor', 'aisha')],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'transfer with an internal note saying why but no word to the patron: handoff fails',
    lines: [
      ...START,
      [66, 'i', 'Aisha, coffee shop market research for Raleigh, sending to you because you handle business questions'],
      [70, 's', 'Chat transferred to Aisha Noor.', sys('transfer', 'aisha')],
      [90, 'l', "Hi, Aisha here. IBISWorld's Coffee & Snack Shops report is on our Research page.", who('Aisha Noor', 'aisha')],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll close this chat if I don\'t hear back in a few minutes" after a check-in (idle 200 s) does not say the patron seems gone',
    lines: [...START, [70, 'l', "IBISWorld's Coffee & Snack Shops in the US report (wake.gov/libraries > Research > IBISWorld) has industry size and costs. Does that help?"], [200, 'l', 'Are you still there?'], [270, 'l', "I'll close this chat if I don't hear back in a few minutes. Thanks!"]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: unchanged: "Michigan Works!" and "W." cut the sentence (text.ts); a change to the splitter changes every
    // check's sentences.
    // LEFT: two sentence splits cut the referral off its lead: "Michigan Works!" (a brand with "!") and "W. Grand
    // Blvd" (a one-letter abbreviation) each end a sentence, so "the … office … helps with claims" is read apart from "If
    // you want help in person" (the v12 L5 referralCanHelp alternative needs both in one sentence). Splitting no
    // sentence at brand exclamations or compass letters is a change to text.ts for every check, too broad for this round.
    name: 'LEFT (sentence split at a brand "!" and "W.") SMS: filing for unemployment in Michigan from a phone; Michigan Works! office with street address and phone',
    lines: [
      [0, 'p', 'how do i file for unemployment in michigan i got laid off friday'],
      [45, 'l', "Hi, this is Librarian Kim at Detroit Public Library's text service. Sorry to hear that. Do you have internet at home or are you on your phone only?"],
      [110, 'p', 'phone only'],
      [118, 'l', 'You can file right from your phone at michigan.gov/uia (MiWAM). If you want help in person, the Michigan Works! office at 3001 W. Grand Blvd, Detroit, helps with claims and job search; their number is 313-555-0190. Does that help?'],
      [190, 'p', 'yes ty'],
      [196, 'l', 'Anything else I can look up for you?'],
      [260, 'p', 'no thats it'],
      [265, 'l', 'Take care and good luck. Text us anytime!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describe('twelfth round (L5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (L5): business, jobs and money, every check', whole);
describeSessions('twelfth round (L5): business, jobs and money, short cases', short);

describeLeft('twelfth-round-business', LEFT);
