/**
 * Twenty-fifth round, area (A2): QUOTED, REPORTED AND PASTED-IN SPEECH. Words inside a message that belong to someone else:
 * a patron quoting an earlier chat or a teacher's e-mail, a provider relaying a colleague ("Ms. Ortiz said to tell you to
 * call her at …", "Kayla from the teen desk says hi!"), homework prompts and essay questions pasted by students, notices and
 * e-mails pasted in, lines of poems and films the patron is trying to place, song and film titles ("Hello, Goodbye",
 * "Anything Else", "Call Me Maybe", "Is This What You Wanted"), a policy read out verbatim, quote marks of every kind
 * (" " ' ' “ ” ‘ ’ « » and "> " quoted lines) and reported speech without quotes ("she said she'd call me back tomorrow").
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - the checks ask what the provider did and told the patron: words the provider quotes (a title, a line of a poem or a
 *   song, a screen's or a notice's words, a homework prompt, the patron's own words, an earlier librarian's words) are not
 *   the provider's greeting, question, goodbye, promise or dismissal, whatever the quote marks (double, single, curly,
 *   guillemets, a "> " line);
 * - a colleague's "hi" relayed ("Kayla from the teen desk says hi!") is the colleague's greeting passed on, not the
 *   provider greeting the patron: with nothing else, the greeting check fails;
 * - a colleague's promise relayed ("Ms. Okafor says she'll email you the scan by Thursday") is a promise in the chat that
 *   someone will contact the patron (RUBRIC.md's "someone from your library will contact you"): a follow-up session;
 * - a colleague's request to wait relayed ("Dana says give her a minute, she's checking the shelf") asks the patron to
 *   wait: a hold message;
 * - a colleague the patron is told to call ("Ms. Ortiz said to tell you to call her") is a named specialist outside the
 *   chat: a referral, which needs her contact;
 * - reporting an earlier librarian's dismissal to apologise for it ("I'm sorry someone told you your time was up") is no
 *   dismissal;
 * - a URL the provider repeats from the patron's paste and confirms ("register at cantonlibrary.org/events" — "that's the
 *   right place") is a source the provider gives; "that link works" without the address gives none;
 * - an e-mail address inside a notice the patron pasted (the library's own "ill@…") is not the patron's contact;
 * - the patron quoting someone else's "that's everything you need" does not say the patron is done.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

const HOUR = 3600;

export const whole: SessionCase[] = [
  // ---- a patron quoting an earlier chat, the provider quoting it back -------------------------------------------------
  {
    // reading: the provider quotes the earlier librarian's promise to apologise for it; no promise is made in this chat
    name: 'Pratt Library, a reading list never sent: the patron quotes "I\'ll email you the list by Friday", the provider quotes it back and gives the list now: no follow-up',
    lines: [
      [0, 'p', 'hi. last week the librarian on here said \'I\'ll email you the list by Friday\' and never did. i still need books on the harlem renaissance for my class'],
      [41, 'l', 'Hello, this is Nadia with Pratt Library\'s Ask a Librarian.'],
      [47, 'l', 'I\'m so sorry — if someone wrote "I\'ll email you the list by Friday," you should have had it. Is this for a high school or college class?'],
      [90, 'p', 'college, intro to african american lit'],
      [98, 'l', 'Let me pull a few titles, one moment.'],
      [170, 'l', 'Good starting points in our catalog: When Harlem Was in Vogue by David Levering Lewis, and The Portable Harlem Renaissance Reader. Our Harlem Renaissance guide is at prattlibrary.org/research/harlem. Does that cover what you need?'],
      [215, 'p', 'yes thats perfect, thats all i needed'],
      [221, 'l', 'Glad to help! Thanks for giving us another try.'],
    ],
    exp: usual(),
  },
  {
    // reading: the patron's report of an earlier dismissal, and the provider's apology repeating it, are no dismissal
    name: 'Ask Us Now, a census question: the patron reports "the last librarian told me i reached my limit of questions", the provider apologises in reported speech',
    lines: [
      [0, 'p', 'the last librarian told me "youve reached your limit of questions" is that true?? i still have 2 more about the census'],
      [30, 'l', 'Hi there, you\'re chatting with Colin at AskUsNow!'],
      [35, 'l', 'I\'m sorry someone told you that you had reached a limit of questions; we don\'t have one. What are your census questions?'],
      [80, 'p', 'where do i find 1950 census records for baltimore'],
      [88, 'l', 'Do you know the address or the enumeration district they lived in?'],
      [140, 'p', 'just the street, Edmondson ave'],
      [148, 'l', 'The 1950 census is free at 1950census.archives.gov; you can search by name and state, and the street narrows it down. Did that help?'],
      [200, 'p', 'yes! and the second one is how do i print it'],
      [207, 'l', 'On the record page click the download arrow, then print the PDF. Anything else I can help with?'],
      [240, 'p', 'nope thats all'],
      [245, 'l', 'Thanks for using AskUsNow!, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: a policy read out verbatim, then "nobody is waiting, no rush", ends no help
    name: 'Howard County, a policy quoted: "Our policy says: \\"Chat sessions may be limited to 20 minutes when other patrons are waiting.\\" Nobody\'s waiting right now"',
    lines: [
      [0, 'p', 'is there a time limit on these chats? i have a lot of tax questions'],
      [28, 'l', 'Good morning! This is Joyce, a librarian at Howard County Library System.'],
      [35, 'l', 'Our policy says: "Chat sessions may be limited to 20 minutes when other patrons are waiting." Nobody\'s waiting right now, so ask away. Which tax form is it about?'],
      [80, 'p', 'the maryland 502, where do i get a paper copy'],
      [88, 'l', 'Paper 502s are at every branch\'s front desk, and you can print one from marylandtaxes.gov under Forms. Does that answer it?'],
      [130, 'p', 'yes thank you, that\'s everything'],
      [136, 'l', 'You\'re welcome, thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  // ---- a colleague relayed -------------------------------------------------------------------------------------------
  {
    // reading: "Jen at the Oak St branch says hi!" is Jen's greeting passed on; the provider's own two messages name him
    // but greet no one
    name: 'Fenwick Library, a hold: "Ravi at Fenwick Library here. My coworker Jen at the Oak St branch says hi!" then a question: the relayed hi is not a greeting',
    lines: [
      [0, 'p', 'hi its Mrs. Delgado again, is my book in yet? Jen said she would check'],
      [22, 'l', 'Ravi at Fenwick Library here. My coworker Jen at the Oak St branch says hi!'],
      [28, 'l', 'Which title was it, and is the hold on your own card?'],
      [60, 'p', 'the new louise penny, on my card'],
      [68, 'l', 'It arrived this morning: The Black Wolf by Louise Penny is on the hold shelf at Oak St under your card until the 14th. You can see it in My Account at fenwicklibrary.org. Is that what you were hoping for?'],
      [110, 'p', 'yes!! thats all, thank you'],
      [115, 'l', 'Enjoy it, and thanks for chatting!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // (the same session with "Checking with our genealogy desk" is in LEFT)
    // reading: a colleague's promise relayed ("she'll email you the scan by Thursday") is a follow-up promise; the address
    // is given and read back, the when is said
    name: 'Frederick County, an obituary ("Let me ask our genealogy desk"): "Ms. Okafor in Genealogy says she\'ll email you the scan by Thursday", address read back, coded for the patron\'s library; sent at 30 h',
    lines: [
      [0, 'p', 'Looking for an obituary for my aunt, Ruth Hammond, died March 1987 in Frederick'],
      [33, 'l', 'Good afternoon! This is Greg at Frederick County Public Libraries.'],
      [38, 'l', 'Do you know which paper it ran in, or roughly the date?'],
      [75, 'p', 'frederick news-post, mid march'],
      [83, 'l', 'Let me ask our genealogy desk, one moment.'],
      [175, 'l', 'The 1987 News-Post is only on microfilm at our C. Burr Artz branch. Ms. Okafor in Genealogy says she\'ll email you the scan by Thursday. What email should she send it to?'],
      [215, 'p', 'rhammond.fam@gmail.com'],
      [221, 'l', 'Got it, rhammond.fam@gmail.com. In the meantime the index at fcpl.org/genealogy lists the obituaries by name. Does that help for now?'],
      [260, 'p', 'yes, thanks so much'],
      [266, 'l', 'Is there anything else I can help with today?'],
      [290, 'p', 'no that\'s all'],
      [295, 'l', 'Thank you for contacting FCPL. Take care!'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(295 + 30 * HOUR), by: 'jo', note: 'scan sent by genealogy' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "my colleague at the Annex says she will call you once she finds the box": a promise relayed, with no when;
    // the code says Answered
    name: 'Wicomico PL, a family bible: the colleague "will call you once she finds the box", phone read back, no when, coded Answered',
    lines: [
      [0, 'p', 'my grandmother donated a family bible to the library years ago, the Tilghman bible. can i see it?'],
      [45, 'l', 'Hello, you\'ve reached Wicomico Public Library, I\'m Tasha.'],
      [51, 'l', 'Do you know about when she donated it?'],
      [90, 'p', 'maybe 1998'],
      [97, 'l', 'Our donated materials are at the Annex. My colleague at the Annex says she will call you once she finds the box. What number should she use?'],
      [150, 'p', '410-555-0163'],
      [156, 'l', 'Thanks, that\'s 410-555-0163. Meanwhile our local history page is at wicomicolibrary.org/history. Does that help for now?'],
      [200, 'p', 'ok yes'],
      [206, 'l', 'Anything else I can do for you?'],
      [230, 'p', 'no thank you'],
      [236, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: the patron's report of what the desk said ("she'd call me back tomorrow") is no promise of the provider's
    name: 'Harford County, a lost card: "the lady at the front desk said she\'d call me back tomorrow but she didnt", the provider answers now: no follow-up',
    lines: [
      [0, 'p', 'the lady at the front desk said she\'d call me back tomorrow about my lost card but she didnt. how do i get a new one'],
      [26, 'l', 'Hi, this is Lauren at Harford County Public Library, sorry about the missed call!'],
      [32, 'l', 'Do you still have the same address as when you got the card?'],
      [70, 'p', 'yes same'],
      [78, 'l', 'Then you can report it lost in My Account at hcplonline.org/cards and request a replacement; the first one is free and is mailed to you. Does that answer your question?'],
      [120, 'p', 'yes thank u thats all i needed'],
      [126, 'l', 'You\'re welcome! Have a great day.'],
    ],
    exp: usual(),
  },
  // ---- homework prompts pasted in -------------------------------------------------------------------------------------
  {
    // reading: the prompt's "Do you have any other questions about the Civil War?", quoted by patron and provider, is not
    // the provider asking whether the patron needs anything else
    name: 'Anne Arundel, a Civil War worksheet: the prompt "Do you have any other questions about the Civil War? Write three." quoted by both: anything else fails',
    lines: [
      [0, 'p', 'The question says: "Do you have any other questions about the Civil War? Write three." i dont get what it wants'],
      [37, 'l', 'Hi! I\'m Ms. Banks, a librarian with AACPL\'s homework help.'],
      [43, 'l', 'What grade is this for, and did your teacher give you a reading to go with it?'],
      [85, 'p', '8th grade, the textbook chapter 14'],
      [94, 'l', 'So for "Do you have any other questions about the Civil War?" your teacher wants three questions of your own that chapter 14 didn\'t answer. For ideas, try Britannica School (from aacpl.net/homework), under Civil War. Does that help?'],
      [140, 'p', 'ohh ok yeah'],
      [146, 'l', 'Great. Thanks for using homework help, good luck!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: the essay prompt quoted back ("Does the author completely answer the question she raises?") is not the
    // provider asking whether the information meets the need
    name: 'Towson University, an essay prompt: "Does the author completely answer the question she raises in paragraph 2?" quoted back, no completeness question',
    lines: [
      [0, 'p', 'my essay prompt is: "Does the author completely answer the question she raises in paragraph 2? Use one outside source." can you help me find an outside source? the article is about sleep and teens'],
      [44, 'l', 'Hello, this is Dev at Cook Library, Towson University.'],
      [50, 'l', 'Does your professor want a scholarly article, or is a news source OK?'],
      [95, 'p', 'scholarly'],
      [102, 'l', 'One sec, searching.'],
      [190, 'l', 'For "Does the author completely answer the question she raises?" a review would work well: search PsycINFO (library.towson.edu/databases) for "adolescent sleep" AND "school start times", limited to peer reviewed.'],
      [240, 'p', 'ok found one, thanks'],
      [246, 'l', 'Anything else I can help with?'],
      [270, 'p', 'no thats it'],
      [275, 'l', 'Thanks for chatting, good luck with the essay!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: the patron quoting a professor's "that's everything you need" says nothing about the patron being done
    name: 'UMBC, chapter 9: the patron quotes the professor\'s e-mail "that\'s everything you need for the final" and leaves with "ok ty": anything else fails',
    lines: [
      [0, 'p', 'my prof emailed "that\'s everything you need for the final" but chapter 9 isnt on blackboard. is the textbook at the library?'],
      [29, 'l', 'Hi, welcome to the UMBC Library chat! I\'m Yusuf.'],
      [35, 'l', 'Which course and textbook is it?'],
      [70, 'p', 'CHEM 102, Chemistry: The Central Science 15th ed'],
      [78, 'l', 'We have it on 2-hour course reserve at the front desk: search the title in the catalog at library.umbc.edu and choose Course Reserves. Does that help?'],
      [120, 'p', 'ok ty'],
      [126, 'l', 'Thanks for stopping by!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- quotations and titles the patron wants to place -------------------------------------------------------------
  {
    // reading: "Hello darkness, my old friend" in the provider's first message is the song's hello, not the provider's
    name: 'Ask Us Now, a song line: the first message "Ask Us Now, this is Devon. “Hello darkness, my old friend” — I know that one!" greets no one',
    lines: [
      [0, 'p', 'what song starts with hello darkness my old friend? my mom keeps singing it'],
      [20, 'l', 'Ask Us Now, this is Devon. “Hello darkness, my old friend” — I know that one!'],
      [26, 'l', 'Do you want just the title, or the lyrics or a recording too?'],
      [60, 'p', 'title and a recording'],
      [67, 'l', 'It\'s The Sound of Silence by Simon & Garfunkel (1964). Our catalog has Sounds of Silence on CD, and it streams free on Hoopla with your card. Is that what you were looking for?'],
      [110, 'p', 'yes thats it, thats all!'],
      [116, 'l', 'Thanks for asking, enjoy the music!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: ‘Goodbye Cruel World’ in single curly quotes is a title; the provider's last two messages are the answer
    // and a check-in, so nothing thanks or parts. Final idle 150 s (from the answer): a check-in, no notice needed.
    name: 'Carroll County, a song title in single curly quotes: ‘Goodbye Cruel World’ in the answer, then "Still there?": courteous fails',
    lines: [
      [0, 'p', 'who sang goodbye cruel world? its an old song'],
      [30, 'l', 'Hi, I\'m Pam, a librarian at Carroll County Public Library.'],
      [36, 'l', 'Is it an older pop song, or the Pink Floyd one from The Wall?'],
      [75, 'p', 'older, like 60s'],
      [84, 'l', '‘Goodbye Cruel World’ was a 1961 hit for James Darren. We have it on the CD Teen Idols of the 60s in our catalog. Does that answer your question?'],
      [215, 'l', 'Still there?'],
    ],
    over: { endAfter: 19 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    // reading: ‘Hello, Goodbye’ is a title; after the patron is done, the provider's last two messages give the answer and
    // an extra; neither thanks, parts or invites back
    name: 'Delaware Libraries, ‘Hello, Goodbye’: the title in the provider\'s last two messages, no goodbye of the provider\'s own: courteous fails',
    lines: [
      [0, 'p', 'which beatles album has hello goodbye on it'],
      [25, 'l', 'Hey there! Marisol with Delaware Libraries\' Ask a Librarian.'],
      [31, 'l', 'Are you after the original album, or any CD we can lend you?'],
      [60, 'p', 'original album, for a trivia night'],
      [68, 'l', '‘Hello, Goodbye’ came out as a single in November 1967 and is on the US album Magical Mystery Tour; our record is in the catalog at lib.de.us. Is that what you needed?'],
      [105, 'p', 'yes perfect, thats all i needed'],
      [112, 'l', '‘Hello, Goodbye’ is also on the Beatles 1 compilation, if trivia asks about that.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: the film "Anything Else" is a title, not the provider asking whether the patron needs anything else
    name: 'Baltimore County, a film: “Anything Else” (2003) named in the answer, the provider never asks: anything else fails',
    lines: [
      [0, 'p', 'theres a woody allen movie with jason biggs in it, whats it called and do u have it'],
      [33, 'l', 'Hi! This is Reggie, a librarian at Baltimore County Public Library.'],
      [38, 'l', 'Do you want to borrow it on DVD, or stream it?'],
      [70, 'p', 'dvd'],
      [78, 'l', 'That\'s “Anything Else” (2003), with Jason Biggs and Christina Ricci. We have the DVD: search the title in the catalog at bcpl.info and place a hold. Did that help?'],
      [115, 'p', 'yes thanks'],
      [121, 'l', 'Thanks for chatting, enjoy the movie!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Montgomery County, sheet music: “Call Me Maybe” in the answer is a title, no referral and no promise; good session',
    lines: [
      [0, 'p', 'do you have sheet music for call me maybe, piano'],
      [27, 'l', 'Hello, I\'m Kim at Montgomery County Public Libraries.'],
      [33, 'l', 'Easy piano or the full piano/vocal arrangement?'],
      [66, 'p', 'easy'],
      [74, 'l', '“Call Me Maybe” (Carly Rae Jepsen) is in Pop Hits for Easy Piano 2012, call number 786.2 POP, on the shelf at Rockville. Does that work for you?'],
      [110, 'p', 'yes! that\'s all I needed'],
      [116, 'l', 'Thanks for contacting MCPL, happy playing!'],
    ],
    exp: usual(),
  },
  {
    // reading: the single-quoted line from Prufrock is the poem's question, not the provider's; the provider's real
    // clarifying question comes before the source
    name: 'Queen Anne\'s County, a poem: the provider repeats ‘Do I dare to eat a peach?’ and asks "Was it in a class reading?", then the source',
    lines: [
      [0, 'p', 'what poem has the line do i dare to eat a peach'],
      [24, 'l', 'Hello! You\'re chatting with Ann, a librarian at Queen Anne\'s County Library.'],
      [30, 'l', '‘Do I dare to eat a peach?’ — I know it. Was it in a class reading, and do you need the full text?'],
      [70, 'p', 'yes for english class, full text'],
      [78, 'l', 'It\'s from The Love Song of J. Alfred Prufrock by T. S. Eliot (1915). The full text is at poetryfoundation.org, and it\'s in Eliot\'s Collected Poems in our catalog. Does that answer your question?'],
      [120, 'p', 'yes ty that is all'],
      [126, 'l', 'Thank you, bye!'],
    ],
    exp: usual(),
  },
  // ---- quote marks of other kinds -------------------------------------------------------------------------------------
  {
    // reading: a "> " line quotes the patron's own earlier question; it is not the provider asking
    name: 'Howard Community College, more by an author: the provider quotes the patron\'s "> do you have anything else by her" and answers; never asks: anything else fails',
    lines: [
      [0, 'p', 'do you have Braiding Sweetgrass'],
      [21, 'l', 'Hi, Ana at the HCC Library here!'],
      [27, 'l', 'Print or e-book?'],
      [50, 'p', 'print. do you have anything else by her'],
      [58, 'l', 'Braiding Sweetgrass is on the shelf, call number 305.8 KIM.\n> do you have anything else by her\nYes: Gathering Moss and The Serviceberry, both in the catalog at library.howardcc.edu. Does that help?'],
      [100, 'p', 'yes ty'],
      [106, 'l', 'Thanks for chatting with us!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: «Adieu» quoted in guillemets is the novel's, not the provider's goodbye; the provider's last two messages are
    // the answer and a completeness question; the patron said they were done
    name: 'Alliance Française library chat, a line from Le Petit Prince: «Adieu, dit le renard» in the answer, then "Is that the passage?": courteous fails',
    lines: [
      [0, 'p', 'in the little prince where does the fox say goodbye? i need the page in french'],
      [28, 'l', 'Hello and bonjour! This is Claire at the Alliance Française library.'],
      [33, 'l', 'Which edition do you have, Folio or Gallimard hardcover?'],
      [70, 'p', 'folio'],
      [78, 'l', 'Chapter XXI, around page 72 in the Folio edition: «Adieu, dit le renard. Voici mon secret.» Our Folio copy is in the catalog at afbibliotheque.org.'],
      [82, 'l', 'Is that the passage you needed?'],
      [120, 'p', 'yes exactly, thats everything'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: the notice's "Thank you and happy Thanksgiving!" is the notice's; the provider's own last two messages thank
    // no one. The patron sent the last message: no final idle.
    name: 'Cecil County, a closure notice read out in single quotes: ‘… Thank you and happy Thanksgiving!’ then "Does that answer it?": courteous fails',
    lines: [
      [0, 'p', 'are you open the day after thanksgiving'],
      [24, 'l', 'Hi, this is Beth at Cecil County Public Library.'],
      [29, 'l', 'Which branch do you go to?'],
      [55, 'p', 'elkton'],
      [63, 'l', 'The notice on cecil.ebranch.info says: ‘All branches are closed Thursday, Nov. 26 and open 10–5 on Friday, Nov. 27. Thank you and happy Thanksgiving!’'],
      [68, 'l', 'Does that answer it?'],
      [100, 'p', 'yep thats all i needed'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  // ---- pasted e-mails and notices --------------------------------------------------------------------------------------
  {
    name: 'Calvert Library, a pasted e-mail: "Dear Sir, Thank you for contacting us. Your request #4471 has been closed. Goodbye." explained; good session',
    lines: [
      [0, 'p', 'I got this email: "Dear Sir, Thank you for contacting us. Your request #4471 has been closed. Goodbye." what does that mean? I never got my book'],
      [38, 'l', 'Good evening, this is Omar at Calvert Library.'],
      [44, 'l', 'Was request #4471 an interlibrary loan, or a hold on one of our own books?'],
      [90, 'p', 'interlibrary loan'],
      [97, 'l', 'That message means no lending library could fill it. You can submit it again or suggest a purchase at calvertlibrary.info/ill. Does that answer your question?'],
      [135, 'p', 'yes, ok'],
      [140, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thank you for contacting Calvert Library, goodbye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the provider's own last two messages are the explanation quoting the e-mail's "Thank you … Goodbye." and a
    // completeness question; the quote is the e-mail's, not the provider's goodbye
    name: 'Calvert Library, the same e-mail quoted back as the answer: "That \\"Thank you for contacting us. Goodbye.\\" is the system\'s automatic line": courteous fails',
    lines: [
      [0, 'p', 'why did I get an email that just says "Thank you for contacting us. Goodbye." about my ILL request'],
      [38, 'l', 'Hi, this is Omar at Calvert Library.'],
      [44, 'l', 'Did it have a request number in the subject line?'],
      [80, 'p', 'yes #4471'],
      [88, 'l', 'That "Thank you for contacting us. Goodbye." is the automatic closing line the ILL system sends when a request can\'t be filled. You can resubmit it at calvertlibrary.info/ill.'],
      [93, 'l', 'Does that answer your question?'],
      [130, 'p', 'ahh ok got it, thats all i needed'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: "ill@brookside.lib.md.us" is the library's, inside the notice the patron pasted: no patron contact is known,
    // and the provider never confirms one
    name: 'Brookside Library, a pasted ILL notice with the library\'s own address; the provider promises an e-mail "by Monday" to the address on the account; coded Follow-up by me',
    lines: [
      [0, 'p', 'I got this: "Your interlibrary loan request could not be filled. Questions? Write to ill@brookside.lib.md.us. Thank you." why couldnt it be filled?'],
      [40, 'l', 'Hi, I\'m Tom at Brookside Library.'],
      [46, 'l', 'What was the title you requested?'],
      [90, 'p', 'the 1931 yearbook of Brookside High'],
      [97, 'l', 'Yearbooks are often not lent out. Our local history room\'s catalog is at brooksidelibrary.org/localhistory; it may list a copy. I\'ll ask our ILL staff why and email you by Monday at the address on your account. Does that help for now?'],
      [140, 'p', 'ok'],
      [146, 'l', 'Anything else today?'],
      [170, 'p', 'no'],
      [175, 'l', 'Thanks, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(175 + 40 * HOUR), by: 'jo', note: 'emailed ILL reason' }] },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    // reading: a colleague's e-mail pasted in ("Hi Sam — … Thanks! Priya") is Priya's, not the provider's; the provider's
    // own last two messages thank no one
    name: 'Cecil College, a colleague\'s reply pasted in: "Hi Sam — yes, we have the 1910 Sanborn maps … Thanks! Priya" then "Glad it worked out": courteous fails',
    lines: [
      [0, 'p', 'do you have sanborn fire insurance maps for elkton around 1910'],
      [31, 'l', 'Hi, this is Sam at Cecil College Library.'],
      [37, 'l', 'Do you need a particular street, or the whole town?'],
      [70, 'p', 'main street, for a history paper'],
      [77, 'l', 'Let me ask our archivist, one moment.'],
      [170, 'l', 'Here\'s what Priya in Special Collections wrote back: "Hi Sam — yes, we have the 1910 Sanborn maps for Elkton, digitized at cecil.edu/archives/sanborn. Main Street is sheets 3-5. Thanks! Priya" Does that cover it?'],
      [210, 'p', 'yes!! thats all i needed'],
      [216, 'l', 'Glad it worked out.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  // ---- idle endings with quoted notices ---------------------------------------------------------------------------------
  {
    // reading: the quoted "It looks like you've disconnected, this chat will end" is the widget's message the patron asked
    // about, not the provider's notice; final idle 200 s from that answer: the check-in passes, no notice was given
    name: 'Talbot County, a chat widget: the answer quotes the widget\'s "It looks like you\'ve disconnected, this chat will end"; the patron goes quiet, "Are you still there?" at 130 s; ends at 200 s',
    lines: [
      [0, 'p', 'your chat keeps kicking me out, it says "It looks like you\'ve disconnected, this chat will end" every few minutes'],
      [25, 'l', 'Hi, this is Rosa at Talbot County Free Library, sorry about that!'],
      [31, 'l', 'Are you on a phone or a computer, and which browser?'],
      [60, 'p', 'phone, safari'],
      [68, 'l', 'If you see "It looks like you\'ve disconnected, this chat will end" again, keep the chat tab open in front: Safari pauses tabs in the background. The steps are on talbotlibrary.org/chat-help. Does that work?'],
      [198, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 70 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Talbot County, the same widget, the provider\'s own notice this time: "Looks like you\'ve disconnected. I\'ll end the chat now; come back anytime!" at 200 s',
    lines: [
      [0, 'p', 'your chat keeps saying "are you still there" and then kicks me out'],
      [25, 'l', 'Hi, this is Rosa at Talbot County Free Library.'],
      [31, 'l', 'Are you on a phone or a computer?'],
      [60, 'p', 'phone'],
      [68, 'l', 'Keep the chat tab in front: phones pause tabs in the background. The steps are on talbotlibrary.org/chat-help. Does that work?'],
      [198, 'l', 'Are you still there?'],
      [268, 'l', 'Looks like you\'ve disconnected. I\'ll end the chat now; come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

/** A question asked and clarified, for the short cases about what comes after. */
const POEM: Line[] = [
  [0, 'p', 'i need a poem for a funeral, something not too religious'],
  [22, 'l', 'Hi, this is Jo at Kent County Library. Is it to read aloud, and about how long?'],
  [50, 'p', 'read aloud, short'],
];
/** A question only, for the short cases about the opening. */
const ASK: Line[] = [[0, 'p', 'can you help me find something for school']];
const BYE = (t: number): Line[] => [
  [t, 'p', 'ok thanks'],
  [t + 6, 'l', 'Thanks for chatting, bye!'],
];

export const short: SessionCase[] = [
  // ---- greetings -------------------------------------------------------------------------------------------------------
  {
    // reading: the relayed hi is Kayla's, not Tom's
    name: '"Tom at Burlington Library here. Kayla from the teen desk says hi!" then "What can I find for you?": the relayed hi greets no one, greeting fails',
    lines: [...ASK, [15, 'l', 'Tom at Burlington Library here. Kayla from the teen desk says hi!'], [20, 'l', 'What can I find for you?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Hi! Tom at Burlington Library here. Kayla says hi too!": the provider\'s own "Hi!", greeting passes',
    lines: [...ASK, [15, 'l', 'Hi! Tom at Burlington Library here. Kayla says hi too!'], [20, 'l', 'What can I find for you?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Ask Us Now, this is Devon. \\"Hello darkness, my old friend\\" — good one!" (double quotes) greets no one: greeting fails',
    lines: [[0, 'p', 'what song starts with hello darkness my old friend'], [15, 'l', 'Ask Us Now, this is Devon. "Hello darkness, my old friend" — good one!'], [20, 'l', 'Do you want the title or the lyrics?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Hello! Ask Us Now, this is Devon. \\"Hello darkness\\" — good one!" greets: greeting passes',
    lines: [[0, 'p', 'what song starts with hello darkness my old friend'], [15, 'l', 'Hello! Ask Us Now, this is Devon. "Hello darkness" — good one!'], [20, 'l', 'Do you want the title or the lyrics?']],
    exp: some({ greeting: 'pass' }),
  },
  // ---- clarifying questions --------------------------------------------------------------------------------------------
  {
    // reading: the quoted "?" is Eliot's; the provider asks nothing before the source
    name: '"‘Do I dare to eat a peach?’ — I know that line." then the source: the quoted question is the poem\'s, clarify fails',
    lines: [
      [0, 'p', 'what poem has the line do i dare to eat a peach'],
      [15, 'l', 'Hi, Jo at Kent County Library here.'],
      [20, 'l', '‘Do I dare to eat a peach?’ — I know that line.'],
      [40, 'l', 'It\'s from The Love Song of J. Alfred Prufrock by T. S. Eliot; the full text is at poetryfoundation.org. Does that help?'],
      ...BYE(80),
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "Is it ‘Do I dare to eat a peach?’ you mean, or ‘Do I dare disturb the universe?’" asks which line: clarify passes',
    lines: [
      [0, 'p', 'what poem has the line do i dare'],
      [15, 'l', 'Hi, Jo at Kent County Library here.'],
      [20, 'l', 'Is it ‘Do I dare to eat a peach?’ you mean, or ‘Do I dare disturb the universe?’'],
      [40, 'p', 'the peach one'],
      [48, 'l', 'Both are from The Love Song of J. Alfred Prufrock by T. S. Eliot; the full text is at poetryfoundation.org. Does that help?'],
      ...BYE(80),
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: "So the assignment asks you to …" restates the patron's need in the provider's words before the source
    name: '"So the assignment asks you to \\"compare two causes of World War I\\" using one primary source." restates the need: clarify passes',
    lines: [
      [0, 'p', 'i pasted my assignment: "Compare two causes of World War I using at least one primary source."'],
      [15, 'l', 'Hi, Jo at Kent County Library here.'],
      [20, 'l', 'So the assignment asks you to "compare two causes of World War I" using one primary source.'],
      [40, 'l', 'The Avalon Project at avalon.law.yale.edu has the primary documents, such as the Austro-Hungarian ultimatum to Serbia. Does that help?'],
      ...BYE(80),
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  {
    // reading: the title's question is Cohen's, not the provider's
    name: 'the answer names "Is This What You Wanted" (Leonard Cohen): a title, no completeness question: completeness fails',
    lines: [
      [0, 'p', 'which leonard cohen album has is this what you wanted'],
      [15, 'l', 'Hi, Jo at Kent County Library here. Do you want to borrow the album, or just the name?'],
      [40, 'p', 'borrow'],
      [48, 'l', '"Is This What You Wanted" is on New Skin for the Old Ceremony (1974); we have the CD, it\'s in the catalog at kentcountylibrary.org.'],
      ...BYE(80),
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: the same answer, then "Is this what you wanted?" in the provider\'s own words: completeness passes',
    lines: [
      [0, 'p', 'which leonard cohen album has that song about the chelsea hotel'],
      [15, 'l', 'Hi, Jo at Kent County Library here. Do you want to borrow the album, or just the name?'],
      [40, 'p', 'borrow'],
      [48, 'l', 'Chelsea Hotel #2 is on New Skin for the Old Ceremony (1974); we have the CD, it\'s in the catalog at kentcountylibrary.org. Is this what you wanted?'],
      ...BYE(80),
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a patron\'s pasted question, "did the new deal help?", quoted back before the source, is no completeness question: completeness fails',
    lines: [
      [0, 'p', 'my essay question is "Did the New Deal help?" idk where to start'],
      [15, 'l', 'Hi, Jo at Kent County Library here. Is this for a high school class?'],
      [40, 'p', 'yes'],
      [48, 'l', 'For "Did the New Deal help?" start with the New Deal section of the Library of Congress classroom materials at loc.gov/classroom-materials.'],
      ...BYE(80),
    ],
    exp: some({ complete: 'fail' }),
  },
  // ---- anything else -------------------------------------------------------------------------------------------------
  {
    name: 'the film title “Anything Else” in the answer: no question whether the patron needs more: anything else fails',
    lines: [...POEM, [58, 'l', 'Not a poem, but the funeral scene in the film “Anything Else” uses one: we have it on DVD, and a good collection is Poems to Read at Funerals, in the catalog. Does that help?'], [90, 'p', 'ok thanks']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Anything else I can find for you?" in the provider\'s own words: anything else passes',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. Does that help?'], [90, 'p', 'yes'], [96, 'l', 'Anything else I can find for you?'], [120, 'p', 'no']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: the syllabus's "no more questions" is the syllabus's, quoted; "ok" alone says nothing
    name: 'the patron quotes the syllabus, "no more questions after week 10", then only "ok": anything else fails',
    lines: [
      [0, 'p', 'the syllabus says "no more questions after week 10" so i need this now: where are the reserve readings'],
      [15, 'l', 'Hi, Jo at Kent County Library here. Which course?'],
      [40, 'p', 'HIST 210'],
      [48, 'l', 'HIST 210\'s readings are on Course Reserves at kentcountylibrary.org/reserves. Does that help?'],
      [80, 'p', 'ok'],
      [86, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: the patron\'s own "lol \\"that\'s all folks\\" — no more questions, thanks!": anything else passes',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. Does that help?'], [90, 'p', 'lol "that\'s all folks" — no more questions, thanks!'], [96, 'l', 'Thanks for chatting, bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- dismissals ------------------------------------------------------------------------------------------------------
  {
    // reading: an apology for what someone else said, in reported speech
    name: '"I\'m sorry another librarian said your time was up; that shouldn\'t have happened." dismisses no one: no dismissal passes',
    lines: [...POEM, [58, 'l', 'I\'m sorry another librarian said your time was up; that shouldn\'t have happened. Try Poems to Read at Funerals, in our catalog. Does that help?'], ...BYE(90)],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "Sorry, your time is up for today." dismisses: no dismissal fails',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog.'], [90, 'p', 'and one more, a song for the end?'], [96, 'l', 'Sorry, your time is up for today.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: the booking screen's words, in single curly quotes
    name: '"If the computer booking screen says ‘Your time is up’, you can add 30 minutes at the desk." is the screen\'s: no dismissal passes',
    lines: [[0, 'p', 'the library computer keeps logging me off'], [15, 'l', 'Hi, Jo at Kent County Library here. Which branch are you at?'], [40, 'p', 'chestertown'], [48, 'l', 'If the computer booking screen says ‘Your time is up’, you can add 30 minutes at the desk, or book more at kentcountylibrary.org/pcs. Does that help?'], ...BYE(80)],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- promises --------------------------------------------------------------------------------------------------------
  {
    // reading: the earlier librarian's promise quoted back is not the provider promising
    name: 'the provider quotes an earlier chat, "the last librarian wrote \\"I\'ll email you the list by Friday\\"", and gives the list now: no follow-up',
    lines: [...POEM, [58, 'l', 'You mentioned the last librarian wrote "I\'ll email you the list by Friday" and it never came; sorry! Here it is now: Poems to Read at Funerals and Do Not Stand at My Grave and Weep, both in our catalog. Does that help?'], ...BYE(90)],
    exp: some({ contact: 'na', code: 'pass', onTime: 'na' }),
  },
  {
    name: 'near miss: "I\'ll email you the list by Friday." in the provider\'s own words, no address asked: a promise, coded Answered',
    lines: [...POEM, [58, 'l', 'I\'ll email you the list by Friday. In the meantime, Poems to Read at Funerals is in our catalog. Does that help?'], ...BYE(90)],
    exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }),
  },
  {
    // reading: the archivist's promise relayed is a follow-up promise; the number read back, the when given
    name: '"Our archivist says she\'ll call you by Friday" relayed, the phone read back, coded Follow-up by patron\'s library: contact passes',
    lines: [
      [0, 'p', 'do you have the 1950s minutes of the chestertown town council'],
      [15, 'l', 'Hi, Jo at Kent County Library here. Which years exactly?'],
      [40, 'p', '1952 to 1955'],
      [48, 'l', 'They\'re in our archive, not online. Our archivist says she\'ll call you by Friday about a time to view them. What number should she use?'],
      [80, 'p', '410-555-0122'],
      [86, 'l', 'Thanks, 410-555-0122. Meanwhile the finding aid is at kentcountylibrary.org/archives. Does that help?'],
      ...BYE(110),
    ],
    over: FU_LIB,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the patron's report of the desk's "she'd call me back" is no promise of the provider's
    name: 'the patron\'s "she said she\'d call me back tomorrow" with no promise of the provider\'s: no follow-up, Answered passes',
    lines: [
      [0, 'p', 'the lady at circ said she\'d call me back tomorrow about my fine but idk, can u tell me how much it is'],
      [15, 'l', 'Hi, Jo at Kent County Library here. Is the fine on your own card?'],
      [40, 'p', 'yes'],
      [48, 'l', 'I can\'t see accounts from chat, but your fines show in My Account at kentcountylibrary.org. Does that help?'],
      ...BYE(80),
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  // ---- referrals -------------------------------------------------------------------------------------------------------
  // ---- sources ---------------------------------------------------------------------------------------------------------
  {
    // reading: the provider repeats the pasted URL and confirms it: a source the provider gives
    name: 'the provider repeats the pasted flyer\'s "register at cantonlibrary.org/events" and confirms it: source passes',
    lines: [
      [0, 'p', 'the flyer says "register at cantonlibrary.org/events" is that the right place for the tax help appointments'],
      [15, 'l', 'Hi, Jo at Canton Library here. Is it the AARP tax help you mean?'],
      [40, 'p', 'yes'],
      [48, 'l', 'Yes, "register at cantonlibrary.org/events" is the right place: pick AARP Tax-Aide and a date. Does that help?'],
      ...BYE(80),
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "that link works" gives no address of the provider's own
    name: 'the patron pastes a link, the provider says only "Yep, that link works, go ahead and register there": source fails',
    lines: [
      [0, 'p', 'is this the right link for the tax help appointments cantonlibrary.org/events'],
      [15, 'l', 'Hi, Jo at Canton Library here. Is it the AARP tax help you mean?'],
      [40, 'p', 'yes'],
      [48, 'l', 'Yep, that link works, go ahead and register there. Does that help?'],
      ...BYE(80),
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- courtesy with quotes -------------------------------------------------------------------------------------------
  {
    // reading: the single-quoted title is Hilton's, not the provider's goodbye
    name: 'the last two provider messages: the answer, then "‘Goodbye, Mr. Chips’ is on the shelf too." in single curly quotes: courteous fails',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. Does that help?'], [90, 'p', 'yes, and a short novel about a teacher?'], [96, 'l', '‘Goodbye, Mr. Chips’ is on the shelf too.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Thanks for asking! ‘Goodbye, Mr. Chips’ is on the shelf too." thanks outside the quote: courteous passes',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. Does that help?'], [90, 'p', 'yes, and a short novel about a teacher?'], [96, 'l', 'Thanks for asking! ‘Goodbye, Mr. Chips’ is on the shelf too.']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'the last provider messages quote a grave inscription in guillemets, «Farewell, beloved», and ask nothing else: courteous fails',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. Does that help?'], [90, 'p', 'yes, and what does the old stone say, the one on the cover'], [96, 'l', 'It reads «Farewell, beloved, until we meet again».']],
    exp: some({ courteous: 'fail' }),
  },
  // ---- holds -----------------------------------------------------------------------------------------------------------
  {
    // reading: the colleague's "give her a minute" relayed asks the patron to wait: a hold, and 150 s then is too long
    name: '"Dana in the stacks says give her a minute, she\'s checking the shelf" holds: the answer 150 s later is too long',
    lines: [...POEM, [58, 'l', 'Dana in the stacks says give her a minute, she\'s checking the shelf for Poems to Read at Funerals.'], [208, 'l', 'It\'s there: Poems to Read at Funerals, 821.008 POE. Does that help?'], ...BYE(240)],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: the app's words in single curly quotes are no hold; the patron's reply 130 s later is waiting on the patron
    name: '"If Libby says ‘Please wait…’ for more than a minute, restart the app." is no hold: the patron\'s reply 130 s later keeps it',
    lines: [
      [0, 'p', 'libby is stuck loading my audiobook'],
      [15, 'l', 'Hi, Jo at Kent County Library here. Is it on a phone or a tablet?'],
      [40, 'p', 'phone'],
      [48, 'l', 'If Libby says ‘Please wait…’ for more than a minute, restart the app; the help page is help.libbyapp.com. Does that work?'],
      [178, 'p', 'ok that fixed it!'],
      [184, 'l', 'Great, thanks for chatting, bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- contacts in quotes ----------------------------------------------------------------------------------------------
  {
    name: 'the patron gives the address in quotes, "my email is \\"mkhan88@gmail.com\\"", read back, a when given: contact passes',
    lines: [
      ...POEM,
      [58, 'l', 'I\'ll put together a short list and email it to you by tomorrow noon. What address?'],
      [90, 'p', 'my email is "mkhan88@gmail.com"'],
      [96, 'l', 'Got it, mkhan88@gmail.com. Meanwhile Poems to Read at Funerals is in our catalog. Does that help for now?'],
      ...BYE(120),
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // ---- near misses of v26 A2's changes ------------------------------------------------------------------------------------
  {
    // near miss of the restatement alternative: the website's task, not the patron's
    name: 'near miss: "So the website asks you to log in first." then the source: no restatement of the need, clarify fails',
    lines: [
      [0, 'p', 'how do i get the primary sources for world war 1'],
      [15, 'l', 'Hi, Jo at Kent County Library here.'],
      [20, 'l', 'So the website asks you to log in first.'],
      [40, 'l', 'The Avalon Project at avalon.law.yale.edu has the primary documents, such as the Austro-Hungarian ultimatum to Serbia. Does that help?'],
      ...BYE(80),
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss of `reportedDismissalA2`: the clause after "but" is the provider's own
    name: 'near miss: "I know someone told you it was fine, but your time is up for today." dismisses: no dismissal fails',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog.'], [90, 'p', 'and one more, a song for the end?'], [96, 'l', 'I know someone told you it was fine, but your time is up for today.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss of `quotedPromiseA2`: the provider quotes their own promise
    name: 'near miss: "Like I said earlier: \\"I\'ll email you the list by Friday.\\"" quotes the provider\'s own promise: a promise, coded Answered',
    lines: [...POEM, [58, 'l', 'Like I said earlier: "I\'ll email you the list by Friday." In the meantime, Poems to Read at Funerals is in our catalog. Does that help?'], ...BYE(90)],
    exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }),
  },
  {
    // near miss of the greeting narrowing: "say hi" in the provider's own words
    name: 'near miss: "Jo at Kent County Library here, just wanted to say hi before I dig in!" greets: greeting passes',
    lines: [...ASK, [15, 'l', 'Jo at Kent County Library here, just wanted to say hi before I dig in!'], [20, 'l', 'What subject is it for?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss of `singleQuotesA2`: a plural possessive opens no quote
    name: 'near miss: "The teachers\' copy is checked out, but thanks for asking — bye!" thanks: courteous passes',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. Does that help?'], [90, 'p', 'is the teachers\' copy in too?'], [96, 'l', 'The teachers\' copy is checked out, but thanks for asking — bye!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss of `singleQuotesA2`: "'em" is an elision, not a quote opening before the plural possessive "kids'"
    name: 'near miss: "We have \'em all! Thanks for chatting, and good luck on the kids\' project." thanks: courteous passes',
    lines: [...POEM, [58, 'l', 'Try Poems to Read at Funerals, in our catalog. Does that help?'], [90, 'p', 'do you have the kids poetry books too?'], [96, 'l', "We have 'em all! Thanks for chatting, and good luck on the kids' project."]],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss of `singleQuotesA2` in Y6's screen words: the provider's own hold around a quoted search
    name: 'near miss: "Searching ‘funeral poems’ in the catalog now, one moment." holds: the answer 142 s later is too long',
    lines: [...POEM, [58, 'l', 'Searching ‘funeral poems’ in the catalog now, one moment.'], [200, 'l', 'Poems to Read at Funerals is on the shelf, 821.008 POE. Does that help?'], ...BYE(230)],
    exp: some({ informed: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [
];

describe('twenty-fifth round (A2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fifth round (A2): quoted, reported and pasted-in speech, every check', whole);
describeSessions('twenty-fifth round (A2): quoted, reported and pasted-in speech, short cases', short);

describeLeft('twenty-fifth-round-quoted', LEFT);
