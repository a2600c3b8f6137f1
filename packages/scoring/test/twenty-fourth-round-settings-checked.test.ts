/**
 * Twenty-fourth round, second wave (Z10): THE FIRST WAVE'S LOGIC SETTINGS AND TEXT READING, CHECKED. The first wave
 * (blocks Z1-Z6, rubric v25) added settings that change how a message's text is read (Z1's `markdownZ1`,
 * `templateFieldsZ1`, `invisibleZ1`), whose contact is whose (Z4's `signatureContactZ4`, Z2's `spokenPhoneZ2`), who is
 * named (Z6's `patronSignOnZ6`), what is an instruction (Z6's `haveCallZ6`), what is a book named (Z2's `thisTitleZ2`,
 * `titleEchoZ2`), what still asks for anything else (Z3's `wishGreetingZ3`) and where a sentence ends (Z5's "ext"), each
 * guarded only by its own helper's near miss. These sessions put each one on text it was not written for, labelled from
 * RUBRIC.md before the scorer ran.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - asterisks, underscores and brackets that are no markup (wildcards, footnote marks, blanks, "[sic]", "[PDF]", "[1]",
 *   "50% off") change nothing a check reads: the message says what it says with them;
 * - a canned field left unfilled ("{{agent_name}}") names no one, but the rest of the sentence ("a librarian at Pine
 *   County Library") still identifies who is answering;
 * - a digit run dictated as words is a phone number only when it is one: a student number, an ISBN or a barcode read
 *   out digit by digit is no contact for the patron (RUBRIC.md: "an e-mail or phone number");
 * - "- Sam, Ask Us, Oak Park Public Library, 708-…" closing the provider's message is the provider's own signature even
 *   when the patron is also called Sam: its phone is no referral's contact, so no source;
 * - "Hi, Alex with Ask a Librarian here!" introduces the provider Alex even when the patron is called Alex too ("here"
 *   signs on, as the patron's own sign-on reads);
 * - "<Title> by <Author>, sure!" naming another book by the author the patron asked about gives a book (a source); the
 *   patron's own title echoed back ("Plainsong by Kent Haruf, got it.") restates the request;
 * - "About that book - Sadly, none of our branches own it." names no book: "Sadly" is no title;
 * - a new provider's "Happy New Year! Lee here, taking over from Dev. Is there anything I can help you with?" opens
 *   again after a transfer, like the plain "Hi, I'm Lee" Z3's near miss keeps (the v6 reading): no anything-else;
 * - "ext." that really ends a sentence ("I don't have their ext.") ends it: the next sentence is another one.
 * Fixed in Z10 (narrowings only, all settings, no phrase change): `spokenIdZ10`, `sharedNameZ10`, `titleLeadZ10`,
 * `echoTitleZ10`, `wishIntroZ10`, `extBeforeDigitZ10`, each with its near miss beside its case; the one in `LEFT` needs a
 * widening.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, type Line, type SessionCase, some, sys, usual, who } from './helpers';

/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: the ISBN read out by voice typing ("zero three seven ...") is no phone: the follow-up code has no patron
    // contact (resolution fails) and nothing is confirmed (contact fails); the promise says "by Friday"
    name: 'voice-typed ISBN: "the isbn number is zero three seven five eight two six nine zero one" is no phone: code and contact fail',
    lines: [
      [0, 'p', 'hello I am looking for a book my doctor recommended the isbn number is zero three seven five eight two six nine zero one'],
      [41, 'l', "Hi there, this is Renee at Bayfield County Library. Do you know the title, or just that number?"],
      [77, 'p', 'just the number sorry I am using the microphone on my phone'],
      [88, 'l', 'No problem, one moment while I look it up.'],
      [171, 'l', "I can't find it anywhere yet, it may be very new. I'll keep looking and get back to you by Friday."],
      [214, 'p', 'okay thank you'],
      [222, 'l', 'You are welcome, take care!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(30 * 3600), by: 'jo' }] },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass', clarify: 'pass' }),
  },
  {
    // reading: the phone number dictated and repeated back is the patron's contact, confirmed; "by Thursday" says when
    name: 'dictated phone: "you can call me at six one two five five five zero one four eight" is the contact, repeated back',
    lines: [
      [0, 'p', 'hi do you have old plat maps of Dakota county from the 1890s'],
      [58, 'l', 'Hello, Mike at the Ask MN chat service. Which township are you after?'],
      [96, 'p', 'eagan township. i dont do email much, you can call me at six one two five five five zero one four eight'],
      [110, 'l', "Thanks. The 1896 atlas is digitized at the Minnesota Digital Library, reflections.mndigital.org, but Eagan's page is missing. I will ask our map librarian about the missing page and call you at 612-555-0148 by Thursday. Does the atlas help for now?"],
      [160, 'p', 'yes that is great, that is all for now'],
      [168, 'l', 'Great, talk soon. Bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(40 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the provider's own signature closes the message; the patron also being "Sam" does not make its phone a
    // referral's contact; no other source is given: source fails (completeness and anything-else then fail, not na)
    name: 'shared name: "- Sam, Ask Us, Oak Park Public Library, 708-555-0100" signs the provider\'s message although the patron is Sam: no source',
    lines: [
      [0, 'p', 'hi its sam, does the library still do notary service?'],
      [33, 'l', 'Hi Sam! Sam here too, a librarian with Ask Us at Oak Park Public Library. Are you asking about the Main Library or a branch?', who('Sam Okoro', 'jo')],
      [70, 'p', 'main'],
      [79, 'l', "Notary service at Main stopped last year, sorry about that.\n- Sam, Ask Us, Oak Park Public Library, 708-555-0100", who('Sam Okoro', 'jo')],
      [120, 'p', 'ok thanks'],
    ],
    over: { patron: { name: 'Sam Reyes', email: null, phone: null } },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
];

/** Short cases: the checks each is about. */
export const short: SessionCase[] = [
  // ---- Z1 markdownZ1: stars and underscores that are no emphasis, links that are links ------------------------------
  {
    // should still catch: the completeness question in italics
    name: 'italics: "_Did that get you what you needed?_" after the steps is a completeness question',
    lines: [
      ...open('how do i download audiobooks on my kindle fire', 'Hi! Dee at Lakeshore Library here. Do you already have the Libby app?'),
      [40, 'p', 'no'],
      [48, 'l', 'Install Libby from the Amazon Appstore, add Lakeshore Library with your card, then tap Borrow on any title. _Did that get you what you needed?_'],
      [90, 'p', 'yep thx thats all'],
    ],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    // should still catch: the service named in a Markdown link in the greeting identifies who is answering
    name: 'linked greeting: "Hi! You\'ve reached [Ask a Librarian](https://ask.shorecc.edu)." names the service',
    lines: [
      [0, 'p', 'what time does the library close friday'],
      [20, 'l', "Hi! You've reached [Ask a Librarian](https://ask.shorecc.edu)."],
      [26, 'l', 'The library closes at 5 on Fridays, hours are at library.shorecc.edu/hours.'],
    ],
    exp: some({ greeting: 'pass', source: 'pass' }),
  },
  {
    // reading: the wildcards and the footnote star change nothing: the database is named, so a source; the question
    // "which years?" before it clarifies
    name: 'wildcards: "search climat* AND migrat* in Academic Search Complete*" names the database; the star is a footnote',
    lines: [
      ...open('need peer reviewed articles on climate migration for soc 210', 'Hello, Kim from the Bryant Library. Any particular years or region?'),
      [52, 'p', 'last 10 yrs, pacific islands'],
      [61, 'l', 'Search climat* AND migrat* AND "pacific islands" in Academic Search Complete*, and tick Peer Reviewed.\n*off campus it asks for your student login'],
      [110, 'p', 'found some!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    // reading: "my_essay_final.docx" and "j_ortega_@students.lcc.edu" are a file and an e-mail: the address read back is
    // the patron's contact, the promise says when
    name: 'underscores: "j_ortega_@students.lcc.edu" with a trailing underscore is still the patron\'s e-mail, read back',
    lines: [
      [0, 'p', 'can someone check the citations in my_essay_final.docx? i cant attach it here'],
      [30, 'l', "Hi, I'm Tomas, a librarian at Lane CC. What citation style does your instructor want?"],
      [62, 'p', 'mla. my email is j_ortega_@students.lcc.edu'],
      [75, 'l', "Our writing tutors check citations by email. I'll forward your request and someone will write to j_ortega_@students.lcc.edu within 24 hours."],
      [100, 'p', 'thank u'],
      [106, 'l', 'You are welcome, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(20 * 3600), by: 'jo' }] },
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    // reading: the link text is "PDF" and the parenthesis is a size, no address: the sentence still names the report
    // with its web address given before it
    name: 'not a link: "the annual report [PDF](4MB) at cityofmarion.gov/budget" still gives the address',
    lines: [
      ...open('where can i find the city budget for 2023', 'Good afternoon, Lou with Marion Public Library. The adopted budget or the proposed one?'),
      [55, 'p', 'adopted'],
      [63, 'l', 'The adopted 2023 budget is in the annual report [PDF](4MB) at cityofmarion.gov/budget. Does that answer your question?'],
      [95, 'p', 'yes!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: "*hugs*" and "^_^" are emoticons; the goodbye is still a goodbye
    name: 'emoticons: "Thanks for stopping by *waves* ^_^" is a goodbye',
    lines: [
      ...open('is the makerspace open sunday', 'Hi there! Beth at Westerville Library. Main location or Northside?'),
      [35, 'p', 'main'],
      [44, 'l', 'The Main makerspace is open Sundays 1-5, see westervillelibrary.org/makerspace.'],
      [70, 'p', 'cool ty'],
      [77, 'l', 'Thanks for stopping by *waves* ^_^'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: "5 * 12 = 60" is arithmetic, and the fine is explained; no completeness question
    name: 'math: "5 * 12 = 60 cents" is no emphasis; no completeness question anywhere',
    lines: [
      ...open('why is my fine 60 cents', 'Hello, Ana at the Kent District Library. Was it a DVD or a book?'),
      [40, 'p', 'dvd'],
      [48, 'l', 'DVDs are 5 cents a day, 5 * 12 = 60 cents for twelve days. The fine policy is at kdl.org/fines.'],
      [80, 'p', 'ugh ok'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  // ---- Z1 templateFieldsZ1: brackets, braces and percent signs that are no field --------------------------------------
  {
    // reading: "{{agent_name}}" is unfilled, but "a librarian at Pine County Library" still identifies who answers
    name: 'unfilled field: "Hi! I\'m {{agent_name}}, a librarian at Pine County Library." still identifies the library',
    lines: [
      [0, 'p', 'do u have tax forms'],
      [45, 'l', "Hi! I'm {{agent_name}}, a librarian at Pine County Library."],
      [52, 'l', 'Federal forms are at irs.gov/forms; we also keep a few 1040s at the front desk.'],
    ],
    exp: some({ greeting: 'pass', source: 'pass' }),
  },
  {
    // reading: "[sic]" and "[1]" are an editor's mark and a citation: the quoted source stays a source
    name: 'citation marks: \'the "Bakersfeild [sic] Californian" archive [1] is in NewsBank\' names the database',
    lines: [
      ...open('looking for a 1962 article, the bakersfeild californian', 'Hello, Rosa with Kern County Library. Do you know the month?'),
      [48, 'p', 'june i think'],
      [57, 'l', 'The "Bakersfeild [sic] Californian" spelling is from your citation; the archive [1] is in NewsBank, under America\'s News. Does that help?'],
      [100, 'p', 'yes thats all i needed'],
    ],
    exp: some({ source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    // reading: "50% off" and "100%" are percentages; the book sale page is given as a URL
    name: 'percent signs: "everything is 50% off, 100% of it goes to the Friends" keeps the sale page a source',
    lines: [
      ...open('when is the friends book sale', 'Hi, Gail at Novi Public Library! The spring sale or the ongoing one?'),
      [40, 'p', 'spring'],
      [48, 'l', 'April 12-14; on the last day everything is 50% off, 100% of it goes to the Friends. Details at novilibrary.org/friends%20sale. Anything else?'],
      [70, 'p', 'nope'],
    ],
    exp: some({ source: 'pass', anything: 'pass' }),
  },
  {
    // reading: the patron pasted JSON from a citation manager; "{{" in it is code, nothing the provider says.
    // relabelled: clarify fails. The clarifying question itself names the domain zotero.org ("a URL or domain" is a
    // source), so its message is the first to give a source and no question comes before it
    name: 'pasted JSON: a patron\'s {"title": "{{Untitled}}"} export and the provider\'s Zotero guide: a source',
    lines: [
      [0, 'p', 'my zotero export looks like this {"title": "{{Untitled}}", "author": []} why is it empty'],
      [36, 'l', 'Hello, Ben from the Hale Library. Did you export from the desktop app or zotero.org?'],
      [70, 'p', 'desktop'],
      [79, 'l', 'Empty titles come from items saved as web snapshots. The Zotero guide at guides.lib.k-state.edu/zotero shows how to fix the metadata. Is that what you were looking for?'],
      [120, 'p', 'yes perfect'],
    ],
    exp: some({ greeting: 'pass', clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: "[BRANCH HOURS]" is a field label, the hours follow it: nothing a check needs is lost; the page is a source
    name: 'field label with hours after it: "Eastside [BRANCH HOURS] Mon-Thu 10-8, see the hours page" is still a source',
    lines: [
      ...open('eastside hours?', 'Hi, this is Carla at Boise Public Library. Today, or the week?'),
      [30, 'p', 'the week'],
      [38, 'l', 'Eastside [BRANCH HOURS] Mon-Thu 10-8, Fri-Sat 10-6, closed Sun; the hours page is boisepubliclibrary.org/locations. Did that answer it?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: the canned field is unfilled and nothing else in the first two messages says who answers
    name: 'unfilled fields only: "Hello! You are chatting with [Librarian Name] at [LIBRARY NAME]." identifies no one',
    lines: [
      [0, 'p', 'i need help finding a job posting site'],
      [20, 'l', 'Hello! You are chatting with [Librarian Name] at [LIBRARY NAME].'],
      [28, 'l', 'What kind of job are you looking for?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- Z1 invisibleZ1 -----------------------------------------------------------------------------------------------
  {
    // should still catch: a soft hyphen inside "anything" (pasted from a word processor)
    name: 'soft hyphen: "Is there any\\u00adthing else I can look up?" asks for anything else',
    lines: [
      ...open('whats the phone for the dmv', 'Hi, Marcus at the Akron Library. Which DMV office?'),
      [36, 'p', 'the one on arlington'],
      [44, 'l', 'The Arlington Rd BMV is at 330-555-0192, per bmv.ohio.gov. Is there any\u00adthing else I can look up?'],
      [70, 'p', 'no thanks'],
    ],
    exp: some({ anything: 'pass', source: 'pass' }),
  },
  {
    // reading: a zero-width joiner inside an emoji changes nothing; the goodbye is a goodbye
    name: 'emoji with joiners: "Bye now 👩\\u200d💻" is a goodbye',
    lines: [
      ...open('wifi password?', 'Hello, Jess at Medina County Library! Which branch?'),
      [30, 'p', 'brunswick'],
      [38, 'l', 'The network is MCDL-Public and needs no password, see mcdl.info/wifi.'],
      [50, 'p', 'thx'],
      [56, 'l', 'Bye now \u{1F469}\u200d\u{1F4BB}'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // ---- Z4 signatureContactZ4 ------------------------------------------------------------------------------------------
  {
    // reading: the genealogy librarian's card after "is the one to email" refers the patron: her address is a contact
    name: 'contact card after a referral: "Ruth, our genealogy librarian, is the one to email about the plat books:" then her card',
    lines: [
      ...open('looking for 1880s plat books for Wexford county', 'Hi! Lena with Ask a Librarian at Wexford County Library. Which township?'),
      [50, 'p', 'haring township'],
      [60, 'l', 'Ruth, our genealogy librarian, is the one to email about the plat books:\n- Ruth Okafor, Genealogy Librarian, Wexford County Library, rokafor@wexfordlibrary.org'],
      [100, 'p', 'thanks so much'],
    ],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    // should still catch: the provider's own signature with a phone is no source, and no other source is given
    name: 'own signature: "~ Priya, Reference, Harford County Public Library, 410-555-0170" is the provider\'s: source fails',
    lines: [
      ...open('does the library have a fax machine', 'Hello, Priya at Harford County Public Library. Which branch would you use?', 30),
      [66, 'p', 'abingdon'],
      [74, 'l', "Abingdon has a fax machine at the copy center, $1 a page.\n~ Priya, Reference, Harford County Public Library, 410-555-0170", who('Priya Nair', 'jo')],
      [100, 'p', 'ok great'],
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- Z6 patronSignOnZ6 and haveCallZ6 -------------------------------------------------------------------------------
  {
    // reading: "Alex with Ask a Librarian here" signs the provider on ("here"), although the patron is also Alex
    name: 'shared first name: "Hi, Alex with Ask a Librarian here!" to a patron who said "im alex": the provider is identified',
    lines: [
      [0, 'p', 'hi im alex, 2nd yr nursing. how do i find nursing theory articles'],
      [28, 'l', 'Hi, Alex with Ask a Librarian here!', who('Alex Romero', 'jo')],
      [34, 'l', 'Ha, same name. Are these for a care plan or a theory paper?', who('Alex Romero', 'jo')],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss (Z6's reading): the provider greets the patron by their sign-on, naming no one who answers
    name: 'near miss: "Hello Dana at Lakeview Elementary!" to the patron "Dana from Lakeview Elementary here": not identified',
    lines: [
      [0, 'p', 'Dana from Lakeview Elementary here, do you have class sets of Hatchet?'],
      [28, 'l', 'Hello Dana at Lakeview Elementary!'],
      [34, 'l', 'How many copies would your class need?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "Have your son call the Teen Center at 555-301-7788" tells the patron to have him contact the Teen Center,
    // with its phone
    name: 'have-call: "Have your son call the Teen Center at 555-301-7788 to sign up." is a referral with a contact',
    lines: [
      ...open('my son wants to volunteer this summer, hes 15', 'Hi, Omar at Fairfax County Public Library. Volunteering at the library or anywhere?'),
      [55, 'p', 'anywhere really'],
      [64, 'l', 'Have your son call the Teen Center at 555-301-7788 to sign up. Did that help?'],
      [90, 'p', 'yes!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "Have your mom ask at the circulation desk" sends her to the library's own desk with no way to reach it
    name: 'have-ask: "Have your mom ask at the circulation desk when she picks up the hold." is a referral with no contact',
    lines: [
      ...open('can my mom get a large print card', 'Hello, Ivy with Tulsa City-County Library. Does she already have a card?'),
      [44, 'p', 'yes'],
      [52, 'l', 'Any card works for large print. Have your mom ask at the circulation desk when she picks up the hold.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss: a question, no instruction
    name: 'near miss: "Have your grandkids used the Teen Center before?" is a question, no referral',
    lines: [
      ...open('what can teens do at the library', 'Hi, Omar at Fairfax County Public Library. How old are they?'),
      [44, 'p', '13 and 16'],
      [52, 'l', 'Have your grandkids used the Teen Center before?'],
      [90, 'p', 'no'],
    ],
    exp: some({ referral: 'na' }),
  },
  // ---- Z3 wishGreetingZ3 ----------------------------------------------------------------------------------------------
  {
    // should still catch: the holiday wish with the offer after the answer asks for anything more
    name: 'wish and offer: "Happy Hanukkah! Is there anything I can help you with?" after the answer counts',
    lines: [
      ...open('latke recipes?', 'Hi, Miriam at the Skokie Public Library. Potato ones, or other kinds too?'),
      [40, 'p', 'potato'],
      [48, 'l', 'Try "The Book of Jewish Food" by Claudia Roden, 641.5676 ROD, on the shelf at Main.'],
      [80, 'p', 'thank you'],
      [88, 'l', 'Happy Hanukkah! Is there anything I can help you with?'],
      [110, 'p', 'no'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: a new provider takes over after a transfer and opens again ("Lee here, taking over"): as Z3's near miss
    // "Hi, I'm Lee, taking over from Dev" (the v6 reading), the wish does not make it an anything-else question
    name: 'takeover with a wish: "Happy New Year! Lee here, taking over from Dev. Is there anything I can help you with?" opens again',
    lines: [
      ...open('how do i get a museum pass', 'Hi, Dev at the Cambridge Public Library. Which museum?'),
      [40, 'p', 'the science museum'],
      [48, 'l', 'Museum passes are booked at cambridgema.gov/cpl/museumpasses with your card.'],
      [60, 'i', 'Lee, shift change, patron has the museum pass link.', { to: 'lee' }],
      [62, 'l', 'My shift is ending, Lee will take over.'],
      [63, 's', 'transferred to Lee', sys('transfer', 'lee')],
      [80, 'l', 'Happy New Year! Lee here, taking over from Dev. Is there anything I can help you with?', who('Lee Tran', 'lee')],
      [110, 'p', 'hi lee, ok thx'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "Merry Christmas" parting with the offer after the answer still asks for more
    name: 'wish after the answer: "Merry Christmas!! Anything more I can help you with today?" counts',
    lines: [
      ...open('r u open christmas eve', 'Hello, Jo at the Hudson Library. Which day are you planning to come?'),
      [40, 'p', 'the 24th'],
      [48, 'l', 'We close at noon on the 24th, holiday hours are at hudsonlibrary.org/hours.'],
      [70, 'p', 'ok'],
      [76, 'l', 'Merry Christmas!! Anything more I can help you with today?'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- Z2 spokenPhoneZ2 -----------------------------------------------------------------------------------------------
  {
    // reading: a student number read out is no phone: the follow-up code has no patron contact
    name: 'dictated student number: "my student number is four four one nine two zero seven" is no contact: code fails',
    lines: [
      ...open('i cant get into my account to renew, my student number is four four one nine two zero seven', 'Hi, Nadia at the Seneca Libraries. Which campus are you at?'),
      [50, 'p', 'newnham'],
      [60, 'l', "I'll have circulation reset your PIN and get back to you tomorrow."],
      [90, 'p', 'k thanks'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // reading: a library barcode read out is no phone either (fourteen digits: Z2's near miss; this one is ten)
    name: 'dictated barcode: "the barcode on the dvd is two one one three eight zero zero four one five" is no contact',
    lines: [
      ...open('the dvd i returned still shows on my account the barcode on the dvd is two one one three eight zero zero four one five', 'Hello, Tess at Porter County Library. When did you return it?'),
      [50, 'p', 'last tuesday'],
      [60, 'l', "I'll ask circulation to check the shelves and get back to you by Monday."],
      [90, 'p', 'thanks'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // should still catch: a referral's phone dictated by the provider in words (TTY session)
    name: 'dictated referral: "call the Deaf Services Center at seven three four five five five zero one nine nine" has a contact',
    lines: [
      ...open('where can i get an ASL interpreter for a funeral', 'Hello, this is Ron at the Ann Arbor District Library. Is the funeral this week?'),
      [60, 'p', 'saturday'],
      [70, 'l', 'Please call the Deaf Services Center at seven three four five five five zero one nine nine, they book interpreters on short notice.'],
      [100, 'p', 'thank you'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // near miss (spokenIdZ10): "Student Services" is an office, not a student number: its phone dictated is a contact
    name: 'near miss: "call Student Services at eight one oh five five five two two one oh" dictates the office\'s phone',
    lines: [
      ...open('how do i get a parking permit', 'Hello, Nadia at the Seneca Libraries. Are you a student or staff?'),
      [40, 'p', 'student'],
      [50, 'l', 'Permits are sold by Student Services, please call Student Services at eight one oh five five five two two one oh.'],
      [80, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- Z2 thisTitleZ2 and titleEchoZ2 ---------------------------------------------------------------------------------
  {
    // reading: "Sadly" opens the answer, not a title: no book is named, no source anywhere
    name: 'no title: "About that book - Sadly, none of our branches own it and it\'s out of print." gives no source',
    lines: [
      ...open('do you have the book the long winter of 1948 by ed harmon', 'Hi, Pat at Cedar Rapids Public Library. Hardcover or any format?'),
      [42, 'p', 'any'],
      [50, 'l', "About that book - Sadly, none of our branches own it and it's out of print."],
      [80, 'p', 'oh well'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: "Unfortunately" is no title either
    name: 'no title: "Checked on that novel: Unfortunately the only copy was withdrawn." gives no source',
    lines: [
      ...open('is the novel Ashfall Summer available', 'Hello, Gwen with the Lincoln City Libraries. Print or ebook?'),
      [40, 'p', 'print'],
      [48, 'l', 'Checked on that novel: Unfortunately the only copy was withdrawn last spring.'],
      [80, 'p', 'bummer'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // should still catch: a capitalised title after "this cookbook:"
    name: 'title after a colon: "Try this cookbook: Salt Fat Acid Heat, it explains the why." names a book',
    lines: [
      ...open('i want to learn to cook without recipes', 'Hi, Joy at the Evanston Public Library. Books or videos?'),
      [40, 'p', 'books'],
      [48, 'l', 'Try this cookbook: Salt Fat Acid Heat, it explains the why.'],
      [80, 'p', 'ooh thanks'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "Eventide by Kent Haruf, sure!" names another book by the author the patron asked about: a source
    name: 'another book by the author: "Eventide by Kent Haruf, sure!" after "more by kent haruf? loved plainsong" is a source',
    lines: [
      ...open('do u have more by kent haruf? loved plainsong', 'Hi, Dale at the Fort Collins library. Do you want print or audio?'),
      [44, 'p', 'print'],
      [52, 'l', "Eventide by Kent Haruf, sure! It's the sequel and there are two copies in at Old Town."],
      [80, 'p', 'great'],
    ],
    exp: some({ source: 'pass', clarify: 'pass' }),
  },
  {
    // near miss (Z10's echoTitleZ10 must keep Z2's reading): the patron's own title echoed back is no source, and no other
    // source follows
    name: 'near miss: "Plainsong by Kent Haruf, got it." then "all our copies are out" echoes the request: no source',
    lines: [
      [0, 'p', 'hi do u have plainsong by kent haruf'],
      [30, 'l', 'Hello, Dale at the Fort Collins library. Do you want print or audio?'],
      [50, 'p', 'print'],
      [58, 'l', 'Plainsong by Kent Haruf, got it.'],
      [70, 'l', 'Sorry, all our copies are out right now.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss (titleLeadZ10): a title that opens on "No" goes on in capitals: a book named
    name: 'near miss: "Try this novel - No Country for Old Men, it\'s short." names a book',
    lines: [
      ...open('need a short western for book club', 'Hi, Pat at Cedar Rapids Public Library. Classic or recent?'),
      [42, 'p', 'recent-ish'],
      [50, 'l', "Try this novel - No Country for Old Men, it's short."],
      [80, 'p', 'oh nice'],
    ],
    exp: some({ source: 'pass' }),
  },
  // ---- Z5 "ext" as an abbreviation --------------------------------------------------------------------------------------
  {
    // should still catch: "ext." before the digits ends no sentence; the referral has a phone
    name: '"ext." before digits: "Call the Records Office at 410-555-2300 ext. 214 about the deed." is a referral with a contact',
    lines: [
      ...open('how do i get a copy of my house deed', 'Hi, Greta at Frederick County Public Libraries. Do you know the year you bought it?'),
      [50, 'p', '2004'],
      [60, 'l', 'Call the Records Office at 410-555-2300 ext. 214 about the deed. Does that answer your question?'],
      [90, 'p', 'yes thanks'],
    ],
    exp: some({ referral: 'pass', complete: 'pass' }),
  },
  {
    // reading: "ext." ends its sentence; the referral with the main number is a statement, then the question follows
    name: '"ext." ending a sentence: "Call the Records Office at 410-555-2300, I don\'t have their ext. Did that help?" refers',
    lines: [
      ...open('who has old building permits', 'Hello, Greta at Frederick County Public Libraries. For a house or a business?'),
      [50, 'p', 'house'],
      [60, 'l', "Call the county Permits Office at 410-555-2300, I don't have their ext. Did that help?"],
      [90, 'p', 'yes'],
    ],
    exp: some({ referral: 'pass', complete: 'pass' }),
  },
  {
    // reading: "text." and "next." are no abbreviations; the anything-else question is its own sentence
    name: '"next." and "text.": "Click Next. You will get a text. Anything else I can do?" asks for anything else',
    lines: [
      ...open('how do i reset my pin', 'Hi, Lu with the Toledo Lucas County library. Do you have your card number handy?'),
      [40, 'p', 'yes'],
      [48, 'l', 'Go to toledolibrary.org, choose Forgot PIN, enter your card and click Next. You will get a text. Anything else I can do?'],
      [80, 'p', 'no thats it'],
    ],
    exp: some({ source: 'pass', anything: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-fourth round (Z10): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-fourth round (Z10): the first wave's settings and text reading checked, every check", whole);
describeSessions("twenty-fourth round (Z10): the first wave's settings and text reading checked, short cases", short);

describeLeft('twenty-fourth-round-settings-checked', LEFT);
