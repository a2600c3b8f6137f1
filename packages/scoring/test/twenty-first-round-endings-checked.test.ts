/**
 * Twenty-first round, second wave (V8): THE FIRST WAVE'S ENDINGS, DISMISSALS AND PROMISES, CHECKED.
 * The first wave (v22, blocks V1-V4) widened `othersWaiting` (closing time, a short-chat rule), `dismissalConvenience`
 * ("I'll have to sign off", "wrapping up for the day"), `dismissalHard` ("a lot of questions for one chat", "I've spent N
 * minutes on this, so I'm ending the chat"), `willEnd`, `inviteBack`, `transferNotice`, `patronDone`, `farewell`, and
 * changed `followupPromise` (a sentence opening "Send / forward your request" is no promise) and the referral families.
 * These sessions probe each change with the provider's words about closing hours, shifts, queues, sign-offs and limits
 * that are NOT a dismissal by the literal text (information about the library's hours, a way back offered in other
 * words, the help going on after the words), next to ones that are; and promises that open "Send / Forward your
 * request". Public, county, academic and cooperative after-hours services; renters, genealogists, students, retirees.
 *
 * Statuses are read from the literal text of RUBRIC.md (and the seed's "Ending Chat Sessions"), decided before running
 * the scorer. Readings taken where the text leaves room (each also at its case):
 * - a way back is any way the patron is told they can get the help again: "message us Saturday from 9", "my colleague
 *   on the evening shift can pick this up", "Priya is taking over the chat", another service's chat with its address;
 *   the words "tomorrow", "again" or "later" elsewhere in the message ("the book is due tomorrow anyway", "Again, sorry",
 *   "it may show up later in Libby") are no way back;
 * - the library's hours given as information about the patron's errand ("we close in 10 min so I can't put it out for
 *   pickup today; it will be ready Thursday") end no help: the answer is the help;
 * - the provider's shift or the closing time mentioned while the help goes on in the same message or after ("I'll have to
 *   sign off pretty soon, so let's get the form sorted: …", "I'm wrapping up for the day in about 10 minutes, so …")
 *   ends nothing;
 * - "I'll have to sign off at this point", "I'll have to log off in a sec, good luck" end the help: a word like "at" or
 *   "in" after the sign-off is not, by itself, a later time with the help going on;
 * - "That's a lot of questions for one chat, but no problem, let's go one by one" remarks on the list while answering
 *   it: it does not tell the patron they asked too many; "That's too many questions for one chat session. Please pick
 *   one." does; "… so I'll answer the first and you can start a new chat for the others" sets a limit of questions;
 * - "I've spent 30 minutes on this, so I'm ending the chat here, and I'll email you what I find by Wednesday" ends the
 *   chat, not the help (a follow-up carries it on): the patron is not told their time is up; the same sentence with
 *   only "Good luck" after it is a dismissal;
 * - "Forward your request to me at … and I'll send the scans by Friday" and "Send me your request and I'll reply by
 *   Friday" promise to send more later (a follow-up session): the provider's "I'll …" in the same sentence is the
 *   promise, whatever the sentence opens with; "Send your request to the county clerk at …; they answer within 10 days"
 *   promises nothing;
 * - "you'd need to start another chat on their page" invites the patron to another service, not back to this one;
 * - "hopefully the landlord's letter answers all my questions" is a hope about a letter, not "I'm done";
 * - "Closing this one out." announces the end: not, by itself, a goodbye.
 * Run before any fix: 18 of the first 45 cases failed (none of them the labels: no case was relabelled). Fixed in v22
 * (block V8, narrowings only, 9 cases): othersWaiting's V4 closing time with a way back in other words ("Message us
 * Saturday from 9", "when we open", "in the morning"); its V4 short-chat rule with the provider's e-mail carrying the
 * help on in the same sentence; dismissalConvenience's V4 sign-off before "pretty soon / shortly / for a couple of
 * minutes" and "wrapping up for the day" before a time; dismissalHard's V3 "I've spent N minutes …, so I'm ending the
 * chat" with "I'll email you / passing it to …" after it, and V4's "a lot of questions for one chat" with "but / let's /
 * no problem" after it; inviteBack's V4 "start another chat" on another service's page; patronDone's V4 "answers all my
 * questions" as a hope ("hopefully … answers all my questions"). Each with a near miss that must still be caught.
 * LEFT (9, each would widen a family): three closing-time messages whose "tomorrow / again / later" is no way back, two
 * sign-offs before "at this point / in a sec", "drop back in anytime" as an invitation back, "I'll reply with … by
 * Friday" as a promise, and two referrals ("to our ILL team at …", "start another chat on their page, <url>").
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR), by, note: 'sent' }];
/** a short opening: the patron asks, the provider greets and asks about the need */
const open = (q: string, greet: string): Line[] => [
  [0, 'p', q],
  [27, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // (fixed in V8: othersWaiting's closing time stands aside at "message us")
    // reading: "Message us Saturday from 9 and whoever is on can pull the reels" is a way back in other words (no
    // "come back", no "tomorrow / again / later"): closing time with a way back passes
    name: 'permit cards: "We close in 10 minutes, so I can\'t dig any further tonight. Message us Saturday from 9…" is a way back',
    lines: [
      [0, 'p', 'hi is there a way to see old building permits for my house? its in the elmwood district'],
      [33, 'l', 'Good evening! This is Rafa at Buffalo & Erie County Public Library. Do you know roughly what year the house was built?'],
      [79, 'p', '1920s i think, maybe 1924'],
      [91, 'l', "Thanks. The city's permit cards before 1950 are on microfilm in our Grosvenor Room; the finding aid is at buffalolib.org/grosvenor-room/permits. Does that help?"],
      [150, 'p', 'yes thank u. are the cards online anywhere tho'],
      [163, 'l', "Not online yet, sorry. We close in 10 minutes, so I can't dig any further tonight. Message us Saturday from 9 and whoever is on can pull the 1924 reel for you. Anything else I can help with?"],
      [201, 'p', 'nope thats all, thanks!!'],
      [207, 'l', 'You are welcome, good night!'],
    ],
    exp: usual(),
  },
  {
    // (fixed in V8: the short-chat rule stands aside before "put the rest … in an email to you")
    // reading: the short-chat rule as the reason the chat stops, with the rest of the list promised by e-mail, ends the
    // chat, not the help: no dismissal; the promise makes a follow-up session (code, e-mail confirmed, a when)
    name: 'reading list: "We need to keep chats short, so I\'ll stop here and put the rest in an email to you by Thursday" is no dismissal',
    lines: [
      [0, 'p', 'Hello I need books on the Dust Bowl for my 8th grader, she has a report'],
      [41, 'l', 'Hi, I am Tomas, a librarian with Tulsa City-County Library. Is she looking for fiction, nonfiction, or both?'],
      [88, 'p', 'nonfiction mostly. oh and my email is kbrandt77@example.com if thats easier'],
      [97, 'l', "Got it, kbrandt77@example.com. Start with 'Children of the Dust Bowl' by Jerry Stanley; our catalog has 3 copies at catalog.tulsalibrary.org. Is that the kind of book she needs?"],
      [160, 'p', 'yes perfect. do you have more like that?'],
      [171, 'l', "I do. We need to keep chats short, so I'll stop here and put the rest of the list in an email to you by Thursday. Anything else for now?"],
      [215, 'p', 'no thats it, thank you so much'],
      [221, 'l', 'My pleasure, bye for now!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(226, 20, 'jo') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // (fixed in V8: dismissalHard's V3 "spent" stands aside before "I'll email you")
    // reading: "I've spent 30 minutes on this, so I'm ending the chat here, and I'll email you … by Wednesday": the chat
    // ends, the help goes on by e-mail: the patron is not told their time is up (no dismissal)
    name: 'deed chain: "I\'ve spent 30 minutes on this, so I\'m ending the chat here, and I\'ll email you what I find by Wednesday" is no dismissal',
    lines: [
      [0, 'p', 'Trying to trace who owned our farm before 1900, Greene County Ohio. Where do I even start'],
      [52, 'l', 'Hello! My name is Bev, reference librarian at Greene County Public Library. Do you have the current parcel number or the township?'],
      [118, 'p', 'Sugarcreek twp, parcel L32000100020001'],
      [126, 'l', 'Let me look in the recorder index, one moment.'],
      [230, 'l', "Still searching, the 1880s volumes are slow to load."],
      [331, 'l', "Found the 1902 deed: Book 98, page 411, on the Recorder's search at greenecountyohio.gov/recorder. Is that the deed you meant?"],
      [402, 'p', 'yes!! can you go back further?'],
      [414, 'l', 'I can. Please confirm your email address?'],
      [450, 'p', 'r.haldane@example.net'],
      [466, 'l', "Thanks, r.haldane@example.net. I've spent 30 minutes on this, so I'm ending the chat here, and I'll email you what I find in the 1870s volumes by Wednesday. Anything else?"],
      [520, 'p', 'no thats everything, thanks so much'],
      [526, 'l', 'Thank you for using Ask Greene, take care!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(531, 40, 'jo') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // (fixed in V8: V4's "a lot of questions for one chat" stands aside before "but / let's")
    // reading: "That's a lot of questions for one chat, but no problem, let's go one by one" remarks on the list and answers
    // it: it does not tell the patron they asked too many
    name: 'new arrival: "That\'s a lot of questions for one chat, but no problem, let\'s go one by one" and the answers follow: no dismissal',
    lines: [
      [0, 'p', 'hi!! just moved here. how do i get a card, can i get ebooks, is there wifi, do u have passport stuff and where do i park'],
      [29, 'l', "Welcome to town! This is Kiona at Spokane Public Library. That's a lot of questions for one chat, but no problem, let's go one by one. Do you have a photo ID with your new address yet?"],
      [84, 'p', 'just my old license and a lease'],
      [95, 'l', 'That works. Sign up at spokanelibrary.org/card with the lease as proof of address; the card gets you ebooks in Libby right away, and Wi-Fi needs no card at all. Does that cover the first three?'],
      [151, 'p', 'yep. passport and parking?'],
      [160, 'l', 'Passport appointments are booked at spokanelibrary.org/passports; parking is free in the lot off Spokane Falls Blvd for 2 hours. Did that answer everything?'],
      [212, 'p', 'yes thats all i needed, ty'],
      [218, 'l', 'Glad to help, see you soon!'],
    ],
    exp: usual(),
  },
  {
    // a real dismissal: the provider leaves, no way back; the goodbye makes the ending courteous
    name: 'tax forms: "I\'ll have to sign off now. Good luck with the return!" with the question still open: dismissal fails',
    lines: [
      [0, 'p', 'where do i find the form for the renters rebate in minnesota'],
      [44, 'l', 'Hi there, this is Gus at Hennepin County Library. Is it for the 2025 rent you paid?'],
      [90, 'p', 'yes. and i also need to know if my CRP counts if the landlord sent it late'],
      [99, 'l', 'The Renter\'s Credit form is on revenue.state.mn.us/renters-credit. Does that help?'],
      [162, 'p', 'ok but what about the late CRP??'],
      [170, 'l', "I'll have to sign off now. Good luck with the return!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // a transfer announced with V4's "free to take this": the notice is visible, the internal note says why
    name: 'Sanborn maps: "Let me see if our map librarian is free to take this" then an internal note and the transfer; Lena answers',
    lines: [
      [0, 'p', 'Is there a Sanborn map for 400 block of Elm St, Dayton, around 1910?'],
      [24, 'l', 'Hello, Corey here at Dayton Metro Library. Do you need the whole block or one building?'],
      [62, 'p', 'just 418 Elm'],
      [70, 'l', 'Let me see if our map librarian is free to take this, one moment please.'],
      [80, 'i', 'Lena, patron wants the 1910 Sanborn sheet for 418 Elm St, can you take the chat?'],
      [98, 's', 'Chat transferred to Lena Brook', sys('transfer', 'lbrook')],
      [121, 'l', 'Hi, Lena here, the map librarian. The 1910 Dayton Sanborn is in the Library of Congress collection: loc.gov/collections/sanborn-maps, volume 2, sheet 37 covers 418 Elm. Does that sheet show what you need?', who('Lena Brook', 'lbrook')],
      [190, 'p', 'yes thats the one! thats all i needed', undefined],
      [197, 'l', 'Wonderful, thanks for asking us!', who('Lena Brook', 'lbrook')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `followupPromise`: v19's "I'll reply" before "with <what> by <when>")
    // reading: "Send me your request in writing and I'll reply by Friday" promises to send more later: a follow-up session;
    // coded Answered, the code fails; the e-mail confirmed and "by Friday" pass the contact
    name: 'oral histories: "Send me your request at archives@… and I\'ll reply with the transcript list by Friday" is a promise; coded Answered',
    lines: [
      [0, 'p', 'Do you have oral history interviews with steelworkers from the 1970s? Its for my thesis'],
      [36, 'l', 'Good afternoon, Marguerite here, archivist at Gary Public Library. Which mill, and do you need audio or transcripts?'],
      [101, 'p', 'US Steel Gary Works. transcripts. my email is lnovak@example.edu'],
      [115, 'l', "Our steelworkers collection is described at garypubliclibrary.org/archives/steel. Is that what you're looking for?"],
      [190, 'p', 'yes but I need to know which ones are transcribed'],
      [201, 'l', "Send me your request at archives@garypubliclibrary.org with those dates and I'll reply with the transcript list by Friday, to lnovak@example.edu. Anything else?"],
      [247, 'p', 'no thats all, thanks'],
      [251, 'l', 'Thank you, take care!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
];

export const short: SessionCase[] = [
  // ---- V4 othersWaiting: closing time -------------------------------------------------------------------------------
  {
    // reading: hours as the answer to the patron's errand ("can I pick it up today?"): no help ended
    name: 'closing: "We close in 10 min so I can\'t put it out for pickup today. It will be ready Thursday." answers the errand',
    lines: [
      ...open('hi can i pick up my hold today? its the knitting book', 'Hello, this is Pat at Eastgate Library. Let me see, is it on the card ending 4471?'),
      [58, 'p', 'ya'],
      [66, 'l', "It just came in on the truck. We close in 10 min so I can't put it out for pickup today. It will be ready Thursday at the Eastgate desk."],
      [101, 'p', 'ok thanks thats all i needed'],
      [108, 'l', "You're welcome, have a good night!"],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass', anything: 'pass' }),
  },
  {
    // reading: the help goes on in the same message (the answer after the closing time)
    name: 'closing: "Heads up, the branch closes in 15 minutes, so I\'ll have to be quick. To renew: …" goes on helping',
    lines: [
      ...open('how do i renew stuff online', 'Hi, Jo at Sample County Library. Is it books or the hotspot?'),
      [60, 'p', 'books'],
      [68, 'l', "Heads up, the branch closes in 15 minutes, so I'll have to be quick. Log in at catalog.samplelib.org, then My Account > Checked Out > Renew All. Did that work?"],
      [140, 'p', 'yep worked thx'],
      [146, 'l', 'Great, have a good evening!'],
    ],
    exp: some({ dismissal: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: "My colleague on the evening chat shift can pick this up in a few minutes, stay in the queue" is a way back
    name: 'closing: "The building is closing so I have to log off. My colleague on the evening chat shift can pick this up…" offers a way back',
    lines: [
      ...open('i need census records for my great grandma, 1910, ohio', 'Hello, I am Dee, a librarian at Toledo Lucas County Public Library. Do you know her married name?'),
      [74, 'p', 'Anna Kowalczyk'],
      [85, 'l', 'Searching now, one moment.'],
      [180, 'l', "I'm sorry, the building is closing so I have to log off. My colleague on the evening chat shift can pick this up in a few minutes, just stay in the queue and she'll see our notes."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the cooperative's overnight chat with its address is a way back in other words
    name: 'closing: "Our desk is closing in five minutes and I can\'t finish this. The overnight cooperative chat at askus247.example.org can keep going with you." passes',
    lines: [
      ...open('need peer reviewed articles on sleep and teens for tmrw', 'Hi! This is Ana at Westfield State library. Do you have access to the library databases off campus?'),
      [62, 'p', 'i think so'],
      [70, 'l', "Our desk is closing in five minutes and I can't finish this. The overnight cooperative chat at askus247.example.org can keep going with you, and they see our databases too."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'closing: "We\'re closing, so I can\'t help with the rest tonight. Goodnight!" with no way back dismisses',
    lines: [
      ...open('how do i cite a youtube video in mla', 'Hi, Jo here from Sample County Library. Is it MLA 9?'),
      [55, 'p', 'ya mla 9. also apa for another class'],
      [62, 'l', 'For MLA 9: Creator. "Title." YouTube, uploaded by X, date, URL. The Purdue OWL page has it: owl.purdue.edu. Does that help?'],
      [120, 'p', 'yes and apa?'],
      [128, 'l', "We're closing, so I can't help with the rest tonight. Goodnight!"],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  // ---- V4 othersWaiting: the short-chat rule ------------------------------------------------------------------------
  {
    // reading: the rule mentioned while the answer follows in the same message ends nothing
    name: 'short chats: "We try to keep chats short, so I will stop on the background here. The form is DR-501 at …" goes on helping',
    lines: [
      ...open('whats the homestead exemption form in florida and why does it exist', 'Hello, this is Mar at Orange County Library System. Is it for a home you bought this year?'),
      [71, 'p', 'yes in march'],
      [79, 'l', 'We try to keep chats short, so I will stop on the background here. The form is DR-501, at floridarevenue.com/property/Documents/dr501.pdf, filed with the Property Appraiser by March 1. Does that answer it?'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'short chats: "We have to keep chats short, so I\'ll end it here." with nothing more dismisses',
    lines: [
      ...open('can u help me with my resume', 'Hi, Jo at Sample County Library. What kind of job are you applying for?'),
      [88, 'p', 'warehouse. i also want help w the cover letter and linkedin'],
      [95, 'l', "We have to keep chats short, so I'll end it here."],
    ],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  // ---- V4 dismissalConvenience: sign off, wrapping up -----------------------------------------------------------------
  {
    // reading: another provider taking over the chat is a way back (the help goes on)
    name: 'sign off: "I\'ll have to sign off now, but Priya is taking over the chat and can see everything we discussed." no dismissal',
    lines: [
      ...open('whats the best database for nursing articles', 'Hello! Jo, librarian at Sample College. Is it for a research paper or a care plan?'),
      [66, 'p', 'research paper on fall prevention'],
      [74, 'l', 'Start with CINAHL Complete from the A-Z list at library.samplecollege.edu/az. Is that helpful?'],
      [130, 'p', 'ok yes, how do i limit to peer reviewed'],
      [138, 'l', "I'll have to sign off now, but Priya is taking over the chat and can see everything we discussed."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // (fixed in V8: V4's sign-off stands aside before "pretty soon")
    // reading: a sign-off soon, with the answer following in the same message: the help goes on
    name: 'sign off: "I\'ll have to sign off pretty soon, so let\'s get the form sorted first: it\'s at …" goes on helping',
    lines: [
      ...open('i need the form to get a replacement birth certificate in oregon', 'Hi, this is Jo at Sample County Library. Were you born in Oregon?'),
      [61, 'p', 'yes portland 1987'],
      [70, 'l', "I'll have to sign off pretty soon, so let's get the form sorted first: it's the Birth Record Order Form at oregon.gov/oha/ph/birthdeath. Does that look right?"],
      [122, 'p', 'yes thats it thank you'],
      [128, 'l', 'You are welcome, bye!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // (fixed in V8: V4's sign-off stands aside before "for a couple of minutes")
    // reading: logging off for a minute to fetch a book is a hold, no ending
    name: 'sign off: "I\'ll be logging off for a couple of minutes to grab it from the back, hang tight!" is a hold',
    lines: [
      ...open('is the 1958 yearbook for central high there', 'Hello, Jo at Sample County Library local history. Do you need a specific page?'),
      [58, 'p', 'my dad, Ron Pruitt, senior photo'],
      [66, 'l', "I'll be logging off for a couple of minutes to grab it from the back, hang tight!"],
      [170, 'l', "Back! Ron Pruitt is on page 41 of the Central High Centralian 1958; I scanned it to our local history page, samplelib.org/yearbooks. Is that him?"],
    ],
    exp: some({ dismissal: 'pass', informed: 'pass' }),
  },
  {
    // (fixed in V8: V4's "wrapping up for the day" stands aside before "in")
    // reading: "wrapping up for the day in about 10 minutes" with the answer following: the help goes on
    name: 'wrapping up: "I\'m wrapping up for the day in about 10 minutes, so let\'s get you sorted: …" goes on helping',
    lines: [
      ...open('how do i get a museum pass from the library', 'Hi there! Jo at Sample County Library. Which museum are you hoping to visit?'),
      [72, 'p', 'the science center, this saturday'],
      [80, 'l', "I'm wrapping up for the day in about 10 minutes, so let's get you sorted: book the Science Center pass at samplelib.org/museumpass, pick Saturday and print the voucher. Did that work for you?"],
      [150, 'p', 'got it booked, thank u'],
      [156, 'l', 'Enjoy the visit, bye!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'wrapping up: "We\'re wrapping up for the day, but the cooperative\'s chat runs overnight, so you can start a new chat any time." passes',
    lines: [
      ...open('need a source on the 1918 flu in philly for my hist class', 'Hi, I am Jo, librarian at Sample College. Primary or secondary sources?'),
      [70, 'p', 'primary if possible'],
      [77, 'l', "We're wrapping up for the day, but the cooperative's chat runs overnight, so you can start a new chat any time and they'll pick this up."],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'wrapping up: "I\'m wrapping up for the day. Bye!" with the question open dismisses',
    lines: [
      ...open('how long can i keep a laptop from the library', 'Hello, Jo at Sample County Library. Is it a Chromebook from the kiosk?'),
      [44, 'p', 'yes, and can i renew it'],
      [51, 'l', "I'm wrapping up for the day. Bye!"],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  // ---- dismissalHard: questions for one chat, minutes spent ----------------------------------------------------------
  {
    name: 'too many: "That\'s too many questions for one chat session. Please pick one." dismisses',
    lines: [
      ...open('how do i get a card, a locker, a study room and a 3d printer slot and also interlibrary loan', 'Hi, Jo at Sample County Library.'),
      [48, 'l', "That's too many questions for one chat session. Please pick one."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: answering one and sending the rest to another chat sets a limit of questions
    name: 'too many: "That\'s a lot of questions for one chat, so I\'ll answer the first and you can start a new chat for the others." dismisses',
    lines: [
      ...open('hi i need the hours, a notary, fax, and a tutor for my son', 'Hi! Jo at Sample County Library here.'),
      [40, 'l', "That's a lot of questions for one chat, so I'll answer the first and you can start a new chat for the others. We're open 9-8 Monday to Thursday, hours at samplelib.org/hours."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'minutes spent: "I\'ve spent twenty minutes on this so I\'m ending the chat. Good luck." dismisses',
    lines: [
      ...open('i need the exact date my grandfathers ship arrived in boston, 1912', 'Hello, Jo at Sample County Library. Do you know the ship name?'),
      [60, 'p', 'no just that he came from Cork'],
      [69, 'l', 'Searching the Boston passenger lists now.'],
      [170, 'l', "Still looking."],
      [270, 'l', "I've spent twenty minutes on this so I'm ending the chat. Good luck."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // (fixed in V8: V3's "spent" stands aside before "passing it to")
    // reading: the chat ends but the help goes on with a named colleague by e-mail: no dismissal
    name: 'minutes spent: "I\'ve spent 20 minutes on your question, so I\'m closing the chat now and passing it to our local history librarian, who will email you by Friday" no dismissal',
    lines: [
      [0, 'p', 'when was the covered bridge on mill rd built? my email is tk.ferris@example.com'],
      [31, 'l', 'Hi, Jo here at Sample County Library. Is that the Mill Rd near Hollis, tk.ferris@example.com is the right email?'],
      [80, 'p', 'yes and yes'],
      [86, 'l', 'Checking the county atlas, one moment.'],
      [190, 'l', 'Still looking in the 1880s commissioners\' minutes.'],
      [290, 'l', "I've spent 20 minutes on your question, so I'm closing the chat now and passing it to our local history librarian, who will email you by Friday."],
    ],
    over: { ...FU_ME },
    exp: some({ dismissal: 'pass', contact: 'pass' }),
  },
  // ---- V1's narrowed othersWaiting -------------------------------------------------------------------------------------
  {
    name: 'queue: "When another patron is waiting I may be a bit slower, but I\'m still here with you." goes on helping',
    lines: [
      ...open('what bus goes to the main library from the airport', 'Hi, Jo at Sample County Library. Are you coming from Terminal A or B?'),
      [58, 'p', 'B'],
      [64, 'l', "When another patron is waiting I may be a bit slower, but I'm still here with you. Route 20 from Terminal B stops at 5th and Main, schedule at ridetransit.example.org/20. Does that help?"],
      [120, 'p', 'yes thanks, thats all'],
      [126, 'l', 'Safe travels!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'queue: "There\'s another patron waiting, so I\'ll let you go, come back anytime if the link doesn\'t work!" passes',
    lines: [
      ...open('where do i renew my library card online', 'Hello! Jo from Sample County Library. Has it expired already?'),
      [44, 'p', 'last month'],
      [51, 'l', "Renew at samplelib.org/renew with your card number. There's another patron waiting, so I'll let you go, come back anytime if the link doesn't work!"],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'queue: "I have other patrons waiting so I need to end this chat now." dismisses',
    lines: [
      ...open('can you tell me every book in the hunger games series and the order and which are movies', 'Hi, Jo at Sample County Library. Do you mean the main trilogy or the prequels too?'),
      [60, 'p', 'all of them'],
      [66, 'l', 'I have other patrons waiting so I need to end this chat now.'],
    ],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  // ---- willEnd, inviteBack, farewell, patronDone ---------------------------------------------------------------------
  {
    // reading: "Closing this one out." announces the end; the message before it gave the answer: no goodbye in the last two
    name: 'closing out: "Ok, closing this one out." after the patron is done: not a goodbye',
    lines: [
      ...open('what time does the pool at the rec center open', 'Hi, Jo at Sample County Library. Which rec center?'),
      [50, 'p', 'eastside'],
      [57, 'l', 'Eastside pool opens at 6 am weekdays, per sampleparks.org/eastside. Does that answer it?'],
      [100, 'p', 'yep thats all i needed'],
      [106, 'l', 'Ok, closing this one out.'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'fail', anything: 'pass' }),
  },
  {
    name: 'closing out: "Closing this one out now, thanks for your patience Marisol!" thanks the patron',
    lines: [
      ...open('is the sewing machine back in the makerspace', 'Hi, Jo at Sample County Library. Do you mean the Janome or the serger?'),
      [60, 'p', 'the janome. ok thats it thanks'],
      [68, 'l', 'It is back, book it at samplelib.org/makerspace. Closing this one out now, thanks for your patience Marisol!'],
    ],
    exp: some({ courteous: 'pass', dismissal: 'pass' }),
  },
  {
    // reading: "start another chat on their page" invites the patron to another service, not back to this one
    // (fixed in V8: inviteBack's V4 "start another chat" not "on their page"; the referral it also makes is in LEFT)
    name: 'another chat: "you\'d need to start another chat on their page, lawlib.example.edu/ask" invites to another service: no goodbye',
    lines: [
      ...open('is there a way to find old court opinions from the 1950s', 'Hello, this is Jo at Sample University Library. Federal or state court?'),
      [70, 'p', 'state, michigan supreme court'],
      [78, 'l', "Those are in the Michigan Reports; the law library has them, not us. Is that what you're after?"],
      [130, 'p', 'yes'],
      [137, 'l', "The law library runs its own chat, so you'd need to start another chat on their page, lawlib.example.edu/ask."],
    ],
    exp: some({ courteous: 'fail', dismissal: 'pass' }),
  },
  {
    name: 'another chat: "If the scan doesn\'t come through, start another chat and mention ticket 4471." invites back',
    lines: [
      ...open('can you scan the obituary for Ruth Amsel, died 1964', 'Hi, Jo at Sample County Library. Do you know the month?'),
      [66, 'p', 'june'],
      [72, 'l', "Found it in the Courier, June 9 1964, p. 14. I'm emailing the scan to the address on the form now. Does that work?"],
      [120, 'p', 'yes thank you'],
      [127, 'l', "If the scan doesn't come through, start another chat and mention ticket 4471."],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'farewell: "Pleasure chatting with u!" as the last message says goodbye',
    lines: [
      ...open('do you have the audiobook of lessons in chemistry', 'Hey, Jo at Sample County Library! Libby or CD?'),
      [40, 'p', 'libby'],
      [47, 'l', 'Yes, 6 copies, hold it at samplelib.overdrive.com. Was that what you wanted?'],
      [90, 'p', 'yes!'],
      [95, 'l', 'Pleasure chatting with u!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // (fixed in V8: V4's "answers all my questions" not after "hopefully")
    // reading: a hope about a letter still to come, not the patron saying they are done
    name: 'done: "hopefully the landlord\'s letter answers all my questions lol" is not done; nobody asks anything else',
    lines: [
      ...open('my landlord wants to keep my whole deposit, is that legal in wa', 'Hi, Jo at Sample County Library. Did you get an itemized statement from the landlord?'),
      [85, 'p', 'not yet, they said its coming'],
      [93, 'l', "In Washington the landlord has 30 days to send it; the rules are in RCW 59.18.280 at app.leg.wa.gov/rcw. Does that help?"],
      [160, 'p', "yes thx. hopefully the landlord's letter answers all my questions lol"],
      [168, 'l', 'Good luck, take care!'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'done: "ok that pretty much answers all my questions, thanks!" is done',
    lines: [
      ...open('how do i get a passport appointment at the library', 'Hi, Jo at Sample County Library. Is it a first passport or a renewal?'),
      [60, 'p', 'first one for my kid'],
      [68, 'l', 'Book at samplelib.org/passports; both parents come with the child and the DS-11. Did that help?'],
      [130, 'p', 'ok that pretty much answers all my questions, thanks!'],
      [136, 'l', 'You are welcome!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- near misses of the V8 narrowings (each must still be caught) -------------------------------------------------
  {
    // V8 near miss (othersWaiting closing time): a day of the week in a goodbye is no way back
    name: 'closing: "We close in 10 minutes, so I can\'t finish this tonight. Have a great Saturday!" dismisses',
    lines: [
      ...open('whats the population of our county in 1950 vs now', 'Hi, Jo at Sample County Library. Which county are you in?'),
      [63, 'p', 'Lake county indiana'],
      [70, 'l', "We close in 10 minutes, so I can't finish this tonight. Have a great Saturday!"],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // V8 near miss (othersWaiting short chats): the patron told to e-mail another party is no promise and no way back
    // (written without the clerk's address: a contact "at <e-mail>" reads as a way back in the older `wayBack`)
    name: 'short chats: "We have to keep chats short, so I\'ll stop here and you can email the county clerk about it." dismisses',
    lines: [
      ...open('how do i find out who owns the empty lot next to me', 'Hello, Jo at Sample County Library. Do you have the address of the lot?'),
      [77, 'p', '1412 Birch, no house on it'],
      [85, 'l', "We have to keep chats short, so I'll stop here and you can email the county clerk about it."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // V8 near miss (dismissalConvenience sign off): "for the night" is no short absence
    name: 'sign off: "I\'ll have to sign off for the night. Bye!" with the question open dismisses',
    lines: [
      ...open('does the library have free tax help this year', 'Hi, Jo at Sample County Library. Are you looking for AARP Tax-Aide or VITA?'),
      [58, 'p', 'whichever is free, and do i need an appointment'],
      [66, 'l', "I'll have to sign off for the night. Bye!"],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // V8 near miss (dismissalHard minutes spent): sending the patron elsewhere after ";" carries no help on
    name: 'minutes spent: "I\'ve spent 20 minutes on this, so I\'m ending the chat; follow up with the county recorder if you need more." dismisses',
    lines: [
      ...open('who owned 55 Orchard Lane in 1930', 'Hello, Jo at Sample County Library. Do you know the lot or parcel number?'),
      [70, 'p', 'no'],
      [77, 'l', 'Checking the 1930 plat book, one moment.'],
      [180, 'l', 'Still searching the grantor index.'],
      [285, 'l', "I've spent 20 minutes on this, so I'm ending the chat; follow up with the county recorder if you need more."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- V2: promises and referrals --------------------------------------------------------------------------------------
  {
    // reading: the provider's "I'll send you the scans by Friday" in the same sentence is a promise to send more later
    name: 'promise: "Forward your request to me at ill@… and I\'ll send you the scans by Friday." promises; coded Answered',
    lines: [
      ...open('can i get chapter 3 of a book you dont own? my email is m.ortega@example.org', 'Hi, Jo in Interlibrary Loan at Sample University Library. m.ortega@example.org is your school email?'),
      [70, 'p', 'yes. its Kuhn, structure of scientific revolutions, 4th ed'],
      [79, 'l', "Forward your request to me at ill@sampleu.edu with the page range, and I'll send you the scans by Friday. Anything else?"],
      [120, 'p', 'no thats all'],
      [125, 'l', 'Thanks, bye!'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'promise: "Send your request to the county clerk at clerk@…; they answer within 10 business days." promises nothing',
    lines: [
      ...open('how do i get a copy of my marriage license from 1999', 'Hi, Jo at Sample County Library. Were you married in Sample County?'),
      [52, 'p', 'yes'],
      [60, 'l', 'Send your request to the county clerk at clerk@samplecounty.gov; they answer within 10 business days. Does that help?'],
      [110, 'p', 'ok thank you thats all'],
      [116, 'l', 'Have a great day!'],
    ],
    exp: some({ code: 'pass', contact: 'na', referral: 'pass' }),
  },
  {
    name: 'referral: "Forward your question to the state archives." with no contact fails the referral',
    lines: [
      ...open('where are the 1890s prison records for Joliet', 'Hi, Jo at Sample County Library. Are these for a family member?'),
      [60, 'p', 'yes my great uncle'],
      [67, 'l', 'Those were transferred to the state, not us. Forward your question to the state archives. Did that help?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'referral: "Ask the records custodian for the incident report." with no contact fails the referral',
    lines: [
      ...open('how do i get the police report from my car accident', 'Hello, Jo at Sample County Library. Which city police department took the report?'),
      [66, 'p', 'Springdale PD'],
      [73, 'l', 'Ask the records custodian for the incident report; bring your case number. Does that answer it?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `othersWaiting` and `wayBack`: "due / expires tomorrow" is no way back)
    // reading: "tomorrow" in "the book is due tomorrow anyway" offers no way back: closing time ends the help
    name: 'closing: "We\'re closing now, so I can\'t look into that tonight. The book is due tomorrow anyway. Bye." dismisses',
    lines: [
      ...open('can i renew my book a 3rd time? the system wont let me', 'Hi, Jo at Sample County Library here. Which book is it?'),
      [70, 'p', 'the instant pot cookbook'],
      [81, 'l', "We're closing now, so I can't look into that tonight. The book is due tomorrow anyway. Bye."],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `othersWaiting`: "Again," opening a sentence and "sorry again" are no way back)
    // reading: "Again, sorry I couldn't find it" is no way back
    name: 'closing: "We close in 5 minutes so I have to stop. Again, sorry I couldn\'t find it." dismisses',
    lines: [
      ...open('looking for a poem about a red wheelbarrow? not the williams one, a different one', 'Hello, this is Sam at Riverside Library. Do you remember any line of it?'),
      [92, 'p', 'something about rain on the glaze'],
      [100, 'l', 'Let me search the poetry index, one moment.'],
      [195, 'l', "Nothing yet. We close in 5 minutes so I have to stop. Again, sorry I couldn't find it."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `othersWaiting` and `wayBack`: "show up later" is no way back)
    // reading: "it may show up later in Libby" is about the ebook, not a way back to the help
    name: 'closing: "The library is closing now, so I need to end the chat. The ebook may show up later in Libby." dismisses',
    lines: [
      ...open('my libby loan vanished??', 'Hi! Jo from Sample County Library. Which title was it?'),
      [66, 'p', 'the lincoln highway, it was there this morning'],
      [75, 'l', 'The library is closing now, so I need to end the chat. The ebook may show up later in Libby.'],
    ],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `inviteBack`: "drop back in / by" before anytime, again, later…)
    name: 'short chats: "We need to keep chats short so I\'m going to let you go now, drop back in anytime!" offers a way back',
    lines: [
      ...open('do u have the new dog man book', 'Hi! Jo from Sample County Library. Do you want the print copy or the ebook?'),
      [50, 'p', 'print. and also the cat kid one. and captain underpants 1-12'],
      [58, 'l', 'Dog Man 13 has 40 holds; place one at catalog.samplelib.org. We need to keep chats short so I\'m going to let you go now, drop back in anytime for the others!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `dismissalConvenience`: "at this point / time" is now)
    // reading: "at this point" is no later time; the provider leaves, nothing offered
    name: 'sign off: "I\'ll have to sign off at this point. Bye." dismisses',
    lines: [
      ...open('what are the eligibility rules for the senior tax freeze in cook county', 'Hi, Jo at Sample County Library. Are you 65 or older as of this year?'),
      [68, 'p', 'yes 67. and the income limit?'],
      [75, 'l', "I'll have to sign off at this point. Bye."],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `dismissalConvenience` and `hold`: "in a sec / moment" is now, and "off in a
    // second," no hold)
    // reading: "in a sec" is the provider leaving right away, not a later time with the help going on
    name: 'sign off: "I\'ll have to log off in a sec, good luck with it!" dismisses',
    lines: [
      ...open('how do i get my voter registration card reprinted', 'Hello, Jo at Sample County Library. Which state are you registered in?'),
      [55, 'p', 'texas, harris county'],
      [62, 'l', "I'll have to log off in a sec, good luck with it!"],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `referralVerb`: "forward your question to our <team / department / office> at
    // …")
    name: 'referral: "forward your question to our ILL team at ill@…" is a referral with a contact',
    lines: [
      ...open('can i borrow a thesis from another university', 'Hi, Jo at Sample College Library. Do you know which university?'),
      [55, 'p', 'univ of oregon, 2004'],
      [62, 'l', 'Yes, through interlibrary loan: forward your question to our ILL team at ill@samplecollege.edu with the title and author. Is that what you needed?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (left in v22, fixed in v23 by X3's `referralVerb` and the setting `anotherChatX3`: another service's chat, the party
    // named before it)
    // reading: "start another chat on their page" invites the patron to another service, not back to this one
    name: 'another chat: "you\'d need to start another chat on their page, lawlib.example.edu/ask" refers to the law library with its chat page: referral passes',
    lines: [
      ...open('is there a way to find old court opinions from the 1950s', 'Hello, this is Jo at Sample University Library. Federal or state court?'),
      [70, 'p', 'state, michigan supreme court'],
      [78, 'l', "Those are in the Michigan Reports; the law library has them, not us. Is that what you're after?"],
      [130, 'p', 'yes'],
      [137, 'l', "The law library runs its own chat, so you'd need to start another chat on their page, lawlib.example.edu/ask."],
    ],
    exp: some({ referral: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [
];

describe('twenty-first round (V8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V8): the first wave\'s endings, checked, every check', whole);
describeSessions('twenty-first round (V8): the first wave\'s endings, checked, short cases', short);

describeLeft('twenty-first-round-endings-checked', LEFT);
