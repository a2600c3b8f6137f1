/**
 * Twenty-ninth round, area (F5): ENDINGS UNDER PRESSURE. The service closing for the night, a queue of waiting patrons,
 * a provider's shift ending, a handover to the next provider (with and without the internal note and the visible
 * notice), patrons who disconnect, go quiet, come back or get abusive, and providers who must end a chat
 * (closing.no_dismissal, closing.courteous, closing.anything_else, session.idle_checkin, session.disconnect_notice,
 * transfer.handoff).
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  closing time, with a way back (dismissal passes):
 *   1. "We're closing for the night in a couple of minutes; chat reopens tomorrow at 9, or e-mail askus@… " (warm)
 *   2. "Right, we're closing up now, I'm afraid. Do pop back in the morning from 9." (British)
 *   3. "Service closing in 2 min. Ring the branch on 07 5555 0100 tomorrow for the rest. Ta." (Australian, terse)
 *   4. "La biblioteca cierra en 5 minutos. Si necesita más ayuda, puede escribirnos mañana desde las 9." (Spanish)
 *   5. "Kindly excuse me, my duty hours are over. Please do revisit the chat tomorrow." (Indian English)
 *   6. "[Macro] This chat is now ending. If you have further questions, please start a new chat at askus.org." (macro)
 *  closing time / shift end, no way back (dismissal fails):
 *   7. "The library is closing now so I have to end the chat. Bye." (after a new question)
 *   8. "my shift is over, sorry! bye" (student worker)
 *   9. "We close at 8 and it's 8. Goodnight." (veteran)
 *  queue:
 *  10. "I have several other patrons waiting, so I'll need to wrap up here; please log back on later." (seed: passes)
 *  11. "There's a queue building up so I need to stop here. Bye." (no way back: fails)
 *  12. "ok that's a lot of questions. i can't do all of those tonight. bye" (fails)
 *  shift-end handovers: "My shift is ending, so I'm transferring you to my colleague Priya" (+ the note, or not);
 *   the internal note "pt wants …, my shift ends" (why) vs "xfer, thx" (no why).
 *  the idle patron: "Are you still there?", "Hello? Still with me?", "It looks like you've disconnected. I'll close this
 *   chat now, but come back anytime.", "I haven't heard from you in a while, so I'll end this session.", silence.
 *  patrons: "sorry my wifi dropped", "sorry im here! was in the stacks", "omg my bus gtg ty!!", abuse.
 *  abuse: "I'm going to end this chat now because of the language used; you're welcome to start a new chat."
 *   / "I will not continue this conversation. Goodbye." (abuse, not convenience: dismissal passes either way)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - the service or the library closing, with no way back, after the patron asked something more, ends the help without
 *   a way back: it is the "time is up" the seed forbids (dismissal fails); with "we reopen at 9", "start a new chat",
 *   "e-mail us" it passes;
 * - a shift ending handed over to a colleague (a transfer) is a way back: the help goes on (dismissal passes);
 * - ending because the patron is abusive is not for the provider's convenience (older reading: passes);
 * - the patron's "gtg ty" is not saying explicitly that they are done (closing.anything_else fails unless asked);
 * - a transfer announcement is a hold message, so the receiving provider's first message starts the final idle;
 * - "you can e-mail askus@…" tells the patron to write to the library's service outside the chat: a referral (with its
 *   address, it passes); saying when chat is back ("chat is back at 10am tomorrow") is a way back but not an invitation, so
 *   it does not make closing.courteous pass on its own;
 * - the end only threatened on the patron's conduct ("if the language continues I will have to end the chat") ends nothing.
 * Written: 33 whole sessions (29 first, 4 more for the fixes), 27 short cases (22 first, 5 more for the fixes), 12 near
 * misses in `guards`. First run: 8 of 80 tests failed on 9 statuses: closing.no_dismissal 5, closing.courteous 3,
 * referral.contact 1. Two were my labels (the warm closing's "e-mail askus@fcpl.org" is a referral that passes; "chat is
 * back at 10am tomorrow" invites nobody back: courteous fails); 7 were the scorer, fixed in block F5:
 *  - `closedNowF5` (classify.ts `closedNowF5`): a message that only says the service is closed now ("We close at 8 and it's
 *    8. Goodnight.", "We're closed now, sorry.", "its closing time sorry!") right after the patron's question (typed with a
 *    question mark, not about the hours), no source, no way back, no help after it: dismissal fails [near misses: "is the
 *    branch open right now?" then "No, we're closed now, sorry."; "We're closed now, but you can renew at sample.org/renew";
 *    "… Chat again tomorrow from 9!"; the patron done, then "We're closing now, good night!"];
 *  - `conductWarningF5` (classify.ts): the convenience sentence is a conditional about the patron's conduct ("If the language
 *    continues I will have to end the chat.", "If this behaviour continues, I'll need to end our session."): no dismissal
 *    [near misses: "Your Spanish language question will have to wait; I need to end the chat now.", "If your language class
 *    needs more, sorry, I have to end the chat now." still fail];
 *  - wayBack and inviteBack: "log / sign back in" before later / tomorrow / "and whoever's on …", and "revisit the chat /
 *    our chat service" ("My shift ends now; log back in and whoever's on will help you.", "Please do revisit the chat
 *    tomorrow") [near misses: "Log back in to Libby and the magazine will show up.", "Revisit your search terms", "log back
 *    in to your account to see the hold" after "gotta go"];
 *  - dismissalConvenience: "I / we can't (won't be able to) do / answer / go through all of those / the rest … tonight /
 *    today / now", not before "but" or "so let's" ("ok that's a lot of questions. i can't do all of those tonight. bye")
 *    [near misses: "I can't answer all of those tonight, but let's start with …", "You can't renew all of them today",
 *    "… but please come back tomorrow"].
 * One near miss was reworded before it ran green, not relabelled: "log back in to your account later" carried v1's way back
 * "later", which the near miss was not about. Left: none.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual, who } from './helpers';

const PRIYA = who('Priya Nair', 'priya');
const xferTo = (sec: number, name: string, id: string): Line => [sec, 's', `Chat transferred to ${name}`, sys('transfer', id)];

/** A short session up to the patron's second question (after a source, completeness asked). */
const BASE: Line[] = [
  [0, 'p', 'hi, can I download audiobooks with my library card?'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Which device will you listen on?"],
  [50, 'p', 'an iphone'],
  [70, 'l', 'Get the Libby app from the App Store and add Sample County Library; the steps are at sample.org/libby. Does that help?'],
  [100, 'p', 'yes! and can I also get magazines there?'],
];
/** The same, with the patron silent after the answer. */
const QUIET: Line[] = BASE.slice(0, 4);
const L = (text: string, t = 120): Line => [t, 'l', text];

export const whole: SessionCase[] = [
  {
    // the service closing, with a way back, after a second question: dismissal passes; nobody asked "anything else"
    name: 'warm public library, closing for the night: "chat reopens tomorrow at 9, or e-mail us" : dismissal passes',
    lines: [
      [0, 'p', 'hi do you have book club kits i can borrow'],
      [18, 'l', 'Hi there, thanks for contacting Ask Us! This is Marcy at Frederick County Public Libraries. How many people are in your club?'],
      [60, 'p', 'about 10 of us'],
      [75, 'l', 'Our Book Club in a Bag kits have 10 copies each; you can browse and request them at fcpl.org/bookclub. Is that what you were looking for?'],
      [120, 'p', 'perfect. also do you have any with large print?'],
      [140, 'l', "We're closing for the night in a couple of minutes, so I can't dig into that one now. Chat reopens tomorrow at 9am, or you can e-mail askus@fcpl.org and we'll answer in the morning. Thanks for chatting with us!"],
      [160, 'p', 'ok thanks'],
    ],
    // label fixed after the first run: "you can e-mail askus@fcpl.org" tells the patron to write to the library's service
    // outside the chat, with the address (a referral that passes)
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: the library closing with no way back, after a new question: the "time is up" the seed forbids
    name: 'veteran, the library closing: "We close at 8 and it\'s 8. Goodnight." after a new question: dismissal fails',
    lines: [
      [0, 'p', 'do you have the Baltimore Sun from 1975 on microfilm'],
      [22, 'l', 'Good evening, Enoch Pratt Free Library chat, this is Lou. Which months?'],
      [55, 'p', 'june 1975'],
      [70, 'l', 'Yes, we have it on microfilm in the Periodicals department, and it is also in ProQuest Historical Newspapers at prattlibrary.org/research. Does that answer your question?'],
      [110, 'p', 'great, can i print from the microfilm readers?'],
      [125, 'l', "We close at 8 and it's 8. Goodnight."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'seed form: "several other patrons waiting, so I\'ll need to wrap up here; please log back on later" : dismissal passes',
    lines: [
      [0, 'p', 'Hello, I have a few questions about starting a small business'],
      [25, 'l', 'Hello, and welcome to AskUsNow! My name is Grace, I am a librarian with Howard County Library. What kind of business are you thinking about?'],
      [70, 'p', 'a home bakery. first, do I need a license?'],
      [85, 'l', 'Let me check on that for you.'],
      [150, 'l', 'In Maryland a home bakery falls under the Cottage Food rules; the Department of Health explains them at health.maryland.gov/phpa/OEHFP/OFPCHS/Pages/cottage-food.aspx. Does that help?'],
      [190, 'p', 'yes! next, how do I price things, and where do I get insurance, and how do I do taxes, and can I sell at farmers markets'],
      [205, 'l', 'Those are all great questions! I have several other patrons waiting right now, so I will need to wrap up here, but please feel free to log back on later and we can work through the rest. Thank you for chatting with AskUsNow!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'busy night: "There\'s a queue building up so I need to stop here. Bye." : dismissal fails, courteous passes',
    lines: [
      [0, 'p', 'how do i cite a youtube video in MLA'],
      [15, 'l', 'Hi, this is Dev at the Ask a Librarian service. Is it MLA 9th edition?'],
      [40, 'p', 'yes'],
      [55, 'l', 'The Purdue OWL page owl.purdue.edu/owl/research_and_citation/mla_style has a YouTube example. Does that help?'],
      [95, 'p', 'kinda, what if there is no upload date?'],
      [105, 'l', "There's a queue building up so I need to stop here. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // a shift-end handover done right: notice, a note saying why, the transfer, the colleague finishes
    name: 'shift ending, handed to Priya with the note and the notice: transfer passes, no dismissal',
    lines: [
      [0, 'p', 'Hi, I am trying to find my grandfather in the 1940 census, he lived in Baltimore'],
      [20, 'l', "Hi! I'm Jo, a librarian with AskUsNow! Do you know his street address in 1940?"],
      [60, 'p', 'yes, 1200 block of N Charles St'],
      [75, 'l', 'Great. The 1940 census is free at 1940census.archives.gov; you search by enumeration district. Is that the kind of thing you need?'],
      [110, 'p', 'yes but how do i find the district?'],
      [125, 'l', "My shift is ending in a few minutes, so I'm going to transfer you to my colleague Priya, who will help you find the enumeration district. One moment please."],
      [130, 'i', 'pt looking for grandfather in 1940 census, 1200 N Charles St Baltimore; needs the ED. my shift ends now, thanks!'],
      xferTo(135, 'Priya Nair', 'priya'),
      [170, 'l', 'Hi, this is Priya picking up from Jo. Steve Morse\'s One-Step tool at stevemorse.org/census/unified.html converts an address to a 1940 ED. Did that help?', PRIYA],
      [230, 'p', "yes found it! ED 4-512. that's all I needed, thank you both"],
      [240, 'l', 'Wonderful! Thanks for using AskUsNow!, goodbye.', PRIYA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'shift ending, visible notice but no internal note: transfer fails',
    lines: [
      [0, 'p', 'hey i need peer reviewed articles on sleep and memory for psych'],
      [25, 'l', 'Hi! Sam here, a student assistant at the Ask a Librarian desk at State University Libraries. Is this for an intro psych class?'],
      [55, 'p', 'psy 101 yeah'],
      [70, 'l', 'PsycINFO is the best database, linked at lib.state.edu/psycinfo. Does that help?'],
      [100, 'p', 'how do i make it only show peer reviewed'],
      [110, 'l', 'my shift is about to end so im transferring u to the next librarian, they can show u the filters!'],
      xferTo(115, 'Rosa Diaz', 'rosa'),
      [150, 'l', 'Hi, Rosa here. In PsycINFO tick "Peer Reviewed" under Limit To on the left. Anything else I can help with?', ROSA],
      [190, 'p', 'no thats it thanks'],
      [200, 'l', 'Good luck with the paper, bye!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'handover with an internal note but no word to the patron: transfer fails',
    lines: [
      [0, 'p', 'Good evening. I would like to know if the law library has the Maryland Code from 1957.'],
      [30, 'l', 'Good evening, thank you for contacting AskUsNow! I am Helen, a librarian at Anne Arundel County Public Library. Do you need a specific article of the Code?'],
      [75, 'p', 'Article 27, the criminal law.'],
      [80, 'i', 'Rosa, could you take this one? Pt needs 1957 Md Code Art. 27, you have the law library collection and my shift is ending.'],
      xferTo(90, 'Rosa Diaz', 'rosa'),
      [130, 'l', "Hello, I'm Rosa at the State Law Library. We hold the 1957 Code in print; you can request a scan at lawlibrary.maryland.gov/request. Would that meet your need?", ROSA],
      [180, 'p', 'Yes, thank you very much. That is everything.'],
      [190, 'l', 'You are welcome, have a good evening!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'student worker: "my shift is over, sorry! bye" after a follow-on question: dismissal fails',
    lines: [
      [0, 'p', 'where can i print in the library'],
      [15, 'l', 'hi! im Tasha at the Library Help Desk chat :) which building are u in?'],
      [40, 'p', 'main library'],
      [50, 'l', 'main has printers on floor 1 by the cafe, instructions at lib.univ.edu/print. did that help?'],
      [80, 'p', 'yes. how much is color?'],
      [95, 'l', 'my shift is over, sorry! bye'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'patron goes quiet: check-in at 2 min, disconnect notice with an invitation back: both pass',
    lines: [
      [0, 'p', 'I need the phone number for the passport office in Baltimore'],
      [20, 'l', 'Hello, Jo at Ask Us, Baltimore County Public Library. Do you need an appointment or just general info?'],
      [50, 'p', 'an appointment'],
      [65, 'l', 'Please call the Baltimore Passport Agency at 1-877-487-2778 to book (travel.state.gov/passport). Does that help?'],
      [190, 'l', 'Are you still there?'],
      [310, 'l', "It looks like you've disconnected. I'm going to close this chat now, but please feel free to chat with us again anytime. Thanks!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'patron goes quiet, the provider lets the session run out without a word: idle and disconnect fail',
    lines: [
      [0, 'p', 'when is the bookmobile at Oak Park'],
      [20, 'l', 'Hi, this is Kim at Sample County Library. Is that Oak Park Elementary or the Oak Park apartments stop?'],
      [45, 'p', 'the school'],
      [60, 'l', 'The bookmobile is at Oak Park Elementary Tuesdays 3-5pm; the schedule is at sample.org/bookmobile. Does that help?'],
    ],
    over: { endAfter: 420 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'patron drops off and comes back ("sorry my wifi dropped"): the session goes on, no final idle',
    lines: [
      [0, 'p', 'how do I renew my library card online'],
      [20, 'l', "Hi! Thanks for contacting Ask Us. I'm Ana at Carroll County Public Library. Has your card expired already?"],
      [150, 'l', 'Are you still with me?'],
      [200, 'p', 'sorry my wifi dropped. yes it expired last month'],
      [215, 'l', 'No problem! You can renew at library.carr.org/renew with your card number and PIN. Did that work?'],
      [300, 'p', 'yes it worked, thats all i needed'],
      [310, 'l', 'Great, thanks for chatting and have a nice day!'],
    ],
    exp: usual(),
  },
  {
    // waiting on the patron from 20 s to 200 s is not keep_informed's business; no final idle
    name: 'patron returns after the disconnect notice ("sorry im here! was in the stacks"): usual session',
    lines: [
      [0, 'p', 'where are the graphic novels'],
      [20, 'l', 'Hi, welcome to Ask Us! This is Ben at the Central Library. Are you in the building now?'],
      [140, 'l', 'Hello? Are you still there?'],
      [320, 'l', "It looks like you've disconnected. If I don't hear from you soon, I'll end this session."],
      [340, 'p', 'sorry im here! was in the stacks'],
      [355, 'l', 'No worries! Graphic novels are on the 2nd floor in the Teen area, and you can see the call numbers in the catalogue at sample.org/catalog. Did you find them?'],
      [420, 'p', 'found them, no more questions thanks'],
      [430, 'l', 'Enjoy your reading, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'abusive patron, provider ends with a way back: dismissal passes',
    lines: [
      [0, 'p', 'why is my fine $12'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Was it for a late item or a lost one?"],
      [45, 'p', 'late dvd'],
      [60, 'l', 'DVDs are $1 a day; you can see each charge under My Account at sample.org/account. Does that answer your question?'],
      [90, 'p', 'this is a f***ing scam you people are thieves'],
      [100, 'l', 'I understand you are frustrated, but please keep the language respectful.'],
      [120, 'p', 'f*** you'],
      [130, 'l', "I'm going to end this chat now because of the language used. If you'd like help with a library question in the future, you're welcome to start a new chat."],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: abuse, not the provider's convenience; "Goodbye." is a goodbye
    name: 'abusive patron, provider ends with no way back: "I will not continue this conversation. Goodbye." : dismissal passes',
    lines: [
      [0, 'p', 'i need a book on hitler'],
      [25, 'l', 'Hello, you have reached Ask a Librarian, this is Carl. Are you looking for a biography or history of the war?'],
      [60, 'p', 'biography'],
      [75, 'l', 'Ian Kershaw\'s Hitler: A Biography is in our catalog at sample.org/catalog. Is that what you were looking for?'],
      [110, 'p', 'ur a [slur] and so is everyone at the library'],
      [120, 'l', 'I will not continue this conversation. Goodbye.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // a system outage: way back by phone (the provider's own library: a referral with the phone)
    name: 'system going down: "please call us at 410-555-0100 when we open at 10" : dismissal passes, referral passes',
    lines: [
      [0, 'p', 'do you have any ESL conversation groups'],
      [20, 'l', "Hello, this is Lin with Ask Us at Montgomery County Public Libraries. Which branch is closest to you?"],
      [50, 'p', 'Wheaton'],
      [65, 'l', 'Wheaton has English Conversation Club on Thursdays at 6pm; the calendar is at montgomerycountymd.gov/library/events. Does that help?'],
      [100, 'p', 'yes, is there one on saturdays too?'],
      [110, 'l', 'Our chat system is going down for maintenance in two minutes, so I have to end this chat. Please call the Wheaton branch at 410-555-0100 when it opens at 10 tomorrow and they can tell you about Saturdays. Thank you for your patience!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'closing time, follow-up promised, e-mail confirmed, done in 20 h: follow-up checks pass',
    lines: [
      [0, 'p', 'I need statistics on opioid overdoses in Allegany County for 2015-2020'],
      [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Do you need them by year or by month?"],
      [60, 'p', 'by year'],
      [70, 'l', 'One moment while I look.'],
      [160, 'l', 'The Maryland Department of Health publishes yearly county overdose reports at health.maryland.gov/vsa. Is that the kind of data you need?'],
      [200, 'p', 'yes but I need it in a spreadsheet'],
      [215, 'l', "We're closing in five minutes, so rather than rush it, I'll find the spreadsheet version and e-mail it to you by tomorrow at noon. What's your e-mail address?"],
      [240, 'p', 'dana.k@example.com'],
      [250, 'l', "Got it: dana.k@example.com. You'll hear from me by noon tomorrow. Thanks for your patience and good night!"],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(20 * 3600), by: 'jo', note: 'sent overdose xlsx' }] },
    exp: usual({ anything: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'closing time, follow-up promised, coded Answered, no time given: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'hi do you know when the county fair started, like the first year'],
      [15, 'l', 'Hey, Rob at Ask Us here! Which county?'],
      [40, 'p', 'washington county md'],
      [55, 'l', 'Hang on, checking.'],
      [140, 'l', 'The Washington County Free Library has local history files at whilbr.org; I see mentions back to the 1850s there. Does that help?'],
      [180, 'p', 'kinda, i need the exact year'],
      [190, 'l', "We're closing up, but I'll e-mail you once I find the exact year. Your e-mail?"],
      [210, 'p', 'jt2009@example.net'],
      [220, 'l', 'Thanks, talk soon!'],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // a transfer announcement is a hold: Rosa's first message starts the final idle
    name: 'handed over at shift end, patron gone before the colleague answers: idle and disconnect pass',
    lines: [
      [0, 'p', 'Can I get a museum pass with my card?'],
      [20, 'l', 'Hi, Jo at Ask Us, Sample County Library here. Which museum?'],
      [50, 'p', 'the science center'],
      [60, 'l', 'Science Center passes are reserved online at sample.org/museumpass, two days ahead. Does that help?'],
      [100, 'p', 'can I reserve for this saturday?'],
      [110, 'l', "My shift is ending, so I'm transferring you to my colleague Rosa, who can check Saturday for you."],
      [112, 'i', 'pt wants a Science Center pass for Sat; my shift is over, can you check availability?'],
      xferTo(115, 'Rosa Diaz', 'rosa'),
      [160, 'l', "Hi, Rosa here, I've got your question about Saturday. Are you still there?", ROSA],
      [360, 'l', "It seems you've disconnected, so I'll close this chat now. Please come back anytime!", ROSA],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', transfer: 'pass' }),
  },
  {
    name: 'after-hours cooperative backup refers to the local library (closed) with phone and hours: referral passes',
    lines: [
      [0, 'p', 'is my library open on Thanksgiving weekend, Cecil County'],
      [30, 'l', "Hi, thanks for contacting the 24/7 cooperative. I'm Meg, a librarian in Ohio covering tonight. Which branch of Cecil County?"],
      [60, 'p', 'Elkton'],
      [75, 'l', 'Their holiday hours are posted at cecil.ebranch.info/hours; it shows closed Thursday and Friday. For Saturday, please call the Elkton branch at 410-996-5600 when they open. Does that answer your question?'],
      [120, 'p', "yes thanks, that's all"],
      [130, 'l', "It's almost midnight here and I'm the only one on, so I'll close up. Thanks for using the service and happy Thanksgiving!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'patron gone before the provider could work on it: Lost Call, check-in and notice pass, info checks na',
    lines: [
      [0, 'p', 'i need help with my fafsa'],
      [30, 'l', 'Hi, Jo here at Ask Us! Happy to help with that.'],
      [160, 'l', 'Are you still there?'],
      [340, 'l', "It looks like you've disconnected. I'm going to close this chat, but please come back if you still need help."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'four chats at once on a busy night: concurrency fails',
    lines: [
      [0, 'p', 'what time does the Towson branch close tonight'],
      [25, 'l', "Hi, this is Jo at Ask Us, Baltimore County Public Library. Sorry for the wait, I'm juggling a few chats. Is that the Towson branch on York Rd?"],
      [60, 'p', 'yes'],
      [80, 'l', 'Towson closes at 9pm tonight; hours are at bcpl.info/locations. Is there anything else I can help with?'],
      [110, 'p', 'no that was it, thx'],
      [120, 'l', 'You are welcome, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 200), other('b', 'jo', -100, 300), other('c', 'jo', 30, 400)] },
    exp: usual({ complete: 'fail', concurrency: 'fail' }),
  },
  {
    // reading: "gtg ty" is leaving, not saying they're done
    name: 'chat-speak patron leaves: "omg my bus gtg ty!!" : courteous passes, anything fails',
    lines: [
      [0, 'p', 'do u guys have the new zelda game'],
      [15, 'l', 'hi! Marco here at the library chat. switch version?'],
      [35, 'p', 'ya'],
      [45, 'l', 'we have 3 copies, all checked out, u can place a hold at catalog.sample.org. want me to show u how?'],
      [70, 'p', 'omg my bus gtg ty!!'],
      [75, 'l', 'No worries, bye! Come back anytime.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish: "La biblioteca cierra en 5 minutos… puede escribirnos mañana" : dismissal and courteous pass',
    lines: [
      [0, 'p', 'hola, necesito ayuda para sacar la tarjeta de la biblioteca'],
      [20, 'l', 'Hola, bienvenido a Ask Us. Soy Lucía, bibliotecaria de la Biblioteca del Condado de Prince George. ¿Vive usted en el condado?'],
      [50, 'p', 'si, en Hyattsville'],
      [65, 'l', 'Puede solicitar la tarjeta en línea en pgcmls.info/tarjeta con una identificación y un comprobante de domicilio. ¿Le sirve esta información?'],
      [100, 'p', 'si, y puedo usar la tarjeta para libros en español en la app?'],
      [110, 'l', 'La biblioteca cierra en 5 minutos. Si necesita más ayuda, puede volver a escribirnos mañana a partir de las 9. ¡Gracias por usar el servicio!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Indian English: "Kindly excuse me, my duty hours are over. Please do revisit the chat tomorrow" : dismissal passes',
    lines: [
      [0, 'p', 'Good evening madam, I want the syllabus books for UPSC exam in the library.'],
      [25, 'l', 'Good evening, welcome to the Ask a Librarian service of the State Central Library. I am Lakshmi. Which paper are you preparing for, prelims or mains?'],
      [70, 'p', 'Prelims, general studies.'],
      [85, 'l', 'The NCERT textbooks for classes 6 to 12 are available in our Competitive Exams section, and you can check the holdings in the OPAC at scl.gov.in/opac. Is this the information you required?'],
      [130, 'p', 'Yes madam. Also please tell the timings of the reading room on Sundays?'],
      [145, 'l', 'Kindly excuse me, my duty hours are over. Please do revisit the chat tomorrow, my colleague will assist you.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'British: "Right, we\'re closing up now, I\'m afraid. Do pop back in the morning from 9. Cheers!" : passes',
    lines: [
      [0, 'p', 'Hiya, how do I get on the library wifi?'],
      [20, 'l', 'Hello, you are through to the Ask a Librarian service at Leeds Libraries, I am Gemma. Are you in one of our libraries now?'],
      [50, 'p', 'Yes, Central.'],
      [60, 'l', 'Join "Leeds Libraries Free WiFi" and accept the terms; there is a help page at leeds.gov.uk/libraries/wifi. Did that work?'],
      [110, 'p', 'Yes ta. Can I print from my phone as well?'],
      [120, 'l', "Right, we're closing up now, I'm afraid. Do pop back in the morning from 9 if you need anything else. Cheers!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Australian veteran: "Service closing in 2 min. Ring the branch on 07 5555 0100 tomorrow for the rest. Ta." : passes',
    lines: [
      [0, 'p', 'how do i get a parking permit for the library carpark'],
      [20, 'l', 'G\'day, Brisbane City Libraries chat, Trev here. Which branch?'],
      [45, 'p', 'Garden City'],
      [60, 'l', 'No permit needed there, it\'s the shopping centre carpark: 3 hrs free, details at brisbane.qld.gov.au/libraries. That what you were after?'],
      [95, 'p', 'yep. and can i book the meeting room there?'],
      [105, 'l', 'Service closing in 2 min. Ring the branch on 07 5555 0100 tomorrow for the rest. Ta.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'scripted macro after a new question: "start a new chat at askus.org" is a way back: dismissal passes',
    lines: [
      [0, 'p', 'I need the form to request an interlibrary loan'],
      [25, 'l', 'Hello and welcome to Ask Us 24/7! My name is Pat and I am a librarian. Are you a student or a member of the public?'],
      [55, 'p', 'student at Towson'],
      [70, 'l', 'Towson students request ILL through ILLiad at towson.edu/library/ill. Does this completely answer your question?'],
      [110, 'p', 'yes. How long does it take usually?'],
      [120, 'l', 'Thank you for using Ask Us 24/7. This chat session is now ending. If you have further questions, please start a new chat at askus.org.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'long list refused: "ok that\'s a lot of questions. i can\'t do all of those tonight. bye" : dismissal fails',
    lines: [
      [0, 'p', 'hi I need help with my genealogy'],
      [20, 'l', 'hi, Jo at Ask Us here. what are you looking for?'],
      [50, 'p', 'my great grandmother, born 1880 in Ireland'],
      [65, 'l', 'Ancestry Library Edition is free in any branch; see sample.org/genealogy. Does that help?'],
      [110, 'p', 'ok also: her ship, her naturalization, her marriage in NY, her death cert, and where she is buried'],
      [120, 'l', "ok that's a lot of questions. i can't do all of those tonight. bye"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'shift end, transfer with a note that does not say why ("xfer, thx"): transfer fails',
    lines: [
      [0, 'p', 'Hello, I am looking for the annual report of the county school board for 2019'],
      [25, 'l', 'Hello, this is Jo with AskUsNow! Is it the budget you need, or the whole report?'],
      [60, 'p', 'The whole report please.'],
      [70, 'l', "I'm at the end of my shift, so I'll pass you to my colleague Priya, who'll pick it up from here."],
      [72, 'i', 'xfer, thx'],
      xferTo(75, 'Priya Nair', 'priya'),
      [110, 'l', 'Hi, Priya here! The 2019 report is in the school board archive at boarddocs.com/mabe/sample. Does that answer your question?', PRIYA],
      [160, 'p', 'Yes, that is all I needed. Thank you.'],
      [170, 'l', 'My pleasure, have a good evening!', PRIYA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // (closedNowF5, other words) "its closing time sorry!" after a new question
    name: 'student worker: "its closing time sorry! take care" after a new question: dismissal fails',
    lines: [
      [0, 'p', 'hey is there a scanner i can use'],
      [15, 'l', 'hi! Jordan here at the Campus Library help chat. are u in the building?'],
      [40, 'p', 'yeah 2nd floor'],
      [50, 'l', 'theres a free scanner by the 2nd floor printers, guide at lib.campus.edu/scan. does that help?'],
      [80, 'p', 'ya. can it scan straight to google drive?'],
      [90, 'l', 'its closing time sorry! take care'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // (conductWarningF5, other words) the end only threatened; the help goes on and ends well
    name: 'rude patron warned ("If this behaviour continues, I\'ll need to end our session"), then helped: dismissal passes',
    lines: [
      [0, 'p', 'why is your stupid website so useless, i cant find anything'],
      [20, 'l', "Hi, this is Morgan at Ask Us, Sample County Library. What are you trying to find?"],
      [45, 'p', 'a book about diabetes, are you people all idiots'],
      [60, 'l', "I'm happy to help, but please keep it civil. If this behaviour continues, I'll need to end our session. Is the book for you or someone you care for?"],
      [90, 'p', 'for my dad. sorry, long day'],
      [100, 'l', 'No problem. The American Diabetes Association Complete Guide to Diabetes is in our catalogue at sample.org/catalog, and MedlinePlus at medlineplus.gov/diabetes.html is good too. Does that help?'],
      [140, 'p', "yes thats all i needed thanks"],
      [150, 'l', 'You are welcome, take care!'],
    ],
    exp: usual(),
  },
  {
    // (wayBack / inviteBack "sign back in", other words) the shift ends, the way back is the next day's librarian
    name: 'shift ends: "Please sign back in tomorrow and the day librarian can look at it." : dismissal and courteous pass',
    lines: [
      [0, 'p', 'I need the 1910 plat map of Towson'],
      [20, 'l', 'Hello, this is Jo, librarian at Baltimore County Public Library. Do you need the whole district or a few lots?'],
      [60, 'p', 'just the lots along York Rd'],
      [75, 'l', 'The Bromley 1915 atlas is at mdhistory.msa.maryland.gov; 1910 may only be in print. Is that close enough?'],
      [120, 'p', 'I really need 1910, is there a print copy?'],
      [130, 'l', "My shift's ending, so I have to go. Please sign back in tomorrow and the day librarian can look at it."],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // (dismissalConvenience "can't … all of them today", other words)
    name: 'veteran: "That\'s a long list. We can\'t go through all of them today, sorry. Bye!" : dismissal fails',
    lines: [
      [0, 'p', 'i have some questions about medicare'],
      [20, 'l', 'Hello, Pat at Ask Us here. What part of Medicare?'],
      [50, 'p', 'part d'],
      [60, 'l', 'The plan finder is at medicare.gov/plan-compare. Does that answer it?'],
      [100, 'p', 'ok and what about extra help, and supplement plans, and the penalty, and dental'],
      [110, 'l', "That's a long list. We can't go through all of them today, sorry. Bye!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- closing time / shift end: fail without a way back ---------------------------------------------------------------
  { name: '"The library is closing now so I have to end the chat. Bye."', lines: [...BASE, L('The library is closing now so I have to end the chat. Bye.')], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"We\'re closed now, sorry."', lines: [...BASE, L("We're closed now, sorry.")], exp: some({ dismissal: 'fail' }) },
  { name: '"I\'m about to clock out so I have to stop here."', lines: [...BASE, L("I'm about to clock out so I have to stop here.")], exp: some({ dismissal: 'fail' }) },
  { name: '"The chat service is closing, so this chat will end now."', lines: [...BASE, L('The chat service is closing, so this chat will end now.')], exp: some({ dismissal: 'fail', courteous: 'fail' }) },
  { name: '"I have too many people in the queue to keep going with this."', lines: [...BASE, L('I have too many people in the queue to keep going with this.')], exp: some({ dismissal: 'fail' }) },
  // ---- with a way back: pass -------------------------------------------------------------------------------------------
  // label fixed after the first run: saying when chat is back neither thanks, says goodbye nor invites back (courteous fails)
  { name: '"We\'re closing for the night, but chat is back at 10am tomorrow."', lines: [...BASE, L("We're closing for the night, but chat is back at 10am tomorrow.")], exp: some({ dismissal: 'pass', courteous: 'fail' }) },
  { name: '"My shift ends now; log back in and whoever\'s on will help you."', lines: [...BASE, L("My shift ends now; log back in and whoever's on will help you.")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: '"There\'s a line of folks waiting, so I\'ll let you go, but come back anytime!"', lines: [...BASE, L("There's a line of folks waiting, so I'll let you go, but come back anytime!")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: '"We close in 5 min, so send the rest to ask@sample.org and we\'ll answer tomorrow."', lines: [...BASE, L("We close in 5 min, so send the rest to ask@sample.org and we'll answer tomorrow.")], exp: some({ dismissal: 'pass' }) },
  { name: 'shift end handed over: "My shift is ending, so I\'m passing you to Rosa." + note + transfer', lines: [...BASE, L("My shift is ending, so I'm passing you to my colleague Rosa, who will help with magazines."), [122, 'i', 'pt asks about magazines in Libby; my shift ends'], xferTo(125, 'Rosa Diaz', 'rosa'), [160, 'l', 'Hi, Rosa here! Yes, magazines are in Libby under Explore > Magazines. Anything else?', ROSA], [200, 'p', 'no thanks'], [205, 'l', 'Bye, thanks for chatting!', ROSA]], exp: some({ dismissal: 'pass', transfer: 'pass', courteous: 'pass' }) },
  // ---- the closing of a session that went well -------------------------------------------------------------------------
  { name: 'the patron done, "we\'re closing anyway, so good timing! Good night."', lines: [...QUIET, [100, 'p', "that's all I needed, thanks"], L("We're closing anyway, so good timing! Good night.")], exp: some({ dismissal: 'pass', courteous: 'pass', anything: 'pass' }) },
  { name: 'last two: "Thanks for chatting!" then "[chat closed by librarian]"-style "Ending chat."', lines: [...QUIET, [100, 'p', 'ok'], L('Thanks for chatting!'), L('Ending chat.', 130)], exp: some({ courteous: 'pass' }) },
  { name: 'the provider ends without a word of parting: "Closing chat."', lines: [...QUIET, [100, 'p', 'ok'], L('Closing chat.')], exp: some({ courteous: 'fail', dismissal: 'pass' }) },
  // ---- the idle patron -------------------------------------------------------------------------------------------------
  { name: 'quiet 2.5 min, "Hello? Still with me?" then the session ends: check-in passes, disconnect na', lines: [...QUIET, L('Hello? Still with me?', 200)], over: { endAfter: 10 }, exp: some({ idle: 'pass', disconnect: 'na' }) },
  { name: 'quiet 5 min, only "It looks like you\'ve disconnected, so I\'ll end the session.": check-in fails, disconnect passes', lines: [...QUIET, L("It looks like you've disconnected, so I'll end the session.", 370)], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'quiet 5 min, "Are you still there?" then "I haven\'t heard from you in a while, so I\'ll end this session now. Bye!": both pass', lines: [...QUIET, L('Are you still there?', 200), L("I haven't heard from you in a while, so I'll end this session now. Bye!", 380)], exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }) },
  { name: 'quiet 4 min, one message: "Are you still there? If I don\'t hear back I\'ll close the chat since you may have been disconnected."', lines: [...QUIET, L("Are you still there? If I don't hear back I'll close the chat since you may have been disconnected.", 200)], over: { endAfter: 120 }, exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'quiet 1.5 min then "Thanks, bye!": the goodbye ends the idle, both na', lines: [...QUIET, L('Thanks for chatting, bye!', 160)], over: { endAfter: 600 }, exp: some({ idle: 'na', disconnect: 'na', courteous: 'pass' }) },
  { name: 'quiet, "Are you still there?" at 3 min, session runs 6 min more: disconnect fails', lines: [...QUIET, L('Are you still there?', 250)], over: { endAfter: 360 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'the patron sent the last message ("hello??") and the provider never came back: no final idle', lines: [...BASE, [400, 'p', 'hello??']], exp: some({ idle: 'na', disconnect: 'na' }) },
  // ---- abuse -----------------------------------------------------------------------------------------------------------
  { name: 'abuse: "This chat is being ended due to inappropriate language."', lines: [...QUIET, [100, 'p', 'shut up b*tch just give me the f***ing magazines'], L('This chat is being ended due to inappropriate language.')], exp: some({ dismissal: 'pass', courteous: 'fail' }) },
  { name: 'abuse, second warning: "If the language continues I will end the chat." then the patron calms down', lines: [...QUIET, [100, 'p', 'this app is garbage and so r u'], L('I want to help, but if the language continues I will have to end the chat. Which magazine are you after?'), [150, 'p', 'sorry. people magazine'], L('People is in Libby under Magazines. Thanks for your patience, bye!', 170)], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- (F5 fixes) the same behaviour in other words ----------------------------------------------------------------------
  { name: '(closedNowF5) "The library is closed now. Goodbye."', lines: [...BASE, L('The library is closed now. Goodbye.')], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '(closedNowF5) "The reference desk is closing up now, thanks for chatting."', lines: [...BASE, L('The reference desk is closing up now, thanks for chatting.')], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '(conductWarningF5) "if the swearing keeps up I will have to close this chat. What title are you after?"', lines: [...QUIET, [100, 'p', 'this sh*t app never works'], L('Please be respectful; if the swearing keeps up I will have to close this chat. What title are you after?'), [150, 'p', 'ok sorry. vogue'], L('Vogue is in Libby under Magazines. Thanks, bye!', 170)], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: '(inviteBack "revisit") "I must log out now, duty is over. Do revisit our chat service if more doubts come."', lines: [...BASE, L('I must log out now, duty is over. Do revisit our chat service if more doubts come.')], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: '(dismissalConvenience) "I won\'t be able to answer the rest of your questions tonight. Take care."', lines: [...BASE, L("I won't be able to answer the rest of your questions tonight. Take care.")], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for `closedNowF5`: the closing is the answer; help in it; a way back; the patron was done
  { name: 'near miss: "is the Towson branch open right now?" then "No, we\'re closed now, sorry." : passes', lines: [...QUIET, [100, 'p', 'is the Towson branch open right now?'], L("No, we're closed now, sorry.")], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "We\'re closed now, but you can renew online at sample.org/renew." : passes', lines: [...QUIET, [100, 'p', 'can I renew my books?'], L("We're closed now, but you can renew online at sample.org/renew.")], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "We\'re closed now, sorry. Chat again tomorrow from 9!" : passes', lines: [...BASE, L("We're closed now, sorry. Chat again tomorrow from 9!")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'near miss: the patron done, then "We\'re closing now, good night!" : passes', lines: [...QUIET, [100, 'p', "that's all, thanks"], L("We're closing now, good night!")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // near misses for `conductWarningF5`: "language" and "if" that threaten nothing about conduct
  { name: 'near miss: "Your Spanish language question will have to wait; I need to end the chat now." : fails', lines: [...BASE, L('Your Spanish language question will have to wait; I need to end the chat now.')], exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "If your language class needs more, sorry, I have to end the chat now." : fails', lines: [...BASE, L('If your language class needs more, sorry, I have to end the chat now.')], exp: some({ dismissal: 'fail' }) },
  // near misses for wayBack / inviteBack ("log back in", "revisit"): steps, not a way back
  { name: 'near miss: "Log back in to Libby and the magazine will show up." : courteous fails', lines: [...QUIET, [100, 'p', 'it says error'], L('Log back in to Libby and the magazine will show up.')], exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "Revisit your search terms: add the year as well." : courteous fails', lines: [...QUIET, [100, 'p', 'i get too many results'], L('Revisit your search terms: add the year as well.')], exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "my shift ends now, log back in to your account to see the hold" (no way back): dismissal fails', lines: [...BASE, L('my shift ends now, gotta go. log back in to your account to see the hold.')], exp: some({ dismissal: 'fail' }) },
  // near misses for dismissalConvenience ("can't … all of those tonight")
  { name: 'near miss: "I can\'t answer all of those tonight, but let\'s start with the ship records: …" : passes', lines: [...BASE, L("I can't answer all of those tonight, but let's start with the ship records: try Ancestry at sample.org/genealogy.")], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "You can\'t renew all of them today, only 3 at a time." : passes', lines: [...BASE, L("You can't renew all of them today, only 3 at a time.")], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I can\'t do all of those tonight, but please come back tomorrow and we\'ll go through the rest." : passes', lines: [...BASE, L("I can't do all of those tonight, but please come back tomorrow and we'll go through the rest.")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-ninth round (F5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (F5): endings under pressure, every check', whole);
describeSessions('twenty-ninth round (F5): endings under pressure, short cases', short);
describeSessions('twenty-ninth round (F5): endings under pressure, near misses of the changes', guards);

describeLeft('twenty-ninth-round-pressure', LEFT);
