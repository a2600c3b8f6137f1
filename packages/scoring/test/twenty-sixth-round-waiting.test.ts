/**
 * Twenty-sixth round, area (B2): HOLDS, CHECK-INS AND DISCONNECT NOTICES (`interest.keep_informed`,
 * `session.idle_checkin`, `session.disconnect_notice`), a paraphrase sweep. Every way a provider tells the patron to wait
 * or says what they are doing, checks on a silent patron, and tells a vanished patron the chat will end; with the same
 * words used for something else. Timings sit near the thresholds on both sides (silence 120 s, final idle 120 s / 180 s).
 *
 * Ways real people say it (each is decided inside a session below; the case names quote them):
 * holds, by register
 *  1. formal academic: "Bear with me a moment while I consult the finding aid."
 *  2. formal academic: "I am now searching the Web of Science and Scopus; this may take several minutes."
 *  3. warm public library: "Hang tight! I'm hunting through our local history files for you."
 *  4. warm public library: "Still looking! Thanks so much for your patience."
 *  5. terse veteran: "Give me a few while I dig."
 *  6. terse veteran: "Checking."
 *  7. terse veteran: "one sec, pulling that up"
 *  8. student worker: "kk hang tight", "searching now..."
 *  9. student worker: "lemme poke around a bit"
 * 10. student worker: "brb checking the shelves"
 * 11. backup staff from another state: "I'm checking two databases, back shortly."
 * 12. backup staff: "I'm not local to your library, so it'll take me a minute to find your catalogue."
 * 13. scripted macro: "Thank you for waiting. I am still working on your question."
 * 14. scripted macro: "A librarian is reviewing your question. Please stay on the chat."
 * 15. British: "Just a mo, I'll have a rummage through the parish registers."
 * 16. British: "Sorry for the delay, still ploughing through the 1911 returns."
 * 17. Australian: "Just a tick, having a squiz at the holiday hours."
 * 18. Canadian: "Hold on a sec, eh, the Ontario archives site is being slow."
 * 19. non-native English: "Kindly wait, I am checking for you."
 * 20. non-native English: "Please wait few minute, I search in catalog."
 * 21. chat-speak: "gimme a sec"
 * 22. chat-speak with typo: "sory still lookin, teh database is slow"
 * 23. partial result, search goes on: "Found two articles so far, still going through the rest."
 * 24. running late: "This is taking longer than I expected, sorry! Nearly there."
 * 25. transfer: "I'm transferring you to our health sciences librarian, please hold."
 * 26. "Stand by while I check with a colleague."
 * 27. "Hold on, I'm grabbing the call number for you."
 * check-ins
 * 28. "You still with me?"
 * 29. "Just making sure you're still there?"
 * 30. "Hello?"
 * 31. "Are you there?"
 * 32. "u still there?"
 * 33. "Did I lose you?"
 * 34. "Are you still on the chat, sir?"
 * 35. "Anybody there?"
 * 36. "Can you still see my messages?"
 * 37. "Just checking you're still there." (no question mark)
 * 37a. "Hellooo?", "hey, you still on?", "Are you still needing help with this?", "Is anyone still there?"
 * disconnect notices
 * 38. "Since I haven't heard back I'll close this chat, feel free to reconnect."
 * 39. "I'm going to end our session now." (an end only: no word that the patron seems gone)
 * 40. "It appears we've lost you. I'll be closing this chat shortly; please chat again if you still need help."
 * 41. "Due to inactivity this session will now be closed. Please feel free to contact us again." (macro)
 * 42. "Not hearing anything from your end, so I'm going to close this chat for now."
 * 43. "I haven't had a reply in a while so I'll sign off now, cheers." (British)
 * 44. "Looks like you may have stepped away. I'll end the chat now, but you're welcome back anytime."
 * 45. "Since you have not responded, I am closing this chat. You may contact us again." (non-native)
 * 46. "As there's been no activity for a while, I'm closing this chat.", "You seem to be away from your computer; I'll end
 *     our chat now.", "No reply received. Closing session.", "I'll end the chat as you appear to have gone offline."
 * more holds: "Just a sec!", "Sec.", "Be right back with that!", "Please wait.", "Hold tight, this one's tricky.", "I'm
 *     just going to ask my colleague in Local Studies.", "Digging into the archives now, won't be long.", "Allow me a
 *     moment to check the holdings.", "It'll take me a few minutes to pull the 1940s directories."
 * near misses (the same words, another sense)
 *  a. "You can place a hold on it for pickup at Westside." (a library hold)
 *  b. "Hold down the Shift key while you click each file." (a key)
 *  c. "The wait for that title is about eight weeks, you're number 23." (a waiting list)
 *  d. "Take your time, I'll be right here." (the provider waiting on the patron)
 *  e. "No rush! Let me know when you've found the barcode." (the provider waiting on the patron)
 *  f. the patron's "one sec, finding my card" (a patron's hold is no hold message)
 *  g. "Wait, did you mean 1890 or 1980?" (an interjection in a clarifying question)
 *  h. "Bear in mind the archive is closed on Mondays." (advice)
 *  i. "Are you still in Calgary, or have you moved?" (residence, not the chat)
 *  j. "Are you still a student at Dal?" (status, not the chat)
 *  k. "If you get disconnected, just start a new chat and mention my name." (a conditional, no notice)
 *  l. "Our chat closes at 9 tonight." (the service's hours, no notice)
 *  m. "The database logs you out after 30 minutes of inactivity." (another session)
 *  n. "Searching by ISBN is usually fastest." (advice)
 *  o. "Keep looking along the 641s, it should be on the bottom shelf." (the patron told to look)
 *  p. "I'm still here if you need anything." (no question)
 *  q. a check-in and a notice the patron answers (notices before the patron is back are not in the final idle)
 *  r. "Hang on to your receipt until the refund shows up." (keep)
 *  s. "Please wait for the confirmation email before you come in." (what the patron waits for)
 *  t. "Are you still interested in the ebook version?", "Is he still needing help with the essay?" (the need, a son)
 *  u. "Feel free to poke around the Libby app first.", "It'll take you a minute to fill in the form." (the patron's step)
 *  v. "Since you haven't replied to the pickup notice, that copy went to the next person" (a notice, not the chat)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "since I haven't heard back", "not hearing anything from your end", "I haven't had a reply in a while", "due to
 *   inactivity", "since you have not responded" tell the patron they seem to have disconnected (the guidelines'
 *   example is "it looks like you've disconnected"; silence reported to the patron is the same notice);
 * - an announcement that the chat will end, alone ("I'm going to end our session now"), does not say the patron seems
 *   gone, so disconnect_notice fails when no other message in the final idle does;
 * - "Just making sure you're still there" and "Just checking you're still there." ask whether the patron is still there
 *   even without a question mark (an indirect question), as "Hello?" does;
 * - "I'm still here if you need anything." asks nothing;
 * - a patron's message always starts waiting on the provider, whatever it says: a patron's "one sec" followed by the
 *   patron's next message and a provider reply more than 120 s after the first is a span longer than the standard
 *   (RUBRIC.md: "Further patron messages while it lasts do not restart it");
 * - "This is taking longer than I expected" and "Sorry for the delay, still ploughing through …" are hold messages
 *   (they say the search goes on);
 * - "Checking." and "Sec." alone are hold messages (the provider says what they are doing, or asks for a second);
 * - "I'm just going to ask my colleague in Local Studies." is a hold message (consulting someone is looking it up);
 *   "I'll ask my colleague … and email you by Friday" is a follow-up promise, not a wait in the chat;
 * - a search promised for after the chat ("I'll keep looking in Special Collections and email you … by Friday") asks no
 *   one to wait: no hold message, so the final idle starts at it; "I'll keep looking for a few more minutes, and if I
 *   can't find it I'll email you by tonight" is still a hold;
 * - "Did I lose you?" asks (a check-in) but tells nothing: no disconnect notice on its own;
 * - "I'll close this chat in a couple of minutes if I don't hear back." says nothing of the patron seeming gone.
 * The short cases under "second batch" were written after the first run, looking for more paraphrases (labelled from
 * RUBRIC.md all the same); `guards` holds the near misses of this round's changes.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type SessionCase, some, sys, usual, who } from './helpers';

const NADIA = who('Nadia Osei', 'nadia');
const LOST = { resolutionCode: 'Lost Call' };

export const whole: SessionCase[] = [
  // ---- holds and the silence rule --------------------------------------------------------------------------------------
  {
    name: 'Lakeshore PL, a demolished Carnegie library: "Bear with me while I look through our local history files.", then "Still looking!" 106 s later, the answer 110 s after that: informed passes',
    lines: [
      [0, 'p', "hi there, I'm trying to find out when the old Carnegie library on Elm St was torn down? my grandma worked there"],
      [22, 'l', "Good afternoon and welcome to Ask a Librarian! My name is Renée, I'm a librarian with Lakeshore Public Library."],
      [30, 'l', 'What a lovely thing to look into. Do you know roughly which decade it came down?'],
      [75, 'p', 'maybe 60s? or early 70s'],
      [84, 'l', 'Bear with me while I look through our local history files.'],
      [190, 'l', 'Still looking! The newspaper index has a couple of hits from 1968 I want to check.'],
      [300, 'l', 'Found it: the Lakeshore Gazette of 14 June 1968 reports the demolition started that week. The article is in our digitized newspaper archive at lakeshorepl.ca/gazette. Does that answer your question?'],
      [340, 'p', 'omg yes!! thats exactly it'],
      [348, 'l', 'Wonderful! Is there anything else I can help with today?'],
      [370, 'p', "no that's it, thanks so much"],
      [376, 'l', 'You are very welcome. Thanks for chatting with us, and say hi to your grandma!'],
    ],
    exp: usual(),
  },
  {
    name: 'Hillman Library, microplastics articles: terse "Give me a few while I dig." then the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'Need peer reviewed articles on microplastics in freshwater fish for my bio 210 lab report'],
      [41, 'l', 'Hi, this is Marcus at the Hillman Library research help chat. How many articles do you need, and any date range?'],
      [80, 'p', '3-4, last 10 yrs'],
      [88, 'l', 'Give me a few while I dig.'],
      [213, 'l', 'Try Web of Science (from the library A-Z databases list): microplastic* AND freshwater AND fish, limited to 2014-2024 and to articles, gives 212 results. Is that the kind of thing you need?'],
      [260, 'p', 'yes perfect. thats all i needed thx'],
      [266, 'l', 'Good luck with the report. Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Ellis Library, student worker: picked up at 61 s, "kk hang tight" then "searching now...", the answer 79 s later: pickup fails, informed passes',
    lines: [
      [0, 'p', 'hey do yall have the new Percy Jackson book? the chalice of the gods'],
      [61, 'l', "hey there! I'm Tasha, a student assistant at the Ellis Library help desk :)"],
      [66, 'l', 'do you want print or ebook?'],
      [90, 'p', 'print'],
      [95, 'l', 'kk hang tight'],
      [101, 'l', 'searching now...'],
      [180, 'l', 'yep! The Chalice of the Gods is in the catalog, 1 copy at Ellis, call number PZ7.R41 Pf 2023, status Available. Does that help?'],
      [200, 'p', 'yess ty'],
      [205, 'l', 'np! anything else?'],
      [230, 'p', 'nope'],
      [234, 'l', 'ok thanks for stopping by, bye!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'Answerland backup librarian in Ohio, Ancestry from home: "I\'m checking two databases, back shortly." and the answer 118 s later with the local library\'s number: informed and referral pass',
    lines: [
      [0, 'p', 'Hello, I need to know if my library card from Springfield (Oregon) lets me use Ancestry from home'],
      [18, 'l', "Hello and thanks for contacting Answerland! I'm Gwen, a librarian in Ohio helping with the Oregon after-hours chat."],
      [25, 'l', 'Are you looking to use Ancestry Library Edition from home, or do you already have your own Ancestry account?'],
      [60, 'p', 'library edition. i dont have an account'],
      [70, 'l', "I'm checking two databases, back shortly."],
      [188, 'l', "Thanks for waiting. Ancestry Library Edition normally works only inside the library building; Springfield Public Library's e-resources page at wheremindsgrow.org lists it as in-library only. To ask whether remote access is on, call the Springfield Public Library reference desk at 541-726-3766. Did that answer your question?"],
      [230, 'p', "yes, that's everything, thank you"],
      [236, 'l', "You're welcome! Thanks for using Answerland, goodbye."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Toronto PL, a Canadian provider: "Hold on a sec, eh, the Ontario archives site is being slow." then the answer 131 s later: informed fails',
    lines: [
      [0, 'p', 'where can I find my great-grandmothers marriage record from 1922 in Ontario'],
      [30, 'l', "Hi! You've reached Ask TPL, I'm Kevin. Do you know which county or township she married in?"],
      [66, 'p', 'Wellington county I think'],
      [74, 'l', 'Hold on a sec, eh, the Ontario archives site is being slow.'],
      [205, 'l', "Ontario marriage registrations for 1922 are indexed on FamilySearch (familysearch.org, free account) and the originals are on microfilm at the Archives of Ontario. Search her name with Wellington County and 1922. Is that what you were after?"],
      [240, 'p', 'yes thank you, all set'],
      [246, 'l', 'Glad to help. Anything else before you go?'],
      [262, 'p', 'nope thats all'],
      [268, 'l', 'Thanks for chatting with Ask TPL, take care!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Regional academic chat, a formal provider: "I am now searching Web of Science and Scopus; this may take several minutes." then a "still working" macro, 115 s and 105 s apart: informed passes',
    lines: [
      [0, 'p', 'Good evening. I require sources on the economic effects of the 1845 Irish famine on Liverpool for my dissertation.'],
      [38, 'l', 'Good evening, and welcome to the Research Help service of Northfield University Library. My name is Dr. Alan Pryce.'],
      [46, 'l', 'Is your focus on trade and shipping, or on the arrival of migrants and poor relief?'],
      [100, 'p', 'Primarily migration and poor relief.'],
      [110, 'l', 'Thank you. I am now searching Web of Science and Scopus; this may take several minutes.'],
      [225, 'l', 'Thank you for waiting. I am still working on your question.'],
      [330, 'l', 'I have found a relevant monograph: Frank Neal, Black \'47: Britain and the Famine Irish (1998), held at our library under DA950.7 .N43. Chapter 5 treats Liverpool\'s poor relief. Does this meet your needs?'],
      [390, 'p', 'Yes, most helpful. That is all I need.'],
      [396, 'l', 'You are most welcome. Thank you for using Research Help. Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native provider, a visa form: "Kindly wait, I am checking for you." then the answer 121 s later: informed fails',
    lines: [
      [0, 'p', 'i need the form for the green card renewal where i get it'],
      [27, 'l', 'Hello, welcome to Ask a Librarian of Fairview Library. My name is Priya. You want to renew the green card which is expiring, yes? Or it is lost?'],
      [60, 'p', 'expiring next month'],
      [66, 'l', 'Kindly wait, I am checking for you.'],
      [187, 'l', 'You need Form I-90. It is free to download at uscis.gov/i-90, and you can file it online there too. Is this helping you?'],
      [210, 'p', 'yes thank you so much'],
      [215, 'l', 'You are welcome. Any other question I can help?'],
      [240, 'p', 'no'],
      [245, 'l', 'Thank you for contacting us, have a nice day.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // (its twin in LEFT ends the call number on a bare "R.")
    name: 'partial result, "Found two articles so far, still going through the rest." 115 s after a hold and 118 s before the rest: informed passes',
    lines: [
      [0, 'p', 'do you have articles about the 1977 blizzard in buffalo? for a school project'],
      [25, 'l', "Hi! I'm Dana, a librarian at Buffalo & Erie County Public Library. What grade is the project for, and how many sources do you need?"],
      [55, 'p', '8th grade, 3 sources'],
      [62, 'l', 'Let me search our newspaper databases.'],
      [177, 'l', 'Found two articles so far, still going through the rest.'],
      [295, 'l', 'Here you go: two Buffalo News articles from January 1977 in the Buffalo News archive database (on our website under Research > Newspapers), and the book White Death: Blizzard of \'77 by Erno Rossi, in the catalog at 551.55 ROS. Will those work for your project?'],
      [330, 'p', 'yes!! thats all i need'],
      [336, 'l', 'Great, good luck with it! Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'running late: "This is taking longer than I expected, sorry! Nearly there." 110 s after the hold, answer 112 s later: informed passes',
    lines: [
      [0, 'p', 'Hi, my late father was in the Navy in WW2, how can I get his service record?'],
      [33, 'l', "Hello, and I'm sorry for your loss. I'm Carlos, a reference librarian at Westbrook Library. Do you know his full name, date of birth, and whether he served in the Navy or the Marines?"],
      [80, 'p', 'Navy, Robert J. Kowalski, born 1924'],
      [90, 'l', "Thanks, let me find the right form."],
      [200, 'l', 'This is taking longer than I expected, sorry! Nearly there.'],
      [312, 'l', 'Next of kin can request his record from the National Personnel Records Center with Standard Form 180 or online at archives.gov/veterans/military-service-records. Does that answer your question?'],
      [350, 'p', 'Yes thank you, that is everything'],
      [355, 'l', 'You are welcome. Thank you for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'a transfer announced as a hold: "I\'m transferring you to our health sciences librarian, please hold." with the internal note; the new librarian answers 130 s after the notice: informed fails, transfer passes',
    lines: [
      [0, 'p', 'im a nursing student and need the drug interaction database the library has, cant find it'],
      [20, 'l', "Hi, I'm Jo at the Campus Library chat. Is this for a clinical assignment, and do you know the database's name?"],
      [45, 'p', 'its for clinicals, lexi something'],
      [52, 'l', "I'm transferring you to our health sciences librarian, please hold."],
      [55, 'i', 'Nadia, nursing student needs Lexicomp for drug interactions, can you take this one? You know the HS databases.', { author: 'Jo Smith', authorId: 'jo', to: 'nadia' }],
      [60, 's', 'Chat transferred to Nadia Osei', sys('transfer', 'nadia')],
      [182, 'l', "Hi, Nadia here, the health sciences librarian. It's Lexicomp: go to the library home page, Databases A-Z, L, Lexicomp, and sign in with your campus ID. The Interactions tool is in the top menu. Does that help?", NADIA],
      [220, 'p', 'yes found it. thats all, thanks'],
      [226, 'l', 'Great, thanks for chatting and good luck at clinicals!', NADIA],
    ],
    exp: usual({ informed: 'fail', transfer: 'pass' }),
  },
  // ---- the provider waiting on the patron (near misses of a hold) --------------------------------------------------
  {
    name: 'near miss "Take your time, I\'ll be right here.": the provider waits 160 s on the patron, then the patron answers: no span, informed passes',
    lines: [
      [0, 'p', 'my ebook on libby says i have no holds left? i only have 2'],
      [26, 'l', "Hi, thanks for contacting Ask Us! I'm Meg from Carroll County Library. Is this in the Libby app, and can you tell me the last 4 digits of your card so I can look at your account?"],
      [58, 'p', 'ugh its in my car, hang on'],
      [64, 'l', "Take your time, I'll be right here."],
      [224, 'l', 'Still there? No rush at all.'],
      [250, 'p', 'back! its 4471'],
      [258, 'l', 'Thanks. Your account shows 2 holds plus 3 suggested-for-purchase requests; those count toward the limit of 5. You can cancel the suggestions under Account > Suggestions in Libby; the steps are at help.libbyapp.com. Does that answer your question?'],
      [290, 'p', 'ohh yes. thats all i needed'],
      [295, 'l', 'Thanks for chatting with us, happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'near miss, the patron\'s "one sec, finding my card": the provider answers "Sure, no rush!" at once, the patron comes back 150 s later: informed passes',
    lines: [
      [0, 'p', 'Can you tell me when my books are due? I forgot'],
      [15, 'l', "Hi! This is Sam at the Edmonton Public Library chat. Are these print books or ebooks?"],
      [25, 'p', 'print'],
      [30, 'l', "Sure, what's your library card number?"],
      [40, 'p', 'one sec, finding my card'],
      [45, 'l', 'Sure, no rush!'],
      [195, 'p', 'ok its 21221 00345 6789'],
      [205, 'l', 'Thanks! Your two books are due on March 14. You can see due dates anytime under My Account at epl.ca. Does that help?'],
      [230, 'p', 'yes thanks, thats all'],
      [236, 'l', 'Thanks for chatting, have a great day!'],
    ],
    exp: usual(),
  },
  {
    name: 'near misses "You can place a hold" and "The wait for that title is about eight weeks": not holds, the provider\'s next message 150 s later makes no span',
    lines: [
      [0, 'p', 'is the new kingsolver book in'],
      [20, 'l', "Hello, I'm Lee at Ask Westside Library. Do you mean Demon Copperhead?"],
      [44, 'p', 'yes'],
      [50, 'l', "All copies are out. You can place a hold on it in our catalog at westsidelib.org for pickup at any branch. The wait for that title is about eight weeks; you'd be number 23. Does that help?"],
      [200, 'l', 'We also have it as an ebook in Libby, with a shorter wait of about three weeks.'],
      [230, 'p', 'ok I will put the hold on the ebook. thats all'],
      [236, 'l', 'Sounds good. Happy reading, goodbye!'],
    ],
    exp: usual(),
  },
  // ---- check-ins and the final idle -------------------------------------------------------------------------------
  {
    // reading: "Since I haven't heard back" tells the patron they seem gone
    name: 'Ask Us Now, a passport renewal: the patron vanishes; "You still with me?" 135 s later, then "Since I haven\'t heard back I\'ll close this chat. Feel free to reconnect…" at 210 s: idle and disconnect pass',
    lines: [
      [0, 'p', 'how do i renew my passport? do i go to the post office'],
      [25, 'l', "Hi! You've reached Ask Us Now, I'm Paolo from Baltimore County Public Library."],
      [33, 'l', 'Is this a renewal of an adult passport that expired less than 5 years ago?'],
      [70, 'p', 'yes expired last year'],
      [80, 'l', 'Then you can usually renew by mail with Form DS-82. The steps are at travel.state.gov under Passports > Renew an Adult Passport. Does that help? Anything else I can look up?'],
      [215, 'l', 'You still with me?'],
      [290, 'l', "Since I haven't heard back I'll close this chat. Feel free to reconnect if you have more questions!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "Just making sure you're still there?" asks
    name: 'State Library of Queensland, Anzac Day hours: "Just a tick, having a squiz…", the answer, "Just making sure you\'re still there?", "Hello?", final idle 179 s: check-in passes, disconnect na, courteous fails',
    lines: [
      [0, 'p', "G'day, after the opening hours for the State Library on Anzac Day"],
      [14, 'l', 'Hi there, welcome to Ask a Librarian at the State Library of Queensland. Zoe here.'],
      [20, 'l', 'Are you after the hours for the Brisbane building, or one of the regional ones?'],
      [52, 'p', 'brisbane, southbank'],
      [60, 'l', 'Just a tick, having a squiz at the holiday hours.'],
      [100, 'l', 'On Anzac Day the Brisbane building opens 1pm to 5pm; the full list of holiday hours is at slq.qld.gov.au/visit-us. Does that answer your question? Anything else I can help with?'],
      [230, 'l', "Just making sure you're still there?"],
      [274, 'l', 'Hello?'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'na', courteous: 'fail' }),
  },
  {
    name: 'Leeds Libraries, a 1911 census entry: "Are you still there?", then "I\'m still here if you need me." (no question) and the session ends at a final idle of 180 s: check-in passes, disconnect fails, courteous fails',
    lines: [
      [0, 'p', "Hello, I'm looking for the 1911 census entry for my great-grandfather in Leeds"],
      [35, 'l', "Good morning, you're through to Ask a Librarian, my name is Harriet and I'm a librarian at Leeds Central Library."],
      [44, 'l', 'Do you know his full name and roughly where in Leeds he lived?'],
      [90, 'p', 'Albert Whitworth, Hunslet I think'],
      [97, 'l', 'Lovely, bear with me while I have a look.'],
      [190, 'l', "There's an Albert Whitworth, aged 34, in Hunslet in the 1911 census on Findmypast, which is free on our library computers (leeds.gov.uk/libraries, then Family history). Does that help? Anything else you'd like me to look for?"],
      [310, 'l', 'Are you still there?'],
      [365, 'l', "I'm still here if you need me."],
    ],
    over: { endAfter: 5 },
    exp: usual({ idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: 'scripted macros: "Are you still on the chat?" then "Due to inactivity this session will now be closed. Please feel free to contact us again.": idle and disconnect pass',
    lines: [
      [0, 'p', 'what time does the Eastside branch close on saturdays'],
      [12, 'l', 'Welcome to Ask Now! You are chatting with a librarian from Riverside County Library System. How can I help you today?'],
      [20, 'l', 'Is that the Eastside branch in Riverside, or the one in Corona?'],
      [50, 'p', 'riverside'],
      [56, 'l', 'Eastside Library in Riverside is open 10am to 5pm on Saturdays; all branch hours are at rivlib.info/locations. Does that answer your question? Is there anything else I can help you with?'],
      [190, 'l', 'Are you still on the chat?'],
      [300, 'l', 'Due to inactivity this session will now be closed. Please feel free to contact us again.'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: an end announced alone is no "seem to have disconnected"; "Did I lose you?" asks (a check-in) but tells nothing
    name: 'terse veteran: "Did I lose you?" then "I\'m going to end our session now." 200 s into the final idle: check-in passes, disconnect fails (no word the patron seems gone), courteous fails',
    lines: [
      [0, 'p', 'Looking for the zoning map for Harford County'],
      [19, 'l', "Hello, Dave at Harford County Public Library. Is it the current zoning, or an older map?"],
      [48, 'p', 'current'],
      [55, 'l', 'The county GIS viewer has current zoning: harfordcountymd.gov, search "zoning viewer". Did that help? Anything else?'],
      [190, 'l', 'Did I lose you?'],
      [255, 'l', "I'm going to end our session now."],
    ],
    exp: usual({ idle: 'pass', disconnect: 'fail', courteous: 'fail' }),
  },
  {
    name: 'British: "Hello? Are you still with us?" and "I haven\'t had a reply in a while so I\'ll sign off now, cheers for getting in touch." at 200 s: idle and disconnect pass',
    lines: [
      [0, 'p', 'hi, do you have any books on dry stone walling'],
      [23, 'l', "Hello, you're chatting with Ask a Librarian. I'm Fiona at Cumbria Libraries."],
      [30, 'l', "Are you after a how-to guide for building one, or the history of them?"],
      [66, 'p', 'how to, we have a wall fallen down in the garden'],
      [75, 'l', "Dry Stone Walling: A Practical Handbook by Alan Brooks is in stock at Kendal and Carlisle; you can reserve it in the catalogue at cumbria.gov.uk/libraries. Is that the sort of thing you wanted? Anything else I can help with?"],
      [200, 'l', 'Hello? Are you still with us?'],
      [275, 'l', "I haven't had a reply in a while so I'll sign off now, cheers for getting in touch."],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a check-in and a notice the patron answers: "Hello? Are you still there?" then the patron is back; the chat ends on a goodbye right after the patron\'s last message: idle and disconnect na',
    lines: [
      [0, 'p', 'is there a free tax help site near cedar rapids'],
      [30, 'l', 'Hi! I\'m Jo, a librarian at Cedar Rapids Public Library. Do you need help filing, or just the forms?'],
      [62, 'p', 'filing. i make like 40k'],
      [70, 'l', 'AARP Tax-Aide and VITA both file for free at that income. VITA sites are listed at irs.gov/vita (enter your ZIP). Does that help?'],
      [200, 'l', 'Hello? Are you still there?'],
      [270, 'l', "It looks like you've disconnected. If I don't hear from you soon, I will end this session."],
      [290, 'p', 'sorry!! dog needed out. yes that site worked, found one at the library on saturday'],
      [298, 'l', 'No worries at all! Anything else I can help with?'],
      [320, 'p', 'no thats all thanks'],
      [326, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual(),
  },
  {
    // a greeting in its own message would start the final idle (RUBRIC.md: the first provider message after the patron's
    // last that is not a hold), so the greeting and the hold share one message here
    name: 'a hold left hanging: "Hello! I am Dev, a librarian at Middletown Free Library, one sec, pulling that up" and the patron closes the window; the session ends 240 s later: no substantive exchange, no final idle, courteous fails',
    lines: [
      [0, 'p', 'whats the phone number for the passport office at the main library'],
      [22, 'l', 'Hello! I am Dev, a librarian at Middletown Free Library, one sec, pulling that up'],
    ],
    over: { endAfter: 240, ...LOST },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', courteous: 'fail' }),
  },
  {
    name: 'a hold left hanging after a clarifying question: "lemme poke around a bit", then silence until the end 300 s later: informed passes (the span is still open), no final idle, source fails',
    lines: [
      [0, 'p', 'r there any scholarships for first gen students in nebraska'],
      [21, 'l', "hi!! I'm Abby, a student worker at the UNO Criss Library research desk. are you in high school or already at uni?"],
      [50, 'p', 'senior in hs'],
      [57, 'l', 'lemme poke around a bit'],
    ],
    over: { endAfter: 300 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'a British hold at the end: "Just a mo, I\'ll have a rummage through the parish registers." and the chat drops 400 s later, after a real answer earlier: no final idle, idle and disconnect na',
    lines: [
      [0, 'p', 'Hi, when was St Mary\'s church in Whitby built and do you have its baptism records?'],
      [17, 'l', "Hello, you've reached Ask a Librarian at North Yorkshire Libraries. I'm Tom. Which St Mary's: the one on the East Cliff?"],
      [45, 'p', 'yes the cliff one'],
      [55, 'l', "It dates from around 1110, according to the Historic England listing at historicengland.org.uk (search \"St Mary's Whitby\"). Does that answer the first part?"],
      [90, 'p', 'yes, and the baptisms?'],
      [97, 'l', "Just a mo, I'll have a rummage through the parish registers."],
    ],
    over: { endAfter: 400 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'student worker check-in "u still there?" and chat-speak notice "havent heard from u in a bit so im gonna close this chat, msg us again anytime!": idle and disconnect pass',
    lines: [
      [0, 'p', 'how do i print from my laptop in the library'],
      [16, 'l', "hey! I'm Jordan, student tech at the Mason Library help chat. is it a mac or windows laptop?"],
      [40, 'p', 'mac'],
      [47, 'l', 'ok! go to print.mason.edu, log in with your netID, and upload the file; then release it at any printer with your ID card. did that work? need anything else?'],
      [175, 'l', 'u still there?'],
      [240, 'l', 'havent heard from u in a bit so im gonna close this chat, msg us again anytime!'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'non-native provider: "Are you still online, madam?" and "Since you have not responded, I am closing this chat. You may contact us again." at 190 s: idle and disconnect pass',
    lines: [
      [0, 'p', 'I want to learn English free, do you have class'],
      [30, 'l', 'Hello, welcome. I am Wei from the Queens Public Library chat. You want class in person or online class?'],
      [70, 'p', 'in person in flushing'],
      [78, 'l', 'Flushing Library has free English conversation groups on Tuesday and Thursday. The schedule is at queenslibrary.org/programs (choose Flushing). Is this what you are looking for? Anything else?'],
      [205, 'l', 'Are you still online, madam?'],
      [268, 'l', 'Since you have not responded, I am closing this chat. You may contact us again.'],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the final idle at 119 s: "Anybody there?" at 110 s, no more: idle and disconnect na, courteous fails',
    lines: [
      [0, 'p', 'can i bring my dog into the library'],
      [15, 'l', "Hi, this is Marta at Ask Boulder Library. Is it a service dog, or a pet?"],
      [40, 'p', 'pet'],
      [47, 'l', 'Only service animals are allowed inside; the policy is at boulderlibrary.org/policies under Animals. Does that answer your question? Anything else?'],
      [157, 'l', 'Anybody there?'],
    ],
    over: { endAfter: 9 },
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'the final idle at 120 s with no check-in: "Any luck?" asks about the steps, not whether the patron is there: idle fails',
    lines: [
      [0, 'p', 'the overdrive app is gone, how do i get audiobooks now'],
      [20, 'l', "Hello! I'm Rae, a librarian at Ask Us Anytime. Are you on an iPhone or an Android?"],
      [44, 'p', 'iphone'],
      [51, 'l', 'OverDrive was replaced by Libby: install Libby from the App Store, choose our library and sign in with your card. Our guide is at askusanytime.org/libby. Does that help? Anything else?'],
      [166, 'l', 'Any luck?'],
    ],
    over: { endAfter: 5 },
    exp: usual({ idle: 'fail', courteous: 'fail' }),
  },
  {
    name: 'follow-up session with a check-in and a notice: "I\'ll keep looking in Special Collections and email you … by Friday" (no hold), then "Are you there?" and "It appears we\'ve lost you. I\'ll be closing this chat shortly; please chat again if you still need help."',
    lines: [
      [0, 'p', 'I need the 1958 yearbook from Dunbar High School, my email is lhayes58@gmail.com'],
      [28, 'l', "Hello, this is Grace at the Enoch Pratt Free Library's Ask Us. Is it Dunbar High in Baltimore?"],
      [60, 'p', 'yes baltimore'],
      [68, 'l', "The Maryland Room's yearbook list at prattlibrary.org/yearbooks has Dunbar for 1955-57 only. Does that help so far?"],
      [90, 'p', 'not really i need 58'],
      // reading: a search promised for after the chat ("I'll keep looking … and email you by Friday") asks no one to wait in
      // the chat: no hold message, so the final idle starts here
      [98, 'l', "I'll keep looking in Special Collections and email you at lhayes58@gmail.com by Friday."],
      [230, 'l', 'Are you there?'],
      [292, 'l', "It appears we've lost you. I'll be closing this chat shortly; please chat again if you still need help."],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(292 + 20 * 3600), by: 'jo', note: 'sent the Special Collections record' }] },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'near miss "Are you still in Calgary, or have you moved?" asked in the final idle of 150 s: no check-in, idle fails',
    lines: [
      [0, 'p', 'how do I get a library card'],
      [14, 'l', "Hi! I'm Ana at Calgary Public Library. Is this your first card with us?"],
      [40, 'p', 'no i used to have one'],
      [47, 'l', 'If it expired, you can renew it online at calgarylibrary.ca/renew. Does that help? Are you still in Calgary, or have you moved?'],
      [190, 'l', 'Anything else I can help with today?'],
    ],
    over: { endAfter: 7 },
    exp: usual({ idle: 'fail', courteous: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- holds and silences near 120 s -------------------------------------------------------------------------------
  {
    name: '"Stand by while I check with a colleague." and the answer exactly 120 s later: not longer, informed passes',
    lines: [
      [0, 'p', 'can i get a copy of my late mothers will from the county'],
      [20, 'l', "Hi, Jo at Ask Us. Which county was the will probated in?"],
      [48, 'p', 'anne arundel'],
      [55, 'l', 'Stand by while I check with a colleague.'],
      [175, 'l', 'Wills probated in Anne Arundel are kept by the Register of Wills; their page is at registers.maryland.gov. Does that help?'],
      [200, 'p', 'yes'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Hold on, I\'m grabbing the call number for you." and the answer 121 s later: informed fails',
    lines: [
      [0, 'p', 'where are the books on knitting'],
      [20, 'l', "Hello! I'm Jo at the Sample Library. Is that beginner knitting or patterns?"],
      [45, 'p', 'beginner'],
      [52, 'l', "Hold on, I'm grabbing the call number for you."],
      [173, 'l', 'Beginner knitting is at 746.432 on the second floor; Knitting for Dummies is there now. Does that help?'],
      [200, 'p', 'yes'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'terse "Checking." and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'is the law library open on presidents day'],
      [20, 'l', 'Hello, Jo at the county law library. The downtown one?'],
      [40, 'p', 'yes'],
      [44, 'l', 'Checking.'],
      [169, 'l', "It's closed on Presidents Day; holiday hours are at lawlibrary.example.gov/hours. Does that help?"],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'chat-speak with typos "sory still lookin, teh database is slow" 100 s after the hold, the answer 125 s after it: informed fails',
    lines: [
      [0, 'p', 'need stats on teen vaping in virginia'],
      [20, 'l', "hi! Jo from the Ask a Librarian chat. for a paper? which years?"],
      [50, 'p', 'yes, 2020 on'],
      [55, 'l', 'ok let me look'],
      [155, 'l', 'sory still lookin, teh database is slow'],
      [280, 'l', 'found it: the Virginia Youth Survey at vdh.virginia.gov has vaping by year from 2019. that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Please wait few minute, I search in catalog." (non-native) and the answer 130 s later: informed fails',
    lines: [
      [0, 'p', 'do you have books in tagalog for kids'],
      [20, 'l', 'Hello, I am Jo from the Ask a Librarian. For what age?'],
      [44, 'p', '6 and 8'],
      [50, 'l', 'Please wait few minute, I search in catalog.'],
      [180, 'l', 'We have 14 picture books in Tagalog; search "Tagalog juvenile" in our catalog at samplelib.org. Is ok?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'macro "A librarian is reviewing your question. Please stay on the chat." and the answer 140 s later: informed fails',
    lines: [
      [0, 'p', 'how do i cite a tweet in apa'],
      [10, 'l', 'Hi! You are chatting with Jo, a librarian at Ask Us. Is it APA 7th edition?'],
      [30, 'p', 'yes'],
      [35, 'l', 'A librarian is reviewing your question. Please stay on the chat.'],
      [175, 'l', 'APA 7 has an example for tweets at apastyle.apa.org under References > Social media. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Sorry for the delay, still ploughing through the 1911 returns." 115 s after the hold, the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'looking for my nan in the 1911 census, Edith Marsh, born 1899 Bristol'],
      [20, 'l', 'Hello, Jo at Ask a Librarian here. Was she still in Bristol in 1911, do you think?'],
      [55, 'p', 'I think so'],
      [60, 'l', 'Right, let me search the 1911 returns.'],
      [175, 'l', 'Sorry for the delay, still ploughing through the 1911 returns.'],
      [300, 'l', 'Edith Marsh, 12, is at 14 Mina Road, St Werburghs, in the 1911 census on Findmypast (free in our libraries). Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"gimme a sec" and the answer 124 s later: informed fails',
    lines: [
      [0, 'p', 'what year did the hindenburg crash'],
      [15, 'l', 'hi! Jo at Ask Us. for a school thing? need a source for it?'],
      [30, 'p', 'yea need a source'],
      [36, 'l', 'gimme a sec'],
      [160, 'l', '1937, May 6, at Lakehurst NJ. Britannica online has it (britannica.com, "Hindenburg disaster"). that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"brb checking the shelves" and the answer 135 s later: informed fails',
    lines: [
      [0, 'p', 'is the big book of trains on the shelf at main'],
      [15, 'l', 'hi! Jo at Sample Library. the kids one by DK?'],
      [30, 'p', 'yes'],
      [36, 'l', 'brb checking the shelves'],
      [171, 'l', "it's there! j 625.1 BIG in the children's room. did that help?"],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Hang tight! I\'m hunting through our local history files for you." and the answer 122 s later: informed fails',
    lines: [
      [0, 'p', 'when did the covered bridge on mill rd burn down'],
      [15, 'l', "Hi there! Jo at Sample County Library. Is that the one over the Little River?"],
      [40, 'p', 'yes'],
      [46, 'l', "Hang tight! I'm hunting through our local history files for you."],
      [168, 'l', 'It burned in 1952; the Sample Gazette of 3 April 1952 has it, in our digital archive at samplelib.org/gazette. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"I\'m not local to your library, so it\'ll take me a minute to find your catalogue." (backup staff) and the answer 128 s later: informed fails',
    lines: [
      [0, 'p', 'can i renew my books online, im with Dorchester County library'],
      [15, 'l', "Hi, I'm Jo, a librarian in Pennsylvania covering the Ask Us chat tonight. Do you know your card number and PIN?"],
      [40, 'p', 'yes i have them'],
      [46, 'l', "I'm not local to your library, so it'll take me a minute to find your catalogue."],
      [174, 'l', 'You can renew at dorchesterlibrary.org: sign in under My Account and choose Renew. Did that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: a patron's message starts waiting on the provider whatever it says; the patron's next message does not restart it
    name: 'near miss, the patron\'s "1 sec" with no reply: the patron\'s next message at 140 s and the provider\'s at 150 s: a 150 s span, informed fails',
    lines: [
      [0, 'p', 'can you check if i have fines'],
      [15, 'l', "Hi, I'm Jo at Ask Us. What's your card number?"],
      [30, 'p', '1 sec'],
      [170, 'p', 'ok 2 1982 00123 4567'],
      [180, 'l', 'You have no fines on that card. You can check anytime under My Account at samplelib.org. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  // ---- near misses of a hold: the next provider message comes late but no span was open ------------------------
  {
    name: 'near miss "Hold down the Shift key while you click each file." then the provider again 150 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'how do i attach more than one file to the ILL form'],
      [15, 'l', 'Hi, Jo at Ask Us here. Is it the form on our website?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Hold down the Shift key while you click each file, then choose Open. The form is at samplelib.org/ill. Does that work?'],
      [196, 'l', 'The limit is 5 files per request, by the way.'],
      [230, 'p', 'got it'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss "Bear in mind the archive is closed on Mondays." then the provider again 140 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'can i see the original town charter'],
      [15, 'l', 'Hello, Jo at Sample County Library. Do you want to see it in person?'],
      [40, 'p', 'yes'],
      [46, 'l', 'It is at the County Archives, 12 Court St, 555-201-3300. Bear in mind the archive is closed on Mondays. Does that help?'],
      [186, 'l', 'They also ask you to book a reading-room slot a day ahead.'],
      [210, 'p', 'ok thanks'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss "Searching by ISBN is usually fastest." then the provider again 130 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'how do i find if you have a textbook'],
      [15, 'l', 'Hi! Jo at Ask Us. Do you have the ISBN?'],
      [40, 'p', 'yes its on the syllabus'],
      [46, 'l', 'Searching by ISBN is usually fastest. Type it in the search box of our catalog at samplelib.org. Did that work?'],
      [176, 'l', 'If we do not own it, you can request it through interlibrary loan from the same page.'],
      [200, 'p', 'ok'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss "Keep looking along the 641s, it should be on the bottom shelf." then the provider again 140 s later: the patron is told to look, no hold, informed passes',
    lines: [
      [0, 'p', 'im in the library and cant find the instant pot cookbook'],
      [15, 'l', 'Hi, Jo at the Sample Library. Which title, The Instant Pot Bible?'],
      [40, 'p', 'ya'],
      [46, 'l', 'The catalog shows it as on the shelf at 641.5884 INS. Keep looking along the 641s, it should be on the bottom shelf. Did you find it?'],
      [186, 'l', 'If not, the desk on floor 2 can pull it for you.'],
      [200, 'p', 'found it!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss "Hang on to your receipt until the refund shows up." then the provider again 150 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'i paid a fine for a book i found at home, can i get a refund'],
      [15, 'l', 'Hi, Jo at Ask Us. Did you pay at a branch or online?'],
      [40, 'p', 'branch'],
      [46, 'l', 'Bring the book back to any branch and they will refund it. Hang on to your receipt until the refund shows up. The policy is at samplelib.org/fines. Does that help?'],
      [196, 'l', 'Refunds usually take about 10 days to show on a card.'],
      [220, 'p', 'ok thx'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss "Wait, did you mean 1890 or 1980?" (an interjection in a question) and the provider again 150 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'I need the census for my street from 1980'],
      [15, 'l', 'Hi, Jo at Ask Us here.'],
      [20, 'l', 'Wait, did you mean 1890 or 1980? The 1890 census was mostly lost in a fire.'],
      [170, 'l', 'For 1980, the street-level counts are in the Census Bureau tables at data.census.gov.'],
      [200, 'p', '1980, thanks'],
    ],
    exp: some({ informed: 'pass' }),
  },
  // ---- check-ins in the final idle ----------------------------------------------------------------------------------
  {
    name: '"Hello?" alone 130 s into a final idle of 140 s: idle passes, disconnect na',
    lines: [
      [0, 'p', 'do you have the new york times online'],
      [15, 'l', 'Hi! Jo at Ask Us here. Yes: NYTimes.com passes are at samplelib.org/nyt. Does that help?'],
      [145, 'l', 'Hello?'],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Are you there?" in a final idle of 150 s: idle passes',
    lines: [
      [0, 'p', 'whats the wifi password at the branch'],
      [15, 'l', 'Hi, Jo at Ask Us. The guest network is SampleLib-Guest and needs no password; details at samplelib.org/wifi. Does that help?'],
      [140, 'l', 'Are you there?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Can you still see my messages?" in a final idle of 160 s: idle passes',
    lines: [
      [0, 'p', 'when is storytime'],
      [15, 'l', 'Hi! Jo at Ask Us. Storytime is Wednesdays at 10:30; the calendar is at samplelib.org/events. Does that help?'],
      [150, 'l', 'Can you still see my messages?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: "Just checking you're still there." asks, without a question mark
    name: '"Just checking you\'re still there." (no question mark) in a final idle of 150 s: idle passes',
    lines: [
      [0, 'p', 'how late is the main library open tonight'],
      [15, 'l', 'Hi! Jo at Ask Us. Main is open until 9 tonight; all hours are at samplelib.org/hours. Does that help?'],
      [130, 'l', "Just checking you're still there."],
    ],
    over: { endAfter: 35 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'near miss "Are you still a student at Dal?" in a final idle of 140 s: no check-in, idle fails',
    lines: [
      [0, 'p', 'can i still use the journal databases, i graduated'],
      [15, 'l', "Hi, Jo at the Killam Library chat. Alumni get a few databases through alumni.dal.ca/library. Does that help?"],
      [40, 'p', 'i might be doing a masters'],
      [47, 'l', 'Are you still a student at Dal?'],
    ],
    over: { endAfter: 140 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'near miss "I\'m still here if you need anything." (no question) in a final idle of 150 s: idle fails',
    lines: [
      [0, 'p', 'whats the late fee for dvds'],
      [15, 'l', 'Hi, Jo at Ask Us. There are no late fees on DVDs since 2022; see samplelib.org/fines. Does that help?'],
      [140, 'l', "I'm still here if you need anything."],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  // ---- disconnect notices in the final idle -------------------------------------------------------------------------
  {
    name: '"Not hearing anything from your end, so I\'m going to close this chat for now." after "Still there?", final idle 200 s: disconnect passes',
    lines: [
      [0, 'p', 'do u have any jobs for teens'],
      [15, 'l', 'Hi! Jo at Ask Us. Teen volunteer and page jobs are listed at samplelib.org/jobs. Does that help?'],
      [140, 'l', 'Still there?'],
      [215, 'l', "Not hearing anything from your end, so I'm going to close this chat for now."],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"Looks like you may have stepped away. I\'ll end the chat now, but you\'re welcome back anytime." after a check-in, final idle 190 s: disconnect passes',
    lines: [
      [0, 'p', 'do you have museum passes'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, 12 museums; book them at samplelib.org/passes. Does that help?'],
      [140, 'l', 'Are you still there?'],
      [205, 'l', "Looks like you may have stepped away. I'll end the chat now, but you're welcome back anytime."],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss "If you get disconnected, just start a new chat and mention my name." in a final idle of 200 s: no notice, disconnect fails',
    lines: [
      [0, 'p', 'i need help with my resume'],
      [15, 'l', 'Hi! Jo at Ask Us. Our career coaches do free resume reviews; book at samplelib.org/career. Does that help?'],
      [140, 'l', 'Are you still with me?'],
      [200, 'l', 'If you get disconnected, just start a new chat and mention my name.'],
    ],
    over: { endAfter: 15 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss "Our chat closes at 9 tonight, after that use the email form." in a final idle of 200 s: no notice, disconnect fails',
    lines: [
      [0, 'p', 'can i get help with a research paper tomorrow'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, book a research consult at samplelib.org/consult. Does that help?'],
      [140, 'l', 'Hello, are you still there?'],
      [200, 'l', 'Our chat closes at 9 tonight, after that use the email form.'],
    ],
    over: { endAfter: 15 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss "The database logs you out after 30 minutes of inactivity." said in the final idle of 200 s: not about the chat, disconnect fails',
    lines: [
      [0, 'p', 'jstor keeps kicking me out'],
      [15, 'l', 'Hi! Jo at Ask Us. Are you signing in through the library proxy at samplelib.org/jstor? Does that help?'],
      [140, 'l', 'You still there?'],
      [200, 'l', 'The database logs you out after 30 minutes of inactivity, so save your searches.'],
    ],
    over: { endAfter: 15 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'a goodbye notice ends the idle at 179 s: "Hi, are you still there?" then "Seems you\'ve gone quiet, ending chat now, take care!" 179 s in: disconnect na',
    lines: [
      [0, 'p', 'where do i vote'],
      [15, 'l', 'Hi, Jo at Ask Us. Your polling place is at vote.example.gov (enter your address). Does that help?'],
      [140, 'l', 'Hi, are you still there?'],
      [194, 'l', "Seems you've gone quiet, ending chat now, take care!"],
    ],
    over: { endAfter: 120 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: an end announced alone is no notice that the patron seems gone
    name: '"I\'m going to end our session now, thank you for contacting us." in a final idle of 200 s after "u there?": the goodbye ends the idle at 200 s, disconnect fails',
    lines: [
      [0, 'p', 'can i donate books'],
      [15, 'l', 'Hi, Jo at Ask Us. Yes, the Friends take donations at any branch; see samplelib.org/donate. Does that help?'],
      [140, 'l', 'u there?'],
      [215, 'l', "I'm going to end our session now, thank you for contacting us."],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'pass' }),
  },
  // ---- second batch, written after the first run: more paraphrases (labelled from RUBRIC.md all the same) ---------
  {
    name: 'second batch: "Hang tight!" alone and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'Hang tight!'],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "Bear with me..." alone and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'Bear with me...'],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "Just a sec!" and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'Just a sec!'],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: terse "Sec." and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'Sec.'],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "Be right back with that!" and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'Be right back with that!'],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "Please wait." and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'Please wait.'],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "Hold tight, this one\'s tricky." and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', "Hold tight, this one's tricky."],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "I\'m just going to ask my colleague in Local Studies." and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', "I'm just going to ask my colleague in Local Studies."],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "Digging into the archives now, won\'t be long." and the answer 125 s later: informed fails',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', "Digging into the archives now, won't be long."],
      [171, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'second batch: "Allow me a moment to check the holdings." and the answer 119 s later: informed passes',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'Allow me a moment to check the holdings.'],
      [165, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'second batch, near miss: "Please wait for the confirmation email before you come in." then the provider 130 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'do you have the 2023 county budget report'],
      [15, 'l', 'Hi, Jo at Ask Us here. The adopted budget or the proposed one?'],
      [40, 'p', 'adopted'],
      [46, 'l', 'You can book the reading room at samplelib.org/book. Please wait for the confirmation email before you come in.'],
      [176, 'l', 'The adopted FY2023 budget is on the county site at samplecounty.gov/budget, and we have a print copy at Main. Does that help?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'second batch: "Hellooo?" in a final idle of 150 s: idle passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Hellooo?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'second batch: "Are you still needing help with this?" in a final idle of 150 s: idle passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Are you still needing help with this?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'second batch: chat-speak "hey, you still on?" in a final idle of 150 s: idle passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'hey, you still on?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'second batch: "Is anyone still there?" in a final idle of 150 s: idle passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Is anyone still there?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'second batch, near miss: "Are you still interested in the ebook version?" in a final idle of 150 s: about the need, idle fails',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Are you still interested in the ebook version?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'second batch: "As there\'s been no activity for a while, I\'m closing this chat. Please reach out again anytime." after a check-in: disconnect passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Still with me?'],
      [215, 'l', "As there's been no activity for a while, I'm closing this chat. Please reach out again anytime."],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'second batch: "You seem to be away from your computer; I\'ll end our chat now." after a check-in: disconnect passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Are you still there?'],
      [215, 'l', "You seem to be away from your computer; I'll end our chat now."],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'second batch: terse "No reply received. Closing session." after a check-in: disconnect passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'You there?'],
      [215, 'l', 'No reply received. Closing session.'],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'second batch: "I\'ll end the chat as you appear to have gone offline." after a check-in: disconnect passes',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Hello, are you there?'],
      [215, 'l', "I'll end the chat as you appear to have gone offline."],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'second batch, reading: "I\'ll close this chat in a couple of minutes if I don\'t hear back." alone says nothing of the patron seeming gone: disconnect fails',
    lines: [
      [0, 'p', 'can i return library books at a different branch'],
      [15, 'l', 'Hi! Jo at Ask Us. Yes, any branch takes returns; the list is at samplelib.org/branches. Does that help?'],
      [140, 'l', 'Are you still there?'],
      [215, 'l', "I'll close this chat in a couple of minutes if I don't hear back."],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
];

/** Near misses of this round's changes (each named at its change in rubric.ts's block phrasesV27B2). */
export const guards: SessionCase[] = [
  {
    name: 'near miss of "let me poke around": "Feel free to poke around the Libby app first." then the provider again 150 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'how do i get audiobooks on my phone'],
      [15, 'l', 'Hi! Jo at Ask Us. iPhone or Android?'],
      [35, 'p', 'android'],
      [42, 'l', 'Install Libby from the Play Store and sign in with your card; our guide is at samplelib.org/libby. Feel free to poke around the Libby app first. Does that help?'],
      [192, 'l', 'Tip: the Filter button lets you show only audiobooks that are available now.'],
      [220, 'p', 'ok thx'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss of "it\'ll take me a minute": "It\'ll take you a minute to fill in the form." then the provider again 140 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'how do i get a card for my son'],
      [15, 'l', 'Hi! Jo at Ask Us. How old is he?'],
      [35, 'p', '9'],
      [42, 'l', "Kids' cards need a parent's signature: fill in the form at samplelib.org/kidscard. It'll take you a minute to fill in the form. Does that help?"],
      [182, 'l', 'Bring his school ID when you pick the card up.'],
      [210, 'p', 'ok'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"It\'ll take me a few minutes to pull the 1940s directories." and the answer 130 s later: a hold, informed fails',
    lines: [
      [0, 'p', 'who lived at 412 oak st in 1945'],
      [15, 'l', 'Hi! Jo at Ask Us. Is that Oak St in Sampleton?'],
      [35, 'p', 'yes'],
      [42, 'l', "It'll take me a few minutes to pull the 1940s directories."],
      [172, 'l', 'The 1945 Polk city directory lists Walter and Irene Brandt at 412 Oak St; it is in our digital collections at samplelib.org/directories. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss of "since you have not responded": "Since you haven\'t replied to the pickup notice, that copy went to the next person on the list; I\'ll close this chat now." in a final idle of 200 s: no notice the patron seems gone, disconnect fails',
    lines: [
      [0, 'p', 'why did my hold disappear'],
      [15, 'l', 'Hi! Jo at Ask Us. Which title was it? You can see your holds at samplelib.org/account. Does that help?'],
      [140, 'l', 'Are you still there?'],
      [200, 'l', "Since you haven't replied to the pickup notice, that copy went to the next person on the list; I'll close this chat now."],
    ],
    over: { endAfter: 15 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'near miss of "keep looking along the 641s": "Nothing in the catalogue yet, we\'ll keep searching." then the answer 130 s later: a hold, informed fails',
    lines: [
      [0, 'p', 'do you have anything on the 1911 mill strike in our town'],
      [15, 'l', 'Hi, Jo at Sample County Library. Is this the Lawrence strike, or a local one?'],
      [40, 'p', 'local, in Sampleton'],
      [46, 'l', "Nothing in the catalogue yet, we'll keep searching."],
      [176, 'l', 'The Sampleton Herald covered it in March 1911; it is on microfilm at the Main library, and indexed at samplelib.org/herald. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss of the promised search: "I\'ll keep looking for a few more minutes, and if I can\'t find it I\'ll email you by tonight." then the provider 130 s later: a hold, informed fails',
    lines: [
      [0, 'p', 'I need the obituary of Ruth Alvarez, died 1987 in Sampleton. my email is r.alvarez.fam@gmail.com'],
      [15, 'l', 'Hi, Jo at Ask Us. Do you know the month she died?'],
      [40, 'p', 'june'],
      [46, 'l', "I'll keep looking for a few more minutes, and if I can't find it I'll email you by tonight."],
      [176, 'l', 'Found it: the Sampleton Herald of June 14, 1987, page 8, in our obituary index at samplelib.org/obits. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss of the promised search: "Let me keep digging. If it takes too long I\'ll email you tomorrow." then the provider 130 s later: a hold, informed fails',
    lines: [
      [0, 'p', 'when was the first library in our county founded? email is kp@example.org'],
      [15, 'l', 'Hi, Jo at Ask Us. Do you mean a public library, or any library at all?'],
      [40, 'p', 'public'],
      [46, 'l', "Let me keep digging. If it takes too long I'll email you tomorrow."],
      [176, 'l', 'The Sampleton Free Library opened in 1871, says the county history at samplelib.org/history. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss of "going to ask my colleague": "I\'ll ask my colleague in Local Studies and email you by Friday." then the provider 130 s later: a promise, no hold, informed passes',
    lines: [
      [0, 'p', 'is there a history of the old mill in our town, my email is mk@example.org'],
      [15, 'l', 'Hi, Jo at Ask Us here. Which mill, the paper mill on the river?'],
      [40, 'p', 'yes'],
      [46, 'l', "I'll ask my colleague in Local Studies and email you at mk@example.org by Friday."],
      [176, 'l', 'Our Local Studies room has Sampleton Paper Mill, 1850-1950 (local history shelf, 676 SAM); it is listed at samplelib.org/localstudies.'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss of "going to ask my colleague": "I\'m going to ask you a couple of questions first. Is it for a school project?" then the provider 130 s later: no hold, informed passes',
    lines: [
      [0, 'p', 'is there a history of the old mill in our town, my email is mk@example.org'],
      [15, 'l', 'Hi, Jo at Ask Us here. Which mill, the paper mill on the river?'],
      [40, 'p', 'yes'],
      [46, 'l', "I'm going to ask you a couple of questions first. Is it for a school project?"],
      [176, 'l', 'Our Local Studies room has Sampleton Paper Mill, 1850-1950 (local history shelf, 676 SAM); it is listed at samplelib.org/localstudies.'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss of "please wait for the confirmation email": "Please wait for my reply, the shelf list is long." and the answer 130 s later: a hold, informed fails',
    lines: [
      [0, 'p', 'is there a history of the old mill in our town, my email is mk@example.org'],
      [15, 'l', 'Hi, Jo at Ask Us here. Which mill, the paper mill on the river?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Please wait for my reply, the shelf list is long.'],
      [176, 'l', 'Our Local Studies room has Sampleton Paper Mill, 1850-1950 (local history shelf, 676 SAM); it is listed at samplelib.org/localstudies.'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss of "you still needing help": "Is he still needing help with the essay?" in a final idle of 150 s: about the son, idle fails',
    lines: [
      [0, 'p', 'my son needs a book for his essay on volcanoes'],
      [15, 'l', 'Hi! Jo at Ask Us. Try Volcanoes by Seymour Simon, in our catalog at samplelib.org. Does that help?'],
      [140, 'l', 'Is he still needing help with the essay?'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'near miss of "you still on?": "are you asking whether the spring book sale is still on? It is, through Sunday." in a final idle of 150 s: about the sale, idle fails',
    lines: [
      [0, 'p', 'my son needs a book for his essay on volcanoes'],
      [15, 'l', 'Hi! Jo at Ask Us. Try Volcanoes by Seymour Simon, in our catalog at samplelib.org. Does that help?'],
      [140, 'l', 'Oh, and are you asking whether the spring book sale is still on? It is, through Sunday.'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'near miss of "Hellooo?": "Hellooo, here is that link again: samplelib.org/volcanoes" in a final idle of 150 s: asks nothing, idle fails',
    lines: [
      [0, 'p', 'my son needs a book for his essay on volcanoes'],
      [15, 'l', 'Hi! Jo at Ask Us. Try Volcanoes by Seymour Simon, in our catalog at samplelib.org. Does that help?'],
      [140, 'l', 'Hellooo, here is that link again: samplelib.org/volcanoes'],
    ],
    over: { endAfter: 25 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-sixth round (B2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-sixth round (B2): holds, check-ins and disconnect notices, every check', whole);
describeSessions('twenty-sixth round (B2): holds, check-ins and disconnect notices, short cases', short);
describeSessions('twenty-sixth round (B2): holds, check-ins and disconnect notices, near misses of the changes', guards);

describeLeft('twenty-sixth-round-waiting', LEFT);
