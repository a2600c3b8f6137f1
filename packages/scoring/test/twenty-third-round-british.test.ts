/**
 * Twenty-third round, area (Y1): WHOLE AND SHORT SESSIONS FROM SERVICES IN BRITISH AND IRISH ENGLISH. Patrons and staff
 * of an Enquire-style national public-library chat staffed by library authorities in turn, county and city councils'
 * libraries, universities' "Ask a Librarian" services, and Ireland's public libraries: British spelling and idiom
 * ("catalogue", "enquiry", "whilst", "fortnight", "bear with", "hang on a tick", "give them a bell", "cheers", "ta"),
 * UK and Irish phone numbers, postcodes and Eircodes, .gov.uk / .ac.uk / .ie domains, councils, Citizens Advice, the NHS,
 * HMRC, archives and local studies, the British Library, inter-library loans, reservations, BorrowBox and Libby, PINs,
 * family history.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - greetings: "Morning!", "Afternoon!", "Evening!", "Hiya" and the Irish "Dia duit" greet; "You're through to <service>,
 *   <name> speaking" identifies who is answering (the greeting word is looked for beside it);
 * - holds: "bear with me a mo", "bear with", "hang on a tick", "just having a look now", "give me two ticks" announce that
 *   the provider is looking something up; "have a look at …" said to the patron is an instruction, no hold;
 * - check-ins: "Are you still with me?", "Are you still about?", "Have I lost you?" ask whether the patron is still there;
 *   "It looks like I've lost you" and "you've dropped off the chat" say the patron seems to have disconnected;
 * - goodbyes: "cheers", "ta" (thanks), "take care", "cheerio", "ta-ra", "Slán (go fóill)" (Irish: goodbye) say goodbye or
 *   thank; "I'll close the chat now" alone does not;
 * - completeness: "Has that done the trick?", "Did that sort it?", "Is that any use?", "Does that cover it?" ask whether
 *   what was given meets the need; "Would a scan be any use?" asks about something not yet given;
 * - anything else: "Owt else I can help with?" (Yorkshire "owt" = anything) asks; the patron's "that's me sorted" says,
 *   explicitly, that they have what they came for (done); "cheers" or "ta" alone does not;
 * - follow-ups: "by close of play Friday", "on Monday week", "within 3 working days" say when; "I'll pop that in an email
 *   to you" with no time promises but gives no when;
 * - referrals: UK and Irish numbers ("0300 …", "+44 20 …", "(01) …", "NHS 111") and addresses with a postcode or an Eircode
 *   are ways to reach a party; "give them a bell" with no number refers without a contact; staff the provider passes the
 *   question to are consulted, no referral.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, describeSessions, FU_LIB, FU_ME, type Key, type Line, other, type SessionCase, some, type St, sys, T0, DAY, usual, who } from './helpers';

const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const HOUR = 3600;
const SAM = who('Sam Okoro', 'sam');
const KATE = who('Kate Harding', 'kate');

export const whole: SessionCase[] = [
  // ---- public libraries: reservations, PINs, e-books --------------------------------------------------------------------
  {
    // reading: "that's me sorted, ta" says the patron is done (anything else passes on it alone)
    name: 'Enquire national chat, a Cardiff librarian covering the hour: the authority asked, "bear with me a mo", Bristol\'s catalogue and URL, "that\'s me sorted, ta"',
    lines: [
      [0, 'p', 'hiya, trying to find out if my library has the new Richard Osman on order yet'],
      [42, 'l', "Hello, you're through to Enquire, the national library chat. I'm Bethan, a librarian at Cardiff Libraries covering this hour."],
      [48, 'l', 'Which library service are you a member of? We answer for lots of councils.'],
      [70, 'p', 'Bristol'],
      [80, 'l', 'Lovely, bear with me a mo while I look.'],
      [190, 'l', "Bristol's catalogue shows 14 copies on order and 62 reservations already. You can add yours at bristol.gov.uk/libraries: log in with your card number and PIN and click Reserve. Does that help?"],
      [230, 'p', "yes brill, that's me sorted ta"],
      [236, 'l', 'No worries at all, happy reading! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Morning!" greets; "Has that done the trick?" asks whether what was given met the need
    name: 'Hertfordshire Libraries, "Morning! You\'re through to …, Sam speaking": PIN or BorrowBox password asked, "hang on a tick", the reset steps at hertfordshire.gov.uk, "Has that done the trick?"',
    lines: [
      [0, 'p', 'hi ive forgotten my pin and borrowbox wont let me in'],
      [35, 'l', "Morning! You're through to Hertfordshire Libraries, Sam speaking.", SAM],
      [41, 'l', "Is it the library PIN you've forgotten, or a BorrowBox password? They're different things these days.", SAM],
      [75, 'p', 'the library one i think. the 4 numbers'],
      [82, 'l', "Right, hang on a tick and I'll find the reset page for you.", SAM],
      [150, 'l', "You can reset it yourself at hertfordshire.gov.uk/libraries: choose My Account, then Forgotten PIN, and a new one goes to the email on your account. BorrowBox will take the new PIN straight away. Has that done the trick?", SAM],
      [240, 'p', 'yep got the email, in now. cheers!'],
      [246, 'l', 'Brill. Anything else I can help with today?', SAM],
      [270, 'p', 'no thats everything ta'],
      [276, 'l', 'No worries, enjoy your books. Bye!', SAM],
    ],
    over: { provider: { id: 'sam', name: 'Sam Okoro', library: 'HERTS' } },
    exp: usual(),
  },
  {
    // reading: "just having a look at the guide now" holds; the next provider message 132 s later breaks keep_informed
    name: 'University of Leeds Ask a Librarian, Harvard for a Department for Education report: which Harvard asked, "just having a look at the guide now", the answer 132 s later',
    lines: [
      [0, 'p', "Hello, how do I reference a government report in Harvard style? It's from the Department for Education."],
      [28, 'l', "Hi there, welcome to Ask a Librarian at the University of Leeds. I'm Priya, one of the academic librarians."],
      [33, 'l', 'Which version of Harvard does your school use: Leeds Harvard, or Cite Them Right?'],
      [70, 'p', 'leeds harvard i think, its for my education dissertation'],
      [78, 'l', 'OK, just having a look at the guide now.'],
      [210, 'l', 'The Leeds Harvard guide at library.leeds.ac.uk/referencing has a section on reports: Organisation (Year) Title. Place: Publisher. So: Department for Education (2023) Schools causing concern. London: DfE. Is that what you were after?'],
      [250, 'p', "perfect thank you, that's everything I needed"],
      [255, 'l', 'You are welcome, good luck with the dissertation! Bye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "Dia duit and welcome!" greets; "Slán go fóill" says goodbye (the last message is the only courteous one)
    name: 'Galway County Libraries, joining online: "Dia duit and welcome! This is Ciara", age asked, librariesireland.ie, anything else asked, "Slán go fóill"',
    lines: [
      [0, 'p', 'Hi can I join the library online? I live in Galway'],
      [55, 'l', 'Dia duit and welcome! This is Ciara from Galway County Libraries.'],
      [61, 'l', 'Are you over 18? Under-18s need a parent or guardian to sign them up.'],
      [90, 'p', 'yes 34'],
      [99, 'l', "Grand. You can join at librariesireland.ie: click Join, pick Galway as your home library, and your member number comes by email straight away. Membership is free. Does that answer your question?"],
      [140, 'p', 'it does, thanks a million'],
      [150, 'l', 'Is there anything else I can help you with?'],
      [200, 'p', "no that's grand"],
      [205, 'l', 'Slán go fóill, enjoy the library!'],
    ],
    exp: usual(),
  },
  {
    // reading: explore.bl.uk is a source; the British Library supplying the scan is no referral (the provider orders it);
    // "I'll pop the scan in an email to you within 3 working days" with the address read back passes followup.contact
    name: 'Cardiff University, an inter-library loan from the British Library: picked up at 74 s, reference and deadline asked, "bear with", the scan promised "within 3 working days", e-mail read back, no completeness question; done at 50 h',
    lines: [
      [0, 'p', "hiya, need a copy of a 1987 conference paper, library doesn't have it. can you get it from the British Library?"],
      [74, 'l', 'Hello, thanks for waiting. Ask a Librarian at Cardiff University, Rhys here.'],
      [80, 'l', 'Do you have the full reference, and when do you need it by?'],
      [120, 'p', "Jones, A. (1987) 'Coastal erosion in the Vale of Glamorgan', Proc. Geol. Assoc. 98(2). need it in a fortnight"],
      [128, 'l', 'Thanks. Let me check our holdings first, bear with.'],
      [200, 'l', "We don't hold volume 98, but it's in the British Library's catalogue (explore.bl.uk), so they can supply a scan through inter-library loan. I'll place the request for you now. What's your university email?"],
      [240, 'p', 'c2054321@cardiff.ac.uk'],
      [246, 'l', "Lovely, that's c2054321@cardiff.ac.uk. I'll pop the scan in an email to you within 3 working days. Is there anything else you need in the meantime?"],
      [280, 'p', 'no thats all, cheers'],
      [285, 'l', 'Cheers, speak soon. Bye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(290 + 50 * HOUR), by: 'jo', note: 'BL scan sent' }] },
    exp: usual({ pickup: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Kent Libraries, a council tax bill gone up: band or discount asked, "ring them on 01622 602000", Citizens Advice with its number and site, anything else asked',
    lines: [
      [0, 'p', "Hello I've had a council tax bill that's gone up loads and I don't understand why, can the library help"],
      [40, 'l', "Good afternoon, you're chatting with Marcus at Kent Libraries."],
      [46, 'l', 'Sorry to hear that. Has your band changed, or is it that a discount has stopped, like the single person discount?'],
      [95, 'p', 'i think the single person discount has gone, my son moved back in'],
      [104, 'l', "That would explain it. Council tax is run by your borough council, not us: for Maidstone, ring their council tax team on 01622 602000 and they can go through the bill with you. If you're struggling to pay, Citizens Advice can help too: 0800 144 8848 or citizensadvice.org.uk. Does that help?"],
      [160, 'p', "yes thank you, i'll ring them tomorrow"],
      [168, 'l', 'You are welcome. Anything else today?'],
      [200, 'p', "no that's it thanks"],
      [206, 'l', 'Take care, bye now.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Are you still with me?" is the check-in; "It looks like I've lost you, so I'll close the chat now" says the
    // patron seems to have disconnected and that the chat will end; its "Bye for now!" ends the idle (252 s)
    name: 'Ask Libraries Wales, BorrowBox on Android: phone and app asked, the settings steps and help page, "Did that sort it?", the patron gone: "Are you still with me?" at 132 s, "It looks like I\'ve lost you" at 252 s',
    lines: [
      [0, 'p', 'borrowbox audiobook wont download on my phone'],
      [30, 'l', "Hi, welcome to Ask Libraries Wales, I'm Gareth."],
      [36, 'l', "Is it an iPhone or an Android, and have you got the BorrowBox app or are you using the website?"],
      [70, 'p', 'android app'],
      [78, 'l', "Try this: in the BorrowBox app go to Settings, then Download Settings, and switch off 'Download over Wi-Fi only' if you're on mobile data. Then tap the title in My Loans and choose Download again. The help page is at borrowbox.com/help. Did that sort it?"],
      [210, 'l', 'Are you still with me?'],
      [330, 'l', "It looks like I've lost you, so I'll close the chat now. Do get back in touch if it's still not working. Bye for now!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: visiting Northumberland Archives at a street address with a postcode is a referral with a way to reach it
    name: 'Northumberland Libraries local studies, a miner great-grandfather: colliery and year asked, "let me have a look", the catalogue, Northumberland Archives at Woodhorn with its address and postcode',
    lines: [
      [0, 'p', "Hello, I'm researching my great-grandfather who worked at the pit in Ashington in the 1920s. Where would I find records?"],
      [48, 'l', "Hello and welcome to Northumberland Libraries' Ask a Librarian. My name's Helen, I look after local studies."],
      [55, 'l', 'Do you know which colliery it was, and roughly when he started?'],
      [110, 'p', 'Woodhorn I think, around 1921'],
      [118, 'l', 'Lovely, let me have a look at what we hold.'],
      [225, 'l', "Our Local Studies collection has the Ashington Coal Company magazine on microfilm; search 'Ashington Coal Company' in the catalogue to see which years. For the colliery's own records, visit Northumberland Archives at Woodhorn, Queen Elizabeth II Country Park, Ashington NE63 9YF. It's best to book a seat first."],
      [230, 'l', 'Is that the sort of thing you were after?'],
      [290, 'p', "Yes that's really useful, thanks so much. That's all I needed."],
      [296, 'l', 'You are very welcome, good luck with the research! Bye for now.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "have a word with the council's Welcome Centre" refers the patron to a party given no way to reach it;
    // nhs.uk in the sentence before is the GP finder's, not the Welcome Centre's
    name: 'Leeds Libraries, registering with a GP after a move: postcode asked, nhs.uk\'s Find a GP, "have a word with the council\'s Welcome Centre" with no contact',
    lines: [
      [0, 'p', 'Hi, just moved to Leeds, how do I register with a doctor?'],
      [20, 'l', "Hiya, Leeds Libraries here, you're chatting to Jo."],
      [27, 'l', 'Whereabouts in Leeds are you? Surgeries only take patients who live in their area.'],
      [60, 'p', 'LS6, Headingley'],
      [70, 'l', "You can find surgeries taking new patients near LS6 on nhs.uk under Find a GP, and most let you register online. If you've no proof of address yet, have a word with the council's Welcome Centre, they sort that sort of thing. Does that help?"],
      [130, 'p', 'ok ta'],
      [135, 'l', 'Anything else I can help with?'],
      [170, 'p', 'nope'],
      [175, 'l', 'Cheers, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "by close of play Friday" says when the information will come
    name: 'Norfolk Libraries Business & IP Centre, a bakery business plan: market and purpose asked, Mintel with the page, the Norfolk figures promised "by close of play Friday", e-mail read back; not yet recorded',
    lines: [
      [0, 'p', "Hi there. I'm starting a small bakery in Norwich and want stats on the UK bakery market. Do you have anything?"],
      [44, 'l', "Good morning, welcome to Norfolk Libraries' Business & IP Centre chat. I'm Tom, a business librarian."],
      [50, 'l', 'Is it the whole UK market you need, or the picture in Norfolk specifically? And is this for a business plan or a loan application?'],
      [98, 'p', 'mostly norfolk, business plan for the bank'],
      [106, 'l', "OK. Our Mintel subscription has a UK bakery market report you can read with your library card at norfolk.gov.uk/business-ip. The Norfolk figures will take some digging, so I'll put together what I can find and email it to you by close of play Friday. What's the best email?"],
      [150, 'p', 'sure its jess.baker@outlook.com'],
      [156, 'l', "Thanks, that's jess.baker@outlook.com. Does the Mintel report cover what you need for now?"],
      [200, 'p', "yes thats great thanks, that's everything"],
      [206, 'l', 'Brilliant. Speak Friday then, bye for now!'],
    ],
    over: FU_ME,
    exp: followed(),
  },
  {
    // reading: the Dublin and Irish Collections team is consulted for the patron (no referral); "come back to you" with no
    // time gives no when; "Answered" after a promise fails the code
    name: 'Dublin City Libraries, when a Portobello house was built: the house asked, a hold, the 1864 OS map at digital.dublincitylibraries.ie, the directories promised with no when, coded Answered',
    lines: [
      [0, 'p', "Hi, I'm trying to find out when the houses on Lennox Street in Portobello were built"],
      [38, 'l', "Hello, you're very welcome to Dublin City Libraries' chat. Aoife here."],
      [44, 'l', 'Are you after the build date for one particular house, or the terrace as a whole?'],
      [80, 'p', "number 22 really, it's my house"],
      [88, 'l', 'Let me see what I can find. One moment.'],
      [170, 'l', "The 1864 Ordnance Survey map on the Dublin City Library and Archive's digital repository, digital.dublincitylibraries.ie, shows the terrace already there, so it's older than 1864. I'll ask our Dublin and Irish Collections team to check the street directories for number 22 and come back to you. What's your email?"],
      [220, 'p', 'niamh.k@eircom.net'],
      [226, 'l', 'Grand, I have niamh.k@eircom.net. Does the map help in the meantime?'],
      [260, 'p', "yes it's fascinating thanks"],
      [266, 'l', 'Anything else for today?'],
      [300, 'p', "no, that's all"],
      [305, 'l', 'Slán for now, thanks for getting in touch!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "…so I'll transfer you to them. Bear with me a mo." announces the transfer (a hold); the internal note says why
    name: 'Enquire, a Leicester librarian transfers a blocked Surrey card to Surrey staff: branch and date asked, internal note, "Bear with me a mo", Kate waives the charge, surreycc.gov.uk',
    lines: [
      [0, 'p', 'My surrey library card has been blocked, says I owe £4.50 but I returned everything'],
      [35, 'l', "Hello, welcome to Enquire. I'm Dev, a librarian at Leicester Libraries covering the national chat."],
      [41, 'l', 'Can I check: which branch did you return the books to, and roughly when?'],
      [80, 'p', 'Woking, about 2 weeks ago'],
      [88, 'l', "Thanks. Only Surrey staff can see your account and there's a Surrey librarian online now, so I'll transfer you to them. Bear with me a mo."],
      [92, 'i', 'Surrey patron, £4.50 charge on items returned at Woking ~2 wks ago; needs account access. Can you take it?'],
      [96, 's', 'Chat transferred to Kate Harding', sys('transfer', 'kate')],
      [150, 'l', "Hi, Kate from Surrey Libraries here. I can see the charge: two items were checked in late at Woking. I've waived it as they were in the returns box on time, so your card's unblocked. You can check under My Account at surreycc.gov.uk/libraries. Has that sorted it for you?", KATE],
      [200, 'p', "yes! thank you so much, that's all"],
      [206, 'l', 'You are welcome, have a lovely day. Bye!', KATE],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Essex Libraries, BSL books then a bus pass: "we can only do one question per chat session. Bye." tells the patron they reached a limit',
    lines: [
      [0, 'p', 'hi do you have any books on learning british sign language'],
      [25, 'l', "Hi, you've reached Essex Libraries chat, Linda speaking."],
      [30, 'l', "Are you after a beginner's book, or something for a course like Level 1?"],
      [60, 'p', 'beginner'],
      [70, 'l', "Search 'British Sign Language' in our catalogue at libraries.essex.gov.uk: Let's Sign BSL by Cath Smith is a good start and there are 6 copies. Does that help?"],
      [100, 'p', 'yes thanks! also how do i renew my bus pass'],
      [108, 'l', "I'm afraid we can only do one question per chat session. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: other students waiting with an invitation to come back later this week is allowed; booking a one-to-one
    // with the subject librarian (the library's own specialist, with the booking URL) is a referral with a contact
    name: 'University of Glasgow in exam season: taught or research asked, the loan limits page, then a dissertation\'s worth of asks: others waiting, a one-to-one with the subject librarian, "come back to the chat later this week"',
    lines: [
      [0, 'p', 'hey how many books can i borrow as a masters student'],
      [30, 'l', "Hi, welcome to Ask a Librarian at the University of Glasgow! I'm Fiona."],
      [35, 'l', 'Are you on a taught or a research masters? The limits differ.'],
      [60, 'p', 'taught'],
      [66, 'l', 'Taught postgraduates can borrow 30 items; the full table is on the Borrowing page at gla.ac.uk/library/borrow. Is that what you needed to know?'],
      [90, 'p', 'yes. also can you find stuff for my whole dissertation lit review on urban heat islands, and check my references, and'],
      [100, 'l', "That's a bigger one! It's very busy with exams and there are other students waiting, so I'd suggest booking a one-to-one with your subject librarian at gla.ac.uk/library/appointments, or come back to the chat later this week. Thanks for getting in touch!"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: the provider sent only a greeting, a check-in and the disconnect notice: no substantive exchange
    name: 'Cork City Libraries, Lost Call: one question about the Irish Times archive, a greeting, "Are you still there?" at 130 s, "It seems you\'ve left the chat, so I\'m going to close it" at 260 s',
    lines: [
      [0, 'p', 'do you have the irish times archive online'],
      [40, 'l', 'Hello, this is Declan at Cork City Libraries.'],
      [170, 'l', 'Are you still there?'],
      [300, 'l', "It seems you've left the chat, so I'm going to close it. Feel free to get back in touch anytime. Bye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Renfrewshire Libraries renewals over chat while the librarian has three other chats open: "Just doing that now", renewed to 14 June, no completeness question, "No bother, take care!"',
    lines: [
      [0, 'p', 'can i renew my books over chat? card number 21234000567890'],
      [50, 'l', "Hi, Renfrewshire Libraries here, I'm Kirsty."],
      [55, 'l', 'Yes, I can do that. Is it all of them, or just some?'],
      [80, 'p', 'all 3 please'],
      [88, 'l', 'Just doing that now.'],
      [140, 'l', "Done: all three are renewed until 14 June. You can do it yourself next time in the catalogue under My Account at renfrewshirelibraries.co.uk. Anything else I can help with?"],
      [170, 'p', "no that's grand, cheers"],
      [175, 'l', 'No bother, take care!'],
    ],
    ctx: { otherIntervals: [other('y1-renf-a', 'jo', -100, 300), other('y1-renf-b', 'jo', 20, 400), other('y1-renf-c', 'jo', 60, 500)] },
    exp: usual({ complete: 'fail', concurrency: 'fail' }),
  },
  {
    // reading: "someone from Derbyshire Libraries will contact you" promises a follow-up; no contact is known anywhere, so
    // the follow-up code fails; Derbyshire Libraries named with no way to reach it is no source
    name: 'Enquire evening, a Derbyshire inter-library loan gone quiet: service and date asked, "someone from Derbyshire Libraries will contact you", no contact taken, Follow-up by patron\'s library',
    lines: [
      [0, 'p', "Hi, I requested a book from another county ages ago and haven't heard anything. Can you chase it?"],
      [40, 'l', "Good evening, Enquire here, I'm Sophie from Norfolk Libraries."],
      [46, 'l', 'Which library service are you a member of, and do you know roughly when you placed the request?'],
      [90, 'p', 'Derbyshire, in March'],
      [98, 'l', "I can't see Derbyshire's inter-library loan records from here, but I'll pass this to their team and someone from Derbyshire Libraries will contact you about it."],
      [130, 'p', 'ok thanks'],
      [136, 'l', 'Is there anything else I can help with tonight?'],
      [170, 'p', 'no thank you'],
      [176, 'l', 'Thanks for using Enquire, goodnight!'],
    ],
    over: FU_LIB,
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "Afternoon!" greets; a hold of exactly 120 s is not longer than silenceSeconds; "Would that work for your
    // dad?" asks whether the two ways given meet the need
    name: 'Cheshire Libraries, a paper Self Assessment form: picked up at 60 s, SA100 asked, a hold answered at exactly 120 s, HMRC\'s helpline 0300 200 3310 and the gov.uk page',
    lines: [
      [0, 'p', 'where can i get a paper self assessment form, my dad doesnt use computers'],
      [60, 'l', 'Afternoon! Ask Cheshire Libraries, Priya speaking.'],
      [66, 'l', 'Is it the main SA100 return he needs, or one of the supplementary pages?'],
      [100, 'p', 'the main one i think'],
      [106, 'l', 'Let me just check how HMRC are doing paper forms this year.'],
      [226, 'l', "He can order a paper SA100 by ringing HMRC's Self Assessment helpline on 0300 200 3310, or you can print it for him from gov.uk/government/publications/self-assessment-tax-return-sa100. Would that work for your dad?"],
      [270, 'p', "yes perfect, that's all i needed thanks"],
      [276, 'l', 'You are welcome, all the best to your dad. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a hold with a partial result that says the search goes on is a hold; the next message 121 s later breaks
    // keep_informed; e-mailing Special Collections (the library's own department) refers with a contact
    name: 'University of Manchester, Students\' Union minutes of the 1960s: purpose asked, "bear with me whilst I search", a partial result "still looking", the rest 121 s later, Special Collections by e-mail',
    lines: [
      [0, 'p', "Hello, I'd like to see the minutes of the Students' Union from the 1960s, are they held anywhere?"],
      [45, 'l', "Hi, welcome to the Library chat at the University of Manchester. You're talking to Owen."],
      [50, 'l', 'Is this for a research project, and do you need the originals or would digitised copies do?'],
      [110, 'p', 'for my history dissertation, originals are fine'],
      [118, 'l', 'OK, bear with me whilst I search the archives.'],
      [210, 'l', "I've found Students' Union minute books from 1958-1972 so far, still looking for anything later."],
      [331, 'l', "That's the lot: they're in the University Archives, reference USU/1/2, listed in Library Search. To see the originals, email Special Collections at uml.special-collections@manchester.ac.uk to book a reading room visit. Is that what you were hoping for?"],
      [380, 'p', "Brilliant, thank you, that's everything"],
      [385, 'l', 'My pleasure, good luck with the dissertation. Bye!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    // reading: the goodbye 119 s after the answer ends the final idle below idleCheckSeconds
    name: 'Gloucestershire Libraries, Cheltenham on bank holiday Monday: the branch asked, the hours page, the goodbye 119 s after the answer with no reply',
    lines: [
      [0, 'p', 'hi is the library in Cheltenham open on bank holiday monday'],
      [22, 'l', 'Hello! Gloucestershire Libraries chat, you are speaking to Ravi.'],
      [28, 'l', 'Is that the main Cheltenham Library on Clarence Street?'],
      [50, 'p', 'yeah'],
      [58, 'l', 'Cheltenham Library is closed on bank holiday Monday and opens again Tuesday at 9. Opening hours for every branch are at gloucestershire.gov.uk/libraries. Does that answer your question?'],
      [177, 'l', 'Thanks for chatting, have a good bank holiday! Bye.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Are you still with me?" 125 s after the answer, then the goodbye at 127 s: the check-in passes, the idle is
    // too short for the disconnect notice
    name: 'Ask Leicestershire Libraries, the Highway Code before a test in a fortnight: read or listen asked, Libby at leicestershire.overdrive.com, "Are you still with me?", "I\'ll leave it there then, cheers … Bye."',
    lines: [
      [0, 'p', 'Do you have the Highway Code as an ebook? My test is in a fortnight'],
      [33, 'l', "Hi, you've reached Ask Leicestershire Libraries. I'm Ellie."],
      [39, 'l', 'Would you rather read it or listen to it?'],
      [60, 'p', 'read'],
      [70, 'l', "The Official Highway Code is on Libby: search 'Highway Code' at leicestershire.overdrive.com and borrow it with your card number and PIN. There's usually no waiting list. Has that answered your question?"],
      [195, 'l', 'Are you still with me?'],
      [197, 'l', "I'll leave it there then, cheers and good luck with the test! Bye."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    // reading: ordering from the General Register Office online (its gov.uk page) and the Register Office with its street
    // address and postcode are referrals with contacts; "thats me sorted" says the patron is done
    name: 'Liverpool Libraries family history, a nan\'s 1931 birth certificate: names asked, the GRO\'s gov.uk page, Liverpool Register Office at the Cunard Building, L3 1DS, "Does that cover it?", "thats me sorted"',
    lines: [
      [0, 'p', 'how do i get a copy of my nans birth certificate, born 1931 in liverpool'],
      [47, 'l', "Hello, thanks for contacting Liverpool Libraries. I'm Chris, in the Archives and Family History team."],
      [52, 'l', "Do you know her full name at birth and her mother's maiden name? It makes ordering much easier."],
      [95, 'p', 'Margaret Doyle, mum was a Kelly i think'],
      [102, 'l', "Right, you'd order it from the General Register Office online at gov.uk/order-copy-birth-death-marriage-certificate, it's £12.50. If you'd rather do it locally, the Liverpool Register Office at the Cunard Building, Water Street, Liverpool L3 1DS can do copies of Liverpool births too. Does that cover it?"],
      [150, 'p', 'yes lovely, thats me sorted. ta very much'],
      [156, 'l', 'You are welcome, good luck with the family tree. Bye for now!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Trinity College Dublin, the Long Room for study: "Hi there! How can I help?" names no one, which room asked, the opening hours page, "Grand, take care!"',
    lines: [
      [0, 'p', 'is the long room open to students for study'],
      [18, 'l', 'Hi there! How can I help?'],
      [25, 'l', "Do you mean the Old Library's Long Room, or the Berkeley reading rooms?"],
      [50, 'p', 'the long room'],
      [58, 'l', "The Long Room is an exhibition space now, so not for study, but readers can use the Berkeley, Lecky and Ussher libraries: opening hours are on tcd.ie/library/opening-hours. Does that help?"],
      [90, 'p', 'ah ok, yes thanks'],
      [95, 'l', 'Anything else I can help with?'],
      [130, 'p', 'no thats all'],
      [134, 'l', 'Grand, take care!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'University of St Andrews, a 2011 census table for Fife\'s data zones: level asked, a hold, scotlandscensus.gov.uk, the extract promised "within 3 working days", e-mail confirmed; recorded at 80 h',
    lines: [
      [0, 'p', "Hi, I need the 2011 census table on household composition for Fife, can't find it"],
      [30, 'l', "Good afternoon, this is Ask a Librarian at the University of St Andrews. I'm Callum."],
      [36, 'l', 'Do you need it at council area level, or for smaller areas like data zones?'],
      [80, 'p', 'data zones if poss'],
      [88, 'l', "Let me have a look on Scotland's Census site."],
      [190, 'l', "The council-area table is on scotlandscensus.gov.uk (table KS105SC), but the data-zone version needs a bulk download I can't do in the chat. I'll download it and email you the Fife extract within 3 working days. Can you confirm your email?"],
      [230, 'p', 'sure, ab123@st-andrews.ac.uk'],
      [236, 'l', 'Thanks, ab123@st-andrews.ac.uk it is. Is the council-area table useful in the meantime?'],
      [270, 'p', "yes, thanks a lot. That's everything for now."],
      [276, 'l', 'Cheers. Bye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(281 + 80 * HOUR), by: 'jo', note: 'extract sent' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'Stoke Libraries training chat coded Practice: nothing is scored',
    lines: [
      [0, 'p', 'test test, is this working? Sarah from Staffs training'],
      [10, 'l', "Hi Sarah, yes it's coming through fine, this is Mo at Stoke Libraries."],
      [20, 'p', 'great ta'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'Libraries NI, e-magazines on a phone: device asked, the Libby steps and librariesni.org.uk guide, anything else asked; the resolution code left empty',
    lines: [
      [0, 'p', 'Hi how do I get e-magazines with my Libraries NI card'],
      [40, 'l', "Hello, Libraries NI here, my name's Conor."],
      [45, 'l', 'Are you on a phone or a computer?'],
      [70, 'p', 'phone'],
      [76, 'l', "Download the Libby app, add Libraries NI as your library, then sign in with your card number and PIN; the magazines are under Explore. There's a guide at librariesni.org.uk/eresources. Does that help?"],
      [120, 'p', 'yes found it thanks a million'],
      [125, 'l', 'Anything else?'],
      [150, 'p', 'no'],
      [155, 'l', 'Bye now, enjoy the magazines!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    // reading: "Shall I look for adult or children's books?" asks about the need (audience), before the first source
    name: 'Suffolk Libraries, books about a new baby sibling: "Shall I look for picture books or something for older children?", "two ticks", the catalogue list, "Is that any use?", "Cheerio!"',
    lines: [
      [0, 'p', 'hello, my little boy is getting a baby sister next month, any books to help him?'],
      [36, 'l', 'Hello, welcome to Suffolk Libraries chat! Anna here.'],
      [41, 'l', 'Shall I look for picture books, or something for older children? How old is he?'],
      [75, 'p', "he's 4"],
      [81, 'l', 'Lovely, give me two ticks.'],
      [160, 'l', "Picture books it is: There's Going to Be a Baby by John Burningham and Helen Oxenbury, and Za-za's Baby Brother by Lucy Cousins. Both are in the catalogue at suffolklibraries.co.uk and you can reserve them for free to your local branch. Is that any use?"],
      [210, 'p', 'perfect, reserved both. thats all i needed, ta'],
      [216, 'l', 'Fab, enjoy them. Cheerio!'],
    ],
    exp: usual(),
  },
];

const Q: Line = [0, 'p', 'hiya, do you have any books on the history of Whitby?'];
const HELLO: Line = [25, 'l', "Hello, you're through to North Yorkshire Libraries, Jo speaking. Is it the town or the abbey you're interested in?"];
const ASKED: Line[] = [Q, HELLO, [55, 'p', 'the town mostly, fishing and the whalers']];
const ANSWER = "Search 'Whitby history' in our catalogue at northyorks.gov.uk/libraries: Whitby and the Whaling Trade is on the shelf at Whitby Library.";

export const short: SessionCase[] = [
  // ---- greetings and who is answering ---------------------------------------------------------------------------------
  {
    name: '"Morning, you\'re through to Hertfordshire Libraries, Sam speaking." greets and names who is answering',
    lines: [[0, 'p', 'do you do photocopying at Hitchin library'], [30, 'l', "Morning, you're through to Hertfordshire Libraries, Sam speaking."], [36, 'l', 'Yes, black and white is 15p a sheet. Anything else?'], [60, 'p', 'no ta'], [65, 'l', 'Cheers, bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Evening! Niamh here, on the Ask a Librarian chat for Maynooth University." greets',
    lines: [[0, 'p', 'is the library open late during exams'], [30, 'l', 'Evening! Niamh here, on the Ask a Librarian chat for Maynooth University.'], [36, 'l', 'Yes, until midnight from 1 May: the hours are at maynoothuniversity.ie/library. Does that help?'], [60, 'p', 'yes thats all thanks'], [65, 'l', 'Good luck with the exams! Bye.']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: the Irish greeting "Dia duit" greets; the name and the library identify
    name: '"Dia duit, Seán here from Galway County Libraries." greets in Irish and names who is answering',
    lines: [[0, 'p', 'do ye have books in irish for kids'], [30, 'l', 'Dia duit, Seán here from Galway County Libraries.'], [36, 'l', 'Is it for a beginner or a fluent reader?'], [60, 'p', 'beginner, shes 6'], [70, 'l', 'Search "leabhair do pháistí" in the catalogue at galwaylibrary.ie. Does that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Slán!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "You\'re through to the chat." then "What\'s the enquiry?" greet no one by name, library or service: greeting fails',
    lines: [[0, 'p', 'how do i get a library card'], [20, 'l', "You're through to the chat."], [26, 'l', "What's the enquiry exactly, a card for you or for a child?"], [50, 'p', 'for me'], [60, 'l', 'Bring photo ID and proof of address to any branch. Does that help?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- holds ----------------------------------------------------------------------------------------------------------
  {
    // reading: "bear with me a mo" holds; the answer 115 s after it (125 s after the patron) keeps the patron informed
    name: '"Bear with me a mo." is a hold: the answer 115 s later (125 s after the patron\'s message) passes keep_informed',
    lines: [...ASKED, [65, 'l', 'Bear with me a mo.'], [180, 'l', `${ANSWER} Does that help?`], [210, 'p', "that's everything, ta"], [215, 'l', 'Cheers, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Just having a look now" is a hold: the answer 112 s later passes keep_informed',
    lines: [...ASKED, [62, 'l', 'Just having a look now.'], [174, 'l', `${ANSWER} Does that help?`], [210, 'p', "that's everything, ta"], [215, 'l', 'Cheers, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Hang on a tick whilst I check the shelves list" is a hold: the answer 118 s later passes keep_informed',
    lines: [...ASKED, [61, 'l', 'Hang on a tick whilst I check the shelves list.'], [179, 'l', `${ANSWER} Does that help?`], [210, 'p', "that's everything, ta"], [215, 'l', 'Cheers, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // near miss for any "have a look" hold: said to the patron it is an instruction, so waiting on the patron follows
    name: 'near miss: "Have a look at the catalogue and see if any of those suit." is no hold: the provider\'s next message 150 s later breaks nothing',
    lines: [...ASKED, [62, 'l', `${ANSWER} Have a look at the catalogue and see if any of those suit.`], [212, 'l', 'Did you find anything that fits?'], [240, 'p', "yes, that's everything ta"], [245, 'l', 'Cheers, bye!']],
    exp: some({ informed: 'pass' }),
  },
  // ---- check-ins and disconnects ------------------------------------------------------------------------------------------
  {
    name: '"Are you still about?" 130 s after the answer is a check-in (idle 150 s)',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [192, 'l', 'Are you still about?'], [212, 'l', "I'll leave it there. Cheers, bye!"]],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Have I lost you?" 125 s after the answer asks whether the patron is still there (idle 140 s)',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [187, 'l', 'Have I lost you?'], [202, 'l', 'Thanks for chatting, bye!']],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: "you've dropped off the chat, so I'll close it now" says the patron seems disconnected and that it will end
    name: '"Are you still with me?" then "Looks like you\'ve dropped off the chat, so I\'ll close it now. Pop back any time." (idle 240 s): both pass',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [190, 'l', 'Are you still with me?'], [302, 'l', "Looks like you've dropped off the chat, so I'll close it now. Pop back any time."]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  // ---- goodbyes -------------------------------------------------------------------------------------------------------------
  {
    name: '"Ta-ra!" says goodbye: courteous passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [90, 'p', 'yes thats all i needed'], [96, 'l', 'Ta-ra!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Slán!" alone says goodbye in Irish: courteous passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Is that any use?`], [90, 'p', 'yes thats all i needed'], [96, 'l', 'Slán!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Right, I\'m going to close the chat now." after the answer announces the end and nothing more: courteous fails',
    lines: [...ASKED, [62, 'l', ANSWER], [90, 'p', 'ok'], [96, 'l', "Right, I'm going to close the chat now."]],
    exp: some({ courteous: 'fail' }),
  },
  // ---- anything else, the patron done -------------------------------------------------------------------------------------
  {
    // reading: Yorkshire "owt" is "anything"
    name: '"Owt else I can help with, love?" asks whether the patron needs anything else',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [90, 'p', 'yes ta'], [96, 'l', 'Owt else I can help with, love?'], [120, 'p', 'no ta'], [125, 'l', 'Cheers, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"Is there anything else I can do for you whilst you\'re here?" asks',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [90, 'p', 'yes ta'], [96, 'l', "Is there anything else I can do for you whilst you're here?"], [120, 'p', 'no ta'], [125, 'l', 'Cheers, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "brill, that\'s me sorted, cheers" says they are done: anything else passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [90, 'p', "brill, that's me sorted, cheers"], [96, 'l', 'No worries, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s "lovely, cheers" alone does not say they are done: anything else fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} Does that help?`], [90, 'p', 'lovely, cheers'], [96, 'l', 'No worries, bye!']],
    exp: some({ anything: 'fail' }),
  },
  // ---- completeness -----------------------------------------------------------------------------------------------------------
  {
    name: '"Is that any use?" after the catalogue answer asks whether it meets the need',
    lines: [...ASKED, [62, 'l', `${ANSWER} Is that any use?`], [90, 'p', "yes that's all ta"], [96, 'l', 'Cheers, bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Did that sort it?" after the reset steps asks whether they worked',
    lines: [[0, 'p', 'cant log in to libby, says card not recognised'], [30, 'l', 'Hi, Ask Libraries Wales, Gareth here. Are you putting in the long number on the back of your card?'], [60, 'p', 'yes all 14 digits'], [70, 'l', 'In Libby, remove the library, then add it again by searching "Libraries Wales" and sign in with the card number and your 4-digit PIN. The guide is at libraries.wales/libby. Did that sort it?'], [110, 'p', "yes thats all, i'm in"], [115, 'l', 'Cheers, bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would a scan of the page be any use?" offers something not yet given: completeness fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} There's also an 1890s map in Local Studies. Would a scan of the page be any use?`], [90, 'p', "no that's everything ta"], [96, 'l', 'Cheers, bye!']],
    exp: some({ complete: 'fail' }),
  },
  // ---- follow-ups -------------------------------------------------------------------------------------------------------------
  {
    name: '"I\'ll email you the list by close of play Friday" with the address read back: followup.contact passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} The Local Studies team will have more, so I'll ask them and email you the list by close of play Friday. What's your email?`], [90, 'p', 'k.hart@btinternet.com'], [96, 'l', "Thanks, that's k.hart@btinternet.com. Anything else?"], [120, 'p', 'no ta'], [125, 'l', 'Cheers, bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "Monday week" is a day (a week on Monday)
    name: '"I\'ll get back to you on Monday week, once the store has been checked" with the e-mail given: followup.contact passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} The older pamphlets are in our store, which is only checked on Mondays, so I'll get back to you on Monday week with what's there. Can I take an email?`], [90, 'p', 'its k.hart@btinternet.com'], [96, 'l', 'Got it, k.hart@btinternet.com. Anything else?'], [120, 'p', 'no ta'], [125, 'l', 'Cheers, bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: '"I\'ll pop that in an email to you" with the address but no time: followup.contact fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} There's a longer list of pamphlets, I'll pop that in an email to you. What's the best address?`], [90, 'p', 'k.hart@btinternet.com'], [96, 'l', "Thanks, that's k.hart@btinternet.com. Anything else?"], [120, 'p', 'no ta'], [125, 'l', 'Cheers, bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  // ---- referrals with UK and Irish contacts ---------------------------------------------------------------------------------
  {
    name: '"ring the council\'s Blue Badge team on 0300 123 4567" refers with a phone number',
    lines: [[0, 'p', 'how do i renew my mums blue badge'], [30, 'l', "Hi, you're through to Hampshire Libraries, Jo speaking. Has her badge already expired, or is it due soon?"], [60, 'p', 'due next month'], [70, 'l', "You can renew online at gov.uk/apply-blue-badge, or ring the council's Blue Badge team on 0300 123 4567 if she'd rather do it by phone. Does that help?"], [100, 'p', 'yes thats all ta'], [105, 'l', 'Cheers, bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"give the London Metropolitan Archives a ring on +44 20 7946 0000" refers with an international number',
    lines: [[0, 'p', 'where would I find parish registers for Hackney from the 1850s?'], [30, 'l', 'Hello, Ask a Librarian at the British Library, Femi speaking. Which parish, do you know?'], [60, 'p', 'St John at Hackney'], [70, 'l', "Those registers are held by the London Metropolitan Archives; give them a ring on +44 20 7946 0000 to check what's been filmed before you visit. Is that helpful?"], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye for now!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"ring the Valuation Office on (01) 555 1234" refers with a Dublin number in brackets',
    lines: [[0, 'p', 'where can i find the old valuation records for my house in dublin'], [30, 'l', 'Hi, Dublin City Libraries, Aoife here. Do you want the 1850s Griffith valuation or the later revision books?'], [60, 'p', 'the later ones'], [70, 'l', 'The revision books are held by the Valuation Office: ring them on (01) 555 1234 to book a look at them. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye now!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"write to the Register Office, City Hall, College Green, Bristol BS1 5TR" refers with a postal address',
    lines: [[0, 'p', 'i need a copy of my marriage certificate, married in bristol 1998'], [30, 'l', 'Hello, Bristol Libraries chat, I\'m Tess. Do you need a certified copy or just the details?'], [60, 'p', 'certified'], [70, 'l', 'For a certified copy, write to the Register Office, City Hall, College Green, Bristol BS1 5TR with your names and the date. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye now!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"call in to the Citizens Information Centre at 13 Lower Mount Street, Dublin 2, D02 X285" refers with an address and Eircode',
    lines: [[0, 'p', 'how do i apply for the fuel allowance'], [30, 'l', 'Hi, Libraries Ireland chat, Ciara here. Are you getting a social welfare payment at the moment?'], [60, 'p', 'yes the state pension'], [70, 'l', 'Then you can apply on the Fuel Allowance form; if you want help filling it in, call in to the Citizens Information Centre at 13 Lower Mount Street, Dublin 2, D02 X285. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Slán!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Best give Citizens Advice a bell, they\'re really good with this" refers without a way to reach them',
    lines: [[0, 'p', 'my landlord wont give my deposit back'], [30, 'l', 'Hi, Nottingham Libraries chat, Jo here. Was your deposit put in a protection scheme, do you know?'], [60, 'p', 'no idea'], [70, 'l', "Best give Citizens Advice a bell, they're really good with this and can check for you. Does that help?"], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye now!']],
    exp: some({ referral: 'fail' }),
  },
  // ---- closing time -------------------------------------------------------------------------------------------------------------
  {
    name: '"We\'re closing in five minutes so I\'ll have to end it there." ends the help for the provider\'s convenience with no way back',
    lines: [...ASKED, [62, 'l', ANSWER], [90, 'p', 'thanks, and do you have anything on Captain Cook?'], [96, 'l', "We're closing in five minutes so I'll have to end it there."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "We close at five, so if we run out of time do pop back tomorrow morning and we\'ll carry on." offers a way back',
    lines: [...ASKED, [62, 'l', ANSWER], [90, 'p', 'thanks, and do you have anything on Captain Cook?'], [96, 'l', "We close at five, so if we run out of time do pop back tomorrow morning and we'll carry on. Captain Cook Memorial Museum's library is worth a look too."]],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- near misses of Y1's changes (each must stay as it is) ----------------------------------------------------------
  {
    // Y1 referralVerb, the case it fixes in short: the service's name before "<name> speaking"
    name: '"Afternoon! Ask Cheshire Libraries, Priya speaking." names the service: no referral in the greeting',
    lines: [[0, 'p', 'do you sell bags for life at the library'], [30, 'l', 'Afternoon! Ask Cheshire Libraries, Priya speaking.'], [36, 'l', 'Which branch do you use?'], [60, 'p', 'crewe'], [70, 'l', 'Crewe Library sells them at the counter for 50p; the branch page is at cheshireeast.gov.uk/libraries. Does that help?'], [100, 'p', 'yes thats all ta'], [105, 'l', 'Cheers, bye!']],
    exp: some({ referral: 'na', greeting: 'pass' }),
  },
  {
    // near miss for Y1 referralVerb "Ask <place> Libraries, <name> speaking": someone there is no provider's name
    name: 'near miss: "Ask Warrington Libraries, someone there will know." sends the patron to another library with no contact: referral fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} For the Warrington whaling ships, though, ask Warrington Libraries, someone there will know. Does that help?`], [90, 'p', "that's everything, ta"], [96, 'l', 'Cheers, bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Ask Warrington Libraries, they\'re on 01925 442889." refers with a number: referral passes',
    lines: [...ASKED, [62, 'l', `${ANSWER} For the Warrington whaling ships, ask Warrington Libraries, they're on 01925 442889. Does that help?`], [90, 'p', "that's everything, ta"], [96, 'l', 'Cheers, bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for Y1 address (postcodes): an ordinal after a room number is no postcode
    name: 'near miss: "For the tickets, pop into the Welcome Centre, Room B2 1st floor." gives no postal address: referral fails',
    lines: [...ASKED, [62, 'l', `${ANSWER} The whaling talk is ticketed. For the tickets, pop into the Welcome Centre, Room B2 1st floor. Does that help?`], [90, 'p', "that's everything, ta"], [96, 'l', 'Cheers, bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"write to Whitby Museum, Pannett Park, Whitby YO21 1RE" refers with a postcode address (no street number)',
    lines: [...ASKED, [62, 'l', `${ANSWER} For the whalers' logbooks, write to Whitby Museum, Pannett Park, Whitby YO21 1RE. Does that help?`], [90, 'p', "that's everything, ta"], [96, 'l', 'Cheers, bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"call in to the Cork County Library, Carrigrohane Road, Cork, T12 YN60" refers with an Eircode',
    lines: [[0, 'p', 'where could I see old cork newspapers'], [30, 'l', 'Hi, Libraries Ireland chat, Ciara here. Which years are you after?'], [60, 'p', '1920s'], [70, 'l', 'The Cork Examiner for the 1920s is on microfilm: call in to Cork County Library, Carrigrohane Road, Cork, T12 YN60 to view it. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Slán!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // near miss for Y1 phone (bracketed trunk code): a citation's issue and pages
    name: 'near miss: "ring the Valuation Office; see Irish Historical Studies 41 (01) 112-118" gives no phone number: referral fails',
    lines: [[0, 'p', 'where can i find the old valuation records for my house in dublin'], [30, 'l', 'Hi, Dublin City Libraries, Aoife here. Do you want the 1850s Griffith valuation or the later revision books?'], [60, 'p', 'the later ones'], [70, 'l', 'The revision books are held by the Valuation Office, so ring them to book a look. There is a good article on them in Irish Historical Studies 41 (01) 112-118. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye now!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"ring the Valuation Office on +353 1 555 1234" and "+44 (0)20 7946 0000" are phone numbers: referral passes',
    lines: [[0, 'p', 'where can i find the old valuation records for my house in dublin'], [30, 'l', 'Hi, Dublin City Libraries, Aoife here. Do you want the 1850s Griffith valuation or the later revision books?'], [60, 'p', 'the later ones'], [70, 'l', 'The revision books are held by the Valuation Office: ring them on +353 1 555 1234. For the London copies, ring the National Archives on +44 (0)20 7946 0000. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye now!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // Y1 `bestLeadY1`: the case it fixes with a contact
    name: '"You\'re best to ring the council\'s housing team on 0300 123 4567" refers with a number: referral passes',
    lines: [[0, 'p', 'my flat has damp and the landlord wont fix it'], [30, 'l', 'Hi, Nottingham Libraries chat, Jo here. Is it a council flat or a private landlord?'], [60, 'p', 'private'], [70, 'l', "You're best to ring the council's housing team on 0300 123 4567, they can inspect it. Shelter's advice is at england.shelter.org.uk too. Does that help?"], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye now!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for Y1 `bestLeadY1`: someone else will ring the patron
    name: 'near miss: "They\'d best ring you themselves once it\'s in." tells of the branch ringing the patron: no referral',
    lines: [...ASKED, [62, 'l', `${ANSWER} I've asked Whitby branch to hold it for you. They'd best ring you themselves once it's in. Does that help?`], [90, 'p', "that's everything, ta"], [96, 'l', 'Cheers, bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for Y1 referralVerb "one-to-one": a room booked, no one to meet
    name: 'near miss: "Book a one-to-one room on the second floor at gla.ac.uk/rooms" books a room, no referral',
    lines: [[0, 'p', 'where can i do a zoom interview on campus'], [30, 'l', 'Hi, Ask a Librarian at the University of Glasgow, Fiona here. Do you need it to be quiet and private?'], [60, 'p', 'yes'], [70, 'l', 'Book a one-to-one room on the second floor at gla.ac.uk/rooms. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Bye now!']],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for Y1 `laterIntroY1`: the later sentence is no introduction, its microfilm is a source before the question
    name: 'near miss: "Hello, thanks for contacting Liverpool Libraries. Chris here. The Archives microfilm has the 1931 registers." gives a source before any question: clarify fails',
    lines: [[0, 'p', 'how do i find my nans birth in 1931 liverpool'], [40, 'l', 'Hello, thanks for contacting Liverpool Libraries. Chris here. The Archives microfilm has the 1931 registers.'], [46, 'l', 'Do you know her full name at birth?'], [80, 'p', 'Margaret Doyle'], [90, 'l', 'Then search the GRO index at gro.gov.uk. Does that help?'], [120, 'p', 'yes thats all'], [125, 'l', 'Bye now!']],
    exp: some({ clarify: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // reading: "111" is NHS 111's phone number
    // LEFT: referral.contact is na. "ring NHS 111" is read as no referral: "NHS 111" is no party word, and its number is
    // inside its name, not after the verb as v1's "ring 111" ("If it is worse, ring 111." is a phone, a source and no
    // party). Making "NHS" a party and "NHS 111" its own contact would touch both the party and the contact readings for
    // every service named with its number (fixing one side alone turns the case into a fail): broad for this round.
    name: '"if it gets worse, ring NHS 111" refers with the number in its name',
    lines: [[0, 'p', 'what are the symptoms of shingles, my dad has a rash'], [30, 'l', 'Hello, Ask Cumbria Libraries, Jo speaking. Is it a health information leaflet you want, or a book?'], [60, 'p', 'just info'], [70, 'l', 'The NHS page on shingles is at nhs.uk/conditions/shingles. If the rash is near his eye or he feels very unwell, ring NHS 111. Does that help?'], [100, 'p', 'yes thats all, thanks'], [105, 'l', 'Take care, bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
];

describe('twenty-third round (Y1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-third round (Y1): British and Irish services, every check', whole);
describeSessions('twenty-third round (Y1): British and Irish services, short cases', short);

describeLeft('twenty-third-round-british', LEFT);
