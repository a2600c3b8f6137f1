/**
 * Eighth round, area (M): NOISY EXPORTS AND MESSY TYPING. Real exports and real typing the scorer must still
 * read: providers and patrons with no punctuation at all, ALL CAPS, several sentences run together ("hi im dana
 * at towson library what can i help with"), line breaks and <br> inside one message, a message split into
 * fragments, pasted text (catalogue records, citations, long URLs with tracking parameters, e-mail signatures),
 * HTML character references (&amp; &#39;), smart quotes and odd dashes, emoji and emoticons, typos in the very
 * key words ("anythign else", "anyting els", "thnks", "goodby", "stil there?", "one sec", "hold pls", "bear w
 * me", "lemme check", "does tht answer ur q", "ill email u tmrw"), "Librarian:"/"Patron:" prefixes and
 * timestamps left in the text, and providers writing text-speak throughout. The behaviour is what counts, not
 * the typography.
 *
 * Statuses are read from the literal text of RUBRIC.md. The whole cases give ALL 17 checks (`usual()` is an
 * ordinary good session; each case says where it differs); the short ones give a few. `LEFT` (not run) holds
 * cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import type { Message } from '@askqa/contract';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, all, some, who, sys, type Key, type St, FU_ME, FU_LIB, usual } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const TEXT = who('HCPL Text', 'hcpl-text');
const CELL: Partial<Message> = { authorId: '+14105550177', author: '+14105550177' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+14105550177' }, provider: { id: 'hcpl-text', name: 'HCPL Text', library: 'HCPL' } };
const NOUR = who('Nour A.', 'nour');
const BEN = who('Ben Ortiz', 'ben');

export const whole: SessionCase[] = [
  // ---- no punctuation, run-on sentences, ALL CAPS ---------------------------------------------------------------------
  {
    name: 'no punctuation at all ("do u need the print copy or the ebook"): "hi im dana at towson library what can i help with"; "does tht answer ur q"; "thnks thats all i needed"',
    lines: [
      [0, 'p', 'hi i need a book for my psych class its called abnormal psychology 18th edition'],
      [20, 'l', 'hi im dana at towson library what can i help with'],
      [26, 'l', 'do u need the print copy or the ebook'],
      [50, 'p', 'ebook is fine'],
      [65, 'l', 'ok we have it as an ebook thru the catalog here https://catalog.towson.edu/record/b2291844 log in w ur netid to read it does tht answer ur q'],
      [90, 'p', 'yes thnks thats all i needed'],
      [95, 'l', 'great good luck w the class bye'],
    ],
    exp: usual(),
  },
  {
    name: 'ALL CAPS provider and patron: "HELLO, THIS IS MIKE AT THE CARROLL COUNTY PUBLIC LIBRARY."; "DID THAT WORK FOR YOU?"; "IS THERE ANYTHING ELSE"',
    lines: [
      [0, 'p', 'HOW DO I RENEW MY BOOKS ONLINE'],
      [30, 'l', 'HELLO, THIS IS MIKE AT THE CARROLL COUNTY PUBLIC LIBRARY.'],
      [35, 'l', 'ARE THEY BOOKS FROM OUR LIBRARY OR FROM INTERLIBRARY LOAN?'],
      [60, 'p', 'FROM YOUR LIBRARY'],
      [80, 'l', 'GO TO LIBRARY.CARR.ORG, CLICK MY ACCOUNT, SIGN IN WITH YOUR CARD NUMBER AND PIN, THEN CHECK THE BOXES AND CLICK RENEW. DID THAT WORK FOR YOU?'],
      [130, 'p', 'YES THANK YOU'],
      [135, 'l', 'IS THERE ANYTHING ELSE I CAN HELP YOU WITH TODAY?'],
      [150, 'p', 'NO'],
      [155, 'l', 'THANK YOU FOR USING ASK US NOW. GOODBYE!'],
    ],
    exp: usual(),
  },
  {
    name: 'run-on provider: "Hello welcome to Ask Us Now my name is Terrence how can I help you today" then every answer in one breath',
    lines: [
      [0, 'p', 'Hi I am trying to find out if the library has free tax help this year'],
      [18, 'l', 'Hello welcome to Ask Us Now my name is Terrence how can I help you today'],
      [24, 'l', 'what county do you live in so I can look at the right library'],
      [50, 'p', 'howard county'],
      [70, 'l', 'ok Howard County Library does AARP Tax-Aide at the Central and Miller branches by appointment starting February 1 the page with the signup link is hclibrary.org/taxes did that answer your question'],
      [100, 'p', 'yes perfect'],
      [104, 'l', 'anything else I can help you with today'],
      [120, 'p', 'no thats it'],
      [124, 'l', 'ok thanks for chatting have a good day'],
    ],
    exp: usual(),
  },
  {
    name: 'ALL CAPS patron in a school library, "OMG THANK U SO MUCH THATS ALL I NEEDED LOL"; provider never asks anything else',
    lines: [
      [0, 'p', 'I NEED A PRIMARY SOURCE ABOUT THE DUST BOWL FOR HISTORY'],
      [25, 'l', "Hi! I'm Ms. Patel, the librarian at Westview Middle. Does it have to be a photo, or can it be a letter or diary too?"],
      [55, 'p', 'ANYTHING WORKS'],
      [75, 'l', 'The Library of Congress has Dorothea Lange\'s photos and the Farm Security Administration letters: loc.gov/collections/fsa-owi-black-and-white-negatives. Is that what you were looking for?'],
      [100, 'p', 'OMG THANK U SO MUCH THATS ALL I NEEDED LOL'],
      [106, 'l', 'You are so welcome! Good luck on the project :)'],
    ],
    over: { provider: { id: 'patel', name: 'Ms. Patel', library: 'WMS' } },
    exp: usual(),
  },

  // ---- line breaks, <br>, HTML character references, smart quotes ----------------------------------------------------------
  {
    name: 'HTML remnants: "Hi there!<br>I&#39;m Leah with the AskUsNow! service.<br>What can I help you find?"; "&amp;"; "that&#39;s everything thx"',
    lines: [
      [0, 'p', 'need the 1040 form &amp; instructions for 2025'],
      [15, 'l', 'Hi there!<br>I&#39;m Leah with the AskUsNow! service.<br>What can I help you find?'],
      [20, 'l', 'Do you need the paper form mailed to you, or is a printable PDF ok?'],
      [45, 'p', 'printable'],
      [60, 'l', 'Here you go: https://www.irs.gov/pub/irs-pdf/f1040.pdf<br>and the instructions: https://www.irs.gov/pub/irs-pdf/i1040gi.pdf<br><br>Is that what you were looking for?'],
      [85, 'p', 'yes, that&#39;s everything thx'],
      [90, 'l', 'You&#39;re welcome! Have a great day :)'],
    ],
    exp: usual(),
  },
  {
    name: 'line breaks inside one message: greeting, name and offer on three lines; answer as a pasted numbered list; "Did that do it?"',
    lines: [
      [0, 'p', 'how do i print from my laptop at the library'],
      [22, 'l', 'Good morning!\nThis is Ravi at Montgomery County Public Libraries.\nHappy to help with that.'],
      [28, 'l', 'Which branch will you be at?\nThe print stations differ a little.'],
      [60, 'p', 'germantown'],
      [80, 'l', '1. Go to montgomerycountymd.gov/library/print\n2. Click "Upload a document"\n3. Enter your library card number\n4. Release it at the print station by the Info Desk\n\nDid that do it?'],
      [130, 'p', 'yes its printing now\nthank you!!\nthats all'],
      [135, 'l', 'Great!\nHave a good one.'],
    ],
    exp: usual(),
  },
  {
    name: 'smart quotes and odd dashes: "I’ll check — one moment…", “Maryland Manual” – a hold, then the answer 100 s later',
    lines: [
      [0, 'p', 'Who is my state delegate? I live in Annapolis 21401'],
      [20, 'l', 'Good afternoon — you’ve reached Ask a Librarian at the Maryland State Library. Is 21401 your home address, not just your mailing address?'],
      [50, 'p', 'yes that’s where I live'],
      [55, 'l', 'I’ll check — one moment…'],
      [155, 'l', 'Your district is 30A. The “Maryland Manual” lists the delegates – Shaneka Henson and Dylan Behler: msa.maryland.gov/msa/mdmanual. Does that answer your question?'],
      [180, 'p', 'Yes — that’s all I needed, thanks!'],
      [184, 'l', 'You’re welcome — take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'emoticons everywhere: "Hiya :) Jo from the Ask Us desk here"; "did that help? :-)"; "anything else? ^_^"; "byeee <3"',
    lines: [
      [0, 'p', 'is there a storytime for babies this week :)'],
      [15, 'l', 'Hiya :) Jo from the Ask Us desk here!'],
      [20, 'l', 'Which branch is closest to you? :-)'],
      [45, 'p', 'arbutus'],
      [60, 'l', 'Arbutus has Baby Bounce on Thursday at 10:30, no signup :D the calendar is at bcpl.info/events. did that help? :-)'],
      [80, 'p', 'yes!!! :D'],
      [84, 'l', 'anything else? ^_^'],
      [100, 'p', 'no :)'],
      [104, 'l', 'byeee <3 have fun at storytime'],
    ],
    exp: usual(),
  },

  // ---- fragments --------------------------------------------------------------------------------------------------------
  {
    name: 'greeting split into fragments: "hi" / "this is" / "kat from pratt library": the name comes in the third provider message (greeting fails)',
    lines: [
      [0, 'p', 'do you take passport photos'],
      [15, 'l', 'hi'],
      [17, 'l', 'this is'],
      [19, 'l', 'kat from pratt library'],
      [22, 'l', 'which branch r u near?'],
      [40, 'p', 'hamilton'],
      [55, 'l', 'hamilton doesnt do them but the central library does, $15, hours at prattlibrary.org/passports'],
      [57, 'l', 'does that help?'],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'ok have a good one!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'both sides in fragments: "hey" / "sam here @ the hcpl ask desk"; the patron\'s question in four pieces; "k" / "one sec"',
    lines: [
      [0, 'p', 'hi'],
      [4, 'p', 'i need'],
      [8, 'p', 'help finding'],
      [12, 'p', 'a article for school'],
      [30, 'l', 'hey'],
      [32, 'l', 'sam here @ the hcpl ask desk'],
      [35, 'l', 'what topic?'],
      [50, 'p', 'climate change'],
      [52, 'p', 'and farming'],
      [58, 'l', 'k'],
      [60, 'l', 'one sec'],
      [150, 'l', 'try Gale In Context: Science from hcplonline.org/research, search climate change agriculture, theres like 40 articles'],
      [154, 'l', 'did that work?'],
      [190, 'p', 'ya found 1'],
      [200, 'l', 'need anything else?'],
      [230, 'p', 'nope'],
      [235, 'l', 'cool, bye!'],
    ],
    exp: usual(),
  },

  // ---- pasted text -----------------------------------------------------------------------------------------------------
  {
    name: 'a catalogue record pasted with its field labels as the answer; "is that the one ur looking for?"',
    lines: [
      [0, 'p', 'do u have the warmth of other suns'],
      [20, 'l', 'Hello, this is Grace at Baltimore County Public Library! Are you after the print book or the audiobook?'],
      [45, 'p', 'print'],
      [60, 'l', 'Title: The warmth of other suns : the epic story of America\'s great migration / Isabel Wilkerson.\nPublisher: New York : Random House, c2010.\nCall Number: 304.80973 WIL\nLocation: Towson Branch - Adult Nonfiction\nStatus: Available'],
      [62, 'l', 'is that the one ur looking for?'],
      [90, 'p', 'yes! ill go get it'],
      [95, 'l', 'Is there anything else I can help with?'],
      [110, 'p', 'no thanks'],
      [114, 'l', 'Enjoy the book!'],
    ],
    exp: usual(),
  },
  {
    name: 'an APA citation pasted (odd en-dash page range, doi URL); "Was that the kind of study you needed?"; "any other qs?"',
    lines: [
      [0, 'p', 'I need a peer reviewed study on teen sleep and memory for my nursing paper'],
      [20, 'l', 'Hi, I\'m Alex, a research librarian at UMBC. Any particular age range, or is 13-18 fine?'],
      [50, 'p', '13-18 is fine'],
      [110, 'l', 'Here is a good one from CINAHL:\n\nSmith, J. A., & Lee, K. (2021). Sleep and memory consolidation in adolescents. Journal of Adolescent Health, 68(3), 412–419. https://doi.org/10.1016/j.jadohealth.2020.08.012\n\nWas that the kind of study you needed?'],
      [140, 'p', 'yes exactly'],
      [145, 'l', 'any other qs?'],
      [160, 'p', 'no ty'],
      [165, 'l', 'Good luck with the paper!'],
    ],
    exp: usual(),
  },
  {
    name: 'a long URL with tracking parameters as the only source; no completeness question; "Patron: thanks that\'s everything"',
    lines: [
      [0, 'p', 'where do i get a permit to build a deck in baltimore county'],
      [20, 'l', 'Hi! This is Jo with the Baltimore County Public Library. Is the house in the county, not Baltimore City?'],
      [40, 'p', 'county, towson'],
      [60, 'l', 'Permits are through the county\'s Permits, Approvals and Inspections: https://www.baltimorecountymd.gov/departments/pai/permits/residential?utm_source=askusnow&utm_medium=chat&utm_campaign=ref_2026&fbclid=IwAR3xYzQ9_k2 - it lists the deck drawings you need to upload.'],
      [100, 'p', "Patron: thanks that's everything"],
      [105, 'l', 'Good luck with the deck!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  // ---- typos in the key words ----------------------------------------------------------------------------------------
  {
    name: 'typos: "anythign else i can help w?", "thnks", "goodby"',
    lines: [
      [0, 'p', 'whats the late fee for dvds'],
      [15, 'l', 'Hi, this is Beth at Frederick County Public Libraries. Is it a DVD from the adult or the kids collection?'],
      [40, 'p', 'kids'],
      [50, 'l', 'Kids DVDs have no late fees at FCPL, see fcpl.org/fines. Does that answer your question?'],
      [70, 'p', 'oh great thnks'],
      [74, 'l', 'anythign else i can help w?'],
      [90, 'p', 'no'],
      [94, 'l', 'ok goodby!'],
    ],
    exp: usual(),
  },
  {
    name: 'typos: "anyting els?"; "did tht help"; the patron\'s "k thx" is no "that\'s all"; "tnx 4 chattin"',
    lines: [
      [0, 'p', 'wen does the pool at the y open lol jk. wen does the libary open on saturday'],
      [20, 'l', 'hi its jo at the wicomico public library! which branch?'],
      [40, 'p', 'main one in salisbury'],
      [50, 'l', 'downtown salisbury opens 9 on saturdays, all hours r on wicomicolibrary.org. did tht help'],
      [70, 'p', 'k thx'],
      [74, 'l', 'anyting els?'],
      [90, 'p', 'no'],
      [94, 'l', 'tnx 4 chattin'],
    ],
    exp: usual(),
  },
  {
    name: 'text-speak "ne thing else?" asks for anything else; "ttyl" as the last words; no completeness question',
    lines: [
      [0, 'p', 'do u hav the new john grisham', CELL],
      [30, 'l', 'hi! this is the hcpl txt line, kim here. which 1, the camino book or the newer 1?', TEXT],
      [70, 'p', 'newest', CELL],
      [85, 'l', 'k gimme a sec 2 chk', TEXT],
      [120, 'l', 'ok we hav 3 copies of The Widow on the shelf at bel air, its in the catalog at hcplonline.org. want me 2 put 1 on hold 4 u?', TEXT],
      [150, 'p', 'no ill grab it 2day tnx', CELL],
      [155, 'l', 'np! ne thing else?', TEXT],
      [170, 'p', 'nope', CELL],
      [175, 'l', 'ok ttyl, happy reading', TEXT],
    ],
    over: SMS,
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'SMS provider in text-speak throughout: "hold pls", "bear w me", "stil lookin"; holds every 100 s keep the patron informed',
    lines: [
      [0, 'p', 'is there a book club at the aberdeen branch', CELL],
      [25, 'l', 'hey! hcpl txt line here, this is kim. 4 adults or teens?', TEXT],
      [50, 'p', 'adults', CELL],
      [60, 'l', 'hold pls', TEXT],
      [160, 'l', 'stil lookin, bear w me', TEXT],
      [260, 'l', 'ok found it: Aberdeen Reads meets 2nd tues @ 7pm, this month its Lessons in Chemistry. details @ hcplonline.org/events. does tht answer ur q?', TEXT],
      [300, 'p', 'yes thx', CELL],
      [305, 'l', 'anything else?', TEXT],
      [330, 'p', 'nah', CELL],
      [335, 'l', 'ok thx 4 txting!', TEXT],
    ],
    over: SMS,
    exp: usual(),
  },
  {
    name: '"one sec" is a hold: 150 s of silence after it leaves the patron waiting too long',
    lines: [
      [0, 'p', 'hi do u have any books on beekeeping for beginners'],
      [25, 'l', 'Hi, Jo at the Anne Arundel County Public Library here! Print or ebook?'],
      [45, 'p', 'print pls'],
      [50, 'l', 'one sec'],
      [200, 'l', 'Beekeeping For Dummies, 638.1 BLA, on the shelf at Odenton. catalog: aacpl.net. does that help?'],
      [230, 'p', 'yes thx thats all'],
      [235, 'l', 'bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: '"lemme check" / "stil checkin…" 90 s apart, then the answer; the patron never comes back: "stil there?", then a typo-ridden goodbye notice',
    lines: [
      [0, 'p', 'can i get a library card if i work in the county but live in pa'],
      [20, 'l', 'hi this is jo at the cecil county public library'],
      [24, 'l', 'do u work in cecil county itself, or just nearby?'],
      [50, 'p', 'in elkton'],
      [55, 'l', 'lemme check'],
      [145, 'l', 'stil checkin...'],
      [235, 'l', 'yes! ppl who work in the county get a free card, bring a pay stub + photo id. rules r at cecilcountylibrary.org/cards. does that help?'],
      [380, 'l', 'stil there?'],
      [520, 'l', 'looks like u got disconected so im closing this chat, feel free 2 come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"r u still there??" then "ok closing this chat now": no disconnect notice and no goodbye (final idle 305 s)',
    lines: [
      [0, 'p', 'what time does the kent island branch close'],
      [20, 'l', 'Hi, this is Jo at Queen Anne\'s County Library. Today or in general?'],
      [40, 'p', 'today'],
      [50, 'l', 'Kent Island closes at 8 pm today, hours at qaclibrary.org. Does that help?'],
      [200, 'l', 'r u still there??'],
      [350, 'l', 'ok closing this chat now'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },

  // ---- prefixes and timestamps left in the text --------------------------------------------------------------------
  {
    name: '"Librarian:" and "Patron:" prefixes left in every message by the export, with a real introduction after the prefix',
    lines: [
      [0, 'p', 'Patron: Hi, I need help citing a website in MLA'],
      [20, 'l', 'Librarian: Hello, this is Ann at Howard Community College Library. Is it a page with an author listed?'],
      [50, 'p', 'Patron: no author'],
      [65, 'l', 'Librarian: Start with the page title in quotes, then the site name, date and URL. Purdue OWL shows it: owl.purdue.edu/owl/research_and_citation/mla_style. Does that make sense?'],
      [95, 'p', 'Patron: yes, that is all I needed'],
      [100, 'l', 'Librarian: Great, good luck!'],
    ],
    exp: usual(),
  },
  {
    name: 'timestamps pasted in the text ("[2:14 PM] Hi, this is Rosa at Frederick County Public Libraries"; "(2:16:05 PM) one moment please")',
    lines: [
      [0, 'p', '[2:13 PM] how do i reserve a study room'],
      [20, 'l', '[2:14 PM] Hi, this is Rosa at Frederick County Public Libraries. Which branch, and for how many people?'],
      [50, 'p', '[2:14 PM] c burr artz, 4 people'],
      [55, 'l', '(2:16:05 PM) one moment please'],
      [120, 'l', '(2:17:10 PM) Rooms at C. Burr Artz are booked at fcpl.org/rooms, up to 2 hours for 2-6 people. Did that answer your question?'],
      [150, 'p', "[2:17 PM] yes that's all"],
      [155, 'l', '[2:17 PM] Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },

  // ---- follow-up in text-speak -------------------------------------------------------------------------------------------
  {
    name: '"ill email u tmrw w/ the rest"; the patron types the address, "ok got it"; coded Follow-up by me',
    lines: [
      [0, 'p', 'i need the obituary of my grandpa from the cumberland times in 1987 his name was walter hess'],
      [25, 'l', 'hi! this is jo at allegany county library system. do u know the month he passed?'],
      [55, 'p', 'march i think'],
      [60, 'l', 'ok one sec'],
      [150, 'l', 'the paper from 1987 is only on microfilm here so i need to go look at the reel. whats ur email?'],
      [175, 'p', 'jhess88@gmail.com'],
      [180, 'l', 'ok got it jhess88@gmail.com. ill email u tmrw w/ a scan of it'],
      [200, 'p', 'awesome thank u'],
      [205, 'l', 'np! have a good nite'],
    ],
    over: FU_ME,
    // the paper of 1987 on microfilm at the library is where the answer is: a named resource (source pass)
    exp: followed({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: '"ill get back 2 u by fri" with the e-mail given in the chat, but the code says Answered: the code fails',
    lines: [
      [0, 'p', 'looking for the floor plans of the old hutzlers building downtown'],
      [20, 'l', 'Hey, Ben here from the Enoch Pratt Free Library! Is it the Palace building on Howard St?', BEN],
      [50, 'p', 'yes that one'],
      [60, 'l', 'Our Maryland Dept may have drawings of it, but I need to ask them what is there. ill get back 2 u by fri. best email?', BEN],
      [90, 'p', 'its m.rourke@yahoo.com'],
      [95, 'l', 'got it m.rourke@yahoo.com, talk soon!', BEN],
    ],
    over: { provider: { id: 'ben', name: 'Ben Ortiz', library: 'EPFL' } },
    exp: followed({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail' }),
  },
  {
    name: 'near miss: "u can email us anytime at askus@hcpl.org" promises nothing; no follow-up session',
    lines: [
      [0, 'p', 'can i suggest a book 4 the library to buy'],
      [20, 'l', 'hi this is jo at hcpl! sure, is it a book or an ebook?'],
      [40, 'p', 'a book'],
      [55, 'l', 'use the Suggest a Purchase form at hcplonline.org/suggest. or u can email us anytime at askus@hcpl.org. did that answer it?'],
      [80, 'p', 'ya thats all i needed'],
      [85, 'l', 'thx, bye!'],
    ],
    exp: usual(),
  },

  // ---- referrals in text-speak ------------------------------------------------------------------------------------------
  {
    name: 'text-speak referral with no contact: "u shud call the county clerks office abt that"',
    lines: [
      [0, 'p', 'how do i get a copy of my marriage license from 1995'],
      [15, 'l', 'Hi, Jo at the St. Mary\'s County Library. Were you married in St. Mary\'s County?'],
      [40, 'p', 'ya in leonardtown'],
      [55, 'l', 'the library doesnt have those, u shud call the county clerks office abt that. they keep them'],
      [80, 'p', 'ok thx bye'],
      [84, 'l', 'bye!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'text-speak referral with a phone in dots: "call the MVA @ 410.768.7000"; "anything else u need?"',
    lines: [
      [0, 'p', 'how do i renew my drivers license if its expired over a year'],
      [20, 'l', 'hi, jo @ the ask us now service here :) did it expire more than 1 yr ago or less?'],
      [40, 'p', 'more like 2 yrs'],
      [55, 'l', 'then u have to retest, best to call the MVA @ 410.768.7000 to book it. the steps r on mva.maryland.gov too. does that help?'],
      [80, 'p', 'yes'],
      [84, 'l', 'anything else u need?'],
      [100, 'p', 'no'],
      [104, 'l', 'good luck!!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- dismissals in text-speak ---------------------------------------------------------------------------------------
  {
    name: 'dismissal in text-speak: "sry u hav asked 2 many qs, i gotta end this chat" with no way back',
    lines: [
      [0, 'p', 'what r the hours', CELL],
      [20, 'l', 'hi hcpl txt line, kim here. which branch?', TEXT],
      [40, 'p', 'bel air. also can u help w my math hw', CELL],
      [50, 'l', 'bel air is open 9-9, hcplonline.org/locations. does tht help?', TEXT],
      [70, 'p', 'yes. wat about my math hw. and my essay. and', CELL],
      [80, 'l', 'sry u hav asked 2 many qs, i gotta end this chat', TEXT],
    ],
    over: SMS,
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'allowed in text-speak: "theres ppl waiting so pls start a new chat if u need more help!" with thanks',
    lines: [
      [0, 'p', 'what r the hours', CELL],
      [20, 'l', 'hi hcpl txt line, kim here. which branch?', TEXT],
      [40, 'p', 'bel air. also wat is the fine for a lost book. and how do i get a card 4 my kid. and', CELL],
      [55, 'l', 'bel air is open 9-9 (hcplonline.org/locations), lost books r the price of the book. does tht help?', TEXT],
      [80, 'p', 'ya', CELL],
      [85, 'l', 'theres ppl waiting so pls start a new chat if u need more help! thx 4 txting', TEXT],
    ],
    over: SMS,
    exp: usual({ anything: 'fail' }),
  },

  // ---- transfers with noisy notes -------------------------------------------------------------------------------------
  {
    name: 'transfer with a terse internal note ("pt needs chem help -- can u take?? thx") and "transfering u 2 a science librarian, hang on"',
    lines: [
      [0, 'p', 'i need the ksp of silver chloride for my lab report'],
      [20, 'l', 'hi this is jo w/ ask a librarian @ umd libraries! is it for a specific temperature?'],
      [50, 'p', '25 c'],
      [55, 'i', 'pt needs chem help -- ksp of AgCl for lab report, STEM data is ur area. can u take?? thx', { to: 'nour' }],
      [60, 'l', 'transfering u 2 a science librarian, hang on'],
      [65, 's', 'Chat transferred to Nour A.', sys('transfer', 'nour')],
      [90, 'l', 'Hi, Nour here! The CRC Handbook of Chemistry and Physics gives Ksp = 1.77 x 10^-10 at 25 C: hbcp.chemnetbase.com via lib.umd.edu. Did that help?', NOUR],
      [120, 'p', 'ya thats everything thx'],
      [125, 'l', 'good luck w the lab!', NOUR],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with only the internal note: the patron is never told (handoff fails)',
    lines: [
      [0, 'p', 'i need the ksp of silver chloride for my lab report'],
      [20, 'l', 'hi this is jo w/ ask a librarian @ umd libraries! is it for a specific temperature?'],
      [50, 'p', '25 c'],
      [55, 'i', 'pt needs chem help -- ksp of AgCl, STEM is ur area. can u take?? thx', { to: 'nour' }],
      [65, 's', 'Chat transferred to Nour A.', sys('transfer', 'nour')],
      [90, 'l', 'Hi, Nour here! The CRC Handbook of Chemistry and Physics gives Ksp = 1.77 x 10^-10 at 25 C: hbcp.chemnetbase.com via lib.umd.edu. Did that help?', NOUR],
      [120, 'p', 'ya thats everything thx'],
      [125, 'l', 'good luck w the lab!', NOUR],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- near misses in noisy text --------------------------------------------------------------------------------------
  {
    name: 'near miss: "hope this helps!!" is no completeness question; "ok thx" is no "that\'s all"; nobody asks anything else',
    lines: [
      [0, 'p', 'how do i download audiobooks on libby'],
      [20, 'l', 'Hi, this is Jo at Washington County Free Library. What kind of phone do you have?'],
      [40, 'p', 'android'],
      [55, 'l', 'get Libby from the Play Store, add WCFL, sign in w ur card, then tap Borrow on any audiobook. help: help.libbyapp.com. hope this helps!!'],
      [80, 'p', 'ok thx'],
      [85, 'l', 'bye :)'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'near miss: the provider never greets, just "Jo @ BCPL." and the answer; pickup at 75 s',
    lines: [
      [0, 'p', 'is the cockeysville branch open on memorial day'],
      [75, 'l', 'Jo @ BCPL. All branches are closed Memorial Day, see bcpl.info/holidays. Anything else?'],
      [100, 'p', 'no thats it'],
      [105, 'l', 'Have a nice holiday!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'near miss: "Librarian:" prefix only - "Librarian: Hi! How can I help you today?" names nobody (the prefix is the export\'s label)',
    lines: [
      [0, 'p', 'Patron: do u have any books about minecraft'],
      [15, 'l', 'Librarian: Hi! How can I help you today?'],
      [20, 'l', 'Librarian: Do you want books on how to play, or stories set in Minecraft?'],
      [45, 'p', 'Patron: stories'],
      [60, 'l', 'Librarian: Try the Minecraft novels like The Island by Max Brooks, search "Minecraft" in the catalog at ccpl.org. Did that help?'],
      [90, 'p', 'Patron: yes thats all'],
      [95, 'l', 'Librarian: Happy reading!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'the patron waits 150 s for an answer after "ok" (not a hold) - waiting on the patron, not the provider; "k thx bye"',
    lines: [
      [0, 'p', 'what is the phone number for the pikesville branch'],
      [20, 'l', 'Hi, Jo from Baltimore County Public Library here. Pikesville, the one on Reisterstown Rd?'],
      [40, 'p', 'ya'],
      [45, 'l', 'ok'],
      [195, 'l', 'its 410-887-1234, or see bcpl.info/pikesville. does that help?'],
      [220, 'p', 'ya thats all i need. k thx bye'],
      [225, 'l', 'bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'a provider writing one word per message for a hold: "hang" / "on" / "lookin" and a typo\'d greeting "helo, jo @ hcpl"',
    lines: [
      [0, 'p', 'i need a book about dinosaurs for my 5 yr old'],
      [20, 'l', 'helo, jo @ hcpl here! does he like real facts or stories?'],
      [45, 'p', 'facts'],
      [50, 'l', 'hang'],
      [51, 'l', 'on'],
      [52, 'l', 'lookin'],
      [150, 'l', 'Dinosaurs by Gail Gibbons is great for 5, J 567.9 GIB at Bel Air, catalog at hcplonline.org. did that help'],
      [180, 'p', 'yes perfect thats all'],
      [185, 'l', 'yay have fun!'],
    ],
    exp: usual(),
  },
  // (left in v8, fixed in v23 by choiceTailX1: "do u need the print copy or would the ebook work for u" with no "?" is a choice, so it clarifies)
  {
    name: 'no punctuation at all: "hi im dana at towson library what can i help with"; "does tht answer ur q"; "thnks thats all i needed"',
    lines: [
      [0, 'p', 'hi i need a book for my psych class its called abnormal psychology 18th edition'],
      [20, 'l', 'hi im dana at towson library what can i help with'],
      [26, 'l', 'do u need the print copy or would the ebook work for u'],
      [50, 'p', 'ebook is fine'],
      [65, 'l', 'ok we have it as an ebook thru the catalog here https://catalog.towson.edu/record/b2291844 log in w ur netid to read it does tht answer ur q'],
      [90, 'p', 'yes thnks thats all i needed'],
      [95, 'l', 'great good luck w the class bye'],
    ],
    exp: usual(),
  },
];

/** Short cases: a few checks each. */
export const short: SessionCase[] = [
  {
    name: '"does tht answer ur q??" asks whether the answer meets the need',
    lines: [
      [0, 'p', 'when is the book sale'],
      [15, 'l', 'hi jo at cecil county public library here, the fall one or spring?'],
      [30, 'p', 'fall'],
      [40, 'l', 'oct 12-14 at elkton central, cecilcountylibrary.org/booksale. does tht answer ur q??'],
      [60, 'p', 'ya'],
    ],
    exp: some({ complete: 'pass', source: 'pass', clarify: 'pass', greeting: 'pass' }),
  },
  {
    name: '"ANY OTHER QUESTIONS???" asks for anything else',
    lines: [
      [0, 'p', 'how many books can i check out'],
      [15, 'l', 'Hi, Jo at the library! Adult card or kids card?'],
      [30, 'p', 'adult'],
      [40, 'l', '50 items, see the card rules at ccpl.org/borrow. Did that help?'],
      [60, 'p', 'yes'],
      [64, 'l', 'ANY OTHER QUESTIONS???'],
      [80, 'p', 'no'],
    ],
    exp: some({ anything: 'pass', complete: 'pass' }),
  },
  {
    name: '"anythin else 4 u today?" asks for anything else',
    lines: [
      [0, 'p', 'how many books can i check out'],
      [15, 'l', 'Hi, Jo at the library! Adult card or kids card?'],
      [30, 'p', 'adult'],
      [40, 'l', '50 items, see the card rules at ccpl.org/borrow. Did that help?'],
      [60, 'p', 'yes'],
      [64, 'l', 'anythin else 4 u today?'],
      [80, 'p', 'no'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"hello?? u stil ther?" is a check-in (final idle 200 s, no goodbye: the notice fails)',
    lines: [
      [0, 'p', 'do u have the new taylor swift cd'],
      [15, 'l', 'hi jo @ the library! the cd or vinyl?'],
      [30, 'p', 'cd'],
      [40, 'l', 'we have 2 copies, catalog: ccpl.org. want one put on hold?'],
      [170, 'l', 'hello?? u stil ther?'],
    ],
    over: { endAfter: 70 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: '"bear w/ me a min" is a hold: the final idle begins at the answer after it, not at the hold',
    lines: [
      [0, 'p', 'whats the fax number for the health dept'],
      [15, 'l', 'hi jo @ the library! which county?'],
      [30, 'p', 'talbot'],
      [35, 'l', 'bear w/ me a min'],
      [120, 'l', 'talbot county health dept fax is 410-819-5690, from health.maryland.gov/talbotco. did that help?'],
      [200, 'l', 'thanks for chatting, bye!'],
    ],
    exp: some({ idle: 'na', disconnect: 'na', courteous: 'pass', informed: 'pass' }),
  },
  {
    name: '"gimme 1 sec, stil searchin" is a hold: the 140 s of silence after it are too long',
    lines: [
      [0, 'p', 'need the population of frostburg in 1950'],
      [15, 'l', 'hi jo @ the library! for a project?'],
      [30, 'p', 'yes'],
      [110, 'l', 'gimme 1 sec, stil searchin'],
      [250, 'l', '6,876 per the 1950 census, census.gov/library/publications/1952/dec/population-vol-01.html. does that help?'],
      [270, 'p', 'yes thx'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'patron done in noisy words: "thx thats it 4 me" after a "does that help"',
    lines: [
      [0, 'p', 'whats the wifi name'],
      [15, 'l', 'Hi, Jo at Sample County Library here! Which branch?'],
      [30, 'p', 'main'],
      [40, 'l', 'Its SCL-Guest, no password: samplelib.org/wifi. does that help?'],
      [60, 'p', 'thx thats it 4 me'],
      [65, 'l', 'bye!'],
    ],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'greeting with the name in capitals and no spaces after punctuation: "HI!THIS IS JO AT SAMPLE LIBRARY.HOW CAN I HELP?"',
    lines: [
      [0, 'p', 'hours?'],
      [15, 'l', 'HI!THIS IS JO AT SAMPLE LIBRARY.HOW CAN I HELP?'],
      [30, 'p', 'hours today'],
    ],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: '"ill email it 2 u by tmrw am" is a follow-up promise: coded Answered, the code fails',
    lines: [
      [0, 'p', 'can u find the 1970 yearbook from dundalk high'],
      [15, 'l', 'hi jo @ bcpl! is it for a reunion?'],
      [30, 'p', 'yes. my email is kdunn@comcast.net'],
      [45, 'l', 'ok kdunn@comcast.net, its in our storage so ill email it 2 u by tmrw am'],
      [60, 'p', 'great thx'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: '<p> and </p> left in the text: "<p>Hello, this is Sam at Carroll County Public Library.</p><p>Which title?</p>"',
    lines: [
      [0, 'p', 'do u have wonder by rj palacio'],
      [15, 'l', '<p>Hello, this is Sam at Carroll County Public Library.</p><p>Do you want the book or the movie?</p>'],
      [40, 'p', 'book'],
      [55, 'l', '<p>We have 6 copies, see library.carr.org/catalog.</p><p>Did that help?</p>'],
    ],
    exp: some({ greeting: 'pass', clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: a provider named Will writes "hi! this will be quick" - the own name in lower case is no introduction here',
    lines: [
      [0, 'p', 'whats the fine for a late dvd'],
      [15, 'l', 'hi! this will be quick', who('Will Grant', 'will')],
      [20, 'l', 'its $1 a day, see fcpl.org/fines', who('Will Grant', 'will')],
    ],
    over: { provider: { id: 'will', name: 'Will Grant', library: 'FCPL' } },
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: an unpunctuated answer that ends in a statement ("…it is open til 9 tonight") asks nothing',
    lines: [
      [0, 'p', 'is the towson branch open late'],
      [15, 'l', 'hi jo at bcpl here which day'],
      [30, 'p', 'today'],
      [45, 'l', 'yes the hours are on bcpl.info and it is open til 9 tonight'],
      [60, 'p', 'ok'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run): what it does and why each was left. */
export const LEFT: SessionCase[] = [
  // (the "Write or call:" signature-block referral moved to ninth-round-referrals.test.ts, where it runs under v9's bareVerbPartyN)
];

/** Cases once in `LEFT` that rubric v48 reads as labelled (block N: `forty-ninth-round-n-checked`). */
export const READ_SINCE_V48: SessionCase[] = [
  // info.source passes: the provider repeating the patron's own e-mail ("ok TSMITH@HOTMAIL.COM.") with no "is that
  // right?" around it is read as an e-mail given as a source. Literally the patron's own address is no source (fail).
  // A v8 (M) setting that left out e-mails the patron typed earlier broke eighth-round-falsefail's "a subject
  // specialist's follow-up", where the echoed address ("So that's ana.brewco@outlook.com - perfect.") is what
  // stands in for the named publication the scorer does not read ("RMA's Annual Statement Studies has them");
  // so it was dropped and the case left.
  {
    // v23: the patron's own e-mail read back is still taken as a source; v22's V3 tried a setting against it and took
    // it back (five older sessions lost real sources), so not retried here.
    name: 'follow-up by the patron\'s library, ALL CAPS patron e-mail: "SOMEONE FROM YOUR LIBRARY WILL CONTACT U WITHIN 2 DAYS"',
    lines: [
      [0, 'p', 'MY LIBRARY CARD WAS STOLEN WHAT DO I DO'],
      [20, 'l', 'Hi, Jo here with the AskUsNow! chat service. Which library is the card from?'],
      [40, 'p', 'HARFORD COUNTY'],
      [50, 'l', 'I will let them know so they can block the card. What email should they use?'],
      [70, 'p', 'TSMITH@HOTMAIL.COM'],
      [80, 'l', 'ok TSMITH@HOTMAIL.COM. SOMEONE FROM YOUR LIBRARY WILL CONTACT U WITHIN 2 DAYS to issue a new one. anything else?'],
      [100, 'p', 'NO THANKS'],
      [104, 'l', 'thanks for chatting, take care'],
    ],
    over: FU_LIB,
    exp: followed({ source: 'fail', complete: 'fail' }),
  },
];

describe('eighth round (M): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eighth round (M): noisy exports, whole sessions, every check', whole);
describeSessions('eighth round (M): noisy exports, short cases', short);

describeSessions('eighth-round-noisy: once left, read as labelled since v48', READ_SINCE_V48);

describeLeft('eighth-round-noisy', LEFT);
