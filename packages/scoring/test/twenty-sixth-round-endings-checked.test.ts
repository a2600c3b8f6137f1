/**
 * Twenty-sixth round, second wave (B9): ENDINGS, GREETINGS, HOLDS AND QUESTIONS, CHECKED. The first wave (blocks B1-B6)
 * widened and narrowed families and added settings that decide `approachability.greeting`, `closing.*`,
 * `followup.completeness`, `interest.keep_informed`, `session.idle_checkin`, `session.disconnect_notice` and
 * `inquiry.clarify`, each guarded only by its own helper's near miss. These sessions put each change in other people's
 * words, where its regexp or setting would read the rubric's literal text wrongly (or where the reading it meant should
 * still hold), labelled from RUBRIC.md before the scorer ran:
 * - B4 `anythingElse` ("What else can you tell me…", "What else have you tried", French "autre chose" / "d'autres
 *   questions" about the screen or the assignment), `farewell` ("Be Well and Thrive" as a class's name, "Goodnight Moon"
 *   named as a title), `inviteBack` (a request or a screen that "should come back"), `dismissalHard` ("asked a lot of
 *   questions — I'll move on to the next one");
 * - B3 `farewell[2]` ("have a good look", "have a lovely room", "have a good chance");
 * - B2 holds ("it'll take me a while to get used to…", "it'll take a minute for the page", "I can ask our archivist when
 *   she's back", "Please wait for the page", "I'd keep checking"), `stillThere` ("the booking we have down for you still on?"),
 *   "Hellooo?", `seemGone` "replied";
 * - B6 "Yo" (Spanish "Yo, personalmente…"), `uGotNameB6` ("u got Libby from the app store yet?"), `onDeskB6`;
 * - B1 `questionOpening` "I'm wondering if our catalogue is down", `restatement` ("please share your thesis with us",
 *   "It might help to know where…", "pls confirm you live in the county with a utility bill"), `completeness` ("How did
 *   you get on with the book club"), `patronDone` ("that's the lot?").
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a hold message asks the patron to wait on the provider; "Please wait for the page to finish loading, then click
 *   Place Hold" tells the patron how to use a page (as B2 read "wait for the confirmation email"): no hold;
 * - an offer to ask a colleague later ("I can ask our archivist when she's back Monday") and a task handed on for after
 *   the chat ("I'll ask our cataloguer to add it to the order list") ask no one to wait in the chat: no hold;
 * - "It'll take me a while to get used to the new catalogue too" is small talk about the provider, not a look-up: no hold;
 * - "It'll take a minute for the page to load" tells the patron about the page: no hold;
 * - "I'd keep checking the Libby app" advises the patron: no hold;
 * - "Is the Friday 3 pm booking we have down for you still on?" asks about the booking (the patron's situation): a clarifying question,
 *   not an idle check-in;
 * - "Be Well and Thrive meets Tuesdays" names a class; "We have Goodnight Moon in Vietnamese too" names a book; "You'll want
 *   to have a good look at the index", "We have a lovely local history room", "you'd have a good chance": none thanks the
 *   patron, says goodbye or invites them back;
 * - "Your ILL request should come back approved", "the login screen will come back": the request or the screen comes back,
 *   the patron is not invited back;
 * - "What else can you tell me about the photo?", "What else have you tried so far?" ask about the need (clarifying),
 *   not whether the patron needs anything else; so do French "Voyez-vous autre chose à l'écran ?" and "Votre professeur
 *   a-t-il donné d'autres questions ?";
 * - "You've asked a lot of questions — I'll move on to the parking one now" goes on helping: no dismissal;
 * - "Yo, personalmente, le recomendaría…" is Spanish "I": no greeting; "u got Libby from the app store yet?" names an app,
 *   not who is answering; "Copies on the info desk at Main Library are 10 cents" names no one answering;
 * - "I'm wondering if our catalogue is down" wonders about the system, asks nothing about the need; "Please share your
 *   thesis with us once it's approved", "It might help to know where the microfilm room is — …", "pls confirm you live in
 *   the county with a utility bill at any branch" tell, they ask nothing;
 * - "How did you get on with the book club last week?" asks about the patron's evening, not what was given;
 * - the patron's "so 1-4, thats the lot?" asks whether the set is complete: not done;
 * - "Did it find ur library?" checks one step of a setup, not whether what was given meets the need: no completeness;
 * - "I'd love to hear what your group thinks of it!" asks for the book club's reaction later, nothing about the need;
 *   "That'll take me a while to explain properly, so the short version: …" explains at once: no hold;
 * - "I'll ask my supervisor to waive that fee, it should drop off your account in a day or two" hands a task on for after
 *   the chat: no hold.
 * Fixed in B9 (narrowings only, block `phrasesV27B9` and setting `uGotAskB9`): 22 of the first 40 cases failed against the
 * first wave's rubric: 14 through the first wave's changes (B1 "im wondering", "please share", "pls confirm", "get on with
 * the book", "thats the lot"; B2 "itll take me", "I can ask our archivist", "you still on"; B4 "autre chose", "d'autres
 * questions", "Be well and", "asked a lot of questions —"; B6 "Yo", "u got"), 7 through older readings that B3 and B4
 * narrowed only in part ("goodnight" before "Moon", "have a good / lovely …" after "we / you'd / to", "come back" after a
 * request, "What else can you tell me / have you tried"), and one near miss of this file that v26 already read otherwise
 * (its "the database is for students only" is a source: reworded). One label was this file's error, in a case that also
 * failed through B6's `uGotNameB6` (the Libby setup's completeness: "Did it find ur library?" checks one step; relabelled
 * at the case). A second batch of 14 (the near misses of these fixes and three probes) found two more: "I'd love to hear
 * what your group thinks of it" and "That'll take me a while to explain". Every case now passes.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason (none).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // B4 farewell "goodnight" (title guard): reading: "We have Goodnight Moon in Vietnamese too" names a book; the last two
    // provider messages neither thank, part nor invite back: courteous fails
    name: 'board books: "We have Goodnight Moon in Vietnamese and Spanish too" names a book: courteous fails',
    lines: [
      [0, 'p', 'hi!! looking for bedtime board books in vietnamese for my nephew, hes 1'],
      [31, 'l', 'Hi there, this is Quyen at the Ask Us chat, Garden Grove Branch of OC Public Libraries. Do you want to borrow them or buy them?'],
      [72, 'p', 'borrow pls'],
      [95, 'l', 'Our World Languages board books are in the catalogue at ocpl.org/catalog (set Language to Vietnamese). Did that get you what you needed?'],
      [140, 'p', 'ya found a few, is there goodnight moon??'],
      [158, 'l', 'We have Goodnight Moon in Vietnamese and Spanish too, call number E BRO.'],
      [166, 'l', 'It is on the bottom shelf by the train table.'],
      [190, 'p', 'ok perfect thats all i needed'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // B4 anythingElse "what else": reading: "What else can you tell me about the photo?" asks about the need (it clarifies)
    // and no one asks whether the patron needs more, nor does the patron say they are done: anything_else fails
    name: 'studio photo: "What else can you tell me about the photo?" asks about the need: anything_else fails',
    lines: [
      [0, 'p', 'i have an old photo of my great-aunt with a studio stamp "Hargrove, Dubuque" on the back, trying to date it'],
      [44, 'l', 'Good afternoon! Pete here, a librarian at Carnegie-Stout Public Library. What else can you tell me about the photo?'],
      [101, 'p', 'its on stiff card w gold edges, she looks about 20'],
      [150, 'l', 'Gold-edged cabinet cards point to the 1880s-1890s. Our Dubuque photographers index lists Hargrove studio years: dbqlibrary.org/localhistory/photographers. Does that help you date it?'],
      [212, 'p', 'yes!! 1884-1891 it says'],
      [230, 'l', 'Glad it helped! Thanks for chatting with us.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // B2 hold itll-take-me: reading: "It'll take me a while to get used to the new catalogue too, lol" is small talk, no
    // look-up, and the steps in the same message give the answer: the provider then waits on the patron (146 s) and
    // keep_informed passes
    name: 'new catalogue: "It\'ll take me a while to get used to the new catalogue too, lol" is no hold: keep_informed passes',
    lines: [
      [0, 'p', 'the new catalog is so confusing, where did the renew button go'],
      [28, 'l', 'Hello! Tamsin with Ask a Librarian at Jefferson County Public Library. Are you on a computer or the app?'],
      [70, 'p', 'computer'],
      [84, 'l', "It'll take me a while to get used to the new catalogue too, lol. Renew is now under My Account > Checked Out at jeffcolibrary.org, tick the items and press Renew. Does that work?"],
      [230, 'l', 'Are you still with me?'],
      [262, 'p', 'sorry yes that worked, thats all thank you'],
      [275, 'l', 'Wonderful, thanks for chatting with JCPL!'],
    ],
    exp: usual(),
  },
  {
    // B2 stillThere "Hellooo?" and seemGone "replied": the final idle runs from 120 (the answer) to the goodbye at 424
    // (304 s): "Hellooo?" at 260 checks in, the notice at 424 says the patron seems gone and the chat ends
    name: 'final idle: "Hellooo?" then "Since you haven\'t replied, I\'ll close this chat…": idle and disconnect pass',
    lines: [
      [0, 'p', 'what time does the bookmobile come to Maple Ridge apartments'],
      [22, 'l', 'Hi! This is Andre from the Ask Us chat at Anne Arundel County Public Library. Is that the Maple Ridge in Glen Burnie?'],
      [60, 'p', 'yes'],
      [120, 'l', 'The bookmobile stops there Thursdays 3:30-4:30; the full schedule is at aacpl.net/bookmobile. Does that answer it? Anything else you need?'],
      [260, 'l', 'Hellooo?'],
      [424, 'l', "Since you haven't replied, I'll close this chat now. Thanks for contacting AACPL, and feel free to chat again anytime!"],
    ],
    exp: usual({ anything: 'pass', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // B6 uGotNameB6: reading: "u got Libby from the app store yet?" names an app, not who is answering; neither of the
    // first two provider messages names the provider, a librarian, the library or the service: greeting fails
    name: 'Libby setup: "Hi there! u got Libby from the app store yet?" names no one answering: greeting fails',
    lines: [
      [0, 'p', 'how do i get ebooks on my phone'],
      [19, 'l', 'Hi there! u got Libby from the app store yet?'],
      [51, 'p', 'no'],
      [63, 'l', 'ok, get Libby (libbyapp.com), open it, tap Find My Library and type ur zip code. Did it find ur library?'],
      [130, 'p', 'yes found it, im good now thats everything'],
      [140, 'l', 'Awesome, happy reading and thanks for chatting!'],
    ],
    // relabelled: completeness was "pass" at first; "Did it find ur library?" checks one step of the setup, not whether the
    // information meets the need (RUBRIC.md's examples ask about what was given as a whole), and nothing else asks
    exp: usual({ greeting: 'fail', complete: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- B4 anythingElse: "what else" / "autre chose" / "d'autres questions" ----
  {
    // reading: "What else have you tried so far?" asks about the patron's search before the source (clarifies), not for more
    name: '"What else have you tried so far?" asks about the search, and no one asks for more: anything_else fails',
    lines: [
      ...open('cant find peer reviewed stuff on esports and mental health', 'Hi, Imani here from Ask a Librarian at UNC Charlotte. What else have you tried so far?'),
      [70, 'p', 'just google scholar'],
      [102, 'l', 'Try PsycINFO from library.charlotte.edu/databases, search esports AND "mental health", and tick Peer Reviewed. Did that pull up anything useful?'],
      [170, 'p', 'yes a bunch, thanks'],
      [178, 'l', 'Great, good luck with the paper!'],
    ],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    // near miss (B4's own reading kept): "What else do you need for the project?" after the source asks for more
    name: 'near miss: "What else do you need for the project?" after the source asks for more: anything_else passes',
    lines: [
      ...open('need a map of the 1906 earthquake fire zone', 'Hello! Ray at the SFPL chat. Is it for a school project?'),
      [50, 'p', 'yeah 8th grade'],
      [66, 'l', 'The David Rumsey Map Collection has one: davidrumsey.com, search "1906 fire district". Does that work?'],
      [101, 'p', 'yes'],
      [110, 'l', 'What else do you need for the project?'],
      [140, 'p', 'nothing thx'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // B4 anythingElse "autre chose": reading: "Voyez-vous autre chose à l'écran ?" asks what the screen shows: no
    // anything-else; nothing else asks for more and the patron says only "merci"
    name: 'French: "Voyez-vous autre chose à l\'écran, un message d\'erreur ?" asks about the screen: anything_else fails',
    lines: [
      ...open("Bonjour, je n'arrive pas à me connecter à PressReader", 'Bonjour! Ici Sophie, bibliothécaire à la Bibliothèque publique d\'Ottawa. Voyez-vous autre chose à l\'écran, un message d\'erreur ?'),
      [66, 'p', 'Oui: "carte invalide"'],
      [90, 'l', 'Il faut entrer les 14 chiffres de la carte sans espaces, sur biblioottawalibrary.ca/fr/pressreader. Est-ce que ça fonctionne maintenant ?'],
      [150, 'p', 'Oui merci'],
    ],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    // B4 anythingElse "d'autres questions": reading: "Votre professeur a-t-il donné d'autres questions à traiter ?" asks
    // about the assignment, not whether the patron needs anything else
    name: 'French: "Votre professeur a-t-il donné d\'autres questions à traiter ?" asks about the assignment: anything_else fails',
    lines: [
      ...open('Salut, je cherche des sources sur la crise d\'Octobre pour un travail', 'Bonjour, Marc-André au clavardage de BAnQ. Votre professeur a-t-il donné d\'autres questions à traiter ?'),
      [80, 'p', 'non juste le rôle des médias'],
      [110, 'l', "Le dossier de Radio-Canada « La crise d'Octobre » est en ligne sur ici.radio-canada.ca/archives. Cela répond-il à votre question ?"],
      [190, 'p', 'oui merci!'],
    ],
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    // near miss (B4's French kept): "Avez-vous d'autres questions aujourd'hui ?" asks for more
    name: 'near miss: French "Avez-vous d\'autres questions aujourd\'hui ?" asks for more: anything_else passes',
    lines: [
      ...open('Bonjour, la succursale Rideau est-elle ouverte dimanche?', 'Bonjour! Ici Luc, de la Bibliothèque publique d\'Ottawa. Cherchez-vous les heures de ce dimanche-ci ?'),
      [50, 'p', 'oui'],
      [62, 'l', 'Rideau est fermée le dimanche; les heures sont sur biblioottawalibrary.ca/fr/succursales. Avez-vous d\'autres questions aujourd\'hui ?'],
      [95, 'p', 'non merci'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- B4 farewell, B3 farewell[2], B4 inviteBack: no goodbye in the last two provider messages ----
  {
    // B4 farewell "Be well": reading: "Be Well and Thrive, the seniors' fitness class, …" names a class
    name: '"Be Well and Thrive, the seniors\' fitness class, meets Tuesdays…" names a class: courteous fails',
    lines: [
      ...open('any exercise classes for seniors at the library?', 'Hello, Gwen with Ask Us at Baltimore County Public Library. Which branch is closest to you?'),
      [55, 'p', 'towson'],
      [78, 'l', "Be Well and Thrive, the seniors' fitness class, meets Tuesdays at 10 in Towson's community room."],
      [86, 'l', 'Registration is at bcpl.info/events, search Towson.'],
      [130, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss (B4's "Be well" kept): "Rest up and be well." parts
    name: 'near miss: "Rest up and be well." parts: courteous passes',
    lines: [
      ...open('do you have large print mysteries i could get delivered, im home after surgery', 'Hi! Bea at Ask a Librarian, Hennepin County Library. Is it the homebound delivery you mean?'),
      [60, 'p', 'yes'],
      [82, 'l', 'Sign up at hclib.org/homebound or call 612-543-8900 and they will choose large print mysteries for you. Does that help?'],
      [130, 'p', 'yes thx'],
      [140, 'l', 'Rest up and be well.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // B3 farewell[2]: reading: "You'll want to have a good look at the index at the back first." is advice, no goodbye
    name: '"You\'ll want to have a good look at the index at the back first." parts no one: courteous fails',
    lines: [
      ...open('wheres the county atlas from 1878', 'Hi, this is Carla at the Ask Us desk of the Kalamazoo Public Library. Is this for a family farm?'),
      [55, 'p', 'yeah my great grandpas'],
      [72, 'l', 'The 1878 Kalamazoo County atlas is in Local History, call number R 912.77417 A881, and scanned at kpl.gov/local-history.'],
      [80, 'l', "You'll want to have a good look at the index at the back first."],
      [120, 'p', 'got it'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // B3 farewell[2]: reading: "We have a lovely local history room upstairs too" describes the library
    name: '"We have a lovely local history room upstairs too, open till 8." parts no one: courteous fails',
    lines: [
      ...open('do u have old yearbooks from Central High', 'Hello! Deb with Ask a Librarian at Sioux City Public Library. Which years?'),
      [50, 'p', '1960s'],
      [66, 'l', 'Central High yearbooks 1912-1972 are in our catalogue at siouxcitylibrary.org, search "Maroon and White".'],
      [72, 'l', 'We have a lovely local history room upstairs too, open till 8.'],
      [104, 'p', 'cool'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // B3 farewell[2]: reading: "you'd have a good chance of getting it by Friday" is about a hold queue
    name: '"If you place it now you\'d have a good chance of getting it by Friday." parts no one: courteous fails',
    lines: [
      ...open('is the new Tana French in', 'Hi! Mo here at Ask Us, Arlington Public Library. Print or ebook?'),
      [44, 'p', 'print'],
      [58, 'l', 'All copies are out, but there are only 2 holds: library.arlingtonva.us/catalog, search "The Hunter".'],
      [64, 'l', "If you place it now you'd have a good chance of getting it by Friday."],
      [110, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss (B3 kept): "Have a good one!" parts
    name: 'near miss: "We have a good number at Main. Have a good one!" parts: courteous passes',
    lines: [
      ...open('any books on sourdough', 'Hey, Lou at the Ask a Librarian chat, Allen County Public Library. Baking books or the science of it?'),
      [40, 'p', 'baking'],
      [55, 'l', 'Search "sourdough" at acpl.lib.in.us, we have a good number at Main. Have a good one!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // B4 inviteBack: reading: "Your ILL request should come back approved within a week" is about the request
    name: '"Your ILL request should come back approved within a week or so." invites no one back: courteous fails',
    lines: [
      ...open('can i get a book from another library, UNC doesnt have it', 'Hi, Dana at the Ask Us chat, Davis Library, UNC. Which book?'),
      [50, 'p', 'The Weight of Ink by Rachel Kadish'],
      [80, 'l', 'Request it through ILLiad at library.unc.edu/ill; I just checked and Duke has it.'],
      [95, 'l', 'Your ILL request should come back approved within a week or so.'],
      [130, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // B4 inviteBack: reading: "the login screen will come back" is the screen, not the patron
    name: '"If it times out, the login screen will come back, just sign in again." invites no one back: courteous fails',
    lines: [
      ...open('JSTOR keeps kicking me out', 'Good evening, Abe with Ask a Librarian at Temple University Libraries. Are you off campus?'),
      [52, 'p', 'yes'],
      [70, 'l', 'Go in through library.temple.edu/databases/jstor so it goes through the proxy.'],
      [78, 'l', 'If it times out, the login screen will come back, just sign in again.'],
      [120, 'p', 'k'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  // ---- B4 dismissalHard ----
  {
    // B4 dismissalHard with a dash: reading: "I'll move on to the parking one now" goes on to the patron's next question
    name: '"Whew, you\'ve asked a lot of questions — I\'ll move on to the parking one now." goes on helping: no_dismissal passes',
    lines: [
      ...open('3 things: hours sat, can i bring my dog, and parking', 'Hi! Kim at Ask a Librarian, Boise Public Library. Which branch?'),
      [42, 'p', 'main'],
      [60, 'l', 'Main is open 10-6 on Saturdays (boisepubliclibrary.org/hours), and only service dogs are allowed inside.'],
      [68, 'l', "Whew, you've asked a lot of questions — I'll move on to the parking one now. There's free 2-hour parking on Capitol Blvd."],
      [110, 'p', 'thanks thats all'],
      [118, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss (B4 kept): the comma alone and "I need to wrap this up", no way back
    name: 'near miss: "You\'ve asked a lot of questions, I need to wrap this up now. Bye." dismisses: no_dismissal fails',
    lines: [
      ...open('more q about my genealogy stuff', 'Hello, Jan at the chat for Fort Wayne library. Go ahead.'),
      [40, 'p', 'also what about the 1890 census and the naturalization stuff and the cemetery'],
      [60, 'l', 'The 1890 census mostly burned; see archives.gov/research/census/1890.'],
      [70, 'p', 'and the cemetery?'],
      [80, 'l', "You've asked a lot of questions, I need to wrap this up now. Bye."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- B2 holds ----
  {
    // B2 hold (none of itll-take-me): reading: "It'll take a minute for the page to load" tells the patron about the page
    name: '"It\'ll take a minute for the page to load, it\'s a big PDF." is no hold: the patron\'s 150 s silence, keep_informed passes',
    lines: [
      ...open('where are the city council minutes from 2019', 'Hi! Noah at the Ask Us chat, Tacoma Public Library. Any meeting in particular?'),
      [52, 'p', 'march'],
      [70, 'l', "They're at cityoftacoma.gov/council/minutes, March 2019. It'll take a minute for the page to load, it's a big PDF."],
      [220, 'p', 'ok got it'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss (B2 kept): "It'll take me a couple of minutes to pull the reel list" announces a look-up
    name: 'near miss: "It\'ll take me a couple of minutes to pull the reel list." is a hold: 131 s after it fails keep_informed',
    lines: [
      ...open('do you have the Elmira Star-Gazette on microfilm for 1943', 'Hello, Pam at Ask Us, Steele Memorial Library. Which months?'),
      [48, 'p', 'june'],
      [61, 'l', "It'll take me a couple of minutes to pull the reel list."],
      [192, 'l', 'Yes, June 1943 is reel 214; see the list at steele.lib.ny.us/microfilm.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // B2 holdWeak "ask our archivist": reading: an offer for when she is back asks no one to wait now: no hold
    name: '"I can ask our archivist when she\'s back on Monday, if you\'d like?" is no hold: 143 s of the patron\'s silence, keep_informed passes',
    lines: [
      ...open('who designed the old Carnegie library building', 'Hi, Wes at Ask a Librarian, Grand Rapids Public Library. The one on Library Street?'),
      [58, 'p', 'yes'],
      [80, 'l', "Our building history page (grpl.org/history) doesn't name the architect. I can ask our archivist when she's back on Monday, if you'd like?"],
      [223, 'l', 'Are you still there?'],
      [240, 'p', 'yes pls do'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // B2 holdWeak "ask our cataloguer": reading: a task for after the chat (ordering), no look-up now: no hold
    name: '"I\'ll ask our cataloguer to add vol. 3 to the order list." is no hold: 150 s of the patron\'s silence, keep_informed passes',
    lines: [
      ...open('you have vol 1 and 2 of the Hilda Furacão translation but not 3?', 'Hello! Ines at Ask Us, Newark Public Library. Is it the English translation?'),
      [50, 'p', 'yes'],
      [70, 'l', "Right, we only own 1 and 2 (npl.org/catalog). I'll ask our cataloguer to add vol. 3 to the order list."],
      [220, 'p', 'great thx'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // B2 hold[11]: reading: "Please wait for the page to finish loading, then click Place Hold" tells how to use the page
    name: '"Please wait for the page to finish loading, then click Place Hold." is no hold: 145 s of the patron\'s silence, keep_informed passes',
    lines: [
      ...open('how do i put a hold on a dvd', 'Hi there! Jorge at the Ask a Librarian chat, Fresno County Public Library. Do you have the title?'),
      [45, 'p', 'yes Oppenheimer'],
      [62, 'l', 'Log in at fresnolibrary.org, open Oppenheimer (DVD). Please wait for the page to finish loading, then click Place Hold.'],
      [207, 'p', 'done!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss (B2 kept): "Please wait while I pull up your account." asks the patron to wait on the provider
    name: 'near miss: "Please wait while I pull up your account." is a hold: 133 s after it fails keep_informed',
    lines: [
      ...open('why do i have a $5 fine', 'Hi, Leah with Ask Us at Sacramento Public Library. Is it on your own card?'),
      [40, 'p', 'yes'],
      [55, 'l', 'Please wait while I pull up your account.'],
      [188, 'l', 'It was a late fee from 2019; you can pay it at saclibrary.org/account.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // B2 hold[18]: reading: "I'd keep checking the Libby app" advises the patron: no hold
    name: '"I\'d keep checking the Libby app, the waitlist moves fast." is no hold: 140 s of the patron\'s silence, keep_informed passes',
    lines: [
      ...open('when will i get the audiobook of fourth wing, ive been waiting forever', 'Hello! Ty with Ask a Librarian, King County Library System. On Libby?'),
      [40, 'p', 'yes'],
      [58, 'l', "You're number 12 on 20 copies; Libby shows about 2 weeks (kcls.overdrive.com). I'd keep checking the Libby app, the waitlist moves fast."],
      [198, 'p', 'ok ty'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- B2 stillThere ----
  {
    // B2 stillThere "you still on?": reading: "Is the Friday 3 pm booking we have down for you still on?" asks about the booking, a
    // question that shapes the answer: clarify passes (the only question before the source)
    name: '"Is the Friday 3 pm booking we have down for you still on?" asks about the booking: clarify passes',
    lines: [
      ...open('hi i need a bigger study room for my group friday', 'Hello, Priya here with Ask a Librarian at Miami University Libraries. Is the Friday 3 pm booking we have down for you still on?'),
      [60, 'p', 'yes but we are 8 ppl now'],
      [84, 'l', "Room 204 in King Library seats 10; I've moved your booking there, see it at muohio.libcal.com/reserve. Does that work?"],
      [120, 'p', 'perfect'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- B6 greeting ----
  {
    // B6 greeting "Yo": reading: Spanish "Yo, personalmente, le recomendaría…" is "I": no greeting in either message
    name: 'Spanish: "Yo, personalmente, le recomendaría…" is "I", not a greeting: greeting fails',
    lines: [
      [0, 'p', 'necesito aprender inglés para el trabajo, tienen clases?'],
      [27, 'l', 'Le atiende Marta, bibliotecaria de Tucson Public Library.'],
      [40, 'l', 'Yo, personalmente, le recomendaría empezar con Mango Languages: library.pima.gov/mango.'],
      [92, 'p', 'gracias'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // B6 onDeskB6: reading: "Copies on the info desk at Main Library are 10 cents a page." names no one answering
    name: '"Hello! Copies on the info desk at Main Library are 10 cents a page." names no one answering: greeting fails',
    lines: [
      [0, 'p', 'how much is printing and copies'],
      [25, 'l', 'Hello! Copies on the info desk at Main Library are 10 cents a page.'],
      [34, 'l', 'Printing from your laptop is 15 cents: see printing.ourlib.org.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss (B6 kept): "Kiri on the reference desk at Westside Library" names who answers
    name: 'near miss: "Hiya! Kiri on the reference desk at Westside Library, what do you need?" greets and names: greeting passes',
    lines: [
      [0, 'p', 'do u have knitting books'],
      [25, 'l', 'Hiya! Kiri on the reference desk at Westside Library, what do you need?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- B1 questions and restatements ----
  {
    // B1 questionOpening "I'm wondering": reading: wondering about the system asks nothing about the need
    name: '"I\'m wondering if our catalogue is down — it\'s crawling on my end too." asks nothing about the need: clarify fails',
    lines: [
      ...open('the catalog wont load and i need the call number for Braiding Sweetgrass', 'Hi, Tom at the Ask Us chat of Ann Arbor District Library.'),
      [32, 'l', "I'm wondering if our catalogue is down — it's crawling on my end too."],
      [70, 'l', 'Found it: Braiding Sweetgrass is at 581.6 Ki, and aadl.org/catalog will show it once the site is back.'],
      [100, 'p', 'thx'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss (B1 kept): "I'm wondering if you need the print copy or if the ebook would do." asks
    name: 'near miss: "I\'m wondering if you need the print copy or if the ebook would do." (no "?") asks about the format: clarify passes',
    lines: [
      ...open('is Demon Copperhead available', 'Hi, Tom at the Ask Us chat of Ann Arbor District Library.'),
      [32, 'l', "I'm wondering if you need the print copy or if the ebook would do."],
      [60, 'p', 'ebook'],
      [70, 'l', 'The ebook is on Libby now: aadl.overdrive.com.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // B1 restatement "please share": reading: asking the patron to deposit their thesis later is no question about the need
    name: '"Please share your thesis with us once it\'s approved…" asks nothing about the need: clarify fails',
    lines: [
      ...open('how do i format my thesis for the graduate school, APA?', 'Hello! Ruth at Ask a Librarian, Kent State University Libraries. Congrats on getting to this stage!'),
      [40, 'l', "Please share your thesis with us once it's approved, we keep every one in the repository."],
      [60, 'l', 'The Graduate College format guide is at kent.edu/graduatecollege/formatting, and it uses APA 7 unless your department says otherwise.'],
      [110, 'p', 'ok thank you'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // B1 restatement "It would help to know": reading: "It might help to know where the microfilm room is — it's on the
    // lower level" tells the patron; it asks nothing
    name: '"It might help to know where the microfilm room is — it\'s on the lower level." asks nothing: clarify fails',
    lines: [
      ...open('i want to look at old newspapers from the 1950s', 'Hi! Omar here, Ask Us at Louisville Free Public Library.'),
      [33, 'l', "It might help to know where the microfilm room is — it's on the lower level, by the elevators."],
      [45, 'l', 'The Courier-Journal 1950s reels are listed at lfpl.org/microfilm.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // B1 restatement "pls confirm": reading: "pls confirm you live in the county with a utility bill at any branch" tells
    // the patron what to bring; it asks nothing
    name: '"To get the card, pls confirm you live in the county with a utility bill at any branch." asks nothing: clarify fails',
    lines: [
      ...open('can i get a library card online', 'hi! Gabe w/ Ask a Librarian at Pima County Public Library'),
      [30, 'l', 'To get the card, pls confirm you live in the county with a utility bill or lease at any branch.'],
      [40, 'l', 'You can start the form at library.pima.gov/get-a-card.'],
      [80, 'p', 'ok thanks'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss (B1 kept): "pls confirm u r a student" asks about the patron's situation (first written "the database is
    // for students only", which v26 already reads as a source in the same message: rewritten so that the case tests B1)
    name: 'near miss: "pls confirm u r a current student, that one is for students only" asks: clarify passes',
    lines: [
      ...open('can i get into Westlaw from home', 'hi! Gabe w/ Ask a Librarian at Pima Community College Library'),
      [30, 'l', 'pls confirm u r a current student, that one is for students only'],
      [60, 'p', 'yes i am'],
      [70, 'l', 'Log in through pima.edu/library/databases with your student ID.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- B1 completeness and patronDone ----
  {
    // B1 completeness "get on with": reading: "How did you get on with the book club last week?" asks about the patron's
    // evening, not what was given; nothing else asks whether the answer meets the need
    name: '"How did you get on with the book club last week?" asks about the patron\'s evening: completeness fails',
    lines: [
      ...open('hiya its Maureen again, need next months book club title, Small Things Like These', 'Hello again Maureen! Siobhan at Ask Us, Dublin City Libraries. Book club set, is it?'),
      [52, 'p', 'yes 10 copies'],
      [75, 'l', 'The book club set of Small Things Like These is free from 3 March; reserve it at dublincity.ie/libraries/bookclubs.'],
      [82, 'l', 'How did you get on with the book club last week?'],
      [130, 'p', 'grand, great chat about Claire Keegan'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss (B1 kept): "How'd you get on with the link?" asks about what was given
    name: 'near miss: "How\'d you get on with the link?" asks about what was given: completeness passes',
    lines: [
      ...open('need the bin collection calendar for Cabra', 'Hi there, Siobhan at Ask Us, Dublin City Libraries. Household bins, is it?'),
      [40, 'p', 'yes'],
      [55, 'l', "It's on dublincity.ie/residential/waste, pick Cabra."],
      [110, 'l', "How'd you get on with the link?"],
      [130, 'p', 'sorted thanks'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // B1 patronDone "that's the lot": reading: "so 1-4, thats the lot?" asks whether the set is complete, not done; no one
    // asks for more
    name: 'patron\'s "so vols 1-4, thats the lot? no vol 5?" asks about the set: anything_else fails',
    lines: [
      ...open('do you have all the Wheel of Time audiobooks', 'Hello! Kai with Ask Us, Auckland Libraries. On Libby or CDs?'),
      [50, 'p', 'CDs'],
      [70, 'l', 'We hold volumes 1-4 on CD: aucklandlibraries.govt.nz/catalogue, search "Wheel of Time". Is that what you were after?'],
      [110, 'p', 'so vols 1-4, thats the lot? no vol 5?'],
      [130, 'l', 'Right, no vol 5 on CD, only on Libby.'],
    ],
    exp: some({ complete: 'pass', anything: 'fail' }),
  },
  {
    // near miss (B1 kept): "yep that's the lot, cheers" is done
    name: 'near miss: patron\'s "yep thats the lot, cheers" says done: anything_else passes',
    lines: [
      ...open('is the Devonport branch open on Anzac Day', 'Hello! Kai with Ask Us, Auckland Libraries. This year, the 25th?'),
      [40, 'p', 'yes'],
      [55, 'l', 'Devonport is closed on Anzac Day; holiday hours are at aucklandlibraries.govt.nz/hours.'],
      [80, 'p', 'yep thats the lot, cheers'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- near misses of B9's narrowings (each still caught) and later probes ----
  {
    // near miss of B9's "goodnight moon": a goodnight that parts
    name: 'near miss: "Good night, and take care!" after the board book\'s call number: courteous passes',
    lines: [
      ...open('is there a bedtime storytime online', 'Hi! Jen at Ask Us, Cuyahoga County Public Library. For what age?'),
      [40, 'p', 'toddler'],
      [52, 'l', 'Pajama Storytime streams Tuesdays at 7 on cuyahogalibrary.org/events.'],
      [90, 'p', 'great thank u'],
      [96, 'l', 'Good night, and take care!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss of B9's subject lookbehind on "have a …": "Hope you have a great weekend!" still parts
    name: 'near miss: "Hope you have a great weekend!" as the last message: courteous passes',
    lines: [
      ...open('do you have passes for the science center', 'Hello, Omar at Ask a Librarian, Saint Paul Public Library. For which day?'),
      [40, 'p', 'saturday'],
      [55, 'l', 'Saturday passes are still open: sppl.org/museum-passes, log in and pick the Science Museum.'],
      [90, 'p', 'got one!'],
      [96, 'l', 'Hope you have a great weekend!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss of B9's "be well and …": "Be well and take care!" still parts
    name: 'near miss: "Be well and take care!" as the last message: courteous passes',
    lines: [
      ...open('where can i get free covid tests', 'Hi, Ana with Ask Us at Multnomah County Library. For yourself or someone else?'),
      [40, 'p', 'me'],
      [55, 'l', 'The federal program is at covidtests.gov; branches also hand out kits at the front desk.'],
      [90, 'p', 'ok'],
      [96, 'l', 'Be well and take care!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss of B9's French "autre chose": "Puis-je vous aider avec autre chose ?" asks for more
    name: 'near miss: French "Puis-je vous aider avec autre chose ?" asks for more: anything_else passes',
    lines: [
      ...open('Bonjour, comment renouveler mes livres?', 'Bonjour! Ici Julie, bibliothécaire à la Bibliothèque de Québec. Avez-vous votre numéro de carte ?'),
      [50, 'p', 'oui'],
      [62, 'l', 'Connectez-vous à bibliothequedequebec.qc.ca, onglet Mon dossier, puis Renouveler. Puis-je vous aider avec autre chose ?'],
      [95, 'p', 'non merci'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss of B9's inviteBack item list: a request named, but the patron invited back
    name: 'near miss: "If your request hasn\'t come through by Friday, come back and chat with us!" invites back: courteous passes',
    lines: [
      ...open('how do i get an article my school doesnt have', 'Hi, Dana at the Ask Us chat, Davis Library, UNC. Do you have the citation?'),
      [50, 'p', 'yes'],
      [70, 'l', 'Request it in ILLiad at library.unc.edu/ill; articles usually arrive by email in 2-3 days.'],
      [80, 'l', "If your request hasn't come through by Friday, come back and chat with us!"],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss of B9's holdWeak narrowing: asking a colleague now is a hold
    name: 'near miss: "I\'m going to ask our archivist, she\'s right here in the office." is a hold: 128 s after it fails keep_informed',
    lines: [
      ...open('when was the old train depot torn down', 'Hello! Lena at Ask Us, Fort Collins Museum of Discovery archive. The Union Pacific depot?'),
      [50, 'p', 'yes'],
      [62, 'l', "I'm going to ask our archivist, she's right here in the office."],
      [190, 'l', 'She says 1967; the photos are at history.fcgov.com, search "depot".'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss of B9's "you still on?" lookbehind: "u still on?" in the final idle (the answer at 70 to 250: 180 s) checks in
    name: 'near miss: "u still on?" in a final idle of 180 s: idle passes',
    lines: [
      ...open('whats the wifi password at the main branch', 'hey! Sam at Ask a Librarian, Kent District Library. The guest network?'),
      [45, 'p', 'ya'],
      [70, 'l', 'Guest wifi is KDL-Public, no password; the login page opens when you connect (kdl.org/wifi). Did that work?'],
      [200, 'l', 'u still on?'],
      [250, 'l', 'Thanks for chatting with KDL, bye!'],
    ],
    exp: some({ idle: 'pass' }),
  },
  {
    // near miss of B9's Spanish guard: "Yo, Sam here at the Learning Commons chat" greets
    name: 'near miss: "Yo, Sam here at the Learning Commons chat, what\'s up?" greets and names: greeting passes',
    lines: [
      [0, 'p', 'can i book a room rn'],
      [12, 'l', "Yo, Sam here at the Learning Commons chat, what's up?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss of B9's uGotAskB9: the clause with the name ends at the comma
    name: 'near miss: "hey there! u\'ve got Marisa at the Pratt, what can I do for ya?" names the provider: greeting passes',
    lines: [
      [0, 'p', 'need help w a citation'],
      [15, 'l', "hey there! u've got Marisa at the Pratt, what can I do for ya?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss of B9's "please share" narrowing: asking for the topic now
    name: 'near miss: "Please share your topic and due date so I can point you the right way." asks: clarify passes',
    lines: [
      ...open('need help finding sources for a paper', 'Hi! Ruth at Ask a Librarian, Kent State University Libraries.'),
      [30, 'l', 'Please share your topic and due date so I can point you the right way.'],
      [80, 'p', 'urban heat islands, due monday'],
      [100, 'l', 'Start with GreenFILE at libguides.library.kent.edu/databases.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // B1 restatement "I'd love to hear": reading: "I'd love to hear what your group thinks of it!" is chat about the book
    // club's reaction, no question about the need (the only candidate before the source)
    name: '"Ooh, great pick. I\'d love to hear what your group thinks of it!" asks nothing about the need: clarify fails',
    lines: [
      ...open('need 12 copies of Tomorrow, and Tomorrow, and Tomorrow for my book club', 'Hello! Bev with Ask Us at Skokie Public Library.'),
      [30, 'l', "Ooh, great pick. I'd love to hear what your group thinks of it!"],
      [45, 'l', 'Book club kits are requested at skokielibrary.info/bookclub; that title has a kit of 12.'],
      [90, 'p', 'thanks'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss of B9's "I'd love to hear" narrowing: what the patron has found so far is about the need
    name: 'near miss: "I\'d love to hear what you\'ve found so far, so I don\'t repeat it." asks: clarify passes',
    lines: [
      ...open('researching the 1919 molasses flood', 'Hello! Bev with Ask Us at Boston Public Library.'),
      [30, 'l', "I'd love to hear what you've found so far, so I don't repeat it."],
      [80, 'p', 'just wikipedia'],
      [95, 'l', "Stephen Puleo's Dark Tide is the standard book; the Globe's 1919 coverage is in ProQuest Historical Newspapers at bpl.org/databases."],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // B2 hold "thatll take me": reading: "That'll take me a while to explain properly, so the short version: …" explains at
    // once; no look-up, no wait: the provider then waits on the patron (140 s), keep_informed passes
    name: '"That\'ll take me a while to explain properly, so the short version: …" is no hold: keep_informed passes',
    lines: [
      ...open('how does interlibrary loan work', 'Hi, Ivan at Ask a Librarian, Iowa State University Library. For a book or an article?'),
      [40, 'p', 'book'],
      [58, 'l', "That'll take me a while to explain properly, so the short version: request it at lib.iastate.edu/ill and it comes to Parks Library in about a week."],
      [198, 'l', 'Did that make sense?'],
      [230, 'p', 'yes'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // B2 holdWeak "ask my supervisor": reading: "I'll ask my supervisor to waive that fee, it should drop off your account in
    // a day or two" hands a task on for after the chat: no hold; the patron's 135 s silence
    name: '"I\'ll ask my supervisor to waive that fee, it should drop off your account in a day or two." is no hold: keep_informed passes',
    lines: [
      ...open('i got charged for a book i returned', 'Hello, Kay at Ask Us, Tulsa City-County Library. Which title is it?'),
      [45, 'p', 'The Wager'],
      [70, 'l', "I see it was checked in late by our system (tulsalibrary.org > My Account shows it). I'll ask my supervisor to waive that fee, it should drop off your account in a day or two."],
      [205, 'p', 'ok thank you'],
    ],
    exp: some({ informed: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [];

describe('twenty-sixth round (B9): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-sixth round (B9): the first wave's endings, greetings, holds and questions checked, every check", whole);
describeSessions("twenty-sixth round (B9): the first wave's endings, greetings, holds and questions checked, short cases", short);

describeLeft('twenty-sixth-round-endings-checked', LEFT);
