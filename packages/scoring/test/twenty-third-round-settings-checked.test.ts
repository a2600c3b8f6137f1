/**
 * Twenty-third round, second wave (Y10): THE FIRST WAVE'S LOGIC SETTINGS, CHECKED. The first wave (rubric v24) added
 * settings that change how a session is read, each guarded only by its own helper's near miss. These sessions put each
 * one in other people's words, where it would read the rubric's literal text wrongly (or where the reading it meant
 * should still hold), labelled from RUBRIC.md before the scorer ran:
 * - Y5 `promiseTakenBackY5` (a later "no need to wait till …", "no need for me to call you", "so no call back needed"
 *   about something else than the promised e-mail; the patron's own "no need to email me");
 * - Y5 `referralTakenBackY5` ("never mind", "scratch that", "forget / ignore / disregard that", "never mind about the …",
 *   "not the <word>" said about the patron's question, a typo, a link or another resource while the referral stands; a
 *   take-back followed by a new party);
 * - Y6 `quotedWordsY6` (a hold with a word in scare quotes, "one sec" quoted as chat style, a dismissal worded as a quoted
 *   policy the provider applies);
 * - Y6 `patronNameY6` (a patron and provider who share a first name: "this is kate from the … library");
 * - Y4 `noteAddresseeY4` (the note's `to` gives the receiver's name where the transfer line gives the id; a note to two
 *   people, the receiver among them; a receiver whose messages carry no id);
 * - Y1 `laterIntroY1` (a later introduction sentence that also gives a real source: "the Archives Hub entry for …").
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a promise stands unless the provider takes back the sending itself; "no need to wait till Monday to pick it up",
 *   "no need for me to call you, the email will have everything", "so no call back needed from circulation" take back
 *   something else; the patron's "no need to email me the card application" is about something never promised;
 * - "never mind, you found it!" answers the patron's own question, "scratch that, Tuesdays!" corrects the hours, "ignore
 *   that, typo in the link" and "disregard that, wrong chat window" correct a detail, "forget that, the parcel viewer is
 *   down" drops another resource, "never mind about the form fee" drops a worry: none takes back the referral;
 * - "Not the report itself, but …" and "Not the application on their website, the paper one" narrow what the patron gets
 *   from the same party: no other party;
 * - "Scratch that, call the BMV title office at … instead" takes back the first party and refers to a new one, which
 *   carries the contact;
 * - a word in scare quotes inside the provider's own hold ('give me a "quick" minute') and a quoted "one sec" typed as
 *   chat style are the provider's own hold; a chat-length rule quoted and applied to end the chat ('our "two questions per
 *   chat" limit … so I\'ll close this chat') tells the patron they reached a limit;
 * - "this is kate from the hillsdale public library, nice name :)" introduces the provider even when the patron is Kate
 *   too ("this is" before a name is a self-introduction, not a greeting of the patron);
 * - an internal note whose `to` field gives the receiving provider's name ("Lee Chen") where the transfer gives the id
 *   ("lchen") is a note to the receiver; a note opening "@Dana @Lee" is addressed to the receiver too;
 * - the Archives Hub (a national catalogue of archives) and the "Dickinsonian" newspaper archive are named resources even
 *   when named in the sentence where the provider introduces their archives team.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, sys, usual, who } from './helpers';

/** the patron asks, the provider greets and names themself and asks about the need */
const open = (q: string, greet: string, t = 22): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: "No need to wait for the email if your mom wants to see it sooner" points to the reel; the scan promised by
    // Thursday stands: a follow-up session, coded Answered (code fails), e-mail repeated and "by Thursday" (contact passes),
    // nothing recorded yet, a day after (pending)
    name: 'obituary scan: "I\'ll pull the reel and email you a scan by Thursday", then "No need to wait for the email if your mom wants to see it sooner" keeps the promise',
    lines: [
      [0, 'p', 'hi, im trying to find my grandfathers obituary, Walter Kaminski, died march 1987 in Erie'],
      [35, 'l', 'Hi there! This is Dolores at the Erie County Public Library. Do you know which paper it ran in, the Times-News or the Morning News?'],
      [80, 'p', 'not sure, probably times news'],
      [88, 'l', 'Thanks, checking our obituary index now.'],
      [170, 'l', "He's in our obituary index: Erie Times-News, March 14, 1987, page 9B. That reel isn't scanned, so I'll pull it and email you a scan by Thursday. What email should I send it to?"],
      [215, 'p', 'kwalt77@example.net. thanks!! its for my mom, shes been asking'],
      [224, 'l', 'Got it: kwalt77@example.net. No need to wait for the email if your mom wants to see it sooner, though: the 1987 reels are on the microfilm reader at the Blasco branch. Is that helpful?'],
      [270, 'p', 'yes thats everything, thank you'],
      [276, 'l', "You're welcome! Take care, and I hope your mom enjoys reading it."],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "Oops, scratch that, Tuesdays!" corrects the research room's day, not the referral: the Historical Society
    // comes with its phone (pass); no question about what was given (completeness fails), "that's all i needed"
    name: 'Stoughton genealogy: "call the Stoughton Historical Society at 608-…; their research room is open Thursdays. Oops, scratch that, Tuesdays!" keeps the referral',
    lines: [
      [0, 'p', 'looking for info on my great grandmothers family from Stoughton, Wisconsin, 1890s. Norwegian'],
      [22, 'l', 'Hello and welcome to Ask a Librarian Wisconsin! Are you looking for birth and marriage records, or more general family history?'],
      [60, 'p', 'marriage records mostly, and anything about the church'],
      [70, 'l', 'One moment while I look.'],
      [150, 'l', "The Wisconsin Historical Society's pre-1907 vital records index is free at wisconsinhistory.org/vital-records. For the Norwegian Lutheran church books, call the Stoughton Historical Society at 608-555-0132 before you go; their research room is open Thursdays. Oops, scratch that, Tuesdays!"],
      [205, 'p', "great, that's all i needed, tusen takk!"],
      [212, 'l', "Ha, you're welcome! Good luck with the search, and come back anytime."],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    // reading: the provider quotes their own chat script's hold and means it ("please bear with me while I search"): a hold;
    // the answer comes 154 s later (82 -> 236): keep_informed fails
    name: 'James in Libby: \'In the words of our chat script, "please bear with me while I search," and the catalog is crawling today.\' is a hold, then 154 s',
    lines: [
      [0, 'p', 'do u have the new Percival Everett novel? James? in audio'],
      [41, 'l', "Hi! I'm Tariq, a librarian with Maple Valley Library. Do you want the CD audiobook or the Libby one?"],
      [75, 'p', 'libby pls'],
      [82, 'l', 'In the words of our chat script, "please bear with me while I search," and the catalog is crawling today.'],
      [236, 'l', 'Found it: James by Percival Everett, read by Dominic Hoffman, is in Libby with 14 holds ahead of you (about 6 weeks). Want me to place a hold on it?'],
      [270, 'p', 'yes please'],
      [290, 'l', "Done! It'll download on its own when it's ready. Is that what you were hoping for? Anything else I can find for you?"],
      [320, 'p', 'nope thats it thx'],
      [326, 'l', 'Enjoy the book, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: the note's `to` gives the receiving provider's name ("Lee Chen"), the transfer line her id ("lchen"): the
    // note is to the receiver and says why; the patron is told (handoff passes)
    name: 'May 4 Collection citation: a note with to "Lee Chen" and a transfer to "lchen" is a note to the receiver: handoff passes',
    lines: [
      [0, 'p', 'hello I need help with a citation in Chicago style for an archival letter'],
      [30, 'l', 'Hi, this is Jo at Kent State University Libraries. Is the letter from our Special Collections or somewhere else?'],
      [70, 'p', 'from your special collections, the May 4 collection'],
      [80, 'i', 'Lee, patron needs a Chicago citation for a letter in the May 4 Collection, box and folder format. You know that finding aid better than me.', { to: 'Lee Chen' }],
      [86, 'l', "Our archivist Lee knows that collection best, so I'm transferring you to her now. One moment!"],
      [90, 's', 'Chat transferred to lchen', sys('transfer', 'lchen')],
      [130, 'l', 'Hi, Lee here! For a letter in the May 4 Collection, Chicago note style is: Letter, writer to recipient, date, Box X, Folder Y, May 4 Collection, Special Collections and Archives, Kent State University Libraries. The box and folder are in the finding aid at www.library.kent.edu/may4-finding-aid. Does that format work for your paper?', who('Lee Chen', 'lchen')],
      [180, 'p', "yes perfect, that's all I need"],
      [186, 'l', 'Thanks for chatting, and good luck with the paper!', who('Lee Chen', 'lchen')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "this is kate from the hillsdale public library, nice name :)" introduces the provider, who shares the
    // patron's first name ("this is" + name is a self-introduction, not the patron greeted): greeting passes
    name: 'two Kates: the patron "hi this is kate…", the provider "hi! this is kate from the hillsdale public library, nice name :)": greeting passes',
    lines: [
      [0, 'p', 'hi this is kate, my daughter needs books about volcanoes for a 3rd grade report'],
      [28, 'l', 'hi! this is kate from the hillsdale public library, nice name :) does she need books she can check out, or websites too?', who('HPL Chat', 'hpl2')],
      [62, 'p', 'books she can check out'],
      [70, 'l', "Checking what's on the shelf now.", who('HPL Chat', 'hpl2')],
      [140, 'l', '"Volcanoes" by Seymour Simon (J 551.21 SIM) and "Volcanoes!" by Anne Schreiber (J 551.21 SCH) are both in at the main branch. Would those work for her report?', who('HPL Chat', 'hpl2')],
      [180, 'p', 'yes those are great, thats all we need'],
      [186, 'l', 'Wonderful, good luck to her! Bye Kate!', who('HPL Chat', 'hpl2')],
    ],
    over: { provider: { id: 'hpl2', name: 'HPL Chat', library: 'TST' } },
    exp: usual(),
  },
  {
    // reading: a quoted chat rule the provider applies to stop helping ('our "one question per chat" limit … I\'ll stop
    // here') tells the patron they reached a limit, with no way back: dismissal fails (critical); no goodbye in the last two
    name: 'teen sleep: \'Sorry, we go by the "one question per chat" rule, so I\'ll stop here.\' is the provider\'s own limit: dismissal fails',
    lines: [
      [0, 'p', 'can u help me find articles on the effects of social media on teen sleep? and also how to cite them in APA'],
      [25, 'l', "Hello, you've reached Ask Us at Rivergate Community College Library. Are these for a research paper?"],
      [55, 'p', 'yes psych 101'],
      [63, 'l', 'Let me look.'],
      [120, 'l', 'PsycINFO is the best database for this; this search gets 40 peer-reviewed articles: library.rivergate.edu/psycinfo-teen-sleep. Is that helpful?'],
      [160, 'p', 'ok but how do i cite them'],
      [168, 'l', 'Sorry, we go by the "one question per chat" rule, so I\'ll stop here.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: the Archives Hub is a named catalogue, a source, even in the sentence where Sue introduces her archives
    // team; it comes before any question (clarify fails)
    name: 'Hellyer Bros papers: "I\'m Sue from the Local Studies and Archives team, and the Archives Hub entry for Hellyer Bros has the full box list." gives a source',
    lines: [
      [0, 'p', "Hiya, I'm after the papers of a Hull trawler company, Hellyer Brothers, for my dissertation"],
      [30, 'l', "Hello, thanks for contacting Hull Libraries. I'm Sue from the Local Studies and Archives team, and the Archives Hub entry for Hellyer Bros has the full box list. Are you after the business records or the crew lists?"],
      [75, 'p', 'minute books mainly. are they online?'],
      [84, 'l', "The box list is online, but the minute books themselves haven't been digitised. Did that answer it?"],
      [120, 'p', "yes thanks, that's everything"],
      [126, 'l', 'Cheers, good luck with the dissertation!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "Oh never mind, you found it!" answers the patron's own question about the form; the referral to the
    // Auditor's office (no contact) stands: referral fails (reworded from "You'd start by calling the …", which no rubric
    // reads as a referral: the case is about the take-back)
    name: 'tax appeal: "Contact the Marion County Auditor\'s office", then "Oh never mind, you found it!" about the form: referral fails',
    lines: [
      [0, 'p', 'my property tax assessment went up like 30% this year, how do i appeal it'],
      [26, 'l', "Hi, I'm Ana, a reference librarian at Marion Public Library. Is this for a home in Marion County?"],
      [58, 'p', 'yes in Marion county, Ohio'],
      [66, 'l', 'Contact the Marion County Auditor\'s office; they handle Board of Revision complaints, and the deadline is usually March 31. Our research guide "Property Taxes in Ohio" walks through the steps. Does that help?'],
      [110, 'p', 'what form do i use? oh nvm its on the guide, DTE 1'],
      [118, 'l', 'Oh never mind, you found it! Yes, DTE 1 is the one. Anything else I can help with?'],
      [150, 'p', 'no thats all, thanks a lot'],
      [156, 'l', "You're welcome, good luck with the appeal!"],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- promiseTakenBackY5 -------------------------------------------------------------------------------------------
  {
    // reading: "no need to wait till Monday to pick it up" is about a hold on the shelf; the yearbook scans promised by
    // Friday stand: coded Answered (fails), e-mail repeated and "by Friday" (passes)
    name: 'yearbook scans by Friday, then "no need to wait till Monday to pick it up" about a hold: still a follow-up session',
    lines: [
      [0, 'p', 'hi can you find out if the 1952 Central High yearbook has my dad in it? Robert Alvey'],
      [20, 'l', 'Hi, Jo at Sample County Library. Do you know what year he graduated?'],
      [50, 'p', '53 i think. my email is ralvey.jr@example.com'],
      [60, 'l', "Thanks! The yearbooks are in storage, so I'll check the 1952 and 1953 ones and email you scans at ralvey.jr@example.com by Friday."],
      [95, 'p', 'awesome. also is my hold on the new grisham in yet?'],
      [103, 'l', "Yes, and no need to wait till Monday to pick it up: it's on the hold shelf at Main now, under your last name."],
      [130, 'p', 'great thanks thats all'],
      [136, 'l', "You're welcome, bye!"],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "No need for me to call you, the email will have everything" takes back a call, not the e-mail promised
    name: 'Oklahoma Eagle reels: "email you what I find … within 3 business days", then "No need for me to call you, the email will have everything": still a follow-up',
    lines: [
      [0, 'p', 'do you have anything on the Tulsa race massacre in the Oklahoma Eagle? my number is 918-555-0140 or email dpowell@example.org'],
      [22, 'l', 'Hi, Jo at Sample County Library. Are you looking for the 1921 issues or later coverage?'],
      [55, 'p', '1921 and the 1971 anniversary'],
      [62, 'l', "Those aren't digitized, so I'll request the reels and email you what I find at dpowell@example.org within 3 business days."],
      [98, 'p', 'will you call too or just email'],
      [105, 'l', 'No need for me to call you, the email will have everything, with the page images attached.'],
      [140, 'p', 'ok thank you'],
      [146, 'l', 'Thank you, have a good afternoon!'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    // reading: "no need to wait till tomorrow for the first one" gives one article now; the bibliography promised by
    // tomorrow noon stands
    name: 'bibliography by tomorrow noon, then "no need to wait till tomorrow for the first one: it\'s at doi.org/…": still a follow-up',
    lines: [
      [0, 'p', 'i need sources on urban heat islands and tree canopy for my enviro sci paper'],
      [20, 'l', 'Hi, Jo at Sample County Library. How many sources do you need, and does it have to be peer reviewed?'],
      [55, 'p', '6 peer reviewed. my email is tn.okafor@example.edu'],
      [63, 'l', "Okay! I'll put together a list and email it to tn.okafor@example.edu by noon tomorrow."],
      [90, 'p', 'cool, can i start reading tonight tho?'],
      [98, 'l', "Sure, no need to wait till tomorrow for the first one: it's at doi.org/10.1016/j.ufug.2020.126653."],
      [130, 'p', 'thanks!'],
      [134, 'l', 'Bye for now!'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    // reading: "so no call back needed from circulation" is about the renewal; the scans promised stand
    name: 'scans by Monday, then "The renewal went through, so no call back needed from circulation.": still a follow-up',
    lines: [
      [0, 'p', 'can i get copies of the 1916 flood photos from the local history room? also my renewal failed online'],
      [21, 'l', 'Hi, Jo at Sample County Library. Which flood photos, the Main Street ones or the river bridge?'],
      [50, 'p', 'main street. email is bwinters@example.com'],
      [58, 'l', "I'll ask Local History to scan them and email them to bwinters@example.com by Monday."],
      [75, 'l', 'The renewal went through now, so no call back needed from circulation.'],
      [110, 'p', 'perfect thx'],
      [115, 'l', 'Take care!'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    // reading: the patron's "no need to email me the card application" is about something never promised; the census
    // page promised by tomorrow afternoon stands
    name: 'the patron: "no need to email me the card application"; the provider then promises the 1940 census page by tomorrow: a follow-up',
    lines: [
      [0, 'p', 'hi, i need the 1940 census page for my grandma in Tacoma, and the library card application'],
      [25, 'l', 'Hi, Jo at Sample County Library. Do you know her street in 1940?'],
      [60, 'p', 'Yakima ave i think. oh no need to email me the card application, i grabbed one at the branch. my email is h.ng@example.com'],
      [70, 'l', "Got it. I'll find her on the 1940 census in HeritageQuest and email the page to h.ng@example.com by tomorrow afternoon."],
      [100, 'p', 'thanks!!'],
      [106, 'l', "You're welcome, bye for now!"],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    // near miss (the take-back Y5 meant): "So you won't need my email after all: it's 970.00497 HAN v.4" withdraws the
    // promise: no follow-up session (code passes, contact na)
    name: 'near miss: "I\'ll keep trying and email you the call number by tomorrow", then "Oh, it loaded! So you won\'t need my email after all": no follow-up',
    lines: [
      [0, 'p', 'whats the call number for the smithsonian handbook of north american indians vol 4'],
      [18, 'l', 'Hi, Jo at Sample County Library. Is that volume 4, History of Indian-White Relations?'],
      [45, 'p', 'yes'],
      [52, 'l', "Our catalog is acting up; I'll keep trying and email you the call number at the address on your account by tomorrow."],
      [110, 'l', "Oh, it loaded! So you won't need my email after all: it's 970.00497 HAN v.4, on the 2nd floor reference shelves. Does that help?"],
      [140, 'p', 'perfect thx'],
      [146, 'l', 'Bye!'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  // ---- referralTakenBackY5 ------------------------------------------------------------------------------------------
  {
    // reading: "Never mind, eVetRecs was retired" drops another resource; the VSO referral (no contact) stands: fails
    name: 'DD-214: "Contact your county Veterans Service Office…", then "Never mind, eVetRecs was retired; … SF-180 at archives.gov/…": referral fails',
    lines: [
      ...open("how do i get a copy of my dd214? my dad's actually, he passed", 'Hi, Jo at Sample County Library. Do you need it for burial benefits or for your records?'),
      [50, 'p', 'burial benefits'],
      [58, 'l', 'Contact your county Veterans Service Office; they request it for families and help with the burial claim. The eVetRecs request page is the other route.'],
      [110, 'l', 'Never mind, eVetRecs was retired; the request form is now the SF-180, at archives.gov/veterans/military-service-records.'],
      [150, 'p', 'ok thank you'],
      [155, 'l', 'Take care.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Scratch that, 4:00 on Fridays." corrects the hours; the Recorder's office (no contact) stays referred to
    name: 'deed copy: "ask the county Recorder\'s office … open until 4:30 on weekdays. Scratch that, 4:00 on Fridays.": referral fails',
    lines: [
      ...open('how do i get a certified copy of the deed to my house', 'Hi, Jo at Sample County Library. Which county is the house in?'),
      [45, 'p', 'licking county'],
      [53, 'l', "You'll want to ask the county Recorder's office for the certified copy; they're open until 4:30 on weekdays. Scratch that, 4:00 on Fridays."],
      [90, 'p', 'ok thanks'],
      [95, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Actually, forget that, the parcel viewer is down all week" drops the GIS viewer; the Register of Deeds with
    // its street address stands: passes
    name: 'lot lines: "visit the Register of Deeds office, 210 S Main St, Room 110 … Actually, forget that, the parcel viewer is down all week": referral passes',
    lines: [
      ...open('where can i see the deed and the lot lines for my property', 'Hi, Jo at Sample County Library. Is the property in the city or the township?'),
      [45, 'p', 'city'],
      [53, 'l', 'For the deed itself, visit the Register of Deeds office, 210 S Main St, Room 110, weekdays 8 to 4:30. The county GIS parcel viewer shows the lot lines too. Actually, forget that, the parcel viewer is down all week; the plat books at our reference desk have the same lines.'],
      [95, 'p', 'great thanks'],
      [100, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "Not the application on their website, the paper one" narrows which form; the Social Security office (no
    // contact: "on Elm Street" has no number) is still the party: fails (reworded from "Bring the application form … to
    // the Social Security office", which no rubric reads as a referral: the case is about the take-back)
    name: 'SS card: "Visit the Social Security office on Elm Street with the application form…", then "Not the application on their website, the paper one: … ssa.gov/…": referral fails',
    lines: [
      ...open('my son needs a replacement social security card, hes 16', 'Hi, Jo at Sample County Library. Does he have his birth certificate and a school ID?'),
      [50, 'p', 'yes both'],
      [58, 'l', 'Visit the Social Security office on Elm Street with the application form and both documents.'],
      [90, 'p', 'which form'],
      [97, 'l', 'Not the application on their website, the paper one: the SS-5, printable at ssa.gov/forms/ss-5.pdf.'],
      [130, 'p', 'thanks'],
      [135, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Ignore that, typo in the link" corrects Legal Aid's link; Legal Aid with its phone stands: passes
    name: 'eviction: "call Legal Aid of the Bluegrass at 859-555-0144, or apply online at lablaw.org/aplly", then "Ignore that, typo in the link: lablaw.org/apply": referral passes',
    lines: [
      ...open('my landlord gave me a 7 day notice what do i do', 'Hi, Jo at Sample County Library. Are you in Kentucky?'),
      [40, 'p', 'yes lexington'],
      [48, 'l', 'You can call Legal Aid of the Bluegrass at 859-555-0144, or apply online at lablaw.org/aplly.'],
      [60, 'l', 'Ignore that, typo in the link: lablaw.org/apply.'],
      [95, 'p', 'ok thank you'],
      [100, 'l', 'Take care.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "Never mind about the form fee, they waive it…" answers the patron's worry about a fee; the VSO with its
    // phone stands: passes
    name: 'VSO: "Call the Franklin County Veterans Service Office at 614-555-0166 … Never mind about the form fee, they waive it": referral passes',
    lines: [
      ...open('is there a fee to get my late husbands service records? we need the form', 'Hi, Jo at Sample County Library. Is this for a burial or a pension claim?'),
      [45, 'p', 'pension'],
      [53, 'l', "Call the Franklin County Veterans Service Office at 614-555-0166 to start the request form. Never mind about the form fee, they waive it for veterans' families."],
      [90, 'p', 'oh good thank you'],
      [95, 'l', 'Take care.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "Disregard that, wrong chat window" drops the pasted printing link; the Clerk with its phone stands: passes
    name: 'marriage record: "Call the Boone County Clerk at 859-555-0123 … Printing from wifi: bcpl.org/wifi", then "Disregard that, wrong chat window, sorry!": referral passes',
    lines: [
      ...open('how do i get my parents 1974 marriage record, boone county ky', 'Hi, Jo at Sample County Library. Do you need a certified copy?'),
      [45, 'p', 'yes certified'],
      [52, 'l', 'Call the Boone County Clerk at 859-555-0123 for the certified marriage record. Printing from wifi: bcpl.org/wifi'],
      [64, 'l', "Disregard that, wrong chat window, sorry! The clerk's number is the one you need."],
      [95, 'p', 'lol ok thanks'],
      [100, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "Not the report itself, but they'll have the case number for you." says what the same records unit gives:
    // the referral with its phone stands: passes (reworded from "…they can give you the case number by phone", which every
    // rubric reads as a second referral, without a contact: an older reading, not the take-back)
    name: 'accident report: "Call the Sheriff\'s office records unit at 555-0190", then "Not the report itself, but they\'ll have the case number for you.": referral passes',
    lines: [
      ...open('how do i get the accident report from last week, sheriff came out', 'Hi, Jo at Sample County Library. Was it on a county road?'),
      [45, 'p', 'yes'],
      [52, 'l', "Call the Sheriff's office records unit at 812-555-0190 for the accident report."],
      [80, 'p', 'can they email me the report?'],
      [88, 'l', "Not the report itself, but they'll have the case number for you."],
      [120, 'p', 'ok thx'],
      [125, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss (the take-back Y5 meant): "Actually, scratch that, we have the 1920s directories digitized here" drops the
    // Historical Society: na
    name: 'near miss: "visit the Historical Society\'s library on Fourth Street…", then "Actually, scratch that, we have them digitized: catalog.samplelib.org/directories": referral na',
    lines: [
      ...open('where can i find city directories from the 1920s', 'Hi, Jo at Sample County Library. Which city?'),
      [40, 'p', 'dayton'],
      [48, 'l', "Visit the Historical Society's library on Fourth Street for the city directories."],
      [60, 'l', 'Actually, scratch that, we have the 1920s ones digitized: catalog.samplelib.org/directories.'],
      [95, 'p', 'oh nice thanks'],
      [100, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss: the take-back, then a new party with no contact in the next sentence: fails
    name: 'near miss: "request it from the county Recorder\'s office", then "Scratch that. For births after 1908, contact the state Office of Vital Records instead.": referral fails',
    lines: [
      ...open('how do i get my grandpas birth certificate, born 1931', 'Hi, Jo at Sample County Library. Which state was he born in?'),
      [40, 'p', 'indiana'],
      [48, 'l', "You'd request it from the county Recorder's office."],
      [70, 'l', 'Scratch that. For births after 1908, contact the state Office of Vital Records instead.'],
      [100, 'p', 'ok'],
      [104, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- quotedWordsY6 ------------------------------------------------------------------------------------------------
  {
    // near miss (the reading Y6 meant): a kiosk's "Please wait, processing" quoted in an answer is no hold: no waiting on
    // the provider after 52: passes
    name: 'near miss: \'If the self-checkout says "Please wait, processing" for more than a few seconds, just tap your card again.\' is no hold',
    lines: [
      ...open('the self checkout keeps freezing on me', 'Hi, Jo at Sample County Library. Is it the one by the front doors at Main?'),
      [45, 'p', 'ya'],
      [52, 'l', 'If the self-checkout says "Please wait, processing" for more than a few seconds, just tap your card again.'],
      [200, 'l', 'Also, the kiosk by the children\'s room is usually faster.'],
      [230, 'p', 'ok cool thx'],
      [235, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: a quoted limit the provider applies to end the chat tells the patron they reached a limit of questions,
    // with no way back: fails
    name: 'quoted limit: \'Our chat has a "two questions per patron" limit and you\'ve had your two, so I\'m closing this chat.\' dismisses',
    lines: [
      ...open('whats the fine for a lost dvd? and can i pay online? and do you have the new avatar dvd', 'Hi, Jo at Sample County Library. Is the DVD one of ours?'),
      [40, 'p', 'yes'],
      [48, 'l', 'Lost DVDs are charged at the replacement cost, and you can pay online in My Account at catalog.samplelib.org.'],
      [80, 'p', 'ok and the avatar dvd?'],
      [88, 'l', 'Our chat has a "two questions per patron" limit and you\'ve had your two, so I\'m closing this chat.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: 'As our policy puts it, "your time is up after 15 minutes."' then closing: the provider tells the patron
    // their time is up: fails
    name: 'quoted time limit: \'As our chat policy puts it, "your time is up after 15 minutes." Ending the session now.\' dismisses',
    lines: [
      ...open('need help with my resume formatting in word, the bullets keep jumping', 'Hi, Jo at Sample County Library. Which version of Word?'),
      [40, 'p', '365'],
      [48, 'l', 'Try Home > Paragraph > Bullets and set the indent in "Adjust List Indents"; GCFGlobal has a guide at edu.gcfglobal.org/en/word.'],
      [700, 'p', 'still jumping, and how do i do two columns for skills'],
      [708, 'l', 'As our chat policy puts it, "your time is up after 15 minutes." Ending the session now.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss (the reading Y6 meant): the study-room screen's "Your time is up" quoted to explain a booking: passes
    name: 'near miss: \'When the study-room screen says "Your time is up," you can extend once if nobody is waiting.\' is no dismissal',
    lines: [
      ...open('the study room tablet kicked me out after an hour??', 'Hi, Jo at Sample County Library. Was it one of the rooms at Main?'),
      [40, 'p', 'yes room 3'],
      [48, 'l', 'When the study-room screen says "Your time is up," you can extend once if nobody is waiting; the booking rules are at samplelib.org/rooms. Anything else I can help with?'],
      [80, 'p', 'no thats it thanks'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- patronNameY6 -------------------------------------------------------------------------------------------------
  {
    // reading: "its leo @ the ridgewood public library" introduces the provider, whom the text names Leo as the patron's
    // record does: greeting passes
    name: 'two Leos: patron "Leo Park" in the fields; the provider "hey! its leo @ the ridgewood public library, what can i help u find?": greeting passes',
    lines: [
      [0, 'p', 'hi do you have any books on starting a food truck'],
      [20, 'l', 'hey! its leo @ the ridgewood public library, what can i help u find?', who('RPL Desk', 'rpl1')],
      [40, 'p', 'business plans and permits mostly'],
      [48, 'l', 'Food Truck Road Map by Kim Ehrlich is in at Main, 647.95 EHR. Does that help?', who('RPL Desk', 'rpl1')],
      [80, 'p', 'yes thats all thx'],
      [85, 'l', 'Good luck, bye!', who('RPL Desk', 'rpl1')],
    ],
    over: { patron: { name: 'Leo Park', email: null, phone: null }, provider: { id: 'rpl1', name: 'RPL Desk', library: 'TST' } },
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss (the reading Y6 meant): "hey sam from ridgewood library!!" greets the patron Sam; nothing names who answers
    name: 'near miss: the patron "im sam"; the provider "hey sam from ridgewood library!!" then a question: greeting fails',
    lines: [
      [0, 'p', 'hey im sam, i work at the ridgewood library branch in oak park, need a title checked in another county'],
      [20, 'l', 'hey sam from ridgewood library!!', who('RPL Desk', 'rpl1')],
      [25, 'l', 'Which title is it?', who('RPL Desk', 'rpl1')],
      [45, 'p', 'the covenant of water'],
      [60, 'l', 'It is in at the Lakeview branch, see catalog.example.org. Does that help?', who('RPL Desk', 'rpl1')],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Bye!', who('RPL Desk', 'rpl1')],
    ],
    over: { provider: { id: 'rpl1', name: 'RPL Desk', library: 'TST' } },
    exp: some({ greeting: 'fail' }),
  },
  // ---- noteAddresseeY4 ----------------------------------------------------------------------------------------------
  {
    // reading: "@Dana @Lee passing this one to Lee: …" is addressed to the receiver among others and says why: passes
    name: 'Holmes County 1880: a note "@Dana @Lee passing this one to Lee: patron needs …" (Dana the evening lead) is a handoff note: passes',
    lines: [
      ...open('hi, need help finding 1880 census for my ancestors in Ohio, Holmes county', 'Hi, Jo at Sample County Library. Do you know their names and township?'),
      [55, 'p', 'Jacob and Anna Yoder, maybe Walnut Creek twp'],
      [60, 'i', 'Jo, genealogy chats go to Lee tonight.', who('Dana Ruiz', 'druiz')],
      [70, 'i', '@Dana @Lee passing this one to Lee: patron needs the 1880 census for Jacob and Anna Yoder, Walnut Creek twp, Holmes Co., Ohio.'],
      [75, 'l', "I'm transferring you to Lee, our genealogy librarian, who'll pick this up in a moment."],
      [80, 's', 'Transferred to Lee Kowalski', sys('transfer', 'lkowalski')],
      [110, 'l', "Hi, I'm Lee! Let me pull up the 1880 census for Walnut Creek.", who('Lee Kowalski', 'lkowalski')],
    ],
    exp: some({ transfer: 'pass' }),
  },
  {
    // reading: "@Lee can you take this?" is addressed to the receiver, whose messages carry her name but no id: passes
    name: 'FAFSA: "@Lee can you take this? …", transfer to "lchen", Lee Chen\'s messages with no author id: handoff passes',
    lines: [
      ...open('stuck on the fafsa parent assets part, help', 'Hi, Jo at Sample County Library. Is it the parents\' investments question?'),
      [50, 'p', 'yes the investments one'],
      [56, 'i', '@Lee can you take this? patron is stuck on the FAFSA parent investments question, you did the FAFSA workshop.'],
      [60, 'l', "I'm transferring you to Lee, who ran our FAFSA workshop; one moment."],
      [64, 's', 'Chat transferred', sys('transfer', 'lchen')],
      [90, 'l', 'Hi, Lee here, I can help with the investments question.', { author: 'Lee Chen', authorId: null }],
    ],
    exp: some({ transfer: 'pass' }),
  },
  {
    // near miss (the reading Y4 meant): the only note is a question to a colleague consulted: fails
    name: 'near miss: the only note "@Dana do we still have the Holmes Co. 1880 reels?" then a transfer to Lee: handoff fails',
    lines: [
      ...open('1880 census for holmes county ohio please', 'Hi, Jo at Sample County Library. Which township?'),
      [45, 'p', 'walnut creek'],
      [50, 'i', 'Jo, genealogy chats go to Lee tonight.', who('Dana Ruiz', 'druiz')],
      [56, 'i', '@Dana do we still have the Holmes Co. 1880 reels on site or did they go to storage?'],
      [60, 'l', "I'm transferring you to Lee, our genealogy librarian; one moment."],
      [64, 's', 'Transferred to Lee Kowalski', sys('transfer', 'lkowalski')],
      [90, 'l', "Hi, I'm Lee! Let me look at the 1880 census for Walnut Creek.", who('Lee Kowalski', 'lkowalski')],
    ],
    exp: some({ transfer: 'fail' }),
  },
  // ---- laterIntroY1 -------------------------------------------------------------------------------------------------
  {
    // reading: the Dickinsonian's digital archive is a named resource, given in the sentence of the introduction: source
    name: 'Dickinson: "…I\'m Malik in Archives and Special Collections, and the Dickinsonian digital archive has every 1968 issue." gives a source',
    lines: [
      [0, 'p', 'hi, looking for student newspaper coverage of the 1968 protests at dickinson'],
      [24, 'l', "Hi, thanks for contacting Ask Us at Dickinson College. I'm Malik in Archives and Special Collections, and the Dickinsonian digital archive has every 1968 issue."],
      [60, 'p', 'perfect thats all i need'],
      [65, 'l', 'Great, bye!'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss (the reading Y1 meant): a later introduction naming only the provider's archives gives no source
    name: 'near miss: "Hello, thanks for contacting Leeds Libraries. I\'m Priya, in the West Yorkshire Archives team." gives no source',
    lines: [
      [0, 'p', 'hiya, do you have anything on the 1890 gas strike'],
      [24, 'l', "Hello, thanks for contacting Leeds Libraries. I'm Priya, in the Archives team."],
      [30, 'l', 'Are you after newspaper coverage or the council records?'],
      [70, 'p', 'both really, but ill come in and ask'],
      [76, 'l', 'No problem, bye for now!'],
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- near misses of this wave's narrowings (Y10) -------------------------------------------------------------------
  {
    // near miss for `takeBackKindY10`: a promise to call back, taken back as a call: no follow-up session
    name: 'near miss: "I\'ll call you back tomorrow at 502-555-0148 with the hours", then "No need for me to call you after all, found them: …": no follow-up',
    lines: [
      ...open('what are the summer hours at the Shively branch? my number is 502-555-0148', 'Hi, Jo at Sample County Library. This summer, or the July 4th week?'),
      [45, 'p', 'this summer'],
      [52, 'l', "The branch pages are being updated; I'll call you back tomorrow at 502-555-0148 with the hours."],
      [100, 'l', 'No need for me to call you after all, found them: Shively is open 10 to 6 Monday to Saturday, at lfpl.org/shively. Does that help?'],
      [130, 'p', 'yes thanks thats all'],
      [135, 'l', 'Bye!'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // near miss for `takeBackKindY10`: "no need to wait till Friday:" ends its clause and takes the promise back
    name: 'near miss: "I\'ll email you the scan by Friday", then "Good news, no need to wait till Friday: here it is, …": no follow-up',
    lines: [
      ...open('can i get the 1938 flood photo of Front St from your collection', 'Hi, Jo at Sample County Library. Is it the one from the Courier-Journal?'),
      [45, 'p', 'yes. email is mt.reyes@example.com'],
      [52, 'l', "I'll email you the scan at mt.reyes@example.com by Friday."],
      [110, 'l', 'Good news, no need to wait till Friday: here it is, digitized at digital.samplelib.org/flood1938/front-st. Is that the one?'],
      [140, 'p', 'yes!! thats all'],
      [145, 'l', 'Bye!'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // near miss for `takeBackNarrowY10`: "not the Sheriff" names the party as the referral wrote it, capitalised: swapped,
    // and the new party comes with its number: passes
    name: 'near miss: "Call the Sheriff\'s office records unit…" then "Sorry, not the Sheriff! City police took that one: their records desk is at 812-555-0111.": passes',
    lines: [
      ...open('how do i get the accident report from saturday', 'Hi, Jo at Sample County Library. Was it inside city limits?'),
      [45, 'p', 'yes on Main'],
      [52, 'l', "Call the Sheriff's office records unit for the accident report."],
      [64, 'l', 'Sorry, not the Sheriff! City police took that one: their records desk is at 812-555-0111.'],
      [95, 'p', 'ok thx'],
      [100, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for `takeBackNarrowY10`: the take-back right after the referral, as its last statement, still drops it
    name: 'near miss: "Contact the county Veterans Service Office for it." then "Never mind, you can request it yourself at archives.gov/veterans.": referral na',
    lines: [
      ...open('how do i get my own dd214, i lost it', 'Hi, Jo at Sample County Library. Were you discharged before or after 1997?'),
      [45, 'p', 'after, 2004'],
      [52, 'l', 'Contact the county Veterans Service Office for it.'],
      [64, 'l', 'Never mind, you can request it yourself online at archives.gov/veterans.'],
      [95, 'p', 'ok thanks'],
      [100, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for `quotedRuleY10`: a screen's words, with a rule mentioned apart from the quote: no dismissal
    name: 'near miss: \'The booking screen shows "Your time is up" when the two-hour rule kicks in; you can extend once at the desk.\' is no dismissal',
    lines: [
      ...open('why did the computer log me out', 'Hi, Jo at Sample County Library. Was it one of the public PCs at Main?'),
      [40, 'p', 'yes'],
      [48, 'l', 'The booking screen shows "Your time is up" when the two-hour rule kicks in; you can extend once at the desk. The PC rules are at samplelib.org/computers. Anything else?'],
      [80, 'p', 'no thats all'],
      [85, 'l', 'Bye!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss for `noteReceiverY10`: a note whose `to` names another colleague is no note to the receiver: fails
    name: 'near miss: a note with to "Dana Ruiz" ("do we still have the Holmes reels?") then a transfer to Lee: handoff fails',
    lines: [
      ...open('1880 census for holmes county ohio', 'Hi, Jo at Sample County Library. Which township?'),
      [45, 'p', 'walnut creek'],
      [50, 'i', 'Do we still have the Holmes Co. 1880 reels on site? Patron wants Walnut Creek twp.', { to: 'Dana Ruiz' }],
      [60, 'l', "I'm transferring you to Lee, our genealogy librarian; one moment."],
      [64, 's', 'Transferred to Lee Kowalski', sys('transfer', 'lkowalski')],
      [90, 'l', "Hi, I'm Lee! Let me look at the 1880 census for Walnut Creek.", who('Lee Kowalski', 'lkowalski')],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    // near miss for `introClauseSourceY10`: an introduction that goes on with no clause of its own gives no source
    name: 'near miss: "Hello, thanks for contacting Leeds Libraries. I\'m Chris, in the Archives and Family History team, and happy to help." gives no source',
    lines: [
      [0, 'p', 'hiya, looking into my great grandad who worked at the Leeds forge'],
      [24, 'l', "Hello, thanks for contacting Leeds Libraries. I'm Chris, in the Archives and Family History team, and happy to help."],
      [30, 'l', 'Do you know roughly when he worked there?'],
      [70, 'p', 'not sure, ill ask my nan and come back'],
      [76, 'l', 'No problem, bye for now!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss for `quotedFirstPersonY10`: a screen's quoted words with "we", not "I / me": no hold (52 -> 200 is no wait)
    name: 'near miss: \'If the renewal page says "please wait while we process your request" for more than a minute, close it and log in again.\' is no hold',
    lines: [
      ...open('my renewals page just spins', 'Hi, Jo at Sample County Library. Are you on the app or the website?'),
      [45, 'p', 'website'],
      [52, 'l', 'If the renewal page says "please wait while we process your request" for more than a minute, close it and log in again.'],
      [200, 'l', 'You can also renew by phone at 555-0100, option 2.'],
      [230, 'p', 'ok that worked thx'],
      [235, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // left: the same as the faucet case below, in a whole session: v23 reads no hold either; the hold family does not match
    // across the quote marks a word in scare quotes leaves in the text (a widening, outside this narrowings-only wave)
    // reading: 'give me a "quick" minute to look' is the provider's own hold with a word in scare quotes; the answer comes
    // 154 s later (82 -> 236): keep_informed fails
    name: 'James in Libby: \'Ok, give me a "quick" minute to look, our catalog is crawling today.\' is a hold, then 154 s of silence',
    lines: [
      [0, 'p', 'do u have the new Percival Everett novel? James? in audio'],
      [41, 'l', "Hi! I'm Tariq, a librarian with Maple Valley Library. Do you want the CD audiobook or the Libby one?"],
      [75, 'p', 'libby pls'],
      [82, 'l', 'Ok, give me a "quick" minute to look, our catalog is crawling today.'],
      [236, 'l', 'Found it: James by Percival Everett, read by Dominic Hoffman, is in Libby with 14 holds ahead of you (about 6 weeks). Want me to place a hold on it?'],
      [270, 'p', 'yes please'],
      [290, 'l', "Done! It'll download on its own when it's ready. Is that what you were hoping for? Anything else I can find for you?"],
      [320, 'p', 'nope thats it thx'],
      [326, 'l', 'Enjoy the book, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // left: 'give me a "quick" minute': the hold family does not match across the quote marks (v23 neither): a widening
    // reading: 'give me a "quick" minute' is the provider's own hold: 52 -> 200 = 148 s of waiting: fails
    name: 'faucet: \'Ok, give me a "quick" minute to look, our catalog is crawling today.\' is a hold, then 148 s',
    lines: [
      ...open('is there a book on how to fix a leaky faucet? the kind with 2 handles', 'Hi, Jo at Sample County Library. Is it a kitchen or bathroom faucet?'),
      [45, 'p', 'bathroom'],
      [52, 'l', 'Ok, give me a "quick" minute to look, our catalog is crawling today.'],
      [200, 'l', '"Black & Decker The Complete Guide to Plumbing" (643.6 BLA) has a section on two-handle compression faucets. Does that help?'],
      [230, 'p', 'yes thank you thats all'],
      [236, 'l', 'Good luck with it, bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // left: 'ok "one sec" lol, …': not read as a hold by v23 either (an older reading of a bare pause); a widening
    // reading: 'ok "one sec" lol' is the provider's own hold in chat style: 50 -> 192 = 142 s: fails
    name: 'chat style: \'ok "one sec" lol, our wifi is being weird today\' is a hold, then 142 s',
    lines: [
      ...open('do u guys have the sat prep book w the practice tests', 'Hi, Jo at Sample County Library. The College Board one or Princeton Review?'),
      [42, 'p', 'college board'],
      [50, 'l', 'ok "one sec" lol, our wifi is being weird today'],
      [192, 'l', 'The Official SAT Study Guide 2024 is in at the Eastside branch, call number 378.1662 OFF. That what you needed?'],
      [230, 'p', 'yep thats all ty'],
      [235, 'l', 'np, bye!'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // left: "scratch that, call the BMV title office at 614-… instead": Y5 reads any phone after the take-back as a corrected
    // detail of the same party, and v23 kept the first referral too (fails both); dropping it would widen the take-back
    // reading: "Sorry, scratch that, call the BMV title office at 614-… instead" drops the Recorder's office and refers to
    // the BMV title office, which comes with its phone: passes
    name: 'car lien: "Check with the Recorder\'s office", then "Sorry, scratch that, call the BMV title office at 614-555-0187 instead": referral passes',
    lines: [
      ...open('how do i find out if theres a lien on a used car im buying', 'Hi, Jo at Sample County Library. Is the car titled in Ohio?'),
      [45, 'p', 'yes'],
      [52, 'l', "Check with the Recorder's office about the lien."],
      [70, 'l', 'Sorry, scratch that, call the BMV title office at 614-555-0187 instead, car liens are theirs.'],
      [100, 'p', 'ok got it'],
      [105, 'l', 'Good luck!'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

describe('twenty-third round (Y10): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions("twenty-third round (Y10): the first wave's logic settings checked, every check", whole);
describeSessions("twenty-third round (Y10): the first wave's logic settings checked, short cases", short);

describeLeft('twenty-third-round-settings-checked', LEFT);
