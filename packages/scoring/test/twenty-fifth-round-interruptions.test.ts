/**
 * Twenty-fifth round, area (A5): INTERRUPTIONS, RETURNS AND PATRONS WHO SOLVE IT THEMSELVES. Patrons step away and come
 * back ("brb", "sorry!! kid was crying", "ok back", "sorry my wifi dropped", "had to take a call"), find the answer
 * themselves mid-search ("oh wait nvm found it on your website", "its right there on my receipt lol"), change their
 * question halfway ("actually forget that, what i really need is…"), answer their own question, or leave to come back
 * another time ("I have to go pick up my son. I'll ask again tomorrow"); providers are interrupted too ("Sorry, I have a
 * patron at the desk", "My computer just froze, one sec", "so sorry for the wait, we're swamped tonight", "I have to step
 * away for a meeting, I'm transferring you"), check in mid-chat (outside the final idle) and welcome a patron back.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - any patron message starts waiting on the provider, "brb" and "ok back" included (the Terms make no exception; older
 *   rounds read it so too); a provider message that is no hold ("Sure, take your time!", "No problem!", an idle
 *   check-in) ends it, and so does a check-in sent long after: "Hi, are you still there?" 160 s after the patron's "brb"
 *   ends a 160 s span (keep_informed fails) and starts the final idle;
 * - patron messages during a wait do not restart it: "hello? are you still there?" sent during a hold leaves the span
 *   measured from the hold;
 * - "So sorry for the delay, we're swamped tonight!" alone apologises, but neither says the provider is looking something
 *   up nor asks the patron to wait: no hold, so waiting on the patron begins there; "… I'll be with you in a moment" asks
 *   the patron to wait, a hold. "Sorry, I have a patron at the desk, I'll be right with you" and "my computer just froze,
 *   one sec" ask the patron to wait: holds. "Still rebooting, thanks for hanging in there" says the wait goes on: a hold;
 * - "Welcome back!" welcomes the patron: as one of the first two visible provider messages it greets; as the third it is
 *   too late for approachability.greeting. "Welcome back! Is there anything else I can help you with?" after the answer
 *   asks whether the patron needs anything else (it is no fresh opening);
 * - a patron who finds the answer alone: when the provider had only greeted and held, and then says goodbye ("Ha, perfect!
 *   Thanks for chatting with us, have a great day!", a goodbye as a whole message), there is no substantive exchange and
 *   the information checks are na; when the provider had asked a clarifying question, or sends a message that is none of
 *   the Terms' exceptions ("Oh good, glad you found it."), there is one, and info.source fails without a source;
 * - "never mind, I found it on your website, thanks!" and "I'll ask again tomorrow" do not say, explicitly, that the
 *   patron is done; "nvm found it, that's all I needed" and "gotta run, but that's everything I needed" do;
 * - a clarifying question about the question the patron later abandoned ("actually forget that, what i really need is…")
 *   is still a question about the patron's need, asked before the first source;
 * - "Looks like you had to step away, so I'll close this chat now" tells the patron they seem to have gone and that the
 *   session will end (a disconnect notice); "Are you still there? Feel free to come back anytime!" asks whether the patron
 *   is still there, so it is no goodbye (the final idle runs on to the session's end), though it invites them back
 *   (closing.courteous reads "invites them back" in the provider's last two messages, not the Goodbye term);
 * - "My shift is over, so I have to go now. Bye." ends the help for the provider's convenience without a way back;
 *   "…you're welcome to start a new chat and a colleague will pick it up" offers one.
 * The short cases after "written after the first run" were added once the first 89 had run, looking for what the scorer
 * might still read wrongly in this area (their labels, too, from RUBRIC.md only).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, at, describeSessions, FU_ME, type Line, other, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR = 3600;
const BEN = who('Ben Ortiz', 'ben');

export const whole: SessionCase[] = [
  // ---- patrons who step away and come back -------------------------------------------------------------------------------
  {
    name: 'Ridgeview PL, weekend storytime: the patron answers the "Is that what you were looking for?" 282 s later ("sorry!! kid was crying"): waiting on the patron, good session',
    lines: [
      [0, 'p', "hi i'm trying to find out if you have any toddler storytimes on weekends"],
      [34, 'l', 'Good morning! This is Keisha at the Ridgeview Public Library. Happy to help.'],
      [41, 'l', 'Which branch is closest to you, and how old is your little one?'],
      [95, 'p', 'downtown, shes 2'],
      [102, 'l', 'Let me pull up the events calendar.'],
      [188, 'l', "Downtown has Toddler Time on Saturdays at 10:30 for ages 1-3, in the children's room. The full schedule is at ridgeviewlibrary.org/events. Is that what you were looking for?"],
      [470, 'p', 'sorry!! kid was crying. yes thats perfect'],
      [478, 'l', 'No worries at all! Anything else I can help with?'],
      [500, 'p', 'no thats it thank u'],
      [505, 'l', 'Thanks for chatting, enjoy storytime!'],
    ],
    exp: usual(),
  },
  {
    // reading: "hang on someone's at the door" is a patron message: waiting on the provider from 52 s to the answer at 241 s
    name: 'Glenwood Library, a new Percy Jackson: "print. hang on someone\'s at the door" then "ok back sorry" 178 s later; nothing from the provider for 189 s: keep_informed fails',
    lines: [
      [0, 'p', 'Do you have the new Percy Jackson book? the one that just came out'],
      [25, 'l', "Hi! You've reached Ask a Librarian at Glenwood Library, I'm Tariq."],
      [30, 'l', 'Are you looking for a print copy, or is an ebook okay?'],
      [52, 'p', "print. hang on someone's at the door"],
      [230, 'p', 'ok back sorry'],
      [241, 'l', 'No problem! We have 6 copies of Percy Jackson and the Wrath of the Triple Goddess, all checked out with 14 holds. You can place a hold at glenwood.bibliocommons.com. Does that answer your question?'],
      [280, 'p', 'ugh ok yeah. thats all i needed'],
      [285, 'l', 'Thanks for using Ask a Librarian. Happy reading!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "Sure thing, take your time." is no hold; the 256 s until the card number is waiting on the patron
    name: 'Maplewood Library, Libby says the card is invalid: "oh shoot its in my car, one sec", "Sure thing, take your time.", back 256 s later: all pass',
    lines: [
      [0, 'p', 'hey my libby app says my card is invalid?? it worked last week'],
      [29, 'l', "Hi there, thanks for contacting the Maplewood Library! I'm Owen."],
      [35, 'l', 'Sorry about that! Does the error show when you sign in, or when you try to borrow? And could you give me your card number so I can check your account?'],
      [61, 'p', 'when i borrow. oh shoot its in my car, one sec'],
      [66, 'l', 'Sure thing, take your time.'],
      [322, 'p', 'ok got it 21982004417720'],
      [331, 'l', 'Thanks! Let me look that up.'],
      [398, 'l', "Found it: your card expired on the 1st. I've renewed it for another 3 years, so Libby should work again once you remove the card and add it back. The card FAQ is at maplewoodlib.org/card. Did that fix it?"],
      [440, 'p', 'yes it works now!! thats all i needed'],
      [446, 'l', 'Great! Thanks for chatting with Maplewood, enjoy your books.'],
    ],
    exp: usual(),
  },
  {
    // reading: the check-in at 215 s is mid-chat (the patron answers it), so it is no final idle's
    name: 'Northgate University, a Tesla 10-K: "Hi, are you still there?" 136 s after the EDGAR answer, "sorry my wifi dropped!!", then done: no final idle',
    lines: [
      [0, 'p', 'I need the 2019 annual report for Tesla, the 10-K'],
      [22, 'l', 'Good afternoon! Alvarez here, business librarian at Northgate University Library.'],
      [28, 'l', 'Do you need the full 10-K filing, or just the financial statements from it?'],
      [70, 'p', 'full filing'],
      [79, 'l', 'You can get it free from SEC EDGAR: go to sec.gov/edgar, search Tesla, and filter for 10-K, the one filed in February 2020 covers fiscal 2019. Does that get you what you need?'],
      [215, 'l', 'Hi, are you still there?'],
      [262, 'p', 'sorry my wifi dropped!! yes got it, the EDGAR link works'],
      [270, 'l', 'Good to hear. Anything else I can help with?'],
      [300, 'p', 'no thats everything'],
      [306, 'l', 'Thanks for chatting, good luck with the project!'],
    ],
    exp: usual(),
  },
  {
    name: 'Kent District Library, printing from a phone: "brb gotta grab my card", "No problem!" 6 s later, "back" at 300 s, "Welcome back! Is there anything else I can help you with?"',
    lines: [
      [0, 'p', 'Can I print from my phone at the library'],
      [27, 'l', 'Good morning! Thanks for contacting the Kent District Library, this is Priya.'],
      [33, 'l', 'Which branch will you be printing at, and is it black and white or color?'],
      [65, 'p', 'Cascade, b&w'],
      [74, 'l', 'Yes! Use the Mobile Print page at kdl.org/print: upload your file, enter your card number, then release the job at the Cascade print station (10 cents a page). Does that answer your question?'],
      [110, 'p', 'yes! brb gotta grab my card to check the number'],
      [116, 'l', 'No problem!'],
      [300, 'p', 'back'],
      [306, 'l', 'Welcome back! Is there anything else I can help you with?'],
      [330, 'p', "nope that's everything, ty"],
      [336, 'l', 'You\'re welcome, have a great day!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Welcome back!" is the second visible provider message, so the greeting is within the first two; the hold at
    // 18 s opened the wait and the patron's "sorry brb" / "ok back" did not restart it (88 s)
    name: 'Westbury Library, study rooms: "This is Dev … one moment while I read your question", "sorry brb", "ok back", "Welcome back! …" as the second provider message: greeting passes',
    lines: [
      [0, 'p', 'Hi, do you have study rooms at the Main library?'],
      [18, 'l', 'This is Dev at the Westbury Library help desk, one moment while I read your question.'],
      [25, 'p', 'sorry brb'],
      [100, 'p', 'ok back'],
      [106, 'l', 'Welcome back! Are you looking to book a room for today, and for how many people?'],
      [170, 'p', 'today, 4 of us'],
      [178, 'l', 'Main has 4-person rooms you can book same-day at westburylibrary.org/rooms, for up to 2 hours; right now 3pm and 4pm are open. Does that answer your question?'],
      [205, 'p', 'yes booked 3pm, thats all'],
      [210, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Hi, are you still there?" 160 s after "oh hold on brb" is the first provider message after it: the span it
    // ends is 160 s, and the final idle (it to the goodbye) is only 70 s. The clarifying question makes the exchange
    // substantive, and no source ever came
    name: 'Sacramento PL, a 1998 marriage certificate: "oh hold on brb" and no reply for 160 s, then a check-in and a goodbye notice 70 s later: keep_informed fails, no idle checks',
    lines: [
      [0, 'p', 'I need a copy of my marriage certificate from 1998, married in Sacramento'],
      [33, 'l', "Hello! This is Kim with the Sacramento Public Library's Ask Us chat."],
      [39, 'l', 'Were you married in Sacramento County itself, and do you need a certified copy or an informational one?'],
      [100, 'p', 'yes sac county, certified i think, its for the DMV. oh hold on brb'],
      [260, 'l', 'Hi, are you still there?'],
      [330, 'l', "It looks like you've stepped away, so I'll close this chat. Come back anytime!"],
    ],
    exp: usual({ informed: 'fail', source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Tulsa City-County, an overdue renewal: a mid-chat "Are you still there? I\'ll close the chat if I don\'t hear back…", "im here!! sorry, my toddler", the patron\'s "bye!" last',
    lines: [
      [0, 'p', 'can I renew a book thats already overdue'],
      [30, 'l', 'Hi! This is Carmen with the Ask a Librarian service at Tulsa City-County Library.'],
      [36, 'l', 'How many days overdue is it, and does anyone have a hold on it, as far as you know?'],
      [215, 'l', "Are you still there? I'll close the chat if I don't hear back in a couple of minutes."],
      [262, 'p', 'im here!! sorry, my toddler. its like 3 days over, no holds i think'],
      [270, 'l', 'Thanks! Items up to 3 weeks overdue can still be renewed if nobody is waiting for them: sign in at tulsalibrary.org, then My Account > Checked Out > Renew. Does that answer your question?'],
      [300, 'p', 'yep got it renewed, thats all i needed'],
      [305, 'l', 'Great, thanks for chatting — bye!'],
      [312, 'p', 'bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Brookline PL, a book club pick: the patron silent 143 s after the question, "Still there? No rush!", "sorry yes! had to take a call", book club kits: good session',
    lines: [
      [0, 'p', 'looking for a good book for my book club, something like Lessons in Chemistry'],
      [36, 'l', "Hi there! I'm Jonah, a librarian at Brookline Public Library."],
      [42, 'l', 'What did your group like most about Lessons in Chemistry: the humor, the 1960s setting, or the strong woman lead? And how many copies do you need?'],
      [185, 'l', 'Still there? No rush!'],
      [230, 'p', "sorry yes! had to take a call. the humor and the main character mostly, we're 8 people"],
      [240, 'l', 'Got it. Try "Remarkably Bright Creatures" by Shelby Van Pelt or "The Guncle" by Steven Rowley; we have book club kits of both (8-10 copies each) you can request at brooklinelibrary.org/bookclub. Would either of those work for your group?'],
      [290, 'p', 'ooh the octopus one! yes perfect'],
      [296, 'l', 'Great pick. Anything else I can help you with today?'],
      [320, 'p', "no that's all, thanks so much"],
      [326, 'l', 'My pleasure, thanks for chatting and happy reading!'],
    ],
    exp: usual(),
  },
  // ---- patrons who find it themselves, change their question, or leave ----------------------------------------------------
  {
    // reading: the clarifying question makes the exchange substantive; the patron found the hours, the provider never gave
    // a source or an answer, so info.source and completeness fail
    name: 'Pierce County, Friday hours: "Do you mean Eastgate in Tacoma or …?", a hold, "oh wait nvm found it on your website, 6pm": source and completeness fail',
    lines: [
      [0, 'p', 'what time does the eastgate branch close on fridays'],
      [31, 'l', 'Hi! This is Mei with Ask Us at Pierce County Library.'],
      [36, 'l', 'Do you mean the Eastgate branch in Tacoma or the Eastgate Mall pickup lockers?'],
      [70, 'p', 'the branch'],
      [76, 'l', 'One moment, let me pull up the hours.'],
      [110, 'p', 'oh wait nvm found it on your website, 6pm. thanks!'],
      [117, 'l', 'Oh great, glad you found it! Is there anything else I can help with?'],
      [140, 'p', 'nope thats all'],
      [146, 'l', 'Thanks for chatting with us, have a good evening!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail' }),
  },
  {
    // reading: the provider greeted (with a hold) and said goodbye, nothing else: no substantive exchange
    name: 'Lakeside Library, DVD loan period: "Hi, thanks for reaching out … one moment while I check", "oh wait nevermind its right there on my receipt lol", a goodbye: information checks na',
    lines: [
      [0, 'p', 'how long can i keep dvds'],
      [24, 'l', 'Hi, thanks for reaching out to the Lakeside Library! This is Marco, one moment while I check.'],
      [70, 'p', 'oh wait nevermind its right there on my receipt lol, 7 days'],
      [78, 'l', 'Ha, perfect! Thanks for chatting with us, have a great day!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass',
      idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // reading: the question about tax forms was about the patron's need at the time; the restatement counts too
    name: 'Elmwood PL, tax forms then "actually forget that, what i really need is my 2022 tax return": restated, IRS transcript and Form 4506 pages: good session',
    lines: [
      [0, 'p', 'hi do you guys have tax forms'],
      [40, 'l', "Hello! Welcome to Ask Elmwood, you're chatting with Greta from Elmwood Public Library."],
      [46, 'l', 'Are you looking for federal forms, state forms, or both?'],
      [88, 'p', 'actually forget that, what i really need is my 2022 tax return, i lost my copy'],
      [96, 'l', 'Sure! So you need a copy of a federal return you already filed?'],
      [130, 'p', 'yes federal'],
      [138, 'l', 'You can download a free transcript (a summary) from your IRS Online Account at irs.gov/account, or order an exact copy with Form 4506 (irs.gov/forms-pubs/about-form-4506), which costs $30. Does that answer your question?'],
      [180, 'p', "yes perfect, that's everything"],
      [186, 'l', 'Thanks for contacting Ask Elmwood, good luck!'],
    ],
    exp: usual(),
  },
  {
    // reading: "I'll ask again tomorrow" does not say the patron is done; the hold's span (128 s to 224 s) is 96 s, the
    // patron's message at 215 s not restarting it
    name: 'Queens PL, an Ellis Island ship list: the provider searching, "I\'m so sorry, I have to go pick up my son. I\'ll ask again tomorrow": no source, no completeness, no "anything else"',
    lines: [
      [0, 'p', "Hello, I'm researching my great-grandfather who came through Ellis Island in 1907, where would I find the ship list"],
      [45, 'l', "Good evening, I'm Farah, a reference librarian with the Queens Public Library chat service."],
      [52, 'l', 'Do you know the name he traveled under and roughly which month he arrived?'],
      [120, 'p', 'Giuseppe Russo, maybe spring'],
      [128, 'l', 'Let me see what I can find, this may take a few minutes.'],
      [215, 'p', "I'm so sorry, I have to go pick up my son. I'll ask again tomorrow"],
      [224, 'l', 'No problem at all! Feel free to come back anytime. Take care!'],
    ],
    over: { resolutionCode: 'Unanswered' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Baltimore County PL, a PIN reset the patron works out ("oh wait i think its the forgot pin link… yep that worked lol"), the provider confirms with a link: no question before the source',
    lines: [
      [0, 'p', 'how do i reset my pin for the library app'],
      [21, 'l', 'Hi there, Ask Us Now at Baltimore County Public Library, Janelle speaking!'],
      [50, 'p', 'oh wait i think its the forgot pin link on the login page. yep that worked lol'],
      [58, 'l', "Perfect, that's the one! If it ever doesn't send the email, the steps are on bcpl.info/pin. Did that help?"],
      [80, 'p', 'yes thanks thats all'],
      [85, 'l', 'Thanks for chatting with BCPL, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Columbus Metro, backyard hens: a partial result "… I\'m still checking whether you need a permit, one moment", "ahh I have to run into a meeting, can you email me", "by tomorrow noon"; sent at 20 h',
    lines: [
      [0, 'p', "Hi, I need Ohio's laws on backyard chickens in city limits, specifically Columbus"],
      [38, 'l', "Good morning! I'm Hank, a librarian with Columbus Metropolitan Library's Ask a Librarian."],
      [45, 'l', 'Are you looking for the state rules or just the Columbus city code? And is this for keeping hens, or roosters too?'],
      [100, 'p', 'just columbus, hens'],
      [108, 'l', 'Let me look into the city code for you.'],
      [200, 'l', "So far: Columbus City Code 221.05 covers fowl within city limits, it's on library.municode.com/oh/columbus. I'm still checking whether you need a permit, one moment."],
      [232, 'p', 'ahh I have to run into a meeting, can you email me what you find?'],
      [240, 'l', "Of course! What's the best email?"],
      [262, 'p', 'd.whitfield@columbus.rr.com'],
      [270, 'l', "Thanks, I have d.whitfield@columbus.rr.com. I'll email you the permit details by tomorrow noon."],
      [285, 'p', 'great thank you!!'],
      [290, 'l', 'Thanks for reaching out, talk soon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(290 + 20 * HOUR), by: 'jo', note: 'permit rules emailed' }] },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  // ---- providers who are interrupted ------------------------------------------------------------------------------------
  {
    name: 'Sunnyvale PL, composting: "Sorry, I have a patron at the desk, one moment and I\'ll be right with you." (a hold) and the book 115 s later: keep_informed passes',
    lines: [
      [0, 'p', 'do you have any books on composting for beginners?'],
      [19, 'l', "Hi! I'm Rosa at the Sunnyvale Public Library chat."],
      [24, 'l', 'Is this for a backyard bin, or something small like an apartment balcony?'],
      [58, 'p', 'apartment, so small'],
      [66, 'l', "Sorry, I have a patron at the desk, one moment and I'll be right with you."],
      [181, 'l', 'Thanks for waiting! Try "Compost City: Practical Composting Know-How for Small-Space Living" by Rebecca Louie, we have 2 copies at Main. Would that work for you?'],
      [225, 'p', "yes sounds great, that's all I needed!"],
      [230, 'l', 'Wonderful, thanks for using Sunnyvale chat and happy composting!'],
    ],
    exp: usual(),
  },
  {
    name: 'Eastern Tech College, APA for a YouTube video: "Sure. My computer just froze, one sec..." then 131 s: keep_informed fails',
    lines: [
      [0, 'p', 'hi, I need the APA citation format for a YouTube video'],
      [26, 'l', "Hello, you're chatting with Sam at the Eastern Tech College Library."],
      [31, 'l', 'Do you know if your instructor wants APA 7th edition?'],
      [60, 'p', 'yes 7th'],
      [67, 'l', 'Sure. My computer just froze, one sec...'],
      [198, 'l', 'Sorry about that! For APA 7: Author or Channel. (Year, Month Day). Title of video [Video]. YouTube. URL. Purdue OWL has examples at owl.purdue.edu (search "APA YouTube"). Does that answer your question?'],
      [240, 'p', "yep thank you that's all"],
      [246, 'l', "You're welcome, thanks for chatting!"],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Fairmont PL, a museum pass: picked up at 75 s with "Hi, so sorry for the wait, we\'re swamped tonight! This is Rhea …": pickup fails',
    lines: [
      [0, 'p', 'how do I get a museum pass?'],
      [75, 'l', "Hi, so sorry for the wait, we're swamped tonight! This is Rhea with Fairmont Public Library."],
      [81, 'l', 'Which museum are you hoping to visit, and do you already have a Fairmont library card?'],
      [120, 'p', 'the science center, yes i have a card'],
      [128, 'l', 'Museum passes are reserved online at fairmontlibrary.org/museum-passes: log in with your card, pick the Science Center and a date, then print the pass. Did that help?'],
      [160, 'p', "yes thank u that's all"],
      [165, 'l', 'Thanks for contacting us, enjoy the museum!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'Austin PL, a GED: "Sorry for the wait, juggling a few chats tonight." 150 s after the patron\'s answer, three other chats open: keep_informed and concurrency fail',
    lines: [
      [0, 'p', "what's the cheapest way to get a GED in texas"],
      [24, 'l', "Hi! Thanks for contacting Austin Public Library, you're chatting with Beto."],
      [30, 'l', 'Are you over 18, and are you looking for classes to prepare or just to take the test?'],
      [66, 'p', 'im 24. both'],
      [216, 'l', 'Sorry for the wait, juggling a few chats tonight. Free GED prep classes are listed at library.austintexas.gov/adult-ed, and the test itself is booked at ged.com ($145 in Texas). Would that work for you?'],
      [250, 'p', 'yeah, thats everything thank you'],
      [256, 'l', "You're welcome, thanks for chatting and good luck!"],
    ],
    ctx: { otherIntervals: [other('a5-ged-a', 'jo', -100, 400), other('a5-ged-b', 'jo', 10, 500), other('a5-ged-c', 'jo', 60, 280)] },
    exp: usual({ informed: 'fail', concurrency: 'fail' }),
  },
  {
    name: 'Westbrook University, climate anxiety articles: "I have to step away for a meeting … transferring you to my colleague Ben", a note, Ben answers 72 s after the announcement',
    lines: [
      [0, 'p', 'i need help finding articles on climate anxiety in teens for my psych class'],
      [31, 'l', "Hi, I'm Jo at the Westbrook University Library. What level is the class, and do the articles need to be peer reviewed?"],
      [80, 'p', '200 level, yes peer reviewed'],
      [88, 'l', "Got it. I have to step away for a meeting in a minute, so I'm transferring you to my colleague Ben, who knows the psychology databases well. One moment."],
      [92, 'i', '@Ben psych 200 student, peer-reviewed articles on climate anxiety in teens. I have to leave for a meeting.'],
      [95, 's', 'Chat transferred to Ben Ortiz', sys('transfer', 'ben')],
      [160, 'l', 'Hi, Ben here! Try PsycINFO (westbrook.edu/databases, under P) with climate AND (anxiety OR distress) AND adolescen*, limited to peer reviewed. Does that help?', BEN],
      [205, 'p', 'yes that gives me a bunch, thats all i needed'],
      [211, 'l', 'Great, thanks for using the chat!', BEN],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "I'll be in touch." says no when; the e-mail is read back
    // v26 A5 `pageAfterYearA5`: "the History of Clinton County (1882), page 214" was no source (v1 reads "page N of <title>")
    name: 'Clinton Township, the Old Mill: "So sorry, I have a line forming at the desk … I\'ll email you the page", "I\'ll be in touch." (no when); not yet sent',
    lines: [
      [0, 'p', 'Does the library have any info on the history of the Old Mill on River Road? built 1850s i think'],
      [40, 'l', "Hi, welcome to Ask Clinton! I'm Nora, a librarian at Clinton Township Library."],
      [47, 'l', 'Are you interested in who built it and when, or photos and later uses too?'],
      [90, 'p', 'mostly who built it and when'],
      [98, 'l', 'Let me check our local history files.'],
      [190, 'l', "So sorry, I have a line forming at the desk. I found a mention in the History of Clinton County (1882), page 214; I'll email you that page and whatever else I find. What's your email?"],
      [215, 'p', 'sure, its tom.reyes55@gmail.com'],
      [222, 'l', "Thanks, tom.reyes55@gmail.com. I'll be in touch."],
      [240, 'p', 'thanks!'],
      [246, 'l', 'Thank you for your patience, bye for now!'],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- patrons who never come back -------------------------------------------------------------------------------------------
  {
    name: 'Haverford Township, the NYT from home: "sorry my wifi is acting up", the answer, a check-in at 125 s, "It seems we\'ve lost you, so I\'ll close this chat now. Please come back anytime!" at 186 s',
    lines: [
      [0, 'p', 'is there a way to get the NYT for free through the library'],
      [33, 'l', "Hello! You've reached Ask a Librarian at Haverford Township Free Library. I'm Dee."],
      [39, 'l', 'Do you want to read it on your phone or computer, at home or in the library?'],
      [80, 'p', 'at home on my laptop. sorry my wifi is acting up'],
      [88, 'l', 'Let me grab the link for you.'],
      [150, 'l', 'You can get a free 72-hour pass at haverfordlibrary.org/nyt: log in with your card and it renews every 3 days. Does that help?'],
      [275, 'l', 'Are you still with me?'],
      [336, 'l', "It seems we've lost you, so I'll close this chat now. Please come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Springfield-Greene County, 1985 yearbooks: a check-in, then "I\'ll close this chat for now. Thanks for contacting the library…" 178 s into the final idle: check-in passes, too short for the notice',
    lines: [
      [0, 'p', 'where can I find old yearbooks from Central High class of 1985'],
      [42, 'l', 'Hi, this is Walt at the Springfield-Greene County Library, welcome!'],
      [48, 'l', 'Are you hoping to look at one in person, or would a digital copy work?'],
      [90, 'p', 'digital if possible'],
      [97, 'l', 'Our Local History collection has Central High yearbooks from 1920 to 1999 digitized at thelibrary.org/yearbooks: choose Central, then 1985. Is that what you were looking for?'],
      [225, 'l', 'Hello? Are you still there?'],
      [275, 'l', "I'll close this chat for now. Thanks for contacting the library, feel free to chat again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    // reading: "Sure, take your time!" is no hold, so the final idle begins there (116 s) and runs to the goodbye (204 s)
    name: 'Arapahoe Libraries, HeritageQuest from home: "hold on let me try logging in", "Sure, take your time!", a check-in, "Looks like you\'ve stepped away, so I\'m going to close this chat…": both pass',
    lines: [
      [0, 'p', 'how do i use ancestry from home'],
      [28, 'l', 'Hi! This is Lou with the Ask Us team at Arapahoe Libraries.'],
      [34, 'l', 'Do you have an Arapahoe library card, and are you trying Ancestry Library Edition specifically?'],
      [70, 'p', 'yes and yes'],
      [78, 'l', "Ancestry Library Edition only works inside our buildings, sadly. From home, try HeritageQuest Online at arapahoelibraries.org/research, log in with your card. Did that help?"],
      [110, 'p', 'hold on let me try logging in'],
      [116, 'l', 'Sure, take your time!'],
      [250, 'l', 'Were you able to get in? Are you still there?'],
      [320, 'l', "Looks like you've stepped away, so I'm going to close this chat. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "hello??" is a second patron message, so Lost Call is the wrong code; the provider only greeted, checked in
    // and said goodbye: no substantive exchange
    name: 'Bangor PL, passport photos: the question, "hello??" at 70 s, a greeting at 85 s, a check-in and a disconnect notice; coded Lost Call: pickup and code fail',
    lines: [
      [0, 'p', 'do you do passport photos'],
      [70, 'p', 'hello??'],
      [85, 'l', "Hi, sorry for the wait! I'm Ana with the Bangor Public Library."],
      [220, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected, so I'm ending the chat. Please feel free to reach out again!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass',
      idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // reading: the notice neither thanks, says goodbye nor invites back, so the final idle runs to the session's end (200 s)
    // and neither of the last two provider messages is courteous
    name: 'Chicago PL, a Cook County assessment appeal: only the question; greeting, "Are you still there?", "It seems you\'ve disconnected. I\'m ending this session now.": Lost Call right, courteous fails',
    lines: [
      [0, 'p', 'hi im looking for the form to appeal a property tax assessment in cook county'],
      [40, 'l', "Hello, welcome to Ask a Librarian! I'm Marcus, a librarian at Chicago Public Library."],
      [170, 'l', 'Are you still there?'],
      [235, 'l', "It seems you've disconnected. I'm ending this session now."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'fail',
      idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
];

// A patron asks about a backyard shed; the provider greets and asks one clarifying question.
const SHED: Line[] = [
  [0, 'p', 'do you have anything on building a backyard shed? permits too'],
  [22, 'l', 'Hi! I am Lena at the Oak Ridge Public Library. Is this in the city or the county?'],
  [50, 'p', 'city'],
];
const SHED_ANSWER = 'For the build, try "Building Sheds" by Dave Bowers (2 copies at Main). City permits are explained at oakridgetn.gov/permits.';
const SHED_DONE = `${SHED_ANSWER} Does that help?`;

export const short: SessionCase[] = [
  // ---- waiting on the provider around a patron who steps away -------------------------------------------------------------
  {
    name: '"brb, someone at the door" and the provider\'s next message 121 s later: keep_informed fails',
    lines: [...SHED, [58, 'l', SHED_DONE], [90, 'p', 'brb, someone at the door'], [211, 'l', 'Let me know if you have any other questions!'], [240, 'p', 'back, thanks that helps']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "brb, someone at the door" and the provider\'s next message 120 s later: keep_informed passes',
    lines: [...SHED, [58, 'l', SHED_DONE], [90, 'p', 'brb, someone at the door'], [210, 'l', 'Let me know if you have any other questions!'], [240, 'p', 'back, thanks that helps']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the patron\'s "ok cool brb gotta grab a pen" is the last message, the session ends 400 s later: the open span does not count, no final idle',
    lines: [...SHED, [58, 'l', SHED_DONE], [90, 'p', 'ok cool brb gotta grab a pen']],
    over: { endAfter: 400 },
    exp: some({ informed: 'pass', idle: 'na', disconnect: 'na' }),
  },
  {
    // reading: the patron's "hello? are you still there?" during the hold does not restart the wait
    name: '"hello? are you still there?" 90 s into a hold; the answer 115 s after the hold: keep_informed passes',
    lines: [...SHED, [57, 'l', 'Let me check the catalog.'], [147, 'p', 'hello? are you still there?'], [172, 'l', SHED_DONE], [200, 'p', 'yes thanks']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss: the same "hello? are you still there?", the answer 125 s after the hold: keep_informed fails',
    lines: [...SHED, [57, 'l', 'Let me check the catalog.'], [147, 'p', 'hello? are you still there?'], [182, 'l', SHED_DONE], [210, 'p', 'yes thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: a check-in is a provider message: it ends the span the patron's last message began
    name: '"Sorry, got pulled away for a sec, still there?" 141 s after the patron\'s answer: keep_informed fails',
    lines: [...SHED, [191, 'l', 'Sorry, got pulled away for a sec, still there?'], [210, 'p', 'yes'], [218, 'l', SHED_DONE], [240, 'p', 'great thanks']],
    exp: some({ informed: 'fail' }),
  },
  // ---- holds when the provider is interrupted ---------------------------------------------------------------------------------
  {
    name: '"I\'m helping someone at the desk, I\'ll be right back" is a hold; the answer 115 s later: keep_informed passes',
    lines: [...SHED, [56, 'l', "I'm helping someone at the desk, I'll be right back."], [171, 'l', SHED_DONE], [200, 'p', 'thanks']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"I need to step away for a moment, please hold." then 121 s: keep_informed fails',
    lines: [...SHED, [56, 'l', 'I need to step away for a moment, please hold.'], [177, 'l', SHED_DONE], [200, 'p', 'thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"ugh my computer just froze, bear with me", "Still rebooting, thanks for hanging in there" 100 s later, the answer 110 s after that: keep_informed passes',
    lines: [...SHED, [55, 'l', 'ugh my computer just froze, bear with me'], [155, 'l', 'Still rebooting, thanks for hanging in there'], [265, 'l', SHED_DONE], [290, 'p', 'no worries, thanks']],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: the apology alone asks nothing of the patron and announces no search: no hold, so the 125 s after it are
    // waiting on the patron
    name: '"So sorry for the delay, we\'re swamped tonight!" (no hold) 110 s after the patron, the answer 125 s later: keep_informed passes',
    lines: [...SHED, [160, 'l', "So sorry for the delay, we're swamped tonight!"], [285, 'l', SHED_DONE], [310, 'p', 'thanks']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss: "So sorry for the delay, we\'re swamped tonight! I\'ll be with you in a moment." (a hold), the answer 125 s later: keep_informed fails',
    lines: [...SHED, [160, 'l', "So sorry for the delay, we're swamped tonight! I'll be with you in a moment."], [285, 'l', SHED_DONE], [310, 'p', 'thanks']],
    exp: some({ informed: 'fail' }),
  },
  // ---- the first provider messages ------------------------------------------------------------------------------------------
  {
    name: '"Be right with you!" at 58 s is the pickup: pickup passes',
    lines: [[0, 'p', 'do you have anything on building a backyard shed?'], [58, 'l', 'Be right with you!'], [130, 'l', 'Hi, Lena at the Oak Ridge Public Library here. Is this in the city or the county?']],
    exp: some({ pickup: 'pass', greeting: 'pass' }),
  },
  {
    name: 'near miss: "Be right with you!" at 61 s: pickup fails',
    lines: [[0, 'p', 'do you have anything on building a backyard shed?'], [61, 'l', 'Be right with you!'], [130, 'l', 'Hi, Lena at the Oak Ridge Public Library here. Is this in the city or the county?']],
    exp: some({ pickup: 'fail' }),
  },
  {
    name: '"One moment please" then, after an internal note, "Sorry, had a patron at the desk! Hi, I\'m Lena at Oakton Community College Library": greeting passes',
    lines: [
      [0, 'p', 'how do i get a parking pass for the library lot'],
      [20, 'l', 'One moment please'],
      [40, 'i', 'can someone grab the desk phone'],
      [95, 'l', "Sorry, had a patron at the desk! Hi, I'm Lena at Oakton Community College Library. Are you a student or a visitor?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Welcome back!" greets, but as the third provider message it is too late
    name: 'near miss: "Ask Us Now, this is Dev, one moment please", "Which branch do you mean?", then "Welcome back!" third: greeting fails',
    lines: [
      [0, 'p', 'is there a quiet room i can use at the library'],
      [20, 'l', 'Ask Us Now, this is Dev, one moment please.'],
      [30, 'l', 'Which branch do you mean?'],
      [45, 'p', 'brb'],
      [150, 'p', 'back, sorry. the main one'],
      [156, 'l', 'Welcome back! Main has quiet study rooms on the 2nd floor, bookable at westburylibrary.org/rooms.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- "anything else" and a patron who is or is not done -------------------------------------------------------------------
  {
    name: '"Welcome back! What else can I help you with?" after the answer asks: anything else passes',
    lines: [...SHED, [58, 'l', SHED_DONE], [80, 'p', 'yes! brb'], [85, 'l', 'Sure!'], [260, 'p', 'back'], [266, 'l', 'Welcome back! What else can I help you with?'], [290, 'p', 'nothing, thanks'], [295, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: finding it alone and thanking is not saying, explicitly, that there is nothing more
    name: '"oh never mind, I found it on your website already, thanks!" does not say the patron is done: anything else fails',
    lines: [...SHED, [58, 'l', SHED_DONE], [80, 'p', 'oh never mind, I found it on your website already, thanks!'], [86, 'l', 'Great! Take care.']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"nvm found it, that\'s all I needed!" says the patron is done: anything else passes',
    lines: [...SHED, [58, 'l', SHED_DONE], [80, 'p', "nvm found it, that's all I needed!"], [86, 'l', 'Great! Take care.']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"I have to go, I\'ll ask again tomorrow" does not say the patron is done: anything else fails',
    lines: [...SHED, [58, 'l', SHED_DONE], [80, 'p', "I have to go, I'll ask again tomorrow about the foundation part"], [86, 'l', 'Sounds good, come back anytime!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: '"gotta run, but that\'s everything I needed" says the patron is done: anything else passes',
    lines: [...SHED, [58, 'l', SHED_DONE], [80, 'p', "gotta run, but that's everything I needed"], [86, 'l', 'Sounds good, come back anytime!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- substantive exchange ---------------------------------------------------------------------------------------------------
  {
    // v26 A5 `foundItByeA5`: "Glad you found it!" in the goodbye was read as something given (a substantive exchange)
    name: 'a greeting with a hold, "nm found it", "Glad you found it! Take care.": no substantive exchange, information checks na',
    lines: [[0, 'p', 'whats the wifi password at the library'], [25, 'l', 'Hi, Lena at Oak Ridge Public Library, one sec while I look.'], [60, 'p', 'nm found it on the sign lol'], [66, 'l', 'Glad you found it! Take care.']],
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    // reading: "Oh good, glad you found it." is none of the Terms' exceptions, so the exchange is substantive
    name: 'near miss: the same, but "Oh good, glad you found it." then "Have a great day!": substantive, no source, no question',
    lines: [[0, 'p', 'whats the wifi password at the library'], [25, 'l', 'Hi, Lena at Oak Ridge Public Library, one sec while I look.'], [60, 'p', 'nm found it on the sign lol'], [66, 'l', 'Oh good, glad you found it.'], [70, 'l', 'Have a great day!']],
    exp: some({ source: 'fail', clarify: 'fail', complete: 'fail' }),
  },
  {
    // reading: the question about the abandoned request is about the patron's need, before the first source
    name: 'a clarifying question about the first request, then "actually forget that, i need…", the source: clarify passes',
    lines: [
      [0, 'p', 'do you have the newest Consumer Reports car issue'],
      [20, 'l', 'Hi, Lena at the Oak Ridge Public Library here. Do you want the print magazine or online access?'],
      [55, 'p', 'actually forget that, i need the kelley blue book value for my 2014 camry'],
      [63, 'l', 'You can look that up free at kbb.com: enter the year, model, mileage and condition. Does that help?'],
      [90, 'p', 'yes thx'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  // ---- Lost Call --------------------------------------------------------------------------------------------------------------
  {
    name: 'Lost Call with only the question from the patron: code passes',
    lines: [[0, 'p', 'how do i get a library card if im 16'], [35, 'l', 'Hi, Lena at the Oak Ridge Public Library here!'], [170, 'l', 'Are you still there?'], [240, 'l', 'It looks like you have left the chat, so I will close it now. Come back anytime!']],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'pass' }),
  },
  {
    name: 'near miss: Lost Call with "hello?" after the question: code fails',
    lines: [[0, 'p', 'how do i get a library card if im 16'], [30, 'p', 'hello?'], [35, 'l', 'Hi, Lena at the Oak Ridge Public Library here!'], [170, 'l', 'Are you still there?'], [240, 'l', 'It looks like you have left the chat, so I will close it now. Come back anytime!']],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'fail' }),
  },
  // ---- the final idle ---------------------------------------------------------------------------------------------------------
  {
    name: 'the patron returns after "Are you still there?" ("sorry i had to take a call, yes that helps"), then a goodbye: no final idle checks',
    lines: [...SHED, [58, 'l', SHED_DONE], [190, 'l', 'Are you still there?'], [230, 'p', 'sorry i had to take a call, yes that helps'], [236, 'l', 'Great, thanks for chatting!']],
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    // reading: the check-in was answered; the final idle begins at the "anything else?" after the patron's return
    name: 'a mid-chat check-in the patron answered, then "Is there anything else…?" and a goodbye 133 s later: the final idle has no check-in',
    lines: [...SHED, [58, 'l', SHED_DONE], [190, 'l', 'Are you still there?'], [205, 'p', 'yes sorry, that helps!'], [212, 'l', 'Is there anything else I can help you with?'], [345, 'l', 'Thanks for chatting with us, goodbye!']],
    exp: some({ idle: 'fail', disconnect: 'na', anything: 'pass' }),
  },
  {
    name: 'a goodbye 119 s after the answer: final idle too short for the check-in',
    lines: [...SHED, [58, 'l', SHED_DONE], [177, 'l', 'Thanks for chatting, bye!']],
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'near miss: a goodbye 120 s after the answer and no check-in: idle check-in fails',
    lines: [...SHED, [58, 'l', SHED_DONE], [178, 'l', 'Thanks for chatting, bye!']],
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'a check-in and "Looks like you\'ve stepped away, so I\'m closing the chat now. Come back anytime!" 180 s after the answer: both pass',
    lines: [...SHED, [58, 'l', SHED_DONE], [190, 'l', 'Are you still there?'], [238, 'l', "Looks like you've stepped away, so I'm closing the chat now. Come back anytime!"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: the same notice 179 s after the answer: the notice is not due',
    lines: [...SHED, [58, 'l', SHED_DONE], [190, 'l', 'Are you still there?'], [237, 'l', "Looks like you've stepped away, so I'm closing the chat now. Come back anytime!"]],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: "Sure!" is no hold, so the final idle begins there; the notice asks nothing
    // v26 A5 `seemGone`: "Looks like you had to step away" was no disconnect notice
    name: 'the patron\'s last "oh wait brb, my dog got out", "Sure!", then "Looks like you had to step away, so I\'ll close this chat now…" 200 s later: no check-in, notice passes',
    lines: [...SHED, [58, 'l', SHED_DONE], [90, 'p', 'oh wait brb, my dog got out'], [95, 'l', 'Sure!'], [295, 'l', "Looks like you had to step away, so I'll close this chat now. Feel free to come back anytime!"]],
    exp: some({ idle: 'fail', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // reading: a message that asks whether the patron is still there is no goodbye, so the idle runs to the end (200 s);
    // it still invites the patron back
    name: '"Are you still there? Feel free to come back anytime!" 142 s after the answer, the session ending 60 s later: check-in passes, the notice is missing',
    lines: [...SHED, [58, 'l', SHED_DONE], [200, 'l', 'Are you still there? Feel free to come back anytime!']],
    over: { endAfter: 58 },
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'pass' }),
  },
  // ---- dismissal and follow-ups -----------------------------------------------------------------------------------------------
  {
    name: '"My shift is over, so I have to go now. Bye." ends the help without a way back: dismissal fails',
    lines: [...SHED, [57, 'l', 'Let me check the catalog.'], [140, 'l', 'My shift is over, so I have to go now. Bye.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "My shift is ending, but you\'re welcome to start a new chat and a colleague will pick it up. Bye!": dismissal passes',
    lines: [...SHED, [57, 'l', 'Let me check the catalog.'], [140, 'l', "My shift is ending, but you're welcome to start a new chat and a colleague will pick it up. Bye!"]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"i have to leave for work, can you email me?" then "I\'ll email the permit checklist to jpark@gmail.com by Thursday": contact passes',
    lines: [...SHED, [57, 'l', 'Let me check the permit office site.'], [100, 'p', 'i have to leave for work, can you email me? jpark@gmail.com'], [108, 'l', "Of course. I'll email the permit checklist to jpark@gmail.com by Thursday."], [120, 'p', 'thank you!']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll email you at jpark@gmail.com when I find it" says no when: contact fails',
    lines: [...SHED, [57, 'l', 'Let me check the permit office site.'], [100, 'p', 'i have to leave for work, can you email me? jpark@gmail.com'], [108, 'l', "Of course. I'll email you at jpark@gmail.com when I find it."], [120, 'p', 'thank you!']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  // ---- written after the first run, looking for what the scorer might still read wrongly in this area ---------------------
  {
    // reading: the only provider message is a greeting that holds; there is no provider message after the patron's last
    // that is not a hold, so there is no final idle
    name: 'the only provider message "Hi, this is Jo at Peoria Public Library, let me check on that for you." and the session ends 300 s later: no final idle, nothing courteous',
    lines: [[0, 'p', 'do you have the 2024 tax booklet for illinois?'], [25, 'l', 'Hi, this is Jo at Peoria Public Library, let me check on that for you.']],
    over: { endAfter: 300, resolutionCode: 'Lost Call' },
    exp: some({ informed: 'na', idle: 'na', disconnect: 'na', courteous: 'fail', code: 'pass' }),
  },
  {
    // reading: the patron's "nvm gtg" during the hold neither ends nor restarts the wait
    name: '"Let me check the catalog.", the patron\'s "nvm gtg, sorry!" 63 s later, the answer anyway 121 s after the hold: keep_informed fails, the final idle 5 s',
    lines: [...SHED, [57, 'l', 'Let me check the catalog.'], [120, 'p', 'nvm gtg, sorry!'], [178, 'l', SHED_DONE]],
    exp: some({ informed: 'fail', idle: 'na', anything: 'fail' }),
  },
  {
    name: 'near miss: the same, the answer 120 s after the hold: keep_informed passes',
    lines: [...SHED, [57, 'l', 'Let me check the catalog.'], [120, 'p', 'nvm gtg, sorry!'], [177, 'l', SHED_DONE]],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the patron back after the disconnect notice ("no wait im here!! sorry my wifi dropped"), "Welcome back! Is there anything else…?", done: no final idle checks',
    lines: [
      ...SHED,
      [58, 'l', SHED_DONE],
      [190, 'l', 'Are you still there?'],
      [250, 'l', "It looks like you've disconnected, so I'll close this chat. Come back anytime!"],
      [262, 'p', 'no wait im here!! sorry my wifi dropped. yes that helps'],
      [270, 'l', 'Welcome back! Is there anything else I can help you with?'],
      [290, 'p', 'nope thats all'],
      [295, 'l', 'Thanks, bye!'],
    ],
    exp: some({ idle: 'na', disconnect: 'na', anything: 'pass', courteous: 'pass', informed: 'pass' }),
  },
  {
    // reading: "No rush!" alone would be no hold, but "I'll keep digging in the permit rules in the meantime" announces that
    // the provider is looking something up: a hold, and the answer comes 130 s later
    name: '"No rush! I\'ll keep digging in the permit rules in the meantime." (a hold) after the patron\'s "brb", the answer 130 s later: keep_informed fails',
    lines: [...SHED.slice(0, 2), [50, 'p', 'city. brb getting my address so you can check the zoning'], [56, 'l', "No rush! I'll keep digging in the permit rules in the meantime."], [186, 'l', SHED_DONE], [210, 'p', 'back, thanks!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"One sec, someone just walked up to the desk." then "I\'m back! Sorry about that." with the answer 125 s later: keep_informed fails',
    lines: [...SHED, [56, 'l', 'One sec, someone just walked up to the desk.'], [181, 'l', `I'm back! Sorry about that. ${SHED_DONE}`], [210, 'p', 'thanks']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"that\'s all for now, I\'ll be back later with another question" says the patron is done: anything else passes',
    lines: [...SHED, [58, 'l', SHED_DONE], [80, 'p', "yes! that's all for now, I'll be back later with another question"], [86, 'l', 'Sounds good, thanks for chatting!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "ok gotta go" does not say the patron is done: anything else fails',
    lines: [...SHED, [58, 'l', SHED_DONE], [80, 'p', 'ok gotta go'], [86, 'l', 'Sounds good, thanks for chatting!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: system events are not visible; the patron's return after "Patron has left the chat" is the same session
    name: 'a "patron_left" event, then the patron back 80 s later ("sorry my wifi dropped, … thats all i needed"): every check as in a good session',
    lines: [
      ...SHED,
      [58, 'l', SHED_DONE],
      [70, 's', 'Patron has left the chat', sys('patron_left')],
      [140, 's', 'Patron has joined the chat', sys('joined')],
      [150, 'p', 'sorry my wifi dropped, yes that helps a lot, thats all i needed'],
      [156, 'l', 'Glad it helped, thanks for chatting!'],
    ],
    exp: some({ informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass', idle: 'na', disconnect: 'na' }),
  },
];

/** The near misses that guard this round's changes (each says which). */
export const guards: SessionCase[] = [
  {
    // near miss for `foundItByeA5`: the message goes on with something of its own after "Glad you found it"
    name: 'near miss: "Glad you found it, the password also changes monthly. Take care." tells something: substantive, no source',
    lines: [[0, 'p', 'whats the wifi password at the library'], [25, 'l', 'Hi, Lena at Oak Ridge Public Library, one sec while I look.'], [60, 'p', 'nm found it on the sign lol'], [66, 'l', 'Glad you found it, the password also changes monthly. Take care.']],
    exp: some({ source: 'fail', clarify: 'fail' }),
  },
  {
    // near miss for `foundItByeA5`: "Glad you found it!" in a message that says no goodbye (reading: a message other than the
    // Terms' exceptions, as "Oh good, glad you found it." alone)
    name: 'near miss: "Glad you found it! Anything else I can help with?" says no goodbye: substantive, no source',
    lines: [[0, 'p', 'whats the wifi password at the library'], [25, 'l', 'Hi, Lena at Oak Ridge Public Library, one sec while I look.'], [60, 'p', 'nm found it on the sign lol'], [66, 'l', 'Glad you found it! Anything else I can help with?'], [90, 'p', 'no']],
    exp: some({ source: 'fail', anything: 'pass' }),
  },
  {
    // the other form `foundItByeA5` reads
    name: '"Oh great, I\'m so glad you were able to find it. Thanks for chatting!" after a greeting and a hold: no substantive exchange',
    lines: [[0, 'p', 'what time is storytime on tuesday'], [30, 'l', 'Hello, Sam at Fox River Library here, let me check the calendar.'], [75, 'p', 'oh wait its on the flyer, 10:30. never mind!'], [82, 'l', "Oh great, I'm so glad you were able to find it. Thanks for chatting!"]],
    exp: some({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', courteous: 'pass' }),
  },
  {
    // near miss for A5's `seemGone` ("had to go" not ending its clause): the provider explains, and ends the chat without
    // saying the patron seems gone
    name: 'near miss: "Looks like you had to go through the old sign-in page. I\'ll end the chat now…" 182 s after the answer: no disconnect notice',
    lines: [...SHED, [58, 'l', SHED_DONE], [240, 'l', "Looks like you had to go through the old sign-in page. I'll end the chat now, thanks and come back anytime!"]],
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    // near miss for `pageAfterYearA5`: a year and a page, but no title
    name: 'near miss: "I found a mention in the 1882 county history, page 214" names no book: source fails',
    lines: [[0, 'p', 'who built the old mill on river road'], [30, 'l', 'Hi, Nora at Clinton Township Library. Do you mean the grist mill by the dam?'], [60, 'p', 'yes'], [68, 'l', 'I found a mention in the 1882 county history, page 214: it was built by Abner Hale in 1853.'], [90, 'p', 'cool thanks']],
    exp: some({ source: 'fail' }),
  },
  {
    // the other form `pageAfterYearA5` reads
    name: '"It\'s in the Gazetteer of Vermont (1849), pages 37-39, in our reading room." names the book: source passes',
    lines: [[0, 'p', 'when was the town of Weybridge settled'], [30, 'l', 'Hi, Walt at the Vermont State Library. Do you need a published source you can cite?'], [60, 'p', 'yes'], [68, 'l', "It's in the Gazetteer of Vermont (1849), pages 37-39, in our reading room."], [90, 'p', 'cool thanks']],
    exp: some({ source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-fifth round (A5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fifth round (A5): interruptions, returns and patrons who solve it themselves, every check', whole);
describeSessions('twenty-fifth round (A5): interruptions, returns and patrons who solve it themselves, short cases', short);
describeSessions('twenty-fifth round (A5): interruptions, returns and patrons who solve it themselves, near misses of the changes', guards);

describeLeft('twenty-fifth-round-interruptions', LEFT);
