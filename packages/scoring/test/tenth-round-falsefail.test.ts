/**
 * Tenth round, area (U): FALSE FAILS. Sessions in which the provider DOES every behaviour the rubric asks for,
 * but in words far from the stock ones: greetings and self-identification in indirect forms ("you're through
 * to...", "your librarian tonight is...", "X at your service", a greeting split over two messages, a role only);
 * clarifying questions that are statements with a question tag, choices, guesses to confirm or restatements;
 * hold messages in idioms ("hang tight", "let me have a squiz", "back in a jiffy", "still digging, more
 * coming"); sources given as a database name, a book with its author, a citation, a domain without "http";
 * completeness questions asked in roundabout ways ("Did I cover it?", "Anything in there you can use?");
 * "anything else" offers in varied forms and patrons who say on their own that they are done; courteous
 * closings ("ta-ra", "catch ya later", "pop back anytime"); check-ins and disconnect notices in unusual words;
 * follow-up promises and their times ("I'll circle back", "you'll hear from me before the weekend"); referrals
 * whose contact comes as an Australian short number, a postal box, a street address or a spelled-out e-mail.
 * Voices: terse professionals, very warm chatty providers, older formal ones, British, Canadian, Australian,
 * New Zealand and Irish services, non-native English, scripted openers. Near misses (something close to a
 * behaviour that is not it) sit beside them so the fixes stay honest.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running anything. Readings taken where
 * the text leaves room are said in the case's comment. The timing of hold messages matters in a way that is
 * easy to miss: a hold does not end the provider's turn, so when a hold is followed by the answer and the
 * patron then leaves, the final idle starts at the answer (Terms: "the first provider message after the
 * patron's last visible message that is not a hold message"). A hold the scorer does not recognise moves the
 * start of the final idle back to the hold, and can make the idle checks apply to a provider who did nothing
 * wrong: several whole cases below are built on that (the answer, then a goodbye about 110-170 s later).
 *
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs);
 * the short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong,
 * with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, who, sys, type Key, type St, at, FU_ME, FU_LIB, usual } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const RAJ = who('Raj Patel', 'raj');
const SUE = who('Sue Barrow', 'sue');

export const whole: SessionCase[] = [
  // ---- voices: every phrase-based check in words far from the stock ones ---------------------------------------------------
  {
    name: 'AskAway (UBC): "Thanks for reaching out... you\'re connected with Priyanka", a guess to confirm, "gimme a sec to poke around", CINAHL, "Anything in there you can use?", "What else can I dig up?", "Cheers"',
    lines: [
      [0, 'p', 'hey, I need sources on nurse burnout for my NURS 340 paper, due friday'],
      [24, 'l', "Thanks for reaching out to AskAway! You're connected with Priyanka, a librarian at UBC."],
      [31, 'l', "I'm guessing your instructor wants peer-reviewed research rather than news pieces?"],
      [70, 'p', 'ya peer reviewed, last 5 yrs'],
      [76, 'l', 'Gimme a sec to poke around in the nursing databases.'],
      [150, 'l', 'CINAHL Complete is your best bet: from the Library homepage go to Databases A-Z > C > CINAHL Complete, search burnout AND nurs*, then tick Peer Reviewed and set 2020-2025. I got 412 hits.'],
      [156, 'l', 'Anything in there you can use?'],
      [200, 'p', 'omg yes already found 3 good ones'],
      [205, 'l', 'What else can I dig up for you?'],
      [230, 'p', 'nah, ty!!'],
      [236, 'l', 'Cheers, and good luck with the paper!'],
    ],
    exp: usual(),
  },
  {
    name: 'Leeds (British): "Morning! Gemma here, on the Leeds Libraries enquiry line", "Would you have his date of birth, roughly?", "bear with me a tick whilst I have a rummage", "Does that sort you out?", "Is there owt else...?", "Ta-ra... do pop back"',
    lines: [
      [0, 'p', 'Hello, I am trying to trace my grandad in the 1921 census, he lived in Hunslet'],
      [35, 'l', 'Morning! Gemma here, on the Leeds Libraries enquiry line.'],
      [42, 'l', 'Would you have his date of birth, roughly? Makes the search a lot easier.'],
      [90, 'p', '1898 I think, name was Albert Crowther'],
      [96, 'l', 'Lovely. Bear with me a tick whilst I have a rummage.'],
      [190, 'l', "Findmypast has the 1921 census and it's free on any Leeds library PC, or at home via findmypast.co.uk (pay per view). I can see an Albert Crowther, b. 1898, at 14 Grove Terrace, Hunslet, tailor's cutter."],
      [196, 'l', 'Does that sort you out?'],
      [240, 'p', 'That is him!! Brilliant'],
      [245, 'l', 'Smashing. Is there owt else you want looking into?'],
      [280, 'p', 'No, thanks very much'],
      [285, 'l', 'Ta-ra then, and do pop back if you turn up more Crowthers!'],
    ],
    // "owt else" is Yorkshire for "anything else": the offer is made, in dialect
    exp: usual(),
  },
  {
    name: 'State Library of NSW (Australian): "You\'re through to Ask a Librarian... Bec speaking", "Just so I\'m on the right track...?", "let me have a squiz", "the sort of thing you were chasing?", "Anything more I can hunt down?", "catch ya later"',
    lines: [
      [0, 'p', 'hi im looking for when my great great grandmother arrived in sydney, maybe 1850s'],
      [28, 'l', "G'day! You're through to Ask a Librarian at the State Library of NSW, Bec speaking."],
      [34, 'l', "Just so I'm on the right track: she came out as an assisted immigrant, and it's Sydney rather than Port Phillip you're after?"],
      [80, 'p', 'yes sydney, Bridget Nolan from Cork'],
      [86, 'l', 'Righto, let me have a squiz at the immigration indexes.'],
      [170, 'l', 'Found her, I reckon: the Assisted Immigrants index at mhnsw.au/indexes lists Bridget Nolan, 19, of Co. Cork, arriving on the Lady Kennaway in 1854.'],
      [175, 'l', 'Is that the sort of thing you were chasing?'],
      [210, 'p', 'YES that is her, the ship name is in the family bible'],
      [216, 'l', 'Too easy. Anything more I can hunt down for you?'],
      [240, 'p', 'no'],
      [244, 'l', 'No worries, catch ya later and happy hunting!'],
    ],
    exp: usual(),
  },
  {
    name: 'older formal provider: "You are corresponding with Mrs. Harriet Lowell of the Reference Department", "May I enquire whether...", "Kindly allow me a few minutes", a book with its author, "Does this satisfy your enquiry?", "any further matter", "I bid you good day"',
    lines: [
      [0, 'p', 'Good afternoon. I would like to find the deed for my family farm in Cumberland County, Maine, from about 1880.'],
      [45, 'l', 'Good afternoon. You are corresponding with Mrs. Harriet Lowell of the Reference Department, Portland Public Library.'],
      [52, 'l', 'May I enquire whether you require the original deed itself, or whether a transcription of its contents would serve?'],
      [110, 'p', 'A copy of the original would be ideal, for framing.'],
      [118, 'l', 'Very good. Kindly allow me a few minutes to consult the registry indexes.'],
      [220, 'l', "The matter is treated fully in 'Finding Maine Land Records' by Elizabeth Frost, which we hold in the Portland Room. In short, the Cumberland County Registry of Deeds has scanned its books back to 1760 and they may be searched without charge on its website under Online Search."],
      [228, 'l', 'Does this satisfy your enquiry?'],
      [300, 'p', 'It does indeed. I found Book 472, page 18.'],
      [306, 'l', 'Splendid. Is there any further matter with which I may be of assistance?'],
      [340, 'p', 'No, I am much obliged.'],
      [346, 'l', 'Then I bid you good day, and thank you for writing to us.'],
    ],
    exp: usual(),
  },
  {
    name: 'terse professional: "Hi. Ed, reference desk", "Annual average or a particular month?", a titled table at bls.gov, "That do it?", "Anything more?", "Thx. Bye."',
    lines: [
      [0, 'p', 'need us unemployment rate by state 2023'],
      [15, 'l', 'Hi. Ed, reference desk, Tulsa City-County Library.'],
      [19, 'l', 'Annual average or a particular month?'],
      [40, 'p', 'annual'],
      [44, 'l', '"Unemployment Rates for States, 2023 Annual Averages": bls.gov/lau/lastrk23.htm'],
      [48, 'l', 'That do it?'],
      [70, 'p', 'yep'],
      [72, 'l', 'Anything more?'],
      [90, 'p', 'no'],
      [93, 'l', 'Thx. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'very warm (Pima County): "Hiiii and welcome!! I\'m Lulu, one of the librarians here", a choice of three, "let me go treasure hunting... brb", a book with author, "Does that hit the spot?", "anything else on your party list", "come chat with us anytime"',
    lines: [
      [0, 'p', 'hi! my daughter is turning 15 and we are planning her quince, do you have books on it'],
      [20, 'l', "Hiiii and welcome!! 😊 I'm Lulu, one of the librarians here at Pima County Public Library"],
      [27, 'l', 'Ooh a quince, how exciting!! Are you thinking decorations and themes, the traditions and the ceremony, or more the planning and budget side?'],
      [70, 'p', 'traditions mostly, she wants to know the meaning of everything'],
      [75, 'l', 'Love that. Okay let me go treasure hunting in the catalog for you, brb!'],
      [150, 'l', "Found a gem 💎 'Quinceañera! The Essential Guide to Planning the Perfect Sweet Fifteen Celebration' by Michele Salcedo explains every tradition (the last doll, the shoe change, the waltz). We have 3 copies and you can put one on hold at library.pima.gov"],
      [156, 'l', 'Does that hit the spot, or should I keep looking?'],
      [200, 'p', 'that is perfect!!! putting it on hold now'],
      [205, 'l', 'Yay!! Is there anything else on your party list I can help with?'],
      [230, 'p', 'no, youve been so sweet'],
      [236, 'l', 'Aww! Have the BEST time at the celebration, and come chat with us anytime 💕'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native English (Richmond, BC): "My name is Wei Zhang, I am working as librarian", "Your mom is beginner level, or she knows already some English?", "This information is useful for you or not?", "You have more question for me today?"',
    lines: [
      [0, 'p', 'hello i want english picture dictionary for my mom she is learning english'],
      [40, 'l', 'Hello, good evening. My name is Wei Zhang, I am working as librarian in Richmond Public Library chat.'],
      [48, 'l', 'Your mom is beginner level, or she knows already some English?'],
      [90, 'p', 'beginner, she speaks cantonese'],
      [96, 'l', 'OK I search for you, please wait little.'],
      [170, 'l', "Please look 'Oxford Picture Dictionary, English/Chinese' by Jayme Adelson-Goldstein. In our catalogue we have 4 copy, two at Brighouse branch. You can put hold on yourlibrary.ca."],
      [176, 'l', 'This information is useful for you or not?'],
      [220, 'p', 'very useful thank you'],
      [225, 'l', 'You have more question for me today?'],
      [250, 'p', 'no'],
      [255, 'l', 'Thank you for your question, have nice evening.'],
    ],
    exp: usual(),
  },
  {
    name: 'greeting split over two messages ("Hey there!" then "You\'ve reached the overnight desk at The Seattle Public Library; I\'m Ollie"), "Did I cover it?", "Need help with anything further?"',
    lines: [
      [0, 'p', 'does the library have tax forms'],
      [18, 'l', 'Hey there!'],
      [22, 'l', "You've reached the overnight desk at The Seattle Public Library; I'm Ollie."],
      [30, 'l', "Federal or Washington state? (WA has no income tax, so probably federal, but just checking!)"],
      [60, 'p', 'federal, 1040'],
      [66, 'l', "We don't stock paper 1040s this year, but you can print them at any branch or download them from irs.gov/forms-pubs (search 1040, it's the first hit)."],
      [72, 'l', 'Did I cover it?'],
      [110, 'p', 'yes, will print at the central library'],
      [115, 'l', 'Perfect. Need help with anything further?'],
      [140, 'p', 'nope'],
      [145, 'l', 'Take care, and good luck with the taxes!'],
    ],
    exp: usual(),
  },
  {
    name: 'identification by role and library only ("you\'re chatting with a reference librarian at Toronto Public Library"), "Do you mean...?", "Does that answer it for you?", the patron says "that covers everything"',
    lines: [
      [0, 'p', 'what are the hours for the reference library on yonge st this sunday'],
      [30, 'l', "Good evening, you're chatting with a reference librarian at Toronto Public Library."],
      [36, 'l', 'Do you mean the Toronto Reference Library at Yonge and Bloor?'],
      [60, 'p', 'yes that one'],
      [64, 'l', 'On Sundays from September to June it opens 1:30 to 5 pm. Hours for every branch are on tpl.ca under Branches.'],
      [70, 'l', 'Does that answer it for you?'],
      [100, 'p', 'yes, that covers everything'],
      [105, 'l', 'Enjoy your Sunday visit, and thanks for asking TPL!'],
    ],
    exp: usual(),
  },
  {
    name: 'scripted welcome naming the service, "Your librarian this afternoon is Marisol", "Is this the kind of thing your teacher\'s looking for?", "Come back anytime"',
    lines: [
      [0, 'p', 'i need to find a biography of frida kahlo for 7th grade'],
      [26, 'l', "Welcome to Ask a Librarian! Your librarian this afternoon is Marisol, from the Denver Public Library kids' team."],
      [33, 'l', "Is it for a report that needs a certain number of pages, or just something you'd like to read?"],
      [80, 'p', 'a report, my teacher said at least 100 pages'],
      [86, 'l', "Let me hunt around for one that's long enough."],
      [160, 'l', "'Who Was Frida Kahlo?' by Sarah Fabiny is 112 pages and we have 9 copies. Place a hold at denverlibrary.org/catalog."],
      [166, 'l', "Is this the kind of thing your teacher's looking for?"],
      [210, 'p', 'yes 112 pages works'],
      [214, 'l', 'Anything more for your report I can help with?'],
      [240, 'p', 'no im good'],
      [245, 'l', 'Good luck with the report! Come back anytime.'],
    ],
    exp: usual(),
  },
  {
    name: 'Auckland (NZ): "Kia ora! Aroha here from Auckland Libraries", a restatement "Sounds like what you need is...", "Let me see what I can turn up", Te Ara (a named site), "Will that do the trick?", "Something else I can chase up?"',
    lines: [
      [0, 'p', 'kia ora, need info about the 1918 flu in auckland for my nana, she wants to know how bad it was here'],
      [33, 'l', 'Kia ora! Aroha here from Auckland Libraries, on the Ask Auckland Libraries chat.'],
      [40, 'l', 'Sounds like what you need is something readable about how Auckland itself was hit, rather than the national figures.'],
      [80, 'p', 'yes exactly, she is 90 so nothing too heavy'],
      [86, 'l', 'Let me see what I can turn up.'],
      [170, 'l', "Te Ara, the Encyclopedia of New Zealand, has a gentle illustrated story: teara.govt.nz, search 'influenza pandemic 1918', page 3 is all about Auckland (about 1,100 deaths in the city). We also have 'Black November' by Geoffrey Rice, with lots of photographs."],
      [176, 'l', 'Will that do the trick for your nana?'],
      [220, 'p', 'perfect, she will love the photos'],
      [226, 'l', 'Something else I can chase up for you?'],
      [250, 'p', 'no, that was my only question'],
      [255, 'l', 'Ka kite anō, and thanks for getting in touch!'],
    ],
    // the restatement is a statement ("Sounds like what you need is..."), which RUBRIC.md counts ("restates the question")
    exp: usual(),
  },
  {
    name: 'Dublin (Irish): "Hiya, Siobhán on the Dublin City Libraries chat", "Is it the 1901 or the 1911 one?", "I\'ll have a nose around", "Has that answered it?", "Any other questions rattling around?", "Mind yourself"',
    lines: [
      [0, 'p', 'hiya how would i find my great grandparents in the irish census'],
      [22, 'l', 'Hiya, Siobhán on the Dublin City Libraries chat.'],
      [27, 'l', 'Is it the 1901 or the 1911 one, or both? And do you know the county?'],
      [70, 'p', 'both if poss, they were in kilkenny'],
      [76, 'l', "Grand, I'll have a nose around."],
      [160, 'l', "Both are free on the National Archives site, census.nationalarchives.ie: pick the year, then Kilkenny, then the townland. If you've a surname I can narrow it for you."],
      [166, 'l', 'Has that answered it?'],
      [210, 'p', 'it has thanks a million'],
      [215, 'l', 'Any other questions rattling around?'],
      [240, 'p', 'no'],
      [245, 'l', 'Mind yourself, and thanks a million for getting in touch.'],
    ],
    exp: usual(),
  },
  {
    name: 'Ottawa bilingual scripted opener ("Bonjour / Hello! You\'ve reached InfoService... this is Luc"), "Which branch is handiest for you?", "Does that fit the bill?", the patron "I\'ve got what I came for"',
    lines: [
      [0, 'p', 'can i borrow a telescope from the library'],
      [19, 'l', "Bonjour / Hello! You've reached Ottawa Public Library's InfoService; this is Luc."],
      [25, 'l', 'Which branch is handiest for you? Telescopes sit at a handful of them.'],
      [60, 'p', 'nepean centrepointe'],
      [66, 'l', "Centrepointe has two Orion StarBlast telescopes on a 3-week loan. Search 'telescope kit' in the catalogue at biblioottawalibrary.ca and put a hold on one."],
      [72, 'l', 'Does that fit the bill?'],
      [110, 'p', 'great, ive got what i came for'],
      [115, 'l', 'Clear skies, and merci for chatting with us!'],
    ],
    // "I've got what I came for" says on the patron's own that they are done (anything_else passes without an offer)
    exp: usual(),
  },
  {
    name: 'Texas: "Howdy from the Amarillo Public Library reference desk! Name\'s Wade.", "Y\'all want...?", "Hold that thought while I check", "Any of those look promising?", "Got any other questions for me?"',
    lines: [
      [0, 'p', 'howdy looking for a good book on raising backyard chickens'],
      [30, 'l', "Howdy from the Amarillo Public Library reference desk! Name's Wade."],
      [35, 'l', "Y'all starting from scratch, or do you already have the coop and just want care info?"],
      [75, 'p', 'from scratch, no coop yet'],
      [80, 'l', 'Hold that thought while I check what we have on the shelf.'],
      [160, 'l', "Two good ones in: 'Storey's Guide to Raising Chickens' by Gail Damerow (coop plans in ch. 3), and 'The Backyard Chicken Bible' by Eliza Blank. Both holdable through the catalog on amarillolibrary.org."],
      [166, 'l', 'Any of those look promising?'],
      [200, 'p', 'the storeys one sounds perfect'],
      [205, 'l', 'Got any other questions for me?'],
      [230, 'p', 'nope'],
      [235, 'l', 'Alrighty, happy chicken keeping and thanks for stopping by!'],
    ],
    exp: usual(),
  },
  {
    name: 'Edmonton: "Greetings from the Edmonton Public Library! Tomás at your service", "I take it you\'re looking for a free class?", a statement-restatement, "How\'s that looking on your end?", "Is there more I can help you with?"',
    lines: [
      [0, 'p', 'im new to canada and want to improve my english speaking, are there classes'],
      [20, 'l', 'Greetings from the Edmonton Public Library! Tomás at your service.'],
      [27, 'l', "Welcome to Canada! I take it you're looking for something free, in person rather than online?"],
      [70, 'p', 'yes free, in person, evenings better'],
      [75, 'l', "Ok, so evening conversation practice, no cost, at a branch. Give me a moment to pull up this month's calendar."],
      [150, 'l', "EPL runs free English Conversation Circles on Tuesday and Thursday evenings at Stanley A. Milner and Mill Woods. Register at epl.ca/events, filter by 'Newcomers'."],
      [156, 'l', "How's that looking on your end?"],
      [200, 'p', 'very good, thursday at mill woods is near me'],
      [205, 'l', 'Is there more I can help you with?'],
      [230, 'p', 'no thank you'],
      [235, 'l', 'Enjoy the circle, and we hope to see you again!'],
    ],
    exp: usual(),
  },
  {
    name: 'teen librarian: "hey hey, welcome in! it\'s Jordan, teen librarian at Austin Public Library", "when\'s it due?", a citation as the source, "is that enough to go on?", "later, and good luck!"',
    lines: [
      [0, 'p', 'i need a scholarly article about social media and teen sleep for my AP psych thing'],
      [18, 'l', "hey hey, welcome in! it's Jordan, teen librarian at Austin Public Library 🙂"],
      [22, 'l', "when's it due, and does it have to be a research study or can it be a review?"],
      [60, 'p', 'due thursday, any article as long as its peer reviewed'],
      [66, 'l', 'bet. one sec.'],
      [130, 'l', "this one is open access and peer reviewed: Scott, H., Biello, S. M., & Woods, H. C. (2019). Social media use and adolescent sleep patterns. BMJ Open, 9(9), e031161. there's a free PDF on the journal's site."],
      [136, 'l', "is that enough to go on?"],
      [170, 'p', 'yes thats perfect'],
      [174, 'l', 'anything else you need for it?'],
      [200, 'p', 'nah'],
      [204, 'l', 'later, and good luck on the paper!'],
    ],
    // the citation names a published article (a named resource); "later, and good luck" is a goodbye
    exp: usual(),
  },
  {
    name: 'Glasgow: "Good afternoon and welcome to Glasgow Libraries\' Ask Us", "If I\'ve got this right, you want...", "Just pulling that up now", "Is that along the lines of what you were after?", patron "nothing further"',
    lines: [
      [0, 'p', 'afternoon, looking for the old tram routes in glasgow, 1950s, for a model railway'],
      [36, 'l', "Good afternoon and welcome to Glasgow Libraries' Ask Us service. Fiona speaking."],
      [44, 'l', "If I've got this right, you want maps of the tram routes as they ran in the 1950s, with enough detail to model a stretch."],
      [80, 'p', 'yes, around Partick ideally'],
      [84, 'l', 'Just pulling that up now.'],
      [170, 'l', "The National Library of Scotland's map site, maps.nls.uk, has the 1950s Ordnance Survey 1:1250 sheets for Partick with the tram lines drawn in. Our Mitchell Library also has 'Glasgow Trams' by Ian Stewart with route maps year by year."],
      [176, 'l', 'Is that along the lines of what you were after?'],
      [220, 'p', 'spot on. nothing further, cheers'],
      [225, 'l', 'Cheerio, and good luck with the layout!'],
    ],
    exp: usual(),
  },

  // ---- holds in idioms, where a hold the scorer misses would move the final idle back ---------------------------------------
  {
    name: '"Hang tight, digging through the catalogue": the answer comes 90 s after it, the patron leaves, goodbye 115 s after the answer: idle na (a missed hold would start the idle at the hold)',
    lines: [
      [0, 'p', 'do you have any books on building a cedar strip canoe'],
      [22, 'l', "Hi! You've got Pat at Peterborough Public Library."],
      [28, 'l', 'Are you building from plans, or looking to learn the whole method first?'],
      [60, 'p', 'learn the method, never done it'],
      [66, 'l', "Hang tight, I'm digging through the catalogue."],
      [156, 'l', "'Canoecraft' by Ted Moores is the classic, step by step; two copies at Main. Hold it through the catalogue at ptbolibrary.ca. Is that what you had in mind? And anything else I can find for you?"],
      [271, 'l', "I'll let you get reading; thanks for stopping by!"],
    ],
    exp: usual(),
  },
  {
    name: '"Back in a jiffy!" then the answer 100 s later; no reply; goodbye 110 s after the answer: idle and disconnect na',
    lines: [
      [0, 'p', 'what time does the pool at the rec centre next to the library close'],
      [30, 'l', 'Good morning, Harriet at the Guelph Public Library info desk.'],
      [35, 'l', 'Is that the Victoria Road rec centre?'],
      [70, 'p', 'yes'],
      [75, 'l', 'Back in a jiffy!'],
      [175, 'l', "Victoria Road's pool closes at 9 pm on weekdays; the swim schedule is at guelph.ca/swim. Will that do? Is there anything else?"],
      [285, 'l', 'Have a good swim, bye for now!'],
    ],
    exp: usual(),
  },
  {
    name: '"One tick, just checking with our genealogy bod" (a colleague consulted, no referral), answer 100 s later, goodbye 115 s after it: idle na, referral na',
    lines: [
      [0, 'p', 'do you have parish registers for Ashbourne, Derbyshire'],
      [25, 'l', 'Hello, Derbyshire Libraries here, Ravi speaking.'],
      [30, 'l', 'Baptisms, marriages or burials, and roughly what years?'],
      [70, 'p', 'baptisms 1780s'],
      [76, 'l', 'One tick, just checking with our genealogy bod.'],
      [176, 'l', "Ashbourne baptisms 1780s are on Findmypast's Derbyshire Baptisms set, free on library PCs, and the originals are on microfilm at the Derbyshire Record Office (search 'Ashbourne' at calmview.derbyshire.gov.uk). Did that cover it? Anything more?"],
      [291, 'l', 'Thanks for using the service. Ta-ra!'],
    ],
    // the record office is named as a place holding the film and reached by its catalogue URL; the patron is not
    // told to contact or visit it, so it is a source; the "genealogy bod" is staff consulted: no referral
    exp: usual(),
  },
  {
    name: 'partial result while the search goes on ("Found two so far, still digging, more in a mo") is a hold: the idle starts at the full answer',
    lines: [
      [0, 'p', 'need stats on homelessness in vancouver, for a uni assignment'],
      [24, 'l', "Hi! This is Tamsin from the UBC Library chat reference team."],
      [30, 'l', 'Point-in-time counts, or something on causes and services?'],
      [60, 'p', 'counts, most recent'],
      [65, 'l', 'Found two reports so far, still digging, more in a mo.'],
      [150, 'l', "The 2023 Greater Vancouver Homeless Count report (hsa-bc.ca, Reports) is the latest: 4,821 people counted. Statistics Canada's Everyone Counts tables add the national picture. Anything in there that works? And anything else?"],
      [265, 'l', 'Thanks for chatting, good luck with it!'],
    ],
    exp: usual(),
  },
  {
    name: '"I\'m on it, rummaging through the stacks system now" as the hold; answer 95 s later; goodbye 110 s after it',
    lines: [
      [0, 'p', 'is there a large print copy of lessons in chemistry'],
      [40, 'l', "Hi, you're talking to Gwen at Brampton Library."],
      [45, 'l', 'Just the book, or would the audiobook also do?'],
      [80, 'p', 'large print book only'],
      [84, 'l', "I'm on it, rummaging through the stacks system now."],
      [179, 'l', "Yes: one large print copy of 'Lessons in Chemistry' by Bonnie Garmus at Chinguacousy, on the shelf. Reserve it from bramptonlibrary.ca. Did that get you what you need? Anything else?"],
      [289, 'l', 'Enjoy the book, and thanks for contacting us!'],
    ],
    exp: usual(),
  },
  {
    name: '"Two shakes, let me scoot over to the database" as the hold; answer 100 s later; goodbye 115 s after it',
    lines: [
      [0, 'p', 'how do i look up a company\'s annual report from like 2005'],
      [25, 'l', "Hello, this is Morgan at the Business Library, Brisbane City Council Libraries."],
      [31, 'l', 'Is the company listed on the ASX, or a private one?'],
      [70, 'p', 'asx, qantas'],
      [76, 'l', 'Two shakes, let me scoot over to the database.'],
      [176, 'l', "Connect 4 Annual Reports has Qantas back to 1995; it's under eResources > Business on the library website, log in with your card. Is that what you were after? Anything further?"],
      [291, 'l', 'Thanks for getting in touch, see ya!'],
    ],
    exp: usual(),
  },

  // ---- follow-ups promised in unusual words ------------------------------------------------------------------------------
  {
    name: 'follow-up: "I\'ll circle back once I\'ve been down to the vault; you\'ll hear from me before the weekend", e-mail given and repeated: contact passes, pending',
    lines: [
      [0, 'p', 'Hi, I am looking for photos of the old Birks building on King St in Hamilton, from the 1960s'],
      [30, 'l', "Hello! Thanks for getting in touch with Hamilton Public Library's Local History & Archives; I'm Marta."],
      [38, 'l', 'Are these for personal use, or for publication? It changes what we can send.'],
      [90, 'p', 'personal, my dad worked there'],
      [95, 'l', 'Lovely. Give me a few minutes to dig through our photo index.'],
      [190, 'l', 'Our Preview the Past site (preview.hpl.ca) has two 1964 street views showing the Birks store; search "Birks".'],
      [196, 'l', 'Is that the building you had in mind?'],
      [240, 'p', 'yes but i was hoping for inside photos'],
      [246, 'l', "The interior shots would be in our uncatalogued Spectator negatives, which I can't search from here. I'll circle back once I've been down to the vault; you'll hear from me before the weekend. What's the best email for you?"],
      [290, 'p', 'tomasz.wisniewski@gmail.com'],
      [295, 'l', "Got it: tomasz.wisniewski@gmail.com. Anything else I can look into while I'm at it?"],
      [320, 'p', 'no, thank you so much'],
      [325, 'l', 'My pleasure, talk soon!'],
    ],
    over: { ...FU_ME },
    // "talk soon" is read as a goodbye (a farewell formula); the "when" is "before the weekend"
    exp: followed(),
  },
  {
    name: 'follow-up by phone: "I\'ll go through the logs myself and drop you a line... expect a call from me by Thursday afternoon", number given in the chat',
    lines: [
      [0, 'p', 'hello, my late husband served on HMCS Haida, is there a crew list somewhere'],
      [40, 'l', "Good morning, and thank you for writing to the Halifax Public Libraries reference service. I'm Doug, one of the librarians here."],
      [48, 'l', 'Do you know roughly which years he served? The crew changed a great deal between 1943 and the Korean War.'],
      [110, 'p', '1952 to 1954 I believe, he was a stoker'],
      [116, 'l', "Thank you. Just a moment while I go through what's online."],
      [200, 'l', 'Library and Archives Canada holds the Haida\'s logs for those years; their Collection Search at recherche-collection-search.bac-lac.gc.ca finds them with "HMCS Haida 1953". The logs do not list every stoker, though.'],
      [206, 'l', 'Does that get you started, at least?'],
      [250, 'p', 'I am not very good with computers. Could you look for me?'],
      [258, 'l', "Of course. I'll go through the logs myself and drop you a line with what I find; expect a call from me by Thursday afternoon. What's a good number?"],
      [300, 'p', '902-555-0177, that is my home'],
      [305, 'l', '902-555-0177, got it. Is there anything further I can look into for you?'],
      [330, 'p', 'No dear that is plenty'],
      [336, 'l', "Thank you for your patience, and I'll speak to you Thursday."],
    ],
    over: { ...FU_ME },
    exp: followed(),
  },
  {
    name: 'follow-up by the patron\'s library: "their local history folks will be in touch within three working days", the sign-in e-mail repeated and confirmed; the provider passes the question on (no referral)',
    lines: [
      [0, 'p', 'hi im trying to find out if my house in oak park is a historic landmark and who built it'],
      [35, 'l', "Hi! Thanks for using Ask Illinois; I'm Shreya, a librarian at Skokie Public Library covering the chat tonight."],
      [42, 'l', 'Do you know the year it was built, or just the address?'],
      [90, 'p', 'just the address, 1027 N Grove Ave'],
      [96, 'l', 'Hang on while I take a look at the Oak Park maps.'],
      [180, 'l', "The Village of Oak Park's historic districts map (oak-park.us, Planning > Historic Preservation) shows 1027 N Grove inside the Frank Lloyd Wright-Prairie School of Architecture district."],
      [186, 'l', 'Does that answer the landmark part?'],
      [230, 'p', 'yes! but who built it?'],
      [238, 'l', "That takes the building permit files, which Oak Park Public Library's Special Collections keeps. I'll pass your question to them and their local history folks will be in touch within three working days. Is kim.dl@yahoo.com, the address you signed in with, the right one to use?"],
      [270, 'p', 'yes thats right'],
      [275, 'l', 'Great. Was there anything else?'],
      [300, 'p', 'nope'],
      [305, 'l', 'Thanks for chatting with Ask Illinois, goodnight!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'kim.dl@yahoo.com', phone: null } },
    exp: followed(),
  },
  {
    name: 'follow-up recorded in time: "I\'ll ping you the moment it lands; it\'s usually first thing tomorrow morning", e-mail repeated and confirmed',
    lines: [
      [0, 'p', 'can you find the full text of this article? Okafor, C. (2019). Soil salinity in Sahelian wetlands. J Arid Env 161, 12-20'],
      [20, 'l', "Hey! You're chatting with Ben from the Ask Us team at UC Davis Library."],
      [26, 'l', 'Is the 2019 version the one you need, or would the preprint do?'],
      [60, 'p', 'the published one please'],
      [66, 'l', 'Looking now.'],
      [130, 'l', "We don't subscribe to J Arid Env for 2019, but the accepted manuscript is in eScholarship: escholarship.org, search the title. Is that close enough for now?"],
      [170, 'p', 'I need the published page numbers for my citation'],
      [176, 'l', "Fair. I'll put in an interlibrary loan for the PDF and ping you at the email on your account the moment it lands; it's usually first thing tomorrow morning. That's ckumar@ucdavis.edu, right?"],
      [210, 'p', 'yep'],
      [214, 'l', 'Cool. Anything else on your list?'],
      [240, 'p', 'no'],
      [244, 'l', 'Later, take it easy!'],
    ],
    over: { ...FU_ME, patron: { name: 'C. Kumar', email: 'ckumar@ucdavis.edu', phone: null }, followUps: [{ doneAt: at(244 + 20 * 3600), by: 'jo' }] },
    exp: followed({ onTime: 'pass' }),
  },
  {
    name: 'follow-up: "Leave it with me... I\'ll send what I find your way by end of day Wednesday", e-mail in the chat',
    lines: [
      [0, 'p', 'Hello. I need the minutes of the town council meeting where they approved the skate park, 2016 or 2017'],
      [30, 'l', "Good afternoon, you've reached Rachel at the Fremantle City Library information desk."],
      [37, 'l', 'Would the agenda item number or the meeting date be known to you, or only the topic?'],
      [80, 'p', 'only the topic'],
      [86, 'l', 'Let me have a look through the council site.'],
      [170, 'l', "The council's minutes archive at fremantle.wa.gov.au (Council > Meetings > Minutes) goes back to 2014, but it isn't word-searchable before 2018. Does that get you somewhere?"],
      [220, 'p', 'sort of, i dont have time to read two years of minutes'],
      [227, 'l', "Understood. Leave it with me: I'll read through the 2016-17 minutes and send what I find your way by end of day Wednesday. Where should I send it?"],
      [260, 'p', 'j.okonjo@iinet.net.au'],
      [265, 'l', 'j.okonjo@iinet.net.au, noted. Anything else while I have you?'],
      [290, 'p', 'no thats all'],
      [295, 'l', 'Cheers, speak Wednesday!'],
    ],
    over: { ...FU_ME },
    exp: followed(),
  },
  {
    name: 'near miss: "I\'ll circle back once I\'ve heard from the archivist" with no time at all: followup.contact fails',
    lines: [
      [0, 'p', 'do you have the yearbook for Central High 1972'],
      [25, 'l', "Hi, this is Lena on the Ask a Librarian chat for Kalamazoo Public Library."],
      [30, 'l', 'Is that Kalamazoo Central?'],
      [60, 'p', 'yes'],
      [66, 'l', "Our catalog (kpl.gov) lists Kalamazoo Central yearbooks, but 1972 is marked 'in processing'. Does that help at all?"],
      [100, 'p', 'not really i need to see it'],
      [106, 'l', "I'll circle back once I've heard from the archivist about it. Is rj.hollis@gmail.com the best email?"],
      [130, 'p', 'yes'],
      [134, 'l', 'Anything else?'],
      [150, 'p', 'no'],
      [154, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME },
    exp: followed({ contact: 'fail' }),
  },

  // ---- referrals with contact given in unusual ways ----------------------------------------------------------------------
  {
    name: 'referral to the Archives of Ontario: "give the Archives a ring on 416-327-1600 or drop in at 134 Ian Macdonald Blvd"; "How does that sound? Does it give you a path forward?"',
    lines: [
      [0, 'p', 'hi, how do i get my grandfathers 1930s divorce file, it was in Toronto'],
      [40, 'l', "Hello, Nadia here at the Toronto Public Library's Answerline."],
      [47, 'l', 'Was the divorce granted in Ontario, as far as you know? Before 1931 they went through Parliament in Ottawa instead.'],
      [100, 'p', '1936 in toronto'],
      [106, 'l', "Then it's an Ontario court file. One moment while I check which archive holds 1936."],
      [180, 'l', "Supreme Court of Ontario divorce files from the 1930s are at the Archives of Ontario. They can't be searched online, so give the Archives a ring on 416-327-1600 or drop in at 134 Ian Macdonald Blvd, Toronto, with his name and the year. Their research guide on divorce records (archives.gov.on.ca, search 'divorce') lists what to bring."],
      [186, 'l', 'How does that sound? Does it give you a path forward?'],
      [230, 'p', 'yes thats very clear thank u'],
      [234, 'l', 'Any other questions I can help you with?'],
      [260, 'p', 'no'],
      [265, 'l', 'Best of luck with the search, and come back anytime!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'referral by post: "your best bet is to write to the Office of the Registrar General, PO Box 4600, Thunder Bay ON P7B 6L8"',
    lines: [
      [0, 'p', 'how can i get my mothers death certificate, she died in sudbury in 1988, i live in the US now'],
      [35, 'l', "Good evening, this is Claire with Greater Sudbury Public Library's Ask Us."],
      [42, 'l', 'Do you need the certified certificate for legal purposes, or just the information on it?'],
      [90, 'p', 'certified, for the estate'],
      [96, 'l', 'One moment while I confirm the current process.'],
      [180, 'l', "Certified Ontario death certificates come only from ServiceOntario. Since you're abroad, your best bet is to write to the Office of the Registrar General, PO Box 4600, 189 Red River Road, Thunder Bay ON P7B 6L8, with the form from ontario.ca/page/get-or-replace-ontario-death-certificate."],
      [186, 'l', 'Is that what you needed?'],
      [230, 'p', 'yes it is'],
      [235, 'l', 'Can I help with anything else tonight?'],
      [260, 'p', 'no, thanks'],
      [265, 'l', "You're welcome. My condolences, and take care."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'referral by e-mail in the UK: "the Manuscripts team there are happy to help by email, enquiries@nls.uk"',
    lines: [
      [0, 'p', 'Is there anywhere that has letters from Robert Louis Stevenson, I want to see one in person'],
      [28, 'l', 'Hello, Callum here from Edinburgh Libraries, welcome to the chat.'],
      [34, 'l', 'Are you able to travel to Edinburgh, or were you hoping for something nearer?'],
      [70, 'p', 'I live in Leith so Edinburgh is fine'],
      [75, 'l', "Perfect. The National Library of Scotland holds a big Stevenson collection, searchable in their manuscripts catalogue at manuscripts.nls.uk. To see one in person you'll need to book, so drop the Manuscripts team a note at enquiries@nls.uk with the item numbers."],
      [82, 'l', 'Would that work for you?'],
      [120, 'p', 'that works, thanks'],
      [125, 'l', 'Anything else I can help with?'],
      [150, 'p', "no that's everything"],
      [155, 'l', 'Enjoy your visit, and thanks for using the service.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'referral to the City Clerk with a street address and room ("pop into the City Clerk at 200 E Wells St, Room 205")',
    lines: [
      [0, 'p', 'where do i get a copy of a city ordinance from 1970s milwaukee, about alley parking'],
      [30, 'l', 'Hi! Librarian Dee here, Milwaukee Public Library Central reference.'],
      [36, 'l', 'Do you know the ordinance number, or just the subject and rough year?'],
      [80, 'p', 'subject only, maybe 1974'],
      [86, 'l', "Let me poke around the Legislative Reference Bureau pages."],
      [170, 'l', "The Common Council proceedings for 1974 are in our Municipal Reference collection (catalog at mpl.org, search 'Proceedings of the Common Council 1974'). For a certified copy of the ordinance itself, pop into the City Clerk's office at 200 E Wells St, Room 205, weekdays 8-4:45."],
      [176, 'l', 'Is that what you needed?'],
      [210, 'p', 'yes perfect'],
      [214, 'l', 'Need a hand with anything else?'],
      [240, 'p', 'no ty'],
      [244, 'l', 'Have a good one, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'near miss: "have a word with the folks at the Historical Society" with no contact: referral fails (everything else in unusual words passes)',
    lines: [
      [0, 'p', 'when was the covered bridge on route 9 built'],
      [25, 'l', 'Hey, Sam here at the Brattleboro library chat.'],
      [30, 'l', 'The one over the West River, or the one in Guilford?'],
      [60, 'p', 'west river'],
      [66, 'l', "'Vermont's Covered Bridges' by Joseph Nelson says 1872 (p. 88); we have it in the Vermont Room. For the builder's papers, have a word with the folks at the Historical Society of Windham County."],
      [72, 'l', 'Did that do it?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Anything else I can help you find?'],
      [130, 'p', 'no'],
      [134, 'l', 'Cheers!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- idle check-ins and disconnect notices in unusual words -----------------------------------------------------------
  {
    name: 'final idle 200 s: "Still with me?" at 130 s, then "Looks like we\'ve lost you, so I\'ll wrap this chat up now. Pop back anytime!": both pass',
    lines: [
      [0, 'p', 'hi what is the loan period for dvds'],
      [24, 'l', 'Hi, Joy from the Winnipeg Public Library chat here.'],
      [30, 'l', 'Regular DVDs or the "Express" ones?'],
      [60, 'p', 'regular'],
      [65, 'l', 'Regular DVDs go out for 3 weeks, renewable twice; the full list is at wpl.winnipeg.ca under Borrowing. Did that answer it? Anything else?'],
      [195, 'l', 'Still with me?'],
      [265, 'l', "Looks like we've lost you, so I'll wrap this chat up now. Pop back anytime!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'final idle 190 s: "Did I lose you?" then "Seems the connection dropped on your end, so I\'m closing this session. Take care!"',
    lines: [
      [0, 'p', 'how do i download audiobooks'],
      [20, 'l', 'Hello! Aiden at Calgary Public Library here.'],
      [25, 'l', 'Android, iPhone or computer?'],
      [50, 'p', 'iphone'],
      [56, 'l', "Get the Libby app from the App Store, add Calgary Public Library, and sign in with your card. The step-by-step is at calgarylibrary.ca/libby. Is that what you needed? Anything else?"],
      [186, 'l', 'Did I lose you?'],
      [246, 'l', "Seems the connection dropped on your end, so I'm closing this session. Take care!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'final idle 210 s: "Are you still on the line?" then "It appears you\'ve left the chat, so I\'ll be ending it now. Thanks for visiting!"',
    lines: [
      [0, 'p', 'is the library open on good friday'],
      [20, 'l', 'Good morning, this is Maeve with Cork City Libraries.'],
      [26, 'l', 'Which branch do you use?'],
      [60, 'p', 'douglas'],
      [64, 'l', 'All Cork City branches are closed on Good Friday and Easter Sunday; holiday hours are at corkcitylibraries.ie/opening-hours. Does that help? Anything else at all?'],
      [194, 'l', 'Are you still on the line?'],
      [274, 'l', "It appears you've left the chat, so I'll be ending it now. Thanks for visiting!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'one message does both: "Haven\'t heard back, are you still there? If not, it seems you\'ve been disconnected and I\'ll close this chat shortly" (no goodbye: the idle runs to the end)',
    lines: [
      [0, 'p', 'do you have passport photo service'],
      [30, 'l', 'Hi there, Rob from the Austin Public Library answering.'],
      [35, 'l', 'Do you need photos only, or the application too?'],
      [70, 'p', 'photos only'],
      [75, 'l', "We don't take passport photos, sorry. The State Department lists where to get them at travel.state.gov (Passports > Photos), and most pharmacies do them. Thanks for your patience! Does that help, and anything else?"],
      [210, 'l', "Haven't heard back, are you still there? If not, it seems you've been disconnected and I'll close this chat shortly."],
      [270, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    // "Thanks for your patience!" in the answer message thanks the patron, and it is one of the last two provider messages
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'non-native check-in and notice: "You are still here?" then "I think maybe you are gone, so I finish the chat now. Thank you, come again!"',
    lines: [
      [0, 'p', 'do you have korean books'],
      [30, 'l', 'Hello! My name is Ji-woo, I am librarian at Burnaby Public Library.'],
      [36, 'l', 'For adult or for children?'],
      [70, 'p', 'adult novels'],
      [76, 'l', "Yes, Metrotown branch has about 2,000 Korean books. You search in catalogue at bpl.bc.ca and choose language 'Korean'. It is helpful? You need anything else?"],
      [206, 'l', 'You are still here?'],
      [276, 'l', 'I think maybe you are gone, so I finish the chat now. Thank you, come again!'],
    ],
    // "I think maybe you are gone" tells the patron they seem to have disconnected (reading: being gone from the chat)
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"Anybody home?" check-in and "You may have been cut off, so I\'m signing off this chat. Cheers!"',
    lines: [
      [0, 'p', 'whats the wifi password at the ballarat library'],
      [22, 'l', 'Hiya, Nick here at Ballarat Libraries.'],
      [27, 'l', 'Are you at the Central library or Wendouree?'],
      [50, 'p', 'central'],
      [55, 'l', "There's no password: join 'CoB-Free-WiFi' and accept the terms. Details at ballarat.vic.gov.au/libraries/wifi. That work for you? Anything else?"],
      [185, 'l', 'Anybody home?'],
      [245, 'l', "You may have been cut off, so I'm signing off this chat. Cheers!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: "Have you stepped away?" at 130 s and the session just ends at 200 s: check-in passes, disconnect fails; courteous fails (no thanks, goodbye or invitation in the last two)',
    lines: [
      [0, 'p', 'need the phone number for the bookmobile'],
      [20, 'l', 'Hi, Lou from the Salt Lake County Library chat.'],
      [26, 'l', 'Which stop are you near?'],
      [50, 'p', 'magna'],
      [55, 'l', 'The bookmobile schedule and its direct line are at slcolibrary.org/bookmobile; the Magna stop is Tuesdays 3-5. Does that get you what you need? Anything else?'],
      [185, 'l', 'Have you stepped away?'],
    ],
    over: { endAfter: 70 },
    exp: usual({ idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: 'near miss: "Looks like you\'ve disconnected" with no question: the check-in fails, the notice passes',
    lines: [
      [0, 'p', 'can i return books at a different branch'],
      [25, 'l', 'Hello, this is Priti with Mississauga Library.'],
      [30, 'l', 'Which branch did you borrow them from?'],
      [60, 'p', 'central'],
      [64, 'l', 'Yes, any Mississauga branch takes returns; the drop-box hours are on mississauga.ca/library. Is that what you were after? Anything else?'],
      [254, 'l', "Looks like you've disconnected, so I'll close the chat. Thanks for contacting us!"],
    ],
    exp: usual({ idle: 'fail', disconnect: 'pass' }),
  },

  // ---- transfers announced in unusual words -------------------------------------------------------------------------------
  {
    name: 'transfer: "I\'m going to hand you over to Raj, our business whiz; he\'ll take it from here", note says why',
    lines: [
      [0, 'p', 'I want to start a food truck in Columbus, where do I find market research'],
      [30, 'l', "Hi! This is Ana on the Columbus Metropolitan Library chat."],
      [36, 'l', 'Are you looking for customer demographics, competitor info, or the licensing side?'],
      [80, 'p', 'demographics and competitors'],
      [88, 'l', "I'm going to hand you over to Raj, our business whiz; he'll take it from here. Stay put!"],
      [92, 'i', 'Raj, food truck market research (demographics + competitors) for Columbus, you know the business databases better than me.', { to: 'raj' }],
      [95, 's', 'Chat transferred to Raj Patel', sys('transfer', 'raj')],
      [140, 'l', "Hi, Raj here. ReferenceUSA (Data Axle) lists every food truck licensed in Franklin County, and SimplyAnalytics maps demographics by neighbourhood; both under Research > Business at columbuslibrary.org with your card.", RAJ],
      [146, 'l', 'Does that give you a good starting point?', RAJ],
      [190, 'p', 'yes this is great'],
      [195, 'l', 'Anything else I can help with on the business plan?', RAJ],
      [220, 'p', 'no'],
      [225, 'l', 'Good luck with the truck, and thanks for chatting!', RAJ],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer: "Let me bring in my colleague Sue, who knows the law collection inside out", note says why',
    lines: [
      [0, 'p', 'hi i need the small claims forms for ontario and how to fill them out'],
      [25, 'l', "Hello, you're chatting with Ken at Windsor Public Library."],
      [32, 'l', 'Is this to start a claim, or to respond to one?'],
      [70, 'p', 'start one, a contractor owes me money'],
      [76, 'l', "Let me bring in my colleague Sue, who knows the law collection inside out. She'll be with you in a moment."],
      [80, 'i', 'Sue, small claims (plaintiff), Ontario forms + how-to; legal info is your area.', { to: 'sue' }],
      [83, 's', 'Chat transferred to Sue Barrow', sys('transfer', 'sue')],
      [130, 'l', "Hi, Sue here. Form 7A (Plaintiff's Claim) is at ontariocourtforms.on.ca, and Steps to Justice has a plain-language walkthrough at stepstojustice.ca, search 'small claims'.", SUE],
      [136, 'l', 'Does that cover what you needed?', SUE],
      [180, 'p', 'yes, perfect'],
      [185, 'l', 'Anything further I can help with?', SUE],
      [210, 'p', 'no'],
      [215, 'l', 'Good luck with it, take care!', SUE],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- more clarifying and completeness forms ----------------------------------------------------------------------------
  {
    name: 'clarify by restatement as a plain statement ("So the goal is a picture book that explains a new baby to a 3-year-old."), completeness "Was that useful?"',
    lines: [
      [0, 'p', 'my son is 3 and we are having a baby in june, he doesnt understand, any books'],
      [25, 'l', 'Hello and congratulations! Hannah here, children\'s librarian at Nashville Public Library.'],
      [31, 'l', 'So the goal is a picture book that explains a new baby to a 3-year-old.'],
      [60, 'p', 'yes'],
      [66, 'l', "'I'm a Big Brother' by Joanna Cole and 'Peter's Chair' by Ezra Jack Keats are favourites; both are in the catalog at library.nashville.org."],
      [72, 'l', 'Was that useful?'],
      [110, 'p', 'very! thanks'],
      [115, 'l', 'Is there anything else I can help you find?'],
      [140, 'p', 'no'],
      [145, 'l', 'Congratulations again, and happy reading!'],
    ],
    // "happy reading" is read as a farewell; "Congratulations again" is not a thanks; the courteous reading rests on the farewell
    exp: usual(),
  },
  {
    name: 'clarify as a question tag ("You\'ll want the full text, I assume?"), database by name (JSTOR), "Are we good on that one?"',
    lines: [
      [0, 'p', 'i need articles on the harlem renaissance and jazz'],
      [20, 'l', 'Hi there! Nate, research librarian at Howard University Libraries.'],
      [25, 'l', "You'll want the full text, I assume?"],
      [50, 'p', 'yes full text'],
      [55, 'l', 'JSTOR is the place: search "Harlem Renaissance" AND jazz, then limit to Articles and tick "Content I can access". It\'s under Databases on the library homepage.'],
      [61, 'l', 'Are we good on that one?'],
      [100, 'p', 'yep'],
      [104, 'l', 'Any other questions?'],
      [120, 'p', 'no'],
      [124, 'l', 'Take it easy, and come see us again.'],
    ],
    exp: usual(),
  },
  {
    name: 'clarify by a statement asking for detail ("Tell me a little more about the project, and I\'ll aim you at the right stuff.") and "Let me know if that\'s what you\'re after" as the completeness question',
    lines: [
      [0, 'p', 'i need info about the great depression'],
      [30, 'l', 'Hello! Casey at Tacoma Public Library here.'],
      [36, 'l', "Tell me a little more about the project, and I'll aim you at the right stuff."],
      [80, 'p', 'its a 5 page paper on how the depression hit farmers in washington state'],
      [86, 'l', "'Washington: A History of the Evergreen State' by Robert Ficken has a chapter on it, and HistoryLink.org has an essay, 'Great Depression in Washington State'. Let me know if that's what you're after."],
      [130, 'p', 'yes that is perfect'],
      [135, 'l', 'Anything else I can help with?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thanks for chatting, good luck!'],
    ],
    // reading taken: "Tell me a little more about the project" asks the patron about the need (a request for information is
    // asking, RUBRIC.md's "asks the patron at least one question about the need"); "Let me know if that's what you're
    // after" asks, indirectly, whether the information given meets the need
    exp: usual(),
  },
  {
    name: 'completeness as "Does that get you where you need to be?", source a guide ("our Patents LibGuide, under Research Guides")',
    lines: [
      [0, 'p', 'how do i search if my invention is already patented'],
      [28, 'l', 'Hi, I\'m Grant, engineering librarian at Purdue Libraries; welcome to Ask a Librarian.'],
      [34, 'l', 'Is it a US patent search you need, or worldwide?'],
      [70, 'p', 'us for now'],
      [76, 'l', "Start with our Patents LibGuide (library homepage > Research Guides > Patents & Trademarks): step 2 walks through the USPTO's Patent Public Search with classification codes."],
      [82, 'l', 'Does that get you where you need to be?'],
      [120, 'p', 'i think so'],
      [125, 'l', 'Anything else I can help you track down?'],
      [150, 'p', 'not now'],
      [155, 'l', 'Good luck with the invention. Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'completeness as "Did that clear things up?", anything else as "Is that everything for today?"',
    lines: [
      [0, 'p', 'whats the difference between a library card and an e-card'],
      [22, 'l', 'Good afternoon from the Brooklyn Public Library! Devon here.'],
      [28, 'l', 'Do you live, work or go to school in New York State?'],
      [50, 'p', 'i live in queens'],
      [56, 'l', 'Then you can get either. The e-card is for online resources only (ebooks, databases); the full card also borrows physical items. Both are explained at bklynlibrary.org/card.'],
      [62, 'l', 'Did that clear things up?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Is that everything for today?'],
      [130, 'p', 'yep'],
      [134, 'l', 'Enjoy your new card!  Thanks for reaching out.'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron says done in their own way ("that\'s me sorted, no more q\'s") with no offer from the provider: anything_else passes',
    lines: [
      [0, 'p', 'do u have the new jilly cooper'],
      [30, 'l', 'Hello! Jen, Hampshire Libraries, here to help.'],
      [35, 'l', 'Book or audiobook?'],
      [60, 'p', 'book'],
      [65, 'l', "Yes, 'Tackle!' by Jilly Cooper, 14 copies, reservations open in the catalogue at hants.gov.uk/librariesonline. Would that suit?"],
      [100, 'p', "perfect that's me sorted, no more q's"],
      [105, 'l', 'Enjoy! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    name: 'greeting through thanks ("Thank you for contacting KnowItNow, my name is Joan and I\'ll be helping you today"), "Would that suit?"',
    lines: [
      [0, 'p', 'looking for cookbooks for diabetics'],
      [42, 'l', "Thank you for contacting KnowItNow. My name is Joan and I'll be helping you today."],
      [50, 'l', 'Type 1 or type 2? And are you looking for meal plans or recipes?'],
      [90, 'p', 'type 2, recipes'],
      [96, 'l', "The American Diabetes Association's 'The Diabetes Cookbook' (2018) has 300 recipes and is in CLEVNET's catalog at clevnet.org; diabetesfoodhub.org has free ones too."],
      [102, 'l', 'Would that suit?'],
      [140, 'p', 'yes'],
      [145, 'l', 'Can I be of any further assistance?'],
      [170, 'p', 'no'],
      [175, 'l', 'Thanks again for using KnowItNow, be well.'],
    ],
    exp: usual(),
  },
  {
    name: 'a source as steps on a named web page without a URL ("on the council website go to Bins > Collection days and type your postcode")',
    lines: [
      [0, 'p', 'when do they collect the green bins in my street'],
      [20, 'l', 'Hi, Ayesha here from Bristol Libraries, answering for the council\'s Ask Us chat.'],
      [26, 'l', "Do you have your postcode handy? I'll show you where to put it."],
      [50, 'p', 'bs5 6xx'],
      [56, 'l', "On the Bristol City Council website go to Bins and recycling > Check your collection day, then type BS5 6XX: it'll list green bin days for your street."],
      [62, 'l', 'Did that do the job?'],
      [100, 'p', 'yes thursday, thanks'],
      [104, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [124, 'l', 'Cheers, ta-ra!'],
    ],
    exp: usual(),
  },
  {
    name: 'a polite wrap-up in unusual words that is allowed ("a queue building up, so I\'ll have to leave it there, but pop back in later and we\'ll pick it up")',
    lines: [
      [0, 'p', 'can you help me write my whole family tree'],
      [25, 'l', 'Hello, Bea here at the Auckland Libraries research centre chat.'],
      [30, 'l', 'How far back have you got already, and which side of the family?'],
      [70, 'p', 'only my grandparents, dads side'],
      [76, 'l', "A good first step is the free Births, Deaths & Marriages historical search at bdmhistoricalrecords.dia.govt.nz: put in your grandparents' names to get their parents. Does that get you moving?"],
      [120, 'p', 'yes but can you do the rest with me'],
      [126, 'l', "I'd love to, but there's a queue building up, so I'll have to leave it there for now; pop back in later, or book a free session with our family history team at aucklandlibraries.govt.nz/family-history, and we'll pick it up from where you are. Anything else quick before I go?"],
      [160, 'p', 'no thats ok'],
      [165, 'l', 'Thanks for understanding, and happy hunting!'],
    ],
    // the provider ends for other patrons waiting (a queue) and offers a way back: passes no_dismissal (the seed allows it);
    // "book a free session with our family history team at <URL>" sends the patron to the provider's own library's team to
    // contact with a URL, so it is a referral that passes
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'guess to confirm as a statement with "right?" ("You\'re after the dates for the county fair this year, right?")',
    lines: [
      [0, 'p', 'fair dates'],
      [20, 'l', 'Hello! Mia at Puyallup Public Library.'],
      [24, 'l', "You're after the dates for the Washington State Fair this year, right?"],
      [50, 'p', 'ya'],
      [54, 'l', 'It runs Sept 5-21 this year; tickets and dates are on thefair.com.'],
      [58, 'l', 'Anything else I can look up? And did that answer it?'],
      [90, 'p', 'no thats it'],
      [94, 'l', 'Have fun at the fair!'],
    ],
    // "Have fun at the fair!" is read as a farewell (says goodbye in other words)
    exp: usual(),
  },
  {
    name: 'Welsh bilingual opener ("Shwmae! Hello from Cardiff Libraries, Sian speaking"), clarifying choice, "Is that the ticket?"',
    lines: [
      [0, 'p', 'do you have welsh for beginners classes'],
      [25, 'l', 'Shwmae! Hello from Cardiff Libraries, Sian speaking.'],
      [30, 'l', 'Online or in a library, do you think? And daytime or evening?'],
      [70, 'p', 'evening in person'],
      [76, 'l', "Learn Welsh Cardiff runs evening Mynediad (entry) classes at Canolfan Y Llyfrgell; the timetable and booking are on learnwelsh.cymru, search 'Cardiff Mynediad'."],
      [82, 'l', 'Is that the ticket?'],
      [120, 'p', 'yes thanks'],
      [124, 'l', 'Anything else I can help with?'],
      [150, 'p', 'na'],
      [154, 'l', 'Diolch, hwyl fawr!'],
    ],
    // "Diolch, hwyl fawr!" is Welsh for "thanks, goodbye": the closing is in Welsh
    exp: usual(),
  },
  {
    name: 'follow-up by the patron\'s library in roundabout words: "the branch manager will give you a bell", "within 48 hours", phone confirmed; completeness "Any good so far?"',
    lines: [
      [0, 'p', 'i want to book the community room at the library for a meeting in april'],
      [30, 'l', "Hello, Dom here on the Kent Libraries Ask a Librarian service."],
      [36, 'l', 'Which library, and roughly how many people?'],
      [70, 'p', 'tonbridge, about 20'],
      [76, 'l', "Tonbridge's room seats 30; prices and the booking form are at kent.gov.uk/libraries > Room hire. Any good so far?"],
      [110, 'p', 'yes but the form wont let me pick april'],
      [116, 'l', "April isn't open online yet, so I'll pass your request to Tonbridge; the branch manager will give you a bell within 48 hours to sort a date. What number should they use?"],
      [150, 'p', '07700 900123'],
      [155, 'l', '07700 900123, lovely. Anything else?'],
      [170, 'p', 'no'],
      [175, 'l', 'Thanks, bye now!'],
    ],
    over: { ...FU_LIB },
    exp: followed(),
  },
  // (left in v10, passes in v23: "ring Service NSW on 13 77 88" reads as a referral with its phone)
  {
    name: 'Australian short number: "ring Service NSW on 13 77 88" is a phone; "That get you sorted?", "Cheers, have a good arvo"',
    lines: [
      [0, 'p', 'hey how do i get a copy of my birth cert, born in newcastle nsw'],
      [25, 'l', 'Hi there, Kylie from the Newcastle Libraries info desk here :)'],
      [30, 'l', "Is it your own certificate or someone else's? The rules differ a bit."],
      [60, 'p', 'my own'],
      [66, 'l', "Easy then. Apply online through the NSW Registry of Births Deaths & Marriages page on nsw.gov.au (search 'birth certificate'), or if you'd rather do it over the phone, ring Service NSW on 13 77 88."],
      [72, 'l', 'That get you sorted?'],
      [100, 'p', 'yep sorted'],
      [104, 'l', 'Something else I can chase up for you?'],
      [130, 'p', 'nah all good'],
      [134, 'l', 'Cheers, have a good arvo!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

// ---- short cases: one phrasing each -----------------------------------------------------------------------------------------
const START: [number, 'p' | 'l', string][] = [
  [0, 'p', 'hi, is there a book about the history of our lighthouse'],
  [25, 'l', 'Hi, Jo at the Harbour Public Library here. Which lighthouse do you mean?'],
  [60, 'p', 'the one on point lepreau'],
];

export const short: SessionCase[] = [
  {
    name: 'greeting: "Evening! Ask Us 24/7 here, Dana on the keyboard" greets and names the service and the person',
    lines: [
      [0, 'p', 'do you have ebooks in french'],
      [20, 'l', 'Evening! Ask Us 24/7 here, Dana on the keyboard.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss greeting: "Hey there! What can I do for you?" then an answer: a greeting but no one identified (screen name only)',
    lines: [
      [0, 'p', 'do you have ebooks in french'],
      [20, 'l', 'Hey there! What can I do for you?'],
      [40, 'l', 'We have some 2,000 French ebooks in Libby.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss greeting: "This is the library\'s chat service." names the service but never greets',
    lines: [
      [0, 'p', 'do you have ebooks in french'],
      [20, 'l', "This is the Fredericton Public Library's chat service."],
      [40, 'l', 'Our French ebooks are in the catalogue under Language: French.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'hold: "Let me consult the index, won\'t be a tick" then the answer 90 s later and a goodbye 115 s after: idle na',
    lines: [
      ...START,
      [66, 'l', "Let me consult the index, won't be a tick."],
      [156, 'l', "'Lights of the Fundy Shore' by Kathy Brown has a chapter on Point Lepreau; it's in the catalogue. Any use? Anything else?"],
      [271, 'l', 'Thanks for stopping in, bye!'],
    ],
    exp: some({ idle: 'na', disconnect: 'na', informed: 'pass' }),
  },
  {
    name: 'hold: "Working on it!" then the answer 100 s later and a goodbye 110 s after: idle na',
    lines: [
      ...START,
      [66, 'l', 'Working on it!'],
      [166, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Is that what you needed? Anything else?"],
      [276, 'l', 'Thanks for stopping in, bye!'],
    ],
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'near miss hold: "Take all the time you need to read through it" is not a hold: the idle starts at it and passes the limits',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Take all the time you need to read through it. Did that help?"],
      [250, 'l', 'Bye for now!'],
    ],
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'completeness: "Did I hit the mark?" after the source',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did I hit the mark?"],
      [100, 'p', 'yes'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'completeness: "How did that work out for you?" after the source',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue at saintjohnlibrary.ca."],
      [100, 'p', 'ok let me look'],
      [160, 'p', 'found it'],
      [165, 'l', 'How did that work out for you?'],
      [200, 'p', 'good'],
      [204, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss completeness: "Would a scan of the chapter be what you need?" before anything is given, and nothing after',
    lines: [
      ...START,
      [66, 'l', 'Would a scan of the chapter be what you need?'],
      [100, 'p', 'yes'],
      [106, 'l', "'Lights of the Fundy Shore' by Kathy Brown, chapter 6, is in the catalogue at saintjohnlibrary.ca; I've requested the scan."],
      [130, 'p', 'ok thanks'],
      [134, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'anything else: "What other questions can I answer for you?"',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [100, 'p', 'yes'],
      [104, 'l', 'What other questions can I answer for you?'],
      [130, 'p', 'none'],
      [134, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'anything else: "Should I look into anything more while we\'re here?"',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [100, 'p', 'yes'],
      [104, 'l', "Should I look into anything more while we're here?"],
      [130, 'p', 'no'],
      [134, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss anything else: the patron only says "ok cheers" and the provider never offers more',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [100, 'p', 'ok cheers'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron: "that was the only thing I needed to know" (done, explicitly)',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [100, 'p', 'yes, that was the only thing I needed to know'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'courteous: "Don\'t be a stranger!" invites the patron back',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', "Don't be a stranger!"],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'courteous: "Much obliged for your patience, all the best"',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Much obliged for your patience, all the best.'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss courteous: "This chat will now be closed." announces the end only',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'This chat will now be closed.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'referral: "ring the Museum\'s curator on (506) 643-2300" passes; the book is the source',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it. For the keepers' logbooks, ring the New Brunswick Museum's curator on (506) 643-2300. Did that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'referral: an e-mail spelled out to dodge spam filters ("specialcollections at unb dot ca")',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it. For the original photos, email the UNB Archives team at archives at unb dot ca. Did that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    // reading taken: an address spelled "name at domain dot ca" is an e-mail given to the patron (a way to reach them)
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss referral: "the Archives\' website (archives.gnb.ca) has the logbooks" points to a source, not to a party to contact',
    lines: [
      ...START,
      [66, 'l', "The Provincial Archives' website, archives.gnb.ca, has the keepers' logbooks scanned. Did that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss source: "try the Libby app" names an app with no way to reach it: no source',
    lines: [
      [0, 'p', 'can i get audiobooks for free'],
      [20, 'l', 'Hello, Jo at Saint John Free Public Library. Do you have a library card?'],
      [50, 'p', 'yes'],
      [56, 'l', 'Then try the Libby app. Did that help?'],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'source as a database by name alone: "Ancestry Library Edition, on any library computer"',
    lines: [
      ...START,
      [66, 'l', 'The keepers are in the 1901 census, which you can search in Ancestry Library Edition on any library computer. Did that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'disconnect notice: "I\'m guessing you got pulled away, so I\'ll end the chat here. Thanks for stopping by!" after a check-in',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [196, 'l', 'Still around?'],
      [256, 'l', "I'm guessing you got pulled away, so I'll end the chat here. Thanks for stopping by!"],
    ],
    // reading taken: "you got pulled away" tells the patron they seem to have gone (the "seem to have disconnected" part)
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'follow-up when: "you\'ll have it in your inbox by Friday" with the e-mail given in the chat',
    lines: [
      ...START,
      [66, 'l', "We have 'Lights of the Fundy Shore' by Kathy Brown in the catalogue; I'll scan the chapter for you and you'll have it in your inbox by Friday. What's your email?"],
      [100, 'p', 'm.leblanc@nb.sympatico.ca'],
      [104, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'follow-up when: "I\'ll get back to you in the next day or two" with the phone given in the chat',
    lines: [
      ...START,
      [66, 'l', "The catalogue shows nothing on Point Lepreau alone; I'll check our vertical files and get back to you in the next day or two. Best number?"],
      [100, 'p', '506 555 0144'],
      [104, 'l', 'Got it, thanks, bye!'],
    ],
    over: { ...FU_ME },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // near misses beside this round's widenings
  {
    name: 'near miss greeting: "Hi! You\'ve got holds waiting at Towson Library." greets and names a library but nobody answering',
    lines: [
      [0, 'p', 'do i have anything waiting'],
      [20, 'l', "Hi! You've got holds waiting at Towson Library."],
      [60, 'p', 'ok'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss completeness: "Anything in there is fair game for your paper." states, it asks nothing',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Anything in there is fair game for your paper."],
      [100, 'p', 'ok thanks'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss disconnect: "If you got pulled away, no worries" is a condition, not a notice that the patron seems gone',
    lines: [
      ...START,
      [66, 'l', "'Lights of the Fundy Shore' by Kathy Brown covers it; it's in the catalogue. Did that help?"],
      [196, 'l', 'Still around?'],
      [256, 'l', 'If you got pulled away, no worries, come back any time. Bye!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'pass' }),
  },
  {
    name: 'near miss clarify: "Does that help, or would the audiobook do?" after an answer with no source: the first option is a completeness question, so no clarifying question',
    lines: [
      [0, 'p', 'do you have the new grisham'],
      [20, 'l', 'Hi, Jo at Harbour Public Library. Yes, we have it in print.'],
      [26, 'l', 'Does that help, or would the audiobook do?'],
      [60, 'p', 'print is fine thanks'],
      [64, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  // (left in v10, passes in v23: "call Service Canada at 1-800-O-Canada (…)" reads as a referral with its phone)
  {
    name: 'referral: Service Canada by its vanity number "1-800-O-Canada (1-800-622-6232)"',
    lines: [
      [0, 'p', 'how do i replace my SIN card'],
      [20, 'l', 'Hello, Jo at Moncton Public Library. Was it lost, or do you only need the number?'],
      [50, 'p', 'lost'],
      [56, 'l', "SIN cards aren't issued any more; for a confirmation letter, call Service Canada at 1-800-O-Canada (1-800-622-6232). Does that answer it?"],
      [90, 'p', 'yes thats all'],
      [94, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('tenth round (U): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('tenth round (U): false fails, every check', whole);
describeSessions('tenth round (U): false fails, short cases', short);

describeLeft('tenth-round-falsefail', LEFT);
