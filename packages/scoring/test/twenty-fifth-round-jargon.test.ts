/**
 * Twenty-fifth round, area (A4): LIBRARY WORDS THAT COLLIDE WITH BEHAVIOUR WORDS. A library's own vocabulary uses the
 * words the checks listen for, in other senses: holds ("place a hold", "on the hold shelf", "on hold for you"), check in
 * / check out ("checked in this morning", "can you check if…"), call numbers ("call number 636.5 DAM"), "reference" (the
 * reference desk, the reference collection), "sources" (primary sources, "cite your sources", open source), "refer"
 * ("refer to chapter 3"), "contact" (contact lenses), "transfer" (transfer credits, balance transfers, transferring a
 * file), "follow up" as a topic, "closing" (closing time, a home closing, "closing the loop"), "session" (a class, the
 * legislature, a guest computer), "welcome" ("you're welcome", "welcome packet", "Welcome to Night Vale"), "question" (a
 * test question), "help" (help files, the help desk), e-mail and phone as topics, "renew", "due", "fines", interlibrary
 * loan, "branch" (a family branch, a git branch). Each check is decided by the behaviour, not the word.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a notice the library's system sends by itself ("you'll get a notice when it's on the hold shelf", "you'll get an
 *   automatic email when it arrives", "the system will text you") is not the provider promising to send or find more
 *   later: no follow-up session; but "the interlibrary loan office will email you by Monday" is "someone from your
 *   library will contact you", a promise;
 * - "You're welcome!" answers thanks: it does not thank the patron, say goodbye or invite them back, so as one of the last
 *   two provider messages it makes closing.courteous fail unless the other one does;
 * - the provider's own library's departments and branches count as referrals when the patron is told to call, ask or
 *   visit them ("visit the Maryland Department at our Central Library", "call Parkdale first"), and need their own way to
 *   reach; another department of the same institution (the campus IT help desk) and "your eye doctor's office" are
 *   offices, so referrals too;
 * - "Are you still at the branch?" asks where the patron is, not whether they are still in the chat: no idle check-in;
 * - "Your guest computer session may have timed out" is about a library computer, not the chat: no disconnect notice;
 * - a question about something the provider did not give ("Did the help files you tried earlier mention the PIN?",
 *   "Did the IT help desk ever reset it?") is no completeness question;
 * - "Do you have anything else checked out that's due this week?" asks about items, not whether the patron needs
 *   anything else;
 * - a title that opens with "Welcome" ("Which Welcome to Night Vale are you after…?") greets no one, nor does "Hi-lo books";
 * - a status the provider reports is no hold message, though it holds a hold word: "Your hold is on the hold shelf",
 *   "Your interlibrary loan request is still searching for a lender", "We're checking in the weekend returns", "Your
 *   holds will be transferred to the new card", "Transferring the file only takes a second";
 * - the due date of the patron's books ("your books are due by Friday") is not when the information will come.
 * The short cases under "second batch" were written after the first run, looking for more collisions (labelled from
 * RUBRIC.md all the same).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR = 3600;
const ROSA = who('Rosa Diaz', 'rosa');
const SANDRA = who('Sandra Ruiz', 'sandra');

export const whole: SessionCase[] = [
  // ---- holds ------------------------------------------------------------------------------------------------------------
  {
    // reading: "You'll get a notice when it's on the hold shelf" is the catalogue's notice, no follow-up promise
    name: 'Tacoma PL, "put a hold on Lessons in Chemistry": a real hold message, then "I placed a hold … on the hold shelf": good session, no follow-up',
    lines: [
      [0, 'p', 'hi can u put a hold on lessons in chemistry for me? my card is on file i think'],
      [34, 'l', 'Hi! This is Marisol, a librarian at Tacoma Public Library.'],
      [40, 'l', 'Sure thing. Would you like the regular print, the large print, or the audiobook on CD?'],
      [71, 'p', 'regular print pls. pick up at moore branch'],
      [78, 'l', 'One moment while I look at the holds list.'],
      [165, 'l', "Done: I placed a hold on Lessons in Chemistry by Bonnie Garmus for pickup at Moore. You're #6 in line, and you can see it under My Holds in the catalog at tpl.bibliocommons.com. You'll get a notice when it's on the hold shelf. Is that what you needed?"],
      [200, 'p', 'perfect, thats all i needed'],
      [206, 'l', 'Thanks for chatting with us, happy reading!'],
    ],
    exp: usual(),
  },
  {
    // "Your hold … is still in transit" is no hold message: the provider's next message 140 s later is not a silence
    name: 'Fairfax County, a hold in transit: "Your hold on … is still in transit" (not a hold message), 140 s later more, "call Chantilly at 703-…": informed passes, referral with its number',
    lines: [
      [0, 'p', 'My hold for The Covenant of Water said in transit a week ago. Where is it?'],
      [25, 'l', "Hello, you've reached Ask a Librarian at Fairfax County Public Library. I'm Devin."],
      [31, 'l', 'Which branch did you choose for pickup?'],
      [60, 'p', 'chantilly'],
      [66, 'l', 'Let me check the item record.'],
      [150, 'l', 'Your hold on The Covenant of Water is still in transit from Reston; the copy was checked in there on Monday.'],
      [290, 'l', "Items in transit usually reach the branch within 7-10 days. If it isn't on the hold shelf at Chantilly by Friday, call Chantilly at 703-502-3883 and they'll trace it. Does that answer your question?"],
      [330, 'p', "ok, that's everything, thanks"],
      [335, 'l', 'Thanks for your patience. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Pima County, "how many things can i check out": "Let me check the borrowing rules" holds 117 s, answer with the Borrowing page: good session',
    lines: [
      [0, 'p', 'how many things can i check out at once? i have a lot of kids lol'],
      [22, 'l', "Hi there! I'm Keisha with the Ask Us librarians at Pima County Public Library."],
      [27, 'l', 'Are you asking about books only, or DVDs and video games too? Those have different limits.'],
      [58, 'p', 'everything, mostly books and dvds'],
      [64, 'l', 'Let me check the borrowing rules for you.'],
      [181, 'l', 'OK! Each card can have 50 items checked out, and up to 10 of those can be DVDs. The full list of limits is on our Borrowing page at library.pima.gov/borrowing. Each of your kids can get their own card too. Did that help?'],
      [230, 'p', 'yes!! thank u'],
      [236, 'l', 'Anything else I can help you with?'],
      [290, 'p', 'no thats it'],
      [295, 'l', 'Great, thanks for contacting Pima County Public Library. Take care!'],
    ],
    exp: usual(),
  },
  // ---- call numbers, the reference desk, sources, "refer" ---------------------------------------------------------------
  {
    name: 'Arlington PL, Salt Fat Acid Heat: "the call number is 641.5 NOS" is no call to anyone: no referral, good session',
    lines: [
      [0, 'p', 'looking for salt fat acid heat, is it in'],
      [15, 'l', 'Good afternoon! Reference librarian Omar here at Arlington Public Library.'],
      [19, 'l', 'Do you want the book itself or the Netflix series on DVD?'],
      [45, 'p', 'the book'],
      [52, 'l', 'One sec, checking the catalog.'],
      [110, 'l', 'Salt, Fat, Acid, Heat by Samin Nosrat is checked in at Central: the call number is 641.5 NOS, 2nd floor with the cookbooks. Is that what you were looking for?'],
      [140, 'p', 'yes perfect'],
      [146, 'l', 'Anything else today?'],
      [170, 'p', 'nope'],
      [176, 'l', 'Thanks, have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'Harford County, 1856 Aegis on microfilm: "stop by the reference desk at Bel Air or call them at 410-…" refers with a number',
    lines: [
      [0, 'p', 'Hello, I need to look at an 1856 newspaper from Bel Air. Do you have old papers?'],
      [40, 'l', "Hi, I'm Lena at the Reference Desk of Harford County Public Library."],
      [46, 'l', 'Which paper, and do you know the month?'],
      [80, 'p', 'The Aegis, sometime in the summer, an article about my great great grandfather'],
      [88, 'l', 'Bear with me a moment.'],
      [180, 'l', 'The Aegis for 1856 is on microfilm in the Maryland Room at our Bel Air branch. The reader is a little tricky, so stop by the reference desk at Bel Air or call them at 410-638-3151 before you come, and they will set it up. Does that cover what you need?'],
      [230, 'p', 'yes thats all, thank you!'],
      [236, 'l', 'Thank you for chatting with us, and good hunting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Salem State, "how do i cite my sources… primary sources": a good session on citing, "come back anytime" invites back',
    lines: [
      [0, 'p', 'how do i cite my sources in apa 7? my prof says primary sources need something different'],
      [28, 'l', 'Hi, this is Sam from the Writing & Research desk at Salem State University Library.'],
      [35, 'l', 'What kind of primary source is it: a letter, a newspaper article, a photograph, something else?'],
      [80, 'p', 'letters from an archive, and a newspaper from 1919'],
      [87, 'l', 'Bear with me a minute while I pull up the right examples.'],
      [200, 'l', 'Purdue OWL has both, unpublished letters from an archive and historical newspaper articles, under APA > Reference List: Other Print Sources (owl.purdue.edu). Our APA guide at libguides.salemstate.edu/apa has the same examples. Does this completely answer your question?'],
      [260, 'p', "yes that's everything, thank you!"],
      [266, 'l', 'Glad to help! Good luck, and come back anytime.'],
    ],
    exp: usual(),
  },
  {
    // "refer to chapter 3 of Intro Stats" points to a publication: a source, no referral. The patron never answers the
    // "anything else?": the last two provider messages neither thank nor part
    name: 'ACC, standard deviation: "refer to chapter 3 of Intro Stats" is no referral; ends on "Is there anything else…?": courteous fails',
    lines: [
      [0, 'p', 'stats homework, how do i find the standard deviation for grouped data'],
      [21, 'l', "Hello! I'm Priya, a librarian at Austin Community College Library."],
      [27, 'l', 'Which textbook is your class using?'],
      [60, 'p', 'intro stats by de veaux'],
      [70, 'l', 'For grouped data, refer to chapter 3 of Intro Stats (De Veaux, Velleman, Bock), the section on measures of spread; Khan Academy also walks through it at khanacademy.org/math/statistics-probability. Did that help?'],
      [115, 'p', 'kinda, ill look at ch 3. thanks'],
      [121, 'l', 'Is there anything else I can help you with?'],
    ],
    over: { endAfter: 90 },
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Baltimore County, contact lens solutions in Consumer Reports: "contact" is the lenses, no referral; good session',
    lines: [
      [0, 'p', 'do you have consumer reports ratings for contact lens solutions'],
      [30, 'l', 'Hi! Welcome to Ask Us at Baltimore County Public Library, this is Nate.'],
      [36, 'l', 'Are you after ratings for the solutions or for the lenses themselves?'],
      [70, 'p', 'solutions. i wear daily contacts but my eye dr said to switch'],
      [76, 'l', 'Give me a moment to look.'],
      [176, 'l', "Consumer Reports' contact lens solution ratings are in our Consumer Reports database: go to bcpl.info, choose Research > Consumer Reports, and search contact lens solution. Your card number is the login. Does that answer your question?"],
      [210, 'p', 'yes that is all i needed thank u!'],
      [215, 'l', 'Thanks for chatting, take care of those eyes!'],
    ],
    exp: usual(),
  },
  // ---- transfers ----------------------------------------------------------------------------------------------------------
  {
    name: 'Towson, transfer credits: the Registrar with an e-mail and phone is a referral; no chat transfer happened',
    lines: [
      [0, 'p', 'do my transfer credits from a community college count for the gen ed requirement'],
      [26, 'l', "Hi, I'm Morgan at the Towson University Albert S. Cook Library."],
      [31, 'l', 'Which community college, and did you finish an associate degree there?'],
      [66, 'p', 'CCBC, i finished the AA'],
      [75, 'l', 'Transfer credit evaluation is done by the Office of the Registrar, not the library. Email them at registrar@towson.edu or call 410-704-2701 and ask whether your AA satisfies the Core. The transfer equivalency database at towson.edu/transfer also lists CCBC courses. Did that help?'],
      [120, 'p', 'yes! thats everything'],
      [126, 'l', 'Thanks for contacting Cook Library, good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Sample County, books on balance transfers: a real transfer to the finance librarian, with the internal note and the announcement',
    lines: [
      [0, 'p', "looking for a book that explains balance transfers and credit card debt, i'm drowning lol"],
      [30, 'l', "Hi, I'm Jo at the Sample County Library. Our personal finance librarian, Rosa, is on chat right now, so I'm going to transfer you to her. One moment!"],
      [35, 'i', 'Rosa, patron wants books on balance transfers / credit card debt, can you take it? You know the finance collection best.', { author: 'Jo Smith', authorId: 'jo', to: 'rosa' }],
      [40, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [95, 'l', 'Hi, Rosa here! Is this for paying down your own cards, or more general reading?', ROSA],
      [125, 'p', 'my own cards'],
      [133, 'l', "Try The Total Money Makeover by Dave Ramsey or Your Money or Your Life by Vicki Robin; both are in our catalog at samplecountylibrary.org. The CFPB also explains balance transfers at consumerfinance.gov. Are those the kind of thing you had in mind?", ROSA],
      [170, 'p', "yes those look good, thanks that's all"],
      [176, 'l', 'Thanks for chatting, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  // ---- follow-up as a topic and as a promise ---------------------------------------------------------------------------
  {
    name: 'Enoch Pratt, "a follow up email after a job interview": advice to follow up is no promise; good session',
    lines: [
      [0, 'p', 'how do i write a follow up email after a job interview? need examples'],
      [24, 'l', 'Hello! This is Grace, librarian at Enoch Pratt Free Library.'],
      [30, 'l', 'Was this an in-person interview, and how long ago was it?'],
      [62, 'p', 'zoom interview yesterday'],
      [70, 'l', "Send your follow-up within 24 hours. Indeed's career guide has templates at indeed.com/career-advice (search follow-up email after interview), and our Job Help page at prattlibrary.org/jobs lists free resume and interview coaching. Does that help?"],
      [110, 'p', 'yes thanks so much'],
      [115, 'l', "You're welcome! Anything else I can help with?"],
      [140, 'p', 'no thats all'],
      [146, 'l', 'Good luck with the job! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'Marshall, an article through interlibrary loan: "I\'ll email it to you by Thursday", the address read back; sent at 30 h',
    lines: [
      [0, 'p', 'I need an article from Journal of Appalachian Studies 1998 that yall dont have, can i get it through interlibrary loan?'],
      [33, 'l', 'Hi, Carla here, reference librarian at Marshall University Libraries.'],
      [38, 'l', 'Do you have the article title and author?'],
      [80, 'p', 'Coal camp schools by R. Hensley, vol 4'],
      [86, 'l', "Let me see if it's anywhere online first."],
      [196, 'l', "It isn't online; the journal's contents for that year are listed on JSTOR at jstor.org but the full text isn't. I'll submit the interlibrary loan request for you and send you the PDF. What email should I use?"],
      [230, 'p', 'hensleyj@marshall.edu'],
      [236, 'l', "Got it, hensleyj@marshall.edu. Articles usually come in 2-3 days; I'll email it to you by Thursday. Does that answer your question for now?"],
      [270, 'p', "yes, that's all, thanks!"],
      [276, 'l', 'Thanks for using Ask a Librarian. Goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(276 + 30 * HOUR), by: 'jo', note: 'ILL PDF sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  // ---- closing, sessions ------------------------------------------------------------------------------------------------
  {
    // announcing that the chat will end is no goodbye, and nor is "Anything else?"
    name: 'Evanston PL, "whats your closing time saturday": ends on "OK, I\'ll close the chat now.": courteous fails',
    lines: [
      [0, 'p', 'whats your closing time saturday'],
      [18, 'l', "Hi! I'm Ben from the Evanston Public Library."],
      [23, 'l', 'Which location, Main or one of the branches?'],
      [44, 'p', 'main'],
      [50, 'l', 'Main closes at 5 pm on Saturdays; all the hours are at epl.org/hours. Does that answer your question?'],
      [70, 'p', 'yep'],
      [75, 'l', 'Anything else?'],
      [90, 'p', 'no'],
      [95, 'l', "OK, I'll close the chat now."],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Hennepin County, closing costs for a home closing: "Give me two minutes" (115 s), "just closing the loop: anything else…?"',
    lines: [
      [0, 'p', 'do you have books on closing costs for first time home buyers? closing is in march'],
      [28, 'l', 'Hello and thanks for reaching out to Ask Us at Hennepin County Library! My name is Abdi.'],
      [34, 'l', 'Congrats! Are you looking for something to read, or help figuring out your own estimate?'],
      [66, 'p', 'both i guess'],
      [72, 'l', 'Give me two minutes.'],
      [187, 'l', "For reading, Home Buying Kit For Dummies is in our catalog at hclib.org. For your own numbers, the CFPB's Closing Disclosure explainer at consumerfinance.gov/owning-a-home walks through every line. Is that the kind of help you were after?"],
      [220, 'p', 'yes exactly'],
      [226, 'l', 'Great! Just closing the loop: anything else I can find for you?'],
      [250, 'p', 'thats all i needed'],
      [256, 'l', 'Thank you for contacting us and good luck with the closing!'],
    ],
    exp: usual(),
  },
  {
    name: 'DC Public Library, "the intro to excel session on tuesday": the patron leaves; "Are you still there?" then "…I\'ll end this session now…": idle and disconnect pass',
    lines: [
      [0, 'p', 'is the intro to excel session on tuesday still open? i want to sign up'],
      [20, 'l', 'Hi, this is Tamika at Ask DCPL, DC Public Library.'],
      [26, 'l', 'Is that the Tuesday 6 pm session at Martin Luther King Jr. Library, or the one at Shaw?'],
      [50, 'p', 'MLK one'],
      [58, 'l', 'Let me look.'],
      [130, 'l', 'The Tuesday Excel Basics session at MLK still has 4 seats. You can register at dclibrary.org/events. Does that help?'],
      [250, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've disconnected, so I'll end this session now. Feel free to chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'AskUsNow, "when does the general assembly session start": "One moment please." then 138 s: informed fails',
    lines: [
      [0, 'p', 'when does the maryland general assembly session start this year, and can i watch it'],
      [24, 'l', "Good morning! I'm Rachel, a librarian with AskUsNow!"],
      [30, 'l', 'Do you want to watch in person in Annapolis or online?'],
      [45, 'p', 'online'],
      [52, 'l', 'One moment please.'],
      [190, 'l', 'The 2026 session convenes on January 14. Both chambers stream live at mgaleg.maryland.gov under Live and Archived Video. Does that answer your question?'],
      [230, 'p', "yes thanks that's all"],
      [236, 'l', 'Thanks for using AskUsNow! Bye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  // ---- welcome, question, help -------------------------------------------------------------------------------------------
  {
    // reading: the title "Welcome to Night Vale" greets no one, and nothing in the first two provider messages says who is answering
    name: 'Fairview, "Which Welcome to Night Vale are you after…?": a title, no greeting and no name: greeting fails',
    lines: [
      [0, 'p', 'do you have welcome to night vale the book'],
      [30, 'l', 'Which Welcome to Night Vale are you after: the first novel, or the book of podcast scripts?'],
      [60, 'p', 'the novel'],
      [68, 'l', "That's Welcome to Night Vale: A Novel by Joseph Fink and Jeffrey Cranor, on the shelf at the Fairview branch under FIC FINK; you can place a hold at catalog.fairviewlibrary.org. Is that what you needed?"],
      [100, 'p', 'yes thats all thank u'],
      [106, 'l', 'Enjoy it! Thanks for chatting.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "You're welcome!" thanks no one and parts from no one
    name: 'Cuyahoga County, renewing two books due tomorrow: the chat ends on "You\'re welcome!": courteous fails',
    lines: [
      [0, 'p', 'hi is there a way to renew my books online, 2 are due tomorrow'],
      [25, 'l', 'Hi! Josh here, librarian at the Cuyahoga County Public Library.'],
      [30, 'l', 'Do you have your library card number and PIN handy?'],
      [55, 'p', 'yes'],
      [62, 'l', 'Then log in at cuyahogalibrary.org, go to My Account > Checked Out, tick both items and click Renew. Each item can be renewed up to 3 times unless someone has a hold on it. Did that work?'],
      [140, 'p', 'worked! thanks, thats all'],
      [146, 'l', "You're welcome!"],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Fort Worth PL, a GED practice test question: "Question 2 on that practice test…" is no offer of more help: anything-else fails',
    lines: [
      [0, 'p', "I'm stuck on a practice test question for the GED about the 14th amendment"],
      [26, 'l', "Hello, you're chatting with Luis at the Fort Worth Public Library."],
      [31, 'l', 'What does the question ask, exactly?'],
      [70, 'p', 'which amendment guarantees equal protection'],
      [78, 'l', "That's the 14th Amendment, Section 1. The National Constitution Center has the text with plain-language notes at constitutioncenter.org/the-constitution/amendments/amendment-xiv. Does that answer your question?"],
      [110, 'p', 'yes thanks'],
      [116, 'l', 'Question 2 on that practice test is about the same amendment, by the way.'],
      [140, 'p', 'oh cool, thanks'],
      [146, 'l', 'Good luck on the GED, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Did the help files you tried earlier mention the PIN?" asks about what the patron read elsewhere
    name: 'Sno-Isle, Libby "card invalid" after the help files: "Did the help files you tried earlier mention the PIN at all?" is no completeness question',
    lines: [
      [0, 'p', 'libby keeps saying my card is invalid. I already tried the help files'],
      [30, 'l', "Hi, I'm Dee at the Sno-Isle Libraries Ask Us service."],
      [35, 'l', 'Is it a new card, and which library did you pick in Libby?'],
      [70, 'p', 'new card from last week, i picked sno-isle'],
      [78, 'l', 'New cards need a PIN set first. Set one at sno-isle.org/pin, then sign in to Libby again with the card number and that PIN. The Libby help page at help.libbyapp.com has the same steps with screenshots.'],
      [110, 'p', 'ok trying'],
      [118, 'l', 'Did the help files you tried earlier mention the PIN at all?'],
      [170, 'p', 'no they didnt. ok it worked!!'],
      [176, 'l', 'Yay! Happy reading, and thanks for chatting!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    // "student email" and "my phone" are the topic, no contact; "I'll check with IT and get back to you tomorrow" promises
    name: 'Montgomery College, "set up my student email on my phone": a promise and a follow-up code with no contact anywhere: code and contact fail, on-time pending',
    lines: [
      [0, 'p', "how do i set up my student email on my phone? it's an android"],
      [40, 'l', 'Hi there, this is Ahmed from the library at Montgomery College.'],
      [46, 'l', "Is it the Outlook app you're using, or the phone's built-in Gmail app?"],
      [80, 'p', 'the gmail app'],
      [88, 'l', "Hmm, the steps for Gmail changed last month and I want to be sure. I'll check with IT and get back to you tomorrow with the steps."],
      [120, 'p', 'ok'],
      [126, 'l', 'Thanks for your patience! Goodbye.'],
    ],
    over: FU_ME,
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- renew, due, fines, interlibrary loan ---------------------------------------------------------------------------
  {
    name: 'Frederick County, renewing a Switch game: "has reached its renewal limit" is no limit of questions; "no more questions" from the patron',
    lines: [
      [0, 'p', 'can i renew the switch game again? and do i have fines'],
      [20, 'l', "Hi! I'm Kara, a librarian at Frederick County Public Libraries."],
      [25, 'l', "Which game is it, and is it on your card or your kid's card?"],
      [55, 'p', 'mario kart, my card'],
      [62, 'l', "I'll look at your account, one moment."],
      [162, 'l', "Mario Kart 8 has reached its renewal limit, since video games renew once, and it's due Saturday. We don't charge overdue fines anymore (details at fcpl.org/fines-free), so there's nothing owed on your account. Does that answer your questions?"],
      [200, 'p', 'ok cool, no more questions'],
      [206, 'l', 'Thanks for chatting with FCPL!'],
    ],
    exp: usual(),
  },
  {
    // reading: "you'll get an automatic email when it arrives" is the system's notice, no promise to send more
    name: 'UNC Charlotte, Braiding Sweetgrass in Spanish by interlibrary loan: "you\'ll get an automatic email when it arrives": no follow-up session',
    lines: [
      [0, 'p', 'the college library doesnt have Braiding Sweetgrass in spanish, can i get it from somewhere else'],
      [31, 'l', "Hello! You've reached Ask a Librarian at UNC Charlotte's Atkins Library. I'm Vero."],
      [37, 'l', 'Do you need the Spanish translation, Una trenza de hierba sagrada, in print specifically?'],
      [66, 'p', 'yes print'],
      [74, 'l', "Request it through interlibrary loan at library.charlotte.edu/ill and log in with your NinerNET ID. It usually takes 7 to 10 days, and you'll get an automatic email when it arrives. Is that what you needed?"],
      [110, 'p', "yes thanks, that's everything"],
      [116, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual(),
  },
  // ---- branches ----------------------------------------------------------------------------------------------------------
  {
    // reading: the provider's own department, to be visited, with no address, phone or URL: a referral without a contact
    name: 'Enoch Pratt, "the Irish branch of my family": "visit the Maryland Department at our Central Library" with no way to reach it: referral fails',
    lines: [
      [0, 'p', "I'm researching the Irish branch of my family, the Dunnes from Cork, came to Baltimore 1880s"],
      [30, 'l', "Hi, I'm Beth, a genealogy librarian with the Enoch Pratt Free Library."],
      [36, 'l', 'Do you know which parish in Cork, or the ship they came on?'],
      [70, 'p', 'no idea on either'],
      [76, 'l', 'Let me see what we have.'],
      [166, 'l', 'Start with the Baltimore passenger lists in Ancestry Library Edition, which is free on our library computers: search Dunne, 1880-1889, arrival Baltimore. For the Irish side, visit the Maryland Department at our Central Library; the staff there know the Irish parish records well. Does that help you get started?'],
      [210, 'p', "yes that's a great start. thats all for now"],
      [216, 'l', 'Thanks, and good luck with the Dunnes!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Seattle Central College, merging a git branch: Pro Git at git-scm.com; good session',
    lines: [
      [0, 'p', 'how do i merge a branch in git without losing my changes? any good book'],
      [19, 'l', 'Hi! This is Ken at the Ask Us desk, Seattle Central College Library.'],
      [25, 'l', "Are you merging into main on your own repo, or into someone else's through a pull request?"],
      [60, 'p', 'my own repo'],
      [68, 'l', "The free Pro Git book covers it in chapter 3, Git Branching: Basic Branching and Merging, at git-scm.com/book. We also have O'Reilly Learning with Head First Git on the library's databases page. Is that what you were looking for?"],
      [100, 'p', 'perfect thats exactly it'],
      [106, 'l', 'Is there anything else I can help you with?'],
      [130, 'p', "no that's all"],
      [135, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  // ---- limits ------------------------------------------------------------------------------------------------------------
  {
    name: 'Harris County, fines on three cards: "we only answer one question per chat and you\'ve reached your limit. Goodbye.": dismissal fails',
    lines: [
      [0, 'p', 'hi i have 3 library cards and need to know the fines on each, and also renew stuff'],
      [20, 'l', 'Hello, this is Pat at Ask Harris County Public Library.'],
      [25, 'l', 'Which card do you want to start with?'],
      [50, 'p', 'the one ending 4471'],
      [58, 'l', 'That card owes $2.50 in fines; you can pay at hcpl.net/account. Does that help?'],
      [80, 'p', 'ok now the other two, and renew everything on all of them'],
      [90, 'l', "Sorry, we only answer one question per chat and you've reached your limit. Goodbye."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'Anne Arundel County, due dates for 14 items: "other patrons waiting… please log back on later": allowed, dismissal passes',
    lines: [
      [0, 'p', 'can you tell me the due dates for all 14 things i have out and renew the ones due this week, also do i owe fines'],
      [24, 'l', "Hi, I'm Liz with the Ask a Librarian team at Anne Arundel County Public Library."],
      [30, 'l', 'Do you have your card number?'],
      [60, 'p', '21982000345678'],
      [68, 'l', "Thanks. I can't see accounts from chat, but your due dates, renewals and fines are all under My Account at aacpl.net; log in with that card number and your PIN. Does that answer your question?"],
      [110, 'p', 'ugh ok but can you just go through them with me one at a time'],
      [118, 'l', "I wish I could! There are several other patrons waiting for chat right now, so please log back on later and we'll be glad to walk through it with you. Thanks for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

const HOLD_Q: Line[] = [
  [0, 'p', "hi, my hold says ready for pickup but i'm out of town till monday"],
  [25, 'l', 'Hi, this is Robin at the Springfield City Library. Which branch is it waiting at?'],
  [55, 'p', 'downtown'],
];
const CHICKENS: Line[] = [
  [0, 'p', 'do you have anything on raising backyard chickens'],
  [20, 'l', "Hi, I'm Pam at the Hood River County Library District."],
  [25, 'l', 'Books, or would magazines work too?'],
  [50, 'p', 'books'],
];
const HOURS: Line[] = [
  [0, 'p', 'are you open late tonight'],
  [15, 'l', 'Hello! Mia here at the Ask Us chat, Ames Public Library. Which location do you mean?'],
  [40, 'p', 'the main one'],
];

export const short: SessionCase[] = [
  // ---- holds: hold messages and final idles --------------------------------------------------------------------------
  {
    // "it's on hold for you until Tuesday" is no hold message: the final idle starts there (128 s), and the check-in is in it
    name: '"…on hold for you until Tuesday. I also placed a hold on the sequel" then "Are you still there?": final idle 128 s, idle passes',
    lines: [...HOLD_Q, [62, 'l', "Holds wait 7 days, so it's on hold for you until Tuesday. I also placed a hold on the sequel for you."], [150, 'l', 'Are you still there?']],
    over: { endAfter: 40 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Your hold is on the hold shelf at Downtown…" (no hold message), the provider adds more 138 s later: no silence, informed passes',
    lines: [
      ...HOLD_Q,
      [62, 'l', "Your hold is on the hold shelf at Downtown, and it's on hold for you until Tuesday the 10th."],
      [200, 'l', 'If you need it later, you can place a new hold from your account at springfieldlibrary.org once it expires. Does that help?'],
      [230, 'p', 'yes thanks'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Let me check on your hold." then 130 s: a hold message, informed fails',
    lines: [...HOLD_Q, [62, 'l', 'Let me check on your hold.'], [192, 'l', 'OK, it will stay on the hold shelf until Tuesday. Holds are explained at springfieldlibrary.org/holds.'], [220, 'p', 'great thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    // a question to the patron, not a hold: the 200 s until the patron answers are the patron's
    name: '"Can you check if you\'re still signed in to Libby…?" asks the patron (no hold); the patron answers 200 s later: informed and clarify pass',
    lines: [
      [0, 'p', 'my ebook hold wont download'],
      [20, 'l', "Hello! I'm Chris from the Ask Us team at Tulsa City-County Library."],
      [26, 'l', "Can you check if you're still signed in to Libby with your Tulsa card?"],
      [226, 'p', 'sorry had to find my card. yes im signed in'],
      [240, 'l', 'OK, then open your Shelf, tap Loans, and choose Read With Kindle; the Libby help page at help.libbyapp.com shows the steps. Did that fix it?'],
      [270, 'p', 'yes!'],
    ],
    exp: some({ informed: 'pass', clarify: 'pass' }),
  },
  {
    name: '"Blue Springs checked in the hotspot this morning…" (no hold) and no word for 140 s: final idle, no check-in: idle fails',
    lines: [
      [0, 'p', 'i returned the hotspot in the book drop last night but it still shows on my account'],
      [30, 'l', "Hi, Leo here at Ask the Library, Mid-Continent Public Library. Which branch's drop did you use?"],
      [60, 'p', 'blue springs'],
      [70, 'l', 'One moment.'],
      [140, 'l', "Found it: Blue Springs checked in the hotspot this morning, so it's off your account now and there's no fee."],
    ],
    over: { endAfter: 140 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  // ---- call numbers and calls ----------------------------------------------------------------------------------------
  {
    name: '"…call number 636.5 DAM. … call them first at 541-352-6502": the branch with its number, referral passes',
    lines: [...CHICKENS, [60, 'l', "Storey's Guide to Raising Chickens is at the Parkdale branch, call number 636.5 DAM. Parkdale has short hours, so call them first at 541-352-6502 to make sure it's on the shelf. Did that help?"], [90, 'p', 'yes']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"…call number 636.5 DAM. Call numbers starting with 636 are all animal care…": no one to call, no referral',
    lines: [...CHICKENS, [60, 'l', "Storey's Guide to Raising Chickens is on the shelf at Parkdale, call number 636.5 DAM. Call numbers starting with 636 are all animal care, so browse nearby too. Did that help?"], [90, 'p', 'yes']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: the campus IT help desk is another department: told to call it, the patron needs a way to reach it
    name: '"Please call the IT help desk and they can reset it" with no number: referral fails',
    lines: [
      [0, 'p', 'my campus wifi login doesnt work in the library'],
      [18, 'l', 'Hi! This is Noor at Ask Us, Rowan University Libraries.'],
      [24, 'l', 'Are you on a laptop or your phone?'],
      [50, 'p', 'laptop'],
      [58, 'l', 'Wifi accounts are handled by IT, not the library. Please call the IT help desk and they can reset it for you. Does that help?'],
      [90, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- refer, reference, contact, sources ------------------------------------------------------------------------------
  {
    name: '"For block quotes, refer to section 8.27 of the APA Publication Manual … in our reference collection": a publication, no referral',
    lines: [
      [0, 'p', 'how long does a quote have to be before its a block quote in apa'],
      [20, 'l', "Hi, I'm Tess, a librarian at Ask Us, Rowan University Libraries. Is this APA 7th edition?"],
      [45, 'p', 'yes 7'],
      [52, 'l', 'Quotes of 40 words or more are block quotes. For the formatting, refer to section 8.27 of the APA Publication Manual (7th ed.), which we have in the reference collection. Does that help?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"I\'d refer you to the Maryland Small Business Development Center; … 410-704-3355": referral with its number',
    lines: [
      [0, 'p', 'i want to start a food truck, who can help me with a business plan'],
      [22, 'l', 'Hi, this is Dana at AskUsNow! Are you in Maryland?'],
      [45, 'p', 'yes baltimore'],
      [52, 'l', "I'd refer you to the Maryland Small Business Development Center; their Central region office is at 410-704-3355 and their advising is free. Is that what you were looking for?"],
      [90, 'p', 'yes perfect'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"The Consumer Reports guide to contact lenses is in our MasterFILE Complete database": no referral',
    lines: [
      [0, 'p', 'which contact lenses are best for dry eyes'],
      [20, 'l', 'Hello! Jo here at Ask Us. Do you want reviews, or medical information?'],
      [45, 'p', 'reviews'],
      [52, 'l', 'The Consumer Reports guide to contact lenses is in our MasterFILE Complete database; contact lens care for dry eyes is covered near the end. Does that help?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"What sources have you already tried?" before the answer clarifies; "primary sources at loc.gov" is the source',
    lines: [
      [0, 'p', 'i need primary sources about the dust bowl'],
      [20, 'l', "Hi, I'm Ray at the Ask a Librarian service, Oklahoma State University Library."],
      [25, 'l', 'What sources have you already tried?'],
      [60, 'p', 'just google'],
      [66, 'l', "The Library of Congress has Dust Bowl photographs and migrant interviews at loc.gov (search dust bowl migration). Does that help?"],
      [100, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: '"GIMP is a free, open source editor at gimp.org." right away: a source, but no question first: clarify fails',
    lines: [
      [0, 'p', 'is there a free open source version of photoshop'],
      [20, 'l', 'Hi, this is Ray at the Ask a Librarian service.'],
      [25, 'l', 'GIMP is a free, open source editor at gimp.org, and our Lynda courses cover it too. Does that help?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  // ---- transfers ----------------------------------------------------------------------------------------------------------
  {
    // an announced transfer is a hold message even when no transfer event follows
    name: '"I\'m transferring you to our law librarian… one moment" then 135 s, no transfer event: informed fails, transfer na',
    lines: [
      [0, 'p', 'how do i find a court case from 2019 in howard county'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it a criminal or a civil case?'],
      [50, 'p', 'civil, a landlord case'],
      [60, 'l', "I'm transferring you to our law librarian, who knows court records better, one moment."],
      [195, 'l', 'Hi, this is Sandra, the law librarian. Maryland Judiciary Case Search at mdcourts.gov/casesearch has civil cases from 2019. Does that help?', SANDRA],
      [230, 'p', 'yes'],
    ],
    exp: some({ informed: 'fail', transfer: 'na' }),
  },
  {
    name: '"…Transferring the file only takes a second…" is no hold: final idle of 150 s without a check-in, idle fails',
    lines: [
      [0, 'p', 'how do i get my resume off the library computer'],
      [22, 'l', "Hello! I'm Jamal at the Ask a Librarian desk, Columbus Metropolitan Library."],
      [28, 'l', 'Do you have a USB drive with you, or do you want to email it to yourself?'],
      [60, 'p', 'usb'],
      [68, 'l', 'Plug the USB drive into the front of the computer, then in Word choose File > Save As and pick the drive. Transferring the file only takes a second. The steps are in our computer help guide at columbuslibrary.org/computers.'],
    ],
    over: { endAfter: 150 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  // ---- follow-up: topic, promise, notices ----------------------------------------------------------------------------
  {
    name: '"Follow up with the hiring manager in about a week…" is advice, no promise: contact na, code passes',
    lines: [
      [0, 'p', 'how long should i wait to follow up after applying for a job'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did you apply online or through a recruiter?'],
      [45, 'p', 'online'],
      [52, 'l', "Follow up with the hiring manager in about a week if you haven't heard back. The Indeed career guide at indeed.com/career-advice has sample follow-up emails. Does that help?"],
      [80, 'p', 'yes thank you'],
      [85, 'l', 'Good luck, bye!'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: '"I\'ll follow up by email with the rest of the list by Friday" to the address the patron gave: contact passes, on-time pending',
    lines: [
      [0, 'p', 'i need a list of all the one-room schoolhouses in carroll county'],
      [20, 'l', 'Hi, Jo at Ask Us here. Do you need the ones still standing, or historical ones too?'],
      [45, 'p', 'historical too. my email is dmoss22@yahoo.com if thats easier'],
      [52, 'l', "The Maryland Historical Trust's Medusa database at mht.maryland.gov lists the surviving ones. I'll follow up by email with the rest of the list by Friday at dmoss22@yahoo.com. Does that work?"],
      [80, 'p', 'yes thanks'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the system's text message is no promise from the provider
    name: '"The system will text your phone when your hold comes in": no follow-up session',
    lines: [
      HOLD_Q[0]!,
      HOLD_Q[1]!,
      [55, 'p', 'downtown. can i get a text when the next one is ready'],
      [62, 'l', 'Yes: turn on text notices under My Settings at springfieldlibrary.org, and the system will text your phone when your hold comes in. Does that help?'],
      [90, 'p', 'yes'],
      [95, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: '"Your branch will call you by Wednesday" after the patron gave 410-555-0178, coded Follow-up by patron\'s library: contact passes',
    lines: [
      [0, 'p', 'can someone find out if my grandmothers obituary from 1962 is in the sun'],
      [20, 'l', 'Hi, Jo at AskUsNow! here. Do you know the month she died?'],
      [45, 'p', 'june 1962. best to call me, 410-555-0178'],
      [52, 'l', "The Sun's 1962 issues are in ProQuest Historical Newspapers, but the obituaries need a staff search, so I'm sending this to your branch; they will call you at 410-555-0178 by Wednesday. Does that work for you?"],
      [80, 'p', 'yes thank you'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: FU_LIB,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // "the interlibrary loan office will email you by Monday" is "someone from your library will contact you"
    name: '"The interlibrary loan office will email you at that address by Monday", coded Answered: a promise without a follow-up code, code fails',
    lines: [
      [0, 'p', 'i put in an interlibrary loan request last week and havent heard anything'],
      [20, 'l', 'Hi, Jo at Ask Us here. What was the title, and what email did you use?'],
      [45, 'p', 'The Warmth of Other Suns, ktaylor@gmail.com'],
      [52, 'l', "Thanks. It's still searching for a lender; the status is under My ILL Requests at library.example.edu/ill. The interlibrary loan office will email you at ktaylor@gmail.com by Monday with an update. Does that help?"],
      [80, 'p', 'yes'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: some({ contact: 'pass', code: 'fail', onTime: 'pending' }),
  },
  // ---- closing time, welcome, help ----------------------------------------------------------------------------------
  {
    name: 'the chat ends on "Our closing time today is 9 pm, so you have plenty of time.": no goodbye, courteous fails',
    lines: [
      ...HOURS,
      [48, 'l', 'Main is open until 9 tonight; closing time on Sundays is 5. Hours for every location are at amespubliclibrary.org/hours. Does that answer your question?'],
      [70, 'p', 'yes thats all'],
      [75, 'l', 'Our closing time today is 9 pm, so you have plenty of time.'],
    ],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    name: '"Welcome back! It\'s Ana from Ask Us at Ames Public Library.": greeting passes',
    lines: [[0, 'p', 'me again, about the ILL book'], [20, 'l', "Welcome back! It's Ana from Ask Us at Ames Public Library."], [40, 'p', 'did it come in'], [48, 'l', 'Which title was it?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"The welcome packets are at the library help desk…" then a question: no greeting, greeting fails',
    lines: [
      [0, 'p', 'where do i get the welcome packet for new grad students'],
      [25, 'l', 'The welcome packets are at the library help desk on the first floor.'],
      [30, 'l', 'Are you a new grad student this fall?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Hi, you\'ve reached the library help desk, I\'m Sam.": greeting passes',
    lines: [[0, 'p', 'the printer wont take my card'], [15, 'l', "Hi, you've reached the library help desk, I'm Sam."], [20, 'l', 'Which floor is the printer on?'], [45, 'p', '2nd']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: a question about the help desk's work, not about what the provider gave
    name: '"Did the IT help desk ever reset your password?" after the answer is no completeness question: completeness fails',
    lines: [
      [0, 'p', 'i cant log into the databases from home, i called the help desk yesterday'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which database were you trying?'],
      [45, 'p', 'jstor'],
      [52, 'l', 'Off campus, go to JSTOR through the library A-Z list at library.example.edu/az so it asks for your campus login.'],
      [60, 'l', 'Did the IT help desk ever reset your password?'],
      [90, 'p', 'yes they did'],
    ],
    exp: some({ complete: 'fail' }),
  },
  // ---- limits that are not about questions -------------------------------------------------------------------------
  {
    name: '"You\'ve reached the maximum of 25 holds on your card…" is no limit of questions: dismissal passes',
    lines: [...HOLD_Q, [62, 'l', "You've reached the maximum of 25 holds on your card, so you'd need to cancel one at springfieldlibrary.org before placing another. Does that help?"], [90, 'p', 'ok'], [95, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"…once your time is up, the next person\'s print starts" about the 3D printer: no dismissal',
    lines: [
      [0, 'p', 'how long can i use the 3d printer'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is this at the Makerspace downtown?'],
      [40, 'p', 'yes'],
      [48, 'l', "3D printer reservations are 2 hours; once your time is up, the next person's print starts. You can book at example.org/makerspace. Does that help?"],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Thanks for asking, bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- idle and disconnect near misses ----------------------------------------------------------------------------------
  {
    // reading: "Are you still at the branch?" asks where the patron is, not whether they are in the chat
    name: '"Are you still at the branch? If so, the book is on the display by the door." in a 150 s final idle: no check-in, idle fails',
    lines: [
      [0, 'p', "i'm at the eastside branch and can't find the book i have on hold"],
      [20, 'l', 'Hi, Jo at Ask Us here. What is the title?'],
      [40, 'p', 'Demon Copperhead'],
      [60, 'l', 'Demon Copperhead is on the holds shelf under your last name; the catalog at example.org shows it as ready.'],
      [140, 'l', 'Are you still at the branch? If so, the book is on the display by the door.'],
    ],
    over: { endAfter: 70 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    // reading: the guest computer's session is not the chat
    name: '"Are you still there?" then "Your guest computer session may have timed out…" in a 195 s final idle: idle passes, disconnect fails',
    lines: [
      [0, 'p', 'the library computer logged me out while i was typing'],
      [20, 'l', 'Hi, Jo at Ask Us here. Are you on a guest pass or your own card?'],
      [40, 'p', 'guest pass'],
      [60, 'l', 'Guest passes last 60 minutes; the desk can give you a new one, and the rules are at example.org/computers.'],
      [160, 'l', 'Are you still there?'],
      [250, 'l', 'Your guest computer session may have timed out; guest passes last 60 minutes.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"It seems you\'ve left the chat, so I\'ll end our session now. Chat again anytime!" after "Still with me?": idle and disconnect pass',
    lines: [
      [0, 'p', 'whats the due date for a dvd'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it a new release DVD?'],
      [40, 'p', 'idk'],
      [50, 'l', 'DVDs are due in 7 days, new releases in 3; the loan periods are listed at example.org/borrow.'],
      [180, 'l', 'Still with me?'],
      [240, 'l', "It seems you've left the chat, so I'll end our session now. Chat again anytime!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  // ---- anything else -------------------------------------------------------------------------------------------------
  {
    // reading: asks about items the patron has out, not whether they need anything else
    name: '"Do you have anything else checked out that\'s due this week?" is no offer of more help: anything-else fails',
    lines: [
      [0, 'p', 'can i renew my dvd'],
      [20, 'l', 'Hi, Jo at Ask Us here. Has anyone placed a hold on it?'],
      [40, 'p', 'not sure'],
      [50, 'l', "Renew it under My Account at example.org; if it won't renew, someone has a hold on it. Does that help?"],
      [70, 'p', 'ok'],
      [75, 'l', "Do you have anything else checked out that's due this week?"],
      [95, 'p', 'just books'],
      [100, 'l', 'Those renew the same way. Bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron: "no more questions, my holds are all set": anything-else passes',
    lines: [
      ...HOLD_Q,
      [62, 'l', "It's on hold for you until Tuesday, so you can pick it up Monday. Details are at springfieldlibrary.org/holds. Does that help?"],
      [90, 'p', 'great, no more questions, my holds are all set'],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- second batch, written after the first run, looking for more collisions -----------------------------------------
  {
    // "Your … request is still searching for a lender" reports the request's status, the provider is not searching
    name: 'second batch: the last message "Your interlibrary loan request is still searching for a lender…" (no hold), 150 s with no check-in: idle fails',
    lines: [
      [0, 'p', 'whats the status of my ILL request for the warmth of other suns'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did you request the book or the audiobook?'],
      [45, 'p', 'the book'],
      [55, 'l', 'Your interlibrary loan request is still searching for a lender; it usually takes a week or two. You can follow it under My ILL Requests at library.example.edu/ill.'],
    ],
    over: { endAfter: 150 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    // staff checking in returned items is no look-up for the patron
    name: 'second batch: the last message "We\'re checking in the weekend returns, so it may take a day…" (no hold), 150 s: idle fails',
    lines: [
      [0, 'p', 'i returned 3 books sunday but they still show on my account'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did you use the book drop?'],
      [45, 'p', 'yes'],
      [55, 'l', "We're checking in the weekend returns, so it may take a day to come off your account. No late fees will be charged; see example.org/fines."],
    ],
    over: { endAfter: 150 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    // holds moved to a new card are no transfer of the chat
    name: 'second batch: the last message "Your holds will be transferred to the new card overnight." (no hold), 150 s: idle fails',
    lines: [
      [0, 'p', 'i got a new card because i lost mine, what happens to my holds'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did staff link the new card to your old account?'],
      [45, 'p', 'yes they did that at the desk'],
      [55, 'l', 'Then your holds will be transferred to the new card overnight. The card replacement policy is at example.org/cards.'],
    ],
    over: { endAfter: 150 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    // reading: "Hi-lo books" is a kind of book, no greeting
    name: 'second batch: "Hi-lo books for teens are shelved together at Central." then "Teen librarian Sara here": no greeting, greeting fails',
    lines: [
      [0, 'p', 'my son is 14 and reads at a 3rd grade level, what books would he like'],
      [25, 'l', 'Hi-lo books for teens are shelved together at Central.'],
      [31, 'l', 'Teen librarian Sara here, by the way. What does he like, sports, fantasy, funny stuff?'],
      [60, 'p', 'sports'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: the books' due date is not when the information will come
    name: 'second batch: "I\'ll email you the list" to the address read back, only "your books are due by Friday" as a date: contact fails',
    lines: [
      [0, 'p', 'can you send me a list of newbery winners we dont own yet, for our school library'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which years do you need, all of them?'],
      [45, 'p', 'since 2000. kim.baker@example.com'],
      [52, 'l', "Sure, I'll compare the ALA list at ala.org with our catalog and email you the list at kim.baker@example.com. By the way, your books are due by Friday. Does that work?"],
      [80, 'p', 'yes thanks'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "Is the copy still there on the cart?" asks about the book, not whether the patron is in the chat
    name: 'second batch: "Is the copy still there on the cart by the door?" in a 150 s final idle is no check-in: idle fails',
    lines: [
      [0, 'p', "im at the branch, the book i have on hold isnt on the shelf"],
      [20, 'l', 'Hi, Jo at Ask Us here. What is the title?'],
      [40, 'p', 'Tomorrow and Tomorrow and Tomorrow'],
      [55, 'l', "It's on the holds cart by the door until staff shelve it; the catalog at example.org shows it as ready."],
      [120, 'l', 'Is the copy still there on the cart by the door?'],
    ],
    over: { endAfter: 85 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
];

/** Near misses of this round's changes (each names the change it guards). */
export const guards: SessionCase[] = [
  {
    // near miss for A4 `hold` ("only takes a second"): "Please give me a minute." still holds
    name: 'near miss: "Please give me a minute." then 130 s: still a hold message, informed fails',
    lines: [...HOLD_Q, [62, 'l', 'Please give me a minute.'], [192, 'l', 'It will stay on the hold shelf until Tuesday; holds are explained at springfieldlibrary.org/holds.'], [220, 'p', 'ok']],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss for A4 `completeness` ("help desk"): a help page the provider gave, asked about
    name: 'near miss: "Did the Libby help page answer your question?" after giving it: completeness passes',
    lines: [
      [0, 'p', 'how do i return a libby book early'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it an ebook or an audiobook?'],
      [40, 'p', 'ebook'],
      [48, 'l', 'Open your Shelf, tap Manage Loan, then Return Early. The Libby help page at help.libbyapp.com/en-us/6055.htm shows it with pictures.'],
      [80, 'l', 'Did the Libby help page answer your question?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for A4 `anythingElse` ("anything else checked out"): an offer to check more still offers
    name: 'near miss: "Is there anything else I can check on for you?" offers more help: anything-else passes',
    lines: [
      [0, 'p', 'can i renew my dvd'],
      [20, 'l', 'Hi, Jo at Ask Us here. Has anyone placed a hold on it?'],
      [40, 'p', 'not sure'],
      [50, 'l', "Renew it under My Account at example.org; if it won't renew, someone has a hold on it. Does that help?"],
      [70, 'p', 'ok'],
      [75, 'l', 'Is there anything else I can check on for you?'],
      [95, 'p', 'no'],
      [100, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss for A4 `notPromise` (the library's own office): a county office contacting the patron is no promise
    name: 'near miss: "The county clerk\'s office will mail you the certified copy within 2 weeks": no follow-up session',
    lines: [
      [0, 'p', 'how do i get a copy of my marriage license'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which county were you married in?'],
      [40, 'p', 'anne arundel'],
      [48, 'l', "Order it from the Anne Arundel County Circuit Court at mdcourts.gov/clerks/annearundel, or call them at 410-222-1397. The county clerk's office will mail you the certified copy within 2 weeks. Does that help?"],
      [80, 'p', 'yes thanks'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass', referral: 'pass' }),
  },
  {
    // near miss for A4 `referralVerb` ("refer you to"): a chapter of a book is no party
    name: 'near miss: "I\'d refer you to chapter 3 of the Pro Git book at git-scm.com/book": a publication, no referral',
    lines: [
      [0, 'p', 'how do git branches work'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is this for a class?'],
      [40, 'p', 'yes intro to programming'],
      [48, 'l', "I'd refer you to chapter 3 of the Pro Git book at git-scm.com/book, which explains branches with diagrams. Does that help?"],
      [80, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss for A4 `hold` (a request "still searching"): the provider still searching is a hold, so no final idle starts
    name: 'near miss: the last message "I\'m still searching for a lender that has it." is a hold: no final idle, idle na',
    lines: [
      [0, 'p', 'whats the status of my ILL request for the warmth of other suns'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did you request the book or the audiobook?'],
      [45, 'p', 'the book'],
      [55, 'l', "I'm still searching for a lender that has it."],
    ],
    over: { endAfter: 150 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    // near miss for A4 `hold` ("checking in the returns"): checking in with a colleague is a look-up
    name: 'near miss: the last message "I\'m checking in with our ILL office now." is a hold: no final idle, idle na',
    lines: [
      [0, 'p', 'i returned 3 ILL books sunday but they still show on my account'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did you use the book drop?'],
      [45, 'p', 'yes'],
      [55, 'l', "I'm checking in with our ILL office now."],
    ],
    over: { endAfter: 150 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    // near miss for A4 `transferNotice` (holds transferred): the patron transferred is still a hold message
    name: 'near miss: "You will be transferred to our law librarian, who knows court records." then 130 s: a hold, informed fails',
    lines: [
      [0, 'p', 'how do i find a court case from 2019 in howard county'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it a criminal or a civil case?'],
      [50, 'p', 'civil, a landlord case'],
      [60, 'l', 'You will be transferred to our law librarian, who knows court records.'],
      [190, 'l', 'Hi, this is Sandra, the law librarian. Maryland Judiciary Case Search at mdcourts.gov/casesearch has civil cases from 2019. Does that help?', SANDRA],
      [230, 'p', 'yes'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss for A4 `greeting` ("Hi-lo"): "Hi-ya!" still greets
    name: 'near miss: "Hi-ya! Teen librarian Sara here." greets and names: greeting passes',
    lines: [[0, 'p', 'books for a 14 year old who hates reading'], [25, 'l', 'Hi-ya! Teen librarian Sara here.'], [31, 'l', 'What does he like, sports, fantasy, funny stuff?'], [60, 'p', 'sports']],
    exp: some({ greeting: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // reading: "your eye doctor's office" is an office the patron is told to contact
    // LEFT: referral passes. The sentence's ftc.gov (the FTC rule's page, a source) is read as the office's way to reach
    // it: the scorer gives a referral every contact of its sentence, and telling whose a URL is inside one sentence joined
    // by "but … so …" would change how every older referral with a source in the same sentence is read.
    name: '"…a question for your eye doctor, so contact their office before you switch" with no way to reach them: referral fails',
    lines: [
      [0, 'p', 'can i switch to a cheaper contact lens brand without a new prescription'],
      [20, 'l', 'Hello! Jo here at Ask Us. Are these daily or monthly lenses?'],
      [45, 'p', 'monthly'],
      [52, 'l', "The FTC's Contact Lens Rule at ftc.gov explains your prescription rights, but whether a brand will fit is really a question for your eye doctor, so contact their office before you switch. Does that answer your question?"],
      [80, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
];

describe('twenty-fifth round (A4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fifth round (A4): library words that collide with behaviour words, every check', whole);
describeSessions('twenty-fifth round (A4): library words that collide with behaviour words, short cases', short);
describeSessions('twenty-fifth round (A4): library words that collide with behaviour words, near misses of the changes', guards);

describeLeft('twenty-fifth-round-jargon', LEFT);
