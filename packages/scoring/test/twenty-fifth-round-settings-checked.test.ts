/**
 * Twenty-fifth round, second wave (A10): THE FIRST WAVE'S LOGIC SETTINGS AND TEXT READING, CHECKED. The first wave added
 * settings that read the text in new ways: A2's single quotes as quotes (`singleQuotesA2`), quoted notices, promises,
 * questions and pasted passages (`quotedNoticeA2`, `quotedPromiseA2`, `quotedQuestionA2`, `pastedContactA2`), reported
 * dismissals (`reportedDismissalA2`), the patron's words outside quotes (`outsideQuotesDoneA2`); A3's small talk
 * (`smallTalkQuestionA3`, `smallTalkElseA3`); A5's found-it goodbyes and page-after-year citations (`foundItByeA5`,
 * `pageAfterYearA5`); A6's shared screens, device choices and past-tense questions (`sharedScreenA6`, `deviceOrPhoneA6`,
 * `pastAskA6`). Each was guarded only by its own helper's near miss. These sessions put each setting to text it was not
 * written for, labelled from RUBRIC.md before the scorer ran:
 * - apostrophes that are not quotation marks: "'till" (the common misspelling), the "'80's", "'Scuse", a class year
 *   "'99", curly "‘til" / "‘90s" as word processors and phones write them, closed by a plural possessive ("the kids'
 *   science fair") or a contraction ("don’t"); rock 'n' roll, O'Neil, 5'11"; and real single-quoted titles;
 * - a promise relayed in quotes just now ("she says …") against one reported from before ("someone wrote …");
 * - a dismissal relayed from a supervisor ("they said you've reached …") against one someone told the patron earlier;
 * - a patron quoting their own e-mail, or their own contact block, against a pasted notice;
 * - the patron's words outside a quote that say something other than being done;
 * - small talk, found-it goodbyes, a month before a year ("December (1948), page 12"), shared screens, device choices
 *   and past-tense questions after a contact read back.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - an apostrophe that opens a word ("'till", "'Scuse", "‘til", "'80's", "'99") is no quotation mark, so it opens no
 *   quotation: the words after it up to a plural possessive or a contraction are the provider's own;
 * - a colleague's words the provider relays now, in quotes, after "she says" ("I just checked with Ana and she says
 *   "I'll email you the scan by Thursday."") are a promise made in this chat by the library: a follow-up session
 *   ("someone from your library will contact you"); "someone wrote …" about an old ticket is no promise;
 * - a dismissal the provider relays from their own supervisor ("I checked with my supervisor and they said you've
 *   reached the limit of questions for today") is the provider telling the patron their limit is reached; what "the last
 *   librarian told you" earlier, set right, is not;
 * - an e-mail the patron quotes from their own earlier message ("saying "please send the deed copy to …"") is the
 *   patron's contact given in the chat, and so is their own contact block in quotes; an address inside a notice the
 *   patron pastes is the sender's;
 * - "that's all I have" after a quoted prompt says what the patron knows, not that they are done;
 * - "December (1948), page 12" names no publication: no source;
 * - a 6'2" height and a 5'11" one in one message are two primes, not a quotation around the words between them.
 * Fixed in A10 (narrowings only, settings `apostropheWordsA10`, `relayedNowA10`, `consultedDismissalA10`, `ownQuoteA10`,
 * `monthYearPageA10`, `contactPastAskA10`, `inchMarksA10`, set in rubricV26 only; no phrase change): every case below passes,
 * each fix with its near miss beside it ("near miss: …"). Of the 13 cases that failed on the first run, three were my own
 * labels (a guide or a room named in the same message as the question, a clerk's office read as a source by an older
 * reading): those were reworded, as their comments say. The heights case failed under v25 too (v3's double quotes).
 * `LEFT` is empty: the one case written for it (a found-it goodbye going on after a comma) is already read right.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: "'till" is a misspelt "until", and "kids'" a plural possessive: no quotation, so "Thanks so much for
    // chatting" between them is the provider's own thanks in the last message
    name: 'science fair: "We\'re open \'till 9 tonight. Thanks so much for chatting, and good luck with your kids\' science fair!" thanks: every check',
    lines: [
      [0, 'p', 'hi my twins need books on volcanoes for their science fair, 4th grade'],
      [31, 'l', 'Hi there! This is Renata, a librarian at Scottsdale Public Library. Do they need to build a model, or just the facts?'],
      [70, 'p', 'a model, baking soda kind'],
      [82, 'l', 'Try "Volcano Experiments" by Rachel Castro, J 551.21 CAS, and the Science Fair Central page at scottsdalelibrary.org/kids. Does that help?'],
      [140, 'p', 'perfect thats all we needed'],
      [151, 'l', "We're open 'till 9 tonight. Thanks so much for chatting, and good luck with your kids' science fair!"],
    ],
    exp: usual(),
  },
  {
    // reading: the supervisor's answer relayed by the provider is the provider telling the patron they reached a limit of
    // questions, with no way back offered: no_dismissal fails. "Did that help?" follows the source
    name: 'genealogy limit: "I checked with my supervisor and they said you\'ve reached the limit of questions for today." dismisses: every check',
    lines: [
      [0, 'p', 'can u look up one more census record for me, the 1910 one for Franz Huber in Milwaukee'],
      [45, 'l', 'Hello, Deb with Milwaukee Public Library here. Which ward did he live in, if you know?'],
      [80, 'p', 'ward 14 i think'],
      [96, 'l', 'He is on the 1910 census in HeritageQuest, which you can open with your card at mpl.org/research: Ward 14, sheet 7. Did that help?'],
      [150, 'p', 'yes!! ok now can u find his wife in 1920 too'],
      [170, 'l', "Hmm, hold on a sec."],
      [250, 'l', "I checked with my supervisor and they said you've reached the limit of questions for today."],
      [262, 'p', 'oh. ok'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: the patron's own earlier e-mail, quoted, gives their address in the chat; the provider says when. Code is
    // Follow-up by me, not recorded yet (pending). Reworded after the run: "only on microfilm at the Sacramento County
    // Clerk-Recorder" was read as a source by an older reading, not this case's point. No anything-else, no completeness question (nothing given yet beyond
    // the promise). The promise message is the provider's last: the patron's "thx" after it ends the session
    name: 'deed copy: the patron quotes their own e-mail ("please send the deed copy to mei.chen88@gmail.com"): contact given, every check',
    lines: [
      [0, 'p', 'I emailed the county archive last month saying "please send the deed copy to mei.chen88@gmail.com when you find it" and nobody ever answered. can the library help?'],
      [40, 'l', 'Hi, I\'m Sam, a reference librarian at Sacramento Public Library. I\'m sorry about that! Which parcel or address is the deed for, and about what year?'],
      [95, 'p', '1421 Oak Park Blvd, 1950s sometime'],
      [110, 'l', 'Thanks. The 1950s deeds are not online, so I will request a copy through our local history room and email it to you at that address by Friday.'],
      [150, 'p', 'thx so much'],
    ],
    over: FU_ME,
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "‘til" (a word processor's wrong-way apostrophe) opens no quotation; "Thanks for using Ask Us" in the
    // canned goodbye is the provider's own
    name: 'canned goodbye: "We’re open ‘til 9 tonight if you need us. Thanks for using Ask Us, and don’t forget your library card!" thanks: every check',
    lines: [
      [0, 'p', 'do u have passport photo service'],
      [18, 'l', 'Hi! Marcus at Ask Us, Fairfax County Public Library. Which branch is closest to you?'],
      [44, 'p', 'reston'],
      [60, 'l', 'Reston Regional does passport photos by appointment: book at fairfaxcounty.gov/library/passports. Is that what you were looking for?'],
      [110, 'p', 'yep, no more questions'],
      [118, 'l', 'We’re open ‘til 9 tonight if you need us. Thanks for using Ask Us, and don’t forget your library card!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- singleQuotesA2: apostrophes that are no quotation marks ----
  {
    // reading: "'80's" is the decade with a stray apostrophe and "teens'" a plural possessive: "Thanks for your patience"
    // between them thanks the patron
    name: '80s movies: "Oh, the \'80\'s ones! Thanks for your patience, they\'re all in the teens\' room." thanks: courteous passes',
    lines: [
      ...open('where r the john hughes movies, cant find them', 'Hello, Priya here from Naperville Public Library. Is it the DVDs you want?'),
      [50, 'p', 'yeah dvds'],
      [60, 'l', 'Let me look.'],
      [130, 'l', "Oh, the '80's ones! Thanks for your patience, they're all in the teens' room."],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: "'Scuse" is "excuse" with its first letters dropped: the question after it is the provider's own, asked
    // before the guide is given. Reworded after the run: "Our nursing students' guide is different…" in the same message
    // was a source (a guide), so the question was not before it; my label, not the scorer
    name: 'nursing guide: "\'Scuse the wait, which campus are you at? Our nursing students\' guide…" asks: clarify passes',
    lines: [
      [0, 'p', 'need the guide for the NCLEX prep books'],
      [30, 'l', "Hi, this is Tom at the Ivy Tech Library."],
      [34, 'l', "'Scuse the wait, which campus are you at? Our nursing students' hours differ by campus."],
      [70, 'p', 'Lafayette'],
      [84, 'l', 'The Lafayette guide is at ivytech.libguides.com/nursing-laf, under NCLEX Review. Did that help?'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: the class year "'99" and "classes'" open and close no quotation: the question between them is asked.
    // Reworded after the run: "The students' yearbooks are in the Northwest Room" was a source in the same message
    name: 'yearbook: "\'99, you think, or 2000? We have both classes\' photos…" (the year first) asks: clarify passes',
    lines: [
      ...open('do you have the Lincoln High yearbook from when my mom graduated', 'Hi! Alma, Ask a Librarian at Tacoma Public Library here.'),
      [40, 'p', 'class of 99 or 2000 not sure'],
      [55, 'l', "'99, you think, or 2000? We have both classes' photos either way."],
      [90, 'p', '99 i think'],
      [100, 'l', 'The 1999 Lincolnian is digitized at tacomapubliclibrary.org/yearbooks.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: "'Kay" opens no quotation: "one moment while I check" asks the patron to wait, so the 150 s that follow are
    // a wait on the provider
    name: 'graphic novels: "\'Kay, one moment while I check the teens\' graphic novels." is a hold: keep_informed fails at 150 s',
    lines: [
      ...open('any new manga in the teen section', 'Hi, Jo at Hennepin County Library. Which series do you like?'),
      [45, 'p', 'spy x family'],
      [52, 'l', "'Kay, one moment while I check the teens' graphic novels."],
      [202, 'l', 'Volume 12 came in last week: hclib.bibliocommons.com has it on the shelf at Minneapolis Central.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: Word's "‘90s" (an apostrophe turned the wrong way) and "don’t" are no quotation: the thanks between them is
    // the provider's
    name: 'playlist: "The ‘90s R&B is all on Hoopla. Thanks for chatting, and don’t forget…" thanks: courteous passes',
    lines: [
      ...open('do u have 90s rnb to stream', 'Hi there, Kendra with Ask Us at Prince George\'s County Memorial Library. Music or videos?'),
      [40, 'p', 'music'],
      [52, 'l', 'hoopladigital.com has TLC, Brandy and Boyz II Men albums free with your card.'],
      [80, 'p', 'cool'],
      [90, 'l', 'The ‘90s R&B is all on Hoopla. Thanks for chatting, and don’t forget the six-borrow limit each month!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: Word's "‘Til" (until, its apostrophe turned the wrong way) and "teachers’" quote nothing: the deadline
    // question is asked, before the source
    name: 'deadline: "‘Til when do you need it? The teachers’ copies go fast." asks: clarify passes',
    lines: [
      ...open('is the answer key for the AP Bio review book available', 'Hello, Noor at the Plano Public Library.'),
      [28, 'l', '‘Til when do you need it? The teachers’ copies go fast.'],
      [60, 'p', 'next friday'],
      [70, 'l', 'Place a hold at planolibrary.org/catalog; two copies are due back Monday.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: two plural possessives ("the kids' books and the teachers' guides") quote nothing: the question is asked
    name: 'two possessives: "Do you need the kids\' books or the teachers\' guides?" asks: clarify passes',
    lines: [
      ...open('looking for stuff on teaching kids about money', 'Good morning, this is Ines at Austin Public Library.'),
      [30, 'l', "Do you need the kids' books or the teachers' guides?"],
      [60, 'p', 'teachers'],
      [72, 'l', 'Try "Money Matters for Kids" curriculum at the Educator Resource page, library.austintexas.gov/educators.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // reading: "rock 'n' roll" quotes nothing; "Give me a sec" asks the patron to wait: 140 s later is too long
    name: 'hall of fame: "Give me a sec, I\'m pulling up the rock \'n\' roll inductees." is a hold: keep_informed fails at 140 s',
    lines: [
      ...open('who got into the rock and roll hall of fame in 1995', 'Hi! Dev from Cleveland Public Library here.'),
      [30, 'l', "Give me a sec, I'm pulling up the rock 'n' roll inductees."],
      [170, 'l', 'The 1995 class included Janis Joplin, Al Green and Led Zeppelin: rockhall.com/inductees lists them.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: a real single-quoted song title: 'So Long, Marianne' parts nobody, and the message before it does not thank
    name: 'song title: "Mind you, \'So Long, Marianne\' is on that album too." is a title: courteous fails',
    lines: [
      ...open('which leonard cohen album has suzanne on it', 'Hi, Lou at the Montreal Public Libraries here.'),
      [35, 'l', "Songs of Leonard Cohen (1967); the CD is in the catalogue at nelligan.ville.montreal.qc.ca."],
      [60, 'p', 'ah ok'],
      [70, 'l', "Mind you, 'So Long, Marianne' is on that album too."],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: O'Neil is a name, the single-quoted title quotes no courtesy, and "Thanks for chatting!" is outside it
    name: 'O\'Neil: "Cathy O\'Neil\'s \'Weapons of Math Destruction\' is on the shelf… Thanks for chatting!" thanks: courteous passes',
    lines: [
      ...open('need a book on algorithms and bias for my ethics class', 'Hi, Nora at Seattle Public Library. Popular or scholarly?'),
      [40, 'p', 'popular is fine'],
      [50, 'l', "Cathy O'Neil's 'Weapons of Math Destruction' is on the shelf at Central, 005.7 O586W. Thanks for chatting!"],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: 6'2" and 5'11" are heights: their inch marks quote nothing, so "thanks for chatting" between them is the
    // provider's own thanks in the last message
    name: 'heights: "The 6\'2" is from his draft card, thanks for chatting, and the 1940 census has 5\'11" too." thanks: courteous passes',
    lines: [
      ...open('how tall was my grandpa Leroy Banks, trying to settle a family argument', 'Hello, Rae at the Detroit Public Library here. Do you know his birth year?'),
      [50, 'p', '1918'],
      [66, 'l', 'His WWII draft card on FamilySearch (familysearch.org) gives his height.'],
      [90, 'p', 'ok'],
      [100, 'l', 'The 6\'2" is from his draft card, thanks for chatting, and the 1940 census has 5\'11" too.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss of `inchMarksA10`: with a height dropped, the quoted title still quotes its goodbye
    name: 'near miss: \'"Goodbye to All That" is the title, top shelf, 6\'2" up.\' still quotes the title: courteous fails',
    lines: [
      ...open('which robert graves memoir is about ww1', 'Hello, Rae at the Detroit Public Library here.'),
      [40, 'l', 'The catalog at detroitpubliclibrary.org lists it, 940.48 G77.'],
      [60, 'p', 'whats it called, and where is it'],
      [70, 'l', '"Goodbye to All That" is the title, top shelf, 6\'2" up.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: a curly-quoted episode title holds the goodbye; the provider's own words around it thank no one
    name: 'episode title: "‘Goodbye, Farewell and Amen’ is the last one, on disc 11." is a title: courteous fails',
    lines: [
      ...open('which MASH dvd has the final episode', 'Hi, Glen at Ask Omaha Public Library.'),
      [30, 'l', 'The complete series box set is in the catalogue at omahalibrary.org, DVD MASH.'],
      [50, 'p', 'but which disc'],
      [62, 'l', '‘Goodbye, Farewell and Amen’ is the last one, on disc 11.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: a real single-quoted line of a poem, the whole question inside the quotes, asks the patron nothing; the
    // provider asks nothing else before the source
    name: 'poem line: "\'What is it you plan to do with your one wild and precious life?\' Everyone knows that line." quotes: clarify fails',
    lines: [
      ...open('need a poem to read at my sisters graduation', 'Hi, Ana at the Oakland Public Library.'),
      [40, 'l', "'What is it you plan to do with your one wild and precious life?' Everyone knows that line."],
      [55, 'l', "It ends Mary Oliver's The Summer Day, at poetryfoundation.org."],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss of `apostropheWordsA10`: a real curly-quoted title with a contraction inside still quotes its words
    name: 'near miss: "Every episode ended with ‘Y’all come back now, y’hear?’ over the credits." a line with contractions still quotes: courteous fails',
    lines: [
      ...open('what was the catchphrase at the end of the beverly hillbillies', 'Hi, Glen at Ask Omaha Public Library.'),
      [30, 'l', 'The complete series is on DVD in the catalog at omahalibrary.org.'],
      [50, 'p', 'but the line??'],
      [62, 'l', 'Every episode ended with ‘Y’all come back now, y’hear?’ over the credits.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss of `apostropheWordsA10`: a straight-quoted title opening a message still quotes its question
    name: 'near miss: "\'Are You There God? It\'s Me, Margaret\' is on the shelf." quotes the question: clarify fails',
    lines: [
      ...open('book about growing up for my 11 yr old', 'Hi, Rosa with Ask Us at the Brooklyn Public Library.'),
      [30, 'l', "'Are You There God? It's Me, Margaret' is a classic."],
      [45, 'l', 'It is on the shelf at Central, J FIC BLUME, and in the catalog at bklynlibrary.org.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  // ---- quotedNoticeA2 ----
  {
    // reading: the provider's own notice, then a quoted button label: the notice is outside the quotes. Final idle from
    // 60 to 300: 240 s, check-in at 190
    name: 'own notice: "It looks like you\'ve disconnected, so I\'ll end this chat. Click "Ask Us" to start again." is a notice: disconnect passes',
    lines: [
      ...open('what time does the bookmobile come to Elm St', 'Hi, Carla with Ask Us at Louisville Free Public Library.'),
      [60, 'l', 'Is that the Elm St in Shively or in Jeffersontown?'],
      [190, 'l', 'Are you still there?'],
      [300, 'l', 'It looks like you\'ve disconnected, so I\'ll end this chat. Click "Ask Us" to start again anytime.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the widget's message the provider quotes, to explain it, tells the patron nothing; the provider's own
    // words say nothing of a disconnection. Final idle from 60 to 320: the quoted notice is no disconnect notice
    name: 'widget notice explained: \'If it says "You appear to have lost your connection" again, just refresh.\' is no notice: disconnect fails',
    lines: [
      ...open('my chat keeps dropping', 'Hi, Carla with Ask Us at Louisville Free Public Library.'),
      [60, 'l', 'Which browser are you using?'],
      [190, 'l', 'Are you still there?'],
      [320, 'l', 'If it says "You appear to have lost your connection, this chat will close" again, just refresh the page. Take care!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'pass' }),
  },
  // ---- quotedPromiseA2 ----
  {
    // reading: the colleague's words relayed now, in quotes, promise that she will email the scan: a follow-up session.
    // Code Answered with a promise: resolution.code fails
    name: 'ILL scan: \'I just checked with Ana in ILL and she says "I\'ll email you the scan by Thursday."\' promises: resolution.code fails',
    lines: [
      [0, 'p', 'did my article request come in? the one from the Journal of Southern History. my email is k.okafor@gmail.com'],
      [35, 'l', 'Hi, Jordan at Emory Libraries here. Let me check.'],
      [100, 'l', 'I just checked with Ana in ILL and she says "I\'ll email you the scan by Thursday."'],
      [130, 'p', 'great thanks'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    // reading: an old ticket's words reported, an earlier promise that was not kept: no promise in this chat
    name: 'old ticket: \'Your old ticket shows someone wrote "we\'ll email you when the microfilm arrives" back in May.\' reports: resolution.code passes',
    lines: [
      [0, 'p', 'i asked for a microfilm reel in may and never heard anything??'],
      [30, 'l', 'Hello, Jordan at Emory Libraries. Which reel was it?'],
      [60, 'p', 'atlanta constitution 1921'],
      [80, 'l', 'Your old ticket shows someone wrote "we\'ll email you when the microfilm arrives" back in May. The reel is in now, at the Woodruff Library service desk, under your name.'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // near miss of `relayedNowA10`: an automatic notice's words, quoted, promise nothing in this chat
    name: 'near miss: \'The hold notice says "we will email you when it is ready for pickup".\' is the system: resolution.code passes',
    lines: [
      [0, 'p', 'how will i know my hold came in'],
      [30, 'l', 'Hi, Jordan at Emory Libraries. The hold notice says "we will email you when it is ready for pickup", and you can also check My Account at emory.edu/library.'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  // ---- reportedDismissalA2 ----
  {
    // reading: an earlier librarian's words reported and set right: no dismissal
    name: 'set right: "It sounds like the last librarian told you your time was up; that is not our policy." passes: no_dismissal passes',
    lines: [
      [0, 'p', 'last time someone cut me off and said my time was up lol. anyway can i ask about tax forms'],
      [30, 'l', 'Hi, Maya at Denver Public Library here. I\'m sorry, it sounds like the last librarian told you your time was up; that is not our policy. Which form do you need?'],
      [60, 'p', '1040-SR'],
      [72, 'l', 'The 1040-SR is at irs.gov/forms, and we have print copies at Central.'],
    ],
    exp: some({ dismissal: 'pass', clarify: 'pass' }),
  },
  {
    // reading: "he said to tell you …" relays the provider's own library's limit to the patron now: a dismissal
    name: 'relayed: "Our branch manager is here and he said to tell you that you have used up your questions for today." dismisses',
    lines: [
      [0, 'p', 'one more!! what year did the Hindenburg crash'],
      [30, 'l', 'Hi, Chris at Ask Lakehurst.'],
      [40, 'l', 'Our branch manager is here and he said to tell you that you have used up your questions for today.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss of `consultedDismissalA10`: the provider asked a colleague, and what the colleague told the patron last
    // week is reported and set right
    name: 'near miss: "I asked around, and it sounds like she told you your time was up last week; that is not our policy." passes',
    lines: [
      [0, 'p', 'is there a time limit on these chats? someone cut me off last week'],
      [30, 'l', 'Hi, Maya at Denver Public Library here. I asked around, and it sounds like she told you your time was up last week; that is not our policy. What did you want to ask?'],
      [60, 'p', 'oh ok thx'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- outsideQuotesDoneA2 ----
  {
    // reading: "that's all I have" says what the patron knows about the assignment, not that they are done
    name: 'assignment: \'the prompt just says "compare two novels" and that\\\'s all i have\' is no "done": anything_else fails',
    lines: [
      [0, 'p', 'need help picking books for an english paper'],
      [25, 'l', 'Hi, Ben at the Pima County Public Library. What does the assignment say?'],
      [60, 'p', 'the prompt just says "compare two novels" and that\'s all i have'],
      [80, 'l', 'Then pairing Frankenstein with Never Let Me Go works well; both are on the shelf, and NoveList at library.pima.gov/research has read-alikes.'],
      [110, 'p', 'ok'],
      [118, 'l', 'Good luck!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: the patron's own words outside the quoted catchphrase say they are done
    name: 'catchphrase: \'haha "mischief managed" — that\\\'s everything i needed, thank u!\' is done: anything_else passes',
    lines: [
      [0, 'p', 'is the harry potter audiobook on libby'],
      [25, 'l', 'Hi, Ben at the Pima County Public Library. Yes, the Jim Dale one is on Libby with your card, at pima.overdrive.com.'],
      [60, 'p', 'haha "mischief managed" — that\'s everything i needed, thank u!'],
      [70, 'l', 'Enjoy!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- pastedContactA2 ----
  {
    // reading: the patron's own contact block, in quotes for the provider to copy, is the patron's contact given in the
    // chat; the provider says when. Follow-up by me
    name: 'contact block: \'just copy "Dr. Luis Ortega, luis.ortega@uic.edu, 312-555-0148" into the request\' gives the contact',
    lines: [
      [0, 'p', 'can you get me the 1962 Chicago Defender article on the Robert Taylor Homes opening? just copy "Dr. Luis Ortega, luis.ortega@uic.edu, 312-555-0148" into the request'],
      [30, 'l', 'Hi, Pat at UIC Library. The 1962 Defender is on microfilm only, so I will scan the article and send it to that email by Monday.'],
      [60, 'p', 'perfect'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    // reading: the phone inside the notice the patron pastes is the branch's, not the patron's: no contact for a
    // follow-up code
    name: 'pasted notice: \'the email said "Your item is ready. Questions? Call the Westside branch at 614-555-0190."\' gives no contact',
    lines: [
      [0, 'p', 'the email said "Your item is ready. Questions? Call the Westside branch at 614-555-0190." but its not on the shelf'],
      [30, 'l', 'Hi, Omar at Columbus Metropolitan Library. I\'m sorry! I will ask Westside to look for it and get back to you tomorrow.'],
      [60, 'p', 'ok'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // reading: the patron's own address, quoted alone, is theirs (A2's near miss in other words)
    name: 'quoted address: \'my email is "bea.lindqvist@outlook.com"\' gives the contact: resolution.code passes',
    lines: [
      [0, 'p', 'can someone send me the minutes of the 1987 library board meeting? my email is "bea.lindqvist@outlook.com"'],
      [30, 'l', 'Hi, Omar at Columbus Metropolitan Library. I will pull them from the archive and email them to you by Wednesday.'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    // near miss of `ownQuoteA10`: "I got this" introduces what someone else wrote: its number is the sender's
    name: 'near miss: \'I got this text: "Your ILL item has arrived. Call 609-555-0113 with questions and have a nice day."\' gives no contact',
    lines: [
      [0, 'p', 'I got this text: "Your ILL item has arrived. Call 609-555-0113 with questions and have a nice day." but which branch?'],
      [30, 'l', 'Hi, Omar at Princeton Public Library. I will find out which branch and get back to you by tomorrow noon.'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  // ---- smallTalkQuestionA3 / smallTalkElseA3 ----
  {
    // reading: small talk about the patron's week asks nothing about the need; no other question before the source
    name: 'small talk: "How\'s your week going so far?" is small talk: clarify fails',
    lines: [
      ...open('whats the wifi password at the library', 'Hi there! Kim at the Boise Public Library. How\'s your week going so far?'),
      [40, 'p', 'long lol'],
      [50, 'l', 'The password is on the sign at the front desk, and the steps are at boisepubliclibrary.org/wifi.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: "Anything else fun planned for the break?" asks about the patron's plans, not whether they need more help
    name: 'break plans: "Anything else fun planned for the break?" is small talk: anything_else fails',
    lines: [
      ...open('do you have ski passes to borrow', 'Hi, Jess at Salt Lake County Library. Which resort?'),
      [30, 'p', 'alta'],
      [40, 'l', 'Alta isn\'t in the program, but Brighton passes are at slcolibrary.org/passes. Did that answer your question?'],
      [70, 'p', 'yeah ok'],
      [80, 'l', 'Anything else fun planned for the break?'],
      [95, 'p', 'nah just skiing'],
      [100, 'l', 'Have fun, bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "Anything else I can dig up for your trip?" offers more help
    name: 'trip: "Anything else I can dig up for your trip?" asks: anything_else passes',
    lines: [
      ...open('guidebooks for iceland?', 'Hi, Jess at Salt Lake County Library. Print or ebook?'),
      [30, 'p', 'ebook'],
      [40, 'l', 'Lonely Planet Iceland is on Libby, slcolibrary.overdrive.com.'],
      [60, 'p', 'nice'],
      [70, 'l', 'Anything else I can dig up for your trip?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- foundItByeA5 ----
  {
    // reading: greeting, hold, then a goodbye that only says the patron found it: nothing given, no substantive exchange
    name: 'found it: greeting, hold, "Yay, glad u found it! Have a great afternoon." is no substantive exchange: source na',
    lines: [
      ...open('where do i renew my card online', 'Hi, Ty at Ask Wichita Public Library.'),
      [30, 'l', 'One moment, pulling that up.'],
      [50, 'p', 'nvm found it'],
      [58, 'l', 'Yay, glad u found it! Have a great afternoon.'],
    ],
    exp: some({ source: 'na', clarify: 'na', courteous: 'pass' }),
  },
  {
    // reading: the goodbye gives information in another sentence ("Renewals last three years"): a substantive exchange
    // with no source
    name: 'found it + info: "Glad you found it! Renewals last three years now. Bye!" gives info: source fails',
    lines: [
      ...open('where do i renew my card online', 'Hi, Ty at Ask Wichita Public Library.'),
      [30, 'l', 'One moment, pulling that up.'],
      [50, 'p', 'nvm found it'],
      [58, 'l', 'Glad you found it! Renewals last three years now. Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- pageAfterYearA5 ----
  {
    // reading: "December (1948), page 12" names a month, not a publication: no source
    name: 'obituary month: "her obituary ran in December (1948), page 12, but not which paper" names no publication: source fails',
    lines: [
      ...open('looking for my great grandma Agnes Pruitt obituary', 'Hello, Wes at the Knox County Public Library. Do you know when she died?'),
      [40, 'p', 'dec 1948'],
      [50, 'l', 'Let me check.'],
      [110, 'l', 'I have a note that her obituary ran in December (1948), page 12, but not which newspaper.'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: a title with its year and page names the book (A5's own reading, other words)
    name: 'county history: "She is in the Annals of Tompkins County (1879), page 88." names the book: source passes',
    lines: [
      ...open('anything about the Pruitt family of Ithaca in the 1800s', 'Hello, Wes at the Tompkins County Public Library. Which decade?'),
      [40, 'p', '1870s'],
      [60, 'l', 'She is in the Annals of Tompkins County (1879), page 88, in our local history room.'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss of `monthYearPageA10`: a title ending in a capitalised word before the year still names the book
    name: 'near miss: "It is in Lossing\'s Field-Book of the Revolution (1851), page 412." names the book: source passes',
    lines: [
      ...open('was there a battle near Saratoga Springs', 'Hello, Wes at the Saratoga Springs Public Library. The 1777 battles?'),
      [40, 'p', 'yes'],
      [60, 'l', "It is in Lossing's Field-Book of the Revolution (1851), page 412, with a map."],
    ],
    exp: some({ source: 'pass' }),
  },
  // ---- sharedScreenA6 / deviceOrPhoneA6 ----
  {
    // reading: a question about the provider's shared screen is about the tool; nothing else is asked before the source
    name: 'co-browse: "OK, can you see my screen now?" asks about the tool: clarify fails',
    lines: [
      ...open('how do i download a pdf from ebsco', 'Hi, Ash at the Riverside County Library.'),
      [30, 'l', 'OK, can you see my screen now?'],
      [45, 'p', 'yes'],
      [55, 'l', 'Click PDF Full Text on the left, then the download arrow; EBSCO\'s steps are at connect.ebsco.com.'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // reading: the device the patron uses shapes the steps: a clarifying question
    name: 'device: "Are you using a Chromebook or your phone?" asks about the setup: clarify passes',
    lines: [
      ...open('libby wont open my book', 'Hi, Ash at the Riverside County Library.'),
      [30, 'l', 'Are you using a Chromebook or your phone?'],
      [45, 'p', 'phone'],
      [55, 'l', 'Update the app, then sign out and back in; help.libbyapp.com has the steps.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- pastAskA6 ----
  {
    // reading: "Did I type that right?" after the e-mail read back checks the e-mail, not the answer: no completeness
    // question (the answer came before and asked nothing)
    name: 'read-back: "Got it, tomas.r@outlook.com. Did I type that right?" checks the address: completeness fails',
    lines: [
      ...open('can you email me the list of book club kits', 'Hi, Lena at Tulsa City-County Library. Any genre in mind?'),
      [40, 'p', 'mysteries. its tomas.r@outlook.com'],
      [55, 'l', 'The mystery kits are listed at tulsalibrary.org/bookclubkits.'],
      [60, 'l', 'Got it, tomas.r@outlook.com. Did I type that right?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "Did the steps work for you?" after the read-back asks about the steps given (A6's reading, other words)
    name: 'read-back then steps: "Got it: 918-555-0122. Did the reset work for you?" asks about the reset: completeness passes',
    lines: [
      ...open('my pin wont work', 'Hi, Lena at Tulsa City-County Library. Is it for the catalog or Libby?'),
      [40, 'p', 'catalog. my number is 918-555-0122 if u need it'],
      [55, 'l', 'Reset it at tulsalibrary.org/pin with your card number; the new PIN comes by text.'],
      [120, 'l', 'Got it: 918-555-0122. Did the reset work for you?'],
      [140, 'p', 'yes!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: "Did you want it sent there?" asks where to send, about the contact; "Sounds good?" the plan: neither asks
    // whether the information given meets the need
    name: 'polite past: "I have you as ravi.n@gmail.com. Did you want it there? Works for you?" is about the contact: completeness fails',
    lines: [
      ...open('can you send me the reading list from the author talk', 'Hi, Lena at Tulsa City-County Library. Which talk?'),
      [40, 'p', 'the one with Rilla Askew. ravi.n@gmail.com'],
      [55, 'l', 'The list is on the event page at tulsalibrary.org/events.'],
      [70, 'l', 'I have you as ravi.n@gmail.com. Did you want it there? Works for you?'],
      [90, 'p', 'yes please'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: "Did that address work for you?" right after the address read back asks about the address (the patron
    // said the old one bounced), not about the answer: no completeness question
    name: 'bounced: "I have you as ravi.n@gmail.com now. Did that address work for you?" is about the address: completeness fails',
    lines: [
      ...open('can you resend the tax form links, my old email bounced', 'Hi, Lena at Tulsa City-County Library. Federal or state forms?'),
      [40, 'p', 'state. use ravi.n@gmail.com'],
      [55, 'l', 'The Oklahoma forms are at oklahoma.gov/tax/forms.'],
      [70, 'l', 'I have you as ravi.n@gmail.com now. Did that address work for you?'],
      [90, 'p', 'yes'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // written for LEFT (a found-it sentence going on after a comma, outside `foundItByeA5`'s whole sentence), but the
    // scorer already reads it right: moved here
    // reading: greeting, hold, then a message that only acknowledges the patron's find and thanks them: a goodbye, so no
    // substantive exchange
    name: 'found it, one sentence: "So glad you found it yourself, thanks for your patience!" is a goodbye: source na',
    lines: [
      ...open('how do i get the newspaper archive from home', 'Hi, Ty at Ask Wichita Public Library.'),
      [30, 'l', 'Sure, one moment.'],
      [60, 'p', 'oh wait i see it now'],
      [66, 'l', 'So glad you found it yourself, thanks for your patience!'],
    ],
    exp: some({ source: 'na', clarify: 'na' }),
  },
];

export const LEFT: SessionCase[] = [];

describe('twenty-fifth round (A10): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-fifth round (A10): the first wave's settings and text reading checked, every check", whole);
describeSessions("twenty-fifth round (A10): the first wave's settings and text reading checked, short cases", short);

describeLeft('twenty-fifth-round-settings-checked', LEFT);
