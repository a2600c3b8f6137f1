/**
 * Thirty-sixth round (E5), a narrowing wave: v36's changes that had no wave after them, both ways (what they read that is not
 * their behaviour, and what they skip that is): block E3 (`mindAtEaseOfE3`, `confirmSiteNamedE3`, `sendThenAskNarrowE3`,
 * `relativeRunsE3`; its swaps of `referralParty`, Master Gardeners' pages and the trades' channels, and of `completeness`,
 * "Does all that put your mind at ease?"), block E4 (`acronymShapeE4`, `serviceShapeE4`, `theAcronymEsE4`; its swaps of `url`,
 * .pharmacy, and `knownResource`, the test-prep names) and block G7's family changes (`knownResource`: the IRS Tax Exempt
 * Organization Search, EO Select Check, ProPublica's Nonprofit Explorer; `dismissalHard`: "You've asked a lot of questions and
 * I can't go through all of them"; `referralVerb`: "book a free advisor through the Maryland SBDC").
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, chat-speak) and Spanish:
 *  "mind at ease" in other frames: British "Does that set your mind at rest?", "Does all of that / all of this …", "… about
 *   the letter?", chat-speak "did that help put ur mind at ease??", a statement ("I hope that puts your mind at ease.",
 *   "That should set your mind at rest."), a question about the need ("What would put your mind at ease?"), an offer ("Would
 *   that set your mind at rest?"), and after a patron's message that says who sent them ("my son told me to check with the
 *   library", "my daughter sent me here to ask", "my neighbour said i should ask a librarian") or brings news ("i called the
 *   number on my card and they said its fake", "they told me to ignore it", "my son told me to ask you, he called medicare and
 *   they said its fake", "my son sent me a library article and it says its fake");
 *  "asked a lot of questions" as a refusal ("today", "many", "a ton of … n i cant get to all of them, sry", "we can't answer
 *   them all today", Spanish "Ha hecho muchas preguntas y no puedo responderlas todas"), in praise ("a lot of great
 *   questions and I can't wait to dig in"), going on with help ("… at once, so let's take the car first", "…, sorry, but the
 *   estate guide at … covers the rest", "… pero le mando el resto por correo"), in an apology or a denial ("Sorry if it
 *   sounded like I said …", "I never said …"), and said by the patron;
 *  "book an advisor" with a meeting ("a free advisor session / appointment through the SBDC"), a room ("reserve a mentor
 *   room at / through samplelib.org/rooms"), a vehicle ("book a rental van through Enterprise"), a click ("with one click"),
 *   SCORE with and without its address;
 *  the IRS look-up by its short name ("Tax Exempt Org Search", "Tax-Exempt Org Search"), "our org search for tax-exempt
 *   status", "EO Select Check", "Nonprofit Explorer" (a troop, a post, Spanish "el Nonprofit Explorer de ProPublica");
 *  acronyms followed by "it" or "they" in other senses: agencies that "require approval", "protect workers", "cover
 *   complaints", "list recalls" (HOA, EEOC, CFPB, CPSC), codes and laws that "require a permit / consent" (NEC, GDPR), a data
 *   sheet that "lists the hazards" (SDS), things another party checks ("The EIN …, and they can check it at the branch",
 *   "Your VIN …, they can verify it at any dealer"), "they have rangers" (NPS), a longer sentence ("If you are not sure …,
 *   the SBDC can help with that, and they have advisors in every county"), Spanish "La OCR le puede ayudar, ellos atienden
 *   quejas", "La SBA les puede ayudar"; "… Service" with "they can set it up" (Home Care) and "set it up with his inmate
 *   number" (Victim Notification);
 *  the trades and Master Gardeners: "DM a numismatist on Instagram", "Ask an appraiser for their past sales records", "a
 *   bookseller's Etsy shop", "a numismatist's Substack", "an auction house's upcoming lots", British "Ring an auctioneer about
 *   recent sales results", "the Master Gardeners hotline / help desk at askmg@umd.edu / planting calendar", chat-speak "hit up
 *   the master gardeners on fb"; .pharmacy after "check … first" and Spanish "Visite safe.pharmacy para …"; test-prep "Log in
 *   to Peterson's Test and Career Prep" and "… class at the community college"; "I'll send you the survey results / findings
 *   I find" against "a quick survey about / on today's chat".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where the text leaves room:
 * - followup.completeness ("asks whether the information already given meets the need"): "Does that put your mind at ease?"
 *   after the provider's answer asks it, even when the patron's message before says who sent them to the library; right
 *   after the patron's own news ("they said its fake", "they told me to ignore it") it asks about that news, not the
 *   provider's answer (as E3); "… about the letter?" still asks it; "about whether I should phone the office for you
 *   tomorrow?" asks about an offer;
 * - closing.no_dismissal ("tells the patron … that they … asked too many"): "You've asked a lot / many / a ton of questions and
 *   I can't go through all of them" ending the sentence tells them so (G7's reading); going on with help in the same sentence,
 *   an apology or denial of having said it, praise, and the patron's own words do not;
 * - Terms, Referral: "book a free advisor session through <a party>" tells the patron to contact the party's advisor; a
 *   room or a van booked is no party; an acronym the sentence says "requires approval" is a body that rules (an HOA), one
 *   that "requires a permit / consent" may be a code or a law (NEC, GDPR): left to the lists; "they" that is another party
 *   ("they can check it at the branch") does not make the acronym a party;
 * - followup.contact / resolution.code: "I'll … send you the survey results I find. What email should I use?" promises
 *   more to come (a follow-up session); a survey about the chat does not.
 *
 * Written: 90 cases, all labelled before running: 4 whole sessions and 36 short cases in a first batch; 23 near misses of the
 * fixes after it; 22 short cases in a second batch (the area's own words: Spanish acronyms, agencies' "it", services, the
 * trades and Master Gardeners, .pharmacy, test prep, Spanish dismissal and booking); 5 near misses of the second batch's fix.
 * Four cases built on patron news ("i called … they said its fake") were rebuilt with the same labels after the first
 * guard run: as first written the provider's question came before any source, so followup.completeness failed whatever the
 * reading (`news()` now gives the source first). Run: 4 whole, 33 + 20 short, 27 in `guards`; LEFT: 6, 5 since the merge (below).
 *
 * First run (40 cases): 14 disagreed; my labels corrected: 0 (each re-read against RUBRIC.md and kept).
 *  - followup.completeness 5: E3's `mindAtEaseOfE3` took "my son told me to check with the library" and "my daughter sent me
 *    here to ask" as news (2); G3/E3's family skipped British "set your mind at rest", "all of that", "… about the letter?" (3).
 *  - info.source 1: G7's IRS look-up by its short name "Tax Exempt Org Search".
 *  - closing.no_dismissal 3: G7's refusal skipped with "many" and with chat-speak "n … sry"; read in an apology ("Sorry if
 *    it sounded like I said you've asked a lot of questions and …").
 *  - referral.contact 5: G7's booking skipped "a free advisor session through the Maryland SBDC"; E4's "it requires" read
 *    "Your HOA can tell you, it requires approval for any new fence" as a thing; E4's "they can check / verify" read the EIN
 *    and the VIN as parties (LEFT); a URL later in the referral's own sentence lent to the Women's Business Center (older, LEFT).
 *  - resolution.code, followup.contact 1: E3's survey took "send you the survey results I find" as a survey about the chat.
 * Fixed in block E5 (v37 only; near misses in `guards`):
 *  - completeness (phrasesV37E5 swaps E3's alternative): "set" beside "put", "all of that / all of this", and "about" with
 *    three words at most before the "?" [near misses: "That should set your mind at rest." (no question), "Would that set your
 *    mind at rest?" (an offer), "Does that put your mind at ease about whether I should phone the office for you tomorrow?"].
 *  - `sentHereE5` (classify.ts `sentHereE5`, in E3's hook): the patron's message is no news when, with what sent them here
 *    left out ("told me to check with the library", "sent me here to ask", "said i should ask a librarian"), E3's list and a
 *    third-person report ("he called", "they said") find nothing [near misses, still news: "they told me to ignore it", "my
 *    son told me to ask you, he called medicare and they said its fake", "my son sent me a library article and it says its
 *    fake" (a library word needs the/your/this/our)].
 *  - `surveyResultsE5` (classify.ts `sendThenAskNarrowE5`, in E3's hook): E3's survey not before results, data, findings,
 *    a report, numbers, statistics, responses [near miss: "I'll send you a quick survey on today's chat. What email should it
 *    go to?" stays no promise].
 *  - knownResource (swaps G7's alternative): "org" beside "organization" ["Our org search for tax-exempt status found
 *    nothing" still no source].
 *  - dismissalHard (swaps G7's alternative, adds a Spanish one): "many / so many / a great many / a good many", " n" for
 *    "and", ", sorry / sry / soz" before the end; not after "sorry if / didn't mean / never said / not saying …" in the
 *    sentence; Spanish "(usted) ha hecho muchas / tantas / bastantes preguntas y no puedo responderlas todas (hoy)."
 *    [near misses: "Looks like you've asked many questions and I can't answer any more.", "I'm afraid …, sorry." still
 *    read; "many good questions and I can't wait", "I never said …", "…, sorry, but the estate guide at … covers the rest",
 *    "… todas ahora, pero le mando el resto por correo", "Me ha hecho muchas preguntas buenas y no puedo esperar …", the patron's
 *    "he hecho muchas preguntas …" not read].
 *  - referralVerb (swaps G7's alternative): a session, appointment, meeting, consultation or call after the helper ["reserve
 *    a mentor room through samplelib.org/rooms" no referral].
 *  - `bodyRequiresE5` (classify.ts `bodyRequiresE5`, in E4's acronym branch of checks/referral.ts): "it requires / bans /
 *    forbids / prohibits / needs (board / prior …) approval, permission, sign-off or dues" is no thing signal; the lists decide
 *    [near misses: "The NEC can tell you, it requires a permit for that wiring", "The GDPR can help you there: it requires
 *    consent …" stay things; British "Your HOA can help with that, it needs board approval for sheds" refers].
 * Each rule was then widened on purpose (the "about" gap to nine words, no third-person report, any "… library" as what sent
 * the patron, "a permit / consent" as a body's, "rooms" after the helper, "on" after the survey, the Spanish refusal with
 * anything after it, the apology look-behind dropped, a comma as the English refusal's end): each made at least one guard
 * fail, as it should; the rules went back as written.
 * Guard run (23): 1 disagreed, "u asked so many questions n i cant answer them all w/o ur county, which one was it?" (LEFT:
 * v1's "so many questions" is read anywhere, older). Second run (22): 3 disagreed: Spanish "Ha hecho muchas preguntas y no
 * puedo responderlas todas." (fixed above), "The Home Care Service can help, they can set it up so a nurse visits" and
 * Spanish "Visite safe.pharmacy para verificar …" (LEFT). Third run (the 5 Spanish and "sorry, but" guards): 0.
 * Left (6, each with its reason in LEFT): the Women's Business Center lent a later URL of its sentence (older; at the merge
 * with block G9 its `actTailG9` reads "…, and read the Cottage Food rules at …" as another errand's URL, so the case runs); the EIN's and
 * the VIN's "they" (another party: only the meaning tells); "so many questions" read anywhere (older); "they can set it up"
 * after a "… Service" (whose "they" it is needs the meaning); Spanish "Visite safe.pharmacy para …" (the shape of a shop typed
 * with a dot).
 * v37's fingerprint after block E5: fe58d2277c08df11.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A letter the patron fears is a scam, up to the patron's answer to the clarifying question. */
const LETTER: Line[] = [
  [0, 'p', 'i got a letter saying my medicare card will be cancelled unless i call a number. is it real?'],
  [20, 'l', 'Hi, this is Jo, a librarian at Sample County Library. Did the letter come by post or by e-mail?'],
];
/** `LETTER`, the patron's `reply`, the provider's `text`, thanks and a goodbye. */
const letter = (reply: string, text: string): Line[] => [...LETTER, [50, 'p', reply], [80, 'l', text], ...BYE];
/** `LETTER`, "by post", a source with no question, the patron's `news`, the provider's `ask` and a goodbye. */
const news = (report: string, ask = 'Good. Did that put your mind at ease?'): Line[] => [
  ...LETTER,
  [50, 'p', 'by post'],
  [80, 'l', 'It is a scam: see medicare.gov/basics/reporting-medicare-fraud-and-abuse.'],
  [110, 'p', report],
  [130, 'l', ask],
  [160, 'p', 'yes thanks'],
  [170, 'l', 'Thanks for chatting, bye!'],
];
/** A Spanish session: the patron's question `q`, a Spanish greeting that asks the county, the reply, `text` and a goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
/** A nonprofit question up to the patron's answer. */
const NP: Line[] = OPEN('how can i check if a charity is legit before i donate', 'Hi, this is Jo, a librarian at Sample County Library. Is it a US charity, and do you know its exact name?', 'yes its called Helping Paws Rescue');
/** `NP`, then `text` and a goodbye. */
const np = (text: string): Line[] => [...NP, L(text), ...BYE];
/** A small-business question up to the patron's answer. */
const BIZ: Line[] = OPEN('i want to start a bakery from home, where do i start', 'Hi, this is Jo, a librarian at Sample County Library. Are you in Maryland, and do you have a business plan yet?', 'yes maryland, no plan yet');
const biz = (text: string): Line[] => [...BIZ, L(text), ...BYE];
/** A long chat; `text` is the provider's last message before the patron leaves (a goodbye follows). */
const long = (text: string): Line[] => [
  ...OPEN('i have questions about my late dads estate, probate, his car title, his taxes and his house', 'Hi, this is Jo, a librarian at Sample County Library. Which county did he live in?', 'howard county'),
  [80, 'l', "The Maryland Register of Wills explains probate step by step at registers.maryland.gov. Does that help?"],
  [120, 'p', 'yes. also how do i transfer the car. and do i file his taxes. and what about the house, and his credit cards, and his pension?'],
  [150, 'l', text],
  [160, 'l', 'Thanks for chatting, goodbye.'],
];

export const whole: SessionCase[] = [
  {
    name: 'a Medicare letter: the son sent her to the library, the provider answers in words and asks "Does that put your mind at ease?"',
    lines: letter(
      'by post. my son told me to check with the library before i call anyone',
      'Medicare does not cancel cards by letter like that, and it never asks you to call an unknown number; it is very likely a scam, so please do not call it. Does that put your mind at ease?',
    ),
    // an answer given in words, then the question about it: completeness passes; no source (no URL, no named resource)
    exp: usual({ source: 'fail', anything: 'fail' }),
  },
  {
    name: 'British: an HMRC text, gov.uk page, "Does that set your mind at rest?"',
    lines: [
      [0, 'p', 'Hiya, I got a text saying I am due a tax refund from HMRC and to click a link. Is it genuine?'],
      [25, 'l', "Hello, you're through to Ask a Librarian, I'm Fiona. Did the text ask you for bank details?"],
      [60, 'p', 'Yes it did'],
      [90, 'l', 'HMRC never asks for bank details by text. Their page on spotting scams is at gov.uk/government/organisations/hm-revenue-customs/contact/reporting-fraudulent-emails, and you can forward the text to 7726. Does that set your mind at rest?'],
      [140, 'p', 'It does, thanks ever so much, that is everything'],
      [150, 'l', 'Lovely, take care, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a long estate chat ending "You\'ve asked a lot of questions today and I can\'t go through all of them."',
    lines: long("You've asked a lot of questions today and I can't go through all of them."),
    exp: usual({ complete: 'pass', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'a charity check: "use the IRS\'s Tax Exempt Org Search" (no URL), "Does all of that put your mind at ease?"',
    lines: np("Use the IRS's Tax Exempt Org Search: type in Helping Paws Rescue and see whether it is listed as a 501(c)(3). Does all of that put your mind at ease?"),
    exp: usual({ anything: 'fail' }),
  },
];

export const checked: SessionCase[] = [
  // ---- completeness: "put your mind at ease" (E3, G3) ----
  { name: 'mindAtEase: "Does that put your mind at ease about the letter?" after an answer with a URL : completeness passes', lines: letter('by post', 'It is a scam: Medicare lists these letters at medicare.gov/basics/reporting-medicare-fraud-and-abuse. Does that put your mind at ease about the letter?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: 'mindAtEase: "Has all this put your mind at rest?" after a URL : completeness passes', lines: letter('by post', 'It is a scam: see medicare.gov/basics/reporting-medicare-fraud-and-abuse. Has all this put your mind at rest?'), exp: some({ complete: 'pass' }) },
  { name: 'mindAtEase: "did that help put ur mind at ease??" chat-speak after a URL : completeness passes', lines: letter('by post', 'its a scam, medicare.gov/basics/reporting-medicare-fraud-and-abuse has the details. did that help put ur mind at ease??'), exp: some({ complete: 'pass' }) },
  { name: 'mindAtEase near miss: "I hope that puts your mind at ease." (no question) : completeness fails', lines: letter('by post', 'It is a scam: see medicare.gov/basics/reporting-medicare-fraud-and-abuse. I hope that puts your mind at ease.'), exp: some({ complete: 'fail' }) },
  { name: 'mindAtEase near miss: "What would put your mind at ease?" (a question about the need) : completeness fails', lines: letter('by post', 'It is a scam: see medicare.gov/basics/reporting-medicare-fraud-and-abuse. What would put your mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'mindAtEase near miss: an offer, "I can call the Medicare office for you. Would that put your mind at ease?" : completeness fails', lines: letter('by post', 'I can call the Medicare office for you tomorrow and ask them. Would that put your mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'mindAtEase: patron "my daughter sent me here", answer in words, "Did that put your mind at ease?" : completeness passes', lines: letter('post. my daughter sent me here to ask', 'Medicare never cancels a card by letter and never asks you to phone a strange number, so this is a scam and you can shred it. Did that put your mind at ease?'), exp: some({ complete: 'pass' }) },
  { name: 'mindAtEase near miss: after a source, patron "i called the number on my real card and they said its fake", "Good. Did that put your mind at ease?" : completeness fails', lines: news('i called the number on my real card and they said its fake'), exp: some({ complete: 'fail' }) },
  // ---- dismissalHard: "asked a lot of questions" (G7) ----
  { name: 'dismissal: "You have asked many questions and I cannot answer any more." : no_dismissal fails', lines: long('You have asked many questions and I cannot answer any more.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: chat-speak "u asked a ton of questions n i cant get to all of them" : no_dismissal fails', lines: long('u asked a ton of questions n i cant get to all of them, sry'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal: "You\'ve asked a lot of questions and we can\'t answer them all today." : no_dismissal fails', lines: long("You've asked a lot of questions and we can't answer them all today."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal near miss: an apology, "Sorry if it sounded like I said you\'ve asked a lot of questions and I can\'t go through all of them." : passes', lines: long("Sorry if it sounded like I said you've asked a lot of questions and I can't go through all of them. That is not what I meant: keep asking! For the car, the MVA's page is mva.maryland.gov."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: praise, "You\'ve asked a lot of great questions and I can\'t wait to dig in!" : passes', lines: long("You've asked a lot of great questions and I can't wait to dig in! Let's start with the car: mva.maryland.gov has the title transfer form."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "You\'ve asked a lot of questions and I can\'t answer all of them at once, so let\'s take the car first" : passes', lines: long("You've asked a lot of questions and I can't answer all of them at once, so let's take the car first: mva.maryland.gov has the form."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: the patron says "i know ive asked a lot of questions and u cant answer all of them" : passes', lines: [...long('Happy to help with all of them. The MVA explains title transfers at mva.maryland.gov.'), [170, 'p', 'i know ive asked a lot of questions and u cant answer all of them. thanks']], exp: some({ dismissal: 'pass' }) },
  // ---- referralVerb: "book a free advisor through …" (G7) ----
  { name: 'referralVerb: "book a free advisor session through the Maryland SBDC at mdsbdc.umd.edu" : referral passes', lines: biz('You can book a free advisor session through the Maryland SBDC at mdsbdc.umd.edu; they help with plans. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referralVerb: "book a free mentor through SCORE" (no contact) : referral fails', lines: biz('You can book a free mentor through SCORE, and the Cottage Food rules are at health.maryland.gov/cottagefood. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralVerb near miss: "reserve a mentor room at samplelib.org/rooms" (a room) : referral na', lines: biz('To meet a partner privately, reserve a mentor room at samplelib.org/rooms. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "book a rental car through Enterprise" (a vehicle) : referral na', lines: biz('For deliveries you could book a rental van through Enterprise as needed; the Cottage Food rules are at health.maryland.gov/cottagefood. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'referralVerb near miss: "book a free advisor with one click" (a click, not a party), the SBDC page given : referral passes', lines: biz('At mdsbdc.umd.edu you can book a free advisor with one click. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- knownResource: the IRS and ProPublica look-ups (G7) ----
  { name: 'knownResource: "ProPublica\'s Nonprofit Explorer has its 990s" : source passes', lines: np("ProPublica's Nonprofit Explorer has its 990 filings, so you can see what it spends. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource: "check EO Select Check" : source passes', lines: np('Check EO Select Check on the IRS site for its status. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'knownResource near miss: "she leads our nonprofit explorer troop" (a troop) : source fails', lines: np('I do not know that one, sorry; my colleague who leads our nonprofit explorer troop might, but she is out. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- acronymShapeE4: an agency said to require, list or cover something stays a party ----
  { name: 'acronymShape: "Your HOA can tell you, it requires approval for any new fence" (no contact) : referral fails', lines: one('can i put up a fence', 'Your HOA can tell you, it requires approval for any new fence. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'acronymShape: "The CPSC can tell you, it lists recalls by brand" (no contact) : referral fails', lines: one('was my crib recalled', 'The CPSC can tell you, it lists recalls by brand and model. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'acronymShape: a longer sentence, "If you are not sure, the SBDC can help with that, and they have advisors in every county" : referral fails', lines: biz('If you are not sure what licence you need, the SBDC can help with that, and they have advisors in every county. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- referralParty: E3's trades and Master Gardeners ----
  { name: 'referralParty: "DM a numismatist on Instagram" (no contact) : referral fails', lines: one('what is my 1943 penny worth', 'DM a numismatist on Instagram with a photo of both sides. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralParty: "Ask an appraiser for their past sales records" : referral fails', lines: one('what is my grandmas ring worth', 'Ask an appraiser for their past sales records of similar rings. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralParty near miss: "look through a bookseller\'s Etsy shop" (a shop page) : referral na', lines: one('what is my first edition worth', "Look through a bookseller's Etsy shop for similar copies to get a feel for prices. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'referralParty near miss: "read a numismatist\'s Substack" (a newsletter) : referral na', lines: one('what is my 1943 penny worth', "Read a numismatist's Substack on wartime pennies for the details. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'referralParty: "Call the Master Gardeners about their plant clinic schedule" (no contact) : referral fails', lines: one('whats wrong with my tomato plants', 'Call the Master Gardeners about their plant clinic schedule and bring a leaf. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- sendThenAskNarrowE3: a survey about the chat vs survey results to come ----
  {
    name: 'sendThenAsk: "I\'ll send you the survey results I find. What email should I use?" (a promise) : code fails, contact fails',
    lines: [...OPEN('i need stats on teen vaping in maryland', 'Hi, this is Jo, a librarian at Sample County Library. Is this for a school paper?', 'yes due friday'), L("I'll dig into the state youth tobacco survey and send you the survey results I find. What email should I use?"), [100, 'p', 'sam.l@example.com'], [120, 'l', 'Thanks for chatting, bye!']],
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'sendThenAsk near miss: "I\'ll send you a quick survey about today\'s chat. What email should it go to?" : code passes, contact na',
    lines: [...OPEN('what time do you close', 'Hi, this is Jo, a librarian at Sample County Library. Which branch?', 'central'), L("Central closes at 9 tonight; hours are at samplelib.org/hours. I'll send you a quick survey about today's chat. What email should it go to?"), [100, 'p', 'sam.l@example.com'], [120, 'l', 'Thanks for chatting, bye!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
];

/** Second batch (written and labelled after the first run's fixes, before running). */
export const second: SessionCase[] = [
  // ---- theAcronymEsE4: Spanish acronyms ----
  { name: 'theAcronymEs: "La OCR le puede ayudar, ellos atienden quejas de discriminación" (no contact) : referral fails', lines: es('mi escuela discrimina a mi hijo por su discapacidad', 'La OCR le puede ayudar, ellos atienden quejas de discriminación en escuelas. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymEs: "La SBA les puede ayudar con eso, ellos tienen asesores gratis" (no contact) : referral fails', lines: es('queremos abrir una panaderia mi esposo y yo', 'La SBA les puede ayudar con eso, ellos tienen asesores gratis. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // ---- acronymShapeE4: "it" of an agency vs of a thing ----
  { name: 'acronymShape: "The EEOC can help, it protects workers from retaliation" (an agency, no contact) : referral fails', lines: one('i was fired after i complained about my boss', 'The EEOC can help with that, it protects workers from retaliation. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'acronymShape: "The CFPB can help, it covers complaints about banks" (an agency, no contact) : referral fails', lines: one('my bank wont refund a fraud charge', 'The CFPB can help with that, it covers complaints about banks and card companies. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'acronymShape: "The SDS can tell you, it lists the hazards of each chemical" (a data sheet) : referral na', lines: one('is this pool chemical dangerous to store in my garage', 'The SDS can tell you, it lists the hazards and how to store it. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'acronymShape: "The NPS can tell you, they have rangers at every park" (no contact) : referral fails', lines: one('can i bring my dog to shenandoah', 'The NPS can tell you, they have rangers at every park who know the pet rules. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- serviceShapeE4: "they can set it up" is the party's doing ----
  { name: 'serviceShape: "The Victim Notification Service can tell you when he is released; set it up with his inmate number" (a product) : referral na', lines: one('how will i know when my ex gets out of jail', 'The Victim Notification Service can tell you when he is released; set it up with his inmate number. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- url .pharmacy (E4): Spanish strong lead words before a linking word ----
  { name: 'url .pharmacy: "check safe.pharmacy first" : source passes', lines: one('is this online pharmacy legit', 'Check safe.pharmacy first, it lists the verified ones. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- knownResource test-prep (E4) ----
  { name: 'knownResource: "Log in to Peterson\'s Test and Career Prep with your library card" : source passes', lines: one('anything for asvab practice', "Log in to Peterson's Test and Career Prep with your library card; it has ASVAB practice tests. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'knownResource near miss: "Peterson\'s Test and Career Prep class at the community college" (a class) : source fails', lines: one('anything for asvab practice', "There is a Peterson's Test and Career Prep class at the community college on Tuesdays. Does that help?"), exp: some({ source: 'fail' }) },
  // ---- referralParty (E3): Master Gardeners and the trades ----
  { name: 'referralParty: "Call the Master Gardeners hotline" (no contact) : referral fails', lines: one('whats wrong with my tomato plants', 'Call the Master Gardeners hotline and describe the spots on the leaves. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralParty: "Email the Master Gardeners\' help desk at askmg@umd.edu" : referral passes', lines: one('whats wrong with my tomato plants', "Email the Master Gardeners' help desk at askmg@umd.edu with a photo. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'referralParty: chat-speak "hit up the master gardeners on fb" (no contact) : referral fails', lines: one('whats wrong with my tomato plants', 'hit up the master gardeners on fb, they answer fast. that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralParty near miss: "Check the Master Gardeners\' planting calendar" (a paper) : referral na', lines: one('when do i plant garlic', "Check the Master Gardeners' planting calendar for garlic dates. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'referralParty near miss: "Check an auction house\'s upcoming lots for similar stamps" (a list) : referral na', lines: one('what is my stamp collection worth', "Check an auction house's upcoming lots for similar stamps to get a feel for prices. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'referralParty: British "Ring an auctioneer about recent sales results" (no contact) : referral fails', lines: one('what is my stamp collection worth', 'Ring an auctioneer about recent sales results for similar albums. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- dismissal and referralVerb in Spanish ----
  { name: 'dismissal: Spanish "Ha hecho muchas preguntas y no puedo responderlas todas." : no_dismissal fails', lines: long('Ha hecho muchas preguntas y no puedo responderlas todas.'), exp: some({ dismissal: 'fail' }) },
  { name: 'referralVerb: "Book a free SCORE mentor at score.org" : referral passes', lines: biz('Book a free SCORE mentor at score.org; they help with plans. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- knownResource (G7) ----
  { name: 'knownResource near miss: "the nonprofit Explorer Post 123 at the fire station" (a post) : source fails', lines: np('I only know of the nonprofit Explorer Post 123 at the fire station, sorry. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'knownResource: Spanish "busque en el Nonprofit Explorer de ProPublica" : source passes', lines: es('como se si una organizacion benefica es real', 'Busque el nombre en el Nonprofit Explorer de ProPublica; ahí salen sus declaraciones. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  // (moved from LEFT at the merge: block G9's `actTailG9` reads the later "read … at" clause as another errand's URL)
  { name: 'referralVerb: "schedule a business counselor with the Women\'s Business Center" (no contact) : referral fails', lines: biz("Schedule a business counselor with the Women's Business Center, and read the Cottage Food rules at health.maryland.gov/cottagefood. Does that help?"), exp: some({ referral: 'fail' }) },
];

export const guards: SessionCase[] = [
  // ---- completeness (E5's swap): set / all of / about …, and what it must not take ----
  { name: 'mindAtEase guard: "Does all of this set your mind at rest?" after a URL : completeness passes', lines: letter('by post', 'It is a scam: see medicare.gov/basics/reporting-medicare-fraud-and-abuse. Does all of this set your mind at rest?'), exp: some({ complete: 'pass' }) },
  { name: 'mindAtEase guard: chat-speak "does that set ur mind at ease about the txt?" after a URL : completeness passes', lines: letter('by post', 'its a scam, medicare.gov/basics/reporting-medicare-fraud-and-abuse has the details. does that set ur mind at ease about the txt?'), exp: some({ complete: 'pass' }) },
  { name: 'mindAtEase guard: "That should set your mind at rest." (no question) : completeness fails', lines: letter('by post', 'It is a scam: see medicare.gov/basics/reporting-medicare-fraud-and-abuse. That should set your mind at rest.'), exp: some({ complete: 'fail' }) },
  { name: 'mindAtEase guard: an offer, "I could phone them for you. Would that set your mind at rest?" : completeness fails', lines: letter('by post', 'I could phone the Medicare office for you tomorrow morning. Would that set your mind at rest?'), exp: some({ complete: 'fail' }) },
  { name: 'mindAtEase guard: "Does that put your mind at ease about whether I should phone the office for you tomorrow?" (an offer in it) : completeness fails', lines: letter('by post', 'I have not found anything on it yet. Does that put your mind at ease about whether I should phone the office for you tomorrow?'), exp: some({ complete: 'fail' }) },
  // ---- sentHereE5: what sent the patron here, and news that stays news ----
  { name: 'sentHere guard: "my neighbour said i should ask a librarian", an answer, "Does that put your mind at ease?" : completeness passes', lines: letter('by post. my neighbour said i should ask a librarian', 'Medicare never cancels a card by letter or asks you to ring an unknown number, so it is a scam and you can shred it. Does that put your mind at ease?'), exp: some({ complete: 'pass' }) },
  { name: 'sentHere guard: "they told me to ignore it" (news), "Good. Did that put your mind at ease?" : completeness fails', lines: news('i called the number on my card and they told me to ignore it'), exp: some({ complete: 'fail' }) },
  { name: 'sentHere guard: "my son told me to ask you, he called medicare and they said its fake" (news), "Good. Did that put your mind at ease?" : completeness fails', lines: news('my son told me to ask you, he called medicare and they said its fake'), exp: some({ complete: 'fail' }) },
  { name: 'sentHere guard: "my son sent me a library article and it says its fake" (news), "Good. Did that put your mind at ease?" : completeness fails', lines: news('my son sent me a library article and it says its fake'), exp: some({ complete: 'fail' }) },
  // ---- surveyResultsE5 ----
  {
    name: 'surveyResults guard: "send you the survey findings. Which email is best?" (a promise) : code fails',
    lines: [...OPEN('i need stats on teen vaping in maryland', 'Hi, this is Jo, a librarian at Sample County Library. Is this for a school paper?', 'yes due friday'), L("I'll pull the state youth tobacco survey and send you the survey findings. Which email is best for you?"), [100, 'p', 'sam.l@example.com'], [120, 'l', 'Thanks for chatting, bye!']],
    exp: some({ code: 'fail' }),
  },
  {
    name: 'surveyResults guard: "I\'ll send you a quick survey on today\'s chat. What email should it go to?" : code passes, contact na',
    lines: [...OPEN('what time do you close', 'Hi, this is Jo, a librarian at Sample County Library. Which branch?', 'central'), L("Central closes at 9 tonight; hours are at samplelib.org/hours. I'll send you a quick survey on today's chat. What email should it go to?"), [100, 'p', 'sam.l@example.com'], [120, 'l', 'Thanks for chatting, bye!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  // ---- dismissalHard (E5's swap) ----
  { name: 'dismissal guard: "Looks like you\'ve asked many questions and I can\'t answer any more." : no_dismissal fails', lines: long("Looks like you've asked many questions and I can't answer any more."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal guard: "I\'m afraid you\'ve asked a lot of questions and I can\'t go through all of them, sorry." : no_dismissal fails', lines: long("I'm afraid you've asked a lot of questions and I can't go through all of them, sorry."), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal guard: "You\'ve asked many good questions and I can\'t wait to look into them!" : passes', lines: long("You've asked many good questions and I can't wait to look into them! The MVA's title page is mva.maryland.gov."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal guard: "I never said you\'ve asked a lot of questions and I can\'t answer all of them!" : passes', lines: long("Oh no, I never said you've asked a lot of questions and I can't answer all of them! Keep going: the MVA's title page is mva.maryland.gov."), exp: some({ dismissal: 'pass' }) },
  // ---- knownResource (E5's swap) ----
  { name: 'knownResource guard: "the IRS Tax-Exempt Org Search" : source passes', lines: np('Look it up in the IRS Tax-Exempt Org Search to see if donations are deductible. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'knownResource guard: "Our org search for tax-exempt status found nothing" : source fails', lines: np('Our org search for tax-exempt status found nothing under that name, sorry. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- referralVerb (E5's swap) ----
  { name: 'referralVerb guard: "book a free advisor appointment through the SBDC at mdsbdc.umd.edu" : referral passes', lines: biz('Book a free advisor appointment through the SBDC at mdsbdc.umd.edu. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'referralVerb guard: "reserve a mentor room through samplelib.org/rooms" (a room) : referral na', lines: biz('You can reserve a mentor room through samplelib.org/rooms for your meetings. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- bodyRequiresE5 ----
  { name: 'bodyRequires guard: "The NEC can tell you, it requires a permit for that wiring" (a code) : referral na', lines: one('can i add an outlet in my garage myself', 'The NEC can tell you, it requires a permit for that wiring in most counties. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'bodyRequires guard: "The GDPR can help you there: it requires consent before they use your data" : referral na', lines: one('can a shop keep my email without asking', 'The GDPR can help you there: it requires consent before they use your data. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'bodyRequires guard: British "Your HOA can help, it needs board approval for sheds" : referral fails', lines: one('can i build a shed', 'Your HOA can help with that, it needs board approval for sheds. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'dismissal guard: "… I can\'t go through all of them, sorry, but the estate guide at … covers the rest" (help goes on) : passes', lines: long("You've asked a lot of questions and I can't go through all of them, sorry, but the estate guide at peoples-law.org covers the rest."), exp: some({ dismissal: 'pass' }) },
  // ---- dismissalHard in Spanish (E5's alternative) ----
  { name: 'dismissal guard: Spanish "Usted ha hecho bastantes preguntas, no podemos contestar más hoy." : no_dismissal fails', lines: long('Usted ha hecho bastantes preguntas, no podemos contestar más hoy.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal guard: Spanish "… y no puedo responderlas todas ahora, pero le mando el resto por correo" (help goes on) : passes', lines: long('Ha hecho muchas preguntas y no puedo responderlas todas ahora, pero le mando el resto por correo.'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal guard: Spanish "Me ha hecho muchas preguntas buenas y no puedo esperar a investigarlas" : passes', lines: long('Me ha hecho muchas preguntas buenas y no puedo esperar a investigarlas. Para el carro, vea mva.maryland.gov.'), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal guard: Spanish, the patron "he hecho muchas preguntas y no puede responderlas todas" : passes', lines: [...long('Con gusto le ayudo con todas. Para el carro, vea mva.maryland.gov.'), [170, 'p', 'ya se que he hecho muchas preguntas y no puede responderlas todas. gracias']], exp: some({ dismissal: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong, each with its reason: not run. */
export const LEFT: SessionCase[] = [
  // LEFT: "they can set it up" is the service's people here, but a product's company in "The Paperless Billing Service can
  // help; they will set it up on your account": which party "they" is needs the meaning (E4's PRODUCT_USE_E4 reads "set it up" first)
  { name: 'serviceShape: "The Home Care Service can help, they can set it up so a nurse visits" (no contact) : referral fails', lines: one('my dad needs help at home after his surgery', 'The Home Care Service can help with that, they can set it up so a nurse visits twice a week. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: after E4's Spanish lead words a domain is read only at the end of a clause; "Visite safe.pharmacy para …" has the
  // shape of a shop typed with a dot ("Visite Walgreens.Pharmacy y pregunte por el técnico"), and the family sees no capitals
  { name: 'url .pharmacy: Spanish "visite safe.pharmacy para verificar la farmacia" : source passes', lines: es('como se si una farmacia en internet es segura', 'Visite safe.pharmacy para verificar la farmacia antes de comprar. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  // LEFT: older (v36 fails it too): v1's "so many questions" is read anywhere, even when the sentence goes on asking the
  // patron's county; the guard of E5's " n" it was written as
  { name: 'dismissal guard: "u asked so many questions n i cant answer them all w/o ur county" (help goes on) : passes', lines: long('u asked so many questions n i cant answer them all w/o ur county, which one was it?'), exp: some({ dismissal: 'pass' }) },
  // LEFT: "they can check it at the branch" is the bank, not the EIN: which party "they" is needs the meaning (a party's
  // "they can review it at the library" has the same shape); E4's PARTY_THEY_E4 reads any "they can check"
  { name: 'acronymShape near miss: "The EIN can help you open the account, and they can check it at the branch" (the bank) : referral na', lines: one('how do i open a bank account for my llc', 'The EIN can help you open the account, and they can check it at the branch when you go in. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: "they can verify it at any dealer" is the dealer, not the VIN (as for the EIN case: the same shape as a party's)
  { name: 'acronymShape near miss: "Your VIN can tell you, they can verify it at any dealer" (the dealer) : referral na', lines: one('what engine is in my car', 'Your VIN can tell you that, and they can verify it at any dealer too. Does that help?'), exp: some({ referral: 'na' }) },
];

describe('thirty-sixth round (E5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-sixth round (E5): whole sessions', whole);
describeSessions('thirty-sixth round (E5): E3, E4 and G7 checked', checked);
describeSessions('thirty-sixth round (E5): second batch', second);
describeSessions('thirty-sixth round (E5): near misses of the fixes', guards);

describeLeft('thirty-sixth-round-e5-checked', LEFT);
