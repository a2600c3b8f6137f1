/**
 * Twenty-fourth round, area (Z6): PATRONS ASKING FOR OTHERS, AND MORE THAN ONE PERSON AT A KEYBOARD. Caseworkers, social
 * workers and volunteers asking for a client; a parent typing for a child and the child taking over; an adult child
 * helping an elderly parent; a teacher asking for a class; an interpreter or a neighbour relaying; a librarian at another
 * library asking for a patron (interlibrary loan, referrals between libraries); a business asking for its staff; two
 * students sharing one public computer; a patron who gives someone else's e-mail or phone for the follow-up; a provider
 * whose colleague joins (two providers, internal messages between them).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - who is answering: a name, a library or "librarian" that the provider uses for the PATRON or the person the patron asks
 *   for ("Hi Karen at Westfield Public Library!", "Hi Kim and Diego!", "always happy to help a librarian") does not
 *   identify who is answering; with two providers, the first two visible provider messages are read whoever wrote them;
 * - the patron's contact (followup.contact, resolution.code): first read as the typist's own only ("send it to my
 *   daughter, her email is …" would not be the patron's); relabelled after the first full run: an earlier round
 *   (sixth-round-followup, "my moms email is kdavis@…" passes) reads an e-mail or phone the patron gives in the chat for
 *   the follow-up, a relative's included, as the patron's contact, and this file follows it. A caseworker's own work
 *   e-mail is the patron's. A contact given for another use ("his only contact is his sister's phone …") is in LEFT;
 * - done on behalf of the other person: "mom says thats all we need", "he has no more questions", "that is all she
 *   needs" are the patron saying, explicitly, that the need they typed for is met (anything else passes); "I'll ask my dad
 *   if he has more questions" is not;
 * - completeness through a go-between: "Can you ask her whether that answers her question?", "Would that work for him?",
 *   "Does that help your students?" ask whether what was given meets the need; "Would your dad like it in large print?"
 *   asks about something not yet given;
 * - referrals for the third party: "she should call the Jury Office at …", "have your client call …", "the family should
 *   ask their own case manager at their resettlement agency" tell the patron who the person they ask for should contact:
 *   referrals (with or without a way to reach the party); a colleague who joins the chat, or whom the provider consults,
 *   is no referral; the provider's own branches and desks count as its departments;
 * - goodbyes to both: "Thanks to you both", "Bye Kim and Diego!", "goodbye to you both" say goodbye; "Say hi to your
 *   grandma for me" does not; "Are you and your dad still with me?" is a check-in; "looks like you've both logged off, so
 *   I'll end the chat now" is the disconnect notice.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Key, type Line, other, type SessionCase, some, type St, sys, usual, who } from './helpers';

const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const HOUR = 3600;
const LENA = who('Lena Brooks', 'lena');
const RAJ = who('Raj Mehta', 'raj');
const TASHA = who('Tasha Greene', 'tasha');
const MARCUS = who('Marcus Bell', 'marcus');
const PETE = who('Pete Alvarez', 'pete');
const HANNAH = who('Hannah Cole', 'hannah');

export const whole: SessionCase[] = [
  // ---- caseworkers, social workers and volunteers asking for a client -------------------------------------------------
  {
    name: 'Case manager at a shelter for a client behind on rent: situation asked, "give me a minute", the county program with its phone and site, "Does that cover what your client needs?", "that\'s all I needed for her"',
    lines: [
      [0, 'p', "Hi there, I'm a case manager at Hope Harbor shelter. One of my clients needs help finding rental assistance in Anne Arundel County, where do we even start"],
      [38, 'l', "Hello, and thanks for contacting AskUsNow! My name is Marisol and I'm a librarian with Anne Arundel County Public Library."],
      [44, 'l', 'Is your client already housed and behind on rent, or looking for a deposit to move into a new place? The programs are different.'],
      [101, 'p', 'behind on rent, got an eviction notice last week'],
      [109, 'l', 'OK, give me a minute to pull the current programs.'],
      [190, 'l', "The county's Eviction Prevention program is run by Arundel Community Development Services: your client can call them at 410-222-7600, or apply through aacounty.org/rental-assistance. Does that cover what your client needs?"],
      [240, 'p', "yes this is great, that's all I needed for her today. thanks so much"],
      [247, 'l', "You're very welcome, and good luck to your client! Goodbye."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a caseworker's own work e-mail is the patron's contact
    name: 'City DSS social worker for a father\'s two children: dental plan and distance asked, the Healthy Smiles search, a short list promised "by tomorrow afternoon" to the worker\'s own e-mail, read back',
    lines: [
      [0, 'p', 'hi, social worker here w/ Baltimore City DSS. I have a client (single dad, 2 kids) who needs a dentist that takes Medicaid for the kids, near Park Heights. any lists?'],
      [36, 'l', "Hello! You've reached AskUsNow!, I'm Priya, a librarian at Enoch Pratt Free Library."],
      [42, 'l', "Are the kids on Maryland Healthy Smiles (the kids' Medicaid dental plan), and how far can the family travel?"],
      [105, 'p', 'yes healthy smiles. they take the bus so close to Park Heights Ave'],
      [112, 'l', "Healthy Smiles has a dentist search at mdhealthysmiles.com (Find a Dentist, then enter the ZIP code 21215). I'd also like to check which of those are taking new patients, which takes some calls on my end, so I'll email you a short list by tomorrow afternoon. What's the best email for you?"],
      [170, 'p', "sure, it's m.okafor@dhs.baltimorecity.gov"],
      [177, 'l', "Thanks, that's m.okafor@dhs.baltimorecity.gov. Does the Healthy Smiles search help in the meantime?"],
      [220, 'p', "yes thank you, that's all for now"],
      [226, 'l', "You're welcome. Talk to you tomorrow, bye!"],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'Hospital social worker for a patient\'s family, WWII service records: name and branch asked, the NPRC online and by post, a genealogy librarian at another library to contact the worker "by Wednesday", recorded at 80 h',
    lines: [
      [0, 'p', "Good afternoon. I'm a social worker at Sinai Hospital. A patient's family needs help finding records of his military service in WWII so they can apply for burial benefits. Can the library help with that?"],
      [55, 'l', "Good afternoon, thank you for contacting AskUsNow!. My name is Claire and I'm a librarian with the Maryland State Library."],
      [62, 'l', 'Do they have his full name, date of birth and roughly which branch he served in?'],
      [130, 'p', 'Yes, Walter James Pruitt, b. 1924, Army I believe'],
      [138, 'l', "The family can request his service record from the National Personnel Records Center, online at archives.gov/veterans/military-service-records or by mail to 1 Archives Drive, St. Louis, MO 63138. Since the burial benefit has a deadline, I'm also passing this to a genealogy librarian at Baltimore County Public Library, and someone from that library will contact you by Wednesday with what else they find. What's the best email for you?"],
      [200, 'p', 'rhall@lifebridgehealth.org'],
      [206, 'l', 'Thank you, I have rhall@lifebridgehealth.org. Does the NPRC information help for now?'],
      [250, 'p', "Yes very much. That's all, thank you"],
      [256, 'l', "You're welcome. Goodbye!"],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(261 + 80 * HOUR), by: 'bcpl', note: 'sent enlistment index' }] },
    exp: followed({ onTime: 'fail', referral: 'pass' }),
  },
  {
    // reading: "The family should also ask their own case manager at their resettlement agency" refers the patron's family
    // to a person with no way to reach them; the Recreation & Parks page is a source, not a referral
    name: 'Resettlement volunteer for a family\'s two children: area and hours asked, Summer Reading and the camp scholarships page, "ask their own case manager at their resettlement agency" with no contact',
    lines: [
      [0, 'p', 'Hello, I volunteer with a refugee resettlement group. One of the families I help wants their kids (6 and 9) in free summer camp. Any library programs or lists?'],
      [36, 'l', 'Hi, welcome to Ask Us! This is Ben, a librarian at Howard County Library System.'],
      [42, 'l', 'Which part of the county do they live in, and do the kids need the camp to be all day?'],
      [95, 'p', 'Columbia, Long Reach. all day would be best, both parents work'],
      [103, 'l', "Our free Summer Reading Challenge runs all summer at every branch (hclibrary.org/summer), but it's not all-day care. For free all-day camps, the county's Recreation & Parks lists camp scholarships at howardcountymd.gov/camp-scholarships. The family should also ask their own case manager at their resettlement agency, who often has camp slots set aside. Does that help?"],
      [160, 'p', "yes thanks, that helps a lot. that's all I have"],
      [166, 'l', "You're welcome! Goodbye."],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- parents and children --------------------------------------------------------------------------------------------
  {
    // reading: "mom says thats all we need" is the patron saying, for both, that they are done
    name: 'Parent, then the son typing: format asked, two volcano books on the shelf and the catalogue, "Did that help you both?", "mom says thats all we need", "Thanks for chatting, Eli and Mom. Bye!"',
    lines: [
      [0, 'p', 'hi im on here with my son, he needs books about volcanoes for a 3rd grade project'],
      [25, 'l', "Hi! Welcome to Ask a Librarian at Riverside Public Library, I'm Jess."],
      [31, 'l', 'Does he need books he can check out and bring to school, or is reading online ok too?'],
      [70, 'p', 'hi its Eli now. books we can bring. with lots of pictures pls'],
      [75, 'p', '(thats him typing lol)'],
      [84, 'l', 'Hi Eli! Let me look in our catalog for you.'],
      [165, 'l', "Try these from the kids' section: Volcanoes by Seymour Simon and National Geographic Readers: Volcanoes! Both are on the shelf at the Main branch in 551.21. You can put them on hold at riversidelibrary.org/catalog with Mom's card. Did that help you both?"],
      [200, 'p', 'yes!! mom says thats all we need'],
      [206, 'l', 'Great! Thanks for chatting, Eli and Mom. Bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: other kids waiting with an invitation to come back is allowed; no one asked or said they were done
    name: 'Kids Ask, a daughter takes over with five questions at once: "There are other kids waiting … come back to Kids Ask anytime"',
    lines: [
      [0, 'p', 'hi my daughter has a question about dinosaurs for school'],
      [22, 'l', "Hi there! Welcome to Kids Ask at Howard County Library System. I'm Ms. Patel."],
      [28, 'l', 'What would she like to know about dinosaurs?'],
      [60, 'p', 'this is maya. how big was the biggest dinosaur'],
      [70, 'l', 'Great question, Maya! One of the biggest was Argentinosaurus, about as long as three school buses. You can read about it in the book Dinosaurs by the Numbers, or on kids.nationalgeographic.com under Animals, Prehistoric. Did that answer your question?'],
      [100, 'p', 'yes. what about the smallest. and the fastest. and were they cold blooded. and why did they die'],
      [108, 'l', "Those are all such good questions! There are other kids waiting for help right now, so I need to go, but come back to Kids Ask anytime and we'll answer the next ones. Thanks for chatting, Maya!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Parent and son after the next Dog Man: format asked, the catalogue and a hold, no reply, the goodbye 110 s after the answer "to you both"',
    lines: [
      [0, 'p', 'hi, me and my son are looking for the next book after Dog Man: Twenty Thousand Fleas Under the Sea, is it out yet'],
      [19, 'l', "Hey there! You're chatting with Ms. Dana at Prince George's County Memorial Library."],
      [25, 'l', 'Does he want the book itself, or would the ebook or audiobook work too?'],
      [57, 'p', 'the real book'],
      [65, 'l', 'The next one, Dog Man: Big Jim Believes, is out and in our catalog at pgcmls.info; there are 14 copies and a waiting list, so put a hold on it with your card. Does that help?'],
      [175, 'l', 'Thanks for chatting with us, and happy reading to you both! Bye.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Hi Kim and Diego!" greets the patron and her son and names neither the provider nor the library; the
    // catalogue "our catalog" comes in the third provider message
    name: 'A mother and her son\'s Greek myths project: "Hi Kim and Diego! How can I help?" names no one answering, stories or facts asked, D\'Aulaires\' in the catalogue, "Bye Kim and Diego!"',
    lines: [
      [0, 'p', "Hi, this is Kim, I'm helping my son Diego with his Greek myths project"],
      [30, 'l', 'Hi Kim and Diego! How can I help with the project?'],
      [62, 'p', 'he needs a good book on Greek gods for a 5th grader'],
      [70, 'l', 'Does he want stories of the myths, or more of a fact book about each god?'],
      [110, 'p', 'stories'],
      [118, 'l', "D'Aulaires' Book of Greek Myths is a classic for that age; it's in our catalog at hclibrary.org with 9 copies in. Did that help?"],
      [150, 'p', "yes that's the one his teacher mentioned! that's all we need"],
      [156, 'l', 'Great, enjoy! Bye Kim and Diego!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'A mother and her 10th-grade daughter, 1968 sources: Tasha asks, holds to check with the Maryland Department, internal notes, Marcus joins 130 s later with Digital Maryland and ProQuest',
    lines: [
      [0, 'p', "my daughter is in 10th grade and needs to find primary sources about the 1968 riots in Baltimore, can you help? she's sitting next to me"],
      [40, 'l', "Hello, welcome to Ask a Librarian! I'm Tasha at Enoch Pratt Free Library.", TASHA],
      [46, 'l', 'Is this for a paper or a presentation, and does she need documents, photos, or newspaper articles?', TASHA],
      [101, 'p', 'paper. newspapers and photos would be good'],
      [108, 'l', 'Let me check with our Maryland Department, hang on.', TASHA],
      [120, 'i', 'Marcus, do we have a guide for the 1968 unrest? HS student', { author: 'Tasha Greene', authorId: 'tasha' }],
      [175, 'i', "yes, there's a set on Digital Maryland, I'll jump in", { author: 'Marcus Bell', authorId: 'marcus' }],
      [238, 'l', "Hi! This is Marcus from the Maryland Department. Digital Maryland has a 1968 collection with photos: digitalmaryland.org, search 'Baltimore 1968'. The Baltimore Sun from April 1968 is in ProQuest Historical Newspapers, which she can use at prattlibrary.org/research with her library card. Will those work for her paper?", MARCUS],
      [290, 'p', 'yes thank you both! thats all we needed'],
      [296, 'l', 'You are welcome, good luck to your daughter! Goodbye.', TASHA],
    ],
    over: { provider: { id: 'tasha', name: 'Tasha Greene', library: 'EPFL' } },
    exp: usual({ informed: 'fail' }),
  },
  // ---- adult children for elderly parents ---------------------------------------------------------------------------
  {
    // reading: Outreach Services is the provider's own library's department, told to call: a referral with a phone
    name: 'A son for his 88-year-old father, books by mail: card and county asked, Books by Mail through Outreach Services\' phone and the form, "Would that work for him?", "goodbye to you both"',
    lines: [
      [0, 'p', "Hello. My dad wants to know if the library can mail books to him, he's 88 and doesn't drive anymore"],
      [52, 'l', "Good morning! You've reached the Frederick County Public Libraries chat, this is Ruth."],
      [60, 'l', 'Does your dad already have a library card with us, and does he live in Frederick County?'],
      [118, 'p', 'yes he has a card, lives in Thurmont'],
      [126, 'l', 'Then he qualifies for our Books by Mail service: we mail books, large print and audiobooks with a free return bag. He or you can sign him up by calling Outreach Services at 301-600-7560, or with the form at fcpl.org/books-by-mail. Would that work for him?'],
      [190, 'p', "that sounds perfect, I'll call them for him tomorrow"],
      [197, 'l', 'Is there anything else I can help you or your dad with?'],
      [230, 'p', "no that's it"],
      [236, 'l', 'Take care, and goodbye to you both!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Are you and your dad still with me?" asks whether the patron is still there; "It looks like you've both
    // logged off, so I'll end the chat now" says they seem to have disconnected and that the chat ends (idle 210 s)
    name: 'A daughter for her visiting father\'s Kindle: card asked, Libby\'s Read With Kindle steps, "Does that work for him?", silence, "Are you and your dad still with me?" at 132 s, "looks like you\'ve both logged off" at 210 s',
    lines: [
      [0, 'p', "can my father read library ebooks on his kindle paperwhite? he's visiting me and asked"],
      [48, 'l', "Hi! Thanks for contacting Ask a Librarian, I'm Beth with Harford County Public Library."],
      [55, 'l', 'Does he have a Harford County library card, or a card from where he lives?'],
      [100, 'p', 'harford county, he lives in bel air'],
      [108, 'l', "Yes: Libby can send most ebooks to a Kindle. He borrows the book in Libby (libbyapp.com) with his card, taps Read With, then Kindle, and it opens on Amazon's site to deliver to his Paperwhite. Does that work for him?"],
      [240, 'l', 'Are you and your dad still with me?'],
      [318, 'l', "It looks like you've both logged off, so I'll end the chat now. Feel free to come back any time. Bye!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the privacy rule with a number to call is no dismissal; the Westminster circulation desk is the provider's
    // own library's department, told to call: a referral with a phone
    name: 'A son asking what his mother has checked out: card and whether she can call asked, privacy, the circulation desk\'s phone or My Account, "that\'s all"',
    lines: [
      [0, 'p', 'hi, can you tell me what books my mom has checked out? she thinks she lost one and wants to know the title'],
      [35, 'l', 'Hello, this is Grant with the Carroll County Public Library chat.'],
      [41, 'l', "Is your mom's card with Carroll County, and would she be able to join the chat or call us herself?"],
      [90, 'p', "yes carroll county. she doesn't do chat, she's 82"],
      [98, 'l', "For privacy I can only go over an account with the cardholder. She can call the Westminster branch's circulation desk at 410-386-4490 and they'll read her the list, or she can log into My Account at library.carr.org with her card and PIN. Would either of those work for her?"],
      [150, 'p', "ok the phone will work. that's all, thanks"],
      [156, 'l', 'Thanks for contacting us, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // relabelled: contact passes, code passes. The daughter's e-mail given for the scan is read as the patron's contact, as
    // sixth-round-followup reads "my moms email is …" (first labelled as not the patron's: contact and code failed)
    // (text changed after the first run: the Herald-Mail on microfilm alone was read as no source, a reading outside this
    // area, now in LEFT; the index at whilbr.org gives one)
    name: 'A 79-year-old asking for an obituary, the scan to go "to my daughter, her email is …": month asked, the Herald-Mail microfilm, "by Thursday", no completeness question',
    lines: [
      [0, 'p', 'Good morning. I am 79 and not so good with computers. I am looking for the obituary of my brother-in-law, Harold Wentz, died 1987 in Hagerstown'],
      [44, 'l', "Good morning, thank you for contacting Ask a Librarian. I'm Denise from Washington County Free Library."],
      [50, 'l', 'Do you know roughly the month he died? That narrows the search a lot.'],
      [120, 'p', 'I think it was March, right after Easter'],
      [128, 'l', "Thank you. The Hagerstown Herald-Mail for 1987 is on microfilm in our Western Maryland Room, and its obituary index is at whilbr.org; I'll look through March and April tomorrow morning and send a scan of the obituary by Thursday. Where should I send it?"],
      [200, 'p', "Please send it to my daughter, she's better with computers. Her email is jen.kowalski@comcast.net"],
      [208, 'l', "Got it, I'll send it to your daughter at jen.kowalski@comcast.net by Thursday. Is there anything else I can help with?"],
      [260, 'p', "No dear, that's all. Thank you so much"],
      [266, 'l', "You're very welcome. Take care!"],
    ],
    over: FU_ME,
    exp: followed({ complete: 'fail' }),
  },
  {
    // reading: the adult child typing for her mother is the patron: "my mom needs it, I do her taxes"; Raj, who joins
    // without a transfer, is consulted, no referral; the first two provider messages are Lena's
    name: 'A daughter doing her mother\'s taxes: Lena asks state or federal, brings in Raj (internal note), Raj answers 73 s later with Form PV on marylandtaxes.gov, Lena says goodbye',
    lines: [
      [0, 'p', 'hi where do I find the maryland form for a tax extension? my mom needs it, I do her taxes'],
      [30, 'l', "Hi, I'm Lena, a librarian with the AskUsNow! chat service.", LENA],
      [36, 'l', 'Is it the state extension for her Maryland return, or the federal one for the IRS?', LENA],
      [70, 'p', 'maryland'],
      [77, 'l', 'Let me bring in a colleague who knows the tax forms well, one moment.', LENA],
      [80, 'i', "@Raj can you help with a MD extension form q? patron doing mom's taxes", { author: 'Lena Brooks', authorId: 'lena' }],
      [150, 'l', "Hi there, Raj here, I'm also a librarian with AskUsNow!. The Maryland extension is Form PV, on the Comptroller's site at marylandtaxes.gov under Individual Taxes, Tax Forms. She can also file it online at interactive.marylandtaxes.gov. Does that help?", RAJ],
      [200, 'p', "yes perfect, that's all i needed"],
      [207, 'l', 'Great, thanks for chatting with us! Bye.', LENA],
    ],
    over: { provider: { id: 'lena', name: 'Lena Brooks', library: 'AUN' } },
    exp: usual(),
  },
  // ---- teachers, businesses, interpreters, neighbours ---------------------------------------------------------------------
  {
    name: 'A 7th-grade teacher for a class of 28: devices asked, a hold, Gale In Context 132 s later, "Does that work for your class?", anything else asked',
    lines: [
      [0, 'p', "Good afternoon, I teach 7th grade science at Magothy River Middle. I'd like my class (28 kids) to use a library database for a research project on invasive species. What do you have that works for that age?"],
      [41, 'l', "Good afternoon and welcome to Ask a Librarian! I'm Devon, a teen services librarian."],
      [47, 'l', "Will the students be working from school Chromebooks, or at home? Some databases need each student's own library card."],
      [112, 'p', "school chromebooks, in class. most don't have cards"],
      [120, 'l', 'OK, let me check which ones work without a card on the school network.'],
      [252, 'l', 'Gale In Context: Middle School works on any school network in the county with no card needed: have them start at aacpl.net/research and pick it from the Students list. It has articles, videos and a topic page on invasive species. Does that work for your class?'],
      [300, 'p', 'That is exactly what I needed, thank you!'],
      [306, 'l', 'Glad to help! Anything else for you or your students?'],
      [340, 'p', "Nope, that's all."],
      [346, 'l', 'Thanks for contacting us, good luck with the project!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'A kindergarten teacher booking a class visit: picked up at 61 s, branch and numbers asked, the branch children\'s desk by e-mail, "That\'s everything"',
    lines: [
      [0, 'p', "Hello! I'm a kindergarten teacher at Glen Burnie Park Elementary. We'd love to bring our class to the library for a story time visit in May. Who do I talk to?"],
      [61, 'l', 'Hi, thanks for waiting! This is Sofia at Anne Arundel County Public Library.'],
      [68, 'l', 'Which branch is closest to your school, and about how many children would come?'],
      [120, 'p', 'Glen Burnie Regional probably, 22 kids plus 4 adults'],
      [127, 'l', "Class visits are booked by the branch's children's staff. Email the Glen Burnie Regional children's desk at gbkids@aacpl.net with two or three dates that work, and they'll confirm. There's more about class visits at aacpl.net/teachers. Does that help?"],
      [175, 'p', "Yes! That's everything, thank you!"],
      [180, 'l', "You're welcome, the kids will love it. Bye!"],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    name: 'An office manager for 12 employees\' LinkedIn Learning while the librarian has three other chats: residence asked, the card and e-learning pages, "Does that answer your boss\'s question?"',
    lines: [
      [0, 'p', "hello, i'm the office manager at a small accounting firm in Towson. can our 12 employees get LinkedIn Learning through the library? our boss asked me to find out"],
      [47, 'l', "Hi! Baltimore County Public Library's Ask a Librarian here, my name is Kwame."],
      [53, 'l', "Do your employees live in Maryland? Cards are free for Maryland residents, but LinkedIn Learning needs each person's own card."],
      [110, 'p', 'most of them yes, 2 live in PA'],
      [118, 'l', "The ones living in Maryland can each get a free card online at bcpl.info/getacard and then log in to LinkedIn Learning from bcpl.info/elearning with their card number and PIN. The two in Pennsylvania can't use ours, I'm afraid. Does that answer your boss's question?"],
      [170, 'p', "yes it does, thanks! that's everything I needed"],
      [175, 'l', "You're welcome, thanks for chatting with us. Bye!"],
    ],
    ctx: { otherIntervals: [other('z6-bcpl-a', 'jo', -200, 150), other('z6-bcpl-b', 'jo', 30, 400), other('z6-bcpl-c', 'jo', 90, 600)] },
    // relabelled: clarify fails. The message with the residence question also names LinkedIn Learning (a named resource,
    // a database), so the question is not before the first message that gives a source
    exp: usual({ clarify: 'fail', concurrency: 'fail' }),
  },
  {
    // reading: "Can you ask her whether that answers her question?" asks, through the interpreter, whether what was given
    // meets the need; "she says …, that is all she needs" says the need is met
    name: 'An interpreter for a Dari-speaking woman without ID: her papers asked, the accepted documents and online form, "Can you ask her whether that answers her question?", "that is all she needs"',
    lines: [
      [0, 'p', 'hello. I am an interpreter, I am with a woman at the library who speaks only Dari. She wants a library card but she has no ID yet'],
      [33, 'l', 'Hi, thanks for reaching out! This is Anna at Montgomery County Public Libraries.'],
      [40, 'l', 'Can you ask her if she has any mail with her name and address on it, like a letter from a resettlement agency or a lease?'],
      [95, 'p', 'she has a letter from IRC with her address'],
      [104, 'l', 'That works: a letter from a resettlement agency counts as proof of address. She can apply online at montgomerycountymd.gov/library/card and upload a photo of the letter; the full list of accepted documents is on the same page. Can you ask her whether that answers her question?'],
      [170, 'p', 'she says yes, thank you very much, that is all she needs'],
      [176, 'l', "You're both very welcome. Goodbye!"],
    ],
    exp: usual(),
  },
  {
    // reading: the pickup at exactly 60 s passes; the partial result that says the search goes on is a hold; the branch
    // to call is the provider's own library's: a referral with a phone; "He has no more questions" says he is done
    name: 'A CASA volunteer interpreting for a man preparing the citizenship test: picked up at 60 s, a hold, the USCIS Spanish guide "still looking", the Oxon Hill class by phone 110 s later, "Can you ask him if that is what he needs?"',
    lines: [
      [0, 'p', "Hi, I'm a volunteer interpreter with CASA. I'm with a man who wants to study for the US citizenship test, in Spanish. Are there library materials?"],
      [60, 'l', "Hello! This is Julio, a librarian with Prince George's County Memorial Library System's Ask Us."],
      [66, 'l', 'Is his interview in English, and does he want books, videos, or classes?'],
      [120, 'p', 'interview in English, but he wants to study in Spanish first. books and classes'],
      [128, 'l', 'Let me look, one moment.'],
      [230, 'l', "I found the USCIS study guide in Spanish, 'Preguntas de civica', at uscis.gov/es/ciudadania; still looking for classes for you."],
      [340, 'l', 'Our Oxon Hill branch has a free citizenship class in Spanish on Tuesdays at 6 pm; he can register by calling the branch at 301-839-2400. Can you ask him if that is what he needs?'],
      [400, 'p', 'He says yes, very good, thank you. He has no more questions'],
      [406, 'l', 'Thank you both! Good luck with the test. Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "she should call the Jury Office … at 301-952-3535" refers the neighbour, through the patron, with a phone
    name: 'A neighbour asking for a woman scared by a jury summons: the letter asked, the juror site, "she should call the Jury Office … at 301-952-3535", "Thank you for helping your neighbor! Goodbye."',
    lines: [
      [0, 'p', "Hi, I'm asking for my neighbor, her English isn't good. She got a jury summons in the mail from Prince George's County and is scared she's in trouble"],
      [26, 'l', "Hi, this is Omar, a librarian at Prince George's County Memorial Library System. Happy to help."],
      [32, 'l', "Does the letter say 'Summons for Jury Service' at the top, and does it have a date she needs to report or reply by?"],
      [90, 'p', 'yes jury service, she has to fill out a questionnaire by the 15th'],
      [98, 'l', "That's a normal jury summons, she isn't in trouble. She answers the questionnaire online at mdcourts.gov/juror using the juror number on the letter. If she needs an interpreter or has questions, she should call the Jury Office of the Circuit Court at 301-952-3535. Does that explain it?"],
      [150, 'p', "yes thank you, I'll tell her. that's everything"],
      [156, 'l', 'Thank you for helping your neighbor! Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Two students sharing a computer at the Wheaton library: printing asked and answered, then the friend types for an SAT book, a hold, anything else asked "for either of you", "Thanks to you both"',
    lines: [
      [0, 'p', "hi we're two students on the computers at the Wheaton library. first q: how do we print from these"],
      [31, 'l', "Hello, this is Marco with Montgomery County Public Libraries' Ask a Librarian. Are you printing from a website or from a file on a USB stick?"],
      [66, 'p', 'website, a google doc'],
      [74, 'l', "Press Ctrl+P, pick the printer 'WHE-Public-BW', then release the job at the print station with your library card; the full steps are at montgomerycountymd.gov/library/printing. Did that work?"],
      [140, 'p', 'yes it printed. ok now my friend is typing'],
      [146, 'p', 'hey, do you have the SAT prep book from Princeton Review? the 2025 one'],
      [155, 'l', 'Let me check for you.'],
      [210, 'l', 'Yes: Princeton Review Digital SAT Premium Prep 2025 has 3 copies on the shelf at Wheaton, call number 378.1662 PRI. Anything else for either of you?'],
      [240, 'p', "nope we're good, that's all. thx!!"],
      [246, 'l', 'Thanks to you both, good luck on the SAT!'],
    ],
    exp: usual(),
  },
  // ---- librarians asking for their patrons ------------------------------------------------------------------------------
  {
    name: 'An ILL librarian at a public library for a patron\'s 1958 thesis: citation and extent asked, a hold, the catalogue and the ILL office\'s e-mail, "Is that what you needed?"',
    lines: [
      [0, 'p', "Hi, this is Tom Becker, ILL librarian at Fairview Public Library. I have a patron who needs a 1958 master's thesis from your university, can we borrow it?"],
      [44, 'l', 'Hello Tom, welcome to Ask Us at Hopkins Library, this is Grace from Research Services.'],
      [50, 'l', 'Do you have the author and title, and does your patron need the whole thesis or just a chapter?'],
      [95, 'p', "Author Ruth Delaney, 'Oyster harvesting on the Chesapeake 1900-1950'. whole thing"],
      [101, 'l', 'One moment while I look it up.'],
      [170, 'l', "It's in our catalog (catalyst.library.jhu.edu) as a print copy that doesn't circulate, but our Interlibrary Loan office can scan it for you: send the request through OCLC WorldShare, or email them at interlibraryloan@jhu.edu with the citation. Is that what you needed?"],
      [210, 'p', "Perfect, I'll send it over now. Thanks Grace, that's everything"],
      [215, 'l', 'My pleasure, Tom. Thanks for getting in touch, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Hi Karen at Westfield Public Library!" greets the patron by her own name and library: it does not identify
    // who is answering, and the second provider message names only the State Archives' site
    name: 'A librarian at another library for a patron\'s 1940 city directory: "Hi Karen at Westfield Public Library! Which street or family …?", the State Archives\' digitized directories',
    lines: [
      [0, 'p', "Hi! Karen Liu from Westfield Public Library here. A patron of ours is looking for the 1940 city directory for Annapolis, do you know if it's online anywhere?"],
      [29, 'l', "Hi Karen at Westfield Public Library! Which street or family is your patron looking for? Some years are indexed and some aren't."],
      [80, 'p', 'the Marchetti family on Prince George St'],
      [88, 'l', "The 1940 Polk's Annapolis directory is digitized on the Maryland State Archives site at msa.maryland.gov under Special Collections, City Directories; search 'Polk Annapolis 1940' and browse to Prince George St. Does that get your patron what they need?"],
      [130, 'p', "yes, that's great! That's all for now"],
      [136, 'l', 'Great, thanks for reaching out!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: Pete's internal note to Hannah says why and Pete told the patron: the handoff passes
    name: 'A school librarian for a student\'s great-grandmother\'s naturalization papers: name and year asked, transferred to the genealogy librarian with a note, National Archives by e-mail and USCIS Genealogy online',
    lines: [
      [0, 'p', "hi, I'm the librarian at Shady Grove Middle. one of our 8th graders wants to find her great-grandmother's naturalization papers from the 1920s, Baltimore. can you advise?"],
      [34, 'l', "Hello! Ask Us at Montgomery County Public Libraries, I'm Pete.", PETE],
      [40, 'l', "Do you know her great-grandmother's name and roughly the year she arrived?", PETE],
      [90, 'p', 'Anna Sokolowski, arrived around 1912'],
      [97, 'l', "Thanks. Our genealogy librarian Hannah is online and knows naturalization records well, so I'm transferring you to her now, one moment.", PETE],
      [100, 'i', 'Hannah: school librarian asking re naturalization papers 1920s Baltimore for a student (Anna Sokolowski, arr. ~1912). Can you take it?', { author: 'Pete Alvarez', authorId: 'pete', to: 'hannah' }],
      [104, 's', 'Chat transferred to Hannah Cole', sys('transfer', 'hannah')],
      [170, 'l', "Hi, Hannah here, the genealogy librarian. Naturalization papers from the 1920s are in two places: the federal court records at the National Archives in Philadelphia (email philadelphia.archives@nara.gov), and USCIS's Genealogy Program for the C-File (uscis.gov/records/genealogy). Does that give you somewhere to start?", HANNAH],
      [230, 'p', "yes that's perfect. that's everything for now"],
      [236, 'l', 'Great, thanks for contacting us, and good luck to your student!', HANNAH],
    ],
    over: { provider: { id: 'pete', name: 'Pete Alvarez', library: 'MCPL' } },
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
];

const Q: Line = [0, 'p', "hi, I'm asking for my grandmother, she wants large print mysteries"];
const HELLO: Line = [25, 'l', "Hello, this is Jo at Sample County Library. Does she like cozy mysteries or thrillers?"];
const ASKED: Line[] = [Q, HELLO, [55, 'p', 'cozy ones, like Agatha Christie']];
const ANSWER = 'Our catalog at samplelibrary.org has 40 large print cozies; try the Thursday Murder Club series by Richard Osman.';

export const short: SessionCase[] = [
  // ---- who is answering -------------------------------------------------------------------------------------------------
  {
    // reading: "a librarian" here is the patron; nothing says who is answering
    name: '"Hi! Always happy to help a librarian and their patron." greets but does not say who is answering: greeting fails',
    lines: [
      [0, 'p', "I'm the reference librarian at Oak Hill Library, I have a patron asking for a 1970s article from the Journal of Forestry"],
      [30, 'l', 'Hi! Always happy to help a librarian and their patron. Do you have the volume and page numbers?'],
      [70, 'p', 'vol 71, p 220, 1973'],
      [80, 'l', "It's in JSTOR; your patron can read it there through your library's access. Does that work?"],
      [110, 'p', "yes that's all, thanks"],
      [115, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Hi! Librarian here too, Sam at the State Library." greets and says who is answering',
    lines: [
      [0, 'p', "I'm the reference librarian at Oak Hill Library, I have a patron asking for a 1970s article from the Journal of Forestry"],
      [30, 'l', 'Hi! Librarian here too, Sam at the State Library. Do you have the volume and page numbers?'],
      [70, 'p', 'vol 71, p 220, 1973'],
      [80, 'l', "It's in JSTOR. Does that work?"],
      [110, 'p', "yes that's all, thanks"],
      [115, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Ms. Rivera from Lincoln Elementary" is the patron, a teacher
    name: '"Good morning, Ms. Rivera from Lincoln Elementary!" greets the teacher by her own name and school: greeting fails',
    lines: [
      [0, 'p', 'Good morning, this is Ms. Rivera from Lincoln Elementary. My 2nd graders are studying butterflies, any good books?'],
      [30, 'l', 'Good morning, Ms. Rivera from Lincoln Elementary! Are you after read-alouds or books the kids read on their own?'],
      [70, 'p', 'read-alouds'],
      [80, 'l', 'Try Waiting for Wings by Lois Ehlert, in our catalog. Does that help?'],
      [110, 'p', "perfect, that's all"],
      [115, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Hi, Diego\'s mom! You\'re chatting with Ask a Librarian at Frederick County." greets and names the service',
    lines: [
      [0, 'p', "hi it's Diego's mom, he needs a book on sharks"],
      [30, 'l', "Hi, Diego's mom! You're chatting with Ask a Librarian at Frederick County. How old is Diego?"],
      [70, 'p', '8'],
      [80, 'l', 'Try Sharks by Seymour Simon, in our catalog at fcpl.org. Does that help?'],
      [110, 'p', "yes that's all"],
      [115, 'l', 'Bye!'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: with two providers, the first two visible provider messages are read whoever wrote them: Raj's
    // introduction is the second
    name: 'Two providers: "Hello!" from Lena, then "Raj here, a librarian on AskUsNow! too" as the second provider message: greeting passes',
    lines: [
      [0, 'p', 'my husband wants to know how to renew his passport, can you help'],
      [20, 'l', 'Hello!', LENA],
      [40, 'l', "Hi, Raj here, a librarian on AskUsNow! too. Is his passport expired, or still valid?", RAJ],
      [70, 'p', 'expired last year'],
      [80, 'l', 'If it expired less than 5 years ago he can renew by mail with Form DS-82 from travel.state.gov. Does that help?', RAJ],
      [110, 'p', "yes that's all"],
      [115, 'l', 'Bye!', LENA],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- done, anything else, goodbyes -------------------------------------------------------------------------------------
  {
    // reading: the patron says, explicitly, for the father they asked for, that the need is met
    name: '"my dad says that\'s all he needed, thank you" says the patron is done: anything else passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', "great. my dad says that's all he needed, thank you"], [106, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "ok I\'ll ask my grandma if she has any more questions" says no one is done: anything else fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', "ok I'll ask my grandma if she has any more questions"], [106, 'l', 'Sounds good, bye now!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"that\'s everything for my client, thanks" says the patron is done: anything else passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', "yes, that's everything for my client, thanks"], [106, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Bye to you both, and good luck at the science fair!" says goodbye: courteous passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes thanks'], [106, 'l', 'Bye to you both, and good luck at the science fair!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: a message to pass on greetings neither thanks, says goodbye nor invites back
    name: 'near miss: "Say hi to your grandma for me :)" after the answer neither thanks nor says goodbye: courteous fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes that is all'], [106, 'l', 'Say hi to your grandma for me :)']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Are you and your son still there?" 125 s after the answer is a check-in (idle 140 s)',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [187, 'l', 'Are you and your son still there?'], [202, 'l', 'Thanks for chatting, bye!']],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: "stepped away" says the patrons seem to have gone; "I'll close this chat" that the session ends
    name: '"Looks like you\'ve both stepped away, so I\'ll close this chat now." 190 s after the answer is the disconnect notice',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [185, 'l', 'Are you both still there?'], [252, 'l', "Looks like you've both stepped away, so I'll close this chat now. Bye!"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"Sorry, you\'ve used up your questions for today, your friend can\'t ask anything else. Bye." tells of a limit of questions: dismissal fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes! and my friend here wants to know about tax forms'], [106, 'l', "Sorry, you've used up your questions for today, your friend can't ask anything else. Bye."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"A few people are waiting, so could your friend start a new chat? We\'re here until 9." is allowed: dismissal passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes! and my friend here wants to know about tax forms'], [106, 'l', "A few people are waiting right now, so could your friend start a new chat for that one? We're here until 9 tonight. Thanks!"]],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- clarifying and completeness through a go-between ---------------------------------------------------------------
  {
    name: '"Is this for you or for your client?" is a question that shapes the answer: clarify passes',
    lines: [[0, 'p', 'how does someone get a free phone through lifeline'], [30, 'l', 'Hi, Jo at Sample County Library here. Is this for you or for your client?'], [60, 'p', 'a client'], [70, 'l', 'She can apply at lifelinesupport.org with proof of SNAP or Medicaid. Does that help?'], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Does that help your students?" asks whether what was given meets the need: completeness passes',
    lines: [[0, 'p', 'I teach 4th grade, any websites on the water cycle?'], [30, 'l', 'Hi, Jo at Sample County Library here. Do they need videos or reading?'], [60, 'p', 'reading'], [70, 'l', 'Try the USGS Water Science School at usgs.gov/water-science-school. Does that help your students?'], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would your grandma like them on audio as well?" asks about something not yet given: completeness fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Would your grandma like them on audio as well?`], [100, 'p', 'no just print'], [106, 'l', 'OK, bye now!']],
    exp: some({ complete: 'fail' }),
  },
  // ---- holds with two providers, and the patron asking someone ---------------------------------------------------------
  {
    // reading: internal messages between the two providers do not end the patron's wait
    name: 'internal notes between two providers do not end the wait: "Let me ask a colleague" at 62 s, notes at 100 and 150 s, the colleague\'s answer at 187 s breaks keep_informed',
    lines: [
      ...ASKED,
      [62, 'l', 'Let me ask a colleague who does our large print orders.'],
      [100, 'i', 'Raj, any new large print cozies?'],
      [150, 'i', 'yes, Osman and Richard Coles', { author: 'Raj Mehta', authorId: 'raj' }],
      [187, 'l', `Hi, Raj here. ${ANSWER} Does that help?`, RAJ],
      [220, 'p', "yes that's all"],
      [226, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'the colleague\'s own hold keeps the patron informed: "One moment, Raj here, checking the order list" then the answer 110 s later',
    lines: [
      ...ASKED,
      [62, 'l', 'Let me ask a colleague who does our large print orders.'],
      [150, 'l', 'Hi, Raj here, one moment while I check the order list.', RAJ],
      [260, 'l', `${ANSWER} Does that help?`, RAJ],
      [290, 'p', "yes that's all"],
      [296, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: "take your time" is no hold: the wait that follows is the patron's
    name: '"Take your time asking her, I\'ll be here." is no hold: the patron\'s answer 190 s later breaks nothing',
    lines: [
      ...ASKED,
      [62, 'l', 'Does she want them to borrow or to keep?'],
      [80, 'p', 'hang on let me ask her, she is in the kitchen'],
      [90, 'l', "Take your time asking her, I'll be here."],
      [280, 'p', 'borrow'],
      [290, 'l', `${ANSWER} Does that help?`],
      [320, 'p', "yes that's all"],
      [326, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- referrals for the third party ------------------------------------------------------------------------------------
  {
    name: '"Have your client call Maryland Legal Aid at 1-888-465-2468" refers with a phone: referral passes',
    lines: [[0, 'p', 'my client is being evicted without a court order, is that legal'], [30, 'l', 'Hi, Jo at Sample County Library here. Is it a private landlord?'], [60, 'p', 'yes'], [70, 'l', "A landlord needs a court order to evict in Maryland; the People's Law Library explains it at peoples-law.org/eviction. Have your client call Maryland Legal Aid at 1-888-465-2468. Does that help?"], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the patron's friend's own caseworker is a person outside the chat, given no way to reach them
    name: '"She should also talk to her caseworker about it." refers with no contact: referral fails',
    lines: [[0, 'p', 'my friend lost her SNAP card, how does she get a new one'], [30, 'l', 'Hi, Jo at Sample County Library here. Is she in Maryland?'], [60, 'p', 'yes'], [70, 'l', 'She can order a replacement EBT card at marylandbenefits.gov. She should also talk to her caseworker about it. Does that help?'], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: a colleague who joins the chat is no referral
    name: '"My colleague Raj is joining us, he knows tax forms." brings a colleague into the chat: no referral',
    lines: [[0, 'p', 'my mom needs the maryland tax extension form'], [30, 'l', 'Hi, Jo at Sample County Library here. My colleague Raj is joining us, he knows tax forms.'], [60, 'l', "Hi, Raj here. Is it her state return? It's Form PV at marylandtaxes.gov. Does that help?", RAJ], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  // ---- whose contact: follow-ups for someone else ----------------------------------------------------------------------
  {
    // relabelled: contact and code pass (first labelled fail): the son's e-mail given for the follow-up is the patron's
    // contact, as sixth-round-followup reads "my moms email is …"
    name: '"send it to my son at dan.reyes@gmail.com, he reads it to me" gives the e-mail for the follow-up: contact and code pass',
    lines: [
      [0, 'p', 'I need the phone number of the county aging office for my husband'],
      [30, 'l', "Hi, Jo at Sample County Library here. Is it for Meals on Wheels, or something else?"],
      [60, 'p', 'for the in-home help program'],
      [70, 'l', "I'll find who runs the in-home help program and email the number and hours by Friday. Where should I send it?"],
      [100, 'p', 'please send it to my son at dan.reyes@gmail.com, he reads it to me'],
      [106, 'l', 'Will do. Does that help?'],
      [130, 'p', "yes that's all"],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // relabelled: contact and code pass (first labelled fail), as the son's e-mail above
    name: '"call my daughter at 410-555-0193, she\'ll pass it on" gives the phone for the follow-up: contact and code pass',
    lines: [
      [0, 'p', 'does the library have a tax aide this year, i need help with my return'],
      [30, 'l', "Hi, Jo at Sample County Library here. Are you looking for AARP Tax-Aide appointments?"],
      [60, 'p', 'yes'],
      [70, 'l', "The schedule isn't out yet; I'll call you with the dates by Monday. What's the best number?"],
      [100, 'p', "i dont have a phone, call my daughter at 410-555-0193, she'll pass it on"],
      [106, 'l', 'OK. Anything else?'],
      [130, 'p', 'no'],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // reading: the caseworker gives her own e-mail beside the client's: the patron's contact is confirmed
    name: 'a caseworker gives the client\'s e-mail and her own, the answer promised to her "by Tuesday": contact passes',
    lines: [
      [0, 'p', "hi, I'm a caseworker, my client needs her GED transcript from 2009"],
      [30, 'l', 'Hi, Jo at Sample County Library here. Did she test in Maryland?'],
      [60, 'p', 'yes, Baltimore'],
      [70, 'l', "I'll find the request process and email you by Tuesday. What email should I use?"],
      [100, 'p', 'her email is tanya.b@yahoo.com but send it to me please, kpierce@familyservices.org'],
      [106, 'l', 'Will do: kpierce@familyservices.org, by Tuesday. Anything else?'],
      [130, 'p', "no that's all"],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'a promise to the caseworker with no time: "I\'ll get back to you with the form" coded Answered fails contact and code',
    lines: [
      [0, 'p', "hi, I'm a caseworker, my client needs a form to get her late husband's pension"],
      [30, 'l', 'Hi, Jo at Sample County Library here. Was it a federal or a state pension?'],
      [60, 'p', 'state, he was a teacher'],
      [70, 'l', "I'll get back to you with the form. What's your email?"],
      [100, 'p', 'kpierce@familyservices.org'],
      [106, 'l', 'Thanks, kpierce@familyservices.org. Anything else?'],
      [130, 'p', "no that's all"],
      [135, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    // reading: a parent and the child taking over are one patron side: two patron messages
    name: 'Lost Call after the parent\'s question and the child\'s "hi its me": the patron sent two messages, the code fails',
    lines: [[0, 'p', 'my son needs help with his spelling list'], [8, 'p', 'hi its me'], [50, 'l', 'Hi, Jo at Sample County Library here. What grade are you in?'], [200, 'l', 'Are you still there?']],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'fail' }),
  },
  {
    // "my work email" is the patron's own
    name: 'near miss: "send it to my work email, rtaylor@cityhealth.org" is the patron\'s own address: contact and code pass',
    lines: [
      [0, 'p', "hi, I'm a nurse navigator, my patient needs a list of free diabetes classes"],
      [30, 'l', 'Hi, Jo at Sample County Library here. Which county does she live in?'],
      [60, 'p', 'Sample County'],
      [70, 'l', "I'll put together the class list and email it by Wednesday. Where should I send it?"],
      [100, 'p', 'send it to my work email, rtaylor@cityhealth.org'],
      [106, 'l', 'Will do. Anything else?'],
      [130, 'p', "no that's all"],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // "my student email" is the patron's own
    name: 'near miss: "use my student email, jdoe22@umbc.edu" is the patron\'s own address: contact and code pass',
    lines: [
      [0, 'p', 'can i get the article from the journal of chemical education 1998 vol 75'],
      [30, 'l', 'Hi, Jo at Sample County Library here. Which pages?'],
      [60, 'p', '1021-1024'],
      [70, 'l', "I'll request it through interlibrary loan and email you the PDF by Thursday. What email should I use?"],
      [100, 'p', 'use my student email, jdoe22@umbc.edu'],
      [106, 'l', 'Will do. Anything else?'],
      [130, 'p', "no that's all"],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // the other person's address is said to be no use, the patron's own follows
    name: 'near miss: "his email is no use lol mine is pkessler@example.com" gives the patron\'s own address: contact passes',
    lines: [
      [0, 'p', "Hi, I'm looking for my uncle's obituary for my dad, he lived in Hagerstown"],
      [20, 'l', 'Hello, this is Jo at Washington County Free Library. Do you know the year?'],
      [40, 'p', '1988, my dads email is no use lol mine is pk.reed@example.com'],
      [60, 'l', "I'll search the 1988 microfilm and email you a scan by Friday."],
      [90, 'p', "thanks, that's all"],
      [95, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // the reading kept from the reentry case (LEFT for its referral): the case manager's own e-mail confirms the contact
    name: 'the sister\'s phone in the question, then the case manager\'s own e-mail for the promised answer "within 48 hours": contact passes',
    lines: [
      [0, 'p', "Hi, I'm a reentry case manager. My client needs a birth certificate. His only contact is his sister's phone 443-555-0147 if that matters."],
      [40, 'l', "Hello, I'm Nora at Enoch Pratt Free Library. Does he have any photo ID yet?"],
      [100, 'p', 'release papers and a DOC id'],
      [176, 'l', "I'll check with Vital Records about which they accept and email you what I find within 48 hours. What's your email?"],
      [220, 'p', 'dreyes@marylandreentry.org'],
      [226, 'l', 'Thanks. Anything else today?'],
      [260, 'p', "no that's everything"],
      [266, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // near miss for Z6 `seemGone` ("you've both logged off"): "you both have what you need" says no one has gone
    name: 'near miss: "Looks like you both have what you need, so I\'ll close the chat now." does not say the patrons seem gone: disconnect fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [185, 'l', 'Are you both still there?'], [252, 'l', "Looks like you both have what you need, so I'll close the chat now. Bye!"]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // near miss for Z6 completeness ("ask her whether that answers her question"): a new offer, not what was given
    name: 'near miss: "Can you ask her if she wants them on audio too?" asks about something not yet given: completeness fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Can you ask her if she wants them on audio too?`], [100, 'p', 'she says no'], [106, 'l', 'OK, bye now!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // Z6 completeness (alternative 145 widened): "Does that get your patron what they need?"
    name: '"Does that get your student what she needs?" asks whether what was given meets the need: completeness passes',
    lines: [[0, 'p', 'I teach 4th grade, one of my students needs a book on owls'], [30, 'l', 'Hi, Jo at Sample County Library here. Fiction or facts?'], [60, 'p', 'facts'], [70, 'l', 'Try Owls by Gail Gibbons, in our catalog at samplelibrary.org. Does that get your student what she needs?'], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss for Z6 `referralActor` ("your client can / should …"): another person's landlord is the subject
    name: 'near miss: "Your client\'s landlord should contact the county first" tells what the landlord should do: no referral',
    lines: [[0, 'p', 'my client is being evicted, what notice does the landlord have to give'], [30, 'l', 'Hi, Jo at Sample County Library here. Is it a private landlord?'], [60, 'p', 'yes'], [70, 'l', "Maryland's notice rules are at peoples-law.org/eviction. Your client's landlord should contact the county first before any lockout. Does that help?"], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for Z6 `haveCallZ6`: a question about a call already made
    name: 'near miss: "Have your client called Legal Aid yet?" asks about a call: no referral',
    lines: [[0, 'p', 'my client is being evicted without a court order, is that legal'], [30, 'l', 'Hi, Jo at Sample County Library here. Is it a private landlord?'], [60, 'p', 'yes'], [70, 'l', "A landlord needs a court order to evict in Maryland; the People's Law Library explains it at peoples-law.org/eviction. Have your client called Legal Aid yet?"], [100, 'p', "no, that's all, thanks"], [105, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // Z6 `referralActor`: the person the patron asks for as the subject
    name: '"Your neighbor should call the Jury Office at 301-952-3535" refers, through the patron, with a phone: referral passes',
    lines: [[0, 'p', 'my neighbor got a jury summons and is scared'], [30, 'l', 'Hi, Jo at Sample County Library here. Does it have a reply date?'], [60, 'p', 'the 15th'], [70, 'l', 'It is a normal summons: the questionnaire is at mdcourts.gov/juror. Your neighbor should call the Jury Office at 301-952-3535 with any questions. Does that help?'], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for Z6 `patronSignOnZ6`: the patron names someone else, the provider, with no "here" sign-on
    name: 'near miss: the patron writes "karen from westfield public library said you could help"; "Hi, Karen at Westfield Public Library!" is the provider: greeting passes',
    lines: [[0, 'p', 'hello, karen from westfield public library said you could help me find my library card number'], [30, 'l', 'Hi, Karen at Westfield Public Library!'], [36, 'l', 'Do you have the email you signed up with?'], [60, 'p', 'yes'], [70, 'l', 'Log in at westfieldlibrary.org with it and choose Forgot card number. Does that help?'], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  // ---- second batch, written before running (the same readings) ----------------------------------------------------
  {
    name: '"my mom says thank you, she\'s all set" says, for the mother, that the need is met: anything else passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', "perfect. my mom says thank you, she's all set"], [106, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"she has no more questions" says the grandmother is done: anything else passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes, she has no more questions. thank you'], [106, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "my grandma says thanks!" alone is thanks, not done: anything else fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'my grandma says thanks!'], [106, 'l', 'Bye now!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: asking whether the person the patron asks for needs anything else asks the patron
    name: '"Does your grandma have any other questions?" asks whether anything else is needed: anything else passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes'], [106, 'l', 'Does your grandma have any other questions?'], [140, 'p', 'no'], [146, 'l', 'Bye now!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Anything else I can help your class with?" asks: anything else passes',
    lines: [[0, 'p', 'I teach 4th grade, any websites on the water cycle?'], [30, 'l', 'Hi, Jo at Sample County Library here. Do they need videos or reading?'], [60, 'p', 'reading'], [70, 'l', 'Try the USGS Water Science School at usgs.gov/water-science-school. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Anything else I can help your class with?'], [130, 'p', 'no'], [135, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Thank you both for chatting!" as the last message thanks: courteous passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', "yes that's all"], [106, 'l', 'Thank you both for chatting!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Are either of you still there?" 124 s after the answer is a check-in (idle 140 s)',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [186, 'l', 'Are either of you still there?'], [202, 'l', 'Thanks for chatting, bye!']],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: "It seems you and your grandma have left the chat" says the patron seems to have gone; "I'll close it now"
    // that the session ends
    name: '"It seems you and your grandma have left the chat, so I\'ll close it now." 190 s after the answer is the disconnect notice',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [185, 'l', 'Are you still there?'], [252, 'l', "It seems you and your grandma have left the chat, so I'll close it now. Bye!"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"it\'s for my daughter but use my email: k.mills@gmail.com" gives the patron\'s own address: contact passes',
    lines: [
      [0, 'p', 'does the library have SAT tutoring? its for my daughter'],
      [30, 'l', 'Hi, Jo at Sample County Library here. Is she a junior or senior?'],
      [60, 'p', 'junior'],
      [70, 'l', "The spring schedule comes out next week; I'll email it to you by Friday. Which email?"],
      [100, 'p', "it's for my daughter but use my email: k.mills@gmail.com"],
      [106, 'l', 'Got it. Anything else?'],
      [130, 'p', 'no thanks'],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"call me at 410-555-0100, or my son at 410-555-0199" gives the patron\'s own phone first: contact passes',
    lines: [
      [0, 'p', 'does the library have a tax aide this year'],
      [30, 'l', 'Hi, Jo at Sample County Library here. Are you looking for AARP Tax-Aide appointments?'],
      [60, 'p', 'yes'],
      [70, 'l', "The schedule isn't out yet; I'll call you with the dates by Monday. What's the best number?"],
      [100, 'p', 'call me at 410-555-0100, or my son at 410-555-0199'],
      [106, 'l', 'OK. Anything else?'],
      [130, 'p', 'no'],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // relabelled: contact and code pass (first labelled fail), as the son's e-mail above
    name: '"My daughter\'s email is jen.k@comcast.net, she\'ll forward it", then "I\'ll send it to jen.k@comcast.net by Thursday": contact and code pass',
    lines: [
      [0, 'p', 'I need a copy of my late husbands obituary from 1994'],
      [30, 'l', 'Hi, Jo at Sample County Library here. Do you know the month?'],
      [60, 'p', 'June'],
      [70, 'l', "I'll look in the microfilm and send you a scan by Thursday. Where should I send it?"],
      [100, 'p', "I don't use email. My daughter's email is jen.k@comcast.net, she'll forward it"],
      [106, 'l', "OK, I'll send it to jen.k@comcast.net by Thursday. Anything else?"],
      [130, 'p', 'no thank you'],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // relabelled: contact passes (first labelled fail): the daughter's address given in the chat for the scan is read as
    // the patron's contact (sixth-round-followup's reading); the address on record is not needed
    name: 'the patron\'s e-mail on record, the daughter\'s given in the chat for the scan: code and contact pass',
    lines: [
      [0, 'p', 'I need a copy of my late husbands obituary from 1994'],
      [30, 'l', 'Hi, Jo at Sample County Library here. Do you know the month?'],
      [60, 'p', 'June'],
      [70, 'l', "I'll look in the microfilm and send a scan by Thursday. Where should I send it?"],
      [100, 'p', 'please send it to my daughter at jen.k@comcast.net'],
      [106, 'l', 'Will do. Anything else?'],
      [130, 'p', 'no thank you'],
      [135, 'l', 'Bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'ruth.h@aol.com', phone: null } },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'a librarian for a patron: "I\'ll email you the scans by Friday so you can pass them on", her work address read back: contact passes',
    lines: [
      [0, 'p', "Hi, I'm the reference librarian at Oak Hill Library. A patron needs two pages from your 1911 county atlas."],
      [30, 'l', 'Hello, Sam at the State Library here. Which townships?'],
      [60, 'p', 'Elk Ridge and Clarksville'],
      [70, 'l', "I'll scan both plates and email you the scans by Friday so you can pass them on. What's your email?"],
      [100, 'p', 'reference@oakhilllibrary.org'],
      [106, 'l', "Thanks, that's reference@oakhilllibrary.org. Anything else?"],
      [130, 'p', 'no thanks'],
      [135, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // relabelled: referral na. "Your client's caseworker at DSS can issue that letter; the office is at …" says who can do
    // it and where the office is, but tells no one to contact or visit them (RUBRIC.md's Referral: "telling the patron to
    // contact or visit"); the phone is a source
    name: '"Your client\'s caseworker at DSS can issue that letter; the office is at 410-555-0120" tells no one to contact them: no referral',
    lines: [[0, 'p', 'my client needs proof of income letter for housing, she gets TCA'], [30, 'l', 'Hi, Jo at Sample County Library here. Is it for a housing authority application?'], [60, 'p', 'yes'], [70, 'l', "Your client's caseworker at DSS can issue that letter; the office is at 410-555-0120. Does that help?"], [100, 'p', "yes that's all"], [105, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: "hold on my friend is typing" is the patron's message, no hold
    // relabelled: keep_informed fails. The wait on the provider begins at the patron's "hold on, my friend is typing"
    // (100 s) and the friend's question at 220 s does not restart it (RUBRIC.md: further patron messages while it lasts
    // do not restart it): the next provider message comes 150 s after it
    name: '"hold on, my friend is typing" is the patron\'s: the wait begins there, and the provider\'s next message 150 s later breaks keep_informed',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes. hold on, my friend is typing'], [220, 'p', 'hi do you have audiobooks of those'], [250, 'l', 'Yes, most are on Libby with your card. Anything else?'], [280, 'p', 'no thats all'], [285, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss for Z6 seemGone ("you and your grandma have left"): no one has gone
    name: 'near miss: "It seems you and your grandma have the same taste in books, so I\'ll close with one more" does not say they seem gone: disconnect fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [185, 'l', 'Are you still there?'], [252, 'l', "It seems you and your grandma have the same taste in books, so I'll close with one more: Miss Marple's Final Cases. Bye!"]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'the transferring provider tells the patron but sends no internal note: handoff fails',
    lines: [
      ...ASKED,
      [62, 'l', "I'll transfer you to Raj, who orders our large print, one moment."],
      [66, 's', 'Chat transferred to Raj Mehta', sys('transfer', 'raj')],
      [120, 'l', `Hi, Raj here. ${ANSWER} Does that help?`, RAJ],
      [150, 'p', "yes that's all"],
      [156, 'l', 'Bye!', RAJ],
    ],
    exp: some({ transfer: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // reading: the sister's phone, given as the client's only way to be reached (not for the follow-up), is no contact of
    // the patron's: none is known, and none confirmed
    // LEFT: contact and code pass. The scorer reads any contact the patron types as theirs, and an earlier round reads a
    // relative's e-mail given for the follow-up as the patron's ("my moms email is …"); telling a contact given for another
    // use from one given for the follow-up needs knowing what it is for (tried as `thirdPartyContactZ6`, by the words
    // around the contact: it broke that reading in sixth- and seventh-round-followup and was taken back).
    name: '"His only contact is his sister\'s phone 443-555-0147" as the only number, coded Follow-up by me: code fails',
    lines: [
      [0, 'p', "Hi, I'm a reentry case manager. My client needs a birth certificate. His only contact is his sister's phone 443-555-0147 if that matters."],
      [40, 'l', "Hello, I'm Nora at Enoch Pratt Free Library. Does he have any photo ID yet?"],
      [100, 'p', 'release papers and a DOC id'],
      [176, 'l', "I'll check with Vital Records about which they accept and get back to you within 48 hours."],
      [220, 'p', 'ok thanks, bye'],
      [226, 'l', 'Goodbye!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    // reading: the sister's phone, given as the client's only way to be reached, is no contact of the patron's; the case
    // manager's own e-mail is; "he can order one … in person at 6764-B Reisterstown Road" tells (through the patron) to visit
    // Vital Records: a referral with an address
    // LEFT: referral.contact is na. "order one online at … or in person at <address>" has no referring verb the scorer
    // knows ("order", "get one in person at"); making "order / get … in person at" refer would read every catalogue or shop
    // order ("order it through the catalogue") as a referral: broad for this round. Its contact reading is kept as the short
    // case "the sister's phone in the question …".
    name: 'Reentry case manager for a client\'s birth certificate: the sister\'s phone in the question, ID asked, Vital Records online and by address, a fee-waiver answer promised "within 48 hours" to the manager\'s e-mail; done at 30 h',
    lines: [
      [0, 'p', "Hi, I'm a reentry case manager. My client just got out after 11 years and needs a birth certificate, he was born in Baltimore in 1979. His only contact is his sister's phone 443-555-0147 if that matters. What's the process?"],
      [40, 'l', "Hello, thanks for contacting Ask a Librarian! I'm Nora at Enoch Pratt Free Library."],
      [46, 'l', 'Does he have any photo ID yet, even a prison ID or release papers?'],
      [100, 'p', 'he has his release papers and a DOC id'],
      [108, 'l', 'Birth certificates come from the Maryland Division of Vital Records: he can order one online at health.maryland.gov/vsa or in person at 6764-B Reisterstown Road, Baltimore MD 21215, and the site lists which IDs they take. Is that the information you were looking for?'],
      [170, 'p', 'yes, thanks. Is there any fee waiver for people coming out of prison?'],
      [176, 'l', "Good question, I'm not sure. I'll check with Vital Records' policy staff and email you what I find within 48 hours. What's your email?"],
      [220, 'p', 'dreyes@marylandreentry.org'],
      [226, 'l', 'Thanks, dreyes@marylandreentry.org it is. Anything else today?'],
      [260, 'p', "no that's everything"],
      [266, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(271 + 30 * HOUR), by: 'jo', note: 'fee waiver info' }] },
    exp: usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }),
  },
];

describe('twenty-fourth round (Z6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fourth round (Z6): patrons asking for others, every check', whole);
describeSessions('twenty-fourth round (Z6): patrons asking for others, short cases', short);

describeLeft('twenty-fourth-round-proxies', LEFT);
