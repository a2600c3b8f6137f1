/**
 * Tenth round, area (W): TECHNOLOGY HELP. Libby/OverDrive, hoopla, Kanopy, Flipster and e-audiobook trouble; library
 * card numbers and PIN resets; Wi-Fi at the branch; printing from a phone or laptop (mobile print portals);
 * Chromebooks, Kindles, iPads; e-mail and government-site passwords; screen readers and accessibility. Long
 * step-by-step instructions spread over many provider messages; patrons who go off to try the steps and report back
 * (the wait is on the provider from ANY patron message, "ok trying now" included, until the next provider message;
 * "take your time" is no hold and puts the wait on the patron); "did that work?", "is it showing now?", "were you
 * able to log in?" as completeness questions and near misses that ask about something else; help pages given as
 * URLs or as named help pages with the way to reach them, and in-app menu paths that are no source; referrals to the
 * branch's tech desk, the vendor's support, the school's IT or the device maker, with and without a way to reach
 * them; providers who cannot fix it and say so; promises to look into it and e-mail back. Patrons of all ages and
 * abilities (teens in chat-speak, older patrons typing in capitals, a screen-reader user), frustrated ones, and
 * libraries in and outside Maryland.
 *
 * Statuses were decided from the literal text of RUBRIC.md before the scorer was run. Readings taken where the
 * rubric leaves room are stated at the cases; the main ones:
 * - an in-app menu path ("Menu > Libraries > Sign out") was first read as an app named without a way to reach it (no
 *   source); three labels were corrected after the run to earlier rounds' reading, a page with the steps to reach it
 *   (sixth round: "In Libby tap Menu > Settings > Clear cache" gives a source). A help page by URL or domain, or named
 *   with the steps to reach it, is a source either way;
 * - a question in the same message as the first URL does not come "before the first message that gives a source"
 *   (the scorer's reading of the rubric, README; one label corrected after the run);
 * - a referral's "way to reach them" is an e-mail, phone, postal address or URL: "use Get Support in the app" is none;
 * - "let me know if that works" asks, in the imperative, whether what was given meets the need: it counts as the
 *   completeness question ("did that work?", "is it showing now?", "were you able to get in?" plainly do);
 * - a patron's "ok trying now" is a patron message, so it starts waiting on the provider (RUBRIC: ANY patron
 *   message), and the provider must answer within 120 s even if only with "take your time".
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, all, some, who, sys, other, type Key, type St, at, T0, DAY, FU_ME, FU_LIB, usual } from './helpers';

const HOUR = 3600;

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const NIA = who('Nia Brooks', 'nia');
const OMAR = who('Omar S. (Digital Services)', 'omar');

export const whole: SessionCase[] = [
  // ---- e-books and e-audiobooks --------------------------------------------------------------------------------------
  {
    name: 'Libby "card not valid": asks which library and device, gives the help page URL, "did that work?", patron says that was all',
    lines: [
      [0, 'p', 'hi libby keeps telling me my card is not valid?? i just got the card last week'],
      [24, 'l', "Hi there! You've reached Carroll County Public Library's chat, I'm Beth. Sorry about that! Which library did you add in Libby, and are you on a phone or a tablet?"],
      [70, 'p', 'carroll county, on my iphone'],
      [82, 'l', 'Thanks. New cards sometimes need the 4-digit PIN set before Libby will accept them. You can set it at ccpl.librarycatalog.info/pin, then in Libby go to Menu > Libraries and sign in again with the card number and that PIN.'],
      [150, 'p', 'ok i set a pin'],
      [156, 'p', 'and...it worked!'],
      [163, 'l', 'Wonderful! Did that take care of it, or is there more not working?'],
      [190, 'p', 'nope that was it, all good now. thanks Beth'],
      [196, 'l', 'Happy reading! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'hoopla on a Kindle Fire, slow older patron: several provider step messages, the patron tries them and reports back within the limits; "is it showing now?" is the completeness question',
    lines: [
      [0, 'p', 'Hello I am trying to get the hoopla on my kindle fire my granddaughter set it up but now it is gone'],
      [40, 'l', 'Good morning! This is Marisol, a librarian at Hennepin County Library. I can help with that. Do you remember if it was the hoopla app, or did she use the web page?'],
      [130, 'p', 'I think it was a app with a blue picture'],
      [140, 'l', 'That sounds like the app. On a Kindle Fire it comes from the Amazon Appstore.'],
      [175, 'l', "Step 1: go to your Home screen and tap the orange 'Appstore' icon. Step 2: search for hoopla and tap 'Get'."],
      [215, 'l', "Step 3: open it and sign in with the e-mail and password she made. If you don't know them, hoopla's help page for that is hoopladigital.com/help (choose 'Forgot password')."],
      [300, 'p', 'ok I am in the appstore'],
      [390, 'p', 'it is downloading'],
      [395, 'l', 'Great, you are doing everything right.'],
      [470, 'p', 'it opened and it remembered me!'],
      [480, 'l', 'Fantastic. Is your book showing now under "My titles"?'],
      [540, 'p', 'YES there it is. Thank you so much dear that is all I needed'],
      [548, 'l', 'You are very welcome, enjoy the book! Goodbye.'],
    ],
    // the wait that starts at 300 ends at 395 (95 s); 470 -> 480. Within the limit.
    exp: usual(),
  },
  {
    name: 'the patron goes off to try the steps ("ok one sec lemme try") and the provider says nothing until she reports back 3 min later: keep_informed fails (the wait is on the provider from any patron message)',
    lines: [
      [0, 'p', 'how do i return a libby book early, i have too many and cant borrow'],
      [18, 'l', 'Hi! Jordan here, librarian at Multnomah County Library. Is it an e-book or an audiobook you want to return?'],
      [50, 'p', 'ebook'],
      [60, 'l', "Open Libby, tap Shelf, tap the book's cover, then 'Manage Loan' > 'Return Early'. Libby's help page has pictures: help.libbyapp.com (search 'return')."],
      [80, 'p', 'ok one sec lemme try'],
      [270, 'p', 'done! it worked'],
      [280, 'l', 'Great! Did that free up room to borrow the one you wanted?'],
      [320, 'p', 'yep its downloading now. thats all, thanks!!'],
      [326, 'l', 'Enjoy! Thanks for chatting.'],
    ],
    // reading: RUBRIC's waiting on the provider begins at a patron message, whatever it says; 80 -> 280 is 200 s
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'same, but the provider answers "sure, take your time" at once: the wait is then on the patron and keep_informed passes',
    lines: [
      [0, 'p', 'how do i return an ebook early on libby? hit my limit'],
      [18, 'l', 'Hi! Jordan here, librarian at Multnomah County Library. Is it an e-book or an audiobook?'],
      [50, 'p', 'ebook'],
      [60, 'l', "Open Libby, tap Shelf, tap the book's cover, then 'Manage Loan' > 'Return Early'. Libby's help page has pictures: help.libbyapp.com (search 'return')."],
      [80, 'p', 'ok one sec lemme try'],
      [92, 'l', 'Sure, take your time!'],
      [270, 'p', 'done! it worked'],
      [280, 'l', 'Great! Did that free up room to borrow the one you wanted?'],
      [320, 'p', 'yep its downloading now. thats all, thanks!!'],
      [326, 'l', 'Enjoy! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    name: 'e-audiobook stops playing in the car: the provider restates the problem, long instructions in four messages, "did that fix the skipping?"',
    lines: [
      [0, 'p', 'My audiobook from the library keeps stopping every time my phone connects to my car bluetooth. Its really annoying on my commute'],
      [35, 'l', "Good afternoon, this is Dev from Austin Public Library's Ask a Librarian. So the audiobook plays fine on the phone, but stops when the car's Bluetooth connects. Which app are you listening in: Libby or hoopla?"],
      [80, 'p', 'libby. android phone, a samsung'],
      [90, 'l', "Thanks. This is usually Android's battery saver pausing Libby. Libby's help article on it is at help.libbyapp.com, titled 'Audiobooks stop playing'."],
      [120, 'l', 'In short: 1) Open Settings > Apps > Libby > Battery.'],
      [140, 'l', "2) Choose 'Unrestricted'."],
      [160, 'l', "3) In Libby, open the audiobook, tap the timer icon and make sure no sleep timer is set."],
      [230, 'p', 'ok did that. ill have to test in the car tomorrow'],
      [240, 'l', 'Makes sense. Did those settings look like they applied, or did anything look different from what I described?'],
      [300, 'p', 'no everything matched. thank u'],
      [308, 'l', 'Anything else I can help with today?'],
      [340, 'p', 'no thats it'],
      [345, 'l', 'Drive safe, and thanks for using Ask a Librarian!'],
    ],
    exp: usual(),
  },
  {
    name: 'Kindle: "Read now with Kindle" sends her to Amazon, which says the Kindle is not registered; referral to Amazon device support with its URL',
    lines: [
      [0, 'p', 'when i click read with kindle it goes to amazon and says my kindle isnt registered. its a paperwhite. help'],
      [28, 'l', 'Hello, this is Pat at Anne Arundel County Public Library. Is the Paperwhite signed in to the same Amazon account you use on the website?'],
      [90, 'p', 'i think my husband set it up on his'],
      [100, 'l', "That's probably it: Libby sends the book to whatever Amazon account is signed in on the website. Either sign in on amazon.com as him, or change the Kindle's account."],
      [108, 'l', "Changing the registration is Amazon's side, so for that contact Amazon's device support at amazon.com/devicesupport; they can also chat with you from that page."],
      [160, 'p', 'ok ill log in as him on the website'],
      [170, 'l', 'Good plan. Let me know if the book shows up on the Kindle after that.'],
      [290, 'p', 'its there!! ok thats all, thank you'],
      [295, 'l', 'Great! Enjoy, and thanks for contacting AACPL.'],
    ],
    // 160 -> 170 ok; 170 is not a hold, so the wait until 290 is on the patron
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Kanopy on a Roku: the provider says plainly they cannot fix it and refers to Kanopy support with the URL; patron answers only "ok thanks" and nobody asks about anything else',
    lines: [
      [0, 'p', 'kanopy on my roku just shows a black screen with a spinning wheel. works on my laptop'],
      [30, 'l', 'Hi! Ethan here at Denver Public Library. Have you tried removing and re-adding the Kanopy channel on the Roku?'],
      [75, 'p', 'yes twice'],
      [85, 'l', "Then I'm sorry, but I can't troubleshoot the Roku from here, that's on Kanopy's side. Their support team handles TV apps: submit a ticket at help.kanopy.com or e-mail support@kanopy.com, and mention your Roku model."],
      [120, 'p', 'ok thanks'],
      [126, 'l', 'Sorry I could not fix it directly. Thanks for chatting with Denver Public Library, have a good evening!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'Flipster on an iPad: named database with its URL, the provider waits with holds while testing, "were you able to open the magazine?"',
    lines: [
      [0, 'p', 'how can i read Consumer Reports on my ipad from home'],
      [20, 'l', "Hi, thanks for contacting Howard County Library System! I'm Nia. Do you want the current issue or back issues?"],
      [60, 'p', 'current'],
      [66, 'l', "Let me check which database has it right now, one moment."],
      [150, 'l', 'Still checking, it moved between databases last year.'],
      [230, 'l', "Found it: Consumer Reports is in Flipster. Go to hclibrary.org > Research > Flipster, sign in with your library card, then tap 'Consumer Reports'. On the iPad, the free Flipster app works too, sign in with your card there."],
      [300, 'p', 'got it open'],
      [306, 'l', 'Were you able to open the current issue?'],
      [330, 'p', 'yes its the march one. thats all I need'],
      [336, 'l', 'Enjoy! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    name: 'hoopla borrow limit, teen in chat-speak; the answer comes before any question (clarify fails)',
    lines: [
      [0, 'p', 'yo hoopla says i hit my limit??? i only got like 3 things'],
      [15, 'l', "Hey! This is Sam, a librarian at Baltimore County Public Library. Hoopla lets each card borrow 6 titles a month, and it resets on the 1st. The count includes anything returned early. Details are on bcpl.info/hoopla."],
      [50, 'p', 'bruh i returned some'],
      [55, 'p', 'so those count??'],
      [62, 'l', 'Yep, returned ones still count for the month, sorry! Does that explain what you are seeing?'],
      [90, 'p', 'ya ok. thats all'],
      [94, 'l', 'Thanks for chatting, see ya!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'e-book will not open in Adobe Digital Editions on a laptop: the provider promises to ask the e-resources team and e-mail back "by Thursday", confirms the e-mail, follow-up coded and done on time',
    lines: [
      [0, 'p', 'Hi I downloaded an ebook to my laptop but adobe digital editions says E_ACT_NOT_READY and wont open it'],
      [30, 'l', 'Hi! This is Omar with Digital Services at Enoch Pratt Free Library. Is the laptop Windows or Mac, and have you authorized Adobe Digital Editions with an Adobe ID?', OMAR],
      [90, 'p', 'windows 11. i dont know what an adobe id is'],
      [100, 'l', "That's the likely cause. Adobe's help page on authorizing is helpx.adobe.com/digital-editions/using/authorize-digital-editions.html. Under Help > Authorize Computer, sign in with an Adobe ID (or create a free one there).", OMAR],
      [200, 'p', 'did that now it says E_AUTH_FAILED'],
      [210, 'l', "Hmm, that one I'd rather not guess at. Let me ask our e-resources team; I'll e-mail you what they suggest by Thursday. What e-mail should I use?", OMAR],
      [250, 'p', 'sandra.kowal@example.com'],
      [256, 'l', "Thanks, that's sandra.kowal@example.com. You'll hear from me by Thursday. Anything else for now?", OMAR],
      [290, 'p', 'no thats all'],
      [296, 'l', 'Thanks for your patience, talk soon!', OMAR],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(296 + 30 * HOUR), by: 'omar', note: 'sent ADE reset steps' }] },
    // the completeness question was never asked about the Adobe page (the follow-up is to come)
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: '"I\'ll look into it and e-mail you" with the e-mail repeated back but no time said: followup.contact fails (critical)',
    lines: [
      [0, 'p', 'my holds in libby disappeared, i had like 8 and now 0'],
      [22, 'l', "Hi, this is Kim at Montgomery County Public Libraries. Did you switch cards or libraries in Libby recently?"],
      [70, 'p', 'no. nothing'],
      [76, 'l', 'Thanks. Let me check your account in our system, one moment.'],
      [150, 'l', "I see only two holds on the card, both still active. The others I can't see from here. I'll look into it with OverDrive and e-mail you what I find. Is gregg.m@example.net still the best e-mail?"],
      [190, 'p', 'yes that one'],
      [195, 'l', "Great, I'll e-mail you at gregg.m@example.net. Meanwhile your holds list is also in the catalog under My Account > Holds. Anything else?"],
      [230, 'p', 'no'],
      [234, 'l', 'Thanks, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'gregg.m@example.net', phone: null } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up promised in the chat ("I\'ll send you the instructions tonight") with e-mail and time, but coded Answered: resolution.code fails',
    lines: [
      [0, 'p', 'can you tell me how to put library ebooks on a kobo'],
      [30, 'l', 'Hello! Raj here, a librarian at Ottawa Public Library. Which Kobo model is it?'],
      [60, 'p', 'Clara HD'],
      [70, 'l', "The Clara HD has OverDrive built in: on the Kobo tap More > Settings > OverDrive and sign in with your card. Kobo's own help page is help.kobo.com (search 'OverDrive')."],
      [120, 'p', 'can you email me that, i wont remember'],
      [130, 'l', "Of course. What's your e-mail? I'll send the steps with screenshots tonight."],
      [160, 'p', 'lmartel@example.ca'],
      [166, 'l', "Got it: lmartel@example.ca, tonight. Did the steps make sense so far?"],
      [190, 'p', 'yes. thats all, merci'],
      [195, 'l', 'Thank you, good evening!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up by e-mail recorded four days later: followup.on_time fails',
    lines: [
      [0, 'p', 'Good morning. Our senior center wants to borrow library iPads for a class. Who do I ask'],
      [40, 'l', "Good morning! This is Carol at Frederick County Public Libraries. How many iPads and for how many weeks?"],
      [90, 'p', '10 ipads, 6 weeks starting in may'],
      [98, 'l', "Our device kits are listed at fcpl.org/devices, but 10 for 6 weeks needs approval. I'll check with our Outreach team and e-mail you by Friday. Is it the e-mail on your card, pbrown@example.org?"],
      [140, 'p', 'yes'],
      [146, 'l', "Thanks! I'll write to pbrown@example.org by Friday. Does the device page answer the rest for now?"],
      [190, 'p', 'yes thank you that is all'],
      [195, 'l', 'Thank you for reaching out, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(195 + 96 * HOUR), by: 'jo' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'follow-up by the patron\'s library: "someone from your library\'s digital services team will call you by Wednesday" with the phone given in the chat',
    lines: [
      [0, 'p', 'i live in washington county but used the statewide chat. my libby wont take my card at all, error 3'],
      [30, 'l', "Hi! You're chatting with Grace, a librarian with AskUsNow! at Cecil County. Is your card a Washington County Free Library card?"],
      [70, 'p', 'yes'],
      [80, 'l', 'Error 3 usually means the card is blocked on the library side (fines or expired). WCFL lists what blocks digital access on its eLibrary page, washcolibrary.org/elibrary.'],
      [86, 'l', "I can't see their accounts from here, so I'll pass this to them. What's a phone number they can reach you at?"],
      [130, 'p', '301-555-0188'],
      [136, 'l', "Thanks, 301-555-0188. Someone from WCFL's digital services will call you by Wednesday. In the meantime, did the eLibrary page explain the error?"],
      [170, 'p', 'yes thats fine. thats all'],
      [175, 'l', 'Thanks for using AskUsNow!, take care.'],
    ],
    over: FU_LIB,
    // the library will contact the patron (not the patron them): no referral
    exp: followed(),
  },

  // ---- library cards, PINs, accounts -------------------------------------------------------------------------------------
  {
    name: 'PIN reset: the online form is a source; "just call your branch" names no branch and gives no number: referral fails',
    lines: [
      [0, 'p', 'forgot my pin number for my library card'],
      [20, 'l', 'Hi, this is Tom with Harford County Public Library. Do you still have access to the e-mail on your account?'],
      [55, 'p', 'no thats an old work email'],
      [64, 'l', "Then the self-service reset at hcplonline.org/pin won't reach you. In that case just call your branch and they can reset it after checking your ID."],
      [100, 'p', 'ok'],
      [104, 'l', 'Did that answer your question?'],
      [130, 'p', 'yes thats all'],
      [134, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'PIN reset: the circulation desk with its phone number is a referral that passes',
    lines: [
      [0, 'p', 'Hello, I need my PIN reset please, I am locked out after too many tries'],
      [26, 'l', "Hello! I'm Andre, a librarian at Saint Paul Public Library. After five tries the account locks for security. Were you locked out on the website or in an app?"],
      [70, 'p', 'the catalog website'],
      [78, 'l', "Staff have to unlock it. Please call our Circulation line at 651-266-7000 (open until 8 tonight) and they'll reset the PIN once they confirm your address. The lockout rules are on sppl.org/account-help."],
      [120, 'p', 'Thanks I will call them. That is all.'],
      [126, 'l', 'You are welcome. Have a good night!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'lost card number: the provider will not read it out over chat; "bring a photo ID to any of our branches" with the locations page',
    lines: [
      [0, 'p', 'i lost my library card can u tell me the number so i can use libby'],
      [20, 'l', "Hi! This is Jess, librarian at Pima County Public Library. I can't give card numbers over chat for privacy, sorry. Do you have the card's barcode anywhere, like a photo or the key tag?"],
      [70, 'p', 'nope'],
      [80, 'l', 'Then bring a photo ID to any of our branches and they will print a replacement on the spot (first one is free). Branch hours and addresses are at library.pima.gov/locations.'],
      [150, 'p', 'ok the one on river rd is close'],
      [158, 'l', "Perfect, the River Road one is Woods Memorial Library, open till 8 tonight. Does that help?"],
      [200, 'p', 'yes!! thats all i needed'],
      [205, 'l', 'Great, thanks for chatting with us!'],
    ],
    // label corrected after the run (referral pass -> na): earlier rounds read "bring a photo ID to any branch and the
    // desk can print a new card" as a transaction at the library, no referral (ninth round R, eighth round K)
    exp: usual(),
  },
  {
    name: 'card expired, renewal online: the patron tries the form and reports back; the provider "Were you able to get in?"; provider last two messages are "you\'re welcome" and an answer (courteous fails)',
    lines: [
      [0, 'p', 'my card expired and now i cant get into anything online'],
      [15, 'l', 'Hi, this is Leah at Arlington Public Library. Do you live or work in Arlington?'],
      [50, 'p', 'live'],
      [58, 'l', "Then you can renew it yourself at library.arlingtonva.us/renew: enter the card number and your new address if it changed. It's active right away."],
      [110, 'p', 'ok done'],
      [118, 'l', 'Were you able to get in to your account now?'],
      [160, 'p', 'yes it works now. all set, nothing else'],
      [166, 'l', "You're welcome."],
      [175, 'l', 'Your card is now good for 3 years.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'patron asks the provider to log in as her; the provider will not, explains why, and walks her through the self-service page',
    lines: [
      [0, 'p', 'can you just log into my account and renew my books, heres my card 21234000567890 and pin 1234'],
      [35, 'l', "Hi, I'm Ruth, a librarian at Anne Arundel County Public Library. For your security I can't sign in as you, and please don't share your PIN in chat. Are the books due today?"],
      [70, 'p', 'tomorrow'],
      [78, 'l', 'Then you have time. Sign in at aacpl.net > My Account, tick the books and press Renew. I can stay on while you do it.'],
      [95, 'p', 'k'],
      [180, 'p', 'it says renewed for 2 of 3'],
      [186, 'l', 'The third probably has a hold on it, which blocks renewal. Did that renew the ones you needed?'],
      [220, 'p', 'yes ok'],
      [226, 'l', 'Anything else I can help with?'],
      [260, 'p', 'no'],
      [265, 'l', 'Thanks for chatting with AACPL, bye!'],
    ],
    // 95 "k" starts a wait on the provider that only ends at 186: 91 s, within the limit
    exp: usual(),
  },

  // ---- Wi-Fi and printing -----------------------------------------------------------------------------------------------
  {
    name: 'branch Wi-Fi: the steps are a settings path and a splash page, nothing linked (no source); "did that do it?" passes',
    lines: [
      [0, 'p', 'im at the library and the wifi connects but no internet'],
      [18, 'l', 'Hi there, this is Mo at Enoch Pratt Free Library. Which branch are you at, and is it a phone or a laptop?'],
      [45, 'p', 'central, phone'],
      [52, 'l', "On the phone, open Settings > Wi-Fi, tap Pratt-Public, then 'Forget'. Reconnect, and a page should pop up asking you to accept the terms. Until you tap Accept there's no internet."],
      [120, 'p', 'the page popped up. working now'],
      [126, 'l', 'Did that do it?'],
      [140, 'p', 'ya its good. thats all'],
      [144, 'l', 'Great! Enjoy your visit, and thanks for chatting.'],
    ],
    // label corrected after the run, then restored to its first reading with rubric v67 (AG8): no source. A phone's own
    // "Settings > Wi-Fi" is no web page with the steps to reach it, nor a database, catalogue, guide or book (RUBRIC
    // info.source); the correction had followed the sixth round's "In Libby tap Menu > Settings > Clear cache", where Libby
    // is a named app given with its steps (still a source), and the forty-fifth and seventy-fourth rounds' helpers read a
    // settings path as no source, blind (decision 019: labels follow RUBRIC's text, not an earlier reading)
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'printing from a phone at the branch: mobile print portal URL given before any question (clarify fails); "let me know if it prints" is read as the completeness question',
    lines: [
      [0, 'p', 'can i print from my phone at the library? its a pdf for my job interview'],
      [20, 'l', "Hi! This is Ana with Montgomery County Public Libraries. Yes: go to montgomerycountymd.gov/library/print on your phone, upload the PDF and enter your e-mail. Then release it at the print station using that e-mail. It's 15 cents a page."],
      [80, 'p', 'ok uploading'],
      [88, 'l', 'Let me know if it prints!'],
      [200, 'p', 'got it. thank you so much'],
      [206, 'l', 'Good luck at your interview! Anything else today?'],
      [230, 'p', 'no im good'],
      [234, 'l', 'Bye!'],
    ],
    // reading: "let me know if it prints" asks (imperatively) whether what was given did the job: completeness passes
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'laptop printing at a university: clarifying question, the printing guide named with the steps to reach it (no URL), long step list',
    lines: [
      [0, 'p', 'how do I print from my own laptop in the library, I have a paper due in an hour'],
      [14, 'l', "Hi! I'm Theo, a librarian at Ohio State University Libraries. Are you on the campus Wi-Fi (eduroam) right now, and Windows or Mac?"],
      [40, 'p', 'eduroam, mac'],
      [48, 'l', "OK. Our 'Printing from your laptop' guide is on the library homepage under Services > Printing & Scanning."],
      [55, 'l', "Short version: 1) go to the Web Print page linked there and sign in with your name.# and password."],
      [62, 'l', '2) Upload the paper as a PDF and choose the B&W queue.'],
      [70, 'l', '3) Walk to any library printer and tap your BuckID to release it.'],
      [160, 'p', 'it printed!!'],
      [166, 'l', 'Yay! Did that get everything printed?'],
      [190, 'p', 'yes thats all i needed thank you'],
      [194, 'l', 'Good luck on the paper, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'printing: the patron waits while the provider goes quiet for 2.5 min without a hold ("hmm" is no hold but ends the span; the next gap is too long)',
    lines: [
      [0, 'p', 'the print release station says my print job is not found'],
      [20, 'l', 'Hello, Kara here from Nashville Public Library. What name or e-mail did you type when you sent the job?'],
      [50, 'p', 'my email'],
      [52, 'p', 'kyle.r@example.com'],
      [60, 'l', 'Hmm.'],
      [70, 'p', 'hello?'],
      [220, 'l', "Sorry! Jobs sent by e-mail are released under the e-mail address itself, and they're deleted after 2 hours. The print page, library.nashville.gov/print, has a 'My jobs' link to check it."],
      [260, 'p', 'oh it was like 3 hours ago. ill resend'],
      [266, 'l', 'That should do it. Let me know if it shows up this time.'],
      [330, 'p', 'it showed up. thanks thats all'],
      [335, 'l', 'Great! Thanks for chatting.'],
    ],
    // "Hmm." is a provider message (ends the span at 60, 10 s); the patron's "hello?" at 70 starts a new one that
    // lasts until 220: 150 s
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'printing from a Chromebook: the provider tests on the staff Chromebook with holds every 90 s; answers within the limit each time',
    lines: [
      [0, 'p', 'hi. my kid has a school chromebook and we want to print her project at the library'],
      [25, 'l', "Hi! Thanks for reaching out to Loudoun County Public Library. I'm Ivy. Is the project a Google Doc or a file on the Chromebook?"],
      [60, 'p', 'google doc'],
      [70, 'l', "Let me try it on one of our Chromebooks so I give you the right steps, one moment."],
      [160, 'l', "Still testing, school Chromebooks sometimes block the print site."],
      [250, 'l', "OK, it works: in the Doc, File > Download > PDF. Then open library.loudoun.gov/print, upload the PDF, and release it at the branch's print station."],
      [320, 'p', 'ok that makes sense, well try'],
      [330, 'l', 'Does that answer your question?'],
      [360, 'p', 'yes thanks. thats everything'],
      [366, 'l', 'Thanks, good luck with the project!'],
    ],
    exp: usual(),
  },
  {
    name: 'printing: the patron says "brb, walking to the printer" and never comes back; the provider checks in at 2 min and closes with a disconnect notice at 3.5 min',
    lines: [
      [0, 'p', 'how do i print from my laptop here at the branch'],
      [22, 'l', "Hi! This is Zoe with Cuyahoga County Public Library. Are you on our Wi-Fi, 'CCPL-Guest'?"],
      [50, 'p', 'yes'],
      [58, 'l', "Go to cuyahogalibrary.org/print, upload your file and choose your branch. Then at the print station tap 'Release' and enter the same e-mail."],
      [100, 'p', 'ok brb walking to the printer'],
      [108, 'l', 'Sounds good! Let me know if it works.'],
      [240, 'l', 'Are you still there? Did it print?'],
      [318, 'l', "It looks like you've left the chat, so I'll close this session now. Thanks for contacting CCPL, come back anytime!"],
    ],
    // final idle 108 -> 318 (the goodbye): 210 s; check-in at 240 and the disconnect notice with thanks at 318
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- devices, accessibility, passwords ---------------------------------------------------------------------------------
  {
    name: 'screen-reader user: asks about format and screen reader, refers to the state talking-book library with phone and URL, BARD as a source',
    lines: [
      [0, 'p', 'hello. i am blind and use jaws. the library ebooks are hard to navigate. is there something better'],
      [30, 'l', "Hello, and thank you for contacting Ask a Librarian at Baltimore County Public Library. I'm Nia. Do you prefer audio books or text read by JAWS, and do you read on a computer or a phone?", NIA],
      [95, 'p', 'audio mostly, on my iphone with voiceover'],
      [105, 'l', "Thank you. The Maryland Library for the Blind and Print Disabled lends audiobooks made for screen-reader users and signs you up for BARD, the Library of Congress's download service. You can reach them at 410-230-2424 or lbph.library.maryland.gov.", NIA],
      [112, 'l', 'BARD Mobile for iPhone works well with VoiceOver; the app and the sign-up are at nlsbard.loc.gov.', NIA],
      [180, 'p', 'i did not know about this. i will call them'],
      [188, 'l', 'Is that the kind of thing you were looking for?', NIA],
      [230, 'p', 'yes very much. that is all for today thank you nia'],
      [236, 'l', 'You are welcome. Thank you for chatting with us, and enjoy the books!', NIA],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'dyslexic student: the provider walks her to Libby\'s dyslexic font setting (in-app steps) and says "ask the disability services office" without any contact: referral fails',
    lines: [
      [0, 'p', 'im dyslexic and reading the ebooks is really hard for me. is there a setting'],
      [25, 'l', "Hi! This is Chris at Montgomery College Libraries. Are you reading in Libby or in a browser?"],
      [55, 'p', 'libby on my phone'],
      [62, 'l', "In Libby, open the book, tap the middle of the page, tap the 'A' icon and choose the OpenDyslexic font. You can also make the lines further apart there."],
      [68, 'l', "For textbooks in audio formats, ask the disability services office, they set that up for students."],
      [130, 'p', 'omg the font is so much better'],
      [136, 'l', 'So glad! Is that what you needed?'],
      [160, 'p', 'yes thanks thats all'],
      [164, 'l', 'Have a good one, bye!'],
    ],
    // label corrected after the run (source fail -> pass): the app named with the steps to the setting, as earlier
    // rounds read in-app steps (see the Wi-Fi case)
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'school IT referral with the help desk e-mail and phone: referral passes',
    lines: [
      [0, 'p', 'My son cant log into his school chromebook, it says password expired. Can the library help'],
      [30, 'l', "Hello, this is Brenda, a librarian at Howard County Library System. Is it a Howard County Public School System Chromebook?"],
      [70, 'p', 'Yes'],
      [80, 'l', "Then only the school system can reset it. Contact the HCPSS Technology Help Desk at 410-313-7004 or techhelp@hcpss.org; their password page is hcpss.org/technology/password."],
      [140, 'p', 'Ok thank you, that is all I needed'],
      [146, 'l', 'Good luck, and thanks for contacting us!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'iPad screen frozen after an update: "you may need to take it to Apple" (device maker, no contact) and the library cannot fix hardware',
    lines: [
      [0, 'p', 'MY IPAD IS STUCK ON THE APPLE LOGO AFTER THE UPDATE. CAN YOU HELP. I AM 81'],
      [40, 'l', "Hello! This is Don, a librarian at Pasco County Libraries. I'm sorry, that's stressful. Have you tried holding the top button and the Home button together for 10 seconds?"],
      [120, 'p', 'I TRIED THAT NOTHING'],
      [130, 'l', "Then I'm afraid it's beyond what we can do from the library. You may need to take it to Apple. Apple's own instructions for a stuck logo are at support.apple.com/en-us/HT201263."],
      [190, 'p', 'OK'],
      [200, 'l', 'I know that isn\'t the answer you wanted. Did the Apple page at least explain the options?'],
      [260, 'p', 'YES. THANK YOU. THAT IS ALL'],
      [266, 'l', 'You are welcome, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'device maker referral with a phone number (Samsung support) passes',
    lines: [
      [0, 'p', 'my samsung tablet won\'t charge, the library lent it to me'],
      [25, 'l', "Hi, Lou here, librarian at Queens Public Library. Is it one of our lending tablets with a library sticker, or your own Samsung?"],
      [60, 'p', 'its my own, sorry i mean i borrowed ebooks on it'],
      [70, 'l', "Got it! Charging problems on your own tablet are something Samsung support handles: call 1-800-726-7864 or use samsung.com/us/support."],
      [120, 'p', 'ok ty. thats all'],
      [126, 'l', 'Thanks for reaching out, good luck!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'Gmail password recovery: the provider gives Google\'s recovery page (a source, no referral)',
    lines: [
      [0, 'p', 'i forgot my gmail password and i need it to apply for jobs on the library computer'],
      [25, 'l', "Hi! This is Kev with Cleveland Public Library. Do you still have the phone number you used when you made the Gmail?"],
      [60, 'p', 'yes same phone'],
      [66, 'l', 'Then go to accounts.google.com/signin/recovery, type your Gmail address, and choose to get a code by text.'],
      [150, 'p', 'got the code, im back in'],
      [156, 'l', 'Were you able to reset the password?'],
      [170, 'p', 'yes. thats all'],
      [175, 'l', 'Good luck with the applications! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'MVA online account: provider restates, hold, gives the help page and refers to the MVA with a phone; patron tries it and it works',
    lines: [
      [0, 'p', 'how do i reset my mymva password, it says my answers to security questions are wrong'],
      [30, 'l', "Hello, I'm Dee, a librarian with AskUsNow!. So you can't get past the security questions on the myMVA reset page. Let me look at their help page, one moment."],
      [120, 'l', "myMVA lets you reset by e-mail instead: on mva.maryland.gov, click 'Forgot password', then 'Reset by e-mail' instead of the questions. If the e-mail is also old, call the MVA Customer Service Center at 410-768-7000."],
      [180, 'p', 'the email one worked'],
      [186, 'l', "Great! Is that everything you needed?"],
      [220, 'p', 'yes all done'],
      [226, 'l', 'Thanks for using AskUsNow!, have a good day.'],
    ],
    // "Is that everything you needed?" asks whether the need is met and whether anything else is needed: it is both
    exp: usual({ referral: 'pass' }),
  },

  // ---- closing and dismissal ----------------------------------------------------------------------------------------
  {
    name: 'dismissal: after a long Libby chat the provider says the chat limit is 15 minutes and ends it: no_dismissal fails',
    lines: [
      [0, 'p', 'my libby wont sync my bookmarks between phone and tablet'],
      [20, 'l', 'Hello, this is Gary at Lakeland Public Library. Are both signed in with the same card?'],
      [60, 'p', 'yes'],
      [70, 'l', "Libby syncs through the card, so both need a network connection. Libby's help page on syncing is help.libbyapp.com (search 'sync')."],
      [150, 'p', 'still doesnt work'],
      [160, 'l', 'Try Menu > Sync on each device.'],
      [230, 'p', 'nope'],
      [240, 'l', "We have spent 15 minutes on this, and chats are limited to 15 minutes, so I'm going to end the chat now."],
      [245, 'l', 'Bye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'near miss: other patrons are waiting, so the provider invites the patron back later and gives the tech desk\'s number: no_dismissal passes, referral passes',
    lines: [
      [0, 'p', 'i need help with my kindle, my tablet, my email and my ebooks'],
      [20, 'l', "Hi! I'm Sue at Pikes Peak Library District. Let's start with the e-books: which app are you using?"],
      [60, 'p', 'libby on kindle fire'],
      [70, 'l', "Libby for Kindle Fire is in the Amazon Appstore; the setup guide is ppld.org/ebooks-help. That gets you to your first book."],
      [140, 'p', 'ok now my email'],
      [148, 'l', "There are several patrons waiting for chat right now, so I need to wrap up. For the tablet and e-mail, our Tech Help desk at the East Library can sit down with you: call 719-531-6333 to book. And please chat back later if you need more!"],
      [180, 'p', 'ok'],
      [185, 'l', 'Did the e-book guide get you going?'],
      [215, 'p', 'yes'],
      [220, 'l', 'Thanks for your patience, bye for now!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'the provider announces the end only ("I will end the chat now") after the patron\'s thanks: no goodbye in the last two',
    lines: [
      [0, 'p', 'how many ebooks can i borrow at once'],
      [20, 'l', 'Hi, Mel here at Sacramento Public Library. In Libby or hoopla?'],
      [40, 'p', 'libby'],
      [48, 'l', 'Ten at a time, plus ten holds. It is in our eBook FAQ at saclibrary.org/ebooks-faq. Does that answer it?'],
      [80, 'p', 'yes thanks thats all'],
      [90, 'l', 'OK.'],
      [95, 'l', 'I will end the chat now.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'patron frustrated and leaves mid-instructions; provider checks in at 2:10 only, no disconnect notice at 3 min: disconnect fails',
    lines: [
      [0, 'p', 'ugh cloudlibrary logged me out AGAIN'],
      [25, 'l', 'Hi, Bea at Pinellas Public Library Cooperative here. Sorry! Did it ask for your card and PIN, or for an e-mail?'],
      [70, 'p', 'card and pin'],
      [80, 'l', "cloudLibrary logs out when the app updates. Their help page is yourcloudlibrary.com/help; to stop it, turn off 'Offload unused apps' in iPhone Settings > App Store."],
      [210, 'l', 'Are you still with me?'],
      [300, 'l', 'Thanks for chatting with us!'],
    ],
    // final idle 80 -> 300 (the goodbye): 220 s; the check-in asks, but nothing says the patron seems disconnected
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'no check-in at all: the provider answers, the patron goes quiet, and the chat ends 4 min later with a goodbye only',
    lines: [
      [0, 'p', 'how do i download kanopy on my smart tv'],
      [30, 'l', 'Hello, this is Ben at San Diego Public Library. Which TV brand is it?'],
      [60, 'p', 'lg'],
      [68, 'l', "LG TVs don't have a Kanopy app, but you can cast it from your phone or use a Roku or Fire Stick. Kanopy lists every device at help.kanopy.com (search 'supported devices')."],
      [310, 'l', 'Thank you for using San Diego Public Library chat, goodbye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'final idle of 150 s: check-in asked, no disconnect needed (na)',
    lines: [
      [0, 'p', 'where do i find the library wifi password'],
      [20, 'l', "Hi! This is Liz with Wake County Public Libraries. Which branch are you at?"],
      [40, 'p', 'cameron village'],
      [46, 'l', "There's no password: pick 'WCPL-Public' and accept the terms. Our Wi-Fi page, wake.gov/libraries/wifi, has the details. Did that connect?"],
      [130, 'l', 'Are you still there?'],
      [196, 'l', 'Have a good day, come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'na' }),
  },

  // ---- handling: pickup, greeting, transfers, codes, concurrency -----------------------------------------------------
  {
    name: 'transfer to the e-resources specialist with the reason in the note and a visible notice: handoff passes',
    lines: [
      [0, 'p', 'hi my hoopla account is showing someone elses borrowing history??'],
      [20, 'l', "Hello, thanks for contacting Jefferson County Public Library! I'm Amy. That sounds like two accounts got linked. I'm going to transfer you to Omar, our e-resources specialist, who can see hoopla's admin side. One moment."],
      [26, 'i', 'Omar, patron says hoopla shows another person\'s borrowing history (possible merged accounts / privacy). Needs the admin view. Thanks!', { to: 'omar' }],
      [30, 's', 'Chat transferred to Omar S. (Digital Services)', sys('transfer', 'omar')],
      [75, 'l', "Hi, Omar here. Can you tell me the e-mail you use to sign in to hoopla?", OMAR],
      [110, 'p', 'jt.harris@example.com'],
      [118, 'l', "Thanks. Checking the admin console now.", OMAR],
      [200, 'l', "Two cards were linked to that e-mail. I've unlinked the other one; sign out and back in and you'll see only your history. hoopla's privacy page is hoopladigital.com/privacy if you want to read more.", OMAR],
      [260, 'p', 'ok its just mine now. thank god'],
      [266, 'l', 'Is everything showing correctly now?', OMAR],
      [290, 'p', 'yes thats all'],
      [295, 'l', 'Thanks for flagging it, have a good day!', OMAR],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with a note saying why but the patron is only told by the system line: handoff fails',
    lines: [
      [0, 'p', 'I use a screen reader and the new catalog does not read the hold buttons'],
      [30, 'l', "Hello, I'm Tara, a librarian at Seattle Public Library. Which screen reader and browser are you using?"],
      [70, 'p', 'NVDA with Firefox'],
      [80, 'i', 'Nia, accessibility issue: NVDA + Firefox, catalog hold buttons not announced. You handle the accessibility reports, can you take it?', { to: 'nia' }],
      [84, 's', 'Chat transferred to Nia Brooks', sys('transfer', 'nia')],
      [120, 'l', "Hi, this is Nia. Thanks for reporting this. Until it's fixed, the old catalog at old.spl.org/search reads the buttons, and you can place holds there.", NIA],
      [180, 'p', 'yes the old one works'],
      [186, 'l', 'Good. Is there anything else?', NIA],
      [210, 'p', 'no, that is all'],
      [215, 'l', 'Thank you for telling us, goodbye!', NIA],
    ],
    // the provider's "which screen reader" precedes the first source; Nia never asks whether it helped
    exp: usual({ complete: 'fail', transfer: 'fail' }),
  },
  {
    name: 'pickup after 95 s (busy Saturday), everything else fine',
    lines: [
      [0, 'p', 'how do i put a library audiobook on my apple watch'],
      [95, 'l', "Hi! Sorry for the wait, it's busy today. I'm Pam at Indianapolis Public Library. Do you use Libby on your iPhone?"],
      [130, 'p', 'yes'],
      [140, 'l', "Libby can't send to the watch, but Libby's help page says to use the phone with Bluetooth headphones: help.libbyapp.com (search 'Apple Watch'). hoopla's app does support the watch, see hoopladigital.com/help."],
      [200, 'p', 'oh ok. ill try hoopla'],
      [206, 'l', 'Does that answer your question?'],
      [230, 'p', 'yes. nothing else'],
      [236, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'greeting without identification: "Hi there!" and a question, the name only in the screen name',
    lines: [
      [0, 'p', 'my library card doesnt work for kanopy'],
      [20, 'l', 'Hi there!'],
      [26, 'l', 'What message do you get?'],
      [60, 'p', 'card not recognized'],
      [70, 'l', "Kanopy needs the full 14-digit number without spaces. The Kanopy page on our site, rochesterpubliclibrary.org/kanopy, shows where to type it. Did that work?"],
      [120, 'p', 'yes! that was it, thats all'],
      [125, 'l', 'Great, enjoy!'],
    ],
    // last two provider messages: the answer and "Great, enjoy!" -- no thanks, goodbye or invitation back
    exp: usual({ greeting: 'fail', courteous: 'fail' }),
  },
  {
    name: 'the provider had four chats open (three others overlapping this one): concurrency fails',
    lines: [
      [0, 'p', 'is there a way to get the library app on my tv'],
      [40, 'l', "Hi! This is Jo, librarian at Chesterfield County Public Library. Which app do you mean, and what kind of TV?"],
      [80, 'p', 'kanopy, roku'],
      [90, 'l', 'Kanopy has a Roku channel: add "Kanopy" from the Roku Channel Store, then link it at kanopy.com/activate.'],
      [150, 'p', 'ok got it thx. thats all'],
      [155, 'l', 'Thanks for chatting, goodbye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', 20, 400), other('c', 'jo', 60, 500)] },
    exp: usual({ complete: 'fail', concurrency: 'fail' }),
  },
  {
    name: 'Lost Call: the patron asked and vanished; greeting, a check-in, and a disconnect notice with a goodbye; information checks na',
    lines: [
      [0, 'p', 'my libby says error 1003'],
      [30, 'l', "Hi, this is Ray with Frederick County Public Libraries. Are you still there?"],
      [160, 'l', "Hello? Are you still with me?"],
      [250, 'l', "It seems you've disconnected, so I'll end this chat. Thank you for contacting us, please chat back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    // "Are you still there?" in the greeting is an idle check-in, not a clarifying question: no substantive exchange
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'coded Lost Call though the patron sent three messages and got an answer: resolution.code fails',
    lines: [
      [0, 'p', 'hi'],
      [5, 'p', 'hoopla wont play videos'],
      [25, 'l', "Hi! You're chatting with Lee from Allen County Public Library. Is it on a phone or on the computer?"],
      [60, 'p', 'computer'],
      [70, 'l', "hoopla needs Chrome, Edge or Firefox with DRM turned on. hoopla's browser help is hoopladigital.com/help (search 'video won't play'). Did that help?"],
      [150, 'l', 'Are you still there?'],
      [260, 'l', "Looks like you've been disconnected; I'll close the chat now. Thanks for contacting us!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'no resolution code assigned (null): resolution.code fails',
    lines: [
      [0, 'p', 'can I get the newspaper on my phone with my card'],
      [20, 'l', "Hi, this is Ken, a librarian at Providence Public Library. Which paper, the Journal or a national one?"],
      [45, 'p', 'the new york times'],
      [50, 'l', "Our NYT access is at provlib.org/nyt: create a free NYT account there with your card and it's good for 72 hours at a time. Is that what you were looking for?"],
      [90, 'p', 'yes. all set'],
      [95, 'l', 'Thanks, enjoy!'],
    ],
    over: { resolutionCode: null },
    // "all set" alone after a yes: read as the patron saying on their own that they are done
    exp: usual({ code: 'fail' }),
  },

  // ---- long step-by-step and reporting back ---------------------------------------------------------------------------
  {
    name: 'Libby on a new phone, many short steps: the patron reports each step, the provider answers each within the limit; "is the book there now?"',
    lines: [
      [0, 'p', 'i got a new phone and all my libby books are gone'],
      [15, 'l', 'Hello, Gina at Fort Worth Public Library. Is it the same kind of phone as before (iPhone to iPhone)?'],
      [40, 'p', 'android to iphone'],
      [48, 'l', "No problem, your loans are on your card, not the phone. Libby's help page for moving phones is help.libbyapp.com (search 'new device'). I'll walk you through it."],
      [60, 'l', 'First, install Libby from the App Store and open it.'],
      [110, 'p', 'ok its open'],
      [118, 'l', "Tap 'Yes, I have a library card', then search Fort Worth."],
      [170, 'p', 'found it'],
      [176, 'l', 'Now sign in with your card number and PIN.'],
      [250, 'p', 'signed in'],
      [256, 'l', 'Tap Shelf at the bottom. Is the book there now?'],
      [290, 'p', 'YES all 3 are there'],
      [296, 'l', 'Anything else I can help with?'],
      [320, 'p', 'nope thats all'],
      [325, 'l', 'Thanks for chatting, happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron asks for a minute ("hang on my phone is updating") and the provider replies only with a hold at 100 s and answers 100 s later: keep_informed passes',
    lines: [
      [0, 'p', 'hoopla says my device is not supported'],
      [20, 'l', 'Hi, this is Lou at Louisville Free Public Library. What phone and what iOS version?'],
      [60, 'p', 'hang on my phone is updating'],
      [160, 'l', "No problem. Meanwhile I'll look up hoopla's device list, one moment."],
      [260, 'l', "hoopla needs iOS 16 or later; the list is at hoopladigital.com/help (search 'supported devices'). After the update it should work."],
      [300, 'p', 'update done and it works now'],
      [306, 'l', 'Great! Does that fix it?'],
      [320, 'p', 'yes thank u thats all'],
      [325, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron asks for a minute and the provider is silent for 2.5 min before the next step: keep_informed fails',
    lines: [
      [0, 'p', 'hoopla says my device is not supported'],
      [20, 'l', 'Hi, this is Lou at Louisville Free Public Library. What phone and what iOS version?'],
      [60, 'p', 'hang on lemme check'],
      [70, 'p', 'iphone 8, ios 16.7'],
      [220, 'l', "hoopla needs iOS 16 or later, so the phone should work; reinstalling usually fixes that message. The list is at hoopladigital.com/help (search 'supported devices')."],
      [300, 'p', 'reinstalled, works now'],
      [306, 'l', 'Great! Does that fix it?'],
      [320, 'p', 'yes thank u thats all'],
      [325, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Spanish: Libby en español, the provider asks for the device, gives the help page and asks "¿le funcionó?"',
    lines: [
      [0, 'p', 'hola, como puedo descargar libros en español en libby?'],
      [30, 'l', 'Hola, buenas tardes. Le saluda Rosa, bibliotecaria de Houston Public Library. ¿Usa un teléfono o una tableta?'],
      [70, 'p', 'telefono android'],
      [80, 'l', "En Libby, toque la lupa, luego 'Refine' > 'Language' > 'Spanish'. La guía en español está en houstonlibrary.org/libby-espanol."],
      [160, 'p', 'ya los veo, gracias'],
      [166, 'l', '¿Le funcionó? ¿Necesita algo más?'],
      [200, 'p', 'si funciono, es todo'],
      [205, 'l', '¡Gracias por comunicarse con nosotros, que tenga buen día!'],
    ],
    exp: usual(),
  },
  {
    name: 'promise to "look into it and get back to you by e-mail tomorrow" about a Libby bug, e-mail given by the patron in the chat, coded follow-up; completeness asked about the workaround',
    lines: [
      [0, 'p', 'Libby on my iPad crashes every time I open a magazine. Books are fine.'],
      [35, 'l', "Hello, I'm Walt, a librarian at Kitsap Regional Library. Which iPad and iPadOS version?"],
      [80, 'p', 'iPad Air, 17.4'],
      [90, 'l', "Thanks. Libby's help page lists a workaround for magazine crashes (read them in the browser at libbyapp.com instead): help.libbyapp.com, 'Magazines won't open'."],
      [150, 'p', 'the browser works'],
      [156, 'l', "Good. Did the browser way get you reading for now? Meanwhile I'll look into the crash with OverDrive and get back to you by e-mail tomorrow. What address should I use?"],
      [200, 'p', 'yes it works. h.ostrander@example.com'],
      [206, 'l', 'Thanks, h.ostrander@example.com, tomorrow it is. Anything else?'],
      [230, 'p', 'no'],
      [236, 'l', 'Thank you, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(236 + 20 * HOUR), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Flipster not loading on a Chromebook: the provider tests, cannot reproduce, and says "I\'ll let our tech staff know" (no promise to the patron, no follow-up)',
    lines: [
      [0, 'p', 'flipster just shows a white page on my chromebook'],
      [20, 'l', 'Hi, Mia at Spokane Public Library here. Does it happen with every magazine or only one?'],
      [50, 'p', 'all of them'],
      [58, 'l', 'One moment while I open it on our end.'],
      [140, 'l', "It loads here. Try clearing the Chromebook's cookies for ebsco.com (Settings > Privacy > Cookies) and open Flipster from spokanelibrary.org/flipster again. I'll also let our tech staff know it happened."],
      [200, 'p', 'that worked'],
      [206, 'l', "Great, glad it's working. Did that solve it?"],
      [230, 'p', 'yes, thats all'],
      [236, 'l', 'Thanks, have a good evening!'],
    ],
    // telling staff internally promises the patron nothing: not a follow-up session
    exp: usual(),
  },
];

const START: [number, 'p' | 'l', string][] = [
  [0, 'p', 'my libby app wont let me borrow anything, it says card not valid'],
  [20, 'l', 'Hi! This is Jo at Sample County Library. Is it a new card, or one that worked before?'],
  [60, 'p', 'it worked last month'],
];

export const short: SessionCase[] = [
  // ---- completeness: the forms tech help uses, and near misses ----------------------------------------------------
  {
    name: '"Is it working now?" after the steps is the completeness question',
    lines: [...START, [70, 'l', 'Cards expire every 3 years; renew it at samplelibrary.org/renew and sign in to Libby again.'], [150, 'p', 'ok renewed'], [156, 'l', 'Is it working now?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Were you able to borrow it?" after the steps is the completeness question',
    lines: [...START, [70, 'l', 'Renew the card at samplelibrary.org/renew, then sign in to Libby again.'], [150, 'p', 'done'], [156, 'l', 'Were you able to borrow the book this time?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Any luck?" after the patron tried the steps asks whether they worked',
    lines: [...START, [70, 'l', 'Renew the card at samplelibrary.org/renew, then sign in to Libby again.'], [150, 'p', 'trying'], [156, 'l', 'Any luck?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Did the book show up on your Kindle?" asks whether the steps given did the job',
    lines: [...START, [70, 'l', "Renew the card at samplelibrary.org/renew, then in Libby tap 'Read with Kindle' again."], [150, 'p', 'ok'], [156, 'l', 'Did the book show up on your Kindle?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Do you see a Sign In button?" mid-steps asks what the screen shows, not whether the help met the need',
    lines: [...START, [70, 'l', 'Renew the card at samplelibrary.org/renew. Then open Libby > Menu. Do you see a Sign In button?'], [150, 'p', 'yes'], [156, 'l', 'Tap it and enter the card number.'], [190, 'p', 'ok thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Would a video walkthrough help?" asks about something not yet given',
    lines: [...START, [70, 'l', 'Renew the card at samplelibrary.org/renew and sign in to Libby again. Would a video walkthrough help?'], [150, 'p', 'no its fine'], [190, 'p', 'thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "What version of the app do you have?" after the answer is a question about the situation, no completeness',
    lines: [...START, [70, 'l', 'Renew the card at samplelibrary.org/renew and sign in again. What version of the app do you have?'], [150, 'p', '18.2'], [156, 'l', "That's the newest, fine."], [190, 'p', 'ok thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },

  // ---- sources ----------------------------------------------------------------------------------------------------
  {
    name: 'an in-app path ("Menu > Libraries > sign out and in again") is read as a page with the steps to reach it, as earlier rounds do: source passes (label corrected after the run)',
    lines: [...START, [70, 'l', "In Libby, tap Menu > Libraries > Sample County > Sign Out, then sign in again with your card and PIN. Did that work?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a named help page with the steps to reach it on the library site is a source',
    lines: [...START, [70, 'l', "Our 'Libby sign-in problems' help page covers this: on our website go to eLibrary > Help > Libby. Did that work?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'a bare help domain (help.libbyapp.com) is a source',
    lines: [...START, [70, 'l', "Libby's help site, help.libbyapp.com, has a page on expired cards. Did that work?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },

  // ---- referrals ----------------------------------------------------------------------------------------------------
  {
    name: '"stop by the tech desk on the 2nd floor" is a referral to the library\'s own department, with no contact: fails',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew. If it still fails, stop by the tech desk on the 2nd floor of the Main Library and they can look at your phone. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'Tech desk referral with its booking URL passes',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew. If it still fails, book a one-on-one with our Tech Help desk at samplelibrary.org/techhelp. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'vendor referral by e-mail (support@hoopladigital.com) passes',
    lines: [...START, [70, 'l', 'That part is on hoopla\'s side: write to their support team at support@hoopladigital.com with your card number. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "I checked with our e-resources librarian and she says..." is staff consulted for the patron: no referral',
    lines: [...START, [70, 'l', 'I checked with our e-resources librarian and she says cards renewed after March need a new PIN; set it at samplelibrary.org/pin. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Libby is made by OverDrive, so the app updates come from them" mentions an organisation, tells the patron to contact nobody',
    lines: [...START, [70, 'l', 'Libby is made by OverDrive, so the app updates come from them. Renewing at samplelibrary.org/renew fixes this one. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },

  // ---- waiting, holds and closing -------------------------------------------------------------------------------------
  {
    name: '"Take your time" after the patron goes to try the steps is no hold: the patron\'s 4 minutes away are the patron\'s wait',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew.'], [90, 'p', 'ok gonna try that'], [98, 'l', 'Take your time, I\'ll be here.'], [340, 'p', 'worked, thats all'], [346, 'l', 'Great, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"I\'m going to try it on our test iPad, hang on" is a hold: the next span starts there',
    lines: [...START, [70, 'l', "I'm going to try it on our test iPad, hang on."], [180, 'l', 'Still trying, the iPad needed an update.'], [290, 'l', 'Renew at samplelibrary.org/renew and it works. Did that help?'], [340, 'p', 'worked, thats all'], [346, 'l', 'Great, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'dismissal: "you have asked a lot of tech questions today, that is the limit for chat" fails',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew.'], [100, 'p', 'also my printer at home wont connect'], [110, 'l', "You've asked a lot of tech questions today, and that's the limit for chat."], [115, 'l', 'Goodbye.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "I\'m sorry, home printers are outside what we can help with; HP\'s support is at support.hp.com" is no dismissal',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew.'], [100, 'p', 'also my printer at home wont connect'], [110, 'l', "I'm sorry, home printers are outside what we can help with here; HP's support site is support.hp.com. Anything else with the library?"], [140, 'p', 'no thats all'], [145, 'l', 'Thanks, bye!']],
    exp: some({ dismissal: 'pass', anything: 'pass' }),
  },
  {
    name: 'patron closes with "cool ty" only: anything_else fails when the provider never asks',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew and sign in again. Did that help?'], [150, 'p', 'cool ty'], [154, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'patron says "nope, that\'s everything I needed" on their own: anything_else passes',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew and sign in again. Did that help?'], [150, 'p', "yes! nope, that's everything I needed"], [154, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },

  // ---- more forms and near misses of the round's fixes -------------------------------------------------------------
  {
    name: '"Did it go through ok?" after the upload steps asks whether they worked',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew; the form takes a minute to submit.'], [150, 'p', 'submitted'], [156, 'l', 'Did it go through ok?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"lmk if it connects" after Wi-Fi steps is the completeness question',
    lines: [...START, [70, 'l', 'Our Wi-Fi page is samplelibrary.org/wifi: pick SCL-Guest and accept the terms. lmk if it connects'], [150, 'p', 'it did, thats all'], [154, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Did the changes stick?" after settings steps asks whether they worked',
    lines: [...START, [70, 'l', "Libby's help page help.libbyapp.com says to turn off battery saving for Libby; do that, then reopen it."], [150, 'p', 'done'], [156, 'l', 'Did the changes stick?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Are they showing up yet?" after the sign-in steps asks whether they worked',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew, then sign out and in again; your holds should come back.'], [150, 'p', 'ok signed in'], [156, 'l', 'Are they showing up yet?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Did that happen after the update?" asks about the problem, not about the help',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew.'], [100, 'p', 'it still crashes'], [106, 'l', 'Did that happen after the update?'], [150, 'p', 'yes. ok thats all'], [154, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Did it print anything at all before it jammed?" asks what happened, not whether the help worked',
    lines: [...START, [70, 'l', 'The print help page is samplelibrary.org/print.'], [100, 'p', 'the printer jammed'], [106, 'l', 'Did it print anything at all before it jammed?'], [150, 'p', 'no. ok thats all'], [154, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Did that open in Chrome or Safari?" asks a choice about the situation',
    lines: [...START, [70, 'l', 'The renewal form is samplelibrary.org/renew.'], [100, 'p', 'it opened a blank page'], [106, 'l', 'Did that open in Chrome or Safari?'], [150, 'p', 'safari. ok thats all'], [154, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Is your book showing under Loans?" mid-steps (no "now") asks what the screen shows',
    lines: [...START, [70, 'l', 'The Libby help page is help.libbyapp.com. Is your book showing under Loans?'], [150, 'p', 'no. ok thats all'], [154, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'restatement before the help: "Ok so you keep getting error 1003 when you sign in." clarifies',
    lines: [
      [0, 'p', 'libby error 1003 again'],
      [20, 'l', 'Hi! Jo at Sample County Library here.'],
      [26, 'l', 'Ok so you keep getting error 1003 when you sign in.'],
      [40, 'l', "That's an expired card: renew it at samplelibrary.org/renew. Did that help?"],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'near miss: "So you can\'t borrow more than 10 unless you return one." explains a limit, it restates nothing',
    lines: [
      [0, 'p', 'libby wont let me borrow'],
      [20, 'l', 'Hi! Jo at Sample County Library here.'],
      [26, 'l', "So you can't borrow more than 10 at a time unless you return one."],
      [40, 'l', 'The limits are on samplelibrary.org/ebooks. Did that help?'],
      [100, 'p', 'yes thats all'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "Can you tell me the e-mail you use for hoopla?" asks the patron; it promises no follow-up',
    lines: [...START, [70, 'l', 'Can you tell me the e-mail you use for hoopla?'], [100, 'p', 'kay@example.com'], [106, 'l', 'Thanks, that account is fine; renew the card at samplelibrary.org/renew. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll send the link now" sends it in the chat: no follow-up',
    lines: [...START, [70, 'l', "I'll send the link now: samplelibrary.org/renew. Did that help?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: '"we\'ll email the full instructions tomorrow" with the e-mail confirmed is a follow-up promise: coded Answered fails',
    lines: [...START, [70, 'l', "Renew at samplelibrary.org/renew. We'll email the full instructions tomorrow; is kay@example.com still good?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    name: '"take it to the Apple Store at the mall" is a referral with no contact',
    lines: [...START, [70, 'l', "Renew at samplelibrary.org/renew. If the phone still won't open Libby, take it to the Apple Store at the mall. Did that help?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"bring your laptop over to the Tech Help desk" with the desk\'s page is a referral that passes',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew. Or bring your laptop over to the Tech Help desk at Main, hours at samplelibrary.org/techhelp. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "bring it back to any branch" returns an item, it refers nobody',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew. The hotspot you have is due Friday; bring it back to any branch. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"the circulation desk can unlock your account" refers to a party with no contact',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew. If it says locked, the circulation desk can unlock your account. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Libby can reset the app for you from its settings" names an app, no party',
    lines: [...START, [70, 'l', 'Renew at samplelibrary.org/renew. Libby can reset the app for you from its settings too. Did that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"so for that, contact Samsung support" refers; with no contact it fails',
    lines: [...START, [70, 'l', "Renew at samplelibrary.org/renew. The tablet itself won't charge, so for that, contact Samsung support. Did that help?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Libby\'s support page" and "your Samsung" are no parties',
    lines: [...START, [70, 'l', "Renew at samplelibrary.org/renew. Libby's support page, help.libbyapp.com, shows how to use it on your Samsung. Did that help?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  // (left in v10, passes in v23: "contact OverDrive's support team through Menu > Get Support" reads as a referral without a contact)
  {
    name: '"contact OverDrive through Get Support in the app" gives no e-mail, phone, address or URL: referral fails',
    lines: [...START, [70, 'l', "Renew at samplelibrary.org/renew. If Libby still refuses, contact OverDrive's support team through Menu > Get Support in the app. Did that help?"], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (referral.contact should pass, is na): the party appears only as the subject of a pseudo-cleft ("What OverDrive
  // support can do is check…: use the form at help.overdrive.com > Contact Us"); no referring verb or "can help" form
  // takes it, and the form's URL after ">" reads as a web page. Reading "X can do Y" clefts as referrals would catch
  // "What the app can do is…" too.
  {
    // v23: unchanged: the pseudo-cleft "What OverDrive support can do is …" is a one-off shape.
    name: 'frustrated patron, the third time OverDrive failed; the provider cannot fix the account, says so and refers to OverDrive support with a URL',
    lines: [
      [0, 'p', 'This is the THIRD time I am contacting you people. Your ebooks NEVER work. It says "This title is not available in your region"'],
      [25, 'l', "Hi, I'm Lena, a librarian with the Toronto Public Library's Ask TPL service. I'm sorry it's been so frustrating. Are you reading in the Libby app or on the OverDrive website, and are you travelling outside Canada right now?"],
      [80, 'p', 'im in florida for the winter. libby'],
      [95, 'l', "Thank you, that explains it. Publishers limit some titles to Canada, and Libby checks your location. I can't change that from here, it's a publisher restriction."],
      [105, 'l', "What OverDrive support can do is check whether other titles are also blocked for your account: use the form at help.overdrive.com > Contact Us, and include the title."],
      [160, 'p', 'so i cant read it until april. great.'],
      [168, 'l', 'I understand. Titles that show a "Borrow" button in Libby in Florida will work, only some are blocked. Did that at least explain what is going on?'],
      [230, 'p', 'yes. i suppose.'],
      [236, 'l', 'Is there anything else I can help you with?'],
      [270, 'p', 'no'],
      [275, 'l', 'Thanks for your patience. Enjoy Florida!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: (1) referral.contact should fail, is na: "your school's IT would have to unblock" is lower-cased to "it",
  // which the scorer must read as the pronoun ("it would have to…"); (2) "Did Sora have the book you need?" asks
  // whether the resource given met the need (completeness should pass, fails): a named app as the subject of "have
  // the … you need" is not in the family and "Did X have the book…" before a source would ask about the situation.
  // (clarify corrected after the run from pass to fail: the question sits in the message that gives libbyapp.com.)
  {
    // v23: unchanged: "IT" lower-cased is "it", and "Did Sora have the book you need?" would be keyed on common words.
    name: 'school Chromebook will not open Libby: "that\'s something your school\'s IT would have to unblock" is a referral with no contact',
    lines: [
      [0, 'p', 'hi im in 8th grade and libby wont load on my school chromebook. it says blocked by administrator'],
      [20, 'l', "Hi! I'm Ms. Patel, a librarian at Fairfax County Public Library. Does it say that on the website libbyapp.com, or when you try to add the app?"],
      [60, 'p', 'the website'],
      [68, 'l', "Then your school blocks that site, and that's something your school's IT would have to unblock. Until then you can use Sora, the school version, at soraapp.com, it usually isn't blocked."],
      [130, 'p', 'sora works!!'],
      [136, 'l', 'Awesome. Did Sora have the book you need?'],
      [170, 'p', 'ya. ok bye'],
      [174, 'l', 'Bye, happy reading!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail', referral: 'fail' }),
  },
  // LEFT (referral.contact should pass, is na): the referral is elliptical ("Libraries can't unlock those accounts,
  // only ID.me can. Their help center is help.id.me … they can also do a video call"): "only X can" with nothing
  // after it and "they can also do a video call" have no party word the scorer can take.
  {
    // v23: unchanged: the elliptical "only ID.me can" has no party word.
    name: 'IRS account and ID.me: the library cannot reset it; referral to ID.me support with its URL',
    lines: [
      [0, 'p', 'I am trying to get my tax transcript from the IRS website and its making me do id.me and now im locked out'],
      [30, 'l', "Hi, this is Maria at Broward County Library. So you're locked out of ID.me itself, not the IRS site, is that right?"],
      [60, 'p', 'yes it says too many attempts'],
      [70, 'l', "Libraries can't unlock those accounts, only ID.me can. Their help center is help.id.me; choose 'Account locked' and they can also do a video call. If you just need the transcript, the IRS also mails it: irs.gov/individuals/get-transcript, 'Get Transcript by Mail'."],
      [150, 'p', 'by mail is fine actually'],
      [156, 'l', 'Great. Does that get you what you need?'],
      [180, 'p', 'yes. nothing else, thank you'],
      [186, 'l', 'Thank you for contacting Broward County Library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT (followup.completeness should pass, fails): "Did you get the e-mail?" after scan-to-e-mail steps asks whether
  // they worked, but the same words before any help ask about the patron's situation ("Did you get the reset e-mail
  // we sent?") and must still clarify; completeness questions never clarify, whatever their place.
  {
    // v23: unchanged: "Did you get the e-mail?" is all common words and clarifies before any help.
    name: 'source without codes (the field left out): resolution.code na',
    lines: [
      [0, 'p', 'hi how do i scan a document to email at the branch'],
      [25, 'l', "Hi, thanks for messaging Evanston Public Library! I'm Jay. Is it one page or several?"],
      [60, 'p', 'like 5 pages'],
      [70, 'l', "Use the scanner by the printers: choose 'Scan to e-mail', put the pages in the top feeder, type your e-mail. Our how-to sheet is at epl.org/scan."],
      [140, 'p', 'its sending'],
      [146, 'l', 'Did you get the e-mail?'],
      [190, 'p', 'got it. thats all i needed'],
      [195, 'l', 'Thank you, have a nice day!'],
    ],
    over: { source: 'libchat', resolutionCode: undefined },
    exp: usual({ code: 'na' }),
  },
  // LEFT (referral.contact should fail, passes): the URL in the next sentence, "Sora's help is at soraapp.com/help",
  // is taken as the librarian's contact: "help" is not among the resource nouns (`RESOURCE_N`) whose URL stays the
  // resource's, and "help" is too common a word to add without a case of its own.
  {
    // v23: unchanged: "Sora's help is at soraapp.com/help" names Sora, another party; reading a possessive name before
    // "help is at" as the URL's owner is keyed on "help", a common word.
    name: '"Your school\'s librarian can reset your Sora login" tells the patron whom to ask, no contact: referral fails',
    lines: [
      [0, 'p', 'i cant log into sora for school'],
      [20, 'l', 'Hi! Jo at Sample County Library here. Which school do you go to?'],
      [60, 'p', 'westside middle'],
      [70, 'l', "Sora logins come from the school, so your school's librarian can reset it. Sora's help is at soraapp.com/help. Did that help?"],
      [150, 'p', 'ok thats all'],
      [154, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
];

describe('tenth round (W): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('tenth round (W): technology help, every check', whole);
describeSessions('tenth round (W): technology help, short cases', short);

describeLeft('tenth-round-tech', LEFT);
