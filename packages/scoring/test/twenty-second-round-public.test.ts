/**
 * Twenty-second round, area (X4): WHOLE SESSIONS AS REAL PUBLIC-LIBRARY SERVICES RUN THEM. Statewide public-library chat
 * services (Ohio's KnowItNow, New Jersey's QandANJ, Oregon's Answerland, Maryland's AskUsNow!) and county systems' own
 * chats, as their transcripts read: pickups from 10 to 200 s, scripted greetings and bare "hi"s, providers with two or
 * more chats open (`ctx.otherIntervals`), patrons who type in bursts and go quiet, everyday and reference questions
 * (accounts and fines, e-books, local history, taxes, jobs, homework, health, law), system events (transfers, the patron
 * leaving, idle time-outs), resolution codes right and wrong, follow-ups recorded on time, late, missing or pending. The
 * aim is the mixture: one check's wording inside another's (a hold that is also a check-in, a source inside a goodbye,
 * a referral inside an offer of more help, a completeness question that also offers more help, a thank-you that is the
 * patron's last word).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a hold message that also asks "are you still with me?" is a check-in during the final idle (the rubric asks only
 *   that the provider asked whether the patron is still there); it does not move the idle's start, which is the first
 *   provider message after the patron's last that is not a hold;
 * - "It looks like you may have stepped away or lost your connection, so I'll be closing this chat" says the patron
 *   seems to have disconnected and that the session will end;
 * - a source given only inside the goodbye is a source (the rubric asks for at least one, anywhere);
 * - "Does that answer your question, or is there anything else I can look up for you?" both asks whether what was given
 *   meets the need and asks whether the patron needs anything else;
 * - a referral inside an offer of more help ("Is there anything else…? If it is still pending, it would be worth calling
 *   the One-Stop Career Center") is a referral, and fails without a way to reach the party;
 * - "bring a photo ID to any branch to pick up the card" is an instruction for getting the card, no referral (the earlier
 *   rounds' reading);
 * - "Good luck with your claim!", "Happy printing!", "Have a good one!", "Take care!" say goodbye; "Glad I could help!"
 *   does not; "Thanks for waiting!" thanks the patron (an older reading);
 * - a closing line from the system ("This chat has ended due to inactivity.") is no notice and no goodbye;
 * - a transfer announcement is a hold: the patron waits on the provider from it until the receiving provider's first
 *   message (internal and system messages do not end the wait);
 * - "Is that enough for trivia night?", "Does that explain it?", "Is that her?", "Does that work for you?" after an answer
 *   ask whether what was given meets the need; "Would you like me to email you a scan…?" does not;
 * - "that's it thanks", "no that's it", "thats all i needed" say the patron is done; "ok thanks", "yes ty", "lol yes
 *   perfect" do not.
 * Every case gives ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs). `LEFT` (not
 * run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, DAY, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, some, sys, T0, usual, who } from './helpers';

const HOUR = 3600;
const KIM = who('Kim Wong', 'kwong');
const BEN = who('Ben Ruiz', 'bruiz');
const JORDAN = who('Jordan Blake', 'jblake');
const ANA = who('Ana Souza', 'asouza');

export const whole: SessionCase[] = [
  // ---- KnowItNow (Ohio) ----------------------------------------------------------------------------------------------
  {
    name: 'KnowItNow, a $14 fine blocking the card: pickup 14 s, the scripted greeting asks the library system, a hold of 111 s, the pay page, "that was all i needed"',
    lines: [
      [0, 'p', 'Hi I have a $14 fine on my card and it says I cant check out. how do I pay it?'],
      [14, 'l', "Welcome to KnowItNow! I'm Darnell, a librarian at Cleveland Public Library. Which library system is your card from?"],
      [52, 'p', 'cuyahoga county'],
      [60, 'l', "Thanks! Let me pull up CCPL's fines page, one moment."],
      [171, 'l', 'Cuyahoga County Public Library lets you pay fines online: log in at cuyahogalibrary.org, go to My Account, then Fines & Fees, and pay by card. Cards are blocked at $10, so once it is paid you can borrow again right away. Does that answer your question?'],
      [230, 'p', 'yes it does, that was all i needed. thank you'],
      [236, 'l', "You're welcome! Thanks for using KnowItNow, and have a good night."],
    ],
    exp: usual(),
  },
  {
    // reading: the patron's "thank you!!" after the provider's goodbye is the last visible message: no final idle
    name: 'KnowItNow, Libby on a Kindle Paperwhite: the device asked, the steps and help.libbyapp.com, "Did that do the trick?", "Anything else tonight?", the patron\'s thank-you is the last word',
    lines: [
      [0, 'p', 'how do i get library ebooks on my kindle'],
      [19, 'l', 'Hello! This is Marcus with KnowItNow. Which Kindle do you have: a Paperwhite, or a Fire tablet?'],
      [44, 'p', 'paperwhite'],
      [96, 'l', "With a Paperwhite, Libby sends the book through Amazon: borrow it in the Libby app, tap Read With, choose Kindle, and sign in to Amazon to get it delivered. Libby's help page has pictures of each step: help.libbyapp.com (search Kindle). Did that do the trick?"],
      [180, 'p', 'yes!! got it on there'],
      [186, 'l', 'Wonderful! Anything else tonight?'],
      [205, 'p', 'nope'],
      [209, 'l', 'Enjoy the book, and have a good night!'],
      [214, 'p', 'thank you!!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Is that her?" after the index entry asks whether what was given is what the patron needed
    name: 'KnowItNow, a 1962 obituary: name and month asked, the obituary index, "Is that her?", a scan by Thursday to the e-mail read back, Follow-up by me, recorded after 30 h',
    lines: [
      [0, 'p', "I'm looking for my grandmother's obituary. She died in Toledo in 1962"],
      [24, 'l', "Hello, you've reached KnowItNow, and I'm Beth, a librarian at Toledo Lucas County Public Library. Do you know the month, or her full name at the time?"],
      [70, 'p', 'Helen Kowalski, march 1962 I think'],
      [78, 'l', 'Thank you. Let me search the obituary index, just a moment.'],
      [150, 'l', "The library's obituary index (toledolibrary.org/obits) lists Helen Kowalski in the Toledo Blade, March 4, 1962, page 12. Is that her?"],
      [196, 'p', 'yes that is grandma! born 1889'],
      [204, 'l', 'I can email you a scan of the obituary from our microfilm by Thursday. What email address should I send it to?'],
      [240, 'p', 'mkoval@example.net'],
      [247, 'l', "Got it: mkoval@example.net. You'll have the scan by Thursday. Anything else I can help with?"],
      [281, 'p', "no that's everything, thank you so much"],
      [287, 'l', 'My pleasure. Thanks for using KnowItNow!'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Kowalski', email: 'mkoval@example.net', phone: null }, followUps: [{ doneAt: at(30 * HOUR), by: 'jo', note: 'sent obituary scan' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'KnowItNow, SNAP limits: the patron types "hello??" and "are u there" while waiting; the answer comes 126 s after the first of them (the wait is not restarted)',
    lines: [
      [0, 'p', 'whats the income limit for SNAP in ohio for a family of 3'],
      [35, 'l', 'Hello, this is Maria with KnowItNow. Is this for applying now, or for checking whether you still qualify?'],
      [70, 'p', 'applying'],
      [80, 'p', 'hello??'],
      [150, 'p', 'are u there'],
      [196, 'l', "Sorry, I'm here! For a household of 3, the gross monthly limit is $4,304. The Ohio Department of Job and Family Services lists the limits at benefits.ohio.gov (SNAP, then Eligibility). Is that what you needed?"],
      [240, 'p', 'ok yes thank you'],
      [246, 'l', 'Is there anything else I can help with today?'],
      [280, 'p', 'no'],
      [284, 'l', 'Thanks for contacting KnowItNow, take care!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'KnowItNow, a 3-day eviction notice in Lucas County: notice and county asked, the statute at codes.ohio.gov and Legal Aid of Western Ohio by phone, a second source inside the goodbye',
    lines: [
      [0, 'p', 'my landlord says i have 3 days to get out because i was late on rent is that legal in ohio'],
      [45, 'l', "Hi, I'm Greg, a KnowItNow librarian. I'm not a lawyer, but I can point you to the law and to free legal help. Did you get a written notice, and which county are you in?"],
      [102, 'p', 'yes a paper on my door. lucas county'],
      [110, 'l', 'Thanks, let me pull up the statute.'],
      [208, 'l', 'In Ohio, a 3-day notice to leave is the first legal step (Ohio Revised Code 1923.04, at codes.ohio.gov); the landlord still has to file in court and win before you can be removed. For free help, call Legal Aid of Western Ohio at 1-888-534-1432. Does that answer your question?'],
      [262, 'p', 'yes thank you so much, thats all'],
      [270, 'l', "You're very welcome. The Ohio Legal Help site has tenant guides too: ohiolegalhelp.org. Take care!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "visit the Ohio History Connection archives in Columbus (ohiohistory.org/research)" inside the goodbye refers, with a URL
    name: 'KnowItNow, a WWI guardsman: name and county asked, the service card on FamilySearch, "Is that him?", a referral with its URL inside the goodbye',
    lines: [
      [0, 'p', 'where can i find records of my great grandfather who was in the ohio national guard in ww1'],
      [34, 'l', "Hi! Welcome to KnowItNow, I'm Sheila, a genealogy librarian at Columbus Metropolitan Library. Do you know his name and what county he enlisted from?"],
      [90, 'p', 'Albert Rhinehart, Franklin county'],
      [98, 'l', 'Let me check the WWI service records, one moment.'],
      [205, 'l', 'The Ohio statement of service cards list him: Rhinehart, Albert J., Company C, 166th Infantry. You can see the card on FamilySearch (familysearch.org, search "Ohio, World War I Statement of Service Cards"). Is that him?'],
      [250, 'p', 'yes!! thank you thats all i need for now'],
      [258, 'l', 'If you want to see his original service card, visit the Ohio History Connection archives in Columbus (ohiohistory.org/research). Thanks for using KnowItNow, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Would you like me to email you a scan of a few issues?" offers something not yet given: no completeness question
    name: 'KnowItNow, the Packard plant in Warren: history or building asked, a 112 s hold, the clipping file and finding aid, an offer of scans the patron declines, "thats all i needed"',
    lines: [
      [0, 'p', 'do you have any info on the old Packard plant in Warren'],
      [36, 'l', "Hello! You've reached KnowItNow; I'm Tina at Warren-Trumbull County Public Library. Are you researching its history, or the building today?"],
      [80, 'p', 'history, my grandpa worked there in the 50s'],
      [88, 'l', 'One moment, let me look through our local history files.'],
      [200, 'l', 'Our Local History Room has a Packard Electric clipping file and the employee newsletter "The Cable" from 1946-1975; the finding aid is on wtcpl.org under Local History. Would you like me to email you a scan of a few issues from the 1950s?'],
      [244, 'p', 'no thats ok, I can come in. thats all i needed'],
      [250, 'l', 'Sounds good. Thanks for chatting with KnowItNow!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "What's a good phone number?" then the number read back and "She'll call you by Wednesday afternoon" confirm a contact and say when
    name: 'Columbus Metropolitan Library, who built a 1925 house: the address asked, a 115 s search, the auditor\'s record, the local history librarian will call the number read back by Wednesday; two other chats open; recorded after 50 h',
    lines: [
      [0, 'p', 'Hi I want to know who built my house in Clintonville, it was built around 1925'],
      [45, 'l', "Good morning, this is Pete at the Columbus Metropolitan Library chat. What's the street address?"],
      [90, 'p', '214 Oakland Park Ave'],
      [97, 'l', 'Thanks. Searching the Franklin County Auditor and our building permit index, hang on.'],
      [212, 'l', "The Franklin County Auditor's site (franklincountyauditor.com, Property Search) shows 1926 as the build year. The builder's name would be on the original permit, which is on microfilm here. I'll have our local history librarian look at the permit and call you. What's a good phone number?"],
      [260, 'p', '614-555-0188'],
      [270, 'l', "Thanks, 614-555-0188. She'll call you by Wednesday afternoon. Is the auditor's record helpful for now?"],
      [300, 'p', 'yes very, thank you! thats all'],
      [306, 'l', 'Thank you for chatting with us, have a lovely day.'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '614-555-0188' }, followUps: [{ doneAt: at(50 * HOUR), by: 'jo' }] },
    ctx: { otherIntervals: [other('x4-house-a', 'jo', -200, 250), other('x4-house-b', 'jo', 100, 800)] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Toledo Lucas County, job fairs: the field asked, OhioMeansJobs events, "Hello?" after 136 s, then the system ends the chat for inactivity (idle 299 s, no notice, no goodbye)',
    lines: [
      [0, 'p', 'are there any job fairs coming up in toledo'],
      [30, 'l', 'Hi, this is Beth at the Toledo Lucas County Public Library chat. Any particular field, or all kinds?'],
      [66, 'p', 'any'],
      [126, 'l', 'OhioMeansJobs lists the upcoming Lucas County hiring events at ohiomeansjobs.ohio.gov (Events); there is one at the Main Library on the 18th. Does that help?'],
      [262, 'l', 'Hello?'],
      [420, 's', 'This chat has ended due to inactivity.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Dayton Metro Library, a laid-off forklift driver\'s resume: the work asked, a hold of 124 s, the database and the Job Center by phone, "that is all i needed"',
    lines: [
      [0, 'p', 'Hi, I got laid off and need to redo my resume. Does the library help with that?'],
      [31, 'l', "Hi, I'm sorry to hear that. This is Lorraine at Dayton Metro Library. What kind of work are you looking for?"],
      [77, 'p', 'warehouse or forklift, i have 8 years experience'],
      [85, 'l', 'Let me find our resume resources for you.'],
      [209, 'l', 'Job & Career Accelerator has resume templates for warehouse jobs: daytonmetrolibrary.org, then Research, then Jobs & Careers. You can also make an appointment with the Job Center at the Main Library for one-on-one help: 937-496-8600. Is that the kind of help you were looking for?'],
      [265, 'p', 'yes the database sounds good. that is all i needed thanks'],
      [271, 'l', 'Good luck with the search, and thanks for chatting with us!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'a statewide Ask a Librarian, a 16-year-old in chat-speak: pickup 200 s, "Hello!" and "Sorry about the wait" with no name, the county asked, "lmk if that helps!", then "Still there?" and "Looks like you\'ve gone" (idle 195 s)',
    lines: [
      [0, 'p', 'hw do i get a libary card if im 16'],
      [7, 'p', 'do i need my mom to sign'],
      [200, 'l', 'Hello!'],
      [206, 'l', "Sorry about the wait, it's a busy night."],
      [212, 'l', 'This is Karen with the Ask a Librarian chat. Which county do you live in?'],
      [240, 'p', 'hamilton co'],
      [290, 'l', 'At 16 you can sign up yourself, no parent signature needed: fill in the form at cincinnatilibrary.org/card and bring a photo ID to any branch to pick up the card. lmk if that helps!'],
      [416, 'l', 'Still there?'],
      [485, 'l', "Looks like you've gone, so I'm going to end the chat now. Bye!"],
    ],
    // relabelled: "bring a photo ID to any branch to pick up the card" is how to get the card, an instruction, not a referral
    // (the earlier rounds' reading of "bring a photo ID to any of our branches")
    exp: usual({ pickup: 'fail', greeting: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- QandANJ (New Jersey) ------------------------------------------------------------------------------------------
  {
    // reading: "Anything else I can find for you?" during the final idle is not a check-in; the idle runs 131 s to the goodbye
    name: 'QandANJ, a summer-reading book: the patron types in three bursts, a bare "hi!" at 58 s and no name, the format asked, the BCCLS hold, "Anything else…?" and a goodbye 131 s later',
    lines: [
      [0, 'p', 'hello'],
      [5, 'p', 'i need a book for my daughter'],
      [11, 'p', 'its on her 5th grade summer list, Wonder by RJ Palacio'],
      [58, 'l', 'hi!'],
      [66, 'l', 'Do you want the print book, or would an ebook or audiobook work too?'],
      [104, 'p', 'print pls'],
      [113, 'p', 'we live in bergen county'],
      [150, 'l', 'Your library is in the BCCLS network: search "Wonder Palacio" at bccls.org and click Place Hold, then pick your own library for pickup. Did that help?'],
      [185, 'p', 'yes ty'],
      [191, 'l', 'Anything else I can find for you?'],
      [322, 'l', 'Thanks for using QandANJ! Bye for now.'],
    ],
    exp: usual({ greeting: 'fail', idle: 'fail' }),
  },
  {
    // reading: the referral sits inside the offer of more help; the One-Stop Career Center comes with no way to reach it
    name: 'QandANJ, an unemployment claim stuck on pending: state and certifying asked, the claim status FAQ, "Does that explain it?", a referral without contact inside "Is there anything else…?"',
    lines: [
      [0, 'p', 'my unemployment claim has said pending for 3 weeks what does that mean'],
      [40, 'l', "Hi, you've reached QandANJ. I'm Priya, a librarian in Morris County. Is this a New Jersey claim, and have you been certifying every week?"],
      [88, 'p', 'yes nj and yes i certify every monday'],
      [96, 'l', 'One moment while I find the status definitions.'],
      [170, 'l', "The NJ Department of Labor's claim status FAQ explains it: pending usually means a question on your claim (often from your last employer) is waiting for a decision. It is at myunemployment.nj.gov under FAQs, then Claim Status. Does that explain it?"],
      [221, 'p', 'sort of. ugh'],
      [230, 'l', 'Is there anything else I can help you with? If it is still pending next week, it would be worth calling the One-Stop Career Center for your county.'],
      [262, 'p', "no that's it, thank you"],
      [268, 'l', 'Good luck, I hope it gets sorted soon!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'QandANJ, ibuprofen with lisinopril: "I can\'t give medical advice", who and how often asked, MedlinePlus, "check with your pharmacist or doctor" without a contact',
    lines: [
      [0, 'p', 'can i take ibuprofen with my blood pressure pills (lisinopril)'],
      [40, 'l', "Hello, this is Nadia, a librarian at QandANJ. I can't give medical advice, but I can find reliable information. Is it for yourself, and is it for occasional use or every day?"],
      [87, 'p', 'me, just sometimes for back pain'],
      [95, 'l', 'One moment please.'],
      [175, 'l', "MedlinePlus's page on lisinopril (medlineplus.gov/druginfo/meds/a692051.html) says NSAIDs like ibuprofen can make it work less well and can affect the kidneys. Please check with your pharmacist or doctor before combining them. Did that help?"],
      [230, 'p', 'yes thats helpful'],
      [238, 'l', 'Is there anything else I can look up for you?'],
      [270, 'p', 'no thank you'],
      [275, 'l', 'Take care, and thank you for using QandANJ!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "Thanks for waiting!" in one of the provider's last two messages thanks the patron
    name: 'QandANJ, the 1977 flood in Chester: "from the time or later histories?", a hold, "Thanks for waiting!" with JerseyClicks, the patron done, a bare "Great!" last',
    lines: [
      [0, 'p', 'looking for newspaper articles about the 1977 flood in my town, Chester NJ'],
      [48, 'l', "Hi, I'm Walt with QandANJ. Are you after news reports from the time, or later histories of the flood?"],
      [90, 'p', 'from the time'],
      [98, 'l', 'Let me see what the state library has, bear with me.'],
      [190, 'l', 'Thanks for waiting! NewspaperArchive and the Star-Ledger archive both cover 1977, free with your library card through JerseyClicks (jerseyclicks.org, then Newspapers). Search chester flood with dates July to September 1977. Does that answer your question?'],
      [240, 'p', 'perfect. thats all'],
      [245, 'l', 'Great!'],
    ],
    exp: usual(),
  },
  {
    name: 'QandANJ, two messages then gone: pickup 95 s, a greeting only, the system says the patron left; coded Lost Call although the patron sent two messages',
    lines: [
      [0, 'p', 'hi'],
      [6, 'p', 'do you have tax forms'],
      [95, 'l', "Hi, thanks for contacting QandANJ, this is Lou. Let me know what you're looking for!"],
      [100, 's', 'Patron has left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call' },
    // relabelled: "Let me know what you're looking for!" after the patron asked for tax forms asks which forms (a
    // clarifying request, as v1's restatement family reads "let me know what you're looking for"), so there was a
    // substantive exchange: no source follows, so source, completeness and anything-else fail
    exp: usual({ pickup: 'fail', source: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }),
  },
  {
    // reading: pickedUpAt recorded at 40 s is the pickup, though the first message comes at 75 s; "Is that enough for trivia night?" asks
    name: 'QandANJ, when the Garden State Parkway was built: pickedUpAt 40 s, first message 75 s, start or opening asked, the Turnpike Authority\'s history page, "Is that enough for trivia night?"',
    lines: [
      [0, 'p', 'Can you help me find out when the Garden State Parkway was built'],
      [75, 'l', "Good afternoon! Thanks for contacting QandANJ. I'm Ellen, a reference librarian in Somerset County. Are you looking for when construction started, or when it opened?"],
      [110, 'p', 'both i guess, its for a trivia night'],
      [160, 'l', "Construction started in 1947 and the Parkway opened in stages from 1954 to 1957. The NJ Turnpike Authority's history page has the dates: njta.com (About, then History). Is that enough for trivia night?"],
      [200, 'p', 'lol yes perfect'],
      [206, 'l', 'Have fun at trivia night! Bye!'],
    ],
    over: { pickedUpAt: at(40) },
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'QandANJ, the NJ-1040 instructions: the patron gives every detail, the provider goes straight to the page, "Does that answer your question?", "Happy filing, bye!"',
    lines: [
      [0, 'p', 'I need the NJ-1040 2025 instructions, the PDF, for a full-year resident. I have a printer.'],
      [18, 'l', 'Hi! This is Kim at QandANJ. Here you go: nj.gov/treasury/taxation (Individuals, then 2025 NJ-1040 Instructions). Does that answer your question?'],
      [50, 'p', 'yes thanks thats all'],
      [55, 'l', 'Happy filing, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  // ---- Answerland (Oregon) -------------------------------------------------------------------------------------------
  {
    name: 'Answerland, printing an OR-40: pickup 61 s, the filing status and printer asked, the Department of Revenue page, "call your local branch" without a contact, "Does that cover what you needed?"',
    lines: [
      [0, 'p', 'where can i get an oregon tax form printed? the 40 one'],
      [61, 'l', "Hi there, thanks for contacting Answerland! My name is Cheryl and I'm a librarian in Salem."],
      [70, 'l', 'Are you filing as a full-year resident, and do you have a printer at home?'],
      [118, 'p', 'full year. no printer'],
      [160, 'l', 'You can download Form OR-40 from the Department of Revenue at oregon.gov/dor (Forms and publications, then search OR-40). For printing, call your local branch and they can print it for you for a few cents a page.'],
      [175, 'l', 'Does that cover what you needed?'],
      [214, 'p', "yep that's everything, thanks"],
      [220, 'l', 'Take care, and good luck with the taxes!'],
    ],
    exp: usual({ pickup: 'fail', referral: 'fail' }),
  },
  {
    // reading: one message both asks whether the answer met the need and whether the patron needs anything else
    name: 'Answerland, a normal A1C: general ranges or diabetes asked, MedlinePlus, "Does that answer your question, or is there anything else I can look up for you?"',
    lines: [
      [0, 'p', 'what is a normal a1c number'],
      [26, 'l', "Good afternoon, I'm Rosa with Answerland, Oregon's statewide library chat. Are you looking for the general ranges, or what the numbers mean for someone who already has diabetes?"],
      [70, 'p', 'just general'],
      [118, 'l', 'MedlinePlus explains the test in plain language at medlineplus.gov/a1ctest.html: below 5.7% is normal, 5.7 to 6.4% is prediabetes and 6.5% or higher is diabetes. Does that answer your question, or is there anything else I can look up for you?'],
      [160, 'p', 'that answers it, thanks!'],
      [166, 'l', 'Thank you for using Answerland, take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'Answerland to a law librarian, small claims for a deposit: the patron is told of the transfer but no internal note; the county asked, the OJD page, the courthouse civil counter with address and phone',
    lines: [
      [0, 'p', 'how do i sue my old landlord for my deposit in small claims'],
      [30, 'l', "Hi, I'm Jen with Answerland. Our law librarian is on tonight and can help with this, so I'm transferring you to him now."],
      [34, 's', 'Transferred to Ben Ruiz', sys('transfer', 'bruiz')],
      [70, 'l', 'Hello, this is Ben, law librarian at the Multnomah Law Library. Which county do you live in?', BEN],
      [101, 'p', 'multnomah'],
      [160, 'l', "The Oregon Judicial Department's small claims page walks through it: courts.oregon.gov/programs/smallclaims. To file, visit the Multnomah County Circuit Court's civil counter at 1200 SW 1st Ave, Portland, or call them at 503-988-3022. Is that the information you needed?", BEN],
      [215, 'p', 'yes thank you'],
      [220, 'l', 'Anything else I can help with?', BEN],
      [244, 'p', 'no thats all'],
      [249, 'l', 'Good luck with your claim!', BEN],
    ],
    exp: usual({ referral: 'pass', transfer: 'fail' }),
  },
  {
    // reading: with no codes in the source (field left out), a promise in the chat still makes a follow-up session
    name: 'Answerland, the population of Bend since 1950: city or county asked, a 110 s hold, Portland State\'s tables, the 1950 figure promised by e-mail by tomorrow evening, the e-mail read back; the source has no codes',
    lines: [
      [0, 'p', 'looking for the population of Bend oregon every 10 years since 1950'],
      [24, 'l', "Hi, I'm Sue, one of the Answerland librarians. Just the city, or Deschutes County too?"],
      [61, 'p', 'just the city'],
      [70, 'l', 'One moment while I check the census tables.'],
      [180, 'l', "Portland State's Population Research Center has the city's census counts from 1960 on (pdx.edu/population-research, then Census data). The 1950 number is only in the printed census volume."],
      [190, 'l', "I'll look up the 1950 figure and email it to you by tomorrow evening. What's the best email for you?"],
      [226, 'p', 'sam.keller@example.com'],
      [231, 'l', 'Thanks, I have sam.keller@example.com. Does the Portland State table cover the rest of what you need?'],
      [270, 'p', 'yes it does, thanks!'],
      [275, 'l', "You're welcome! Talk to you tomorrow, and thanks for using Answerland."],
    ],
    over: { resolutionCode: undefined, patron: { name: null, email: 'sam.keller@example.com', phone: null } },
    exp: usual({ anything: 'fail', code: 'na', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Answerland, 1998 Coos Bay council minutes: the month asked, the city\'s minutes page, "someone from your library will contact you by Monday", coded Follow-up by patron\'s library with no contact anywhere',
    lines: [
      [0, 'p', 'I need the minutes from the Coos Bay city council meeting from 1998 about the boardwalk'],
      [35, 'l', "Hi! I'm Marta, a librarian with Answerland. Do you know roughly which month?"],
      [80, 'p', 'spring i think'],
      [88, 'l', "Let me check what's online, one moment."],
      [196, 'l', "The city posts minutes back to 2005 only (coosbay.gov, Agendas & Minutes), so 1998 isn't online. I'll send your question to the Coos Bay Public Library's reference staff, and someone from your library will contact you by Monday."],
      [240, 'p', 'ok thank you'],
      [246, 'l', 'Thanks for using Answerland, bye!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Answerland, the Salem DMV\'s number: office or main line asked, address and phone, then silence: a disconnect notice with thanks 255 s on, no check-in',
    lines: [
      [0, 'p', 'what is the phone number for the Salem DMV'],
      [41, 'l', 'Hello, this is Pam with Answerland. Do you need the Salem field office on Lancaster Drive, or the main DMV line?'],
      [80, 'p', 'the office'],
      [115, 'l', 'The Salem DMV field office is at 4040 Lancaster Dr NE; the phone is 503-945-5000, and hours are on oregon.gov/odot/dmv (Locations). Is that what you needed?'],
      [370, 'l', "It looks like you've disconnected, so I'm closing this session now. Thanks for contacting Answerland!"],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: 'Answerland, Libby audiobooks: the phone asked, the steps and the help page, the patron\'s card comes up "invalid", "My shift is ending, so I\'m going to close the chat now."',
    lines: [
      [0, 'p', 'how do I download audiobooks to my phone'],
      [30, 'l', 'Hi, Jess with Answerland here. Do you have an iPhone or an Android?'],
      [55, 'p', 'iphone'],
      [100, 'l', "Get the Libby app from the App Store, add your library, and sign in with your card; audiobooks play right in the app. Libby's getting-started guide is at help.libbyapp.com. Did that help?"],
      [150, 'p', 'kind of, it says my card is invalid?'],
      [160, 'l', "My shift is ending, so I'm going to close the chat now."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Multnomah County Library, the new Louise Penny in large print: the format asked, the catalogue; three other chats of the provider, one ending as this starts and one starting as this ends (3 open at most)',
    lines: [
      [0, 'p', 'do you have the new Louise Penny book'],
      [50, 'l', "Hi! Welcome to the Multnomah County Library chat, I'm Dee. Print, e-book, or audiobook?"],
      [80, 'p', 'print, large print if you have it'],
      [130, 'l', 'Yes: the large print edition has 12 copies and 40 holds. Place a hold at multcolib.org (search Louise Penny, then filter Large Print). Is that what you were looking for?'],
      [170, 'p', 'yes thx thats all'],
      [174, 'l', 'Happy reading, bye!'],
    ],
    ctx: { otherIntervals: [other('x4-penny-a', 'jo', -900, 0), other('x4-penny-b', 'jo', -100, 500), other('x4-penny-c', 'jo', 60, 700), other('x4-penny-d', 'jo', 179, 900)] },
    exp: usual(),
  },
  {
    name: 'Oakland Public Library, the wifi password: the branch asked, no password and the steps page, "Does that work for you?", a goodbye 119 s after the answer (no final idle to check)',
    lines: [
      [0, 'p', 'whats the wifi password at the library'],
      [15, 'l', "Hello, this is Ray at Oakland Public Library's chat. Which branch are you at?"],
      [37, 'p', 'rockridge'],
      [60, 'l', 'No password needed at any branch: join the OPL-Public network and accept the terms on the page that pops up (steps at oaklandlibrary.org/wifi). Does that work for you?'],
      [179, 'l', 'Thanks for chatting, have a good afternoon!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- AskUsNow! (Maryland) ------------------------------------------------------------------------------------------
  {
    // reading: the hold "Are you still with me? I'm also checking …, one moment" is a check-in during the final idle
    name: 'AskUsNow!, a 1914 rowhouse: maps or photos asked, a 102 s hold, the Sanborn sheet at loc.gov, then a hold that also asks "Are you still with me?", then "you may have stepped away … closing this chat" (idle 210 s)',
    lines: [
      [0, 'p', 'Hi, I am trying to find out what my rowhouse looked like in 1914. 1900 block of N. Milton Ave, Baltimore'],
      [33, 'l', 'Hello, this is Aisha, a librarian with AskUsNow! Do you need maps of the block, or photos of the house itself?'],
      [80, 'p', 'maps would be great'],
      [88, 'l', 'Give me a few minutes to look through the Sanborn maps.'],
      [190, 'l', 'Found it: the Library of Congress has the 1914 Sanborn atlas of Baltimore online. Go to loc.gov/maps, search Sanborn Baltimore 1914, then volume 3; your block is on sheet 245. Is that what you were looking for?'],
      [322, 'l', "Are you still with me? I'm also checking the Baltimore city directories, one moment."],
      [400, 'l', "It looks like you may have stepped away or lost your connection, so I'll be closing this chat. Please come back to AskUsNow! anytime."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'AskUsNow! to Baltimore County, a locked PIN: the library asked, the transfer announced, an internal note, the local staff member resets it, "Did that work?"',
    lines: [
      [0, 'p', 'my pin isnt working and i cant log into my account'],
      [28, 'l', "Hi, I'm Sam, a librarian with AskUsNow! Which library is your card from?"],
      [55, 'p', 'baltimore county'],
      [63, 'l', "Thanks! A Baltimore County staff member is online who can reset your PIN, so I'm transferring you to them now. One moment."],
      [66, 'i', 'BCPL patron locked out of their account, needs a PIN reset. Can you take it?'],
      [70, 's', 'Chat transferred to Kim Wong', sys('transfer', 'kwong')],
      [98, 'l', 'Hi, Kim from Baltimore County Public Library here. What name is the card under?', KIM],
      [130, 'p', 'Jordan Pike'],
      [175, 'l', "Thanks, Jordan. I've reset your PIN to the last four digits of your phone number. You can log in and change it under My Account at bcpl.info. Did that work?", KIM],
      [236, 'p', "yes i'm in! thank you that's all"],
      [241, 'l', 'Great, have a good day!', KIM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "they will email you within 3 business days" and the e-mail read back confirm contact and when; recorded 80 h after
    name: 'AskUsNow!, an interlibrary loan gone quiet: title and library asked, the account page, the question passed to Carroll County\'s ILL staff who will e-mail within 3 business days; recorded after 80 h',
    lines: [
      [0, 'p', 'i requested a book through interlibrary loan 3 weeks ago and havent heard anything'],
      [52, 'l', 'Good evening, this is Rachel with AskUsNow! Do you have the title handy, and which library did you request it through?'],
      [100, 'p', 'The Overstory, through carroll county'],
      [108, 'l', 'Thanks, let me look at what I can see from here.'],
      [199, 'l', "You can see the request's status yourself under My Account, then Requests, at library.carr.org. I can't see ILL details from the statewide desk, so I'll pass this to Carroll County's interlibrary loan staff and they will email you within 3 business days. Can you confirm your email address?"],
      [250, 'p', 'its dparks88@example.org'],
      [257, 'l', "Thanks, that's dparks88@example.org. Does that help for now?"],
      [290, 'p', 'yep thats all thank you'],
      [296, 'l', 'Thank you for using AskUsNow!, goodbye!'],
    ],
    over: { ...FU_LIB, patron: { name: 'D. Parks', email: 'dparks88@example.org', phone: null }, followUps: [{ doneAt: at(80 * HOUR), by: 'carroll-ill' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'AskUsNow!, free ESL classes: a system welcome line, "hi there!" then the name in the next message, in-person asked, the Literacy Council by phone and Pratt\'s events page, "Anything else…?"',
    lines: [
      [0, 's', 'Welcome to AskUsNow! A librarian will be with you shortly.', sys('joined')],
      [2, 'p', 'Are there free ESL classes for adults in Baltimore?'],
      [40, 'l', 'hi there!'],
      [44, 'l', "I'm Lena, a librarian at Enoch Pratt Free Library. Are you looking for in-person classes, or online ones too?"],
      [85, 'p', 'in person, evenings'],
      [170, 'l', "The Literacy Council of Baltimore runs free evening classes; call them at 410-837-1800 or see baltimoreliteracy.org. Pratt's own Conversation Circles meet Tuesday evenings at Central; the schedule is at prattlibrary.org/events. Does that help?"],
      [222, 'p', 'yes thanks a lot!!'],
      [230, 'l', 'Anything else I can help with?'],
      [270, 'p', 'no thats all'],
      [274, 'l', 'Good luck with the classes, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'AskUsNow!, a REAL ID: licence asked, a hold for the MVA checklist, the system says the patron left, the provider closes 100 s after the hold (no source ever)',
    lines: [
      [0, 'p', 'what documents do i need to get a real id in maryland'],
      [38, 'l', "Hi, this is Lena at Enoch Pratt Free Library's chat. Do you already have a Maryland license, or is this a first one?"],
      [70, 'p', 'i have one but its old'],
      [78, 'l', "Okay, give me a moment to find the MVA's checklist."],
      [120, 's', 'Patron has left the chat', sys('patron_left')],
      [178, 'l', "It looks like you've left the chat, so I'll close this session. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Patron disconnected' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    // reading: the final idle is exactly 179 s (check-in required at >= 120, notice not at < 180)
    name: 'AskUsNow! at Baltimore County, museum passes for the Walters: the branch asked, the passes page, "Are you still there?" 100 s on, a goodbye 179 s after the answer',
    lines: [
      [0, 'p', 'Does the library have museum passes for the Walters?'],
      [22, 'l', 'Hi, Jo with AskUsNow! at Baltimore County Public Library. Which branch is closest to you?'],
      [60, 'p', 'Cockeysville'],
      [108, 'l', "The Walters is free for everyone, so there's no pass needed! BCPL's museum passes (bcpl.info/museum-passes) cover places like the Maryland Zoo and Port Discovery. Does that answer your question?"],
      [208, 'l', 'Are you still there?'],
      [287, 'l', 'Thanks for chatting! Come back anytime.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    name: 'AskUsNow!, a Social Security card: replacement or name change asked, "go to the Social Security office" with no way to reach it and nothing else, "Does that help?", "ok thanks"',
    lines: [
      [0, 'p', 'how do i replace my social security card i lost it'],
      [29, 'l', "Hi, I'm Alex, a librarian at AskUsNow! Is it a straight replacement, or did your name change too?"],
      [66, 'p', 'just replacement'],
      [74, 'l', "You'll need to go to the Social Security office with your driver's license; there's no fee for a replacement card. Does that help?"],
      [110, 'p', 'ok thanks'],
      [116, 'l', 'Bye, take care!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'AskUsNow!, a Towson branch\'s hours: the branch confirmed, the locations page, "yep thats it thanks", the code left empty (null)',
    lines: [
      [0, 'p', 'what time does the towson branch close today'],
      [12, 'l', "Hello! I'm Pat, a librarian with AskUsNow! Is that the Towson branch of Baltimore County Public Library?"],
      [30, 'p', 'yes'],
      [55, 'l', 'Towson is open until 9 pm today. All branch hours are at bcpl.info/locations. Does that answer your question?'],
      [80, 'p', 'yep thats it thanks'],
      [85, 'l', 'Thanks for chatting, have a great evening!'],
    ],
    over: { resolutionCode: null },
    // relabelled: "yep thats it thanks" answering "Does that answer your question?" confirms the answer, it does not say
    // the patron is done (the reading since v6: "Yes, that's it" after a completeness question confirms, no more)
    exp: usual({ anything: 'fail', code: 'fail' }),
  },
  // ---- county systems' own chats -------------------------------------------------------------------------------------
  {
    name: 'Anne Arundel County, an expired card: the address asked, an answer with no source, "Does that answer your question?", the renewal page only inside the goodbye',
    lines: [
      [0, 'p', 'my library card expired, can i renew it online or do i have to come in'],
      [22, 'l', "Hi! I'm Tom, a librarian at Anne Arundel County Public Library. Has your address changed since you got the card?"],
      [61, 'p', 'nope same place'],
      [70, 'l', 'Then you can renew it yourself online in a few minutes, no need to come in.'],
      [95, 'p', 'ok cool'],
      [101, 'l', 'Does that answer your question?'],
      [130, 'p', 'yes thx'],
      [137, 'l', "Great. Here's the page for when you're ready: aacpl.net/renew. Thanks for chatting, have a nice evening!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Howard County, printing from a phone: the branch asked, 135 s of silence, the print page; the provider has three other chats open at once',
    lines: [
      [0, 'p', 'can i print from my phone at the library?'],
      [45, 'l', 'Hi, this is Dana at Howard County Library System. Which branch will you be printing at?'],
      [80, 'p', 'central'],
      [215, 'l', "Sorry for the delay! Yes: go to hclibrary.org/print, upload your file from your phone, and release it at Central's print station within 24 hours. Black and white is 10 cents a page. Did that help?"],
      [260, 'p', 'yes thanks thats all'],
      [264, 'l', 'Thanks, bye!'],
    ],
    ctx: { otherIntervals: [other('x4-print-a', 'jo', -600, 900), other('x4-print-b', 'jo', 100, 1200), other('x4-print-c', 'jo', 150, 400)] },
    exp: usual({ informed: 'fail', concurrency: 'fail' }),
  },
  {
    // reading: "No rush, take your time." is not a hold: the 190 s until the patron's next message is waiting on the patron
    name: 'Pima County, a DVD marked lost: item and branch asked, "No rush, take your time" while the patron looks (190 s), circulation by e-mail and the policy page',
    lines: [
      [0, 'p', 'my account says i have a lost item but i returned it'],
      [26, 'l', "Hi, this is Rob at Pima County Public Library. I'm sorry about that! Which item is it, and do you remember which branch you returned it to?"],
      [64, 'p', 'let me check, hold on'],
      [70, 'l', 'No rush, take your time.'],
      [260, 'p', 'ok its a dvd, The Bear season 1, returned to Joel Valdez Main'],
      [300, 'l', 'Thanks. The circulation team at Joel Valdez Main can do a shelf check and clear it: email them at circulation@pima.gov with your card number and the title. The lost-items policy is at library.pima.gov/policies. Does that help?'],
      [340, 'p', "yes i'll email them. that's everything thanks"],
      [346, 'l', 'You are welcome, have a great day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Pikes Peak Library District, GED books in Spanish: books or class asked, the catalogue, "I\'ll check with our adult education coordinator and get back to you" with no when, coded Answered, never recorded',
    lines: [
      [0, 'p', 'do you have GED books in spanish'],
      [30, 'l', 'Hi there, Dave at Pikes Peak Library District. Are you after study books, or a prep class?'],
      [68, 'p', 'books. for the GED in spanish'],
      [75, 'l', 'One sec, checking the catalog.'],
      [140, 'l', 'Our catalog has "GED en español" from Kaplan, with 3 copies at East Library: search GED espanol at ppld.org and click Place Hold. Did that help?'],
      [188, 'p', 'yes but are there classes too?'],
      [197, 'l', "Good question. I'll check with our adult education coordinator and get back to you. What's your email?"],
      [230, 'p', 'lupe.r@example.com'],
      [236, 'l', 'Thanks, lupe.r@example.com it is. Anything else?'],
      [260, 'p', 'no thanks'],
      [265, 'l', 'Have a good one!'],
    ],
    over: { patron: { name: null, email: 'lupe.r@example.com', phone: null } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'Montgomery County, a list of questions: print or e-books asked, the borrowing limits, study rooms, then "I have several other patrons waiting … please chat with us again anytime", the patron\'s "oh ok" last',
    lines: [
      [0, 'p', 'I have a bunch of questions about the library. first, how many books can I check out at once?'],
      [20, 'l', "Hi, I'm Omar at Montgomery County Public Libraries. Happy to help! Do you mean print books, or e-books too?"],
      [51, 'p', 'print'],
      [60, 'l', 'You can have up to 50 items checked out at once; the full list of limits is at montgomerycountymd.gov/library under Borrowing. Does that answer it?'],
      [92, 'p', 'yes. next, can i reserve a study room, and do you have notaries, and can i bring my dog, and where do i get a parking pass'],
      [140, 'l', 'Study rooms can be booked up to a week ahead on the same site under Reserve a Room.'],
      [165, 'p', 'ok and the notary and the dog and parking?'],
      [178, 'l', "I have several other patrons waiting, so I'm going to wrap up here, but please chat with us again anytime with the rest of your list!"],
      [200, 'p', 'oh ok'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Riverside Public Library, hours, parking and donations in one line: the location asked, the hours page, then "We only take one question per chat, so I\'ll have to end it here." and "Bye."',
    lines: [
      [0, 'p', 'hi what are the hours for the main library and also how do i get a parking permit for the garage and can i donate books'],
      [33, 'l', 'Hello, this is Cal at the Riverside Public Library chat. By the main library, do you mean Central on Mission Inn Ave?'],
      [66, 'p', 'yes central'],
      [74, 'l', 'Central is open 9 to 8 Monday to Thursday and 10 to 5 Friday and Saturday; hours for every branch are at riversideca.gov/library.'],
      [98, 'p', 'thanks and the parking + donations?'],
      [105, 'l', "We only take one question per chat, so I'll have to end it here."],
      [110, 'l', 'Bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Lakewood Public Library, a 1978 yearbook: the year asked, an 89 s hold, the catalogue record, "Are you still there?" 144 s on, then the system times the chat out (idle 410 s)',
    lines: [
      [0, 'p', 'do you guys have old lakewood high yearbooks'],
      [17, 'l', 'Hi! This is Gina at Lakewood Public Library. Which year are you looking for?'],
      [49, 'p', '1978'],
      [57, 'l', 'Hang on while I check the local history collection.'],
      [146, 'l', 'Yes! Our Local History Room has the 1978 Lakewood High yearbook; the record is in our catalog at lakewoodpubliclibrary.org (search Lakewood High School yearbook 1978). Is that what you needed?'],
      [290, 'l', 'Are you still there?'],
      [551, 's', 'Chat session timed out due to inactivity', sys('idle')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: the transfer announcement is a hold; the wait runs to the receiving provider's first message 132 s later
    name: 'Anne Arundel County to the makerspace, a 3D print file: the transfer announced with an internal note, the receiving provider writes 132 s later, .stl via Tinkercad, "happy printing!"',
    lines: [
      [0, 'p', "I need help with the library's 3D printer, my file wont upload"],
      [20, 'l', "Hi, I'm Kate with the Anne Arundel County Public Library chat. Our makerspace staff can help with that, so I'm transferring you to Jordan in the Discoverium now."],
      [24, 'i', '3D printer upload problem, patron needs makerspace help. Can you take it?'],
      [27, 's', 'Chat transferred to Jordan Blake', sys('transfer', 'jblake')],
      [152, 'l', 'Hi, Jordan here in the Discoverium. What file type are you trying to upload: .stl or .obj?', JORDAN],
      [180, 'p', 'its .obj'],
      [230, 'l', 'Our printers take .stl only. You can convert it free in Tinkercad: import the .obj at tinkercad.com, then Export as .STL, and upload that on the 3D print request form at aacpl.net/3dprint. Did that work?', JORDAN],
      [330, 'p', 'yes it uploaded! thank you thats all'],
      [335, 'l', 'Awesome, happy printing!', JORDAN],
    ],
    exp: usual({ informed: 'fail', transfer: 'pass' }),
  },
  {
    name: 'Fairfax County, a 4th grader\'s volcano project: grade and volcano asked, Britannica School through the library, "Is this what you needed…?", "anything else?", the patron\'s "no thats it ty bye" last; no thanks or goodbye from the provider',
    lines: [
      [0, 'p', 'i need info on volcanoes for my science project'],
      [17, 'p', 'its due friday'],
      [40, 'l', "Hi! I'm Ms. Tran, a librarian with Fairfax County Public Library's Ask a Librarian chat. What grade are you in, and is there one volcano you're doing?"],
      [88, 'p', '4th grade. mount st helens'],
      [140, 'l', 'Britannica School has a great article for your grade: go to fairfaxcounty.gov/library, click Research, then Britannica School, and search Mount St. Helens (log in with your library card number). Is this what you needed for your project?'],
      [186, 'p', 'yes'],
      [192, 'l', 'Is there anything else I can help with?'],
      [210, 'p', 'no thats it ty bye'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'a library Ask Us chat, a 2021 tax transcript for a mortgage: return or transcript asked, Get Transcript Online, the patron done, "Glad I could help!" last',
    lines: [
      [0, 'p', 'how do i get a copy of my tax return from 2021? i need it for a mortgage'],
      [22, 'l', 'Hello, this is Irene with the library Ask Us chat. Does the lender need the whole return, or would a tax transcript do?'],
      [70, 'p', 'transcript is fine they said'],
      [118, 'l', 'You can get it free right away with Get Transcript Online at irs.gov/transcript; choose the "Return Transcript" for 2021. If you can\'t verify your identity online, you can order it by mail on the same page. Did that help?'],
      [170, 'p', 'yes got it downloaded thats all i needed'],
      [176, 'l', 'Glad I could help!'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'a library Ask a Librarian chat, MLA 9 for a CDC page: author asked, Purdue OWL, "Hope this helps! Let me know if you have any other questions.", "Good luck with the essay!"',
    lines: [
      [0, 'p', 'how do i cite a website in MLA 9 for my english essay'],
      [25, 'l', "Hi, I'm Devon, a librarian with the Ask a Librarian chat. Does the page have an author, or just an organization?"],
      [60, 'p', 'just the organization, its the CDC'],
      [95, 'l', 'Purdue OWL has the MLA 9 website pattern at owl.purdue.edu (MLA Guide, then Works Cited: Electronic Sources). For the CDC it looks like: "Title of Page." Centers for Disease Control and Prevention, day Month year, URL. Hope this helps! Let me know if you have any other questions.'],
      [130, 'p', 'ok thanks'],
      [134, 'l', 'Good luck with the essay!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  // ---- more mixtures ---------------------------------------------------------------------------------------------------
  {
    // reading: "Are you still there? If not, thanks for chatting…" asks whether the patron is there, so it is no goodbye for the
    // final idle (which runs to the end, 205 s) but it thanks the patron for closing.courteous (v1's reading, devset 026)
    name: 'Toledo Lucas County, Presidents Day hours: the branch asked, the closings page, then one last line 200 s on: "Are you still there? If not, thanks for chatting and come back anytime!"',
    lines: [
      [0, 'p', 'is the library open on presidents day'],
      [20, 'l', 'Hi! This is Vic with the Toledo Lucas County Public Library chat. Which branch do you usually go to?'],
      [50, 'p', 'sanger'],
      [70, 'l', 'All branches, Sanger included, are closed Monday, February 16 for Presidents Day; the holiday closings are listed at toledolibrary.org/hours. Does that answer your question?'],
      [270, 'l', 'Are you still there? If not, thanks for chatting and come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: the patron's "thank you so much" after the check-in is the last visible message: no final idle; the provider's
    // last two messages (the answer, the check-in) neither thank nor say goodbye
    name: 'QandANJ, a flood zone in Montclair: the address asked, FEMA\'s map, "Are you still there?" 130 s on, the patron back with a thank-you as the last word',
    lines: [
      [0, 'p', 'How do I find out if a house in Montclair is in a flood zone'],
      [32, 'l', "Hello, you've reached QandANJ; I'm Bea, a librarian at Montclair Public Library. Do you have the street address?"],
      [75, 'p', '22 Valley Rd'],
      [83, 'l', 'Checking the FEMA map, one moment.'],
      [170, 'l', "FEMA's Flood Map Service Center shows it: go to msc.fema.gov, type 22 Valley Rd Montclair NJ, and it is in Zone X (minimal flood hazard). Is that what you needed?"],
      [300, 'l', 'Are you still there?'],
      [330, 'p', 'yes sorry!! was reading it. thank you so much'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: each provider is judged over the part they handled: Jo's three later chats start after the transfer
    name: 'AskUsNow! to Frederick County\'s genealogy librarian, an 1880 census entry: transfer with note and notice; the first provider\'s three other chats start after the transfer, the receiver has two open (3 at most)',
    lines: [
      [0, 'p', 'I want to look up my great-grandmother in the 1880 census, she lived in Frederick'],
      [25, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Our genealogy specialist is on right now, so I'm transferring you to her."],
      [28, 'i', '1880 census, Frederick County ancestor. Can you take this one?'],
      [31, 's', 'Chat transferred to Ana Souza', sys('transfer', 'asouza')],
      [60, 'l', "Hello, I'm Ana, genealogy librarian at Frederick County Public Libraries. What was her name, and do you know roughly when she was born?", ANA],
      [100, 'p', 'Mary Ellen Stottlemyer, born about 1862'],
      [108, 'l', 'Let me search, one moment.', ANA],
      [200, 'l', "She is in the 1880 census in Myersville, Frederick County, age 18, in her father Jacob's household. HeritageQuest has the page image free with your library card: fcpl.org, then Research, then HeritageQuest. Is that her?", ANA],
      [250, 'p', 'yes!! thats her. thats all i needed, thank you'],
      [256, 'l', 'Wonderful, happy searching!', ANA],
    ],
    ctx: {
      otherIntervals: [
        other('x4-census-a', 'jo', 200, 900), other('x4-census-b', 'jo', 210, 900), other('x4-census-c', 'jo', 220, 900),
        other('x4-census-d', 'asouza', -300, 400), other('x4-census-e', 'asouza', 50, 600),
      ],
    },
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: the greeting that also says "Give me a moment to read it" is a hold, so the final idle starts at the check-in
    // (75 s to the goodbye: under 120 s); only the question was sent, so there was no substantive exchange
    name: 'KnowItNow, tutoring for a high schooler: only the question, a greeting with "give me a moment", "Are you still there?" 130 s on, a disconnect notice with a goodbye; coded Lost Call',
    lines: [
      [0, 'p', 'hello are there any tutoring programs for high schoolers'],
      [30, 'l', 'Hi, this is Terri with KnowItNow, thanks for your question! Give me a moment to read it.'],
      [160, 'l', 'Are you still there?'],
      [235, 'l', "It looks like you've disconnected, so I'm going to end this session. Please come back to KnowItNow anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    // reading: closing time given as the reason the help stops, with no way back, ends the help for the provider's convenience
    name: 'Multnomah County, backyard chickens and the city rules: experience asked, a book in the catalogue, then "We close in five minutes, so I can\'t look into the city rules tonight. Goodnight!"',
    lines: [
      [0, 'p', 'hi can you help me find a book about raising chickens in the city'],
      [40, 'l', "Hi, I'm Gwen at the Multnomah County Library chat. Are you just starting out, or do you already have a flock?"],
      [70, 'p', 'just starting. also what about the city rules on chickens?'],
      [78, 'l', '"Backyard Chickens for Beginners" by Anne Kelly is a good start; it shows as available at Central in our catalog at multcolib.org.'],
      [100, 'p', 'cool and the rules?'],
      [106, 'l', "We close in five minutes, so I can't look into the city rules tonight. Goodnight!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: "brb, checking the catalog" announces a wait (a hold): the 132 s to the answer is a span of waiting
    name: 'KnowItNow in chat-speak, a DVD: "Librarian Kat here" with an emoji, DVD or Hoopla asked, "brb, checking the catalog", the answer 132 s later, "How does that look?", "im all set"',
    lines: [
      [0, 'p', 'do u have season 2 of abbott elementary on dvd'],
      [18, 'l', 'Hey there! Librarian Kat here with KnowItNow 👋 Do you want to borrow the DVD, or would streaming on Hoopla work too?'],
      [44, 'p', 'dvd pls, im in akron'],
      [50, 'l', 'brb, checking the catalog'],
      [182, 'l', 'Akron-Summit County Public Library has Abbott Elementary season 2 on DVD, 4 copies, 2 on the shelf at Main. Place a hold at akronlibrary.org (search Abbott Elementary). How does that look?'],
      [220, 'p', 'perfect im all set thanks!'],
      [226, 'l', 'Cheers, enjoy the show!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "I'll assume you've stepped away and close this chat" says the patron seems gone and that the chat ends
    // failed before v23 (X4 anythingElse): "…, or anything else that went in it?" read as an offer of more help, not a question
    // about the need (clarify failed, anything-else passed)
    name: 'Answerland, grandma\'s "green stuff" jello salad: what went in it asked, a scanned cookbook on the Internet Archive, "u still there?", then "I\'ll assume you\'ve stepped away and close this chat" (idle 241 s)',
    lines: [
      [0, 'p', 'I need a recipe for a 1950s jello salad my grandma made with cottage cheese and pineapple'],
      [37, 'l', "Hi, this is Noor with Answerland, Oregon's library chat. Do you remember what it was called, or anything else that went in it?"],
      [90, 'p', 'lime jello, maybe walnuts. she called it green stuff lol'],
      [98, 'l', 'Ha, that narrows it down! Searching old cookbooks, one moment.'],
      [190, 'l', 'That sounds like Lime Cottage Cheese Salad: the recipe is in the scanned "Joys of Jell-O" cookbook on the Internet Archive (archive.org, search Joys of Jello). Was that what you were after?'],
      [330, 'l', 'u still there?'],
      [431, 'l', "Since I haven't heard back, I'll assume you've stepped away and close this chat. Feel free to reach out again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "That's all the time I have for this question" tells the patron their time is up
    name: 'Cincinnati and Hamilton County, nine Bauer children in the 1900 census: parents asked, seven found in Ancestry Library Edition, then "That\'s all the time I have for this question, sorry." and "Bye."',
    lines: [
      [0, 'p', 'Can you find everyone in my family in the 1900 census? The Bauers of Hamilton County, about 9 kids'],
      [45, 'l', "Hi, I'm Lou at the Public Library of Cincinnati and Hamilton County. Do you know the parents' first names?"],
      [80, 'p', 'John and Katharina Bauer, and the kids are Anna, Joseph, Maria, Frank, Louise, Henry, Carl, Rose and Emma'],
      [88, 'l', 'Okay, looking now.'],
      [200, 'l', "John and Katharina are in Cincinnati's Ward 11 in 1900 with seven of the children; the page is in Ancestry Library Edition (cincinnatilibrary.org, then Research, then Ancestry; it works on library computers)."],
      [240, 'p', 'what about henry and carl? and can you do the 1910 too'],
      [250, 'l', "That's all the time I have for this question, sorry."],
      [253, 'l', 'Bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: two parties referred to in one message; the Attorney General's section comes with no way to reach it
    // failed before v23 (X4 `stateNameX4`, `furtherLaterX4`): Ohio Legal Help's URL, a sentence later, was counted as the section's
    name: 'KnowItNow, a contractor who kept a deposit: contract asked, "Your best bet is the Lucas County Clerk of Courts … 419-…" and "reach out to the Ohio Attorney General\'s consumer protection section" with no contact, Ohio Legal Help',
    lines: [
      [0, 'p', 'a contractor took my $2000 deposit and never showed up. what can i do? im in Toledo'],
      [31, 'l', "Hello, this is Ray with KnowItNow. I'm sorry that happened. Did you sign a written contract with them?"],
      [70, 'p', 'yes i have it'],
      [78, 'l', 'Thanks, give me a minute to find the right offices.'],
      [170, 'l', "Two places can help. Your best bet is the Lucas County Clerk of Courts for small claims; they're at 419-213-4484. You should also reach out to the Ohio Attorney General's consumer protection section and file a complaint. Ohio Legal Help explains the steps: ohiolegalhelp.org. Does that help?"],
      [215, 'p', 'yes thank you thats all'],
      [221, 'l', 'Good luck, I hope you get your money back. Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "in the next day or two" says when; the e-mail is given and read back in the chat
    name: 'AskUsNow! at Anne Arundel, a 1968 yearbook page: name asked, the Maryland Room copy, a scan "in the next day or two" to the e-mail read back, no completeness question; Follow-up by me, pending',
    lines: [
      [0, 'p', 'Hi, I need the 1968 Annapolis High yearbook page for my dad. Can you get a copy?'],
      [29, 'l', 'Good afternoon, this is Deb with AskUsNow!, at Anne Arundel County Public Library. Which page or name are you after?'],
      [70, 'p', 'Robert Hines, he was a senior'],
      [78, 'l', 'Let me check whether we have that yearbook, one moment.'],
      [165, 'l', "We do: the 1968 Annapolis High yearbook is in our Maryland Room (listed in the catalog at aacpl.net). I can scan his senior page and send it to you in the next day or two. What's the best way to reach you?"],
      [210, 'p', 'email is fine, rhines.jr@example.com'],
      [216, 'l', "Great, I'll send it to rhines.jr@example.com in the next day or two. Is there anything else I can help with?"],
      [245, 'p', 'no thats all, thank you!'],
      [250, 'l', 'You are welcome, have a good afternoon!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'rhines.jr@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'QandANJ, returning a Libby loan early: format and app asked, the steps with the help page, the patron says "thats all i had" on their own, "Have a great rest of your day!"',
    lines: [
      [0, 'p', 'how do i return a libby book early'],
      [22, 'l', "Hi! I'm Sara, a librarian with QandANJ. Is it an ebook or an audiobook, and are you reading it in the Libby app or on a Kindle?"],
      [60, 'p', 'ebook in libby'],
      [95, 'l', 'In Libby, tap Shelf, then Loans, then Manage Loan on the book, and choose Return Early. Libby\'s help page shows it: help.libbyapp.com, search "return".'],
      [130, 'p', 'ok done! thats all i had, thanks'],
      [136, 'l', 'Have a great rest of your day!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "ask the reference desk at your branch" refers to the library's own department; its contact is not in that
    // message nor in the next one
    name: 'Free Library of Philadelphia, Spanish for a nurse: purpose asked, Mango Languages with the steps, then "ask the reference desk at your branch about conversation groups" with no contact, "Any other questions?"',
    lines: [
      [0, 'p', 'do you have anything to learn spanish for free'],
      [26, 'l', "Hello, this is Omar at the Free Library of Philadelphia's chat. Is this for travel, for work, or for school?"],
      [58, 'p', 'work, im a nurse'],
      [100, 'l', 'Mango Languages has a Spanish for medical professionals course, free with your card: on freelibrary.org go to Research, then Databases, then Mango Languages. Is that the kind of thing you wanted?'],
      [140, 'p', 'yes this is great. are there classes too?'],
      [150, 'l', 'For a class, ask the reference desk at your branch about conversation groups. Any other questions?'],
      [175, 'p', 'nope!'],
      [179, 'l', 'Buena suerte! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: an e-mail known only from the patron fields makes the code right but is not confirmed in the chat
    name: 'Oak Park, when Linden Ave was first paved: first or recent asked, the museum\'s timeline, minutes to be sent "to the email on your account by Friday"; Follow-up by me, the e-mail only in the patron fields',
    lines: [
      [0, 'p', 'can you find out when my street was paved? Its Linden Ave in Oak Park'],
      [40, 'l', "Hi, I'm Tess at Oak Park Public Library. Do you mean the first paving, or a recent repaving?"],
      [82, 'p', 'the first time, its for the block party history display'],
      [90, 'l', 'Let me look through our local history index, one moment.'],
      [200, 'l', "The Oak Park River Forest Museum's timeline (oprfmuseum.org) says most village streets were paved between 1905 and 1915, but it doesn't name Linden. I'll check the village board minutes on microfilm and send what I find to the email on your account by Friday. Is the timeline useful for now?"],
      [250, 'p', 'yes thank you!'],
      [256, 'l', 'Thanks for chatting, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'linden.bp@example.com', phone: null } },
    exp: usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Sample County Library staff testing the queue, coded Practice: every check na',
    lines: [
      [0, 'p', 'test test is this working'],
      [8, 'l', 'Hi, this is Jo at Sample County Library, testing the new queue.'],
      [20, 'p', 'looks good'],
      [25, 'l', 'Thanks!'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
];

/** The contractor case's opening, for the referral near misses. */
const DEPOSIT: Line[] = [
  [0, 'p', 'a contractor took my $2000 deposit and never showed up. what can i do? im in Toledo'],
  [31, 'l', "Hello, this is Ray with KnowItNow. I'm sorry that happened. Did you sign a written contract with them?"],
  [70, 'p', 'yes i have it'],
];
const DEPOSIT_END: Line[] = [[215, 'p', 'yes thank you thats all'], [221, 'l', 'Take care!']];

/** Near misses guarding this round's changes (a few checks each). */
export const short: SessionCase[] = [
  {
    // the fix (X4 `stateNameX4`): one party, and a later sentence about another organisation that shares only the state's name
    name: '"reach out to the Ohio Attorney General\'s consumer protection section … Ohio Legal Help explains the steps: ohiolegalhelp.org": the section has no contact, referral fails',
    lines: [...DEPOSIT, [170, 'l', "You should reach out to the Ohio Attorney General's consumer protection section and file a complaint. Ohio Legal Help explains the steps: ohiolegalhelp.org. Does that help?"], ...DEPOSIT_END],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss for `stateNameX4`: the domain goes on with a word of the party after the state's name
    name: 'near miss: "… and file a complaint. You can do that online at ohioattorneygeneral.gov." is the Attorney General\'s own address: referral passes',
    lines: [...DEPOSIT, [170, 'l', "You should reach out to the Ohio Attorney General's consumer protection section and file a complaint. You can do that online at ohioattorneygeneral.gov. Does that help?"], ...DEPOSIT_END],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for `stateNameX4`: a state government's domain, the state's name a whole label
    name: 'near miss: "Contact the Ohio Department of Taxation about the refund. You can do it online at tax.ohio.gov." gives the department its URL: referral passes',
    lines: [...DEPOSIT, [170, 'l', 'Contact the Ohio Department of Taxation about the refund. You can do it online at tax.ohio.gov. Does that help?'], ...DEPOSIT_END],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for `stateNameX4`: the later sentence points back to the party
    name: 'near miss: "… consumer protection section. Their site is ohioattorneygeneral.gov." points back: referral passes',
    lines: [...DEPOSIT, [170, 'l', "Your best bet is the Lucas County Clerk of Courts for small claims; they're at 419-213-4484. You should also reach out to the Ohio Attorney General's consumer protection section. Their site is ohioattorneygeneral.gov. Does that help?"], ...DEPOSIT_END],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for `furtherLaterX4`: a further party whose phone is in the next sentence, pointed back to with "They're"
    name: 'near miss: "… You can also call the Better Business Bureau. They\'re at 419-531-3116." gives the second party its phone: referral passes',
    lines: [...DEPOSIT, [170, 'l', "Your best bet is the Lucas County Clerk of Courts for small claims; they're at 419-213-4484. You can also call the Better Business Bureau. They're at 419-531-3116. Does that help?"], ...DEPOSIT_END],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for the X4 `anythingElse` narrowing: "anything else that I can look up" still offers more help
    name: 'near miss: "Is there anything else that I can look up for you?" after the answer asks for anything else: passes',
    lines: [
      [0, 'p', 'I need a recipe for a jello salad with cottage cheese and pineapple'],
      [30, 'l', 'Hi, this is Noor with Answerland. Do you remember what it was called?'],
      [60, 'p', 'green stuff lol'],
      [90, 'l', 'The recipe is in the scanned "Joys of Jell-O" on the Internet Archive (archive.org, search Joys of Jello). Was that what you were after?'],
      [120, 'p', 'yes!'],
      [126, 'l', 'Is there anything else that I can look up for you?'],
      [150, 'p', 'no'],
      [154, 'l', 'Enjoy the salad, bye!'],
    ],
    exp: some({ clarify: 'pass', anything: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-second round (X4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X4): public-library services, every check', whole);
describeSessions('twenty-second round (X4): public-library services, near misses', short);

describeLeft('twenty-second-round-public', LEFT);
