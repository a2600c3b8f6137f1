/**
 * Forty-fourth round, block K's closing changes checked: v45's K1 `NIGHT_K1` (farewell: a clipped "Night!"), K9's four
 * dismissals (`ONE_CHAT_K9`, `ASKED_A_LOT_K9`, `QUESTIONS_GONE_K9` in dismissalHard; `MOVE_ON_K9` in dismissalConvenience) and
 * K8 `CANT_KEEP_K8` (v1's "keep / continue searching" hold not after a negation), tried both ways with cases no one had written.
 *
 *
 * SHAPES TRIED:
 *  K1 (closing.courteous, and the Goodbye term's end of the final idle): against, "night" that says no goodbye as the last word:
 *   "on Friday night.", "last night.", "tonight.", "open day and night.", a book title after a colon ("memoir: Night.") and
 *   after its author ("Wiesel, Night."), "on Thursday night.", "the night desk" mid-sentence, the patron's "ok thx nite!" with no
 *   goodbye from the provider; on the final idle: "closes at 9 tonight.", "open Friday night.", and (probes) the title and "day
 *   and night". As meant: "Nighty night!", "k, nite nite!", "G'nite, Sam!", British "Right, night then!" and "Ok, night night
 *   x", chat-speak "hav a gud nite", "Night! 🙂", "'Night!", "You too, g'night!", Spanish "¡buenas noches!" and "Que pase buena
 *   noche."; on the final idle "nite!" and "Night night!" (the idle ends there), "Are you still there? Night!" (no Goodbye).
 *  K9 (closing.no_dismissal): against, praise ("You've asked a lot today, and they were all great questions! … What else …?"),
 *   "asked a lot already, so I'll put all the links in one list", reassurance quoting the patron's worry, an apology for a wrong
 *   link; "That's about all we can do in one chat for the scans, but I'm happy to keep going", a copyright limit with "Which
 *   chapter should I send?"; "We've gone over three questions and I can't find a mistake …", "… I can't tell which matters
 *   most. Which should we start with?", "We've had so many questions today and we can't keep the tax forms in stock", "… and we
 *   can't forget your first one"; "we need to move on, then: step 2 …", "we have to move on." to the next database, "move on
 *   from here: trying the state archive now", British "we must move on, then"; other patrons waiting with an invitation back;
 *   "I need to move on, but I'll email you the rest by tomorrow"; the patron's "ive asked a lot today, i need to move on." and
 *   "that's about all I can do in one chat lol". As meant: "pretty much all I can do in one session", British "I'm afraid
 *   that's as much as …", chat-speak "in 1 chat sry", non-native "all what I can do", "… one chat, but start a new one
 *   anytime", "You have already asked a lot today", "u've asked a lot already", "You've asked rather a lot this evening", "gone
 *   over five questions and I can't do any more", "covered a bunch … so I'm going to end it here", non-native "We already have
 *   answered many questions, I cannot do more", "several questions and I can't take more in this chat, but … start a new one",
 *   "I need to move on now", "ok i gotta move on", "I'm going to have to move on", "move on to other chats", Spanish ×2.
 *  K8 (interest.keep_informed: a message at 52 s, the answer 200 s later): real holds with a negation: "I won't be long, let me
 *   keep searching", "Don't worry, I'll keep looking", "I can't find it … yet, but I'll keep searching", "not giving up:
 *   continuing to search", "I couldn't keep searching while the system was down; … on to the 1930 directories now", "I won't
 *   keep searching the same index; trying the newspaper archive next", "I can't promise anything, but I'll keep digging",
 *   chat-speak "dont go anywhere, keep searching on my end". No hold: "we can't continue searching once the chat closes", "I'm
 *   not going to be able to keep searching", "I don't have time to keep searching", "cant keep lookin after chat, sry", "I
 *   cannot, unfortunately, keep searching", "I can no longer keep looking", British "can't carry on searching", Spanish "No
 *   puedo seguir buscando".
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - closing.courteous: "says goodbye" is read from the words' use: "night" as a time ("Friday night", "day and night") or a
 *   book's title is no goodbye, whatever punctuation comes before it; "G'nite, Sam!", "night then!", "gud nite" are goodbyes.
 * - closing.no_dismissal: a limit of questions fails whatever follows (the earlier rounds' reading, difficult-checked 31), so
 *   "That's about all I can do in one chat, but start a new one anytime" and "… I can't take more in this chat, but you're
 *   welcome to start a new one" fail; words that count the patron's questions or the chat's reach while the help goes on
 *   (praise, an apology, reassurance, a scan limit with "Which chapter should I send?", a clarifying question) tell no limit
 *   and pass; "move on" to the next step, database or site ends no help; a patron's own words are no dismissal.
 * - Hold message: a message that announces the next look-up ("on to the 1930 directories now", "trying the newspaper archive
 *   next") is a hold even when it says the provider could not or will not search something else.
 *
 * COUNTS. Written: 79 cases (K1 27, K9 36, K8 16), all labelled before running: 77 in a first batch and 2 probes written after
 * it (the first run's ": Night." and "day and night" tried on the final idle; labelled from RUBRIC before they ran here).
 * First run: 77 (43 as labelled, 34 disagreeing); probes 2 (0 as labelled, 2 disagreeing). Labels corrected: 0.
 * FINAL: 43 as labelled (running), 36 LEFT: 20 caused by v45's change (K1 5, K9 13: ASKED_A_LOT_K9 4, ONE_CHAT_K9 2,
 * QUESTIONS_GONE_K9 3, MOVE_ON_K9 4; K8 2) and 16 older readings (v44 scored them the same: K1 4, K9 9, K8 3), reasons in
 * LEFT_WHY. The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 79 tests passed (36 through describeLeft).
 *
 * V45 REVIEW (after this file): NIGHT_K1 only opening its sentence or after "ok / thanks / you too / bye" (not after
 * "and", ":", ","); ASKED_A_LOT_K9 withdrawn; ONE_CHAT_K9 ending its clause, not with help going on after "but";
 * QUESTIONS_GONE_K9 only with "we" and a verb of help refused; MOVE_ON_K9 only "I … move on" ending its sentence;
 * CANT_KEEP_K8 only with "after / past / any longer / today …" after the search. Every false reading of the first cut
 * reads as labelled now; 18 LEFT: 16 older, 2 that only the withdrawn ASKED_A_LOT_K9 read.
 *
 * RUBRIC v46 (block L) reads 3 of the LEFT cases ("This is all what I can do in one chat", "I'm not going to be able to keep
 * searching", "I cannot, unfortunately, keep searching", L9) as labelled; they run with the others.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN_ES, last, says } from './narrowing-lines';

type St = 'pass' | 'fail' | 'na';
const ANS = 'The Libby guide is at samplelib.org/libby.';
const ANS_ES = 'La guía de Libby está en samplelib.org/libby.';

// ---- K1: a clipped "Night!" as a goodbye (closing.courteous: one of the provider's last two visible messages says goodbye) ----
/** The answer and then `text` as the provider's last two visible messages. */
const cour = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: last('libby help', ANS, text), exp: some({ courteous: st }) });
/** The answer at 70 s, `text` at 80 s as the last message, the session ending 600 s later: a goodbye ends the final idle at 80 s. */
const idleEnd = (name: string, text: string, idle: St, disc: St): SessionCase => ({
  name: `${name}: "${text}" last, the session ends 600 s later : check-in ${idle}, notice ${disc}`,
  lines: last('libby help', ANS, text),
  over: { endAfter: 600 },
  exp: some({ idle, disconnect: disc }),
});
const courEs = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({
  name: `${name}: "${text}" : ${says(st)}`,
  lines: [...OPEN_ES('ayuda con libby'), L(ANS_ES, 70), L(text, 80)],
  exp: some({ courteous: st }),
});

export const night: SessionCase[] = [
  // false readings: "night" that says no goodbye
  cour('K1 Friday night', "We're open until 9 on Friday night.", 'fail'),
  cour('K1 last night', 'Your hold came in last night.', 'fail'),
  cour('K1 the night desk', 'You can pick it up from the night desk.', 'fail'),
  cour('K1 tonight', "We're open late tonight.", 'fail'),
  cour('K1 day and night', 'Yes, the outside book drop is open day and night.', 'fail'),
  cour('K1 the title after a colon', "Yes, we have Elie Wiesel's memoir: Night.", 'fail'),
  cour('K1 author, title', 'The copy on the shelf is Wiesel, Night.', 'fail'),
  cour('K1 Thursday night class', 'We have a day class and one on Thursday night.', 'fail'),
  {
    name: 'K1 the patron\'s "ok thx nite!" after the answer, no goodbye from the provider : fails',
    lines: [...last('libby help', ANS), [90, 'p', 'ok thx nite!']],
    exp: some({ courteous: 'fail' }),
  },
  // as meant, new words
  cour('K1 nighty night', 'Nighty night!', 'pass'),
  cour('K1 chat-speak nite nite', 'k, nite nite!', 'pass'),
  cour('K1 with the name', "G'nite, Sam!", 'pass'),
  cour('K1 British night then', 'Right, night then!', 'pass'),
  cour('K1 chat-speak gud nite', 'hav a gud nite', 'pass'),
  cour('K1 with an emoji', 'Night! 🙂', 'pass'),
  cour('K1 leading apostrophe', "'Night!", 'pass'),
  cour('K1 British night night x', 'Ok, night night x', 'pass'),
  cour('K1 you too', "You too, g'night!", 'pass'),
  courEs('K1 Spanish buenas noches', 'Bueno, ¡buenas noches!', 'pass'),
  courEs('K1 Spanish que pase buena noche', 'Que pase buena noche.', 'pass'),
  // the goodbye-related timing: a goodbye ends the final idle (Terms "Final idle")
  idleEnd('K1 idle nite', 'nite!', 'na', 'na'),
  idleEnd('K1 idle night night', 'Night night!', 'na', 'na'),
  idleEnd('K1 idle closes tonight', 'The branch closes at 9 tonight.', 'fail', 'fail'),
  idleEnd('K1 idle Friday night', "We're open Friday night.", 'fail', 'fail'),
  idleEnd('K1 idle still there, night', 'Are you still there? Night!', 'pass', 'fail'),
  // probes written after the first run (labelled from RUBRIC before they ran in this file): the colon and "and" readings of
  // the first run, tried on the final idle
  idleEnd('K1 probe, idle memoir title', "Yes, we have Elie Wiesel's memoir: Night.", 'fail', 'fail'),
  idleEnd('K1 probe, idle day and night', 'Yes, the outside book drop is open day and night.', 'fail', 'fail'),
];

// ---- K9: four dismissals (closing.no_dismissal) ----
/** The answer, then the provider's `text` as the last message. */
const dis = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: last('libby help', ANS, text), exp: some({ dismissal: st }) });
/** The patron says `said` after the answer; the provider answers `reply`. */
const patronSays = (name: string, said: string, reply: string): SessionCase => ({
  name: `${name}: the patron's "${said}", then "${reply}" : passes`,
  lines: [...last('libby help', ANS), [90, 'p', said], L(reply, 100)],
  exp: some({ dismissal: 'pass' }),
});
const disEs = (name: string, text: string, st: 'pass' | 'fail'): SessionCase => ({
  name: `${name}: "${text}" : ${says(st)}`,
  lines: [...OPEN_ES('ayuda con libby'), L(ANS_ES, 70), L(text, 80)],
  exp: some({ dismissal: st }),
});

export const dismissals: SessionCase[] = [
  // false readings: praise, apologies, quoting, going on helping, a way back, "move on" to the next step, the patron's words
  dis('K9 praise, asked a lot', "You've asked a lot today, and they were all great questions! The last one: holds are placed at samplelib.org/holds. What else can I look up?", 'pass'),
  dis('K9 asked a lot, one list', "You've asked a lot already, so I'll put all the links in one list: samplelib.org/libby and samplelib.org/holds. Does that cover everything?", 'pass'),
  dis('K9 quoting the patron\'s worry', "Not at all! I know you feel you've asked a lot today, but that's what we're here for. What's next?", 'pass'),
  dis('K9 apology, asked a lot', "Sorry, I know you've asked a lot already and I keep giving you the wrong link. This is the right one: samplelib.org/holds.", 'pass'),
  dis('K9 one chat, goes on', "That's about all we can do in one chat for the scans themselves, but I'm happy to keep going on your other questions. What's next?", 'pass'),
  dis('K9 a copyright limit, goes on', 'This is the most we can do in a single chat under copyright: one chapter. Which chapter should I send?', 'pass'),
  dis('K9 questions gone, can\'t find a mistake', "We've gone over three questions and I can't find a mistake in any of your citations. They all look right!", 'pass'),
  dis('K9 questions gone, can\'t tell which', "We've gone through several questions and I can't tell which matters most to you. Which should we start with?", 'pass'),
  dis('K9 other patrons\' questions', "We've had so many questions today and we can't keep the tax forms in stock, so print yours from irs.gov/forms.", 'pass'),
  dis('K9 questions covered, can\'t forget', "We've covered five questions already and we can't forget your first one: the hold. It's placed, pickup at Main by Friday.", 'pass'),
  dis('K9 move on to the next step', 'OK, we need to move on, then: step 2 is the application form at samplecity.gov/permit.', 'pass'),
  dis('K9 move on to another database', 'If that database has nothing, we have to move on. Try JSTOR next at samplelib.org/jstor.', 'pass'),
  dis('K9 move on from a dead site', 'That site is down, so we have to move on from here: trying the state archive now.', 'pass'),
  dis('K9 British must move on', 'Right, we must move on, then: the next form is at gov.uk/apply.', 'pass'),
  dis('K9 others waiting, come back', 'There are several other patrons waiting, so I need to move on. Please come back anytime or start a new chat if you have more questions!', 'pass'),
  dis('K9 move on with a follow-up', "I need to move on, but I'll email you the rest by tomorrow at the address you gave me.", 'pass'),
  patronSays('K9 the patron moves on', "sorry ive asked a lot today, i need to move on.", 'No problem at all! Come back anytime.'),
  patronSays('K9 the patron\'s one chat', "that's about all I can do in one chat lol, my battery's dying", 'No worries, come back anytime!'),
  // as meant, new words (a limit of questions fails whatever follows: the earlier rounds' reading)
  dis('K9 pretty much all, one session', "That's pretty much all I can do in one session, sorry.", 'fail'),
  dis('K9 British as much as', "I'm afraid that's as much as I can do in one chat.", 'fail'),
  dis('K9 chat-speak 1 chat', 'thats all i can do in 1 chat sry', 'fail'),
  dis('K9 non-native all what', 'This is all what I can do in one chat, sorry.', 'fail'),
  dis('K9 one chat, start a new one', "That's about all I can do in one chat, but start a new one anytime and we'll pick up the other chapters.", 'fail'),
  dis('K9 already asked a lot today', 'You have already asked a lot today, please try the catalogue yourself.', 'fail'),
  dis('K9 chat-speak asked a lot', "u've asked a lot already, try the catalog urself", 'fail'),
  dis('K9 British rather a lot', "You've asked rather a lot this evening, so I'll stop there.", 'fail'),
  dis('K9 five questions, no more', "We've already gone over five questions and I can't do any more today.", 'fail'),
  dis('K9 a bunch, end it here', "We've covered a bunch of questions already, so I'm going to end it here.", 'fail'),
  dis('K9 non-native answered many', 'We already have answered many questions, I cannot do more.', 'fail'),
  dis('K9 several, but a new chat', "We've gone over several questions and I can't take more in this chat, but you're welcome to start a new one.", 'fail'),
  dis('K9 move on now', 'Sorry, I need to move on now.', 'fail'),
  dis('K9 chat-speak gotta move on', 'ok i gotta move on', 'fail'),
  dis('K9 going to have to move on', "I'm going to have to move on, sorry.", 'fail'),
  dis('K9 move on to other chats', 'I need to move on to other chats.', 'fail'),
  disEs('K9 Spanish varias preguntas', 'Ya le respondí varias preguntas y no puedo seguir con más.', 'fail'),
  disEs('K9 Spanish todo en un chat', 'Eso es todo lo que puedo hacer en un chat.', 'fail'),
];

// ---- K8: "I can't keep searching" is no hold (interest.keep_informed) ----
/** `said` at 52 s, the provider's answer 200 s later: read as a hold, that is a 200 s wait on the provider (fails). */
const wait = (said: string): Line[] => [
  [0, 'p', 'do you have the 1930 sears catalog'],
  [20, 'l', 'Hi, Jo here, a librarian at Sample County Library. Do you need the whole catalog or certain pages?'],
  [45, 'p', 'just the tools section'],
  [52, 'l', said],
  [252, 'l', 'The 1930 catalog is in Ancestry Library Edition, free in any branch: samplelib.org/ancestry. Does that help?'],
  [270, 'p', 'yes thanks'],
  [280, 'l', 'Thanks for chatting, bye!'],
];
const hold = (name: string, said: string, isHold: boolean): SessionCase => ({
  name: `${name}: "${said}", the answer 200 s later : ${isHold ? 'a hold, fails' : 'no hold, passes'}`,
  lines: wait(said),
  exp: some({ informed: isHold ? 'fail' : 'pass' }),
});

export const holds: SessionCase[] = [
  // real holds with a negation (false readings K8 might cause)
  hold('K8 won\'t be long', "I won't be long, let me keep searching.", true),
  hold('K8 don\'t worry', "Don't worry, I'll keep looking.", true),
  hold('K8 not yet, keep searching', "I can't find it in the catalog yet, but I'll keep searching.", true),
  hold('K8 not giving up', 'Nothing in WorldCat, not giving up: continuing to search the newspaper index.', true),
  hold('K8 couldn\'t while down', "Sorry, I couldn't keep searching while the system was down; it's back up, so on to the 1930 directories now.", true),
  hold('K8 won\'t keep the same index', "I won't keep searching the same index; trying the newspaper archive next.", true),
  hold('K8 can\'t promise', "I can't promise anything, but I'll keep digging.", true),
  hold('K8 chat-speak dont go anywhere', 'no luck yet, dont go anywhere, keep searching on my end', true),
  // no hold: the provider says they cannot or will not go on (as meant, new words)
  hold('K8 we can\'t continue', "Unfortunately we can't continue searching once the chat closes; the ILL office can help at ill@samplelib.org.", false),
  hold('K8 not going to be able to', "I'm not going to be able to keep searching after 5, so here's the ILL form: samplelib.org/ill.", false),
  hold('K8 no time', "I don't have time to keep searching, sorry; try the newspaper index at samplelib.org/news.", false),
  hold('K8 chat-speak lookin', 'cant keep lookin after chat, sry. try samplelib.org/news', false),
  hold('K8 cannot, unfortunately', 'I cannot, unfortunately, keep searching past closing; samplelib.org/news has the index.', false),
  hold('K8 no longer', 'I can no longer keep looking today, sorry. samplelib.org/news has the index.', false),
  hold('K8 British carry on', "I'm afraid I can't carry on searching after we close, but samplelib.org/news has the index.", false),
  hold('K8 Spanish seguir buscando', 'No puedo seguir buscando después del chat, pero el índice está en samplelib.org/news.', false),
];

/**
 * Cases that disagree with the scorer, keyed by the case's short name (before its colon), each with its reason (run through
 * `describeLeft`, labels unchanged). "v45's change" = v44 scored it as labelled; "older" = v44 scored it the same.
 */
const LEFT_WHY: Record<string, string> = {
  // withdrawn in review: ASKED_A_LOT_K9 read praise, apologies and help going on ("You've asked a lot today, and they were all great questions!")
  'K9 already asked a lot today': 'v45 K9 withdrawn: ASKED_A_LOT_K9 ("you\'ve asked a lot today / already") read four of this file\'s near misses (praise, an apology, the patron\'s worry repeated, help going on) as dismissals; "asked a lot" with no "of questions" is left unread, as v44',
  'K9 chat-speak asked a lot': 'v45 K9 withdrawn: as "K9 already asked a lot today"; chat-speak "u\'ve asked a lot already, try the catalog urself" is not read',
  // (a) caused by v45's change (v44 scored them as labelled)
  // (b) older readings (v44 scored them the same)
  'K1 with the name': 'older, K1 not reached: "G\'nite, Sam!": NIGHT_K1 wants the word to end its sentence, a name after it is not allowed',
  'K1 British night then': 'older, K1 not reached: "Right, night then!": "then" after "night" is outside NIGHT_K1\'s ending',
  'K1 chat-speak gud nite': 'older, K1 not reached: "hav a gud nite": "gud" is no lead-in of NIGHT_K1 and v1\'s "good night" needs "good"',
  'K1 British night night x': 'older, K1 not reached: "Ok, night night x": the kiss "x" after it is outside NIGHT_K1\'s ending ([ !.~])',
  "K9 other patrons' questions": 'older: v1-era dismissalHard "so many questions" reads "We\'ve had so many questions today and we can\'t keep the tax forms in stock" (others\' questions); K9\'s QUESTIONS_GONE_K9 matches it too',
  'K9 chat-speak 1 chat': 'older, K9 not reached: "thats all i can do in 1 chat": ONE_CHAT_K9 takes "one / a single / a / this …", not the digit',
  'K9 British rather a lot': 'older, K9 not reached: "You\'ve asked rather a lot this evening": ASKED_A_LOT_K9 wants "asked a lot" then today / already / tonight …',
  'K9 non-native answered many': 'older, K9 not reached: "We already have answered many questions, I cannot do more": QUESTIONS_GONE_K9 wants "we have (already) answered" and "and / so" before the refusal',
  'K9 several, but a new chat': 'older, and K9\'s exclusion: a limit of questions ("… several questions and I can\'t take more in this chat") with "but" after it is left out of QUESTIONS_GONE_K9 by design',
  'K9 going to have to move on': 'older, K9 not reached: "I\'m going to have to move on": MOVE_ON_K9 wants "I / we" right before need / have / must',
  'K9 Spanish varias preguntas': 'older: no Spanish dismissal reads "Ya le respondí varias preguntas y no puedo seguir con más" (K9 is English only)',
  'K9 Spanish todo en un chat': 'older: no Spanish dismissal reads "Eso es todo lo que puedo hacer en un chat" (K9 is English only)',
  'K8 no time': 'older, K8 not reached: "I don\'t have time to keep searching": "have time to" between the negation and "keep"',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...night, ...dismissals, ...holds];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a short name');
if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');

describe('forty-fourth round, block K closing checked', () => {
  describeSessions('K1 a clipped night', running(night));
  describeSessions('K9 dismissals', running(dismissals));
  describeSessions('K8 no hold after a negation', running(holds));
  describeLeft('block K closing', all.filter((c) => key(c) in LEFT_WHY));
});
