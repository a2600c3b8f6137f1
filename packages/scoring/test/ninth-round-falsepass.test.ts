/**
 * Ninth round, area (P): FALSE PASSES. Sessions where, by RUBRIC.md's literal text, a check must fail
 * (or be na), but the provider says something close that a lenient reader would take as the
 * behaviour: a greeting that names the patron, another library, or only the third message; a wait
 * broken only by an internal note, a "Page sent:" line or the patron's own "hello??"; questions that ask
 * nothing about the need ("Can you hold on a sec…?", "Would you like me to check the catalog?", a
 * question in the same message as the source); "our website", "just google it", an office named with
 * no way to reach it; completeness questions about a time, an old e-mail, a scan not yet sent, or asked
 * before any answer; "Anything else in the title…?"; dismissals said politely; closings that are only
 * "No problem!", "Closing this chat now." or a system survey line; "I'm still here whenever you're
 * ready", "Did you find them on the shelf?" in the final idle; "I'll be closing this chat soon" with no
 * word that the patron seems gone; follow-ups by "soon", "ASAP", "after I hear back"; codes that do not
 * fit; referrals with opening hours or a floor only; transfer notes that give no why.
 * Beside them, the true positives that are close (labelled too), among them readings a lenient
 * reviewer might doubt but the literal text gives: "Hi, this is AskUsNow!" names the service,
 * "Welcome to Enoch Pratt's chat!" the library, a library's home-page URL and "the catalog" are sources.
 * Statuses are read from the literal text of RUBRIC.md; most cases give ALL 17, the short ones a few.
 */
import type { Message } from '@askqa/contract';
import { describeSessions, type SessionCase, all, some, who, sys, type Key, type St, at, FU_ME, other } from './helpers';

/** The statuses of an ordinary answered session that went well; each case says where it differs. */
const usual = (over: Partial<Record<Key, St>> = {}) =>
  all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    ...over,
  });

const CELL: Partial<Message> = { authorId: '+14105550148', author: '+14105550148' };
const ANA = who('Ana Ruiz', 'aruiz');
const SAM = who('Sam Lee', 'slee');

export const whole: SessionCase[] = [
  // ---- openings ------------------------------------------------------------------------------------------------------
  {
    name: '"Hi Marisol! Great question." greets the patron by the patron\'s own name; nobody says who is answering',
    lines: [
      [0, 'p', 'hola, do you have the book Esperanza Rising in spanish?'],
      [22, 'l', 'Hi Marisol! Great question.'],
      [28, 'l', 'Do you want the print book or the ebook?'],
      [55, 'p', 'print please'],
      [70, 'l', 'We have 3 copies of Esperanza renace; the Elm branch copy is on the shelf: samplecountylib.org/catalog/esperanza-renace. Is that the one you were looking for?'],
      [100, 'p', 'yes! thats all i need thx'],
      [106, 'l', 'Enjoy the book, bye!'],
    ],
    over: { patron: { name: 'Marisol Vega', email: null, phone: null } },
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'the provider gives her name only in the third message ("I\'m Priya… by the way"), after the greeting and a question',
    lines: [
      [0, 'p', 'Hello, I need help finding my great-grandfather in the 1920 census'],
      [30, 'l', 'Hello there!'],
      [36, 'l', 'What state was he living in, and do you know roughly when he was born?'],
      [80, 'p', 'Pennsylvania, born around 1885. Name was Josef Novak'],
      [95, 'l', "I'm Priya, one of the reference librarians here, by the way. The 1920 census is free on FamilySearch: familysearch.org/search/collection/1488411 - put in Josef Novak, Pennsylvania, born 1885 +/- 2. Did that bring him up?"],
      [170, 'p', 'Yes I see a Josef Novak in Scranton! That is all I needed, thank you so much'],
      [176, 'l', 'Wonderful, good luck with the research!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'kept: "Hi, this is AskUsNow!" greets and names the service (RUBRIC.md: "the library or the service, in the text")',
    lines: [
      [0, 'p', 'what time does the Laurel branch close on saturdays'],
      [15, 'l', "Hi, this is AskUsNow! Is that the Laurel Branch of Prince George's County Memorial Library?"],
      [40, 'p', 'yes pgcmls'],
      [52, 'l', 'On Saturdays Laurel is open 10 to 5. The hours for every branch are at pgcmls.info/locations. Does that answer your question?'],
      [75, 'p', 'yep thanks thats it'],
      [80, 'l', 'Thanks for chatting, have a good weekend!'],
    ],
    exp: usual(),
  },
  {
    name: 'kept: "Welcome to Enoch Pratt\'s chat!" greets and names the library',
    lines: [
      [0, 'p', 'Can I get a library card if I work in Baltimore but live in York PA?'],
      [25, 'l', "Welcome to Enoch Pratt's chat! Do you work in Baltimore City itself?"],
      [50, 'p', 'yes downtown'],
      [60, 'l', 'Then yes: people who work in the city can get a free Pratt card. Bring a photo ID and a recent pay stub to any branch; details at prattlibrary.org/card. Does that help?'],
      [90, 'p', 'great, thats all i needed'],
      [95, 'l', 'Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: '"Good morning! The Maryland State Archives and the Pratt Library both have the Sun on microfilm." names libraries that are not who is answering; the Sun on microfilm is a named resource, so the question after it is too late',
    lines: [
      [0, 'p', 'Where can I find old Baltimore Sun articles from the 1950s?'],
      [20, 'l', 'Good morning! The Maryland State Archives and the Pratt Library both have the Sun on microfilm.'],
      [26, 'l', 'Do you need a particular date, or are you browsing a topic?'],
      [60, 'p', 'a specific date, march 3 1953'],
      [75, 'l', 'For a single date the easiest route is the Sun archive in ProQuest Historical Newspapers, free with your library card: sclib.org/databases/proquest. Search by date. Is that what you needed?'],
      [110, 'p', 'perfect, thats everything'],
      [115, 'l', 'Thanks for asking, bye!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    name: 'an internal "grabbing this one" at 15 s is no pickup: the first visible provider message comes at 70 s',
    lines: [
      [0, 'p', 'is the book sale still happening this weekend'],
      [15, 'i', 'grabbing this one'],
      [70, 'l', "Hi! I'm Jo with Sample County Library. Which branch's sale do you mean?"],
      [95, 'p', 'the main one downtown'],
      [105, 'l', 'Yes, the Friends of the Library sale at Main runs Saturday 9-4 and Sunday 1-4; the flyer is at samplecountylib.org/friends/booksale. Did that answer it?'],
      [130, 'p', 'yes ty, no more questions'],
      [134, 'l', 'Great, enjoy the sale!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  // ---- waits -----------------------------------------------------------------------------------------------------------
  {
    name: 'internal notes to a colleague do not end the patron\'s wait: 145 s from the patron\'s answer to the next visible message',
    lines: [
      [0, 'p', 'Do you have any books on raising backyard chickens?'],
      [18, 'l', 'Hello, this is Jo, a librarian at Sample County. Are you looking for beginner guides or something on a particular breed?'],
      [45, 'p', 'beginner stuff, we just got 4 hens'],
      [100, 'i', 'Anyone know if the new Storey chicken guide is cataloged yet?'],
      [120, 'i', 'yes, it came in last week'],
      [190, 'l', "Good news: Storey's Guide to Raising Chickens (4th ed.) is in the catalog, 2 copies at Main: samplecountylib.org/catalog/storeys-chickens. Is that the kind of thing you wanted?"],
      [220, 'p', 'yes perfect. thanks thats all'],
      [226, 'l', 'Happy hen-keeping, goodbye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'the patron\'s "hello??" does not restart the wait: 135 s from the first message to the answer',
    lines: [
      [0, 'p', 'how do i cite a tweet in MLA 9'],
      [12, 'l', "Hi there, I'm Jo, one of the librarians. Is this for a works-cited list or an in-text citation?"],
      [30, 'p', 'works cited'],
      [110, 'p', 'hello??'],
      [165, 'l', 'Sorry for the wait! MLA 9: Author (@handle). "Full text of the post." Twitter, Day Month Year, time, URL. The Purdue OWL page has examples: owl.purdue.edu/owl/research_and_citation/mla_style. Does that cover what you need?'],
      [190, 'p', 'yes got it, thats everything'],
      [195, 'l', 'Good luck with the paper! Bye'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'a system "Page sent:" line ends no wait: 140 s from "one moment" to the provider\'s next message',
    lines: [
      [0, 'p', 'I need articles on microplastics in drinking water for a bio class'],
      [20, 'l', "Good afternoon! I'm Jo at the Sample College library. Do they need to be peer reviewed?"],
      [50, 'p', 'yes, peer reviewed, last 5 years'],
      [60, 'l', 'Let me run a search, one moment.'],
      [140, 's', 'Page sent: https://search.ebscohost.com/login.aspx?direct=true&db=a9h&bquery=microplastics'],
      [200, 'l', 'I sent you a search in Academic Search Complete limited to peer reviewed, 2020-2025: 48 results. Do those look useful?'],
      [240, 'p', 'yes these are great, thats all i need'],
      [245, 'l', 'Glad to hear it. Thanks for using the chat!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'kept: "Take your time" is no hold, so the 210 s the patron spends finding the card are the patron\'s',
    lines: [
      [0, 'p', 'I want to renew my books but it says my card is blocked'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Can you read me the barcode on the back of your card? Take your time."],
      [230, 'p', 'sorry had to find it. 21982004455123'],
      [245, 'l', 'Thanks. Your card expired last month, which blocks renewals. Renew the card itself at samplecountylib.org/myaccount > Renew Card, then renew the books. Did that clear it up?'],
      [280, 'p', 'yes it worked, thats all thank you'],
      [285, 'l', 'Great, have a good night!'],
    ],
    exp: usual(),
  },
  // ---- clarifying --------------------------------------------------------------------------------------------------------
  {
    name: '"Can you hold on a sec while I check the calendar?" is the only question: it asks the patron to wait, nothing about the need',
    lines: [
      [0, 'p', 'When is the next citizenship class at the Wheaton library?'],
      [14, 'l', 'Hello! Jo here, librarian with Montgomery County Public Libraries. Can you hold on a sec while I check the calendar?'],
      [40, 'p', 'sure'],
      [70, 'l', 'The next free citizenship prep class at Wheaton starts Tuesday April 7 at 6:30 pm; register on the events calendar: mcpl.libcal.com/calendar?cid=1234. Does that help?'],
      [100, 'p', 'yes thats what i needed. thats all'],
      [104, 'l', 'Thanks for chatting with MCPL!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: '"Are you still there?" before the answer is a check-in, not a question about the need (no clarifying question at all)',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [25, 'l', "Hi! I'm Jo, a librarian at Sample County Library."],
      [100, 'l', 'Are you still there?'],
      [130, 'p', 'yes sorry'],
      [140, 'l', 'Federal 1040 forms and instructions are at the Main branch lobby, and you can print any of them from irs.gov/forms-instructions. Did that answer your question?'],
      [170, 'p', "yes thank you, that's all"],
      [175, 'l', 'Bye now, thanks for chatting!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: '"Is this for a class?" sent in the same message as the first source is not before it, and asks nothing about what was given',
    lines: [
      [0, 'p', 'I need info on the Dust Bowl'],
      [20, 'l', 'Hello, Jo from the Sample High School library here.'],
      [28, 'l', 'Start with the Dust Bowl topic page in Gale In Context: U.S. History (school login on sampleschools.org/library). Is this for a class?'],
      [60, 'p', 'yeah 8th grade history, a 2 page essay'],
      [75, 'l', 'Then the Gale page plus the first chapters of The Worst Hard Time by Timothy Egan will be plenty.'],
      [100, 'p', 'ok thanks'],
      [104, 'l', 'Good luck!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: '"Would you like me to check the catalog for you?" offers to search; it asks nothing about the need',
    lines: [
      [0, 'p', 'looking for a good biography of Frederick Douglass'],
      [18, 'l', "Hi, I'm Jo, librarian at Talbot County Free Library. Would you like me to check the catalog for you?"],
      [40, 'p', 'yes please'],
      [45, 'l', 'One moment.'],
      [90, 'l', 'Frederick Douglass: Prophet of Freedom by David Blight won the Pulitzer; our Easton copy is on the shelf: tcfl.org/catalog. Does that work for you?'],
      [130, 'p', 'sounds great, that is all i needed'],
      [135, 'l', 'Enjoy it! Bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  // ---- sources -------------------------------------------------------------------------------------------------------------
  {
    name: '"You can sign her up on our website" gives no URL, no page and no steps: no source',
    lines: [
      [0, 'p', 'how do I sign up for the summer reading challenge'],
      [20, 'l', "Hi there! I'm Jo with the Sample County Library. Is it for you or for a child?"],
      [45, 'p', 'my 7 yr old'],
      [55, 'l', 'You can sign her up on our website. Kids get a reading log and a prize for every 5 books. Does that help?'],
      [85, 'p', 'ok yes thats all'],
      [90, 'l', 'Have a great summer!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: '"any good world atlas or encyclopedia… or just google it" names no resource (school homework chat, chat-speak)',
    lines: [
      [0, 'p', 'wat is the capital of burkina faso lol for a quiz'],
      [10, 'l', 'hey! this is Jo at the Sample Library homework help chat. is this for a geography quiz at school?'],
      [30, 'p', 'ya'],
      [38, 'l', "It's Ouagadougou. For stuff like this any good world atlas or encyclopedia will have it, or just google it."],
      [55, 'p', 'ok thx'],
      [60, 'l', 'Does that answer your question?'],
      [75, 'p', 'yes lol thats all'],
      [80, 'l', 'Good luck on the quiz, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'kept: the library\'s home page (hcplonline.org) is "a URL or domain", so a source; no completeness question is asked',
    lines: [
      [0, 'p', 'Are you open on Juneteenth?'],
      [15, 'l', "Hello, you've reached Jo at Harford County Public Library. Which branch are you thinking of visiting?"],
      [35, 'p', 'Bel Air'],
      [45, 'l', 'All HCPL branches, Bel Air included, are closed on Juneteenth (June 19). Holiday closings are posted on our home page, hcplonline.org. Anything else I can help with?'],
      [70, 'p', 'nope thats it, thanks'],
      [74, 'l', 'Thanks for contacting us. Bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'kept: "Search the catalog for Junji Ito" names the catalogue, one of RUBRIC.md\'s named resources',
    lines: [
      [0, 'p', 'do u have any manga by junji ito'],
      [12, 'l', "hi! I'm Jo, a librarian here at Sample County. are you after a particular title, or anything by him?"],
      [30, 'p', 'anything, esp uzumaki'],
      [45, 'l', 'Search the catalog for Junji Ito and you will see Uzumaki, Tomie and Shiver; Uzumaki is in at Main. Is that what you were after?'],
      [70, 'p', 'yes ty thats all'],
      [74, 'l', 'Enjoy, bye!'],
    ],
    exp: usual(),
  },
  {
    name: '"records are kept by the Frederick County Health Department" names an office with no way to reach it (no source) and tells nobody to contact it (no referral)',
    lines: [
      [0, 'p', "where can i get my kid's immunization records"],
      [20, 'l', "Good evening, this is Jo at the library's Ask Us service. Which county do you live in?"],
      [40, 'p', 'Frederick county'],
      [55, 'l', "Immunization records for kids are kept by the Frederick County Health Department, and his pediatrician's office will have a copy too. Did that help?"],
      [80, 'p', 'yes thanks thats all'],
      [85, 'l', 'Take care!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  // ---- completeness ------------------------------------------------------------------------------------------------------
  {
    name: '"Does Tuesday at 3 work for you?" asks about an appointment, not whether the guide met the need',
    lines: [
      [0, 'p', 'can someone help me with my resume'],
      [20, 'l', "Hi, I'm Jo at Sample County Library's Career Center chat. Are you writing a new resume or updating one?"],
      [45, 'p', 'updating, I was laid off from a warehouse job'],
      [60, 'l', 'Our Resume Builder guide walks through it step by step: samplecountylib.org/guides/resume. We also do free one-on-one resume reviews and I can book you one. Does Tuesday at 3 work for you?'],
      [95, 'p', 'yes tuesday works'],
      [105, 'l', "You're booked for Tuesday at 3. Is there anything else I can help with?"],
      [125, 'p', 'no thats all thanks'],
      [130, 'l', 'Thank you, good luck with the job search!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: '"Did you get my email last week?" after the source asks about an old e-mail; the patron only thanks',
    lines: [
      [0, 'p', "hi, it's Dana again about the land records question from last week"],
      [25, 'l', "Hi Dana, it's Jo at the Maryland Room. Which parcel was it again, the farm on Mill Road?"],
      [50, 'p', 'yes the Mill Road farm, near Boonsboro'],
      [62, 'l', 'The 1890s deeds for it are on MDLandRec (mdlandrec.net): choose Washington County and search Liber 96. Did you get my email last week?'],
      [95, 'p', 'no, nothing came through. but ill make an mdlandrec account now. thank u'],
      [100, 'l', 'You are welcome. Goodbye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: '"Would a scan of the page be what you need?" asks about something not yet given; the scan is sent with no question after it',
    lines: [
      [0, 'p', 'I need the obituary of Harold Biggs from the Cumberland paper, June 1961'],
      [22, 'l', "Hello, I'm Jo, a librarian at Allegany County Library System. Do you know the exact date he died?"],
      [50, 'p', 'June 12 1961'],
      [60, 'l', 'Let me check our microfilm index.'],
      [140, 'l', 'Found it: Cumberland Evening Times, June 14 1961, page 18. Would a scan of the page be what you need?'],
      [170, 'p', 'yes please!'],
      [180, 'l', 'Here it is: alleganylibrary.org/files/obit-biggs-1961.pdf'],
      [220, 'p', 'got it, thank you so much'],
      [226, 'l', 'My pleasure, have a good day!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: '"…is that right?" confirms the restated need before any answer; after the answer nobody asks',
    lines: [
      [0, 'p', 'my landlord wont return my security deposit what can i do'],
      [25, 'l', "Hi, Jo here with the Ask Us chat. So you've moved out and you want to know how to get the deposit back in Maryland, is that right?"],
      [45, 'p', 'yes, its been 2 months'],
      [58, 'l', "The People's Law Library has a step-by-step page on this: peoples-law.org/security-deposits. In Maryland the landlord has 45 days after you move out to return it or send an itemized list of damages, and there is a sample demand letter on that page."],
      [100, 'p', 'ok thanks'],
      [104, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  // ---- anything else -------------------------------------------------------------------------------------------------------
  {
    name: '"Anything else in the title you remember?" asks about the need (it clarifies); the patron only thanks at the end',
    lines: [
      [0, 'p', 'trying to find a book, the title has the word nightingale in it, historical fiction'],
      [20, 'l', "Hello! I'm Jo, one of the librarians at Sample County. Anything else in the title you remember?"],
      [45, 'p', 'no but its about sisters in france during ww2'],
      [58, 'l', 'That sounds like The Nightingale by Kristin Hannah (2015). We have 12 copies: samplecountylib.org/catalog/nightingale. Is that the one?'],
      [85, 'p', 'YES thats it!! thank you'],
      [90, 'l', 'Happy reading, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"Is there anything else I should know about the assignment…?" clarifies; it is no offer of more help',
    lines: [
      [0, 'p', 'i need 3 primary sources about the triangle shirtwaist fire'],
      [18, 'l', "Hi, I'm Jo from the Sample Middle School library. Is there anything else I should know about the assignment, like a due date or what counts as primary?"],
      [50, 'p', 'due friday, they have to be from 1911'],
      [65, 'l', 'Cornell has a whole online collection of 1911 sources: trianglefire.ilr.cornell.edu - the Primary Sources section has newspaper articles, testimony and letters. Does that give you what you need?'],
      [100, 'p', 'ok cool thanks'],
      [104, 'l', 'Good luck with it!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'the patron\'s "thats all i could find on my own" describes the search so far; it does not say they are done',
    lines: [
      [0, 'p', 'i found 2 articles on teen vaping but i need 3 more peer reviewed ones. thats all i could find on my own'],
      [25, 'l', 'Hi, this is Jo, research librarian at Sample Community College. What database did you use for the first two?'],
      [55, 'p', 'google scholar'],
      [70, 'l', 'Try CINAHL Complete from the library A-Z list (sccc.edu/databases): search vaping AND adolescents, then tick Peer Reviewed. Were you able to get in?'],
      [120, 'p', 'yes I see a lot of results, thank you!!'],
      [125, 'l', 'Great, happy searching!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- dismissals --------------------------------------------------------------------------------------------------------
  {
    name: '"I\'m afraid I need to end our chat now, I have a meeting starting. Take care!" ends the help for the provider\'s convenience, politely, with no way back',
    lines: [
      [0, 'p', 'I have a few questions about genealogy databases'],
      [20, 'l', "Hello, I'm Jo at Sample County Library. Happy to help - what would you like to know?"],
      [45, 'p', 'does the library have Ancestry I can use at home'],
      [55, 'l', 'Do you have a Sample County card?'],
      [75, 'p', 'yes'],
      [85, 'l', 'Ancestry Library Edition only works inside our branches, but HeritageQuest works from home with your card: samplecountylib.org/databases/heritagequest. Does that help?'],
      [110, 'p', 'yes. and my second question is about finding ship manifests'],
      [120, 'l', "I'm afraid I need to end our chat now, I have a meeting starting. Take care!"],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'kept: other patrons waiting and "please chat back in anytime" is the seed\'s allowed ending',
    lines: [
      [0, 'p', 'I have a few questions about genealogy databases'],
      [20, 'l', "Hello, I'm Jo at Sample County Library. Happy to help - what would you like to know?"],
      [45, 'p', 'does the library have Ancestry I can use at home'],
      [55, 'l', 'Do you have a Sample County card?'],
      [75, 'p', 'yes'],
      [85, 'l', 'Ancestry Library Edition only works inside our branches, but HeritageQuest works from home with your card: samplecountylib.org/databases/heritagequest. Does that help?'],
      [110, 'p', 'yes. and my second question is about finding ship manifests, and then land records, and then'],
      [120, 'l', "There are several other patrons waiting for me right now, so I'll need to wrap up here - please chat back in anytime for the ship manifests. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"Sorry, that\'s all the time I can give this one. Good luck!" ends the help for the provider\'s convenience',
    lines: [
      [0, 'p', 'can you find me every article the Sun wrote about the 1968 riots'],
      [20, 'l', 'Hi, Jo with the Baltimore County Public Library here. Is this for a school project or personal research?'],
      [50, 'p', 'personal, I want everything'],
      [60, 'l', 'Give me a minute to search.'],
      [140, 'l', "Here are the first three, from ProQuest Historical Newspapers: The Baltimore Sun, April 7-9 1968 (bcpl.info/databases, search riot with those dates). Is that the sort of thing you need?"],
      [170, 'p', 'yes but i need all of them, can you keep going'],
      [180, 'l', "Sorry, that's all the time I can give this one. Good luck!"],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: '"I can only help with one more question today" is a limit of questions, however cheerfully put',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Is this for a regular adult card?"],
      [30, 'p', 'yes'],
      [40, 'l', 'Adult cards can have 50 items out at once; the full limits table is at samplecountylib.org/borrowing. Did that answer it?'],
      [60, 'p', 'yes! also can i return them at any branch? and do you have dvds? and museum passes?'],
      [72, 'l', 'I can only help with one more question today, so pick the one that matters most!'],
      [90, 'p', 'ok museum passes'],
      [100, 'l', 'We lend passes to 6 museums; reserve them at samplecountylib.org/passes. Thanks for chatting!'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  // ---- courteous closings ------------------------------------------------------------------------------------------------
  {
    name: '"No problem!" and "Happy to help 😊" as the last two messages neither thank, say goodbye nor invite back (and a Wi-Fi network name is no source)',
    lines: [
      [0, 'p', 'whats the wifi password at the north branch'],
      [10, 'l', 'Hi, this is Jo at Sample County Library. Are you connecting a laptop or a phone?'],
      [30, 'p', 'laptop'],
      [38, 'l', 'Pick the network SCL-Public; there is no password, just tap Accept on the page that opens. Is it working now?'],
      [70, 'p', 'yes! thats all i needed, thanks'],
      [75, 'l', 'No problem!'],
      [78, 'l', 'Happy to help 😊'],
    ],
    exp: usual({ source: 'fail', courteous: 'fail' }),
  },
  {
    name: 'the goodbye is the third-last message: "Closing this chat now." and "Chat closed." end it',
    lines: [
      [0, 'p', 'can i donate old magazines to the library'],
      [20, 'l', "Hello! I'm Jo, librarian at Sample County. What kind of magazines, and roughly how many?"],
      [45, 'p', 'about 40 national geographics from the 90s'],
      [60, 'l', 'We take magazines only if they are less than a year old, per the donations page at samplecountylib.org/donate, so we cannot accept those. Does that answer your question?'],
      [85, 'p', 'ok got it, thats all thanks'],
      [90, 'l', 'Thanks for asking, have a good one!'],
      [95, 'l', 'Closing this chat now.'],
      [98, 'l', 'Chat closed.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'the only thanks at the end is a system survey line; the provider\'s last two say "Ok." and give the answer',
    lines: [
      [0, 'p', 'do you have large print books'],
      [15, 'l', 'Hi there, Jo at Sample County Library. Which branch is closest to you?'],
      [30, 'p', 'Elm'],
      [40, 'l', 'Yes, Elm has about 2,000 large print titles; in the catalog pick Format > Large Print: samplecountylib.org/catalog. Does that work for you?'],
      [60, 'p', 'yes thats everything'],
      [65, 'l', 'Ok.'],
      [66, 's', 'Thank you for chatting with Ask Us! Please take our survey.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  // ---- idle endings ------------------------------------------------------------------------------------------------------
  {
    name: '"I\'m still here whenever you\'re ready." says the provider is there; it asks nothing (final idle 155 s)',
    lines: [
      [0, 'p', 'how do i download audiobooks on my iphone'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Do you already have the Libby app installed?"],
      [40, 'p', 'no'],
      [50, 'l', 'Install Libby from the App Store, open it, choose Sample County Library and sign in with your card number and PIN. Our step-by-step guide with screenshots is at samplecountylib.org/help/libby.'],
      [200, 'l', "I'm still here whenever you're ready."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    name: '"Did you find them on the shelf?" in the final idle asks about the need, not whether the patron is still there (150 s)',
    lines: [
      [0, 'p', 'where are the cookbooks at the main library'],
      [20, 'l', "Hello, Jo here at the Main Library's reference chat. Are you in the building right now?"],
      [35, 'p', 'yes 1st floor'],
      [45, 'l', 'Cookbooks are at 641.5 on the 2nd floor, right of the stairs. The floor map is at samplecountylib.org/main-map. Does that help?'],
      [190, 'l', 'Did you find them on the shelf?'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    name: 'the check-in came before the patron\'s last message, not in the final idle; the later notice says disconnected and closing',
    lines: [
      [0, 'p', 'Do you have the GRE prep book?'],
      [20, 'l', "Hi there! I'm Jo, a librarian at Sample County Library."],
      [26, 'l', 'Do you want the printed book or online practice tests?'],
      [150, 'l', 'Are you still there?'],
      [170, 'p', 'yes sorry! printed book'],
      [180, 'l', 'GRE Prep Plus 2025 by Kaplan is on the shelf at Main and Elm: samplecountylib.org/catalog/gre-prep-plus. Is that what you needed?'],
      [420, 'l', "It looks like you've disconnected, so I'm going to close this chat now."],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: '"Are you still there? I\'ll be closing this chat soon." checks in and announces the end, but never says the patron seems gone',
    lines: [
      [0, 'p', 'I lost my library card, how do I get a new one'],
      [18, 'l', "Hi! You've reached Jo at the Sample County Library. Do you still have the card number, or any ID?"],
      [40, 'p', 'i have my drivers license'],
      [50, 'l', 'You can request a replacement online at samplecountylib.org/lost-card; it costs $1 and your account and items carry over. Does that answer your question?'],
      [200, 'l', "Are you still there? I'll be closing this chat soon."],
      [300, 'l', 'Closing the chat now.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"It seems you\'ve stepped away." says the patron seems gone but not that the session will end',
    lines: [
      [0, 'p', 'need help with my FAFSA, where do i find my parents tax info'],
      [20, 'l', "Hello, I'm Jo, a librarian with Ask Us. Are you a dependent student filing for next school year?"],
      [45, 'p', 'yes 2026-27'],
      [55, 'l', "For 2026-27 the FAFSA uses your parents' 2024 tax return, and the IRS data is pulled in directly once they consent. studentaid.gov/help-center explains it step by step. Did that help?"],
      [190, 'l', 'Still with me?'],
      [310, 'l', "It seems you've stepped away."],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"I\'m ending this chat now. Bye!" after a check-in announces the end and says goodbye, but not that the patron seems disconnected',
    lines: [
      [0, 'p', 'can i bring my dog into the library'],
      [15, 'l', 'Hi! Jo at Sample County Library here. Is it a service animal?'],
      [35, 'p', 'no just my pet'],
      [45, 'l', 'Only service animals are allowed inside, per our conduct policy: samplecountylib.org/policies/conduct. Does that answer your question?'],
      [170, 'l', 'Are you there?'],
      [300, 'l', "I'm ending this chat now. Bye!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'kept: "Looks like you may have lost connection, so I\'ll end this session. Feel free to chat back anytime!" after "Are you still there?"',
    lines: [
      [0, 'p', 'do you have the movie dune on dvd'],
      [15, 'l', "Hello! I'm Jo at Sample County Library. The 2021 one or the 1984 one?"],
      [40, 'p', '2021'],
      [50, 'l', 'Yes, Dune (2021) is on DVD and on the shelf at Oak: samplecountylib.org/catalog/dune-2021. Does that answer your question?'],
      [180, 'l', 'Are you still there?'],
      [300, 'l', "Looks like you may have lost connection, so I'll end this session. Feel free to chat back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- follow-ups and codes ----------------------------------------------------------------------------------------------
  {
    name: '"I\'ll email you the scans soon" confirms the address but says no when',
    lines: [
      [0, 'p', 'I need the 1930s minutes of the Towson Garden Club, do you have them'],
      [20, 'l', "Hello, I'm Jo, a librarian in BCPL's local history room. Do you need the whole decade or a particular year?"],
      [45, 'p', '1934-1936 mainly'],
      [55, 'l', "Those minutes are in a box that isn't digitized yet; the finding aid is at bcpl.info/localhistory/garden-club. I can scan the 1934-36 minutes for you. What email should I send them to?"],
      [80, 'p', 'ggreen@example.net'],
      [90, 'l', "Got it, ggreen@example.net. I'll email you the scans soon. Is there anything else?"],
      [110, 'p', 'no, that is all. thank you!'],
      [115, 'l', 'Thank you for contacting us, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(120 + 30 * 3600) }] },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'SMS: "ill text u back asap w whats open" says no when, and the number is only the channel\'s',
    lines: [
      [0, 'p', 'hi is the 2nd floor study room free tmrw 3-5', CELL],
      [25, 'l', 'Hi, this is Jo at the Sample Library text line! Which branch?'],
      [50, 'p', 'main', CELL],
      [60, 'l', 'Let me check the room calendar.'],
      [100, 'l', "the booking system's down rn, ill text u back asap w whats open"],
      [120, 'p', 'ok thx', CELL],
    ],
    over: { ...FU_ME, source: 'sms', patron: { name: null, email: null, phone: '+14105550148' } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a promise "by Thursday" to an address only on record (never in the chat); the office the provider will ask is no referral',
    lines: [
      [0, 'p', 'Could you find out whether the county has building permits for my house from the 1950s?'],
      [20, 'l', "Good afternoon, this is Jo with the Sample County Library's Ask Us service. What's the street address?"],
      [45, 'p', '412 Oak Lane, Catonsville'],
      [55, 'l', "The 1950s permits aren't online; the county's Permits office has an index I can ask about. I will get back to you by Thursday with what they find."],
      [90, 'p', 'great thank you'],
      [95, 'l', 'Thanks for your patience, bye for now!'],
    ],
    over: { ...FU_ME, patron: { name: 'R. Okafor', email: 'r.okafor@example.com', phone: null }, followUps: [{ doneAt: at(100 + 50 * 3600) }] },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'coded "Answered" although the provider promises a call by tomorrow afternoon (the contact and the when are fine)',
    lines: [
      [0, 'p', 'my grandmother was a nurse at Crownsville Hospital in the 1940s, do you have any employee records'],
      [25, 'l', "Hello, I'm Jo, a librarian at Anne Arundel County Public Library. Do you know her name at the time and the years she worked there?"],
      [60, 'p', 'Ruth Ellen Carter, about 1942 to 1948. my number is 443-555-0188'],
      [70, 'l', "Thank you. The hospital's records went to the Maryland State Archives; their guide is at msa.maryland.gov/msa/stagser/s1200. I will look through the staff lists there and call you at 443-555-0188 by tomorrow afternoon."],
      [100, 'p', 'thank you so much, thats all for now'],
      [105, 'l', "You're welcome, talk to you tomorrow!"],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'coded "Follow-up by me" with no e-mail or phone anywhere; a department named with no way to reach it is no source',
    lines: [
      [0, 'p', 'who was the architect of the old Hagerstown armory?'],
      [20, 'l', 'Hi, Jo at Washington County Free Library. Do you mean the 1928 armory on Potomac Street?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Let me look.'],
      [150, 'l', "I haven't found the architect yet. Our Western Maryland Room has the building files; I'll check them tomorrow and get back to you."],
      [170, 'p', 'ok'],
      [175, 'l', 'Thanks for your patience. Goodbye!'],
    ],
    over: FU_ME,
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: '"I\'ll look into getting a copy for Elm with next month\'s order" is no hold and promises the patron nothing: the 200 s after it are a final idle',
    lines: [
      [0, 'p', 'Can you get the new Erik Larson book for the Elm branch?'],
      [20, 'l', "Hi! I'm Jo with Sample County Library. Do you mean The Demon of Unrest?"],
      [40, 'p', 'yes that one'],
      [50, 'l', "We have it at Main and Oak, but not Elm. You can place a hold in the catalog (samplecountylib.org/catalog) and choose Elm as your pickup location. I'll look into getting a copy for Elm with next month's order."],
    ],
    over: { endAfter: 200 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  // ---- referrals and transfers -------------------------------------------------------------------------------------------
  {
    name: '"your best bet is the Register of Wills in Bel Air - they\'re open 8:30 to 4:30" gives hours and a town, no way to reach them',
    lines: [
      [0, 'p', "how do I get a copy of my dad's will, he died last year in Harford county"],
      [25, 'l', "Hello, I'm Jo at Harford County Public Library. Was the will filed with the court (probated)?"],
      [50, 'p', 'i think so yes'],
      [60, 'l', 'Our Estates and Probate research guide explains how probate records work: hcplonline.libguides.com/probate.'],
      [90, 'p', 'ok reading it'],
      [100, 'l', "For the copy itself, your best bet is the Harford County Register of Wills in Bel Air - they're open 8:30 to 4:30 on weekdays and make certified copies while you wait. Does that answer your question?"],
      [130, 'p', 'yes, thanks thats everything'],
      [135, 'l', 'Take care, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: '"Stop by the Circulation Desk on the 2nd floor" refers to the library\'s own desk with a floor only (no contact), and the app named gives no source',
    lines: [
      [0, 'p', 'my printing isnt working from my laptop in the library'],
      [15, 'l', "Hi, I'm Jo at the Sample University Library. Are you printing through the Mobility Print page or the PaperCut app?"],
      [40, 'p', 'the papercut thing, it says my balance is 0'],
      [50, 'l', 'Balances are added at the start of each term, so if yours is 0 you will need to top up. Stop by the Circulation Desk on the 2nd floor and they can add credit for you. Did that help?'],
      [80, 'p', 'ok ill go there. thats all'],
      [85, 'l', 'Great, bye!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: '"Your best move is to ask Mr. Davis directly" refers the student to the teacher with no way to reach him',
    lines: [
      [0, 'p', 'is a blog ok as a source for my english paper'],
      [15, 'l', "Hi! I'm Jo, the school librarian at Sample High. Which class is the paper for?"],
      [35, 'p', 'english 10 with mr. davis'],
      [45, 'l', 'Blogs can be fine for opinions, but most teachers want scholarly or news sources. Our research guide on evaluating sources is at samplehs.libguides.com/evaluating. Your best move is to ask Mr. Davis directly whether blogs count. Is that helpful?'],
      [70, 'p', 'ok ya thanks, thats all'],
      [75, 'l', 'Good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'kept: "renew online through the MVA\'s eStore: mva.maryland.gov" points to a website (a source), not a referral',
    lines: [
      [0, 'p', 'how do i renew my car registration in maryland'],
      [15, 'l', 'Hello, this is Jo from Ask Us. Is your registration expired already or coming up?'],
      [30, 'p', 'it expires next week'],
      [40, 'l', "You can renew online through the MVA's eStore: mva.maryland.gov, choose Vehicle Registration Renewal. You'll need the title number or the renewal notice. Does that do it for you?"],
      [70, 'p', 'perfect, thats all I needed'],
      [75, 'l', 'Thanks for chatting. Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'transferred with the note "Hey Ana, incoming!": the patron is told, but the note gives no why',
    lines: [
      [0, 'p', 'I need help finding statistics on opioid overdoses in Maryland by county'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Do you need the most recent year or a trend over time?"],
      [45, 'p', 'trend, 2015-2024'],
      [55, 'l', "Our health librarian can do this much better than I can - I'm transferring you to her now, one moment."],
      [60, 'i', 'Hey Ana, incoming!'],
      [62, 's', 'Chat transferred to Ana Ruiz', sys('transfer', 'aruiz')],
      [80, 'l', "Hi, Ana here, health sciences librarian. The Maryland Department of Health's overdose dashboard has county data back to 2015: health.maryland.gov/vsa/Pages/overdose.aspx. Does that cover it?", ANA],
      [110, 'p', 'yes thats exactly it, thank you! thats all'],
      [115, 'l', 'Great, have a good day!', ANA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'transferred with a note that says why, but the patron hears of it only after the transfer',
    lines: [
      [0, 'p', 'do you have anything on the history of the b&o railroad in ellicott city'],
      [22, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Are you looking for books, or photos and maps?"],
      [50, 'p', 'photos mostly'],
      [60, 'i', 'Sam, patron wants historic photos of the B&O in Ellicott City - you know the photo collection better than me.'],
      [65, 's', 'Transferred to Sam Lee', sys('transfer', 'slee')],
      [70, 'l', "I've passed you to my colleague Sam, who knows our photo collection best."],
      [85, 'l', 'Hi, Sam here, local history librarian. Our digital collection has about 200 B&O photos: sclib.org/digital/bo-railroad. Do those look like what you want?', SAM],
      [120, 'p', 'yes! perfect, thats all'],
      [125, 'l', 'Glad to hear it, thanks for visiting!', SAM],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'Lost Call, but the patron sent two messages ("nvm found it"); a greeting and a goodbye are no substantive exchange',
    lines: [
      [0, 'p', 'what are the hours at elm today'],
      [40, 'p', 'nvm found it'],
      [70, 'l', "Hi, I'm Jo at Sample County Library. Glad you found it, have a great day!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  // ---- second batch: more near misses, written before running them ----------------------------------------------------
  {
    name: 'the patron\'s "brb, getting my card" starts a wait on the provider that nothing visible ends for 250 s (the literal Terms)',
    lines: [
      [0, 'p', 'my account says I owe $12 but I returned everything'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. What's the barcode on your card?"],
      [30, 'p', 'brb getting my card'],
      [280, 'p', 'ok its 21982004410000'],
      [290, 'l', 'Thanks! The $12 is for a DVD returned 6 days late; the fine schedule is at samplecountylib.org/fines. Does that explain it?'],
      [320, 'p', 'oh ok yeah that explains it, thats all'],
      [325, 'l', 'Thanks for checking with us, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"Did you know we also lend telescopes?" is small talk, no question about the need; no other question comes before the source',
    lines: [
      [0, 'p', 'how do i borrow the zoo pass'],
      [15, 'l', "Hello! I'm Jo at Sample County Library."],
      [20, 'l', 'Did you know we also lend telescopes?'],
      [40, 'p', 'lol no. the zoo pass though'],
      [50, 'l', 'The Maryland Zoo pass is reserved online: samplecountylib.org/passes, pick a date, then pick it up at your branch. Does that answer your question?'],
      [80, 'p', 'yep thats all thanks'],
      [85, 'l', 'Have fun at the zoo!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'kept: "Would you like me to look for books or articles?" offers a choice about the need, so it clarifies',
    lines: [
      [0, 'p', 'I need stuff on the Harlem Renaissance'],
      [15, 'l', "Hi there, Jo here, a librarian at Sample County. Would you like me to look for books or articles?"],
      [40, 'p', 'books'],
      [50, 'l', 'When Harlem Was in Vogue by David Levering Lewis is a classic; 3 copies in the catalog: samplecountylib.org/catalog/harlem-vogue. Is that the kind of thing you need?'],
      [80, 'p', 'yes thats all, thanks'],
      [85, 'l', 'Enjoy, bye!'],
    ],
    exp: usual(),
  },
  {
    name: '"There are lots of good books on this at the library" names no book; "Is there a particular edition you need?" asks about the need, not about what was given',
    lines: [
      [0, 'p', 'i want to learn to play chess'],
      [15, 'l', "Hi, I'm Jo with Sample County Library. Are you a total beginner?"],
      [35, 'p', 'yes'],
      [45, 'l', 'There are lots of good beginner chess books at the library, and the Elm branch has a chess club on Thursdays.'],
      [55, 'l', 'Is there a particular edition you need?'],
      [90, 'p', 'no any is fine. thanks'],
      [95, 'l', 'Have fun learning, bye!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'the library\'s own number in an invitation back ("call us at 410-555-0100 anytime") is no referral, so no source',
    lines: [
      [0, 'p', 'is the library open on thanksgiving'],
      [15, 'l', "Hello, this is Jo at Sample County Library. Which branch do you go to?"],
      [30, 'p', 'oak'],
      [40, 'l', 'All branches, Oak included, are closed Thanksgiving Day and open 10-5 the day after. Did that answer your question?'],
      [70, 'p', 'yes thanks, thats all'],
      [75, 'l', 'Happy Thanksgiving! You can also call us at 410-555-0100 anytime.'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'the patron\'s "thats all for the first question" goes on to a second; at the end only "thanks"',
    lines: [
      [0, 'p', 'two questions. first, when is the book sale'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Is that the spring sale at Main?"],
      [30, 'p', 'yes'],
      [40, 'l', 'The spring sale is April 18-19 at Main; details at samplecountylib.org/friends/booksale. Did that help?'],
      [60, 'p', 'yes thats all for the first question. second, do you take donations for it'],
      [75, 'l', 'Yes, the Friends take book donations at the Main loading dock, Tuesdays 10-2, as the same page says.'],
      [100, 'p', 'thanks'],
      [105, 'l', 'Thanks for asking!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"There\'s a line of people waiting, so I\'m closing this chat now. Take care!" ends the help for a busy queue with no way back',
    lines: [
      [0, 'p', 'can you help me find scholarships for nursing students'],
      [20, 'l', "Hello, I'm Jo, a librarian with Ask Us. Are you in a two-year or a four-year program?"],
      [40, 'p', 'two year at the community college'],
      [55, 'l', "The Maryland Higher Education Commission's scholarship list is at mhec.maryland.gov/preparing/Pages/FinancialAid. Look at the Nurse Support Program II. Does that help?"],
      [90, 'p', 'yes! also are there any private ones'],
      [100, 'l', "There's a line of people waiting, so I'm closing this chat now. Take care!"],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: '"If you don\'t respond in the next few minutes, I\'ll close the chat." announces the end but never says the patron seems gone',
    lines: [
      [0, 'p', 'do you have books in arabic for kids'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. What age is your child?"],
      [40, 'p', '6'],
      [50, 'l', 'Yes, the World Languages shelf at Main has about 80 Arabic picture books; in the catalog, limit Language to Arabic and Audience to Juvenile: samplecountylib.org/catalog. Does that help?'],
      [180, 'l', 'Are you still there?'],
      [240, 'l', "If you don't respond in the next few minutes, I'll close the chat."],
      [400, 'l', 'Closing now.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"I\'ll email them to you at …  in a bit" says no time',
    lines: [
      [0, 'p', 'can you send me the list of ESL conversation groups? my email is hnguyen@example.com'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Do you want groups near a particular branch, or online?"],
      [40, 'p', 'online please'],
      [50, 'l', "There are three online groups; I'll put the schedule together and email it to you at hnguyen@example.com in a bit. The calendar itself is at samplecountylib.org/esl. Anything else?"],
      [80, 'p', 'no thats all, thank you'],
      [85, 'l', 'Thanks for chatting!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(90 + 2 * 3600) }] },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'coded "Answered" although "someone from the Oak branch will call you tomorrow" at the number the patron typed',
    lines: [
      [0, 'p', 'I left my glasses at the Oak branch yesterday, can someone check lost and found? 410-555-0177'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. What do the glasses look like?"],
      [40, 'p', 'black frames in a red case'],
      [50, 'l', "I've sent the Oak staff a note; someone from the Oak branch will call you at 410-555-0177 tomorrow morning. Is there anything else I can help with?"],
      [75, 'p', 'no thats all thank you'],
      [80, 'l', 'You are welcome, goodbye!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- third batch ------------------------------------------------------------------------------------------------------
  {
    name: '"Jo here." and "Which edition?" identify but greet nobody; the "Hi!" comes only in the third message',
    lines: [
      [0, 'p', 'do you have the DSM-5'],
      [12, 'l', 'Jo here.'],
      [16, 'l', 'Which edition, the DSM-5 or the DSM-5-TR?'],
      [40, 'p', 'TR'],
      [50, 'l', 'Hi! Sorry, forgot to say hello. The DSM-5-TR is at the Main reference desk (in-library use only); the catalog record is samplecountylib.org/catalog/dsm-5-tr. Does that help?'],
      [80, 'p', 'yes thats all thank you'],
      [85, 'l', 'Bye now!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: '"Hello from Maryland!" greets from a state, and "Welcome back!" from nobody: neither says who is answering',
    lines: [
      [0, 'p', 'hi again, need the bus schedule to the Oak branch'],
      [14, 'l', 'Hello from Maryland! Welcome back!'],
      [20, 'l', 'Are you coming from downtown?'],
      [45, 'p', 'yes'],
      [55, 'l', 'MTA bus 36 runs every 20 minutes from downtown to the Oak branch stop; the timetable is at mta.maryland.gov/schedule/36. Does that help?'],
      [80, 'p', 'perfect, thats all'],
      [85, 'l', 'Safe travels!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: '"You can get it from the IRS website" names a site with no address or steps: no source',
    lines: [
      [0, 'p', 'where can i get a W-4 form'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Is it for a new job?"],
      [35, 'p', 'yes'],
      [45, 'l', 'You can get it from the IRS website, and your employer usually has copies too. Did that answer it?'],
      [70, 'p', 'yes, thats all thanks'],
      [75, 'l', 'Good luck with the new job!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: '"Does the Oak branch work for pickup?" asks about a plan, not whether the answer met the need; the patron\'s "ok bye" is no "done"',
    lines: [
      [0, 'p', 'is the new Jason Reynolds book in'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Do you mean Twenty-Four Seconds from Now?"],
      [35, 'p', 'yes'],
      [45, 'l', 'All 6 copies are out, with 11 holds. I can place a hold for you: samplecountylib.org/catalog/twenty-four-seconds. Does the Oak branch work for pickup?'],
      [70, 'p', 'yes oak'],
      [80, 'l', "Done, you're number 12 in line for Oak."],
      [100, 'p', 'ok bye'],
      [104, 'l', 'Bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: '"Do you want me to email you that list too?" after the source offers more; it asks nothing about what was given',
    lines: [
      [0, 'p', 'looking for free tax help near me'],
      [15, 'l', "Hello, Jo here from Sample County Library. What town are you in?"],
      [35, 'p', 'Glen Burnie'],
      [45, 'l', 'The VITA site at the Glen Burnie Regional Library does free returns on Saturdays; the list of all sites is at irs.gov/vita. Do you want me to email you that list too?'],
      [75, 'p', 'no thanks, thats all'],
      [80, 'l', 'OK, have a good night!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: '"We try to keep chats to 15 minutes, so I\'ll have to end here." ends the help by a time limit',
    lines: [
      [0, 'p', 'I need help with my whole family tree, starting with my great grandparents'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Do you know where they lived?"],
      [45, 'p', 'Baltimore, around 1900'],
      [60, 'l', 'Start with the 1900 census in HeritageQuest: samplecountylib.org/databases/heritagequest. Does that help as a first step?'],
      [200, 'p', 'yes! now what about their parents, and the ship they came on, and'],
      [210, 'l', "We try to keep chats to 15 minutes, so I'll have to end here. Good luck!"],
    ],
    exp: usual({ informed: 'pass', dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'kept: "my shift is ending, please chat back in tomorrow" ends for the provider but offers a way back',
    lines: [
      [0, 'p', 'can you help me find articles on sea level rise in annapolis'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Is this for school or for your own reading?"],
      [45, 'p', 'for a community meeting'],
      [60, 'l', "The Maryland Sea Grant has a plain-language report: mdsg.umd.edu/topics/sea-level-rise. Is that the sort of thing you need?"],
      [90, 'p', 'yes and also something on flood insurance'],
      [100, 'l', "My shift is ending, so I need to close this chat - please chat back in tomorrow and a colleague will pick up the flood insurance part. Thanks!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"Is the link working for you?" in the final idle asks about the link, not whether the patron is there (200 s, no notice)',
    lines: [
      [0, 'p', 'how do i get the NYT online'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Do you have a Sample County card?"],
      [35, 'p', 'yes'],
      [45, 'l', 'Claim a free 72-hour pass at samplecountylib.org/nytimes with your card number, then renew it any time.'],
      [175, 'l', 'Is the link working for you?'],
    ],
    over: { endAfter: 70 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: '"Looks like you\'ve stepped away - I\'ll leave this chat open a bit longer." says the patron seems gone and that the chat stays open',
    lines: [
      [0, 'p', 'are there any knitting groups at the library'],
      [15, 'l', "Hello, I'm Jo at Sample County Library. Any branch in particular?"],
      [35, 'p', 'elm or oak'],
      [45, 'l', 'Elm has a Knit & Chat group Wednesdays at 6: samplecountylib.org/events/knit. Does that work for you?'],
      [170, 'l', 'Are you still there?'],
      [300, 'l', "Looks like you've stepped away - I'll leave this chat open a bit longer."],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  // ---- fourth batch ------------------------------------------------------------------------------------------------------
  {
    name: 'Spanish: "¡Hola María!" greets the patron by her own name; nobody says who is answering',
    lines: [
      [0, 'p', 'hola, busco libros para aprender inglés'],
      [18, 'l', '¡Hola María!'],
      [24, 'l', '¿Los quiere para usted o para un niño?'],
      [50, 'p', 'para mi, nivel basico'],
      [62, 'l', 'Tenemos la serie "English for Everyone", nivel 1, en el catálogo: samplecountylib.org/catalog/english-everyone. ¿Es lo que buscaba?'],
      [90, 'p', 'si gracias, es todo'],
      [95, 'l', '¡Que le vaya bien!'],
    ],
    over: { patron: { name: 'María Pérez', email: null, phone: null } },
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'Spanish: "ya no tengo tiempo para más preguntas" ends the help for the provider, with no way back',
    lines: [
      [0, 'p', 'necesito ayuda con la solicitud de ciudadania'],
      [15, 'l', 'Hola, le saluda Jo de la Biblioteca del Condado. ¿Qué formulario necesita, el N-400?'],
      [40, 'p', 'si el N-400'],
      [50, 'l', 'El N-400 y sus instrucciones están en uscis.gov/es/n-400. ¿Le sirve?'],
      [80, 'p', 'si, y tambien necesito saber sobre la entrevista y el examen'],
      [90, 'l', 'Lo siento, ya no tengo tiempo para más preguntas. ¡Que le vaya bien!'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish: "le envío la información por correo pronto" confirms the address but says no time',
    lines: [
      [0, 'p', 'hay clases de computacion en español? mi correo es ana.r@example.com'],
      [15, 'l', 'Hola, soy Jo de la Biblioteca del Condado. ¿En qué sucursal le queda mejor?'],
      [40, 'p', 'en la de Oak'],
      [50, 'l', 'Todavía no está el calendario de primavera en samplecountylib.org/eventos. Le envío la información por correo pronto a ana.r@example.com. ¿Algo más?'],
      [80, 'p', 'no, es todo, gracias'],
      [85, 'l', '¡Gracias a usted, hasta luego!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(90 + 20 * 3600) }] },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: '"Signing up only takes a moment" is no hold: the 200 s after the provider\'s last message are a final idle',
    lines: [
      [0, 'p', 'can i get a library card if i just moved here'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Do you live in Sample County now?"],
      [35, 'p', 'yes since last month'],
      [45, 'l', 'Then yes. Signing up online only takes a moment: samplecountylib.org/card, then bring proof of address to any branch within 30 days.'],
    ],
    over: { endAfter: 200 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: '"Does your school cover the cost of printing?" after the source asks about the school, not about what was given',
    lines: [
      [0, 'p', 'where can I print my poster for the science fair'],
      [15, 'l', "Hello, I'm Jo with Sample County Library. How big does it need to be?"],
      [35, 'p', '24x36'],
      [45, 'l', 'The Main branch Makerspace prints posters up to 36 inches wide for $5; you upload the file at samplecountylib.org/makerspace/print. Does your school cover the cost of printing?'],
      [80, 'p', 'no i will pay, thanks thats all'],
      [85, 'l', 'Good luck at the science fair!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'a check-in typed after the session ended (endedAt 200 s) was not sent during the final idle',
    lines: [
      [0, 'p', 'what are the hours at the Elm branch'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Today or in general?"],
      [35, 'p', 'general'],
      [45, 'l', 'Elm is open Mon-Thu 10-8, Fri-Sat 10-5, closed Sunday: samplecountylib.org/hours. Does that answer your question?'],
      [230, 'l', 'Are you still there?'],
    ],
    over: { endedAt: at(200) },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"still looking…" every 130 s keeps the patron informed too rarely: each span is longer than 120 s',
    lines: [
      [0, 'p', 'I need the population of Frederick County in 1850, 1900 and 1950'],
      [12, 'l', "Hi, I'm Jo at Sample County Library. Is this for a report?"],
      [30, 'p', 'yes a history report'],
      [40, 'l', 'Let me look those up, one moment.'],
      [170, 'l', 'Still looking, thanks for waiting.'],
      [300, 'l', 'Found them in the census tables at census.gov/library/publications: 1850 40,987; 1900 51,920; 1950 62,287. Does that cover what you needed?'],
      [330, 'p', 'yes thank you! thats all'],
      [335, 'l', 'Good luck with the report!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'SMS: "lemme know the title n ill check" asks for the title (a request about the need, as v2\'s "let me know which edition"); the answer gives no source',
    lines: [
      [0, 'p', 'do u have that new book everyone is reading about the mushrooms', CELL],
      [20, 'l', 'hi! Jo at the Sample Library txt line here. gr8 q! lemme know the title n ill check'],
      [45, 'p', 'entangled life', CELL],
      [55, 'l', 'yep we have it, 2 copies in at Main rn'],
      [70, 'p', 'ok cool thx', CELL],
      [75, 'l', 'np, happy reading!'],
    ],
    over: { source: 'sms', patron: { name: null, email: null, phone: '+14105550148' } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'an internal "Hi Sam, taking this one" greets a colleague; the patron gets only "Which edition?" and an answer',
    lines: [
      [0, 'p', 'do you have the joy of cooking'],
      [12, 'i', "Hi Sam, I'm taking this one"],
      [15, 'l', 'Which edition?'],
      [30, 'p', 'newest'],
      [40, 'l', 'The 2019 edition is on the shelf at Main: samplecountylib.org/catalog/joy-of-cooking.'],
    ],
    exp: some({ greeting: 'fail', clarify: 'pass' }),
  },
  {
    name: '"Librarian here. Which form do you need?" says who is answering but greets nobody',
    lines: [
      [0, 'p', 'i need a tax form'],
      [15, 'l', 'Librarian here. Which form do you need?'],
      [40, 'p', 'maryland 502'],
      [50, 'l', 'The 2025 Form 502 is at marylandtaxes.gov/forms. Does that help?'],
    ],
    exp: some({ greeting: 'fail', clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'the patron greets the provider by name ("Hi Jo!"); the provider\'s "Hey! What can I find for you?" names nobody',
    lines: [
      [0, 'p', 'Hi Jo! its me again, need a book for book club'],
      [10, 'l', 'Hey! What can I find for you?'],
      [30, 'p', 'lessons in chemistry'],
      [40, 'l', 'Lessons in Chemistry by Bonnie Garmus has 4 copies in: samplecountylib.org/catalog/lessons-chemistry.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Any other details about the author?" asks about the need; the patron\'s "ok" is not being done',
    lines: [
      [0, 'p', 'looking for a mystery book, the author is a woman from scotland'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Any other details about the author?"],
      [40, 'p', 'she writes about a detective on an island'],
      [55, 'l', 'That sounds like Ann Cleeves: her Shetland series starts with Raven Black, in the catalog at samplecountylib.org/catalog/raven-black. Is that her?'],
      [80, 'p', 'ok'],
      [85, 'l', 'Enjoy!'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass', anything: 'fail' }),
  },
  {
    name: '"Have you used Ancestry before?" after the source asks about the patron\'s past, not whether it meets the need',
    lines: [
      [0, 'p', 'how can i look up my family tree for free'],
      [15, 'l', "Hello, I'm Jo at Sample County Library. Do you have a library card with us?"],
      [30, 'p', 'yes'],
      [40, 'l', 'Ancestry Library Edition is free on any library computer: samplecountylib.org/databases/ancestry. Have you used Ancestry before?'],
      [60, 'p', 'no never'],
      [70, 'l', 'It has a search form on the front page; start with a grandparent. Good luck!'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  {
    name: '"We\'ve covered a lot today, so I\'m going to stop here. Bye!" ends the help with no way back',
    lines: [
      [0, 'p', 'ok next question, how do i find my property tax history'],
      [10, 'l', "Hi, Jo at Sample County Library. We've covered a lot today, so I'm going to stop here. Bye!"],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: '"You\'re all set." and "Closing the chat." as the last two: no thanks, no goodbye, no invitation back',
    lines: [
      [0, 'p', 'can u renew my books, card 21982001112223'],
      [10, 'l', "Hi, I'm Jo at Sample County Library. Done: both books are renewed until April 2. You can do it yourself at samplecountylib.org/myaccount."],
      [30, 'p', 'ok'],
      [35, 'l', "You're all set."],
      [40, 'l', 'Closing the chat.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"I\'ll email it to you at kwan.j@example.com after I hear back from the archivist" names an event, not a time',
    lines: [
      [0, 'p', 'is there a photo of the old Elm theater? kwan.j@example.com'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Our archivist is out today; I'll email it to you at kwan.j@example.com after I hear back from her."],
      [40, 'p', 'thanks!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"I\'ll get back to you next time I\'m on shift" at the confirmed address says no when',
    lines: [
      [0, 'p', 'can you find the 1972 school board minutes? my email is p.adeyemi@example.org'],
      [15, 'l', "Hello, Jo at Sample County Library. Got it, p.adeyemi@example.org. I'll get back to you next time I'm on shift."],
      [40, 'p', 'ok thank you'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'kept: "I\'ll email it to you at kwan.j@example.com by Wednesday" says when',
    lines: [
      [0, 'p', 'is there a photo of the old Elm theater? kwan.j@example.com'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Our archivist is out today; I'll email it to you at kwan.j@example.com by Wednesday."],
      [40, 'p', 'thanks!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'an empty code is a missing code',
    lines: [
      [0, 'p', 'are you open sunday'],
      [10, 'l', "Hi, I'm Jo at Sample County Library. Yes, 1 to 5: samplecountylib.org/hours."],
    ],
    over: { resolutionCode: '' },
    exp: some({ code: 'fail' }),
  },
  {
    name: 'a fourth chat that overlaps only the last second of this one still makes four open at once',
    lines: [
      [0, 'p', 'are you open sunday'],
      [10, 'l', "Hi, I'm Jo at Sample County Library. Yes, 1 to 5: samplecountylib.org/hours."],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -600, 400), other('b', 'jo', -300, 200), other('c', 'jo', 14, 900)] },
    exp: some({ concurrency: 'fail' }),
  },
  {
    name: 'kept: a fourth chat that starts exactly when this one ends does not overlap it',
    lines: [
      [0, 'p', 'are you open sunday'],
      [10, 'l', "Hi, I'm Jo at Sample County Library. Yes, 1 to 5: samplecountylib.org/hours."],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -600, 400), other('b', 'jo', -300, 200), other('c', 'jo', 15, 900)] },
    exp: some({ concurrency: 'pass' }),
  },
  {
    name: 'kept: "Jo from the Reference Desk here" is still an introduction; "Lessons in Chemistry is in" after it is content',
    lines: [
      [0, 'p', 'is lessons in chemistry in'],
      [10, 'l', 'Hi, Jo from the Reference Desk here!'],
      [15, 'l', 'Lessons in Chemistry by Bonnie Garmus has 4 copies in: samplecountylib.org/catalog/lessons-chemistry.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'kept: "look it up in the Oxford English Dictionary" names a resource',
    lines: [
      [0, 'p', 'where does the word quarantine come from'],
      [10, 'l', "Hi, I'm Jo at Sample County Library. Is this for a class?"],
      [30, 'p', 'no just curious'],
      [40, 'l', 'From Italian quaranta giorni, forty days. You can look it up in the Oxford English Dictionary with your library card.'],
    ],
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    name: 'kept: "Shall I look that up?" offers; "What year did she graduate?" before the source still clarifies',
    lines: [
      [0, 'p', 'my mom went to Towson High, is there a yearbook online'],
      [10, 'l', "Hi, I'm Jo at Sample County Library. Shall I look that up?"],
      [20, 'p', 'yes'],
      [25, 'l', 'What year did she graduate?'],
      [40, 'p', '1979'],
      [60, 'l', 'The 1979 Towson High yearbook is scanned in our digital collection: samplecountylib.org/digital/yearbooks.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"I\'ll email you the article as soon as the ILL comes in" names an event, not a time',
    lines: [
      [0, 'p', 'can you get me this article through ILL? my email is t.boyd@example.com'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Got it, t.boyd@example.com. I've put in the request; I'll email you the article as soon as the ILL comes in."],
      [40, 'p', 'thanks!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"I\'d check with the county clerk\'s office; their hours are on the county site" refers with no way to reach them',
    lines: [
      [0, 'p', 'how do i get a marriage license'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. I'd check with the county clerk's office; their hours are on the county site."],
      [40, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Try the Maryland State Archives." sends the patron to an agency with no way to reach it',
    lines: [
      [0, 'p', 'where can I find my grandparents divorce record from 1950'],
      [15, 'l', "Hello, Jo at Sample County Library. Which county was it in?"],
      [30, 'p', 'Anne Arundel'],
      [40, 'l', 'Court records that old went to the state. Try the Maryland State Archives.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the internal note that says why comes after the transfer',
    lines: [
      [0, 'p', 'I need help with a chemistry citation'],
      [15, 'l', "Hi, I'm Jo at Sample University Library. I'm transferring you to our science librarian, one moment."],
      [20, 's', 'Transferred to Ana Ruiz', sys('transfer', 'aruiz')],
      [22, 'i', 'Ana, this one needs ACS citation style help, your area.'],
      [40, 'l', 'Hi, Ana here! Which ACS format do you need?', ANA],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: '"Follow-up by patron\'s library" with the e-mail only in the patron fields and no time: the code fits, the contact check does not',
    lines: [
      [0, 'p', 'can my branch find my great aunts obituary from 1962'],
      [15, 'l', "Hi, I'm Jo with Ask Us. I'll pass this to your home library's local history staff and someone from there will contact you."],
      [40, 'p', 'ok thank you'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", patron: { name: null, email: 'aunt.search@example.com', phone: null } },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    name: 'kept: pickedUpAt at 50 s is the pickup, though the first visible message comes at 95 s (RUBRIC.md: "or pickedUpAt when the source system records it")',
    lines: [
      [0, 'p', 'what time does Main close'],
      [95, 'l', "Hi, I'm Jo at Sample County Library. Main closes at 8 tonight: samplecountylib.org/hours."],
    ],
    over: { pickedUpAt: at(50) },
    exp: some({ pickup: 'pass' }),
  },
  {
    name: '"The Register of Wills can help with that" refers the patron to an office with no way to reach it',
    lines: [
      [0, 'p', 'how do i become executor of my moms estate'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. The Register of Wills can help with that."],
      [40, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
];

describeSessions('ninth round (P): false passes, whole sessions', whole);
describeSessions('ninth round (P): false passes, short', short);

/** Labelled, not run: left for a later round (see the report). */
export const LEFT: SessionCase[] = [];
