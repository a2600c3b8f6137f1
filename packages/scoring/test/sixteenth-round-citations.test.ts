/**
 * Sixteenth round, area (Q5): CITATIONS AND RESEARCH WRITING. College, university and high-school students (and a few
 * public-library patrons) asking how to cite sources in APA 7, MLA 9, Chicago (notes-bibliography and author-date) and
 * ASA; reference-list formatting, DOIs and permalinks; citation managers (Zotero, EndNote, Mendeley); annotated
 * bibliographies; paraphrasing and plagiarism worries (paraphrasing tools, AI, Turnitin scores); peer-reviewed articles
 * for a paper due tonight; writing-center referrals with and without a way to reach it; librarians who give citation
 * examples, name style guides (Purdue OWL, the APA Style site, the Chicago Manual of Style Online), ask which style the
 * instructor wants, promise to e-mail a guide later, and decline to write the paper (a scope refusal with help going on,
 * not a dismissal); and some who do it badly (silence while searching, a refusal that ends the chat, no contact for the
 * writing center, a promise with no when).
 * Voices: university and community-college LibChat / LibAnswers desks, a high-school library, a public library's
 * genealogy desk, the statewide cooperative, student workers, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - A style guide named as a web resource ("Purdue OWL", "the APA Style website", "the Chicago Manual of Style Online")
 *   is a named resource (a guide): a source even without a URL; a style manual named as a book is a book: a source.
 *   One page of such a site named without a URL or the steps to reach it ("the APA Style page on in-text citations")
 *   is a web page without its steps: no source (three labels corrected to this after the first run).
 * - A citation manager named alone ("use Zotero", "EndNote can do that") is an app named without a way to reach it: no
 *   source; with its download page or the library's guide to it, a source.
 * - A sample reference the librarian builds from the patron's own article, or a made-up one to show the pattern, points
 *   the patron to no resource: by itself it is an answer, not a source (a DOI link of a real article found for the
 *   patron is a URL: a source).
 * - "Which style does your instructor want?" / "Is this APA or MLA?" asks about the patron's situation that shapes the
 *   answer (format): a clarifying question, when asked before the first source.
 * - Telling the student to ask, e-mail or see their instructor, or to book / visit the Writing Center, is a referral;
 *   saying what the Writing Center does ("they run paraphrasing workshops") or to check the syllabus refers to no one.
 * - "I can't write the paper for you, but I can help you find sources" declines a task and goes on helping: no
 *   dismissal. Ending the chat because the provider has other chats, with no way back, is one.
 * - "I'll e-mail you the guide" promises more later (a follow-up session); "the Writing Center will e-mail you a
 *   confirmation" is another party's step, no promise of the provider's.
 * - "Good luck with the paper!" as the provider's sign-off says goodbye (closing.courteous), as earlier rounds read it.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, other, type SessionCase, some, sys, usual, who } from './helpers';

const UNI = { library: 'UMN', provider: { id: 'jo', name: 'Jo Smith', library: 'UMN' } };
const MARA = who('Mara Quist, Librarian', 'mquist');

export const whole: SessionCase[] = [
  // ---- how to cite: APA, MLA, Chicago, ASA ---------------------------------------------------------------------------
  {
    name: 'university, APA 7 journal article: asks whether it has a DOI, gives the pattern and the APA Style page, "Does that look like what you need?"; student done',
    lines: [
      [0, 'p', 'how do i cite a journal article in apa 7? i found it on psycinfo'],
      [22, 'l', "Hi there, welcome to Ask Us at the University of Minnesota Libraries! I'm Priya. Does the article page show a DOI (a number starting with 10.)?"],
      [61, 'p', 'yeah its 10.1037/abn0000512'],
      [70, 'l', 'Perfect. The pattern is Author, A. A., & Author, B. B. (Year). Title of article in sentence case. Journal Name in Italics, volume(issue), pages. https://doi.org/10.1037/abn0000512 : the DOI goes at the end as a link, and you don\'t need the database name. The full set of examples is at apastyle.apa.org/style-grammar-guidelines/references/examples/journal-article-references. Does that look like what you need?'],
      [128, 'p', 'yes omg thank you thats all i needed'],
      [134, 'l', 'Anytime! Good luck with your paper.'],
    ],
    over: UNI,
    exp: usual(),
  },
  {
    // reading: "Purdue OWL" named as a web guide is a named resource (a guide): a source without a URL
    name: 'high school, MLA 9 website with no author: asks for the site, gives the pattern and names Purdue OWL (no URL): source passes',
    lines: [
      [0, 'p', 'hi im doing a works cited for english and one of my sites has no author. what do i do'],
      [30, 'l', 'Hi! This is Ms. Alvarez in the Westfield High School library. What site is it?'],
      [58, 'p', 'its a page on the national park service website about yellowstone wolves'],
      [66, 'l', 'OK! In MLA 9 with no author you start with the title of the page: "Wolves in Yellowstone." National Park Service, U.S. Department of the Interior, 12 Mar. 2024, URL. Accessed 3 Mar. 2026. Purdue OWL has a page on citing web sources in MLA with more examples, just search "Purdue OWL MLA website". Did that clear it up?'],
      [120, 'p', 'yes thank u'],
      [126, 'l', 'Do you have any other citations you want to check?'],
      [150, 'p', 'nope im good'],
      [155, 'l', 'Great, have a good afternoon!'],
    ],
    exp: usual(),
  },
  {
    name: 'history major, Chicago footnotes: asks notes-bibliography or author-date, gives the Chicago Manual of Style Online through the library; "Did that answer it?"; anything else',
    lines: [
      [0, 'p', 'Hello, my professor wants Chicago style. Do footnotes go on every page or at the end?'],
      [41, 'l', "Hello, and thanks for contacting the Davis Library at UNC. I'm Grant, a research librarian. Did your professor say notes-bibliography or author-date? History courses almost always use notes-bibliography, but it's worth checking."],
      [95, 'p', 'notes bibliography i think, the syllabus says footnotes'],
      [104, 'l', 'Then footnotes go at the bottom of the page where you use the source, numbered through the whole paper, and the bibliography goes at the end in alphabetical order. Word does the numbering: References > Insert Footnote. The rules are in chapter 14 of the Chicago Manual of Style Online, which we subscribe to: guides.lib.unc.edu/chicago has the login link. Did that answer it?'],
      [170, 'p', 'yes that helps a lot'],
      [176, 'l', 'Great! Anything else I can help with tonight?'],
      [200, 'p', 'no thats it'],
      [206, 'l', 'Have a good night, and come back anytime.'],
    ],
    exp: usual(),
  },
  {
    // reading: "the ASA Style Guide, 7th edition" on reserve is a book: a source
    name: 'sociology, ASA style: the librarian asks the edition the class uses, gives the ASA Style Guide on reserve and the ASA quick tips page',
    lines: [
      [0, 'p', 'is ASA style the same as APA? my soc 101 prof wants ASA'],
      [35, 'l', "Hi! I'm Dana at the Grinnell College Libraries chat. They're close but not the same: ASA puts the year right after the author and uses different punctuation. Does your syllabus say which ASA edition, the 6th or the 7th?"],
      [90, 'p', '7th'],
      [96, 'l', "Good, that's the current one. The ASA Style Guide, 7th edition, is on 2-hour reserve at the Burling front desk (call number HM569 .A54 2022), and ASA's own quick tips are at asanet.org/publications/journals/asa-style-guide. Is that what you were looking for?"],
      [150, 'p', "yes that's everything, thanks!"],
      [155, 'l', "You're welcome, good luck!"],
    ],
    exp: usual(),
  },
  // ---- citation managers -----------------------------------------------------------------------------------------------
  {
    name: 'grad student, Zotero into Word: asks Mac or Windows, gives the download page and the library guide; "Did the Zotero tab show up?" then patron done',
    lines: [
      [0, 'p', 'I have like 80 sources in a folder and I want them to show up in Word as citations. Someone said Zotero?'],
      [27, 'l', "Hi, this is Sam from the Ohio State University Libraries. Yes, Zotero is a good fit. Are you on a Mac or Windows, and which browser do you use?"],
      [70, 'p', 'mac, chrome'],
      [78, 'l', 'Install Zotero 7 and the Zotero Connector for Chrome from zotero.org/download. The Word plugin installs itself; restart Word and you get a Zotero tab. Our step-by-step guide (with importing PDFs from a folder) is at guides.osu.edu/zotero. Let me know once it is installed.'],
      [190, 'p', 'ok installed, i see the tab'],
      [196, 'l', 'Great. Does that cover what you needed, or do you want help importing the folder?'],
      [230, 'p', "that's all for now, i can follow the guide"],
      [236, 'l', 'Sounds good! Come back anytime if you get stuck.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Zotero", "EndNote" and "Mendeley" named alone are apps named without a way to reach them: no source;
    // "Does that help?" after the answer asks about the answer given (completeness passes)
    name: 'near miss: the librarian names Zotero, EndNote and Mendeley with no link or guide: info.source fails',
    lines: [
      [0, 'p', 'whats the best citation manager'],
      [20, 'l', 'Hello! Kai here, from the Temple University Libraries. Are you writing a thesis or just one paper?'],
      [50, 'p', 'thesis'],
      [57, 'l', 'For a thesis most people here use Zotero, which is free, or EndNote, which the university licenses. Mendeley works too but it changed a lot lately. I would go with Zotero. Does that help?'],
      [100, 'p', 'yes thanks, thats all'],
      [105, 'l', 'Bye, good luck!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'EndNote 21 licence: a faculty member; the librarian asks Windows or Mac, gives the software page on the IT site and the EndNote guide',
    lines: [
      [0, 'p', 'Good morning, how do faculty get EndNote? My old license expired.'],
      [33, 'l', "Good morning! You've reached Mara at the Health Sciences Library. Is this for a university-owned computer or your own?"],
      [70, 'p', 'University laptop, Windows 11.'],
      [77, 'l', 'EndNote 21 is free for faculty through the software portal at software.uic.edu (log in and search EndNote). Our EndNote guide at researchguides.uic.edu/endnote covers moving your old library over. Would that do it?'],
      [130, 'p', 'Yes, that does it. Thanks so much.'],
      [135, 'l', 'Anything else today?'],
      [148, 'p', 'No, that is all.'],
      [153, 'l', 'Have a great day!'],
    ],
    over: { provider: { id: 'mquist', name: 'Mara Quist, Librarian', library: 'UIC' }, library: 'UIC' },
    exp: usual(),
  },
  // ---- paper due tonight -------------------------------------------------------------------------------------------------
  {
    name: 'paper due at midnight: topic and number of sources asked, holds under two minutes, Academic Search Complete with the peer-reviewed box and a permalink; "Do these work?"',
    lines: [
      [0, 'p', 'PLEASE help i need 5 peer reviewed articles on social media and teen anxiety and its due at 11:59 tonight'],
      [18, 'l', "Hi! This is Jordan at the Kennesaw State library chat, we'll get you there. Do they have to be from the last 5 years, and any particular angle (girls, sleep, cyberbullying)?"],
      [52, 'p', 'last 5 yrs, nothing specific'],
      [58, 'l', 'OK, give me a minute to run a search.'],
      [150, 'l', 'Still going, I have three good ones so far.'],
      [230, 'l', 'Here you go: in Academic Search Complete, search (social media OR instagram OR tiktok) AND (anxiety) AND (adolescen* OR teen*), then tick "Peer Reviewed" and set 2021-2026. I saved a results list for you: https://research.ebsco.com/linkprocessor/plink?id=4f2a9c1e-kennesaw. The top five all fit. Do these work for your paper?'],
      [290, 'p', 'YES thank you so much thats everything'],
      [295, 'l', "You're welcome! Good luck tonight."],
    ],
    exp: usual(),
  },
  {
    name: 'due tonight, badly: the librarian goes silent for three minutes while searching (no hold), then gives two articles without a check',
    lines: [
      [0, 'p', 'need scholarly articles on minimum wage and employment for my econ paper due tonight'],
      [35, 'l', 'Hello, Ask a Librarian at Rutgers, this is Lee. Do you need US studies only?'],
      [60, 'p', 'yes US'],
      [245, 'l', 'Try these from EconLit: Cengiz et al. 2019, "The Effect of Minimum Wages on Low-Wage Jobs," Quarterly Journal of Economics, https://doi.org/10.1093/qje/qjz014, and Neumark & Shirley 2022 in Industrial Relations.'],
      [300, 'p', 'ok thx'],
      [306, 'l', 'Good luck!'],
    ],
    exp: usual({ informed: 'fail', complete: 'fail', anything: 'fail' }),
  },
  // ---- writing-center referrals ------------------------------------------------------------------------------------------
  {
    name: 'paraphrasing worry: the librarian explains, gives the library guide and refers to the Writing Center with its booking page and e-mail: referral passes',
    lines: [
      [0, 'p', 'is it still plagiarism if i change the words but keep the same idea? im scared my turnitin score will be high'],
      [30, 'l', "Hi, I'm Ruth, a librarian at Portland State University Library. Good question to ask before you submit! Are you citing the source after your paraphrase?"],
      [75, 'p', 'sometimes not, if i changed enough words'],
      [83, 'l', "Then yes, that can count as plagiarism: a paraphrase still needs the citation, because the idea is the author's. Our guide on paraphrasing with examples is at guides.library.pdx.edu/paraphrasing. For a look at your draft, make an appointment with the Writing Center at pdx.mywconline.com or write to them at writingcenter@pdx.example.edu. Does that make it clearer?"],
      [140, 'p', 'yes a lot. thats all i wanted to ask'],
      [146, 'l', 'Glad it helped. Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'annotated bibliography: the librarian refers to the Writing Center with no way to reach it ("stop by the Writing Center on the 2nd floor"): referral fails',
    lines: [
      [0, 'p', 'what is an annotated bibliography and how long should each one be'],
      [25, 'l', 'Hi! This is Tess at the Salt Lake Community College Library. Did your instructor give a length or say whether the annotations should evaluate the sources or only summarize them?'],
      [80, 'p', 'it says 150 words, summarize and evaluate'],
      [90, 'l', 'Then each entry is the full citation followed by a paragraph of about 150 words: what the source says, then how reliable and useful it is for your topic. The Purdue OWL page has a sample: owl.purdue.edu/owl/general_writing/common_writing_assignments/annotated_bibliographies. If you want someone to read a draft, stop by the Writing Center on the 2nd floor of the Markosian Library. Is that helpful?'],
      [150, 'p', 'yes, thats all thank you'],
      [156, 'l', 'You bet! Have a good one.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "ask your professor" is a referral to a named person with no contact; the syllabus is a document
    name: 'AI and paraphrasing tools: "check your syllabus, and ask your professor before using QuillBot": referral fails; the library guide is the source',
    lines: [
      [0, 'p', 'can i use quillbot to reword my sources or is that cheating'],
      [40, 'l', "hey! this is Marco at the Florida State library chat. Is this for a class that has an AI policy in the syllabus?"],
      [80, 'p', 'idk i didnt check'],
      [88, 'l', 'Policies really vary by class. Check your syllabus first, and ask your professor before using QuillBot on anything you turn in. Our guide on AI tools and academic integrity is at guides.lib.fsu.edu/ai. Does that help?'],
      [130, 'p', 'ya'],
      [134, 'l', 'Anything else?'],
      [150, 'p', 'no'],
      [154, 'l', 'ok, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- scope refusals ------------------------------------------------------------------------------------------------------
  {
    // reading: declining to write the paper while helping go on is no dismissal
    name: 'scope refusal done well: "I can\'t write the paper for you, but I can help you find sources" then CQ Researcher and a check',
    lines: [
      [0, 'p', 'can you just write my argumentative essay on gun control its 1000 words'],
      [28, 'l', "Hi, this is Beth with the Sinclair Community College Library. I can't write the paper for you, but I can definitely help you find good sources for it. Which side are you arguing?"],
      [70, 'p', 'for stricter laws i guess'],
      [78, 'l', 'CQ Researcher is a great start for that: it has pro/con reports with citations. Go to libguides.sinclair.edu/az, pick CQ Researcher, and search "gun control". Opposing Viewpoints in Context is also on that list. Is that a good start?'],
      [140, 'p', 'yea ok thanks'],
      [145, 'l', 'Anything else you need help with?'],
      [170, 'p', 'no thats all'],
      [175, 'l', 'Good luck with the essay!'],
    ],
    exp: usual(),
  },
  {
    // reading: "I have other chats waiting, so I'm ending this one" with no way back is a dismissal (critical)
    name: 'scope refusal done badly: "We don\'t do homework here... I have other chats, ending this now" with no way back: dismissal fails, no source, no goodbye',
    lines: [
      [0, 'p', 'i need someone to fix all my citations, theres like 20 of them'],
      [45, 'l', 'hi, library chat, this is Greg'],
      [60, 'p', 'can u fix them if i paste them'],
      [70, 'l', "We don't do homework here. You'll have to figure out the citations yourself."],
      [95, 'p', 'but i dont know how'],
      [102, 'l', "I have other chats waiting, so I'm ending this one now."],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  // ---- follow-ups: guides promised by e-mail -----------------------------------------------------------------------------
  {
    name: 'promise to e-mail the APA guide: address repeated back and "by tomorrow morning"; coded Follow-up by me, recorded 18 h later',
    lines: [
      [0, 'p', 'Hi, do you have a handout for APA 7 that I can print? Our instructor said the library has one.'],
      [30, 'l', "Hello! This is Noor at the Montgomery College Library. We do, the updated one for APA 7. Is it for a class that also needs the student title page?"],
      [70, 'p', 'Yes, ENGL 102.'],
      [78, 'l', 'The web version is at libguides.montgomerycollege.edu/apa. The PDF handout with the student title page is being revised; I can e-mail you the new one. What address should I use?'],
      [115, 'p', 'rkamara@example.org'],
      [122, 'l', "Got it: rkamara@example.org. I'll send it by tomorrow morning. Does the web version help in the meantime?"],
      [160, 'p', "Yes, that's all I need. Thank you!"],
      [166, 'l', "You're welcome. Thanks for chatting with us!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'rkamara@example.org', phone: null }, followUps: [{ doneAt: at(166 + 18 * 3600), by: 'jo', note: 'sent APA handout' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "I'll send you our Chicago guide later" promises more later: a follow-up session coded Answered
    // (resolution.code fails); no address confirmed and no when (contact fails); not yet past 72 h (pending)
    name: 'promise with no when or address: "I\'ll send you our Chicago guide later", coded Answered: resolution.code and followup.contact fail, on_time pending',
    lines: [
      [0, 'p', 'do you have something that shows chicago author-date with examples'],
      [25, 'l', 'Hi there! Ask a Librarian, Texas State University, this is Rob. Is this for a paper in anthropology or another field?'],
      [60, 'p', 'anthro'],
      [66, 'l', "The Chicago Manual of Style Online has the author-date chapter (chapter 15). We also have a one-page handout for anthropology, I'll send you our Chicago guide later. Does that help for now?"],
      [110, 'p', 'yes thank you'],
      [115, 'l', 'Anything else?'],
      [125, 'p', 'no'],
      [130, 'l', 'Take care!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "someone at your library will e-mail you" is a follow-up by the patron's library (Terms)
    name: 'statewide cooperative, genealogy patron citing an obituary in Chicago style; her library will e-mail the citation by Thursday to the address she typed',
    lines: [
      [0, 'p', 'Hello. I am writing a family history and want to cite my grandfather\'s 1962 obituary properly. It was in the Toledo Blade.'],
      [38, 'l', "Good afternoon, and welcome to Ask Ohio! I'm Carol, a librarian answering for the cooperative tonight. Do you have the date and page, or only the year?"],
      [90, 'p', 'Only that it was in March 1962.'],
      [98, 'l', "The Blade is searchable in Google News Archive (news.google.com/newspapers), which may give you the date and page. For a family history, Chicago style is usual: Toledo Blade, \"John Kowalski,\" March 14, 1962, 23. Your home library, Toledo Lucas County Public Library, has the Blade on microfilm, and their Local History staff can find the exact date for you. I've sent them a note; they will e-mail you what they find. What e-mail should they use?"],
      [160, 'p', 'mkowalski.genealogy@example.org'],
      [170, 'l', "Thank you: mkowalski.genealogy@example.org. Someone from Local History will contact you by Thursday. Does that help for now?"],
      [205, 'p', 'Yes, very much. That is all I needed.'],
      [212, 'l', 'Wonderful. Thank you for using Ask Ohio, and good luck with the family history!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'mkowalski.genealogy@example.org', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  // ---- DOIs and permalinks -----------------------------------------------------------------------------------------------
  {
    name: 'DOI lookup: the librarian restates ("So you have the article but not its DOI?"), gives Crossref\'s search; "Did that find it?"',
    lines: [
      [0, 'p', 'my teacher says every reference needs a doi but i cant find one for this article'],
      [29, 'l', "Hi! I'm Ellen at the University of Kentucky Libraries. So you have the article but can't find its DOI?"],
      [60, 'p', 'yes its "Food deserts and diet quality" in Public Health Nutrition 2020'],
      [66, 'l', 'Paste the title into search.crossref.org: it lists the DOI if the article has one. That one does: https://doi.org/10.1017/S1368980019003981. If an article has no DOI, APA 7 says to leave it off (or give the URL if it came from a website). Did that find it?'],
      [120, 'p', 'yes! thats all i needed'],
      [125, 'l', 'Yay! Have a good night.'],
    ],
    exp: usual(),
  },
  {
    name: 'permalinks: the student pasted a session URL; the librarian explains the Permalink tool in the record and shows one; check and anything else',
    lines: [
      [0, 'p', 'the link i put in my bibliography doesnt work when my prof clicks it'],
      [40, 'l', "Hello, this is Wen from the Arizona State University Library. Is it a link you copied from the browser's address bar inside a database?"],
      [70, 'p', 'yes from proquest'],
      [78, 'l', 'Those links expire when your session ends. In ProQuest, open the article and use "Cite" or "Copy link" in the record: it gives a stable one like https://www.proquest.com/docview/2612345678, and with the ASU proxy in front (login.ezproxy1.lib.asu.edu/login?url=) it works off campus. Does that fix it?'],
      [140, 'p', 'yes that makes sense'],
      [146, 'l', 'Anything else I can look at for you?'],
      [168, 'p', 'nope thanks'],
      [172, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  // ---- Spanish ---------------------------------------------------------------------------------------------------------
  {
    name: 'Spanish, high school: cómo citar una página web en APA; la bibliotecaria pregunta el sitio, da el ejemplo y la guía; "¿Le sirve?"; "eso es todo"',
    lines: [
      [0, 'p', 'hola, como cito una pagina web en APA? es para mi clase de ciencias'],
      [26, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. ¿De qué página es la información?'],
      [70, 'p', 'de la pagina de la NASA sobre el cambio climatico'],
      [78, 'l', 'En APA 7 sería así: NASA. (2024, 10 de mayo). Evidencia del cambio climático. https://science.nasa.gov/climate-change/evidence/ . Tenemos una guía en español con más ejemplos: guides.mysapl.org/citas. ¿Le sirve?'],
      [130, 'p', 'si gracias, eso es todo'],
      [136, 'l', '¡Con gusto! Que le vaya bien con la tarea.'],
    ],
    exp: usual(),
  },
  // ---- idles ---------------------------------------------------------------------------------------------------------
  {
    name: 'reference list formatting (hanging indent): the student goes quiet after the answer; a check-in and a disconnect notice with an invitation back',
    lines: [
      [0, 'p', 'how do i make the hanging indent on my references page in google docs'],
      [24, 'l', 'Hi! This is Ava at the Boise State Albertsons Library. Are you in Google Docs in a browser or the phone app?'],
      [55, 'p', 'browser'],
      [60, 'l', 'Select the references, then Format > Align & indent > Indentation options > Special indent > Hanging, 0.5 in. Google explains it at support.google.com/docs/answer/1663349. Did that work?'],
      [195, 'l', 'Are you still there?'],
      [265, 'l', "It looks like you may have disconnected, so I'm going to end this chat. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading (label corrected after the first run): "The APA Style page on in-text citations shows both" names a web page
    // without the steps to reach it or a URL: no source
    name: 'in-text citation with two authors: the student goes quiet, the librarian ends nothing and says nothing (final idle 250 s): idle, disconnect, courteous fail; a page named without steps is no source',
    lines: [
      [0, 'p', 'in apa do i write (Smith and Jones, 2019) or (Smith & Jones, 2019)'],
      [30, 'l', 'Hi, Laura here, reference librarian at Marquette University. Is the citation inside the parentheses or in your sentence?'],
      [60, 'p', 'inside'],
      [66, 'l', 'Inside parentheses use the ampersand: (Smith & Jones, 2019). In your sentence use "and": Smith and Jones (2019) found... The APA Style page on in-text citations shows both. Does that help?'],
    ],
    over: { endAfter: 250 },
    exp: usual({ source: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // reading: only a greeting from the provider (no question, no answer): no substantive exchange; Lost Call with one
    // patron message passes
    name: 'Lost Call: "how do i cite a tiktok in mla" and gone; the provider greets, checks in and gives a notice',
    lines: [
      [0, 'p', 'how do i cite a tiktok in mla'],
      [35, 'l', "Hi! Thanks for contacting Ask Us at the Hennepin County Library. I'm Jess, and I'd be glad to help."],
      [170, 'l', 'Are you still with me?'],
      [250, 'l', "I haven't heard from you, so it seems you have disconnected. I'm closing this chat, but please start a new one anytime. Thanks!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- transfers ----------------------------------------------------------------------------------------------------------
  {
    name: 'transfer to the law librarian for Bluebook citations: internal note why and the patron told: handoff passes',
    lines: [
      [0, 'p', 'Hi, I need help with Bluebook citations for a law review note, specifically citing a state regulation.'],
      [30, 'l', "Hello, this is Jo at the Georgetown University Library chat. That's a good one for our law librarians. Is this for Georgetown Law?"],
      [60, 'p', 'Yes, 2L.'],
      [66, 'i', 'Mara, can you take this? 2L needs Bluebook rule 14 for a state regulation, law review note.'],
      [70, 'l', "I'm transferring you to Mara at the Law Library, who knows the Bluebook inside out. One moment please."],
      [74, 's', 'Chat transferred to mquist.', sys('transfer', 'mquist')],
      [110, 'l', "Hi, Mara at the Law Library here. For a state regulation, Bluebook rule 14.2 and the state's table T1 give the code's name; the Bluebook Online is at legalbluebook.com with our login. Which state is it?", MARA],
      [150, 'p', 'Virginia.', ],
      [160, 'l', 'Then it is 12 Va. Admin. Code § 5-20-10 (2025). Does that match what you had?', MARA],
      [200, 'p', "Yes, that's everything. Thank you both!"],
      [206, 'l', 'Happy to help, good luck with the note!', MARA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer to a subject librarian with an internal note but the patron never told: handoff fails',
    lines: [
      [0, 'p', 'i need to cite a dataset from ICPSR in ASA style'],
      [30, 'l', "Hi, I'm Jo with the University of Michigan Library chat. Which dataset is it?"],
      [60, 'p', 'the national longitudinal study of adolescent health'],
      [66, 'i', 'Transferring to the data services librarian: ASA citation of an ICPSR dataset (Add Health).'],
      [68, 's', 'Chat transferred to mquist.', sys('transfer', 'mquist')],
      [100, 'l', "Hello, I'm Mara in Data Services. ICPSR gives a ready citation on each study's page (icpsr.umich.edu, the Citation box); for ASA use its DOI and the version. Does that work?", MARA],
      [150, 'p', 'yes thats all thanks'],
      [155, 'l', 'Great, bye!', MARA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  // ---- opening problems, concurrency ------------------------------------------------------------------------------
  {
    name: 'finals week: picked up after 95 s with "hey! what do you need?" and no name or library in the first two messages',
    lines: [
      [0, 'p', 'whats the difference between a reference list and a bibliography'],
      [95, 'l', 'hey! what do you need?'],
      [110, 'p', 'my prof says reference list not bibliography, is there a difference'],
      [118, 'l', 'is this APA?'],
      [140, 'p', 'yes'],
      [147, 'l', 'In APA a reference list has only the works you cite; a bibliography can include background reading too. APA Style explains it at apastyle.apa.org/style-grammar-guidelines/references. Does that help?'],
      [190, 'p', 'yes thats all thanks'],
      [195, 'l', 'np, good luck on finals!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    name: 'finals week, four chats at once: a good session, but the provider had three others open the whole time: concurrency fails',
    lines: [
      [0, 'p', 'does mla need the database name for an article i found on jstor'],
      [25, 'l', 'Hi! This is Jo at the Loyola University Chicago Libraries. Did you find it through JSTOR itself or through a search that led there?'],
      [60, 'p', 'jstor itself'],
      [66, 'l', 'Then yes: in MLA 9 JSTOR is the second container, in italics, followed by the stable URL or DOI, e.g. ... JSTOR, www.jstor.org/stable/26543210. The MLA Style Center shows it at style.mla.org. Does that answer it?'],
      [110, 'p', 'yep, thats all'],
      [115, 'l', 'Great, good luck!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -120, 600), other('b', 'jo', -30, 500), other('c', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'community college, clarifying only after the source: the librarian pastes the OWL link, then asks which style',
    lines: [
      [0, 'p', 'how do i cite a youtube video'],
      [20, 'l', 'Hi, this is Marisol at the Austin Community College Library!'],
      [30, 'l', 'Purdue OWL covers it: owl.purdue.edu/owl/research_and_citation. What style is your class using?'],
      [60, 'p', 'mla'],
      [68, 'l', 'In MLA 9: "Title of Video." YouTube, uploaded by Channel Name, 4 Jan. 2024, www.youtube.com/watch?v=.... Does that help?'],
      [100, 'p', 'yes thanks thats all'],
      [105, 'l', 'Bye, have a great day!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- sources ----------------------------------------------------------------------------------------------------------
  {
    name: 'short: Mendeley named with its download page: source passes',
    lines: [
      [0, 'p', 'can i get mendeley for free'],
      [20, 'l', "Hi, Jo at the library here. Yes, Mendeley Reference Manager is free: download it at mendeley.com/download-reference-manager. Does that help?"],
      [40, 'p', 'yes thx'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: an app named alone is no source
    name: 'short near miss: "just use Zotero, it does all of that" (no link, no guide): source fails',
    lines: [
      [0, 'p', 'is there something that formats citations automatically'],
      [20, 'l', 'Hi, Jo at the library here. Just use Zotero, it does all of that for you.'],
      [40, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'short: the APA Publication Manual named as a book at the reference desk: source passes',
    lines: [
      [0, 'p', 'do you have the apa manual'],
      [18, 'l', 'Hi, this is Jo at Hillsborough Community College Library. Yes: the Publication Manual of the American Psychological Association, 7th edition, is at the reference desk (BF76.7 .P83 2020) for 3-hour use. Anything else?'],
      [40, 'p', 'no thats it'],
    ],
    exp: some({ source: 'pass', anything: 'pass' }),
  },
  {
    // reading: a made-up sample reference shows a pattern and points to no resource
    name: 'short near miss: a made-up sample reference only ("Lastname, F. M. (Year). Title. Publisher.") and no resource: source fails',
    lines: [
      [0, 'p', 'how do you cite a book in apa'],
      [15, 'l', 'Hi, Jo at the library. Like this: Lastname, F. M. (Year). Title of the book in italics (edition if not the first). Publisher. Capitalize only the first word of the title and of any subtitle.'],
      [45, 'p', 'ok thank you'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'short: the APA Style website named without a URL, as a guide: source passes',
    lines: [
      [0, 'p', 'where can i see examples of apa references for reports'],
      [22, 'l', 'Hi! Jo at the library. The APA Style website has a whole page of report references (government reports, technical reports, fact sheets): go to References > Examples > Reports and Gray Literature. Did that help?'],
      [60, 'p', 'yes found it'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  // ---- clarifying -------------------------------------------------------------------------------------------------------
  {
    name: 'short: "What style does your teacher want you to use?" before the guide: clarify passes',
    lines: [
      [0, 'p', 'i need to make a bibliography for my project'],
      [20, 'l', "Hi, I'm Jo, the school librarian! What style does your teacher want you to use?"],
      [50, 'p', 'she said mla'],
      [58, 'l', 'Great, NoodleTools will build it for you: log in at my.noodletools.com with your school Google account. Does that work?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: "APA or MLA?" (two words, a question) before the source: clarify passes',
    lines: [
      [0, 'p', 'how do i cite an interview i did myself'],
      [20, 'l', 'Hi, Jo at the library. APA or MLA?'],
      [40, 'p', 'apa'],
      [45, 'l', 'In APA a personal interview is a personal communication: cite it in the text only, (J. Rivera, personal communication, March 2, 2026), and leave it out of the reference list. apastyle.apa.org has the rule. Does that help?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'short: a restatement "So you need the in-text citation for a source with no date?" before the source: clarify passes',
    lines: [
      [0, 'p', 'the website i used has no date what do i put'],
      [25, 'l', 'Hi, Jo at the library here. So you need the in-text citation for an APA source with no date?'],
      [50, 'p', 'yes'],
      [55, 'l', 'Use n.d.: (Centers for Disease Control and Prevention, n.d.). The APA Style page on missing reference information (apastyle.apa.org) has the rest. Good luck!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'fail' }),
  },
  {
    name: 'short near miss: the only question is "how can I help?" and the source comes straight after: clarify fails',
    lines: [
      [0, 'p', 'hello'],
      [12, 'l', 'Hi, this is Jo at the library, how can I help?'],
      [30, 'p', 'i need to cite a government report in apa'],
      [38, 'l', 'Here is the APA page for that: apastyle.apa.org/style-grammar-guidelines/references/examples/report-government-agency-references. Anything else?'],
      [60, 'p', 'no'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', anything: 'pass' }),
  },
  // ---- completeness -------------------------------------------------------------------------------------------------------
  {
    name: 'short: "Does your reference look right now?" after the correction: completeness passes',
    lines: [
      [0, 'p', 'Hernandez, M. (2021). The Effects Of Sleep On Memory. Journal of sleep research. is this right'],
      [30, 'l', 'Hi, Jo at the library. Close! In APA 7 the article title is sentence case and the journal title is title case and italic, with volume, issue, pages and DOI: Hernandez, M. (2021). The effects of sleep on memory. Journal of Sleep Research, 30(2), e13145. https://doi.org/10.1111/jsr.13145. Does your reference look right now?'],
      [70, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: an offer of something not yet given is no completeness question
    name: 'short near miss: "Want me to show you where the DOI is on the page?" after the answer (asks about something not yet given): completeness fails',
    lines: [
      [0, 'p', 'where does the doi go in apa'],
      [20, 'l', 'Hi, Jo at the library! At the very end of the reference, as a link: https://doi.org/10.xxxx. The APA Style page on DOIs and URLs (apastyle.apa.org) explains it. Want me to show you where the DOI is on the article page?'],
      [50, 'p', 'no its fine'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    // reading (label corrected after the first run): "the APA Style page on author names …" names a web page without the
    // steps to reach it: no source (the Terms' "a web page with the steps to reach it"); the answer still makes
    // "Make sense?" a completeness question
    name: 'short: "Make sense?" after the explanation (a page named without steps or URL): completeness passes, source fails',
    lines: [
      [0, 'p', 'when do i use et al in apa'],
      [25, 'l', "Hi! Jo at the library. In APA 7 use et al. from the first citation when a work has three or more authors: (Nguyen et al., 2022). Two authors, name both every time. The APA Style page on author names in in-text citations has the table. Make sense?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    name: 'short near miss: "Hope this helps!" only after the guide: completeness fails',
    lines: [
      [0, 'p', 'how long should an abstract be in apa'],
      [25, 'l', 'Hi, Jo at the library. 150-250 words for most student papers if your instructor asks for one; see apastyle.apa.org/style-grammar-guidelines/paper-format/abstract-keywords-guide. Hope this helps!'],
      [60, 'p', 'ok'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  // ---- referrals ----------------------------------------------------------------------------------------------------------
  {
    name: 'short: "call the Writing Center at 512-471-6222 to book a consultation": referral passes',
    lines: [
      [0, 'p', 'can someone look at my paraphrasing before i submit'],
      [20, 'l', 'Hi, Jo at the library. We don\'t review papers in chat, but the University Writing Center does: call the Writing Center at 512-471-6222 to book a consultation. Anything else?'],
      [45, 'p', 'no thanks'],
    ],
    exp: some({ referral: 'pass', source: 'pass', anything: 'pass' }),
  },
  {
    // reading: what the Writing Center offers, told as a fact, refers the patron to no one
    name: 'short near miss: "The Writing Center runs paraphrasing workshops every semester" (a fact, no contact verb): referral na',
    lines: [
      [0, 'p', 'how do i paraphrase without plagiarizing'],
      [20, 'l', 'Hi, Jo at the library. Read the passage, close it, write the idea in your own words and structure, then compare and cite. Our guide has examples: libguides.example.edu/paraphrase. The Writing Center runs paraphrasing workshops every semester, too. Does that help?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: the syllabus and the assignment sheet are documents, not parties
    name: 'short near miss: "check your syllabus or the assignment sheet for the style" : referral na',
    lines: [
      [0, 'p', 'i dont know what citation style to use'],
      [22, 'l', 'Hi, Jo at the library. Check your syllabus or the assignment sheet for the style; if it says nothing, APA is common in your program. Our citation guide covers all of them: libguides.example.edu/cite. Did that help?'],
      [50, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'short, Spanish: "puede escribirle al Centro de Escritura a centroescritura@…": referral passes',
    lines: [
      [0, 'p', 'necesito ayuda para parafrasear mi ensayo'],
      [20, 'l', 'Hola, soy Jo de la biblioteca. Para revisar su ensayo, puede escribirle al Centro de Escritura a centroescritura@uprm.example.edu o pedir una cita en uprm.mywconline.com. ¿Algo más?'],
      [50, 'p', 'no, gracias'],
    ],
    exp: some({ referral: 'pass', source: 'pass', anything: 'pass' }),
  },
  {
    // reading (label corrected after the first run): "the APA Style page on classroom resources" without steps or URL is no source
    name: 'short: "ask your TA" after the answer, no contact: referral fails; a page named without steps is no source',
    lines: [
      [0, 'p', 'do lecture slides go in the reference list'],
      [25, 'l', 'Hi, Jo at the library! In APA, slides you can access online go in the reference list, with the course site URL; the APA Style page on classroom resources shows it. If the slides are only on Canvas, ask your TA how they want them cited.'],
      [60, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail', source: 'fail' }),
  },
  // ---- dismissals and scope ----------------------------------------------------------------------------------------------
  {
    // reading: declining to write the annotated bibliography while going on to help is no dismissal
    name: 'short: "I can\'t write your annotations for you, but let\'s look at how one is built": no dismissal',
    lines: [
      [0, 'p', 'can u just write the annotations for my 6 sources'],
      [20, 'l', "Hi, Jo at the library. I can't write your annotations for you, that part is your own work, but let's look at how one is built. Do you have the first source open?"],
      [50, 'p', 'ya'],
      [55, 'l', 'Start with 2-3 sentences on what it argues, then 1-2 on how you will use it. The OWL sample: owl.purdue.edu/owl/general_writing/common_writing_assignments/annotated_bibliographies. Want to try one and paste it here?'],
    ],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    name: 'short: a question limit ("you\'ve used up your citation questions for today") and the chat ended: dismissal fails',
    lines: [
      [0, 'p', 'ok one more, how do i cite a podcast episode'],
      [20, 'l', "Sorry, you've used up your citation questions for today. I'm closing this chat now."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'short: others waiting, with a way back ("please start a new chat in a bit or e-mail ask@…"): dismissal passes',
    lines: [
      [0, 'p', 'can you check all 15 of my references'],
      [20, 'l', "Hi, Jo at the library. It's finals week and there are several students waiting, so I can't go through all 15 right now. Please start a new chat in a bit, or e-mail them to ask@lib.example.edu and we'll reply. Thanks for understanding!"],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  // ---- follow-ups ------------------------------------------------------------------------------------------------------
  {
    name: 'short: "I\'ll e-mail you the MLA handout tonight" to the address the student typed: follow-up contact passes',
    lines: [
      [0, 'p', 'is there a printable mla sheet'],
      [20, 'l', "Hi, Jo at the library. There is, but it's not online. What's your e-mail?"],
      [40, 'p', 'tjackson@example.org'],
      [46, 'l', "Thanks, tjackson@example.org. I'll e-mail you the MLA handout tonight."],
      [60, 'p', 'thanks!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'tjackson@example.org', phone: null } },
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'short near miss: "I\'ll send you a link to our Zotero workshop recording" with the address but no when: contact fails',
    lines: [
      [0, 'p', 'did the zotero workshop get recorded'],
      [20, 'l', "Hi, Jo at the library. It did! It's not posted yet. What e-mail should I use?"],
      [40, 'p', 'dpark@example.org'],
      [46, 'l', "Got it, dpark@example.org. I'll send you a link to the recording."],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'dpark@example.org', phone: null } },
    exp: some({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: another party's e-mail after the patron books is no promise of the provider's
    name: 'short near miss: "the Writing Center will e-mail you a confirmation once you book" is no follow-up promise: contact na',
    lines: [
      [0, 'p', 'how do i get a writing tutor'],
      [20, 'l', 'Hi, Jo at the library. Book a session at writingcenter.example.edu/book; the Writing Center will e-mail you a confirmation once you book. Anything else?'],
      [40, 'p', 'no thats all'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  // ---- closing ---------------------------------------------------------------------------------------------------------
  {
    name: 'short near miss: the student says only "ok thx" and the librarian never asks about anything else: anything_else fails',
    lines: [
      [0, 'p', 'whats a doi'],
      [20, 'l', 'Hi, Jo at the library! A DOI is a permanent ID for an article; paste it after https://doi.org/ to open it. See doi.org for more.'],
      [40, 'p', 'ok thx'],
      [45, 'l', 'Good luck!'],
    ],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'short: "im all set, no more questions" from the student: anything_else passes',
    lines: [
      [0, 'p', 'do i italicize journal names in apa'],
      [20, 'l', 'Hi, Jo at the library. Yes: the journal name and volume number are italic (apastyle.apa.org). Does that answer it?'],
      [40, 'p', 'yes im all set, no more questions'],
      [45, 'l', 'Great, good luck with the paper!'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass', complete: 'pass' }),
  },
  {
    name: 'short: greeting by service only ("Hi! You\'re chatting with Ask a Librarian"): greeting passes',
    lines: [
      [0, 'p', 'whats the mla format for a poem in an anthology'],
      [15, 'l', "Hi! You're chatting with Ask a Librarian. Which anthology is it?"],
    ],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: 'short near miss: "hey!" then "what class is it for?" with no name, library or service: greeting fails',
    lines: [
      [0, 'p', 'i need help with citations'],
      [15, 'l', 'hey!'],
      [25, 'l', 'what class is it for?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- near misses and variants of this round's widenings ------------------------------------------------------------
  {
    name: 'short: "Did the example make things a bit clearer?" after a worked example and the guide: completeness passes',
    lines: [
      [0, 'p', 'i dont get how to cite a chapter in an edited book'],
      [20, 'l', 'Hi, Jo at the library! Example in APA 7: Lee, K. (2019). Title of chapter. In M. Ortiz (Ed.), Title of book (pp. 45-60). Sage. The pattern is in our guide at libguides.example.edu/apa/chapters. Did the example make things a bit clearer?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass', source: 'pass' }),
  },
  {
    // reading: an offer of a worked example not yet given asks about nothing given
    name: 'short near miss: "Would a worked example make it clearer?" (not yet given) after the guide: completeness fails',
    lines: [
      [0, 'p', 'how do i cite a chapter in an edited book in chicago'],
      [20, 'l', 'Hi, Jo at the library. Chapter 14 of the Chicago Manual of Style Online covers it (libguides.example.edu/chicago has the login). Would a worked example make it clearer?'],
      [50, 'p', 'no im ok'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  {
    name: 'short: "Does this find the one you need?" after a search tip and a link: completeness passes',
    lines: [
      [0, 'p', 'i need the doi for an article by garcia 2021 on food insecurity in college students'],
      [25, 'l', 'Hi, Jo at the library. Try this in search.crossref.org: garcia 2021 food insecurity college students. Does this find the one you need?'],
      [60, 'p', 'yes its the first one'],
    ],
    exp: some({ complete: 'pass', source: 'pass' }),
  },
  {
    // reading: a question about the patron's own earlier search is about nothing the provider gave
    name: 'short near miss: "Did the search you ran earlier find it?" before any source: completeness fails',
    lines: [
      [0, 'p', 'i cant find the article my prof cited'],
      [25, 'l', 'Hi, Jo at the library. Did the search you ran earlier find it? What was the title?'],
      [60, 'p', 'no. "Grit and GPA" 2018'],
      [68, 'l', 'It is in the Journal of Educational Psychology; the library link is at doi.org/10.1037/edu0000234.'],
    ],
    exp: some({ complete: 'fail', source: 'pass', clarify: 'pass' }),
  },
  {
    // reading: another service's limit, told as a condition with a way to continue here, is no dismissal
    name: 'short near miss: "once you\'ve used up your questions there, you can always ask us here" (Brainfuse\'s limit): no dismissal',
    lines: [
      [0, 'p', 'is there free writing tutoring online'],
      [20, 'l', 'Hi, Jo at the library. Brainfuse HelpNow gives you 3 free writing reviews a week at brainfuse.com/helpnow with your library card; once you\'ve used up your questions there, you can always ask us here. Anything else?'],
      [45, 'p', 'no thats all'],
    ],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    // reading: the provider's own promise in the same sentence as another party's confirmation is still a promise
    name: 'short near miss: "the Writing Center will e-mail you a confirmation, and I\'ll e-mail you the handouts by tomorrow": a follow-up; contact passes',
    lines: [
      [0, 'p', 'can i get help with my lit review and some handouts'],
      [20, 'l', "Hi, Jo at the library. Sure, what e-mail should I use?"],
      [35, 'p', 'lmorales@example.org'],
      [44, 'l', "Thanks, lmorales@example.org. Book a session at writingcenter.example.edu/book: the Writing Center will e-mail you a confirmation, and I'll e-mail you the lit review handouts by tomorrow."],
      [60, 'p', 'great thanks'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'lmorales@example.org', phone: null } },
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // (run since v18's `namedUrlRM`; it was left:) the referral check takes MLA's own domain, given in parentheses earlier in the same sentence, as the
    // professor's way to reach them; telling a URL's owner from the party referred to needs the sentence's structure
    // (referral.ts), too costly to do safely this round
    // reading: "e-mail your professor" refers the patron to a person; no contact given
    name: 'short: "e-mail your professor and ask whether they want the DOI" with no address: referral fails',
    lines: [
      [0, 'p', 'my prof didnt say if we need dois in mla'],
      [20, 'l', 'Hi, Jo at the library. MLA 9 recommends DOIs when there is one (style.mla.org), but it varies by class, so e-mail your professor and ask whether they want them. Does that help?'],
      [45, 'p', 'ok yes'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [
];

describe('sixteenth round (Q5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixteenth round (Q5): citations and research writing, every check', whole);
describeSessions('sixteenth round (Q5): citations and research writing, short cases', short);

describeLeft('sixteenth-round-citations', LEFT);
