/**
 * Seventh round, area (D): FALSE PASSES. Sessions where a behaviour is ABSENT but something close to
 * it is there, across all 17 checks: a "greeting" that is only a system line or a queue notice, a name
 * that is a colleague's, "Good question!" or "Thanks for your patience" as the opening; content that
 * sounds like a hold ("hang on to your receipt", "just a minute's walk", "stay tuned to the calendar");
 * statements that open like questions ("What you'll want to do is…"), "So you'll want to bring…",
 * "Sounds like you've had a day of it"; typos that look like domains ("I checked.No luck", "ok.so");
 * "Hope that helps!", "Let me know if you have any other questions" and invitations back as the only
 * closing lines; "Anything else you remember about it?" (about the need); patrons saying "that's all
 * the info my teacher gave us" (not done); a "time is up" that is a computer's or an offer's; a limit of
 * holds; thanks that are content ("Thank-you letter samples", "Thanks to a state grant"), "take care
 * with the reels", "come back to the guide's home page"; "Are you still having trouble…?" (no check-in);
 * a rule about disconnecting (no notice); "ask a librarian here on chat" (the library's own chat, no
 * referral); "I called the branch" (the provider acting); "I'll email the branch manager" (nothing
 * promised to the patron); automatic e-mails; a code "Follow-up needed" that is no follow-up code; a
 * transfer announced and never made. Voices: public, school and academic libraries, SMS, LibChat,
 * Spanish, typos and chat-speak. Statuses are read from the literal text of RUBRIC.md; most cases give
 * ALL 17, the short ones after them a few.
 */
import type { Message } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, all, some, who, sys, type Key, type St, at, T0, DAY, FU_ME, other, usual } from './helpers';


const IBARRA = who('R. Ibarra', 'ribarra');
const TEXTLINE = who('Harbor Text', 'harbor-sms');
const CELL: Partial<Message> = { authorId: '+14105550148', author: '+14105550148' };

export const whole: SessionCase[] = [
  // ---- openings: system lines, queue notices, colleagues' names ---------------------------------------------------------
  {
    name: 'the only welcome is a system line ("Welcome to AskUs! A librarian will be with you shortly."); the provider just names herself and asks',
    lines: [
      [0, 'p', 'hi do u have the new percy jackson book'],
      [2, 's', 'Welcome to AskUs! A librarian will be with you shortly.'],
      [30, 'l', 'This is Jo at Sample County Library. Which one do you mean, Chalice of the Gods or Wrath of the Triple Goddess?'],
      [62, 'p', 'chalice'],
      [75, 'l', 'All 3 copies are out. You can place a hold in the catalog: samplecountylib.org/catalog (search the title, then click Place Hold). Does that get you what you need?'],
      [101, 'p', 'yes thats all i needed'],
      [106, 'l', 'Enjoy it! Bye for now.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'a system "joined" line at 10 s is no pickup; the first provider message comes at 80 s',
    lines: [
      [0, 'p', 'Can I renew a book that is already overdue?'],
      [10, 's', 'Jo Smith has joined the chat.', sys('joined')],
      [80, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Is it a book from us or from another county?"],
      [110, 'p', 'from you, the Elm branch'],
      [122, 'l', 'Yes, overdue items can be renewed if nobody has a hold on them: sign in at samplecountylib.org/myaccount and choose Renew. Did that answer your question?'],
      [160, 'p', 'yep that answers it. nothing else'],
      [166, 'l', 'Great, thanks for chatting with us!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'a colleague\'s name in the opening ("Hi there! Tamsin at Circulation passed your chat over to me") says nothing about who is answering',
    lines: [
      [0, 'p', 'why do I have a $40 charge on my card'],
      [25, 'l', 'Hi there! Tamsin at Circulation passed your chat over to me.', IBARRA],
      [33, 'l', 'Is the charge for a book, or for a laptop or hotspot?', IBARRA],
      [70, 'p', 'a hotspot i think'],
      [85, 'l', 'Hotspots that are 10 days late are billed at $40; it clears as soon as it is returned. The policy page is samplecountylib.org/hotspots. Does that explain it?', IBARRA],
      [120, 'p', 'ok yes. thats all i needed thank u'],
      [127, 'l', "You're welcome, have a nice evening!", IBARRA],
    ],
    over: { provider: { id: 'ribarra', name: 'R. Ibarra', library: 'TST' } },
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'a question word is no name: "Hi there!" then "Where in Baltimore do you live?" greet but say nothing about who is answering',
    lines: [
      [0, 'p', 'can i get a library card online'],
      [20, 'l', 'Hi there!'],
      [26, 'l', 'Where in Baltimore do you live? City and county cards differ.'],
      [50, 'p', 'the county, towson'],
      [60, 'l', 'You can sign up at bcpl.info/getacard and use it right away for ebooks. Does that do it?'],
      [90, 'p', 'yes thats all, thanks'],
      [95, 'l', 'Great, have a good night!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: '"Good question! I\'m Ruth from the Elkton Library." praises the question; it greets nobody',
    lines: [
      [0, 'p', 'is there a limit on how many ebooks i can borrow'],
      [20, 'l', "Good question! I'm Ruth from the Elkton Library.", who('Ruth', 'ruth')],
      [28, 'l', 'Is this on Libby or on hoopla? They have different limits.', who('Ruth', 'ruth')],
      [60, 'p', 'libby'],
      [70, 'l', 'On Libby it is 10 checkouts and 15 holds at a time. Our e-book FAQ lists both: elktonlib.org/ebooks. Does that cover it?', who('Ruth', 'ruth')],
      [101, 'p', 'yes, thats everything'],
      [110, 'l', 'Thanks for asking us!', who('Ruth', 'ruth')],
    ],
    over: { provider: { id: 'ruth', name: 'Ruth', library: 'ELK' } },
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: '"Thanks for your patience! This is Jo with Sample County Library." (thanks for waiting, read as a greeting since v1, like "thanks for contacting")',
    lines: [
      [0, 'p', 'need the form to get a library card for my son'],
      [45, 'l', 'Thanks for your patience! This is Jo with Sample County Library.'],
      [52, 'l', 'How old is he? Under 13 needs a parent signature.'],
      [80, 'p', '9'],
      [92, 'l', 'Then use the Juvenile Card form at samplecountylib.org/cards/kids and bring it to any branch with your ID. Is that what you were looking for?'],
      [130, 'p', 'perfect ty, thats all'],
      [136, 'l', 'Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: '"Happy to help! I\'m Devon, a librarian at Kent Island" is willingness, not a greeting (SMS, the patron texts first)',
    lines: [
      [0, 'p', 'can i print from my phone at the library', CELL],
      [30, 'l', "Happy to help! I'm Devon, a librarian at Kent Island Library.", TEXTLINE],
      [36, 'l', 'iphone or android?', TEXTLINE],
      [70, 'p', 'android', CELL],
      [80, 'l', 'Use the Mobile Print page: kentislandlib.org/print - upload the file, pick the branch, then release it at the print station with your card. does that work?', TEXTLINE],
      [115, 'p', 'ya got it. no more questions', CELL],
      [120, 'l', 'thanks for texting us!', TEXTLINE],
    ],
    over: { source: 'sms', patron: { name: null, email: null, phone: '+14105550148' }, provider: { id: 'harbor-sms', name: 'Harbor Text', library: 'KIL' } },
    exp: usual({ greeting: 'fail' }),
  },

  // ---- the middle: content that sounds like a hold ------------------------------------------------------------------------
  {
    name: '"Hang on to your receipt" is advice, not a hold: the 150 s after it are the patron\'s',
    lines: [
      [0, 'p', 'I returned a dvd but it still shows on my account'],
      [20, 'l', 'Hello, Jo at Sample County Library here. When did you return it, and was it in the book drop?'],
      [60, 'p', 'tuesday night, elm st drop'],
      [80, 'l', 'Book drops are emptied once a day, so it can take 2 days to check in. Hang on to your receipt if you got one.'],
      [230, 'l', 'If it still shows on Friday, the account help page is samplecountylib.org/account-help. Does that help?'],
      [260, 'p', 'ok that makes sense, thats all'],
      [270, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual(),
  },
  {
    name: '"just a minute\'s walk from the Metro" gives directions; the long pause after it is the patron\'s',
    lines: [
      [0, 'p', 'how do i get to the silver spring branch w/o a car'],
      [15, 'l', 'Hi! This is Jo from Sample County Library. Are you coming by Metro or by bus?'],
      [50, 'p', 'metro'],
      [62, 'l', "It's just a minute's walk from the Silver Spring Metro station, across Wayne Ave."],
      [215, 'l', 'The branch page has a map: samplecountylib.org/branches/silver-spring. Does that get you there?'],
      [240, 'p', 'yes, that was everything thx'],
      [248, 'l', 'Great, see you there sometime!'],
    ],
    exp: usual(),
  },
  {
    name: '"Stay tuned to our events calendar at …" gives a source; it holds nobody',
    lines: [
      [0, 'p', 'when is the next resume workshop'],
      [18, 'l', 'Hello! Jo here, a librarian at Sample County Library. Do you want in person or online?'],
      [40, 'p', 'either'],
      [55, 'l', 'The fall dates are not set yet. Stay tuned to our events calendar at samplecountylib.org/events, they usually post them by the 1st.'],
      [62, 'l', 'Does that answer your question?'],
      [90, 'p', 'yes thank you. thats all'],
      [95, 'l', 'Thank you for contacting us!'],
    ],
    exp: usual(),
  },
  {
    name: '"Hold onto your card number" as the provider\'s last words: no hold, so the 300 s idle after it needed a check-in and a notice',
    lines: [
      [0, 'p', 'how do I get the Libby app to work with my card'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is this on a phone or a Kindle?"],
      [50, 'p', 'phone'],
      [60, 'l', 'In Libby tap Menu > Add Library, search Sample County, then enter your card number. Hold onto your card number - you need it every time you add a device.'],
    ],
    over: { endAfter: 300 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'Spanish: "Espere unos 3 días hábiles" tells the patron how long the card takes, not to wait on the chat; "gracias a una beca" thanks nobody',
    lines: [
      [0, 'p', 'Hola, pedí la tarjeta por internet, cuando llega?'],
      [25, 'l', 'Hola, le saluda Jo de la Biblioteca del Condado de Sample. ¿La pidió esta semana o antes?'],
      [70, 'p', 'el lunes'],
      [85, 'l', 'Espere unos 3 días hábiles para que llegue por correo. Mientras tanto puede usar el número temporal en samplecountylib.org/tarjeta.'],
      [92, 'l', '¿Le sirve esa información?'],
      [140, 'p', 'si'],
      [150, 'l', 'Y gracias a una beca estatal, los pases para museos también son gratis con la tarjeta: samplecountylib.org/pases.'],
      [158, 'l', '¿Algo más en que le pueda ayudar?'],
    ],
    exp: usual({ courteous: 'fail' }),
  },

  // ---- clarifying: statements that open like questions, answers that open like restatements ---------------------------------
  {
    name: '"What you\'ll want to do is log out…" is a statement; no question came before the source',
    lines: [
      [0, 'p', 'my hoopla keeps saying invalid card'],
      [15, 'l', 'Hi, Jo from Sample County Library here.'],
      [25, 'l', "What you'll want to do is log out of hoopla and log back in with the 14-digit card number, not your PIN."],
      [40, 'l', "If that doesn't work, the steps with screenshots are at help.hoopladigital.com. Did that fix it?"],
      [120, 'p', 'yes it works now!! thats all'],
      [126, 'l', 'Yay, thanks for reaching out!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: '"Oh no, sounds like you\'ve had a day of it!" sympathises; it restates nothing',
    lines: [
      [0, 'p', 'my kid lost a library book and we have looked EVERYWHERE. what happens now'],
      [20, 'l', "Hi! I'm Jo, a librarian with Sample County Library. Oh no, sounds like you've had a day of it!"],
      [35, 'l', 'Lost items are charged the list price, and it is refunded if the book turns up within 6 months. The lost-item policy is at samplecountylib.org/policies/lost.'],
      [45, 'l', 'Does that answer what you needed?'],
      [80, 'p', 'yes thank you thats all'],
      [86, 'l', 'Good luck with the search, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: '"So you\'ll want to bring two proofs of address" is the answer, not a restatement',
    lines: [
      [0, 'p', 'I just moved here from Ohio what do I need to get a card'],
      [22, 'l', "Welcome! I'm Jo at Sample County Library."],
      [30, 'l', "So you'll want to bring a photo ID and two proofs of your new address, like a lease and a utility bill."],
      [38, 'l', 'The full list is at samplecountylib.org/cards. Is that the info you needed?'],
      [70, 'p', 'yes perfect. that is all'],
      [75, 'l', 'Thanks, and welcome to the county!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: '"What brings you to chat today?" is the greeting\'s offer in other words; no question about the need follows before the source',
    lines: [
      [0, 'p', 'hello'],
      [12, 'l', 'Hi! This is Jo at Sample County Library. What brings you to chat today?'],
      [50, 'p', 'I need the 2024 Maryland tax booklet, the one for residents'],
      [62, 'l', 'The Comptroller posts it as a PDF: marylandtaxes.gov/forms (Individual Tax Forms > Resident Booklet). Is that the one?'],
      [95, 'p', 'yes! thats all i needed'],
      [100, 'l', 'Thank you for chatting with us!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: '"Anything else you remember about it - the cover, when you read it?" asks about the need (clarifies); it is no anything-else question',
    lines: [
      [0, 'p', 'trying to find a book i read as a kid, a girl lives in a museum'],
      [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library.'],
      [28, 'l', 'Anything else you remember about it - the cover, roughly when you read it?'],
      [75, 'p', 'late 90s. she runs away with her brother and hides in the met'],
      [88, 'l', "That sounds like From the Mixed-Up Files of Mrs. Basil E. Frankweiler - it's in our catalog at samplecountylib.org/catalog. Is that the one?"],
      [110, 'p', 'YES omg thank you'],
      [116, 'l', 'Happy reading, thanks for the fun question!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- sources: typos that look like domains, an app named alone, a URL not to use ------------------------------------------
  {
    name: 'typos that look like domains ("I checked.No luck", "ok.so the fine") give no source',
    lines: [
      [0, 'p', 'how much is the fine on a late dvd'],
      [14, 'l', 'Hi, Jo at Sample County Library. Is it one of ours, or a Hoopla rental?'],
      [40, 'p', 'one of yours, from the Oak branch'],
      [52, 'l', 'I checked.No fine shows for Oak on DVDs yet, ok.so the rule is $1 a day, capped at $10.'],
      [58, 'l', 'Does that answer it?'],
      [90, 'p', 'yup thats all'],
      [96, 'l', 'Thanks for asking!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: '"i.e." and "e.g." are no domains: a statement of what ID to bring gives no source',
    lines: [
      [0, 'p', 'what do i need to bring to get a card'],
      [15, 'l', 'Hi! Jo at Sample County Library. Are you a county resident?'],
      [40, 'p', 'yes'],
      [50, 'l', "You'll need a photo ID, i.e. a driver's license or passport, plus something with your address, e.g. a bank statement."],
      [58, 'l', 'Does that cover what you needed?'],
      [85, 'p', 'yes thats everything'],
      [90, 'l', 'Thanks, see you soon!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'an app named alone ("you can borrow it free on Libby") is no source (no steps, no way to reach it)',
    lines: [
      [0, 'p', 'is the audiobook of Demon Copperhead available'],
      [20, 'l', 'Hello! Jo here, a librarian at Sample County Library. Do you want the audiobook to stream, or a CD set?'],
      [45, 'p', 'stream'],
      [58, 'l', 'Yes, you can borrow it free on Libby with your library card.'],
      [64, 'l', 'Does that help?'],
      [90, 'p', 'ok cool thats all'],
      [96, 'l', 'Enjoy, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'a URL given as the one NOT to cite is still "a URL" (RUBRIC.md, literally; the survey-link reading)',
    lines: [
      [0, 'p', 'can i use wikipedia for my history project'],
      [16, 'l', 'Hi, this is Jo at Sample County Library! What grade is the project for?'],
      [40, 'p', '8th'],
      [55, 'l', "Most teachers won't accept wikipedia.org as a cited source, but its footnotes can lead you to ones they will."],
      [60, 'l', 'Does that answer your question?'],
      [90, 'p', 'yes thanks. no other questions'],
      [95, 'l', 'Good luck with the project!'],
    ],
    exp: usual(),
  },

  // ---- completeness and anything else: lines that only look like asking ------------------------------------------------------
  {
    name: '"Hope that helps!" and "Let me know if you have any other questions": no completeness question; the let-me-know asks for more',
    lines: [
      [0, 'p', 'where can I find free GED practice tests'],
      [18, 'l', "Hi there, I'm Jo with Sample County Library. Is it for the math part or all four subjects?"],
      [45, 'p', 'all'],
      [60, 'l', 'Learning Express Library has full GED practice tests free with your card: samplecountylib.org/learningexpress (Adult Learning Center > GED). Hope that helps!'],
      [66, 'l', 'Let me know if you have any other questions.'],
      [100, 'p', 'ok thanks'],
      [105, 'l', 'Good luck on the test!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: '"If you have more questions, you\'re welcome to chat with us again" invites back; it asks nothing now',
    lines: [
      [0, 'p', 'do yall have museum passes'],
      [14, 'l', 'Hi! Jo at Sample County Library. Which museum were you hoping for?'],
      [40, 'p', 'the aquarium'],
      [52, 'l', 'Yes, National Aquarium passes are on samplecountylib.org/passes - reserve up to 2 weeks ahead. Is that what you were after?'],
      [80, 'p', 'yes great'],
      [86, 'l', "If you have more questions, you're welcome to chat with us again. Have fun at the aquarium!"],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"Did you try logging in from campus earlier?" asks about the patron\'s tries, not whether the answer met the need',
    lines: [
      [0, 'p', 'JSTOR keeps asking me to pay for articles'],
      [20, 'l', "Hi, I'm Jo, the evening librarian at Sample College Library. Are you off campus right now?"],
      [45, 'p', 'yeah at home'],
      [55, 'l', "Off campus you have to start from the library's link so it knows you: library.sample.edu/jstor, then sign in with your student ID."],
      [62, 'l', 'Did you try logging in from campus earlier?'],
      [90, 'p', 'no never. ok it worked through your link, thats all i need'],
      [96, 'l', 'Great, thanks for checking with us!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'the patron\'s "thats all the info my teacher gave us" explains the assignment; nobody asks about more',
    lines: [
      [0, 'p', 'need 3 sources on the dust bowl'],
      [20, 'l', 'Hello! Jo here at Sample County Library. Do the sources need to be books, or are websites ok?'],
      [55, 'p', 'any kind'],
      [68, 'l', 'Try the Dust Bowl entry in Britannica School (samplecountylib.org/britannica) and the Library of Congress page loc.gov/classroom-materials/dust-bowl. Do those work for you?'],
      [100, 'p', 'yes but idk if they can both be websites, thats all the info my teacher gave us'],
      [112, 'l', 'Then add a book to be safe: The Worst Hard Time by Timothy Egan is on the shelf at 978.032 EGA.'],
      [150, 'p', 'ok perfect'],
      [156, 'l', 'Thanks for using the chat!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a worksheet with "no more questions on it" is not the patron being done',
    lines: [
      [0, 'p', 'hi i need help with my solar system essay. where do i start'],
      [22, 'l', "Hi! I'm Jo at Sample County Library. What's the essay topic?"],
      [60, 'p', 'pick one planet'],
      [72, 'l', "NASA's kid-friendly planet pages are great for that: spaceplace.nasa.gov/menu/solar-system. Does that help you get started?"],
      [110, 'p', 'yeah. i did the worksheet part already, theres no more questions on the worksheet, just the essay'],
      [118, 'l', 'Then you are in good shape! Thanks for chatting with us!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'genealogy: "That\'s everything I know about him" gives the details; the patron is not done',
    lines: [
      [0, 'p', 'looking for my great grandfather Tomas Rivera, came through Baltimore around 1910'],
      [25, 'l', 'Good afternoon, this is Jo, a librarian at Sample County Library. Do you know where he came from, or who he traveled with?'],
      [80, 'p', 'puerto rico i think'],
      [95, 'l', 'FamilySearch has the Baltimore passenger lists 1820-1948 free: familysearch.org/search/collection/2106010. Search his name with 1905-1915. Is that the kind of record you were hoping for?'],
      [140, 'p', "yes exactly. he may have spelled it Tomás. That's everything I know about him."],
      [152, 'l', 'Try both spellings, the index ignores accents anyway. Good luck with the search, and thanks for writing in!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- dismissals that are rules or offers ----------------------------------------------------------------------------------
  {
    name: '"when your time is up it logs you off" and "time\'s up on that offer" describe a computer and an offer; nobody is dismissed',
    lines: [
      [0, 'p', 'how long can i use the computers and can i still get the free ancestry trial'],
      [18, 'l', 'Hi! Jo here, a librarian at Sample County Library. Do you have a library card?'],
      [40, 'p', 'yes'],
      [55, 'l', 'Computer sessions are 60 minutes; when your time is up, it logs you off and you can book another slot at samplecountylib.org/computers. Sorry, time\'s up on the Ancestry trial, it ended in May - but Ancestry Library Edition is free inside any branch.'],
      [62, 'l', 'Does that answer both?'],
      [95, 'p', 'yes thats all thx'],
      [100, 'l', 'Thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'a limit of holds reached is not a limit of questions',
    lines: [
      [0, 'p', 'why cant i place a hold on this book'],
      [16, 'l', 'Hello, Jo at Sample County Library. Is there an error message when you click Place Hold?'],
      [45, 'p', 'it says limit reached'],
      [58, 'l', "There's a limit of 15 holds per card, and it looks like you've hit it. Cancel one under My Account > Holds (samplecountylib.org/myaccount) and try again. Did that work?"],
      [120, 'p', 'yes it went thru. that is all'],
      [126, 'l', 'Perfect, thanks for reaching out!'],
    ],
    exp: usual(),
  },
  {
    name: '"I need to step away for two minutes to check the shelf, be right back" is a hold, not ending the help',
    lines: [
      [0, 'p', 'is The Women by Kristin Hannah on the shelf at Main right now'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Do you want regular print or large print?"],
      [40, 'p', 'regular'],
      [50, 'l', 'The catalog says it is in but let me make sure. I need to step away for two minutes to check the shelf, be right back!'],
      [160, 'l', "Found it - I'll put it at the front desk under your last name until Friday. You can see it in your account too: samplecountylib.org/myaccount. Does that work?"],
      [190, 'p', 'yes thank you so much, no more questions'],
      [196, 'l', 'See you soon, thanks!'],
    ],
    exp: usual(),
  },

  // ---- courtesy that is content ---------------------------------------------------------------------------------------------
  {
    name: '"Thank-you letter samples are in the guide" and a completeness question close the chat: nobody is thanked',
    lines: [
      [0, 'p', 'hi im looking for help writing a cover letter'],
      [16, 'l', 'Hello! Jo here, a career librarian at Sample County Library. Is it for a specific job posting?'],
      [45, 'p', 'yes an admin assistant job'],
      [60, 'l', 'The Career Center guide has cover letter templates: samplecountylib.org/careers (Job Search > Cover Letters). Thank-you letter samples for after the interview are on the same page.'],
      [66, 'l', 'Is that what you had in mind?'],
      [100, 'p', 'yes thats all i needed'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: '"Thanks to a state grant…" and "Please take care with the reels" are content; the chat ends without thanks or goodbye',
    lines: [
      [0, 'p', 'can i look at old newspapers on microfilm at your library'],
      [18, 'l', 'Hi, this is Jo at Sample County Library. Which paper and which years?'],
      [50, 'p', 'the county herald, 1950s'],
      [65, 'l', 'We have the Herald 1890-1998 on microfilm at Main, listed at samplecountylib.org/microfilm.'],
      [72, 'l', 'Is that what you were after? Anything else before you come in?'],
      [100, 'p', 'no that is all'],
      [110, 'l', 'Thanks to a state grant, the new reader scans to USB for free. Please take care with the reels, the old ones tear easily.'],
    ],
    over: { endAfter: 20 },
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: '"come back to the guide\'s home page and click Databases" sends the patron to a page; it invites nobody back to the service',
    lines: [
      [0, 'p', 'the link to the nursing database is broken'],
      [15, 'l', "Hello! I'm Jo, a librarian at Sample College Library. Which link did you click - from Canvas or from our site?"],
      [40, 'p', 'canvas'],
      [55, 'l', 'Canvas links sometimes go stale. CINAHL works from library.sample.edu/cinahl. Did that open?'],
      [90, 'p', 'yes that works, thats all i needed'],
      [98, 'l', "If a link breaks again, come back to the guide's home page and click Databases."],
    ],
    over: { endAfter: 20 },
    exp: usual({ courteous: 'fail' }),
  },

  // ---- idle patrons: a question that is no check-in, a rule that is no notice --------------------------------------------------
  {
    name: '"Are you still having trouble logging in?" asks about the problem, not whether the patron is there; 260 s of silence after it',
    lines: [
      [0, 'p', 'i cant log into my account, it says pin invalid'],
      [18, 'l', 'Hi, this is Jo at Sample County Library. Have you changed your PIN lately?'],
      [45, 'p', 'no'],
      [55, 'l', 'You can reset it at samplecountylib.org/pin with your card number and e-mail; the new PIN works at once. Does that work for you?'],
      [130, 'l', 'Are you still having trouble logging in?'],
    ],
    over: { endAfter: 190 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'a rule about disconnecting ("if you get disconnected, the chat closes on its own") is no notice that the patron seems gone',
    lines: [
      [0, 'p', 'how do i get a passport appointment at the library'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is it a new passport or a renewal?"],
      [50, 'p', 'new one for my daughter'],
      [62, 'l', 'New passports for kids need an appointment at Main: book at samplecountylib.org/passports. Both parents come, with her birth certificate. Is that what you needed?'],
      [150, 'l', 'Just so you know, if you get disconnected the chat closes on its own after 10 minutes, and you can start a new one.'],
      [250, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 100 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"Are you still at the Main branch?" in the final idle asks where the patron is, not whether they are still there',
    lines: [
      [0, 'p', 'is there a quiet room i can use for a zoom interview'],
      [15, 'l', 'Hello, Jo at Sample County Library here. Which branch are you closest to?'],
      [45, 'p', 'main'],
      [58, 'l', 'Main has 4 study rooms you can book for 2 hours: samplecountylib.org/rooms. Did that help?'],
      [120, 'l', 'Are you still at the Main branch? Room 3 is free right now.'],
    ],
    over: { endAfter: 200 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },

  // ---- referrals that are not: the library's own chat, the provider calling, "don't call" --------------------------------------
  {
    name: '"just ask a librarian here on chat anytime" points back to this chat: no referral',
    lines: [
      [0, 'p', 'what are the hours for the teen room'],
      [12, 'l', 'Hi! Jo at Sample County Library. Which branch?'],
      [30, 'p', 'eastport'],
      [40, 'l', 'The Eastport teen room is open 3-8 on weekdays; all hours are at samplecountylib.org/hours. Does that answer it?'],
      [70, 'p', 'ya thanks thats all'],
      [76, 'l', 'If anything else comes up, just ask a librarian here on chat anytime. Bye!'],
    ],
    exp: usual(),
  },
  {
    name: '"I called the Elm branch and they have it" is the provider acting; "don\'t bother calling the county office" tells nobody to call',
    lines: [
      [0, 'p', 'do you have a copy of the county zoning map and how do i get a paper copy'],
      [20, 'l', 'Hello! This is Jo, a librarian at Sample County Library. Do you need the current map or an older one?'],
      [60, 'p', 'current'],
      [70, 'l', "I called the Elm branch and they have the 2024 map in the reference room. Don't bother calling the county office for a paper copy, they just send people to the PDF at samplecounty.gov/zoning-map."],
      [78, 'l', 'Does that get you what you need?'],
      [110, 'p', 'yes thank you thats all'],
      [115, 'l', 'Thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: '"I\'m going to ask our local history librarian - one moment" is the provider consulting staff: a hold, no referral',
    lines: [
      [0, 'p', 'when was the old Sample Mill torn down'],
      [18, 'l', "Hi there! I'm Jo with Sample County Library. Do you mean the grist mill on River Rd or the textile mill downtown?"],
      [50, 'p', 'the textile one'],
      [60, 'l', "I'm going to ask our local history librarian - one moment."],
      [150, 'l', 'She says it came down in 1974; the photos are in our digital collection: samplecountylib.org/history/mill. Is that what you wanted?'],
      [180, 'p', 'yes thats great no more questions'],
      [186, 'l', 'Thank you for the question!'],
    ],
    exp: usual(),
  },

  // ---- follow-ups that are not, and codes ------------------------------------------------------------------------------------
  {
    name: '"I\'ll email the branch manager about the broken printer" promises nothing to the patron: no follow-up session',
    lines: [
      [0, 'p', 'the printer at the oak branch ate my money'],
      [15, 'l', "Hi, I'm Jo at Sample County Library, sorry about that! How much did it take?"],
      [40, 'p', '$3'],
      [52, 'l', "I'll email the branch manager about the broken printer so they can fix it. For the $3, fill out the refund form at samplecountylib.org/refund. Does that help?"],
      [90, 'p', 'ok yes thats all'],
      [95, 'l', 'Thanks for letting us know!'],
    ],
    exp: usual(),
  },
  {
    name: '"You\'ll get an automatic email when it\'s ready" is the catalog\'s notice, not the provider promising to send more',
    lines: [
      [0, 'p', 'I put a hold on a book how will I know its in'],
      [14, 'l', 'Hello! Jo here at Sample County Library. Did you place it online or at the desk?'],
      [40, 'p', 'online'],
      [50, 'l', "You'll get an automatic email when it's ready for pickup, and it shows under Holds in samplecountylib.org/myaccount. Is that what you wanted to know?"],
      [80, 'p', 'yes thank you! thats all'],
      [85, 'l', 'Happy reading, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'coded "Follow-up needed" (no follow-up code) although the provider promised an e-mail by Friday',
    lines: [
      [0, 'p', 'I need the minutes of the 1987 town council meetings, are they online?'],
      [20, 'l', 'Good morning, this is Jo, a librarian at Sample County Library. Which town - Sampleton or Riverside?'],
      [55, 'p', 'Sampleton. my email is ana.r@example.com'],
      [70, 'l', "They aren't online; the minutes are on microfilm here. I'll scan the 1987 minutes and email them to you at ana.r@example.com by Friday. The index of what we hold is at samplecountylib.org/minutes. Does that work?"],
      [100, 'p', 'yes perfect, that is all'],
      [106, 'l', 'Thank you, talk soon!'],
    ],
    over: { resolutionCode: 'Follow-up needed' },
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a real follow-up with the address only on record, and the ILL office\'s address given for the patron to write to (a referral with contact)',
    lines: [
      [0, 'p', 'can you find the 1923 article on the flood in the Sample Gazette'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Do you know the month?"],
      [50, 'p', 'june'],
      [62, 'l', "We don't have 1923 on film, so I'll ask the State Library and email you by tomorrow afternoon. If you'd like to order other articles yourself, write to our ILL office at ill@samplecountylib.org."],
      [70, 'l', 'Does that plan work for you?'],
      [100, 'p', 'yes, thats everything'],
      [106, 'l', 'Thanks, talk tomorrow!'],
    ],
    over: { ...FU_ME, patron: { name: 'Pat Ng', email: 'pat.ng@example.com', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending', referral: 'pass' }),
  },
  {
    name: 'Lost Call coded although the patron wrote twice ("hello??") before the greeting',
    lines: [
      [0, 'p', 'whats the wifi password at the eastport branch'],
      [50, 'p', 'hello??'],
      [58, 'l', 'Hi! Jo at Sample County Library here - sorry for the wait, checking now.'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 20 },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },

  // ---- transfers announced, not made -----------------------------------------------------------------------------------------
  {
    name: 'a transfer announced and never made: a hold, so the 200 s until the provider is back fail keep-informed; no transfer, no referral',
    lines: [
      [0, 'p', 'necesito ayuda con un formulario de vivienda, hablo poco ingles'],
      [20, 'l', 'Hello! Hola, soy Jo de la Biblioteca del Condado de Sample.'],
      [28, 'l', "I'm going to transfer you to our Spanish-speaking librarian, one moment."],
      [228, 'l', 'Lo siento, ella está ocupada. ¿Es un formulario de la vivienda pública o de alquiler privado?'],
      [260, 'p', 'vivienda publica'],
      [275, 'l', 'El formulario está en samplecounty.gov/vivienda (Solicitudes > Español). ¿Es lo que necesitaba?'],
      [300, 'p', 'si gracias, es todo'],
      [306, 'l', '¡Gracias por escribirnos!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'transferred with a note written only by the receiving provider, and told to the patron only after the transfer',
    lines: [
      [0, 'p', 'I need help finding peer reviewed articles on nurse burnout for my capstone'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample College Library. Is this for the BSN capstone?"],
      [45, 'p', 'yes'],
      [55, 's', 'Chat transferred to Lena (Health Sciences)', sys('transfer', 'lena')],
      [58, 'i', 'Got it, nursing capstone, I will take this one', who('Lena', 'lena')],
      [65, 'l', "Hi! You've been transferred to me, Lena, the health sciences librarian.", who('Lena', 'lena')],
      [80, 'l', 'CINAHL is the one to use: library.sample.edu/cinahl, search burnout AND nurs*, then tick Peer Reviewed. Is that what you needed?', who('Lena', 'lena')],
      [120, 'p', 'yes thank you, thats all'],
      [125, 'l', 'Good luck with the capstone, thanks!', who('Lena', 'lena')],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- concurrency: touching intervals, another provider's sessions ------------------------------------------------------------
  {
    name: 'three other chats, one ending exactly as this one starts and a fourth belonging to another provider: never more than three',
    lines: [
      [0, 'p', 'what time does the book sale start saturday'],
      [14, 'l', 'Hi, Jo at Sample County Library! Is that the Friends sale at Main?'],
      [30, 'p', 'yes'],
      [40, 'l', 'It opens at 9, members at 8: samplecountylib.org/friends. Does that answer it?'],
      [60, 'p', 'yes thats all'],
      [65, 'l', 'Thanks, enjoy the sale!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -600, 0), other('b', 'jo', -20, 300), other('c', 'jo', 10, 200), other('d', 'kim', 0, 90), other('e', 'kim', 5, 90)] },
    exp: usual(),
  },
  {
    name: 'a chat that ends at 14 s overlaps this one: four open at once',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [14, 'l', 'Hi, Jo at Sample County Library! Federal or state?'],
      [30, 'p', 'federal'],
      [40, 'l', 'IRS forms are free at irs.gov/forms, and Main has printed 1040s. Does that answer it?'],
      [60, 'p', 'yes thats all'],
      [65, 'l', 'Thanks for asking!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -600, 14), other('b', 'jo', -20, 300), other('c', 'jo', 10, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },

  // ---- a follow-up recorded in time, and one the provider promised to the patron --------------------------------------------
  {
    name: 'SMS: "i\'ll text u the list tmrw morning" to the number the patron typed, recorded 20 h later',
    lines: [
      [0, 'p', 'do any branches have a seed library', CELL],
      [25, 'l', 'hi! its Devon at Kent Island Library 🌱', TEXTLINE],
      [32, 'l', 'veggie seeds or flowers too?', TEXTLINE],
      [60, 'p', 'both. my cell is 410-555-0148 if u need it', CELL],
      [72, 'l', "3 branches do, I'm confirming which have flowers. I'll text you the list at 410-555-0148 tomorrow morning. the seed library page is kentislandlib.org/seeds meanwhile. does that work?", TEXTLINE],
      [95, 'p', 'ya thats all', CELL],
      [100, 'l', 'thanks for texting!', TEXTLINE],
    ],
    over: { ...FU_ME, source: 'sms', patron: { name: null, email: null, phone: '+14105550148' }, provider: { id: 'harbor-sms', name: 'Harbor Text', library: 'KIL' }, followUps: [{ doneAt: at(105 + 20 * 3600) }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
];

/** Shorter near misses: the checks they are about. */
export const short: SessionCase[] = [
  {
    name: '"You\'re very welcome!" alone neither thanks, says goodbye nor invites back',
    lines: [
      [0, 'p', 'thanks so much for the link'],
      [10, 'l', "You're very welcome!"],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Is there anything else on the assignment sheet about length?" asks about the need, not for more needs',
    lines: [
      [0, 'p', 'i need a biography for a book report'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Is there anything else on the assignment sheet about length?"],
      [40, 'p', 'at least 150 pages'],
      [55, 'l', 'Try Who Was Frida Kahlo? in the catalog: samplecountylib.org/catalog. Does that work?'],
      [80, 'p', 'ok'],
    ],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    name: '"Welcome packets for new residents are at the front desk" opens with content; the provider never greets',
    lines: [
      [0, 'p', 'just moved here, anything for new residents?'],
      [20, 'l', 'Jo at Sample County Library. Welcome packets for new residents are at every front desk, with a card form inside.'],
      [30, 'l', 'Do you want the list of branches too?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"It looks like you\'ve got the old version of the form" is not "you seem to have disconnected"',
    lines: [
      [0, 'p', 'the form wont let me sign'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. It looks like you've got the old version of the form; the new one is samplecountylib.org/forms/card. Does it open for you now?"],
      [200, 'l', 'Are you still there?'],
      [210, 'l', "I'll close the chat now. Thanks!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"Wait times for holds on that title are about 6 weeks" gives information; the silence after it is the patron\'s',
    lines: [
      [0, 'p', 'how long is the wait for Fourth Wing'],
      [15, 'l', 'Hello! Jo here at Sample County Library. Print or e-book?'],
      [35, 'p', 'print'],
      [45, 'l', 'Wait times for holds on that title are about 6 weeks right now.'],
      [200, 'l', 'You can join the list at samplecountylib.org/catalog. Does that help?'],
      [230, 'p', 'ok ty'],
    ],
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    name: '"I\'ll let the branch know the copier is jammed" promises the patron nothing; an "Answered" code fits',
    lines: [
      [0, 'p', 'the copier at elm is jammed again'],
      [15, 'l', "Hi, I'm Jo at Sample County Library - thanks for telling us! I'll let the branch know the copier is jammed so they can call the repair company."],
      [30, 'p', 'ok'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: '"Our Ask Us chat runs 24/7, so ask us again anytime" is this chat: no referral',
    lines: [
      [0, 'p', 'can i ask about homework at night'],
      [15, 'l', "Hi! I'm Jo with Ask Us Now. Yes: our Ask Us chat runs 24/7, so ask us again anytime, and Brainfuse tutors are at samplecountylib.org/brainfuse from 2-11 pm."],
      [40, 'p', 'cool thx'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Your study room time is up at 4, but you can book the next slot at …" is a room booking, not the chat\'s time',
    lines: [
      [0, 'p', 'can i stay in room 2 after 4'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Your study room time is up at 4, but if the next slot is free you can book it at samplecountylib.org/rooms."],
      [30, 'p', 'ok thanks'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"I gotta go check the stacks, brb" is a hold: the help goes on',
    lines: [
      [0, 'p', 'is the atlas of maryland from 1865 at main'],
      [15, 'l', "Hi! Jo at Sample County Library. The catalog says it's in reference. I gotta go check the stacks, brb"],
      [100, 'l', "It's there, on the atlas shelf at 912.752 MAR. Does that help?"],
      [130, 'p', 'yes'],
    ],
    exp: some({ dismissal: 'pass', informed: 'pass', source: 'pass' }),
  },
  {
    name: '"Take care when you cut the microfiche, it cracks" is advice, not a goodbye',
    lines: [
      [0, 'p', 'can i make copies from microfiche'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Yes, the reader at Main prints for 10 cents a page."],
      [20, 'l', 'Take care when you load the microfiche, it cracks.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'Spanish: "Gracias a la biblioteca estatal, tenemos el libro" credits the State Library; the provider thanks nobody',
    lines: [
      [0, 'p', 'tienen libros de ciudadania en español'],
      [15, 'l', 'Hola, soy Jo de la Biblioteca del Condado de Sample. Gracias a la biblioteca estatal, tenemos la guía de ciudadanía en español en samplecountylib.org/ciudadania.'],
      [25, 'l', '¿Es lo que buscaba?'],
    ],
    exp: some({ courteous: 'fail', complete: 'pass' }),
  },
  // ---- the positives beside each narrowing -------------------------------------------------------------------------------------
  {
    name: 'kept: "Hang on, let me pull that up" is still a hold (the span it starts lasts 100 s)',
    lines: [
      [0, 'p', 'do you have the 1940 census for my street'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Hang on, let me pull that up."],
      [115, 'l', 'Heritage Quest has it: samplecountylib.org/heritagequest, search by address. Does that help?'],
      [140, 'p', 'yes'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'kept: "Take care of yourself!" and "¡Gracias a usted!" still close courteously',
    lines: [
      [0, 'p', 'gracias por la ayuda'],
      [10, 'l', '¡Gracias a usted! Take care of yourself!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'kept: "Come back to us anytime" still invites back',
    lines: [
      [0, 'p', 'ok thanks'],
      [10, 'l', 'Come back to us anytime.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'kept: "Hi, Dana at Towson Library here" names the provider; "Welcome to Ask Us!" greets',
    lines: [
      [0, 'p', 'hi'],
      [10, 'l', 'Welcome to Ask Us! Dana at Towson Library here.', who('Dana', 'dana')],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'kept: "Anything else you need today?" asks for more; the patron\'s "no more questions, thanks" and "that\'s everything I needed" say done',
    lines: [
      [0, 'p', 'what time do you close'],
      [10, 'l', 'Hi, Jo at Sample County Library! We close at 9: samplecountylib.org/hours. Anything else you need today?'],
      [30, 'p', "no more questions, thanks. that's everything I needed"],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'kept: "your time is up, I have to close this chat" still dismisses',
    lines: [
      [0, 'p', 'and one more thing about my fines'],
      [10, 'l', "Hi, Jo at Sample County Library. Sorry, your time is up, I have to close this chat."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'kept: "I\'ll email them to you by Friday at k.li@example.com" after a scan is a promise with its contact and time',
    lines: [
      [0, 'p', 'can you scan pages 4-9 of the 1952 yearbook? k.li@example.com'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'll scan pages 4 to 9 and email them to you at k.li@example.com by Friday."],
      [40, 'p', 'thank you'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
];

describeSessions('seventh round (D): near misses, whole sessions', whole);
describeSessions('seventh round (D): near misses, short', short);

/** Labelled, not run: left for a later round (see the report). */
export const LEFT: SessionCase[] = [];

void DAY;

describeLeft('seventh-round-nearmiss', LEFT);
