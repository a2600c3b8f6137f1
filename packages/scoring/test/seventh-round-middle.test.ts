/**
 * Seventh round (B): the middle of the chat. Whole sessions (every one gives the status of ALL 17
 * checks, read from the literal text of RUBRIC.md, not from what the scorer did) and short near
 * misses, about what happens between the greeting and the goodbye: holds ("brb", "Searching...",
 * "still digging") and silent searches of several minutes, internal notes that do not end a wait,
 * clarifying questions (multiple choice, restatements, questions about grade, deadline or format)
 * beside offers and rhetorical questions that are not, sources (bare domains like "irs.gov", long
 * link lists, call numbers, databases, style manuals) beside apps and organisations named without
 * a way to reach them, completeness questions in many dialects ("did that get you in?", "is it
 * opening now?", "that do the trick?") beside questions about what was not given yet, and
 * referrals to departments, agencies and professionals with and without a way to reach them,
 * beside pointers to web pages and colleagues consulted on the patron's behalf. Services: database
 * and e-resource trouble (proxy login, off-campus access, a PDF that will not open), STEM and
 * health questions, middle-school homework, citations, readers' advisory, local government and tax
 * forms, multi-part questions.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, type SessionCase, all, some, who, type Key, type St, type Line, usual } from './helpers';


const NIA = who('Nia', 'jo');

const cases: SessionCase[] = [
  // ---- databases and e-resources --------------------------------------------------------------------------------
  {
    name: 'proxy error from a Canvas link: multiple-choice question, "brb" hold, the A-Z list by domain, "Did that get you in?"',
    lines: [
      [0, 'p', 'hey im off campus and jstor keeps giving me a proxy error??'],
      [18, 'l', 'Hi there, Tasha from Hillcrest College Library here. Are you getting to JSTOR from our A-Z list, from Google Scholar, or from a link your professor posted in Canvas?'],
      [50, 'p', 'canvas link'],
      [58, 'l', 'ok brb, testing that link on my end'],
      [170, 'l', 'Back! The Canvas link is missing our proxy prefix. Open JSTOR from library.hillcrest.edu/az instead and sign in with your college username when it asks.'],
      [176, 'l', 'Did that get you in?'],
      [230, 'p', 'yes!! im in. thanks'],
      [236, 'l', 'Great! Anything else I can help with tonight?'],
      [260, 'p', 'nope thats all'],
      [265, 'l', 'Have a good night, and thanks for using chat!'],
    ],
    exp: usual(),
  },
  {
    name: 'a PDF that shows a grey screen: "Searching..." then four silent minutes; "Does it open that way?"',
    lines: [
      [0, 'p', "The PDF of my article from ProQuest won't open, it just shows a blank grey screen"],
      [30, 'l', 'Hello! This is Marco, a librarian at Eastfield Community College.'],
      [40, 'l', 'Which browser are you on, and does it happen with every PDF or only this one?'],
      [90, 'p', 'chrome. only this one i think'],
      [100, 'l', 'Searching...'],
      [340, 'l', "Sorry for the wait. That article's PDF is a scanned image: in ProQuest click Download PDF instead of opening it in the viewer, then open the saved file with Adobe Reader."],
      [346, 'l', 'Does it open that way?'],
      [400, 'p', 'yes it works now, thank you!!'],
      [405, 'l', 'Wonderful. Is there anything else you need?'],
      [430, 'p', 'no thats everything'],
      [434, 'l', 'Bye for now, happy researching!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'off-campus access to three databases: the patron gave every detail, the provider pastes a list of links at once; "Is everything loading for you now?"; no anything-else',
    lines: [
      [0, 'p', "I'm a nursing student at Carver CC, off campus, need CINAHL, Cochrane and UpToDate. how do i log in to all three from home"],
      [20, 'l', "Hi! Ask a Librarian, Carver Community College. I'm Bea."],
      [30, 'l', "Here are the off-campus links (you'll sign in with your student portal login):\n- CINAHL: carvercc.edu/db/cinahl\n- Cochrane Library: carvercc.edu/db/cochrane\n- UpToDate: carvercc.edu/db/uptodate\n- Everything else: carvercc.edu/az"],
      [90, 'p', 'the uptodate one asks me to make an account?'],
      [100, 'l', 'Yes, UpToDate wants a free personal account the first time. Create it only after you come in through our link so it is tied to the college.'],
      [110, 'l', 'Is everything loading for you now?'],
      [170, 'p', 'yes all 3 work'],
      [175, 'l', 'Awesome! Thanks for chatting with us.'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'e-book that will not download: "What device are you reading on?", steps in the platform, "that do the trick?"; the patron is "sorted"',
    lines: [
      [0, 'p', 'trying to download an ebook from ebook central for my class and it says i need adobe digital editions?? i dont have that'],
      [35, 'l', 'Hi, Priyanka with the Westbrook University Libraries chat.'],
      [42, 'l', 'What device are you reading on - a laptop, a phone, or a tablet? And do you need the whole book or only a chapter or two?'],
      [80, 'p', 'laptop, just ch 3'],
      [90, 'l', 'Then skip the full download: in Ebook Central open the book, click Chapter Download, pick chapter 3 and choose PDF. That gives you a plain PDF that needs no Adobe Digital Editions.'],
      [96, 'l', 'that do the trick?'],
      [160, 'p', 'omg yes. im sorted, ty'],
      [166, 'l', 'Yay! Take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'a provider searches in silence for three minutes after the clarifying answer; an internal note to a colleague does not end the wait',
    lines: [
      [0, 'p', 'Is there a way to get the full text of a 2019 article in the Journal of Chemical Education? Our library page says "no access".'],
      [25, 'l', "Good evening, I'm Ruth, a reference librarian at Marlow State University."],
      [32, 'l', 'Could you paste the article title or DOI so I can look at the exact item?'],
      [70, 'p', '10.1021/acs.jchemed.9b00123'],
      [110, 'i', 'does anyone know if we still get ACS via the consortium?'],
      [260, 'l', "Thanks for your patience. We don't subscribe to that journal, but you can request the article free through interlibrary loan: marlow.edu/ill (log in, choose Article, paste the DOI). It usually arrives by email in 1-2 days."],
      [268, 'l', 'Does that answer your question?'],
      [300, 'p', 'yes thanks, submitting it now'],
      [305, 'l', 'Great. Anything else before you go?'],
      [330, 'p', "no that's it for today"],
      [335, 'l', 'Have a good evening!'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- STEM and health ------------------------------------------------------------------------------------------
  {
    name: 'physics: "for a class or just curious?", OpenStax by chapter and domain, "Does that cover what you need?"',
    lines: [
      [0, 'p', 'whats the formula for kinetic energy and why is the velocity squared'],
      [22, 'l', 'Hello! This is Kenji at Ask a Librarian, Fairmont Public Library.'],
      [30, 'l', 'Is this for a class? If so, what level - high school or intro college physics?'],
      [75, 'p', 'ap physics 1'],
      [82, 'l', 'Let me grab a good explanation for that level.'],
      [150, 'l', 'KE = 1/2 mv^2. The "why squared" part comes from the work done to speed an object up; OpenStax College Physics explains it step by step in section 7.2, "Kinetic Energy and the Work-Energy Theorem", free at openstax.org/books/college-physics-2e.'],
      [158, 'l', 'Does that cover what you need?'],
      [210, 'p', 'yes the derivation is exactly it, thank you'],
      [214, 'l', "You're welcome! Is there anything else I can help with?"],
      [240, 'p', 'no'],
      [244, 'l', 'Good luck on the exam!'],
    ],
    exp: usual(),
  },
  {
    name: 'health: a rash after a new medicine; MedlinePlus, "talk to your doctor or pharmacist" (no contact); "Any of that useful?"',
    lines: [
      [0, 'p', 'I started amoxicillin 3 days ago and now I have a red itchy rash. Is that an allergy?'],
      [15, 'l', "Hi, I'm Grace, a health librarian at Lakeview Public Library. I can't diagnose, but I can find reliable information."],
      [22, 'l', 'Is the rash spreading, and do you have any swelling or trouble breathing?'],
      [60, 'p', 'no swelling, just itchy spots on my arms'],
      [68, 'l', 'One moment please.'],
      [140, 'l', "MedlinePlus's amoxicillin page lists rash as a common side effect and hives as a sign of allergy: medlineplus.gov/druginfo/meds/a685001.html (see the section 'What side effects can this medication cause?')."],
      [146, 'l', 'Please talk to your doctor or pharmacist today before taking the next dose.'],
      [152, 'l', 'Any of that useful?'],
      [200, 'p', "yes very, I'll call them. that's all I needed"],
      [204, 'l', 'Feel better soon, and thank you for contacting us.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'health: the nurse line with its number and the poison center by phone; "did that give you what you were after?"',
    lines: [
      [0, 'p', 'my son swallowed a small button battery maybe? not sure. who do i call'],
      [10, 'l', 'Hi, this is Amir, librarian at Cedar Grove Library. Call Poison Control right now at 1-800-222-1222, or the National Battery Ingestion Hotline at 800-498-8666.'],
      [40, 'p', 'ok calling poison control now'],
      [46, 'l', 'Good. Did that give you what you were after?'],
      [80, 'p', 'yes thank you'],
      [85, 'l', 'Take care, I hope he is fine. Anything else I can do?'],
      [100, 'p', 'no'],
      [104, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', referral: 'pass' }),
  },
  {
    name: 'chemistry homework, middle school: restatement and grade, "hang tight" holds every minute and a half, a periodic-table site; "does that make more sense now?"',
    lines: [
      [0, 'p', 'i dont get what an isotope is we have a quiz tmrw'],
      [20, 'l', "Hey! You've reached the Homework Help chat at Brookside Library, I'm Jaylen."],
      [26, 'l', 'So you need to know what an isotope is for tomorrow\'s quiz - what grade are you in?'],
      [50, 'p', '8th'],
      [56, 'l', 'hang tight, finding a good kid-friendly explanation'],
      [150, 'l', 'still looking, there is a lot of college-level stuff out there'],
      [245, 'l', 'Found one. Ducksters explains isotopes for middle school: ducksters.com/science/chemistry/isotopes.php. Short version: isotopes are atoms of the same element with different numbers of neutrons, like carbon-12 and carbon-14.'],
      [252, 'l', 'does that make more sense now?'],
      [300, 'p', 'yea i get it now'],
      [306, 'l', 'awesome. any other questions for the quiz?'],
      [330, 'p', 'nope'],
      [335, 'l', 'Good luck tomorrow! Come back anytime.'],
    ],
    exp: usual(),
  },
  {
    name: 'math homework: a rhetorical "cool, right?" after the answer is no completeness question; the patron leaves',
    lines: [
      [0, 'p', 'how do u find the area of a trapezoid'],
      [25, 'l', 'Hi! Ms. Okafor here, school librarian with the Ask Us homework chat.'],
      [30, 'l', 'Is this for a worksheet with numbers, or do you need to explain the formula?'],
      [70, 'p', 'worksheet'],
      [78, 'l', 'Add the two parallel sides, multiply by the height, then divide by 2. Khan Academy has a 5-minute video that walks through it: khanacademy.org (search "area of trapezoid").'],
      [84, 'l', "It's just two triangles and a rectangle stuck together, pretty cool, right?"],
      [120, 'p', 'ok thx'],
      [126, 'l', 'Bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },

  // ---- citations ------------------------------------------------------------------------------------------------
  {
    name: 'citation: APA 7 or 6?, the format typed from memory (no source named), "Does that make sense?"',
    lines: [
      [0, 'p', 'how do i cite a youtube video in apa'],
      [12, 'l', "Hi, thanks for reaching out! You're chatting with Devon, reference librarian at Glenmont University."],
      [20, 'l', 'Is your instructor asking for APA 7th edition, or the older 6th?'],
      [45, 'p', '7th'],
      [50, 'l', 'In APA 7 it goes: Channel Name. (2021, March 4). Title of the video in sentence case [Video]. YouTube. Then the full link to the video at the end.'],
      [56, 'l', 'Does that make sense?'],
      [90, 'p', 'yes got it thank u'],
      [95, 'l', 'Anytime! Anything else?'],
      [120, 'p', 'no im good'],
      [124, 'l', 'Take care!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'citation: MLA for a poem in an anthology; Purdue OWL page and the MLA Handbook call number; "Is that the format you were after?"',
    lines: [
      [0, 'p', 'Hi. I need to cite a poem by Langston Hughes that I read in our class anthology in MLA 9. Where does the editor go?'],
      [28, 'l', 'Good afternoon! Welcome to AskUsNow! My name is Eleanor and I am a librarian with Howard County Library System.'],
      [36, 'l', "Do you have the anthology in front of you? I'll need the editor's name, the publisher, the year and the page numbers of the poem."],
      [120, 'p', 'yes. The Norton Anthology of African American Literature, eds Gates and McKay, Norton 2004, pages 1290-91'],
      [130, 'l', 'Thank you. Hughes, Langston. "Title of Poem." The Norton Anthology of African American Literature, edited by Henry Louis Gates Jr. and Nellie Y. McKay, 2nd ed., W. W. Norton, 2004, pp. 1290-91.'],
      [136, 'l', 'The Purdue OWL page "MLA Works Cited: Works in an Anthology" shows more examples: owl.purdue.edu. The MLA Handbook itself is at every branch at REF 808.027 MLA.'],
      [142, 'l', 'Is that the format you were after?'],
      [200, 'p', 'Yes, perfect.'],
      [206, 'l', 'Any other citations I can help with?'],
      [240, 'p', 'No, thank you so much'],
      [244, 'l', 'My pleasure. Have a lovely afternoon!'],
    ],
    exp: usual(),
  },
  {
    name: 'citation: "Want me to show you a tool…?" is a provider question other than the ones RUBRIC.md excepts, so it counts; Zotero (an app) and a guide',
    lines: [
      [0, 'p', 'my bibliography has like 40 sources and formatting them all by hand is killing me'],
      [30, 'l', "Hi! Leo from the Ridgefield University Library here. Oh no, that's a lot."],
      [36, 'l', 'Want me to show you a tool that does it for you?'],
      [60, 'p', 'YES'],
      [66, 'l', "Zotero is free. Our guide walks you through it step by step: guides.ridgefield.edu/zotero. Once your sources are in, select them all, right-click and choose Create Bibliography."],
      [72, 'l', 'Is that going to work for you?'],
      [130, 'p', 'downloading it now'],
      [134, 'l', "Cool. Thanks for stopping by the chat!"],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- readers' advisory ----------------------------------------------------------------------------------------
  {
    name: "readers' advisory: an offer as the only question (a provider question all the same), a list with call numbers, \"Would any of those suit her?\", the patron is done",
    lines: [
      [0, 'p', 'my daughter (11) loved Wonder and wants something similar. any ideas?'],
      [25, 'l', 'Hello and welcome to Ask Us Now! My name is Colette.'],
      [32, 'l', 'Want me to pull together some read-alikes for her?'],
      [50, 'p', 'yes please'],
      [55, 'l', 'Give me a couple of minutes to check our catalog.'],
      [150, 'l', 'Here are some she might like, all on the shelf at the Towson Branch:\n1. Fish in a Tree by Lynda Mullaly Hunt (J FIC HUN)\n2. Out of My Mind by Sharon Draper (J FIC DRA)\n3. Restart by Gordon Korman (J FIC KOR)\n4. Counting by 7s by Holly Goldberg Sloan (J FIC SLO)'],
      [158, 'l', 'Would any of those suit her?'],
      [210, 'p', 'fish in a tree sounds perfect, thats all I needed'],
      [215, 'l', 'Great choice! Thanks for chatting, enjoy!'],
    ],
    exp: usual(),
  },
  {
    name: "readers' advisory: cozy mysteries, \"print or audio?\", a NoveList search and three titles; \"Do these look like your kind of thing?\"",
    lines: [
      [0, 'p', 'Looking for cozy mysteries, nothing gory please. I finished all the Hannah Swensen ones'],
      [40, 'l', 'Hi! Welcome to the Ask a Librarian chat at Meadowbrook Public Library, this is Doug.'],
      [48, 'l', 'Do you like to read in print, ebook or audio? And any favorite settings - small towns, bakeries, bookshops?'],
      [100, 'p', 'print, and bakeries or bookshops are great'],
      [106, 'l', 'Searching NoveList for you now.'],
      [200, 'l', 'Try these, all in print at the Main library:\n- "Death by Dumpling" by Vivien Chien (M CHI)\n- "Booked for Murder" by Victoria Gilbert (M GIL)\n- "Assault and Pepper" by Leslie Budewitz (M BUD)\nNoveList (meadowbrooklib.org/novelist) has more under Read-alikes for Joanne Fluke.'],
      [208, 'l', 'Do these look like your kind of thing?'],
      [260, 'p', 'They do! placing holds now'],
      [266, 'l', 'Enjoy! Anything else today?'],
      [300, 'p', 'no thank you dear'],
      [305, 'l', 'Happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: "readers' advisory: an app named without the steps is no source; \"Sounds like a fun summer!\" is no restatement; the patron goes quiet and the provider waits",
    lines: [
      [0, 'p', 'any audiobooks for a long road trip with teens'],
      [30, 'l', 'Hey there, Ask Us librarian Shonda here.'],
      [36, 'l', 'Sounds like a fun summer! Hoopla and Libby both have tons of audiobooks for teens.'],
      [400, 'l', 'Are you still there?'],
      [500, 'l', "It seems you've disconnected, so I'll close this chat now. Thanks for using Ask Us!"],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- local government and tax forms ---------------------------------------------------------------------------
  {
    name: 'tax form for a senior: "blank form or booklet too?", a bare "irs.gov" with the steps, "Is that what you needed?"',
    lines: [
      [0, 'p', "where can i get a 1040-SR form printed? library doesn't have any out"],
      [40, 'l', 'Good morning! You\'ve reached AskUsNow, this is Hal from Pratt Library.'],
      [48, 'l', 'Do you just need the blank form, or the instruction booklet as well?'],
      [80, 'p', "just the form, for my mom, she's 70"],
      [88, 'l', "It's on irs.gov - type 1040-SR in the search box at the top and click the PDF. Any branch can print it for her at 10 cents a page."],
      [96, 'l', 'Is that what you needed?'],
      [150, 'p', "perfect, that's all, thanks"],
      [155, 'l', "You're welcome! Have a great day."],
    ],
    exp: usual(),
  },
  {
    name: 'state tax refund: the Comptroller with a phone number and a site, then "a tax preparer can look over your return" with no way to reach one',
    lines: [
      [0, 'p', 'i filed my maryland taxes in february and still no refund. how do i check'],
      [20, 'l', 'Hi, this is Alma from Ask Us Now!'],
      [26, 'l', 'Did you file electronically or on paper? Paper returns take much longer.'],
      [60, 'p', 'electronically'],
      [66, 'l', "You can check with the Comptroller of Maryland's refund line at 1-800-638-2937, or online at marylandtaxes.gov (Where's My Refund)."],
      [72, 'l', 'If they say there is an error, a tax preparer can look over your return with you.'],
      [78, 'l', 'Did that answer it?'],
      [130, 'p', 'yes thank you'],
      [136, 'l', 'Anything else I can look up for you?'],
      [170, 'p', 'no thats it thanks'],
      [175, 'l', 'Bye now, and thank you for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'property tax appeal: Real Property search by domain, "you\'d need to talk to the Property Tax Assessment Appeals Board" without contact',
    lines: [
      [0, 'p', 'my property assessment went up 30% - how do I find the old assessment and how do I appeal'],
      [35, 'l', 'Hello, Ask Us Now! My name is Walt, I am a librarian in Harford County.'],
      [42, 'l', 'Which county is the property in?'],
      [80, 'p', 'harford'],
      [88, 'l', 'Past assessments are on the state Real Property Search: sdat.dat.maryland.gov/RealProperty, search by street address; the history is under the "Value Information" tab.'],
      [94, 'l', "To appeal, you'd need to talk to the Property Tax Assessment Appeals Board."],
      [100, 'l', 'Does that help?'],
      [160, 'p', 'yes'],
      [165, 'l', 'Thanks for using Ask Us Now, goodbye!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'trash pickup schedule: "the county\'s website has the schedule" is a page to use (no referral), "Let me know if that\'s not what you meant"',
    lines: [
      [0, 'p', 'when is bulk trash pickup in anne arundel'],
      [30, 'l', "Hi! I'm Corinne with Anne Arundel County Public Library."],
      [36, 'l', 'Are you in a city (Annapolis) or the county part? They run different schedules.'],
      [70, 'p', 'county, glen burnie'],
      [78, 'l', 'The county Department of Public Works posts the bulk pickup schedule by address at aacounty.org/services-and-programs/curbside-collection.'],
      [84, 'l', "Let me know if that's not what you meant."],
      [140, 'p', 'no thats exactly it, thank you'],
      [146, 'l', 'Happy to help. Anything else?'],
      [180, 'p', 'nope all good'],
      [185, 'l', 'Take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'a birth certificate: "Vital Records can send you one" with their number and address; "Was that the information you needed?"',
    lines: [
      [0, 'p', 'how do i get a copy of my birth certificate, born in baltimore'],
      [50, 'l', 'Hello! This is Maritza, librarian at Enoch Pratt Free Library.'],
      [58, 'l', 'Do you need it quickly (for a passport appointment, say) or is regular mail fine?'],
      [100, 'p', 'regular is fine'],
      [108, 'l', 'Order it from the Division of Vital Records: call 410-764-3038 or write to 6764-B Reisterstown Road, Baltimore, MD 21215. They can send you a certified copy in about 2-3 weeks.'],
      [114, 'l', 'Was that the information you needed?'],
      [170, 'p', 'yes thats everything, thx'],
      [176, 'l', 'Glad I could help. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- multi-part questions -------------------------------------------------------------------------------------
  {
    name: 'two questions: renew a laptop loan (answered, "does that sort the first one?"), then the printing price (answered); anything else',
    lines: [
      [0, 'p', 'two things: 1) can i renew the laptop i borrowed and 2) how much is color printing'],
      [30, 'l', "Hi there! I'm Ines, at the Ashford College Library."],
      [36, 'l', 'For the laptop: is it the 3-day loan or the semester loan?'],
      [80, 'p', '3 day'],
      [88, 'l', 'Those renew once, online: log in at ashford.edu/library/account > Checkouts > Renew.'],
      [94, 'l', 'Does that sort the first one?'],
      [130, 'p', 'yep'],
      [136, 'l', 'For printing: color is 50 cents a page, black and white 10 cents; the price list is at ashford.edu/library/print.'],
      [142, 'l', 'Anything else for today?'],
      [180, 'p', 'no thats all'],
      [185, 'l', 'Thanks, have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'three-part question: first part answered with a source, the provider then asks "did I miss anything in your question?"; the patron never answers',
    lines: [
      [0, 'p', 'Do you have passport photos, do you notarize, and are you open Sunday?'],
      [40, 'l', 'Hi! Frank here, at Sycamore Public Library.'],
      [46, 'l', 'Passport photos: yes, $15 at the Main branch info desk; details at sycamorelibrary.org/passport. We do not notarize, and Main is open Sundays 1-5.'],
      [52, 'l', 'Did I miss anything in your question?'],
      [400, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: usual({ clarify: 'fail', idle: 'fail', disconnect: 'fail', anything: 'fail' }),
  },

  // ---- holds and silences ---------------------------------------------------------------------------------------
  {
    name: 'silent search: a clarifying question, then 190 seconds without a word; no holds',
    lines: [
      [0, 'p', 'what year did the bay bridge open'],
      [15, 'l', 'Hi, Ask a Librarian, this is Sunil at Annapolis Library.'],
      [20, 'l', 'Do you mean the Chesapeake Bay Bridge in Maryland or the San Francisco-Oakland Bay Bridge?'],
      [50, 'p', 'maryland one'],
      [240, 'l', 'The first span opened on July 30, 1952; the second in 1973. The Maryland Transportation Authority history page has the details: mdta.maryland.gov/Bay_Bridge.'],
      [248, 'l', 'Is that what you were looking for?'],
      [290, 'p', 'yes, thanks'],
      [295, 'l', 'Anything else?'],
      [330, 'p', 'no'],
      [334, 'l', 'Have a good one!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'long search with holds every minute and a half (a partial result that says the search goes on is a hold)',
    lines: [
      [0, 'p', 'I am trying to find the 1930 census entry for my grandfather Elias Brandt in Allegany County'],
      [20, 'l', "Good afternoon! I'm Wen, a genealogy librarian at Cumberland Library."],
      [28, 'l', 'Do you know his approximate birth year or the names of anyone in his household?'],
      [80, 'p', 'born around 1905, wife Anna'],
      [88, 'l', 'Thanks. Bear with me, the census indexes are slow today.'],
      [190, 'l', "I've found an Elias Brant (spelled without the d) in Frostburg, but I'm still checking whether the household matches."],
      [290, 'l', 'Still digging - comparing the ages now.'],
      [380, 'l', 'That is him: Elias Brant, 25, wife Anna, Frostburg, Allegany County, sheet 7A. You can see the page image in Ancestry Library Edition from any branch computer, or in FamilySearch for free at familysearch.org.'],
      [388, 'l', 'Does this answer your question?'],
      [440, 'p', 'YES! thank you so much, that is him'],
      [446, 'l', 'Wonderful! Is there anything else I can find for you?'],
      [480, 'p', 'no, that is everything'],
      [485, 'l', 'Happy hunting, and thanks for using the service!'],
    ],
    exp: usual(),
  },
  {
    name: '"No rush, take your time" is no hold: the patron digs up the citation for four minutes, the provider answers within seconds',
    lines: [
      [0, 'p', 'can you help me find a full text article? i have the citation somewhere'],
      [10, 'l', 'Hi! Nadia with Elmwood University Library here. Sure - what is the citation?'],
      [30, 'p', 'hold on let me find it'],
      [40, 'l', 'No rush, take your time.'],
      [280, 'p', 'Okafor, C. (2018). Urban heat islands and asthma. Environmental Health Perspectives, 126(4).'],
      [300, 'l', 'That journal is open access, so it is free online: ehp.niehs.nih.gov. Search the title in the box at the top.'],
      [306, 'l', 'Were you able to get to it?'],
      [360, 'p', 'yes got the pdf. thanks a lot, thats all'],
      [366, 'l', "You're welcome, take care!"],
    ],
    exp: usual({ clarify: 'pass' }),
  },
  {
    name: 'holds in the middle: "gimme a sec" then "almost there!" 110 s later, an exactly 120-second wait, and a 121-second one',
    lines: [
      [0, 'p', 'what was the population of frederick md in 1900'],
      [20, 'l', 'Hi! Grant from Frederick County Public Libraries here.'],
      [26, 'l', 'City of Frederick or all of Frederick County?'],
      [60, 'p', 'the city'],
      [180, 'l', 'gimme a sec, pulling the 1900 census volume'],
      [301, 'l', 'The city of Frederick had 9,296 people in 1900 (Census of Population 1900, vol. 1, table 6); the volume is online at census.gov/library/publications/1901/dec/vol-01-population.html.'],
      [308, 'l', 'Does that help?'],
      [350, 'p', 'yes! thanks. no more questions'],
      [355, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Spanish: formularios de impuestos, "Un momento, estoy buscando", irs.gov/es, "¿Le sirve esta información?", "¿Algo más?"',
    lines: [
      [0, 'p', 'Hola, necesito el formulario para pedir un ITIN, donde lo encuentro?'],
      [30, 'l', 'Hola, buenas tardes. Le saluda Lucía, bibliotecaria de la Biblioteca de Wheaton.'],
      [38, 'l', '¿Es para usted, o para un familiar que vive fuera de Estados Unidos?'],
      [80, 'p', 'para mi esposo, vive aqui conmigo'],
      [86, 'l', 'Un momento, estoy buscando la versión en español.'],
      [170, 'l', 'Es el formulario W-7 (SP). Lo puede descargar en irs.gov/es, escribiendo "W-7" en el buscador. Las instrucciones en español están en la misma página.'],
      [176, 'l', '¿Le sirve esta información?'],
      [230, 'p', 'si, muchas gracias'],
      [236, 'l', '¿Algo más en que le pueda ayudar?'],
      [260, 'p', 'no, eso es todo'],
      [266, 'l', 'Que tenga buen día. ¡Hasta luego!'],
    ],
    exp: usual(),
  },

  // ---- referrals ------------------------------------------------------------------------------------------------
  {
    name: 'referral inside the library: "stop by the Media Lab on the 2nd floor" (a floor is no contact), after a guide; "Is that helpful?"',
    lines: [
      [0, 'p', 'do you have anything to digitize old vhs tapes'],
      [20, 'l', 'Hello! Ask Us Now, Ty from Glen Echo Library.'],
      [26, 'l', 'How many tapes, and do you want files on a USB stick or a DVD?'],
      [70, 'p', 'like 12, usb'],
      [78, 'l', 'Our guide to home digitizing has the equipment list and how long each tape takes: glenecholibrary.org/digitize.'],
      [82, 'l', 'To book the VHS station, stop by the Media Lab on the 2nd floor.'],
      [88, 'l', 'Is that helpful?'],
      [130, 'p', 'very, ty'],
      [134, 'l', "You're welcome! Anything else?"],
      [170, 'p', 'nah'],
      [174, 'l', 'Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'referral inside the library with a way to reach them: "email the ILL office at ill@…"; the patron says they are done',
    lines: [
      [0, 'p', 'my interlibrary loan book is 2 weeks late, who do i ask'],
      [20, 'l', 'Hi, this is Omar, reference librarian at Kingsport University Library.'],
      [28, 'l', 'Do you have the request number from your ILLiad account?'],
      [90, 'p', 'no i dont see it'],
      [96, 'l', 'No problem. Your ILLiad account (kingsport.edu/illiad) shows every request under Outstanding Requests. For a late book, email the ILL office at ill@kingsport.edu or call them at 423-555-0188; they can check with the lending library.'],
      [102, 'l', 'Does that get you what you need?'],
      [150, 'p', "yes I'll email them. that's all I had"],
      [155, 'l', 'Sounds good. Thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'consulting a colleague on the patron\'s behalf is no referral; "I checked with our map librarian" then the map itself',
    lines: [
      [0, 'p', 'is there an old map that shows where the B&O railroad ran through ellicott city'],
      [30, 'l', 'Hi! Ask a Librarian, Corbin at Howard County Library.'],
      [36, 'l', 'About what year are you interested in - the 1800s, or later?'],
      [80, 'p', '1860s'],
      [86, 'l', "Let me check with our map librarian, she knows the collection better."],
      [190, 'l', 'She pointed me to the 1860 Martenet map of Howard County, scanned in the Library of Congress map collection: loc.gov/item/2002624033. The railroad line runs along the river through Ellicott\'s Mills.'],
      [196, 'l', 'Is that the kind of map you had in mind?'],
      [250, 'p', 'yes thats exactly it'],
      [255, 'l', 'Anything else I can help with?'],
      [280, 'p', 'no thank you'],
      [285, 'l', 'Bye, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'small business: SCORE by phone, the SBDC "who can help with a business plan" without contact; "Was that what you were hoping for?"',
    lines: [
      [0, 'p', 'I want to open a food truck in Prince Georges county. what licenses do I need'],
      [25, 'l', "Hi! I'm Ayo, a business librarian at Prince George's County Memorial Library System."],
      [32, 'l', 'Will you be cooking on the truck, or only selling packaged food? The health permit is different.'],
      [80, 'p', 'cooking'],
      [88, 'l', 'Searching the county permits pages, one moment.'],
      [180, 'l', "You'll need a Mobile Food Service Facility license and a trader's license; the county lays out both at pgc.gov > Business > Food Trucks."],
      [186, 'l', 'SCORE mentors give free advice, call them at 301-555-0142. The Small Business Development Center can also help with a business plan.'],
      [192, 'l', 'Was that what you were hoping for?'],
      [250, 'p', 'yes this is a great start'],
      [256, 'l', 'Anything else you need today?'],
      [290, 'p', 'no thats all, thanks!'],
      [295, 'l', 'Good luck with the truck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'legal: the District Court self-help center with number and site; a clarifying restatement "so this is about a security deposit, not rent?"',
    lines: [
      [0, 'p', 'my old landlord wont give back my deposit. its been 60 days. what can i do'],
      [30, 'l', 'Hello, thank you for contacting Ask Us Now. I am Renee, a law librarian.'],
      [36, 'l', "So this is about a security deposit you haven't gotten back, not about rent you owe?"],
      [70, 'p', 'right the deposit'],
      [76, 'l', 'In Maryland the landlord has 45 days to return it (Real Property 8-203, at mgaleg.maryland.gov). The District Court Self-Help Center can explain how to file in small claims: call 410-260-1392 or chat at mdcourts.gov/selfhelp.'],
      [82, 'l', 'Does that help you with next steps?'],
      [140, 'p', 'yes very much'],
      [146, 'l', 'Is there anything else?'],
      [170, 'p', 'no'],
      [174, 'l', 'Good luck, and thanks for contacting us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a school counselor and a tutor suggested without any way to reach them, after a site; no completeness question',
    lines: [
      [0, 'p', 'my kid is failing 7th grade math and i dont know how to help her'],
      [30, 'l', "Hi, I'm Bernadette with AskUsNow! Sorry to hear that."],
      [36, 'l', 'What topics is she working on right now, fractions, equations, something else?'],
      [90, 'p', 'equations i think'],
      [96, 'l', 'Khan Academy has free 7th grade lessons and practice on equations: khanacademy.org/math/cc-seventh-grade-math. I would also talk to her school counselor about getting her a tutor.'],
      [150, 'p', 'ok'],
      [155, 'l', 'Anything else?'],
      [190, 'p', 'no thanks'],
      [194, 'l', 'Take care!'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },

  // ---- follow-ups from the middle -------------------------------------------------------------------------------
  {
    name: 'a statistics question the provider cannot finish: email confirmed and "by Thursday", Follow-up by me recorded after 30 h; completeness asked about the partial answer',
    lines: [
      [0, 'p', 'I need the number of vet clinics in Maryland by county for 2022 for a class project'],
      [20, 'l', 'Hi, this is Lorna, business librarian at Catonsville Community College.'],
      [28, 'l', 'Do you need counts only, or employment and sales too? And when is the project due?'],
      [80, 'p', 'counts only, due next week'],
      [88, 'l', 'County Business Patterns has veterinary services (NAICS 541940) by county: data.census.gov, search "CBP 2022 541940 Maryland".'],
      [94, 'l', 'Does that table have what you need?'],
      [150, 'p', 'it shows some counties but a lot say "D" instead of a number'],
      [158, 'l', "Those are suppressed. I'd like to check a couple of other sources. What's the best email for you?"],
      [200, 'p', 'mpatel22@catonsville.edu'],
      [206, 'l', "Thanks, mpatel22@catonsville.edu. I'll email you what I find by Thursday. Anything else in the meantime?"],
      [240, 'p', 'no thats it, thank you!'],
      [245, 'l', 'Talk soon!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(250 + 30 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a follow-up promised in the middle without a time and coded Answered; nothing recorded yet',
    lines: [
      [0, 'p', 'is there a history of the old Glenwood Mill anywhere? my grandma worked there'],
      [30, 'l', 'Hi! Ask Us Now, this is Pat from Carroll County Public Library.'],
      [36, 'l', 'Do you know roughly when she worked there?'],
      [70, 'p', '1950s. my email is ggarner@verizon.net if you find something'],
      [78, 'l', "I don't see anything online. I'll ask our local history room and email you at ggarner@verizon.net."],
      [90, 'p', 'thanks so much'],
      [95, 'l', "You're welcome! Bye."],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
];

// ---- short cases: near misses beside each behaviour -----------------------------------------------------------------
const HI: Line[] = [
  [0, 'p', 'hi i have a question'],
  [15, 'l', "Hello, I'm Nia, a librarian at Sample County Library.", NIA],
];

const variants: SessionCase[] = [
  // holds
  {
    name: 'hold: "brb" alone is a hold, so the 125 s after it are a wait on the provider',
    lines: [...HI, [40, 'p', 'is the gettysburg address in any of your books'], [50, 'l', 'brb'], [175, 'l', 'Yes: "Lincoln at Gettysburg" by Garry Wills, call number 973.7 WIL.']],
    exp: some({ informed: 'fail', source: 'pass' }),
  },
  {
    name: 'hold: "Hmm, digging into this now" and "pulling up the land records" are holds: 130 s after the second one fail',
    lines: [...HI, [40, 'p', 'when was my house built? 14 Elm St'], [48, 'l', 'Hmm, digging into this now.'], [150, 'l', 'pulling up the land records'], [280, 'l', 'The state Real Property search says 1926: sdat.dat.maryland.gov.']],
    exp: some({ informed: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "Let me know when you find it" is no hold: the wait on the patron does not fail anything, but the patron then waits 130 s on the provider',
    lines: [...HI, [40, 'p', 'i need the isbn of my textbook'], [48, 'l', 'Let me know when you find the title page.'], [200, 'p', 'ok its Campbell Biology 12th'], [330, 'l', 'ISBN 9780135188743, on the shelf at QH308.2 .C34.']],
    exp: some({ informed: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: a system message during the wait does not end it',
    lines: [...HI, [40, 'p', 'what are the hours on sunday'], [60, 's', 'Patron is typing...'], [190, 'l', 'Sundays 1-5 at every branch: samplelibrary.org/hours.']],
    exp: some({ informed: 'fail', source: 'pass' }),
  },
  // clarifying questions
  {
    name: 'clarify: "Just checking - is this for the AP exam or the class final?"',
    lines: [...HI, [40, 'p', 'i need practice problems for stoichiometry'], [48, 'l', 'Just checking - is this for the AP exam or the class final?'], [80, 'p', 'ap'], [88, 'l', 'College Board posts past free-response questions: apcentral.collegeboard.org.']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'clarify: a multiple-choice question without a question mark ("print, ebook or audio")',
    lines: [...HI, [40, 'p', 'do you have the new Louise Penny'], [48, 'l', 'which format, print ebook or audio'], [80, 'p', 'print'], [88, 'l', 'Yes, "The Grey Wolf" is in the catalog at FIC PEN, 3 copies in.']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'clarify: a restatement "If I\'m following you, you want the 2019 rules, not the current ones."',
    lines: [...HI, [40, 'p', 'i need the zoning rules from before they changed'], [48, 'l', "If I'm following you, you want the 2019 rules, not the current ones."], [80, 'p', 'yes'], [88, 'l', 'The 2019 code is archived at library.municode.com (choose Versions).']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: '"Good question!" is no question; "Isn\'t that a fun topic?" is a provider question RUBRIC.md does not except, so it counts',
    lines: [...HI, [40, 'p', 'why is the sky blue'], [48, 'l', "Good question! Isn't that a fun topic?"], [56, 'l', 'NASA Space Place explains Rayleigh scattering for kids: spaceplace.nasa.gov/blue-sky.']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: '"Why not try the advanced search?" is a provider question RUBRIC.md does not except, so it counts',
    lines: [...HI, [40, 'p', 'i cant find articles about bees in the database'], [48, 'l', 'Why not try the advanced search?'], [56, 'l', "Academic Search Complete lets you put 'bees' in the subject field."]],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  // sources
  {
    name: 'source: a bare domain alone, "usa.gov"',
    lines: [...HI, [40, 'p', 'how do i replace my social security card'], [48, 'l', 'What state do you live in?'], [70, 'p', 'md'], [78, 'l', 'ssa.gov']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "the county has a program for that" names no way to reach it: no source',
    lines: [...HI, [40, 'p', 'is there help paying my heating bill'], [48, 'l', 'Are you a renter or an owner?'], [70, 'p', 'renter'], [78, 'l', 'Yes, the state has an energy assistance program for renters too.'], [120, 'p', 'ok thanks'], [125, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'fail', complete: 'fail', referral: 'na' }),
  },
  // completeness
  {
    name: 'completeness: "Is it opening for you now?" after the steps',
    lines: [...HI, [40, 'p', 'the ebook wont open on my ipad'], [48, 'l', 'In the Libby app tap Shelf, then the book cover, then Read With Libby.'], [56, 'l', 'Is it opening for you now?']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'completeness: "That get you sorted?"',
    lines: [...HI, [40, 'p', 'where is the call number on the record'], [48, 'l', 'In the catalog it is under Availability, next to the branch name.'], [56, 'l', 'That get you sorted?']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Would a scan of the chapter help?" asks about what has not been given',
    lines: [...HI, [40, 'p', 'i need chapter 4 of a book we have'], [48, 'l', 'Which book is it?'], [70, 'p', 'Silent Spring'], [78, 'l', 'Silent Spring is in the catalog at 363.7 CAR. Would a scan of chapter 4 help?'], [120, 'p', 'no ill come in'], [125, 'l', 'See you then!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Did you try clearing your cache?" before the source asks about the situation (clarifies), and is no completeness question',
    lines: [...HI, [40, 'p', 'the database keeps logging me out'], [48, 'l', 'Did you try clearing your cache?'], [80, 'p', 'yes'], [88, 'l', 'Then use the link on our A-Z list, samplelibrary.org/az, instead of a bookmark.'], [130, 'p', 'ok'], [135, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Does it open in a new tab or just spin?" and "Is it loading slowly?" before the answer ask about the situation (clarify), and no completeness question follows',
    lines: [...HI, [40, 'p', 'the pdf from the database wont open'], [48, 'l', 'Does it open in a new tab or just spin? Is it loading slowly?'], [80, 'p', 'just spins'], [88, 'l', 'Right-click the PDF link in Academic Search Complete and choose Save link as, then open the file.'], [130, 'p', 'ok'], [135, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Is this for the class you were telling me about?" asks about the need; "Did I miss a message from you?" is no completeness question',
    lines: [...HI, [40, 'p', 'need sources on wind power'], [48, 'l', 'Is this for the class you were telling me about?'], [80, 'p', 'yes'], [88, 'l', 'GreenFILE has peer-reviewed articles on wind energy: samplelibrary.org/greenfile.'], [130, 'p', 'hm'], [135, 'l', 'Did I miss a message from you?'], [160, 'p', 'no'], [165, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Any specific citations I can help with?" asks about the need in hand, not for anything else',
    lines: [...HI, [40, 'p', 'i need help with citations'], [48, 'l', 'Any specific citations I can help with?'], [80, 'p', 'a tweet in apa'], [88, 'l', 'The APA Style blog has the tweet format with examples: apastyle.apa.org.'], [94, 'l', 'Does that help?'], [130, 'p', 'yes thx'], [135, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail' }),
  },
  {
    name: 'near miss: "If I\'m following the steps right, …" is no restatement; an offer with alternatives still clarifies',
    lines: [...HI, [40, 'p', 'how do i export citations from the catalog'], [48, 'l', "If I'm following the steps right, the export button is at the top of the record."], [56, 'l', 'The catalog help page has screenshots: samplelibrary.org/help/export.']],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: 'clarify: "Would you like me to look for print books or ebooks?" offers alternatives, and "Can I ask what grade you\'re in?" asks about the need',
    lines: [...HI, [40, 'p', 'books about volcanoes'], [48, 'l', 'Would you like me to look for print books or ebooks? Can I ask what grade you\'re in?'], [80, 'p', 'print, 5th'], [88, 'l', '"Volcanoes" by Seymour Simon is at J 551.21 SIM.']],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "please ask a librarian at your school" is a referral without a contact (not the service name); "the Lab Manual guide" is a source',
    lines: [...HI, [40, 'p', 'where is the lab report template for bio 101'], [48, 'l', 'Is it for Professor Lane\'s section?'], [80, 'p', 'yes'], [88, 'l', 'Go to the Lab Manual guide at guides.samplelibrary.org/bio101.'], [96, 'l', 'For the grading rubric, please ask a librarian at your campus center.']],
    exp: some({ clarify: 'pass', source: 'pass', referral: 'fail' }),
  },
  // referrals
  {
    name: 'referral: "a librarian at the Law Library can walk you through it, 410-555-0110" passes',
    lines: [...HI, [40, 'p', 'i need help with a will form'], [48, 'l', 'Is this for Maryland?'], [70, 'p', 'yes'], [78, 'l', 'A librarian at the State Law Library can walk you through the forms: 410-555-0110.']],
    exp: some({ clarify: 'pass', source: 'pass', referral: 'pass' }),
  },
  {
    name: 'near miss: "You can look it up on the MVA website at mva.maryland.gov" is a source, not a referral',
    lines: [...HI, [40, 'p', 'how do i renew my license'], [48, 'l', 'Are you renewing in Maryland?'], [70, 'p', 'yes'], [78, 'l', 'You can look it up on the MVA website at mva.maryland.gov, under Online Services.']],
    exp: some({ clarify: 'pass', source: 'pass', referral: 'na' }),
  },
  {
    name: 'referral: "your best bet is to ring the county extension office" without a number fails',
    lines: [...HI, [40, 'p', 'what is eating my tomato plants'], [48, 'l', 'What do the leaves look like?'], [70, 'p', 'holes and big green worms'], [78, 'l', 'Sounds like hornworms; the Missouri Botanical Garden has photos at missouribotanicalgarden.org (search hornworm). Your best bet is to ring the county extension office for advice.']],
    exp: some({ clarify: 'pass', source: 'pass', referral: 'fail' }),
  },
];

describe('seventh round (B): every whole session lists all 17 checks', () => {
  it.each(cases)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('seventh round (B): whole sessions, the middle of the chat', cases);
describeSessions('seventh round (B): near misses beside each behaviour', variants);

/** Cases labelled from RUBRIC.md that v7 still scores otherwise (outside this round's focus; not run). */
export const LEFT: SessionCase[] = [];

describeLeft('seventh-round-middle', LEFT);
