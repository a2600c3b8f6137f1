/**
 * Twenty-third round, area (Y6): PATRON WORDS THAT LOOK LIKE PROVIDER BEHAVIOURS, AND PROVIDER WORDS QUOTED OR REPORTED.
 * Patrons who introduce themselves ("hi, this is Maria from the Westside branch"), step away ("brb getting my card"), ask
 * "are you still there?", "does that make sense?", "anything else you need from me?", say "thanks, bye!", paste URLs and
 * phone numbers, promise to send something themselves, apologise for their own wait; providers who quote an error or a
 * screen ("Please wait...", "Your time is up", "Are you still there?", "Your session has expired"), an auto-reply's
 * promise, a policy that tells patrons to call, a book whose title says "Call" or "Visit" or "Goodbye", a confirmation
 * e-mail that thanks; internal (staff to staff) and system messages that greet, hold, check in, thank or say goodbye.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer: every check asks something of
 * the provider (role `provider`, a visible message), except that `closing.anything_else` also passes when the patron says
 * on their own, explicitly, that they are done. Readings taken where the text leaves room (each also at its case):
 * - the patron's own introduction, hold words ("one sec", "brb"), check-in ("are you still there?"), questions ("does that
 *   make sense?", "anything else you need from me?"), thanks and goodbyes, and promises ("I'll email you the form by
 *   Friday") are the patron's: none satisfies a provider check, and none makes a follow-up session;
 * - a patron message starts a span of waiting on the provider whatever it says (the literal Terms: "brb" too), and only a
 *   provider message ends it; "Sure, take your time" is no hold and ends it;
 * - "Hi Maria from Westside Library!" greets, and names the patron, not who is answering;
 * - words in double quotes that the provider reports from a screen, an error, an auto-reply or a policy ("Please wait...",
 *   "Your time is up", "Are you still there?", "We will get back to you…", "Call Circulation…") are not the provider
 *   holding, dismissing, checking in, promising or referring; the provider's own words around them decide;
 * - a book title in a pasted catalogue record ("Call the Midwife", "Visit Sunny Chernobyl", "Goodbye to All That") refers
 *   no one and says goodbye to no one;
 * - reporting what an agency's page tells people to do, with its number ("The Lost and Found page says to call the MTA at
 *   410-…") tells the patron to contact the agency: a referral, with its contact;
 * - a colleague's promise the provider reports ("Dana in circulation will call you tomorrow") is "someone from your
 *   library will contact you": a follow-up session;
 * - a phone number or URL the patron pasted is not a source the provider gave; a number the patron typed that belongs to
 *   an agency is not the patron's contact;
 * - internal and system messages neither pick up, greet, hold, end a wait, check in, give notice nor thank.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Key, type Line, type SessionCase, some, type St, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const KIM = who('Kim Alvarez', 'kim');

export const whole: SessionCase[] = [
  // ---- the patron introduces themself, greets, apologises ---------------------------------------------------------
  {
    // reading: "Hi Maria from Westside Library!" greets and names the patron; the provider never says who is answering
    name: 'a branch staffer on the patron side ("hi, this is Maria from the Westside branch"), the provider answers "Hi Maria from Westside Library!" and never names themself: greeting fails',
    lines: [
      [0, 'p', "hi, this is Maria from the Westside branch, i've got a patron at the desk looking for the new Kingsolver in large print"],
      [31, 'l', 'Hi Maria from Westside Library! Is that Demon Copperhead she means?'],
      [52, 'p', 'yes that one'],
      [95, 'l', 'The catalogue has Demon Copperhead in large print, 2 copies at Eastgate and 1 on the shelf at Riverside, call number LP FIC KINGSOLVER. Does that work for her?'],
      [130, 'p', 'perfect she will drive to riverside'],
      [136, 'l', 'Great. Anything else I can look up for the two of you?'],
      [160, 'p', 'nope, thats everything. thx!!'],
      [165, 'l', 'Thanks Maria, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // near miss of the case above: the provider names themself and their library
    name: 'the same staffer, the provider says "Hi Maria! This is Theo at Eastgate Library.": greeting passes',
    lines: [
      [0, 'p', "hi, this is Maria from the Westside branch, i've got a patron at the desk looking for the new Kingsolver in large print"],
      [31, 'l', 'Hi Maria! This is Theo at Eastgate Library. Is that Demon Copperhead she means?'],
      [52, 'p', 'yes that one'],
      [95, 'l', 'The catalogue has Demon Copperhead in large print, 2 copies at Eastgate and 1 on the shelf at Riverside, call number LP FIC KINGSOLVER. Does that work for her?'],
      [130, 'p', 'perfect she will drive to riverside'],
      [136, 'l', 'Great. Anything else I can look up for the two of you?'],
      [160, 'p', 'nope, thats everything. thx!!'],
      [165, 'l', 'Thanks Maria, bye!'],
    ],
    exp: usual(),
  },
  {
    // the patron's apology for their own slow reply is theirs; the provider waited on the patron, not the other way
    name: 'a parent who apologises for their wait ("sorry for the wait!! my kid grabbed the laptop") 170 s after the provider\'s question: no span on the provider, all pass',
    lines: [
      [0, 'p', 'Good morning! I need easy books about volcanoes'],
      [26, 'l', "Good morning, you've reached Ask Us Now. I'm Renee, a children's librarian. Who are the books for, and how old?"],
      [196, 'p', 'sorry for the wait!! my kid grabbed the laptop. shes 7, reads on her own a little'],
      [240, 'l', 'No problem at all! Try "Volcanoes" by Seymour Simon or the National Geographic Readers "Volcanoes!" by Anne Schreiber; both are in the catalog and the second is level 2, good for a 7-year-old. Is that the kind of thing she would like?'],
      [280, 'p', 'yes the nat geo ones she loves. thats all i needed, thank you for your patience'],
      [286, 'l', 'Thank you! Have fun reading together.'],
    ],
    exp: usual(),
  },
  // ---- the patron steps away, asks whether the provider is there -------------------------------------------------
  {
    // 70 → 160 = 90 s of waiting on the provider (the patron's "one sec" starts it; the patron's next message does not restart it)
    name: 'the patron checks their email ("let me check my email one sec") and is back in 80 s; the provider answers 10 s later: 90 s span, all pass',
    lines: [
      [0, 'p', 'hi i got a notice about a hold but i dont know where to pick it up'],
      [24, 'l', 'Hi there! This is Sam with the Howard County Library chat. Did the notice come by email or by text?'],
      [70, 'p', 'let me check my email one sec'],
      [150, 'p', 'email. it says "ready for pickup" and "Elkridge"'],
      [160, 'l', 'So it is waiting at the Elkridge branch, on the hold shelf by the front door. Holds stay there 7 days; the pickup deadline shows under My Account > Holds at hclibrary.org. Does that answer your question?'],
      [195, 'p', 'yes! that was all, thank you'],
      [200, 'l', 'Thanks for chatting, enjoy your book!'],
    ],
    exp: usual(),
  },
  {
    // 45 → 175 = 130 s: the patron's "are you still there?" is no provider message and ends nothing
    name: 'the provider searches silently, the patron asks "hello?? are you still there" at 150 s, the answer comes at 175 s: a 130 s span, keep_informed fails',
    lines: [
      [0, 'p', 'do you have the 1950 census for Allegany County'],
      [28, 'l', 'Hello, I am Dev, a librarian at Ask Us Now. Are you looking for a particular person or household?'],
      [45, 'p', 'my great grandfather, Walter Kessler, Cumberland'],
      [150, 'p', 'hello?? are you still there'],
      [175, 'l', 'Yes, sorry! The 1950 census is free at 1950census.archives.gov: type Kessler, state Maryland, county Allegany, and it searches the handwritten names. Does that help?'],
      [210, 'p', 'found him!! thats all i needed'],
      [215, 'l', 'Wonderful! Good luck with the family tree, goodbye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // the system's auto-prompt is no provider check-in; the provider's last visible message (the answer at 100) starts the
    // final idle, which runs to the end (405 s): 305 s, both idle checks apply and fail
    name: 'the chat software asks "Are you still there?" (system) and closes with "Goodbye!" (system); the provider never checks in nor says goodbye: idle, notice, courteous and anything_else fail',
    lines: [
      [0, 'p', 'How late is the Towson branch open on sundays'],
      [30, 'l', 'Hello, this is Pat at the Baltimore County Public Library chat desk.'],
      [34, 'l', 'Do you mean this Sunday, or Sundays in general? The summer hours differ.'],
      [60, 'p', 'in general'],
      [100, 'l', 'Towson is open 1 to 5 on Sundays from September to May, and closed on summer Sundays; the hours page is bcpl.info/locations/towson. Does this help?'],
      [240, 's', 'The librarian is waiting for your reply. Are you still there?', sys('idle')],
      [400, 's', 'This chat was closed because of inactivity. Goodbye!', sys('ended')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  // ---- the patron asks the provider's questions --------------------------------------------------------------------
  {
    // the patron's "does that make sense?" is theirs; the provider's restatement is a clarifying restatement; the provider
    // never asks whether the answer met the need
    name: 'the patron ends the question with "does that make sense?", the provider restates it ("So you need…") and answers, never asks if it helped; the patron says "perfect, that\'s everything": completeness fails',
    lines: [
      [0, 'p', "I'm trying to find what my street looked like before the highway. I think there were houses where the ramp is now. does that make sense?"],
      [33, 'l', 'Hi! I am Lou, a librarian with the Enoch Pratt Free Library. So you need old maps or photos of your street before the highway went in. Which street?'],
      [70, 'p', 'Franklin St near Poppleton, Baltimore'],
      [150, 'l', 'The Sanborn fire insurance maps show every building lot by lot: the 1914-1951 volumes for Baltimore are in Sanborn Maps Geo Edition, free with your Pratt card at prattlibrary.org/research/databases. The "Road to Nowhere" photos in the Pratt Digital Collections show the blocks being cleared in the 1970s.'],
      [200, 'p', "perfect, that's everything. thank you!"],
      [206, 'l', 'You are welcome, happy exploring, goodbye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // the patron's "anything else you need from me?" asks the provider; nothing asks the patron, and the patron never says
    // they are done
    name: 'a follow-up for old newspaper pages: the patron gives their email and asks "anything else you need from me?", the provider repeats it with a when; anything_else fails',
    lines: [
      [0, 'p', 'hi, I need the obituary of Rose Dimarco, died around March 1962 in Baltimore'],
      [35, 'l', 'Hi, thanks for contacting Ask Us Now! I am Gail, a librarian at the Maryland State Library.'],
      [40, 'l', 'Do you know which paper it ran in, the Sun or the News-American?'],
      [75, 'p', 'no idea sorry'],
      [90, 'l', 'The Baltimore Sun from 1837 to 1995 is in ProQuest Historical Newspapers, which you can search from home with a Pratt card. The News-American is only on microfilm, so I will look through March 1962 for you and email you what I find by Thursday afternoon. Does the Sun archive help in the meantime?'],
      [130, 'p', 'yes thank you. my email is rdimarco.family@gmail.com. anything else you need from me?'],
      [140, 'l', 'Nope, that is all: rdimarco.family@gmail.com, by Thursday afternoon. Thanks for chatting!'],
    ],
    over: FU_ME,
    exp: followed({ anything: 'fail' }),
  },
  {
    // the provider's last two visible messages (the clarifying question and the answer) neither thank nor say goodbye; the
    // patron's "thanks, bye!" is theirs. The patron sent the last visible message: no final idle
    name: 'the patron closes with "yep thats all i needed, thanks, bye!" and the provider sends nothing more: anything_else passes, courteous fails',
    lines: [
      [0, 'p', 'can i print from my phone at the library'],
      [20, 'l', 'Hi! Welcome to the Frederick County Public Libraries chat, this is Ana.'],
      [25, 'l', 'Which branch will you be printing at?'],
      [50, 'p', 'C Burr Artz'],
      [90, 'l', 'Yes: send the file to print@fcpl.org from your phone, or upload it at fcpl.org/print, then release it at the print station with your card number. It is 10 cents a page. Does this answer your question?'],
      [120, 'p', 'yep thats all i needed, thanks, bye!'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  // ---- the patron pastes links, numbers, promises -----------------------------------------------------------------
  {
    // the only URL is the patron's; the provider explains and names no source
    name: 'the patron pastes a school-rating URL and asks what "graduation rate" means; the provider restates and explains without a source: source fails',
    lines: [
      [0, 'p', 'my sons school page https://www.greatschools.org/maryland/columbia/1234-Oakland-Mills-High/ says graduation rate 91%, what does that count exactly'],
      [30, 'l', 'Hi, this is Jen at Ask Us Now, a librarian. So you want to know what the 91% graduation rate on that page measures?'],
      [55, 'p', 'yes'],
      [90, 'l', 'It is the share of students who started 9th grade together and got a regular diploma within four years, with students who transferred in added and those who moved away taken out. Does that answer your question?'],
      [130, 'p', 'yes, that is all i wanted to know'],
      [135, 'l', 'Thanks for asking, have a good evening!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // the patron's own promise ("I'll email you the signed form by Friday") makes no follow-up session
    name: 'proctoring: the patron says "ok I\'ll email you the signed form by friday"; the code is Answered: no follow-up session, all pass',
    lines: [
      [0, 'p', 'does the library proctor exams? mine is online thru my college'],
      [40, 'l', 'Hi, I am Chris, a librarian at Harford County Public Library.'],
      [44, 'l', 'Is it an online exam with a webcam, or a paper exam the college mails to us?'],
      [80, 'p', 'online, needs a webcam'],
      [120, 'l', 'We proctor online exams at Bel Air and Abingdon, by appointment. The proctoring form and rules are at hcplonline.org/proctor; your instructor signs the form first. Does that help?'],
      [160, 'p', "ok I'll email you the signed form by friday. thats all for now"],
      [166, 'l', 'Sounds good. Thanks, and good luck on the exam!'],
    ],
    exp: usual(),
  },
  // ---- internal and system messages ------------------------------------------------------------------------------
  {
    // the internal greeting is not seen; the first visible provider message (75 s) is the pickup, and neither of the first
    // two visible provider messages greets or names anyone
    name: 'the provider writes "Hi! I\'m Jo from Central, taking this one" as an internal note at 20 s and first writes to the patron at 75 s without a greeting: pickup and greeting fail',
    lines: [
      [0, 'p', 'is there a limit on how many ebooks i can borrow'],
      [20, 'i', "Hi! I'm Jo from Central, taking this one"],
      [75, 'l', 'Is this for Libby or for hoopla?'],
      [100, 'p', 'libby'],
      [130, 'l', 'In Libby you can have 10 ebooks and audiobooks out at once and 10 holds; the numbers show under Shelf > Loans. The help page is help.libbyapp.com. Did that answer it?'],
      [160, 'p', 'yes thats all'],
      [165, 'l', 'Thank you, bye!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    // the system's welcome is no provider greeting; the provider's first two visible messages neither greet nor name anyone
    name: 'the chat software greets ("Welcome to Ask Us! A librarian will be with you shortly.") and the provider starts with "What can I help with?": greeting fails',
    lines: [
      [0, 'p', 'need help with a resume'],
      [1, 's', 'Welcome to Ask Us! A librarian will be with you shortly.', sys('joined')],
      [40, 'l', 'What can I help with on the resume? Formatting, wording, or a template?'],
      [70, 'p', 'a template, i havent done one in 20 yrs'],
      [110, 'l', 'LearningExpress Library has resume templates and examples, free with your card at aacpl.net/learningexpress. Microsoft Word also has free ones under File > New > Resumes. Is that what you were looking for?'],
      [150, 'p', 'yes great, thats all i needed'],
      [156, 'l', 'Thanks for chatting, good luck with the job search!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // transfer: the internal note says why, but the patron is told nothing by the transferring provider (the patron's own
    // "can you transfer me" is the patron's)
    name: 'the patron asks "can u transfer me to someone at the law library?"; Jo sends an internal note and the transfer, never telling the patron; Kim at the State Law Library answers with a referral: transfer fails',
    lines: [
      [0, 'p', 'can u transfer me to someone at the law library? i got an eviction notice'],
      [30, 'l', 'Hi, I am Jo, a librarian at Ask Us Now. What does the notice say, and which county are you in?'],
      [60, 'p', 'baltimore city, it says failure to pay rent, court date in 14 days'],
      [80, 'i', 'Kim, patron in Baltimore City with a failure-to-pay-rent complaint, court date in 14 days. Can you take it?'],
      [90, 's', 'Chat transferred to Kim Alvarez', sys('transfer', 'kim')],
      [110, 'l', "Hi, this is Kim at the Maryland State Law Library. The People's Law Library has a page on failure-to-pay-rent cases at peoples-law.org/failure-pay-rent. You can also call the Maryland Court Help Center at 410-260-1392 for free legal advice before the court date. Does that answer your question?", KIM],
      [170, 'p', 'yes thank you. thats all'],
      [176, 'l', 'You are welcome, good luck. Goodbye!', KIM],
    ],
    exp: usual({ transfer: 'fail', referral: 'pass' }),
  },
  {
    // the patron's "hello?" counts as a second message: Lost Call fails the code. The provider's greeting is not substantive;
    // the final idle runs from it (90 s) to the goodbye notice (320 s)
    name: 'the patron writes "hello? anyone there?" before the provider picks up at 90 s and leaves; check-in and notice by the provider, coded Lost Call: pickup and code fail',
    lines: [
      [0, 'p', 'do you have tax forms at the library'],
      [50, 'p', 'hello? anyone there?'],
      [90, 'l', 'Hi, this is Lena, a librarian at Ask Us Now. Sorry for the wait!'],
      [220, 'l', 'Are you still there?'],
      [320, 'l', 'It looks like you have left the chat, so I am closing it now. Come back anytime!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  // ---- the provider quotes a screen, an error, a notice ------------------------------------------------------------
  {
    // reading: the quoted "Please wait..." is the app's words; the provider's message answers and asks, no hold. Waiting on
    // the patron from 95 to 300 s, then the patron waits 5 s
    name: 'Libby: the provider says \'If the Borrow button shows "Please wait..." for more than a minute, force-close Libby\', the patron tries it for 205 s: no hold, all pass',
    lines: [
      [0, 'p', 'libby just spins when i hit borrow'],
      [25, 'l', 'Hi, I am Ravi, a librarian at Ask Us Now!'],
      [30, 'l', 'Are you on an iPhone or an Android phone?'],
      [60, 'p', 'iphone'],
      [95, 'l', 'If the Borrow button shows "Please wait..." for more than a minute, force-close Libby (swipe it away) and open it again; the steps are on help.libbyapp.com. Did that fix it?'],
      [300, 'p', 'omg yes it worked. thats all i needed'],
      [305, 'l', 'Great, happy reading, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the quoted "Are you still there?" is Libby's question, not the provider's. The final idle runs from the
    // answer (100 s) to the goodbye (250 s): 150 s ≥ 120, < 180
    name: 'the provider explains Libby\'s \'"Are you still there?"\' prompt, the patron goes quiet, the provider says goodbye 150 s later: idle_checkin fails',
    lines: [
      [0, 'p', 'my audiobook keeps stopping after a while and asks me something'],
      [28, 'l', 'Hello, I am Nadia with the Ask a Librarian chat.'],
      [32, 'l', 'Which app are you listening in?'],
      [60, 'p', 'libby'],
      [100, 'l', 'Libby shows "Are you still there?" when the sleep timer runs out; tap the moon icon at the bottom of the player and turn the sleep timer off. The Libby help page on the sleep timer is at help.libbyapp.com. Does that help?'],
      [250, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail' }),
  },
  {
    // the provider's own check-in and disconnect notice; the quoted "Your session has expired" in the answer is the database's
    name: 'the database says "Your session has expired": the provider explains the proxy login, checks in at 230 s and closes with a notice and an invitation back at 300 s: idle and notice pass',
    lines: [
      [0, 'p', 'every time i click an article it says "your session has expired"'],
      [25, 'l', 'Hi! This is Omar, a librarian at the Community College of Baltimore County library.'],
      [30, 'l', 'Which database are you in, and are you on or off campus?'],
      [60, 'p', 'academic search complete, at home'],
      [100, 'l', 'That "Your session has expired" message means the proxy login timed out. Go back to library.ccbcmd.edu/databases, sign in with your CCBC login, and open Academic Search Complete from there rather than from a bookmark. Does that fix it?'],
      [230, 'l', 'Are you still with me?'],
      [300, 'l', 'It looks like you may have stepped away, so I will end the chat now. Come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the quoted "Your time is up" is the booking screen's words; the provider offers more time: no dismissal
    name: 'a library PC ended the patron\'s session: the provider explains the \'"Your time is up" screen\' and how to add an hour: no dismissal, all pass',
    lines: [
      [0, 'p', 'the library computer just kicked me off and said my time is up?? i was in the middle of an application'],
      [22, 'l', "Hi, I'm Keisha at the Enoch Pratt Free Library's Ask Us desk. Oh no, sorry! Which branch are you at?"],
      [45, 'p', 'central'],
      [80, 'l', 'The "Your time is up" screen comes after two hours. If nobody is waiting you can add an hour yourself: log back in with your card and choose Extend. Tomorrow you can book ahead at prattlibrary.org/computers. Does that answer your question?'],
      [120, 'p', 'ok it let me extend. thats all i need'],
      [125, 'l', 'Great, good luck with the application. Bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the quoted line is the old request's auto-reply, reported as past; the provider promises nothing
    name: 'the provider explains an old auto-reply (\'That "We will get back to you within 3 business days" line…\'): the ILL office already answered; code Answered: no follow-up session',
    lines: [
      [0, 'p', 'I got an email saying "We will get back to you within 3 business days" a week ago and nothing since. about my ILL request'],
      [30, 'l', 'Hello, this is Bea, a librarian at Ask Us Now. Which library are you a member of?'],
      [60, 'p', 'Harford County'],
      [130, 'l', 'That "We will get back to you within 3 business days" line is the automatic reply to your request; the ILL office answered it on Monday: the book is on its way to Bel Air and will show under My Account > Holds at hcplonline.org when it arrives. Does that answer your question?'],
      [170, 'p', 'oh i see it now. thats all thanks'],
      [176, 'l', 'Thank you, have a nice day!'],
    ],
    exp: usual(),
  },
  {
    // reading: the quoted policy tells patrons to call Circulation; the provider handles the fine here and sends the
    // patron to no one: no referral
    name: 'a damaged-book fine: the provider pastes the policy \'"…should call Circulation"\' and then waives the fine in the chat: no referral',
    lines: [
      [0, 'p', 'i got charged $2 for a damaged book but it was already ripped when i got it'],
      [25, 'l', 'Hi, I am Dee, a librarian at Anne Arundel County Public Library. Sorry about that! What is the title?'],
      [55, 'p', 'The Hunger Games, paperback'],
      [110, 'l', 'The policy page says "Patrons who dispute a damage charge should call Circulation at their branch." But I can take care of it here: I have waived the $2 and added a note to the item record. You can see the balance at aacpl.net under My Account. Does that help?'],
      [150, 'p', 'yes thank you so much, thats all'],
      [156, 'l', 'Thanks for letting us know, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: a book title in the pasted catalogue record ("Call the Midwife") refers no one
    name: 'a pasted catalogue record of "Call the Midwife" (Title / Author / Call number / Status) for a book club: no referral',
    lines: [
      [0, 'p', 'our book club wants the midwife memoir the tv show is from, do you have copies'],
      [26, 'l', 'Hello, this is Ruth, librarian at Washington County Free Library. How many copies does the club need?'],
      [50, 'p', 'about 8'],
      [100, 'l', 'Here is the record: Title: Call the midwife : a true story of the East End in the 1950s / Author: Worth, Jennifer / Call number: 618.2 WOR / Status: 3 copies available. For 8 copies, request a Book Club Kit at washcolibrary.org/bookclub. Is that what you were looking for?'],
      [140, 'p', 'yes, thats everything'],
      [146, 'l', 'Thanks, enjoy the discussion!'],
    ],
    exp: usual(),
  },
  {
    // reading: the title in the provider's pasted record says goodbye to no one; the provider's last two visible messages
    // are the record and "Anything else?": courteous fails
    name: 'a pasted record of "Goodbye to All That" is the provider\'s second-to-last message, then "Anything else?"; the patron says "no thats it": courteous fails',
    lines: [
      [0, 'p', 'need robert graves memoir about ww1 for class'],
      [24, 'l', 'Hi, I am Ian, a librarian at Ask Us Now. Do you need a print copy or is an ebook OK?'],
      [50, 'p', 'print'],
      [95, 'l', 'Title: Goodbye to all that / Author: Graves, Robert, 1895-1985 / Call number: 828.91 GRA / Location: Severna Park, 2nd floor / Status: Available. Does that work for your class?'],
      [110, 'l', 'Anything else?'],
      [140, 'p', 'no thats it'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: the provider reports the agency's instruction with its phone: a referral with its contact
    name: 'a bag left on a bus: "The Lost and Found page says to call the MTA at 410-539-5000": referral passes',
    lines: [
      [0, 'p', 'i left my backpack on the bus this morning, who do i contact'],
      [24, 'l', 'Hi, this is Kai at the Ask Us Now chat. Was it a city bus or a commuter bus?'],
      [50, 'p', 'city bus, route 22'],
      [100, 'l', "The MTA's Lost and Found page at mta.maryland.gov/lost-and-found says to call the MTA at 410-539-5000, Monday to Friday, and items are kept 30 days. Does that answer your question?"],
      [140, 'p', 'yes thanks thats all'],
      [146, 'l', 'Good luck, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a colleague's promise reported by the provider ("Dana … will call you tomorrow") is "someone from your
    // library will contact you": a follow-up session; the phone the patron gave is confirmed in the chat with a when; the
    // code is a follow-up code
    name: 'a lost phone charger: the provider reports "Dana in circulation will call you tomorrow morning once she checks the back room", the patron\'s phone typed, Follow-up by me: contact passes',
    lines: [
      [0, 'p', 'i think i left my phone charger at the Glen Burnie library yesterday'],
      [25, 'l', 'Hi, I am Tess, a librarian with Anne Arundel County Public Library. What does it look like, and where were you sitting?'],
      [55, 'p', 'white apple cable, at the computers near the window. you can reach me at 443-555-0147'],
      [70, 'i', 'Dana, white Apple charger at the window PCs yesterday? patron 443-555-0147'],
      [110, 'l', 'I asked Dana in circulation: lost items go to a bin in the back room, and she will call you at 443-555-0147 tomorrow morning once she checks it. Lost-and-found hours are on aacpl.net/glenburnie. Does that help?'],
      [150, 'p', 'yes thank you thats all'],
      [156, 'l', 'Thanks, good luck!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
];

/** A question and a greeting that identifies, shared by the short cases. */
const Q: Line = [0, 'p', 'hi i need to renew my books but the site keeps logging me out'];
const HELLO: Line = [22, 'l', "Hi! I'm Dana, a librarian with Ask Us Now. Are you renewing on the website or in the app?"];
const ASKED: Line[] = [Q, HELLO, [50, 'p', 'the website, on my phone']];
const ANSWER = 'Sign in at catalog.example.org with your card number and PIN, then open My Account > Checked Out and tick Renew All.';

export const short: SessionCase[] = [
  // ---- waiting on the provider after the patron's own hold words --------------------------------------------------
  {
    // literal Terms: the patron's "brb" starts waiting on the provider; 100 → 235 = 135 s
    name: 'the provider asks for the card number, the patron says "brb getting my card" and is back 125 s later, the provider answers 10 s after: 135 s, keep_informed fails',
    lines: [...ASKED, [90, 'l', 'What is your card number? I can check the account.'], [100, 'p', 'brb getting my card'], [225, 'p', '21982001234567'], [235, 'l', `Thanks. Your account is fine. ${ANSWER} Did that work?`], [270, 'p', 'yes thats all'], [275, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // "Sure, take your time" is no hold (Terms): it ends the span; the patron's return starts a 10 s one
    name: 'the same, but the provider answers "brb" with "Sure, take your time!": keep_informed passes',
    lines: [...ASKED, [90, 'l', 'What is your card number? I can check the account.'], [100, 'p', 'brb getting my card'], [104, 'l', 'Sure, take your time!'], [225, 'p', '21982001234567'], [235, 'l', `Thanks. Your account is fine. ${ANSWER} Did that work?`], [270, 'p', 'yes thats all'], [275, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // 60 → 178 = 118 s ≤ 120
    name: 'the patron says "hang on" and is back 110 s later; the provider answers 8 s after: 118 s, keep_informed passes',
    lines: [Q, HELLO, [60, 'p', 'hang on, switching to my laptop'], [170, 'p', 'ok on the website on my laptop now'], [178, 'l', `${ANSWER} Did that work?`], [210, 'p', 'yes thats all'], [215, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // 40 → 158 = 118 s
    name: 'the patron asks "hello? still there?" at 140 s; the provider answers at 158 s: 118 s, keep_informed passes',
    lines: [Q, [22, 'l', "Hi! I'm Dana, a librarian with Ask Us Now."], [40, 'p', 'the website, on my phone'], [140, 'p', 'hello? still there?'], [158, 'l', `Yes! ${ANSWER} Did that work?`], [190, 'p', 'yes thats all'], [195, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  // ---- the patron's greeting, the provider's greeting --------------------------------------------------------------
  {
    name: 'the patron writes "hi, this is Maria from the Westside branch"; the provider: "Hi Maria, thanks for reaching out!" then a question, no name: greeting fails',
    lines: [[0, 'p', 'hi, this is Maria from the Westside branch, quick question about ILL'], [25, 'l', 'Hi Maria, thanks for reaching out!'], [30, 'l', 'What is the question?'], [60, 'p', 'can we request dvds'], [90, 'l', 'Yes, DVDs can be requested through the ILL form at catalog.example.org/ill. Does that help?'], [120, 'p', 'yes thats all'], [125, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // the internal message is not visible: the greeting must come in the first two visible provider messages
    name: 'an internal note "Hello! This is Jo, librarian at Central" and the provider\'s first two visible messages without a greeting: greeting fails',
    lines: [Q, [15, 'i', 'Hello! This is Jo, librarian at Central, I have this one'], [22, 'l', 'Website or app?'], [50, 'p', 'the website, on my phone'], [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes thats all'], [115, 'l', 'Bye!']],
    exp: some({ greeting: 'fail', pickup: 'pass' }),
  },
  // ---- the patron's questions and endings --------------------------------------------------------------------------
  {
    name: 'the patron asks "anything else you need from me?" and the provider says no; the provider never asks: anything_else fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes it did. anything else you need from me?'], [116, 'l', 'Nope, you are all set. Thanks, bye!']],
    exp: some({ anything: 'fail', complete: 'pass' }),
  },
  {
    name: 'the patron asks "is there anything else I should know?"; the provider answers it: anything_else fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes. is there anything else i should know?'], [116, 'l', 'Only that each item renews twice. Thanks, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "that's everything you need" is the post office's, about the passport; the patron does not say they are done
    name: 'the patron reports \'the lady at the post office said "that\\\'s everything you need"\' and asks more: anything_else fails',
    lines: [[0, 'p', 'the lady at the post office said "that\'s everything you need" but do i need a photo too for a passport'], [25, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. Is this a first passport or a renewal?'], [50, 'p', 'first one'], [90, 'l', 'Yes, one 2x2 photo is required; the full list is at travel.state.gov under Apply in Person. Does that help?'], [120, 'p', 'ok thanks'], [125, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron says "thank you, bye!" and the provider\'s last message is "You\'re welcome!": courteous fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes thats all. thank you, bye!'], [115, 'l', "You're welcome!"]],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    // the internal "thanks Sam, bye" is not seen; the provider's last two visible messages neither thank nor part
    name: 'the provider\'s last visible message is the answer; an internal "thanks Sam, bye" follows: courteous fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes thats all thx'], [120, 'i', 'thanks Sam, bye']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // the system's thanks is no provider message
    name: 'the system closes with "Thank you for contacting Ask Us Now!"; the provider never thanks: courteous fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes thats all'], [114, 'l', 'Ok.'], [120, 's', 'Chat ended. Thank you for contacting Ask Us Now!', sys('ended')]],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: the confirmation e-mail's thanks is quoted, not the provider's
    name: 'the provider\'s last message quotes the confirmation e-mail (\'It says "Thank you for registering! See you there."\'): courteous fails',
    lines: [[0, 'p', 'did my registration for the tax help session go thru'], [22, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. Which date did you sign up for?'], [50, 'p', 'feb 12 at Severn'], [80, 'l', 'Yes, you are on the list for Feb 12 at Severn; the event page is aacpl.net/events. Does that answer it?'], [110, 'p', 'yes thats all'], [118, 'l', 'You should also have a confirmation email. It says "Thank you for registering! See you there."']],
    exp: some({ courteous: 'fail' }),
  },
  // ---- the patron's promises, the provider's promises --------------------------------------------------------------
  {
    name: 'the patron: "i\'ll send you the receipt by friday"; code Answered: no follow-up session, code passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', "yes. i'll send you the receipt by friday for the fine thing. thats all"], [116, 'l', 'Sounds good, bye!']],
    exp: some({ contact: 'na', code: 'pass', onTime: 'na' }),
  },
  {
    // near miss: the provider's own promise with a when; the code is Answered and no contact was given
    name: 'near miss: the provider: "I\'ll email you the receipt by Friday"; code Answered, no contact: code and contact fail',
    lines: [...ASKED, [80, 'l', `${ANSWER} I'll email you the receipt by Friday. Did that work?`], [110, 'p', 'yes thats all'], [116, 'l', 'Bye!']],
    exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }),
  },
  {
    name: 'the patron gives a phone ("text me at 410-555-0183"), the provider says "I will text you the hours by tomorrow morning", Follow-up by me: contact passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} The branch hours for the holiday are not posted yet; I will text you the hours by tomorrow morning. What number?`], [110, 'p', 'text me at 410-555-0183. thats all'], [116, 'l', 'Got it, thanks, bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the confirmation the patron pasted promises nothing from the provider
    name: 'the patron pastes an e-mail ("Thank you for contacting Ask Us Now. Someone will contact you within 3 days.") and asks; the provider answers and promises nothing: no follow-up session',
    lines: [[0, 'p', 'i got this: "Thank you for contacting Ask Us Now. Someone will contact you within 3 days." but it was 5 days'], [22, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. What was your question about?'], [50, 'p', 'a book for my book club'], [90, 'l', 'The answer went out on Tuesday from askusnow.info, check your spam folder. The title was Horse by Geraldine Brooks, in the catalog at catalog.example.org. Does that help?'], [120, 'p', 'found it! thats all'], [125, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  // ---- quoted and pasted words -------------------------------------------------------------------------------------
  {
    // reading: the quoted "please wait" is the error's; the answer is no hold; the patron replies 200 s later
    name: 'the provider: \'If the error reads "please wait, processing", reload the page\'; the patron tries for 200 s: no hold, keep_informed passes',
    lines: [...ASKED, [80, 'l', `If the error reads "please wait, processing" and never finishes, reload the page. ${ANSWER} Did that work?`], [280, 'p', 'yes finally! thats all'], [286, 'l', 'Great, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: the quoted "Are you still there?" in the final idle is not the provider's check-in; 80 → 240 = 160 s
    name: 'the provider\'s message in the final idle: \'If you see "Are you still there?", tap Yes\', then goodbye: idle_checkin fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [150, 'l', 'One more tip: if the site asks "Are you still there?", tap Yes or it logs you out.'], [240, 'l', 'Thanks for chatting, goodbye!']],
    exp: some({ idle: 'fail', courteous: 'pass' }),
  },
  {
    // reading: the quoted notice in the final idle is no disconnect notice; the provider's own check-in is
    name: 'the provider checks in, then closes with \'If the page says "Your session has expired and will now close", just sign in again. Take care!\': idle passes, notice fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [210, 'l', 'Are you still there?'], [290, 'l', 'If the page says "Your session has expired and will now close", just sign in again. Take care!']],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // the system's notice is not the provider's
    name: 'the provider checks in; the system posts "The patron appears to have disconnected. This chat will now close.": notice fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [210, 'l', 'Are you still there?'], [300, 's', 'The patron appears to have disconnected. This chat will now close.', sys('ended')]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "Your time is up" quoted from the computer screen dismisses no one
    name: 'the provider: \'The reservation screen says "Your time is up" at the end of the 2 hours\', and explains extending: no_dismissal passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} About the library computers: the reservation screen says "Your time is up" at the end of the 2 hours, and you can extend once if no one is waiting. Did that work?`], [110, 'p', 'yes thats all'], [116, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the error's "please contact your library" is Libby's words; the provider's fix sends the patron nowhere
    name: 'the provider: \'Libby\\\'s "Please contact your library" message just means the card expired; renew it online at …\': no referral',
    lines: [...ASKED, [80, 'l', 'Libby\'s "Please contact your library" message just means the card expired. You can renew the card online at catalog.example.org/renew-card, then sign in again. Did that work?'], [110, 'p', 'yes thats all'], [116, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: the title "Visit Sunny Chernobyl" in a pasted record sends the patron nowhere
    name: 'a pasted record: "Title: Visit sunny Chernobyl : and other adventures in the world\'s most polluted places / Author: Blackwell, Andrew": no referral',
    lines: [[0, 'p', 'looking for a funny travel book about polluted places, someone told me about it'], [22, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. Do you remember the author or anything in the title?'], [50, 'p', 'chernobyl i think'], [90, 'l', 'Title: Visit sunny Chernobyl : and other adventures in the world\'s most polluted places / Author: Blackwell, Andrew / Call number: 363.73 BLA / Status: Available at Odenton. Is that the one?'], [120, 'p', 'yes! thats all'], [125, 'l', 'Enjoy, bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss for the title readings: the provider's own "call" with a party and its number refers
    name: 'near miss: "Call the Odenton branch at 410-222-0000 to have it held": referral passes',
    lines: [[0, 'p', 'looking for a funny travel book about polluted places, someone told me about it'], [22, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. Do you remember the author or anything in the title?'], [50, 'p', 'chernobyl i think'], [90, 'l', 'It is Visit Sunny Chernobyl by Andrew Blackwell, in the catalog at Odenton. Call the Odenton branch at 410-222-0000 to have it held. Is that the one?'], [120, 'p', 'yes! thats all'], [125, 'l', 'Enjoy, bye!']],
    exp: some({ referral: 'pass' }),
  },
  // ---- Y6's fixes: the cases and their near misses ----------------------------------------------------------------
  {
    // near miss for `quotedWordsY6` (holds): the provider's own hold around a quoted title still holds; 80 → 220 = 140 s
    name: 'near miss: \'Searching "lost colony" in the catalog now, one moment.\' is the provider\'s own hold; the answer 140 s later: keep_informed fails',
    lines: [...ASKED, [80, 'l', 'Searching "lost colony" in the catalog now, one moment.'], [220, 'l', `${ANSWER} Did that work?`], [250, 'p', 'yes thats all'], [255, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss for v24's `hold` "more than a minute": "Hang on a minute, please." still holds; 80 → 220 = 140 s
    name: 'near miss: "Hang on a minute, please." holds; the answer 140 s later: keep_informed fails',
    lines: [...ASKED, [80, 'l', 'Hang on a minute, please.'], [220, 'l', `${ANSWER} Did that work?`], [250, 'p', 'yes thats all'], [255, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // v24's `hold`: "for more than a minute" is how long the screen spins, no hold; the patron replies 200 s later
    name: '"If the page spins for more than a minute, reload it." is no hold; the patron tries it for 200 s: keep_informed passes',
    lines: [...ASKED, [80, 'l', `If the page spins for more than a minute, reload it. ${ANSWER} Did that work?`], [280, 'p', 'yes finally! thats all'], [286, 'l', 'Great, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss for `quotedWordsY6` (dismissals): the provider's own "your time is up", beside a quoted screen message
    name: 'near miss: \'The screen said "session ended" because your time is up for today, sorry.\': no_dismissal fails',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes. also why did the library pc log me off'], [116, 'l', 'The screen said "session ended" because your time is up for today, sorry.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss for `patronNameY6`: a lone name that is not the patron's still introduces the provider
    name: 'near miss: the patron is Maria; the provider: "hi! kat from the teen desk @ Westside Library" introduces kat: greeting passes',
    lines: [[0, 'p', 'hi, this is Maria, quick question about the teen volunteer program'], [25, 'l', 'hi! kat from the teen desk @ Westside Library'], [30, 'l', 'How old is the volunteer?'], [60, 'p', '15'], [90, 'l', 'Teens 14 and up can apply at catalog.example.org/volunteer. Does that help?'], [120, 'p', 'yes thats all'], [125, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // `patronNameY6` in short: the patron gave the name in their message ("im Rosa")
    name: 'the patron writes "hey im Rosa from the Dundalk branch"; the provider: "hi rosa from dundalk library, what do you need?": greeting fails',
    lines: [[0, 'p', 'hey im Rosa from the Dundalk branch, need a title checked'], [25, 'l', 'hi rosa from dundalk library, what do you need?'], [30, 'l', 'Which title?'], [60, 'p', 'Horse by Geraldine Brooks'], [90, 'l', 'The catalog at catalog.example.org shows Horse on the shelf at Towson. Does that help?'], [120, 'p', 'yes thats all'], [125, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for v24's `farewell` ("Title: Goodbye…"): the record then the provider's own "Goodbye!"
    name: 'near miss: the record "Title: Goodbye to all that / … / Status: Available. Goodbye!" ends with the provider\'s own goodbye: courteous passes',
    lines: [...ASKED, [80, 'l', `${ANSWER} Did that work?`], [110, 'p', 'yes thats all. oh and is the graves book in'], [130, 'l', 'Title: Goodbye to all that / Author: Graves, Robert / Status: Available. Goodbye!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss for v24's `completeness` ("…the kind of thing she would like?"): a question about the school
    name: 'near miss: after the answer, "Is that the kind of thing they teach in second grade?" asks about the school: completeness fails',
    lines: [[0, 'p', 'need easy books about volcanoes for my daughter'], [22, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. How old is she?'], [50, 'p', '7'], [90, 'l', 'Try "Volcanoes" by Seymour Simon, in the catalog at catalog.example.org. Is that the kind of thing they teach in second grade?'], [120, 'p', 'no idea. thats all'], [125, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // v24's `completeness` in short
    name: 'after the answer, "Is that the kind of thing he would like?": completeness passes',
    lines: [[0, 'p', 'need easy books about trucks for my son'], [22, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. How old is he?'], [50, 'p', '5'], [90, 'l', 'Try "Trucks" by Byron Barton, in the catalog at catalog.example.org. Is that the kind of thing he would like?'], [120, 'p', 'yes. thats all'], [125, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  // ---- kept from the cases moved to LEFT ---------------------------------------------------------------------------
  {
    // the patron's promise to call and "get back to you" is theirs; the provider's referral has its phone
    name: 'the provider: "Call the Howard County Circuit Court clerk at 410-313-2111"; the patron: "ill call them tomorrow and get back to you": referral passes, no follow-up',
    lines: [...ASKED, [80, 'l', `${ANSWER} For the name on your card, call the Howard County Circuit Court clerk at 410-313-2111 first. Did that work?`], [110, 'p', 'yes. ill call them tomorrow and get back to you. thats all'], [116, 'l', 'Thanks, bye!']],
    exp: some({ referral: 'pass', contact: 'na', code: 'pass' }),
  },
  {
    // internal messages end no wait: 50 → 200 = 150 s
    name: 'internal notes ("checking with circ, one sec" and the answer) while the patron sees nothing for 150 s: keep_informed fails',
    lines: [...ASKED, [60, 'i', 'checking with circ, one sec'], [120, 'i', 'circ: her account has a block, cleared now'], [200, 'l', `${ANSWER} Did that work?`], [230, 'p', 'yes thats all'], [235, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // internal messages end no wait: the patron's reply at 35, the provider's next visible message at 200: 165 s
    // LEFT: referral.contact comes out pass. "You can update your email under My Account at ccpl.librarycatalog.info and
    // request it again in the fall." sends the patron to the catalogue (a source), to no person or organisation, and "I
    // checked with our ILL office" is staff consulted for the patron: no referral by the Terms. The scorer reads a referral
    // there; the reading of self-service steps at the library's own catalogue is outside this area (a short case below
    // keeps the internal messages' wait).
    name: 'the provider asks a colleague in internal messages ("let me check with Sam in ILL, one moment") while the patron sees nothing for 165 s: keep_informed fails',
    lines: [
      [0, 'p', 'i requested a book thru interlibrary loan in march and never heard anything'],
      [22, 'l', 'Hi, I am Jo at the Carroll County Public Library. Was it a book or an article, and do you remember the title?'],
      [35, 'p', 'book, The Chesapeake Bay Book by Philip Curtin'],
      [40, 'i', 'let me check with Sam in ILL, one moment'],
      [100, 'i', 'Sam: it came back unfilled on 4/2, no lender, notice went to an old email'],
      [200, 'l', 'I checked with our ILL office: no library could lend The Chesapeake Bay Book, and the notice went to an old email on your account. You can update your email under My Account at ccpl.librarycatalog.info and request it again in the fall. Does that answer your question?'],
      [240, 'p', 'oh ok. yes thats all'],
      [246, 'l', 'Thanks for your patience, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
];

describe('twenty-third round (Y6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-third round (Y6): patron words and quoted provider words, every check', whole);
describeSessions('twenty-third round (Y6): patron words and quoted provider words, short cases', short);

describeLeft('twenty-third-round-patronwords', LEFT);
