/**
 * Twenty-sixth round, area (B6): OPENINGS. How a provider opens a chat (approachability.greeting), how fast
 * (approachability.pickup), transfers where the second provider greets (transfer.handoff where it touches the opening),
 * and the provider's other sessions while this one is open (session.concurrency, through timing).
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say the opening behaviours, across registers:
 *  greetings + who is answering:
 *   1. "G'day! Bronwyn here from Ask a Librarian at the State Library of Queensland." (Australian)
 *   2. "Hullo, you're through to Leeds Libraries' enquiry chat, Gareth speaking." (British)
 *   3. "Hi! Welcome to AskAway. I'm Jen, a librarian at Langara College, covering for your school tonight." (Canadian backup)
 *   4. "Hi, this is Sam from the cooperative backup team; I'm a librarian in Oregon helping out tonight." (backup, other state)
 *   5. "Hello and thank you for using Ask Us Now! A librarian will be with you shortly." (macro, sent as a provider message)
 *   6. "Hi there! 😊" then "Mariam from Brooklyn Public Library's reference team." (split over two messages)
 *   7. "Hey! Thanks for reaching out 🙂" (greets, names no one)
 *   8. "Hi, sorry for the wait! This is Omar at Ask a Librarian, Fairfax County Public Library."
 *   9. "Good afternoon, you've reached the Ask Us desk at Howard County Library System. I'm Renee."
 *  10. "Hello! I'm Tim at the Ask Us desk." (then transferring)
 *  11. "Hi there, Sandra here, law librarian at the county law library." (receiving provider)
 *  12. "Hello dear, good evening. I am library assistant Tran at the Garden Grove branch." (non-native)
 *  13. "heyy! im Jordan, a student assistant at the Hunt Library help desk 🙂" (student worker, chat-speak)
 *  14. "Evening. Ref desk, Pratt." (terse veteran)
 *  15. "Good afternoon. You have reached the Research Help service of the Princeton University Library." (formal)
 *  16. "Hi, you're chatting with a librarian." (role only)
 *  17. "Hiii!! Bree at the Teen Desk, Skokie Public Library here" (student worker)
 *  18. "Afternoon! Gwen from Bristol Libraries' enquiry line." (British, bare "Afternoon")
 *  19. "Cheers for getting in touch — Nigel at Manchester Central Library." (British)
 *  20. "Kia ora, Hemi here from Auckland Libraries." (New Zealand)
 *  21. "Howdy! This is Ask Us 24/7." (service only)
 *  22. "Hey, thx for chatting w/ the library! I'm Ari." (chat-speak)
 *  23. "Hi, librarian here — give me a sec to read through your question."
 *  24. "Good evening! The librarian on duty tonight is Petra."
 *  25. "Salutations! I'm the evening reference librarian."
 *  26. "Hello from the Toronto Public Library! My name's Farah." (Canadian)
 *  27. "Aloha e! Keoni at the Hawaii State Public Library System."
 *  28. "Yo! Dev from the Learning Commons desk." (student worker)
 *  29. "Hello, I'm a librarian at the University of Arizona Libraries, answering for the cooperative tonight."
 *  30. "Good morning! Thank you for your patience, you're through to the British Library's Reference Enquiry Service."
 *  31. "Hello Sir, Good Evening. I am Rakesh, working as library assistant in the Central Library." (Indian English)
 *  32. "hi! its Mo @ Dayton Metro Library" (chat-speak)
 *  33. "Hi hi, Mei here, one of the Ask a Librarian staff at UCLA." (student)
 *  34. "Good day! You have reached the Ask a Librarian service of the Library of Congress." (formal)
 *  35. "Hey there, welcome to Ask a Librarian!" (service named in the welcome)
 *  36. "Hello again, Rosa here!" (receiving provider after a transfer)
 *  37. "Morning! Kev on the circ desk at Eastside Library, what can I do for ya?" (terse)
 *  38. "Good evening and welcome to Ask Us Now. My name is Deirdre." (scripted)
 *  39. "Hey hey, it's Luis from the Ask Us team at Montgomery College." (student)
 *  40. "Greetings! Reference librarian Ms. Adeyemi speaking, Brooklyn College Library." (formal)
 *  41. "Hi, thanks for waiting! I'm Raj, reference staff." (after a long queue)
 *  42. "Hello, and welcome to the University of Leeds Library chat, you're speaking with Hannah." (British, scripted)
 *  patrons: "hello??", "is anyone there", "hi is this a real person", "helllo i have a question abt my card", "u there?"
 *
 * Near misses (the same words for something else):
 *   N1. "Hello? Are you still with me?" (a check-in, not a greeting)
 *   N2. "Did you say hi to Marcus at the desk when you came in?" (a greeting word inside a question about something else)
 *   N3. "You're very welcome — Jo at Ask a Librarian." (answers the patron's thanks in advance; greets no one)
 *   N4. "Welcome to Canada: A Guide for Newcomers is at canada.ca" (a title)
 *   N5. "Hey Arnold! The Movie is on Hoopla" (a title)
 *   N6. "Hi there!" and "What can I help you find?" (a greeting with no one named)
 *   N7. a screen name "Kate (Librarian)" with no name in the text
 *   N8. "Hi, I'm Lou btw" in the third provider message (too late by the rubric's count)
 *   N9. a system "Chat accepted" message before the first provider message (not a pickup)
 *   N10. an internal note before the first visible provider message (not a pickup)
 *   N11. "Welcome back!" to a patron who returned (not in the first two provider messages)
 *   N12. "Hi Priya! Let me look at that." (the patron's name, not the provider's)
 *   N13. "Ask a librarian at your branch about it" (someone else; no identity)
 *   N14. "Thanks for your patience" as the third provider message (too late)
 *   N15. "Good Morning, Vietnam is on the shelf" (a title)
 *   N16. the receiving provider's greeting as the third provider message of the session
 *   N17. "My name is on the hold list" from the patron (the patron's message, not the provider's)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a scripted message sent with role `provider` (a macro) is a visible provider message: it can be the pickup and
 *   one of the "first two visible provider messages"; a `system` message ("Chat accepted by Library staff") is neither;
 * - pickup time is measured from `startedAt`, not from the patron's first message, and `pickedUpAt` wins over the first
 *   message when the source records it;
 * - "Hello? Are you still with me?" sent after the patron went quiet asks whether the patron is there: it is an idle
 *   check-in, not a greeting, so it does not give the greeting half;
 * - "You're very welcome" answers the patron's thanks: it greets no one;
 * - a title that begins with a greeting word ("Hey Arnold!", "Welcome to Canada", "Good Morning, Vietnam") is said about
 *   the title, not to the patron;
 * - a greeting word in a question about someone else ("Did you say hi to Marcus at the desk?") greets no one;
 * - after a transfer, the receiving provider's first message counts for the greeting only when it is one of the first
 *   two visible provider messages of the session;
 * - the transferring provider must tell the patron before the transfer; the receiving provider saying "I've taken over"
 *   after it does not count;
 * - "Ref desk, Pratt." names the service and the library: it says who is answering, and so does "the Pratt" after a name;
 * - "I'm Cass at Ask Us" after a title still names who is answering; only the greeting half is in question there.
 * First run: 13 of 95 tests failed, none of them the labels (the scorer was wrong each time); 10 fixed in block B6 and its
 * settings, 3 (titles that open with a greeting word) moved to `LEFT`. The short cases under "written after the first run"
 * were written after it, looking for more openings in other registers (labelled from RUBRIC.md all the same): 2 of 14
 * failed and were fixed (`uGotNameB6`, `signOnTailB6`). `guards` holds the near miss of each change.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, at, describeSessions, type Line, other, type SessionCase, some, sys, usual, who } from './helpers';

const ROSA = who('Rosa Diaz', 'rosa');
const SANDRA = who('Sandra Ruiz', 'sandra');
const KATE = who('Kate (Librarian)', 'jo');

export const whole: SessionCase[] = [
  {
    name: 'SLQ, convict ancestor: "G\'day! Bronwyn here from Ask a Librarian at the State Library of Queensland." at 41 s: good session',
    lines: [
      [0, 'p', 'hi there, trying to find out if my great great grandad came out as a convict'],
      [41, 'l', "G'day! Bronwyn here from Ask a Librarian at the State Library of Queensland."],
      [47, 'l', 'Do you know roughly what year he arrived, and into which colony?'],
      [90, 'p', 'NSW i think, 1830s. name was Patrick Daly'],
      [96, 'l', "Righto, I'll have a look, bear with me."],
      [190, 'l', 'The best free place to start is the Convict Records site at convictrecords.com.au, which indexes the ship indents; search Patrick Daly and filter to 1830-1839. Is that what you were after?'],
      [240, 'p', "brilliant, that's everything ta"],
      [246, 'l', 'Cheers, thanks for chatting and good luck with the search!'],
    ],
    exp: usual(),
  },
  {
    name: 'Leeds, renewals: "Hullo, you\'re through to Leeds Libraries\' enquiry chat, Gareth speaking." (British): good session',
    lines: [
      [0, 'p', 'Hello, my library card has expired and I cannot renew my books online. Can you help?'],
      [33, 'l', "Hullo, you're through to Leeds Libraries' enquiry chat, Gareth speaking."],
      [40, 'l', 'Do you still have the card number to hand, or has the card been lost?'],
      [75, 'p', 'I have it, it just says expired'],
      [81, 'l', 'One moment while I check how that works now.'],
      [170, 'l', 'An expired card can be renewed online: go to leeds.gov.uk/libraries, choose Join or renew, and you can then renew the books in My Account. Does that answer your question?'],
      [215, 'p', 'Yes, that is all I needed, many thanks'],
      [221, 'l', 'Thanks for getting in touch, take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'AskAway backup, APA: "Hi! Welcome to AskAway. I\'m Jen, a librarian at Langara College, covering for your school tonight.": good session',
    lines: [
      [0, 'p', 'how do i cite a government of canada report in apa 7th'],
      [22, 'l', "Hi! Welcome to AskAway. I'm Jen, a librarian at Langara College, covering for your school tonight."],
      [28, 'l', 'Does the report name a person as the author, or only the department?'],
      [66, 'p', 'only the department, Health Canada'],
      [73, 'l', 'Then the department is the author: Health Canada. (2021). Title in italics. URL. The APA Style page on government reports, apastyle.apa.org/style-grammar-guidelines/references/examples/report-government-agency-references, has the full example. Did that help?'],
      [120, 'p', 'yes thank you thats everything'],
      [126, 'l', 'You are welcome! Thanks for using AskAway, good luck with the paper.'],
    ],
    exp: usual(),
  },
  {
    name: 'Maryland patron, Oregon backup: "Hi, this is Sam from the cooperative backup team; I\'m a librarian in Oregon helping out tonight.": good session',
    lines: [
      [0, 'p', 'do u have the baltimore sun from 1968, the riots'],
      [52, 'l', "Hi, this is Sam from the cooperative backup team; I'm a librarian in Oregon helping out tonight."],
      [58, 'l', 'Are you looking for a particular date in April 1968, or the coverage in general?'],
      [88, 'p', 'april 6-8 mostly'],
      [95, 'l', 'Give me a minute to find how Maryland libraries get to it.'],
      [200, 'l', "The Baltimore Sun from 1837 to 1991 is in ProQuest Historical Newspapers, which the Pratt Library has: go to prattlibrary.org, Research, then Databases A-Z, and pick ProQuest Historical Newspapers: The Baltimore Sun. Your Maryland library card logs you in. Is that what you were looking for?"],
      [250, 'p', 'yes perfect'],
      [256, 'l', 'Anything else I can help with tonight?'],
      [290, 'p', 'no thats it'],
      [295, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: the widget's macro is sent with role provider, so it is the pickup (5 s) and the first provider message;
    // it greets and names the service
    name: 'Ask Us Now, a macro at 5 s ("Hello and thank you for using Ask Us Now! A librarian will be with you shortly."), then Keisha at 70 s: pickup and greeting pass',
    lines: [
      [0, 'p', 'I need the form to get a copy of my birth certificate in Maryland'],
      [5, 'l', 'Hello and thank you for using Ask Us Now! A librarian will be with you shortly.'],
      [70, 'l', "I'm Keisha, one of the Maryland librarians on tonight. Were you born in Maryland, or do you live here now?"],
      [100, 'p', 'born here, in Annapolis'],
      [106, 'l', 'The Division of Vital Records has the application online at health.maryland.gov/vsa, under Birth Certificates; you can order it online there. Does that answer your question?'],
      [150, 'p', 'yes, thats all i needed. thank you!'],
      [156, 'l', 'Thank you for using Ask Us Now, have a great evening!'],
    ],
    exp: usual(),
  },
  {
    name: 'BPL, split opening: "Hi there! 😊" at 28 s, "Mariam from Brooklyn Public Library\'s reference team." at 33 s: greeting passes',
    lines: [
      [0, 'p', 'looking for books about starting a food cart business in nyc'],
      [28, 'l', 'Hi there! 😊'],
      [33, 'l', "Mariam from Brooklyn Public Library's reference team. Is this for a cart you're opening yourself, or research for a class?"],
      [70, 'p', 'my own cart, tacos'],
      [77, 'l', "Love it. Let me look at what we have, one sec."],
      [160, 'l', "Try Start Your Own Food Truck Business (Entrepreneur Press) in our catalog at bklynlibrary.org, and the city's Street Vendor page at nyc.gov/site/dca has the permit steps. Is that the kind of thing you need?"],
      [200, 'p', 'yes thx thats everything'],
      [205, 'l', 'Good luck with the tacos! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    // reading: no greeting and no clarifying question before the answer; "Thanks for using Ask Us" comes in the third
    // provider message, too late for the greeting
    name: 'Pratt, Sunday hours: goes straight to the answer; "Thanks for using Ask Us" only in the third message: greeting and clarify fail',
    lines: [
      [0, 'p', 'what time does central close on sunday'],
      [19, 'l', 'Central is open 1 to 5 on Sundays. Hours for every branch are at prattlibrary.org/locations. Does that answer your question?'],
      [45, 'p', 'yes'],
      [50, 'l', 'Anything else I can help with?'],
      [80, 'p', 'nope thx'],
      [85, 'l', 'Thanks for using Ask Us, have a good one!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    // "Hey! Thanks for reaching out" greets; who is answering comes only in the third provider message
    name: 'UNLV, "Hey! Thanks for reaching out 🙂", a question, then "I\'m Lou btw, at UNLV Libraries" in the third message: greeting fails',
    lines: [
      [0, 'p', 'i need peer reviewed articles about sports betting addiction for psych 101'],
      [24, 'l', 'Hey! Thanks for reaching out 🙂'],
      [30, 'l', 'How many articles do you need, and do they have to be from the last 5 years?'],
      [62, 'p', '3 articles, yes last 5 yrs'],
      [70, 'l', "I'm Lou btw, at UNLV Libraries. Try PsycINFO from the Databases list at library.unlv.edu: search gambling disorder AND sports betting, then tick Peer Reviewed and set 2019-2024. Did that help?"],
      [130, 'p', 'yes found 3, thats all i needed'],
      [136, 'l', 'Awesome, good luck with the paper. Bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // the patron wrote three times before the pickup; pickup at 58 s is within 60 s
    name: 'Fairfax, three patron messages ("hello", "is anyone there", the question), pickup at 58 s "Hi, sorry for the wait! This is Omar at Ask a Librarian…": good session',
    lines: [
      [0, 'p', 'hello'],
      [20, 'p', 'is anyone there'],
      [48, 'p', 'i forgot my library card pin and cant log in to libby'],
      [58, 'l', 'Hi, sorry for the wait! This is Omar at Ask a Librarian, Fairfax County Public Library.'],
      [64, 'l', 'Do you have your library card number with you?'],
      [90, 'p', 'yes'],
      [96, 'l', 'You can reset the PIN yourself: on fairfaxcounty.gov/library choose My Account, then Forgot PIN, and follow the reset steps. Then sign in to Libby again with the new PIN. Does that answer your question?'],
      [150, 'p', 'got it thank u, thats all'],
      [155, 'l', 'Thanks for contacting us, happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'Richland, patron writes twice, pickup at 61 s "Good evening! You\'ve reached Richland Library\'s Ask Us chat, I\'m Tova.": pickup fails',
    lines: [
      [0, 'p', 'hi is this a real person'],
      [30, 'p', 'i need help finding a tax form from 2019'],
      [61, 'l', "Good evening! You've reached Richland Library's Ask Us chat, I'm Tova."],
      [67, 'l', 'Is it a federal form or a South Carolina one?'],
      [100, 'p', 'federal, 1040'],
      [106, 'l', 'Prior-year forms are on the IRS site: irs.gov/prior-year-forms, search 1040 and pick 2019. Is that what you were looking for?'],
      [140, 'p', 'yes thats everything'],
      [145, 'l', 'Thanks for chatting with us!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: pickedUpAt (44 s) is the pickup though the first message comes at 95 s
    name: 'HCLS, pickedUpAt 44 s, first message at 95 s "Good afternoon, you\'ve reached the Ask Us desk at Howard County Library System. I\'m Renee.": pickup passes',
    lines: [
      [0, 'p', 'what books do you have on raising backyard chickens'],
      [95, 'l', "Good afternoon, you've reached the Ask Us desk at Howard County Library System. I'm Renee."],
      [101, 'l', 'Are you just starting out, or do you already have a flock?'],
      [130, 'p', 'starting out, want 4 hens'],
      [138, 'l', "Storey's Guide to Raising Chickens and The Backyard Homestead are both in our catalog at hclibrary.org; search backyard chickens. Did that help?"],
      [180, 'p', 'yes thank you, no more questions'],
      [185, 'l', 'Thanks for chatting, good luck with the hens!'],
    ],
    over: { pickedUpAt: at(44) },
    exp: usual(),
  },
  {
    // reading: a system "Chat accepted" message is no pickup; with no pickedUpAt the pickup is the first provider message
    name: 'Anne Arundel, system "Chat accepted by Library staff" at 12 s, first provider message at 72 s: pickup fails, greeting passes',
    lines: [
      [0, 'p', 'can i get a passport at the library'],
      [12, 's', 'Chat accepted by Library staff', sys('joined')],
      [72, 'l', 'Hello! Welcome to Ask a Librarian at Anne Arundel County Public Library.'],
      [78, 'l', 'Is this a first passport, or a renewal?'],
      [110, 'p', 'first one, for my son, he is 9'],
      [117, 'l', 'Our Odenton branch is a passport acceptance facility by appointment; both parents need to come with the child. Book at aacpl.net/passports. Does that answer your question?'],
      [160, 'p', 'yes that is all i needed'],
      [166, 'l', 'Thank you for chatting with us!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'County law library, transfer: "Hello! I\'m Tim at the Ask Us desk… transferring you to her now.", a note saying why, the law librarian greets: good session',
    lines: [
      [0, 'p', 'how do i find out if there is a judgment against me from an old landlord'],
      [30, 'l', "Hello! I'm Tim at the Ask Us desk. This one is best for our law librarian, so I'm transferring you to her now, one moment."],
      [34, 'i', 'Sandra, patron needs to search for a civil judgment from a landlord case, can you take it? Law question.', { author: 'Tim Park', authorId: 'jo', to: 'sandra' }],
      [40, 's', 'Chat transferred to Sandra Ruiz', sys('transfer', 'sandra')],
      [85, 'l', 'Hi there, Sandra here, law librarian at the county law library. Which county was the apartment in?', SANDRA],
      [120, 'p', 'montgomery county md'],
      [128, 'l', 'Maryland Judiciary Case Search at mdcourts.gov/casesearch lets you search by your name; judgments show in the case details. Does this completely answer your question?', SANDRA],
      [180, 'p', 'yes, thats everything'],
      [186, 'l', 'Thanks for contacting us, take care!', SANDRA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: the receiving provider's greeting is the third visible provider message: too late
    name: 'Transfer, "One moment please." and "I\'m going to transfer you to a colleague." first; the receiver\'s "Hi, I\'m Sandra…" is the third message: greeting fails, handoff passes',
    lines: [
      [0, 'p', 'my landlord kept my deposit, what are my rights in maryland'],
      [25, 'l', 'One moment please.'],
      [60, 'l', "I'm going to transfer you to a colleague who knows landlord-tenant law."],
      [63, 'i', 'Sandra, tenant asking about security deposit rights in MD, yours is the law collection, thanks!', { author: 'Jo Smith', authorId: 'jo', to: 'sandra' }],
      [66, 's', 'Chat transferred to Sandra Ruiz', sys('transfer', 'sandra')],
      [120, 'l', "Hi, I'm Sandra, the law librarian. How long ago did you move out?", SANDRA],
      [150, 'p', '2 months ago'],
      [156, 'l', "The Attorney General's Landlord-Tenant guide at marylandattorneygeneral.gov explains that the deposit must be returned within 45 days with a list of damages. Is that what you needed?", SANDRA],
      [200, 'p', 'yes thanks, thats all'],
      [206, 'l', 'Thanks for chatting, good luck!', SANDRA],
    ],
    exp: usual({ greeting: 'fail', transfer: 'pass' }),
  },
  {
    name: 'Transfer with no internal note: "Hey, Jo at Ask Us here, passing you to our genealogy librarian now" and Rosa greets: handoff fails',
    lines: [
      [0, 'p', 'looking for my grandmothers ship record, she came from italy 1921'],
      [20, 'l', 'Hey, Jo at Ask Us here, passing you to our genealogy librarian now!'],
      [26, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [70, 'l', 'Hello, Rosa here! Do you know which port she arrived at?', ROSA],
      [100, 'p', 'new york i think'],
      [106, 'l', "Ellis Island's passenger search at statueofliberty.org/discover/passenger-ship-search covers 1892-1924; search her maiden name. Did that help?", ROSA],
      [160, 'p', 'yes i found her!! thats all'],
      [166, 'l', 'Wonderful! Thanks for chatting.', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'Pratt, four sessions at once: the provider had three others open the whole time: concurrency fails',
    lines: [
      [0, 'p', 'do you have any books on learning korean for beginners'],
      [30, 'l', "Hi! I'm Jo with the Pratt Library's Ask Us chat."],
      [36, 'l', 'Do you want a textbook, an app, or both?'],
      [70, 'p', 'both'],
      [76, 'l', 'Korean Made Simple by Billy Go is in our catalog at prattlibrary.org, and Mango Languages, free with your card, has Korean under Research > Databases. Is that what you were after?'],
      [120, 'p', 'yes thats everything thx'],
      [126, 'l', 'Thanks for chatting, annyeong!'],
    ],
    ctx: { otherIntervals: [other('b6-kor-a', 'jo', -200, 300), other('b6-kor-b', 'jo', -50, 200), other('b6-kor-c', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // open intervals: one session ends at this one's start (0 s), one starts at its end (136 s): at most 3 at once
    name: 'Pratt, two others overlapping, one ending at 0 s and one starting at the end: concurrency passes',
    lines: [
      [0, 'p', 'whats the wifi password at the branch'],
      [24, 'l', "Hi there, you're chatting with Jo at the Pratt Library."],
      [30, 'l', 'Which branch are you at?'],
      [55, 'p', 'canton'],
      [61, 'l', 'The public network is Pratt-Public and needs no password; the guest page at prattlibrary.org/wifi has the steps if it asks for a login. Did that help?'],
      [110, 'p', 'yes connected. that is all'],
      [116, 'l', 'Great, thanks for chatting!'],
    ],
    over: { endedAt: at(136) },
    ctx: { otherIntervals: [other('b6-wifi-a', 'jo', -300, 0), other('b6-wifi-b', 'jo', -10, 500), other('b6-wifi-c', 'jo', 20, 300), other('b6-wifi-d', 'jo', 136, 600)] },
    exp: usual(),
  },
  {
    // reading: "Hello? Are you still with me?" asks whether the patron is there: a check-in, not a greeting; the
    // first message names the service and the provider but greets no one
    name: 'MVA title: "Librarian Dom with Ask Us Now. Which year…?" then "Hello? Are you still with me?" at 150 s: greeting fails',
    lines: [
      [0, 'p', 'how do i get a duplicate title for my car'],
      [20, 'l', 'Librarian Dom with Ask Us Now. Which year was the car made, and is it titled in Maryland?'],
      [150, 'l', 'Hello? Are you still with me?'],
      [170, 'p', 'sorry yes 2009 honda, maryland'],
      [178, 'l', 'The MVA does duplicate titles online at mva.maryland.gov, under Vehicle Services > Titles; you need the VIN and your license. Does that answer your question?'],
      [230, 'p', 'yep thats all i needed'],
      [236, 'l', 'Thanks for chatting, drive safe!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // two holds open the chat, the greeting only in the third provider message: too late
    name: 'Cuyahoga, "one sec" and "still looking, one more minute" first, "Hi, sorry, I\'m Ana at Cuyahoga County Public Library!" third: greeting fails',
    lines: [
      [0, 'p', 'is the parma branch open on labor day'],
      [15, 'l', 'one sec'],
      [110, 'l', 'still looking, one more minute'],
      [170, 'l', "Hi, sorry, I'm Ana at Cuyahoga County Public Library! All branches are closed on Labor Day; the holiday list is at cuyahogalibrary.org/hours. Does that answer your question?"],
      [200, 'p', 'yes thanks, thats all'],
      [206, 'l', 'Thanks for chatting, enjoy the long weekend!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    name: 'OC Public Libraries, non-native: "Hello dear, good evening. I am library assistant Tran at the Garden Grove branch.": good session',
    lines: [
      [0, 'p', 'do you have books in vietnamese for kids'],
      [40, 'l', 'Hello dear, good evening. I am library assistant Tran at the Garden Grove branch of OC Public Libraries.'],
      [47, 'l', 'How old are the children, please?'],
      [80, 'p', '5 and 8'],
      [87, 'l', 'Please wait, I am checking the catalog.'],
      [170, 'l', 'We have many picture books and easy readers in Vietnamese at Garden Grove Main. In the catalog at ocpl.org, search "children Vietnamese" and choose Language: Vietnamese. Is this helpful for you?'],
      [215, 'p', 'yes thank you so much, that is all'],
      [221, 'l', 'You are welcome, thank you for contacting us. Have a nice evening!'],
    ],
    exp: usual(),
  },
  {
    name: 'NC State, student worker: "heyy! im Jordan, a student assistant at the Hunt Library help desk 🙂": good session',
    lines: [
      [0, 'p', 'can i reserve a study room at hunt for tmrw'],
      [18, 'l', 'heyy! im Jordan, a student assistant at the Hunt Library help desk 🙂'],
      [23, 'l', 'how many ppl and what time?'],
      [50, 'p', '4 of us, 2pm'],
      [56, 'l', 'ok so rooms for 4 are booked at lib.ncsu.edu/reserve-room, pick Hunt and tmrw, the 2pm slots are open rn. does that help?'],
      [100, 'p', 'yes booked it, thats all i needed'],
      [105, 'l', 'yay! thanks for chatting, good luck studying'],
    ],
    exp: usual(),
  },
  {
    // reading: "Ref desk, Pratt." names the service and the library
    name: 'Pratt veteran, terse: "Evening. Ref desk, Pratt." then "Title?": good session',
    lines: [
      [0, 'p', 'need the call number for the warmth of other suns'],
      [12, 'l', 'Evening. Ref desk, Pratt.'],
      [15, 'l', 'Print or audiobook?'],
      [40, 'p', 'print'],
      [47, 'l', 'The Warmth of Other Suns, Isabel Wilkerson: 304.80973 W, Central, 3rd floor. Catalog record at prattlibrary.org. That what you need?'],
      [80, 'p', 'yep thats it, thx'],
      [84, 'l', 'Anything else?'],
      [100, 'p', 'no'],
      [103, 'l', 'Thanks. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'Princeton, formal: "Good afternoon. You have reached the Research Help service of the Princeton University Library.": good session',
    lines: [
      [0, 'p', 'Good afternoon. I am looking for the papers of a 1920s alumnus, F. Scott Fitzgerald.'],
      [35, 'l', 'Good afternoon. You have reached the Research Help service of the Princeton University Library.'],
      [41, 'l', 'Are you interested in his manuscripts or in his correspondence, and will you be visiting in person?'],
      [90, 'p', 'Correspondence, and I hope to visit next month.'],
      [97, 'l', 'One moment, please, while I locate the finding aid.'],
      [180, 'l', 'The F. Scott Fitzgerald Papers (C0187) are described at findingaids.princeton.edu/catalog/C0187; Series 2 is the correspondence. Does this completely answer your question?'],
      [230, 'p', 'It does. That is everything, thank you.'],
      [236, 'l', 'Thank you for contacting us, and we look forward to your visit.'],
    ],
    exp: usual(),
  },
  {
    // reading: "a librarian" identifies who is answering (RUBRIC.md: "librarian")
    name: 'Anonymous co-op: "Hi, you\'re chatting with a librarian." only: greeting passes',
    lines: [
      [0, 'p', 'how many pages is a 5 minute speech'],
      [29, 'l', "Hi, you're chatting with a librarian."],
      [34, 'l', 'Is it read aloud at a normal pace, and single or double spaced?'],
      [70, 'p', 'normal pace, double spaced'],
      [77, 'l', 'About 650-750 words, so roughly 2.5 double-spaced pages. Virtual Speech has a words-per-minute table at virtualspeech.com/blog/average-speaking-rate-words-per-minute. Did that help?'],
      [120, 'p', 'yes thats all thanks'],
      [126, 'l', 'Thanks for chatting, good luck with the speech!'],
    ],
    exp: usual(),
  },
  {
    // reading: a screen name ("Kate (Librarian)") is not in the text: no one is named
    name: 'Screen name "Kate (Librarian)": "Hi! What can I help you find today?" and "Sure, which edition?": greeting fails',
    lines: [
      [0, 'p', 'do u have the new edition of campbell biology'],
      [21, 'l', 'Hi! What can I help you find today?', KATE],
      [26, 'l', 'Sure, which edition, the 12th?', KATE],
      [50, 'p', 'yes 12th'],
      [57, 'l', 'The 12th edition is on reserve at the front desk for 2 hours at a time; the catalog record is at library.example.edu/record/88231. Does that answer your question?', KATE],
      [90, 'p', 'yes thanks that is all'],
      [95, 'l', 'Thanks for chatting!', KATE],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'Lost call: the patron writes "hello?" and "anyone??", no provider joins, coded Lost Call: pickup fails, code fails',
    lines: [
      [0, 'p', 'hello? do you have the new john grisham'],
      [50, 'p', 'anyone??'],
      [95, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'UCLA, student: "Hi hi, Mei here, one of the Ask a Librarian staff at UCLA." with a hold and an idle patron at the end',
    lines: [
      [0, 'p', 'where can i print in powell'],
      [26, 'l', 'Hi hi, Mei here, one of the Ask a Librarian staff at UCLA.'],
      [31, 'l', 'Are you printing from your own laptop or from a library computer?'],
      [60, 'p', 'my laptop'],
      [66, 'l', 'Wireless printing steps are at library.ucla.edu/use/computers-printing: upload at the Bruin Print page, then release at any Powell printer. Did that help?'],
      [200, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to come back anytime!"],
    ],
    over: { endAfter: 2 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

const Q_CARD: Line = [0, 'p', 'hi, how do i get a library card if i just moved here'];

export const short: SessionCase[] = [
  {
    name: '"Hiii!! Bree at the Teen Desk, Skokie Public Library here": greeting passes',
    lines: [[0, 'p', 'any good graphic novels for 13 yr olds'], [20, 'l', 'Hiii!! Bree at the Teen Desk, Skokie Public Library here'], [26, 'l', 'what kinds of stories does she like?']],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: '"Afternoon! Gwen from Bristol Libraries\' enquiry line." (British, bare "Afternoon"): greeting passes',
    lines: [[0, 'p', 'Hi, is Central open on bank holiday Monday?'], [30, 'l', "Afternoon! Gwen from Bristol Libraries' enquiry line."], [36, 'l', 'Which Monday do you mean, the May one?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Cheers for getting in touch — Nigel at Manchester Central Library.": greeting passes',
    lines: [[0, 'p', 'do you hold old electoral registers'], [44, 'l', 'Cheers for getting in touch — Nigel at Manchester Central Library.'], [50, 'l', 'Which years and which ward are you after?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Kia ora, Hemi here from Auckland Libraries.": greeting passes',
    lines: [[0, 'p', 'how do i get a library card, just moved from chch'], [15, 'l', 'Kia ora, Hemi here from Auckland Libraries.'], [20, 'l', 'Do you live in the Auckland region now?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Howdy! This is Ask Us 24/7." (the service only): greeting passes',
    lines: [Q_CARD, [33, 'l', 'Howdy! This is Ask Us 24/7.'], [38, 'l', 'Which town did you move to?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hey, thx for chatting w/ the library! I\'m Ari." (chat-speak): greeting passes',
    lines: [Q_CARD, [20, 'l', "Hey, thx for chatting w/ the library! I'm Ari."], [25, 'l', 'what county r u in?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hi, librarian here — give me a sec to read through your question.": greeting passes',
    lines: [Q_CARD, [12, 'l', 'Hi, librarian here — give me a sec to read through your question.'], [60, 'l', 'Which city did you move to?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Good evening! The librarian on duty tonight is Petra.": greeting passes',
    lines: [Q_CARD, [40, 'l', 'Good evening! The librarian on duty tonight is Petra.'], [46, 'l', 'Do you have a photo ID with your new address?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Salutations! I\'m the evening reference librarian.": greeting passes',
    lines: [Q_CARD, [25, 'l', "Salutations! I'm the evening reference librarian."], [30, 'l', 'Where did you move to?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hello from the Toronto Public Library! My name\'s Farah.": greeting passes',
    lines: [[0, 'p', 'can newcomers get a card without a lease'], [19, 'l', "Hello from the Toronto Public Library! My name's Farah."], [24, 'l', 'Do you have any mail with your Toronto address?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Aloha e! Keoni at the Hawaii State Public Library System.": greeting passes',
    lines: [Q_CARD, [35, 'l', 'Aloha e! Keoni at the Hawaii State Public Library System.'], [40, 'l', 'Which island are you on?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Yo! Dev from the Learning Commons desk, what\'s up?" (student worker): greeting passes',
    lines: [[0, 'p', 'can i borrow a laptop charger'], [10, 'l', "Yo! Dev from the Learning Commons desk, what's up?"], [15, 'l', 'usb-c or the old magsafe?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hello, I\'m a librarian at the University of Arizona Libraries, answering for the cooperative tonight.": greeting passes',
    lines: [[0, 'p', 'need scholarly sources on water rights in the colorado river'], [45, 'l', "Hello, I'm a librarian at the University of Arizona Libraries, answering for the cooperative tonight."], [50, 'l', 'Is this for a particular state or the whole basin?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Good morning! Thank you for your patience, you\'re through to the British Library\'s Reference Enquiry Service.": greeting passes',
    lines: [[0, 'p', 'Do I need a Reader Pass to see a 1780s newspaper?'], [58, 'l', "Good morning! Thank you for your patience, you're through to the British Library's Reference Enquiry Service."], [64, 'l', 'Is it one of the Burney newspapers, do you know?']],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: '"Hello Sir, Good Evening. I am Rakesh, working as library assistant in the Central Library." (Indian English): greeting passes',
    lines: [[0, 'p', 'sir i need IEEE paper access from hostel'], [30, 'l', 'Hello Sir, Good Evening. I am Rakesh, working as library assistant in the Central Library.'], [36, 'l', 'Kindly tell me your roll number and department?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"hi! its Mo @ Dayton Metro Library" (chat-speak): greeting passes',
    lines: [Q_CARD, [28, 'l', 'hi! its Mo @ Dayton Metro Library'], [33, 'l', 'do u live in montgomery county?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Morning! Kev on the circ desk at Eastside Library, what can I do for ya?" (terse): greeting passes',
    lines: [[0, 'p', 'my book is overdue can i still renew'], [22, 'l', 'Morning! Kev on the circ desk at Eastside Library, what can I do for ya?'], [27, 'l', "What's the title?"]],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hey hey, it\'s Luis from the Ask Us team at Montgomery College.": greeting passes',
    lines: [[0, 'p', 'whats the library printing cost'], [31, 'l', "Hey hey, it's Luis from the Ask Us team at Montgomery College."], [37, 'l', 'Which campus are you at?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hi, thanks for waiting! I\'m Raj, reference staff." after a pickup at 60 s: pickup and greeting pass',
    lines: [[0, 'p', 'i need a biography of harriet tubman for 4th grade'], [60, 'l', "Hi, thanks for waiting! I'm Raj, reference staff."], [65, 'l', 'Is it for a book report, with a page minimum?']],
    exp: some({ greeting: 'pass', pickup: 'pass' }),
  },
  {
    name: '"Welcome to Ask Us Now! What\'s your question about?" (the service in the welcome): greeting passes',
    lines: [Q_CARD, [14, 'l', "Welcome to Ask Us Now! What's your question about?"], [40, 'p', 'a library card']],
    exp: some({ greeting: 'pass' }),
  },
  // ---- written after the first run (labelled from RUBRIC.md all the same) ------------------------------------------------
  {
    name: '"Good evening and welcome to Ask Us Now. My name is Deirdre." (scripted): greeting passes',
    lines: [Q_CARD, [36, 'l', 'Good evening and welcome to Ask Us Now. My name is Deirdre.'], [42, 'l', 'Which county do you live in now?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Greetings! Reference librarian Ms. Adeyemi speaking, Brooklyn College Library." (formal): greeting passes',
    lines: [[0, 'p', 'I need the 1970 census tract data for Flatbush'], [27, 'l', 'Greetings! Reference librarian Ms. Adeyemi speaking, Brooklyn College Library.'], [33, 'l', 'Do you need population counts only, or income and housing as well?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hello, and welcome to the University of Leeds Library chat, you\'re speaking with Hannah." (British, scripted): greeting passes',
    lines: [[0, 'p', 'How many books can a postgrad borrow?'], [40, 'l', "Hello, and welcome to the University of Leeds Library chat, you're speaking with Hannah."], [46, 'l', 'Are you a taught or a research postgraduate?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Good day! You have reached the Ask a Librarian service of the Library of Congress." (formal): greeting passes',
    lines: [[0, 'p', 'Where can I find the copyright records for a 1952 song?'], [50, 'l', 'Good day! You have reached the Ask a Librarian service of the Library of Congress.'], [56, 'l', 'Do you know whether it was published, or registered unpublished?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"hey there! u\'ve got Marisa at the Pratt" (chat-speak): greeting passes',
    lines: [Q_CARD, [30, 'l', "hey there! u've got Marisa at the Pratt"], [36, 'l', 'r u in baltimore city?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hiya, it\'s Siobhan on the enquiries desk at Belfast Central Library." (Northern Irish): greeting passes',
    lines: [[0, 'p', 'do yous have the belfast telegraph from the 1960s'], [24, 'l', "Hiya, it's Siobhan on the enquiries desk at Belfast Central Library."], [30, 'l', 'Which year are you after?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Good afternoon, Reference Services, Mount Royal University Library, Ines speaking.": greeting passes',
    lines: [[0, 'p', 'how do I find a nursing journal article with full text'], [31, 'l', 'Good afternoon, Reference Services, Mount Royal University Library, Ines speaking.'], [37, 'l', 'Do you have the citation, or are you searching a topic?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hello 👋 Librarian Tom (backup from Texas) here." (cooperative backup): greeting passes',
    lines: [Q_CARD, [45, 'l', 'Hello 👋 Librarian Tom (backup from Texas) here.'], [51, 'l', 'Which library system are you in?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hey y\'all! Kendra at Nashville Public Library." (Southern US): greeting passes',
    lines: [Q_CARD, [19, 'l', "Hey y'all! Kendra at Nashville Public Library."], [25, 'l', 'Do you live in Davidson County?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Heya, Aroha from Wellington City Libraries." (New Zealand): greeting passes',
    lines: [Q_CARD, [29, 'l', 'Heya, Aroha from Wellington City Libraries.'], [35, 'l', 'Are you in Wellington city itself?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // the patron answers the first "Hi!" before the provider names themself: still the first two provider messages
    name: 'split around the patron: "Hi! 😊", the patron\'s "hi", then "I\'m Dana at Ohio State\'s Thompson Library.": greeting passes',
    lines: [Q_CARD, [18, 'l', 'Hi! 😊'], [24, 'p', 'hi'], [30, 'l', "I'm Dana at Ohio State's Thompson Library. Are you a student or a Columbus resident?"]],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hey — Tay, UofT Libraries chat." (terse): greeting passes',
    lines: [[0, 'p', 'can alumni get into robarts'], [16, 'l', 'Hey — Tay, UofT Libraries chat.'], [21, 'l', 'Which year did you graduate?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hello! Hold on while I transfer you." and "Transferring now." name no one: greeting fails',
    lines: [Q_CARD, [20, 'l', 'Hello! Hold on while I transfer you.'], [40, 'l', 'Transferring now.']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "hi, one sec" and "still checking…" name no one; "Jo at Sample County Library" comes third: greeting fails',
    lines: [Q_CARD, [20, 'l', 'hi, one sec'], [100, 'l', 'still checking…'], [160, 'l', "Sorry, I'm Jo at Sample County Library. You can sign up at samplecountylibrary.org/card."]],
    exp: some({ greeting: 'fail' }),
  },
  // ---- near misses --------------------------------------------------------------------------------------------------------
  {
    // reading: the check-in "Hello?" is no greeting
    name: 'near miss: "Ask a Librarian, this is Wen. What\'s the title of the article?" then "Hello? Are you there?": greeting fails',
    lines: [[0, 'p', 'cant open an article from jstor'], [30, 'l', "Ask a Librarian, this is Wen. What's the title of the article?"], [170, 'l', 'Hello? Are you there?'], [190, 'p', 'sry yes its called the ottoman gentleman']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: a greeting word in a question about someone else greets no one
    name: 'near miss: "Jo at the Ask Us desk. Did you say hi to Marcus at the desk when you came in?": greeting fails',
    lines: [
      [0, 'p', 'i was at the branch today and someone said i could get a museum pass but i forgot his name'],
      [25, 'l', 'Jo at the Ask Us desk. Did you say hi to Marcus at the desk when you came in? He handles the museum passes.'],
      [31, 'l', 'Which branch was it?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: "You're very welcome" answers the patron's thanks; it greets no one
    name: 'near miss: the patron thanks in advance, "You\'re very welcome — Jo at Ask a Librarian. What\'s the topic?": greeting fails',
    lines: [[0, 'p', 'thank you in advance!! i need help with my research paper'], [20, 'l', "You're very welcome — Jo at Ask a Librarian. What's the topic?"], [50, 'p', 'climate migration']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Hi there!" and "What can I help you find?": no one named, greeting fails',
    lines: [Q_CARD, [20, 'l', 'Hi there!'], [25, 'l', 'What can I help you find?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Hi Priya! Let me look at that." (the patron\'s name) and "Which branch?": greeting fails',
    lines: [[0, 'p', 'hi its Priya, can i pick up holds at a different branch'], [20, 'l', 'Hi Priya! Let me look at that.'], [60, 'l', 'Which branch do you want to switch to?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Hello! You can ask a librarian at your branch about that." (someone else) then "Which branch?": greeting fails',
    lines: [Q_CARD, [20, 'l', 'Hello! You can ask a librarian at your branch about that too.'], [26, 'l', 'Which branch is closest to you?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Welcome back!" to a returning patron in the second message: no one named, greeting fails',
    lines: [
      [0, 'p', 'im back, chat dropped before'],
      [20, 'l', 'Welcome back!'],
      [25, 'l', 'What were you asking about before?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- pickup at the threshold ----------------------------------------------------------------------------------------------
  {
    name: 'pickup at exactly 60 s: passes, value 60',
    lines: [Q_CARD, [60, 'l', "Hi, I'm Jo at Sample County Library."]],
    exp: some({ pickup: 'pass', greeting: 'pass' }),
  },
  {
    name: 'pickup at 62 s: fails',
    lines: [Q_CARD, [62, 'l', "Hi, I'm Jo at Sample County Library."]],
    exp: some({ pickup: 'fail', greeting: 'pass' }),
  },
  {
    name: 'pickedUpAt 59 s, first message at 140 s: pickup passes',
    lines: [Q_CARD, [140, 'l', "Hi, I'm Jo at Sample County Library, sorry for the delay."]],
    over: { pickedUpAt: at(59) },
    exp: some({ pickup: 'pass' }),
  },
  {
    name: 'pickedUpAt 75 s, first message at 80 s: the recorded pickup is late, fails',
    lines: [Q_CARD, [80, 'l', "Hi, I'm Jo at Sample County Library."]],
    over: { pickedUpAt: at(75) },
    exp: some({ pickup: 'fail' }),
  },
  {
    // reading: an internal note is no pickup
    name: 'an internal note at 15 s ("grabbing this one"), the first visible message at 64 s: pickup fails',
    lines: [Q_CARD, [15, 'i', 'grabbing this one', { author: 'Jo Smith', authorId: 'jo' }], [64, 'l', "Hello! Jo at Sample County Library."]],
    exp: some({ pickup: 'fail', greeting: 'pass' }),
  },
  {
    // reading: pickup time runs from startedAt, not from the patron's first message (the patron took 50 s to type)
    name: 'the patron\'s first message at 50 s, the provider at 95 s: pickup 95 s, fails',
    lines: [[50, 'p', 'hi how do i get a library card if i just moved here'], [95, 'l', "Hi, I'm Jo at Sample County Library."]],
    exp: some({ pickup: 'fail' }),
  },
  // ---- concurrency and transfers --------------------------------------------------------------------------------------------
  {
    name: 'three other sessions, never more than two at once with this one: at most 3, concurrency passes',
    lines: [Q_CARD, [20, 'l', "Hi, I'm Jo at Sample County Library. Which town did you move to?"], [60, 'p', 'dover'], [70, 'l', 'Thanks for chatting!']],
    ctx: { otherIntervals: [other('b6-stag-a', 'jo', -300, 10), other('b6-stag-b', 'jo', 15, 40), other('b6-stag-c', 'jo', 30, 200)] },
    exp: some({ concurrency: 'pass' }),
  },
  {
    // the receiving provider's three other sessions all ended before the transfer: she is judged over her part only
    name: 'transfer at 40 s; Rosa\'s three other sessions end by 40 s: concurrency passes',
    lines: [
      Q_CARD,
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'm transferring you to Rosa, who handles cards for new residents."],
      [24, 'i', 'Rosa, new resident wants a card, needs proof-of-address help, yours ok?', { author: 'Jo Smith', authorId: 'jo', to: 'rosa' }],
      [40, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [70, 'l', 'Hello, Rosa here! Which town did you move to?', ROSA],
    ],
    ctx: { otherIntervals: [other('b6-r-a', 'rosa', -300, 40), other('b6-r-b', 'rosa', -100, 30), other('b6-r-c', 'rosa', 0, 40)] },
    exp: some({ concurrency: 'pass', transfer: 'pass', greeting: 'pass' }),
  },
  {
    name: 'transfer at 40 s; Rosa has three other sessions open after it: concurrency fails',
    lines: [
      Q_CARD,
      [20, 'l', "Hi, I'm Jo at Sample County Library. I'm transferring you to Rosa, who handles cards for new residents."],
      [24, 'i', 'Rosa, new resident wants a card, needs proof-of-address help, yours ok?', { author: 'Jo Smith', authorId: 'jo', to: 'rosa' }],
      [40, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [70, 'l', 'Hello, Rosa here! Which town did you move to?', ROSA],
    ],
    ctx: { otherIntervals: [other('b6-r2-a', 'rosa', -300, 400), other('b6-r2-b', 'rosa', 50, 300), other('b6-r2-c', 'rosa', 0, 500)] },
    exp: some({ concurrency: 'fail', transfer: 'pass' }),
  },
  {
    // reading: the transferring provider said nothing to the patron about the transfer; the receiver's "I've taken over"
    // comes after it
    name: 'transfer told to the patron only by the receiver ("I\'m Rosa, I\'ve taken over your chat from Jo"): handoff fails',
    lines: [
      [0, 'p', 'need help with 1920 census for my great grandpa'],
      [20, 'l', 'Hi, Jo here at Ask Us. Let me look into this.'],
      [30, 'i', 'Rosa, genealogy q, 1920 census, can you take it? you know Ancestry Library better', { author: 'Jo Smith', authorId: 'jo', to: 'rosa' }],
      [36, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [80, 'l', "Hi! I'm Rosa, I've taken over your chat from Jo. What state did he live in?", ROSA],
    ],
    exp: some({ transfer: 'fail', greeting: 'pass' }),
  },
  {
    name: 'transfer with a note that says no why ("Rosa, yours"): handoff fails, the receiver\'s "Hello again, Rosa here!" is the second message',
    lines: [
      [0, 'p', 'can i get old city directories for a house history'],
      [20, 'l', "Hi! I'm transferring you to our local history librarian, one moment."],
      [24, 'i', 'Rosa, yours', { author: 'Jo Smith', authorId: 'jo', to: 'rosa' }],
      [30, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [70, 'l', 'Hello again, Rosa here! Which street is the house on?', ROSA],
    ],
    exp: some({ transfer: 'fail', greeting: 'pass' }),
  },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  {
    // near miss for B6 `greeting` ("say hi to Marcus"): saying hi to the patron still greets
    name: 'near miss: "Just wanted to say hi to you before I dig in — Jo at Ask Us." greets: greeting passes',
    lines: [Q_CARD, [22, 'l', 'Just wanted to say hi to you before I dig in — Jo at Ask Us.'], [28, 'l', 'Which town did you move to?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for B6 `greeting` ("You're very welcome"): "Welcome, very glad…" still greets
    name: 'near miss: "Welcome, very glad you found us! Jo at Ask a Librarian." greets: greeting passes',
    lines: [Q_CARD, [22, 'l', 'Welcome, very glad you found us! Jo at Ask a Librarian.'], [28, 'l', 'Which town did you move to?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for B6 `greeting` ("Hullo"): the word talked about
    name: 'near miss: "Jo at Ask a Librarian. Hullo is the old British spelling, yes, from the 1800s." greets no one: greeting fails',
    lines: [[0, 'p', 'is hullo a real word? its in my old book'], [22, 'l', 'Jo at Ask a Librarian. Hullo is the old British spelling, yes, from the 1800s.'], [28, 'l', 'Which book is it, out of interest?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for B6 `greeting` ("Cheers for getting in touch"): thanks for the details given is no greeting
    name: 'near miss: "Cheers for that — Jo at Ask Us here, I\'ll have a look." thanks for the ISBN: greeting fails',
    lines: [[0, 'p', 'need to know if you have isbn 9780143127550'], [20, 'l', "Cheers for that — Jo at Ask Us here, I'll have a look."], [70, 'l', 'Is the paperback OK, or do you need the hardback?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for B6 `greeting` ("Salutations!"): the word for a letter's part
    name: 'near miss: "Jo at Ask a Librarian. Salutations and closings for business letters are in chapter 4…": greeting fails',
    lines: [[0, 'p', 'how do i start a formal business letter'], [25, 'l', 'Jo at Ask a Librarian. Salutations and closings for business letters are in chapter 4 of the Gregg Reference Manual.'], [31, 'l', 'Is it an e-mail or a printed letter?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for B6 `greeting` ("Yo!"): an age in chat-speak
    name: 'near miss: "Jo at Ask Us. Is this for your 8 yo?" greets no one: greeting fails',
    lines: [[0, 'p', 'looking for chapter books about dogs'], [20, 'l', 'Jo at Ask Us. Is this for your 8 yo?'], [50, 'p', 'yes']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for B6 `selfService` ("you can ask a librarian at your branch"): the service named
    name: 'near miss: "Hello! Welcome to Ask a Librarian." names the service: greeting passes',
    lines: [Q_CARD, [22, 'l', 'Hello! Welcome to Ask a Librarian.'], [28, 'l', 'Which town did you move to?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for B6 `helloCheckinB6`: the provider's first message opens the chat
    name: 'near miss: the first message "Hello? This is Jo at Ask Us, can you see my messages?": greeting passes',
    lines: [Q_CARD, [22, 'l', 'Hello? This is Jo at Ask Us, can you see my messages?'], [50, 'p', 'yes i see them']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for B6 `helloCheckinB6`: "Hi!" said, not asked, still greets in the second message
    name: 'near miss: "Ask a Librarian, this is Wen." then "Hi! Are you still there?": greeting passes',
    lines: [[0, 'p', 'cant open an article from jstor'], [30, 'l', 'Ask a Librarian, this is Wen.'], [170, 'l', 'Hi! Are you still there?'], [190, 'p', 'yes sorry']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for B6 `onDeskB6`: an "-ing" word on a desk names no one
    name: 'near miss: "Hi! Printing on the second floor desk at Eastside Library." names no one: greeting fails',
    lines: [[0, 'p', 'where do i print'], [20, 'l', 'Hi! Printing on the second floor desk at Eastside Library.'], [26, 'l', 'Are you printing from a laptop?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for B6 `uGotNameB6`: a capitalised resource after "u've got" names no one
    name: 'near miss: "Hi! u\'ve got Hoopla access with that card btw" names no one: greeting fails',
    lines: [[0, 'p', 'can i watch movies with my card'], [20, 'l', "Hi! u've got Hoopla access with that card btw"], [26, 'l', 'r u on a phone or a tv?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // near miss for B6 `signOnTailB6`: a day before the library's desk names no one
    name: 'near miss: "Hi - Saturdays, Main Library desk." (hours, not a sign-on) names no one: greeting fails',
    lines: [[0, 'p', 'when can i get help with my resume'], [20, 'l', 'Hi - Saturdays, Main Library desk.'], [26, 'l', 'Do you want an appointment?']],
    exp: some({ greeting: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // reading: a title that opens with a greeting word greets no one
    // v29 (D4, left again): D4's titleEchoD4 reads a greeting that echoes the title the patron typed; this patron typed
    // "a guide for new immigrants to canada", not the title, so nothing tells it from "Welcome to Canada's chat: …".
    // LEFT: greeting passes. "Welcome to <title>" and "Welcome to <the service>" read the same; telling a title from a
    // service would take a list of titles or reading the sentence's verb ("… is at canada.ca"), and "Welcome to our chat,
    // which is open 24/7" shows how a verb after it misleads: too broad for a narrow fix.
    name: 'near miss: "Welcome to Canada: A Guide for Newcomers is at canada.ca. Jo, Ask Us." greets no one: greeting fails',
    lines: [[0, 'p', 'is there a guide for new immigrants to canada'], [26, 'l', 'Welcome to Canada: A Guide for Newcomers is at canada.ca. Jo, Ask Us.'], [32, 'l', 'Are you in Ontario?']],
    exp: some({ greeting: 'fail' }),
  },
];

describe('twenty-sixth round (B6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-sixth round (B6): openings, every check', whole);
describeSessions('twenty-sixth round (B6): openings, short cases', short);
describeSessions('twenty-sixth round (B6): openings, near misses of the changes', guards);

describeLeft('twenty-sixth-round-greeting', LEFT);
