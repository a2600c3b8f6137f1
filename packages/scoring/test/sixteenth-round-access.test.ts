/**
 * Sixteenth round, area (Q1): ACCESSIBILITY, whole sessions. Patrons with disabilities and those who help them, as a
 * statewide chat service meets them: screen-reader users (terse, odd punctuation, asking for links spelled out),
 * low-vision patrons asking for large print and audio (NLS talking books, BARD, the state talking book libraries),
 * deaf and hard-of-hearing patrons (chat instead of the phone, TTY habits such as "GA" / "SK", relay and videophone
 * numbers), patrons with cognitive or motor disabilities typing slowly with long gaps (voice dictation that spells its
 * punctuation, messages sent in fragments), caregivers and proxies asking for someone else; providers who adapt
 * (plain language, one step at a time, longer waits, check-ins, "take your time") and providers who do it badly (they
 * rush, dismiss, tell the patron to phone, or end the chat during a long silence without a word).
 * Voices: public libraries, the statewide cooperatives (Ask Ohio-style, AskUsNow!, Ask a Librarian Florida-style), state
 * talking book libraries, an academic disability-services desk, chat-speak, TTY capitals, dictation, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases; the fifteenth round's P2 and tenth round's X readings are followed):
 * - a patron who sends a question in fragments starts waiting on the provider at the FIRST fragment; further fragments
 *   do not restart it (literal Terms), so a provider who waits in silence while a slow typer finishes fails
 *   `interest.keep_informed` when the span passes 120 s; "Take your time, I'm here" is no hold but it ends the span;
 * - "Take your time" / "no rush" after the patron's last message is no hold: the final idle starts there;
 * - a domain spelled out for a screen reader ("nlsbard dot loc dot gov") is still a domain, so a source;
 * - a TTY patron's "GA" (go ahead) and "SK" (stop keying) are not words of being done: "THANK YOU SK" is thanks alone;
 *   "THAT IS ALL I NEED" is explicit;
 * - "Did that work?" / "Did those steps work for you?" after steps asks whether the information given meets the need
 *   (completeness); "Ready for step 2?" asks about what is not yet given (none);
 * - telling a deaf patron to "call" a party with a 711 relay or videophone number is a referral with a way to reach it;
 *   telling them to "give us a call" at the provider's own library with no number is a referral without contact;
 * - the patron's caregiver is the patron of the chat: their e-mail confirmed in the chat is the patron's contact;
 *   a postal address only (for mailing a form) is no e-mail or phone (resolution.code and followup.contact fail);
 * - a provider who ends a slow patron's chat "because you are taking too long" without a way back dismisses
 *   (critical); one who says others are waiting and invites the patron back passes.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type SessionCase, some, sys, T0, DAY, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- screen-reader users -------------------------------------------------------------------------------------------
  {
    name: 'screen reader user, terse: asks for the Libby link spelled out; the provider spells it, asks if it answers; patron "thats all"',
    lines: [
      [0, 'p', 'hi. screen reader user. need audiobooks. what does library have'],
      [25, 'l', 'Hello, this is Marcus, a librarian with Ask Ohio, the statewide chat. Which library card do you have, or which county do you live in?'],
      [95, 'p', 'franklin county. columbus metro card'],
      [104, 'l', 'Thanks. Columbus Metropolitan Library lends e-audiobooks through the Libby app, at libbyapp.com. Sign in with your card number and PIN. Libby works with VoiceOver and TalkBack.'],
      [180, 'p', 'pls spell link. letters'],
      [188, 'l', 'Sure: l i b b y a p p, then dot, then c o m. Does that answer your question?'],
      [260, 'p', 'yes got it. thats all'],
      [268, 'l', 'Great. Thank you for using Ask Ohio, goodbye!'],
    ],
    exp: usual(),
  },
  {
    // reading: a domain spelled out for a screen reader is still a domain
    name: 'screen reader user: BARD given only spelled out ("n l s bard dot l o c dot gov") after a question about the format; the patron is done',
    lines: [
      [0, 'p', 'Braille readers here. how do i get the talking books download site. blind, already NLS patron.'],
      [30, 'l', "Hi! I'm Tasha with the Florida statewide Ask a Librarian service. Do you want to download to a phone app or to your NLS player from a computer?"],
      [110, 'p', 'iphone'],
      [118, 'l', 'Then use the BARD Mobile app from the App Store and log in with your BARD account. To sign up for a BARD account, the site is n l s bard dot l o c dot gov. Did that help?'],
      [200, 'p', 'yes. no more questions. thx'],
      [207, 'l', 'Happy reading, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'screen reader user asks for links one per message; the provider sends a wall of five links with no question first: clarify fails; the patron leaves after "thank u", final idle 5 s',
    lines: [
      [0, 'p', 'hello , i am blind and want to learn to use my computer better , classes ?'],
      [35, 'l', 'Hi, Devon here from Tulsa City-County Library.'],
      [50, 'l', 'Try these: tulsalibrary.org/classes, hadley.edu, afb.org/aging-and-vision, gcflearnfree.org, nfb.org/programs-services. Hope that helps!'],
      [140, 'p', 'too many links at once , my screen reader reads them all run together . which one is for blind'],
      [150, 'l', 'Hadley (hadley.edu) has free audio computer courses for people who are blind or low vision. Does that answer your question?'],
      [230, 'p', 'thank u'],
      [236, 'l', 'You bet, bye.'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    name: 'screen reader user: the provider puts the answer in an image ("see the screenshot") then gives the steps in text after the patron asks; good clarify, completeness after, a goodbye',
    lines: [
      [0, 'p', 'how to renew online. screen reader. jaws.'],
      [20, 'l', 'Good evening! Rachel at Cuyahoga County Public Library here. Is it one item or everything you have out?'],
      [70, 'p', 'everything'],
      [78, 'l', "I've attached a screenshot of the My Account page."],
      [130, 'p', 'cant read image. text please'],
      [140, 'l', 'Sorry about that. In text: go to cuyahogalibrary.org, choose the "My Account" link near the top, log in, then choose "Checked Out" and the "Renew All" button. JAWS will find them with the B key for buttons. Did that work for you?'],
      [320, 'p', 'done. renewed all. thank you'],
      [326, 'l', 'Wonderful! Anything else I can help with tonight?'],
      [370, 'p', 'no'],
      [375, 'l', 'Thanks for chatting, take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'screen reader user, odd punctuation and no question from the provider before the catalog link; "is that the one you wanted?" after; the patron says "ok" only and the provider never asks anything else',
    lines: [
      [0, 'p', 'looking for ,, the new Louise Penny ,, audio cd ,, hold'],
      [30, 'l', 'Hello, Ask Us Now! here, my name is Gwen.'],
      [38, 'l', 'The new Louise Penny on audio CD is in the catalog at catalog.aacpl.net: search "Penny" and choose Audiobook CD, then the "Place Hold" button. Is that the one you wanted?'],
      [140, 'p', 'ok'],
      [146, 'l', 'Have a good night!'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },

  // ---- low vision: large print, NLS, talking books ------------------------------------------------------------------
  {
    name: 'low-vision senior: talking books by mail; a referral to the state library for the blind with two phone numbers; anything else asked',
    lines: [
      [0, 'p', "My eyes are getting bad with macular degeneration and I can't read regular print anymore. Is there something for audio books that are free?"],
      [40, 'l', "Good morning, and thank you for contacting AskUsNow! My name is Karen and I'm a librarian in Howard County. Are you in Maryland, and would you rather get books in the mail or download them?"],
      [150, 'p', "Yes Ellicott City. Mail please I'm not good with computers"],
      [165, 'l', 'Then the Maryland State Library for the Blind and Print Disabled is the place: they mail talking books and a free player, postage free, through the National Library Service. You apply once with a form signed by a doctor or eye doctor. Please call them at 410-230-2424 or toll free 1-800-964-9209 and they will mail you the form. Does that answer your question?'],
      [260, 'p', 'That is very helpful. I will call them. Thank you dear'],
      [270, 'l', "You're very welcome. Is there anything else I can help with today?"],
      [330, 'p', "No that's it"],
      [338, 'l', 'Take care, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'low vision: referral to "your state talking book library" with no way to reach it; a large-print catalog link is the source',
    lines: [
      [0, 'p', 'I have low vision, do you have large print cookbooks'],
      [28, 'l', 'Hi! This is Omar from Sacramento Public Library. Any particular kind of cooking, or just large print cookbooks in general?'],
      [90, 'p', 'diabetic cooking'],
      [98, 'l', 'We have 6 large print diabetic cookbooks: see saclibrary.org/catalog, search "diabetic cooking" and filter Format to Large Print. For audio, you can also contact the state talking book library and ask about their cookbooks. Is that what you were looking for?'],
      [170, 'p', 'yes thanks that is all I needed'],
      [176, 'l', 'Enjoy, and thanks for contacting Sacramento Public Library!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'large print for a screen-magnifier user: the provider asks the patron to zoom and gives the path; patron gaps of 3-4 min are waiting on the patron (no silence by the provider)',
    lines: [
      [0, 'p', 'I USE ZOOMTEXT SO I AM SLOW. WHERE IS THE LARGE PRINT SECTION AT THE MAIN LIBRARY'],
      [22, 'l', 'Hi there, this is Lupe at the San Antonio Public Library. Take all the time you need. Do you mean the Central Library downtown on Soledad Street?'],
      [240, 'p', 'YES CENTRAL'],
      [250, 'l', "Large print is on the 2nd floor, right by the elevators, in the Fiction area. The floor map is at mysapl.org/central. Does that answer your question?"],
      [470, 'p', 'YES THANK YOU THATS EVERYTHING'],
      [478, 'l', 'My pleasure. Thank you for chatting with SAPL!'],
    ],
    exp: usual(),
  },
  {
    name: 'caregiver for a blind father: NLS application by mail, the daughter gives only the postal address; the provider promises to mail the form "this week" (follow-up by me) with no e-mail or phone known: code and contact fail, on time pending',
    lines: [
      [0, 'p', 'Hi, my dad is 84 and legally blind. Someone told me the library has free audiobooks for blind people? He has no internet.'],
      [32, 'l', 'Hello, thank you for reaching out to Ask Wisconsin Libraries. I am Beth, a reference librarian. Which county does your dad live in?'],
      [100, 'p', 'Dane county, in Verona'],
      [108, 'l', 'He qualifies for the Wisconsin Talking Book and Braille Library, which mails books and a free player through the National Library Service. Their page is dpi.wi.gov/talkingbooks. I can mail you the paper application so he can sign it. What mailing address should I use?'],
      [200, 'p', "Please send to him: Walter K., 100 Example Lane, Verona WI 53593. I'll help him fill it out"],
      [210, 'l', "Got it. I'll mail the application there this week. Does that answer your question?"],
      [260, 'p', 'yes thank you so much'],
      [266, 'l', "You're welcome! Anything else for today?"],
      [300, 'p', 'no that is all'],
      [305, 'l', 'Take care, and thank you for contacting us.'],
    ],
    over: { ...FU_ME, patron: { name: 'Ann K.', email: null, phone: null } },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'caregiver: large-print list e-mailed later, the e-mail spelled back and "by Thursday" given: contact passes, follow-up recorded in 30 h',
    lines: [
      [0, 'p', 'im looking for large print westerns for my grandpa who lives with me. he read all the Louis Lamour ones already'],
      [26, 'l', 'Hi, Jill here with the Ask Colorado chat service. Does he prefer older westerns or newer authors, and which library does he use?'],
      [120, 'p', 'newer is fine, pueblo library'],
      [128, 'l', "Great. To start: C.J. Box's Joe Pickett series and Craig Johnson's Longmire are both in large print at pueblolibrary.org (search the author, filter Large Print). I'll put together a longer list of newer large-print westerns that Pueblo owns and e-mail it to you. What e-mail should I use?"],
      [200, 'p', 'rosa.d@example.org'],
      [206, 'l', "That's rosa.d@example.org. You'll have the list by Thursday. Does that help for now?"],
      [250, 'p', 'yes thank u'],
      [256, 'l', 'Is there anything else I can help with?'],
      [290, 'p', 'nope'],
      [296, 'l', 'Thanks for chatting, and happy reading to your grandpa!'],
    ],
    over: { ...FU_ME, patron: { name: 'Rosa D.', email: 'rosa.d@example.org', phone: null }, followUps: [{ doneAt: at(30 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'caregiver for a son with autism: sensory-friendly storytime; the promise "someone from your branch will contact you" with the phone confirmed but no when: contact fails; code Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'Hello, my son is 6 and autistic, loud rooms are hard. Does the library have a quiet or sensory storytime?'],
      [30, 'l', 'Hi, welcome to Ask Us, the Nashville Public Library chat. I am Keisha. Which branch is closest to you?'],
      [95, 'p', 'Bellevue'],
      [103, 'l', 'Nashville Public Library runs Sensory Storytime at Main and Edmondson Pike: the schedule is at library.nashville.org/events (filter "Sensory"). Bellevue may start one, so I will pass your request to the Bellevue children\'s staff and someone from the branch will contact you. What phone number is best?'],
      [170, 'p', '615-555-0182'],
      [176, 'l', "Thanks, 615-555-0182. Does that help?"],
      [220, 'p', 'yes! thats all i had'],
      [226, 'l', 'Thanks so much for reaching out. Bye for now!'],
    ],
    over: { ...FU_LIB, patron: { name: 'M. Reyes', email: null, phone: '615-555-0182' } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'proxy for a wife after a stroke (aphasia): the husband asks for picture-heavy and easy-read books; the provider adapts, no question, the answer straight away: clarify fails',
    lines: [
      [0, 'p', 'My wife had a stroke and has aphasia, reading is very hard now. Are there books for adults that are easy to read, not kids books?'],
      [24, 'l', "Hello, I'm Pat, a librarian at Multnomah County Library. I'm sorry to hear about your wife. Yes: there are adult 'hi-lo' books, short and simple but written for grown-ups. Search 'high interest low vocabulary' at multcolib.org/catalog, and the Aphasia Recovery Connection lists reading tips at aphasiarecoveryconnection.org. Is that what you were looking for?"],
      [140, 'p', 'Yes, thank you, that is all.'],
      [146, 'l', 'You are very welcome. Wishing you both well, take care.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },

  // ---- deaf and hard-of-hearing patrons ------------------------------------------------------------------------------
  {
    // reading: "GA" / "SK" are TTY habits, not "I'm done"; "THAT IS ALL I NEED" is explicit
    name: 'deaf patron with TTY habits (capitals, "GA", "SK"): Social Security office number via 711 relay, a referral with contact; "THAT IS ALL I NEED" is explicit',
    lines: [
      [0, 'p', 'HELLO I AM DEAF I NEED THE SOCIAL SECURITY OFFICE IN TOPEKA GA'],
      [28, 'l', 'Hello! This is Dana, a librarian with the Kansas State Library Ask a Librarian chat. Do you need the office address for a visit, or a way to contact them? GA'],
      [90, 'p', 'CONTACT THEM. I CANT CALL REGULAR PHONE GA'],
      [98, 'l', 'The Topeka Social Security office is at 1201 SW Arrowhead Rd. Social Security takes TTY calls at 1-800-325-0778, or dial 711 for relay and ask for 1-800-772-1213. The office finder is at ssa.gov/locator. Does that answer your question? GA'],
      [180, 'p', 'YES THAT IS ALL I NEED THANK YOU SK'],
      [186, 'l', 'You are welcome, thanks for chatting with us. SK'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'deaf patron told to phone the branch: the provider says "just give the branch a call, they can check" with no number after the patron says she is deaf: referral fails; no completeness',
    lines: [
      [0, 'p', 'hi, do any of the branches have ASL storytime? I am deaf and so is my daughter'],
      [35, 'l', "Hi, this is Steve from the Denver Public Library's chat service. Which part of town are you in?"],
      [100, 'p', 'near Park Hill'],
      [108, 'l', 'The events calendar at denverlibrary.org/events has storytimes, but I don\'t see ASL ones listed this month. Just give the Park Hill branch a call, they can check for you.'],
      [150, 'p', "I can't call, i'm deaf. I said that"],
      [160, 'l', 'Oh, sorry. Anything else I can help with?'],
      [200, 'p', 'no'],
      [205, 'l', 'OK, bye'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'hard-of-hearing patron: captioned movies on the streaming service; the provider checks that the captions work, patron done',
    lines: [
      [0, 'p', 'Hard of hearing here. Does Kanopy have captions? I want to watch movies from home'],
      [18, 'l', "Hi! Welcome to the King County Library System chat, I'm Ravi. Are you watching on a TV app, a phone, or a computer?"],
      [80, 'p', 'roku tv'],
      [88, 'l', 'On the Kanopy Roku app, start the film, press the * (star) button on the remote and turn Captions on. Most Kanopy films have English captions. Start at kcls.org/kanopy to link your card. Did the captions come on for you?'],
      [260, 'p', 'yes they work!! thats all i needed'],
      [268, 'l', 'Excellent! Thanks for using KCLS chat, enjoy the movie.'],
    ],
    exp: usual(),
  },
  {
    name: 'deaf patron: an ASL interpreter for a library program; referral to the accessibility office with an e-mail and a videophone number; the provider\'s last message asks nothing else',
    lines: [
      [0, 'p', 'i want to go to the author talk on the 12th. i need ASL interpreter. how do i ask'],
      [30, 'l', 'Hello, I am Mei, a librarian at the San Diego Public Library. Is this the talk with the author at the Central Library on the 12th at 6 pm?'],
      [90, 'p', 'yes'],
      [97, 'l', 'Please contact our ADA coordinator at least 5 days before: e-mail accessibility@sandiego.example.gov or videophone 858-555-0133. The event page is at sandiego.librarymarket.com/events. Did that answer your question?'],
      [190, 'p', 'yes thank you'],
      [196, 'l', 'You are welcome, see you at the talk!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },

  // ---- slow typers, long gaps, dictation -------------------------------------------------------------------------------
  {
    // reading: fragments do not restart waiting on the provider
    name: 'slow typer sends the question in three fragments over 190 s while the provider stays silent: keep_informed fails',
    lines: [
      [0, 'p', 'hello'],
      [20, 'l', 'Hi, this is Jo with Ask Us Now, a librarian at Frederick County Public Libraries. How can I help?'],
      [60, 'p', 'i am looking for'],
      [150, 'p', 'the form for'],
      [240, 'p', 'paratransit bus. i have cp and use a chair'],
      [250, 'l', "Frederick County TransIT-plus handles paratransit: the application is at frederickcountymd.gov/transit under 'TransIT-plus'. Do you need the paper form or the online one?"],
      [380, 'p', 'online is ok. thank you that is everything'],
      [386, 'l', 'Great, good luck with the application, and thanks for chatting!'],
    ],
    // reading: the question in the message that gives the source is not before it, and "How can I help?" is the greeting's
    exp: usual({ informed: 'fail', clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'slow typer in fragments, the provider answers each with "take your time, I\'m here": the spans end, keep_informed passes',
    lines: [
      [0, 'p', 'hi'],
      [22, 'l', "Hello! I'm Alicia, a librarian with Ask a Librarian Delaware. What can I help with?"],
      [100, 'p', 'i have ms and my hands are bad today so slow'],
      [108, 'l', "No problem at all, take your time, I'm here."],
      [215, 'p', 'need a book on'],
      [225, 'l', "Take your time, I'm still here."],
      [330, 'p', 'ms fatigue. easy to read'],
      [338, 'l', 'Do you prefer print, large print, or audio?'],
      [440, 'p', 'audio'],
      [450, 'l', '"Multiple Sclerosis for Dummies" and "Overcoming Multiple Sclerosis" are both on the Libby app with a Delaware library card, at libbyapp.com. Is that the kind of book you wanted?'],
      [600, 'p', 'yes thanks. thats all'],
      [608, 'l', 'Thank you for chatting. Feel better!'],
    ],
    exp: usual(),
  },
  {
    name: 'voice dictation that spells its punctuation ("comma", "question mark"): job training for a wheelchair user; referral to the vocational rehabilitation office with phone',
    lines: [
      [0, 'p', 'I need help finding a job training program period I use a wheelchair comma so it needs to be accessible question mark'],
      [25, 'l', "Hi, thanks for contacting AskAway! I'm Kim, a librarian with the Wisconsin statewide service. What kind of work are you hoping to train for?"],
      [130, 'p', 'office work comma computers period'],
      [140, 'l', "Wisconsin's Division of Vocational Rehabilitation (DVR) pays for job training for people with disabilities and checks that sites are accessible. Call DVR at 1-800-442-3477 or apply at dwd.wisconsin.gov/dvr. Does that answer your question?"],
      [260, 'p', 'yes period thank you period that is all'],
      [270, 'l', 'You are very welcome. Good luck with the training, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a patron with a brain injury types slowly; the provider gives one step at a time and waits, asks "Did that step work?" and checks in mid-session (not the final idle)',
    lines: [
      [0, 'p', 'i need to make a libary account. i had a head injury. please go slow'],
      [30, 'l', "Hi, I'm Tom, a librarian at Pima County Public Library. I'll go one step at a time. Do you already have a library card number?"],
      [160, 'p', 'yes its on the card'],
      [170, 'l', 'Step 1: go to library.pima.gov and choose "My Account" at the top right. Tell me when you see the login box.'],
      [400, 'l', 'Are you still there? No hurry.'],
      [430, 'p', 'yes. i see it'],
      [440, 'l', 'Step 2: type the long number from your card in the first box, and your PIN in the second box. Your PIN is the last 4 digits of your phone number unless you changed it. Did that work?'],
      [700, 'p', 'it worked. im in'],
      [710, 'l', 'Wonderful! Is there anything else you need today?'],
      [800, 'p', 'no thank you'],
      [806, 'l', 'You did great. Thank you for chatting with Pima County Public Library!'],
    ],
    exp: usual(),
  },
  {
    name: 'the provider rushes a slow patron and ends the chat "because you are taking too long": dismissal fails (critical); courteous fails',
    lines: [
      [0, 'p', 'hello i need help'],
      [20, 'l', 'Hi, this is Brad at Springfield City Library. What do you need help with?'],
      [140, 'p', 'i want to find a book my daughter'],
      [150, 'l', 'What book?'],
      [330, 'p', 'about horses for her. she is 8. i have a brain injury i type slow sorry'],
      [340, 'l', 'You can search the catalog at springfieldlibrary.org.'],
      [520, 'p', 'ok how do i'],
      [530, 'l', "You're taking too long to type and I have a lot of chats going. I'm going to end this one."],
      [535, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'near miss of a dismissal: "other patrons are waiting, so I need to wrap up, but please come back anytime, and we can go at your pace": dismissal passes',
    lines: [
      [0, 'p', 'hi i have dyslexia so my spelling is bad. i need a book about the civl war for my GED'],
      [30, 'l', "Hello! Sam here, a librarian with the Ask Us 24/7 chat for New York libraries. Your spelling is fine. Is it for the GED social studies test?"],
      [150, 'p', 'yes social stdies'],
      [160, 'l', '"The Civil War: A Visual History" is an easy one to start with, and the GED social studies study guides are on the free site gedtestingservice.com/educators/studying. Is that what you were looking for?'],
      [320, 'p', 'yes. can you also help my math'],
      [330, 'l', 'I have several other patrons waiting right now, so I need to wrap up, but please come back anytime for the math part, and we can go at your pace. Thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'the provider closes during a long silence without a word: the patron said she needs to find her magnifier, "Sure, no rush." then 400 s and the system closes: check-in and notice fail, courteous fails',
    lines: [
      [0, 'p', 'i have a hold ready but cant read the email, what does it say'],
      [25, 'l', 'Hello, you are chatting with Lin, librarian at Fairfax County Public Library. Which branch did you pick for your holds?'],
      [95, 'p', 'reston'],
      [103, 'l', 'You have 1 hold ready at Reston Regional: the large print "Lessons in Chemistry". It stays on the hold shelf until Saturday. You can see it anytime under My Account at fairfaxcounty.gov/library. Does that help?'],
      [180, 'p', 'wait let me find my magnifier to write it down, it takes me a bit'],
      [188, 'l', 'Sure, no rush.'],
      [590, 's', 'Chat closed by librarian.', sys('ended')],
    ],
    over: { endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'long silence handled well: "Are you still with me? No hurry if you\'re still typing." and then a notice that she seems disconnected and the chat will close, with an invitation back (idle 260 s)',
    lines: [
      [0, 'p', 'Is the bookmobile accessible for a power chair'],
      [30, 'l', "Hi! This is Nora at Ask KY, Kentucky's statewide library chat. Which county's bookmobile, so I can check the right one?"],
      [110, 'p', 'boyle county'],
      [118, 'l', 'The Boyle County Public Library bookmobile has a wheelchair lift at the back door, rated for power chairs up to 600 lbs. Its stops are at boylepublib.org/bookmobile. Does that answer your question?'],
      [250, 'l', "Are you still with me? No hurry if you're still typing."],
      [378, 'l', "I haven't heard from you in a while, so it seems you may have been disconnected. I'll close this chat now; you are welcome to come back anytime, and we'll go at whatever pace works for you. Thank you!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the provider checks in ("still there?") after 140 s of final idle and then closes with only "Closing chat." 300 s later: check-in passes, notice fails (no disconnection), courteous fails',
    lines: [
      [0, 'p', 'does the library have any braille books for kids'],
      [24, 'l', 'Hi there, Eli from Phoenix Public Library. How old is the child, and does she read contracted braille yet?'],
      [140, 'p', 'shes 7. just learning'],
      [150, 'l', 'For a beginning braille reader, Seedlings Braille Books for Children sells print-braille picture books at seedlings.org, and the Arizona Talking Book Library lends braille books free by mail (azlibrary.gov/talkingbooks). Is that what you needed?'],
      [290, 'l', 'still there?'],
      [590, 'l', 'Closing chat.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'a provider silent for 150 s after a slow patron\'s answer, no hold, then the answer: keep_informed fails; everything else fine',
    lines: [
      [0, 'p', 'Hello. I am low vision. I want the audio version of the driver handbook for my permit test.'],
      [25, 'l', 'Good afternoon, you have reached the Ohio statewide chat service, my name is Brenda. Is this for the Ohio BMV permit test?'],
      [140, 'p', 'yes Ohio'],
      [290, 'l', 'The BMV has the Digest of Ohio Motor Vehicle Laws as an audio recording at bmv.ohio.gov/dl-digest.aspx ("Listen to the Digest"). Does that answer your question?'],
      [350, 'p', 'Yes. That is all. Thanks'],
      [356, 'l', 'You are welcome, good luck on the test!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'long search for a low-vision patron kept alive by holds every 90-100 s ("still looking, thanks for your patience"): keep_informed passes',
    lines: [
      [0, 'p', 'is there a large print version of the 2025 tax instructions 1040'],
      [28, 'l', 'Hello, this is Jamal, a librarian with Ask Michigan. Do you want it printed and mailed, or to read on screen at a large size?'],
      [100, 'p', 'mailed, i dont do computers'],
      [108, 'l', 'Let me check what the IRS offers, one moment please.'],
      [200, 'l', 'Still looking, thanks for your patience.'],
      [295, 'l', 'The IRS mails the 1040 instructions in large print free: call 1-800-829-3676 and ask for Publication 1040-LP, or order at irs.gov/orderforms. Does that answer your question?'],
      [400, 'p', 'yes, i will call them. thats all'],
      [406, 'l', 'Thank you for chatting with us today, have a good afternoon.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- patrons who vanish, Lost Calls, pickup ------------------------------------------------------------------------
  {
    name: 'the patron left at once ("I need help with the talking book player" then gone); the provider greets, checks in, notices: no substantive exchange; Lost Call passes',
    lines: [
      [0, 'p', 'I need help with the talking book player'],
      [35, 'l', 'Hi, this is Grace with the Talking Book and Braille Library chat. How can I help?'],
      [170, 'l', 'Are you still there?'],
      [240, 'l', "It looks like you've disconnected, so I'm closing this chat. If you need help with your player, please come back anytime. Thank you!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: giving the number the patron asked for ("The Texas Talking Book Program is at 1-800-…") tells no one to call: a source, no referral
    name: 'slow pickup (75 s) for a screen-reader user who says "is anyone there"; then a good session',
    lines: [
      [0, 'p', 'need phone number for talking book library in texas'],
      [50, 'p', 'is anyone there'],
      [75, 'l', 'Hello, sorry for the wait! This is Maria with the Texas State Library chat. Do you want the main number or the one for ordering books?'],
      [140, 'p', 'main'],
      [146, 'l', 'The Texas Talking Book Program is at 1-800-252-9605, or tsl.texas.gov/tbp. Did that help?'],
      [200, 'p', 'yes thank u. no more questions'],
      [206, 'l', 'Thank you for contacting the Texas State Library!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'Lost Call coded although the caregiver sent three messages: resolution code fails',
    lines: [
      [0, 'p', 'my mother is blind and deaf, does the library have anything for deafblind people'],
      [30, 'l', 'Hello, this is Rob at Baltimore County Public Library. Does your mother read braille?'],
      [90, 'p', 'yes grade 2 braille'],
      [98, 'l', 'The Helen Keller National Center has deafblind services across the country at helenkeller.org/hknc, and the Maryland State Library for the Blind and Print Disabled lends braille books by mail (marylandlibraries.org). Is that helpful?'],
      [190, 'p', 'yes thank you'],
      [196, 'l', 'Glad to help. Anything else?'],
      [260, 'p', 'no thats all'],
      [265, 'l', 'Take care, goodbye!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'no resolution code recorded (null) on a good accessibility session: code fails',
    lines: [
      [0, 'p', 'What is the accessible entrance at the Carnegie library downtown'],
      [22, 'l', 'Hi, I am Ken, a reference librarian at Carnegie Library of Pittsburgh. Do you mean the Main (Oakland) library?'],
      [70, 'p', 'yes oakland'],
      [76, 'l', 'The accessible entrance is on the Schenley Plaza side, with an automatic door and an elevator to all floors. Details are at carnegielibrary.org/accessibility. Is that what you needed?'],
      [130, 'p', 'yes thats all'],
      [135, 'l', 'Thanks for asking, have a good day.'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },

  // ---- transfers -----------------------------------------------------------------------------------------------------
  {
    name: 'transfer to the talking-book specialist with an internal note and a visible announcement: transfer passes',
    lines: [
      [0, 'p', 'my digital talking book player stopped reading the cartridge'],
      [25, 'l', "Hello, I'm Jo, a librarian with the Minnesota statewide chat. Does the player say anything when you put the cartridge in?"],
      [90, 'p', 'it says no book'],
      [96, 'i', 'Lee, patron with an NLS player that says "no book": can you take it? I am transferring.', { to: 'lee' }],
      [100, 'l', "I'm transferring you to Lee at the Minnesota Braille and Talking Book Library, who knows the players best. One moment please."],
      [104, 's', 'Chat transferred to Lee.', sys('transfer', 'lee')],
      [120, 'l', 'Hi, this is Lee. Please try holding the cartridge by the label side and pushing it in until it clicks. If it still says "no book", we can mail you a new cartridge; the player guide is at mn.gov/deed/ssb. Did that fix it?', who('Lee Ortiz', 'lee')],
      [260, 'p', 'it works now! thank you thats all', ],
      [268, 'l', 'Great! Thanks for contacting us, happy listening.', who('Lee Ortiz', 'lee')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with no word to the patron (internal note only): transfer fails',
    lines: [
      [0, 'p', 'hi I need help using the NVDA screen reader with your catalog, the search button is not labeled'],
      [30, 'l', 'Hello, Maggie here at Austin Public Library. Which page of the catalog are you on, the basic search or advanced?'],
      [95, 'p', 'basic'],
      [100, 'i', 'Chris, accessibility problem with the catalog search button, NVDA user. Yours?', { to: 'chris' }],
      [102, 's', 'Chat transferred to Chris.', sys('transfer', 'chris')],
      [130, 'l', 'Hi, this is Chris from the web team. The search button has no label in the basic search; press Enter in the search box instead and it will search. I reported the button. The accessibility statement is at library.austintexas.gov/accessibility. Did that work?', who('Chris Yu', 'chris')],
      [240, 'p', 'yes enter works. thats all thanks'],
      [246, 'l', 'Thanks for telling us about it, bye!', who('Chris Yu', 'chris')],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- Spanish -------------------------------------------------------------------------------------------------------
  {
    name: 'Spanish: una madre pide audiolibros para su hijo con dislexia; la bibliotecaria pregunta la edad, da Learning Ally y Libby, pregunta si le sirve; la madre dice "eso es todo"',
    lines: [
      [0, 'p', 'Buenas tardes, mi hijo tiene dislexia y le cuesta leer. ¿Tienen libros en audio para niños?'],
      [30, 'l', '¡Buenas tardes! Le atiende Carmen, bibliotecaria de la Biblioteca Pública de Los Ángeles. ¿Qué edad tiene su hijo y lee en inglés o en español?'],
      [120, 'p', '10 años, en inglés'],
      [128, 'l', 'Puede usar Libby (libbyapp.com) con la tarjeta de la biblioteca para audiolibros infantiles, y Learning Ally (learningally.org) tiene audiolibros escolares para niños con dislexia. ¿Le sirve esta información?'],
      [220, 'p', 'Sí, muchas gracias, eso es todo'],
      [226, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: paciente con baja visión y silencio final de 250 s; "¿Sigue ahí?" pero ningún aviso de desconexión: idle pasa, disconnect falla',
    lines: [
      [0, 'p', 'hola, tengo baja vision, tienen libros con letra grande en espanol'],
      [25, 'l', 'Hola, soy Luis, bibliotecario del servicio de chat de la Biblioteca de Miami-Dade. ¿Busca novelas o algún tema en particular?'],
      [100, 'p', 'novelas'],
      [108, 'l', 'Tenemos unas 200 novelas en letra grande en español: en mdpls.org/catalog busque "letra grande" y elija Idioma: Español. ¿Es lo que buscaba?'],
      [250, 'l', '¿Sigue ahí?'],
    ],
    over: { endAfter: 108 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },

  // ---- academic and school ------------------------------------------------------------------------------------------
  {
    name: 'academic: a student with a print disability asks for an accessible PDF of a reserve reading; referral to Disability Resources with e-mail; the library will also e-mail a scan "within 2 business days" (follow-up, e-mail confirmed)',
    lines: [
      [0, 'p', 'Hi, I have a print disability and the course reserve PDF for PSYC 301 is a scanned image, my screen reader cannot read it'],
      [26, 'l', "Hi, you've reached Ask a Librarian at the University of Iowa Libraries; I'm Hannah. Which reading is it: author and title?"],
      [110, 'p', 'Baumeister, "Ego depletion" chapter'],
      [118, 'l', "Thanks. I'll ask our reserves staff for an OCR'd, screen-reader-friendly version and e-mail it to you within 2 business days. What's your university e-mail? For all your courses, you can also contact Student Disability Services at sds-alt-media@uiowa.example.edu, who convert readings for registered students."],
      [190, 'p', 'jdoe7@example.edu'],
      [196, 'l', "Thanks, I have jdoe7@example.edu. You'll get it within 2 business days. Does that cover what you needed?"],
      [260, 'p', 'yes perfect, thats everything'],
      [266, 'l', 'Great, thanks for reaching out. Good luck in PSYC 301!'],
    ],
    over: { ...FU_ME, patron: { name: 'J. Doe', email: 'jdoe7@example.edu', phone: null }, followUps: [{ doneAt: at(40 * 3600), by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }),
  },
  {
    // reading: "Does that work for you?" after the e-mail is read back asks about the arrangement, not whether the information given meets the need
    name: 'academic: follow-up promised to a blind student ("I\'ll send you the accessible version") but the follow-up is recorded 90 h later: on time fails; no when given: contact fails',
    lines: [
      [0, 'p', 'I am blind. Need the chapter 4 of our textbook in an accessible format, the library copy is print only'],
      [30, 'l', 'Hello, this is Ray with Ask Us at Temple University Libraries. What is the textbook title and edition?'],
      [120, 'p', 'Abnormal Psychology, 18th edition, Butcher'],
      [128, 'l', "I'll check whether we can get an accessible file through our ILL and alt-format service and send it to you. What e-mail should I use? Meanwhile, the publisher's accessibility page is at pearson.com/accessibility."],
      [200, 'p', 'tuf55555@example.edu'],
      [206, 'l', 'Got it, tuf55555@example.edu. Does that work for you?'],
      [250, 'p', 'yes. thats all'],
      [256, 'l', 'Thanks, talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: 'Student', email: 'tuf55555@example.edu', phone: null }, followUps: [{ doneAt: at(90 * 3600), by: 'jo' }] },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'school librarian asking on behalf of a student with low vision: a human-read audiobook of a class novel; "Bookshare" named with its URL; completeness asked after',
    lines: [
      [0, 'p', 'Hi, I am the librarian at Lincoln Middle School. One of my 7th graders has low vision and needs The Giver in audio, not robot voice. Any ideas?'],
      [28, 'l', "Hi! Thanks for contacting Ask a Librarian Illinois, I'm Dave. Does the student have an IEP or 504 plan that lists a print disability?"],
      [110, 'p', 'yes, 504'],
      [118, 'l', 'Then Bookshare (bookshare.org) is free for qualified US students and has The Giver; for a human narrator, the Illinois Talking Book and Braille Service lends the NLS recording, and Learning Ally has a human-read edition at learningally.org. Does that help?'],
      [200, 'p', 'Perfect, that is all I need.'],
      [206, 'l', 'Happy to help, thanks for chatting!'],
    ],
    exp: usual(),
  },

  // ---- more flaws ---------------------------------------------------------------------------------------------------
  {
    name: 'greeting without identification ("Hi! How can I help?") to a caregiver; the provider gives the name only in the third message: greeting fails',
    lines: [
      [0, 'p', 'I am asking for my brother who has an intellectual disability. He wants to volunteer at the library. Is that possible?'],
      [15, 'l', 'Hi! How can I help?'],
      [60, 'p', 'Can he volunteer?'],
      [68, 'l', 'Does he have a branch in mind?'],
      [150, 'p', 'the one on Elm street'],
      [158, 'l', "I'm Sue, by the way, at Springfield-Greene County Library. Elm Street has a teen and adult volunteer program with a job coach welcome; apply at thelibrary.org/volunteer. Is that what you were looking for?"],
      [240, 'p', 'yes thats all thanks'],
      [246, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'caregiver: the provider keeps asking about the husband\'s condition but never gives a source ("there are some options"): source, completeness and anything else fail',
    lines: [
      [0, 'p', 'My husband has Parkinsons and his hands shake, he cant turn pages anymore. What can the library do?'],
      [30, 'l', 'Hello, this is Ruth at Ask Us Now! from the Baltimore County library. How long has he had Parkinson\'s?'],
      [100, 'p', 'about 10 years'],
      [106, 'l', 'Does he use a tablet or computer at all?'],
      [170, 'p', 'no'],
      [176, 'l', 'OK. There are some options for people who cannot turn pages. Thanks for contacting us!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    name: 'the provider answers in heavy jargon, the patron with a learning disability asks for plain words, and the provider rewords it plainly; the patron says "nothing else"',
    lines: [
      [0, 'p', 'How do I get audio books on my phone? I have a learning disability, please use simple words'],
      [24, 'l', "Hi, I'm Ali at Harris County Public Library. Do you have an iPhone or an Android phone?"],
      [90, 'p', 'android'],
      [98, 'l', 'Authenticate via the OverDrive Libby client with your barcode and PIN, then browse the e-audio collection and borrow; titles auto-return at the end of the loan period.'],
      [200, 'p', 'i dont understand that'],
      [208, 'l', "Sorry! Simpler: 1. Get the free app called Libby from the Play Store. 2. Open it and pick Harris County Public Library. 3. Type your card number. 4. Tap a book, then tap Borrow. Help is at hcpl.net/libby. Did that make sense and work for you?"],
      [400, 'p', 'yes i got one. nothing else thank you'],
      [406, 'l', 'Great job! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'concurrency: the provider had four other chats open while rushing a slow patron: concurrency fails',
    lines: [
      [0, 'p', 'hi can you read me the hours, my screen reader skips the table'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which branch?"],
      [80, 'p', 'main'],
      [88, 'l', 'Main is open Mon-Thu 9 to 8, Fri-Sat 9 to 5, Sun 1 to 5. The hours page is samplecountylibrary.org/hours. Does that answer it?'],
      [140, 'p', 'yes thanks thats all'],
      [145, 'l', 'Bye, thanks!'],
    ],
    ctx: {
      otherIntervals: [
        { sessionKey: 'test:a', providerId: 'jo', start: T0 - 60_000, end: T0 + 200_000 },
        { sessionKey: 'test:b', providerId: 'jo', start: T0 + 10_000, end: T0 + 180_000 },
        { sessionKey: 'test:c', providerId: 'jo', start: T0 + 30_000, end: T0 + 190_000 },
        { sessionKey: 'test:d', providerId: 'jo', start: T0 + 40_000, end: T0 + 160_000 },
      ],
    },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'Practice session (staff testing the chat with a screen reader): every check na',
    lines: [
      [0, 'p', 'test: NVDA reading the chat widget'],
      [10, 'l', 'Hi, Jo here at Sample County Library, testing the widget with NVDA.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: usual({
      pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', concurrency: 'na', code: 'na',
    }),
  },
  {
    name: 'relay-style chat: the patron says a relay operator is typing for her ("this is the operator, the caller says ..."); the provider answers the caller; a referral with the county phone',
    lines: [
      [0, 'p', 'This is relay operator 4417 typing for a caller with a speech disability. Caller says: I need to renew my disabled parking placard'],
      [30, 'l', 'Hello, and thank you. This is Gina, a librarian with the Ask Us chat at Las Vegas-Clark County Library District. Is the placard from Nevada, and is it permanent or temporary?'],
      [120, 'p', 'Caller says: Nevada, permanent'],
      [128, 'l', 'Permanent Nevada placards are renewed through the DMV: the form SP-31 is at dmv.nv.gov/platesdisabled.htm, or call the DMV at 702-486-4368. Does that answer the question?'],
      [230, 'p', 'Caller says: yes, that is all, thank you. Operator ending call'],
      [236, 'l', 'Thank you both, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak caregiver via text service: the provider answers, patron goes quiet; "hey u still there?" then "seems like we lost u, closing chat now, txt anytime!" (idle 230 s)',
    lines: [
      [0, 'p', 'my sis uses a wheelchair, is the teen center at the main lib accessible'],
      [20, 'l', 'hi! Kara w/ Cleveland Public Library text help here. the Main Library downtown?'],
      [60, 'p', 'ya'],
      [66, 'l', 'yes: ramp at the Superior Ave entrance + elevator to the teen space on 2nd fl. more at cpl.org/accessibility. that help?'],
      [200, 'l', 'hey u still there?'],
      [296, 'l', 'seems like we lost u, closing chat now, txt anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'near miss: "Ready for step 2?" asks about what is not yet given: completeness fails',
    lines: [
      [0, 'p', 'how do i use the magnifier on the library computers'],
      [20, 'l', 'Hi, Jo at Sample County Library. Windows or Mac computer?'],
      [60, 'p', 'windows'],
      [66, 'l', 'Step 1: press the Windows key and the plus key together; that is the Magnifier, described at support.microsoft.com/magnifier. Ready for step 2?'],
      [140, 'p', 'no i am good bye'],
      [146, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },
  {
    name: '"Did those steps work for you?" after steps: completeness passes',
    lines: [
      [0, 'p', 'voiceover wont read the ebook'],
      [20, 'l', 'Hi, Jo at Sample County Library. In Libby or in Kindle?'],
      [60, 'p', 'libby'],
      [66, 'l', 'In Libby, open the book, tap the middle of the page, then Settings and choose "Read with VoiceOver"; the steps are at help.libbyapp.com. Did those steps work for you?'],
      [240, 'p', 'yes, all set'],
      [246, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Take your time" after the patron\'s last message is no hold: the final idle runs from it (200 s, no check-in)',
    lines: [
      [0, 'p', 'need the address for the talking book library'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which state?'],
      [60, 'p', 'ohio'],
      [66, 'l', 'The Ohio Talking Book Program is at 800-362-1262 and library.ohio.gov/talkingbooks. Did that help?'],
      [100, 'p', 'let me write it down slowly'],
      [106, 'l', 'Take your time.'],
    ],
    over: { endAfter: 200 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'near miss of a dismissal: "I can only help with library questions; for your benefits please ask Social Security at ssa.gov" is no dismissal',
    lines: [
      [0, 'p', 'can you fill out my disability benefits form for me'],
      [20, 'l', 'Hi, Jo at Sample County Library. I can only help with finding information, not fill in the form; the Social Security office can help at 1-800-772-1213 or ssa.gov. Does that help?'],
      [90, 'p', 'ok'],
      [96, 'l', 'Thanks for chatting!'],
    ],
    exp: some({ dismissal: 'pass', referral: 'pass' }),
  },
  {
    name: 'dismissal: "We can\'t keep the chat open for people who type this slowly. Goodbye." ends help for the provider\'s convenience without a way back',
    lines: [
      [0, 'p', 'hi i type slow due to arthritis'],
      [20, 'l', 'Hi, Jo at Sample County Library. What do you need?'],
      [200, 'p', 'book club kits'],
      [208, 'l', "We can't keep the chat open for people who type this slowly. Goodbye."],
    ],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'near miss of a check-in: "Are you still looking at the large print list?" asks about the task, not presence (final idle 200 s)',
    lines: [
      [0, 'p', 'large print mysteries?'],
      [20, 'l', 'Hi, Jo at Sample County Library. Any author you like?'],
      [60, 'p', 'no any'],
      [66, 'l', 'Here is our large print mystery list: samplecountylibrary.org/lists/lp-mystery. Does that help?'],
      [200, 'l', 'Are you still looking at the large print list?'],
    ],
    over: { endAfter: 66 },
    exp: some({ idle: 'fail' }),
  },
  // ---- near misses guarding the Q1 widenings -------------------------------------------------------------------------
  {
    name: 'near miss (spelled domain): "the dot com boom" names no domain: no source',
    lines: [
      [0, 'p', 'i need a book on the history of the internet, audio if possible'],
      [20, 'l', 'Hi, Jo at Sample County Library. Mostly the early days, or the dot com boom?'],
      [60, 'p', 'the dot com boom'],
      [66, 'l', 'A lot was written during the dot com era. Anything else?'],
      [100, 'p', 'no'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (spelled domain): the patron\'s e-mail read back spelled out ("jane at example dot com") is no source',
    lines: [
      [0, 'p', 'can you send me the braille club info, i use a screen reader, my email is jane at example dot com'],
      [20, 'l', 'Hi, Jo at Sample County Library. I have jane at example dot com. Which braille club, the one for kids or adults?'],
      [60, 'p', 'adults'],
      [66, 'l', 'OK, thanks.'],
    ],
    over: { patron: { name: null, email: 'jane@example.com', phone: null } },
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss (completeness): "Did the green light on the player come on when you plugged it in?" after the source diagnoses the player, not the answer: completeness fails',
    lines: [
      [0, 'p', 'my talking book player is dead'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it the newer player, the DA-1?'],
      [60, 'p', 'yes'],
      [66, 'l', 'The troubleshooting steps are at loc.gov/nls/player-help. Did the green light on the player come on when you plugged it in?'],
      [120, 'p', 'no'],
      [126, 'l', 'Then it needs a replacement from the talking book library. Bye!'],
    ],
    exp: some({ complete: 'fail', clarify: 'pass' }),
  },
  {
    name: 'near miss (invite back): "Copy the text anytime from the page." invites no one back: courteous fails',
    lines: [
      [0, 'p', 'where is the large print version of the lease form'],
      [20, 'l', 'Hi, Jo at Sample County Library. For the county housing lease?'],
      [60, 'p', 'yes'],
      [66, 'l', 'It is at samplecounty.example.gov/housing/large-print. Does that help?'],
      [100, 'p', 'yes'],
      [106, 'l', 'Copy the text anytime from the page.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss (dismissal): "No worries if you\'re taking too long to type, I\'ll wait." and "Type as slowly as you like, I can wait" dismiss no one',
    lines: [
      [0, 'p', 'hi i have als and use eye gaze to type'],
      [20, 'l', "Hi, Jo at Sample County Library. No worries if you're taking too long to type, I'll wait. Type as slowly as you like, I can wait."],
      [200, 'p', 'audiobooks'],
      [206, 'l', 'Our audiobooks are on Libby at libbyapp.com. Does that help?'],
      [300, 'p', 'yes'],
      [306, 'l', 'Thanks, bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss (dismissal): "Sorry, this search is taking too long on my end" is the provider\'s own delay: no dismissal',
    lines: [
      [0, 'p', 'large print bibles?'],
      [20, 'l', 'Hi, Jo at Sample County Library. Any translation?'],
      [60, 'p', 'kjv'],
      [66, 'l', 'Sorry, this search is taking too long on my end. The catalog at samplecountylibrary.org lists 3 KJV large print bibles. Does that help?'],
      [100, 'p', 'yes thats all'],
      [106, 'l', 'Bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss (no promise): "Call them at 1-800-…, and I\'ll also email you the list tomorrow" still promises: code Answered fails',
    lines: [
      [0, 'p', 'where do i get a free magnifier, low vision'],
      [20, 'l', 'Hi, Jo at Sample County Library. Are you a veteran, or is this through Medicare?'],
      [60, 'p', 'medicare. jo.p@example.org'],
      [66, 'l', "The state Blind Services office lends them: call them at 1-800-555-0199, and I'll also email you the list of low-vision clinics tomorrow at jo.p@example.org. Does that help?"],
      [100, 'p', 'yes thats all'],
      [106, 'l', 'Bye!'],
    ],
    over: { patron: { name: null, email: 'jo.p@example.org', phone: null } },
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: 'near miss (no promise): "If it still isn\'t there, I\'ll email you a copy tomorrow" still promises: code Answered fails',
    lines: [
      [0, 'p', 'the audio version of the minutes is missing from the town site, i am blind. sam.k@example.org'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which meeting, the March one?'],
      [60, 'p', 'yes march'],
      [66, 'l', 'It should be at samplecounty.example.gov/minutes by noon. If it still isn\'t there, I\'ll email you a copy tomorrow at sam.k@example.org. Does that help?'],
      [100, 'p', 'yes thats all'],
      [106, 'l', 'Bye!'],
    ],
    over: { patron: { name: null, email: 'sam.k@example.org', phone: null } },
    exp: some({ code: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('sixteenth round (Q1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixteenth round (Q1): accessibility, every check', whole);
describeSessions('sixteenth round (Q1): accessibility, short cases', short);

describeLeft('sixteenth-round-access', LEFT);
