/**
 * Seventy-fourth round, third blind check of block AG (rubric v67), part ag6: AG2, AG3, AG4, AG13, AG14 and AG16 tried both ways in
 * cases written by a helper who did not see the author's cases (nor the two earlier blind files), each labelled from RUBRIC.md before
 * it ran ("for": the meant reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the
 * block must not read, and older readings it must not break).
 * Checks and their RUBRIC rules:
 * - closing.no_dismissal (AG2; critical): fail when the provider tells the patron their time is up, that they reached a limit of
 *   questions, or otherwise ends the help for the provider's convenience without offering a way back; saying politely that other
 *   patrons are waiting and inviting the patron back later passes; pass otherwise.
 * - inquiry.clarify (AG3): pass when the provider asks the patron a question about the need, or restates the question ("so you
 *   need…"), before the first message that gives a source; fail otherwise.
 * - followup.contact, resolution.code, followup.on_time (AG4, AG16; Terms, Follow-up session: the code is a follow-up code, or the
 *   provider promises in the chat to send or find more later, "someone from your library will contact you" included): contact pass
 *   when the patron's e-mail is given or repeated back in the chat and the provider says when; code fail when a follow-up was
 *   promised under a code that is not a follow-up code; on_time pending before its 72-hour deadline; all three na / pass / na when no
 *   follow-up session.
 * - interest.keep_informed (AG13; Terms, Hold message: a provider message announcing that the provider is looking something up or
 *   asking the patron to wait): a hold starts a wait on the provider, so 200 s to the next provider message fails; a message that is
 *   no hold starts a wait on the patron, and passes.
 * - approachability.greeting (AG14): pass when, within the first two visible provider messages, the provider greets the patron and
 *   identifies who is answering (a name, "librarian", the library or the service, in the text; a screen name does not count).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AG2: the queue, the next patron or the time spent, given as the provider's reason to end the chat here, with no way back, is
 *   ending the help for the provider's convenience (fail); with "come back tomorrow" it is the allowed "others waiting, come back"
 *   (pass). The same words describing how a desk, a holds list or a time limit works, or a provider's own research habits, end no
 *   help (pass).
 * - AG3: a statement opening "(ok / right,) so your <party> needs / wants / want / is hoping to / is interested in <the patron's
 *   need>" restates the question (a party outside the block's list, "granddaughter", and a plural "want" included; Spanish "entonces
 *   su hijo necesita …" too). "So your son needs to read 20 minutes a day", "so your son needs his own card" give a rule (an answer),
 *   and a restatement after the first source is too late: fail when nothing else asks.
 * - AG4: "I'll / we'll / she'll … have <the thing> (over / back) to you by <day>" is a promise to send more later, by a colleague of
 *   the provider's library too; "… in under a minute" is within the chat, and a clerk's or an agency's promise reported or quoted by
 *   the provider is no promise of the provider's library.
 * - AG13: "<number> <plural noun> a minute" as a rate (words a minute, breaths a minute, a number in words too) is no hold; "Searching
 *   all 3 catalogs takes a minute." announces a search (a hold); a message announcing a scan is a hold even with a rate in it.
 * - AG14: with the provider called May, August or April, "May here", "I'm August.", "its April :)" name who is answering; "it's May."
 *   as the month, "April is National Poetry Month" do not.
 * - AG16: "I'll forward u over to …", "send you through to Priya" send the patron on (no promise); "forward you the archivist's reply
 *   by Friday", and a colleague's "he'll e-mail you … by Friday" after "send you along to Dev", still promise.
 *
 * COUNTS. Written: 33 cases, 18 for and 15 against (AG2 4/3, AG3 4/3, AG4 3/3, AG13 2/2, AG14 3/2, AG16 2/2), in one batch, labels
 * copied aside to /tmp/s72/ag6-labels.ts before the first run. First run as labelled: 18 of 33. Disagreeing: 15. Label corrections: 0
 * (each reread against RUBRIC's rule or term; the labels stand; the weakest is AG13's scan as a hold). Final: 18 running, 15 LEFT, each
 * scored with rubric v66 to tell "older" from "caused by AG": 10 caused by AG, 5 older.
 * - Caused by AG (all "against": readings the block must not make): AG2 x3 (the holds list's "we move on to the next patron on the
 *   list", the express computers' "we have to keep the line moving", "I'm ending up at fold3.com" read as ending the chat: fail, v66
 *   pass); AG3 x2 (rules "So your son needs to read 20 minutes a day …", "So your son needs his own card …" read as restatements:
 *   pass, v66 fail); AG4 x3 ("in under a minute" within the chat, the clerk's promise after "According to the clerk there,", the
 *   National Archives' quoted "We'll have your records to you": follow-up, v66 none); AG13 x1 ("I'm scanning … for you now; our
 *   scanner does about 10 pages a minute.": no hold, v66 hold through the rate); AG14 x1 ("Hi! Yep, it's May." the month: greeting
 *   pass, v66 fail).
 * - Older (all "for": v66 the same): AG3 x3 ("granddaughter", plural "students want", Spanish "entonces su hijo necesita"); AG4 x1
 *   ("the obituary and the funeral notice": no "and" in what is had); AG13 x1 ("forty breaths a minute.": a number in words).
 * MENDED before v67 landed (the author, after this check; labels unchanged): AG2 is read only with the chat ended in the same
 *   sentence ("…, so I'm closing this chat"); AG3 only with verbs of wanting ("wants", "is looking for" …, plural "want" too), not
 *   "needs"; AG4 withdrawn; AG14 no longer reads "it's <month>". The ten AG-caused cases and one older one run; LEFT: the five older
 *   ones left, and the for cases only the withdrawn readings read ("ok so ur daughter's class needs …", two AG4 promises, "its April
 *   :)"), with their reasons.
 */
import { describe } from 'vitest';
import { describeWithLeft, noTransfer, some, who, type Line, type SessionCase } from './helpers';
import { DISMISSED, GREETED, HOLD, nearMiss as c, nearMissLines, NO_HOLD, NO_ITS_MONTH_AG14, NO_NEEDS_AG3, NO_PROMISE_AG4, NOT_DISMISSED, NOT_GREETED } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, saidThen, asked, done, followUp } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'north' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/** inquiry.clarify: a question or a restatement before the first source, or none. */
const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
/** A follow-up by promise under the code "Answered", the e-mail read back and a day given, before its deadline. */
const PROMISED = some({ contact: 'pass', code: 'fail', onTime: 'pending' });
/** No follow-up session. */
const NO_PROMISE = some({ contact: 'na', code: 'pass', onTime: 'na' });

/** The patron's `q`, two provider messages (`greet`, `answer`) by `name`, thanks and goodbye; the transcript's provider is `name`. */
const namedAs = (name: string, q: string, greet: string, answer: string): { lines: Line[]; over: SessionCase['over'] } => {
  const me = who(name, 'jo');
  const lines: Line[] = [[0, 'p', q], [20, 'l', greet, me], [40, 'l', answer, me], [70, 'p', 'ok thanks'], [80, 'l', 'Thanks for chatting, bye!', me]];
  return { lines, over: { provider: { id: 'jo', name, library: 'TST' } } };
};
const cn = (name: string, s: { lines: Line[]; over: SessionCase['over'] }, exp: SessionCase['exp']): SessionCase => c(name, s.lines, exp, s.over);

export const ag2: SessionCase[] = [
  // ---- AG2 for: the queue, the next chat or the time spent as the reason to end here (fail), or with a way back (pass)
  c('AG2 for: "Sorry, I need to keep the chats moving, so I\'m going to end our chat here." (no way back)', done('how do i renew my passport by mail', 'You can renew by mail with form DS-82; the form and the fee list are at travel.state.gov/renew.', 'ok and what about my kids passports, theyre 10 and 12', 'Sorry, I need to keep the chats moving, so I\'m going to end our chat here.'), DISMISSED),
  c('AG2 for: "ive already spent all the time i can on this one, so im closing the chat now" (chat-speak, no way back)', done('do you have anything on the ellicott city flood', 'The Howard County Historical Society has flood photos at hchs.example.org/flood.', 'can u look for newspaper articles about the 1868 one too', 'ive already spent all the time i can on this one, so im closing the chat now'), DISMISSED),
  c('AG2 for: "I need to move on to the next chat now, take care." (no way back)', done('whats the best way to learn excel for free', 'LinkedIn Learning is free with your card at birchhollow.example.org/learn; the Excel Essential Training course is a good start.', 'is there one for access too, and do i get a certificate', 'I need to move on to the next chat now, take care.'), DISMISSED),
  c('AG2 for: "We\'ve got to keep the queue moving tonight, so I\'ll close this one, but please come back tomorrow after 10 and we can keep digging." (a way back)', done('can you find the 1910 census page for my great grandpa tomas rivera', 'The 1910 census is free at familysearch.org/search; I found a Tomas Rivera in Baltimore, Ward 3.', 'can you check if hes in the 1920 one too', 'We\'ve got to keep the queue moving tonight, so I\'ll close this one, but please come back tomorrow after 10 and we can keep digging.'), NOT_DISMISSED),
  // ---- AG2 against: a holds list, a time limit at the computers, the provider's own research habits: no help ended
  c('AG2 against: "You have 7 days from the pickup notice; after that we move on to the next patron on the list." (how holds work)', said('how long do i have to pick up a hold', 'You have 7 days from the pickup notice; after that we move on to the next patron on the list.'), NOT_DISMISSED),
  c('AG2 against: "When it\'s busy we have to keep the line moving, so each person gets 15 minutes at the express computers." (a time limit)', said('how long can i use the express computers', 'When it\'s busy we have to keep the line moving, so each person gets 15 minutes at the express computers.'), NOT_DISMISSED),
  c('AG2 against: "I\'ve spent a lot of time on these pension files myself, and I\'m ending up at fold3.com every time, so that\'s my pick." (own research)', said('whats the best site for civil war pension files', 'I\'ve spent a lot of time on these pension files myself, and I\'m ending up at fold3.com every time, so that\'s my pick.'), NOT_DISMISSED),
];

export const ag3: SessionCase[] = [
  // ---- AG3 for: the question restated for a party, before the first source
  c('AG3 for: "ok so ur daughter\'s class needs pics of tide pool animals for a poster" (chat-speak)', asked('my daughters class is doing a poster on tide pools', 'ok so ur daughter\'s class needs pics of tide pool animals for a poster', 'yep exactly', 'The Monterey Bay Aquarium lets schools use its photos: montereybayaquarium.org/animals has sea stars, anemones and crabs.'), CLARIFIED),
  c('AG3 for: "So your granddaughter needs a chapter book about horses for her reading log." (a party outside the list)', asked('my granddaughter is 8 and loves horses, she has a reading log for school', 'So your granddaughter needs a chapter book about horses for her reading log.', 'yes, something not too hard', '"Marguerite Henry\'s Misty of Chincoteague" is a good fit; North has two copies, see the catalog at birchhollow.example.org/catalog.'), CLARIFIED),
  c('AG3 for: "Okay, so your 4th grade students want to learn about the Underground Railroad in Maryland." (plural "want")', asked('im a teacher, my 4th graders are starting a unit on the underground railroad here in maryland', 'Okay, so your 4th grade students want to learn about the Underground Railroad in Maryland.', 'right, at their reading level', 'Harriet Tubman Underground Railroad Byway has a kids\' guide at harriettubmanbyway.example.org/kids, and the catalog has "Who Was Harriet Tubman?".'), CLARIFIED),
  c('AG3 for: "Ok, entonces su hijo necesita libros sobre volcanes para un proyecto de ciencias." (Spanish)', es.asked('mi hijo tiene un proyecto de ciencias sobre volcanes', 'Ok, entonces su hijo necesita libros sobre volcanes para un proyecto de ciencias.', 'sí, tiene 10 años', 'En el catálogo, birchhollow.example.org/catalogo, busque "volcanes" en la sección juvenil: hay seis libros.'), CLARIFIED),
  // ---- AG3 against: a rule told the patron, an answer, and a restatement only after the first source
  c('AG3 against: "So your son needs to read 20 minutes a day for it to count." (a rule)', asked('how does the summer reading challenge work for my son', 'So your son needs to read 20 minutes a day for it to count.', 'ok what does he get', 'Each week logged earns a prize; the log sheet is at birchhollow.example.org/summer.'), NOT_CLARIFIED),
  c('AG3 against: "So your son needs his own card for video games; they lend on youth cards only." (an answer)', asked('can my son use my card to borrow video games', 'So your son needs his own card for video games; they lend on youth cards only.', 'ok how does he get one', 'He can sign up at birchhollow.example.org/card and pick it up at any desk.'), NOT_CLARIFIED),
  c('AG3 against: "So your grandpa is after his 1951 deed, then." (only after the first source)', asked('my grandpa wants a copy of the deed for his old farm in carroll county', 'Maryland land records are free at mdlandrec.example.net once you sign up.', 'ok', 'So your grandpa is after his 1951 deed, then. Search Carroll County by his last name and the year.'), NOT_CLARIFIED),
];

export const ag4: SessionCase[] = [
  // ---- AG4 for: "I'll / we'll / she'll have <the thing> (over / back) to you by <day>"
  c('AG4 for: "I\'ll have the scans over to you by Thursday afternoon."', followUp('Those minutes were never digitized; the originals are in our storage room. What\'s a good e-mail for you?', 'I\'ll have the scans over to you by Thursday afternoon.'), PROMISED),
  c('AG4 for: "Rena, our archivist, is pulling the March reels; she\'ll have the obituary and the funeral notice over to you by Friday." (a colleague, two things)', [
    [0, 'p', 'looking for my great aunts obituary, ruth okafor, she died in dayton in 1974'],
    [20, 'l', `${HI} Do you know the month she died?`],
    [50, 'p', 'march i think'],
    [70, 'l', 'The Dayton Daily News for 1974 is only on microfilm here. What e-mail should we use?'],
    [100, 'p', 'its lee.w@example.org'],
    [110, 'l', 'Got it, lee.w@example.org.'],
    [130, 'l', 'Rena, our archivist, is pulling the March reels; she\'ll have the obituary and the funeral notice over to you by Friday.'],
    [150, 'p', 'thank you so much'],
    [160, 'l', 'You\'re welcome, bye!'],
  ], PROMISED),
  c('AG4 for: "k we\'ll have the scans back to u by monday!" (chat-speak)', [
    [0, 'p', 'hi did u get the yearbook photos i dropped off to get scanned? name is lee'],
    [20, 'l', `${HI} Yes, they're here! What's your e-mail?`],
    [50, 'p', 'lee.w@example.org'],
    [60, 'l', 'lee.w@example.org, got it.'],
    [80, 'l', 'k we\'ll have the scans back to u by monday!'],
    [100, 'p', 'yay thx'],
    [110, 'l', 'Thanks for chatting, bye!'],
  ], PROMISED),
  // ---- AG4 against: the chat's own time, a clerk's promise reported, an agency's promise quoted
  c('AG4 against: "I\'ll have the link to you in under a minute." (within the chat)', saidThen('do you have the 1998 school board minutes for carroll county', 'They are scanned in our archive. I\'ll have the link to you in under a minute.', 'Here it is: birchhollow.example.org/archive/board-1998'), NO_PROMISE),
  c('AG4 against: "According to the clerk there, she\'ll have the certificate to you within ten business days." (reported)', said('i ordered my dads death certificate from the county last week, how long does it take', 'I called the Vital Records office for you. According to the clerk there, she\'ll have the certificate to you within ten business days.'), NO_PROMISE),
  c('AG4 against: \'Their FAQ at archives.gov/veterans says: "We\'ll have your records to you within 30 days of the request."\' (quoted)', said('how long does it take to get my dads military records from the national archives', 'Their FAQ at archives.gov/veterans says: "We\'ll have your records to you within 30 days of the request."'), NO_PROMISE),
];

export const ag13: SessionCase[] = [
  // ---- AG13 for: a rate, no hold
  c('AG13 for: "Most adults read about 250 words a minute."', noTransfer('how fast does the average person read', 'Most adults read about 250 words a minute.'), NO_HOLD),
  c('AG13 for: "The Merck Manual at merckmanuals.com says a newborn takes about forty breaths a minute." (the number in words)', noTransfer('how fast does a newborn baby breathe', 'The Merck Manual at merckmanuals.com says a newborn takes about forty breaths a minute.'), NO_HOLD),
  // ---- AG13 against: a search or a scan announced
  c('AG13 against: "Searching all 3 catalogs takes a minute." (a search announced)', noTransfer('do any libraries near me have the new Percival Everett novel', 'Searching all 3 catalogs takes a minute.'), HOLD),
  c('AG13 against: "I\'m scanning the 1998 pages for you now; our scanner does about 10 pages a minute." (a scan announced)', noTransfer('can i get a copy of the 1998 school board minutes', 'I\'m scanning the 1998 pages for you now; our scanner does about 10 pages a minute.'), HOLD),
];

export const ag14: SessionCase[] = [
  // ---- AG14 for: the month the provider is called, as a name
  cn('AG14 for: "Hi there, May here!"', namedAs('May Chen', 'do you have any books on sourdough', 'Hi there, May here!', 'We have 14; "Flour Water Salt Yeast" by Ken Forkish is a favorite, in the catalog at birchhollow.example.org/catalog.'), GREETED),
  cn('AG14 for: "Good evening, I\'m August."', namedAs('August Reyes', 'where can i get tax forms', 'Good evening, I\'m August.', 'Federal forms are at irs.gov/forms, and state ones at marylandtaxes.gov.'), GREETED),
  cn('AG14 for: "Hi!! its April :)" (chat-speak)', namedAs('April Moss', 'do u have museum passes', 'Hi!! its April :)', 'yes, the museum passes are at birchhollow.example.org/passes, you can book 2 weeks ahead'), GREETED),
  // ---- AG14 against: the month as a month
  cn('AG14 against: "Hi! Yep, it\'s May. The seed library opened again on the 1st." (the month)', namedAs('May Chen', 'is the seed library open yet', 'Hi! Yep, it\'s May. The seed library opened again on the 1st.', 'Seeds are free with a card, up to 5 packets a month.'), NOT_GREETED),
  cn('AG14 against: "Hello! April is National Poetry Month, so there are readings every Thursday."', namedAs('April Moss', 'any poetry events coming up', 'Hello! April is National Poetry Month, so there are readings every Thursday.', 'The schedule is at birchhollow.example.org/events.'), NOT_GREETED),
];

export const ag16: SessionCase[] = [
  // ---- AG16 for: the patron sent on, no promise
  c('AG16 for: "ok ill forward u over to our tech help chat, they fix app logins all day" (chat-speak)', said('my hoopla app keeps logging me out', 'ok ill forward u over to our tech help chat, they fix app logins all day'), NO_PROMISE),
  c('AG16 for: "I\'m going to send you through to Priya in Genealogy; she\'s on the desk until 9."', said('im trying to find my great grandfathers ship manifest from 1907', 'That\'s a great one for our genealogy librarian. I\'m going to send you through to Priya in Genealogy; she\'s on the desk until 9.'), NO_PROMISE),
  // ---- AG16 against: something sent to the patron later, still a promise
  c('AG16 against: "I\'ll forward you the archivist\'s reply by Friday."', followUp('I\'ve written to our archivist about the 1998 boxes. What\'s a good e-mail for you?', 'I\'ll forward you the archivist\'s reply by Friday.'), PROMISED),
  c('AG16 against: "I\'ll send you along to Dev in Local History, and he\'ll e-mail you the deed copies by Friday." (a colleague\'s promise)', [
    [0, 'p', 'i need a copy of the deed for 14 mill lane from 1952'],
    [20, 'l', `${HI} Is that in Howard County?`],
    [50, 'p', 'yes'],
    [70, 'l', 'Our Local History room has the 1950s deed books. What e-mail should we use?'],
    [100, 'p', 'sure, r.diaz@example.net'],
    [110, 'l', 'Thanks, I have r.diaz@example.net.'],
    [130, 'l', 'I\'ll send you along to Dev in Local History, and he\'ll e-mail you the deed copies by Friday.'],
    [150, 'p', 'perfect thanks'],
    [160, 'l', 'Thanks for chatting, bye!'],
  ], PROMISED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // caused by AG
  'AG13 against: "I\'m scanning the 1998 pages for you now; our scanner does about 10 pages a minute." (a scan announced)':
    'expected keep_informed fail, got pass ("longest wait without news 7 s; the standard is 120 s"): RUBRIC Terms, Hold message, the provider announces the work on the patron\'s request and how long it takes (the patron is to wait; the weakest label here: a scan is not literally "looking something up"); AG13\'s rate guard takes "10 pages a minute." and "I\'m scanning … for you now" alone is no hold (caused by AG: v66 fail, through the "a minute." it read as a hold)',
  'AG3 for: "So your granddaughter needs a chapter book about horses for her reading log." (a party outside the list)':
    'expected clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC inquiry.clarify, the question restated ("so you need…") before the source; AG3\'s parties do not take "granddaughter" (older: v66 fail the same)',
  'AG3 for: "Ok, entonces su hijo necesita libros sobre volcanes para un proyecto de ciencias." (Spanish)':
    'expected clarify pass, got fail ("gave a source without first asking about the need or restating it"): RUBRIC inquiry.clarify, the question restated in Spanish before the source; AG3 is English only (older: v66 fail the same)',
  'AG4 for: "Rena, our archivist, is pulling the March reels; she\'ll have the obituary and the funeral notice over to you by Friday." (a colleague, two things)':
    'expected contact pass / code fail / on_time pending, got na / pass / na ("not a follow-up session"): RUBRIC Terms, Follow-up session, a colleague of the library promises to send two things by Friday, the e-mail read back; AG4\'s HAD_AG4 takes no "and" inside what is had (older: v66 na / pass / na the same)',
  'AG13 for: "The Merck Manual at merckmanuals.com says a newborn takes about forty breaths a minute." (the number in words)':
    'expected keep_informed pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): RUBRIC Terms, Hold message, an answer with a rate, no hold; AG13\'s rate guard wants a number in digits, "forty breaths a minute." is still read as "a minute." (older: v66 fail the same)',
  'AG3 for: "ok so ur daughter\'s class needs pics of tide pool animals for a poster" (chat-speak)':
    NO_NEEDS_AG3,
  'AG4 for: "I\'ll have the scans over to you by Thursday afternoon."':
    NO_PROMISE_AG4,
  'AG4 for: "k we\'ll have the scans back to u by monday!" (chat-speak)':
    NO_PROMISE_AG4,
  'AG14 for: "Hi!! its April :)" (chat-speak)':
    NO_ITS_MONTH_AG14,
};

describe('seventy-fourth round: block AG (AG2, AG3, AG4, AG13, AG14, AG16) checked blind, part ag6, both ways', () => {
  for (const [t, cs] of [['AG2', ag2], ['AG3', ag3], ['AG4', ag4], ['AG13', ag13], ['AG14', ag14], ['AG16', ag16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
