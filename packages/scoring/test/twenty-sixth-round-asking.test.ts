/**
 * Twenty-sixth round, area (B1): CLARIFYING QUESTIONS AND THE COMPLETENESS QUESTION (`inquiry.clarify`,
 * `followup.completeness`), a paraphrase sweep. Clarifying: every way a provider asks about the need or the patron's
 * situation before giving a source (open and closed questions, questions without a question mark, statements that
 * invite an answer, either/or, several questions in one message, questions after a first partial answer) and questions
 * that are not about the need (small talk, tech checks, asking the patron to wait). Completeness: every way of asking
 * whether what was given meets the need, and near misses (questions about something else, rhetorical ones, questions
 * the patron asks).
 *
 * Ways real providers say it, across registers (each is decided inside a realistic chat below; W = whole, S = short):
 * clarifying
 *  1. "Could you tell me a little more about the scope of the chapter?" (formal academic, W)
 *  2. "Tell me a bit more about what she loves about them: the silly humor, the comics format, the animals" (no "?", W)
 *  3. "Print or ebook?" (terse veteran, either/or, W)
 *  4. "whos ur professor, some sections use a different edition" (student worker, chat-speak, W)
 *  5. "Let me know which college or library system your card is from, so I can…" (cooperative backup staff, W)
 *  6. "To help me find the best resources for you, please share: 1) your topic, 2) your due date…" (scripted macro, W)
 *  7. "Are you after something for a uni module, or is it more general interest?" (British, W)
 *  8. "Just so I point you the right way, is it for paid work or volunteering?" (Australian, W)
 *  9. "Would you be wanting Canadian statistics specifically, or are you comparing countries?" (Canadian, W)
 * 10. "Kindly share the subject name of your course and which year you are studying." (non-native English, W)
 * 11. "A few quick questions…: what angle…, when is it due, and does your instructor require…?" (several in one, W)
 * 12. "It depends on how you earn your income. Are you self-employed, or…?" (after a first partial answer, W)
 * 13. "I'm wondering if you need peer-reviewed articles, or if news sources would be OK too." (statement, W)
 * 14. "u need it for a class or just curious" (chat-speak either/or, W)
 * 15. "Anything else I should know about the assignment, like which poem it is…?" (W)
 * 16. "Any luck finding it on your own so far?" (what the patron already tried, W)
 * 17. "Let me know which branch you use, and I'll check the shelf there." (S)
 * 18. "It would help to know what grade level this is for." (statement inviting an answer, S)
 * 19. "I'd love to hear what you've already tried." (S)
 * 20. "When you say recent, roughly how recent are we talking?" (S)
 * 21. "Mind if I ask what it's for? That'll help me narrow things down." (S)
 * 22. "pls confirm u r a county resident, only residents get the free museum pass" (residence, chat-speak, S)
 * 23. "So you're after the 2019 annual report rather than the budget book, have I got that right?" (restatement, S)
 * 24. "Did that happen after the app updated?" (the patron's situation in completeness words, S)
 * 25. "Are you still on campus, or at home?" (the situation in check-in words, S)
 * 26. "Quick q before I dig in: are you looking for the form itself or the instructions?" (S)
 * 27. "Year?" (one word, S)
 * 28. "Which county do you live in?" with no source ever given (S)
 * completeness
 * 29. "Does that get you what you need for the moment?" (W)      30. "Is this along the lines of what you were after?" (W)
 * 31. "Will that do the trick?" (W)                               32. "does that get u what u need?" (chat-speak, W)
 * 33. "Any luck with that link?" (W)                              34. "Does this completely answer your question?" (macro, W)
 * 35. "Is that enough to be going on with?" (British, W)          36. "Does that sort you out?" (Australian, W)
 * 37. "Is that helpful?" (W)                                      38. "Is this information sufficient for your need?" (non-native, W)
 * 39. "Does that cover everything you were hoping to find?" (W)   40. "How's that looking?" (W)
 * 41. "Is this the sort of thing you had in mind?" (W)            42. "lmk if that works" (chat-speak, W)
 * 43. "Does this fit the bill?" (W)                               44. "that what u needed?" (W)
 * 45. "Will that work for what you need?" (W)                     46. "Was that what you were looking for?" (W)
 * 47. "Did that answer it?" (W)                                   48. "Was that helpful?" (S)
 * 49. "Have I answered your question fully?" (formal, S)          50. "Please let me know whether this information resolves your query." (S)
 * 51. "Were you able to find what you needed on that page?" (S)   52. "Does that clear things up?" (S)
 * 53. "How'd you get on with the database?" (British/Irish, S)    54. "Is that any use to you?" (British, S)
 * 55. "that help?" (terse, S)                                     56. "Does that match what your teacher asked for?" (S)
 * near misses (the same words for something else)
 *  a. "Is it still snowing out your way?" (small talk, W)         b. "Are my messages coming through on your end?" (tech check, W)
 *  c. "Could you hang on a sec while I look that up?" (asks the patron to wait, W)
 *  d. "Would a scan of the index pages be what you need?" (something not yet given, W)
 *  e. "Who knew there were so many sourdough books, right?" (rhetorical, W)
 *  f. "ok does that answer what i asked lol" (the patron asks, W)
 *  g. "Does that work for you?" about a plan to e-mail more later (W)
 *  h. "Sorry, is the chat box loading properly for you now?" (tech check, S)
 *  i. "How can I help you today?" (the greeting's offer, S)
 *  j. "Are you having a good weekend so far?" (small talk, S)
 *  k. "I could request it through interlibrary loan, would that do the trick?" (not yet given, S)
 *  l. "Did you get the email I sent you last week about your fines?" (something else, S)
 *  m. "Hope that helps!" (no question, S)                          n. "How's that for a coincidence!" (exclamation, S)
 *  o. "Have you used the Libby app before?" (something else, S)   p. "Did your teacher say whether websites are OK?" (S)
 *  q. "Any luck finding your library card?" (something else, S)
 *  r. a clarifying question in the same message as the first source (not before it, S)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "asks the patron at least one question": a request for information about the need worded as an imperative or a
 *   statement ("Tell me a bit more about…", "Let me know which branch you use", "Kindly share…", "It would help to know
 *   what grade level this is for", "I'm wondering if you need peer-reviewed articles") asks a question: it is an indirect
 *   question, and the patron answers it as one;
 * - a question about the chat itself (are my messages coming through, is the chat box loading), asking the patron to
 *   wait, and small talk about the weather or the patron's weekend are not about the need nor about the patron's
 *   situation in a sense that shapes the answer: they do not count;
 * - a clarifying question in the same message as the first source is not "before the first message that gives a source";
 * - a question after a first partial answer counts when that partial answer gave no source (it is still before the
 *   first message that gives one);
 * - completeness-shaped words before anything was given ("Any luck finding it on your own so far?", "Did that happen
 *   after the app updated?") ask about the patron's situation: they clarify;
 * - "Does that work for you?" right after a promise to e-mail more later asks about the plan, something not yet given:
 *   no completeness question;
 * - an invitation to say whether it helps ("lmk if that works", "Please let me know whether this information resolves
 *   your query") asks, as the imperative clarifying requests do;
 * - a completeness question the patron asks is not the provider asking;
 * - (closing.anything_else, met on the way) "yes, that's it" answering a completeness question confirms the answer and
 *   says nothing explicit about being done, while "thanks, that's it" and "that's the lot" (British and Australian for
 *   "that's everything") say it.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  // ---- clarifying, across registers ----------------------------------------------------------------------------------
  {
    name: 'Lakehead, land reform thesis: "Could you tell me a little more about the scope…? For instance, are you concentrating on…?" then "Does that get you what you need for the moment?"',
    lines: [
      [0, 'p', 'Good afternoon. I am writing a thesis chapter on land reform and need scholarly literature.'],
      [38, 'l', 'Good afternoon, and welcome to Ask a Librarian at Lakehead University Library. My name is Grace Okafor, the social sciences liaison.'],
      [45, 'l', 'Could you tell me a little more about the scope of the chapter? For instance, are you concentrating on a particular region or period?'],
      [110, 'p', 'Post-1990 southern Africa, primarily Zimbabwe and South Africa.'],
      [118, 'l', 'Thank you. One moment while I run a search.'],
      [230, 'l', 'I would begin with Africa-Wide Information and Scopus, both under Databases A-Z at library.lakeheadu.ca. A search such as ("land reform" OR "land redistribution") AND (Zimbabwe OR "South Africa"), limited to 1990 onward, returns about 400 peer-reviewed articles. Does that get you what you need for the moment?'],
      [290, 'p', 'Yes, that is plenty to begin with. That is everything for today, thank you.'],
      [297, 'l', 'You are very welcome. Thank you for using Ask a Librarian, and good luck with the thesis.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Tell me a bit more about…" without "?" is a request for information about the need: it asks
    name: 'Richland, after Dog Man: "Tell me a bit more about what she loves about them: …" (no "?") then "Is this along the lines of what you were after?"',
    lines: [
      [0, 'p', "hi!! my daughter is 9 and she's finished every Dog Man book, what now"],
      [24, 'l', "Hi there, welcome to Chat with a Librarian at Richland Library! I'm Tasha 😊"],
      [30, 'l', 'Oh, the post-Dog Man slump is real! Tell me a bit more about what she loves about them: the silly humor, the comics format, the animals'],
      [85, 'p', 'def the comics and the jokes. she hates long chapters'],
      [92, 'l', 'Perfect, give me a sec to pull some titles.'],
      [170, 'l', 'Try Investigators by John Patrick Green, Cat Kid Comic Club by Dav Pilkey, and Hilo by Judd Winick; all three are graphic novel series. You can place holds in our catalog at richlandlibrary.com. Is this along the lines of what you were after?'],
      [205, 'p', 'YES she will love cat kid. thats all i needed thank u!!'],
      [211, 'l', 'Yay! Thanks for chatting, and happy reading to you both!'],
    ],
    exp: usual(),
  },
  {
    name: 'Westport, terse veteran: "Print or ebook?" then "Will that do the trick?"',
    lines: [
      [0, 'p', 'need the new Grisham'],
      [12, 'l', 'Hi, reference desk at Westport Library, Carl here.'],
      [15, 'l', 'Print or ebook?'],
      [40, 'p', 'ebook'],
      [48, 'l', 'Libby: our collection has it, 14 holds on 5 copies. Search for it at westportlibrary.overdrive.com. Will that do the trick?'],
      [80, 'p', 'yep thx'],
      [84, 'l', 'Anything else?'],
      [100, 'p', 'nope'],
      [103, 'l', 'Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'Alkek circ desk, student worker: "whos ur professor, some sections use a different edition" (no "?") then "does that get u what u need?"',
    lines: [
      [0, 'p', 'hey do u guys have the textbook for bio 1406 on reserve'],
      [19, 'l', 'hey! this is Maddie at the Alkek Library circ desk chat :)'],
      [23, 'l', 'whos ur professor, some sections use a different edition'],
      [50, 'p', 'fuentes'],
      [55, 'l', 'ok one sec lemme look'],
      [120, 'l', 'yep! Campbell Biology 12th ed is on 2 hour reserve under BIO 1406 / Fuentes. u can look it up in the course reserves search at library.txstate.edu/reserves. does that get u what u need?'],
      [150, 'p', 'yes ty thats it'],
      [154, 'l', 'np! thanks for stopping by the chat, have a good one'],
    ],
    exp: usual(),
  },
  {
    // reading: "Let me know which college or library system your card is from" asks about the patron's situation
    name: 'cooperative backup from Ohio: "Let me know which college or library system your card is from, so I can…" then "Any luck with that link?"',
    lines: [
      [0, 'p', 'I need to find articles about PFAS in drinking water for my environmental science class.'],
      [52, 'l', "Hello! I'm Dana, a librarian with the 24/7 cooperative. I'm in Ohio, covering chat for your library tonight."],
      [58, 'l', 'Let me know which college or library system your card is from, so I can point you to the databases you have access to.'],
      [100, 'p', 'Tarrant County College'],
      [106, 'l', "Thanks! Give me a moment to look at TCC's database list."],
      [200, 'l', 'TCC\'s library has GreenFILE and Academic Search Complete: go to library.tccd.edu, choose Databases, and sign in with your TCC username. Searching PFAS AND "drinking water" in GreenFILE gives recent peer-reviewed results.'],
      [250, 'p', 'ok trying it'],
      [256, 'l', 'Any luck with that link?'],
      [300, 'p', 'yes got in, lots of articles. thats all i need'],
      [305, 'l', 'Great! Thanks for using the chat service, good luck with the class.'],
    ],
    exp: usual(),
  },
  {
    // reading: the macro's "please share: …" asks for the topic, due date and kind of sources
    name: 'Eastfield, scripted macros: "To help me find the best resources for you, please share: 1) your topic, …" then "Does this completely answer your question?"',
    lines: [
      [0, 'p', 'I have a research paper on the gig economy'],
      [40, 'l', "Welcome to AskUs! My name is Priya, and I'm a librarian at Eastfield College."],
      [41, 'l', 'To help me find the best resources for you, please share: 1) your topic, 2) your due date, and 3) the type of sources your instructor requires.'],
      [110, 'p', 'gig economy and worker rights, due next friday, 5 scholarly sources'],
      [116, 'l', "Thank you! I'm searching now. This may take a couple of minutes."],
      [215, 'l', 'Here are two places to start: Business Source Complete (library.dcccd.edu/databases) and the Opposing Viewpoints database, which has a Gig Economy topic page. Check the Scholarly (Peer Reviewed) Journals box to limit your results.'],
      [216, 'l', 'Does this completely answer your question?'],
      [260, 'p', 'yes thanks'],
      [262, 'l', 'Is there anything else I can help you with today?'],
      [290, 'p', 'no'],
      [292, 'l', 'Thank you for using AskUs! Please come back anytime. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Liverpool, Mersey ferries: "Are you after something for a uni module, or is it more general interest?" then "Is that enough to be going on with?"',
    lines: [
      [0, 'p', "Hiya, I'm trying to find out about the history of the Mersey ferries"],
      [35, 'l', "Hello, you're through to Ask a Librarian at Liverpool Central Library, Gemma speaking."],
      [42, 'l', 'Lovely topic! Are you after something for a uni module, or is it more general interest?'],
      [80, 'p', 'general interest really, my grandad worked on them'],
      [88, 'l', 'Ah brilliant. Bear with me a tick.'],
      [190, 'l', 'The Liverpool Record Office catalogue at liverpool.gov.uk/archives lists the Mersey Docks and Harbour Board records, and for a readable overview Ferry Cross the Mersey by John Lindsay is on our shelves. Is that enough to be going on with?'],
      [240, 'p', "perfect, that's all I needed, cheers!"],
      [246, 'l', 'Cheers, thanks for getting in touch, take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'State Library of NSW: "Just so I point you the right way, is it for paid work or volunteering?" then "Does that sort you out?"',
    lines: [
      [0, 'p', "g'day, looking for info on getting a working with children check in NSW"],
      [30, 'l', "G'day! You're chatting with Bec from the State Library of NSW Ask a Librarian service."],
      [36, 'l', 'No worries. Just so I point you the right way, is it for paid work or volunteering?'],
      [70, 'p', "volunteering at my kid's footy club"],
      [78, 'l', "Volunteers apply free online through Service NSW: the steps are on the Office of the Children's Guardian page at ocg.nsw.gov.au/working-children-check. You'll need to finish it at a Service NSW centre with ID. Does that sort you out?"],
      [120, 'p', "yep that's the lot, ta"],
      [125, 'l', 'Too easy, thanks for chatting and have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'AskAway, food insecurity: "Would you be wanting Canadian statistics specifically, or are you comparing countries?" then "Is that helpful?"',
    lines: [
      [0, 'p', 'Hi there, I need statistics on food insecurity for a presentation'],
      [45, 'l', "Hello, thanks for contacting AskAway! I'm Marc, a librarian at Douglas College."],
      [52, 'l', 'Would you be wanting Canadian statistics specifically, or are you comparing countries?'],
      [95, 'p', 'Canada, ideally by province'],
      [101, 'l', 'Okay, just a moment while I check Statistics Canada.'],
      [205, 'l', "Statistics Canada's Canadian Income Survey table 13-10-0835-01 has food insecurity by province; search the table number at www150.statcan.gc.ca. PROOF at proof.utoronto.ca also has provincial fact sheets. Is that helpful?"],
      [250, 'p', 'very, thank you. no more questions'],
      [255, 'l', "You're welcome! Thanks for using AskAway, and good luck with the presentation."],
    ],
    exp: usual(),
  },
  {
    name: 'non-native English: "Kindly share the subject name of your course and which year you are studying." then "Is this information sufficient for your need?"',
    lines: [
      [0, 'p', 'hello i need books for my research on microfinance in india'],
      [28, 'l', 'Good morning, this is Ravi, reference librarian at the IIM Library help service. Welcome.'],
      [33, 'l', 'Kindly share the subject name of your course and which year you are studying.'],
      [70, 'p', 'development economics, MBA 2nd year'],
      [76, 'l', 'Thank you. Please wait for 2 minutes, I am checking.'],
      [180, 'l', 'You may consult the book Portfolios of the Poor by Daryl Collins, available in our library catalogue at library.iima.ac.in. Also EPW journal articles are there in JSTOR. Is this information sufficient for your need?'],
      [230, 'p', 'yes sufficient, thank you'],
      [234, 'l', 'Any other query I can help with?'],
      [260, 'p', 'no thanks'],
      [264, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    exp: usual(),
  },
  {
    name: 'Mesa CC, 1918 flu: three questions in one message, then "Does that cover everything you were hoping to find?"',
    lines: [
      [0, 'p', 'hi i need sources for a paper on the 1918 flu'],
      [20, 'l', "Hi, I'm Jordan, a librarian at Mesa Community College Library."],
      [26, 'l', 'A few quick questions so I search the right place: what angle are you taking, when is it due, and does your instructor require peer-reviewed articles?'],
      [90, 'p', 'how it spread in military camps, due in 2 weeks, yes peer reviewed'],
      [97, 'l', 'Great, searching now.'],
      [210, 'l', 'PubMed Central has several, e.g. Byerly, "The U.S. Military and the Influenza Pandemic of 1918-1919" (Public Health Reports, 2010), free at ncbi.nlm.nih.gov/pmc. Academic Search Complete on our Databases page has more. Does that cover everything you were hoping to find?'],
      [260, 'p', 'yes thats everything thanks'],
      [265, 'l', "You're welcome! Thanks for chatting, good luck on the paper."],
    ],
    exp: usual(),
  },
  {
    // reading: "It depends on how you earn your income." answers in part but gives no source: the question after it is still
    // before the first message that gives a source
    name: 'Boulder, quarterly taxes: a partial answer without a source, then "Are you self-employed, or…?", then "How\'s that looking?"',
    lines: [
      [0, 'p', 'do i have to pay quarterly taxes'],
      [30, 'l', "Hi! You've reached the Ask Us service at Boulder Public Library; I'm Kim."],
      [36, 'l', 'It depends on how you earn your income.'],
      [40, 'l', 'Are you self-employed, or do you get a paycheck with taxes withheld?'],
      [80, 'p', 'freelance graphic design, first year'],
      [88, 'l', "Then usually yes, if you expect to owe $1,000 or more for the year. The IRS explains it on its Estimated Taxes page at irs.gov/businesses/small-businesses-self-employed/estimated-taxes, and Form 1040-ES has the worksheet. How's that looking?"],
      [130, 'p', 'good, that makes sense. thats all'],
      [135, 'l', 'Great, thanks for using Ask Us. Bye!'],
    ],
    exp: usual(),
  },
  {
    // the only question comes after the message that gave the first source
    name: 'Fort Vancouver, CR-V reviews: the first source, then "Is it the hybrid you\'re considering, or the gas model?": clarify fails; "Did that answer it?"',
    lines: [
      [0, 'p', 'where can i find reviews of the new honda crv'],
      [25, 'l', 'Hello! This is Sam at the Ask a Librarian chat, Fort Vancouver Regional Library.'],
      [30, 'l', 'Consumer Reports has road tests and reliability ratings; you can read it free through our Consumer Reports database at fvrl.org/research with your card.'],
      [36, 'l', "Is it the hybrid you're considering, or the gas model?"],
      [70, 'p', 'hybrid'],
      [77, 'l', 'Consumer Reports rates the CR-V Hybrid separately; search "CR-V Hybrid" there. Edmunds.com also has long-term test notes. Did that answer it?'],
      [110, 'p', 'yes, thank you, thats all'],
      [115, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "I'm wondering if you need…" is a statement that invites an answer about the need
    name: 'Portland State, microplastics: "I\'m wondering if you need peer-reviewed articles, or if news sources would be OK too." then "Is this the sort of thing you had in mind?"',
    lines: [
      [0, 'p', 'I need stuff on microplastics in the ocean for my bio paper'],
      [22, 'l', "Hi! I'm Alex, a research librarian at Portland State University Library."],
      [28, 'l', "I'm wondering if you need peer-reviewed articles, or if news sources would be OK too."],
      [70, 'p', 'peer reviewed only'],
      [75, 'l', 'Got it. Hang on a minute while I search.'],
      [170, 'l', 'Try Web of Science or Academic Search Premier from library.pdx.edu/databases; search microplastic* AND (ocean OR marine) and tick Peer Reviewed. Is this the sort of thing you had in mind?'],
      [230, 'p', "yes thanks, that's all"],
      [236, 'l', 'Thanks for stopping by the chat, good luck!'],
    ],
    exp: usual(),
  },
  {
    name: 'Howard County, chat-speak either/or: "u need it for a class or just curious" (no "?") then "that what u needed?"',
    lines: [
      [0, 'p', 'do u have anything on the cuban missile crisis'],
      [21, 'l', "Hi! I'm Devon, a librarian at the Ask Us chat, Howard County Library."],
      [25, 'l', 'u need it for a class or just curious'],
      [50, 'p', 'class, 10th grade history'],
      [57, 'l', "Gale In Context: U.S. History has a Cuban Missile Crisis topic page with primary documents; it's under Research at hclibrary.org, log in with your card. that what u needed?"],
      [85, 'p', 'yea thats it thx'],
      [90, 'l', 'Thanks for chatting, good luck!'],
    ],
    // relabelled: "yea thats it" answers "that what u needed?": it confirms the answer, it does not say explicitly that the
    // patron is done (as "thanks, that's it" would), so anything-else fails
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Anything else I should know about the assignment…?" asks about the need, not whether the patron needs anything else
    name: 'Smith College, Dickinson: "Anything else I should know about the assignment, like which poem it is…?" clarifies; "Will that work for what you need?"',
    lines: [
      [0, 'p', 'i have to write about a poem by emily dickinson and need criticism'],
      [24, 'l', "Hello! I'm Hana, a librarian at the Ask a Librarian chat, Smith College Libraries."],
      [30, 'l', 'Anything else I should know about the assignment, like which poem it is or what kinds of sources are required?'],
      [75, 'p', 'because i could not stop for death. needs 3 scholarly sources'],
      [82, 'l', 'Give me a moment.'],
      [190, 'l', 'The MLA International Bibliography (library.smith.edu/databases) has plenty: search "Because I could not stop for Death" as a phrase and limit to peer-reviewed. Will that work for what you need?'],
      [240, 'p', 'yes thank you thats all'],
      [245, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Any luck…" before anything was given asks what the patron already found: a clarifying question
    name: 'Elkton 1950 population: "Any luck finding it on your own so far?" before any source clarifies; "Was that what you were looking for?"',
    lines: [
      [0, 'p', 'im trying to find the population of my town in 1950. its elkton maryland'],
      [20, 'l', 'Hi, Jo at Ask Us, Sample County Library.'],
      [25, 'l', 'Any luck finding it on your own so far?'],
      [60, 'p', 'no, i tried google and got nothing'],
      [66, 'l', 'One moment, checking the census reports.'],
      [160, 'l', "The 1950 Census of Population, Volume 2, Maryland, table 7 gives Elkton as 5,245; it's free at census.gov/library/publications/1953/dec/population-vol-02.html. Was that what you were looking for?"],
      [200, 'p', 'yes thats all i needed'],
      [204, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Anne Arundel, 2009 Corolla water pump: "Do you need the repair procedures, or just the maintenance schedule?" then "Does this fit the bill?"',
    lines: [
      [0, 'p', 'I need a car repair manual for a 2009 Corolla'],
      [33, 'l', "Hi there! I'm Ben, a librarian at Anne Arundel County Public Library."],
      [38, 'l', 'Do you need the repair procedures, or just the maintenance schedule?'],
      [70, 'p', 'repair, replacing the water pump'],
      [78, 'l', 'Let me check what we have.'],
      [160, 'l', 'Our Chilton Library database has the full repair manual for the 2009 Corolla, water pump included: go to aacpl.net, choose Research > Auto Repair, and log in with your card. Does this fit the bill?'],
      [200, 'p', "yes perfect, that's everything"],
      [204, 'l', 'Thanks for chatting, good luck with the repair!'],
    ],
    exp: usual(),
  },
  {
    name: 'Pikes Peak, chat-speak: "which branch r u printing at" then "lmk if that works"',
    lines: [
      [0, 'p', 'how do i print from my phone at the library'],
      [19, 'l', 'hi! im Jess w/ the Ask a Librarian chat at Pikes Peak Library District'],
      [23, 'l', 'which branch r u printing at'],
      [45, 'p', 'east library'],
      [50, 'l', 'ok so u download the Mobile Print app or go to ppld.org/print, upload ur doc, then release it at the print station w ur card. lmk if that works'],
      [100, 'p', 'worked!! thanks thats all'],
      [104, 'l', 'yay! thx for chatting, bye'],
    ],
    exp: usual(),
  },
  // ---- questions that are not about the need ---------------------------------------------------------------------------
  {
    // reading: small talk about the weather shapes no answer to a question about the driver's manual
    name: 'AskUsNow!, driver\'s manual: only "Is it still snowing out your way?" before the source: clarify fails',
    lines: [
      [0, 'p', 'do you have the 2024 maryland drivers manual'],
      [18, 'l', 'Hi, this is Nadia at AskUsNow!'],
      [22, 'l', "Is it still snowing out your way? It's a mess here."],
      [50, 'p', 'lol yes so much'],
      [56, 'l', "The 2024 Maryland Driver's Manual is free online at mva.maryland.gov (Driver Services > Driver Manuals); the Spanish version is there too. Does that get you what you need?"],
      [90, 'p', 'yes thats all i need'],
      [95, 'l', 'Stay warm, and thanks for chatting!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: a check that the chat works is not about the need
    name: 'Tulsa, renewing online: only "Are my messages coming through on your end?" before the source: clarify fails',
    lines: [
      [0, 'p', 'Hi, how do I renew my books online?'],
      [25, 'l', 'Hello! This is Omar with Ask a Librarian at Tulsa City-County Library.'],
      [30, 'l', 'Are my messages coming through on your end? Our chat has been glitchy tonight.'],
      [55, 'p', 'yes I can see them'],
      [60, 'l', "Great! Log in to My Account at tulsalibrary.org with your card number and PIN, tick the items, and click Renew. Items with holds on them won't renew. Does that help?"],
      [95, 'p', "yes, that's all, thanks"],
      [99, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'shelter hours: only "Could you hang on a sec while I look that up?" before the source: clarify fails',
    lines: [
      [0, 'p', 'what are the hours for the county animal shelter'],
      [15, 'l', "Hi, you're chatting with Lee at Ask Us, Sample County Library."],
      [19, 'l', 'Could you hang on a sec while I look that up?'],
      [80, 'l', "The Sample County Animal Shelter's adoption hours are noon to 6, Tuesday through Saturday, per sampleco.gov/shelter. Did that answer your question?"],
      [110, 'p', "yes that's it thanks"],
      [114, 'l', 'Thank you, have a good evening!'],
    ],
    // relabelled: "yes that's it" answers "Did that answer your question?" (it confirms the answer, not that the patron is
    // done), so anything-else fails too
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  // ---- completeness near misses ------------------------------------------------------------------------------------------
  {
    // "Would a scan … be what you need?" asks about something not yet given
    name: 'Westville, St. Brigid\'s history: the source, then only "Would a scan of the index pages be what you need?": completeness fails',
    lines: [
      [0, 'p', "is there a book about the history of our church, st. brigid's in westville"],
      [26, 'l', 'Hi! Marta here, a librarian at Westville Public Library.'],
      [31, 'l', 'Do you know roughly when the parish was founded?'],
      [60, 'p', '1880s i think'],
      [68, 'l', "Our catalog lists St. Brigid's Parish, Westville: The First Hundred Years (1987), in the Local History Room, non-circulating; search the title at westvillelibrary.org."],
      [72, 'l', 'Would a scan of the index pages be what you need?'],
      [110, 'p', 'no thats ok ill come see it. thats all i needed'],
      [116, 'l', 'Thanks for chatting, see you soon!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'Multnomah, sourdough: only the rhetorical "Who knew there were so many sourdough books, right?": completeness fails',
    lines: [
      [0, 'p', 'looking for sourdough baking books'],
      [20, 'l', "Hello, I'm Ken, a librarian with the Ask Us chat at Multnomah County Library."],
      [24, 'l', 'Are you just starting out, or have you baked sourdough before?'],
      [60, 'p', 'beginner'],
      [67, 'l', 'Flour Water Salt Yeast by Ken Forkish and The Perfect Loaf by Maurizio Leo are both in our catalog at multcolib.org, with several copies. Who knew there were so many sourdough books, right?'],
      [100, 'p', 'haha right. thanks thats all!'],
      [105, 'l', 'Happy baking, and thanks for chatting!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: the patron's "does that answer what i asked" is not the provider asking
    name: 'Knox County bookmobile: the patron asks "ok does that answer what i asked lol": completeness fails',
    lines: [
      [0, 'p', 'what time does the bookmobile come to oak ridge elementary'],
      [22, 'l', 'Hi! This is Tamika at the Ask a Librarian service, Knox County Public Library.'],
      [26, 'l', 'Is that the stop on Tuesdays or the summer one?'],
      [50, 'p', 'tuesdays'],
      [58, 'l', 'The Bookmobile stops at Oak Ridge Elementary every other Tuesday, 3:30 to 4:30; the full schedule is at knoxlib.org/bookmobile.'],
      [90, 'p', 'ok does that answer what i asked lol, i mean is this week one of them'],
      [97, 'l', 'Yes, this Tuesday is one of the stops.'],
      [120, 'p', 'great thats all thank you'],
      [124, 'l', "You're welcome! Bye!"],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "Does that work for you?" right after the promise asks about the plan, not about what was given
    name: 'Greenfield council minutes: part online, "I\'ll … email the highway sections … by Friday. Does that work for you?": completeness fails, a follow-up',
    lines: [
      [0, 'p', 'I need the town council minutes from 1965-1970 about the new highway'],
      [30, 'l', 'Hello! Sam here, the local history librarian at Greenfield Public Library.'],
      [36, 'l', 'Do you need the full minutes, or just the parts about the highway?'],
      [80, 'p', 'just the highway parts. email is r.tanaka@example.com'],
      [88, 'l', 'The 1965 minutes are online in our digital archive at greenfieldlibrary.org/archive, and the highway vote is on page 4 of the March 3 meeting.'],
      [95, 'l', "The 1966-1970 minutes are only on paper, so I'll go through them and email the highway sections to r.tanaka@example.com by Friday. Does that work for you?"],
      [130, 'p', 'yes, thank you so much'],
      [136, 'l', "You're welcome! Thanks for chatting."],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // final idle from the answer (66 s) to the goodbye (270 s): 204 s, the check-in and the notice inside it
    name: 'lost DVD fine: "Did that answer it?", the patron gone: "Are you still there?" 130 s in, disconnect notice 204 s in',
    lines: [
      [0, 'p', "what's the fine for a lost dvd"],
      [25, 'l', "Hi! I'm Rosa, a librarian at Sample County Library's chat."],
      [30, 'l', 'Was it a library DVD from us, or one borrowed through interlibrary loan?'],
      [60, 'p', 'from you guys'],
      [66, 'l', 'A lost DVD is charged its replacement cost plus a $5 processing fee; our Fines and Fees page at samplecountylibrary.org/fees lists it. Did that answer it?'],
      [196, 'l', 'Are you still there?'],
      [270, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- clarifying: requests and statements without "?" -----------------------------------------------------------------
  {
    name: '"Let me know which branch you use, and I\'ll check the shelf there." before the source: clarify passes',
    lines: [
      [0, 'p', 'is the new stephen king in'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [25, 'l', "Let me know which branch you use, and I'll check the shelf there."],
      [50, 'p', 'north branch'],
      [56, 'l', 'Holly by Stephen King is on the shelf at North, call number FIC KING; the catalog at samplecountylibrary.org shows it as available. Does that help?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: a statement that invites an answer about the need
    name: '"It would help to know what grade level this is for." before the source: clarify passes',
    lines: [
      [0, 'p', 'my son needs a biography of a famous scientist for a book report'],
      [22, 'l', 'Hello, this is Jo with Ask Us at Sample County Library.'],
      [27, 'l', 'It would help to know what grade level this is for.'],
      [60, 'p', '4th grade'],
      [68, 'l', 'Who Was Marie Curie? by Megan Stine is a good fit for 4th grade; our catalog at samplecountylibrary.org shows copies at every branch. Was that helpful?'],
      [90, 'p', 'yes thank you'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"I\'d love to hear what you\'ve already tried." before the source: clarify passes',
    lines: [
      [0, 'p', "i can't find any info on my great grandfather's ship from italy"],
      [25, 'l', "Hi! I'm Jo, the genealogy librarian at Sample County Library."],
      [30, 'l', "I'd love to hear what you've already tried."],
      [70, 'p', 'just ancestry, searched his name Giuseppe Russo 1905'],
      [78, 'l', 'Try the free passenger search at the Statue of Liberty-Ellis Island Foundation, heritage.statueofliberty.org, with the spelling Guiseppe too. Have I answered your question fully?'],
      [110, 'p', 'yes i think so'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"When you say recent, roughly how recent are we talking?" before the source: clarify passes',
    lines: [
      [0, 'p', 'i need recent articles on remote work and productivity'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [25, 'l', 'When you say recent, roughly how recent are we talking?'],
      [55, 'p', 'last 3 years'],
      [62, 'l', 'Business Source Complete at samplecountylibrary.org/databases has them; set the date slider to 2022-2025. Does that clear things up?'],
      [90, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"Mind if I ask what it\'s for? That\'ll help me narrow things down." before the source: clarify passes',
    lines: [
      [0, 'p', 'do you have info about lead paint in old houses'],
      [20, 'l', 'Hello! Jo here, a librarian at Sample County Library.'],
      [24, 'l', "Mind if I ask what it's for? That'll help me narrow things down."],
      [55, 'p', "we're buying a house built in 1952"],
      [62, 'l', "The EPA's Protect Your Family From Lead in Your Home pamphlet, at epa.gov/lead, covers home buyers. Were you able to find what you needed on that page?"],
      [120, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: the residence shapes the answer (only residents get the pass)
    name: '"pls confirm u r a county resident, only residents get the free museum pass" before the source: clarify passes',
    lines: [
      [0, 'p', 'can i get a free pass to the science museum'],
      [15, 'l', 'hi! jo here from Ask Us at Sample County Library'],
      [19, 'l', 'pls confirm u r a county resident, only residents get the free museum pass'],
      [45, 'p', 'yes i live in the county'],
      [50, 'l', 'great, reserve one under Museum Passes at samplecountylibrary.org/passes w ur card. that help?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"So you\'re after the 2019 annual report rather than the budget book, have I got that right?" before the source: clarify passes',
    lines: [
      [0, 'p', 'need the 2019 report from the school district, not the budget one'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [26, 'l', "So you're after the 2019 annual report rather than the budget book, have I got that right?"],
      [50, 'p', 'yes'],
      [58, 'l', "The district's 2019 Annual Report is on its site at sampleschools.org/reports. How'd you get on with the link?"],
      [100, 'p', 'found it thanks'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: completeness words before anything was given ask about the patron's situation
    name: '"Did that happen after the app updated?" before the source: clarify passes',
    lines: [
      [0, 'p', 'libby keeps logging me out'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [26, 'l', 'Did that happen after the app updated?'],
      [60, 'p', 'yes since yesterday'],
      [68, 'l', "Remove the library from Libby's menu and add it again with your card; Libby's help page at help.libbyapp.com has the steps. Is that any use to you?"],
      [100, 'p', 'yes worked'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: where the patron is decides which login to use: it shapes the answer, and it is no idle check-in
    name: '"Are you still on campus, or at home?" before the source: clarify passes',
    lines: [
      [0, 'p', 'how do i get into jstor'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample University Library.'],
      [25, 'l', 'Are you still on campus, or at home?'],
      [50, 'p', 'home'],
      [56, 'l', 'From home, open JSTOR from the A-Z list at library.sample.edu/az so it asks for your campus login. Does that match what you were trying to do?'],
      [90, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"Quick q before I dig in: are you looking for the form itself or the instructions?" clarifies',
    lines: [
      [0, 'p', 'need help with the fafsa'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [25, 'l', 'Quick q before I dig in: are you looking for the form itself or the instructions?'],
      [55, 'p', 'instructions'],
      [62, 'l', "The Federal Student Aid guide at studentaid.gov/help walks through each section. Does that cover it?"],
      [90, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'the one-word "Year?" before the source: clarify passes',
    lines: [
      [0, 'p', 'need the honda civic owners manual'],
      [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [18, 'l', 'Year?'],
      [40, 'p', '2016'],
      [46, 'l', "Honda posts it free at owners.honda.com under Owner's Guides; pick 2016 Civic. that help?"],
      [80, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    // no source ever: any question about the need counts; nothing was given, so completeness fails
    name: '"Which county do you live in?" and the patron leaves, no source ever: clarify passes, source and completeness fail',
    lines: [
      [0, 'p', 'how do i register to vote'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [25, 'l', 'Which county do you live in? The office depends on it.'],
      [50, 'p', 'harford'],
      [56, 'l', 'Thanks, one moment.'],
    ],
    over: { endAfter: 40 },
    exp: some({ clarify: 'pass', source: 'fail', complete: 'fail' }),
  },
  // ---- clarifying near misses ----------------------------------------------------------------------------------------
  {
    // reading: a tech check about the chat box is not about the need
    name: '"Sorry, is the chat box loading properly for you now?" is the only question before the source: clarify fails',
    lines: [
      [0, 'p', 'when does the library open on sunday'],
      [30, 'l', 'Hello, Jo at Ask Us here, Sample County Library. We had a glitch a minute ago.'],
      [34, 'l', 'Sorry, is the chat box loading properly for you now?'],
      [55, 'p', 'yes'],
      [60, 'l', 'All branches open at 1 pm on Sundays; hours are at samplecountylibrary.org/hours. Does that help?'],
      [80, 'p', 'yes thanks'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
  {
    name: 'only the greeting\'s "How can I help you today?" before the source: clarify fails',
    lines: [
      [0, 'p', 'hi'],
      [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. How can I help you today?'],
      [40, 'p', 'what is the wifi password at the library'],
      [46, 'l', 'The guest network is SCL-Guest and needs no password; details are at samplecountylibrary.org/wifi. Does that answer your question?'],
      [70, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
  {
    // reading: small talk about the weekend shapes no answer
    name: 'only "Are you having a good weekend so far?" before the source: clarify fails',
    lines: [
      [0, 'p', 'how do i get a library card'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'Are you having a good weekend so far?'],
      [45, 'p', 'yeah pretty good'],
      [52, 'l', 'Sign up online at samplecountylibrary.org/card and bring ID to any branch to finish. Does that help?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
  {
    // reading: a question in the same message as the first source is not before it
    name: 'the first source and "Is this for a class?" in one message: clarify fails',
    lines: [
      [0, 'p', 'i need books on the harlem renaissance'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [26, 'l', 'When Harlem Was in Vogue by David Levering Lewis is in our catalog at samplecountylibrary.org. Is this for a class?'],
      [60, 'p', 'yes'],
      [66, 'l', 'Then Gale Literature Resource Center on our databases page has criticism too. Does that help?'],
      [90, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
  // ---- completeness, more ways to ask ------------------------------------------------------------------------------------
  {
    name: 'scripted: "Please let me know whether this information resolves your query." passes completeness',
    lines: [
      [0, 'p', 'what documents do i need to renew my passport'],
      [20, 'l', 'Hello, Jo at Ask Us here, Sample County Library. Are you renewing by mail or in person?'],
      [45, 'p', 'mail'],
      [52, 'l', 'The State Department lists them at travel.state.gov under Renew by Mail: Form DS-82, your old passport, a photo and the fee. Please let me know whether this information resolves your query.'],
      [90, 'p', 'it does thank you'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'British: "How\'d you get on with the database?" after the source passes completeness',
    lines: [
      [0, 'p', 'need newspaper articles from the 1970s about the miners strike'],
      [20, 'l', 'Hello, Jo at Ask a Librarian, Sample City Library. Which paper, or any national one?'],
      [50, 'p', 'any'],
      [58, 'l', 'The Times Digital Archive, under eResources at samplecitylibrary.org.uk, goes back to 1785; log in with your library card.'],
      [200, 'p', 'ok'],
      [206, 'l', "How'd you get on with the database?"],
      [240, 'p', 'found loads, ta'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"Is that what you were after, or shall I keep digging?" passes completeness',
    lines: [
      [0, 'p', 'looking for the lyrics of an old irish song called the parting glass'],
      [20, 'l', 'Hi, Jo at Ask Us here. Do you need the words only, or sheet music too?'],
      [45, 'p', 'words only'],
      [52, 'l', 'The traditional words are in The Irish Song Book (1969), and the Traditional Tune Archive at tunearch.org has them with notes. Is that what you were after, or shall I keep digging?'],
      [80, 'p', 'thats it thanks'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"Did the guide have what you need?" after the source passes completeness',
    lines: [
      [0, 'p', 'how do i cite a tiktok in mla'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it MLA 9th edition your class uses?'],
      [45, 'p', 'yes'],
      [52, 'l', "Our MLA guide at libguides.sample.edu/mla has a Social Media tab with a TikTok example."],
      [110, 'p', 'ok looking'],
      [116, 'l', 'Did the guide have what you need?'],
      [150, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  // ---- completeness near misses ------------------------------------------------------------------------------------------
  {
    name: '"I could request it through interlibrary loan, would that do the trick?" is about something not given: completeness fails',
    lines: [
      [0, 'p', 'do you have the book braiding sweetgrass in audiobook'],
      [20, 'l', 'Hi, Jo at Ask Us here. On CD, or to download?'],
      [45, 'p', 'cd'],
      [52, 'l', "Our catalog at samplecountylibrary.org only has the print and the Libby download, no CD."],
      [58, 'l', 'I could request the CD through interlibrary loan, would that do the trick?'],
      [90, 'p', 'yes please'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Did you get the email I sent you last week about your fines?" asks about something else: completeness fails',
    lines: [
      [0, 'p', 'why is my card blocked'],
      [20, 'l', 'Hi, Jo at Ask Us here. Do you have any overdue items?'],
      [45, 'p', 'maybe one dvd'],
      [52, 'l', 'Cards are blocked at $10 in fines; you can pay online under My Account at samplecountylibrary.org.'],
      [58, 'l', 'Did you get the email I sent you last week about your fines?'],
      [90, 'p', 'no'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Hope that helps!" with no question: completeness fails',
    lines: [
      [0, 'p', 'can i return books at any branch'],
      [20, 'l', 'Hi, Jo at Ask Us here. Are they Sample County books?'],
      [45, 'p', 'yes'],
      [52, 'l', 'Yes, any branch or book drop takes them; locations are at samplecountylibrary.org/locations. Hope that helps!'],
      [80, 'p', 'thanks'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"How\'s that for a coincidence!" is no question: completeness fails',
    lines: [
      [0, 'p', 'who wrote the book "the midnight library"'],
      [20, 'l', 'Hi, Jo at Ask Us here. The novel from 2020?'],
      [40, 'p', 'yes'],
      [46, 'l', "Matt Haig wrote it; it's in our catalog at samplecountylibrary.org. And it's our book club pick this month. How's that for a coincidence!"],
      [70, 'p', 'ha nice'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Have you used the Libby app before?" after the source asks about something else: completeness fails',
    lines: [
      [0, 'p', 'can i get audiobooks free'],
      [20, 'l', 'Hi, Jo at Ask Us here. Do you have a Sample County card?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Yes: Libby lends them free with your card; sign up at libbyapp.com.'],
      [52, 'l', 'Have you used the Libby app before?'],
      [80, 'p', 'no'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Did your teacher say whether websites are OK?" after the source asks about the assignment: completeness fails',
    lines: [
      [0, 'p', 'need sources about the dust bowl'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is this for a school project?'],
      [40, 'p', 'yes 8th grade'],
      [46, 'l', "The Library of Congress has a Dust Bowl primary source set at loc.gov/classroom-materials."],
      [52, 'l', 'Did your teacher say whether websites are OK?'],
      [80, 'p', 'yes they are'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Any luck finding your library card?" after the source asks about the card: completeness fails',
    lines: [
      [0, 'p', 'how do i log in to the online newspapers'],
      [20, 'l', 'Hi, Jo at Ask Us here. Are you at home?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Go to samplecountylibrary.org/databases, choose NewsBank, and enter the 14-digit number on the back of your card.'],
      [60, 'p', 'hold on i have to find my card'],
      [110, 'l', 'Any luck finding your library card?'],
      [130, 'p', 'yes got it'],
    ],
    exp: some({ complete: 'fail' }),
  },
  // ---- second batch, written after the first run, more ways to ask (labelled from RUBRIC.md all the same) ---------------
  {
    // reading: "Give me a sense of…" asks for the length and level of the paper, the need
    name: 'second batch: "Give me a sense of how long the paper is and I\'ll pitch the sources right." clarifies',
    lines: [
      [0, 'p', 'i need sources on school uniforms'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample University Library.'],
      [25, 'l', "Give me a sense of how long the paper is and I'll pitch the sources right."],
      [60, 'p', '5 pages, argumentative'],
      [66, 'l', "Opposing Viewpoints has a School Uniforms topic page with pro and con essays; it's on our databases list at library.sample.edu/az. Has that answered your question?"],
      [100, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'second batch: "Before I go hunting: fiction or nonfiction?" clarifies; "Reckon that\'ll do you?" asks',
    lines: [
      [0, 'p', 'after a book about the gold rush for my dad'],
      [20, 'l', "G'day, Jo here from Ask a Librarian at Sample Shire Library."],
      [25, 'l', 'Before I go hunting: fiction or nonfiction?'],
      [50, 'p', 'nonfiction'],
      [58, 'l', "The Gold Rush by Geoffrey Blainey is a ripper; it's in our catalogue at sampleshire.vic.gov.au/library. Reckon that'll do you?"],
      [90, 'p', 'perfect'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'second batch: "r u a student here or a community member" (no "?") clarifies; "Did this get you sorted?" asks',
    lines: [
      [0, 'p', 'can i use the 3d printer'],
      [20, 'l', 'hey! jo at the Ask Us chat, Sample College Library'],
      [24, 'l', 'r u a student here or a community member'],
      [50, 'p', 'student'],
      [56, 'l', 'students can book it free at library.samplecollege.edu/makerspace, 2 hr slots. Did this get you sorted?'],
      [90, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'second batch: "Could I ask what you\'ve found so far?" clarifies; "Is that what you needed, or would you like me to look further?" asks',
    lines: [
      [0, 'p', 'looking for the history of the old mill on river road'],
      [20, 'l', 'Hello, Jo at Ask Us here, Sample County Library.'],
      [25, 'l', "Could I ask what you've found so far?"],
      [60, 'p', 'just a plaque that says 1843'],
      [66, 'l', "The Sample County Historical Society's mill file is described at samplehistory.org/collections, and our Local History Room has the 1880 county atlas showing it. Is that what you needed, or would you like me to look further?"],
      [100, 'p', 'thats great'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'second batch: "Does that help, or were you after something more specific?" asks',
    lines: [
      [0, 'p', 'whats a good book on budgeting'],
      [20, 'l', 'Hi, Jo at Ask Us here. For yourself, or for a small business?'],
      [40, 'p', 'myself'],
      [46, 'l', 'I Will Teach You to Be Rich by Ramit Sethi is in our catalog at samplecountylibrary.org. Does that help, or were you after something more specific?'],
      [80, 'p', 'that works'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'second batch: "Was this any help?" after the source asks',
    lines: [
      [0, 'p', 'how do i download audiobooks to my ipod'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it an iPod touch or an older classic?'],
      [40, 'p', 'classic'],
      [46, 'l', 'Libby does not support the classic, but OverDrive\'s old transfer steps are at help.overdrive.com under MP3 audiobooks.'],
      [52, 'l', 'Was this any help?'],
      [80, 'p', 'sort of'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'second batch: "I can email you a PDF of the steps, would that help?" is about something not given: completeness fails',
    lines: [
      [0, 'p', 'how do i set up direct deposit for my tax refund'],
      [20, 'l', 'Hi, Jo at Ask Us here. Federal or state refund?'],
      [40, 'p', 'federal'],
      [46, 'l', "You choose it on the return itself; the IRS explains it at irs.gov/refunds/get-your-refund-faster-tell-irs-to-direct-deposit-your-refund-to-one-two-or-three-accounts."],
      [52, 'l', 'I can email you a PDF of the steps, would that help?'],
      [80, 'p', 'no its ok'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // reading: asking the patron to hold while a colleague is asked is a hold, not a question about the need
    name: 'second batch: only "Can you hang on while I ask a colleague?" before the source: clarify fails',
    lines: [
      [0, 'p', 'is the maker space open on holidays'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'Can you hang on while I ask a colleague?'],
      [90, 'l', 'It is closed on all library holidays; the holiday list is at samplecountylibrary.org/holidays. Does that help?'],
      [110, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
];

/** Near misses of this round's changes (each names the change it guards). */
export const guards: SessionCase[] = [
  {
    // near miss for `questionOpening` ("im wondering if"): "wondering what" without "if / whether" and no "?" asks nothing
    name: 'near miss: "Im wondering what took the chat so long to load, sorry about that." is no question: clarify fails',
    lines: [
      [0, 'p', 'whats the late fee for dvds'],
      [70, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [74, 'l', "I'm wondering what took the chat so long to load, sorry about that."],
      [80, 'l', 'DVDs are 25 cents a day, up to $5; the fee list is at samplecountylibrary.org/fees. Does that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
  {
    // near miss for `restatement` ("please share"): the patron's e-mail is how to reach them, not the need
    name: 'near miss: "Please share your email address and I\'ll send the list." is no question about the need: clarify fails',
    lines: [
      [0, 'p', 'can i get a list of the new mysteries this month'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', "Please share your email address and I'll send the list."],
      [50, 'p', 'amy.lo@example.com'],
      [56, 'l', 'Sent! The list is also on our New Titles page at samplecountylibrary.org/new. Does that help?'],
      [80, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss for `restatement` ("it would help to know"): "how to" teaches, it asks nothing
    name: 'near miss: "It would help to know how to place a hold yourself, it only takes a minute." asks nothing: clarify fails',
    lines: [
      [0, 'p', 'can you put a hold on the women by kristin hannah'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'It would help to know how to place a hold yourself, it only takes a minute.'],
      [30, 'l', 'Go to samplecountylibrary.org, search The Women, and click Place Hold. Does that help?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss for `restatement` ("I'd love to hear what"): how a book club liked a book is no question about the need
    name: 'near miss: "I\'d love to hear how your group likes whatever you pick!" asks nothing about the need: clarify fails',
    lines: [
      [0, 'p', 'need a book club pick for 8 people, something short'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', "Ooh, a book club! I'd love to hear how your group likes whatever you pick."],
      [30, 'l', 'Try Small Things Like These by Claire Keegan; our Book Club Kits page at samplecountylibrary.org/kits has 10 copies in a bag. Does that help?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss for `restatement` ("u need it for a class or just curious"): "whether" makes it a statement
    name: 'near miss: "whether u need it for a class or just for fun, we have lots" asks nothing: clarify fails',
    lines: [
      [0, 'p', 'do u have anything on the moon landing'],
      [20, 'l', 'hi! jo here at Ask Us, Sample County Library'],
      [24, 'l', 'whether u need it for a class or just for fun, we have lots'],
      [30, 'l', 'the Gale In Context: Science page on the moon landing is under Research at samplecountylibrary.org. that help?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss for `restatement` ("give me a sense of"): giving the patron a sense of the wait asks nothing
    name: 'near miss: "Holds take 2-3 weeks, which should give you a sense of the wait." asks nothing: clarify fails',
    lines: [
      [0, 'p', 'how long do holds take'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'Holds take 2-3 weeks, which should give you a sense of the wait.'],
      [30, 'l', 'You can see your place in line under My Holds at samplecountylibrary.org. Does that help?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    // near miss for `completeness` ("any luck finding your card"): the article the provider pointed to
    name: 'near miss: "Any luck finding the article?" after the source: completeness passes',
    lines: [
      [0, 'p', 'i need the nyt article about the bridge collapse from march'],
      [20, 'l', 'Hi, Jo at Ask Us here. Are you at home or in the library?'],
      [40, 'p', 'home'],
      [46, 'l', 'Log in to NYTimes.com through our databases page at samplecountylibrary.org/databases and search Key Bridge collapse, March 2024.'],
      [110, 'l', 'Any luck finding the article?'],
      [130, 'p', 'yes got it'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for `completeness` ("how'd you get on with the database"): the patron's exam is not what was given
    name: 'near miss: "How did you get on with your exam?" after the source: completeness fails',
    lines: [
      [0, 'p', 'i need past papers for a level chemistry'],
      [20, 'l', 'Hello, Jo at Ask a Librarian, Sample City Library. Which exam board?'],
      [40, 'p', 'AQA, i sat paper 1 yesterday'],
      [46, 'l', 'AQA posts past papers free at aqa.org.uk under Past papers and mark schemes.'],
      [52, 'l', 'How did you get on with your exam?'],
      [80, 'p', 'ok i think'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for `patronDone` ("that's the lot"): a lot number is no end of questions
    name: 'near miss: the patron\'s "thats the lot number on the receipt right?" says nothing about being done: anything-else fails',
    lines: [
      [0, 'p', 'i need the recall notice for my car seat'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which brand and model?'],
      [40, 'p', 'graco 4ever'],
      [46, 'l', 'NHTSA lists car seat recalls at nhtsa.gov/recalls; search Graco 4Ever and compare the lot number on the seat. Does that help?'],
      [70, 'p', 'thats the lot number on the receipt right?'],
      [76, 'l', 'No, it is on the sticker under the seat. Bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // near miss for `smallTalkMoreB1`: trouble logging in is the need
    name: 'near miss: "Are you having trouble logging in?" before the source: clarify passes',
    lines: [
      [0, 'p', 'libby isnt working'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'Are you having trouble logging in?'],
      [40, 'p', 'yes'],
      [46, 'l', "Use your 14-digit card number and your PIN; Libby's sign-in help is at help.libbyapp.com. Does that help?"],
      [70, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for `smallTalkMoreB1`: "Is it still showing the error?" is about the problem
    name: 'near miss: "Is it still showing the error?" before the source: clarify passes',
    lines: [
      [0, 'p', 'the printer says error 49'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'Is it still showing the error?'],
      [40, 'p', 'yes'],
      [46, 'l', "Restart the print release station; the steps are on our printing page at samplecountylibrary.org/print. Does that help?"],
      [70, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for `chatCheckB1`: the catalogue page is the patron's problem, not the chat
    name: 'near miss: "Is the catalog page still showing that error?" before the source: clarify passes',
    lines: [
      [0, 'p', 'the catalog keeps giving me an error'],
      [20, 'l', 'Hi, Jo at Ask Us here, Sample County Library.'],
      [24, 'l', 'Is the catalog page still showing that error?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Try the mobile catalog at m.samplecountylibrary.org while we fix it. Does that help?'],
      [70, 'p', 'yes'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    // near miss for `ownSearchB1`: after the source, "so far" asks about what was given
    name: 'near miss: "Any luck with it so far?" after the source: completeness passes',
    lines: [
      [0, 'p', 'how do i find my property tax bill'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which county is the property in?'],
      [40, 'p', 'sample county'],
      [46, 'l', "The county treasurer's Property Tax Lookup at samplecounty.gov/tax finds it by address."],
      [110, 'l', 'Any luck with it so far?'],
      [130, 'p', 'yes found it'],
    ],
    exp: some({ complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-sixth round (B1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-sixth round (B1): clarifying and completeness questions, every check', whole);
describeSessions('twenty-sixth round (B1): clarifying and completeness questions, short cases', short);
describeSessions('twenty-sixth round (B1): clarifying and completeness questions, near misses of the changes', guards);

describeLeft('twenty-sixth-round-asking', LEFT);
