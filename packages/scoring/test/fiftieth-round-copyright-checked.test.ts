/**
 * Fiftieth round, theme COPYRIGHT AND PERMISSIONS, checked: 30 whole sessions no one had written, from public, school and
 * university library "ask a librarian" chats: images for class projects and posters (Library of Congress free-to-use,
 * Wikimedia Commons, Unsplash / Pixabay, the Mona Lisa on mugs, the Louvre's collections site), music (YouTube's audio
 * library and Free Music Archive, in Spanish; a Taylor Swift song on TikTok; a Beatles song in a school musical; a choir
 * arrangement of a pop song; a folk-ballad cover and its mechanical licence; a school concert on YouTube; lyrics as chapter
 * epigraphs via the ASCAP and BMI repertories), public domain (a 1925 book, the 1923 Bambi and its translation, a 1956
 * newspaper photo and copyright renewals, IMSLP sheet music, royalty free vs public domain), fair use for teachers (a
 * documentary in class under section 110(1), a consumable workbook and Circular 21, a film clip in a class project, a
 * textbook chapter for a study group, podcast clips), citing and asking permission (APA 7 image citation at Purdue OWL, a
 * Mary Oliver poem via the publisher's permissions page, New Yorker cartoons via Cartoon Collections, a historical
 * society's photos, dissertation figures via RightsLink, an uncle's 1940s family photos), and licences (CC BY-SA, CC BY-NC
 * on fundraiser t-shirts). Every one of the 17 checks labelled in every session before it was run (the labels copied aside
 * to /tmp/fiftiethRoundCopyright-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: greeting + name in one line; greeting and question split over two lines; "Hello, you've reached Ask a Librarian
 *   at Cedar Hills Library." (the library and service, no person, under the screen name "CHL Desk"); Spanish "¡Hola! Soy
 *   Lucía, bibliotecaria de …"; chat-speak "hi! Diego from Riverbend Public Library's chat here 👋"; a curt "Hi, Hank, Greene
 *   County Library."; no greeting at all under the screen name "ref_desk3" (fail); a 75 s pickup; a patron "hello??" and a 70 s
 *   pickup whose first line is also a check-in; `pickedUpAt` at 50 s with the first line at 85 s (pass);
 *  inquiry: class vs posted online, monetised vs promotional, face-to-face vs streamed, photographer named or not, consumable
 *   and how many copies, personal vs business account, nonprofit vs business, live vs recorded, German original vs
 *   translation, exact reproduction vs redrawn, "So you'd like to reprint photos …, in a book you'll be selling?" (a
 *   restatement); IMSLP given before "What instrument are you looking for?" (fail);
 *  waits: "Let me check who handles permissions for her work." then 150 s (fail); two internal lines while the patron waits
 *   135 s (fail); a transfer notice (a hold) with the receiver's line 42 s later (pass); "Sure, take your time." before a 200 s
 *   patron absence (waiting on the patron: pass);
 *  endings: check-in at 200 and a disconnect notice that invites back at 300 (both pass); "Are you still with me?" and then
 *   nothing until 430 (notice fails, courteous fails); "It looks like you've disconnected. I'll be closing this session now."
 *   with no check-in and no goodbye (check-in fails, notice passes, courteous fails); a Lost Call with greeting, check-in and
 *   notice + invitation back (idle and notice pass with no substantive exchange); "You've asked a lot of questions today and I
 *   have others to get to, so I'm going to end our chat here." (dismissal); "several other patrons waiting … Please chat back
 *   in later, or call our reference desk at 555-240-1180" (allowed); goodbyes "¡Gracias por usar nuestro chat! Que le vaya
 *   muy bien.", "Bye!", "Bye.", "ok bye", "ok cya", "Happy podcasting, bye!", "Great, bye for now!", "Thanks — … good luck
 *   with the defense!"; patron-side "thats all i needed", "eso es todo", "thats all", "nothing else", "thats all for now",
 *   "yep thats all", "that's everything", "thats everything thanks"; "ok thx", "cool thx", "ok thank u" (not done);
 *  sources: URLs of agencies, guides, databases and sites; the Catalog of Copyright Entries "scanned on archive.org (search
 *   …)"; "The Copyright Office has more on it too." as the only mention of a resource (source fails);
 *  referrals: "please contact your district's legal office" (no contact: fail); Grove Atlantic's permissions department
 *   through a URL; the library's own reference desk by phone; the Pinewood Historical Society by phone and URL; the home
 *   library that will call the patron (staff acting on the patron's behalf: no referral); ASCAP / BMI / Songfile / RightsLink
 *   / Cartoon Collections named with URLs as places to look up or license (sources, not referrals);
 *  follow-ups: FU_ME, e-mail read back, "by Friday", done in 30 h (pass); FU_ME, e-mail read back, no time, not yet done
 *   (contact fails, on_time pending); FU_LIB by phone read back, "by Tuesday", done at 90 h (late); a promise "within 72
 *   hours" coded Answered, never done by day 5 (code fails, on_time fails); FU_ME with no e-mail or phone anywhere (code
 *   fails, contact fails, on_time pending);
 *  codes: a true Lost Call; Lost Call after two patron lines; null; Practice;
 *  transfers: a visible notice and an internal note before the transfer (pass); a visible notice only (fail);
 *  concurrency: four at once (fail); others ending exactly at the start and starting exactly at the end, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "please contact your district's legal office" tells the patron to contact an office outside the chat: a referral, here
 *   with no e-mail, phone, address or URL (fail);
 * - "please send your request to Grove Atlantic's permissions department through groveatlantic.com/permissions" is a referral
 *   reached by a URL (pass); "call our reference desk at 555-240-1180" refers to the library's own department with a phone;
 * - ASCAP's and BMI's repertories, Songfile, Cartoon Collections and RightsLink, each named with a URL or reached on the
 *   article page, are places for the patron to look up or license (sources), not parties to contact: no referral; "I'll pass
 *   your question to your home library … they'll call you" is staff acting on the patron's behalf: no referral;
 * - "The Copyright Office has more on it too." names an organisation without a way to reach it: not a source;
 * - "Did that help?" after an answer with no source (case 25) asks whether what was given meets the need: completeness
 *   passes ("in or after the first message that gives a source or answer");
 * - "Does the circular answer the main question for now?" and "Does the Duke page help in the meantime?", asked after a
 *   follow-up was promised, ask about what was already given: completeness passes;
 * - "ok cya", "ok bye", "Bye.", "Great, bye for now!" and "Que le vaya muy bien" say goodbye; "Thanks for waiting." opens an
 *   answer and is not the session's ending;
 * - "thats all for now", "yep thats all", "yeah unfortunately lol. thats all" say the patron is done; "cool thx", "ok thx",
 *   "ok thank u" do not;
 * - "Hello, you've reached Ask a Librarian at Cedar Hills Library." identifies the library and the service in the text;
 * - "Hi, Sam … here! Are you still there?" (the pickup, 30 s after the patron's second line) is neither a hold nor a
 *   substantive message: the Lost Call has no substantive exchange, and its final idle (70 to the thanking notice at 140) is
 *   under 120 s, so idle and notice are na;
 * - "You've asked a lot of questions today and I have others to get to, so I'm going to end our chat here." ends the help for
 *   the provider's convenience with no way back: dismissal fails even though "Bye." follows (courteous passes).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, internal lines, a transfer and
 * "take your time", idle and disconnect spans ending at a goodbye or at `endedAt`, concurrency at touching ends, on_time done
 * / late / pending / overdue) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * case (patron e-mails typed in the chat, a patron phone typed and read back, a library phone).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;


const MAYA: Prov = { id: 'maya-c', name: 'Maya', library: 'GPL' };
const ROLAND: Prov = { id: 'roland', name: 'Roland', library: 'ERL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'VVPL' };
const TOM: Prov = { id: 'tom-n', name: 'Tom', library: 'NPL' };
const CEDAR: Prov = { id: 'cedar1', name: 'CHL Desk', library: 'CHL' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'DCL' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'SPL' };
const NOOR: Prov = { id: 'noor', name: 'Noor (statewide)', library: 'STATE' };
const HELGA: Prov = { id: 'helga', name: 'Helga', library: 'WCL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'OPL' };
const DIEGO: Prov = { id: 'diego', name: 'Diego', library: 'RPL' };
const FRAN: Prov = { id: 'fran', name: 'Fran', library: 'MCL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'TPL' };
const RHODA: Prov = { id: 'rhoda', name: 'Rhoda', library: 'KPL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'ACL' };
const ANA: Prov = { id: 'ana-h', name: 'Ana', library: 'HPL' };
const SAM: Prov = { id: 'sam-b', name: 'Sam', library: 'BCL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'LCL' };
const TRAINER: Prov = { id: 'trainer-c', name: 'Training Account', library: 'TRN' };
const OLGA: Prov = { id: 'olga', name: 'Olga', library: 'DPL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'FCL' };
const TERESA: Prov = { id: 'teresa', name: 'Teresa', library: 'UUL' };
const KOJI: Prov = { id: 'koji', name: 'Koji Tanaka', library: 'UUL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'BWL' };
const PIET: Prov = { id: 'piet', name: 'Piet Janssen', library: 'BWL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'SCL' };
const HANK: Prov = { id: 'hank', name: 'Hank', library: 'GCL' };
const REF3: Prov = { id: 'ref3', name: 'ref_desk3', library: 'MTL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'EVL' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'QPL' };
const AUDREY: Prov = { id: 'audrey', name: 'Audrey', library: 'WPL' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'NCL' };

const s = session;

export const fiftiethRoundCopyright: SessionCase[] = [
  // 01 public domain images for a class project
  s(MAYA, '01 Dust Bowl images for a class site: "just class or posted online?", LoC free-to-use + Wikimedia Commons', [
    [0, 'p', 'hi i need pictures for a powerpoint on the dust bowl, can i just use google images??'],
    [20, 'l', "Hi! This is Maya, a librarian at Glenwood Public Library's Ask Us chat."],
    [27, 'l', 'Is the powerpoint just for class, or will it be posted online somewhere?'],
    [70, 'p', 'for class but teacher said it goes on the class website'],
    [78, 'l', "Then it's safest to use images that are free to reuse. The Library of Congress has a whole set of Dust Bowl FSA photos with no known restrictions at loc.gov/free-to-use, and Wikimedia Commons (commons.wikimedia.org) shows the licence under every picture."],
    [84, 'l', 'Does that get you what you need?'],
    [130, 'p', 'yes perfect thats all i needed'],
    [136, 'l', 'Great! Thanks for chatting, good luck with the project.'],
  ], usual()),

  // 02 teacher: a documentary in class; the district's legal office, no contact
  s(ROLAND, '02 teacher showing a documentary: section 110(1) at copyright.gov, "contact your district\'s legal office" (no contact)', [
    [0, 'p', 'Good afternoon. I teach 8th grade history. Am I allowed to show a full Ken Burns documentary in class or is that a copyright violation?'],
    [30, 'l', "Good afternoon, you've reached Roland at Eastridge Regional Library."],
    [36, 'l', 'Is this a face-to-face class in your classroom, or will it be streamed to students online?'],
    [90, 'p', 'in person, in my classroom'],
    [97, 'l', 'One moment while I find the exact section.'],
    [180, 'l', 'Showing a lawfully made copy in face-to-face teaching at a nonprofit school is covered by the classroom exemption, 17 U.S.C. § 110(1); the text is at copyright.gov/title17/92chap1.html#110. Streaming it online falls under different rules (the TEACH Act). For a definite answer for your school, please contact your district\'s legal office.'],
    [186, 'l', 'Is that what you needed?'],
    [240, 'p', 'Yes, very helpful.'],
    [246, 'l', 'Anything else I can help you with today?'],
    [280, 'p', "No that's all. Thank you!"],
    [285, 'l', 'Thanks for contacting us, and have a great class!'],
  ], usual({ referral: 'fail' })),

  // 03 Spanish: music for a business video
  s(LUCIA, '03 música para un video de negocio (español): "¿monetizado?", Biblioteca de audio de YouTube + freemusicarchive.org, "eso es todo"', [
    [0, 'p', 'hola, necesito musica sin copyright para un video de youtube de mi negocio'],
    [25, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de Valle Verde.'],
    [32, 'l', '¿El video va a estar monetizado o es solo para promocionar su negocio?'],
    [80, 'p', 'no monetizado, solo para promocionar mi panaderia'],
    [88, 'l', 'Para un video de negocio le recomiendo la Biblioteca de audio de YouTube (en studio.youtube.com, menú Biblioteca de audio): cada canción indica si hay que dar crédito al autor. También Free Music Archive, freemusicarchive.org, filtrando por licencias Creative Commons que permitan uso comercial.'],
    [94, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si, muchas gracias. eso es todo'],
    [156, 'l', '¡Gracias por usar nuestro chat! Que le vaya muy bien.'],
  ], usual()),

  // 04 APA image citation: picked up at 75 s, curt ending
  s(TOM, '04 APA 7 photo citation: picked up at 75 s, Purdue OWL, patron "ok thx", provider "Bye!" (no anything-else)', [
    [0, 'p', 'how do u cite a picture from a website in apa 7'],
    [75, 'l', 'Hi! Sorry about the wait, this is Tom with Ask a Librarian at Northfield Public Library.'],
    [80, 'l', 'Is it a photo with a named photographer, or something like a chart with no author?'],
    [120, 'p', 'photo, it has the photographers name'],
    [126, 'l', "Purdue OWL has the APA 7 image format with examples: owl.purdue.edu/owl/research_and_citation/apa_style/apa_formatting_and_style_guide/ (look under Reference List: Audiovisual Media). It's Photographer, A. (Year). Title [Photograph]. Site Name. URL"],
    [132, 'l', 'Did that help?'],
    [170, 'p', 'ok thx'],
    [174, 'l', 'Bye!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 05 permission for a poem: the library and service named, a hold then 150 s
  s(CEDAR, '05 Mary Oliver poem in a church bulletin: greeting names the service, hold then 150 s, Grove Atlantic permissions by URL', [
    [0, 'p', "I'd like to reprint a poem in our church bulletin. Who do I ask for permission?"],
    [22, 'l', "Hello, you've reached Ask a Librarian at Cedar Hills Library."],
    [28, 'l', 'Which poem is it, and who wrote it?'],
    [75, 'p', '"Wild Geese" by Mary Oliver'],
    [82, 'l', 'Let me check who handles permissions for her work.'],
    [232, 'l', 'Thanks for waiting. Mary Oliver\'s poems are still under copyright. "Wild Geese" first appeared in her book Dream Work, published by Atlantic Monthly Press, now part of Grove Atlantic: please send your request to Grove Atlantic\'s permissions department through groveatlantic.com/permissions.'],
    [238, 'l', 'Does that answer your question?'],
    [290, 'p', "Yes, I'll write to them."],
    [296, 'l', 'Anything else I can help with?'],
    [320, 'p', 'nope'],
    [325, 'l', 'Thanks for chatting, take care!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 06 follow-up by me: a 1956 newspaper photo, renewals checked by Friday, done in 30 h
  s(GRACE, '06 1956 newspaper photo on a book cover (follow-up by me): e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', "Hi. I found a great photo of my grandfather's store in a 1956 issue of the Dalton Courier. Can I use it on the cover of a family history book I'm self-publishing?"],
    [28, 'l', "Hi there, this is Grace at Dalton County Library's Ask a Librarian."],
    [35, 'l', 'Do you know if the Courier is still in business, and does the photo have a photographer\'s credit?'],
    [100, 'p', 'the paper closed in the 80s. no credit I can see'],
    [107, 'l', 'Give me a minute to check something.'],
    [190, 'l', 'Works published in 1956 stayed protected only if the copyright was renewed in the 28th year. Renewals are listed in the Catalog of Copyright Entries, which is scanned on archive.org (search "Catalog of Copyright Entries 1984 renewals").'],
    [196, 'l', "Checking renewals for a newspaper takes some digging. If you give me your e-mail, I'll go through the 1983-1985 volumes and send you what I find by Friday."],
    [250, 'p', 'sure its pat.o@example.com'],
    [256, 'l', "Thanks, that's pat.o@example.com. You'll hear from me by Friday."],
    [262, 'l', 'Anything else for today?'],
    [290, 'p', 'no thats it thank you!'],
    [295, 'l', "You're welcome, thanks for contacting us!"],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 07 follow-up by me, no time given: pending
  s(KWAME, '07 folk song cover (follow-up by me): e-mail read back, "I\'ll get back to you on it" with no time, not yet done (pending)', [
    [0, 'p', "my band wants to record a cover of an old folk song, 'The House Carpenter'. is it public domain?"],
    [24, 'l', 'Hey! Kwame here, librarian at Southport Library.'],
    [30, 'l', "Do you mean the traditional ballad, or a particular recorded version you're copying the arrangement from?"],
    [85, 'p', 'the traditional one, but we learned it off a 60s record'],
    [92, 'l', "The traditional ballad (Child Ballad 243) is public domain; the Child ballads are on Project Gutenberg at gutenberg.org. A specific 1960s arrangement can be copyrighted though. To release a cover you'd normally get a mechanical licence anyway, e.g. with Songfile at songfile.com."],
    [98, 'l', 'Does that help?'],
    [150, 'p', 'kinda. can u find out who owns the arrangement on the joan baez version'],
    [158, 'l', "I'll have to look into the credits on that album. What's your email? I'll get back to you on it."],
    [200, 'p', 'mikaband@example.com'],
    [206, 'l', 'Got it, mikaband@example.com.'],
    [230, 'p', 'cool thx'],
    [236, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 08 follow-up by the patron's library by phone, done late
  s(NOOR, '08 teacher copying a consumable workbook (follow-up by patron\'s library): phone read back, "by Tuesday", done at 90 h', [
    [0, 'p', "I'm a teacher at Lincoln Elementary. Can I make copies of a whole workbook for my class? The school library said ask you guys"],
    [35, 'l', 'Hello! This is Noor with the statewide Ask Us chat service.'],
    [41, 'l', 'Is the workbook a consumable one (the kind students write in), and how many copies are you thinking?'],
    [100, 'p', 'yes consumable, 24 copies'],
    [106, 'l', "Copying consumable workbooks is specifically excluded by the classroom copying guidelines, reprinted in the Copyright Office's Circular 21 at copyright.gov/circs/circ21.pdf. I'll pass your question to your home library so they can check whether your district already licenses that title, and they'll call you. What number is best?"],
    [160, 'p', '555-310-4477'],
    [166, 'l', 'Thanks, 555-310-4477. Someone from your library will call you by Tuesday.'],
    [172, 'l', 'Does the circular answer the main question for now?'],
    [220, 'p', 'yes it does, thanks'],
    [226, 'l', 'Anything else?'],
    [250, 'p', 'no'],
    [255, 'l', 'Thanks for using Ask Us, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 a promise "within 72 hours" coded Answered, never done
  s(HELGA, '09 Bambi translation: "get back to you within 72 hours", e-mail read back, coded Answered, not done by day 5', [
    [0, 'p', 'Is the 1923 Bambi book public domain yet? want to do an illustrated adaptation'],
    [30, 'l', 'Hi, Helga at Westcliff Library here.'],
    [36, 'l', 'Is it the original German novel you want to adapt, or the English translation?'],
    [90, 'p', 'the english one i think'],
    [96, 'l', 'One sec, checking.'],
    [170, 'l', "The German original (Felix Salten, 1923) entered the US public domain on January 1, 2022; the English translation is a separate work and I'm not sure of its status. Duke's Center for the Study of the Public Domain explains the 2022 works at web.law.duke.edu/cspd/publicdomainday/2022."],
    [176, 'l', "I'll check on the translation and get back to you within 72 hours. What's your email?"],
    [220, 'p', 'r.okafor@example.com'],
    [226, 'l', "Thanks — r.okafor@example.com. I'll write within 72 hours."],
    [232, 'l', 'Does the Duke page help in the meantime?'],
    [270, 'p', 'yes! thats all for now'],
    [275, 'l', 'Great, bye for now!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 5 * DAY }),

  // 10 follow-up by me with no contact known
  s(BEA, '10 Beatles song in a school musical (follow-up by me): "follow up with you tomorrow", no e-mail or phone anywhere', [
    [0, 'p', 'where can I get permission to use a Beatles song in a school musical'],
    [30, 'l', "Hi, I'm Bea, a librarian at Oakmont Public Library."],
    [36, 'l', 'Will you perform it live on stage, or also record or stream the show?'],
    [80, 'p', 'just live, in the gym'],
    [87, 'l', "For a live performance the school usually needs a public performance licence. ASCAP's repertory search (ascap.com/repertory) and BMI's Songview (bmi.com) show who licenses each song."],
    [93, 'l', "I'll look into whether your district already has a blanket licence and follow up with you tomorrow."],
    [130, 'p', 'ok thank u'],
    [135, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 11 patron gone after the answer: check-in, then a notice that invites back
  s(DIEGO, '11 Taylor Swift song on TikTok: answer + "Did that help?" at 70, "Are you still there?" at 200, notice + invitation back at 300', [
    [0, 'p', 'is it legal to use a Taylor Swift song as background music in my tiktok'],
    [18, 'l', "hi! Diego from Riverbend Public Library's chat here 👋"],
    [24, 'l', 'Is it a personal account or a business one?'],
    [60, 'p', 'personal'],
    [70, 'l', 'On a personal account you can use songs from TikTok\'s own sound library, which TikTok licenses; uploading the song yourself is different. TikTok\'s Help Center explains it at support.tiktok.com (search "music"). Did that help?'],
    [200, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you may have disconnected, so I'll end this chat. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 12 check-in, then nothing until the end
  s(FRAN, '12 photocopying a chapter: answer at 88, "Are you still with me?" at 230, session ends at 430 with no notice', [
    [0, 'p', 'can I photocopy a whole chapter of a library book for my study group'],
    [25, 'l', 'Hi, Fran here at Millbrook County Library. Happy to help.'],
    [31, 'l', 'How long is the book, roughly, and is it still in print?'],
    [80, 'p', 'like 300 pages, its a textbook from 2019'],
    [88, 'l', "One chapter of a 300-page book for study is commonly treated as fair use; copying more, or doing it again and again, is riskier. The Copyright Office's fair use index, copyright.gov/fair-use, walks through the four factors. Is that what you were looking for?"],
    [230, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 200 }),

  // 13 a notice that does not ask, and no goodbye
  s(GUS, '13 CC BY-SA on a blog: answer at 78, "It looks like you\'ve disconnected. I\'ll be closing this session now." at 290, no check-in', [
    [0, 'p', 'what does CC BY-SA mean on a photo'],
    [20, 'l', 'Hello, this is Gus with the Ask Us librarians at Tillman Public Library.'],
    [26, 'l', 'Are you planning to reuse the photo somewhere? That changes what you need to do.'],
    [70, 'p', 'yeah in a blog post'],
    [78, 'l', 'CC BY-SA means you can reuse it, even commercially, if you credit the creator, link the licence, and share anything you make from it under the same licence. The plain-language summary is at creativecommons.org/licenses/by-sa/4.0. Does that answer it?'],
    [290, 'l', "It looks like you've disconnected. I'll be closing this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 14 dismissal
  s(RHODA, '14 New Yorker cartoons in a newsletter: follow-up questions met with "You\'ve asked a lot of questions today … end our chat here"', [
    [0, 'p', 'hi can i use cartoons from the new yorker in my newsletter'],
    [30, 'l', 'Hi, Rhoda at Kingsley Public Library.'],
    [36, 'l', 'Is the newsletter for a business or a nonprofit?'],
    [70, 'p', 'nonprofit, goes to about 500 ppl'],
    [77, 'l', 'New Yorker cartoons are licensed through Cartoon Collections at cartooncollections.com, where you can buy a licence per cartoon. Does that help?'],
    [120, 'p', 'ok. and what about comic strips like peanuts? and can i use clip art from word? and photos from facebook?'],
    [128, 'l', "You've asked a lot of questions today and I have others to get to, so I'm going to end our chat here."],
    [131, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 other patrons waiting, a way back (allowed)
  s(WES, '15 song lyrics as chapter epigraphs: ASCAP/BMI repertories, "several other patrons waiting … call our reference desk at 555-240-1180"', [
    [0, 'p', "Hello, I'm writing a book and want to quote song lyrics at the start of each chapter. How do I get permission?"],
    [26, 'l', "Hello! I'm Wes, a reference librarian at Ashby County Library."],
    [32, 'l', 'How many songs are we talking about, and are they recent or older?'],
    [90, 'p', 'about 12, mostly 70s rock'],
    [97, 'l', 'For lyrics the rights holder is usually the music publisher, not the band. You can look up the publisher of each song in the ASCAP and BMI repertories (ascap.com/repertory and repertoire.bmi.com). Did that help?'],
    [160, 'p', 'yes but how much does it cost usually, and should I get a lawyer, and what about the title of the song can I use that'],
    [168, 'l', 'Those are good questions, but there are several other patrons waiting for me right now. Please chat back in later, or call our reference desk at 555-240-1180 and they can go through the rest with you. Thanks for your patience!'],
    [200, 'p', 'ok will do. thats all'],
    [205, 'l', 'Thanks, take care!'],
  ], usual({ referral: 'pass' })),

  // 16 a true Lost Call, with a check-in and a notice
  s(ANA, '16 song in a wedding slideshow (Lost Call): patron leaves at 15, greeting at 30, check-in at 160, notice + invitation back at 240', [
    [0, 'p', 'can i use a song in my wedding slideshow'],
    left(15),
    [30, 'l', "Hi, I'm Ana, a librarian at Harbor Public Library."],
    [160, 'l', 'Are you still there?'],
    [240, 'l', "It seems you've disconnected, so I'll close this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron messages, late pickup
  s(SAM, '17 royalty free vs public domain: "hello??" at 40, pickup at 70 with a check-in, closing thanks at 140, coded Lost Call (2 patron lines)', [
    [0, 'p', 'whats the difference between royalty free and public domain'],
    [40, 'p', 'hello??'],
    [70, 'l', 'Hi, Sam with Ask a Librarian at Bayview County Library here! Are you still there?'],
    [140, 'l', "I'm going to close this chat since I haven't heard back. Thanks for stopping by!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 no code
  s(PRIYA, '18 CC BY-NC image on fundraiser t-shirts: Creative Commons FAQ, "yeah unfortunately lol. thats all", code null', [
    [0, 'p', 'Can I sell t-shirts with a CC BY-NC image on them?'],
    [20, 'l', 'Hi there! Priya at Lakeview City Library here.'],
    [27, 'l', 'Are these for a business, or a fundraiser for a school or club?'],
    [70, 'p', 'fundraiser for our soccer club'],
    [78, 'l', 'NC means non-commercial, and selling shirts is usually commercial even for a fundraiser. The Creative Commons FAQ covers it at creativecommons.org/faq (see "What does NonCommercial mean").'],
    [84, 'l', 'Does that answer your question?'],
    [130, 'p', 'yeah unfortunately lol. thats all'],
    [135, 'l', "Sorry it's not better news! Thanks for chatting."],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // 19 practice
  s(TRAINER, '19 practice chat (copyright script): coded Practice, every check na', [
    [0, 'p', 'test: is clip art public domain'],
    [10, 'l', 'Hello, practice session for Ask Us training.'],
    [20, 'l', 'See copyright.gov/help/faq. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 four at once
  s(OLGA, '20 Mona Lisa on mugs: a good session while three others are open (four at once from 50 s)', [
    [0, 'p', 'is the Mona Lisa public domain, can i put it on mugs'],
    [25, 'l', "Hi! I'm Olga, a librarian at Dunmore Public Library."],
    [31, 'l', 'Are you planning to use a photo you find online, or one you take yourself?'],
    [70, 'p', 'one from online'],
    [77, 'l', "The painting itself is public domain, and in the US a faithful photo of a 2D artwork isn't treated as a new work (Bridgeman v. Corel). The Louvre's collections site, collections.louvre.fr, has high-resolution images, and Wikimedia Commons has several. Is that what you needed?"],
    [120, 'p', 'yes thats all i needed'],
    [125, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('o1', 'olga', -300, 400), other('o2', 'olga', -100, 600), other('o3', 'olga', 50, 500)],
  }),

  // 21 three at most, touching at both ends
  s(ABE, '21 choir arrangement of a pop song: NAfME guide; one other ends at the start, one starts at the end, three at most', [
    [0, 'p', 'im a music teacher, can i arrange a pop song for my school choir'],
    [22, 'l', 'Good morning, Abe here with Ask a Librarian at Fenwick County Library.'],
    [28, 'l', 'Will the arrangement be performed only, or also printed and shared with other schools?'],
    [70, 'p', 'just performed by my choir'],
    [76, 'l', "Arranging a copyrighted song isn't covered by the classroom exemptions. NAfME's copyright guide for music educators, nafme.org/my-classroom/copyright, explains how permission for an arrangement works and when buying a published arrangement is easier. Did that help?"],
    [130, 'p', 'yes thanks, nothing else'],
    [136, 'l', "You're welcome, thanks for chatting!"],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'abe', -600, 0), other('a2', 'abe', -200, 200), other('a3', 'abe', 100, 900), other('a4', 'abe', 141, 900)],
  }),

  // 22 transfer by the book
  s(TERESA, '22 dissertation figures: transfer to the copyright librarian with a notice and an internal note, Koji answers 36 s later', [
    [0, 'p', "I'm a grad student; can I include figures from published articles in my dissertation?"],
    [20, 'l', "Hi, I'm Teresa at Upland University Library's Ask a Librarian."],
    [26, 'l', 'Are these figures you would reproduce exactly, or redraw from the data?'],
    [70, 'p', 'exactly, screenshots from the PDFs'],
    [78, 'l', "Our copyright librarian handles dissertation permissions, so I'm transferring you to him now. One moment please."],
    [81, 'i', 'Koji, grad student wants to reuse published figures in a dissertation, can you take it?'],
    xfer(84, 'Koji Tanaka', 'koji'),
    [120, 'l', "Hi, Koji here, Upland's copyright librarian. For figures reproduced as-is, most publishers grant permission through RightsLink on the article page; our dissertation copyright guide at guides.uplandu.edu/dissertation-copyright walks you through it step by step. Does that cover it?", as(KOJI)],
    [170, 'p', 'yes thats everything thanks'],
    [176, 'l', 'Great — thanks for asking, and good luck with the defense!', as(KOJI)],
  ], usual({ transfer: 'pass' })),

  // 23 transfer without an internal note
  s(NELL, '23 uncle\'s 1940s photos on Ancestry: "Let me transfer you to our genealogy librarian", no internal note, Piet answers', [
    [0, 'p', 'hi, can I scan old family photos from the 1940s and post them on ancestry? my uncle took them'],
    [30, 'l', 'Hello, Nell here at Ask Brightwater Library!'],
    [36, 'l', 'Does your family own the prints, and has your uncle passed away?'],
    [90, 'p', 'yes we have them, he died in 1990'],
    [96, 'l', 'Let me transfer you to our genealogy librarian, he knows this well.'],
    xfer(100, 'Piet Janssen', 'piet'),
    [150, 'l', "Hi, Piet from Genealogy. Unpublished photos are protected for 70 years after the photographer's death, so your uncle's run until 2060, but his heirs own that copyright, so if that's your family you can give yourselves permission. The Cornell chart at copyright.cornell.edu/publicdomain lays out the terms. Does that help?", as(PIET)],
    [200, 'p', "oh interesting ok. yes that's all i needed"],
    [206, 'l', 'Thanks for using Ask Brightwater, bye!', as(PIET)],
  ], usual({ transfer: 'fail' })),

  // 24 the source before the question
  s(JUNE, '24 public domain sheet music: IMSLP given at once, "What instrument?" only after', [
    [0, 'p', 'where can I find public domain sheet music'],
    [15, 'l', 'Hi! This is June at Sunnyvale City Library.'],
    [20, 'l', 'IMSLP, imslp.org, is the biggest free collection of public domain scores.'],
    [26, 'l', 'What instrument are you looking for?'],
    [60, 'p', 'piano, beginner level'],
    [67, 'l', "On IMSLP browse by Instrumentation > Piano; the Anna Magdalena Notebook and Burgmüller's Op. 100 are good beginner pieces. Is that what you were looking for?"],
    [110, 'p', 'yes thanks, thats all'],
    [115, 'l', 'Have fun playing! Bye!'],
  ], usual({ clarify: 'fail' })),

  // 25 no source: an office named without a way to reach it
  s(HANK, '25 movie clip in a film class project: answer with no source ("The Copyright Office has more on it too"), "yep thats all", "ok bye"', [
    [0, 'p', 'is it fair use if i use 30 secs of a movie clip in my film class project'],
    [40, 'l', 'Hi, Hank, Greene County Library.'],
    [45, 'l', 'Is the project only shown in class or posted online?'],
    [80, 'p', 'only in class'],
    [88, 'l', 'Short clips used for criticism or teaching in a class project are generally fair use. Use only what you need and credit the film. The Copyright Office has more on it too.'],
    [94, 'l', 'Did that help?'],
    [130, 'p', 'yep thats all'],
    [135, 'l', 'ok bye'],
  ], usual({ source: 'fail' })),

  // 26 no greeting, chat-speak
  s(REF3, '26 cat picture for a poster: no greeting or name, unsplash/pixabay, "gr8 anything else?", "ok cya"', [
    [0, 'p', 'need a pic of a cat 4 my school poster that i can use w/o getting in trouble lol'],
    [20, 'l', 'what size is the poster? printed big?'],
    [50, 'p', 'like normal poster size yeah'],
    [56, 'l', 'try unsplash.com or pixabay.com, free to use, no credit needed, and big enough to print. did that work?'],
    [100, 'p', 'omg yes found one'],
    [105, 'l', 'gr8 anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'ok cya'],
  ], usual({ greeting: 'fail' })),

  // 27 restatement; the historical society by phone and URL; the patron writes last
  s(RUTH, '27 historical society photos in a village history: "So you\'d like to reprint…", the society by phone + URL, patron\'s "good night!" last', [
    [0, 'p', "Hello, I'm putting together a small book about the history of our village and want to use some old postcards and photos from the Pinewood Historical Society's Facebook page"],
    [30, 'l', 'Good evening, and welcome to Ask Evergreen! My name is Ruth.'],
    [36, 'l', "So you'd like to reprint photos the historical society has posted, in a book you'll be selling?"],
    [90, 'p', 'yes exactly, maybe 200 copies'],
    [96, 'l', "Posting online doesn't make them free to use. Postcards published in the US before 1931 are public domain, but the society may own the rights in later photos or in its scans. The best step is to ask the Pinewood Historical Society directly: call them at (607) 555-0163, or write through pinewoodhistory.org. Does that help?"],
    [150, 'p', "Yes, I'll call them."],
    [156, 'l', 'Anything else I can help with tonight?'],
    [190, 'p', "No, that's everything."],
    [195, 'l', 'Thank you for chatting with Ask Evergreen. Good night!'],
    [210, 'p', 'good night!'],
  ], usual({ referral: 'pass' })),

  // 28 "take your time": waiting on the patron
  s(MEI, '28 podcast clips: "Sure, take your time." then the patron away 200 s, Stanford fair use overview', [
    [0, 'p', 'can I use clips from a spotify podcast in my podcast if I give credit'],
    [20, 'l', 'Hi! Mei here, with the Queensbury Public Library chat.'],
    [26, 'l', 'How long are the clips, and are you commenting on them or just playing them?'],
    [60, 'p', 'hold on let me check my script'],
    [66, 'l', 'Sure, take your time.'],
    [266, 'p', 'ok like 45 seconds, and im reacting to what they say'],
    [274, 'l', "Commenting on a short clip is the classic fair use case, though credit alone doesn't make something fair use. Stanford's fair use overview explains the factors: fairuse.stanford.edu/overview/fair-use. Does that help?"],
    [320, 'p', 'yeah, thx thats all I needed'],
    [326, 'l', 'Happy podcasting, bye!'],
  ], usual()),

  // 29 internal lines while the patron waits 135 s
  s(AUDREY, '29 school concert video on YouTube: two internal lines while the patron waits 135 s, YouTube help page', [
    [0, 'p', "my daughter's school wants to post a video of the spring concert on youtube. can they, with all the songs in it?"],
    [30, 'l', "Hello, this is Audrey with West Park Library's Ask a Librarian."],
    [36, 'l', 'Is the school public or private, and were the songs pop songs or choral arrangements?'],
    [80, 'p', 'public school, mostly disney songs'],
    [90, 'i', "Does anyone know if YouTube's music deals cover school concert uploads?"],
    [150, 'i', 'thanks Lou, checking'],
    [215, 'l', "Sorry for the wait! YouTube has agreements with many music publishers, so a concert video with Disney songs will often stay up but may carry ads or be muted. YouTube explains this at support.google.com/youtube/answer/2797370. Does that help?"],
    [260, 'p', 'ok thank you'],
    [266, 'l', 'Is there anything else I can help with?'],
    [290, 'p', 'no thanks'],
    [295, 'l', 'Thanks for chatting, have a nice day!'],
  ], usual({ informed: 'fail' })),

  // 30 pickedUpAt at 50 s, first line at 85 s
  s(LENA, '30 a 1925 book on a website: `pickedUpAt` at 50 s, first line at 85 s, Cornell chart, "that\'s everything"', [
    [0, 'p', 'hi how do i know if a book from 1925 is public domain? want to put it on my website'],
    [85, 'l', 'Hi, Lena at Northcote Library. Thanks for your patience!'],
    [91, 'l', 'Was it published in the US, and do you want the text only or the illustrations too?'],
    [140, 'p', 'US, text only'],
    [147, 'l', "Anything published in the US in 1925 is in the public domain now: as of 2026, everything published before 1931 is. Cornell's chart at copyright.cornell.edu/publicdomain explains the rules. Is that what you needed?"],
    [190, 'p', "awesome ty! that's everything"],
    [195, 'l', 'Glad I could help, bye!'],
  ], usual(), { pickedUpAt: at(50) }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fiftieth round: copyright and permissions, checked', () => {
  describeSessions('whole sessions', fiftiethRoundCopyright.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundCopyright.filter((c) => c.name in LEFT_WHY));
});
