import type { Tpl } from './ctx';
import type { StepKind } from './topics';

/** Walk-through steps by kind of resource (English; Spanish sessions skip the walk-through). */
export const STEPS: Record<StepKind, Tpl[]> = {
  database: [
    'From the homepage, click Research, then Databases A-Z.',
    'Type your keywords in the search box and hit Search.',
    'On the left you can narrow the results by date, format or subject.',
    'If there are too many results, add another keyword and search again.',
    'Click a title to see the full record and the full-text link.',
    'If it asks you to sign in, use your library card number and PIN.',
  ],
  account: [
    'Click My Account at the top right of the page.',
    "Sign in with your card number; it's the 14 digits on the back of your card.",
    'If it asks for a PIN and you never set one, choose Forgot PIN and enter the e-mail on your account.',
    'The e-mail with the reset link can take a few minutes, so check your spam folder too.',
    'Once you are in, the Checked Out tab lists everything with its due date.',
  ],
  form: [
    'Scroll down to the list of forms and pick the one for your county.',
    'You can fill it in on screen and then print it.',
    'Make sure you sign it before you file it.',
    'Print two copies: one to file and one for your records.',
  ],
  app: [
    'Open Libby and tap Menu, then Add Library.',
    'Search for your library by name or zip code.',
    'Then tap Sign In and enter your card number and PIN.',
    "Search for the title and tap Borrow, or Place Hold if it's checked out.",
    'Your books show up under Shelf at the bottom of the screen.',
  ],
  catalog: [
    'Type the title in the catalog search box at the top of the page.',
    'Click the title to see which branches have it on the shelf.',
    'If it says Available, you can click Place Hold and pick your branch.',
    "You'll get an e-mail or text when it's ready to pick up.",
  ],
  web: [
    'Use the menu at the top of the home page.',
    "Scroll down a bit and you'll see it in the list.",
    'There is also a search box at the top right if that is easier.',
    'Click the blue link to open the page.',
  ],
};

export const PATRON_ACKS: Tpl[] = [
  'ok', 'ok one sec', 'got it', 'ok I see it', 'done', 'ok that worked', 'its loading', 'k', 'ok now what', 'found it',
  'hmm ok', "yes I'm there", 'ok im in', 'wait where is that', 'i dont see it', 'ok',
];

export const PATRON_FOLLOW_ACKS: Tpl[] = ['ok thanks', 'good to know', 'oh ok', 'perfect', 'great', 'ok cool', 'makes sense'];

export const SURVEY_GOOD = [
  'Very helpful', 'Quick and friendly, thank you!', 'Exactly what I needed', 'The librarian was so patient with me',
  'Great service', 'Found my articles in 5 minutes', 'Thank you so much!!', 'Super helpful, will use again',
];
export const SURVEY_MEH = ['It was ok', 'Took a while to get an answer', 'Helpful but slow', 'I still have to figure out the rest myself'];
export const SURVEY_BAD = [
  'Was cut off', 'he was rude and kicked me out', 'Waited forever and then they left', "Didn't really answer my question",
  'The librarian ended the chat before I was done', 'Not helpful',
];
export const SURVEY_ES = ['¡Muy amable!', 'Muy útil, gracias', 'Excelente servicio'];

/** Practice sessions: staff testing the chat widget, coded Practice. */
export const PRACTICE: ['patron' | 'provider', Tpl][][] = [
  [
    ['patron', (c) => `testing testing - this is ${c.v.tester} from the ${c.branch} branch pretending to be a patron`],
    ['provider', (c) => `Hi ${c.v.tester}! ${c.me} here, trying out the canned messages before my first shift.`],
    ['provider', (c) => `Hello and welcome to AskUsNow! My name is ${c.me} and I'm a librarian with ${c.lib.name}. How can I help you today?`],
    ['patron', 'looks good. try sending a link'],
    ['provider', (c) => `https://${c.lib.domain} - did it come through as clickable?`],
    ['patron', 'yep. ok ending the test, code it practice'],
    ['provider', 'Will do, thanks!'],
  ],
  [
    ['patron', 'TEST - please ignore'],
    ['provider', (c) => `Test received, ${c.me} here.`],
    ['patron', 'checking whether the new widget on the teen page works'],
    ['provider', 'Yes, it came through from the teen page.'],
    ['patron', 'great, it works. thanks'],
    ['provider', 'Coding this one as Practice.'],
  ],
  [
    ['patron', (c) => `Hi ${c.me}, it's ${c.v.tester}. Training exercise from the new staff session`],
    ['provider', (c) => `Hi ${c.v.tester}! Go ahead and send me the practice question.`],
    ['patron', 'Practice question: where can I find the population of Maryland in 1900?'],
    ['provider', 'The 1900 census tables are on census.gov under Decennial Census > 1900. That was a good one to practice with.'],
    ['patron', 'perfect, end of exercise'],
  ],
];
