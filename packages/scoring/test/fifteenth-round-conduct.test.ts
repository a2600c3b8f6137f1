/**
 * Fifteenth round, area (P7): CONDUCT AND LIMITS. Prank and test chats (staff testing the widget, kids typing
 * nonsense, an SMS line flooded with insults), rude and abusive patrons (helped to the end, warned, or cut off for
 * their language or threats), patrons demanding homework or quiz answers or a whole essay, repeated off-topic
 * questions, patrons asking for personal information about staff or about other patrons (who borrowed a book before
 * them), policy limits (no legal or medical advice, no troubleshooting of personal devices, one question per chat in
 * busy times), providers ending chats for the patron's conduct ("I'm ending this chat because of the language used",
 * "Voy a terminar este chat por el lenguaje…"), and providers ending them for their own convenience (a shift ending,
 * lunch, a meeting, closing time, "too many questions", "just google it") with and without a way back; courteous
 * closings; resolution codes of pranks and tests ("Inappropriate", "Test", "Lost Call" with one and with several
 * patron messages, none at all); near misses both ways (a warning that ends nothing, a hold that mentions the shift,
 * a limit of renewals, a lunch hour of the branch, advice to search Google as part of an answer).
 * Voices: public libraries (Tulsa, Multnomah, Hennepin, Cuyahoga, Toronto), statewide services (Ask Colorado,
 * AskUsNow!, Ask a Librarian Florida, KnowItNow Ohio), academic and school libraries, an SMS line, chat-speak,
 * Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - `closing.no_dismissal`: ending the help because of the PATRON's conduct (abusive or sexual language, threats,
 *   harassment of staff, a chat used for pranks or off-topic baiting after a redirect) is not ending it "for the
 *   provider's convenience": it passes with or without a way back (the ninth and eleventh rounds' reading, kept).
 *   A warning that ends nothing is no dismissal.
 * - Declining a request under a policy (no legal or medical advice, no homework or quiz answers, no staff or patron
 *   personal information, no repair of personal devices) is a refusal for scope, not the provider's convenience: no
 *   dismissal, even when the chat then ends.
 * - "We take one question per chat when it's busy; please start a new chat for your other question" tells the
 *   patron they reached a limit of questions: it fails whatever follows (the limit clause has no "way back" rider,
 *   as K3 read it). Saying others are waiting and inviting the patron back, with no limit of questions, passes
 *   (the seed's allowance).
 * - A shift ending, lunch, a meeting, closing time, "I'm swamped", "just google it" end the help for the provider's
 *   (or the service's) convenience: fail without a way back; pass with one (start a new chat / chat back later, a
 *   colleague on until 9, the service's hours to come back in, an e-mail address of the service to send the rest).
 *   "Try Google" is no way back to the service.
 * - A test message or prank that asks nothing ("test", "lol poop", insults) is no substantive exchange: the
 *   information checks are na. "Inappropriate" and "Test" are codes the deployment configures: they pass; "Lost
 *   Call" fails when the patron sent more than one message.
 * - "Bye", "Take care", "Thanks for stopping by", "Puede volver a escribirnos cuando quiera" say goodbye or invite
 *   back; "This chat has been closed." and "Chat ended." do not.
 * - Telling the patron to bring a letter to the circulation desk or to ask a named staff member is a referral (to the
 *   library's own department or a person) and needs a way to reach them. "Start a new chat after 2 and a librarian will
 *   help" points back to the service: no referral.
 * - A patron message that announces a staff test ("This is a test from Kim at the Eastside branch, checking the chat
 *   widget…") asks nothing; one that goes on to a need ("testing the chat, how do i renew a dvd") asks something.
 * - "Do you have another library question?" asks whether the patron needs anything else; "Is that the poem you were
 *   thinking of?" and "Does that show what the $45 is for?" ask whether what was given meets the need ("Is that the
 *   branch you were thinking of visiting?" asks about a plan); "Did you find them?" right after a link asks whether it
 *   worked (as P4's "¿Ya pudo entrar?").
 * - "Please keep it respectful or I'll need to end the chat" is a warning (ends nothing); "just try Google for that one",
 *   "google is ur friend", "this is taking too long, so let's stop here" end the help for the provider's convenience.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import type { Message } from '@askqa/contract';
import { describeLeft, describeSessions, type Key, type Line, type SessionCase, type St, some, sys, usual, who } from './helpers';

/** A provider joined but there was no substantive exchange: the information checks are na. */
const noExchange = (over: Partial<Record<Key, St>> = {}) =>
  usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', ...over });

const MARCUS = who('Marcus T.', 'marcus');
const DEVON = who('Devon (Ask Colorado)', 'devon');
const HARBOR: Partial<Message> = { author: 'Harbor Text Line', authorId: 'harbor-sms' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+14105550163' }, provider: { id: 'harbor-sms', name: 'Harbor Text Line', library: 'HBR' } };

export const whole: SessionCase[] = [
  // ---- abusive and harassing patrons ---------------------------------------------------------------------------------
  {
    // reading: ending for the patron's language is not the provider's convenience; a way back is offered anyway
    name: 'abusive after the answer: "I\'m ending this chat because of the language used. You\'re welcome to contact us again…" (Inappropriate; anything else never asked)',
    lines: [
      [0, 'p', 'how do I renew my books online'],
      [22, 'l', 'Hi, this is Marcus at Tulsa City-County Library. Are they regular books, or a hotspot or laptop? Those renew differently.', MARCUS],
      [60, 'p', 'regular books'],
      [70, 'l', 'Sign in at tulsalibrary.org with your card number and PIN, go to My Account > Checked Out, and tick Renew. Did that work for you?', MARCUS],
      [140, 'p', 'it says cant renew. this is such bs you people are f***ing useless'],
      [150, 'l', "I'm sorry it's frustrating. That message usually means someone else has a hold on the item. Please keep the language respectful though.", MARCUS],
      [170, 'p', 'eat sh*t'],
      [178, 'l', "I'm ending this chat because of the language used. You're welcome to contact us again anytime you'd like help with your account.", MARCUS],
      [180, 's', 'Chat closed by Marcus T.', sys('ended')],
    ],
    over: { resolutionCode: 'Inappropriate', provider: { id: 'marcus', name: 'Marcus T.', library: 'TCCL' } },
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: harassing a staff member for her personal contacts is conduct; closing for it is no dismissal. No thanks,
    // goodbye or invitation in the last two provider messages: courteous fails.
    name: 'harassment of the librarian after the answer ("whats ur number… ur insta"): "I can\'t share personal information" then "This chat is now closed. The chat service is for library questions only." (no way back, no thanks)',
    lines: [
      [0, 'p', 'do yall have the new percy jackson book'],
      [18, 'l', "Hello! I'm Priya, a librarian with Hennepin County Library. Do you want the print book or the ebook?"],
      [40, 'p', 'print'],
      [55, 'l', 'We have "Wrath of the Triple Goddess" in print at 14 locations; you can place a hold at hclib.org/catalog (search "wrath triple goddess"). Is that the one you meant?'],
      [85, 'p', 'yeah. btw u sound cute whats ur number'],
      [92, 'l', "I can't share personal information. Do you have another library question?"],
      [110, 'p', 'come on just ur insta then'],
      [118, 'l', 'This chat is now closed. The chat service is for library questions only.'],
      [120, 's', 'Chat ended by librarian', sys('ended')],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'rude all the way, the provider keeps helping, the patron apologises and says that\'s all: everything passes',
    lines: [
      [0, 'p', 'why is ur website so garbage, i cant find the stupid tax forms'],
      [25, 'l', "Hi, you've reached Ask a Librarian at Cuyahoga County Public Library, I'm Denise. Sorry the site is giving you trouble! Is it the federal 1040 or the Ohio IT 1040 you need?"],
      [60, 'p', 'ohio one obviously'],
      [70, 'l', 'The Ohio IT 1040 and its instructions are at tax.ohio.gov/forms (under "Individual"). We also have printed copies at every branch while they last. Does that get you what you need?'],
      [110, 'p', 'ok got it. sorry for being rude its been a long day. thats all i needed'],
      [118, 'l', 'No worries at all, tax season is stressful. Thanks for chatting with us, and good luck!'],
    ],
    exp: usual(),
  },
  {
    // reading: threats end the chat for the patron's conduct (no dismissal); "reported to library security" is no
    // goodbye; the other of the last two provider messages thanks nobody either
    name: 'threats after a fine explanation: "Because of the threats in your messages, this chat has been ended and reported to security." (no goodbye: courteous fails)',
    lines: [
      [0, 'p', 'why do i owe $45 on my card'],
      [30, 'l', "Hi, I'm Glen from the Toronto Public Library. I can look into that: is the card in your name, or a child's card?"],
      [75, 'p', 'mine'],
      [85, 'l', 'Charges usually come from a lost or damaged item; your account page at torontopubliclibrary.ca/youraccount lists each charge under "Fees". Does that show what the $45 is for?'],
      [130, 'p', 'its for a book i returned. fix it or ill come down there and wreck the place'],
      [140, 'l', 'Because of the threats in your messages, this chat has been ended and reported to library security.'],
      [142, 's', 'Session ended', sys('ended')],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: Spanish ending for language, with an invitation back: no dismissal; courteous passes on the invitation
    name: 'Spanish: insults, then "Voy a terminar este chat por el lenguaje que está usando. Puede volver a escribirnos cuando quiera."',
    lines: [
      [0, 'p', 'necesito saber a que hora abre la biblioteca de Kendall el domingo'],
      [20, 'l', 'Hola, le atiende Lucía de Miami-Dade Public Library System. ¿Se refiere a la sucursal Kendall en SW 104 Street?'],
      [50, 'p', 'si esa'],
      [58, 'l', 'Los domingos abre de 1 a 5 pm. El horario de cada sucursal está en mdpls.org/locations. ¿Le sirve esa información?'],
      [95, 'p', 'q inutiles son, ni abren temprano. p*ndejos'],
      [104, 'l', 'Voy a terminar este chat por el lenguaje que está usando. Puede volver a escribirnos cuando quiera.'],
    ],
    over: { resolutionCode: 'Inappropriate' },
    exp: usual({ anything: 'fail' }),
  },

  // ---- pranks and tests ------------------------------------------------------------------------------------------------
  {
    // reading: "test" and "testing 123" ask nothing: no substantive exchange; "Test" is a configured code
    name: 'kids testing the widget ("test", "testing 123"): greeted, then "Looks like this was a test, so I\'ll close the chat. Thanks for stopping by!" (Test)',
    lines: [
      [0, 'p', 'test'],
      [8, 'p', 'testing 123'],
      [20, 'l', "Hi! This is the Ask Us librarian at Multnomah County Library, and your chat is coming through fine. Do you have a question today?"],
      [95, 'l', "Looks like this was a test, so I'll close the chat. Thanks for stopping by!"],
    ],
    over: { resolutionCode: 'Test' },
    exp: noExchange(),
  },
  {
    // reading: nonsense and insults ask nothing (no exchange); "Lost Call" with three patron messages fails the code
    name: 'statewide prank ("yo", "poop lol", "hahahaha") coded Lost Call: the patron sent three messages, so the code fails',
    lines: [
      [0, 'p', 'yo'],
      [25, 'l', "Hello, this is Devon with Ask Colorado. How can I help you today?", DEVON],
      [40, 'p', 'poop lol'],
      [44, 'p', 'hahahaha'],
      [60, 'l', "If you have a library or research question I'm happy to help. Otherwise I'll end the chat here. Take care!", DEVON],
    ],
    over: { resolutionCode: 'Lost Call', provider: { id: 'devon', name: 'Devon (Ask Colorado)', library: 'ACO' } },
    exp: noExchange({ code: 'fail' }),
  },
  {
    name: 'staff test from a branch ("This is a test from Kim at the Eastside branch…") answered "came through fine, thanks for testing!" (Test): no exchange',
    lines: [
      [0, 'p', 'This is a test from Kim at the Eastside branch, checking the chat widget after the website update. Please ignore!'],
      [15, 'l', "Hi Kim, it's Jo at Central Library. It came through fine on our end. Thanks for testing!"],
      [30, 'p', 'great thanks!'],
    ],
    over: { resolutionCode: 'Test' },
    exp: noExchange(),
  },
  {
    // reading: a prank question IS a question, but nothing else comes; the provider's single reply only greets:
    // Lost Call with one patron message passes
    name: 'a one-line prank ("is ur refrigerator running") and nothing after the greeting, Lost Call with one patron message: the code passes',
    lines: [
      [0, 'p', 'is ur refrigerator running'],
      [30, 'l', "Hi there, I'm Sam, a librarian at Sno-Isle Libraries. How can I help you today?"],
      [100, 'l', "Thanks for stopping by, and have a good day!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: noExchange(),
  },

  // ---- homework, essays, quiz answers ----------------------------------------------------------------------------------
  {
    // reading: refusing to write the essay is a policy refusal; the help goes on
    name: 'a student demands a whole essay ("just write it for me, its due at midnight"): refused, then CQ Researcher and a thesis tip; anything else asked, the patron says no',
    lines: [
      [0, 'p', 'i need a 5 paragraph essay on whether college athletes should be paid. can u just write it for me its due at midnight'],
      [20, 'l', "Hi! I'm Ms. Okafor, the librarian at Lincoln High School. I can't write the essay for you, but I can help you find good sources fast. Which side are you arguing?"],
      [60, 'p', 'ugh fine. that they should get paid'],
      [75, 'l', 'CQ Researcher has a report called "Paying College Athletes" with pro and con arguments and statistics: log in through the library page at lhs.example.k12.ca.us/library > Databases > CQ Researcher. The NCAA name, image and likeness rules are summarised at ncaa.org/nil too. Do those give you enough to start?'],
      [130, 'p', 'yeah thats good'],
      [138, 'l', 'Great. Anything else I can help with tonight?'],
      [150, 'p', 'no'],
      [155, 'l', 'Good luck with the essay, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: refusing to give quiz answers is a policy refusal; the patron then vanishes: check-in and notice pass
    name: 'quiz answers pasted ("just give me the answers to 1-5"): refused, asked the chapter, Khan Academy given; the student vanishes: check-in at 135 s and a notice with "come back anytime" at 205 s',
    lines: [
      [0, 'p', '1. what is the slope of y=3x+2  2. what is the y intercept of... just give me the answers to 1-5 pls'],
      [25, 'l', "Hello, this is Alex with KnowItNow, Ohio's 24/7 reference service. I can't give answers to quiz questions, but I can show you how to work them out. What unit is your class on?"],
      [70, 'p', 'linear equations'],
      [80, 'l', 'Khan Academy walks through slope and y-intercept step by step at khanacademy.org/math/algebra/x2f8bb11595b61c86:forms-of-linear-equations. In y = mx + b, m is the slope and b the y-intercept, so compare your equation to that form. Does that make sense?'],
      [215, 'l', 'Are you still there?'],
      [285, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'academic: take-home exam ("can you do my take-home exam questions"): refused, research guide and the writing center with its e-mail; done on her own',
    lines: [
      [0, 'p', 'hi can you help me answer my take home exam questions for HIST 201? its open book'],
      [30, 'l', "Hi, welcome to Ask a Librarian at Florida State University Libraries, I'm Renee. Librarians can't help with exam answers, but I can point you to sources you're allowed to use. What's the topic?"],
      [75, 'p', 'reconstruction era'],
      [90, 'l', 'The History subject guide has a Reconstruction page with primary sources: guides.lib.fsu.edu/history/reconstruction. For help organising your answers, you can email the Reading-Writing Center at rwc@fsu.example.edu for an appointment. Is this helpful?'],
      [140, 'p', 'yes thats everything thanks'],
      [148, 'l', "You're welcome, good luck!"],
      [150, 'l', 'Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- policy limits --------------------------------------------------------------------------------------------------
  {
    name: 'legal advice refused, the People\'s Law Library and Legal Aid with phone given (state asked first): referral passes',
    lines: [
      [0, 'p', 'can my landlord keep my whole deposit for carpet cleaning'],
      [25, 'l', "Good afternoon, you're chatting with Tom, a librarian with AskUsNow!. I can't give legal advice, but I can find you the law and people who can advise you. Is the apartment in Maryland?"],
      [60, 'p', 'yes baltimore county'],
      [75, 'l', "Maryland's security deposit law is explained at peoples-law.org/security-deposits (normal wear and tear can't be deducted). For advice on your own lease, call Maryland Legal Aid at 1-888-465-2468. Does that answer your question?"],
      [120, 'p', 'yes thank you'],
      [126, 'l', 'Is there anything else I can help you with?'],
      [150, 'p', 'nope'],
      [155, 'l', 'Take care, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'tech support for a personal Kindle refused ("we can\'t troubleshoot personal devices"), the model asked, Amazon\'s help page and the library\'s Libby guide given',
    lines: [
      [0, 'p', 'my kindle wont connect to my wifi at home can you fix it'],
      [30, 'l', "Hello, this is Marta at Sacramento Public Library. Which Kindle is it, a Paperwhite or a Fire tablet?"],
      [60, 'p', 'paperwhite'],
      [72, 'l', "We can't troubleshoot personal devices, but Amazon's Kindle help pages cover wifi problems step by step at amazon.com/kindlehelp. Once it's connected, our Libby guide at saclibrary.org/ebooks shows how to send library ebooks to it. Does that help?"],
      [110, 'p', 'ok ill try that. no other questions'],
      [118, 'l', 'Good luck, and thanks for contacting Sacramento Public Library!'],
    ],
    exp: usual(),
  },
  {
    // reading: "we limit chats to one question each" tells the patron they reached a limit of questions: fails
    name: 'one question per chat in busy times: "We\'re very busy tonight and limit chats to one question each; please start a new chat for your other question." (fails, a limit of questions)',
    lines: [
      [0, 'p', 'whats the due date for dvds'],
      [20, 'l', "Hi there, this is Rae at Pima County Public Library. Are they DVDs from the adult or kids' collection?"],
      [40, 'p', 'adult'],
      [50, 'l', 'Adult DVDs go out for 7 days; the loan periods are listed at library.pima.gov/borrowing. Does that answer it?'],
      [75, 'p', 'yes. also can i get a card if i live in tucson but work in phoenix'],
      [85, 'l', "We're very busy tonight and limit chats to one question each; please start a new chat for your other question. Thanks!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: others waiting, said politely, with an invitation back and no limit of questions: passes (the seed)
    name: 'a long list of questions: "There are several people waiting… please log back on later or tomorrow and we\'ll gladly help with the rest of your list." (passes; anything else never asked)',
    lines: [
      [0, 'p', 'I have a bunch of questions about my family tree. First, where can I find my grandfathers WWII draft card?'],
      [25, 'l', "Hello, I'm Ines, a librarian at Allen County Public Library's Genealogy Center. Do you know the state he registered in?"],
      [60, 'p', 'Indiana, 1942'],
      [72, 'l', "The WWII draft cards are searchable free on FamilySearch at familysearch.org/search/collection/1861144 (\"United States World War II Draft Registration Cards, 1942\"). Is that what you were looking for?"],
      [110, 'p', 'yes! next, his marriage record, his naturalization papers, and the ship he came on, and my grandma\'s obituary'],
      [125, 'l', "There are several people waiting for help right now, so I need to wrap up our chat. Please log back on later or tomorrow and we'll gladly help with the rest of your list. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- the provider's convenience ------------------------------------------------------------------------------------
  {
    name: 'shift over, no way back: "Sorry, my shift is over and I have to log off now. Bye." (fails)',
    lines: [
      [0, 'p', 'do you have any books on starting a food truck business'],
      [30, 'l', 'Hi! Kelsey here, from the Dallas Public Library. Are you looking at the business plan side, or permits in Dallas?'],
      [70, 'p', 'both i guess'],
      [85, 'l', '"Food Truck Business Startup" by Entrepreneur Press is in our catalog at dallaslibrary2.org/catalog, and the city\'s mobile food permit steps are at dallascityhall.com/foodtrucks. Is that a good start?'],
      [130, 'p', 'yeah what about insurance'],
      [140, 'l', 'Sorry, my shift is over and I have to log off now. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: the shift ends but the patron is told how to go on (a new chat, the evening librarian until 9 pm): passes
    name: 'shift ending with a way back: "If you still need help with insurance, start a new chat: the evening librarian is on until 9 pm." (passes)',
    lines: [
      [0, 'p', 'do you have any books on starting a food truck business'],
      [30, 'l', 'Hi! Kelsey here, from the Dallas Public Library. Are you looking at the business plan side, or permits in Dallas?'],
      [70, 'p', 'both i guess'],
      [85, 'l', '"Food Truck Business Startup" by Entrepreneur Press is in our catalog at dallaslibrary2.org/catalog, and the city\'s mobile food permit steps are at dallascityhall.com/foodtrucks. Is that a good start?'],
      [130, 'p', 'yeah what about insurance'],
      [140, 'l', "My shift ends in a couple of minutes. If you still need help with insurance, start a new chat: the evening librarian is on until 9 pm. Thanks for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'lunch: "ok im heading out to lunch so ill have to stop here. bye!" with the patron mid-question (fails; courteous passes)',
    lines: [
      [0, 'p', 'looking for the minutes of the april city council meeting'],
      [20, 'l', 'Hi, this is Gabe at Fort Collins Public Library (Poudre River Public Library District). Is it the regular meeting on April 15?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Minutes are posted at fcgov.com/cityclerk/minutes once approved; the April 15 ones should be there now. Did you find them?'],
      [120, 'p', 'i see the agenda but not the minutes, can you check if they have the vote on the bike lanes'],
      [130, 'l', 'ok im heading out to lunch so ill have to stop here. bye!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: "You've asked a lot of questions" is "asked too many": fails whatever follows
    name: '"You\'ve asked a lot of questions today, I think that\'s enough for one chat. Have a nice day." (fails; courteous passes)',
    lines: [
      [0, 'p', 'What time does the Westside branch close?'],
      [15, 'l', 'Hello, Carla from Las Vegas-Clark County Library District here. Tonight, or another day?'],
      [30, 'p', 'tonight'],
      [38, 'l', 'West Las Vegas Library closes at 8 pm tonight; all hours are at lvccld.org/locations. Does that help?'],
      [60, 'p', 'yes, and do they have a 3d printer? and study rooms? and can i print from my phone there?'],
      [75, 'l', "Yes to the 3D printer and study rooms, both bookable at lvccld.org/reserve."],
      [90, 'p', 'ok and what about the makerspace classes for kids, and is parking free'],
      [100, 'l', "You've asked a lot of questions today, I think that's enough for one chat. Have a nice day."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: "try Google" sends the patron away from the service for the provider's convenience: no way back
    name: 'second question brushed off: "I\'m swamped right now, just try Google for that one. Bye!" (fails)',
    lines: [
      [0, 'p', 'who wrote the poem that starts "I have eaten the plums"'],
      [20, 'l', 'Hi, Jordan at the Ask Us 24/7 service. That one is "This Is Just To Say" by William Carlos Williams; the full text is at poetryfoundation.org/poems/56159/this-is-just-to-say. Is that the poem you were thinking of?'],
      [55, 'p', 'yes!! also what year did he write it and was it about his wife'],
      [65, 'l', "I'm swamped right now, just try Google for that one. Bye!"],
    ],
    // reading: the poem's title restates nothing and no question precedes the source: clarify fails
    exp: usual({ clarify: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: closing time with no way back is the service's convenience: fails
    name: 'closing time: "The library is closing in 5 minutes so I have to end this chat now." (no way back; no thanks or goodbye either)',
    lines: [
      [0, 'p', 'can you check if the book the overstory is in at main'],
      [25, 'l', "Hi, I'm Dev at Austin Public Library. The hardcover or the large print?"],
      [50, 'p', 'hardcover'],
      [62, 'l', 'The Overstory by Richard Powers shows 2 copies on the shelf at Central, call number F POW; you can check live status at library.austintexas.gov/catalog. Is that the one?'],
      [100, 'p', 'yes can you hold it for me'],
      [110, 'l', 'The library is closing in 5 minutes so I have to end this chat now.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: a meeting is the provider's convenience, but the patron gets a way back (chat again after 2, staffed
    // until 8): passes
    name: 'a meeting: "I have a meeting in a few minutes, so I\'ll need to stop here, but you can start a new chat after 2; we\'re staffed until 8." (passes)',
    lines: [
      [0, 'p', 'I need articles about the effect of screen time on toddlers for my early childhood class'],
      [22, 'l', 'Hi! I\'m Hana, a librarian at Portland Community College Library. Do they need to be peer-reviewed?'],
      [50, 'p', 'yes and from the last 5 years'],
      [60, 'l', 'Try Academic Search Complete (pcc.edu/library > Databases): "screen time" AND toddler*, limited to peer-reviewed and 2020-2025, gives about 80 articles. Does that look like what you need?'],
      [120, 'p', 'yes but how do i cite them in apa'],
      [130, 'l', "I have a meeting in a few minutes, so I'll need to stop here, but you can start a new chat after 2 and a librarian will help with APA; we're staffed until 8. Thanks!"],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- repeated off-topic questions, personal information ----------------------------------------------------------------
  {
    // reading: closing after repeated off-topic baiting, once redirected, is for the patron's conduct: no dismissal
    name: 'off-topic questions ("are u a robot", "fav pizza", "do u have a bf") after the answer, redirected twice, then closed with thanks (anything else asked)',
    lines: [
      [0, 'p', 'when is the library open on saturday'],
      [15, 'l', "Hi! This is Tess from Boise Public Library. Which branch, Main or one of the neighborhood ones?"],
      [30, 'p', 'main'],
      [38, 'l', 'Main Library is open 10 to 5 on Saturdays; hours for every branch are at boisepubliclibrary.org/hours. Does that help?'],
      [50, 'p', 'ya. are u a robot'],
      [58, 'l', 'Nope, a real librarian! Is there anything else library-related I can help with?'],
      [70, 'p', 'whats ur fav pizza'],
      [75, 'p', 'do u have a bf'],
      [85, 'l', "I'm here for library and research questions, so I'm going to close this chat now. Thanks for stopping by!"],
    ],
    exp: usual(),
  },
  {
    // reading: "bring the letter to the circulation desk at (208)…" tells the patron to visit the library's own
    // department with a phone: a referral that passes
    name: 'another patron\'s record ("who had the book before me, they left a letter in it"): confidential; "bring the letter to the Main circulation desk (503-555-0141)" (referral passes)',
    lines: [
      [0, 'p', 'i found a personal letter inside a book i checked out. can you tell me who had the book before me so i can give it back?'],
      [25, 'l', 'Hello, Jo from Sample County Library here. Which branch did you borrow it from?'],
      [60, 'p', 'the main one'],
      [72, 'l', "I can't share who borrowed an item, since patron records are confidential under state law. Please bring the letter to the Main Library circulation desk (503-555-0141); staff there can try to get it back to its owner without sharing anyone's information. Does that help?"],
      [110, 'p', 'ok will do, thats all'],
      [116, 'l', 'Thank you for being so thoughtful! Have a great day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "ask for her at the Youth desk" tells the patron to ask a named person with no way to reach her:
    // referral fails, and with no other source info.source fails; "Does that work?" after the answer asks whether it
    // meets the need
    name: 'staff schedule ("when does Ms. Greene work, i want to catch her after"): staff schedules not shared, "you can ask for her at the Youth desk" (no contact: referral and source fail)',
    lines: [
      [0, 'p', 'when does ms greene work at the northside branch? i want to catch her after her shift'],
      [30, 'l', "Hi, I'm Leo, a librarian at Spokane Public Library. Is this about a program she runs, or something else?"],
      [70, 'p', 'she helped my son with a school project and i want to thank her'],
      [80, 'l', "That's kind of you! We don't share staff schedules, but you can ask for her at the Youth desk next time you're in, or leave a note for her there. Does that work?"],
      [110, 'p', 'sure'],
      [118, 'l', 'Anything else I can do for you today?'],
      [135, 'p', 'no thats it'],
      [140, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    // reading: an abusive patron cut off with no way back; coded Lost Call though the patron sent four messages
    name: 'racist slur after the answer: "This session is being terminated." coded Lost Call: code fails (four patron messages), courteous fails, dismissal passes (conduct)',
    lines: [
      [0, 'p', 'hi is there a copy of the citizenship test study guide'],
      [20, 'l', "Hello, I'm Amir at Queens Public Library. Is it the civics test for the naturalization interview?"],
      [45, 'p', 'yes'],
      [55, 'l', 'USCIS has the official 100 civics questions and study materials free at uscis.gov/citizenship/find-study-materials-and-resources, and we have printed guides at every branch. Is that what you need?'],
      [90, 'p', 'figures a [slur] like you would work there'],
      [96, 'p', 'answer me'],
      [100, 'l', 'This session is being terminated.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ anything: 'fail', courteous: 'fail', code: 'fail' }),
  },
  {
    name: 'a missing code on an "Inappropriate" chat: warned, help goes on, no code assigned (code fails)',
    lines: [
      [0, 'p', 'yo where the damn printers at, this place is a joke'],
      [20, 'l', "Hi, Shawn from Enoch Pratt Free Library here. Let's keep it respectful, please. Are you at Central or a branch?"],
      [40, 'p', 'central my bad'],
      [50, 'l', 'No problem. The public printers at Central are on the 1st floor next to the computer lab; print instructions are at prattlibrary.org/print. Did you find them?'],
      [100, 'p', 'found em thanks thats all'],
      [105, 'l', 'Glad to help. Have a good one!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    // (run since v18's block RM; it was left:) the sentence "please call your pediatrician; if you think too much was given, Poison Control is
    // 1-800-222-1222" lends Poison Control's phone to the pediatrician: two parties in one sentence need
    // checks/referral.ts to tell each party's contact apart (K3's "call 911 or talk to your doctor").
    // reading: "call your pediatrician" refers to a party with no way to reach it, so referral fails though Poison
    // Control comes with its phone ("every party")
    name: '(two parties, one phone) medical: a child\'s dose refused ("not able to give medical advice"), "Is this an emergency?" asked first, MedlinePlus, Poison Control\'s number and "call your pediatrician" (no contact): referral fails',
    lines: [
      [0, 'p', 'how much childrens ibuprofen can i give my 2 year old, 26 lbs'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is this an emergency, like a possible overdose?"],
      [45, 'p', 'no just fever'],
      [60, 'l', "I'm not able to give medical advice about doses. MedlinePlus has general information on children's ibuprofen at medlineplus.gov/druginfo/meds/a682159.html. For your child's dose, please call your pediatrician; if you think too much was given, Poison Control is 1-800-222-1222. Does that help?"],
      [100, 'p', 'ok thanks thats all'],
      [105, 'l', 'Hope your little one feels better soon. Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

const START: Line[] = [
  [0, 'p', 'hi, do you have anything on the history of the covered bridges in our county?'],
  [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Which county?"],
  [45, 'p', 'lancaster county pa'],
  [55, 'l', 'The Lancaster County Historical Society has a covered bridge collection online at lancasterhistory.org/bridges. Is that what you were looking for?'],
];

export const short: SessionCase[] = [
  // ---- the provider's convenience, in other words -------------------------------------------------------------------
  {
    // reading: a break with a way back (start a new chat, whoever is on will help): passes
    name: '"I\'m going on break now. If you think of anything else, start a new chat and whoever is on will help." (passes)',
    lines: [...START, [90, 'p', 'ok cool'], [100, 'l', "I'm going on break now. If you think of anything else, start a new chat and whoever is on will help."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"We have a lot of people waiting, so I\'m going to close this chat." (others waiting but no way back: fails)',
    lines: [...START, [90, 'p', 'kind of, i also need the trolley line'], [100, 'l', "We have a lot of people waiting, so I'm going to close this chat."]],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: '"We have a lot of people waiting, so I\'m going to close this chat, but feel free to reconnect in a bit for the trolley line." (passes)',
    lines: [...START, [90, 'p', 'kind of, i also need the trolley line'], [100, 'l', "We have a lot of people waiting, so I'm going to close this chat, but feel free to reconnect in a bit for the trolley line."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'chat-speak brush-off: "google is ur friend for that one lol. ok closing this out" (fails)',
    lines: [...START, [90, 'p', 'what about the one in the witness movie'], [100, 'l', 'google is ur friend for that one lol. ok closing this out']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: advice to search the web as part of an answer ends nothing
    name: 'near miss: "You could also try a Google search for \'Hunsecker\'s Mill bridge flood 2011\'. Did that help?" (passes)',
    lines: [...START, [90, 'p', 'what about the one that washed away'], [100, 'l', "That's Hunsecker's Mill Bridge, rebuilt after 2011. You could also try a Google search for 'Hunsecker's Mill bridge flood 2011'. Did that help?"]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"I can\'t keep answering these, I have other stuff to do. Bye" (fails)',
    lines: [...START, [90, 'p', 'and the trolley? and the mills?'], [100, 'l', "I can't keep answering these, I have other stuff to do. Bye"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'Spanish: "Se terminó mi turno, así que tengo que cerrar el chat. Adiós." (fails)',
    lines: [...START, [90, 'p', 'y sobre los molinos?'], [100, 'l', 'Se terminó mi turno, así que tengo que cerrar el chat. Adiós.']],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'Spanish: "Hay otros usuarios esperando; por favor vuelva a conectarse más tarde para sus otras preguntas. ¡Gracias!" (passes)',
    lines: [...START, [90, 'p', 'y sobre los molinos? y el tranvía?'], [100, 'l', 'Hay otros usuarios esperando; por favor vuelva a conectarse más tarde para sus otras preguntas. ¡Gracias!']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"I\'m the only one on tonight and this is taking too long, so let\'s stop here." (fails)',
    lines: [...START, [90, 'p', 'not really, i need the ones that burned'], [100, 'l', "I'm the only one on tonight and this is taking too long, so let's stop here."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"I\'ll have to let you go now, a class is starting in the lab. Chat us tomorrow if you need more!" (passes)',
    lines: [...START, [90, 'p', 'kind of'], [100, 'l', "I'll have to let you go now, a class is starting in the lab. Chat us tomorrow if you need more!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // reading: the library closing, with the hours to come back in and a chat tomorrow: passes
    name: 'closing time with a way back: "We\'re closing for the night, but we\'re back at 9 am: just start a new chat tomorrow." (passes)',
    lines: [...START, [90, 'p', 'sort of, can you find more'], [100, 'l', "We're closing for the night, but we're back at 9 am: just start a new chat tomorrow and we'll keep looking."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },

  // ---- near misses that end nothing --------------------------------------------------------------------------------------
  {
    name: 'near miss: a hold that mentions the shift ("I\'m almost at the end of my shift, but I\'ll stay until we find it. One sec.")',
    lines: [...START, [90, 'p', 'no, the trolley line'], [100, 'l', "I'm almost at the end of my shift, but I'll stay until we find it. One sec."], [150, 'l', 'The Conestoga Traction Company records are described at lancasterhistory.org/trolleys. Does that help?']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: a limit of renewals ("items can be renewed up to 3 times") is no limit of questions',
    lines: [...START, [90, 'p', 'yes! can i renew the bridge book i have out'], [100, 'l', 'Sure: items can be renewed up to 3 times unless someone has a hold. Yours is renewed until the 28th. Anything else?'], [120, 'p', 'nope thanks'], [125, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'warning only: "Please keep it respectful or I\'ll need to end the chat." then help goes on',
    lines: [...START, [90, 'p', 'no its garbage like this library'], [100, 'l', "Please keep it respectful or I'll need to end the chat. Would newspaper articles help more?"], [130, 'p', 'fine yes'], [140, 'l', 'LNP archives on microfilm at our Main branch cover 1794 to today: samplecountylib.org/microfilm. Thanks for chatting!']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // reading: a refusal under policy that ends the chat is not the provider's convenience
    name: 'policy refusal then the end: "Sorry, I\'m not allowed to give legal advice about your case. Bye." (no dismissal)',
    lines: [...START, [90, 'p', 'yes. also can i sue the county if the bridge near me flooded my farm'], [100, 'l', "Sorry, I'm not allowed to give legal advice about your case. Bye."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },

  // ---- conduct endings -----------------------------------------------------------------------------------------------------
  {
    name: 'conduct: "I\'m ending this chat because of the language used." (no dismissal; no goodbye: courteous fails)',
    lines: [...START, [90, 'p', 'f*** off with your websites'], [100, 'l', "I'm ending this chat because of the language used."]],
    exp: some({ dismissal: 'pass', courteous: 'fail' }),
  },
  {
    name: 'conduct: "Due to inappropriate messages, I am closing this session. Goodbye." (courteous passes on "Goodbye")',
    lines: [...START, [90, 'p', 'send me pics of urself'], [100, 'l', 'Due to inappropriate messages, I am closing this session. Goodbye.']],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },

  // ---- resolution codes of pranks and tests ----------------------------------------------------------------------------------
  {
    name: 'a prank coded "Inappropriate" with several patron messages: the code passes',
    lines: [[0, 'p', 'lol'], [5, 'p', 'hi librarian lady'], [20, 'l', 'Hi, this is Jo at Sample County Library. How can I help?'], [40, 'p', 'jk bye'], [50, 'l', 'Thanks for stopping by!']],
    over: { resolutionCode: 'Inappropriate' },
    exp: some({ code: 'pass', source: 'na', courteous: 'pass' }),
  },
  {
    name: 'a prank coded "" (empty: no code assigned): the code fails',
    lines: [[0, 'p', 'ur library smells'], [30, 'l', 'Hi, this is Jo at Sample County Library. Do you have a question I can help with?'], [60, 'p', 'no lol'], [70, 'l', 'Okay, take care!']],
    over: { resolutionCode: '' },
    exp: some({ code: 'fail', source: 'na', dismissal: 'pass' }),
  },
  // ---- near misses of this round's widenings -------------------------------------------------------------------------
  {
    name: 'anything else: "Do you have another research question for me?" asks it',
    lines: [...START, [90, 'p', 'yes thanks'], [100, 'l', 'Do you have another research question for me?'], [120, 'p', 'nope'], [125, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss (anything else): "Is this another library book you found at home?" asks about a book, not about more needs',
    lines: [...START, [90, 'p', 'yes. also i found a bridge book at home with your stamp'], [100, 'l', 'Is this another library book you found at home? If so, just drop it in any book return. Thanks!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'completeness: "Is that the bridge you were thinking of?" after the photo link',
    lines: [[0, 'p', 'theres a red covered bridge near strasburg, how old is it'], [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. That's probably Herr's Mill Bridge, built 1844: lancasterhistory.org/bridges/herrs-mill. Is that the bridge you were thinking of?"], [60, 'p', 'yes!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: asks about the patron's plan, not whether the link given meets the need
    name: 'near miss (completeness): "Is that the branch you were thinking of visiting?" asks about a plan',
    lines: [[0, 'p', 'which library has the bridge photo exhibit'], [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. The exhibit is at the Strasburg branch until May: samplecountylib.org/exhibits. Is that the branch you were thinking of visiting?"], [60, 'p', 'yes thanks']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness: "Does it show where the bridge stood?" about the map just given',
    lines: [[0, 'p', 'where was the old Zook bridge'], [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. The 1875 county atlas map is at lancasterhistory.org/maps/1875-atlas. Does it show where the bridge stood?"], [60, 'p', 'yes']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss (completeness): "Did your receipt show what day it\'s due?" asks about the patron\'s receipt',
    lines: [[0, 'p', 'when is my bridge book due'], [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Did your receipt show what day it's due?"], [50, 'p', 'i lost it'], [60, 'l', 'Your account at samplecountylib.org/account lists every due date.'], [90, 'p', 'ok']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss (courteous): "The clerk\'s office will call you tomorrow." invites no one back',
    lines: [...START, [90, 'p', 'yes, i also asked the clerk for the deed'], [100, 'l', "The clerk's office will call you tomorrow."]],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss (dismissal): "Other patrons are waiting, so I need to end the chat." (no "or": it ends the chat, no way back)',
    lines: [...START, [90, 'p', 'kind of'], [100, 'l', 'Other patrons are waiting, so I need to end the chat.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss (dismissal): "Just search Google Scholar for \'covered bridges Lancaster\'" is a source to use',
    lines: [...START, [90, 'p', 'any scholarly articles?'], [100, 'l', "Just search Google Scholar for 'covered bridges Lancaster'. Did that help?"], [130, 'p', 'yes'], [135, 'l', 'Great, bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss (dismissal): "If the link ever moves, just google it." is advice for later, with the answer',
    lines: [...START, [90, 'p', 'yes thanks'], [100, 'l', 'If the link ever moves, just google it. Thanks for chatting!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: agreeing to stop when the patron asks ends no help the patron still wanted
    name: 'near miss (dismissal): the patron asks "can we stop for today?", "Sure, let\'s stop here." (the patron\'s choice)',
    lines: [...START, [90, 'p', 'kind of, but im tired, can we stop for today?'], [100, 'l', "Sure, let's stop here."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss (dismissal): "Let\'s stop here and check: does the list show the Hunsecker bridge?" goes on',
    lines: [...START, [90, 'p', 'i need a list of all of them'], [100, 'l', "Here's the county list: co.lancaster.pa.us/bridges. Let's stop here and check: does the list show the Hunsecker bridge?"], [130, 'p', 'yes thanks, bye']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a test notice with a question after it asks something
    name: 'near miss (test notice): "testing the chat, how do i renew a dvd" asks something: an exchange',
    lines: [[0, 'p', 'testing the chat, how do i renew a dvd'], [20, 'l', "Hi, I'm Jo at Sample County Library. Sign in at samplecountylib.org/account and choose Renew. Does that help?"], [50, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss (test notice): "This is a test question for my class. what year was the bridge built" asks something: an exchange',
    lines: [[0, 'p', 'This is a test question for my class. what year was the Hunsecker bridge built'], [20, 'l', "Hi, I'm Jo at Sample County Library. It was built in 1843 and rebuilt in 1975: lancasterhistory.org/bridges. Does that help?"], [50, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'test notice "Just testing the chat from the teen desk. Please ignore" answered "Got it, works fine!" (Test): no exchange',
    lines: [[0, 'p', 'Just testing the chat from the teen desk after the update. Please ignore'], [20, 'l', "Hi, it's Jo at Central. Got it, works fine! Thanks."]],
    over: { resolutionCode: 'Test' },
    exp: some({ source: 'na', clarify: 'na', anything: 'na', courteous: 'pass' }),
  },
  {
    // reading: the clerk is a party outside the chat with no way to reach it
    name: 'near miss (new chat): "You can start a new chat after 2, and the county clerk will help with the deed." still refers to the clerk (no contact)',
    lines: [...START, [90, 'p', 'yes, and how do i get the deed for the land by the bridge'], [100, 'l', "You can start a new chat after 2, and the county clerk will help with the deed. Thanks!"]],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('fifteenth round (P7): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifteenth round (P7): conduct and limits, every check', whole);
describeSessions('fifteenth round (P7): conduct and limits, short cases', short);

describeLeft('fifteenth-round-conduct', LEFT);
