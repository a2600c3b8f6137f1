/**
 * Thirty-fourth round, area (G3): FACT-CHECKING, NEWS AND MEDIA LITERACY. Whether a viral post or quote is real, the original
 * source of a statistic, a newspaper article from 1985, paywalled news through the library (PressReader, the newspaper
 * databases), a teacher's misinformation lesson, a student evaluating sources (lateral reading, CRAAP), reverse image search,
 * a scam "news" site, a patron who wants the provider's opinion on a political claim, letters to the editor, citing a TV
 * segment; referrals to a paper's reader services, a historical society, a journalism library, the state archives.
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers (labelled before the scorer ran):
 *  staying neutral, not a dismissal (passes): "I can't give a personal opinion on a politician's statement, but I can help
 *   you find the numbers", "As librarians we stay neutral on political questions, but …", "I won't weigh in on who is right",
 *   "I'll stay out of whether he was right"; a dismissal (fails): "You've asked a lot of questions already and I need to move
 *   on. Goodbye.", "You've reached the limit of questions for today";
 *  sources: "Snopes at snopes.com", "PolitiFact (politifact.com)", "ProQuest Historical Newspapers … on our databases page",
 *   "PressReader: go to samplelibrary.org/enews …", "tineye.com", "Census QuickFacts at census.gov/quickfacts/…"; not a
 *   source: "Snopes has debunked it" (named, no way to reach it), "just google the site's name";
 *  referrals: "call the Maryland Room …, 301-600-1368", "contact the Sun's reader services at 410-332-6800" (pass); "Your best
 *   bet is to contact the Allegany County Historical Society", "ask the newspaper's archive department", "visit the … Historical
 *   Society in Cockeysville", "write to the Maryland State Archives' Special Collections, who hold …" (fail);
 *  a clarifying question that names the patron's site: "Is it the site metrodailywire.com?", "Do you mean the site
 *   bostontribune.com?", "You mean dailybuzzlive.com?" (a question about the need, not a source).
 *
 * Readings taken where the text leaves room (each also at its case):
 * - declining an opinion, then giving sources, ends no help: dismissal passes;
 * - "Does that plan work for you?" asks about a promise (help not yet given): completeness fails;
 * - "All the best with the visa!" and "No worries, cheers!" are goodbyes;
 * - (after the first run) "report the site at reportfraud.ftc.gov" points to a website to use: no referral (my first label
 *   was referral pass; RUBRIC.md: "a source, not a referral, even when an agency publishes it");
 * - a question confirming the patron's site by its domain gives no source (as v31 K3's "an amazon.com address").
 *
 * Written: 29 whole sessions (26 first, 3 more for the fixes), 27 short cases (22 first, 5 for the fixes, one of them now
 * LEFT), 10 near misses (9 in `guards`, one LEFT). First run (26 whole + 22 short, labelled before running): 3 of 48 disagreed:
 * referral.contact 2 (the FTC report form: my label, corrected above; the State Archives "who hold many of the Sun's
 * negatives": the scorer's), inquiry.clarify 1 ("Is it the site metrodailywire.com?" read as the first source: the
 * scorer's). Second run (the fixes' cases, labelled before running): "Does that put your mind at ease?" (completeness, the
 * scorer's), "write to the Hearst photo collection" (no referral read: LEFT) and the Pratt near miss (misread before this
 * round: LEFT). My labels corrected: 1. Fixed in block G3:
 *  - `confirmSiteG3` (classify.ts, sentenceSource): a question sentence that is only a frame ("is it / was it / do you mean /
 *    you mean / are you looking at", optional "the site / page / article (at)"), a domain and optional "you saw" gives no
 *    source ("Just to confirm, is it nationalreport.net?", "Was it the page at abcnews-us.com you saw?") [near misses: "Have
 *    you tried snopes.com?", "Is it on snopes.com? …", "Is that politifact.com check what you were after?", "¿Ya probó
 *    factchequeado.com?": sources];
 *  - `relativePartyG3` (referral.ts, v19 SM's subjectUrlSM): a relative clause after the referred party (", who / which /
 *    whose …") lends no words to match an earlier sentence's subject with a URL ("ask the Historical Society of Washington,
 *    which keeps many of the Post's old clippings" after "The Post's photo archive … at washingtonpost.com/archive": fails)
 *    [near misses: "Write to the Sun's reprint desk, who can check the negatives", "Contact the Historical Society's library,
 *    which holds the Sun's old files" after their own URL: pass];
 *  - completeness (phrase family): "Does that / Has this / Did it (help) put your mind at ease / rest?" [near misses: "Would a
 *    call to the SSA put your mind at ease?", "I hope this puts your mind at ease.", "Does the wait … put your mind at ease?"].
 * Left: 2 (LEFT, with their reasons).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

/** A viral-quote question up to the patron's answer to the clarifying question. */
const QUOTE: Line[] = [
  [0, 'p', 'is this quote real? "The government is not the solution, it is the problem" everyone says its Lincoln'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Where did you see it, a Facebook post or a meme?"],
  [50, 'p', 'facebook meme from my uncle'],
];
/** A student's source-evaluation question up to the answer. */
const PAPER: Line[] = [
  [0, 'p', 'how do i know if a website is reliable for my research paper'],
  [20, 'l', 'Hello, Jo at Ask Us here. What is the paper about, and which site are you looking at?'],
  [50, 'p', 'vaccines, a site called healthfreedomtruth.net'],
];
/** An old newspaper article question up to the answer. */
const OLDNEWS: Line[] = [
  [0, 'p', 'Looking for a Baltimore Sun article from 1985 about my dad\'s fire company'],
  [20, 'l', 'Good morning, this is Jo at Sample County Library. Do you know the month or the headline?'],
  [50, 'p', 'June 1985, something about a warehouse fire'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'retiree, a viral Lincoln quote: Snopes and Quote Investigator, the completeness question, done',
    lines: [
      [0, 'p', 'Hello, my grandson shared a quote from Abraham Lincoln about the internet. "Don\'t believe everything you read on the internet." Surely that cannot be real? I am 78 and not good with computers.'],
      [30, 'l', "Good afternoon! I'm Margaret, a librarian with AskUsNow!. You're right to be suspicious. Is it the one with a picture of Lincoln and his signature underneath?"],
      [70, 'p', 'Yes that is the one.'],
      [85, 'l', "That one is a joke: Lincoln died in 1865, long before the internet. For quotes that are less obvious, Quote Investigator at quoteinvestigator.com traces where a quote really comes from, and Snopes at snopes.com checks viral posts. Does that answer your question?"],
      [140, 'p', 'Oh my goodness, I feel silly. Yes it does.'],
      [150, 'l', 'Not silly at all, lots of people share it! Is there anything else I can help you with today?'],
      [180, 'p', 'No, that is all. Thank you dear.'],
      [186, 'l', "You're welcome, Margaret here signing off. Have a lovely day!"],
    ],
    exp: usual(),
  },
  {
    name: 'student, CRAAP test for a vaccine site: the library\'s evaluating-sources guide, lateral reading',
    lines: [
      [0, 'p', 'hey so my prof said we have to use the CRAAP test on our sources?? idk what that is'],
      [25, 'l', 'Hi! This is Devon, a student worker at the Ask a Librarian desk, Towson University Libraries. No worries! Which source are you trying to check?'],
      [60, 'p', 'an article on healthfreedomtruth dot net about vaccines'],
      [80, 'l', "CRAAP = Currency, Relevance, Authority, Accuracy, Purpose. Our guide walks through each one: libguides.towson.edu/evaluate. A quick trick is lateral reading: open a new tab and search the site's name to see what others say about it before you read it. Did that help?"],
      [130, 'p', 'ohh ok. yeah that helps. the site is run by some supplement company lol'],
      [140, 'l', "Ha, that's a big Purpose red flag! Anything else I can help with?"],
      [160, 'p', 'nah im good thx'],
      [165, 'l', 'Good luck on the paper, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'paywalled news: PressReader through the library card, a card question first',
    lines: [
      [0, 'p', 'The Washington Post keeps asking me to pay. Can the library help?'],
      [15, 'l', 'Hi, I\'m Luis at Ask Us, Sample County Library. Do you have a Sample County library card?'],
      [40, 'p', 'yes'],
      [55, 'l', 'Great. You can read the Post for free in PressReader: go to samplelibrary.org/enews, choose PressReader, and sign in with your card number and PIN. The library\'s Washington Post database there also has articles back to 1977. Is that what you were looking for?'],
      [110, 'p', "Perfect, that's all I needed."],
      [115, 'l', 'Enjoy your reading, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'a 1985 Baltimore Sun article: ProQuest Historical Newspapers, the month asked first',
    lines: [
      ...OLDNEWS,
      [75, 'l', "The Baltimore Sun from 1837 to 1991 is in ProQuest Historical Newspapers: The Baltimore Sun, on our databases page at samplelibrary.org/research. Search warehouse fire and limit the dates to June 1985. Let me know if you find it."],
      [200, 'p', 'found it! June 12 1985, page D1'],
      [210, 'l', 'Wonderful! Does that answer your question?'],
      [230, 'p', 'yes, thank you so much'],
      [240, 'l', 'Anything else today?'],
      [260, 'p', 'no thats it'],
      [265, 'l', 'Thanks for using Ask a Librarian, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'teacher, a misinformation lesson for 8th grade: News Literacy Project, Civic Online Reasoning, neutral',
    lines: [
      [0, 'p', "Good afternoon. I teach 8th grade social studies and I'm building a two-day unit on misinformation before the election. Any good free materials?"],
      [40, 'l', 'Good afternoon, and welcome to Ask a Librarian! My name is Priya, a school services librarian at Sample County Public Library. Do your students have their own devices in class, or will it be one projector?'],
      [90, 'p', 'Chromebooks, 1:1.'],
      [110, 'l', "Then two free collections fit well: the News Literacy Project's Checkology at checkology.org (free teacher accounts, lessons on evaluating news and on conspiracy theories) and Stanford's Civic Online Reasoning at cor.inquirygroup.org, which has ready-made lateral reading lessons. Would either of those work for your unit?"],
      [200, 'p', 'These look great. Do you have anything on checking photos?'],
      [220, 'l', 'Yes: the Checkology unit has a lesson on image manipulation, and students can practise reverse image search with Google Lens or TinEye at tineye.com. Does that cover what you needed?'],
      [270, 'p', 'It does. Thank you!'],
      [280, 'l', 'Anything else I can help with?'],
      [300, 'p', "No, that's everything."],
      [305, 'l', 'Good luck with the unit, and come back any time!'],
    ],
    exp: usual(),
  },
  {
    // reading: declining to give an opinion on a political claim is not a dismissal; the help goes on with sources
    name: 'angry patron wants the provider\'s opinion on a senator\'s claim: provider stays neutral, gives FactCheck.org and PolitiFact',
    lines: [
      [0, 'p', 'Senator Harmon says crime went up 40% in our state. is that true or is he lying. just tell me yes or no'],
      [35, 'l', 'Hi, this is Ken with AskUsNow!. I can\'t give a personal opinion on a politician\'s statement, but I can help you find the numbers. Do you know when he said it, or the time period he meant?'],
      [80, 'p', 'typical. last week on tv. he means the last 5 years'],
      [100, 'l', "The FBI's Crime Data Explorer at cde.ucr.cjis.gov has state crime rates by year, so you can compare 2018 and 2023 yourself. PolitiFact (politifact.com) and FactCheck.org also check claims like this one; search the senator's name there. Does that help?"],
      [200, 'p', 'fine. i guess'],
      [210, 'l', 'Is there anything else I can help with?'],
      [240, 'p', 'no'],
      [245, 'l', 'Thanks for contacting us. Take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'reverse image search of a flood photo: TinEye and Google Lens steps, patron vanishes, check-in and notice',
    lines: [
      [0, 'p', 'theres a photo going around of a shark swimming on the highway after the hurricane. real?'],
      [20, 'l', 'Hi, Sam here from Ask a Librarian! Do you have the image saved on your phone or computer?'],
      [50, 'p', 'on my phone'],
      [65, 'l', "You can reverse-search it: open tineye.com and upload it, or in the Google app tap the Lens icon and choose the photo. The results show where the picture appeared first. That one has been debunked many times; Snopes has an article on it at snopes.com. Did that help?"],
      [400, 'l', 'Are you still there?'],
      [600, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to come back any time!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a statistic\'s original source ("1 in 5 teens"): CDC\'s YRBS, clarify by restating, British English',
    lines: [
      [0, 'p', "Hiya, I keep seeing '1 in 5 teenagers have a mental health condition' in articles, but no one links the source. Where does it come from?"],
      [30, 'l', "Hello, Fiona here, librarian at the Ask a Librarian service. So you'd like the original study behind that figure, not just another article quoting it?"],
      [60, 'p', 'Exactly, for a report at work.'],
      [80, 'l', "The figure usually traces to the US National Institute of Mental Health's page on mental illness at nimh.nih.gov/health/statistics, which cites the National Comorbidity Survey Adolescent Supplement (Merikangas et al., 2010, Journal of the American Academy of Child & Adolescent Psychiatry). Does that answer your question?"],
      [150, 'p', "Brilliant, that's exactly it. Cheers, that's all."],
      [160, 'l', 'Lovely, glad it helped. Bye for now!'],
    ],
    exp: usual(),
  },
  {
    name: 'retiree worried about a scam news site: lateral reading, the FTC\'s page, report it with a URL',
    lines: [
      [0, 'p', 'I read on a site called cbs-news-daily.co that a celebrity is selling a miracle CBD gummy. It looks like CBS but something is off. Is it a scam?'],
      [30, 'l', "Hello, I'm Rita, a librarian with AskUsNow!. Good instinct. Did the site ask you to buy anything or give your card number?"],
      [70, 'p', 'It wants my card for a free trial. I have not given it.'],
      [90, 'l', "Good, please don't. The real CBS News is at cbsnews.com; sites that copy a network's look on an odd address are a common scam. The Federal Trade Commission explains these fake news ads at consumer.ftc.gov (search \"fake celebrity endorsements\"), and you can report the site at reportfraud.ftc.gov. Does that help?"],
      [160, 'p', 'Yes. Thank you, I will report it.'],
      [170, 'l', 'Is there anything else I can do for you?'],
      [190, 'p', 'No thank you, that is all.'],
      [195, 'l', 'Stay safe, and thanks for chatting with us!'],
    ],
    // reading (my first label was referral pass): "report the site at reportfraud.ftc.gov" points to a website for the patron
    // to use ("a source, not a referral, even when an agency publishes it")
    exp: usual(),
  },
  {
    name: 'Spanish, ¿es verdad este audio de WhatsApp?: Chequeado y Factchequeado, bilingual provider',
    lines: [
      [0, 'p', 'hola, me llegó un audio de whatsapp que dice que van a quitar la ciudadanía a los que votan por correo. es verdad?'],
      [25, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. ¿En qué estado vive usted?'],
      [60, 'p', 'maryland'],
      [80, 'l', 'No es verdad: votar por correo es legal en Maryland y no afecta la ciudadanía. La Junta Electoral del estado lo explica en elections.maryland.gov (también en español). Para verificar audios y cadenas de WhatsApp, Factchequeado (factchequeado.com) revisa rumores en español. ¿Le sirve esta información?'],
      [140, 'p', 'sí muchas gracias, es todo'],
      [146, 'l', '¡Con gusto! Que tenga un buen día.'],
    ],
    exp: usual(),
  },
  {
    name: 'journalist, a letter to the editor from 1972: referral to the paper\'s archive with phone',
    lines: [
      [0, 'p', 'Hi, freelance writer here. Looking for a letter to the editor in the Frederick News-Post, fall 1972, signed by a local councilman. How do I find it?'],
      [30, 'l', "Hi, this is Anita at Ask Us, Frederick County Public Libraries. Do you know the councilman's name?"],
      [60, 'p', 'Walter Grimes'],
      [80, 'l', 'The Frederick News-Post for 1972 is searchable in Newspapers.com through the library: fcpl.org/research, then Newspapers.com Library Edition (in the branch only). If it is not there, call the Maryland Room at C. Burr Artz Library, 301-600-1368; they keep the paper on microfilm. Does that help?'],
      [150, 'p', 'Great, thanks. That does it.'],
      [160, 'l', 'Anything else I can help with?'],
      [175, 'p', 'no, all set'],
      [180, 'l', 'Thanks for chatting, good luck with the piece!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "your best bet is the historical society" tells the patron whom to contact, without a way to reach them
    name: 'terse veteran, a 1968 local paper not digitized: the historical society without a contact',
    lines: [
      [0, 'p', 'need obits from Cumberland Evening Times 1968'],
      [15, 'l', 'Hi, Ray at Ask Us. Which month?'],
      [35, 'p', 'march'],
      [50, 'l', "Not in our databases for that year. Chronicling America at chroniclingamerica.loc.gov lists who holds it on film. Your best bet is to contact the Allegany County Historical Society, they have the run. That help?"],
      [80, 'p', 'yes'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'no'],
      [98, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'citation for a TV news segment in APA: Purdue OWL, format asked first',
    lines: [
      [0, 'p', 'how do i cite a 60 minutes segment in my paper'],
      [20, 'l', 'Hi! Jo here with Ask a Librarian. Which citation style, APA or MLA?'],
      [40, 'p', 'APA 7'],
      [55, 'l', 'Purdue OWL has the APA 7 format for TV episodes at owl.purdue.edu (APA Formatting > Reference List: Audiovisual Media). For a segment: Producer, A. (Executive Producer). (Year, Month Day). Title of segment [TV series episode segment]. In 60 Minutes. CBS. Does that help?'],
      [110, 'p', 'yes!! ty'],
      [115, 'l', 'Anything else?'],
      [130, 'p', 'nope thats all'],
      [134, 'l', 'Good luck, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'sloppy: a viral quote answered from memory, no source, no question, no goodbye',
    lines: [
      [0, 'p', 'did Einstein really say "the definition of insanity is doing the same thing over and over"'],
      [40, 'l', 'hi, ask us here'],
      [45, 'l', 'no, he never said that, it is misattributed. it shows up first in the 1980s.'],
      [90, 'p', 'oh ok thanks'],
      [95, 'l', 'np'],
    ],
    exp: usual({ greeting: 'pass', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'slow pickup and a long silence: a NYT article from 1999 via the library\'s NYT access',
    lines: [
      [0, 'p', 'can i get a New York Times article from 1999 for free'],
      [95, 'l', 'Hello, this is Beth at Sample County Library. Sorry for the wait! Do you know the title of the article?'],
      [120, 'p', '"Y2K bug fears" something, december 1999'],
      [330, 'l', "Found it. With your library card you get a free 72-hour pass at samplelibrary.org/nytimes, and the archive back to 1851 is in ProQuest Historical Newspapers: The New York Times on our research page. Does that answer your question?"],
      [380, 'p', 'yes thanks, that is all'],
      [385, 'l', 'Thanks for your patience, goodbye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    name: 'holds during a search for a misquoted statistic: "one moment", "still digging", Census QuickFacts',
    lines: [
      [0, 'p', 'a flyer says "half the people in our county are renters". how can i check that'],
      [15, 'l', 'Hi, I\'m Jo, a librarian at Ask Us. Which county do you live in?'],
      [40, 'p', 'howard'],
      [50, 'l', 'One moment while I look that up.'],
      [150, 'l', 'Still digging, thanks for your patience.'],
      [240, 'l', "Census QuickFacts at census.gov/quickfacts/howardcountymaryland gives owner-occupied housing at about 73%, so renters are closer to a quarter, not half. Does that help?"],
      [300, 'p', 'very helpful, thats all i needed'],
      [305, 'l', 'Thanks for asking, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'follow-up: a 1985 TV segment transcript, e-mail confirmed and "by Thursday", coded Follow-up by me',
    lines: [
      [0, 'p', 'I need a transcript of a WJZ news segment from 1985 about the Chesapeake cleanup, for my thesis.'],
      [25, 'l', 'Hi, this is Dana, a librarian with AskUsNow!. Do you know the date it aired?'],
      [60, 'p', 'Sometime in April 1985.'],
      [80, 'l', "Local TV transcripts that old are rarely online. The Vanderbilt Television News Archive at tvnews.vanderbilt.edu has network news only, so let me ask our media librarian about WJZ's archive. I'll e-mail you what I find by Thursday. What e-mail should I use?"],
      [130, 'p', 'thesis.kim@example.edu'],
      [140, 'l', "Thanks, thesis.kim@example.edu it is. Does that plan work for you?"],
      [160, 'p', 'Yes, that works. Thank you!'],
      [165, 'l', 'Anything else for now?'],
      [180, 'p', 'No, that is all.'],
      [185, 'l', 'Talk soon, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'thesis.kim@example.edu', phone: null } },
    // reading: "Does that plan work for you?" asks about the plan (help not yet given), not the information given: fails
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up promised, no time given: a quote in a 1960s speech, e-mail given',
    lines: [
      [0, 'p', 'Was "Ask not what your country can do for you" first said by JFK or did he borrow it?'],
      [30, 'l', 'Good evening, this is Professor Alan Ruiz, reference librarian at the University of Maryland, for Ask Us. Are you asking about the exact wording, or the idea behind it?'],
      [80, 'p', 'whether someone said something similar before him'],
      [100, 'l', "Quote Investigator (quoteinvestigator.com) has an entry on precursors, including a 1916 line by Le Baron Russell Briggs. I'd like to check the Briggs text in HathiTrust and send you the page. What's your e-mail?"],
      [150, 'p', 'reyes.m@example.com'],
      [160, 'l', 'Thanks, reyes.m@example.com. I will send it along. Goodnight!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'reyes.m@example.com', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Indian English, a news clipping for a visa: the library\'s newspaper database, "kindly revert"',
    lines: [
      [0, 'p', 'Good morning madam/sir. I require one news article of Times of India dated 14 March 2003 regarding my father\'s award. Kindly guide.'],
      [30, 'l', 'Good morning! This is Meera from the Ask a Librarian service at Sample County Library. Do you need the printed page image or only the text?'],
      [70, 'p', 'Page image is required for embassy.'],
      [90, 'l', "Our PressReader only goes back a few months, but ProQuest's Times of India historical archive (1838-2010) has page images; it is on our research page at samplelibrary.org/research under Newspapers. Sign in with your library card. Will this serve your purpose?"],
      [150, 'p', 'Yes madam it is serving. Thank you very much. That is all.'],
      [158, 'l', 'You are most welcome. All the best with the visa!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian patron, a politician\'s quote on climate: provider neutral, RMIT FactLab and the ABC',
    lines: [
      [0, 'p', "G'day, mate reckons the PM said 'climate change is crap' in an interview. Fair dinkum or made up?"],
      [30, 'l', "G'day! Tom here, librarian with the Ask a Librarian service. Which PM does your mate mean, and roughly when?"],
      [60, 'p', 'Tony Abbott, back in 2009 or so'],
      [80, 'l', "That one is documented: the ABC reported it in 2009. You can search ABC News at abc.net.au/news for the article, and RMIT FactLab (rmit.edu.au/factlab) checks Australian political claims. I'll stay out of whether he was right, but those show what was said. Does that answer it?"],
      [140, 'p', 'Yeah cheers, thats all'],
      [145, 'l', 'No worries, cheers!'],
    ],
    exp: usual(),
  },
  {
    // reading: an apology and a question, then sources: no dismissal
    name: 'suspicious patron accuses the library of bias: provider declines opinion, gives AllSides and the catalogue',
    lines: [
      [0, 'p', 'why does the library only subscribe to liberal newspapers. you people are biased'],
      [40, 'l', "Hello, I'm Chris at Ask a Librarian, Sample County Library. I'm sorry you feel that way. Which newspapers were you hoping to read?"],
      [80, 'p', 'the Wall Street Journal and the Washington Times'],
      [100, 'l', 'Both are available: the Wall Street Journal through ProQuest on samplelibrary.org/research, and the Washington Times in PressReader at samplelibrary.org/enews. If you want to compare coverage, AllSides at allsides.com shows the same story from several outlets. Collection suggestions can go through the Suggest a Purchase form on our website. Does that help?'],
      [200, 'p', 'ok. didnt know that'],
      [210, 'l', 'Anything else I can help with today?'],
      [230, 'p', 'no'],
      [235, 'l', 'Thanks for reaching out, have a good one.'],
    ],
    exp: usual(),
  },
  {
    name: 'cut short: patron asks about a deepfake video, leaves before the provider answers',
    lines: [
      [0, 'p', 'how can i tell if a video of the governor is a deepfake'],
      [45, 'l', 'Hi, I\'m Jo at Ask Us!'],
      [50, 'l', 'Let me pull up a guide for you, one moment.'],
      [60, 's', 'Patron has left the chat.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', courteous: 'fail' }),
  },
  {
    name: 'too many questions: a provider ends the chat after three fact-checks',
    lines: [
      [0, 'p', 'is the moon landing fake? my cousin says so'],
      [20, 'l', 'Hi, Jo at Ask Us. Are you looking for evidence for a class, or to talk it over with your cousin?'],
      [50, 'p', 'my cousin'],
      [65, 'l', "NASA's page at nasa.gov/history has the Apollo records, and the Lunar Reconnaissance Orbiter photos of the landing sites are there too. Does that help?"],
      [110, 'p', 'yes. also is the earth flat. and are chemtrails real'],
      [125, 'l', "You've asked a lot of questions already and I need to move on. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'other patrons waiting: provider answers, then invites the patron back for a second question',
    lines: [
      [0, 'p', 'where can i find who funds a news site called Metro Daily Wire'],
      [20, 'l', 'Hello, this is Jo at Ask Us. Is it the site metrodailywire.com?'],
      [45, 'p', 'yes'],
      [60, 'l', "Start with its About page, then search the name in the Columbia Journalism Review's investigation of pink-slime sites at cjr.org, and in Iffy.news, which lists unreliable sites and who runs them. Does that help?"],
      [120, 'p', 'yes. also can you check a facebook post for me'],
      [135, 'l', 'I have several patrons waiting right now, so please start a new chat in a little while and we can look at the post together. Thanks so much!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'transfer to the academic library for a journalism-school question, with an internal note and a notice',
    lines: [
      [0, 'p', 'Hi, I am a UMD journalism student, need the Merrill College style guide for attributing anonymous sources'],
      [20, 'l', 'Hi, Jo here with Ask Us, public library side. Is this for a class assignment?'],
      [50, 'p', 'yes JOUR201'],
      [60, 'l', "I'm transferring you to a University of Maryland librarian who knows the Merrill College guides. One moment."],
      [62, 'i', 'UMD journalism student, JOUR201, wants Merrill College guide on anonymous sources'],
      [64, 's', 'Chat transferred to Rosa Diaz', { event: 'transfer', to: 'rosa' }],
      [90, 'l', "Hi, Rosa from UMD Libraries. The journalism guide is at lib.guides.umd.edu/journalism, with the AP Stylebook online (through the library) under Style Guides. Does that answer your question?", { author: 'Rosa Diaz', authorId: 'rosa' }],
      [140, 'p', 'yes thats all i needed thanks', ],
      [146, 'l', 'You are welcome, good luck!', { author: 'Rosa Diaz', authorId: 'rosa' }],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'state archives referral without a contact: a 1950s newspaper photo\'s original',
    lines: [
      [0, 'p', 'where would I find the original of a 1955 Evening Sun photo of the Bay Bridge opening'],
      [30, 'l', 'Hello, Jo at Ask Us here. Do you need a print of it, or just to see it?'],
      [60, 'p', 'a print for a frame'],
      [80, 'l', "The Sun's photo archive was split up; the paper's own reprint service sells some at baltimoresun.com/reprints. For others, write to the Maryland State Archives' Special Collections, who hold many of the Sun's negatives. Does that help?"],
      [140, 'p', 'ok thanks'],
      [150, 'l', 'Thanks for chatting, goodbye!'],
    ],
    // reading: "write to the Maryland State Archives' Special Collections" is a referral with no way given to reach them;
    // the reprint URL is a source (baltimoresun.com), not a way to reach the Archives
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  // ---- more for the fixes (labelled before running) ---------------------------------------------------------------------
  {
    name: 'retiree, a "news" site about Social Security cuts: "Just to confirm, is it nationalreport.net?", then NewsGuard-style checks',
    lines: [
      [0, 'p', 'My neighbour sent me a story from National Report saying Social Security checks stop in March. Is this true??'],
      [30, 'l', 'Hello, this is Gwen, a librarian at Ask a Librarian, Sample County Library. Just to confirm, is it nationalreport.net?'],
      [70, 'p', 'yes that is the one'],
      [90, 'l', "National Report is a known satire and fake news site; Snopes lists it among its fake news sources at snopes.com. Nothing about Social Security stopping is on the Social Security Administration's own news page, ssa.gov/news. Does that put your mind at ease?"],
      [150, 'p', 'Yes, thank you. That is all I needed.'],
      [158, 'l', 'You are very welcome. Take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'student worker, a TikTok claim traced to a blog: "You mean dailybuzzlive.com?", then lateral reading sources',
    lines: [
      [0, 'p', 'my sister showed me a tiktok that says bananas are going extinct next year and it cites daily buzz live'],
      [20, 'l', 'Hey! Kai here, student assistant with the Ask a Librarian chat. You mean dailybuzzlive.com?'],
      [45, 'p', 'ya'],
      [60, 'l', "That site has no author names or sources, which is a red flag. Wikipedia's list of fake news websites (en.wikipedia.org/wiki/List_of_fake_news_websites) mentions it, and for the real banana disease story try the library's Academic Search Complete on library.sample.edu/databases, search Panama disease bananas. Did that help?"],
      [130, 'p', 'yes lol thanks thats all'],
      [135, 'l', 'No prob, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a 1950s photo print: the Post\'s archive page, then "ask the Historical Society of Washington, which keeps the Post\'s old clippings" without contact',
    lines: [
      [0, 'p', 'Hi, trying to get a print of a 1956 Washington Post photo of my grandmother at a parade'],
      [25, 'l', 'Hi, this is Jo at Ask Us. Do you know the date of the parade?'],
      [50, 'p', 'July 4 1956'],
      [70, 'l', "The Post's photo archive explains reprint orders at washingtonpost.com/archive. You could also ask the Historical Society of Washington, which keeps many of the Post's old clippings. Does that help?"],
      [130, 'p', 'yes thanks, thats all'],
      [136, 'l', 'Good luck, bye!'],
    ],
    // reading: the Historical Society is referred to with no way to reach it; the Post's archive URL is the Post's
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- staying neutral is not a dismissal -------------------------------------------------------------------------------
  { name: '"I can\'t share my personal views on that, but here are some sources" : dismissal passes', lines: then(QUOTE, "I can't share my personal views on politics, but Snopes at snopes.com and Quote Investigator at quoteinvestigator.com trace quotes like this. Does that help?"), exp: some({ dismissal: 'pass', source: 'pass' }) },
  { name: '"As librarians we stay neutral on political questions" then FactCheck.org : dismissal passes', lines: then(QUOTE, 'As librarians we stay neutral on political questions, but FactCheck.org (factcheck.org) lists what each side has claimed. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: '"I won\'t weigh in on who is right" : dismissal passes', lines: then(QUOTE, "I won't weigh in on who is right, but the quote is traced at quoteinvestigator.com. Does that help?"), exp: some({ dismissal: 'pass' }) },
  { name: '"You\'ve reached the limit of questions for today" : dismissal fails', lines: [...QUOTE, [70, 'l', 'Snopes at snopes.com has it. Does that help?'], [100, 'p', 'yes, and one more about a vaccine post'], [110, 'l', "You've reached the limit of questions for today. Goodbye."]], exp: some({ dismissal: 'fail' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"Snopes has debunked it" (no URL) : no source', lines: then(QUOTE, 'Snopes has debunked it a few times. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"PolitiFact rates it false: politifact.com" : source passes', lines: then(QUOTE, 'PolitiFact rates it false: politifact.com has the full check. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"ProQuest Historical Newspapers on our databases page" : source passes', lines: then(OLDNEWS, 'It is in ProQuest Historical Newspapers: The Baltimore Sun, on our databases page. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the CRAAP test guide at libguides…" : source passes', lines: then(PAPER, 'Run it through the CRAAP test; our guide is at libguides.towson.edu/evaluate. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"just google the site\'s name" : no source', lines: then(PAPER, "Just google the site's name and see what others say about it. Does that help?"), exp: some({ source: 'fail' }) },
  { name: '"reverse image search it on tineye.com" : source passes', lines: then(QUOTE, 'Reverse image search the meme on tineye.com to see where it started. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- clarify ---------------------------------------------------------------------------------------------------------
  { name: 'source in the first answer, no question: clarify fails', lines: [[0, 'p', 'is this quote by Mark Twain real'], [15, 'l', "Hi, I'm Jo at Ask Us. Quote Investigator at quoteinvestigator.com says no. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: '"Which quote exactly? Can you paste it?" before the source : clarify passes', lines: [[0, 'p', 'is this mark twain quote real'], [15, 'l', "Hi, I'm Jo at Ask Us. Which quote exactly? Can you paste it?"], [40, 'p', 'the one about lies damned lies and statistics'], [50, 'l', 'Quote Investigator at quoteinvestigator.com traces it to Leonard Courtney, not Twain. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"So you want to know whether the photo was edited?" before the source : clarify passes', lines: [[0, 'p', 'this pic of the protest looks weird'], [15, 'l', 'Hi, Jo at Ask Us. So you want to know whether the photo was edited?'], [40, 'p', 'yeah'], [50, 'l', 'Upload it at tineye.com to see earlier copies. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like me to look for the original study too?" after the source : completeness fails', lines: then(QUOTE, 'Snopes covers it at snopes.com. Would you like me to look for the original speech too?'), exp: some({ complete: 'fail' }) },
  { name: '"Is that the kind of help you needed for the paper?" : completeness passes', lines: then(PAPER, 'Our evaluating sources guide is at libguides.towson.edu/evaluate. Is that the kind of help you needed for the paper?'), exp: some({ complete: 'pass' }) },
  // ---- referrals -------------------------------------------------------------------------------------------------------
  { name: '"contact the Sun\'s reader services at 410-332-6800" : referral passes', lines: then(OLDNEWS, "For a reprint, contact the Sun's reader services at 410-332-6800. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"ask the newspaper\'s archive department" (no contact) : referral fails', lines: then(OLDNEWS, "ProQuest Historical Newspapers on samplelibrary.org/research has it; for a photo print, ask the newspaper's archive department. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"contact the journalism librarian at UMD: jourlib@umd.edu" : referral passes', lines: then(PAPER, 'For journalism ethics sources, contact the journalism librarian at UMD: jourlib@umd.edu. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"visit the historical society" (no contact) : referral fails', lines: then(OLDNEWS, 'For the photo, visit the Baltimore County Historical Society in Cockeysville; they have the local paper bound. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The Library of Congress\'s Chronicling America at chroniclingamerica.loc.gov" : a source, no referral', lines: then(OLDNEWS, "The Library of Congress's Chronicling America at chroniclingamerica.loc.gov lists holdings. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- anything else ----------------------------------------------------------------------------------------------------
  { name: '"that answers everything, thanks" : anything else passes', lines: [...QUOTE, [70, 'l', 'Snopes at snopes.com covers it. Does that help?'], [100, 'p', 'that answers everything, thanks'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"cool thx" : anything else fails', lines: [...QUOTE, [70, 'l', 'Snopes at snopes.com covers it. Does that help?'], [100, 'p', 'cool thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- more for the fixes (labelled before running) ---------------------------------------------------------------------
  { name: '"Do you mean the site bostontribune.com?" then Snopes: clarify passes', lines: [[0, 'p', 'is the boston tribune story about the mayor real'], [15, 'l', "Hi, I'm Jo at Ask Us. Do you mean the site bostontribune.com?"], [40, 'p', 'yes'], [50, 'l', 'That is not the Boston Globe; Snopes covers it at snopes.com. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: '"Was it the page at abcnews-us.com you saw?" then the real ABC: clarify passes', lines: [[0, 'p', 'saw an abc news story that a celebrity died, is it real'], [15, 'l', "Hello, Jo at Ask Us here. Was it the page at abcnews-us.com you saw?"], [40, 'p', 'yes'], [50, 'l', 'That is an imitation site; the real ABC News is abcnews.go.com and has no such story. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: '"Has this put your mind at rest?" after the source : completeness passes', lines: then(QUOTE, 'Quote Investigator at quoteinvestigator.com shows it is not Lincoln. Has this put your mind at rest?'), exp: some({ complete: 'pass' }) },
  { name: '"Did that help put your mind at ease?" after the source : completeness passes', lines: then(QUOTE, 'Snopes at snopes.com shows it is fake. Did that help put your mind at ease?'), exp: some({ complete: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // a source offered in a question, not a confirmation of the patron's site: the first source, no question before it
  { name: 'near miss: "Have you tried snopes.com?" first : a source, clarify fails', lines: [[0, 'p', 'is the boston tribune story about the mayor real'], [15, 'l', "Hi, I'm Jo at Ask Us. Have you tried snopes.com?"], [40, 'p', 'no'], [50, 'l', 'It covers that story. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass' }) },
  { name: 'near miss: "Is it on snopes.com? That\'s where I\'d look first." : a source, clarify fails', lines: [[0, 'p', 'is this quote by Mark Twain real'], [15, 'l', "Hi, I'm Jo at Ask Us. Is it on snopes.com? That's where I'd look first."], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass' }) },
  { name: 'near miss: "Is that politifact.com check what you were after?" : a source, clarify fails', lines: [[0, 'p', 'did the governor really say that about taxes'], [15, 'l', "Hi, Jo at Ask Us. PolitiFact rated it. Is that politifact.com check what you were after?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass' }) },
  { name: 'near miss: "¿Ya probó factchequeado.com?" : a source, clarify fails', lines: [[0, 'p', 'es verdad lo del audio de whatsapp'], [15, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Ya probó factchequeado.com?'], [40, 'p', 'no, gracias'], [45, 'l', '¡Adiós!']], exp: some({ clarify: 'fail', source: 'pass' }) },
  // the party of the referral is the subject of the sentence with the URL (the relative clause says what it holds)
  { name: 'near miss: "…sells prints at baltimoresun.com/reprints. Write to the Sun\'s reprint desk, who can check the negatives." : referral passes', lines: then(OLDNEWS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. Write to the Sun's reprint desk, who can check the negatives. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The Historical Society\'s library catalog is at mdhistory.org. Contact the Historical Society\'s library, which holds the Sun\'s files." : referral passes', lines: then(OLDNEWS, "The Historical Society's library catalog is at mdhistory.org. Contact the Historical Society's library, which holds the Sun's old files. Does that help?"), exp: some({ referral: 'pass' }) },
  // "put your mind at ease" not asked of what was given
  { name: 'near miss: "Would a call to the SSA put your mind at ease?" : completeness fails', lines: then(QUOTE, 'Snopes at snopes.com covers it. Would a call to the SSA put your mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "I hope this puts your mind at ease." : completeness fails', lines: then(QUOTE, 'Snopes at snopes.com covers it. I hope this puts your mind at ease.'), exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Does the wait for their reply put your mind at ease?" : completeness fails', lines: then(QUOTE, 'Snopes at snopes.com covers it. Does the wait for their reply put your mind at ease?'), exp: some({ complete: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "the Hearst photo collection" is not read as a party (no referral found at all): a collection that holds items is
  // a party only when it is told to be written to; widening the party words to "collection" would reach every "the library's
  // collection" of earlier rounds
  { name: '"write to the Hearst collection, which holds many of the Sun\'s negatives" after the Sun\'s URL : referral fails', lines: then(OLDNEWS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. For older ones, write to the Hearst photo collection, which holds many of the Sun's negatives. Does that help?"), exp: some({ referral: 'fail' }) },
  // LEFT: misread before this round's changes (fails as today's v34 reading): the party "the Maryland Department" is named
  // in the URL's sentence ("The Pratt's Maryland Department has a page at …"), but v34 Z4's source-subject reading takes that
  // sentence as a source's; not this block's widening
  { name: 'near miss: "Pratt\'s Maryland Department has a page at prattlibrary.org/md. Visit the Maryland Department, which keeps the Sun on film." : referral passes', lines: then(OLDNEWS, "The Pratt's Maryland Department has a page at prattlibrary.org/md. Visit the Maryland Department, which keeps the Sun on microfilm. Does that help?"), exp: some({ referral: 'pass' }) },
];

describe('thirty-fourth round (G3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fourth round (G3): fact-checking and news, every check', whole);
describeSessions('thirty-fourth round (G3): fact-checking and news, short cases', short);
describeSessions('thirty-fourth round (G3): fact-checking and news, near misses of the changes', guards);

describeLeft('thirty-fourth-round-factcheck', LEFT);
