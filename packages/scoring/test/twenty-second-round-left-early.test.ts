/**
 * Twenty-second round, area (X1): THE LEFT CASES OF ROUNDS SEVEN TO THIRTEEN. Cases those rounds labelled but could not
 * fix were reread against RUBRIC.md; those v23 scores as labelled moved into their own files' running lists, and five
 * fixes (block X1 of `rubric.ts` and three settings set only in v23) turned more of them. This file holds each fix's near
 * misses (what it must not change) and a second wording of each fixed case (the fix catches the behaviour, not one
 * sentence):
 * - `introClauseX1`: a chat-speak introduction run into a question past an emoticon, emoji or comma ("this is kev @
 *   Columbus Metropolitan Library :) which one…?"), and a lone name before "from / at / @ … Library" ("kat from the teen
 *   desk @ Evanston Public Library.");
 * - `choiceTailX1`: a choice whose second option reads like a completeness question (", or is that what you are unsure
 *   about?", "…or would the ebook work for u" without "?") still asks about the need;
 * - `ifYouWantX1`: "JSTOR also has … if you want background" offers nothing, so "Would that work for your paper?" after
 *   it asks about what was given;
 * - X1 `completeness`: the typo "htat"; "Is this clear enough to read on your screen?" asks about the print;
 * - X1 `namedResource`: "a genealogy database", "only on a database" name no resource.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a lower-case first name in the text before "from / at / @" and the library ("kat from the teen desk @ Evanston
 *   Public Library") names who is answering: it is in the text, not a screen name; mentioning the library in a question
 *   about the patron's card ("which library is your card from, Evanston Public Library or Skokie?") does not;
 * - "Is this clear enough to read on your screen?" asks whether the chat's text can be read, not whether the information
 *   meets the need; "Is this clear enough, or should I go over the steps again?" asks about what was given;
 * - "a genealogy database" or "a newspaper database" with no name is a kind of resource, not a named one; "a genealogy
 *   database called HeritageQuest" names one;
 * - "if you want background" after a resource the patron can use lends a condition, not an offer by the provider; "I can
 *   also pull … if you want" offers something not yet given.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

/** A patron's question and the provider's greeting with an introduction and a question about the need. */
const ASKED: Line[] = [
  [0, 'p', 'do you have anything on the 1919 seattle general strike'],
  [20, 'l', 'Hi, Jo at Sample County Library here. Is it for a class?'],
  [45, 'p', 'yes for hist 210'],
];

export const whole: SessionCase[] = [
  {
    // introClauseX1: the name and the library before the emoticon, the question after it in the same sentence
    name: 'chat-speak provider: "hiya! sam @ Pikesville Library :) which title was it?", the catalog, "does that help?": every check passes',
    lines: [
      [0, 'p', 'do u have the new percy jackson book'],
      [25, 'l', 'hiya! sam @ Pikesville Library :) which title was it, the one that came out in september?'],
      [50, 'p', 'ya the september one'],
      [70, 'l', 'we have 6 copies, 2 on the shelf at Pikesville right now. u can place a hold at catalog.bcpl.info, search "percy jackson". does that help?'],
      [100, 'p', 'yes thats all i needed thx'],
      [106, 'l', 'awesome, happy reading! bye'],
    ],
    exp: usual(),
  },
  {
    // choiceTailX1: a choice of formats typed with no "?" before any source clarifies
    name: 'SMS, no "?" anywhere: "do u need the large print or would the audiobook work for u" before the Libby link: clarify passes',
    lines: [
      [0, 'p', 'do u have the book minari in large print'],
      [20, 'l', 'hi! this is Lee at Ames Public Library'],
      [26, 'l', 'do u need the large print or would the audiobook work for u'],
      [50, 'p', 'audiobook is fine'],
      [62, 'l', 'the audiobook is on Libby free w ur card: ames.overdrive.com, search minari. does that work for u'],
      [90, 'p', 'yes perfect thats all'],
      [96, 'l', 'enjoy the book, bye!'],
    ],
    exp: usual(),
  },
  {
    // ifYouWantX1: "Britannica also has … if you want an overview" gives, it offers nothing; the next question asks about it
    name: '"Britannica also has a short article on it if you want an overview." then "Would that work for your essay?": completeness passes',
    lines: [
      [0, 'p', 'I need sources on the Dust Bowl for an essay'],
      [22, 'l', 'Hello, this is Priya at Sample County Library. Is the essay about the farming causes or about the migration?'],
      [60, 'p', 'the migration'],
      [80, 'l', 'The Library of Congress has oral histories of migrants at loc.gov/collections/todd-and-sonkin-migrant-workers. Britannica also has a short article on it if you want an overview.'],
      [86, 'l', 'Would that work for your essay?'],
      [120, 'p', 'yes thanks, thats everything'],
      [126, 'l', 'Good luck with the essay, bye!'],
    ],
    exp: usual(),
  },
  {
    // near miss for ifYouWantX1: "I can also pull …" offers something not yet given, so the question after it asks about that
    name: 'near miss: "I can also pull Friedheim\'s study from JSTOR if you want background." then "Would that work for your paper?": completeness fails',
    lines: [
      [0, 'p', 'Hello, I need primary sources about the 1919 Seattle general strike for HIST 210'],
      [30, 'l', 'Hello, you have reached Ask Us at Puget Sound State University Libraries; my name is Theo. Newspapers, or documents like pamphlets?'],
      [70, 'p', 'newspapers'],
      [90, 'l', 'The Seattle Union Record is digitized: in the catalog at library.pssu.edu search "Seattle Union Record". I can also pull Friedheim\'s study from JSTOR if you want background.'],
      [96, 'l', 'Would that work for your paper?'],
      [130, 'p', 'yes please. thats all i need'],
      [136, 'l', 'Here it is: jstor.org/stable/example. Have a good evening!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // introClauseX1: Spanish, the introduction before the emoji, a question about the need after it
    name: 'Spanish, chat-speak: "hola! te saluda Ana de la Biblioteca de Austin 🙂 buscas algo en particular?": greeting passes',
    lines: [
      [0, 'p', 'hola tienen libros para aprender ingles'],
      [20, 'l', 'hola! te saluda Ana de la Biblioteca de Austin 🙂 buscas algo en particular o para empezar desde cero?'],
      [50, 'p', 'desde cero'],
      [62, 'l', 'Tenemos Mango Languages gratis con tu tarjeta: library.austintexas.gov/mango. ¿Eso te sirve?'],
      [95, 'p', 'si gracias, es todo'],
      [100, 'l', '¡Con gusto! Hasta luego.'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- introClauseX1 --------------------------------------------------------------------------------------------------
  {
    // second wording of the tenth round's "kev @ …" case: the introduction with "this is" before an emoji
    name: '"Hello! this is Marta with the Waukegan Public Library 😊 are you looking for the tax forms?" says who is answering: greeting passes',
    lines: [[0, 'p', 'where do i get the 1040 form'], [20, 'l', 'Hello! this is Marta with the Waukegan Public Library 😊 are you looking for the tax forms?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // second wording of the twelfth round's "its mel from the …" case, across two texts
    name: 'two texts: "hi!" then "its dev from the Greenville County Library, what can i find for u?": greeting passes',
    lines: [[0, 'p', 'question about ebooks'], [15, 'l', 'hi!'], [19, 'l', 'its dev from the Greenville County Library, what can i find for u?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // second wording of the eleventh round's "kat from the teen desk @ …" case
    name: '"hey!! nina from the kids desk @ Lakewood Public Library." then a question: greeting passes',
    lines: [[0, 'p', 'do u have lego club'], [15, 'l', 'hey!! nina from the kids desk @ Lakewood Public Library. how old is ur kid?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for introClauseX1: the library named inside a question about the patron's card, nobody introduced
    name: 'near miss: "hi :) which library is your card from, Evanston Public Library or Skokie?" says nothing of who answers: greeting fails',
    lines: [[0, 'p', 'my card doesnt work'], [15, 'l', 'hi :) which library is your card from, Evanston Public Library or Skokie?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for introClauseX1: "this is …" about something else, a question before the emoticon
    name: 'near miss: "hi! this is the first time you\'ve used the Tacoma Public Library app? :)": greeting fails',
    lines: [[0, 'p', 'how do i log in to the app'], [15, 'l', "hi! this is the first time you've used the Tacoma Public Library app? :)"]],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for introClauseX1's lone name: a plural thing, not a name, before "from … @ … Library"
    name: 'near miss: "hey!! flyers from the book sale @ Main Library." then a question: nobody introduced, greeting fails',
    lines: [[0, 'p', 'when is the book sale'], [15, 'l', 'hey!! flyers from the book sale @ Main Library. did u want the dates?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for introClauseX1's lone name: the clause goes on past the library
    name: 'near miss: "Hello! Books from the Evanston Public Library can go in any return slot, is that what you meant?": greeting fails',
    lines: [[0, 'p', 'can i return books at another branch'], [15, 'l', 'Hello! Books from the Evanston Public Library can go in any return slot, is that what you meant?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for introClauseX1: only the first two provider messages count (RUBRIC.md), the introduction comes third
    name: 'near miss: "hi!", "one sec", then "its dev from the Greenville County Library :)" in the third message: greeting fails',
    lines: [[0, 'p', 'question about ebooks'], [15, 'l', 'hi!'], [19, 'l', 'one sec'], [40, 'l', 'its dev from the Greenville County Library :) what can i find for u?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for introClauseX1: a negated clause says where the provider is not (the twelfth round's Middleton case,
    // run into a question past an emoticon)
    name: 'near miss: "hello! im not at the Middleton library, sorry :) which branch do u use?": greeting fails',
    lines: [[0, 'p', 'is the book sale still on'], [15, 'l', 'hello! im not at the Middleton library, sorry :) which branch do u use?']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- choiceTailX1 ---------------------------------------------------------------------------------------------------
  {
    // second wording of the seventh round's "or is that what you are unsure about?" case
    name: '"Do you know which citation style your instructor wants, or is that what you\'re not sure about?" before the guide: clarify passes',
    lines: [
      [0, 'p', 'how do i cite a website in my paper'],
      [20, 'l', 'Hi, Jo at Sample County Library.'],
      [26, 'l', "Do you know which citation style your instructor wants, or is that what you're not sure about?"],
      [60, 'p', 'not sure'],
      [70, 'l', 'Our citation guide covers MLA and APA: samplelibrary.org/cite. Does that help?'],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // near miss for choiceTailX1: after the source, the first option asks about what was given, so the question asks
    name: 'near miss: "Here\'s the ebook: catalog…. Does that work, or would the print copy work for you?" after a source: completeness passes',
    lines: [...ASKED, [60, 'l', "Here's the ebook: catalog.samplelibrary.org/record/4471. Does that work, or would the print copy work for you?"], [90, 'p', 'ebook works. thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for choiceTailX1's "unsure": the first option asks whether the article is the one meant
    name: 'near miss: "Is this the article you meant, or is that what you are unsure about?" after the link: completeness passes',
    lines: [...ASKED, [60, 'l', 'JSTOR has it: jstor.org/stable/1234567. Is this the article you meant, or is that what you are unsure about?'], [90, 'p', 'yes thats it, thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for choiceTailX1: no choice at all, a question about the patron's situation before any source clarifies as before
    name: 'near miss: "do u need it for a class" with no "?" before the source: clarify passes as before',
    lines: [[0, 'p', 'need books on the dust bowl'], [20, 'l', 'hi this is Lee at Ames Public Library'], [26, 'l', 'do u need it for a class'], [50, 'p', 'ya'], [62, 'l', 'Out of the Dust by Karen Hesse is in the catalog at amespubliclibrary.org. does that help'], [90, 'p', 'ya thats all'], [96, 'l', 'bye!']],
    exp: some({ clarify: 'pass' }),
  },
  // ---- ifYouWantX1 ----------------------------------------------------------------------------------------------------
  {
    // near miss for ifYouWantX1: "we" would act, an offer of something not yet given
    name: 'near miss: "We could also request the microfilm if you want." then "Would that help?": completeness fails',
    lines: [...ASKED, [60, 'l', 'The Seattle Star is digitized at chroniclingamerica.loc.gov. We could also request the microfilm if you want.'], [66, 'l', 'Would that help?'], [90, 'p', 'no its ok. thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for ifYouWantX1: "if you want" with no resource in the sentence, a plain offer
    name: 'near miss: "The Seattle Star is at chroniclingamerica.loc.gov." then "Happy to look for more if you want." and "Would that help?": completeness fails',
    lines: [...ASKED, [60, 'l', 'The Seattle Star is digitized at chroniclingamerica.loc.gov.'], [64, 'l', "I'm happy to look for more if you want."], [68, 'l', 'Would that help?'], [90, 'p', 'sure. thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // ifYouWantX1, second wording in one message: the resource "if you like", then the question
    name: '"ProQuest also has the Seattle Times archive if you like. Would that work for your paper?" asks about what was given: completeness passes',
    lines: [...ASKED, [60, 'l', 'The Seattle Star is digitized at chroniclingamerica.loc.gov. ProQuest also has the Seattle Times archive if you like. Would that work for your paper?'], [90, 'p', 'yes. thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  // ---- completeness: "htat" and "clear enough to read" ----------------------------------------------------------------
  {
    // second wording of the eleventh round's "Does htat answer your quesiton?"
    name: '"does htat answer it?" after the catalog link: completeness passes',
    lines: [...ASKED, [60, 'l', 'Out of the Dust by Karen Hesse is in our catalog: catalog.samplelibrary.org/record/88. does htat answer it?'], [90, 'p', 'yes. thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // second wording of the thirteenth round's legibility case
    name: 'near miss: "Is that clear enough to see on your phone, or should I make the text bigger?" asks about the print: completeness fails',
    lines: [...ASKED, [60, 'l', 'The application is at samplelibrary.org/tbbs/apply. Is that clear enough to see on your phone, or should I make the text bigger?'], [90, 'p', 'its fine'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for the legibility narrowing: "clear enough" about the steps given still asks
    name: '"Is this clear enough, or should I go over the steps again?" after the steps: completeness passes',
    lines: [...ASKED, [60, 'l', 'Go to samplelibrary.org/renew, sign in with your card, and click Renew All. Is this clear enough, or should I go over the steps again?'], [90, 'p', 'clear. thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for the legibility narrowing: the bare "Is this clear?"
    name: '"Is this clear?" after the steps: completeness passes',
    lines: [...ASKED, [60, 'l', 'Go to samplelibrary.org/renew, sign in with your card, and click Renew All. Is this clear?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  // ---- namedResource: an unnamed database -----------------------------------------------------------------------------
  {
    // second wording of the eleventh round's Sherbrooke case: a kind of database, no name, no way to reach it
    name: 'near miss: "You\'d want a newspaper database for that." and nothing else: source fails',
    lines: [...ASKED, [60, 'l', "You'd want a newspaper database for that. Does that help?"], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    // second wording of the tenth round's Bluebook case: "a database" inside the restatement is no source, so it restates first
    name: '"So you need the 1919 strike coverage that\'s only in a database." then the Seattle Star link: clarify passes',
    lines: [[0, 'p', 'i need newspaper coverage of the 1919 seattle strike'], [20, 'l', "Hi, Jo at Sample County Library. So you need the 1919 strike coverage that's only in a database."], [40, 'l', 'The Seattle Star is digitized at chroniclingamerica.loc.gov. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    // near miss for the namedResource narrowing: the database named after "called"
    name: 'near miss: "We have a genealogy database called HeritageQuest you can use in the building.": source passes',
    lines: [...ASKED, [60, 'l', 'We have a genealogy database called HeritageQuest you can use in the building. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss for the namedResource narrowing: the database named after "like"
    name: 'near miss: "Try a newspaper database like ProQuest Historical Newspapers from home.": source passes',
    lines: [...ASKED, [60, 'l', 'Try a newspaper database like ProQuest Historical Newspapers from home. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss for the namedResource narrowing: the database named in brackets
    name: 'near miss: "You\'ll need a legal database (Westlaw) for the unpublished opinion.": source passes',
    lines: [...ASKED, [60, 'l', "You'll need a legal database (Westlaw) for the unpublished opinion. Does that help?"], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss for the namedResource narrowing: "the … databases" of the library, as before
    name: 'near miss: "Our databases page lists the newspaper archives by decade." still names a resource: source passes',
    lines: [...ASKED, [60, 'l', 'Our databases page lists the newspaper archives by decade. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  // ---- X1 referralVerb: "Ask a Librarian <place>" as a service ---------------------------------------------------------
  {
    // second wording of the eleventh round's Lewes case: the service as the subject of "is staffed"
    name: '"Ask a Librarian Florida is staffed around the clock, so start a new chat anytime." names the service: referral na',
    lines: [...ASKED, [60, 'l', 'The Seattle Star is digitized at chroniclingamerica.loc.gov. Does that help?'], [90, 'p', 'yes thanks'], [94, 'l', "I'm signing off for tonight, but Ask a Librarian Florida is staffed around the clock, so start a new chat anytime. Bye!"]],
    exp: some({ referral: 'na', dismissal: 'pass' }),
  },
  {
    // near miss for the referralVerb narrowing: "ask a librarian there" with the branch's phone still refers, and passes
    name: 'near miss: "Ask a librarian there; the Dover branch is at 302-555-0142." refers with a phone: referral passes',
    lines: [...ASKED, [60, 'l', 'The microfilm is at the Dover branch. Ask a librarian there; the Dover branch is at 302-555-0142. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  // ---- visitAddressX1 -------------------------------------------------------------------------------------------------
  {
    // second wording of the tenth round's vital records case
    name: '"The county Recorder of Deeds keeps them: search at recorder.example.gov, or visit 210 W Main St, room 104." refers with an address: referral passes',
    lines: [...ASKED, [60, 'l', 'The county Recorder of Deeds keeps them: search at recorder.example.gov, or visit 210 W Main St, room 104. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for visitAddressX1: a street address visited with no party named (a mural), no referral
    name: 'near miss: "The mural is on the old depot; visit 120 Main St to see it." names no party: referral na',
    lines: [...ASKED, [60, 'l', 'Our local history guide has photos of it: samplelibrary.org/history. The mural is on the old depot; visit 120 Main St to see it. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for visitAddressX1: "visit" with a web page, a source, not a street address
    name: 'near miss: "The county Recorder of Deeds keeps them; visit recorder.example.gov to search." points to a web page: referral na',
    lines: [...ASKED, [60, 'l', 'The county Recorder of Deeds keeps them; visit recorder.example.gov to search. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-second round (X1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X1): the left cases of rounds seven to thirteen, every check', whole);
describeSessions('twenty-second round (X1): the left cases of rounds seven to thirteen, short cases', short);

describeLeft('twenty-second-round-left-early', LEFT);
