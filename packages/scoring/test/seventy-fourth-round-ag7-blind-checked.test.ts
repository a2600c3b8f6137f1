/**
 * Seventy-fourth round, fourth blind check of block AG (rubric v67), part ag7: AG2, AG3, AG13, AG14 and AG16 tried both ways in cases
 * written by a helper who did not see the author's cases nor the earlier blind files, each labelled from RUBRIC.md before it ran
 * ("for": the meant reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must
 * not read, and older readings it must not break).
 * Checks:
 * - closing.no_dismissal (AG2; RUBRIC: fail when the provider tells the patron their time is up, or otherwise ends the help for the
 *   provider's convenience without offering a way back; saying politely that other patrons are waiting and inviting the patron to come
 *   back later passes; pass otherwise).
 * - inquiry.clarify (AG3; RUBRIC: pass when the provider asks a question about the need, or restates the question ("so you need…"),
 *   before the first message that gives a source; fail otherwise).
 * - interest.keep_informed (AG13; RUBRIC Terms, Hold message: a provider message announcing that the provider is looking something up
 *   or asking the patron to wait; waiting on the provider begins at a patron message or a hold and ends at the next provider message;
 *   fail when a span lasts longer than 120 s).
 * - approachability.greeting (AG14; RUBRIC: within the first two visible provider messages the provider greets and identifies who is
 *   answering: a name, "librarian", the library or the service, in the text).
 * - follow-up by promise (AG16; RUBRIC Terms, Follow-up session: the provider promises in the chat to send or find more later;
 *   followup.contact na unless a follow-up session, pass with the e-mail confirmed and a when; resolution.code fails when a follow-up
 *   was promised and the code is not a follow-up code; followup.on_time pending before its deadline).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AG2: the queue or the time spent, given as the reason while the same provider sentence ends this chat, ends the help for the
 *   provider's convenience: fail without a way back, pass with an invitation to come back (English or Spanish). Not a dismissal: a
 *   system rule explained ("the system will close the chat after 10 minutes"), the provider's own past use of machines that "log off",
 *   a closing after the patron said they were done, another librarian's words quoted in a condition.
 * - AG3: "(ok / right) so your <party> wants / is looking for / is interested in …" opening a sentence restates the patron's request
 *   (any verb after "wants to", and Spanish "Entonces su hija busca …" too). Not a restatement: "So your son needs his own card" (the
 *   answer), one after the first source, a prediction in the source message ("So your mom would like that one"), the patron's words.
 * - AG13: "<number> <plural noun> a minute / a second" closing a sentence is a rate, no hold (a number in words too); "Let me compare
 *   the 2 maps a minute." and "Found 2 of the 4 yearbooks so far, hang on a minute." are holds.
 * - AG14: a month that is the provider's own name, used as the speaker's name ("June here", "I'm May.", "soy June,"), names who is
 *   answering; used as a month ("August at Cape Henlopen gets busy …", "It's May, so …", "This is June and July's … schedule") it
 *   does not.
 * - AG16: "I'm going to send you over to <person>", "forward u to circ", "send you through to <person>" send the patron on: no
 *   promise (contact and on_time na, the code passes); "send you over scans … by Friday", "e-mail you the minutes by Thursday" still
 *   promise.
 *
 * COUNTS. Written: 34 cases, 17 for and 17 against (AG2 5/4, AG3 5/4, AG13 3/2, AG14 3/3, AG16 3/2), in one batch, labels copied
 * aside to /tmp/s72/ag7-labels.ts before the first run. First run as labelled: 26 of 34. Disagreeing: 8. Label corrections: 0 (each
 * reread against RUBRIC's Hold message term and the no_dismissal, clarify and greeting rules; the labels stand). Final: 26 running,
 * 8 LEFT (each scored with rubric v66 to tell "older" from "caused by AG"): 2 caused by AG, 6 older.
 * - caused by AG: interest.keep_informed, expected fail / got pass: "Let me compare the 2 maps a minute." (AG13's rate guard takes
 *   "2 maps a minute" for a rate; v66 fail). approachability.greeting, expected fail / got pass: "This is June and July's teen
 *   volunteer schedule: …" with the provider June Okafor (AG14's "This is <month> and"; v66 fail).
 * - older (v66 the same): no_dismissal "ok sry gotta keep the chats moving, closing this one now" (no comma before "gotta": pass)
 *   and "I've spent a lot of time on those machines myself, and they log off on their own at 8:45, …" (fail); clarify "So your son
 *   wants to join a chess club for teens." and "Entonces su hija busca novelas gráficas …" (fail); keep_informed "… about a hundred
 *   words a minute." (a hold: fail); greeting "Hi there! August at Cape Henlopen gets busy, but it's a quiet night here." (pass).
 * MENDED before v67 landed (the author, after this check; labels unchanged): AG13's rate is not read in a "let me / give me /
 *   hold on …" sentence ("Let me compare the 2 maps a minute." holds); AG14's "This is <month>" only before punctuation or "from /
 *   with / at / here"; AG2's "gotta" after "ok sry". The two AG-caused cases and one older one run; 5 LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, who, noTransfer, type Line, type SessionCase } from './helpers';
import { DISMISSED, GREETED, HOLD, NO_HOLD, NOT_DISMISSED, NOT_GREETED, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, this is Rafa, a librarian with Ask a Librarian at Calvert Library.';
const { asked, done, followUp } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'prince frederick' });
const HI_ES = 'Hola, soy Rafa, bibliotecario de la Biblioteca de Calvert.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la de prince frederick' });

/** inquiry.clarify passed or failed. */
const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
/** No follow-up session (no code, no promise): followup.contact and on_time na, resolution.code passes. */
const NO_PROMISE = some({ contact: 'na', code: 'pass', onTime: 'na' });
/** A follow-up session by promise: the e-mail read back and a when (contact pass), the code "Answered" (fail), not yet done. */
const PROMISE = some({ contact: 'pass', code: 'fail', onTime: 'pending' });

/** The transcript's provider called `name`. */
const called = (name: string) => ({ provider: { id: 'jo', name, library: 'TST' } });
/** The patron's `q`, the provider `name`'s `first`, the patron's `reply`, the provider's `answer`, thanks, goodbye. */
const monthChat = (name: string, q: string, first: string, reply: string, answer: string): Line[] => {
  const a = who(name, 'jo');
  return [
    [0, 'p', q],
    [20, 'l', first, a],
    [50, 'p', reply],
    [70, 'l', answer, a],
    [100, 'p', 'ok thanks'],
    [110, 'l', 'Thanks for chatting, bye!', a],
  ];
};
/** The patron's `q`, the greeting, the provider's `text` (sending the patron on), the patron's thanks and a goodbye. */
const sentOn = (q: string, text: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [30, 'l', text],
  [50, 'p', 'ok thanks'],
  [60, 'l', 'Thanks for chatting, bye!'],
];

export const ag2: SessionCase[] = [
  // ---- AG2 for: the queue or the time spent as the reason, the chat ended in the same sentence (no way back: fail; with one: pass)
  c('AG2 for: "We really have to keep the chats moving tonight, so I\'m wrapping up this chat."', done('do you have the 1962 towson city directory', 'We have 1958 and 1965 on the shelf at Main; the full list is in the catalog at calvertlibrary.example.org/directories.', 'hmm i really need 1962 though, my grandpa moved that year. is there anywhere else?', 'We really have to keep the chats moving tonight, so I\'m wrapping up this chat.'), DISMISSED),
  c('AG2 for: "ok sry gotta keep the chats moving, closing this one now" (chat-speak)', done('whats the wifi password at the north branch', 'its posted at the front desk, or on the login page when u connect to CalvertGuest', 'i tried that, the page wont load on my phone', 'ok sry gotta keep the chats moving, closing this one now'), DISMISSED),
  c('AG2 for: "I\'ve already spent all the time I can on this one, so I\'m signing off."', done('can you find the deed for 412 elm st from around 1910', 'The 1910 land records are on mdlandrec.net: search the Calvert County index for Elm St, grantor/grantee books 1905-1915.', 'i did, nothing under elm st. could it be under another street name?', 'I\'ve already spent all the time I can on this one, so I\'m signing off.'), DISMISSED),
  c('AG2 for: "Sorry, I have to move on to the next patron, so I\'m ending this conversation, but you\'re welcome to start a new chat tomorrow …" (a way back)', done('i need sheet music for a 1920s song called "Ain\'t We Got Fun"', 'The Levy Sheet Music Collection at levysheetmusic.mse.jhu.edu has the 1921 edition, free to view.', 'great, is there a lyrics sheet for the second verse somewhere?', 'Sorry, I have to move on to the next patron, so I\'m ending this conversation, but you\'re welcome to start a new chat tomorrow and we\'ll find that second verse.'), NOT_DISMISSED),
  c('AG2 for: "Lo siento, tengo que atender al siguiente usuario en la fila, así que voy a cerrar este chat." (Spanish)', es.done('necesito el acta de nacimiento de mi abuelo de 1940', 'Las actas de 1940 están en el Archivo Estatal de Maryland; el índice está en msa.maryland.gov/msa/refserv/html/vitalrecords.html.', 'no lo encuentro en el índice, ¿hay otra forma?', 'Lo siento, tengo que atender al siguiente usuario en la fila, así que voy a cerrar este chat.'), DISMISSED),
  // ---- AG2 against: a rule explained, the provider's own past, the patron already done, another librarian's words quoted
  c('AG2 against: "On busy nights we need to keep the chats moving, so the system will close the chat after 10 minutes with no reply from you." (a rule explained)', done('why did my chat close by itself last night', 'Sorry about that! On busy nights we need to keep the chats moving, so the system will close the chat after 10 minutes with no reply from you.', 'oh ok, good to know'), NOT_DISMISSED),
  c('AG2 against: "I\'ve spent a lot of time on those machines myself, and they log off on their own at 8:45, …" (the computers log off)', done('do the public computers save my files', 'No, they wipe everything at closing. I\'ve spent a lot of time on those machines myself, and they log off on their own at 8:45, so save to a flash drive or e-mail files to yourself.', 'ok will do'), NOT_DISMISSED),
  c('AG2 against: "I need to get to the next patron in line, so I\'m closing this chat now." (the patron said they were done)', done('is the book sale this saturday', 'Yes, Saturday 9 to 3 in the Main branch meeting room; details at calvertlibrary.example.org/booksale.', 'perfect, thats all i needed!', 'Glad to help! I need to get to the next patron in line, so I\'m closing this chat now. Bye!'), NOT_DISMISSED),
  c('AG2 against: \'If they wrote "I\'ve spent all the time I can on this, so I\'m ending our chat" and nothing else, …\' (quoted)', [
    [0, 'p', 'last week a librarian cut off my chat in the middle of my question. is that allowed?'],
    [20, 'l', HI],
    [30, 'l', 'I\'m so sorry. If they wrote "I\'ve spent all the time I can on this, so I\'m ending our chat" and nothing else, that is not how we are supposed to close a chat. You can send a comment at calvertlibrary.example.org/feedback. Does that help?'],
    [70, 'p', 'yes thank you, thats all'],
    [80, 'l', 'Thanks for chatting, bye!'],
  ], NOT_DISMISSED),
];

export const ag3: SessionCase[] = [
  // ---- AG3 for: "(ok / right) so your <party> wants / is looking for / is interested in …" before the first source
  c('AG3 for: "ok so ur granddaughter wants to learn ASL, got it." (chat-speak)', asked('my granddaughter is deaf and i want to help her learn to sign, she is 7', 'ok so ur granddaughter wants to learn ASL, got it. one sec', 'yes exactly', 'Signing Time! is a great video series for kids, on Kanopy Kids at calvert.kanopy.com, and there are ASL picture dictionaries in the catalog at calvertlibrary.example.org.'), CLARIFIED),
  c('AG3 for: "Right, so your book club is looking for a novel set in Iceland, under 300 pages or so."', asked('my book club wants a novel set in iceland, not too long, any ideas', 'Right, so your book club is looking for a novel set in Iceland, under 300 pages or so.', 'yes! and not too dark please', '"The Blue Fox" by Sjón is short (128 pages) and dreamy rather than dark; we have 4 copies, see the catalog at calvertlibrary.example.org.'), CLARIFIED),
  c('AG3 for: "So your mom\'s church group wants a speaker on beekeeping for a March meeting."', asked('my moms church group wants someone to talk about beekeeping in march', 'So your mom\'s church group wants a speaker on beekeeping for a March meeting.', 'yep, free if possible', 'The Calvert County Beekeepers Association does free talks: write to their outreach chair at outreach@calvertbees.example.org or call 410-555-0187.'), CLARIFIED),
  c('AG3 for: "So your son wants to join a chess club for teens." (another verb after "wants to")', asked('my son is 13 and wants to play chess with other kids', 'So your son wants to join a chess club for teens.', 'yes, on weekends ideally', 'The Prince Frederick branch has a Teen Chess Club on Saturdays at 2; sign up at calvertlibrary.example.org/teens.'), CLARIFIED),
  c('AG3 for: "Entonces su hija busca novelas gráficas en español, para una niña de 10 años." (Spanish)', es.asked('mi hija tiene 10 años y quiere novelas gráficas en español', 'Entonces su hija busca novelas gráficas en español, para una niña de 10 años.', 'sí, le gustan las de aventuras', 'Le va a gustar la serie "Hilda" de Luke Pearson en español; está en el catálogo en calvertlibrary.example.org/espanol.'), CLARIFIED),
  // ---- AG3 against: "needs" (the answer), after the first source, a prediction in the source message, the patron's own words
  c('AG3 against: "So your son needs his own card to borrow video games: …" (the answer, "needs")', asked('can my son check out video games on my card, he is 12', 'So your son needs his own card to borrow video games: games go only on the player\'s own card.', 'ok how does he get one', 'He can sign up at any branch with you there, or start at calvertlibrary.example.org/cards.'), NOT_CLARIFIED),
  c('AG3 against: "So your daughter is looking for the graphic novels as well: …" (after the first source)', asked('my daughter loved wings of fire book 1, is there more', 'Yes! Wings of Fire has 15 books; book 2 is The Lost Heir, on the shelf at Main (catalog: calvertlibrary.example.org).', 'she wants the graphic novel version too', 'So your daughter is looking for the graphic novels as well: The Lost Heir graphic novel is in at the North branch.'), NOT_CLARIFIED),
  c('AG3 against: "So your mom would like that one, I bet." (a prediction in the source message)', asked('my mom loves agatha christie, any newer authors like that', 'The Thursday Murder Club by Richard Osman is a gentle, funny mystery. So your mom would like that one, I bet.', 'sounds good, is it in large print', 'Yes, the large print edition is at Main; you can place a hold at calvertlibrary.example.org.'), NOT_CLARIFIED),
  c('AG3 against: the patron writes "so your teen advisory group is looking for new members?"', asked('so your teen advisory group is looking for new members? how do i join, im 15', 'Yes, they are! Applications are open until the 1st at calvertlibrary.example.org/teens/tag.', 'ok cool', 'The group meets the second Thursday of the month at 6.'), NOT_CLARIFIED),
];

export const ag13: SessionCase[] = [
  // ---- AG13 for: "<number> <plural noun> a minute / a second" is a rate: no hold, the 200 s after it is a wait on the patron
  c('AG13 for: "… MedlinePlus … gives 70 to 100 beats a minute."', noTransfer('whats a normal resting heart rate for a 10 year old', 'For kids 6 to 15, MedlinePlus (medlineplus.gov/ency/article/003399.htm) gives 70 to 100 beats a minute.'), NO_HOLD),
  c('AG13 for: "… ruby-throated hummingbirds beat their wings about 53 times a second."', noTransfer('how fast do hummingbird wings flap', 'The Cornell Lab page at allaboutbirds.org/guide/Ruby-throated_Hummingbird says ruby-throated hummingbirds beat their wings about 53 times a second.'), NO_HOLD),
  c('AG13 for: "… stenographers had to take dictation at about a hundred words a minute." (the number in words)', noTransfer('how fast did court reporters have to type back in the 1950s', 'The Encyclopedia of Careers in our Gale database (calvertlibrary.example.org/gale) says stenographers had to take dictation at about a hundred words a minute.'), NO_HOLD),
  // ---- AG13 against: holds with a number near "a minute"
  c('AG13 against: "Let me compare the 2 maps a minute." (a hold)', noTransfer('do you have maps of the county from 1900 and 1920', 'We have both, and they differ on the creek names. Let me compare the 2 maps a minute.'), HOLD),
  c('AG13 against: "Found 2 of the 4 yearbooks so far, hang on a minute." (a hold)', noTransfer('do you have the 1941 to 1944 calvert high yearbooks', 'Found 2 of the 4 yearbooks so far, hang on a minute.'), HOLD),
];

export const ag14: SessionCase[] = [
  // ---- AG14 for: the provider's own month name used as the speaker's name
  c('AG14 for: "Hi, June here! Is this for a class or for fun?"', monthChat('June Okafor', 'do you have books on knitting socks', 'Hi, June here! Is this for a class or for fun?', 'for fun, im a beginner', 'Try "Socks from the Toe Up" (call number 746.432), on the shelf now, and "Knitting Socks for Beginners" next to it.'), GREETED, called('June Okafor')),
  c('AG14 for: "Hello! I\'m May. Which year\'s tax forms do you need?"', monthChat('May Lindqvist', 'where can i get old maryland tax forms', "Hello! I'm May. Which year's tax forms do you need?", '2019, the 502', "Past-year forms are on the Comptroller's site: marylandtaxes.gov/forms/2019_Forms."), GREETED, called('May Lindqvist')),
  c('AG14 for: "Hola, soy June, ¿en qué le puedo ayudar?" (Spanish)', monthChat('June Ramírez', 'necesito libros para aprender inglés', 'Hola, soy June, ¿en qué le puedo ayudar?', 'para adultos, nivel básico', 'Le recomiendo el libro "English for Everyone: Nivel 1", en la sección 428.24, y Mango Languages en mangolanguages.com, gratis con su tarjeta.'), GREETED, called('June Ramírez')),
  // ---- AG14 against: the provider's month name used as a month
  c('AG14 against: "Hi there! August at Cape Henlopen gets busy, but it\'s a quiet night here." (the month)', monthChat('August Reyes', 'hi, do you know if you can borrow beach wheelchairs in delaware', "Hi there! August at Cape Henlopen gets busy, but it's a quiet night here. Which beach are you going to?", 'cape henlopen, next week', 'Delaware State Parks lends them free: reserve at destateparks.com/accessibility or call the park office at 302-555-0142.'), NOT_GREETED, called('August Reyes')),
  c('AG14 against: "Hello and welcome! It\'s May, so yes, the plots open this week." (the month)', monthChat('May Lindqvist', 'hi are the community garden plots open yet', "Hello and welcome! It's May, so yes, the plots open this week. Do you already have a plot number?", 'no, im new', 'New gardeners sign up at calvertparks.example.org/garden; the waitlist moves fast.'), NOT_GREETED, called('May Lindqvist')),
  c('AG14 against: "This is June and July\'s teen volunteer schedule: …" (the months)', monthChat('June Okafor', 'when are the teen volunteer shifts this summer', 'Hello, thanks for writing in! Are you 13 or older?', 'yes im 14', "Great! This is June and July's teen volunteer schedule: Tuesdays and Thursdays, 3 to 5 pm, with sign-up at volunteer.example.org/teens."), NOT_GREETED, called('June Okafor')),
];

export const ag16: SessionCase[] = [
  // ---- AG16 for: the patron sent on to someone, nothing promised
  c('AG16 for: "I\'m going to send you over to Marisol, our homework help tutor tonight; …"', sentOn('i need help with my algebra homework, its due tomorrow', "I'm going to send you over to Marisol, our homework help tutor tonight; she's great with algebra."), NO_PROMISE),
  c('AG16 for: "ill forward u to circ now, they can unblock it, hang tight" (chat-speak)', sentOn('my card says blocked?? cant log in to libby', 'ill forward u to circ now, they can unblock it, hang tight'), NO_PROMISE),
  c('AG16 for: "Let me send you through to Deb in Local History; she\'s on chat until 5."', sentOn('who owned my house in 1890? its on dares beach rd', "Good question for our genealogist. Let me send you through to Deb in Local History; she's on chat until 5."), NO_PROMISE),
  // ---- AG16 against: still promises
  c('AG16 against: "I\'ll send you over scans of the March and April minutes by Friday." (still a promise)', followUp('The 1998 minutes are only on microfilm here. What is a good e-mail for you?', "I'll send you over scans of the March and April minutes by Friday."), PROMISE),
  c('AG16 against: "Let me send you to the board\'s archive page for now, and I\'ll e-mail you the March and April minutes by Thursday." (still a promise)', followUp('Only 2005 on is online. What e-mail can I reach you at?', "Let me send you to the board's archive page for now, and I'll e-mail you the March and April minutes by Thursday."), PROMISE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // caused by AG
  'AG2 against: "I\'ve spent a lot of time on those machines myself, and they log off on their own at 8:45, …" (the computers log off)':
    'expected closing.no_dismissal pass, got fail ("ended the help for the provider\'s convenience without offering a way back"): RUBRIC, the provider tells how the public computers log off at closing and goes on advising, no chat is ended; an older reading takes "I\'ve spent a lot of time on …" with "log off" in the sentence (either part alone passes) (older: v66 fail the same)',
  'AG3 for: "So your son wants to join a chess club for teens." (another verb after "wants to")':
    'expected inquiry.clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC, the patron\'s request restated before the first source; AG3 reads "wants to" only before its listed verbs (find, learn, read, see, visit …), not "join" (older: v66 fail the same)',
  'AG3 for: "Entonces su hija busca novelas gráficas en español, para una niña de 10 años." (Spanish)':
    'expected inquiry.clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC, the patron\'s request restated before the first source; AG3 is English only and the older Spanish restatements take "entonces (usted) busca", not a third party\'s "entonces su hija busca" (older: v66 fail the same)',
  'AG13 for: "… stenographers had to take dictation at about a hundred words a minute." (the number in words)':
    'expected interest.keep_informed pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): RUBRIC Hold message, a rate announces no search and asks no wait, so the 200 s is a wait on the patron; AG13\'s guard wants digits before the noun (older: v66 fail the same)',
  'AG14 against: "Hi there! August at Cape Henlopen gets busy, but it\'s a quiet night here." (the month)':
    'expected approachability.greeting fail, got pass ("greets the patron and says who is answering"): RUBRIC, "August" is the month and nothing says who is answering; an older "<Capitalised word> at <Place> … here" reading takes it whatever the word and whoever the provider ("Summer at Cape Henlopen gets busy, but it\'s a quiet night here." passes too, without "… here" it fails) (older: v66 pass the same)',
};

describe('seventy-fourth round: block AG (AG2, AG3, AG13, AG14, AG16) checked blind, part ag7, both ways', () => {
  for (const [t, cs] of [['AG2', ag2], ['AG3', ag3], ['AG13', ag13], ['AG14', ag14], ['AG16', ag16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
