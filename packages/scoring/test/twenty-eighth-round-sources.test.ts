/**
 * Twenty-eighth round, area (D3): SOURCES AND CLARIFYING QUESTIONS, the LEFT sweep. Earlier rounds' `LEFT` cases (labelled
 * from RUBRIC.md, not run) whose failing check is `info.source` or `inquiry.clarify`: a source read where there is none (a
 * format, a question sentence, a product, "any database", a negation, a call number's letters), a real source missed (a
 * partial result inside a hold, a newspaper named by its masthead, an Indian domain, a print reference copy), and questions
 * read wrongly as completeness or anything-else questions before anything was given.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken:
 * - a question with the completeness question's words asked before anything was given ("Is the catalog loading for you
 *   now?") is no completeness question (RUBRIC.md: "A question about something not yet given ... does not count") and so
 *   asks about the patron's situation, which clarifies; "Does that answer your question?" with nothing given still
 *   points back at something and never clarifies (RUBRIC.md names it);
 * - a hold message that reports a partial find naming a resource gives that source (Terms, "Hold message": "a message
 *   that gives a partial result but says the search goes on" is a hold; being a hold does not unsay the result);
 * - a newspaper named by its masthead with the item found ("a 1927 Times-Picayune item") names a publication;
 * - "we have it on microfilm" names a format, not a resource;
 * - the patron's title and author echoed back with "got it" restate the request.
 *
 * ROUND SUMMARY. Taken: 35 LEFT cases whose failing check is info.source or inquiry.clarify (the substantive-exchange
 * cases, the introduction-sentence answer and the voice-to-text run-on belong to other areas). Fixed and moved here
 * (`left`): 11. Dropped as mislabelled: 0 (every label re-read against RUBRIC.md held). Left in their files: 24.
 * Added: 21 sessions saying the fixed behaviours in other words (`fixes`: formal, chat-speak, British, non-native) and 12
 * near misses (`guards`). What each fix reads (settings set only in v29; block D3's phrases):
 * - `nothingGivenD3` (classify.ts, in clarifyNow's completeness branch): a question with the completeness question's
 *   words, before any provider message gave information and with only greetings, introductions, holds or restatements
 *   before it in its message, asks about the situation: "Is the catalog loading for you now?", "Was the Libraries
 *   Tasmania names index helpful at all, or did it stop too early?", "Is it help with this month's rent only, or are you
 *   also facing an eviction notice?" clarify. Not a question opening on a bare "that / this / it" ("Does that answer
 *   your question?", "Is this what you need?") unless a second option asks about the patron.
 * - block D3's `anythingElse[3]`: v1's "any topic(s) / thing(s)" not before "in mind" or ", like / such as / for
 *   example": "Any topic in mind, like magnets, weather, bugs?" asks about the need ["Any other topics?" still asks for
 *   more].
 * - `holdClauseSourceD3` (classify.ts sentenceSource): a hold sentence whose first clause, before a comma, semicolon or
 *   dash, states a find naming a resource gives that source: "I see the 1974 proceedings volume in WorldCat at two
 *   libraries so far, still checking for a digital copy.", "The Hagerstown Herald-Mail for 1987 is on microfilm in our
 *   Western Maryland Room; I'll look through March" ["Let me check WorldCat, one moment.", "Nothing in WorldCat so far,
 *   still checking."].
 * - `formatOnlyD3` (classify.ts namedSource): "ok we have it on microfilm." (a format said of a pronoun at the sentence's
 *   start, nothing else named) gives no source ["The Fresno Bee for 1987 isn't in our online databases; it's on
 *   microfilm…", "The Dayton Daily News for 1950 is on microfilm at Central." still do].
 * - `newspaperItemD3` (classify.ts namedSource and sourceNow's gate): a masthead word right before an item noun ("a 1927
 *   Times-Picayune item", "a Baltimore Sun article", "a Daily Telegraph piece") names a publication ["I couldn't find a
 *   Tribune article", "That Post Office notice"].
 * - `initialQuestionD3` (classify.ts sentenceSource): a question sentence the splitter left uncut after a single letter
 *   ("… in the catalog at 551.55 R. Will those work for your project?") is read up to that letter as a statement
 *   ["Would you like me to search the catalog for it?"].
 * - `titleEchoRestateD3` (classify.ts clarifyNow): v25 Z2's title echo ("Plainsong by Kent Haruf, got it.") restates the
 *   request ["Plainsong by Kent Haruf is on the shelf at Harmony." gives the source].
 * - block D3's `url`: an Indian domain with a path or under .gov.in / .nic.in / .co.in / .ac.in … ("connemaralibrary.in/
 *   membership") ["checked.in at the desk"].
 * Left (24), each with its reason in its file: the patron's own e-mail or number read back as a source (4, and the
 * read-back before "Which code year?"), a signature's phone read as a source, apps with steps inside them (Hoopla, Libby:
 * v1's appName + webSteps, older cases count "the Libby app, tap …"), sources named only to say they lack the item
 * ("neither lists", "not in our catalog yet", "doesn't show any copies") that older rounds read as the catalogue given,
 * "the ProQuest print-on-demand desk", "a print reference copy" of the patron's standard, a book named in a question, the
 * "R. W." citations, "So the PIN works on the website but not in cloudLibrary" (no "you"), the relayed archivist's
 * question, "What's his name?" about a kitten, delivery questions ("Want me to send the link to you on your phone?",
 * "laptop or phone number"), and the widget and bounced-mail questions after something was already done.
 */
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

const HOUR = 3600;

/** Earlier rounds' LEFT cases this round fixed (moved here, each with its file). */
const left: SessionCase[] = [
  {
    // from eighteenth-round-delivery.test.ts
    // v23 (X2, left again): "microfilm" is a named resource in the family; narrowing "we have it on microfilm" would
    // turn sessions where the microfilm is the answer.
    // LEFT: "we have it on microfilm" read as a named resource (a format, no resource named); the SMS contact reading runs
    // in the short case below. ("Ask Evansville Library, Mo here." was read as a referral too, the known "Ask <name>" weak
    // spot; the merge's `serviceHereSM` reads it as the service's name since.)
    name: 'SMS: "i\'ll txt u when the scan is done, prob tmrw": in an SMS the number is the channel, never given in the chat; contact fails',
    lines: [
      [0, 'p', 'can u scan the obits page from the Courier Mar 3 1998'],
      [25, 'l', 'hi! Ask Evansville Library, Mo here. u mean the Evansville Courier & Press?'],
      [55, 'p', 'yes'],
      [65, 'l', "ok we have it on microfilm. i'll pull it and txt u the scan link when its done, prob tmrw afternoon"],
      [90, 'p', 'ty!!'],
      [95, 'l', 'np, thx for texting EVPL!'],
    ],
    over: FU_ME,
    // reading: the SMS number is not a contact "given or repeated back" in the chat; code: no contact known → fails too
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // from eleventh-round-falsepass.test.ts
    // v23: "I see a 1927 Times-Picayune item" names a newspaper item, a one-off wording; reading "<publication> item /
    // clipping" as a named resource would be keyed on common words.
    // LEFT: "a 1927 Times-Picayune item" names a newspaper article (a publication: a named resource), but no family has
    // newspaper titles; a family of masthead words (Times, Tribune, Picayune, Gazette…) would also catch "the Times" as a
    // time and company names. (Outside this round's area: a false fail.)
    name: 'research centre: a scan promised "by Wednesday" to an address the patron typed, but coded Answered: resolution.code fails',
    lines: [
      [0, 'p', 'Hello, I am researching the Hotel Monteleone, was there a fire there in the 1920s?'],
      [30, 'l', "Good afternoon, you're chatting with Remy at The Historic New Orleans Collection's Williams Research Center. Do you mean a fire at the hotel itself, or on its block?"],
      [80, 'p', 'at the hotel, my grandfather said he worked there during a fire'],
      [88, 'l', 'Let me look in our newspaper index.'],
      [180, 'l', 'I see a 1927 Times-Picayune item about a kitchen fire at the Monteleone. The clipping file is not digitized, so I will pull it tomorrow and send you a scan by Wednesday. What e-mail should I send it to?'],
      [220, 'p', 'r.thibodeaux@yahoo.com'],
      [226, 'l', 'Thank you, I have r.thibodeaux@yahoo.com. Anything else I can look for while I am in the files?'],
      [250, 'p', 'no that is everything'],
      [255, 'l', 'Thanks for contacting THNOC, goodbye!'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // from twenty-fourth-round-identifiers.test.ts
    // LEFT: inquiry.clarify fails. "Is it help with this month's rent only, or…?" is read as a completeness question (v1's
    // completeness alternative 0 takes "is it … help"), so no question comes before the source; not numbers, and
    // completeness is not this block's. The referral half ("call 211", "text your zip code to 898-211") runs as short cases.
    // reading: "call 211" is a phone (a dialable three-digit number), "text your zip code to 898-211" too; the Community Action
    // Agency comes with a phone and a site
    name: 'Anne Arundel, rent help: eviction notice asked, Maryland 211 ("call 211, or text your zip code to 898-211"), the Community Action Agency at 410-626-1900 and aacaa.org',
    lines: [
      [0, 'p', 'i need help paying rent this month, who can help? im in anne arundel county'],
      [20, 'l', "Hi, you're chatting with Ask Us Now! I'm Lou, a librarian at Anne Arundel County Public Library."],
      [27, 'l', "Is it help with this month's rent only, or are you also facing an eviction notice?"],
      [60, 'p', 'just this month, no notice yet'],
      [68, 'l', "Maryland 211 connects people with rent assistance near them: call 211, or text your zip code to 898-211. Anne Arundel's Community Action Agency also has an emergency rent program, 410-626-1900, aacaa.org. Does that help?"],
      [110, 'p', 'yeah ill call 211 now thanks'],
      [115, 'l', 'Good luck. Is there anything else I can help you with?'],
      [140, 'p', 'no'],
      [144, 'l', 'Take care, goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // from twenty-fourth-round-proxies.test.ts
    // reading: "The Hagerstown Herald-Mail for 1987 is on microfilm in our Western Maryland Room" names a resource (a
    // newspaper, with where it is held): a source
    // LEFT: info.source fails. A newspaper's title on microfilm is no named resource to the scorer; newspapers are named
    // like any capitalised words, and reading them would touch every source reading (not this round's area).
    name: 'the Herald-Mail for 1987 on microfilm in the Western Maryland Room, to be searched for the patron, names a source',
    lines: [
      [0, 'p', 'I am looking for the obituary of my brother-in-law, Harold Wentz, died 1987 in Hagerstown'],
      [44, 'l', "Good morning, I'm Denise from Washington County Free Library. Do you know roughly the month he died?"],
      [120, 'p', 'March I think'],
      [128, 'l', "Thank you. The Hagerstown Herald-Mail for 1987 is on microfilm in our Western Maryland Room; I'll look through March and April tomorrow morning and send a scan of the obituary by Thursday. What's your email?"],
      [160, 'p', 'wentz.m@verizon.net'],
      [166, 'l', 'Thank you, take care!'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // from twenty-fourth-round-settings-checked.test.ts
    // left: the echo is no source now (Z2), but the scorer reads no restatement in "<Title> by <Author>, got it.", so
    // nothing comes before the shelf answer; counting it as a restatement is a widening, outside this narrowings-only wave
    // reading (Z2's): the patron's own title echoed back is a restatement, then the shelf answer with a call
    // number is the source
    name: 'near miss: "Plainsong by Kent Haruf, got it." echoes the request before the answer: clarify passes',
    lines: [
      [0, 'p', 'hi looking for plainsong by kent haruf'],
      [30, 'l', 'Hello, Dale at the Fort Collins library.'],
      [36, 'l', 'Plainsong by Kent Haruf, got it.'],
      [60, 'l', 'It is on the shelf at Harmony, call number FIC HARUF.'],
      [80, 'p', 'thanks'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    // from twenty-second-round-academic.test.ts
    // recorded 40 h after the end: on time.
    // LEFT: info.source fails. The one source is a partial result inside a hold, "I see the 1974 proceedings volume in
    // WorldCat at two libraries so far, still checking for a digital copy.": RUBRIC.md's literal text makes a named
    // resource given to the patron a source, and a hold may give a partial result; the scorer reads no source in any
    // sentence that also holds ("Let me check WorldCat" gives nothing yet), and telling a finding from a look-up inside one
    // sentence would change how every hold sentence is read (broad, outside this area's narrow fixes).
    name: 'a faculty member needs a 1974 conference paper: the venue asked, a hold with a partial result, the provider will order it and e-mail the PDF "by Thursday", address confirmed, Follow-up by me, done at 40 h',
    lines: [
      [0, 'p', 'Hello, I am looking for Harlow, H. F. (1974) paper in the Proceedings of the Midwestern Psychological Association. Our library has nothing. Can you help?'],
      [31, 'l', 'Hello Professor, this is Lin Wei at the Ridgeway College library after-hours desk.'],
      [36, 'l', 'Do you know the session title or the page numbers? The proceedings were not always indexed.'],
      [80, 'p', 'pp. 112-118, I believe, but not certain'],
      [88, 'l', "Thanks. Let me search, one moment."],
      [180, 'l', 'I see the 1974 proceedings volume in WorldCat at two libraries so far, still checking for a digital copy.'],
      [270, 'l', 'No digital copy anywhere I can reach. I will order pages 112-118 through interlibrary loan and e-mail you the PDF by Thursday. Is your college address best?'],
      [300, 'p', 'Yes, dmarsh@ridgeway.edu'],
      [306, 'l', 'Got it: dmarsh@ridgeway.edu, PDF by Thursday. Is there anything else you need tonight?'],
      [330, 'p', 'No, that is everything. Thank you.'],
      [335, 'l', 'Thank you, Professor Marsh. Good night.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(340 + 40 * HOUR), by: 'jo', note: 'ILL placed, PDF sent' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // from twenty-sixth-round-asking.test.ts
    // reading: before anything was given, "Is the catalog loading for you now?" asks about the patron's situation
    // LEFT: clarify fails. The question has the completeness question's shape ("is the <thing> loading for you"), and a
    // completeness-shaped question before anything was given is read as one except right after the introduction in the
    // provider's first message (v15 O3); reading every such question as clarifying would reopen older cases where an
    // answer the scorer does not see as one came before "Does that help?". (Written as the near miss of `chatCheckB1`.)
    name: 'near miss: "Is the catalog loading for you now?" before the source: clarify passes',
    lines: [
      [0, 'p', 'the catalog keeps spinning'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'Is the catalog loading for you now?'],
      [40, 'p', 'no'],
      [46, 'l', 'Try the mobile catalog at m.samplecountylibrary.org while we fix it. Does that help?'],
      [70, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // from twenty-sixth-round-promising.test.ts
    // LEFT: clarify passes. "Any topic in mind, like magnets, weather, bugs?" is a question about the need, read as not one
    // (clarifying questions are another area's; the declined offer this case is about scores right: no follow-up)
    // (a) an offer the patron turns down: no follow-up session
    name: 'Baltimore County, homeschool science kits: "want me to email u the list too?" — "nah im good": no follow-up',
    lines: [
      [0, 'p', 'do yall have science kits for homeschool? grade 4'],
      [26, 'l', "Hi! Jess here, a librarian with Baltimore County Public Library."],
      [31, 'l', 'Any topic in mind, like magnets, weather, bugs?'],
      [60, 'p', 'anything with magnets or circuits'],
      [66, 'l', 'Let me look in the catalog.'],
      [140, 'l', 'We have the Snap Circuits Jr. kit and the Magnet Science Lab kit, both for ages 8+. Search "STEAM kit" at bcpl.info to see them and place holds. Does that help? Want me to email u the list too?'],
      [171, 'p', 'nah im good, screenshotted it. thats all i needed'],
      [177, 'l', 'Sounds good! Thanks for chatting, have fun with the kits!'],
    ],
    exp: usual(),
  },
  {
    // from twenty-sixth-round-waiting.test.ts
    // LEFT: info.source fails. The call number's last letter and the next sentence, "551.55 R. Will those work…?", are
    // read as an initial and a name ("R. Will"), so the two sentences are one question and its sources are not counted:
    // sentence splitting (text.ts), outside this round's area.
    name: 'partial result, "Found two articles so far, still going through the rest." 115 s after a hold and 118 s before the rest: informed passes',
    lines: [
      [0, 'p', 'do you have articles about the 1977 blizzard in buffalo? for a school project'],
      [25, 'l', "Hi! I'm Dana, a librarian at Buffalo & Erie County Public Library. What grade is the project for, and how many sources do you need?"],
      [55, 'p', '8th grade, 3 sources'],
      [62, 'l', 'Let me search our newspaper databases.'],
      [177, 'l', 'Found two articles so far, still going through the rest.'],
      [295, 'l', 'Here you go: two Buffalo News articles from January 1977 in the Buffalo News archive database (on our website under Research > Newspapers), and the book White Death: Blizzard of \'77 by Erno Rossi, in the catalog at 551.55 R. Will those work for your project?'],
      [330, 'p', 'yes!! thats all i need'],
      [336, 'l', 'Great, good luck with it! Bye!'],
    ],
    exp: usual(),
  },
  {
    // from twenty-third-round-contacts-checked.test.ts
    // left: ".in" is not read as a domain (the URL family), an older gap that needs a widening; the whole case runs with
    // ".org"
    // reading: a domain is a source
    name: 'membership rules on "connemaralibrary.in/membership" give a source',
    lines: [
      [0, 'p', 'how to get library membership'],
      [27, 'l', 'Good evening, Lakshmi from Connemara Public Library. Is it for yourself or a child?'],
      [60, 'p', 'myself'],
      [68, 'l', 'The membership rules are on connemaralibrary.in/membership.'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // from twenty-third-round-endings-checked.test.ts
    // left: v23's "Was the <one to three words> helpful…?" reads the same question about what the patron already tried
    // ("Was the names index helpful at all, or…"); Y2 only lengthened it, and telling the patron's attempt from the
    // provider's answer is an older reading a fix would overturn
    // reading: about the index the patron already tried, before anything given: a question about the need
    name: '"Was the Libraries Tasmania names index helpful at all, or did it stop too early?" about what the patron tried: clarify passes',
    lines: [
      [0, 'p', 'trying to find my great great grandmother, convict, came to hobart 1840s. i tried the libraries tasmania site already'],
      [24, 'l', "G'day, Sam at the State Library of Tasmania here."],
      [32, 'l', 'Was the Libraries Tasmania names index helpful at all, or did it stop too early?'],
      [80, 'p', 'found her arrival but nothing after'],
      [90, 'l', 'Her conduct record should be on the Tasmanian Archives site, stors.tas.gov.au, under CON40.'],
      [130, 'p', 'thanks'],
    ],
    exp: some({ clarify: 'pass' }),
  },
];

/** `greet` then `q` from the provider (4 s apart), after the patron's `ask`; then the patron's reply and `answer`. */
const asked = (ask: string, greet: string, q: string, reply: string, answer: string, end = 'ok thanks, that is all'): Line[] => [
  [0, 'p', ask],
  [20, 'l', greet],
  [24, 'l', q],
  [50, 'p', reply],
  [60, 'l', answer],
  [90, 'p', end],
];

/** New sessions saying each fixed behaviour in other words (labelled before the scorer ran). */
const fixes: SessionCase[] = [
  // nothingGivenD3: a completeness-shaped question before anything was given asks about the situation
  {
    name: 'formal: "Is the Libby app opening for you at the moment?" before anything was given: clarify passes',
    lines: asked('the Libby app keeps closing on me', 'Good afternoon, you have reached Ask a Librarian at Harford County Public Library; this is Priya.', 'Is the Libby app opening for you at the moment?', 'no it closes right away', 'Please reinstall it, then sign in again; the steps are at hcplonline.org/libby-help. Did that fix it?'),
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'chat-speak: "is the renew button workin for u now?" before anything was given: clarify passes',
    lines: asked('cant renew my books online', 'heyy, mo here w/ westside library ask us', 'is the renew button workin for u now?', 'nope greyed out', 'ur card expired, renew it at westsidelib.org/card n then the button works. that help?'),
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'British: "Was the Findmypast census search any use to you, or did it not turn him up?" about what the patron tried: clarify passes',
    lines: asked('Looking for my great-grandfather in the 1921 census, tried findmypast', 'Hiya, Tom at Leeds Libraries here.', 'Was the Findmypast census search any use to you, or did it not turn him up?', "it didn't find him", 'Try Ancestry Library Edition on any Leeds library computer, searching by his birth year and parish. Does that help?'),
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'non-native: "The PressReader is working for you now?" before anything was given: clarify passes',
    lines: asked('I cannot open the e-newspaper', 'Hello, this is Anand from Chennai Central Library.', 'The PressReader is working for you now?', 'no, blank page', 'Kindly use the PressReader app with your card number, steps are at chennailib.example.org/pressreader. It is ok now?'),
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  // anythingElse[3] narrowed: "any topic in mind / , like …" asks about the need
  {
    name: '"Any topics in mind for him, like trucks or animals?" asks about the need: clarify passes',
    lines: asked('need books for my 7 yr old', 'Hi! Jess here, a librarian with Baltimore County Public Library.', 'Any topics in mind for him, like trucks or animals?', 'trucks', 'Try Little Blue Truck by Alice Schertle, in the catalog at bcpl.info. Does that help?'),
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'chat-speak "any topic, like sports or horses?" asks about the need: clarify passes',
    lines: asked('need a nonfiction book for school', 'hi! its jess @ bcpl', 'any topic, like sports or horses?', 'horses', 'try Horses by Seymour Simon, its in the catalog at bcpl.info. that work?'),
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'British: "Any topic in mind, for example the Tudors or the Romans?" asks about the need: clarify passes',
    lines: asked('my daughter needs a history book for a project', 'Hello, Sue at Kent Libraries here.', 'Any topic in mind, for example the Tudors or the Romans?', 'the Romans', 'Have a look at Horrible Histories: The Rotten Romans by Terry Deary, in our catalogue at kent.gov.uk/libraries. Is that the sort of thing?'),
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  // holdClauseSourceD3: a partial find before the hold gives a source
  {
    name: 'partial result "I found the 1873 Titus atlas in the Maryland State Archives catalog so far; still looking for the 1890s plats.": source passes',
    lines: [
      [0, 'p', 'need plat maps of Frederick county 1890s'],
      [20, 'l', 'Hello, Sam at the Maryland State Library. Which town?'],
      [40, 'p', 'Middletown'],
      [50, 'l', 'Let me look.'],
      [150, 'l', 'I found the 1873 Titus atlas in the Maryland State Archives catalog so far; still looking for the 1890s plats.'],
      [260, 'l', 'Nothing later is online, sorry. Does the atlas help?'],
      [290, 'p', 'yes thats all, thanks'],
    ],
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    name: 'British partial result "There is a copy in the British Newspaper Archive already, I am still searching the local papers.": source passes',
    lines: [
      [0, 'p', 'Was the 1953 Lynmouth flood in the Bideford papers?'],
      [20, 'l', 'Good morning, Ellie at Devon Libraries. Which month are you after?'],
      [40, 'p', 'August'],
      [50, 'l', 'Bear with me.'],
      [150, 'l', 'There is a copy in the British Newspaper Archive already, I am still searching the local papers.'],
      [260, 'l', 'That is the only one, I am afraid. Is that useful?'],
      [290, 'p', 'yes, that is all'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'chat-speak partial result "found 2 in JSTOR so far, still checking": source passes',
    lines: [
      [0, 'p', 'need peer reviewed stuff on bike lanes'],
      [20, 'l', 'hey, kai @ ask us here! for a class?'],
      [40, 'p', 'yeah urban planning'],
      [50, 'l', 'one sec'],
      [150, 'l', 'found 2 in JSTOR so far, still checking'],
      [260, 'l', 'thats it for now, does that help?'],
      [290, 'p', 'ya thats all'],
    ],
    exp: some({ source: 'pass' }),
  },
  // formatOnlyD3: "we have it on microfilm" names a format
  {
    name: '"Yes, we have them on microfiche at Central." names a format, no resource: source fails',
    lines: asked('do you have the 1950 city directories', 'Hi, Jo at Sample County Library.', 'For which city?', 'Dayton', 'Yes, we have them on microfiche at Central.'),
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: '"It\'s on microfilm in the basement." names a format, no resource: source fails',
    lines: asked('is the 1911 census for my town at the library', 'Hello, Rae at Hamilton Public Library.', 'Which town is it?', 'Dundas', "It's on microfilm in the basement."),
    exp: some({ source: 'fail' }),
  },
  // newspaperItemD3: a newspaper's item named by its masthead
  {
    name: '"There is a Baltimore Sun article from May 3, 1968 about the fire." names a publication: source passes',
    lines: asked('was there a fire at the Hutzler\'s store in 1968', 'Hello, Nia at Enoch Pratt Free Library.', 'Do you know the month?', 'May', 'There is a Baltimore Sun article from May 3, 1968 about the fire. Would you like me to send a scan?'),
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    name: 'British: "There is a Daily Telegraph piece on the wedding, 14 June 1934." names a publication: source passes',
    lines: asked('any newspaper report of my grandparents wedding 1934?', 'Hello, Ellie at Devon Libraries.', 'Where was the wedding?', 'Exeter Cathedral', 'There is a Daily Telegraph piece on the wedding, 14 June 1934.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'chat-speak: "found it!! a boston globe obituary from march 1977, page 42" names a publication: source passes',
    lines: asked('looking for my uncles obit, died boston 1977', 'hi! its sam w ask a librarian', 'do u know the month?', 'march', 'found it!! a Boston Globe obituary from march 1977, page 42'),
    exp: some({ source: 'pass' }),
  },
  // initialQuestionD3: the statement before "<letter>. <question>"
  {
    name: '"The catalog shows it at Central under 973.7 L. Do you want me to put it on hold?" gives the catalogue: source passes',
    lines: asked('do you have a book on the Gettysburg address', 'Hi, Jo at Sample County Library.', 'For kids or adults?', 'adults', 'The catalog shows it at Central under 973.7 L. Do you want me to put it on hold?'),
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    name: '"The ebook is in our OverDrive collection under Smith J. Is that ok?" gives the collection: source passes',
    lines: asked('is there an ebook of the county history by john smith', 'Hello, Pat at Fresno County Public Library.', 'Which county, ours?', 'yes', 'The ebook is in our OverDrive collection under Smith J. Is that ok?'),
    exp: some({ source: 'pass' }),
  },
  // titleEchoRestateD3: the patron's title echoed back restates the request
  {
    name: '"The Overstory by Richard Powers, ok." echoes the request before the answer: clarify passes',
    lines: [
      [0, 'p', 'do you have the overstory by richard powers'],
      [20, 'l', 'Hi, Kim at Mesa Library.'],
      [24, 'l', 'The Overstory by Richard Powers, ok.'],
      [50, 'l', 'It is on the shelf at Main, call number FIC POWERS.'],
      [70, 'p', 'thanks'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'chat-speak "beloved by toni morrison, noted!" echoes the request before the answer: clarify passes',
    lines: [
      [0, 'p', 'u got beloved by toni morrison'],
      [20, 'l', 'hey its deb @ ask us'],
      [24, 'l', 'beloved by toni morrison, noted!'],
      [50, 'l', '2 copies in at eastside, call number FIC MORRISON'],
      [70, 'p', 'ty'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  // url: an Indian domain with a path or under .gov.in / .nic.in
  {
    name: '"The ration card forms are on tnpds.gov.in" gives a domain: source passes',
    lines: asked('where do i get ration card form', 'Good evening, Lakshmi from Connemara Public Library.', 'Is it a new card or a change?', 'new card', 'The ration card forms are on tnpds.gov.in'),
    exp: some({ source: 'pass' }),
  },
  {
    name: '"NCERT textbooks are free at ncert.nic.in/textbook.php" gives a URL: source passes',
    lines: asked('need class 8 science textbook', 'Hello, Anand from Chennai Central Library here.', 'English or Tamil medium?', 'english', 'NCERT textbooks are free at ncert.nic.in/textbook.php'),
    exp: some({ source: 'pass' }),
  },
];

/** Near misses: the same words for something else, that must not change (labelled before the scorer ran). */
const guards: SessionCase[] = [
  {
    name: 'near miss (nothingGivenD3): "Is this what you need?" before anything was given points back at nothing: clarify fails',
    lines: [
      [0, 'p', 'do you have the new Grisham'],
      [20, 'l', 'Hi, Jo at Sample County Library.'],
      [26, 'l', 'Is this what you need?'],
      [50, 'p', '?'],
      [60, 'l', 'The Exchange by John Grisham is in the catalog at samplelib.org/exchange.'],
      [80, 'p', 'ok thanks'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss (nothingGivenD3): "Does that help?" right after an answer asks completeness, not about the need: clarify fails',
    lines: [
      [0, 'p', 'when does the main branch close'],
      [20, 'l', 'Hi, Jo at Sample County Library. The main branch closes at 9 tonight.'],
      [26, 'l', 'Does that help?'],
      [50, 'p', 'and the other branches?'],
      [60, 'l', 'All hours are at samplelib.org/hours.'],
      [80, 'p', 'ok thanks'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss (anythingElse): "Any other topics?" after the source still asks for anything else: anything_else passes',
    lines: [
      [0, 'p', 'books on volcanoes for kids'],
      [20, 'l', 'Hi, Jess at BCPL. What age?'],
      [40, 'p', '8'],
      [50, 'l', 'Try Volcanoes by Seymour Simon, in the catalog at bcpl.info. Any other topics?'],
      [70, 'p', 'no thats all'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass', clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss (anythingElse): "Any more questions in mind?" after the source still asks for anything else: anything_else passes',
    lines: [
      [0, 'p', 'is there a book on composting'],
      [20, 'l', 'Hi, Jess at BCPL. For a garden or an apartment?'],
      [40, 'p', 'garden'],
      [50, 'l', 'Try Let It Rot! by Stu Campbell, in the catalog at bcpl.info. Any more questions in mind?'],
      [70, 'p', 'nope'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss (holdClauseSourceD3): "Let me check WorldCat, one moment." and then nothing found: source fails',
    lines: [
      [0, 'p', 'who has the 1923 Dunmore yearbook'],
      [20, 'l', 'Hi, Theo at Ask Here PA. Dunmore High or St. Mary\'s?'],
      [40, 'p', 'dunmore high'],
      [50, 'l', 'Let me check WorldCat, one moment.'],
      [150, 'l', 'Sorry, no library lists it.'],
      [180, 'p', 'ok thats all'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (holdClauseSourceD3): "Nothing in WorldCat so far, still checking." and then nothing found: source fails',
    lines: [
      [0, 'p', 'who has the 1923 Dunmore yearbook'],
      [20, 'l', 'Hi, Theo at Ask Here PA. Dunmore High or St. Mary\'s?'],
      [40, 'p', 'dunmore high'],
      [50, 'l', 'One moment.'],
      [150, 'l', 'Nothing in WorldCat so far, still checking.'],
      [250, 'l', 'Sorry, no library lists it anywhere.'],
      [280, 'p', 'ok thats all'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (formatOnlyD3): "The Dayton Daily News for 1950 is on microfilm at Central." names the newspaper: source passes',
    lines: asked('do you have old Dayton newspapers', 'Hi, Jo at Sample County Library.', 'Which year?', '1950', 'The Dayton Daily News for 1950 is on microfilm at Central.'),
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss (newspaperItemD3): "I couldn\'t find a Tribune article about it, sorry." gives nothing: source fails',
    lines: asked('was the 1952 mill fire in the paper', 'Hello, Nia at Ask Us.', 'Which town?', 'Millbrook', "I couldn't find a Tribune article about it, sorry."),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (newspaperItemD3): "That Post Office notice comes from the federal government." names no newspaper: source fails',
    lines: asked('what is this notice about my mail hold', 'Hello, Nia at Ask Us.', 'What does it say at the top?', 'USPS hold mail', 'That Post Office notice comes from the federal government.'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (initialQuestionD3): "Would you like me to search the catalog for it?" gives nothing: source fails',
    lines: asked('do you have a book on the Gettysburg address', 'Hi, Jo at Sample County Library.', 'For kids or adults?', 'adults', 'Would you like me to search the catalog for it?', 'no thanks, that is all'),
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (titleEchoRestateD3): "Plainsong by Kent Haruf is on the shelf at Harmony." first gives the source: clarify fails',
    lines: [
      [0, 'p', 'hi looking for plainsong by kent haruf'],
      [30, 'l', 'Hello, Dale at the Fort Collins library.'],
      [36, 'l', 'Plainsong by Kent Haruf is on the shelf at Harmony.'],
      [60, 'p', 'thanks'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss (url .in): "All the returns are checked.in at the desk now." names no domain: source fails',
    lines: asked('did my returns go through', 'Hello, Anand from Chennai Central Library here.', 'Which books?', 'the two atlases', 'All the returns are checked.in at the desk now.'),
    exp: some({ source: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describeSessions('twenty-eighth round (D3): earlier rounds\' LEFT cases, fixed', left);
describeSessions('twenty-eighth round (D3): the fixed behaviours in other words', fixes);
describeSessions('twenty-eighth round (D3): near misses of the changes', guards);

describeLeft('twenty-eighth-round-sources', LEFT);
