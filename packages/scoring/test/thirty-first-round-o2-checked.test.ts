/**
 * Thirty-first round, second wave (P2): the v32 phrase changes of block O2 (house and property history) checked for false
 * readings: near misses that share a change's words or shape but are NOT its behaviour, and a few cases that ARE its
 * behaviour in new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room:
 * - a tab, a menu, a page, the catalogue or the patron's account is no person or organisation: going "into / over to / down
 *   to" it is no referral;
 * - an event or place that is no agency (a book sale, the harbour fireworks, a building's side door) is no party visited;
 * - what owners did in the past, or what a parent "used to" do, tells the patron nothing: no referral;
 * - "it may come down to the survey", "the copies should come by the end of the week" say how a thing turns out or arrives:
 *   no referral;
 * - the provider's own movement ("I need to go over to the stacks") is a hold, no referral;
 * - a year before a street ("in 1887 Elm St was …", "the 1905 directory under Elm Street") is no postal address, so a
 *   referral in the same message with no other contact fails.
 * Written: 47 cases run (38 near misses, 9 of the changes' behaviour in new words), in three batches (31, 6, 5) plus 2
 * behaviours added after the fix. Failures: 5 of the first 31 (1 mine: "Ask the historical society, they have a 1950s photo
 * of Main St" is no referral the scorer reads, for reasons older than v32: rewritten as "Ask the historical society staff
 * about …"; 4 were v32 address readings), 0 of the next 6, 2 of the last 5 (referralVerb readings). Narrowed in block O2:
 *  - address (the year alternative): not a year after "in / since / until / till / by / circa / before / after / around"
 *    ("in 1887 Elm St was still called Mill Road", "since 1998 Oak Ave permits have been scanned"), and "under / by / over /
 *    down / up / across / through / past / beside / looking" between the year and the street too ("the 1905 city directory
 *    under Elm Street", "the 1910 photos looking down High Street"); "2010 Main St, Suite 4", "1850 Oak Ave, Room 2",
 *    "1900 N Charles St" still read; and not before a resource it names ("the 1887 Elm St sheet", "a 1910 Main Street
 *    photo", two near misses added after the commit of the first fixes; "our 1900 Main St branch" still reads);
 *  - referralVerb (the go / come alternative): not when the object's noun phrase (up to 5 words, before a preposition or
 *    comma) ends in "page / tab / menu / search / exhibit / site / database / catalogue / portal / account / app / screen /
 *    button / link" ("Come over to the Maryland Room's online exhibit at …", "go into the Recorder of Deeds search at …");
 *    "Go over to the Heritage Room at Central and they can search …", "come down to the Recorder of Deeds office, …, for the
 *    deed index" still read.
 * The other referralVerb near misses (tabs, accounts, page bottoms, events, history, the provider's own movement, "it may
 * come down to", "should come by the end of the week") already read right with v32 (older guards hold them).
 */
import { describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN } from './narrowing-lines';

const HOUSE = (q: string): Line[] => OPEN(q, "Hi, I'm Jo, a librarian with AskUsNow! Which county is the house in?", 'howard county');
const one = (q: string, text: string): Line[] => [...HOUSE(q), L(text), ...BYE];
const DEED = 'how do i get a copy of the old deed to my house';
const AGE = 'how can i find out when my house was built';

export const checked: SessionCase[] = [
  // ---- referralVerb: pages, apps, the catalogue ----
  { name: 'referralVerb near miss: "go over to the Search tab and pick Land Records" (a tab): referral na', lines: one(DEED, 'Log in at mdlandrec.net, then go over to the Search tab and pick Land Records. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: chat-speak "just go into ur account on mdlandrec.net" : referral na', lines: one(DEED, 'ok so just go into your account on mdlandrec.net n search by name. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: British "go into the catalogue and search Sanborn" : referral na', lines: one(AGE, 'You could go into the catalogue at sample.org/catalogue and search "Sanborn" for the fire insurance maps. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "go down to the bottom of the page and click Plats" : referral na', lines: one(DEED, 'On plats.net, go down to the bottom of the page and click Howard County plats. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "you can go by the name on the deed when you search" : referral na', lines: one(DEED, 'On mdlandrec.net you can go by the name on the deed when you search, the grantor or grantee. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "please come over to the chat again anytime" : referral na', lines: one(AGE, "SDAT's search at sdat.dat.maryland.gov shows the year built. Please come over to the chat again anytime. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralVerb: events and places that are no party ----
  { name: 'referralVerb near miss: "come by the book sale on Saturday" (an event): referral na', lines: one(AGE, 'The house history guide is at sample.org/househistory, and do come by the book sale on Saturday for old county atlases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "go down to the harbour for the fireworks" (a place): referral na', lines: one('when are the old town fireworks', 'The schedule is at sample.gov/events; just go down to the harbour for the fireworks at 9. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "go into the building through the side door" (directions): referral na', lines: one('where do i go for the house history talk', 'The talk is listed at sample.org/events; park on Elm and go into the building through the side door. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralVerb: history, third persons ----
  { name: 'referralVerb near miss: "Back then, buyers had to go down to the courthouse to record a deed" (history): referral na', lines: one(DEED, 'Back then, buyers had to go down to the courthouse to record a deed; today the scans are all on mdlandrec.net. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: patron "my dad used to go down to the docks" then a source: referral na', lines: [...HOUSE('my dad used to go down to the docks for work, where would old photos of the harbor be'), L('Our digital photo archive at sample.org/photos has harbor views from 1900 on. Does that help?'), ...BYE], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "surveyors would come over to the county seat to file plats" (history): referral na', lines: one(DEED, 'In the 1800s, surveyors would come over to the county seat to file their plats, so the old ones are on plats.net now. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralVerb: how a thing turns out or arrives ----
  { name: 'referralVerb near miss: "it may come down to the survey" (it depends): referral na', lines: one(AGE, 'SDAT at sdat.dat.maryland.gov gives a year built, but it may come down to the survey in the deed if that looks wrong. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "the scans should come by the end of the week" (delivery): referral na', lines: one(DEED, 'I ordered the copies through mdlandrec.net for you and the scans should come by the end of the week. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "these maps might come into the collection next year" : referral na', lines: one(AGE, 'Our Sanborn Maps database has 1887 to 1930; the 1950s sheets might come into the collection next year. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralVerb: the provider's own movement ----
  { name: 'referralVerb near miss: "I need to go over to the stacks for the atlas" (a hold) then a source: referral na', lines: [...HOUSE(AGE), L('I need to go over to the stacks for the 1887 atlas, one moment.'), [100, 'l', 'The 1887 atlas shows a house on your lot; it is also in our Sanborn Maps database. Does that help?'], [130, 'p', 'ok thanks'], [140, 'l', 'Thanks for chatting, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "so I have to go down to the basement to pull the plat book" : referral na', lines: [...HOUSE(DEED), L('ok so i have to go down to the basement to pull the plat book, brb'), [100, 'l', 'Found it: plat 14 is also online at plats.net. Does that help?'], [130, 'p', 'ok thanks'], [140, 'l', 'Thanks for chatting, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "I\'ll just go over to the Maryland Room and check for you" (the provider goes): referral na', lines: [...HOUSE(AGE), L("I'll just go over to the Maryland Room and check the house files for you, one moment."), [100, 'l', 'Your street is in our Sanborn Maps database, sheet 12 of 1910. Does that help?'], [130, 'p', 'ok thanks'], [140, 'l', 'Thanks for chatting, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "I can go down to the Local History Room and look for you" : referral na', lines: [...HOUSE(AGE), L('I can go down to the Local History Room and look in the vertical file, give me a few minutes.'), [100, 'l', 'Nothing on your house there, but SDAT at sdat.dat.maryland.gov shows it was built in 1924. Does that help?'], [130, 'p', 'ok thanks'], [140, 'l', 'Thanks for chatting, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "your question will then go over to the Local History staff" (consulted for the patron): referral na', lines: [...HOUSE(AGE), L('I checked sdat.dat.maryland.gov and it gives 1924. Your question can then go over to the Local History staff, who will e-mail you by Friday. What e-mail should they use?'), [100, 'p', 'jo@example.com'], [110, 'l', 'Got it. Thanks for chatting, bye!']], over: { resolutionCode: 'Follow-up by me' }, exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "the old deeds may come over to the State Archives next year" (records moving): referral na', lines: one(DEED, 'Deeds before 1950 are on mdlandrec.net now; the paper books may come over to the State Archives next year. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: British "before 2000 you had to go down to the Land Registry in person" (history): referral na', lines: one(DEED, 'Before 2000 you had to go down to the Land Registry in person, but now title registers are at gov.uk/search-property-information-land-registry. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: non-native "before, people must to go in to the courthouse office for see deeds" (history): referral na', lines: one(DEED, 'Before, people must to go in to the courthouse office for see the deeds, now it is online on mdlandrec.net. It help you?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "go by the Assessor\'s Office date, not Zillow\'s" (rely on): referral na', lines: one(AGE, "I'd go by the Assessor's Office date on sdat.dat.maryland.gov, not Zillow's. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: chat-speak "u can go by the historical societys date, 1887" : referral na', lines: one(AGE, 'u can go by the historical societys date for it, 1887, its in their house survey at hchsmd.org. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "come over to the Maryland Room\'s online exhibit at sample.org/exhibit" (a page): referral na', lines: one(AGE, "Come over to the Maryland Room's online exhibit at sample.org/exhibit for photos of your street. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "go into the Recorder of Deeds search and type the name" (a database): referral na', lines: one(DEED, 'On the county site, go into the Recorder of Deeds search at sample.gov/deeds and type the owner name. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'referralVerb near miss: "then go over to the County Archives page" (a page): referral na', lines: one(DEED, 'Open sample.gov, then go over to the County Archives page and pick Deed Books. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralVerb: Spanish ----
  { name: 'referralVerb near miss: Spanish "baje hasta el final de la página en mdlandrec.net" : referral na', lines: one(DEED, 'En mdlandrec.net, baje hasta el final de la página y elija Howard County. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- referralVerb: behaviour in new words ----
  { name: 'referralVerb behaviour: British "Pop down to the Maryland Room on the 2nd floor" : referral fails', lines: one(AGE, 'Pop down to the Maryland Room on the 2nd floor, they keep the house files. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralVerb behaviour: "you should go over to the county assessor\'s office with the parcel number" : referral fails', lines: one(AGE, "You should go over to the county assessor's office with the parcel number. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'referralVerb behaviour: chat-speak "u can go down to the land records office at the courthouse" : referral fails', lines: one(DEED, 'u can go down to the land records office at the courthouse for a certified copy. did that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralVerb behaviour: "please come in to the Heritage Room, 1900 N Charles St" : referral passes', lines: one(AGE, 'Please come in to the Heritage Room at 1900 N Charles St, they have the street files. Does that help?'), exp: some({ referral: 'pass' }) },

  { name: 'referralVerb behaviour: "Go over to the Heritage Room and they can search the 1910 directory" (no page): referral fails', lines: one(AGE, 'Go over to the Heritage Room at Central and they can search the 1910 directory with you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'referralVerb behaviour: "you could come down to the Recorder of Deeds office, 2010 Main St, for the deed index" : referral passes', lines: one(DEED, 'You could come down to the Recorder of Deeds office, 2010 Main St, for the deed index. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- address: a year before a street ----
  { name: 'address near miss: "the 1920 census for Oak Ave" with a referral, no contact: referral fails', lines: one(AGE, 'Ask the historical society staff about the 1920 census for Oak Ave, they indexed it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: "the 1877 plat showing Elm Street" with a referral, no contact: referral fails', lines: one(DEED, 'Check with the county surveyor about the 1877 plat showing Elm Street. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: "a 1950s photo of Main St" with a referral, no contact: referral fails', lines: one(AGE, 'Ask the historical society staff about the 1950s photos of Main St, they scanned them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: "the 1905 city directory under Elm Street" with a referral, no contact: referral fails', lines: one(AGE, 'Ask the Maryland Room staff to check the 1905 city directory under Elm Street for you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: "in 1887 Elm St was still Mill Road" with a referral, no contact: referral fails', lines: one(AGE, 'Contact the historical society; in 1887 Elm St was still called Mill Road, so ask them for both names. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: British "the 1910 photos looking down High Street" with a referral, no contact: referral fails', lines: one(AGE, 'Have a word with the local studies centre, they hold the 1910 photos looking down High Street. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: "since 1998 Oak Ave permits are online" with a referral, no contact: referral fails', lines: one('how do i find old permits', 'Ask the permits office for the paper files; since 1998 Oak Ave permits have been scanned. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: "the 1887 Elm St sheet" with a referral, no contact: referral fails', lines: one(AGE, 'Ask the Maryland Room staff for the 1887 Elm St sheet. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address near miss: "a 1910 Main Street photo they scanned" with a referral, no contact: referral fails', lines: one(AGE, 'Ask the Maryland Room staff about a 1910 Main Street photo they scanned. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'address behaviour: "our 1900 Main St branch" still an address: referral passes', lines: one(AGE, 'Visit our 1900 Main St branch for the house files. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'address behaviour: "2010 Main St, Suite 4" still an address: referral passes', lines: one(DEED, 'Visit the Recorder of Deeds at 2010 Main St, Suite 4, Ellicott City. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'address behaviour: "write to the Preservation Office, 1850 Oak Ave, Room 2" : referral passes', lines: one(AGE, 'Write to the Historic Preservation Office, 1850 Oak Ave, Room 2, Columbia MD. Does that help?'), exp: some({ referral: 'pass' }) },
];

describeSessions('thirty-first round, second wave (P2): the O2 phrase changes checked', checked);
