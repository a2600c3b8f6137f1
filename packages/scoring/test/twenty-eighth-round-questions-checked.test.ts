/**
 * Twenty-eighth round, second wave, blocks D3 and D5: a check of the v29 settings of SOURCES AND CLARIFYING QUESTIONS
 * (D3: `nothingGivenD3`, `holdClauseSourceD3`, `formatOnlyD3`, `newspaperItemD3`, `initialQuestionD3`,
 * `titleEchoRestateD3`, the "any topic in mind" and `.in` phrases) and of COMPLETENESS QUESTIONS, DISMISSALS, FOLLOW-UP
 * CONTACTS AND SURVEY FLAGS (D5: `moreCompleteD5`, `holdTakenBackD5`, `toCallD5`, the phrases for survey complaints, "got to
 * run" after a hold taken back, a number typed without "you", "was your … solved"). The first wave widened each reading to
 * fix a case earlier rounds had left; this file writes near misses (the setting's words or shape for something that is
 * not its behaviour) in several registers, and new wordings of each behaviour, all labelled from RUBRIC.md before the
 * scorer ran. Where the scorer misread a near miss, the setting was narrowed (never widened), with a comment naming it.
 *
 * RUBRIC.md applied literally: info.source needs "a URL or domain, an e-mail or phone contact for a referral, or a named
 * resource"; a resource named as the place the provider is looking, or a masthead word in a generic phrase ("Journal
 * articles", "Daily story time"), gives the patron nothing to use. inquiry.clarify counts "a provider question … about
 * the need" or a restatement, "other than … 'anything else?' or 'does this answer your question?'". followup.contact
 * needs the PATRON's e-mail or phone in the chat; a number the provider will text a third party on is not the patron's.
 * The negative_comment flag is raised by a negative survey comment.
 *
 * Readings taken where the text leaves room:
 * - "Did you get the help you needed today?" after the provider found nothing asks the closing's question, not about the
 *   need: no clarifying question;
 * - "I'm in WorldCat now, one moment." and "JSTOR is crawling today, bear with me." say where the provider looks (as
 *   "Let me check WorldCat, one moment." does): no source;
 * - a patron's stored details read back by them ("your system lists phone …") are the patron's contact.
 */
import { describe, expect, it } from 'vitest';
import { describeLeft, ANSWERED_NURSING, FU_ME, chat, describeSessions, type Line, type SessionCase, score, some } from './helpers';

const HI = 'Hi, Jo here at Ask Us, Sample County Library.';

/** Patron asks `q`, Jo greets and asks a clarifying question, the patron answers, then `lines` (from 60 s). */
const clarified = (q: string, lines: Line[]): Line[] => [
  [0, 'p', q],
  [15, 'l', `${HI} Is this for school or for your own research?`],
  [45, 'p', 'my own research'],
  ...lines,
];
/** A look-up that finds nothing: `hold` at 60 s, the empty result at 100 s, the patron's thanks, goodbye. */
const nothingFound = (q: string, hold: string): Line[] =>
  clarified(q, [
    [60, 'l', hold],
    [100, 'l', "I'm sorry, I couldn't find a copy of that anywhere we have access to."],
    [130, 'p', 'oh well, thanks'],
    [135, 'l', 'Thanks for chatting, goodbye!'],
  ]);
/** Jo greets, then `said` (the provider's only information), then asks whether it helps; the patron is done. */
const answers = (q: string, said: string): Line[] => [
  [0, 'p', q],
  [15, 'l', HI],
  [40, 'l', said],
  [60, 'l', 'Does that help?'],
  [80, 'p', "yes that's all i needed"],
  [85, 'l', 'Thanks for chatting, goodbye!'],
];
/** A follow-up session: the patron asks about a 1950s city directory, then `patron` (with or without their contact), then `promise`. */
const followUp = (patron: string, promise: string): Line[] => [
  [0, 'p', 'do you have the 1953 city directory for Elmwood?'],
  [15, 'l', `${HI} Which street or family are you looking for?`],
  [45, 'p', patron],
  [60, 'l', promise],
  [90, 'p', 'ok thanks'],
  [95, 'l', 'Thanks for your patience, goodbye!'],
];
/** The passport session: an answer, the completeness question, then the provider's `said` at 86 s and a patron reply. */
const dismissal = (said: string, after: Line[] = []): Line[] => [
  [0, 'p', 'can you help me fill out a passport form'],
  [20, 'l', `${HI} Is it a renewal (DS-82) or a first passport (DS-11)?`],
  [50, 'p', 'first one'],
  [56, 'l', 'The DS-11 is at travel.state.gov, fill it in online and print it. Did that help?'],
  [80, 'p', 'yes, one more thing, do i need a photo?'],
  [86, 'l', said],
  ...after,
];

/** Near misses: the settings' words or shapes for something else. */
export const guards: SessionCase[] = [
  // ---- nothingGivenD3: a completeness-shaped question before anything was given ----
  {
    name: 'nothingGivenD3: "Was the answer what you were after?" after an answer in words is the completeness question, not clarifying',
    lines: [
      [0, 'p', 'r u open on sunday'],
      [15, 'l', HI],
      [30, 'l', 'Yes, all our branches are open 1 to 5 on Sundays.'],
      [35, 'l', 'Was the answer what you were after?'],
      [60, 'p', 'yep ta'],
      [65, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'nothingGivenD3 (British): "Have you got everything you need now?" after "Sorry, nothing on that in our catalogue" asks no question about the need',
    lines: [
      [0, 'p', 'Have you got any books on the history of Tring?'],
      [15, 'l', `${HI} One moment while I look.`],
      [70, 'l', "Sorry, there's nothing on Tring in our collection."],
      [75, 'l', 'Have you got everything you need now?'],
      [100, 'p', 'Not really, thanks anyway'],
      [105, 'l', 'Thank you for contacting us, goodbye!'],
    ],
    exp: some({ clarify: 'fail', source: 'fail' }),
  },
  // ---- holdClauseSourceD3: a resource named in the hold sentence before the hold ----
  {
    name: 'holdClauseSourceD3: "I\'m in WorldCat now, one moment." says where the provider looks: no source',
    lines: nothingFound('do any libraries have the 1932 Elmwood fire report', "I'm in WorldCat now, one moment."),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'holdClauseSourceD3: "JSTOR is crawling today, bear with me." names no find: no source',
    lines: nothingFound('i need the 1987 article by Hale on river dredging', 'JSTOR is crawling today, bear with me.'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'holdClauseSourceD3 (British): "The catalogue is playing up at the moment, bear with me." names no find: no source',
    lines: nothingFound('Have you got the 1950 Tring parish magazine?', 'The catalogue is playing up at the moment, bear with me.'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'holdClauseSourceD3 (chat-speak): "over to ancestry library edition now, hang on" names no find: no source',
    lines: nothingFound('looking for my grandpas 1940 census entry', 'over to Ancestry Library Edition now, hang on'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'holdClauseSourceD3 (non-native): "The WorldCat is very slow for me today, please wait a moment." names no find: no source',
    lines: nothingFound('please i search the book of Kowalski 1978 about bees', 'The WorldCat is very slow for me today, please wait a moment.'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'holdClauseSourceD3: "JSTOR has been slow all morning, bear with me." names no find: no source',
    lines: nothingFound('i need the 1987 article by Hale on river dredging', 'JSTOR has been slow all morning, bear with me.'),
    exp: some({ source: 'fail' }),
  },
  // ---- formatOnlyD3: a format said of a pronoun ----
  {
    name: 'formatOnlyD3: "yes we have it on microfilm, the Daily Oklahoman reels for 1931 …" names the newspaper: a source',
    lines: clarified('do you have the daily oklahoman from 1931', [
      [60, 'l', 'Yes we have it on microfilm, the Daily Oklahoman reels for 1931 are in our Oklahoma Room.'],
      [65, 'l', 'Is that what you needed?'],
      [90, 'p', "yes that's all"],
      [95, 'l', 'Thanks, goodbye!'],
    ]),
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'formatOnlyD3: "It\'s on microfiche in the ERIC collection, ED 123 456." names ERIC: a source',
    lines: clarified('is the 1979 report on reading programs available', [
      [60, 'l', "It's on microfiche in the ERIC collection, ED 123 456."],
      [65, 'l', 'Does that help?'],
      [90, 'p', "yes that's all"],
      [95, 'l', 'Thanks, goodbye!'],
    ]),
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // ---- newspaperItemD3: a masthead word before "item / article / story / notice" ----
  {
    name: 'newspaperItemD3: "Daily story time is at 10:30 in the children\'s room." names no newspaper: no source',
    lines: answers('when is story time for toddlers', "Daily story time is at 10:30 in the children's room."),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'newspaperItemD3 (British): "Post notices go up on the board by the lifts." names no newspaper: no source',
    lines: answers('where do you put up community notices?', 'Post notices go up on the board by the lifts, just hand them to the desk.'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'newspaperItemD3: "I searched for a Herald obituary for him but came up empty." names nothing found: no source',
    lines: answers('i need my great uncles obituary, he died 1961 in Elmwood', 'I searched for a Herald obituary for him but came up empty.'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'newspaperItemD3: "So you\'re looking for a Tribune article about the mill closing." restates the patron: clarifies, no source',
    lines: [
      [0, 'p', 'i remember a story in the tribune about the mill closing, 80s i think'],
      [15, 'l', HI],
      [30, 'l', "So you're looking for a Tribune article about the mill closing in the 80s."],
      [60, 'p', 'yes exactly'],
      [70, 'l', "I'm sorry, I couldn't find it anywhere we have access to."],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: some({ clarify: 'pass', source: 'fail' }),
  },
  // ---- initialQuestionD3: a question sentence not cut after a letter ----
  {
    name: 'initialQuestionD3: "Did you already search the catalog for Smith, John A. Is that the right spelling?" gives nothing',
    lines: [
      [0, 'p', 'looking for books by john a smith about canals'],
      [15, 'l', HI],
      [30, 'l', 'Did you already search the catalog for Smith, John A. Is that the right spelling?'],
      [60, 'p', 'yes'],
      [70, 'l', "I'm sorry, I couldn't find anything by him."],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: some({ clarify: 'pass', source: 'fail' }),
  },
  {
    name: 'initialQuestionD3 (non-native): "Is it for the class using the Chicago Manual of Style, part B. Which edition do you need?" gives nothing',
    lines: [
      [0, 'p', 'please i need help with citation for my class'],
      [15, 'l', HI],
      [30, 'l', 'Is it for the class using the Chicago Manual of Style, part B. Which edition do you need?'],
      [60, 'p', '17'],
      [70, 'l', "Sorry, I'm not able to find that one for you today."],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: some({ clarify: 'pass', source: 'fail' }),
  },
  // ---- titleEchoRestateD3 ----
  {
    name: 'titleEchoRestateD3: "Benediction by Kent Haruf, ok." names another book by the author: no restatement',
    lines: [
      [0, 'p', 'is there a large print plainsong by kent haruf'],
      [15, 'l', HI],
      [30, 'l', 'Benediction by Kent Haruf, ok.'],
      [35, 'l', "Large print Plainsong is at samplelibrary.org/catalog, it's on the shelf at Main."],
      [60, 'p', "thanks that's all"],
      [65, 'l', 'Thanks, goodbye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  // ---- "any topic in mind" ----
  {
    name: '"Any other topics in mind?" after the answer asks for more, not about the need: no clarifying question',
    lines: [
      [0, 'p', 'do u have science kits for homeschool'],
      [15, 'l', HI],
      [30, 'l', 'Yes! Our STEM kits are listed at samplelibrary.org/kits.'],
      [35, 'l', 'Any other topics in mind?'],
      [60, 'p', "no that's all"],
      [65, 'l', 'Thanks, goodbye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', anything: 'pass' }),
  },
  // ---- .in ----
  {
    name: '`.in`: "You can sign.in at the front desk" (a typo) is no domain: no source',
    lines: clarified('how do i book a study room for tomorrow', [
      [60, 'l', 'You just sign.in at the front desk on the day, they keep a paper list.'],
      [65, 'l', 'Does that help?'],
      [90, 'p', "yes that's all"],
      [95, 'l', 'Thanks, goodbye!'],
    ]),
    exp: some({ source: 'fail' }),
  },
  // ---- moreCompleteD5: "Is it fine?" after a source ----
  {
    name: 'moreCompleteD5: "… and I\'ll book Room B for you. Is that OK?" asks about the booking, not the information',
    lines: [
      [0, 'p', 'can i use a scanner for my tax papers'],
      [15, 'l', `${HI} Do you need colour or black and white?`],
      [40, 'p', 'black and white'],
      [50, 'l', "The scanner instructions are at samplelibrary.org/scan and I'll book Room B for you. Is that OK?"],
      [70, 'p', 'sure'],
      [75, 'l', 'Thanks, goodbye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'moreCompleteD5 (chat-speak): "put plainsong on hold 4 u at Main. is that ok?" asks about the hold placed, not the information',
    lines: [
      [0, 'p', 'can u get me plainsong by kent haruf'],
      [15, 'l', `${HI} Which branch do you pick up at?`],
      [40, 'p', 'main'],
      [50, 'l', 'I put Plainsong by Kent Haruf on hold for you at Main. Is that ok?'],
      [70, 'p', 'ya'],
      [75, 'l', 'Thanks, bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  // ---- holdTakenBackD5: a hold taken back, then leaving ----
  {
    name: 'holdTakenBackD5: "One moment... never mind, I have to go check the shelf myself, back in 2 min" is a hold: no dismissal',
    lines: dismissal('One moment, let me look... never mind, I have to go check the shelf myself, back in 2 min', [
      [200, 'l', 'Yes, one 2x2 photo; the rules are at travel.state.gov/photos. Anything else?'],
      [220, 'p', 'no thanks'],
      [225, 'l', 'Goodbye!'],
    ]),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'holdTakenBackD5 (chat-speak): "brb - scratch that, gotta run to the printer for a sec, stay there!" is a hold: no dismissal',
    lines: dismissal('brb - scratch that, gotta run to the printer for a sec, stay there!', [
      [150, 'l', 'Yes, one 2x2 photo; the rules are at travel.state.gov/photos. Anything else?'],
      [170, 'p', 'no thanks'],
      [175, 'l', 'Goodbye!'],
    ]),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'holdTakenBackD5 (British): "Hang on… on second thought I have to go through the photo rules first, two ticks" is a hold: no dismissal',
    lines: dismissal('Hang on... on second thought I have to go through the photo rules first, two ticks', [
      [150, 'l', 'Yes, one 2x2 photo; the rules are at travel.state.gov/photos. Anything else?'],
      [170, 'p', 'no thanks'],
      [175, 'l', 'Goodbye!'],
    ]),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'holdTakenBackD5: "Let me check… actually forget it, I need to leave this to our passport desk, they\'ll email you by Friday" hands on: no dismissal',
    lines: dismissal("Let me check... actually forget it, I need to leave this one to our passport desk, they'll email you by Friday at the address you gave.", [
      [100, 'p', 'ok thanks'],
      [105, 'l', 'Thanks, goodbye!'],
    ]),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'holdTakenBackD5: "One moment… actually never mind, I have to run to a meeting, my colleague Sam will pick up your question right now" hands on: no dismissal',
    lines: dismissal('One moment... actually never mind, I have to run to a meeting, my colleague Sam will pick up your question right now.', [
      [100, 'l', 'Hi, Sam here. Yes, one 2x2 photo; the rules are at travel.state.gov/photos. Anything else?', { author: 'Sam Lee', authorId: 'sam' }],
      [120, 'p', 'no thanks'],
      [125, 'l', 'Goodbye!', { author: 'Sam Lee', authorId: 'sam' }],
    ]),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'holdTakenBackD5: "brb… nvm, gotta run, but email us at ask@samplelibrary.org and we\'ll finish it" offers a way back: no dismissal',
    lines: dismissal("brb... nvm, gotta run, but email us at ask@samplelibrary.org and we'll finish it. sorry!"),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"got to run" (v29 D5): "oh wait, gotta run it through the other database, one sec" is a hold: no dismissal',
    lines: dismissal('oh wait, gotta run it through the other database, one sec', [
      [150, 'l', 'Yes, one 2x2 photo; the rules are at travel.state.gov/photos. Anything else?'],
      [170, 'p', 'no thanks'],
      [175, 'l', 'Goodbye!'],
    ]),
    exp: some({ dismissal: 'pass' }),
  },
  // ---- toCallD5: a number the patron was told to call ----
  {
    name: 'toCallD5: "your system lists phone 410-555-0123 for me, that\'s still right" is the patron\'s own number',
    lines: followUp("it's the Kowalski family on Elm St. your system lists phone 410-555-0123 for me, that's still right", "I'll check the directory in the stacks and call you back at that number by tomorrow noon."),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'toCallD5: "my account has phone 410-555-0123 on it, use that" is the patron\'s own number',
    lines: followUp('Kowalski on Elm St. my account has phone 410-555-0123 on it, use that', "I'll check the directory in the stacks and call you back at that number by tomorrow noon."),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'toCallD5: "the county site says call 410-555-0100 but nobody answers, my cell is 410-555-0199" still gives the patron\'s cell',
    lines: followUp('Kowalski on Elm St. the county site says call 410-555-0100 but nobody answers, my cell is 410-555-0199', "I'll check the directory in the stacks and call you back by tomorrow noon."),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // ---- patronContactContext: "I'll text … on <number>" ----
];

/**
 * Near misses labelled from RUBRIC.md that the scorer still gets wrong (not run). v28 reads each of them the same way, so no
 * v29 setting of D3 or D5 is behind them and a narrowing of those settings cannot fix them.
 */
export const LEFT: SessionCase[] = [
  {
    // LEFT: v28 already counts the closing's question as clarifying when no source was ever given (not nothingGivenD3's reading)
    name: 'nothingGivenD3: "Did you get the help you needed today?" after nothing was found is the closing question, not about the need',
    lines: [
      [0, 'p', 'do you have the 1911 Elmwood school yearbook'],
      [15, 'l', `${HI} Let me check the catalog, one moment.`],
      [70, 'l', "I'm sorry, I couldn't find anything like that in our collection."],
      [75, 'l', 'Did you get the help you needed today?'],
      [100, 'p', 'not really but thanks'],
      [105, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: some({ clarify: 'fail', source: 'fail' }),
  },
  {
    // LEFT: v28 already reads "Journal articles" as a named resource (the resource-noun reading, not newspaperItemD3's masthead)
    name: 'newspaperItemD3: "Journal articles would be the place to start." names no journal: no source',
    lines: answers('how do i start researching wetland birds', 'Journal articles would be the place to start, and maybe a field guide.'),
    exp: some({ source: 'fail' }),
  },
  {
    // LEFT: v28 already reads "I'll text them on <number>" as the patron's number (an older patronContactContext word, not D5's)
    name: 'patronContactContext: "I\'ll text them on 02 9555 0100 (the Parramatta branch)" is the branch\'s number, not the patron\'s',
    lines: followUp('Kowalski on Elm St', "I'll text them on 02 9555 0100 (the Parramatta branch) to see if they have it, and get back to you tomorrow."),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
];

/** The behaviours in new words: they must keep reading. */
export const paraphrases: SessionCase[] = [
  {
    name: 'nothingGivenD3: "Is the e-book app loading for you now?" before anything was given asks about the situation',
    lines: [
      [0, 'p', 'libby keeps crashing on my phone'],
      [15, 'l', HI],
      [20, 'l', 'Is the e-book app loading for you now?'],
      [45, 'p', 'no it just closes'],
      [50, 'l', 'Try the steps at samplelibrary.org/libby-help. Did that help?'],
      [80, 'p', "yes that's all thanks"],
      [85, 'l', 'Thanks, goodbye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'holdClauseSourceD3: "Found two of his letters in WorldCat so far, still checking for the diary." gives a source',
    lines: nothingFound('looking for the papers of Amos Hale, 1850s', 'Found two of his letters in WorldCat so far, still checking for the diary.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'formatOnlyD3: "yep we\'ve got it on film" names no resource: no source',
    lines: answers('do you have the elmwood gazette from 1940', "yep we've got it on film"),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'newspaperItemD3: "There\'s a 1962 Gazette obituary for her on page 4." names a publication: a source',
    lines: answers('need my grandmas obituary, she died 1962', "There's a 1962 Gazette obituary for her on page 4 of the March 3 issue."),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'initialQuestionD3: "The big atlas is Rand McNally, 912 R. Would that do?" gives a source',
    lines: [
      [0, 'p', 'need a big road atlas of the us'],
      [15, 'l', `${HI} For travel or for a school project?`],
      [40, 'p', 'travel'],
      [50, 'l', 'The big one is the Rand McNally Road Atlas in the catalog at 912 R. Would that do?'],
      [70, 'p', "yes that's all"],
      [75, 'l', 'Thanks, goodbye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'moreCompleteD5: "The DS-11 form is at travel.state.gov. Is that alright?" right after the source asks completeness',
    lines: [
      [0, 'p', 'where do i get a passport form'],
      [15, 'l', `${HI} Is it your first passport?`],
      [40, 'p', 'yes'],
      [50, 'l', 'The DS-11 form is at travel.state.gov. Is that alright?'],
      [70, 'p', "yes that's all"],
      [75, 'l', 'Thanks, goodbye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'holdTakenBackD5: "One sec… scratch that, I have to head off now, sorry. Bye" takes the hold back and leaves: dismissal',
    lines: dismissal('One sec... scratch that, I have to head off now, my shift is over, sorry. Bye'),
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'toCallD5: "the letter told me to call 410-555-0100 but it rings out" is no contact of the patron',
    lines: followUp('Kowalski on Elm St. the letter told me to call 410-555-0100 but it rings out', "I'll check the directory in the stacks and get back to you by tomorrow noon."),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
];

/** Survey comments: [comment, negative]. */
export const COMMENTS: [string, boolean][] = [
  ['I typed the wrong title but she found nothing at all', true],
  ['I was annoyed with the website but the librarian did nothing to help', true],
  ['I had the wrong branch in mind but she sorted it out quickly', false],
  ['was annoyed with the catalog at first but the librarian fixed it, thanks!', false],
];

describeSessions('twenty-eighth round, second wave (D3, D5): near misses of the v29 settings', guards);
describeSessions('twenty-eighth round, second wave (D3, D5): the behaviours in new words', paraphrases);

describe('twenty-eighth round, second wave (D5): survey comments', () => {
  it.each(COMMENTS)('"%s": negative %s', (comment, negative) => {
    const flags = score(chat(ANSWERED_NURSING, { survey: { rating: null, comment } })).flags.map((f) => f.code);
    expect(flags).toEqual(negative ? ['negative_comment'] : []);
  });
});

describeLeft('twenty-eighth-round-questions-checked', LEFT);
