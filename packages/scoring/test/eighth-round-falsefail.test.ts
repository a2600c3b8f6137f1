/**
 * Eighth round, area (H): FALSE FAILS. Sessions where every behaviour the rubric asks for IS there, phrased
 * the way real providers phrase it and not yet read: greetings with the name in odd places ("Good morning,
 * Lena here from the Wicomico library", "Hey! Marcus on the Ask Us desk", a name in a sign-off, "you're
 * through to the Local Studies team"); holds in chat-speak and British ("Give me two shakes", "Digging
 * now", "won't be two ticks", "still on it!", a partial result with the search going on) whose reading
 * decides where the final idle begins; clarifying questions that are statements with a question ("You
 * mean the 2019 edition, right?", "Tell me a bit more about what the assignment asks for?"); sources
 * cited in APA / MLA or by a named database or publication ("I found it in ProQuest Historical
 * Newspapers", "per the Maryland Manual"); completeness ("Does that hit the spot?", "Did that do the
 * trick?", "Is that any use?"); anything else ("What else is on your list?", "Any other burning
 * questions?"); courteous closings ("Happy reading!", "Pop back in any time"); idle check-ins ("You
 * still with me?", "Did I lose you?"); disconnect notices ("I haven't heard from you in a while; I'll
 * close this chat in a couple of minutes"); follow-up promises with a contact confirmed and a time;
 * referrals with contacts in many shapes; transfers with reasons. Voices: public, school and academic
 * libraries, SMS, British, Spanish, terse, chatty, emoji-heavy, typos.
 *
 * Statuses are read from the literal text of RUBRIC.md. The whole cases give ALL 17 checks (`usual()` is an
 * ordinary good session; each case says where it differs); the short ones after them give a few; `near`
 * holds near misses beside the readings v8 (H) widened ("check back in a few days" is no hold, "Let's find
 * you a manual" no source, "They can mail you a copy" no promise, "Your best bet is the catalog" no
 * referral). `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, type Line, all, some, who, sys, type Key, type St, at, T0, FU_ME, FU_LIB, other, usual } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** The patron went quiet after the answer; the provider checked in and then gave notice. */
const gone = (over: Partial<Record<Key, St>> = {}) => usual({ idle: 'pass', disconnect: 'pass', ...over });

/** Every provider and internal line of `lines` written by `name` (unless it names its own author). */
const by = (name: string, id: string, lines: Line[]): Line[] =>
  lines.map((l) => ((l[1] === 'l' || l[1] === 'i') && !l[3] ? [l[0], l[1], l[2], who(name, id)] : l));
const desk = (name: string, id: string, library = 'TST') => ({ provider: { id, name, library } });

const RAVI = who('Ravi Menon', 'ravi');
const AISHA = who('Aisha Greene', 'aisha');
const TEXT = who('HCPL Text', 'hcpl-text');
const CELL = { authorId: '+14105550123', author: '+14105550123' };

export const whole: SessionCase[] = [
  // ---- openings: greetings with the name in odd places -------------------------------------------------------------
  {
    name: '"Good morning, Lena here from the Wicomico library, what can I find for you?"; "Does that hit the spot?"; "Happy fishing!"',
    lines: by('Lena', 'lena', [
      [0, 'p', 'Hi, I need the tide times for this weekend'],
      [22, 'l', 'Good morning, Lena here from the Wicomico library, what can I find for you?'],
      [30, 'l', 'Are you after Ocean City or somewhere up the bay, like Nanticoke?'],
      [55, 'p', 'Ocean City inlet'],
      [70, 'l', "NOAA publishes the predictions: tidesandcurrents.noaa.gov, search Ocean City Inlet and choose the dates. High tide Saturday is 6:42 am. Does that hit the spot?"],
      [100, 'p', "perfect, that's all i needed"],
      [106, 'l', 'Happy fishing, and take care!'],
    ]),
    over: desk('Lena', 'lena', 'WIC'),
    exp: usual(),
  },
  {
    name: '"Hey! Marcus on the Ask Us desk - what\'s up?" (school library); "You mean the 2019 edition, right?"; "Did that do the trick?"; "What else is on your list?"',
    lines: by('Marcus', 'marcus', [
      [0, 'p', 'do u have the outsiders book for english 9'],
      [15, 'l', "Hey! Marcus on the Ask Us desk - what's up?"],
      [19, 'l', 'You mean the 2019 edition, right? The one with the orange cover your class is using?'],
      [40, 'p', 'ya that one'],
      [55, 'l', 'We have 4 copies in the school library catalog, call number FIC HIN, and 2 are on the shelf right now: destiny.wcps.k12.md.us. Did that do the trick?'],
      [80, 'p', 'yes thx'],
      [85, 'l', 'What else is on your list?'],
      [110, 'p', 'nothing lol thats it'],
      [115, 'l', 'Cool, good luck with the essay!'],
    ]),
    over: desk('Marcus', 'marcus', 'WHS'),
    exp: usual(),
  },
  {
    name: 'the greeting alone first ("Hi there!"), the name and library in the second ("Raj here, one of the research librarians at Loyola Notre Dame Library")',
    lines: by('Raj P.', 'raj', [
      [0, 'p', 'Looking for peer reviewed articles on bilingual education outcomes'],
      [18, 'l', 'Hi there!'],
      [24, 'l', "Raj here, one of the research librarians at Loyola Notre Dame Library - I'm reading through your question now."],
      [30, 'l', 'Tell me a bit more about what the assignment asks for? Is it US schools only, and any date range?'],
      [75, 'p', 'US, last 10 years, its for EDU 310'],
      [90, 'l', 'ERIC is the best fit: lndl.org/databases > ERIC (EBSCO). Search "dual language" AND "academic achievement", limit to Peer Reviewed and 2014-2024. Is that the kind of thing you had in mind?'],
      [130, 'p', 'yes exactly, that covers everything'],
      [136, 'l', 'Great! Good luck with the paper!'],
    ]),
    over: desk('Raj P.', 'raj', 'LNDL'),
    exp: usual(),
  },
  {
    name: 'the name in a sign-off ("Hiya! ... ~ Kim @ Cecil County Public Library"); "Any other burning questions?"; "Pop back in any time"',
    lines: by('Kim', 'kim', [
      [0, 'p', 'when does the elkton branch open on sundays'],
      [14, 'l', 'Hiya! Are you asking about this Sunday, or regular hours? ~ Kim @ Cecil County Public Library'],
      [40, 'p', 'regular'],
      [48, 'l', 'Elkton is open Sundays 1-5 pm from September to May, closed Sundays in summer. Hours are on cecilcountylibrary.org/locations. Does that answer it?'],
      [70, 'p', 'yep'],
      [74, 'l', 'Any other burning questions?'],
      [90, 'p', 'nope all good'],
      [95, 'l', 'Pop back in any time!'],
    ]),
    over: desk('Kim', 'kim', 'CCPL'),
    exp: usual(),
  },
  {
    name: 'the service as the identity ("Welcome to Ask a Librarian at Towson University Libraries!"), terse provider; "Make sense?"; "Anything further?"',
    lines: [
      [0, 'p', 'how do I get into jstor from off campus'],
      [12, 'l', 'Welcome to Ask a Librarian at Towson University Libraries!'],
      [16, 'l', 'Are you starting from the library website, or going to their site directly?'],
      [45, 'p', 'jstor.org directly'],
      [55, 'l', 'Go through the library instead: library.towson.edu > Databases A-Z > JSTOR. It will ask for your NetID once. Make sense?'],
      [80, 'p', 'yes got in!'],
      [84, 'l', 'Anything further?'],
      [100, 'p', "no that's it"],
      [103, 'l', 'Thanks for using Ask a Librarian.'],
    ],
    exp: usual(),
  },
  {
    name: 'British: "Good afternoon, you\'re through to the Local Studies team at Norfolk Libraries"; "Is that any use?"; "Cheers, all the best"',
    lines: by('Local Studies', 'norfolk-ls', [
      [0, 'p', 'Hello, I am trying to find out when my grandfather\'s school in Dereham was built'],
      [30, 'l', "Good afternoon, you're through to the Local Studies team at Norfolk Libraries. Do you know the school's name, or roughly which street it stood on?"],
      [80, 'p', 'Crown Road I believe, it was the boys school'],
      [95, 'l', "Kelly's Directory of Norfolk (1883) lists the Crown Road Board School as 'erected 1878'. You can view it free on the University of Leicester's Special Collections: specialcollections.le.ac.uk, search Kelly Norfolk 1883. Is that any use?"],
      [150, 'p', 'Brilliant, that is exactly it. That is all I wanted to know.'],
      [158, 'l', 'Lovely. Cheers, all the best with the family history!'],
    ]),
    over: desk('Local Studies', 'norfolk-ls', 'NOR'),
    exp: usual(),
  },
  {
    name: 'emoji-heavy teen desk: "Hey hey 👋 Jess from the Teen Zone here!"; "Did that help at all? 🤞"; "Need anything else?"; "Happy reading! 📚"',
    lines: by('Jess', 'jess', [
      [0, 'p', 'can u recommend books like hunger games'],
      [20, 'l', 'Hey hey 👋 Jess from the Teen Zone here!'],
      [25, 'l', 'Do you want more dystopian stuff, or more of the survival/action vibe? 🤔'],
      [50, 'p', 'dystopian def'],
      [65, 'l', 'Try Divergent by Veronica Roth, Legend by Marie Lu, and The Scorch Trials by James Dashner 🔥 NoveList Plus on our eResources page has more read-alikes: library.fcpl.org/teens. Did that help at all? 🤞'],
      [90, 'p', 'yesss'],
      [94, 'l', 'Need anything else?'],
      [110, 'p', 'nah im good'],
      [114, 'l', 'Happy reading! 📚'],
    ]),
    over: desk('Jess', 'jess', 'FCPL'),
    exp: usual(),
  },
  {
    name: 'SMS: "Hello from the Harford County Public Library text line! Librarian Dana here."; "did that work?"; "anything else i can look up?"',
    lines: [
      [0, 'p', 'whats the wifi password at bel air branch', CELL],
      [40, 'l', 'Hello from the Harford County Public Library text line! Librarian Dana here.', TEXT],
      [45, 'l', 'Are you on a phone or a laptop? The laptop login is different.', TEXT],
      [80, 'p', 'phone', CELL],
      [90, 'l', 'Join HCPL-Public, then accept the terms on the page that pops up - no password. Help page: hcplonline.org/wifi. did that work?', TEXT],
      [130, 'p', 'yep im on', CELL],
      [135, 'l', 'anything else i can look up?', TEXT],
      [150, 'p', 'no', CELL],
      [155, 'l', 'ok, thanks for texting!', TEXT],
    ],
    over: { source: 'sms', patron: { name: null, email: null, phone: '+14105550123' }, ...desk('HCPL Text', 'hcpl-text', 'HCPL') },
    exp: usual(),
  },
  {
    name: 'Spanish: "¡Buenas tardes! Le atiende Carmen, bibliotecaria de Langley Park"; "¿Entonces busca el formulario en español?"; "¿Le sirvió?"; "¿Algo más?"',
    lines: by('Carmen', 'carmen', [
      [0, 'p', 'necesito el formulario para tarjeta de biblioteca'],
      [25, 'l', '¡Buenas tardes! Le atiende Carmen, bibliotecaria de la Biblioteca de Langley Park.'],
      [30, 'l', '¿Entonces busca el formulario en español, para usted o para un niño?'],
      [60, 'p', 'para mi, en español'],
      [72, 'l', 'Está en pgcmls.info/tarjeta, elija "Español" arriba. Puede llenarlo en línea y recoger la tarjeta con su identificación. ¿Le sirvió?'],
      [110, 'p', 'si muchas gracias'],
      [115, 'l', '¿Algo más en que le pueda ayudar?'],
      [130, 'p', 'no, es todo'],
      [135, 'l', '¡Que tenga buen día!'],
    ]),
    over: desk('Carmen', 'carmen', 'PGCMLS'),
    exp: usual(),
  },
  {
    name: 'picked up at exactly 60 s: "Greetings from the Hagerstown library\'s Ask Us desk - this is Pat."; "Fiction or non?"; "Does that cover it?"',
    lines: by('Pat', 'pat', [
      [0, 'p', 'i want something on the battle of antietam for my dad'],
      [60, 'l', "Greetings from the Hagerstown library's Ask Us desk - this is Pat. Fiction or non?"],
      [90, 'p', 'nonfiction, he likes maps'],
      [105, 'l', 'The Maps of Antietam by Bradley Gottfried is perfect - full battle maps page by page. 973.7336 GOT at the Hagerstown branch, on the shelf now. Does that cover it?'],
      [140, 'p', 'yes thats the one. nothing else, thank you'],
      [145, 'l', 'Thanks for chatting, enjoy!'],
    ]),
    over: desk('Pat', 'pat', 'WCFL'),
    exp: usual(),
  },

  // ---- holds in many voices: where the final idle begins ---------------------------------------------------------
  {
    name: 'holds "Give me two shakes" and "still on it!" before the answer; the patron reads and goes; "Good luck with the paper!" 15 s later (final idle 15 s)',
    lines: [
      [0, 'p', "hi, I need the population of Maryland in 1850 and 1900 for a history paper"],
      [20, 'l', "Hi, this is Jo at Sample County Library! Do you need the total only or by county?"],
      [50, 'p', 'just total'],
      [60, 'l', 'Give me two shakes.'],
      [170, 'l', 'still on it!'],
      [280, 'l', 'The 1850 census counted 583,034 people in Maryland and the 1900 census 1,188,044 (Maryland Manual, "Population" table: msa.maryland.gov/msa/mdmanual). Does that hit the spot?'],
      [295, 'l', 'Good luck with the paper!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a partial result with the search going on ("Found two so far, still digging for a third") and "Digging now - back in a flash" are holds; final idle from the answer',
    lines: [
      [0, 'p', 'I need three scholarly sources on food deserts in Baltimore'],
      [25, 'l', "Hello! I'm Jo, a librarian with the University of Baltimore Langsdale Library. Do they have to be peer reviewed, and any date limit?"],
      [60, 'p', 'peer reviewed, after 2015'],
      [70, 'l', 'Digging now - back in a flash.'],
      [180, 'l', 'Found two so far, still digging for a third: Buczynski et al. (2015) in Journal of Hunger & Environmental Nutrition and Misiaszek et al. (2018) in Journal of Urban Health.'],
      [290, 'l', 'Third one: Behrooz et al. (2020), Baltimore City Food Environment Report, in Academic Search Complete. All three are on langsdale.ubalt.edu > Databases. Is that what you were looking for?'],
      [305, 'l', 'Best of luck with the project, and thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'British holds: "Won\'t be two ticks", "Still beavering away on this one, sorry"; "Does that fit the bill?"; "Ta-ra"',
    lines: [
      [0, 'p', 'Hi there, I want to know who lived at 14 Elm Row in Leith in 1911'],
      [30, 'l', 'Hello, Jo at Edinburgh Central Library here. Is it the 1911 census return you need, or the valuation roll?'],
      [70, 'p', 'the census'],
      [80, 'l', "Won't be two ticks."],
      [190, 'l', 'Still beavering away on this one, sorry!'],
      [300, 'l', 'The 1911 return for 14 Elm Row is on ScotlandsPeople: scotlandspeople.gov.uk, under Census Returns 1911, Leith North, district 692/2. Does that fit the bill?'],
      [318, 'l', 'Ta-ra for now, and thanks for getting in touch!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'chat-speak holds: "one sec lemme look", "pulling it up now 🔍"; the patron is done ("that answers everything thx")',
    lines: [
      [0, 'p', 'hey is there a fee for late laptops'],
      [15, 'l', "hi! this is Jo from the Sample County Library chat. is it a chromebook from the branch or one of the take-home hotspot kits?"],
      [40, 'p', 'chromebook'],
      [45, 'l', 'one sec lemme look'],
      [150, 'l', 'pulling it up now 🔍'],
      [250, 'l', 'Chromebooks are $5 a day late, max $50, per our Borrowing Policy page: samplecountylib.org/policies/borrowing. Did that answer it?'],
      [280, 'p', 'yep that answers everything thx'],
      [286, 'l', 'np, have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'a formal hold ("I shall need a few minutes to consult our databases; I appreciate your patience") and "Thank you for waiting, I am nearly there"',
    lines: [
      [0, 'p', 'Good evening. I require the 1968 annual report of the Maryland State Roads Commission.'],
      [35, 'l', 'Good evening, and thank you for contacting the Maryland State Library. My name is Jo. Do you require the full report or only the financial statements?'],
      [90, 'p', 'The full report, please.'],
      [100, 'l', 'I shall need a few minutes to consult our databases; I appreciate your patience.'],
      [215, 'l', 'Thank you for waiting, I am nearly there.'],
      [320, 'l', 'The full report is digitised in HathiTrust: babel.hathitrust.org, search "State Roads Commission of Maryland report 1968". Does this completely answer your question?'],
      [335, 'l', 'Thank you for using the Maryland State Library. Good evening.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'terse holds ("Checking." "Still checking.") every ~100 s keep the patron informed',
    lines: [
      [0, 'p', 'what year did the B&O railroad museum open'],
      [20, 'l', 'Hi, Jo at Baltimore County Public Library. Do you mean the museum in its current form, or when the B&O first showed its collection?'],
      [45, 'p', 'the museum itself'],
      [50, 'l', 'Checking.'],
      [150, 'l', 'Still checking.'],
      [250, 'l', '1953, per the museum\'s own history page: borail.org/history. The roundhouse building dates from 1884. That what you needed?'],
      [275, 'p', 'yes, thanks, thats everything'],
      [280, 'l', 'Welcome. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: '"Let me just pop into the catalogue - hang fire a sec" and "Nearly got it, bear with" (British, terse) end before the answer; final idle from the answer',
    lines: [
      [0, 'p', 'Have you got any books on dry stone walling'],
      [20, 'l', 'Hello! Jo here from Cumbria Libraries. Are you after a practical how-to, or the history of walls in the Lakes?'],
      [50, 'p', 'how to'],
      [60, 'l', 'Let me just pop into the catalogue - hang fire a sec.'],
      [165, 'l', 'Nearly got it, bear with.'],
      [270, 'l', "Dry Stone Walling: A Practical Handbook by Alan Brooks (BTCV) - two copies at Kendal, one at Penrith. Reserve it at cumbria.gov.uk/libraries. Is that the sort of thing you're after?"],
      [285, 'l', 'Cheers, and happy walling!'],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- clarifying: statements with a question, restatements ------------------------------------------------------
  {
    name: 'a restatement with no question mark ("Just so I\'m on the right track: you\'re after primary sources, not articles about it") before the source',
    lines: [
      [0, 'p', 'I need stuff on the 1919 Baltimore race riots for my history seminar, like from the time'],
      [25, 'l', "Hi, I'm Jo at Johns Hopkins' Milton S. Eisenhower Library."],
      [30, 'l', "Just so I'm on the right track: you're after primary sources from 1919, not articles written about it later."],
      [60, 'p', 'right'],
      [75, 'l', 'ProQuest Historical Newspapers has the Baltimore Sun and the Afro-American for 1919: guides.library.jhu.edu/newspapers. Search "riot" with the date set to July 1919. How does that look?'],
      [120, 'p', 'great, lots there'],
      [125, 'l', 'Anything else I can dig up for you?'],
      [145, 'p', 'no thank you'],
      [150, 'l', 'Take care, and good luck with the seminar.'],
    ],
    exp: usual(),
  },
  {
    name: '"When you say recent, how recent are we talking?"; "Would that work for your project?" after the answer; "Was there something else?"',
    lines: [
      [0, 'p', 'need recent stats on teen vaping in maryland'],
      [20, 'l', "Hello, you've reached the Ask Us Now! librarian, Jo speaking."],
      [25, 'l', 'When you say recent, how recent are we talking? The state survey runs every two years.'],
      [60, 'p', 'like 2021 or later'],
      [75, 'l', 'The Maryland Youth Risk Behavior Survey 2021-2022 has it by county: health.maryland.gov/phpa/ccdpc/Reports. Table 12 is current e-cigarette use. Would that work for your project?'],
      [110, 'p', 'yes!'],
      [114, 'l', 'Was there something else?'],
      [130, 'p', 'no thats all i needed'],
      [134, 'l', 'Glad to help, bye now!'],
    ],
    exp: usual(),
  },
  {
    name: 'a situation question with a tag ("And you\'re on a Chromebook, not Windows?"); "Were you able to get it open?"; patron "I\'m all set"',
    lines: [
      [0, 'p', "the ebook won't download on my school computer"],
      [25, 'l', "Hi! This is Jo, the librarian at Parkville High's media center."],
      [30, 'l', "And you're on a Chromebook, not a Windows laptop?"],
      [55, 'p', 'yeah chromebook'],
      [65, 'l', 'Chromebooks cannot run the download app, so read it in the browser: Sora (soraapp.com), sign in with your school ID, tap the book, choose Read. Were you able to get it open?'],
      [120, 'p', "yes it works. I'm all set"],
      [125, 'l', 'Awesome, have a good class!'],
    ],
    exp: usual(),
  },
  {
    name: 'a deadline question ("What\'s the due date on this one?") and "Sounds like you need the full text, not just the abstract - correct me if I\'m wrong"',
    lines: [
      [0, 'p', 'I found an article abstract but cant get the article. Its in Journal of Nursing Education 2017'],
      [30, 'l', "Hi there, Jo at Salisbury University Libraries here. Sounds like you need the full text, not just the abstract - correct me if I'm wrong. What's the due date on this one?"],
      [80, 'p', 'yes full text, due monday'],
      [95, 'l', 'We have it in CINAHL Complete with full text: libraries.salisbury.edu > Databases > CINAHL, search the title in quotes, then PDF Full Text. If it had not been there, ILL would take 2-3 days, so you are fine. Were you able to get the PDF?'],
      [150, 'p', 'got it, thank you so much. no more questions'],
      [155, 'l', 'You are very welcome, good luck Monday!'],
    ],
    exp: usual(),
  },
  {
    name: 'an imperative clarification ("Tell me a little more about your project - which side of the family, and roughly when?"); "Does that get you started?"',
    lines: [
      [0, 'p', 'I want to trace my family history and I have no idea where to start'],
      [30, 'l', "Welcome! I'm Jo, the genealogy librarian at the Enoch Pratt Free Library."],
      [35, 'l', 'Tell me a little more about your project - which side of the family, and roughly when did they come to Maryland?'],
      [100, 'p', "my mom's side, they came from Poland around 1905"],
      [120, 'l', 'Start with Ancestry Library Edition, free inside any Pratt branch: prattlibrary.org/genealogy. Search the 1910 census for the family name in Baltimore, then the passenger lists. Does that get you started?'],
      [170, 'p', 'yes this is great'],
      [175, 'l', 'Can I help with anything else while you are here?'],
      [195, 'p', 'no, thats everything for today'],
      [200, 'l', 'Enjoy the search, and come back any time!'],
    ],
    exp: usual(),
  },

  // ---- sources: named databases, publications, citations ---------------------------------------------------------
  {
    name: 'a named database as the source ("I found it in ProQuest Historical Newspapers"); "Is that along the lines of what you need?"',
    lines: [
      [0, 'p', 'when did the Pratt library first open, and was there an article about it'],
      [20, 'l', 'Hello, Jo here from the State Library Resource Center. Do you mean the Central Library on Cathedral Street, or the system itself?'],
      [50, 'p', 'the system'],
      [60, 'l', 'The Enoch Pratt Free Library opened on January 4, 1886. I found it in ProQuest Historical Newspapers: the Baltimore Sun of January 5, 1886 has a front-page story. Is that along the lines of what you need?'],
      [100, 'p', 'yes that is what I wanted, thanks. That is all.'],
      [105, 'l', 'Thank you for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'a publication as the source ("per the Maryland Manual"); "Does that clear things up?"',
    lines: [
      [0, 'p', 'who is my state senator? I live in district 43'],
      [25, 'l', 'Hi! Jo at Enoch Pratt Free Library. Is that District 43 in Baltimore City? There are a 43A and 43B for delegates, but one senator.'],
      [55, 'p', 'yes Baltimore city, senator'],
      [65, 'l', 'Per the Maryland Manual, the District 43 senator is Mary L. Washington. Her office contacts are in the Manual\'s Senate listing. Does that clear things up?'],
      [100, 'p', 'yep. I have no more questions'],
      [105, 'l', 'Wonderful, thanks for asking!'],
    ],
    exp: usual(),
  },
  {
    name: 'an APA citation as the source; "Is that enough to go on?"; "Something more I can look up for you?"',
    lines: [
      [0, 'p', 'need one scholarly article about sleep and college grades'],
      [25, 'l', "Hello! I'm Jo, a reference librarian at Frostburg State University. Should it be an empirical study, and does your professor want it from the last five years?"],
      [70, 'p', 'empirical, any year'],
      [85, 'l', 'Try this one: Hershner, S. D., & Chervin, R. D. (2014). Causes and consequences of sleepiness among college students. Nature and Science of Sleep, 6, 73-84. It is open access. Is that enough to go on?'],
      [130, 'p', 'yes perfect'],
      [135, 'l', 'Something more I can look up for you?'],
      [150, 'p', 'no thanks'],
      [155, 'l', 'Thanks for using chat, good luck!'],
    ],
    exp: usual(),
  },
  {
    name: 'an MLA book citation with a call number as the source; "Will that do?"; "Have a lovely weekend"',
    lines: [
      [0, 'p', 'my teacher said i need a book source about harriet tubman not a website'],
      [20, 'l', "Hi! I'm Jo from the Dorchester County Public Library. Is it for a report on her life, or on the Underground Railroad?"],
      [45, 'p', 'her life'],
      [60, 'l', 'Use this one: Larson, Kate Clifford. Bound for the Promised Land: Harriet Tubman, Portrait of an American Hero. Ballantine, 2004. It is at the Cambridge branch, call number B TUBMAN LAR. Will that do?'],
      [95, 'p', 'yes thank you thats all'],
      [100, 'l', 'Have a lovely weekend!'],
    ],
    exp: usual(),
  },
  {
    name: 'a named database reached through the eResources page ("Chilton Library has the repair manual"); "Are you seeing it now?"',
    lines: [
      [0, 'p', 'need a repair manual for a 2009 honda civic'],
      [18, 'l', 'Hey there, this is Jo at the Anne Arundel County Public Library! Which job are you doing - brakes, timing belt, something else?'],
      [40, 'p', 'brakes'],
      [50, 'l', 'Chilton Library has the full manual with brake diagrams: aacpl.net/eresources > Chilton Library, log in with your card, pick 2009 Honda Civic > Brakes. Are you seeing it now?'],
      [110, 'p', 'yes got it, ty thats all'],
      [115, 'l', 'Good luck with the brakes! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a statistical publication cited by table ("According to the Statistical Abstract 2012, Table 1091"); "Did I get at what you needed?"',
    lines: [
      [0, 'p', 'how many miles of interstate highway were there in the US in 2009'],
      [30, 'l', 'Good afternoon, Jo with the Ask a Librarian service at UMBC. Do you mean Interstate only, or all National Highway System roads?'],
      [75, 'p', 'interstate only'],
      [90, 'l', 'According to the Statistical Abstract of the United States 2012, Table 1091, there were 47,013 miles of Interstate in 2009 (census.gov/library/publications/2011/compendia/statab/131ed.html). Did I get at what you needed?'],
      [140, 'p', 'yes, exactly. done for now'],
      [145, 'l', 'Thanks for stopping by!'],
    ],
    exp: usual(),
  },

  // ---- idle patrons: check-ins and disconnect notices ----------------------------------------------------------
  {
    name: '"You still with me?" then "I haven\'t heard from you in a while; I\'ll close this chat in a couple of minutes. Feel free to chat back anytime!"',
    lines: [
      [0, 'p', 'how do I renew my passport, does the library do that'],
      [20, 'l', "Hi, I'm Jo with the Montgomery County Public Libraries. Are you renewing an adult passport that isn't expired more than 5 years?"],
      [50, 'p', 'yes adult'],
      [60, 'l', 'Adult renewals go by mail with form DS-82, or online at travel.state.gov/renewonline. Libraries only take new applications. Did that help?'],
      [200, 'l', 'You still with me?'],
      [300, 'l', "I haven't heard from you in a while; I'll close this chat in a couple of minutes. Feel free to chat back anytime!"],
    ],
    exp: gone({ anything: 'fail' }),
  },
  {
    name: '"Did I lose you?" and "Looks like we got cut off, so I\'m going to wrap up this chat. Come back whenever you like."',
    lines: [
      [0, 'p', 'is the central branch parking garage free'],
      [25, 'l', 'Hey! Jo at the Baltimore County Public Library here. Which branch do you mean by central, Towson?'],
      [60, 'p', 'towson'],
      [70, 'l', 'The Towson branch has 2 free hours in the county garage on Washington Ave with validation at the desk (bcpl.info/locations/towson). Does that answer your question? Anything else?'],
      [200, 'l', 'Did I lose you?'],
      [290, 'l', "Looks like we got cut off, so I'm going to wrap up this chat. Come back whenever you like."],
    ],
    exp: gone(),
  },
  {
    name: '"Are you there?" then "It seems you\'ve stepped away - I\'ll end our session shortly. Thanks for using AskUsNow!"',
    lines: [
      [0, 'p', 'i need help finding a job application for the county'],
      [30, 'l', 'Hello and thank you for contacting AskUsNow! My name is Jo. Which county, and is there a particular job?'],
      [70, 'p', 'howard county, parks'],
      [85, 'l', 'Howard County jobs, parks included, are on governmentjobs.com/careers/howardcounty; click Recreation & Parks under Departments. Is that what you were looking for?'],
      [215, 'l', 'Are you there?'],
      [300, 'l', "It seems you've stepped away - I'll end our session shortly. Thanks for using AskUsNow!"],
    ],
    exp: gone({ anything: 'fail' }),
  },
  {
    name: 'one message both checks in and gives notice ("Still around? If I don\'t hear back I\'ll assume you got disconnected and close the chat"), then a goodbye',
    lines: [
      [0, 'p', 'whats the late fee for dvds'],
      [20, 'l', "Hi! This is Jo at Carroll County Public Library. Is it a DVD or one of the Blu-ray kits?"],
      [40, 'p', 'dvd'],
      [50, 'l', 'Good news, CCPL is fine-free for DVDs since 2019: library.carr.org/fines. Did that help?'],
      [240, 'l', "Still around? If I don't hear back I'll assume you got disconnected and close the chat."],
      [300, 'l', 'Closing now. Thanks for chatting, take care!'],
    ],
    exp: gone({ anything: 'fail' }),
  },
  {
    name: 'Spanish idle: "¿Sigue ahí?" then "Parece que se desconectó; voy a cerrar el chat. ¡Vuelva cuando quiera!"',
    lines: by('Carmen', 'carmen', [
      [0, 'p', 'tienen clases de ingles gratis'],
      [20, 'l', '¡Hola! Soy Carmen, bibliotecaria de la Biblioteca Pública del Condado de Montgomery. ¿Busca clases en persona o en línea?'],
      [50, 'p', 'en persona'],
      [60, 'l', 'Hay clases de conversación gratis en Wheaton y Long Branch: montgomerycountymd.gov/library/esl. ¿Le sirve esa información?'],
      [190, 'l', '¿Sigue ahí?'],
      [280, 'l', 'Parece que se desconectó; voy a cerrar el chat. ¡Vuelva cuando quiera!'],
    ]),
    over: desk('Carmen', 'carmen', 'MCPL'),
    exp: gone({ anything: 'fail' }),
  },
  {
    name: 'an idle with a hold before the answer ("Hang in there, pulling the record"): the final idle starts at the answer; "Hellooo, you still there?" and a notice',
    lines: [
      [0, 'p', 'I need the deed for my house, 22 Oak Lane Easton'],
      [25, 'l', "Hi, Jo at Talbot County Free Library. Do you know roughly when you bought it?"],
      [55, 'p', '2011'],
      [60, 'l', 'Hang in there, pulling the record.'],
      [165, 'l', 'Maryland land records are free online at mdlandrec.net (free account): Talbot County, 2011, search your name. Your deed should be in Liber 1900-ish. Does that work for you?'],
      [300, 'l', 'Hellooo, you still there?'],
      [370, 'l', "Since it's gone quiet on your end, I'll sign off this chat now. Thanks for reaching out!"],
    ],
    exp: gone({ anything: 'fail' }),
  },

  // ---- follow-ups promised: contact confirmed, time given --------------------------------------------------------
  {
    name: '"I\'ll dig deeper and shoot you an email by Thursday noon" with the address confirmed ("Is mokafor@umbc.edu still the best address?")',
    lines: [
      [0, 'p', 'I need the original 1973 environmental impact statement for the Bay Bridge second span'],
      [30, 'l', "Hi, I'm Jo at UMBC's Albin O. Kuhn Library. Do you need the whole EIS or just the summary?"],
      [70, 'p', 'whole thing if possible'],
      [85, 'l', "It isn't digitized anywhere I can reach from here. I'll dig deeper and shoot you an email by Thursday noon. Is mokafor@umbc.edu still the best address?"],
      [120, 'p', 'yes that works'],
      [126, 'l', 'Great. Anything else in the meantime?'],
      [140, 'p', 'no, thank you'],
      [145, 'l', 'Talk soon!'],
    ],
    over: FU_ME,
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'the patron types the address, the provider reads it back and gives "no later than Friday"; an interim source with "Does that help for now?"',
    lines: [
      [0, 'p', 'looking for the obituary of James Whitlock, died march 1962 in Cumberland'],
      [25, 'l', 'Good morning, this is Jo at Allegany County Library System. Do you know which paper, the Cumberland News or the Evening Times?'],
      [60, 'p', 'no idea sorry'],
      [75, 'l', "No problem. Our microfilm isn't online, so I'll check both papers for March 1962 myself. Meanwhile, his death record index is at msa.maryland.gov. Does that help for now? What's a good email for me to send the obituary to?"],
      [120, 'p', 'whitlock.fam@gmail.com'],
      [130, 'l', "Got it - whitlock.fam@gmail.com. You'll have a scan from me no later than Friday."],
      [150, 'p', "great that's all i need"],
      [155, 'l', 'Thanks so much, bye for now!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'the patron\'s library follows up ("someone at your branch will call you at 443-555-0199 within two business days"); number typed by the patron',
    lines: [
      [0, 'p', 'i want to book the meeting room at the severna park branch for a girl scout meeting'],
      [30, 'l', "Hello, I'm Jo, a librarian with AskUsNow! Which date are you hoping for, and how many people?"],
      [70, 'p', 'march 21, about 15 people'],
      [80, 'l', "Room bookings go through the branch, and I can't see their calendar from here. Can I pass your request to the Severna Park staff? What's the best number for them to reach you?"],
      [120, 'p', '443-555-0199'],
      [130, 'l', "Thanks! Someone at the Severna Park branch will call you at 443-555-0199 within two business days to confirm the room. Anything else I can help with?"],
      [150, 'p', "no that's it, thanks"],
      [155, 'l', 'My pleasure, thanks for chatting!'],
    ],
    over: FU_LIB,
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'SMS follow-up to the patron\'s typed number ("I\'ll text you the list at 410-555-0123 later this afternoon"); the code is set',
    lines: [
      [0, 'p', 'do any branches have a sewing machine to borrow', CELL],
      [45, 'l', 'Hello from the Harford County Public Library text line! Librarian Dana here. Do you mean to take home, or to use in a makerspace?', TEXT],
      [80, 'p', 'take home. my number is 410-555-0123 if you need it', CELL],
      [95, 'l', "Which branches have one changes weekly, so I'll check with the branches and text you the list at 410-555-0123 later this afternoon. ok?", TEXT],
      [130, 'p', 'ok thx thats all', CELL],
      [135, 'l', 'thanks for texting!', TEXT],
    ],
    over: { ...FU_ME, source: 'sms', patron: { name: null, email: null, phone: null }, ...desk('HCPL Text', 'hcpl-text', 'HCPL') },
    exp: followed({ source: 'fail', complete: 'fail' }),
  },

  // ---- referrals with contacts in many shapes ---------------------------------------------------------------------
  {
    name: 'referral "Your best bet is the Register of Wills office - 410-222-1397 or registerofwills.maryland.gov"',
    lines: [
      [0, 'p', 'how do i get a copy of my dads will, he died last year in annapolis'],
      [30, 'l', "Hi, I'm Jo at Anne Arundel County Public Library. Sorry for your loss. Was the estate opened in probate, do you know?"],
      [70, 'p', 'yes my brother did that'],
      [85, 'l', "Then the will is on file with the county. Your best bet is the Anne Arundel Register of Wills office - 410-222-1397 or registerofwills.maryland.gov. They can mail you a copy. Does that help?"],
      [120, 'p', 'yes thank you. thats all'],
      [125, 'l', 'Take care of yourself.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British referral "Give the Record Office a ring on 01603 222599, or drop them a line at archives@norfolk.gov.uk"',
    lines: [
      [0, 'p', 'I need to see the parish registers for Swaffham from the 1700s'],
      [25, 'l', 'Good morning, this is Jo on the Norfolk Libraries enquiry line. Are you wanting baptisms, marriages, or burials?'],
      [60, 'p', 'baptisms'],
      [75, 'l', "The originals are at the Norfolk Record Office. Give them a ring on 01603 222599, or drop them a line at archives@norfolk.gov.uk to book a seat. Does that point you the right way?"],
      [120, 'p', 'Yes thanks, that is everything'],
      [128, 'l', 'Lovely, cheerio!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'two referrals, each with a contact: "stop by the Maryland Room (301-600-1370)" and "write to the Historical Society at info@frederickhistory.org"',
    lines: [
      [0, 'p', "I'm researching a house on Market Street in Frederick, who built it and when"],
      [25, 'l', "Hi! Jo at Frederick County Public Libraries. Do you have the house number?"],
      [50, 'p', '217 N Market'],
      [65, 'l', "Two places will know. Stop by the Maryland Room at C. Burr Artz Library (301-600-1370) for the city directories, and write to the Heritage Frederick historical society at info@frederickhistory.org for their house files. Is that what you were after?"],
      [110, 'p', 'yes great'],
      [114, 'l', 'Any other questions today?'],
      [130, 'p', 'no thats it'],
      [135, 'l', 'Good luck with the research!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a school referral to the counselor with her e-mail ("reach out to Ms. Ortiz in the counseling office, cortiz@hcps.org")',
    lines: [
      [0, 'p', 'how do i get a work permit im 15'],
      [20, 'l', "Hi! I'm Jo, the school librarian at Howard High. Are you working in Maryland?"],
      [40, 'p', 'yes'],
      [50, 'l', "You need a Maryland work permit from the Department of Labor: labor.maryland.gov/labor/wages/wpminors.shtml. Ms. Ortiz in the counseling office signs off on them, so reach out to her at cortiz@hcps.org. Does that help you out?"],
      [90, 'p', 'ya thx. nothing else'],
      [95, 'l', 'Good luck with the job!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a referral to a named specialist with a postal address and phone ("the Maryland State Archives, 350 Rowe Blvd, Annapolis; 410-260-6400")',
    lines: [
      [0, 'p', 'Where can I get a certified copy of my divorce decree from 1990 in Baltimore County'],
      [30, 'l', "Good afternoon, you've reached Jo at the Baltimore County Public Library. Was it finalized in the Circuit Court?"],
      [60, 'p', 'yes'],
      [75, 'l', "Circuit Court records from 1990 have been moved to the Maryland State Archives. Contact their reference staff at 350 Rowe Blvd, Annapolis, MD 21401, phone 410-260-6400; they can certify the copy. Does that answer your question?"],
      [115, 'p', "yes it does, that's all"],
      [120, 'l', 'Thanks for using our service!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- transfers with reasons ----------------------------------------------------------------------------------------
  {
    name: 'transfer with a reasoned note and a notice ("I\'m passing you to Aisha, who handles our law collection - she\'ll be right with you")',
    lines: [
      [0, 'p', "what's the law about a neighbor's tree falling on my fence in maryland"],
      [30, 'l', "Hi, I'm Ravi at the Prince George's County Memorial Library. Is the tree on their property, and was it healthy before it fell?", RAVI],
      [70, 'p', 'their property, it was dead for years'],
      [80, 'i', 'Aisha - patron needs MD law on neighbor tree damage (dead tree, negligence). You know the law databases far better than me; can you take this one?', { ...RAVI, to: 'aisha' }],
      [85, 'i', 'Sure, send it over', AISHA],
      [90, 'l', "I'm passing you to Aisha, who handles our law collection - she'll be right with you.", RAVI],
      [95, 's', 'Chat transferred from Ravi Menon to Aisha Greene', sys('transfer', 'aisha')],
      [120, 'l', "Hi, Aisha here! With a dead tree the owner can be liable for negligence. The People's Law Library explains it: peoples-law.org/tree-law. Does that answer it?", AISHA],
      [160, 'p', 'yes thank you. thats all'],
      [165, 'l', 'Glad to help, take care!', AISHA],
    ],
    over: desk('Ravi Menon', 'ravi', 'PGCMLS'),
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a cooperative transfer ("Your local library can renew your card directly, so I\'m sending you their way - hang tight!") with a terse note giving why',
    lines: [
      [0, 'p', 'my card expired can u renew it, i live in cecil county'],
      [20, 'l', 'Hello! Jo here with the AskUsNow! statewide service. Is it a Cecil County library card?'],
      [40, 'p', 'yes'],
      [45, 'i', 'Cecil pt - expired card, needs renewal; only CCPL staff can update the account.', { to: 'kim' }],
      [50, 'l', "Your local library can renew your card directly, so I'm sending you their way - hang tight!"],
      [55, 's', 'Chat transferred to Kim (Cecil County)', sys('transfer', 'kim')],
      [85, 'l', "Hi, Kim at Cecil County Public Library! I've renewed it through 2028 - you can check under My Account at cecilcountylibrary.org. All good?", who('Kim', 'kim')],
      [110, 'p', 'yes! thats all i needed'],
      [115, 'l', 'Great, have a good day!', who('Kim', 'kim')],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- closings: the other patrons waiting; anything else and goodbyes in many words -----------------------
  {
    name: 'a polite close because others are waiting, with a way back ("I\'ve got a few folks in the queue, so I\'ll wrap up here - chat back any time"): no dismissal',
    lines: [
      [0, 'p', 'i have a bunch of questions about citing stuff'],
      [20, 'l', "Hi! Jo at Morgan State's Soper Library. Which style are you using, APA or MLA?"],
      [40, 'p', 'apa. how do i cite a youtube video'],
      [50, 'l', 'Author (channel), date, title in italics, [Video], YouTube, URL. Our guide has an example: morgan.edu/library/apa. Does that make sense?'],
      [80, 'p', 'yes. and a tweet? and a podcast? and an interview?'],
      [95, 'l', "Those are all on the same guide page under Social Media and Audio. I've got a few folks in the queue, so I'll wrap up here, but please chat back any time if you get stuck. Anything else quick before I go?"],
      [120, 'p', 'no thats ok'],
      [125, 'l', 'Thanks, good luck with the paper!'],
    ],
    exp: usual(),
  },
  {
    name: '"Enjoy the rest of your Saturday!" and "Stop by again soon" are the closing; the patron done as "I think I have what I need now"',
    lines: [
      [0, 'p', 'what time is storytime at the wheaton branch'],
      [20, 'l', "Good morning! You're chatting with Jo, a librarian at Montgomery County Public Libraries. For which age group - babies, toddlers or preschool?"],
      [45, 'p', 'toddlers'],
      [55, 'l', 'Toddler storytime at Wheaton is Saturdays at 10:30 in the program room; the calendar is at montgomerycountymd.gov/library/events. Does that work for you?'],
      [80, 'p', 'perfect, I think I have what I need now'],
      [85, 'l', 'Enjoy the rest of your Saturday! Stop by again soon.'],
    ],
    exp: usual(),
  },
  {
    name: '"Is there anything more I can do for you today?" and "Don\'t be a stranger!" in a chatty session',
    lines: [
      [0, 'p', 'is there a way to get the new york times for free through the library'],
      [20, 'l', "Hi hi! Jo at Queen Anne's County Library here. Do you want it on your phone or on a computer at home?"],
      [45, 'p', 'phone'],
      [55, 'l', 'Yep! Claim a free 72-hour pass at qaclibrary.org/nyt with your card, then sign in on the NYT app; renew the pass whenever it runs out. Is that helpful?'],
      [90, 'p', 'awesome'],
      [93, 'l', 'Is there anything more I can do for you today?'],
      [110, 'p', 'no thats it'],
      [115, 'l', "Don't be a stranger!"],
    ],
    exp: usual(),
  },
  {
    name: '"Other questions for me?" and "Catch you later!" (terse academic desk)',
    lines: [
      [0, 'p', 'whats the call number range for psychology'],
      [15, 'l', 'Hi, Jo at the McKeldin Library desk. Library of Congress or Dewey? We use LC here.'],
      [35, 'p', 'LC'],
      [42, 'l', 'BF is psychology; BF1-990, 3rd floor. Floor map: lib.umd.edu/visit/mckeldin. Clear?'],
      [60, 'p', 'yes'],
      [63, 'l', 'Other questions for me?'],
      [75, 'p', 'nope'],
      [78, 'l', 'Catch you later!'],
    ],
    exp: usual(),
  },

  // ---- more voices, end to end ---------------------------------------------------------------------------------------
  {
    name: 'very formal academic desk: "You have reached the Research Help chat at Georgetown University Library; my name is Dr. Ellen Park"; "May I ask…"; "Does this address your question?"',
    lines: by('Ellen Park', 'epark', [
      [0, 'p', 'Good evening, how should I cite a Supreme Court decision in Chicago style?'],
      [35, 'l', 'Good evening. You have reached the Research Help chat at Georgetown University Library; my name is Dr. Ellen Park.'],
      [42, 'l', 'May I ask whether you are using footnotes or the author-date system?'],
      [80, 'p', 'Footnotes.'],
      [95, 'l', 'The Chicago Manual of Style, 17th ed., section 14.276, gives the form: case name in italics, volume, U.S., first page, and year, e.g. Brown v. Board of Education, 347 U.S. 483 (1954). Our guide shows more examples: guides.library.georgetown.edu/chicago. Does this address your question?'],
      [150, 'p', 'It does, thank you.'],
      [156, 'l', 'Is there any other matter I can assist you with this evening?'],
      [180, 'p', 'No, that will be all.'],
      [186, 'l', 'Thank you for contacting us. Good night.'],
    ]),
    over: desk('Ellen Park', 'epark', 'GUL'),
    exp: usual(),
  },
  {
    name: 'chatty holds "ooh good one, lemme dig 🕵️" and "ok hang on, almost got it"; the answer, then "Safe travels!" (final idle 20 s)',
    lines: [
      [0, 'p', 'is there a library in ocean city i can use while on vacation? i live in pennsylvania'],
      [20, 'l', "Hi!! Jo here from the Worcester County Library 😊 Will you need wifi and computers, or do you want to borrow books too?"],
      [60, 'p', 'wifi mostly, and maybe printing'],
      [70, 'l', 'ooh good one, lemme dig 🕵️'],
      [180, 'l', 'ok hang on, almost got it'],
      [285, 'l', 'The Ocean City branch (10003 Coastal Hwy) has free wifi, no card needed, and guest passes for the computers and printing at the desk: worcesterlibrary.org/locations/ocean-city. Does that sort you out?'],
      [305, 'l', 'Safe travels and enjoy the beach!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '"Knock knock - still there? 🙂" then "Since I haven\'t heard back, I\'m going to assume you\'ve logged off. I\'ll be closing out this session now - please reach out again if you need anything!"',
    lines: [
      [0, 'p', 'how do i get a replacement birth certificate, born in baltimore'],
      [25, 'l', "Hi there! You're chatting with Jo, a librarian at the Enoch Pratt Free Library. Is it for you, or for a child or parent?"],
      [60, 'p', 'for me'],
      [75, 'l', 'Maryland Vital Statistics issues them: health.maryland.gov/vsa, order online or at the Baltimore office with photo ID. Is that what you needed?'],
      [210, 'l', 'Knock knock - still there? 🙂'],
      [300, 'l', "Since I haven't heard back, I'm going to assume you've logged off. I'll be closing out this session now - please reach out again if you need anything!"],
    ],
    exp: gone({ anything: 'fail' }),
  },
  {
    name: 'a notice in the service\'s words ("Looks like you may have gotten disconnected. This chat will end in 2 minutes if I don\'t hear from you.") after "Hi again - are you still on?"',
    lines: [
      [0, 'p', 'does the library have a fax machine'],
      [20, 'l', "Hello! This is Jo at the Calvert Library Prince Frederick. Do you need to send or receive a fax?"],
      [50, 'p', 'send'],
      [60, 'l', 'Yes, all branches can send faxes, $1 a page, at the service desk; details at calvertlibrary.info/services. Does that help?'],
      [200, 'l', 'Hi again - are you still on?'],
      [290, 'l', "Looks like you may have gotten disconnected. This chat will end in 2 minutes if I don't hear from you."],
    ],
    exp: gone({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a follow-up promised after the chat ("I\'ll keep digging after we hang up and email you what I find by 5 pm tomorrow - is rtorres@gmail.com the right place to send it?")',
    lines: [
      [0, 'p', "I'm looking for my great uncle's WWII draft card, Rafael Torres, he lived in Baltimore"],
      [30, 'l', "Hi, I'm Jo, genealogy librarian at the Enoch Pratt Free Library. Do you know his birth year? There are several Rafael Torres in the 1940 records."],
      [70, 'p', 'around 1921. my email is rtorres@gmail.com'],
      [85, 'l', "The WWII draft cards are searchable free on FamilySearch: familysearch.org, search 'United States World War II Draft Registration Cards'. I didn't find him on the first pass, so I'll keep digging after we hang up and email you what I find by 5 pm tomorrow - is rtorres@gmail.com the right place to send it?"],
      [120, 'p', 'yes perfect'],
      [126, 'l', 'Great. Does the FamilySearch link get you going in the meantime?'],
      [160, 'p', 'yes. thats all for now'],
      [165, 'l', 'Thanks for chatting with us, talk tomorrow!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'the patron\'s library follows up ("a librarian there will email you at kdavis22@yahoo.com by Wednesday"), the e-mail typed by the patron',
    lines: [
      [0, 'p', 'I want to know if the reisterstown branch has any of the old Reisterstown newspapers'],
      [30, 'l', "Hi there! Jo with AskUsNow! here. Do you mean the Community Times, or an older paper before 1950?"],
      [70, 'p', 'older, like 1900s. I am kdavis22@yahoo.com'],
      [85, 'l', "That's held in the branch's local history room, and its list isn't online. I've passed your question to the Reisterstown branch; a librarian there will email you at kdavis22@yahoo.com by Wednesday with what they hold. Anything else I can help with?"],
      [120, 'p', "no that's great thanks"],
      [126, 'l', 'Have a great day!'],
    ],
    over: FU_LIB,
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'British transfer: "I\'m going to pop you across to my colleague Siobhan in Music - she\'ll know this far better than me" with a note that says why',
    lines: [
      [0, 'p', 'Hello, do you have vocal scores of Britten\'s Ceremony of Carols for a choir of 20?'],
      [30, 'l', "Hiya, Jo at Leeds Libraries here. Is it the SSA version with harp you need?", {}],
      [60, 'p', 'yes the harp one'],
      [70, 'i', 'Siobhan - can you take this one? Choir wants 20 vocal scores of Ceremony of Carols (SSA); music sets are your area.', { to: 'siobhan' }],
      [75, 'l', "I'm going to pop you across to my colleague Siobhan in Music - she'll know this far better than me. Won't be a tick!"],
      [80, 's', 'Chat transferred to Siobhan Kelly', sys('transfer', 'siobhan')],
      [110, 'l', "Hello, Siobhan here! Our Music and Drama Sets service has 24 copies: leeds.gov.uk/libraries/music-sets, book them with the online form. Is that the edition you need?", who('Siobhan Kelly', 'siobhan')],
      [150, 'p', 'Perfect, that is everything, thank you!'],
      [156, 'l', 'Lovely, cheers then!', who('Siobhan Kelly', 'siobhan')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a campus referral "Have a word with the Student Accessibility Services folks - they\'re in Room 120 of the Union, 410-455-2459"',
    lines: [
      [0, 'p', 'i need my textbooks in an accessible format, i have a print disability'],
      [25, 'l', "Hi, this is Jo at UMBC's Albin O. Kuhn Library. Do you already have accommodations on file with the university?"],
      [60, 'p', 'not yet'],
      [75, 'l', "Have a word with the Student Accessibility Services folks first - they're in Room 120 of the Union, 410-455-2459. Once you're registered, the library can get accessible copies through Bookshare. Does that point you in the right direction?"],
      [110, 'p', "yes that's what I needed, thank you. Nothing else"],
      [115, 'l', 'Good luck this semester!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a UK referral with a UK phone ("Ring the Citizens Advice line on 0800 144 8848")',
    lines: [
      [0, 'p', 'My landlord is keeping my deposit, what can I do?'],
      [30, 'l', 'Hello, Jo on the Manchester Libraries enquiry chat. Was your deposit put in a protection scheme, do you know?'],
      [70, 'p', 'I think so, the DPS'],
      [85, 'l', "Then you can raise a free dispute with the DPS: depositprotection.com > Raise a dispute. For advice first, ring the Citizens Advice line on 0800 144 8848. Does that help?"],
      [120, 'p', 'yes, that is all I needed'],
      [126, 'l', 'Best of luck, take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'SMS, terse: "Hi - AskUs text service, Maria here. Author or title?"; "hopefully thats what u were after?"; "any more for me?"',
    lines: [
      [0, 'p', 'is the new john grisham in', CELL],
      [30, 'l', 'Hi - AskUs text service, Maria here. Title? He has 2 new ones', TEXT],
      [60, 'p', 'the exchange', CELL],
      [70, 'l', '3 copies in, 12 holds. place a hold: catalog.hcplonline.org, search The Exchange, tap Place Hold. hopefully thats what u were after?', TEXT],
      [100, 'p', 'yup', CELL],
      [104, 'l', 'any more for me?', TEXT],
      [120, 'p', 'nope', CELL],
      [125, 'l', 'k, happy reading!', TEXT],
    ],
    over: { source: 'sms', patron: { name: null, email: null, phone: '+14105550123' }, ...desk('HCPL Text', 'hcpl-text', 'HCPL') },
    exp: usual(),
  },
  {
    name: '"Did that answer your question, or shall I keep looking?"; "Is there anything else on your mind?"; "Enjoy the show!"',
    lines: [
      [0, 'p', 'how do i get tickets for the free summer concerts at merriweather'],
      [25, 'l', 'Good afternoon! This is Jo at the Howard County Library System. Are you asking about the Columbia Lakefront concerts or the ones at Merriweather Post Pavilion itself?'],
      [60, 'p', 'the free ones at the lake'],
      [75, 'l', "The Lakefront concerts need no tickets: bring a chair. The schedule is on columbiaassociation.org/lakefront. Did that answer your question, or shall I keep looking?"],
      [110, 'p', 'that answers it'],
      [114, 'l', 'Is there anything else on your mind?'],
      [130, 'p', 'no, thats it'],
      [135, 'l', 'Enjoy the show!'],
    ],
    exp: usual(),
  },

  {
    name: 'pickedUpAt at 50 s; "This is the Reference Desk at Catonsville, Tom speaking"; a clarifying question ending in a full stop; "Any good?"',
    lines: by('Tom', 'tom', [
      [0, 'p', 'need a good dictionary of slang for a paper'],
      [75, 'l', 'Hello, this is the Reference Desk at Catonsville, Tom speaking.'],
      [80, 'l', 'Do you mean historical slang, like 1920s, or current slang.'],
      [110, 'p', 'historical, 1920s'],
      [125, 'l', "Green's Dictionary of Slang is free online: greensdictofslang.com, and it dates each word's first use. Any good?"],
      [160, 'p', 'very good, thanks, i have what i need'],
      [165, 'l', 'Thanks for stopping by the chat!'],
    ]),
    over: { ...desk('Tom', 'tom', 'BCPL'), pickedUpAt: at(50) },
    exp: usual(),
  },
  {
    name: 'Aussie-style holds ("Gimme a min, just having a squiz", "brb w/ the link") end before the answer; "Have a good night!"',
    lines: [
      [0, 'p', 'what was the first australian novel published'],
      [25, 'l', "G'day! Jo from the State Library Victoria Ask a Librarian service. Do you mean the first novel written in Australia, or by an Australian-born author?"],
      [60, 'p', 'written in australia'],
      [70, 'l', 'Gimme a min, just having a squiz.'],
      [175, 'l', 'brb w/ the link'],
      [280, 'l', "Quintus Servinton by Henry Savery (1831), written and printed in Hobart. The State Library's catalogue has a digitised copy: find.slv.vic.gov.au, search Quintus Servinton. That what you were after?"],
      [300, 'l', 'Have a good night!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'school library: named databases without URLs ("Britannica School has a great article, under Resources on the library page"); "What else can I help with?"',
    lines: by('Ms. Alvarez', 'alvarez', [
      [0, 'p', 'i need info on volcanoes for science its due tomorrow'],
      [20, 'l', "Hi! It's Ms. Alvarez in the Hillcrest Elementary library. Is it about one volcano or volcanoes in general?"],
      [50, 'p', 'in general how they work'],
      [65, 'l', 'Britannica School has a great article called "Volcano" at the Elementary level - go to the library page, click Resources, then Britannica School. PebbleGo has a video too. Is that helpful?'],
      [100, 'p', 'yes'],
      [104, 'l', 'What else can I help with?'],
      [120, 'p', 'nothing'],
      [125, 'l', 'Good luck on your project tomorrow!'],
    ]),
    over: desk('Ms. Alvarez', 'alvarez', 'HES'),
    exp: usual(),
  },
  {
    name: 'idle: "Still on the line? 👀" then "I\'m going to close this chat since it looks like you\'ve stepped away. You\'re welcome to chat again anytime."',
    lines: [
      [0, 'p', 'how do i cancel a hold'],
      [20, 'l', "Hi! I'm Jo with the Frederick County Public Libraries. Is it a book hold or an ebook hold on Libby?"],
      [50, 'p', 'book'],
      [60, 'l', 'Sign in at fcpl.org/myaccount, open Holds, tick the hold and choose Cancel. Did that do it?'],
      [190, 'l', 'Still on the line? 👀'],
      [280, 'l', "I'm going to close this chat since it looks like you've stepped away. You're welcome to chat again anytime."],
    ],
    exp: gone({ anything: 'fail' }),
  },
  {
    name: 'UK follow-up by phone ("I\'ll ring you back on 07700 900123 tomorrow morning with what the archive says"), the number typed by the patron',
    lines: [
      [0, 'p', 'Hi, does the library hold the Bradford Telegraph and Argus for 1941?'],
      [30, 'l', "Hello, Jo at Bradford Libraries' Local Studies here. Do you need a particular date, or the whole year?"],
      [70, 'p', 'March 1941, an article about my gran. My number is 07700 900123'],
      [85, 'l', "The 1941 reels are at our off-site store, so I'll check with them and ring you back on 07700 900123 tomorrow morning with what the archive says. Is there anything else while I have you?"],
      [120, 'p', "No, that's everything, thank you"],
      [126, 'l', 'Lovely, speak tomorrow. Bye!'],
    ],
    over: FU_ME,
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'a follow-up the same day ("expect an email from me before 5 today"), the address read back ("just to confirm: jwu@stevenson.edu?")',
    lines: [
      [0, 'p', 'can you find me the 2022 annual report of the maryland port administration, i cant find it online'],
      [30, 'l', "Hi, this is Jo at Stevenson University Library. Do you need the whole report or only the financial statements?"],
      [70, 'p', 'financials. jwu@stevenson.edu'],
      [85, 'l', "It isn't posted on their site any more, so I'm requesting it from the state depository. Just to confirm: jwu@stevenson.edu? Expect an email from me before 5 today."],
      [110, 'p', 'yes thats me. thanks, thats all'],
      [116, 'l', 'Talk later, thanks!'],
    ],
    over: FU_ME,
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'a referral inside the library with a phone ("head over to the Circulation Desk on the 1st floor, 410-555-0100") and one outside ("reach out to the Legal Aid Bureau at 1-888-465-2468")',
    lines: [
      [0, 'p', 'i got a notice my landlord is evicting me, and i also have a $20 fine here'],
      [30, 'l', "Hi, I'm Jo at the Wicomico Public Library. Is the notice from the court, or just a letter from the landlord?"],
      [70, 'p', 'from the court'],
      [85, 'l', "For the eviction, reach out to the Legal Aid Bureau at 1-888-465-2468 right away; they give free advice. For the fine, head over to the Circulation Desk on the 1st floor, 410-555-0100, and they can set up a payment plan. Does that help with both?"],
      [130, 'p', "yes thank you so much, that's all"],
      [136, 'l', 'Take care, and good luck.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a transfer for language ("I\'m transferring you to our Spanish-language librarian so you can get help in Spanish") with a note giving why',
    lines: [
      [0, 'p', 'hola, necesito ayuda con la tarea de mi hijo. hablo poco ingles'],
      [25, 'l', "Hi, this is Jo at the Langley Park Library. I'm transferring you to our Spanish-language librarian so you can get help in Spanish. One moment!"],
      [28, 'i', 'Carmen - Spanish-speaking parent, needs homework help for her son; can you take it in Spanish?', { to: 'carmen' }],
      [32, 's', 'Chat transferred to Carmen', sys('transfer', 'carmen')],
      [60, 'l', '¡Hola! Soy Carmen. ¿En qué grado está su hijo y de qué materia es la tarea?', who('Carmen', 'carmen')],
      [90, 'p', 'tercer grado, matematicas, fracciones'],
      [105, 'l', 'Khan Academy tiene videos en español sobre fracciones para tercer grado: es.khanacademy.org, busque "fracciones 3er grado". ¿Le sirve?', who('Carmen', 'carmen')],
      [140, 'p', 'si, gracias, es todo'],
      [146, 'l', '¡Con gusto! Que le vaya bien.', who('Carmen', 'carmen')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'the patron done in their own words ("Great, I think that\'s me sorted!"); the closing "Best of luck with the move!"',
    lines: [
      [0, 'p', 'how do i change my address on my library card, moving to bowie'],
      [25, 'l', "Hello! This is Jo from Prince George's County Memorial Library System. Are you staying in Prince George's County?"],
      [55, 'p', 'yes'],
      [65, 'l', "Then update it in your account at pgcmls.info/myaccount > Personal Information, or at any branch with proof of the new address. Does that answer your question?"],
      [100, 'p', "Great, I think that's me sorted!"],
      [106, 'l', 'Best of luck with the move!'],
    ],
    exp: usual(),
  },
  {
    name: 'an e-mail signature as the greeting\'s identity after "Hello there," ("— Priya S., Research & Instruction, Goucher College Library")',
    lines: [
      [0, 'p', 'how many sources do i need for an annotated bibliography'],
      [25, 'l', 'Hello there, does your assignment sheet give a number? — Priya S., Research & Instruction, Goucher College Library'],
      [60, 'p', 'it says 8-10'],
      [70, 'l', 'Then aim for 8-10, and our annotated bibliography guide shows the format: goucher.libguides.com/annotated. Hope that helps - is it what you needed?'],
      [100, 'p', 'yes thanks. thats all'],
      [106, 'l', 'Thanks for reaching out!'],
    ],
    exp: usual(),
  },

  {
    name: 'the name after the offer ("Hi there, what can I help you with today? I\'m Sam, by the way, one of the librarians at Howard Community College")',
    lines: by('Sam', 'sam', [
      [0, 'p', 'hello'],
      [20, 'l', "Hi there, what can I help you with today? I'm Sam, by the way, one of the librarians at Howard Community College."],
      [45, 'p', 'i need to find a peer reviewed article on nursing burnout for ENGL 121'],
      [60, 'l', 'Does it need to be from the last 5 years?'],
      [80, 'p', 'yes'],
      [95, 'l', 'CINAHL Complete is the place: howardcc.edu/library > Databases > CINAHL. Search burnout AND nurses, tick Peer Reviewed and 2020-2025. Does that look like what you need?'],
      [130, 'p', 'yes perfect'],
      [134, 'l', 'Anything else I can dig up?'],
      [150, 'p', 'no'],
      [154, 'l', 'Cheers, have a good one!'],
    ]),
    over: desk('Sam', 'sam', 'HCC'),
    exp: usual(),
  },
  {
    name: '"Welcome back, Ms. Ortiz! Dana at the Pikesville branch here." (the patron named, the provider too)',
    lines: by('Dana', 'dana', [
      [0, 'p', 'Hi again, it is Rosa Ortiz. Did the book I asked about last week come in?'],
      [25, 'l', 'Welcome back, Ms. Ortiz! Dana at the Pikesville branch here. Was that the cookbook by Samin Nosrat?'],
      [60, 'p', 'Yes, Salt Fat Acid Heat'],
      [75, 'l', 'It came in yesterday and is on the hold shelf until Friday; your account at bcpl.info/myaccount shows it under Ready for Pickup. Is that what you were looking for?'],
      [110, 'p', 'Wonderful, that is all, thank you'],
      [115, 'l', 'See you soon!'],
    ]),
    over: desk('Dana', 'dana', 'BCPL'),
    exp: usual(),
  },
  {
    name: 'a hold that consults a colleague ("Let me consult with a colleague, one moment"), internal lines in between; the answer 115 s after the hold',
    lines: [
      [0, 'p', 'Is there a limit on how many interlibrary loan requests I can have?'],
      [20, 'l', 'Hello, this is Jo at Loyola Notre Dame Library. Are these books or articles?'],
      [50, 'p', 'books'],
      [60, 'l', 'Let me consult with a colleague, one moment.'],
      [100, 'i', 'Kay, what is the ILL book limit for undergrads now?', { to: 'kay' }],
      [150, 'i', '10 at a time', { authorId: 'kay', author: 'Kay' }],
      [175, 'l', 'Undergraduates can have 10 book requests open at once; the ILL page has the details: lndl.org/ill. Does that answer your question?'],
      [200, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'idle: "Did you get disconnected?" then "I\'ll end the chat now as it seems you\'ve gone. Take care!"',
    lines: [
      [0, 'p', 'whats the phone number for the glen burnie branch'],
      [20, 'l', 'Hi! Jo at Anne Arundel County Public Library. The regional branch on Crain Hwy or the one at Marley Station?'],
      [50, 'p', 'crain hwy'],
      [60, 'l', 'Glen Burnie Regional is 410-222-6270, and its page is aacpl.net/location/glen-burnie. Did that help?'],
      [200, 'l', 'Did you get disconnected?'],
      [290, 'l', "I'll end the chat now as it seems you've gone. Take care!"],
    ],
    exp: gone({ anything: 'fail' }),
  },
  {
    // "on microfilm at the county archives" tells where the minutes are: a named resource (a source), though no link
    name: 'follow-up "within the next 72 hours", the e-mail spelled by the patron and written back by the provider',
    lines: [
      [0, 'p', "I need the minutes of the Towson city council from 1975, about the York Road widening"],
      [30, 'l', "Hi, this is Jo at Baltimore County Public Library. Towson has no city council - do you mean the Baltimore County Council?"],
      [70, 'p', "oh yes that one. my email is m_chen at gmail dot com"],
      [85, 'l', "Thanks! Those minutes are on microfilm at the county archives, not online. I'll request the 1975 reels and send you scans within the next 72 hours at m_chen@gmail.com. Anything else in the meantime?"],
      [120, 'p', 'no thank you'],
      [126, 'l', 'You are welcome, have a good evening!'],
    ],
    over: FU_ME,
    exp: followed({ complete: 'fail' }),
  },
  {
    name: 'a referral told as "the people to talk to are the Financial Aid office - finaid@towson.edu, 410-704-4236"',
    lines: [
      [0, 'p', 'can the library tell me when my fafsa refund comes'],
      [20, 'l', 'Hi, Jo at Towson University Libraries! Is it your refund for this semester?'],
      [45, 'p', 'yes spring'],
      [55, 'l', "The library can't see that, but the people to talk to are the Financial Aid office - finaid@towson.edu, 410-704-4236. Does that help?"],
      [80, 'p', 'ok thanks thats all'],
      [85, 'l', 'Good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a transfer at the end of a shift ("Let me hand you off to the night-shift librarian, Marco; my shift is ending") with a note giving why',
    lines: [
      [0, 'p', 'how do i find my great grandfathers civil war pension file'],
      [25, 'l', "Hi! I'm Jo with Maryland's AskUsNow! Do you know which side he fought for, and his regiment?"],
      [70, 'p', 'union, 2nd maryland infantry'],
      [80, 'i', 'Marco - my shift ends at 8, can you take this one? Civil War pension file, Union, 2nd MD Infantry.', { to: 'marco' }],
      [85, 'l', 'Let me hand you off to the night-shift librarian, Marco; my shift is ending and he will take it from here.'],
      [90, 's', 'Chat transferred to Marco', sys('transfer', 'marco')],
      [120, 'l', 'Hi, Marco here. Union pension files are at the National Archives: order them with NATF Form 85 at archives.gov/veterans/military-service-records/pension. The index card is free on Fold3 via the library. Does that get you what you need?', who('Marco', 'marco')],
      [160, 'p', 'yes thanks, that covers everything'],
      [165, 'l', 'Good luck with the search!', who('Marco', 'marco')],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- concurrency: at most three open at once ---------------------------------------------------------------------
  {
    name: 'three sessions at once, a fourth starting the second another ends (end excluded): at most 3 open, concurrency passes',
    lines: [
      [0, 'p', 'do you have museum passes for the walters'],
      [20, 'l', "Hi, I'm Jo with the Baltimore County Public Library. Are you looking to go on a particular day?"],
      [50, 'p', 'this saturday'],
      [60, 'l', 'The Walters is always free, no pass needed! Hours and tickets for special exhibits are at thewalters.org/visit. Does that answer your question?'],
      [90, 'p', 'oh great, thats all I needed'],
      [95, 'l', 'Enjoy the museum!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 40), other('b', 'jo', 40, 200), other('c', 'jo', 10, 300)] },
    exp: usual(),
  },
];

/** Short cases: the few checks each one is about. */
export const short: SessionCase[] = [
  {
    name: 'greeting: "Thanks for reaching out to the Carroll County library! Dee here." greets and names',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', 'Thanks for reaching out to the Carroll County library! Dee here.'],
      [25, 'l', 'What can I help you find?'],
    ],
    exp: some({ pickup: 'pass', greeting: 'pass' }),
  },
  {
    name: 'greeting: "Evening! Ask Us Now here, you\'re chatting with a librarian in Harford County" (service and role)',
    lines: [
      [0, 'p', 'hello?'],
      [30, 'l', "Evening! Ask Us Now here, you're chatting with a librarian in Harford County."],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting: "Howdy! It\'s Sam at the reference desk, what can I do ya for?"',
    lines: [
      [0, 'p', 'got a quick q'],
      [12, 'l', "Howdy! It's Sam at the reference desk, what can I do ya for?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting: "Hello and welcome! My name\'s Priya and I\'m one of the librarians on duty tonight."',
    lines: [
      [0, 'p', 'Hi, I have a question about interlibrary loan'],
      [15, 'l', "Hello and welcome! My name's Priya and I'm one of the librarians on duty tonight."],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'completeness: "Is that the kind of info you need?" after the answer',
    lines: [
      [0, 'p', 'how late is the library open tonight'],
      [15, 'l', 'Hi, Jo at Sample County Library! Which branch are you going to?'],
      [30, 'p', 'elm st'],
      [40, 'l', 'Elm St is open until 8 pm tonight (samplecountylib.org/hours). Is that the kind of info you need?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'completeness: "Hope that\'s useful - does it answer your question fully?"',
    lines: [
      [0, 'p', 'how do i freeze my credit'],
      [15, 'l', 'Hi, Jo at Sample County Library! Is this for all three bureaus?'],
      [30, 'p', 'yes'],
      [40, 'l', "The FTC's page has links to Equifax, Experian and TransUnion: consumer.ftc.gov/credit-freeze. Hope that's useful - does it answer your question fully?"],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness: "How\'s that looking on your end?" after the steps',
    lines: [
      [0, 'p', 'cant log into libby'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Are you getting an error message?"],
      [30, 'p', 'says card not valid'],
      [40, 'l', 'Cards expire every 3 years; renew it under My Account at samplecountylib.org/myaccount, then sign into Libby again. How\'s that looking on your end?'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'anything else: "What else can I track down for you?"',
    lines: [
      [0, 'p', 'what is the dewey number for cookbooks'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. General cookbooks, or a cuisine?"],
      [30, 'p', 'general'],
      [40, 'l', '641.5 - see the subject list at samplecountylib.org/dewey. Did that help?'],
      [60, 'p', 'yes'],
      [65, 'l', 'What else can I track down for you?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'anything else: the patron done, "I\'m good now, you answered everything"',
    lines: [
      [0, 'p', 'do you have notary service'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Which branch is closest to you?"],
      [30, 'p', 'elm st'],
      [40, 'l', 'Elm St has a notary Tuesdays 2-6, by appointment: samplecountylib.org/notary. Does that help?'],
      [60, 'p', "I'm good now, you answered everything"],
      [65, 'l', 'Bye, thanks!'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'courteous: "All the best with your studies!" as the last message',
    lines: [
      [0, 'p', 'where are the study rooms'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Do you need one for a group?"],
      [30, 'p', 'yes 4 people'],
      [40, 'l', 'Group rooms are on the 2nd floor; book them at samplecountylib.org/rooms. Does that answer it?'],
      [60, 'p', 'yes thats all'],
      [65, 'l', 'All the best with your studies!'],
    ],
    exp: some({ courteous: 'pass', anything: 'pass' }),
  },
  {
    name: 'idle: "Just checking in - are you still on the line?" within the idle, then the notice',
    lines: [
      [0, 'p', 'what is the address of the Elm St branch'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Elm St or Elm Ave? We have both."],
      [40, 'p', 'st'],
      [50, 'l', '12 Elm St, Springfield; map at samplecountylib.org/elm. Did that help?'],
      [180, 'l', 'Just checking in - are you still on the line?'],
      [260, 'l', "I haven't heard back, so I'll assume you've gone and will close this chat now. Bye for now!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'disconnect: "No reply for a bit, so I think the connection dropped. I\'m ending the chat - feel free to start a new one."',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Federal or Maryland?"],
      [40, 'p', 'federal 1040'],
      [50, 'l', 'Print the 1040 at irs.gov/forms, or pick one up at the Elm St desk. Does that help?'],
      [190, 'l', 'Hi, are you still there?'],
      [270, 'l', "No reply for a bit, so I think the connection dropped. I'm ending the chat - feel free to start a new one."],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'follow-up: contact read back and time "first thing Monday" ("I\'ve got you down as 301-555-0142; expect a call first thing Monday")',
    lines: [
      [0, 'p', 'I need a list of licensed daycares in Hagerstown'],
      [15, 'l', "Hi, I'm Jo at Washington County Free Library. Infant care or older kids?"],
      [40, 'p', 'infant. my number is 301-555-0142'],
      [55, 'l', "The state list is being updated today, so I'll call it through to you: I've got you down as 301-555-0142; expect a call first thing Monday."],
      [80, 'p', 'thanks'],
      [85, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'referral: "Your local branch\'s Teen Services team can help (teens@fcpl.org)"',
    lines: [
      [0, 'p', 'can i volunteer at the library im 14'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Which county do you live in?"],
      [40, 'p', 'frederick'],
      [50, 'l', "Frederick's teen volunteers sign up with the Teen Services team - contact them at teens@fcpl.org and they'll send you the form. Does that help?"],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
];

/** Near misses for the readings widened above: the behaviour is absent, something close is there. */
export const near: SessionCase[] = [
  {
    name: '"Check back in a few days" is advice, no hold: the final idle runs from it, so the check-in and notice apply',
    lines: [
      [0, 'p', 'is the new louise penny in yet'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. The hardcover or the large print?"],
      [40, 'p', 'hardcover'],
      [55, 'l', "It's on order: samplecountylib.org/catalog shows it as coming soon. Check back in a few days to see if it has come in. Does that help?"],
      [200, 'l', 'Are you still there?'],
      [300, 'l', "I haven't heard back, so I'll close the chat now. Take care!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', anything: 'fail' }),
  },
  {
    name: '"Come back in a bit and try again" tells the patron what to do later: no hold, the idle runs from it',
    lines: [
      [0, 'p', 'the catalog wont load'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Is it the whole site, or only the catalog page?"],
      [40, 'p', 'catalog'],
      [55, 'l', 'The catalog is down for maintenance until 3 pm (samplecountylib.org/status). Come back in a bit and try again. Does that help?'],
      [200, 'l', 'Still with me?'],
      [300, 'l', "Seems like you've gone, so I'm closing this chat. Bye for now!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"Are you seeing an error message?" after the answer asks about a problem, not whether the answer meets the need',
    lines: [
      [0, 'p', 'how do i log into the databases from home'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Do you have your library card handy?"],
      [40, 'p', 'yes'],
      [55, 'l', 'Go to samplecountylib.org/databases and use your card number and PIN.'],
      [90, 'p', 'it doesnt work'],
      [100, 'l', 'Are you seeing an error message?'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: '"Let\'s find you a manual" names no manual: the question after it is before any source',
    lines: [
      [0, 'p', 'do you have a repair manual for a 2012 ford focus'],
      [15, 'l', "Hi! I'm Jo at Sample County Library. Let's find you a manual."],
      [22, 'l', 'Is it the sedan or the hatchback?'],
      [50, 'p', 'sedan'],
      [60, 'l', 'Chilton Library has it: samplecountylib.org/databases > Chilton, then 2012 Ford Focus. Did that help?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"my class is done for the day" is no patron saying they are done with the chat',
    lines: [
      [0, 'p', 'can i use the study room now'],
      [15, 'l', "Hi, I'm Jo at the Towson University library. For how many people?"],
      [40, 'p', 'just me. my class is done for the day'],
      [50, 'l', 'Solo rooms are first come first served on floor 2; see library.towson.edu/rooms. Does that help?'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: '"Just so you know, we close at 6" restates nothing: no clarifying before the source',
    lines: [
      [0, 'p', 'where can i print a boarding pass'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Just so you know, we close at 6 today."],
      [22, 'l', 'Print from any branch computer or from your phone at samplecountylib.org/print, 15 cents a page. Does that help?'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"They can mail you a copy" (the office the patron is referred to) promises nothing: no follow-up session',
    lines: [
      [0, 'p', 'how do i get my marriage certificate from 1998'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Were you married in Maryland?"],
      [40, 'p', 'yes in towson'],
      [55, 'l', 'Contact the Baltimore County Circuit Court clerk at 410-887-2601; they can mail you a copy. Does that help?'],
      [80, 'p', 'yes thanks thats all'],
      [85, 'l', 'Take care!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na', referral: 'pass' }),
  },
  {
    name: '"the people to ask are the Register of Wills staff" with no way to reach them: a referral read, and it fails for want of a contact',
    lines: [
      [0, 'p', 'how do i become executor of my moms estate'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Which county did she live in?"],
      [40, 'p', 'harford'],
      [55, 'l', "The steps are at peoples-law.org/probate. For the forms themselves, the people to ask are the Register of Wills staff in Bel Air. Does that help?"],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"Your best bet is the catalog" points to a source, no party: no referral',
    lines: [
      [0, 'p', 'do you have books on beekeeping'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. For a beginner?"],
      [40, 'p', 'yes'],
      [55, 'l', 'Your best bet is the catalog: samplecountylib.org/catalog, search beekeeping. Did that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run): what it does and why each was left. */
export const LEFT: SessionCase[] = [
  // LEFT (v48): RUBRIC gives a source: "RMA's Annual Statement Studies has them" names a publication. The scorer reads no
  // named resource there; v47 passed the session only through the patron's own e-mail read back ("So that's
  // ana.brewco@outlook.com"), which v48 N2 reads as no source (older: the named resource was never read).
  {
    name: 'a subject specialist\'s follow-up ("Our business librarian will get back to you by end of day tomorrow") with the e-mail repeated; recorded the next morning',
    lines: [
      [0, 'p', 'I need industry ratios for craft breweries for my business plan'],
      [20, 'l', 'Hi there! This is Jo at Howard County Library System. Is this for a loan application? Banks usually want RMA ratios.'],
      [60, 'p', 'yes SBA loan'],
      [75, 'l', "RMA's Annual Statement Studies has them, but I can't reach it from the chat desk. Our business librarian will get back to you by end of day tomorrow with the breweries page. Which email should she use?"],
      [110, 'p', 'ana.brewco@outlook.com'],
      [118, 'l', "So that's ana.brewco@outlook.com - perfect. Anything else for today?"],
      [140, 'p', 'no thanks thats all'],
      [145, 'l', 'Cheers, and good luck with the brewery!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(145 + 20 * 3600) }] },
    exp: followed({ complete: 'fail', onTime: 'pass' }),
  },
  // (the Register of Wills referral moved to ninth-round-referrals.test.ts, where it runs under v9's contactOwnerN)
];

describe('eighth round (H): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eighth round (H): false fails, whole sessions, every check', whole);
describeSessions('eighth round (H): false fails, short cases', short);
describeSessions('eighth round (H): near misses beside the widened readings', near);

describeLeft('eighth-round-falsefail', LEFT);
