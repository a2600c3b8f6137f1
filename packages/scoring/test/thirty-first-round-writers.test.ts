/**
 * Thirty-first round, area (Q3): WRITERS AND CREATORS. Self-publishing (ISBNs from Bowker's myidentifiers.com, KDP,
 * IngramSpark, India's isbn.gov.in), copyright registration (copyright.gov, eCO, Circular 1, the Public Information Office),
 * public domain (Cornell's chart), permission to quote (the publisher, the copyright owner), literary agents and query
 * letters (Guide to Literary Agents, QueryTracker, Query Shark, Writer's Market), writing groups and NaNoWriMo write-ins,
 * the podcast and video studios (the Media Lab, the Tech Desk), grants (the state arts council, Foundation Directory),
 * poetry contests (Poets & Writers), a local author's book (the local author form, collection development); hopeful,
 * wordy, pushy patrons; no legal advice (referral.contact, info.source, inquiry.clarify, followup.*, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (fails): "You should contact the Copyright Office, they handle that", "you'd
 *   have to talk to collection development about that", "Check with collection development", "to book it just stop by the
 *   Tech Desk on the 2nd floor", "you'll need to ask the song's publisher for permission", "ask the writing center at your
 *   college", "The Maryland State Arts Council can tell you about grants".
 *  a referral WITH one (passes): "call the Copyright Office's Public Information Office at 1-877-476-0778", "e-mail
 *   collections@hcplonline.org", "call the Digital Media Lab at 410-555-0133", "msac.grants@maryland.gov", "Maryland
 *   Volunteer Lawyers for the Arts: 410-555-0188 or mdvla.org".
 *  a source, not a referral: "register online at copyright.gov/registration", "Bowker sells them at myidentifiers.com",
 *   "book it at samplelibrary.org/medialab", "the Local Author form at samplelibrary.org/localauthor", "Guide to Literary
 *   Agents, 808.02 GUI", "pw.org/grants".
 *  the patron done: "That's everything I needed", "that's the lot, ta", "es todo", "Nothing more, thank you"; not: "ok i
 *   guess. thx", "thanks!!".
 *  dismissal: "You've reached the limit of one question per chat", "I have other patrons, so I'm ending this chat"; allowed:
 *   "I have a few other patrons waiting … please come back anytime".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "I'll pass it on to our collection development librarian myself" consults staff on the patron's behalf: no referral;
 *   "I'll e-mail you what they decide … by Friday" is a follow-up promise (contact confirmed and a time: passes);
 * - booking a studio or a kit on the library's web page is using a source; "stop by the Tech Desk to book it" is a referral
 *   to a department of the provider's own library;
 * - the publisher, the copyright owner, "other publishers at the book fair" are organisations the patron is told to ask:
 *   referrals (the rubric names any organisation);
 * - "You've asked this several times now and I have other patrons, so I'm ending this chat." ends the help for the
 *   provider's convenience with no way back: a dismissal;
 * - a session whose only provider messages are a greeting, a check-in and a disconnect notice has no substantive exchange;
 * - "Ask Us Now! My name is Pat and I am a librarian" (a macro) greets and identifies; "What's the genre?" does neither.
 * Written: 28 whole sessions, 24 short cases, 33 near misses and behaviours in `guards` (all labelled before running).
 * First run: 5 of 81 tests failed on 5 statuses: referral.contact 4 ("to book it just stop by the Tech Desk", "you'd have
 * to talk to collection development", "Check with collection development.", "ask the song's publisher for permission": no
 * referral read), closing.no_dismissal 1 ("…and I have other patrons, so I'm ending this chat": no dismissal read). My
 * labels corrected: 0. The guards' first run: 1 more referral.contact (a source's URL in the same sentence read as the
 * copyright owner's contact, an older reading, not a change of this block): moved to LEFT, the guard rewritten.
 * Fixed in block Q3:
 *  - `purposeItQ3` (classify.ts `purposeItQ3`, read by checks/referral.ts beside v22 V3's purpose clause): a purpose clause
 *    with no comma whose object is only "it / one / them", then at most "just / simply / please", opens the referring verb's
 *    clause ("To book it just stop by the Tech Desk", "To reserve one simply drop by the circulation desk", "to renew it
 *    please call the Media Lab desk") [near misses: "To book it most people stop by the Tech Desk", "I had to book it just
 *    now, so I'll stop by the Tech Desk myself", "To book it just go to samplelibrary.org/studio", "to renew it just visit
 *    your account page at …", "To use it just bring your card; the studio is in the Tech Center"];
 *  - referralParty (phrase family, v32 only): "collection development" named bare ("talk to collection development", "speak
 *    with collection development", "ask Collection Development whether …") [near misses: "Check our collection
 *    development policy at …", "Visit the collection development page at …", "Collection development decides once …",
 *    "I'll check with collection development myself", "Read the collection development guidelines at …", "ask about our
 *    collection development at the open house"]; and the holder of the rights: publishers, copyright holders / owners
 *    ("Contact the publisher.", "ask the song's publisher for permission", "Write to the copyright owner for permission")
 *    [near misses: "Visit the publisher's website at …", "you can be your own publisher", "list yourself as the publisher",
 *    "Check the publisher field in your KDP dashboard", "Ask yourself whether you want to be the publisher of record",
 *    "The publisher is listed on the copyright page"];
 *  - othersWaiting (phrase family, v32 only): "I have / I've got other / more patrons, chats, people" then "so / and I …
 *    end, close, go, leave, wrap up" ("I have other patrons, so I'm ending this chat", "I've got more chats and I need to
 *    close this one"; with a way back it stays allowed) [near misses: "Sorry for the wait, I have other patrons." then the
 *    answer, "I have other patrons who self-published on KDP", "I have other patrons, and I tell them all the same",
 *    "I've got a few chats open, so I'm going to paste the link", "I have other chats, so I'll go ahead and paste the
 *    page"].
 * Left: 3: "you'd need to ask the rights holder directly" ("rights holder" would overturn eighteenth-round-arts' hymnary
 * listing "lists the text and the rights holder", found by the whole suite); 2 with a source's URL in the same sentence,
 * before the party or after a ";", read as the copyright owner's contact (an older reading).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** An ISBN question up to the patron's answer to the clarifying question. */
const ISBN: Line[] = [
  [0, 'p', 'hi how do i get an ISBN for my book? self publishing it this spring'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Are you publishing in print, as an ebook, or both?"],
  [50, 'p', 'both, paperback and kindle'],
];
/** A copyright question up to the patron's answer. */
const COPY: Line[] = [
  [0, 'p', 'how do i copyright my novel before i send it to agents'],
  [20, 'l', 'Hello, Jo at Ask a Librarian here. Is the manuscript finished, and are you the only author?'],
  [50, 'p', 'yes finished, just me'],
];
/** A local author's book question up to the patron's answer. */
const LOCAL: Line[] = [
  [0, 'p', 'I wrote a book, can the library carry it?'],
  [20, 'l', "Hi! This is Jo at Sample County Library's Ask a Librarian. Congratulations! Is it in print already, and do you live in the county?"],
  [50, 'p', 'yes its out on amazon and I live in Elkton'],
];
/** A media lab question up to the patron's answer. */
const STUDIO: Line[] = [
  [0, 'p', 'can i record a podcast at the library?'],
  [20, 'l', "Hello! I'm Jo at Sample County Library. How many people will be recording, and do you need video too or just audio?"],
  [50, 'p', 'just audio, me and a cohost'],
];
/** A grant question up to the patron's answer. */
const GRANT: Line[] = [
  [0, 'p', 'are there grants for artists in maryland? im a painter'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Are you looking for an individual artist award, or money for a specific project?"],
  [50, 'p', 'individual i think'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, an ISBN for a paperback and a Kindle edition: Bowker\'s myidentifiers.com and KDP\'s free ISBN',
    lines: [
      [0, 'p', "Hi there! I've finally finished my first novel (a cozy mystery set in Annapolis!) and I want to self-publish it. Do I need an ISBN and where do I get one?"],
      [25, 'l', "Hi, and congratulations! I'm Beth, a librarian with Anne Arundel County Public Library. Are you planning a print edition, an ebook, or both? And do you know which platform you'll use?"],
      [80, 'p', "Both, I think. Probably Amazon KDP for the ebook and maybe IngramSpark for the paperback so bookstores can order it."],
      [90, 'l', 'Great plan. Let me pull up the details for you, one moment.'],
      [160, 'l', "In the US, ISBNs are sold by Bowker, the official agency, at myidentifiers.com (one for $125, or a block of 10 for $295). Each format needs its own ISBN, so a paperback and an ebook need two. KDP will give you a free ISBN, but then it can only be used on Amazon and KDP is listed as the imprint; IngramSpark lets you use your own Bowker ISBN. Our guide to self-publishing at aacpl.net/selfpublishing walks through it. Does that help?"],
      [230, 'p', "Oh that is so helpful, I had no idea each format needed its own. That's everything I needed, thank you!"],
      [240, 'l', "You're so welcome, and good luck with the launch! Thanks for using Ask a Librarian!"],
    ],
    exp: usual(),
  },
  {
    // reading: "you may call the Copyright Office's Public Information Office at 1-877-476-0778" refers with a phone
    name: 'formal academic, registering a dissertation\'s copyright: copyright.gov, Circular 1, the Public Information Office\'s phone',
    lines: [
      [0, 'p', 'Good afternoon. I am completing my doctoral dissertation and my committee suggested I register the copyright before deposit. What is the procedure?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! My name is Elaine, a librarian with the University of Maryland Libraries. Will your dissertation be deposited with ProQuest, and have you been offered their copyright registration service?'],
      [95, 'p', 'Yes, ProQuest offers it for a fee, but I would rather file it myself if that is simpler.'],
      [105, 'l', 'Thank you, one moment while I gather the Copyright Office pages.'],
      [180, 'l', "You may register it yourself through the Copyright Office's online system, eCO, at copyright.gov/registration; a single author's unpublished work uses the Single Application. Circular 1, Copyright Basics (copyright.gov/circs/circ01.pdf), explains what registration does. I cannot advise you on legal questions about your rights, but you may call the Copyright Office's Public Information Office at 1-877-476-0778. Does this answer your question?"],
      [260, 'p', 'It does, completely. That is all I needed. Thank you.'],
      [270, 'l', 'You are most welcome. Best of luck with the defense, and thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "You should contact the Copyright Office, they handle that" refers with no way to reach them and is no source
    name: 'sloppy: copyright, "you should contact the Copyright Office, they handle that": no source, referral fails',
    lines: [
      ...COPY,
      [75, 'l', 'You should contact the Copyright Office, they handle that. Did that help?'],
      [110, 'p', 'ok i guess. thx'],
      [118, 'l', 'You are welcome! Have a good day.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'terse veteran, finding a literary agent: Guide to Literary Agents on the shelf, QueryTracker, the Writer\'s Market database',
    lines: [
      [0, 'p', 'how do i find an agent for a thriller'],
      [14, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Finished manuscript, or still drafting?'],
      [40, 'p', 'finished. 92k words'],
      [48, 'l', 'Guide to Literary Agents (Writer\'s Digest Books, 2024) is at Towson, 808.02 GUI, lists agents by genre. Online, querytracker.net is free and tracks who takes thrillers. That what you need?'],
      [80, 'p', 'yep'],
      [84, 'l', 'Anything else?'],
      [92, 'p', 'nope'],
      [96, 'l', 'Good luck. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak teen, poetry contests: Poets & Writers\' database, then the patron vanishes: check-in and disconnect notice',
    lines: [
      [0, 'p', 'r there poetry contests for teens?? i want to enter smth'],
      [22, 'l', "hey! I'm Kai, a student assistant with the AskUsNow! chat :) how old are u, and do u want free contests only?"],
      [50, 'p', '15 and yes free pls'],
      [60, 'l', 'ok give me a sec to look'],
      [120, 'l', "found some! Poets & Writers has a searchable contest database at pw.org/grants (filter for no entry fee), and the Scholastic Art & Writing Awards take poetry from 13 and up at artandwriting.org. does that help?"],
      [280, 'l', 'r u still there?'],
      [430, 'l', "looks like u disconnected, so I'll close this chat. come back anytime!!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: booking the studio on a web page is using a source; "call the Digital Media Lab at …" refers with a phone
    name: 'warm, booking the podcast studio: the booking page and the Digital Media Lab\'s phone: referral passes',
    lines: [
      ...STUDIO,
      [60, 'l', 'Fun! Let me check the studio details.'],
      [120, 'l', "Our Digital Media Lab at the Central branch has a podcast studio with two mics and a mixer. You can book it up to two weeks ahead at samplelibrary.org/medialab with your library card. If you'd like a training session first, call the Digital Media Lab at 410-555-0133. Is that what you were looking for?"],
      [170, 'p', 'yes perfect!! thats all, thank you so much'],
      [176, 'l', 'Have fun recording! Thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "just stop by the Tech Desk on the 2nd floor" tells the patron to visit a department with no way to reach it
    name: 'student worker, the video studio: the studio guide, "just stop by the Tech Desk on the 2nd floor": referral fails',
    lines: [
      [0, 'p', 'hey does the library have a green screen room? making a youtube video for class'],
      [16, 'l', 'hi! im Alex at the Ask a Librarian desk. which branch are u closest to?'],
      [40, 'p', 'main library downtown'],
      [52, 'l', 'ok so Main has the Creation Studio w a green screen + lights, the rules and hours are in our Creation Studio guide at samplelibrary.org/studio. to book it just stop by the Tech Desk on the 2nd floor, they sign u up. did that help?'],
      [90, 'p', 'ya thanks thats all i needed'],
      [95, 'l', 'np, good luck w the video! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the provider passes the request on herself: staff consulted on the patron's behalf are no referral;
    // "I'll e-mail you what they decide … by Friday" is a follow-up promise with the e-mail repeated back
    name: 'local author, the provider will pass the request to collection development: the local author form, follow-up by Friday',
    lines: [
      ...LOCAL,
      [60, 'l', 'Wonderful. One moment while I find our local author information.'],
      [120, 'l', "We do collect books by county authors. The first step is our Local Author form at samplelibrary.org/localauthor; it asks for the ISBN, a short summary and where it can be bought. Once you've sent it, I'll pass it on to our collection development librarian myself. Does that answer your question?"],
      [180, 'p', 'Yes! I just filled it out. Will someone let me know?'],
      [190, 'l', "I'll e-mail you what they decide. Is marta.k@example.com still the best address?"],
      [215, 'p', 'yes thats me'],
      [225, 'l', "Great. You'll hear from me by Friday. Anything else I can help with today?"],
      [250, 'p', 'No, that is all. Thank you!!'],
      [256, 'l', 'Thank you, and congratulations again! Goodbye.'],
    ],
    over: { ...FU_ME, patron: { name: 'Marta', email: 'marta.k@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // the patron pushes; the provider refers to collection development by e-mail
    name: 'pushy author, "can\'t you just buy it?": the collection policy, e-mail collection development: referral passes',
    lines: [
      [0, 'p', "My memoir has sold 300 copies and gotten great reviews on Goodreads. I want the library to buy five copies, one for each branch. Who do I talk to?"],
      [30, 'l', "Hello, I'm Dana, a librarian with Harford County Public Library. Thanks for reaching out! Is the book available through Ingram or Baker & Taylor, or only on Amazon?"],
      [75, 'p', "Ingram. Can't you just order it? It's a local story, people will want it."],
      [85, 'l', "I'm not able to make purchase decisions myself, but here is how it works. Our collection development policy (hcplonline.org/policies) explains how we choose books, and suggestions from local authors go to our Collection Development department: e-mail collections@hcplonline.org with the ISBN and a review or two. Does that help?"],
      [150, 'p', "Fine. I'll email them today."],
      [160, 'l', "Sounds good. Is there anything else I can help with?"],
      [185, 'p', 'No.'],
      [190, 'l', 'Thanks for chatting, and best of luck with the memoir!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you'd have to talk to collection development about that" tells the patron to contact a department, no way given
    name: 'sloppy, local author: the policy page, "you\'d have to talk to collection development about that": referral fails',
    lines: [
      ...LOCAL,
      [70, 'l', "our policy is at samplelibrary.org/policies, but you'd have to talk to collection development about that. does that help?"],
      [120, 'p', 'how do i reach them'],
      [180, 'l', "they're in the admin building. Is there anything else?"],
      [210, 'p', 'no'],
      [215, 'l', 'ok thanks, bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "You've asked this several times now … so I'm ending this chat" ends the help for the provider's convenience,
    // with no way back; neither of the last two provider messages thanks, says goodbye or invites back
    name: 'pushy patron, the provider loses patience: "You\'ve asked this several times now … I\'m ending this chat": dismissal fails',
    lines: [
      ...LOCAL,
      [70, 'l', 'Local authors can suggest their book with our form at samplelibrary.org/localauthor. Does that help?'],
      [100, 'p', 'but will you buy it? I need to know today'],
      [110, 'l', "I can't promise that. Collection development decides after they get the form."],
      [140, 'p', 'so you wont buy it'],
      [150, 'p', 'other libraries bought it right away'],
      [165, 'l', "You've asked this several times now and I have other patrons, so I'm ending this chat."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: other patrons waiting, with a way back ("come back anytime … or call us"), is allowed
    name: 'NaNoWriMo write-ins, a busy evening: the events page, "other patrons are waiting … come back anytime": dismissal passes',
    lines: [
      [0, 'p', 'hiya, is the library doing anything for NaNoWriMo this year? i want to write with people lol'],
      [20, 'l', "Hi! I'm Sam at Ask a Librarian, Howard County Library System. Which branch is easiest for you to get to?"],
      [45, 'p', 'miller or east columbia'],
      [55, 'l', 'Miller has write-ins every Tuesday and Saturday in November, and East Columbia has a kickoff on Nov 1. All of them are on our events calendar at hclibrary.org/events (search "NaNoWriMo"). Does that help?'],
      [90, 'p', 'yes!! do i have to register'],
      [100, 'l', "The kickoff asks you to register on the calendar; the write-ins are drop-in. I have a few other patrons waiting, so I need to wrap up, but please come back anytime if you have more questions. Happy writing!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'formal, is The Great Gatsby in the public domain: the year rule, Cornell\'s chart, no legal advice',
    lines: [
      [0, 'p', 'Hello. I would like to adapt The Great Gatsby into a stage play for our community theatre. Is it in the public domain now?'],
      [25, 'l', 'Hello, and thank you for contacting AskUsNow! I am Martin, a librarian at Montgomery County Public Libraries. Is it the 1925 novel you wish to adapt, rather than a later film or edition with new material?'],
      [80, 'p', 'Yes, the original novel.'],
      [92, 'l', "Thank you. Works published in the United States in 1925 entered the public domain on January 1, 2021, so the text of the novel is generally free to adapt. Cornell University's chart, Copyright Term and the Public Domain in the United States, at copyright.cornell.edu/publicdomain, shows the rule by year. Please note I cannot give legal advice about your production. Is that what you were looking for?"],
      [160, 'p', 'Yes, thank you. That is everything.'],
      [168, 'l', 'You are welcome. Break a leg, and thank you for using AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    // reading: "you'll need to ask the song's publisher for permission" tells the patron to contact a party with no way to reach it
    name: 'permission to quote song lyrics in a novel: the Copyright Office\'s fair use page, "ask the song\'s publisher": referral fails',
    lines: [
      [0, 'p', 'Can I quote two lines of a Taylor Swift song in my novel? My writing group says no but I think it\'s fair use'],
      [24, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Is your novel going to be published or sold, or is it just for your writing group?"],
      [60, 'p', 'self publishing on kdp next year'],
      [72, 'l', "I can't tell you whether it's fair use, since that's a legal question, but the Copyright Office's Fair Use Index at copyright.gov/fair-use explains how courts decide. Song lyrics are usually licensed, so you'll need to ask the song's publisher for permission. Does that help?"],
      [130, 'p', 'ugh ok. that helps, thanks'],
      [140, 'l', 'Is there anything else I can help you with?'],
      [160, 'p', 'no thats it'],
      [165, 'l', 'Good luck with the novel! Bye for now.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'grants for a painter: the state arts council\'s awards page and its staff e-mail, Candid in the branch: referral passes',
    lines: [
      ...GRANT,
      [60, 'l', 'Let me look that up for you, one moment.'],
      [130, 'l', "The Maryland State Arts Council runs the Independent Artist Award, listed at msac.org/grants with this year's deadlines. If you have questions about eligibility, write to their grants staff at msac.grants@maryland.gov. For other funders, our Foundation Directory Online database (samplelibrary.org/databases, in the branch) lists grants to individual artists. Does this answer your question?"],
      [200, 'p', 'Yes, that is great. Thank you, thats all.'],
      [206, 'l', 'Happy painting, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Indian English, an ISBN in India: the Raja Rammohun Roy National Agency\'s portal isbn.gov.in',
    lines: [
      [0, 'p', 'Respected sir/madam, I have written one book of Hindi poems and I want to publish it myself. Kindly tell me the procedure for getting ISBN. Please do the needful.'],
      [30, 'l', 'Hello, and welcome to Ask a Librarian! I am Priya, a librarian at the Sample County Library. Are you publishing the book in India, or here in the US?'],
      [70, 'p', 'In India only madam, from Lucknow.'],
      [80, 'l', 'Thank you. In India ISBNs are free and are issued by the Raja Rammohun Roy National Agency for ISBN. You apply online at isbn.gov.in by registering as a self-publisher and uploading your ID and the book details. Does that answer your question?'],
      [140, 'p', 'Yes madam, it is clear now. Nothing more, thank you very much.'],
      [148, 'l', 'You are most welcome. All the best with your book!'],
    ],
    exp: usual(),
  },
  {
    name: 'British English, the library\'s writers\' circle: the events page, "that\'s the lot, ta"',
    lines: [
      [0, 'p', 'Hiya, is there a writing group that meets at the library? Retired and fancy having a go at short stories.'],
      [28, 'l', "Hello, and thanks for getting in touch! I'm Fiona from the library's Ask a Librarian service. Lovely idea. Are you after something in the daytime or the evening?"],
      [65, 'p', 'Daytime ideally, I don\'t drive after dark.'],
      [75, 'l', "Then the Tuesday Writers' Circle would suit you: it meets at 10:30 every Tuesday in the Local Studies room at Central, all levels welcome. The dates are on our events page, samplelibrary.org/events. Is that the sort of thing you were after?"],
      [130, 'p', 'Perfect, thank you.'],
      [138, 'l', 'Anything else I can help with?'],
      [160, 'p', "No, that's the lot, ta."],
      [166, 'l', 'Cheers, and happy writing! Bye for now.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, registering the copyright of a book of poems: copyright.gov in Spanish, "es todo"',
    lines: [
      [0, 'p', 'hola, quiero registrar los derechos de autor de mis poemas, como lo hago?'],
      [25, 'l', 'Hola, bienvenida a AskUsNow! Soy Ana, bibliotecaria. ¿Sus poemas ya están publicados, o todavía no?'],
      [60, 'p', 'todavía no, es un libro que estoy terminando'],
      [72, 'l', 'Puede registrarlos en línea en copyright.gov/registration. La Oficina de Derechos de Autor tiene información en español en copyright.gov/espanol. No puedo darle asesoría legal, pero allí explican todo el proceso. ¿Le sirve esta información?'],
      [130, 'p', 'sí, muchas gracias. es todo'],
      [136, 'l', '¡De nada! Gracias por usar AskUsNow, adiós.'],
    ],
    exp: usual(),
  },
  {
    name: 'transfer to the library\'s media lab staff: notice, internal note, transfer; the lab coordinator answers with the booking page',
    lines: [
      ...STUDIO,
      [58, 'l', "Our Media Lab coordinator knows the studio best, so I'm transferring you to her now. One moment please."],
      [61, 'i', 'Rosa: pt wants to book the podcast studio, audio only, 2 people. Media lab q.'],
      [64, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa, the Media Lab coordinator at Sample County Library, picking up from Jo. Have you used a podcast studio before, or would you like a training session?", ROSA],
      [140, 'p', 'never used one'],
      [150, 'l', 'Then book the free Podcast Basics orientation first; the orientation and studio bookings are both at samplelibrary.org/medialab. Does that help?', ROSA],
      [190, 'p', 'yes, thats everything'],
      [196, 'l', 'Great, see you in the studio! Bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // the patron sent only the question: no substantive exchange (the greeting is not one), Lost Call is right
    name: 'the patron vanishes after the question: greeting, check-in, disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'whats the difference between kdp and ingramspark'],
      [25, 'l', "Hi, I'm Jo, a librarian at Sample County Library."],
      [170, 'l', 'Are you still there?'],
      [330, 'l', "It seems you've disconnected, so I'll end this chat now. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // reading: "I'll e-mail you a list" with the e-mail repeated back but no time: followup.contact fails
    name: 'follow-up with no time: agents for a picture book, "I\'ll e-mail you a list of agents": contact fails',
    lines: [
      [0, 'p', 'hello! i am illustrating my own picture book and want an agent who reps author-illustrators. can you help?'],
      [20, 'l', "Hello! I'm Jo, a librarian with AskUsNow! Do you already have a dummy book and sample spreads?"],
      [60, 'p', 'yes, dummy is done'],
      [70, 'l', 'Great. The Children\'s Writer\'s & Illustrator\'s Market is at our Central branch (808.068 CHI), and the SCBWI directory at scbwi.org lists agents too. Does that help?'],
      [110, 'p', 'yes but can you make me a list of agents who take author-illustrators?'],
      [120, 'l', "Sure, I'll e-mail you a list. Is it lena.p@example.com?"],
      [140, 'p', 'yes'],
      [146, 'l', 'Anything else for now?'],
      [160, 'p', 'no thanks!'],
      [165, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_ME, patron: { name: 'Lena', email: 'lena.p@example.com', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: a promise to e-mail by tomorrow makes it a follow-up session; the code "Answered" is no follow-up code
    name: 'follow-up promised but coded Answered: query letter samples, "I\'ll send them by tomorrow": resolution fails',
    lines: [
      [0, 'p', 'do you have examples of query letters that actually got agents?'],
      [22, 'l', 'Hi, Jo at Ask a Librarian, Sample County Library. Which genre are you writing in?'],
      [50, 'p', 'YA fantasy'],
      [60, 'l', "The book How to Write a Query Letter isn't ours, but we have Writer's Digest's Formatting & Submitting Your Manuscript (808.02 SAM), which has annotated sample queries. Does that help?"],
      [110, 'p', 'kind of, any YA fantasy ones specifically?'],
      [120, 'l', "I'll look for a few and send them to you by tomorrow. What's your e-mail?"],
      [140, 'p', 'jay.writes@example.com'],
      [146, 'l', 'Got it, jay.writes@example.com. Anything else?'],
      [160, 'p', 'nope thats all'],
      [165, 'l', 'Thanks, talk soon! Bye.'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'scripted macros, NaNoWriMo write-ins: the events page, the macro questions and goodbye',
    lines: [
      [0, 'p', 'When are the nanowrimo writeins at the library'],
      [10, 'l', 'Thank you for contacting Ask Us Now! My name is Pat and I am a librarian. How may I help you today?'],
      [30, 'l', 'Which library branch would you like to attend?'],
      [55, 'p', 'Glen Burnie'],
      [65, 'l', 'The Glen Burnie write-ins are on Wednesdays at 6 pm in November; see aacpl.net/events and search NaNoWriMo.'],
      [70, 'l', 'Does this completely answer your question?'],
      [95, 'p', 'yes'],
      [100, 'l', 'Is there anything else I can help you with today?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thank you for using Ask Us Now! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'slow provider, podcast equipment to borrow: a late pickup and a long silence, then the catalogue',
    lines: [
      [0, 'p', 'do you lend podcast mics or kits?'],
      [95, 'l', "Hi, sorry for the wait! I'm Jo at Sample County Library. Is it a USB mic you need, or a full kit with a recorder?"],
      [120, 'p', 'a full kit'],
      [330, 'l', 'We have Podcast Kits (Zoom recorder, two mics, headphones) to borrow for a week; search "podcast kit" in our catalogue at samplelibrary.org/catalog. Does that help?'],
      [370, 'p', 'yes thats all i needed thanks'],
      [376, 'l', 'Happy podcasting, bye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    // reading: "What's the genre?" greets no one and names no one; the second message names no one either
    name: 'no greeting: literary magazines for short stories, straight to a question, Poets & Writers\' database',
    lines: [
      [0, 'p', 'where can i find literary magazines that take short stories'],
      [18, 'l', "What's the genre, literary or genre fiction?"],
      [45, 'p', 'literary'],
      [55, 'l', "Poets & Writers' Literary Magazines database at pw.org/literary_magazines lets you filter by genre and reading period. Does that help?"],
      [90, 'p', 'yes, thats everything'],
      [96, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'no clarifying question: query letters, the source in the first answer',
    lines: [
      [0, 'p', 'how do i write a query letter'],
      [18, 'l', "Hi, I'm Jo at Ask Us. Query Shark at queryshark.blogspot.com critiques real query letters, and our catalogue has Writer's Market 2024 (808.02 WRI). Does that help?"],
      [60, 'p', 'yes thank you, thats all'],
      [66, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a busy provider with four chats open: a copyright question answered well, concurrency fails',
    lines: [
      ...COPY,
      [70, 'l', "You can register it online at copyright.gov/registration with the Single Application; it is best done before you publish. I can't give legal advice, but Circular 1 at copyright.gov/circs explains the basics. Does that help?"],
      [120, 'p', 'yes thats all i needed'],
      [126, 'l', 'Thanks for chatting, good luck!'],
    ],
    ctx: { otherIntervals: [other('q3a', 'jo', -100, 400), other('q3b', 'jo', -50, 400), other('q3c', 'jo', 0, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: "Maryland Volunteer Lawyers for the Arts … at 410-555-0188" is a referral with a phone
    name: 'someone copied my blog: no legal advice, Maryland Volunteer Lawyers for the Arts with phone and URL: referral passes',
    lines: [
      [0, 'p', 'someone copied three of my blog posts word for word onto their site. can i sue them??'],
      [25, 'l', "Hi, I'm Jo, a librarian with AskUsNow! I'm sorry that happened. Are your posts registered with the Copyright Office, or not yet?"],
      [70, 'p', 'no i never registered anything'],
      [80, 'l', "I can't give legal advice, but I can point you to help. Maryland Volunteer Lawyers for the Arts helps writers with copyright problems for free or low cost: call them at 410-555-0188 or see mdvla.org. The Copyright Office's page on registration is copyright.gov/registration. Does that help?"],
      [140, 'p', 'yes, thank you. thats all'],
      [146, 'l', "You're welcome. Good luck, and thanks for using AskUsNow!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: the Copyright Office, the library's departments, the arts council, with or without a way to reach them
  { name: '"You\'ll need to contact the Copyright Office." : referral fails, no source', lines: then(COPY, "You'll need to contact the Copyright Office. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"call the Copyright Office at 1-877-476-0778" : referral passes', lines: then(COPY, 'For questions about the form, call the Copyright Office at 1-877-476-0778. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Register it online at copyright.gov/registration" : a source, no referral', lines: then(COPY, 'Register it online at copyright.gov/registration; the fee is $45 for a single author. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Check with collection development." : referral fails', lines: then(LOCAL, 'Our local author form is at samplelibrary.org/localauthor. Check with collection development if you have questions. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"e-mail our Collection Development team at collections@samplelibrary.org" : referral passes', lines: then(LOCAL, 'Please e-mail our Collection Development team at collections@samplelibrary.org with the ISBN. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Fill in the local author form at samplelibrary.org/localauthor" : a source, no referral', lines: then(LOCAL, 'Fill in the local author form at samplelibrary.org/localauthor and attach a review. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // reading: staff the provider consults on the patron's behalf are no referral
  { name: '"I\'ll pass your book along to our collection development librarian" : no referral', lines: then(LOCAL, "The form is at samplelibrary.org/localauthor, and I'll pass your book along to our collection development librarian myself. Does that help?"), exp: some({ referral: 'na' }) },
  { name: '"ask the writing center at your college" : referral fails', lines: then(COPY, 'Purdue OWL at owl.purdue.edu has a copyright guide; for feedback on the manuscript, ask the writing center at your college. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Stop by the Media Lab desk to book the studio." : referral fails', lines: then(STUDIO, 'Stop by the Media Lab desk at Central to book the podcast studio. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Book the studio at samplelibrary.org/studio" : a source, no referral', lines: then(STUDIO, 'Book the podcast studio at samplelibrary.org/studio with your card. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"The Maryland State Arts Council can tell you about grants." : referral fails', lines: then(GRANT, 'The Maryland State Arts Council can tell you about grants for painters. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'the arts council\'s grants staff "at msac.grants@maryland.gov" : referral passes', lines: then(GRANT, 'Write to the Maryland State Arts Council grants staff at msac.grants@maryland.gov about the Independent Artist Award. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"Bowker sells them." (named, no way to reach it): no source', lines: then(ISBN, 'Bowker sells them, and you need one for each format. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"Bowker sells them at myidentifiers.com" : a source, no referral', lines: then(ISBN, 'Bowker sells them at myidentifiers.com, and you need one for each format. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'Writer\'s Market on the shelf with a call number: a source', lines: then(ISBN, "Writer's Market 2024 is on the shelf at Central, 808.02 WRI, with a chapter on ISBNs. Does that help?"), exp: some({ source: 'pass' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"Is this for print or an ebook?" before the source: clarify passes', lines: [[0, 'p', 'how do i get an isbn'], [15, 'l', "Hi, I'm Jo at Ask Us. Is this for print or an ebook?"], [40, 'p', 'print'], [50, 'l', 'Bowker sells them at myidentifiers.com. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'a restatement "So you want your novel in our catalogue" before the source: clarify passes', lines: [[0, 'p', 'my novel came out last month and i want people in my town to be able to borrow it'], [15, 'l', "Hi, I'm Jo at Ask Us. So you'd like the library to add your novel to its collection."], [40, 'p', 'yes exactly'], [50, 'l', 'Our local author form is at samplelibrary.org/localauthor. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'how do i get an isbn'], [15, 'l', "Hi, I'm Jo at Ask Us. Bowker sells them at myidentifiers.com. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like me to e-mail you the agent list?" after the source: completeness fails', lines: then(COPY, 'Guide to Literary Agents is at Central (808.02 GUI). Would you like me to e-mail you a list of agents too?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that cover what you needed?" after the source: completeness passes', lines: then(COPY, 'Register at copyright.gov/registration with the Single Application. Does that cover what you needed?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"nope that\'s everything, off to write!" : anything else passes', lines: [...ISBN, [70, 'l', 'Bowker sells them at myidentifiers.com. Does that help?'], [90, 'p', "yes! nope that's everything, off to write!"], [95, 'l', 'Happy writing, bye!']], exp: some({ anything: 'pass' }) },
  { name: '"thanks!!" alone: anything else fails', lines: [...ISBN, [70, 'l', 'Bowker sells them at myidentifiers.com. Does that help?'], [90, 'p', 'thanks!!'], [95, 'l', 'Happy writing, bye!']], exp: some({ anything: 'fail' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"You\'ve reached the limit of one question per chat." : dismissal fails', lines: [...ISBN, [70, 'l', 'Bowker sells them at myidentifiers.com. Does that help?'], [90, 'p', 'yes and how do i copyright it?'], [100, 'l', "You've reached the limit of one question per chat. Goodbye."]], exp: some({ dismissal: 'fail' }) },
  { name: '"Other patrons are waiting, so I need to close, but please come back" : dismissal passes', lines: [...ISBN, [70, 'l', 'Bowker sells them at myidentifiers.com. Does that help?'], [90, 'p', 'yes and how do i copyright it?'], [100, 'l', 'Other patrons are waiting, so I need to close this chat, but please come back with the copyright question anytime. Bye!']], exp: some({ dismissal: 'pass' }) },
];

/** Near misses of the changes (labelled before running). */
export const guards: SessionCase[] = [
  // ---- purposeItQ3: the same behaviour in other words -------------------------------------------------------------------
  { name: '"To reserve one simply drop by the circulation desk with your card." : referral fails', lines: then(STUDIO, 'We lend podcast kits too. To reserve one simply drop by the circulation desk with your card. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"to renew it please call the Media Lab desk" : referral fails', lines: then(STUDIO, 'Bookings last two hours, and to renew it please call the Media Lab desk before your slot ends. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"To book it just call the Media Lab at 410-555-0133." : referral passes', lines: then(STUDIO, 'The studio is free with a card. To book it just call the Media Lab at 410-555-0133. Does that help?'), exp: some({ referral: 'pass' }) },
  // near misses: the same shape for something else
  { name: 'near miss: "To book it most people stop by the Tech Desk" (others the subject): no referral', lines: then(STUDIO, 'The studio rules are at samplelibrary.org/studio. To book it most people stop by the Tech Desk after a class. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I had to book it just now, so I\'ll stop by the Tech Desk myself" : no referral', lines: then(STUDIO, "The rules are at samplelibrary.org/studio. I had to book it just now for a colleague, so I'll stop by the Tech Desk myself later. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "To book it just go to samplelibrary.org/studio" : a source, no referral', lines: then(STUDIO, 'To book it just go to samplelibrary.org/studio and pick a time. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "to renew it just visit your account page at …" : a source, no referral', lines: then(STUDIO, 'Kits go out for a week, and to renew it just visit your account page at samplelibrary.org/account. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "To use it just bring your card; the studio is in the Tech Center" : no referral', lines: then(STUDIO, 'To use it just bring your card; the studio is in the Tech Center on the 2nd floor, and the rules are at samplelibrary.org/studio. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- referralParty "collection development" (block Q3): other words ---------------------------------------------------
  { name: '"You\'d need to speak with collection development." : referral fails', lines: then(LOCAL, "The form is at samplelibrary.org/localauthor, but for a standing order you'd need to speak with collection development. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"ask Collection Development whether they take self-published titles" : referral fails', lines: then(LOCAL, 'Our policy is at samplelibrary.org/policies; ask Collection Development whether they take self-published titles. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"email collection development at cd@samplelibrary.org" : referral passes', lines: then(LOCAL, 'Just email collection development at cd@samplelibrary.org with the ISBN. Does that help?'), exp: some({ referral: 'pass' }) },
  // near misses: collection development's policy, page, decisions, or the provider consulting it
  { name: 'near miss: "Check our collection development policy at samplelibrary.org/policies." : no referral', lines: then(LOCAL, 'Check our collection development policy at samplelibrary.org/policies for what we buy. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the collection development page at samplelibrary.org/cd." : no referral', lines: then(LOCAL, 'Visit the collection development page at samplelibrary.org/cd for the local author form. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Collection development decides once they get the form" : no referral', lines: then(LOCAL, 'The form is at samplelibrary.org/localauthor. Collection development decides once they get the form, usually within a month. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I\'ll check with collection development myself" (the provider consults): no referral', lines: then(LOCAL, "The form is at samplelibrary.org/localauthor, and I'll check with collection development myself about the timing. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Read the collection development guidelines at … before you ask" : no referral', lines: then(LOCAL, 'Read the collection development guidelines at samplelibrary.org/cdg; they say which self-published books we add. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "ask about our collection development at the Friends meeting" (a topic): no referral', lines: then(LOCAL, 'The form is at samplelibrary.org/localauthor. If you are curious, ask about our collection development at the open house; the schedule is on samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- referralParty publisher / copyright holder, owner (block Q3): other words --------------------------------
  { name: '"Contact the publisher." (no way to reach it): referral fails', lines: then(COPY, 'If you want to quote the poem, contact the publisher. The Fair Use Index is at copyright.gov/fair-use. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"write to the copyright owner for permission" : referral fails', lines: then(COPY, 'The Fair Use Index at copyright.gov/fair-use explains when quoting is fair use. That poem is still in copyright, so write to the copyright owner for permission. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"email the publisher at permissions@hbgusa.com" : referral passes', lines: then(COPY, 'For the epigraph, email the publisher at permissions@hbgusa.com and give the page numbers. Does that help?'), exp: some({ referral: 'pass' }) },
  // near misses: the publisher's page, field or role, or the patron as the publisher
  { name: 'near miss: "Visit the publisher\'s website at penguinrandomhouse.com/permissions." : a source, no referral', lines: then(COPY, "Visit the publisher's website at penguinrandomhouse.com/permissions for the request form. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "With IngramSpark you can be your own publisher" : no referral', lines: then(ISBN, 'With IngramSpark you can be your own publisher and use your Bowker ISBN from myidentifiers.com. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "go to KDP and list yourself as the publisher" : no referral', lines: then(ISBN, 'If you buy your own ISBN at myidentifiers.com, go to kdp.amazon.com and list yourself as the publisher. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Check the publisher field in your KDP dashboard" : no referral', lines: then(ISBN, 'Check the publisher field in your KDP dashboard at kdp.amazon.com before you upload. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Ask yourself whether you want to be the publisher of record" : no referral', lines: then(ISBN, 'Ask yourself whether you want to be the publisher of record; our guide at samplelibrary.org/selfpub explains the choice. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "the publisher is listed on the copyright page" (no one told to contact): no referral', lines: then(COPY, 'The publisher is listed on the copyright page of the book, and Cornell\'s chart is at copyright.cornell.edu/publicdomain. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- othersWaiting "I have other patrons, so I'm ending this chat" (block Q3): other words ---------------------------
  { name: '"I\'ve got more chats and I need to close this one." : dismissal fails', lines: [...ISBN, [70, 'l', 'Bowker sells them at myidentifiers.com. Does that help?'], [90, 'p', 'and what about copyright?'], [100, 'l', "I've got more chats and I need to close this one."]], exp: some({ dismissal: 'fail' }) },
  { name: '"I have other patrons to help, so I have to go, but come back anytime!" (a way back): dismissal passes', lines: [...ISBN, [70, 'l', 'Bowker sells them at myidentifiers.com. Does that help?'], [90, 'p', 'and what about copyright?'], [100, 'l', 'I have other patrons to help, so I have to go, but come back anytime with the copyright question!']], exp: some({ dismissal: 'pass' }) },
  // near misses: other patrons named for something else
  { name: 'near miss: "Sorry for the wait, I have other patrons." then the answer: no dismissal', lines: [...ISBN, [70, 'l', 'Sorry for the wait, I have other patrons. Bowker sells them at myidentifiers.com. Does that help?'], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons who self-published on KDP and loved it." : no dismissal', lines: [...ISBN, [70, 'l', 'I have other patrons who self-published on KDP and loved it. Bowker sells ISBNs at myidentifiers.com. Does that help?'], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons, and I tell them all the same: query widely." : no dismissal', lines: [...COPY, [70, 'l', 'I have other patrons, and I tell them all the same: query widely. QueryTracker at querytracker.net helps. Does that help?'], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other chats, so I\'ll go ahead and paste the page" (no end): no dismissal', lines: [...ISBN, [70, 'l', "I have other chats, so I'll go ahead and paste the page. Bowker sells ISBNs at myidentifiers.com. Does that help?"], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I\'ve got a few chats open, so I\'m going to paste the link" : no dismissal', lines: [...ISBN, [70, 'l', "I've got a few chats open, so I'm going to paste the link: myidentifiers.com sells ISBNs. Does that help?"], [90, 'p', 'yes thanks'], [96, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "rights holder" as a party would refer in eighteenth-round-arts' "you would need permission to print them;
  // hymnary.org lists the text and the rights holder (…)" (a listing names it, no one told to ask); block Q3 reads only
  // publishers and copyright holders / owners
  { name: 'British: "you\'d need to ask the rights holder directly" : referral fails', lines: then(COPY, "The Society of Authors' guide to permissions is at societyofauthors.org/permissions; you'd need to ask the rights holder directly. Does that help?"), exp: some({ referral: 'fail' }) },
  // LEFT: the chart's URL earlier in the same sentence ("Cornell's chart at copyright.cornell.edu/… says …, so write to the
  // copyright owner") is read as the owner's way to be reached; M3's `sourceClauseM3` reads only a clause that ends at a
  // ";", and a "so"-clause after a source is too common a shape to widen it without guards this wave cannot supply
  { name: '"Cornell\'s chart at copyright.cornell.edu/… says …, so write to the copyright owner" : referral fails', lines: then(COPY, "Cornell's chart at copyright.cornell.edu/publicdomain says it is still in copyright, so write to the copyright owner for permission. Does that help?"), exp: some({ referral: 'fail' }) },
  // LEFT: the same reading after the ";": the Fair Use Index's URL in the clause after the referral is read as the owner's
  { name: '"Write to the copyright owner for permission; the Fair Use Index at copyright.gov/fair-use explains the rest." : referral fails', lines: then(COPY, 'That poem is still in copyright. Write to the copyright owner for permission; the Fair Use Index at copyright.gov/fair-use explains the rest. Does that help?'), exp: some({ referral: 'fail' }) },
];

describe('thirty-first round (Q3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (Q3): writers and creators, every check', whole);
describeSessions('thirty-first round (Q3): writers and creators, short cases', short);
describeSessions('thirty-first round (Q3): writers and creators, near misses of the changes', guards);

describeLeft('thirty-first-round-writers', LEFT);
