/**
 * Eighteenth round, second wave, area (S6): FALSE PASSES OF v19's FAMILY WIDENINGS (blocks S1-S5 and SM).
 * Ordinary chats from public, school, academic and county libraries, a statewide cooperative and an SMS line, in which
 * the words v19 widened appear but the behaviour is not there, next to chats where it is: "Do you know what she needs
 * for the project?" (a clarifying question, not a check on what was given), "Is there a particular sort of book you had
 * in mind?" (the same), "I could request the large-print edition from Topeka. Would that be what you're after?" (about
 * something not yet given), HelpNow's own tutors' limit of one subject per session (another service's rule, while the
 * help goes on), "your time is up for this chat room" (the chat's time, not a studio's), "Time's up, by our policy
 * chats run 15 minutes" (not the title "Time's Up by …"), "well the app should update you tomorrow" (the app's notice),
 * "Do you want me to report it to 311 for you?" (the provider's own step), "The Board takes questions at its monthly
 * meeting" (no contact after "at"), "Your duplicate request … so I'm closing it" (a request, not the chat), "Please be
 * patient as processing takes 3-5 business days" (advice, not a hold), "the Salvation Army's Angel Tree application is
 * at …" (a page).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a provider question asking what the patron (or the patron's child) needs, or what kind of book they had in mind,
 *   asks about the need, not whether what was given meets it: no completeness question;
 * - "Would that be what you're after?" right after offering something not yet given asks about that thing (RUBRIC's own
 *   "would a scan be what you need?"): no completeness question;
 * - describing another service's limit ("HelpNow's tutors can only work on one subject per session") while the
 *   provider goes on helping is no limit of this chat's: no dismissal; "your time is up for this chat room" is the
 *   chat's time: a dismissal;
 * - a library system's or app's notice is no promise by the provider to send more later ("well the app should update
 *   you tomorrow"): no follow-up session;
 * - the provider offering to report something to 311 itself refers the patron to no one: referral na;
 * - "takes questions at its monthly meeting" gives no contact: a party's service described with no instruction to
 *   contact it and no contact is no referral (reading: referral na);
 * - closing a duplicate request "so I'm closing it" says nothing about the session ending: no disconnect notice;
 * - "Please be patient as processing takes 3-5 business days" asks the patron to wait for a process, not for the
 *   provider's lookup: no hold message;
 * - a charity's application page ("the Salvation Army's Angel Tree application is at …") is a web page for the patron to
 *   use: a source, not a referral.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    // reading: "Do you know what she needs for the project?" asks about the need; the only other question after the
    // source is none: completeness fails
    name: 'school parent: "Do you know what she needs for the project?" after a source is a clarifying question, not completeness',
    lines: [
      [0, 'p', 'hi my daughter has a project on the water cycle for 4th grade, where do we start'],
      [22, 'l', "Hi! This is Ms. Alvarez, library media specialist at Oakridge Elementary. Is it a poster or a written report?"],
      [70, 'p', 'poster i think'],
      [85, 'l', "PebbleGo has a kid-friendly water cycle page with diagrams: log in through oakridge.example.org/pebblego with her student ID. Do you know what she needs for the project besides the diagram, like a word count?"],
      [140, 'p', 'no just the diagram and 3 facts. thats all i needed, thank you'],
      [150, 'l', 'Great, good luck to her on the poster!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: the teacher's need asked about the given page: completeness passes (S1's reading, kept)
    name: 'homework: "Does that look like what your teacher wants?" after a source still asks (S1 kept)',
    lines: [
      [0, 'p', 'i need a primary source about the dust bowl for ss'],
      [25, 'l', "Hey! I'm Mr. Okafor, librarian at Lincoln Middle School. Does it have to be a photo, or can it be a letter or diary?"],
      [60, 'p', 'anything thats primary'],
      [75, 'l', "The Library of Congress has Dorothea Lange's Dust Bowl photos at loc.gov/pictures/collection/fsa. Does that look like what your teacher wants?"],
      [130, 'p', 'yes thats it, nothing else'],
      [138, 'l', 'Awesome. Good luck with the assignment!'],
    ],
    exp: usual(),
  },
  {
    // reading: asking what kind of book the patron had in mind asks about the need, not about a title given
    name: 'readers\' advisory: "Is there a particular sort of book you had in mind?" after a list is no completeness question',
    lines: [
      [0, 'p', 'looking for something like Where the Crawdads Sing'],
      [20, 'l', "Hi there, this is Priya at Cuyahoga County Public Library. Our staff list of nature-and-mystery reads is at cuyahogalibrary.org/booklists/crawdads. Is there a particular sort of book you had in mind, more mystery or more nature writing?"],
      [80, 'p', 'more mystery. ok i got it from here, that is all'],
      [90, 'l', 'Happy reading!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    // reading: "Would that be what you're after?" asks about the ILL copy still to come, after the offer: no completeness
    // question (RUBRIC: "would a scan be what you need?" does not count)
    name: 'large print: "I could request it from Topeka. Would that be what you\'re after?" is about something not yet given',
    lines: [
      [0, 'p', 'do you have the large print of Lessons in Chemistry'],
      [18, 'l', "Hello, this is Gary with Lawrence Public Library. Do you need large print specifically, or would the audiobook work too?"],
      [60, 'p', 'large print, my eyes'],
      [75, 'l', "We don't own it in large print, but the catalog shows Topeka & Shawnee County has one (lawrence.bibliocommons.com). I could request the large-print edition from Topeka. Would that be what you're after?"],
      [120, 'p', 'yes please. thats all'],
      [130, 'l', "Done, it's requested on your card and you'll get the usual pickup notice. Thanks for asking!"],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: describing Tutor.com's rule while the librarian keeps helping is no limit of this chat's: no dismissal
    name: 'homework: "HelpNow tutors can only work on one subject per session" is another service\'s rule, no dismissal',
    lines: [
      [0, 'p', 'can i get help with chem AND algebra tonight'],
      [20, 'l', "Hi! I'm Dana, a librarian with the Ask Colorado homework line. Which one is due first?"],
      [55, 'p', 'chem, tomorrow'],
      [70, 'l', "For live tutoring, HelpNow (helpnow.example.org, log in with your library card) is free. HelpNow tutors can only work on one subject per session, so start with chem and open a second session for algebra. Does that help?"],
      [125, 'p', 'ok cool thats all'],
      [132, 'l', 'Good luck tonight, come back anytime!'],
    ],
    exp: usual(),
  },
  {
    // reading: the time up for this chat room is the chat's own time: a dismissal (no way back offered)
    name: 'busy night: "your time is up for this chat room" is the chat\'s time, a dismissal',
    lines: [
      [0, 'p', 'i need articles on climate anxiety in teens for a paper'],
      [25, 'l', "Hi, this is Jordan at the Ask a Librarian service. Is this for a psychology class, and do they need to be peer reviewed?"],
      [70, 'p', 'yes peer reviewed, psych 101'],
      [80, 'l', "Start with PsycINFO at library.example.edu/db/psycinfo and search climate anxiety AND adolescents. Did that help?"],
      [140, 'p', 'kind of, can you also look for ones from 2023'],
      [150, 'l', "Sorry, your time is up for this chat room, I have to take the next patron in the queue. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: "time's up, by our policy" is the chat's time, not a title "Time's Up by …": a dismissal
    name: 'SMS: "Time\'s up, by our policy texts run 15 minutes" is a dismissal, not a title',
    lines: [
      [0, 'p', 'whats a good free app for learning spanish'],
      [30, 'l', 'Hi, Ask Us Text from Pima County Public Library, this is Rae. Are you starting from zero?'],
      [70, 'p', 'ya zero'],
      [80, 'l', 'Mango Languages is free with your card: library.pima.gov/mango. Does that work for you?'],
      [150, 'p', 'and what about for my kid'],
      [160, 'l', "Time's up, by our policy text chats run 15 minutes. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: the app's notice is no promise by the provider: no follow-up session
    name: 'holds: "well the app should update you tomorrow when it ships" is the app\'s notice, no promise',
    lines: [
      [0, 'p', 'my hold on Fourth Wing says in transit for 3 days??'],
      [20, 'l', "Hi! This is Kim at Johnson County Library. Which branch are you picking it up at?"],
      [60, 'p', 'Antioch'],
      [75, 'l', "It left Central this morning, so it's on the van. well the app should update you tomorrow when it lands at Antioch. You can watch it under My Account at jocolibrary.bibliocommons.com. Does that answer it?"],
      [130, 'p', 'yes thank u, thats all'],
      [136, 'l', 'Happy reading!'],
    ],
    exp: usual(),
  },
  {
    // reading: the provider's own update at a time to come is a promise (S2 kept); the e-mail given and the day said
    name: 'ILL: "I\'ll keep an eye on it and update you Monday at ana.r@example.org" promises (S2 kept)',
    lines: [
      [0, 'p', 'my ILL article never came, its been 2 weeks'],
      [20, 'l', "Hello, Ben here at the Loyola interlibrary loan office. What's the article title, and what e-mail should I use?"],
      [60, 'p', '"Mutual aid in disaster recovery", ana.r@example.org'],
      [75, 'l', "Thanks. The lender marked it shipped, but ILLiad has no PDF yet (status page: libraries.luc.example.edu/illiad). I'll keep an eye on it and update you Monday at ana.r@example.org. Is there anything else?"],
      [130, 'p', 'no thats it thanks'],
      [136, 'l', 'Thank you, talk Monday!'],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the provider offering to report it to 311 itself sends the patron to no one: referral na
    name: 'streetlight: "Do you want me to report it to 311 for you?" is the provider\'s step, no referral',
    lines: [
      [0, 'p', 'the streetlight outside the Elm St branch has been out for a week'],
      [22, 'l', "Hi, this is Tom at Elm Street Branch, Evanston Public Library. Is it the light by the book drop or the one at the bus stop?"],
      [60, 'p', 'book drop'],
      [72, 'l', "Thanks. City lights are the city's, not ours: the outage map is at cityofevanston.example.org/streetlights. Do you want me to report it to 311 for you? Is that the info you needed?"],
      [130, 'p', 'yes please report it, that is all'],
      [140, 'l', "Will do. Thanks for letting us know, have a good evening!"],
    ],
    exp: usual(),
  },
  {
    // reading: a patron who left, and a message that closes a duplicate request, not the session: no disconnect notice
    name: 'idle: "It looks like you stepped away. Your duplicate request … so I\'m closing it." is about a request, not the chat',
    lines: [
      [0, 'p', 'i placed 2 requests for the same book by accident'],
      [20, 'l', "Hi, this is Mo at Evansville Vanderburgh Public Library. Is it the one for Demon Copperhead?"],
      [55, 'p', 'yes'],
      [65, 'l', "I see both. Your hold queue is at evpl.bibliocommons.com under My Account > Holds. Does that help?"],
      [200, 'l', "Are you still there?"],
      [400, 'l', "It looks like you stepped away. Your second request for Demon Copperhead is a duplicate, so I'm closing it. Thanks for chatting!"],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- completeness ----
  {
    // reading: asking the patron to ask the child what she needs asks about the need
    name: 'parent: "Can you ask her what she needs for Friday?" is no completeness question',
    lines: [
      [0, 'p', 'my son needs books about volcanoes'],
      [20, 'l', "Hi! This is Ms. Reyes, youth services at Tulsa City-County Library. We have 14 in the catalog: search volcanoes juvenile at tulsalibrary.org. Can you ask him what he needs for Friday?"],
      [70, 'p', 'ok'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'parent: "Is the PebbleGo page what she needs?" after it is given asks (S1 kept)',
    lines: [
      [0, 'p', 'my daughter needs info on bats for 2nd grade'],
      [20, 'l', "Hi! This is Ms. Reyes at Tulsa City-County Library. PebbleGo has a bats page: tulsalibrary.org/pebblego. Is the PebbleGo page what she needs?"],
      [70, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "Does he know what she needs?" asks about the need (who knows what)
    name: 'school: "Does your teacher know what she needs?" asks about someone else, no completeness',
    lines: [
      [0, 'p', 'im helping my little sister with a biography project'],
      [20, 'l', "Hi, I'm Jess, librarian at Westview Elementary. Kids InfoBits has biographies: westview.example.org/kidsinfobits. Does her teacher know what she needs for sources?"],
      [70, 'p', 'idk'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'ebook while the ILL is coming: "Does the Libby copy work in the meantime?" asks (S1 kept)',
    lines: [
      [0, 'p', 'need The Warmth of Other Suns for book club, all print copies are out'],
      [20, 'l', "Hi, Ann at Multnomah County Library. How soon is book club?"],
      [50, 'p', 'two weeks'],
      [60, 'l', "I put you on the print list, and the ebook is on Libby right now: multcolib.overdrive.com. Does the Libby copy work in the meantime?"],
      [100, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'genealogy: "Is that him, do you think?" after a record given asks (S5 kept)',
    lines: [
      [0, 'p', 'looking for my great grandad Patrick Walsh in the 1911 census, Cork'],
      [20, 'l', "Hello, Niamh here at Cork City Libraries. There's a Patrick Walsh, 34, labourer, in Blackpool on census.nationalarchives.ie. Is that him, do you think?"],
      [70, 'p', 'yes!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "Would that be what you're looking for?" after the scan is sent asks about it (S5 kept)
    name: 'scan: "Here is the scan. Would that be what you\'re looking for?" asks (S5 kept)',
    lines: [
      [0, 'p', 'can i get the obituary for Harold Gruber, 1987, Dubuque paper'],
      [20, 'l', "Hello, Carl at Carnegie-Stout Public Library. Here's the scan from the Telegraph Herald, March 3, 1987, p. 7A: dubuque.example.org/scans/gruber1987.pdf. Would that be what you're looking for?"],
      [70, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: the question follows an offer of something not yet given: no completeness question
    name: 'scan offer: "I can scan the chapter for you. Would that be what you need?" is about something not yet given',
    lines: [
      [0, 'p', 'i need chapter 3 of the course reserve for hist 210'],
      [20, 'l', "Hi, this is Lin at Mason Library reserves. The reserve copy is on the shelf; the record is at library.example.edu/reserves/hist210. I can scan the chapter for you. Would that be what you need?"],
      [70, 'p', 'yes please'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "Working now?" after the patron's own laptop froze asks about the laptop... the same words after a fix the
    // provider gave (a reset PIN) ask about what was given: pass
    name: 'PIN reset: "I reset your PIN to the last four of your phone. Working now?" asks about the fix (S5 kept)',
    lines: [
      [0, 'p', 'cant log in to libby, says wrong pin'],
      [20, 'l', "Hi, Joy at Spokane Public Library. I reset your PIN to the last 4 digits of your phone, per spokanelibrary.org/pin. Working now?"],
      [60, 'p', 'yes!!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'catalog: "That any help?" after a title given asks (S5 kept)',
    lines: [
      [0, 'p', 'any books on sourdough for beginners'],
      [20, 'l', "Hiya, Deb at Leeds Libraries. Flour Water Salt Yeast is in at Central, shelf 641.815 (leeds.example.gov.uk/catalogue). That any help?"],
      [60, 'p', 'yes ta'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: asking what sort of book a patron wants asks about the need
    name: 'RA: "Was there any kind of book you wanted for the trip?" is a clarifying question, no completeness',
    lines: [
      [0, 'p', 'going on a long flight, need something to read'],
      [20, 'l', "Hi, this is Omar at Hennepin County Library. Our staff picks are at hclib.org/picks. Was there any kind of book you wanted for the trip, like thrillers?"],
      [60, 'p', 'thrillers yes'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'RA: "Is Brighton Rock the sort of thing you had in mind?" still asks (S5 kept)',
    lines: [
      [0, 'p', 'a classic crime novel set by the sea?'],
      [20, 'l', "Hello, Helen at Brighton & Hove Libraries. Graham Greene's Brighton Rock is on the shelf at Jubilee (brighton-hove.example.gov.uk/catalogue). Is Brighton Rock the sort of thing you had in mind?"],
      [60, 'p', 'perfect'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- dismissalHard ----
  {
    name: 'homework limit: "we only help with one assignment per student per chat" is a dismissal (S1 kept)',
    lines: [
      [0, 'p', 'can u help with my english essay and my history worksheet'],
      [20, 'l', "Hi, this is Pat with the Homework Help line at Brooklyn Public Library. Sorry, we only help with one assignment per student per chat. Which one?"],
      [60, 'p', 'english'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: "the tutors at Brainfuse" are another service's; the librarian helps with both
    name: 'homework: "The tutors on Brainfuse can only do one subject per session, but I can help with both here" is no dismissal',
    lines: [
      [0, 'p', 'is brainfuse good for math and bio both'],
      [20, 'l', "Hi, Kay at Anne Arundel County Public Library. The tutors on Brainfuse can only do one subject per session (aacpl.net/brainfuse), but I can help you find sources for both here. What's the bio topic?"],
      [60, 'p', 'cells'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'studio: "your time is up for the studio booking at 5; book another hour at …" is no dismissal (S4 kept)',
    lines: [
      [0, 'p', 'can i stay in the podcast studio after 5'],
      [20, 'l', "Hi, Lee at Denver Public Library's Studio. Your time is up for the studio booking at 5, but you can book another hour at denverlibrary.org/studio if one's free."],
      [60, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: the time up for "this ask-a-librarian room" is the chat's own
    name: 'queue: "Our time is up for this reference room, I\'m closing it" is the chat\'s time, a dismissal',
    lines: [
      [0, 'p', 'how do i cite a tweet in mla'],
      [20, 'l', "Hello, Ash at Ask a Librarian Delaware. MLA's guide is at style.mla.org/citing-tweets. Our time is up for this reference room. Goodbye."],
      [60, 'p', 'wait i have another q'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'music: "Time\'s Up by Living Colour is on Freegal" is a title (S4 kept)',
    lines: [
      [0, 'p', 'do you have the album Times Up'],
      [20, 'l', "Hi, Ray at Austin Public Library. Time's Up by Living Colour is on Freegal: library.austintexas.gov/freegal. Anything else?"],
      [60, 'p', 'no thats all'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"Sorry, time\'s up from our end, the chat closes now" is a dismissal',
    lines: [
      [0, 'p', 'what time does the Central branch close'],
      [20, 'l', "Hi, Ray at Austin Public Library. Central closes at 8 tonight (library.austintexas.gov/central)."],
      [50, 'p', 'and is parking free'],
      [60, 'l', "Sorry, time's up from our end, the chat closes now."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- followupPromise ----
  {
    // reading: "Well" as an interjection and a third party's update: no promise
    name: 'delivery: "Well the courier will update you Friday with tracking" is the courier\'s, no promise',
    lines: [
      [0, 'p', 'is my homebound delivery coming this week'],
      [20, 'l', "Hi, this is Grace with Homebound Services at Cincinnati & Hamilton County Public Library. Well the courier will update you Friday with tracking, and the schedule is at cincinnatilibrary.org/homebound."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ contact: 'na' }),
  },
  {
    name: '"I\'ll update you tomorrow at 555-0142 once the lender answers" promises (S2 kept)',
    lines: [
      [0, 'p', 'any news on my ILL book? number is 555-0142'],
      [20, 'l', "Hi, Raj in ILL at Dayton Metro Library. The lender hasn't answered (status: daytonmetrolibrary.org/ill). I'll update you tomorrow at 555-0142 once the lender answers."],
      [60, 'p', 'great thanks'],
    ],
    exp: some({ contact: 'pass' }),
  },
  {
    // reading: the patron is to send the form; the provider only re-checks its address
    name: '"I\'ll re-check the address, but you send it to ill@… by Friday" is the patron\'s step',
    lines: [
      [0, 'p', 'where do i send the ILL copyright form'],
      [20, 'l', "Hi, Beth at Creighton's Reinert-Alumni Library. The form is at creighton.example.edu/ill. I'll re-check the address, but you send it to ill@creighton.example.edu by Friday."],
      [60, 'p', 'ok'],
    ],
    exp: some({ contact: 'na' }),
  },
  // ---- dismissalConvenience ----
  {
    name: '"I\'m going on break now so I can\'t look into that, bye." is a dismissal (S2 kept)',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [20, 'l', "Hi, Val at Toledo Lucas County Public Library. IRS forms are at irs.gov/forms."],
      [50, 'p', 'what about ohio forms'],
      [60, 'l', "I'm going on break now so I can't look into that, bye."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: the help goes on with a colleague taking the chat (a transfer, no end of help)
    name: '"My colleague is going on break, so you have me for a bit" ends no help',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [20, 'l', "Hi, Val at Toledo Lucas County Public Library. My colleague Sam is going on break, so you've got me for a bit. IRS forms are at irs.gov/forms; Ohio's are at tax.ohio.gov/forms."],
      [60, 'p', 'thanks'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- referralParty ----
  {
    // reading: a charity's application page is a web page to use, a source, not a referral
    name: 'Angel Tree: "the Salvation Army\'s Angel Tree application is at salvationarmyusa.org/angeltree" is a page, no referral',
    lines: [
      [0, 'p', 'how do i sign my kids up for christmas gifts'],
      [20, 'l', "Hi, this is Lupe at El Paso Public Library. Do you live in El Paso County?"],
      [50, 'p', 'yes'],
      [60, 'l', "The Salvation Army's Angel Tree application is at salvationarmyusa.org/angeltree; sign-ups close Nov 15."],
    ],
    exp: some({ referral: 'na' }),
  },
  // ---- referralVerb / phone 311 ----
  {
    name: 'housing: "Apply with the Housing Authority of New Orleans at 504-555-0170" refers with a contact (S3 kept)',
    lines: [
      [0, 'p', 'how do i get on section 8 in new orleans'],
      [20, 'l', "Hi, this is Cole at New Orleans Public Library. Apply with the Housing Authority of New Orleans at 504-555-0170 when the waitlist opens."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: applying "with a photo ID and a utility bill" names what to bring, no party
    name: '"You can apply with a photo ID and a utility bill at the desk" names documents, no party',
    lines: [
      [0, 'p', 'how do i get a library card'],
      [20, 'l', "Hi, this is Cole at New Orleans Public Library. You can apply with a photo ID and a utility bill online at nolalibrary.org/card."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'no heat: "you can also report no heat to 311" refers with the city line (S3 kept)',
    lines: [
      [0, 'p', 'my landlord wont fix the heat'],
      [20, 'l', "Hi, this is Ed at Minneapolis Central Library. Tenant rights are at hclib.org/tenants. You can also report no heat to 311."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the provider reporting it themselves refers no one
    name: '"I\'m reporting the broken sidewalk to 311 myself this afternoon" is the provider\'s step, no referral',
    lines: [
      [0, 'p', 'the sidewalk by your door is broken, someone is going to trip'],
      [20, 'l', "Hi, this is Ed at Minneapolis Central Library. Thanks for telling us. I'm reporting the broken sidewalk to 311 myself this afternoon, and facilities will cone it off."],
      [60, 'p', 'ok good'],
    ],
    exp: some({ referral: 'na' }),
  },
  // ---- referralCanHelp ----
  {
    name: '"The Division of Hotels and Restaurants takes complaints at 850-555-0133" refers with a contact (S3 kept)',
    lines: [
      [0, 'p', 'my apartment complex has mold and they ignore me, who regulates them in florida'],
      [20, 'l', "Hi, this is Jen at Leon County Public Library. The Division of Hotels and Restaurants takes complaints at 850-555-0133."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: a board's meeting is described; "at its monthly meeting" gives no contact and no one is to be contacted
    name: '"The Board of Education takes questions at its monthly meeting" is a description, no referral',
    lines: [
      [0, 'p', 'when does the school board meet'],
      [20, 'l', "Hi, this is Jen at Leon County Public Library. The Board of Education takes questions at its monthly meeting; the calendar is at leonschools.example.net/board."],
      [60, 'p', 'ok thx'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"The Tax Assessor\'s office answers calls at all hours by recording" names no contact: no referral',
    lines: [
      [0, 'p', 'when is the property tax appeal deadline'],
      [20, 'l', "Hi, this is Jen at Leon County Public Library. Appeals close Sept 15 per leonpa.example.org/appeals. The Tax Assessor's office answers questions at the front counter in person, too."],
      [60, 'p', 'ok thx'],
    ],
    exp: some({ referral: 'na' }),
  },
  // ---- willEnd ----
  {
    name: 'idle: "It looks like you\'ve left the chat, so I\'m closing it." is a disconnect notice (S3 kept)',
    lines: [
      [0, 'p', 'what are the hours sunday'],
      [20, 'l', "Hi, this is Mo at Evansville Vanderburgh Public Library. Sunday 1-5 at all branches: evpl.org/hours. Anything else?"],
      [160, 'l', 'Are you still there?'],
      [260, 'l', "It looks like you've left the chat, so I'm closing it. Thanks for chatting!"],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the ticket closed is the question's, no notice that the chat ends
    name: 'idle: "Seems you are away. The fine dispute is resolved, so I\'m closing it now." is about a ticket',
    lines: [
      [0, 'p', 'why do i have a $5 fine'],
      [20, 'l', "Hi, this is Mo at Evansville Vanderburgh Public Library. It was a late DVD; I've waived it (see evpl.org/fines). Anything else?"],
      [160, 'l', 'Are you still there?'],
      [260, 'l', "Seems you are away. The fine dispute is resolved, so I'm closing it now. Take care!"],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  // ---- seemGone ----
  {
    name: 'idle: "It seems you are not responding. I am closing this chat now." (S5 kept)',
    lines: [
      [0, 'p', 'need the Hindu archives for 1990'],
      [20, 'l', "Hello, Anita at Delhi Public Library. The Hindu archive is on ProQuest: dpl.example.in/proquest. Any other queries?"],
      [160, 'l', 'Are you there?'],
      [260, 'l', 'It seems you are not responding. I am closing this chat now. Thank you.'],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: not responding to the renewal e-mails says nothing of the patron leaving the chat
    name: 'idle: "You are not responding to our renewal emails, so your card will be closed" is no disconnect notice',
    lines: [
      [0, 'p', 'why is my card blocked'],
      [20, 'l', "Hello, Anita at Delhi Public Library. It expired in May; renew at dpl.example.in/renew. Any other queries?"],
      [160, 'l', 'Are you there?'],
      [260, 'l', 'Also, you are not responding to our renewal emails, so your card will be closed next month. Thank you.'],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  // ---- hold ----
  {
    // (own label fixed: first written with the answer 130 s after the hold, a span over 120 s)
    name: 'hold: "Kindly be patient while I check the register." is a hold (S5 kept)',
    lines: [
      [0, 'p', 'is the 1975 gazette available'],
      [20, 'l', 'Hello, Anita at Delhi Public Library. Kindly be patient while I check the register.'],
      [115, 'l', 'Yes, the 1975 Gazette of India is on microfilm, reel 12 (dpl.example.in/gazette).'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: asking the patron to be patient with card processing is advice, not a hold: the patron then waits on the
    // provider from their own message... here the provider's answer ends waiting; the "still there?" 4 minutes later is
    // no span of waiting on the provider
    name: 'card: "Please be patient as processing takes 3-5 business days." is advice, not a hold',
    lines: [
      [0, 'p', 'i applied for a card online, when do i get it'],
      [20, 'l', 'Hello, Anita at Delhi Public Library. Please be patient as processing takes 3-5 business days; status is at dpl.example.in/card.'],
      [280, 'l', 'Are you still there?'],
      [300, 'p', 'yes ok thanks'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- notPromise ----
  {
    name: 'UK: "give the Register Office a bell on 0161 555 0105 and they\'ll post you one" is no promise (S5 kept)',
    lines: [
      [0, 'p', 'how do i get a copy of my birth certificate'],
      [20, 'l', "Hiya, Deb at Manchester Libraries. Give the Register Office a bell on 0161 555 0105 and they'll post you one."],
      [60, 'p', 'ta'],
    ],
    exp: some({ contact: 'na', referral: 'pass' }),
  },
  // ---- guards of S6's narrowings: the behaviour still read ----
  {
    name: 'guard: "Our tutors can only do one subject per session tonight" is still a limit',
    lines: [
      [0, 'p', 'can i do math and physics in one session'],
      [20, 'l', "Hi, Kay with the Live Homework Help line at Anne Arundel County Public Library. Sorry, our tutors can only do one subject per session tonight. Pick one."],
      [60, 'p', 'ugh ok math'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'guard: "We\'ll update you Monday at 555-0177" still promises',
    lines: [
      [0, 'p', 'did the scan of the 1911 plat map come back? 555-0177 is my cell'],
      [20, 'l', "Hi, Rosa in Local History at Dayton Metro Library. Not yet, the vendor is slow (status: daytonmetrolibrary.org/scans). We'll update you Monday at 555-0177."],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ contact: 'pass' }),
  },
  {
    name: 'guard: "Please be patient as I go through the microfilm index." is still a hold',
    lines: [
      [0, 'p', 'is my grandmothers 1952 wedding notice in the Courier'],
      [20, 'l', 'Hello, Anita at Evansville Central Library. Please be patient as I go through the microfilm index.'],
      [115, 'l', 'Found it: Evansville Courier, June 8, 1952, p. 14 (evpl.org/microfilm).'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'guard: "Rhode Island Legal Services answers tenant calls at 401-555-0190" still refers with a contact',
    lines: [
      [0, 'p', 'my landlord is keeping my deposit, who can help in RI'],
      [20, 'l', "Hi, Tess at Providence Public Library. Rhode Island Legal Services answers tenant calls at 401-555-0190."],
      [60, 'p', 'thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "apply with your landlord" names a party to apply with (the narrowing keeps persons and offices)
    name: 'guard: "Apply with the Sunrise Apartments leasing office at 555-0123" still refers',
    lines: [
      [0, 'p', 'how do i get on the waitlist at sunrise apartments'],
      [20, 'l', "Hi, Tess at Providence Public Library. Apply with the Sunrise Apartments leasing office at 555-0123; they keep the list."],
      [60, 'p', 'thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: v1's own "does … work" (completeness[0]) reads "Does the Main branch drop box work in the meantime for you?"; an
  // old reading, not a v19 widening (this wave narrows only v19's); a place's noun before "work" is too open to shut here
  {
    // v23 (X2, left again): unchanged: a place's noun before "work … for you" keys on common words.
    // reading: asking whether a branch's book drop works in the meantime asks about the patron's plan, not the info given
    name: 'renovation: "Does the Main branch drop work in the meantime?" is about the patron\'s return, no completeness',
    lines: [
      [0, 'p', 'the Eastside branch is closed, where do i return stuff'],
      [20, 'l', "Hi, this is Lou at Saint Paul Public Library. Eastside reopens in March: sppl.org/eastside. Will you be near Main, or is Eastside your only stop? Does the Main branch drop box work in the meantime for you?"],
      [70, 'p', 'yeah i go downtown'],
    ],
    exp: some({ complete: 'fail' }),
  },
  // LEFT: "Is that her?" was already a completeness question in v16-v18 (completeness[71], [84]), not S5's widening;
  // telling a person from a record given needs the sentence before, which no family sees
  {
    // v23 (X2, left again): unchanged: telling a person at the desk from a record given needs the sentence before.
    // reading: "Is that her?" about a person at the desk asks who the person is, not about the record given
    name: 'pickup by proxy: "A Rosa Diaz is at the desk for your holds. Is that her?" is no completeness question',
    lines: [
      [0, 'p', 'my sister is picking up my holds today is that ok'],
      [20, 'l', "Hi, this is Sam at Fort Worth Public Library. Proxy pickup rules are at fortworthtexas.gov/library/proxy. Actually, a Rosa Diaz just came to the desk asking for your holds. Is that her?"],
      [60, 'p', 'yes!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  // LEFT: "Apply at epass.nc.gov" has been a referral with a contact since v1 (v18 scores it the same); not a v19 widening
  {
    // v23 (X2, left again): unchanged: v22 reads "X can tell you" as a referral, so "LIHEAP can help … Apply at
    // epass.nc.gov" is read as one with its URL; the author's na is kept, and changing it would undo older readings.
    // reading: a bill for heat, electric and water names no party
    name: 'LIHEAP: "it can help with bills for heat, electric and water. Apply at …" names no utility',
    lines: [
      [0, 'p', 'is there help with utility bills'],
      [20, 'l', "Hi, this is Nia at Charlotte Mecklenburg Library. LIHEAP can help with bills for heat, electric and water. Apply at epass.nc.gov."],
      [60, 'p', 'ok thank you'],
    ],
    exp: some({ referral: 'na' }),
  },
  // LEFT: S3's "Duke Energy" is rightly a party now, but the referral takes the state's LIHEAP URL later in the
  // sentence as its contact (the contact-attaching code, older than v19): fail by the literal text, pass by the scorer
  {
    // v23 (X2, left again): unchanged: the state's page after ";" is lent to Duke Energy; v22 V9's ownGuideV9 reads ";
    // our county's / state's guide is at …" the other way.
    name: 'utility: "call Duke Energy and ask for a payment arrangement" without a contact fails (S3 kept)',
    lines: [
      [0, 'p', 'my power is getting shut off friday, can the library help'],
      [20, 'l', "Hi, this is Nia at Charlotte Mecklenburg Library. Is your account in your name?"],
      [60, 'p', 'yes'],
      [70, 'l', "Then call Duke Energy and ask for a payment arrangement; the state's LIHEAP page is at ncdhhs.gov/liheap."],
    ],
    exp: some({ referral: 'fail' }),
  },
];

describe('eighteenth round (S6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eighteenth round (S6): false passes of v19 widenings, every check', whole);
describeSessions('eighteenth round (S6): false passes, short cases', short);

describeLeft('eighteenth-round-falsepass', LEFT);
