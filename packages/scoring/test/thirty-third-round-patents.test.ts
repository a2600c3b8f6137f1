/**
 * Thirty-third round, area (Y1): PATENTS, TRADEMARKS AND COPYRIGHT. An inventor asking whether an idea is already
 * patented (Google Patents, USPTO Patent Public Search, Espacenet), the library as a Patent and Trademark Resource Center,
 * a small business checking a trademark, registering copyright for a song or a novel, public domain and fair use for a
 * class project or a YouTube video, permission to reuse photos from the library's collection, orphan works, Creative
 * Commons licences, patrons wanting legal advice the library cannot give (info.source, referral.contact, inquiry.clarify,
 * closing.no_dismissal, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "you should talk to a patent attorney", "I'd consult an
 *   IP lawyer", "contact the state bar's lawyer referral service", "ask our Special Collections staff for permission",
 *   "reach out to the photographer's estate", "contact the Copyright Office", "a registered patent agent can do a
 *   professional search".
 *  a referral WITH one (passes): "call the USPTO's Inventors Assistance Center at 800-786-9199", "the Copyright Office's
 *   Public Information Office at 202-707-3000", "e-mail our PTRC librarian at ptrc@example.org", "the MSBA Lawyer
 *   Referral Service at 410-685-7878", "Special Collections: specialcollections@example.org", "llame a la Oficina de
 *   Derechos de Autor al 202-707-3000".
 *  a source, not a referral: "patents.google.com", "ppubs.uspto.gov", "Espacenet (worldwide.espacenet.com)",
 *   "tmsearch.uspto.gov", "copyright.gov/registration", "Circular 15a", "fairuse.stanford.edu", "openverse.org",
 *   "the USPTO's patent search guide", "our Patents research guide".
 *  declining legal advice is not dismissing: "I can't give legal advice, but …", "we can't tell you whether it
 *   infringes"; dismissing: "I only have a few minutes per patron and I need to end this now".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - declining to give legal advice while still helping is not ending the help for the provider's convenience:
 *   no_dismissal passes;
 * - "a patent attorney", "an IP lawyer", "a registered patent agent" that the patron is told to consult are named
 *   specialists: referrals, which fail without a way to reach one;
 * - Google Patents and Espacenet named without a URL are databases: sources;
 * - the library's own Special Collections the patron is told to contact is a referral (the provider's own department);
 * - "the USPTO's Inventors Assistance Center helps pro se inventors at 800-786-9199" tells no one to contact it (as round
 *   32's "The SBA can help with that"): no referral (my first label was pass);
 * - "To hire a patent agent, find one in the USPTO roster at oedci.uspto.gov" points to a database: no referral (my first
 *   label was pass);
 * - "…at copyright.gov/fair-use; for questions, contact the Copyright Office": copyright.gov is the Office's own site, a
 *   URL that reaches it: referral passes (my first label was fail).
 * Written: 26 whole sessions, 33 short cases (26 first, 7 more for the fixes), 10 near misses in `guards`, 1 LEFT. First
 * run: 5 of 78 tests failed, all on referral.contact: 3 were my labels (corrected, above), 2 the scorer's:
 *  - "ask the photographer directly for permission" read as no referral ("ask" needs a party word; "photographer" was none);
 *  - "Start at patents.google.com, then make an appointment with our PTRC librarian …" passed on Google's URL.
 * Fixed in block Y1:
 *  - referralParty (phrase family, v34 only): "photographer(s)" [not after "by (that) …": "more work by that photographer";
 *    not after "yourself": "ask yourself whether the photographer would object"], and "Special Collections" without
 *    "department" [not before site / digital / catalogue …, not after "in": "my colleague in Special Collections"];
 *    referralVerb: "get / obtain / request / seek (written) permission from" ("Get permission from the copyright owner
 *    first", "request written permission from Special Collections at …") [near misses: "You don't need to get permission
 *    from the copyright holder …", "The library obtained permission from the photographer's family in 1998"];
 *  - thenStepY1 (setting): a sentence opening on a first step at a site ("Start / Begin / Try / Search / Look … <url>, then
 *    …") whose referral after ", then" has no contact there or later in the message fails: the URL is the step's
 *    [near misses: "…, then e-mail our PTRC librarian at ptrc@…", "Look at copyright.gov/registration first, then call the
 *    Copyright Office" (a host label names the party: its own site), "…, then call our PTRC librarian, Mr. Okafor. His
 *    number is 410-555-0142."].
 * Left: "ask the rights holder for a licence" (referral fails; the scorer reads no referral): "rights holder" as a party word
 * also turned round 18's "…you would need permission to print them; hymnary.org lists the text and the rights holder" into
 * a referral.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

/** An inventor's question up to the patron's answer to the clarifying question. */
const INVENT: Line[] = [
  [0, 'p', 'i invented a dog leash that retracts with a button on the collar. how do i know if someone already patented it'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Have you searched anywhere yet, or is this your first look?"],
  [50, 'p', 'first look'],
];
/** A YouTube fair-use question up to the patron's answer. */
const TUBE: Line[] = [
  [0, 'p', 'can i use 20 seconds of a pop song in my youtube video'],
  [20, 'l', 'Hi, Jo at Ask Us here. Is the video monetized, or just a personal channel?'],
  [50, 'p', 'its monetized'],
];
/** A trademark question up to the patron's answer. */
const MARK: Line[] = [
  [0, 'p', "I'm opening a candle shop and want to call it Wick & Wonder. How do I check if the name is taken?"],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Are you planning to sell online across states, or only locally?'],
  [50, 'p', 'online too'],
];
/** A Spanish song-copyright question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, escribí una canción y quiero protegerla, cómo la registro'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Es solo la letra y la música, o también una grabación?'],
  [50, 'p', 'las dos cosas'],
];
/** A photo-reuse question up to the patron's answer. */
const PHOTO: Line[] = [
  [0, 'p', 'can i use a photo i found online on my cafe menu if i credit it'],
  [20, 'l', 'Hi, Jo at Ask Us here. Does the page say anything about a licence?'],
  [50, 'p', 'no nothing'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a retractable leash: Google Patents and Patent Public Search, the PTRC librarian by e-mail',
    lines: [
      [0, 'p', "Hi! I have an idea for a dog leash that retracts from a button on the collar. How do I find out if it's already patented?"],
      [25, 'l', "Hi there! I'm Dana, a librarian with AskUsNow!. Great question. Have you done any searching yet, and do you know roughly what words describe the mechanism?"],
      [70, 'p', 'Nope, nothing yet. I guess "retractable leash" and "collar button"?'],
      [80, 'l', 'Let me try a couple of searches, one moment.'],
      [170, 'l', 'OK! Two free places to start: Google Patents at patents.google.com is easiest for keyword searching, and the USPTO\'s Patent Public Search at ppubs.uspto.gov is the official one. Try "retractable leash" AND collar. I already see a few similar ones from 2015-2019.'],
      [200, 'p', 'oh no lol'],
      [215, 'l', "Don't worry, similar isn't the same! Our library is a Patent and Trademark Resource Center, and our PTRC librarian, Mr. Okafor, does free one-on-one search sessions: e-mail him at ptrc@samplelibrary.org. Does that answer your question?"],
      [260, 'p', "Yes! That's really helpful."],
      [270, 'l', 'Is there anything else I can help with today?'],
      [290, 'p', "No that's all, thank you so much"],
      [296, 'l', 'You\'re welcome! Good luck with the invention, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse veteran, trademark for a candle shop: the trademark search system, no question asked first',
    lines: [
      [0, 'p', 'how do i check if a business name is trademarked'],
      [12, 'l', 'Hi, Ray at Ask Us. USPTO trademark search: tmsearch.uspto.gov. Search the name, then check the status column for live marks. Also check the state business entity search at egov.maryland.gov/businessexpress. Good?'],
      [50, 'p', 'got it'],
      [55, 'l', 'Anything else?'],
      [70, 'p', 'no'],
      [75, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // reading: "talk to a patent attorney" is a referral to a named specialist, no way to reach one; declining advice is no dismissal
    name: 'sloppy: "is my idea patentable?", "We can\'t give legal advice. You\'d need a patent attorney for that": no source',
    lines: [
      [0, 'p', 'is my phone stand idea patentable? its like a tripod but folds into a card'],
      [40, 'l', 'Hi, this is Tom at Ask Us.'],
      [48, 'l', "We can't give legal advice, sorry. You'd need to talk to a patent attorney for that."],
      [90, 'p', 'ok'],
      [96, 'l', 'Have a good day.'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'formal academic, prior art in Europe: Espacenet and the university\'s patent guide, a hold under two minutes',
    lines: [
      [0, 'p', 'Good afternoon. I am a PhD candidate in materials science and need to perform a prior-art search on graphene-based membranes for desalination, including European filings.'],
      [30, 'l', 'Good afternoon, and thank you for contacting Ask a Librarian at the University Libraries. I am Dr. Helen Marsh, the engineering librarian. Is this for a dissertation chapter, or for a possible invention disclosure to the technology transfer office?'],
      [90, 'p', 'The dissertation chapter, primarily.'],
      [100, 'l', 'Thank you. Please give me a moment to pull the relevant guide.'],
      [190, 'l', 'For European and worldwide filings, Espacenet (worldwide.espacenet.com) is the standard tool; combine keywords with CPC class C02F 1/44 for membrane desalination. Our Patent Searching research guide at guides.univ.edu/patents has worked examples for Espacenet and for Patent Public Search. Does this meet your needs for the chapter?'],
      [260, 'p', 'Yes, the CPC class is exactly what I was missing. Thank you.'],
      [270, 'l', 'You are most welcome. Is there anything further I may assist with?'],
      [300, 'p', 'That is everything for today.'],
      [306, 'l', 'Thank you for using Ask a Librarian. Good luck with the chapter.'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak teen, a fair-use YouTube edit: the Copyright Office fair use index, no anything-else',
    lines: [
      [0, 'p', 'yo can i use clips from a movie in my yt edit if i give credit'],
      [22, 'l', "hey! I'm Kai, student worker on the AskUsNow! chat :) how long are the clips and is it like a review or just an edit for fun?"],
      [55, 'p', 'like 5 sec each, just a fan edit'],
      [70, 'l', "ok so giving credit doesn't make it fair use unfortunately. fan edits are kinda a gray area. the Copyright Office has a fair use index that explains the four factors at copyright.gov/fair-use. did that help?"],
      [110, 'p', 'kinda ya thx'],
      [116, 'l', 'np, bye!!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Spanish, a song and its recording: copyright.gov\'s registration portal, the Copyright Office by phone',
    lines: [
      [0, 'p', 'Hola, soy músico y grabé una canción. ¿Cómo registro los derechos de autor?'],
      [30, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. ¡Felicidades por la canción! ¿Quiere registrar solo la composición (letra y música) o también la grabación?'],
      [70, 'p', 'Las dos, si se puede'],
      [85, 'l', 'Sí se puede, con una sola solicitud si usted es el dueño de ambas. Se hace en línea en copyright.gov/registration, eligiendo "Sound Recording". Si tiene dudas con el formulario, llame a la Oficina de Derechos de Autor al 202-707-3000 (también atienden en español). ¿Le sirve esta información?'],
      [150, 'p', 'Sí, muchas gracias'],
      [158, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [180, 'p', 'No, es todo'],
      [185, 'l', 'Gracias por usar AskUsNow!. ¡Mucho éxito con su música!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // a patron wanting legal advice: declined politely, the lawyer referral service with its phone
    name: 'a small business sued over a logo: no legal advice, the MSBA Lawyer Referral Service by phone and the Law Library',
    lines: [
      [0, 'p', "I got a cease and desist letter saying my bakery logo infringes someone's trademark. Do I have to change it?? What should I write back?"],
      [30, 'l', "Hello, I'm Priya, a librarian at Ask Us, Howard County Library. I'm sorry, that's stressful. Did the letter come from a lawyer, and does it give a deadline?"],
      [80, 'p', 'yes a law firm, 30 days'],
      [95, 'l', "I can't give legal advice or tell you whether it infringes, but I can help you find help. The Maryland State Bar Association's Lawyer Referral Service can connect you with a trademark lawyer: call 410-685-7878 or go to msba.org/for-the-public. The People's Law Library at peoples-law.org also explains how trademark disputes work. Does that help?"],
      [170, 'p', "Yes. I was hoping you'd just tell me, but ok."],
      [180, 'l', "I understand. Is there anything else I can look up for you?"],
      [200, 'p', 'no'],
      [206, 'l', 'Take care, and good luck. Thank you for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "contact our Special Collections department" is a referral to the library's own department, no way to reach it
    name: 'a teacher reusing a photo from the library\'s collection: the digital collections site, Special Collections with no contact',
    lines: [
      [0, 'p', "Hi, I'd like to use a 1920s photo of Main Street from your digital collections in a local history book I'm writing. Is it OK?"],
      [35, 'l', "Hi! This is Marcus, a librarian at Sample County Library. Lovely project! Is the book going to be sold, or is it for a class or non-profit use?"],
      [75, 'p', "It'll be sold, small print run through the historical society"],
      [90, 'l', "The rights statement is on each item's page at digital.samplelibrary.org, under \"Rights\". For commercial use you'll need permission: contact our Special Collections department and they will tell you about the form and any fee. Is that what you were looking for?"],
      [140, 'p', "Yes, thanks. That's all I needed."],
      [146, 'l', 'Wonderful, thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'British English, is Sherlock Holmes in the public domain: Cornell\'s chart and the Copyright Office circular',
    lines: [
      [0, 'p', "Hello there, I'm writing a Sherlock Holmes pastiche. Am I right that he's out of copyright now?"],
      [30, 'l', "Good morning, you're through to Ask a Librarian, I'm Fiona. Are you in the UK or the US? The answer differs slightly."],
      [75, 'p', 'In the US, as it happens, though I grew up in Leeds.'],
      [90, 'l', "In the US, all of the Holmes stories are now in the public domain; the last ones entered it in January 2023. Cornell's chart at copyright.cornell.edu/publicdomain explains the dates, and the Copyright Office's Circular 15a at copyright.gov/circs covers how long copyright lasts. Does that answer your question?"],
      [150, 'p', "Brilliant, cheers. That's all I needed."],
      [158, 'l', 'Lovely, cheerio and happy writing!'],
    ],
    exp: usual({ anything: 'pass' }),
  },
  {
    name: 'Indian English, a provisional patent for an engineering start-up: the USPTO pro se help line by phone, after a minute\'s hold',
    lines: [
      [0, 'p', 'Good evening sir, kindly guide me how to file provisional patent in USA, I am start-up founder.'],
      [25, 'l', 'Good evening! I am Anita, a librarian with Ask a Librarian. Are you planning to file it yourself, or with a patent agent?'],
      [60, 'p', 'Myself only, budget is less.'],
      [70, 'l', 'Please wait a minute while I find the right page.'],
      [150, 'l', "The USPTO explains provisional applications step by step at uspto.gov/patents/basics/types-patent-applications/provisional-application-patent, and you file through Patent Center. If you're filing alone, the USPTO's Inventors Assistance Center helps pro se inventors at 800-786-9199. Is this what you needed?"],
      [200, 'p', 'Yes, thank you very much. That is all.'],
      [206, 'l', 'You are welcome. Thank you for contacting us!'],
    ],
    // reading (my first label was referral pass): "the Inventors Assistance Center helps pro se inventors at 800-…" tells no
    // one to contact it (as round 32's "The SBA can help with that"): the number is a source
    exp: usual(),
  },
  {
    name: 'the patron vanishes after the answer: Creative Commons images for a slideshow, the check-in, the disconnect notice',
    lines: [
      [0, 'p', 'where can i find pictures i can use for a school presentation without getting in trouble'],
      [30, 'l', "Hi, I'm Sam with AskUsNow!. Is the presentation just for class, or will it be posted online?"],
      [60, 'p', 'just class'],
      [75, 'l', 'Openverse at openverse.org searches Creative Commons images; look for CC BY and give credit as it says. Wikimedia Commons at commons.wikimedia.org is good too. Does that help?'],
      [210, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to come back anytime!"],
    ],
    exp: usual({ complete: 'pass', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // patron gone without a check-in: the final idle runs 75 -> goodbye at 400
    name: 'sloppy: an orphan photograph, the patron goes quiet, a goodbye more than five minutes later with no check-in',
    lines: [
      [0, 'p', "my grandma has an old photo of our town but nobody knows who took it. can I put it in my book?"],
      [25, 'l', 'Hello, Jo from Ask Us here. Do you know roughly when the photo was taken?'],
      [55, 'p', 'maybe 1950s'],
      [75, 'l', "That's what's called an orphan work. The Copyright Office's report on orphan works at copyright.gov/orphan explains the risks, and Cornell's chart at copyright.cornell.edu/publicdomain helps you tell whether a 1950s photo might be public domain."],
      [400, 'l', 'Thank you for chatting, goodbye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'transfer to the PTRC librarian: an inventor\'s search, the internal note, the patent classification search by Rosa',
    lines: [
      [0, 'p', 'Hi, I need help doing a real patent search on a kitchen gadget. Do you have a patent person?'],
      [20, 'l', 'Hi, this is Jo at Ask Us, Sample County Library. What does the gadget do?'],
      [50, 'p', "It's a garlic peeler that uses air pressure"],
      [60, 'l', "We do! I'm transferring you to Rosa, our Patent and Trademark Resource Center librarian, just a moment."],
      [63, 'i', 'Rosa: inventor, garlic peeler using air pressure, wants a proper patent search'],
      xferToRosa(66),
      [100, 'l', "Hi, I'm Rosa, the PTRC librarian here. Air-pressure garlic peelers sit in CPC class A47J 17/00. Search that class in Patent Public Search at ppubs.uspto.gov, and use our step-by-step guide at samplelibrary.org/patents. Is that what you were looking for?", ROSA],
      [150, 'p', 'yes thank you!'],
      [158, 'l', 'Anything else today?', ROSA],
      [175, 'p', "no that's everything"],
      [180, 'l', 'Happy inventing, bye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // a follow-up promised and coded with the e-mail repeated and a time
    name: 'a novelist registering copyright and a follow-up on ISBNs by tomorrow, the e-mail repeated',
    lines: [
      [0, 'p', 'hi, I finished my first novel and want to self publish. do i need to register the copyright first?'],
      [30, 'l', "Hi! I'm Sam, a librarian at Enoch Pratt Free Library's Ask a Librarian. Congratulations! Are you publishing in print, ebook, or both?"],
      [70, 'p', 'both, on amazon'],
      [85, 'l', "Your novel is protected as soon as it's written, but registering lets you sue for infringement. The Copyright Office's Circular 1 at copyright.gov/circs/circ01.pdf explains it, and you register online at copyright.gov/registration. Does that answer it?"],
      [140, 'p', 'yes! do i need an isbn for both too?'],
      [155, 'l', "Good question, and the rules for Amazon changed recently. I'd like to check properly and e-mail you by tomorrow noon. What's your e-mail?"],
      [185, 'p', 'maya.writes@example.com'],
      [195, 'l', 'Thanks, maya.writes@example.com. Anything else for now?'],
      [215, 'p', 'no thats all, thanks'],
      [220, 'l', "You're welcome, watch for my e-mail tomorrow. Bye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Maya', email: 'maya.writes@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'non-native writer, a trademark for a Ukrainian restaurant name: the trademark search and the USPTO\'s Trademark Assistance Center',
    lines: [
      [0, 'p', 'Hello, I want open restaurant with name "Borsch House". How I know if somebody own this name already?'],
      [30, 'l', 'Hello and welcome! I am Olena, a librarian at Ask Us, Montgomery County Public Libraries. Will the restaurant be only in Maryland, or maybe more places later?'],
      [80, 'p', 'Maybe more later'],
      [95, 'l', 'Then check the federal trademarks: search the name at tmsearch.uspto.gov. For questions about how to file, call the USPTO Trademark Assistance Center at 800-786-9199. Is this helpful?'],
      [170, 'p', 'Yes, thank you very much, is all I need'],
      [180, 'l', 'You are welcome, good luck with restaurant! Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian English, a band\'s cover of a song on Spotify: the Copyright Office compulsory licence page',
    lines: [
      [0, 'p', "G'day, our band recorded a cover and want it on Spotify. Do we need permission from the songwriter? Cheers"],
      [40, 'l', 'Hi there, Sam from Ask a Librarian here. Is it a US release, and are you changing the lyrics or the melody?'],
      [80, 'p', 'US, and nah just playing it our way'],
      [95, 'l', "Good news: in the US a straight cover uses a compulsory 'mechanical' licence, so you don't need the songwriter's say-so, just to pay the royalty. The Copyright Office explains it at copyright.gov/licensing, and most distributors (DistroKid, CD Baby) handle it for you. Did that help?"],
      [140, 'p', 'Too right, ta heaps'],
      [150, 'l', 'Anything else I can help with?'],
      [170, 'p', "Nah that's me done, cheers"],
      [175, 'l', 'No worries, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'a slow pickup, a student\'s class video with film clips: the Stanford fair use site, a long silence without a hold',
    lines: [
      [0, 'p', 'for a class project video, how much of a movie can I use under fair use?'],
      [95, 'l', 'Hi, sorry for the wait! Jo here at Ask Us. Is the video only shown in class, or posted publicly?'],
      [130, 'p', 'only for class'],
      [300, 'l', "There's no fixed number of seconds; it depends on the four factors. Stanford's Copyright and Fair Use site at fairuse.stanford.edu has a good explanation and examples. Does that answer your question?"],
      [340, 'p', 'ok yes thank you'],
      [346, 'l', 'Anything else?'],
      [360, 'p', 'no'],
      [366, 'l', 'Bye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    // reading: no_dismissal fails: the provider ends the help for their own convenience, no way back
    name: 'a dismissal: trademark classes, "I have a lot of chats going, I need to end this one now"',
    lines: [
      [0, 'p', 'which trademark class do I pick for handmade soap?'],
      [25, 'l', "Hi, I'm Jo with AskUsNow!. Is it soap only, or lotions too?"],
      [55, 'p', 'soap and lotions'],
      [70, 'l', 'The USPTO ID Manual at idm-tmng.uspto.gov lists goods by class; soaps and lotions are both in class 3. Does that help?'],
      [100, 'p', 'yes! and what about candles, same class?'],
      [115, 'l', 'I have a lot of chats going right now, so I need to end this one. Goodbye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'scripted macros, a design patent for a lamp: the macro greeting, a guide, the completeness macro',
    lines: [
      [0, 'p', 'how is a design patent different from a regular patent? I designed a lamp'],
      [15, 'l', 'Welcome to AskUsNow! Maryland\'s Ask a Librarian service. A librarian will be with you shortly.'],
      [30, 'l', "Hi, I'm Carmen. Do you want to protect how the lamp looks, how it works, or both?"],
      [60, 'p', 'mostly how it looks'],
      [75, 'l', 'Then a design patent is what you want: it protects the ornamental look for 15 years. The USPTO Design Patent Application Guide is at uspto.gov/patents/basics/apply/design-patent.'],
      [80, 'l', 'Does this completely answer your question?'],
      [110, 'p', 'yes thank you'],
      [115, 'l', 'Is there anything else I can help you with today?'],
      [130, 'p', 'no thanks'],
      [135, 'l', 'Thank you for using AskUsNow! Please come back anytime.'],
    ],
    exp: usual(),
  },
  {
    // reading: "ask the photographer" is a referral to a person, no way to reach them
    name: 'a café owner wanting a photo from a blog on the menu: Creative Commons explained, "ask the photographer directly"',
    lines: [
      [0, 'p', 'I found a nice photo of coffee beans on a blog. Can I use it on my café menu if I credit them?'],
      [30, 'l', 'Hello! Priya here, a librarian with AskUsNow!. Does the blog say anything about a licence, like Creative Commons?'],
      [70, 'p', "I don't see anything"],
      [85, 'l', "Then assume it's copyrighted and credit alone isn't enough; ask the photographer directly for permission. If you'd rather skip that, Unsplash at unsplash.com has photos free for commercial use. Does that help?"],
      [130, 'p', 'ok yes'],
      [136, 'l', 'Anything else?'],
      [150, 'p', 'nope thanks'],
      [155, 'l', 'Have a lovely day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'cut short: a patent on a board game, the patron leaves after the answer, the provider\'s goodbye at once',
    lines: [
      [0, 'p', 'can you patent a board game?'],
      [20, 'l', 'Hi, this is Jo with Ask Us. Is it the rules and gameplay, or a physical piece of the game?'],
      [50, 'p', 'the rules'],
      [65, 'l', "Game rules generally can't be patented or copyrighted, though the board art and rulebook text are covered by copyright. The Copyright Office's FL-108 on games at copyright.gov/fls/fl108.pdf explains it. Does that help?"],
      [95, 'p', 'ok'],
      [100, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a teacher, showing a film in class: the library\'s copyright guide in the catalogue, a book, no referral',
    lines: [
      [0, 'p', 'Hello, can I legally show a full Disney movie in my 5th grade classroom?'],
      [25, 'l', 'Hello! This is Ms. Green, a school librarian with Ask a Librarian. Is it tied to what you are teaching, or a reward day?'],
      [60, 'p', "It's a reward for the end of the unit"],
      [75, 'l', "That matters: the classroom exemption covers films used in face-to-face teaching, not entertainment. Our Copyright for Educators guide at library.k12.md.us/copyright explains it, and Carrie Russell's book Complete Copyright for K-12 Librarians and Educators is in our catalogue. Is that what you needed?"],
      [130, 'p', 'Yes thank you, that is all.'],
      [138, 'l', 'You are very welcome, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'two questions, a patent number lookup and then a trademark search, both with sites',
    lines: [
      [0, 'p', 'hi i have a patent number US 7,654,321 from an old product, how do I read it'],
      [25, 'l', 'Hi, Jo with AskUsNow! here. Do you want the full document, or just who owns it and whether it is still active?'],
      [55, 'p', 'the full document'],
      [70, 'l', 'Type the number into Google Patents at patents.google.com/patent/US7654321 and you get the full text and drawings. Did that help?'],
      [110, 'p', 'yes! also how do i look up a trademark owner'],
      [125, 'l', 'Search the mark at tmsearch.uspto.gov and open the record; the owner is listed under "Current owner". Does that answer it?'],
      [160, 'p', "perfect that's everything"],
      [165, 'l', 'Great, thanks for using AskUsNow!, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'bilingual, a tattoo artist and a design copied: the Copyright Office in Spanish, and a lawyer with no contact',
    lines: [
      [0, 'p', 'hi, someone copied my tattoo design y lo está vendiendo en camisetas. que puedo hacer?'],
      [30, 'l', 'Hola, soy Lucía, librarian at AskUsNow!. ¿Registró el diseño con la Oficina de Derechos de Autor, or not yet?'],
      [70, 'p', 'no, nunca'],
      [85, 'l', 'No puedo dar consejo legal, pero el diseño está protegido desde que lo creó. Para demandar, necesita registrarlo primero: copyright.gov/registration. Para su caso, consulte con un abogado de propiedad intelectual. ¿Le ayuda esto?'],
      [140, 'p', 'si gracias'],
      [146, 'l', '¿Algo más?'],
      [160, 'p', 'no, es todo'],
      [165, 'l', '¡Suerte! Adiós.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a keep-informed chain: a patent family search, "still searching" every 90 s, the WIPO database',
    lines: [
      [0, 'p', 'Is there a way to find whether a US patent was also filed in Japan and China?'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library's Ask a Librarian. Do you have the US patent number?"],
      [45, 'p', 'yes US 10,112,233'],
      [55, 'l', 'Searching now...'],
      [145, 'l', 'Still searching, the family data takes a moment to load.'],
      [235, 'l', "Found it: in Espacenet (worldwide.espacenet.com), open the patent and click \"INPADOC patent family\"; it lists JP and CN filings. WIPO's PATENTSCOPE at patentscope.wipo.int shows them too. Does that help?"],
      [280, 'p', "yes that's exactly it, that's all I needed"],
      [286, 'l', 'Wonderful, take care!'],
    ],
    exp: usual(),
  },
  {
    // no source: the provider only explains, names the USPTO without a way to reach it
    name: 'a provider who only explains: how long a patent lasts, the USPTO named without a link',
    lines: [
      [0, 'p', 'how long does a patent last'],
      [20, 'l', 'Hi, Jo here at Ask Us. A utility patent or a design patent?'],
      [45, 'p', 'utility'],
      [60, 'l', 'A utility patent lasts 20 years from the filing date, if the maintenance fees are paid. The USPTO sets the fees. Does that answer your question?'],
      [90, 'p', 'yes thanks'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [115, 'l', 'Bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals -------------------------------------------------------------------------------------------------------
  { name: '"consult a registered patent agent" : referral fails', lines: then(INVENT, 'Start at patents.google.com. For a professional search, consult a registered patent agent. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // reading (my first label was referral pass): "To hire a patent agent, find one in the USPTO roster" points to a database
  { name: '"To hire a patent agent, find one in the USPTO roster at oedci.uspto.gov" : a source, no referral', lines: then(INVENT, 'Start at patents.google.com. To hire a patent agent, find one in the USPTO roster at oedci.uspto.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"call the Inventors Assistance Center at 800-786-9199" : referral passes', lines: then(INVENT, 'Start at patents.google.com, and for filing questions call the USPTO Inventors Assistance Center at 800-786-9199. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"e-mail our PTRC librarian at ptrc@samplelibrary.org" : referral passes', lines: then(INVENT, 'Start at patents.google.com, then e-mail our PTRC librarian at ptrc@samplelibrary.org for a search session. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"make an appointment with our PTRC librarian" (no contact): referral fails', lines: then(INVENT, 'Start at patents.google.com, then make an appointment with our PTRC librarian for a search session. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"You should talk to an IP lawyer about that." : referral fails, no dismissal', lines: then(TUBE, "I can't give legal advice, but the fair use index is at copyright.gov/fair-use. You should talk to an IP lawyer about your case. Does that help?"), exp: some({ referral: 'fail', dismissal: 'pass' }) },
  // reading (my first label was referral fail): copyright.gov, in the same sentence, is the Copyright Office's own site: a URL to reach it
  { name: '"…at copyright.gov/fair-use; for questions, contact the Copyright Office" : referral passes (its own site)', lines: then(TUBE, 'The fair use index is at copyright.gov/fair-use; for questions, contact the Copyright Office. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact the Copyright Office" with no site of theirs: referral fails', lines: then(TUBE, 'Stanford explains fair use at fairuse.stanford.edu. For questions about your case, contact the Copyright Office. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the Copyright Office at 202-707-3000" : referral passes', lines: then(TUBE, 'The fair use index is at copyright.gov/fair-use; for questions, call the Copyright Office at 202-707-3000. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"the MSBA Lawyer Referral Service at 410-685-7878" : referral passes', lines: then(MARK, "I can't give legal advice. Search tmsearch.uspto.gov, and for a lawyer call the MSBA Lawyer Referral Service at 410-685-7878. Does that help?"), exp: some({ referral: 'pass', dismissal: 'pass' }) },
  { name: '"contact the state bar\'s lawyer referral service" (no contact): referral fails', lines: then(MARK, "Search tmsearch.uspto.gov; for advice, contact the state bar's lawyer referral service. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"reach out to the record label for a sync licence" : referral fails', lines: then(TUBE, 'For monetized videos you need a sync licence; reach out to the record label and the publisher. The fair use index is at copyright.gov/fair-use. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "llame a la Oficina de Derechos de Autor al 202-707-3000" : referral passes', lines: thenEs('Regístrela en copyright.gov/registration. Si tiene dudas, llame a la Oficina de Derechos de Autor al 202-707-3000. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish "consulte con un abogado" (no contact): referral fails', lines: thenEs('Regístrela en copyright.gov/registration. Para un contrato con una disquera, consulte con un abogado. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"Google Patents" named without a URL (a database): a source', lines: then(INVENT, 'Search Google Patents with a few keywords, like "retractable leash collar button". Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Espacenet" named without a URL (a database): a source', lines: then(INVENT, 'Try Espacenet too; it covers European and worldwide patents. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"our Patents research guide" (a guide): a source', lines: then(INVENT, 'Our Patents research guide on the library website walks you through a first search. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"the USPTO" named without a way to reach it: no source', lines: then(INVENT, 'The USPTO keeps all the granted patents, so someone may already have one. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: '"the trademark search system at tmsearch.uspto.gov" : a source, no referral', lines: then(MARK, 'Search the name in the USPTO trademark search system at tmsearch.uspto.gov. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"So you want to know if the name is free for a shop?" before the source: clarify passes', lines: [[0, 'p', 'is Wick & Wonder trademarked'], [15, 'l', "Hi, I'm Jo at Ask Us. So you want to know if you can use it for your own shop?"], [40, 'p', 'yes'], [50, 'l', 'Search it at tmsearch.uspto.gov. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'is Wick & Wonder trademarked'], [15, 'l', "Hi, I'm Jo at Ask Us. Search it at tmsearch.uspto.gov. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"We don\'t answer legal questions here." with nothing else: no dismissal (a refusal, not for convenience)', lines: [...TUBE, [70, 'l', "Sorry, we don't answer legal questions. Thanks for contacting us."], [90, 'p', 'oh ok']], exp: some({ dismissal: 'pass', source: 'fail' }) },
  { name: '"I\'m out of time for this chat, bye" : dismissal fails', lines: [...TUBE, [70, 'l', 'The fair use index is at copyright.gov/fair-use. Does that help?'], [100, 'p', 'what about the sync licence'], [110, 'l', "Sorry, I'm out of time for this chat. Bye."]], exp: some({ dismissal: 'fail' }) },
  { name: '"other patrons are waiting, come back later for the sync licence" : dismissal passes', lines: [...TUBE, [70, 'l', 'The fair use index is at copyright.gov/fair-use. Does that help?'], [100, 'p', 'what about the sync licence'], [110, 'l', 'I have other patrons waiting, so please come back later and we can go through sync licences. Thank you!']], exp: some({ dismissal: 'pass' }) },
  // ---- completeness and anything else ----------------------------------------------------------------------------------
  { name: '"Would you like the link to the form too?" after the source: completeness fails', lines: then(MARK, 'Search the name at tmsearch.uspto.gov. Would you like the link to the application form too?'), exp: some({ complete: 'fail' }) },
  { name: '"that answers it, no more questions" : anything else passes', lines: [...MARK, [70, 'l', 'Search the name at tmsearch.uspto.gov. Does that help?'], [100, 'p', 'yes that answers it, no more questions'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- more for the fixes (rights holders as parties, "get permission from", "Start at <site>, then <referral>") ----------
  { name: '"Ask the photographer; her site jamiephoto.com has a contact form" : referral passes', lines: then(PHOTO, 'Ask the photographer; her site jamiephoto.com has a contact form. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Get permission from the copyright owner first." : referral fails', lines: then(PHOTO, 'Get permission from the copyright owner first, in writing if you can. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"request written permission from Special Collections at specialcollections@…" : referral passes', lines: then(PHOTO, 'For the menu, request written permission from Special Collections at specialcollections@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"ask Special Collections about a high-resolution scan" (no contact): referral fails', lines: then(PHOTO, 'The rights statement is at digital.samplelibrary.org; ask Special Collections about a high-resolution scan. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Email the photographer and ask" (no contact): referral fails', lines: then(PHOTO, 'Email the photographer and ask if you can use it on the menu. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Try Espacenet at worldwide.espacenet.com, then book a session with our PTRC librarian" : referral fails', lines: then(INVENT, 'Try Espacenet at worldwide.espacenet.com, then book a session with our PTRC librarian. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Begin at guides.samplelibrary.org/patents, and then make an appointment with a patent agent" : referral fails', lines: then(INVENT, 'Begin at our guide, guides.samplelibrary.org/patents, and then make an appointment with a registered patent agent. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // a photographer or rights holder named, no one told to contact them
  { name: 'near miss: "…more work by that photographer through our digital collections site" : no referral', lines: then(PHOTO, 'You can request scans of more work by that photographer through our digital collections site at digital.samplelibrary.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Ask yourself whether the photographer would object; …" : no referral', lines: then(PHOTO, "Ask yourself whether the photographer would object; Stanford's fair use site at fairuse.stanford.edu has the four factors. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The photographer is credited in the caption at …" : no referral', lines: then(PHOTO, 'The photographer is credited in the caption at digital.samplelibrary.org/item/4417. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "You don\'t need to get permission from the copyright holder for a short quote" : no referral', lines: then(TUBE, "You don't need to get permission from the copyright holder for a short quote in a review; see copyright.gov/fair-use. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The library obtained permission from the photographer\'s family in 1998; …" : no referral', lines: then(PHOTO, "The library obtained permission from the photographer's family in 1998; the rights statement is at digital.samplelibrary.org. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Browse Special Collections digital archive at …" : a source, no referral', lines: then(PHOTO, 'Browse the Special Collections digital archive at digital.samplelibrary.org for other photos. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // a first step at a site, then a party whose own contact is given
  { name: 'near miss: "Start at patents.google.com, then e-mail our PTRC librarian at ptrc@…" : referral passes', lines: then(INVENT, 'Start at patents.google.com, then e-mail our PTRC librarian at ptrc@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Look at copyright.gov/registration first, then call the Copyright Office" (its own site): referral passes', lines: thenEs('Look at copyright.gov/registration first, then call the Copyright Office if you get stuck. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Start at patents.google.com, then call our PTRC librarian, Mr. Okafor. His number is 410-555-0142." : referral passes', lines: then(INVENT, 'Start at patents.google.com, then call our PTRC librarian, Mr. Okafor. His number is 410-555-0142. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Start with the USPTO site, uspto.gov, then call the USPTO Inventors Assistance Center" : referral passes', lines: then(INVENT, 'Start with the USPTO site, uspto.gov, then call the USPTO Inventors Assistance Center. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "rights holder" as a party word also reads round 18's "you would need permission to print them; hymnary.org lists
  // the text and the rights holder (…)" as a referral (its label: none), and the party is tested on a slice of the clause
  // where a lookbehind cannot see "lists"
  { name: '"You\'ll need to ask the rights holder for a licence" (no contact): referral fails', lines: then(PHOTO, "Credit alone isn't enough. You'll need to ask the rights holder for a licence before it goes on the menu. Does that help?"), exp: some({ referral: 'fail' }) },
];

describe('thirty-third round (Y1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (Y1): patents, every check', whole);
describeSessions('thirty-third round (Y1): patents, short cases', short);
describeSessions('thirty-third round (Y1): patents, near misses of the changes', guards);

describeLeft('thirty-third-round-patents', LEFT);
