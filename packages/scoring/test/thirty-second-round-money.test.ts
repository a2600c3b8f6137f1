/**
 * Thirty-second round, area (W2): MONEY AND PERSONAL FINANCE. Budgeting classes at the library, free credit reports
 * (annualcreditreport.com, the bureaus), a first bank account or a credit union, investment research (Morningstar, Value
 * Line, Mergent, annual reports, EDGAR), retirement questions the library can't answer ("we can't give financial advice";
 * a certified financial planner, a non-profit credit counselor), student loans and FAFSA, unclaimed property (the state
 * comptroller), currency conversion and old coins' value, small business loans (the SBA, SCORE mentors); young adults,
 * retirees, worried debtors, curious investors (referral.contact, info.source, inquiry.clarify, closing.no_dismissal,
 * followup.*, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "You should talk to a financial advisor about that",
 *   "contact a non-profit credit counseling agency", "talk to the financial aid office at your college", "visit a credit
 *   union branch near you and ask", "contact the credit bureau that reports it", "call your bank", "talk to your HR
 *   department", "stop by our Business Center on the 3rd floor", "The SBA can help with that".
 *  a referral WITH one (passes): "call Social Security at 1-800-772-1213", "the NFCC: call 1-800-388-2227 or go to nfcc.org",
 *   "llame a la Unidad de Propiedad No Reclamada del Contralor al 410-767-1700", "a SCORE mentor: score.org/find-mentor or
 *   410-962-2233", "the PNG's dealer directory at png.org/find-a-dealer", "contact Equifax at 1-866-349-5191".
 *  a source, not a referral: "annualcreditreport.com", "consumerfinance.gov/…", "Morningstar Investment Research Center",
 *   "Mergent Online at lib.univ.edu/databases", "sec.gov/edgar", "the Red Book by R.S. Yeoman", "studentaid.gov/pslf",
 *   "dispute online at experian.com/disputes".
 *  refusing advice is not dismissing: "We can't give financial advice, but …", "I can't recommend specific funds";
 *   dismissing: "you've asked too many questions for one chat", "your time is up".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - refusing to give financial advice is not ending the help for the provider's convenience: no_dismissal passes;
 * - "a financial advisor", "a non-profit credit counseling agency", "your bank", "your HR department" are persons or
 *   organisations the patron is told to contact: referrals, which fail without a way to reach them;
 * - "Good luck with the course!" as the last message is a parting wish: a goodbye (as "Safe travels!" in round 31);
 * - "is all I need" (a non-native writer) and "that's me done" say explicitly that the patron is done;
 * - the idle check-in sent as the provider's first message after a silent patron counts during the final idle.
 * - "The SBA can help with that" tells no one to contact or visit the SBA: no referral (my first label was fail).
 *   RELABELLED in round 33 (Z3, test/thirty-third-round-can-help.test.ts) by the team's decision of one reading: a named
 *   party outside the chat said to be able to help / tell / answer / advise the patron on the need is a referral, as "The
 *   DMV can tell you" is (RUBRIC.md's "ask … them"); the case is now referral fail (no contact given).
 * Written: 25 whole sessions, 29 short cases (26 first, 3 more for the fix), 6 near misses in `guards`. First run: 2 of 77
 * tests failed, both on referral.contact: "The SBA can help with that." (my label: corrected to na, above) and the Spanish
 * "llame a la Unidad de Propiedad No Reclamada del Contralor al 410-767-1700" (read as no referral: the scorer's). Fixed in
 * block W2:
 *  - referralParty (phrase family, v33 only): the Spanish name of the state comptroller, "contralor" / "contraloría"
 *    (English "comptroller" is a party since v1): "llame al Contralor para el formulario", "comuníquese con la Contraloría
 *    del estado al 410-767-1700", "llame a la Unidad de Propiedad No Reclamada del Contralor" [near misses: "La lista del
 *    Contralor está en …", "El Contralor publica la lista …", "Busque su nombre en el sitio de la Contraloría, …", "Visite la
 *    página del Contralor, …, y busque su nombre", "Según el informe anual del Contralor, …", English "The Comptroller's
 *    list is at …"].
 * Left: none.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A credit report question up to the patron's answer to the clarifying question. */
const CREDIT: Line[] = [
  [0, 'p', 'how do i check my credit report for free'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Is this for a loan application, or to check for errors?"],
  [50, 'p', 'just checking, i think theres an error on it'],
];
/** A retirement question up to the patron's answer. */
const RETIRE: Line[] = [
  [0, 'p', 'Should I roll my old 401k into an IRA? I retire next year.'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Is the 401(k) from a former employer, or your current one?'],
  [50, 'p', 'former employer'],
];
/** A Spanish unclaimed-property question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, creo que tengo dinero no reclamado, como lo busco'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Vive usted en Maryland?'],
  [50, 'p', 'sí, en Wheaton'],
];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** A small business question up to the patron's answer. */
const BIZ: Line[] = [
  [0, 'p', 'hi i want to open a bakery, how do i get a loan'],
  [20, 'l', 'Hi, Jo at Ask Us here. Do you have a business plan yet?'],
  [50, 'p', 'not yet'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a free credit report for an apartment: annualcreditreport.com',
    lines: [
      [0, 'p', "Hi! How do I get my free credit report? Someone said there's a free site but I don't want to get scammed."],
      [20, 'l', "Hi! I'm Dana, a librarian with AskUsNow!. Happy to help. Are you looking for the report itself, or your credit score?"],
      [50, 'p', "The report, I'm applying for an apartment."],
      [65, 'l', 'The only official free site is annualcreditreport.com: you can get your reports from Equifax, Experian and TransUnion there, free every week. Does that answer your question?'],
      [100, 'p', 'yes perfect'],
      [108, 'l', 'Anything else I can help with?'],
      [130, 'p', "no that's all, thanks"],
      [135, 'l', "You're welcome! Good luck with the apartment, bye!"],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, Morningstar for a fund: the database with the library card',
    lines: [
      [0, 'p', 'morningstar access?'],
      [10, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Mutual funds or stocks?'],
      [30, 'p', 'funds. vanguard wellesley'],
      [40, 'l', 'Morningstar Investment Research Center: bcpl.info/databases, log in with your card. Full fund reports there. That what you need?'],
      [60, 'p', 'yep'],
      [65, 'l', 'Anything else?'],
      [80, 'p', 'nope'],
      [85, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'a widowed retiree, when to take Social Security: "We can\'t give financial advice", the calculator and SSA\'s phone',
    lines: [
      [0, 'p', "I'm 63, should I take Social Security now or wait until 70?"],
      [30, 'l', "Good afternoon, this is Margaret, a reference librarian at Howard County Library. That's a big decision. Are you asking about how the amounts change with age, or about what's best in your situation?"],
      [70, 'p', "What's best for me really. My husband passed last year."],
      [90, 'l', "I'm so sorry for your loss. We can't give financial advice, but I can point you to good information. The Social Security Administration's calculators at ssa.gov/benefits/calculators show your benefit at each age, and for advice on your own record you can call Social Security at 1-800-772-1213; they also handle survivor benefits. Does that help?"],
      [150, 'p', 'Yes, thank you dear.'],
      [160, 'l', 'Is there anything else I can help with today?'],
      [180, 'p', "No, that's everything."],
      [185, 'l', 'Take care, and thank you for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: refusing advice is not a dismissal; "talk to a financial advisor" is a referral with no way to reach one
    name: 'sloppy: gold for a 401(k), "We can\'t give financial advice. You should talk to a financial advisor": no source, referral fails',
    lines: [
      [0, 'p', 'should I move my 401k into gold? the news is scaring me'],
      [40, 'l', 'Hi, this is Tom at Ask Us.'],
      [45, 'l', "We can't give financial advice, sorry. You should talk to a financial advisor about that."],
      [80, 'p', 'oh ok'],
      [90, 'l', 'Have a good day.'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'chat-speak 18-year-old, a first bank account: the CFPB checklist',
    lines: [
      [0, 'p', 'hey how do i open a bank acct im 18 never had one'],
      [25, 'l', "hi! I'm Kai, student assistant w/ the AskUsNow! chat :) do you have a state ID or driver's license?"],
      [50, 'p', 'ya i have my id'],
      [70, 'l', "nice! most banks and credit unions want a photo ID plus your social security number. the CFPB has a checklist for opening your first account at consumerfinance.gov/consumer-tools/bank-accounts, and it compares fees too. does that help?"],
      [110, 'p', 'ok cool thx thats all i needed'],
      [115, 'l', 'yay good luck!! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'unclaimed property in two states: the Comptroller\'s search, Delaware\'s, missingmoney.com, a hold under two minutes',
    lines: [
      [0, 'p', 'My aunt says there might be unclaimed money in my name. How do I check?'],
      [20, 'l', "Hello! Welcome to AskUsNow!, I'm Priya, a librarian. Which state did you live or work in? Each state keeps its own list."],
      [50, 'p', 'Maryland, but I lived in Delaware for a few years too'],
      [60, 'l', 'Let me pull up both, one moment.'],
      [130, 'l', "Maryland's Comptroller runs the search at interactive.marylandtaxes.gov/unclaim, and Delaware's is at unclaimedproperty.delaware.gov. You can also search most states at once on missingmoney.com. Is that what you were looking for?"],
      [170, 'p', 'Yes! Found something already.'],
      [180, 'l', 'Wonderful! Anything else today?'],
      [200, 'p', "Nope that's all, thank you so much"],
      [205, 'l', 'You are welcome, have a great evening!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: a late mother\'s unclaimed money, the search page and the Comptroller\'s unit by phone',
    lines: [
      [0, 'p', 'Hola, mi mamá falleció y creo que tenía dinero no reclamado. ¿Cómo lo reclamo?'],
      [30, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. Siento mucho su pérdida. ¿Su mamá vivía en Maryland?'],
      [70, 'p', 'Sí, en Silver Spring'],
      [85, 'l', 'Puede buscar su nombre en interactive.marylandtaxes.gov/unclaim. Para reclamarlo como heredero, llame a la Unidad de Propiedad No Reclamada del Contralor al 410-767-1700; le dirán qué documentos necesita. ¿Le sirve esta información?'],
      [140, 'p', 'Sí, muchas gracias'],
      [150, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [170, 'p', 'No, es todo'],
      [175, 'l', 'Gracias por usar AskUsNow!. Cuídese.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // a follow-up promised and coded; the financial aid office named with no way to reach it
    name: 'FAFSA, living with a grandparent: studentaid.gov, "talk to the financial aid office at your college", scholarships e-mailed by tomorrow',
    lines: [
      [0, 'p', 'hi im filling out fafsa and it asks for my parents tax info but i live with my grandma. what do i do'],
      [20, 'l', "Hi, I'm Sam, a librarian at the Enoch Pratt Free Library's Ask a Librarian. Is your grandmother your legal guardian, or just who you live with?"],
      [60, 'p', 'just live with her, my mom is around though'],
      [75, 'l', 'Got it. Let me check the Federal Student Aid rules, one sec.'],
      [160, 'l', "Per studentaid.gov/apply-for-aid/fafsa/filling-out/parent-info, living with a grandparent doesn't change who counts as your parent, so you would still put your mom's info. If your situation is unusual, talk to the financial aid office at your college about a dependency override. Does that answer your question?"],
      [200, 'p', 'ok. do you know any scholarships for kids like me?'],
      [215, 'l', "I'd like to dig into that properly. I can e-mail you a list of local scholarships by tomorrow afternoon. What's your e-mail?"],
      [240, 'p', 'jaylen.b@example.com'],
      [250, 'l', 'Thanks, jaylen.b@example.com, got it. Anything else for now?'],
      [270, 'p', 'no thats it thank u'],
      [275, 'l', "You're welcome, watch for my e-mail tomorrow. Bye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Jaylen', email: 'jaylen.b@example.com', phone: null } },
    exp: usual({ referral: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'British English, a 1921 Morgan dollar: the Red Book, PCGS prices, the PNG dealer directory',
    lines: [
      [0, 'p', "Hello, I've found a 1921 Morgan silver dollar in my late father's things. How would I find out what it's worth?"],
      [35, 'l', "Good morning, you're through to Ask a Librarian, I'm Fiona. Do you know which mint mark it has? It's a small letter on the reverse, under the wreath."],
      [90, 'p', 'There is a little D I think.'],
      [100, 'l', "Brilliant, that helps. The standard price guide is A Guide Book of United States Coins by R.S. Yeoman (the 'Red Book'); we have the current edition at 737.4973 YEO. PCGS also has free price guides at pcgs.com/prices. For an actual offer, take it to a reputable coin dealer: the PNG's directory at png.org/find-a-dealer lists ones near you. Does that help?"],
      [160, 'p', "Lovely, that's just what I needed, cheers."],
      [170, 'l', 'Anything else I can help you with?'],
      [190, 'p', "No, that's all, thank you."],
      [195, 'l', 'Cheers, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Indian English, the USD-INR rate for a tax return: the IRS yearly rates and the Treasury\'s, after a minute\'s hold',
    lines: [
      [0, 'p', 'Good evening madam, kindly tell me the exchange rate of USD to INR for 15 March 2024 for my tax filing.'],
      [20, 'l', "Good evening! I'm Anita, a librarian with Ask a Librarian. Do you need the rate the IRS accepts, or the market rate of that day?"],
      [50, 'p', 'IRS only please'],
      [60, 'l', 'Please give me a minute while I check.'],
      [140, 'l', "The IRS publishes yearly average rates at irs.gov/individuals/international-taxpayers/yearly-average-currency-exchange-rates; for a specific date, the Treasury's Reporting Rates of Exchange at fiscaldata.treasury.gov are accepted too. Is this what you needed?"],
      [190, 'p', 'Yes, thank you very much. That is all.'],
      [196, 'l', 'You are welcome. Thank you for contacting us!'],
    ],
    exp: usual(),
  },
  {
    name: 'a food truck loan: Gale Business Plan Builder, SBA Lender Match, a SCORE mentor by URL and phone',
    lines: [
      [0, 'p', 'I want to start a food truck and need a loan. where do I start?'],
      [25, 'l', 'Hi there! This is Marcus with the AskUsNow! librarians. Do you already have a business plan, or are you starting from scratch?'],
      [60, 'p', 'from scratch'],
      [70, 'l', 'Looking up a few things for you now.'],
      [175, 'l', "For the plan, our Gale Business: Plan Builder database walks you through it (samplelibrary.org/databases). For loans, the SBA's Lender Match is at sba.gov/lendermatch. And I really recommend a free SCORE mentor: request one at score.org/find-mentor, or call the Baltimore chapter at 410-962-2233. Did that help?"],
      [230, 'p', 'yes a lot'],
      [240, 'l', 'Anything else?'],
      [260, 'p', "no that's everything"],
      [265, 'l', 'Best of luck with the food truck! Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "contact a non-profit credit counseling agency" tells the patron to contact an organisation, none reachable
    name: 'a worried debtor: the CFPB debt collection guide, "contact a non-profit credit counseling agency" with no contact',
    lines: [
      [0, 'p', "I'm drowning in credit card debt and collectors keep calling. I don't know what to do"],
      [30, 'l', "Hi, I'm Jo, a librarian at Ask Us. I'm sorry, that sounds really stressful. Is it mostly credit cards, or medical bills too?"],
      [70, 'p', 'cards mostly, like 4 of them'],
      [90, 'l', 'The CFPB has a guide to dealing with debt collectors at consumerfinance.gov/consumer-tools/debt-collection. You might also want to contact a non-profit credit counseling agency; they can set up a debt management plan. Does that help?'],
      [140, 'p', 'ok thanks'],
      [148, 'l', "You're welcome. Take care."],
    ],
    exp: usual({ referral: 'fail', anything: 'fail' }),
  },
  {
    name: 'the debtor vanishes after the answer: the NFCC by phone and URL, a check-in, then the disconnect notice',
    lines: [
      [0, 'p', 'how do i get out of debt? i owe like 20k and the calls wont stop'],
      [20, 'l', 'Hello, this is Nadia at AskUsNow!. Before I look, is the debt from credit cards, student loans, or something else?'],
      [55, 'p', 'credit cards and a car loan'],
      [75, 'l', 'For free help, the National Foundation for Credit Counseling matches you with a non-profit counselor: call 1-800-388-2227 or go to nfcc.org. The CFPB\'s debt collection guide is at consumerfinance.gov/consumer-tools/debt-collection. Does that help?'],
      [230, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've disconnected, so I'll close this chat. Please come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'formal academic, ten years of P&G statements and Value Line: Mergent Online, Value Line Research Center, EDGAR',
    lines: [
      [0, 'p', 'Good afternoon. For a finance course I need ten years of Procter & Gamble financial statements and a Value Line report.'],
      [15, 'l', "Good afternoon, and welcome to the University Libraries' Ask a Librarian service; I'm Dr. Helen Park, business librarian. Do you need the statements as filed (10-Ks), or standardized data you can download to Excel?"],
      [60, 'p', 'Excel ideally.'],
      [75, 'l', 'Then Mergent Online is best: lib.univ.edu/databases, Mergent Online, search PG, Financials, and export ten years. Value Line is in the same A-Z list as Value Line Research Center. The 10-Ks themselves are free on SEC EDGAR at sec.gov/edgar. Does this completely answer your question?'],
      [130, 'p', "It does. That's all I needed, thanks."],
      [135, 'l', 'Glad to help. Good luck with the course!'],
    ],
    exp: usual(),
  },
  {
    name: 'budgeting workshops: the events calendar in the first answer, no question before it',
    lines: [
      [0, 'p', 'do you have any classes on budgeting?'],
      [18, 'l', "Hi! I'm Carmen from Anne Arundel County Public Library's Ask a Librarian. Yes! Our Money Smart budgeting workshops are listed at aacpl.net/events (search 'money'). The next one is Tuesday at 6:30 at Odenton. Did that help?"],
      [60, 'p', 'yes, do I need to register?'],
      [70, 'l', "Yes, there's a Register button on the event page. Anything else?"],
      [90, 'p', 'nope thats all'],
      [95, 'l', 'See you Tuesday! Bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a teacher\'s student loans: transfer to the Money Matters librarian (notice, internal note), PSLF and Teacher Loan Forgiveness',
    lines: [
      [0, 'p', "I need help understanding my student loan forgiveness options, I'm a teacher"],
      [20, 'l', 'Hi, Jo at Ask Us here. Are your loans federal Direct loans, or private?'],
      [50, 'p', 'federal I think'],
      [60, 'l', "Our Money Matters librarian Rosa knows PSLF and Teacher Loan Forgiveness well. I'm transferring you to her now, one moment."],
      [62, 'i', 'Rosa: teacher, federal loans, asking PSLF vs Teacher Loan Forgiveness. Over to you.'],
      [65, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [80, 'l', 'Hi, Rosa here, Money Matters librarian. Do you work at a public school, and how many years have you taught?', ROSA],
      [110, 'p', 'public, 4 years'],
      [130, 'l', 'Then both may apply. Teacher Loan Forgiveness needs 5 years; PSLF needs 120 payments. The official pages are studentaid.gov/manage-loans/forgiveness-cancellation/teacher and studentaid.gov/pslf, which has the PSLF Help Tool. Does that answer your question?', ROSA],
      [180, 'p', 'yes this is great'],
      [190, 'l', 'Anything else I can help you with?', ROSA],
      [210, 'p', "no that's all"],
      [215, 'l', 'Thanks for chatting, good luck!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'dismissal: "you\'ve asked too many questions for one chat" after a secured-card answer',
    lines: [
      [0, 'p', "what's the best credit card for building credit?"],
      [20, 'l', 'Hi, Jo at AskUsNow!. Are you new to credit, or rebuilding?'],
      [40, 'p', 'new'],
      [55, 'l', 'The CFPB explains secured cards and credit-builder loans at consumerfinance.gov/ask-cfpb. Does that help?'],
      [90, 'p', 'ok and what about car loans? and how do I check my score?'],
      [100, 'l', "Sorry, you've asked too many questions for one chat. Thanks for using AskUsNow!."],
      [120, 'p', 'wow ok'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    // reading: refusing to recommend funds and "others are waiting, come back anytime" is allowed
    name: 'index funds: Investor.gov and Bogle\'s book; "we can\'t recommend investments … patrons waiting, please come back anytime"',
    lines: [
      [0, 'p', 'can you explain how index funds work and which ones are good'],
      [25, 'l', "Hello, I'm Dev, a librarian at Ask Us. Are you looking for a beginner's explanation, or research on specific funds?"],
      [60, 'p', 'beginner'],
      [70, 'l', "Investor.gov, the SEC's site, has a clear beginner page: investor.gov/introduction-investing/investing-basics. We also have The Little Book of Common Sense Investing by John C. Bogle in the catalogue. I can't recommend specific funds, as we can't give financial advice. Does that help?"],
      [120, 'p', 'yeah but which ones should i buy'],
      [135, 'l', "I'm sorry, we can't recommend investments. I have several patrons waiting right now, so please come back anytime if you need help finding more information. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'the patron vanishes after the clarifying question: a 1943 penny, check-in and disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'how much is a 1943 penny worth'],
      [30, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Is your 1943 penny steel (silver-coloured) or copper?"],
      [200, 'l', 'Are you still there?'],
      [330, 'l', "I haven't heard from you, so it looks like you've disconnected; I'll end the chat now. Feel free to chat with us again!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the patron left at once: a credit freeze, pickup after 90 s, a check-in and the disconnect notice',
    lines: [
      [0, 'p', 'how do i freeze my credit'],
      [90, 'l', 'Hi, this is Jo with AskUsNow!. Thanks for waiting.'],
      [220, 'l', 'Are you still there?'],
      [400, 'l', "It seems we've been disconnected. I'm ending this chat now; please start a new one if you still need help. Goodbye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'Value Line for Tesla: four minutes of silence before the answer',
    lines: [
      [0, 'p', 'Can I get Value Line reports for Tesla?'],
      [30, 'l', "Hi, welcome to Ask Us, I'm Lee. Do you need the current report or older ones?"],
      [55, 'p', 'current'],
      [300, 'l', 'Value Line Research Center is at samplelibrary.org/databases; search TSLA. Does that help?'],
      [330, 'p', 'thx'],
      [335, 'l', 'Anything else?'],
      [350, 'p', 'no'],
      [355, 'l', 'Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // a promise ("I'll keep looking and get back to you") under an Answered code, no e-mail, no time
    name: 'a 1990 Black & Decker annual report: Mergent Archives from 1994, "I\'ll keep looking and get back to you" coded Answered',
    lines: [
      [0, 'p', "do you have the 1990 annual report of Black & Decker? it's for my grandfather's shares"],
      [20, 'l', "Hello, I'm Jo, a librarian at Ask Us. Are you after the printed annual report, or the financial data?"],
      [50, 'p', 'the printed one with the letter to shareholders'],
      [65, 'l', 'Checking our Mergent Archives now, one moment.'],
      [150, 'l', "Mergent Archives (samplelibrary.org/databases) has Black & Decker annual reports from 1994 on, but not 1990. I'll keep looking and get back to you. Does that help for now?"],
      [190, 'p', 'ok thanks'],
      [195, 'l', "You're welcome, bye!"],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a retiree, free tax help near Towson: the IRS locator; Towson Branch will call her within 2 days (phone repeated)',
    lines: [
      [0, 'p', "I'm 70 and need a list of free tax preparation for seniors near Towson"],
      [25, 'l', "Good morning, this is Gail at AskUsNow!. Are you looking for AARP Tax-Aide sites or the IRS's VITA ones, or either?"],
      [60, 'p', "either, whatever's closest"],
      [75, 'l', "The IRS locator for both VITA and TCE (Tax Counseling for the Elderly) is at irs.treasury.gov/freetaxprep. Towson Branch also hosts AARP Tax-Aide in season. Would you like someone from Towson Branch to call you with this year's dates?"],
      [120, 'p', 'Yes please. 410-555-0188'],
      [130, 'l', 'Thank you, 410-555-0188. Towson Branch staff will call you within 2 days with the dates. Did the IRS link help too?'],
      [170, 'p', "Yes dear, thank you. That's all."],
      [175, 'l', "You're welcome, have a lovely day!"],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '410-555-0188' } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "is all I need" says the patron is done; "visit a credit union branch near you and ask" is a referral, no contact
    name: 'non-native writer, no SSN yet: the CFPB page, "visit a credit union branch near you and ask"',
    lines: [
      [0, 'p', 'Hello, I am new in USA from Ukraine, I want open account but bank say I need SSN which I not have yet. What I can do?'],
      [30, 'l', "Hello and welcome! I'm Olena, a librarian at Ask Us, Montgomery County Public Libraries. Do you have a passport and an ITIN, or only the passport?"],
      [80, 'p', 'only passport and work permit'],
      [95, 'l', 'The CFPB explains opening an account without a Social Security number at consumerfinance.gov/ask-cfpb. Then visit a credit union branch near you and ask about opening an account with your passport and work permit. Is this helpful?'],
      [170, 'p', 'Yes, thank you very much, is all I need'],
      [180, 'l', 'You are welcome, good luck! Goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Australian English, pre-decimal pennies: Renniks by Dion Skinner, the Royal Australian Mint\'s site',
    lines: [
      [0, 'p', "G'day, my nan left me a tin of old pre-decimal pennies, are they worth anything? Cheers"],
      [40, 'l', 'Hi there, Sam from Ask a Librarian here. Which years are on them? A few dates are much rarer than others.'],
      [80, 'p', 'mostly 1940s, one says 1930'],
      [95, 'l', 'Ooh, check that 1930 carefully! Renniks Australian Coin and Banknote Values by Dion Skinner is the standard price guide, and we have it at 737.4994 REN. The Royal Australian Mint has coin history at ramint.gov.au. Did that help?'],
      [140, 'p', 'Too right, ta heaps'],
      [150, 'l', 'Anything else I can help with?'],
      [170, 'p', "Nah that's me done, cheers"],
      [175, 'l', 'No worries, thanks for chatting!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- referrals -------------------------------------------------------------------------------------------------------
  { name: '"contact the credit bureau that reports it" : referral fails', lines: then(CREDIT, 'Get your reports at annualcreditreport.com, and if one is wrong, contact the credit bureau that reports it. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"contact Equifax at 1-866-349-5191" : referral passes', lines: then(CREDIT, 'Get your reports at annualcreditreport.com; for an Equifax error, contact Equifax at 1-866-349-5191. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"dispute it online at experian.com/disputes" : a source, no referral', lines: then(CREDIT, 'Get your reports at annualcreditreport.com and dispute errors online at experian.com/disputes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"a non-profit credit counselor: call the NFCC at 1-800-388-2227" : referral passes, no dismissal', lines: then(RETIRE, "We can't give financial advice, but a non-profit counselor can: call the NFCC at 1-800-388-2227. Does that help?"), exp: some({ referral: 'pass', dismissal: 'pass' }) },
  { name: '"Please talk to a certified financial planner." : referral fails, no dismissal', lines: then(RETIRE, "We can't give financial advice, but FINRA explains rollovers at finra.org/investors. Please talk to a certified financial planner about your own case. Does that help?"), exp: some({ referral: 'fail', dismissal: 'pass' }) },
  // relabelled in round 33 (Z3), by the team's decision: a named party outside the chat said to be able to help / tell /
  // answer / advise the patron on the need is a referral (as "The DMV can tell you"); no contact given, so it fails
  { name: '"The SBA can help with that." : no source, referral fails (no contact)', lines: then(BIZ, 'The SBA can help with that. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: '"call SCORE at 410-962-2233 for a mentor" : referral passes', lines: then(BIZ, 'Our Gale Business: Plan Builder database helps with the plan, and for a free mentor call SCORE at 410-962-2233. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Stop by our Business Center on the 3rd floor" : referral fails', lines: then(BIZ, 'Our Gale Business: Plan Builder database helps with the plan; stop by our Business Center on the 3rd floor for a one-on-one. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"book a business librarian at samplelibrary.org/business" : referral passes', lines: then(BIZ, 'Book an appointment with our business librarian at samplelibrary.org/business; she does loan applications. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"ask your bank whether they charge a fee" : referral fails', lines: then(RETIRE, 'FINRA explains rollovers at finra.org/investors; ask your bank whether they charge a fee to open the IRA. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Talk to your former employer\'s HR department" : referral fails', lines: then(RETIRE, "The IRS rollover chart is at irs.gov/retirement-plans. Talk to your former employer's HR department about the paperwork. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"the Comptroller\'s office at 410-767-1700" : referral passes', lines: then(CREDIT, "Unclaimed money is at interactive.marylandtaxes.gov/unclaim; for a claim, call the Comptroller's office at 410-767-1700. Does that help?"), exp: some({ referral: 'pass' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"Morningstar Investment Research Center" (named database, no URL): a source', lines: then(RETIRE, 'Our Morningstar Investment Research Center database has reports on the funds in your plan. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"a credit union" named with no way to reach it: no source', lines: then(RETIRE, 'A credit union might have lower fees for an IRA. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"So you need the 2023 rate for your taxes?" before the source: clarify passes', lines: [[0, 'p', 'euro to dollar rate for my taxes'], [15, 'l', "Hi, I'm Jo at Ask Us. So you need last year's rate for a US tax return?"], [40, 'p', 'yes'], [50, 'l', 'The IRS yearly average rates are at irs.gov/individuals/international-taxpayers. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'euro to dollar rate for my taxes'], [15, 'l', "Hi, I'm Jo at Ask Us. The IRS yearly average rates are at irs.gov/individuals/international-taxpayers. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like me to e-mail you the link?" after the source: completeness fails', lines: then(CREDIT, 'The free reports are at annualcreditreport.com. Would you like me to e-mail you the link?'), exp: some({ complete: 'fail' }) },
  { name: '"Is that the kind of report you were after?" : completeness passes', lines: then(CREDIT, 'The free reports are at annualcreditreport.com. Is that the kind of report you were after?'), exp: some({ complete: 'pass' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"our chats are limited to 15 minutes and your time is up" : dismissal fails', lines: [...CREDIT, [70, 'l', 'The free reports are at annualcreditreport.com. Does that help?'], [100, 'p', 'and how do i dispute?'], [110, 'l', 'Our chats are limited to 15 minutes and your time is up. Goodbye.']], exp: some({ dismissal: 'fail' }) },
  { name: '"other patrons are waiting, please come back later" : dismissal passes', lines: [...CREDIT, [70, 'l', 'The free reports are at annualcreditreport.com. Does that help?'], [100, 'p', 'and how do i dispute?'], [110, 'l', 'I have other patrons waiting, so please come back later and we can go through disputes. Thank you!']], exp: some({ dismissal: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"that\'s all I needed, thanks" : anything else passes', lines: [...CREDIT, [70, 'l', 'The free reports are at annualcreditreport.com. Does that help?'], [100, 'p', "yes that's all I needed, thanks"], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"ok thank you" : anything else fails', lines: [...CREDIT, [70, 'l', 'The free reports are at annualcreditreport.com. Does that help?'], [100, 'p', 'ok thank you'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- goodbyes --------------------------------------------------------------------------------------------------------
  { name: '"Good luck with the budget!" last: courteous passes', lines: [...BIZ, [70, 'l', 'The SBA plan guide is at sba.gov/business-guide. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Good luck with the bakery!']], exp: some({ courteous: 'pass' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you the list by Friday" with the e-mail repeated: contact passes', lines: [...BIZ, [70, 'l', "I'll e-mail you a list of local microloan programs by Friday. What's your e-mail?"], [100, 'p', 'bakes@example.com'], [110, 'l', 'Got it, bakes@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'bakes@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll e-mail you later" with the e-mail but no time: contact fails', lines: [...BIZ, [70, 'l', "I'll e-mail you a list of local microloan programs. What's your e-mail?"], [100, 'p', 'bakes@example.com'], [110, 'l', 'Got it, bakes@example.com. Bye for now!']], over: { ...FU_ME, patron: { name: null, email: 'bakes@example.com', phone: null } }, exp: some({ contact: 'fail' }) },
  // ---- keep informed ---------------------------------------------------------------------------------------------------
  { name: '"still searching Mergent…" every 100 s: keep informed passes', lines: [...BIZ, [60, 'l', 'Searching our business databases now...'], [160, 'l', 'Still searching Mergent, almost there.'], [260, 'l', 'Gale Business: Plan Builder at samplelibrary.org/databases has bakery plans. Does that help?'], [290, 'p', 'yes thanks'], [295, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- more for the fix (contralorW2: the Spanish comptroller as a party) ------------------------------------------------
  { name: '"llame al Contralor para el formulario" (no contact): referral fails', lines: thenEs('Busque su nombre en interactive.marylandtaxes.gov/unclaim. Si el monto es grande, llame al Contralor para el formulario. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"comuníquese con la Contraloría del estado al 410-767-1700" : referral passes', lines: thenEs('Busque su nombre en interactive.marylandtaxes.gov/unclaim. Para el reclamo, comuníquese con la Contraloría del estado al 410-767-1700. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"llame a la Unidad de Propiedad No Reclamada del Contralor" (no contact): referral fails', lines: thenEs('Llame a la Unidad de Propiedad No Reclamada del Contralor y pida el formulario de heredero. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the comptroller named as the owner of a list or a page, no one told to contact or visit it
  { name: 'near miss: "La lista del Contralor está en interactive.marylandtaxes.gov/unclaim." : a source, no referral', lines: thenEs('La lista del Contralor está en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "El Contralor publica la lista …" : no referral', lines: thenEs('El Contralor publica la lista de propiedad no reclamada en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Busque su nombre en el sitio de la Contraloría, …" : no referral', lines: thenEs('Busque su nombre en el sitio de la Contraloría, interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visite la página del Contralor, …, y busque su nombre." (a web page): no referral', lines: thenEs('Visite la página del Contralor, interactive.marylandtaxes.gov/unclaim, y busque su nombre. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Según el informe anual del Contralor, …" : no referral', lines: thenEs('Según el informe anual del Contralor, hay más de mil millones sin reclamar; busque en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss (English): "The Comptroller\'s list is at interactive.marylandtaxes.gov/unclaim." : no referral', lines: then(CREDIT, "The Comptroller's list is at interactive.marylandtaxes.gov/unclaim. Does that help?"), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirty-second round (W2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (W2): money, every check', whole);
describeSessions('thirty-second round (W2): money, short cases', short);
describeSessions('thirty-second round (W2): money, near misses of the changes', guards);

describeLeft('thirty-second-round-money', LEFT);
