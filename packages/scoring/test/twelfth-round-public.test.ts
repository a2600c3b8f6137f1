/**
 * Twelfth round, second wave, area (M1): A STATEWIDE PUBLIC-LIBRARY CHAT SERVICE ON EVENING AND WEEKEND SHIFTS (like
 * Maryland's AskUsNow!). Providers from many county libraries answer everyday questions for each other's patrons:
 * cards and accounts (expired cards, blocked cards, charges for returned books), holds in transit, e-books and apps
 * (Libby on a Kindle Fire, hoopla's monthly cap), homework (algebra tutoring, a state capital, a 4th-grade biography,
 * the Dust Bowl), local services (paint disposal, passports, notaries, proctored exams, GED classes, the landfill,
 * seed libraries, summer camps), readers' advisory, printing and hotspots, tax forms and filing status, genealogy
 * starters (the 1940 census, a 1978 obituary on microfilm, the Baltimore Sun from 1965). The real mix: good providers
 * and slipping ones (slow pickups on a busy Sunday, silent searches, no clarifying question, no "anything else",
 * "you're welcome!" as the last word, signing off at the end of a shift, one-question limits), lost calls (coded right
 * and wrong), practice sessions, idle patrons (check-ins, notices, goodbyes to no one), transfers to the patron's own
 * county, follow-ups coded and not, a session from a source without codes and one whose code was never set.
 * Voices: county public libraries across Maryland answering for the statewide service, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where
 * the text leaves room (each also at its case):
 * - "yes that's what I needed" confirms the answer; it does not say, explicitly, that the patron is done
 *   (`closing.anything_else` fails); "all done", "all set", "no more questions", "es todo" do say it.
 * - "You're welcome!" alone neither thanks the patron, says goodbye nor invites them back: `closing.courteous` fails
 *   when it is the provider's last word and the message before it is the answer.
 * - "Does it work now?" after the provider fixed the account and gave the sign-in page asks whether what was given
 *   meets the need (completeness passes); "Would that work?" about a scan the provider offers to make asks about
 *   something not yet given (fails). "Does that sound okay?" after a source and a promise to look later counts, as the
 *   seventh round's "…text u back … sound ok?" does (first labelled fail, corrected).
 * - "Ask at the information desk of your branch to book a time" tells the patron to visit the provider's own
 *   library's department: a referral, which fails without a way to reach that desk.
 * - A staff member the provider asks in an internal message is consulted on the patron's behalf: no referral.
 * - "e-mail askusnow@… and we'll pick up the immigration search" at closing time is a way back, and a conditional
 *   offer that waits on the patron's e-mail is no promise to send or find more later (no follow-up session).
 * - "I have another patron waiting, so I need to go." with no invitation back ends the help for the provider's
 *   convenience (fails); "several patrons are waiting … please start a new chat for those questions" passes.
 * - A system's "chat timed out" line is no provider message: the final idle runs to `endedAt`.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, DAY, T0, FU_LIB, FU_ME, type Line, describeSessions, other, type SessionCase, some, sys, usual, who, ALL_NA } from './helpers';

const mail = (email: string) => ({ patron: { name: null, email, phone: null } });

export const whole: SessionCase[] = [
  // ---- cards, accounts and holds -------------------------------------------------------------------------------------
  {
    name: 'expired card, patron from another county: hold, answer with the renewal page, "that\'s all i needed"',
    lines: [
      [0, 'p', 'hi my library card expired can i renew it online or do i have to go in'],
      [24, 'l', "Good evening and welcome to AskUsNow! My name is Rachel and I'm a librarian with Howard County Library System. Which library system is your card from?"],
      [61, 'p', 'anne arundel'],
      [70, 'l', "Thanks! One sec while I check AACPL's renewal policy."],
      [128, 'l', 'Anne Arundel County Public Library lets you renew an expired card online if you still live at the same address: sign in at aacpl.net/account and choose "Renew my card". If you\'ve moved, bring a photo ID with your new address to any branch. Does that answer your question?'],
      [175, 'p', "yes same address. that's all i needed thank you!!"],
      [182, 'l', "You're welcome! Have a great night, and thanks for using AskUsNow!"],
    ],
    exp: usual(),
  },
  {
    // reading: "call Bel Air Branch at 410-…" tells the patron to contact the provider's own library's branch: a referral, with its phone
    name: 'hold in transit for 9 days, busy Sunday: picked up after 92 s with an apology; a branch to call with its number; patron "that\'s everything"',
    lines: [
      [0, 'p', 'My hold has said in transit for 9 days. Is it lost?'],
      [92, 'l', "Hi there, sorry for the wait, it's a busy Sunday night! I'm Theresa, a librarian at Harford County Public Library, answering for AskUsNow!. What's the title, and which branch is it going to?"],
      [130, 'p', 'The Women by Kristin Hannah, to the Bel Air branch'],
      [138, 'l', 'Let me look at the item record.'],
      [200, 'l', "The copy coming to you is from Carroll County, and deliveries between counties are running 1-2 weeks right now, so it's most likely still on the van. If it's not in by next Sunday, call the Bel Air Branch at 410-638-3151 and they can trace it. You can watch the status under Holds at hcplonline.org/account. Does that help?"],
      [260, 'p', "ok good to know, thanks. that's everything"],
      [266, 'l', "You're welcome, enjoy the book! Goodnight."],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    // reading: the provider consults the patron's library on their behalf and a follow-up by that library is coded; the
    // e-mail is given and repeated, but no when: followup.contact fails; not recorded yet, the deadline not passed: pending
    name: 'charge for a returned book on another county\'s card: passed to the patron\'s library, e-mail repeated back but no "when"; coded Follow-up by patron\'s library; pending',
    lines: [
      [0, 'p', 'My account says I owe $45 for a book I returned in October. Can you fix it?'],
      [25, 'l', "Hi, I'm Carlos, a librarian with Enoch Pratt Free Library, working the AskUsNow! chat tonight. I'm sorry about that! Which library is your card from?"],
      [60, 'p', 'Washington County Free Library'],
      [68, 'l', "I can't change another library's accounts from here, but I can send this to WCFL's circulation staff so they can check the shelves and clear the charge. What's the best e-mail for them to reach you?"],
      [110, 'p', 'mbrandt@example.org'],
      [116, 'l', "Thanks, that's mbrandt@example.org. I've sent them the details and someone from Washington County Free Library will contact you. In the meantime the charge shows under My Account at washcolibrary.org. Is there anything else?"],
      [150, 'p', 'no, thanks for your help'],
      [155, 'l', 'You are welcome. Take care!'],
    ],
    over: { ...FU_LIB, ...mail('mbrandt@example.org') },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'blocked card and Libby: transfer to a St. Mary\'s County colleague with an internal note and a visible announcement; "Does it work now?"',
    lines: [
      [0, 'p', "my card is blocked and I can't log into Libby"],
      [20, 'l', 'Hi, this is Tom with AskUsNow!, answering for libraries across Maryland tonight. Which library issued your card?'],
      [55, 'p', "St. Mary's County"],
      [62, 'l', "Thanks. A St. Mary's County Library staff member is online right now and can look at your account directly, so I'm going to transfer you to her. One moment!"],
      [65, 'i', "Hi Ann, SMCL patron with a blocked card, can't sign into Libby, needs an account lookup; passing to you since I can't see SMCL accounts"],
      [68, 's', 'Chat transferred to Ann Boyd.', sys('transfer', 'ann')],
      [85, 'l', "Hi, Ann here at St. Mary's County Library. I see your card expired last week, which is why Libby won't let you in. I've renewed it for another 3 years, so try signing in at libbyapp.com again. Does it work now?", who('Ann Boyd', 'ann')],
      [140, 'p', 'yes im in! thank you'],
      [146, 'l', 'Wonderful. Anything else I can do for you?', who('Ann Boyd', 'ann')],
      [170, 'p', 'no thats all'],
      [175, 'l', 'Enjoy your books, goodnight!', who('Ann Boyd', 'ann')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'notary at a Howard County branch: transferred with a visible announcement but no internal note: transfer fails',
    lines: [
      [0, 'p', 'Does Howard County library have a notary?'],
      [22, 'l', "Hi! I'm Luis, a librarian at Frederick County Public Libraries, working AskUsNow! tonight. Are you looking for a notary at a library branch specifically?"],
      [50, 'p', 'yes, hopefully free'],
      [56, 'l', 'Let me pass you to a Howard County colleague who knows their branches.'],
      [58, 's', 'Chat transferred to Kara Lin.', sys('transfer', 'kara')],
      [80, 'l', 'Hi, this is Kara with Howard County Library System. Notary service is free at our Central and Miller branches; the schedule is at hclibrary.org/notary. Did that answer your question?', who('Kara Lin', 'kara')],
      [110, 'p', "perfect, thanks, that's all"],
      [115, 'l', "You're welcome! Good night.", who('Kara Lin', 'kara')],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: "You're welcome!" neither thanks the patron, says goodbye nor invites them back
    name: 'branch hours answered in the greeting (no question first), patron "yep ok thanks", provider only "You\'re welcome!": clarify, anything else and courteous fail',
    lines: [
      [0, 'p', 'how late is the Easton library open tonight'],
      [12, 'l', 'Hello, this is Jo with Talbot County Free Library. The Easton branch is open until 8 tonight; all hours are at tcfl.org/hours. Is that what you needed?'],
      [30, 'p', 'yep ok thanks'],
      [34, 'l', "You're welcome!"],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'item limits: a good session whose resolution code was never set (null): code fails; "limit" is about books, no dismissal',
    lines: [
      [0, 'p', 'whats the limit on how many books I can check out'],
      [18, 'l', 'Hi! This is Jo from Worcester County Library. Are you asking about print books, or e-books too?'],
      [40, 'p', 'print'],
      [46, 'l', 'You can have up to 50 items checked out at once on a Worcester County card; the full loan rules are at worcesterlibrary.org/policies. Does that answer your question?'],
      [70, 'p', "yes thx, that's all"],
      [75, 'l', "You're welcome, take care!"],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'meeting rooms on a Saturday, from a source without resolution codes: code na',
    lines: [
      [0, 'p', 'Is there a fee to use the meeting rooms?'],
      [30, 'l', "Hello, thanks for contacting Washington County Free Library! I'm Jo. Is this for a nonprofit group or a private event?"],
      [62, 'p', 'a nonprofit, our neighborhood association'],
      [70, 'l', 'Nonprofit community groups can use WCFL meeting rooms free; private or for-profit events pay $25 an hour. The policy and booking form are at washcolibrary.org/meeting-rooms. Is that what you needed to know?'],
      [110, 'p', 'yes thank you'],
      [116, 'l', 'Glad to help! Anything else?'],
      [140, 'p', 'no'],
      [144, 'l', 'Have a great weekend!'],
    ],
    over: { resolutionCode: undefined },
    exp: usual({ code: 'na' }),
  },
  {
    // reading: an offer ("Want me to e-mail you the link?") the patron declines is no promise: no follow-up session
    name: 'card for an 8-year-old: the provider offers to e-mail the link, the patron declines and says "thats all": no follow-up',
    lines: [
      [0, 'p', "how do I get my kid a library card, he's 8"],
      [20, 'l', "Hi! I'm Jo with Caroline County Public Library. Do you already have a card yourself?"],
      [45, 'p', 'yes'],
      [50, 'l', "Then it's easy: fill out the online form at carolib.org/cards with his name and birthdate, sign as his parent, and we'll mail his card within a week. Want me to e-mail you the link?"],
      [80, 'p', "no thats ok, I'll just do it online. thats all"],
      [85, 'l', 'Sounds good! Thanks for chatting.'],
    ],
    exp: usual({ complete: 'fail' }),
  },

  // ---- e-books, apps, printing, devices ------------------------------------------------------------------------------
  {
    name: 'Libby on a Kindle Fire: greeting in one message, the answer in the next with no question first; "Anything else I can help with tonight?"',
    lines: [
      [0, 'p', "How do I get Libby on my Kindle Fire? It's not in the app store"],
      [18, 'l', 'Hi, thanks for contacting AskUsNow! This is Marcus from Frederick County Public Libraries.'],
      [40, 'l', 'On a Kindle Fire you have two choices: open the Silk browser and go to libbyapp.com to use Libby right in the browser, or follow the steps at help.libbyapp.com/en-us/6150.htm to install the app from outside the Amazon store. Did that help?'],
      [110, 'p', "ok i'll try the browser thing"],
      [118, 'p', 'worked! thanks'],
      [125, 'l', 'Great! Anything else I can help with tonight?'],
      [160, 'p', 'nope'],
      [166, 'l', 'Happy reading, goodnight!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'printing from a phone at Towson: answer with no "did that help" and no "anything else"; patron "ok thx"',
    lines: [
      [0, 'p', 'can i print from my phone at the library'],
      [20, 'l', "Hi! I'm Dana, a librarian at Baltimore County Public Library. Which branch will you be printing at?"],
      [52, 'p', 'towson'],
      [60, 'l', 'Yes! Towson has mobile printing. Go to bcpl.info/print, upload your file or e-mail it to the address on that page, then release the job at the print station with your card. Black and white is 15 cents a page.'],
      [95, 'p', 'ok thx'],
      [101, 'l', "You're welcome, have a good night!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'hoopla\'s monthly cap: "once you\'ve reached your limit" is the app\'s, not the chat\'s: no dismissal',
    lines: [
      [0, 'p', 'hoopla says i cant borrow anything else this month??'],
      [20, 'l', "Hi, thanks for chatting with AskUsNow!; I'm Kevin, a librarian at Anne Arundel County Public Library. Which library's card do you use with hoopla?"],
      [50, 'p', 'aacpl'],
      [56, 'l', "AACPL cardholders can borrow 4 hoopla titles per month, and once you've reached your limit the app stops you until the 1st. Libby has no monthly cap, though: you can borrow e-books there with the same card at aacpl.overdrive.com. Does that help?"],
      [95, 'p', 'ugh ok. yeah that helps'],
      [100, 'l', "Sorry it's not better news! Is there anything else I can help you with tonight?"],
      [130, 'p', 'no thanks'],
      [134, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'hotspot lending: a screen name only ("Megan - Talbot Co.") and "Hi! One moment please." then the answer: greeting and clarify fail; patron "all set"',
    lines: [
      [0, 'p', 'does the library have free wifi hotspots to borrow?'],
      [15, 'l', 'Hi! One moment please.', who('Megan - Talbot Co.', 'jo')],
      [70, 'l', 'Yes, we lend T-Mobile hotspots for 3 weeks at a time. Search "hotspot" in the catalog at tcfl.org and place a hold like any book. Does that help?', who('Megan - Talbot Co.', 'jo')],
      [110, 'p', 'cool. all set, thanks'],
      [116, 'l', 'Have a good night!', who('Megan - Talbot Co.', 'jo')],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    // reading: a Chromebook kit's renewal limit is no dismissal; "I have another patron waiting, so I need to go." with no
    // invitation back ends the help for the provider's convenience
    name: 'Chromebook kit renewals, then "I have another patron waiting, so I need to go." with no way back: dismissal fails',
    lines: [
      [0, 'p', 'why cant i renew my laptop'],
      [20, 'l', 'Hi, Jo at AskUsNow! here, a librarian. Is it a library laptop you borrowed, or your own?'],
      [40, 'p', "the library's chromebook kit"],
      [46, 'l', 'Chromebook kits can only be renewed twice, and after that they have to go back; the lending rules are at bcpl.info/tech-lending. Does that explain it?'],
      [80, 'p', 'dang. ok. can you also check when my other stuff is due'],
      [88, 'l', 'I have another patron waiting, so I need to go.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'The Bear season 3 on DVD: "Hi there!" then the name and library in the second message (greeting passes together)',
    lines: [
      [0, 'p', 'is season 3 of The Bear available on dvd'],
      [15, 'l', 'Hi there!'],
      [20, 'l', 'This is Sarah, a librarian at Cecil County Public Library. Do you want to borrow it, or are you looking to buy it?'],
      [45, 'p', 'borrow'],
      [52, 'l', 'Let me check the catalog.'],
      [95, 'l', 'We have 2 copies of The Bear season 3, both checked out with 1 hold. You can place a hold at ccplib.ent.sirsi.net. Does that work for you?'],
      [130, 'p', "ok yeah thanks that's all"],
      [134, 'l', 'Bye, enjoy!'],
    ],
    exp: usual(),
  },

  // ---- homework -----------------------------------------------------------------------------------------------------
  {
    name: 'algebra tutoring for a 9th grader: the provider is silent 4 minutes after the patron\'s answer: keep informed fails',
    lines: [
      [0, 'p', 'do you have any tutoring for algebra 1, my son is failing'],
      [30, 'l', 'Hello! This is Priya with Montgomery County Public Libraries. What grade is he in, and does he need help tonight or on a regular schedule?'],
      [75, 'p', '9th grade. regular would be good, he has a test friday too'],
      [330, 'l', 'Sorry for the delay. MCPL offers free live tutoring through Brainfuse HelpNow, 2 pm to 11 pm every day: montgomerycountymd.gov/library > Research > Homework Help > Brainfuse, log in with his library card. Does that help?'],
      [400, 'p', 'yes thank you he will try it tonight'],
      [410, 'l', 'Wonderful. Is there anything else I can help with?'],
      [440, 'p', "no that's it"],
      [446, 'l', 'Good luck to him on the test! Goodnight.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'chat-speak geography homework: "Jo here, librarian w/ AskUsNow!", "That work?", "anything else for ur hw?", "nah im good"',
    lines: [
      [0, 'p', 'yo whats the capital of australia its for my geo hw'],
      [15, 'l', 'Hey! Jo here, librarian w/ AskUsNow!. Is it just the capital you need or more facts about Australia too?'],
      [40, 'p', 'jus the capital lol'],
      [45, 'l', 'It\'s Canberra (not Sydney, that trips up a lot of people). Britannica School has a quick page on it: search "Canberra" at school.eb.com with your library card. That work?'],
      [60, 'p', 'ya thx'],
      [65, 'l', 'np! anything else for ur hw?'],
      [80, 'p', 'nah im good'],
      [84, 'l', 'cool, good luck! come back anytime'],
    ],
    exp: usual(),
  },
  {
    // reading: "So you need a biography … by Monday?" restates the question before the first source
    name: '4th-grade biography of a Marylander: the question restated, two Who Was? titles, "Anything else for the book report?"',
    lines: [
      [0, 'p', 'my daughter needs a biography of a famous marylander for 4th grade, book report due monday'],
      [22, 'l', "Good evening, this is Jo with AskUsNow!, the Maryland libraries' chat. So you need a biography of someone from Maryland at a 4th-grade reading level, by Monday?"],
      [50, 'p', 'yes exactly'],
      [58, 'l', 'Two good ones are "Who Was Harriet Tubman?" by Yona Zeldis McDonough and "Who Was Frederick Douglass?" by April Jones Prince. Most Maryland libraries have several copies; search the titles in your library\'s catalog, and both are on Libby as e-books too. Does that help?'],
      [100, 'p', 'yes harriet tubman! thanks so much'],
      [104, 'l', "You're welcome! Anything else for the book report?"],
      [130, 'p', "no that's it"],
      [134, 'l', 'Good luck to her! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'Dust Bowl sources, then "I\'m signing off now, my shift is over." with the citation question open: dismissal, courteous, completeness and anything else fail',
    lines: [
      [0, 'p', 'i need 3 sources for my paper on the dust bowl, due tomorrow'],
      [30, 'l', 'Hi! This is Jo, a librarian with Calvert Library. Does your teacher want books, articles, or websites?'],
      [70, 'p', 'any, but one has to be a primary source'],
      [78, 'l', 'For a primary source, the Library of Congress has Dust Bowl photos and interviews at loc.gov (search "dust bowl migrants"). For the others, Britannica School and Gale In Context: U.S. History are at calvertlibrary.info/research.'],
      [130, 'p', 'ok, how do i cite the loc one'],
      [140, 'l', "I'm signing off now, my shift is over."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'Black-owned restaurants for a school project: "Still looking…" every two minutes keeps the patron informed (spans 114 s and 110 s)',
    lines: [
      [0, 'p', "I'm looking for a list of Black-owned restaurants in Prince George's County for a project"],
      [30, 'l', 'Hi! This is Jo at PGCMLS. Is this for school, and do you need addresses or just names?'],
      [70, 'p', 'school, names and addresses'],
      [76, 'l', 'Okay, let me search.'],
      [190, 'l', "Still looking, I've found one list so far and am checking for a more complete one."],
      [300, 'l', "Visit Prince George's, the county tourism office, has a directory of Black-owned businesses with addresses at experienceprincegeorges.com/black-owned. Data Axle Reference Solutions (pgcmls.info/research) can also pull restaurants by county with addresses. Is that what you need?"],
      [360, 'p', 'yes this is perfect, no more questions'],
      [365, 'l', 'Good luck with your project, thanks for using AskUsNow!'],
    ],
    exp: usual(),
  },

  // ---- local services and referrals ---------------------------------------------------------------------------------
  {
    // reading: "go to the Laurel post office" tells the patron to visit an organisation, with no way to reach it;
    // "yes thats what I needed" confirms the answer but does not say the patron is done
    name: 'first passport near Laurel: "go to the Laurel post office" with no address or phone: referral fails; "yes thats what I needed" is no "done"',
    lines: [
      [0, 'p', 'where can i get a passport photo taken near laurel'],
      [30, 'l', "Hi! This is Ron at Prince George's County Memorial Library System. Do you also need to apply for the passport, or just the photo?"],
      [65, 'p', 'both actually, first time'],
      [72, 'l', "For a first passport you have to apply in person at an acceptance facility. The State Department's checklist of forms and fees is at travel.state.gov/passport. You can go to the Laurel post office for the photo and the application; it's best to make an appointment first. Does that help?"],
      [120, 'p', 'yes thats what I needed'],
      [126, 'l', "You're welcome! Bye now."],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'old paint cans: the transfer station with its street address and the Solid Waste office with its numbers: referral passes; "all done"',
    lines: [
      [0, 'p', 'where can i get rid of old paint cans'],
      [28, 'l', "Hi! I'm Jo, a librarian at Montgomery County Public Libraries. Is it latex or oil-based paint?"],
      [60, 'p', 'both i think'],
      [68, 'l', 'Dried-out latex paint can go in the regular trash. Oil-based paint is hazardous waste: take it to the Shady Grove Transfer Station, 16101 Frederick Rd, Derwood (open daily 7-5), and if you have questions call the Solid Waste office at 311 or 240-777-0311. Details are at montgomerycountymd.gov/sws. Does that answer it?'],
      [120, 'p', 'yes thanks so much, all done'],
      [125, 'l', 'My pleasure. Have a good night!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "ask at the information desk of your branch" sends the patron to the provider's own library's department:
    // a referral, with no way to reach that desk given
    name: 'proctored exam: "just ask at the information desk of your branch to book a time" with no contact: referral fails',
    lines: [
      [0, 'p', 'how do i get a proctor for an online college exam'],
      [22, 'l', 'Hello, this is Jo at Charles County Public Library. Which college is the exam for, and does it have to be in person?'],
      [60, 'p', 'CSM, and yes in person with a webcam room'],
      [68, 'l', 'CSM lists approved proctors and its rules at csmd.edu/testing. Our library is on that list and proctors for free, by appointment, with a week\'s notice.'],
      [74, 'l', 'To book, just ask at the information desk of your branch. Does that answer your question?'],
      [110, 'p', "yep, thanks. that's all"],
      [115, 'l', 'Good luck on the exam, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'head of household: "Librarians can\'t give tax advice", the IRS assistant and Pub 501, VITA preparers with a number to call: referral passes',
    lines: [
      [0, 'p', 'should I file as head of household if my boyfriend lives with us'],
      [25, 'l', "Hi, I'm Jo, a librarian with Prince George's County Memorial Library System. Librarians can't give tax advice, but I can point you to the rules. Is the child yours, or his?"],
      [60, 'p', 'mine, hes not the dad'],
      [68, 'l', "The IRS's Interactive Tax Assistant at irs.gov/help/ita asks you questions and tells you which filing status you qualify for, and IRS Publication 501 explains head of household. For help in person, the free VITA tax preparers at the Hyattsville Branch can look at your situation; call 301-985-4690 for an appointment. Does that help?"],
      [110, 'p', "yes, I'll try the ITA. thx"],
      [115, 'l', "You're welcome! Anything else?"],
      [140, 'p', 'no'],
      [144, 'l', 'Good night!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'birth certificate: "One moment, let me find the right office." then 130 s of silence: keep informed fails; Vital Records with a number: referral passes',
    lines: [
      [0, 'p', 'can the library help me get my birth certificate'],
      [30, 'l', "Hello! I'm Jo, a librarian at Garrett County Public Library. Were you born in Maryland?"],
      [60, 'p', 'yes in Oakland'],
      [66, 'l', 'One moment, let me find the right office.'],
      [196, 'l', 'Birth certificates for Maryland births come from the Division of Vital Records: you can order online at health.maryland.gov/vsa or call them at 410-764-3038. Did that help?'],
      [240, 'p', "yes that's all, thanks"],
      [245, 'l', "You're welcome, take care!"],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'seed library: "Hi, Kent County Public Library here!" identifies the library; where the seeds are is no referral',
    lines: [
      [0, 'p', 'does kent county have a seed library'],
      [20, 'l', 'Hi, Kent County Public Library here! Are you looking for vegetable seeds, flowers, or both?'],
      [45, 'p', 'vegetables'],
      [52, 'l', "Yes! Our seed library is in the lobby of the Chestertown branch, with free vegetable and herb seeds (up to 5 packets a visit). The list of what's in stock is at kentcountylibrary.org/seeds. Does that answer your question?"],
      [85, 'p', 'great, thats all i needed'],
      [90, 'l', 'Happy planting, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'landfill hours: the patron goes quiet after the answer and the provider says goodbye 200 s later with no check-in or notice: both fail',
    lines: [
      [0, 'p', 'what time does the Carroll county landfill close on saturday'],
      [30, 'l', "Hi, I'm Paula at Carroll County Public Library. Do you mean the Northern Landfill in Westminster?"],
      [55, 'p', 'yes'],
      [60, 'l', 'The Northern Landfill is open Monday to Saturday, 7 am to 3:30 pm on Saturdays; hours and fees are at carrollcountymd.gov/recycling. Did that answer it?'],
      [260, 'l', 'Okay, goodnight and thanks for using the chat!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'Maryland tax forms: quiet after the answer, "Are you still there?" at 124 s and the session ends at 150 s: check-in passes, no notice needed, no goodbye',
    lines: [
      [0, 'p', 'How do I download tax forms for Maryland'],
      [25, 'l', "Hello! This is Andre with Queen Anne's County Free Library. Do you need the resident form, the 502?"],
      [60, 'p', 'yes and the instructions'],
      [66, 'l', 'Form 502 and its instruction booklet are both at marylandtaxes.gov > Individual > Tax Forms > 2025. Is that what you were looking for?'],
      [190, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 26 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'GED classes in Somerset: passed to the patron\'s library, phone repeated back, "she will call you by Friday"; recorded in 2 days: follow-up passes',
    lines: [
      [0, 'p', 'I want to take a GED class, does the library do that?'],
      [30, 'l', "Hi there, welcome to AskUsNow!. I'm Jo, a librarian at Dorchester County Public Library. Which county do you live in, and are you looking for classes in person or online?"],
      [75, 'p', 'Somerset County, in person'],
      [83, 'l', "Thank you. One minute while I check Somerset's programs."],
      [160, 'l', "Somerset County Library doesn't list a GED class right now, but their adult learning coordinator keeps the list of local classes. I'll send your question to her and she will call you by Friday. What's the best number to reach you?"],
      [200, 'p', '410-555-0148'],
      [205, 'l', 'Thanks, I have 410-555-0148. In the meantime, the free GED Ready practice test is at ged.com. Does that help for now?'],
      [240, 'p', "yes thanks that's all for now"],
      [245, 'l', "You're welcome, good luck!"],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: '2026-03-04T11:00:00-05:00', by: 'jo', note: 'Somerset coordinator called' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // label corrected after the first run (was completeness fail, reading "Does that sound okay?" as agreement to the
    // plan): the seventh round's SMS case ("ill call the branch and text u back … sound ok?") reads the same question,
    // after an answer and a promise, as a completeness question; RUBRIC.md leaves room, so the earlier reading stands
    name: 'bookmobile stop: coded Follow-up by me with no e-mail or phone anywhere and nothing recorded after the deadline: code, contact and on-time fail',
    lines: [
      [0, 'p', 'can someone find out if the bookmobile still stops at Deal Island'],
      [25, 'l', "Hello! You've reached AskUsNow!; I'm Jo, a librarian with Somerset County Library. Do you mean this month's schedule?"],
      [55, 'p', 'yes'],
      [60, 'l', "The bookmobile schedule at somelibrary.org/bookmobile hasn't been updated since January, so I'll check with our outreach staff and get back to you. Does that sound okay?"],
      [90, 'p', 'ok'],
      [95, 'l', 'Thanks for your patience, goodbye!'],
    ],
    over: { ...FU_ME },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'free summer camps: "I\'ll … email it to you tomorrow" promised, e-mail repeated, "by noon", but coded Answered and done 4 days later',
    lines: [
      [0, 'p', 'Is there a list of summer camps in Howard County that are free or cheap?'],
      [20, 'l', "Hi! Thanks for using AskUsNow!, my name is Mei and I'm a librarian at Howard County Library System. What ages are your kids, and do you need full-day camps?"],
      [60, 'p', '7 and 10, full day would be best since I work'],
      [66, 'l', "Let me see what's out there."],
      [150, 'l', "Howard County Recreation & Parks lists its camps, with fees and financial aid, at howardcountymd.gov/camps. There isn't one list of every free camp, though, so I'll put one together from the county and nonprofit listings and email it to you tomorrow. What's your email?"],
      [190, 'p', 'ok great, rgupta@example.org'],
      [196, 'l', "Perfect, rgupta@example.org. You'll have it tomorrow by noon. Does the Rec & Parks page help in the meantime?"],
      [240, 'p', 'yes it does, thanks!'],
      [245, 'l', 'Glad to hear it. Have a good evening!'],
    ],
    over: { followUps: [{ doneAt: '2026-03-06T12:00:00-05:00', by: 'jo' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'fail' }),
  },

  // ---- genealogy starters and readers' advisory ---------------------------------------------------------------------
  {
    // reading: "Would that work?" about a scan the provider offers to make asks about something not yet given
    name: '1978 obituary on microfilm: follow-up by me, e-mail given and repeated, "by Wednesday evening", scan sent next day: follow-up passes; completeness fails',
    lines: [
      [0, 'p', "Looking for my grandfather's obituary, he died in Cumberland in March 1978"],
      [30, 'l', 'Good afternoon! This is Linda, a librarian at Allegany County Library System. What was his full name, and do you know the exact date?'],
      [70, 'p', 'Harold James Whitacre, March 14 1978'],
      [78, 'l', 'Thank you. Give me a moment to check what we have for 1978.'],
      [150, 'l', "The Cumberland Evening Times for 1978 is only on microfilm at our South Cumberland branch, not online, so I can't search it from here. I can pull the reels for March 15-20 tomorrow and e-mail you a scan of anything I find. Would that work?"],
      [200, 'p', 'yes please!! my email is dwhitacre@example.org'],
      [208, 'l', "Got it: dwhitacre@example.org. I'll look tomorrow and you'll hear from me by Wednesday evening at the latest. Is there anything else I can help with in the meantime?"],
      [245, 'p', "no that's everything, thank you so much"],
      [250, 'l', 'You are very welcome. Talk soon, and thanks for contacting us!'],
    ],
    over: { ...FU_ME, ...mail('dwhitacre@example.org'), followUps: [{ doneAt: '2026-03-03T16:00:00-05:00', by: 'jo', note: 'sent scan of obituary' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "e-mail askusnow@example.org and we'll pick up the immigration search" waits on the patron: a way back, no promise
    name: '1940 census: FamilySearch and HeritageQuest, then closing time at 10 pm with a way back (chat tomorrow or e-mail the service): no dismissal, no follow-up; the e-mail is a referral with its address',
    lines: [
      [0, 'p', 'how do I find my great grandmother in the 1940 census? her name was Rose Kowalski, lived in Baltimore'],
      [25, 'l', "Good evening! I'm Jo, a librarian with the statewide AskUsNow! service. Do you know roughly where in Baltimore she lived, or who else was in the household?"],
      [80, 'p', 'Fells Point I think, with her husband Stanley'],
      [88, 'l', 'Great. The 1940 census is free and searchable by name at 1940census.archives.gov and on FamilySearch.org (free account). With your library card you can also use HeritageQuest Online from home at prattlibrary.org/research. Try searching Rose Kowalski with Stanley as a household member. Does that give you a place to start?'],
      [200, 'p', 'yes! found them on familysearch, 1700 block of Thames St!!'],
      [206, 'p', 'can you help me find her immigration record too'],
      [215, 'l', "How exciting! The chat service closes at 10 pm, so I have to end here, but please chat back tomorrow from 10 am or e-mail askusnow@example.org and we'll pick up the immigration search. Thanks and goodnight!"],
    ],
    // label corrected after the first run (was referral na): telling the patron to e-mail the service's own address is
    // contacting an organisation outside the chat, as the provider's own library's departments count; its address is given
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'Baltimore Sun 1965: the provider asks a colleague in internal messages (no referral) and gives ProQuest Historical Newspapers',
    lines: [
      [0, 'p', 'do you have the Baltimore Sun from 1965 online'],
      [20, 'l', "Hi, thanks for reaching out to AskUsNow! I'm Jo, a reference librarian. Are you looking for a specific article or date?"],
      [55, 'p', "an article about my dad's little league team winning, summer 1965"],
      [62, 'l', 'Fun! Let me check with a colleague who knows our newspaper databases; one moment.'],
      [64, 'i', 'Pat, is the Baltimore Sun 1965 in ProQuest Historical for Pratt cardholders?'],
      [100, 'i', 'yes, 1837-1994, any Pratt card', who('Pat Greene', 'pat')],
      [110, 'l', 'Good news: the Baltimore Sun from 1837 to 1994 is full-text in ProQuest Historical Newspapers, free with an Enoch Pratt library card at prattlibrary.org/research. Search "little league" with the dates set to June-August 1965. Does that help?'],
      [160, 'p', "yes! that's all I needed. thank you"],
      [165, 'l', 'Happy hunting, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'readers\' advisory after Fourth Wing: what did you love, e-book or print; three titles and NoveList Plus; "Are any of those what you had in mind?"',
    lines: [
      [0, 'p', 'I just finished Fourth Wing and need something similar while I wait for the next one!'],
      [22, 'l', "Hi there! I'm Jess, a librarian with Carroll County Public Library. What did you love most about it: the dragons, the romance, or the war-college setting? And do you read e-books or print?"],
      [70, 'p', 'dragons + romance lol. e-books on libby'],
      [78, 'l', "Ooh, fun. Give me a sec to check what's available."],
      [140, 'l', 'Try A Court of Thorns and Roses by Sarah J. Maas, The Priory of the Orange Tree by Samantha Shannon, and Divine Rivals by Rebecca Ross; Divine Rivals has a copy available right now on Libby. For more read-alikes, NoveList Plus is free with your card at library.carr.org/research. Are any of those what you had in mind?'],
      [200, 'p', 'priory sounds perfect. putting it on hold'],
      [206, 'l', 'Great choice! Anything else I can find for you tonight?'],
      [230, 'p', 'nope thats all'],
      [236, 'l', 'Happy reading! Thanks for chatting with AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'book club kit: the patron vanishes after the answer, "Just checking in, are you still there?" and comes back: no final idle',
    lines: [
      [0, 'p', "I'm trying to find a book for my book club, we need 10 copies"],
      [25, 'l', 'Hi! This is Nadia, a librarian at Harford County Public Library. Which book, and when does your club meet?'],
      [60, 'p', 'the covenant of water. we meet april 10'],
      [68, 'l', 'Let me check our book club kits.'],
      [120, 'l', 'We have a Book Club Kit for The Covenant of Water with 10 copies; you can reserve it at hcplonline.org/bookclubkits with your card, up to 8 weeks ahead. Does that work for your group?'],
      [260, 'l', 'Just checking in, are you still there?'],
      [275, 'p', 'sorry, kid emergency! yes that works. reserving now'],
      [282, 'l', 'No problem at all! Anything else I can help with?'],
      [310, 'p', "nope, that's everything"],
      [316, 'l', 'Enjoy your book club, bye!'],
    ],
    exp: usual(),
  },

  // ---- busy queues, limits, shift ends ------------------------------------------------------------------------------
  {
    name: 'one question per chat: "We only take one question per chat, sorry. Goodbye." when the patron asks a second: dismissal fails',
    lines: [
      [0, 'p', 'how do i put a hold on a book'],
      [20, 'l', 'Hello, this is Gary at Cecil County Public Library. Do you know the title already?'],
      [45, 'p', 'yes, Lessons in Chemistry'],
      [52, 'l', 'Search the title at ccplib.ent.sirsi.net, click Place Hold, and sign in with your card number and PIN. Does that make sense?'],
      [90, 'p', 'yes got it. also do you know if the library has passport services'],
      [98, 'l', 'We only take one question per chat, sorry. Goodbye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Glen Burnie Saturday hours, then three more questions: "several patrons are waiting … please start a new chat for those": allowed, no dismissal',
    lines: [
      [0, 'p', 'what time does the glen burnie library close on saturdays'],
      [40, 'l', 'Hi, you\'re chatting with Jo from AskUsNow!, the statewide library chat. Are you asking about the Glen Burnie Regional Library on Crain Hwy?'],
      [70, 'p', 'yes'],
      [76, 'l', 'Glen Burnie Regional is open 9 am to 5 pm on Saturdays; all hours are at aacpl.net/locations. Does that answer your question?'],
      [100, 'p', 'yes. also can you help me find a book about ADHD for adults, and one about sleep, and how to do citations for my daughter'],
      [110, 'l', "I'd be glad to, but several patrons are waiting in the queue right now, so I'll have to wrap up this chat. Please start a new chat for those questions and we'll help you right away. Thanks for your patience!"],
      [130, 'p', 'ok bye'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Memorial Day weekend hours while the provider had four chats open at once: concurrency fails',
    lines: [
      [0, 'p', 'are libraries open memorial day weekend'],
      [45, 'l', "Hi, welcome to AskUsNow! I'm Jo, a librarian. Which library system do you use?"],
      [80, 'p', 'baltimore county'],
      [88, 'l', 'BCPL branches are open Saturday and Sunday of Memorial Day weekend but closed on Memorial Day itself; holiday closings are at bcpl.info/about/hours. Does that answer your question?'],
      [130, 'p', "yep that's all, thanks"],
      [135, 'l', "You're welcome! Enjoy the long weekend."],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', -50, 250), other('c', 'jo', 20, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: open intervals exclude their end: a chat that starts at this session's end (140 s) does not overlap it
    name: 'near miss: three chats open at once, a fourth starting the second this one ends: concurrency passes',
    lines: [
      [0, 'p', 'are libraries open memorial day weekend'],
      [45, 'l', "Hi, welcome to AskUsNow! I'm Jo, a librarian. Which library system do you use?"],
      [80, 'p', 'baltimore county'],
      [88, 'l', 'BCPL branches are open Saturday and Sunday of Memorial Day weekend but closed on Memorial Day itself; holiday closings are at bcpl.info/about/hours. Does that answer your question?'],
      [130, 'p', "yep that's all, thanks"],
      [135, 'l', "You're welcome! Enjoy the long weekend."],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', -50, 250), other('d', 'jo', 140, 500)] },
    exp: usual(),
  },

  // ---- lost calls, practice, vanished patrons ----------------------------------------------------------------------
  {
    name: 'Lost Call: the patron sent only the question; greeting, "Are you still there?", then a notice with a goodbye (idle 225 s): both pass; information checks na',
    lines: [
      [0, 'p', 'I need the phone number for the social security office in Salisbury'],
      [35, 'l', "Hi, welcome to AskUsNow! I'm Beth, a librarian with Wicomico Public Libraries."],
      [170, 'l', 'Are you still there?'],
      [260, 'l', "It looks like we've been disconnected, so I'm going to end this chat. If you still need that number, please start a new chat anytime. Thanks!"],
      [263, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call though the patron sent "hello??" too; the provider\'s clarifying question makes it substantive with no source: code and source fail',
    lines: [
      [0, 'p', 'where can I get free tax help'],
      [40, 'p', 'hello??'],
      [52, 'l', "Hi! Sorry about the wait, this is Jo at Prince George's County Memorial Library System. Are you looking for help filing this year's return, and which county are you in?"],
      [200, 'l', 'Are you still with me?'],
      [290, 'l', "I haven't heard from you in a few minutes, so it seems you've stepped away. I'll close this chat for now; please come back anytime. Goodnight!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'the patron left at once; the provider picks up at 70 s and says goodbye in the same message: pickup fails, information checks na, no idle',
    lines: [
      [0, 'p', 'hi is the library hiring'],
      [20, 's', 'Patron has left the chat.', sys('patron_left')],
      [70, 'l', "Hi, I'm Jo at AskUsNow!, sorry for the wait. It looks like you've already left, so I'll close this one. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    // reading: a "chat timed out" system line is no provider message; the final idle runs from the clarifying question
    // to endedAt (250 s): the check-in passes, the notice fails
    name: 'CDL book: the patron vanishes after the clarifying question; "Are you still there?" then a system timeout: notice, source and courteous fail',
    lines: [
      [0, 'p', 'I need a book on how to pass the CDL test'],
      [25, 'l', "Hello! I'm Jo, a librarian at Wicomico Public Libraries. Do you want a print book or an e-book, and is it for Class A or B?"],
      [160, 'l', 'Are you still there?'],
      [270, 's', 'Chat timed out due to inactivity.', sys('ended')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'a practice session between two county staff, coded Practice: every check na',
    lines: [
      [0, 'p', 'test test, this is Kim from Washington County practicing'],
      [15, 'l', 'Hi Kim! Jo here at Cecil County. Looks like the queue is working.'],
      [40, 'p', 'great, ending now'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'Spanish: a card without a driver\'s license; "¿En qué condado vive usted?", the card page, "¿Le sirve esta información?", "es todo"',
    lines: [
      [0, 'p', 'hola, necesito sacar una tarjeta de la biblioteca pero no tengo licencia de manejar'],
      [28, 'l', '¡Hola! Bienvenido a AskUsNow!. Me llamo Sofía y soy bibliotecaria de las bibliotecas públicas del condado de Montgomery. ¿En qué ciudad vive usted?'],
      [70, 'p', 'en silver spring'],
      [78, 'l', 'Perfecto. Puede sacar la tarjeta con cualquier identificación con foto (pasaporte, matrícula consular o ID de otro país) y un comprobante de domicilio, como una factura o un contrato de alquiler. Puede empezar la solicitud en montgomerycountymd.gov/library/services/librarycard.html. ¿Le sirve esta información?'],
      [130, 'p', 'sí, muchas gracias, es todo'],
      [136, 'l', '¡Con mucho gusto! Que tenga buena noche.'],
    ],
    exp: usual(),
  },
];

const ASK: Line = [0, 'p', 'hi, can you help me with something for my book club'];
const HELLO: Line = [20, 'l', "Hello, this is Jo with AskUsNow!, the Maryland libraries' chat. What do you need?"];

export const short: SessionCase[] = [
  {
    // "meet" with a time after it asks when the club gathers: a clarifying question before the first source
    name: '"Does your club meet on weekday evenings?" is a clarifying question; "Does this meet your needs?" still asks completeness',
    lines: [ASK, HELLO, [50, 'p', 'we need 12 copies of a book'], [56, 'l', 'Sure. Does your club meet on weekday evenings?'], [80, 'p', 'yes tuesdays'], [86, 'l', 'Book Club Kits with 12 copies are at hcplonline.org/bookclubkits. Does this meet your needs?'], [120, 'p', "yes, that's all"], [124, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Did the Parks & Rec office call you back yet?" asks about a call, not the answer: completeness fails',
    lines: [ASK, HELLO, [50, 'p', 'i asked about a camp refund'], [56, 'l', 'Camp refunds are explained at howardcountymd.gov/camps. Did the Parks & Rec office call you back yet?'], [90, 'p', 'no'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "You could also try the Court of Appeals clerk\'s office." is still a court to try, with no contact: referral fails',
    lines: [ASK, HELLO, [50, 'p', 'i need an old appeal decision'], [56, 'l', 'Decisions since 1995 are at mdcourts.gov/opinions. You could also try the Court of Appeals clerk\'s office.'], [90, 'p', 'ok thx'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Visit Annapolis, the county\'s tourism office, publishes a calendar at visitannapolis.org." names a bureau: no referral',
    lines: [ASK, HELLO, [50, 'p', 'free events this weekend?'], [56, 'l', "Visit Annapolis, the county's tourism office, publishes a calendar at visitannapolis.org. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "Visit the Welcome Center, the one on Main St, at 26 West St." still sends the patron there, with its address: referral passes',
    lines: [ASK, HELLO, [50, 'p', 'where do i get a visitor parking pass'], [56, 'l', 'Visit the Welcome Center, the one on Main St, at 26 West St, Annapolis. The parking rules are at annapolis.gov/parking.'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "You\'ve reached your question limit for today, sorry." still dismisses',
    lines: [ASK, HELLO, [50, 'p', 'one more: who wrote the book'], [56, 'l', "You've reached your question limit for today, sorry."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"Form 502 is at marylandtaxes.gov. Does that sound good?" asks completeness',
    lines: [ASK, HELLO, [50, 'p', 'the state tax form'], [56, 'l', 'Form 502 is at marylandtaxes.gov. Does that sound good?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"If you have questions about the fee, call the Howard County Circuit Court clerk." is a referral (lead-in condition), with no contact: fails',
    lines: [ASK, HELLO, [50, 'p', 'how much is a marriage license'], [56, 'l', 'It is $85; the steps are at mdcourts.gov/marriage. If you have questions about the fee, call the Howard County Circuit Court clerk.'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Let me transfer you to a Howard County colleague" is no referral, and a transfer station with its number is one (passes)',
    lines: [ASK, HELLO, [50, 'p', 'where do i take an old tv'], [56, 'l', 'Let me transfer you to a Howard County colleague, one moment.'], [60, 'i', 'Kara, Howard resident asking about e-waste drop-off; you know the county sites'], [62, 's', 'Chat transferred to Kara Lin.', sys('transfer', 'kara')], [80, 'l', 'Hi, Kara here. Call the Alpha Ridge Transfer Station at 410-313-5440 for e-waste hours. Does that help?', who('Kara Lin', 'kara')], [110, 'p', 'yes thats all'], [114, 'l', 'Bye!', who('Kara Lin', 'kara')]],
    exp: some({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: '"It looks like you already left, so I\'ll close this one now. Thanks!" after "Are you still there?" (idle 200 s): notice passes',
    lines: [ASK, HELLO, [50, 'p', 'need a read-alike for Lessons in Chemistry'], [56, 'l', 'Try Remarkably Bright Creatures by Shelby Van Pelt; NoveList Plus at hcplonline.org/research has more. Does that help?'], [180, 'l', 'Are you still there?'], [256, 'l', "It looks like you already left, so I'll close this one now. Thanks!"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twelfth round (M1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (M1): a statewide public-library service, evening and weekend shifts, every check', whole);
describeSessions('twelfth round (M1): public-library service, short cases', short);

describeLeft('twelfth-round-public', LEFT);
