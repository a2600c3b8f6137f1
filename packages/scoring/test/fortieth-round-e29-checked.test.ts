/**
 * Fortieth round, block E29 (a second wave): CHECKING v41's block E24 (the provider's slips: `slipsE24(word, not, keys)`, two slips
 * in a word of five letters or more, a dropped letter in a four-letter word, a neighbouring key; its twelve families) both ways,
 * with cases no one had written: FALSE PASSES (real words, names, codes and URLs that E24's slips spell, in the positions its
 * families read) and false fails (slips E24 still misses in holds, completeness, anything else, goodbyes, check-ins, notices,
 * follow-up days and referrals), in American, British, non-native, chat-speak, terse and Spanish registers.
 *
 * A BEHAVIOUR DONE WITH A SLIP IS STILL DONE; A SLIP THAT SPELLS ANOTHER WORD IS READ AS THAT WORD. Statuses are read from the
 * literal text of RUBRIC.md's Terms (Hold message, Waiting on the provider, Goodbye, Follow-up session, Referral) and its
 * checks, decided before the scorer ran.
 *
 * PARAPHRASE SWEEP. Words E24's slips spell, checked against a word list and tried where the families read: "Hans" (Hans
 * Christian Andersen, Hans Rosling, Hans Brinker, a clerk Hans) and "tans" (two slips of "thanks"); "than KS" (Kansas after a
 * comparative); "Garcia's" / "the Garcias" (G20's slip of "gracias", reads "garcias" once the apostrophe goes); "hers", "here's",
 * "Ceres", "cheer", "cheer.org" (slips of "cheers"); "one Monet", "one mite", "just a mite", "one mint", "one mine", "one
 * omen", "one mute", "give me a mint" (slips of moment / minute, two slips or a key); "I am searing", "I am arching",
 * "currently looming" (two slips of searching / looking); "good mooring" (two slips of "morning"); Spanish "¿En qué (más | otra
 * cosa) le sirvo?", "¿Cómo más le sirvo?" (G20's "sirvo": "how can I help", not "did it help"); "by Frida Kahlo" (G20's
 * "frida"); "the limt on renewals / on holds", "your tiem is up on the public PC / for the study room", "the tiem is up on the
 * parking meter" (E24's limit and time without v1's guards); "Let Me Lok Back" (a title), "Cal the gardener", "1,500 cal a day",
 * "Cal Poly" ("cal"); "Tanks for chatting", "Take car!", "take acre", "bar with me"; the patron's "Thnask, bye!", "no more
 * qeustions on that one". Slips E24 misses: "lemme / let me have a lok", "I will / ill chekc", "stll / sitll looking", "bera /
 * baer with me", "lookign into it", "serching on that now", "deme un minnuto", "espere un mintuo", "dejeme reivsar", "permitame
 * buscra"; "Was that helpfull?", "Is this usefull?"; "Any other qestions?", "Any more qustions?", "Do you have any other
 * qeustions …?", "Is there somthing else …?", "Need somethign else?"; "Still thre?", "Stil ther?"; "I will close tis / thsi
 * chat", "end the caht / chta"; "Thank you for contactign", "Thanks for contacitng"; "Take cre!", "Tkae cre!"; "on Firday",
 * "on Fridya", "next Mondya", "next Tusday"; "giv / gvie them a cal(l) at …".
 *
 * Readings taken where RUBRIC.md leaves room:
 * - a slip is read as the key word only where it spells no ordinary word or name a library chat uses (E24's reading kept):
 *   "hans", "tans", "garcias", "cheer", "hers", "heres", "ceres", "monet", "moet", "mont", "omen", "mine", "mint", "mite",
 *   "mute", "send", "searing", "arching", "looming", "cheeking", "mooring", "mooning", "sirvo", "frida" are read as written;
 * - "than ks" is "thanks" except after a comparative ("lower / bigger / more / other than KS" is Kansas);
 * - E24's slipped "reached the limit" and "your time is up" take v1's guards for the same words unslipped (renewals, holds,
 *   the PC, the room): a slip does not make a renewal limit a dismissal;
 * - a slipped "still there?" alone opens the message ("Still thre?"), as v1's "there?" does; "Is the copy stll thre?" asks
 *   about a book;
 * - a slipped weekday after "on / next / by" says when, as the unslipped day does (followupLater, followupSend).
 *
 * COUNTS. Written: 145 cases, all labelled before running: a first batch of 76 (1 whole session, American; 75 short, 36 of them
 * near misses; 4 moved to LEFT) and a second batch of 69 probing E24's and E29's own words (37 near misses, 32 slips; 1 moved to
 * LEFT). Near misses in all: 73, plus the whole session's look-alikes ("one Monet", "Garcia's").
 * Run: 140 (1 whole); LEFT: 5. Labels corrected: 0.
 * Run 1 (first batch, 76): 46 disagreed. By check: interest.keep_informed 16 (9 false passes of E24: "one Monet and", "one
 *  mite,", "one mint,", "just a mite,", "one mute and", "one omen,", "one mine.", "I am searing", the title "Let Me Lok Back";
 *  7 slips not read: "lemme have a lok", "stll looking", "bera with me", "lookign into it", "ill chekc", "deme un minnuto",
 *  "dejeme reivsar"), closing.courteous 11 (10 false passes: "Hans" twice, "tans", "Garcia's", "Los Garcias", "hers.",
 *  "Ceres.", "cheer.", "cheer.org", "than KS,"; "Take cre!" not read), closing.anything_else 4 ("Any other qestions?",
 *  "somthing else" not read; "Anythign else by her …, ok?", the patron's "no more qeustions on that one." read),
 *  closing.no_dismissal 3 ("the limt on renewals", "your tiem is up on the public PC", "the survey asked too mnay questions"),
 *  followup.completeness 2 ("Was that helpfull?" not read; "¿En qué más le sirvo?" read), session.disconnect_notice 2 ("tis
 *  chat", "the caht"), approachability.greeting 2 ("contactign" not read; "good mooring" read), followup.contact /
 *  resolution.code 2 ("next Mondya", "on Firday"), referral.contact 2 ("giv them a cal" not read; "Cal the gardener" read),
 *  session.idle_checkin 1 ("Still thre?"), the whole session 1 ("lemme have a lok").
 * Run 2 (after the first fixes): 6 disagreed: the patron's "no more qeustions on that one", "Ill send it on Firday" (fixed,
 *  below) and the 4 LEFT. Run 3: none but the LEFT. Run 4 (the second batch, first 51): 1 disagreed ("Stil looking forward",
 *  an older alternative's reading: LEFT). Run 5 (18 more near misses of the second batch): none disagreed.
 *
 * Fixed in block E29 (v41 phrase families only; E24's block and its test file unchanged, E24's alternatives found by their
 * text and swapped). Near misses in the cases named "near miss", each checked to FAIL with its fix made too wide (all widened at
 * once, then restored), unless said otherwise:
 *  - thanks / greeting: E24's two-slip "thanks" less "hans", "tans", and "than ks" not after a comparative (`THANKS_E29`)
 *    ["Try the fairy tales of Hans Christian Andersen", "Spray tans …", "lower than KS,", "Hans Brinker …", "bigger than KS,"];
 *    E24's "<gracias slipped>" less "garcias" ["Cristina Garcia's …", "Los Garcias …", "Jerry Garcia's …", "Garcia's Market"
 *    (checked in a second widening, with the 18 near misses added last)];
 *  - farewell: E24's "<cheers slipped>" less "cheer", "hers", "heres", "ceres", "ches" (`CHEERS_E29`) ["… is hers.", "… is
 *    Ceres.", "… lead a cheer.", "cheer.org/guides", "That umbrella … is hers, I think."];
 *  - hold: E24's "one / just a / give me a … <moment, minute, second slipped>" less "monet", "moet", "mont", "omen", "mine",
 *    "mint", "mite", "mute", "send" (`ONE_MOMENT_E29`) ["one Monet and", "one mite,", "one mint,", "just a mite,", "one mute
 *    and", "one omen,", "one mine.", "one Monet,", "just a mite,"]; E24's "im / still … <searching, looking, checking with two
 *    slips>" less "searing", "arching", "looming", "cheeking" (`IM_LOOKING_E29`) ["I am searing the tomatoes", "In photo 3
 *    I am arching the vines"; "Currently looming large" stays as labelled also with "looming" let in: the hold check's older
 *    readings keep it out];
 *  - greeting: E24's "good <morning with two slips or a key>" less "mooring", "mooning", "morin" ["There is good mooring at the
 *    town dock."];
 *  - completeness: E24's "le <sirvio slipped>?" less "sirvo" ["¿En qué más le sirvo?", "¿En qué otra cosa le sirvo?"];
 *  - dismissalHard: E24's "reached the / your <limit slipped>" and "your <time slipped> is up" replaced by v1's own
 *    alternatives with the slipped words put in (their guards kept) ["the limt on renewals", "your tiem is up on the public
 *    PC", "teh limt on holds", "your tiem is up for the study room"];
 *  - whenExpect: E24's "by <a weekday slipped>" less "frida", and read after "on / next" too (`DAY_SLIP_E29`) ["… books by
 *    Frida Kahlo" (contact fails: no when)];
 *  - patronDone: E24's "no more <questions slipped>" with v1's guards ("… on that one", "… on the tomato book") ["no more
 *    qeustions on that one. what about peppers?", "no more qeustions on the tomato book. and peppers"];
 *  - hold, added: "let me / lemme have a <look slipped>"; "I will / ill <check slipped>"; "<still slipped> looking / searching /
 *    checking" (not before "forward"); "<bear slipped: G20's, not bar / ear / hear> with me" ["The photo of the bar with me in
 *    it"]; "<looking, searching, checking slipped> now / on that / into it"; "deme / espere … un <minuto slipped>" (not
 *    "into", "mint"); "dejeme / permitame <revisar, buscar slipped>";
 *  - completeness, added: "is / was this / that <helpful, useful slipped>?";
 *  - anythingElse, added: "Any other / more / further <questions slipped>?" at a clause's start, "do you have / are there any
 *    other <questions slipped> …?", "is there / (do you) need <something slipped> else / more", "<something slipped> else I /
 *    we can" ["Any other qestions on the worksheet are in the answer key." (no "?"); "I found somthing else you might like"
 *    stays as labelled also with the fix widened: kept out by the check's older readings];
 *  - stillThere, added: "<still> <there slipped>?" as the message's first words ["Is the copy stll thre, on the hold shelf?"];
 *  - willEnd, added: "I will / I'm going to … end / close <this slipped: tis, thsi> chat" and "… the / this <chat slipped: G20's,
 *    not hat, cat>";
 *  - farewell, added: "take / tkae <care with a dropped letter or G20's slip: not car, are, acre>" at the end ["Take acre by
 *    acre" stays as labelled also with "acre" let in: the end lookahead keeps it out];
 *  - followupLater / followupSend, added: the slipped weekday (`DAY_SLIP_E29`, not "frida") where v1 reads the day ("I'll send
 *    it on Firday");
 *  - referralVerb, added: "<give slipped> them a <call slipped>".
 *
 * Near misses E24 already keeps out (no fix, run as guards): "The stove needs a new grate.", "Tanks for chatting!", the
 * patron's "Thnask, bye!", "The dose this helps with …", "Would you like the book's answer key too?", "Are you stil three weeks
 * from planting?", "Hans Christian Andersen is at 398.2" and "Hans at the library here." (greeting), "1,500 cal a day", "Cal
 * Poly's library".
 *
 * Not changed: text.ts, E24's block and its test file, classify.ts (no new setting).
 *
 * LEFT (5): "Let Me Lok Back" (a title: v1 reads the unslipped "Let Me Look Back" as a hold alike; capitals and quotes are
 * gone by the time families read); "Anythign else by her is on the shelf too, ok?" (v1 reads the unslipped words alike); "Cal
 * the gardener …" (the name spells E24's "cal" and v1 reads "Call the gardener …" alike); "The 2019 survey asked too mnay
 * questions" (v1 and G20 read the unslipped words alike); "Stil looking forward to the sale!" (an older hold alternative reads
 * "stil looking" before "forward").
 *
 * Final run: this file, rubric.test.ts, phrases.test.ts (the phrases project: 320 tests, all passed), every thirty-seventh-,
 * thirty-eighth- and thirty-ninth-round file and this round's (30 files with rubric.test.ts, 3409 tests, all passed), and the
 * 292 other files found by grep for the fixes' words (" hers", "cheer", "Hans", " tans", "Garcia", "mooring", "sirvo", "reached
 * the limit", "reached your limit", "time is up", "Frida", "on Friday", "send it", "ny other questions", "omething else", "till
 * there", "close this chat", "end the chat", "have a look", "bear with me", "looking into it", "un minuto", "jeme", "helpful?",
 * "useful?", "give them a call", "ake care", "no more questions", "than KS", "one moment", "just a mi", "one minute", "one sec",
 * "heers", "ood morning", "hank you for contacting", "hanks for contacting", "next Monday", "let me look", "I'll check", "ill
 * check", "till looking", "one Monet", "mite", "mint"): 25445 tests, all passed but one that fails on the branch's base commit
 * too (f1b99ca, before block E29): symbols-one-byte.test.ts "no phrase family of any version names a symbol beyond Latin-1 …",
 * which names three v41 hold alternatives of G21's ("wait, please", "un instante", "momentito") that write "…" in a class.
 * v41's fingerprint after block E29: 834c8c7db0b99cc9.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BOOK, answered, bye, held, greeted, asked, idle, promised, patronThen, more } from './slips-lines';

/** A Spanish question answered with a source and no completeness question, the patron's thanks, the provider's `ask`, "nada mas" and a goodbye. */
const esAsked = (ask: string): Line[] => [
  [0, 'p', 'hola, tienen libros de jardineria?'],
  [20, 'l', 'Hola, soy Lucia de la biblioteca. ¿Para principiantes?'],
  [45, 'p', 'si'],
  [70, 'l', '"El huerto en casa" (635 HUE) está en la Central, y en el catálogo: biblioteca.example.org/catalogo.'],
  [90, 'p', 'gracias'],
  [100, 'l', ask],
  [120, 'p', 'no, nada mas'],
  [125, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
const GONE = 'It looks like you have been disconnected, so I will end the chat now. Thanks!';

export const whole: SessionCase[] = [
  {
    name: 'American, fast, with look-alikes inside: "Hi, Jo here", "one Monet and two Renoirs", "lemme have a lok", "Did tht help?", "Garcia\'s catalogue" last',
    lines: [
      [0, 'p', 'hi do you have books about the impressionist paintings at the city art museum'],
      [15, 'l', 'Hi! Jo here at Ask a Librarian. Do you want a catalogue of the museum, or books on the painters?'],
      [40, 'p', 'the museum'],
      [50, 'l', 'The museum owns one Monet and two Renoirs, so most books cover the painters.'],
      [80, 'p', 'ok what about the museum itself'],
      [90, 'l', 'lemme have a lok'],
      [220, 'l', "The museum's own catalogue is in our catalog at samplelibrary.org/catalog (search the museum's name). Did tht help?"],
      [240, 'p', 'yes thats all'],
      [250, 'l', "Thanks for chatting! The 1998 exhibition catalogue is Ana Garcia's."],
    ],
    // greeting: "Hi" and "Jo … Ask a Librarian"; clarify: "Do you want …?"; "one Monet and two Renoirs" is a count of
    // paintings, no wait (waiting on the patron 50-80); "lemme have a look" (slipped) is a hold: 90-220 (130 s) of waiting
    // on the provider: keep_informed FAILS; completeness: "Did that help?" (slipped "tht"); anything else: the patron's "thats
    // all"; courteous: "Thanks for chatting!" (the last message; "Garcia's" is a name, no thanks, but the same message thanks)
    exp: usual({ informed: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- courteous: real words and names that E24's slips spell (the last message; the one before it is the answer)
  { name: 'near miss (courteous): "Try the fairy tales of Hans Christian Andersen too." ("Hans" is a name)', lines: bye('Try the fairy tales of Hans Christian Andersen too, at 398.2 AND.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "Factfulness by Hans Rosling is on the shelf as well."', lines: bye('Factfulness by Hans Rosling is on the shelf as well.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "Spray tans are covered in chapter 4." ("tans" is a word)', lines: bye('Spray tans are covered in chapter 4 of the beauty book.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "Cristina Garcia\'s Dreaming in Cuban is at Main too." ("Garcia\'s" reads "garcias")', lines: bye("Cristina Garcia's Dreaming in Cuban is at Main too."), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): Spanish "Los Garcias donaron esa coleccion." (a family name)', lines: bye('Los Garcias donaron esa coleccion.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "The last copy on hold is hers." ("hers" is a word)', lines: bye('The last copy on hold is hers.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "The largest body in the asteroid belt is Ceres." (a name)', lines: bye('The largest body in the asteroid belt is Ceres.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "Chapter 2 shows how to lead a cheer." ("cheer" is a word)', lines: bye('Chapter 2 shows how to lead a cheer.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): a URL "cheer.org/guides"', lines: bye('The squad guide is at cheer.org/guides.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "The fee is lower than KS, see page 4." ("than KS": Kansas)', lines: bye('The fee is lower than KS, see page 4.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): "The stove needs a new grate." ("grate" is a word)', lines: bye('The stove needs a new grate.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss (courteous): the patron\'s "Thnask, bye!" is not the provider\'s', lines: patronThen('Thnask, bye!', 'You can also browse 635 on the shelves.'), exp: some({ courteous: 'fail' }) },
  // slips E24 misses in goodbyes
  { name: 'courteous: "Thankyou for chatting!" (a space missing)', lines: bye('Thankyou for chatting!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Thnk you!"', lines: bye('Thnk you!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Byee!"', lines: bye('Byee!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Take cre!"', lines: bye('Take cre!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Have a goood one!"', lines: bye('Have a goood one!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Thansk again, bye"', lines: bye('Thansk again, bye'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: Spanish "Gracas por escribir!"', lines: bye('Gracas por escribir!'), exp: some({ courteous: 'pass' }) },
  { name: 'courteous: "Cheers!" British', lines: bye('Cheers!'), exp: some({ courteous: 'pass' }) },
  { name: 'near miss (courteous): "Tanks for chatting!" is read as "tanks" (a word): no thanks', lines: bye('Tanks for chatting!'), exp: some({ courteous: 'fail' }) },

  // ---- hold: real words E24's moment/minute/second slips spell (keep_informed PASSES when no hold)
  { name: 'near miss (hold): "The museum has one Monet and two Renoirs on loan."', lines: held('The museum has one Monet and two Renoirs on loan.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "If you see even one mite, spray the leaves."', lines: held('If you see even one mite, spray the leaves with soapy water.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "Each kit has one mint, one lemon balm and one sage."', lines: held('Each herb kit has one mint, one lemon balm and one sage plant.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "Its just a mite, nothing to worry about."', lines: held("It's just a mite, nothing to worry about."), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "The case holds one mute and the mouthpiece."', lines: held('The trumpet case holds one mute and the mouthpiece.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "The legend tells of one omen, a comet over the castle."', lines: held('The legend tells of one omen, a comet over the castle.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): "The 2019 copy is yours and the other one mine."', lines: held('The 2019 copy is yours and the other one mine.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss (hold): a quotation "I am searing the tomatoes first," says the cook', lines: held('"I am searing the tomatoes first," says the cook in chapter 5.'), exp: some({ informed: 'pass' }) },
  // slips E24 misses in holds
  { name: 'hold: "lemme have a lok"', lines: held('lemme have a lok'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "stll looking"', lines: held('stll looking'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "bera with me"', lines: held('bera with me'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "wiat a moment"', lines: held('wiat a moment'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "lookign into it now"', lines: held('lookign into it now'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "ill chekc"', lines: held('ill chekc'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "gimme a mintue"', lines: held('gimme a mintue'), exp: some({ informed: 'fail' }) },
  { name: 'hold: "one momnt pls"', lines: held('one momnt pls'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Spanish "Deme un minnuto por favor"', lines: held('Deme un minnuto por favor'), exp: some({ informed: 'fail' }) },
  { name: 'hold: Spanish "Dejeme reivsar"', lines: held('Dejeme reivsar'), exp: some({ informed: 'fail' }) },

  // ---- completeness
  { name: 'completeness: "Did tht help?"', lines: answered(`${BOOK} Did tht help?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Dose this help?"', lines: answered(`${BOOK} Dose this help?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Is this waht you needed?"', lines: answered(`${BOOK} Is this waht you needed?`), exp: some({ complete: 'pass' }) },
  { name: 'completeness: "Was that helpfull?"', lines: answered(`${BOOK} Was that helpfull?`), exp: some({ complete: 'pass' }) },
  { name: 'near miss (completeness): "The dose this helps with is in chapter 3." (no question)', lines: answered(`${BOOK} The dose this helps with is in chapter 3.`), exp: some({ complete: 'fail' }) },
  { name: 'near miss (completeness): Spanish "¿En qué más le sirvo?" asks for anything else, not whether it served', lines: esAsked('¿En qué más le sirvo?'), exp: some({ complete: 'fail', anything: 'pass' }) },
  { name: 'near miss (completeness): "Would you like the book\'s answer key too?" (something not yet given)', lines: answered(`${BOOK} Would you like the book's answer key too?`), exp: some({ complete: 'fail' }) },

  // ---- anything else
  { name: 'anything else: "Any other qestions?"', lines: asked('Any other qestions?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Is there somthing else I can help with?"', lines: asked('Is there somthing else I can help with?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "anyhting elese?"', lines: asked('anyhting elese?'), exp: some({ anything: 'pass' }) },
  { name: 'anything else: "Anythin else?"', lines: asked('Anythin else?'), exp: some({ anything: 'pass' }) },
  // the patron
  { name: 'patron: "nope thats evertyhing" says they are done', lines: patronThen('nope thats evertyhing'), exp: some({ anything: 'pass' }) },
  { name: 'near miss (patron done): "no more qeustions on that one. what about peppers?" asks more', lines: patronThen('no more qeustions on that one. what about peppers?'), exp: some({ anything: 'fail' }) },

  // ---- check-ins and notices
  { name: 'idle: "r u still ther?"', lines: idle('r u still ther?', GONE), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'idle: "Still thre?"', lines: idle('Still thre?', GONE), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'idle: "Are you sitll tehre?"', lines: idle('Are you sitll tehre?', GONE), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice: "Looks like youve disconnected; I will close tis chat now."', lines: idle('Are you still there?', "Looks like you've disconnected; I will close tis chat now."), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'notice: "Seems you left, Im going to end the caht."', lines: idle('Are you still there?', "Seems you left, I'm going to end the caht."), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'near miss (check-in): "Are you stil three weeks from planting?" ("three" is a word)', lines: idle('Are you stil three weeks from planting?', GONE), exp: some({ idle: 'fail', disconnect: 'pass' }) },

  // ---- greeting
  { name: 'greeting: "Thank you for contactign Ask a Librarian, this is Jo"', lines: greeted('Thank you for contactign Ask a Librarian, this is Jo.'), exp: some({ greeting: 'pass' }) },
  { name: 'greeting: "Hellooo, Jo here at the library"', lines: greeted('Hellooo, Jo here at the library!'), exp: some({ greeting: 'pass' }) },
  { name: 'near miss (greeting): "Jo at the library here. There is good mooring at the town dock." greets no one', lines: greeted('Jo at the library here. There is good mooring at the town dock.'), exp: some({ greeting: 'fail' }) },
  { name: 'near miss (greeting): "Jo at the library here. Hans Christian Andersen is at 398.2 AND." (a name, no thanks)', lines: greeted('Jo at the library here. Hans Christian Andersen is at 398.2 AND.'), exp: some({ greeting: 'fail' }) },

  // ---- follow-up promises with slips in the when
  { name: 'follow-up: "Ill email you the list next Mondya"', lines: promised("I'll email you the list next Mondya. Whats your email?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'follow-up: "Ill send it on Firday"', lines: promised("I'll send it on Firday, whats your emial?"), exp: some({ code: 'fail', contact: 'pass' }) },

  // ---- referral
  { name: 'referral: "Giv them a cal at 410-555-0100"', lines: answered('The county extension office answers that: giv them a cal at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referral: "emial the archives at archives@example.org"', lines: answered('Please emial the county archives at archives@example.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss (referral): "1,500 cal a day, the American Heart Association says" refers to no one', lines: answered(`${BOOK} The plan in chapter 2 allows 1,500 cal a day, as the American Heart Association advises.`), exp: some({ referral: 'na' }) },
  { name: 'near miss (referral): "Cal Poly\'s library has the thesis at lib.calpoly.edu" (a source)', lines: answered("Cal Poly's library has the thesis online at lib.calpoly.edu. Does that help?"), exp: some({ referral: 'na' }) },

  // ---- dismissal: slipped limits that are other limits
  { name: 'near miss (dismissal): "Youve reached the limt on renewals for that book, but you can place a new hold"', lines: more("You've reached the limt on renewals for that book, but you can place a new hold at samplelibrary.org/catalog.", 'can i renew the book again?'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss (dismissal): "When your tiem is up on the public PC, ask the desk to extend it."', lines: more('When your tiem is up on the public PC, ask the desk to extend it.', 'how long can i use the computers?'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal: "ok youve reached your limt, bye"', lines: more("ok you've reached your limt, bye"), exp: some({ dismissal: 'fail' }) },
];

/** The second batch: paraphrases probing E29's own words (labelled before running). */
export const second: SessionCase[] = [
  // courteous: the narrowed thanks and cheers, both ways
  { name: 'second, near miss (courteous): "Hans Brinker is a good read for kids too."', lines: bye('Hans Brinker is a good read for kids too.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "Its bigger than KS, by the way." (a comparative)', lines: bye("It's bigger than KS, by the way."), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "Jerry Garcia\'s biography is at 781.66."', lines: bye("Jerry Garcia's biography is at 781.66."), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "That umbrella is hers, I think."', lines: bye('That umbrella at the desk is hers, I think.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "Take acre of land, says chapter 2" ("acre" is a word)', lines: bye('Take acre by acre, says chapter 2.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, courteous: "Tahnks, Hans!" (thanks to a patron named Hans)', lines: bye('Tahnks, Hans!'), exp: some({ courteous: 'pass' }) },
  { name: 'second, courteous: "ok than ks for chatting!"', lines: bye('ok than ks for chatting!'), exp: some({ courteous: 'pass' }) },
  { name: 'second, courteous: Spanish "Muchas gracais!"', lines: bye('Muchas gracais!'), exp: some({ courteous: 'pass' }) },
  { name: 'second, courteous: "Cherrs, bye!"', lines: bye('Cherrs, bye!'), exp: some({ courteous: 'pass' }) },
  { name: 'second, courteous: "Cheerrs!"', lines: bye('Cheerrs!'), exp: some({ courteous: 'pass' }) },
  { name: 'second, courteous: "Tkae cre!"', lines: bye('Tkae cre!'), exp: some({ courteous: 'pass' }) },
  // hold: the narrowed moment words and the added holds
  { name: 'second, near miss (hold): "The portrait room shows one Monet, hanging alone."', lines: held('The portrait room shows one Monet, hanging alone.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "If the leaf has just a mite, rinse it off."', lines: held('If the leaf has just a mite, rinse it off.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "Currently looming large: the election books."', lines: held('Currently looming large: the election books on the new shelf.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "The bar with me in it is on page 2" ("bar" is a word)', lines: held('The photo of the bar with me in it is on page 2 of the newsletter.'), exp: some({ informed: 'pass' }) },
  { name: 'second, hold: "one momnet, please"', lines: held('one momnet, please'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: "just a minite"', lines: held('just a minite'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: "Let me have a lok at the catalog"', lines: held('Let me have a lok at the catalog'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: "I will chekc the shelf"', lines: held('I will chekc the shelf'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: "Sitll looking"', lines: held('Sitll looking'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: "Baer with me"', lines: held('Baer with me'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: "Serching on that now"', lines: held('Serching on that now'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: Spanish "Espere un mintuo"', lines: held('Espere un mintuo'), exp: some({ informed: 'fail' }) },
  { name: 'second, hold: Spanish "Permitame buscra"', lines: held('Permitame buscra'), exp: some({ informed: 'fail' }) },
  // completeness
  { name: 'second, completeness: "Is this usefull?"', lines: answered(`${BOOK} Is this usefull?`), exp: some({ complete: 'pass' }) },
  { name: 'second, completeness: Spanish "¿Le sirivo la informacion?"', lines: esAsked('¿Le sirivo la informacion?'), exp: some({ complete: 'pass' }) },
  { name: 'second, near miss (completeness): Spanish "¿En qué otra cosa le sirvo?" asks for anything else', lines: esAsked('¿En qué otra cosa le sirvo?'), exp: some({ complete: 'fail' }) },
  // anything else
  { name: 'second, anything else: "Any more qustions?"', lines: asked('Any more qustions?'), exp: some({ anything: 'pass' }) },
  { name: 'second, anything else: "Do you have any other qeustions for me?"', lines: asked('Do you have any other qeustions for me?'), exp: some({ anything: 'pass' }) },
  { name: 'second, anything else: "Need somethign else?"', lines: asked('Need somethign else?'), exp: some({ anything: 'pass' }) },
  { name: 'second, near miss (anything else): "Any other qestions on the worksheet are in the key."', lines: asked('Any other qestions on the worksheet are in the answer key.'), exp: some({ anything: 'fail' }) },
  { name: 'second, near miss (anything else): "I found somthing else you might like: 635 JON."', lines: asked('I found somthing else you might like: 635 JON.'), exp: some({ anything: 'fail' }) },
  { name: 'second, patron: "no more qestions, thanks!"', lines: patronThen('no more qestions, thanks!'), exp: some({ anything: 'pass' }) },
  { name: 'second, near miss (patron done): "no more qeustions on the tomato book. and peppers"', lines: patronThen('no more qeustions on the tomato book. and peppers'), exp: some({ anything: 'fail' }) },
  // check-ins and notices
  { name: 'second, idle: "Stil ther?"', lines: idle('Stil ther?', GONE), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'second, idle: "Hello? Still thre?"', lines: idle('Hello? Still thre?', GONE), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'second, near miss (check-in): "Is the copy stll thre?" asks about a book', lines: idle('Is the copy stll thre, on the hold shelf?', GONE), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'second, notice: "Seems you have disconnected, so I will close thsi chat now."', lines: idle('Are you still there?', 'Seems you have disconnected, so I will close thsi chat now.'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'second, notice: "Looks like youve gone; Ill end the chta."', lines: idle('Are you still there?', "Looks like you've gone; I'll end the chta."), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  // follow-up
  { name: 'second, follow-up: "Ill send the list on Fridya"', lines: promised("I'll send the list on Fridya. Whats your email?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'second, follow-up: "Ill get back to you next Tusday"', lines: promised("I'll get back to you next Tusday. Email?"), exp: some({ code: 'fail', contact: 'pass' }) },
  { name: 'second, near miss (follow-up): "Ill email you the list of books by Frida Kahlo" says no when', lines: promised("I'll email you the list of books by Frida Kahlo. Whats your email?"), exp: some({ code: 'fail', contact: 'fail' }) },
  // referral
  { name: 'second, referral: "gvie them a call at 410-555-0100"', lines: answered('The extension office knows: gvie them a call at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  // dismissal
  { name: 'second, near miss (dismissal): "Youve reached teh limt on holds, but you can cancel one"', lines: more("You've reached teh limt on holds, but you can cancel one to place another.", 'can i place another hold?'), exp: some({ dismissal: 'pass' }) },
  { name: 'second, near miss (dismissal): "Your tiem is up for the study room at 3"', lines: more('Your tiem is up for the study room at 3, so please book again online.', 'can i keep the study room?'), exp: some({ dismissal: 'pass' }) },
  { name: 'second, dismissal: "Youve hit your limt for today, I cant take more questions."', lines: more("You've hit your limt for today, I can't take more questions.") , exp: some({ dismissal: 'fail' }) },
  { name: 'second, dismissal: "your tiem is up, goodbye"', lines: more('your tiem is up, goodbye'), exp: some({ dismissal: 'fail' }) },
  // greeting
  { name: 'second, greeting: "Good moring, Jo at the library here"', lines: greeted('Good moring, Jo at the library here.'), exp: some({ greeting: 'pass' }) },
  { name: 'second, greeting: "Thanks for contacitng Ask Us, Im Dana"', lines: greeted("Thanks for contacitng Ask Us, I'm Dana."), exp: some({ greeting: 'pass' }) },
  { name: 'second, near miss (greeting): "Hans at the library here." (a name, no greeting)', lines: greeted('Hans at the library here.'), exp: some({ greeting: 'fail' }) },
  // more near misses in the words of E29's narrowings (labelled before running)
  { name: 'second, near miss (courteous): "Tans and browns fill the 1970s decor book."', lines: bye('Tans and browns fill the 1970s decor book.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "Ceres, the Roman goddess, is on page 12."', lines: bye('Ceres, the Roman goddess, is on page 12.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "The book is his, the DVD is hers."', lines: bye('The book is his, the DVD is hers.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "The stage show is called Cheer."', lines: bye('The stage show is called Cheer.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "Garcia\'s Market sells tomato seedlings."', lines: bye("Garcia's Market sells tomato seedlings."), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (courteous): "The Hans Christian Andersen Award list is at 028.5."', lines: bye('The Hans Christian Andersen Award list is at 028.5.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (hold): "The set has one mint, unused stamp."', lines: held('The set has one mint, unused stamp.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "Add one mite. Then count again."', lines: held('Add one mite. Then count again, as the lab sheet says.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "Give me a mint, said the man in the story."', lines: held('"Give me a mint," said the man in the story.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "The book ends with one omen."', lines: held('The book ends with one omen.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "I am arching the vines over the trellis in photo 3."', lines: held('In photo 3 I am arching the vines over the trellis.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (hold): "Just a mite, or spider mite, can ruin a crop."', lines: held('Just a mite, or a spider mite, can ruin a crop.'), exp: some({ informed: 'pass' }) },
  { name: 'second, near miss (dismissal): "Once you hit the limt on renewals, the book must come back."', lines: more('Once you hit the limt on renewals, the book must come back.', 'can i renew again?'), exp: some({ dismissal: 'pass' }) },
  { name: 'second, near miss (dismissal): "The tiem is up on the parking meter outside"', lines: more('The tiem is up on the parking meter outside at 6, by the way.', 'where do i park?'), exp: some({ dismissal: 'pass' }) },
  { name: 'second, near miss (completeness): Spanish "¿Cómo le sirvo hoy?" asks nothing about what was given', lines: esAsked('¿Cómo más le sirvo hoy?'), exp: some({ complete: 'fail' }) },
  { name: 'second, near miss (patron done): "no more qestions about the tomato book, but can you help with peppers"', lines: patronThen('no more qestions about the tomato book, but can you help with peppers'), exp: some({ anything: 'fail' }) },
  { name: 'second, near miss (courteous): "Hans, the clerk at the desk, can show you the shelf."', lines: bye('Hans, the clerk at the desk, can show you the shelf.'), exp: some({ courteous: 'fail' }) },
  { name: 'second, near miss (hold): "Each student gets one mint."', lines: held('At the tasting each student gets one mint.'), exp: some({ informed: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT (second batch): an older hold alternative ("still? (?:…|looking|…)", v-old) reads "stil" / "still looking" before "forward" alike; E24's and E29's own "still looking" take the "forward" guard; no hold: keep_informed pass
  { name: 'second, near miss (hold): "Stil looking forward to the sale!"', lines: held('Stil looking forward to the sale!'), exp: some({ informed: 'pass' }) },
  // LEFT: a title ("Let Me Lok Back", a family name Lok) spells E24's slipped hold word for word; v1 reads the unslipped title "Let Me Look Back" as a hold alike (only capitals or quotes tell a title, and text.ts lowers them): no hold, keep_informed pass
  { name: 'near miss (hold): the title "Let Me Lok Back" by the Lok family (a title: no search)', lines: held('The title is "Let Me Lok Back" by the Lok family, 920 LOK.'), exp: some({ informed: 'pass' }) },
  // LEFT: v1 reads the unslipped "Anything else by her is on the shelf too, ok?" alike (the "?" of a tag question): older versions' reading, not a slip's; anything else: fail
  { name: 'near miss (anything else): "Anythign else by her is on the shelf, ok?" asks no more needs', lines: asked('Anythign else by her is on the shelf too, ok?'), exp: some({ anything: 'fail' }) },
  // LEFT: the name "Cal" before "the <noun>" spells E24's slipped "call"; v1 reads the unslipped "Call the gardener …" alike, and only the sentence's grammar tells a name ("Cal, the gardener," with commas is not read); no referral: na
  { name: 'near miss (referral): "Cal the gardener is the hero of the story" (a name)', lines: answered(`${BOOK} In the novel, Cal the gardener leaves the county extension office.`), exp: some({ referral: 'na' }) },
  // LEFT: v1 reads the unslipped "The 2019 survey asked too many questions" alike (G20's "asked to many questions" too): a reported survey, older versions' reading; no dismissal: pass
  { name: 'near miss (dismissal): "The survey asked too mnay questions, patrons said."', lines: more('The 2019 survey asked too mnay questions, patrons said, so it was shortened.', 'why did the survey change?'), exp: some({ dismissal: 'pass' }) },
];

describeSessions('fortieth round (E29): E24 checked, whole sessions', whole);
describeSessions('fortieth round (E29): E24 checked, short cases', short);
describeSessions('fortieth round (E29): E24 checked, second batch', second);

describeLeft('fortieth-round-e29-checked', LEFT);
