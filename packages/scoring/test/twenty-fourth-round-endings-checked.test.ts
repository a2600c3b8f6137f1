/**
 * Twenty-fourth round, second wave (Z9): ENDINGS, GREETINGS, HOLDS AND QUESTIONS, CHECKED. The first wave (blocks Z1-Z6)
 * widened families and added a setting that decide `approachability.greeting`, `closing.goodbye` (`closing.courteous` and
 * the goodbye of the final idle), `closing.anything_else`, `followup.completeness`, `interest.keep_informed` (holds),
 * `session.disconnect_notice` and `inquiry.clarify`, each guarded only by its own helper's near miss. These sessions put
 * each change in other people's words, where its regexp would read the rubric's literal text wrongly (or where the reading
 * it meant should still hold), labelled from RUBRIC.md before the scorer ran:
 * - Z3 holiday and seasonal wishes as greetings and goodbyes (a title without quotes, "Happy Holidays hours", a wish
 *   returned mid-chat, a wish passed on to someone else), the greet-and-part words ending a message that is no goodbye
 *   ("…, Aloha?" a branch, "…, Shalom?" the patron's name), "Peace" ("War and Peace"), "Later gator" (a title),
 *   "Blessings" (a novel), "Keep warm" (what a warming center is for), "Toda raba" explained, `wishGreetingZ3`;
 * - Z2 "any thing else" without "?", "your chatting with …", "looks like you're not there anymore", the `completeness`
 *   narrowing of "give you" and the "make it easier" alternative;
 * - Z6 "you've both …" and "you and X have / are …" in `seemGone`, "ask her whether that answers", "get your student what
 *   she needs", the `selfRole` narrowing;
 * - Z1 "cover the rest of what you need";
 * - Z5 "give me 5" as a hold.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a book's title at the start of a sentence ("Merry Christmas, Curious George is on the shelf…", "Happy Easter, Mouse! is
 *   checked in…", "…that's War and Peace.", "…Anna Quindlen's novel, Blessings.", "…by Laurence Yep, Later Gator!") greets
 *   no one and says no goodbye: the provider names a book;
 * - "Happy Holidays hours are …" names a schedule; it greets no one;
 * - a holiday wish returned at the start of a reply that goes on with the answer ("Happy Diwali to you too! Now, the
 *   ebook: …") is small talk in the middle of the chat, no goodbye (as Y9 read "Same to you"); as the whole last message
 *   it is a goodbye;
 * - a wish the patron is asked to pass on to someone else ("Wish your grandma a very happy Diwali from all of us!") in the
 *   middle of the chat thanks no one, says goodbye to no one and invites no one back;
 * - "…and keep warm." saying what a warming center lets people do is information, no goodbye;
 * - "Toda raba is Hebrew for 'thank you very much'" explains a phrase; it thanks no one;
 * - a greeting and a self-introduction by a provider taking over after the answer ("Hi, Merry Christmas! I'm Lee, taking
 *   over from Dev. Is there anything I can help you with?") open the chat again, as Z3's near miss reads it without the
 *   wish (v6's reading): no anything-else;
 * - "Any thing else you return late is charged …" states a rule: no question;
 * - "I see your chatting with Marcus yesterday got cut off" is about the patron's earlier chat with someone else: it says
 *   nothing of who is answering now;
 * - "Did the form give you a confirmation number?" asks about the patron's screen, like Z2's error message: no
 *   completeness question;
 * - "looks like you're not there on the holds list", "you've both lost your cards", "you and your husband are away until
 *   March" say nothing of a disconnection;
 * - "Can you ask her whether it covers the summer session too?" asks about the patron's situation (a pass the family
 *   holds), "ask your dad whether it helps to have large print" about a format not given yet: neither is a completeness
 *   question;
 * - "Does SNAP get her what she needs?" and "Does Medicaid cover the rest of what you need?" ask about the patron's
 *   benefits, not about the information given;
 * - "Always happy to help out a fellow librarian" says the patron is a librarian, not who is answering;
 * - "Way to go, give me 5!" after the patron's success is a high five, and "If you give me 5, I'll renew them now" asks
 *   the patron for five titles: neither asks the patron to wait, so the patron's silence after them is waiting on the patron.
 * - "Happy Holidays, the library is closed on the 25th!" opening the chat still greets: a wish, then a notice.
 * Fixed in Z9 (narrowings only, block `phrasesV25Z9` and settings `wishOpenAgainZ9`, `returnedWishZ9`): every case below
 * passes, each fix with its near miss beside it; the two in `LEFT` need what follows a sentence's end, or an older family
 * narrowed. Two near misses were first written in words the scorer never read, a widening outside this wave ("Could you ask
 * him whether…", the two-word "Ancestry Library"): they were reworded to the forms the first wave reads.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual, who } from './helpers';

/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 27): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: "…it's War and Peace." names the book the patron wants; the last two provider messages neither thank, say
    // goodbye nor invite back. The hold (95) ends the first span (15 s) and starts the next (75 s)
    name: 'book club: "Just so you have the exact title for the hold, it\'s War and Peace." is no goodbye: courteous fails',
    lines: [
      [0, 'p', 'hey do u have the long russian one about napoleon, my book club is doing it in jan'],
      [41, 'l', 'Hi there! This is Marisol at Tulsa City-County Library. Do you want a print copy or the ebook?'],
      [80, 'p', 'print, big font if u have it'],
      [95, 'l', "Let me look at what's on the shelf."],
      [170, 'l', 'There is a large print copy of the Maude translation at Central, call number LP FIC TOLSTOY, and you can put a hold on it at catalog.tulsalibrary.org. Does that work for you?'],
      [230, 'p', 'yes thats perfect, thats all i needed'],
      [241, 'l', "Great. Just so you have the exact title for the hold, it's War and Peace."],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: a provider taking over after the answer greets and introduces themself: "Is there anything I can help you
    // with?" opens the chat again (v6's reading, Z3's near miss without the wish); the wish beside "Hi" does not make it an
    // anything-else. "found it!! thank you" does not say the patron is done
    name: 'obituary: "Hi, Merry Christmas! I\'m Lee, taking over from Dev… Is there anything I can help you with?" opens again: anything_else fails',
    lines: [
      [0, 'p', 'hi im trying to find the obit for my uncle, died dec 2009, it was in the Plain Dealer'],
      [34, 'l', "Hello, you've reached Ask Cleveland, I'm Dev. Do you know his full name and the date he died?"],
      [90, 'p', 'Raymond Kowalski, dec 14 2009'],
      [104, 'l', 'The Plain Dealer for 2009 is searchable in NewsBank through clevelandpubliclibrary.org/research with your card: search his name and limit it to December 2009. Does that answer your question?'],
      [180, 'p', 'found it!! thank you'],
      [196, 'l', "Hi, Merry Christmas! I'm Lee, taking over from Dev for the evening shift. Is there anything I can help you with?", who('Lee Park', 'lee')],
      [230, 'p', 'ok thx'],
      [238, 'l', 'Thanks for using Ask Cleveland, good night!', who('Lee Park', 'lee')],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Way to go, give me 5!" after the patron did it alone is a high five, not a hold: from 209 the provider waits
    // on the patron, so the 135 s before "Is there anything else…" is no wait on the provider
    name: 'libby to kindle: "Way to go, give me 5!" is a high five, no hold: the quiet 135 s after it is the patron\'s, keep_informed passes',
    lines: [
      [0, 'p', 'how do i get libby to send books to my kindle'],
      [55, 'l', 'Hi! Kofi here from Ask a Librarian at Denver Public Library. Is it a Kindle e-reader or the Kindle app on a phone?'],
      [95, 'p', 'paperwhite'],
      [110, 'l', 'In Libby tap Borrow, then Read With and choose Kindle; Amazon opens and you tap Get Library Book. The same steps are at help.libbyapp.com. Did that work?'],
      [200, 'p', 'omg it worked, i did it all by myself'],
      [209, 'l', 'Way to go, give me 5!'],
      [344, 'l', 'Is there anything else I can help you with today?'],
      [380, 'p', 'nope'],
      [388, 'l', 'Happy reading, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Looks like you're not there on the holds list anymore" is about the hold, no disconnect notice; the final
    // idle runs from the answer (118) to the goodbye that invites back (410): 292 s; the check-in at 250 asks, but no
    // message says the patron seems to have disconnected. Picked up at 62 s
    name: 'expired hold: "Looks like you\'re not there on the holds list anymore…" is about the hold: disconnect_notice fails',
    lines: [
      [0, 'p', 'my hold on lessons in chemistry disappeared from my account??'],
      [62, 'l', 'Good afternoon, Priya at Multnomah County Library here. Was it the book or the audiobook you had on hold?'],
      [100, 'p', 'the book'],
      [118, 'l', "Looks like you're not there on the holds list anymore: the hold expired on March 3 because it wasn't picked up. You can place it again at multcolib.org/catalog. Does that answer your question?"],
      [250, 'l', 'Are you still with me?'],
      [410, 'l', "I'm going to close this chat now. Feel free to start a new chat anytime at multcolib.org."],
    ],
    exp: usual({ pickup: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "Which one did you pick for pickup: Hillsboro, Beaverton, Aloha?" lists branches (Aloha, Oregon), no goodbye:
    // the last two provider messages neither thank, part nor invite back. The only question comes after the source (58)
    name: 'pickup branch: "Which one did you pick for pickup: Hillsboro, Beaverton, Aloha?" is a place, no goodbye: courteous fails',
    lines: [
      [0, 'p', 'can i get the new ina garten cookbook sent to a different library than my usual one'],
      [20, 'l', 'Hi, Keoni with WCCLS Ask a Librarian here. Yes, you can pick it up at any library in the county.'],
      [50, 'p', 'great'],
      [58, 'l', 'Place the hold at wccls.bibliocommons.com and choose your pickup library before you confirm.'],
      [90, 'p', 'ok done i think'],
      [101, 'l', 'Which one did you pick for pickup: Hillsboro, Beaverton, Aloha?'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
];

/** Short cases: the checks each is about. */
export const short: SessionCase[] = [
  // ---- Z3 greetings: wishes that are titles or schedules ----------------------------------------------------------------
  {
    // reading: the book's title opens the sentence; nothing in the first two provider messages greets
    name: '"Jo at Sample County Library. Merry Christmas, Curious George is on the shelf at Westside." names a book: greeting fails',
    lines: [
      [0, 'p', 'do u have merry christmas curious george, my son wants it for bedtime'],
      [22, 'l', 'Jo at Sample County Library. Merry Christmas, Curious George is on the shelf at Westside, call number E REY.'],
      [31, 'l', 'Want me to put it on hold for you?'],
      [60, 'p', 'yes please'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss: a wish to the patron by name greets
    name: 'near miss: "Merry Christmas, Ms. Okafor! Jo at Sample County Library here." greets: greeting passes',
    lines: [
      [0, 'p', 'hi its Adaeze Okafor, is the library open tomorrow'],
      [22, 'l', 'Merry Christmas, Ms. Okafor! Jo at Sample County Library here.'],
      [31, 'l', 'All branches are closed tomorrow and open again on the 27th.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Happy Holidays hours are …" names the schedule; Sam names himself but never greets
    name: '"Ask a Librarian, this is Sam. Happy Holidays hours are on the homepage…" names a schedule: greeting fails',
    lines: [
      [0, 'p', 'are you guys open today, its xmas eve'],
      [30, 'l', 'Ask a Librarian, this is Sam. Happy Holidays hours are on the homepage: we close at 3 pm today.'],
      [44, 'l', 'The full list is at lexpublib.org/hours.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- Z3 goodbyes: wishes, greet-and-part words and other goodbyes in other senses --------------------------------------
  {
    // reading: Anna Quindlen's novel "Blessings" named at the end of the message
    name: '"If you liked Still Life, you might like Anna Quindlen\'s novel, Blessings." is no goodbye: courteous fails',
    lines: [
      ...open('i loved still life by sarah winman, what should i read next', 'Hi, Tom at Arlington Public Library. Do you like audiobooks or print?'),
      [58, 'p', 'print'],
      [66, 'l', 'NoveList has read-alikes for it; you get in through library.arlingtonva.us/research with your card.'],
      [80, 'l', "If you liked Still Life, you might like Anna Quindlen's novel, Blessings."],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: what the warming centers are for, said as information
    name: '"Warming centers are open overnight at the Main library, so anyone can come in and keep warm." is no goodbye: courteous fails',
    lines: [
      ...open('is there anywhere to go tonight its going to be 5 below', 'Hello, this is Rae at Saint Paul Public Library. Do you need a bed or just somewhere warm?'),
      [49, 'p', 'just somewhere warm'],
      [57, 'l', 'The county list of warming centers is at ramseycounty.us/warming.'],
      [70, 'l', 'Warming centers are open overnight at the Main library, so anyone can come in and keep warm.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss (Z3): "Stay safe and keep warm!" closing the chat parts
    name: 'near miss: "Stay safe and keep warm!" as the last message: courteous passes',
    lines: [
      ...open('is there anywhere to go tonight its going to be 5 below', 'Hello, this is Rae at Saint Paul Public Library. Do you need a bed or just somewhere warm?'),
      [49, 'p', 'just somewhere warm'],
      [57, 'l', 'The county list of warming centers is at ramseycounty.us/warming.'],
      [70, 'l', 'Stay safe and keep warm!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: the wish is for the grandmother, sent through the patron, in the middle of the chat: it thanks, parts and
    // invites back no one; the last message gives a date
    name: '"Wish your grandma a very happy Diwali from all of us! The large print copy is on hold for her." is no goodbye: courteous fails',
    lines: [
      ...open('my nani wants the new chitra banerjee divakaruni book, she needs large print', 'Namaste! Meera at Edison Public Library here. Should it go to her home branch?'),
      [52, 'p', 'yes edison main. its for diwali'],
      [64, 'l', 'It is in the catalog at edisonpubliclibrary.org, LP FIC DIVAKARUNI.'],
      [81, 'l', 'Wish your grandma a very happy Diwali from all of us! The large print copy is on hold for her.'],
      [95, 'p', 'ok'],
      [104, 'l', 'It will be at the desk by Thursday.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: the wish returned at the start of a reply that goes on with the help is small talk, no goodbye (Y9's
    // reading of "Same to you"); the last message is an instruction
    name: '"Happy Diwali to you too! Now, the ebook: …" returned mid-chat, the reply goes on: courteous fails',
    lines: [
      ...open('how do i borrow ebooks on my phone. happy diwali btw!', 'Hi! Neha at Fremont Main Library. Android or iPhone?'),
      [44, 'p', 'iphone'],
      [55, 'l', 'Happy Diwali to you too! Now, the ebook: download Libby from the App Store and add Alameda County Library with your card; the steps are at aclibrary.org/ebooks.'],
      [90, 'p', 'downloading'],
      [98, 'l', 'Once it asks for your PIN, use the last 4 digits of your phone number.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss (Z3): the whole last message is the wish
    name: 'near miss: "Happy Diwali to you and your family!" as the last message: courteous passes',
    lines: [
      ...open('how do i borrow ebooks on my phone', 'Hi! Neha at Fremont Main Library. Android or iPhone?'),
      [44, 'p', 'iphone'],
      [55, 'l', 'Download Libby from the App Store and add Alameda County Library with your card; the steps are at aclibrary.org/ebooks.'],
      [90, 'p', 'got it'],
      [98, 'l', 'Happy Diwali to you and your family!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: Laurence Yep's "Later, Gator!" named at the end of the message
    name: '"Sounds like the one by Laurence Yep, Later Gator!" names a book: courteous fails',
    lines: [
      ...open('kids chapter book where a boy gives his little brother an alligator for his birthday?', 'Hi there, Gabe at Sacramento Public Library. Is it a newer book or one you read as a kid?'),
      [60, 'p', 'read it as a kid in the 90s'],
      [70, 'l', 'It is in our catalog at saclibrary.org under Yep, Laurence.'],
      [78, 'l', 'Sounds like the one by Laurence Yep, Later Gator!'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: Shalom is the patron's name; the message asks about the need, it parts no one
    name: '"Before I pull more, is this for a class, Shalom?" the patron\'s name, no goodbye: courteous fails',
    lines: [
      [0, 'p', 'hi my name is Shalom, i need articles on the 1973 oil crisis'],
      [25, 'l', 'Hello, this is Ruth at the Skokie Public Library.'],
      [40, 'l', 'Start with the Gale history database at skokielibrary.info/research.'],
      [52, 'l', 'Before I pull more, is this for a class, Shalom?'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss (Z3): "Mahalo for chatting, aloha!" parts (and thanks)
    name: 'near miss: "Mahalo for chatting, aloha!" closing the chat: courteous passes',
    lines: [
      ...open('can i get the new ina garten cookbook sent to a different library', 'Hi, Keoni with WCCLS Ask a Librarian here. Which library do you want?'),
      [50, 'p', 'aloha library'],
      [58, 'l', 'Place the hold at wccls.bibliocommons.com and choose Aloha Community Library.'],
      [90, 'p', 'done'],
      [101, 'l', 'Mahalo for chatting, aloha!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: the provider explains the phrase the patron asked about; nobody is thanked
    name: '"Toda raba is the phrase you want, in Hebrew letters…" explains a phrase: courteous fails',
    lines: [
      ...open('how do you say thank you very much in hebrew, writing a card', 'Hi, Ari at the Jewish Community Library. Just the phrase or a course too?'),
      [50, 'p', 'just the phrase'],
      [58, 'l', 'Toda raba is the phrase you want; in Hebrew letters it is תודה רבה.'],
      [70, 'l', 'Mango Languages has a Hebrew course too, free at jewishlibrary.org/mango.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss (Z3): "Toda raba for waiting!" thanks
    name: 'near miss: "Toda raba for waiting!" as the last message thanks: courteous passes',
    lines: [
      ...open('how do you say thank you very much in hebrew, writing a card', 'Hi, Ari at the Jewish Community Library. Just the phrase or a course too?'),
      [50, 'p', 'just the phrase'],
      [58, 'l', 'It is "toda raba"; Mango Languages has Hebrew too, at jewishlibrary.org/mango.'],
      [70, 'l', 'Toda raba for waiting!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss (Z3, wishGreetingZ3): the wish with the offer after the answer asks for more
    name: 'near miss: "Merry Christmas! Is there anything I can help you with?" after the answer: anything_else passes',
    lines: [
      ...open('whats the phone number for the county passport office', 'Hello, Ask Cleveland, I\'m Dev. Cuyahoga County?'),
      [44, 'p', 'yes'],
      [52, 'l', 'The Cuyahoga County Clerk of Courts passport office is at cp.cuyahogacounty.gov, 216-443-7950.'],
      [80, 'p', 'perfect ty'],
      [88, 'l', 'Merry Christmas! Is there anything I can help you with?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- Z2 dictation: "any thing else", "your chatting with", "not there anymore", completeness --------------------------
  {
    // reading: a statement of the fine rule, no question; no question before the fine schedule (the source)
    name: '"Any thing else you return late is charged 25 cents a day." states a rule, no question: clarify fails',
    lines: [
      ...open('do i have to pay for the dvd i returned 2 days late', 'Hi, Carmen at Pima County Public Library.'),
      [40, 'l', 'DVDs have no late fines anymore. Any thing else you return late is charged 25 cents a day.'],
      [47, 'l', 'The fine schedule is at library.pima.gov/fines.'],
      [80, 'p', 'ok good'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss (Z2): dictated "any thing else i can look up for u" asks
    name: 'near miss: "any thing else i can look up for u" without "?" after the answer: anything_else passes',
    lines: [
      ...open('do i have to pay for the dvd i returned 2 days late', 'Hi, Carmen at Pima County Public Library. Was it a library DVD or an interlibrary loan?'),
      [40, 'p', 'library'],
      [47, 'l', 'DVDs have no late fines anymore, see library.pima.gov/fines.'],
      [80, 'p', 'ok good'],
      [86, 'l', 'any thing else i can look up for u'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: the patron's earlier chat with Marcus; the first two provider messages never say who answers now
    name: '"Hi! I see your chatting with Marcus yesterday got cut off, sorry." names someone else: greeting fails',
    lines: [
      [0, 'p', 'hi i was chatting w marcus yesterday abt renewing my laptop loan and it cut off'],
      [24, 'l', 'Hi! I see your chatting with Marcus yesterday got cut off, sorry about that.'],
      [36, 'l', 'The laptop renewal went through: the new due date is March 16.'],
      [60, 'p', 'thank u'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss (Z2): "your chatting with Renee at Boise Public Library" says who is answering
    name: 'near miss: "Hi there, your chatting with Renee at Boise Public Library" introduces: greeting passes',
    lines: [
      [0, 'p', 'hi can i renew my laptop loan'],
      [24, 'l', 'Hi there, your chatting with Renee at Boise Public Library'],
      [36, 'l', 'The laptop renewal went through: the new due date is March 16.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: like Z2's error message, a confirmation number is what the patron's screen shows: a question about the
    // patron's situation, not whether the steps given meet the need
    name: '"Did the form give you a confirmation number at the end?" asks about the screen: completeness fails',
    lines: [
      ...open('i filled in the interlibrary loan request but not sure it went through', 'Hello, Jess at the Hennepin County Library. Was it the ILL form in your account?'),
      [50, 'p', 'yes'],
      [58, 'l', 'Requests show under My Account > Interlibrary Loan at hclib.org once they are received.'],
      [72, 'l', 'Did the form give you a confirmation number at the end?'],
      [100, 'p', 'no it just went blank'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: a question about the patron's own try before any answer is a question about the need (clarify), whatever
    // a completeness reading would make of it later
    name: '"Does it make it easier to read when you turn the phone sideways?" before any answer: clarify passes',
    lines: [
      ...open('the print in the libby app is too small for me, im 84', 'Hello, Ruth at King County Library System here.'),
      [45, 'l', 'Does it make it easier to read when you turn the phone sideways?'],
      [90, 'p', 'a little'],
      [98, 'l', 'In Libby, tap the A at the top of the book and slide the text size to the right; the steps are at help.libbyapp.com.'],
      [130, 'p', 'oh thats much better'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- Z6 seemGone: "both", "you and your X" --------------------------------------------------------------------------
  {
    // reading: "Looks like you've both lost your cards" is about the cards; the final idle runs from that answer (70) to the
    // end (375): 305 s; the check-in asks, but nothing says the patron seems to have disconnected
    name: '"Looks like you\'ve both lost your cards, so…" is about the cards: disconnect_notice fails',
    lines: [
      ...open('me and my son both cant find our library cards, what do we do', 'Hi, Luis at San Antonio Public Library. Are they adult cards or is his a youth card?'),
      [55, 'p', 'he is 12'],
      [70, 'l', "Looks like you've both lost your cards, so replacements are $1 for yours and free for his, at any branch; details at mysapl.org/cards."],
      [200, 'l', 'Are you still there?'],
      [370, 'l', 'I will close this chat now.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: the couple is away from home, not from the chat
    name: '"Looks like you and your husband are away until March, so I froze both holds." is no disconnect notice: disconnect_notice fails',
    lines: [
      ...open('my husband and i are in florida til march, can our holds wait', 'Hi, Beth at the Ann Arbor District Library. Do you want them frozen or cancelled?'),
      [55, 'p', 'frozen'],
      [70, 'l', 'Looks like you and your husband are away until March, so I froze both holds; you can unfreeze them at aadl.org/account.'],
      [200, 'l', 'Are you still there?'],
      [370, 'l', 'I will close this chat now.'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // near miss (Z6): "It looks like you've both logged off, so I'm closing the chat" tells
    name: 'near miss: "It looks like you\'ve both logged off, so I\'m closing the chat now." in the idle: disconnect_notice passes',
    lines: [
      ...open('me and my son both cant find our library cards, what do we do', 'Hi, Luis at San Antonio Public Library. Are they adult cards or is his a youth card?'),
      [55, 'p', 'he is 12'],
      [70, 'l', 'Replacements are $1 for yours and free for his, at any branch; details at mysapl.org/cards.'],
      [200, 'l', 'Are you still there?'],
      [370, 'l', "It looks like you've both logged off, so I'm closing the chat now."],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  // ---- Z6 completeness through a relative, Z1 "the rest of" ------------------------------------------------------------
  {
    // reading: whether the pass covers the summer session is about the patron's daughter's situation, not about whether
    // the answer meets the need
    name: '"Can you ask her whether it covers the summer session too?" asks about her pass: completeness fails',
    lines: [
      ...open('my daughter is at UT, can she use the public library with her student id', 'Hello, Dana at Austin Public Library. Does she live in Austin?'),
      [50, 'p', 'yes in a dorm'],
      [60, 'l', 'Yes: Austin residents get a free card, and a dorm address counts with her student ID; the rules are at library.austintexas.gov/card.'],
      [75, 'l', 'Her UT housing contract might end in May though. Can you ask her whether it covers the summer session too?'],
      [110, 'p', 'ill ask'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: large print has not been given: a question about a format, like "would a scan be what you need?"
    name: '"Can you ask your dad whether it helps to have large print?" asks about a format not given: completeness fails',
    lines: [
      ...open('my dad wants a book about the korean war, he was there', 'Hi, Sam at the Omaha Public Library. Memoir or history?'),
      [50, 'p', 'history'],
      [60, 'l', 'The Coldest Winter by David Halberstam is on the shelf at W. Dale Clark, 951.9042 HAL, see omahalibrary.org.'],
      [75, 'l', 'Can you ask your dad whether it helps to have large print?'],
      [110, 'p', 'he says yes'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss (Z6): asks through the son whether what was given answers (reworded from "Could you ask him…", which the
    // scorer never read: a widening, outside this wave)
    name: 'near miss: "Can you ask him whether that answers his question?" after the book: completeness passes',
    lines: [
      ...open('my dad wants a book about the korean war, he was there', 'Hi, Sam at the Omaha Public Library. Memoir or history?'),
      [50, 'p', 'history'],
      [60, 'l', 'The Coldest Winter by David Halberstam is on the shelf at W. Dale Clark, 951.9042 HAL, see omahalibrary.org.'],
      [75, 'l', 'Can you ask him whether that answers his question?'],
      [110, 'p', 'he says yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: a question about the grandmother's benefits, not about the meal-delivery page given
    name: '"Does SNAP get her what she needs, or is she short at the end of the month?" asks about her benefits: completeness fails',
    lines: [
      ...open('my grandma cant get to the store anymore, is there meal delivery for seniors', 'Hello, Grace at the Providence Public Library. Is she in Providence?'),
      [52, 'p', 'yes'],
      [62, 'l', 'Meals on Wheels of Rhode Island delivers weekday lunches; the sign-up page is at rimeals.org.'],
      [80, 'l', 'Does SNAP get her what she needs, or is she short at the end of the month?'],
      [120, 'p', 'shes short'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: whether Medicaid pays for the rest is the patron's situation, not whether the page given meets the need
    name: '"Does Medicaid cover the rest of what you need?" about the hearing aids: completeness fails',
    lines: [
      ...open('need help paying for hearing aids', 'Hi, Ken at the Tacoma Public Library. Are you on Medicare, Medicaid or private insurance?'),
      [52, 'p', 'medicaid, it pays some'],
      [62, 'l', 'The Washington Hearing Aid assistance list is at hca.wa.gov/hearing-aids.'],
      [80, 'l', 'Does Medicaid cover the rest of what you need?'],
      [120, 'p', 'no only half'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss (Z1): a resource given asks about what it covers of the need (reworded from the two-word "Ancestry Library",
    // which v13's pattern never read: a widening, outside this wave)
    name: 'near miss: "Does HeritageQuest cover the rest of what you need?" after the census link: completeness passes',
    lines: [
      ...open('looking for my great grandfather in the 1910 census, Ohio', 'Hi, Ken at the Tacoma Public Library. Do you know the county?'),
      [52, 'p', 'Stark'],
      [62, 'l', 'HeritageQuest has the 1910 census, free with your card at tacomalibrary.org/heritagequest: search Stark County, Ohio.'],
      [80, 'l', 'Does HeritageQuest cover the rest of what you need?'],
      [120, 'p', 'yes thx'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- Z6 selfRole --------------------------------------------------------------------------------------------------------
  {
    // reading: the patron is the librarian; nobody says who is answering in the first two provider messages
    name: '"Hello! Always happy to help out a fellow librarian." says who the patron is: greeting fails',
    lines: [
      [0, 'p', 'hi, school librarian here, a student needs primary sources on the dust bowl'],
      [26, 'l', 'Hello! Always happy to help out a fellow librarian.'],
      [40, 'l', 'The Library of Congress has a Dust Bowl primary source set at loc.gov/classroom-materials.'],
      [70, 'p', 'perfect'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss (Z6): "Fellow librarian here, Dana at the State Library" says who is answering
    name: 'near miss: "Hi! Fellow librarian here, Dana at the State Library." introduces: greeting passes',
    lines: [
      [0, 'p', 'hi, school librarian here, a student needs primary sources on the dust bowl'],
      [26, 'l', 'Hi! Fellow librarian here, Dana at the State Library.'],
      [40, 'l', 'The Library of Congress has a Dust Bowl primary source set at loc.gov/classroom-materials.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- Z5 "give me 5" -----------------------------------------------------------------------------------------------------
  {
    // reading: "if you give me 5" asks the patron for five titles; the 133 s until the patron's barcodes is waiting on the
    // patron, and the provider answers them in 14 s
    name: '"If you give me 5, I\'ll renew them now and the other two tomorrow." asks for titles, no hold: keep_informed passes',
    lines: [
      ...open('i have 7 books due tomorrow can u renew them', 'Hi, Pat at the Louisville Free Public Library. Are they all on your own card?'),
      [50, 'p', 'yes'],
      [62, 'l', 'Chat renewals are 5 at a time. If you give me 5, I\'ll renew them now and the other two tomorrow.'],
      [195, 'p', 'ok 31234000456789, 31234000456790, 31234000456791, 31234000456792, 31234000456793'],
      [209, 'l', 'Done, all five are due March 30; you can check at lfpl.org/account.'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss (Z5): "Give me 5, pulling up your account" is a hold; the answer 105 s later keeps the patron informed
    name: 'near miss: "Give me 5, pulling up your account." holds: the answer 105 s later keeps keep_informed passing',
    lines: [
      ...open('i have 7 books due tomorrow can u renew them', 'Hi, Pat at the Louisville Free Public Library. Are they all on your own card?'),
      [50, 'p', 'yes'],
      [62, 'l', 'Give me 5, pulling up your account.'],
      [167, 'l', 'Done, all seven are due March 30; you can check at lfpl.org/account.'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: "give me 5 minutes to finish the form" asks the patron to wait: a hold, but 131 s pass before the next
    // provider message
    name: '"Give me 5 minutes to finish the ILL form for you." holds; 131 s of silence after it: keep_informed fails',
    lines: [
      ...open('can you get me a book my library doesnt have', 'Hi, Pat at the Louisville Free Public Library. What is the title?'),
      [50, 'p', 'The Wager by David Grann'],
      [62, 'l', 'Give me 5 minutes to finish the ILL form for you.'],
      [193, 'l', 'Submitted: you will get an e-mail when it arrives; requests are listed at lfpl.org/account.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: "give me 5 stars" asks for a rating at the close; the quiet after it is the patron's
    name: '"If this helped, give me 5 stars on the survey!" is no hold: the patron\'s quiet after it is no wait, keep_informed passes',
    lines: [
      ...open('can you get me a book my library doesnt have', 'Hi, Pat at the Louisville Free Public Library. What is the title?'),
      [50, 'p', 'The Wager by David Grann'],
      [62, 'l', 'You can request it through interlibrary loan at lfpl.org/ill. If this helped, give me 5 stars on the survey!'],
      [240, 'l', 'Anything else I can help with?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- near misses of the Z9 narrowings ----------------------------------------------------------------------------------
  {
    // near miss (returnedWishZ9): the returned wish as the whole last message parts
    name: 'near miss: "Happy Diwali to you too!" as the last message: courteous passes',
    lines: [
      ...open('how do i borrow ebooks on my phone. happy diwali btw!', 'Hi! Neha at Fremont Main Library. Android or iPhone?'),
      [44, 'p', 'iphone'],
      [55, 'l', 'Download Libby from the App Store and add Alameda County Library with your card; the steps are at aclibrary.org/ebooks.'],
      [90, 'p', 'got it, thanks'],
      [98, 'l', 'Happy Diwali to you too!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss (wishOpenAgainZ9): a wish from the service with the offer, no greeting or introduction beside it
    name: 'near miss: "Merry Christmas from all of us at Ask Cleveland! Is there anything I can help you with?" after the answer: anything_else passes',
    lines: [
      ...open('whats the phone number for the county passport office', "Hello, Ask Cleveland, I'm Dev. Cuyahoga County?"),
      [44, 'p', 'yes'],
      [52, 'l', 'The Cuyahoga County Clerk of Courts passport office is at cp.cuyahogacounty.gov, 216-443-7950.'],
      [80, 'p', 'perfect ty'],
      [88, 'l', 'Merry Christmas from all of us at Ask Cleveland! Is there anything I can help you with?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss (Z9 farewell 60): "Take it easy, peace ✌️" closing the chat parts
    name: 'near miss: "Take it easy, peace ✌️" as the last message: courteous passes',
    lines: [
      ...open('yo do yall have the new kendrick vinyl', 'Hey, Marisol at Tulsa City-County Library. To borrow or just to listen?'),
      [50, 'p', 'borrow'],
      [58, 'l', 'Vinyl is not in our collection, but the album streams free on Hoopla at tulsalibrary.org/hoopla.'],
      [90, 'p', 'bet'],
      [97, 'l', 'Take it easy, peace ✌️'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss (Z9_GONE_OBJECT): "have left the chat" still tells the patron they seem gone
    name: 'near miss: "It seems you and your grandma have left the chat, so I\'ll close it now." in the idle: disconnect_notice passes',
    lines: [
      ...open('my grandma needs large print mysteries', 'Hi, Beth at the Ann Arbor District Library. Which authors does she like?'),
      [55, 'p', 'louise penny'],
      [70, 'l', 'The large print Louise Penny books are listed at aadl.org/catalog, search Penny large print. Is that what she was after?'],
      [200, 'l', 'Are you still there?'],
      [370, 'l', "It seems you and your grandma have left the chat, so I'll close it now."],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // near miss (Z9_COMMA_TITLE): a wish, then a notice that opens on "the", still greets
    name: 'near miss: "Happy holidays, the library is closed on the 25th! This is Jo at Sample County Library." greets: greeting passes',
    lines: [
      [0, 'p', 'can i return books on christmas day'],
      [22, 'l', 'Happy holidays, the library is closed on the 25th! This is Jo at Sample County Library.'],
      [31, 'l', 'The book drops stay open, so you can return them any day.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [
  {
    // left: the sentence ends at the title's own "!" ("Happy Easter, Mouse!"), so the wish to a person by name and the title
    // read the same within it; what follows ("is checked in…") is another sentence, which a phrase cannot see
    // reading: the title ("Happy Easter, Mouse!" by Laura Numeroff) is no goodbye; neither last message thanks or parts
    name: '"Happy Easter, Mouse! is checked in at the Oak branch." names a book: courteous fails',
    lines: [
      ...open('looking for the if you give a mouse a cookie easter one', 'Hello! Ana at the Oak Park Public Library. Board book or the bigger picture book?'),
      [55, 'p', 'board book'],
      [70, 'l', 'The board book is in the catalog at oppl.org/catalog, J BOARD NUMEROFF.'],
      [96, 'l', 'Happy Easter, Mouse! is checked in at the Oak branch.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // left: the meaning given, "thank you very much", is v1's own thanks; telling a phrase explained from thanks given is
    // an older family's reading (the same explanation without the English words is in `short` and passes)
    // reading: the provider explains the phrase the patron asked about; nobody is thanked
    name: '"Toda raba is Hebrew for thank you very much…" explains a phrase: courteous fails',
    lines: [
      ...open('how do you say thank you very much in hebrew, writing a card', 'Hi, Ari at the Jewish Community Library. Just the phrase or a course too?'),
      [50, 'p', 'just the phrase'],
      [58, 'l', 'Toda raba is Hebrew for thank you very much, spelled תודה רבה.'],
      [70, 'l', 'Mango Languages has a Hebrew course too, free at jewishlibrary.org/mango.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
];

describe('twenty-fourth round (Z9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-fourth round (Z9): the first wave's endings, greetings, holds and questions checked, every check", whole);
describeSessions("twenty-fourth round (Z9): the first wave's endings, greetings, holds and questions checked, short cases", short);

describeLeft('twenty-fourth-round-endings-checked', LEFT);
