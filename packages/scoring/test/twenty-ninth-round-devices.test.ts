/**
 * Twenty-ninth round, area (F4): E-MEDIA AND DEVICE TROUBLESHOOTING, LONG WALKTHROUGHS. Libby/OverDrive, hoopla, Kanopy,
 * cloudLibrary, BorrowBox, e-readers (Kindle, Nook, Kobo), apps that will not sign in, audiobooks on a car's system
 * (CarPlay, Android Auto), Wi-Fi and printing from phones. Long sessions where the provider waits on the patron to try a
 * step and the patron waits on the provider to test something: the spans of interest.keep_informed, the final idle of
 * session.idle_checkin / session.disconnect_notice, and the ordinary checks.
 *
 * Spans computed from RUBRIC.md's Terms before the scorer ran (each case says its own):
 * - waiting on the provider begins at a patron message or a provider hold message, ends at the next provider message
 *   (internal and system messages do not end it); further patron messages ("hello??", "still not working", "also it's a
 *   2019 model") do NOT restart it: the span runs from the first one;
 * - a patron's "ok trying it now" / "back in a few" begins a wait on the provider like any patron message: left without a
 *   provider reply for more than 120 s it fails (the literal Term; the rubric has no exception for a patron who stepped
 *   away);
 * - "take your time", "I'll keep the chat open", "I'll wait while you try that", "let me know when it's installed" are no
 *   hold: they start a wait on the patron, however long;
 * - "let me test this with my own card", "still testing", "still checking with our IT notes" are holds: each ends one
 *   span and starts the next;
 * - a hold still open when the session ends does not count (and leaves no final idle: no non-hold provider message after
 *   the patron's last one);
 * - the final idle starts at the first non-hold provider message after the patron's last visible message, and ends at
 *   the provider's goodbye when the last visible message is one, else at endedAt.
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - "This chat session is being closed due to inactivity" tells the patron they seem gone and that the session ends: a
 *   disconnect notice; "looks like u stepped away so im gonna close this chat" is one too;
 * - "Does that get you in?", "Did that get you all set?", "Has that sorted it?" after the steps ask whether what was given
 *   meets the need (completeness); "Could you try that?" and "Let me know if the code comes up" do not;
 * - "call your branch at 301-…" refers the patron to their library's branch (a referral with a contact);
 * - an app named without a way to reach it ("cloudLibrary") is no source.
 *
 * Written: 38 whole sessions (27 first, 11 more saying the fixed behaviours in other words; 35 run, 3 in `LEFT`), 27 short
 * cases, 11 near misses (`guards`), all labelled before the scorer ran on them.
 * First run (27 whole, 24 short): 4 of 78 tests disagreed, on 9 check statuses: approachability.greeting 1,
 * interest.keep_informed 2, inquiry.clarify 2, info.source 1, followup.completeness 1, closing.anything_else 1,
 * session.idle_checkin 1. None was my label (0 labels corrected); all 9 were the scorer. Fixed in block F4:
 * - holdWeak: "ok lemme test w/ my login real quick", "Let me reproduce that on our test Kobo", "im gonna test it w/ our
 *   staff card" announce a look-up (a hold) [near misses: "Test it with your own login first", "I'll test it … tomorrow
 *   and email you", "Let me test your card number: …"];
 * - stillThere: "Are you still trying the steps?", "r u still working on it?", "Are you still going through those
 *   steps?" ask whether the patron is there [near misses: "Are you still trying it on the old iPad or the new one?",
 *   "Are you still using the OverDrive app?"];
 * - `sympathyFillerF4`: "Sorry about that.", "Oh no, sorry to hear that!", "So sorry for the trouble." after a greeting
 *   are filler: a patron who vanished after the greeting and a hold had no substantive exchange [near misses: "Sorry,
 *   that title isn't in our hoopla collection.", "Sorry to hear that; help.libbyapp.com has the fix …"];
 * - (withdrawn) a domain inside a question asking the patron's route ("… or straight to kanopy.com?") as no source: the
 *   whole suite showed twenty-fourth-round-identifiers' UMBC case relabelled to the opposite reading ("… or going to
 *   jstor.org directly?": the question is in the first message giving a source, clarify fails). RUBRIC.md does not plainly
 *   say that label is wrong, and no narrower fix tells the two apart: the three sessions of it are in `LEFT`;
 * - `lowerImF4`: "hi! im Jess, student assistant … :) which login r u using?", "hey there, im Ollie!", "hi!! im Carlos :)"
 *   introduce [near misses: "hi! im Sorry for the wait", "hey, im Still checking"];
 * - `appStoreNameF4` (found while writing a near miss: "Update Libby from the App Store." was read as "Libby" introducing
 *   herself, a false greeting pass in this area's commonest sentence) ["Hi, Jo here, get Libby from the App Store.",
 *   "Hi! Libby from the Towson Library here!" still introduce].
 * Left: 3 (the route questions above).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, noTransfer, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

export const whole: SessionCase[] = [
  {
    name: 'warm public library, Libby "card invalid": PIN reset, patron tries it, all well',
    lines: [
      [0, 'p', 'hi, Libby keeps saying my card number is invalid when I try to add the library'],
      [25, 'l', "Hi there! This is Megan at Carroll County Public Library. Sorry Libby is giving you trouble. Are you using the number on the back of your plastic card, or the one in our app?"],
      [70, 'p', 'the one on the back, it starts with 2 1 2 9'],
      [85, 'l', 'Thanks. Let me look up how your card is set up, one moment.'],
      [170, 'l', "OK, your card is active, but your PIN was reset last month. You can set a new one at catalog.carr.org under My Account > Forgot PIN, then add the library in Libby again with the new PIN."],
      [200, 'p', 'ok trying it now'],
      [215, 'l', "Take your time, I'll be right here."],
      [320, 'p', 'it worked!! I can see my loans'],
      [335, 'l', 'Wonderful! Did that solve the problem for you?'],
      [360, 'p', 'yes thank you'],
      [370, 'l', 'Is there anything else I can help you with today?'],
      [395, 'p', "no that's it"],
      [405, 'l', 'Thanks for chatting with us, happy reading! Bye!'],
    ],
    exp: usual(),
  },
  {
    // final idle 130 -> 420 (the goodbye) = 290 s: check-in at 290, notice at 420. "Did the code show up?" is not asked.
    name: 'terse veteran, hoopla on a Roku: patron goes to the TV and never comes back; check-in and notice given',
    lines: [
      [0, 'p', 'how do I get hoopla on my roku tv'],
      [30, 'l', 'Hi, ref desk, Dave at Anne Arundel County Public Library. You have a hoopla account already, on phone or computer?'],
      [75, 'p', 'yes on my phone'],
      [90, 'l', 'Good. On the Roku: Streaming Channels, search hoopla, add it. Open it, it shows a code. On your phone go to hoopladigital.com/link and type the code in.'],
      [120, 'p', 'ok going to the tv now'],
      [130, 'l', "Sure, I'll stay on."],
      [290, 'l', 'Are you still there?'],
      [420, 'l', "Looks like we got disconnected. I'll close this chat now; reach us again anytime at aacpl.net/ask. Bye!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // hold at 60, next provider message at 240: 180 s > 120
    name: 'student worker, Kanopy credits: "lemme test w/ my login" then 3 minutes of silence: keep_informed fails',
    lines: [
      [0, 'p', 'hey kanopy says ive used all my tickets this month?? i only watched 2 things'],
      [20, 'l', 'hi! im Jess, student assistant at the Ellis Library help desk :) which login r u using, the university one or a public library card?'],
      [50, 'p', 'university one'],
      [60, 'l', 'ok lemme test w/ my login real quick'],
      [240, 'l', 'so our Kanopy plan gives 4 credits a month and films use 1-3 each depending on length. u can see ur balance under My Account at mizzou.kanopy.com'],
      [270, 'p', 'ohh thats why. ok'],
      [280, 'l', 'does that answer ur question?'],
      [300, 'p', 'yep thx'],
      [310, 'l', 'np! anything else?'],
      [330, 'p', 'nope'],
      [340, 'l', 'ok have a good one, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // holds at 100, 200 (100 s), answer at 290 (90 s); "No rush." at 330 is no hold; the patron's wait 450 -> 460
    name: 'British, BorrowBox audiobook stuck at 0%: "Bear with me", "Still looking", then the fix; "that\'s all I needed"',
    lines: [
      [0, 'p', 'Hello, my BorrowBox audiobook is stuck at 0% downloading on my iPad.'],
      [35, 'l', "Good afternoon, you're through to Hannah at Leeds Libraries' online enquiry service. Sorry to hear that. Which version of iPadOS are you on, and are you on Wi-Fi or mobile data?"],
      [90, 'p', 'iPadOS 17, on home wifi'],
      [100, 'l', 'Thank you. Bear with me while I check the BorrowBox known issues page.'],
      [200, 'l', 'Still looking, nearly there.'],
      [290, 'l', "Right: BorrowBox list a fix at borrowbox.com/help. Delete the title from the app (it stays on loan), switch Low Power Mode off, then tap Download again."],
      [320, 'p', 'Hang on, trying that now'],
      [330, 'l', 'No rush.'],
      [450, 'p', "Brilliant, it's downloading now!"],
      [460, 'l', 'Excellent! Has that sorted it?'],
      [480, 'p', "Yes, that's all I needed, thank you so much."],
      [490, 'l', "You're very welcome. Enjoy the book, goodbye!"],
    ],
    exp: usual(),
  },
  {
    // the patron's "heading down to the car" at 120 begins a wait on the provider; no provider message until 380: 260 s
    name: 'Australian, Libby on CarPlay: patron goes to the car and back, provider silent 260 s after "back in a few": keep_informed fails (literal Term)',
    lines: [
      [0, 'p', "G'day, my Libby audiobook won't show up on Apple CarPlay in my car"],
      [40, 'l', "Hi there, Sam from the State Library of Queensland's Ask a Librarian here. Is the audiobook downloaded to the phone, or streaming?"],
      [80, 'p', 'downloaded I think'],
      [95, 'l', "Righto. In the iPhone's Settings go to General > CarPlay, pick your car, Customise, and make sure Libby is added. Libby's help page at help.libbyapp.com has the CarPlay steps too. Give that a go."],
      [120, 'p', 'ok heading down to the car to try, back in a few'],
      [380, 'p', "yep it's there now, ta!"],
      [390, 'l', 'Beauty! Did that fix it for you?'],
      [410, 'p', 'yes all good'],
      [420, 'l', 'Anything else I can help with today?'],
      [440, 'p', 'no thats it cheers'],
      [450, 'l', 'No worries, thanks for chatting, safe driving!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // final idle 85 -> end 295 = 210: check-in at 235, no notice
    name: 'Spanish, library Wi-Fi on an Android phone: steps, then "¿Sigue ahí?", no notice',
    lines: [
      [0, 'p', 'hola, no me puedo conectar al wifi de la biblioteca con mi celular'],
      [30, 'l', '¡Hola! Soy Lucía de la Biblioteca Pública de Montgomery County. ¿En qué sucursal está usted, y le aparece la red MCPL-Public?'],
      [70, 'p', 'en Wheaton. si aparece pero no abre la pagina para aceptar'],
      [85, 'l', 'Entiendo. Abra Chrome y escriba neverssl.com; eso debería abrir la página para aceptar las condiciones. Las instrucciones están en montgomerycountymd.gov/library/wifi.'],
      [235, 'l', '¿Sigue ahí?'],
    ],
    over: { endAfter: 60 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Indian English, printing a PDF from an Android phone: hold, steps, release code, "That is all."',
    lines: [
      [0, 'p', 'Good morning madam, kindly tell how to print a PDF from my mobile to library printer'],
      [45, 'l', 'Good morning! This is Priya with the Ask Us chat at Howard County Library System. Which branch will you collect the printout from?'],
      [80, 'p', 'Central branch. I am having Android phone'],
      [95, 'l', "One moment please, I'm pulling up the mobile printing steps for Central."],
      [180, 'l', "Here you go: open hclibrary.org/print on your phone, choose 'Central - B&W', upload the PDF and type your email, then release it at the print station with your card. Pages are 10 cents."],
      [230, 'p', 'I have uploaded. It is asking for release code?'],
      [245, 'l', 'Yes, the release code is sent to the email you typed. Type it at the station, or swipe your card. Does that work?'],
      [300, 'p', 'Yes got the mail. Thank you very much. That is all.'],
      [310, 'l', "You're welcome, thank you for using Ask Us. Have a nice day!"],
    ],
    exp: usual(),
  },
  {
    // follow-up by me: e-mail read back, "by tomorrow afternoon"; "Could you try that?" is no completeness question
    name: 'Libby to an old Kindle Keyboard never arrives: follow-up by e-mail by tomorrow afternoon',
    lines: [
      [0, 'p', 'Hi. I sent a Libby book to my Kindle 3 days ago and it never showed up.'],
      [30, 'l', "Hello, this is Marcus, a librarian at Baltimore County Public Library. Sorry about that! Did you choose 'Read with Kindle' and then 'Get Library Book' on Amazon's page?"],
      [75, 'p', 'yes it says it was delivered on the amazon site'],
      [90, 'l', 'Let me check a couple of things on our end, one moment.'],
      [175, 'l', 'Your Libby loan looks fine on our side. Is the Kindle on Wi-Fi, and have you tried Sync My Kindle from the settings?'],
      [240, 'p', 'yes and yes. still nothing. its an old kindle keyboard'],
      [255, 'l', "Thanks. Older Kindles sometimes need the book sent from Amazon's Content & Devices page: amazon.com/mycd, find the title, Deliver to device. Could you try that?"],
      [330, 'p', 'no it says delivery failed'],
      [345, 'l', "Hmm. I'd like to ask our e-resources librarian about this. Can I email you what she says by tomorrow afternoon? What's the best address?"],
      [380, 'p', "sure, it's dlewis52@gmail.com"],
      [390, 'l', "Got it: dlewis52@gmail.com. I'll email you by tomorrow afternoon. Anything else for today?"],
      [410, 'p', "no thanks, that's all"],
      [420, 'l', 'Thank you for your patience, talk to you tomorrow. Bye!'],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'statewide service, cloudLibrary "card not valid": referred to the home library with phone and e-mail',
    lines: [
      [0, 'p', 'cloudLibrary app wont let me log in, says library card not valid'],
      [20, 'l', 'Hi, Pat at Maryland AskUsNow! here. Which library is your card from?'],
      [50, 'p', 'Calvert county'],
      [60, 'l', 'Your card may need e-media access turned on. Call Calvert Library at 410-535-0291 and they can check the card.'],
      [100, 'p', "they're closed now"],
      [110, 'l', 'They open at 9 tomorrow. You can also email them at info@calvertlibrary.info. Did that answer your question?'],
      [140, 'p', 'ok'],
      [150, 'l', 'Anything else?'],
      [170, 'p', 'no'],
      [180, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // holds at 110 and 200 (90 s); the answer at 350 is 150 s after "Still checking"
    name: 'non-native patron, hoopla borrow limit: "Still checking…" then 150 s: keep_informed fails',
    lines: [
      [0, 'p', 'hello, hoopla say I reach limit of borrows but I borrow only 3 this month'],
      [50, 'l', "Hello, welcome to Ask a Librarian! I'm Tomás from Frederick County Public Libraries. Are you looking at the number on the Borrowed tab in the app?"],
      [100, 'p', 'yes. there are 3 there'],
      [110, 'l', 'Let me check our hoopla settings, please give me a minute.'],
      [200, 'l', 'Still checking with the admin panel...'],
      [350, 'l', "Found it: our limit is 4 a month, and a title you returned early still counts for that month. The count resets on the 1st. It's explained at fcpl.org/hoopla."],
      [380, 'p', 'ahh ok, I return one early, so that counts. I understand now'],
      [390, 'l', 'Yes, exactly. Does that answer your question?'],
      [410, 'p', 'yes thank you'],
      [420, 'l', 'Is there anything else I can help you with?'],
      [440, 'p', 'no, thank you very much'],
      [450, 'l', "You're welcome! Thanks for chatting, have a good evening."],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // the patron is away 135 -> 360 on the provider's "let me know when it's installed": a wait on the patron
    name: 'older patron, OverDrive app going away: install Libby, check-in mid-session, patron returns, all well',
    lines: [
      [0, 'p', 'Hello dear, my granddaughter put the OverDrive app on my tablet and now it says it is going away. What do I do?'],
      [40, 'l', 'Hello! This is Carol at Harford County Public Library, happy to help. What kind of tablet is it, a Samsung, an iPad, or a Kindle Fire?'],
      [120, 'p', 'It is a Samsung Galaxy Tab'],
      [135, 'l', "Thank you. The OverDrive app has been replaced by Libby. Open the Play Store, search for Libby by OverDrive, and tap Install. Let me know when it's installed."],
      [300, 'l', 'Are you still there? No rush, just checking in.'],
      [360, 'p', "Yes I'm here, it took a while. It is installed now."],
      [375, 'l', "Wonderful. Open Libby, tap 'Yes' when it asks if you have a library card, and search for Harford. Then type your card number and PIN. Our Libby guide with pictures is at hcplonline.org/libby."],
      [500, 'p', 'It worked! I see my book from before.'],
      [515, 'l', 'Oh good! Did that get you all set?'],
      [540, 'p', 'Yes, thank you so much, you were very patient.'],
      [550, 'l', 'My pleasure! Anything else I can help with today?'],
      [600, 'p', 'No, that is all.'],
      [610, 'l', 'Enjoy your reading, and thanks for chatting with Harford County Public Library. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    // no substantive exchange: greeting, hold, check-in, disconnect notice only; final idle 25 -> 230 = 205
    name: 'Libby crashes on audiobooks: patron vanishes after the question; greeting, hold, check-in, notice (Lost Call)',
    lines: [
      [0, 'p', 'my libby app keeps crashing when i open an audiobook'],
      [25, 'l', 'Hi, this is Ana at Ask Us Now! Sorry about that.'],
      [30, 'l', 'One moment while I look up the Libby crash notes.'],
      [130, 'l', 'Are you still there?'],
      [230, 'l', "It seems you've been disconnected, so I'll end this chat. Please come back if you need help. Goodbye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // final idle 215 -> 465 (the goodbye) = 250: macro check-in at 345, macro "closed due to inactivity" at 465
    name: 'scripted macros, Libby hold wait: answered, patron leaves; macro check-in and macro close for inactivity',
    lines: [
      [0, 'p', 'how long is the wait for my hold on Libby, it says 12 weeks'],
      [20, 'l', "Welcome to Ask Us Now! You are chatting with a librarian from Prince George's County Memorial Library System. I'll be with you in just a moment."],
      [40, 'l', "Hi, I'm Kim. Is it the audiobook or the ebook you have on hold?"],
      [65, 'p', 'the ebook, Fourth Wing'],
      [80, 'l', 'Let me look at the hold queue for you.'],
      [160, 'l', "There are 212 holds on 31 copies, so 12 weeks is about right. You can see your place in line under Shelf > Holds in Libby, and tap 'Deliver later' if you're not ready when it comes in. help.libbyapp.com explains it."],
      [200, 'p', 'wow ok. thanks'],
      [215, 'l', 'Did that answer your question?'],
      [345, 'l', "Are you still there? If I don't hear from you in a few minutes, I'll end this session."],
      [465, 'l', 'This chat session is being closed due to inactivity. If you have further questions, please reconnect. Thank you for using Ask Us Now!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // patron 45, 55, 90, 140 ("hello??") do not restart: 45 -> 205 = 160 s
    name: 'chat-speak, hoopla on a Chromebook: patron sends four messages while the provider is silent 160 s: keep_informed fails',
    lines: [
      [0, 'p', 'help my hoopla wont play anything on my chromebook'],
      [20, 'l', 'Hi! This is Ren at Ask a Librarian, Howard County Library. Is it the hoopla website or the app from the Play Store?'],
      [45, 'p', 'website'],
      [55, 'p', 'it just spins'],
      [90, 'p', 'tried restarting too'],
      [140, 'p', 'hello??'],
      [205, 'l', "Sorry for the wait! Hoopla's player needs cookies allowed for hoopladigital.com: go to Settings > Privacy and security > Third-party cookies and add it under Allowed. The steps are on hoopladigital.com/help."],
      [260, 'p', 'omg that was it its playing'],
      [270, 'l', 'Yay! Did that fix it?'],
      [285, 'p', 'yes ty'],
      [290, 'l', 'Anything else I can help with?'],
      [310, 'p', 'nah im good'],
      [320, 'l', 'Enjoy! Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // holds at 95, 200 (105), 310 (110), answer 400 (90)
    name: 'formal academic, EBSCO eBook in Adobe Digital Editions: provider reproduces it, "still testing" every ~100 s',
    lines: [
      [0, 'p', "Good evening. I am trying to download an EBSCO eBook chapter for offline reading but Adobe Digital Editions says 'E_ACT_NOT_READY'."],
      [30, 'l', "Good evening, and thank you for contacting the University of Maryland Libraries' Ask Us service. My name is Dr. Okafor. Are you using a Mac or Windows, and is ADE authorized with an Adobe ID?"],
      [80, 'p', 'Windows 11. I believe I authorized it when installing, but I am not certain.'],
      [95, 'l', 'Thank you. I will reproduce this with my own copy of ADE; please bear with me.'],
      [200, 'l', 'Still testing; the download on my side is completing now.'],
      [310, 'l', "I'm still working on this: my test download worked after authorizing, so I'm confirming the steps."],
      [400, 'l', "Here are the steps: in ADE, go to Help > Authorize Computer, sign in with an Adobe ID, then open the .acsm file again. EBSCO's guide is at connect.ebsco.com (search 'E_ACT_NOT_READY')."],
      [470, 'p', 'I was not authorized. It has opened now.'],
      [485, 'l', 'Excellent. Does that fully answer your question?'],
      [520, 'p', 'It does. That is everything, thank you.'],
      [530, 'l', 'You are most welcome. Good night.'],
    ],
    exp: usual(),
  },
  {
    // "I'll keep the chat open for a bit" is no hold: the patron's 365 s away is a wait on the patron
    name: 'hoopla audiobook stops in the car when the screen locks: patron tests it on the drive home, back 6 minutes later',
    lines: [
      [0, 'p', 'Hi, my hoopla audiobook stops playing in the car whenever my phone screen locks'],
      [30, 'l', "Hi! You've reached Ask Us at Washington County Free Library, this is Beth. Is your phone an iPhone or Android?"],
      [60, 'p', 'android, a pixel 7'],
      [75, 'l', "Thanks! On Android this is usually battery optimisation. Go to Settings > Apps > hoopla > Battery and choose 'Unrestricted'. Hoopla's help article on it is at hoopladigital.com/help."],
      [95, 'p', "ok, I'll try it on my drive home, can you stay on?"],
      [105, 'l', "Sure, I'll keep the chat open for a bit."],
      [470, 'p', 'It kept playing the whole way! Thank you!'],
      [480, 'l', "That's great to hear! Did that solve it?"],
      [500, 'p', "Yes, that's everything. Thanks Beth"],
      [510, 'l', "You're welcome, drive safe. Bye!"],
    ],
    exp: usual(),
  },
  {
    // reading: "call your branch at 301-600-1630" refers to the library's branch, with a contact
    name: 'Nook GlowLight via Adobe Digital Editions: cut short, patron has to pick up a kid; referral to the branch',
    lines: [
      [0, 'p', 'how do i put a library ebook on my nook glowlight'],
      [25, 'l', "Hello! I'm Sara, a librarian at Frederick County Public Libraries. Is it a Nook GlowLight 4, or an older model?"],
      [70, 'p', 'glowlight 4'],
      [85, 'l', "Libby doesn't send to Nook directly, so you'd use a computer: borrow the book at fcpl.overdrive.com, download the EPUB, open it in Adobe Digital Editions, and drag it onto the Nook. Do you have a computer you can use?"],
      [130, 'p', 'yes a laptop'],
      [140, 'l', 'Great. First install ADE from adobe.com/solutions/ebook/digital-editions.html and authorize it with the same Adobe ID as your Nook.'],
      [230, 'p', "ugh this is a lot, i have to go pick up my kid, i'll try tonight"],
      [240, 'l', 'No problem at all! If you get stuck, chat with us again anytime or call your branch at 301-600-1630. Good luck, bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'printing a boarding pass from a phone: all good, but the provider had four chats open',
    lines: [
      [0, 'p', 'Can I print my boarding pass from my phone at the library?'],
      [40, 'l', "Hi, this is Jo at Enoch Pratt Free Library's chat. Yes! Which branch are you going to?"],
      [90, 'p', 'central'],
      [100, 'l', 'Email the boarding pass PDF to prattprint-bw@printeron.net, then at the print release station at Central type the email address you sent it from. Full steps: prattlibrary.org/printing. Does that help?'],
      [150, 'p', 'yes perfect'],
      [160, 'l', 'Anything else?'],
      [180, 'p', "no that's everything, ty"],
      [190, 'l', 'Safe travels, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 600), other('b', 'jo', 0, 600), other('c', 'jo', 50, 700)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: "cloudLibrary" named without a way to reach it is no source; the promise has no "when"
    name: 'cloudLibrary "account suspended" on a Kindle Fire: patron\'s library to follow up, e-mail read back, no time given',
    lines: [
      [0, 'p', 'cloudLibrary says my account is suspended?? i have a kindle fire'],
      [30, 'l', 'Hi there, this is Jo with AskUsNow! Sorry about that. Which library\'s card are you signing in with?'],
      [60, 'p', 'ruth enlow library garrett county'],
      [75, 'l', 'Thanks. Let me see what I can find, one moment.'],
      [170, 'l', "I can't see Garrett County's account records from here, but 'suspended' in cloudLibrary usually means the card has fines over the limit or has expired. Would you like me to have your library contact you about it?"],
      [200, 'p', 'yes please. my email is kwalsh@frostburg.edu'],
      [215, 'l', "Thanks, I've got kwalsh@frostburg.edu. I'm sending this to the Ruth Enlow staff and someone will get in touch with you."],
      [250, 'p', 'ok thanks'],
      [260, 'l', 'You\'re welcome! Thanks for using AskUsNow!, have a good night.'],
    ],
    over: FU_LIB,
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // the last provider message is a hold; the 300 s after it is a span still open at the end: no fail, no final idle
    name: 'Kanopy on Apple TV answered, then "does hoopla work on it?" and "let me check" as the last message',
    lines: [
      [0, 'p', 'hi can I watch kanopy on my apple tv?'],
      [25, 'l', "Hi! Jo from Ask a Librarian at St. Mary's County Library here. Do you have a 4th generation Apple TV or newer?"],
      [60, 'p', "I think so, it's the 4K one"],
      [70, 'l', 'Then yes: search Kanopy in the App Store on the Apple TV, install it, and it shows a code to enter at kanopy.com/activate. Did that help?'],
      [150, 'p', "yes, it's on! also does hoopla work on it?"],
      [160, 'l', 'Good question, let me check.'],
    ],
    over: { endAfter: 300 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // final idle 80 -> 300 (goodbye) = 220; patron sent two messages: Lost Call fails
    name: 'laptop on the library Wi-Fi to print: patron leaves after the steps; check-in and notice; coded Lost Call',
    lines: [
      [0, 'p', 'hi, trying to connect my laptop to the library wifi for the printer'],
      [35, 'l', 'Hello, this is Jo at the Ask Us desk, Cecil County Public Library. Are you at the Elkton branch now?'],
      [70, 'p', 'yes'],
      [80, 'l', 'OK. Join the network CCPL-Guest, open a browser and accept the terms. Then upload your file at cecilcountylibrary.org/wireless-printing and pick it up at the desk.'],
      [210, 'l', 'Hi, are you still with me?'],
      [300, 'l', "I haven't heard from you in a while, so it seems you may have disconnected. I'm going to end this chat now. Feel free to come back anytime. Bye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    name: 'Spanish, Libby language setting: pickup at 95 s, otherwise good',
    lines: [
      [0, 'p', 'buenas, como cambio el idioma de Libby a español?'],
      [95, 'l', '¡Hola! Disculpe la espera.'],
      [100, 'l', 'Soy Marta, bibliotecaria de la Biblioteca del Condado de Montgomery. ¿Usa Libby en un iPhone o en Android?'],
      [140, 'p', 'android'],
      [150, 'l', 'Libby usa el idioma del teléfono. Vaya a Ajustes > Sistema > Idiomas y ponga Español primero. También puede ver help.libbyapp.com/es-es. ¿Le sirvió?'],
      [200, 'p', 'si ya esta en español, gracias!'],
      [210, 'l', '¡Con gusto! ¿Necesita algo más?'],
      [230, 'p', 'no, eso es todo'],
      [240, 'l', 'Gracias por usar nuestro servicio. ¡Hasta luego!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // hold at 100; the patron's 150 does not restart; provider at 240: 140 s
    name: 'Libby on Android Auto: "let me check", patron adds the car model, answer 140 s after the hold: keep_informed fails',
    lines: [
      [0, 'p', "Libby doesn't show on Android Auto in my Honda"],
      [30, 'l', 'Hi, this is Jo, a librarian with Ask Us Now. What phone do you have?'],
      [60, 'p', 'Samsung S22'],
      [100, 'l', "Let me check Libby's Android Auto support, one sec."],
      [150, 'p', "it's a 2019 Honda CR-V if that matters"],
      [240, 'l', "Thanks, that helps. Libby works with Android Auto; on the phone open the Android Auto settings, tap 'Customize launcher' and tick Libby. The Libby help page is help.libbyapp.com. Did that fix it?"],
      [300, 'p', "found it, it's there now"],
      [310, 'l', 'Great! Anything else I can do for you?'],
      [330, 'p', 'nope thanks'],
      [340, 'l', 'Have a great drive, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // hold 65; patron "still there?" 160 does not restart; 175 "still checking" (110 s, a hold); answer 280 (105 s)
    name: 'iPhone cannot find the library printer: patron asks "still there?" during the hold, provider answers with another hold',
    lines: [
      [0, 'p', "hi! i'm at the library and my phone can't find the printer"],
      [20, 'l', 'Hi there! This is Jo at Talbot County Free Library. Which phone are you using, and are you on the TCFL-Public Wi-Fi?'],
      [55, 'p', 'iphone, yes on the wifi'],
      [65, 'l', "Okay, let me check what the iPhone setup is for our printers, one moment."],
      [160, 'p', 'still there?'],
      [175, 'l', 'Yes, still here! Still checking our IT notes, almost there.'],
      [280, 'l', "Found it: iPhones can't print to our printers with AirPrint. Instead, open talbotlibrary.org/print in Safari, upload the file, and release it at the desk printer with your card."],
      [340, 'p', 'ok it printed!'],
      [350, 'l', 'Yay! Was that what you needed?'],
      [370, 'p', 'yes!! thank you'],
      [380, 'l', 'Anything else I can help with today?'],
      [400, 'p', "no that's all"],
      [410, 'l', 'Thanks for stopping by, have a great day!'],
    ],
    exp: usual(),
  },
  {
    // final idle 80 -> 290 (goodbye) = 210: "u still there?" at 210, "looks like u stepped away so im gonna close this chat" at 290
    name: 'student worker, hoopla BingePass: "take ur time!", then "u still there?", then a chat-speak close',
    lines: [
      [0, 'p', 'hey how do i use the hoopla bingepass thing'],
      [15, 'l', 'heyy, Max here from the Ask a Librarian chat at Harford County Public Library! do u mean the BingePass for a specific service, like Great Courses?'],
      [40, 'p', 'yeah the great courses one'],
      [50, 'l', 'cool so in hoopla search Great Courses BingePass, tap Borrow, and u get 7 days of access to all of it. steps r at hoopladigital.com/help too'],
      [70, 'p', 'ok trying it'],
      [80, 'l', 'take ur time!'],
      [210, 'l', 'u still there?'],
      [290, 'l', 'looks like u stepped away so im gonna close this chat, come back anytime if it doesnt work! thx'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the check-in at 180 is before the final idle (215 -> end 370 = 155 s): idle fails, notice na
    name: 'Libby magazines (RBdigital moved): check-in mid-session, then answer and a 155 s final idle with none',
    lines: [
      [0, 'p', 'where did the magazines go in libby'],
      [30, 'l', "Hi, this is Jo at Ask Us, Queen Anne's County Library. Do you mean the magazines you used to get in the RBdigital app?"],
      [180, 'l', 'Are you still there?'],
      [200, 'p', 'sorry yes, RBdigital'],
      [215, 'l', "They moved into Libby: tap the Library tab and then Magazines, or search a title. Libby's page on it is help.libbyapp.com. Does that help?"],
    ],
    over: { endAfter: 155 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  // ---- the same behaviours as the fixes, in other words (written and labelled before the scorer ran on them) ----------
  {
    // hold (test/reproduce) at 70; answer at 220: 150 s
    name: 'Kobo + OverDrive, formal: "Let me reproduce that on our test Kobo." then 150 s: keep_informed fails',
    lines: [
      [0, 'p', 'Good morning. My Kobo Clara says "Sign in to OverDrive failed" every time I try to link my library card.'],
      [35, 'l', 'Good morning, this is Elaine, a librarian with the Ask Us service at Baltimore County Public Library. Which library did you choose on the Kobo when it asked?'],
      [60, 'p', 'Baltimore County Public Library, then I typed my card number and PIN.'],
      [70, 'l', 'Let me reproduce that on our test Kobo.'],
      [220, 'l', 'On our Kobo it failed the same way until the card had a 4-digit PIN. Kobo asks for the PIN, not the password: reset it at bcpl.info/pin and sign in again. Does that answer your question?'],
      [290, 'p', 'It worked with the new PIN. Thank you.'],
      [300, 'l', 'Anything else I can help you with?'],
      [320, 'p', 'No, that is all.'],
      [330, 'l', 'Thank you for contacting us. Goodbye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // hold (test) at 55; answer at 215: 160 s; "hiya, im Tasha, library assistant :)" introduces (lowerIm)
    name: 'chat-speak, cloudLibrary audiobook on Android: "gonna test it w/ our staff card" then 160 s: keep_informed fails',
    lines: [
      [0, 'p', 'cloudlibrary audiobook just says error 1002 on my android'],
      [20, 'l', 'hiya, im Tasha, library assistant :) which book is it?'],
      [45, 'p', 'the women by kristin hannah'],
      [55, 'l', 'ok im gonna test it w/ our staff card'],
      [215, 'l', 'same error on mine, so its the title not ur phone. cloudLibrary says to return it and borrow again; their help page is yourcloudlibrary.com/support. did that work?'],
      [280, 'p', 'yes it plays now'],
      [290, 'l', 'yay! anything else?'],
      [300, 'p', 'no thx'],
      [310, 'l', 'ok bye, enjoy the book!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // final idle 75 -> end 275 = 200: "r u still working on it?" at 205 asks (stillThere); no notice
    name: 'student worker, Libby on a school Chromebook: "r u still working on it?" in the final idle, no notice',
    lines: [
      [0, 'p', 'libby wont load on my school chromebook'],
      [20, 'l', 'hey! Sam from the Ask a Librarian chat at Anne Arundel County Public Library here. r u using the Libby website or the app?'],
      [50, 'p', 'the website'],
      [75, 'l', 'school chromebooks often block it, so try libbyapp.com in a guest window or on ur phone instead'],
      [205, 'l', 'r u still working on it?'],
    ],
    over: { endAfter: 70 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // final idle 90 -> 330 (goodbye) = 240: "Are you still going through those steps?" at 220 asks; notice with goodbye at 330
    name: 'warm, Wi-Fi printing from an iPad: "Are you still going through those steps?" then a notice and goodbye',
    lines: [
      [0, 'p', 'Hi! How do I print from my iPad at the Towson branch?'],
      [25, 'l', "Hello and welcome! I'm Ruth at Baltimore County Public Library. Is the file an email attachment or something saved on the iPad?"],
      [70, 'p', 'an email attachment'],
      [90, 'l', 'Open bcpl.info/mobileprint in Safari, choose Towson, and upload the attachment; then release it at the printer with your card.'],
      [220, 'l', 'Are you still going through those steps?'],
      [330, 'l', "It seems you've stepped away, so I'll close this chat. Come back any time if it doesn't print. Bye for now!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // no substantive exchange: "Oh no, sorry to hear that!" is sympathy only; final idle 20 -> 215 = 195
    name: 'Kanopy will not cast: patron gone after the question; "Oh no, sorry to hear that!", a hold, check-in and notice',
    lines: [
      [0, 'p', 'kanopy wont cast to my tv anymore'],
      [20, 'l', 'Hello, Dana at the Howard County Library chat. Oh no, sorry to hear that!'],
      [25, 'l', 'Give me a moment to look that up.'],
      [140, 'l', 'Hello, are you still there?'],
      [215, 'l', "It looks like you've left the chat, so I'll end it now. Please come back anytime. Goodbye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // no substantive exchange: "So sorry for the trouble." is sympathy only; final idle 30 -> 250 = 220
    name: 'macros, Libby "Something went wrong": patron gone; "So sorry for the trouble." then a hold and the idle macros',
    lines: [
      [0, 'p', 'Libby says Something went wrong, try again later'],
      [30, 'l', 'Thank you for contacting Ask Us Now! My name is Raj. So sorry for the trouble.'],
      [35, 'l', 'Please wait while I check this for you.'],
      [160, 'l', 'Are you still with us?'],
      [250, 'l', 'We have not heard from you in a while, so this session will now be closed. Thank you for using Ask Us Now!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // "hey there, im Ollie!" introduces (lowerIm)
    name: 'student worker, e-reader for a grandmother: "hey there, im Ollie!" greets and introduces',
    lines: [
      [0, 'p', 'which ereader works with the library books? buying one for my grandma'],
      [25, 'l', 'hey there, im Ollie! does she want to read ebooks only, or listen to audiobooks too?'],
      [60, 'p', 'just ebooks'],
      [75, 'l', 'a Kobo is easiest: it has OverDrive built in, so she can borrow right on it. Kindles work too via Libby. our e-reader guide is at sample.org/ereaders. does that help?'],
      [120, 'p', 'yes thats perfect, thats all i needed'],
      [130, 'l', 'awesome, have a good one!'],
    ],
    exp: usual(),
  },
  {
    // "hi!! im Carlos :)" introduces (lowerIm); the question with "or" has no address in it
    name: 'bilingual student worker, audiobook on a car USB stick: "hi!! im Carlos :)" greets and introduces',
    lines: [
      [0, 'p', 'hola, can i put a libby audiobook on a usb for my car? my car has no bluetooth'],
      [30, 'l', 'hi!! im Carlos :) is the car stereo one that plays mp3 files from usb?'],
      [70, 'p', 'yes it plays mp3'],
      [85, 'l', "Libby audiobooks can't be copied to a USB stick, they only play in the app. But hoopla and our CD audiobooks work: search the catalog at sample.org/catalog for audiobook CDs, or use an aux cable from the phone. Did that help?"],
      [150, 'p', 'ok the aux cable, gracias'],
      [160, 'l', 'Anything else?'],
      [175, 'p', 'no eso es todo'],
      [185, 'l', 'ok, bye! buen viaje'],
    ],
    exp: usual(),
  },
];

/** Shared opening for the short cases: the patron asks, Jo greets and clarifies, the patron answers at 50 s. */
const BASE: Line[] = [
  [0, 'p', 'my libby app says "card not recognized"'],
  [20, 'l', 'Hi, this is Jo at Sample County Library. Is it a new card?'],
  [50, 'p', 'yes, got it last week'],
];
const ANS = 'New cards need a PIN first: set one at catalog.sample.org/pin, then add the library in Libby again.';
const L = (t: number, text: string): Line => [t, 'l', text];
const P = (t: number, text: string): Line => [t, 'p', text];
const BYE: Line[] = [P(400, 'yes it works, thanks'), L(410, 'Great, bye!')];

export const short: SessionCase[] = [
  // ---- keep_informed ---------------------------------------------------------------------------------------------------
  { name: 'hold at 60, answer at 175 (115 s): passes', lines: [...BASE, L(60, 'One moment, let me look at your card.'), L(175, ANS), ...BYE], exp: some({ informed: 'pass' }) },
  { name: 'hold at 60, answer at 185 (125 s): fails', lines: [...BASE, L(60, 'One moment, let me look at your card.'), L(185, ANS), ...BYE], exp: some({ informed: 'fail' }) },
  { name: 'no hold: patron at 50, answer at 175 (125 s): fails', lines: [...BASE, L(175, ANS), ...BYE], exp: some({ informed: 'fail' }) },
  { name: 'no hold: patron at 50, answer at 165 (115 s): passes', lines: [...BASE, L(165, ANS), ...BYE], exp: some({ informed: 'pass' }) },
  { name: 'patron "still not working" at 150 does not restart the wait from 50: answer at 190 (140 s) fails', lines: [...BASE, P(150, 'still not working'), L(190, ANS), ...BYE], exp: some({ informed: 'fail' }) },
  { name: '"Take your time." then the patron 250 s later: a wait on the patron, passes', lines: [...BASE, L(60, ANS), P(80, 'trying now'), L(90, 'Take your time.'), P(340, 'ok it worked'), L(350, 'Did that help?'), ...BYE], exp: some({ informed: 'pass' }) },
  { name: '"bear with me" 60, "still looking" 170 and 280, answer 380: passes', lines: [...BASE, L(60, 'Bear with me while I check your account.'), L(170, 'Still looking...'), L(280, 'Still on it, nearly there.'), L(380, ANS), ...BYE], exp: some({ informed: 'pass' }) },
  { name: '"I\'m going to test this with my own card" at 60, answer at 250 (190 s): fails', lines: [...BASE, L(60, "I'm going to test this with my own card, hang on."), L(250, ANS), ...BYE], exp: some({ informed: 'fail' }) },
  { name: 'hold at 60 still open when the session ends at 400: passes', lines: [...BASE, L(60, 'One moment, let me look at your card.')], over: { endAfter: 340 }, exp: some({ informed: 'pass', idle: 'na', disconnect: 'na' }) },
  { name: 'an internal message at 150 does not end the hold from 60: answer at 200 (140 s) fails', lines: [...BASE, L(60, 'One moment, let me look at your card.'), [150, 'i', 'anyone know why new cards fail in Libby?'], L(200, ANS), ...BYE], exp: some({ informed: 'fail' }) },
  { name: '"Let me know when you\'ve restarted the app." then the patron 250 s later: passes', lines: [...BASE, L(60, ANS), L(70, "Let me know when you've restarted the app."), P(320, 'done, it works'), L(330, 'Did that help?'), ...BYE], exp: some({ informed: 'pass' }) },
  { name: '"I\'ll wait while you try that." then the patron 230 s later: passes', lines: [...BASE, L(60, ANS), L(70, "I'll wait while you try that."), P(300, 'ok done'), L(310, 'Did it work?'), ...BYE], exp: some({ informed: 'pass' }) },
  // ---- final idle: check-in and disconnect notice -------------------------------------------------------------------------
  { name: 'answer at 60, end at 170 (idle 110): check-in and notice na', lines: [...BASE, L(60, ANS)], over: { endAfter: 110 }, exp: some({ idle: 'na', disconnect: 'na' }) },
  { name: 'answer at 60, end at 200 (idle 140), nothing: check-in fails, notice na', lines: [...BASE, L(60, ANS)], over: { endAfter: 140 }, exp: some({ idle: 'fail', disconnect: 'na' }) },
  { name: 'answer 60, "Are you still there?" 150, end 250 (idle 190): check-in passes, notice fails', lines: [...BASE, L(60, ANS), L(150, 'Are you still there?')], over: { endAfter: 100 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'answer 60, "It looks like you\'ve disconnected, I\'ll end the chat now." 250 (idle 190): no check-in, notice passes', lines: [...BASE, L(60, ANS), L(250, "It looks like you've disconnected, I'll end the chat now.")], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'answer 60, "Are you still there? It seems we\'ve lost you, so I\'ll close this chat." 250: both pass', lines: [...BASE, L(60, ANS), L(250, "Are you still there? It seems we've lost you, so I'll close this chat.")], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'answer 60, goodbye at 170 then end at 470: the idle ends at the goodbye (110): na', lines: [...BASE, L(60, ANS), L(170, 'Thanks for chatting, bye!')], over: { endAfter: 300 }, exp: some({ idle: 'na', disconnect: 'na' }) },
  { name: 'answer 60, goodbye at 200 (idle 140) with no check-in: check-in fails', lines: [...BASE, L(60, ANS), L(200, 'Thanks for chatting, bye!')], exp: some({ idle: 'fail', disconnect: 'na' }) },
  { name: 'the patron sent the last message ("ok" at 100), end at 500: no final idle', lines: [...BASE, L(60, ANS), P(100, 'ok')], over: { endAfter: 400 }, exp: some({ idle: 'na', disconnect: 'na' }) },
  { name: '"u there?" in chat-speak is a check-in (idle 60 -> 250)', lines: [...BASE, L(60, ANS), L(190, 'u there?')], over: { endAfter: 60 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: '"Hello? Still with me?" is a check-in (idle 60 -> 250)', lines: [...BASE, L(60, ANS), L(190, 'Hello? Still with me?')], over: { endAfter: 60 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'a hold then the answer at 150 after the patron\'s last message: final idle 150 -> 400 (250), nothing: both fail', lines: [...BASE, L(60, 'One sec, checking.'), L(150, ANS)], over: { endAfter: 250 }, exp: some({ idle: 'fail', disconnect: 'fail', informed: 'pass' }) },
  { name: '"Are you still trying the steps? I\'m still here." asks whether the patron is there (idle 60 -> 250)', lines: [...BASE, L(60, ANS), L(190, "Are you still trying the steps? I'm still here.")], over: { endAfter: 60 }, exp: some({ idle: 'pass' }) },
  // ---- the provider never says who is answering; the app is fetched from a store (appStoreNameF4) -----------------------
  { name: '"Hi! Update Libby from the App Store." introduces no one: greeting fails', lines: [[0, 'p', 'libby keeps freezing'], [20, 'l', 'Hi! Update Libby from the App Store.'], [40, 'p', 'ok did it'], [50, 'l', 'Does it work now?']], exp: some({ greeting: 'fail' }) },
  { name: '"Hello, download Hoopla from the Google Play store first." introduces no one: greeting fails', lines: [[0, 'p', 'how do i get hoopla on my tablet'], [20, 'l', 'Hello, download Hoopla from the Google Play store first.'], [40, 'p', 'done'], [50, 'l', 'Now sign in with your card. Did that work?']], exp: some({ greeting: 'fail' }) },
  { name: '"Hey there! Get Kanopy from the Play Store on your TV." introduces no one: greeting fails', lines: [[0, 'p', 'kanopy on android tv?'], [20, 'l', 'Hey there! Get Kanopy from the Play Store on your TV.'], [40, 'p', 'ok'], [50, 'l', 'Then enter the code at kanopy.com/activate. Did that work?']], exp: some({ greeting: 'fail' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for F4's holdWeak "let me test / reproduce" (read as no hold: the 200 s after is a wait on the patron)
  { name: 'near miss: "Test it with your own login first, then let me know." is no hold', lines: noTransfer('kanopy wont play', 'Test it with your own login first, then let me know.'), exp: some({ informed: 'pass' }) },
  { name: 'near miss: "I\'ll test it with my card tomorrow and email you what I find." is a follow-up, no hold', lines: noTransfer('kanopy wont play', "I'll test it with my card tomorrow and email you what I find."), exp: some({ informed: 'pass' }) },
  { name: 'near miss: "Let me test your card number: can you type it again?" is no hold', lines: noTransfer('kanopy wont play', 'Let me test your card number: can you type it again?'), exp: some({ informed: 'pass' }) },
  // near misses for F4's stillThere "are you still trying it" (final idle 60 -> 250, nothing else)
  { name: 'near miss: "Are you still trying it on the old iPad or the new one?" is no check-in', lines: [...BASE, L(60, ANS), L(190, 'Are you still trying it on the old iPad or the new one?')], over: { endAfter: 60 }, exp: some({ idle: 'fail' }) },
  { name: 'near miss: "Are you still using the OverDrive app?" is no check-in', lines: [...BASE, L(60, ANS), L(190, 'Are you still using the OverDrive app?')], over: { endAfter: 60 }, exp: some({ idle: 'fail' }) },
  // near misses for F4's `sympathyFillerF4`: an apology that gives information is an answer (substantive exchange)
  {
    name: 'near miss: "Sorry, that title isn\'t in our collection." gives information: substantive, no source',
    lines: [[0, 'p', 'do you have the audiobook of Iron Flame on hoopla?'], [20, 'l', "Hi, this is Jo at Ask Us. Sorry, that title isn't in our hoopla collection."]],
    over: { endAfter: 60 },
    exp: some({ source: 'fail', clarify: 'fail' }),
  },
  {
    name: 'near miss: "Sorry to hear that; help.libbyapp.com has the fix." gives a source',
    lines: [[0, 'p', 'libby keeps logging me out'], [20, 'l', 'Hi, this is Jo at Ask Us. Sorry to hear that; help.libbyapp.com has the fix under Troubleshooting.']],
    over: { endAfter: 60 },
    exp: some({ source: 'pass', clarify: 'fail' }),
  },
  // near misses for F4's `lowerImF4`: "im" before a capitalised word that is no name
  { name: 'near miss: "hi! im Sorry for the wait, what device is it?" says no one', lines: [[0, 'p', 'libby help'], [20, 'l', 'hi! im Sorry for the wait, what device is it?'], [40, 'p', 'ipad'], [50, 'l', 'Please update it in your app store. Does that help?']], exp: some({ greeting: 'fail' }) },
  { name: 'near miss: "hey, im Still checking, one sec" says no one', lines: [[0, 'p', 'libby help'], [20, 'l', 'hey, im Still checking, one sec'], [100, 'l', 'Please update it in your app store. Does that help?']], exp: some({ greeting: 'fail' }) },
  // near misses for F4's `appStoreNameF4`: a person still introduces
  { name: 'near miss: "Hi, Jo here, get Libby from the App Store." still introduces Jo', lines: [[0, 'p', 'libby help'], [20, 'l', 'Hi, Jo here, get Libby from the App Store.'], [40, 'p', 'ok'], [50, 'l', 'Does that help?']], exp: some({ greeting: 'pass' }) },
  { name: 'near miss: "Hi! Libby from the Towson Library here!" is a person at a library', lines: [[0, 'p', 'libby help'], [20, 'l', 'Hi! Libby from the Towson Library here! What device is it?'], [40, 'p', 'ipad'], [50, 'l', 'Please update it in your app store. Does that help?']], exp: some({ greeting: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: clarify. "Are you going through the library's database list or straight to kanopy.com?" asks the patron's route; the
  // scorer takes the domain in it as a source given, so the question is not before the first source. twenty-fourth-round-
  // identifiers' UMBC case ("… proxy link, or going to jstor.org directly?") was relabelled to that reading (clarify fails),
  // and no narrower fix tells the two apart: left as the older reading.
  {
    name: 'academic cooperative, Kanopy off campus "not authorized": transfer to the campus e-resources librarian, fixed',
    lines: [
      [0, 'p', "Hi, I'm off campus and Kanopy keeps asking me to log in through my institution but my NetID doesn't work"],
      [30, 'l', "Hi, welcome to Ask a Librarian. I'm Jo, a librarian with the cooperative covering for Towson University tonight. Are you going through the library's database list or straight to kanopy.com?"],
      [70, 'p', 'straight to kanopy.com'],
      [80, 'l', "Start from the library's A-Z list at towson.edu/library/databases and click Kanopy there; it sends you through the proxy login. Does that get you in?"],
      [150, 'p', "no, it says my account isn't authorized for this resource"],
      [160, 'l', "That sounds like an account setting I can't see from here. I'm going to transfer you to Towson's e-resources librarian, who's online now; one moment."],
      [165, 'i', "Transferring: Kanopy says NetID 'not authorized' even via the proxy link, patron off campus. Account issue?"],
      xferToRosa(170),
      [190, 'l', 'Hi, Rosa Diaz here, e-resources at Cook Library. Your account is flagged as alumni in our proxy. Are you a current student?', ROSA],
      [230, 'p', 'yes, grad student, started in August'],
      [245, 'l', 'Thanks. Let me fix your patron group, just a minute.', ROSA],
      [330, 'l', 'Done. Log out, clear the cookies for towson.edu, and try the link again.', ROSA],
      [420, 'p', 'it works now!'],
      [430, 'l', 'Great! Is there anything else I can help with?', ROSA],
      [455, 'p', "no that's all, thanks so much"],
      [465, 'l', "You're welcome, good luck with your classes. Bye!", ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  // LEFT: clarify, as the Kanopy transfer case: "r u on libbyapp.com or the app?" read as giving libbyapp.com (the older UMBC reading).
  {
    // "r u on libbyapp.com or the app?" asks the route: the source comes at 60
    name: 'chat-speak, Libby "add a card": "r u on libbyapp.com or the app?" clarifies before the steps',
    lines: [
      [0, 'p', 'how do i add my kids card to libby'],
      [20, 'l', 'hi! Jo @ Sample County Library chat. r u on libbyapp.com or the app?'],
      [40, 'p', 'app'],
      [60, 'l', 'tap Menu, then Add Library Card, pick Sample County and type the kids card number. the Libby help page help.libbyapp.com has pics too. does that help?'],
      [100, 'p', 'got it ty'],
      [110, 'l', 'np, anything else?'],
      [120, 'p', 'nope'],
      [130, 'l', 'bye!'],
    ],
    exp: usual(),
  },
  // LEFT: clarify, as the Kanopy transfer case: the domain in "Are you signing in at hoopladigital.com or through the Roku app?".
  {
    // "Are you signing in at hoopladigital.com or through the Roku app?" asks the route
    name: 'hoopla on Roku says "invalid credentials": "Are you signing in at hoopladigital.com or through the Roku app?"',
    lines: [
      [0, 'p', 'hoopla says invalid email or password but I know it is right'],
      [30, 'l', 'Hello, this is Kim at Ask Us, Carroll County Public Library. Are you signing in at hoopladigital.com or through the Roku app?'],
      [80, 'p', 'the roku app'],
      [95, 'l', 'On the Roku you link with a code instead: choose "Link with activation code", then enter the code at hoopladigital.com/link on your phone. Did that work?'],
      [170, 'p', 'yes! that was it'],
      [180, 'l', 'Great! Is there anything else I can help with?'],
      [200, 'p', "No that's all, thanks"],
      [210, 'l', 'Thanks for chatting, enjoy!'],
    ],
    exp: usual(),
  },
];

describe('twenty-ninth round (F4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (F4): e-media and devices, every check', whole);
describeSessions('twenty-ninth round (F4): e-media and devices, short cases', short);
describeSessions('twenty-ninth round (F4): e-media and devices, near misses of the changes', guards);

describeLeft('twenty-ninth-round-devices', LEFT);
