/**
 * Twenty-eighth round, second wave (E3): the v29 settings of blocks D4 (greetings and sign-ons) and D6 (holds, transfers,
 * patrons who ask nothing, the way back after "wait") checked for false readings on realistic text. Each setting gets near
 * misses (the same words or shape for something else) and sessions that ARE its behaviour in new words, all labelled from
 * RUBRIC.md before the scorer ran. Where the scorer was wrong, the setting was narrowed (never widened).
 *
 * RUBRIC.md read literally: approachability.greeting needs the provider to greet the patron AND identify "who is answering
 * (a name, "librarian", the library or the service, in the text)"; a library named as where a book is, or someone else's
 * name, identifies no one. transfer.handoff needs the patron "told about the transfer in a visible message". A substantive
 * exchange needs a provider message "other than a greeting, an idle check-in or a goodbye, a hold message or a disconnect
 * notice"; "the patron asked something".
 *
 * Cases: 49 run (31 near misses, 18 sessions that are the behaviour in new words), 2 left (below). First run (44): 21 failures,
 * 2 of them not v29's (v28 reads them the same: moved to LEFT), 19 false readings of v29 settings, all narrowed in
 * classify.ts (each with an "(E3)" comment naming its near miss):
 * - `titleEchoD4`: not when the word before the patron's phrase is their own greeting or "say" ("Hi! Good evening, Maria
 *   Lopez here", "say hi ben!") [the title "Hello Dolly", "Hello Sailor" still echoes];
 * - `greetNamePlaceD4`, `placeNameEsD4`: not when the name after the comma is one the patron gave as theirs ("I'm Dana" /
 *   "Hi, Dana, Eastside Library."; "soy Lucía" / "Biblioteca Manuel Alvar, Lucía.");
 * - `typoIntroD4`: the name must end the introduction (an end, a stop, "at / from / here / your …") ["Ths is Chrome acting
 *   up", "thsi is Hoopla's app"];
 * - `placedAtLibraryD4`: not after "ask / try / request it / call …" nor "pregunte / consulte / llame …" ("You could request
 *   it at Millbrook Library, we don't own a copy");
 * - `introTailD4`: not a tail about the wait or the queue ("…here, your chat sat in the queue for 2 minutes, sorry!");
 * - `deskNameSD4`: not a word the patron typed before ("stem kits" / "kits from the kids desk at …"), more plural things;
 * - `transferredNoticeD6`: not a vehicle or courier that "will pick it up from here", not a weekly programme ("On Tuesdays a
 *   volunteer tutor will join in and help …, 4-6 pm");
 * - `askedNothingD6`: the staff check and the praise stop at a need said without "?" ("… my card got blocked and i cant log
 *   in", "… but the ebook won't open", "my mom wants to know if …").
 * Readings taken: a library named after the patron's own name, in answer to "which branch", is where the book is, not who
 * answers; "at X Library, we …" after "request it / try asking" is another library. No phrase block changed: v29's
 * fingerprint is unchanged.
 */
import { describeLeft, answeredByJo as asks, councilHandover as handover, describeSessions, type Line, passportDismissed as dismissed, type SessionCase, some, who } from './helpers';

/** The patron's `p`, the provider's `l1` (15 s) and `l2` (30 s), the patron's thanks and a goodbye. */
const opening = (p: string, l1: string, l2?: string): Line[] => [
  [0, 'p', p],
  [15, 'l', l1],
  ...(l2 === undefined ? [] : ([[30, 'l', l2]] as Line[])),
  [60, 'p', 'ok thanks'],
  [70, 'l', 'Bye!'],
];

/** Near misses of D4's settings: the same words or shape, no greeting or no identification of who answers (or one that is). */
export const d4: SessionCase[] = [
  // titleEchoD4
  {
    name: 'titleEchoD4 near miss: the patron signs on "Good evening, Maria Lopez here" and the provider greets her back: greeting passes',
    lines: opening('Hi! Good evening, Maria Lopez here. I need to renew my books.', 'Good evening, Maria! This is Jo at Sample County Library.'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'titleEchoD4 near miss: "hello, good morning, Sam from Dayton here" then "Good morning, Sam!": greeting passes',
    lines: opening('hello, good morning, Sam from Dayton here, looking for tax forms', "Good morning, Sam! I'm Jo, a librarian at Sample Library."),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'titleEchoD4 near miss: "say hi ben!" and the librarian says "Hi Ben!": greeting passes',
    lines: opening('my son wants to say hi. say hi ben! he likes dinosaur books', "Hi Ben! I'm Jo, the librarian at Sample Library."),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'titleEchoD4 kept: "Looking for the film Hello Dolly" / "Hello Dolly is on Kanopy …": no greeting',
    lines: opening('Looking for the film Hello Dolly with Barbra Streisand', 'Hello Dolly is on Kanopy, samplelibrary.org/kanopy. Jo at Sample Library here.'),
    exp: some({ greeting: 'fail' }),
  },
  // greetNamePlaceD4
  {
    name: 'greetNamePlaceD4 near miss: "Hi, Dana, Eastside Library." answers the patron Dana\'s "which branch": no identification',
    lines: opening("Hi, I'm Dana. Which branch has the new Wimpy Kid book?", 'Let me check the catalogue.', 'Hi, Dana, Eastside Library.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greetNamePlaceD4 near miss (British): "Good afternoon, Oliver, Headingley Library." tells Oliver where to collect: no identification',
    lines: opening('my name is Oliver, where can I collect my reservation?', 'One moment while I look.', 'Good afternoon, Oliver, Headingley Library.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greetNamePlaceD4 kept: "Hello, Priya, circulation desk at Westfield Public Library." (patron unnamed): greeting passes',
    lines: opening('can i renew a dvd online', 'Hello, Priya, circulation desk at Westfield Public Library.'),
    exp: some({ greeting: 'pass' }),
  },
  // placeNameEsD4
  {
    name: 'placeNameEsD4 near miss: "Biblioteca Manuel Alvar, Lucía." answers Lucía\'s "¿qué biblioteca?": no identification',
    lines: opening('Hola, soy Lucía. ¿Qué biblioteca tiene Cien años de soledad?', '¡Hola! Un momento, lo busco.', 'Biblioteca Manuel Alvar, Lucía.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'placeNameEsD4 kept: "Buenas tardes. Biblioteca Pública de Huesca, Marta.": greeting passes',
    lines: opening('¿tienen libros de cocina vegana?', 'Buenas tardes. Biblioteca Pública de Huesca, Marta.'),
    exp: some({ greeting: 'pass' }),
  },
  // greetClauseD4
  {
    name: 'greetClauseD4 near miss: "Hi, Tom at the circ desk says your card is blocked.": someone else, no identification',
    lines: opening('why cant i log in to my account', 'Hello!', 'Hi, Tom at the circ desk says your card is blocked.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greetClauseD4 near miss: "hey, ms okafor from your school library sent me your list": no identification',
    lines: opening('do u have the books on my summer list', 'Hey there!', 'hey, ms okafor from your school library sent me your list'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greetClauseD4 kept: "heya, sam on the ask us desk from leeds libraries, what can i do for you": greeting passes',
    lines: opening('can i get a blue badge form at the library', 'heya, sam on the ask us desk from leeds libraries, what can i do for you'),
    exp: some({ greeting: 'pass' }),
  },
  // typoIntroD4
  {
    name: 'typoIntroD4 near miss: "Ths is Chrome acting up, try Firefox.": no name',
    lines: opening('the catalogue page wont load', 'Hello!', 'Ths is Chrome acting up, try Firefox.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'typoIntroD4 near miss: "thsi is Hoopla\'s app, not ours": no name',
    lines: opening('hoopla keeps logging me out', 'Hi!', "thsi is Hoopla's app, not ours"),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'typoIntroD4 near miss: "Tihs is Libby being slow again lol": no name',
    lines: opening('my ebook wont download', 'hey!', 'Tihs is Libby being slow again lol'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'typoIntroD4 kept: "Hello! htis is Marcus at Ask Us.": greeting passes',
    lines: opening('do you have notary service', 'Hello! htis is Marcus at Ask Us.'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'typoIntroD4 kept: "hi, ths is Dana, your librarian today": greeting passes',
    lines: opening('do you have notary service', 'hi, ths is Dana, your librarian today'),
    exp: some({ greeting: 'pass' }),
  },
  // placedAtLibraryD4
  {
    name: 'placedAtLibraryD4 near miss: "You could request it at Millbrook Library, we don\'t own a copy.": another library',
    lines: opening('is the new Grisham in', 'Hi there!', "You could request it at Millbrook Library, we don't own a copy."),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'placedAtLibraryD4 near miss (Spanish): "Pregunte en la Biblioteca Regional, estamos cerrados hoy.": another library',
    lines: opening('¿puedo imprimir hoy?', '¡Hola!', 'Pregunte en la Biblioteca Regional, estamos cerrados hoy.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'placedAtLibraryD4 kept: "At Dayton Metro Library we have notary service on Tuesdays.": greeting passes',
    lines: opening('do you have notary service', 'Hi there! At Dayton Metro Library we have notary service on Tuesdays.'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'placedAtLibraryD4 kept (Spanish): "En la Biblioteca Municipal de Teruel tenemos ese libro.": greeting passes',
    lines: opening('¿tienen Patria de Aramburu?', '¡Hola! En la Biblioteca Municipal de Teruel tenemos ese libro.'),
    exp: some({ greeting: 'pass' }),
  },
  // nameSubjectD4
  {
    name: 'nameSubjectD4 near miss: "Hi, Jo from Sample County Library, was it you who called about the hold earlier?": the provider\'s own name',
    lines: opening('hi again, about my hold', 'Hi, Jo from Sample County Library, was it you who called about the hold earlier?'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'nameSubjectD4 kept: "Good morning! Tom at the Lakewood Library, our genealogy guy, is out until Monday.": someone else',
    lines: opening('can i talk to the genealogy person', 'Good morning! Tom at the Lakewood Library, our genealogy guy, is out until Monday.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'nameSubjectD4 near miss (formal): "Marv at Ocean County Library, Reference Department, is happy to assist you." is the provider',
    lines: opening('I require the 1990 census tract maps.', 'Good afternoon. Marv at Ocean County Library, Reference Department, is happy to assist you.'),
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greetClauseD4 near miss (non-native): "Hello, Mr. Rahman from your school is asking us also about this book": no identification',
    lines: opening('sir i need the book for class 9 science', 'Hello!', 'Hello, Mr. Rahman from your school is asking us also about this book.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'titleEchoD4 kept (British): "Hello Sailor" asked for, "Hello Sailor is on BorrowBox": no greeting',
    lines: opening('have you got the old Hello Sailor DVD', 'Hello Sailor is on BorrowBox, not DVD. Bex at Leeds Libraries.'),
    exp: some({ greeting: 'fail' }),
  },
  // introTailD4
  {
    name: 'introTailD4 near miss: "jo at the reference desk here, your chat sat in the queue for 2 minutes, sorry!" then the patron is gone: no substantive exchange',
    lines: [
      [0, 'p', 'do you do passport photos'],
      [90, 'l', 'hi! jo at the reference desk here, your chat sat in the queue for 2 minutes, sorry!'],
      [300, 'l', 'Are you still there?'],
      [500, 'l', "It looks like you've disconnected, so I'll end this chat. Feel free to come back anytime!"],
    ],
    exp: some({ source: 'na', clarify: 'na' }),
  },
  {
    name: 'introTailD4 kept: "Sam at the info desk here, we close at 6 on Fridays." answers: a substantive exchange, no source',
    lines: [
      [0, 'p', 'what time do you close on fridays'],
      [20, 'l', 'Hi! Sam at the info desk here, we close at 6 on Fridays.'],
      [60, 'p', 'ok'],
      [70, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  // deskNameSD4
  {
    name: 'deskNameSD4 near miss: "kits from the kids desk at lakewood library." answers where the kits are: no name',
    lines: opening('where do i borrow the stem kits?', 'Hello! Good question.', 'kits from the kids desk at lakewood library.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'deskNameSD4 near miss: "Audiobooks from the kids desk at Lakewood Library." answers: no name',
    lines: opening('where do i get audiobooks for my kid?', 'Hi!', 'Audiobooks from the kids desk at Lakewood Library.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'deskNameSD4 kept: "hey marcus from the circ desk @ dayton metro library": greeting passes',
    lines: opening('can i pay a fine online', 'hey marcus from the circ desk @ dayton metro library'),
    exp: some({ greeting: 'pass' }),
  },
];

/** Near misses of D6's settings and phrase changes. */
export const d6: SessionCase[] = [
  // transferredNoticeD6
  {
    name: 'transferredNoticeD6 near miss: "the van will pick it up from here" is about a book, then a silent transfer: handoff fails',
    lines: handover('Your ILL book is at Main; the van will pick it up from here and bring it to your branch.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'transferredNoticeD6 near miss: "Let me get a photo of the minutes on here for you." then a silent transfer: handoff fails',
    lines: handover('Let me get a photo of the minutes on here for you.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'transferredNoticeD6 near miss: "I\'ll get a scan of the index on the chat" then a silent transfer: handoff fails',
    lines: handover("I'll get a scan of the index on the chat in a bit."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'transferredNoticeD6 near miss: "On Tuesdays a volunteer tutor will join in and help with homework" then a silent transfer: handoff fails',
    lines: handover('On Tuesdays a volunteer tutor will join in and help with homework, 4-6 pm.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'transferredNoticeD6 kept: "I\'ll get our local history librarian on here, hang tight." announces: handoff passes',
    lines: handover("I'll get our local history librarian on here, hang tight."),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'transferredNoticeD6 kept (British): "Rosa from Local Studies will pick this up from here." announces: handoff passes',
    lines: handover('Rosa from Local Studies will pick this up from here.'),
    exp: some({ transfer: 'pass' }),
  },
  // askedNothingD6
  {
    name: 'askedNothingD6 near miss: "sorry just checking the chat works. my library card got blocked and i cant log in" asks',
    lines: asks('sorry just checking the chat works. my library card got blocked and i cant log in'),
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'askedNothingD6 near miss: "I just wanted to say thank you, but the ebook you recommended won\'t open on my kindle" asks',
    lines: asks("I just wanted to say thank you, but the ebook you recommended won't open on my kindle"),
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'askedNothingD6 near miss: "just wanted to say you guys are great!! my mom wants to know if you still do passport photos" asks',
    lines: asks('just wanted to say you guys are great!! my mom wants to know if you still do passport photos'),
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'askedNothingD6 near miss: "ur website is trash, cant find the hours anywhere" asks',
    lines: asks('ur website is trash, cant find the hours anywhere'),
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'askedNothingD6 kept: "just wanted to say thanks, the librarians at eastside are amazing" asks nothing',
    lines: asks('just wanted to say thanks, the librarians at eastside are amazing'),
    exp: some({ source: 'na', complete: 'na' }),
  },
  {
    name: 'transferredNoticeD6 near miss: "The courier will pick it up from here on Monday." then a silent transfer: handoff fails',
    lines: handover('Thanks for leaving the box at Main. The courier will pick it up from here on Monday.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'askedNothingD6 kept (chat-speak): "lol sorry just checking the chat box on our teen page loads" asks nothing',
    lines: asks('lol sorry just checking the chat box on our teen page loads'),
    exp: some({ source: 'na', complete: 'na' }),
  },
  {
    name: 'askedNothingD6 near miss: "hi just checking the chat works, I\'m trying to get into JSTOR from home" asks',
    lines: asks("hi just checking the chat works, I'm trying to get into JSTOR from home"),
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // wayBackAfterWaitD6
  {
    name: 'wayBackAfterWaitD6 near miss: "wait" then "Sorry, we are closing now." offers no way back: dismissal fails',
    lines: dismissed('wait', 'Sorry, we are closing now.'),
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'wayBackAfterWaitD6 near miss: "wait i still need help" then "I really can\'t, take care." : dismissal fails',
    lines: dismissed('wait i still need help', "I really can't, take care."),
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'wayBackAfterWaitD6 kept (British): "hang on!" then "Do pop back tomorrow and we\'ll finish it together.": dismissal passes',
    lines: dismissed('hang on!', "Do pop back tomorrow and we'll finish it together."),
    exp: some({ dismissal: 'pass' }),
  },
  // D6's phrases
  {
    name: 'holdWeak kept: "I\'ll ask my colleague who does Saturdays, one moment." holds: keep_informed passes over a 200 s wait',
    lines: [
      [0, 'p', 'is there storytime this saturday'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which branch do you usually use?'],
      [45, 'p', 'the main one downtown'],
      [52, 'l', "I'll ask my colleague who does Saturdays, one moment."],
      [150, 'l', 'Still checking, bear with me.'],
      [252, 'l', 'Yes, 10 am at Main, details at lib.org/events. Did that help?'],
      [270, 'p', 'yes thanks'],
    ],
    exp: some({ informed: 'pass' }),
  },
];

/**
 * Labelled from RUBRIC.md, NOT run: the scorer gets them wrong, but not through a v29 setting (v28 reads them the same), and
 * this wave only narrows v29's settings.
 */
export const LEFT: SessionCase[] = [
  {
    // LEFT: v28 already reads "at Oakwood Library, we" as the library answering (an older reading, not placedAtLibraryD4)
    name: 'placedAtLibraryD4 near miss: "Try asking at Oakwood Library, we only have the ebook here.": another library',
    lines: opening('do you have the print copy of Demon Copperhead', 'Hello!', 'Try asking at Oakwood Library, we only have the ebook here.'),
    exp: some({ greeting: 'fail' }),
  },
  {
    // LEFT: "hey, marcus" (a comma after the greeting) is no shape of deskNameSD4 nor of v28's; reading it would widen
    name: 'deskNameSD4 kept: "hey, marcus from the circ desk @ dayton metro library": greeting passes',
    lines: opening('can i pay a fine online', 'hey, marcus from the circ desk @ dayton metro library'),
    exp: some({ greeting: 'pass' }),
  },
];

describeSessions('twenty-eighth round (E3): D4 settings checked', d4);
describeSessions('twenty-eighth round (E3): D6 settings checked', d6);

describeLeft('twenty-eighth-round-openings-checked', LEFT);
