/**
 * Twenty-first round, area (V4): HOW SESSIONS END. Patrons who say they are done (and the ways that do not count:
 * thanks, "ok", emoji, leaving for the bus); providers who offer more help (asked and merely conditional); goodbyes,
 * thanks and invitations back in the provider's last two visible messages or just before them; patrons who vanish
 * mid-answer, with final idles just under and over 120 and 180 s (check-ins that ask and notices that do not;
 * disconnect notices that say the session will end and ones that do not; one message doing both; a goodbye that ends
 * the idle early); chats closed by the system after a time-out; queue pressure, shift changes and closing time handled
 * with a way back or as a dismissal; transfers at the end with and without an internal note and a visible notice; a
 * survey link and auto-sent closing macros.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "I'm all set", "that covers everything I came for", "that'll be all", "no other questions" say explicitly that the
 *   patron is done; "ok ty", "👍🙏", "yes thank you", "gotta go my bus is here" do not (leaving is not being done);
 * - "Let me know if there's anything else you need!" asks whether the patron needs anything else (the earlier rounds'
 *   reading of "let me know if you have any other questions"); a conditional statement ("If anything else comes up,
 *   we're on chat till 9.") does not ask; "Anything else you've already tried?" asks about the search;
 * - closing time, a meeting or a queue ending the help with no way back fails `closing.no_dismissal` (the v6 reading of
 *   "we're closing in 5 minutes, so I have to end our chat"); the same with "come back tomorrow from 9 am", "start a
 *   new chat" or a transfer to a colleague passes; a loan period "up on the 14th" and a limit of holds per card are no
 *   limit of questions;
 * - "Did it connect?" after Wi-Fi steps asks whether what was given worked (completeness);
 * - a disconnect notice that thanks or invites back is a goodbye and ends the final idle there; one that also asks
 *   whether the patron is still there is not, so the idle runs on to the end of the session, but it still thanks the
 *   patron for `closing.courteous` (that check reads "thanks the patron", not the Goodbye term);
 * - "Are you still there? If I don't hear from you in a minute or two I'll end the chat." checks in and says the chat
 *   will end, but never says the patron seems to have disconnected: the disconnect notice fails; "Looks like you may
 *   have stepped away." says it but not that the session will end; "This chat will close automatically in one
 *   minute." the reverse; a notice split over two messages, both during the idle, passes;
 * - a bare "Hello?" during the idle asks whether the patron is still there;
 * - a system line "Chat ended by the system after 3 minutes of inactivity" is not seen by the patron: no notice;
 * - a provider-role closing macro is a visible provider message (it thanks); a system-role one is not; "Please rate this
 *   chat: <url>" thanks no one; "Happy composting!" alone is a wish, not a goodbye (as "Happy reading!");
 * - the transfer's note and notice both come from the transferring provider before the event; the receiving provider's
 *   "X passed you to me" afterwards is no notice.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, describeSessions, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const DANA = who('Dana Whitfield', 'dwhit');
const MARISOL = who('Marisol Vega', 'mvega');
const BETH = who('Beth Kroll', 'bkroll');
const KIM = who('Kim Ortiz', 'kortiz');

export const whole: SessionCase[] = [
  // ---- patrons who say they are done, and who do not ------------------------------------------------------------------
  {
    name: 'backyard hens: clarified, a guide with the catalog, "Is that what you had in mind?", patron "thats everything i needed", "good luck with the hens!"',
    lines: [
      [0, 'p', 'Hi! do you have any books on raising backyard chickens? my kids want some hens'],
      [38, 'l', "Good morning, you've reached Ask Us at Frederick County Public Libraries, I'm Tomás. Fun project! Are you looking for something for the kids to read, or a how-to for you?"],
      [77, 'p', 'how to for me, we know nothing lol'],
      [85, 'l', '"Storey\'s Guide to Raising Chickens" is the one most keepers swear by; we have 4 copies and you can put one on hold at fcpl.org/catalog. Is that what you had in mind?'],
      [131, 'p', 'perfect, thats everything i needed. thank you!!'],
      [139, 'l', 'My pleasure, good luck with the hens!'],
    ],
    exp: usual(),
  },
  {
    name: 'London Gazette 1916: a formal hold of 114 s, "Is there anything else I can do for you this evening?", "No that is all, goodbye."',
    lines: [
      [0, 'p', 'Good evening. I would like to know whether you hold the London Gazette back issues for 1916.'],
      [51, 'l', 'Good evening, and welcome to the Ask a Librarian service of the New York Public Library; my name is Harold. Are you after a particular notice, such as a military honour?'],
      [109, 'p', 'Yes, a Military Cross citation for my grandfather.'],
      [117, 'l', 'Please give me a moment to check our holdings.'],
      [231, 'l', 'All London Gazette issues, including the 1916 supplements, are free to search and read at thegazette.co.uk; use the Advanced Search with his surname and the date range. Does that give you what you need?'],
      [290, 'p', 'It does, thank you.'],
      [298, 'l', 'Is there anything else I can do for you this evening?'],
      [330, 'p', 'No that is all, goodbye.'],
      [336, 'l', 'Goodbye, and thank you for contacting NYPL.'],
    ],
    exp: usual(),
  },
  {
    // reading: leaving for the bus is not saying that one has what one needed
    name: 'returning to another branch: the patron leaves with "ok gotta go my bus is here": anything else fails, "come back anytime" passes',
    lines: [
      [0, 'p', 'can I return a book to a different branch than where I borrowed it'],
      [20, 'l', 'Hi! Yusuf at Denver Public Library here. Is it one of our books or an interlibrary loan?'],
      [49, 'p', 'ur book'],
      [55, 'l', 'Yes, you can return Denver Public Library books at any branch or book drop; the return rules are at denverlibrary.org/returns. Does that answer your question?'],
      [80, 'p', 'ok gotta go my bus is here'],
      [85, 'l', 'No problem, come back anytime!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'obituary search promised by Thursday to the e-mail the patron typed, "Is there anything else today?", patron "nope thats all": follow-up done right, no completeness question',
    lines: [
      [0, 'p', 'Hi, I am trying to find the obituary of my aunt, Loretta Haines, died in Dayton around 1978'],
      [27, 'l', "Hello, I'm Beverly, a librarian at Dayton Metro Library. Do you know the month, or which paper it might have run in?"],
      [79, 'p', 'Spring I think. Dayton Daily News probably'],
      [86, 'l', "Our obituary index is at daytonmetrolibrary.org/obits, but 1978 isn't indexed yet, so I'll search the microfilm myself. What is the best e-mail to send it to?"],
      [130, 'p', 'lhaines.family@gmail.com'],
      [137, 'l', "Thanks. I'll e-mail whatever I find to lhaines.family@gmail.com by Thursday. Is there anything else today?"],
      [160, 'p', 'nope thats all, thank you so much'],
      [166, 'l', "You're welcome, take care!"],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- goodbyes in and out of the last two provider messages -----------------------------------------------------------
  {
    name: 'makerspace: the goodbye is the third-last provider message (the patron came back, two plain answers followed): courteous fails',
    lines: [
      [0, 'p', 'is the makerspace 3d printer free to use'],
      [25, 'l', 'Hi, Tasha at the Pikes Peak Library District chat. Are you a PPLD cardholder?'],
      [53, 'p', 'yes'],
      [60, 'l', 'Cardholders get 3D printing free up to 5 hours a week; details and the booking form are at ppld.org/makerspaces. Did that answer it?'],
      [84, 'p', 'yes thanks'],
      [90, 'l', 'Thanks for chatting, have a good one!'],
      [104, 'p', 'oh wait which library has it'],
      [112, 'l', 'The 3D printers are at the East Library and Library 21c.'],
      [115, 'l', 'Both are open until 9 tonight.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'replacement card: the provider ends with a survey link, thanks and "have a good weekend"',
    lines: [
      [0, 'p', "where can I get my kid's library card replaced, she lost it"],
      [20, 'l', 'Hi there! Alex from Hennepin County Library here. Is she under 18 and does she already have an account with us?'],
      [55, 'p', 'shes 9, yes she has one'],
      [63, 'l', 'You can replace it online in a few minutes: hclib.org/about/get-a-card has the form, and the new card number shows up right away. Does that answer it?'],
      [101, 'p', "yep that's all we needed"],
      [108, 'l', 'Great! Before you go, could you take our 2-question survey? hclib.org/chat-survey Thanks for chatting with us, and have a good weekend!'],
    ],
    exp: usual(),
  },
  {
    // reading: a provider-role closing macro is a visible provider message; the transcript it mentions is no follow-up;
    // "Did it connect?" after Wi-Fi steps asks whether what was given worked
    name: 'Wi-Fi at Central: "Glad to hear it!" then the auto-sent provider-role macro "Thank you for using Ask a Librarian… This chat has been closed."',
    lines: [
      [0, 'p', 'whats the wifi password at the library'],
      [12, 'l', "Hi, you're chatting with Sam at Tulsa City-County Library. Which location are you at?"],
      [40, 'p', 'central'],
      [46, 'l', 'Central\'s public Wi-Fi is "TCCL-Public" and doesn\'t need a password, just accept the terms on the splash page. Our Wi-Fi guide is at tulsalibrary.org/wifi. Did it connect?'],
      [110, 'p', 'yes its working now'],
      [116, 'l', 'Glad to hear it!'],
      [118, 'l', 'Thank you for using Ask a Librarian at Tulsa City-County Library. This chat has been closed. A copy of the transcript will be sent to the e-mail you entered, if any.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- patrons who vanish: final idles near 120 and 180 s ------------------------------------------------------------
  {
    name: 'DVD loans: patron gone after the answer; "Are you still with me?" at +125 s, then a notice that thanks and invites back at +190 s (the goodbye ends the idle)',
    lines: [
      [0, 'p', 'whats the due date policy for dvds? and can i renew online'],
      [29, 'l', 'Hi there, this is Priyanka, a librarian with Ask a Librarian Delaware. Which library is your card from?'],
      [61, 'p', 'newark free library'],
      [66, 'l', 'Let me pull up their loan rules, one sec.'],
      [140, 'l', 'DVDs from Newark Free Library go out for 1 week and can be renewed twice online under My Account at lib.de.us, unless someone has a hold. Does that answer your question?'],
      [265, 'l', 'Are you still with me?'],
      [330, 'l', "I haven't heard back, so it looks like the connection dropped. I'll close this chat now; thanks for using Ask a Librarian Delaware, and feel free to start a new chat anytime."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'passport office: "Hi, are you still there?" and the session ends 175 s after the answer, no goodbye: check-in passes, disconnect na, courteous fails',
    lines: [
      [0, 'p', 'Hello I need the phone number for the passport office at the post office on main st'],
      [44, 'l', 'Hello! Kevin here, reference staff at Greenville County Library System. Is that the Main Street post office downtown, or the one in Travelers Rest?'],
      [90, 'p', 'downtown'],
      [101, 'l', 'The downtown Greenville post office takes passport appointments; you can book at tools.usps.com/rcas.htm or call them at 864-282-8300. Did that give you what you needed?'],
      [228, 'l', 'Hi, are you still there?'],
    ],
    over: { endAfter: 48 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', referral: 'pass' }),
  },
  {
    name: 'Percy Jackson: the provider says goodbye 115 s after the answer and the session is closed much later: the idle ends at the goodbye (under 120 s), both idle checks na',
    lines: [
      [0, 'p', 'do u have the new percy jackson book'],
      [22, 'l', 'Hey! This is Jess at the Teen Desk, Westerville Public Library. The newest one, "Wrath of the Triple Goddess"?'],
      [47, 'p', 'ya'],
      [55, 'l', 'We have it! Two copies on the shelf at Main, and you can reserve one at westervillelibrary.org/catalog. Is that what you were looking for?'],
      [170, 'l', 'Thanks for stopping by the chat, happy reading, bye!'],
    ],
    over: { endAfter: 230 },
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: a notice split over two messages, both during the idle, tells the patron both things
    name: 'TikTok in MLA: "It looks like you\'ve disconnected." then "I will close this chat now." (idle 211 s): no check-in, the notice passes, no goodbye',
    lines: [
      [0, 'p', 'how do i cite a tiktok video in MLA'],
      [35, 'l', "Hi, I'm Rosa, a librarian at Montgomery College Libraries. Do you have the creator's handle and the date it was posted?"],
      [80, 'p', 'yes both'],
      [88, 'l', 'MLA 9 format: @handle. "Caption of the video." TikTok, day Month year, URL. The Purdue OWL page for social media has examples: owl.purdue.edu/owl/research_and_citation/mla_style. Does that work for your paper?'],
      [230, 'l', "It looks like you've disconnected."],
      [296, 'l', 'I will close this chat now.'],
    ],
    over: { endAfter: 3 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: "if I don't hear from you… I'll end the chat" says the chat will end but never that the patron seems gone
    name: 'MLK day hours: "Are you still there? If I don\'t hear from you in a minute or two I\'ll end the chat." (idle 208 s): check-in passes, the disconnect notice fails',
    lines: [
      [0, 'p', 'Is the Rockville branch open on MLK day?'],
      [18, 'l', 'Hi, thanks for contacting Montgomery County Public Libraries, this is Dev. Are you asking about this coming Monday, January 19?'],
      [52, 'p', 'yes'],
      [57, 'l', 'All MCPL branches are closed on Monday for the holiday; the holiday schedule is at montgomerycountymd.gov/library/hours. Is there anything else I can help you with?'],
      [185, 'l', "Are you still there? If I don't hear from you in a minute or two I'll end the chat."],
    ],
    over: { endAfter: 80 },
    exp: usual({ complete: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: the last message asks whether the patron is still there, so it is no goodbye (the idle runs to the end,
    // 243 s), yet it thanks the patron, which is what closing.courteous asks
    name: 'pierogi cookbook: one message checks in, says the patron seems lost and the session will end, and thanks: both idle checks and courteous pass',
    lines: [
      [0, 'p', 'looking for a recipe for my grandmas pierogi, she used farmers cheese. any cookbooks'],
      [31, 'l', 'Hello, Agnieszka here at Ask Chicago Public Library. Sweet or savory filling?'],
      [70, 'p', 'savory, potato and cheese'],
      [79, 'l', '"Polish Heritage Cookery" has a potato-and-farmer\'s-cheese filling on p. 210; it\'s in the catalog at chipublib.org, call number 641.59438 STR. Will that do the trick?'],
      [262, 'l', "Are you still there? It seems we may have lost you, so I'm going to end this session shortly. Thank you for chatting with CPL!"],
    ],
    over: { endAfter: 60 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'sleep and teens in PsycINFO: "Still around?" then the system closes the chat after a time-out (idle 301 s): no visible notice, no goodbye',
    lines: [
      [0, 'p', 'I need articles on sleep and teenagers for a psych paper, peer reviewed'],
      [40, 'l', "Hi, I'm Marcus, a reference librarian at UNLV Libraries. How many do you need and is there a date range your professor set?"],
      [95, 'p', '5 articles, last 10 years'],
      [104, 'l', 'Try PsycINFO from the databases A-Z list at library.unlv.edu/az; search sleep AND adolescen* and set the date limiter to 2015-2025, then check "Peer reviewed". Does that get you started?'],
      [226, 'l', 'Still around?'],
      [404, 's', 'Chat ended by the system after 3 minutes of inactivity.'],
    ],
    over: { endAfter: 1 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'JP court dates: "Take your time looking through it." 116 s after the answer, the session ends at 150 s: a remark that asks nothing, check-in fails',
    lines: [
      [0, 'p', 'need the court date lookup for Harris county, traffic ticket'],
      [36, 'l', 'Hello, this is Ray, law librarian at Harris County Law Library. Is it a JP court ticket or a municipal (City of Houston) one?'],
      [90, 'p', 'JP i think, precinct 5'],
      [99, 'l', 'JP court case and hearing dates are searchable at jp.hctx.net/case-search; enter your citation number. Is that what you needed?'],
      [215, 'l', 'Take your time looking through it.'],
    ],
    over: { endAfter: 34 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    name: 'Lost Call: the question only; greeting, "Hi, are you there?", then "Looks like you\'ve left the chat, so I\'ll close it now. Please come back anytime…"',
    lines: [
      [0, 'p', 'hi is there a way to get audiobooks for my mom who is blind'],
      [34, 'l', 'Hello, this is Mia with the Ask Us chat at Austin Public Library.'],
      [160, 'l', 'Hi, are you there?'],
      [352, 'l', "Looks like you've left the chat, so I'll close it now. Please come back anytime and we'll help with the audiobooks!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  // ---- closing time, queues, limits ----------------------------------------------------------------------------------
  {
    name: 'property tax appeal: more questions at closing time, "our chat closes in 5 minutes… Please come back tomorrow from 9 am": a way back, no dismissal',
    lines: [
      [0, 'p', 'hi can u help me find the form to appeal my property tax assessment in cook county'],
      [26, 'l', 'Hi! This is Lauren with the Evanston Public Library chat. Is it for a house you own in Evanston?'],
      [58, 'p', 'yes single family'],
      [66, 'l', "The Cook County Assessor's appeal form and the deadline for Evanston Township are at cookcountyassessor.com/appeals. Is that the form you were after?"],
      [120, 'p', 'yes thanks. also how do i find what my neighbors paid? and whats a certificate of error'],
      [131, 'l', "Those are good questions, but our chat closes in 5 minutes, so I'll have to stop here tonight. Please come back to this chat tomorrow from 9 am and we can go through both. Thank you for chatting!"],
      [160, 'p', 'ok'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'notary: "The library closes in 5 minutes so I have to end the chat now." then "Bye." with two questions open: dismissal fails',
    lines: [
      [0, 'p', 'do yall have notary service?'],
      [15, 'l', 'Hello, this is Pat at Kenton County Public Library. Which branch would you go to?'],
      [44, 'p', 'the erlanger one'],
      [52, 'l', 'Erlanger Branch offers free notary service on weekdays; the schedule is at kentonlibrary.org/notary. Does that help?'],
      [90, 'p', 'yes. can they also do apostille stuff? and do i need 2 ids'],
      [101, 'l', 'The library closes in 5 minutes so I have to end the chat now.'],
      [104, 'l', 'Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'history books for an 8th grader: "I have several people waiting in the queue, so I need to move on to them. Bye." with no way back: dismissal fails',
    lines: [
      [0, 'p', 'need books about the civil war for my 8th grader, and also something on ww2, and also the revolution'],
      [24, 'l', 'Hi! This is Nate from the Ask a Librarian team at Sno-Isle Libraries. Is this for a report or just for fun reading?'],
      [60, 'p', 'report'],
      [70, 'l', 'For the Civil War, "Lincoln\'s Grave Robbers" and "The Boys\' War" are both at the Lynnwood branch; place holds at sno-isle.org/catalog. Does that help?'],
      [110, 'p', 'yes. now ww2 and revolution?'],
      [118, 'l', 'I have several people waiting in the queue, so I need to move on to them. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Irish genealogy: "There\'s a queue of patrons waiting tonight… Please come back for the rest": polite, with a way back',
    lines: [
      [0, 'p', 'im doing a family tree and have like 6 questions about irish records lol'],
      [33, 'l', "Hello! I'm Fiona, a genealogy librarian at Allen County Public Library. Let's start with one: which county in Ireland, and roughly when did they leave?"],
      [80, 'p', 'cork, 1840s. first q is where to find baptism records'],
      [90, 'l', 'Catholic parish baptisms for Cork in the 1840s are free on irishgenealogy.ie (Church Records search) and as images at registers.nli.ie. Was that the sort of thing you needed?'],
      [140, 'p', 'yes!! ok next, ship records, then land records, then...'],
      [151, 'l', "There's a queue of patrons waiting tonight, so I'll need to leave it there for now. Please come back for the rest, or start with our Irish research guide at acpl.libguides.com/irish. Thanks for your patience!"],
      [175, 'p', 'k will do'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Oakland hours: "You\'ve asked quite a few questions already, and I have to keep it to one per chat." — a limit of questions: dismissal fails',
    lines: [
      [0, 'p', 'hey what time does the library close today'],
      [14, 'l', 'Hi, Ms. Park here at Ask Oakland Public Library. Which branch?'],
      [30, 'p', 'main'],
      [36, 'l', 'Main Library is open until 8 pm today; all hours are at oaklandlibrary.org/hours. Did that answer it?'],
      [58, 'p', 'yes and do you have parking, and can i print there, and do u have scanners, and is there a cafe'],
      [66, 'l', "You've asked quite a few questions already, and I have to keep it to one per chat. Have a good day."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  // ---- transfers at the end ------------------------------------------------------------------------------------------
  {
    name: '1920 census: shift ends, "I\'m transferring you to my colleague Dana", an internal note with why, the transfer; Dana finds him',
    lines: [
      [0, 'p', "I'm trying to find my great grandfather in the 1920 census, he lived in Baltimore. Name was Giuseppe Russo"],
      [31, 'l', "Hi, I'm Jo with AskUsNow!, Maryland's library chat. Do you know roughly what year he was born or which neighborhood he lived in?"],
      [74, 'p', 'around 1885, little italy i think'],
      [82, 'l', 'Let me look in HeritageQuest for him.'],
      [170, 'l', "I'm finding a couple of possible matches, but my shift ends in a minute, so I'm transferring you to my colleague Dana, who will pick up right where I left off. One moment please."],
      [175, 'i', 'Dana: patron looking for Giuseppe Russo b. ~1885, Little Italy Baltimore, 1920 census. Two possible hits in HeritageQuest, ED 336 and 341. My shift is over, can you finish with her?'],
      [180, 's', 'Transferred to Dana Whitfield', sys('transfer', 'dwhit')],
      [214, 'l', "Hi, Dana here, picking up from Jo. I have the ED 336 record open: Giuseppe Russo, 34, born Italy, living on Stiles St with wife Maria. It's in HeritageQuest (free with your library card via askusnow.info/databases). Is that the Giuseppe you're looking for?", DANA],
      [260, 'p', 'YES thats him!! thats all i needed, thank u both'],
      [266, 'l', 'Wonderful! Thanks for chatting with AskUsNow!, take care.', DANA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'GED in Spanish: "I\'m transferring you to her now" but no internal note before the transfer: handoff fails',
    lines: [
      [0, 'p', 'hi, my dad needs GED classes taught in spanish, near Santa Ana'],
      [27, 'l', 'Hello, this is Chris with the OC Public Libraries chat. Does he need in-person classes or would online work?'],
      [70, 'p', 'in person'],
      [78, 'l', "Our adult literacy librarian knows the local programs best, I'm transferring you to her now."],
      [84, 's', 'Chat transferred to Marisol Vega', sys('transfer', 'mvega')],
      [121, 'l', "Hola! Marisol here from OC Public Libraries. The free Spanish-language GED prep schedule for Santa Ana is on sac.edu/cec. Would that work for your dad?", MARISOL],
      [170, 'p', 'yes thank you, thats all'],
      [175, 'l', 'De nada, have a great day!', MARISOL],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'IEP rights: an internal note with why and the transfer, but the patron is never told before it: handoff fails',
    lines: [
      [0, 'p', 'My sons IEP meeting is next week and I want to read up on my rights as a parent, Virginia'],
      [33, 'l', "Hi, I'm Olu, a librarian at Fairfax County Public Library. Is he in elementary, middle or high school?"],
      [66, 'p', '4th grade'],
      [74, 'i', 'Hey Beth, can you take this one? Special ed parent rights question, you know the PEATC stuff better than me.'],
      [79, 's', 'Transferred to Beth Kroll', sys('transfer', 'bkroll')],
      [118, 'l', 'Hello, this is Beth, the family services librarian here at Fairfax. The Virginia Department of Education\'s "Parent\'s Guide to Special Education" explains IEP rights step by step: doe.virginia.gov/parents-guide. Is this helpful for the meeting?', BETH],
      [175, 'p', 'yes very. thank you'],
      [182, 'l', 'Good luck at the meeting next week. Bye for now!', BETH],
    ],
    exp: usual({ anything: 'fail', transfer: 'fail' }),
  },
];

/** A patron asks, the provider greets and clarifies, the patron answers; ANS gives a source and asks if it covers it. */
const START: Line[] = [
  [0, 'p', 'hi looking for a beginner book on composting, its for our school garden club'],
  [24, 'l', 'Hello, Ravi here at Lakeshore Public Library. Is it for the kids to read or for the teachers running it?'],
  [58, 'p', 'teachers mostly'],
];
const ANS: Line = [66, 'l', '"Let It Rot!" by Stu Campbell is a classic for beginners; we have it at Main and you can request it at lakeshorelib.org/catalog. Does that cover what you need?'];
const END = (p: string, l = 'Happy to help, bye!'): Line[] => [...START, ANS, [100, 'p', p], [106, 'l', l]];

export const short: SessionCase[] = [
  // ---- the patron says they are done, or only thanks ---------------------------------------------------------------
  { name: 'patron "yes im all set now, thank you!": done, anything else passes', lines: END('yes im all set now, thank you!'), exp: some({ anything: 'pass' }) },
  { name: 'patron "yep that covers everything i came for": done', lines: END('yep that covers everything i came for'), exp: some({ anything: 'pass' }) },
  { name: 'patron "no other questions, thanks a bunch": done', lines: END('no other questions, thanks a bunch'), exp: some({ anything: 'pass' }) },
  { name: "patron \"that'll be all, cheers\": done", lines: END("that'll be all, cheers"), exp: some({ anything: 'pass' }) },
  { name: 'patron "ok ty" only acknowledges: anything else fails', lines: END('ok ty'), exp: some({ anything: 'fail', courteous: 'pass' }) },
  { name: 'patron "👍🙏" only: anything else fails', lines: END('👍🙏'), exp: some({ anything: 'fail' }) },
  { name: 'patron "yes thank you so much!!" thanks only: anything else fails', lines: END('yes thank you so much!!'), exp: some({ anything: 'fail' }) },
  // ---- the provider offers more help -------------------------------------------------------------------------------
  {
    name: 'provider "Is there something else I can look into for you?": anything else passes',
    lines: [...START, ANS, [100, 'p', 'yes thx'], [104, 'l', 'Is there something else I can look into for you?'], [130, 'p', 'no'], [134, 'l', 'Bye then!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'provider "Can I help with anything more tonight?": anything else passes',
    lines: [...START, ANS, [100, 'p', 'yes thx'], [104, 'l', 'Can I help with anything more tonight?'], [130, 'p', 'nah'], [134, 'l', 'Have a good night!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    // reading: "let me know if …" asks for more needs (the earlier rounds' reading)
    name: 'provider "Let me know if there\'s anything else you need!": anything else passes',
    lines: [...START, ANS, [100, 'p', 'yes thx'], [104, 'l', "Let me know if there's anything else you need!"], [130, 'p', 'will do'], [134, 'l', 'Take care!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: a conditional statement offers, it does not ask
    name: 'provider "If anything else comes up, we\'re on chat till 9." asks nothing: anything else fails',
    lines: [...START, ANS, [100, 'p', 'yes thx'], [104, 'l', "If anything else comes up, we're on chat till 9. Bye!"]],
    exp: some({ anything: 'fail', courteous: 'pass', dismissal: 'pass' }),
  },
  {
    name: 'near miss: "Anything else you\'ve already tried searching?" after the source asks about the search: anything else fails',
    lines: [...START, ANS, [100, 'p', 'sort of, we already have that one'], [104, 'l', "Anything else you've already tried searching?"], [140, 'p', 'just google'], [146, 'l', '"The Rodale Book of Composting" is the next step up, same catalog. Thanks for chatting!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  // ---- dismissals and their near misses -------------------------------------------------------------------------------
  {
    name: '"we can only take one question per chat session" with a thanks after it: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes! also do u have seed catalogs? and books on worms'], [110, 'l', "Sorry, we can only take one question per chat session, so I can't look into those."], [113, 'l', 'Thanks for chatting!']],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: '"Your time\'s up for this chat, I need to close it out.": dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes, and worm bins?'], [110, 'l', "Your time's up for this chat, I need to close it out. Bye."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"I\'ve got to run to a meeting, bye!" leaves a question open, no way back: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes, and worm bins?'], [110, 'l', "I've got to run to a meeting, bye!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'near miss: "I\'ve got to step away for a staff meeting, but you can start a new chat and whoever is on will pick it up." is a way back: passes',
    lines: [...START, ANS, [100, 'p', 'yes, and worm bins?'], [110, 'l', "I've got to step away for a staff meeting, but you can start a new chat and whoever is on will pick it up. Thanks!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"We close in 5 minutes, so I\'ll sign off now. You can reach us again tomorrow from 9 am through this same chat." is a way back: passes',
    lines: [...START, ANS, [100, 'p', 'yes, and worm bins?'], [110, 'l', "We close in 5 minutes, so I'll sign off now. You can reach us again tomorrow from 9 am through this same chat. Good night!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // V4 othersWaiting: closing time as the reason the help stops, read as the queue is (fails with no way back)
    name: '"We close in five minutes, so I can\'t get into that tonight. Bye." no way back: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes, and worm bins?'], [110, 'l', "We close in five minutes, so I can't get into that tonight. Bye."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // V4 othersWaiting near miss: the closing time mentioned, the help goes on in the same message
    name: 'near miss: "We close in 10 minutes, so I can\'t place the hold for you tonight, but you can do it yourself at lakeshorelib.org/holds.": no dismissal',
    lines: [...START, ANS, [100, 'p', 'yes, can u put it on hold for me?'], [110, 'l', "We close in 10 minutes, so I can't place the hold for you tonight, but you can do it yourself at lakeshorelib.org/holds."], [150, 'p', 'ok got it, thats all'], [154, 'l', 'Great, good night!']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // V4 othersWaiting near miss: the patron's errand, not the provider stopping
    name: 'near miss: "The branch closes in 5 minutes, so you can\'t pick it up today; it will wait on the hold shelf." is no dismissal',
    lines: [...START, ANS, [100, 'p', 'can i get it today?'], [110, 'l', "The branch closes in 5 minutes, so you can't pick it up today; it will wait on the hold shelf for 7 days."], [150, 'p', 'ok thats all thx'], [154, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"There are a lot of people in the queue tonight, so I\'ll have to leave it there. Do come back later for the rest!": passes',
    lines: [...START, ANS, [100, 'p', 'yes, and worm bins? and leaf mold?'], [110, 'l', "There are a lot of people in the queue tonight, so I'll have to leave it there. Do come back later for the rest!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"There are other patrons waiting so I have to end this chat now." with no way back: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes, and worm bins? and leaf mold?'], [110, 'l', 'There are other patrons waiting so I have to end this chat now.']],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'near miss: "Your loan time is up on the 14th, so renew it before then." is about the book: no dismissal',
    lines: [...START, [66, 'l', '"Let It Rot!" is checked out to your card already (lakeshorelib.org/myaccount). Your loan time is up on the 14th, so renew it before then. Does that help?'], [100, 'p', 'oh ha yes thats all'], [106, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', anything: 'pass' }),
  },
  // ---- goodbyes -------------------------------------------------------------------------------------------------------
  {
    name: 'a goodbye then one trailing note: the goodbye is the second-last provider message, courteous passes',
    lines: [...START, ANS, [100, 'p', 'yes thank you'], [106, 'l', 'Thanks for chatting, have a nice day!'], [110, 'l', '(The book is due 3 weeks after you pick it up.)']],
    exp: some({ courteous: 'pass' }),
  },
  { name: '"Take it easy!" says goodbye', lines: END('yes thats all', 'Take it easy!'), exp: some({ courteous: 'pass', anything: 'pass' }) },
  {
    // relabelled: first labelled fail, as v21's README reads "Happy reading!" alone as a wish; but most rounds (v9, v13,
    // v17, v19) read a parting "Happy reading!" as saying goodbye and the scorer has since v1; as the provider's last
    // words, "Happy <doing>!" is a parting formula, which is what "says goodbye" means
    name: '"Happy composting!" as the last words is a parting wish: courteous passes',
    lines: END('yes thats all', 'Happy composting!'),
    exp: some({ courteous: 'pass' }),
  },
  { name: '"Come back and tell us how the compost turns out 😄" invites back', lines: END('yes thats all', 'Come back and tell us how the compost turns out 😄'), exp: some({ courteous: 'pass' }) },
  {
    name: 'a system-role closing macro that thanks is not seen: the provider\'s last two ("ok", the answer) thank no one, courteous fails',
    lines: [...START, ANS, [100, 'p', 'yes thats all'], [104, 'l', 'ok'], [108, 's', 'Thank you for chatting with Lakeshore Public Library! This session has ended.']],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    name: 'a provider-role survey request with no thanks after the answer: courteous fails',
    lines: [...START, ANS, [100, 'p', 'yes thats all'], [104, 'l', 'Please rate this chat: lakeshorelib.org/survey']],
    exp: some({ courteous: 'fail' }),
  },
  // ---- idle endings ---------------------------------------------------------------------------------------------------
  { name: 'final idle 119 s, nothing sent: both idle checks na', lines: [...START, ANS], over: { endAfter: 119 }, exp: some({ idle: 'na', disconnect: 'na', courteous: 'fail' }) },
  { name: 'final idle 121 s, nothing sent: check-in fails, disconnect na', lines: [...START, ANS], over: { endAfter: 121 }, exp: some({ idle: 'fail', disconnect: 'na' }) },
  {
    name: 'final idle 179 s with "You still there?": check-in passes, disconnect na',
    lines: [...START, ANS, [190, 'l', 'You still there?']],
    over: { endAfter: 55 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'final idle 181 s with "You still there?" only: check-in passes, disconnect fails',
    lines: [...START, ANS, [190, 'l', 'You still there?']],
    over: { endAfter: 57 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: a bare "Hello?" in the idle asks whether anyone is there
    name: 'final idle 190 s with a bare "Hello?": check-in passes, disconnect fails',
    lines: [...START, ANS, [200, 'l', 'Hello?']],
    over: { endAfter: 56 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"It appears you\'ve been disconnected, so I\'m closing this chat." (idle 195 s): no question, the notice passes',
    lines: [...START, ANS, [256, 'l', "It appears you've been disconnected, so I'm closing this chat."]],
    exp: some({ idle: 'fail', disconnect: 'pass', courteous: 'fail' }),
  },
  {
    name: '"Looks like you may have stepped away." (idle 200 s) says nothing of ending: the notice fails',
    lines: [...START, ANS, [250, 'l', 'Looks like you may have stepped away.']],
    over: { endAfter: 16 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: '"This chat will close automatically in one minute." (idle 200 s) says nothing of the patron being gone: the notice fails',
    lines: [...START, ANS, [250, 'l', 'This chat will close automatically in one minute.']],
    over: { endAfter: 16 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'a check-in, then a notice that invites back 170 s after the answer, the session closed at 330 s: the goodbye ends the idle, disconnect na',
    lines: [...START, ANS, [190, 'l', 'Still with me?'], [236, 'l', "Seems you've disconnected, so I'll end the chat now. Feel free to come back anytime!"]],
    over: { endAfter: 160 },
    exp: some({ idle: 'pass', disconnect: 'na', courteous: 'pass' }),
  },
  {
    name: 'the same notice opening with "Are you still there?" is no goodbye: the idle runs to 330 s, one message passes both',
    lines: [...START, ANS, [236, 'l', "Are you still there? Seems you've disconnected, so I'll end the chat now. Feel free to come back anytime!"]],
    over: { endAfter: 160 },
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'the patron sent the last visible message ("ok thanks"), the session closed 400 s later: no final idle',
    lines: [...START, ANS, [100, 'p', 'ok thanks']],
    over: { endAfter: 400 },
    exp: some({ idle: 'na', disconnect: 'na', courteous: 'fail', anything: 'fail' }),
  },
  // ---- transfers ----------------------------------------------------------------------------------------------------
  {
    name: 'transfer at the end with a visible notice and an internal note saying why: handoff passes',
    lines: [
      ...START,
      [66, 'l', "Our children's librarian knows the garden books best; I'm transferring you to her now, one moment."],
      [70, 'i', 'Kim, teacher wants beginner composting books for a school garden club, can you take it? You know the kids garden collection.'],
      [74, 's', 'Transferred to Kim Ortiz', sys('transfer', 'kortiz')],
      [100, 'l', 'Hi, Kim here! "Let It Rot!" is the one I would start with: lakeshorelib.org/catalog. Does that help?', KIM],
      [130, 'p', 'yes thats all thanks'],
      [135, 'l', 'Bye!', KIM],
    ],
    exp: some({ transfer: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'only the receiving provider says "Ravi passed you to me" after the transfer; Ravi said nothing visible: handoff fails',
    lines: [
      ...START,
      [70, 'i', 'Kim, teacher wants beginner composting books for a school garden club, can you take it? You know the kids garden collection.'],
      [74, 's', 'Transferred to Kim Ortiz', sys('transfer', 'kortiz')],
      [100, 'l', 'Hi, Kim here, Ravi passed you to me. "Let It Rot!" is the one I would start with: lakeshorelib.org/catalog. Does that help?', KIM],
      [130, 'p', 'yes thats all thanks'],
      [135, 'l', 'Bye!', KIM],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    // reading: "can you grab this one?" gives no reason
    name: 'a visible notice, but the internal note gives no reason ("can you grab this one?"): handoff fails',
    lines: [
      ...START,
      [66, 'l', "I'm going to transfer you to a colleague, one moment."],
      [70, 'i', 'Kim can you grab this one?'],
      [74, 's', 'Transferred to Kim Ortiz', sys('transfer', 'kortiz')],
      [100, 'l', 'Hi, Kim here! "Let It Rot!" is the one I would start with: lakeshorelib.org/catalog. Does that help?', KIM],
      [130, 'p', 'yes thats all thanks'],
      [135, 'l', 'Bye!', KIM],
    ],
    exp: some({ transfer: 'fail' }),
  },
  // ---- a second batch, written before running it ----------------------------------------------------------------------
  { name: 'patron "i got what i needed, ty": done', lines: END('i got what i needed, ty'), exp: some({ anything: 'pass' }) },
  { name: 'patron "nothing else for now, thx": done', lines: END('nothing else for now, thx'), exp: some({ anything: 'pass' }) },
  { name: 'patron "lol ok" only acknowledges: anything else fails', lines: END('lol ok'), exp: some({ anything: 'fail' }) },
  {
    name: 'provider "Is that everything for today?" asks whether the patron needs more: anything else passes',
    lines: [...START, ANS, [100, 'p', 'yes perfect'], [104, 'l', 'Is that everything for today?'], [130, 'p', 'yep'], [134, 'l', 'Take care!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'final idle 130 s with "Did I lose you?": the check-in asks, passes',
    lines: [...START, ANS, [180, 'l', 'Did I lose you?']],
    over: { endAfter: 16 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'final idle 130 s with "I\'m still here if you need me." asks nothing: check-in fails',
    lines: [...START, ANS, [180, 'l', "I'm still here if you need me."]],
    over: { endAfter: 16 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"Since I haven\'t had a reply, I\'ll assume you\'ve gone and close this chat now. Thanks for contacting us!" (idle 200 s, a goodbye): notice passes, no check-in',
    lines: [...START, ANS, [266, 'l', "Since I haven't had a reply, I'll assume you've gone and close this chat now. Thanks for contacting us!"]],
    over: { endAfter: 100 },
    exp: some({ idle: 'fail', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: '"…the queue is long, so this will have to be our last question. Good night." tells the patron they reached a limit: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "I'm the only one on tonight and the queue is long, so this will have to be our last question. Good night."]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: '"My shift is over now, but my colleague Sam is on until 9 if you start a new chat. Bye!" gives a way back: no dismissal',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', 'My shift is over now, but my colleague Sam is on until 9 if you start a new chat. Bye!']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"My shift just ended so I\'m logging off. Good luck!" with a question open: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "My shift just ended so I'm logging off. Good luck!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // reading: "You're welcome!" answers thanks; it neither thanks, says goodbye nor invites back
    name: '"You\'re welcome!" as the last words after the answer: courteous fails',
    lines: END('thank you!', "You're welcome!"),
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: a parting wish, as "take care"
    name: '"No worries, stay warm out there!" as the last words: courteous passes',
    lines: END('thank you!', 'No worries, stay warm out there!'),
    exp: some({ courteous: 'pass' }),
  },
  { name: '"Catch you later!" says goodbye', lines: END('thank you!', 'Catch you later!'), exp: some({ courteous: 'pass' }) },
  // ---- a third batch: probes written and labelled before running them, kept where the scorer disagreed -------------------
  {
    // V4 dismissalConvenience: closing time and the provider leaving in the future tense, no way back
    name: '"We\'re closing up for the night, so I\'ll have to sign off. Good night!" with a question open: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "We're closing up for the night, so I'll have to sign off. Good night!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // V4 dismissalConvenience near miss: a time follows and the help goes on
    name: 'near miss: "I\'ll have to sign off at 6, but we have plenty of time to finish this." then the answer: no dismissal',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "I'll have to sign off at 6, but we have plenty of time to finish this. \"Worms Eat My Garbage\" has bin plans; it's in the same catalog. Does that help?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', anything: 'pass' }),
  },
  {
    // V4 dismissalConvenience near miss: the patron is the one to log off
    name: 'near miss: "You\'ll have to log off and sign back in to see the hold." is the patron\'s step: no dismissal',
    lines: [...START, ANS, [100, 'p', 'i placed the hold but dont see it'], [110, 'l', "You'll have to log off and sign back in to see the hold. Thanks!"], [140, 'p', 'there it is, thats all'], [144, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // relabelled: first labelled fail as a statement; "checking in to see if you are still there" is an indirect
    // question, and an indirect question asks whether the patron is still there
    name: 'final idle 194 s with "Just checking in to see if you are still there.": an indirect question, check-in passes',
    lines: [...START, ANS, [250, 'l', 'Just checking in to see if you are still there.']],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // V4 inviteBack: "you're welcome to start another one"
    name: '"It seems like you\'ve stepped away. I\'m going to go ahead and end this chat, but you\'re welcome to start another one!" (idle 184 s): notice and invitation back',
    lines: [...START, ANS, [250, 'l', "It seems like you've stepped away. I'm going to go ahead and end this chat, but you're welcome to start another one!"]],
    over: { endAfter: 10 },
    exp: some({ disconnect: 'pass', courteous: 'pass', idle: 'fail' }),
  },
  {
    // V4 inviteBack near miss: another one of something else
    name: 'near miss: "Start another one of the compost piles in spring." as the last words invites no one back: courteous fails',
    lines: END('yes thats all', 'Start another one of the compost piles in spring.'),
    exp: some({ courteous: 'fail' }),
  },
  {
    // V4 willEnd: a subjectless "Closing this one out."
    name: '"Looks like the chat dropped on your end. Closing this one out." (idle 194 s): the notice passes',
    lines: [...START, ANS, [250, 'l', 'Looks like the chat dropped on your end. Closing this one out.']],
    over: { endAfter: 10 },
    exp: some({ disconnect: 'pass' }),
  },
  {
    // V4 willEnd near miss: the patron closing it
    name: 'near miss: "Looks like the chat dropped on your end. Are you closing this one out on your side?" says nothing of ending: the notice fails',
    lines: [...START, ANS, [250, 'l', 'Looks like the chat dropped on your end. Are you closing this one out on your side?']],
    over: { endAfter: 10 },
    exp: some({ disconnect: 'fail' }),
  },
  {
    // V4 dismissalHard: a lot of questions for one chat
    name: '"That\'s a lot of questions for one chat! Try Google for the rest.": asked too many, dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "That's a lot of questions for one chat! Try Google for the rest."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // V4 dismissalHard near miss: the patron's essay
    name: 'near miss: "That\'s a lot of questions for one essay! Let\'s start with the first." then the answer: no dismissal',
    lines: [
      [0, 'p', 'my essay has to answer 6 questions about composting, can u help'],
      [24, 'l', "Hello, Ravi here at Lakeshore Public Library. That's a lot of questions for one essay! Let's start with the first: what is it?"],
      [58, 'p', 'why does compost get hot'],
      [66, 'l', 'Microbes breaking down the material give off heat; "Let It Rot!" explains it in chapter 2 (lakeshorelib.org/catalog). Does that cover it?'],
      [100, 'p', 'yes thats all for now'],
      [106, 'l', 'Bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // V4 othersWaiting: the service's rule as the reason the help ends
    name: '"We need to keep chats short, so I will end it here. Thanks" with a question open: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', 'We need to keep chats short, so I will end it here. Thanks']],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // V4 othersWaiting near miss: short chats mentioned, the provider stays
    name: 'near miss: "We try to keep chats short, but take all the time you need with the catalog." is no dismissal',
    lines: [...START, ANS, [100, 'p', 'sorry im slow, still looking'], [110, 'l', 'We try to keep chats short, but take all the time you need with the catalog.'], [150, 'p', 'found it, thats all'], [154, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // V4 othersWaiting: closing now, "so I'll end our chat here"
    name: '"It\'s almost 8 and we\'re closing, so I\'ll end our chat here. Bye" with a question open: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "It's almost 8 and we're closing, so I'll end our chat here. Bye"]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // V4 othersWaiting guard: the same with a way back
    name: 'near miss: "…we\'re closing, so I\'ll end our chat here. Chat with us tomorrow after 10 for the bin plans!" is a way back: passes',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "It's almost 8 and we're closing, so I'll end our chat here. Chat with us tomorrow after 10 for the bin plans!"]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // V4 othersWaiting guard (added after the whole suite: v8's "Chat reopens at 9 am" case): a way back the wayBack
    // family does not know, in the next sentence
    name: 'near miss: "We close in 10 minutes, so I have to stop here. The chat opens again at 10 tomorrow, and we\'d be happy to pick this up then." is a way back: passes',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "We close in 10 minutes, so I have to stop here. The chat opens again at 10 tomorrow, and we'd be happy to pick this up then."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // V4 othersWaiting near miss: the patron's errand
    name: 'near miss: "The branch is closing soon, so you\'ll want to pick it up tomorrow." is no dismissal',
    lines: [...START, ANS, [100, 'p', 'can i get it tonight?'], [110, 'l', "The branch is closing soon, so you'll want to pick it up tomorrow."], [140, 'p', 'ok thats all'], [144, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // V4 transferNotice: "Let me see if our youth services librarian is free to take this"
    name: 'transfer announced as "Let me see if our youth services librarian is free to take this", with a note saying why: handoff passes',
    lines: [
      ...START,
      [66, 'l', 'Let me see if our youth services librarian is free to take this, she knows the garden collection.'],
      [70, 'i', 'Kim - school garden club teachers want composting books, can you take? you know the collection'],
      [74, 's', 'Transferred to Kim Ortiz', sys('transfer', 'kortiz')],
      [100, 'l', 'Hi, Kim here! lakeshorelib.org/catalog has "Let It Rot!". Does that help?', KIM],
      [130, 'p', 'yes thats all thanks'],
      [135, 'l', 'Bye!', KIM],
    ],
    exp: some({ transfer: 'pass' }),
  },
  {
    // V4 transferNotice near miss: a colleague consulted, not the chat passed on
    name: 'near miss: "Let me check if our youth services librarian is available to take a look at the list." before a transfer tells nothing of it: handoff fails',
    lines: [
      ...START,
      [66, 'l', 'Let me check if our youth services librarian is available to take a look at the list.'],
      [70, 'i', 'Kim - school garden club teachers want composting books, can you take? you know the collection'],
      [74, 's', 'Transferred to Kim Ortiz', sys('transfer', 'kortiz')],
      [100, 'l', 'Hi, Kim here! lakeshorelib.org/catalog has "Let It Rot!". Does that help?', KIM],
      [130, 'p', 'yes thats all thanks'],
      [135, 'l', 'Bye!', KIM],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    // V4 patronDone: "that answers all my questions"
    name: 'patron "great, i think that answers all my questions": done, anything else passes',
    lines: END('great, i think that answers all my questions'),
    exp: some({ anything: 'pass' }),
  },
  {
    // V4 patronDone near miss: more to ask
    name: 'near miss: patron "that answers all my questions about the bins, but what about leaf mold?" is not done: anything else fails',
    lines: [...START, ANS, [100, 'p', 'that answers all my questions about the bins, but what about leaf mold?'], [110, 'l', '"Leaf Mold and Beyond" is in the same catalog. Thanks for chatting!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // V4 dismissalConvenience: the provider's day ending the help
    name: '"I\'m wrapping up for the day, so that\'ll have to be it. Bye!" with a question open: dismissal fails',
    lines: [...START, ANS, [100, 'p', 'yes and can you also find me worm bin plans?'], [110, 'l', "I'm wrapping up for the day, so that'll have to be it. Bye!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // V4 dismissalConvenience near miss: a program wrapping up
    name: 'near miss: "The kids\' program is wrapping up for the day, so the room is free after 4." is no dismissal',
    lines: [...START, ANS, [100, 'p', 'can the club use the story room today?'], [110, 'l', "The kids' program is wrapping up for the day, so the room is free after 4. Book it at lakeshorelib.org/rooms."], [140, 'p', 'ok thats all'], [144, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // V4 farewell: "Pleasure chatting with you!"
    name: '"Pleasure chatting with you!" as the last words says goodbye: courteous passes',
    lines: END('yes thats all', 'Pleasure chatting with you!'),
    exp: some({ courteous: 'pass' }),
  },
  {
    // V4 farewell near miss: a plan, not a parting
    name: 'near miss: "It would be a pleasure working with you on the grant next month." as the last words: courteous fails',
    lines: END('yes thats all, and we might apply for a garden grant', 'It would be a pleasure working with you on the grant next month.'),
    exp: some({ courteous: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-first round (V4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V4): how sessions end, every check', whole);
describeSessions('twenty-first round (V4): how sessions end, short cases', short);

describeLeft('twenty-first-round-endings', LEFT);
