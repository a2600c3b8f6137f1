/**
 * Sixth round of sessions about the middle of a chat: holds and silences around 120 s (waits that
 * further patron messages or internal notes do not end, holds in British, Australian, chat-speak
 * and Spanish voices, "almost there" updates), clarifying questions and restatements before the
 * first source (restatements without "so you…", terse questions without "?", Spanish), what counts
 * as a source (DOIs, style manuals, clinical and legal databases, web pages with scrolling steps,
 * against apps, organisations, "our website" and interlibrary loan named alone), completeness
 * questions in other voices (against hopes and offers), and referrals in other shapes ("pop into",
 * "drop a line to", "shoot … an email", "check with HR", Spanish "acuda a", an agency's website
 * that is a source and no referral). Styles: LibChat and LibraryH3lp academic desks, the 24/7
 * cooperative's macros, Springshare canned messages, SMS, public, school, law, medical and
 * genealogy libraries, typos and chat-speak, Spanish-speaking patrons. The last block gives ALL 17
 * checks of whole sessions. Statuses are what a literal reader of RUBRIC.md would give; the other
 * blocks list only the checks each case is about.
 */
import type { Message } from '@askqa/contract';
import { describeSessions, type SessionCase, all, who } from './helpers';

const ODETTE = who('Odette (Reference)', 'odette');
const GUS = who('gus_h', 'gus');
const MEI = who('Mei L.', 'mei');

// ---- holds and silences ------------------------------------------------------------------------
const holds: SessionCase[] = [
  {
    name: '"Poking around in the catalog for you now" is a hold: the 135 s after it fail',
    lines: [
      [0, 'p', 'hey do yall have any books on beekeeping for beginners'],
      [15, 'l', 'Hi! Marisol here at Cecil County Public Library. Poking around in the catalog for you now.'],
      [150, 'l', 'We have The Backyard Beekeeper by Kim Flottum at 638.1 FLO, two copies in at Elkton.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: '"I\'ll have a quick look through the census indexes" (British) is a hold: 135 s after it fail',
    lines: [
      [0, 'p', "Hello, I'm after the 1910 census entry for my great-grandfather in Baltimore"],
      [20, 'l', "Hello, you're through to Ask a Librarian. Do you know which ward he lived in?"],
      [60, 'p', 'ward 12 I think, name was Patrick Doyle'],
      [70, 'l', "Lovely, I'll have a quick look through the census indexes."],
      [205, 'l', 'Found him: 1910 census, Ward 12, Baltimore; the image is in Ancestry Library Edition, free at any branch.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: '"Let me have a look" is a hold too: 130 s after it fail',
    lines: [
      [0, 'p', 'is there a guide to the rare book room somewhere'],
      [20, 'l', 'Good morning, this is Special Collections at the Milton S. Eisenhower Library. Let me have a look.'],
      [150, 'l', 'Our Rare Books guide is at guides.library.jhu.edu/rarebooks and lists the reading room rules.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'chat-speak "lemme run to the shelf and check, brb" is a hold: 140 s after it fail',
    lines: [
      [0, 'p', 'is the new hunger games book in'],
      [10, 'l', 'hi this is the teen desk at Frederick County Public Libraries. lemme run to the shelf and check, brb'],
      [150, 'l', 'ok its on the shelf!! Sunrise on the Reaping, YA FIC COLLINS'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'Australian "Give me a tick, just checking the shelf list" is a hold: 125 s after it fail',
    lines: [
      [0, 'p', 'do you have the footy record from the 1970s grand finals'],
      [15, 'l', "G'day, you're chatting with the State Library's Ask a Librarian service. Which year's grand final?"],
      [40, 'p', '1977, the replay'],
      [50, 'l', 'Give me a tick.'],
      [175, 'l', 'We hold the 1977 replay Football Record; search "Football Record 1977" in our catalogue at slv.vic.gov.au.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: '"Nearly there, just double-checking the date in a second source" is a hold: 125 s after it fail',
    lines: [
      [0, 'p', 'when did the first Bay Bridge span open? exact day pls, for trivia night'],
      [20, 'l', "Hello, you've reached the Anne Arundel County Public Library chat. Is it the first span you need, not the second?"],
      [40, 'p', 'yes the first'],
      [50, 'l', 'Checking our Maryland reference shelf now.'],
      [150, 'l', 'Nearly there, just double-checking the date in a second source.'],
      [275, 'l', 'It opened on July 30, 1952; the Maryland Transportation Authority history page at mdta.maryland.gov has the details.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'a hold every 100 s passes',
    lines: [
      [0, 'p', 'how many people lived in Cumberland in 1900'],
      [20, 'l', "Hello, I'm Rhea with Allegany County Library System. Do you need the city or all of Allegany County?"],
      [40, 'p', 'just the city'],
      [50, 'l', 'Checking the census tables now.'],
      [150, 'l', 'Still digging, the first table only has the county.'],
      [250, 'l', 'Almost there, just confirming the number in a second table.'],
      [350, 'l', 'Cumberland had 17,128 residents in 1900; the 1900 census volumes are at census.gov/library.'],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
  {
    name: 'further patron messages do not restart the wait: "?" and "hello??" then 125 s from the first',
    lines: [
      [0, 'p', 'can i renew a book thats already overdue'],
      [12, 'l', "Hi, you're chatting with Devon at the Enoch Pratt Free Library."],
      [30, 'p', 'it was due last week'],
      [80, 'p', '?'],
      [120, 'p', 'hello??'],
      [155, 'l', 'Yes, as long as nobody has a hold on it you can renew it under My Account at prattlibrary.org.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'an internal note does not end the wait: 130 s until the provider writes to the patron',
    lines: [
      [0, 'p', 'need the ISBN for the 3rd edition of Campbell Biology'],
      [15, 'l', 'Hello! This is the Ask Us desk at Montgomery College Libraries. Is it the AP edition or the regular one?'],
      [40, 'p', 'regular'],
      [100, 'i', 'anyone know if we own Campbell 3rd ed?'],
      [170, 'l', 'The regular 3rd edition is ISBN 0805318003, and our catalog lists one copy on reserve.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'exactly 120 s after "One moment please" is not longer than the limit: pass',
    lines: [
      [0, 'p', 'whats the fine for a late DVD'],
      [15, 'l', 'Hi, Harford County Public Library here. Is it a new release DVD?'],
      [30, 'p', 'no just a regular one'],
      [40, 'l', 'One moment please.'],
      [160, 'l', 'Regular DVDs have no daily fine any more; the policy page is hcplonline.org/fines.'],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
  {
    name: '"No rush, send me the receipt number whenever you find it" is no hold: the 215 s after it are the patron\'s',
    lines: [
      [0, 'p', 'i have a fine on my account but i paid it? let me find the receipt'],
      [15, 'l', 'Hi, this is the Baltimore County Public Library chat. No rush, send me the receipt number whenever you find it.'],
      [230, 'p', 'ok its R-55812'],
      [240, 'l', "Thanks! I see that payment and I've cleared the fine, so your account at bcpl.info shows $0 now."],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
  {
    name: 'Spanish "Un segundito, por favor, que lo busco en el catálogo" is a hold: 130 s after it fail',
    lines: [
      [0, 'p', 'tienen libros de cocina salvadoreña?'],
      [15, 'l', 'Hola, le saluda Lucía de la Biblioteca del Condado de Prince George. ¿Los quiere en español o en inglés?'],
      [40, 'p', 'en español'],
      [50, 'l', 'Un segundito, por favor, que lo busco en el catálogo.'],
      [180, 'l', 'Tenemos "Cocina salvadoreña tradicional" en la sucursal de Hyattsville; puede reservarlo en pgcmls.info.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
];

// ---- clarifying questions and restatements -----------------------------------------------------
const clarifying: SessionCase[] = [
  {
    name: 'a restatement without "so you": "Got it - a picture book about volcanoes for a 2nd grader."',
    lines: [
      [0, 'p', 'my son needs a book about volcanoes, hes in 2nd grade, picture book is best'],
      [20, 'l', "Hi! I'm Tasha, a children's librarian at Howard County Library System."],
      [25, 'l', 'Got it - a picture book about volcanoes for a 2nd grader.'],
      [70, 'l', 'Volcanoes by Seymour Simon is great for that age; it is at J 551.21 SIM at most branches.'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'the restatement after the noun phrase: "Census records for 1870 Talbot County, gotcha."',
    lines: [
      [0, 'p', 'im looking for census records for talbot county in 1870, my family was there'],
      [20, 'l', 'Hello, you have reached the Talbot County Free Library.'],
      [25, 'l', 'Census records for 1870 Talbot County, gotcha.'],
      [80, 'l', 'HeritageQuest has the 1870 images; from our site click Research, then HeritageQuest, and log in with your card.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: 'near miss: "Got it, the book is checked out until Friday" gives the answer, it restates nothing',
    lines: [
      [0, 'p', 'is the fault in our stars checked in at the towson branch'],
      [20, 'l', 'Hi, this is the Baltimore County Public Library chat.'],
      [30, 'l', 'Got it, the book is checked out at Towson until Friday, but Cockeysville has a copy in: search the catalog at bcpl.info.'],
    ],
    exp: { 'inquiry.clarify': 'fail' },
  },
  {
    name: '"Just to make sure I\'m on the same page, you want the forms, not the instructions" is a restatement',
    lines: [
      [0, 'p', 'where do i get the maryland tax forms for 2025'],
      [20, 'l', "Hello, I'm Glen at Wicomico Public Libraries."],
      [25, 'l', "Just to make sure I'm on the same page, you want the forms themselves, not the instructions."],
      [50, 'p', 'yes'],
      [60, 'l', 'The forms are at marylandtaxes.gov under Individual Taxes > Tax Forms.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: '"So what you\'re after is a list of scholarships for nursing students" is a restatement',
    lines: [
      [0, 'p', 'i need money for nursing school, like scholarships'],
      [20, 'l', 'Hi there, this is the Ask Us chat at Community College of Baltimore County Library.'],
      [25, 'l', "So what you're after is a list of scholarships for nursing students."],
      [60, 'p', 'yeah'],
      [70, 'l', 'The Foundation Directory Online has a scholarship search; it is on our A-Z databases list.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: 'Spanish restatement: "Entiendo que necesita el acta de nacimiento de su abuelo"',
    lines: [
      [0, 'p', 'hola, necesito el acta de nacimiento de mi abuelo que nacio en baltimore en 1935'],
      [20, 'l', 'Hola, soy Rocío, bibliotecaria de Enoch Pratt Free Library.'],
      [25, 'l', 'Entiendo que necesita el acta de nacimiento de su abuelo, nacido en Baltimore en 1935.'],
      [60, 'p', 'si'],
      [70, 'l', 'Las actas de antes de 1940 están en los Archivos del Estado de Maryland: msa.maryland.gov.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: 'a terse question without "?": "which campus are you at"',
    lines: [
      [0, 'p', 'how do i get into the databases from home'],
      [15, 'l', 'hi, this is the library help desk'],
      [20, 'l', 'which campus are you at'],
      [40, 'p', 'germantown'],
      [50, 'l', 'Go to library.montgomerycollege.edu, click Databases A-Z and sign in with your MC login.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: 'a one-word question before the source: "Title?"',
    lines: [
      [0, 'p', 'how do i put a hold on a book'],
      [15, 'l', 'Hello, Carroll County Public Library here.'],
      [20, 'l', 'Title?'],
      [40, 'p', 'lessons in chemistry'],
      [50, 'l', 'Search for it in the catalog at library.carr.org and click Place Hold next to the copy.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: '"You\'re hoping to find his enlistment record" restates the need',
    lines: [
      [0, 'p', 'my grandpa was in the army in korea and i want to find his enlistment record'],
      [20, 'l', "Good afternoon, I'm Bev, the genealogy librarian at Washington County Free Library."],
      [25, 'l', "You're hoping to find his enlistment record from the Korean War years."],
      [60, 'p', 'yes'],
      [70, 'l', 'Fold3 has Korean War enlistment records; use it free at any of our branches.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: 'near miss: "If you\'re hoping to find newer articles, use ProQuest" gives the source, restates nothing',
    lines: [
      [0, 'p', 'i need articles about tiktok and teen sleep'],
      [20, 'l', 'Hi, this is the Ask a Librarian service at Salisbury University.'],
      [25, 'l', "If you're hoping to find newer articles, ProQuest Central is the best place; filter to the last 3 years."],
    ],
    exp: { 'inquiry.clarify': 'fail' },
  },
  {
    name: 'near miss: only the greeting\'s "What can I help you find today?" before the source',
    lines: [
      [0, 'p', 'hi'],
      [15, 'l', "Hello, I'm Cory at Queen Anne's County Library. What can I help you find today?"],
      [40, 'p', 'books on knitting socks'],
      [60, 'l', 'Search "sock knitting" in our catalog at qaclibrary.org; we have 11 titles.'],
    ],
    exp: { 'inquiry.clarify': 'fail' },
  },
  {
    name: 'near miss: the question comes in the same message as the first source',
    lines: [
      [0, 'p', 'i need research on music and memory for a psych paper'],
      [20, 'l', 'Hi, this is the research help chat at Towson University.'],
      [40, 'l', 'PsycINFO is the database to start with. Do you need only peer-reviewed studies?'],
    ],
    exp: { 'inquiry.clarify': 'fail' },
  },
  {
    name: 'near miss: the only question before the source is an idle check-in',
    lines: [
      [0, 'p', 'do u have a notary'],
      [20, 'l', 'Hi, this is the Ask Us chat at Calvert Library.'],
      [150, 'l', 'Are you still there?'],
      [170, 'p', 'yes sorry'],
      [180, 'l', 'Our Prince Frederick branch has a notary on Tuesdays; the schedule is at calvertlibrary.info/notary.'],
    ],
    exp: { 'inquiry.clarify': 'fail' },
  },
  {
    name: 'a question about the patron\'s situation: "Do you have a library card with us yet?"',
    lines: [
      [0, 'p', 'can i use ancestry from home'],
      [20, 'l', 'Hi, this is the chat at St. Mary\'s County Library.'],
      [25, 'l', 'Do you have a library card with us yet?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Ancestry Library Edition only works inside our branches, but HeritageQuest works from home with your card.'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'no source ever given: a question anywhere counts ("How long does the speech need to be?")',
    lines: [
      [0, 'p', 'i have to give a speech about a famous marylander'],
      [20, 'l', 'Hi, you are chatting with a librarian at Garrett County Public Library.'],
      [30, 'l', 'Fun topic. Harriet Tubman, Frederick Douglass and Thurgood Marshall are all from Maryland.'],
      [40, 'l', 'How long does the speech need to be?'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail' },
  },
];

// ---- sources ------------------------------------------------------------------------------------
const sources: SessionCase[] = [
  {
    name: 'a DOI is a named article: "Here\'s the DOI: 10.1177/0022146520928142"',
    lines: [
      [0, 'p', 'my prof said to read the article about neighborhood stress and sleep by Hale, how do i find it'],
      [20, 'l', 'Hi, this is the research help chat at UMBC. Do you know the year it came out?'],
      [40, 'p', '2020 i think'],
      [60, 'l', "Found it. Here's the DOI: 10.1177/0022146520928142. Paste it into the search box and the full text comes up."],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'a style manual is a named book: "The Chicago Manual of Style, section 14.206, covers it"',
    lines: [
      [0, 'p', 'how do i footnote a government report in chicago'],
      [20, 'l', 'Hi, this is the Writing Center librarian at McDaniel College. Is it a print report or online?'],
      [40, 'p', 'online'],
      [60, 'l', 'The Chicago Manual of Style, section 14.206, covers online government documents; we have it at the reference desk.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'law library: "The Bluebook, rule 10, is what you need"',
    lines: [
      [0, 'p', 'how do i cite a maryland court of appeals case for my legal writing class'],
      [20, 'l', 'Good evening, this is the Thurgood Marshall Law Library reference desk. Is it a reported case?'],
      [40, 'p', 'yes'],
      [60, 'l', 'The Bluebook, rule 10, is what you need; use table T1 for the Maryland reporter abbreviation.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'a clinical database named alone: "ClinicalKey has a full chapter on it"',
    lines: [
      [0, 'p', 'I need a reference on managing hyperkalemia for a case presentation'],
      [20, 'l', 'Hi, this is the Health Sciences Library. Adult patients or pediatric?'],
      [40, 'p', 'adult'],
      [60, 'l', 'ClinicalKey has a full chapter on it, and DynaMed has a shorter topic summary; both open with your hospital ID.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'a web page with steps by scrolling: "on our home page scroll all the way down, the notary hours are in the footer"',
    lines: [
      [0, 'p', 'when is the notary available'],
      [20, 'l', 'Hi, Somerset County Library here. Which branch is closest to you?'],
      [40, 'p', 'princess anne'],
      [60, 'l', 'On our home page scroll all the way down; the notary hours for each branch are in the footer.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'an app named without steps is no source: "Just grab the Libby app, it\'s free"',
    lines: [
      [0, 'p', 'can i get ebooks on my phone'],
      [20, 'l', 'Hi, this is the Kent County Public Library chat. Is it an iPhone or Android?'],
      [40, 'p', 'iphone'],
      [60, 'l', "Just grab the Libby app, it's free."],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'an app with the steps to use it is a source: "Open Hoopla, tap Browse, then Movies"',
    lines: [
      [0, 'p', 'can i watch movies free with my card'],
      [20, 'l', 'Hi, this is the Kent County Public Library chat. On a phone or a TV?'],
      [40, 'p', 'phone'],
      [60, 'l', 'Open Hoopla, tap Browse, then Movies, and sign in with your card number and PIN.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'an organisation named without a way to reach it is no source',
    lines: [
      [0, 'p', 'where do i file for unemployment'],
      [20, 'l', 'Hello, this is Ask Us Now. Are you in Maryland?'],
      [40, 'p', 'yes'],
      [60, 'l', 'The Maryland Department of Labor handles unemployment claims in the state.'],
    ],
    exp: { 'info.source': 'fail', 'referral.contact': 'na' },
  },
  {
    name: '"It\'s all on our website" with no address or steps is no source',
    lines: [
      [0, 'p', 'what are your hours on sunday'],
      [20, 'l', 'Hi, this is the Worcester County Library chat. Which branch?'],
      [40, 'p', 'ocean city'],
      [60, 'l', "Sunday hours change in summer, it's all on our website."],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'interlibrary loan named alone is a service, no source',
    lines: [
      [0, 'p', 'do you have the book the overstory'],
      [20, 'l', 'Hi, this is the Caroline County Public Library chat. Do you want print or audio?'],
      [40, 'p', 'print'],
      [60, 'l', "We don't own it, but you can request it through interlibrary loan and we'll call when it comes in."],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'a phone number for a referral is a source: "Call the Register of Wills at 410-222-1397"',
    lines: [
      [0, 'p', 'how do i get a copy of my fathers will'],
      [20, 'l', 'Hi, Anne Arundel County Public Library here. Was the estate probated in Anne Arundel?'],
      [40, 'p', 'yes in 2019'],
      [60, 'l', 'Call the Register of Wills at 410-222-1397 and they can send you a certified copy.'],
    ],
    exp: { 'info.source': 'pass', 'referral.contact': 'pass' },
  },
];

// ---- completeness -------------------------------------------------------------------------------
const completeness: SessionCase[] = [
  {
    name: '"Is that along the lines of what you wanted?"',
    lines: [
      [0, 'p', 'looking for a book on the history of crab feasts lol'],
      [20, 'l', 'Hi! This is the Ask a Librarian chat at Dorchester County Public Library. Any particular angle, recipes or history?'],
      [40, 'p', 'history'],
      [60, 'l', 'Try Beautiful Swimmers by William W. Warner, the classic history of the blue crab and the watermen.'],
      [70, 'l', 'Is that along the lines of what you wanted?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Will that do?" after the answer',
    lines: [
      [0, 'p', 'need a photo of the old Hutzlers department store for a project'],
      [20, 'l', 'Hello, Enoch Pratt Free Library here. Inside or outside?'],
      [40, 'p', 'outside'],
      [60, 'l', 'The Digital Maryland collection at digitalmaryland.org has a 1950s photo of the Howard Street front.'],
      [65, 'l', 'Will that do?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Let me know if that\'s not quite what you had in mind"',
    lines: [
      [0, 'p', 'what is a good biography of Frederick Douglass for high school'],
      [20, 'l', 'Hi, this is the Talbot County Free Library chat. Is it for a report or just to read?'],
      [40, 'p', 'report'],
      [60, 'l', 'Frederick Douglass: Prophet of Freedom by David W. Blight is the standard one; it is at B DOUGLASS.'],
      [65, 'l', "Let me know if that's not quite what you had in mind."],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Does that point you in the right direction?"',
    lines: [
      [0, 'p', 'i need statistics on opioid overdoses in maryland by county'],
      [20, 'l', 'Hi, this is the research chat at Frostburg State University. Which years?'],
      [40, 'p', 'last 5'],
      [60, 'l', 'The Maryland Department of Health posts annual overdose reports by county at health.maryland.gov/vsa.'],
      [65, 'l', 'Does that point you in the right direction?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: 'terse "How\'s that?" after a link',
    lines: [
      [0, 'p', 'whats the phone number for the hagerstown branch'],
      [15, 'l', 'Hi, Washington County Free Library here. The main library downtown?'],
      [30, 'p', 'yes'],
      [40, 'l', 'It is 301-739-3250, and the hours are at wcpl.info/hours.'],
      [45, 'l', "How's that?"],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Does that sound like what your professor is asking for?"',
    lines: [
      [0, 'p', 'i need a primary source about the 1968 baltimore riots'],
      [20, 'l', 'Hi, this is the Ask a Librarian chat at UMBC. Does it need to be a text, or can it be a photo or oral history?'],
      [40, 'p', 'any kind'],
      [60, 'l', 'The Baltimore \'68 oral history collection at archives.ubalt.edu/bsr has interviews with residents.'],
      [65, 'l', 'Does that sound like what your professor is asking for?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Does this look like the right form?"',
    lines: [
      [0, 'p', 'i need the form to change my name on my car title'],
      [20, 'l', 'Hi, this is the Ask Us Now chat. Is the car titled in Maryland?'],
      [40, 'p', 'yes'],
      [60, 'l', 'The MVA form VR-005 is at mva.maryland.gov under Vehicle Services > Forms.'],
      [65, 'l', 'Does this look like the right form?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Is that more or less what you needed?"',
    lines: [
      [0, 'p', 'is there a list of summer camps for kids in howard county'],
      [20, 'l', 'Hello! Howard County Library System here. What ages?'],
      [40, 'p', '8 and 10'],
      [60, 'l', 'Howard County Recreation and Parks lists every camp by age at howardcountymd.gov/camps.'],
      [65, 'l', 'Is that more or less what you needed?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: '"Was I able to answer everything?"',
    lines: [
      [0, 'p', 'how many books can i check out at once and for how long'],
      [15, 'l', 'Hi, this is the Cecil County Public Library chat. Adult card or kids card?'],
      [30, 'p', 'adult'],
      [40, 'l', 'Adult cards can have 50 items out, for 3 weeks each; the policy is at cecil.ebranch.info/borrowing.'],
      [50, 'l', 'Was I able to answer everything?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: 'Spanish: "¿Con eso tiene lo que necesita?"',
    lines: [
      [0, 'p', 'como saco la tarjeta de la biblioteca'],
      [20, 'l', 'Hola, le atiende Marta de la Biblioteca del Condado de Frederick. ¿Vive en el condado?'],
      [40, 'p', 'si'],
      [60, 'l', 'Puede pedirla en línea en fcpl.org/tarjeta y recogerla en cualquier sucursal con un documento de identidad.'],
      [65, 'l', '¿Con eso tiene lo que necesita?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: 'near miss: "Hopefully that\'s what you were after!" hopes, it asks nothing',
    lines: [
      [0, 'p', 'do you have the new edition of the DSM'],
      [20, 'l', 'Hi, this is the library chat at Stevenson University. DSM-5-TR?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Yes, the DSM-5-TR is on reserve at the front desk and online through PsychiatryOnline on our databases page.'],
      [65, 'l', "Hopefully that's what you were after!"],
    ],
    exp: { 'followup.completeness': 'fail' },
  },
  {
    name: 'near miss: "Would a list of GED classes help?" offers what was not given',
    lines: [
      [0, 'p', 'how do i get my GED'],
      [20, 'l', 'Hello, this is the Baltimore County Public Library chat. Are you in the county?'],
      [40, 'p', 'yes'],
      [60, 'l', 'You can take the GED test at any Maryland testing center; the state page is at labor.maryland.gov/gedmd.'],
      [65, 'l', 'Would a list of free GED prep classes near you help?'],
    ],
    exp: { 'followup.completeness': 'fail' },
  },
];

// ---- referrals ----------------------------------------------------------------------------------
const referrals: SessionCase[] = [
  {
    name: '"Pop into the Writing Center on the 2nd floor" with no contact: a referral (own library) without one',
    lines: [
      [0, 'p', 'can someone look at my thesis statement'],
      [20, 'l', 'Hi, this is the Ask a Librarian chat at Goucher College. Is it for a first-year seminar?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Pop into the Writing Center on the 2nd floor of the library and a tutor will go over it with you.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: '"Drop a line to the archivist at archives@smcm.edu": a referral with its e-mail',
    lines: [
      [0, 'p', 'are there old yearbooks from st marys college from the 60s'],
      [20, 'l', "Hi, this is St. Mary's College of Maryland Library. Which years exactly?"],
      [40, 'p', '1962 to 1966'],
      [60, 'l', 'We have them in the college archives; drop a line to the archivist at archives@smcm.edu to set up a visit.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: '"Shoot the ILL office an email at ill@umbc.edu"',
    lines: [
      [0, 'p', 'my interlibrary loan request has been pending for 3 weeks'],
      [20, 'l', 'Hello, this is the UMBC Library chat. Is it a book or an article?'],
      [40, 'p', 'a book'],
      [60, 'l', 'Shoot the ILL office an email at ill@umbc.edu with the request number and they will chase it.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: '"Head down to the circulation desk" with no contact: fail',
    lines: [
      [0, 'p', 'i lost my student id, can i still borrow a laptop'],
      [20, 'l', 'Hi, this is the library chat at Bowie State University. Are you on campus now?'],
      [40, 'p', 'yes in the library'],
      [60, 'l', 'Head down to the circulation desk with a photo ID and they can look up your account.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: '"Check with HR" with no contact: a referral without contact',
    lines: [
      [0, 'p', 'does the county pay for my library science degree? i work for the library'],
      [20, 'l', 'Hi, this is the staff help chat at Harford County Public Library. Are you full-time?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Tuition assistance depends on your position, so check with HR about the current rules.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'run it by your doctor: "I\'d run that by your doctor" with no contact: fail',
    lines: [
      [0, 'p', 'is it safe to take ibuprofen with my blood pressure meds'],
      [20, 'l', 'Hello, this is the consumer health chat at the Health Sciences and Human Services Library. Do you know the name of the blood pressure drug?'],
      [40, 'p', 'lisinopril'],
      [60, 'l', "MedlinePlus has the drug page for lisinopril with its interactions. I'd run that by your doctor before combining them, though."],
    ],
    exp: { 'referral.contact': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'an agency\'s website is a source, not a referral: "Visit the Health Department\'s website at health.maryland.gov"',
    lines: [
      [0, 'p', 'where can i find covid vaccine locations'],
      [20, 'l', 'Hi, this is Ask Us Now. Are you in Maryland?'],
      [40, 'p', 'yes baltimore'],
      [60, 'l', "Visit the Health Department's website at health.maryland.gov and use the vaccine finder."],
    ],
    exp: { 'referral.contact': 'na', 'info.source': 'pass' },
  },
  {
    name: '"Go to the county website" points to a place to look, not a party: no referral',
    lines: [
      [0, 'p', 'when is bulk trash pickup'],
      [20, 'l', 'Hi, Carroll County Public Library here. Which town do you live in?'],
      [40, 'p', 'westminster'],
      [60, 'l', 'Go to the county website and search for bulk pickup, the schedule is there.'],
    ],
    exp: { 'referral.contact': 'na' },
  },
  {
    name: 'Spanish: "Acuda a la oficina del Registro Civil" with no contact: fail',
    lines: [
      [0, 'p', 'necesito una copia de mi certificado de matrimonio'],
      [20, 'l', 'Hola, soy Inés de la biblioteca. ¿Se casó en Maryland?'],
      [40, 'p', 'no, en el salvador'],
      [60, 'l', 'Acuda a la oficina del Registro Civil de su municipio en El Salvador o al consulado.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'two parties, each with a contact: pass',
    lines: [
      [0, 'p', 'my mom needs help with medicare part d and also her property tax credit'],
      [20, 'l', 'Hi, this is the Ask Us chat at Frederick County Public Libraries. Is she 65 or older?'],
      [40, 'p', 'yes 71'],
      [60, 'l', 'For Medicare, call the SHIP counselors at 301-600-1234. For the tax credit, contact the State Department of Assessments at 410-767-4433.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'near miss: "I\'ve emailed our cataloguer and she will fix the record" is the provider acting',
    lines: [
      [0, 'p', 'the catalog says the book is in but the shelf is empty'],
      [20, 'l', 'Hi, this is the Calvert Library chat. Which title?'],
      [40, 'p', 'Demon Copperhead'],
      [60, 'l', "Thanks. I've emailed our cataloguer and she will fix the record today."],
    ],
    exp: { 'referral.contact': 'na' },
  },
  {
    name: 'the party\'s address in the next message ("They\'re at 100 N. Calvert St.")',
    lines: [
      [0, 'p', 'where do i get a marriage license in baltimore city'],
      [20, 'l', 'Hi, Enoch Pratt Free Library here. Are both of you 18 or older?'],
      [40, 'p', 'yes'],
      [60, 'l', 'You need to visit the Clerk of the Circuit Court for Baltimore City, Marriage License Department.'],
      [65, 'l', "They're at 100 N. Calvert St., Room 628."],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'law library: "A self-help center attorney can go over the form with you at 410-260-1392"',
    lines: [
      [0, 'p', 'i need to file for custody and i dont have a lawyer'],
      [20, 'l', 'Hello, this is the Maryland State Law Library reference chat. Is there a case open already?'],
      [40, 'p', 'no'],
      [60, 'l', 'A Maryland Court Help Center attorney can go over the form with you for free; they are at 410-260-1392.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
];

// ---- variants: each v6 fix on another phrasing (and near misses next to it) -----------------------
const variants: SessionCase[] = [
  {
    name: 'hold variant: "Rummaging through our vertical files now" then 125 s: fail',
    lines: [
      [0, 'p', 'was there ever a drive-in movie theater in glen burnie'],
      [20, 'l', 'Hi, Anne Arundel County Public Library here. Do you know roughly when?'],
      [40, 'p', '1960s'],
      [50, 'l', 'Rummaging through our vertical files now.'],
      [175, 'l', 'Yes, the Glen Burnie Drive-In ran from 1948 to 1986; the clipping file is described at aacpl.net/localhistory.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'hold variant: "ok almost there!" then 130 s: fail',
    lines: [
      [0, 'p', 'what was the population of ocean city in 1950'],
      [20, 'l', 'Hi, Worcester County Library here. The town only, or the whole county?'],
      [40, 'p', 'town'],
      [50, 'l', 'Checking the census now.'],
      [140, 'l', 'ok almost there!'],
      [270, 'l', 'Ocean City had 1,234 residents in 1950; see census.gov for the 1950 tables.'],
    ],
    exp: { 'interest.keep_informed': 'fail' },
  },
  {
    name: 'near miss: "You\'re almost there: click Submit" tells the patron what to do, no hold; the 200 s after it are the patron\'s',
    lines: [
      [0, 'p', 'im stuck on the library card application'],
      [20, 'l', 'Hi, Worcester County Library here. Which page are you on?'],
      [40, 'p', 'the one with the address'],
      [60, 'l', "You're almost there: fill in the address and click Submit at the bottom."],
      [260, 'p', 'done!'],
      [270, 'l', 'Great, your card number will be emailed to you within a day.'],
    ],
    exp: { 'interest.keep_informed': 'pass' },
  },
  {
    name: 'clarify variant: "Gotcha: a cookbook for someone with celiac." restates the need',
    lines: [
      [0, 'p', 'my sister has celiac and i want to get her a cookbook'],
      [20, 'l', 'Hi, Harford County Public Library here.'],
      [25, 'l', 'Gotcha: a cookbook for someone with celiac.'],
      [60, 'l', 'Gluten-Free on a Shoestring by Nicole Hunn is popular; we have 4 copies at 641.5639 HUN.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: 'clarify variant: "what grade is she in" with no "?"',
    lines: [
      [0, 'p', 'my daughter needs books on the solar system'],
      [20, 'l', 'Hi, Calvert Library here'],
      [25, 'l', 'what grade is she in'],
      [50, 'p', '4th'],
      [60, 'l', 'Try the Planets series by Gail Gibbons, J 523.4 GIB, at every branch.'],
    ],
    exp: { 'inquiry.clarify': 'pass' },
  },
  {
    name: 'near miss: "So what you need to do is log in first" gives steps, it restates nothing',
    lines: [
      [0, 'p', 'how do i renew my books online'],
      [20, 'l', 'Hi, Calvert Library here.'],
      [25, 'l', 'So what you need to do is log in first, then click My Account and Renew All on calvertlibrary.info.'],
    ],
    exp: { 'inquiry.clarify': 'fail' },
  },
  {
    name: 'completeness variants: "Is this on the right track?"',
    lines: [
      [0, 'p', 'i need a theory for my nursing paper about patient comfort'],
      [20, 'l', 'Hi, this is the Health Sciences Library chat. Is it for a theory course?'],
      [40, 'p', 'yes'],
      [60, 'l', "Kolcaba's Comfort Theory fits; CINAHL has the original 1994 article."],
      [65, 'l', 'Is this on the right track?'],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: 'completeness variants: "Let me know if this isn\'t what you needed"',
    lines: [
      [0, 'p', 'need the 2024 maryland drivers handbook'],
      [20, 'l', 'Hi, this is Ask Us Now. English or Spanish?'],
      [40, 'p', 'english'],
      [60, 'l', 'The handbook is a PDF at mva.maryland.gov/handbook.'],
      [65, 'l', "Let me know if this isn't what you needed."],
    ],
    exp: { 'followup.completeness': 'pass' },
  },
  {
    name: 'source variants: "the APA Publication Manual" and DynaMed named alone',
    lines: [
      [0, 'p', 'how do i cite a clinical guideline in apa'],
      [20, 'l', 'Hi, this is the nursing librarian at Coppin State. Is it from a website or a journal?'],
      [40, 'p', 'website'],
      [60, 'l', 'Section 10.2 of the APA Publication Manual has the pattern, and DynaMed shows how it lists its own guidelines.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'source variant: "On our website, hover over Services and the notary page is the third link down"',
    lines: [
      [0, 'p', 'do you have a notary'],
      [20, 'l', 'Hi, Somerset County Library here. Which branch?'],
      [40, 'p', 'crisfield'],
      [60, 'l', 'Yes; on our website, hover over Services and the notary page is the third one down.'],
    ],
    exp: { 'info.source': 'pass' },
  },
  {
    name: 'referral variants: "Fire off an email to the bursar at bursar@towson.edu": pass',
    lines: [
      [0, 'p', 'why was i charged a library fee on my tuition bill'],
      [20, 'l', 'Hi, this is Cook Library at Towson. Is it a fine or a course fee?'],
      [40, 'p', 'it says library fee'],
      [60, 'l', 'Fire off an email to the bursar at bursar@towson.edu and they can explain the line item.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'referral variants: "Head upstairs to the Media Services desk" with no contact: fail',
    lines: [
      [0, 'p', 'can i borrow a camera'],
      [20, 'l', 'Hi, this is the library chat at Bowie State. For a class?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Head upstairs to the Media Services desk with your ID and they will check one out to you.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'referral variants: "run it past your advisor" with no contact: fail',
    lines: [
      [0, 'p', 'can i use a library research course as my elective'],
      [20, 'l', 'Hi, this is the research help chat at Frostburg. What is your major?'],
      [40, 'p', 'history'],
      [60, 'l', 'LIBR 150 counts as a general elective, but run it past your advisor before you register.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'near miss: "the Social Security Administration\'s online portal" is a place to look, no referral',
    lines: [
      [0, 'p', 'how do i get a replacement social security card'],
      [20, 'l', 'Hi, this is Ask Us Now. Is it your own card?'],
      [40, 'p', 'yes'],
      [60, 'l', "Visit the Social Security Administration's online portal at ssa.gov/myaccount and request it there."],
    ],
    exp: { 'referral.contact': 'na', 'info.source': 'pass' },
  },
  {
    name: 'near miss: "Contact the registrar through their website" is a referral, with no address given: fail',
    lines: [
      [0, 'p', 'how do i get my transcript from when i went here in 1998'],
      [20, 'l', 'Hi, this is the library at Hood College. Do you need an official copy?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Contact the registrar through their website; they handle all transcript requests.'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: '"Email Vital Records at … and they will send it to you": the address is the party\'s, a source and a referral with contact',
    lines: [
      [0, 'p', 'i need my sons birth certificate, he was born in annapolis'],
      [20, 'l', 'Hi, Anne Arundel County Public Library here. Do you need a certified copy?'],
      [40, 'p', 'yes for school'],
      [60, 'l', 'Email the Division of Vital Records at dhmh.vsa@maryland.gov and they will send it to you.'],
    ],
    exp: { 'info.source': 'pass', 'referral.contact': 'pass' },
  },
  {
    name: 'the number in the sentence before the referral is the party\'s ("Here is the number: … Call the clerk\'s office"): pass',
    lines: [
      [0, 'p', 'how do i get court records for a 2005 divorce'],
      [20, 'l', 'Hi, Carroll County Public Library here. Was it in Carroll County?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Here is the number: 410-386-2026. Call the Circuit Court clerk\'s office and ask for the family records desk.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'a URL given for something else before the referral is no way to reach the party: fail',
    lines: [
      [0, 'p', 'my grandfather is buried somewhere in frederick, how do i find the grave'],
      [20, 'l', 'Hi, Frederick County Public Libraries here. Do you know the year he died?'],
      [40, 'p', '1951'],
      [60, 'l', 'Our cemetery index at fcpl.org/cemeteries lists him at Mount Olivet. For the plot number, ask the cemetery office.'],
    ],
    exp: { 'referral.contact': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'the next message "Located at 350 Rowe Blvd" gives the party\'s address: pass',
    lines: [
      [0, 'p', 'where can i see the original maryland constitution'],
      [20, 'l', 'Hi, Ask Us Now here. In person?'],
      [40, 'p', 'yes'],
      [60, 'l', 'You can visit the Maryland State Archives search room.'],
      [65, 'l', 'Located at 350 Rowe Blvd, Annapolis, open Tuesday to Friday.'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
];

// ---- whole sessions, every check -----------------------------------------------------------------
const whole: SessionCase[] = [
  {
    name: 'whole: LibChat academic, a restatement, a research guide, "Does that point you in the right direction?", anything else, goodbye',
    lines: [
      [0, 'p', 'hi i have a lit review due for my social work class on foster care outcomes'],
      [25, 'l', "Hi there! You're chatting with Odette, a librarian at Salisbury University Libraries.", ODETTE],
      [30, 'l', 'Just to make sure I am on the same page, you need studies on how kids do after leaving foster care.', ODETTE],
      [60, 'p', 'yes exactly, aging out'],
      [75, 'l', 'Our Social Work research guide is the place to start: guides.salisbury.edu/socialwork, then the Databases tab, and try Social Services Abstracts with "aging out" AND outcomes.', ODETTE],
      [80, 'l', 'Does that point you in the right direction?', ODETTE],
      [120, 'p', 'yes thank u'],
      [125, 'l', 'Anything else I can help with tonight?', ODETTE],
      [150, 'p', 'nope thats all'],
      [155, 'l', 'Good luck with the review, take care!', ODETTE],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: 24/7 cooperative macro, a provider from another library, a referral to the home library by e-mail, "let me know if that\'s not quite it"',
    lines: [
      [0, 'p', 'my library card got blocked and i dont know why'],
      [5, 'l', 'Thank you for using Ask Us 24/7. A librarian will be with you in a moment.'],
      [50, 'l', "Hi, I'm a librarian from another library in the cooperative. Which library issued your card?", MEI],
      [80, 'p', 'Howard County'],
      [100, 'l', 'I cannot see local accounts, but Howard County Library System staff can: email them at ask@hclibrary.org or call 410-313-7800 and they will unblock it.', MEI],
      [105, 'l', "Let me know if that's not quite what you needed.", MEI],
      [140, 'p', 'ok ill email them, thx'],
      [145, 'l', 'Thanks for chatting with Ask Us 24/7. Goodbye!', MEI],
    ],
    over: { provider: { id: 'mei', name: 'Mei L.', library: 'CPL' }, queue: 'global' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'whole: medical library, "I\'ll have a quick look" then 140 s, ClinicalKey, "Will that do?", the patron says she is done',
    lines: [
      [0, 'p', 'Hello, I need a recent review on sepsis bundles for a nursing journal club'],
      [20, 'l', 'Good afternoon, this is the Health Sciences Library. How recent do you need, last 5 years?'],
      [45, 'p', 'yes 5 years'],
      [50, 'l', "I'll have a quick look in our nursing databases."],
      [190, 'l', 'CINAHL has a 2022 systematic review, "Sepsis bundle compliance and mortality", in Critical Care Nurse; ClinicalKey has the full text.'],
      [195, 'l', 'Will that do?'],
      [230, 'p', "yes that's everything, thanks!"],
      [235, 'l', 'Glad I could help. Good luck at journal club, bye!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: SMS, a screen name only, no question, an app without steps, "hope that helps", no goodbye',
    lines: [
      [0, 'p', 'do u have audiobooks i can listen to in the car'],
      [40, 'l', 'yep! get the Libby app', GUS],
      [50, 'l', 'hope that helps', GUS],
      [90, 'p', 'k'],
    ],
    over: { provider: { id: 'gus', name: 'gus_h', library: 'TST' } },
    exp: all({
      pickup: 'pass', greeting: 'fail', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: law library, the Bluebook, a referral to the clerk with a phone, "How\'s that?", anything else, goodbye',
    lines: [
      [0, 'p', 'how do i find out if there is a judgment against me'],
      [30, 'l', 'Hello, this is the reference desk at the Maryland State Law Library.'],
      [35, 'l', 'Is the case in District Court or Circuit Court, do you know?'],
      [70, 'p', 'district i think'],
      [90, 'l', 'Search your name in Maryland Judiciary Case Search at casesearch.courts.state.md.us. For a copy of the judgment, call the District Court clerk at 410-260-1400.'],
      [95, 'l', "How's that?"],
      [130, 'p', 'good'],
      [135, 'l', 'Is there anything else I can look up for you?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thanks for contacting the Law Library, goodbye.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'pass', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'pass', transfer: 'na',
    }),
  },
  {
    name: 'whole: genealogy, two questions, holds every 100 s, an index URL, a referral without contact, a follow-up promised with e-mail and day',
    lines: [
      [0, 'p', 'Hi, I am looking for my great-grandmother Ida Brandt, died in Frederick around 1918, and where she is buried'],
      [20, 'l', "Hi there! I'm Lorna, the Maryland Room librarian at Frederick County Public Libraries."],
      [25, 'l', 'Do you know if she died in the flu epidemic?'],
      [60, 'p', 'family says yes, october 1918'],
      [70, 'l', 'Let me check our obituary index.'],
      [170, 'l', 'Still searching, the 1918 index is on microfilm.'],
      [260, 'l', 'Her obituary ran in the Frederick News on October 19, 1918. Our obituary index at fcpl.org/obits lists it. For the burial, ask the Mount Olivet Cemetery office.'],
      [270, 'l', 'I can scan the obituary and email it to you by Thursday. What email should I send it to?'],
      [300, 'p', 'ibrandt.family@gmail.com'],
      [310, 'l', 'Got it, ibrandt.family@gmail.com, you will have it by Thursday. Thanks for chatting!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: null, phone: null } },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'fail', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'pass', onTime: 'pending', referral: 'fail', transfer: 'na',
    }),
  },
  {
    name: 'whole: school library, a question without "?", a book with its author, "is that the kind of book your teacher wants", patron leaves, check-in and notice',
    lines: [
      [0, 'p', 'i need a book about the underground railroad for a book report'],
      [15, 'l', "Hi! This is Ms. Park, the librarian at Glenelg High School's media center."],
      [20, 'l', 'does it have to be fiction or nonfiction'],
      [50, 'p', 'fiction'],
      [60, 'l', 'The Underground Railroad by Colson Whitehead works for high school, and we have two copies in the library.'],
      [65, 'l', 'Is that the kind of book your teacher wants?'],
      [200, 'l', 'Are you still with me?'],
      [300, 'l', "It seems you've left the chat, so I'll close this chat now. Come back anytime!"],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: Spanish, "Un segundito" then 130 s, an organisation without contact, "¿Con eso tiene lo que necesita?", goodbye',
    lines: [
      [0, 'p', 'buenas, donde puedo aprender a usar la computadora? tengo 70 años'],
      [20, 'l', 'Buenas tardes, le atiende Lucía, bibliotecaria del Condado de Prince George.'],
      [25, 'l', '¿Prefiere clases en persona o por internet?'],
      [60, 'p', 'en persona'],
      [70, 'l', 'Un segundito, por favor, que reviso el calendario.'],
      [200, 'l', 'Tenemos clases gratis de computación los martes en la sucursal de Langley Park; el calendario está en pgcmls.info/eventos.'],
      [205, 'l', 'También la organización Senior Planet da clases para mayores de 60.'],
      [210, 'l', '¿Con eso tiene lo que necesita?'],
      [240, 'p', 'si muchas gracias'],
      [245, 'l', '¡Gracias a usted! Que tenga buena tarde.'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: public library, "Pop into" the branch with no contact, no source, no question, "Is that along the lines of what you wanted?"',
    lines: [
      [0, 'p', 'can i get a passport at the library'],
      [20, 'l', 'Hello from Montgomery County Public Libraries!'],
      [25, 'l', 'Yes, a few branches take passport applications; pop into the Silver Spring branch with your documents and photo.'],
      [30, 'l', 'Is that along the lines of what you wanted?'],
      [60, 'p', 'ok thanks'],
      [65, 'l', 'Have a great day!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'fail', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'na',
    }),
  },
  {
    name: 'whole: LibraryH3lp, a DOI, a restatement after the noun ("…, gotcha"), a wait of 130 s the patron\'s "?" does not restart, "How\'s that?"',
    lines: [
      [0, 'p', 'need the full text of the 2019 lancet article on global burden of disease'],
      [30, 'l', 'Hi, this is Ask Us at Morgan State University Library.'],
      [35, 'l', 'The 2019 Global Burden of Disease paper in The Lancet, gotcha.'],
      [40, 'p', 'yes'],
      [60, 'p', '?'],
      [170, 'l', 'Its DOI is 10.1016/S0140-6736(20)30925-9; paste it into the library search box and choose the Lancet full text link.'],
      [175, 'l', "How's that?"],
      [210, 'p', 'got it, perfect thanks'],
      [215, 'l', 'You are welcome, bye!'],
    ],
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: a Springshare canned greeting, an agency\'s website (no referral), "Does this look like the right form?", no code',
    lines: [
      [0, 'p', 'where is the form to apply for energy assistance'],
      [10, 'l', 'Hi! Thanks for contacting Ask a Librarian at Baltimore County Public Library. A staff member will be right with you.'],
      [40, 'l', 'Is this for heating or for electric bills?'],
      [70, 'p', 'both'],
      [90, 'l', "Visit the Office of Home Energy Programs' website at dhs.maryland.gov/office-of-home-energy-programs; one application covers both."],
      [95, 'l', 'Does this look like the right form?'],
      [130, 'p', 'yes'],
      [135, 'l', 'Great. Thanks for chatting with us!'],
    ],
    over: { resolutionCode: null },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
      courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'whole: the patron left before any answer; only the greeting and a question: no substantive exchange',
    lines: [
      [0, 'p', 'what time does the book sale start'],
      [30, 's', 'Patron left the chat', { event: 'patron_left' } as Partial<Message>],
      [40, 'l', 'Hi, this is the Carroll County Public Library chat. Are you still there?'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
];

describeSessions('sixth round: holds and silences', holds);
describeSessions('sixth round: clarifying questions and restatements', clarifying);
describeSessions('sixth round: sources', sources);
describeSessions('sixth round: completeness', completeness);
describeSessions('sixth round: referrals', referrals);
describeSessions('sixth round: variants of the fixes', variants);
describeSessions('sixth round: whole sessions, every check', whole);
