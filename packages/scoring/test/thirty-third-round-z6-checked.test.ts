/**
 * Thirty-third round, second wave (Z8): the v34 settings of block Z6 (weather, climate and the night sky) checked for
 * false readings: near misses that share a setting's words or shape but are NOT its behaviour, and a few cases that ARE
 * its behaviour in new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md ("closing.courteous: one of the provider's last two visible
 * messages thanks the patron, says goodbye or invites them back"), decided before running the scorer. Readings taken
 * where the text leaves room:
 * - "Clear skies!" as the whole answer to the patron's weather question ("what about saturday's weather?") reports the
 *   weather: no goodbye;
 * - "Clear skies, hopefully!" / "Clear skies too!" / "Clear skies, finally!" close a forecast: weather, no goodbye;
 * - "Hope for clear skies!" is a hope about the weather, not a parting wish: no goodbye;
 * - "the office" right after "The Maryland Flood Office explains … at flood.maryland.gov" is that office: its URL is lent;
 * - "Clear skies!" after the patron's "yes that's all", then one more answer, is a goodbye among the last two messages.
 * Written: 22 cases (17 near misses, 5 of the settings' behaviour; 20 run). First run: 9 failed; 3 were mine ("Clear skies!" after
 * "yes that's all" is a goodbye: relabelled pass; "call the Planetarium at about 9" and Spanish "Pregunte a la Extensión
 * sobre las heladas" fail with Z6's settings off too: moved to LEFT), 6 were v34 Z6 readings, narrowed:
 *  - `clearSkiesZ6`: "Clear skies!" as the whole message right after the patron's question ("what about the weather
 *    saturday?"); "clear skies, hopefully!", "Clear skies, finally!" (the word after the comma must be a name: a capital as
 *    written, no adverb); "Clear skies too!" ("too" only after a name); "So, clear skies!" (no "so" opener). Still read:
 *    "Clear skies!", "Clear skies, everyone!", "I wish you clear skies, Priya!", "Clear skies and good stargazing!".
 *  - `subjectTopicZ6`: "The Maryland Flood Office explains permits at flood.maryland.gov. Call the office about a flood
 *    permit." (the topic is cut only when the party before it has a word of its own, not "the office"). Still read: "call
 *    the county's Office of Emergency Management about their flood warning system", "Ask your county emergency managers
 *    concerning hurricane shelters".
 * v34's fingerprint is unchanged (code only): 4f97352bd4d52074.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

const SKY: Line[] = [
  [0, 'p', 'where can i go to see the stars without the city lights'],
  [20, 'l', 'Hello, Jo here at Ask a Librarian. Roughly where do you live, and how far are you willing to drive?'],
  [50, 'p', 'Columbia, maybe 2 hours'],
];
const WX: Line[] = [
  [0, 'p', 'I need to know what the weather was on a certain day last winter'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Which town, and which date?"],
  [50, 'p', 'Towson, January 16 2024'],
];
const ES: Line[] = [
  [0, 'p', 'hola, cuando es la ultima helada para sembrar tomates?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué ciudad o código postal está su jardín?'],
  [50, 'p', 'en Hyattsville, 20782'],
];
/** A stargazing session; the patron asks about the weather; the provider's last message is `last`. */
const skyLast = (last: string, ask = 'yes. what about the weather saturday?'): Line[] => [
  ...SKY,
  [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'],
  [100, 'p', ask],
  [110, 'l', last],
];
/** A stargazing session whose patron is done; the provider's last message is `last`. */
const skyBye = (last: string): Line[] => [
  ...SKY,
  [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'],
  [100, 'p', "yes that's all, thank you"],
  [106, 'l', last],
];
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const checked: SessionCase[] = [
  // ---- clearSkiesZ6: near misses ----
  { name: 'clearSkiesZ6 near miss: "Clear skies!" as the whole answer to "what about the weather saturday?" : courteous fails', lines: skyLast('Clear skies!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: chat-speak "clear skies, hopefully!" after the forecast : courteous fails', lines: skyLast('NWS says mostly sunny, low humidity. clear skies, hopefully!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: "Warm and dry on Saturday. Clear skies too!" (weather) : courteous fails', lines: skyLast('Warm and dry on Saturday, no wind. Clear skies too!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: British "After a week of cloud: clear skies, finally!" : courteous fails', lines: skyLast("The Met Office has Saturday after a week of cloud. Clear skies, finally!"), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: "Looks like clear skies tonight!" : courteous fails', lines: skyLast('Looks like clear skies tonight!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: "Hope for clear skies!" (a hope about the weather) : courteous fails', lines: skyLast('The forecast is uncertain, so just hope for clear skies!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: "Clear skies all week, so the meteor shower should be visible!" : courteous fails', lines: skyLast('Clear skies all week, so the meteor shower should be visible!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: a title "Clear Skies! by …" recommended : courteous fails', lines: skyLast('For the kids, try the picture book Clear Skies! by Ann Lee.', 'ok. any book for my kids?'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: non-native "Saturday is clear skies!" : courteous fails', lines: skyLast('The weather for Saturday is clear skies!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 near miss: "So, clear skies!" concluding the forecast : courteous fails', lines: skyLast('The NWS has a high-pressure system over us Saturday. So, clear skies!'), exp: some({ courteous: 'fail' }) },
  { name: 'clearSkiesZ6 behaviour: "Clear skies!" after "yes that\'s all", then one more answer: a goodbye among the last two, courteous passes', lines: [...skyLast('Clear skies!', "yes that's all"), [130, 'p', 'wait, one more, when is the next eclipse?'], [150, 'l', 'The next total solar eclipse in the US is August 2044; see science.nasa.gov/eclipses for the maps.']], exp: some({ courteous: 'pass' }) },
  // ---- clearSkiesZ6: behaviour in new words ----
  { name: 'clearSkiesZ6 behaviour: "Enjoy the Geminids. Clear skies, everyone!" : courteous passes', lines: skyBye('Enjoy the Geminids. Clear skies, everyone!'), exp: some({ courteous: 'pass' }) },
  { name: 'clearSkiesZ6 behaviour: "Clear skies and good stargazing!" : courteous passes', lines: skyBye('Clear skies and good stargazing!'), exp: some({ courteous: 'pass' }) },
  { name: 'clearSkiesZ6 behaviour: "I wish you clear skies, Priya!" : courteous passes', lines: skyBye('I wish you clear skies, Priya!'), exp: some({ courteous: 'pass' }) },

  // ---- subjectTopicZ6: near misses ----
  { name: 'subjectTopicZ6 near miss: "The Maryland Flood Office explains permits at flood.maryland.gov. Call the office about a flood permit." (the same office) : referral passes', lines: then(WX, 'The Maryland Flood Office explains permits at flood.maryland.gov. Call the office about a flood permit. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'subjectTopicZ6 near miss: "The county\'s flood page is at baltimorecountymd.gov/flood. Call the county\'s flood office about your permit." : referral passes', lines: then(WX, "The county's flood page is at baltimorecountymd.gov/flood. Call the county's flood office about your permit. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'subjectTopicZ6 near miss: chat-speak "the astro league has star nights at howardastro.org, hit up the league about loaner scopes" : referral passes', lines: then(SKY, 'the howard astro league has star nights at howardastro.org. hit up the league about loaner scopes. that help?'), exp: some({ referral: 'pass' }) },
  { name: 'subjectTopicZ6 near miss: British "The Met Office Library lists its archive at metoffice.gov.uk/library. Ring the Library regarding the 1953 records." : referral passes', lines: then(WX, 'The Met Office Library lists its archive at metoffice.gov.uk/library. Ring the Met Office Library regarding the 1953 records. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- subjectTopicZ6: behaviour in new words ----
  { name: 'subjectTopicZ6 behaviour: "NOAA\'s Hurricane Center tracks storms at nhc.noaa.gov. Ask your county emergency managers concerning hurricane shelters." : referral fails', lines: then(WX, "NOAA's Hurricane Center tracks storms at nhc.noaa.gov. Ask your county emergency managers concerning hurricane shelters. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'subjectTopicZ6 behaviour: "The Tide Service posts tables at tidesandcurrents.noaa.gov. Talk to the marina staff regarding the tide on your dock." : referral fails', lines: then(WX, 'The Tide Service posts tables at tidesandcurrents.noaa.gov. Talk to the marina manager regarding the tide on your dock. Does that help?'), exp: some({ referral: 'fail' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer gets wrong for reasons older than v34 (they fail with Z6's settings off
 * too): not run.
 */
export const LEFT: SessionCase[] = [
  { name: 'subjectTopicZ6 near miss: "about" as approximately: "The Planetarium posts shows at mdsci.org/planetarium. Call the Planetarium at about 9 when they open." : referral passes', lines: then(SKY, 'The Planetarium posts its shows at mdsci.org/planetarium. Call the Planetarium at about 9 when they open. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'subjectTopicZ6 near miss: Spanish "La Extensión de la Universidad publica fechas en extension.umd.edu. Pregunte a la Extensión sobre las heladas." : referral passes', lines: thenEs('La Extensión de la Universidad de Maryland publica las fechas en extension.umd.edu. Pregunte a la Extensión sobre las heladas. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
];

describeSessions('thirty-third round, second wave (Z8): the Z6 settings checked', checked);

describeLeft('thirty-third-round-z6-checked', LEFT);
