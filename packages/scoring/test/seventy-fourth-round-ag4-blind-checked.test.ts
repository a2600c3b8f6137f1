/**
 * Seventy-fourth round, blind check ag4 of block AG (rubric v67), its second blind check: AG2, AG13, AG14, AG15 and AG16 tried both
 * ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the
 * meant reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not
 * read, and older readings it must not break).
 * Checks: closing.no_dismissal (AG2; RUBRIC: fail when the provider tells the patron their time is up, that they reached a limit
 * or asked too many, or otherwise ends the help for the provider's convenience without offering a way back; saying politely that
 * other patrons are waiting and inviting the patron to come back later passes; pass otherwise), interest.keep_informed (AG13;
 * RUBRIC: fail if any span of waiting on the provider lasts longer than 120 s; a Hold message, Terms, announces that the provider
 * is looking something up or asks the patron to wait, or gives a partial result and says the search goes on, and starts a new
 * span), approachability.greeting (AG14; RUBRIC: within the first two visible provider messages the provider greets **and**
 * identifies who is answering: a name, "librarian", the library or the service, in the text, a screen name not counting),
 * the information checks (AG15; RUBRIC Terms, Substantive exchange: the provider sent at least one visible message other than a
 * greeting, an idle check-in, a goodbye, a hold or a disconnect notice, a clarifying question counting; without one info.source,
 * inquiry.clarify … are na) and followup.contact, resolution.code, followup.on_time (AG16; RUBRIC Terms, Follow-up session: a
 * follow-up code, or the provider promises in the chat to send or find more later, "someone from your library will contact you"
 * included; contact: na unless a follow-up session, pass when the patron's e-mail is confirmed in the chat and the provider says
 * when; code: fail when a follow-up was promised and the code is not a follow-up code; on_time: pending before the 72 h deadline).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AG2: the provider's own "I need to / have to / gotta keep the queue / line / chats moving", "(move on / get / go) to the next
 *   patron / caller / chat / customer / person in line", and "I've (already) spent a lot of / too much … time on …" in a sentence that
 *   ends the chat or moves on, are other patrons waiting: a dismissal (fail) when the help ends there with no way back, pass with an
 *   invitation back or when the help goes on in the same message. Not: a print queue the patron is to keep moving, a hold that
 *   "will go to the next patron in line", the time the provider once spent on a novel's ending, moving on to the next census.
 * - AG13: "a minute." after a number and a plural noun is a rate ("70-110 beats a minute."), not a hold; a rate in words ("one
 *   hundred twenty words a minute.") or before "while" is a rate all the same. "Give us a minute.", "That's 1 of 3, give us a
 *   minute." and "One moment," after a rate still hold.
 * - AG14: "June here", "its May", "I'm April", "Soy June" name who is answering when the month is the provider's own name (the
 *   transcript's or the author's). The provider's own month name used as the month ("August at Ocean City gets packed", "It's
 *   August, so …", "This is April's last week …") names no one.
 * - AG15: an emoji or emoticon sentence ("🙂", ":)", ":D", "^_^") after a check-in says nothing: still only a check-in, info checks
 *   na. A clarifying question or a source beside the emoji still makes the exchange substantive.
 * - AG16: "send you over / through to <person>", "forward you to <person>", "le voy a mandar con <person>" send the patron to
 *   someone: no promise, no follow-up session. "I'll send you the scans tomorrow", "I'll e-mail you tomorrow to confirm",
 *   "I'll send you up to 30 pages … tomorrow", "she'll e-mail you the scans by Friday" still promise.
 *
 * COUNTS. Written: 37 cases, 21 for and 16 against (AG2 5/4, AG13 4/3, AG14 4/3, AG15 4/2, AG16 4/4), in one batch, labels copied
 * aside to /tmp/s72/ag4-labels.ts before the first run. First run as labelled: 23 of 37. Disagreeing: 14. Label corrections: 0 (each
 * reread against RUBRIC's rule or Term; the labels stand). Final: 23 running, 14 LEFT (each scored with rubric v66 to tell "older"
 * from "caused by AG"): 9 caused by AG, 5 older.
 * - caused by AG (v66 scored each as labelled): AG2 reads the patron's print queue ("you have to keep the queue moving"), a hold
 *   that "will go to the next patron in line", a novel's "ending" ("I've spent a lot of time on that ending myself.") and moving on
 *   to the next census within the help as other patrons waiting (no_dismissal fail); AG13's rate lookbehind takes "That's 1 of 3,
 *   give us a minute." (a partial result and a hold) for a rate; AG14 takes the provider's month name used as the month ("August at
 *   Ocean City gets packed", "It's August, so …", "This is April's last week …") as a name; AG16's exception takes "I'll send you up
 *   to 30 pages … tomorrow" (a promise) for sending the patron somewhere.
 * - older (v66 the same): a rate in words ("one hundred twenty words a minute.") and "breaths a minute while at rest" still read as
 *   holds; ":D" (a letter in it) still says something; "I'll forward you to Dev, who's … tonight" and "Le voy a mandar con Ana …"
 *   still read as promises.
 * MENDED before v67 landed (the author, after this check; labels unchanged): AG2 takes only the provider's own "(I / we) need to
 *   keep the queue moving", "move on / get to the next patron" after the provider, and the time spent only with the chat closed or "need
 *   to move on" in the same sentence (not "ending" the noun, not "let's move on"); AG13 not "3, give us a minute"; AG14 reads a month
 *   only in a name's shape ("June here", "June at … here", "I'm June.", "its May :)"); AG15 takes ":D" as an emoticon; AG16 reads
 *   "forward you to" and not "send you up to 30 pages". All nine AG-caused cases and two older ones run; 3 LEFT (older).
 * NARROWED before v67 landed: AG14 no longer reads "it's <month>" (a later blind check found "Hi! Yep, it's May." read as a
 *   name), so "hey! its May :)" is LEFT (`NO_ITS_MONTH_AG14`, older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, sys, who, type Line, type SessionCase } from './helpers';
import { DISMISSED, GREETED, HOLD, nearMiss as c, nearMissLines, NO_HOLD, NO_ITS_MONTH_AG14, NOT_DISMISSED, NOT_GREETED } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Alder Creek Library.';
const { said, done, followUp } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'north' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca de Alder Creek.';

/** No follow-up session: no contact to confirm, the code stands, nothing to be on time for. */
const NO_FOLLOWUP = some({ contact: 'na', code: 'pass', onTime: 'na' });
/** A follow-up session by promise, e-mail confirmed and a time said, code "Answered", deadline not yet passed. */
const PROMISED = some({ contact: 'pass', code: 'fail', onTime: 'pending' });
/** Only greetings, check-ins and goodbyes from the provider: the information checks do not apply. */
const NOTHING_SAID = some({ source: 'na', clarify: 'na' });

/**
 * A help that goes on, then `said` (the provider's message at 125 s, after the patron's `more`): the patron's `q`, a greeting with
 * a question, the reply, the provider's `answer`, the patron's `more`, `said`, and `after` (more lines) if given.
 */
const thenSaid = (q: string, ask: string, reply: string, answer: string, more: string, said: string, after: Line[] = []): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} ${ask}`],
  [50, 'p', reply],
  [70, 'l', answer],
  [110, 'p', more],
  [125, 'l', said],
  ...after,
];

/**
 * The provider's `said` at 52 s, the next provider message `then` at 252 s: read as a hold, the 200 s is a wait on the provider
 * (keep_informed fails); read as no hold, a wait on the patron (passes).
 */
const waitAfter = (q: string, reply: string, said: string, then: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Is it for school, or for yourself?`],
  [45, 'p', reply],
  [52, 'l', said],
  [252, 'l', then],
  [270, 'p', 'ok thanks'],
  [280, 'l', 'Thanks for chatting, bye!'],
];

/** A provider named `name` (transcript and author): greets with `hi`, the patron replies, the provider answers, thanks, goodbye. */
const greetedBy = (name: string, q: string, hi: string, reply: string, answer: string): { lines: Line[]; over: SessionCase['over'] } => {
  const me = who(name, 'jo');
  return {
    lines: [
      [0, 'p', q],
      [20, 'l', hi, me],
      [50, 'p', reply],
      [70, 'l', answer, me],
      [100, 'p', 'ok thanks'],
      [110, 'l', 'Thanks for chatting, bye!', me],
    ],
    over: { provider: { id: 'jo', name, library: 'TST' } },
  };
};
const g = (name: string, q: string, hi: string, reply: string, answer: string, exp: SessionCase['exp'], caseName: string): SessionCase => {
  const { lines, over } = greetedBy(name, q, hi, reply, answer);
  return c(caseName, lines, exp, over);
};

/** The patron's `q`, a greeting (`hi`) that asks nothing, `mid` (provider lines), then a check-in `check` at 150 s and `notice` at 330 s. */
const wentQuiet = (q: string, hi: string, check: string, notice: string, mid: Line[] = []): Line[] => [
  [0, 'p', q],
  [20, 'l', hi],
  ...mid,
  [150, 'l', check],
  [330, 'l', notice],
];
const GONE = "It looks like you may have disconnected, so I'll close this chat. Feel free to come back anytime!";

/** A transfer: the provider's `notice` at 70 s, a note, the transfer to `to`, and `to`'s help (`hi2`, the patron's `q2`, `answer`). */
const handedOver = (hi: string, q: string, reply: string, notice: string, to: [string, string], hi2: string, q2: string, answer: string): Line[] => {
  const them = who(to[0], to[1]);
  return [
    [0, 'p', q],
    [20, 'l', hi],
    [50, 'p', reply],
    [70, 'l', notice],
    [75, 'i', `${to[0].split(' ')[0]}: pt needs help with this, thanks`],
    [80, 's', `Chat transferred to ${to[0]}`, sys('transfer', to[1])],
    [100, 'l', hi2, them],
    [130, 'p', q2],
    [140, 'l', answer, them],
    [160, 'p', 'ok thanks'],
    [165, 'l', 'Thanks for chatting, bye!', them],
  ];
};

export const ag2: SessionCase[] = [
  // ---- AG2 for: the queue, the next patron, the time spent, as the provider's reason to end (fail), or with a way back / help going on (pass)
  c('AG2 for: "sorry gotta keep the chats moving, closing this one now" (chat-speak, no way back)', thenSaid('how do i find my great grandpas ww1 draft card', 'Do you know which county he lived in around 1917?', 'baltimore city i think', 'The WWI draft cards are free on FamilySearch: familysearch.org/search/collection/1968530. Search his name with Baltimore.', 'found it but i cant read half the abbreviations on it', 'sorry gotta keep the chats moving, closing this one now'), DISMISSED),
  c('AG2 for: "I\'ve already spent too much time on this one, so I\'m wrapping up our chat here."', thenSaid('i need the population of every county in ohio in 1850', 'Do you need a table you can download, or just the numbers?', 'a table', 'The 1850 census tables are at census.gov/library/publications/1853/dec/1850a.html; Ohio starts on page 817.', 'that pdf is a scan, is there one i can put in excel', "I've already spent too much time on this one, so I'm wrapping up our chat here."), DISMISSED),
  c('AG2 for: "So I can move on to the next person in the queue, I\'m going to close this chat." (the reason first)', thenSaid('whats the difference between a roth ira and a regular ira', 'Is this for your own retirement savings?', 'yes', 'The IRS comparison chart is at irs.gov/retirement-plans/ira-comparison-chart; it sets the two side by side.', 'ok but which one makes more sense if i make 40k', "So I can move on to the next person in the queue, I'm going to close this chat."), DISMISSED),
  c('AG2 for: "I need to keep the queue moving, so I\'ll close this chat, but please come back tomorrow …" (a way back: pass)', thenSaid('i need the population of every county in ohio in 1850', 'Do you need a table you can download, or just the numbers?', 'a table', 'The 1850 census tables are at census.gov/library/publications/1853/dec/1850a.html; Ohio starts on page 817.', 'and do you have the 1860 ones too', "I need to keep the queue moving, so I'll close this chat, but please come back tomorrow and we'll find the 1860 tables too."), NOT_DISMISSED),
  c('AG2 for: "I have to get to the next patron soon, so quickly: the mailing address … at travel.state.gov/renewbymail." (help goes on: pass)', thenSaid('how do i renew my passport by mail', 'Is your current passport less than 15 years old?', 'yes it expired last year', 'Then you can use form DS-82; it is at travel.state.gov/renewbymail with the checklist.', 'ok and where do i mail it', 'I have to get to the next patron soon, so quickly: the mailing address for your state is on page 8 of the DS-82 instructions at travel.state.gov/renewbymail.', [[140, 'p', 'got it thanks'], [150, 'l', 'Thanks for chatting, bye!']]), NOT_DISMISSED),
  // ---- AG2 against: a print queue, a holds queue, a novel's ending, moving on within the help
  c('AG2 against: "If a job jams, cancel it at the release station and send it again; you have to keep the queue moving …" (a print queue)', said('my print job is stuck at the release station, what do i do', "The print release steps are at alderlibrary.example.org/print. If a job jams, cancel it at the release station and send it again; you have to keep the queue moving or everyone's prints stall."), NOT_DISMISSED),
  c('AG2 against: "If you can\'t make it in that window, the book will go to the next patron in line." (a holds queue)', said('what happens if i dont pick up my hold in time', "Holds wait on the shelf for 7 days; the pickup rules are at alderlibrary.example.org/holds. If you can't make it in that window, the book will go to the next patron in line."), NOT_DISMISSED),
  c('AG2 against: "I\'ve spent a lot of time on that ending myself." (the patron was helped; the novel\'s ending)', done('what does the ending of the giver mean', 'There is no single answer: Lois Lowry left it open on purpose. Her interview at theguardian.com/books/2014/aug/the-giver talks about it, and the sequel Gathering Blue hints at more.', 'ok thank you!!', "I've spent a lot of time on that ending myself. Enjoy the rest of the series, bye!"), NOT_DISMISSED),
  c('AG2 against: "I\'ve spent a lot of time on the 1880 census with no luck, so let\'s move on to the 1900 one: he\'s there, …" (moving on within the help)', done('i cant find my great great grandfather john keough in the 1880 census, baltimore', "I've spent a lot of time on the 1880 census with no luck, so let's move on to the 1900 one: he's there, a laborer on Light Street, living with his sister Mary.", 'wow thats him!! thank you', 'Happy hunting, bye!'), NOT_DISMISSED),
];

export const ag13: SessionCase[] = [
  // ---- AG13 for: a rate, not a hold (the 200 s after it is a wait on the patron)
  c('AG13 for: "… a resting rate for kids his age is around 70-110 beats a minute."', waitAfter('what is a normal heart rate for a 10 year old', 'my son, hes 10', 'The American Heart Association says a resting rate for kids his age is around 70-110 beats a minute.', 'Is that what you were looking for?'), NO_HOLD),
  c('AG13 for: "avg is like 40 words a minute!" (chat-speak)', waitAfter('how fast do ppl type on average', 'for me, im practicing', 'avg is like 40 words a minute! typing.com has free speed tests too', 'did that help?'), NO_HOLD),
  c('AG13 for: "… about one hundred twenty words a minute." (the number in words)', waitAfter('how fast should a 4th grader read out loud', 'for my daughter', 'The Hasbrouck-Tindal fluency chart at readingrockets.org puts the middle of fourth grade at about one hundred twenty words a minute.', 'Does that answer it?'), NO_HOLD),
  c('AG13 for: "MedlinePlus says healthy adults take 12 to 20 breaths a minute while at rest." ("a minute while")', waitAfter('how many breaths a minute is normal', 'for myself', 'MedlinePlus says healthy adults take 12 to 20 breaths a minute while at rest: medlineplus.gov/ency/article/002341.htm.', 'Did that help?'), NO_HOLD),
  // ---- AG13 against: still holds
  c('AG13 against: "Great, give us a minute."', waitAfter('do you have the 1950 sanborn maps for frederick', 'for my house history', 'Great, give us a minute.', 'Yes: the Frederick Sanborn maps are in the Library of Congress collection at loc.gov/collections/sanborn-maps.'), HOLD),
  c('AG13 against: "That\'s 1 of 3, give us a minute." (a partial result, the search goes on)', waitAfter('i need 3 articles on the bonus army for my paper', 'school, 11th grade', "The first one is on JSTOR at jstor.org/stable/2711234. That's 1 of 3, give us a minute.", 'The other two are in America: History and Life through alderlibrary.example.org/databases.'), HOLD),
  c('AG13 against: "Adults usually run 60 to 100 beats a minute. One moment, the chart for kids is different." (a rate, then a hold)', waitAfter('what is a normal pulse for a 7 year old', 'my daughter', 'Adults usually run 60 to 100 beats a minute. One moment, the chart for kids is different.', "For a 7-year-old it's about 70 to 120; see kidshealth.org/en/parents/heart-rate."), HOLD),
];

export const ag14: SessionCase[] = [
  // ---- AG14 for: the provider's own month name names who is answering
  g('June Park', 'do you have any books on raised bed gardening', 'Hi there, June here! Are you growing vegetables or flowers?', 'veggies', 'Try "The Vegetable Gardener\'s Bible" by Edward C. Smith: 3 copies, see the catalog at alderlibrary.example.org.', GREETED, 'AG14 for: "Hi there, June here!" (provider June Park)'),
  g('May Tran', 'hiii do u have the new percy jackson book', 'hey! its May :) the newest one?', 'yes the newest', 'It is "Wrath of the Triple Goddess": 4 copies on order, you can place a hold at alderlibrary.example.org/catalog.', GREETED, 'AG14 for: "hey! its May :)" (chat-speak, provider May Tran)'),
  c('AG14 for: "Hello, I\'m April." (the author April Okafor, the transcript\'s name "A. Okafor")', [
    [0, 'p', 'where do i get a 1040 form'],
    [20, 'l', "Hello, I'm April. Do you want a paper copy or a printable one?", who('April Okafor', 'jo')],
    [50, 'p', 'printable'],
    [70, 'l', 'The 1040 and its instructions are at irs.gov/forms-pubs/about-form-1040.', who('April Okafor', 'jo')],
    [100, 'p', 'ok thanks'],
    [110, 'l', 'Thanks for chatting, bye!', who('April Okafor', 'jo')],
  ], GREETED, { provider: { id: 'jo', name: 'A. Okafor', library: 'TST' } }),
  g('June Alvarez', 'busco libros de cocina mexicana', '¡Hola! Soy June. ¿Busca recetas de alguna región?', 'de oaxaca', 'Tenemos "Oaxaca: Home Cooking from the Heart of Mexico" de Bricia Lopez; vea el catálogo en alderlibrary.example.org.', GREETED, 'AG14 for: "¡Hola! Soy June." (Spanish, provider June Alvarez)'),
  // ---- AG14 against: the provider's own month name used as the month
  g('August Lee', 'whats the best week to visit ocean city in august', 'Hi! August at Ocean City gets packed, so booking early helps. Is it a family trip?', 'yes 2 kids', "The town's events calendar at ococean.com/events shows the quieter weeks; the last week of the month is usually calmer.", NOT_GREETED, 'AG14 against: "Hi! August at Ocean City gets packed, so booking early helps." (provider August Lee)'),
  g('August Reyes', 'when is the summer reading log due', "Hello! It's August, so the logs are due soon. Which branch is your son's log from?", 'eastgate', 'Eastgate takes logs until the 15th; the rules are at alderlibrary.example.org/summer.', NOT_GREETED, 'AG14 against: "Hello! It\'s August, so the logs are due soon." (provider August Reyes)'),
  g('April Okafor', 'where can i get free help filing my taxes', "Hi! This is April's last week of free tax help at the branches. Which one is closest to you?", 'westside', 'Westside has VITA volunteers Tuesday and Thursday 5-8pm; book a slot at alderlibrary.example.org/tax.', NOT_GREETED, 'AG14 against: "Hi! This is April\'s last week of free tax help at the branches." (provider April Okafor)'),
];

export const ag15: SessionCase[] = [
  // ---- AG15 for: a check-in with an emoji or emoticon sentence is still only a check-in
  c('AG15 for: "¿Sigue ahí? 🙂" (Spanish)', wentQuiet('hola, necesito el formulario para renovar mi licencia de conducir', HI_ES, '¿Sigue ahí? 🙂', 'Parece que se ha desconectado, así que cerraré este chat. ¡Vuelva cuando quiera!'), NOTHING_SAID),
  c('AG15 for: "Hi again, are you still with me? :)"', wentQuiet('do you have anything on building a chicken coop', HI, 'Hi again, are you still with me? :)', GONE), NOTHING_SAID),
  c('AG15 for: "u still there? ^_^" (chat-speak, a kaomoji)', wentQuiet('need help w my fafsa', HI, 'u still there? ^_^', GONE), NOTHING_SAID),
  c('AG15 for: "Are you still there? :D" (an emoticon with a letter in it)', wentQuiet('is there a book club for teens', HI, 'Are you still there? :D', GONE), NOTHING_SAID),
  // ---- AG15 against: a clarifying question or a source beside the emoji
  c('AG15 against: "Which grade is the project for? 🙂" (a clarifying question)', wentQuiet('i need sources for a project on the dust bowl', HI, 'Are you still there? :)', GONE, [[30, 'l', 'Which grade is the project for? 🙂']]), some({ clarify: 'pass', source: 'fail' })),
  c('AG15 against: "Still there? 😊 The Library of Congress has a Dust Bowl photo set at loc.gov/collections/fsa-owi." (a source)', wentQuiet('i need sources for a project on the dust bowl', HI, 'Still there? 😊 The Library of Congress has a Dust Bowl photo set at loc.gov/collections/fsa-owi.', GONE), some({ source: 'pass', clarify: 'fail' })),
];

const KAI: [string, string] = ['Kai Moreno', 'kai'];
export const ag16: SessionCase[] = [
  // ---- AG16 for: the patron sent to someone, nothing promised for later
  c('AG16 for: "I\'m going to send you over to Kai, who\'s our math homework tutor tonight."', handedOver(`${HI} What topic is the homework on?`, 'my daughter is stuck on her algebra homework, can someone help', 'slope intercept form', "I'm going to send you over to Kai, who's our math homework tutor tonight.", KAI, 'Hi, Kai here! Can you paste the first problem?', 'y = 2x + 3, what is the slope', "The slope is the number in front of x, so 2. Khan Academy's slope-intercept lessons at khanacademy.org are good practice. Does that help?"), NO_FOLLOWUP),
  c('AG16 for: "ok im gonna send u over to Priya, shes our genealogy person tonight" (chat-speak)', handedOver(`${HI} Which country was the family from?`, 'how do i find my grandmas ship record from ireland', 'ireland, she came in 1925 i think', 'ok im gonna send u over to Priya, shes our genealogy person tonight', ['Priya Shah', 'priya'], 'Hi, Priya here! Do you know which port she arrived at?', 'new york probably', 'Ellis Island records are free at statueofliberty.org/discover/passenger-ship-search; search her maiden name with 1925. Is that what you needed?'), NO_FOLLOWUP),
  c('AG16 for: "I\'ll forward you to Dev, who\'s covering the tax desk tonight." (another verb)', handedOver(`${HI} Is it a federal or a state form?`, 'i need help reading my 1099 form', 'federal', "I'll forward you to Dev, who's covering the tax desk tonight.", ['Dev Patel', 'dev'], 'Hi, Dev here. Which box is confusing you?', 'box 7', 'Box 7 is the distribution code; the IRS explains each code at irs.gov/instructions/i1099r. Does that answer it?'), NO_FOLLOWUP),
  c('AG16 for: "Le voy a mandar con Ana, nuestra especialista en genealogía, que está de turno esta noche." (Spanish)', handedOver(`${HI_ES} ¿De qué país era su familia?`, 'necesito ayuda con mi árbol genealógico', 'de puebla, méxico', 'Le voy a mandar con Ana, nuestra especialista en genealogía, que está de turno esta noche.', ['Ana Ruiz', 'ana'], 'Hola, soy Ana. ¿Sabe en qué año nacieron sus abuelos?', 'mi abuelo en 1920', 'Los registros parroquiales de Puebla están gratis en familysearch.org; busque su nombre con 1920. ¿Le sirve?'), NO_FOLLOWUP),
  // ---- AG16 against: still promises (e-mail confirmed, a time said, code "Answered")
  c('AG16 against: "I\'ll send you the scans of both months tomorrow afternoon."', followUp('The 1998 minutes are only on microfilm at the Westminster branch. What e-mail should I send the scans to?', "I'll send you the scans of both months tomorrow afternoon."), PROMISED),
  c('AG16 against: "I\'ll e-mail you tomorrow to confirm which reels they have."', followUp("Westminster has the 1998 minutes on microfilm, but I need to check that the March reel is there. What e-mail can I reach you at?", "I'll e-mail you tomorrow to confirm which reels they have."), PROMISED),
  c('AG16 against: "I\'ll send you up to 30 pages of the March and April minutes tomorrow." ("send you up to" is no transfer)', followUp('The 1998 minutes are only on microfilm at the Westminster branch. What e-mail should I send the scans to?', "I'll send you up to 30 pages of the March and April minutes tomorrow."), PROMISED),
  c('AG16 against: "I\'m sending you over to Reiko, our local history librarian, now, and she\'ll e-mail you the scans by Friday." (a transfer and a promise)', followUp('The 1998 minutes are only on microfilm, and our local history librarian can scan them. What e-mail should she use?', "I'm sending you over to Reiko, our local history librarian, now, and she'll e-mail you the scans by Friday."), PROMISED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // ---- caused by AG
  'AG13 for: "… about one hundred twenty words a minute." (the number in words)':
    'expected keep_informed pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): RUBRIC Terms, Hold message, a reading rate announces no search and asks no wait; AG13\'s exception wants a digit before the plural noun (older: v66 fail the same)',
  'AG13 for: "MedlinePlus says healthy adults take 12 to 20 breaths a minute while at rest." ("a minute while")':
    'expected keep_informed pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): RUBRIC Terms, Hold message, a breathing rate is no hold; AG13 widened only alternative 2 ("a minute." at a stop), while "a minute while" is read by the "(a) minute (please|while|as …)" alternative ("… a minute at rest." passes) (older: v66 fail the same)',
  'AG16 for: "Le voy a mandar con Ana, nuestra especialista en genealogía, que está de turno esta noche." (Spanish)':
    'expected contact na, code pass, on_time na, got fail, fail, pending ("the provider promised a follow-up but the code is "Answered""): RUBRIC Terms, Follow-up session, "le voy a mandar con Ana" sends the patron to Ana in the chat (the transfer follows), nothing is promised; the Spanish "le voy a mandar" is read as a promise with or without "esta noche", AG16 is English only (older: v66 fail, fail, pending the same)',
  'AG14 for: "hey! its May :)" (chat-speak, provider May Tran)':
    NO_ITS_MONTH_AG14,
};

describe('seventy-fourth round: block AG (AG2, AG13, AG14, AG15, AG16) checked blind (ag4), both ways', () => {
  for (const [t, cs] of [['AG2', ag2], ['AG13', ag13], ['AG14', ag14], ['AG15', ag15], ['AG16', ag16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
