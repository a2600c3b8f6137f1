/**
 * Thirteenth round, area (N6): PROVIDERS' WRITING STYLES. The same behaviours (greeting, introduction, clarifying
 * question, hold message, source, completeness question, "anything else?", check-in, disconnect notice, follow-up
 * promise with when to expect it, referral with contact details, courteous closing) written in many provider styles:
 * terse experts ("Try JSTOR. Link: … That do it?"), very warm and wordy providers, canned scripts and macros from
 * LibChat and QuestionPoint with their odd Title Case and their placeholders already filled, several short bubbles
 * in a row instead of one sentence, all-lowercase providers with typos, emoji, British, Irish, Australian and
 * Canadian English ("cheers", "no worries", "ta", "sorted"), providers who answer in Spanish and English in the same
 * session. Near misses beside the passes: an introduction that comes only in the third bubble, "Should sort you out
 * 👍" and "I really hope this helps!" (statements), "Need anything else, just holler!" (a condition), "No worries!"
 * and "👍" as the provider's last words, QuestionPoint's "It seems we may have been disconnected" that never says
 * the session ends, LibChat's conditional end macro, "expect an e-mail from us shortly" (no when), "pop in and see
 * the Local Studies team on the 3rd floor" (a referral with no way to reach them), a terse limit of questions.
 * Voices: public libraries in the US, Canada, the UK, Ireland and Australia, academic libraries, the 24/7
 * cooperative (QuestionPoint), LibChat services, school support, chat-speak.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a macro's opening "Thank you for using Ask a Librarian 24/7" greets as "thanks for contacting…" does; Title Case
 *   ("Does This Completely Answer Your Question?") changes nothing;
 * - bubbles are messages: the greeting's two parts must be in the first two provider messages, so a name in the
 *   third bubble comes too late, and a question alone in a bubble ("that work?", "anything else?") is a question;
 * - a terse "That do it?", "sorted?", "reckon that'll do ya?" and Spanish "¿Le sirvió?" ask whether what was given
 *   meets the need; "Should sort you out 👍", "I really hope this helps!" and "That should be everything you need"
 *   ask nothing; a bare "ok?" asks agreement, not whether what was given meets the need (as the fifth round reads
 *   "Will text you … by noon tmrw. OK?");
 * - "Need anything else, just holler!" is a conditional invitation (as round ten reads "if you need anything else…"),
 *   no question; a patron's "that's me sorted" and Spanish "es todo" say on their own that they are done, "cheers
 *   mate" alone does not;
 * - "No worries!", "np" and a bare "👍" neither thank nor say goodbye; "Cheerio", "ta-ra", "¡Que le vaya bien!" and
 *   "Take care" say goodbye; "Ta for waiting" thanks;
 * - a bare "Hello?" sent to a silent patron asks whether anyone is still there (a check-in); "Take your time reading
 *   through those!" does not;
 * - a notice must say both that the patron seems gone and that the session ends: QuestionPoint's "It seems we may
 *   have been disconnected. If you need further assistance, please contact us again." says only the first;
 * - "shortly", "as soon as I hear back" say no when; "by fri" and "mañana antes del mediodía" do;
 * - the provider's own library's department, told to visit ("pop in and see the Local Studies team on the 3rd
 *   floor"), is a referral, and a floor is no way to reach anyone.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type SessionCase, some, sys, usual } from './helpers';

export const whole: SessionCase[] = [
  // ---- terse experts -------------------------------------------------------------------------------------------------
  {
    name: 'terse expert, academic: "Hi - Dev, history librarian @ Hunter Library. Journal articles only, or books too?"; "Try JSTOR. Link: … That do it?"; "Anything else?"; "Good luck. Bye."',
    lines: [
      [0, 'p', 'hi i need scholarly articles on the harlem renaissance and jazz for my hist 240 paper'],
      [15, 'l', 'Hi - Dev, history librarian @ Hunter Library. Journal articles only, or books too?'],
      [40, 'p', 'articles mostly'],
      [48, 'l', 'Try JSTOR. Link: https://library.hunter.cuny.edu/db/jstor - search "Harlem Renaissance" AND jazz, limit to journals. That do it?'],
      [90, 'p', 'yes perfect'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'nope thats it'],
      [114, 'l', 'Good luck. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'terse expert without questions: "Hello, business librarian here." then only "EDGAR: https://www.sec.gov/edgar/search/ - …": clarify and completeness fail; "Anything else?" and "Bye." pass',
    lines: [
      [0, 'p', 'where can i find 10-K filings for Nike from 2015'],
      [20, 'l', 'Hello, business librarian here.'],
      [26, 'l', 'EDGAR: https://www.sec.gov/edgar/search/ - type Nike, filter form 10-K, 2015.'],
      [70, 'p', 'ok got it'],
      [75, 'l', 'Anything else?'],
      [90, 'p', 'no'],
      [93, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    // reading: "by fri" says when the information will come, as "by Friday" does
    name: 'terse expert follow-up: "cant find it in 5 min. will email u by fri. addr?" and the patron types it; Follow-up by me: contact passes, on time pending',
    lines: [
      [0, 'p', 'looking for the 1978 annual report of the Tennessee Valley Authority, full text'],
      [22, 'l', 'hi. Ruth, govdocs librarian, UT Knoxville. print ok or need pdf?'],
      [50, 'p', 'pdf if possible'],
      [56, 'l', 'sec'],
      [140, 'l', 'HathiTrust has 1975-77 only: catalog.hathitrust.org, search "Tennessee Valley Authority annual report". 1978 not there. cant find it in 5 min. will email u by fri. addr?'],
      [170, 'p', 'mleblanc@example.org'],
      [176, 'l', 'mleblanc@example.org - got it. that help for now?'],
      [200, 'p', 'yes thanks a lot'],
      [205, 'l', 'anything else?'],
      [215, 'p', 'no that was it'],
      [219, 'l', 'ok. thx, bye'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'terse provider dismisses: "thats 3 qs, our limit. bye." with no way back: dismissal fails; "bye" still says goodbye',
    lines: [
      [0, 'p', 'when does the north branch open on sat'],
      [14, 'l', 'hi, Tom @ Wichita Public Library. North Branch?'],
      [30, 'p', 'yes the one on 21st'],
      [36, 'l', 'sat 9-5. hours: wichitalibrary.org/locations. ok?'],
      [60, 'p', 'ok and do they have a 3d printer'],
      [66, 'l', 'no, only Advanced Learning Library has one: wichitalibrary.org/makerspace'],
      [90, 'p', 'and can i book a study room there'],
      [96, 'l', 'thats 3 qs, our limit. bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },

  // ---- very warm and wordy -------------------------------------------------------------------------------------------
  {
    name: 'warm and wordy: "Oh hello there, and welcome!! My name is Bethany and I\'m one of the librarians here at…"; holds in whole paragraphs every 90 s; every behaviour in many words',
    lines: [
      [0, 'p', 'Hi, my daughter is 7 and just got into horses, any book suggestions?'],
      [25, 'l', "Oh hello there, and welcome!! My name is Bethany and I'm one of the children's librarians here at Johnson County Library, and I am SO excited to help with this because horse books are some of my very favorites. Is she reading chapter books on her own yet, or would you be reading aloud together?"],
      [70, 'p', 'she reads on her own, short chapter books'],
      [78, 'l', "Perfect, that helps so much! I'm going to go dig through our catalog and a couple of my favorite booklists for you, so please hang tight with me for just a few minutes!"],
      [168, 'l', "Still digging, and finding some real gems! Thank you so much for your patience, I'll be right with you."],
      [250, 'l', "Okay, here's what I found! The Saddle Up series by Cathy Hapka and the Pony Scouts books are both wonderful for newly independent readers, and the Horse Diaries series is a lovely step up when she's ready. You can place holds on all of them at jocolibrary.org (just search the series name). Does that sound like it will get you what you were hoping for?"],
      [300, 'p', 'yes those look great!'],
      [306, 'l', "Wonderful, I'm so glad! Is there anything else at all that I can help you track down today?"],
      [330, 'p', "no that's everything, thank you!"],
      [336, 'l', "Thank you SO much for reaching out, and happy reading to your little horse lover! Have a wonderful day!"],
    ],
    exp: usual(),
  },
  {
    // reading: "I really hope this helps you!" hopes, it asks nothing; "Please never hesitate to reach out if anything
    // else comes up" is a conditional invitation back, no question, but it invites the patron back
    name: 'warm near miss: "I really hope this helps you on your journey!" and "Please never hesitate to reach out if anything else comes up, we are always here for you!": completeness and anything else fail, courteous passes',
    lines: [
      [0, 'p', 'hello, I want to start learning Italian before a trip next year'],
      [30, 'l', "Hello and a very warm welcome to Ask a Librarian at Cleveland Public Library! I'm Gloria, and I would be absolutely delighted to help you get started. Are you hoping to learn conversational phrases for travel, or to study the language more deeply?"],
      [80, 'p', 'mostly conversation for the trip'],
      [88, 'l', "How exciting, Italy is such a magical place! With your library card you can use Mango Languages for free, which focuses on everyday conversation: cpl.org/mango. I really hope this helps you on your journey!"],
      [140, 'p', 'ok thank you'],
      [146, 'l', 'Please never hesitate to reach out if anything else comes up, we are always here for you! Buon viaggio!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    // reading: asking politely to come back because others are waiting, with a way back, is allowed (RUBRIC.md)
    name: 'warm provider with a queue: "I\'m so sorry, we have quite a few patrons waiting right now… could you pop back in an hour or email us at ask@…?": no dismissal; the patron never says she is done',
    lines: [
      [0, 'p', 'I have a list of about 20 titles I want to check if you own, can you look them all up?'],
      [28, 'l', "Hi there, and thank you so much for contacting the Ask Us team at Arlington Public Library! This is Marisol. Could you paste the first few titles so we can get started?"],
      [70, 'p', 'The Overstory, Braiding Sweetgrass, Lab Girl, The Hidden Life of Trees'],
      [78, 'l', 'Let me look those up for you, one moment!'],
      [150, 'l', 'Good news: all four are in the catalog at library.arlingtonva.us, and Braiding Sweetgrass is on the shelf at Central right now. Is that the sort of thing you need for each title?'],
      [190, 'p', 'yes exactly, ok here are the next 16'],
      [200, 'l', "I'm so sorry, we have quite a few patrons waiting in the chat queue right now, so I can't go through all 16 here. Could you pop back in an hour, or email the whole list to ask@arlingtonva.us and we'll check every title for you? Thank you so much for understanding!"],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- canned scripts: LibChat and QuestionPoint ---------------------------------------------------------------------
  {
    name: 'LibChat macros in Title Case with the names filled: "Hi! Thanks For Contacting Ask A Librarian @ Boise State. My Name Is Kelsey…"; "Does This Completely Answer Your Question?"; "Is There Anything Else…"; "Thank You For Using Ask A Librarian!"',
    lines: [
      [0, 'p', 'how do I get an interlibrary loan for a book we dont have'],
      [20, 'l', "Hi! Thanks For Contacting Ask A Librarian @ Boise State. My Name Is Kelsey And I'll Be Helping You Today."],
      [26, 'l', 'Do you have the title already, or are you still looking for one?'],
      [60, 'p', 'i have it, its The Dawn of Everything by Graeber'],
      [68, 'l', "Log in to ILLiad at library.boisestate.edu/ill with your BroncoWeb login, choose Book Request and enter the title; it usually arrives in 5-7 days and you'll get an email when it's in. Does This Completely Answer Your Question?"],
      [110, 'p', 'yes thank you'],
      [114, 'l', 'Is There Anything Else I Can Help You With Today?'],
      [130, 'p', 'nope'],
      [134, 'l', 'Thank You For Using Ask A Librarian! Have A Great Day!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Thank you for using Ask a Librarian 24/7" at pickup greets as "thanks for contacting…" does
    // reading: "It seems we may have been disconnected. If you need further assistance, please contact us again."
    // says the patron seems gone but not that the session ends: no notice (it thanks and invites back: a goodbye)
    name: 'QuestionPoint macros: "Are you still there? I haven\'t heard from you in a while." then "It seems we may have been disconnected. If you need further assistance, please contact us again…" (idle 220 s): check-in passes, disconnect fails',
    lines: [
      [0, 'p', 'I need the population of Cuyahoga County in 1950 for a report'],
      [40, 'l', "Thank you for using Ask a Librarian 24/7. My name is Karen, and I am a librarian at Worthington Libraries (Ohio). I'm reading your question now."],
      [75, 'l', 'Do you need the county total only, or broken down by city?'],
      [110, 'p', 'just the county total'],
      [118, 'l', 'One moment while I check the census tables.'],
      [200, 'l', 'The 1950 census counted 1,389,532 people in Cuyahoga County (Census of Population 1950, Vol. I, Table 6), online at census.gov/library/publications/1953/dec/population-vol-01.html. Does this completely answer your question?'],
      [330, 'l', "Are you still there? I haven't heard from you in a while."],
      [420, 'l', 'It seems we may have been disconnected. If you need further assistance, please contact us again. Thank you for using Ask a Librarian 24/7.'],
      [422, 's', 'Librarian ended chat session', sys('ended')],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'QuestionPoint macros, the full set: "Hello, and welcome to…", "Does this completely answer your question? Is there anything else…", "Are you still there?", "I haven\'t heard from you in a while. It appears you have been disconnected, so I am ending this session…" (idle 220 s): both pass',
    lines: [
      [0, 'p', 'what is the difference between a primary and secondary source'],
      [30, 'l', "Hello, and welcome to the Ask a Librarian 24/7 service. I'm Darnell, a librarian at a cooperating library in Maryland. Is this for a particular assignment, such as a history paper?"],
      [75, 'p', 'yes for us history'],
      [82, 'l', "Please hold while I find a good guide for you."],
      [150, 'l', "A primary source was created at the time (a letter, diary, photograph or newspaper), a secondary source discusses it later (a textbook or article). The Library of Congress explains it with history examples at loc.gov/programs/teachers/getting-started-with-primary-sources/. Does this completely answer your question? Is there anything else I can help you with today?"],
      [280, 'l', 'Are you still there?'],
      [370, 'l', "I haven't heard from you in a while. It appears you have been disconnected, so I am ending this session now. Please feel free to contact us again. Goodbye."],
      [372, 's', 'Librarian ended chat session', sys('ended')],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "If We Don't Hear From You Soon, This Chat Will Be Closed." is a condition that does not say the patron
    // seems gone (round ten's reading): no notice
    name: 'LibChat idle macro near miss: "Are You Still There? If We Don\'t Hear From You Soon, This Chat Will Be Closed." then the system closes it (idle 270 s): check-in passes, disconnect fails, no goodbye',
    lines: [
      [0, 'p', 'can alumni use the databases from home'],
      [18, 'l', 'Hi, Thanks For Chatting With The Reference Desk At Ramsey Library, UNC Asheville! This Is Jamie.'],
      [24, 'l', 'Which database were you hoping to use?'],
      [60, 'p', 'mostly academic search complete'],
      [68, 'l', "Alumni can't use Academic Search Complete from home, because of our license, but you can use it on any library computer as a walk-in user, and the Alumni Resources page at library.unca.edu/alumni lists the free databases you can use from home. Does that answer your question?"],
      [210, 'l', "Are You Still There? If We Don't Hear From You Soon, This Chat Will Be Closed."],
      [335, 's', 'Chat closed due to inactivity.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },

  // ---- several short bubbles in a row --------------------------------------------------------------------------------
  {
    name: 'bubbles: "hi!" / "i\'m Rae at Salt Lake County Library 📚" / "what grade is this for?"; the answer in five bubbles with "that work?" alone; "anything else?"; "ok bye!!"',
    lines: [
      [0, 'p', 'i need info about the great salt lake for a school project'],
      [15, 'l', 'hi!'],
      [18, 'l', "i'm Rae at Salt Lake County Library 📚"],
      [22, 'l', 'what grade is this for?'],
      [45, 'p', '5th'],
      [52, 'l', 'ok so'],
      [56, 'l', 'Britannica School has a great article on it'],
      [60, 'l', 'link: school.eb.com, search great salt lake'],
      [63, 'l', 'log in w/ your library card #'],
      [66, 'l', 'that work?'],
      [90, 'p', 'yes'],
      [94, 'l', 'anything else?'],
      [105, 'p', 'no'],
      [108, 'l', 'ok bye!!'],
    ],
    exp: usual(),
  },
  {
    // reading: the greeting's two parts must be in the first two provider messages; bubbles are messages
    name: 'bubbles near miss: "hey there!" / "what can i help with today?" / "oh i\'m Jess btw, from Pima County Public Library": the name comes in the third message, greeting fails',
    lines: [
      [0, 'p', 'do you have passport appointments at any branch'],
      [12, 'l', 'hey there!'],
      [15, 'l', 'what can i help with today?'],
      [18, 'l', "oh i'm Jess btw, from Pima County Public Library"],
      [22, 'l', 'do you need a new passport or a renewal?'],
      [50, 'p', 'new one for my son, hes 10'],
      [58, 'l', 'minors have to apply in person w/ both parents'],
      [61, 'l', 'the Joel D. Valdez Main Library does passports by appt'],
      [64, 'l', 'book at library.pima.gov/passports'],
      [67, 'l', 'does that help?'],
      [100, 'p', "yes that's all i needed thx"],
      [104, 'l', 'yay! thanks for chatting 👋'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'bubbles with a follow-up: "ok i cant find it rn" / "ill ask our ILL team" / "& email u by tues" / "whats ur email?"; the address repeated back; Follow-up by me',
    lines: [
      [0, 'p', 'is there a library that has the 1992 Sun City phone book'],
      [20, 'l', 'hi, Kai from Maricopa County Library District here'],
      [24, 'l', 'Sun City AZ right?'],
      [40, 'p', 'yes'],
      [45, 'l', 'one sec, checking'],
      [130, 'l', 'WorldCat only shows 1995 and later: worldcat.org, search "Sun City telephone directory"'],
      [133, 'l', 'ok i cant find 1992 rn'],
      [136, 'l', 'ill ask our ILL team'],
      [139, 'l', '& email u by tues'],
      [142, 'l', 'whats ur email?'],
      [170, 'p', 'gpaulsen@example.org'],
      [176, 'l', 'got it: gpaulsen@example.org'],
      [180, 'l', 'does 1995 help in the meantime or do u need 92 exactly?'],
      [210, 'p', 'need 92 but thanks'],
      [215, 'l', 'np, anything else?'],
      [230, 'p', 'no'],
      [234, 'l', 'ok talk soon, bye!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },

  // ---- all lower case, typos -----------------------------------------------------------------------------------------
  {
    name: 'all lower case with typos: "hi there, this is amber at wake county libraires."; "ok let me chekc"; "does taht work for u?"; "anythign else?"; "thx for chattin, bye!"',
    lines: [
      [0, 'p', 'hi do u have book club kits for the women by kristin hannah'],
      [22, 'l', 'hi there, this is amber at wake county libraires. is this for a club that meets in wake county?'],
      [55, 'p', 'yes in cary'],
      [60, 'l', 'ok let me chekc'],
      [140, 'l', 'we have 2 kits of the women, 10 copies each. u can resreve one at wake.gov/libraries/bookclubkits, pickup at cary branch. does taht work for u?'],
      [180, 'p', 'yes great'],
      [185, 'l', 'anythign else?'],
      [200, 'p', 'nope'],
      [204, 'l', 'thx for chattin, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'all lower case idle: "hey, this is rob from the ask a librarian desk at tulsa library"; "u still there?"; "looks like u got disconnected so im gonna end the chat, come back anytime" (idle 215 s): both pass',
    lines: [
      [0, 'p', 'whats the wifi password at central'],
      [20, 'l', 'hey, this is rob from the ask a librarian desk at tulsa library. are u on a laptop or phone?'],
      [50, 'p', 'phone'],
      [56, 'l', 'no password, just pick tccl-public and accept the terms on the splash page. more at tulsalibrary.org/wifi. did that fix it?'],
      [190, 'l', 'u still there?'],
      [271, 'l', 'looks like u got disconnected so im gonna end the chat, come back anytime'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- emoji ---------------------------------------------------------------------------------------------------------
  {
    name: 'emoji: "Hiii 👋 I\'m Tasha from Sacramento Public Library 📚✨"; "one sec 🔍"; "did that help? 🤞"; "anything else? 😊"; "bye! 👋💙"',
    lines: [
      [0, 'p', 'can i borrow a telescope from the library??'],
      [18, 'l', "Hiii 👋 I'm Tasha from Sacramento Public Library 📚✨ which branch is closest to you?"],
      [45, 'p', 'arden-dimick'],
      [50, 'l', 'one sec 🔍'],
      [120, 'l', 'found it 🎉 telescopes are in the Library of Things, 2 at Arden-Dimick, 1 week loans. reserve at saclibrary.org/things 🔭 did that help? 🤞'],
      [150, 'p', 'yesss'],
      [154, 'l', 'anything else? 😊'],
      [170, 'p', 'nope'],
      [174, 'l', 'bye! 👋💙'],
    ],
    exp: usual(),
  },
  {
    // reading: a bare "👍" neither thanks nor says goodbye; "yes ty" and "bye" do not say the patron is done
    name: 'emoji near miss: the provider\'s last words are "👍" after the answer: courteous fails; the patron\'s "yes ty" and "bye" are not a done',
    lines: [
      [0, 'p', 'are the pools at the rec center run by the library?'],
      [25, 'l', 'Hi! Marco with Fort Worth Public Library here 😊 do you mean the Hillside rec center?'],
      [50, 'p', 'yeah'],
      [56, 'l', "The rec centers are run by Fort Worth Park & Recreation, not the library; the pool schedule is at fortworthtexas.gov/departments/parks. Does that help? 🏊"],
      [90, 'p', 'yes ty'],
      [94, 'l', '👍'],
      [110, 'p', 'bye'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },

  // ---- British, Irish, Australian, Canadian --------------------------------------------------------------------------
  {
    name: 'British: "Hiya, you\'re through to Ask a Librarian at Bristol Libraries, Poppy here"; "I\'ll have a quick look, bear with"; the Register Office "on 0117 922 2800 or bristol.gov.uk/registeroffice"; "Cheers, bye!"',
    lines: [
      [0, 'p', 'hello, how would I get a copy of my gran\'s death certificate from 1987, she died in Bristol'],
      [25, 'l', "Hiya, you're through to Ask a Librarian at Bristol Libraries, Poppy here. Do you know roughly which month, and her full name at the time?"],
      [70, 'p', 'March I think, Edna May Collins'],
      [76, 'l', "Lovely, I'll have a quick look, bear with."],
      [150, 'l', "You can search the index free on FreeBMD (freebmd.org.uk) to check the entry, then order the certificate from the Bristol Register Office: ring them on 0117 922 2800 or order at bristol.gov.uk/registeroffice. Is that the sort of thing you're after?"],
      [200, 'p', 'perfect thank you'],
      [205, 'l', 'No problem at all. Anything else I can help with?'],
      [220, 'p', "no that's grand, ta"],
      [226, 'l', 'Cheers, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "pop in and see the Local Studies team on the 3rd floor" tells the patron to visit the provider's own
    // library's department: a referral; a floor is no e-mail, phone, postal address or URL
    name: 'British near miss: "pop in and see the Local Studies team on the 3rd floor, they\'re lovely" has no way to reach them: referral fails; the map at kypwest.org.uk is the source',
    lines: [
      [0, 'p', 'Hi, I want to find out how old my house in Easton is'],
      [22, 'l', "Morning! You've reached Bristol Libraries' online enquiries, I'm Callum. Do you know roughly when it was built, Victorian or later?"],
      [60, 'p', 'we think about 1890s'],
      [68, 'l', "Brilliant. Have a look at the Know Your Place map (kypwest.org.uk): you can lay the 1880s and 1900s Ordnance Survey maps over today's streets and see when your house appears. For the deeds side of it, pop in and see the Local Studies team on the 3rd floor, they're lovely. Does that sort you out?"],
      [120, 'p', "yes that's everything, cheers"],
      [125, 'l', 'Cheerio, good luck with the sleuthing!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "No worries!" answers thanks; it neither thanks nor says goodbye
    name: 'Australian near miss: "Morning! Bec here from State Library Victoria\'s Ask a Librarian"; "I\'ll have a squiz"; "Reckon that\'ll do ya?"; the last words "No worries!": courteous fails',
    lines: [
      [0, 'p', 'hi, do you have old Argus newspapers from the 1930s online'],
      [20, 'l', "Morning! Bec here from State Library Victoria's Ask a Librarian. After a particular date or story?"],
      [55, 'p', 'a story about my grandad winning a ploughing match, 1934'],
      [60, 'l', "Too easy, I'll have a squiz."],
      [130, 'l', "The Argus 1848-1957 is free on Trove: trove.nla.gov.au, search Newspapers for ploughing match and his surname, then narrow to 1934 and The Argus (Melbourne). Reckon that'll do ya? Anything else I can help with?"],
      [180, 'p', "yep that's all, ta"],
      [184, 'l', 'No worries!'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'Australian referral: BDM Victoria "on 1300 369 367 or bdm.vic.gov.au"; "Does that help ya?"; "Anything else I can do ya for?"; "Cheers, have a good arvo!"',
    lines: [
      [0, 'p', 'How do I change my name after getting married in Melbourne?'],
      [30, 'l', "G'day, you've got Liam at Yarra Libraries. Did you marry in Victoria, or somewhere else?"],
      [70, 'p', 'in Victoria, last month'],
      [78, 'l', "You don't have to register a change after marriage in Victoria: you just use your marriage certificate. To get the official certificate, contact Births, Deaths and Marriages Victoria on 1300 369 367 or bdm.vic.gov.au. Does that help ya?"],
      [120, 'p', 'yes great'],
      [124, 'l', 'Anything else I can do ya for?'],
      [140, 'p', 'no thats it'],
      [144, 'l', 'Cheers, have a good arvo!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the Service BC centre in Kelowna can also take your application" sends the patron to a second party,
    // named with no way to reach it
    name: 'Canadian: "Hi there! Thanks for contacting AskAway, I\'m Gurpreet, a librarian at Vancouver Public Library"; Vital Statistics "1-888-876-1633 or gov.bc.ca/vitalstatistics" but "the Service BC centre in Kelowna" with nothing: referral fails; "Thanks for using AskAway, take care!"',
    lines: [
      [0, 'p', 'I need my birth certificate for a passport, I was born in Kelowna'],
      [24, 'l', "Hi there! Thanks for contacting AskAway, I'm Gurpreet, a librarian at Vancouver Public Library. Is it a replacement for a lost one, or your first long-form copy?"],
      [70, 'p', 'lost mine'],
      [76, 'l', 'One moment, just checking the current fees.'],
      [140, 'l', "You can order a replacement from the BC Vital Statistics Agency: call 1-888-876-1633 or apply online at gov.bc.ca/vitalstatistics; it's $27. The Service BC centre in Kelowna can also take your application. Does that answer your question?"],
      [190, 'p', 'yes thanks'],
      [194, 'l', 'Anything else I can help you with today?'],
      [210, 'p', 'no thank you'],
      [215, 'l', 'Thanks for using AskAway, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- Spanish and English in one session ----------------------------------------------------------------------------
  {
    // reading: the patron's "es todo" ("that's all") says on her own that she is done
    name: 'Spanish and English: "¡Hola! Hi! Soy Daniel, de la Biblioteca Pública de Tucson / I\'m Daniel from Tucson Public Library"; "¿Le sirve? Does that help?"; the patron "si gracias, es todo"',
    lines: [
      [0, 'p', 'hola, mi hijo necesita ayuda con matematicas, tienen tutores?'],
      [25, 'l', "¡Hola! Hi! Soy Daniel, de la Biblioteca Pública de Tucson / I'm Daniel from Tucson Public Library. ¿En qué grado está su hijo? What grade is he in?"],
      [60, 'p', 'septimo grado'],
      [65, 'l', 'Un momento, déjeme buscar / one moment please.'],
      [130, 'l', 'Tutor.com es gratis con su tarjeta de la biblioteca, en inglés y en español, todos los días de 1 pm a 11 pm: library.pima.gov/tutor. Tutor.com is free with your library card. ¿Le sirve? Does that help?'],
      [175, 'p', 'si gracias, es todo'],
      [180, 'l', '¡Gracias por comunicarse! Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "mañana antes del mediodía" ("tomorrow before noon") says when
    name: 'Spanish and English follow-up: "Le envío la lista por correo mañana antes del mediodía / I\'ll email you the list tomorrow before noon", the address repeated back; Follow-up by me',
    lines: [
      [0, 'p', 'Buenas tardes, busco libros en español sobre diabetes para mi mamá'],
      [30, 'l', 'Buenas tardes / Good afternoon! Le atiende Sofía, bibliotecaria de la Biblioteca Pública de Dallas. ¿Prefiere libros impresos o de letra grande?'],
      [75, 'p', 'letra grande si hay'],
      [82, 'l', 'Déjeme revisar el catálogo, un momentito.'],
      [160, 'l', 'Tenemos "Diabetes: guía para el paciente" en letra grande en la Central: dallaslibrary2.org, busque diabetes y filtre por Spanish y Large Print. ¿Le sirvió? Hay pocos; voy a buscar más.'],
      [200, 'p', 'si me sirve, gracias. me puede mandar mas?'],
      [206, 'l', 'Claro. Le envío la lista por correo mañana antes del mediodía / I\'ll email you the list tomorrow before noon. ¿Cuál es su correo?'],
      [240, 'p', 'rosa.mendez@example.org'],
      [246, 'l', 'rosa.mendez@example.org, ¿correcto? ¿Algo más en que le pueda ayudar?'],
      [270, 'p', 'correcto, nada mas gracias'],
      [275, 'l', '¡Que le vaya bien! Take care!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Spanish only, idle: "¿Aún está por ahí?" then "Al parecer se perdió la conexión, así que voy a cerrar esta sesión. ¡Gracias por escribirnos!" (idle 230 s): both pass',
    lines: [
      [0, 'p', 'hola donde puedo votar en las elecciones de noviembre'],
      [22, 'l', '¡Hola! Le saluda Andrés, bibliotecario de la Biblioteca del Condado de Los Ángeles. ¿Ya está registrado para votar?'],
      [60, 'p', 'si ya estoy registrado'],
      [66, 'l', 'Perfecto. Puede buscar su centro de votación con su dirección en lavote.gov, en la sección "Localizador de centros de votación" (la página está en español). ¿Le sirve esta información?'],
      [200, 'l', '¿Aún está por ahí?'],
      [296, 'l', 'Al parecer se perdió la conexión, así que voy a cerrar esta sesión. ¡Gracias por escribirnos!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- follow-up promises ---------------------------------------------------------------------------------------------
  {
    // reading: "as soon as I hear back" says no when
    name: 'warm follow-up near miss: "I\'ll reach out by email as soon as I hear back from our cataloguer!" with the address repeated back: contact fails (no when)',
    lines: [
      [0, 'p', 'the catalog says a book is on order, any idea when it will be available'],
      [20, 'l', "Hi there, and thanks so much for reaching out to Ask LAPL! I'm Naomi, one of the librarians. Which book is it?"],
      [50, 'p', 'Intermezzo by Sally Rooney'],
      [56, 'l', "Ooh, great pick! Let me peek at the order record for you."],
      [120, 'l', "The catalog record is at lapl.org/catalog (search Intermezzo), and it shows 40 copies on order, but no date yet. I'll reach out by email as soon as I hear back from our cataloguer! What's the best email for you?"],
      [160, 'p', 'dtran@example.org'],
      [166, 'l', 'Perfect, dtran@example.org it is! Does that help for now?'],
      [190, 'p', 'yes thank you'],
      [196, 'l', 'Anything else I can do for you in the meantime?'],
      [210, 'p', 'no thats all'],
      [215, 'l', 'Thank you so much for chatting with us, have a lovely evening!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'British follow-up promise coded Answered: "I\'ll ring round the branches and email you by Thursday lunchtime" at the confirmed address: contact passes, code fails',
    lines: [
      [0, 'p', 'Is there a copy of the 1974 Leeds United match programme anywhere in the library?'],
      [30, 'l', "Hello, you've reached Leeds Libraries' Ask Us chat, Harriet speaking. Which match was it, home or away?"],
      [70, 'p', 'FA cup final against Sunderland, 1973 actually sorry'],
      [78, 'l', "No worries, one tick while I look."],
      [150, 'l', "The catalogue at leeds.gov.uk/libraries shows a bound volume of 1972-73 programmes at Central, but not which matches are in it. I'll ring round the branches and email you by Thursday lunchtime. Is brian.h@example.org still the right address?"],
      [190, 'p', 'yes that is right, brian.h@example.org'],
      [196, 'l', 'Lovely. Is that alright for now? Anything else I can help with?'],
      [220, 'p', 'no thats all thank you'],
      [226, 'l', 'Ta-ra, speak Thursday!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
];

export const short: SessionCase[] = [
  // ---- greeting ------------------------------------------------------------------------------------------------------
  {
    name: 'greeting, Irish: "Evening! Library chat, you\'ve got Niamh."',
    lines: [[0, 'p', 'do ye have the leaving cert past papers'], [20, 'l', "Evening! Library chat, you've got Niamh."], [24, 'l', 'Which subject are you after?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting near miss: "Hi there! 😊 What are you looking for today?" then "one sec, reading your question": nobody identified',
    lines: [[0, 'p', 'hours for main?'], [20, 'l', 'Hi there! 😊 What are you looking for today?'], [24, 'l', 'one sec, reading your question'], [40, 'l', "I'm Bea from Mesa Public Library, Main is open 9-8 today."]],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greeting, Title Case macro: "Welcome To The Ask Us Service! Librarian Jan Is Ready To Help."',
    lines: [[0, 'p', 'I need help with APA'], [15, 'l', 'Welcome To The Ask Us Service! Librarian Jan Is Ready To Help.'], [22, 'l', 'Is it APA 7th edition?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting in two bubbles, Spanish: "¡Hola!" / "Soy Pilar, bibliotecaria"',
    lines: [[0, 'p', 'tienen libros para aprender ingles?'], [20, 'l', '¡Hola!'], [23, 'l', 'Soy Pilar, bibliotecaria 😊 ¿Es para usted o para un niño?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting, terse: "hey - ref desk, UW Libraries. what u need?"',
    lines: [[0, 'p', 'yo can i print in suzzallo'], [12, 'l', 'hey - ref desk, UW Libraries. what u need?']],
    exp: some({ greeting: 'pass' }),
  },

  // ---- clarify -------------------------------------------------------------------------------------------------------
  {
    name: 'clarify, terse: "ebook or print?" before the source',
    lines: [[0, 'p', 'want the new louise penny'], [15, 'l', 'hi, Kay @ Burlington PL. ebook or print?'], [40, 'p', 'ebook'], [45, 'l', 'Libby: burlington.overdrive.com, 12 holds ahead. ok?']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'clarify near miss, warm: "Oh I LOVE that question!! Here\'s a wonderful place to start…" asks nothing before the source',
    lines: [[0, 'p', 'info on monarch butterfly migration?'], [20, 'l', "Hi, I'm Sue at Austin Public Library! Oh I LOVE that question!! Here's a wonderful place to start: Journey North at journeynorth.org tracks the migration live every year. Happy exploring!!"]],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'clarify, Spanish and English in one bubble: "¿Para qué grado? Which grade?"',
    lines: [[0, 'p', 'necesito un libro sobre los aztecas'], [20, 'l', 'Hola, soy Leo de la biblioteca. ¿Para qué grado? Which grade?'], [50, 'p', '4to'], [55, 'l', 'Britannica Escolar tiene un artículo: escolar.eb.com']],
    exp: some({ clarify: 'pass' }),
  },

  // ---- completeness --------------------------------------------------------------------------------------------------
  {
    name: 'completeness, British terse: "sorted?"',
    lines: [[0, 'p', 'how do i renew online'], [15, 'l', 'Hi, Josh at Bristol Libraries. Through your account?'], [40, 'p', 'yes'], [45, 'l', 'Log in at bristol.gov.uk/libraries, Loans, Renew all.'], [48, 'l', 'sorted?']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "Should sort you out 👍" states a belief, it asks nothing
    name: 'completeness near miss: "Should sort you out 👍" asks nothing',
    lines: [[0, 'p', 'how do i renew online'], [15, 'l', 'Hi, Josh at Bristol Libraries. Through your account?'], [40, 'p', 'yes'], [45, 'l', 'Log in at bristol.gov.uk/libraries, Loans, Renew all. Should sort you out 👍'], [80, 'p', 'ok']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness, Spanish: "¿Le sirvió? / Did that help?" in its own bubble',
    lines: [[0, 'p', 'cuanto cuesta la tarjeta'], [15, 'l', 'Hola, soy Ana de la Biblioteca de Houston. ¿Vive en Houston?'], [40, 'p', 'si'], [45, 'l', 'Es gratis para residentes: houstonlibrary.org/card'], [48, 'l', '¿Le sirvió? / Did that help?']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness near miss, warm: "Enjoy! That should be everything you need 😊" asks nothing',
    lines: [[0, 'p', 'where do i find free sewing patterns'], [20, 'l', "Hello! I'm Dot from Omaha Public Library. For clothes or quilts?"], [45, 'p', 'quilts'], [50, 'l', "The Creativebug classes at omahalibrary.org/creativebug have free quilt patterns with your card. Enjoy! That should be everything you need 😊"], [80, 'p', 'ok thx']],
    exp: some({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'completeness, Canadian: "Does that help, eh?"',
    lines: [[0, 'p', 'is the library open on victoria day'], [15, 'l', 'Hi, Marie-Claude at Ottawa Public Library here. This Monday?'], [40, 'p', 'ya'], [45, 'l', "All branches are closed Monday May 19; holiday hours are at biblioottawalibrary.ca/hours. Does that help, eh?"]],
    exp: some({ complete: 'pass' }),
  },

  // ---- anything else -------------------------------------------------------------------------------------------------
  {
    name: 'anything else, Spanish: "¿Se le ofrece algo más?"',
    lines: [[0, 'p', 'a que hora cierran'], [15, 'l', 'Hola, le atiende Rita de la biblioteca. ¿Cuál sucursal?'], [30, 'p', 'la central'], [35, 'l', 'Cierra a las 8 pm: elpasolibrary.org/hours. ¿Le sirve?'], [60, 'p', 'si'], [64, 'l', '¿Se le ofrece algo más?']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: "Need anything else, just holler!" means "if you need anything else, holler": a condition, not a question
    name: 'anything else near miss: "Need anything else, just holler!" and the patron\'s "ok ty"',
    lines: [[0, 'p', 'is there parking at the main branch'], [15, 'l', 'Hi, Pete at Tampa-Hillsborough library here. Driving in today?'], [30, 'p', 'yes'], [35, 'l', 'Free garage on Ashley St for 2 hrs with validation: hcplc.org/locations. Did that help? Need anything else, just holler!'], [60, 'p', 'ok ty']],
    exp: some({ complete: 'pass', anything: 'fail' }),
  },
  {
    name: 'anything else, British patron on her own: "cheers, that\'s me sorted"',
    lines: [[0, 'p', 'can i pay fines online'], [15, 'l', 'Hiya, Amy at Sheffield Libraries. Which card is it on, yours?'], [30, 'p', 'yes'], [35, 'l', 'Yes, under My Account at sheffield.gov.uk/libraries, Pay. Does that help?'], [60, 'p', "cheers, that's me sorted"]],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'anything else near miss: the patron only says "cheers mate"',
    lines: [[0, 'p', 'can i pay fines online'], [15, 'l', 'Hiya, Amy at Sheffield Libraries. Which card is it on, yours?'], [30, 'p', 'yes'], [35, 'l', 'Yes, under My Account at sheffield.gov.uk/libraries, Pay. Does that help?'], [60, 'p', 'cheers mate']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'anything else, two bubbles: "anything" / "else?"',
    lines: [[0, 'p', 'ok how do i get a card'], [15, 'l', 'hi, Mo at Tacoma PL. u live in tacoma?'], [30, 'p', 'yes'], [35, 'l', 'apply at tacomalibrary.org/card, that help?'], [50, 'p', 'yes'], [53, 'l', 'anything'], [55, 'l', 'else?']],
    exp: some({ anything: 'pass' }),
  },

  // ---- courteous -----------------------------------------------------------------------------------------------------
  {
    name: 'courteous, British: "Cheerio, all the best with the essay!"',
    lines: [[0, 'p', 'need the harvard referencing guide'], [15, 'l', 'Hi, Tom at Leeds Beckett Library. Harvard for a website?'], [30, 'p', 'yes'], [35, 'l', 'Cite Them Right Online: leedsbeckett.ac.uk/library/citethemright. Does that help?'], [60, 'p', 'yes thats everything'], [64, 'l', 'Cheerio, all the best with the essay!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'courteous near miss: "No worries 🙂" then "np" as the provider\'s last two',
    lines: [[0, 'p', 'printing cost?'], [15, 'l', 'Hi, Jo at Sample Library. b&w or colour?'], [30, 'p', 'b&w'], [35, 'l', '10p a page, details at samplelibrary.org.uk/print'], [50, 'p', 'thanks!'], [53, 'l', 'No worries 🙂'], [60, 'p', 'is that per side'], [66, 'l', 'yep per side'], [80, 'p', 'ok thx'], [84, 'l', 'np']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'courteous, Title Case macro: "Thank You For Using Ask Us 24/7. Goodbye."',
    lines: [[0, 'p', 'what year did the erie canal open'], [20, 'l', 'Hello, this is Carl, a librarian with Ask Us 24/7. For a school project?'], [40, 'p', 'yes'], [45, 'l', '1825: see the New York State Canals history page at canals.ny.gov/history. Does that answer it?'], [70, 'p', 'yes bye'], [74, 'l', 'Thank You For Using Ask Us 24/7. Goodbye.']],
    exp: some({ courteous: 'pass' }),
  },

  // ---- holds and keeping informed ------------------------------------------------------------------------------------
  {
    name: 'hold, chat-speak: "brb, checking the stacks" then 150 s: keep informed fails',
    lines: [[0, 'p', 'is the cookbook on the shelf'], [15, 'l', 'hi, Lu at Boulder Public Library. which one?'], [30, 'p', 'salt fat acid heat'], [36, 'l', 'brb, checking the stacks'], [186, 'l', 'yep its there, 641.5 NOS, main library. boulderlibrary.org/catalog to put it on hold. ok?']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'hold, Spanish: "Déjeme revisar, un momentito" then 140 s: keep informed fails',
    lines: [[0, 'p', 'tienen clases de ciudadania'], [15, 'l', 'Hola, soy Beto de la Biblioteca de San José. ¿En persona o en línea?'], [35, 'p', 'en persona'], [40, 'l', 'Déjeme revisar, un momentito.'], [180, 'l', 'Sí, los sábados en la biblioteca MLK: sjpl.org/citizenship. ¿Le sirve?']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'warm provider, not a hold: "Take all the time you need, I\'m not going anywhere!" then the patron comes back 200 s later: keep informed passes',
    lines: [[0, 'p', 'hold on let me find my card number'], [15, 'l', "Hi! I'm Ruth at Spokane Public Library. Take all the time you need, I'm not going anywhere!"], [215, 'p', 'ok its 2901234'], [222, 'l', 'Thanks! What can I look up on your account?']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'terse holds in bubbles: "checking." then "still looking" and 130 s more: the second hold starts a span that lasts too long, keep informed fails',
    lines: [[0, 'p', 'need census tract for 100 main st anytown'], [15, 'l', 'hi, GIS librarian, Tufts. which year?'], [30, 'p', '2020'], [34, 'l', 'checking.'], [120, 'l', 'still looking'], [250, 'l', 'tract 3512.01: geocoding.geo.census.gov. that it?']],
    exp: some({ informed: 'fail' }),
  },

  // ---- check-ins and notices -----------------------------------------------------------------------------------------
  {
    // reading: a bare "Hello?" to a silent patron asks whether anyone is there
    name: 'check-in: a bare "Hello?" in a final idle of 150 s',
    lines: [[0, 'p', 'how many books can i borrow'], [15, 'l', 'Hi, Sam at Reno library. On an adult card?'], [30, 'p', 'yes'], [35, 'l', '50 at a time: washoecountylibrary.us/policies. Does that help?'], [140, 'l', 'Hello?']],
    over: { endAfter: 50 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'check-in near miss: "Take your time reading through those! 😊" in a final idle of 150 s',
    lines: [[0, 'p', 'how many books can i borrow'], [15, 'l', 'Hi, Sam at Reno library. On an adult card?'], [30, 'p', 'yes'], [35, 'l', '50 at a time: washoecountylibrary.us/policies. Does that help?'], [100, 'l', 'Take your time reading through those! 😊']],
    over: { endAfter: 85 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'British notice: "You still with me?" then "Seems we\'ve lost you, so I\'ll wrap this chat up now - ta-ra!" (idle 200 s): both pass',
    lines: [[0, 'p', 'do u have audiobooks'], [15, 'l', 'Hi, Gemma at Leeds Libraries. On an app, or CDs?'], [30, 'p', 'app'], [35, 'l', 'BorrowBox: leeds.gov.uk/libraries/borrowbox. Is that what you were after?'], [170, 'l', 'You still with me?'], [235, 'l', "Seems we've lost you, so I'll wrap this chat up now - ta-ra!"]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'notice near miss, macro: "This Session Will Now End. Thank You For Using Ask A Librarian." never says the patron seems gone (idle 200 s)',
    lines: [[0, 'p', 'do u have audiobooks'], [15, 'l', 'Hi, Gemma at Leeds Libraries. On an app, or CDs?'], [30, 'p', 'app'], [35, 'l', 'BorrowBox: leeds.gov.uk/libraries/borrowbox. Is that what you were after?'], [170, 'l', 'Are You Still There?'], [235, 'l', 'This Session Will Now End. Thank You For Using Ask A Librarian.']],
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'pass' }),
  },

  // ---- follow-up and referral ----------------------------------------------------------------------------------------
  {
    name: 'follow-up near miss, macro: "A librarian will follow up with you via email shortly." at the confirmed address: no when',
    lines: [[0, 'p', 'need articles on ranked choice voting, my email is kb@example.org'], [20, 'l', 'Hello, Ask a Librarian here, this is Maya. Academic articles or news?'], [40, 'p', 'academic'], [45, 'l', 'I will need more time to search. A librarian will follow up with you via email shortly. Confirming kb@example.org?'], [60, 'p', 'yes']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'follow-up, warm: "you can expect an email from me within 48 hours at lp@example.org!"',
    lines: [[0, 'p', 'can you find who owned my house in 1900'], [20, 'l', "Hi, I'm Fran, a librarian at Savannah's Bull Street Library. What's the street address?"], [40, 'p', '14 E Jones St'], [45, 'l', "Ooh, fun! I'll dig through the city directories and you can expect an email from me within 48 hours! What email should I use?"], [70, 'p', 'lp@example.org'], [75, 'l', 'Got it, lp@example.org!']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    name: 'referral, terse: "call Vital Records: 602-364-1300"',
    lines: [[0, 'p', 'birth cert az'], [15, 'l', 'hi, Phoenix PL ref. yours?'], [25, 'p', 'yes'], [30, 'l', 'call Vital Records: 602-364-1300']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'referral near miss, British: "give the council a ring, they\'ll sort it" with no number',
    lines: [[0, 'p', 'theres a pothole outside the library'], [15, 'l', 'Hi, Sue at Leeds Libraries. Outside Central?'], [30, 'p', 'yes'], [35, 'l', "Give the council a ring, they'll sort it."]],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'referral, Spanish: "Puede llamar al Consulado de México al 520-555-0142"',
    lines: [[0, 'p', 'como renuevo mi pasaporte mexicano'], [15, 'l', 'Hola, soy Ema de la biblioteca de Tucson. ¿Está vencido?'], [30, 'p', 'si'], [35, 'l', 'Puede llamar al Consulado de México al 520-555-0142 para hacer una cita.']],
    exp: some({ referral: 'pass' }),
  },

  // ---- dismissals ----------------------------------------------------------------------------------------------------
  {
    name: 'dismissal, emoji: "ur time\'s up ⏰ gotta go"',
    lines: [[0, 'p', 'and another thing, how do i find my overdue list'], [15, 'l', 'hi, Al at Toledo library. which card?'], [30, 'p', 'mine'], [35, 'l', "ur time's up ⏰ gotta go"]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'no dismissal, warm: "there\'s a few folks waiting so I need to hop off, but come back anytime or email ask@lincolnlibraries.org!"',
    lines: [[0, 'p', 'can you also check 10 more titles'], [15, 'l', "Hi, Deb at Lincoln City Libraries. There's a few folks waiting so I need to hop off, but come back anytime or email ask@lincolnlibraries.org with the list!"]],
    exp: some({ dismissal: 'pass' }),
  },

  // ---- near misses that guard this round's widenings (rubric.ts block N6, classify.ts `GOT_NAME_N6`) ----------------
  {
    // reading: "…, ok?" asks leave for something not yet done (the hold), not whether what was given meets the need
    name: 'near miss: "I\'ll put it on hold for you, ok?" after the answer is no completeness question (only a bare "ok?" is)',
    lines: [[0, 'p', 'is the new grisham in'], [15, 'l', 'hi, Kay @ Burlington PL. print?'], [40, 'p', 'yes'], [45, 'l', "All 6 copies are out: burlington.bibliocommons.com. I'll put it on hold for you, ok?"], [70, 'p', 'sure']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Does that sound like a plan?" (about picking up later) is no completeness question',
    lines: [[0, 'p', 'can i get the poetry anthology for class'], [20, 'l', "Hi, I'm Bethany at Johnson County Library! For which class?"], [40, 'p', 'eng 101'], [46, 'l', 'It is on the shelf at Central: jocolibrary.org. I can have it waiting for you tomorrow at the desk. Does that sound like a plan?'], [80, 'p', 'ok']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "A walk and a good book, that\'ll do you good!" is no question',
    lines: [[0, 'p', 'any books on getting outdoors more'], [20, 'l', 'Hi, Bec at Yarra Libraries. Walking or camping?'], [40, 'p', 'walking'], [46, 'l', "Try Walking Melbourne (in the catalogue at yarra-libraries.vic.gov.au). A walk and a good book, that'll do you good!"], [80, 'p', 'ok']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "I can hold it until Friday, is that alright with you?" asks about something not yet given',
    lines: [[0, 'p', 'the knitting book please'], [20, 'l', 'Hiya, Harriet at Leeds Libraries. Which one?'], [40, 'p', 'knit your own dog'], [46, 'l', "It's in at Central: leeds.gov.uk/libraries. I can hold it until Friday, is that alright with you?"], [80, 'p', 'ok']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Does 2027 work as your graduation year?" after the link asks about the need, not about what was given',
    lines: [[0, 'p', 'scholarships for nursing?'], [20, 'l', 'Hi, Dev at the Hunter Library. Undergraduate?'], [40, 'p', 'yes'], [46, 'l', 'The list is at library.hunter.cuny.edu/scholarships. Does 2027 work as your graduation year for these?'], [80, 'p', 'ok']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Each practice quiz has 20 questions, the max, and you can retake it" is about the quiz: no dismissal',
    lines: [[0, 'p', 'citizenship test practice?'], [20, 'l', 'Hi, Tom @ Wichita Public Library. Online ok?'], [40, 'p', 'yes'], [46, 'l', 'uscis.gov/citizenship/find-study-materials-and-resources. Each practice quiz has 20 questions, the max, and you can retake it. ok?']],
    exp: some({ dismissal: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Hi! You can ask at the ref desk on the 2nd floor." names someone else: greeting fails',
    lines: [[0, 'p', 'where do i get a guest wifi code'], [15, 'l', 'Hi! You can ask at the ref desk on the 2nd floor.'], [20, 'l', 'They hand out codes all day.']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Hi there! is this for a libray in wake county?" is a question, no introduction: greeting fails',
    lines: [[0, 'p', 'need a book club kit'], [15, 'l', 'Hi there! is this for a libray in wake county?'], [40, 'p', 'yes'], [46, 'l', 'ok one sec']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "pop in and see the new exhibition on the 2nd floor" sends the patron to no party: no referral',
    lines: [[0, 'p', 'anything on the history of the docks'], [20, 'l', 'Hiya, Poppy at Bristol Libraries. Photos or books?'], [40, 'p', 'photos'], [46, 'l', 'Bristol Archives has digitised photos at archives.bristol.gov.uk/collections, and if you are in town, pop in and see the new exhibition on the 2nd floor. Does that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "the online form at gov.bc.ca can also take your application" is a page, not a party: no referral',
    lines: [[0, 'p', 'how do i renew my bc id'], [20, 'l', 'Hi, Gurpreet at Vancouver Public Library. Is it expired?'], [40, 'p', 'yes'], [46, 'l', 'The online form at gov.bc.ca/bcservicescard can also take your application. Does that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "Hi! You\'ve got Hoopla access with that card." and "you\'ve got 3 holds" name no one: greeting fails',
    lines: [[0, 'p', 'what can i stream with my card'], [15, 'l', "Hi! You've got Hoopla access with that card."], [20, 'l', "Also you've got 3 holds ready."]],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greeting: "Hello! You\'ve got Gemma at Leeds Libraries 👋"',
    lines: [[0, 'p', 'renewals?'], [15, 'l', "Hello! You've got Gemma at Leeds Libraries 👋"], [20, 'l', 'Which items?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'dismissal, terse: "you\'ve asked 5 questions - the max. try again tomorrow" (a way back, but the limit told): fails',
    lines: [[0, 'p', 'one more, when is the book sale'], [15, 'l', 'hi, Tom @ Wichita Public Library. which branch?'], [30, 'p', 'central'], [36, 'l', "you've asked 5 questions - the max. try again tomorrow"]],
    exp: some({ dismissal: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: unchanged: "the Service BC centre in Kelowna can also take your application" after "; it's $27, and" shares
    // the sentence with the agency's phone and URL; the clause rules (v21 U6, v22 V1) want the contact after the second
    // party.
    // LEFT: two parties in one sentence, the first with a phone and a web address, the second ("the Service BC centre
    // in Kelowna") with nothing; the scorer finds a way to reach "them" in the sentence and passes. Judging each party
    // of one sentence by its own contact (as v12 M4 does for a counted list) needs a per-party split of the sentence,
    // too broad for this round (the whole case above has the second party in its own sentence).
    name: 'LEFT (referral: two parties in one sentence, one unreached) "…call 1-888-876-1633 or apply online at gov.bc.ca/vitalstatistics; it\'s $27, and the Service BC centre in Kelowna can also take your application."',
    lines: [
      [0, 'p', 'I need my birth certificate for a passport, I was born in Kelowna'],
      [24, 'l', "Hi there! Thanks for contacting AskAway, I'm Gurpreet, a librarian at Vancouver Public Library. Is it a replacement?"],
      [70, 'p', 'yes lost mine'],
      [76, 'l', "You can order a replacement from the BC Vital Statistics Agency: call 1-888-876-1633 or apply online at gov.bc.ca/vitalstatistics; it's $27, and the Service BC centre in Kelowna can also take your application. Does that answer your question?"],
    ],
    exp: some({ referral: 'fail' }),
  },
];

describe('thirteenth round (N6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirteenth round (N6): providers\' writing styles, every check', whole);
describeSessions('thirteenth round (N6): providers\' writing styles, short cases', short);

describeLeft('thirteenth-round-styles', LEFT);
