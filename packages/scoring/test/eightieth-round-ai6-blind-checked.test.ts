/**
 * Eightieth round, blind check of block AI (rubric v69), part ai6: AI2, AI1 (mended) and AI20 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * other verbs, nouns, orders, chat-speak, a curly apostrophe; "against": near misses the block must not read, and older readings
 * it must not break).
 * Checks: referral.contact for AI2 and AI1 (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to
 * contact or visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library,
 * department, office or a named specialist; pointing to a website, database or publication for the patron to use is a source, not a
 * referral; pass when every party referred to comes with a way to reach them (e-mail, phone, postal address or URL); fail
 * otherwise), labelled NO_WAY (fail), WITH_WAY (pass) or NONE (na); and info.source for AI20 (RUBRIC: pass when the provider gives
 * at least one source: a URL or domain, an e-mail or phone contact for a referral, or a named resource (a database, the catalogue, a
 * guide, a book, a web page with the steps to reach it); an organisation or app named without a way to reach it is not a source;
 * fail: a substantive exchange with no source), labelled SOURCE (pass) or NO_SOURCE (fail). The AI20 sessions have no URL, phone,
 * e-mail, database, guide or catalogue anywhere, so only the named book (or its absence) decides.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Try the <party>", "You could try …", "Your best bet might be to try …", "maybe try …?" tell the patron to contact or visit that
 *   party: a referral. "I tried the <office> earlier this week" reports the provider's own call: no referral.
 * - A way to reach the party given in the provider's next message ("Their number is …") comes with it.
 * - "the person to talk to is the <people>; reach him at …", "Check with the <people>", "ask the <people> when you get there" tell
 *   the patron to contact them: referrals.
 * - A web page that lists people ("The site staff page at … lists who runs each plot") names them without telling the patron to
 *   contact them: a source, no referral. Adding someone to a program's group ("the Site Members group") contacts nobody.
 * - A publication or website of an agency pointed to for the patron to use ("the State of …'s Driver's Manual", "the City of …'s
 *   online permit portal") is a source, not a referral (Terms), with or without "try".
 * - A book named by its title and author is a named resource without a call number or a link; the author's name with a middle name
 *   or a curly apostrophe is still the author. "plenty of books about her", "lots of sailing books", "our books on heart health" name
 *   no resource. The provider's own service named in the greeting is not a source.
 *
 * COUNTS. Written: 27 cases, 15 for and 12 against (AI2 5/4, AI1 5/4, AI20 5/4: the brief's per-reading bounds, 3-5 for and 2-4
 * against, cap three readings at 27, a little under its "about 30-36"), in one batch, labels copied aside to /tmp/s74/ai6-labels.ts
 * before the first run. First run as labelled: 25 of 27 (v68 on the same cases: 20 of 27; the five v68 misreads that v69 now reads
 * are AI1's "site supervisor / director / team" and AI2's "could try the Township of …", "Try the State of …"). Disagreeing: 2.
 * Label corrections: none (each reread against its check; the labels stand). Final: 25 running, 2 LEFT (each scored with rubric
 * v68 to tell "older" from "caused by AI"; 0 caused by AI, 2 older):
 * - expected referral pass / got na (older: v68 na the same): "hmm maybe try the county of frederick's land records office? theyre
 *   at landrecords@…" (a probe: the question form "maybe try … ?" is not read, capitalised or not, nor "maybe try the land records
 *   office?"; "try the county of frederick's land records office, theyre at …" passes under v69).
 * - expected source fail / got pass (older: v68 pass the same): "We have plenty of books about her in the children's room, and Amelia
 *   Earhart's Lockheed Vega still hangs in a museum in Washington" (a probe: either sentence alone fails; together, "books about her
 *   … Amelia Earhart's Lockheed Vega" is read as a named book).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_SOURCE, NO_WAY, NONE, SOURCE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask Us at Brookfield County Library.';
const { said, asked, saidThen, done } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'oakmont' });
const HI_OWN = 'Hi, Dana here with Anne Arundel Public Library\'s Ask Us Now!';
const own = nearMissLines(HI_OWN, { branch: 'Which branch is closest to you?', branchReply: 'odenton' });

export const ai2: SessionCase[] = [
  // ---- AI2 for: "try the <society / office / department …>", with a "Township / Borough / State / County of <name>" name before it
  c('AI2 for: "Your best bet might be to try the Sykesville Historical Society" (a society, no way to reach it)', said('my great-grandparents were married in Sykesville around 1905, where would the church records be?', 'Church registers that old were often handed to local groups when congregations merged. Your best bet might be to try the Sykesville Historical Society; they took in the Methodist registers years ago.'), NO_WAY),
  c('AI2 for: "You could try the Township of Upper Moreland\'s permits office" (could try, no way to reach it)', said('can i put a 6 foot fence in my backyard? i live in willow grove pa', 'Fence heights are set by the local code, so it depends on your zone. You could try the Township of Upper Moreland\'s permits office; they answer fence questions all the time.'), NO_WAY),
  c('AI2 for: "Try the Borough of Hanover\'s Zoning Department at 717-555-0120" (a phone)', said('im opening a small bakery in hanover pa, do i need a zoning permit?', 'It depends on the street and the zone. Try the Borough of Hanover\'s Zoning Department at 717-555-0120; they can tell you what the lot allows.'), WITH_WAY),
  c('AI2 for: "Try the State of Delaware\'s Vital Records Office." then "Their number is 302-555-0177 …" (the way in the next message)', saidThen('how do i get a copy of my dads death certificate, he died in dover', 'Death certificates there are issued by the state, not the city. Try the State of Delaware\'s Vital Records Office.', 'Their number is 302-555-0177, and they take requests by mail too.'), WITH_WAY),
  c('AI2 for: "hmm maybe try the county of frederick\'s land records office? theyre at …" (chat-speak, lower case, an e-mail)', said('need a copy of the deed for my grandmas farm near walkersville', 'hmm maybe try the county of frederick\'s land records office? theyre at landrecords@frederickco.example.gov and can look it up by her name'), WITH_WAY),
  // ---- AI2 against: a website or a publication of a "City / State of" body to use; the provider's own call; an older verb kept
  c('AI2 against: "try the City of Hagerstown\'s online permit portal, under Business Licenses" (a website to use)', said('how do i renew my food truck permit in hagerstown', 'Renewals are done online now: try the City of Hagerstown\'s online permit portal, under Business Licenses, and upload last year\'s inspection.'), NONE),
  c('AI2 against: "try the State of Maryland\'s Driver\'s Manual" (a publication to read)', said('my son is studying for his learners permit, what should he read', 'For the test itself, try the State of Maryland\'s Driver\'s Manual; the road signs chapter is where most people lose points.'), NONE),
  c('AI2 against: "I tried the Town of Elkton\'s Clerk\'s Office earlier this week" (the provider\'s own call, reported)', said('looking for elkton town council minutes from the 1970s', 'I tried the Town of Elkton\'s Clerk\'s Office earlier this week for another patron with the same question: the 1970s minutes were lost in the 1982 flood, and only the 1983 and later books survive.'), NONE),
  c('AI2 against: "Write to the Town of Easton\'s Water Department at 14 S. Harrison St., …" (an older verb, a postal address)', said('who do i ask about a lead pipe in my house in easton md', 'Service lines up to the meter belong to the town. Write to the Town of Easton\'s Water Department at 14 S. Harrison St., Easton, MD 21601, and ask for a lead service line check.'), WITH_WAY),
];

export const ai1: SessionCase[] = [
  // ---- AI1 for: "site" followed by a word for people, who the patron is told to contact
  c('AI1 for: "E-mail the site supervisor, Ms. Okafor, at …" (a tax-help site\'s supervisor, an e-mail)', said('does the free tax help still happen at the oakmont branch? how do i get a slot', 'Yes, the AARP volunteers run it there on Tuesdays and Saturdays through April. E-mail the site supervisor, Ms. Okafor, at oakmont.taxaide@example.org to get a slot.'), WITH_WAY),
  c('AI1 for: "Best to ask the site volunteers when you get there on Saturday" (no way to reach them)', said('what papers do i bring to the free tax help thing', 'It changes a bit each year depending on your situation. Best to ask the site volunteers when you get there on Saturday; they will tell you which forms they need from you.'), NO_WAY),
  c('AI1 for: "def call the site director at the st marks pantry, 240-555-0173" (chat-speak, a phone)', said('how do i sign up for the food pantry at st marks, is it a library thing?', 'nope not us, def call the site director at the st marks pantry, 240-555-0173, she can add u to the list'), WITH_WAY),
  c('AI1 for: "the person to talk to is the site host, Mr. Haddad; reach him at …" (another order, an e-mail)', asked('is there a waiting list for the community garden plots by oakmont?', 'Those plots aren\'t run by the library itself.', 'oh ok so who do i ask', 'For plots, the person to talk to is the site host, Mr. Haddad; reach him at oakmont.gardens@parks.example.gov.'), WITH_WAY),
  c('AI1 for: "Check with the site team at the Londontown dig about their volunteer days" (no way to reach them)', done('can teenagers volunteer at an archaeology dig around here', 'Some digs take volunteers from 14 with a parent along. Check with the site team at the Londontown dig about their volunteer days this summer.', 'cool thanks, thats all i needed'), NO_WAY),
  // ---- AI1 against: a program's panel or group named "Site <people word>"; a web page of site staff; "the site" a web site
  c('AI1 against: "open the Site Admin panel from the top bar and choose Users" (a program\'s panel)', said('how do i add my co-author to our church blog, its wordpress multisite', 'On a multisite install, open the Site Admin panel from the top bar and choose Users, then Add Existing User and type her e-mail.'), NONE),
  c('AI1 against: "add her to the Site Members group" under Site Permissions (a program\'s group)', said('how do i let my new coworker edit our team sharepoint', 'In SharePoint, click the gear, then Site Permissions, and add her to the Site Members group; members can edit, visitors can only read.'), NONE),
  c('AI1 against: "The site staff page at … lists who runs each plot" (people listed, nobody to contact)', said('who runs the community garden at oakmont now', 'The site staff page at oakmontgardens.example.org/staff lists who runs each plot this season, with their photos.'), NONE),
  c('AI1 against: "check the site again before you order seeds" (an older reading: the web site)', said('when should i plant tomatoes in western maryland', 'The Extension\'s planting calendar at extension.example.edu/md-calendar has the dates by county; check the site again before you order seeds, since the frost dates were updated.'), NONE),
];

export const ai20: SessionCase[] = [
  // ---- AI20 for: "<First> (<Middle>) <Last>'s <Title>" or "… 's "<title>"" in a message about books, copies, shelves or libraries
  c('AI20 for: "Have a look at Octavia Butler\'s Parable of the Sower; Oakmont has three copies on the shelf"', said('my book club wants a dystopia that isnt 1984 or handmaids tale', 'Have a look at Octavia Butler\'s Parable of the Sower; Oakmont has three copies on the shelf, and it gives a group plenty to argue about.'), SOURCE),
  c('AI20 for: Ken Forkish\'s "Flour Water Salt Yeast" (a quoted title, "the one most libraries carry")', said('i want to learn to bake bread properly, where do i start', 'For a first real bread book, Ken Forkish\'s "Flour Water Salt Yeast" is the one most libraries carry, and ours has two copies.'), SOURCE),
  c('AI20 for: "ooh try Jason Reynolds\'s Long Way Down, its on the teen shelf rn" (chat-speak)', said('my 14 yo hates reading but likes rap, any ideas', 'ooh try Jason Reynolds\'s Long Way Down, its on the teen shelf rn, its written in verse so it reads fast'), SOURCE),
  c('AI20 for: "Zora Neale Hurston\'s Their Eyes Were Watching God … we have copies at every branch" (a three-part name)', said('need a classic novel by a black woman author for english class', 'Zora Neale Hurston\'s Their Eyes Were Watching God is the one most teachers pick; we have copies at every branch, and a large-print one at Oakmont.'), SOURCE),
  c('AI20 for: "Mary Roach’s Stiff is a favourite for that … the library has it" (a curly apostrophe)', said('any funny nonfiction about science? for my dad', 'Mary Roach’s Stiff is a favourite for that, gross and very funny; the library has it in print and on audio.'), SOURCE),
  // ---- AI20 against: a body, a thing someone owned, the provider's own service in the greeting; the older "<Title> by <Author>"
  c('AI20 against: "Mercy Hospital\'s Cardiac Rehab Unit runs classes" after "our books on heart health" (a body, no book named)', said('my husband just had a heart attack, want to read up on recovery', 'I\'m sorry to hear it. Most of our books on heart health are general, but Mercy Hospital\'s Cardiac Rehab Unit runs classes for patients and families that go much further.'), NO_SOURCE),
  c('AI20 against: "plenty of books about her … Amelia Earhart\'s Lockheed Vega still hangs in a museum" (a thing she owned)', said('my daughter is obsessed with amelia earhart', 'Lots of kids are! We have plenty of books about her in the children\'s room, and Amelia Earhart\'s Lockheed Vega still hangs in a museum in Washington, if you ever travel there. How old is she?'), NO_SOURCE),
  c('AI20 against: "Anne Arundel Public Library\'s Ask Us Now" in the greeting, then "lots of sailing books" (no book named)', own.said('looking for books on sailing for my grandson', 'We have lots of sailing books, from picture books up. Is he reading on his own yet, or is this for reading together?'), NO_SOURCE),
  c('AI20 against: "The Omnivore\'s Dilemma by Michael Pollan … two copies on the shelf" (an older reading kept)', said('want a book about where our food comes from', 'The Omnivore\'s Dilemma by Michael Pollan is the classic one; Oakmont has two copies on the shelf.'), SOURCE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older
  'AI2 for: "hmm maybe try the county of frederick\'s land records office? theyre at …" (chat-speak, lower case, an e-mail)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "maybe try the county of frederick\'s land records office?" tells the patron to contact an office outside the chat, and its e-mail follows ("theyre at landrecords@frederickco.example.gov"); the question form "maybe try … ?" is not read (a probe: capitalised the same, and "maybe try the land records office?" too; "try the county of frederick\'s land records office, theyre at …" passes under v69) (older: v68 na the same)',
  'AI20 against: "plenty of books about her … Amelia Earhart\'s Lockheed Vega still hangs in a museum" (a thing she owned)':
    'expected source fail, got pass ("gave a source"): RUBRIC info.source, "plenty of books about her" names no resource and "Amelia Earhart\'s Lockheed Vega" is a plane she owned, not a book; no URL, phone, e-mail or named resource anywhere (a probe: either sentence alone fails; together, "books about her … Amelia Earhart\'s Lockheed Vega" is read as a named book) (older: v68 pass the same)',
};

describe('eightieth round: block AI (AI2, AI1, AI20) checked blind, both ways, part ai6', () => {
  for (const [t, cs] of [['AI2', ai2], ['AI1', ai1], ['AI20', ai20]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
