/**
 * Twenty-ninth round, third wave, area (H1): READY REFERENCE AND QUICK FACTS. Short factual questions (a population, a
 * date, a spelling, a conversion, an office's address or phone, who wrote a quote, a sports record, a definition, the
 * library's own hours) answered in a few minutes, from almanacs, encyclopedias, government statistics pages, Wikipedia,
 * the catalogue, or from memory with no source; patrons who get the answer and leave without a word, who ask a second
 * quick one, who type only the question and vanish (Lost Call).
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  the answer with a source: "The 2020 census count for Baltimore was 585,708 (census.gov/quickfacts)", "The World
 *   Almanac 2024 lists …", "According to Britannica Online (in our databases at …)", "our catalogue shows …", "the MVA's
 *   number is 410-768-7000, you can call them", "Wikipedia's article on the Kentucky Derby gives …";
 *  the answer without one: "It's 5,280 feet in a mile.", "According to the Census Bureau it's about 6.2 million." (an
 *   organisation named without a way to reach it), "We're open 9 to 8 Monday to Thursday." (from memory);
 *  clarifying in ready reference: "Do you mean the city or the county?", "US gallons or imperial?", a restatement
 *   "So you need the 1920 population of Frederick?"; or none at all (the question needed none: clarify fails);
 *  completeness: "Does that answer your question?", "That what you were after?", "¿Le sirve esa información?";
 *  patrons: "ty", "k", a second quick question, silence after the answer, only the question then gone (Lost Call).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a named encyclopedia, almanac or book (Wikipedia, Britannica, the World Almanac) is a named resource (a publication),
 *   a source even without a URL; an organisation ("the Census Bureau says") without a way to reach it is not;
 * - giving an office's phone "you can call them at …" for the patron's need is a referral with its contact (passes both);
 * - Lost Call with one patron message passes resolution.code even when the provider answered (its text only counts the
 *   patron's messages); the information checks then apply, since the provider did answer;
 * - a patron who typed only the question and left before any answer: no substantive exchange (information checks na);
 * - the provider's quick answer sent right after the greeting with no question at all: clarify fails (the rubric asks
 *   for a question or a restatement whatever the need).
 * Written: 30 whole sessions (25 first, 5 more for the fixes: four saying it in other words, one near miss), 28 short
 * cases (24 first, 4 more for the fixes), 8 near misses in `guards`. First run: 6 of 74 tests failed on 6 statuses:
 * info.source 3, closing.courteous 2, referral.contact 1. Two were my labels ("Best of luck for your essay!" and "Good luck
 * with the article." as the last word are parting wishes, goodbyes, as I had read "have a good one": courteous passes);
 * 4 were the scorer (3 fixed, 1 left), fixed in block H1:
 *  - knownResource (rubric.ts phrasesV30H1, a phrase change): the ready-reference works Wikipedia (and Wikiquote), the CIA
 *    World Factbook and Guinness World Records, named as where the answer came from, are named resources like Britannica
 *    or the World Almanac ("I looked it up on Wikipedia: July 20, 1969.", "The CIA World Factbook gives Canada's area as
 *    …", "France won (Wikipedia, 1998 FIFA World Cup article)", "Per Wikipedia's list …", "checked the world factbook:
 *    …", "Guinness World Records 2024 lists …") [near misses: "Wikipedia isn't allowed for this assignment", "Rather than
 *    Wikipedia, …", "Avoid Wikipedia for citations", "I can't give you Wikipedia as a source", "Most teachers don't
 *    accept Wikipedia", "The Guinness brewery opened in 1759"];
 *  - `namedAtPhoneH1` (classify.ts `namedAtPhoneH1`, read in checks/referral.ts beside v6's name-at-contact): after a
 *    calling verb, a name and then "on" / "at" a number the `phone` family reads in any country's format ("you can ring
 *    StepChange on 0800 138 1111", "call Centrelink on 1800 050 004", "You can phone Ofcom on 0300 123 3333"): v6 read
 *    only North American numbers there [near misses: "call Centrelink on 14 March 2025", "ring Centrelink at 10.30
 *    tomorrow", "Look up Centrelink on 2 pages of the guide" (no calling verb); only the verb told to the patron (call,
 *    ring, phone, dial), not the gerund: G1's "Last year you could order it by ringing the ATO on 1300 720 092, but that
 *    line has closed" stays no referral (the first whole-suite run caught it; narrowed, then the suite rerun)].
 * Left: 1 (the Australian "call Centrelink's Older Australians line on 132 300": the phone family does not read a 13
 * number written "132 300"; see LEFT).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

const L = (text: string, t = 60): Line => [t, 'l', text];
/** A quick question, Jo's greeting; the answer follows. */
const ASK = (q: string): Line[] => [
  [0, 'p', q],
  [15, 'l', 'Hi, Jo here at Ask Us, Sample County Library.'],
];
const LOST = { resolutionCode: 'Lost Call' };

export const whole: SessionCase[] = [
  {
    name: 'warm public library: population of the county, census.gov QuickFacts, restated first, patron done',
    lines: [
      [0, 'p', 'hi what is the population of howard county'],
      [20, 'l', "Hi there! Thanks for contacting AskUsNow!, I'm Dana, a librarian at Howard County Library System. So you'd like the most recent population count for Howard County, Maryland?"],
      [45, 'p', 'yes please'],
      [55, 'l', 'One moment while I look that up.'],
      [110, 'l', "The Census Bureau's QuickFacts at census.gov/quickfacts/howardcountymaryland gives 332,317 for the 2020 census, and an estimate of 335,411 for July 2023. Does that answer your question?"],
      [140, 'p', "perfect, that's all I needed. thanks!"],
      [150, 'l', "You're welcome! Thanks for using AskUsNow!, have a great day."],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, from memory: "5,280 feet in a mile." no source, no question, patron leaves a thanks',
    lines: [
      [0, 'p', 'how many feet in a mile'],
      [12, 'l', 'Hello, Ask a Librarian, this is Ray. 5,280 feet in a mile. Anything else?'],
      [30, 'p', 'nope ty'],
      [36, 'l', 'Bye now.'],
    ],
    // no question about the need, no source, no completeness question; "anything else?" asked; "Bye now" is a goodbye
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail' }),
  },
  {
    name: 'organisation named without a way to reach it: "According to the Census Bureau…" : source fails',
    lines: [
      [0, 'p', 'Whats the population of Maryland'],
      [18, 'l', 'Hello! This is Kim with the AskUsNow! chat service. Are you looking for the latest estimate or the 2020 census count?'],
      [50, 'p', 'latest'],
      [65, 'l', 'According to the Census Bureau, the 2023 estimate is about 6,180,253. Does that help?'],
      [90, 'p', 'yes thanks'],
      [98, 'l', 'Glad to help! Is there anything else I can do for you today?'],
      [120, 'p', 'no'],
      [126, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'a book as the source: the World Almanac for a sports record, patron vanishes after the answer (short idle)',
    lines: [
      [0, 'p', 'who holds the record for most home runs in a single season'],
      [20, 'l', 'Hi, this is Marcus at the Ask a Librarian desk, Sample County Public Library. Do you mean Major League Baseball?'],
      [40, 'p', 'yes MLB'],
      [50, 'l', 'Let me grab the almanac.'],
      [100, 'l', 'The World Almanac and Book of Facts 2024 lists Barry Bonds with 73 home runs in 2001. Is that what you were looking for?'],
    ],
    over: { endAfter: 60 },
    // the patron never answered; final idle 60 s (< 120): idle na; nobody asked anything else; no goodbye
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'patron leaves without a word, provider checks in and closes: idle and disconnect pass',
    lines: [
      [0, 'p', 'When did Maryland become a state?'],
      [25, 'l', 'Hello, welcome to AskUsNow! My name is Beth and I am a librarian at Carroll County Public Library.'],
      [30, 'l', 'Maryland ratified the US Constitution on April 28, 1788, becoming the seventh state; the Maryland Manual at msa.maryland.gov/msa/mdmanual has the details. Does that answer your question?'],
      [180, 'l', 'Are you still there?'],
      [340, 'l', "It seems you've been disconnected, so I'll close this chat now. Please feel free to contact us again anytime!"],
    ],
    // no question about the need before the source: clarify fails; idle from 30 to the goodbye at 340 (310 s)
    exp: usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'only the question, then gone (Lost Call): information checks na, check-in and notice pass',
    lines: [
      [0, 'p', 'what is the capital of australia'],
      [40, 'l', "Hi! I'm Sara, a librarian with Ask Us 24/7. I'm happy to help!"],
      [170, 'l', 'Hello, are you still with me?'],
      [300, 'l', 'I have not heard from you in a while, so it looks like you have disconnected. I am going to end this chat now; please come back anytime.'],
    ],
    over: LOST,
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call, the provider closes without checking in: idle and notice fail, courteous fails',
    lines: [
      [0, 'p', 'how do you spell accommodate'],
      [30, 'l', 'Hello, this is Jo, librarian at Sample County Library.'],
      [330, 'l', 'Closing this chat.'],
    ],
    over: LOST,
    // final idle from the greeting at 30 to the end (335 s): both apply, neither said; the greeting's hello is not a
    // thanks, goodbye or invitation back, and the last line is not either
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'answered from memory and coded Lost Call although the patron wrote twice: resolution.code fails',
    lines: [
      [0, 'p', 'how do you spell the word for fear of spiders'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Arachnophobia: a-r-a-c-h-n-o-p-h-o-b-i-a. Does that help?'],
      [40, 'p', 'yes'],
      [45, 'l', 'Thanks for chatting, bye!'],
    ],
    over: LOST,
    exp: usual({ clarify: 'fail', source: 'fail', anything: 'fail', code: 'fail' }),
  },
  {
    name: 'the library\'s own hours from memory, second quick question, patron says "that\'s everything"',
    lines: [
      [0, 'p', 'what time does the main library close tonight'],
      [15, 'l', "Hi! Thanks for reaching out to Ask Us, I'm Tom at Sample County Library. Is that the Central branch downtown?"],
      [35, 'p', 'yes'],
      [45, 'l', 'Central is open until 8 pm tonight. Did that help?'],
      [60, 'p', 'yep. and is it open sunday'],
      [70, 'l', 'Yes, Sundays 1 to 5 pm. The hours for all branches are at samplelibrary.org/hours.'],
      [95, 'p', "great that's everything, thanks"],
      [100, 'l', 'Have a good evening, bye!'],
    ],
    // the first answer had no source; the second gives the hours page: source passes; clarify's question came before it
    exp: usual(),
  },
  {
    name: 'British: a conversion, stones to kilos, from memory; "anything else" asked; cheerio',
    lines: [
      [0, 'p', 'Hiya, what is 11 stone in kilos?'],
      [20, 'l', "Hello, you're through to the Ask a Librarian service at Leeds Libraries, I'm Gemma. Is that 11 stone exactly, or with some pounds?"],
      [40, 'p', 'Exactly 11'],
      [50, 'l', "That's about 69.9 kg (one stone is 6.35 kg). Does that answer it?"],
      [70, 'p', 'Brilliant ta'],
      [75, 'l', 'Anything else I can help with today?'],
      [95, 'p', "No that's all"],
      [100, 'l', 'Cheerio, thanks for using the service!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'Indian English: who wrote a quote, Wikiquote named, "kindly revert" patron, no completeness question',
    lines: [
      [0, 'p', 'Good morning, kindly tell who said "Be the change you wish to see in the world"'],
      [30, 'l', 'Good morning, welcome to the Ask a Librarian service of the State Central Library. I am Lakshmi. Do you require it for citing in an assignment?'],
      [60, 'p', 'Yes madam for essay'],
      [80, 'l', 'It is commonly attributed to Mahatma Gandhi, but Wikiquote (en.wikiquote.org/wiki/Mahatma_Gandhi) notes it is a paraphrase; the nearest verified words are in his Collected Works, vol. 13. Please cite it as "attributed to".'],
      [120, 'p', 'Thank you madam. That is all.'],
      [130, 'l', 'You are welcome. Best of luck for your essay!'],
    ],
    // label fixed after the first run: "Best of luck for your essay!" is a parting wish, a goodbye (as "have a good one")
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'Spanish: la dirección de la oficina del MVA, referral with address, "¿Le sirve?"',
    lines: [
      [0, 'p', 'hola cual es la direccion de la MVA en Glen Burnie'],
      [25, 'l', 'Hola, gracias por comunicarse con AskUsNow!, soy Ana, bibliotecaria de la Biblioteca del Condado de Anne Arundel. ¿Necesita la sede principal de la MVA?'],
      [50, 'p', 'si la principal'],
      [65, 'l', 'La sede principal de la MVA está en 6601 Ritchie Highway NE, Glen Burnie, MD 21062; puede llamarlos al 410-768-7000. ¿Le sirve esa información?'],
      [95, 'p', 'si gracias'],
      [100, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [120, 'p', 'no nada mas'],
      [125, 'l', '¡Gracias por usar AskUsNow!, que tenga buen día!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'student worker, chat-speak: a definition from the dictionary database, slow pickup',
    lines: [
      [0, 'p', 'wat does ubiquitous mean'],
      [95, 'l', 'hi!! sorry for the wait, im Kayla at the Campus Library help chat :) is it for a class reading?'],
      [120, 'p', 'ya english'],
      [135, 'l', 'the Oxford English Dictionary (in our databases at lib.campus.edu/oed) says "present, appearing, or found everywhere". does that help?'],
      [150, 'p', 'ya thx'],
      [160, 'l', 'np! anything else?'],
      [175, 'p', 'nah'],
      [180, 'l', 'ok bye!! :)'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'formal academic: a date from Britannica Academic, restatement, then a second question answered from memory',
    lines: [
      [0, 'p', 'Good afternoon. I need the exact date of the Treaty of Westphalia for a footnote.'],
      [30, 'l', 'Good afternoon, and welcome to Ask a Librarian at State University Libraries; this is Dr. Ellis, humanities librarian. You need the signing date, for a citation in a footnote, correct?'],
      [60, 'p', 'Correct.'],
      [90, 'l', 'The treaties were signed at Osnabrück and Münster on 24 October 1648, per Britannica Academic (lib.state.edu/britannica). Does that fully answer your question?'],
      [130, 'p', 'Yes. Also, is it Westphalia or Westfalen in English usage?'],
      [145, 'l', 'In English it is Westphalia; Westfalen is the German form.'],
      [170, 'p', 'Thank you, that is everything I needed.'],
      [180, 'l', 'You are most welcome. Good luck with the article.'],
    ],
    // label fixed after the first run: "Good luck with the article." is a parting wish, a goodbye: courteous passes
    exp: usual(),
  },
  {
    name: 'scripted macros: greeting, answer from the catalogue, "Does this completely answer your question?", macro close',
    lines: [
      [0, 'p', 'do you have the new john grisham book'],
      [10, 'l', 'Welcome to Ask Us 24/7! My name is Pat and I am a librarian. I am reviewing your question now.'],
      [30, 'l', 'Do you mean his 2024 novel "Camino Ghosts", or a different title?'],
      [55, 'p', 'yes that one'],
      [70, 'l', 'Our catalogue shows 12 copies of Camino Ghosts, all checked out with 30 holds; you can place a hold at catalog.samplelibrary.org. Does this completely answer your question?'],
      [100, 'p', 'ok'],
      [110, 'l', 'Is there anything else I can help you with today?'],
      [130, 'p', 'no'],
      [135, 'l', 'Thank you for using Ask Us 24/7. Have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native patron, conversion question; a long silent search with no hold: keep_informed fails',
    lines: [
      [0, 'p', 'Hello, please how much is 30 celsius in farenheit, i am new here'],
      [20, 'l', 'Hello and welcome! I am Maria, librarian at Sample County Library. Is it for the weather, or for cooking?'],
      [40, 'p', 'for weather, the radio say 86'],
      [200, 'l', '30 °C is 86 °F, so the radio is right. The NOAA converter at weather.gov/epz/wxcalc_tempconvert does it for any number. Does that help you?'],
      [230, 'p', 'yes thank you very much, is all'],
      [240, 'l', 'You are very welcome, goodbye!'],
    ],
    // 40 -> 200: 160 s waiting on the provider; "is all" said explicitly that they are done
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'sloppy: answer from Wikipedia, no greeting name, no goodbye, code missing',
    lines: [
      [0, 'p', 'who won the 1998 world cup'],
      [15, 'l', 'hi'],
      [25, 'l', 'France won, beating Brazil 3-0 in the final (Wikipedia, 1998 FIFA World Cup article).'],
      [50, 'p', 'ok'],
    ],
    over: { resolutionCode: null },
    // no name, library or service: greeting fails; no question; Wikipedia is a named resource: source passes; no
    // completeness, no "anything else"; the last provider messages are "hi" and the answer: courteous fails
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }),
  },
  {
    name: 'a definition, the provider asks about the context; answer with a link; follow-up question; patron vanishes',
    lines: [
      [0, 'p', 'what does habeas corpus mean exactly'],
      [20, 'l', 'Hello! Chris here from the Maryland State Law Library chat. Is this for a case you are involved in, or general interest?'],
      [50, 'p', 'school project'],
      [60, 'l', "It's a court order requiring that a person held in custody be brought before a judge, so the detention can be reviewed. The Legal Information Institute explains it at law.cornell.edu/wex/habeas_corpus. Is that what you needed?"],
      [240, 'l', 'Are you still there?'],
      [260, 'l', 'I will close the chat now. Thanks for contacting us!'],
    ],
    // final idle from 60 to the goodbye at 260 (200 s): check-in passes; ≥ 180, and the goodbye does not say the patron
    // seems to have disconnected: disconnect fails
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'a phone for the county tax office, named without a contact: source fails, referral fails',
    lines: [
      [0, 'p', 'i need to call about my property tax bill'],
      [20, 'l', 'Hi, this is Jo with Ask Us at Sample County Library. Which county is the property in?'],
      [45, 'p', 'baltimore county'],
      [55, 'l', 'You will want to call the Baltimore County Office of Budget and Finance, they handle property tax bills. Does that help?'],
      [80, 'p', 'ok'],
      [85, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'ready reference with a hold and a partial result, then the answer from a statistics page',
    lines: [
      [0, 'p', 'how many people died in car crashes in the US last year'],
      [20, 'l', 'Hello, welcome to Ask a Librarian! I am Leo from Sample County Library. Do you need the national total or a particular state?'],
      [40, 'p', 'national'],
      [50, 'l', "Let me check the federal numbers, one moment."],
      [150, 'l', "NHTSA's early estimate is in, still checking whether the final count is out."],
      [240, 'l', "NHTSA's early estimate for 2023 is 40,990 traffic deaths, at nhtsa.gov/press-releases. The final count is not out yet. Does that answer your question?"],
      [270, 'p', 'yes that is all i needed thanks'],
      [280, 'l', 'You are welcome, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'two quick questions, the second with no source, patron says only "k" and leaves; provider says bye',
    lines: [
      [0, 'p', 'hey how tall is the empire state building'],
      [15, 'l', 'Hi! Jess here at the Ask Us chat, Sample County Library. With the antenna or to the roof?'],
      [30, 'p', 'with'],
      [40, 'l', '1,454 feet with the antenna, per the building\'s own site esbnyc.com/about/facts-figures. Did that help?'],
      [55, 'p', 'ya. what year was it built'],
      [65, 'l', 'It opened in 1931.'],
      [80, 'p', 'k'],
      [85, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a spelling, answered at once with the dictionary site, no question: clarify fails; patron "that\'s all, thanks"',
    lines: [
      [0, 'p', 'is it definately or definitely'],
      [10, 'l', 'Hi, this is Jo at Ask Us, Sample County Library! It is "definitely"; see merriam-webster.com/dictionary/definitely. Does that answer your question?'],
      [25, 'p', "yes that's all, thanks"],
      [30, 'l', 'Happy to help, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a follow-up promised for a hard-to-find figure: e-mail confirmed, by tomorrow, recorded in time',
    lines: [
      [0, 'p', 'what was the population of Ellicott City in 1900'],
      [20, 'l', 'Hello, thanks for contacting AskUsNow! This is Dana at Howard County Library System. Do you mean the town itself, or the election district?'],
      [50, 'p', 'the town'],
      [60, 'l', 'Let me look in the census volumes.'],
      [160, 'l', 'The 1900 census tables at census.gov/library/publications/decennial/1900 list districts, not the town; I need to check our Howard County history room for a town count. Can I e-mail you what I find by tomorrow afternoon?'],
      [190, 'p', 'sure, its jlee@example.com'],
      [200, 'l', "Got it, jlee@example.com. I'll send it by tomorrow afternoon. Is there anything else?"],
      [215, 'p', 'no thats all'],
      [220, 'l', 'Thanks, talk soon!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(20 * 3600), by: 'jo', note: 'sent town count' }] },
    // completeness: no question about what was given (the e-mail offer is about something not yet given): fails
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Lost Call, the patron gone before pickup; the provider only greets, session closed right after',
    lines: [
      [0, 'p', 'what is the zip code for towson'],
      [50, 'l', 'Hello, this is Jo at Ask Us. Thanks for your question!'],
    ],
    over: { ...LOST, endAfter: 20 },
    // the greeting thanks: courteous passes; final idle 20 s: na
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    // (knownResource H1, other words) Guinness World Records named as the source, no URL
    name: 'warm public library, a record from the Guinness World Records book, restated, patron done',
    lines: [
      [0, 'p', 'who was the tallest man ever'],
      [20, 'l', "Hi there, welcome to Ask Us! I'm Nadia, a librarian at Sample County Library. So you'd like the tallest person ever recorded?"],
      [45, 'p', 'yes'],
      [55, 'l', 'Let me pull the record book off the shelf.'],
      [120, 'l', 'Guinness World Records 2024 lists Robert Wadlow (1918-1940) at 8 ft 11.1 in, the tallest man in medical history. Is that what you were looking for?'],
      [150, 'p', "yes! that's all i needed"],
      [155, 'l', 'Great, thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    // (knownResource H1, other words) "checked the World Factbook", chat-speak, no URL
    name: 'student worker: "checked the world factbook" for a population, patron says "thats it ty"',
    lines: [
      [0, 'p', 'population of nigeria??'],
      [15, 'l', 'hey! Jordan here at the Campus Library help chat :) is this for a class? want the newest estimate?'],
      [35, 'p', 'ya newest, for geo'],
      [50, 'l', 'checked the world factbook: about 236.7 million (2024 est). that work for u?'],
      [70, 'p', 'thats it ty'],
      [75, 'l', 'np, bye!'],
    ],
    exp: usual(),
  },
  {
    // (knownResource H1, near miss in a whole session) Wikipedia turned away, the answer from memory: no source
    name: 'Wikipedia turned away ("teachers don\'t accept Wikipedia"), the date from memory: source fails',
    lines: [
      [0, 'p', 'when was the battle of hastings, and can i just use wikipedia to cite it'],
      [20, 'l', 'Hello, this is Jo with Ask Us at Sample County Library. Is it for a school essay?'],
      [45, 'p', 'yes year 9'],
      [55, 'l', "It was 14 October 1066. Most teachers don't accept Wikipedia as a citation, so ask your teacher what they want. Does that help?"],
      [80, 'p', 'ok thx'],
      [85, 'l', 'Bye, good luck!'],
    ],
    // "ask your teacher" names a person outside the chat with no way to reach them: a referral that fails
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    // (namedAtPhoneH1, other words) British: a name, then "on" and a UK freephone number
    name: 'British: council tax arrears, "you can ring StepChange on 0800 138 1111", patron done',
    lines: [
      [0, 'p', 'Hello, who do I ask about a council tax reduction?'],
      [25, 'l', "Hello, you're through to Ask a Librarian at Manchester Libraries, I'm Siobhan. Are you in Manchester itself?"],
      [50, 'p', 'Yes, Moss Side'],
      [70, 'l', 'The council explains the reduction at manchester.gov.uk/counciltax, and for free debt advice you can ring StepChange on 0800 138 1111. Does that cover it?'],
      [100, 'p', "Yes that's everything, ta"],
      [105, 'l', 'Lovely, thanks for getting in touch. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (namedAtPhoneH1, other words) Australian, spaced 13 number, a name without a party word
    name: 'Australian: "you can call Centrelink on 1800 050 004" beside a licence renewal, no completeness question',
    lines: [
      [0, 'p', 'how do i renew my drivers licence in nsw'],
      [20, 'l', "G'day, State Library of NSW Ask a Librarian, Mel here. Is it a car licence, or a boat licence?"],
      [45, 'p', 'car'],
      [60, 'l', 'You renew it online at service.nsw.gov.au, or you can call Centrelink on 1800 050 004 if the pension card is involved.'],
      [90, 'p', 'thanks thats all'],
      [95, 'l', 'No worries, bye!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- info.source: named resource vs organisation vs memory ---------------------------------------------------------
  { name: '"The CIA World Factbook gives Canada\'s area as 9,984,670 sq km."', lines: [...ASK('how big is canada'), L("The CIA World Factbook gives Canada's area as 9,984,670 sq km.")], exp: some({ source: 'pass' }) },
  { name: '"It\'s 9.98 million square km." (memory)', lines: [...ASK('how big is canada'), L("It's 9.98 million square km.")], exp: some({ source: 'fail' }) },
  { name: '"Per the Bureau of Labor Statistics, the rate was 3.9%." (organisation only)', lines: [...ASK('what is the unemployment rate'), L('Per the Bureau of Labor Statistics, the rate was 3.9% in May.')], exp: some({ source: 'fail' }) },
  { name: '"bls.gov/cps shows 3.9% for May."', lines: [...ASK('what is the unemployment rate'), L('bls.gov/cps shows 3.9% for May.')], exp: some({ source: 'pass' }) },
  { name: '"Statistical Abstract of the United States, table 12"', lines: [...ASK('how many people live in texas'), L('Table 12 of the Statistical Abstract of the United States gives 29.1 million for 2020.')], exp: some({ source: 'pass' }) },
  { name: '"I looked it up on Wikipedia: 1969."', lines: [...ASK('what year was the moon landing'), L('I looked it up on Wikipedia: July 20, 1969.')], exp: some({ source: 'pass' }) },
  { name: '"Our catalogue has 3 copies on the shelf at Central."', lines: [...ASK('do you have the hobbit'), L('Our catalogue has 3 copies on the shelf at Central.')], exp: some({ source: 'pass' }) },
  { name: '"We\'re open 10 to 6 on Saturdays." (own hours, memory)', lines: [...ASK('are you open saturday'), L("We're open 10 to 6 on Saturdays.")], exp: some({ source: 'fail' }) },
  // ---- inquiry.clarify in a quick question ---------------------------------------------------------------------------
  { name: 'restatement "So you\'re after the height in metres?" before the answer', lines: [...ASK('how tall is mt everest'), L("So you're after the height in metres?", 25), [40, 'p', 'yes'], L('8,849 m, per nationalgeographic.com. Does that help?')], exp: some({ clarify: 'pass' }) },
  { name: 'question "US gallons or imperial?" before the answer', lines: [...ASK('how many litres in a gallon'), L('US gallons or imperial?', 25), [40, 'p', 'us'], L('3.785 litres, per nist.gov. Does that help?')], exp: some({ clarify: 'pass' }) },
  { name: 'answer straight away, then "Did you need it for a particular year?" after the source', lines: [...ASK('population of ohio'), L('census.gov/quickfacts gives 11.8 million.', 25), L('Did you need it for a particular year?', 30)], exp: some({ clarify: 'fail' }) },
  { name: 'no source ever; a question about the need before the answer from memory', lines: [...ASK('when is flag day'), L('Is this the US Flag Day?', 25), [40, 'p', 'yes'], L('June 14.')], exp: some({ clarify: 'pass', source: 'fail' }) },
  // ---- followup.completeness -----------------------------------------------------------------------------------------
  { name: '"That what you needed?" after the answer', lines: [...ASK('what is the speed of light'), L('299,792,458 m/s, see physics.nist.gov/cuu. That what you needed?')], exp: some({ complete: 'pass' }) },
  { name: '"Would you like the metric figure too?" (something not yet given)', lines: [...ASK('how tall is the eiffel tower'), L('1,083 ft, see toureiffel.paris. Would you like the metric figure too?')], exp: some({ complete: 'fail' }) },
  { name: '"Hope that helps!" is not a question', lines: [...ASK('what is the speed of light'), L('299,792,458 m/s, see physics.nist.gov/cuu. Hope that helps!')], exp: some({ complete: 'fail' }) },
  { name: '"Does that answer your question?" in a message of its own after the answer', lines: [...ASK('who wrote middlemarch'), L('George Eliot; our catalogue lists it at catalog.sample.org.'), L('Does that answer your question?', 65)], exp: some({ complete: 'pass' }) },
  // ---- closing.anything_else -----------------------------------------------------------------------------------------
  { name: 'patron "thats it thx" (explicitly done)', lines: [...ASK('who wrote middlemarch'), L('George Eliot, per our catalogue at catalog.sample.org.'), [80, 'p', 'thats it thx'], L('Bye!', 85)], exp: some({ anything: 'pass' }) },
  { name: 'patron "thx" only', lines: [...ASK('who wrote middlemarch'), L('George Eliot, per our catalogue at catalog.sample.org.'), [80, 'p', 'thx'], L('Bye!', 85)], exp: some({ anything: 'fail' }) },
  { name: 'provider "Any other quick questions?"', lines: [...ASK('who wrote middlemarch'), L('George Eliot, per our catalogue at catalog.sample.org.'), L('Any other quick questions?', 65), [80, 'p', 'no'], L('Bye!', 85)], exp: some({ anything: 'pass' }) },
  // ---- closing.courteous ---------------------------------------------------------------------------------------------
  { name: '"Take care!" as the last word', lines: [...ASK('who wrote middlemarch'), L('George Eliot, per catalog.sample.org.'), [80, 'p', 'ok ty'], L('Take care!', 85)], exp: some({ courteous: 'pass' }) },
  { name: 'the answer is the last word, the patron leaves', lines: [...ASK('who wrote middlemarch'), L('George Eliot, per catalog.sample.org.')], exp: some({ courteous: 'fail' }) },
  // ---- resolution.code and pickup --------------------------------------------------------------------------------------
  { name: 'Lost Call, one patron message, the provider answered anyway: code passes', lines: [...ASK('what is the zip code for towson'), L('21204, per tools.usps.com/zip-code-lookup.htm.')], over: LOST, exp: some({ code: 'pass', source: 'pass' }) },
  { name: 'Lost Call, the patron also wrote "hello?": code fails', lines: [[0, 'p', 'what is the zip code for towson'], [40, 'p', 'hello?'], [70, 'l', 'Hi, Jo at Ask Us here.']], over: LOST, exp: some({ code: 'fail', pickup: 'fail' }) },
  { name: 'pickup at 60 s exactly passes', lines: [[0, 'p', 'what is the zip code for towson'], [60, 'l', 'Hi, Jo at Ask Us here. 21204, see tools.usps.com.']], exp: some({ pickup: 'pass' }) },
  // ---- (knownResource H1) the same behaviour in other words -----------------------------------------------------------
  { name: '(knownResource H1) "Per Wikipedia\'s list of tallest buildings, it is 828 m."', lines: [...ASK('how tall is the burj khalifa'), L("Per Wikipedia's list of tallest buildings, it is 828 m.")], exp: some({ source: 'pass' }) },
  { name: '(knownResource H1) "Según Wikipedia, la capital es Canberra."', lines: [...ASK('cual es la capital de australia'), L('Según Wikipedia, la capital es Canberra.')], exp: some({ source: 'pass' }) },
  // ---- (namedAtPhoneH1) the same behaviour in other words -------------------------------------------------------------
  { name: '(namedAtPhoneH1) "Ring Citizens Information on 0818 07 4000."', lines: [...ASK('who can tell me about the dole in ireland'), L('Ring Citizens Information on 0818 07 4000, they cover Jobseeker payments.')], exp: some({ referral: 'pass' }) },
  { name: '(namedAtPhoneH1) "You can phone Ofcom on 0300 123 3333."', lines: [...ASK('who do i complain to about my broadband'), L('You can phone Ofcom on 0300 123 3333 about broadband complaints.')], exp: some({ referral: 'pass' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for knownResource H1: the work named to be turned away, or a like word that is no reference work
  { name: 'near miss: "Wikipedia isn\'t allowed for this assignment, but it was 1066." : source fails', lines: [...ASK('when was hastings'), L("Wikipedia isn't allowed for this assignment, but it was 1066.")], exp: some({ source: 'fail' }) },
  { name: 'near miss: "Rather than Wikipedia, use a print encyclopaedia; it was 1066." : source fails', lines: [...ASK('when was hastings'), L('Rather than Wikipedia, I would cite a scholarly source. It was 1066.')], exp: some({ source: 'fail' }) },
  { name: 'near miss: "Avoid Wikipedia for citations. It was 1066." : source fails', lines: [...ASK('when was hastings'), L('Avoid Wikipedia for citations. It was 1066.')], exp: some({ source: 'fail' }) },
  { name: 'near miss: "The Guinness brewery opened in 1759." (no record book) : source fails', lines: [...ASK('when did guinness start'), L('The Guinness brewery opened in 1759 at St James\'s Gate.')], exp: some({ source: 'fail' }) },
  { name: 'near miss: "I can\'t give you Wikipedia as a source; it was 1066." : source fails', lines: [...ASK('when was hastings'), L("I can't give you Wikipedia as a source; it was 1066.")], exp: some({ source: 'fail' }) },
  // near misses for namedAtPhoneH1: a day or a time after "on" / "at", no number to call
  { name: 'near miss: "You can call Centrelink on 14 March 2025 when the new rates start." : no referral read', lines: [...ASK('when do pension rates change'), L('You can call Centrelink on 14 March 2025 when the new rates start.')], exp: some({ referral: 'na' }) },
  { name: 'near miss: "You could ring Centrelink at 10.30 tomorrow, when it is quieter." : no referral read', lines: [...ASK('when is centrelink quiet'), L('You could ring Centrelink at 10.30 tomorrow, when it is quieter.')], exp: some({ referral: 'na' }) },
  { name: 'near miss: "Look up Centrelink on 2 pages of the guide: servicesaustralia.gov.au" (no calling verb)', lines: [...ASK('centrelink info'), L('Look up Centrelink on 2 pages of the guide at servicesaustralia.gov.au.')], exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-ninth round (H1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (H1): ready reference and quick facts, every check', whole);
describeSessions('twenty-ninth round (H1): ready reference and quick facts, short cases', short);
describeSessions('twenty-ninth round (H1): ready reference and quick facts, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled. */
const READ_SINCE_LEFT: SessionCase[] = [
  {
    // once LEFT ("132 300", an Australian 13 number of six digits, was not read as a phone): read since v41 G22, whose
    // AU_13_G22 reads a 13 number in two threes after "on / at", a calling verb or at the start of a number run
    name: 'Australian: a phone number for Centrelink, given with a call-them referral; "that what you were after?"',
    lines: [
      [0, 'p', 'whats the phone number for centrelink'],
      [15, 'l', "G'day, Brisbane City Libraries chat, Trev here. Which payment is it about? They've got different lines."],
      [40, 'p', 'age pension'],
      [55, 'l', "You can call Centrelink's Older Australians line on 132 300, or look it up at servicesaustralia.gov.au/contact-us. That what you were after?"],
      [75, 'p', 'yep cheers'],
      [80, 'l', 'No worries, have a good one.'],
    ],
    // "have a good one" is a parting wish: courteous reads it as a goodbye? It neither thanks nor says goodbye literally;
    // reading: "have a good one" is a goodbye (a parting formula)
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
];

describeSessions('twenty-ninth-round-ready: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('twenty-ninth-round-ready', LEFT);
