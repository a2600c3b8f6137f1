/**
 * Twenty-ninth round, second wave (G2): the v30 settings and phrase changes of blocks F5 (endings under pressure,
 * test/twenty-ninth-round-pressure.test.ts) and F6 (research follow-ups, test/twenty-ninth-round-research.test.ts) CHECKED
 * for false readings: near misses that share a change's words or shape but are not its behaviour, and a few cases that
 * are its behaviour in new words (they must keep passing). Only narrowings: nothing here widens a reading.
 *
 * Changes checked, each with its near misses (registers: formal, chat-speak, British, non-native, Spanish):
 *  - `closedNowF5` (closing.no_dismissal): "closed" said as an ANSWER (closed for renovation until a date, closed on
 *    Sundays, "we're closed saturdays", the desk closed for the summer), "we're closing your request now" (an object, not
 *    the service), a closed account, closed stacks; behaviour: "We are now closed, so goodnight.", "We're closed now. Sorry.
 *    Goodnight." right after a new question.
 *  - `conductWarningF5` (closing.no_dismissal): a conditional about someone else's behaviour ("If the behaviour continues,
 *    tell the desk staff; my shift's over so I have to end the chat now."), a warning followed by a real end for the
 *    provider's convenience in the next sentence; behaviour: "if the cursing keeps up I'll need to close this chat. Now,
 *    which title were you after?"
 *  - wayBack / inviteBack ("log back in", "revisit the chat"): "Log back in and another prompt will ask for your PIN.",
 *    "Log back in tomorrow and your new due date will show." (the app, not the service), "revisit the chat transcript",
 *    "revisit the service settings"; behaviour: "sign back in tomorrow and a colleague will pick this up", "Do revisit our
 *    chat service if anything else crops up."
 *  - dismissalConvenience ("I can't do all of those tonight"): the help goes on in the next sentence ("Let's start with
 *    …", "here are the first two", a hold), a follow-up promised for the rest; behaviour: "sorry, we can't go through the
 *    rest tonight. bye".
 *  - `namedUseF6` (followup.completeness): the provider echoing the patron's "is the X any use?", a rhetorical "Is the X any
 *    use? Yes: …" answered at once; behaviour: "Were the county death indexes any help so far?".
 *  - `thatAllF6` (closing.anything_else): "Would that be it?" / "Would this be it?" (is that the book?); behaviour: "Will
 *    that be everything for today?".
 *  - `phone` (F6's toll-free narrowing): years after "or", "is", "looked at", "on" ("the 1855 or 1866 census", "the date is
 *    1877 according to …", "i already looked at 1866 census", "our farm is on 1877 maps"); behaviour: "the number is 1800
 *    RESPECT", "ring them on 1800 RESPECT" stay phones.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room:
 * - "closed" that tells the patron the thing they asked for is not available then (a date, a weekday, a season) answers
 *   the question: no dismissal;
 * - a conditional about other people's behaviour (a patron reporting noise or harassment) threatens no end: the end in the
 *   same sentence "so I have to end the chat now" is the provider's convenience;
 * - "log back in" to an app or account is a step, not a way back to the service nor an invitation back;
 * - a rhetorical "Is the X any use? Yes: …" answered in the same message, and an echo of the patron's own "is the X any
 *   use?", ask nothing of the patron;
 * - "Would that be it?" after a title guessed for the patron asks whether that is the book, not whether they need more.
 *
 * Written: 44 cases (41 first, 3 more behaviour cases after the fixes), 1 of them in LEFT. First run: 26 of 41 failed, my
 * labels 0; 25 were the v30 changes' false readings (v29 read 20 of them right; the 5 phone ones were v9/v11's readings
 * that F6's cue list still let through), 1 an older reading (LEFT). Narrowed (rubric v30 only):
 *  - `closedNowF5` (classify.ts CLOSED_NOW_F5): no day, date, season, reason or object after "closed" / "closing" (7);
 *  - `conductWarningF5`: the end itself conditional ("… continues I will / I'll …"), no other sentence ending the help (3);
 *  - wayBack / inviteBack: "another" / "the next" only before a person; "revisit the chat" not before "transcript",
 *    "settings" and the like (4);
 *  - dismissalConvenience: not when the help goes on in the next sentence or after a dash ("Let's start with …", "here
 *    are the first two") (2);
 *  - `namedUseF6`: not the patron's own "is the X any use?" echoed, not answered in the next sentence ("Yes: …") (2);
 *  - `thatAllF6`: "would that / this be it" dropped ("will that be it" kept) (2);
 *  - `phone` (CALL_CUE_F6): "at" not after "look(ed)", "on" not after "is / are / listed …", "or" not after a year, "is"
 *    only after "number / line / helpline …" (5).
 */
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some } from './helpers';

/** A short answered session (F5's shape) up to the answer, with completeness asked. */
const BASE: Line[] = [
  [0, 'p', 'hi, can I download audiobooks with my library card?'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. Which device will you listen on?"],
  [50, 'p', 'an iphone'],
  [70, 'l', 'Get the Libby app from the App Store and add Sample County Library; the steps are at sample.org/libby. Does that help?'],
];
/** BASE, the patron's `q`, the provider's `text`. */
const then = (q: string, text: string): Line[] => [...BASE, [100, 'p', q], [120, 'l', text]];

/** A research session (F6's shape): the death index given, then the provider's `text`, thanks, goodbye. */
const Q: Line[] = [
  [0, 'p', 'hi, I need a death record for my grandfather, Leon Brandt, died in Hagerstown in 1958'],
  [20, 'l', "Hello! I'm Jo, a librarian at Washington County Free Library. Do you know the month?"],
  [50, 'p', 'September'],
  [56, 'l', 'One moment.'],
  [140, 'l', 'The state death index is at msa.maryland.gov, and the 1958 city directory is scanned at archive.org/details/hagerstown1958.'],
];
const ask = (text: string): Line[] => [...Q, [150, 'l', text], [180, 'p', 'thanks'], [186, 'l', 'Bye for now!']];

/** A follow-up session coded `Follow-up by me` whose patron asks `question` and never gives an e-mail or a phone. */
const fuNoContact = (question: string): Line[] => [
  [0, 'p', question],
  [20, 'l', "Hello! I'm Jo, a librarian at Washington County Free Library. Which county was it?"],
  [50, 'p', 'Washington County'],
  [56, 'l', 'One moment.'],
  [140, 'l', "I'll check the county holdings and e-mail you what I find by Friday."],
  [180, 'p', 'thanks'],
  [186, 'l', 'Bye for now!'],
];

export const closedNow: SessionCase[] = [
  // near misses: "closed" as the answer to the question, or about something else
  { name: 'near miss: "Sorry, the branch is closed for renovation until March 3." (the answer): dismissal passes', lines: then('can I pick up my hold at the Towson branch tomorrow?', 'Sorry, the branch is closed for renovation until March 3.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "The library is closed on Sundays, sorry, but the book drop is always available." : dismissal passes', lines: then('can I return my books on Sunday?', 'The library is closed on Sundays, sorry, but the book drop is always available.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss (British): "I\'m afraid the library is closed on bank holiday Monday." : dismissal passes', lines: then('could I come in on Monday to use the microfiche?', "I'm afraid the library is closed on bank holiday Monday."), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "Sure, we\'re closing your request now, thanks!" (the request, not the service): dismissal passes', lines: then('can you cancel my hold request please?', "Sure, we're closing your request now, thanks!"), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'near miss: "Sorry, the desk is closed for the summer." (the print desk asked about): dismissal passes', lines: then('can I get my thesis bound at the print desk?', 'Sorry, the desk is closed for the summer.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss (chat-speak): "we\'re closed saturdays sorry" : dismissal passes', lines: then('can i print stuff there on sat?', "we're closed saturdays sorry"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss (non-native): "The library is closed this week for the inventory, sorry." : dismissal passes', lines: then('I can come for borrow the laptop in this week?', 'The library is closed this week for the inventory, sorry.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "Your old account is closed, sorry." : dismissal passes', lines: then('why does my old card not work in Libby?', 'Your old account is closed, sorry. Bye!'), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'near miss (Spanish): "La biblioteca está cerrada los domingos, lo siento." : dismissal passes', lines: then('¿puedo devolver los libros el domingo?', 'La biblioteca está cerrada los domingos, lo siento.'), exp: some({ dismissal: 'pass' }) },
  // behaviour in new words: the closing, right after a new question, ends the help
  { name: 'closedNowF5: "We are now closed, so goodnight." after a new question: dismissal fails', lines: then('and can I get magazines there too?', 'We are now closed, so goodnight.'), exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: 'closedNowF5: "We\'re closed now. Sorry. Goodnight." : dismissal fails', lines: then('and what about large print?', "We're closed now. Sorry. Goodnight."), exp: some({ dismissal: 'fail' }) },
  { name: 'closedNowF5 (chat-speak): "were closed for the night sorry. bye" : dismissal fails', lines: then('and can i get comics on there?', 'were closed for the night sorry. bye'), exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: 'closedNowF5: "We\'re closing the chat now, goodnight." after a new question: dismissal fails', lines: then('and what about e-magazines?', "We're closing the chat now, goodnight."), exp: some({ dismissal: 'fail' }) },
];

export const conduct: SessionCase[] = [
  // near misses: a conditional about someone else's behaviour, or a warning and then a real end for convenience
  { name: 'near miss: "If the behaviour continues, tell the desk staff; my shift\'s over so I have to end the chat now." : dismissal fails', lines: then('people keep shouting in the quiet room, can you do something?', "If the behaviour continues, tell the desk staff; my shift's over so I have to end the chat now."), exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "If the harassment continues you could ask the council, but I have to end the chat now." : dismissal fails', lines: then('my neighbour keeps harassing me, is there a guide on tenant rights?', 'If the harassment continues you could ask the council, but I have to end the chat now.'), exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: a warning, then "Anyway I\'m out of time, so I\'m ending the chat now." : dismissal fails', lines: then('ugh this stupid app is useless', "If the language continues I will have to end the chat. Anyway I'm out of time, so I'm ending the chat now."), exp: some({ dismissal: 'fail' }) },
  // behaviour in new words
  { name: 'conductWarningF5: "Please keep it civil; if the cursing keeps up I\'ll need to close this chat. Now, which title were you after?" : passes', lines: then('this f***ing app is garbage', "Please keep it civil; if the cursing keeps up I'll need to close this chat. Now, which title were you after?"), exp: some({ dismissal: 'pass' }) },
];

export const wayBack: SessionCase[] = [
  // near misses: "log back in" / "revisit" about apps, accounts, transcripts
  { name: 'near miss: "Log back in and another prompt will ask for your PIN." (last): courteous fails', lines: then('it says error', 'Log back in and another prompt will ask for your PIN.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "my shift is over, gotta go. Log back in and another window should open." : dismissal fails', lines: then('and can I get magazines there?', 'my shift is over, gotta go. Log back in and another window should open.'), exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "You can revisit the chat transcript in your email for the links." (last): courteous fails', lines: then('ok', 'You can revisit the chat transcript in your email for the links.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "Sorry, I have to go now. Revisit the service settings in the app if it happens again." : dismissal fails', lines: then('and can I get magazines there?', 'Sorry, I have to go now. Revisit the service settings in the app if it happens again.'), exp: some({ dismissal: 'fail' }) },
  { name: 'near miss: "Log back in to the catalogue tomorrow and your new due date will show." (last): courteous fails', lines: then('i renewed but the date is the same', 'The renewal updates overnight. Log back in to the catalogue tomorrow and your new due date will show.'), exp: some({ courteous: 'fail' }) },
  // behaviour in new words
  { name: 'wayBack: "We\'re wrapping up for the night; sign back in tomorrow and a colleague will pick this up." : passes', lines: then('and can I get magazines there?', "We're wrapping up for the night; sign back in tomorrow and a colleague will pick this up."), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'inviteBack (British): "Do revisit our chat service if anything else crops up." : courteous passes', lines: then("brilliant, that's sorted", 'Do revisit our chat service if anything else crops up.'), exp: some({ courteous: 'pass' }) },
];

export const convenience: SessionCase[] = [
  // near misses: the help goes on, or the rest is promised
  { name: 'near miss: "I can\'t answer all of those tonight. Let\'s start with the first: …" : dismissal passes', lines: then('also ship records, naturalisation papers, and the 1900 census?', "I can't answer all of those tonight. Let's start with the first: the ship lists are in Ancestry Library Edition at sample.org/genealogy."), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I can\'t look up all of those right now - here are the first two: …" : dismissal passes', lines: then('and magazines, comics, and newspapers?', "I can't look up all of those right now - here are the first two: magazines are in Libby, and comics are in hoopla at sample.org/hoopla."), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss (non-native): "I cannot go through all of them now, first I check the magazines for you, one moment." : dismissal passes', lines: [...then('and magazines, comics, newspapers, language courses?', 'I cannot go through all of them now, first I check the magazines for you, one moment.'), [200, 'l', 'Magazines are in Libby under Explore > Magazines. Does that help?']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "We can\'t do the rest tonight; I\'ll email you by Friday. Your email?" : dismissal passes', lines: [...then('and the ship records and the 1900 census?', "We can't do the rest tonight; I'll email you by Friday. Your email?"), [150, 'p', 'lbrandt.fam@gmail.com'], [160, 'l', 'Thanks, bye for now!']], over: FU_ME, exp: some({ dismissal: 'pass' }) },
  // behaviour in new words
  { name: 'dismissalConvenience: "sorry, we can\'t go through the rest tonight. bye" : dismissal fails', lines: then('and comics? and newspapers? and courses?', "sorry, we can't go through the rest tonight. bye"), exp: some({ dismissal: 'fail' }) },
];

export const namedUse: SessionCase[] = [
  // near misses: the patron's question echoed; a rhetorical question answered at once
  {
    name: 'near miss: the patron asks "is the findmypast site any use?", the provider echoes it and answers: completeness fails',
    lines: [...Q.slice(0, 4), [140, 'l', 'The state death index site is msa.maryland.gov.'], [150, 'p', 'is the findmypast site any use too?'], [170, 'l', 'Is the Findmypast site any use? Not much for Maryland deaths, sadly.'], [180, 'p', 'thanks'], [186, 'l', 'Bye for now!']],
    exp: some({ complete: 'fail' }),
  },
  { name: 'near miss: "Is the 1958 city directory any use? Yes: it lists Leon Brandt at 12 Main St." (rhetorical): completeness fails', lines: ask('Is the 1958 city directory any use? Yes: it lists Leon Brandt at 12 Main St, a machinist at Fairchild.'), exp: some({ complete: 'fail' }) },
  // behaviour in new words
  { name: 'namedUseF6: "Were the county death indexes any help so far?" : completeness passes', lines: [...Q.slice(0, 4), [140, 'l', 'The county death indexes are at washcolibrary.org/deaths.'], [150, 'l', 'Were the county death indexes any help so far?'], [180, 'p', 'yes'], [186, 'l', 'Bye for now!']], exp: some({ complete: 'pass' }) },
];

export const thatAll: SessionCase[] = [
  // near misses: "is that the book?"
  {
    name: 'near miss: "I Want My Hat Back by Jon Klassen (2011)? Would that be it?" : anything_else fails',
    lines: [[0, 'p', 'looking for a picture book about a bear who loses his hat, maybe 2011?'], [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. I Want My Hat Back by Jon Klassen (2011)? Would that be it?"], [60, 'p', 'yes!!'], [80, 'l', "It's on the shelf at Main; you can place a hold at sample.org/catalog. Does that help?"], [110, 'p', 'yes thank you'], [120, 'l', 'Bye now!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Would this be it? The cover has a bear in a red hat." : anything_else fails',
    lines: [[0, 'p', 'looking for a kids book with a bear and a hat'], [20, 'l', "Hi! I'm Jo, a librarian at Sample County Library. Try This Is Not My Hat at sample.org/catalog/123. Would this be it? The cover has a fish in a blue hat."], [60, 'p', 'no the bear one'], [80, 'l', "Then I Want My Hat Back, at sample.org/catalog/124. Does that help?"], [110, 'p', 'yes thank you'], [120, 'l', 'Bye now!']],
    exp: some({ anything: 'fail' }),
  },
  // behaviour in new words
  { name: 'thatAllF6: "Will that be everything for today?" : anything_else passes', lines: ask('Will that be everything for today?'), exp: some({ anything: 'pass' }) },
];

export const phone: SessionCase[] = [
  // near misses: years after "or", "is", "looked at", "on"
  { name: 'near miss: "the 1855 or 1866 census" in the question, coded Follow-up by me, no contact: code fails', lines: fuNoContact('Is my great-grandmother in the 1855 or 1866 census?'), over: FU_ME, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'near miss: "the atlas date is 1877 according to the title page", coded Follow-up by me, no contact: code fails', lines: fuNoContact('the atlas date is 1877 according to the title page, can you find the farm?'), over: FU_ME, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'near miss (non-native): "i already looked at 1866 census but he is not there", no contact: code fails', lines: fuNoContact('i already looked at 1866 census but he is not there, where else?'), over: FU_ME, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'near miss (non-native): "our farm is on 1877 maps but not later", no contact: code fails', lines: fuNoContact('our farm is on 1877 maps but not later, why?'), over: FU_ME, exp: some({ code: 'fail', contact: 'fail' }) },
  { name: 'near miss: "visit the Register of Deeds, whose plats run from 1844 or 1855 onwards" (no contact): referral fails', lines: ask('For the deed itself you would need to visit the Register of Deeds in person; their plats run from 1844 or 1855 onwards. Does that help?'), exp: some({ referral: 'fail' }) },
  // behaviour: vanity numbers after a word that says so stay phones
  { name: 'phone: "contact the national helpline; the number is 1800 RESPECT" : referral passes', lines: ask('For support, contact the national helpline; the number is 1800 RESPECT. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'phone: "call the helpline at 1800 RESPECT" : referral passes', lines: ask('For support, call the national helpline at 1800 RESPECT. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'phone (Australian): "ring them on 1800 RESPECT" : referral passes', lines: ask('The family violence service can help; ring them on 1800 RESPECT. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run), each with its reason. */
export const LEFT: SessionCase[] = [
  // LEFT: v29 reads it the same (an older reading of "… any help?" as completeness, not F6's `namedUseF6`): the rhetorical
  // question answered at once asks the patron nothing, but narrowing v1-v29's reading is not this round's
  { name: 'LEFT (older "any help?" reading) near miss: "Was the city directory any help? Sadly no: he is not listed in 1958." (rhetorical): completeness fails', lines: ask('Was the city directory any help? Sadly no: he is not listed in 1958, so try the 1957 one.'), exp: some({ complete: 'fail' }) },
];

void at;
describeSessions('twenty-ninth round checked (G2): F5 closedNowF5, near misses and behaviour', closedNow);
describeSessions('twenty-ninth round checked (G2): F5 conductWarningF5', conduct);
describeSessions('twenty-ninth round checked (G2): F5 wayBack / inviteBack', wayBack);
describeSessions('twenty-ninth round checked (G2): F5 dismissalConvenience', convenience);
describeSessions('twenty-ninth round checked (G2): F6 namedUseF6', namedUse);
describeSessions('twenty-ninth round checked (G2): F6 thatAllF6', thatAll);
describeSessions('twenty-ninth round checked (G2): F6 phone', phone);

describeLeft('twenty-ninth-round-closings-checked', LEFT);
