/**
 * Twenty-third round, area (Y3): WHOLE AND SHORT SESSIONS IN INTERNATIONAL ENGLISH. Providers and patrons for whom English
 * is a second language: cooperative and national services in India, Pakistan, Bangladesh, Sri Lanka, Nigeria, Ghana,
 * Kenya, the Philippines, Malaysia and the Gulf, and North American libraries serving newcomers. "Kindly wait while I am
 * checking", "please be on hold", "I will revert back", "please to find the link", "I am having one doubt", "myself
 * Rakesh", "this side Pooja", "any other query?", "it is clear?", greetings in the patron's first language, Taglish,
 * machine-translated messages, missing articles and plurals.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "Myself Rakesh" and "Pooja this side" name who is answering, as "I'm Rakesh" does; a greeting in the patron's or
 *   provider's first language (Vanakkam, Ayubowan, Assalamu alaikum, Sat Sri Akal) greets, as earlier rounds read
 *   greetings in any language; "Greetings of the day!" greets but names no one;
 * - "What is your good name?" asks the patron's name, which does not shape the answer: no clarifying question; "May I know
 *   your library card is of which library?" asks the home library: one;
 * - "Kindly wait while I am checking", "Please be on hold", "Kindly give me 5 minutes, I will revert back" are hold
 *   messages (the last a hold, no follow-up: the reply comes in the chat); "Take your own time, no hurry" is not;
 * - "It is clear?", "Is it clear madam?", "Your doubt is cleared?", "Your problem is solved?", "This is what you
 *   needed?", "Malinaw po ba?" (Tagalog: is it clear?) after the answer ask whether what was given meets the need;
 *   "Hope this information is useful to you." asks nothing; "I will send it tomorrow, is it fine?" asks about something
 *   not yet given;
 * - "Any other query sir" with no "?" asks; "If no other query, you may close the chat window." and "You are welcome for
 *   any further assistance." ask nothing (the second invites the patron back: a goodbye); "Walang anuman po" (you're
 *   welcome) is no goodbye; "Same to you madam." returning the patron's "have a nice day" says goodbye;
 * - "I will revert back to you by tomorrow evening" promises a follow-up and says when; "at the earliest" and "shortly"
 *   say no when; "I have sent you the link yesterday" tells of a past sending, no promise; "Your e-card will be sent to
 *   your email after 3 working days" (relabelled after the run) tells of the library sending later: a follow-up session;
 * - "As there is no response from your side, I am closing this chat" tells the patron they seem gone and that the chat
 *   ends (a disconnect notice); "I am closing this chat now." alone is neither a notice nor a goodbye;
 * - "Only one question is allowed per chat" is a limit of questions whatever follows; "many users are waiting in the
 *   queue… kindly chat with us again" is allowed; "I am going for lunch, please close this chat" ends the help for the
 *   provider's convenience with no way back;
 * - "I am requesting you to visit the District Central Library" refers (no contact: fails); staff the provider speaks
 *   with on the patron's behalf (the acquisition in-charge) are no referral; "your HOD" the patron is told to contact is.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Key, type Line, other, type SessionCase, some, type St, sys, usual, who } from './helpers';

const HOUR = 3600;
const AISYAH = who('Aisyah Rahman', 'aisyah');
const FARID = who('Farid Hassan', 'farid');

export const whole: SessionCase[] = [
  // ---- South Asia -----------------------------------------------------------------------------------------------------
  {
    // reading: "Myself Shruthi, library assistant" names who is answering; "It is clear?" after the link asks whether it
    // meets the need; "May I know your membership card is of which library?" asks the home library
    name: 'Bangalore renewal: "Myself Shruthi", "membership card is of which library?", "Kindly wait while I am checking", "please to find the link", "It is clear?", "Any other query sir?"',
    lines: [
      [0, 'p', 'Good morning. I am having one doubt. My books due date is today, how to renew from home?'],
      [42, 'l', 'Good morning sir, greetings from Ask a Librarian Karnataka. Myself Shruthi, library assistant.'],
      [48, 'l', 'May I know your membership card is of which library?'],
      [75, 'p', 'Jayanagar branch, Bangalore'],
      [81, 'l', 'Kindly wait while I am checking the renewal option for Jayanagar branch.'],
      [170, 'l', 'Sir, Jayanagar branch books can be renewed in the online catalogue, please to find the link https://opac.karnatakalibraries.in/renew . Login with card number, password is your date of birth. It is clear?'],
      [215, 'p', 'yes clear. renewed successfully. thank you mam'],
      [222, 'l', 'Any other query sir?'],
      [250, 'p', 'no, that is all'],
      [256, 'l', 'Thank you for contacting us. Have a nice day!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Kindly give me 5 minutes, I will revert back." is a hold (the reply comes in this chat), no follow-up promise
    name: 'a Malayalam translation in Thiruvananthapuram: "Kindly give me 5 minutes, I will revert back." is a hold, back at 115 s with the catalogue, "Is this the one you wanted?", "Any other query?"',
    lines: [
      [0, 'p', 'hi is the book "The God of Small Things" available in malayalam translation in your library'],
      [22, 'l', 'Hi, good evening. Thanks for contacting Kerala State Central Library chat. I am Anju.'],
      [28, 'l', 'Do you want the print copy or e-book also ok?'],
      [55, 'p', 'print only'],
      [60, 'l', 'Kindly give me 5 minutes, I will revert back.'],
      [175, 'l', 'Sorry for the delay. Yes, the Malayalam translation "Kunjukaryangalude Odeythampuran" is there, 2 copies, you can see it in our catalogue at kslib.kerala.gov.in/opac. Is this the one you wanted?'],
      [210, 'p', 'yes thats the one. thank u'],
      [215, 'l', 'Welcome. Any other query?'],
      [240, 'p', 'no'],
      [245, 'l', 'Thank you, have a nice evening.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Vanakkam!" greets; "I am requesting you to visit the District Central Library" refers, with no way to
    // reach it; the e-Gazette site given in the message before is the stationery department's, not the library's contact
    name: 'a 1975 land-acquisition gazette from Thanjavur: "Vanakkam!", the district and month asked, a hold, the e-Gazette site, "I am requesting you to visit the District Central Library" with no contact, "Is it clear madam?"',
    lines: [
      [0, 'p', 'Vanakkam madam. I need Tamil Nadu government gazette of 1975 regarding land acquisition in my village. Where I can get?'],
      [38, 'l', 'Vanakkam! This is Revathi, reference librarian, Connemara Public Library online service.'],
      [44, 'l', 'Which district your village is coming under? And do you know the month of the notification?'],
      [90, 'p', 'Thanjavur district. month i dont know exactly, maybe june or july'],
      [96, 'l', 'Please wait, I am checking.'],
      [200, 'l', 'Madam, gazettes from 1975 are not online. The e-Gazette site www.stationeryprinting.tn.gov.in has only from 2008 onwards.'],
      [206, 'l', 'For 1975 I am requesting you to visit the District Central Library in Thanjavur, they are maintaining the old gazette volumes in the reference section.'],
      [250, 'p', 'ok madam. thank you'],
      [256, 'l', 'Is it clear madam?'],
      [280, 'p', 'yes clear'],
      [286, 'l', 'Thank you for using our service. Have a good day.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'HEC digital library off campus in Lahore: "Walaikum Assalam! Welcome to LUMS Library", the connection asked, the databases page, "please contact the IT Help Desk at helpdesk@…", "Is it working now?", "Allah Hafiz"',
    lines: [
      [0, 'p', 'AoA, i am unable to access HEC digital library from hostel, it is showing IP not authorized'],
      [29, 'l', 'Walaikum Assalam! Welcome to LUMS Library Ask Us. I am Sana, from the information services desk.'],
      [35, 'l', 'Are you connected with the university wifi or using your own internet?'],
      [60, 'p', 'own internet, ptcl'],
      [66, 'l', 'Off campus you have to connect through the VPN first, then open the HEC National Digital Library from library.lums.edu.pk/databases. For installing the VPN please contact the IT Help Desk at helpdesk@lums.edu.pk or extension 2231. Is it working now?'],
      [150, 'p', 'vpn is not installed, i will email IT'],
      [156, 'l', 'Ok. Do you have any other query?'],
      [180, 'p', 'no thanks'],
      [185, 'l', 'Allah Hafiz, take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Myself Rakesh" names who is answering; "It is clear sir?" asks; "Any other doubt?" asks for anything else
    name: 'NDLI e-books: "Hello sir, myself Rakesh." alone as the greeting, "You are registered on NDLI or not?", the site and steps, "It is clear sir?", "Any other doubt?"',
    lines: [
      [0, 'p', 'sir pls tell how to download e-books from national digital library of india'],
      [35, 'l', 'Hello sir, myself Rakesh.'],
      [40, 'l', 'You are registered on NDLI or not?'],
      [70, 'p', 'not registerd'],
      [76, 'l', 'First register at ndl.iitkgp.ac.in with your email id, then login and search the book. Most books open as PDF in the browser, some you can download with the download icon. It is clear sir?'],
      [120, 'p', 'ok sir i will try'],
      [125, 'l', 'Ok sir. Any other doubt?'],
      [150, 'p', 'no sir thank you'],
      [155, 'l', 'Thank you sir. Happy reading!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Sir you have already asked many questions. Only two questions are allowed in one chat." tells the patron
    // they reached a limit of questions; the provider's last two messages neither thank nor say goodbye
    name: 'Delhi library timings, then three more questions: "Only two questions are allowed in one chat. Please close the chat now." (dismissal, no goodbye), the patron\'s "ok" last',
    lines: [
      [0, 'p', 'hello, i need the timing of the library on sunday'],
      [20, 'l', 'Hello, welcome to the Delhi Public Library chat service. I am Vikas.'],
      [26, 'l', 'Which branch you are asking for?'],
      [50, 'p', 'sarojini nagar branch'],
      [60, 'l', 'Sarojini Nagar branch is open on Sunday 10 am to 4 pm, as per the timings page dpl.gov.in/timings. Is this information sufficient?'],
      [90, 'p', 'yes. also how can i become member? and can i take dvds? and is there any wifi'],
      [120, 'l', 'Sir you have already asked many questions. Only two questions are allowed in one chat. Please close the chat now.'],
      [130, 'p', 'ok'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: the acquisition in-charge is consulted on the patron's behalf (no referral); "call you back on your mobile
    // tomorrow before 11 am" promises a follow-up and says when; the number is repeated back
    name: 'donating 200 books in Delhi: "Namaste ji!", the kind and condition asked, the gift policy page, "I will … call you back on your mobile tomorrow before 11 am", number repeated, Follow-up by me done at 20 h',
    lines: [
      [0, 'p', 'namaste, i want to donate around 200 old books of my father to the library, hindi and english. what is the process?'],
      [45, 'l', 'Namaste ji! Thank you for contacting Ask a Librarian, Delhi Public Library. I am Sunita.'],
      [52, 'l', 'What type of books they are, like literature, religious, textbooks? And in what condition?'],
      [100, 'p', 'mostly hindi literature and some english novels, good condition. some are 40-50 years old'],
      [108, 'l', 'Thank you. Donations are accepted as per the gift policy at dpl.gov.in/donations, but for such a big collection our acquisition section has to see the list first. I will speak with the acquisition in-charge and call you back on your mobile tomorrow before 11 am. Kindly share your mobile number.'],
      [140, 'p', '98110 45672'],
      [146, 'l', 'Noted sir, 98110 45672. Tomorrow before 11 am you will get a call from me. Anything else I can do for you?'],
      [170, 'p', 'no, thats all. dhanyavaad'],
      [176, 'l', 'Thank you ji, have a good day.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(181 + 20 * HOUR), by: 'jo', note: 'called, list to be mailed' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "Your doubt is cleared?" asks whether what was given meets the need; "nothing more to ask" says the patron
    // is done, unasked
    name: 'Bangla journal articles for a Dhaka thesis: "Walaikum assalam. Welcome to Dhaka University Library", the department and language asked, "Kindly wait, I am searching", BanglaJOL, "Your doubt is cleared?", "nothing more to ask"',
    lines: [
      [0, 'p', 'assalamualaikum. i am masters student. how i can find bangla journal article for my thesis on garments worker?'],
      [48, 'l', 'Walaikum assalam. Welcome to Dhaka University Library e-reference desk, I am Nusrat, assistant librarian.'],
      [54, 'l', 'Your thesis is in which department? And you need articles in Bangla only or English also ok?'],
      [100, 'p', 'sociology dept. both ok'],
      [110, 'l', 'Kindly wait, I am searching in BanglaJOL.'],
      [215, 'l', 'In Bangladesh Journals Online (banglajol.info) search "garment workers", you will get 120+ articles, many from Dhaka University Journal of Social Science. For English articles also use JSTOR from the library website. Your doubt is cleared?'],
      [260, 'p', 'yes madam, my all doubt are clear now. nothing more to ask. dhonnobad'],
      [266, 'l', 'You are welcome. Best of luck for your thesis. Allah hafez.'],
    ],
    exp: usual(),
  },
  {
    // reading: "I am going for lunch now. Please close this chat." ends the help for the provider's convenience with no way
    // back; "Understood?" after the rule and the page asks whether what was given meets the need
    name: 'a lost library book at SRM: "Priya here", the book asked, the rule with the handbook page, "Understood?", then "Sorry, I am going for lunch now. Please close this chat." (dismissal, no goodbye), the patron\'s "??" last',
    lines: [
      [0, 'p', 'hi mam, i lost the library book, what is the fine procedure'],
      [28, 'l', 'Hi. This is Central Library, SRM University. Priya here.'],
      [35, 'l', 'Which book you lost, and it is issued on your ID card?'],
      [70, 'p', 'Engineering Mathematics by BS Grewal, yes on my card'],
      [78, 'l', 'As per library rules you have to replace the same book latest edition or pay double the cost of the book. The rules are in the library handbook, page 12, at srmist.edu.in/library/rules. Understood?'],
      [120, 'p', 'ok. can i pay online or i have to come'],
      [150, 'l', 'Sorry, I am going for lunch now. Please close this chat.'],
      [155, 'p', '??'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: the promise passed to the college library says when ("within 2 days"); the e-mail is only in the patron
    // fields, never in the chat: the code passes (a contact is known), followup.contact fails (not confirmed in the chat)
    name: 'an Anna University question paper: the regulation asked, a hold, the archive URL, "they will send the paper to your registered mail id within 2 days", the e-mail only on file, Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'Sir my college is affiliated to Anna University. I want the previous year question papers of EC8501 Digital Communication. Not available in the site.'],
      [30, 'l', 'Good morning. Thanks for contacting the Anna University Library chat. I am Senthil, library staff.'],
      [36, 'l', 'Which regulation you need, 2017 or 2021?'],
      [60, 'p', 'R2017, Nov/Dec 2022 paper'],
      [66, 'l', 'Please wait, I will check in the question paper archive.'],
      [150, 'l', 'The archive at library.annauniv.edu/qp has papers only up to Apr/May 2022. The Nov/Dec 2022 paper is kept with your college library. I have informed your college librarian through our portal, they will send the paper to your registered mail id within 2 days.'],
      [190, 'p', 'ok sir thank you'],
      [195, 'l', 'Is there anything more I can help you with?'],
      [220, 'p', 'no sir'],
      [225, 'l', 'Thank you. All the best for your exams.'],
    ],
    over: { ...FU_LIB, patron: { name: 'Karthik', email: 'karthik.r2001@gmail.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // no provider ever joined: pickup fails, the rest is na but the code (Lost Call with three patron messages)
    name: 'no one picks up: "hello anyone there? i need urgent the list of holidays…", "hello?? pls reply", "ok leave it", coded Lost Call',
    lines: [
      [0, 'p', 'hello anyone there? i need urgent the list of holidays of library in diwali week'],
      [95, 'p', 'hello?? pls reply'],
      [180, 'p', 'ok leave it'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 10 },
    exp: usual({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', concurrency: 'na', code: 'fail',
    }),
  },
  {
    // the provider's question about the board is a clarifying question, so there is a substantive exchange: no source ever
    // is a fail, and completeness and anything_else fail with it; Lost Call with two patron messages fails the code
    name: 'class 12 accountancy, the patron gone after two messages: picked up at 70 s, "Which board you are studying, CBSE or state board?", "Are you there?", "It looks like you got disconnected…", coded Lost Call',
    lines: [
      [0, 'p', 'hello'],
      [10, 'p', 'i need a book on accountancy class 12 ts grewal'],
      [70, 'l', 'Hello, good evening! This is Deepa from Ask a Librarian. Which board you are studying, CBSE or state board?'],
      [200, 'l', 'Are you there?'],
      [260, 'l', 'It looks like you got disconnected, I am closing this chat. Please chat again anytime.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    // reading: "Same to you madam." returning the patron's "have a nice day" says goodbye
    name: 'Marathi newspapers on microfilm in Pune: "Pooja this side from Pune Nagar Vachan Mandir", the years asked, the microfilm list, "This is what you needed?", "Anything else madam?", closed with "Same to you madam."',
    lines: [
      [0, 'p', 'hello i want old Kesari newspaper from 1920s for my research on tilak, you are having?'],
      [31, 'l', 'Good afternoon madam, Pooja this side from Pune Nagar Vachan Mandir.'],
      [37, 'l', 'Which years exactly you need? Some years are damaged.'],
      [70, 'p', '1920 to 1925'],
      [76, 'l', 'One minute madam, I am checking the microfilm register.'],
      [160, 'l', 'We are having Kesari on microfilm from 1881 to 1950, only 1923 is missing. The list is on our website punenagarvachan.org/microfilm, you can see it in the reading room reader. This is what you needed?'],
      [200, 'p', 'yes very much'],
      [205, 'l', 'Anything else madam?'],
      [230, 'p', 'no. thank you, have a nice day'],
      [236, 'l', 'Same to you madam.'],
    ],
    exp: usual(),
  },
  // ---- Africa -----------------------------------------------------------------------------------------------------------
  {
    // reading: "Greetings of the day!" greets, but neither of the first two messages says who is answering; "Hope this
    // helps." asks nothing; "Ok thank you ma. God bless you" does not say the patron is done
    name: 'WAEC past questions from Lagos: picked up at 61 s with "Greetings of the day! How may I help you?", the subject and year asked, the e-library link, "Hope this helps.", the patron\'s "God bless you"',
    lines: [
      [0, 'p', 'Please I want to ask, how do I get WAEC past questions for Economics? My exam is near'],
      [61, 'l', 'Greetings of the day! How may I help you?'],
      [67, 'l', 'Kindly tell me which subject and which years you need.'],
      [95, 'p', 'Economics, 2015 to 2022 please'],
      [130, 'l', 'You can get them free on the National Library e-library, elibrary.nln.gov.ng, under Past Questions. Economics papers from 2010 to 2022 are there with answers. Hope this helps.'],
      [170, 'p', 'Ok thank you ma. God bless you'],
      [176, 'l', 'You are welcome. Bye.'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    // reading: "As there is no response from your side, I am closing this chat now" tells the patron they seem gone and
    // that the chat ends; the final idle runs from the answer (150) to that goodbye (345): 195 s
    name: 'a knls membership form from Nakuru: "Habari", the age group asked, "Sawa, kindly give me few minutes", the form page, "Is this the form you were looking for?", silence, "Hello, are you there?", "As there is no response from your side…"',
    lines: [
      [0, 'p', 'Habari. Please assist, I want to register as a member at Nakuru library, where do i get the form'],
      [33, 'l', 'Hello and welcome to knls Ask a Librarian. My name is Wanjiru.'],
      [39, 'l', 'Are you registering as an adult or for a child below 18?'],
      [70, 'p', 'adult'],
      [76, 'l', 'Sawa, kindly give me few minutes to get the correct form.'],
      [150, 'l', 'The adult membership form is on the knls website: knls.ac.ke/membership-form. You fill it and submit together with copy of ID and 2 passport photos. Is this the form you were looking for?'],
      [280, 'l', 'Hello, are you there?'],
      [345, 'l', 'As there is no response from your side, I am closing this chat now. You are welcome to chat with us again anytime. Thank you.'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the second "Please be on hold" ends one span and starts another: 92-200 (108 s) passes, 200-325 (125 s) fails
    name: 'Things Fall Apart in Kumasi: "Please be on hold while I check.", "Still checking, please be on hold." after 108 s, then the answer 125 s later: keep_informed fails',
    lines: [
      [0, 'p', 'Please good morning, I want to know if the library have the book Things Fall Apart for JHS students'],
      [50, 'l', 'Good morning! You are welcome to the Ghana Library Authority Ask-a-Librarian service. My name is Akosua.'],
      [55, 'l', 'Please which region or which library are you close to?'],
      [85, 'p', 'Kumasi, Ashanti regional library'],
      [92, 'l', 'Please be on hold while I check.'],
      [200, 'l', 'Still checking, please be on hold.'],
      [325, 'l', 'Thank you for your patience. The Ashanti Regional Library has 6 copies of Things Fall Apart. You can also read it free on the Ghana Library App, download from ghanalibrary.org/app. Does this solve your problem?'],
      [360, 'p', 'yes thank you'],
      [365, 'l', 'Is there anything else I can do for you?'],
      [390, 'p', 'No please, that is all.'],
      [395, 'l', 'Okay, have a nice day. Bye bye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: two parties referred to in one message, the Civil Registration office with an e-mail and the Huduma Centre
    // with none: referral fails; "Karibu tena!" invites back
    name: 'a misspelt birth certificate in Mombasa: the birthplace and the name asked, a hold, eCitizen, "I am requesting you to contact the Civil Registration office … and also visit the Huduma Centre" (no contact for the second), "Did the information help you?"',
    lines: [
      [0, 'p', 'good evening, my child birth certificate have wrong spelling of name, where to correct it? i am in Mombasa'],
      [40, 'l', 'Good evening and welcome to knls Ask a Librarian. I am Otieno.'],
      [46, 'l', 'Was the child born in Kenya, and is the mistake in the first name or the surname?'],
      [90, 'p', 'born in Coast General hospital. mistake in second name'],
      [96, 'l', 'Ok, kindly give me a moment I check the procedure.'],
      [190, 'l', 'Corrections are done by the Civil Registration Services. The steps and form are on eCitizen at ecitizen.go.ke under Civil Registration. I am requesting you to contact the Civil Registration office at Mombasa via crs.mombasa@registration.go.ke, and also visit the Huduma Centre Mombasa with the original certificate.'],
      [240, 'p', 'ok thank you very much. God bless'],
      [246, 'l', 'Amen. Did the information help you?'],
      [270, 'p', 'yes'],
      [276, 'l', 'Karibu tena! Bye.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // reading: "I will … revert back to you at the earliest" promises a follow-up and says no when: contact fails, and the
    // Answered code fails with the promise; "Hope the 2019 project is useful for now?" asks
    name: 'a final-year project at UNILAG: the department asked, a hold, the repository, "I will check with the repository team and revert back to you at the earliest", e-mail repeated, coded Answered',
    lines: [
      [0, 'p', 'Good afternoon. Please I need a project on "effect of inflation on SMEs in Lagos" for my final year work, abeg do you have any?'],
      [30, 'l', 'Good afternoon, you are welcome to UNILAG Library Ask a Librarian. This is Tobi, a librarian.'],
      [36, 'l', 'Please which department are you in, and do you need it for the literature review or just to see the format?'],
      [70, 'p', 'banking and finance. for the literature review'],
      [76, 'l', 'Alright, kindly hold on while I check the institutional repository.'],
      [190, 'l', 'I found two related projects in the UNILAG Institutional Repository, ir.unilag.edu.ng: search "inflation SMEs". The 2019 one is full text. For the 2021 one only the abstract is there, I will check with the repository team and revert back to you at the earliest. Kindly drop your email.'],
      [220, 'p', 'chidinma.okafor@gmail.com'],
      [226, 'l', 'Noted, chidinma.okafor@gmail.com. Hope the 2019 project is useful for now?'],
      [260, 'p', 'yes it is. thank you so much'],
      [266, 'l', 'You are welcome. Bye for now!'],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- South-East Asia and the Gulf -------------------------------------------------------------------------------------
  {
    // reading: "I will revert back to you by tomorrow evening through email" promises and says when; recorded at 20 h
    name: 'a 2015 thesis at UPLB in Taglish: "good day po", full text or abstract asked, "Please be on hold", the OPAC, "I will revert back to you by tomorrow evening through email", e-mail repeated, Follow-up by me done at 20 h',
    lines: [
      [0, 'p', 'good day po. may i ask if you have copy of the thesis "Water quality of Pasig River tributaries" 2015 from your college of engineering?'],
      [35, 'l', 'Good day! Thank you for contacting UPLB Library Ask Us. This is Marites, reference librarian.'],
      [40, 'l', 'May I know if you need the full text or only the abstract?'],
      [70, 'p', 'full text po sana, for our RRL'],
      [76, 'l', 'Noted. Please be on hold, I am checking in our thesis database.'],
      [190, 'l', 'Thank you for waiting. The thesis is listed in our OPAC (opac.uplb.edu.ph) but the full text is not yet digitized. I will request our Thesis Section for the scanned copy and I will revert back to you by tomorrow evening through email. May I have your email address?'],
      [225, 'p', 'jmdelacruz@up.edu.ph po'],
      [231, 'l', 'Noted: jmdelacruz@up.edu.ph. You will receive the copy by tomorrow evening. Is there any other query?'],
      [260, 'p', 'none na po, thank you so much!'],
      [266, 'l', 'You are most welcome. Ingat!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(271 + 20 * HOUR), by: 'jo', note: 'scan e-mailed' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "Malinaw po ba?" (is it clear?) asks whether what was given meets the need; "If no other query, you may
    // close the chat window." asks nothing; "Walang anuman po" (you're welcome) neither thanks nor says goodbye
    name: 'a Quezon City card renewal in Taglish: residency asked, the renewal form URL, "Malinaw po ba?", then "Walang anuman po. If no other query, you may close the chat window.": anything_else and courteous fail',
    lines: [
      [0, 'p', 'hi po, pano po mag renew ng library card? expired na po kasi'],
      [25, 'l', 'Hello po! Good afternoon. This is Jessa of QC Public Library Ask a Librarian.'],
      [31, 'l', 'Are you a QC resident po, or working/studying in QC?'],
      [60, 'p', 'resident po, sa Novaliches'],
      [70, 'l', 'For residents, card renewal is online na po: fill up the form at quezoncitypubliclibrary.ph/renewal and upload a valid ID with QC address. Your e-card will be sent to your email after 3 working days. Malinaw po ba?'],
      [100, 'p', 'opo malinaw, salamat po!'],
      [106, 'l', 'Walang anuman po. If no other query, you may close the chat window.'],
    ],
    // relabelled: "Your e-card will be sent to your email after 3 working days." tells the patron the library will send
    // something later: RUBRIC.md's follow-up session ("someone from your library will contact you") takes it literally, so
    // the Answered code fails and followup.contact fails (no address in the chat); on_time is pending
    exp: usual({ anything: 'fail', courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // the transfer: an internal message to Aisyah saying why, and the patron told; the wait from the announcement (80) to
    // Aisyah's first message (140) is 60 s
    name: 'the Strata Management Act at the University of Malaya: the purpose asked, "Can?" / "lah", an internal note and "I am transferring your chat to my colleague from the Law Library, kindly hold on", Aisyah gives CLJ, "This is what you needed?"',
    lines: [
      [0, 'p', 'Hi, I want to find the Malaysian act for strata management, the latest amended version. Can?'],
      [25, 'l', 'Hi there, welcome to Ask a Librarian at University of Malaya Library. This is Farid.', FARID],
      [30, 'l', 'Is it for your assignment or for personal use? Do you need the act with all amendments or just the original 2013 act?', FARID],
      [65, 'p', 'assignment. with amendment lah'],
      [72, 'i', 'Aisyah, law student needs Strata Management Act 2013 with amendments, can you take? I am not familiar with the law databases.', FARID],
      [80, 'l', 'I am transferring your chat to my colleague from the Law Library, she is more expert in this. Kindly hold on.', FARID],
      [85, 's', 'Chat transferred to Aisyah Rahman', sys('transfer', 'aisyah')],
      [140, 'l', 'Hi, Aisyah here from Law Library. The Strata Management Act 2013 (Act 757) with amendments up to 2023 is in the CLJ Law database, you can access it through the e-resources page at umlibguides.um.edu.my/law. Search "Act 757" and choose "Reprint". This is what you needed?', AISYAH],
      [190, 'p', 'yes got it. thanks a lot'],
      [196, 'l', 'Welcome. Anything else I can help?', AISYAH],
      [220, 'p', 'nope thats all'],
      [226, 'l', 'Ok, all the best for your assignment. Bye!', AISYAH],
    ],
    over: { provider: { id: 'farid', name: 'Farid Hassan', library: 'UM' } },
    exp: usual({ transfer: 'pass' }),
  },
  {
    // four sessions open at once for Mariam (this one and three others from 60 s to 185 s): concurrency fails; "Were you
    // able to book it?" asks whether the steps given worked
    name: 'a group study room at AUS in Sharjah: "AUS Library here, Mariam speaking", the level asked, LibCal steps, "Were you able to book it?", "Anything else?", while three other chats are open: concurrency fails',
    lines: [
      [0, 'p', 'Hello, i need to book discussion room for tomorrow 4pm for 5 persons, how?'],
      [18, 'l', 'Hello! AUS Library here, Mariam speaking.'],
      [24, 'l', 'For 5 persons you need the big room. You are undergraduate or graduate student?'],
      [50, 'p', 'undergrad'],
      [80, 'l', 'Undergraduates can book rooms through the LibCal page: aus.libcal.com/reserve/rooms. Choose Group Study Room 2 (6 seats), select tomorrow 4pm and login with your AUS email. Were you able to book it?'],
      [150, 'p', 'yes booked. thank you very much'],
      [156, 'l', 'My pleasure. Anything else?'],
      [175, 'p', "no that's it"],
      [180, 'l', 'Have a nice day, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', 10, 400), other('c', 'jo', 60, 250)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: "Ayubowan! Welcome to…" greets; "There are many users waiting in the queue, so I have to close this chat now.
    // Kindly chat with us again…" is the allowed ending with a way back
    name: 'A/L Sinhala-medium books in Colombo: "Ayubowan! Welcome to the National Library", textbooks or papers asked, the OPAC, "Are these details enough for you?", four more subjects, "many users waiting in the queue… kindly chat with us again"',
    lines: [
      [0, 'p', 'Ayubowan. I want to know the books for A/L political science in Sinhala medium, are they there in the library'],
      [40, 'l', 'Ayubowan! Welcome to the National Library of Sri Lanka online reference service. I am Nadeeka.'],
      [46, 'l', 'You are looking for textbooks or for past papers also?'],
      [80, 'p', 'textbooks and model papers both'],
      [86, 'l', 'One moment please.'],
      [180, 'l', 'We have 14 titles in Sinhala medium for A/L political science. Please to check the OPAC at opac.natlib.lk, type "desapalana vidyava" in the title search. Are these details enough for you?'],
      [230, 'p', 'ok thank you. also i need for geography and economics, and history also, and english literature'],
      [262, 'l', 'For those subjects you can search the same OPAC with the subject name. There are many users waiting in the queue, so I have to close this chat now. Kindly chat with us again if you need more help. Thank you!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- North America, newcomers ---------------------------------------------------------------------------------------
  {
    // a machine-translated patron: "I have no other questions" says the patron is done, unasked
    name: 'Chinese books at Queens Public Library, the patron writing through a translator: script and age asked, a hold, the catalogue and Libby, "Is this information helpful for you?", "I have no other questions."',
    lines: [
      [0, 'p', 'Hello, I want to ask your library if there is a service of borrowing Chinese books? My English is not good, please forgive me.'],
      [40, 'l', 'Hello, no problem at all! This is Wei, a librarian with Queens Public Library.'],
      [45, 'l', 'Do you want books in simplified or traditional Chinese? And are they for adults or children?'],
      [90, 'p', 'Simplified. For me, adult. I like the novel.'],
      [96, 'l', 'Please wait a moment, I am checking which branch has the most.'],
      [180, 'l', 'The Flushing branch has the biggest Chinese collection. You can search our catalogue in Chinese at queenslib.org/catalog, choose Language: Chinese. You can also borrow Chinese e-books in the Libby app with your card. Is this information helpful for you?'],
      [240, 'p', 'Very helpful, thank you very much. I have no other questions.'],
      [246, 'l', 'You are welcome! Happy reading.'],
    ],
    exp: usual(),
  },
];

/** A question and a greeting that identifies (with a clarifying question), shared by the short cases. */
const Q: Line = [0, 'p', 'good evening mam, i am having one doubt. how to renew books online?'];
const HELLO: Line = [30, 'l', 'Good evening! This is Lakshmi, librarian at Ask Chennai Libraries. May I know your library card is of which branch?'];
const ASKED: Line[] = [Q, HELLO, [55, 'p', 'Anna Nagar branch madam']];
const ANSWER = 'Kindly login at chennailibraries.in/renew with card number and PIN, then click Renew on each book.';
const BYE: Line[] = [[100, 'p', 'yes that is all, thank you'], [105, 'l', 'Thank you, bye!']];

export const short: SessionCase[] = [
  // ---- greetings and who is answering ---------------------------------------------------------------------------------
  {
    // reading: "<name> this side" names who is answering
    name: '"Good morning, Harpreet this side from Ludhiana." greets and says who is answering: greeting passes',
    lines: [Q, [20, 'l', 'Good morning, Harpreet this side from Ludhiana.'], [26, 'l', 'Your card is of which branch?'], [55, 'p', 'model town'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Sat Sri Akal ji!" then "I am Gurpreet from the Punjab State Library chat." greets and identifies: greeting passes',
    lines: [Q, [20, 'l', 'Sat Sri Akal ji!'], [24, 'l', 'I am Gurpreet from the Punjab State Library chat.'], [55, 'p', 'sat sri akal'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Greetings of the day!" greets; "Myself Fatima, from Ask a Librarian Hyderabad." says who is answering
    name: '"Greetings of the day!" then "Myself Fatima, from Ask a Librarian Hyderabad.": greeting passes',
    lines: [Q, [20, 'l', 'Greetings of the day!'], [24, 'l', 'Myself Fatima, from Ask a Librarian Hyderabad.'], [55, 'p', 'ok'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Good evening. How can I help you?" then "Kindly tell your question in detail." names no one: greeting fails',
    lines: [Q, [20, 'l', 'Good evening. How can I help you?'], [24, 'l', 'Kindly tell your question in detail.'], [55, 'p', 'renewal of books online'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ greeting: 'fail' }),
  },
  // ---- clarifying questions ------------------------------------------------------------------------------------------
  {
    // reading: the patron's name does not shape the answer
    name: '"Hello, this is Lakshmi from Ask Chennai Libraries. What is your good name?" then the answer: clarify fails',
    lines: [Q, [30, 'l', 'Hello, this is Lakshmi from Ask Chennai Libraries. What is your good name?'], [55, 'p', 'Ramya'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ clarify: 'fail', greeting: 'pass' }),
  },
  {
    name: '"May I know your library card is of which library?" asks the home library: clarify passes',
    lines: [Q, [30, 'l', 'Hello, this is Lakshmi from Ask Chennai Libraries.'], [36, 'l', 'May I know your library card is of which library?'], [55, 'p', 'Anna Nagar'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: "So you are wanting to renew…" restates the need
    name: '"So you are wanting to renew the books without coming to library, correct?" restates: clarify passes',
    lines: [Q, [30, 'l', 'Hello, this is Lakshmi from Ask Chennai Libraries.'], [36, 'l', 'So you are wanting to renew the books without coming to library, correct?'], [55, 'p', 'yes mam'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ clarify: 'pass' }),
  },
  // ---- holds and the patron's wait --------------------------------------------------------------------------------------
  {
    // "Kindly wait while I am checking" at 65 starts a span that the answer ends at 190: 125 s
    name: '"Kindly wait while I am checking." then the answer 125 s later: keep_informed fails',
    lines: [...ASKED, [65, 'l', 'Kindly wait while I am checking.'], [190, 'l', `${ANSWER} It is clear?`], [220, 'p', 'yes that is all, thank you'], [225, 'l', 'Thank you, bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Please be on hold for 2 mins, I am searching." then the answer 118 s later: keep_informed passes',
    lines: [...ASKED, [65, 'l', 'Please be on hold for 2 mins, I am searching.'], [183, 'l', `${ANSWER} It is clear?`], [220, 'p', 'yes that is all, thank you'], [225, 'l', 'Thank you, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Still searching madam, kindly be patient." every 100 s: keep_informed passes',
    lines: [...ASKED, [65, 'l', 'Kindly be on hold.'], [165, 'l', 'Still searching madam, kindly be patient.'], [265, 'l', `${ANSWER} It is clear?`], [300, 'p', 'yes that is all, thank you'], [305, 'l', 'Thank you, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // "Kindly give me 2 minutes, I will revert." is a hold: its span (65 to 195, 130 s) is a wait on the provider
    name: '"Kindly give me 2 minutes, I will revert." then the answer 130 s later: keep_informed fails, and no follow-up',
    lines: [...ASKED, [65, 'l', 'Kindly give me 2 minutes, I will revert.'], [195, 'l', `${ANSWER} It is clear?`], [220, 'p', 'yes that is all, thank you'], [225, 'l', 'Thank you, bye!']],
    exp: some({ informed: 'fail', code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    // reading: telling the patron to take their time is no hold: from 66 the provider waits on the patron
    name: '"Take your own time madam, no hurry." while the patron finds her card number, 134 s: keep_informed passes',
    lines: [...ASKED, [60, 'p', 'wait i will check my card number'], [66, 'l', 'Take your own time madam, no hurry.'], [200, 'p', '2100456789'], [215, 'l', `${ANSWER} It is clear?`], [240, 'p', 'yes that is all, thank you'], [245, 'l', 'Thank you, bye!']],
    exp: some({ informed: 'pass' }),
  },
  // ---- completeness -----------------------------------------------------------------------------------------------------
  {
    name: '"Your problem is solved?" after the steps: completeness passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} Your problem is solved?`], ...BYE],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Hope this information is useful to you." asks nothing: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} Hope this information is useful to you.`], [100, 'p', 'ok'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail', anything: 'fail' }),
  },
  {
    // reading: the scan is not yet given; "is it fine?" asks about the plan
    name: '"I can also mail you the renewal receipt tomorrow, is it fine?" asks about something not yet given: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} I can also mail you the renewal receipt tomorrow, is it fine?`], [100, 'p', 'no need mam'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Kindly check and tell, it is working?" after the steps: completeness passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} Kindly check and tell, it is working?`], [110, 'p', 'yes working'], [115, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'pass' }),
  },
  // ---- anything else, the patron done ------------------------------------------------------------------------------------
  {
    // reading: chat-speak without "?": "Any other query sir" asks
    name: '"Any other query sir" with no "?": anything_else passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes'], [95, 'l', 'Any other query sir'], [110, 'p', 'no'], [115, 'l', 'Thank you, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Anything more I can do for you madam?": anything_else passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes'], [95, 'l', 'Anything more I can do for you madam?'], [110, 'p', 'no'], [115, 'l', 'Thank you, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: a statement, no question; it invites the patron back (a goodbye)
    name: '"You are welcome for any further assistance." asks nothing but invites back: anything_else fails, courteous passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes thank you'], [95, 'l', 'You are welcome for any further assistance.']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'the patron\'s "ok mam thank you so much" alone: anything_else fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'ok mam thank you so much'], [95, 'l', 'Welcome. Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron\'s "my query is solved, no more question from my side": anything_else passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes mam my query is solved, no more question from my side'], [95, 'l', 'Welcome. Bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- dismissals ----------------------------------------------------------------------------------------------------
  {
    // reading: a limit of questions fails whatever follows
    name: '"Sorry, only one question is allowed per chat. Kindly start a new chat for the other question.": dismissal fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes. and how to pay fine online'], [110, 'l', 'Sorry, only one question is allowed per chat. Kindly start a new chat for the other question.'], [130, 'p', 'ok']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"Your session time is over, kindly logout." tells the patron their time is up: dismissal fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes. and how to pay fine online'], [110, 'l', 'Your session time is over, kindly logout.'], [130, 'p', 'ok']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"Other users are waiting, kindly come back later for your remaining queries. Thank you." is allowed: dismissal passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes. and how to pay fine online, and how to reserve, and how to suggest book'], [110, 'l', 'Other users are waiting, kindly come back later for your remaining queries. Thank you.']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"I have to attend other patron now, so I am closing this chat." with no way back: dismissal fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes. and how to pay fine online'], [110, 'l', 'I have to attend other patron now, so I am closing this chat.'], [130, 'p', 'ok']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "Sorry for the late reply, I was attending other patron." then the answer: dismissal passes',
    lines: [...ASKED, [90, 'p', 'hello?'], [110, 'l', 'Sorry for the late reply, I was attending other patron.'], [116, 'l', `${ANSWER} It is clear?`], ...BYE.map(([s, w, t]): Line => [s + 40, w, t])],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- idle patrons ----------------------------------------------------------------------------------------------------
  {
    // final idle 70 to 200 (130 s): a check-in applies, the notice does not
    name: '"Hello madam, you are available in chat?" 125 s after the answer: idle_checkin passes, disconnect_notice na',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [195, 'l', 'Hello madam, you are available in chat?']],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // final idle 70 to the goodbye at 260 (190 s)
    name: '"Hello? Are you there sir?" then "It seems you are not available now, hence I am closing this chat. Kindly contact us again if needed.": both pass',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [200, 'l', 'Hello? Are you there sir?'], [260, 'l', 'It seems you are not available now, hence I am closing this chat. Kindly contact us again if needed.']],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // reading: announcing the end alone says nothing of the patron seeming gone, and is no goodbye
    name: '"Are you there?" then "I am closing this chat now." alone: check-in passes, notice and courteous fail',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [200, 'l', 'Are you there?'], [262, 'l', 'I am closing this chat now.']],
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: 'no check-in, "Since you are not responding, I am ending this chat. Thank you for contacting us." 200 s after the answer: check-in fails, notice passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [270, 'l', 'Since you are not responding, I am ending this chat. Thank you for contacting us.']],
    exp: some({ idle: 'fail', disconnect: 'pass' }),
  },
  // ---- follow-ups ------------------------------------------------------------------------------------------------------
  {
    name: '"I will revert back to you by tomorrow evening on your mail id", the address repeated, Follow-up by me: contact passes',
    lines: [...ASKED, [70, 'l', 'The old card is not showing in the system. I will check with the membership section and revert back to you by tomorrow evening on your mail id. Kindly share it.'], [100, 'p', 'ramya.s88@gmail.com'], [106, 'l', 'Noted, ramya.s88@gmail.com. Thank you madam, bye.']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "shortly" says no when
    name: '"I will revert you shortly on mail", the address repeated, Follow-up by me: contact fails',
    lines: [...ASKED, [70, 'l', 'The old card is not showing in the system. I will check with the membership section and revert you shortly on mail. Kindly share your mail id.'], [100, 'p', 'ramya.s88@gmail.com'], [106, 'l', 'Noted, ramya.s88@gmail.com. Thank you madam, bye.']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: a past sending, no promise: no follow-up session
    name: '"I have sent you the link yesterday only, kindly check spam folder." promises nothing: contact na, Answered passes',
    lines: [[0, 'p', 'mam you said you will send the link for e-newspaper, i did not get'], [30, 'l', 'Hello madam, this is Lakshmi from Ask Chennai Libraries. Which email you gave?'], [55, 'p', 'ramya.s88@gmail.com'], [70, 'l', 'I have sent you the link yesterday only to ramya.s88@gmail.com, kindly check spam folder. It is also at chennailibraries.in/enews. Is it clear?'], ...BYE],
    exp: some({ contact: 'na', code: 'pass', onTime: 'na' }),
  },
  {
    // the promise makes a follow-up session whatever the code; the code is no follow-up code
    name: '"I will mail you the list by Monday" with the address repeated, coded Answered: code fails, contact passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} For the list of books you can renew, I will mail you the list by Monday. Kindly give your mail id.`], [100, 'p', 'ramya.s88@gmail.com'], [106, 'l', 'Noted, ramya.s88@gmail.com. Thank you madam, bye.']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- referrals -------------------------------------------------------------------------------------------------------
  {
    name: '"I am requesting you to kindly visit the Regional Passport Office" with no contact: referral fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} For the address proof letter I am requesting you to kindly visit the Regional Passport Office. It is clear?`], ...BYE],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"please contact to circulation counter on 044-2858 5000" refers with a phone: referral passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} If it is showing blocked, please contact to circulation counter on 044-2858 5000. It is clear?`], ...BYE],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the head of department is a person outside the chat the patron is told to contact
    name: '"For the no-dues certificate kindly contact your HOD." with no contact: referral fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} For the no-dues certificate kindly contact your HOD. It is clear?`], ...BYE],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: staff the provider consults are no referral
    name: '"I will ask our circulation in-charge and tell you in this chat itself" then the answer: referral na',
    lines: [...ASKED, [65, 'l', 'I will ask our circulation in-charge and tell you in this chat itself, kindly be on hold.'], [150, 'l', `${ANSWER} It is clear?`], [180, 'p', 'yes that is all, thank you'], [185, 'l', 'Thank you, bye!']],
    exp: some({ referral: 'na', contact: 'na', code: 'pass' }),
  },
  // ---- goodbyes ---------------------------------------------------------------------------------------------------------
  {
    name: '"Thanks for your patience, sir." as the last message: courteous passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes, that is all'], [95, 'l', 'Thanks for your patience, sir.']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- near misses of v24's Y3 changes ---------------------------------------------------------------------------------
  {
    // near miss for v22's "working?" after a comma: the subject is something else
    name: 'near miss: "Kindly check and tell, the scanner at your branch is working?" asks about the scanner: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} Kindly check and tell, the scanner at your branch is working?`], [100, 'p', 'ok'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for Y3's "it is clear?": legibility of a scan asks nothing about the need (X1's reading)
    name: 'near miss: "I have uploaded the scan, the print is clear?" asks about legibility: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} I have uploaded the scan of your receipt also, the print is clear?`], [100, 'p', 'ok'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for Y3's "your problem is solved?": the question is about another problem, not solved by what was given
    name: 'near miss: "Your problem is with the fine also?" asks about the need: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} Your problem is with the fine also?`], [100, 'p', 'no'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for Y3's "Understood?": a statement
    name: 'near miss: "Understood, I will also check the fine on your card." states: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} Understood, I will also check the fine on your card.`], [100, 'p', 'ok'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for Y3's "Malinaw po ba?": no question
    name: 'near miss: "Malinaw po ang steps sa website." states: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} Malinaw po ang steps sa website.`], [100, 'p', 'ok po'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for Y3's "details enough": a read-back checked, no "enough"
    name: 'near miss: "Are these details correct: card 2100456789, Anna Nagar?" checks a read-back: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} Are these details correct: card 2100456789, Anna Nagar?`], [100, 'p', 'yes'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for Y3's "Sat Sri Akal": the opening hours' "Sat" greets no one
    name: 'near miss: "Lakshmi from Ask Chennai Libraries." then "Sat timings are 10 am to 4 pm." greets no one: greeting fails',
    lines: [Q, [20, 'l', 'Lakshmi from Ask Chennai Libraries.'], [24, 'l', 'Sat timings are 10 am to 4 pm. Your card is of which branch?'], [55, 'p', 'anna nagar'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for `myselfThisSideY3`: a room "this side", no name
    name: 'near miss: "Hello, Reading Room this side is closed today." then the answer names no one: greeting fails',
    lines: [Q, [20, 'l', 'Hello, Reading Room this side is closed today.'], [26, 'l', 'Your card is of which branch?'], [55, 'p', 'anna nagar'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for `nameQuestionY3`: the book's name is the need
    name: 'near miss: "What is the name of the book?" asks about the need: clarify passes',
    lines: [Q, [30, 'l', 'Hello, this is Lakshmi from Ask Chennai Libraries. What is the name of the book?'], [55, 'p', 'Ponniyin Selvan'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for Y3's limit of questions
    name: 'near miss: "Only one renewal is allowed per book, so the second time you have to return it." is a rule: dismissal passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} Only one renewal is allowed per book, so the second time you have to return it. It is clear?`], ...BYE],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss for Y3's limit of questions: no limit
    name: 'near miss: "No problem madam, more than one question is allowed per chat." invites questions: dismissal passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes. can i ask one more?'], [95, 'l', 'No problem madam, more than one question is allowed per chat.'], [110, 'p', 'how to pay fine online'], [130, 'l', 'Fines can be paid at chennailibraries.in/pay. Any other query?'], [150, 'p', 'no'], [155, 'l', 'Thank you, bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss for Y3's "session time is over": the computer booking, a later time
    name: 'near miss: "Your computer session time is over at 5 pm, kindly save your work before." is the booking: dismissal passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} Your computer session time is over at 5 pm, kindly save your work before. It is clear?`], ...BYE],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss for Y3's "going for lunch": a later time, the help goes on
    name: 'near miss: "I am going for lunch at 1, so let me quickly share the link." goes on helping: dismissal passes',
    lines: [...ASKED, [70, 'l', `I am going for lunch at 1, so let me quickly share the link. ${ANSWER} It is clear?`], ...BYE],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss for Y3's "chat with us again": no "again", no way back
    name: 'near miss: "…so I have to close this chat now. Please don\'t chat with us for exam answers." offers no way back: dismissal fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes. and can u tell answers for my library science exam'], [110, 'l', "There are many users waiting in the queue, so I have to close this chat now. Please don't chat with us for exam answers."], [130, 'p', 'ok']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss for Y3's "connected with the wifi": still a check-in
    name: 'near miss: "Are you still connected?" 130 s after the answer is a check-in: idle_checkin passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [200, 'l', 'Are you still connected?']],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // near miss for Y3's "you are available in chat?": a question about the patron's plans
    name: 'near miss: "You are available on Saturday for the renewal camp?" asks about the patron: clarify passes',
    lines: [Q, [30, 'l', 'Hello, Lakshmi here from Ask Chennai Libraries. You are available on Saturday for the renewal camp?'], [55, 'p', 'no, weekdays only'], [70, 'l', `${ANSWER} It is clear?`], ...BYE],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for Y3's "seems you are not available": the book is not available
    name: 'near miss: "It seems the book is not available in Anna Nagar branch also. I am closing this chat now." says nothing of the patron: notice fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [200, 'l', 'Are you there?'], [262, 'l', 'It seems the book is not available in Anna Nagar branch also. I am closing this chat now.']],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // near miss for Y3's "welcome for any further assistance": a question, no invitation
    name: 'near miss: "Do you need any further assistance?" as the last message asks: anything_else passes, courteous fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes'], [95, 'l', 'Do you need any further assistance?']],
    exp: some({ anything: 'pass', courteous: 'fail' }),
  },
  {
    // near miss for Y3's "Same to you": it goes on, about the fine
    name: 'near miss: "Same to you, the fine is Rs 10 per week for everyone." goes on: courteous fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} It is clear?`], [90, 'p', 'yes. my friend also has late fine, same?'], [95, 'l', 'Same to you, the fine is Rs 10 per week for everyone.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss for Y3's "give me N minutes, I will revert": by mail tomorrow is a promise
    name: 'near miss: "Kindly give me 2 minutes to note your card, I will revert back by mail tomorrow." promises, coded Answered: code fails, contact passes',
    lines: [...ASKED, [70, 'l', 'Kindly give me 2 minutes to note your card, I will revert back by mail tomorrow. Your mail id please?'], [100, 'p', 'ramya.s88@gmail.com'], [106, 'l', 'Noted, ramya.s88@gmail.com. Thank you madam, bye.']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // near miss for `requestYouY3`: the provider asks the branch
    name: 'near miss: "I am requesting the Anna Nagar branch to keep the book for you." refers no one: referral na',
    lines: [...ASKED, [70, 'l', `${ANSWER} I am requesting the Anna Nagar branch to keep the book for you till Friday. It is clear?`], ...BYE],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for Y3's "HOD" as a party: no one to contact
    name: 'near miss: "Kindly get the HOD signature on the form, then upload it at chennailibraries.in/nodues." refers no one: referral na',
    lines: [...ASKED, [70, 'l', `${ANSWER} Kindly get the HOD signature on the no-dues form, then upload it at chennailibraries.in/nodues. It is clear?`], ...BYE],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for Y3's five-and-five mobile: a card number
    name: 'near miss: a promise and only "my card number is 21004 56789", Follow-up by me: no contact known, code and contact fail',
    lines: [...ASKED, [70, 'l', 'The old card is not showing in the system. I will check with the membership section and revert back to you by tomorrow evening.'], [100, 'p', 'ok. my card number is 21004 56789'], [106, 'l', 'Noted. Thank you madam, bye.']],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'Practice: "test chat, pls ignore": every check na',
    lines: [[0, 'p', 'test chat, pls ignore'], [20, 'l', 'ok noted, testing from Ask Chennai Libraries']],
    over: { resolutionCode: 'Practice' },
    exp: some({ pickup: 'na', greeting: 'na', courteous: 'na', code: 'na', dismissal: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-third round (Y3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-third round (Y3): international English, every check', whole);
describeSessions('twenty-third round (Y3): international English, short cases', short);

describeLeft('twenty-third-round-international', LEFT);
