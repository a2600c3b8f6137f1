/**
 * Twenty-seventh round, area (C1): HANDING OVER. Transfers of the chat and colleagues (transfer.handoff: an internal note
 * to the receiving provider saying why, and a visible message telling the patron, both before the `system` message with
 * `event: "transfer"`), the transfer announcement as a hold message (interest.keep_informed, RUBRIC.md Terms "Hold
 * message"), colleagues consulted on the patron's behalf and transfers (neither is a referral: Terms "Referral"), and the
 * receiving provider's first messages (the greeting, keep_informed spans across the transfer).
 *
 * PARAPHRASE SWEEP. Ways real providers say the hand-over behaviours, across registers:
 *  telling the patron (before the transfer):
 *   1. "Great, I'm going to pass you over to Rosa, our business librarian, she knows the market databases best." (warm public)
 *   2. "I am connecting you with our labour archivist, who can speak to the collection in detail." (formal academic)
 *   3. "That's circ. Transferring now, don't close the window." (terse veteran)
 *   4. "ok let me bring in my colleague who does interlibrary loan, she'll sort u out! one sec" (student worker)
 *   5. "I'll put you through to the Law Library's chat, as they look after the law reports. Won't be a tick." (British)
 *   6. "No worries, I'm popping you over to our family history librarian, she'll be with you in a sec." (Australian)
 *   7. "Our subject specialist from your own school is online, so they'll pick this up from here." (Canadian backup)
 *   8. "I will now transfer you to my colleague, she is in charge of children's Spanish collection. Please to wait." (non-native)
 *   9. "kk gonna transfr u to our teen services librarian, she runs that. sec!" (chat-speak, typo)
 *  10. "Your chat is being transferred to a librarian at your institution. Please do not close this window." (macro)
 *  11. "I'm handing you over to our music librarian now." 
 *  12. "Let me get you to someone in Special Collections who can help, hang on." 
 *  13. "Sending you along to our government documents librarian, one moment." 
 *  14. "I'll hand this chat over to a colleague at your home library." (cooperative backup)
 *  15. "Hold on while I pass your chat to the maps librarian." 
 *  16. "I'm going to route your question to our health sciences librarian." 
 *  17. "You'll be connected to a librarian from your own college in a moment." (macro)
 *  18. "A colleague from our law library will take over from here." 
 *  19. "I'm bumping you over to the tech help desk chat, they do the wifi stuff." (student worker)
 *  20. "I shall transfer the enquiry to my colleague in Rare Books." (British formal)
 *  21. "Let me transfer you to the Circulation Department, they can see your account." 
 *  22. "I'm gonna switch u over to our genealogy person, brb" (chat-speak)
 *  23. "Rosa, our patent librarian, is going to join and take it from here." 
 *  24. "I am forwarding your chat to the reference desk of your library, kindly wait." (non-native)
 *  25. "One moment, I'm transferring you to a librarian at your own university." (backup, other state)
 *  26. "Moving you over to our Spanish-speaking librarian now / le paso con mi colega." 
 *  27. "I'll pop you through to our local studies team, won't be a mo." (British)
 *  28. "Just a sec, putting you in touch with our accessibility librarian here in chat." 
 *  29. "Let me hand you off to Sam, our data librarian." 
 *  30. "I'm going to get my colleague to jump in, she's our grants expert." 
 *  the internal note (before the transfer):
 *  31. "pt needs MD case law, over to you" 
 *  32. "FYI: patron wants 1940 census help" 
 *  33. "Handing off - renewal issue, card blocked" 
 *  34. "passing to you b/c ILL question" 
 *  35. "Law q: student needs Bolitho v City & Hackney HA [1997], full text for dissertation, thanks" 
 *  36. "Pol sci student at UBC, needs peer-reviewed on Delgamuukw. UBC-specific databases, so over to you." 
 *  37. "teen vol hours q, pt is 15, thx" 
 *  38. "GMU student, WSJ online access. Their proxy, not ours." 
 *  39. "music q - wants Schubert lieder scores, IMSLP not enough" 
 *  40. "1850s estate map of Kent, patron is a PhD student" 
 *  41. "Over to you: wifi won't connect on the 3rd floor, laptop is a Mac" 
 *  the receiving provider's first messages:
 *  42. "Hi, Rosa here from the business desk. I saw your note about the food truck plan." 
 *  43. "Hello, Rosa at the Law Library here." / "Hi there, Rosa from Family History at SLV." 
 *  44. "Hi, Rosa here, I've taken over your chat from Jo." (after the transfer: does not tell the patron before it)
 *  colleagues consulted on the patron's behalf (no transfer, no referral):
 *  45. "Let me check with my colleague in Special Collections, one moment."
 *  46. "I'm just asking our cataloguer, bear with me." 
 *
 * Near misses (the same words for something else):
 *   N1. "You can transfer money to your print account at print.lib.edu" (money)
 *   N2. "Credits from community college transfer if you send the transcript to admissions" (credits)
 *   N3. "To transfer the files, plug the stick in and drag them onto the desktop." (files)
 *   N4. "Take the 22 bus and transfer to the Green Line at Union Station." (a bus)
 *   N5. "I can connect you with some resources on grant writing" (resources, not a person in the chat)
 *   N6. "I'll pass the word along to our events team" (a message passed on, not the chat)
 *   N7. "Let me check with my colleague" and an internal note, with no transfer (a colleague consulted)
 *   N8. "you could call the Maryland State Law Library at 410-260-1430" (a referral, no transfer)
 *   N9. the internal note after the transfer event
 *   N10. an internal note that gives no reason ("hi")
 *   N11. the patron told only after the transfer
 *   N12. the receiving provider saying "I've taken over" (after the transfer)
 *   N13. "I can transfer the hold to the Westside branch for you" (a hold moved, not the chat)
 *   N14. "Balance transfers aren't something the library handles" (money)
 *   N15. "You can pass it over to the desk staff when you come in" (a form handed over)
 *   N16. "Our subject specialist will pick this up in her guide next month" (no chat)
 *   N17. "The Connecting Cultures program meets Tuesdays" (a title)
 *   N18. an internal note "Rosa, yours when you're free!" (hands over, says no why)
 *   N19. "you could ask the law library about that" with no contact (a referral without a way to reach them)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a message announcing the transfer is a hold: the wait it starts runs across the transfer to the receiving provider's
 *   first visible message (system and internal messages do not end it);
 * - a colleague consulted on the patron's behalf through an internal note, with no `system` transfer, makes no transfer
 *   and no referral: transfer.handoff is na;
 * - "I've taken over" from the receiving provider is after the transfer: it does not tell the patron before it;
 * - a note after the transfer event does not count, however much it says;
 * - an internal note that only greets ("hi") or only hands the chat over says no why;
 * - "transfer" of money, credits, files, a hold or a bus route announces nothing about the chat: no hold;
 * - "connect you with some resources / a tutor" connects the patron with no provider in the chat: no notice, no hold.
 * First run: 16 of 95 tests failed, none of them the labels (the scorer was wrong each time); 15 fixed in block C1 (the
 * `transferNotice` family: v1's "I'll / I can transfer …" not for holds, money, credits or files and with "I shall"; v1's
 * "connect you with" not for resources; "pass it over to" not after "you can"; and new alternatives for "… will pick this up
 * from here", "Transferring now", "get my colleague to jump in", "let me get you to someone in …", "putting you in touch
 * with … here in chat", "transfr u"), 1 ("route your question to …, please stay on") moved to `LEFT`. The short cases under
 * "written after the first run" were written after it, looking for more hand-overs in other registers (labelled from
 * RUBRIC.md all the same): 9 of 17 failed, none the labels; 7 fixed in block C1 ("your enquiry", "take over <something
 * else>", "a tutor", "speaking with <Name> next", "while I transfer", "I'm handing you over.", "is going to hop on and
 * help"), 2 moved to `LEFT`. `guards` holds the near miss of each change.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const ROSA = who('Rosa Diaz', 'rosa');
const MARA = who('Mara Lind', 'mara');
const TO_ROSA: Line = [0, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')];
/** The transfer event at `sec` seconds. */
const xfer = (sec: number): Line => [sec, TO_ROSA[1], TO_ROSA[2], TO_ROSA[3]];

/**
 * A short transfer session: the patron asks about council minutes, Jo clarifies, then `notice` (visible, at 56 s), `note`
 * (internal, at 59 s), the transfer at 62 s, and Rosa's first message at `rosaAt` (default 100 s).
 */
const handover = (notice: string, note: string, rosaAt = 100): Line[] => [
  [0, 'p', 'hi, i need old city council minutes from 1968'],
  [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
  [50, 'p', 'the one about the highway, spring 1968'],
  [56, 'l', notice],
  [59, 'i', note],
  xfer(62),
  [rosaAt, 'l', 'Hi, Rosa from Local History here.', ROSA],
];
/** The same session with the note but no visible notice before the transfer. */
const NOTE = 'pt wants 1968 council minutes (highway vote), local history q';
/** A session without a transfer where `said` is a provider message; the provider writes again 200 s later. */
const noTransfer = (q: string, said: string): Line[] => [
  [0, 'p', q],
  [20, 'l', 'Hi, Jo at Ask Us here. Which library do you usually use?'],
  [45, 'p', 'the main one downtown'],
  [52, 'l', said],
  [252, 'l', 'Did that make sense?'],
  [270, 'p', 'yes thanks'],
];

export const whole: SessionCase[] = [
  {
    name: 'Columbus, food truck plan: "I\'m going to pass you over to Rosa, our business librarian", "pt needs market data…, over to you": good transferred session',
    lines: [
      [0, 'p', "hi, I'm trying to write a business plan for a food truck and need market data for Columbus"],
      [25, 'l', "Hi there! Thanks for contacting Ask Us at Columbus Metropolitan Library, I'm Jo."],
      [32, 'l', 'Is this for a loan application, or for your own planning?'],
      [70, 'p', 'loan application, the bank wants local numbers'],
      [80, 'l', "Great, I'm going to pass you over to Rosa, our business librarian, she knows the market databases best. One moment!"],
      [84, 'i', 'pt needs market data for a food truck biz plan in Columbus, loan app, over to you'],
      xfer(88),
      [120, 'l', 'Hi, Rosa here from the business desk. Give me a sec to pull up the databases.', ROSA],
      [190, 'l', "Try Data Axle Reference Solutions from our Research page, columbuslibrary.org/research: it lists mobile food vendors by county, and the Census Bureau's County Business Patterns at census.gov gives counts by industry. Does that cover what the bank asked for?", ROSA],
      [240, 'p', "yes that's exactly it, that's all I needed"],
      [246, 'l', 'Wonderful, thanks for chatting with us and good luck with the truck!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'UW, 1919 strike (formal): "I am connecting you with our labour archivist…", "FYI: grad student wants…": good transferred session',
    lines: [
      [0, 'p', 'Good evening. I require primary sources on the 1919 Seattle General Strike for a graduate seminar.'],
      [30, 'l', "Good evening, and thank you for contacting the University of Washington Libraries' Ask Us service. My name is Jo."],
      [38, 'l', 'Are you looking for newspaper coverage, union records, or personal papers?'],
      [80, 'p', 'Union records and correspondence, ideally digitized.'],
      [88, 'l', 'Thank you. I am connecting you with our labour archivist, who can speak to the collection in detail. Please remain in the chat.'],
      [91, 'i', 'FYI: grad student wants digitized union records / correspondence, 1919 Seattle General Strike. Seminar paper.'],
      xfer(95),
      [150, 'l', 'Good evening, this is Rosa Diaz, labour archivist. Let me pull up the finding aids.', ROSA],
      [240, 'l', 'The Seattle General Strike Project at depts.washington.edu/labhist/strike has digitized documents, and the King County Labor Council records finding aid is on Archives West (archiveswest.orbiscascade.org). Is that what you were looking for?', ROSA],
      [290, 'p', 'Yes, thank you. That is everything.'],
      [296, 'l', 'You are welcome. Thank you for using Ask Us, and good luck with the seminar.', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Eastside, blocked card (terse): "Transferring now, don\'t close the window.", "Handing off - renewal issue, card blocked": good transferred session',
    lines: [
      [0, 'p', 'cant renew my books it says blocked'],
      [15, 'l', 'Hi, Jo at Eastside Library.'],
      [20, 'l', 'Is it saying the card is blocked, or the item?'],
      [50, 'p', 'the card'],
      [56, 'l', "That's circ. Transferring now, don't close the window."],
      [59, 'i', 'Handing off - renewal issue, card blocked'],
      xfer(62),
      [100, 'l', 'Hey, Rosa at circulation. Checking your account now.', ROSA],
      [180, 'l', 'A $12 fine from 2023 was blocking it; I waived it since the book came back. You can renew now in My Account at eastsidelib.org/account. Did that work?', ROSA],
      [230, 'p', 'yep renewed, thats all thx'],
      [235, 'l', 'Great, thanks, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'NC State, ILL (student worker): "ok let me bring in my colleague who does interlibrary loan", "passing to you b/c ILL question": good transferred session',
    lines: [
      [0, 'p', 'hey can i get a book from another library? my uni doesnt have it'],
      [20, 'l', "hiii! I'm Jo, a student assistant at the Hunt Library help desk 🙂"],
      [26, 'l', 'which book is it?'],
      [60, 'p', 'The Warmth of Other Suns by Isabel Wilkerson'],
      [66, 'l', "ok let me bring in my colleague who does interlibrary loan, she'll sort u out! one sec"],
      [69, 'i', 'passing to you b/c ILL question, Warmth of Other Suns'],
      xfer(72),
      [130, 'l', 'Hi! Rosa from Interlibrary Loan here.', ROSA],
      [150, 'l', 'You can request it through ILLiad at lib.ncsu.edu/ill: sign in with your Unity ID and fill in the book form; it usually takes about a week. Does that help?', ROSA],
      [200, 'p', "perfect, that's all i needed"],
      [205, 'l', 'Yay, thanks for chatting!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Leeds, law report (British): "I\'ll put you through to the Law Library\'s chat… Won\'t be a tick.", a note saying why: good transferred session',
    lines: [
      [0, 'p', 'Hello, I need the text of a 1997 House of Lords judgment for my dissertation'],
      [28, 'l', "Good afternoon, you're through to the University of Leeds Library enquiry chat, Jo speaking."],
      [35, 'l', 'Do you have the case name or the citation?'],
      [80, 'p', "It's Bolitho, I think 1997"],
      [86, 'l', "Lovely. I'll put you through to the Law Library's chat, as they look after the law reports. Won't be a tick."],
      [89, 'i', 'Law q: student needs Bolitho v City & Hackney HA [1997], full text for dissertation, thanks'],
      xfer(92),
      [140, 'l', 'Hello, Rosa at the Law Library here.', ROSA],
      [200, 'l', 'Bolitho v City and Hackney Health Authority [1998] AC 232 is on Westlaw UK through the Library website, and free on BAILII at bailii.org. Is that what you needed?', ROSA],
      [250, 'p', "Brilliant, that's everything, cheers"],
      [256, 'l', 'Cheers, thanks for getting in touch!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'SLV, RAAF record (Australian): "I\'m popping you over to our family history librarian", "FYI: patron wants RAAF WW2 service record…": good transferred session',
    lines: [
      [0, 'p', "hiya, looking for my grandad's WW2 service record, he was in the RAAF"],
      [30, 'l', "G'day! Jo here from Ask a Librarian at the State Library of Victoria."],
      [36, 'l', 'Do you know his service number or where he enlisted?'],
      [75, 'p', 'no number but he enlisted in Melbourne, name is Arthur Pell'],
      [81, 'l', "No worries, I'm popping you over to our family history librarian, she'll be with you in a sec."],
      [84, 'i', 'FYI: patron wants RAAF WW2 service record, Arthur Pell, enlisted Melbourne, no service no.'],
      xfer(87),
      [140, 'l', 'Hi there, Rosa from Family History at SLV.', ROSA],
      [190, 'l', "Search his name in the WW2 Nominal Roll at ww2roll.gov.au, then order the digitised file through the National Archives' RecordSearch at recordsearch.naa.gov.au. Does that answer your question?", ROSA],
      [240, 'p', "beaut, that's all I needed thanks"],
      [245, 'l', 'Thanks for chatting, all the best!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'AskAway, Delgamuukw (Canadian backup): "Our subject specialist from your own school is online, so they\'ll pick this up from here.": good transferred session',
    lines: [
      [0, 'p', 'Hi, I need peer-reviewed articles on Indigenous land claims in BC for a poli sci paper'],
      [22, 'l', "Hi! Welcome to AskAway. I'm Jo, a librarian at Langara College, helping out tonight."],
      [28, 'l', 'Is your paper on a particular claim, like Delgamuukw, or land claims in general?'],
      [70, 'p', 'Delgamuukw mostly'],
      [76, 'l', "Thanks! Our subject specialist from your own school is online, so they'll pick this up from here."],
      [79, 'i', 'Pol sci student at UBC, needs peer-reviewed on Delgamuukw / BC land claims. UBC-specific databases, so over to you.'],
      xfer(82),
      [130, 'l', "Hello, Rosa at UBC Library here, I've got your question.", ROSA],
      [180, 'l', 'In the UBC Library search at library.ubc.ca, try the Bibliography of Native North Americans with delgamuukw AND title, then filter to peer-reviewed. Is that what you were looking for?', ROSA],
      [225, 'p', "Yes great, that's everything"],
      [230, 'l', 'Thanks for using AskAway, take care!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Garden Grove, Spanish picture books (non-native): "I will now transfer you to my colleague… Please to wait one moment.": good transferred session',
    lines: [
      [0, 'p', 'hello I search books in Spanish for my children'],
      [30, 'l', 'Hello dear, good evening. I am Jo, library assistant at Garden Grove branch.'],
      [36, 'l', 'Which age are your children please?'],
      [70, 'p', '6 and 9'],
      [76, 'l', "Thank you. I will now transfer you to my colleague, she is in charge of children's Spanish collection. Please to wait one moment."],
      [79, 'i', 'Patron is looking Spanish children books for ages 6 and 9, please help her.'],
      xfer(82),
      [120, 'l', "Hola! This is Rosa, children's librarian at Garden Grove.", ROSA],
      [180, 'l', 'We have a Spanish picture book section, and you can see the list in our catalogue at ocpl.org/catalog by choosing the language Spanish. Is this what you needed?', ROSA],
      [230, 'p', 'yes thank you very much that is all'],
      [235, 'l', 'You are welcome, thank you for visiting, goodbye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Dayton, teen volunteering (chat-speak): "kk gonna transfr u to our teen services librarian, she runs that. sec!": good transferred session',
    lines: [
      [0, 'p', 'hey do u have volunteer hours for teens'],
      [18, 'l', 'heyy! Jo @ Dayton Metro Library here'],
      [24, 'l', 'how old r u? some need 14+'],
      [55, 'p', '15'],
      [60, 'l', 'kk gonna transfr u to our teen services librarian, she runs that. sec!'],
      [63, 'i', 'teen vol hours q, pt is 15, thx'],
      xfer(66),
      [110, 'l', 'Hi!! Rosa, teen services 🙂', ROSA],
      [150, 'l', 'Teen volunteer applications open in May at daytonmetrolibrary.org/teens, you need to be 14+. Does that help?', ROSA],
      [190, 'p', 'yes thx thats all'],
      [195, 'l', 'yay, thanks for chatting, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'Fairfax backup, WSJ (macro): "Your chat is being transferred to a librarian at your institution. Please do not close this window.": good transferred session',
    lines: [
      [0, 'p', 'How do I access the Wall Street Journal online?'],
      [20, 'l', "Hello and thank you for using Ask a Librarian! My name is Jo, I'm a librarian at Fairfax County Public Library."],
      [26, 'l', 'Are you a student at a college, or a public library card holder?'],
      [60, 'p', 'student at GMU'],
      [66, 'l', 'Your chat is being transferred to a librarian at your institution. Please do not close this window.'],
      [69, 'i', 'GMU student, WSJ online access. Their proxy, not ours.'],
      xfer(72),
      [110, 'l', 'Hello, this is Rosa at George Mason University Libraries.', ROSA],
      [160, 'l', 'Go to the database list at guides.gmu.edu/az, choose Wall Street Journal, log in with your GMU ID, and create the free WSJ account it offers. Did that work?', ROSA],
      [210, 'p', "it did, that's all thanks"],
      [215, 'l', 'Great, thank you for using Ask a Librarian!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: a colleague consulted through an internal note, with no transfer event: no transfer, no referral
    name: 'Portland, 1952 yearbook: "Let me check with my colleague in Special Collections", an internal question, no transfer: transfer and referral na',
    lines: [
      [0, 'p', 'Do you have the 1952 yearbook of Roosevelt High School?'],
      [20, 'l', 'Hi! This is Jo at the Ask Us desk, Portland Public Library.'],
      [26, 'l', 'Is that Roosevelt High in Portland, or the one in Seattle?'],
      [60, 'p', 'Portland'],
      [66, 'l', 'Let me check with my colleague in Special Collections, one moment.'],
      [70, 'i', 'Mara, do we have the 1952 Roosevelt HS (Portland) yearbook? patron asking', { authorId: 'jo', to: 'mara' }],
      [120, 'i', 'yes, it was digitized last year, on the yearbooks page', { authorId: 'mara', author: 'Mara Lind' }],
      [150, 'l', 'Good news: it has been digitized, and you can read the whole 1952 Roosevelt yearbook at ppl.org/yearbooks. Does that answer your question?'],
      [200, 'p', "amazing, that's all I needed"],
      [205, 'l', 'Thanks for chatting, enjoy!'],
    ],
    exp: usual(),
  },
  {
    // reading: "you could call the … Law Library at 410-…" tells the patron to contact another library: a referral, no transfer
    name: 'Baltimore County, security deposit: "you could call the Maryland State Law Library at 410-260-1430": referral passes, no transfer',
    lines: [
      [0, 'p', 'I need to find Maryland case law about a landlord keeping a security deposit'],
      [22, 'l', 'Hello, Jo at Ask Us Now, Baltimore County Public Library.'],
      [28, 'l', "Is this for a case you're filing, or general research?"],
      [60, 'p', 'im going to small claims court next month'],
      [66, 'l', 'Give me a moment to find the best place.'],
      [130, 'l', "The People's Law Library at peoples-law.org has a security deposit page with the statute. For case law, you could call the Maryland State Law Library at 410-260-1430; their reference staff help the public. Does that help?"],
      [180, 'p', "yes thank you, that's everything"],
      [185, 'l', 'Good luck in court, thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a note after the transfer event does not count, however much it says
    name: 'Census 1940: the notice before the transfer, but the note "FYI: patron wants 1940 census help…" only after it: handoff fails',
    lines: [
      [0, 'p', 'how do i find my family in the 1940 census'],
      [20, 'l', 'Hi, Jo at Ask a Librarian, Pratt Library.'],
      [26, 'l', 'Do you know the address they lived at in 1940?'],
      [60, 'p', 'yes, 2200 block of N Charles St'],
      [66, 'l', "I'm going to pass you over to our genealogy librarian, one moment."],
      xfer(70),
      [72, 'i', 'FYI: patron wants 1940 census help, has a Baltimore street address'],
      [110, 'l', 'Hello! Rosa, genealogy librarian at the Pratt.', ROSA],
      [170, 'l', 'The 1940 census is free at 1940census.archives.gov; with a street address you can find the enumeration district with the Unified ED finder at stevemorse.org. Does that help?', ROSA],
      [220, 'p', 'yes found them, thats all'],
      [226, 'l', 'Great, thanks for chatting!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'Maps: "Hold on while I pass your chat to the maps librarian." and an internal note "hi": handoff fails',
    lines: [
      [0, 'p', 'looking for an old fire insurance map of my street'],
      [20, 'l', 'Hello! Jo at Ask Us, Denver Public Library.'],
      [26, 'l', 'Which street and roughly which decade?'],
      [60, 'p', 'Larimer St, 1890s'],
      [66, 'l', 'Hold on while I pass your chat to the maps librarian.'],
      [69, 'i', 'hi'],
      xfer(72),
      [110, 'l', 'Hi, Rosa, maps librarian here.', ROSA],
      [170, 'l', 'The 1890 Sanborn maps of Denver are free in the Library of Congress Sanborn collection at loc.gov/collections/sanborn-maps; choose Colorado, Denver. Does that answer your question?', ROSA],
      [220, 'p', "perfect, that's everything"],
      [226, 'l', 'Thanks for chatting!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: the receiving provider's "I've taken over" is after the transfer: the patron was not told before it
    name: 'Patent search: a note but no notice; the receiver says "I\'ve taken over your chat from Jo": handoff fails',
    lines: [
      [0, 'p', 'how do i check if my invention idea is already patented'],
      [20, 'l', 'Hi, this is Jo at the Ask Us desk, Sunnyvale Public Library.'],
      [26, 'l', 'Is it a device or a process?'],
      [60, 'p', 'a device, a folding bike rack'],
      [64, 'i', 'prior art search for a folding bike rack, patent q for the PTRC'],
      xfer(66),
      [110, 'l', "Hi, Rosa here, I've taken over your chat from Jo. I'm the patent librarian.", ROSA],
      [170, 'l', 'Start with Patent Public Search at ppubs.uspto.gov, and search CPC class B62H 3/00 for bicycle racks. Is that what you were looking for?', ROSA],
      [220, 'p', 'yes that is all i needed'],
      [226, 'l', 'Thanks for chatting, good luck with it!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: the announcement is a hold; the wait it starts runs across the transfer to the receiver's first message
    name: 'Business (keep_informed across the transfer): "connecting you with our business librarian" at 80 s, the receiver first writes at 260 s: keep_informed fails',
    lines: [
      [0, 'p', 'I need a list of dental offices in Fairfax County for a marketing mailing'],
      [25, 'l', 'Hello, Jo at Ask a Librarian, Fairfax County Public Library.'],
      [31, 'l', 'Do you need the addresses only, or also the number of employees?'],
      [70, 'p', 'addresses and employees if possible'],
      [80, 'l', 'Thanks! Connecting you with our business librarian now.'],
      [83, 'i', 'business q: pt wants dental offices in Fairfax Co. with addresses + employee counts, mailing list'],
      xfer(86),
      [260, 'l', 'Hi, Rosa from the business desk, sorry for the wait.', ROSA],
      [300, 'l', 'Data Axle Reference Solutions, from fairfaxcounty.gov/library/research, lets you search by SIC code 8021 (dental offices) and county, and export addresses with employee counts. Does that do it?', ROSA],
      [340, 'p', 'yes, thats all i need'],
      [345, 'l', 'Thanks for chatting!', ROSA],
    ],
    exp: usual({ informed: 'fail', transfer: 'pass' }),
  },
  {
    // reading: transferring money is not the chat: no hold, no transfer notice
    name: 'Print credits (money): "You can transfer money to your print account at print.lib.edu", the patron answers 200 s later: good session',
    lines: [
      [0, 'p', 'hi how do i put money on my printing account'],
      [20, 'l', 'Hi! Jo at the Ask Us desk, Oak Hill College Library.'],
      [26, 'l', 'Do you want to pay by card or from your campus meal plan?'],
      [50, 'p', 'by card'],
      [56, 'l', 'You can transfer money to your print account at print.lib.edu with a debit or credit card; it shows up right away. Does that answer your question?'],
      [256, 'p', 'got it, that worked, thanks! thats all'],
      [262, 'l', 'Great, have a nice day!'],
    ],
    exp: usual(),
  },
  {
    // reading: credits transferring between colleges are not the chat
    name: 'Transfer credits: "Credits from community college transfer if you send your transcript…", the patron answers 200 s later: good session',
    lines: [
      [0, 'p', 'will my community college classes count toward my degree here?'],
      [20, 'l', 'Hello, Jo at Ask a Librarian, State University Library.'],
      [26, 'l', 'Which community college did you go to?'],
      [50, 'p', 'Lakeland CC'],
      [56, 'l', "Credits from community college transfer if you send your official transcript to admissions; Transferology at transferology.com shows how each Lakeland course transfers here. Is that what you wanted?"],
      [256, 'p', "yes that's everything, thank you"],
      [262, 'l', 'You are welcome, take care!'],
    ],
    exp: usual(),
  },
  {
    // reading: a bus transfer is directions, not the chat
    name: 'Directions (bus): "Take the 22 bus and transfer to the Green Line at Union Station", the patron answers 200 s later: good session',
    lines: [
      [0, 'p', 'how do i get to the central library from the airport by transit'],
      [20, 'l', 'Hi, Jo here at Ask Us, Denver Public Library.'],
      [26, 'l', 'Will you be travelling on a weekday?'],
      [50, 'p', 'yes tuesday'],
      [56, 'l', 'Take the A Line train to Union Station, then transfer to the free MallRide bus to Civic Center; the trip planner at rtd-denver.com has times. Does that help?'],
      [256, 'p', 'perfect thats all thanks'],
      [262, 'l', 'Safe travels, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "connect you with some resources" and "pass the word along" are no transfer and no hold
    name: 'Grant writing: "I can connect you with some resources…" and "I\'ll pass the word along to our events team", no transfer: good session',
    lines: [
      [0, 'p', 'do you have any help for writing grants for a small nonprofit'],
      [20, 'l', 'Hi! Jo at the Ask Us desk, Tulsa City-County Library.'],
      [26, 'l', 'Is it a foundation grant or a government one?'],
      [50, 'p', 'foundations mostly'],
      [56, 'l', 'I can connect you with some resources on that: Candid Foundation Directory is free in our branches, and the grant writing guide at tulsalibrary.org/grants walks through a proposal. Is that what you were looking for?'],
      [256, 'p', 'yes thats great. you should do a grant workshop!'],
      [262, 'l', "Good idea, I'll pass the word along to our events team. Anything else I can help with?"],
      [290, 'p', 'no thats all'],
      [295, 'l', 'Thanks for chatting, good luck with the grant!'],
    ],
    exp: usual(),
  },
  {
    name: 'Two transfers, music: "I\'m handing you over to our music librarian", then "Let me get you to someone in Special Collections", notes each time: good transferred session',
    lines: [
      [0, 'p', 'looking for the score of a Schubert song and maybe his manuscript'],
      [20, 'l', 'Hello, Jo at Ask a Librarian, Boston Public Library.'],
      [26, 'l', 'Which song is it?'],
      [50, 'p', 'Erlkönig'],
      [56, 'l', "I'm handing you over to our music librarian now."],
      [59, 'i', 'music q - wants Schubert Erlkönig score, maybe manuscript'],
      xfer(62),
      [100, 'l', 'Hi, Rosa in the Music Department. The score is on IMSLP at imslp.org, search Erlkönig D.328. For the manuscript, let me get you to someone in Special Collections, hang on.', ROSA],
      [104, 'i', 'manuscript facsimile question, Schubert D.328, over to you', { author: 'Rosa Diaz', authorId: 'rosa' }],
      [108, 's', 'Chat transferred to Mara Lind', { event: 'transfer', to: 'mara' }],
      [150, 'l', 'Hello, Mara in Special Collections. A facsimile of the autograph is in the Schubert-Autographs site at schubert-online.at. Is that what you were after?', MARA],
      [200, 'p', 'yes wonderful, thats all i needed'],
      [205, 'l', 'Thanks for chatting!', MARA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // telling the patron: each announcement passes the handoff, is a hold (the receiver writes 200 s later), and is no referral
  ...(
    [
      ["I'm going to pass you over to our local history librarian, she has the council files."],
      ['Connecting you with our local history librarian now.'],
      ['Let me bring in my colleague from Local History, one sec.'],
      ["I'll put you through to the local history team's chat."],
      ['Popping you over to our local history librarian!'],
      ['Our local history specialist will pick this up from here.'],
      ["Transferring now, don't close the window."],
      ["I'm handing you over to the local history librarian now."],
      ['Let me get you to someone in Local History who can help, hang on.'],
      ['Sending you along to our government documents librarian, one moment.'],
      ["I'll hand this chat over to a colleague at your home library."],
      ['Hold on while I pass your chat to the archivist.'],
      ["You'll be connected to a local history librarian in a moment."],
      ['A colleague from our Local History room will take over from here.'],
      ["I'm bumping you over to the local history desk chat, they do the council stuff."],
      ['I shall transfer the enquiry to my colleague in Local Studies.'],
      ["i'm gonna switch u over to our local history person, brb"],
      ['I am forwarding your chat to the reference desk of your library, kindly wait.'],
      ["I'll pop you through to our local studies team, won't be a mo."],
      ['Just a sec, putting you in touch with our local history librarian here in chat.'],
      ['Let me hand you off to Rosa, our local history librarian.'],
      ["I'm going to get my colleague to jump in, she's our local history expert."],
    ] as const
  ).map(
    ([notice]): SessionCase => ({
      // reading: the announcement is a hold: the wait it starts runs to the receiver's first message (206 s)
      name: `notice "${notice}" before the transfer, a note saying why, the receiver 200 s later: handoff passes, keep_informed fails, no referral`,
      lines: handover(notice, NOTE, 262),
      exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
    }),
  ),
  // the internal note before the transfer: each says why
  ...(
    [
      'pt needs MD case law, over to you',
      'FYI: patron wants 1940 census help',
      'Handing off - renewal issue, card blocked',
      'passing to you b/c ILL question',
      '1968 council minutes, highway vote',
      'Over to you: wants the spring 1968 council minutes re the highway',
      'Rosa - local hist q, council mins 1968, ty',
      'council minutes 1968 (highway). Not digitized on our side so yours',
    ] as const
  ).map(
    (note): SessionCase => ({
      name: `note "${note}" before the transfer, and the patron told: handoff passes`,
      lines: handover("I'm going to pass you over to our local history librarian.", note),
      exp: some({ transfer: 'pass', informed: 'pass', referral: 'na' }),
    }),
  ),
  {
    name: 'near miss: the note "hi" before the transfer: handoff fails',
    lines: handover("I'm going to pass you over to our local history librarian.", 'hi'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the note "Rosa, yours when you\'re free!" hands over, says no why: handoff fails',
    lines: handover("I'm going to pass you over to our local history librarian.", "Rosa, yours when you're free!"),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the note only after the transfer event: handoff fails',
    lines: [
      [0, 'p', 'hi, i need old city council minutes from 1968'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
      [50, 'p', 'the one about the highway, spring 1968'],
      [56, 'l', 'Popping you over to our local history librarian!'],
      xfer(62),
      [64, 'i', NOTE],
      [100, 'l', 'Hi, Rosa from Local History here.', ROSA],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the patron told only after the transfer ("you\'ve been transferred to Local History"): handoff fails',
    lines: [
      [0, 'p', 'hi, i need old city council minutes from 1968'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
      [50, 'p', 'the one about the highway, spring 1968'],
      [59, 'i', NOTE],
      xfer(62),
      [64, 'l', "You've been transferred to Local History, Rosa will be with you shortly."],
      [100, 'l', 'Hi, Rosa from Local History here.', ROSA],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: the receiver says "I\'ve taken over from Jo", no notice before the transfer: handoff fails',
    lines: [
      [0, 'p', 'hi, i need old city council minutes from 1968'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
      [50, 'p', 'the one about the highway, spring 1968'],
      [59, 'i', NOTE],
      xfer(62),
      [100, 'l', "Hi, Rosa from Local History, I've taken over from Jo.", ROSA],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "I can connect you with some resources on the highway" before the transfer tells nothing of it: handoff fails',
    lines: handover('I can connect you with some resources on the highway fight.', NOTE),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll pass the word along that people want these digitized" before the transfer: handoff fails',
    lines: handover("I'll pass the word along that people want these digitized.", NOTE),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "you could call the City Clerk at 555-0142" before the transfer is a referral, no transfer notice: handoff fails, referral passes',
    lines: handover('For certified copies you could call the City Clerk at 555-0142.', NOTE),
    exp: some({ transfer: 'fail', referral: 'pass' }),
  },
  {
    name: 'near miss: "You can pass it over to the desk staff when you come in" (a form) before the transfer: handoff fails',
    lines: handover('Fill in the request slip and you can pass it over to the desk staff when you come in.', NOTE),
    exp: some({ transfer: 'fail' }),
  },
  // no transfer: the same words for something else are no hold (the provider writes again 200 s later), no notice
  ...(
    [
      ['how do i add money for printing', 'You can transfer money to your print account at print.lib.edu.'],
      ['do my credits carry over', 'Credits from community college transfer if you send your transcript to admissions.'],
      ['how do i get my photos off the library computer', 'To transfer the files, plug your USB stick in and drag them onto it.'],
      ['how do i get to the library by bus', 'Take the 22 bus and transfer to the Green Line at Union Station.'],
      ['i need help writing a grant', 'I can connect you with some resources on grant writing: the guide at lib.org/grants.'],
      ['can you tell someone the lights are out in the parking lot', "I'll pass the word along to our facilities team."],
      ['can i get my hold sent to westside instead', 'I can transfer the hold to the Westside branch for you, done.'],
      ['can the library help with a balance transfer on my credit card', "Balance transfers aren't something the library handles, sorry."],
      ['is there a guide on this', 'Our subject specialist will pick this up in her guide next month.'],
      ['any programs for immigrants', 'The Connecting Cultures program meets Tuesdays at 6 in room B.'],
    ] as const
  ).map(
    ([q, said]): SessionCase => ({
      // reading: the words are about money, credits, files, a bus, resources, a message, a hold, a guide or a title: no hold
      name: `near miss: "${said}" with no transfer: keep_informed passes (no hold), handoff na`,
      lines: noTransfer(q, said),
      exp: some({ informed: 'pass', transfer: 'na' }),
    }),
  ),
  {
    // reading: a colleague consulted on the patron's behalf is neither a transfer nor a referral
    name: 'colleague consulted: "I\'m just asking our cataloguer, bear with me." and a note to her, no transfer: handoff na, referral na',
    lines: [
      [0, 'p', 'why does the catalogue list this book twice'],
      [20, 'l', 'Hi, Jo at Ask Us. Which book is it?'],
      [40, 'p', 'Wolf Hall, two records'],
      [46, 'l', "I'm just asking our cataloguer, bear with me."],
      [49, 'i', 'Mara, Wolf Hall has two bib records, dup?', { authorId: 'jo', to: 'mara' }],
      [100, 'l', 'She says one is the large-print edition; both are in the catalogue at lib.org. Does that explain it?'],
      [130, 'p', 'yes thanks thats all'],
    ],
    exp: some({ transfer: 'na', referral: 'na', informed: 'pass' }),
  },
  {
    // reading: "you could ask the law library about that" tells the patron to contact another party, with no way to reach it
    name: 'near miss: "you could ask the law library about that" (no transfer, no contact): referral fails, handoff na',
    lines: [
      [0, 'p', 'how do i look up a court case'],
      [20, 'l', 'Hi, Jo at Ask Us. Which state is the case in?'],
      [40, 'p', 'ohio'],
      [46, 'l', 'Supreme Court of Ohio opinions are at supremecourt.ohio.gov. For older trial court cases you could ask the county law library about that.'],
      [80, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail', transfer: 'na' }),
  },
  {
    // reading: the receiver's first messages: Jo's two messages carry the greeting; the receiver's greeting is later
    name: 'receiver opens "I\'ve got you now, Rosa here" after a good handover at 100 s: greeting passes (Jo), keep_informed passes',
    lines: [
      [0, 'p', 'hi, i need old city council minutes from 1968'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
      [50, 'p', 'the one about the highway, spring 1968'],
      [56, 'l', "I'm going to pass you over to our local history librarian."],
      [59, 'i', NOTE],
      xfer(62),
      [100, 'l', "I've got you now, Rosa here. The 1968 minutes are scanned at cityarchives.org/council. Does that help?", ROSA],
      [140, 'p', 'yes thats all'],
      [146, 'l', 'Thanks for chatting!', ROSA],
    ],
    exp: some({ greeting: 'pass', informed: 'pass', transfer: 'pass', referral: 'na', source: 'pass' }),
  },
];

/** Written after the first run: more hand-overs in other registers, and more near misses (labelled from RUBRIC.md all the same). */
export const shortAfter: SessionCase[] = [
  ...(
    [
      "i'm gonna hand u off to Rosa, our local history person",
      'Passing u to my coworker who knows the council records better, 1 sec',
      "Please hold while I transfer.",
      'Our local history librarian is going to hop on and help you out.',
      "Hang tight, I'm handing you over.",
      "You'll be speaking with Rosa next, she's the local history librarian.",
      'Transferring your enquiry to our local studies colleagues now.',
      'Moving you over to our local history librarian now.',
    ] as const
  ).map(
    (notice): SessionCase => ({
      // reading: the announcement is a hold: the wait it starts runs to the receiver's first message (206 s)
      name: `(after) notice "${notice}" before the transfer, a note saying why, the receiver 200 s later: handoff passes, keep_informed fails`,
      lines: handover(notice, NOTE, 262),
      exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
    }),
  ),
  ...(
    [
      ['can i get homework help', 'We can connect you with a tutor through Brainfuse at lib.org/brainfuse.'],
      ['can i volunteer', "I'll pass your name along to the volunteer coordinator."],
      ['who runs the book club', "Rosa runs it now, and she'll take over the mystery club in June too."],
      ['did my payment go through', 'The transfer went through this morning, your balance is $0.'],
      ['can i see the record for that book', 'Let me bring in the catalogue record so you can see it: lib.org/record/4471.'],
    ] as const
  ).map(
    ([q, said]): SessionCase => ({
      // reading: a tutoring service, a name passed on, a club, a payment, a record: no transfer of the chat, no hold
      name: `(after) near miss: "${said}" with no transfer: keep_informed passes (no hold), handoff na`,
      lines: noTransfer(q, said),
      exp: some({ informed: 'pass', transfer: 'na' }),
    }),
  ),
  {
    // reading: the receiving provider's greeting counts when it is within the first two visible provider messages
    name: '(after) "Hi! Transferring you to our law librarian." as Jo\'s only message, then "Hello, Rosa at the law library": greeting passes',
    lines: [
      [0, 'p', 'where can i find the maryland rules of civil procedure'],
      [20, 'l', 'Hi! Transferring you to our law librarian, one moment.'],
      [23, 'i', 'MD rules of civil procedure, law q for you'],
      xfer(26),
      [70, 'l', 'Hello, Rosa at the county law library here. Is this for a case you are in?', ROSA],
      [100, 'p', 'yes, small claims'],
      [106, 'l', 'The Maryland Rules are free at mdcourts.gov/rules; Title 3 covers District Court. Does that answer it?', ROSA],
      [140, 'p', 'yes thats all'],
      [146, 'l', 'Thanks for chatting, good luck!', ROSA],
    ],
    exp: some({ greeting: 'pass', informed: 'pass', transfer: 'pass', referral: 'na', clarify: 'pass' }),
  },
  {
    // reading: a note written by the receiving provider does not explain the transfer to them
    name: '(after) near miss: the only note before the transfer is Rosa\'s own ("I can take the council minutes one"): handoff fails',
    lines: [
      [0, 'p', 'hi, i need old city council minutes from 1968'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
      [50, 'p', 'the one about the highway, spring 1968'],
      [56, 'l', "I'm going to pass you over to our local history librarian."],
      [59, 'i', 'I can take the council minutes one, local history is mine', { author: 'Rosa Diaz', authorId: 'rosa' }],
      xfer(62),
      [100, 'l', 'Hi, Rosa from Local History here.', ROSA],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    // reading: the colleague consulted is reported on, not referred to: no referral
    name: '(after) "I asked my colleague in Archives and she says the 1968 minutes are at cityarchives.org/council": referral na',
    lines: [
      [0, 'p', 'hi, i need old city council minutes from 1968'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
      [50, 'p', 'the one about the highway, spring 1968'],
      [56, 'l', 'One moment, checking with a colleague.'],
      [59, 'i', 'Mara, are the 1968 council minutes digitized?', { authorId: 'jo', to: 'mara' }],
      [100, 'l', 'I asked my colleague in Archives and she says the 1968 minutes are scanned at cityarchives.org/council. Does that help?'],
      [130, 'p', 'yes thats all thanks'],
    ],
    exp: some({ referral: 'na', transfer: 'na', informed: 'pass', source: 'pass' }),
  },
];

/** Near misses of the changes: cases that must not change. */
export const guards: SessionCase[] = [
  {
    // near miss for C1's "I shall transfer": "shall" with no "I" moves a passenger
    name: 'near miss: "You shall transfer at Union Station to the Green Line." with no transfer: keep_informed passes, handoff na',
    lines: noTransfer('how do i get there by train', 'You shall transfer at Union Station to the Green Line.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's hold / money exclusion: the patron moved, not a hold
    name: 'near miss: "I can transfer you to the Westside branch desk, one moment." still announces: handoff passes',
    lines: handover("I can transfer you to the Westside branch desk, one moment.", NOTE),
    exp: some({ transfer: 'pass', referral: 'na' }),
  },
  {
    // near miss for C1's "connect you with resources": a person to connect with
    name: 'near miss: "I\'ll connect you with the right librarian in a moment." still announces: handoff passes',
    lines: handover("I'll connect you with the right librarian in a moment.", NOTE),
    exp: some({ transfer: 'pass', referral: 'na' }),
  },
  {
    // near miss for C1's "connect you with resources": the provider connects the patron with a librarian by name
    name: 'near miss: "Connecting you with Rosa, our local history librarian, now." still announces: handoff passes',
    lines: handover('Connecting you with Rosa, our local history librarian, now.', NOTE, 262),
    exp: some({ transfer: 'pass', informed: 'fail' }),
  },
  {
    // near miss for C1's "you can pass it over to": the provider passes it
    name: 'near miss: "I\'ll pass it over to our local history librarian." still announces: handoff passes',
    lines: handover("I'll pass it over to our local history librarian.", NOTE),
    exp: some({ transfer: 'pass' }),
  },
  {
    // near miss for C1's "will pick this up from here": the provider's own
    name: 'near miss: "I\'ll pick this up from here." before the transfer tells nothing of it: handoff fails',
    lines: handover("I'll pick this up from here.", NOTE),
    exp: some({ transfer: 'fail' }),
  },
  {
    // near miss for C1's "will pick this up from here": no chat picked up
    name: 'near miss: "Our subject specialist will pick this up in her guide next month." with no transfer: keep_informed passes',
    lines: noTransfer('is there a guide for local zines', 'Our subject specialist will pick this up in her guide next month.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "Transferring now": files with a subject
    name: 'near miss: "Your files are transferring now, wait for the green tick." with no transfer: keep_informed passes',
    lines: noTransfer('my scans wont save to the stick', 'Your files are transferring now, wait for the green tick.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "get my colleague to jump in": the patron's to do
    name: 'near miss: "You could get a librarian to step in at the desk if it jams." with no transfer: keep_informed passes',
    lines: noTransfer('the microfilm reader keeps jamming', 'You could get a librarian to step in at the desk if it jams.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "get my colleague to jump in": a workshop, no chat
    name: 'near miss: "I\'ll get my colleague to jump in on the workshop planning." with no transfer: keep_informed passes',
    lines: noTransfer('can the library run a zine workshop', "Great idea, I'll get my colleague to jump in on the workshop planning."),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "get you to someone": a place, not a person
    name: 'near miss: "I can get you to the library by bus: take the 22." with no transfer: keep_informed passes',
    lines: noTransfer('how do i get to the library', 'I can get you to the library by bus: take the 22.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "putting you in touch … here in chat": a referral with a contact
    name: 'near miss: "I can put you in touch with our archivist: email her at archives@lib.org." with no transfer: referral passes',
    lines: noTransfer('who knows about the old mill photos', 'I can put you in touch with our archivist: email her at archives@lib.org.'),
    exp: some({ informed: 'pass', referral: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "transfr u": files
    name: 'near miss: "transfr the files to ur stick first" with no transfer: keep_informed passes',
    lines: noTransfer('how do i save my scan', 'transfr the files to ur stick first'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "while I transfer": files
    name: 'near miss: "The screen goes grey while we transfer the files to your account." with no transfer: keep_informed passes',
    lines: noTransfer('why does the scanner screen go grey', 'The screen goes grey while we transfer the files to your account.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "I'm handing you over.": someone else may pass the patron over
    name: 'near miss: "If the queue is long they may pass you over." with no transfer: keep_informed passes',
    lines: noTransfer('will i get a computer at 5', 'If the queue is long they may pass you over.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "is going to hop on and help": the patron hops on
    name: 'near miss: "You can hop on and help at the book sale Saturday." with no transfer: keep_informed passes',
    lines: noTransfer('can i volunteer at the book sale', 'You can hop on and help at the book sale Saturday.'),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "you'll be speaking with … next": next week
    name: 'near miss: "You\'ll be speaking with the registrar next week at orientation." with no transfer: keep_informed passes',
    lines: noTransfer('who do i talk to about my schedule', "You'll be speaking with the registrar next week at orientation."),
    exp: some({ informed: 'pass', transfer: 'na' }),
  },
  {
    // near miss for C1's "take over the <something>": the chat taken over
    name: 'near miss: "A colleague will take over the chat in a moment." still announces: handoff passes',
    lines: handover('A colleague will take over the chat in a moment.', NOTE),
    exp: some({ transfer: 'pass' }),
  },
  {
    // near miss for C1's "your enquiry": v26's negation still holds
    name: 'near miss: "We can\'t transfer your enquiry, but I can look it up." before the transfer announces none: handoff fails',
    lines: handover("We can't transfer your enquiry, but I can look it up.", NOTE),
    exp: some({ transfer: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twenty-seventh round (C1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-seventh round (C1): handing over, every check', whole);
describeSessions('twenty-seventh round (C1): handing over, short cases', short);
describeSessions('twenty-seventh round (C1): handing over, short cases written after the first run', shortAfter);
describeSessions('twenty-seventh round (C1): handing over, near misses of the changes', guards);

describeLeft('twenty-seventh-round-handover', LEFT);
