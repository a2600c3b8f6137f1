/**
 * Twenty-first round, area (V3): DEEP RESEARCH THAT TAKES TIME. Local history and old newspapers (microfilm reels,
 * digitised papers), maps and land records (Sanborn maps, plat books, deeds), statistics (the census, BLS, state data
 * portals), patents and standards, company and industry research, article searches through full-text databases or
 * interlibrary loan, citation checking, archives and special collections by appointment. Long sessions with several
 * holds (some telling the patron within 120 s, some not), the provider searching several places, handing back partial
 * answers, then promising to e-mail more: follow-ups recorded on time, late, never, or still pending; the patron's
 * contact given in the chat, repeated back, or known only from the patron fields; a "when" given or not; resolution
 * codes that match the promise or not.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a message that hands back part of the answer and says the search goes on ("…; I'm still checking the 1890s reels")
 *   is a hold message (Terms): waiting on the provider starts again there, and a patron's "ok" while it lasts does not
 *   restart it;
 * - "If I turn up the 1923 directory I'll e-mail you the page" is a promise to find and send more later, conditional
 *   or not: a follow-up session; an offer the patron declines ("I could e-mail you the rest if you like?" / "no
 *   thanks") is none;
 * - "I'll put in the interlibrary loan request for you and the article will come to your e-mail in 3-5 business days"
 *   promises that the library will send more later, as "someone from your library will contact you": a follow-up
 *   session, with "3-5 business days" as its when;
 * - the patron's e-mail is confirmed in the chat when the provider writes it out there (even when it came from the
 *   patron fields: "repeated back there"); "the address on your account" without writing it is not;
 * - "by noon tomorrow", "first thing Monday", "within 3 business days", "later today", "by Wednesday" are whens; "as
 *   soon as the archivist is back", "once I hear from the curator", "they'll be in touch" are not;
 * - telling the patron to book a visit with a department of the provider's own library with its phone or e-mail is a
 *   referral that passes; the provider asking a colleague on the patron's behalf is none;
 * - "Is that her?" after a census record is found asks whether the answer given is what the patron needed: a
 *   completeness question; "Would you like me to e-mail you a scan?" offers more and is none;
 * - the provider naming, in a hold, the database they are searching ("checking LAUS now") is no source given to the
 *   patron; a URL or a database the patron is told to use is.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, type Key, type Line, type SessionCase, other, some, type St, sys, T0, usual, who } from './helpers';

const HOUR = 3600;
/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** A follow-up recorded `h` hours after a session that ended `endSec` seconds after T0. */
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR), by, note: 'sent the rest' }];
/** The same instant as `at(s)`, written with another UTC offset (hours). */
function atOffset(s: number, offsetHours: number): string {
  const d = new Date(T0 + s * 1000 + offsetHours * 3600_000);
  const sign = offsetHours < 0 ? '-' : '+';
  const hh = String(Math.abs(offsetHours)).padStart(2, '0');
  return `${d.toISOString().slice(0, 19)}${sign}${hh}:00`;
}
const NADIA = who('Nadia Khan', 'nkhan');

export const whole: SessionCase[] = [
  // ---- old newspapers and local history ---------------------------------------------------------------------------
  {
    // reading: the 198 s message hands back part of the answer and says the search goes on: a hold (either way no span is over 120 s)
    // reading: "Would you like me to e-mail you a scan of the page?" offers more, it asks nothing about what was given
    name: '1938 obituary on microfilm: a hold, a partial answer that keeps searching, the page found, a scan promised "by noon" tomorrow with the address repeated; recorded 20 h later',
    lines: [
      [0, 'p', 'im trying to find my great grandfathers obit, he died in Altoona PA in march 1938'],
      [38, 'l', "Hi, this is Renee at the Blair County Library reference desk. Do you know the exact date he died, or which paper the family read?"],
      [95, 'p', 'march 11 1938 i think. no idea on the paper'],
      [104, 'l', 'Let me check what we hold on film for that year.'],
      [198, 'l', "The Altoona Mirror for 1938 is on microfilm here, and it's also in NewspaperArchive, which you can search from home with your card at blairlibrary.org/research. Nothing in the March 12-14 issues yet, so I'm going through the later ones now."],
      [301, 'l', 'Found it: Altoona Mirror, March 15, 1938, page 9, column 3. Would you like me to e-mail you a scan of the page?'],
      [340, 'p', 'yes please!! its dmk1961@gmail.com'],
      [352, 'l', "Got it, dmk1961@gmail.com. I'll scan it from the reel tomorrow morning and send it by noon."],
      [380, 'p', 'thank u so much, thats all i needed'],
      [386, 'l', "You're welcome, bye for now!"],
    ],
    over: { ...FU_ME, followUps: doneAfter(391, 20, 'renee') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a 1911 flood in digitised Virginia papers: the greeting split over two messages, the source before any question, "Did you find the ones you need?"',
    lines: [
      [0, 'p', 'hey r u there'],
      [55, 'l', 'hi!'],
      [58, 'l', "I'm Dev with the Library of Virginia's chat service"],
      [77, 'p', 'looking for newspaper articles on a flood in buena vista in 1911'],
      [90, 'l', 'Virginia Chronicle has digitized papers from that year: virginiachronicle.com, search "Buena Vista flood" and limit the dates to 1911.'],
      [170, 'p', 'omg there are like 40 hits'],
      [176, 'l', 'Nice! Did you find the ones you need?'],
      [230, 'p', 'yep. no more questions'],
      [236, 'l', 'Happy researching, take care.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: the 1950 census "Is that her?" asks whether the record given is the one the patron needed
    name: '1950 census: the patron answers in two messages and then waits 129 s with no hold (keep_informed fails); "Is that her?" after the record',
    lines: [
      [0, 'p', 'how do i find my grandma in the 1950 census'],
      [22, 'l', "Hello, I'm Ingrid, a librarian at Boise Public Library. What was her name then, and where was she living in 1950?"],
      [60, 'p', 'Mary Okafor.. no wait maiden name, Mary Dunn, Twin Falls Idaho'],
      [68, 'p', 'she was born like 1932'],
      [189, 'l', "The 1950 census is free at 1950census.archives.gov: search \"Mary Dunn\", state Idaho, county Twin Falls. There's a Mary Dunn, age 18, daughter of Harold and Ruth, on enumeration district 42-37. Is that her?"],
      [240, 'p', 'YES thats her!! harold was my great grandpa'],
      [247, 'l', 'Wonderful. Anything else I can help with?'],
      [280, 'p', 'no thats all'],
      [285, 'l', 'Enjoy the find, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: the provider's last message, a partial answer with "I'm still checking", is a hold; no later provider message
    // that is not one, so there is no final idle; the span it opened is still open at the end and does not count
    name: 'city directories for a 1920s grocer: a source, then the patron goes quiet while the provider is still checking; the session times out 400 s later',
    lines: [
      [0, 'p', 'where can i find old city directories for Duluth? looking for my great uncles grocery 1920s'],
      [31, 'l', "Good evening! Kai here, a librarian with Duluth Public Library. What was the grocery's name or your uncle's name?"],
      [70, 'p', 'Lindqvist, Nils Lindqvist, on Superior st'],
      [81, 'l', 'One moment, checking our digitized directories.'],
      [176, 'l', "Our Polk's Duluth directories for 1920-1929 are online at duluthlibrary.org/digital. I can see a Nils Lindqvist, grocer, 2210 W Superior in 1924; I'm still checking the other years to see when the store opened."],
    ],
    over: { endAfter: 400 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a county historical society by appointment: the archive refers with its phone, the provider asks no question, the patron says "that\'s everything"',
    lines: [
      [0, 'p', 'Does the library have the old Ladies Aid society minutes from Hope Lutheran? 1890s to 1920s'],
      [47, 'l', "Hello, you've reached the Ask Us chat at Fargo Public Library, I'm Solveig."],
      [53, 'l', "We don't, but the Cass County Historical Society holds the Hope Lutheran congregation records. Their archive is open by appointment only: call them at 701-555-0164 to book a time."],
      [120, 'p', 'ok great, thats everything'],
      [128, 'l', 'Thanks for chatting, good luck with the research!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', referral: 'pass' }),
  },
  // ---- maps and land records ----------------------------------------------------------------------------------------
  {
    name: 'Sanborn maps for a 1916 house: a sheet number promised "later today" with the e-mail given, but the code says Answered: code fails',
    lines: [
      [0, 'p', 'do you have sanborn maps for lincoln nebraska around 1920'],
      [40, 'l', "Hello! You're chatting with Ellen at Lincoln City Libraries."],
      [50, 'p', "i'm researching the house at 1420 G street"],
      [58, 'l', 'Which year matters most, do you want the map from before or after the house went up?'],
      [100, 'p', 'it was built 1916 so after'],
      [110, 'l', 'The Library of Congress has the 1918 Lincoln Sanborn atlas online: loc.gov/collections/sanborn-maps, search Lincoln, Nebraska. Does that help so far?'],
      [180, 'p', "yes but i cant tell which sheet it's on"],
      [188, 'l', "I'll work out the sheet number from the key map and email it to you later today. What's your email?"],
      [210, 'p', 'gkowalski@unl.edu'],
      [216, 'l', 'Thanks, got it.'],
      [230, 'p', 'thank you!!'],
      [236, 'l', 'Bye!'],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "call 301-600-1630 to set up a time with the Maryland Room" refers to a department of another library with a phone
    name: 'an 1880s farm deed: MDLandRec, a partial answer at 115 s, then 150 s of silence; the patron\'s library will follow up but "they\'ll be in touch" gives no when; recorded 100 h later',
    lines: [
      [0, 'p', 'trying to trace the deed for my familys farm near Middletown MD, 1880s'],
      [29, 'l', "Hi there, you've reached Maryland AskUsNow! I'm Colleen, a librarian in Howard County. Do you know who owned it then?"],
      [75, 'p', 'John Ebert'],
      [84, 'l', 'Let me look in MDLandRec.'],
      [199, 'l', "MDLandRec (mdlandrec.net, free account) has Frederick County deed books back to 1748, indexed by grantor name. I'm still checking whether the Maryland Room has an Ebert family file."],
      [349, 'l', "The Maryland Room at C. Burr Artz Library keeps family files; call 301-600-1630 to set up a time with them. I'd also like their local history librarian to look for the Ebert farm, so someone from your library will contact you. What's your email?"],
      [400, 'p', 'rebert@verizon.net'],
      [409, 'l', "Thank you! They'll be in touch."],
      [430, 'p', 'ok thanks'],
      [436, 'l', 'You are welcome, have a good evening.'],
    ],
    over: { ...FU_LIB, followUps: doneAfter(441, 100, 'frederick') },
    exp: usual({ informed: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail', referral: 'pass' }),
  },
  {
    name: 'plat books and the county recorder: phone given and repeated, a call-back "Tuesday afternoon", recorded 50 h later',
    lines: [
      [0, 'p', 'Good morning. I need to find out when our lot was split off from the original farm. 1960s maybe. Rural Story County.'],
      [26, 'l', 'Good morning! This is Arvid, reference librarian at Ames Public Library. Do you have the parcel number or the section and township?'],
      [90, 'p', 'section 14, Franklin township'],
      [99, 'l', 'Bear with me while I look at the plat books.'],
      [212, 'l', "We have Story County plat books for 1958, 1965 and 1971 in the Iowa Room, and the 1965 one shows section 14 as one 160-acre farm. The deed itself is with the Story County Recorder: call 515-555-0120 or search their index at storycountyiowa.gov/recorder. I'd like to look at the 1971 book, which is in storage. Can I call you back?"],
      [260, 'p', 'sure, 515-555-0188'],
      [266, 'l', 'That is 515-555-0188. I will call you Tuesday afternoon with what the 1971 book shows. Is that all for today?'],
      [300, 'p', 'yes that is all, thank you'],
      [306, 'l', 'Thank you for contacting Ames Public Library!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(311, 50, 'arvid') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }),
  },
  {
    name: 'historic county boundaries for a thesis: transferred to the GIS librarian with a note and a notice; the shapefiles at the Newberry',
    lines: [
      [0, 'p', 'looking for historic county boundary shapefiles for washington state 1880s'],
      [20, 'l', "Hi, I'm Alex at the UW Libraries chat."],
      [45, 'p', 'its for my thesis in geography'],
      [55, 'l', 'Let me see if our maps and GIS librarian is on.'],
      [60, 'i', 'Nadia, grad student needs 1880s WA county boundary shapefiles for a geography thesis; can you take it?'],
      [65, 'l', "I'm transferring you to Nadia, our maps & GIS librarian, one moment."],
      [70, 's', 'Chat transferred to Nadia Khan', sys('transfer', 'nkhan')],
      [110, 'l', 'Hi, Nadia here. Do you need the whole state or only some counties?', NADIA],
      [140, 'p', 'whole state'],
      [150, 'l', "The Atlas of Historical County Boundaries from the Newberry Library has shapefiles for every date: digital.newberry.org/ahcb, choose Washington. Does that work for your thesis?", NADIA],
      [210, 'p', 'yes thank you thats all'],
      [216, 'l', 'Good luck with the thesis, bye!', NADIA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a Lost Call that was not lost: the patron asked and wrote "hello?", the provider came 130 s in, checked in and closed with a notice; the code is Lost Call',
    lines: [
      [0, 'p', 'hi looking for 1970s plat maps for Story County iowa'],
      [40, 'p', 'hello?'],
      [130, 'l', "Hi, I'm Beth from Ames Public Library, sorry about the wait!"],
      [260, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to come back anytime."],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 4 },
    exp: usual({
      pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass', code: 'fail',
    }),
  },
  // ---- statistics -------------------------------------------------------------------------------------------------------
  {
    name: 'census-tract income for a grant: pickup at 61 s, a hold answered 130 s later (the patron\'s "thx" in between does not restart it)',
    lines: [
      [0, 'p', 'I need median household income for two census tracts for a grant application'],
      [61, 'l', 'Good afternoon! Sam here, data services librarian at the University of Kansas Libraries.'],
      [70, 'l', 'Which tracts, and do you need the 5-year ACS estimates or the most recent 1-year?'],
      [130, 'p', 'tracts 9.01 and 9.02 in douglas county, whatever is most recent'],
      [140, 'l', 'Pulling that up now, one sec.'],
      [150, 'p', 'thx'],
      [270, 'l', "Table B19013 on data.census.gov, 2022 ACS 5-year: tract 9.01 is $48,212 and 9.02 is $61,930. The 1-year estimates don't go down to tracts. Does that cover what you need for the application?"],
      [330, 'p', 'yes perfect'],
      [338, 'l', 'Is there anything else I can help you with?'],
      [360, 'p', 'nope'],
      [366, 'l', 'Thanks for using Ask a Librarian, good luck with the grant!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    // reading: "ok, checking LAUS" names what the provider searches, no source given; the first source is at 190 s
    name: 'county unemployment 2000-2023 in Excel: two holds, the second a partial answer, and the last reply 140 s after it: keep_informed fails',
    lines: [
      [0, 'p', 'I need the unemployment rate by county for Ohio, 2000 to 2023, in excel if possible'],
      [30, 'l', 'Good morning, this is Kareem, a reference librarian at Columbus Metropolitan Library. Monthly or annual averages?'],
      [70, 'p', 'annual'],
      [78, 'l', 'ok, checking LAUS'],
      [190, 'l', "BLS's LAUS county tables go back to 1990: bls.gov/lau/tables.htm, one Excel file per year. I'm looking to see whether Ohio's labor market site has them stacked in one file."],
      [330, 'l', "Ohio LMI has it all in one download: ohiolmi.com/laus, choose 'County' and 'Annual'. Does that give you the full range?"],
      [380, 'p', "perfect that's all"],
      [386, 'l', 'Thanks for chatting with CML!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'crime statistics from the state data portal: a good session, but the code was left empty (null): code fails',
    lines: [
      [0, 'p', 'where can i get burglary numbers by city for michigan? for a school project'],
      [19, 'l', 'Hi! This is Rosa, librarian at Ann Arbor District Library. Which years do you need?'],
      [55, 'p', 'like the last 5'],
      [63, 'l', 'Michigan Incident Crime Reporting has them by agency and year: michigan.gov/msp/divisions/cjic/micr, open "Annual Reports" and pick the city police department. Was that what you needed?'],
      [120, 'p', 'yea, thats everything thanks'],
      [125, 'l', 'Good luck with the project, bye!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    // reading: "once I hear back from the state demographer" gives no when
    name: 'state population projections: the provider will ask the state demographer and e-mail, the address repeated back, "once I hear back": no when; the source records no codes',
    lines: [
      [0, 'p', 'Hi, I need population projections by age for Vermont counties out to 2040'],
      [44, 'l', 'Hello, Vermont Department of Libraries reference, Gwen speaking. Is this for a plan or report with a deadline?'],
      [90, 'p', 'town plan, due end of the month'],
      [97, 'l', 'Let me check the state data portal.'],
      [214, 'l', 'The 2013 projections by county and age are on the ACCD site at accd.vermont.gov/economic-development/data. Newer ones may exist but are not posted. I can ask the state demographer and email you. What address should I use?'],
      [250, 'p', 'townplanner.barnet@gmail.com'],
      [256, 'l', "townplanner.barnet@gmail.com, thanks. I'll send what I learn once I hear back from the demographer. Does the 2013 set work for now?"],
      [300, 'p', 'yes its fine for now. thats all'],
      [305, 'l', 'Take care, thanks for writing in!'],
    ],
    over: { resolutionCode: undefined },
    exp: usual({ code: 'na', contact: 'fail', onTime: 'pending' }),
  },
  // ---- patents, standards, companies ----------------------------------------------------------------------------------
  {
    name: 'a prior-art search for a kayak paddle holder: holds at 108 s and 118 s, the library\'s patent center with its phone, then a patron gone with one check-in',
    lines: [
      [0, 'p', 'how do I check if someone already patented my invention? its a folding kayak paddle holder'],
      [25, 'l', "Hello and welcome to the Denver Public Library's Ask Us chat, my name is Luis. Have you got a sketch or a list of the main features?"],
      [80, 'p', 'just a sketch'],
      [92, 'l', 'Give me a few minutes to run some searches.'],
      [200, 'l', 'Still searching, I have a few candidates in Patent Public Search.'],
      [318, 'l', "Two patents look close: US 9,187,654 and US 10,442,118. You can search yourself at ppubs.uspto.gov using the CPC class B63B 32/00. For a deeper search, make an appointment with the Patent and Trademark Resource Center at our Central Library, 720-865-1363. Did that give you what you need?"],
      [400, 'p', 'yes ty'],
      [405, 'l', 'Anything else today?'],
      [540, 'l', 'Are you still with me?'],
    ],
    over: { endAfter: 10 },
    exp: usual({ courteous: 'fail', idle: 'pass', referral: 'pass' }),
  },
  {
    // reading: "I can request it through interlibrary loan, would you like that?" declined is no promise: no follow-up session
    name: 'ASTM D638 in ASTM Compass, ISO 527 offered through ILL and declined: no follow-up session',
    lines: [
      [0, 'p', 'do we have access to ASTM D638?'],
      [20, 'l', 'Hello, Engineering Library chat, this is Wen. Do you need the current version or a specific year?'],
      [60, 'p', 'current one, for my lab report'],
      [68, 'l', 'You can read it in ASTM Compass: lib.example.edu/astm, sign in with your NetID, then search D638. Is that what you were looking for?'],
      [120, 'p', 'yes, also do we have ISO 527?'],
      [128, 'l', "We don't subscribe to ISO standards. I could request it through interlibrary loan for you, but standards usually take about a week. Would you like that?"],
      [170, 'p', 'no thats fine, ill use the astm one. thats all'],
      [176, 'l', 'Sounds good. Thanks for stopping by the chat!'],
    ],
    exp: usual(),
  },
  {
    name: 'a private frozen-food company before an interview: the purpose asked, Mergent and IBISWorld, a PDF that will not open, 90 s of trying on the provider\'s side',
    lines: [
      [0, 'p', "hi i have an interview thursday at Schwan's, need company info + how the frozen food industry is doing"],
      [45, 'l', "Hi! I'm Priscila, business librarian at Hennepin County Library. Do you want financials, news, or more the big picture of the industry?"],
      [95, 'p', 'mostly big picture, and who the competitors are'],
      [103, 'l', 'Mergent Intellect has Schwan\'s revenue estimates and competitors, and IBISWorld has a "Frozen Food Production in the US" report; both are at hclib.org under Research > Business. Would those work for you?'],
      [170, 'p', 'yes but the ibis pdf wont open'],
      [176, 'l', 'Let me try it on my end.'],
      [266, 'l', 'It opens for me in Chrome; try the Download button instead of opening it in the browser. Did that do it?'],
      [320, 'p', 'yep got it. thats everything'],
      [325, 'l', 'Great, good luck Thursday! Bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "contact the Secretary of State's office for the older annual reports" refers with no way to reach them
    name: 'a family firm\'s history: EDGAR for the filings, then the Secretary of State\'s office for older reports with no contact: referral fails',
    lines: [
      [0, 'p', 'researching the history of Bemis Bag Company for a family project, when did it incorporate and who ran it'],
      [37, 'l', 'Hi there, Joan with the St. Louis County Library chat. Are you after the early years (1850s-1900s) or the recent company?'],
      [80, 'p', 'early years mostly, but anything'],
      [88, 'l', "Give me a couple minutes."],
      [190, 'l', "Bemis's later annual reports are on SEC EDGAR (sec.gov/edgar, search \"Bemis\"), and the Missouri Digital Heritage site has an 1880s company history at mdh.sos.mo.gov. For the older annual reports, contact the Secretary of State's office. Does that help?"],
      [260, 'p', 'helps a lot. thats all i needed'],
      [267, 'l', 'Thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- articles, interlibrary loan, citations ---------------------------------------------------------------------------
  {
    name: 'a citation that will not verify: Ulrichsweb and Web of Science, promised by Wednesday with the address repeated; never recorded (8 days later)',
    lines: [
      [0, 'p', "can you verify this citation? Smith, J. (2009). Urban heat islands and asthma. Journal of Applied Climatology 14(2), 33-41. I can't find the journal anywhere"],
      [15, 'l', "hi, this is Marguerite, research librarian at Portland State Library. Are you formatting it in APA 7?"],
      [44, 'p', 'yes apa 7'],
      [52, 'l', 'One moment while I check Ulrichsweb and our databases.'],
      [152, 'l', "There is no \"Journal of Applied Climatology\" in Ulrichsweb, but there is a Journal of Applied Meteorology and Climatology: journals.ametsoc.org/jamc. I'm still checking Web of Science for the Smith article."],
      [262, 'l', "No luck yet. I'd like to search a couple more indexes after my shift. Can I email you what I find by Wednesday?"],
      [300, 'p', 'sure, mbrandt@pdx.edu'],
      [306, 'l', "Great, mbrandt@pdx.edu it is. You'll hear from me by Wednesday. Anything else?"],
      [330, 'p', 'nope thanks'],
      [334, 'l', 'Take care!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + 8 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: "Articles usually arrive in 2-3 days as a PDF" describes the ILL service the patron uses, no promise of the provider's
    name: 'a 1987 article not in full text: the patron is sent to the ILL form, asked "Does that answer your question?", then leaves; 119 s of idle, no goodbye',
    lines: [
      [0, 'p', 'i need this article but its not full text in academic search premier: "Migrant labor camps in the Skagit valley" Pacific Northwest Quarterly 1987'],
      [33, 'l', 'Hi, Hugo at the Western Washington University library chat. Is this for a class with a due date?'],
      [70, 'p', 'yeah paper due in 2 weeks'],
      [78, 'l', 'Checking JSTOR for you.'],
      [160, 'l', "JSTOR only has PNQ up to 1985, so interlibrary loan is the way: request it at library.wwu.edu/ill, log in, choose \"Article\". Articles usually arrive in 2-3 days as a PDF. Does that answer your question?"],
    ],
    over: { endAfter: 119 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: "The visit request form is at zsr.wfu.edu/…" points to a page to use: a source, no referral
    name: 'special collections for a visitor: the provider promises to check with the curator and send word to the address on the account "by Friday"; never written in the chat; recorded 90 h later',
    lines: [
      [0, 'p', 'I want to see the Hargrove family papers in special collections, how do I do that'],
      [24, 'l', 'Good afternoon, Special Collections at Wake Forest, this is Tomás. Are you with the university or visiting?'],
      [70, 'p', 'visiting from out of state, coming in april'],
      [78, 'l', "The visit request form is at zsr.wfu.edu/special-collections/visit; we need two weeks' notice. I'll also check with our curator which boxes have the 1860s letters and get back to you by Friday."],
      [130, 'p', 'great thank you'],
      [136, 'l', "I'll send it to the email on your account. Have a good one!"],
    ],
    over: { ...FU_ME, patron: { name: 'Lena Hargrove', email: 'lhargrove@example.net', phone: null }, followUps: doneAfter(141, 90, 'tomas') },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    // reading: "If I turn up the 1923 directory I'll e-mail you the page" is a promise (conditional) to find and send more later
    name: 'a conditional promise: "If I turn up the 1923 directory I\'ll email you the page by Monday", the e-mail typed in the chat, but the code is Answered',
    lines: [
      [0, 'p', 'is there a 1923 city directory for Paducah? mine skips from 1921 to 1925'],
      [36, 'l', 'Hi! Mel at McCracken County Public Library. Which name are you looking up?'],
      [70, 'p', 'Otis Greer, a barber'],
      [79, 'l', "Our 1921 and 1925 directories are on Ancestry Library Edition, free in the library. I'm not sure a 1923 one was printed. If I turn up the 1923 directory in our vault I'll email you the page by Monday. What's the best email?"],
      [130, 'p', 'o.greer.family@outlook.com'],
      [136, 'l', 'Thanks! Does the 1921 and 1925 info help for now?'],
      [170, 'p', 'yes, thats all I need for today'],
      [175, 'l', 'Take care, bye!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- follow-ups by the patron's library -----------------------------------------------------------------------------
  {
    name: 'statewide service: Follow-up by patron\'s library, the e-mail given, "within 72 hours"; recorded at 71 h by the home library',
    lines: [
      [0, 'p', 'im looking for the 1958 yearbook from Ridgeview High in Bakersfield, does any library have it'],
      [52, 'l', "Hi, this is Omar with the California Ask Now service, I'm a librarian at Fresno County. Do you know if the school still exists, or when it closed?"],
      [100, 'p', 'it merged in 1979 i think'],
      [108, 'l', 'Just a moment while I search.'],
      [214, 'l', "WorldCat shows no library holding it: worldcat.org, search \"Ridgeview High School Bakersfield yearbook\". Kern County Library's local history room may have one that isn't catalogued, so I'll ask them to look and e-mail you within 72 hours. What's your email?"],
      [260, 'p', 'pattyg58@aol.com'],
      [266, 'l', 'pattyg58@aol.com, got it. Does that sound okay?'],
      [300, 'p', 'yes that would be wonderful, thats all. thanks'],
      [306, 'l', 'Thank you for using California Ask Now, goodbye!'],
    ],
    over: { ...FU_LIB, followUps: doneAfter(311, 71, 'kern') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Follow-up by patron\'s library with no e-mail or phone anywhere: the provider says the branch will follow up by Thursday; code and contact fail',
    lines: [
      [0, 'p', 'do you have the oral history interviews from the 1977 blizzard? buffalo'],
      [41, 'l', "Hi, I'm Marcus, a reference librarian with the Buffalo & Erie County Public Library's Ask chat. Audio or transcripts?"],
      [80, 'p', 'either'],
      [88, 'l', 'Let me look.'],
      [190, 'l', "The Grosvenor Room has a 1977 Blizzard oral history collection; the finding aid is at buffalolib.org/grosvenor. Some tapes are not digitized yet, so staff there will follow up with you about listening copies by Thursday. Does that help?"],
      [240, 'p', 'yes thanks thats all'],
      [245, 'l', 'Bye, stay warm!'],
    ],
    over: FU_LIB,
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a hold at exactly 120 s passes, a pickup at exactly 60 s passes; an archive appointment by e-mail',
    lines: [
      [0, 'p', "I'd like to see the WPA interviews from Tuskegee in your archives, are they open to the public?"],
      [60, 'l', 'Good afternoon, this is Yvonne at the Alabama Department of Archives and History reference chat. Are you looking for one person\'s interview or the whole series?'],
      [110, 'p', 'the whole series'],
      [118, 'l', 'Let me check the finding aid.'],
      [238, 'l', 'They are open to everyone, by appointment: the finding aid is at archives.alabama.gov/findaids, and to book a reading room visit email reference@archives.alabama.gov a week ahead. Is that what you needed?'],
      [290, 'p', "yes it is. that's all, thanks"],
      [296, 'l', 'You are welcome, thanks for contacting the Archives!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the patron sent the last visible message: no final idle, whatever the time to endedAt
    name: 'the patron has the last word: a guide, a check, "thats all i needed ty" and no goodbye after it; the chat closes 10 minutes later',
    lines: [
      [0, 'p', 'how do i find out who owned my house before me? built 1905, Greensboro NC'],
      [33, 'l', 'Hi, Farah here, a librarian at Greensboro Public Library. Do you know the parcel number?'],
      [90, 'p', 'no just the address'],
      [98, 'l', 'Our house history guide walks through it: greensboro-nc.gov/library/househistory. Start with the Guilford County Register of Deeds online search. Did that help?'],
      [170, 'p', 'thats all i needed ty'],
    ],
    over: { endAfter: 600 },
    exp: usual({ courteous: 'fail' }),
  },
  // ---- conduct, load and handoffs on long searches ---------------------------------------------------------------------
  {
    name: 'a long trademark search ended for the provider\'s convenience: "I\'ve spent 25 minutes on this, more than we give one question, so I\'m ending the chat": dismissal fails',
    lines: [
      [0, 'p', 'can you search whether "Bluff City Brewing" is trademarked already? want to use it for my brewery'],
      [35, 'l', 'Hi, I\'m Dominic, a librarian at Memphis Public Libraries. Is this for beer only, or merchandise too?'],
      [80, 'p', 'beer and tshirts'],
      [88, 'l', 'Let me run it through the USPTO search.'],
      [196, 'l', 'The USPTO trademark search at tmsearch.uspto.gov shows one live mark, "Bluff City Brew Works", in class 32. Did that help?'],
      [260, 'p', 'kind of. can u check tennessee state trademarks too? and what about the tshirt class'],
      [1500, 'p', 'hello??'],
      [1510, 'l', "I've already spent 25 minutes on this, which is more than we give one question, so I'm ending the chat here."],
    ],
    exp: usual({ informed: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a long run of questions on a company\'s history, stopped politely because other patrons are waiting, with an invitation to come back: dismissal passes',
    lines: [
      [0, 'p', 'what year did the Studebaker plant in south bend close'],
      [24, 'l', 'Hello! This is Kim at St. Joseph County Public Library. Do you mean the main auto assembly plant?'],
      [50, 'p', 'yes'],
      [57, 'l', 'December 1963. The Studebaker National Museum archives page, studebakermuseum.org/archives, has the closing announcement. Does that answer it?'],
      [100, 'p', 'yes! and how many workers lost jobs? and where did the machinery go? and who bought the buildings? and was there a pension scandal?'],
      [110, 'l', 'About 5,000 in South Bend; the rest of your questions are great ones for a longer research session. There are several other patrons waiting for me right now, so please log back on later and we can keep digging. Thanks for your patience!'],
      [150, 'p', 'ok will do. thats all for now'],
      [155, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a fourth open chat during a census lookup: the provider had three others open (concurrency fails), otherwise fine',
    lines: [
      [0, 'p', 'need the population of every township in Holmes County ohio in 1900 census'],
      [48, 'l', 'Hi there, this is Ruth at Wayne County Public Library. Do you need totals only, or by age and sex too?'],
      [90, 'p', 'totals only'],
      [97, 'l', 'Hang on, checking the 1900 census volumes.'],
      [190, 'l', 'Volume 1 of the 1900 census, Table 5, has Ohio by minor civil division; it is online at census.gov/library/publications/1901/dec/vol-01-population.html, Holmes County is on page 318. Does that work?'],
      [250, 'p', 'yes thats everything, thank you!'],
      [256, 'l', 'Thank you, bye!'],
    ],
    ctx: { otherIntervals: [other('v3-cen-a', 'jo', -600, 400), other('v3-cen-b', 'jo', -120, 300), other('v3-cen-c', 'jo', 150, 900)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'a transfer to the business librarian with a notice but no note to her: handoff fails',
    lines: [
      [0, 'p', 'how many people does Toyota employ at the Georgetown KY plant, and is it growing? doing a report'],
      [30, 'l', 'Hello, Ask Us at Lexington Public Library, this is Dana.'],
      [42, 'l', "I'm going to transfer you to our business librarian, who knows the industry sources best."],
      [45, 's', 'Chat transferred to Nadia Khan', sys('transfer', 'nkhan')],
      [90, 'l', 'Hi, Nadia here. Is your report about jobs in the county or about Toyota itself?', NADIA],
      [140, 'p', 'jobs in the county'],
      [148, 'l', "Toyota Motor Manufacturing Kentucky says about 9,000 employees on its site, toyotaky.com, and the county's jobs by industry are in the QCEW at bls.gov/cew. Does that help with the report?", NADIA],
      [200, 'p', 'ya thats all thanks'],
      [206, 'l', 'Good luck with it, bye!', NADIA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'chat-speak and a restated question: "so u need the headcount at the Sparks gigafactory, right?" before the source',
    lines: [
      [0, 'p', 'yo'],
      [3, 'p', 'how many ppl work at tesla nevada'],
      [5, 'p', 'for my econ class'],
      [41, 'l', "hey! I'm Jordan, a librarian w/ Washoe County Library. so u need the headcount at the Sparks gigafactory, right?"],
      [70, 'p', 'ya'],
      [76, 'l', 'gimme a sec'],
      [150, 'l', "Nevada's workforce agency lists the big employers: nevadaworkforce.com, Major Employers, Washoe County. Tesla is in the 10,000+ range. did that help?"],
      [200, 'p', 'ya ty thats all'],
      [204, 'l', 'np, ty for chatting!'],
    ],
    exp: usual(),
  },
];

/** The opening of the short cases: a researcher's question, a librarian greeting and asking one question. */
const START: Line[] = [
  [0, 'p', 'im looking for newspaper coverage of a 1946 mine strike in Harlan county, KY'],
  [22, 'l', 'Hi, this is Jo at the Sample County Library. Do you want local papers only or the national coverage too?'],
  [50, 'p', 'local mostly'],
];
/** A follow-up exchange at 60-140 s with the e-mail given and repeated; the "when" sentence is `when`. */
const promise = (when: string): Line[] => [
  ...START,
  [60, 'l', 'The Harlan Daily Enterprise for 1946 is on microfilm at the Kentucky Historical Society; I can look at the index and e-mail you the dates. What address should I use?'],
  [90, 'p', 'cbrewer@example.org'],
  [96, 'l', `Thanks, cbrewer@example.org. ${when}`],
  [130, 'p', 'great, thats all'],
  [135, 'l', 'Bye!'],
];

export const short: SessionCase[] = [
  // ---- holds and silences ---------------------------------------------------------------------------------------------
  {
    name: 'a hold answered 120 s later: not longer than the setting, keep_informed passes',
    lines: [...START, [58, 'l', 'Let me search the Kentucky newspaper database.'], [178, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu. Does that help?'], [210, 'p', 'yes thats all'], [214, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'a hold answered 121 s later: keep_informed fails',
    lines: [...START, [58, 'l', 'Let me search the Kentucky newspaper database.'], [179, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu. Does that help?'], [210, 'p', 'yes thats all'], [214, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: the partial answer that says the search goes on is a hold; the patron's "ok" inside the span does not restart it
    name: 'a partial answer "I\'m still going through the spring issues", the patron\'s "ok" 100 s later, the next reply 150 s after the partial answer: keep_informed fails',
    lines: [
      ...START,
      [60, 'l', "So far I've found two articles in the Harlan Daily Enterprise for April 1946 on kdnp.uky.edu; I'm still going through the spring issues."],
      [160, 'p', 'ok'],
      [210, 'l', 'Four more in May, all on the same site. Does that cover it?'],
      [240, 'p', 'yes thats all'],
      [244, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: an answer that does not say the search goes on, then the patron\'s question and a reply 50 s after it: keep_informed passes',
    lines: [
      ...START,
      [60, 'l', 'Two articles in the Harlan Daily Enterprise for April 1946 are on kdnp.uky.edu.'],
      [160, 'p', 'what about may?'],
      [210, 'l', 'Four more in May, same site. Does that cover it?'],
      [240, 'p', 'yes thats all'],
      [244, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Take your time going through the reels list, I\'ll be here" is no hold: 200 s of the patron reading is not the provider\'s silence',
    lines: [...START, [60, 'l', "The reel list for the Harlan papers is at history.ky.gov/microfilm. Take your time going through it, I'll be here."], [260, 'p', 'ok found reel 14. thats all i needed'], [266, 'l', 'Great, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'a message to a colleague (internal) does not end the wait: the patron waits from 50 s to 175 s for a visible reply',
    lines: [
      ...START,
      [90, 'i', 'Anyone know if KHS lends Harlan 1946 reels by ILL?'],
      [175, 'l', 'The Harlan Daily Enterprise 1946 reels can be borrowed through interlibrary loan from the Kentucky Historical Society; ask at any desk or use samplelibrary.org/ill. Does that help?'],
      [200, 'p', 'yes thats all'],
      [204, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'holds every 100 s across a 7-minute search (three of them, one "still digging through the reels") keep the patron informed',
    lines: [
      ...START,
      [58, 'l', 'Let me check our microfilm holdings.'],
      [158, 'l', 'Still digging through the reel index, hang on.'],
      [258, 'l', 'Almost there, checking the union list too.'],
      [358, 'l', 'Reels 12-15 of the Harlan Daily Enterprise cover 1946; the list is at history.ky.gov/microfilm. Does that help?'],
      [400, 'p', 'yes thats all'],
      [405, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the provider\'s last messages are holds and the chat times out: no final idle (idle na, disconnect na), the open span does not count',
    lines: [...START, [58, 'l', 'Let me check the microfilm index.'], [168, 'l', 'Still looking, the index is slow today.']],
    over: { endAfter: 500 },
    exp: some({ informed: 'pass', idle: 'na', disconnect: 'na', courteous: 'fail' }),
  },
  {
    name: 'final idle of 179 s after the answer, with one check-in: idle passes, disconnect na',
    lines: [...START, [60, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu. Does that help?'], [200, 'l', 'Are you still there?']],
    over: { endAfter: 39 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'final idle of 180 s after the answer, a check-in and no disconnect notice: disconnect fails',
    lines: [...START, [60, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu. Does that help?'], [200, 'l', 'Are you still there?']],
    over: { endAfter: 40 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  // ---- followup.contact -----------------------------------------------------------------------------------------------
  {
    name: '"I\'ll email you the dates by noon tomorrow." with the address repeated: contact passes',
    lines: promise("I'll email you the dates by noon tomorrow."),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: '"You\'ll have them first thing Monday." is a when: contact passes',
    lines: promise("You'll have them first thing Monday."),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll send the dates within 3 business days." is a when: contact passes',
    lines: promise("I'll send the dates within 3 business days."),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll send the dates as soon as the archivist is back." gives no when: contact fails',
    lines: promise("I'll send the dates as soon as the archivist is back."),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    // reading: the provider writes out the address from the patron fields in the chat: repeated back there
    name: 'the address from the patron fields written out by the provider ("to cbrewer@example.org, the one on your account, by Thursday"): contact passes',
    lines: [...START, [60, 'l', "I'll go through the 1946 index and send the dates to cbrewer@example.org, the one on your account, by Thursday. Is that right?"], [90, 'p', 'yes thats right. thats all'], [95, 'l', 'Bye!']],
    over: { ...FU_ME, patron: { name: 'C. Brewer', email: 'cbrewer@example.org', phone: null } },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'near miss: "to the email address on your account, by Thursday" never writes it out: contact fails, code passes (known from the fields)',
    lines: [...START, [60, 'l', "I'll go through the 1946 index and send the dates to the email address on your account by Thursday."], [90, 'p', 'ok thats all'], [95, 'l', 'Bye!']],
    over: { ...FU_ME, patron: { name: 'C. Brewer', email: 'cbrewer@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'a phone number given, a call back "when the reels come back from the vendor": no when, contact fails',
    lines: [...START, [60, 'l', 'Our 1946 reels are out for duplication. Can I call you when they come back from the vendor? Best number?'], [90, 'p', '606 555 0133'], [96, 'l', "606-555-0133, thanks. I'll call you when the reels come back."], [130, 'p', 'ok thats all'], [135, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  // ---- followup.on_time -----------------------------------------------------------------------------------------------
  {
    name: 'recorded 71.5 h after the end: on_time passes',
    lines: promise("I'll email you the dates by Friday."),
    over: { ...FU_ME, followUps: doneAfter(140, 71.5) },
    exp: some({ onTime: 'pass' }),
  },
  {
    name: 'recorded 73 h after the end: on_time fails',
    lines: promise("I'll email you the dates by Friday."),
    over: { ...FU_ME, followUps: doneAfter(140, 73) },
    exp: some({ onTime: 'fail' }),
  },
  {
    name: 'not recorded, 71 h after the end: pending',
    lines: promise("I'll email you the dates by Friday."),
    over: FU_ME,
    ctx: { now: T0 + (140 + 71 * HOUR) * 1000 },
    exp: some({ onTime: 'pending' }),
  },
  {
    name: 'not recorded, 73 h after the end: on_time fails',
    lines: promise("I'll email you the dates by Friday."),
    over: FU_ME,
    ctx: { now: T0 + (140 + 73 * HOUR) * 1000 },
    exp: some({ onTime: 'fail' }),
  },
  {
    name: 'recorded 71 h after the end, written in UTC (+00:00, its clock reads 76 h after the session\'s -05:00 end): on_time passes',
    lines: promise("I'll email you the dates by Friday."),
    over: { ...FU_ME, followUps: [{ doneAt: atOffset(140 + 71 * HOUR, 0), by: 'jo', note: 'sent the dates' }] },
    exp: some({ onTime: 'pass' }),
  },
  {
    name: 'recorded 74 h after the end, written with a -08:00 offset by a west-coast provider (its clock reads 71 h): on_time fails',
    lines: promise("I'll email you the dates by Friday."),
    over: { ...FU_ME, followUps: [{ doneAt: atOffset(140 + 74 * HOUR, -8), by: 'jo', note: 'sent the dates' }] },
    exp: some({ onTime: 'fail' }),
  },
  // ---- resolution.code ------------------------------------------------------------------------------------------------
  {
    name: '"someone from the archives will reach out to you by next week" with the e-mail given, coded Answered: code fails',
    lines: [...START, [60, 'l', 'I sent your question to our archives staff; someone from the archives will reach out to you by next week. Which email should they use?'], [90, 'p', 'cbrewer@example.org'], [96, 'l', 'Thanks, cbrewer@example.org.'], [130, 'p', 'thanks thats all'], [135, 'l', 'Bye!']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'Follow-up by me, the phone only in the patron fields and never in the chat: code passes (contact known), contact fails',
    lines: [...START, [60, 'l', "I'll check the 1946 reels and call you back Thursday."], [90, 'p', 'ok thats all'], [95, 'l', 'Bye!']],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '606-555-0177' } },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    name: 'an empty code ("") fails',
    lines: [...START, [60, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu. Does that help?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    over: { resolutionCode: '' },
    exp: some({ code: 'fail' }),
  },
  {
    name: 'a Lost Call where the patron sent only the question: code passes',
    lines: [[0, 'p', 'do you have 1880s plat maps of Pike County'], [75, 'l', 'Hi, this is Jo at the Sample County Library. Are you still there?'], [210, 'l', "It seems you've disconnected, so I'll end the chat now. Come back anytime!"]],
    over: { resolutionCode: 'Lost Call', endAfter: 2 },
    exp: some({ code: 'pass', source: 'na' }),
  },
  {
    name: 'the offer declined ("I could email you more dates if you like?" / "no thanks, this is plenty"): no follow-up session, Answered passes',
    lines: [...START, [60, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu. I could email you more dates later if you like?'], [90, 'p', 'no thanks, this is plenty. thats all'], [95, 'l', 'Bye!']],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'Follow-up by me coded with no promise in the chat and no contact anywhere: code, contact fail; on_time pending',
    lines: [...START, [60, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu. Does that help?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // the provider consults a colleague for the patron: no referral
    name: '"I\'ll ask our local history librarian and email you by Friday" consults staff for the patron: no referral',
    lines: promise("I'll ask our local history librarian about the strike files and email you by Friday."),
    over: FU_ME,
    exp: some({ referral: 'na', contact: 'pass' }),
  },
  // ---- V3's changes (rubric v22) and the near misses that guard them --------------------------------------------------
  {
    // the number the patron typed is the recorder's, and the provider tells the patron to call it (its referral.contact,
    // pass by the Terms, is in LEFT: the scorer reads a number the patron typed as the patron's own)
    name: 'near miss: the patron types the recorder\'s number and the provider says "Yes, call the Story County Recorder at 515-555-0120": still a source',
    lines: [...START, [60, 'p', 'i have 515-555-0120 for the county recorder, is that right for deeds?'], [70, 'l', 'Yes, call the Story County Recorder at 515-555-0120 for the deed copies. Does that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // V3 `purposeLeadInV3`
    name: '"To make an appointment call the archives at 334-555-0100." (no comma): a referral with its phone, passes',
    lines: [...START, [60, 'l', 'The strike files are in the Harlan County archives, open Tuesdays only. To make an appointment call the archives at 606-555-0100. Does that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"To see the originals visit the county archives" (no comma, no contact): a referral that fails',
    lines: [...START, [60, 'l', 'The scans at kdnp.uky.edu are hard to read. To see the originals visit the county archives in Harlan. Does that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // near miss for `purposeLeadInV3`: the visit is to a web page, and the first clause has its own subject
    name: 'near miss: "Staff use the form to book a visit; to view the finding aid visit archives.example.gov/findaids." points to a page: no referral',
    lines: [...START, [60, 'l', 'Staff use the form to book a visit; to view the finding aid visit archives.example.gov/findaids. Does that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss for V3's completeness widening (a year before "work for now"): a time of day asks about an appointment
    name: 'near miss: "Does the 10:30 slot work for now?" after the reels are booked asks about the appointment: completeness fails',
    lines: [...START, [60, 'l', 'The reels are at the Kentucky Historical Society: history.ky.gov/microfilm. I booked you a microfilm reader for Saturday. Does the 10:30 slot work for now?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  {
    name: '"Does the 1946 run work for now?" after the reels are named asks about what was given: completeness passes',
    lines: [...START, [60, 'l', 'The Harlan Daily Enterprise 1946 reels are listed at history.ky.gov/microfilm. Does the 1946 run work for now?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for V3's "the ones you need": the question goes on to the patron's past
    name: 'near miss: "Did you find the ones you needed at the branch before?" asks about the patron\'s past: completeness fails',
    lines: [...START, [60, 'l', 'The 1946 reels are listed at history.ky.gov/microfilm. Did you find the ones you needed at the branch before?'], [100, 'p', 'no, thats why im here. thats all'], [105, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Did you find the articles you need?" after the database is given: completeness passes',
    lines: [...START, [60, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu.'], [100, 'p', 'ok looking'], [160, 'l', 'Did you find the articles you need?'], [190, 'p', 'yes thats all'], [195, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for V3's dismissalHard "spent": the search ends, not the chat
    name: 'near miss: "I\'ve spent 25 minutes on this and found the strike issues, so I\'m ending my search here: reels 12-15." ends no chat: dismissal passes',
    lines: [...START, [60, 'l', "I've spent 25 minutes on this and found the strike issues, so I'm ending my search here: reels 12-15 at history.ky.gov/microfilm. Does that help?"], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"We\'ve spent over an hour on your question, so I have to close the chat now." dismisses',
    lines: [...START, [60, 'l', 'Kentuckiana Digital Newspapers has the Harlan Enterprise: kdnp.uky.edu.'], [100, 'p', 'what about the union newsletters?'], [110, 'l', "We've spent over an hour on your question, so I have to close the chat now."]],
    exp: some({ dismissal: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: referral.ts reads every e-mail or phone the patron typed in the chat as the patron's own (v6, "is each contact
    // in it one the patron typed or the patron fields hold"), so the recorder's number, typed first by the patron and then
    // given by the provider for the referral, does not count as the recorder's. By the Terms the provider tells the patron
    // to call the recorder and gives the number: the referral passes. Telling a party's number from the patron's own when
    // the patron typed both kinds reaches every referral reading since v6: not this round.
    // v23 (X3): still left: telling a party's number from the patron's own reaches every referral since v6
    name: 'LEFT (referral: a number the patron typed is read as the patron\'s) "Yes, call the Story County Recorder at 515-555-0120" after the patron typed it: referral passes',
    lines: [...START, [60, 'p', 'i have 515-555-0120 for the county recorder, is that right for deeds?'], [70, 'l', 'Yes, call the Story County Recorder at 515-555-0120 for the deed copies. Does that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
];

/** Cases once in `LEFT` that rubric v48 reads as labelled (block N: `forty-ninth-round-n-checked`). */
export const READ_SINCE_V48: SessionCase[] = [
  {
    // LEFT: the scorer takes the patron's own e-mail, read back by the provider ("stevenj_slc@yahoo.com, thank you."), as
    // a source (classify.ts sentenceSource: any e-mail or phone outside the words asking for the patron's contact). By the
    // Terms a source is "an e-mail or phone contact for a referral": the patron's own address is none. A setting that read
    // the patron's own contacts as no source (tried this round) turned five older sessions' info.source from pass to fail:
    // their real sources ("RMA's Annual Statement Studies", "Landex (the county's paid records site)", "Pueblo Chieftain,
    // May 11, 1988, page 6B") are not read as named resources, and the read-back stood in for them. Both need doing together.
    // reading: the library will send the article later: a follow-up session, "in 3-5 business days" its when; the provider
    // names no database, catalogue or URL (the journal is the patron's), so no source: completeness fails, not na
    // v23 (X3): still left: the same reason (the older sessions' real sources would have to be read first)
    name: 'LEFT (source: the patron\'s e-mail read back) an ILL article placed by the provider, "to your email in 3-5 business days", address repeated, Follow-up by me, recorded 30 h later',
    lines: [
      [0, 'p', 'hello can u get me an article from 1974 American Antiquity, its not online through our library'],
      [28, 'l', 'Hello, this is Pilar, a librarian at Salt Lake County Library. Which article is it? Title and author if you have them.'],
      [75, 'p', 'Jennings, "Prehistory of Utah and the eastern Great Basin" i think'],
      [83, 'l', 'One moment while I check our holdings.'],
      [168, 'l', "We don't have that volume, so I'll put in the interlibrary loan request for you. The article will come to your email in 3-5 business days. What's your email address?"],
      [210, 'p', 'stevenj_slc@yahoo.com'],
      [216, 'l', 'stevenj_slc@yahoo.com, thank you. Anything else I can help with?'],
      [240, 'p', 'no thats it'],
      [245, 'l', 'Have a great evening!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(250, 30, 'pilar') },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // LEFT: the same as the ILL case above: the read-back e-mail is taken as a source
    // v23 (X3): still left: as the ILL case
    name: 'LEFT (source: the patron\'s e-mail read back) the provider finds nothing yet, takes the e-mail and reads it back ("cbrewer@example.org, thanks."): no source given, info.source fails',
    lines: [...START, [60, 'l', "I'm not finding the strike in anything we can search tonight. I'll keep digging and email you by Friday. What's your email?"], [90, 'p', 'cbrewer@example.org'], [96, 'l', 'cbrewer@example.org, thanks.'], [130, 'p', 'ok thats all'], [135, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ source: 'fail', contact: 'pass' }),
  },
];

describe('twenty-first round (V3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-first round (V3): deep research that takes time, every check', whole);
describeSessions('twenty-first round (V3): deep research that takes time, short cases', short);

describeSessions('twenty-first-round-research: once left, read as labelled since v48', READ_SINCE_V48);

describeLeft('twenty-first-round-research', LEFT);
