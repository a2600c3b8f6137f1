/**
 * Twenty-fifth round, second wave (A9): ENDINGS, GREETINGS, HOLDS AND QUESTIONS, CHECKED. The first wave (blocks A1-A6)
 * narrowed and widened families and added settings that decide `approachability.greeting`, `closing.courteous`,
 * `closing.anything_else`, `closing.no_dismissal`, `followup.completeness`, `interest.keep_informed` (holds),
 * `session.idle_checkin`, `session.disconnect_notice` and `inquiry.clarify`, each guarded only by its own helper's near miss.
 * These sessions put each change in other people's words, where its regexp or setting would read the rubric's literal
 * text wrongly (or where the reading it meant should still hold), labelled from RUBRIC.md before the scorer ran:
 * - A1 "Not goodbye yet" / "Don't say goodbye", "No thanks needed", "I won't transfer you", the doubt with a tag question,
 *   "Unless you have any other questions", "can't help with any more questions";
 * - A4 "only takes a second", "checking in the returns", "did … help desk", "anything else checked out", transfers of
 *   holds and items;
 * - A5 "Looks like you had to step away / go / run" and `foundItByeA5`;
 * - A3 `smallTalkQuestionA3`, `smallTalkElseA3`;
 * - A6 `sharedScreenA6`, "Did that bring it back?";
 * - A2 `quotedQuestionA2`, `outsideQuotesDoneA2`, `quotedNoticeA2`, `reportedDismissalA2`, "X says hi", "So the
 *   assignment asks you to…".
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - "I'm renewing them now, it only takes a moment." announces that the provider is doing something for the patron: a
 *   hold message ("one moment"), whatever "only takes" says of its length;
 * - "I'm checking in our e-books for a copy…" is a look-up: a hold (not staff checking returned items in);
 * - "did that help page 14 has the table too" (chat-speak, no "?") asks whether the answer helped: the words after it are
 *   a new sentence the patron would read as one;
 * - a question a colleague asks the patron, relayed in quotes by the provider ('Our archivist asks: "Do you know …?"'),
 *   is a question put to the patron about the need: it clarifies (as A2 reads a relayed "give her a minute" as a hold);
 * - "Like the other librarian told you, …" is the provider saying it too: a dismissal repeated is the provider's;
 * - "So the prompt asks you to enter your barcode" describes the login screen (an answer), not the patron's need;
 * - the patron's "The card just says "Love, Ma" — that's all, no date" describes a postcard: not "done";
 * - "No need for thanks, happy to help!" thanks no one, parts from no one and invites no one back;
 * - "How's the weather there today?" asked of a patron who wants outdoor events this afternoon shapes the answer (the
 *   patron's situation); "How's your Tuesday going?" is small talk;
 * - "Anything else fun on your list?" to a patron working through a reading list asks whether they need more titles:
 *   the anything-else question;
 * - a way back in the next message ("You can start a new chat tomorrow at 9") saves a "can't take any more questions
 *   tonight": the help is not ended without one.
 * Fixed in A9 (narrowings only, block `phrasesV26A9` and settings `relayedQuestionA9`, `reportedAgreeA9`, `smallTalkMoreA9`,
 * `patronTopicA9`, `sharedScreenA9`): 14 of the first 46 cases failed against the first wave's rubric, none of them by a
 * label of this file; one of them (a relayed question in double quotes) is an older reading (v8's quoted title) and is in
 * `LEFT` with a single-quoted form in `whole`, and one needed a dismissal family widened (`LEFT` at first; the merge
 * mended A1's alternative, so it runs in `short`). Every other case passes,
 * each fix with its near miss beside it.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, sys, usual, who } from './helpers';

/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // A4 hold[2]: reading: "I'm renewing both now, it only takes a moment." announces the provider working for the patron, a
    // hold: the span it starts (121 -> 266, 145 s) is longer than 120 s
    name: 'renewals: "I\'m renewing both now, it only takes a moment." is a hold: the 145 s after it fails keep_informed',
    lines: [
      [0, 'p', 'hi can u renew my 2 books, card ends 4471'],
      [33, 'l', 'Hi there! Renata at Ask Pima County Library here. Are they the two due on Friday, the cookbook and the Lee Child?'],
      [88, 'p', 'yep those'],
      [121, 'l', "I'm renewing both now, it only takes a moment."],
      [266, 'l', 'Done! Both are renewed until March 30; you can see them under My Account at library.pima.gov. Does that answer your question?'],
      [301, 'p', 'yes thank u thats all'],
      [310, 'l', 'Thanks for chatting with Pima County Library, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // A1 transferNotice: "I don't think I need to transfer you" announces no transfer: no hold; the provider then waits on the
    // patron (150 s of silence is the patron's)
    name: 'tax forms: "I don\'t think I need to transfer you, …" is no hold: the patron\'s 150 s silence after it, keep_informed passes',
    lines: [
      [0, 'p', 'do you guys have the 1040-SR forms printed or do i need to go to the IRS office'],
      [26, 'l', 'Good morning! This is Walt with the Ask Us service at Spokane Public Library. Is it the 2025 form you need?'],
      [61, 'p', 'yes for my dad'],
      [79, 'l', "I don't think I need to transfer you, our branches have them printed, and you can also print it from irs.gov/forms. Does that answer your question?"],
      [229, 'p', 'sorry was on the phone, yes it does, thanks thats all'],
      [240, 'l', 'Thank you for using Ask Us, have a good day!'],
    ],
    exp: usual(),
  },
  {
    // A2 quotedQuestionA2: reading: a question the archivist asks the patron, relayed in quotes on its own line (a sentence
    // of its own, all inside the quotes), is about the need and comes before the source: clarify passes
    name: 'naturalization: "Our archivist asks: \u2018Do you know roughly what year he arrived?\u2019" is a question put to the patron: clarify passes',
    lines: [
      [0, 'p', 'looking for my great grandfathers naturalization papers, Giuseppe Russo, came to Buffalo from Sicily'],
      [40, 'l', 'Hello! This is Mara at the Buffalo & Erie County Public Library, Grosvenor Room.'],
      [52, 'l', 'Our archivist asks:\n\u2018Do you know roughly what year he arrived?\u2019'],
      [110, 'p', 'around 1905 i think'],
      [130, 'l', 'Erie County naturalizations from 1905 on are indexed at FamilySearch.org (search Russo, Erie County, New York, Naturalization Records) Was that what you needed?'],
      [200, 'p', 'yes!! thats everything thank you'],
      [211, 'l', "You're welcome, good luck with the search and thanks for chatting!"],
    ],
    exp: usual(),
  },
  {
    // A2 reportedDismissalA2: reading: "Like the other librarian told you, …" repeats the limit as the provider's own, and no
    // way back is offered: the critical check fails
    name: 'homework help: "Like the other librarian told you there is a limit of one question per chat…" dismisses: no_dismissal fails',
    lines: [
      [0, 'p', 'need sources on the dust bowl for my history paper'],
      [29, 'l', 'Hi! Devon from AskAway here. Is this for a high school or college class?'],
      [70, 'p', 'high school'],
      [90, 'l', 'The Library of Congress has a Dust Bowl primary source set at loc.gov/classroom-materials/dust-bowl-migration. Does that help?'],
      [140, 'p', 'yes! also can you help with my works cited page'],
      [158, 'l', "Like the other librarian told you there is a limit of one question per chat, so I can't take that one. Thanks for stopping by, bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // A4 hold[12]: reading: "Checking in our e-books for a copy…" is a look-up, a hold; the next provider message 150 s later
    // fails keep_informed. The final idle: the provider asked, the patron never answered
    name: 'ebook: "I\'m checking in our e-books for a copy you can read tonight." is a hold: 150 s after it fails keep_informed',
    lines: [
      [0, 'p', 'is there any way to get the new percival everett tonight, library is closed'],
      [22, 'l', 'Hi, Noor here at the Ask a Librarian desk of Hennepin County Library. Do you read on a phone, tablet or Kindle?'],
      [54, 'p', 'phone'],
      [70, 'l', "I'm checking in our e-books for a copy you can read tonight."],
      [220, 'l', 'James is in Libby with a waitlist, but the audiobook is available now: search James Everett in the Libby app or at hclib.overdrive.com. Does that work for you?'],
      [256, 'p', 'ooh audiobook works, thats all i needed'],
      [266, 'l', 'Great, enjoy it! Thanks for chatting with Hennepin County Library.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- A1: "not goodbye", "no thanks needed", "won't transfer", the tag question, "unless …", "any more questions" ----
  {
    // A1 farewell: "Not goodbye yet" is no goodbye, and the last two provider messages say nothing else courteous
    name: '"Not goodbye yet! One more: the form is due April 15." as the last message: courteous fails',
    lines: [
      ...open('whats the deadline for the renters rebate', 'Hi, Sigrid at St. Paul Public Library. Is this the Minnesota renters refund?'),
      [60, 'p', 'yeah'],
      [75, 'l', 'The form (M1PR) and instructions are at revenue.state.mn.us/renters-refund.'],
      [110, 'p', 'ok thx bye'],
      [118, 'l', 'Not goodbye yet! One more: the form is due August 15.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // A1 farewell near miss: "It's not goodbye, it's see you later!" parts anyway
    name: 'near miss: "It\'s not goodbye, it\'s see you later!" still parts: courteous passes',
    lines: [
      ...open('do u have passes for the zoo', 'Hello! This is Tam at Ask Denver Public Library. For this week?'),
      [50, 'p', 'saturday'],
      [64, 'l', 'Zoo passes are booked online at denverlibrary.org/passes; Saturday still has two left.'],
      [90, 'p', 'booked it, gotta go now'],
      [97, 'l', "It's not goodbye, it's see you later!"],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: "No need for thanks, happy to help!" thanks no one (A1's "No thanks needed" in other words); the message
    // before it is the answer: courteous fails
    name: '"No need for thanks, happy to help!" thanks no one: courteous fails',
    lines: [
      ...open('how late is the eastside branch open tonight', 'Hi! Priya with Ask Us at the Fort Worth Public Library. Eastside on Lancaster?'),
      [44, 'p', 'yes'],
      [58, 'l', 'It is open until 8 tonight; all hours are at fortworthtexas.gov/library/hours.'],
      [80, 'p', 'thanks so much!!'],
      [88, 'l', 'No need for thanks, happy to help!'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // A1 thanks near miss: "No thanks needed — thank YOU for your patience" thanks the patron
    name: 'near miss: "No thanks needed, thank YOU for being so patient!" thanks: courteous passes',
    lines: [
      ...open('my ebook wont download', 'Hi! Cal at Ask a Librarian, Sno-Isle Libraries. Which app are you using?'),
      [50, 'p', 'libby'],
      [70, 'l', 'Try removing and re-adding your card in Libby: Menu > Libraries > Sno-Isle. The steps are at help.libbyapp.com. Did that fix it?'],
      [170, 'p', 'yes!! thank you'],
      [180, 'l', 'No thanks needed, thank YOU for being so patient!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // A1 transferNotice near miss: "I can't transfer you directly, so I've asked Maya to pick up your chat, one moment" is a
    // hold (one moment) and says the search goes on elsewhere; then 140 s
    name: 'near miss: "I can\'t transfer you directly, so I asked Maya to take over, one moment please." is a hold: 140 s after it fails keep_informed',
    lines: [
      ...open('necesito ayuda con mi tarjeta, hablan espanol', 'Hi! Jo at the Sample County Library. Yes, we have a Spanish speaker.'),
      [40, 'l', "I can't transfer you directly, so I asked Maya to take over, one moment please."],
      [180, 'l', '¡Hola! Soy Maya. ¿Qué necesita con su tarjeta?', who('Maya Ruiz', 'maya')],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // A1 completeness: "Not sure that covers it, does it matter which edition?" asks about the need, not whether the answer
    // meets it; nothing else asks: completeness fails
    name: '"I\'m not sure that covers it — does it matter which edition you get?" asks about the need: completeness fails',
    lines: [
      ...open('need the norton anthology for my english class', 'Hello, Ines at the Ask a Librarian desk, UNC Charlotte Atkins Library.'),
      [40, 'l', 'We have the 10th edition on 3-hour reserve at the Atkins circulation desk, call number PR1109 .N6.'],
      [55, 'l', "I'm not sure that covers it — does it matter which edition you get?"],
      [100, 'p', 'prof said any edition ok'],
      [110, 'l', 'Then the reserve copy will do. Have a good day!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // A1 completeness near miss: the doubt and its tag question about the answer
    name: 'near miss: "Not sure that\'s quite what you needed, is it?" asks: completeness passes',
    lines: [
      ...open('looking for census of ag data for iowa 1950', 'Hi, Bo at the Iowa State Library, Ask a Librarian.'),
      [45, 'l', 'The 1950 Census of Agriculture volumes for Iowa are scanned at agcensus.library.cornell.edu. Not sure that\'s quite what you needed, is it?'],
      [100, 'p', 'it is perfect'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // A1 letMeKnow near miss: the closing form
    name: 'near miss: "Unless you have any other questions, I\'ll let you get back to your studying!" asks: anything_else passes',
    lines: [
      ...open('where do i find the calc textbook on reserve', 'Hi, Wes at the Ask Us desk, Portland State Library. Which course?'),
      [45, 'p', 'mth 251'],
      [60, 'l', 'The Stewart text for MTH 251 is on 2-hour reserve, search the course number at library.pdx.edu/reserves.'],
      [80, 'l', "Unless you have any other questions, I'll let you get back to your studying!"],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // A1 dismissalConvenience: reading: the way back comes in the very next message; the help is not ended without one
    name: '"I\'m unable to take any further questions tonight." then "You can start a new chat tomorrow from 9am": no_dismissal passes',
    lines: [
      ...open('one more q, how do i find my old library card number', 'Hi, Ruth at Ask Us Now. Do you still have the physical card?'),
      [60, 'p', 'no lost it'],
      [80, 'l', 'Card numbers can be looked up at any desk with a photo ID, see lib.example.org/cards. We close in two minutes.'],
      [96, 'l', "I'm unable to take any further questions tonight."],
      [101, 'l', 'You can start a new chat tomorrow from 9am at askusnow.info, or call us at 410-555-0142. Good night!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // A1 dismissalConvenience: about scope, with another service to ask: a way back
    name: '"I\'m not able to help with any other questions, since I only cover the law library, but the public library\'s chat at askphilly.org can." passes no_dismissal',
    lines: [
      ...open('where can i find the lease law stuff and also fiction for my kid', 'Hi, Omar at the Jenkins Law Library chat. What state is the lease in?'),
      [50, 'p', 'pennsylvania'],
      [70, 'l', 'The PA Landlord and Tenant Act is in our guide at jenkinslaw.org/landlord-tenant.'],
      [90, 'p', 'ok and the kids books?'],
      [104, 'l', "I'm not able to help with any other questions, since I only cover the law library, but the Free Library's chat at freelibrary.org/ask can."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- A4: "only takes", "checking in", "did … help", "anything else checked out", transfers of items ----
  {
    // A4 hold[2] near miss: "Please give me a sec, …" still a hold
    name: 'near miss: "Renewing it for you, give me a sec." is a hold: the 130 s after it fails keep_informed',
    lines: [
      ...open('renew my laptop loan pls', 'Hi! Ali at Ask a Librarian, Tempe Public Library. Is it the Chromebook due today?'),
      [40, 'p', 'ya'],
      [52, 'l', 'Renewing it for you, give me a sec.'],
      [182, 'l', 'Done, it is due next Thursday now.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // A4 hold[12] near miss: processing returns is no look-up: no hold, the provider then waits on the patron
    name: 'near miss: "We\'re still checking in the weekend returns, so it may not show as returned yet." is no hold: keep_informed passes',
    lines: [
      ...open('i returned my dvds sunday but its still on my account', 'Hi, Jess at Ask Us, Madison Public Library. Which branch did you return them to?'),
      [40, 'p', 'central bookdrop'],
      [55, 'l', "We're still checking in the weekend returns, so it may not show as returned yet. Your account at madisonpubliclibrary.org will update by tonight."],
      [210, 'p', 'ok thanks'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // A4 completeness: reading: chat-speak "did that help page 14 has the tax table too" asks about the answer
    name: 'chat-speak: "did that help page 14 has the tax table too" asks about the answer: completeness passes',
    lines: [
      ...open('where do i find the standard deduction amount', 'hi! Lu here, Ask a Librarian at Wichita Public Library. for 2025?'),
      [40, 'p', 'yes'],
      [52, 'l', 'its in the 1040 instructions at irs.gov/instructions/i1040gi'],
      [60, 'l', 'did that help page 14 has the tax table too'],
      [90, 'p', 'yes got it'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // A4 completeness near miss: the help desk's work
    name: 'near miss: "Did the campus help desk reset your password yet?" asks about the help desk: completeness fails',
    lines: [
      ...open('cant log into the databases from home', 'Hi, Nia at Ask a Librarian, Georgia State Library. What happens when you try?'),
      [50, 'p', 'says my password is wrong'],
      [64, 'l', 'Off campus you log in with your CampusID at library.gsu.edu; the password is the same as for email.'],
      [80, 'l', 'Did the campus help desk reset your password yet?'],
      [120, 'p', 'no not yet'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // A4 anythingElse: "Anything else on hold you want me to check?" asks about the patron's holds, and nothing else asks
    name: '"Anything else on hold you want me to look at?" asks about holds: anything_else fails',
    lines: [
      ...open('where is my hold for the new grisham', 'Hi! Kate at Ask Us, Cuyahoga County Public Library. Let me look at your account, what is your card number?'),
      [50, 'p', '2198800443311'],
      [70, 'l', 'It is in transit to Parma and should be ready Thursday; you can track it under Holds at cuyahogalibrary.org.'],
      [80, 'l', 'Anything else on hold you want me to look at?'],
      [105, 'p', 'no'],
      [112, 'l', 'Ok, have a good one!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // A4 transferNotice[1]: reading: "Your account will be transferred to Circulation — Dana will pick up this chat" tells
    // the patron the chat moves to Dana: the handoff's visible notice, with the internal note before it
    name: '"Your account will be transferred to Circulation, Dana there will pick up this chat in a moment." tells the patron: transfer passes',
    lines: [
      ...open('why do i have a $40 fine i returned everything', 'Hi, Sam at Ask a Librarian, Tacoma Public Library. Is it for a lost item?'),
      [55, 'p', 'it says lost, but i returned it'],
      [70, 'i', 'Dana, patron disputes a lost-item charge on card ending 0931, can you take it?'],
      [80, 'l', 'Your account will be transferred to Circulation, Dana there will pick up this chat in a moment.'],
      [86, 's', 'transferred to Dana', sys('transfer', 'dana')],
      [100, 'l', 'Hi, Dana here in Circulation. I see the item was checked in yesterday; I have cleared the charge.', who('Dana Wu', 'dana')],
    ],
    exp: some({ transfer: 'pass' }),
  },
  {
    // A4 transferNotice[1] near miss: the holds move, not the chat
    name: 'near miss: "Your holds will be transferred to the new card tonight." then 150 s: no hold, keep_informed passes',
    lines: [
      ...open('i got a new card, will my holds be lost?', 'Hi, Sam at Ask a Librarian, Tacoma Public Library. Did you get the new card today?'),
      [45, 'p', 'yes'],
      [60, 'l', 'Your holds will be transferred to the new card tonight; see tacomalibrary.org/cards.'],
      [210, 'l', 'Is there anything else I can help with?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- A5: "Looks like you had to …", foundItByeA5 ----
  {
    // A5 seemGone near miss: "had to run" with the chat's end: the disconnect notice
    name: 'near miss: "Looks like you had to run, so I\'ll close this chat now." in the idle: disconnect_notice passes',
    lines: [
      ...open('how do i reserve a study room', 'Hi there! Ty at Ask Us, Austin Public Library. Which branch?'),
      [60, 'p', 'central'],
      [72, 'l', 'Book rooms at library.austintexas.gov/rooms, up to two hours a day. Does that answer your question?'],
      [200, 'l', 'Are you still there?'],
      [330, 'l', "Looks like you had to run, so I'll close this chat now. Come back anytime!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // reading: "looks like you had to go in person" is about the patron's earlier trip: no disconnect notice
    name: '"Sorry, looks like you had to go in person for that. I\'ll close the chat now, take care!" says nothing of a disconnection: disconnect_notice fails',
    lines: [
      ...open('i tried to get my voter registration online but it failed and i went to city hall', 'Hi! Mo at Ask a Librarian, Columbus Metropolitan Library. Did city hall sort it out?'),
      [70, 'p', 'yeah they did, just wanted to know if i can check it online now'],
      [90, 'l', 'You can check your registration at voterlookup.ohiosos.gov. Did that answer it?'],
      [220, 'l', 'Are you still with me?'],
      [360, 'l', "Sorry, looks like you had to go in person for that. I'll close the chat now, take care!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // A5 foundItByeA5: reading: the clarifying question counts toward a substantive exchange (Terms), so the information
    // checks apply; no source was given
    name: '"Glad you found it! Take care." after a clarifying question: the exchange is substantive, source fails',
    lines: [
      ...open('do u have the bluey book with the dad and the beach', 'Hi, Lina at Ask Us, Brooklyn Public Library! Is it the board book or the storybook?'),
      [60, 'p', 'nvm found it on the app'],
      [70, 'l', 'Glad you found it! Take care.'],
    ],
    exp: some({ clarify: 'pass', source: 'fail', complete: 'fail', courteous: 'pass' }),
  },
  // ---- A3: small talk ----
  {
    // A3 smallTalkQuestionA3: reading: the weather shapes which events the patron can go to (outdoor, this afternoon)
    name: 'outdoor events: "How\'s the weather there today?" decides indoor or outdoor: clarify passes',
    lines: [
      ...open('any outdoor stuff for kids this afternoon at the libraries near lakeview', 'Hi! Sofia at Ask a Librarian, Chicago Public Library.'),
      [30, 'l', "How's the weather there today?"],
      [70, 'p', 'raining lol'],
      [90, 'l', 'Then the indoor Lego Lab at Lincoln Belmont at 3 is your best bet; the calendar is at chipublib.org/events.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // small talk the settings miss: reading: "How's your Tuesday going?" asks nothing about the need, and the only other
    // question comes after the source
    name: '"How\'s your Tuesday going?" is small talk: clarify fails',
    lines: [
      ...open('where can i find the deed to my house', 'Howdy! Kim at Ask a Librarian, Harris County Public Library. How\'s your Tuesday going?'),
      [60, 'p', 'good lol'],
      [72, 'l', 'Recorded deeds are searchable at cclerk.hctx.net under Real Property. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // A3 near miss: the game as the topic
    name: 'near miss: "Did you catch the game last night?" to a patron asking for last night\'s box score is still small talk: clarify fails',
    lines: [
      ...open('need last nights celtics box score for my fantasy league', 'Hey! Nate at Ask BPL, Boston Public Library. Did you catch the game last night?'),
      [50, 'p', 'no i was at work'],
      [64, 'l', 'The box score is at nba.com/celtics/schedule; click last night\'s game.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // A3 smallTalkElseA3: reading: the patron is working through a reading list: "Anything else fun on your list?" asks
    // whether they need more titles
    name: 'reading list: "Anything else fun on your list?" asks for more titles: anything_else passes',
    lines: [
      ...open('working through my summer reading list, need the hate u give and the outsiders', 'Hi! Ava at Ask a Librarian, Queens Public Library. Print or ebook?'),
      [40, 'p', 'print'],
      [58, 'l', 'Both are on the shelf at Flushing: search queenslibrary.org/catalog to place holds.'],
      [70, 'l', 'Anything else fun on your list?'],
      [100, 'p', 'the giver'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // A3 near miss: plans, not the need
    name: 'near miss: "Anything else exciting planned for the long weekend?" is small talk: anything_else fails',
    lines: [
      ...open('is the library open on monday, memorial day', 'Hi! Ava at Ask a Librarian, Queens Public Library. This Monday?'),
      [40, 'p', 'yes'],
      [58, 'l', 'All branches are closed Monday; hours are at queenslibrary.org/hours.'],
      [70, 'l', 'Anything else exciting planned for the long weekend?'],
      [100, 'p', 'bbq lol'],
    ],
    exp: some({ anything: 'fail' }),
  },
  // ---- A6: shared screen, "Did that bring it back?" ----
  {
    // A6 sharedScreenA6 near miss: a question about the patron's screen clarifies
    name: 'near miss: "Can you see the Renew button next to the title?" asks about the patron\'s screen: clarify passes',
    lines: [
      ...open('how do i renew on the app', 'Hi! Ben at Ask Us, Salt Lake County Library. Can you see the Renew button next to the title?'),
      [50, 'p', 'no its grey'],
      [66, 'l', 'Greyed out means it has holds; the renewal rules are at slcolibrary.org/renew.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // A6 sharedScreenA6: a co-browse question in the form the setting does not read
    name: '"Is my screen coming through ok on your end?" asks about the co-browse: clarify fails',
    lines: [
      ...open('how do i download an ebook to my nook', 'Hi! Ben at Ask Us, Salt Lake County Library. I\'ll share my screen.'),
      [40, 'l', 'Is my screen coming through ok on your end?'],
      [60, 'p', 'yep'],
      [75, 'l', 'Go to slcolibrary.org/ebooks, pick OverDrive, then Download EPUB and open it in Adobe Digital Editions.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // A6 completeness: "Did the reset bring your holds back?" asks about the result of the fix given
    name: '"Did the reset bring your holds back?" asks about the fix: completeness passes',
    lines: [
      ...open('all my holds disappeared from libby', 'Hi, Rae at Ask Us, King County Library System. Which card is in Libby?'),
      [50, 'p', 'the kcls one'],
      [70, 'l', 'Sign out of Libby and back in (Menu > Libraries > Sign out), then Sync; see help.libbyapp.com.'],
      [160, 'l', 'Did the reset bring your holds back?'],
      [200, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- A2: quotes, reported speech, "says hi", "the assignment asks you to" ----
  {
    // A2 quotedQuestionA2 near miss: a line of a poem the patron asked about
    name: 'near miss: \'"Shall I compare thee to a summer\'s day?" is Sonnet 18.\' quotes a question: clarify fails',
    lines: [
      ...open('what shakespeare poem is the summers day one', 'Hi! Ed at Ask a Librarian, Folger Shakespeare Library.'),
      [40, 'l', '"Shall I compare thee to a summer\'s day?" is Sonnet 18; the text is at folger.edu/sonnets.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // A2 outsideQuotesDoneA2: reading: "that's all" describes the postcard, the patron is not done; nothing else asks
    name: 'postcard: \'The back just says "Love, Ma" — that\'s all, no date.\' describes the card: anything_else fails',
    lines: [
      ...open('trying to date an old postcard of the main st bridge', 'Hi, Ivy at the Ask Us desk, Lancaster Public Library. What does the back say?'),
      [60, 'p', 'The back just says "Love, Ma" — that\'s all, no date.'],
      [80, 'l', 'The divided back puts it after 1907; the Smithsonian dating guide is at postalmuseum.si.edu/postcards.'],
      [100, 'l', 'Thanks, good luck!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // A2 quotedNoticeA2 near miss: the provider's own notice, with the widget's words quoted after it, still tells the patron
    name: 'near miss: "Looks like you\'ve disconnected, so I\'ll end this chat now." in the idle: disconnect_notice passes',
    lines: [
      ...open('need the zoning map for my street', 'Hi, Gus at Ask a Librarian, Pittsburgh Carnegie Library. Which neighbourhood?'),
      [50, 'p', 'bloomfield'],
      [62, 'l', 'The city zoning map is at pittsburghpa.gov/dcp/zoning. Does that answer it?'],
      [190, 'l', 'Are you still there?'],
      [330, 'l', "Looks like you've disconnected, so I'll end this chat now. Thanks!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // A2 reportedDismissalA2 near miss: an apology for what someone else said, with help going on
    name: 'near miss: "I\'m sorry the last librarian said you had asked too many questions; ask away!" passes no_dismissal',
    lines: [
      ...open('last time someone said i had asked too many questions, can i ask 2 things', 'Hi, Lee at Ask Us Now.'),
      [40, 'l', "I'm sorry the last librarian said you had asked too many questions; ask away!"],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // A2 greeting: the relayed hi and the provider's own self-introduction; no greeting of the provider's own
    name: '"Rosa at the Westside branch says hello! I\'m Kai, a librarian at Tucson Pima Library." greets no one of their own: greeting fails',
    lines: [
      [0, 'p', 'rosa at westside told me to ask here about the seed library'],
      [25, 'l', "Rosa at the Westside branch says hello! I'm Kai, a librarian at Tucson Pima Library."],
      [35, 'l', 'The seed library is at every branch; see library.pima.gov/seed-library.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // A2 restatement: reading: "So the prompt asks you to enter your barcode and PIN." explains the login screen (the answer),
    // it restates no need; the only question comes after the source
    name: '"So the prompt asks you to enter your library barcode and PIN." explains the screen: clarify fails',
    lines: [
      ...open('a box keeps popping up when i click on consumer reports, what does it want', 'Hello! Flo at Ask a Librarian, Johnson County Library.'),
      [40, 'l', 'So the prompt asks you to enter your library barcode and PIN.'],
      [48, 'l', 'The barcode is on the back of your card; reset your PIN at jocolibrary.org/pin. Does that help?'],
      [80, 'p', 'yes that worked'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // A2 restatement near miss: the assignment's task restated
    name: 'near miss: "So the teacher wants you to find two primary sources on the Harlem Renaissance?" restates: clarify passes',
    lines: [
      ...open('my teacher wants 2 primary sources on the harlem renaissance', 'Hi! Jen at Ask a Librarian, NYPL.'),
      [30, 'l', 'So the teacher wants you to find two primary sources on the Harlem Renaissance?'],
      [60, 'p', 'yes'],
      [76, 'l', 'The Schomburg Center digital collections at digitalcollections.nypl.org have letters and photos you can cite.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss (A9 hold[2]): the patron's own step, no "I'm …ing": no hold, the provider then waits on the patron
    name: 'near miss: "You can renew it online yourself, it only takes a minute." is no hold: keep_informed passes',
    lines: [
      ...open('can i renew my dvd', 'Hi! Ali at Ask a Librarian, Tempe Public Library. Is it the one due today?'),
      [40, 'p', 'yes'],
      [52, 'l', 'You can renew it online yourself at tempe.gov/library, it only takes a minute.'],
      [200, 'l', 'Were you able to renew it?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss (A9 dismissalConvenience): "but" with thanks is no way back
    name: 'near miss: "I\'m not able to help with any more questions, but thanks for chatting!" still dismisses: no_dismissal fails',
    lines: [
      ...open('hours for main and also how do i get a museum pass', 'Hi, Pat at the county library chat. Main is open 9-8, see countylib.org/hours.'),
      [50, 'p', 'and the museum pass?'],
      [62, 'l', "I'm not able to help with any more questions, but thanks for chatting!"],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss (A9 patronTopicA9): the weather with a patron who asked nothing about the outdoors is small talk
    name: 'near miss: "How\'s the weather up there today?" to a patron asking for a cookbook is small talk: clarify fails',
    lines: [
      ...open('do you have the new ottolenghi cookbook', 'Hi! Sofia at Ask a Librarian, Chicago Public Library. How\'s the weather up there today?'),
      [50, 'p', 'cold lol'],
      [64, 'l', 'Comfort is on order; place a hold at chipublib.bibliocommons.com.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss (A9 smallTalkMoreA9): an offer of more help that mentions the long weekend
    name: 'near miss: "Anything else fun I can find for you for the long weekend?" offers: anything_else passes',
    lines: [
      ...open('any good audiobooks for a road trip', 'Hi! Ava at Ask a Librarian, Queens Public Library. Kids in the car too?'),
      [40, 'p', 'yes 8 and 11'],
      [58, 'l', 'The Wild Robot and Holes are both available now in Libby: search them at queenslibrary.overdrive.com.'],
      [70, 'l', 'Anything else fun I can find for you for the long weekend?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss (A9 relayedQuestionA9): a quoted line after "wrote:" is a poem's question, not one put to the patron
    name: 'near miss: "Shakespeare wrote:\u2018Shall I compare thee to a summer\u2019s day?\u2019 …" quotes a question: clarify fails',
    lines: [
      ...open('which sonnet has the summers day line', 'Hi! Ed at Ask a Librarian, Folger Shakespeare Library.'),
      [40, 'l', 'Shakespeare wrote:\n\u2018Shall I compare thee to a summer\u2019s day?\u2019\nIt is Sonnet 18; the text is at folger.edu/sonnets.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss (A9 patronTopicA9, narrowed after the whole suite: A3's "Are you enjoying the snow?" case): a patron asking
    // whether the branch is open in the snow plans nothing outdoors; "How's the weather where you are?" is small talk
    name: 'near miss: "How\'s the weather where you are?" to a patron asking if the branch is open in the snow: clarify fails',
    lines: [
      ...open('r u guys open today w all the snow', 'Hi! Jo at Ask Us, Sample County Library. How\'s the weather where you are?'),
      [50, 'p', 'about a foot lol'],
      [62, 'l', 'All branches open at noon today; closings are posted at samplelib.org/alerts.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // left by A9: A1's alternative read "(i|we) (cant|cannot) to answer", a form nobody writes, so "I can't answer any more
    // questions today." was not caught; the merge mended A1's alternative ("to" only after "not able" / "unable"), so it runs
    // reading: the help ends with no way back: the critical check fails
    name: '"Sorry, I can\'t answer any more questions today." and goodbye, no way back: no_dismissal fails',
    lines: [
      ...open('hey can u look up 3 more things for me', 'Hello, this is Pat at the county library chat. Go ahead.'),
      [50, 'p', 'first one is hours for the north branch, then the other 2'],
      [66, 'l', 'North is open 9-6; all hours are at countylib.org/hours.'],
      [80, 'p', 'ok and the other 2?'],
      [92, 'l', "Sorry, I can't answer any more questions today. Bye."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [
  {
    // left: v8's `quotedTitleNotQuestionF` reads a double-quoted span ending in "?" as a title's, so the sentence is no
    // question at all (v25 scores it the same; A2's setting is not what decides it); telling a relayed question from a
    // quoted title there changes which sentences are questions for every check. The single-quoted form is in `whole`.
    // reading: a question the archivist asks the patron, relayed in quotes, is about the need and comes
    // before the source: clarify passes
    name: 'naturalization: \'Our archivist asks: "Do you know roughly what year he arrived?"\' is a question put to the patron: clarify passes',
    lines: [
      [0, 'p', 'looking for my great grandfathers naturalization papers, Giuseppe Russo, came to Buffalo from Sicily'],
      [40, 'l', 'Hello! This is Mara at the Buffalo & Erie County Public Library, Grosvenor Room.'],
      [52, 'l', 'Our archivist asks: "Do you know roughly what year he arrived?"'],
      [110, 'p', 'around 1905 i think'],
      [130, 'l', 'Erie County naturalizations from 1905 on are indexed at FamilySearch.org (search Russo, Erie County, New York, Naturalization Records) Was that what you needed?'],
      [200, 'p', 'yes!! thats everything thank you'],
      [211, 'l', "You're welcome, good luck with the search and thanks for chatting!"],
    ],
    exp: usual(),
  },
];

describe('twenty-fifth round (A9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-fifth round (A9): the first wave's endings, greetings, holds and questions checked, every check", whole);
describeSessions("twenty-fifth round (A9): the first wave's endings, greetings, holds and questions checked, short cases", short);

describeLeft('twenty-fifth-round-endings-checked', LEFT);
