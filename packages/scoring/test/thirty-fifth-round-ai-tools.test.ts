/**
 * Thirty-fifth round, area (G6): AI TOOLS, CHATBOTS AND AI-MADE CONTENT. Patrons asking whether an image, a news site or a
 * voice is AI-made (reverse image search, fact-checkers, NewsGuard, Content Credentials), how to cite ChatGPT, Gemini or
 * Copilot (APA's blog post, the MLA Style Center, Purdue OWL), whether the library offers AI tools or classes (Copilot on the
 * public computers, JSTOR's research tool, a class for seniors), students whose chatbot-made citations do not exist (the
 * provider checks the catalogue, Google Scholar, PsycINFO, CINAHL, Ulrichsweb and gives real DOIs), a Turnitin AI score on a
 * student's own essay, an academic integrity hearing, deepfakes and voice-clone scam calls and robocalls, AI and copyright
 * (a book cover, songs, T-shirt art, training a model on scans, remixed photos), the privacy of AI apps; referrals to the
 * professor or instructor, the Writing Center, the Office of Academic Integrity, the Ombuds, the IT Help Desk, the Copyright
 * Office, the FCC and the Board of Elections (referral.contact, info.source, inquiry.clarify, followup.*, closing.*).
 * Voices: public, community-college and university chat desks, the statewide cooperative, a British and a formal provider,
 * student workers' chat-speak, canned scripts, Spanish-writing patrons and Spanish-speaking providers.
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "ask your professor before you turn anything in", "Check with
 *   your professor whether AI use is allowed", "talk to your TA", "Also talk to your academic advisor", "Ask the Writing
 *   Center to look over the rest", "you'd need to contact the Copyright Office directly", "consulte con la Oficina de
 *   Derechos de Autor", "pregúntele a su maestro", "hable con el centro de escritura", "it's up to your instructor, so check
 *   with them" (after a page's URL), "ask her; her e-mail is on the syllabus";
 *  a referral WITH one (passes): "contact the Copyright Office's Public Information Office at 202-707-3000", "book a session at
 *   towson.edu/writingcenter", "e-mail the Academic Integrity Office at integrity@…", "report it to the FCC at
 *   fcc.gov/complaints or 1-888-225-5322", "The Student Ombuds Office can talk you through it: ombuds@umd.edu", "e-mail her
 *   at nokafor@…", "escriba a la Oficina de Integridad Académica: integridad@…", "register … by calling the branch at …";
 *  a source, not a referral: "copyright.gov/ai", "apastyle.apa.org/blog/how-to-cite-chatgpt", "style.mla.org/citing-generative-ai",
 *   "tineye.com or images.google.com", "consumer.ftc.gov", "newsguardtech.com", "rumorguard.org", "contentcredentials.org/verify",
 *   "efe.com/efe-verifica", "Google Scholar", "the Retraction Watch Database", "our catalogue and Academic Search Complete";
 *  no source (an app or site named with no way to reach it): "ChatGPT can format the reference for you", "try Perplexity or
 *   Elicit", "Try a reverse image search with TinEye", "Snopes has looked into that image", "the copyright office has a
 *   policy on that, look it up", "a really good article … in one of our databases".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - an app, chatbot or web tool named without its address or the steps to reach it (ChatGPT, Perplexity, Elicit, TinEye,
 *   Snopes, Copilot) is "an organisation or app named without a way to reach it": no source; with its address, a source;
 * - naming the catalogue or a database the provider searched ("I checked our catalogue and Academic Search Complete: that
 *   article doesn't exist") names a resource (the rubric's "a database, the catalogue"): a source, as is "search the titles
 *   in Google Scholar" and "the Retraction Watch Database";
 * - telling the student to ask, e-mail or check with their professor, instructor, TA or advisor is a referral (a person
 *   outside the chat); "That's between you and your professor", "that's up to the college" and "the school district must say
 *   which apps it approves" tell the patron to contact no one: no referral; staff the provider consulted ("I asked our
 *   copyright librarian") are no referral;
 * - "her e-mail is on the syllabus" gives no e-mail, phone, postal address or URL: no way to reach her;
 * - a pronoun whose party the sentence names before the verb ("Whether AI is allowed is up to your instructor, so check with
 *   them") points to that party, not to the URL of a page in the sentence before (APA's page is not the instructor's);
 * - "report it to the FCC at …" tells the patron to contact an agency: a referral, with its contact;
 * - a question about which phone or line a call or text came to ("Was it a recorded call to your landline or your cell?")
 *   asks about the patron's situation (it shapes the answer): a clarifying question; one about reaching the patron ("Did the
 *   text I sent to your phone come through?", "Has your cell number changed?") is not;
 * - with no source ever given, the provider's answer from their own knowledge, or their report of a search ("I found a really
 *   good article … in one of our databases"), is the "answer" a completeness question may follow: completeness passes while
 *   info.source fails;
 * - "sorry i have too many chats going, gotta close this one" ends the help for the provider's convenience with no way back:
 *   dismissal fails (and it is no goodbye); "you've hit the limit of questions for one chat session. Goodbye." fails
 *   dismissal and passes courteous; "I have other patrons waiting, so please come back later" passes both;
 * - a sign-off as the provider's last message ("Have a great evening", "have a good afternoon", "Take care!", "Good luck!",
 *   "Thanks for reaching out about this!") says goodbye or thanks: courteous passes;
 * - the patron's "es todo", "eso es todo", "nope that covers it" say explicitly they are done: anything else passes;
 * - a patron who leaves with the last visible word has no final idle (idle and disconnect na); a lost call with only a
 *   greeting, a check-in and a disconnect notice has no substantive exchange;
 * - "someone from your library will get back to you by Friday" promises a follow-up (no referral).
 *
 * Written: 30 whole sessions (29 first, 1 more for the fixes), 72 short cases (34 first, 19 in a second sweep, 5 for the
 * fixes, 14 in a third sweep), 8 near misses in `guards`; 2 cases in LEFT (one fix case and one near miss, each failing for
 * a reason older than v36). All labelled before the scorer ran on them.
 * First run (29 whole + 34 short): 1 of 63 disagreed: inquiry.clarify 1 ("Was it a recorded call to your landline or your
 * cell?" read as a question asking for the patron's phone). Second sweep (19): 2 disagreed, both inquiry.clarify, the same
 * reading ("Did the call come to your cell or your landline?", "Was it a text to your phone, or a voice call?"). Third sweep
 * (14): 1 disagreed, referral.contact ("Whether you may use it is up to your professor, so ask her; her e-mail is on the
 * syllabus" after APA's URL: the pronoun took the URL of the sentence before). My labels corrected: 0 (each reread against
 * RUBRIC.md and kept). Fixed in block G6 (settings, v36 only; no phrase family changed):
 *  - `phoneLineG6` (classify.ts): a question in the past or perfect ("was / were / did / has / had …", at most 160
 *    characters) holding a call / text / message / voicemail / robocall word and a phone word (cell, mobile, landline,
 *    phone) is no contact question: it counts for inquiry.clarify ("Has the caller rung your cell again since then?") [near
 *    misses: "Did the text I sent to your phone come through?", "Did our voicemail reach your cell?", "Has your cell number
 *    changed since you called last week?", "Was it alright to text the link to your phone?": the provider or the library in
 *    it, a number, reaching, wanting, or the provider's own calling to come];
 *  - `pronounLeadPartyG6` (checks/referral.ts `pronounLeadG6`): a referral pointing back with a pronoun ("so ask her",
 *    "check with them", "so just ask them") whose own sentence names a party before the verb takes no URL of an earlier
 *    sentence of the message that gives no phone, e-mail or address and does not name that party ("It's up to your
 *    instructor, so check with them" after "The format is at apastyle.apa.org/…") [near misses: "Our copyright librarian is
 *    Dana Reyes, dreyes@…. If the policy is unclear, ask her." (no party before the verb), "The Writing Center's website is
 *    writing.samplecollege.edu. The Writing Center knows the AI policy well, so ask them." (the same party), "Dr. Okafor's
 *    e-mail is nokafor@…. Your professor decides, so ask her." (an e-mail), "The IT Help Desk is at 410-555-0199. Your
 *    college laptop may block Copilot, so call them first." (a phone)]. It also reads eleventh-round-referrals' LEFT case
 *    "… Google "Lancaster County Recorder of Deeds" for their number and call them" (after a parcel viewer's URL) as
 *    labelled: moved to that file's running cases.
 * Each near miss was checked to fail with its fix widened (the reaching words dropped; the e-mail / phone and same-party
 * conditions dropped). Second run (the fixes' 6 cases and 8 near misses, labelled before the fixes ran; then the whole
 * suite): all as labelled but the two in LEFT; 2 of the fix cases ("Did the call come through on your mobile or the
 * landline?", "Your professor decides; ask him before you use it.") already scored as labelled with v35.
 * Left: 2 (LEFT, each with its reason): "<party>'s page is <url>" not read as the party's own URL; "… tho so just ask them"
 * with no comma before "so" read as no referral.
 * v36's fingerprint after block G6: ecb71f9d74c50689.
 * ON v55 (block U): "ur prof makes the call on that tho so just ask them" (U18: "so" with no comma) reads as labelled and runs,
 *   in `READ_SINCE_LEFT`.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, T0, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** How to cite a chatbot, up to the patron's answer to the clarifying question. */
const CITE: Line[] = [
  [0, 'p', 'how do i cite chatgpt in my paper'],
  [20, 'l', "Hi, I'm Jo at Ask a Librarian. Which citation style are you using, APA or MLA?"],
  [50, 'p', 'APA'],
];
/** A citation a chatbot made up, up to the patron pasting it. */
const FAKE: Line[] = [
  [0, 'p', 'none of the articles chatgpt gave me show up in google scholar'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample College Library. Could you paste one of them here?'],
  [50, 'p', 'Lee, K. (2021). Sleep and screen time in teens. Journal of Pediatric Health, 14(2), 55-67.'],
];
/** Is a picture AI-made, up to the patron's answer. */
const IMG: Line[] = [
  [0, 'p', 'how can i tell if a picture is AI made'],
  [20, 'l', 'Hi, Jo here at Ask Us. Where did you see the picture?'],
  [50, 'p', 'on facebook'],
];
/** Copyright of an AI-made picture, up to the patron's answer. */
const COPY: Line[] = [
  [0, 'p', 'can i copyright a picture i made with dall-e'],
  [20, 'l', 'Hi, Jo here at Ask Us. Is it for something you plan to sell?'],
  [50, 'p', 'yes, t-shirts'],
];
/** Spanish: does the library have AI tools, up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, ¿la biblioteca tiene herramientas de inteligencia artificial?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué sucursal?'],
  [50, 'p', 'en la de Wheaton'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a teen citing ChatGPT in APA 7: the reference and the APA Style blog post',
    lines: [
      [0, 'p', 'Hi! My teacher said we can use ChatGPT for our essay but we have to cite it. How do I do that in APA?'],
      [25, 'l', "Hello and welcome to Ask Us Now! I'm Marisol, a librarian at Howard County Library System. Great question. Is your teacher asking for APA 7th edition, and did you quote the chatbot's words or just use it for brainstorming?"],
      [70, 'p', 'apa 7, I quoted like two sentences'],
      [95, 'l', 'APA treats the company as the author: OpenAI. (2023). ChatGPT (Mar 14 version) [Large language model]. https://chat.openai.com/chat . In the text you write (OpenAI, 2023). APA explains it step by step at apastyle.apa.org/blog/how-to-cite-chatgpt, and they suggest putting the prompt you used in your text or an appendix. Does that answer your question?'],
      [150, 'p', 'yes!! thank you so much'],
      [156, 'l', 'Is there anything else I can help you with today?'],
      [175, 'p', 'no thats it'],
      [180, 'l', 'Have a great evening, and good luck with the essay!'],
    ],
    exp: usual(),
  },
  {
    name: 'student whose AI-made sources do not exist: catalogue, Google Scholar and PsycINFO checked, two real DOIs, the Writing Center by its URL',
    lines: [
      [0, 'p', 'hi so i used an AI to help with my bibliography and now my prof says 3 of the sources dont exist?? can you check'],
      [20, 'l', 'Hi, this is Devon at the Towson University Cook Library chat. Sure, I can check. Could you paste the three citations here?'],
      [60, 'p', '1. Miller & Chen (2019) Screen time and adolescent anxiety, Journal of Youth Studies 22(4). 2. Patel (2020) Digital detox outcomes, Cyberpsychology Review. 3. Harris (2018) The anxious generation online, Oxford UP'],
      [70, 'l', 'Thanks. Give me a few minutes to search for these.'],
      [180, 'l', "I searched our catalogue, Google Scholar and PsycINFO for all three, and none of them exist: the journals are real but those articles are not in them, and there is no Harris book from Oxford with that title. AI chatbots often make up citations that look real. Here are two real, peer-reviewed articles on the same topic from PsycINFO: Twenge & Campbell (2018), Preventive Medicine Reports 12, 271-283, https://doi.org/10.1016/j.pmedr.2018.10.003, and Orben & Przybylski (2019), Nature Human Behaviour 3, 173-182, https://doi.org/10.1038/s41562-018-0506-1. Is that what you were looking for?"],
      [240, 'p', 'omg ok yes. am i in trouble lol'],
      [255, 'l', "That's between you and your professor, but the Writing Center can help you rebuild the reference list: book a session at towson.edu/writingcenter. Anything else I can help with?"],
      [290, 'p', 'no thats all, thank u'],
      [296, 'l', "You're welcome, good luck!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, a mum\'s "flooded high street" photo: reverse image search at tineye.com, the library\'s fact-checking guide, "Has that helped?"',
    lines: [
      [0, 'p', "Is there any way to tell if a photo is AI-generated? My mum shared one of a 'flooded' high street on Facebook and it looks a bit off"],
      [30, 'l', "Hello, you're through to Ask a Librarian; I'm Fiona, one of the reference librarians. Do you have the picture itself, or only the post it came in?"],
      [70, 'p', 'I can save the picture'],
      [95, 'l', 'Brilliant. Upload it to a reverse image search, such as tineye.com or images.google.com, to see where it first appeared and whether news outlets used it. Also zoom in on hands, signs and text, which AI images often garble. Our guide to spotting fakes is at library.example.ac.uk/factcheck (Images tab). Has that helped?'],
      [150, 'p', 'Yes, TinEye found it on an AI art page! Cheers'],
      [158, 'l', 'Excellent detective work! Anything else today?'],
      [180, 'p', "No, that's everything, thanks"],
      [186, 'l', 'Lovely, take care. Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'does the library have AI I can use: Copilot on the public computers and the Tech Help page, answered at once with no question',
    lines: [
      [0, 'p', 'does the library have chatgpt or any AI i can use? I dont have a computer at home'],
      [20, 'l', "Hi! This is Keisha with Ask Us at Enoch Pratt Free Library. We don't have ChatGPT accounts, but every public computer has Microsoft Copilot in the Edge browser, free with your library card. Our Tech Help page at prattlibrary.org/techhelp lists the AI basics classes too. Did that answer your question?"],
      [70, 'p', 'yes great thanks'],
      [75, 'l', 'Anything else I can do for you?'],
      [90, 'p', 'nope'],
      [95, 'l', 'Thanks for chatting with us!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'sloppy: Midjourney prints and copyright, no greeting, "the copyright office has a policy on that, look it up", then "too many chats going"',
    lines: [
      [0, 'p', 'can I copyright art I made with midjourney? i want to sell prints'],
      [40, 'l', 'hm'],
      [45, 'l', 'depends how much of it u made yourself'],
      [80, 'p', 'i wrote the prompt and then edited it a lot in photoshop'],
      [110, 'l', 'the copyright office has a policy on that, look it up'],
      [140, 'p', 'where though? and what about selling on etsy'],
      [165, 'l', 'sorry i have too many chats going, gotta close this one'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'formal, a self-published author\'s AI-made book cover: copyright.gov/ai and the Copyright Office\'s Public Information Office by phone',
    lines: [
      [0, 'p', 'Good afternoon. I am a self-published author and used an AI program to create my book cover. Can I register the copyright for the cover?'],
      [35, 'l', 'Good afternoon, and thank you for contacting AskUsNow!. My name is Helen and I am a reference librarian. Did you change the AI image yourself afterwards, or is the cover exactly as the program produced it?'],
      [80, 'p', 'I added the title text and rearranged some elements.'],
      [110, 'l', "The U.S. Copyright Office's guidance is that material generated by AI cannot be registered, but your own additions (the text, the arrangement, any edits) can be, and you must disclose the AI part on the application. The guidance and a webinar are at copyright.gov/ai. For questions about your own application, contact the Copyright Office's Public Information Office at 202-707-3000. Does this completely answer your question?"],
      [190, 'p', 'It does, thank you. That is all I needed.'],
      [198, 'l', 'You are very welcome. Best of luck with the book, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'community college, is Grammarly AI: the library\'s AI guide, "ask your professor" with no contact',
    lines: [
      [0, 'p', 'is grammarly considered AI? our syllabus says no AI tools'],
      [20, 'l', "Hi there, I'm Sam, a librarian at the Montgomery College Libraries chat. Is it the free spelling checker you use, or the GrammarlyGO feature that rewrites whole sentences?"],
      [55, 'p', 'the rewrite thing sometimes'],
      [80, 'l', "The rewriting feature is generative AI, so it likely falls under that policy; the plain spelling and grammar checks usually don't. Our guide on AI and academic honesty, at libguides.montgomerycollege.edu/ai, has the college's policy. Since it's your instructor's call, ask your professor before you turn anything in. Does that help?"],
      [140, 'p', 'yeah makes sense'],
      [146, 'l', 'Anything else?'],
      [160, 'p', 'no thanks'],
      [165, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'nursing grad student, 12 chatbot references: CINAHL checked, one real DOI, the rest by e-mail "by tomorrow at noon", address repeated back, done in 20 hours',
    lines: [
      [0, 'p', "Hello, I'm a grad nursing student. ChatGPT gave me 12 references for my lit review and I can't find half of them. Can you help?"],
      [30, 'l', 'Hello, this is Priya, a health sciences librarian at Sample University Library. I can help. Which ones can\'t you find, and what is your deadline?'],
      [80, 'p', "I'll paste 6 of them. Due on Monday."],
      [85, 'p', 'Jones 2022 Nurse burnout and AI scheduling, JONA 52(3); Kim 2021 Night shift errors in the ICU, AJN 121(8); Walsh 2020 Compassion fatigue after COVID, J Nurs Manag; Osei 2022 Staffing ratios and falls, Nurs Res; Grant 2019 Self-care apps for nurses, CIN; Ruiz 2023 Burnout in travel nurses, JONA'],
      [110, 'l', 'Thanks. Let me check the first few in CINAHL while we chat.'],
      [200, 'l', "The first two are not in CINAHL, PubMed or the journals' own tables of contents, so they look invented. I found one real article on the same subject: Dall'Ora et al. (2020), Human Resources for Health 18, 41, doi.org/10.1186/s12960-020-00469-9. Does that help so far?"],
      [240, 'p', 'yes but can you check the rest?'],
      [255, 'l', 'I will check the other four properly and e-mail you what I find by tomorrow at noon. Is lena.ortiz@example.edu the best address?'],
      [285, 'p', "yes that's right"],
      [292, 'l', 'Great. Anything else for now?'],
      [310, 'p', "No, that's all. Thank you!"],
      [316, 'l', "You're welcome, talk soon. Bye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Lena Ortiz', email: 'lena.ortiz@example.edu', phone: null }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'checked the other four; all invented; sent 5 real articles' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a parent and a school AI tutor app\'s privacy: consumer.ftc.gov, "I\'ll e-mail you what I find" with no when, never recorded',
    lines: [
      [0, 'p', "My son's school wants the kids to use an AI tutor app called Brightly. How do I find out what they do with his data?"],
      [25, 'l', "Hi, I'm Tom, a librarian with Ask Us. Is it an app on a school-issued tablet, or on your own phone?"],
      [60, 'p', 'school chromebook'],
      [85, 'l', "The Federal Trade Commission explains parents' rights under the children's privacy law (COPPA) at consumer.ftc.gov, search 'kids privacy'. The school district must also say which apps it approves. I'll look for the app's privacy policy and the district's agreement with the company and e-mail you what I find. What's your e-mail?"],
      [130, 'p', 'dad.of.three@example.com'],
      [138, 'l', 'Got it, thanks! Did the FTC page help for now?'],
      [170, 'p', 'yes thanks'],
      [176, 'l', 'Thanks for your question, bye for now!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'dad.of.three@example.com', phone: null } },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'transfer to the copyright librarian: training an AI model on scanned library books, with a note that says why',
    lines: [
      [0, 'p', 'Can I train an AI model on scanned pages from old library books for my class project?'],
      [20, 'l', 'Hello, this is Jo at Ask Us. Are the books in the public domain, say published before 1929, or newer?'],
      [50, 'p', 'mix of both'],
      [58, 'l', "That's a copyright question our scholarly communication librarian knows best. I'm transferring you to Rosa now; one moment please."],
      [61, 'i', 'pt wants to train an AI model on scanned library books (some in copyright), copyright q for Rosa'],
      xferToRosa(64),
      [100, 'l', "Hi, Rosa here, the copyright librarian. Public domain books are fine to use. For the newer ones, fair use may apply to research, but it's unsettled for AI training. Our copyright guide at library.example.edu/copyright walks through the four fair-use factors, and HathiTrust (hathitrust.org) has millions of public-domain scans you can download. Does that help?", ROSA],
      [170, 'p', 'yes perfect, thats all I need'],
      [176, 'l', 'Great, good luck with the project!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a voice-clone robocall of the governor: transferred with no note to the receiving provider; the FCC and the Board of Elections with contacts',
    lines: [
      [0, 'p', 'i got a robocall that sounded exactly like the governor telling people not to vote. is that a deepfake? who do i tell'],
      [25, 'l', "Hi, I'm Chris, a librarian at Ask Us. That sounds worrying. Was it a recorded call to your landline or your cell?"],
      [55, 'p', 'my cell, yesterday'],
      [62, 'l', "I'm going to pass you to a colleague who handles government information; please hold."],
      xferToRosa(66),
      [110, 'l', 'Hello, Rosa from Government Documents. AI voice clones in robocalls are illegal under FCC rules. You can report it to the FCC at fcc.gov/complaints or 1-888-225-5322, and to the State Board of Elections at 410-269-2840. Did that help?', ROSA],
      [170, 'p', 'yes thank you, thats everything'],
      [176, 'l', 'Thank you for reporting it. Take care!', ROSA],
    ],
    exp: usual({ transfer: 'fail', referral: 'pass' }),
  },
  {
    name: 'a 40% Turnitin AI score on the patron\'s own essay: turnitin.com, the Office of Academic Integrity\'s e-mail and phone; the patron goes quiet',
    lines: [
      [0, 'p', 'turnitin says my essay is 40% AI but i wrote it myself!! what do i do'],
      [20, 'l', "Hi! Chris here, a librarian with the Ask Us chat at Sample State University. That's stressful. Has your instructor already contacted you about it, or did you see the score yourself?"],
      [55, 'p', 'she emailed me'],
      [80, 'l', "AI detectors are known to flag human writing, and Turnitin itself says its AI score shouldn't be the only evidence: its guidance is at turnitin.com (search 'AI writing detection false positives'). You can contact the Office of Academic Integrity about the process at integrity@samplestate.edu or 555-201-3300. Does that help?"],
      [215, 'l', 'Are you still there?'],
      [330, 'l', "It looks like you've disconnected, so I'll end this chat. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'an AI-written news site: NewsGuard and the library\'s fact-checking guide; the patron goes quiet and the provider never checks in',
    lines: [
      [0, 'p', 'is dailybuzzwire.net a real news site? i think its AI written'],
      [20, 'l', "Hi, this is Jo at Ask Us, Sample County Library. What made you think it's AI-written?"],
      [60, 'p', 'all the articles sound the same and theres no authors'],
      [85, 'l', "Good instincts. NewsGuard keeps a list of AI-generated news sites at newsguardtech.com (search 'AI tracking center'), and our Fact-Checking guide is at samplelibrary.org/factcheck. Does that help?"],
    ],
    over: { endAfter: 400 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'a voice-cloning scam on a grandmother: a hold, the FTC\'s alerts; the patron\'s battery dies (patron left, last word the patron\'s)',
    lines: [
      [0, 'p', 'someone called my grandma using my voice asking for money. how is that possible'],
      [25, 'l', "Hello, I'm Ana, a librarian at AskUsNow!. I'm so sorry. Did your grandmother send any money, or did she catch it in time?"],
      [60, 'p', 'she didnt send anything thank god'],
      [70, 'l', "One moment, I'll find the right places."],
      [150, 'l', "Scammers can clone a voice from a few seconds of video online. The FTC explains these scams at consumer.ftc.gov/consumer-alerts (search 'voice cloning'). A family code word that a caller must know helps too. Does that help?"],
      [175, 'p', 'yes, sorry my battery is at 1% gotta go'],
      [178, 's', 'Patron has left the session', sys('patron_left')],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'lost call: is Google Gemini free at the library, the patron gone before the greeting is answered',
    lines: [
      [0, 'p', 'is google gemini free to use at the library'],
      [30, 'l', "Hi, I'm Jo with Ask Us at Sample County Library!"],
      [170, 'l', 'Are you still with me?'],
      [260, 'l', "It seems you've disconnected. I'll close this chat now, but please chat with us again anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish, a shark on a flooded highway: reverse image search and EFE Verifica',
    lines: [
      [0, 'p', 'hola, vi una foto de un tiburón en una autopista inundada, ¿cómo sé si es inteligencia artificial?'],
      [30, 'l', '¡Hola! Soy Lucía, bibliotecaria de AskUsNow!. ¿Dónde vio la foto, en una red social o en un sitio de noticias?'],
      [65, 'p', 'en whatsapp, me la mandó mi primo'],
      [90, 'l', 'Esa foto circula desde hace años y es falsa. Puede hacer una búsqueda inversa de imágenes en images.google.com o tineye.com para ver dónde apareció primero. La agencia EFE tiene una sección de verificación en efe.com/efe-verifica. ¿Le sirve esta información?'],
      [140, 'p', 'sí, muchas gracias'],
      [146, 'l', '¿Necesita algo más?'],
      [165, 'p', 'no, eso es todo'],
      [170, 'l', '¡Que tenga buen día, adiós!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish-writing songwriter, songs made with an AI app: the library\'s copyright guide, "consulte con la Oficina de Derechos de Autor" with no contact',
    lines: [
      [0, 'p', 'buenas, hago canciones con una app de IA (Suno) y quiero registrarlas, se puede?'],
      [25, 'l', 'Hola, soy Jo de Ask Us en Sample County Library. ¿Usted escribe la letra, o la app hace todo, letra y música?'],
      [60, 'p', 'yo escribo la letra, la app hace la musica'],
      [90, 'l', 'En Estados Unidos, la parte hecha por la IA no se puede registrar, pero la letra que usted escribió sí. Nuestra guía sobre derechos de autor está en samplelibrary.org/derechos. Para su caso concreto, consulte con la Oficina de Derechos de Autor de EE. UU. ¿Le sirve?'],
      [140, 'p', 'si gracias, es todo'],
      [146, 'l', '¡De nada, adiós!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'faculty, books on generative AI in writing classes: picked up after 90 s, then a 180-second silence; two titles in the catalogue',
    lines: [
      [0, 'p', "Hi, I'm faculty in the English dept. Looking for recent books on generative AI in college writing instruction."],
      [90, 'l', 'Hello, Professor! This is Dana at the Sample University Library chat. Are you looking for print books, e-books, or either?'],
      [120, 'p', 'either, ideally from the last two years'],
      [300, 'l', "Sorry for the wait! Two good ones in our catalogue: 'TextGenEd: Teaching with Text Generation Technologies' (WAC Clearinghouse, 2023, free e-book) and 'Teaching with AI' by Bowen and Watson (Johns Hopkins UP, 2024), on the shelf at LB1044.87 .B69 2024. Is that what you were looking for?"],
      [360, 'p', "Yes, perfect, that's all I needed. Thanks!"],
      [366, 'l', 'My pleasure, have a good afternoon!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    name: 'chat-speak, citing Gemini in MLA 9: a bare "hi!" with no one named, then the MLA Style Center page',
    lines: [
      [0, 'p', 'how to cite google gemini mla 9'],
      [15, 'l', 'hi!'],
      [18, 'l', 'did you use its words in your paper or an image it made?'],
      [45, 'p', 'words'],
      [60, 'l', 'MLA\'s own example is at style.mla.org/citing-generative-ai: "Describe the prompt" prompt. Gemini, version, Google, date, gemini.google.com. Does that help?'],
      [90, 'p', 'ya thx'],
      [95, 'l', 'anything else?'],
      [110, 'p', 'nope'],
      [114, 'l', 'bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'a senior asks for a class on AI chatbots: the branch\'s events page and phone; no resolution code assigned',
    lines: [
      [0, 'p', 'Do you have any classes for seniors about these AI chatbots? My daughter says I should learn.'],
      [30, 'l', "Hello! I'm Grace, a librarian at Sample County Library. Which branch is closest to you?"],
      [70, 'p', 'Wheaton'],
      [95, 'l', "Wheaton has 'AI Chatbots for Beginners' on the first Tuesday of each month at 10 am. You can register at samplelibrary.org/events or by calling the branch at 240-777-0678. Does that help?"],
      [140, 'p', "Yes, thank you dear. That's all."],
      [146, 'l', "You're very welcome. Enjoy the class, and goodbye!"],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail', referral: 'pass' }),
  },
  {
    name: 'an academic integrity hearing over AI use: the Code at studentconduct.umd.edu, the Ombuds by e-mail, "talk to your academic advisor" with none',
    lines: [
      [0, 'p', 'i have an academic integrity meeting next week bc they think i used AI on my lab report. what are my rights'],
      [20, 'l', "Hi, I'm Jordan at the UMD Libraries Ask Us chat. Sorry you're dealing with that. Is it a meeting with your instructor or a formal hearing with the Office of Student Conduct?"],
      [60, 'p', 'the office one'],
      [85, 'l', 'The Code of Academic Integrity at studentconduct.umd.edu explains the hearing steps and your right to bring an advisor. The Student Ombuds Office can talk you through it confidentially: ombuds@umd.edu. Also talk to your academic advisor about your schedule. Did that help?'],
      [150, 'p', 'yes thanks'],
      [155, 'l', 'Anything else I can help with?'],
      [170, 'p', 'no thats everything'],
      [174, 'l', 'Good luck next week, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'cooperative, "Unmasking AI" with a long hold list: follow-up by the patron\'s library "by Friday", e-mail repeated, done after 100 hours',
    lines: [
      [0, 'p', "Hi, I want to read Unmasking AI by Joy Buolamwini but my library's copy has a long hold list. Can you get it faster?"],
      [30, 'l', 'Hello, this is Jo with the AskUsNow! cooperative. Which library system are you with?'],
      [60, 'p', 'Frederick County'],
      [90, 'l', "Frederick County's catalogue at fcpl.org shows 3 copies with 14 holds, and the e-book on Libby has a shorter wait. Interlibrary loan can't be used while they own copies, but I'll ask their staff whether they can buy more, and someone from your library will get back to you by Friday. Is rdavis@example.net the best e-mail?"],
      [140, 'p', "yes that's me"],
      [146, 'l', "Thanks! They'll write to rdavis@example.net by Friday. Does that answer your question?"],
      [175, 'p', "Yes, that's all. Thanks!"],
      [180, 'l', "You're welcome, bye!"],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'rdavis@example.net', phone: null }, followUps: [{ doneAt: at(100 * HOUR), by: 'fcpl', note: 'ordered 2 more copies' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'JSTOR\'s AI research tool from home: the A-Z list and the steps; the provider has three other chats open',
    lines: [
      [0, 'p', 'someone told me JSTOR has an AI thing now that summarizes articles? do we have that'],
      [20, 'l', 'Hi! Sam here, a librarian at the Sample College Library chat. Do you mean on campus or from home?'],
      [50, 'p', 'from home'],
      [70, 'l', "Yes: JSTOR's interactive research tool (beta) is on for our users. Log in through our A-Z Databases list at library.samplecollege.edu/az, open any article on JSTOR and click 'Ask a question about this text'. Did that help?"],
      [110, 'p', 'yes found it thanks! thats all'],
      [116, 'l', 'Awesome, have a great night!'],
    ],
    ctx: { otherIntervals: [other('g6a', 'jo', -100, 200), other('g6b', 'jo', 10, 300), other('g6c', 'jo', 30, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'AI for cover letters and then three more questions: "you\'ve hit the limit of questions for one chat session. Goodbye."',
    lines: [
      [0, 'p', 'ok so what is the best AI for writing cover letters'],
      [20, 'l', 'Hello, this is Pat at Ask a Librarian. Is it for a particular job posting?'],
      [50, 'p', 'a receptionist job'],
      [70, 'l', 'Our JobNow database has live resume and cover letter coaches with a real person, free with your card at samplelibrary.org/jobnow. Does that help?'],
      [100, 'p', 'ok. also which AI makes the best pictures, and can AI do my taxes, and is siri AI'],
      [115, 'l', "Sorry, you've hit the limit of questions for one chat session. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'ChatGPT\'s saved conversations, then a list of five more apps: "other patrons waiting, please come back later"',
    lines: [
      [0, 'p', 'how do i stop chatgpt from saving my conversations'],
      [20, 'l', "Hi, I'm Lee at Ask Us, Sample County Library. Are you using the app on your phone or the website?"],
      [50, 'p', 'the website'],
      [70, 'l', "OpenAI's help article 'Data Controls FAQ' at help.openai.com explains it: on the website go to Settings > Data controls and turn off 'Improve the model for everyone'; you can also use a Temporary Chat. Does that answer your question?"],
      [110, 'p', "yes! and what about gemini, copilot, meta ai, snapchat's AI and alexa too"],
      [125, 'l', "That's a long list! I have other patrons waiting right now, so please come back later and we can go through the rest one by one. Thanks for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'is a celebrity deepfake as a joke illegal: an answer from the provider\'s own knowledge, no source named',
    lines: [
      [0, 'p', 'is it illegal to make a deepfake video of a celebrity as a joke'],
      [20, 'l', 'Hi there, Ray from Ask Us here. Would you be posting it online, or just keeping it to yourself?'],
      [55, 'p', 'posting it on tiktok probably'],
      [80, 'l', 'It depends on the state and on what the video shows. Several states have laws against deepfakes that are sexual or that mislead voters, and a celebrity can also sue over using their likeness to sell something. A clearly labelled parody is treated differently, but the rules are changing fast. Does that help?'],
      [130, 'p', 'kinda, thanks'],
      [135, 'l', 'Anything else?'],
      [150, 'p', 'no'],
      [154, 'l', 'Ok, take care!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'canned scripts, ChatGPT for an outline: the college\'s AI guide, "e-mail her at nokafor@…" for the instructor',
    lines: [
      [0, 'p', 'Is it cheating to use ChatGPT to make an outline if I write everything myself?'],
      [8, 'l', 'Thank you for contacting Ask a Librarian at Sample Community College! A librarian will be with you in a moment.'],
      [40, 'l', "Hi, my name is Rosa and I'm a librarian. Which class is the paper for?"],
      [75, 'p', 'ENG 101 with Dr. Okafor'],
      [100, 'l', "The college's AI policy lets each instructor decide, and it's summarized in our guide at samplecc.libguides.com/ai (Policies tab). Dr. Okafor's syllabus should say; if it doesn't, e-mail her at nokafor@samplecc.edu before you start. Does that answer your question?"],
      [150, 'p', 'yes thanks'],
      [156, 'l', 'Is there anything else I can help you with today?'],
      [175, 'p', 'no'],
      [180, 'l', 'Thank you for using Ask a Librarian. Have a great day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a photographer\'s wildlife photos remixed by AI and sold: copyright.gov/512, a list of lawyers by e-mail "by Wednesday", not yet done',
    lines: [
      [0, 'p', "Someone is selling AI 'remixes' of my wildlife photos on a print site. What can I do?"],
      [25, 'l', "Hello, I'm Marcus, a reference librarian with Ask Us. I'm sorry to hear it. Did you register copyright for the original photos?"],
      [65, 'p', 'Some of them, yes'],
      [90, 'l', "Then you can send the print site a takedown notice under the DMCA; the Copyright Office explains how at copyright.gov/512. The site's own 'report infringement' form is usually linked in its footer. Is that what you needed?"],
      [150, 'p', "Helpful, but I'd like a list of lawyers who do this"],
      [160, 'l', "I'll put together a list of Maryland Volunteer Lawyers for the Arts resources and low-cost IP clinics and e-mail it to you by Wednesday. What's the best e-mail?"],
      [200, 'p', 'wildshots@example.com'],
      [208, 'l', "Thanks, I'll send it to wildshots@example.com by Wednesday. Anything else today?"],
      [240, 'p', "No, that's all, thank you"],
      [246, 'l', "You're welcome, bye for now!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'wildshots@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'AI bias in hiring, a source never named: "a really good article … in one of our databases", then "any of the sociology ones"',
    lines: [
      [0, 'p', 'I need scholarly articles on AI bias in hiring for my sociology paper'],
      [20, 'l', 'Hi, this is Kim at the Sample University Library chat. Do they need to be peer-reviewed, and from what years?'],
      [50, 'p', 'peer reviewed, last 5 years'],
      [60, 'l', 'Let me take a look.'],
      [150, 'l', 'I found a really good peer-reviewed article on exactly that, and a couple more in one of our databases. You should be able to find them if you search for AI hiring bias. Does that help?'],
      [200, 'p', 'um which database?'],
      [215, 'l', 'Any of the sociology ones should work. Good luck!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail' }),
  },
  {
    name: 'community college, Claude for brainstorming: the library\'s AI guide by its URL, then "it\'s your instructor\'s call, so email them" with no address (fix: a pronoun\'s party)',
    lines: [
      [0, 'p', 'hey is it ok to use Claude to brainstorm topics for my history paper? or is that plagiarism'],
      [25, 'l', "Hi! I'm Bea, a librarian at the Sample Community College Library chat. Does your syllabus say anything about AI tools?"],
      [60, 'p', 'it just says "follow the college policy"'],
      [85, 'l', "The college policy is summarized on our AI guide at libguides.samplecc.edu/ai (Policy tab): brainstorming is often allowed if you say you did it. Still, it's your instructor's call, so email them before you start. Did that help?"],
      [140, 'p', 'yeah thanks thats all'],
      [146, 'l', 'Good luck with the paper, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- info.source: what counts as a named resource or a URL here ----------------------------------------------------
  { name: '"ChatGPT can format the reference for you" (an app, no way to reach it): source fails', lines: then(CITE, 'ChatGPT can format the reference for you if you ask it to. Good luck!'), exp: some({ source: 'fail' }) },
  { name: '"apastyle.apa.org/blog/how-to-cite-chatgpt" : source passes', lines: then(CITE, "APA's own blog post shows the format, with examples: apastyle.apa.org/blog/how-to-cite-chatgpt. Does that help?"), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"I checked our catalogue and Academic Search Complete: that article doesn\'t exist" : source passes', lines: then(FAKE, "I checked our catalogue and Academic Search Complete: that article doesn't exist, though the journal is real. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"Try a reverse image search with TinEye" (a web tool named, no address): source fails', lines: then(IMG, 'Try a reverse image search with TinEye and see where it first showed up. Good luck!'), exp: some({ source: 'fail' }) },
  { name: '"Upload it at tineye.com" : source passes', lines: then(IMG, 'Upload it at tineye.com to see where it first showed up. Did that help?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"Purdue OWL covers it: owl.purdue.edu, search generative AI" : source passes', lines: then(CITE, 'Purdue OWL covers it: owl.purdue.edu, search "generative AI". Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Spanish, "los talleres de IA están en samplelibrary.org/eventos" : source passes', lines: thenEs('Sí, las computadoras de Wheaton tienen Copilot. Los talleres de IA están en samplelibrary.org/eventos. ¿Le sirve?'), exp: some({ source: 'pass', complete: 'pass' }) },
  // ---- referral.contact: every party comes with a way to reach it --------------------------------------------------
  { name: '"Ask the Writing Center to look over the rest" with no contact: referral fails', lines: then(FAKE, "That one doesn't exist; I checked our catalogue. Ask the Writing Center to look over the rest of your reference list. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"book a session with the Writing Center at writing.samplecollege.edu" : referral passes', lines: then(FAKE, "That one doesn't exist; I checked our catalogue. You can book a session with the Writing Center at writing.samplecollege.edu to fix the list. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"e-mail the Academic Integrity Office at integrity@…" : referral passes', lines: then(CITE, "The APA format is at apastyle.apa.org/blog/how-to-cite-chatgpt. If you're unsure whether you may use it at all, e-mail the Academic Integrity Office at integrity@samplecollege.edu. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Check with your professor whether AI use is allowed" : referral fails', lines: then(CITE, 'The format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Check with your professor whether AI use is allowed at all. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the Copyright Office\'s guidance is at copyright.gov/ai" : a source, no referral', lines: then(COPY, "The U.S. Copyright Office's guidance on AI-made works is at copyright.gov/ai. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"call the U.S. Copyright Office at (202) 707-3000" : referral passes', lines: then(COPY, 'Only your own changes can be registered. For your case, call the U.S. Copyright Office at (202) 707-3000. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"you\'d need to contact the Copyright Office directly" : referral fails, no source', lines: then(COPY, "Only your own changes can be registered. For your case you'd need to contact the Copyright Office directly. Good luck!"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'Spanish, "pregúntele a su maestro si se puede usar" : referral fails', lines: thenEs('Las computadoras tienen Copilot; la guía está en samplelibrary.org/ia. Si es para la escuela, pregúntele a su maestro si se puede usar. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"I asked our copyright librarian, and she says…" (staff consulted for the patron): no referral', lines: then(COPY, 'I asked our copyright librarian, and she says only the parts you made yourself can be registered; the guidance is at copyright.gov/ai. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- inquiry.clarify ----------------------------------------------------------------------------------------------
  { name: 'the MLA page at once, no question: clarify fails', lines: [[0, 'p', 'how do you cite chatgpt in mla'], [15, 'l', "Hi, Jo at Ask Us. MLA's page on it is at style.mla.org/citing-generative-ai. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass' }) },
  { name: '"So you want to know how reliable AI detectors are?" : clarify passes', lines: [[0, 'p', 'can my professor tell if i used AI'], [15, 'l', 'Hi, Jo at Ask Us. So you want to know how AI detectors work and how reliable they are?'], [40, 'p', 'yeah'], [50, 'l', "Turnitin's own page on its AI detector explains it: turnitin.com/products/features/ai-writing-detection. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"When is it due?" before the source: clarify passes', lines: [[0, 'p', 'need help checking if my AI citations are real'], [15, 'l', 'Hi, Jo at Ask Us. When is it due?'], [40, 'p', 'friday'], [50, 'l', 'Paste them into our catalogue search at library.samplecollege.edu, Articles tab; a real article shows up with its DOI. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: 'the question only after the source ("Which style does your class use, by the way?"): clarify fails', lines: [[0, 'p', 'cite chatgpt'], [15, 'l', "Hi, Jo at Ask Us. APA's post is at apastyle.apa.org/blog/how-to-cite-chatgpt. Which style does your class use, by the way?"], [40, 'p', 'apa'], [50, 'l', 'Great, that post is the one then. Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- followup.completeness ----------------------------------------------------------------------------------------
  { name: '"Would you like me to find real articles on teen sleep?" (not yet given): completeness fails', lines: then(FAKE, "That citation doesn't exist; I checked our catalogue and PsycINFO. Would you like me to find real articles on teen sleep?"), exp: some({ complete: 'fail' }) },
  { name: '"Is that what you were looking for?" : completeness passes', lines: then(IMG, 'Upload it at images.google.com to search by image. Is that what you were looking for?'), exp: some({ complete: 'pass' }) },
  { name: '"Did that clear things up?" : completeness passes', lines: then(CITE, "APA's format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Did that clear things up?"), exp: some({ complete: 'pass' }) },
  // ---- closing.anything_else ----------------------------------------------------------------------------------------
  { name: '"yes thats all i needed" : anything else passes', lines: [...CITE, [70, 'l', 'The APA format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Does that help?'], [100, 'p', 'yes thats all i needed'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"ok cool thx" : anything else fails', lines: [...CITE, [70, 'l', 'The APA format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Does that help?'], [100, 'p', 'ok cool thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"Anything else I can help you with?" : anything else passes', lines: [...IMG, [70, 'l', 'Upload it at tineye.com. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Anything else I can help you with?'], [120, 'p', 'no'], [124, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'Spanish, "¿Algo más en que le pueda ayudar?" : anything else passes', lines: [...ES, [70, 'l', 'Los talleres de IA están en samplelibrary.org/eventos. ¿Le sirve?'], [100, 'p', 'sí'], [104, 'l', '¿Algo más en que le pueda ayudar?'], [120, 'p', 'no gracias'], [124, 'l', '¡Adiós!']], exp: some({ anything: 'pass' }) },
  // ---- closing.no_dismissal and closing.courteous -------------------------------------------------------------------
  { name: '"I don\'t have time for all the AI stuff today, sorry. Bye." : dismissal fails, courteous passes', lines: [...IMG, [70, 'l', 'Reverse image search at tineye.com. Does that help?'], [100, 'p', 'kind of, and what about videos, and voices?'], [110, 'l', "I don't have time for all the AI stuff today, sorry. Bye."]], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"whether your instructor treats it as misconduct is up to the college" then "Anything else?" : no dismissal', lines: [...FAKE, [70, 'l', "I can't tell you whether your instructor will treat this as misconduct; that's up to the college. That article isn't in our catalogue or in the journal's archive. Anything else I can help with?"], [100, 'p', 'no'], [106, 'l', 'Take care!']], exp: some({ dismissal: 'pass', anything: 'pass' }) },
  { name: '"Your 15 minutes are up, I need to close this chat." : dismissal fails', lines: [...COPY, [70, 'l', 'The guidance is at copyright.gov/ai. Does that help?'], [100, 'p', 'sort of, what if i change the colors though'], [110, 'l', 'Your 15 minutes are up, I need to close this chat.']], exp: some({ dismissal: 'fail', courteous: 'fail' }) },
  { name: 'the last two provider messages a link and "ok": courteous fails', lines: [...CITE, [70, 'l', 'apastyle.apa.org/blog/how-to-cite-chatgpt has it. Does that help?'], [100, 'p', 'yes thx'], [106, 'l', 'ok']], exp: some({ courteous: 'fail' }) },
  // ---- follow-up ----------------------------------------------------------------------------------------------------
  { name: '"I\'ll … e-mail you tomorrow morning", the patron gives the address: contact passes', lines: [...FAKE, [70, 'l', "I'll check the rest of your list and e-mail you tomorrow morning. What's your e-mail?"], [100, 'p', 'kbrown@example.edu'], [110, 'l', 'Thanks, talk soon. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'kbrown@example.edu', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll … get back to you" coded Answered: contact and code fail', lines: [...CITE, [70, 'l', "I'll look into how APA treats Claude and get back to you."], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"I\'ll … e-mail you by Friday", the address only in the patron field: contact fails, code passes', lines: [...FAKE, [70, 'l', "I'll check the other citations and e-mail you by Friday."], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], over: { ...FU_ME, patron: { name: null, email: 'kbrown@example.edu', phone: null } }, exp: some({ contact: 'fail', code: 'pass' }) },
  // ---- second sweep (labelled before running): more of the area's words --------------------------------------------
  { name: '"Did the call come to your cell or your landline?" before the source: clarify passes', lines: [[0, 'p', 'a voice that sounded like my son called asking for bail money, was that AI?'], [20, 'l', 'Hi, Jo at Ask Us. Did the call come to your cell or your landline?'], [45, 'p', 'my cell'], [55, 'l', "The FTC's alert on voice-cloning scams is at consumer.ftc.gov/consumer-alerts. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Was it a text to your phone, or a voice call?" before the source: clarify passes', lines: [[0, 'p', 'got a weird message from "my bank" that sounded like a robot'], [20, 'l', 'Hi, Jo at Ask Us. Was it a text to your phone, or a voice call?'], [45, 'p', 'voice call'], [55, 'l', "The FTC's page on it is at consumer.ftc.gov/consumer-alerts. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Which AI tool did you use, ChatGPT or Copilot?" : clarify passes', lines: [[0, 'p', 'how do i cite an AI chatbot'], [15, 'l', 'Hi, Jo at Ask Us. Which AI tool did you use, ChatGPT or Copilot?'], [40, 'p', 'copilot'], [50, 'l', "APA's post covers any chatbot: apastyle.apa.org/blog/how-to-cite-chatgpt. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Are you asking about a photo or a video?" : clarify passes', lines: [[0, 'p', 'how do u spot a deepfake'], [15, 'l', 'Hi, Jo at Ask Us. Are you asking about a photo or a video?'], [40, 'p', 'video'], [50, 'l', "MIT Media Lab's Detect Fakes project has tips and practice clips at detectfakes.media.mit.edu. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: '"RumorGuard at rumorguard.org" : source passes', lines: then(IMG, "The News Literacy Project's RumorGuard, at rumorguard.org, fact-checks viral AI images. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"contentcredentials.org/verify" : source passes', lines: then(IMG, 'If the image has Content Credentials, upload it at contentcredentials.org/verify to see how it was made. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Try Perplexity or Elicit" (apps named, no way to reach them): source fails', lines: then(FAKE, "That one doesn't exist. For real papers, try Perplexity or Elicit, they link their sources. Good luck!"), exp: some({ source: 'fail' }) },
  { name: 'our AI research guide with the steps to reach it: source passes', lines: then(CITE, 'Our research guide on AI covers it: on our home page go to Research > Research Guides > Artificial Intelligence, then the Citing tab. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Spanish, "la guía de la FTC en consumidor.ftc.gov" : source passes', lines: thenEs('Sobre la privacidad de las apps de IA, la FTC tiene una guía en consumidor.ftc.gov. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: '"Your campus IT Help Desk can tell you whether Copilot is licensed: helpdesk@…" : referral passes', lines: then(CITE, 'The format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Your campus IT Help Desk can tell you whether Copilot is licensed for students: helpdesk@samplecollege.edu. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"talk to your TA about whether AI is ok" : referral fails', lines: then(CITE, 'The format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Talk to your TA about whether AI is ok for this lab. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the Copyright Office\'s Public Information Office (copyright.gov/help) can answer that" : referral passes', lines: then(COPY, "Only your own edits can be registered. For your own case, the Copyright Office's Public Information Office (copyright.gov/help) can answer that. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "escriba a la Oficina de Integridad Académica: integridad@…" : referral passes', lines: thenEs('Para saber si puede usar IA en clase, escriba a la Oficina de Integridad Académica: integridad@samplecollege.edu. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "hable con el centro de escritura" with no contact: referral fails', lines: thenEs('La guía está en samplelibrary.org/ia. Para revisar su ensayo, hable con el centro de escritura de su colegio. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"Does that give you what you need to check the rest?" : completeness passes', lines: then(FAKE, "That article isn't in our catalogue or in Google Scholar, so it was made up; search each title in quotes at scholar.google.com the same way. Does that give you what you need to check the rest?"), exp: some({ complete: 'pass' }) },
  { name: '"nope that covers it" : anything else passes', lines: [...IMG, [70, 'l', 'Upload it at tineye.com. Does that help?'], [100, 'p', 'yes! nope that covers it'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"Can I help with anything else, AI or otherwise?" : anything else passes', lines: [...IMG, [70, 'l', 'Upload it at tineye.com. Does that help?'], [100, 'p', 'yes'], [104, 'l', 'Can I help with anything else, AI or otherwise?'], [120, 'p', 'no'], [124, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"I need to wrap this up, I\'m heading to lunch." : dismissal fails', lines: [...COPY, [70, 'l', 'The guidance is at copyright.gov/ai. Does that help?'], [100, 'p', 'what about fonts made by AI?'], [110, 'l', "I need to wrap this up, I'm heading to lunch."]], exp: some({ dismissal: 'fail' }) },
  { name: '"our copyright librarian will e-mail you by Thursday" with the address read back: contact passes', lines: [...COPY, [70, 'l', "The guidance is at copyright.gov/ai. I'll pass this to our copyright librarian and she will e-mail you by Thursday. Is tshirts4u@example.com right?"], [100, 'p', 'yes'], [106, 'l', 'Great, bye!']], over: { ...FU_ME, patron: { name: null, email: 'tshirts4u@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  // ---- (fixes) the phone a call came to; a pronoun whose party the sentence names (labelled before the fixes) -----------
  { name: '(fix) British, "Did the call come through on your mobile or the landline?" : clarify passes', lines: [[0, 'p', 'my nan got a call in my voice asking for money, could that be AI?'], [20, 'l', 'Hello, Jo at Ask a Librarian. Did the call come through on your mobile or the landline?'], [45, 'p', 'her landline'], [55, 'l', "Ofcom's advice on scam calls is at ofcom.org.uk/phones-and-broadband/scam-calls. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '(fix) "Has the caller rung your cell again since then?" : clarify passes', lines: [[0, 'p', 'someone keeps calling with an AI voice pretending to be my bank'], [20, 'l', 'Hi, Jo at Ask Us. Has the caller rung your cell again since then?'], [45, 'p', 'twice today'], [55, 'l', "The FTC's page on impersonation calls is at consumer.ftc.gov/consumer-alerts. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '(fix) "It\'s up to your instructor, so check with them." after the APA page: referral fails', lines: then(CITE, "The format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Whether AI is allowed is up to your instructor, so check with them. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '(fix) "Your professor decides; ask him before you use it." after the MLA page: referral fails', lines: then(CITE, "MLA's page is at style.mla.org/citing-generative-ai. Your professor decides; ask him before you use it. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '(fix) chat-speak, "ur prof makes the call on that tho, so just ask them" after the guide\'s URL: referral fails', lines: then(CITE, 'theres a guide at libguides.samplecollege.edu/ai w/ examples. ur prof makes the call on that tho, so just ask them. that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // ---- third sweep (labelled before running) -------------------------------------------------------------------------
  { name: '"search the titles in Google Scholar" (a database named): source passes', lines: then(FAKE, "Search each title in quotes in Google Scholar; if nothing comes up, it was probably made up. Good luck!"), exp: some({ source: 'pass' }) },
  { name: 'the book "The AI Con" by Bender and Hanna: source passes', lines: then(IMG, "For the bigger picture, the book The AI Con by Emily M. Bender and Alex Hanna (2025) is in our catalogue. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"check the Retraction Watch Database" : source passes', lines: then(FAKE, 'That article is real but was retracted in 2022; you can check any paper in the Retraction Watch Database. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Snopes has looked into that image" (a site named, no address): source fails', lines: then(IMG, 'Snopes has looked into that image before, and it was AI-made. Good luck!'), exp: some({ source: 'fail' }) },
  { name: '"your professor is the one to ask; her e-mail is on the syllabus" : referral fails', lines: then(CITE, "The format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Whether you may use it is up to your professor, so ask her; her e-mail is on the syllabus. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Thanks for reaching out about this!" as the last message: courteous passes', lines: [...IMG, [70, 'l', 'Upload it at tineye.com. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Thanks for reaching out about this!']], exp: some({ courteous: 'pass' }) },
  { name: '"Someone from our Scholarly Communication office will contact you within 3 business days at jp@…" the patron gave: contact passes', lines: [...COPY, [70, 'l', "What e-mail should we use?"], [90, 'p', 'jp.designs@example.com'], [100, 'l', 'Thanks. Someone from our Scholarly Communication office will contact you within 3 business days at jp.designs@example.com. The guidance meanwhile is at copyright.gov/ai. Does that help?'], [130, 'p', 'yes thanks'], [136, 'l', 'Bye!']], over: { ...FU_ME, patron: { name: null, email: 'jp.designs@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'Spanish, "Le enviaré la lista por correo mañana. ¿Su correo es ana@…?" : contact passes', lines: [...ES, [70, 'l', 'Le enviaré la lista de talleres de IA por correo mañana. ¿Su correo es ana.reyes@example.com?'], [100, 'p', 'sí'], [106, 'l', '¡Gracias, adiós!']], over: { ...FU_ME, patron: { name: null, email: 'ana.reyes@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"Checking the catalogue for those now…" then 130 s of silence: keep informed fails', lines: [...FAKE, [60, 'l', 'Checking the catalogue for those now…'], [190, 'l', "It isn't in our catalogue or in the journal's archive at journalofpediatrichealth.org. Does that help?"], [220, 'p', 'ok thanks'], [226, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: '"Bear with me while I run these through Ulrichsweb" then 110 s: keep informed passes', lines: [...FAKE, [60, 'l', 'Bear with me while I run these through Ulrichsweb.'], [170, 'l', "The journal doesn't exist in Ulrichsweb, our directory of journals. Does that help?"], [200, 'p', 'ok thanks'], [206, 'l', 'Bye!']], exp: some({ informed: 'pass', source: 'pass' }) },
  { name: '"Is this for a class, or are you just curious?" : clarify passes', lines: [[0, 'p', 'can AI art be copyrighted'], [15, 'l', 'Hi, Jo at Ask Us. Is this for a class, or are you just curious?'], [40, 'p', 'class'], [50, 'l', 'The Copyright Office covers it at copyright.gov/ai. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Can you share a link to the image?" : clarify passes', lines: [[0, 'p', 'is this pic of the pope AI?'], [15, 'l', 'Hi, Jo at Ask Us. Can you share a link to the image?'], [40, 'p', 'its on my insta feed, cant link it'], [50, 'l', 'Save it and upload it at tineye.com. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Hi! You\'ve reached the Ask a Librarian chat." : greeting passes', lines: [[0, 'p', 'do you have AI classes'], [15, 'l', "Hi! You've reached the Ask a Librarian chat."], [20, 'l', 'Which branch do you use?'], [40, 'p', 'central'], [50, 'l', 'Central has them; see samplelibrary.org/events. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ greeting: 'pass' }) },
  { name: '"Good evening, how can I help?" with no one named: greeting fails', lines: [[0, 'p', 'is the chatgpt app safe for kids'], [15, 'l', 'Good evening, how can I help?'], [20, 'l', 'How old are the kids?'], [40, 'p', '9 and 12'], [50, 'l', "OpenAI's terms say 13 and up; Common Sense Media reviews it at commonsensemedia.org. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ greeting: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the phone a call came to: questions about reaching the patron, with the same words (no clarifying question)
  { name: 'near miss: "Did the text I sent to your phone come through?" : clarify fails', lines: [[0, 'p', 'hi again, about the AI voice scam from yesterday'], [20, 'l', 'Hi, Jo at Ask Us. Did the text I sent to your phone come through?'], [45, 'p', 'yes'], [55, 'l', "The FTC's page on voice cloning is at consumer.ftc.gov/consumer-alerts. Does that help?"], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "Did our voicemail reach your cell?" : clarify fails', lines: [[0, 'p', 'following up on the deepfake question'], [20, 'l', 'Hi, Jo at Ask Us. Did our voicemail reach your cell?'], [45, 'p', 'yes'], [55, 'l', 'The guide we mentioned is at samplelibrary.org/deepfakes. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "Has your cell number changed since you called last week?" : clarify fails', lines: [[0, 'p', 'its me again about the chatgpt citations'], [20, 'l', 'Hi, Jo at Ask Us. Has your cell number changed since you called last week?'], [45, 'p', 'no'], [55, 'l', 'The APA page is at apastyle.apa.org/blog/how-to-cite-chatgpt. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "Was it alright to text the link to your phone?" : clarify fails', lines: [[0, 'p', 'you texted me about AI classes?'], [20, 'l', 'Hi, Jo at Ask Us. Was it alright to text the link to your phone?'], [45, 'p', 'sure'], [55, 'l', 'The classes are at samplelibrary.org/events. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // a pronoun whose party has its own way to reach it in the sentence before (the referral passes)
  { name: 'near miss: "Our copyright librarian is Dana Reyes, dreyes@…. If the policy is unclear, ask her." : referral passes', lines: then(COPY, 'Our copyright librarian is Dana Reyes, dreyes@samplecollege.edu. If the policy is unclear, ask her. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The Writing Center\'s website is writing.samplecollege.edu. The Writing Center knows the AI policy, so ask them." : referral passes', lines: then(CITE, "The Writing Center's website is writing.samplecollege.edu. The Writing Center knows the AI policy well, so ask them. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Dr. Okafor\'s e-mail is nokafor@…. Your professor decides, so ask her." : referral passes', lines: then(CITE, "Dr. Okafor's e-mail is nokafor@samplecc.edu. Your professor decides, so ask her. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The IT Help Desk is at 410-555-0199. Your laptop may not allow Copilot, so call them." : referral passes', lines: then(CITE, 'The IT Help Desk is at 410-555-0199. Your college laptop may block Copilot, so call them first. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (written as a near miss of pronounLeadPartyG6, labelled before running; it fails with G6's settings off too): "The
  // Writing Center's page is writing.samplecollege.edu." gives the Writing Center's own URL, but "<party>'s page is <url>"
  // reads as a resource's page and its URL (v31 I3 reads "<party>'s website is <url>" as the party's, not "page"); "page" is
  // also a resource's own ("the Copyright Office's page on AI is …"), so no narrow fix this round
  { name: '"The Writing Center\'s page is writing.samplecollege.edu. The Writing Center knows the AI policy, so ask them." : referral passes', lines: then(CITE, "The Writing Center's page is writing.samplecollege.edu. The Writing Center knows the AI policy well, so ask them. Does that help?"), exp: some({ referral: 'pass' }) },
];

describe('thirty-fifth round (G6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fifth round (G6): AI tools, every check', whole);
describeSessions('thirty-fifth round (G6): AI tools, short cases', short);
describeSessions('thirty-fifth round (G6): AI tools, near misses of the changes', guards);

describeLeft('thirty-fifth-round-ai-tools', LEFT);

/** (v55) Cases once LEFT that read as labelled now, labels unchanged. */
const READ_SINCE_LEFT: SessionCase[] = [
  // v55 U18: a clause ending in "so" with no comma before the imperative (SO_LEAD_U18), so "… tho so just ask them" refers the
  // patron to the professor, with no contact
  { name: 'chat-speak, "ur prof makes the call on that tho so just ask them" (no comma) after the guide\'s URL: referral fails', lines: then(CITE, 'theres a guide at libguides.samplecollege.edu/ai w/ examples. ur prof makes the call on that tho so just ask them. that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

describeSessions('thirty-fifth-round-ai-tools: once left, now read as labelled', READ_SINCE_LEFT);
