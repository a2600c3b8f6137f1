/**
 * Fortieth round, block E24 (a narrowing wave): CHECKING v40's block G20 (the provider's own typos: `slipsG20(word, not, keys)`
 * and its fifteen families) both ways, with cases no one had written: false passes (slips and look-alikes that spell OTHER
 * words where the sentence is then no behaviour) and false fails (slips G20 did not build), in American, British, non-native,
 * chat-speak, terse, shouting and Spanish registers, in every check G20 touched.
 *
 * A BEHAVIOUR DONE WITH A SLIP IS STILL DONE; A SLIP THAT SPELLS ANOTHER WORD IS READ AS THAT WORD ("Than you for chatting",
 * "Thinks for chatting", "ok, by!", "Have a grate day", "Take car!", "Are you still three chapters in?" do not thank, part or
 * check in). Statuses are read from the literal text of RUBRIC.md's Terms (Hold message, Waiting on the provider, Goodbye,
 * Follow-up session, Referral) and its checks, decided before the scorer ran.
 *
 * PARAPHRASE SWEEP. Slip shapes tried: two slips in one word ("mronign", "aftrenono", "evneing", "thnask", "tahnsk", "serachign",
 * "lkoing", "saerhc", "momnte", "anwsre", "hlpe", "lokk"); a dropped letter in a short word ("lok", "fnd", "stil", "wil",
 * "tht", "wre", "wer", "els", "cal", "vist"); a neighbouring key ("momemt", "momemto", "cherrs", "wiat"); a letter added
 * ("cheack", "ealse", "helllo" tripled, "cheeers", "secc"); "does" swapped ("dose"); slips in the other words of a phrase ("is
 * there anythign ealse i can help yuo with", "Ill look tht up", "Is that waht you wre looking for", "Does tht answer …");
 * autocorrect and apostrophes lost ("Ill", "well", "were" for we're: text.ts reads them as I'll, we'll, we're already);
 * missing and extra spaces ("Any thing else", "good bye", "Thank s", "Welcom eto", "Youcan", "goodnite"); shouting ("GOOD
 * AFTERNOON!!!", "ONE MOMNET PLEASE", "ANYTHING ELSE???", "DID THAT HELP??"); Spanish slips ("Un momemto", "Deme / Espere un
 * segudno", "¿Le sirivo?", "¿Sige ahi?", "¿Algo mas en q le pueda ayduar?", "Grasias", "Gracais", "grazias", "que tenga un buen
 * dai"); British forms with slips ("hold on a mo whilst I chekc", "Cherrs", "tkae care", "Cheeers"); the follow-up's day and
 * the referral's verb slipped ("by Firday", "by Mondya", "by Thrusday", "by Wendesday", "tomorrw", "wihtin 72 hours", "get bakc
 * to you", "Cal the … hotline", "Vist the … Society", "You shoudl contcat"); dismissals slipped ("too mnay questions", "reached
 * teh limt", "your tiem is up"); the patron's slips ("thats evrything", "no more qeustions", "that's all I nedeed", "ok thnks").
 * False passes tried: "minuet" the dance ("In a minuet, the dancers bow", "The suite ends with one minuet.", "It is written in
 * a minuet."), a time ("won the race by one secnod", "ahead by one mintue"), "seconds" of a meal, "Momentum" the newsletter,
 * the title "One Momnet in Time", "Im lookign / lokoing forward to", "Plese / Please wiat for the (confirmation) email", a
 * quotation "Let me fund the rest myself", "Youre welcom to use the study rooms", "You are welcom back anytime to use the
 * desk", a URL "goodmornign-sample.org", "hepl" in a URL, a patron's question quoted back ("You asked does that hepl with
 * blight?"), "Cheeers to the volunteers", "The seed display is good by the window.", "Vist the shelves at 635", "Dont worry
 * about asking to mnay questions", "thats evrything on tomatoes, but what about peppers?".
 *
 * Readings taken where RUBRIC.md leaves room:
 * - a slip is read as the key word only where the rest of the phrase is the behaviour's (G20's reading kept); two slips in a
 *   word of five letters or more, a dropped letter in a four-letter word and a neighbouring key are slips as G20's are, but a
 *   letter ADDED anywhere is not (it spells too many other words), except the stretched "helllo", "cheeers", "secc";
 * - "minuet" after "one" / "in a" is the dance (after "give me a / wait a / hang on a / hold on a" still autocorrect's minute);
 *   "by one <second slipped>" is a margin, no wait; "looking forward to" is no search;
 * - "welcome to / back" after "you're / you are / are / be / is / feel free / more than / we're" offers something, it greets
 *   no one (G20's reading of "<welcome slipped> to" narrowed);
 * - "Cheers!" and "take care!" (slipped) part only at the message's or a clause's end (as v1's guards: "cheers to …");
 *   "Good nite" parts as "good night"; "Have a great (slipped) day" parts as v1's "have a great day";
 * - a slipped "does this answer your question" needs no "?" (v1's unslipped words do not need one); other slipped completeness
 *   and anything-else questions keep G20's "?".
 *
 * COUNTS. Written: 134 cases, all labelled before running: a first batch of 96 (3 whole sessions: American, British, Spanish;
 * 93 short, 19 of them near misses; 4 of the short ones moved to LEFT) and a second batch of 38 probing E24's own words (25 slips no case used, 13 near misses).
 * Run: 130 (3 whole); LEFT: 4. Labels corrected: 0.
 * Run 1 (first batch, 96): 53 disagreed (3 whole, 50 short). By check (whole sessions' checks counted): interest.keep_informed
 *  16 (10 slipped holds not read: "momemt", "lok", "cheack", "lokk", "secc", "bare wiht", "serachign", "please wiat", "un
 *  momemto", "segudno"; 4 false passes of G20: "in a minuet,", "one minuet.", "by one secnod.", "Im lookign forward"; 2 whole),
 *  closing.courteous 10 ("Thnask", "Thank s", "tkae care", "Cherrs", "grat day", "Grasias", "Gracais", "Good nite"; 2 whole),
 *  approachability.greeting 7 ("Helllo", "mronign", "Thank s for contacting", "Welcom eto"; G20's false pass "Youre welcom to
 *  use"; 2 whole), followup.completeness 5 ("hlpe", "wre", "ansewr" with no "?", "¿Le sirivo?"; 1 whole), followup.contact 4
 *  ("Firday", "tomorrw", "Mondya", "Thrusday": the day not read), referral.contact 4 ("Cal", "Youcan", "vist", "shoudl"),
 *  closing.anything_else 3 ("anythign ealse"; the patron's "evrything", "qeustions"), session.disconnect_notice 3 ("were going
 *  to close", "I wil close", "going ot end"), closing.no_dismissal 3 ("too mnay", "teh limt", "your tiem"),
 *  session.idle_checkin 2 ("stil thre", "¿Sige ahi?").
 * Run 2 (after the first fixes): 7 disagreed: "Is that waht you wre looking for?", "Does this ansewr your question" (no "?"),
 *  "anythign ealse" (fixed, below), and the 4 LEFT. Run 3: none but the LEFT. Run 4 (the second batch, 38): none disagreed.
 *
 * Fixed in block E24 (v41 phrase families only; `slipsE24(word, not, keys)` builds the slips G20's builder does not: two of its
 * slips in a word of five letters or more, a letter dropped from a four-letter word, a neighbouring key; `anySlipE24` the word
 * with G20's and E24's slips). Near misses in the cases named "near miss", each checked to FAIL with its fix made too wide
 * (all widened at once, then restored), unless said otherwise:
 *  - greeting: G20's "<welcome slipped> to / back" not after "youre / you are / are / be / is / free / more than / were / we are"
 *    ["Youre welcom to use the study rooms", "You are welcom back anytime to use the desk"]; "good <morning / afternoon / evening
 *    with two slips or a key>"; "helllo / helloo …"; "<thanks with two slips> / thank s for contacting …";
 *  - hold: G20's "one / in a <moment slipped>" split: not "minuet" after "one / in a", not after "by" ["In a minuet, the dancers
 *    bow", "The suite ends with one minuet.", "It is written in a minuet.", "won by one secnod", "ahead by one mintue"]; G20's
 *    "im / still <looking slipped>" not before "forward" ["Im lookign forward to the plant sale!"]; "one / give me a / … <moment,
 *    minute, second with two slips or a key>, secc" (same ends, not after "by"); "let me <check, look, search, find: E24's
 *    slips, not chuck, cheek, loom, book, fine, fund, mind …>, lokk, loook" ["Let me fund the rest myself" (a quotation)]; "bare
 *    <with slipped> me"; "im / still <searching, looking, checking with two slips>" not before "forward" ["Im lokoing forward
 *    to …"]; "please <wait slipped: not waif, want, watt …>" at its end or before "a / one / just / please / while / for me / for
 *    a" ["Please wiat for the confirmation email …"]; "un <momento with two slips or a key>"; "deme / dame / espere / espera /
 *    aguarde un <segundo slipped>";
 *  - completeness: "does / dose / did / do / has this / that / it / tht <hlpe, answer with two slips> …?"; "le <sirvio
 *    slipped>?"; "does / dose / did this / that <answer slipped> your question" without "?"; "is that what you were looking
 *    for" with slips in "that / what / you / were / looking" [no near miss moved: "You asked does that hepl with blight?" is
 *    kept out by completeness's older readings, as G20's "Would thsi help"];
 *  - anythingElse: "<anything, slipped> <else slipped: G20's, E24's, ealse>" before a "?";
 *  - stillThere: "are you <still slipped> <there slipped: not here, thee, three>" and "are you stil <there slipped>" before a
 *    "?" ["Are you stil three chapters in?"]; Spanish "<sigue slipped> ahi / alli?";
 *  - willEnd: "were / we are going to end / close the chat / session", "I / we wil end / close …", "im / were going ot / too / t
 *    end / close …";
 *  - thanks: "<thanks with two slips>", "thank s", "than ks"; "grasias / grazias / <gracias slipped: not gracia>";
 *  - farewell: "<take slipped> care" and "<cheers slipped>" at the end or before "! . ," ["Cheeers to the volunteers who clean
 *    the tank."]; "have a <great slipped: not greta, grate, treat> day / …" ["Have a grate day" stays as labelled also with
 *    "grate" let in: no slip of "great" spells it]; "good nite / goodnite"; "tenga un buen dai / dia …";
 *  - whenExpect: "by <a weekday / tomorrow slipped>", "tomorrw …";
 *  - referralVerb: "cal / vist …" before "the / your / a / an / them / their" ["Vist the shelves at 635" stays as labelled also
 *    without the lookahead: referral.ts's party test keeps it out];
 *  - dismissalHard: "ask(ed/ing) (way) too / to <many slipped> (questions)", not after "no such thing as / never / no / not /
 *    can't / (don't) worry about" ["Dont worry about asking to mnay questions"]; "reached the / your <limit slipped>"; "your
 *    <time slipped> is up";
 *  - patronDone (the patron's words): "thats <everything slipped>", "no more <questions slipped>", with no question after
 *    ["thats evrything on tomatoes, but what about peppers?"].
 *
 * Not changed: text.ts (no new mended spellings or word breaks), referral.ts's connectors, G20's block and its test file.
 *
 * LEFT (4): "Welcom eto Ask Us Now!" (a space moved into the next word: mending word breaks is text.ts's); "let me cheack" (a
 * letter added: no slip shape here, adding any letter reads too many words); "Youcan call teh extension office at …" (two
 * words run together; referral.ts reads the words before "call" by its own connectors); "You shoudl contcat the county extension
 * office" (referral.ts's connectors, as G20's LEFT "Plese call …").
 *
 * Final run: this file, rubric.test.ts, phrases.test.ts (the phrases project), every thirty-seventh-, thirty-eighth- and
 * thirty-ninth-round file and this round's (25 files, 2675 tests, all passed), and the 186 files found by grep for the fixes'
 * words ("minuet", "secnod", "lookign", "welcom ", "good nite", "grasias", "tenga un buen", "un segundo", "igue ah", "e sirvi",
 * "going to close", "reached the limit", "time is up", "too many questions", "please wait", "im looking", "I'm looking", "let
 * me find", "let me search", "have a grat", "wil close", "going ot") (18284 tests, all passed).
 * v41's fingerprint after block E24: deca05f0ff66657e.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BOOK, answered, bye, held, greeted, asked, idle, promised, patronThen, more } from './slips-lines';

export const whole: SessionCase[] = [
  {
    name: 'American, fast: "Helllo! Jo here", "Do yuo want print …?", "let me lok", "Dose that help?", "Anythig esle?", "Thnask, have a grat day!"',
    lines: [
      [0, 'p', 'hi do you have the new john grisham book'],
      [15, 'l', 'Helllo! Jo here at Ask a Librarian. Do yuo want print, large print or audio?'],
      [40, 'p', 'print'],
      [50, 'l', 'let me lok'],
      [180, 'l', 'Its checked out right now, but you can place a hold in the catalog at samplelibrary.org/catalog. Dose that help?'],
      [200, 'p', 'yes'],
      [205, 'l', 'Anythig esle?'],
      [220, 'p', 'no thats it'],
      [225, 'l', 'Thnask, have a grat day!'],
    ],
    // greeting: "Hello" (a letter tripled) and "Jo … Ask a Librarian"; clarify: "Do you want print …?"; hold: "let me look"
    // (a dropped letter in a four-letter word) is a hold, so 50-180 (130 s) is waiting on the provider: keep_informed FAILS;
    // completeness: "Does that help?" ("dose"); anything else: "Anything else?" (two slipped words); courteous: "Thanks, have
    // a great day!" (two slips in "thanks")
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'British, hurried: "Good mronign, Sam here", "hold on a mo whilst I chekc", "Does tht answer …?", "Anyhting else …?", "Cherrs, tkae care!"',
    lines: [
      [0, 'p', 'Hello, I need the opening hours of the county archives please'],
      [20, 'l', 'Good mronign, Sam here at Ask a Librarain. Which county, please?'],
      [45, 'p', 'Kent'],
      [55, 'l', 'Right, hold on a mo whilst I chekc.'],
      [190, 'l', 'Kent Archives are at the Kent History and Library Centre; the hours are at kent.gov.uk/archives. Does tht answer your question?'],
      [210, 'p', 'Yes, lovely'],
      [215, 'l', 'Anyhting else I can help with?'],
      [235, 'p', 'No, that is all, thanks'],
      [240, 'l', 'Cherrs, tkae care!'],
    ],
    // greeting: "Good morning" (two swaps) and "Sam … Ask a Librarian"; hold: "hold on a moment while I check": 55-190 is 135 s
    // of waiting on the provider: keep_informed FAILS; completeness: "Does that answer your question?"; courteous: "Cheers, take
    // care!" (British thanks and leave-taking, slipped)
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Spanish without accents, hurried: "Hola, soy Lucia", "Un momemto por favor", "¿Le sirivo?", "¿Algo mas en q le pueda ayduar?", "Grasias, que tenga un buen dai"',
    lines: [
      [0, 'p', 'hola, necesito ayuda para sacar la tarjeta de la biblioteca'],
      [20, 'l', 'Hola, soy Lucia de la Bibliotca del Condado. ¿Vive usted en el condado?'],
      [45, 'p', 'si'],
      [55, 'l', 'Un momemto por favor'],
      [185, 'l', 'Puede sacarla en biblioteca.example.org/tarjeta con su identificacion. ¿Le sirivo?'],
      [200, 'p', 'si gracias'],
      [205, 'l', '¿Algo mas en q le pueda ayduar?'],
      [220, 'p', 'no'],
      [225, 'l', 'Grasias, que tenga un buen dai!'],
    ],
    // hold: "Un momento por favor" (a neighbouring key) is a hold: 55-185 (130 s) FAILS keep_informed; completeness "¿Le
    // sirvió?"; anything else "¿Algo más en que le pueda ayudar?"; courteous "Gracias, que tenga un buen día" (both slipped)
    exp: usual({ informed: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- greeting: slips G20 did not build
  { name: 'greeting: "Helllo, Jo here at Ask a Librarian" (a tripled letter)', lines: greeted('Helllo, Jo here at Ask a Librarian.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Good mronign, this is Sam at the library" (two swaps in one word)', lines: greeted('Good mronign, this is Sam at the library.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Thank s for contacting Ask a Librarian, Im Jo" (a space inside)', lines: greeted("Thank s for contacting Ask a Librarian, I'm Jo."), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: shouting "GOOD AFTERNOON!!! THIS IS JO AT THE LIBRARY"', lines: greeted('GOOD AFTERNOON!!! THIS IS JO AT THE LIBRARY'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: Spanish "Hola, soy Lucia de la bibliotca"', lines: greeted('Hola, soy Lucia de la bibliotca.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Good evneing, youre chatting with Priya, a librarian" (swap + drop)', lines: greeted("Good evneing, you're chatting with Priya, a librarian."), exp: some({ greeting: 'pass' }) },
  // near misses
  { name: 'near miss (greeting): "Jo at the library here. Youre welcom to use the study rooms." welcomes no one to the chat', lines: greeted("Jo at the library here. You're welcom to use the study rooms."), exp: some({ greeting: 'fail' }) },
  { name: 'near miss (greeting): a URL "goodmornign-sample.org" greets no one', lines: greeted('Jo at the library here; the events are at goodmornign-sample.org.'), exp: some({ greeting: 'fail' }) },
  // ---- hold (the answer 140 s later: keep_informed FAILS only if the message is a hold)
  { name: 'hold: "one momemt" (a neighbouring key)', lines: held('one momemt'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "let me lok" (a dropped letter in a four-letter word)', lines: held('let me lok'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "let me lokk into it" (two errors)', lines: held('let me lokk into it'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "one secc"', lines: held('one secc'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "jus a moment"', lines: held('jus a moment'), exp: some({ informed: 'fail' }) },
  { name: 'hold: British "hold on a mo"', lines: held('hold on a mo'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "bare wiht me"', lines: held('bare wiht me'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Im still serachign" (two swaps)', lines: held("I'm still serachign"), exp: some({ informed: 'fail' }) },
  { name: 'hold: "please wiat"', lines: held('please wiat'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Spanish "Un momemto por favor"', lines: held('Un momemto por favor'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Spanish "Deme un segudno"', lines: held('Deme un segudno'), exp: some({ informed: 'fail' }) },
  { name: 'hold: chat-speak "lemme chekc"', lines: held('lemme chekc'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "Ill look tht up"', lines: held("I'll look tht up"), exp: some({ informed: 'fail' }) },
  { name: 'hold: shouting "ONE MOMNET PLEASE"', lines: held('ONE MOMNET PLEASE'), exp: some({ informed: 'fail' }) },
  // near misses: slips that spell other words, or the words in another sense
  { name: 'near miss (hold): "In a minuet, the dancers bow to each other." (the dance)', lines: held('In a minuet, the dancers bow to each other.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "The suite ends with one minuet." (the dance)', lines: held('The suite ends with one minuet.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "She won the race by one secnod." (a time, no wait)', lines: held('She won the race by one secnod.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): the title "One Momnet in Time"', lines: held('Try "One Momnet in Time" by Laura Doyle.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "They do serve seconds at the garden club lunch."', lines: held('They do serve seconds at the garden club lunch.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "Plese wait for the email from the branch" (wait for the mail, not the provider)', lines: held('Plese wait for the email from the branch before you go.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "Im lookign forward to the plant sale!"', lines: held("I'm lookign forward to the plant sale!"), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "Momentum is the name of the garden club newsletter."', lines: held('Momentum is the name of the garden club newsletter.'), exp: some({ informed: 'pass' }) },
  // ---- completeness
  { name: 'completeness: "Does tht answer your question?"', lines: answered(`${BOOK} Does tht answer your question?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "dose that help?" ("does" swapped)', lines: answered(`${BOOK} dose that help?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Does that hlpe?" (two swaps)', lines: answered(`${BOOK} Does that hlpe?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Is that waht you wre looking for?"', lines: answered(`${BOOK} Is that waht you wre looking for?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Does this ansewr your question" (no question mark)', lines: answered(`${BOOK} Does this ansewr your question`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: Spanish "¿Le sirivo?"', lines: answered(`${BOOK} ¿Le sirivo?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "DID THAT HELP??"', lines: answered(`${BOOK} DID THAT HELP??`), exp: some({ complete: 'pass' }) },
  // near misses
  { name: 'near miss (completeness): "hepl" in a URL, no question', lines: answered('The renewal steps are at samplelibrary.org/hepl/renew. The book is 635 SMI at Main.'), exp: some({ complete: 'fail' }) },
  { name: 'near miss (completeness): the patron\'s question quoted back, "You asked does that hepl with blight?"', lines: answered(`You asked "does that hepl with blight?" - yes, ${BOOK} It has a chapter on blight.`), exp: some({ complete: 'fail' }) },
  // ---- anything else
  { name: 'anything else: "is there anythign ealse i can help yuo with?"', lines: asked('is there anythign ealse i can help yuo with?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Any thing else?" (a space inside)', lines: asked('Any thing else?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "anyhting else?"', lines: asked('anyhting else?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Anythig esle?" (both words)', lines: asked('Anythig esle?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Can I hlep with anything else?"', lines: asked('Can I hlep with anything else?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "ANYTHING ELSE???"', lines: asked('ANYTHING ELSE???'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: Spanish "¿Algo mas en que le pueda ayudar?" (no accents)', lines: asked('¿Algo mas en que le pueda ayudar?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: Spanish "¿Algo mas en q le pueda ayduar?"', lines: asked('¿Algo mas en q le pueda ayduar?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Do you have any othr questions?"', lines: asked('Do you have any othr questions?'), exp: some({ anything: 'pass' }) },
  // ---- check-in and notice
  { name: 'idle: "are you stil thre?" (both words slipped)', lines: idle('are you stil thre?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'idle: "Still ther?" (terse)', lines: idle('Still ther?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'idle: Spanish "¿Sige ahi?" / "Parece que se desconecto, voy a cerrar el chat"', lines: idle('¿Sige ahi?', 'Parece que se desconecto, voy a cerrar el chat. Gracias!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice: "Looks like you have been disconected, well end the chat now"', lines: idle('Are you still there?', 'Looks like you have been disconected, well end the chat now. Bye!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice: "It seems youve disconnected, were going to close this sesion now"', lines: idle('Are you still there?', 'It seems youve disconnected, were going to close this sesion now, thanks'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice: "Since I havent heard back I wil close teh chat now"', lines: idle('Are you still there?', "Since I haven't heard back I wil close teh chat now. Take care!"), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice: "I think we got disconected. Im going ot end this session now."', lines: idle('Are you still there?', 'I think we got disconected. Im going ot end this session now. Thank you!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  // near miss
  { name: 'near miss (check-in): "Are you still three chapters behind?" asks no one if they are there', lines: idle('Are you still three chapters behind in the book club?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  // ---- courteous (the last message)
  { name: 'courteous: "Thnask for chatting!" (two swaps)', lines: bye('Thnask for chatting!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Thank s for chatting!" (a space inside)', lines: bye('Thank s for chatting!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "good bye!"', lines: bye('good bye!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "OK, tkae care!"', lines: bye('OK, tkae care!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: British "Cherrs!"', lines: bye('Cherrs!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Have a grat day!"', lines: bye('Have a grat day!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Have a nice dya!"', lines: bye('Have a nice dya!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Coem back anytime!"', lines: bye('Coem back anytime!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: Spanish "Que tenga un buen dai!"', lines: bye('Que tenga un buen dai!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: Spanish "Grasias por escribirnos"', lines: bye('Grasias por escribirnos'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: Spanish "Gracais!"', lines: bye('Gracais!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Good nite!"', lines: bye('Good nite!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "THANK YOU FOR USING ASK A LIBRARIAN"', lines: bye('THANK YOU FOR USING ASK A LIBRARIAN'), exp: some({ courteous: 'pass' }) },
  // near misses: slips that spell other words are read as those words
  { name: 'near miss (courteous): "ok, by!" ("by" is a word)', lines: bye('ok, by!'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "Than you for chatting!" ("than" is a word)', lines: bye('Than you for chatting!'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "Thinks for chatting!" ("thinks" is a word)', lines: bye('Thinks for chatting!'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "The display is good by the window." ', lines: bye('The seed display is good by the window.'), exp: some({ courteous: 'fail' }) },
  // ---- follow-up promises with slips in the day (code Answered: resolution.code fails when a promise is read)
  { name: 'follow-up: "Ill emial you the list by Firday"', lines: promised('Ill emial you the list by Firday. Whats your email?'), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "Ill send it to you tomorrw"', lines: promised("I'll send it to you tomorrw, whats your emial?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "Ill get back to you wihtin 72 hours"', lines: promised("I'll get back to you wihtin 72 hours. Email?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "Well emial it ot you by Mondya"', lines: promised('Well emial it ot you by Mondya. Whats your email?'), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "Ill get bakc to you by Thrusday"', lines: promised("I'll get bakc to you by Thrusday, what email should I use?"), exp: some({ code: 'fail', contact: 'pass' }) },
  // near miss
  { name: 'near miss (follow-up): "Well, email them by Friday if you can." (the patron is to write)', lines: promised('Well, email the branch by Friday if you can. Want me to note your email?'), exp: some({ code: 'pass', contact: 'na' }) },
  // ---- referral
  { name: 'referral: "Cal the Master Gardener hotline at 410-555-0142"', lines: answered('Cal the Master Gardener hotline at 410-555-0142. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referral: "Please vist the Extension Office at 12 Main St"', lines: answered('Please vist the Extension Office at 12 Main St, Sampleton. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- dismissal
  { name: 'dismissal: "youve asked too mnay questions, im done"', lines: more('youve asked too mnay questions, im done'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "Youve reached teh limt for today"', lines: more('Youve reached teh limt for today.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "your tiem is up"', lines: more('your tiem is up'), exp: some({ dismissal: 'fail' }) },
  { name: 'near miss (dismissal): "I have too many chats right now, so pleae come back later!" (a way back)', lines: more('I have too many chats right now, so pleae come back later!'), exp: some({ dismissal: 'pass' }) },
  // ---- the patron
  { name: 'patron: "thats evrything, thanks" says they are done', lines: patronThen('thats evrything, thanks'), exp: some({ anything: 'pass' }) },
  { name: 'patron: "no more qeustions" says they are done', lines: patronThen('no more qeustions'), exp: some({ anything: 'pass' }) },
  { name: 'patron: "thats all I nedeed" says they are done', lines: patronThen("that's all I nedeed"), exp: some({ anything: 'pass' }) },
  { name: 'patron: the patron\'s "ok thnks" is not the provider\'s thanks', lines: patronThen('ok thnks', 'You can also browse 635 on the shelves.'), exp: some({ courteous: 'fail' }) },
];

/** The second batch: paraphrases probing E24's own words (slips and near misses no first-batch case used), labelled before running. */
export const second: SessionCase[] = [
  { name: 'second: greeting "Good aftrenono, Jo here at Ask a Librarian" (two swaps)', lines: greeted('Good aftrenono, Jo here at Ask a Librarian.'), exp: some({ greeting: 'pass' }) },
  { name: 'second: greeting "Thnask for contacting Ask Us, Im Dana"', lines: greeted("Thnask for contacting Ask Us, I'm Dana."), exp: some({ greeting: 'pass' }) },
  { name: 'second: hold "one momnte" (two swaps)', lines: held('one momnte'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "let me saerhc" (two swaps)', lines: held('let me saerhc'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "let me fnd it"', lines: held('let me fnd it'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "Please wiat while I check"', lines: held('Please wiat while I check'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold Spanish "Espere un segudno"', lines: held('Espere un segudno'), exp: some({ informed: 'fail' }) },
  { name: 'second: hold "Im lkoing now"', lines: held("I'm lkoing now"), exp: some({ informed: 'fail' }) },
  { name: 'second: completeness "Did that anwsre your question?"', lines: answered(`${BOOK} Did that anwsre your question?`), exp: some({ complete: 'pass' }) },
  { name: 'second: completeness "Is that waht you wer looking for?"', lines: answered(`${BOOK} Is that waht you wer looking for?`), exp: some({ complete: 'pass' }) },
  { name: 'second: anything else "Anything els?"', lines: asked('Anything els?'), exp: some({ anything: 'pass' }) },
  { name: 'second: anything else "Is tehre anythign esle I can do?"', lines: asked('Is tehre anythign esle I can do?'), exp: some({ anything: 'pass' }) },
  { name: 'second: check-in "Are you sitll ther?"', lines: idle('Are you sitll ther?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'second: notice "We are going to end teh chat now"', lines: idle('Are you still there?', 'It looks like you have disconnected. We are going to end teh chat now.'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'second: notice "Seems like you left, i wil end this chat."', lines: idle('Are you still there?', 'Seems like you left, i wil end this chat.'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'second: courteous "Tahnsk!" (two swaps)', lines: bye('Tahnsk!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: courteous "Cheeers!"', lines: bye('Cheeers!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: courteous "Have a graet weekend!"', lines: bye('Have a graet weekend!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: courteous "goodnite!"', lines: bye('goodnite!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: courteous Spanish "Muchas grazias!"', lines: bye('Muchas grazias!'), exp: some({ courteous: 'pass' }) },
  { name: 'second: follow-up "Ill email it to you by Wendesday"', lines: promised("I'll email it to you by Wendesday. Email?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'second: referral "Vist the Sampleton Historical Society at 22 Oak St"', lines: answered('Vist the Sampleton Historical Society at 22 Oak St, Sampleton. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'second: dismissal "you ask to mnay questions"', lines: more('you ask to mnay questions'), exp: some({ dismissal: 'fail' }) },
  { name: 'second: dismissal "youve reached your limt for today, bye"', lines: more('youve reached your limt for today, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'second: the patron\'s "no more questoins thanks"', lines: patronThen('no more questoins thanks'), exp: some({ anything: 'pass' }) },
  // near misses in words no earlier case used
  { name: 'second, near miss (hold): "It is written in a minuet." (the dance)', lines: held('It is written in a minuet.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "The winner was ahead by one mintue." (a time, no wait)', lines: held('The winner was ahead by one mintue.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "Im lokoing forward to seeing you at the sale!"', lines: held("I'm lokoing forward to seeing you at the sale!"), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "Please wiat for the confirmation email before you come in."', lines: held('Please wiat for the confirmation email before you come in.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "Let me fund the rest myself, she says in chapter 2." (a quotation)', lines: held('"Let me fund the rest myself," she says in chapter 2.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (courteous): "Cheeers to the volunteers who clean the tank."', lines: bye('Cheeers to the volunteers who clean the tank.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "Have a grate day" ("grate" is a word)', lines: bye('Have a grate day'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "Take car!" ("car" is a word)', lines: bye('Take car!'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (check-in): "Are you stil three chapters in?"', lines: idle('Are you stil three chapters in?', 'It looks like you have been disconnected, so I will end the chat now. Thanks!'), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'second, near miss (dismissal): "Dont worry about asking to mnay questions, what else?"', lines: more("Don't worry about asking to mnay questions, what else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'second, near miss (patron done): "thats evrything on tomatoes, but what about peppers?"', lines: patronThen('thats evrything on tomatoes, but what about peppers?'), exp: some({ anything: 'fail' }) },
  { name: 'second, near miss (referral): "Vist the shelves at 635 for more." refers to no party', lines: answered(`${BOOK} Vist the shelves at 635 for more. Does that help?`), exp: some({ referral: 'na' }) },
  { name: 'second, near miss (greeting): "You are welcom back anytime to use the desk." welcomes no one to the chat', lines: greeted('Jo at the library. You are welcom back anytime to use the desk.'), exp: some({ greeting: 'fail' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: a space moved into the next word ("Welcom eto") makes two words that are neither: mending word breaks is text.ts's, which this block may not change; greeting: "Welcome to Ask Us Now! I'm Dana": pass
  { name: 'greeting: "Welcom eto Ask Us Now! Im Dana" (a space moved)', lines: greeted("Welcom eto Ask Us Now! I'm Dana."), exp: some({ greeting: 'pass' }) },
  // LEFT: a letter added ("cheack") is no slip shape of G20's or E24's: adding any letter anywhere reads too many other words ("cheap" is a key away); hold: "let me check": fail
  { name: 'hold: "let me cheack" (a letter added)', lines: held('let me cheack'), exp: some({ informed: 'fail' }) },
  // LEFT: two words run together ("youcan") are mended only by text.ts; referral.ts reads the words before "call" by its own connectors (code, not a phrase family); referral with its phone: pass
  { name: 'referral: "Youcan call teh extension office at 410-555-0199" (a space missing)', lines: answered('Youcan call teh extension office at 410-555-0199. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: referral.ts reads the words before the verb by its own connectors ("you should"), and "shoudl" is none of them: the referral is not read (as G20's LEFT "Plese call …"); referral with no way to reach them: fail
  { name: 'referral: "You shoudl contcat the county extension office" (no way to reach them)', lines: answered('You shoudl contcat the county extension office. Does that help?'), exp: some({ referral: 'fail' }) },
];

describeSessions('fortieth round (E24): G20 checked, every check', whole);
describeSessions('fortieth round (E24): G20 checked, short cases', short);
describeSessions('fortieth round (E24): G20 checked, second batch', second);

describeLeft('fortieth-round-e24-checked', LEFT);
