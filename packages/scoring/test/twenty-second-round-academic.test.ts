/**
 * Twenty-second round, area (X5): WHOLE SESSIONS FROM ACADEMIC AND AFTER-HOURS COOPERATIVES. Students from first year to
 * doctoral, faculty and distance learners chat with a 24/7 academic cooperative or a college library's after-hours backup
 * staff (AskAway-, Ask a Librarian Florida- and 24/7 Reference-style services): databases and discovery layers, peer
 * review, citation styles (APA, MLA, Chicago; pasted citations with initials, DOIs, page ranges), interlibrary loan and
 * document delivery, proxy and login trouble, course reserves, theses, data sets. Providers from another institution say
 * so and hand off to the home library (follow-ups by the patron's library with or without a contact and a when, referrals
 * to the home library's desk with its e-mail or with none), transfer to a subject specialist, hold for a long time while
 * they search; students leave mid-search.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a provider who says they work at another institution ("I'm at SFU, not your school") identifies who is answering by
 *   the name, "librarian" or the service, as any provider does; the other institution named is no source;
 * - a question about the patron's school, campus, level of study, course, citation style's edition or deadline before the
 *   first source is a clarifying question (it decides which subscriptions, which rules);
 * - a pasted reference with its journal, volume and page range, or a DOI link, given by the provider is a source (a
 *   named publication; the DOI is a URL); a citation the patron pasted is not the provider's;
 * - "Did that get you in?" / "Did that fix it?" after steps ask whether what was given meets the need;
 * - "I'm passing this to your library's ILL staff; they will email you within two business days" is a promise of a
 *   follow-up ("someone from your library will contact you"), not a referral; "email the reserves desk at …" refers;
 *   "ask at your library's reference desk" with no way to reach it refers and fails `referral.contact`;
 * - the provider consulting a colleague on the patron's behalf is no referral; a subject specialist the chat is
 *   transferred to is no referral either;
 * - a hold that gives a partial result and says the search goes on is a hold; "take your time" is not;
 * - "that should be everything I need", "that's all for tonight" say the patron is done; "ok thank u so much" does not.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Key, type Line, other, type SessionCase, some, type St, sys, T0, DAY, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const HOUR = 3600;
const NADIA = who('Nadia Rahimi', 'nadia');
const OWEN = who('Owen Tremblay', 'owen');

export const whole: SessionCase[] = [
  // ---- citation styles --------------------------------------------------------------------------------------------------
  {
    // reading: the provider's corrected reference and the APA Style URL are sources; "Does that fix what you were unsure
    // about?" asks whether what was given meets the need
    name: 'APA 7 reference pasted with initials and a DOI: a Valencia College librarian on the statewide chat asks the edition, corrects the italics, APA Style URL, "Does that fix what you were unsure about?"',
    lines: [
      [0, 'p', 'can u check my apa reference pls: Nguyen, T. H., & Ortiz, M. (2021). food insecurity among community college students. journal of college student development, 62(4), 455-470. https://doi.org/10.1353/csd.2021.0039'],
      [38, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Deshawn, a librarian at Valencia College helping out on the statewide chat tonight."],
      [45, 'l', 'Is your instructor using APA 7th edition, or still 6th?'],
      [70, 'p', '7th'],
      [121, 'l', 'Almost there! In APA 7 the journal name is in title case and italics, and so is the volume: Journal of College Student Development, 62(4), 455–470. The article title stays in sentence case. The journal article examples are at apastyle.apa.org/style-grammar-guidelines/references/examples. Does that fix what you were unsure about?'],
      [160, 'p', 'yes!! thats everything thank u'],
      [166, 'l', "You're welcome, good luck with the paper!"],
    ],
    exp: usual(),
  },
  {
    name: 'MLA 9 for a chapter in an edited book: the page range and the container, the MLA Style Center page, the patron asks about the works-cited order too, "Is there anything else?"',
    lines: [
      [0, 'p', 'hello. how do i do mla for one chapter in a book with editors? its for eng 102'],
      [29, 'l', 'Good evening! This is Ruth, reference librarian with the AskAway cooperative.'],
      [33, 'l', 'Did you read the chapter in print or as an ebook through the library?'],
      [61, 'p', 'print, from the library'],
      [70, 'l', 'OK, give me a sec to pull up the MLA example.'],
      [142, 'l', 'The pattern is: Author Last, First. "Chapter Title." Book Title, edited by Editor Name, Publisher, Year, pp. 45-67. The MLA Style Center has it worked out at style.mla.org (search "chapter in an edited collection"). Does that look like what you need?'],
      [190, 'p', 'yes. and does it go under the chapter author or the editor in the list'],
      [197, 'l', 'Under the chapter author, alphabetized by last name. Is there anything else I can help with?'],
      [230, 'p', 'nope that is all i needed'],
      [236, 'l', 'Great, take care and happy writing!'],
    ],
    exp: usual(),
  },
  {
    // reading: the Chicago Manual of Style Online named with the section is a source
    name: 'a history PhD student, Chicago notes-bibliography for an archival letter: the collection asked, CMOS 14.221 and the Quick Guide URL, completeness asked, the student done',
    lines: [
      [0, 'p', 'Hi — how should I footnote an unpublished letter I found in a university archive? Chicago 17th, notes-bibliography.'],
      [52, 'l', "Hello and welcome! You're chatting with Farah, a librarian from the 24/7 Reference Cooperative."],
      [58, 'l', 'Do you have the collection name, box and folder for the letter? Those go in the note.'],
      [101, 'p', 'Yes: Hollis Family Papers, box 3, folder 12, Special Collections, Univ. of Vermont'],
      [109, 'l', 'One moment while I check the manual.'],
      [205, 'l', 'CMOS 14.221 covers letters in manuscript collections. The note would be: 1. Ann Hollis to Thomas Hollis, March 4, 1862, box 3, folder 12, Hollis Family Papers, Special Collections, University of Vermont Libraries. The Chicago Manual of Style Online has the section at chicagomanualofstyle.org. Is that the format you were after?'],
      [260, 'p', "Exactly it. That's all for tonight, thanks so much."],
      [266, 'l', 'My pleasure. Good luck with the chapter!'],
    ],
    exp: usual(),
  },
  // ---- databases, peer review, the discovery layer -------------------------------------------------------------------
  {
    name: 'proxy trouble off campus: JSTOR from Google gives "access denied", the school asked, a hold, the A-Z route and Google Scholar library links, "Did that get you in?", anything else asked',
    lines: [
      [0, 'p', 'jstor keeps saying access denied and asking me to pay, im off campus'],
      [52, 'l', "Hi there! You've reached AskAway after hours. I'm Priyanka, a librarian at Langara College, so not at your school, but I can help with this."],
      [58, 'l', 'Which school are you at, and did you get to JSTOR from the library website or from Google?'],
      [95, 'p', 'kpu. from google'],
      [101, 'l', "That's probably it: links from Google skip the library login. One sec, let me find KPU's route."],
      [170, 'l', "Go to kpu.ca/library, then Databases A-Z, then JSTOR, and sign in with your KPU ID when the login page comes up. For Google Scholar, open Settings > Library links and add Kwantlen Polytechnic University. Did that get you in?"],
      [230, 'p', 'yes it worked omg thank you'],
      [236, 'l', 'Great! Anything else I can help with tonight?'],
      [260, 'p', 'no thats it'],
      [266, 'l', 'Happy researching, bye for now!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Does this completely answer your question?" is the cooperative's own question; Ulrichsweb is a named resource
    name: 'how to tell if a journal is peer reviewed: the course and the article asked, Ulrichsweb with the refereed icon, "Does this completely answer your question?", "you\'re all set"',
    lines: [
      [0, 'p', 'my prof said only peer reviewed sources. how do i know if an article is'],
      [41, 'l', "Hello! Welcome to Ask a Librarian Florida. I'm Kenneth, a librarian at UCF."],
      [47, 'l', 'Do you already have an article you want to check, or are you looking for new ones?'],
      [80, 'p', 'i have one from "Journal of Nursing Education"'],
      [86, 'l', 'Let me look that journal up in Ulrichsweb, hang on.'],
      [160, 'l', 'Ulrichsweb lists Journal of Nursing Education as refereed (the little referee-shirt icon). You can check any journal the same way: Ulrichsweb is on your library\'s Databases A-Z list. Most databases also have a "Peer reviewed" box on the results page. Does this completely answer your question?'],
      [215, 'p', 'yes thank you. no more questions'],
      [221, 'l', "Glad to help, you're all set! Bye."],
    ],
    exp: usual(),
  },
  {
    // failed before v23: "Is that more manageable?" read as no completeness question (X5 completeness)
    name: 'a first-year with a discovery-layer search that returns 80,000 results: the topic narrowed by two questions, subject filters with the steps, "Is that more manageable?", the student leaves with "ok ty" (anything else fails)',
    lines: [
      [0, 'p', 'i searched climate change in the library search and got 80,000 results?? help'],
      [33, 'l', 'Hi! Sam here, one of the after-hours librarians for Seneca Libraries. Happy to help narrow that.'],
      [38, 'l', 'What is the assignment asking for? A particular angle, like health, farming, a region?'],
      [77, 'p', 'effects on farming in canada. need 3 scholarly articles'],
      [84, 'l', 'And is it for a specific course, like a college writing course or environmental science?'],
      [110, 'p', 'env science 101'],
      [170, 'l', 'In Library Search, try: "climate change" AND (agriculture OR farming OR crops) AND Canada. Then on the left, tick "Peer-reviewed journals" and set the date to 2015 onward. That brought it to about 600 for me, and the first page has articles from the Canadian Journal of Soil Science. Is that more manageable?'],
      [215, 'p', 'ok ty'],
      [221, 'l', 'Good luck on the assignment!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- interlibrary loan, document delivery, theses -----------------------------------------------------------------
  {
    // reading: handing the request to the home library's ILL staff who will email "within two business days" is a promise,
    // not a referral; WorldCat with its domain is a source
    name: 'a 1998 Guelph master\'s thesis not online: an SFU librarian on AskAway, the home school asked, a hold, WorldCat, the request passed to UBC Okanagan ILL "within two business days", e-mail repeated, Follow-up by patron\'s library',
    lines: [
      [0, 'p', "I need a copy of a 1998 master's thesis from University of Guelph, \"Soil nitrogen dynamics under no-till corn\". Is that possible?"],
      [47, 'l', "Hi, I'm Marc, a librarian with AskAway. I'm at SFU, not your school, but let's see what we can do. Which library are you a student at?"],
      [80, 'p', 'UBC Okanagan'],
      [86, 'l', 'Let me check whether it has been digitized, one moment.'],
      [196, 'l', "WorldCat shows only the print copy at Guelph's McLaughlin Library (worldcat.org), so it would need an interlibrary loan. I'm passing your request to the UBC Okanagan interlibrary loan staff; they will email you within two business days about ordering it. What's the best email for you?"],
      [240, 'p', 'k.sandhu@student.ubc.ca'],
      [246, 'l', 'Thanks, I have k.sandhu@student.ubc.ca. Is there anything else tonight?'],
      [270, 'p', 'no thats all thx'],
      [275, 'l', 'Take care, good night!'],
    ],
    over: FU_LIB,
    exp: followed({ complete: 'fail' }),
  },
  {
    // reading: "their document delivery team will be in touch" gives no when: followup.contact fails
    name: 'a book chapter scan for a distance learner: the course asked, the catalogue record, handed to the home library\'s document delivery "will be in touch" with no when, e-mail repeated, Follow-up by patron\'s library: contact fails',
    lines: [
      [0, 'p', 'Im a distance ed student, can the library scan a chapter for me? the book is only in print at the main campus'],
      [40, 'l', "Good afternoon, you've reached Ask a Librarian. I'm Joy, a backup librarian from another college in the network."],
      [46, 'l', 'Which book and chapter do you need, and for which course?'],
      [92, 'p', 'Foundations of Addiction Counseling, ch 7, for HSV 230'],
      [100, 'l', "I see it in your library's catalogue: Foundations of Addiction Counseling, 4th ed., call number HV 5275 .C36, at the Main Campus Library. Distance students can get chapters scanned, so I'll send this to your library's document delivery team and they'll be in touch with you about it. What email should they use?"],
      [140, 'p', 'mbrooks22@stu.example.edu'],
      [146, 'l', "Thanks, that's mbrooks22@stu.example.edu. Does that help for now?"],
      [170, 'p', 'yes thats all i needed'],
      [176, 'l', 'Wonderful, have a good afternoon!'],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // the patron leaves before giving an address and none is on file: the code fails (no contact known), contact fails
    name: 'an IEEE standard not in the home subscription: a hold, the request passed to UCF\'s engineering librarian "by email tomorrow", the patron gone before giving an address: check-in, notice, Follow-up by patron\'s library with no contact',
    lines: [
      [0, 'p', 'do you have access to IEEE 802.11-2020 full text? cant find it'],
      [44, 'l', "Good evening, welcome to Ask a Librarian! I'm Tomás, a librarian at FIU covering the statewide chat. Which school are you with?"],
      [80, 'p', 'UCF, grad student in EE'],
      [88, 'l', "Give me a minute to check UCF's IEEE Xplore subscription."],
      [200, 'l', "UCF's IEEE Xplore package doesn't include the standards collection, so I'll send this to UCF's engineering librarian and they'll follow up with you by email tomorrow. What's your email address?"],
      [330, 'l', 'Are you still with me?'],
      [400, 'l', "It looks like you've disconnected, so I'm going to end the chat now. Please come back anytime!"],
    ],
    over: FU_LIB,
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // recorded 80 h after the end: late
    name: 'a thesis embargo question: the provider will ask the graduate school and e-mail "within 3 days", e-mail repeated, Follow-up by me recorded at 80 h: on_time fails',
    lines: [
      [0, 'p', 'how long can i embargo my dissertation in the repository? defending in april'],
      [25, 'l', "Hi! I'm Abby, a librarian at the library's evening chat."],
      [30, 'l', 'Are you in a PhD or a master\'s program? The graduate school sets different limits.'],
      [60, 'p', 'PhD, sociology'],
      [70, 'l', 'The library\'s thesis guide says up to two years, renewable once, at guides.example.edu/etd. The graduate school can grant longer ones, and I\'d like to confirm that with them for you. I\'ll e-mail you what they say within 3 days. What\'s your email?'],
      [110, 'p', 'rpatel@grad.example.edu'],
      [116, 'l', 'Thanks, rpatel@grad.example.edu. Does the two-year answer help in the meantime?'],
      [140, 'p', "yes it does, that's all i needed"],
      [146, 'l', 'Great, good luck with the defense!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(151 + 80 * HOUR), by: 'jo' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // not recorded and 4 days later: on_time fails
    name: 'ILL for a Spanish-language monograph: the provider promises to check the cooperative\'s ILL partners and e-mail "by Monday", address read back, Follow-up by me never recorded, scored 4 days later',
    lines: [
      [0, 'p', 'necesito el libro "La frontera invisible" de Luis Salazar (2010) para mi tesis, my library doesnt have it'],
      [55, 'l', "Hi, welcome to the 24/7 Reference chat. I'm Elena, a librarian in Texas. Which library do you study at?"],
      [90, 'p', 'UTEP'],
      [100, 'l', "Let me look for it, just a moment."],
      [190, 'l', "WorldCat shows it at two Mexican libraries only. UTEP's interlibrary loan office can request it internationally: I will check with them and email you by Monday whether they can get it. What address should I use?"],
      [240, 'p', 'jgarcia9@miners.utep.edu'],
      [246, 'l', 'Thank you, jgarcia9@miners.utep.edu. Did the WorldCat record help so far?'],
      [280, 'p', 'yes, thanks! eso es todo'],
      [285, 'l', 'Good luck with your thesis, take care!'],
    ],
    over: FU_ME,
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: a promise in the chat ("I'll email you the list") with the code Answered: resolution.code fails
    name: 'a data-set question, the provider promises to e-mail more sources "tonight" but codes the session Answered: code fails, contact passes',
    lines: [
      [0, 'p', 'where can i find county level unemployment data 2010-2020 for my stats project? need a csv'],
      [40, 'l', 'Hi there, this is Imani with Ask Us 24/7, a librarian at a community college in Maryland. Do you need monthly or yearly numbers?'],
      [75, 'p', 'yearly is fine'],
      [125, 'l', 'The BLS Local Area Unemployment Statistics (LAUS) has annual county averages you can download as a file: bls.gov/lau, then "County Data". I\'ll email you a couple of other sources tonight as well. What\'s your email?'],
      [160, 'p', 'tkoenig@stu.example.edu'],
      [166, 'l', 'Thanks, tkoenig@stu.example.edu. Does LAUS look like what you need?'],
      [200, 'p', 'yes perfect, thats all for now'],
      [205, 'l', 'Good luck with the project!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- referrals to the home library ----------------------------------------------------------------------------------
  {
    // reading: "email the Reserves desk at reserves@…" refers with a contact
    // failed before v23: "… and they can check with Prof. Okafor" read as the patron sent to the professor, after "If you
    // need" earlier in the sentence (X5 `theyTailX5`)
    name: 'course reserves the cooperative cannot see: a Humber student, the course asked, the reserves page, "email the Reserves desk at reserves@…", completeness and anything else asked',
    lines: [
      [0, 'p', 'my prof said the textbook is on reserve but i cant find it online'],
      [36, 'l', "Hello! I'm Dana from the Ontario Ask a Librarian service. I'm not at Humber myself, but I'll do what I can."],
      [42, 'l', 'What is the course code and your instructor\'s name?'],
      [80, 'p', 'NURS 1010, prof okafor'],
      [90, 'l', 'Checking the course reserves list for that course now.'],
      [180, 'l', "Humber's course reserves search (library.humber.ca/reserves) shows only a print copy for NURS 1010, 2-hour loan at the North campus library. If you need an e-copy, email the Reserves desk at reserves@humber.ca and they can check with Prof. Okafor. Is that what you were looking for?"],
      [230, 'p', 'ya thats helpful'],
      [236, 'l', 'Is there anything else I can help you with?'],
      [262, 'p', 'nope'],
      [268, 'l', 'Have a great evening!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "ask the reference desk at your library tomorrow" refers to a party with no way to reach it
    name: 'a fine on a student account: the after-hours backup cannot see accounts, "ask at the circulation desk at your library tomorrow" with no contact: referral fails',
    lines: [
      [0, 'p', 'why is there a $45 charge on my library account, i returned the laptop'],
      [29, 'l', "Hi, this is Gabe, librarian on the after-hours backup chat. I'm at a partner college, so I can't see accounts."],
      [35, 'l', 'When did you return it, and at which campus?'],
      [70, 'p', 'yesterday at downtown campus'],
      [79, 'l', "Late fees for laptops are $15 a day under the Laptop Loan Policy on your library's website (Services, then Borrowing, then Laptops), and returns can take a day to clear. Please ask at the circulation desk at your library tomorrow so they can check the return. Does that help?"],
      [120, 'p', 'ok i guess. thats all'],
      [126, 'l', 'Sorry about the hassle, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: pointing to a LibGuide is a source, not a referral; the Writing Centre with its booking URL is a referral with a contact
    name: 'literature review help for a master\'s student: a guide named with its URL (a source), then "book a consultation with the Writing Centre at …" (a referral with a URL)',
    lines: [
      [0, 'p', 'hi, im doing my first lit review for my MEd and have no idea how to organize it'],
      [44, 'l', "Hi there! Welcome to Ask a Librarian. I'm Noor, a librarian at Brock University."],
      [49, 'l', 'Are you at the stage of searching for articles, or have you found them and need to structure the review?'],
      [90, 'p', 'i have like 30 articles, just need to organize'],
      [140, 'l', 'A synthesis matrix helps: one row per article, one column per theme. Brock\'s "Literature Reviews" guide has a template: researchguides.library.brocku.ca/litreview. For feedback on your draft, book a consultation with the Writing Centre at brocku.ca/writing-centre. Does that give you somewhere to start?'],
      [185, 'p', 'yes the matrix thing is great. thats all i needed!'],
      [191, 'l', 'Good luck with the review, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- transfers to a subject specialist ---------------------------------------------------------------------------------
  {
    name: 'a doctoral student\'s systematic review search: the provider asks the databases, tells Nadia (health sciences) why, tells the student, transfers; Nadia gives MeSH and the PRISMA page, asks, the student done',
    lines: [
      [0, 'p', 'I am doing a systematic review on telehealth for rural diabetes care and need help building the search string for medline'],
      [34, 'l', "Hello! You're chatting with Owen, a librarian at the University of Manitoba's evening service.", OWEN],
      [40, 'l', 'Are you searching MEDLINE through Ovid or PubMed? And is this for a thesis or a publication?', OWEN],
      [75, 'p', 'ovid, for my PhD thesis'],
      [82, 'i', 'Nadia, PhD student needs an Ovid MEDLINE strategy for a systematic review (telehealth + rural diabetes). Can you take it? You know the health databases far better.', OWEN],
      [90, 'l', "Our health sciences librarian, Nadia, is online and does systematic reviews every day. I'm transferring you to her now, one moment.", OWEN],
      [96, 's', 'Chat transferred to Nadia Rahimi', sys('transfer', 'nadia')],
      [118, 'l', "Hi, I'm Nadia. Good question. In Ovid MEDLINE, combine exp Telemedicine/ OR telehealth.tw. with exp Diabetes Mellitus/ and exp Rural Health/ OR rural.tw. The PRISMA-S checklist (prisma-statement.org) lists what to report about the search. Does that give you the start you needed?", NADIA],
      [170, 'p', 'yes very much, that is everything. thank you both'],
      [176, 'l', 'You are welcome, good luck with the review!', NADIA],
    ],
    over: { provider: { id: 'owen', name: 'Owen Tremblay', library: 'UMB' } },
    exp: usual({ transfer: 'pass' }),
  },
  {
    // no internal message to the receiving provider: transfer fails
    name: 'a law student transferred to the law librarian without a word to her: the patron told, the transfer event, the law librarian answers: transfer fails',
    lines: [
      [0, 'p', 'how do i find canadian case law that cites a specific case? like who cited R v Jordan'],
      [40, 'l', "Hi! I'm Owen, a librarian on the university's evening chat. Do you have access to Westlaw or Lexis through your school?", OWEN],
      [70, 'p', 'westlaw yes, im a 1L'],
      [78, 'l', "Let me send you over to our law librarian, she's better at citators than I am. Transferring now.", OWEN],
      [84, 's', 'Chat transferred to Nadia Rahimi', sys('transfer', 'nadia')],
      [110, 'l', "Hello, Nadia here, law librarian. In Westlaw, open R v Jordan, 2016 SCC 27, then click the KeyCite \"Citing References\" tab. CanLII (canlii.org) also shows \"Cited by\" for free. Was that what you needed?", NADIA],
      [150, 'p', 'yes perfect thats all'],
      [155, 'l', 'Great, bye!', NADIA],
    ],
    over: { provider: { id: 'owen', name: 'Owen Tremblay', library: 'UMB' } },
    exp: usual({ transfer: 'fail' }),
  },
  // ---- long holds while the provider searches --------------------------------------------------------------------------
  {
    // each span ≤ 120 s: keep_informed passes (hold at 90, 205, 322; the answer at 440)
    name: 'a census microdata question: three "still looking" messages at 115, 117 and 118 s apart, then the IPUMS answer: keep_informed passes',
    lines: [
      [0, 'p', 'I need household-level data on multigenerational households in the US, 2000 vs 2020, for my sociology capstone'],
      [48, 'l', "Hi! Thanks for reaching out to Ask a Librarian. I'm Bea, an academic librarian with the cooperative."],
      [53, 'l', 'Do you need the raw microdata to run your own tables, or are published tables enough?'],
      [85, 'p', 'raw data, i have to run it in R'],
      [90, 'l', 'Let me look into that, one moment please.'],
      [205, 'l', 'Still looking, the Census Bureau site is slow tonight.'],
      [322, 'l', 'Still searching, I found a candidate and I\'m checking the variables.'],
      [440, 'l', 'IPUMS USA (usa.ipums.org) has the 2000 5% sample and the 2020 ACS with the MULTGEN variable, free with registration, and there is an R package (ipumsr) to read the extracts. Would that work for your analysis?'],
      [490, 'p', 'omg yes thats exactly it. thanks, thats everything'],
      [496, 'l', 'Wonderful! Good luck with the capstone!'],
    ],
    exp: usual(),
  },
  {
    // 124 s after the hold: keep_informed fails
    // failed before v23: "Thanks! Searching … now." read as no hold, so no span began (X5 hold)
    name: 'a market research question: the provider\'s hold at 82 s, nothing for 124 s, then IBISWorld: keep_informed fails',
    lines: [
      [0, 'p', 'need industry report on craft breweries in canada for business plan assignment'],
      [30, 'l', 'Hello, this is Marisa, a librarian with the AskAway service. Is this for a particular course or program?'],
      [70, 'p', 'BUSN 2100 at Camosun'],
      [82, 'l', 'Thanks! Searching Camosun\'s business databases now.'],
      [206, 'l', 'IBISWorld has "Breweries in Canada" (report 31212CA): camosun.ca/library, Databases, IBISWorld, then search breweries. Does that give you what you need?'],
      [240, 'p', 'yes thank you thats all'],
      [246, 'l', 'Take care, good luck with the plan!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "take your time" is not a hold: waiting on the patron starts there; the patron's silence is not the provider's
    name: '"take your time going through those": the provider waits 200 s on the student, who comes back with a question; all timing on the patron passes',
    lines: [
      [0, 'p', 'hey do you have any ebooks on qualitative interviewing? need for methods class'],
      [26, 'l', "Hi! Welcome to the library's evening chat, I'm Joel, one of the librarians."],
      [31, 'l', 'Is this for planning your own interviews, or for writing about the method?'],
      [68, 'p', 'planning my own, like how to ask questions'],
      [120, 'l', 'Two good ones in Ebook Central: "Qualitative Interviewing" by Brinkmann (2013) and "InterViews" by Brinkmann & Kvale (2015). Search the titles in Library Search. Take your time going through those.'],
      [320, 'p', 'the first one is good, can i download it?'],
      [330, 'l', 'Yes: open it in Ebook Central and choose "Download", which borrows it for 7 days. Is that what you needed?'],
      [360, 'p', 'yes perfect'],
      [365, 'l', 'Anything else for tonight?'],
      [390, 'p', 'no thanks'],
      [395, 'l', 'Happy reading, come back anytime!'],
    ],
    exp: usual(),
  },
  // ---- the student who leaves mid-search -----------------------------------------------------------------------------
  {
    // the "?" at 300 starts nothing new (the hold at 190 already started the span, which the answer ends at 305: 115 s);
    // final idle from the answer (305) to the goodbye (500): 195 s, check-in and notice inside it
    name: 'the student leaves during a search: a partial-result hold at 190, the patron\'s "?" at 300, the answer at 305 with a completeness question, "Are you still there?" at 430, the disconnect notice and goodbye at 500',
    lines: [
      [0, 'p', 'i need stats on how many college students work while in school. like a %'],
      [40, 'l', "Hi, I'm Rowan from Ask a Librarian, a librarian at Santa Fe College. Do you need US numbers, or for a state?"],
      [72, 'p', 'US'],
      [80, 'l', 'Okay, let me see what the NCES has. One sec.'],
      [190, 'l', 'Still digging, found a table but checking the year.'],
      [300, 'p', '?'],
      [305, 'l', 'The Condition of Education says 40% of full-time undergrads worked in 2020 (nces.ed.gov/programs/coe, "College Student Employment"). Does that number work for your paper?'],
      [430, 'l', 'Are you still there?'],
      [500, 'l', "Since I haven't heard back, it looks like you've been disconnected, so I'll be closing this chat. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // final idle from the answer (150) to the end (400): the check-in is the last message, no notice, no goodbye
    name: 'the student leaves: the answer at 150, "hello? are you still on?" at 275, nothing more, the chat ends at 400: idle passes, disconnect and courteous fail',
    lines: [
      [0, 'p', 'how do i get the full text of an article from pubmed? it says only abstract'],
      [21, 'l', "Hello! You're chatting with Sunita, a librarian from the Health Sciences Library's after-hours service."],
      [27, 'l', 'Which school or hospital are you affiliated with?'],
      [60, 'p', 'nursing student at Broward College'],
      [150, 'l', 'Use the PubMed link from your library\'s database list (browardlibrary.example.edu/databases) so the "Find It" button shows up next to the abstract; it takes you to the full text when Broward has it.'],
      [275, 'l', 'hello? are you still on?'],
    ],
    over: { endAfter: 125 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: Lost Call with one patron message passes; the information checks are na (no substantive exchange)
    name: 'Lost Call: the patron asks and vanishes, picked up at 72 s, a check-in and a disconnect notice with goodbye',
    lines: [
      [0, 'p', 'hi i need help finding a dataset on air quality for my thesis'],
      [72, 'l', "Hi! Welcome to Ask a Librarian, I'm Wes, a librarian with the cooperative."],
      [200, 'l', 'Are you still there?'],
      [330, 'l', 'It seems you have disconnected, so I will end this chat now. Please come back anytime, we are here 24/7.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // two patron messages: Lost Call fails; a clarifying question makes the exchange substantive, no source follows (source
    // and completeness fail, anything_else fails)
    name: 'Lost Call with two patron messages: the patron adds the course after the greeting, then leaves: code fails',
    lines: [
      [0, 'p', 'hello is anyone there'],
      [35, 'l', "Hi, yes! This is Mira, librarian with Ask a Librarian. How can I help?"],
      [50, 'p', 'i need sources for a speech on organ donation for comm 110'],
      [58, 'l', 'Great topic. Do you need statistics, personal stories, or both?'],
      [190, 'l', 'Are you still with me?'],
      [300, 'l', "It looks like you've been disconnected, so I'll end the chat. Come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  // ---- timing near the thresholds, concurrency -------------------------------------------------------------------------
  {
    name: 'picked up at 59 s: a first-year asks about renewing an ebook loan; the answer with steps, the patron done',
    lines: [
      [0, 'p', 'can i renew an ebook from ebook central or do i have to borrow again'],
      [59, 'l', "Hey there! Ask a Librarian here, I'm Cole, a librarian at Saint Leo University. Did you download it to Adobe Digital Editions, or read it online?"],
      [90, 'p', 'downloaded'],
      [97, 'l', "Downloads can't be renewed: when the loan ends, go back to the book in Ebook Central and click Download again (if no one else has it). The Ebook Central help page says so under \"Loans\". Did that answer it?"],
      [130, 'p', 'ok cool that answers it, thats all'],
      [135, 'l', 'Have a great night!'],
    ],
    exp: usual(),
  },
  {
    name: 'picked up at 61 s during a busy shift, with three other sessions open: pickup and concurrency fail',
    lines: [
      [0, 'p', 'where can i find the sat scores for incoming freshmen at my school? doing a report'],
      [61, 'l', "Hi, sorry for the wait! I'm Pat, a librarian with the cooperative. Which school is it?"],
      [90, 'p', 'university of north florida'],
      [150, 'l', 'The Common Data Set has that, section C9: unf.edu/ir, then "Common Data Set". Does that cover it?'],
      [180, 'p', 'yes thanks thats all'],
      [185, 'l', 'Bye, good luck!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 400), other('b', 'jo', -100, 300), other('c', 'jo', 40, 500)] },
    exp: usual({ pickup: 'fail', concurrency: 'fail' }),
  },
  {
    // three other sessions, but one ends before this one starts: at most 3 open at once
    name: 'three other sessions of the provider, one ended exactly at this start: concurrency passes',
    lines: [
      [0, 'p', 'does the library have spss on the computers? i need it for psyc 210'],
      [24, 'l', "Hi! This is Quinn, librarian on the Ask Us chat. Are you on campus or off?"],
      [50, 'p', 'on campus tomorrow'],
      [58, 'l', 'SPSS is on all the computers in the Learning Commons, 2nd floor; the software list is at library.example.edu/computers. Does that help?'],
      [85, 'p', 'yep that is all, ty'],
      [90, 'l', 'Great, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 0), other('b', 'jo', -100, 300), other('c', 'jo', 40, 500)] },
    exp: usual(),
  },
  // ---- greetings and endings -----------------------------------------------------------------------------------------
  {
    // reading: the screen name is not in the text: no identification in the first two messages
    name: 'a provider who never says who is answering: "Hi!" then the answer, a good session otherwise: greeting fails',
    lines: [
      [0, 'p', 'is there a way to get the nyt for free with my student account'],
      [20, 'l', 'Hi! Are you at the main campus or online?'],
      [50, 'p', 'online'],
      [58, 'l', 'Online students can activate a free NYTimes.com pass at nytimes.com/passes with their college email. Does that work?'],
      [90, 'p', 'yes thats all thanks'],
      [95, 'l', 'Have a nice evening!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // critical: the help ends for the provider's convenience, no way back
    name: 'a dismissal at the end of a shift: "My shift is over, so I have to close this now." with no way back, courteous still passes on thanks: dismissal fails',
    lines: [
      [0, 'p', 'i need 10 sources on renewable energy policy in germany and 3 on france and idk where to start'],
      [41, 'l', "Hello, this is Ivan, a librarian at the college's evening chat. Is this for a research paper, and how long?"],
      [80, 'p', 'yes 12 pages, due friday'],
      [88, 'l', 'Start with Academic Search Complete on the Databases page: "renewable energy" AND policy AND Germany. Is that a useful start?'],
      [120, 'p', 'ok but what about france'],
      [128, 'l', 'Thanks for your patience, but my shift is over, so I have to close this now.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: the seed's allowed form: other students waiting and an invitation to come back
    name: 'a patron with a long list: after the third question, "I have other students waiting; please start a new chat if you need more" passes dismissal',
    lines: [
      [0, 'p', 'how do i find the impact factor of a journal'],
      [33, 'l', "Hello! I'm Sade, a librarian with Ask a Librarian. Which journal are you checking?"],
      [60, 'p', 'Journal of Applied Psychology'],
      [70, 'l', "Journal Citation Reports lists it: open JCR from the Databases A-Z page and search the title. Does that answer it?"],
      [100, 'p', 'yes. also how do i find h-index for my advisor. and how do i set up zotero. and can you check my references'],
      [108, 'l', 'For the h-index, Scopus has an author profile: search her name under Authors. For Zotero, the library\'s Zotero guide walks you through setup. I have other students waiting right now, so please start a new chat if you need help with the references. Thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "ok thank u so much" says nothing about being done; the provider does not ask
    name: 'an online MBA student, case study from Harvard Business Publishing: the case number asked, the course pack route, completeness asked, "ok thank u so much" then "Bye!"',
    lines: [
      [0, 'p', 'where do i get the harvard case for my mba class? the prof didnt put a link'],
      [45, 'l', "Hi! I'm Tariq, a librarian with the after-hours chat for Franklin University."],
      [50, 'l', 'Do you have the case title or number from the syllabus?'],
      [95, 'p', 'Netflix in 2011, 9-615-007'],
      [103, 'l', 'HBP cases usually aren\'t in library databases: they are sold per student. Your course pack would be at hbsp.harvard.edu if your professor made one. Does your syllabus mention a course pack link?'],
      [140, 'p', 'oh yes there is a coursepack link at the bottom'],
      [148, 'l', 'That\'s the one then. Did that sort it out?'],
      [170, 'p', 'ok thank u so much'],
      [175, 'l', 'Bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Bonne soirée!" says goodbye (a farewell in French at a bilingual Canadian college); "bibliothécaire" names
    // who is answering as "librarian" does
    // failed before v23: "Ici Julien, bibliothécaire au service …" read as no identification (X5 selfRole)
    name: 'a bilingual Ottawa college: a French-speaking student asks about Érudit, the provider answers in French with the URL, asks, anything else in French, "Bonne soirée!"',
    lines: [
      [0, 'p', "Bonsoir, je cherche des articles en français sur l'insécurité alimentaire"],
      [37, 'l', "Bonsoir! Ici Julien, bibliothécaire au service de clavardage de La Cité. C'est pour quel cours?"],
      [70, 'p', 'Travail social, SOC 1205'],
      [78, 'l', 'Un instant, je regarde.'],
      [150, 'l', "Érudit a beaucoup d'articles en français: erudit.org, cherchez « insécurité alimentaire ». Est-ce que ça répond à votre question?"],
      [200, 'p', 'oui merci'],
      [205, 'l', 'Autre chose que je peux faire pour vous?'],
      [230, 'p', "non, c'est tout"],
      [235, 'l', 'Bonne soirée!'],
    ],
    exp: usual(),
  },
  {
    // a thesis deposit question from a distance learner; the patron says they are done on their own
    name: 'a distance learner depositing a master\'s project: the program asked, the repository steps with the URL, the student volunteers "that should be everything I need", the provider thanks',
    lines: [
      [0, 'p', 'Good evening. I am finishing my MSN online and need to know how to upload my final project to the school repository.'],
      [50, 'l', "Good evening! I'm Harriet, a librarian on the Ask a Librarian after-hours chat for Athabasca University."],
      [55, 'l', 'Is it a thesis, or a capstone project? They go into different collections.'],
      [90, 'p', 'capstone'],
      [140, 'l', 'Capstones go into the Digital Thesis and Project Room: log in at dt.athabascau.ca with your student ID, choose "Submit a project" and attach the PDF and the signed licence form. Was that helpful?'],
      [180, 'p', 'yes, that should be everything I need. thank you'],
      [186, 'l', 'Thank you for chatting, congratulations on finishing!'],
    ],
    exp: usual(),
  },
  {
    // reading: the answer without a source ("just Google it" names no resource); no clarifying question; a goodbye
    name: 'an unhelpful backup: "you could just google the company name and annual report", no resource named, no question asked: clarify, source, completeness (source fails, not na) and anything_else fail',
    lines: [
      [0, 'p', 'where do i find the annual report for a company for my accounting class'],
      [33, 'l', 'Hi, Leo here from the library after-hours chat.'],
      [40, 'l', 'You could just google the company name and annual report, most of them post it.'],
      [80, 'p', 'ok'],
      [86, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail' }),
  },
];

/** A question and a greeting that identifies, shared by the short cases. */
const Q: Line = [0, 'p', 'hi i need peer reviewed articles on nurse burnout for my capstone'];
const HELLO: Line = [25, 'l', "Hi! I'm Jo, a librarian with the cooperative. Which school are you at?"];
const ASKED: Line[] = [Q, HELLO, [55, 'p', 'Rasmussen, BSN online']];
const ANSWER = 'CINAHL is on your library\'s Databases A-Z page: search "nurse burnout" and tick Peer Reviewed.';

export const short: SessionCase[] = [
  {
    name: '"Is that the kind of source your instructor wants?" after the answer asks: completeness passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} Is that the kind of source your instructor wants?`], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ complete: 'pass', anything: 'pass' }),
  },
  {
    // RUBRIC.md: a question about something not yet given does not count
    name: '"Would a PDF of the chapter be what you need?" asks about something not yet given: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} I could also request a chapter through document delivery. Would a PDF of the chapter be what you need?`], [100, 'p', 'no thats all'], [105, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'the student says "perfect, that\'s all I needed for tonight" unasked: anything_else passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} Did that help?`], [100, 'p', "perfect, that's all I needed for tonight"], [105, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"ok cool thx" alone: anything_else fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} Did that help?`], [100, 'p', 'ok cool thx'], [105, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "stop by the Writing Centre" tells the patron to visit a department, with no way to reach it
    name: '"stop by the Writing Centre in the Learning Commons" with no contact: referral fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} For help with APA in the paper itself, stop by the Writing Centre in the Learning Commons. Did that help?`], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"you can reach your subject librarian, Dr. Amir Haddad, at ahaddad@… " refers with a contact: referral passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} For a deeper search strategy you can reach your nursing librarian, Dr. Amir Haddad, at ahaddad@rasmussen.edu. Did that help?`], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: pointing to a guide is a source, not a referral
    name: 'the library\'s nursing research guide with its URL: a source, no referral',
    lines: [...ASKED, [70, 'l', 'The nursing research guide at guides.rasmussen.edu/nursing lists CINAHL and PubMed with search tips. Did that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    // reading: staff the provider consults on the patron's behalf do not make a referral; the promise has a when and the e-mail is repeated
    name: '"I\'ll ask our ILL coordinator and get back to you by tomorrow noon", e-mail repeated, Follow-up by me: no referral, contact passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} One article you mentioned isn't in full text; I'll ask our ILL coordinator and get back to you by tomorrow noon. What's your email?`], [100, 'p', 'jlee@stu.rasmussen.edu'], [106, 'l', 'Thanks, jlee@stu.rasmussen.edu. Anything else?'], [130, 'p', 'no thats it'], [135, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ referral: 'na', contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: a partial result that says the search goes on is a hold
    name: 'a partial result "found two so far, still looking for a third" is a hold: the next span ends 118 s later, keep_informed passes',
    lines: [...ASKED, [62, 'l', 'Let me search CINAHL for you, one moment.'], [170, 'l', 'Found two so far in CINAHL, still looking for a third.'], [288, 'l', `${ANSWER} Does that help?`], [320, 'p', 'yes thats all'], [325, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'after the patron\'s follow-up question 121 s pass before the provider answers: keep_informed fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [90, 'p', 'yes but how do i limit to the last 5 years'], [211, 'l', 'Use the Published Date slider on the left. Anything else?'], [240, 'p', 'no thats all'], [245, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // the goodbye 119 s after the answer ends the final idle: under 120
    name: 'the goodbye 119 s after the answer: idle and disconnect na',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [181, 'l', 'Thanks for chatting, good luck with the capstone!']],
    exp: some({ idle: 'na', disconnect: 'na', courteous: 'pass' }),
  },
  {
    name: 'a check-in at 125 s and a goodbye at 179 s after the answer: idle passes, disconnect na',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [187, 'l', 'Are you still there?'], [241, 'l', 'Thanks for chatting, come back anytime!']],
    exp: some({ idle: 'pass', disconnect: 'na', courteous: 'pass' }),
  },
  {
    // RUBRIC.md: the notice must say both that the patron seems disconnected and that the session will end
    name: '"It looks like you\'ve disconnected." without saying the chat will end, 190 s after the answer: disconnect fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [190, 'l', 'Are you still there?'], [252, 'l', "It looks like you've disconnected."]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'a transfer to the health sciences librarian with an internal note but no word to the patron: transfer fails',
    lines: [
      ...ASKED,
      [62, 'i', 'Nadia, can you take this one? BSN capstone, CINAHL search.'],
      [66, 's', 'Chat transferred to Nadia Rahimi', sys('transfer', 'nadia')],
      [90, 'l', `Hi, I'm Nadia, health sciences librarian. ${ANSWER} Does that help?`, NADIA],
      [120, 'p', 'yes thats all'],
      [125, 'l', 'Bye!', NADIA],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    // the when is missing: "once ILL delivers it" is no time
    name: '"I\'ll email you the PDF once ILL delivers it", e-mail repeated, Follow-up by me: contact fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} The Maslach article is print only, so I'll email you the PDF once ILL delivers it. Your email?`], [100, 'p', 'jlee@stu.rasmussen.edu'], [106, 'l', 'Thanks, jlee@stu.rasmussen.edu. Anything else?'], [130, 'p', 'no thats it'], [135, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: a reference with journal, volume and pages given by the provider is a named publication (a source)
    // failed before v23: "Does that one fit?" read as no completeness question (X5 completeness)
    name: 'a pasted reference with initials as the answer: "Try Maslach, C., & Leiter, M. P. (2016). … World Psychiatry, 15(2), 103–111." is a source, "Does that one fit?" asks',
    lines: [...ASKED, [70, 'l', 'Try this classic: Maslach, C., & Leiter, M. P. (2016). Understanding the burnout experience. World Psychiatry, 15(2), 103–111. Does that one fit?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // ---- near misses for X5's changes (each must stay as it is) ---------------------------------------------------------
  {
    // near miss for X5 hold ("Thanks! Searching …"): "searching by" is advice, no hold; waiting on the patron follows
    name: 'near miss: "Thanks! Searching by keyword works better than by title in CINAHL, …" is no hold: the provider\'s next message 124 s later breaks nothing, keep_informed passes',
    lines: [...ASKED, [62, 'l', 'Thanks! Searching by keyword works better than by title in CINAHL, so try "nurse burnout" as keywords.'], [186, 'l', `${ANSWER} Does that help?`], [220, 'p', 'yes thats all'], [225, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss for X5 completeness "Is that more manageable?": an offer not yet given
    name: 'near miss: "I could split it into two searches… Would that be more manageable?" asks about something not yet given: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} I could split it into two searches, one for burnout and one for turnover. Would that be more manageable?`], [100, 'p', 'no thats all'], [105, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for X5 completeness "Does that one fit?": the patron's time, not the answer
    name: 'near miss: "There\'s also a CINAHL workshop Thursday at 4. Does that fit your schedule?" asks about the patron\'s time: completeness fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} There's also a CINAHL workshop Thursday at 4. Does that fit your schedule?`], [100, 'p', 'no. thats all'], [105, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for X5 selfRole "bibliothécaire": the role word in a question is someone else
    name: 'near miss: "Bonjour!" then "Avez-vous demandé à un bibliothécaire de votre collège?" says no one is answering: greeting fails',
    lines: [[0, 'p', 'Bonjour, je cherche un livre pour mon cours de psychologie'], [20, 'l', 'Bonjour!'], [26, 'l', 'Avez-vous demandé à un bibliothécaire de votre collège?'], [60, 'p', 'non'], [70, 'l', 'Le catalogue du collège est à biblio.lacitec.on.ca. Est-ce que ça répond à votre question?'], [100, 'p', "oui c'est tout"], [105, 'l', 'Bonne soirée!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // X5 `theyTailX5`, the case it fixes in short: the desk checks with the professor
    name: '"If you need an e-copy, email the Reserves desk at reserves@… and they can check with your professor": the desk has its contact, referral passes',
    lines: [...ASKED, [70, 'l', `${ANSWER} If you need an e-copy of the textbook, email the Reserves desk at reserves@rasmussen.edu and they can check with your professor. Did that help?`], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for X5 `theyTailX5`: the patron is told to check with the professor, who comes with no contact
    name: 'near miss: "If you need an e-copy, email the Reserves desk at reserves@… and check with Prof. Okafor" refers the patron to the professor: referral fails',
    lines: [...ASKED, [70, 'l', `${ANSWER} If you need an e-copy of the textbook, email the Reserves desk at reserves@rasmussen.edu and check with Prof. Okafor. Did that help?`], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-second round (X5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X5): academic and after-hours cooperatives, every check', whole);
describeSessions('twenty-second round (X5): academic and after-hours cooperatives, short cases', short);

describeLeft('twenty-second-round-academic', LEFT);
