/**
 * Twentieth round, area (U6): ALMOST RIGHT IS NOT RIGHT (false passes; narrowings only). Ordinary chats from public,
 * county, academic and statewide cooperative services in which something close to a behaviour is there but the
 * behaviour itself is not, next to chats where it is (so a narrowing cannot take a right reading back):
 * - greetings with no one identified (a screen name only, an internal hello to colleagues, "Welcome to the chat!"),
 *   an identification with no greeting word, or the identification only in the third provider message;
 * - "how can I help?" / "What can I help you with?" as the provider's only question;
 * - completeness questions asked before anything is given, or about something not yet given (an offer);
 * - "anything else" that asks about the need in hand ("Anything else you remember about the book?");
 * - a patron's "ok" or thanks alone;
 * - an organisation or app named without a way to reach it as the only source;
 * - check-ins that do not ask, disconnect notices that do not say the session will end, goodbyes that only announce
 *   the end, "take your time" as a (non-)hold;
 * - follow-up promises with no when, or a when that is a condition, or a contact never confirmed in the chat;
 * - referrals with a contact for one party and not another; polite dismissals for the provider's convenience with no
 *   way back; internal messages that would have satisfied a check if the patron had seen them;
 * - v20's settings probed where they could read too broadly (a pronoun after a transfer notice that is another party,
 *   an offer turned down in words the T6 setting keys on).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - the author field is the screen name: a first message "Hi there! How can I help?" identifies nobody;
 *   "Welcome to the chat!" names no library or service ("the chat" is generic), so it greets without identifying;
 * - "Ask Us Now, librarian Tomas speaking." identifies but does not greet (no hello, hi, welcome or thanks);
 * - "What can I help you with?" is the greeting's "how can I help?" in other words, so it is no clarifying question;
 * - "Would a how-to book be helpful, or are you after the licensing rules?" before any source asks about the need (a
 *   clarifying question), not whether what was given meets it; "I can also check whether Eastgate has a copy, would
 *   that help?" after a source offers something not yet given: no completeness question;
 * - "Have you used WorldCat before?" after the answer asks about the patron's situation, not about the answer;
 * - an agency named as giving something out ("The Iowa Department of Health gives out free radon kits") tells the
 *   patron to contact nobody (no referral) and is an organisation named without a way to reach it (no source);
 * - "Just checking in." and "Still here if you need me." ask nothing: no idle check-in; "It looks like you've
 *   disconnected." / "Looks like you stepped away." say nothing about the session ending: no disconnect notice;
 *   "I haven't heard from you, so I'm closing this chat now" says both (the seventh round's reading of "I'm not hearing
 *   back from you, so I'll…");
 * - "Sure, take your time!" is not a hold (Terms): waiting on the patron begins at it;
 * - "once their volunteer checks the reels" and "soon" are no when; "I'll email you the scans once I pull them" neither;
 * - "I have to wrap this up now, my shift is ending. Bye!" and "I have another patron waiting, so I will let you go now.
 *   Take care!" end the help for the provider's convenience with no way back ("take care" / "bye" invite nobody back);
 * - a patron's "I'd rather not give out my email, I'll just call back" turns the provider's offer down: no promise.
 * - the patron's "yes that is it" / "YES omg that is it" answering "Is that the one?" says the thing found is right, not
 *   that they are done (the thirteenth round's reading of the contracted "yes thats it");
 * - a contact in a later clause about another party (", and the pharmacy at 410-555-0134 can also check") is that
 *   party's, not the first party's.
 * Fixed in v21 (block U6, narrowings only; before the fixes 7 of 57 cases failed, none of them the labels): patronDone's
 * "that is / was it" after an affirmation; `offerCommaU6` ("I can also check…, would that help?"); `otherPartyContactU6`.
 * LEFT (not run): an app with steps to use it read as a source (v1's reading); two dismissals the families do not know
 * ("another patron waiting, so I will let you go", "gone past our 15 minute limit") and a party word they do not know
 * ("organizers"): catching them would widen families, outside this narrowings-only round.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type SessionCase, some, sys, usual, who } from './helpers';

const CARLA = who('Carla Nguyen', 'carla');
const MIA = who('Mia Torres', 'mia');

export const whole: SessionCase[] = [
  // ---- greetings ------------------------------------------------------------------------------------------------
  {
    // reading: the author field "Jo Smith" is the screen name; neither visible message names anyone
    name: 'screen name only: "Hi there! How can I help you today?" then a question about the book club: greeting fails',
    lines: [
      [0, 'p', 'hey i need a book for my book club, something like Where the Crawdads Sing but not as sad'],
      [38, 'l', 'Hi there! How can I help you today?'],
      [45, 'l', 'Oh sorry, I see your question now. Do you want more of the nature writing, or more the courtroom part?'],
      [90, 'p', 'the nature + small town vibe. no murders lol'],
      [97, 'l', 'One sec, pulling a few titles.'],
      [170, 'l', 'Try "The Overstory" by Richard Powers or "Prodigal Summer" by Barbara Kingsolver; both are in our catalog and you can place holds at catalog.example.org. Are those the kind of thing you had in mind?'],
      [230, 'p', 'ooh prodigal summer sounds good. thats all i need, thanks!'],
      [236, 'l', 'Enjoy it! Thanks for chatting with us.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // the internal hello names the provider, but internal messages never satisfy a check (Terms)
    name: 'internal "Hi team, Jo from Annapolis here, grabbing this one" and a visible "Hi! Let me check that for you.": greeting fails',
    lines: [
      [0, 'p', 'what time does the Eastport branch close on saturdays'],
      [20, 'i', 'Hi team, Jo from Annapolis here, grabbing this one'],
      [25, 'l', 'Hi! Let me check that for you.'],
      [40, 'l', 'Eastport closes at 5 pm on Saturdays; all branch hours are at aacpl.net/locations. Did that answer your question?'],
      [58, 'p', 'yes thanks thats all i needed'],
      [63, 'l', 'Have a great weekend!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    // reading: "What can I help you with?" is the greeting's "how can I help?" in other words: not a clarifying question
    name: '"What can I help you with?" is the only question; the card renewal steps follow at once: clarify fails',
    lines: [
      [0, 'p', 'Hi'],
      [15, 'l', 'Hello, this is Marcus at Ask a Librarian Delaware. What can I help you with?'],
      [40, 'p', 'how do i renew my library card online, it expired'],
      [52, 'l', 'Go to lib.de.us, click My Account, sign in and choose Renew Card; you will need a photo of your ID.'],
      [75, 'p', 'got it, ty'],
      [80, 'l', 'Did that answer your question? Is there anything else I can help with?'],
      [100, 'p', 'yes. nope'],
      [104, 'l', 'Have a good one, thanks for contacting us!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  // ---- completeness -------------------------------------------------------------------------------------------------
  {
    // reading: "Would a how-to book be helpful, or…" before any source is a clarifying question, not a completeness one
    name: 'completeness asked only before the answer ("Would a how-to book be helpful, or are you after the licensing rules?"): completeness fails',
    lines: [
      [0, 'p', 'do you have anything about starting a food truck in ohio'],
      [22, 'l', "Good afternoon! I'm Renata, a librarian with KnowItNow. Would a how-to book be helpful, or are you more after the licensing rules?"],
      [70, 'p', 'licensing mostly'],
      [78, 'l', 'Let me look.'],
      [150, 'l', "Ohio's mobile food licensing is handled by your county health district; the state overview and application links are at odh.ohio.gov under Food Safety > Mobile Food Operations."],
      [200, 'p', 'ok thx'],
      [210, 'l', 'Anything else I can help you find today?'],
      [240, 'p', 'no'],
      [244, 'l', 'Good luck with the truck! Bye for now.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  // ---- anything else -----------------------------------------------------------------------------------------------
  {
    // fixed in v21 U6 (patronDone, alternative 1): "YES omg that is it" read as done [still done: "no, that is it, thank you"]
    name: '"Anything else you remember about the book?" asks about the need; the patron\'s "YES omg that is it" is no "done": anything_else fails',
    lines: [
      [0, 'p', 'looking for a picture book from the 90s about a girl who paints her whole street blue?'],
      [30, 'l', "Hi! You've reached the Ask Us chat at Hennepin County Library, I'm Abby. Anything else you remember about the book? The cover, or where you read it?"],
      [95, 'p', 'i think the cover was yellow and there was a cat. read it at school in minnesota'],
      [103, 'l', 'Searching our catalog and NoveList, hang tight.'],
      [220, 'l', 'Still looking, I have a couple of candidates.'],
      [262, 'l', 'I think it is "Blueberry Street" by Ana Colvin (1994); here is the catalog record: hclib.org/catalog/blueberry-street. Is that the one?'],
      [300, 'p', 'YES omg that is it'],
      [305, 'l', 'So glad we found it! Take care.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'patron answers "ok" then "thanks!!" and nobody asks about anything else: anything_else fails',
    lines: [
      [0, 'p', 'whats the max number of holds i can have'],
      [14, 'l', 'Hello! This is Irene at Jefferson County Public Library. Is this for an adult card?'],
      [40, 'p', 'yeah'],
      [46, 'l', 'Adult cards can have up to 25 holds at once; the borrowing policy is at jeffcolibrary.org/policies/borrowing. Does that answer your question?'],
      [70, 'p', 'ok'],
      [80, 'p', 'thanks!!'],
      [86, 'l', 'Have a good afternoon!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- sources ----------------------------------------------------------------------------------------------------
  {
    // reading: "The Iowa Department of Health gives out free radon test kits" names an agency, tells the patron to
    // contact nobody (no referral) and gives no way to reach it (no source)
    name: 'an agency named as handing out radon kits, no way to reach it: info.source fails, no referral',
    lines: [
      [0, 'p', 'where can i get a radon test kit, is there a free one'],
      [29, 'l', 'Good morning, this is Lena, reference librarian at Ames Public Library. Are you in Story County?'],
      [55, 'p', 'yes ames'],
      [62, 'l', 'The Iowa Department of Health gives out free radon test kits during the winter months, and hardware stores sell them for about $15. Is that helpful?'],
      [100, 'p', 'yes, that is all I needed thank you'],
      [104, 'l', 'You are welcome! Have a nice day.'],
    ],
    exp: usual({ source: 'fail' }),
  },
  // ---- idle, check-ins and disconnect notices ------------------------------------------------------------------------
  {
    // reading: "Just checking in." asks nothing; "It looks like you've disconnected." does not say the session will end
    name: 'final idle of 320 s: "Just checking in." and "It looks like you\'ve disconnected.": idle and disconnect fail, no goodbye',
    lines: [
      [0, 'p', 'how do I cite a tiktok video in MLA 9'],
      [33, 'l', 'Hi! This is Omar from the Ask Us 24/7 team. Is this for your Works Cited list or an in-text citation?'],
      [70, 'p', 'works cited'],
      [80, 'l', 'Purdue OWL has an example at owl.purdue.edu/owl/research_and_citation/mla_style; the pattern is Creator. "Video title." TikTok, Day Month Year, URL. Does that help?'],
      [215, 'l', 'Just checking in.'],
      [330, 'l', "It looks like you've disconnected."],
    ],
    over: { endAfter: 70 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'check-in asked, then "Looks like you stepped away. Thanks for chatting with Ask Us Now!" never says the chat will end: disconnect fails',
    lines: [
      [0, 'p', 'does the library have notary service'],
      [25, 'l', "Hello and welcome to Ask Us Now! I'm Kiara, a librarian in Howard County. Which branch is closest to you?"],
      [50, 'p', 'east columbia'],
      [58, 'l', 'East Columbia offers free notary service by appointment; book at hclibrary.org/notary. Does that help?'],
      [200, 'l', 'Are you still with me?'],
      [320, 'l', 'Looks like you stepped away. Thanks for chatting with Ask Us Now!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // internal messages are never seen: the colleague question is no check-in; the visible notice says both things
    name: 'internal "is this patron still on?" is the only check-in; "I haven\'t heard from you, so I\'m closing this chat now": idle fails, disconnect passes',
    lines: [
      [0, 'p', 'can I renew a book that has a hold on it'],
      [22, 'l', "Hi there, this is Ava at Ask Carnegie Library of Pittsburgh. Is the hold someone else's, or one you placed?"],
      [60, 'p', 'someone elses i think'],
      [68, 'l', "If another patron has a hold on it, it can't be renewed, so it needs to go back by the due date. The renewal rules are at carnegielibrary.org/renew. Does that help?"],
      [200, 'i', 'is this patron still on? no reply for 2 min'],
      [340, 'l', "I haven't heard from you, so I'm closing this chat now. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: "Sure, take your time!" is no hold (Terms), so waiting on the patron begins there and the 184 s before the
    // check-in is no silence of the provider's; the final idle starts at it
    name: '"Sure, take your time!" then a check-in 184 s later and a closing notice: keep_informed passes, idle and disconnect pass',
    lines: [
      [0, 'p', 'I need peer reviewed articles on microplastics in drinking water for my capstone'],
      [35, 'l', "Hello! You're chatting with Priya, a research librarian at Towson University's Cook Library. Do you need studies from a particular date range?"],
      [70, 'p', 'last 5 years'],
      [78, 'l', 'Try Academic Search Ultimate (library.towson.edu > Databases A-Z): search "microplastics" AND "drinking water", tick Peer Reviewed and set 2020-2025. I got 140 results that way. Do those look like what you need?'],
      [140, 'p', 'let me look through them'],
      [146, 'l', 'Sure, take your time!'],
      [330, 'l', 'Are you still there?'],
      [450, 'l', "It seems you may have stepped away, so I'll be closing this chat. Feel free to reach out again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- endings --------------------------------------------------------------------------------------------------------
  {
    name: 'last message "This chat will now close." after "Anything else…?": courteous fails',
    lines: [
      [0, 'p', 'is the main library open on juneteenth'],
      [18, 'l', 'Hi, this is Greta at Ask Evanston Public Library! All our locations are closed Thursday, June 19 for Juneteenth. Holiday closures are listed at epl.org/hours. Did that answer it?'],
      [40, 'p', 'ok'],
      [45, 'l', 'Anything else I can help you with?'],
      [75, 'p', 'no'],
      [80, 'l', 'This chat will now close.'],
    ],
    exp: usual({ clarify: 'fail', courteous: 'fail' }),
  },
  {
    name: 'dismissal: "I have to wrap this up now, my shift is ending. Bye!" with more questions pending: no_dismissal fails',
    lines: [
      [0, 'p', 'I need all the census records for my great grandparents the Kowalskis in Scranton 1900-1940'],
      [50, 'l', 'Hi, thanks for contacting Ask Us! This is Ben, a librarian at Albright Memorial Library. Do you know their first names?'],
      [90, 'p', 'Jan and Zofia'],
      [98, 'l', 'One minute.'],
      [175, 'l', 'I found Jan and Zofia Kowalski in the 1910 census through HeritageQuest (lclshome.org > Research > HeritageQuest, log in with your card). Does that help?'],
      [210, 'p', 'yes! can you do 1920, 1930 and 1940 too? and his naturalization?'],
      [218, 'l', "I'm sorry, I have to wrap this up now, my shift is ending. Bye!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  // ---- timing at the thresholds --------------------------------------------------------------------------------------
  {
    name: 'pickup at 61 s and a 121 s search after a hold: pickup and keep_informed fail',
    lines: [
      [0, 'p', 'hello?? i need to know how to get a replacement library card, i lost mine'],
      [61, 'l', "Hi, I'm Luis at Ask Sno-Isle Libraries, sorry for the wait! Do you still have your card number, or do you know the email on your account?"],
      [90, 'p', 'i know the email'],
      [95, 'l', 'Let me check the replacement steps.'],
      [216, 'l', 'You can request a replacement at sno-isle.org/card: enter that email and the new card number shows up in your account right away (the first replacement is free). Is that what you needed?'],
      [250, 'p', 'yes thx, thats everything'],
      [255, 'l', 'Bye, thanks for using Sno-Isle!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    name: 'pickup at exactly 60 s and a 120 s search after a hold: both pass',
    lines: [
      [0, 'p', 'Do you have books in Amharic for kids?'],
      [60, 'l', "Welcome to Ask Here PA! I'm Hanna from the Free Library of Philadelphia. What ages are your children?"],
      [85, 'p', '5 and 7'],
      [90, 'l', 'Give me a minute to search.'],
      [210, 'l', 'Our catalog lists 23 Amharic picture books; search "Amharic juvenile" at freelibrary.org/catalog, and most can be sent to any branch. Do those sound right for them?'],
      [260, 'p', 'yes! that is all, thank you'],
      [265, 'l', 'My pleasure! Have a lovely day.'],
    ],
    exp: usual(),
  },
  // ---- follow-ups -----------------------------------------------------------------------------------------------------
  {
    // reading: "once I pull them" says no time
    name: 'follow-up with the e-mail repeated back but "I\'ll email you the scans once I pull them": followup.contact fails',
    lines: [
      [0, 'p', "Hi, I'm looking for the minutes of the 1978 town council meetings in Bel Air"],
      [25, 'l', 'Hello! Sam here, librarian at Harford County Public Library. Are these for a specific topic, like zoning?'],
      [60, 'p', 'yes the rezoning of Tollgate Rd'],
      [72, 'l', 'The minutes are not online, so I will need to check our local history files. Meanwhile, the Aegis newspaper index at hcplonline.org/aegis covers council news from 1978. Can I get your email so I can send you what I find?'],
      [110, 'p', 'sure, t.hollins@example.com'],
      [118, 'l', "Thanks, t.hollins@example.com. I'll email you the scans once I pull them. Does the Aegis index help for now?"],
      [140, 'p', 'yes great thank you'],
      [146, 'l', 'Is there anything else I can help with today?'],
      [160, 'p', 'nope thats it'],
      [165, 'l', 'Thanks for contacting Harford County Public Library, have a nice evening!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // the e-mail sits in the patron fields only: never given or repeated in the chat
    name: 'follow-up "by Thursday at the latest" but the e-mail is only in the patron fields: followup.contact fails, the code passes',
    lines: [
      [0, 'p', 'do you have the 1990 Sanborn map for downtown Frederick? need it for a house history'],
      [30, 'l', 'Good evening, this is Kim with the Frederick County Public Libraries Ask Us service. Which street is the house on?'],
      [60, 'p', 'N Market, the 200 block'],
      [66, 'l', 'One moment while I check our local history holdings.'],
      [140, 'l', 'The 1990 update is on microfilm only, so I will have our local history librarian send you a scan of that sheet by Thursday at the latest. The earlier sheets (to 1904) are free at loc.gov/collections/sanborn-maps. Does the LOC link help for now?'],
      [190, 'p', 'yes perfect, thanks so much'],
      [196, 'l', "You're welcome! Anything else?"],
      [215, 'p', 'no, that is all'],
      [220, 'l', 'Have a good night!'],
    ],
    over: { ...FU_ME, patron: { name: 'R. Ortiz', email: 'rortiz@example.org', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "once their volunteer checks the reels" is a condition, not a time
    name: 'the patron\'s library will e-mail "once their volunteer checks the reels", e-mail confirmed: followup.contact fails',
    lines: [
      [0, 'p', "hi, I am trying to find out if my dad's obituary ran in the Tribune in March 1987, Harold Weems"],
      [40, 'l', "Hello, you're chatting with Nadia at the Ask Us service of Porter County Public Library. Do you know the exact date he passed?"],
      [70, 'p', 'march 9'],
      [80, 'l', 'Let me see what is digitized.'],
      [170, 'l', "Our digitized Tribune stops at 1985 (pcpls.org/digitalarchives), so I've passed your request to the Portage branch, which has the 1987 reels. They will email you once their volunteer checks the reels. What's the best email?"],
      [200, 'p', 'hweems.jr@example.com'],
      [205, 'l', 'Thank you, hweems.jr@example.com. Does the archive link help in the meantime?'],
      [230, 'p', 'yes, thats all for now. thank you'],
      [236, 'l', 'You are welcome, take care.'],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up promised with the e-mail and "by Wednesday", but coded Answered: resolution.code fails',
    lines: [
      [0, 'p', 'Can you find out if the library has the 1962 Wildcats yearbook from Central High?'],
      [33, 'l', "Hi! I'm Pete, a librarian at Lexington Public Library. Central High here in Lexington, right?"],
      [60, 'p', 'yes'],
      [70, 'l', 'The yearbooks we have digitized are at lexpublib.org/yearbooks, but 1962 is not there yet. Staff can check the shelf in our Kentucky Room; can I email you by Wednesday? What is your email?'],
      [100, 'p', 'mike.d@example.net'],
      [108, 'l', "Great, mike.d@example.net. I'll email you by Wednesday. Does the digitized list help in the meantime?"],
      [120, 'p', 'yes thank you'],
      [125, 'l', 'Anything else for tonight?'],
      [140, 'p', 'no thats all'],
      [145, 'l', 'Thanks for contacting the library, goodnight!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- referrals ------------------------------------------------------------------------------------------------------
  // ---- internal messages and transfers ----------------------------------------------------------------------------------
  {
    // the reason is given to Carla in an internal message, but the patron is never told of the transfer
    name: 'transfer with an internal note but no visible word to the patron: transfer.handoff fails',
    lines: [
      [0, 'p', 'Can I get help with a chemistry question? What is the molar mass of calcium nitrate'],
      [30, 'l', "Hi, I'm Ruth, a librarian with AskColorado. Is this for a class assignment?"],
      [55, 'p', 'yes gen chem'],
      [62, 'i', 'Carla, can you take this one? Chem homework, you have the science queue tonight.'],
      [70, 's', 'Chat transferred to Carla Nguyen', sys('transfer', 'carla')],
      [80, 'l', 'Hi, Carla here, a science librarian at AskColorado. Calcium nitrate is Ca(NO3)2; with the atomic masses from the periodic table at ptable.com: 40.08 + 2(14.01) + 6(16.00) = 164.10 g/mol. Did that help?', CARLA],
      [120, 'p', 'yes thank you thats all'],
      [125, 'l', 'Great, good luck in chem, bye!', CARLA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'internal "still searching, tell her?" while the patron waits 140 s with no visible hold: keep_informed fails',
    lines: [
      [0, 'p', 'I need the 2023 median household income for Prince George\'s County'],
      [26, 'l', 'Hello, this is Andre with Ask Us Now at Prince George\'s County Memorial Library. Do you need it from the Census or is any source fine?'],
      [50, 'p', 'census please'],
      [120, 'i', 'still searching data.census.gov, its slow tonight'],
      [190, 'l', 'The ACS 1-year estimate for 2023 is $107,000 (rounded); the table is S1901 at data.census.gov. Does that answer your question?'],
      [220, 'p', 'yes thats all, thanks!'],
      [225, 'l', 'Thank you for using Ask Us Now, have a good evening!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- greetings ------------------------------------------------------------------------------------------------
  {
    name: 'name only in the third provider message ("I\'m Dev, by the way, from Ask Away"): greeting fails',
    lines: [[0, 'p', 'do you have tax forms'], [20, 'l', 'Hi!'], [24, 'l', 'Federal or state?'], [50, 'p', 'state, oregon'], [56, 'l', "I'm Dev, by the way, from Ask Away. Oregon forms are at oregon.gov/dor/forms. Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'guard: "Hiya, Dev from Ask Away here." greets and names: greeting passes',
    lines: [[0, 'p', 'do you have tax forms'], [20, 'l', 'Hiya, Dev from Ask Away here. Federal or state?'], [50, 'p', 'state, oregon'], [56, 'l', 'Oregon forms are at oregon.gov/dor/forms. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "the chat" names no library or service
    name: '"Welcome to the chat! What can I help you with?" names nobody: greeting fails',
    lines: [[0, 'p', 'hi'], [12, 'l', 'Welcome to the chat! What can I help you with?'], [40, 'p', 'is the book sale this saturday'], [46, 'l', 'Yes, 9 to 3 in the lower level; details at mplib.org/booksale. Anything else?'], [70, 'p', 'no ty'], [74, 'l', 'Have a nice day!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "speaking" after a name identifies, but nothing greets
    name: '"Ask Us Now, librarian Tomas speaking. What is your question?" identifies without greeting: greeting fails',
    lines: [[0, 'p', 'I need help finding a job posting site for nurses'], [15, 'l', 'Ask Us Now, librarian Tomas speaking. What is your question?'], [20, 'l', 'Are you an RN or an LPN?'], [45, 'p', 'RN'], [52, 'l', 'Try the Maryland Board of Nursing job board at mbon.maryland.gov/jobs. Did that help?'], [80, 'p', 'yes thanks thats all'], [84, 'l', 'Goodbye!']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- completeness ---------------------------------------------------------------------------------------------------
  {
    // fixed in v21 U6 (`offerCommaU6`) [still asks: "I can see two copies at catalog…, would that work?"]
    // an offer of something not yet given, the RUBRIC's "would a scan be what you need?" kind
    name: '"I can also check whether Eastgate has a copy, would that help?" after the record: completeness fails',
    lines: [[0, 'p', 'is there a copy of the new Louise Penny in the library'], [18, 'l', 'Hi, Jo here at Ask Us! Do you want the print book or the audiobook?'], [40, 'p', 'print'], [46, 'l', 'All 12 print copies at Central are checked out; the catalog record is catalog.example.org/penny-2025. I can also check whether the Eastgate branch has a copy, would that help?'], [80, 'p', 'no its ok, thats all'], [85, 'l', 'Okay, have a good day!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'guard: "Does that cover it?" after the answer: completeness passes',
    lines: [[0, 'p', 'is there a copy of the new Louise Penny in the library'], [18, 'l', 'Hi, Jo here at Ask Us! Do you want the print book or the audiobook?'], [40, 'p', 'print'], [46, 'l', 'All 12 print copies at Central are checked out; the catalog record is catalog.example.org/penny-2025, where you can place a hold. Does that cover it?'], [80, 'p', 'yes thats all'], [85, 'l', 'Okay, have a good day!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'guard: "I can see two copies at catalog.example.org/penny-2025, would that work?" asks about what was given: completeness passes',
    lines: [[0, 'p', 'is there a copy of the new Louise Penny in the library'], [18, 'l', 'Hi, Jo here at Ask Us! Do you want the print book or the audiobook?'], [40, 'p', 'print'], [46, 'l', 'I can see two copies on the shelf at Eastgate at catalog.example.org/penny-2025, would that work?'], [80, 'p', 'yes thats all'], [85, 'l', 'Okay, have a good day!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: a question about the patron's experience, not about whether the answer met the need
    name: '"Have you used WorldCat before?" after the answer is about the patron: completeness fails',
    lines: [[0, 'p', 'how can i find which libraries own a book'], [22, 'l', "Hello, I'm Jo, a librarian at Ask Us. Is it a specific title?"], [50, 'p', 'yes, a 1950s cookbook'], [58, 'l', 'WorldCat at worldcat.org lists the libraries that own a title; search the title, then enter your zip code. Have you used WorldCat before?'], [90, 'p', 'no but ill try it thanks. that is all'], [95, 'l', 'Good luck, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Would an article be enough, or do you need a whole book?" asked before any source and nothing after: completeness fails, clarify passes',
    lines: [[0, 'p', 'i need something on the dust bowl for history class'], [20, 'l', 'Hi! Jo at the Ask Us desk here. Would an article be enough, or do you need a whole book?'], [60, 'p', 'a book'], [66, 'l', 'The Worst Hard Time by Timothy Egan is on the shelf at 978.032 EGA; the record is at catalog.example.org/egan.'], [100, 'p', 'ok thanks thats all'], [105, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  // ---- anything else ------------------------------------------------------------------------------------------------
  {
    name: '"Is there anything else I should know about the assignment?" asks about the need: anything_else fails, clarify passes',
    lines: [[0, 'p', 'i need sources for an essay on the harlem renaissance'], [20, 'l', 'Hi, Jo from Ask Us here! Is there anything else I should know about the assignment?'], [60, 'p', 'it has to be 3 primary sources'], [66, 'l', 'The Library of Congress has a primary source set at loc.gov/classroom-materials/harlem-renaissance. Does that help?'], [100, 'p', 'yes ty'], [105, 'l', 'Good luck with the essay, bye!']],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    name: 'the patron\'s "thanks so much!! this is great" alone: anything_else fails',
    lines: [[0, 'p', 'where can i find the bus schedule for route 9'], [18, 'l', 'Hi! This is Jo at Ask Us. Weekday or weekend?'], [40, 'p', 'weekday'], [46, 'l', 'The weekday Route 9 timetable is at ridetransit.org/route9. Does that help?'], [70, 'p', 'thanks so much!! this is great'], [75, 'l', 'Glad to help, have a good trip!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'guard: the patron\'s "great, that\'s all I needed": anything_else passes',
    lines: [[0, 'p', 'where can i find the bus schedule for route 9'], [18, 'l', 'Hi! This is Jo at Ask Us. Weekday or weekend?'], [40, 'p', 'weekday'], [46, 'l', 'The weekday Route 9 timetable is at ridetransit.org/route9. Does that help?'], [70, 'p', "great, that's all I needed"], [75, 'l', 'Have a good trip!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'guard: the patron\'s "no, that is it, thank you" says they are done: anything_else passes',
    lines: [[0, 'p', 'where can i find the bus schedule for route 9'], [18, 'l', 'Hi! This is Jo at Ask Us. Weekday or weekend?'], [40, 'p', 'weekday'], [46, 'l', 'The weekday Route 9 timetable is at ridetransit.org/route9. Is that the one you needed?'], [70, 'p', 'yes. no, that is it, thank you'], [75, 'l', 'Have a good trip!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "yes that is it!" answers "Is that the one?", no "done": anything_else fails',
    lines: [[0, 'p', 'whats that podcast the library did about the old mill'], [18, 'l', 'Hi! This is Jo at Ask Us. The one from last spring?'], [40, 'p', 'yeah'], [46, 'l', 'It is "Mill Town Voices", episodes at example.org/podcast. Is that the one?'], [70, 'p', 'yes that is it!'], [75, 'l', 'Enjoy, bye!']],
    exp: some({ anything: 'fail' }),
  },
  // ---- sources --------------------------------------------------------------------------------------------------------
  {
    // reading: a programme named without a way to reach it; "they do free returns" tells nobody to contact it
    name: '"AARP Tax-Aide does free returns for seniors" named with no way to reach it: info.source fails',
    lines: [[0, 'p', 'is there free help doing taxes for my mom, shes 78'], [20, 'l', 'Hello! This is Jo, a librarian at Ask Us. Is her return a simple one?'], [45, 'p', 'yes just social security'], [52, 'l', 'AARP Tax-Aide does free returns for seniors every spring. Does that help?'], [80, 'p', 'yes thats all thanks'], [85, 'l', 'Take care!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'guard: "AARP Tax-Aide … sites at aarp.org/taxaide": info.source passes',
    lines: [[0, 'p', 'is there free help doing taxes for my mom, shes 78'], [20, 'l', 'Hello! This is Jo, a librarian at Ask Us. Is her return a simple one?'], [45, 'p', 'yes just social security'], [52, 'l', 'AARP Tax-Aide does free returns for seniors every spring; find a site at aarp.org/taxaide. Does that help?'], [80, 'p', 'yes thats all thanks'], [85, 'l', 'Take care!']],
    exp: some({ source: 'pass' }),
  },
  // ---- idle, check-ins, disconnects, holds ------------------------------------------------------------------------------
  {
    name: '"Still here if you need me." 150 s into a final idle of 165 s: idle_checkin fails',
    lines: [[0, 'p', 'whats the wifi password at the branch'], [15, 'l', 'Hi, Jo here at Ask Us! Which branch?'], [35, 'p', 'north'], [40, 'l', 'The network is LibraryGuest and needs no password; the steps are at example.org/wifi. Did that work?'], [190, 'l', 'Still here if you need me.']],
    over: { endAfter: 15 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'guard: "r u still there?" in the same idle: idle_checkin passes',
    lines: [[0, 'p', 'whats the wifi password at the branch'], [15, 'l', 'Hi, Jo here at Ask Us! Which branch?'], [35, 'p', 'north'], [40, 'l', 'The network is LibraryGuest and needs no password; the steps are at example.org/wifi. Did that work?'], [190, 'l', 'r u still there?']],
    over: { endAfter: 15 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"You seem to have disconnected." with no word about ending the session: disconnect fails',
    lines: [[0, 'p', 'do you have ged prep books'], [15, 'l', 'Hi, Jo at Ask Us here! For the whole test or one subject?'], [40, 'p', 'math'], [45, 'l', 'Kaplan GED Math is at 510.76 KAP; the record is catalog.example.org/ged-math. Does that help?'], [170, 'l', 'Are you still there?'], [260, 'l', 'You seem to have disconnected.']],
    over: { endAfter: 5 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'guard: "You seem to have disconnected, so I will end this session now." passes',
    lines: [[0, 'p', 'do you have ged prep books'], [15, 'l', 'Hi, Jo at Ask Us here! For the whole test or one subject?'], [40, 'p', 'math'], [45, 'l', 'Kaplan GED Math is at 510.76 KAP; the record is catalog.example.org/ged-math. Does that help?'], [170, 'l', 'Are you still there?'], [260, 'l', 'You seem to have disconnected, so I will end this session now.']],
    over: { endAfter: 5 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "No problem, take your time!" is no hold, so the patron's 200 s away is waiting on the patron
    name: 'the patron goes to find a card, "No problem, take your time!", back 200 s later: keep_informed passes',
    lines: [[0, 'p', 'my account says blocked, why'], [18, 'l', 'Hello, Jo from Ask Us here. Could you give me your card number?'], [40, 'p', 'hang on let me find my card'], [46, 'l', 'No problem, take your time!'], [246, 'p', 'ok its 21982001234567'], [256, 'l', 'Thanks! The block is a $12 fee for a damaged DVD; you can pay it at example.org/pay. Does that explain it?'], [290, 'p', 'yes thats all'], [295, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  // ---- endings ---------------------------------------------------------------------------------------------------------
  {
    name: 'last two provider messages the form link and "I\'m ending this chat now.": courteous fails',
    lines: [[0, 'p', 'where is the room booking form'], [15, 'l', 'Hi, Jo at Ask Us here! For a study room or the meeting room?'], [40, 'p', 'study room'], [46, 'l', 'The study room form is at example.org/rooms. Does that help?'], [70, 'p', 'yes thats all'], [75, 'l', "I'm ending this chat now."]],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'guard: "I\'m ending this chat now, thanks for stopping by!" passes',
    lines: [[0, 'p', 'where is the room booking form'], [15, 'l', 'Hi, Jo at Ask Us here! For a study room or the meeting room?'], [40, 'p', 'study room'], [46, 'l', 'The study room form is at example.org/rooms. Does that help?'], [70, 'p', 'yes thats all'], [75, 'l', "I'm ending this chat now, thanks for stopping by!"]],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'guard: "other patrons are waiting … please start a new chat later if you need more": no_dismissal passes',
    lines: [[0, 'p', 'can you help me with my family tree, the Okafor side'], [20, 'l', 'Hi, Jo here at Ask Us! Which census years have you looked at?'], [60, 'p', 'none yet'], [70, 'l', 'Start with FamilySearch at familysearch.org, which is free. Does that help?'], [900, 'p', 'ok what about the 1940 one'], [910, 'l', 'There are other patrons waiting, so I need to move on, but please start a new chat later if you need more. Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- follow-ups -------------------------------------------------------------------------------------------------------
  {
    name: '"I\'ll get back to you soon" with the e-mail repeated: followup.contact fails',
    lines: [[0, 'p', 'can you find out when the branch renovation ends'], [15, 'l', 'Hi, Jo at Ask Us here! Which branch?'], [40, 'p', 'westside'], [46, 'l', "I don't have a date yet; the project page is example.org/westside. What's your email?"], [70, 'p', 'lm88@example.com'], [76, 'l', "Got it, lm88@example.com. I'll get back to you soon. Does the page help for now?"], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'guard: "I\'ll send it to lm88@example.com by tomorrow noon": followup.contact passes',
    lines: [[0, 'p', 'can you find out when the branch renovation ends'], [15, 'l', 'Hi, Jo at Ask Us here! Which branch?'], [40, 'p', 'westside'], [46, 'l', "I don't have a date yet; the project page is example.org/westside. What's your email?"], [70, 'p', 'lm88@example.com'], [76, 'l', "I'll send it to lm88@example.com by tomorrow noon. Does the page help for now?"], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // internal note with the e-mail and a day; the patron sees only the promise, with no e-mail and no when
    name: 'internal note "her email is dmoss@example.net, will send Friday"; visible "I\'ll email you what I find.": followup.contact fails',
    lines: [[0, 'p', 'I need the agenda from last months school board meeting'], [18, 'l', 'Hello, this is Jo at Ask Us. Which district?'], [40, 'p', 'Dorchester, and my email is on my account'], [48, 'l', "I'll email you what I find. The district's meetings page is dcps.k12.md.us/board. Does that help for now?"], [55, 'i', 'her email is dmoss@example.net, will send Friday'], [80, 'p', 'yes thats all'], [85, 'l', 'Bye!']],
    over: { ...FU_ME, patron: { name: null, email: 'dmoss@example.net', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    // reading: the patron turns the offer down: no promise, no follow-up session
    name: 'the patron declines: "I\'d rather not give out my email, I\'ll just call back": no follow-up, followup.contact na',
    lines: [[0, 'p', 'when does the passport office at the library reopen'], [15, 'l', 'Hi, Jo at Ask Us here! Are you asking about appointments?'], [40, 'p', 'yes'], [46, 'l', 'The schedule is at example.org/passports. I can email you when new slots open if you like.'], [70, 'p', "I'd rather not give out my email, I'll just call back"], [76, 'l', 'No problem! Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  // ---- referrals -------------------------------------------------------------------------------------------------------
  {
    // fixed in v21 U6 (`otherPartyContactU6`) [still passes: the nurse line's own number, the next case]
    name: '"call your doctor\'s office, and the pharmacy at 410-555-0134": the doctor\'s office has no contact: referral fails',
    lines: [[0, 'p', 'is it safe to take ibuprofen with my blood pressure pill'], [20, 'l', 'Hi, Jo here at Ask Us. Which blood pressure pill?'], [45, 'p', 'lisinopril'], [52, 'l', 'MedlinePlus notes NSAIDs can reduce how well it works: medlineplus.gov/druginfo/meds/a692051.html. Please call your doctor\'s office, and the pharmacy at 410-555-0134 can also check. Does that help?'], [80, 'p', 'yes thats all'], [85, 'l', 'Take care!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'guard: both the doctor\'s nurse line and the pharmacy with numbers: referral passes',
    lines: [[0, 'p', 'is it safe to take ibuprofen with my blood pressure pill'], [20, 'l', 'Hi, Jo here at Ask Us. Which blood pressure pill?'], [45, 'p', 'lisinopril'], [52, 'l', 'MedlinePlus notes NSAIDs can reduce how well it works: medlineplus.gov/druginfo/meds/a692051.html. Please call your doctor\'s nurse line at 410-555-0100, and the pharmacy at 410-555-0134 can also check. Does that help?'], [80, 'p', 'yes thats all'], [85, 'l', 'Take care!']],
    exp: some({ referral: 'pass' }),
  },
  // ---- a second batch of near misses --------------------------------------------------------------------------------------
  {
    // reading: "the email on your account" is no e-mail given or repeated in the chat
    name: '"I\'ll send it to the email on your account by Friday": the e-mail never appears in the chat: followup.contact fails',
    lines: [[0, 'p', 'can you find the 1955 city directory page for 14 Vine St'], [20, 'l', 'Hello, Jo here at Ask Us. Is that Vine St in Dayton?'], [45, 'p', 'yes'], [52, 'l', "That directory is in our local history room, not online. I'll send a scan to the email on your account by Friday. Meanwhile the later directories are at example.org/directories. Does that help for now?"], [80, 'p', 'yes thanks thats all'], [85, 'l', 'Bye!']],
    over: { ...FU_ME, patron: { name: null, email: 'vine14@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    // T5's split when (splitMessagesT5) probed: "Friday's newsletter too" names another thing to send, no time for the first
    name: '"I\'ll email you the article" then "Friday\'s newsletter too": no when: followup.contact fails',
    lines: [[0, 'p', 'can you find the article about the bridge closure from last week'], [20, 'l', 'Hello, Jo at Ask Us here! The Main St bridge?'], [45, 'p', 'yes, my email is rk@example.com'], [52, 'l', "It's behind the paper's paywall, but our access works: example.org/news. I'll email you the article at rk@example.com"], [60, 'l', "Friday's newsletter too"], [90, 'p', 'great thanks, thats all'], [95, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'guard: "I\'ll email you the article at rk@example.com" then "by Friday": followup.contact passes',
    lines: [[0, 'p', 'can you find the article about the bridge closure from last week'], [20, 'l', 'Hello, Jo at Ask Us here! The Main St bridge?'], [45, 'p', 'yes, my email is rk@example.com'], [52, 'l', "It's behind the paper's paywall, but our access works: example.org/news. I'll email you the article at rk@example.com"], [60, 'l', 'by Friday'], [90, 'p', 'great thanks, thats all'], [95, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // reading: "we've lost connection. I'll stay on a few more minutes." says nothing about the session ending
    name: '"It seems we\'ve lost connection. I\'ll stay on a few more minutes." never says the session will end: disconnect fails',
    lines: [[0, 'p', 'do you have a notary at the main library'], [15, 'l', 'Hi, Jo from Ask Us here! For which day?'], [40, 'p', 'tuesday'], [46, 'l', 'The notary is at Main on Tuesdays 1-4, booking at example.org/notary. Does that help?'], [180, 'l', 'Are you still there?'], [300, 'l', "It seems we've lost connection. I'll stay on a few more minutes."]],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: '"Is there anything else you\'ve already tried?" asks about the need in hand: anything_else fails',
    lines: [[0, 'p', 'my hoopla wont load on my tablet'], [15, 'l', 'Hi, Jo at Ask Us here! Is there anything else you\'ve already tried, like restarting it?'], [40, 'p', 'restarted twice'], [46, 'l', 'Try deleting and reinstalling it; the steps are at example.org/hoopla-help. Did that fix it?'], [120, 'p', 'yes working now'], [125, 'l', 'Great, enjoy! Bye!']],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    // reading: the office is named, the patron is told nothing to do (no referral), and there is no way to reach it
    name: '"Your local Social Security office handles replacement cards." alone: info.source fails, no referral',
    lines: [[0, 'p', 'how do i replace my social security card'], [15, 'l', 'Hello! Jo at Ask Us here. Is it your own card?'], [40, 'p', 'yes'], [46, 'l', 'Your local Social Security office handles replacement cards. Does that help?'], [70, 'p', 'ok thats all'], [75, 'l', 'Take care!']],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: '"Contact the Board of Elections at 410-555-0111 or stop by your county clerk\'s office": the clerk has no contact: referral fails',
    lines: [[0, 'p', 'how do i change my address for voting'], [15, 'l', 'Hi, Jo from Ask Us here! Are you in Maryland?'], [40, 'p', 'yes'], [46, 'l', "You can update it online at elections.maryland.gov/voter_registration. For help, contact the Board of Elections at 410-555-0111 or stop by your county clerk's office. Does that answer your question?"], [70, 'p', 'yes thats all'], [75, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"We\'re about to close, so I need to end the chat. Have a good night!" with a question still open: no_dismissal fails',
    lines: [[0, 'p', 'how do i get a passport photo'], [15, 'l', 'Hi, Jo at Ask Us here! For a child or an adult?'], [40, 'p', 'adult'], [46, 'l', 'Main takes passport photos for $15, details at example.org/passports. Does that help?'], [70, 'p', 'yes and what do i bring for the application'], [76, 'l', "We're about to close, so I need to end the chat. Have a good night!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // T6's negatedThenVerbT6 probed: the clause after "don't call" names a kiosk, a thing, no party
    name: '"Don\'t call the main number; walk over to the kiosk by the entrance and print it there.": no referral',
    lines: [[0, 'p', 'how do i get a copy of my library card receipt'], [15, 'l', 'Hi, Jo at Ask Us here! For a payment?'], [40, 'p', 'yes'], [46, 'l', "Don't call the main number; walk over to the kiosk by the entrance and print it there. The steps are at example.org/receipts. Does that help?"], [70, 'p', 'yes thats all'], [75, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'the patron\'s "cool cool" and "ty" alone: anything_else fails',
    lines: [[0, 'p', 'is there parking at the west branch'], [15, 'l', 'Hi, Jo at Ask Us here! Are you driving on a weekday?'], [40, 'p', 'saturday'], [46, 'l', 'There is a free lot behind West, and street parking is free on Saturdays; the map is at example.org/west. Does that help?'], [70, 'p', 'cool cool'], [74, 'p', 'ty'], [80, 'l', 'Have a good one!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // the internal note would have been a check-in and a disconnect notice had the patron seen it
    name: 'internal "Are you still there? Looks like you left, ending" typed in the staff pane: idle and disconnect fail',
    lines: [[0, 'p', 'do you have the new tax booklets'], [15, 'l', 'Hi, Jo from Ask Us here! State or federal?'], [40, 'p', 'state'], [46, 'l', 'The state booklets are at every branch desk, and online at example.org/taxforms. Does that help?'], [250, 'i', 'Are you still there? Looks like you left, so I will end this chat.']],
    over: { endAfter: 20 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  // ---- v20's settings probed ------------------------------------------------------------------------------------------------
  {
    // T2's transferPronounT2: "she" here is the caseworker named in the clause before, not Mia who takes the chat
    name: 'transfer to Mia, "your DSS caseworker has your file, and she can tell you which pages you still owe": referral fails',
    lines: [
      [0, 'p', 'I need help with my SNAP recertification, the form is confusing'],
      [20, 'l', 'Hi, this is Ray at Ask Us Now. Which county do you live in?'],
      [45, 'p', 'anne arundel'],
      [55, 'l', "I'm transferring you to Mia, our benefits specialist. Your DSS caseworker has your file, and she can tell you exactly which pages you still owe."],
      [60, 'i', 'Mia, SNAP recert question from Anne Arundel, can you take it?'],
      [62, 's', 'Chat transferred to Mia Torres', sys('transfer', 'mia')],
      [70, 'l', 'Hi, Mia here! The recertification form and checklist are at mydhrbenefits.dhr.state.md.us. Does that help?', MIA],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye, take care!', MIA],
    ],
    exp: some({ referral: 'fail', transfer: 'pass' }),
  },
  {
    name: 'guard: transfer to Mia, "she can walk you through the form": no referral',
    lines: [
      [0, 'p', 'I need help with my SNAP recertification, the form is confusing'],
      [20, 'l', 'Hi, this is Ray at Ask Us Now. Which county do you live in?'],
      [45, 'p', 'anne arundel'],
      [55, 'l', "I'm transferring you to Mia, our benefits specialist; she can walk you through the form."],
      [60, 'i', 'Mia, SNAP recert question from Anne Arundel, can you take it?'],
      [62, 's', 'Chat transferred to Mia Torres', sys('transfer', 'mia')],
      [70, 'l', 'Hi, Mia here! The recertification form and checklist are at mydhrbenefits.dhr.state.md.us. Does that help?', MIA],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye, take care!', MIA],
    ],
    exp: some({ referral: 'na', transfer: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT (info.source: v1's reading): an app with steps to use it ("just search The New Yorker once you're signed in")
    // is a source since v1 (`appName` with `webSteps`, rubric.ts: "a source only together with the steps to use them");
    // the literal text asks for a way to reach the app. Narrowing v1's reading reaches every round: not this round
    // reading: an app named alone is an app named without a way to reach it (RUBRIC: not a source)
    // v23 (X3): still left: narrowing v1's `appName` with `webSteps` would change every round's app-with-steps sources;
    // the label is kept (the literal text asks for a way to reach the app)
    name: 'LEFT: the Libby app named alone as the only source: info.source fails',
    lines: [
      [0, 'p', 'can i read magazines free through the library? like the new yorker'],
      [41, 'l', "Hi, I'm Deb at Arlington Public Library. Yes! Do you want to read them on a phone or tablet, or on a computer?"],
      [66, 'p', 'phone'],
      [75, 'l', "You can read current issues on the Libby app with your library card; just search The New Yorker once you're signed in. Did that answer your question?"],
      [120, 'p', 'cool ty'],
      [126, 'l', 'Anything else?'],
      [140, 'p', 'no thats it'],
      [144, 'l', 'Enjoy your reading, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
];

/** Two of U6's left cases, fixed at the merge (block U7, widenings U6's brief left out), and the near misses that guard them. */
export const merged: SessionCase[] = [
  {
    // left by U6 (a widening), fixed at the merge: U7's `othersWaiting` "another patron waiting"
    name: 'dismissal: "I have another patron waiting, so I will let you go now. Take care!" with no way back: no_dismissal fails',
    lines: [
      [0, 'p', 'how many pages can i print per day'],
      [12, 'l', 'Hi, you have reached Ask KDL, this is Wes. At which branch?'],
      [30, 'p', 'cascade'],
      [35, 'l', 'Each card gets 50 free black and white pages a week at any KDL branch; the details are at kdl.org/printing. Does that answer your question?'],
      [60, 'p', 'yes. also can you help me format my resume'],
      [68, 'l', 'I have another patron waiting, so I will let you go now. Take care!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // left by U6 (a widening), fixed at the merge: U7's `dismissalHard` "gone past our 15 minute limit, so …"
    name: '"we\'ve gone past our 15 minute limit, so I\'m ending the chat here": no_dismissal fails',
    lines: [[0, 'p', 'can you help me with my family tree, the Okafor side'], [20, 'l', 'Hi, Jo here at Ask Us! Which census years have you looked at?'], [60, 'p', 'none yet'], [70, 'l', 'Start with FamilySearch at familysearch.org, which is free. Does that help?'], [900, 'p', 'ok what about the 1940 one'], [910, 'l', "We've gone past our 15 minute limit, so I'm ending the chat here. Bye!"]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss of U7's "another patron waiting": a hold on the book, not the queue; the provider goes on to place the hold
    name: 'U7 near miss: "You can\'t renew it because another patron is waiting for it." is no dismissal',
    lines: [
      [0, 'p', 'can i renew the new grisham book again'],
      [15, 'l', 'Hi, this is Wes at Ask KDL. Let me look at your account.'],
      [50, 'l', "You can't renew it because another patron is waiting for it. It's due Friday; you can place a new hold at kdl.org/catalog if you want it back. Does that help?"],
      [80, 'p', 'ok thats all, thanks'],
      [85, 'l', 'You are welcome, have a good evening!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss of U7's chat time limit: the patron's computer session, not the chat
    name: 'U7 near miss: "You went over the 15 minute limit on the express computer, so it logged you out" is no dismissal',
    lines: [
      [0, 'p', 'the computer kicked me off in the middle of my application!!'],
      [20, 'l', "Hi, I'm Jo at Ask Us. I'm sorry! You went over the 15 minute limit on the express computer, so it logged you out. The full computers give you 2 hours; book one at library.example.org/pcs. Did that help?"],
      [70, 'p', 'yes thats all i needed'],
      [75, 'l', 'Good luck with the application, bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
];

describe('twentieth round (U6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twentieth round (U6): almost right is not right, every check', whole);
describeSessions('twentieth round (U6): almost right is not right, short cases', short);
describeSessions('twentieth round (U7, the merge): two of U6\'s left cases', merged);

describeLeft('twentieth-round-falsepass', LEFT);
