/**
 * Twenty-fourth round, area (Z4): DENSE MESSAGES, LONG ANSWERS AND SCRIPTED MACROS. Providers who put many behaviours in
 * one message, or spread one behaviour over several: an opening macro that greets, names the provider and asks a
 * clarifying question at once; a long, e-mail-like answer with sources, a completeness question, an "anything else" in
 * its last lines and a signature block; numbered steps sent as five messages with the source in the third; a closing
 * macro that thanks, offers more help, gives the library's phone and says goodbye in one breath; a transcript notice
 * merged with the goodbye; a check-in and a disconnect notice in one message; a follow-up promise with its when in one
 * message and the contact confirmed in another; a referral and its contact split over two messages, or the contact
 * given before the party is named. Services: Maryland's AskUsNow! and its county systems (Anne Arundel, Baltimore
 * County, Howard, Frederick, Carroll, Washington County, the Enoch Pratt), Ask a Librarian Delaware, Ohio's KnowItNow,
 * Montgomery County, Towson and UMBC.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "before the first message that gives a source" (inquiry.clarify) is read by message: a question in the same
 *   message as the first source is not before it, whatever its place in the message (the scorer's standing reading);
 *   a question in a later step of a numbered answer, after the step with the source, is too late;
 * - the completeness question may sit in the same message as the first source (RUBRIC: "in or after"), and a long
 *   answer's last lines can hold both it and "anything else?";
 * - a signature block ("-- Dana, Reference Services, <library>, 410-…") names who is answering, but its phone is the
 *   provider's own way back: no referral, and so no source on its own; likewise "you can always reach us at 410-…" in a
 *   closing macro ("us" names no department); "call our Circulation desk at 410-…" tells the patron to contact the
 *   library's own department, a referral with its contact;
 * - a referral's contact may be in another message than the one naming the party: the rubric asks that every party
 *   "comes with a way to reach them", not that both sit in one message. The next provider message about "them" counts,
 *   and so does a number given first and named in the next message ("The number to call is …" / "That's Frederick
 *   County Animal Control"); a library's own number in a later closing macro is not the referred party's;
 * - a disconnect notice may be spread over two messages of the final idle ("It looks like you've disconnected." then
 *   "I'll be ending the session now."): the patron was told both during it;
 * - a message that asks "are you still there?" and also says the patron seems gone and invites them back is no Goodbye
 *   (Terms), so the final idle runs on to the end, but closing.courteous still counts its invitation back (the
 *   standing reading: courteous does not apply the Goodbye term's "unless");
 * - "A transcript of this chat will be e-mailed to you" is an automatic notice, no promise to send more later; a
 *   promise in the same message to e-mail the rest of a list tomorrow is one;
 * - "Are you still with me? If I don't hear from you in a couple of minutes, I'll close the chat." is a check-in, not a
 *   disconnect notice (it does not say the patron seems to have disconnected);
 * - "You're welcome!" alone neither thanks, says goodbye nor invites back;
 * - the greeting's two parts may be in the first two visible provider messages together; a name only in the third is
 *   too late.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type CheckId } from '@askqa/contract';
import { describeLeft, at, chat, check, describeSessions, FU_LIB, FU_ME, KEYS, type Key, type Line, other, type SessionCase, some, type St, sys, usual, who } from './helpers';

const HOUR = 3600;
const RUTH = who('Ruth Adler', 'ruth');
const KIM = who('Librarian_Kim', 'kim');

export const whole: SessionCase[] = [
  // ---- long, e-mail-like answers ----------------------------------------------------------------------------------------
  {
    // reading: the signature's phone is the provider's own, no referral; completeness and anything else in the answer's
    // last lines pass
    name: 'AACPL, a 5th grader\'s Chesapeake Bay project: opening macro greets, names Dana and asks grade and due date; one long answer with three resources, "Does this completely answer…? Is there anything else…?" and a signature block',
    lines: [
      [0, 'p', 'hi there, my son needs 3 sources on the Chesapeake Bay for a science project, NOT websites his teacher says'],
      [38, 'l', "Good evening and welcome to AskUsNow! My name is Dana and I'm a librarian at Anne Arundel County Public Library. What grade is your son in, and when is the project due?"],
      [71, 'p', '5th grade'],
      [74, 'p', 'due monday'],
      [160, 'l', 'Thanks! Here is what I would suggest for a 5th grader:\n\n1) Our catalog has several kids\' books on the Bay. Search "Chesapeake Bay juvenile" at aacpl.net.\n2) Kids InfoBits, a magazine and encyclopedia database for grades K-5, is on our Research page at aacpl.net/research; sign in with your library card.\n3) World Book Kids, on the same page, has an article on the Bay he can cite.\n\nDoes this completely answer your question? Is there anything else I can help you with tonight?\n\n-- Dana, Reference Services, Anne Arundel County Public Library, 410-222-7371'],
      [205, 'p', "this is perfect, we'll go to the odenton branch tomorrow. no thats all"],
      [212, 'l', 'Wonderful! Thanks for using AskUsNow!, and good luck to your son. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Ask a Librarian Delaware, library e-books on a Paperwhite: the macro asks which Kindle; five numbered steps, the source (delaware.overdrive.com) in the third, "Does that answer your question?" in the fifth',
    lines: [
      [0, 'p', 'how do I get ebooks on my kindle from the library??'],
      [25, 'l', 'Hi! Thanks for contacting Ask a Librarian Delaware, this is Marisol. Do you have a Kindle e-reader (like a Paperwhite) or the Kindle app on a phone or tablet?'],
      [60, 'p', 'paperwhite'],
      [68, 'l', "Great, it's only a few steps. 1. Have your library card number and PIN handy."],
      [80, 'l', "2. On a computer or phone, open a web browser. The phone app can't send books to a Paperwhite, so the website is easier."],
      [95, 'l', '3. Go to delaware.overdrive.com and sign in with your card number and PIN.'],
      [118, 'l', "4. Borrow a book, then choose Read now with Kindle. Amazon's site opens; sign in to your Amazon account and click Get Library Book."],
      [135, 'l', '5. The next time your Paperwhite is on wifi, the book downloads by itself. Does that answer your question?'],
      [190, 'p', 'yes!! got it, its downloading now'],
      [196, 'p', 'thank you so much'],
      [205, 'l', "You're so welcome. Is there anything else I can help with today?"],
      [230, 'p', 'nope thats it'],
      [236, 'l', 'Happy reading! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    // reading: the question in step 2 comes after the step with the source (travel.state.gov): too late
    name: 'Enoch Pratt, a passport renewal: the greeting\'s "How can I help you today?", numbered steps with the form\'s site in the first, the clarifying question only in step 2: clarify fails',
    lines: [
      [0, 'p', 'Hi, I need to renew my passport, does the library do that'],
      [40, 'l', "Hello, welcome to the Enoch Pratt Free Library chat! I'm Andre. How can I help you today?"],
      [52, 'l', "Renewals by mail don't go through the library, but here's how it works:"],
      [70, 'l', '1) Pick up Form DS-82, or print it from travel.state.gov.'],
      [92, 'l', '2) Do you still have your most recent passport, and was it issued in the last 15 years?'],
      [130, 'p', 'yes 2016'],
      [138, 'l', '3) Then you can mail the form with the old passport, a new photo and the fee; the mailing address is on the form. Does that answer your question?'],
      [170, 'p', 'yes thanks thats everything'],
      [176, 'l', 'Great, take care! Goodbye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "you can always reach us at 410-…" in the closing macro names no department: no referral
    name: 'Howard County, a late DVD: the closing macro asks "anything else?", thanks, gives the system\'s phone and says goodbye in one message',
    lines: [
      [0, 'p', 'whats the fine for a late dvd'],
      [30, 'l', "Hi, you've reached Howard County Library System's chat, this is Priyanka. Was it checked out on an adult card or a kids' card?"],
      [62, 'p', 'adult'],
      [75, 'l', "We don't charge overdue fines on DVDs any more; the Borrowing page at hclibrary.org/borrow lists every rule. If it's more than 30 days late it is billed as lost until it comes back. Is that what you needed to know?"],
      [110, 'p', 'oh great ok'],
      [116, 'l', 'Is there anything else I can help you with? If not, thank you for chatting with HCLS, and remember you can always reach us at 410-313-7750 too. Have a great evening, goodbye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the transcript notice is automatic, no promise to send more later: no follow-up session
    name: 'Baltimore County, Spanish novels for a mother: the macro asks fiction or not, "one moment", bcpl.info, the transcript notice merged with the goodbye',
    lines: [
      [0, 'p', 'Do you have any books in Spanish for adults? My mom just moved here'],
      [22, 'l', "Hello and welcome to Ask Us Now! I'm Keisha, a librarian at Baltimore County Public Library. Does your mom prefer novels, or non-fiction like cooking or health?"],
      [55, 'p', 'novels mostly, she likes romance'],
      [60, 'l', 'Let me search the catalog, one moment.'],
      [140, 'l', "BCPL has a Spanish-language fiction collection: in the catalog at bcpl.info, search 'novela romantica' and set the Language filter to Spanish. Catonsville and Towson have the biggest shelves. Is that helpful?"],
      [185, 'p', 'yes very. thats all I needed, thank u'],
      [192, 'l', "You're welcome! A transcript of this chat will be emailed to you at the address you gave us. Thanks for using Ask Us Now, and goodnight!"],
    ],
    over: { patron: { name: 'Rosa M.', email: 'rosa.m@example.com', phone: null } },
    exp: usual(),
  },
  // ---- idle endings -----------------------------------------------------------------------------------------------------
  {
    // reading: the check-in and the disconnect notice in one message; it asks "are you still there?", so it is no
    // Goodbye and the idle runs to the end (200 s); its invitation back still makes the ending courteous
    name: 'KnowItNow, the New York Times online: answered at 100 s, then one message at 235 s asks "are you still there?", says the patron may have been disconnected and that the session will end, and invites back; ended at 300 s',
    lines: [
      [0, 'p', 'can i read the ny times online with my library card'],
      [45, 'l', "Hi! Welcome to KnowItNow, Ohio's 24/7 library chat. I'm Jen. Which library do you usually use?"],
      [90, 'p', 'cuyahoga county, parma branch'],
      [100, 'l', 'Yes! Cuyahoga County Public Library cardholders get free NYTimes.com access: go to cuyahogalibrary.org/research, choose New York Times, and create an account with your library card; each pass lasts 72 hours. Does that answer your question?'],
      [235, 'l', "Hi, are you still there? It looks like you may have been disconnected, so I'll end this session in a moment. Feel free to start a new chat anytime!"],
    ],
    over: { endAfter: 65 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the goodbye ends the idle at 170 s: a check-in was due (>= 120 s) and none was asked; too short for the notice
    name: 'AskUsNow!, Glen Burnie\'s Saturday hours: answered with "anything else?" at 62 s, then at 232 s "It seems you\'ve stepped away, so I\'ll go ahead and close this chat. Thanks…, goodbye!" (170 s, no question)',
    lines: [
      [0, 'p', 'what time does the glen burnie library close on saturdays'],
      [20, 'l', 'Hello, this is Tom with AskUsNow! Are you asking about Glen Burnie Regional on Crain Highway, or the North County branch?'],
      [50, 'p', 'regional'],
      [62, 'l', 'Glen Burnie Regional is open 10 to 5 on Saturdays; every branch\'s hours are at aacpl.net/locations. Was that what you were looking for? Anything else I can help with?'],
      [232, 'l', "It seems you've stepped away, so I'll go ahead and close this chat. Thanks for contacting AskUsNow, goodbye!"],
    ],
    exp: usual({ idle: 'fail' }),
  },
  {
    // reading: the check-in macro "If I don't hear from you … I'll close the chat" is no disconnect notice; the later
    // message is (it says the patron seems to have left and that the session closes)
    name: 'BCPL, renewing a book with a hold: answered at 79 s, the check-in macro at 204 s, at 330 s "it looks like you\'ve left the chat. I\'m closing this session now. Thanks…, chat with us again anytime!"',
    lines: [
      [0, 'p', 'can i renew a book if someone else has a hold on it'],
      [26, 'l', "Good afternoon, this is Rachel from Baltimore County Public Library's Ask a Librarian. Is it a book you have out now, and do you know if it's already been renewed?"],
      [70, 'p', 'yes its out, renewed once already'],
      [79, 'l', "Unfortunately items with holds on them can't be renewed, even if you have renewals left. You can see your due dates and holds under My Account at bcpl.info. Did that answer your question?"],
      [204, 'l', "Are you still with me? If I don't hear from you in a couple of minutes, I'll close the chat."],
      [330, 'l', "I haven't heard back, so it looks like you've left the chat. I'm closing this session now. Thanks for contacting BCPL, and please chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the opening macro's clarifying question makes a substantive exchange (Terms: "a clarifying question
    // counts"), so the information checks apply although the patron never answered; a Lost Call with one patron message
    name: 'AskUsNow!, Underground Railroad sources, a Lost Call: the macro at 45 s greets, names Tara and asks the grade; "Are you still there?" at 170 s; the disconnect notice with an invitation back at 300 s',
    lines: [
      [0, 'p', 'need help finding primary sources on the underground railroad in maryland'],
      [45, 'l', "Hi, welcome to AskUsNow! I'm Tara, a librarian in Howard County. What grade is this for, and do you need a certain number of sources?"],
      [170, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected, so I'll end this session now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- follow-ups -------------------------------------------------------------------------------------------------------
  {
    name: 'Frederick County, a 1964 obituary: the scan promised "by Thursday" in one message, the e-mail asked in the next, given and read back in a third; done at 40 h',
    lines: [
      [0, 'p', 'Im looking for my grandfathers obituary, he died in Frederick in 1964'],
      [33, 'l', "Hi there, welcome to Ask Us Now! I'm Beth from Frederick County Public Libraries. Do you know the month he died, and his full name?"],
      [80, 'p', 'Harold J. Kessler, march 1964'],
      [90, 'l', 'Thank you. Let me check what we have, just a minute.'],
      [190, 'l', "The Frederick News-Post for 1964 is on microfilm in our Maryland Room, and the obituary index at fcpl.org/maryland-room lists him by name. The paper isn't digitized, so I'll have the Maryland Room staff pull the reel and email you a scan of the obituary by Thursday."],
      [196, 'l', 'Could you confirm the best email address for you?'],
      [230, 'p', 'hkessler.family@gmail.com'],
      [238, 'l', 'Got it, hkessler.family@gmail.com. In the meantime, does the index link help?'],
      [270, 'p', 'yes thank you! thats all'],
      [276, 'l', "You're welcome, and thank you for contacting us. Goodbye!"],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(276 + 40 * HOUR), by: 'jo', note: 'scan sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "someone from your library will call you by Friday" promises, and says when; the phone is given in the chat
    name: 'AskUsNow!, free tax help for seniors in Columbia: the call from the branch promised "by Friday" in one message, the phone asked in the next and given by the patron; not yet recorded',
    lines: [
      [0, 'p', "does my library have a tax help program this year? I'm in Columbia"],
      [44, 'l', 'Good morning, AskUsNow! librarian Carla here. Are you looking for free tax preparation (like AARP Tax-Aide) or just the tax forms?'],
      [70, 'p', 'the free preparation, for seniors'],
      [80, 'l', "AARP Foundation Tax-Aide runs free sessions for seniors; their site locator is at aarp.org/taxaide. Howard County's branch schedule for this season isn't posted yet, so I'll pass your question to the Central Branch staff and someone from your library will call you by Friday with the dates."],
      [85, 'l', "What's the best phone number for them to reach you?"],
      [120, 'p', '410-555-0182, its my home phone'],
      [126, 'l', 'Thanks, I have 410-555-0182. Did the Tax-Aide locator help for now? Anything else I can do for you?'],
      [170, 'p', "no that's all, thanks dear"],
      [175, 'l', 'You are very welcome, have a lovely day! Bye.'],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'AACPL, a 1978 yearbook: "I\'ll email you what I find" with no when, the patron\'s e-mail read back in the next message; recorded at 80 h',
    lines: [
      [0, 'p', 'hi, looking for the 1978 Severna Park High yearbook, my reunion is coming up'],
      [29, 'l', 'Hi! This is Jess at Anne Arundel County Public Library. Do you need the whole yearbook or just certain pages, like the senior portraits?'],
      [65, 'p', 'just the senior class pages would be great'],
      [73, 'l', 'Let me look, one moment.'],
      [160, 'l', "We keep some local yearbooks in our special collections, but the 1978 Severna Park isn't listed in the catalog at aacpl.net. I'll ask our special collections staff to check the shelves and I'll email you what I find."],
      [170, 'p', 'thank you! my email is gdowling58@verizon.net'],
      [178, 'l', 'Thanks, gdowling58@verizon.net. Does that help for now? Is there anything else I can look into for you?'],
      [210, 'p', "no that's all"],
      [215, 'l', 'Thanks so much for chatting with us! Goodbye.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(215 + 80 * HOUR), by: 'jo', note: 'not held' }] },
    exp: usual({ contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'Washington County, a fire at the old library for a history class: "I\'ll keep digging … and email you what I find tomorrow afternoon" in the long answer, e-mail given and read back, but coded Answered',
    lines: [
      [0, 'p', 'do u have any info on the fire at the old hagerstown library building? for my history class'],
      [52, 'l', "Hey there, welcome to Ask Us Now! I'm Luis from Washington County Free Library. Which fire do you mean, and do you know roughly what year it was?"],
      [100, 'p', 'idk my teacher said like 1900s??'],
      [110, 'l', 'Give me a sec to look.'],
      [200, 'l', "The Western Maryland Room keeps the Herald-Mail index, and many old pages are digitized on whilbr.org (Western Maryland's Historical Library). I couldn't find the fire yet, so I'll keep digging through the index and email you what I find tomorrow afternoon. What's your email?"],
      [236, 'p', 'its tyler.h2009@gmail.com'],
      [244, 'l', "Perfect, I'll send it to tyler.h2009@gmail.com tomorrow. Does whilbr.org help for now?"],
      [280, 'p', 'ya thx'],
      [285, 'l', 'Anything else I can help with?'],
      [330, 'p', 'no'],
      [334, 'l', 'Ok, thanks for chatting, bye!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Towson\'s Cook Library, nurse burnout articles: one long answer with the CINAHL search, PubMed, a list promised "by 5 pm today", "Does this search get you…?" and "anything else?"; the e-mail given with "thats all for now!"; done at 5 h',
    lines: [
      [0, 'p', "Hi, I'm a nursing student at Towson, I need peer reviewed articles on nurse burnout during covid, but CINAHL keeps giving me junk"],
      [35, 'l', "Hello and welcome to Ask a Librarian at Towson University's Cook Library! I'm Megan, the nursing librarian. Are you looking for studies from the US only, and is there a date range your professor requires?"],
      [90, 'p', 'US only, last 5 years'],
      [98, 'l', 'Let me try a few searches, one moment please.'],
      [205, 'l', 'OK, here\'s a search that works well in CINAHL Complete (from the Databases A-Z list at towson.edu/library): (burnout OR "compassion fatigue") AND nurs* AND (COVID-19 OR pandemic). Then tick Peer Reviewed, set 2019-2024, and under Geography choose USA. I got 214 results and the first page looks on target. PubMed is worth a try too, at pubmed.ncbi.nlm.nih.gov with the same terms. I\'ll also put together a short list of the strongest articles and email it to you by 5 pm today. What\'s your Towson email? Does this search get you what you need in the meantime? And is there anything else I can help with?'],
      [260, 'p', 'omg yes way better. my email is kpatel12@students.towson.edu. thats all for now!'],
      [266, 'l', 'Got it, kpatel12@students.towson.edu. Good luck with the paper, and thanks for using Ask a Librarian. Bye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(266 + 5 * HOUR), by: 'jo', note: 'list sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // the contact is confirmed first (the address on the account, read out and confirmed), the when comes later
    name: 'UMBC, oral histories of 1968: the e-mail on the account asked about and confirmed, then "I\'ll email you what Special Collections has by Wednesday" in a later message; not yet recorded',
    lines: [
      [0, 'p', "Hi! I'm writing a paper on the 1968 Baltimore riots and need oral histories"],
      [39, 'l', "Hello! Welcome to AskUsNow!, I'm Ana, a librarian at UMBC. Do you need audio recordings, or are transcripts fine? And when is your paper due?"],
      [85, 'p', 'transcripts are fine, due in 2 weeks'],
      [93, 'l', "The University of Baltimore's Baltimore '68 project has oral history transcripts online at archives.ubalt.edu/bsr. I'd like to check with our Special Collections about a few more. Is alexis.r@umbc.edu, the email on your account, still the best one to reach you?"],
      [130, 'p', 'yes thats the one'],
      [138, 'l', "Great. I'll email you what Special Collections has by Wednesday. In the meantime, does the UB site get you started?"],
      [170, 'p', 'yes def, thats all I need for now thanks!'],
      [175, 'l', "You're welcome! Bye for now."],
    ],
    over: { ...FU_ME, patron: { name: 'Alexis R.', email: 'alexis.r@umbc.edu', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  // ---- referrals split over messages ------------------------------------------------------------------------------------
  {
    // reading: the contact in the next provider message about "them" is the State Archives'
    name: 'AACPL, the owners of a house in Annapolis: mdlandrec.net, then "you\'ll want to contact the Maryland State Archives directly." and the next message "They\'re at 350 Rowe Blvd …, 410-260-6400."',
    lines: [
      [0, 'p', 'how do I find out who owned my house before me? its in Annapolis'],
      [41, 'l', "Good afternoon! You're chatting with Rob, a reference librarian at Anne Arundel County Public Library. Do you have the street address, and roughly how far back do you want to go?"],
      [95, 'p', 'yes 112 Prince George St, as far back as possible'],
      [104, 'l', 'For a house that old, the deeds are the way to go. The land records for Anne Arundel County are searchable for free at mdlandrec.net once you make an account.'],
      [112, 'l', "For anything before the 1850s you'll want to contact the Maryland State Archives directly."],
      [120, 'l', "They're at 350 Rowe Blvd, Annapolis, and their reference desk phone is 410-260-6400."],
      [125, 'l', 'Is this the kind of information you were hoping for?'],
      [180, 'p', 'yes this is great, ill call them. thats all'],
      [186, 'l', 'Glad to help! Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'AskUsNow!, renewing a driver\'s license on a busy night: picked up at 57 s, the macro asks which MVA service, the MVA\'s site and "call … at 410-768-7000"; three other chats open meanwhile',
    lines: [
      [0, 'p', 'I need the phone # for the MVA'],
      [57, 'l', "Hi, I'm Kevin from AskUsNow! Sorry for the wait, it's a busy night. Which MVA service do you need: license, tags or titles?"],
      [88, 'p', 'renewing my license'],
      [96, 'l', 'You can renew most licenses online at mva.maryland.gov, under Online Services. If you need to talk to someone, call the MVA customer service line at 410-768-7000. Does that answer your question?'],
      [130, 'p', 'yes thats all thanks'],
      [135, 'l', 'Anytime! Thanks for chatting, bye.'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 150), other('b', 'jo', -50, 300), other('c', 'jo', 20, 400)] },
    exp: usual({ concurrency: 'fail', referral: 'pass' }),
  },
  {
    // reading: "visit the Pratt's Maryland Department in person" sends the patron to the library's own department, with
    // no way to reach it; the busy queue with an invitation back is no dismissal
    name: 'Enoch Pratt, a genealogist with ten questions: the birth record answered, then one macro says others are waiting, invites back, sends the patron to the Maryland Department and says goodbye',
    lines: [
      [0, 'p', 'i have like 10 questions about my genealogy research, first: how do I find my great grandmothers birth record from 1890 in baltimore'],
      [40, 'l', "Hi, welcome to AskUsNow! I'm Devon, a librarian with the Enoch Pratt. Do you know her name, and the part of Baltimore she was born in?"],
      [85, 'p', 'Anna Schultz, not sure where'],
      [93, 'l', 'Baltimore City birth registers from 1875 on are described in the Vital Records guide at msa.maryland.gov (Reference & Research, then Vital Records), which explains how to order a copy. Does that help?'],
      [130, 'p', 'ok yes. next q: how do I find her immigration? and her marriage? and her church records?'],
      [140, 'l', "Those are all great questions, but we have several other patrons waiting right now, so I'll need to wrap up. Please chat with us again later, or visit the Pratt's Maryland Department in person for a longer genealogy consultation. Thanks for understanding, goodbye!"],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  // ---- openings ---------------------------------------------------------------------------------------------------------
  {
    // reading: the question sits in the same message as the first source: not before it
    name: 'Enoch Pratt, Fells Point history: the opening macro greets, names Marcus, gives the Maryland Department guide\'s URL and asks the period, all in one message: clarify fails',
    lines: [
      [0, 'p', 'I want to learn about the history of Fells Point'],
      [28, 'l', "Hi! I'm Marcus at the Enoch Pratt Free Library. Our Maryland Department's guide at prattlibrary.org/maryland-department is a great place to start. Are you interested in a particular time period?"],
      [66, 'p', 'the shipbuilding era, 1800s'],
      [80, 'l', "Then search 'Fells Point shipbuilding' in our catalog at prattlibrary.org; it lists several histories of the Baltimore clippers and their yards. Does that answer your question?"],
      [120, 'p', 'yes thank you, thats everything'],
      [125, 'l', 'Take care, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // the screen name is not "in the text"
    name: 'Montgomery County, a graphic novel for a daughter: the macro "Hi there! 😊 Are you looking for the print graphic novel, or would an ebook work?" names no one (screen name Librarian_Kim): greeting fails',
    lines: [
      [0, 'p', 'do you have the wings of fire graphic novels? my daughter wants book 6'],
      [18, 'l', 'Hi there! 😊 Are you looking for the print graphic novel, or would an ebook work?', KIM],
      [50, 'p', 'print please'],
      [55, 'l', 'Checking now...', KIM],
      [120, 'l', 'Book 6, Moon Rising, has 3 copies on the shelf across our branches; you can place a hold in the catalog at montgomerycountymd.gov/library. Did that answer your question?', KIM],
      [150, 'p', "yes thank you that's all"],
      [156, 'l', 'Have a great day! Bye!', KIM],
    ],
    over: { provider: { id: 'kim', name: 'Librarian_Kim', library: 'MCPL' } },
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'Enoch Pratt, a PIN reset: picked up at 61 s with a macro that thanks for waiting, names the service and Omar and asks catalog or app; the reset steps on the catalog',
    lines: [
      [0, 'p', 'hello? is anyone there, i need help w/ my library card pin'],
      [61, 'l', "Hi, thank you for waiting! You've reached Ask Us Now, and my name is Omar. Are you trying to log in to the catalog, or to an app like Libby?"],
      [95, 'p', 'the catalog'],
      [101, 'l', 'You can reset your PIN yourself: on the login page at catalog.prattlibrary.org, click Forgot PIN? and a reset link goes to the email on your account. Did that do it?'],
      [150, 'p', 'yep got the email. thats all thank u'],
      [155, 'l', 'Wonderful, have a great day! Goodbye.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: "You're welcome!" alone is not courteous; the earlier closing macro is not among the last two messages
    name: 'Carroll County, loan limits: the closing macro thanks and asks "anything else?", the patron asks one more, the chat ends on the answer and "You\'re welcome!": courteous fails',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [30, 'l', 'Hello! Thanks for contacting Carroll County Public Library, this is Nina. Is this for an adult card or a juvenile card?'],
      [58, 'p', 'adult'],
      [65, 'l', 'Adult cards can have up to 50 items out at once; the full list of limits is on the Borrowing page at library.carr.org. Does that answer your question?'],
      [90, 'p', 'yes'],
      [96, 'l', 'Great! Thanks for chatting with CCPL. Is there anything else I can help you with today?'],
      [120, 'p', 'oh actually can i return books at any branch'],
      [130, 'l', 'Yes, any CCPL branch or book drop takes them, wherever you borrowed them.'],
      [160, 'p', 'ok cool'],
      [164, 'l', "You're welcome!"],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Baltimore census records: the partial result "…Still searching for her in 1940, hang on." at 110 s is a hold, the next message 126 s later: keep_informed fails',
    lines: [
      [0, 'p', 'Do you have census records for Baltimore in 1930 and 1940? looking for my great aunt'],
      [35, 'l', "Hello, thanks for contacting Ask Us Now. I'm Gloria, a librarian at the Enoch Pratt. What's your great aunt's name, and do you know what part of the city she lived in?"],
      [80, 'p', 'Ida Brandt, East Baltimore'],
      [84, 'p', 'near patterson park i think'],
      [190, 'l', 'I found an Ida Brandt, age 19, on Milton Ave in the 1930 census on HeritageQuest (free from home with your Pratt card at prattlibrary.org/research). Still searching for her in 1940, hang on.'],
      [316, 'l', "In 1940 she's at the same address, now married: Ida Brandt Novak. Both census pages can be saved from HeritageQuest as PDFs. Does that cover what you needed?"],
      [350, 'p', "wow yes!! thank you so much. that's all for today"],
      [356, 'l', 'My pleasure! Thanks for chatting, goodbye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Howard County, a Bremen passenger list: the macro asks ship and month, a why-note to Ruth, "I\'m going to transfer you to Ruth…", Ruth\'s long answer with FamilySearch, a search on hold, the match',
    lines: [
      [0, 'p', "I'm trying to find a ship passenger list, my ancestor came into Baltimore in 1882 from Bremen"],
      [30, 'l', 'Hi, welcome to AskUsNow! This is Jo, a librarian at Howard County Library System. Do you know the ship\'s name or the month he arrived?'],
      [75, 'p', 'no ship name, sometime in spring 1882'],
      [85, 'i', 'Ruth, patron needs an 1882 Baltimore arrival from Bremen, no ship name; you know the passenger indexes best. Can you take this one?', { to: 'ruth' }],
      [92, 'l', "I'm going to transfer you to Ruth, our genealogy specialist, who knows these passenger records best. Please hold for just a moment!"],
      [95, 's', 'Chat transferred to Ruth Adler', sys('transfer', 'ruth')],
      [120, 'l', "Hello, Ruth here, genealogy librarian at HCLS. Without the ship's name, the best route is the Baltimore passenger lists on FamilySearch: go to familysearch.org, Search, then Records, and filter on Maryland, Baltimore Passenger Lists, 1820-1948. What's his name? I can try a search while you're here.", RUTH],
      [160, 'p', 'Weber, Johann'],
      [168, 'l', 'Searching now, bear with me.', RUTH],
      [270, 'l', 'There is a Johann Weber, 24, arriving on 14 April 1882 in the FamilySearch index. Does that look like him? Does this answer your question?', RUTH],
      [320, 'p', "yes! that's him. thank you, that's everything"],
      [326, 'l', 'Wonderful! Thank you for using AskUsNow, goodbye!', RUTH],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: the number in the message before, named in the next ("That's …; give them a call"), is the party's
    name: 'Baltimore County, kittens under a porch in Towson: "The number you want is 410-887-7297." then "That\'s Baltimore County Animal Services; give them a call …" in the next message',
    lines: [
      [0, 'p', 'theres a stray cat that had kittens under my porch, who can come get them? im in towson'],
      [33, 'l', "Hello, Baltimore County Public Library's Ask a Librarian, this is Wes. Are the kittens in danger right now, or is this more about getting them picked up?"],
      [80, 'p', 'not in danger just want them gone safely'],
      [90, 'l', 'The number you want is 410-887-7297.'],
      [96, 'l', "That's Baltimore County Animal Services; give them a call and they can arrange a pickup or lend you a humane trap. Did that answer your question?"],
      [140, 'p', 'yes thank you!! thats all'],
      [146, 'l', 'Good luck with the kittens! Thanks for chatting, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

// ---- short cases ----------------------------------------------------------------------------------------------------------
const Q: Line = [0, 'p', 'do you have anything on the history of the B&O railroad? for a school report'];
const ASKED: Line[] = [Q, [30, 'l', "Hi! This is Lena at AskUsNow!. What grade is the report for, and how long does it need to be?"], [70, 'p', '8th grade, 2 pages']];
const ANSWER = "Search 'Baltimore and Ohio Railroad' in the catalog at aacpl.net: there are several books for middle schoolers, and the B&O Railroad Museum's history pages are at borail.org.";
const IDLE_OPEN: Line[] = [
  [0, 'p', 'is the annapolis library open on columbus day'],
  [25, 'l', 'Hi, this is Tom with AskUsNow!. Do you mean the Annapolis Regional Library on West St?'],
  [50, 'p', 'yes'],
  [60, 'l', 'Annapolis Regional is closed on Columbus Day; holiday closings are listed at aacpl.net/hours. Does that answer your question?'],
];

export const short: SessionCase[] = [
  // ---- openings -----------------------------------------------------------------------------------------------------------
  {
    name: 'one opening macro greets, names the provider and asks the clarifying question: greeting and clarify pass',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'a queue macro with no greeting ("Please hold while I read your question.") then "Hi, I\'m Ken from Baltimore County Public Library": greeting passes over the two messages',
    lines: [Q, [20, 'l', 'Please hold while I read your question.'], [40, 'l', "Hi, I'm Ken from Baltimore County Public Library. Is this for a school assignment?"], [70, 'p', 'yes 8th grade'], [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: 'near miss: "Hi there!" and "One sec while I read that." first, the name only in the third message: greeting fails',
    lines: [Q, [20, 'l', 'Hi there!'], [24, 'l', 'One sec while I read that.'], [40, 'l', "I'm Ken from Baltimore County Public Library. Is this for a school assignment?"], [70, 'p', 'yes 8th grade'], [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: a signature at the end of the opening message names who is answering
    name: 'an opening "Hi there, thanks for writing in! What grade is this for?" signed "-- Dana, AACPL Reference": greeting passes',
    lines: [Q, [30, 'l', 'Hi there, thanks for writing in! What grade is this for?\n-- Dana, AACPL Reference'], [70, 'p', '8th'], [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'two opening messages sent together, the second asking "Is this for a class, and do you need print books?", before the source: clarify passes',
    lines: [Q, [30, 'l', 'Hello and welcome to Ask Us Now! My name is Lena.'], [33, 'l', 'Is this for a class, and do you need print books?'], [70, 'p', 'yes class, print is best'], [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: a question in the same message as the first source is not before it, even at the message's start
    name: 'near miss: "Hi, Lena at AskUsNow!. Is this for a class? <catalog and borail.org>" puts the question in the first source\'s message: clarify fails',
    lines: [Q, [30, 'l', `Hi, Lena at AskUsNow!. Is this for a class? ${ANSWER}`], [70, 'p', 'yes, thanks. thats all'], [80, 'l', 'Does that help? Bye now!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'a restatement sent on its own ("So you need 2 pages on how the B&O started, for 8th grade.") before the source: clarify passes',
    lines: [Q, [30, 'l', 'Hi! This is Lena at AskUsNow!.'], [40, 'p', '8th grade, 2 pages'], [46, 'l', 'So you need 2 pages on how the B&O started, for 8th grade.'], [60, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ clarify: 'pass' }),
  },
  // ---- completeness and anything else in long answers -----------------------------------------------------------------
  {
    name: 'a long answer whose last line is "Let me know: does this cover what you needed for the report?": completeness passes in the source\'s own message',
    lines: [...ASKED, [80, 'l', `Here is what I found.\n\n${ANSWER}\n\nThe museum also has a timeline on its site that's good for an outline.\n\nLet me know: does this cover what you needed for the report?`], [110, 'p', 'yes'], [115, 'l', 'Bye now!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would a list of books be useful?" before any source, and no question after the answer: completeness fails',
    lines: [...ASKED, [76, 'l', 'Would a list of books be useful, or do you need websites too?'], [90, 'p', 'books'], [100, 'l', ANSWER], [130, 'p', 'ok thanks'], [135, 'l', 'Bye now!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'an e-mail-like answer whose P.S. asks "Anything else I can dig up for you?": anything else passes',
    lines: [...ASKED, [80, 'l', `Dear patron,\n\n${ANSWER}\n\nBest wishes,\nLena\n\nP.S. Anything else I can dig up for you?`], [110, 'p', 'nah im good'], [115, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "ok" and "got it" and then "thats everything i needed" over three messages: anything else passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [100, 'p', 'ok'], [103, 'p', 'got it'], [108, 'p', 'thats everything i needed'], [115, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s "ok", "got it", "thank u!!" alone never say they are done: anything else fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [100, 'p', 'ok'], [103, 'p', 'got it'], [108, 'p', 'thank u!!'], [115, 'l', 'Bye now!']],
    exp: some({ anything: 'fail' }),
  },
  // ---- signatures and the library's own contact ----------------------------------------------------------------------
  {
    // reading: the signature's phone is the service's own way back, no referral contact and so no source
    name: 'an answer from memory signed "-- Grace, Ask Us Now!, Enoch Pratt Free Library, 410-396-5430": no source, no referral',
    lines: [[0, 'p', 'who is the pratt library named after'], [25, 'l', 'Hello, Ask Us Now! here, this is Grace. Do you mean the person, or why the library has his name?'], [50, 'p', 'the person'], [60, 'l', 'It is named for Enoch Pratt, a Baltimore merchant who gave the city the library in 1882. Does that answer your question?\n-- Grace, Ask Us Now!, Enoch Pratt Free Library, 410-396-5430'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye now!']],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: 'a closing macro with "you can also call our Circulation desk at 410-887-6100 about renewals": the library\'s own department with its number, referral passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Thanks for chatting with us! For renewals you can also call our Circulation desk at 410-887-6100. Goodbye!']],
    exp: some({ referral: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: a closing macro with "you can always reach us at 410-887-6100": no referral',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'Thanks for chatting with us! You can always reach us at 410-887-6100 too. Goodbye!']],
    exp: some({ referral: 'na', courteous: 'pass' }),
  },
  {
    name: 'a closing macro "Is there anything else I can help with? If not, thanks for using AskUsNow! and have a good night.": anything else and courteous pass',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yep'], [115, 'l', 'Is there anything else I can help with? If not, thanks for using AskUsNow! and have a good night.']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  // ---- referrals split over messages -------------------------------------------------------------------------------------
  {
    name: '"You\'ll need to get in touch with the Register of Wills for the estate file." then the next message "Their number is 410-222-1397.": referral passes',
    lines: [[0, 'p', 'how do i get a copy of my fathers will, he died in glen burnie last year'], [30, 'l', 'Hi, this is Rob at AskUsNow!. Was the estate probated in Anne Arundel County?'], [60, 'p', 'yes'], [70, 'l', "You'll need to get in touch with the Anne Arundel County Register of Wills for the estate file."], [78, 'l', 'Their number is 410-222-1397, and copies cost 50 cents a page. Does that help?'], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the library's own number in the closing macro is not the Social Security office's
    name: 'near miss: "You\'ll need to contact the Social Security office for a replacement card." then the closing macro "…Call us at 410-887-6100 anytime. Bye!": referral fails',
    lines: [[0, 'p', 'i lost my social security card how do i get a new one'], [30, 'l', 'Hi, this is Rob at AskUsNow!. Is it your own card, or a child\'s?'], [60, 'p', 'mine'], [70, 'l', "You'll need to contact the Social Security office for a replacement card; the form they will want is the SS-5. Does that help?"], [100, 'p', 'yes ok thats all'], [106, 'l', 'Thanks for chatting with BCPL! Call us at 410-887-6100 anytime. Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: the number given first, the party named in the next message, comes with the party
    name: '"Here\'s the number to call: 301-600-1544." then "That\'s Frederick County Animal Control; they handle barking complaints.": referral passes',
    lines: [[0, 'p', 'who do i call about a barking dog in frederick county'], [30, 'l', 'Hi, Sam at Frederick County Public Libraries here. Is it inside the city limits?'], [60, 'p', 'no, out in the county'], [70, 'l', "Here's the number to call: 301-600-1544."], [76, 'l', "That's Frederick County Animal Control; call them and they'll take the complaint. Does that help?"], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ referral: 'pass' }),
  },
  // ---- follow-ups split over messages --------------------------------------------------------------------------------------
  {
    name: 'the promise with its when ("I\'ll email you the full list by tomorrow noon.") in one message, the address given and read back two messages later: followup.contact passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} The museum's archivist may have more, so I'll ask and email you the full list by tomorrow noon.`], [86, 'l', "What's a good email for you?"], [120, 'p', 'mo.k@gmail.com'], [126, 'l', 'Thanks, mo.k@gmail.com it is. Anything else?'], [150, 'p', 'no thats all'], [155, 'l', 'Bye now!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'the phone confirmed first ("Is 443-555-0139 still the best number?" "yes"), then "Someone from the branch will call you Monday morning.": followup.contact passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} Our branch has a railroad kit too; I'll ask them to set it aside. Is 443-555-0139 still the best number for you?`], [110, 'p', 'yes'], [118, 'l', 'Great. Someone from the branch will call you Monday morning about the kit. Anything else?'], [150, 'p', 'no thats all'], [155, 'l', 'Bye now!']],
    over: FU_LIB,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'near miss: the e-mail given and read back, "I\'ll send over what the archivist says." with no time anywhere: followup.contact fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} The museum's archivist may have more; I'll send over what the archivist says.`], [86, 'l', "What's a good email for you?"], [120, 'p', 'mo.k@gmail.com'], [126, 'l', 'Thanks, mo.k@gmail.com it is. Anything else?'], [150, 'p', 'no thats all'], [155, 'l', 'Bye now!']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    // reading: the transcript notice is automatic, no promise
    name: 'the goodbye macro "A transcript of this chat will be sent to your email. Thanks for using AskUsNow!, goodbye!": no follow-up session',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', 'A transcript of this chat will be sent to your email. Thanks for using AskUsNow!, goodbye!']],
    over: { patron: { name: null, email: 'mo.k@gmail.com', phone: null } },
    exp: some({ contact: 'na', onTime: 'na', code: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: the goodbye macro also says "I\'ll email you the rest of the list tomorrow", coded Answered: code fails, and the e-mail is never confirmed in the chat',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', "I'll email you the rest of the list tomorrow, and a transcript of this chat will be sent too. Thanks for using AskUsNow!, goodbye!"]],
    over: { patron: { name: null, email: 'mo.k@gmail.com', phone: null } },
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // near miss for Z4 notPromise (the transcript notice after "and"): no promise before it, only the chat's end
    name: 'near miss: "I\'m closing the chat now, and a transcript of this chat will be emailed to you. Goodbye!": no follow-up session',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes thats all'], [115, 'l', "I'm closing the chat now, and a transcript of this chat will be emailed to you. Goodbye!"]],
    over: { patron: { name: null, email: 'mo.k@gmail.com', phone: null } },
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  // ---- signatures, a second look --------------------------------------------------------------------------------------------
  {
    // near miss for Z4 `signatureContactZ4`: a web address in the signature is still a source
    name: 'near miss: the answer from memory signed "-- Grace, Ask Us Now!, prattlibrary.org/ask": the URL is a source',
    lines: [[0, 'p', 'who is the pratt library named after'], [25, 'l', 'Hello, Ask Us Now! here, this is Grace. Do you mean the person, or why the library has his name?'], [50, 'p', 'the person'], [60, 'l', 'It is named for Enoch Pratt, a Baltimore merchant who gave the city the library in 1882. Does that answer your question?\n-- Grace, Ask Us Now!, prattlibrary.org/ask'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye now!']],
    exp: some({ source: 'pass' }),
  },
  {
    // the long signature of the first whole case, as the message's only contact
    name: 'an answer from memory signed "-- Dana, Reference Services, Anne Arundel County Public Library, 410-222-7371": no source',
    lines: [[0, 'p', 'when did the annapolis library open'], [25, 'l', 'Hi, AskUsNow! here, this is Dana. The current building on West Street, or the first library in town?'], [50, 'p', 'the current one'], [60, 'l', 'The Annapolis Regional Library on West Street opened in 1965 and was rebuilt in 2021. Is that what you were looking for?\n\n-- Dana, Reference Services, Anne Arundel County Public Library, 410-222-7371'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye now!']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    // near miss for Z4 `signatureContactZ4`: a last dashed line naming an agency, no library or service, is no signature
    name: 'near miss: an answer ending on the dashed line "- Legal Aid, 410-951-7777" (the only contact): the phone is a source',
    lines: [[0, 'p', 'my landlord kept my deposit, is that legal in maryland'], [25, 'l', 'Hi, AskUsNow! here, this is Dana. Did you get a written list of damages within 45 days of moving out?'], [50, 'p', 'no nothing'], [60, 'l', 'In Maryland the landlord must send that list within 45 days, or the whole deposit is due back. Free help with a claim:\n- Legal Aid, 410-951-7777'], [90, 'p', 'ok thanks thats all'], [95, 'l', 'Bye now!']],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss for Z4 referralParty (Animal Control): its rules are a page to read
    name: 'near miss: "The county\'s animal control rules on barking are at frederickcountymd.gov/animalcontrol." points to a page: no referral',
    lines: [[0, 'p', 'is there a law about dogs barking at night in frederick county'], [30, 'l', 'Hi, Sam at Frederick County Public Libraries here. Is it inside the city limits?'], [60, 'p', 'no, out in the county'], [70, 'l', "The county's animal control rules on barking are at frederickcountymd.gov/animalcontrol. Does that help?"], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- idle endings ------------------------------------------------------------------------------------------------------
  {
    name: 'one message at 200 s of idle: "Still there? It looks like you may have disconnected; I\'ll close the session if I don\'t hear back." and the end at 260 s: check-in and notice pass',
    lines: [...IDLE_OPEN, [260, 'l', "Still there? It looks like you may have disconnected; I'll close the session if I don't hear back."]],
    over: { endAfter: 60 },
    exp: some({ idle: 'pass', disconnect: 'pass', anything: 'fail' }),
  },
  {
    // reading: the notice spread over two messages, both during the final idle
    name: '"Are you still there?" at 130 s of idle, then "It looks like you\'ve disconnected." and "I\'ll be ending the session now. Take care!" at 250 s: check-in and notice pass',
    lines: [...IDLE_OPEN, [190, 'l', 'Are you still there?'], [308, 'l', "It looks like you've disconnected."], [310, 'l', "I'll be ending the session now. Take care!"]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'the check-in at 125 s, then "It looks like you\'ve disconnected, so I\'m closing the chat. Thanks for using AskUsNow!, bye!" exactly 180 s into the idle: both pass',
    lines: [...IDLE_OPEN, [185, 'l', 'Are you still with me?'], [240, 'l', "It looks like you've disconnected, so I'm closing the chat. Thanks for using AskUsNow!, bye!"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: the same goodbye notice at 179 s of idle after the check-in: the idle ends at it, too short for the notice',
    lines: [...IDLE_OPEN, [185, 'l', 'Are you still with me?'], [239, 'l', "It looks like you've disconnected, so I'm closing the chat. Thanks for using AskUsNow!, bye!"]],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'near miss: a notice with a goodbye and no question at 170 s of idle: check-in fails, too short for the notice',
    lines: [...IDLE_OPEN, [230, 'l', "You seem to have stepped away, so I'll close this chat now. Thanks for contacting AskUsNow!, goodbye!"]],
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  // ---- holds with partial results -----------------------------------------------------------------------------------------
  {
    name: 'a long partial result ending "…still checking the 1950s volumes, hang tight" is a hold; the next message 118 s later: keep_informed passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} I'm still checking whether we have the 1950s company magazines, hang tight.`], [198, 'l', "We do: the B&O Magazine for 1950-1959 is in the Maryland Room. Does that help?"], [230, 'p', 'yes thats all'], [235, 'l', 'Bye now!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss: the same hold and the next message 121 s later: keep_informed fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} I'm still checking whether we have the 1950s company magazines, hang tight.`], [201, 'l', "We do: the B&O Magazine for 1950-1959 is in the Maryland Room. Does that help?"], [230, 'p', 'yes thats all'], [235, 'l', 'Bye now!']],
    exp: some({ informed: 'fail' }),
  },
  // ---- dismissal in a closing macro -----------------------------------------------------------------------------------------
  {
    name: 'a closing macro "I\'m going to have to end our chat here since it\'s busy tonight. Goodbye." ends the help with no way back: no_dismissal fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Does that help?`], [110, 'p', 'yes, and also do you have anything on the canal?'], [118, 'l', "I'm going to have to end our chat here since it's busy tonight. Goodbye."]],
    exp: some({ dismissal: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // "them" is Animal Control, named in the referring sentence itself with no contact; the number before is the shelter's
    // LEFT: referral.contact passes. v10's `contactBeforeY` gives "call them" the contact of the provider message before
    // whenever that message or the referring sentence names a party, and v18's `pronounNamedHereR2` looks only at
    // sentences before the referring one, not at a party named in it before "them" (an older reading, not Z4's change: the
    // case passed the same before Z4's Animal Control party word, the shelter being a party). Narrowing it would touch
    // every "X …; call them" after a contact.
    name: 'near miss: "The shelter\'s adoption line is 301-694-8300." then "Frederick County Animal Control takes barking complaints; call them.": referral fails',
    lines: [[0, 'p', 'who do i call about a barking dog in frederick county'], [30, 'l', 'Hi, Sam at Frederick County Public Libraries here. Is it inside the city limits?'], [60, 'p', 'no, out in the county'], [70, 'l', "The shelter's adoption line is 301-694-8300."], [76, 'l', 'Frederick County Animal Control takes barking complaints; call them. Does that help?'], [110, 'p', 'yes thats all'], [115, 'l', 'Bye now!']],
    exp: some({ referral: 'fail' }),
  },
];

describe('twenty-fourth round (Z4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

/** Evidence: the message that decided a check is among its evidence (index into `messages`). */
const EVIDENCE: { name: string; key: Key; message: number; status: St }[] = [
  // the opening macro (message 1) is both the greeting and the clarifying question
  { name: whole[0]!.name, key: 'clarify', message: 1, status: 'pass' },
  { name: whole[0]!.name, key: 'greeting', message: 1, status: 'pass' },
  // the long answer (message 4) gives the source and asks the completeness question
  { name: whole[0]!.name, key: 'complete', message: 4, status: 'pass' },
  // the numbered steps: the source in step 3 (message 5), the completeness question in step 5 (message 7)
  { name: whole[1]!.name, key: 'source', message: 5, status: 'pass' },
  { name: whole[1]!.name, key: 'complete', message: 7, status: 'pass' },
  // the check-in and the notice in one message (message 4)
  { name: whole[5]!.name, key: 'idle', message: 4, status: 'pass' },
  { name: whole[5]!.name, key: 'disconnect', message: 4, status: 'pass' },
  // the referral (message 4) and its contact in the next message (message 5)
  { name: whole[15]!.name, key: 'referral', message: 5, status: 'pass' },
];

describe('twenty-fourth round (Z4): evidence points at the deciding message', () => {
  it.each(EVIDENCE)('$key: message $message', (e) => {
    const c = whole.find((w) => w.name === e.name)!;
    const r = check(chat(c.lines, c.over ?? {}), KEYS[e.key] as CheckId, c.ctx);
    expect(r.status).toBe(e.status);
    expect(r.evidence.map((x) => x.message)).toContain(e.message);
  });
});

describeSessions('twenty-fourth round (Z4): dense messages, long answers and macros, every check', whole);
describeSessions('twenty-fourth round (Z4): dense messages, long answers and macros, short cases', short);

describeLeft('twenty-fourth-round-dense', LEFT);
