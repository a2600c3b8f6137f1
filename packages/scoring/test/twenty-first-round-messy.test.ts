/**
 * Twenty-first round, area (V5): MESSY SESSIONS. Patrons with several questions in one chat, patrons who change their
 * question halfway, misunderstandings corrected ("oh sorry, I meant the DVD"), patrons who paste a citation or an
 * assignment, both sides typing over each other (messages out of turn, answers to the question before last), providers
 * correcting their own typos ("*your"), sentences split over several messages, clarifying questions that come after a
 * first source or never, restatements, a completeness question after only a partial answer, sources given as bare
 * domains, as "our website" without a way to reach it, or as catalogue search steps. Mostly inquiry.clarify, info.source,
 * followup.completeness and closing.anything_else.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a sentence split over consecutive messages of one side ("so you need" / "the 2019 forms" / "for Ohio?", "thats" /
 *   "all i needed") is one sentence: what it asks or says counts as asked or said in the last of those messages;
 * - "our website" / "the county's website" / "our Facebook page" with no address and no steps is a web page without the
 *   steps to reach it: no source; "on our website, go to Services, then Tax Help" gives the steps: a source; a bare
 *   domain ("worldcat.org") is a source; catalogue search steps name the catalogue: a source;
 * - a provider's typo correction ("*catalogue", "*your") is read with the message it corrects: "catalouge" / "*catalogue"
 *   names the catalogue; a misspelt completeness question ("Does that answr your question?") still asks it;
 * - a completeness question after a partial answer ("Does that cover the first one? I'm still checking the second")
 *   asks about information already given: it counts;
 * - a clarifying question in a later message than the first source comes too late, even when the patron changed the
 *   question in between; one in the same message as the first source does not count either (the readings since v1);
 * - a question about the patron's pasted citation ("Is that the 2016 article you need, not the book?") before any source
 *   is about the need: a clarifying question;
 * - the patron's "no thats all it says" (about a syllabus) and "ok bye" do not say they are done; "thats all for
 *   today", "i think thats everything" do;
 * - "What can I help you find today?" is the greeting's "how can I help?", not a clarifying question.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  // ---- several questions, changed questions, corrections ------------------------------------------------------------
  {
    name: 'two numbered questions in one message (a new novel, Saturday hours): format asked, both answered, "Does that answer both questions?"',
    lines: [
      [0, 'p', 'hi 2 questions: 1) do you have the new Tana French 2) what time does Oakdale close on sat'],
      [25, 'l', "Hi! This is Marisol, a librarian at Hennepin County Library. Happy to help with both."],
      [40, 'l', 'For the Tana French, do you want the print book, the ebook or the audiobook?'],
      [70, 'p', 'print pls'],
      [80, 'l', 'There are 42 holds on the print copies; you can place one yourself: search the title at hclib.org and click Place Hold. Oakdale closes at 5 on Saturdays.'],
      [85, 'l', 'Does that answer both questions?'],
      [120, 'p', 'yes! thats all i needed'],
      [126, 'l', 'Great, thanks for using chat, happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'patron changes the question halfway (composting books → a compost bin from the city): the question came before the first source',
    lines: [
      [0, 'p', 'looking for books on composting'],
      [30, 'l', "Hello, you've reached Ask a Librarian at Springfield-Greene County Library, I'm Dev. Are you after a beginner's guide or something more technical?"],
      [80, 'p', 'actually wait'],
      [84, 'p', 'sorry, what I really need is how to get a compost bin from the city, do they give them out?'],
      [95, 'l', "No problem! The city sells discounted bins; details and the order form are at springfieldmo.gov/compost."],
      [100, 'l', 'Is that what you were looking for?'],
      [150, 'p', 'perfect ty'],
      [155, 'l', 'Anything else I can help with?'],
      [190, 'p', 'nope'],
      [196, 'l', 'Have a good one, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the question about the format comes in the message after the first source: too late
    name: 'Dust Bowl for an 8th grader: a database first, "print books or articles?" only after it: clarify fails',
    lines: [
      [0, 'p', 'do you have anything on the Dust Bowl for my 8th grader'],
      [40, 'l', 'Hi, this is Ray, librarian at Tulsa City-County Library.'],
      [48, 'l', 'Try the Kids InfoBits database and search "Dust Bowl": tulsalibrary.org/databases'],
      [55, 'l', 'Does she need print books or are articles ok?'],
      [100, 'p', 'she needs 1 book actually'],
      [110, 'l', '"Out of the Dust" by Karen Hesse is on the shelf at Central, J FIC HESSE. Would that work?'],
      [150, 'p', "yes thanks that's everything"],
      [155, 'l', 'Thank you for chatting, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: '"oh sorry i meant the DVD": the picture book given first, the DVD after the correction, no question about the need or about the answer',
    lines: [
      [0, 'p', 'Is Encanto available'],
      [22, 'l', 'Hi there! Welcome to Ask Pima, this is Lou at Pima County Public Library.'],
      [30, 'l', 'Our catalog shows 3 copies of the Encanto picture book on the shelf: search Encanto at catalog.library.pima.gov.'],
      [58, 'p', 'oh sorry i meant the DVD'],
      [66, 'l', 'Ah, the DVD! That one has 11 holds; I can place one for you if you give me your card number.'],
      [100, 'p', 'nah its ok'],
      [106, 'l', 'Is there anything else I can help you with?'],
      [130, 'p', 'no thats it'],
      [136, 'l', 'Thanks for chatting with us, enjoy the movie!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'the provider misreads (Dune Messiah for the Dune: Part Two DVD) and corrects herself; no question, no completeness question; the patron is done',
    lines: [
      [0, 'p', 'do you have dune part two on dvd'],
      [25, 'l', "Hi there, I'm Sam at the Ask a Librarian service, Pasadena Public Library."],
      [30, 'l', 'We have the book Dune Messiah, 3 copies, see pasadena.bibliocommons.com.'],
      [45, 'l', "oops, sorry, I misread: you asked for the Dune: Part Two DVD. That one's in the catalog too, 4 copies and 9 holds; click Place Hold on its page."],
      [90, 'p', 'np i can do it. thats it for me'],
      [95, 'l', 'Thanks for chatting, enjoy!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    // reading: a question about the patron's situation (off campus) before the source is a clarifying question
    name: 'nursing student pastes a full APA citation with its DOI; the provider asks on or off campus, holds, then the database with steps',
    lines: [
      [0, 'p', 'I need this article for my nursing class: Okafor, T. & Lindqvist, M. (2019). Night shift work and medication errors: a scoping review. Journal of Clinical Nursing, 28(13), 2411-2423. https://doi.org/10.1111/jocn.99999 can u get it'],
      [45, 'l', "Hello! I'm Priya, a librarian at Towson University's Cook Library."],
      [60, 'l', "Are you on campus or off? Off campus you'll need to log in first."],
      [90, 'p', 'off campus, at home'],
      [100, 'l', 'one sec, checking our access'],
      [190, 'l', 'We have it through CINAHL Complete. Go to the library homepage, search the title in the big search box, and click Full Text; sign in with your NetID when asked. Were you able to get in?'],
      [260, 'p', 'got it!! ty'],
      [268, 'l', 'Anything else for today?'],
      [290, 'p', "no that's all"],
      [296, 'l', 'Good luck with the paper, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'typing over each other: the patron slips in a renewal question while the provider asks about the format; both answered; "thx" only',
    lines: [
      [0, 'p', 'hi do you have the book The Overstory'],
      [30, 'l', 'Hi! Sam here from Multnomah County Library chat.'],
      [34, 'l', 'Are you looking for print, ebook or audiobook?'],
      [36, 'p', "also can i renew a book that's overdue"],
      [50, 'p', 'print'],
      [58, 'l', 'Got it. Yes, you can renew overdue items unless someone has a hold: log in to My Account at multcolib.org and click Renew.'],
      [75, 'l', 'And for The Overstory: two print copies are on the shelf at Central, call number FIC POWERS.'],
      [80, 'l', 'Does that take care of both?'],
      [140, 'p', 'yes the renew worked'],
      [145, 'p', 'thx'],
      [150, 'l', "You're welcome! Thanks for chatting with us."],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: the "*your" and "*night" corrections are provider messages like any other; the goodbye is one of the last two
    name: 'PIN reset with the provider fixing her typos ("*your", "*night" after the goodbye): every check as usual',
    lines: [
      [0, 'p', 'how do i reset my pin for the library app'],
      [28, 'l', 'Hello, this is Keiko at Ask a Librarian, Sno-Isle Libraries.'],
      [33, 'l', 'Do you remember which email is on you account?'],
      [36, 'l', '*your'],
      [60, 'p', 'yes my gmail'],
      [72, 'l', 'Go to sno-isle.org, click Log In, then Forgot PIN, and enter you card number; a reset link goes to that gmail.'],
      [76, 'l', '*your card number, sorry!'],
      [90, 'l', 'Did that do the trick?'],
      [150, 'p', 'ok it came, new pin works'],
      [160, 'l', 'Great! Anything else I can help with?'],
      [200, 'p', 'no thanks thats all'],
      [205, 'l', 'Thanks for contacting Sno-Isle, have a good nigth'],
      [208, 'l', '*night'],
    ],
    exp: usual(),
  },
  {
    // reading: the greeting is split over three messages; the introduction comes in the third: greeting fails
    name: 'greeting split over three messages, the name only in the third; holiday closing with the hours page; patron done',
    lines: [
      [0, 'p', 'hey is the library open on presidents day'],
      [20, 'l', 'Hi there!'],
      [23, 'l', 'Give me just a sec'],
      [30, 'l', "I'm Ana, a librarian at Austin Public Library."],
      [40, 'l', 'All branches are closed Monday Feb 16 for Presidents Day; holiday hours are at library.austintexas.gov/hours.'],
      [70, 'p', 'ok thats all i needed, thanks'],
      [75, 'l', "You're welcome, bye!"],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail' }),
  },
  {
    // reading: "reserve one on our website" names no address and no steps: no source; it answers, so the completeness question counts
    name: 'museum passes "on our website" with no address or steps: source fails; the answer is asked about',
    lines: [
      [0, 'p', 'do u guys do museum passes?'],
      [35, 'l', 'Hi, thanks for contacting Ask Us at Fairfax County Public Library, this is Gwen.'],
      [40, 'l', 'Which museum were you thinking of?'],
      [80, 'p', 'the air and space one? udvar hazy'],
      [95, 'l', 'Yes, we lend parking passes for the Udvar-Hazy Center; you can reserve one on our website. Does that answer your question?'],
      [130, 'p', 'ok cool thanks'],
      [138, 'l', 'Thanks for chatting, enjoy the museum!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail' }),
  },
  {
    name: 'grandmother asks for an algebra tutor; grade asked; a bare domain (khanacademy.org) as the source',
    lines: [
      [0, 'p', 'my grandson needs a free tutor for algebra, is there anything'],
      [30, 'l', "Good afternoon! You're chatting with Luis, a librarian at Houston Public Library."],
      [35, 'l', 'What grade is he in?'],
      [70, 'p', '9th'],
      [80, 'l', 'khanacademy.org has free Algebra 1 lessons with practice and videos, and he can go at his own pace.'],
      [88, 'l', 'Did that help?'],
      [130, 'p', "yes very much that's all"],
      [134, 'l', 'Glad to help. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    // reading: a completeness question after a partial answer asks about information already given; the message is also a hold (search goes on)
    name: 'book sale date and encyclopedia donations: "Does that answer the first question? I\'m still checking on the donations"',
    lines: [
      [0, 'p', 'Q1 when is the book sale Q2 do u take donations of old encyclopedias'],
      [30, 'l', 'Hi, this is Chris with the Ask a Librarian chat at Cuyahoga County Public Library.'],
      [40, 'l', "The spring book sale is April 10-12 at the Parma branch; the flyer is at cuyahogalibrary.org/booksale. Does that answer the first question? I'm still checking on the donations."],
      [150, 'l', 'For donations: the Friends take books in good shape, but not encyclopedias, sorry!'],
      [200, 'p', 'ah ok, thanks for checking'],
      [208, 'l', 'Can I help with anything else?'],
      [240, 'p', 'nope'],
      [245, 'l', 'Thanks for contacting us, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: no source is ever given, so the question about the home library counts; the answer is asked about
    name: 'passport photos: home library asked, answered without any source, "Is that what you needed to know?"',
    lines: [
      [0, 'p', 'can I get a passport photo done at the library'],
      [25, 'l', "Hi! Welcome to AskAway, I'm Dana, a librarian with the Wisconsin cooperative."],
      [30, 'l', 'Which library do you usually go to?'],
      [60, 'p', 'madison central'],
      [70, 'l', 'Yes, Madison Central does passport photos on weekdays from 10 to 4, $10 each, no appointment needed.'],
      [76, 'l', 'Is that what you needed to know?'],
      [110, 'p', 'yes thank you thats all'],
      [115, 'l', 'Bye, have a great day!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'a question typed over three messages; the provider restates it, holds 75 s, finds two novels of that title; "Is that the right book?"; "ty" only',
    lines: [
      [0, 'p', 'hi'],
      [4, 'p', 'im looking for'],
      [9, 'p', 'the book my book club is reading next month, its called something like the lighthouse keepers daughter?'],
      [30, 'l', "Hi! I'm Tom from the Ask Us chat at Arlington Public Library."],
      [36, 'l', 'So you\'re looking for a novel called something like "The Lighthouse Keeper\'s Daughter", right?'],
      [60, 'p', 'yea'],
      [65, 'l', 'let me look'],
      [140, 'l', 'There are two, one by Hazel Gaynor and one by Jean Pendziwol, and our catalog has both: search the title at library.arlingtonva.us and pick the one your club chose. Is that the right book?'],
      [200, 'p', 'oh its the gaynor one i think ty'],
      [210, 'l', 'Glad we found it! Thanks for chatting.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'two questions answered in one go, the patron never answers again: check-in at 200 s, "stepped away" notice at 300 s that invites back',
    lines: [
      [0, 'p', 'how late is the Eastside branch open tonight and can I print there from my phone'],
      [40, 'l', 'Hello, this is Ben at Ask the Library, Lexington Public Library.'],
      [48, 'l', 'Eastside is open until 9 tonight. Printing from a phone works through our Mobile Print page at lexpublib.org/print; you upload the file and release it at the printer. Does that answer both your questions?'],
      [200, 'l', 'Are you still with me?'],
      [300, 'l', "It seems you've stepped away, so I'll close this chat now. Please come back any time, thanks!"],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'great-grandfather at Sparrows Point and the Baltimore Sun: the newspaper part answered now, mill records by e-mail by Friday, address repeated',
    lines: [
      [0, 'p', 'im researching my great grandfather, he worked at the Sparrows Point steel mill in the 1920s. are there employee records? also does the library have old Baltimore Sun'],
      [35, 'l', "Hi, I'm Ruth, a librarian with AskUsNow! Maryland."],
      [42, 'l', 'What was his name, and do you know roughly which years?'],
      [100, 'p', 'Stanislaw Nowak, 1922-1930 or so'],
      [110, 'l', 'The Baltimore Sun from 1837 to 1991 is searchable in ProQuest Historical Newspapers from the Pratt site: prattlibrary.org, then Research, then Databases. Does that cover the newspaper part?'],
      [170, 'p', 'yes ty'],
      [176, 'l', "For the mill records I'll need to check with our Maryland Department colleagues. I can email you what I find by Friday. What's your email?"],
      [210, 'p', 'nowakfamily@example.com'],
      [216, 'l', "Thanks, I have nowakfamily@example.com; you'll hear from me by Friday."],
      [240, 'p', 'awesome thats all for now'],
      [246, 'l', 'Thank you, take care!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: asking whether the pasted citation is the article meant, before any source, is a question about the need
    name: 'student pastes a bibliography entry; "Is that the 2016 article you need, not the book?"; JSTOR with steps; "Did you get it to open?"',
    lines: [
      [0, 'p', 'Found this in my textbook bibliography: Hartwell, J. (2016). The politics of water in the American West. Western Historical Quarterly 47(2). can i read it somewhere'],
      [40, 'l', "Hi, welcome to Ask a Librarian at the University of Utah's Marriott Library, I'm Kim."],
      [47, 'l', 'Is that the 2016 journal article you need, not the book with the same title?'],
      [80, 'p', 'yes the article'],
      [90, 'l', "It's in JSTOR: go to lib.utah.edu, click Databases A-Z, open JSTOR and search the title; sign in with your uNID. Did you get it to open?"],
      [160, 'p', 'yep!!'],
      [163, 'p', 'thanks so much'],
      [170, 'l', "You're welcome. Any other questions?"],
      [200, 'p', 'nope'],
      [205, 'l', 'Have a great evening, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'patron pastes the whole assignment prompt; the provider explains and links the LoC collection at once; a later offer; "ill try thx"',
    lines: [
      [0, 'p', "My teacher gave us this: 'Choose a primary source from the Civil Rights era (1954-1968). Write 500 words analyzing its audience, purpose and historical context. Use at least one scholarly secondary source.' i dont get what a primary source is"],
      [30, 'l', 'Hello! This is Nadia at the Ask a Librarian chat for Boston Public Library.'],
      [38, 'l', 'A primary source is something made at the time, like a speech, a letter or a photo. The Library of Congress has a Civil Rights History Project at loc.gov/collections/civil-rights-history-project.'],
      [45, 'l', 'Does that help you get started?'],
      [100, 'p', 'kinda. whats a scholarly secondary source'],
      [110, 'l', 'An article or book by a historian writing later, usually with footnotes. JSTOR, on our eResources page, is a good place. Do you want me to show you how to search it?'],
      [160, 'p', 'no its ok ill try thx'],
      [166, 'l', 'Good luck, thanks for using BPL chat!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    // the hold at 58 s is answered at 180 s (122 s; the patron's message at 70 s does not restart it)
    name: 'county recorder: city or county asked, "one moment" at 58 s, the patron adds a notary question at 70 s, the answer at 180 s: keep informed fails',
    lines: [
      [0, 'p', 'need the phone number for the recorder of deeds'],
      [20, 'l', 'Hi, this is Omar, a librarian at St. Louis County Library. Is it St. Louis County or the City of St. Louis?'],
      [50, 'p', 'county'],
      [58, 'l', 'one moment while I look'],
      [70, 'p', 'also do they do notary'],
      [180, 'l', "You can call the St. Louis County Recorder of Deeds at 314-615-7100; their page is stlouiscountymo.gov/recorder. They don't notarize, but many banks do. Is that what you needed?"],
      [220, 'p', 'yes, thats all i need'],
      [225, 'l', 'Take care, bye!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'picked up at 61 s with the greeting split in two messages; DVD or Blu-ray asked; catalogue steps; "Did that get you what you needed?"',
    lines: [
      [0, 'p', 'do you have oppenheimer?'],
      [61, 'l', 'Hello and welcome!'],
      [64, 'l', "I'm Jess, a librarian at King County Library System."],
      [70, 'l', 'Do you want the DVD or the Blu-ray? We have both.'],
      [95, 'p', 'oh blu ray'],
      [105, 'l', 'There are 6 Blu-ray copies and 2 holds. Search Oppenheimer in the catalog at kcls.org and choose Blu-ray under Format to place a hold. Did that get you what you needed?'],
      [150, 'p', "yep, done. that's everything"],
      [155, 'l', 'Enjoy the movie, bye!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'Ottoman Empire: a book first, then "So you need it for a class? Any particular period?": the restatement comes after the source',
    lines: [
      [0, 'p', 'hey i need a book about the ottoman empire'],
      [30, 'l', 'Hi, Leo from the Ask Us chat at Denver Public Library.'],
      [40, 'l', 'Here is a good overview: "Osman\'s Dream" by Caroline Finkel, 956.1 FINKEL at Central.'],
      [45, 'l', 'So you need it for a class? Any particular period?'],
      [80, 'p', 'yeah 1500s suleiman'],
      [90, 'l', 'Then "Suleiman the Magnificent" by André Clot works well, 956.101 CLOT. Does that help?'],
      [130, 'p', 'yes ty thats all'],
      [135, 'l', "You're welcome, thanks for chatting!"],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "thats" / "all i needed!!" over two messages is one sentence: the patron is done
    name: 'summer reading: kids, teens or adults asked; Beanstack URL; the patron types "yes" / "thats" / "all i needed!!" in three messages',
    lines: [
      [0, 'p', 'when does summer reading start'],
      [30, 'l', 'Hi! Welcome to Ask Us Now, this is Rosa at Anne Arundel County Public Library.'],
      [36, 'l', 'Is it for kids, teens or adults?'],
      [60, 'p', 'kids, my son is 7'],
      [70, 'l', "Kids' summer reading starts June 14; sign up on Beanstack at aacpl.beanstack.org. Does that answer it?"],
      [100, 'p', 'yes'],
      [102, 'p', 'thats'],
      [104, 'p', 'all i needed!!'],
      [110, 'l', 'Have fun reading, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "on our website, go to Services, then Tax Help" gives the steps to reach the page: a source
    name: 'Maryland tax forms: federal or state asked; "On our website, go to Services, then Tax Help" gives the steps: source passes',
    lines: [
      [0, 'p', "where do I find the library's tax forms"],
      [25, 'l', "Hi, this is Mo from the Ask a Librarian chat at Prince George's County Memorial Library System."],
      [30, 'l', 'Federal, state, or both?'],
      [60, 'p', 'state MD'],
      [70, 'l', 'On our website, go to Services, then Tax Help; the Maryland 502 form and its instructions are linked there. Is that what you needed?'],
      [110, 'p', 'yes, no more questions'],
      [115, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading since v1: a question in the same message as the first source does not count; it is no completeness question either
    name: 'knitting books named, "Are you a beginner or more experienced?" in the same message: clarify and completeness fail',
    lines: [
      [0, 'p', 'looking for knitting books'],
      [20, 'l', "Hello, thanks for contacting Ask a Librarian, I'm Meg at Cleveland Public Library."],
      [30, 'l', '"Knitting for Beginners" and "Vogue Knitting" are both in the catalog under 746.432. Are you a beginner or more experienced?'],
      [70, 'p', 'beginner'],
      [78, 'l', 'Then start with Knitting for Beginners. Anything else?'],
      [100, 'p', 'no thats all'],
      [104, 'l', 'Happy knitting, bye!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'three questions fired in a row before pickup (fines, Wi-Fi password, meeting rooms); two answered without a source, then a question about the room before the link',
    lines: [
      [0, 'p', 'how much are late fines'],
      [6, 'p', 'and whats the wifi password'],
      [11, 'p', 'oh and can i book a meeting room for a club'],
      [44, 'l', "Hello! It's Tariq at Ask Your Library, Brooklyn Public Library."],
      [50, 'l', 'The Wi-Fi network is BPL-Public and needs no password. We stopped charging late fines in 2021.'],
      [58, 'l', 'For the room: how many people, and is it a nonprofit club?'],
      [90, 'p', 'like 12, its a chess club no money'],
      [99, 'l', 'Then a free community room works: book it at bklynlibrary.org/meeting-rooms with your card. Does that answer all three?'],
      [150, 'p', 'ya perfect. thats everything thx'],
      [156, 'l', 'Have fun at chess club, bye!'],
    ],
    // the Wi-Fi and fines answer gives no source: the room question comes before the first source (clarify passes)
    exp: usual(),
  },
  {
    // reading (v3's): "Let me know if that helps" asks as a question does; the patron's "cool" is no statement of being done
    name: 'ebook on Libby with the provider\'s sentence over three messages; "Let me know if that helps"; the patron says "cool"',
    lines: [
      [0, 'p', 'can i get lessons in chemistry as an ebook'],
      [22, 'l', 'Hi! I am Vic, a librarian at Free Library of Philadelphia.'],
      [28, 'l', 'Do you already use Libby?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Great, on libbyapp.com'],
      [63, 'l', 'search the title and tap'],
      [66, 'l', 'Place Hold; there are about 80 holds on it. Let me know if that helps.'],
      [100, 'p', 'cool'],
      [106, 'l', 'Thanks for using chat, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- a third batch of whole sessions, written after the first run (labelled from RUBRIC.md before running) ---------
  {
    // final idle 100 s → 225 s (the last message asks whether the patron is there, so it is no goodbye: the idle runs to
    // the end), 125 s: the check-in applies and passes, the notice (180 s) does not apply; the message thanks: courteous
    name: 'Juneteenth closing: the patron answers the branch in two messages, the answer at 100 s, then only "Are you still there? … Thanks for using Ask a Librarian!" at 220 s',
    lines: [
      [0, 'p', 'is the library open on juneteenth'],
      [30, 'l', "Hi, you've reached Ask a Librarian at Durham County Library, this is Shay."],
      [36, 'l', 'Which branch do you go to?'],
      [60, 'p', 'southwest'],
      [70, 'p', 'regional'],
      [100, 'l', 'All Durham County Library locations are closed Thursday, June 19 for Juneteenth; holiday closings are listed at dconc.gov/library/hours. Does that help?'],
      [220, 'l', "Are you still there? If I don't hear back soon I'll close this chat. Thanks for using Ask a Librarian!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    // the patron's three messages (70-80 s) wait until 205 s (135 s from the first)
    name: 'bees for a 5th-grade report, answered 135 s after the patron\'s three replies; then "oh wait actually i need wasps not bees lol"',
    lines: [
      [0, 'p', 'books about bees?'],
      [25, 'l', 'Hello! Carmen here, a librarian at the Ask Us chat for Salt Lake County Library.'],
      [31, 'l', 'Are you keeping bees, or is this for school?'],
      [70, 'p', 'school'],
      [74, 'p', '5th grade report'],
      [80, 'p', 'due friday'],
      [205, 'l', '"The Honey Makers" by Gail Gibbons is at 4 branches; search it in the catalog at slcolibrary.org.'],
      [240, 'p', 'oh wait actually i need wasps not bees lol'],
      [250, 'l', 'Ha, ok! For wasps, Kids InfoBits has a Wasps topic page with pictures: slcolibrary.org/research, then Kids.'],
      [256, 'l', 'Does that help?'],
      [300, 'p', 'yep thx'],
      [306, 'l', 'Good luck with the report, bye!'],
    ],
    exp: usual({ informed: 'fail', anything: 'fail' }),
  },
  {
    // the e-mail is only in the patron fields (never in the chat): contact fails; the code has a contact to go on; the
    // scan is recorded 20 h after the end
    name: 'an uncle\'s 1987 obituary: the month asked, microfilm not online, "I\'ll email you a scan … by Wednesday" with no address in the chat; done in 20 h',
    lines: [
      [0, 'p', 'can you find the obituary of my uncle, Raymond Delacroix, died 1987 in Lafayette LA? and also is there a photo'],
      [40, 'l', "Hi! I'm Beth with Ask Us Louisiana, a librarian at Lafayette Public Library."],
      [46, 'l', 'Do you know the month he died?'],
      [90, 'p', 'march i think'],
      [100, 'l', "The Daily Advertiser for 1987 is on microfilm here, not online, so I'll need to look through March in person. I'll email you a scan of whatever I find by Wednesday."],
      [150, 'p', 'ok thank you so much, thats all'],
      [156, 'l', 'You are welcome, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'gina.d@example.com', phone: null }, followUps: [{ doneAt: at(161 + 20 * 3600), by: 'jo', note: 'scan sent' }] },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'marriage record: the patron corrects the town ("oh sorry wait, it was in middleton"); the Register of Deeds by phone and the state site',
    lines: [
      [0, 'p', 'where do i get a copy of my marriage license, got married in madison 2015'],
      [30, 'l', 'Hi, this is Theo at AskAway, the Wisconsin libraries chat.'],
      [36, 'l', 'Was the wedding in the City of Madison, in Dane County?'],
      [60, 'p', 'yes'],
      [64, 'p', 'oh sorry wait, it was in middleton actually, same county i think'],
      [75, 'l', 'Yes, Middleton is in Dane County too. Call the Dane County Register of Deeds at 608-266-4141 to order a certified copy, or order online at vitalrecords.wi.gov. Does that answer your question?'],
      [130, 'p', 'perfect, thats everything'],
      [136, 'l', 'Congratulations again, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Would streaming work for you?" asks about the format before any source (the "we don't own it" answer gives none)
    name: 'the Barbie movie: "We don\'t own it on DVD yet", "Would streaming work for you?", then hoopladigital.com',
    lines: [
      [0, 'p', 'do u have the Barbie movie'],
      [20, 'l', 'Hi there! Jordan at Ask a Librarian, Columbus Metropolitan Library.'],
      [28, 'l', "We don't own it on DVD yet, sorry."],
      [33, 'l', 'Would streaming work for you?'],
      [60, 'p', 'ya'],
      [70, 'l', 'Hoopla has it, free with your library card: hoopladigital.com. Is that what you needed?'],
      [100, 'p', 'thats all i needed thx'],
      [105, 'l', 'Enjoy the movie, bye!'],
    ],
    exp: usual(),
  },
];

/** The opening of the short cases: a patron with more than one thing to ask, a librarian greeting (no question). */
const START: Line[] = [
  [0, 'p', 'hi i have a couple questions'],
  [18, 'l', "Hi! I'm Jo, a librarian at Sample County Library."],
];

export const short: SessionCase[] = [
  // ---- followup.completeness ----------------------------------------------------------------------------------------
  {
    // reading: a misspelt completeness question still asks it
    name: '"Does that answr your question?" with a typo after the catalogue: completeness passes',
    lines: [...START, [30, 'p', 'do u have the cookbook salt fat acid heat'], [40, 'l', 'Yes, 4 copies in the catalog, call number 641.5 NOSRAT. Does that answr your question?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: a question split over two messages is asked in the second
    name: '"does that" / "answer ur question?" over two messages after the answer: completeness passes',
    lines: [...START, [30, 'p', 'is the main library open sunday'], [40, 'l', 'Main is open Sundays 1-5; all hours are at samplecountylibrary.org/hours.'], [46, 'l', 'does that'], [48, 'l', 'answer ur question?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would the large print edition be better for you?" after the book is named asks about something not given: completeness fails',
    lines: [...START, [30, 'p', 'looking for the new Ann Patchett novel'], [40, 'l', '"Tom Lake" has 2 copies on the shelf at Main; search it in the catalog to place a hold. Would the large print edition be better for you?'], [80, 'p', 'no regular is fine'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: asks about the part already given while the rest is still being looked up
    name: '"Is that enough for the renewal part? I\'m still digging on the fines" after a partial answer: completeness passes',
    lines: [...START, [30, 'p', 'how do i renew and why do i have a $3 fine'], [40, 'l', "You can renew from My Account in the catalog, under Checked Out. Is that enough for the renewal part? I'm still digging on the fines."], [120, 'l', 'The $3 is a lost-card replacement fee from March.'], [160, 'p', 'ok thx'], [164, 'l', 'Bye!']],
    exp: some({ complete: 'pass', informed: 'pass' }),
  },
  {
    name: 'the answer without a source, then "Did that answer your question?": completeness passes, source fails',
    lines: [...START, [30, 'p', 'what time does the westside branch close today'], [40, 'l', 'Westside closes at 6 tonight. Did that answer your question?'], [80, 'p', 'yep'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    name: '"that help?" in chat-speak after the link: completeness passes',
    lines: [...START, [30, 'p', 'where do i find old yearbooks'], [40, 'l', 'the local history room scanned them all, theyre at samplecountylibrary.org/yearbooks'], [44, 'l', 'that help?'], [80, 'p', 'ya'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Do you want me to email you the link too?" offers more, asks nothing about what was given: completeness fails',
    lines: [...START, [30, 'p', 'is there a guide to citing in MLA'], [40, 'l', 'Yes, Purdue OWL has the MLA 9 guide at owl.purdue.edu. Do you want me to email you the link too?'], [80, 'p', 'no i got it'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  // ---- info.source --------------------------------------------------------------------------------------------------
  {
    name: 'a bare domain, "try worldcat.org": source passes',
    lines: [...START, [30, 'p', 'is there any library near me that has this old book, "The Lilac Years" 1952'], [40, 'l', 'We don\'t own it; try worldcat.org, it shows which libraries near your zip code have a copy. Does that help?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "our website" without an address or steps is a web page without the steps to reach it
    name: '"the schedule is on our website" with no address or steps: source fails',
    lines: [...START, [30, 'p', 'when is the next ESL conversation group'], [40, 'l', 'They meet every week, the schedule is on our website. Did that answer it?'], [80, 'p', 'ok'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    name: '"we post it on our Facebook page" names no way to reach it: source fails',
    lines: [...START, [30, 'p', 'is storytime cancelled today because of snow'], [40, 'l', "Yes, it's cancelled; we post closings on our Facebook page. Anything else?"], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail', anything: 'pass' }),
  },
  {
    name: '"it\'s on the county\'s website" for a permit form, no address: source fails',
    lines: [...START, [30, 'p', 'where do i get a burn permit form'], [40, 'l', "The fire marshal's burn permit form is on the county's website. Was that helpful?"], [80, 'p', 'ok'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: the search steps name the catalogue
    name: 'catalogue search steps ("type the title in the catalog search box, then filter Format: eBook"): source passes',
    lines: [...START, [30, 'p', 'is there an ebook of the midnight library'], [40, 'l', 'Type the title in the catalog search box at the top of our homepage, then filter Format: eBook on the left. Did you find it?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "catalouge" corrected by "*catalogue" names the catalogue
    name: 'the provider misspells "catalouge" and corrects it with "*catalogue": source passes',
    lines: [...START, [30, 'p', 'do you have any books by Ocean Vuong'], [40, 'l', 'Yes, three of them, you can place holds in the catalouge'], [43, 'l', '*catalogue'], [50, 'l', 'Does that help?'], [80, 'p', 'yes ty'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: what the patron pastes is not the provider's source
    name: 'the patron pastes a URL and the provider only confirms it ("yes that one works"): source fails',
    lines: [...START, [30, 'p', 'is this the right site for the library card application? samplecountylibrary.org/getacard'], [40, 'l', 'Yes, that one works, it takes about 5 minutes. Anything else?'], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail', anything: 'pass' }),
  },
  {
    name: '"search FamilySearch for Ohio birth records" names a database: source passes',
    lines: [...START, [30, 'p', 'trying to find my grandmas birth record, ohio 1931'], [40, 'l', 'Search FamilySearch for Ohio births 1908-1964; the index is free with an account. Was that what you needed?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // ---- inquiry.clarify ----------------------------------------------------------------------------------------------
  {
    name: 'the question about the edition comes after the first link, in a later message: clarify fails',
    lines: [...START, [30, 'p', 'need the study guide for the GED'], [40, 'l', 'Peterson\'s has GED practice tests: samplecountylibrary.org/testprep'], [46, 'l', 'Are you taking the test in English or in Spanish?'], [80, 'p', 'english'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    // reading: no source is ever given, so any question about the need counts
    name: 'no source ever: "Which branch did you return it to?" and the patron vanishes: clarify passes, source fails',
    lines: [...START, [30, 'p', 'my account says i still have a book i returned last week'], [40, 'l', 'Sorry about that! Which branch did you return it to?'], [160, 'l', 'Are you still there?']],
    exp: some({ clarify: 'pass', source: 'fail' }),
  },
  {
    name: 'a restatement before the source, "Just to make sure I have it right: the 3rd edition, not the 4th?": clarify passes',
    lines: [...START, [30, 'p', 'need campbell biology but the older one, 3rd? no wait my prof said 3rd'], [40, 'l', 'Just to make sure I have it right: the 3rd edition, not the 4th?'], [60, 'p', 'yes'], [70, 'l', 'The 3rd edition is on reserve at the science library, search Campbell Biology in the catalog. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: a restatement split over three messages is one sentence, asked in the last one
    name: 'a restatement over three messages ("so you need" / "the 2019 state forms" / "for Ohio?") before the source: clarify passes',
    lines: [...START, [30, 'p', 'i need old tax forms, for 2019, i live in ohio'], [40, 'l', 'so you need'], [42, 'l', 'the 2019 state forms'], [44, 'l', 'for Ohio?'], [60, 'p', 'yes'], [70, 'l', 'They are at tax.ohio.gov under Forms, Prior Years. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"oh sorry i meant the DVD", then "The 1995 film or the 2005 miniseries?" before the source: clarify passes',
    lines: [...START, [30, 'p', 'do u have pride and prejudice'], [34, 'p', 'oh sorry i meant the DVD'], [44, 'l', 'The 1995 miniseries or the 2005 film?'], [70, 'p', 'the one with keira knightley'], [80, 'l', 'The 2005 film has 3 DVDs in the catalog, 1 on the shelf at Main. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: "What can I help you find today?" is the greeting's "how can I help?"
    name: '"What can I help you find today?" and then the source: clarify fails',
    lines: [[0, 'p', 'hi'], [18, 'l', "Hi! I'm Jo, a librarian at Sample County Library. What can I help you find today?"], [40, 'p', 'books on beekeeping'], [50, 'l', 'The catalog has 14 under 638.1, most at Main. Does that help?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'the patron answers the question before last (format) instead of the last (which branch); the provider asks again, then gives the source: clarify passes',
    lines: [...START, [30, 'p', 'is the new Kristin Hannah in'], [40, 'l', 'Print or audiobook?'], [44, 'l', 'And which branch is closest to you?'], [60, 'p', 'print'], [70, 'l', 'And the branch?'], [90, 'p', 'eastgate'], [100, 'l', 'Eastgate has 1 print copy on the shelf; you can see it in the catalog. Does that help?'], [130, 'p', 'yes'], [134, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  // ---- closing.anything_else ----------------------------------------------------------------------------------------
  {
    name: '"Is there something else I can look up for you?": anything else passes',
    lines: [...START, [30, 'p', 'whats the fax number for the main library'], [40, 'l', 'The Main Library fax is 555-0142, listed at samplecountylibrary.org/contact. Is there something else I can look up for you?'], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"any other q\'s?" in chat-speak: anything else passes',
    lines: [...START, [30, 'p', 'can i return dvds at any branch'], [40, 'l', 'yep any branch or the book drop, see samplecountylibrary.org/returns'], [46, 'l', "any other q's?"], [80, 'p', 'nah'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Can I help you with anything else today" without a question mark: anything else passes',
    lines: [...START, [30, 'p', 'do you have notary service'], [40, 'l', 'Yes, at Main on Tuesdays, see samplecountylibrary.org/notary. Can I help you with anything else today'], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron says only "ok bye": anything else fails',
    lines: [...START, [30, 'p', 'does the library have a 3d printer'], [40, 'l', 'Yes, in the Main Library makerspace; rules at samplecountylibrary.org/makerspace.'], [80, 'p', 'ok bye'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron says "thats all for today, thanks": anything else passes',
    lines: [...START, [30, 'p', 'how many books can i check out at once'], [40, 'l', 'Fifty items at a time; the loan rules are at samplecountylibrary.org/borrowing.'], [80, 'p', 'thats all for today, thanks'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: a hedged "i think" does not undo an explicit "thats everything"
    name: 'the patron says "i think thats everything, thanks!!": anything else passes',
    lines: [...START, [30, 'p', 'can my kid get her own card'], [40, 'l', 'Yes, from age 5 with a parent; the form is at samplecountylibrary.org/card.'], [80, 'p', 'i think thats everything, thanks!!'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss: "thats all the teacher gave us" is about the assignment
    name: 'near miss: "thats all the info the teacher gave us" about the assignment: anything else fails',
    lines: [...START, [30, 'p', 'i need 3 sources about volcanoes'], [40, 'l', 'Do you know how long the report should be?'], [60, 'p', 'no thats all the info the teacher gave us'], [70, 'l', 'OK! Kids InfoBits has a Volcanoes topic page: samplecountylibrary.org/kids. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    // reading: the patron's "thats" / "everything" over two messages is one sentence
    name: 'the patron\'s "ok thats" / "everything" over two messages: anything else passes',
    lines: [...START, [30, 'p', 'whats the late fee for dvds'], [40, 'l', 'None: we dropped late fees, see samplecountylibrary.org/fines.'], [80, 'p', 'ok thats'], [82, 'p', 'everything'], [88, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- a second batch, written after the first run (labelled from RUBRIC.md before running) -------------------------
  {
    name: 'a source with a hold that asks about the part given ("Does this help so far? I\'ll keep looking for the 1950s ones"): completeness passes',
    lines: [...START, [30, 'p', 'photos of main street from the 40s and 50s?'], [40, 'l', 'The Digital Collections site has 1940s Main Street photos at digital.samplecountylibrary.org. Does this help so far? I\'ll keep looking for the 1950s ones.'], [130, 'l', 'No luck on the 50s, sorry.'], [160, 'p', 'thats ok'], [164, 'l', 'Bye!']],
    exp: some({ complete: 'pass', informed: 'pass' }),
  },
  {
    name: 'near miss: "Hope that helps!" states, asks nothing: completeness fails',
    lines: [...START, [30, 'p', 'where can i find the bus schedule'], [40, 'l', 'The transit routes are at ridetransit.example.org/routes. Hope that helps!'], [80, 'p', 'ok'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Is that the edition you meant?" after the catalogue record: completeness passes',
    lines: [...START, [30, 'p', 'the norton anthology, american lit'], [40, 'l', 'The 10th edition, Volume 1, is in the catalog with 2 copies at Main. Is that the edition you meant?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Does this help, or should I keep looking?" after the source: completeness passes',
    lines: [...START, [30, 'p', 'recipes from the 1800s'], [40, 'l', 'Feeding America at digital.lib.msu.edu/projects/cookbooks has 76 historic cookbooks. Does this help, or should I keep looking?'], [80, 'p', 'that works'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Can you paste the citation?" before the source: clarify passes',
    lines: [...START, [30, 'p', 'need an article my prof mentioned, about sleep and memory'], [40, 'l', 'Can you paste the citation, or whatever you have of it?'], [70, 'p', 'Walker 2009 sleep and memory consolidation'], [80, 'l', 'Found it in PubMed: pubmed.ncbi.nlm.nih.gov, search "Walker 2009 sleep memory consolidation". Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "Can you hold on a sec?" is a hold, not a question about the need: clarify fails',
    lines: [...START, [30, 'p', 'do you have any books on sourdough'], [40, 'l', 'Can you hold on a sec?'], [60, 'p', 'sure'], [80, 'l', '"Flour Water Salt Yeast" is in the catalog, 2 copies. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: '"Sorry, which one: the book or the movie?" after the patron\'s correction and before any source: clarify passes',
    lines: [...START, [30, 'p', 'looking for little women'], [34, 'p', 'wait no not that, the other one. the newer one'], [44, 'l', 'Sorry, which one: the book or the movie?'], [70, 'p', 'movie 2019'], [80, 'l', 'The 2019 film is in the catalog, 5 DVDs. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Do you have a library card with us?" shapes the answer: clarify passes',
    lines: [...START, [30, 'p', 'can i use ancestry from home'], [40, 'l', 'Do you have a library card with us?'], [60, 'p', 'yes'], [70, 'l', 'Ancestry Library Edition works only inside our branches, but HeritageQuest works from home with your card: samplecountylibrary.org/genealogy. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: '"Was there anything else?" asks for more: anything else passes',
    lines: [...START, [30, 'p', 'whats the address of the north branch'], [40, 'l', 'North Branch is at 200 Elm St; map at samplecountylibrary.org/north. Was there anything else?'], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Need anything else? :)" asks for more: anything else passes',
    lines: [...START, [30, 'p', 'can i print in color'], [40, 'l', 'Yes, 25 cents a page at any branch, see samplecountylibrary.org/print'], [46, 'l', 'Need anything else? :)'], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Do you have another question for me?" asks for more: anything else passes',
    lines: [...START, [30, 'p', 'do you have the new york times online'], [40, 'l', 'Yes, get a free day pass at samplecountylibrary.org/nyt.'], [46, 'l', 'Do you have another question for me?'], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: a question split over two messages is asked in the second
    name: '"anything" / "else?" over two messages: anything else passes',
    lines: [...START, [30, 'p', 'is there parking at main'], [40, 'l', 'Yes, a free lot behind the building, see samplecountylibrary.org/main'], [46, 'l', 'anything'], [48, 'l', 'else?'], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron says "no more q\'s, thx!" on their own: anything else passes',
    lines: [...START, [30, 'p', 'when do holds expire'], [40, 'l', 'Holds wait for you 7 days on the hold shelf, see samplecountylibrary.org/holds.'], [80, 'p', "no more q's, thx!"], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron says "that was my last question, thank you": anything else passes',
    lines: [...START, [30, 'p', 'and the overdrive limit?'], [40, 'l', 'Ten checkouts and ten holds at once, see samplecountylibrary.org/ebooks.'], [80, 'p', 'that was my last question, thank you'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron says "ok great, that answers everything i had": anything else passes',
    lines: [...START, [30, 'p', 'do kids need a parent to get a card and can they use the computers'], [40, 'l', 'Kids under 13 need a parent to sign, and they can use the kids computers with their card; rules at samplecountylibrary.org/kids.'], [80, 'p', 'ok great, that answers everything i had'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "thats all i could find on google" is about the search: anything else fails',
    lines: [...START, [30, 'p', 'i found one article on the dam removal, thats all i could find on google'], [40, 'l', 'The Newsbank database has 30 local articles on it: samplecountylibrary.org/news. Does that help?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "our website, in the top menu under Events" gives the steps to reach the page
    name: '"on our website, top menu, Events" gives the steps: source passes',
    lines: [...START, [30, 'p', 'when is the next author talk'], [40, 'l', 'All author talks are listed on our website: top menu, then Events, then Author Talks. Did that answer it?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "Your card\'s expiry date shows when you log in" names nothing to use: source fails',
    lines: [...START, [30, 'p', 'is my card expired'], [40, 'l', "I can't see accounts in chat, sorry. Your card's expiry date shows when you log in. Anything else?"], [80, 'p', 'no'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  // ---- the V5 block's changes and their near misses --------------------------------------------------------------
  {
    // V5 anythingElse: "q's" as "questions" [near miss below]
    name: 'near miss: "There aren\'t any other q\'s on that practice test, just those 20." states, asks nothing: anything else fails',
    lines: [...START, [30, 'p', 'is there an answer key for the permit practice test'], [40, 'l', "The answer key is on the last page of the DMV handbook at dmv.example.gov/handbook. There aren't any other q's on that practice test, just those 20."], [80, 'p', 'ok'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'fail', source: 'pass' }),
  },
  {
    // V5 patronDone: "no more q's" [near miss: the alternative's own lookahead]
    name: 'near miss: "no more q\'s on my list except the parking one" goes on: anything else fails',
    lines: [...START, [30, 'p', 'when do holds expire'], [40, 'l', 'Holds wait for you 7 days, see samplecountylibrary.org/holds.'], [80, 'p', "ok no more q's on my list except the parking one, is it free"], [90, 'l', 'Yes, parking is free for 2 hours.'], [120, 'p', 'ok'], [124, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // V5 patronDone: "that was my last question" [near miss]
    name: 'near miss: "that was my last question on the form, what goes on line 4?" goes on: anything else fails',
    lines: [...START, [30, 'p', 'how do i fill in the card form'], [40, 'l', 'The card form guide is at samplecountylibrary.org/card; line 3 is your mailing address.'], [80, 'p', 'that was my last question on the form, what goes on line 4?'], [90, 'l', 'Line 4 is an email, optional.'], [120, 'p', 'ok'], [124, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // the year in brackets with no citation around it (a guard for any later fix of the LEFT citations)
    name: 'near miss: "Okay, W. (2013) as the year I still find nothing, sorry." names nothing: source fails',
    lines: [...START, [30, 'p', 'looking for a book by someone W. from 2013, about rivers'], [40, 'l', 'Okay, W. (2013) as the year I still find nothing, sorry.'], [80, 'p', 'ok'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // reading: a book named by its citation, pasted by the provider, is a named book
    // LEFT: v8's citation alternative (namedResource) reads "Surname, I. (year)." but chat-speak normalises the initial
    // "W." to "with.", and "with." ends a sentence (text.ts leaves "w" out of the abbreviations on purpose, so that raw and
    // normalised text are cut at the same places): the citation is cut in two before the year, and no alternative can
    // see both halves. Fixing it means changing where sentences are cut: a normalisation change, too broad for a block.
    // v23 (X3): still left: where sentences are cut is normalisation (text.ts), shared by every check: not a block's
    // change
    name: 'LEFT (source: a "W." initial cuts the citation) the provider pastes a book citation without quotes or a link ("Kimmerer, R. W. (2013). Braiding sweetgrass. Milkweed Editions."): source passes',
    lines: [...START, [30, 'p', 'what was the book about plants and indigenous knowledge everyone was reading a few yrs ago'], [40, 'l', 'Probably this one: Kimmerer, R. W. (2013). Braiding sweetgrass. Milkweed Editions. Is that the one?'], [80, 'p', 'YES'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // a single W initial
    // LEFT: v8's citation alternative (namedResource) reads "Surname, I. (year)." but chat-speak normalises the initial
    // "W." to "with.", and "with." ends a sentence (text.ts leaves "w" out of the abbreviations on purpose, so that raw and
    // normalised text are cut at the same places): the citation is cut in two before the year, and no alternative can
    // see both halves. Fixing it means changing where sentences are cut: a normalisation change, too broad for a block.
    // v23 (X3): still left: the same as the Kimmerer case
    name: 'LEFT (source: a "W." initial cuts the citation) the provider pastes "Zhang, W. (2019). Urban heat islands and public health. Routledge.": source passes',
    lines: [...START, [30, 'p', 'need a book on urban heat islands for my planning class'], [40, 'l', 'This one is solid: Zhang, W. (2019). Urban heat islands and public health. Routledge. Does that help?'], [80, 'p', 'yes'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "no thats all it says" is about the syllabus, not the patron being done
    // LEFT: "Is that it?" after the course reserve is given asks whether that is the book meant (as "Is that the one?"),
    // so completeness passes by the text; the scorer reads no completeness question in it. Every word of it is common
    // ("is", "that", "it"), so an alternative could only be keyed on common words, and "Is that it?" also reads "is that
    // all?" in other places (an anything-else question, or the patron's own "is that it?"): too broad for this round.
    // v23 (X3): still left: the same reason, every word common
    name: 'LEFT (completeness: "Is that it?" keyed only on common words) syllabus says "Chapter 4 of Cole": "no thats all it says" is no statement of being done; course reserves with steps; "Is that it?"',
    lines: [
      [0, 'p', "my syllabus says to read 'Chapter 4 of Cole' for HIST 210, which book is that"],
      [30, 'l', 'Hi, Ana here at the Ask a Librarian chat, Ohio State University Libraries.'],
      [35, 'l', 'Does the syllabus give a full title or a year?'],
      [75, 'p', 'no thats all it says'],
      [85, 'l', 'The HIST 210 course reserves list "Wobblies of the World" edited by Peter Cole (2017); it\'s on 2-hour reserve at Thompson Library. Search HIST 210 in the catalog under Course Reserves. Is that it?'],
      [140, 'p', 'yes!! thank you'],
      [145, 'l', "You're welcome, bye!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

describe('twenty-first round (V5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V5): messy sessions, every check', whole);
describeSessions('twenty-first round (V5): messy sessions, short cases', short);

describeLeft('twenty-first-round-messy', LEFT);
