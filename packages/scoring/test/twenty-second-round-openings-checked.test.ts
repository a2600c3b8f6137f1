/**
 * Twenty-second round, second wave (X10): X1'S OPENINGS, QUESTIONS, SOURCES AND REFERRALS, CHECKED. Block X1 (merged
 * after the rest of the first wave) added four settings and changed four families, each guarded only by its own near
 * miss: `introClauseX1` (approachability.greeting), `choiceTailX1` and `ifYouWantX1` (inquiry.clarify,
 * followup.completeness), `visitAddressX1` (referral.contact), and the families `completeness` ("htat", "clear enough to
 * read"), `namedResource` ("a … database" with no name) and `referralVerb` ("Ask a Librarian Delaware stays …"). These
 * sessions put each change in other people's words, where its regexp or setting would read RUBRIC.md's literal text
 * wrongly (or where the reading it meant should still hold), labelled from RUBRIC.md before the scorer ran.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a library named in the provider's first messages identifies who is answering only when it is said of the provider:
 *   "Coach from the Y at Maple Grove Library, Ms. Tran, asked about this same project", "Tom at the Lakewood Library, our
 *   genealogy guy, is out", "Sam from Oakwood Library :) is that you?" and "im guessing you're at the Westside Library
 *   :)" are about someone else (a colleague, another patron, the patron) and name no one who is answering;
 * - a choice question after a source whose first option asks whether what was given fits ("does that one look right or
 *   would the audiobook work for u", "Did the steps on that page get you logged in, or is that the part you're stuck
 *   on?") asks whether the information given meets the need: completeness passes;
 * - "if you want / if u want" after an offer with the provider or the library as the one who acts ("can put the Haynes
 *   manual on hold for u if u want", "Interlibrary loan can borrow it for you if you want", "Happy to scan … if you
 *   like") offers something not yet given, even with no "I": "Would that help?" after it asks about the offer;
 * - "visit <street address>" is a referral only when the patron is sent to a person or organisation: a monument's or a
 *   garden's address, or a visit the provider says not to make, sends the patron to no one; the library's own local
 *   history room at its address is one of the provider's library's departments, told to visit it (a referral, with its
 *   address);
 * - "a … database" followed, later in the same sentence, by its name ("…, it's called the Tri-County Clipper Archive",
 *   "- American Ancestors -") names a resource; "a legal database, and we don't subscribe to one" names none;
 * - "Is that clear enough to see why the fine was charged?" asks whether the explanation given meets the need (not about
 *   how the text shows on the screen);
 * - "ask a librarian who is working the genealogy desk at the Milford Public Library" sends the patron to that library's
 *   staff: a referral (no contact: fail; with the desk's phone: pass); "Ask a Librarian Delaware is staffed …" names the
 *   service, sending the patron to no one.
 * Fixed in X10 (narrowings of X1's changes, block `phrasesV23X10` and settings `introYouX10`, `ifYouActX10`,
 * `visitSightX10`, each set only in v23): 11 of the first 26 cases failed (none on this file's labels); 6 were X1's
 * changes and are narrowed (the near misses added beside them); 5 are older readings v22 already had and are in `LEFT`.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

/** the patron asks, the provider greets and names themself */
const open = (q: string, greet: string, t = 22): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: after the catalogue record, "does that one look right or would the audiobook work for u" (no "?") asks
    // first whether the copy given fits: completeness passes; no question before the first source: clarify fails
    name: 'McBride novel: after the record, "does that one look right or would the audiobook work for u" asks whether it fits',
    lines: [
      [0, 'p', 'do you have the new james mcbride book'],
      [18, 'l', 'Hello, this is Aaron at the Brookdale Public Library chat! Checking now.'],
      [77, 'l', 'yep, "The Heaven & Earth Grocery Store" regular print is on the shelf at Central: catalog.brookdalelibrary.org/record/550120'],
      [84, 'l', 'does that one look right or would the audiobook work for u'],
      [120, 'p', 'the regular one is fine, thats all, thx'],
      [126, 'l', 'Enjoy it! Bye for now.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "can put the Haynes manual on hold for u at Northside if u want" offers what the library would do (no "I"
    // in chat-speak), so "would that help?" asks about the hold not yet placed: no completeness question about what
    // was given
    name: 'Civic brakes: "can put the Haynes manual on hold for u at Northside if u want. would that help?" asks about the offer',
    lines: [
      [0, 'p', 'im looking for the repair manual for a 2011 honda civic, the brakes'],
      [30, 'l', 'Hi! This is Grace, reference librarian at Eastfield Library. Is it the rear drum brakes or the front discs?'],
      [62, 'p', 'front'],
      [70, 'l', 'ok give me a minute'],
      [140, 'l', 'ChiltonLibrary has the full front brake pad procedure for the 2011 Civic, free with your card: eastfieldlibrary.org/chilton'],
      [147, 'l', 'can put the Haynes manual on hold for u at Northside if u want. would that help?'],
      [200, 'p', 'no the chilton one is fine, thanks thats all'],
      [206, 'l', 'Great, good luck with the brakes! Take care.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // fixed: X1's `visitAddressX1` read it as a referral with the address (X10's `visitSightX10`)
    // reading: "visit 101 E Main St in Xenia to read the inscription" sends the patron to a monument, no person or
    // organisation: no referral (the society only put the marker up); the society's page is a source
    name: 'courthouse marker: "…placed in 1926 by the Greene County Historical Society; visit 101 E Main St in Xenia to read the inscription" refers to no one',
    lines: [
      [0, 'p', 'who put up the big stone marker by the old courthouse? my son has a local history assignment'],
      [21, 'l', "Hello! You're chatting with Ruth, a librarian at Greene County Public Library. Does he need a printed source he can cite, or is a website OK?"],
      [55, 'p', 'website is ok'],
      [62, 'l', 'Let me look.'],
      [171, 'l', "The marker was placed in 1926 by the Greene County Historical Society; visit 101 E Main St in Xenia to read the inscription yourself. The society's write-up on it is at greenecountyhistory.org/markers/courthouse. Is that what he needed?"],
      [210, 'p', 'yes thank u, thats everything'],
      [216, 'l', 'Glad to help, bye!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- introClauseX1 (approachability.greeting) ----
  {
    // fixed: X1's `introClauseX1` read the clause as the provider's (X10's `introYouX10`)
    // reading: "im guessing you're at the Westside Library right now" says where the patron is, not who is answering
    name: 'greeting: "hello! im guessing you\'re at the Westside Library right now :) do you see the scanner by the windows?" names no one answering: fails',
    lines: [
      ...open('the scanner wont turn on', "hello! im guessing you're at the Westside Library right now :) do you see the scanner by the windows?"),
      [50, 'p', 'yes thats the one'],
      [58, 'l', 'The power switch is on the back left. The scanning guide is at westside.lib.example.org/scan.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss: a chat-speak introduction of the provider, cut at the emoticon
    name: 'greeting: "hey! nia from the teen zone @ Brookside Library :) what r u working on?" passes',
    lines: [
      ...open('i need books for a project on climate change', 'hey! nia from the teen zone @ Brookside Library :) what r u working on?'),
      [50, 'p', 'a poster for science'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss (X10's `introYouX10`): "you're chatting with" introduces the provider, the clause cut at the emoticon
    name: 'greeting: "hi!! you\'re chatting with Jo at the Westside Library :) what do you need help with today?" passes',
    lines: [
      ...open('hi is anyone there', "hi!! you're chatting with Jo at the Westside Library :) what do you need help with today?"),
      [40, 'p', 'my printing wont release'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- choiceTailX1 (inquiry.clarify, followup.completeness) ----
  {
    // reading: after the page given, the first option asks whether it worked: a completeness question
    name: 'completeness: "Did the steps on that page get you logged in, or is that the part you\'re stuck on?" after the page passes',
    lines: [
      ...open('i cant log into hoopla', 'Hello, Dee at the Fairview Library here. Are you on the app or the website?'),
      [45, 'p', 'the app on my ipad'],
      [55, 'l', 'The sign-in steps for the app are at fairviewlibrary.org/hoopla-help, under "iPad".'],
      [62, 'l', "Did the steps on that page get you logged in, or is that the part you're stuck on?"],
      [110, 'p', 'got in now, thanks'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // near miss: the same tail before any source is a clarifying question
    name: 'clarify: "Are you asking about the parent\'s income, or is that the part you\'re confused about?" before a source passes',
    lines: [
      ...open('the fafsa is so confusing', "Hi, I'm Lou, a librarian at Dayton Metro Library. Are you asking about the parent's income, or is that the part you're confused about?"),
      [60, 'p', 'the parent income part'],
      [70, 'l', 'studentaid.gov/help-center/answers/article/parent-income explains which lines to use.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss: a chat-speak choice about the format before any source asks about the need
    name: 'clarify: "do u want it in print or would the ebook work for u" before a source passes',
    lines: [
      ...open('hi can i get the fourth wing book', 'hi, this is Bea at Harlow Library. do u want it in print or would the ebook work for u'),
      [40, 'p', 'ebook pls'],
      [48, 'l', '"Fourth Wing" is on Libby: harlow.overdrive.com/media/9432110, 12 people ahead of you.'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  // ---- ifYouWantX1 (followup.completeness) ----
  {
    // reading: interlibrary loan borrowing it for the patron is the library acting: "Would that work?" asks about the offer
    name: 'completeness: "Interlibrary loan can borrow the 1998 edition for you if you want. Would that work?" asks about something not given: fails',
    lines: [
      ...open('do you have the 1998 edition of the Peterson bird guide?', "Hello! I'm Kai at Juniper Public Library. Do you need that edition exactly, or any Peterson eastern guide?"),
      [50, 'p', 'exactly that one, my class uses it'],
      [58, 'l', 'We only own the 2020 edition: catalog.juniperlibrary.org/record/31120. Interlibrary loan can borrow the 1998 edition for you if you want. Would that work?'],
      [100, 'p', 'yes please'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    // fixed: X1's `ifYouWantX1` read it as no offer (X10's `ifYouActX10`)
    // reading: "Happy to scan … and send it over if you like" offers the provider's own work, no "I" needed
    name: 'completeness: "Happy to scan the table from the Statistical Abstract and send it over if you like. Would that help?" asks about the offer: fails',
    lines: [
      ...open('what was the population of alaska in 1960', "Hi, this is Noor at the Anchorage Public Library. Do you need the official census count?"),
      [45, 'p', 'yes the census one'],
      [55, 'l', 'The 1960 census counted 226,167 people in Alaska: census.gov/library/publications/1961/dec/population-vol-01.html. Happy to scan the table from the Statistical Abstract and send it over if you like. Would that help?'],
      [95, 'p', 'no thats fine'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss (X1's reading in other words): the resource is there for the patron to use; nobody is to act
    name: 'completeness: "Project MUSE has a review of it too if you want a shorter read. Would that be enough for your paper?" asks about what was given: passes',
    lines: [
      ...open('i need a scholarly source on the book Braiding Sweetgrass', 'Hi! Ines here, librarian at Carroll College Library. Is this for an essay or an annotated bibliography?'),
      [50, 'p', 'an essay'],
      [58, 'l', 'Academic Search Complete has a 2021 article on it in the Journal of Ecocriticism. Project MUSE has a review of it too if you want a shorter read. Would that be enough for your paper?'],
      [100, 'p', 'yes thanks'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- visitAddressX1 (referral.contact) ----
  {
    // reading: the library's own local history room, told to visit it, with its address: a referral with a contact
    name: 'referral: "The plat books are in our Local History Room; visit 140 Elm St, 2nd floor, Tuesday to Saturday" passes',
    lines: [
      ...open('where can i see old plat maps of the township', "Hi! I'm Wes at Sample County Library. Which township and roughly what years?"),
      [55, 'p', 'harmony township, 1900s'],
      [63, 'l', 'The 1903 and 1921 plat books are in our Local History Room; visit 140 Elm St, 2nd floor, Tuesday to Saturday 10-4.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: a visit the provider says not to make, and a website to order from: no referral
    name: 'referral: "…so don\'t visit 222 S Main St for it anymore; you order copies online at vitalchek.com now" refers to no one',
    lines: [
      ...open('how do i get a copy of my birth certificate', "Hello, Ana at Millbrook Library. Were you born in this county?"),
      [40, 'p', 'yes'],
      [48, 'l', "The county Vital Records office stopped walk-in service in 2023, so don't visit 222 S Main St for it anymore; you order copies online at vitalchek.com now."],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss (X1's reading in other words): the Clerk of Courts at its street address: a referral with a contact
    name: 'referral: "The Clerk of Courts keeps marriage records back to 1850: visit 345 W Broad St, Room 108, weekdays 8-4." passes',
    lines: [
      ...open('where are marriage records from the 1880s', "Hi! I'm Jo, a librarian at Sample County Library. Which county?"),
      [45, 'p', 'franklin'],
      [53, 'l', 'The Franklin County Clerk of Courts keeps marriage records back to 1850: visit 345 W Broad St, Room 108, weekdays 8-4.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss (X10's `visitSightX10`): the archives visited to see records is a party visited, with its address
    name: 'referral: "The county archives keep the original ledgers: visit 88 Court St to see them, Monday to Thursday." passes',
    lines: [
      ...open('are the old poor farm ledgers anywhere', "Hi! I'm Jo, a librarian at Sample County Library. Which county's poor farm?"),
      [45, 'p', 'this county, 1890s'],
      [53, 'l', 'The Sample County Archives keep the original ledgers: visit 88 Court St to see them, Monday to Thursday.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- namedResource ("a … database") (info.source) ----
  {
    // reading: the database's name follows in the same sentence: a named resource
    name: 'source: "we have a newspaper database from home too, it\'s called the Tri-County Clipper Archive, back to 1890" names one: passes',
    lines: [
      ...open('how can i find my grandpas obituary from 1974, he lived in bellevue', "Hi! I'm Max at the Bellevue Library. Do you know the month he died?"),
      [55, 'p', 'march'],
      [63, 'l', "we have a newspaper database from home too, it's called the Tri-County Clipper Archive, back to 1890. Search his last name with 1974."],
      [100, 'p', 'found it!! thank you'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: the name between dashes later in the sentence
    name: 'source: "There\'s a genealogy database in our subscriptions - American Ancestors - that covers New England probate" passes',
    lines: [
      ...open('where would i find probate records from vermont in the 1800s', "Hello, Sue at the Keene Public Library. Are you after a will or an estate inventory?"),
      [50, 'p', 'a will'],
      [58, 'l', "There's a genealogy database in our subscriptions - American Ancestors - that covers New England probate, Vermont included."],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // fixed: X1's `namedResource` exception for a comma after "a … database" (X10's swap)
    // near miss: a kind of database, none named, and no other source
    name: 'source: "That would be in a legal database, and we don\'t subscribe to one, sorry." names nothing: fails',
    lines: [
      ...open('can you find the court case about my neighbors fence', "Hi! I'm Ty at Brockton Library. Do you know the year it was decided?"),
      [45, 'p', '2019 i think'],
      [53, 'l', "That would be in a legal database, and we don't subscribe to one, sorry."],
      [80, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- completeness ("clear enough", "htat") ----
  {
    // fixed: X1's "clear enough to read / see" exclusion (X10's `completeness` widen of the exclusion)
    // reading: whether the explanation makes the fine clear is whether what was given meets the need
    name: 'completeness: "Is that clear enough to see why the fine was charged?" after the policy page passes',
    lines: [
      ...open('why do i have a $5 fine i returned everything', "Hi, this is Rae at Pinecrest Library. Which item does the fine show on?"),
      [50, 'p', 'a dvd'],
      [60, 'l', 'DVDs returned to the book drop after 9 am are checked in the next day, so it counted one day late; the policy is at pinecrestlibrary.org/fines. Is that clear enough to see why the fine was charged?'],
      [100, 'p', 'oh ok yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss (X1's reading kept by X10's narrowing): whether the scan can be read is about the print, not the need
    name: 'completeness: "Is the scan clear enough to read on your phone?" after the obituary scan asks about the print: fails',
    lines: [
      ...open('can u find my aunts obituary, ruth kowalski, 1988', "Hi, this is Rae at Pinecrest Library. Do you know the month?"),
      [45, 'p', 'june'],
      [55, 'l', 'Found it in the Pinecrest Herald, June 14, 1988, page 6; the scan is attached here: pinecrestlibrary.org/obits/kowalski-1988.pdf. Is the scan clear enough to read on your phone?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss: the transposed "htat" still asks
    name: 'completeness: "Does htat cover it?" after the hours page passes',
    lines: [
      ...open('r u open on labor day', "Hi! I'm Mo at Glenwood Library. Which branch do you go to?"),
      [40, 'p', 'downtown'],
      [48, 'l', 'All branches are closed Labor Day; holiday hours are at glenwoodlibrary.org/hours. Does htat cover it?'],
      [70, 'p', 'yes thx'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- referralVerb ("ask a librarian …") (referral.contact) ----
  {
    // fixed: X1's `referralVerb` exclusion took "ask a librarian who is …" (X10's `referralVerb` lookbehind)
    // reading: "ask a librarian who is on the desk at Lewes" refers the patron to that branch's staff, with its phone
    name: 'referral: "ask a librarian who is on the desk at the Lewes branch; their number is 302-645-4633" refers, with a contact: passes',
    lines: [
      ...open('where can i look at old cape gazette papers', "Hi, I'm Pat with Ask a Librarian Delaware. Which years?"),
      [45, 'p', '1990s'],
      [53, 'l', 'The Lewes Public Library has them on microfilm: ask a librarian who is on the desk at the Lewes branch; their number is 302-645-4633.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss: the service named as the subject of its own verb sends the patron to no one
    name: 'referral: "Ask a Librarian Delaware is staffed around the clock, so start a new chat anytime" refers to no one',
    lines: [
      ...open('are you open at night? i work late', "Hi! I'm Lee at the Newark Free Library. Do you mean the building or this chat?"),
      [45, 'p', 'the chat'],
      [53, 'l', 'Ask a Librarian Delaware is staffed around the clock, so start a new chat anytime at lib.de.us/ask.'],
    ],
    exp: some({ referral: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // left: with X10's `referralVerb` narrowing the librarian is a referral again, but the earlier sentence's
    // archives.delaware.gov is lent to it as its contact (an older reading, v22 passes it too); taking that back is broad
    // reading: "ask a librarian who is working the genealogy desk at the Milford Public Library" refers the patron to that
    // library's staff, with no way to reach them: referral fails
    name: 'Sussex deed: "ask a librarian who is working the genealogy desk at the Milford Public Library" refers, no contact',
    lines: [
      [0, 'p', 'hi, im trying to find my great grandfathers land deed in sussex county delaware from like 1910'],
      [40, 'l', "Hi, I'm Pat with Ask a Librarian Delaware. Do you know roughly where in Sussex County the land was?"],
      [80, 'p', 'near milford'],
      [88, 'l', 'The Delaware Public Archives has the deed indexes online: archives.delaware.gov/land-records. For the actual deed books, ask a librarian who is working the genealogy desk at the Milford Public Library, they know those records well. Does that help?'],
      [130, 'p', 'yes thats great, thats all i needed'],
      [137, 'l', 'Good luck with the search! Goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // left: v22 already refers here (an older path for "visit <address>" after "The Rotary Club …"), not X1's
    // `visitAddressX1` (X10's `visitSightX10` covers X1's path: the courthouse marker case)
    // reading: a garden's address to see the roses: no person or organisation visited
    name: 'referral: "The Rotary Club planted the rose garden in 1962; visit 1200 Lakeshore Dr to see it in bloom" refers to no one',
    lines: [
      ...open('when was the rose garden in lakeside park planted', "Hi! I'm Cal, a librarian at Lakeside Public Library. Do you want the history or visiting info?"),
      [45, 'p', 'history'],
      [53, 'l', 'The Rotary Club planted the rose garden in 1962; visit 1200 Lakeshore Dr to see it in bloom, usually in June. The park district\'s history page is lakesideparks.org/rose-garden.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
];

describe('twenty-second round (X10): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-second round (X10): X1's openings, questions, sources and referrals checked, every check", whole);
describeSessions("twenty-second round (X10): X1's openings, questions, sources and referrals checked, short cases", short);

describeLeft('twenty-second-round-openings-checked', LEFT);
