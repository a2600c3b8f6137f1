/**
 * Twenty-ninth round, second wave (G3): near misses of blocks F3 (tests and learning) and F4 (device walkthroughs), rubric
 * v30. Each case is a short session (only the checks in question), labelled from RUBRIC.md's literal Terms before the
 * scorer ran. Near misses share a v30 setting's words or shape but are not its behaviour; "still reads" cases say the
 * behaviour in new words and must keep passing.
 *
 * Settings and phrase changes checked: knownResource without "khan academy", completeness "reckon / do you think that covers
 * it?", `appStoreF3`, `onlineTutorsF3` (F3); holdWeak "let me test / reproduce", stillThere "are you still trying the
 * steps?", `sympathyFillerF4`, `lowerImF4`, `appStoreNameF4` (F4).
 *
 * Written: 54 cases (53 running guards, 1 in LEFT): 41 near misses and 13 "still reads" cases, in formal, chat-speak,
 * British, Australian, Indian-English and non-native registers. Runs, each batch labelled before it ran: 36 first: 14
 * disagreements (appStoreF3 5, onlineTutorsF3 3, completeness 2, holdWeak 2, stillThere 2); 13 were v30's F3 / F4
 * widenings, 1 ("Are you still working on it, or has it been handed in?" read as an idle check-in, so no clarifying
 * question) is read so by v29 already: LEFT (only F3 / F4 are narrowed here). Then 6 more: 1 (onlineTutorsF3, "Frederick
 * Community College has virtual tutors who can help"); 5 lowerImF4 near misses: 0; 4 appStoreF3: 2 ("get stuck / get
 * signed in on the App Store"); 3 more: 1 (holdWeak, "after you've had a go": "youve"). My labels corrected: 0.
 * lowerImF4, appStoreNameF4 and sympathyFillerF4 misread none of their near misses (the name checks' own stop words
 * and the whole-sentence anchor hold them).
 *
 * Narrowed (rubric v30, F3 / F4 code and phrase blocks):
 * - completeness (F3's plus): no modal "will / would / might / should" ("I could put the GED book on hold for you. Do you
 *   think that would help?" asks about an offer; "Do you reckon that will work?" about the patron's own plan); "that'll"
 *   only before "do / cover / sort / answer" ["Reckon that covers it?", "Reckon that'll do it?", "Think that sorts it?",
 *   "so do u think that answers it?" still read].
 * - holdWeak (F4's plus): not when "once / after / when / as soon as / if you…" follows in the clause, nor "with you / w/
 *   u" ("I will test it once you tell me what TV you have.", "I'll reproduce it after you've had a go", "ok ill test it
 *   w/ u, tap the 3 dots first" wait on the patron) ["ok lemme reproduce that on our staff Kindle real quick" holds].
 * - stillThere (F4's plus): not before ", or" ("r u still going through those, or done with them?" asks about the need)
 *   ["Are you still going through the steps?", "r u still at it?" check in].
 * - `appStoreF3`: no refund, pop-up, message, update(s), charge(d), apps, password, Apple ID, account, "stuck / signed /
 *   logged …" between the verb and the store ("You'd have to get a refund through the App Store", "Install any pending
 *   updates via the Play Store", "Getting apps from the App Store needs an Apple ID") ["grab it from Google Play", "get
 *   BorrowBox from the App Store", "download the USCIS Civics Test app through the Apple App Store" still sources].
 * - `onlineTutorsF3`: not the generic "help now" ("If you need help now, the tutors at the Writing Center can help"), no
 *   place word between the service and its tutors ("The Homework Help Center downtown has tutors who can help"), and
 *   "online / virtual tutors" only after our / the / library / "library / we / it has" ("Frederick Community College's
 *   virtual tutors", "… has virtual tutors who can help" refer) ["Brainfuse's live tutors can walk you through it", "Our
 *   online tutors can walk you through the essay" still no referral].
 *
 * Readings taken: "Sorry, the catalog is not working." answering "is the catalog down?" is substantive (it tells the patron
 * something; the scorer agrees); reinstalling an app named "from the App Store" would still be an app with where to get it
 * (a source, F3's reading, not contested); a question about an offer not yet made good ("do you think that would help?")
 * is a question about something not yet given (RUBRIC.md's "would a scan be what you need?").
 */
import { describeLeft, type SessionCase, describeSessions, some } from './helpers';

/** F3 / F4 near misses: the same words or shape, not the behaviour. */
export const guards: SessionCase[] = [
  // ---- lowerImF4: "im" before a capitalised word that is not a name -----------------------------------------------------
  {
    name: 'lowerImF4: non-native "i am Sorry, we have many chats tonight." introduces no one',
    lines: [
      [0, 'p', 'my libby app keeps crashing'],
      [15, 'l', 'Hello, i am Sorry, we have many chats tonight.'],
      [20, 'l', 'What device are you using?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4: student worker "hey there! im New here, so bear with me" introduces no one',
    lines: [
      [0, 'p', 'hoopla says my borrows are used up??'],
      [15, 'l', 'hey there! im New here, so bear with me :)'],
      [20, 'l', 'what kind of phone do u have?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4: chat-speak "hi, im Here! whats going on w/ the app?" introduces no one',
    lines: [
      [0, 'p', 'hello?? anyone'],
      [15, 'l', 'hi, im Here! whats going on w/ the app?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4: "hi! im Online till 9, im Back at my desk now." introduces no one',
    lines: [
      [0, 'p', 'can u help with kanopy'],
      [15, 'l', 'hi! sorry, im Back.'],
      [20, 'l', 'what is kanopy doing?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4 still reads: "hiya, im Kayla, on the Ask Us desk tonight"',
    lines: [
      [0, 'p', 'my kindle wont get libby books'],
      [15, 'l', 'hiya, im Kayla, on the desk tonight. what kindle is it?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'lowerImF4 still reads: "hello! i\'m Marcus at the help desk"',
    lines: [
      [0, 'p', 'cloudlibrary wont open'],
      [15, 'l', "hello! i'm Marcus at the help desk, what phone do you have?"],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'lowerImF4: "hi, im Back at the desk now, sorry. whats the problem?" introduces no one',
    lines: [
      [0, 'p', 'hello? my libby holds vanished'],
      [15, 'l', 'hi, im Back at the desk now, sorry. whats the problem?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4: non-native "Hello, i am Available from 3 to 5 pm, please tell me the problem." introduces no one',
    lines: [
      [0, 'p', 'overdrive wont sign in'],
      [15, 'l', 'Hello, i am Available from 3 to 5 pm, please tell me the problem.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4: "hey! im Still here, what device is it?" introduces no one',
    lines: [
      [0, 'p', 'are you there? kanopy wont load'],
      [15, 'l', 'hey! im Still here, what device is it?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4: "Hi, i am Working from home today so bear with me." introduces no one',
    lines: [
      [0, 'p', 'cloudlibrary wont open'],
      [15, 'l', 'Hi, i am Working from home today so bear with me. What phone is it?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'lowerImF4 still reads: "hi there, i am Priya from the county library"',
    lines: [
      [0, 'p', 'cloudlibrary wont open'],
      [15, 'l', 'hi there, i am Priya from the county library. What phone is it?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- appStoreNameF4: the store taken out must not leave a name shape ------------------------------------------------
  {
    name: 'appStoreNameF4: "Hi! You can get Libby on the App Store here: …" introduces no one',
    lines: [
      [0, 'p', 'how do i get ebooks on my iphone'],
      [15, 'l', 'Hi! You can get Libby on the App Store here: apps.apple.com/us/app/libby-the-library-app/id1076402606'],
      [20, 'l', 'Do you have your library card handy?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'appStoreNameF4: "Hello! Find Hoopla in Google Play, then sign in." introduces no one',
    lines: [
      [0, 'p', 'hoopla on android?'],
      [15, 'l', 'Hello! Find Hoopla in Google Play, then sign in.'],
      [20, 'l', 'Which library card do you have?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'appStoreNameF4 still reads: "Hi! Update Libby from the App Store first." introduces no one',
    lines: [
      [0, 'p', 'libby keeps freezing'],
      [15, 'l', 'Hi! Update Libby from the App Store first.'],
      [20, 'l', 'Then sign in again.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'appStoreNameF4 still reads: "Hi, I\'m Dana from the library. Get Libby from the App Store." introduces Dana',
    lines: [
      [0, 'p', 'libby keeps freezing'],
      [15, 'l', "Hi, I'm Dana from the library. Get Libby from the App Store."],
    ],
    exp: some({ greeting: 'pass' }),
  },
  // ---- sympathyFillerF4: a sentence that answers is not filler ---------------------------------------------------------
  {
    name: 'sympathyFillerF4: "Sorry, the catalog is not working." answers "is the catalog down?" (substantive, no source)',
    lines: [
      [0, 'p', 'is the catalog down? it wont load for me'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [30, 'l', 'Sorry, the catalog is not working.'],
      [45, 'p', 'ok thanks'],
      [50, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'sympathyFillerF4: British "Sorry, BorrowBox has been playing up." answers "is BorrowBox broken?" (substantive)',
    lines: [
      [0, 'p', 'Is BorrowBox broken or is it my tablet?'],
      [15, 'l', 'Hello, Jo here from Ask a Librarian.'],
      [30, 'l', 'Sorry, BorrowBox has been playing up.'],
      [45, 'p', 'right, thanks'],
      [50, 'l', 'Cheers, bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'sympathyFillerF4: "Sorry about that, the Libby app needs the latest iOS." answers (substantive)',
    lines: [
      [0, 'p', 'libby wont install on my ipad'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [30, 'l', 'Sorry about that, the Libby app needs the latest iOS.'],
      [45, 'p', 'oh ok'],
      [50, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'sympathyFillerF4 still reads: "Aw, so sorry for the hassle!" alone, then the patron leaves (no substantive exchange)',
    lines: [
      [0, 'p', 'my kindle wont download anything from the library'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [30, 'l', 'Aw, so sorry for the hassle!'],
    ],
    exp: some({ source: 'na' }),
  },
  // ---- holdWeak: "test / reproduce" that announces no look-up -----------------------------------------------------------
  {
    name: 'holdWeak: "I will test it once you tell me what TV you have." waits on the patron, not a hold',
    lines: [
      [0, 'p', 'hoopla wont play on my tv'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'I will test it once you tell me what TV you have.'],
      [200, 'p', 'its a samsung'],
      [215, 'l', 'Hoopla lists the Samsung models it works on at hoopladigital.com/devices. Does that help?'],
      [240, 'p', 'yes thats all'],
      [245, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'holdWeak: "If you like, I\'ll test it with you step by step: first open Settings." waits on the patron',
    lines: [
      [0, 'p', 'how do i turn on the dyslexic font in libby'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', "If you like, I'll test it with you step by step: first open Settings in Libby."],
      [200, 'p', 'ok im there'],
      [215, 'l', 'Now tap Reading Preferences and pick the font. The steps are also at help.libbyapp.com. Did that work?'],
      [240, 'p', 'yes thats all'],
      [245, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'holdWeak: "Let me test my understanding: you want the audiobook, not the ebook?" is a clarifying question',
    lines: [
      [0, 'p', 'i want the hunger games on my phone'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Let me test my understanding: you want the audiobook, not the ebook?'],
      [40, 'p', 'yes audiobook'],
      [55, 'l', 'Libby has it: search "Hunger Games" at libbyapp.com. Does that help?'],
      [70, 'p', 'yes thats all'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', informed: 'pass' }),
  },
  {
    name: 'holdWeak: "I\'ll reproduce it on our test iPad tomorrow and email you by noon." is a promise, the final idle begins there',
    lines: [
      [0, 'p', 'kanopy says no credits left but i have 3'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Which device do you watch on?'],
      [40, 'p', 'ipad. my email is kim.l@example.com'],
      [50, 'l', "I'll reproduce it on our test iPad tomorrow and email you at kim.l@example.com by noon."],
      [290, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected, so I'll end the chat now. Thanks for contacting Ask Us Now!"],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'holdWeak: chat-speak "ok ill test it w/ u, tap the 3 dots first" waits on the patron',
    lines: [
      [0, 'p', 'how do i change the speed on libby audiobooks'],
      [15, 'l', 'hi! jo here at ask us now'],
      [25, 'l', 'ok ill test it w/ u, tap the 3 dots first'],
      [200, 'p', 'ok done'],
      [215, 'l', 'now tap the 1.0x and pick a speed. help.libbyapp.com has it too. did that work?'],
      [240, 'p', 'yes thats all'],
      [245, 'l', 'bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'holdWeak: British "I\'ll reproduce it after you\'ve had a go with the new PIN." waits on the patron',
    lines: [
      [0, 'p', 'BorrowBox says my PIN is wrong'],
      [15, 'l', 'Hello, Jo here from Ask a Librarian.'],
      [25, 'l', "Reset it at the library's PIN page first. I'll reproduce it after you've had a go with the new PIN."],
      [200, 'p', 'still wrong'],
      [215, 'l', 'The BorrowBox help page is at borrowbox.com/help, and the PIN reset is at library.org/pin. Does that help?'],
      [240, 'p', "that's all, ta"],
      [245, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'sympathyFillerF4: "Sorry about that - the hold limit is 10 titles." answers (substantive)',
    lines: [
      [0, 'p', 'why cant i put more holds on libby'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [30, 'l', 'Sorry about that - the hold limit is 10 titles.'],
      [45, 'p', 'oh ok'],
      [50, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- stillThere: "are you still …" about the need ---------------------------------------------------------------------
  {
    name: 'stillThere: "r u still going thru those, or done w/ the practice tests?" asks about the need',
    lines: [
      [0, 'p', 'i did 3 of the GED practice tests on learning express'],
      [15, 'l', 'hi! jo here at ask us now'],
      [25, 'l', 'r u still going through those, or done with them?'],
      [40, 'p', 'done, i want more'],
      [50, 'l', 'ged.com has the GED Ready tests. does that help?'],
      [70, 'p', 'yes thats all'],
      [75, 'l', 'bye!'],
    ],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'stillThere still reads: "Are you still going through the steps?" in the final idle checks in',
    lines: [
      [0, 'p', 'how do i send a libby book to my kindle'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it a Kindle Paperwhite?'],
      [40, 'p', 'yes'],
      [50, 'l', 'In Libby tap Read With, then Kindle; the steps are at help.libbyapp.com. Does that work?'],
      [200, 'l', 'Are you still going through the steps?'],
      [260, 'l', "It looks like you've disconnected, so I'll end the chat now. Thanks for contacting Ask Us Now!"],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  // ---- completeness: "do you think that …" about something not given -----------------------------------------------------
  {
    name: 'completeness: "I could put the GED book on hold for you. Do you think that would help?" (an offer, not given)',
    lines: [
      [0, 'p', 'where can i practice for the GED math'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it the math section only?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The GED Ready practice tests are at ged.com.'],
      [70, 'p', 'ok but i like books too'],
      [80, 'l', 'I could put the GED math prep book on hold for you. Do you think that would help?'],
      [100, 'p', 'sure'],
      [110, 'l', 'Done! Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness: "Do you reckon that will work?" about the patron\'s own plan',
    lines: [
      [0, 'p', 'which practice test is best for the citizenship interview'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it the civics part you want to practise?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The USCIS civics questions are at uscis.gov/citizenship.'],
      [70, 'p', 'i think ill just get my daughter to quiz me every night'],
      [80, 'l', 'Do you reckon that will work?'],
      [100, 'p', 'yes'],
      [110, 'l', 'Good luck! Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness: Australian statement "Reckon that covers it. Cheers and good luck!" asks nothing',
    lines: [
      [0, 'p', 'how do I book the citizenship test'],
      [15, 'l', "G'day, Jo here from Ask a Librarian."],
      [25, 'l', 'Have you lodged your application yet?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Home Affairs sends the appointment; the test info is at immi.homeaffairs.gov.au.'],
      [70, 'p', 'ok'],
      [80, 'l', 'Reckon that covers it. Cheers and good luck!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness still reads: "Think that sorts it?" (British)',
    lines: [
      [0, 'p', 'where can I revise for the theory test'],
      [15, 'l', 'Hello, Jo here from Ask a Librarian.'],
      [25, 'l', 'Is it the car theory test?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The official practice questions are at gov.uk/take-practice-theory-test.'],
      [60, 'l', 'Think that sorts it?'],
      [70, 'p', 'yes thanks'],
      [80, 'l', 'Bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  // ---- appStoreF3: the store named, no app given ----------------------------------------------------------------------
  {
    name: 'appStoreF3: "You\'d have to get a refund through the App Store." gives no source',
    lines: [
      [0, 'p', 'i bought a book by accident in the kindle app, can the library refund it?'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Did you buy it on an iPhone?'],
      [40, 'p', 'yes'],
      [50, 'l', "The library can't refund that. You'd have to get a refund through the App Store."],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3: "You may get a pop-up from the App Store asking for your Apple ID password." gives no source',
    lines: [
      [0, 'p', 'libby keeps asking for a password??'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it Libby asking, or your iPhone?'],
      [40, 'p', 'not sure'],
      [50, 'l', 'You may get a pop-up from the App Store asking for your Apple ID password. That one is Apple, not us.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3: "Install any pending updates via the Play Store, then restart the tablet." gives no source',
    lines: [
      [0, 'p', 'my samsung tablet wont open any apps'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Does it freeze or close?'],
      [40, 'p', 'close'],
      [50, 'l', 'Install any pending updates via the Play Store, then restart the tablet.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3: chat-speak "u might get charged on google play if u tap buy" gives no source',
    lines: [
      [0, 'p', 'is the audiobook app free'],
      [15, 'l', 'hi! jo here at ask us now'],
      [25, 'l', 'which app do u mean?'],
      [40, 'p', 'the one on my phone idk'],
      [50, 'l', 'u might get charged on google play if u tap buy, so dont'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3: "Getting apps from the App Store needs an Apple ID, so set that up first." gives no source',
    lines: [
      [0, 'p', 'i have a new ipad and want to read library books'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Have you set up the iPad yet?'],
      [40, 'p', 'no'],
      [50, 'l', 'Getting apps from the App Store needs an Apple ID, so set that up first.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3 still reads: "Mango Languages has a free app, grab it from Google Play."',
    lines: [
      [0, 'p', 'i want to learn korean on my phone'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it an Android phone?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Mango Languages has a free app, grab it from Google Play and sign in with your card.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'appStoreF3: "If you get stuck on the App Store login, restart the phone." gives no source',
    lines: [
      [0, 'p', 'my phone wont let me read library books'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it an iPhone or Android?'],
      [40, 'p', 'iphone'],
      [50, 'l', 'If you get stuck on the App Store login, restart the phone.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3: Indian English "Kindly do not get confused by the ads in the Play Store." gives no source',
    lines: [
      [0, 'p', 'my phone wont let me read library books'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it an iPhone or Android?'],
      [40, 'p', 'iphone'],
      [50, 'l', 'Kindly do not get confused by the ads in the Play Store, the library apps are free.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3: "Make sure you get signed in on the App Store first." gives no source',
    lines: [
      [0, 'p', 'my phone wont let me read library books'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it an iPhone or Android?'],
      [40, 'p', 'iphone'],
      [50, 'l', 'Make sure you get signed in on the App Store first, then try again.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'appStoreF3 still reads: British "Pop over and get BorrowBox from the App Store, it\'s free."',
    lines: [
      [0, 'p', 'my phone wont let me read library books'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it an iPhone or Android?'],
      [40, 'p', 'iphone'],
      [50, 'l', "Pop over and get BorrowBox from the App Store, it's free with your card."],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass' }),
  },
  // ---- onlineTutorsF3: tutors at places, other bodies' online tutors --------------------------------------------------
  {
    name: 'onlineTutorsF3: "The Homework Help Center downtown has tutors who can help with algebra." refers (no contact)',
    lines: [
      [0, 'p', 'my son needs help with algebra homework'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'What grade is he in?'],
      [40, 'p', '8th'],
      [50, 'l', 'Khan Academy has algebra lessons at khanacademy.org/math. The Homework Help Center downtown has tutors who can help with algebra too.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'onlineTutorsF3: "If you need help now, the tutors at the Writing Center can help." refers (no contact)',
    lines: [
      [0, 'p', 'my essay is due tonight and my thesis is bad'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it for a class at the college?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Purdue OWL has thesis tips at owl.purdue.edu. If you need help now, the tutors at the Writing Center can help.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'onlineTutorsF3: "The Literacy Council has online tutors who can help; call them at 301-600-2066." refers (contact)',
    lines: [
      [0, 'p', 'my mom wants to study for the GED but she works days'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Does she need the reading part or all of it?'],
      [40, 'p', 'all of it'],
      [50, 'l', 'The GED Ready tests are at ged.com. The Literacy Council has online tutors who can help; call them at 301-600-2066.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'onlineTutorsF3: "Frederick Community College\'s virtual tutors can help" refers (no contact)',
    lines: [
      [0, 'p', 'i need help with chemistry for my FCC class'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it general chemistry?'],
      [40, 'p', 'yes'],
      [50, 'l', "OpenStax has a free chemistry textbook at openstax.org. Frederick Community College's virtual tutors can help too."],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'onlineTutorsF3: "Frederick Community College has virtual tutors who can help" refers (no contact)',
    lines: [
      [0, 'p', 'i need help with chemistry for my FCC class'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it general chemistry?'],
      [40, 'p', 'yes'],
      [50, 'l', 'OpenStax has a free chemistry textbook at openstax.org. Frederick Community College has virtual tutors who can help too.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'onlineTutorsF3 still reads: "Our online tutors can walk you through the essay." is the resource, no referral',
    lines: [
      [0, 'p', 'can someone look at my essay intro'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it for high school?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Log in to Tutor.com at library.org/tutor with your card. Our online tutors can walk you through the essay.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'appStoreF3 still reads: "Just download the USCIS Civics Test app through the Apple App Store."',
    lines: [
      [0, 'p', 'how can i practice citizenship questions on my iphone'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it the civics questions?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Just download the USCIS Civics Test app through the Apple App Store.'],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'completeness still reads: "So do u think that answers it?"',
    lines: [
      [0, 'p', 'where do i find practice tests for the permit test'],
      [15, 'l', 'hi! jo here at ask us now'],
      [25, 'l', 'which state?'],
      [40, 'p', 'maryland'],
      [50, 'l', 'the MVA has practice tests at mva.maryland.gov. so do u think that answers it?'],
      [70, 'p', 'yes thanks'],
      [75, 'l', 'bye!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'holdWeak still reads: "ok lemme reproduce that on our staff Kindle real quick" is a hold, the final idle begins after it',
    lines: [
      [0, 'p', 'my kindle says the book cant be delivered'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it a Kindle Fire?'],
      [40, 'p', 'yes'],
      [50, 'l', 'ok lemme reproduce that on our staff Kindle real quick'],
      [140, 'l', 'Same here: Fire tablets need the Libby app, at help.libbyapp.com. Does that help?'],
      [200, 'l', 'Goodbye!'],
    ],
    exp: some({ idle: 'na' }),
  },
  {
    name: 'stillThere still reads: "r u still at it?" in the final idle checks in',
    lines: [
      [0, 'p', 'how do i return a hoopla book early'],
      [15, 'l', 'hi! jo here at ask us now'],
      [25, 'l', 'is it a comic or an ebook?'],
      [40, 'p', 'ebook'],
      [50, 'l', 'hoopla ebooks return themselves; the help page is hoopladigital.com/help. does that help?'],
      [200, 'l', 'r u still at it?'],
      [260, 'l', 'looks like youve disconnected, so ill end the chat now. thanks for using ask us now!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'onlineTutorsF3 still reads: "Brainfuse\'s live tutors can walk you through it" is the resource, no referral',
    lines: [
      [0, 'p', 'i need help with fractions for the GED'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Is it the math test?'],
      [40, 'p', 'yes'],
      [50, 'l', "Brainfuse is free with your card at library.org/brainfuse. Brainfuse's live tutors can walk you through it."],
      [70, 'p', 'ok thanks'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
];
/** Misread, but not by F3 or F4: the older stillThere phrase (v29 and before) reads it. */
export const LEFT: SessionCase[] = [
  // LEFT: v29 already reads "are you still working on it" as a check-in; only F3 / F4 settings are narrowed here
  {
    name: 'stillThere: "Are you still working on it, or has it been handed in?" (the essay) asks about the need',
    lines: [
      [0, 'p', 'i need help citing a website in APA for my essay'],
      [15, 'l', 'Hi, this is Jo at Ask Us Now.'],
      [25, 'l', 'Are you still working on it, or has it been handed in already?'],
      [40, 'p', 'still working, due friday'],
      [50, 'l', 'Purdue OWL shows APA website citations: owl.purdue.edu/owl/research_and_citation. Does that help?'],
      [70, 'p', 'yes thats all'],
      [75, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass' }),
  },
];

describeSessions('twenty-ninth round, second wave (G3): near misses of blocks F3 and F4', guards);

describeLeft('twenty-ninth-round-sources-checked', LEFT);
