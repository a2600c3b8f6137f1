/**
 * Twenty-third round, area (Y2): WHOLE AND SHORT SESSIONS FROM SERVICES IN AUSTRALIAN, NEW ZEALAND AND CANADIAN ENGLISH.
 * An AskNow-style Australian service run by the state libraries, a council library's chat, a TAFE library; New Zealand's
 * AnyQuestions for school students and a city library's Ask Us; a Canadian provincial academic cooperative, Ontario and
 * western public libraries. Their idiom ("no worries", "heaps", "reckon", "arvo", "sweet as", "cheers", "eh", "give us a
 * sec", "have a squiz", "flick you an email", "give them a bell", "ta"), te reo Māori greetings and farewells, their phone
 * numbers (1300 / 1800 / 13 numbers, "(03) 9348 5600", "+61 3 8664 7000", "0800 …", "09 …", "1-800-…", "… ext. 221"),
 * .gov.au, .govt.nz, .gc.ca and .ca domains, school homework, archives, land titles, tenancy, health lines.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "Kia ora", "Mōrena" and "G'day" greet; "AskNow librarian here" identifies who is answering by the role and the service;
 * - "give us a sec", "just a tick", "hang on while I have a squiz" ask the patron to wait (holds); "No worries, take your
 *   time!" tells the patron to take their time (no hold), but "take your time, I'll keep looking in the meantime" also
 *   announces the provider is looking (a hold);
 * - "you still there mate?", "Still with me?" ask whether the patron is still there; "Looks like you've dropped out, so
 *   I'll end the chat here" tells it and does not ask; "Closing the chat now" says the chat will end but not that the
 *   patron seems disconnected;
 * - "have a good one", "catch ya", "Cheers" (said by the provider at the end), "Ka kite anō", "haere rā" say goodbye or
 *   thank; "No worries :)" alone is "you're welcome", none of thanks, goodbye or an invitation back;
 * - "that's all I needed thx heaps", "no more questions", "that's me sorted" (the patron has what they came for) say the
 *   patron is done; "sweet as, cheers" and "yes thank you, calling now" do not;
 * - "ring / give … a bell / a call on <number>", "flick an email to <team> at <address>", "have a chat with the council's
 *   heritage officer" tell the patron to contact a party (referrals); an Australian 13 / 1300 / 1800 number, a number with
 *   its area code in brackets, "+61 …", an "0800" number, "… ext. 221" and the bare emergency number "911" are phone
 *   contacts; a web page of an agency for the patron to use (Fair Trading's bond page, BDM's order page) is a source;
 * - "I'll flick you an email tonight / by Thursday arvo", "I'll give you a ring / a bell tomorrow morning / arvo" promise a
 *   follow-up with a when; "once I hear back from the archivist" and "someone there will get in touch" give no when; the
 *   provider asking their own heritage team on the patron's behalf is no referral;
 * - a question about the patron's state, province, school level, course, whether it is uni or TAFE, or whether they are
 *   the one on the tenancy agreement is a clarifying question (it shapes the answer).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, DAY, describeSessions, FU_LIB, FU_ME, type Key, type Line, other, type SessionCase, some, type St, usual, who, sys, T0 } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const HOUR = 3600;
const RUTH = who('Ruth Beaulieu', 'ruth');

export const whole: SessionCase[] = [
  // ---- Australia: AskNow and the state libraries ------------------------------------------------------------------------
  {
    // reading: "give us a sec while I have a squiz" is a hold (113 s to the answer); "No worries at all, have a good one!"
    // says goodbye; "thats all i needed thx heaps" says the patron is done
    name: 'AskNow, a grandson after a WWI digger\'s service record: the service number asked, "give us a sec while I have a squiz", RecordSearch with the steps, "Does that get you what you were after?", "thats all i needed thx heaps"',
    lines: [
      [0, 'p', "hi there, how do i find out if my great grandad's war records are online? he was in the AIF in ww1"],
      [41, 'l', "G'day and welcome to AskNow! I'm Bronwyn, one of the librarians at the State Library of Queensland."],
      [47, 'l', 'Do you know his service number, or roughly when and where he enlisted?'],
      [95, 'p', 'nah only his name, Herbert Collis'],
      [99, 'p', 'he was from toowoomba i think'],
      [102, 'l', 'Righto, give us a sec while I have a squiz in RecordSearch.'],
      [215, 'l', "Found him. His service record is digitised by the National Archives of Australia: go to recordsearch.naa.gov.au, choose Name Search and type Collis Herbert. It's in series B2455 and you can view all 43 pages for free. Does that get you what you were after?"],
      [262, 'p', 'legend!! thats exactly it. thats all i needed thx heaps'],
      [270, 'l', 'No worries at all, have a good one!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Is the HLRV site what you were after for now?" asks about what was given; "flick you an email by Thursday
    // arvo" is a promise with a when
    name: 'AskNow, who owned a Harris Park house in the 1920s: lot and DP asked, a hold, NSW Land Registry Services\' HLRV, "I\'ll … flick you an email by Thursday arvo", address read back, Follow-up by me',
    lines: [
      [0, 'p', "Hi, I'm trying to find out who owned our house in Harris Park back in the 1920s. Where would I even look?"],
      [30, 'l', "Hi, thanks for contacting AskNow! I'm Sandeep from the State Library of NSW."],
      [36, 'l', 'Do you have the lot and DP number from your rates notice or the title?'],
      [90, 'p', 'Lot 4 DP 1234 i think. address is 12 Weston St'],
      [98, 'l', 'Thanks, hang on while I have a look at the historical land records.'],
      [190, 'l', "Old titles are on NSW Land Registry Services' Historical Land Records Viewer (hlrv.nswlrs.com.au), where you can search the lot and DP for free. The 1920s owners are usually on the Certificates of Title there, but they can be tricky to read, so I'll trace the chain of owners myself and flick you an email by Thursday arvo with what I find. What's the best email for you?"],
      [240, 'p', 'its mgreen77@bigpond.com'],
      [246, 'l', "Thanks, I've got mgreen77@bigpond.com. Is the HLRV site what you were after for now?"],
      [280, 'p', 'yep got it, thats all for now cheers'],
      [286, 'l', 'Cheers, talk soon!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    // reading: "give Centrelink a bell on 132 717" refers to Centrelink with a phone contact (an Australian 13 number)
    name: 'AskNow, a carer payment for looking after mum: which payment asked, Services Australia\'s page, "give Centrelink a bell on 132 717", "Does that answer your question?", "Yes that\'s everything"',
    lines: [
      [0, 'p', "Good morning. My mum has dementia and I'm looking after her full time now. Is there any money I can get from Centrelink"],
      [52, 'l', "Good morning, you're chatting with Lorraine from AskNow, a librarian at the State Library of Western Australia. I'm sorry to hear about your mum."],
      [58, 'l', 'Are you asking about an ongoing payment for yourself as her carer, or help with the costs of her care?'],
      [110, 'p', 'for me, i had to give up work'],
      [170, 'l', "That sounds like Carer Payment, and possibly Carer Allowance as well. Services Australia explains who can get them and how to claim: servicesaustralia.gov.au/carer-payment. The claim needs a form filled in by mum's doctor, so if you want to talk it through, give Centrelink a bell on 132 717 (their disability, sickness and carers line). Does that answer your question?"],
      [230, 'p', "Yes that's everything, thank you so much"],
      [236, 'l', 'You are very welcome. Take care of yourself too, bye for now.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Just a tick." is a hold; "have a chat with the council's heritage officer" refers the patron with no way to
    // reach the officer: referral fails; "no more questions thanks" says the patron is done
    name: 'AskNow, is our Annandale house heritage listed: the address asked, "Just a tick.", the State Heritage Inventory URL, "have a chat with the council\'s heritage officer" with no contact: referral fails',
    lines: [
      [0, 'p', 'Hi, we think our house in Annandale might be heritage listed. How can I check?'],
      [38, 'l', "Hello and welcome to AskNow, you're chatting with Priya, a librarian at the State Library of NSW."],
      [44, 'l', 'Do you know the street address? The listings are searched by address.'],
      [80, 'p', '12 Trafalgar St'],
      [88, 'l', 'Just a tick.'],
      [180, 'l', "The NSW State Heritage Inventory lets you search by address: hms.heritage.nsw.gov.au. If the house is only in a local heritage conservation area, you'd want to have a chat with the council's heritage officer, they'd know what it means for renovations. Is that what you were looking for?"],
      [230, 'p', 'yes thats really helpful, no more questions thanks'],
      [236, 'l', 'My pleasure, have a lovely afternoon. Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the provider ends the chat on "one question per chat": a limit of questions, critical fail (whatever follows)
    name: 'a council library\'s chat, the JP sessions: the branch asked, the page, then "we can only take one question per chat, so that\'s your limit for today": dismissal fails',
    lines: [
      [0, 'p', 'hi can u tell me when the next JP session is at the library'],
      [35, 'l', "Hi! Thanks for chatting with Wollongong City Libraries, I'm Tash."],
      [40, 'l', 'Which branch is closest to you?'],
      [70, 'p', 'thirroul'],
      [110, 'l', 'Thirroul Library has a JP on Saturdays from 10 to 12, no booking needed. The times for every branch are at wollongong.nsw.gov.au/library. Does that help?'],
      [140, 'p', 'yep thanks. also how do i get my kids a library card'],
      [143, 'p', 'and can u renew my books and whats the wifi password'],
      [150, 'l', "Sorry, we can only take one question per chat, so that's your limit for today."],
      [156, 'l', 'Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // pickup at 63 s fails; "Hey! What can I help with today?" and "Which TAFE campus…?" name no one: greeting fails.
    // reading: "yep im in!! thats me sorted, ta" says the patron is done
    // failed before v24: "Are you logging in with your student number or your email?" read as asking how to reach the
    // patron, no clarifying question (Y2 `loginWithY2`)
    name: 'a TAFE library\'s chat picked up at 63 s with no name or service in the first two messages, the login fixed, "Did that get you in?", "thats me sorted, ta": pickup and greeting fail',
    lines: [
      [0, 'p', 'hey how do i log into the library databases from home, it keeps asking for a password'],
      [63, 'l', 'Hey! What can I help with today?'],
      [66, 'l', 'Oh sorry, I see your question. Are you logging in with your student number or your email?'],
      [100, 'p', 'my email'],
      [106, 'l', "That'll be it. On the TAFE Queensland library page (tafeqld.edu.au/library) click Databases and log in with your student number and your student portal password. Did that get you in?"],
      [160, 'p', 'yep im in!! thats me sorted, ta'],
      [166, 'l', 'Awesome, happy studying, bye!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    // the patron goes quiet after the answer: 190 s to the goodbye, no check-in, no "seems disconnected": both fail
    name: 'AskNow, a Victorian birth certificate for a passport: which certificate asked, bdm.vic.gov.au with the steps, the patron silent, "Closing the chat now. Thanks for using AskNow!" at 190 s: idle and disconnect fail',
    lines: [
      [0, 'p', 'how do i get a copy of my birth certificate, born in melbourne 1985'],
      [44, 'l', "Hi, welcome to AskNow. I'm Chris, a librarian at State Library Victoria."],
      [50, 'l', "Is it for yourself, and do you need the full certificate (passports usually want that one)?"],
      [90, 'p', 'for me, full one for passport'],
      [100, 'l', "You can order it online at bdm.vic.gov.au (Apply for a certificate > Birth certificate). You'll need ID, and it's about $37 plus postage. Does that answer your question?"],
      [290, 'l', 'Closing the chat now. Thanks for using AskNow!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // recorded 30 h after the end: on time
    // failed before v24: "Is the Passengers in History entry helpful…?" read as no completeness question (Y2 completeness)
    name: 'AskNow, a Cornish miner\'s ship to Port Adelaide in 1849: name asked, a hold, Passengers in History, the provider will check the assisted immigrant register and e-mail "by tomorrow afternoon", address noted, follow-up done at 30 h',
    lines: [
      [0, 'p', "I'm researching my gg grandfather who arrived at Port Adelaide in 1849. How do I find the ship he came on?"],
      [35, 'l', "Hello, thanks for contacting AskNow! I'm Wendy, a family history librarian at the State Library of South Australia."],
      [41, 'l', 'What was his name, and do you know if he came out as an assisted immigrant?'],
      [100, 'p', 'William Treloar, from Cornwall. assisted I think yes'],
      [108, 'l', 'Let me check the passenger lists, one moment.'],
      [200, 'l', "The Passengers in History database (passengers.history.sa.gov.au) lists a William Treloar, miner, arriving on the Java in 1849. I want to check the assisted immigrant register before I say for sure it's him, so I'll email you what I find by tomorrow afternoon. What's your email address?"],
      [240, 'p', 'jtreloar@outlook.com.au'],
      [246, 'l', "Thanks, I've noted jtreloar@outlook.com.au. Is the Passengers in History entry helpful to start with?"],
      [290, 'p', "very, that's all for now"],
      [296, 'l', 'Wonderful, talk soon. Thanks for chatting!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(301 + 30 * HOUR), by: 'jo' }] },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "I'll also flick you an email tonight with …" is a promise; the code Answered is no follow-up code: code
    // fails; the address is read back and "tonight" says when: contact passes
    // failed before v24: "…the kind of thing you need?" read as no completeness question (Y2 completeness)
    name: 'AskNow, a year 9 reef bleaching assignment: recent or history asked, "hang on while I find some good ones", AIMS and GBRMPA, "I\'ll also flick you an email tonight", coded Answered: code fails',
    lines: [
      [0, 'p', 'hey can u help me find stuff on the great barrier reef bleaching for my yr 9 science assignment'],
      [30, 'l', "Hey! Thanks for contacting AskNow, I'm Jess from the State Library of Queensland."],
      [35, 'l', 'Do you need recent stuff, like the last few summers, or the history of bleaching events too?'],
      [70, 'p', 'recent. like 2024'],
      [76, 'l', 'Righto, hang on while I find some good ones.'],
      [170, 'l', "The Australian Institute of Marine Science reports on every summer's bleaching: aims.gov.au/reef-monitoring. The Great Barrier Reef Marine Park Authority's Reef Snapshot is at gbrmpa.gov.au. I'll also flick you an email tonight with a couple of news articles from Trove. What's your email?"],
      [205, 'p', 'liam.k09@eq.edu.au'],
      [211, 'l', 'Ta, liam.k09@eq.edu.au. Are the AIMS and GBRMPA pages the kind of thing you need?'],
      [240, 'p', 'ye thats perfect thx'],
      [246, 'l', 'No worries! Anything else?'],
      [270, 'p', 'nah all good'],
      [276, 'l', 'Good luck with the assignment, see ya!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- New Zealand: AnyQuestions and the city libraries -----------------------------------------------------------------
  {
    // reading: "Just a tick while I find some good ones" is a hold; "Ka pai, haere rā!" says goodbye (the one before it
    // asks "Anything else", no thanks)
    // failed before v24: "haere rā" read as no goodbye (Y2 farewell)
    name: 'AnyQuestions, a year 9 student on the two texts of the Treaty of Waitangi: the focus asked, "Just a tick", Te Ara and NZHistory URLs, "Are those the kind of sources you need?", anything else asked, "Ka pai, haere rā!"',
    lines: [
      [0, 'p', 'hi i need reliable sources for my yr 9 social studies assignment on the treaty of waitangi'],
      [22, 'l', "Kia ora! I'm Aroha, a librarian with AnyQuestions. Sweet as, we can definitely help with that."],
      [27, 'l', 'Is there a part you are focusing on, like the signing in 1840 or the differences between the te reo and English texts?'],
      [70, 'p', 'the differences between the two versions'],
      [78, 'l', 'Ka pai. Just a tick while I find some good ones.'],
      [160, 'l', "Te Ara, the Encyclopedia of New Zealand, has a page on exactly that: teara.govt.nz/en/treaty-of-waitangi. NZHistory compares the two texts line by line at nzhistory.govt.nz/politics/treaty/read-the-treaty. Both are written by historians, so they're good for your referencing. Are those the kind of sources you need?"],
      [205, 'p', 'yep they look good'],
      [212, 'l', 'Awesome. Anything else I can help you with for the assignment?'],
      [240, 'p', 'nah thats all, thanks!!'],
      [246, 'l', 'Ka pai, haere rā!'],
    ],
    exp: usual(),
  },
  {
    // the student leaves after the answer: "Hey, are you still there?" at 130 s, "Looks like you've gone offline, so I'll
    // close this chat now…" at 190 s: both pass; no "anything else" asked
    name: 'AnyQuestions, the 1931 Napier earthquake for a year 10 project: the kind of article asked, Papers Past with dates, the student goes quiet, check-in at 130 s and "Looks like you\'ve gone offline, so I\'ll close this chat now" at 190 s',
    lines: [
      [0, 'p', 'kia ora, looking for old newspaper articles about the 1931 napier earthquake for my year 10 history project'],
      [35, 'l', "Kia ora, welcome to AnyQuestions! My name is Tama and I'm a librarian in Ōtautahi Christchurch."],
      [41, 'l', 'What kind of articles do you need, eyewitness accounts or reports about the rebuild afterwards?'],
      [80, 'p', 'eyewitness ones'],
      [150, 'l', 'Papers Past has the newspapers from February 1931: paperspast.natlib.govt.nz, search "earthquake Napier" and set the dates to 3-20 February 1931. The Hawke\'s Bay Tribune and the Evening Post have first-hand accounts. Is that the sort of thing you need?'],
      [280, 'l', 'Hey, are you still there?'],
      [340, 'l', "Looks like you've gone offline, so I'll close this chat now. Feel free to come back to AnyQuestions anytime, ka kite!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "sweet as, cheers" does not say the patron is done: anything fails
    name: 'AnyQuestions, APA for a web page with no author for an NCEA English report: author and date asked, the Citing sources page, "Is that what you needed?", "sweet as, cheers": anything fails',
    lines: [
      [0, 'p', 'how do i reference a website in APA for my NCEA english report'],
      [30, 'l', "Hi there, you're chatting with Sophie, a school librarian helping out at AnyQuestions."],
      [35, 'l', "Does the web page have an author's name and a date on it?"],
      [70, 'p', 'no author but it has a date'],
      [140, 'l', 'When there is no person as author, the organisation goes in the author spot: Manatū Taonga Ministry for Culture and Heritage. (2023, May 5). Title of the page. NZHistory. https://nzhistory.govt.nz/page-address. The Citing sources page on AnyQuestions has more examples: anyquestions.co.nz/citing-sources. Is that what you needed?'],
      [185, 'p', 'sweet as, cheers'],
      [190, 'l', 'No worries, good luck with the report, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // the patron sent only the question: Lost Call passes; 190 s from the greeting to the goodbye-notice
    // failed before v24: "I'm Mere." read as a pronoun, so the greeting counted as an answer and every information check
    // applied (Y2 `pronounMeY2`)
    name: 'Auckland Libraries, a rates question and the patron gone: greeting at 45 s, "Are you still there?" at 170 s, "It seems you\'ve disconnected, so I\'ll end this chat…" at 235 s, coded Lost Call',
    lines: [
      [0, 'p', 'whats the phone number for the council rates team'],
      [45, 'l', "Kia ora, thanks for contacting Auckland Libraries' Ask Us chat. I'm Mere."],
      [170, 'l', 'Are you still there?'],
      [235, 'l', "It seems you've disconnected, so I'll end this chat. Please feel free to contact us again."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "give you a ring tomorrow morning" is a promise with a when; the patron's phone given and read back; the
    // provider asking the heritage team on the patron's behalf is no referral
    name: 'Auckland Libraries, a great-grandmother\'s plot at Waikumete: name and date asked, "Bear with me", the council\'s cemetery search, "I\'ll … give you a ring tomorrow morning", phone read back, Follow-up by me',
    lines: [
      [0, 'p', 'Hello. I am trying to find where my great grandmother is buried in Waikumete Cemetery, around 1918. Can the library help?'],
      [50, 'l', 'Kia ora, and thanks for contacting Auckland Libraries. This is Rangi from the Research Centre.'],
      [56, 'l', "Do you know her full name and roughly when she died? The flu epidemic in late 1918 filled a lot of Waikumete's plots."],
      [120, 'p', 'Ellen Mary Dobbs. Died November 1918 I think.'],
      [126, 'p', 'I am 81 and not very good on the computer'],
      [132, 'l', "That's no trouble at all. Bear with me while I search the cemetery records."],
      [232, 'l', "Auckland Council's cemetery search (aucklandcouncil.govt.nz/cemeteries) lists an Ellen Mary Dobbs buried 14 November 1918, Anglican Division A, Row 3. There's no photo of the headstone online, so I'll ask our heritage team whether they hold one and give you a ring tomorrow morning. What's the best number to reach you on?"],
      [270, 'p', '021 555 0143. thank you dear'],
      [276, 'l', "Lovely, I'll ring you on 021 555 0143 tomorrow morning. Is the plot location helpful in the meantime?"],
      [310, 'p', "yes very. that's all i needed"],
      [316, 'l', 'Ka pai. Thanks for getting in touch, talk tomorrow!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    // 4 sessions open at once for the provider: concurrency fails. reading: "Cheers, enjoy the chooks!" thanks (the answer
    // before it does not)
    name: 'Christchurch City Libraries, backyard chickens, the provider with three other chats open: the kind of book asked, a title and the catalogue URL, "perfect ta, thats all", "Cheers, enjoy the chooks!": concurrency fails',
    lines: [
      [0, 'p', 'kia ora do you have any books on raising chickens'],
      [30, 'l', "Kia ora! You're chatting with Kiri at Christchurch City Libraries."],
      [35, 'l', 'Are you after a general how-to, or something about a particular breed?'],
      [65, 'p', 'how to for beginners, backyard'],
      [120, 'l', "Try Keeping Chickens by Jeremy Hobson, or search 'poultry' in our catalogue at christchurchcitylibraries.com. Does that help?"],
      [160, 'p', 'perfect ta, thats all'],
      [166, 'l', 'Cheers, enjoy the chooks!'],
    ],
    ctx: { otherIntervals: [other('c1', 'jo', -600, 400), other('c2', 'jo', -100, 300), other('c3', 'jo', 10, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  // ---- Canada: provincial cooperatives, Ontario and western public libraries ----------------------------------------------
  {
    name: 'AskAway, 2021 census languages spoken at home in Winnipeg for a sociology paper: table or summary asked, "one sec", the Census Profile URL, "Does that work for what you need?", anything else asked, "no that\'s it thanks eh"',
    lines: [
      [0, 'p', 'hey, where can i find 2021 census data on languages spoken at home for Winnipeg? for my soci 2100 paper'],
      [38, 'l', "Hi there! Thanks for reaching out to AskAway. My name's Connor and I'm a librarian at Douglas College."],
      [44, 'l', 'Do you need the raw numbers in a table, or would a summary with charts do?'],
      [80, 'p', 'table pls, i want to make my own graph'],
      [88, 'l', 'Okay, one sec while I pull it up.'],
      [150, 'l', "Statistics Canada's Census Profile has it: www12.statcan.gc.ca/census-recensement/2021/dp-pd/prof/index.cfm. Search Winnipeg (CMA), pick Language from the list of topics, and you can download the table as a CSV. Does that work for what you need?"],
      [200, 'p', 'ya perfect'],
      [206, 'l', 'Great! Anything else I can help you with tonight?'],
      [240, 'p', "no that's it thanks eh"],
      [246, 'l', "You're welcome, good luck with the paper!"],
    ],
    exp: usual(),
  },
  {
    // reading: "you can call the branch at 416-393-7746" refers to the branch with its number
    name: 'Toronto Public Library, an accessible washroom at the Lillian H. Smith branch on Sunday: which Sunday asked, a hold, the branch page, "call the branch at 416-393-7746", "thats everything"',
    lines: [
      [0, 'p', 'hi is there an accessible washroom at the lillian h smith branch, and is it open sundays'],
      [15, 'l', "Hello, welcome to Toronto Public Library's Ask Us chat! You're chatting with Mei."],
      [20, 'l', 'Are you planning to come this coming Sunday?'],
      [50, 'p', 'yes this sunday, coming with my mom, she uses a wheelchair'],
      [60, 'l', 'Let me check the branch page for you, one moment.'],
      [140, 'l', "Lillian H. Smith is open Sundays 1:30 to 5 from September to June, and the branch page lists an accessible washroom on the main floor and an elevator: torontopubliclibrary.ca/lillianhsmith. If you'd like to make sure the elevator is working that day, you can call the branch at 416-393-7746. Is that what you needed to know?"],
      [190, 'p', 'thats everything, thank you so much'],
      [196, 'l', "You're very welcome! Enjoy your visit, bye for now."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // no question before the first source: clarify fails; "call Service Canada at 1-800-206-7218" refers with a number
    name: 'Hamilton Public Library, EI after a layoff: the provider goes straight to canada.ca and "call Service Canada at 1-800-206-7218", "Does that help?", "ok thx", anything else asked: clarify fails, referral passes',
    lines: [
      [0, 'p', 'how do i apply for EI, i got laid off last week'],
      [50, 'l', "Hi, I'm Danielle, a librarian with Hamilton Public Library's chat service."],
      [58, 'l', "You apply online through Service Canada: canada.ca/en/services/benefits/ei/ei-regular-benefit/apply.html. Have your record of employment and your SIN ready. If you get stuck, call Service Canada at 1-800-206-7218. Does that help?"],
      [100, 'p', 'ok thx'],
      [106, 'l', 'Is there anything else I can help you with?'],
      [140, 'p', 'no'],
      [146, 'l', 'Take care, and good luck!'],
    ],
    exp: usual({ clarify: 'fail', referral: 'pass' }),
  },
  {
    // the transfer announced to the patron ("I'm going to transfer you… One moment") and explained to Ruth in an internal
    // message: transfer passes; the announcement is a hold (42 s to Ruth's first message)
    name: 'Markham Public Library, 1950s photos of a farm on 16th Ave: the location asked, a transfer to the local history librarian announced and explained, Markham Museum collections URL, "Are those the kind of photos…?", "thats all i needed"',
    lines: [
      [0, 'p', "Hi there, I'm looking for photos of my grandparents' farm in Markham from the 1950s"],
      [20, 'l', "Hi! Thanks for contacting Ask Us at Markham Public Library. I'm Jenna."],
      [26, 'l', 'Do you know the concession and lot, or the road the farm was on?'],
      [70, 'p', 'it was on 16th ave near kennedy rd'],
      [78, 'l', "Thanks! Our local history librarian knows the photo collections best, so I'm going to transfer you to her now. One moment."],
      [82, 'i', 'Hi Ruth, can you take a local history one? Patron wants 1950s photos of a family farm on 16th Ave near Kennedy, and you know those collections best.'],
      [86, 's', 'Chat transferred to Ruth Beaulieu', sys('transfer', 'ruth')],
      [120, 'l', 'Hello, Ruth here, the local history librarian. The Markham Museum has farm photos from the 1950s searchable at markhammuseum.ca/collections, and our own digital archive has 1954 aerial photos of the concessions at markhampubliclibrary.ca/local-history. Are those the kind of photos you were hoping for?', RUTH],
      [170, 'p', 'yes amazing! thats all i needed'],
      [176, 'l', 'Wonderful, thanks for chatting with us!', RUTH],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "Are you in Ontario?" asks the patron's residence (shapes the answer); "call 911" comes with the number
    // itself, Health811 with its number and page: referral passes; "yes thank you, calling now" does not say the patron is
    // done: anything fails; "Take care" is a goodbye
    name: 'Ask Ontario late at night, a son with a fever: the province asked, "call Health811 … dial 811 (TTY 1-866-797-0007)", ontario.ca page, "call 911" in an emergency, "Does that help?", "yes thank you, calling now"',
    lines: [
      [0, 'p', 'my son has a fever of 39 and its 11pm, is there someone i can talk to'],
      [28, 'l', "Hello, this is Grace, a librarian with Ask Ontario. I'm sorry your son is unwell. Are you in Ontario?"],
      [45, 'p', 'yes, ottawa'],
      [60, 'l', "You can call Health811 any time, day or night: dial 811 (TTY 1-866-797-0007) to talk to a registered nurse. The service is also online at ontario.ca/page/health811. If he has trouble breathing or you think it's an emergency, call 911. Does that help?"],
      [80, 'p', 'yes thank you, calling now'],
      [86, 'l', 'Take care, I hope he feels better soon.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // "There are quite a few people waiting … but please start a new chat anytime": allowed, dismissal passes; anything
    // else never asked and the patron never says they are done: fails
    name: 'Brampton Library, Tagalog for the car: print or audio asked, a hold, Pimsleur and Mango Languages, "Would those suit you?", three more questions, "quite a few people waiting… start a new chat anytime": dismissal passes',
    lines: [
      [0, 'p', 'Hello, do you have books on learning Tagalog? for adults'],
      [25, 'l', 'Hello, you\'re chatting with Ben at Brampton Library. Are you looking for print books, or would audio and online courses work too?'],
      [55, 'p', 'anything really but i like audio for the car'],
      [62, 'l', 'One moment while I search.'],
      [150, 'l', 'We have Pimsleur Tagalog on CD (search "Pimsleur Tagalog" in the catalogue at bramptonlibrary.ca), and Mango Languages, free with your card, has a Tagalog course with an app you can use in the car. Would those suit you?'],
      [190, 'p', 'yes!! and also do you have anything for my daughter shes 7, and my husband wants books about fishing in ontario'],
      [196, 'p', 'also where do I pay a fine'],
      [205, 'l', "There are quite a few people waiting in the queue right now, so I need to wrap up here, but please start a new chat anytime for the rest of your questions and we'll be happy to help."],
      [230, 'p', 'ok'],
      [236, 'l', 'Thanks for chatting with Brampton Library, take care!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "someone there will follow up with you about rush delivery" promises with no when: contact fails
    // failed before v24: "request it … with the Get It From Another Library button" read as a referral (Y2 referralVerb)
    name: 'Ask a Librarian for Ontario universities, a Nipissing student needing a book held elsewhere: title asked, Omni checked, the request steps, "someone there will follow up with you", e-mail read back, Follow-up by patron\'s library: contact fails',
    lines: [
      [0, 'p', 'hi im a nipissing student and I need a book thats only at another uni, how do i get it'],
      [40, 'l', "Hi! This is Hannah with Ask a Librarian, the Ontario universities' chat. I'm at Queen's, not Nipissing, but I can help."],
      [46, 'l', "What's the title you need?"],
      [75, 'p', 'Indigenous Writes by Chelsea Vowel'],
      [82, 'l', 'Checking Omni for it now.'],
      [160, 'l', "Omni shows Nipissing's copy is checked out, but six other Ontario universities have it. You can request it yourself with the Get It From Another Library button in Omni (nipissingu.ca/library). I'll also let the Nipissing library staff know, and someone there will follow up with you about rush delivery. What email should they use?"],
      [200, 'p', 'jtremblay@community.nipissingu.ca'],
      [206, 'l', "Thanks, that's jtremblay@community.nipissingu.ca. Does the Omni route work for you?"],
      [240, 'p', 'yeah thanks thats all'],
      [246, 'l', "You're welcome, have a great night!"],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // the patron leaves after the answer: 145 s from the answer to the goodbye, with "Still with me?" at 125 s: idle
    // passes, disconnect na (under 180)
    name: 'Edmonton Public Library, tonight\'s hours downtown: which branch asked, the hours and epl.ca, "Did that answer your question?", "Still with me?" at 125 s, "No worries, I\'ll let you go. Have a good one!" at 145 s',
    lines: [
      [0, 'p', 'when does the edmonton public library downtown branch close tonight'],
      [20, 'l', "Hi there! You're chatting with Aiden at Edmonton Public Library."],
      [26, 'l', 'Do you mean the Stanley A. Milner Library on Churchill Square?'],
      [50, 'p', 'ya that one'],
      [60, 'l', 'Milner is open until 9 pm tonight. Hours for every branch are at epl.ca/locations. Did that answer your question?'],
      [185, 'l', 'Still with me?'],
      [205, 'l', "No worries, I'll let you go. Have a good one!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    // "Just a sec, checking our databases." then 125 s to the next provider message: keep_informed fails
    name: 'Saskatoon Public Library, a grade 11 essay on residential schools: books or online asked, "Just a sec, checking our databases." then 125 s, the NCTR and Canadian Points of View: keep_informed fails',
    lines: [
      [0, 'p', 'hi i need 3 reliable sources on residential schools for my grade 11 history essay'],
      [32, 'l', 'Hi! Thanks for using Ask Us at Saskatoon Public Library. My name is Harper.'],
      [38, 'l', 'Do you need books, or are online articles okay?'],
      [70, 'p', 'online is best'],
      [78, 'l', 'Just a sec, checking our databases.'],
      [203, 'l', "Sorry for the wait! The National Centre for Truth and Reconciliation has survivors' statements and reports at nctr.ca/records. For articles, our Canadian Points of View database (saskatoonlibrary.ca/eresources) has reliable essays on residential schools. Are those what you need?"],
      [240, 'p', 'yes thank you thats all'],
      [246, 'l', "You're welcome, good luck with the essay!"],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // pickup at exactly 60 s passes; "call the Passport Program at 1-800-567-6868" refers with a number
    name: 'Ottawa Public Library picked up at 60 s, renewing a passport before a trip: the passport\'s age asked, the canada.ca page, "call the Passport Program at 1-800-567-6868", "that\'s all I needed. merci!"',
    lines: [
      [0, 'p', 'Hi, how long does it take to renew a passport right now? I travel in 6 weeks'],
      [60, 'l', "Hi/Bonjour! This is Marc at Ottawa Public Library's InfoService."],
      [66, 'l', 'Are you renewing an adult passport that was issued in the last 15 years?'],
      [100, 'p', 'yes, 2016'],
      [108, 'l', "The simplified renewal form and the current processing times are on the Government of Canada's passport page: canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html. By mail it's about 20 business days right now. Since you travel in 6 weeks, you could also call the Passport Program at 1-800-567-6868 to ask about urgent service. Does that help?"],
      [150, 'p', "yes, that's all I needed. merci!"],
      [156, 'l', 'Bon voyage, and thanks for contacting the library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the session is a practice run: every check na
    name: 'a practice chat between two Ontario staff learning the software, coded Practice: every check na',
    lines: [
      [0, 'p', 'testing testing, can you see this eh?'],
      [12, 'l', "Hi! This is Jenna at Markham Public Library. Yep, it's coming through."],
      [30, 'p', 'great, ending it now'],
      [35, 'l', 'Bye!'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
];

/** A question and a greeting that identifies and clarifies, shared by the short cases (Australia, a school assignment). */
const Q: Line = [0, 'p', 'hi, doing a yr 11 assignment on the eureka stockade, need some reliable sources pls'];
const HELLO: Line = [28, 'l', "G'day! I'm Kylie, a librarian with AskNow. Is it for modern history or for English?"];
const ASKED: Line[] = [Q, HELLO, [58, 'p', 'modern history, due fri']];
const ANSWER = 'Trove has the 1854 Ballarat newspapers: trove.nla.gov.au, search "Eureka Stockade" and tick Newspapers.';
/** Renting in New South Wales (referrals). */
const ASKED2: Line[] = [
  [0, 'p', 'hi my landlord wont give my bond back and i moved out 3 weeks ago. what can i do'],
  [30, 'l', "Hi there, you're chatting with Lachlan from AskNow at the State Library of NSW. Which state are you renting in?"],
  [62, 'p', 'nsw, newcastle'],
];
const ANSWER2 = 'Fair Trading NSW explains how to claim your bond back at fairtrading.nsw.gov.au.';
/** Renting in Auckland (referrals). */
const ASKED3: Line[] = [
  [0, 'p', 'kia ora, my flatmate moved out and the landlord says i have to pay all the rent now, is that right?'],
  [25, 'l', "Kia ora, you're chatting with Mere from Auckland Libraries. Are you both on the tenancy agreement, or just your flatmate?"],
  [60, 'p', 'both of us are on it'],
];
const ANSWER3 = 'Tenancy Services explains what happens when one tenant leaves at tenancy.govt.nz.';
/** An Ontario farm's history (referrals). */
const ASKED4: Line[] = [
  [0, 'p', 'hello, where can i find out who owned our farm in lanark county in the 1800s'],
  [35, 'l', "Hi! Thanks for contacting Ask Us at Perth & District Union Public Library. I'm Tessa. Do you know the lot and concession?"],
  [70, 'p', 'lot 12 concession 4, drummond township'],
];
const ANSWER4 = 'The old abstract books are on OnLand: onland.ca, choose Lanark (27) and search the Historical Books.';
const DONE: Line[] = [[100, 'p', 'yes thats all i needed thanks'], [106, 'l', 'Bye!']];

export const short: SessionCase[] = [
  // ---- holds and the waits they start ---------------------------------------------------------------------------------
  {
    // reading: "Hang on while I have a squiz" asks the patron to wait: its span runs 125 s
    name: '"Hang on while I have a squiz in Trove." then 125 s to the answer: keep_informed fails',
    lines: [...ASKED, [64, 'l', 'Hang on while I have a squiz in Trove.'], [189, 'l', `${ANSWER} Is that the sort of thing you're after?`], [220, 'p', 'yep thats all'], [226, 'l', 'Cheers, bye!']],
    exp: some({ informed: 'fail', complete: 'pass' }),
  },
  {
    // reading: "Just a tick, having a squiz now." is a hold, so the final idle starts at the answer (115 s to the end)
    name: '"Just a tick, having a squiz now." is a hold: the final idle starts at the answer, 115 s to the end, idle and disconnect na',
    lines: [...ASKED, [64, 'l', 'Just a tick, having a squiz now.'], [170, 'l', `${ANSWER} Does that help?`], [280, 'l', 'You still there?']],
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    // RUBRIC.md: telling the patron to take their time is not a hold; the patron's "back" at 150 s starts the wait (39 s)
    name: '"No worries, take your time!" while the patron steps away is no hold: the answer 125 s later breaks nothing, keep_informed passes',
    lines: [Q, HELLO, [58, 'p', 'modern history. brb one sec'], [64, 'l', 'No worries, take your time!'], [150, 'p', 'back, sorry'], [189, 'l', `${ANSWER} Does that help?`], ...DONE.map(([s, w, t]): Line => [s + 100, w, t])],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss of the one above: "I'll keep looking in the meantime" announces the provider is looking, a hold (125 s)
    name: '"No worries, take your time, I\'ll keep looking in the meantime." is a hold: the answer 125 s later fails keep_informed',
    lines: [Q, HELLO, [58, 'p', 'modern history. brb one sec'], [64, 'l', "No worries, take your time, I'll keep looking in the meantime."], [150, 'p', 'back, sorry'], [189, 'l', `${ANSWER} Does that help?`], ...DONE.map(([s, w, t]): Line => [s + 100, w, t])],
    exp: some({ informed: 'fail' }),
  },
  // ---- check-ins, notices and goodbyes ----------------------------------------------------------------------------------
  {
    // reading: "you still there mate?" asks whether the patron is still there; 148 s to the goodbye
    name: '"you still there mate?" at 126 s, then "No worries, I\'ll close this one off. Cheers!" at 148 s: idle passes, disconnect na',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that help?`], [190, 'l', 'you still there mate?'], [212, 'l', "No worries, I'll close this one off. Cheers!"]],
    exp: some({ idle: 'pass', disconnect: 'na', courteous: 'pass' }),
  },
  {
    // RUBRIC.md: a notice that does not ask is not a check-in; it says both "dropped out" and that the chat will end
    name: '"Looks like you\'ve dropped out, so I\'ll end the chat here. Cheers!" at 186 s with no question: idle fails, disconnect passes',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that help?`], [250, 'l', "Looks like you've dropped out, so I'll end the chat here. Cheers!"]],
    exp: some({ idle: 'fail', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // reading: "have a good one" says goodbye
    name: '"No worries, have a good one!" after "thx heaps, thats all i needed": courteous and anything_else pass',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yep thx heaps, thats all i needed'], [106, 'l', 'No worries, have a good one!']],
    exp: some({ courteous: 'pass', anything: 'pass' }),
  },
  {
    // near miss: "No worries :)" alone is "you're welcome": none of thanks, goodbye, invitation back
    name: '"No worries :)" alone after the answer: courteous fails',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yep thx heaps, thats all i needed'], [106, 'l', 'No worries :)']],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    // reading: "Ka kite anō!" is a te reo farewell (see you again)
    name: 'the provider\'s last message "Ka kite anō!" says goodbye: courteous passes',
    lines: [...ASKED3, [70, 'l', `${ANSWER3} Does that answer it?`], [100, 'p', 'yes thanks thats all'], [106, 'l', 'Ka kite anō!']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- the patron says they are done ------------------------------------------------------------------------------------
  {
    name: '"sweet as, cheers" does not say the patron is done: anything_else fails',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that help?`], [100, 'p', 'sweet as, cheers'], [106, 'l', 'No worries, good luck with it, bye!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: '"all good, no more questions thanks" says the patron is done: anything_else passes',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that help?`], [100, 'p', 'all good, no more questions thanks'], [106, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- referrals with Australian, New Zealand and Canadian contacts ----------------------------------------------------
  {
    name: '"ring LawAccess NSW on 1300 888 529": referral passes',
    lines: [...ASKED2, [70, 'l', `${ANSWER2} For free legal advice you can ring LawAccess NSW on 1300 888 529. Does that help?`], ...DONE],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "give … a bell" is call
    name: '"give the Tenants\' Advice and Advocacy Service a bell on 1800 251 101": referral passes',
    lines: [...ASKED2, [70, 'l', `${ANSWER2} If the landlord still won't budge, give the Tenants' Advice and Advocacy Service a bell on 1800 251 101. Does that help?`], ...DONE],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "13 11 14" is a phone contact
    name: '"you can call Lifeline on 13 11 14, any time": referral passes',
    lines: [...ASKED2, [70, 'l', `${ANSWER2} And if all this is getting you down, you can call Lifeline on 13 11 14, any time. Does that help?`], ...DONE],
    exp: some({ referral: 'pass' }),
  },
  {
    // failed before v24: "(03) 9348 5600" read as no phone (Y2 phone)
    name: '"ring the Public Record Office Victoria reading room on (03) 9348 5600": referral passes',
    lines: [...ASKED, [64, 'l', `${ANSWER} To see the original 1854 inquest papers, ring the Public Record Office Victoria reading room on (03) 9348 5600. Does that help?`], ...DONE],
    exp: some({ referral: 'pass' }),
  },
  {
    // Y2 phone: an Auckland landline with no brackets, after "on"
    name: '"ring Community Law Auckland on 09 377 0209": referral passes',
    lines: [...ASKED3, [70, 'l', `${ANSWER3} For free legal help with the agreement, ring Community Law Auckland on 09 377 0209. Does that answer it?`], ...DONE],
    exp: some({ referral: 'pass' }),
  },
  {
    // Y2 phone: a Melbourne number as written for callers from abroad
    name: '"ring State Library Victoria on +61 3 8664 7000": referral passes',
    lines: [...ASKED, [64, 'l', `${ANSWER} The original Eureka flag is at the Art Gallery of Ballarat, and for the 1854 trial papers you can ring State Library Victoria on +61 3 8664 7000. Does that help?`], ...DONE],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"You could also give Citizens Advice Bureau a call on 0800 367 222, they\'re free.": referral passes',
    lines: [...ASKED3, [70, 'l', `${ANSWER3} You could also give Citizens Advice Bureau a call on 0800 367 222, they're free. Does that answer it?`], ...DONE],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"you can reach their volunteer researcher at 613-555-0199 ext. 221": referral passes',
    lines: [...ASKED4, [78, 'l', `${ANSWER4} The Lanark County Genealogical Society can also help: you can reach their volunteer researcher at 613-555-0199 ext. 221. Is that what you needed?`], ...DONE.map(([s, w, t]): Line => [s + 10, w, t])],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "It's worth having a chat with your local Tenants' Advice service" tells the patron to talk to them
    // failed before v24: "having a chat with" was no referral verb, and "Tenants' Advice service" no party (Y2 referralVerb,
    // referralParty)
    name: '"It\'s worth having a chat with your local Tenants\' Advice service first." with no contact: referral fails',
    lines: [...ASKED2, [70, 'l', `${ANSWER2} If the landlord won't budge, it's worth having a chat with your local Tenants' Advice service first. Does that help?`], ...DONE],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // reading: "flick an email to <team> at <address>" tells the patron to write to them
    name: '"flick an email to the PROV reference team at ask.prov@prov.vic.gov.au": referral passes',
    lines: [...ASKED, [64, 'l', `${ANSWER} If you want a copy of the miners' petition, flick an email to the PROV reference team at ask.prov@prov.vic.gov.au. Does that help?`], ...DONE],
    exp: some({ referral: 'pass' }),
  },
  // ---- follow-up promises ----------------------------------------------------------------------------------------------
  {
    name: '"I\'ll … flick you an email by Thursday arvo", e-mail read back, Follow-up by me: contact passes',
    lines: [
      ...ASKED,
      [64, 'l', `${ANSWER} I'll also dig up the Ballarat Times editorial and flick you an email by Thursday arvo. What's your email?`],
      [100, 'p', 'sam.b07@education.vic.gov.au'],
      [106, 'l', 'Ta, sam.b07@education.vic.gov.au. Anything else?'],
      [130, 'p', 'nah thats all'],
      [136, 'l', 'Cheers, bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending', anything: 'pass' }),
  },
  {
    // near miss: "once I hear back from the archivist" gives no when
    name: '"I\'ll flick you an email once I hear back from the archivist", e-mail read back, Follow-up by me: contact fails',
    lines: [
      ...ASKED,
      [64, 'l', `${ANSWER} I've asked the archivist about the editorial too, so I'll flick you an email once I hear back from them. What's your email?`],
      [100, 'p', 'sam.b07@education.vic.gov.au'],
      [106, 'l', 'Ta, sam.b07@education.vic.gov.au. Anything else?'],
      [130, 'p', 'nah thats all'],
      [136, 'l', 'Cheers, bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "give you a bell tomorrow arvo" promises a call back with more: a follow-up session; coded Answered
    // failed before v24: "give you a bell tomorrow arvo" read as no promise (Y2 followupPromise)
    name: '"I\'ll check what NCAT charges and give you a bell tomorrow arvo", number read back, coded Answered: code fails, contact passes',
    lines: [
      ...ASKED2,
      [70, 'l', `${ANSWER2} I'll check what the Tribunal charges for a bond claim and give you a bell tomorrow arvo. What number should I use?`],
      [100, 'p', '0412 555 678'],
      [106, 'l', 'Thanks, 0412 555 678, talk tomorrow. Anything else?'],
      [130, 'p', 'no thats it'],
      [136, 'l', 'Cheers, bye!'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending', referral: 'na' }),
  },
  // ---- greetings -------------------------------------------------------------------------------------------------------
  {
    // reading: "AskNow librarian here" identifies by role and service
    name: '"G\'day! AskNow librarian here, what can I help with?": greeting passes',
    lines: [[0, 'p', 'hi where can i find old photos of bondi beach'], [20, 'l', "G'day! AskNow librarian here, what can I help with?"], [40, 'p', 'old photos of bondi from the 1930s'], [48, 'l', 'Are they for a school project or for personal use?'], [70, 'p', 'personal'], [90, 'l', 'The State Library of NSW catalogue has hundreds: search "Bondi Beach 1930s" at collection.sl.nsw.gov.au. Does that help?'], [120, 'p', 'yes thats all'], [126, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Mōrena" (good morning) greets
    name: '"Mōrena! Nikau here from AnyQuestions." greets and identifies: greeting passes',
    lines: [[0, 'p', 'how do you say happy birthday in te reo'], [20, 'l', 'Mōrena! Nikau here from AnyQuestions.'], [24, 'l', 'Is it for a card or are you saying it out loud?'], [50, 'p', 'a card'], [60, 'l', '"Rā whānau ki a koe" is happy birthday to you. Te Aka Māori Dictionary has it at maoridictionary.co.nz. Does that help?'], [90, 'p', 'yes thanks thats all'], [96, 'l', 'Ka kite!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss: a greeting with no name, role, library or service in the first two provider messages
    name: '"G\'day! What\'s the question?" then "Righto, one sec": no one named, greeting fails',
    lines: [[0, 'p', 'hi where can i find old photos of bondi beach'], [20, 'l', "G'day! What's the question?"], [40, 'p', 'old photos of bondi from the 1930s'], [46, 'l', 'Righto, one sec'], [90, 'l', 'The State Library of NSW catalogue has hundreds: search "Bondi Beach 1930s" at collection.sl.nsw.gov.au. Does that help?'], [120, 'p', 'yes thats all'], [126, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- completeness, clarifying, dismissals ----------------------------------------------------------------------------
  {
    // reading: "Does that sort you out?" asks whether what was given meets the need
    name: '"Does that sort you out?" after the answer: completeness passes',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that sort you out?`], ...DONE],
    exp: some({ complete: 'pass' }),
  },
  {
    // RUBRIC.md: a question about something not yet given does not count
    name: '"Want me to flick you a few more from Trove as well?" offers something not yet given: completeness fails',
    lines: [...ASKED, [64, 'l', `${ANSWER} Want me to flick you a few more from Trove as well?`], [100, 'p', 'nah thats all i needed thanks'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "Is this for uni or TAFE?" asks the patron's situation (decides which login and collection)
    name: '"Is this for uni or TAFE?" before the answer: clarify passes',
    lines: [[0, 'p', 'where can i find australian standards for my building course'], [30, 'l', "Hi, welcome to AskNow! I'm Dev from the State Library of NSW. Is this for uni or TAFE?"], [60, 'p', 'tafe, cert iv building'], [66, 'l', 'Standards Australia documents are in the Standards Online database: log in through your TAFE library page at tafensw.edu.au/library. Does that help?'], [100, 'p', 'yes thats all'], [106, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    // RUBRIC.md: telling the patron their time is up fails
    name: '"Sorry mate, you\'ve used up your time for today, so I\'ll have to leave it there." when asked a second question: dismissal fails',
    lines: [...ASKED, [64, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yeah but can u also help me with my english essay'], [110, 'l', "Sorry mate, you've used up your time for today, so I'll have to leave it there."], [116, 'l', 'Bye.']],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- Y2's fixes, each with its near miss (the near misses must stay as they are) -----------------------------------
  {
    // failed before v24: "Mere" read as "me're", a pronoun (Y2 `pronounMeY2`)
    name: '"Kia ora, I\'m Mere." then a question: the name identifies who is answering, greeting passes',
    lines: [...ASKED3.slice(0, 1), [25, 'l', "Kia ora, I'm Mere."], [30, 'l', 'Are you both on the tenancy agreement, or just your flatmate?'], [60, 'p', 'both of us'], [70, 'l', `${ANSWER3} Does that answer it?`], [100, 'p', 'yes thanks thats all'], [106, 'l', 'Ka kite!']],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    // near miss for `pronounMeY2`: "Were" (we're) is still a pronoun, no name
    name: 'near miss: "Hello! Were here until 8 tonight." then "What do you need?": no one named, greeting fails',
    lines: [...ASKED3.slice(0, 1), [25, 'l', 'Hello! Were here until 8 tonight.'], [30, 'l', 'Are you both on the tenancy agreement, or just your flatmate?'], [60, 'p', 'both of us'], [70, 'l', `${ANSWER3} Does that answer it?`], [100, 'p', 'yes thanks thats all'], [106, 'l', 'Ka kite!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for `loginWithY2`: the only question before the source asks how to reach the patron
    name: 'near miss: "What\'s your email so I can send you the login steps?" is the only question before the source: clarify fails',
    lines: [[0, 'p', 'hey how do i log into the library databases from home'], [30, 'l', "Hi, I'm Mel from the TAFE Queensland Library chat. What's your email so I can send you the login steps?"], [60, 'p', 'mel.s@gmail.com'], [66, 'l', 'Sent! The steps are also on tafeqld.edu.au/library under Databases. Did that get you in?'], [100, 'p', 'yes thats all'], [106, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    // near miss for the completeness widening (alternative 75): four words ending on no resource noun
    name: 'near miss: "Were the staff at the branch helpful when you went in?" asks about the staff, not what was given: completeness fails',
    lines: [...ASKED, [64, 'l', `${ANSWER} Were the staff at the branch helpful when you went in?`], [100, 'p', 'yeah, thats all i needed'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for the completeness widening (alternative 179): the need goes on to an object
    name: 'near miss: "Is a bibliography the kind of thing you need to hand in as well?" asks about the task: completeness fails',
    lines: [...ASKED, [64, 'l', `${ANSWER} Is a bibliography the kind of thing you need to hand in as well?`], [100, 'p', 'yeah, thats all i needed'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for the farewell "haere rā": a song's name
    name: 'near miss: "The waiata Haere Ra is also known as Now is the Hour…" in the answer, then "Is that what you were after?": courteous fails',
    lines: [[0, 'p', 'whats the maori farewell song they sing at the end of things'], [20, 'l', "Kia ora, I'm Nikau from AnyQuestions. Is it for school?"], [45, 'p', 'ya music class'], [60, 'l', 'The waiata Haere Ra is also known as Now is the Hour; NZ Folk Song has the words at folksong.org.nz.'], [66, 'l', 'Is that what you were after?']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss for the bracket-free phone: a reel number with no calling word before it
    name: 'near miss: "ask the reading room staff for microfilm reel 03 1854 0012" gives no phone: referral fails',
    lines: [...ASKED, [64, 'l', `${ANSWER} For the goldfields licences, ask the reading room staff at PROV for microfilm reel 03 1854 0012. Does that help?`], ...DONE],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss for "having a chat with": the provider consults a colleague
    name: 'near miss: "I\'m having a chat with our local studies librarian about it now." is no referral',
    lines: [...ASKED, [64, 'l', "I'm having a chat with our local studies librarian about it now."], [110, 'l', `${ANSWER} Does that help?`], [140, 'p', 'yes thats all i needed thanks'], [146, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for the advice-service party: a page for the patron to use, nobody to contact
    name: 'near miss: "The Tenants\' Advice service page at tenants.org.au has a bond letter you can use." is a source, no referral',
    lines: [...ASKED2, [70, 'l', `${ANSWER2} The Tenants' Advice service page at tenants.org.au has a bond letter you can use. Does that help?`], ...DONE],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss for the button lookahead: the ILL office is still a party, with no contact
    name: 'near miss: "If Omni won\'t let you, request it from the ILL office at your library." refers with no contact: referral fails',
    lines: [[0, 'p', 'i need a book thats only at another uni'], [30, 'l', "Hi! This is Hannah with Ask a Librarian, the Ontario universities' chat. What's the title?"], [60, 'p', 'Indigenous Writes by Chelsea Vowel'], [70, 'l', "Omni lists six copies at other universities (omni.scholarsportal.info). If Omni won't let you, request it from the ILL office at your library. Does that help?"], [100, 'p', 'yes thats all'], [106, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss for "a bell": the library's own line, no promise
    name: 'near miss: "Give us a bell on 1300 555 123 anytime if you get stuck." promises nothing: code passes, contact na',
    lines: [...ASKED, [64, 'l', `${ANSWER} Give us a bell on 1300 555 123 anytime if you get stuck. Does that help?`], ...DONE],
    exp: some({ code: 'pass', contact: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-third round (Y2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-third round (Y2): Australian, New Zealand and Canadian services, every check', whole);
describeSessions('twenty-third round (Y2): Australian, New Zealand and Canadian services, short cases', short);

describeLeft('twenty-third-round-antipodes', LEFT);
