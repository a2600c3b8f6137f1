/**
 * Twenty-sixth round, second wave (B10): THE FIRST WAVE'S LOGIC SETTINGS, CHECKED. The first wave (blocks B1-B6) added
 * settings that decide holds (`promisedSearchB2`), the follow-up promise (`agreedRequestB5`), the greeting
 * (`helloCheckinB6`, `onDeskB6`, `uGotNameB6`, `signOnTailB6`) and clarifying questions (`smallTalkMoreB1`, `chatCheckB1`,
 * `ownSearchB1`), each guarded only by its own helper's near miss. These sessions put each setting before text it was not
 * written for, labelled from RUBRIC.md before the scorer ran.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - "I'll keep digging while you're still on, and email you the rest by Monday" announces a search going on in the chat:
 *   a hold message; a search promised for after the chat ("tonight", "tomorrow") is not (B2's reading, kept);
 * - a patron's "can you let me know if the branch is open tomorrow?" asks for an answer now, not to be contacted later:
 *   the provider's "Sure thing! …" that answers it promises nothing; nor does "Of course" to a request the patron
 *   withdrew in the same message, nor "Of course, the form is at …" that sends it now;
 * - "Hello? What can I help you find today?" sent seconds after the provider's first message opens the conversation: a
 *   greeting; a lone "Hellooo?" after the patron fell silent is a check-in (B6's reading, kept);
 * - "if u got Firefox, …" tells the patron what to do with a browser: it names no one who answers;
 * - the weather asked of a patron whose question turns on the weather (the bookmobile on icy roads, a book drop in a
 *   downpour) is their situation, which shapes the answer: it clarifies; "Are you having a busy week?" to a student is
 *   small talk;
 * - "Is the chat widget loading for you now?" asked of a teacher whose need is the library's chat widget on the school's
 *   site, and "Are messages coming through okay on your end?" asked of a patron whose hold texts stopped, are about the
 *   need: they clarify; about this chat itself they do not (B1's reading, kept);
 * - "Any luck with it yet?" before anything was given, about a link the patron's teacher sent, asks about the patron's
 *   situation: it clarifies.
 * Fixed in B10 (narrowings only, settings `helloOfferB10`, `uGotLeadB10`, `weatherNeedB10`, `chatNeedB10`, `inChatMoreB10`,
 * `agreedNowB10`; no phrase change, block `phrasesV27B10` stays empty): 17 of the first 47 cases failed against the first
 * wave's rubric; one was this file's label (relabelled at its case), five are older readings or would need a widening and
 * are in `LEFT`; the other eleven are fixed, each with its near miss beside it (the "kept" cases and the five near misses
 * at the end of `short`).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, FU_ME, describeSessions, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    // B2 promisedSearchB2: reading: the search goes on in the chat ("while you're still on"): a hold, so the 151 s to the
    // next provider message fail keep_informed; the promise makes it a follow-up session
    name: 'obituary: "I\'ll keep digging while you\'re still on, and email you the rest by Monday" is a hold: 151 s after it fail keep_informed',
    lines: [
      [0, 'p', 'hi, im trying to find an obit for my great aunt Rosa Delgado, died around 1987 in San Antonio'],
      [41, 'l', 'Hello! This is Inez at the San Antonio Public Library Texana desk. Do you know the month, or the funeral home?'],
      [95, 'p', 'spring i think, maybe april. funeral home was Castillo'],
      [110, 'l', "I'll keep digging in the Express-News index while you're still on, and email you the rest by Monday at rosa.fam@example.com if that's yours?"],
      [128, 'p', 'yes thats my email'],
      [279, 'l', 'Found one: Express-News, April 14 1987, p. 6-B. The index is at guides.sapl.org/obituaries. Does that help?'],
      [320, 'p', 'omg yes. thats all i needed thanks so much'],
      [333, 'l', "I'll still email you the page scan by Monday. Thanks for chatting with SAPL, bye!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'rosa.fam@example.com', phone: null } },
    exp: usual({ informed: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // B2 promisedSearchB2 near miss: the search is for tonight, after the chat: no hold; the provider's last message (at
    // 105) starts the final idle: 105 -> goodbye at 240 is 135 s, the goodbye asks nothing: idle_checkin fails, under 180 s
    name: 'near miss: "I\'m going to keep searching tonight and will email you by tomorrow noon" is no hold; the idle fails idle_checkin',
    lines: [
      [0, 'p', 'looking for the 1962 Lakeview High yearbook, my dad is in it'],
      [30, 'l', 'Hi there, Brendan from Evanston Public Library. Is it Lakeview in Chicago?'],
      [70, 'p', 'yep, chicago. my email is d.ortiz88@example.net'],
      [105, 'l', "I'm going to keep searching tonight and will email you by tomorrow noon at d.ortiz88@example.net. Our yearbook list is at epl.org/yearbooks if you want to look meanwhile — is that a good start?"],
      [240, 'l', 'Thanks for chatting, take care!'],
    ],
    over: FU_ME,
    exp: usual({ anything: 'fail', idle: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // B5 agreedRequestB5: reading: "can you let me know if X is open tomorrow?" asks for the answer now; "Sure thing! …"
    // answers it: no promise, no follow-up session
    name: 'hours: "can you let me know if Central is open tomorrow?" then "Sure thing! …" answers now: no follow-up session',
    lines: [
      [0, 'p', 'can you let me know if Central is open tomorrow? its a holiday right'],
      [22, 'l', "Hi! You're chatting with Marco at Sacramento Public Library. Sure thing! Tomorrow is Veterans Day, so Central is closed; hours are at saclibrary.org/hours. Does that answer it?"],
      [60, 'p', 'yes thats all, thx'],
      [70, 'l', 'Have a good one!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // B6 helloCheckinB6: reading: "Hello? What can I help you find today?" five seconds after the first message opens the
    // conversation: a greeting, and the first message names the service
    name: 'opening: "Hello? What can I help you find today?" 5 s after the sign-on greets: greeting passes',
    lines: [
      [0, 'p', 'do u have the new Percival Everett'],
      [30, 'l', 'Ask Us 24/7, Lee at Miami Dade College library.'],
      [35, 'l', 'Hello? What can I help you find today?'],
      [50, 'p', 'James by Percival Everett'],
      [62, 'l', 'Do you want print or the ebook?'],
      [80, 'p', 'print'],
      [96, 'l', 'Print copies are at the Kendall and North campuses: search "James Everett" at mdc.edu/library. Is that what you were looking for?'],
      [120, 'p', 'yep thats everything'],
      [128, 'l', 'Great, happy reading!'],
    ],
    exp: usual(),
  },
  {
    // B6 uGotNameB6: reading: "if u got Firefox, …" names a browser, not who is answering; nothing else names anyone
    name: 'browser: "hey! if u got Firefox, …" names no one: greeting fails',
    lines: [
      [0, 'p', 'the ebook wont open it just spins'],
      [26, 'l', 'hey! if u got Firefox, try opening it there'],
      [40, 'l', 'Which app or site are you opening it in now?'],
      [70, 'p', 'chrome on a chromebook'],
      [84, 'l', 'Chromebooks open our ebooks best in the Libby web app: libbyapp.com. Does that fix it?'],
      [130, 'p', 'yes works now. thats all'],
      [137, 'l', 'Awesome, thanks for chatting!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // B1 smallTalkMoreB1: reading: the bookmobile on icy roads: the weather where the patron is shapes the answer
    name: 'bookmobile: "Is it still snowing up your way?" to a patron asking if the bookmobile comes on bad roads clarifies',
    lines: [
      [0, 'p', 'is the bookmobile still stopping at Pine Hollow today? the roads out here are awful'],
      [35, 'l', 'Hi, this is Gwen with Ask Marathon County Library.'],
      [40, 'l', 'Is it still snowing up your way?'],
      [75, 'p', 'yeah, coming down hard'],
      [92, 'l', 'Then it is likely cancelled: bookmobile closings are posted at mcpl.us/bookmobile and on our Facebook page by 10 am. Does that help?'],
      [130, 'p', 'ok yes. nothing else, thanks'],
      [138, 'l', 'Stay safe and warm, bye!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- B2 promisedSearchB2 ----
  {
    // B2 reading: the search goes on while the patron waits in the chat ("as we chat"): a hold, 140 s -> fail
    name: '"I\'ll keep checking the microfilm index as we chat and email you the page by Friday" is a hold: 140 s after it fails',
    lines: [
      [0, 'p', 'need the Aug 3 1944 Oregonian front page'],
      [25, 'l', 'Hi, Ana at Multnomah County Library. Do you need the whole front page or one article?'],
      [60, 'p', 'whole page, my email is kt.b@example.org'],
      [80, 'l', "I'll keep checking the microfilm index as we chat and email you the page at kt.b@example.org by Friday."],
      [220, 'l', 'The index shows it on reel 412; the scan will follow by email.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // B2 reading: "Let me keep looking" is its own sentence before the promise: a hold ("let me check"): 130 s -> fail
    name: '"Let me keep looking. I\'ll email you by 5 today whatever I find." is a hold: 130 s after it fails',
    lines: [
      [0, 'p', 'is there a biography of Mary Harris Jones for kids'],
      [20, 'l', 'Hi! Sol from Ask Cook Memorial Library. What grade?'],
      [40, 'p', '4th grade. email me at jjm@example.com'],
      [55, 'l', "Let me keep looking. I'll email you by 5 today whatever I find."],
      [185, 'l', '"Mother Jones and Her Army of Mill Children" is in our catalog at cooklib.org, juvenile biography.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // B2 near miss: the search is for tomorrow: no hold; the patron never waits on the provider after it
    name: 'near miss: "I\'ll continue searching the vertical files tomorrow and email you by Thursday" is no hold: keep_informed passes',
    lines: [
      [0, 'p', 'anything on the old Nob Hill streetcar line? my email is trolleyfan@example.com'],
      [30, 'l', 'Hello, this is Dee at Albuquerque Special Collections Library. Which years?'],
      [50, 'p', '1900s-1920s'],
      [70, 'l', "I'll continue searching the vertical files tomorrow and email you at trolleyfan@example.com by Thursday."],
      [260, 'l', 'Thanks for your patience, goodbye for now!'],
    ],
    over: FU_ME,
    exp: some({ informed: 'pass' }),
  },
  {
    // B2: "Hang on" beside "keep looking" in the promise's sentence: a hold (the B2 setting leaves it): 125 s -> fail
    name: '"Hang on, I\'ll keep looking and email you tonight if it isn\'t in there" is a hold: 125 s after it fails',
    lines: [
      [0, 'p', 'trying to find the Dewey number for knitting'],
      [18, 'l', 'Hi! Kim at Hamilton Public Library. For books on knitting in general?'],
      [40, 'p', 'ya. pls email to knit4ever@example.ca'],
      [55, 'l', "Hang on, I'll keep looking and email you tonight if it isn't in there."],
      [180, 'l', 'Knitting is 746.432; the shelf list is at hpl.ca/browse/746.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  // ---- B5 agreedRequestB5 ----
  {
    // B5 reading: the patron withdraws the request in the same message; "No problem!" promises nothing
    name: '"could you email me when it\'s back? actually no, dont bother" then "No problem! …": no follow-up session',
    lines: [
      [0, 'p', 'is Demon Copperhead checked in at Eastgate'],
      [20, 'l', 'Hi, Noor at Ask Kent District Library. It is checked out until the 19th; the catalog entry is at kdl.org/catalog. Want to place a hold?'],
      [50, 'p', "could you email me when it's back? actually no, dont bother, i'll just check the catalog myself"],
      [62, 'l', 'No problem! Happy reading.'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // B5 reading: the request is withdrawn in its own message before the agreement; "Sure thing" promises nothing
    name: 'request withdrawn in the next message, then "Sure thing, take care!": no follow-up session',
    lines: [
      [0, 'p', 'do you have the Feb 2019 Consumer Reports on cars'],
      [19, 'l', 'Hi there, this is Ray at Ask Anne Arundel County Library. It is in the Consumer Reports archive: aacpl.net/databases. Did that help?'],
      [70, 'p', 'can u text me if the print copy turns up'],
      [75, 'p', 'wait nvm the database has it, all good'],
      [85, 'l', 'Sure thing, take care!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // B5 reading: "Of course" to "would you send me the form if there is one?" with the form's address: sent now
    name: '"would you send me the form if there is one?" then "Of course, the form is at …": sent now, no follow-up session',
    lines: [
      [0, 'p', 'would you send me the form if there is one? for a meeting room'],
      [24, 'l', 'Of course, the meeting room request form is at bcpl.info/rooms, Bexley Public Library. Does that work?'],
      [60, 'p', 'perfect thx'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // B5 reading: "Of course I'd love to, but …" agrees to nothing it can do: no promise
    name: '"could you let me know if it turns up?" then "Of course I\'d love to, but we can\'t contact patrons from chat…": no promise',
    lines: [
      [0, 'p', 'i left my scarf at the Northside branch yesterday, could you let me know if it turns up?'],
      [30, 'l', "Of course I'd love to, but we can't contact patrons from chat; Northside keeps lost items at the front desk, 555-0148."],
      [60, 'p', 'ok ill call them'],
      [66, 'l', 'Good luck, bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // B5: the agreement gives no time: a follow-up session whose contact fails
    name: 'still caught: "could you email me at ppark@example.com once the scan is ready?" then "Will do!": contact fails (no when)',
    lines: [
      [0, 'p', 'hi I requested a scan of a 1931 city directory page'],
      [20, 'l', 'Hello! This is Abe at the Denver Public Library Western History desk. Which page was it?'],
      [40, 'p', 'p. 212. could you email me at ppark@example.com once the scan is ready?'],
      [55, 'l', 'Will do!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  // ---- B6 helloCheckinB6 ----
  {
    // B6: "Hello?" that opens (the provider's first message), then the name: greets
    name: '"Hello?" as the provider\'s first message, then "sorry, Pat at Tacoma Public Library here": greeting passes',
    lines: [
      [0, 'p', 'r u open on juneteenth'],
      [31, 'l', 'Hello?'],
      [38, 'l', 'sorry, lag on my end — Pat at Tacoma Public Library here.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // B6 (kept): a lone "Hellooo?" after a sign-on without a greeting, the patron silent: a check-in, no greeting
    name: 'kept: "Tom, Ask Us Now." then after 90 s "Hellooo?": no greeting',
    lines: [
      [0, 'p', 'need help w citations'],
      [40, 'l', 'Tom from Ask Us Now at Brooklyn Public Library.'],
      [130, 'l', 'Hellooo?'],
      [150, 'p', 'sorry here, APA 7'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // B6: "Hello? Hello!" the second is no question: greets
    name: '"Hello?? Hi there!" as the second message greets: greeting passes',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [35, 'l', 'Ask a Librarian, Oak Park Public Library.'],
      [42, 'l', 'Hello?? Hi there!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // B6 reading: "Hey? Good morning, what can I do for you?" opens the conversation, greets
    name: '"Hey? Good morning! What can I do for you?" second message greets: greeting passes',
    lines: [
      [0, 'p', 'test'],
      [20, 'l', 'Librarian Dani, Houston Public Library.'],
      [24, 'l', 'Hey? Good morning! What can I do for you?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- B6 onDeskB6 ----
  {
    // B6: "It's Omar on the research help desk @ CCBC Library" names who answers
    name: '"Hey, it\'s Omar on the research help desk @ CCBC Library." names who answers: greeting passes',
    lines: [
      [0, 'p', 'need a peer reviewed article on wind turbines'],
      [25, 'l', "Hey, it's Omar on the research help desk @ CCBC Library."],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // B6 onDeskB6: the name is a colleague's, "I'm just covering chat" (first labelled fail: no one answering named)
    name: '"Hi! Dana on the genealogy desk at Eastside Library is who you want, I\'m just covering chat." names the library answering',
    lines: [
      [0, 'p', 'do you help with family trees'],
      [25, 'l', "Hi! Dana on the genealogy desk at Eastside Library is who you want, I'm just covering chat."],
    ],
    // relabelled: the provider covers the chat of the library whose genealogy desk it names (Eastside Library): the library
    // answering is named in the text, which the rubric accepts as who is answering (an older reading decides it, not onDeskB6)
    exp: some({ greeting: 'pass' }),
  },
  // ---- B6 uGotNameB6 ----
  {
    // B6 (kept): "u've got Marisa here at the Pratt"
    name: 'kept: "hey hey, u got Deshawn here from Ask a Librarian Delaware" names who answers',
    lines: [
      [0, 'p', 'need tax forms'],
      [20, 'l', 'hey hey, u got Deshawn here from Ask a Librarian Delaware'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // B6 uGotNameB6 reading: "once u got Libby, …" names an app
    name: '"hi! once u got Libby, sign in with ur card" names no one: greeting fails',
    lines: [
      [0, 'p', 'how do i get audiobooks on my phone'],
      [20, 'l', 'hi! once u got Libby, sign in with ur card'],
      [30, 'l', 'Is it an iPhone or Android?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // B6 uGotNameB6 reading: "u got Kanopy with …" names a service the patron has, not who answers
    name: '"hey there — u got Kanopy with a student login too" names no one: greeting fails',
    lines: [
      [0, 'p', 'where can i stream documentaries for class'],
      [20, 'l', 'hey there — u got Kanopy with a student login too'],
      [27, 'l', 'What class is it for?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- B6 signOnTailB6 ----
  {
    // B6 (kept): the terse sign-on with "helpline"
    name: 'kept: "Evening! Mo, Hennepin County Library helpline." greets and names: greeting passes',
    lines: [
      [0, 'p', 'lost my card'],
      [30, 'l', 'Evening! Mo, Hennepin County Library helpline.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- B1 smallTalkMoreB1 ----
  {
    // B1 reading: the patron's book drop in the rain: the weather shapes the answer
    name: '"Is it still pouring where you are?" to a patron who will not leave the car in a downpour clarifies',
    lines: [
      [0, 'p', "does Fairview branch have a drive up book drop? I'm not getting out of the car in this storm"],
      [30, 'l', 'Hi, Lou at Ask Gwinnett County Public Library. Is it still pouring where you are?'],
      [60, 'p', 'yes buckets'],
      [80, 'l', 'Fairview has a drive-up return on the Hwy 20 side; branch details at gwinnettpl.org/locations. Does that help?'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // B1 kept: "Are you having a busy week?" to a student is small talk; no other question before the source
    name: 'kept: "Are you having a busy week?" to a student is small talk: clarify fails',
    lines: [
      [0, 'p', 'i need 3 sources on the dust bowl for a paper due friday'],
      [24, 'l', 'Hi, Ari at Ask OSU Libraries. Are you having a busy week?'],
      [50, 'p', 'lol yes'],
      [64, 'l', 'Start with the Dust Bowl guide at guides.library.okstate.edu/dustbowl; it lists books and articles. Does that help?'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // B1 reading: the patron asks whether a storm closes the library: the weather there shapes the answer
    name: '"Is it still icy in Duluth?" to a patron asking if the branch closes for the storm clarifies',
    lines: [
      [0, 'p', 'is the library closing early bc of the ice storm'],
      [28, 'l', 'Hello, Kai at Duluth Public Library. Is it still icy in Duluth?'],
      [50, 'p', 'ya its bad'],
      [70, 'l', 'Closings are posted at duluthlibrary.org/closings; today we close at 3. Does that answer your question?'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // B1 kept: "Is it still snowing out your way?" to a patron asking about a citation style: small talk
    name: 'kept: "Is it still snowing out your way?" to a patron asking about MLA is small talk: clarify fails',
    lines: [
      [0, 'p', 'how do i cite a tweet in MLA'],
      [24, 'l', 'Hi, Rae at Ask Us Minnesota. Is it still snowing out your way?'],
      [50, 'p', 'yep'],
      [64, 'l', 'MLA 9 tweet format is on Purdue OWL: owl.purdue.edu/owl/mla. Does that help?'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  // ---- B1 chatCheckB1 ----
  {
    // B1 reading: the patron's hold texts: "messages" are the library's texts, the need itself
    name: '"Are messages coming through okay on your end?" to a patron whose hold texts stopped clarifies',
    lines: [
      [0, 'p', 'i stopped getting the text alerts when my holds come in'],
      [26, 'l', 'Hi! Wren at Ask Pierce County Library. Are messages coming through okay on your end?'],
      [60, 'p', 'no nothing since march'],
      [80, 'l', 'Text notices are set under My Account > Notifications at pcls.us/account; re-enter your number there. Did that work?'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // B1 kept: the chat itself lagging: tech check, no clarifying question
    name: 'kept: "Sorry, are my replies showing up on your end now?" after the patron says the chat froze: clarify fails',
    lines: [
      [0, 'p', 'what is the loan period for DVDs. sorry the chat froze'],
      [26, 'l', 'Hi, Ola at Ask Spokane Public Library. Sorry, are my replies showing up on your end now?'],
      [50, 'p', 'yes'],
      [60, 'l', 'DVDs go out for 7 days; see spokanelibrary.org/borrowing. Does that help?'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  // ---- B1 ownSearchB1 ----
  {
    // B1 reading: "Any luck with it yet?" about the link the patron's teacher sent, before anything was given: clarifies
    name: '"Any luck with it yet?" about a link the teacher sent, before anything was given, clarifies',
    lines: [
      [0, 'p', 'my teacher sent a link to a database for our project but it says access denied'],
      [25, 'l', 'Hi, Jaz from Ask Fairfax County Public Library.'],
      [40, 'p', 'trying it again now'],
      [70, 'l', 'Any luck with it yet?'],
      [100, 'p', 'no still denied'],
      [120, 'l', 'Log in through fairfaxcounty.gov/library/research with your library card first. Did that do it?'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // B1 reading: "Did the link your teacher sent work at all?" before anything was given: about the patron's situation
    name: '"Did the link your teacher sent work at all?" before anything was given clarifies',
    lines: [
      [0, 'p', 'need the Gale database for homework, teacher emailed a link'],
      [25, 'l', 'Hello, Sam at Ask Elgin Library. Did the link your teacher sent work at all?'],
      [70, 'p', 'it asks for a password'],
      [90, 'l', 'Gale works from gailborden.info/research with your library card number. Does that get you in?'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // B1 kept: after a source, "Any luck with it so far?" is the completeness question
    name: 'kept: after the source, "Any luck with it so far?" is completeness: clarify fails, completeness passes',
    lines: [
      [0, 'p', 'where can i find Ohio death certificates from the 1940s'],
      [25, 'l', 'Hi, Jo at Ask Columbus Metropolitan Library. The Ohio Death Index 1908-1953 is on FamilySearch: familysearch.org/search/collection/1307431.'],
      [90, 'l', 'Any luck with it so far?'],
      [120, 'p', 'found him! thats all i needed'],
      [126, 'l', 'Wonderful, bye!'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass', anything: 'pass' }),
  },
  {
    // B1: "Have you already tried the catalogue?" before anything was given: the patron's own search: clarifies
    name: '"Have you already tried our catalog yourself?" before anything was given clarifies',
    lines: [
      [0, 'p', 'do you have any books on beekeeping'],
      [25, 'l', 'Hi there, Lin with Ask Boise Public Library. Have you already tried our catalog yourself?'],
      [40, 'p', 'no'],
      [55, 'l', 'Beekeeping is at 638.1: search "beekeeping" at boisepubliclibrary.org/catalog. Does that help?'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- near misses of B10's narrowings ----
  {
    // B10 agreedNowB10 near miss: the source is in the second sentence, the agreement still promises a time
    name: 'near miss (agreedNowB10): "Will do, by Friday at the latest. Meanwhile the index is at …" still promises: contact passes',
    lines: [
      [0, 'p', 'hi, could you email me once the 1910 plat map scan is done? lh.grant@example.org'],
      [26, 'l', 'Will do, by Friday at the latest. Meanwhile the plat map index is at digital.mplib.org/plats.'],
      [60, 'p', 'great ty'],
      [66, 'l', 'Thanks for chatting with Milwaukee Public Library!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // B10 agreedNowB10 near miss: "no rush" takes nothing back
    name: 'near miss (agreedNowB10): "can you email me when you find it? no rush" then "Sure thing, by Tuesday!" still promises',
    lines: [
      [0, 'p', "my email is bo.k@example.com"],
      [10, 'p', "can you email me when you find the recipe column? no rush"],
      [30, 'l', 'Sure thing, by Tuesday!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // B10 uGotLeadB10 near miss: "u got Marisa with the Pratt chat today" names the provider
    name: 'near miss (uGotLeadB10): "hi!! u got Marisa with the Pratt chat today" names who answers: greeting passes',
    lines: [
      [0, 'p', 'hey is the central branch open'],
      [20, 'l', 'hi!! u got Marisa with the Pratt chat today'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // B10 helloOfferB10 near miss: "Hello? Are you still there?" second message: a check-in, no greeting
    name: 'near miss (helloOfferB10): "Ref desk, Pratt Library." then "Hello? Are you still there?": no greeting',
    lines: [
      [0, 'p', 'question about passports'],
      [40, 'l', 'Ref desk, Pratt Library.'],
      [170, 'l', 'Hello? Are you still there?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // B10 chatNeedB10 near miss: the patron gives an e-mail, the chat froze: still a tech check
    name: 'near miss (chatNeedB10): patron gives an email and says the chat froze; "are my replies showing up now?" does not clarify',
    lines: [
      [0, 'p', 'how long can i keep a hotspot? my email is r.v@example.com btw. chat froze for a sec'],
      [26, 'l', 'Hi, Ola at Ask Spokane Public Library. Are my replies showing up now?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Hotspots go out for 3 weeks; see spokanelibrary.org/hotspots. Does that help?'],
    ],
    exp: some({ clarify: 'fail' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [
  {
    // left: an older rule (not a B1 setting: turning chatCheckB1 off does not change it) keeps the question from clarifying;
    // telling the chat widget as the need from a tech check of this chat would widen clarify, not narrow a setting
    // B1 chatCheckB1: reading: the teacher's need is the chat widget on the school's site: the question is about the need
    name: 'widget: "Is the chat widget loading for you now?" to a teacher embedding it clarifies',
    lines: [
      [0, 'p', 'Hi, I teach at Hoover Middle and I embedded your chat widget on our class page but it shows a blank box'],
      [28, 'l', 'Hello, Pat with the Ask Us service at Fresno County Public Library here. I just re-issued the code for schools.'],
      [36, 'l', 'Is the chat widget loading for you now?'],
      [90, 'p', 'still blank on the class page'],
      [110, 'l', 'Our embed instructions for school sites, with the new code, are at fresnolibrary.org/askus/embed. Does that get it working?'],
      [200, 'p', 'yes! its there now. that was all, thank you'],
      [209, 'l', 'Glad to hear it, thanks for reaching out!'],
    ],
    exp: usual(),
  },
  {
    // left: the promise is "You got it." and the time is in the next sentence; followup.contact reads the time in the
    // promise's own sentence here, so finding it in the next one would widen the check (this wave only narrows)
    // B5 should still catch: the patron asks to be texted later, "You got it. Tomorrow by noon at the latest." with the number
    name: 'still caught: "can u text me at 608-555-0142 when u find out?" then "You got it. Tomorrow by noon at the latest.": contact passes',
    lines: [
      [0, 'p', 'does UW Madison let public ppl use the law library'],
      [25, 'l', 'Hi, Jess at Madison Public Library. Do you need it to read in the building or to borrow?'],
      [70, 'p', 'just read. can u text me at 608-555-0142 when u find out?'],
      [82, 'l', 'You got it. Tomorrow by noon at the latest.'],
      [100, 'p', 'thank u'],
      [105, 'l', 'Thanks for chatting!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // left: an older rule (not chatCheckB1: turning it off changes nothing) keeps this question from clarifying; the
    // patron's own e-mails as the need are not told from the chat's replies without widening
    // B1 reading: the patron's own e-mail replies to the library bouncing: the need
    name: '"Are the replies going through now?" to a patron whose emails to the branch bounce clarifies',
    lines: [
      [0, 'p', 'my emails to the Westbrook branch keep bouncing back, I need to ask them about an ILL'],
      [30, 'l', 'Hi, Tess at Ask Westbrook Libraries. I fixed a typo in the branch address on our site. Are the replies going through now?'],
      [90, 'p', 'still bouncing'],
      [110, 'l', 'Use ill@westbrooklib.org directly for interlibrary loans. Does that work for you?'],
    ],
    exp: some({ clarify: 'pass' }),
  },
];

describe('twenty-sixth round (B10): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-sixth round (B10): the first wave's settings checked, every check", whole);
describeSessions("twenty-sixth round (B10): the first wave's settings checked, short cases", short);

describeLeft('twenty-sixth-round-settings-checked', LEFT);
