/**
 * Eleventh round, area (K5): PROVIDER STYLES. The same checks, written by providers in very different registers:
 * very formal ("Good afternoon, and thank you for contacting the Reference Desk of ..."), very terse ("hi. jen @
 * pratt. which branch?"), multi-line messages with bullet and numbered lists and line breaks, emoji and emoticons,
 * scripted macros pasted whole (greeting, closing and disconnect macros in several services' wordings), British,
 * Canadian, Australian and New Zealand English, non-native English with unusual grammar, ALL CAPITALS and all
 * lower case, typos, and signatures ("- Maria, Reference Services") or role words ("your librarian today",
 * "reference staff", "library associate", "info desk") as the only self-identification. Near misses beside the
 * passes: a greeting macro that names nobody, a signature that comes too late, a screen name only, "I trust this
 * answers your enquiry" and "Hope this helps!" (statements, no question), a closing macro that only invites further
 * questions conditionally, a macro that only announces the end, formal and British dismissals.
 * Voices: public libraries in the US, Canada, the UK, Australia and New Zealand, academic libraries, the statewide
 * cooperatives (Ask Us 24/7, KnowItNow, AskAway), school libraries, chat-speak.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a role word that says who answers identifies the provider as "librarian" does: "your librarian today",
 *   "reference staff", "library associate", "the info desk"/"ref desk" (the service), a library's nickname
 *   ("pratt" for Enoch Pratt Free Library); a name typed in lower case is a name; a signature in the message text
 *   ("- Maria, Reference Services") is in the text, so it identifies; the provider's screen name does not; a macro's
 *   "A staff member will be with you shortly" identifies as "a librarian will be with you" would (the near miss names
 *   nobody: "Someone will be with you shortly");
 * - a misspelled greeting or question ("Helo", "Does taht help?", "Anythign else") is still that greeting or question;
 * - a letter sign-off ("Kind regards, Eleanor", "Cheers", "Ta-ra") says goodbye;
 * - "let me know if that works" asks indirectly whether it meets the need (as earlier rounds read it); "I trust
 *   this answers your enquiry" and "Hope this helps!" ask nothing;
 * - "If you have any further questions, please do not hesitate to contact us" does not ask whether the patron
 *   needs anything else (a conditional invitation, as round ten reads it), but it does invite the patron back;
 * - a question in non-native grammar without inversion ("This information is helpful for you?", "You have other
 *   question?") is a question: it ends in "?".
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, sys, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- very formal ---------------------------------------------------------------------------------------------------
  {
    name: 'formal UK reference desk: "Good afternoon, and thank you for contacting the Reference Desk of Leeds Central Library. My name is…"; "Does this fully answer your enquiry?"; "Is there anything further I may assist you with"; "Kind regards, Eleanor Whitfield, Reference Services"',
    lines: [
      [0, 'p', 'Hello, I am looking for the 1911 census return for my great-grandfather, who lived in Leeds.'],
      [30, 'l', 'Good afternoon, and thank you for contacting the Reference Desk of Leeds Central Library. My name is Eleanor Whitfield. May I ask whether you know his address in 1911, or only the town?'],
      [80, 'p', 'Only that he lived in Holbeck I think'],
      [88, 'l', 'Thank you. Please bear with me a moment while I consult our resources.'],
      [170, 'l', "The 1911 census for England and Wales can be searched free of charge with your library card on Ancestry Library Edition and Findmypast, and the National Archives' guide is at nationalarchives.gov.uk/help-with-your-research/research-guides/census-records/. Holbeck falls within the registration district of Hunslet. Does this fully answer your enquiry?"],
      [230, 'p', 'Yes, very much so, thank you.'],
      [236, 'l', 'You are most welcome. Is there anything further I may assist you with today?'],
      [270, 'p', "No that's all, thanks"],
      [275, 'l', 'Thank you for contacting Leeds Libraries.\n\nKind regards,\nEleanor Whitfield\nReference Services'],
    ],
    exp: usual(),
  },
  {
    // reading: "I trust this answers your enquiry" states a belief; it asks the patron nothing
    name: 'formal near miss: "I trust this answers your enquiry." and "Should you require any further assistance, please do not hesitate to contact us." ask nothing: completeness and anything else fail; the invitation back is a goodbye',
    lines: [
      [0, 'p', 'Good morning. Could you tell me whether the Bodleian holds the 1623 First Folio, and whether it can be viewed?'],
      [25, 'l', 'Good morning, and thank you for your enquiry to the Bodleian Libraries Enquiry Service. This is Dr Harriet Lane. Do you wish to view the original volume, or would a digital facsimile suffice?'],
      [70, 'p', 'A digital copy would be fine.'],
      [78, 'l', 'The Bodleian First Folio (Arch. G c.7) has been digitised in full and may be viewed freely at firstfolio.bodleian.ox.ac.uk. I trust this answers your enquiry.'],
      [110, 'p', 'Splendid, thank you.'],
      [116, 'l', 'Should you require any further assistance, please do not hesitate to contact us. Good day.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'formal academic with holds in whole sentences ("Thank you for your patience whilst I search", "I am still searching and shall be with you shortly"): every span under 120 s',
    lines: [
      [0, 'p', 'I need the impact factor of the journal Nature Climate Change for my tenure file.'],
      [20, 'l', 'Good afternoon and welcome to the University of Toronto Libraries chat reference service. My name is Dr. Anand Sharma, liaison librarian for Geography. May I ask which year of the Journal Citation Reports you require?'],
      [60, 'p', 'the most recent'],
      [65, 'l', 'Thank you for your patience whilst I search the Journal Citation Reports.'],
      [175, 'l', 'I am still searching and shall be with you shortly.'],
      [280, 'l', 'The most recent Journal Citation Reports (2024 data) give Nature Climate Change an impact factor of 29.6. You may verify this in Journal Citation Reports via onesearch.library.utoronto.ca > Databases > Journal Citation Reports. Would that be sufficient for your file?'],
      [320, 'p', 'Yes, that is all I needed. Thank you.'],
      [326, 'l', 'It was a pleasure to assist. Thank you for contacting the University of Toronto Libraries.'],
    ],
    exp: usual(),
  },
  {
    name: 'formal dismissal: "I regret that our chat service has now closed for the evening, and I must therefore end this session." with no way back: fails; "Thank you for your understanding." thanks',
    lines: [
      [0, 'p', 'Hi, I need help finding statistics on homelessness in Melbourne for an assignment'],
      [30, 'l', 'Good evening, and welcome to Ask a Librarian at the State Library Victoria. My name is Fiona. Are you after national figures, or Melbourne only?'],
      [80, 'p', 'melbourne only, the most recent'],
      [86, 'l', 'The Australian Bureau of Statistics Census figures on homelessness are at abs.gov.au (search "Estimating Homelessness"), with tables by region. Does that help?'],
      [130, 'p', 'sort of, do you have anything for just the city of melbourne council area?'],
      [136, 'l', 'I regret that our chat service has now closed for the evening, and I must therefore end this session. Thank you for your understanding.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },

  // ---- very terse ----------------------------------------------------------------------------------------------------
  {
    // reading: "jen @ pratt" names the provider (lower case) and her library by its usual short name
    name: 'terse: "hi. jen @ pratt. which branch?" / "that help?" / "anything else?" / "ok bye": everything passes',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [25, 'l', 'hi. jen @ pratt. which branch?', who('Jen K.', 'jen')],
      [50, 'p', 'southeast anchor'],
      [55, 'l', 'yes. $15, M-F 10-4, no appt. prattlibrary.org/passport. that help?', who('Jen K.', 'jen')],
      [80, 'p', 'yep thx'],
      [84, 'l', 'anything else?', who('Jen K.', 'jen')],
      [100, 'p', 'nope'],
      [104, 'l', 'ok bye', who('Jen K.', 'jen')],
    ],
    exp: usual(),
  },
  {
    name: 'terse near miss: "hi. which branch?" never says who answers: greeting fails; the rest passes',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [25, 'l', 'hi. which branch?'],
      [50, 'p', 'southeast anchor'],
      [55, 'l', 'yes. $15, M-F 10-4, no appt. prattlibrary.org/passport. that help?'],
      [80, 'p', 'yep thx'],
      [84, 'l', 'anything else?'],
      [100, 'p', 'nope'],
      [104, 'l', 'ok bye'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'terse without questions: "hey, mike - cpl." then only the link and "bye": clarify, completeness and anything else fail',
    lines: [
      [0, 'p', 'How do I reset my library PIN?'],
      [20, 'l', 'hey, mike - chicago public library.', who('Mike', 'mike')],
      [30, 'l', 'reset it at chipublib.org/pin w/ your card #. email w/ reset link comes in a few min.', who('Mike', 'mike')],
      [70, 'p', 'ok'],
      [74, 'l', 'bye', who('Mike', 'mike')],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail' }),
  },

  // ---- multi-line, lists, line breaks --------------------------------------------------------------------------------
  {
    name: 'multi-line academic: clarifying questions as a numbered list; the answer as bullets with "Would these work for what you need?" on its own line',
    lines: [
      [0, 'p', "I'm a grad student, need help finding datasets on Canadian housing prices"],
      [30, 'l', "Hi there, welcome to Ask a Librarian at UBC Library! I'm Priya, a research librarian.\nA couple of quick questions so I can point you in the right direction:\n1. National data, or a specific city?\n2. Monthly figures or annual?"],
      [90, 'p', 'Vancouver, monthly if possible'],
      [96, 'l', 'Great, give me a minute to pull these together.'],
      [180, 'l', "Here are the best places to start:\n• CMHC Housing Market Information Portal: cmhc-schl.gc.ca/hmiportal (monthly starts, rents, vacancy)\n• Statistics Canada Table 18-10-0205-01, New Housing Price Index (monthly): www150.statcan.gc.ca\n• MLS Home Price Index, Greater Vancouver Realtors: gvrealtors.ca/market-watch\n\nWould these work for what you need?"],
      [240, 'p', 'perfect, thank you so much'],
      [245, 'l', "You're welcome!\nAnything else I can help you with today?"],
      [270, 'p', 'no thats it'],
      [275, 'l', 'Good luck with your research, and thanks for using Ask a Librarian!'],
    ],
    exp: usual(),
  },
  {
    name: 'multi-line: greeting and name on separate lines ("Hello!\\n\\nThis is Dana, Reference Services\\nSt. Louis County Library"), numbered steps, "- let me know if any of that doesn\'t work"',
    lines: [
      [0, 'p', 'how do i get on the wifi from my laptop at the branch'],
      [18, 'l', 'Hello!\n\nThis is Dana, Reference Services\nSt. Louis County Library\n\nAre you on a Windows laptop or a Mac?'],
      [45, 'p', 'windows'],
      [50, 'l', '1. Click the wifi icon in the taskbar\n2. Choose "SLCL-Public"\n3. A page opens: tick "I agree" and click Connect\nIf no page opens, go to slcl.org/wifi for the help sheet.\n- let me know if any of that doesn\'t work'],
      [120, 'p', 'worked, thanks!'],
      [125, 'l', 'Great! Anything else I can do?'],
      [140, 'p', 'no'],
      [144, 'l', 'Have a good one, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'multi-line: a restatement as the clarify ("So you\'re trying to place a hold and getting a blocked message"), then a bulleted answer with "Does that help?" on its own line',
    lines: [
      [0, 'p', 'I need to put a hold on a book but it keeps saying my account is blocked'],
      [25, 'l', "Hi! This is Omar at Fairfax County Public Library. So you're trying to place a hold and getting a \"blocked\" message on your account."],
      [40, 'l', "That usually means fines over $10 or an expired card. Here's what to do:\n- Log in at fairfaxcounty.gov/library > My Account to see the reason\n- Pay fines online there, or\n- Renew an expired card at any branch with an ID\nDoes that help?"],
      [100, 'p', 'oh my card expired, ok got it. thats all i needed'],
      [106, 'l', 'Perfect. Thanks for chatting, take care!'],
    ],
    exp: usual(),
  },

  // ---- emoji and emoticons -------------------------------------------------------------------------------------------
  {
    name: 'emoji: "Hi there 👋 I\'m Sam from Brisbane City Council Libraries 📚"; "Does that sound like what you\'re after? 🧶"; "Anything else I can help with? 🙂"; "Happy crocheting! Cheers 👋"',
    lines: [
      [0, 'p', 'hey do u have any books on crochet for beginners'],
      [20, 'l', "Hi there 👋 I'm Sam from Brisbane City Council Libraries 📚 Are you after a book you can borrow or an eBook?"],
      [50, 'p', 'ebook pls'],
      [55, 'l', "Easy 😊 Search 'crochet for beginners' on Libby at brisbane.overdrive.com: 'Crochet for Beginners' by Kristin Omdahl is available right now. Does that sound like what you're after? 🧶"],
      [90, 'p', 'yes!! thank u'],
      [95, 'l', 'No worries at all! Anything else I can help with? 🙂'],
      [120, 'p', 'nah thats all'],
      [124, 'l', 'Happy crocheting! Cheers 👋'],
    ],
    exp: usual(),
  },
  {
    name: 'emoticons: "Hello :) Raj here from Calgary Public Library."; "Is that what you were looking for? :D"; "anything else? :)"; "Bye for now! :)"',
    lines: [
      [0, 'p', 'Does the library have free museum passes in Calgary?'],
      [22, 'l', 'Hello :) Raj here from Calgary Public Library. Which museum or attraction are you thinking of?'],
      [60, 'p', 'the zoo'],
      [66, 'l', 'Yes! The Calgary Zoo is part of Connect Cultural Pass: book a family pass with your card at calgarylibrary.ca/culture-pass :) Is that what you were looking for? :D'],
      [100, 'p', 'yes great'],
      [104, 'l', 'anything else? :)'],
      [120, 'p', 'no thanks'],
      [125, 'l', 'Bye for now! :)'],
    ],
    exp: usual(),
  },
  {
    name: 'emoji near miss: "Hope this helps! 😊" asks nothing, and the patron only says "ok ty 👍": completeness and anything else fail',
    lines: [
      [0, 'p', 'whats the loan period for video games'],
      [20, 'l', 'Hey! 👋 Bri at Austin Public Library here. Are you asking about the Nintendo Switch games or the board games?'],
      [50, 'p', 'switch'],
      [55, 'l', 'Switch games go out for 14 days, 3 at a time, no renewals 🎮 Details at library.austintexas.gov/video-games. Hope this helps! 😊'],
      [80, 'p', 'ok ty 👍'],
      [84, 'l', 'Have fun! Bye 👋'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },

  // ---- macros pasted whole -------------------------------------------------------------------------------------------
  {
    name: 'cooperative macros: greeting macro ("Welcome to Ask Us 24/7! A librarian will be with you in a moment…"), then "Hi, I\'m Tom…"; a referral with phone and URL; closing macro ("Thank you for using Ask Us 24/7…")',
    lines: [
      [0, 'p', 'How do I find out who owned my house before me?'],
      [35, 'l', 'Welcome to Ask Us 24/7! A librarian will be with you in a moment. Please note that chats may be recorded for quality purposes.'],
      [40, 'l', "Hi, I'm Tom, a librarian from the Monroe County Library System. Which county is the house in?"],
      [70, 'p', 'Monroe, in Rochester'],
      [75, 'l', 'Thanks, let me take a look.'],
      [160, 'l', "Deeds from 1986 on can be searched free on the Monroe County Clerk's site, monroecounty.gov/clerk-records. For older owners, contact the Local History & Genealogy Division at Rochester Public Library: 585-428-8370 or rochesterlibrary.org/local-history; they have city directories and plat maps. Does this answer your question?"],
      [200, 'p', 'great thanks'],
      [205, 'l', 'Is there anything else I can help you with today?'],
      [230, 'p', 'no'],
      [233, 'l', 'Thank you for using Ask Us 24/7. If you have additional questions, please feel free to contact us again. Have a great day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'disconnect macro: "It appears that you have been disconnected. This chat session will now be closed. If you need further assistance, please start a new session…" after "Are you still with us?" (idle 204 s): both pass',
    lines: [
      [0, 'p', 'what time does the downtown library close on saturday'],
      [20, 'l', 'Hello and welcome to KnowItNow, Ohio\'s 24/7 reference service. My name is Beth. Do you mean the Main Library of Columbus Metropolitan Library?'],
      [60, 'p', 'yes'],
      [66, 'l', 'The Main Library is open 9 a.m. to 6 p.m. on Saturdays; see columbuslibrary.org/locations/main. Did that answer your question?'],
      [200, 'l', 'Are you still with us?'],
      [270, 'l', 'It appears that you have been disconnected. This chat session will now be closed. If you need further assistance, please start a new session at any time. Thank you for using KnowItNow!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'macro near miss: a closing macro that only announces the end ("This chat session has now ended.") after the answer and the patron\'s "k": courteous fails',
    lines: [
      [0, 'p', 'is there a fee to use the computers'],
      [20, 'l', 'Hi, this is Kim at Houston Public Library. Do you have a library card?'],
      [45, 'p', 'yes'],
      [50, 'l', 'Then computer use is free, 2 hours a day; book a time at houstonlibrary.org/computers. Does that answer your question?'],
      [80, 'p', 'k'],
      [84, 'l', 'This chat session has now ended.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'macro near miss: the greeting macro "Thank you for contacting us. Someone will be with you shortly." then "Hi there, what can I help with?": nobody is identified, greeting fails',
    lines: [
      [0, 'p', 'can i return books to any branch'],
      [15, 'l', 'Thank you for contacting us. Someone will be with you shortly.'],
      [40, 'l', 'Hi there, what can I help with?'],
      [60, 'p', 'can i return books to any branch'],
      [65, 'l', 'Are they books from our library, or from another library in the consortium?'],
      [90, 'p', 'from yours'],
      [95, 'l', 'Yes, any branch or book drop works; the list of drops is at sjpl.org/locations. Did that answer it?'],
      [120, 'p', "yes that's all"],
      [124, 'l', 'Thanks, have a nice day!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'AskAway macros (Canada): greeting macro naming the service and the librarian\'s school, closing macro; the patron is done on her own',
    lines: [
      [0, 'p', 'Hi there, I need the citation for a Supreme Court of Canada case, R v Jordan'],
      [30, 'l', "Hello, and welcome to AskAway, the chat service of BC's post-secondary libraries. I'm Mathieu, a librarian at Simon Fraser University. Which citation style are you using: the McGill Guide?"],
      [70, 'p', 'yes McGill, 9th edition'],
      [75, 'l', "In the McGill Guide (9th ed.) it's: R v Jordan, 2016 SCC 27. The full text is free on CanLII at canlii.org (search 'R v Jordan 2016'). Is that what you needed? 🙂"],
      [110, 'p', "yes thanks! That's all for today."],
      [115, 'l', 'Great, take care, and thanks for using AskAway!'],
    ],
    exp: usual(),
  },

  // ---- British, Australian, Canadian, New Zealand English -----------------------------------------------------------
  {
    name: 'British: "you\'re through to the Manchester Libraries enquiry service, Gemma speaking"; "Does that sort it for you?"; "Was there anything else you needed today?"; "Ta-ra then, have a lovely evening!"',
    lines: [
      [0, 'p', "Hiya, can I renew my books online? They're due tomorrow"],
      [15, 'l', "Hello, you're through to the Manchester Libraries enquiry service, Gemma speaking. Have you got your library card number and PIN to hand?"],
      [45, 'p', 'yes i do'],
      [50, 'l', 'Brilliant. You can renew on the catalogue at manchester.spydus.co.uk under My Account > Loans > Renew all, as long as nobody has reserved them. Does that sort it for you?'],
      [90, 'p', 'Done! cheers'],
      [95, 'l', 'Lovely. Was there anything else you needed today?'],
      [110, 'p', 'no thats everything ta'],
      [115, 'l', 'Ta-ra then, have a lovely evening!'],
    ],
    exp: usual(),
  },
  {
    name: 'British holds: "Just a mo while I have a look" then 150 s of silence: keep informed fails',
    lines: [
      [0, 'p', 'Do you have the new Richard Osman in large print?'],
      [20, 'l', "Hiya, Liam here at Hampshire Libraries. Large print rather than the standard hardback, is that right?"],
      [45, 'p', 'yes please'],
      [50, 'l', 'Just a mo while I have a look.'],
      [200, 'l', "We've got 4 large print copies, all on loan, 6 reservations. You can reserve one on the catalogue at hampshire.spydus.co.uk for 85p. Is that what you were after?"],
      [240, 'p', "That's lovely, that's everything, thanks"],
      [244, 'l', 'Cheers, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "take your ID to a Service NSW centre" tells the patron to visit an organisation: a referral, reachable
    // through service.nsw.gov.au in the same message
    name: 'Australian: "G\'day! … Mick here"; "hang on a sec"; "Does that cover it?"; "No worries, have a good one!"; the Service NSW centre is a referral with its site',
    lines: [
      [0, 'p', "G'day, looking for info on how to get a working with children check in NSW"],
      [25, 'l', "G'day! Thanks for contacting Ask a Librarian at the State Library of NSW, Mick here. Is this for paid work or volunteering?"],
      [60, 'p', 'volunteering at my kids footy club'],
      [66, 'l', 'Righto, hang on a sec while I grab the link.'],
      [110, 'l', "Volunteers apply for free: fill in the online form at service.nsw.gov.au (search 'working with children check'), then take your ID to a Service NSW centre to finish it off. Does that cover it?"],
      [150, 'p', 'Yep thats perfect'],
      [155, 'l', 'Good stuff. Anything else I can help you with?'],
      [175, 'p', 'nah all good'],
      [180, 'l', 'No worries, have a good one!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'New Zealand: "Kia ora! Aroha here from Auckland Libraries"; "Is that the sort of thing you\'re after?"; "Ka kite anō, thanks for getting in touch!"',
    lines: [
      [0, 'p', 'Kia ora, do you have resources for learning te reo Māori?'],
      [25, 'l', 'Kia ora! Aroha here from Auckland Libraries. Are you a complete beginner, or have you done some already?'],
      [60, 'p', 'complete beginner'],
      [66, 'l', 'Ka pai. Try the free Te Whanake app and Kōrero Māori (koreromaori.co.nz), and borrow "Te Reo Māori: A Beginner\'s Guide" as an eBook via aucklandlibraries.govt.nz. Is that the sort of thing you\'re after?'],
      [110, 'p', 'perfect, thats all i need'],
      [115, 'l', 'Ka kite anō, thanks for getting in touch!'],
    ],
    exp: usual(),
  },

  // ---- non-native English --------------------------------------------------------------------------------------------
  {
    // reading: questions in non-native grammar ending in "?" are questions ("For your mother she prefer novel or
    // magazine?", "This information is helpful for you?", "You have other question?")
    name: 'non-native provider: "I am Nguyen, librarian for the Multilingual Services…"; "Please wait, I am search for you in catalogue."; "This information is helpful for you?"; "You have other question?"; "Thank you for your contact with us. Have nice day!"',
    lines: [
      [0, 'p', 'Hello, do you have books in Tagalog for my mother?'],
      [40, 'l', 'Hello, good morning. I am Nguyen, librarian for the Multilingual Services at Toronto Public Library. For your mother she prefer novel or magazine?'],
      [90, 'p', 'novels, she likes romance'],
      [96, 'l', 'Please wait, I am search for you in catalogue.'],
      [190, 'l', "We are having 45 novels in Tagalog. You can see all of them in catalogue: torontopubliclibrary.ca, search 'Tagalog fiction' and choose Language: Tagalog. This information is helpful for you?"],
      [230, 'p', 'yes thank you very much'],
      [236, 'l', 'You are welcome. You have other question?'],
      [260, 'p', 'no'],
      [264, 'l', 'Thank you for your contact with us. Have nice day!'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native provider, hold not kept: "Kindly wait, I am checking." then 160 s: keep informed fails; "Is it answer your question?" asks; "Any more doubt?" asks for anything else',
    lines: [
      [0, 'p', 'I need IEEE standard 802.11 for my project, do you have it?'],
      [25, 'l', 'Good evening. This is Ramesh from the Central Library, IIT Bombay. You require the latest revision or the 2016 one?'],
      [60, 'p', 'latest'],
      [65, 'l', 'Kindly wait, I am checking.'],
      [225, 'l', 'The latest IEEE 802.11-2020 is available in IEEE Xplore through library.iitb.ac.in > E-Resources > IEEE Xplore. Is it answer your question?'],
      [260, 'p', 'yes got it'],
      [265, 'l', 'Any more doubt?'],
      [280, 'p', 'no sir'],
      [284, 'l', 'Thank you, all the best.'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- ALL CAPS and all lower case -----------------------------------------------------------------------------------
  {
    name: 'ALL CAPS provider at a reference desk: greeting, clarify, a referral ("YOU CAN CALL THEM AT…"), "DID THAT ANSWER YOUR QUESTION?", "ANYTHING ELSE TODAY?", "THANK YOU… GOODBYE."',
    lines: [
      [0, 'p', 'hello i need the phone number for the county recorder'],
      [30, 'l', 'GOOD MORNING, THIS IS DOROTHY AT THE INDIANAPOLIS PUBLIC LIBRARY REFERENCE DESK. DO YOU MEAN THE MARION COUNTY RECORDER?'],
      [70, 'p', 'yes'],
      [76, 'l', "THE MARION COUNTY RECORDER'S OFFICE IS IN THE CITY-COUNTY BUILDING, 200 E WASHINGTON ST, SUITE 741. YOU CAN CALL THEM AT 317-327-4020 OR SEE INDY.GOV/AGENCY/MARION-COUNTY-RECORDER. DID THAT ANSWER YOUR QUESTION?"],
      [110, 'p', 'yes thanks'],
      [115, 'l', 'ANYTHING ELSE TODAY?'],
      [130, 'p', 'no'],
      [135, 'l', 'THANK YOU FOR USING ASK A LIBRARIAN. GOODBYE.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'ALL CAPS hold "PLEASE HOLD WHILE I LOOK THAT UP." then 140 s: keep informed fails',
    lines: [
      [0, 'p', 'DO YOU HAVE THE 1950 CITY DIRECTORY FOR AKRON'],
      [20, 'l', 'HELLO, THIS IS RAY AT AKRON-SUMMIT COUNTY PUBLIC LIBRARY. ARE YOU LOOKING FOR A PERSON OR AN ADDRESS?'],
      [50, 'p', 'A PERSON'],
      [55, 'l', 'PLEASE HOLD WHILE I LOOK THAT UP.'],
      [195, 'l', 'WE HAVE THE 1950 AKRON CITY DIRECTORY ON MICROFILM IN SPECIAL COLLECTIONS, AND IT IS SEARCHABLE ONLINE AT AKRONLIBRARY.ORG/SPECIAL-COLLECTIONS. IS THAT WHAT YOU NEEDED?'],
      [230, 'p', 'YES THANK YOU THATS ALL'],
      [234, 'l', 'YOU ARE WELCOME. HAVE A GOOD DAY.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "marcus" typed in lower case is a name
    name: 'all lower case: "hi, this is marcus with the st. paul public library."; "does that work for you?"; "anything else i can help with?"; "ok, thanks for chatting, bye!"',
    lines: [
      [0, 'p', 'Do you have the New York Times online?'],
      [25, 'l', "hi, this is marcus with the st. paul public library. do you want today's paper or older issues?"],
      [60, 'p', 'older, like from 1990'],
      [66, 'l', 'yep, we have the nyt historical archive (1851-2021) through proquest: sppl.org/research > newspapers, log in with your card number. does that work for you?'],
      [100, 'p', 'yes thanks'],
      [104, 'l', 'anything else i can help with?'],
      [120, 'p', 'thats it'],
      [124, 'l', 'ok, thanks for chatting, bye!'],
    ],
    exp: usual(),
  },

  // ---- typos ---------------------------------------------------------------------------------------------------------
  {
    // reading: a misspelled word is still the word it stands for ("Hi tehre", "Springfeild", "Does taht help?",
    // "Anythign else", "Thansk")
    name: 'typos: "Hi tehre! Mark form Springfeild City Library here."; "Does taht help?"; "Anythign else I can do for you?"; "Thansk for chatting, have a good nite!"',
    lines: [
      [0, 'p', 'hi how do i download audiobooks'],
      [30, 'l', 'Hi tehre! Mark form Springfeild City Library here. Do you have an iPhone or an Andriod phone?'],
      [60, 'p', 'iphone'],
      [66, 'l', 'Grea,t get the Libby app (libbyapp.com or the App Store), add Springfeild City Library, and sign in with your card. Audiobooks are under Explore > Audiobooks. Does taht help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Anythign else I can do for you?'],
      [120, 'p', 'no ty'],
      [124, 'l', 'Thansk for chatting, have a good nite!'],
    ],
    exp: usual(),
  },

  // ---- signatures and role words -------------------------------------------------------------------------------------
  {
    // reading: the signature is in the message text, so it identifies the provider
    name: 'signature: "Good morning! … Which journal and year is it?\\n- Maria, Reference Services" on every message',
    lines: [
      [0, 'p', 'Can I get a scan of an article from a journal the library only has in print?'],
      [30, 'l', "Good morning! Yes, that's usually possible. Which journal and year is it?\n- Maria, Reference Services"],
      [70, 'p', 'Journal of Applied Ecology 1987, vol 24'],
      [76, 'l', "Thanks! Request it in ILLiad: log in at library.uvm.edu/illiad and choose 'Article Request'. Scans arrive by email in 2-3 business days. Does that answer your question?\n- Maria, Reference Services"],
      [110, 'p', 'yes thank you'],
      [115, 'l', 'Anything else I can help with?\n- Maria'],
      [130, 'p', 'no thanks'],
      [134, 'l', 'Have a great day!\n- Maria, Reference Services'],
    ],
    exp: usual(),
  },
  {
    name: 'signature near miss: only the fourth provider message is signed ("-- Kate, Information Services"): greeting fails',
    lines: [
      [0, 'p', "what's the wifi password"],
      [15, 'l', 'Hello! Are you in the building right now?'],
      [40, 'p', 'yes 2nd floor'],
      [45, 'l', "The network is SPL-Public and there's no password; just accept the terms on the page that opens (springfieldlibrary.org/wifi has help). Did that work?"],
      [80, 'p', 'yes'],
      [84, 'l', 'Great. Anything else?'],
      [100, 'p', 'no'],
      [104, 'l', 'Bye!\n-- Kate, Information Services, Springfield Public Library'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'role words: "Hi! I\'ll be your librarian today."; numbered links; "Will those work for your project?"; "Need help with anything else?"',
    lines: [
      [0, 'p', 'I need help finding primary sources on the Dust Bowl for a 10th grade project'],
      [25, 'l', "Hi! I'll be your librarian today. What kind of primary sources: photos, letters, newspaper articles?"],
      [60, 'p', 'photos and maybe interviews'],
      [66, 'l', 'One sec, grabbing links.'],
      [120, 'l', "Two great ones:\n1) Library of Congress, FSA/OWI photographs: loc.gov/pictures/collection/fsa\n2) 'Voices from the Dust Bowl' oral histories: loc.gov/collections/todd-and-sonkin-migrant-workers\nWill those work for your project?"],
      [150, 'p', 'yes thx'],
      [155, 'l', 'Need help with anything else?'],
      [170, 'p', 'no'],
      [175, 'l', 'Good luck on your project, bye! 👋'],
    ],
    exp: usual(),
  },
  {
    // reading: "reference staff here at Brooklyn Public Library" says who answers (library staff) and names the library
    name: 'role words: "Hello, reference staff here at Brooklyn Public Library." with no personal name: greeting passes',
    lines: [
      [0, 'p', 'Im trying to find my grandfathers naturalization papers, he came from Italy in 1920'],
      [25, 'l', 'Hello, reference staff here at Brooklyn Public Library. Do you know whether he naturalized in Brooklyn, and roughly when?'],
      [70, 'p', 'brooklyn, maybe 1930s'],
      [75, 'l', 'One moment while I check our guide.'],
      [150, 'l', 'Naturalization records filed in Brooklyn courts before 1957 are searchable on FamilySearch (familysearch.org, free account) and Ancestry Library Edition (free with your card). Our guide is at bklynlibrary.org/genealogy. Is that what you were looking for?'],
      [200, 'p', 'yes thats everything, thank you'],
      [205, 'l', 'You are welcome! Good luck with the search, and thanks for using Ask BPL.'],
    ],
    exp: usual(),
  },
  {
    name: 'role words: "Hi, thanks for reaching out! I\'m a library associate at Hennepin County Library."',
    lines: [
      [0, 'p', 'Can I get a library card if I live in St. Paul but work in Minneapolis?'],
      [20, 'l', "Hi, thanks for reaching out! I'm a library associate at Hennepin County Library. Do you live in Minnesota?"],
      [50, 'p', 'yes, st paul'],
      [55, 'l', 'Then yes: any Minnesota resident can get a Hennepin County Library card. Apply online at hclib.org/account/register and show ID at a branch. Does that help?'],
      [90, 'p', 'yes'],
      [94, 'l', 'Anything else I can help with?'],
      [110, 'p', 'no, thats it'],
      [114, 'l', 'Thanks for contacting Hennepin County Library!'],
    ],
    exp: usual(),
  },
  {
    // reading: "info desk here" names the service answering
    name: 'role words, chat-speak: "hey! info desk here 👋 whats up?" then a clarifying question',
    lines: [
      [0, 'p', 'where can i print in the student union'],
      [20, 'l', 'hey! info desk here 👋 whats up?'],
      [35, 'p', 'where can i print in the student union'],
      [40, 'l', 'black and white or color?'],
      [60, 'p', 'color'],
      [64, 'l', 'color printing is at the UPrint station on level 2 of the union, 25c a page, guide at print.umd.edu. did that answer it?'],
      [90, 'p', 'yes tysm'],
      [94, 'l', 'anything else?'],
      [110, 'p', 'nope'],
      [114, 'l', 'np! have a good one'],
    ],
    exp: usual(),
  },

  // ---- follow-up, transfer, idle in these styles ---------------------------------------------------------------------
  {
    name: 'formal follow-up: "I shall e-mail my findings to you at j.okafor@gmail.com by close of business tomorrow"; Follow-up by me: contact passes, on time pending',
    lines: [
      [0, 'p', 'Good day. I am researching the history of the Nigerian students union in London in the 1950s. My email is j.okafor@gmail.com'],
      [30, 'l', 'Good day, and thank you for contacting the Senate House Library enquiry service. My name is Charlotte. Are you interested chiefly in the West African Students\' Union, or in Nigerian student societies more broadly?'],
      [80, 'p', "The West African Students' Union mostly."],
      [86, 'l', 'Thank you. A proper search of the printed periodicals will take longer than a chat allows. I shall e-mail my findings to you at j.okafor@gmail.com by close of business tomorrow. Would that be acceptable?'],
      [130, 'p', 'Yes, that would be wonderful, thank you.'],
      [136, 'l', 'Splendid. Is there anything else I might help with in the meantime?'],
      [160, 'p', 'No, that is all.'],
      [165, 'l', 'Thank you, and good afternoon.'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    // source: no source is given in the chat (the findings come by e-mail), so source and completeness fail; anything else was asked
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'formal transfer: "I shall transfer you to my colleague in the Business & IP Centre, who is better placed to assist." with an internal note: handoff passes',
    lines: [
      [0, 'p', 'Hi, I need market research on the UK vegan cheese market for a business plan'],
      [20, 'l', 'Good afternoon, and welcome to the British Library Ask a Librarian service. My name is Alistair. Our Business & IP Centre specialises in market research, so I shall transfer you to my colleague there, who is better placed to assist. One moment, please.'],
      [24, 'i', 'Sunita: patron wants UK vegan cheese market research for a business plan, yours', { to: 'sunita' }],
      [28, 's', 'Chat transferred to Sunita Rao', sys('transfer', 'sunita')],
      [60, 'l', 'Hello, Sunita here from the Business & IP Centre. Are you looking for market size figures, or consumer trends as well?', who('Sunita Rao', 'sunita')],
      [90, 'p', 'both if possible'],
      [96, 'l', 'Mintel\'s "Plant-based Dairy Alternatives UK" report covers both, free on site or via our remote access at bl.uk/business-and-ip-centre/market-research. Does that cover what you need?', who('Sunita Rao', 'sunita')],
      [130, 'p', "Yes, that's everything, thanks!"],
      [134, 'l', 'Best of luck with the business plan, goodbye!', who('Sunita Rao', 'sunita')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'British idle: "You still there?" then "Looks like you\'ve popped off, so I\'ll close the chat now. Cheers!" (idle 215 s): both pass',
    lines: [
      [0, 'p', 'hi what are the opening hours of the mitchell library on sunday'],
      [20, 'l', "Hiya, you're through to Glasgow Libraries, this is Callum. The Mitchell on North Street, aye?"],
      [50, 'p', 'yes'],
      [55, 'l', "It's closed on Sundays; Monday to Thursday 9 till 8, Friday and Saturday 9 till 5. Full times at glasgowlife.org.uk/libraries/venues/the-mitchell-library. Does that help?"],
      [190, 'l', 'You still there?'],
      [270, 'l', "Looks like you've popped off, so I'll close the chat now. Cheers!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'British dismissal: "Sorry, I\'ve got a queue building up so I\'ll have to leave it there." with no way back: fails; courteous also fails',
    lines: [
      [0, 'p', 'Hi, can you help me find the history of my street in Bristol?'],
      [20, 'l', "Hello, Jess at Bristol Libraries here. Which street is it?"],
      [40, 'p', 'Cotham Brow'],
      [45, 'l', "Know Your Place (kyp.org.uk) overlays old maps of Bristol so you can see Cotham Brow through the years. Does that help?"],
      [80, 'p', "a bit, is there anything about who lived there?"],
      [86, 'l', "Sorry, I've got a queue building up so I'll have to leave it there."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
];

// ---- short cases: one phrasing each -----------------------------------------------------------------------------------
const Q: [number, 'p', string] = [0, 'p', 'do you have any books on beekeeping'];
const HI: [number, 'l', string] = [20, 'l', 'Hello, this is Jo at Sample County Library. Are you a beginner?'];
const YES: [number, 'p', string] = [50, 'p', 'yes total beginner'];
const ANS = (text: string): [number, 'l', string] => [56, 'l', text];
const BOOK = "'The Beekeeper's Handbook' is on the shelf at Central, call number 638.1 SAM; catalog.samplelibrary.org has it.";
const END: [number, 'p' | 'l', string][] = [
  [90, 'p', 'thanks'],
  [94, 'l', 'Anything else?'],
  [110, 'p', 'no'],
  [114, 'l', 'Bye!'],
];

export const short: SessionCase[] = [
  // greetings and self-identification
  {
    name: 'greeting: "Good evening, you\'ve reached the Ask a Librarian service at Cuyahoga County Public Library." (no personal name)',
    lines: [Q, [20, 'l', "Good evening, you've reached the Ask a Librarian service at Cuyahoga County Public Library. Are you a beginner?"], YES],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting: "Hiya! Library chat, Sophie here x"',
    lines: [Q, [20, 'l', 'Hiya! Library chat, Sophie here x'], [25, 'l', 'Are you a beginner?'], YES],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'greeting in ALL CAPS: "HELLO, YOU HAVE REACHED THE INFORMATION DESK AT TULSA CITY-COUNTY LIBRARY."',
    lines: [Q, [20, 'l', 'HELLO, YOU HAVE REACHED THE INFORMATION DESK AT TULSA CITY-COUNTY LIBRARY. ARE YOU A BEGINNER?'], YES],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'greeting, terse: "morning! dave @ the ref desk" then "beginner?"',
    lines: [Q, [20, 'l', 'morning! dave @ the ref desk', who('Dave', 'dave')], [24, 'l', 'beginner?', who('Dave', 'dave')], YES],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'greeting, non-native: "Hello, my name is Wei. How I can help you?" then the clarifying question',
    lines: [Q, [20, 'l', 'Hello, my name is Wei. How I can help you?'], [30, 'l', 'You want book for beginner or for expert?'], YES],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'greeting near miss: only the screen name says who answers ("Hi! How can I help?" from "Maria (Reference)")',
    lines: [Q, [20, 'l', 'Hi! How can I help?', who('Maria (Reference)', 'maria')], [30, 'l', 'Are you a beginner?', who('Maria (Reference)', 'maria')], YES],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greeting near miss: "Greetings!" and "One moment please." identify nobody; the name comes in the third message',
    lines: [Q, [20, 'l', 'Greetings!'], [24, 'l', 'One moment please.'], [40, 'l', "I'm Pat from the Lakewood Library, by the way. Are you a beginner?"], YES],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "Helo" is a misspelled "Hello"
    name: 'greeting with a typo: "Helo, Mark here from Springfield Library"',
    lines: [Q, [20, 'l', 'Helo, Mark here from Springfield Library. Are you a beginner?'], YES],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting macro naming the service: "Welcome to Ask Us Now! Your librarian will be with you shortly." then a clarifying question',
    lines: [Q, [20, 'l', 'Welcome to Ask Us Now! Your librarian will be with you shortly.'], [40, 'l', 'Are you a beginner?'], YES],
    exp: some({ greeting: 'pass', clarify: 'pass' }),
  },
  {
    name: 'greeting, Spanish-English: "¡Hola! Soy Lucía, de la Biblioteca Pública de El Paso. Hi, I\'m Lucía from El Paso Public Library."',
    lines: [Q, [20, 'l', "¡Hola! Soy Lucía, de la Biblioteca Pública de El Paso. Hi, I'm Lucía from El Paso Public Library. Are you a beginner?"], YES],
    exp: some({ greeting: 'pass' }),
  },

  // clarifying questions
  {
    name: 'clarify, formal: "Might I ask whether you require an introductory text?"',
    lines: [Q, [20, 'l', 'Good afternoon, Jo at Sample County Library. Might I ask whether you require an introductory text?'], YES, ANS(BOOK), ...END],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'clarify, terse without "?": "hi, jo @ sample lib. which branch"',
    lines: [Q, [20, 'l', 'hi, jo @ sample lib. which branch'], [50, 'p', 'central'], ANS(BOOK), ...END],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'clarify as a numbered list: "Quick questions:\\n1. For you or a child?\\n2. Print or eBook?"',
    lines: [Q, [20, 'l', 'Hello, Jo at Sample County Library. Quick questions:\n1. For you or a child?\n2. Print or eBook?'], [50, 'p', 'me, print'], ANS(BOOK), ...END],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'clarify near miss: "I\'ll have a look for you." then the source: nothing asked, fails',
    lines: [Q, [20, 'l', "Hello, Jo at Sample County Library. I'll have a look for you."], ANS(BOOK), ...END],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'clarify near miss: "HOW MAY I HELP YOU TODAY?" is the greeting\'s offer, then the source: fails',
    lines: [Q, [20, 'l', 'HELLO, THIS IS JO AT SAMPLE COUNTY LIBRARY. HOW MAY I HELP YOU TODAY?'], ANS(BOOK), ...END],
    exp: some({ clarify: 'fail' }),
  },

  // completeness
  {
    name: 'completeness, British: "Does that sort you out?"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that sort you out?`), ...END],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness, Australian: "Is that what you were after?"',
    lines: [Q, HI, YES, ANS(`${BOOK} Is that what you were after?`), ...END],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness: "Let me know if that works for you :)"',
    lines: [Q, HI, YES, ANS(`${BOOK} Let me know if that works for you :)`), ...END],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness near miss: "Hope that helps! 🐝" asks nothing',
    lines: [Q, HI, YES, ANS(`${BOOK} Hope that helps! 🐝`), ...END],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness near miss: "I trust that this meets your requirements." asks nothing',
    lines: [Q, HI, YES, ANS(`${BOOK} I trust that this meets your requirements.`), ...END],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness in ALL CAPS: "IS THIS WHAT YOU NEEDED?"',
    lines: [Q, HI, YES, ANS(`${BOOK.toUpperCase()} IS THIS WHAT YOU NEEDED?`), ...END],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness, non-native: "This book is okay for you?"',
    lines: [Q, HI, YES, ANS(`${BOOK} This book is okay for you?`), ...END],
    exp: some({ complete: 'pass' }),
  },

  // anything else
  {
    name: 'anything else, formal: "Is there anything further with which I may assist you?"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes'], [94, 'l', 'Is there anything further with which I may assist you?'], [110, 'p', 'no'], [114, 'l', 'Good day.']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'anything else, emoji: "Anything more I can do for you today? 🙂"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes'], [94, 'l', 'Anything more I can do for you today? 🙂'], [110, 'p', 'no'], [114, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'anything else, non-native: "You have other question?"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes'], [94, 'l', 'You have other question?'], [110, 'p', 'no'], [114, 'l', 'Bye bye']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'anything else near miss: a closing macro "If you have any further questions, please don\'t hesitate to contact us again." after "ok thanks"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'ok thanks'], [94, 'l', "Thank you for using Ask a Librarian. If you have any further questions, please don't hesitate to contact us again."]],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'anything else: the patron, British, "Brilliant, that\'s everything, cheers"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', "Brilliant, that's everything, cheers"], [94, 'l', 'Ta-ra!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'anything else near miss: the patron only says "ok ta"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'ok ta'], [94, 'l', 'Cheers!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },

  // courteous closings
  {
    // reading: a letter sign-off says goodbye
    name: 'courteous: the last message is a sign-off only ("Kind regards,\\nEleanor")',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes that is all'], [94, 'l', 'Kind regards,\nEleanor']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'courteous, Australian: "Catch ya later!"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes that is all'], [94, 'l', 'Too easy. Catch ya later!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'courteous, non-native: "Thanks for your contact, bye bye"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes that is all'], [94, 'l', 'Thanks for your contact, bye bye']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'courteous near miss: a closing macro without thanks or invitation ("This session is now closed.") and the answer as the last two',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes that is all'], [94, 'l', 'This session is now closed.']],
    exp: some({ courteous: 'fail' }),
  },

  // holds and dismissals
  {
    name: 'hold, British: "Hang on a tick, just checking the catalogue" then 150 s: keep informed fails',
    lines: [Q, HI, YES, [56, 'l', 'Hang on a tick, just checking the catalogue'], [206, 'l', `${BOOK} Does that help?`], [230, 'p', 'yes thats all'], [234, 'l', 'Cheers!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'hold, terse: "sec" then 150 s: keep informed fails',
    lines: [Q, HI, YES, [56, 'l', 'sec'], [206, 'l', `${BOOK} Does that help?`], [230, 'p', 'yes thats all'], [234, 'l', 'bye']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'not a hold, British: "No rush, take your time 😊" then the patron comes back 200 s later: keep informed passes',
    lines: [Q, HI, [50, 'p', 'hang on let me check what my son wants'], [56, 'l', 'No rush, take your time 😊'], [256, 'p', 'he says beginner'], [262, 'l', `${BOOK} Does that help?`], [290, 'p', 'yes thats all'], [294, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'dismissal, formal: "I am afraid you have exceeded the number of questions permitted per session." fails',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'and one on keeping chickens?'], [96, 'l', 'I am afraid you have exceeded the number of questions permitted per session.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'no dismissal: "We\'re closing in 5 minutes so I\'ll need to wrap up; pop back tomorrow from 9am or email ask@samplelibrary.org.uk." passes',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'and one on keeping chickens?'], [96, 'l', "We're closing in 5 minutes so I'll need to wrap up; pop back tomorrow from 9am or email ask@samplelibrary.org.uk and we'll find you one."]],
    exp: some({ dismissal: 'pass' }),
  },

  // near misses guarding this round's widenings
  {
    name: 'near miss: "take the number twelve bus to the community center" is directions, not a referral',
    lines: [Q, HI, YES, [56, 'l', `${BOOK} Central is easy to reach: take the number twelve bus to the community center and walk one block north. Does that help?`], ...END],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "You can email the county archive at archives@samplecounty.gov" is a source (a contact for a referral), not the patron\'s address',
    lines: [Q, HI, YES, [56, 'l', 'You can email the county archive at archives@samplecounty.gov; they hold the beekeepers\' association records. Does that help?'], ...END],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'near miss: "Is this for work or for school?" is a clarifying question, not "does this work?": clarify passes, completeness never asked',
    lines: [Q, [20, 'l', 'Hello, Jo at Sample County Library. Is this for work or for school?'], [50, 'p', 'for work, we keep bees at the farm'], ANS(BOOK), ...END],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  {
    name: 'near miss: "Would a scan of the chapter be sufficient?" asks about something not yet given: completeness fails',
    lines: [Q, HI, YES, ANS(`${BOOK} Would a scan of the first chapter be sufficient?`), ...END],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Is Saturday ok for you?" (a pickup day) is no completeness question',
    lines: [Q, HI, YES, ANS(`${BOOK} I can hold it at the desk. Is Saturday ok for you?`), ...END],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness, British: "Will that do for you?"',
    lines: [Q, HI, YES, ANS(`${BOOK} Will that do for you?`), ...END],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Let me know if you do not have a card yet." asks nothing about what was given',
    lines: [Q, HI, YES, ANS(`${BOOK} Let me know if you do not have a card yet.`), ...END],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "No doubt it will go fast in spring." is no "any more doubts?"; the patron only says "ok"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help? No doubt it will go fast in spring.`), [90, 'p', 'ok'], [94, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "With regards to the fine, it has been waived." as the last message is no sign-off: courteous fails',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'yes. what about my fine?'], [94, 'l', 'With regards to the fine, it has been waived.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "You have exceeded the number of renewals allowed for this item" is about the item: no dismissal',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [90, 'p', 'can i renew my other book again'], [96, 'l', 'You have exceeded the number of renewals allowed for this item, so it needs to come back by Friday. Anything else?'], [120, 'p', 'no'], [124, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "It looks like you\'ve disconnected, so I must end this session." is a notice, not a dismissal',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [200, 'l', 'Are you still there?'], [260, 'l', "It looks like you've disconnected, so I must end this session. Thank you!"]],
    exp: some({ dismissal: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: "I popped out to check the shelf" is the provider: no disconnect notice (idle 204 s)',
    lines: [Q, HI, YES, ANS(`${BOOK} Does that help?`), [200, 'l', "I popped out to check the shelf and it's there. Still with me?"]],
    over: { endAfter: 60 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "Second floor, by the lifts." answers; the provider adds more 150 s later: no wait on the provider',
    lines: [Q, HI, [50, 'p', 'yes. which floor are the animal books on'], [56, 'l', 'Second floor, by the lifts.'], [206, 'l', `${BOOK} Does that help?`], [230, 'p', 'yes thats all'], [234, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss: a heading line "Hours - Central Library" identifies nobody: greeting fails',
    lines: [[0, 'p', 'when are you open on sunday'], [20, 'l', 'Hi!'], [24, 'l', 'Hours - Central Library\nSunday 1-5 pm, see samplelibrary.org/hours. Does that help?'], [60, 'p', 'yes thats all'], [64, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  // (left in v11, fixed in v23 by X1 completeness: "htat" beside "tht / thta / taht")
  {
    // LEFT: two typos in one question ("htat" and "quesiton"). v8 reads a few misspellings of "that" ("taht", "thta",
    // "tht"), but "htat" and a misspelt "question" would need fuzzy matching of every key word (edit distance in the
    // normalisation), not one more family alternative; listing typos one by one would only fit this sentence.
    name: '"Does htat answer your quesiton?"',
    lines: [Q, HI, YES, ANS(`${BOOK} Does htat answer your quesiton?`), ...END],
    exp: some({ complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('eleventh round (K5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K5): provider styles, every check', whole);
describeSessions('eleventh round (K5): provider styles, short cases', short);

describeLeft('eleventh-round-styles', LEFT);
