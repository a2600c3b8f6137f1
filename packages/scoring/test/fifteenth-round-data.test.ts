/**
 * Fifteenth round, area (P8): DATA, STATISTICS AND DOCUMENTS questions. Census and ACS tables (data.census.gov, table
 * IDs such as S1901 and B19013), labor statistics (BLS, LAUS, OEWS, state labor market information offices), crime
 * and school data, patents and trademarks (USPTO, Patent Public Search, the library's PTRC), standards (ASTM Compass,
 * ISO through a database or interlibrary loan), government documents (GovInfo, Congressional reports, state
 * legislative histories), maps and GIS (parcel shapefiles, state geodata portals), company and market data
 * (Statista, IBISWorld, Data Axle, SimplyAnalytics, Mergent named without URLs), datasets and code books (IPUMS,
 * ICPSR). Sources in every form (URL, domain, a database named, a table ID inside a named survey, step-by-step
 * navigation, a call number, a citation) against non-sources (an agency named with no way to reach it, "the census has
 * that"); referrals to data librarians, state data centers, county GIS offices and the PTRC librarian with and
 * without contacts; follow-ups to send a compiled table later, with and without the patron's contact and a when;
 * clarifying questions about geography, year and format, and questions asked only with or after the first source.
 * Voices: public libraries, academic data services, a PTRC, the statewide cooperative, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - A named survey or table series is a named resource (a publication/database): "Table B19013 in the American
 *   Community Survey 5-year estimates", "the Statistical Abstract … at REF HA202 .S7", a citation of the 2020 Census
 *   DHC file, "Statista", "IBISWorld", "the FBI's Crime Data Explorer" are sources. An agency named as the holder of
 *   the data with no way to reach it ("the Bureau of Labor Statistics publishes that", "the census has that", "the
 *   FBI collects those numbers") is not.
 * - "On the sheriff's site, click Reports > Annual Reports and open the 2023 PDF" is a web page with the steps to
 *   reach it: a source.
 * - A question asked only in the message that gives the first source (or after it) is not "before the first message
 *   that gives a source" (the twelfth round's reading); a restatement ("So you're after …") counts.
 * - "Would a breakdown by race also be useful?" and "Want me to pull the 2010 numbers too?" ask about something not
 *   yet given: no completeness question; "Were you able to download the CSV?" right after the steps asks whether they
 *   worked (P4's reading of "were you able to get in?").
 * - Telling the patron to make an appointment with, email or call the library's own PTRC or government documents
 *   staff is a referral (the library's own department); "Patent Public Search is run by the USPTO at ppubs.uspto.gov"
 *   points to a site: a source, no referral. "the 2nd floor" is no way to reach a department.
 * - "I'll pull the numbers into a spreadsheet and email it to you by Thursday" promises a follow-up with a when;
 *   "once I've pulled it together" says no when; an offer the patron declines is no promise.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, T0, type SessionCase, some, sys, usual, who } from './helpers';

const H = 3_600_000;
const done = (hours: number) => [{ doneAt: new Date(T0 + hours * H).toISOString(), by: 'jo', note: 'sent the table' }];

export const whole: SessionCase[] = [
  // ---- census and ACS -------------------------------------------------------------------------------------------------
  {
    name: 'public library: median household income for a county, year and geography asked, data.census.gov table S1901 with the steps, "Does that give you the number you need?", patron done',
    lines: [
      [0, 'p', 'Hi, where can I find the median household income for Buncombe County? Its for a grant application'],
      [31, 'l', "Hi there, thanks for reaching out to Buncombe County Public Libraries! I'm Renee, one of the reference librarians. Do you need the most recent year, or a particular year the grant asks for?"],
      [80, 'p', 'most recent I think. the grant just says "current census data"'],
      [88, 'l', 'Got it. Should it be the whole county, or a city like Asheville inside it?'],
      [120, 'p', 'whole county'],
      [127, 'l', 'One moment while I pull it up.'],
      [200, 'l', 'Go to data.census.gov, type "S1901 Buncombe County" in the search box and open the table "Income in the Past 12 Months" (ACS 5-Year Estimates). Row "Median income (dollars)", column Households, is the figure; for 2023 it was $67,830. Does that give you the number you need?'],
      [260, 'p', 'yes perfect!! thats all I needed'],
      [268, 'l', 'Wonderful, good luck with the grant! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    // reading: "The Census Bureau has all that by zip code" names an agency as the holder with no way to reach it: no
    // source; "Did that help?" still asks whether what was given (the answer that the data exist) meets the need
    name: 'non-source: "The Census Bureau has all that by zip code, it\'s free" with no URL or database: source fails; clarify and the completeness question pass',
    lines: [
      [0, 'p', 'how many people live in 43215 zip code'],
      [22, 'l', 'Hello! This is Marcus with Columbus Metropolitan Library. Do you need just the total population, or ages and race too?'],
      [60, 'p', 'just total'],
      [69, 'l', "The Census Bureau has all that by zip code, it's free to look up: 43215 had about 13,000 people in 2020. Did that help?"],
      [110, 'p', 'ok thats all i needed'],
      [116, 'l', 'Thanks for chatting, have a good one.'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'Spanish: población hispana de un condado, "¿Es para el condado entero o para una ciudad?", data.census.gov con los pasos, "¿Le sirve?", "¿Algo más?"',
    lines: [
      [0, 'p', 'hola necesito saber cuantos latinos viven en el condado de yakima'],
      [27, 'l', '¡Hola! Le atiende Gloria, bibliotecaria de Yakima Valley Libraries. ¿Es para el condado entero o para una ciudad en particular?'],
      [70, 'p', 'el condado entero, es para una tarea'],
      [78, 'l', 'Perfecto. En data.census.gov escriba "DP05 Yakima County" y abra la tabla DP05 (ACS 5 años). En la fila "Hispanic or Latino (of any race)" verá el número y el porcentaje: en 2023 eran unas 133,000 personas, el 51%. ¿Le sirve?'],
      [125, 'p', 'si muchas gracias'],
      [131, 'l', '¿Algo más en que le pueda ayudar?'],
      [160, 'p', 'no eso es todo'],
      [166, 'l', '¡Con gusto! Que le vaya bien en su tarea.'],
    ],
    exp: usual(),
  },
  {
    // reading: the only question about the need comes after the first message that gives a source: clarify fails
    name: 'no clarifying question before the source: ACS commute table given at once, "Do you need it by tract?" only after it; completeness and anything else never asked',
    lines: [
      [0, 'p', 'Looking for data on how people in Tacoma get to work (bus, car, etc)'],
      [29, 'l', "Hi, I'm Owen at Tacoma Public Library. That's ACS table S0801, Commuting Characteristics by Sex, at data.census.gov/table/ACSST5Y2023.S0801?g=160XX00US5370000."],
      [80, 'p', 'ok'],
      [88, 'l', 'Do you also need it by census tract?'],
      [130, 'p', 'city is fine'],
      [137, 'l', 'Great. Thanks for using Ask a Librarian!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'state data center referral with e-mail and URL, IPUMS as source, code book question answered; "Is that what you were after?"',
    lines: [
      [0, 'p', 'hi, I am using ACS microdata from IPUMS and I cant find what the codes for the variable TRANWORK mean. also is there a way to get custom tables for small towns?'],
      [34, 'l', 'Hello and welcome to Research Data Services at UW-Madison Libraries, this is Priya. Which sample are you using, the 1-year or 5-year ACS?'],
      [90, 'p', '2022 5-year'],
      [97, 'l', 'The code book for TRANWORK is on its variable page: usa.ipums.org/usa-action/variables/TRANWORK#codes_section (10 = auto, 36 = subway, 60 = bicycle and so on). Is that what you were after?'],
      [150, 'p', 'yes thanks! and the custom tables?'],
      [158, 'l', "For small-town custom tabulations, contact the Wisconsin State Data Center at the Applied Population Lab: apl@example.edu, or apl.wisc.edu. They do runs for places under 5,000. Anything else I can help with today?"],
      [210, 'p', "no that's everything"],
      [216, 'l', 'Happy coding, and thanks for stopping by the chat!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- labor statistics ------------------------------------------------------------------------------------------------
  {
    name: 'academic: wages for dental hygienists in a metro, OEWS on bls.gov, completeness "Is that the level of detail you need?", anything else',
    lines: [
      [0, 'p', 'I need average salary of dental hygienists in the Denver area for a career paper'],
      [25, 'l', "Hi! You've reached Auraria Library's Ask Us chat; I'm Tomas. Do you need the hourly wage, the annual one, or both?"],
      [66, 'p', 'annual'],
      [73, 'l', 'Give me a sec to find the metro table.'],
      [150, 'l', 'The BLS Occupational Employment and Wage Statistics page for the Denver-Aurora-Lakewood metro is at bls.gov/oes/current/oes_19740.htm: code 29-1292 Dental Hygienists shows an annual mean wage of $98,370 (May 2023). Is that the level of detail you need?'],
      [200, 'p', 'yes thank you'],
      [206, 'l', 'Anything else I can help you find?'],
      [230, 'p', 'nope'],
      [236, 'l', 'Good luck with the paper! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    name: 'SMS: county unemployment rate, LAUS at bls.gov/lau, "that help?", "yes thats all thx"',
    lines: [
      [0, 'p', 'whats the unemployment rate in cass county nd'],
      [40, 'l', 'Hi, NDLA Text-a-Librarian, this is Jen. Latest month or the yearly avg?'],
      [95, 'p', 'latest'],
      [103, 'l', 'Sept 2025: 2.1% (prelim). From BLS LAUS: bls.gov/lau, Databases > county data. that help?'],
      [150, 'p', 'yes thats all thx'],
      [156, 'l', 'np, thanks for texting!'],
    ],
    exp: usual(),
  },
  {
    name: 'silence: CPI question, 150 s of searching with no hold after the patron\'s answer: keep_informed fails',
    lines: [
      [0, 'p', 'how much would $5,000 in 1985 be worth today'],
      [20, 'l', "Hello, this is Dale at Tulsa City-County Library. Do you mean buying power in today's dollars, like an inflation calculator?"],
      [55, 'p', 'yes'],
      [205, 'l', 'The BLS CPI Inflation Calculator at data.bls.gov/cpicalc gives about $14,600 for January 1985 to September 2025. Does that answer your question?'],
      [240, 'p', 'yes great, no more questions'],
      [246, 'l', 'Thanks for using the library chat. Take care!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "Minnesota's labor market office" told to the patron to call, with no number, is a referral without contact
    name: 'labor market office named to call with no number: referral fails; DEED\'s data tool given as a source',
    lines: [
      [0, 'p', 'Is there a way to see which jobs are growing fastest in Duluth?'],
      [30, 'l', "Hi! Thanks for contacting Duluth Public Library, I'm Ingrid. Are you looking at the next 10 years, or what's hiring right now?"],
      [72, 'p', 'next 10 years, I am thinking of going back to school'],
      [80, 'l', 'The state projections are in the Employment Outlook tool at mn.gov/deed/data/data-tools/employment-outlook: pick the Northeast region and sort by percent growth. Does the tool show what you need?'],
      [140, 'p', 'yes i see it. but what do the SOC codes mean'],
      [148, 'l', 'They are the federal occupation codes. If you want help reading the projections, give the regional labor market analyst at DEED a call; they love those questions. Anything else?'],
      [190, 'p', 'no thats all'],
      [196, 'l', 'Glad it helped. Thanks, and good luck with school!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- crime and school data -------------------------------------------------------------------------------------------
  {
    name: 'follow-up: neighborhood crime counts compiled later, email confirmed and "by Thursday afternoon", coded Follow-up by me, sent next morning',
    lines: [
      [0, 'p', 'Hi I need burglary numbers for Logan Square and Avondale for the last 5 yrs for a block club meeting'],
      [28, 'l', "Hello! This is Keisha, a librarian at Chicago Public Library. By neighborhood you mean the community areas, right? Not police beats?"],
      [70, 'p', 'yes community areas'],
      [78, 'l', 'The raw data is on the city portal: data.cityofchicago.org, dataset "Crimes - 2001 to Present", filter Primary Type = BURGLARY and Community Area = 22 or 21. It takes some work to total by year, so I can pull the numbers into a spreadsheet for you.'],
      [120, 'p', 'that would be amazing'],
      [127, 'l', "I'll email it to you by Thursday afternoon. What email should I use?"],
      [160, 'p', 'blockclub.ana@example.org'],
      [167, 'l', 'Got it: blockclub.ana@example.org. Does that plan work, and does the portal link help in the meantime?'],
      [200, 'p', 'yes thank you so much, thats all for now'],
      [206, 'l', 'My pleasure, talk soon!'],
    ],
    over: { ...FU_ME, followUps: done(20) },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "once I've pulled it together" waits on the work with no time: no when
    name: 'follow-up with no when: "I\'ll email you the table once I\'ve pulled it together", email typed by the patron; not yet sent: contact fails, on-time pending',
    lines: [
      [0, 'p', 'Can you get me graduation rates for every high school in Fresno Unified for the past 3 years'],
      [26, 'l', 'Hi, this is Luis from Fresno County Public Library. Four-year cohort rates, or the five-year ones?'],
      [70, 'p', '4 year'],
      [77, 'l', 'Those are on DataQuest (dq.cde.ca.gov): choose Level District, Fresno Unified, then Four-Year Adjusted Cohort Graduation Rate. It only shows one year at a time, so I\'ll put the three years in one table and email you the table once I\'ve pulled it together. What address should I send it to?'],
      [120, 'p', 'mt.vue@example.org'],
      [126, 'l', 'Thanks! Does DataQuest look like what you need meanwhile?'],
      [160, 'p', 'yes. thats all thanks'],
      [166, 'l', 'You are welcome, have a good day!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up promised in the chat but coded Answered: resolution fails; contact confirmed and "tomorrow before noon"; sent in 18 h',
    lines: [
      [0, 'p', 'where can i find test scores for schools in my district, we are choosing between two middle schools'],
      [24, 'l', "Hi, I'm Beth at Loudoun County Public Library. Which two schools are you comparing?"],
      [60, 'p', 'Belmont Ridge and Harmony'],
      [67, 'l', "Virginia's School Quality Profiles at schoolquality.virginia.gov have SOL pass rates for each: search the school name and open Assessments. I'll also put the two side by side in a one-page chart and send it to you tomorrow before noon. Which email?"],
      [110, 'p', 'kpatel.home@example.org'],
      [117, 'l', 'Great, kpatel.home@example.org it is. Do the profiles have what you were looking for?'],
      [150, 'p', 'yes thats everything'],
      [156, 'l', 'Thank you, have a nice evening!'],
    ],
    over: { followUps: done(18) },
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the FBI's Crime Data Explorer, named, is a source (a database named without a URL)
    name: 'a named resource without URL: "the FBI\'s Crime Data Explorer" is a source; "Would a chart by year also help?" asks about nothing given yet, then "Is that what you needed?"',
    lines: [
      [0, 'p', 'I need violent crime rate for Memphis compared to Nashville for a debate'],
      [29, 'l', 'Hello! Memphis Public Libraries, this is Andre. Which years does your debate cover?'],
      [75, 'p', '2015 to 2023'],
      [82, 'l', "The FBI's Crime Data Explorer has both cities' agency-level counts and rates for those years: search Memphis Police Department, then Metro Nashville PD, and pick Violent Crime. Would a chart by year also help?"],
      [130, 'p', 'no, the rates are fine'],
      [137, 'l', 'OK. Is that what you needed?'],
      [170, 'p', 'yes, all set'],
      [176, 'l', 'Good luck in the debate! Take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'slow pickup (78 s): state school report card URL, the rest good',
    lines: [
      [0, 'p', 'How do I see the enrollment numbers for Eastside Elementary by grade?'],
      [78, 'l', 'Good afternoon, Georgia Public Library Service Ask a Librarian, Carla speaking. Which county is this Eastside Elementary in? There are a few.'],
      [110, 'p', 'Whitfield county'],
      [118, 'l', 'The Governor\'s Office of Student Achievement report card at gaawards.gosa.ga.gov shows enrollment by grade: search "Eastside Elementary" and choose Whitfield, then open Enrollment. Does that show what you need?'],
      [170, 'p', 'yes! thats all, thanks'],
      [176, 'l', "You're welcome, have a great day!"],
    ],
    exp: usual({ pickup: 'fail' }),
  },

  // ---- patents and trademarks -------------------------------------------------------------------------------------------
  {
    // reading: "make an appointment with our PTRC librarian, she's in on Tuesdays" tells the patron to contact the
    // library's own department; the days are no way to reach her
    name: 'trademark: TESS\'s successor tmsearch.uspto.gov given, then "make an appointment with our PTRC librarian, she\'s in Tuesdays and Thursdays" with no contact: referral fails',
    lines: [
      [0, 'p', 'Hi, I want to name my bakery "Rise & Shine" is that trademarked already?'],
      [35, 'l', "Hello! Thanks for contacting the Ask a Librarian service at Fort Worth Public Library, my name is Hector. Is the bakery only in Texas, or do you plan to sell online across states?"],
      [80, 'p', 'just in fort worth for now'],
      [87, 'l', 'You can search federal marks for free at tmsearch.uspto.gov: type "rise and shine" and filter to Live marks in class 030 (baked goods). For help reading the results, make an appointment with our PTRC librarian, Ms. Okafor; she is in Tuesdays and Thursdays. Does that help?'],
      [140, 'p', 'ok yes. thats all'],
      [146, 'l', 'Thanks for chatting, and good luck with the bakery!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- standards ---------------------------------------------------------------------------------------------------------
  {
    name: 'academic: ASTM D638 in ASTM Compass through the databases page, "which version?", completeness and anything else',
    lines: [
      [0, 'p', 'hi do we have access to ASTM D638'],
      [24, 'l', "Hi there, welcome to Ask a Librarian at Purdue Libraries! My name is Kendra. Do you need the current version or a specific year for a lab procedure?"],
      [60, 'p', 'the current one'],
      [66, 'l', 'Yes: it is in ASTM Compass. From lib.purdue.edu/databases pick A, then ASTM Compass, and search D638; D638-22 is the current one and you can download the PDF. Were you able to open it?'],
      [140, 'p', 'got it, thanks! thats all'],
      [146, 'l', 'Great, good luck in lab! Thanks for asking.'],
    ],
    exp: usual(),
  },
  {
    name: 'ISO standard not licensed: referral to the ILL office with e-mail, and a purchase page as source',
    lines: [
      [0, 'p', 'I need ISO 14971 for my capstone. is it in the library'],
      [30, 'l', "Hello, you're chatting with Sam from Marquette University Libraries. Is it the 2019 edition you need?"],
      [70, 'p', 'yes 2019'],
      [77, 'l', "We don't subscribe to ISO standards, sorry. You can buy it at iso.org/standard/72704.html, or email our Interlibrary Loan office at ill@example.edu and ask whether they can borrow a copy for you; standards often take a week. Does that help?"],
      [130, 'p', 'yes I will email them, no other questions'],
      [136, 'l', 'Thanks for using chat, good luck with the capstone!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- government documents --------------------------------------------------------------------------------------------
  {
    name: 'Congressional report on GovInfo with the steps, "Do you know which Congress?", completeness "Is this the report you meant?"',
    lines: [
      [0, 'p', 'I need the House committee report for the CHIPS Act'],
      [28, 'l', 'Hi, this is Rob with the Ask Us service at the University of Maryland Libraries. Do you know which Congress or the report number? There were a few related bills.'],
      [80, 'p', 'no idea, the 2022 one that passed'],
      [87, 'l', 'One moment, searching.'],
      [170, 'l', 'The one that passed was H.R. 4346 in the 117th Congress. On govinfo.gov choose Browse > Congressional Reports > 117th Congress > House Reports; the committee reports on it are listed by bill number, and the bill history page on congress.gov lists every related report. Is this the report you meant?'],
      [230, 'p', 'yes thanks this helps. thats all i needed'],
      [236, 'l', 'Glad to help. Have a good night!'],
    ],
    exp: usual(),
  },
  {
    name: 'state legislative history: the Legislative Reference Library with URL and phone: referral passes',
    lines: [
      [0, 'p', 'how do I find out why Texas passed the law in 1997 about groundwater districts? I need the legislative intent'],
      [33, 'l', "Hi! I'm Dolores, a reference librarian with the Texas State Library's Ask a Librarian. Do you know the bill number or the statute section?"],
      [85, 'p', 'SB 1 I think, 75th legislature'],
      [92, 'l', "Yes, SB 1 (75R) is the big water bill. The Legislative Reference Library keeps bill files with the committee analyses and hearing recordings: see lrl.texas.gov > Legislation > Bill Files, and if the file isn't online, call them at 512-555-0199 and they'll scan it. Does that help?"],
      [150, 'p', 'yes, thanks a lot, thats everything'],
      [156, 'l', 'Good luck with your research, and thank you for contacting us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- maps and GIS ------------------------------------------------------------------------------------------------------
  {
    name: 'historic maps: Sanborn maps named in the catalogue with a call number, idle patron after the answer with a check-in and a notice',
    lines: [
      [0, 'p', 'do you have old fire insurance maps of downtown Savannah from the 1890s'],
      [29, 'l', 'Hi, welcome to Live Oak Public Libraries chat! This is Jerome. Do you need a particular block or street?'],
      [70, 'p', 'Broughton St'],
      [77, 'l', 'The Sanborn Fire Insurance Maps for Savannah 1898 are online through the Library of Congress at loc.gov/collections/sanborn-maps (search Savannah 1898, sheets 10-14 cover Broughton), and the Bull Street Library has the print atlas at Ga. Room G1314 .S3 S3 1898. Does that cover it?'],
      [210, 'l', 'Are you still there?'],
      [275, 'l', "I haven't heard from you for a few minutes, so it seems you've disconnected. I'll close the chat now; please feel free to start a new one anytime. Thanks!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a county GIS viewer with steps, then nothing more: final idle 200 s with no check-in or notice, no goodbye',
    lines: [
      [0, 'p', 'How can I see flood zones on my property'],
      [23, 'l', 'Hi! Greg here at Harris County Public Library. Is the property in Harris County?'],
      [60, 'p', 'yes in Katy'],
      [66, 'l', 'The FEMA Flood Map Service Center at msc.fema.gov lets you type the address and shows the zone; Harris County\'s own viewer at harriscountyfemt.org adds the newer local studies. Did that help?'],
    ],
    over: { endAfter: 200 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },

  // ---- company and market data -------------------------------------------------------------------------------------------
  {
    // reading: databases named without URLs ("Statista", "IBISWorld") are named resources: a source
    name: 'market size of pet food: Statista and IBISWorld named without URLs, "US or global?", "Will those work for your assignment?"',
    lines: [
      [0, 'p', 'i need the market size of the pet food industry for my marketing class'],
      [26, 'l', 'Hi, welcome to the Ask a Librarian chat at Baruch College Newman Library, I am Jae. US or global?'],
      [60, 'p', 'US'],
      [66, 'l', 'Two good ones from our databases: IBISWorld has an industry report "Pet Food Production in the US" with revenue and a 5-year outlook, and Statista has a US pet food sales chart by year (search "pet food market size US"). Log in with your Baruch username. Will those work for your assignment?'],
      [125, 'p', 'yes i think so. thats all i need'],
      [131, 'l', 'Great, thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'small business list from Data Axle: the provider names the database and how to log in, asks only after; no completeness, no anything else',
    lines: [
      [0, 'p', 'I want a list of all the dentists in Lancaster county with their addresses for a mailing'],
      [33, 'l', 'Hello, this is Wes with Lancaster Public Library.'],
      [60, 'l', 'You can build that list in Data Axle Reference Solutions with your library card: choose U.S. Businesses, Advanced Search, Keyword "dentists" and Geography Lancaster County, PA, then Download (up to 250 records at a time).'],
      [110, 'p', 'ok how many will there be'],
      [118, 'l', 'Around 300. Do you want only general dentists, or orthodontists too?'],
      [160, 'p', 'general'],
      [166, 'l', 'Then use the SIC code 802101. Thanks for contacting the library!'],
    ],
    // reading: "Hello, this is Wes with Lancaster Public Library." greets and identifies; the only question about the
    // need comes after the first source
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'SimplyAnalytics map of median age by tract, transfer to the business librarian with an internal note and a visible announcement',
    lines: [
      [0, 'p', 'hi, I need a map of median age by census tract for Worcester for my urban studies project'],
      [24, 'l', "Hi there! This is Colleen at Worcester Public Library's Ask a Librarian. Just the city of Worcester, or the whole county?"],
      [60, 'p', 'just the city'],
      [67, 'l', "Our business and data librarian is on right now and knows SimplyAnalytics best, so I'm going to transfer you to him. One moment!"],
      [72, 'i', 'Mike, patron wants a median age map by tract for Worcester city in SimplyAnalytics. Can you take it?'],
      [75, 's', 'Session transferred to Mike Duarte', sys('transfer', 'md')],
      [95, 'l', "Hi, Mike here. In SimplyAnalytics (wpl.org/databases > SimplyAnalytics), create a New Project > Map, location Worcester city, MA, data variable Median Age (ACS 2023), then View Data By > Census Tracts. You can export it as a PNG. Does that give you what you need?", who('Mike Duarte', 'md')],
      [150, 'p', 'yes!! thats all, thank you'],
      [156, 'l', 'You bet, good luck with the project! Thanks for using the chat.', who('Mike Duarte', 'md')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer to the data librarian without an internal note: handoff fails',
    lines: [
      [0, 'p', 'Where can I find historical stock prices for a company that went bankrupt in 2002?'],
      [21, 'l', 'Hello! I\'m Tara, a librarian at Rutgers University Libraries. Which company is it?'],
      [58, 'p', 'WorldCom'],
      [64, 'l', "I'll transfer you to our business data librarian, who can help with delisted stocks. One moment please."],
      [70, 's', 'Session transferred to Ravi Shah', sys('transfer', 'rs')],
      [96, 'l', "Hi, Ravi here. Delisted prices are in CRSP through WRDS (libraries.rutgers.edu/databases > WRDS; you'll need to register for a WRDS account), ticker WCOEQ. Does that answer your question?", who('Ravi Shah', 'rs')],
      [150, 'p', 'yes thanks, thats it'],
      [156, 'l', 'Thanks for chatting!', who('Ravi Shah', 'rs')],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- endings, dismissals, lost calls ---------------------------------------------------------------------------------
  {
    // reading: "I've spent enough time on this one ... you'll have to work out the rest yourself" ends the help for the
    // provider's convenience with no way back
    name: 'dismissal: "I\'ve spent enough time on this one, you\'ll have to work out the rest of the tables yourself"',
    lines: [
      [0, 'p', 'can you help me find poverty rates for every county in kentucky from 2010 to 2020'],
      [29, 'l', 'Hi, this is Doug at Kentucky Virtual Library chat. All 120 counties, for every year?'],
      [70, 'p', 'yes every year'],
      [77, 'l', 'The Census SAIPE tool at census.gov/data-tools/demo/saipe/ gives county poverty rates by year: pick Kentucky, Counties, and a year. Is that the data you mean?'],
      [130, 'p', 'yes but can you make it into one table for me'],
      [138, 'l', "I've spent enough time on this one, you'll have to work out the rest of the tables yourself. Bye."],
    ],
    over: { endAfter: 2 },
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'polite wrap-up: others waiting, "come back later and we can keep going" passes the dismissal check',
    lines: [
      [0, 'p', 'I need patent counts by state for 2000-2020 for my econ thesis'],
      [25, 'l', 'Hi! Welcome to Ask Us at Georgetown University Library, Hannah here. Utility patents only, or design patents too?'],
      [65, 'p', 'utility only'],
      [72, 'l', 'The USPTO\'s Patent Technology Monitoring Team has a report "Patent Counts By Country, State, and Year - Utility Patents" at uspto.gov/web/offices/ac/ido/oeip/taf/cst_utl.htm. Does that have what you need?'],
      [130, 'p', 'yes! and can we also look at county level?'],
      [138, 'l', "We have quite a few people waiting in the queue right now, so I need to wrap up, but please come back later and we can keep going on county counts. Is there anything else quick I can help with?"],
      [170, 'p', 'no thats fine thanks'],
      [176, 'l', 'Thanks for understanding, and good luck with the thesis!'],
    ],
    exp: usual(),
  },
  {
    // reading: a provider greeting only greets (with a "how can I help"), a check-in and a notice: no substantive
    // exchange, so the information checks are na; the notice invites the patron back and ends the idle
    name: 'lost call: the patron asks about an ACS code book and leaves; greeting, check-in and notice only: information checks na, Lost Call with one patron message passes',
    lines: [
      [0, 'p', 'where is the code book for the american housing survey'],
      [30, 'l', 'Hi, this is Pam at Ask Us Now. How can I help?'],
      [160, 'l', 'Are you still there?'],
      [240, 'l', "It looks like you've disconnected, so I'm going to close this chat. Feel free to reach out again anytime, thanks!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'follow-up by the patron\'s library: the government documents librarian will email "within 2 business days" to the address the patron gave; not yet done',
    lines: [
      [0, 'p', 'Hello, I am looking for the 1970s planning reports for Bergen County, like the master plan. Are they online anywhere?'],
      [34, 'l', "Hi! This is Nadia with Jersey Cat, NJ's statewide chat. What town's library do you use?"],
      [80, 'p', 'Hackensack'],
      [88, 'l', "Some county plans are in HathiTrust (catalog.hathitrust.org, search \"Bergen County master plan\"); the 1976 one shows there as search-only. Hackensack's government documents librarian knows what is in print locally, so I'll pass your question to her and she'll email you within 2 business days. What's your email?"],
      [140, 'p', 'jfarr@example.org'],
      [147, 'l', 'Thanks, jfarr@example.org. Is the HathiTrust record useful in the meantime?'],
      [180, 'p', 'yes, thanks that is all'],
      [186, 'l', 'Thank you for using Jersey Cat!'],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'missing code (null): a BLS series given, good session otherwise',
    lines: [
      [0, 'p', 'Where can I find average gas prices by month going back to 2000?'],
      [24, 'l', 'Hi, this is Mae at Richland Library. For the whole US or a region?'],
      [58, 'p', 'whole US'],
      [65, 'l', "BLS publishes average price data: series APU000074714 (Gasoline, unleaded regular, per gallon) at data.bls.gov/timeseries/APU000074714, with every month since 1976. Is that what you needed?"],
      [110, 'p', 'yes exactly, all done'],
      [116, 'l', 'Thanks for chatting with Richland Library!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    // reading: "So you're after patents granted to Ohio inventors each year since 2010" restates the need
    name: 'restatement as clarifying: "So you\'re after …" before the source; USPTO PatentsView',
    lines: [
      [0, 'p', 'number of patents granted to inventors in ohio per year since 2010?'],
      [22, 'l', "Hi! Cleveland Public Library's PTRC here, my name is Dana. So you're after utility patents granted to Ohio-based inventors, each year from 2010 on."],
      [55, 'p', 'yes'],
      [62, 'l', 'PatentsView (patentsview.org) lets you filter by inventor state = OH and grant year; its Data Download tab has the tables. Does this get you what you need?'],
      [110, 'p', 'I think so, thats all thanks'],
      [116, 'l', 'Thanks, have a great day!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- info.source ---------------------------------------------------------------------------------------------------
  {
    // reading: the agency named as publisher with no way to reach it is no source
    name: 'short: "The Bureau of Labor Statistics publishes that every month" only: no source',
    lines: [
      [0, 'p', 'what is the inflation rate right now'],
      [20, 'l', 'Hi, Ellie at Boise Public Library here. Do you mean the overall CPI?'],
      [50, 'p', 'yeah'],
      [56, 'l', 'The Bureau of Labor Statistics publishes that every month; it was 3.0% over the last 12 months in September. Does that help?'],
      [90, 'p', 'yes thats all'],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: some({ source: 'fail', clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: a table ID inside a named survey, no URL, is a named resource
    name: 'short: "Table B19013 in the American Community Survey 5-year estimates" without URL: a source',
    lines: [
      [0, 'p', 'which census table has median household income by tract'],
      [22, 'l', 'Hello, this is Paul at Oakland Public Library. For the 5-year or the 1-year estimates?'],
      [50, 'p', '5 year'],
      [57, 'l', "That's Table B19013, Median Household Income in the Past 12 Months, in the American Community Survey 5-year estimates. Does that answer it?"],
      [90, 'p', 'yes'],
      [95, 'l', 'Great, thanks for asking!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: a print reference book with a call number ("Statistical Abstract … at REF HA202 .S7"): a source',
    lines: [
      [0, 'p', 'i need the number of farms in the us in 1950 and 2000'],
      [24, 'l', 'Hi, this is Rosa at Lubbock Public Library. Just the national totals?'],
      [60, 'p', 'yes'],
      [66, 'l', 'The Statistical Abstract of the United States has a farms table in each edition; our print set is at REF HA202 .S7 on the 1st floor, and the 2000 edition shows 2,172,000 farms (1950: 5,388,000). Is that what you needed?'],
      [110, 'p', 'yes thx'],
      [115, 'l', 'Anytime!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: a citation of a census product ("U.S. Census Bureau, 2020 Census Demographic and Housing Characteristics File") is a source',
    lines: [
      [0, 'p', 'how should I cite where the 2020 population of Provo came from? my teacher wants the source'],
      [28, 'l', 'Hi! Kim at Provo City Library. Is it the total population, 115,162?'],
      [60, 'p', 'yes'],
      [67, 'l', 'Cite it as: U.S. Census Bureau, 2020 Census Demographic and Housing Characteristics File (DHC), Table P1, Provo city, Utah. Does that work for your teacher?'],
      [110, 'p', 'yes thank u'],
      [115, 'l', 'Good luck!'],
    ],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: the steps on a named site reach a web page: a source
    name: 'short: step-by-step navigation on the sheriff\'s site ("click Divisions > Records > Annual Reports and open the 2023 PDF"): a source',
    lines: [
      [0, 'p', 'where is the annual crime report for our county'],
      [25, 'l', 'Hello, you have reached Kalamazoo Public Library, this is Mei. Kalamazoo County, right?'],
      [55, 'p', 'yes'],
      [61, 'l', "On the Kalamazoo County Sheriff's Office website, click Divisions > Records > Annual Reports and open the 2023 PDF; the crime tables start on page 12. Is that the report you wanted?"],
      [100, 'p', 'yes'],
      [105, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short near miss: "the census has that" and "the FBI collects those numbers": no source',
    lines: [
      [0, 'p', 'hi need population and crime numbers for my town for a school project'],
      [25, 'l', 'Hi, Val at Sioux City Public Library! Which town, Sioux City?'],
      [55, 'p', 'yes'],
      [61, 'l', 'The census has that for population, and the FBI collects the crime numbers every year. Did that help?'],
      [95, 'p', 'ok'],
      [100, 'l', 'Thanks, bye!'],
    ],
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: 'short: "Statista" named alone (a database) is a source',
    lines: [
      [0, 'p', 'how many people have streaming subscriptions in the us'],
      [24, 'l', 'Hello, Ben at Lincoln City Libraries. A recent year, or a trend over time?'],
      [55, 'p', 'recent'],
      [61, 'l', 'Statista has that: search "SVOD subscribers US" and you get a chart for 2024. Log in with your library card. Did that help?'],
      [95, 'p', 'yes ty'],
      [100, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: "Mergent Online and IBISWorld both have industry reports" (two databases, no URL): a source',
    lines: [
      [0, 'p', 'I need info on the craft brewery industry for a business plan'],
      [24, 'l', 'Hi, I am Terri with Asheville-Buncombe Tech Library. National numbers, or North Carolina?'],
      [60, 'p', 'both if possible'],
      [66, 'l', 'Mergent Online and IBISWorld both have industry reports: IBISWorld "Craft Beer Production in the US" and its state report for North Carolina. Is that what you needed?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Good luck with the plan!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // ---- inquiry.clarify -------------------------------------------------------------------------------------------------
  {
    // reading: the question comes in the message that gives the first source: not before it
    name: 'short near miss: the only question ("Do you need it for a particular year?") is in the message with the first URL: clarify fails',
    lines: [
      [0, 'p', 'median home value for st louis county?'],
      [22, 'l', "Hi, Sandra at St. Louis County Library. Here's the ACS table: data.census.gov/table/ACSDP5Y2023.DP04?g=050XX00US29189, row Median (dollars) under Value. Do you need it for a particular year?"],
      [60, 'p', 'no thats good'],
      [65, 'l', 'Thanks!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: 'short: a format question before the data ("Do you want it as an Excel file, or is a PDF ok?"): clarify passes',
    lines: [
      [0, 'p', 'can i get the 2020 census block populations for Ames'],
      [25, 'l', 'Hi, this is Joel at Ames Public Library. Do you want it as an Excel file, or is a PDF ok?'],
      [60, 'p', 'excel'],
      [66, 'l', 'On data.census.gov search "P1 Ames city Iowa block", open Table P1 (DEC Redistricting Data), choose Geography > Block, then Download > CSV, which opens in Excel. Did it download?'],
      [120, 'p', 'yes'],
      [125, 'l', 'Great, bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: geography asked as a choice before the source ("the city, the county, or the metro area?"): clarify passes',
    lines: [
      [0, 'p', 'what percent of people in raleigh have a bachelors degree'],
      [20, 'l', "Hi! NCknows, I'm Amir. The city of Raleigh, Wake County, or the whole metro area?"],
      [50, 'p', 'city'],
      [56, 'l', 'ACS table S1501 at data.census.gov/table/ACSST5Y2023.S1501?g=160XX00US3755000: 56.7% of adults 25+ have a bachelor\'s or higher. Does that answer your question?'],
      [90, 'p', 'yes'],
      [95, 'l', 'Thanks!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short near miss: "Let me look that up for you." then the source, with no question or restatement: clarify fails',
    lines: [
      [0, 'p', 'how many registered voters in maricopa county'],
      [20, 'l', 'Hello, Phoenix Public Library, this is Nick. Let me look that up for you.'],
      [80, 'l', 'The Maricopa County Recorder posts voter registration counts at recorder.maricopa.gov/elections/voterregistration: about 2.6 million active voters as of October.'],
      [120, 'p', 'thanks'],
      [125, 'l', 'Bye now!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'fail' }),
  },
  // ---- followup.completeness ---------------------------------------------------------------------------------------------
  {
    // reading: an offer of something not given yet is no completeness question
    name: 'short near miss: "Would a breakdown by race also be useful?" and "Want me to pull the 2010 numbers too?" ask about nothing given: completeness fails',
    lines: [
      [0, 'p', 'how many kids under 5 live in Lowell MA'],
      [25, 'l', 'Hi, Sue at Pollard Memorial Library. The latest estimate?'],
      [50, 'p', 'yes'],
      [56, 'l', 'ACS table S0101 at data.census.gov shows about 7,100 children under 5 in Lowell city (2023 5-year). Would a breakdown by race also be useful? Want me to pull the 2010 numbers too?'],
      [100, 'p', 'no thats fine'],
      [105, 'l', 'OK, thanks for chatting!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'short: "Does this table have the numbers you need?" after the source: completeness passes',
    lines: [
      [0, 'p', 'i need housing vacancy rates for vermont counties'],
      [25, 'l', 'Hello, Ask a Librarian at the Vermont Department of Libraries, this is Carl. Rental vacancy or all housing?'],
      [55, 'p', 'all housing'],
      [61, 'l', 'ACS table DP04 by county is at data.census.gov (search "DP04 Vermont counties"); "Homeowner vacancy rate" and "Rental vacancy rate" are near the top. Does this table have the numbers you need?'],
      [110, 'p', 'yep'],
      [115, 'l', 'Thanks!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'short: "Were you able to download the CSV?" right after the download steps asks whether they worked: completeness passes',
    lines: [
      [0, 'p', 'where can i download school enrollment data for Ohio districts'],
      [24, 'l', 'Hi, Ann at Dayton Metro Library. Which school year?'],
      [55, 'p', '2023-24'],
      [61, 'l', 'The Ohio School Report Cards data page is reportcard.education.ohio.gov/download: pick 2024 > District > Enrollment and click the CSV. Were you able to download the CSV?'],
      [110, 'p', 'yes got it'],
      [115, 'l', 'Great, bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- referral.contact ------------------------------------------------------------------------------------------------
  {
    name: 'short: "call the State Data Center at 609-555-0147" passes',
    lines: [
      [0, 'p', 'are there population projections for nj towns'],
      [25, 'l', 'Hi, this is Rae at Princeton Public Library. Through what year?'],
      [55, 'p', '2040'],
      [61, 'l', 'The state publishes county projections at nj.gov/labor/labormarketinformation/demographics; for towns, call the New Jersey State Data Center at 609-555-0147, they can tell you what exists. Does that help?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: the tool page (mn.gov/admin/demography/...) is given in the sentence before as a source to use, not as a way
    // to reach the Center; the referring sentence gives none (P4's reading of a URL in another sentence). First
    // labelled pass (the Center's own site); relabelled after the first run
    name: 'short: "reach out to the Minnesota State Demographic Center" after a tool page given as a source: referral fails',
    lines: [
      [0, 'p', 'need population projections for Olmsted county to 2050'],
      [25, 'l', 'Hello! Ask MN, Pete here. Total population, or by age group?'],
      [55, 'p', 'by age'],
      [61, 'l', 'The county-level series by age goes to 2075 in the Demographic Center\'s projections tool at mn.gov/admin/demography/data-by-topic/population-data/our-projections. If you need it by city, reach out to the Minnesota State Demographic Center, they do custom requests. Did that help?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Thanks!'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'short: "reach out to the county GIS office" with no contact and no page of it: referral fails',
    lines: [
      [0, 'p', 'need zoning map data for Boone county KY'],
      [25, 'l', 'Hi, Ted at Boone County Public Library. For GIS, or just to look at?'],
      [55, 'p', 'gis'],
      [61, 'l', 'Boone County Planning Commission posts zoning as a PDF, but for GIS layers you will need to reach out to the county GIS office directly and ask for the zoning layer. Does that help?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail', source: 'fail' }),
  },
  {
    name: 'short near miss: "Patent Public Search is run by the USPTO at ppubs.uspto.gov" points to a site: a source, no referral',
    lines: [
      [0, 'p', 'whats the best free place to search patents'],
      [22, 'l', 'Hello, Alma at the Houston Public Library PTRC. US patents, or worldwide?'],
      [55, 'p', 'US'],
      [61, 'l', 'Patent Public Search is run by the USPTO at ppubs.uspto.gov, and it covers every US patent since 1790. Does that help?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Thanks!'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: the library's own department, told to the patron to visit; "the 2nd floor" is no way to reach it
    name: 'short: "talk to the government documents department on the 2nd floor" (own department, no contact): referral fails',
    lines: [
      [0, 'p', 'does the library have old congressional serial set volumes'],
      [25, 'l', 'Hi, Ivy at Denver Public Library. From which years?'],
      [55, 'p', '1890s'],
      [61, 'l', 'We hold the Serial Set in print, and it is also in the database U.S. Congressional Serial Set (ProQuest). To see the print volumes, talk to the government documents department on the 2nd floor. Does that help?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'short: "email the BLS information office at blsdata_staff@bls.gov" passes',
    lines: [
      [0, 'p', 'why did the jobs numbers for august get revised so much'],
      [25, 'l', 'Hi! Ask Us 24/7, this is Lynn. The national payroll numbers?'],
      [55, 'p', 'yes'],
      [61, 'l', 'The BLS explains revisions at bls.gov/web/empsit/cesnaicsrev.htm. For a specific question, email the BLS information office at blsdata_staff@bls.gov. Does that help?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  // ---- followup.contact -----------------------------------------------------------------------------------------------
  {
    name: 'short: "I\'ll send you the compiled table by end of day Friday, to sam.r@example.org, right?" with the patron\'s yes: contact passes',
    lines: [
      [0, 'p', 'can you put together the population of every county in idaho 1990 2000 2010 2020 in one table'],
      [25, 'l', 'Hi, this is Jo at Idaho Commission for Libraries. Total population only?'],
      [55, 'p', 'yes, my email is sam.r@example.org'],
      [61, 'l', "The decennial counts are on data.census.gov, but they are in different tables. I'll send you the compiled table by end of day Friday, to sam.r@example.org, right?"],
      [100, 'p', 'yes'],
      [105, 'l', 'Thanks!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'short: "I\'ll email you the spreadsheet tomorrow" with the address only in the patron fields: contact fails',
    lines: [
      [0, 'p', 'I need CPI by month for Seattle 2015-2024 as a spreadsheet'],
      [25, 'l', 'Hi, this is Ray at King County Library System. All items CPI?'],
      [55, 'p', 'yes'],
      [61, 'l', "That series is CUURS49DSA0 at data.bls.gov. I'll email you the spreadsheet tomorrow."],
      [100, 'p', 'thanks'],
      [105, 'l', 'Bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'cpi.person@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'short near miss: "Want me to email you the table later?" declined: no follow-up, contact na',
    lines: [
      [0, 'p', 'where are the 2020 census counts by zip code'],
      [25, 'l', 'Hi, this is Liz at Austin Public Library. Total population?'],
      [55, 'p', 'yes'],
      [61, 'l', 'Search "P1 ZCTA5 Texas" at data.census.gov and open Table P1. Want me to email you the table later?'],
      [100, 'p', 'no thanks I got it'],
      [105, 'l', 'OK, bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'short near miss: "You can download the compiled table yourself" promises nothing: contact na',
    lines: [
      [0, 'p', 'is there a table of all county median incomes in one file'],
      [25, 'l', 'Hi, this is Hal at Allen County Public Library. For the whole US?'],
      [55, 'p', 'yes'],
      [61, 'l', 'Yes: you can download the compiled table yourself from data.census.gov, Table S1901, Geography All Counties in United States, then Download > CSV. Did that work?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass', complete: 'pass' }),
  },
  // ---- near misses guarding P8's widenings ---------------------------------------------------------------------------
  {
    name: 'short near miss: "Does your grant form list the years you need?" before the source clarifies; no completeness question after it',
    lines: [
      [0, 'p', 'i need poverty numbers for Erie county for a grant'],
      [25, 'l', 'Hi, this is Ruth at Erie County Public Library. Does your grant form list the years you need?'],
      [60, 'p', '2019 to 2023'],
      [66, 'l', 'The SAIPE tool at census.gov/data-tools/demo/saipe/ has Erie County, PA for each of those years.'],
      [100, 'p', 'ok thanks'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'short near miss: "Does IdentoGO look like what you need to book?" asks about a booking still to make: no completeness question',
    lines: [
      [0, 'p', 'where do i get the form to request my fbi record'],
      [25, 'l', 'Hi, Lena at Austin Public Library. Is it the Identity History Summary?'],
      [60, 'p', 'yes'],
      [66, 'l', 'You request it at edo.cjis.gov, and it asks for fingerprints, which IdentoGO takes by appointment. Does IdentoGO look like what you need to book?'],
      [100, 'p', 'not sure'],
      [105, 'l', 'Ok, bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'short near miss: "I\'ll show you where the form is so the clerk can send it to you" promises nothing',
    lines: [
      [0, 'p', 'how do i get a copy of the 1950 census page for my grandpa'],
      [25, 'l', 'Hi, Ken at Rapid City Public Library. Do you know the county he lived in?'],
      [60, 'p', 'pennington'],
      [66, 'l', "The 1950 census is free at 1950census.archives.gov: search his name with South Dakota and Pennington. If you want a certified copy, I'll show you where the form is so the clerk can send it to you. Does that help?"],
      [100, 'p', 'yes thats all'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', referral: 'na', contact: 'na', code: 'pass' }),
  },
  {
    // reading: "is that the county you mean?" before anything is given asks about the need (a clarifying question)
    name: 'short near miss: "Jackson County, Missouri: is that the county you mean?" before the source clarifies; nothing asked after it',
    lines: [
      [0, 'p', 'population of jackson county'],
      [25, 'l', 'Hi, Jo at Kansas City Public Library here.'],
      [40, 'l', 'Jackson County, Missouri: is that the county you mean?'],
      [70, 'p', 'yes'],
      [76, 'l', 'QuickFacts at census.gov/quickfacts/jacksoncountymissouri gives 718,560 for 2024.'],
      [100, 'p', 'ok thanks'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'short near miss: "How does your teacher want you to cite it as a source?" gives no source; "the FBI collects those" neither',
    lines: [
      [0, 'p', 'i have the crime rate for my city but need to cite it'],
      [25, 'l', 'Hi, Bree at Mesa Public Library. How does your teacher want you to cite it as a source? APA or MLA?'],
      [60, 'p', 'APA'],
      [66, 'l', 'In APA you name the agency as the author, and the FBI collects those numbers each year. Did that help?'],
      [100, 'p', 'ok'],
      [105, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: 'short near miss: "you can work out the rest yourself with the tool, or come back and we\'ll finish it together" is no dismissal',
    lines: [
      [0, 'p', 'can you get unemployment for all 88 ohio counties for 10 years'],
      [25, 'l', 'Hi, this is Dee at Columbus Metropolitan Library. Annual averages?'],
      [60, 'p', 'yes'],
      [66, 'l', 'LAUS at bls.gov/lau has them: Databases > Local Area Unemployment Statistics > One-Screen > Ohio > County. Once you have seen a few, you can work out the rest yourself with the tool, or come back and we will finish it together. Does that help?'],
      [100, 'p', 'yes thats all'],
      [105, 'l', 'Thanks, bye!'],
    ],
    exp: some({ dismissal: 'pass', complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): the word shared with the party is "Dane" inside a quoted search term ("V11 parcels Dane"):
    // v13 N8's first-word rule; leaving quoted words out is one wording.
    // LEFT: the page of the state portal in the sentence before (geodata.wisc.edu, GeoData@Wisconsin's) is read as the
    // Land Information Office's contact: the twelfth round's L6 / v15 O2 gap (whose page a URL is), not safely fixable here
    name: 'LEFT (referral: a URL of another sentence taken as the party\'s contact) GIS: parcel shapefiles from the state portal; "check with the county land information office" without contact: referral fails',
    lines: [
      [0, 'p', 'where do i get parcel shapefiles for dane county wi'],
      [22, 'l', "Hi, this is Noor at UW-Madison's Robinson Map Library. Shapefile specifically, or is a geodatabase fine?"],
      [55, 'p', 'shapefile for arcgis pro'],
      [62, 'l', 'The statewide parcel layer is on GeoData@Wisconsin (geodata.wisc.edu): search "V11 parcels Dane" and download the shapefile. For anything newer than the state layer, check with the Dane County Land Information Office. Is that what you were looking for?'],
      [120, 'p', 'yes, thats all'],
      [126, 'l', 'Happy mapping, thanks!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describe('fifteenth round (P8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifteenth round (P8): data, statistics and documents questions, every check', whole);
describeSessions('fifteenth round (P8): data, statistics and documents, short cases', short);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): unchanged: "book one at <phone>" needs a new path beside v15 O2's booking page.
    // LEFT: "Our PTRC librarian … does free one-on-one search sessions: book one at (408) 555-0143 or …" books the
    // librarian named before the verb with a phone and e-mail, but v15 O2's booking path needs "book a session" and a web
    // page; widening it to "book one" and to phones needs a new code path in referral.ts, not done in the time
    name: 'LEFT (referral: "book one at <phone>") PTRC: "has my invention been patented?", Patent Public Search URL, appointment with the PTRC librarian with phone and e-mail: referral passes',
    lines: [
      [0, 'p', 'I have an idea for a folding dog ramp for trucks. how do I know if someone already patented it'],
      [22, 'l', "Hi! I'm Wendy, a librarian at the Sunnyvale Public Library, which is a Patent and Trademark Resource Center. Have you searched anything yet, or would this be your first search?"],
      [65, 'p', 'first time'],
      [72, 'l', "Start with Patent Public Search at ppubs.uspto.gov: use Basic Search with words like ramp AND (pet OR dog) AND truck, then look at the CPC codes of close hits (A01K 1/035 looks likely). Our PTRC librarian, Mark Ellison, does free one-on-one search sessions: book one at (408) 555-0143 or ptrc.sunnyvale@example.org. Does that get you started?"],
      [140, 'p', 'yes thank you, i will call him. thats all'],
      [146, 'l', 'Great. Good luck with the ramp, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describeSessions('fifteenth-round-data: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('fifteenth-round-data', LEFT);
