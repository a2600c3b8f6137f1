/**
 * Thirty-fourth round (E2): the v34 changes of blocks Z6-Z9, as Z8 and Z9 left them, checked for false readings by a wave
 * that wrote none of them: near misses that share a change's words or shape but are NOT its behaviour, and a few cases that
 * ARE its behaviour in new words (they must keep passing). Narrowings only (rubric v35): nothing widened, v34 unchanged.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room:
 * - a bare "Clear skies!" right after the patron asks about the weather ("need the forecast for sat night pls", "will it be
 *   cloudy for the peak") reports the weather, with or without "I checked the NWS." before it: no goodbye, and no goodbye to
 *   end the final idle; after the patron's thanks ("thanks, that forecast looks great") it still parts;
 * - "Clear Skies!" on its own line after "… listed in the calendar as" is a program's title: no goodbye;
 * - "Happy reading!" as the last message after the patron is done is a parting wish, as "Safe travels!": a goodbye;
 * - "the club president" asked about "league loaner scopes" right after "the howard astro league … at howardastro.org" is
 *   the league's officer: the league's URL reaches them;
 * - "text your question to 66746" (the library's own text line) is no referral;
 * - "I'm at the end of my shift and need to go, so let me send you these titles before I do" goes on helping, and "Same
 *   here, I'm at the end of my shift and have to go too!" answers the patron's own goodbye: no dismissal.
 * Written: 40 cases (29 near misses, 11 of the changes' behaviour in new words). First run (39 cases): 20 failed; none were
 * my labels; 8 are older readings (they fail the same with Z6's and Z7's settings off and v33's phone and dismissal
 * alternatives: LEFT); 12 were Z6-Z9's readings, narrowed:
 *  - `clearSkiesZ6` (`clearSkiesForecastE2`): a bare "Clear skies!" whose patron message just before asks about the weather
 *    (no thanks or goodbye in it): "I checked the NWS for Saturday night. Clear skies!", "nope! clear skies!", "The
 *    forecast? Clear skies!", British "Right, the Met Office has it dry and settled. Clear skies!"; and a title after an
 *    open "as / called / titled …\n". Still read: "Clear skies!" after "that's all", "Clear skies to you as well, Sam!",
 *    "Wishing you clear skies!", "Clear skies!" after "thanks, that forecast looks great".
 *  - `subjectTopicZ6` (`subjectTopicRoleE2`): the topic is not cut off a party that is only a role or a club's officer
 *    ("hit up the club president about league loaner scopes"). Still cut: "your county emergency managers concerning
 *    hurricane shelters", "the marina manager regarding the tide", "the Towson Historical Society about the Weather
 *    Service's old station".
 *  - phone (`phrasesV35E2`): "text" as a book's words, a subject before its verb ("the text moves to 214-216") or before a
 *    noun ("the set text copies to 101-103"). Still read: "text BRAVE to 678-678", "envíe un texto con la palabra HOLA al
 *    741741".
 *  - dismissalConvenience (`phrasesV35E2`): "… need to go, so let me send you these titles before I do" (the help goes on
 *    first), "… have to go too!" (the patron leaves first). Still read: "Sorry, we're at the end of our shift and need to
 *    sign off now."
 * theyResourceZ7 showed no false reading of its own: its three failing near misses fail the same with it off (LEFT).
 * v35's fingerprint: 55190e2350cde03a.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, one } from './narrowing-lines';

const SKY: Line[] = [
  [0, 'p', 'where can i go to see the perseids away from the city lights'],
  [20, 'l', 'Hello, Jo here at Ask a Librarian. Roughly where do you live, and how far are you willing to drive?'],
  [50, 'p', 'Columbia, maybe 2 hours'],
  [70, 'l', 'The map at lightpollutionmap.info shows dark sites; Patapsco Valley State Park is close. Does that help?'],
];
/** The stargazing session, the patron's `ask`, and the provider's last message `last`. */
const skyLast = (last: string, ask: string): Line[] => [...SKY, [100, 'p', ask], [110, 'l', last]];
/** The stargazing session whose patron is done; the provider's last message is `last`. */
const skyBye = (last: string, done = "yes that's all, thank you"): Line[] => [...SKY, [100, 'p', done], [106, 'l', last]];
/** The provider's `last` after the patron's `ask`, then nothing until the session ends 400 s later (a final idle). */
const skyIdle = (last: string, ask: string): Line[] => [...SKY, [100, 'p', ask], [110, 'l', last], [510, 's', 'Session ended']];

const WX: Line[] = [
  [0, 'p', 'I need to know what the weather was on a certain day last winter'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Which town, and which date?"],
  [50, 'p', 'Towson, January 16 2024'],
];
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

const GRIEF_Q = 'my husband died in march and i am not coping. are there groups';
const TEEN_Q = 'i think im gay and i dont know how to tell my parents';
const NAME_Q = 'how do i change my name legally in maryland';
const DV_Q = 'i need a shelter tonight, somewhere safe';
const READ_Q = 'my son has dyslexia, can he listen to books instead of reading them';
const STORM_Q = 'how do i get flood warnings for my street in baltimore';
/** A grief question, a first answer with a source, the patron's "and books?" and the provider's `text` at 110 s, then `tail`. */
const shift = (text: string, tail: Line[] = []): Line[] => [
  ...OPEN(GRIEF_Q),
  L('GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'),
  [100, 'p', 'and books?'],
  [110, 'l', text],
  ...tail,
];
/** The help going on after the shift message: a book, the patron's thanks and a goodbye. */
const ON: Line[] = [
  [170, 'l', "It's OK That You're Not OK by Megan Devine is in our catalogue. Does that help?"],
  [200, 'p', 'yes thanks'],
  [205, 'l', 'Take care, bye!'],
];

export const checked: SessionCase[] = [
  // ---- clearSkiesZ6: near misses ----
  { name: 'clearSkiesZ6 near miss: "I checked the NWS for Saturday night. Clear skies!" answering the weather question : courteous fails', lines: skyLast('I checked the NWS for Saturday night. Clear skies!', 'what about the weather saturday?'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: chat-speak "nope! clear skies!" after "will it be cloudy for the peak" : courteous fails', lines: skyLast('nope! clear skies!', 'will it be cloudy for the peak'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: "The forecast? Clear skies!" : courteous fails', lines: skyLast('The forecast? Clear skies!', 'and the forecast for the 12th?'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: "Clear skies!" after a request with no question mark ("need the forecast for sat night pls") : courteous fails', lines: skyLast('Clear skies!', 'need the forecast for sat night pls'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: British "Right, the Met Office has it dry. Clear skies!" : courteous fails', lines: skyLast('Right, the Met Office has it dry and settled. Clear skies!', 'is the weather going to behave on friday'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: a forecast "Clear skies, Saturday and Sunday!" : courteous fails', lines: skyLast('Good news from weather.gov. Clear skies, Saturday and Sunday!', 'what about the weekend?'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: forecast "Clear skies!" then no answer for 400 s and no check-in : idle fails', lines: skyIdle('I checked the NWS for Saturday night. Clear skies!', 'what about the weather saturday?'), exp: some({ idle: 'fail', courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: forecast "nope, clear skies!" then 400 s of silence : idle fails', lines: skyIdle('Looked it up. nope, clear skies!', 'any clouds on sat night'), exp: some({ idle: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: the patron\'s "clear skies!" and the provider\'s "Glad to help." : courteous fails', lines: [...SKY, [100, 'p', 'perfect. clear skies!'], [106, 'l', 'Glad that helped.']], exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: a program title on its own line "Clear Skies!" : courteous fails', lines: skyLast('Our branch runs a family star night in August, listed in the calendar as\n\nClear Skies!', 'any events for kids?'), exp: some({ courteous: 'fail' }) },
  // ---- clearSkiesZ6 and other hobbies' sign-offs: behaviour ----
  { name: 'clearSkiesZ6 behaviour: "Clear skies!" after the patron\'s "thanks, that forecast looks great" : courteous passes', lines: skyBye('Clear skies!', 'thanks, that forecast looks great'), exp: some({ courteous: 'pass' }) },
  { name: 'clearSkiesZ6 behaviour: "Clear skies to you as well, Sam!" after the patron is done : courteous passes', lines: skyBye('Clear skies to you as well, Sam!', 'thats everything, thanks! clear skies!'), exp: some({ courteous: 'pass' }) },
  { name: 'clearSkiesZ6 behaviour: "Wishing you clear skies!" after the patron is done : courteous passes', lines: skyBye('Enjoy the Perseids. Wishing you clear skies!'), exp: some({ courteous: 'pass' }) },
  { name: 'hobby sign-off: "Happy reading!" as the last message after the patron is done : courteous passes', lines: [...OPEN(READ_Q), L('Yes: Libby has audiobooks with your card at samplelibrary.overdrive.com. Does that help?'), [100, 'p', "that's all, thanks"], [106, 'l', 'Happy reading!']], exp: some({ courteous: 'pass' }) },

  // ---- subjectTopicZ6: near misses ----
  { name: 'subjectTopicZ6 near miss: chat-speak "the astro league has star nights at howardastro.org. hit up the president about league loaner scopes" : referral passes', lines: then(SKY.slice(0, 3), 'the howard astro league has star nights at howardastro.org. hit up the club president about league loaner scopes. that help?'), exp: some({ referral: 'pass' }) },
  // ---- subjectTopicZ6: behaviour in new words ----
  { name: 'subjectTopicZ6 behaviour: "The Weather Service keeps daily records at weather.gov/lwx. Ask the Towson Historical Society about the Weather Service\'s old station." : referral fails', lines: then(WX, "The Weather Service keeps daily records at weather.gov/lwx. Ask the Towson Historical Society about the Weather Service's old station. Does that help?"), exp: some({ referral: 'fail' }) },

  // ---- phone (phrase family, Z7 as Z9 left it): a text short code ----
  { name: 'phone near miss: "set the text zoom to 125-150% in the app" (a percentage): source passes by the app\'s URL, referral na', lines: one(READ_Q, 'In the Libby app (libbyapp.com) you can set the text zoom to 125-150% if he follows along. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'phone near miss: "the text moves to 214-216 in the new edition" (pages): source fails, referral na', lines: one(TEEN_Q, 'In that handout the text moves to 214-216 in the new edition, the part on telling your parents. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'phone near miss: British "return the set text copies to 101-103 by Friday" (rooms): source fails, referral na', lines: one(READ_Q, 'His school may ask you to return the set text copies to 101-103 by Friday, so keep the audio ones separate. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'phone near miss: "text your question to 66746" (the library\'s own text line, no referral): referral na', lines: one(READ_Q, 'If the app gives trouble later, text your question to 66746 and one of us will answer. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'phone behaviour: Spanish "envíe la palabra HOLA al 741741" : referral passes, a source', lines: one('hola, mi esposo murió y no puedo dormir', 'Si la noche es difícil, puede hablar con un consejero: envíe un texto con la palabra HOLA al 741741, gratis y a toda hora. ¿Le sirve?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'phone behaviour: "text BRAVE to 678-678 to reach a Trevor counselor" : referral passes, a source', lines: one(TEEN_Q, 'If you want to talk it through first, text BRAVE to 678-678 to reach a Trevor Project counselor. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },

  // ---- dismissalConvenience (phrase family): the end of a shift ----
  { name: 'dismissal near miss: "I\'m at the end of my shift and need to go, so let me send you these titles before I do" : no dismissal', lines: shift("I'm at the end of my shift and need to go, so let me send you these titles before I do.", ON), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "we\'re at the end of our shift and have to go, but the chat is staffed 24/7, anyone can pick this up" : a way back', lines: shift("We're at the end of our shift and have to go, but this chat is staffed 24/7, so start a new chat anytime and anyone can pick this up."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: the patron leaves first, the provider answers "same here, we\'re at the end of our shift and have to go too!" : no dismissal', lines: [...OPEN(GRIEF_Q), L('GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'), [100, 'p', 'yes. sorry i have to go, end of my shift'], [110, 'l', "Same here, I'm at the end of my shift and have to go too! Take care, bye!"]], exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "I\'m at the end of my shift and need to go, my colleague Sam will take over from here" (a handover): no dismissal', lines: shift("I'm at the end of my shift and need to go; my colleague Sam will take over from here in a moment.", [[150, 'l', "Hi, Sam here. It's OK That You're Not OK by Megan Devine is in our catalogue. Does that help?"], [200, 'p', 'yes thanks'], [205, 'l', 'Take care, bye!']]), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: non-native "I am at the end of my shift and must go to find the book on the shelf for you" : no dismissal', lines: shift('I am at the end of my shift and must go to find the book on the shelf for you, please wait.', ON), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal behaviour: "Sorry, we\'re at the end of our shift and need to sign off now." : dismissal fails', lines: shift("Sorry, we're at the end of our shift and need to sign off now."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal behaviour: "my shift\'s over and I need to log off" : dismissal fails', lines: shift("Sorry, my shift's over and I need to log off."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal behaviour: British "I\'m knocking off now, sorry" : dismissal fails', lines: shift("Sorry, I'm knocking off now, that's me done for today."), exp: some({ dismissal: 'fail' }) },

  // ---- theyResourceZ7 (setting): a resource's "they" lends no URL ----
  { name: 'theyResourceZ7 near miss: "Talk to the PFLAG volunteers when you\'re ready. The booklets are written by parents, and they\'re free at pflag.org/resources." (the party\'s own page): referral passes', lines: one(TEEN_Q, "Talk to the PFLAG volunteers when you're ready. The booklets are written by parents, and they're free at pflag.org/resources. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'theyResourceZ7 behaviour: "The worksheets are simple and they\'re free at dyslexiaida.org. Ask his school\'s reading specialist too." : referral fails', lines: one(READ_Q, "The fact sheets are simple and they're free at dyslexiaida.org. Ask his school's reading specialist too. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong, on readings older than Z6-Z9's (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (older reading: the same with subjectTopicZ6 off): "the archivist" is not lent the Society's URL by v19 SM (the subject's words are only in the topic's possessive).
  { name: 'subjectTopicZ6 near miss: "The Royal Meteorological Society lists its archive at rmets.org/archive. Ring the archivist regarding the Society\'s 1953 logbooks." : referral passes', lines: then(WX, "The Royal Meteorological Society lists its archive at rmets.org/archive. Ring the archivist regarding the Society's 1953 logbooks. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT (older reading: the same with subjectTopicZ6 off): "Write to the research assistant about …" is read as no referral.
  { name: 'subjectTopicZ6 near miss: "The Maryland State Climatologist posts the records at climate.umd.edu. Write to the research assistant about the Climatologist\'s daily data." : referral passes', lines: then(WX, "The Maryland State Climatologist posts the records at climate.umd.edu. Write to the research assistant about the Climatologist's daily data. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT (older reading: the same with subjectTopicZ6 off): "the docents" are not lent the Museum's URL.
  { name: 'subjectTopicZ6 near miss: "The Baltimore Weather Museum shows its instruments at baltimoreweather.org. Ask the docents concerning the Museum\'s barometer logs." : referral passes', lines: then(WX, "The Baltimore Weather Museum shows its instruments at baltimoreweather.org. Ask the docents concerning the Museum's barometer logs. Does that help?"), exp: some({ referral: 'pass' }) },
  // LEFT (older reading: v33's phone family reads it the same): a ZIP code after "text alerts to" is read as a phone.
  { name: 'phone near miss: "the county can text alerts to 21201 and 21230 residents" (ZIP codes): source fails, referral na', lines: one(STORM_Q, 'The city can text alerts to 21201 and 21230 residents first, since those are the low streets. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading: v33's dismissalConvenience reads it the same): "I have to log off" in a condition is read as ending the help.
  { name: 'dismissal near miss: "if I\'m at the end of my shift I have to log off, but that\'s an hour away" (a condition): no dismissal', lines: shift("Just so you know, if I'm at the end of my shift I have to log off, but that's an hour away, so take your time.", ON), exp: some({ dismissal: 'pass' }) },
  // LEFT (older reading: the same with theyResourceZ7 off): a later sentence's URL of the party's own domain is not lent.
  { name: 'theyResourceZ7 near miss: "Reach out to the Trevor Project counselors tonight. The guides are written for teens and they are all free at thetrevorproject.org" (the party\'s own page): referral passes', lines: one(TEEN_Q, 'Reach out to the Trevor Project counselors tonight. The guides are written for teens and they are all free at thetrevorproject.org. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT (older reading: the same with theyResourceZ7 off): a later sentence's URL is not lent to the clinic.
  { name: 'theyResourceZ7 near miss: "Ask the Maryland Legal Aid clinic for help. The forms are simple and they\'re free at mdlab.org/forms." (the party\'s own page) : referral passes', lines: one(NAME_Q, "Ask the Maryland Legal Aid clinic for help. The forms are simple and they're free at mdlab.org/forms. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT (older reading: the same with theyResourceZ7 off): "Call a volunteer there" is read as no referral.
  { name: 'theyResourceZ7 near miss: "The clinic\'s volunteers go through the forms with you, and they\'re free at sjlegal.org/clinic. Call a volunteer there" (they = people): referral passes', lines: one(NAME_Q, "The clinic's volunteers go through the forms with you, and they're free at sjlegal.org/clinic. Call a volunteer there this week. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
];

describeSessions('thirty-fourth round (E2): v34 Z6-Z9 checked', checked);

describeLeft('thirty-fourth-round-z69-checked', LEFT);
