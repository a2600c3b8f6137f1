/**
 * Nineteenth round, area (T4): SCIENCES, HEALTH SCIENCES AND ENGINEERING at academic, hospital and community-college
 * libraries, WHOLE sessions. Nursing students after evidence-based articles (CINAHL, PubMed, UpToDate), systematic
 * review searches, engineering standards (IEEE, ASTM, ISO), patents, chemistry data (SciFinder, Reaxys), datasets,
 * citation managers (Zotero, EndNote), interlibrary loan for articles, embargoed journals, off-campus proxy login
 * problems; librarians who write long careful instructional messages with numbered steps and links, and hurried
 * students; handoffs to subject liaisons by e-mail (follow-ups promised), referrals to the writing centre or the IT
 * help desk with and without contacts. Nearly all cases give all 17 checks (`usual()` is an ordinary good session;
 * each case says where it differs); a few short ones are near misses.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a subject liaison who will e-mail the patron after the provider passes the question on is staff consulted on the
 *   patron's behalf: a follow-up session, not a referral; telling the patron to write to the liaison is a referral;
 * - the IT help desk, the writing centre, a hospital's environmental health and safety office and the university's
 *   Patent and Trademark Resource Center are departments or offices: telling the patron to contact or visit them is a
 *   referral and needs an e-mail, phone, address or URL;
 * - an interlibrary loan request form with its URL is a source (a page to use), not a referral;
 * - ILLiad's own e-mail when an article arrives is an automatic notice, no follow-up promise;
 * - a database named without a URL (CINAHL, Reaxys) is a named resource, a source;
 * - the proxy or VPN "log in with your NetID" step is part of an answer, not a referral;
 * - "Good luck with the care plan!" as a last message is a parting wish, a goodbye (the README's reading of "Good
 *   luck with the paper!");
 * - a clarifying question that itself names a domain ("Is it the online version on ahajournals.org…?") is in the first
 *   message that gives a source, not before it: clarify fails (relabelled after the first run);
 * - "So you need UpToDate on your phone for clinicals, right?" restates the need: the phone is the device, not a contact;
 * - "Is the abstract enough until then?" and "Do those results look usable?" ask whether what was given meets the need;
 * - a transfer notice that names a database only as the colleague's strength ("she'll know PubMed best") gives no source;
 * - "our liaison can help you…" followed by "Can I get your e-mail so she can reach you?" hands the question on (a
 *   follow-up), no referral.
 * Fixes in `phrasesV20T4` (knownResource, completeness) and three settings (`devicePhoneT4`, `reachYouT4`,
 * `transferNoSourceT4`), each guarded by near misses in `short`.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, DAY, describeSessions, FU_LIB, FU_ME, other, type SessionCase, some, sys, T0, usual, who } from './helpers';

const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * 3600), by, note: 'sent' }];
const LIAISON = who('Ruth Okafor', 'ruth');
const LATER = { now: T0 + 7 * DAY };

export const whole: SessionCase[] = [
  // ---- nursing students and evidence-based practice ------------------------------------------------------------------
  {
    name: 'university nursing: PICO question, numbered CINAHL steps with links, "Does this get you what you need?", patron done: a good session',
    lines: [
      [0, 'p', 'Hi, I need 3 evidence based articles for my NURS 340 paper on hourly rounding and patient falls'],
      [31, 'l', 'Hi there, this is Marisol, the health sciences librarian at UNC Greensboro Libraries. Happy to help! Does your instructor want primary research only (RCTs, cohort studies), or are systematic reviews OK too?'],
      [88, 'p', 'primary research, published in the last 5 years, and it has to be peer reviewed'],
      [95, 'l', "Got it. Give me a minute to build a search for you."],
      [170, 'l', "Here's a search that works well in CINAHL:\n1. Go to library.uncg.edu/databases and choose CINAHL Complete.\n2. In the first box type: \"hourly rounding\" OR \"intentional rounding\" OR \"purposeful rounding\"\n3. In the second box type: falls OR \"accidental falls\" OR \"fall prevention\"\n4. Under Limiters tick Peer Reviewed and Research Article, and set Published Date to 2020-2025.\nThat gave me 41 results. Olrich et al. (2022) in the Journal of Nursing Care Quality is a good quasi-experimental study to start with."],
      [176, 'l', 'Does this get you what you need, or should we narrow it to a particular unit like med-surg?'],
      [240, 'p', 'omg this is perfect, 41 is manageable. I think thats all I needed'],
      [247, 'l', "Great! Good luck with the paper, and thanks for chatting with UNCG Libraries."],
    ],
    exp: usual(),
  },
  {
    // reading: "ok thx" is thanks alone, not an explicit "I'm done"; the last provider message is a parting wish (goodbye)
    name: 'hurried community-college student: "need 5 EBP articles on CAUTI due tonight", a PubMed link and filters with no question first, "did that help?", "ok thx": clarify and anything else fail',
    lines: [
      [0, 'p', 'need 5 EBP articles on CAUTI due tonight pls help'],
      [22, 'l', 'Hi! This is Dev at the Valencia College library.'],
      [30, 'l', 'Fastest route: pubmed.ncbi.nlm.nih.gov, search catheter-associated urinary tract infection prevention nursing, then click "Clinical Trial" and "5 years" on the left. Full text comes through our link if you start from valenciacollege.edu/library. Did that help?'],
      [75, 'p', 'ok thx'],
      [81, 'l', 'Good luck tonight!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'hospital library: UpToDate off-site login, the nurse asked which device, steps, then referred to the IS service desk with phone and portal: referral passes',
    lines: [
      [0, 'p', 'Good evening. I am a night nurse on 4 West and UpToDate keeps asking me to log in when I use it from home.'],
      [40, 'l', 'Good evening! This is Colleen in the Health Sciences Library at Maine Medical Center. Are you on a personal computer or a hospital-issued laptop?'],
      [95, 'p', 'personal laptop'],
      [104, 'l', "Thanks. From a personal device UpToDate needs a personal account that re-verifies every 90 days:\n1. On a hospital workstation, open UpToDate from the intranet (Library > Clinical Tools > UpToDate).\n2. Click Register in the top right and create a username.\n3. At home, log in at uptodate.com with that username.\nIf you registered before and it still bounces you, your 90-day verification has probably lapsed: just log in once more from a hospital workstation."],
      [160, 'p', 'I did register last year. probably expired. but my remote desktop also wont load'],
      [171, 'l', "The remote desktop is IS, not the library, so please call the IS Service Desk at 207-555-0142 (24/7) or open a ticket at servicedesk.mmc.example.org. Does that cover both problems?"],
      [230, 'p', 'yes thanks, nothing else'],
      [236, 'l', 'Take care, and thank you for reaching out to the library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'university: proxy "access denied", NetID, and "you\'ll need to contact the IT Help Desk to reset it" with no way to reach them: referral fails',
    lines: [
      [0, 'p', 'every time I click a database link off campus it says access denied'],
      [25, 'l', 'Hi, Ken at Boise State University Albertsons Library here. Sorry about that! Are you getting the blue NetID login page first, or does it go straight to the error?'],
      [70, 'p', 'it asks for netid, i put it in, then says access denied'],
      [78, 'l', 'That usually means the NetID password has expired or the account is locked, because the proxy only checks it against the campus directory. You can test it at my.boisestate.edu: if that login fails too, the password is the problem.'],
      [140, 'p', 'yep my.boisestate fails too'],
      [146, 'l', "Then you'll need to contact the IT Help Desk to reset it; once it's reset, the database links will work again. Is there anything else I can help with?"],
      [190, 'p', 'no thats it'],
      [194, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'proxy trouble, then the hurried student goes quiet: "Are you still there?" and "I haven\'t heard back, so I\'ll close this chat…" (idle 240 s): both pass',
    lines: [
      [0, 'p', 'JSTOR says i dont have access but im a student???'],
      [20, 'l', 'Hi! This is Pat at Temple University Libraries. Where did you start from, Google or the library website?'],
      [44, 'p', 'google'],
      [52, 'l', 'That\'s the catch: from Google, JSTOR doesn\'t know you\'re Temple. Either start from library.temple.edu/databases/jstor, or put this in front of any article link: https://libproxy.temple.edu/login?url= . You\'ll get the AccessNet login and then full text. Does that work?'],
      [170, 'l', 'Are you still there?'],
      [292, 'l', "I haven't heard back, so I'll assume you got disconnected and close this chat. Come back anytime if the link still gives you trouble!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'community college LPN student: drug guide on Unbound, patron vanishes after the answer, no check-in (idle 250 s): idle, notice and courteous fail',
    lines: [
      [0, 'p', 'where is the drug book for nursing students, the davis one'],
      [35, 'l', 'Hello, you have reached Ivy Tech Community College Library, this is Shonda. Do you want the print copy or the online version?'],
      [70, 'p', 'online'],
      [77, 'l', "Davis's Drug Guide is online in Unbound Medicine: ivytech.edu/library > Databases A-Z > D > Davis's Drug Guide. Log in with your Ivy Tech email. Does that answer your question?"],
    ],
    over: { endAfter: 250 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'nursing capstone: "Is this for your capstone?" before the source, Joanna Briggs and the EBP guide, writing centre referred with its booking URL: referral passes',
    lines: [
      [0, 'p', 'hello i need help finding a systematic review about music therapy for dementia agitation'],
      [28, 'l', "Hi! I'm Amira, a librarian at Purdue Fort Wayne Helmke Library. Is this for your capstone, and do you need a Cochrane-level review specifically or any systematic review?"],
      [80, 'p', 'capstone yes. any SR is fine'],
      [88, 'l', 'Let me look, one moment.'],
      [150, 'l', 'Two good ones: the Cochrane review "Music-based therapeutic interventions for people with dementia" (2018) and a 2023 JBI Evidence Synthesis review on agitation. Both are linked from our EBP guide at guides.library.pfw.edu/ebp under "Filtered evidence". Is that the kind of review you were looking for?'],
      [215, 'p', 'yes!! also can someone look over my reference list'],
      [222, 'l', "For the reference list, book a session with the Writing Center at pfw.edu/writingcenter; they do APA 7 checks. Anything else I can find for you?"],
      [260, 'p', 'no that is everything, thank you'],
      [265, 'l', 'You are welcome, good luck with the capstone!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading (relabelled after the first run): the clarifying question names ahajournals.org, a domain, so its message is
    // the first that gives a source and the question is not before it: clarify fails
    name: 'writing centre named with no contact ("stop by the Writing Center, they\'re great with APA"): referral fails; the only question names a domain: clarify fails',
    lines: [
      [0, 'p', 'How do I cite a clinical practice guideline from the AHA in APA 7?'],
      [24, 'l', 'Hi, this is Joel at the Durham Tech library. Is it the online version on ahajournals.org or a PDF from the AHA site?'],
      [60, 'p', 'the one in Circulation journal online'],
      [68, 'l', 'Then cite it like a journal article with the group as author: Writing Committee Members. (2022). Title of guideline. Circulation, 145(18), e895-e1032. https://doi.org/... The APA guide at libguides.durhamtech.edu/apa has a guideline example too. Did that help?'],
      [120, 'p', 'kind of, my instructor is picky about the group author part'],
      [128, 'l', "In that case I'd stop by the Writing Center, they're great with APA questions like that. Anything else?"],
      [170, 'p', 'nope thanks'],
      [174, 'l', 'Have a great day!'],
    ],
    exp: usual({ clarify: 'fail', referral: 'fail' }),
  },
  {
    // reading: "we can get it through ILL" with the form's URL is a service page to use (a source), not a referral
    name: 'embargoed journal: the latest issue of the Journal of Nursing Education is under a 12-month embargo in CINAHL; ILL form URL; the ILLiad notice is automatic: no follow-up',
    lines: [
      [0, 'p', "I found an article from last month in J of Nursing Education but the full text link says it's not available"],
      [30, 'l', "Hi, this is Beth at Ball State University Libraries. Could you paste the article title so I can check our access?"],
      [72, 'p', 'Simulation debriefing and clinical judgment in prelicensure students'],
      [80, 'l', 'Thanks, checking now.'],
      [140, 'l', 'Found it. Our full text for that journal is in CINAHL Complete, which has a 12-month embargo, so issues from the last year are not available to us yet. You can request it free through Interlibrary Loan: bsu.illiad.oclc.org, log in with your BSU username, choose Article. Articles usually come in 1-2 days, and ILLiad e-mails you when the PDF is ready. Does that help?'],
      [205, 'p', 'yes, that\'s all I needed. thank you!'],
      [210, 'l', 'You\'re welcome! Thanks for using chat.'],
    ],
    exp: usual(),
  },
  {
    name: 'ILL for an article with a long silence: the librarian searches for 3 minutes without a word: keep_informed fails',
    lines: [
      [0, 'p', 'hi can you get me an article from the 1987 journal of chemical education? we dont have that year'],
      [25, 'l', "Hello! This is Naveen at Michigan Tech's Van Pelt and Opie Library. Do you have the volume and page numbers?"],
      [70, 'p', 'vol 64 p 575, the one on titration curves'],
      [270, 'l', "We do have J. Chem. Educ. back to 1924 through the ACS Legacy Archives: pubs.acs.org/journal/jceda8, volume 64, issue 7, page 575. It should open from campus or through the proxy. Is that the article?"],
      [320, 'p', 'yes it works!! thats everything'],
      [326, 'l', 'Great, thanks for asking!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  // ---- engineering standards ------------------------------------------------------------------------------------------
  {
    name: 'IEEE 802.11 standard in IEEE Xplore: which amendment asked, steps with links, patron done: a good session',
    lines: [
      [0, 'p', 'I need the actual IEEE 802.11 standard document for my networking project, not a summary'],
      [19, 'l', "Hi! You're chatting with Gabe, engineering librarian at Virginia Tech University Libraries. Do you need the whole 802.11-2020 base standard or a specific amendment like 802.11ax?"],
      [61, 'p', '802.11ax'],
      [70, 'l', "We subscribe to the IEEE standards in IEEE Xplore, so you can download it:\n1) Go to lib.vt.edu, Databases, IEEE Xplore (log in with your VT PID if you're off campus).\n2) Click Standards in the top bar and search 802.11ax-2021.\n3) Open 'IEEE Standard for Information Technology... Amendment 1: Enhancements for High-Efficiency WLAN' and click PDF.\nLet me know if the PDF button is greyed out for you. Were you able to get it?"],
      [150, 'p', 'got it, downloading now. thats all I needed!'],
      [156, 'l', 'Awesome. Thanks for using VT Libraries chat, good luck with the project!'],
    ],
    exp: usual(),
  },
  {
    name: 'ASTM D638 not subscribed: the library says so, ILL cannot lend standards, the engineering librarian referred with her e-mail to ask about a purchase: referral passes',
    lines: [
      [0, 'p', 'Do we have access to ASTM D638? Need tensile testing procedure for my materials lab report'],
      [27, 'l', "Hi, this is Sam at the Colorado School of Mines Arthur Lakes Library. Which version do you need: is your lab using the current D638-22, or an older one your instructor specified?"],
      [75, 'p', 'current i guess, the lab handout says D638'],
      [82, 'l', 'Checking our standards access now, one sec.'],
      [140, 'l', "We don't subscribe to ASTM Compass, and standards usually can't be borrowed through interlibrary loan because of the publisher's license. Two options: (1) your lab handout's summary plus the open description at astm.org/d0638-22.html may be enough for a lab report; (2) for the full text, email Lisa Dunn, our engineering liaison, at ldunn@mines.example.edu: she sometimes buys single standards for courses. Does that help?"],
      [200, 'p', 'ok i will email her. thank you'],
      [206, 'l', "You're welcome. Anything else I can look up?"],
      [240, 'p', 'no, thats all'],
      [244, 'l', 'Have a good one, thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an engineering student in a hurry, chat-speak; long hold updates every 90 s; BSI standard in Knovel; thanks and bye: a good session',
    lines: [
      [0, 'p', 'yo need BS EN 1992 eurocode 2 asap for concrete design hw'],
      [22, 'l', 'hey! this is Rach at the University of Leeds Library. is it part 1-1 (general rules and rules for buildings) you need?'],
      [45, 'p', 'ya 1-1'],
      [50, 'l', 'ok, checking British Standards Online for you, hang on'],
      [140, 'l', 'still looking, BSOL is being slow today'],
      [230, 'l', "found it. go to library.leeds.ac.uk/databases, pick British Standards Online, search \"BS EN 1992-1-1\", open the 2004+A1:2014 version and click View. you'll need your uni login. does that get you in?"],
      [300, 'p', 'yep in. cheers'],
      [304, 'p', 'thats all i needed'],
      [309, 'l', 'brill, good luck with the hw, bye!'],
    ],
    exp: usual(),
  },
  // ---- patents ------------------------------------------------------------------------------------------------------------
  {
    name: 'patent prior-art search: Google Patents and USPTO Patent Public Search, the campus Patent and Trademark Resource Center referred with phone: referral passes',
    lines: [
      [0, 'p', 'Hi, I am in a senior design class and need to check whether anyone patented a clip-on bike light that charges from the hub dynamo'],
      [29, 'l', 'Hello and welcome to Ask a Librarian at the University of Nevada, Reno Libraries! My name is Farah. Are you looking for US patents only, or worldwide?'],
      [70, 'p', 'US is fine for now'],
      [78, 'l', "Two free tools:\n1. Google Patents (patents.google.com) is the easiest start: try bicycle light dynamo hub clip with the 'US' filter.\n2. USPTO Patent Public Search (ppubs.uspto.gov) is the official one; use CPC class B62J 6 (bicycle lighting) with your keywords.\nFor a proper prior-art search, the UNR Patent and Trademark Resource Center does free one-on-one sessions: call 775-555-0167 to book. Does that help you get started?"],
      [160, 'p', 'yes thanks, nothing else'],
      [166, 'l', 'Good luck with the design project!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'patent number lookup: the patron asks for a specific patent; no question before the PDF link; "Is there anything else?" only: clarify and completeness fail',
    lines: [
      [0, 'p', 'can i get a pdf of US patent 9,876,543'],
      [18, 'l', "Hi, this is Owen at Iowa State University Library."],
      [26, 'l', 'You can get the full PDF free at patents.google.com/patent/US9876543B2 (click Download PDF at the top). Is there anything else I can do for you?'],
      [60, 'p', 'no thats it'],
      [64, 'l', 'Thanks, take care!'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  // ---- chemistry data ---------------------------------------------------------------------------------------------------
  {
    name: 'SciFinder-n registration with a university e-mail, numbered steps, "Were you able to register?", patron confirms and is done: a good session',
    lines: [
      [0, 'p', 'how do i get into scifinder? it says i need an account'],
      [34, 'l', "Hi! This is Wen, chemistry librarian at the University of Utah Marriott Library. Have you registered for a SciFinder account before, maybe in a previous class?"],
      [80, 'p', 'no never'],
      [88, 'l', "Then you'll need to register once:\n1. Go to lib.utah.edu/scifinder (on campus or through the VPN).\n2. Fill in the form using your @utah.edu e-mail; a personal address will be rejected.\n3. CAS sends a link to that e-mail within a few minutes; click it within 48 hours and set a password.\n4. Then log in at scifinder-n.cas.org.\nWere you able to register?"],
      [230, 'p', 'yes got the email and im in'],
      [236, 'l', 'Excellent! Is there anything else you need for your search?'],
      [270, 'p', 'no, thank you so much'],
      [275, 'l', 'My pleasure, have a good evening!'],
    ],
    exp: usual(),
  },
  {
    name: 'Reaxys melting point: the librarian gives the value with Reaxys and the CRC Handbook, then a silence of 150 s after the patron asks for more: keep_informed fails',
    lines: [
      [0, 'p', 'I need the melting point and solubility of 4-nitrobenzoic acid with a reference'],
      [30, 'l', 'Hi, Ama at the Georgia Tech Library here. Do you need the value from a primary literature source, or is a handbook value fine for your report?'],
      [72, 'p', 'handbook is fine but primary would be better'],
      [80, 'l', 'Handbook first: the CRC Handbook of Chemistry and Physics (online at hbcp.chemnetbase.com) gives mp 242 °C and water solubility of about 0.42 g/L at 25 °C. Would you like me to find a primary source in Reaxys too?'],
      [110, 'p', 'yes please'],
      [260, 'l', 'In Reaxys the most cited mp measurement is 241-242 °C from J. Org. Chem. 1957, 22, 1001. You can open it from library.gatech.edu/reaxys. Is that what you needed?'],
      [320, 'p', 'perfect, that is everything for now'],
      [326, 'l', 'Great, thanks for chatting with Georgia Tech Library!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: a safety office told to be called is a referral; its phone is given
    name: 'hospital research lab: safety data sheet for glutaraldehyde, the Environmental Health & Safety office referred with phone and e-mail: referral passes',
    lines: [
      [0, 'p', 'hi this is from the endoscopy unit. where can i find the SDS for the glutaraldehyde disinfectant we use'],
      [26, 'l', "Good morning! You've reached the Medical Library at Hartford HealthCare, this is Dana. Do you know the product name on the bottle, e.g. Cidex or Metricide?"],
      [66, 'p', 'Cidex Plus'],
      [74, 'l', 'The manufacturer posts the SDS: go to aspjj.com, click Resources > Safety Data Sheets, and pick CIDEX PLUS 28 Day Solution. For questions about exposure limits or spill procedures in the unit, contact Environmental Health & Safety at ehs@hhc.example.org or 860-555-0178. Is that what you were looking for?'],
      [130, 'p', 'yes exactly, thanks. thats all'],
      [136, 'l', 'Glad I could help, stay safe!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- datasets --------------------------------------------------------------------------------------------------------
  {
    name: 'NHANES dataset for a public health class: format asked, CDC link and the SAS/CSV note, data services librarian named with no way to reach her: referral fails',
    lines: [
      [0, 'p', 'i need a dataset with BMI and blood pressure for adults for my biostat project'],
      [28, 'l', 'Hi, this is Lior with Ask a Librarian at Emory Libraries. What software are you using for the analysis, R, SPSS or SAS?'],
      [62, 'p', 'R'],
      [70, 'l', "NHANES has both: wwwn.cdc.gov/nchs/nhanes, pick the 2017-March 2020 pre-pandemic cycle, and download Body Measures (BMX) and Blood Pressure (BPX). The files are SAS transport (.xpt), which R reads with haven::read_xpt(). Does that work for you?"],
      [150, 'p', 'yes but how do i merge them'],
      [157, 'l', "Merge on SEQN, the participant ID. For help with survey weights, I'd talk to Priya Raman, our data services librarian; she does consultations for exactly this. Anything else?"],
      [200, 'p', 'no thats all thanks'],
      [204, 'l', 'Good luck with the project!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'community college: materials property data for a lab (MatWeb), the answer and "does that answer your question?", patron only "k thanks" and the provider never says goodbye',
    lines: [
      [0, 'p', 'where can i find the youngs modulus for 6061 aluminum with a source i can cite'],
      [41, 'l', 'Hello! This is the Library at Portland Community College, Ari speaking. Is this for a lab report that needs a citable reference, or just a quick number?'],
      [80, 'p', 'lab report'],
      [86, 'l', 'Use MatWeb (matweb.com, search 6061-T6): 68.9 GPa, and cite it as ASM Aerospace Specification Metals. For a print source, the ASM Handbook Vol. 2 is in our reference collection. Does that answer your question?'],
      [130, 'p', 'k thanks'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'long careful message with numbered steps for a Dryad dataset deposit but no question at all after it: completeness fails; patron says she is done',
    lines: [
      [0, 'p', 'My advisor says I have to deposit my thesis data in a repository. How?'],
      [30, 'l', 'Hi Jess, this is Imani from UC Davis Library Data Services. What kind of data is it (spreadsheets, images, code), and roughly how large?'],
      [90, 'p', 'a few CSVs and R scripts, under 1 GB'],
      [100, 'l', "Then Dryad is a good fit and UC Davis covers the fee:\n1. Go to datadryad.org and log in with ORCID (create one at orcid.org if needed).\n2. Choose University of California, Davis as your institution so the fee is waived.\n3. Upload the CSVs; put the R scripts on Zenodo via the 'Software' link Dryad shows you.\n4. Add a README describing every column (template: library.ucdavis.edu/data-readme).\n5. Submit; curators review it in about 2-5 business days and give you a DOI for your thesis."],
      [210, 'p', 'super clear, that covers everything I needed. thank you!'],
      [216, 'l', 'Happy to help! Good luck with the thesis.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  // ---- systematic reviews and liaison handoffs by e-mail ----------------------------------------------------------------
  {
    // reading: the liaison who will write to the patron is staff the provider passes the question to: a follow-up, no referral
    name: 'systematic review search strategy handed to the nursing liaison by e-mail: e-mail read back, "by Thursday", Follow-up by me, done in 30 h: contact and on_time pass',
    lines: [
      [0, 'p', 'Hi, our DNP group is starting a systematic review on nurse-led discharge education and heart failure readmissions, and we need help with the search strategy'],
      [38, 'l', "Hello! I'm Grant, a librarian at the University of Iowa Hardin Library for the Health Sciences. Are you registering a protocol in PROSPERO, and which databases does your faculty advisor expect?"],
      [110, 'p', 'yes prospero, and at least pubmed, cinahl and embase'],
      [118, 'l', "Great. For now, the Hardin systematic review guide at guides.lib.uiowa.edu/systematicreviews has PRISMA templates and a starter PubMed strategy using MeSH terms like \"Heart Failure\"[Mesh] AND \"Patient Discharge\"[Mesh] AND \"Patient Education as Topic\"[Mesh]. A full three-database strategy is a bigger job, so I'd like to pass this to Ruth Okafor, our nursing liaison, who builds these. Is that OK?"],
      [170, 'p', 'yes please! my email is kwilliams@example.org'],
      [178, 'l', 'Thanks, so that is kwilliams@example.org. Ruth will e-mail you a draft PubMed strategy and a time to meet by Thursday. Does the guide cover what you need until then?'],
      [230, 'p', 'perfect, thats all for now'],
      [236, 'l', 'Thanks for contacting Hardin Library, good luck with the review!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(241, 30, 'ruth') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'liaison follow-up promised ("our biology liaison will get back to you"), coded Answered, e-mail given but no time: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'I need help finding a good dataset of bird migration timing for my ecology thesis'],
      [30, 'l', 'Hi there, this is Luis at Cornell University Library. Which region and which years are you interested in?'],
      [80, 'p', 'northeast US, ideally 2000-2020'],
      [88, 'l', 'eBird has what you need: ebird.org/science/use-ebird-data lets you request the Basic Dataset filtered by state and dates. That is a big download, so our biology liaison can also help you subset it. Can I get your e-mail so she can reach you?'],
      [140, 'p', 'sure, dmorales@example.org'],
      [146, 'l', 'Got it. Our biology liaison will get back to you with tips on subsetting it. Does the eBird page help for now?'],
      [200, 'p', 'yes, that is everything, thanks'],
      [205, 'l', 'You are welcome, thanks for chatting!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: telling the patron to write to the liaison (with her address) is a referral, not a promise of the provider's
    name: 'student told to e-mail the chemistry liaison for a SciFinder workshop, with her address: a referral with contact, no follow-up',
    lines: [
      [0, 'p', 'does the library run any training on scifinder? my PI wants me to learn reaction searching'],
      [24, 'l', 'Hi! This is Mark at UW-Madison Libraries. Are you looking for a group workshop, or one-on-one help with your own project?'],
      [70, 'p', 'either, one on one would be better'],
      [76, 'l', "For one-on-one, email our chemistry liaison, Dr. Helen Zhou, at hzhou@wisc.example.edu with your PI's name and a couple of times that work; she does reaction-searching consults. The CAS tutorials at cas.org/training are good to watch first. Does that help?"],
      [130, 'p', 'yes! nothing else, thank you'],
      [135, 'l', 'Thanks for chatting, have a great day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'hospital librarian promises a literature search for a physician: phone confirmed, "by end of day tomorrow", Follow-up by me, done in 20 h: passes',
    lines: [
      [0, 'p', 'This is Dr. Nguyen in cardiology. Can the library run a literature search on SGLT2 inhibitors in HFpEF for our journal club?'],
      [45, 'l', "Good afternoon, Dr. Nguyen, this is Patricia in the Health Sciences Library at Christiana Care. Happy to. Do you want RCTs and meta-analyses only, and from which years?"],
      [110, 'p', 'RCTs and meta-analyses since 2019. Journal club is Friday'],
      [118, 'l', "Understood. I'll run it in PubMed and Embase and send you a results list with PDFs where we have them. Which is the best way to reach you, e-mail or pager?"],
      [160, 'p', 'phone is easier, 302-555-0119, or just email the list to the cardiology office'],
      [168, 'l', 'I have 302-555-0119. I will call you when the search is done and e-mail the list to the cardiology office by end of day tomorrow. In the meantime, the EMPEROR-Preserved and DELIVER trials are in NEJM 2021 and 2022. Is that enough for journal club prep today?'],
      [220, 'p', "yes, that's everything. thank you"],
      [226, 'l', 'You are very welcome. Thank you for contacting the library!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(231, 20) },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: an e-mail known only from patron.email and never said in the chat confirms nothing
    name: 'hospital: "I\'ll send you some articles" with the nurse\'s e-mail only in the patron record and no time; done 100 h later: contact and on_time fail, code passes',
    lines: [
      [0, 'p', 'Hi, I need some evidence on chlorhexidine bathing in the ICU for our unit council'],
      [30, 'l', 'Hi, this is Jan in the Medical Library at Baystate Health. Is this about reducing CLABSI, or all hospital-acquired infections?'],
      [80, 'p', 'CLABSI mainly'],
      [88, 'l', "The AHRQ toolkit at ahrq.gov/hai/tools/clabsi has the evidence summary and a bathing protocol. I'll also do a search and send you some articles."],
      [140, 'p', 'thanks! i have to run to a meeting, thats all for now'],
      [146, 'l', 'No problem, thanks for reaching out!'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Ortiz', email: 'mortiz@example.org', phone: null }, followUps: doneAfter(151, 100) },
    ctx: LATER,
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'cooperative after-hours chat: a community-college student from another college, question passed to her home library, e-mail read back, "within 72 hours", Follow-up by patron\'s library, not recorded yet: pending',
    lines: [
      [0, 'p', "i'm trying to get an article on sepsis bundles but my school's library login doesn't work after 9pm"],
      [36, 'l', "Hi, welcome to Ask a Librarian. I'm Nora, a librarian with the Florida statewide chat service, not at your college. Which college do you attend?"],
      [80, 'p', 'Broward College, nursing program'],
      [88, 'l', 'Thanks. Your login problem has to be fixed by Broward College\'s library staff, so I\'ll pass your question to them. Meanwhile, the free CDC page on sepsis core elements is at cdc.gov/sepsis/hcp. What e-mail should they use?'],
      [140, 'p', 'aprice@example.org'],
      [146, 'l', 'I have aprice@example.org. Broward College library staff will contact you within 72 hours. Does the CDC page help for tonight?'],
      [190, 'p', 'yes it does, thats all'],
      [195, 'l', 'Thanks for using Ask a Librarian, good night!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  // ---- citation managers -----------------------------------------------------------------------------------------------
  {
    name: 'Zotero: the connector saves webpages instead of articles from CINAHL; numbered fix; "Did that fix it?"; patron done: a good session',
    lines: [
      [0, 'p', 'zotero keeps saving cinahl articles as web pages with no author'],
      [27, 'l', "Hi! Sofia here, a librarian at Oregon Health & Science University Library. Which browser are you using, and are you on the article's detailed record or the results list?"],
      [70, 'p', 'chrome, the results list'],
      [77, 'l', "That's the cause. Try this:\n1. Click the article title to open the Detailed Record.\n2. Click the Zotero Connector icon; it should now show a journal-article icon instead of a page.\n3. If it still shows a page, update the connector at zotero.org/download/connectors.\nOur Zotero guide at libguides.ohsu.edu/zotero has screenshots. Did that fix it?"],
      [160, 'p', 'YES it works now. thats all I needed'],
      [166, 'l', 'Wonderful! Happy citing, and thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    name: 'EndNote 21 library will not sync: "contact the IT help desk at 617-555-0190 or helpdesk@example.edu" gives a way to reach them: referral passes; chat-speak student',
    lines: [
      [0, 'p', 'endnote wont sync my library, says authentication failed, thesis due fri 😭'],
      [21, 'l', 'Oh no! Hi, this is Kayla at the Tufts Hirsh Health Sciences Library. Did you change your Tufts password recently?'],
      [50, 'p', 'yes last week'],
      [57, 'l', "That's very likely it. In EndNote go to Edit > Preferences > Sync, click Disable Sync, then Enable Sync and log in again with your EndNote online account (not the Tufts one). Our EndNote guide is at hirshlibrary.tufts.edu/endnote. If it still fails, it's a licence problem, so contact the IT help desk at 617-555-0190 or helpdesk@example.edu. Does that make sense?"],
      [140, 'p', 'ok it synced!! ty ty'],
      [146, 'l', 'Great! Anything else before you get back to the thesis?'],
      [170, 'p', 'nope all good'],
      [175, 'l', 'Good luck Friday!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'EndNote licence: "you\'ll have to request it from IT, they handle software licenses" with no contact; no question first: clarify and referral fail',
    lines: [
      [0, 'p', 'How do I download EndNote for free as a student?'],
      [26, 'l', 'Hi, this is Reggie at Texas A&M University Libraries. EndNote is licensed through IT, not the library, so you\'ll have to request it from IT, they handle software licenses. A free alternative is Zotero at zotero.org. Does that help?'],
      [90, 'p', 'ok, no thats all'],
      [96, 'l', 'Thanks for asking, gig em!'],
    ],
    exp: usual({ clarify: 'fail', referral: 'fail' }),
  },
  // ---- transfers, dismissals and the opening -------------------------------------------------------------------------
  {
    name: 'general queue to the health sciences librarian: internal note says why, the patron is told: transfer passes; the receiving librarian runs the PubMed search',
    lines: [
      [0, 'p', 'Hi I need help with a PubMed search for a pharmacology assignment on warfarin and vitamin K interactions'],
      [22, 'l', "Hi! This is Jo at the University of Arizona Libraries. Our health sciences librarian is on chat right now, so I'm transferring you to her; she'll know PubMed best."],
      [26, 'i', 'Ruth, pharmacology student needs a PubMed search on warfarin + vitamin K, yours?'],
      [28, 's', 'Chat transferred to Ruth Okafor', sys('transfer', 'ruth')],
      [60, 'l', 'Hi, Ruth here, health sciences librarian. Is this for a drug-interaction case study, or a literature review?', LIAISON],
      [95, 'p', 'case study, i need 2-3 clinical articles'],
      [103, 'l', 'In PubMed (pubmed.ncbi.nlm.nih.gov) try: warfarin[mh] AND "vitamin k"[mh] AND "drug interactions"[mh], filter Case Reports and Clinical Trial. Do those results look usable?', LIAISON],
      [170, 'p', 'yes thank you thats all'],
      [175, 'l', 'Good luck with the case study!', LIAISON],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with the patron never told ("one sec" only): transfer fails',
    lines: [
      [0, 'p', 'need a standard for wheelchair ramps, the ADA one or ANSI A117.1'],
      [25, 'l', 'Hello, this is Jo at Kansas State University Libraries. One sec.'],
      [28, 'i', 'Ruth, ANSI A117.1 question, you cover architecture standards, can you take it?'],
      [30, 's', 'Chat transferred to Ruth Okafor', sys('transfer', 'ruth')],
      [70, 'l', 'Hi, Ruth at K-State Libraries. Is this for a design studio project, or a code-compliance report?', LIAISON],
      [110, 'p', 'design studio'],
      [118, 'l', "The 2010 ADA Standards are free at ada.gov/law-and-regs/design-standards, and ICC A117.1-2017 can be read free in ICC's Digital Codes at codes.iccsafe.org. Does that answer your question?", LIAISON],
      [170, 'p', 'yes, that covers everything'],
      [176, 'l', 'Thanks for chatting!', LIAISON],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'dismissal: "I can only help with one question per chat, so please log off and start a new chat for the second" with no help: fails (critical)',
    lines: [
      [0, 'p', 'how do I find the impact factor of the journal Nursing Outlook'],
      [30, 'l', 'Hi, this is Drew at Kent State University Libraries. Do you need this year\'s or a past year\'s?'],
      [60, 'p', 'this year'],
      [67, 'l', 'Journal Citation Reports at library.kent.edu/jcr lists it: search "Nursing Outlook". Does that answer your question?'],
      [110, 'p', 'yes. also how do I find if a journal is peer reviewed'],
      [118, 'l', 'I can only help with one question per chat, so please log off now.'],
      [140, 'p', 'oh ok'],
      [145, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'allowed: "I have several students waiting, so I need to wrap up; feel free to start a new chat for the EndNote part": no dismissal',
    lines: [
      [0, 'p', 'what is the difference between a scoping review and a systematic review'],
      [25, 'l', "Hi, this is Anh at Rush University Library. Are you deciding which one to do for a project, or answering an assignment question?"],
      [70, 'p', 'deciding for my DNP project'],
      [78, 'l', "In short: a scoping review maps what research exists on a broad question and doesn't usually appraise quality; a systematic review answers a focused question and appraises every study. JBI's manual at jbi-global-wiki.refined.site explains both, and our guide at rushu.libguides.com/reviews has a decision tree. Does that help you decide?"],
      [140, 'p', 'yes scoping fits better. can you also show me how to set up EndNote groups'],
      [148, 'l', "I have several students waiting in the queue, so I need to wrap up now, but please start a new chat for the EndNote part. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'slow pickup (95 s) at a community-college library during class change; otherwise a good session',
    lines: [
      [0, 'p', 'Hi, where can I find the anatomy and physiology textbook online? Openstax?'],
      [95, 'l', 'Hi, sorry for the wait! This is Rosa from the Austin Community College Library. Is your class using the OpenStax Anatomy & Physiology 2e?'],
      [130, 'p', 'yes 2e'],
      [137, 'l', 'It is free at openstax.org/details/books/anatomy-and-physiology-2e (read online or download the PDF), and we have print copies on reserve at the Highland campus library. Did that answer your question?'],
      [180, 'p', 'yes, that\'s everything'],
      [185, 'l', 'Great, thanks for contacting ACC Library!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'greeting without saying who answers ("Hi! What can I help with?" then a question): greeting fails',
    lines: [
      [0, 'p', 'is there a guide for the NCLEX at the library'],
      [20, 'l', 'Hi! What can I help with today?'],
      [26, 'l', 'Are you looking for practice questions or a review book?'],
      [60, 'p', 'practice questions'],
      [68, 'l', 'We have UWorld-style practice in the Kaplan NCLEX-RN Prep 2025 book (call number RT55 .N42 2025) and online practice tests in LearningExpress Library through the NCLEX guide at lib.uta.edu/nclex. Does that help?'],
      [120, 'p', 'yes thank you, nothing else'],
      [126, 'l', 'You\'re welcome, good luck on the NCLEX!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'concurrency: the provider had four chats open at once during this one (finals week): concurrency fails',
    lines: [
      [0, 'p', 'need help finding the ASHRAE handbook for HVAC design'],
      [35, 'l', 'Hi, this is Jo at Purdue University Libraries. Which volume: Fundamentals, HVAC Systems and Equipment, Applications, or Refrigeration?'],
      [70, 'p', 'fundamentals'],
      [78, 'l', 'The 2021 ASHRAE Handbook Fundamentals is online in the ASHRAE Digital Collection: lib.purdue.edu/databases, search ASHRAE. Did that help?'],
      [120, 'p', 'yep thats all'],
      [124, 'l', 'Thanks for chatting with Purdue Libraries!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 400), other('b', 'jo', -100, 200), other('c', 'jo', 40, 300), other('d', 'jo', 60, 250)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'a practice chat coded Practice (a new student worker poses as a nursing student): every check na',
    lines: [
      [0, 'p', 'TEST - how do I find nursing theory books'],
      [15, 'l', 'Hi, this is Jo at Kean University Library. Try the catalog at kean.edu/library.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'lost call: the student asks about Lexicomp and leaves before pickup ("User has left"), the librarian greets into the void and closes at once: information checks na',
    lines: [
      [0, 'p', 'is lexicomp available off campus?'],
      [8, 's', 'User has left the chat.'],
      [30, 'l', 'Hi, this is Jo at the Touro University Library. How can I help?'],
      [90, 'l', 'It looks like you have left the chat. Feel free to reach out again anytime. Goodbye!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'Spanish at a community college: nursing student wants articles in Spanish; SciELO and CINAHL language limit; "¿Le sirve?"; patron says "eso es todo": a good session',
    lines: [
      [0, 'p', 'Hola, necesito artículos de enfermería en español sobre diabetes gestacional'],
      [30, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de South Texas College Library. ¿Los necesita revisados por pares y de los últimos cinco años?'],
      [70, 'p', 'sí, revisados por pares'],
      [78, 'l', 'Un momento, por favor, reviso las bases de datos.'],
      [140, 'l', 'Le recomiendo SciELO (scielo.org), que tiene revistas de enfermería de América Latina revisadas por pares; busque "diabetes gestacional" AND enfermería. En CINAHL (southtexascollege.edu/library > Databases) puede limitar por idioma: Spanish. ¿Le sirve esta información?'],
      [210, 'p', 'sí, muchas gracias, eso es todo'],
      [215, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual(),
  },
  // ---- resources named without a URL (the README's reading: a database or citation tool named is a source) -----------
  {
    name: 'chemistry grad student: Reaxys and SciFinder named without any URL, a structure search explained, "Does that get you the data?": source passes',
    lines: [
      [0, 'p', 'im looking for the pKa of 2,6-lutidine in acetonitrile, not water. google gives me only water values'],
      [27, 'l', 'Hi! This is Hannah, chemistry librarian at UC Berkeley Library. Do you need a measured value with its paper, or would a calculated one do?'],
      [70, 'p', 'measured, for my thesis'],
      [78, 'l', 'One moment, checking.'],
      [160, 'l', 'Reaxys is the place for that: draw 2,6-lutidine in the structure editor, choose Properties > Dissociation Exponent, and filter Solvent = acetonitrile. There are three measured values, the most cited is 14.13 from Kaljurand et al. (J. Org. Chem. 2005). SciFinder-n has the same paper under Experimental Properties if you prefer it. Does that get you the data?'],
      [230, 'p', 'yes thats exactly it, thats all I needed'],
      [236, 'l', 'Wonderful, good luck with the thesis!'],
    ],
    exp: usual(),
  },
  {
    name: 'hospital pharmacist on the overnight chat: Lexicomp and Micromedex named, no URL; hurried, no clarifying question; "thx" and gone: clarify and anything else fail, no final idle goodbye needed',
    lines: [
      [0, 'p', 'quick: compatibility of vancomycin and pip-tazo in y-site?'],
      [19, 'l', 'Hi, Carlos at the Sentara Medical Library.'],
      [25, 'l', "Lexicomp's IV Compatibility (Trissel's) lists vancomycin and piperacillin-tazobactam as incompatible at Y-site at several concentrations, and Micromedex IV Compatibility agrees. Both are under Clinical Tools on the intranet. Does that answer it?"],
      [60, 'p', 'thx'],
      [66, 'l', 'You bet, take care!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  // ---- more endings, follow-ups and referrals ---------------------------------------------------------------------------
  {
    // reading: "Is the PDF opening for you?" asks about the article, not whether the patron is there
    name: 'near miss in a final idle: "Is the PDF opening for you?" is no check-in; then "Looks like you\'ve stepped away, so I\'ll end the chat now. Thanks…" (idle 230 s): check-in fails, notice passes',
    lines: [
      [0, 'p', 'can you help me get the full text of a Nature Medicine article, the link goes to a paywall'],
      [24, 'l', 'Hi, this is Kofi at Johns Hopkins Welch Medical Library. What is the title or DOI?'],
      [60, 'p', '10.1038/s41591-023-02448-8'],
      [66, 'l', 'Thanks! Use this link, which goes through our proxy: https://proxy1.library.jhu.edu/login?url=https://doi.org/10.1038/s41591-023-02448-8 and log in with your JHED ID. Does that get you to the PDF?'],
      [200, 'l', 'Is the PDF opening for you?'],
      [296, 'l', "Looks like you've stepped away, so I'll end the chat now. Thanks for contacting Welch Library!"],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: 'ILL scan promised by e-mail: address read back, "by tomorrow morning", Follow-up by me, sent 80 h later: on_time fails',
    lines: [
      [0, 'p', 'We only have the print of Journal of Applied Physics 1975 in storage. Can I get a scan of one article?'],
      [28, 'l', 'Hello, this is Jo with Rensselaer Polytechnic Institute Libraries. Sure: which article (authors, volume and pages)?'],
      [80, 'p', 'Dennard et al? no wait thats JSSC. its Ashkin vol 46 p 1234. my email is tchen@example.org'],
      [90, 'l', "Got it, Ashkin, J. Appl. Phys. 46, 1234 (1975). Our storage is on campus, so I'll request it from there and e-mail the scan to tchen@example.org by tomorrow morning. Meanwhile, the abstract is at pubs.aip.org. Is the abstract enough until then?"],
      [140, 'p', 'yes thank you! thats all'],
      [146, 'l', "You're welcome, thanks for chatting!"],
    ],
    over: { ...FU_ME, followUps: doneAfter(151, 80) },
    ctx: LATER,
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'patent: the USPTO Inventors Assistance Center referred with its phone; a hold with updates every 100 s while the librarian checks classes: a good session with a referral',
    lines: [
      [0, 'p', 'Im an inventor, not a student. how do I know what patent class my kitchen gadget falls under'],
      [30, 'l', 'Hi! Thanks for contacting the Sunnyvale Public Library Patent & Trademark Resource Center chat, I\'m Dale. What does the gadget do, in a sentence?'],
      [80, 'p', 'it peels and cores pineapples in one step'],
      [88, 'l', 'Let me look up the CPC scheme for that, one moment.'],
      [190, 'l', 'Still checking, there are two candidate groups.'],
      [290, 'l', "The best fit is CPC A47J 17/00 (hand devices for peeling fruit) and A23N 4/00 (machines for coring fruit). You can browse them at uspto.gov/web/patents/classification/cpc/html/cpc-A47J.html. For filing questions, call the USPTO Inventors Assistance Center at 800-786-9199. Does that answer your question?"],
      [350, 'p', 'yes, that is all I needed. thanks!'],
      [356, 'l', 'Good luck with the pineapple gadget, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a librarian\'s long careful reply with a restatement ("So you need…") before the source, UpToDate via the app, a nursing student at a community college: a good session',
    lines: [
      [0, 'p', 'our clinical instructor said we have uptodate through the college but i cant find it on my phone'],
      [33, 'l', 'Hello, and thanks for contacting Anne Arundel Community College Library! I\'m Nadia.'],
      [38, 'l', 'So you need UpToDate on your phone for clinicals, not just on a computer, right?'],
      [70, 'p', 'yes exactly'],
      [78, 'l', "Here's how:\n1. On a computer, open UpToDate from aacc.edu/library > Databases > UpToDate and log in with your AACC credentials.\n2. Click Register and make an UpToDate account with your AACC e-mail.\n3. Install the UpToDate app on your phone and log in with that account.\n4. Every 90 days, open UpToDate once through the library link to keep the app active.\nIs that clear, or would a screenshot help?"],
      [160, 'p', 'its working now! thats all'],
      [166, 'l', 'Great! Good luck in clinicals!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  {
    // reading: a page of the writing centre's handouts to use is a source, not a referral
    name: 'near miss: "The Writing Center\'s APA handouts are at writingcenter.example.edu/apa" points to a page: no referral',
    lines: [
      [0, 'p', 'how do i format a table in APA 7 for my lab report'],
      [20, 'l', 'Hi, this is Jo at Wake Tech Community College Library. Is it a data table you made, or one copied from an article?'],
      [50, 'p', 'one i made'],
      [56, 'l', 'Number it (Table 1) in bold, italic title below, no vertical lines. The Writing Center\'s APA handouts are at writingcenter.example.edu/apa and show a sample table. Does that help?'],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Good luck!'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    name: '"Searching CINAHL now, hang tight" is a hold: a 110 s search after it and 100 s more after "still going" keep the patron informed',
    lines: [
      [0, 'p', 'need qual studies on nurse burnout during covid'],
      [20, 'l', 'Hi, Jo at Seton Hall University Libraries. Any particular setting, like ICU or ED?'],
      [45, 'p', 'ICU'],
      [50, 'l', 'Searching CINAHL now, hang tight.'],
      [160, 'l', 'Still going, lots of hits to sort through.'],
      [260, 'l', 'Here you go: CINAHL (library.shu.edu/cinahl) search burnout AND "intensive care units" AND COVID-19 with the Qualitative limiter gives 23 studies. Does that work for you?'],
      [300, 'p', 'yes! thats everything'],
      [304, 'l', 'Bye, good luck!'],
    ],
    exp: some({ informed: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: "an endnote" is a note of a citation, not the citation manager; nothing else named: no source
    name: 'near miss: "add an endnote for each quotation" names no citation tool: source fails',
    lines: [
      [0, 'p', 'chicago style, do i need footnotes or endnotes for my history of science paper'],
      [20, 'l', 'Hi, this is Jo at Reed College Library. Did your professor say which she prefers?'],
      [50, 'p', 'no'],
      [56, 'l', 'Either is fine in Chicago notes-bibliography style: add an endnote for each quotation or paraphrase, numbered in order, and a bibliography at the end. Does that help?'],
      [90, 'p', 'yes thanks, thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail', clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "natural medicines" as the topic, not the database: no source',
    lines: [
      [0, 'p', 'do you have anything on natural medicines for anxiety'],
      [20, 'l', 'Hi, Jo at Bastyr University Library. Natural medicines for anxiety is a big area. Are you thinking of a particular herb, like kava or valerian?'],
      [60, 'p', 'kava'],
    ],
    over: { endAfter: 30 },
    exp: some({ source: 'fail', clarify: 'pass' }),
  },
  {
    name: 'near miss: "I\'m transferring you to our health sciences librarian; in the meantime, try PubMed." still gives a source before any question: clarify fails',
    lines: [
      [0, 'p', 'I need a pubmed search on warfarin and vitamin K'],
      [20, 'l', "Hi, Jo at the University of Arizona Libraries. I'm transferring you to our health sciences librarian; in the meantime, try PubMed."],
      [24, 'i', 'Ruth, PubMed search on warfarin + vitamin K, yours?'],
      [26, 's', 'Chat transferred to Ruth Okafor', sys('transfer', 'ruth')],
      [60, 'l', 'Hi, Ruth here. Is this for a case study?', LIAISON],
      [90, 'p', 'yes'],
      [98, 'l', 'Search warfarin[mh] AND "vitamin k"[mh] at pubmed.ncbi.nlm.nih.gov and filter Case Reports. Do those results look usable?', LIAISON],
      [150, 'p', 'yes thats all'],
      [155, 'l', 'Bye!', LIAISON],
    ],
    exp: some({ source: 'pass', clarify: 'fail', complete: 'pass', transfer: 'pass' }),
  },
  {
    name: 'near miss: "So I can call you on your cell at 410-555-0134, right?" reads back a contact: no clarifying question',
    lines: [
      [0, 'p', 'can someone call me when my ILL article comes in? I dont check email'],
      [20, 'l', 'Hi, Jo at Towson University Cook Library. So I can call you on your cell at 410-555-0134, right?'],
      [50, 'p', 'yes'],
      [56, 'l', 'Done: I added a phone notice to your ILL request in ILLiad (towson.illiad.oclc.org). Anything else?'],
      [80, 'p', 'no thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "The IT Help Desk can help you reset it. Give them your student ID and phone number so they can call you back." still refers, with no contact: fails',
    lines: [
      [0, 'p', 'my netid is locked and i cant get into the databases'],
      [20, 'l', 'Hi, Jo at Boise State Albertsons Library. Did you get a message saying the account is locked, or just an error?'],
      [50, 'p', 'it says locked'],
      [56, 'l', 'The IT Help Desk can help you reset it. Give them your student ID and phone number so they can call you back.'],
      [80, 'p', 'ok thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "The Writing Center can help with the APA. Can I get your e-mail so I can e-mail you their booking link?" still refers the patron to the Writing Center (no way to reach it yet)',
    lines: [
      [0, 'p', 'can someone check my APA references for my nursing paper'],
      [20, 'l', 'Hi, Jo at Salisbury University Libraries. Is it the reference list only, or in-text citations too?'],
      [50, 'p', 'both'],
      [56, 'l', 'The Writing Center can help you with the APA. Can I get your e-mail so I can e-mail you their booking link?'],
      [80, 'p', 'sure jl@example.org. thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Is the print copy enough, or do you need the PDF?" before anything was given asks about the need: clarify passes',
    lines: [
      [0, 'p', 'i need the ASHRAE fundamentals handbook chapter on psychrometrics'],
      [20, 'l', 'Hi, Jo at Penn State University Libraries. Is the print copy enough, or do you need the PDF?'],
      [50, 'p', 'pdf please'],
      [56, 'l', 'The PDF is in the ASHRAE Digital Collection at libraries.psu.edu/ashrae, chapter 1. Does that help?'],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'Knovel named without a URL for a property table: source passes',
    lines: [
      [0, 'p', 'where do i find thermal conductivity values for building materials, for my heat transfer hw'],
      [20, 'l', 'Hi, Jo at the University of Cincinnati Libraries. Do you need one material or a table of many?'],
      [50, 'p', 'a table'],
      [56, 'l', 'Knovel has interactive tables for that: search "thermal conductivity building materials" and open the ASHRAE Handbook table. Does that help?'],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: a citation manager named alone is an app, no source (the sixteenth round's reading of "just use Zotero")
    name: 'a citation manager named without a URL ("Mendeley or RefWorks, both free through us"): source fails',
    lines: [
      [0, 'p', 'what citation manager should i use for my lit review, my PI didnt say'],
      [20, 'l', 'Hi, Jo at Drexel University Libraries. Are you writing in Word or Google Docs?'],
      [50, 'p', 'word'],
      [56, 'l', 'Mendeley or RefWorks both plug into Word and are free through us; Mendeley is easier to start with. Does that help?'],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): unchanged: "a print reference copy" of a named standard keys on common words.
    // LEFT: the source is "a print reference copy" of the standard the patron named (ISO 9001:2015), a publication to use;
    // the provider does not repeat its name and the scorer finds no named resource. Reading a copy of the patron's
    // named item as a source needs the patron's words, too broad for this round.
    // reading: "ask at the Engineering Library desk" is a referral to the provider's own department; the hours there are no contact
    name: 'LEFT (source: "a print reference copy" of the patron\'s named standard) ISO 9001 for a quality course: the student told to ask at the Engineering Library desk, "open 8-5 weekdays", no phone, e-mail, address or URL: referral fails',
    lines: [
      [0, 'p', 'hi, is there a copy of ISO 9001:2015 somewhere i can read'],
      [33, 'l', 'Hello, this is Tomas at Cal Poly Pomona University Library. Do you need to read the full standard, or would a guide explaining the clauses work for your assignment?'],
      [90, 'p', 'full standard, we have to quote clause 7.5'],
      [97, 'l', "ISO standards aren't in our online databases, but there is a print reference copy. Ask at the Engineering Library desk on the 2nd floor; they're open 8-5 weekdays and the copy stays in the library. Did that answer your question?"],
      [160, 'p', 'yes, that\'s all, thx'],
      [164, 'l', 'Thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describe('nineteenth round (T4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T4): sciences, health sciences and engineering, every check', whole);
describeSessions('nineteenth round (T4): sciences, short cases', short);

describeLeft('nineteenth-round-sciences', LEFT);
