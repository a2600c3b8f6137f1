/**
 * Twentieth round, area (U2): DEVICES, ACCOUNTS AND THE LIBRARY'S OWN SYSTEMS. PIN and password resets, expired and
 * blocked cards, fines, holds and renewals in the catalogue; e-book and streaming apps (Libby, Hoopla, Kanopy,
 * cloudLibrary) that fail; printing from a phone or a laptop, Wi-Fi, booking the public computers, scanning and faxing,
 * 3D printers and the makerspace, hotspot and laptop lending, tech-help appointments. Providers who fix the account
 * themselves in the chat and providers who must send the patron to circulation, IT or the branch; patrons pasting
 * error messages, codes and links; long silences while the provider tries something; step-by-step instructions over
 * several messages.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a provider who does the thing in the chat ("I've reset your PIN", "I renewed both for you") answers, but gives no
 *   source unless a URL, a contact or a named resource comes with it: info.source fails on such a session, and the
 *   completeness question is still asked of that answer ("in or after the first message that gives a source or answer");
 * - a URL, an error text or a code the PATRON pastes is no source given by the provider;
 * - "the catalog" / "My Account in the catalog at …" named for the patron to use is a named resource (the catalogue);
 *   an app named alone ("try it in the Libby app") is not ("An organisation or app named without a way to reach it");
 * - a borrowing, renewal, print or computer-time limit is no limit of QUESTIONS and no end of the chat: "you've hit
 *   hoopla's monthly limit", "the PCs log you off when your time is up" do not dismiss;
 * - sending the patron to the circulation desk, the IT help desk, the makerspace staff or the branch to have
 *   something done there is a referral to a department (own library's included) and needs a contact; "return it to
 *   any book drop" is a transaction, no referral; "our IT folks will look at it and I'll e-mail you" is staff the
 *   provider consults (a follow-up), no referral;
 * - "take your time" is no hold: the patron's next message starts a wait on the provider;
 * - "Did the reset email come through?" / "Is it letting you in now?" asked after the fix ask whether what was given
 *   works: completeness questions; "Do you have the app installed?" after the answer asks about the patron's device,
 *   not whether the answer met the need.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_ME, type Key, type Line, type SessionCase, other, some, type St, sys, T0, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * 3600), by, note: 'sent' }];
const TECH = who('Priya Raman', 'priya');

export const whole: SessionCase[] = [
  // ---- PINs, passwords, cards ----------------------------------------------------------------------------------------
  {
    name: 'PIN reset done in the chat, then the patron is sent to sign in to the catalog by URL; "were you able to get in?"; patron done',
    lines: [
      [0, 'p', 'hi i forgot my pin and it locked me out after 3 tries'],
      [0, 'p', 'card ends in 4471'],
      [33, 'l', "Hi, you've got Deshawn at Richland Library. Is it the website that locked you out, or the Libby app?"],
      [61, 'p', 'the website, trying to see my holds'],
      [70, 'l', 'Ok, one minute while I pull up your record.'],
      [151, 'l', 'I cleared the lock and set a temporary PIN: the last four digits of the phone number on your account. Sign in at catalog.richlandlibrary.com with your card number and that PIN, and it will ask you to choose a new one.'],
      [160, 'l', 'Were you able to get in?'],
      [214, 'p', 'yes im in!! thats all i needed thank u'],
      [220, 'l', 'Glad it worked. Thanks for chatting with Richland Library, have a good evening!'],
    ],
    exp: usual(),
  },
  {
    // reading: the provider resets the PIN in the chat and names no resource: an answer, but no source
    name: 'PIN reset in the chat with no URL or named resource: source fails; the completeness question asked after the fix still counts',
    lines: [
      [0, 'p', 'Good morning, my husband and I share an email and now I cannot log in. It says "Invalid barcode or PIN".'],
      [27, 'l', 'Good morning! This is Ellen, a librarian at Ames Public Library. Is this your own card, or your husband\'s?'],
      [75, 'p', 'Mine. Barcode 21377000412993'],
      [84, 'l', 'Thanks, bear with me a moment.'],
      [170, 'l', "Your PIN is now 7070. The system will ask you to change it the first time you sign in. Did that do the trick?"],
      [236, 'p', 'Yes it worked. Thank you dear.'],
      [242, 'l', 'Anything else I can help with today?'],
      [270, 'p', 'No that is all'],
      [275, 'l', 'Have a lovely day!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // reading: "stop at the circulation desk with a photo ID" tells the patron to visit the library's own department;
    // its phone number given in the same breath is the way to reach it
    name: 'expired card: renewal needs a visit to circulation with ID, phone given; referral passes',
    lines: [
      [0, 'p', 'libby says my card is expired?? i just used it last month'],
      [21, 'l', 'Hello! Marisol from the Tempe Public Library here. Did you get your card as a non-resident, or do you live in Tempe?'],
      [66, 'p', 'i moved to mesa in the summer'],
      [75, 'l', 'That explains it: cards are renewed every 3 years and an address outside Tempe needs to be updated in person. Please stop at the circulation desk with a photo ID and proof of your Mesa address; if you have questions before you come in, circulation is at 480-350-5500. The card policy is at tempe.gov/library/cards. Does that clear it up?'],
      [130, 'p', 'ugh ok. yes thanks'],
      [135, 'l', 'Is there anything else I can check for you?'],
      [160, 'p', 'nope'],
      [164, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'blocked card over $15 in fines: pays online from My Account, provider explains the block; patron says done',
    lines: [
      [0, 'p', 'Why cant I place holds? It just says "Patron blocked - see staff"'],
      [38, 'l', "Hi there, it's Sam, a librarian at Fort Vancouver Regional Libraries. Could you tell me whether you see any charges when you sign in to your account?"],
      [101, 'p', 'it says $18.40 in fines from a lost dvd i returned'],
      [110, 'l', 'Accounts are blocked at $15. If you returned it, the charge should have come off, so I will check the item record, hold on.'],
      [200, 'l', "It did come back, but after the 30 day mark, so the replacement fee turned into a $3 processing fee plus overdue fines. You can pay it under My Account > Fees in the catalog at fvrl.org, and the block lifts right away. Is that what you needed?"],
      [262, 'p', 'ok fine. that is all i had'],
      [268, 'l', 'Sorry for the hassle, and thank you for reaching out!'],
    ],
    exp: usual(),
  },
  {
    // reading: a patron's own text ("whats ur number") does not turn the provider's answer into a referral; the provider
    // tells the patron to call the branch, so it is one, with its number
    name: 'renewal refused because of a hold: provider explains; patron asks to call someone; provider gives the branch number',
    lines: [
      [0, 'p', 'tried to renew Fourth Wing and it says "Renewal failed: item has holds". can u do it'],
      [19, 'l', 'Hi! I\'m Teo, a librarian with Anythink Libraries. When is it due?'],
      [48, 'p', 'tomorrow and im on ch 30 lol'],
      [56, 'l', "I'm afraid nobody can renew a title that other people are waiting for, me included. What I can do is put you back on the list. Your copy came from Anythink Wright Farms; if you'd like to ask them for a day's grace, call Wright Farms at 303-405-3200. Does that help at all?"],
      [110, 'p', 'ya ok, thats it then'],
      [115, 'l', 'Happy reading, and thanks for chatting with Anythink!'],
    ],
    // reading: no URL or named resource, but the branch's phone comes as the way to reach a referral party: a source
    exp: usual({ referral: 'pass' }),
  },

  // ---- e-book and streaming apps -------------------------------------------------------------------------------------
  {
    name: 'Libby "Unable to verify card" over several messages; patron goes to try things; provider answers each time within two minutes',
    lines: [
      [0, 'p', 'libby keeps saying UNABLE TO VERIFY CARD. ive tried like 5 times'],
      [24, 'l', "Hello, this is Grace at Spokane County Library District's Ask a Librarian. Which library did you pick when you added the card in Libby?"],
      [70, 'p', 'spokane public library'],
      [79, 'l', 'That is the trouble: Spokane Public and the Spokane County Library District are two different systems and our cards only work with ours.'],
      [85, 'l', 'In Libby, open Menu > Add Library, search for "Spokane County Library District", then Sign In with the same card number and PIN.'],
      [140, 'p', 'ok doing it'],
      [240, 'l', 'No rush, let me know if it takes the card this time.'],
      [300, 'p', 'IT WORKED. all my holds r there'],
      [309, 'l', 'Wonderful! Is there anything else I can help you with?'],
      [330, 'p', 'no ty'],
      [334, 'l', 'Enjoy your books, and thanks for using Ask a Librarian!'],
    ],
    // reading: "let me know if it takes the card" asks whether the steps worked; the menu path in Libby is the page with
    // its steps (the sixth and tenth rounds' reading); "No rush" is no hold, but the patron's "ok doing it" is answered in 100 s
    exp: usual(),
  },
  {
    // reading: "You've hit hoopla's monthly borrowing limit" is no limit of questions and ends nothing
    name: 'hoopla "You have reached your monthly borrow limit" pasted by the patron: the provider explains the limit; no dismissal',
    lines: [
      [0, 'p', 'hoopla says "You have reached your monthly borrow limit." its only the 9th??'],
      [30, 'l', "Hi! This is Nkechi at Hennepin County Library. Are you borrowing with a Hennepin card, or a card from another library?"],
      [55, 'p', 'hennepin'],
      [63, 'l', "Our hoopla limit is 5 borrows per calendar month, and it resets on the 1st. Your titles stay on your shelf for their full loan period. The limits are listed at hclib.org/hoopla. In the meantime, Libby has no monthly cap. Does that answer your question?"],
      [111, 'p', 'oh ok. yeah'],
      [117, 'l', 'Anything else I can do for you?'],
      [144, 'p', 'nah thats all'],
      [149, 'l', 'Take care, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Kanopy plays nothing on a smart TV: the provider asks the device, points to the Kanopy help page, then a silence of 2:40 with no hold; keep_informed fails',
    lines: [
      [0, 'p', 'kanopy app on my roku just spins forever'],
      [40, 'l', 'Hi, Lorenzo here, a reference librarian at Berkeley Public Library. Does it spin on every film, or just one?'],
      [90, 'p', 'every one. it worked last week'],
      [250, 'l', 'Sorry for the wait. Kanopy has a Roku troubleshooting page at help.kanopy.com (search "Roku"). The usual fix is to remove the channel, restart the Roku, and add Kanopy back. Did that fix it?'],
      [400, 'p', 'yes! finally. thats all thanks'],
      [404, 'l', 'Great, thank you for contacting us!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "contact cloudLibrary support at …" names a vendor with an e-mail: a referral with a way to reach it
    name: 'cloudLibrary crashes on an old Kindle Fire: the provider cannot fix it and refers to the vendor with an e-mail address',
    lines: [
      [0, 'p', 'Hello, cloudLibrary closes by itself on my Kindle Fire. It is a 2015 one.'],
      [29, 'l', 'Hello, and thanks for writing to the Monroe County Public Library chat. My name is Bev. Do you know which Fire OS version it runs?'],
      [120, 'p', 'Fire OS 5.3.1'],
      [128, 'l', "Thank you. cloudLibrary stopped supporting Fire OS 5 this spring, so I can't fix it from here. You can still read our cloudLibrary books in the browser at ebook.yourcloudlibrary.com. If you'd like to ask them whether an older version of the app is available, you can contact cloudLibrary support at library@yourcloudlibrary.com. Does that help?"],
      [190, 'p', 'Yes. I will try the browser. Thank you.'],
      [196, 'l', 'Anything else I can look into for you?'],
      [215, 'p', 'No'],
      [220, 'l', 'Thanks again, happy reading!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- printing, Wi-Fi, computers, scanning -------------------------------------------------------------------------------
  {
    name: 'printing from a phone: mobile print portal by URL over three messages; patron pastes the release code; pickup at 58 s',
    lines: [
      [0, 'p', 'how do i print from my phone to the library? i need a boarding pass printed'],
      [58, 'l', 'Hi! This is Amira at Saint Paul Public Library. Which branch will you pick it up at?'],
      [83, 'p', 'rondo'],
      [90, 'l', 'Step 1: go to print.sppl.org on your phone and choose "Rondo - Black & White".'],
      [96, 'l', 'Step 2: upload the boarding pass PDF and enter your card number. Step 3: at the print release station in Rondo, type the same card number and pick your job. It is 10 cents a page.'],
      [180, 'p', 'it says Job ID 58213 submitted'],
      [186, 'l', "That means it went through. Does that get you what you needed?"],
      [210, 'p', 'yep, thats all, thx!!'],
      [214, 'l', 'Have a good flight! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    // reading: "the network is called X, no password, accept the terms on the page that pops up" names no resource
    name: 'Wi-Fi network name given straight away, no question and no source; "did you get online?"',
    lines: [
      [0, 'p', 'whats the wifi at the library'],
      [15, 'l', "Hey there, this is Josh at Lakewood Public Library. The network is LPL-Public, no password. Once you join, a page pops up, just accept the terms."],
      [22, 'l', 'Did you get online?'],
      [70, 'p', 'yup'],
      [75, 'l', 'Anything else?'],
      [95, 'p', 'no thank you'],
      [98, 'l', 'Bye now!'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail' }),
  },
  {
    name: 'booking a public computer: the provider picks up after 74 s; reservation page by URL',
    lines: [
      [0, 'p', 'Can I reserve a computer for tomorrow at 10 am? I have a job interview on zoom'],
      [74, 'l', 'Good afternoon, I am Harold, a librarian at Pikes Peak Library District. Sorry for the wait. Do you need a computer with a webcam, or will you bring headphones and your own device?'],
      [120, 'p', 'I need a webcam one'],
      [130, 'l', 'The two computers in the study rooms at East Library have webcams. Reserve one at ppld.org/reserve-computer: pick East Library, "Webcam PC", tomorrow at 10. You can book up to 2 hours. Did that let you book it?'],
      [200, 'p', 'Got it booked. Thats everything, thank you!'],
      [204, 'l', 'Good luck on your interview!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: "Hi! What do you need faxed?" greets but nobody says who is answering; the second provider message,
    // also within the first two, says nothing of it either
    name: 'faxing: greeting without a name, library or service in the first two messages; greeting fails',
    lines: [
      [0, 'p', 'do you guys fax stuff? need to send a form to my insurance'],
      [20, 'l', 'Hi! Sure thing. Is it going within the US?'],
      [52, 'p', 'yes'],
      [58, 'l', 'Faxing within the US is $1 a page at the Tech Desk at any branch, and receiving is free; see lfpl.org/fax. Is that what you were after?'],
      [100, 'p', 'yes thanks thats all'],
      [104, 'l', 'Thank you, have a great day!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "scan to e-mail" at the self-service scanner is a transaction at a machine, not a referral
    name: 'scanning a document to e-mail at the branch scanner: the guide page by URL; the patron asks a second question, answered',
    lines: [
      [0, 'p', 'can i scan my tax docs and email them to myself at the library'],
      [33, 'l', 'Hello! You are chatting with Ruth, a librarian at Anne Arundel County Public Library. Is it a few pages, or a thick stack?'],
      [58, 'p', 'like 12 pages'],
      [66, 'l', "The self-service scanners at every branch scan to e-mail or USB for free, and take up to 50 pages in the feeder. The step-by-step guide is at aacpl.net/scan. Does that answer it?"],
      [108, 'p', 'yes. do i need my card for it'],
      [116, 'l', 'No card needed for scanning, only for printing.'],
      [150, 'p', 'cool thats all i needed'],
      [155, 'l', 'Thanks for chatting with AACPL, bye!'],
    ],
    exp: usual(),
  },

  // ---- makerspace, 3D printing --------------------------------------------------------------------------------------------
  {
    name: '3D printing: the request form URL and a referral to the makerspace staff with their e-mail',
    lines: [
      [0, 'p', 'hi can i 3d print a replacement knob for my dishwasher? i have the stl file'],
      [26, 'l', "Hi, I'm Quentin, the makerspace librarian at Chattanooga Public Library. What size is the knob, roughly? The printers max out at 25 cm."],
      [70, 'p', 'like 4 cm'],
      [77, 'l', "No problem then. Upload the STL at chattlibrary.org/3dprint; PLA is 5 cents a gram. For a heat-resistant part you'll want PETG, and for that please email the 4th Floor makerspace staff at 4thfloor@chattlibrary.org so they can check the settings. Does that help?"],
      [128, 'p', 'perfect, no more questions'],
      [132, 'l', 'Happy making! Thanks for reaching out.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you'll have to talk to the makerspace staff about the laser cutter" tells the patron to contact a
    // department of the provider's own library, and no way to reach them is given
    name: 'laser cutter certification: "talk to the makerspace staff" with no contact; referral fails',
    lines: [
      [0, 'p', 'how do I get certified on the laser cutter'],
      [18, 'l', "Hello! It's Wen at the Fayetteville Free Library. Have you already taken the general makerspace orientation?"],
      [60, 'p', 'yes last year'],
      [67, 'l', 'Then you just need the laser cutter badge class. The schedule is on the events calendar at fflib.org/events under "Fab Lab".'],
      [72, 'l', "The class fills fast, so you'll have to talk to the makerspace staff about getting on the waitlist. Does that answer your question?"],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Thanks, have fun!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- hotspots, laptops, tech appointments --------------------------------------------------------------------------------
  {
    name: 'hotspot waitlist: the provider promises to e-mail when one is back by Friday, confirms the address; Follow-up by me, pending',
    lines: [
      [0, 'p', 'are any wifi hotspots available to borrow? my internet got cut off'],
      [36, 'l', "Hi, this is Carmen at Pima County Public Library. I'm sorry to hear that. Do you need it for a laptop, or for a phone?"],
      [80, 'p', 'laptop, for my kids school'],
      [88, 'l', 'Let me check the hotspot queue.'],
      [160, 'l', "All 240 are out right now, and you'd be number 31 on the waitlist, which I can put you on. Holds on hotspots are in the catalog at library.pima.gov under \"Hotspot\". The school district also lends them: tusd1.org/hotspots."],
      [166, 'l', 'I also want to check with the branch whether their returned ones are processed yet. If you give me your email, I will write to you by Friday with what I find.'],
      [220, 'p', 'yes pls, lucia.m.ortega@example.com'],
      [228, 'l', 'Got it: lucia.m.ortega@example.com. You will hear from me by Friday. Does that help for now?'],
      [250, 'p', 'yes thanks so much, thats it'],
      [255, 'l', 'You are welcome! Take care.'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    name: 'laptop kit: promise to e-mail the loan agreement with no time given; coded Answered; contact and code fail',
    lines: [
      [0, 'p', 'Hi I want to borrow a laptop to take home. What do I need to sign?'],
      [40, 'l', 'Hello! I am Ahmed, a librarian at Durham County Library. Are you 18 or over? The take-home kits are for adults.'],
      [66, 'p', 'yes 34'],
      [73, 'l', 'The laptop kits go out for 3 weeks from the Main Library with a card in good standing. Full rules at dconc.gov/library/laptops.'],
      [80, 'l', "There's also a loan agreement to sign. I'll email you a copy of the agreement so you can read it first. What address should I use?"],
      [120, 'p', 'tkeller@example.net'],
      [126, 'l', 'Thanks, tkeller@example.net it is. Did I cover everything you needed?'],
      [150, 'p', 'yes, thats everything i needed'],
      [154, 'l', 'Great, thanks for chatting with us!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'tech-help appointment: the provider transfers to the digital literacy librarian with a note; the receiver books it',
    lines: [
      [0, 'p', 'my dad needs help setting up his new iphone, do you do appointments'],
      [31, 'l', "Hi! This is Jo at Skokie Public Library. We do. Is he a Skokie cardholder? "],
      [60, 'p', 'yes'],
      [66, 'i', 'Dad needs a one-on-one iPhone setup session, patron is his son/daughter; can you book it?'],
      [70, 'l', "Priya, our digital literacy librarian, handles those bookings. I'm transferring you to her now, one moment."],
      [72, 's', 'Chat transferred to Priya Raman', sys('transfer', 'priya')],
      [100, 'l', 'Hi, Priya here! Would a weekday morning work for him? The 45 minute sessions are listed at skokielibrary.info/techhelp.', TECH],
      [140, 'p', 'tuesday morning would be great'],
      [148, 'l', 'I booked him for Tuesday at 10:00 at the Tech Desk on the first floor. Bring the phone charged and his Apple ID password. Is that what you needed?', TECH],
      [190, 'p', 'yes thats everything thank you'],
      [196, 'l', 'See you Tuesday, and thanks for chatting!', TECH],
    ],
    // reading: an appointment the provider books in the chat is the service being given, like "bring a photo ID to any
    // branch" (a transaction), not a referral to the Tech Desk
    exp: usual({ transfer: 'pass' }),
  },

  // ---- endings --------------------------------------------------------------------------------------------------------------
  {
    name: 'the patron goes quiet after the Libby steps: a check-in at 2:20 and a disconnect notice that invites back at 3:40',
    lines: [
      [0, 'p', 'how do i return a libby book early'],
      [25, 'l', 'Hi there! This is Omar at Multnomah County Library. Is it an ebook or an audiobook?'],
      [50, 'p', 'audiobook'],
      [58, 'l', 'In Libby, tap Shelf, then Manage Loan next to the audiobook, and choose Return Early. Let me know if that works!'],
      [198, 'l', 'Hi, are you still with me?'],
      [278, 'l', "It seems we got disconnected, so I'll close this chat now. Come back any time if you still need help!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the patron goes quiet after the printing steps: a check-in only, and the session closes 4 minutes after the answer; disconnect and courteous fail',
    lines: [
      [0, 'p', 'can i print double sided from the laptop'],
      [22, 'l', 'Hello, this is Kim, a librarian at Cuyahoga County Public Library. Are you using one of our laptops or your own?'],
      [55, 'p', 'mine'],
      [62, 'l', 'On the web print page, cuyahogalibrary.org/print, choose "Duplex B&W" as the printer before you upload. Double-sided is 15 cents a sheet. Did that answer it?'],
      [190, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 115 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Lost Call after two patron messages: the provider only greets, holds and checks in; information checks na; code fails',
    lines: [
      [0, 'p', 'hello'],
      [6, 'p', 'my hoopla account says suspended why'],
      [45, 'l', 'Hi, this is Dev with the Chicago Public Library chat.'],
      [50, 'l', 'Let me take a look.'],
      [170, 'l', 'Are you still there?'],
      [250, 'l', 'I have not heard back, so I will end the chat now. It looks like you disconnected. Thank you for contacting CPL!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'dismissal: the provider says the patron has asked too many device questions and ends the chat; no way back',
    lines: [
      [0, 'p', 'my kindle wont download the libby book'],
      [30, 'l', 'Hi, Frank at Mid-Continent Public Library. Is it a Kindle e-reader or a Fire tablet?'],
      [50, 'p', 'paperwhite'],
      [58, 'l', 'Send it to the Kindle with "Read now with Kindle" in Libby, then sign in on amazon.com and pick your Paperwhite under Content and Devices. Did that work?'],
      [120, 'p', 'yes. also my printer at home wont connect to wifi and my email password'],
      [128, 'l', "You've asked too many questions for one chat, and home printers aren't something we do. I'm ending the session now."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'polite wrap-up: others waiting, come back later for the second device; no dismissal',
    lines: [
      [0, 'p', 'how do i get the kanopy app on my firestick'],
      [26, 'l', "Hi! Yasmin, a librarian at San Diego Public Library. Is it a Fire TV Stick or a Fire tablet?"],
      [49, 'p', 'fire tv stick'],
      [55, 'l', 'On the Fire TV home screen, search "Kanopy", install it, then open it and go to kanopy.com/activate on your phone to enter the code it shows. Did that get it going?'],
      [140, 'p', 'yes. how about on my old blu ray player too, and my moms ipad'],
      [147, 'l', "Glad the stick works! There are several people in the queue right now, so I need to wrap up this chat, but please come back any time and we'll look at the Blu-ray and the iPad together. Thanks!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'concurrency: the provider had four other chats open during a PIN question; fails',
    lines: [
      [0, 'p', 'need my pin reset for the online catalog pls'],
      [22, 'l', 'Hi, this is Jo at the Lexington Public Library. Do you still have access to the email on your account?'],
      [50, 'p', 'yes'],
      [57, 'l', 'Use "Forgot PIN" on the sign-in page of the catalog at lexpublib.org and it will email you a reset link within a few minutes. Did it come through?'],
      [130, 'p', 'got it, all good, thats all'],
      [133, 'l', 'Great, thanks for chatting!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 100), other('b', 'jo', -50, 200), other('c', 'jo', 5, 140), other('d', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: "reach out to IT" on a college campus is a referral to a department, with no way to reach it
    name: 'college proxy error pasted as a link: the provider sends the patron to campus IT without a contact; referral fails',
    lines: [
      [0, 'p', 'getting this when i click a jstor link: https://login.proxy.wsu.edu/login?url=https://www.jstor.org/stable/4123 "Error: your NetID is not authorized"'],
      [29, 'l', 'Hello, this is Ana at WSU Libraries. Are you on campus or off campus right now?'],
      [50, 'p', 'off campus'],
      [60, 'l', 'Thanks, one moment while I test the link from my end.'],
      [150, 'l', 'The link itself works for me, so it is your NetID that is not being recognised by the proxy. That usually means your account needs to be re-activated, which the Libraries cannot do: please reach out to IT to have them check your NetID status. In the meantime you can reach JSTOR through the Libraries\' database list at libraries.wsu.edu/databases. Does that help?'],
      [210, 'p', 'ok ty thats all'],
      [214, 'l', 'Good luck, and thank you for using Ask a Librarian!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'renewals done by the provider in the chat, catalogue named; resolution code left empty: code fails',
    lines: [
      [0, 'p', 'Could you renew my two books? Im out of town until the 20th.'],
      [35, 'l', 'Hello! Olivia at Boise Public Library. Sure, can you give me your card number and the titles?'],
      [80, 'p', '29113001234567, the Atomic Habits book and a cookbook'],
      [88, 'l', 'Give me a sec.'],
      [140, 'l', 'Both renewed; they are now due on the 24th. You can see the new dates any time under My Account in the catalog. Does that help?'],
      [170, 'p', 'Perfect, that is everything.'],
      [174, 'l', 'Safe travels, and thanks for contacting the library!'],
    ],
    over: { resolutionCode: '' },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'follow-up by IT: the provider will ask the library IT staff and e-mail the patron within 2 business days; recorded after 30 h: on time',
    lines: [
      [0, 'p', 'the library wifi blocks my banking site, says "Category: Finance blocked by policy"'],
      [32, 'l', 'Hi, this is Leah at Tacoma Public Library. Which branch were you at, and what was the address of the site?'],
      [70, 'p', 'main library. mybank-online.example.com'],
      [77, 'l', "Banking sites shouldn't be blocked, so that looks like a filter mistake. I can't change the filter myself; I'll pass it to our IT staff and email you once they've unblocked it, within 2 business days. What's the best email for you?"],
      [130, 'p', 'r.sato@example.org'],
      [136, 'l', 'Thanks, r.sato@example.org. Until then, the site should load on your phone data. Does that help for now?'],
      [170, 'p', 'yes thats all, thanks'],
      [175, 'l', 'You are welcome, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(180, 30) },
    // reading: the IT staff are consulted on the patron's behalf: no referral. The only source-like thing is the phone
    // data suggestion, which names nothing: no URL, contact or named resource is given, so source fails
    exp: usual({ source: 'fail', contact: 'pass', onTime: 'pass' }),
  },
];

const HI: Line[] = [
  [0, 'p', 'my libby wont let me borrow, says "card not eligible"'],
  [20, 'l', 'Hi, this is Nadia at the Wake County Public Library. Is your card a full card or the digital-only eCard?'],
  [48, 'p', 'ecard i think'],
];
const FIX: Line = [55, 'l', 'eCards can borrow in Libby once you verify your address; the form is at wakegov.com/libraries/ecard.'];

export const short: SessionCase[] = [
  // ---- keep informed: silences around the threshold ----------------------------------------------------------------------
  {
    name: 'hold, then the next provider message 119 s later: keep_informed passes',
    lines: [...HI, [55, 'l', 'Let me look at your card record, one moment.'], [174, 'l', FIX[2]], [200, 'p', 'ok thanks thats all'], [204, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'hold, then the next provider message 122 s later: keep_informed fails',
    lines: [...HI, [55, 'l', 'Let me look at your card record, one moment.'], [177, 'l', FIX[2]], [200, 'p', 'ok thanks thats all'], [204, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: "take your time" is no hold; the patron's pasted error starts a wait on the provider
    name: '"Take your time" then the patron pastes an error; the provider answers 130 s later: keep_informed fails',
    lines: [...HI, FIX, [60, 'l', 'Take your time filling it in.'], [200, 'p', 'it says "Error 422: address could not be validated"'], [330, 'l', 'That error means the address must match USPS format; try "St" instead of "Street". Did it go through?'], [360, 'p', 'yes thats all'], [364, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'several patron messages in a row during a hold; the provider answers 110 s after the hold: passes',
    lines: [...HI, [55, 'l', 'Checking your card type now.'], [120, 'p', 'hello?'], [125, 'p', 'its been a while'], [165, 'l', FIX[2]], [200, 'p', 'ok thats all'], [204, 'l', 'Thanks, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the provider says "still trying the reset, one more minute" every 100 s over five minutes: passes',
    lines: [...HI, [55, 'l', 'I am going to try resetting it on our side, hang on.'], [155, 'l', 'Still working on it, the system is slow today.'], [255, 'l', 'Nearly there, one more minute.'], [350, 'l', FIX[2]], [380, 'p', 'got it, thats all'], [384, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },

  // ---- pickup and greeting ---------------------------------------------------------------------------------------------------
  {
    name: 'pickup at exactly 60 s: passes',
    lines: [[0, 'p', 'is the makerspace open sunday'], [60, 'l', 'Hi, Leo at Westport Library here! The MakerSpace is open Sundays 1-5, see westportlibrary.org/makerspace.']],
    exp: some({ pickup: 'pass', greeting: 'pass' }),
  },
  {
    name: 'pickup at 61 s: fails',
    lines: [[0, 'p', 'is the makerspace open sunday'], [61, 'l', 'Hi, Leo at Westport Library here! The MakerSpace is open Sundays 1-5, see westportlibrary.org/makerspace.']],
    exp: some({ pickup: 'fail' }),
  },
  {
    name: 'greeting split over two messages: "Hi!" then "Tech Help desk at Ferguson Library here"',
    lines: [[0, 'p', 'can the library fix my laptop'], [14, 'l', 'Hi!'], [18, 'l', 'Tech Help desk at the Ferguson Library here. What is going on with it?'], [50, 'p', 'wont turn on'], [60, 'l', 'We cannot repair hardware, but the Repair Cafe list is at fergusonlibrary.org/repair. Does that help?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: the author field is a screen name; the text says who only in the third provider message
    name: 'the name comes only in the third provider message: greeting fails',
    lines: [[0, 'p', 'hotspot return?'], [10, 'l', 'Hello!'], [14, 'l', 'Are you returning it or renewing it?'], [40, 'p', 'returning'], [46, 'l', "I'm Kay from Tulsa City-County Library: any branch's book drop takes them, see tulsalibrary.org/hotspots."]],
    exp: some({ greeting: 'fail' }),
  },

  // ---- clarify, source ------------------------------------------------------------------------------------------------------
  {
    // reading: a URL the patron pastes is no source given by the provider
    name: 'the patron pastes the help link; the provider only says to try again tomorrow: source fails',
    lines: [[0, 'p', 'it sent me to https://help.libbyapp.com/en-us/6015.htm but that didnt help, says server error'], [25, 'l', 'Hi, this is Sara with the Jefferson County Public Library. Did it happen on Wi-Fi or on cellular?'], [45, 'p', 'both'], [52, 'l', 'There is an outage on their side today. Please try again tomorrow morning. Did that answer your question?'], [80, 'p', 'ok'], [85, 'l', 'Thanks for writing in!']],
    exp: some({ clarify: 'pass', source: 'fail', complete: 'pass' }),
  },
  {
    // reading: an app named alone is no source
    name: '"Try borrowing it in the Libby app instead." names an app only: source fails',
    lines: [[0, 'p', 'overdrive website says this title is not available'], [25, 'l', 'Hello! This is Ben at the Kenton County Public Library. Is it an e-book or audio?'], [45, 'p', 'ebook'], [52, 'l', 'Try borrowing it in the Libby app instead. Did that do it?'], [120, 'p', 'yes thats all'], [124, 'l', 'Bye, thanks!']],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: a named help guide with the way to reach it (the library's website, its path) is a source
    name: 'the "Printing from Home" guide on the website under Services > Tech: source passes',
    lines: [[0, 'p', 'how do i print from my laptop to you'], [25, 'l', 'Hello! This is Beth at the Cedar Rapids Public Library. Windows or Mac?'], [45, 'p', 'mac'], [52, 'l', 'Our "Printing from Home" guide walks through it: on our website go to Services > Tech > Printing from Home. Did that help?'], [120, 'p', 'yes thats all'], [124, 'l', 'Bye, thanks!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: the question comes in the message that already gives the URL: not before it
    name: 'the question about the device in the same message as the URL: clarify fails',
    lines: [[0, 'p', 'how do i get hoopla on my tv'], [20, 'l', 'Hi, this is Rob at the Dayton Metro Library. Hoopla works on Roku, Fire TV, Apple TV and Android TV, setup at hoopladigital.com/help; which TV do you have?'], [50, 'p', 'roku'], [58, 'l', 'On Roku, add the hoopla channel and sign in with the same email. Did that work?'], [120, 'p', 'yes, thats all'], [124, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },

  // ---- completeness, anything else -------------------------------------------------------------------------------------------
  {
    // reading: asked after the fix, "did the reset email come through?" asks whether what was given worked
    name: '"Did the reset email come through?" after the Forgot PIN steps: completeness passes',
    lines: [...HI, [55, 'l', 'Use Forgot PIN at wakegov.com/libraries/account and check your email.'], [140, 'p', 'ok'], [146, 'l', 'Did the reset email come through?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: about the patron's device, not whether the answer met the need
    name: 'near miss: "Do you have the Libby app installed?" after the answer asks about the device: completeness fails',
    lines: [...HI, FIX, [90, 'p', 'ok'], [96, 'l', 'Do you have the Libby app installed on that phone?'], [130, 'p', 'yes'], [136, 'l', 'Great, thanks for chatting, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Is it letting you borrow now?" after the form: completeness passes',
    lines: [...HI, FIX, [110, 'p', 'filled it out'], [116, 'l', 'Is it letting you borrow now?'], [160, 'p', 'yes!!'], [166, 'l', 'Great, thanks for chatting, bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'the patron: "ok that fixed it, I\'m all set, no more questions": anything_else passes',
    lines: [...HI, FIX, [110, 'p', "ok that fixed it, I'm all set, no more questions"], [116, 'l', 'Thank you for chatting, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s "k it works now thx" says nothing of being done: anything_else fails',
    lines: [...HI, FIX, [110, 'p', 'k it works now thx'], [116, 'l', 'Thank you for chatting, bye!']],
    exp: some({ anything: 'fail' }),
  },

  // ---- dismissals ----------------------------------------------------------------------------------------------------------------
  {
    // reading: the PC's own session timer is no end of the chat
    name: '"the public computers log you off when your time is up" describes the PC timer: no dismissal',
    lines: [[0, 'p', 'how long can i use the computers'], [20, 'l', 'Hi, Nora from Richmond Public Library. Do you have a library card?'], [40, 'p', 'yes'], [46, 'l', "With a card you get 2 hours a day, booked at rvalibrary.org/computers. The public computers log you off when your time is up, so save your work to a USB. Does that answer it?"], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks, bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a renewal limit is no limit of questions
    name: '"you\'ve reached the limit of 3 renewals on this item" is about the loan: no dismissal',
    lines: [[0, 'p', 'cant renew my laptop kit'], [20, 'l', 'Hi, Nora from Richmond Public Library. Which item is it?'], [40, 'p', 'chromebook kit 12'], [46, 'l', "You've reached the limit of 3 renewals on this item, so it has to come back by Friday; the loan rules are at rvalibrary.org/laptops. Anything else?"], [80, 'p', 'no'], [84, 'l', 'Thanks, bye!']],
    exp: some({ dismissal: 'pass', anything: 'pass' }),
  },
  {
    name: '"Our chat help is limited to 15 minutes per patron and your time is up." dismisses',
    lines: [[0, 'p', 'my email got hacked, can you help me get back in'], [20, 'l', 'Hi, Nora from Richmond Public Library. Is it Gmail or another provider?'], [40, 'p', 'gmail'], [46, 'l', 'Google\'s recovery form is at g.co/recover.'], [80, 'p', 'it keeps asking for my old phone'], [500, 'l', 'Our chat help is limited to 15 minutes per patron and your time is up.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'a print quota at its cap is no limit of questions: "you\'ve used your 50 free pages this week": no dismissal',
    lines: [[0, 'p', 'why cant i print anymore'], [20, 'l', 'Hi! Ravi with the Toledo Lucas County Public Library. Did it show a message on the release station?'], [40, 'p', 'says quota exceeded'], [46, 'l', "You've used your 50 free pages this week; after that it's 10 cents a page, and you can add money at toledolibrary.org/print. Did that clear it up?"], [80, 'p', 'yes thats all'], [84, 'l', 'Thanks for chatting!']],
    exp: some({ dismissal: 'pass' }),
  },

  // ---- referrals ------------------------------------------------------------------------------------------------------------------
  {
    // reading: the own library's circulation desk, told to visit, no contact: a referral that fails
    name: '"You\'ll need to see someone at the circulation desk about the lost hotspot charge" with no contact: referral fails',
    lines: [[0, 'p', 'im being charged $120 for a hotspot i returned'], [20, 'l', 'Hi, this is Abby at the Kalamazoo Public Library. When did you return it?'], [40, 'p', 'last tuesday in the dropbox'], [46, 'l', "It shows as missing the charger. You'll need to see someone at the circulation desk about the lost hotspot charge."]],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the same with "call Circulation at 269-553-7800": referral passes',
    lines: [[0, 'p', 'im being charged $120 for a hotspot i returned'], [20, 'l', 'Hi, this is Abby at the Kalamazoo Public Library. When did you return it?'], [40, 'p', 'last tuesday in the dropbox'], [46, 'l', 'It shows as missing the charger. Please call Circulation at 269-553-7800 about the lost hotspot charge.']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: returning an item to a book drop is a transaction, not contacting anyone
    name: '"Drop the hotspot in any branch\'s book drop" is no referral: na',
    lines: [[0, 'p', 'how do i return a hotspot'], [20, 'l', 'Hi, this is Abby at the Kalamazoo Public Library. Is the loan over or do you want to return it early?'], [40, 'p', 'early'], [46, 'l', "Just drop the hotspot with its charger in any branch's book drop; details at kpl.gov/hotspots."]],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: saying where the printers are is no telling the patron to contact or visit someone
    name: '"The 3D printers are in the Idea Lab on the second floor" says where they are: no referral',
    lines: [[0, 'p', 'where are the 3d printers'], [20, 'l', 'Hi, this is Abby at the Kalamazoo Public Library. At Central?'], [40, 'p', 'ya'], [46, 'l', 'The 3D printers are in the Idea Lab on the second floor; hours at kpl.gov/idealab.']],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: "Get Help" inside the app is no e-mail, phone, address or URL for the vendor
    name: '"Contact Kanopy support through Get Help in the app" gives no way to reach them: referral fails',
    lines: [[0, 'p', 'kanopy charged my credit card??'], [20, 'l', 'Hi, Mo here at the Evanston Public Library. Did you sign up through the library or through kanopy.com directly?'], [40, 'p', 'no idea'], [46, 'l', 'The library version never asks for a card, so it may be a different subscription. Contact Kanopy support through Get Help in the app to ask about the charge.']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'a pasted error code and the county IT help desk by phone: referral passes',
    lines: [[0, 'p', 'staff laptop from library says BitLocker recovery key needed 0x8031004A'], [20, 'l', 'Hi, Mo here at the Evanston Public Library. Is this one of our loaner laptops?'], [40, 'p', 'yes'], [46, 'l', 'Only the city IT help desk holds the recovery keys. Please call the IT help desk at 847-448-8111 with the number on the laptop tag.']],
    exp: some({ referral: 'pass' }),
  },

  // ---- follow-ups, transfers ------------------------------------------------------------------------------------------------------
  {
    // reading: the provider consulting IT and e-mailing back is a follow-up, not a referral
    name: '"I\'ll ask our IT folks and get back to you by email tomorrow", address repeated: contact passes, referral na',
    lines: [[0, 'p', 'the print portal wont take my card number, says "Account not found"'], [20, 'l', 'Hi! Jude with the Sacramento Public Library. Is your card a new one?'], [40, 'p', 'got it last week. email is jfk.notthatone@example.com'], [46, 'l', "New cards sometimes take a while to sync with the print portal. I'll ask our IT folks and get back to you by email tomorrow at jfk.notthatone@example.com."], [70, 'p', 'ok thx'], [74, 'l', 'Thanks, bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', referral: 'na', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up promised without a when ("as soon as IT looks at it"): contact fails',
    lines: [[0, 'p', 'the print portal wont take my card number, says "Account not found"'], [20, 'l', 'Hi! Jude with the Sacramento Public Library. Is your card a new one?'], [40, 'p', 'got it last week. email is jfk.notthatone@example.com'], [46, 'l', "I'll email you at jfk.notthatone@example.com as soon as IT looks at it."], [70, 'p', 'ok thx'], [74, 'l', 'Thanks, bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up not recorded and 80 h have passed: on_time fails',
    lines: [[0, 'p', 'the print portal wont take my card number'], [20, 'l', 'Hi! Jude with the Sacramento Public Library. Is your card a new one?'], [40, 'p', 'yes, email jfk.notthatone@example.com'], [46, 'l', "I'll email you at jfk.notthatone@example.com by tomorrow noon once IT checks it."], [70, 'p', 'ok thx'], [74, 'l', 'Thanks, bye!']],
    over: FU_ME,
    ctx: { now: T0 + 80 * 3600_000 },
    exp: some({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'follow-up recorded 75 h after the end: on_time fails',
    lines: [[0, 'p', 'the print portal wont take my card number'], [20, 'l', 'Hi! Jude with the Sacramento Public Library. Is your card a new one?'], [40, 'p', 'yes, email jfk.notthatone@example.com'], [46, 'l', "I'll email you at jfk.notthatone@example.com by tomorrow noon once IT checks it."], [70, 'p', 'ok thx'], [74, 'l', 'Thanks, bye!']],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(79, 75) },
    ctx: { now: T0 + 5 * DAY },
    exp: some({ onTime: 'fail' }),
  },
  {
    name: 'follow-up code but no contact anywhere: code and contact fail',
    lines: [[0, 'p', 'the print portal wont take my card number'], [20, 'l', 'Hi! Jude with the Sacramento Public Library. Is your card a new one?'], [40, 'p', 'yes'], [46, 'l', 'Our IT will look into it by Monday.'], [70, 'p', 'ok thx'], [74, 'l', 'Thanks, bye!']],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'transfer to the tech librarian announced but no internal note: transfer fails',
    lines: [[0, 'p', 'can i borrow a ipad'], [20, 'l', 'Hi, Jo at the Arlington Public Library. For home use?'], [40, 'p', 'yes'], [46, 'l', "I'll pass you to our technology librarian, who manages the iPad loans."], [48, 's', 'Chat transferred to Priya Raman', sys('transfer', 'priya')], [70, 'l', 'Hi, Priya here. The iPad kits are at library.arlingtonva.us/ipads. Does that help?', TECH], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!', TECH]],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'transfer with a note but no word to the patron: transfer fails',
    lines: [[0, 'p', 'can i borrow a ipad'], [20, 'l', 'Hi, Jo at the Arlington Public Library. For home use?'], [40, 'p', 'yes'], [44, 'i', 'iPad loan question, can you take it?'], [48, 's', 'Chat transferred to Priya Raman', sys('transfer', 'priya')], [70, 'l', 'Hi, Priya here. The iPad kits are at library.arlingtonva.us/ipads. Does that help?', TECH], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!', TECH]],
    exp: some({ transfer: 'fail' }),
  },

  // ---- near misses for U2's changes (rubric v21) ----------------------------------------------------------------------------
  {
    name: 'near miss: "Did you get online at home through the low-cost plan?" after the answer asks about the patron: completeness fails',
    lines: [[0, 'p', 'wifi password?'], [15, 'l', 'Hi, Josh at Lakewood Public Library here. The network is LPL-Public, no password.'], [50, 'p', 'ok'], [56, 'l', 'Did you get online at home through the low-cost plan?'], [90, 'p', 'no'], [94, 'l', 'Bye now!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Did your old library let you borrow hotspots?" after the answer: completeness fails',
    lines: [[0, 'p', 'can i borrow a hotspot'], [15, 'l', 'Hi, this is Carmen at Pima County Public Library. Hotspots are on the catalog at library.pima.gov under "Hotspot".'], [50, 'p', 'ok'], [56, 'l', 'Did your old library let you borrow hotspots?'], [90, 'p', 'yes'], [94, 'l', 'Bye now!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "let me know if it takes longer than 15 minutes to arrive" asks nothing of the answer: completeness fails',
    lines: [...HI, [55, 'l', 'I sent a verification email from the eCard form at wakegov.com/libraries/ecard; let me know if it takes longer than 15 minutes to arrive.'], [100, 'p', 'ok'], [106, 'l', 'Thanks, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: the patron\'s "thank you so much, thats it the one with the blue cover" is about the book: anything_else fails',
    lines: [[0, 'p', 'can you find the Kindle guide book with the blue cover'], [15, 'l', 'Hi, Bo at Ames Public Library. "Kindle Paperwhite For Dummies" is in the catalog at ames.lib.ia.us. Is that the one?'], [50, 'p', 'thank you so much, thats it the one with the blue cover'], [56, 'l', 'Great, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Our IT will email you a reset code by tomorrow" is the library\'s staff promising: a follow-up session, code fails on Answered',
    lines: [[0, 'p', 'print portal says my account is locked'], [20, 'l', 'Hi! Jude with the Sacramento Public Library. Since when?'], [40, 'p', 'today. email is jfk.notthatone@example.com'], [46, 'l', 'Our IT will email you a reset code by tomorrow at jfk.notthatone@example.com; the print page is saclibrary.org/print.'], [70, 'p', 'ok thx'], [74, 'l', 'Thanks, bye!']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'the catalog\'s own "it will email you a reset link" is no promise: follow-up checks na',
    lines: [[0, 'p', 'forgot my pin'], [20, 'l', 'Hi! Jude with the Sacramento Public Library. Do you still get email at the address on your card?'], [40, 'p', 'yes'], [46, 'l', 'Click Forgot PIN at saclibrary.org/account and it will email you a reset link within a few minutes. Did it come?'], [90, 'p', 'yes thats all'], [94, 'l', 'Thanks, bye!']],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: '"Please stop at the circulation desk with a photo ID" sends the patron to the desk, no contact: referral fails',
    lines: [[0, 'p', 'my card expired'], [20, 'l', 'Hi, this is Abby at the Kalamazoo Public Library. Do you still live in the county?'], [40, 'p', 'yes'], [46, 'l', 'Please stop at the circulation desk with a photo ID; it takes two minutes.']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "The 12 bus will stop at the circulation desk side of the building" is no order: referral na',
    lines: [[0, 'p', 'which door is closest to the bus'], [20, 'l', 'Hi, this is Abby at the Kalamazoo Public Library. Route 12?'], [40, 'p', 'yes'], [46, 'l', 'The 12 bus will stop at the circulation desk side of the building, on Rose Street; map at kpl.gov/visit.']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "I can see someone at the circulation desk checked it in at 3 pm" is the provider\'s view: referral na',
    lines: [[0, 'p', 'im being charged for a hotspot i returned'], [20, 'l', 'Hi, this is Abby at the Kalamazoo Public Library. When did you return it?'], [40, 'p', 'tuesday'], [46, 'l', 'I can see someone at the circulation desk checked it in at 3 pm on Tuesday, so I have removed the charge; your account is at kpl.gov/account.']],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"; for that please email the makerspace staff at …" refers with an e-mail: referral passes',
    lines: [[0, 'p', 'can i print in petg'], [20, 'l', "Hi, I'm Quentin at Chattanooga Public Library. For a heat part?"], [40, 'p', 'yes'], [46, 'l', 'PETG needs a different nozzle; for that please email the makerspace staff at 4thfloor@chattlibrary.org.']],
    exp: some({ referral: 'pass' }),
  },
  {
    // (a URL of the library's in the same message would be read as the staff's way to reach them: none here)
    name: '"; for that please email the makerspace staff" with no address: referral fails',
    lines: [[0, 'p', 'can i print in petg'], [20, 'l', "Hi, I'm Quentin at Chattanooga Public Library. For a heat part?"], [40, 'p', 'yes'], [46, 'l', 'PETG needs a different nozzle; for that please email the makerspace staff.']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "for that reason please email us the STL" sends the patron to nobody outside the chat: referral na',
    lines: [[0, 'p', 'can i print in petg'], [20, 'l', "Hi, I'm Quentin at Chattanooga Public Library. For a heat part?"], [40, 'p', 'yes'], [46, 'l', 'PETG needs a different nozzle, see chattlibrary.org/3dprint; for that reason please email us the STL first.']],
    exp: some({ referral: 'na' }),
  },

  // ---- idle endings around the thresholds -----------------------------------------------------------------------------------------
  {
    name: 'final idle of 119 s with no check-in: idle na',
    lines: [...HI, FIX],
    over: { endAfter: 119 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'final idle of exactly 120 s with no check-in: idle fails, disconnect na',
    lines: [...HI, FIX],
    over: { endAfter: 120 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    // relabelled: first labelled a fail ("due to inactivity" says the chat ends but not that the patron seems gone); the
    // earlier rounds read "closing … due to inactivity" as telling the patron they seem gone and that it ends (fifth,
    // sixth, seventh and eleventh rounds), and the rubric's "seem to have disconnected" leaves that room
    name: 'idle 200 s: a check-in, then "Closing this chat due to inactivity." only: disconnect passes (earlier rounds\' reading)',
    lines: [...HI, FIX, [180, 'l', 'Are you still there?'], [255, 'l', 'Closing this chat due to inactivity.']],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'idle 200 s: a check-in, then "I\'ll close this chat in a minute." without a word that the patron seems gone: disconnect fails',
    lines: [...HI, FIX, [180, 'l', 'Are you still there?'], [255, 'l', "I'll close this chat in a minute."]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // reading: a restatement before the source is enough ("So the PIN works on the website but not in the app")
    // LEFT: the restatement family reads "so you / so your …" (the patron as subject); a statement of the patron's problem
    // opening "So the …" is also how providers explain ("So the PIN resets every 90 days"): reading it would be broad
    // v23 (X3): still left: "So the …" opening a statement is also how providers explain; no rare word tells a restatement
    // apart
    name: 'LEFT (restatement without "you"): restatement: "So the PIN works on the website but not in cloudLibrary" before the answer: clarify passes',
    lines: [[0, 'p', 'pin works on website, cloudlibrary says invalid'], [20, 'l', 'Hi! Kerry at the Orange County Library System. So the PIN works on the website but not in cloudLibrary.'], [26, 'l', 'cloudLibrary needs the 4-digit PIN, not the website password; the help page is ocls.org/cloudlibrary. Does that fix it?'], [80, 'p', 'yep thats all'], [84, 'l', 'Bye, thanks!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
];

describe('twentieth round (U2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twentieth round (U2): devices, accounts and library systems, every check', whole);
describeSessions('twentieth round (U2): devices, accounts and library systems, short cases', short);

describeLeft('twentieth-round-tech', LEFT);
