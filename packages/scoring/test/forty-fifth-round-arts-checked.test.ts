/**
 * Forty-fifth round, ARTS, checked: MUSIC, ARTS, FILM AND MEDIA. Whole sessions of "ask a librarian" chat services, written
 * fresh (no sentence taken from the devset or the other test files): sheet music and scores (IMSLP, a Henle call number,
 * ukulele tab books, Spanish classical-guitar scores), song and album credits (ASCAP repertory, Discogs, a 1980s car-ad
 * jingle), film and TV (films shot in the city, the AFI Catalog, a 1995 BBC serial on hoopla, 1950s local-TV kinescopes),
 * the library's streaming services (Kanopy on a Roku, Criterion on Kanopy, hoopla comics and monthly limits), art images and
 * copyright (Van Gogh on T-shirts, a 1940s painting's registration, a film poster in class), permissions to reuse a
 * digitised photo and to print lyrics, museum passes, a play script for an audition, the library's own podcast, oral
 * histories, a local watercolourist, local women composers, a library gallery wall, band parts in a local composer's papers.
 * Providers find items in the catalogue and databases, refer to special collections, archives, rights holders and the
 * Copyright Office (with and without contacts), transfer to a music librarian and a media archivist, and promise lists later.
 * Registers: by-the-book, chat-speak ("gimme a min", "np!"), British ("bear with me a mo", "cheers", "ta"), Spanish, an
 * older patron who prefers the phone. Every one of the 17 checks labelled in every session.
 *
 * SHAPES TRIED:
 *  opening: a queue system message and a patron "hello?" before a 98 s pickup whose first line is "Sorry about the wait! I'm
 *   Dev, …" (no greeting word); `pickedUpAt` at 30 s with the first message at 170 s; an opening that names the provider
 *   and the library but greets no one ("Sarah, reference desk, Oak Park Library. What car brand …?"); a chat-speak
 *   greeting under a screen name ("hey there! Gio here, librarian w/ Cedar County Library"); a Spanish and a British one;
 *  waits: "ok one sec" then 173 s (fail); holds at 102 / 200 / 305 / 400 s with a patron "?" inside the wait (pass); a
 *   patron's new question after a non-hold answer, answered 140 s later (fail); a transfer notice as a hold; a hold still
 *   open when the patron leaves (not counted);
 *  clarifying: edition / format / device / year / commercial use asked before the source; a restating question ("The James
 *   Stewart film?"); none at all (hoopla limit answered at once);
 *  completeness: "Does that give you what you need?", "Did that work?" in the answer, "Is that the one?", "Will one of those
 *   work for your audition?", "Is that the sort of thing you were after?", "¿Le sirve esta información?", and "Is that the
 *   march you mean?" / "Is that her interview?" right after the item is found; none in follow-up sessions;
 *  endings: the patron's "that's all i needed" / "that's everything" / "no, es todo"; a check-in then a notice that is also
 *   the goodbye; a check-in and then nothing; a check-in that also thanks ("Are you still there? Thanks so much for chatting
 *   with us.") and no notice; the patron's "ok thanks" last; a Lost Call with greeting, hold and a notice + invitation back
 *   but no check-in; a question limit ("only answer three questions per chat … reached your limit" + "Bye."); "several
 *   other patrons waiting … please chat back later" (allowed); Practice;
 *  follow-ups: by me with the e-mail read back and "by Thursday afternoon" (done in 30 h); by me by phone ("I'll call you at
 *   555-0186 on Monday morning", done in 50 h); a promise to e-mail with the e-mail given but no time, coded Answered
 *   (pending); by the patron's library "within two days" with the e-mail only in `patron.email` (not done by day 5);
 *  referrals: Special Collections with e-mail and phone; the rights holder through its licensing page (URL); a musicians'
 *   association "give them a call" with no number; "ask the Copyright Office" with no contact but a source's URL earlier in
 *   the message; an outside archive "ask them for a copy at <e-mail>"; the library's own media archive reading room "book
 *   at <URL> or call <phone>"; the library's music department by e-mail; websites of museums and the Copyright Office
 *   pointed to as sources only;
 *  transfers: notice + internal note before the transfer (pass), notice only (fail);
 *  concurrency: four at once (fail); three at most with one other session ending as this starts and one starting as it
 *   ends (pass); the receiving provider busy with three others only before the transfer (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - with `pickedUpAt` recorded before the first provider message, the patron's wait from pickup to that message is a span
 *   of waiting on the provider after pickup (keep_informed: 140 s fails), the part before pickup being pickup's alone;
 * - "Sorry about the wait!" apologises but greets no one (greeting needs hello, hi, welcome, thanks for contacting …);
 * - "Is that the one?", "Is that the march you mean?" and "Is that her interview?", asked right after the item is found, ask
 *   whether what was given is what the patron was looking for (completeness passes);
 * - a greeting followed by a separate hold, with the patron gone: the final idle starts at the greeting (the first provider
 *   message after the patron's last that is not a hold) and ends at the goodbye notice, 233 s: idle fails (no "still
 *   there?"), the notice passes; the greeting and hold are no substantive exchange (information checks na);
 * - a check-in that also thanks the patron is no Goodbye for the final idle (Terms), but closing.courteous asks only that
 *   one of the last two provider messages "thanks the patron", so it passes courteous;
 * - "request permission through their licensing page at <URL>" (the rights holder) and "You can view them by appointment in
 *   the Media Archive reading room; book at <URL> or call <phone>" (the library's own department) tell the patron to contact
 *   or visit a party: referrals, each reached; the URL of a source (the Internet Archive) given before "ask the Copyright
 *   Office" is no way to reach the Copyright Office;
 * - "someone from the library will contact you by email within two days" is a promise (a follow-up session), not a referral;
 *   the patron is not told to contact anyone;
 * - an e-mail or phone given by the patron in the chat and read back is confirmed; one only in `patron.email` is not.
 *
 * COUNTS. Written: 31 whole sessions, all 17 checks labelled in each before any was run (the labelled file was copied aside
 * before the first run). First run as labelled / disagreeing: 25 / 6. Label corrections: 1 (the audition session's
 * greeting: labelled pass, but its first two provider messages are "Sorry about the wait! I'm Dev, a librarian at Riverside
 * Public Library." and a question, and RUBRIC's greeting needs a greeting word; an apology is none: fail). Final: 26 running,
 * 5 LEFT (below, in LEFT_WHY): followup.completeness 2 ("Is that the march you mean?", "Is that her interview?"),
 * referral.contact 3 (two referrals not seen: "request permission through their licensing page", "You can view them … in
 * the Media Archive reading room; … or call …"; one false pass: a source's URL lent to "ask the Copyright Office").
 *
 * FINAL RUN (`--project scoring`, this file only): 31 tests passed (5 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you soon.`];

const MARTA: Prov = { id: 'marta', name: 'Marta (Music)', library: 'LKS' };
const KAI: Prov = { id: 'kai', name: 'Kai W.', library: 'WBK' };
const ROWAN: Prov = { id: 'rowan', name: 'Rowan', library: 'MBK' };
const GIO: Prov = { id: 'gio', name: 'gio_cedar', library: 'CED' };
const NADINE: Prov = { id: 'nadine', name: 'Nadine P', library: 'HCPL' };
const ORLA: Prov = { id: 'orla', name: 'Orla', library: 'DUN' };
const SUNITA: Prov = { id: 'sunita', name: 'Sunita R.', library: 'FVW' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'EST' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'RIV' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'GRN' };
const WREN: Prov = { id: 'wren', name: 'Wren T', library: 'NGT' };
const ANDRE: Prov = { id: 'andre', name: 'Andre', library: 'LKS' };
const MEI: Prov = { id: 'mei', name: 'Mei (Music Library)', library: 'LKS' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'BRK' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'OAK' };
const JUDE: Prov = { id: 'jude', name: 'Jude', library: 'PNC' };
const TRAINEE: Prov = { id: 'trainee', name: 'Trainee 4', library: 'TRN' };
const LEX: Prov = { id: 'lex', name: 'Lex', library: 'AAL' };
const SARAH: Prov = { id: 'sarah', name: 'Sarah', library: 'OPK' };
const NED: Prov = { id: 'ned', name: 'Ned', library: 'VAL' };
const OPAL: Prov = { id: 'opal', name: 'Opal', library: 'HWD' };
const PIA: Prov = { id: 'pia', name: 'Pia', library: 'ELM' };
const QUINN: Prov = { id: 'quinn', name: 'Quinn', library: 'EPT' };
const RAFA: Prov = { id: 'rafa', name: 'Rafa', library: 'SSD' };
const SOL: Prov = { id: 'sol', name: 'Sol', library: 'AUN' };
const TESS: Prov = { id: 'tess', name: 'Tess', library: 'BAY' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'RIV' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'KGP' };
const VERA: Prov = { id: 'vera', name: 'Vera', library: 'CLW' };
const YUSUF: Prov = { id: 'yusuf', name: 'Yusuf', library: 'MPW' };
const ZARA: Prov = { id: 'zara', name: 'Zara', library: 'HLC' };

export const arts: SessionCase[] = [
  // 1 sheet music, by the book; the patron says she is done
  s(MARTA, 'sheet music (Clair de lune): edition and format asked, IMSLP + catalogue call number, patron done', [
    [0, 'p', 'hi - looking for piano sheet music for Clair de Lune, something not too hard? grade 5ish'],
    [22, 'l', 'Good morning! This is Marta, music librarian at Lakeshore Public Library.'],
    [30, 'l', 'Do you want the original Debussy or a simplified arrangement? And do you need a printed copy, or is a PDF ok?'],
    [75, 'p', 'original is fine if its not crazy. pdf is fine, i can print'],
    [140, 'l', 'The original is in the public domain, so you can download it free from IMSLP: imslp.org, search "Suite bergamasque" (Clair de lune is the 3rd movement). We also have the Henle edition in the catalogue, call no. M25 .D4 S8, if you\'d like a cleaner printed score.'],
    [146, 'l', 'Does that give you what you need?'],
    [190, 'p', "yes!! that's all i needed, thank you so much"],
    [198, 'l', "You're very welcome. Thanks for chatting with us, and happy practising!"],
  ], usual()),

  // 2 Kanopy on a Roku: "one sec" then 173 s of nothing
  s(KAI, 'Kanopy on a Roku: "ok one sec" then 173 s before the activation steps', [
    [0, 'p', 'how do i get kanopy on my roku'],
    [35, 'l', 'Hi there, Kai at the Ask a Librarian desk, Westbrook Library. Happy to help.'],
    [41, 'l', 'Have you already set up a Kanopy account with your library card, or is this your first time?'],
    [90, 'p', 'i have it on my phone already'],
    [97, 'l', 'ok one sec, let me pull up the Roku steps'],
    [270, 'l', 'Sorry for the delay! On the Roku, add the Kanopy channel from the Roku Channel Store, open it and it shows a code. Then on your phone go to kanopy.com/activate, sign in and type the code. Did that work?'],
    [400, 'p', 'yep its on the tv now'],
    [405, 'l', 'Great! Anything else I can help with tonight?'],
    [440, 'p', 'no thats it'],
    [446, 'l', 'Enjoy the films, and thanks for using Ask a Librarian. Bye!'],
  ], usual({ informed: 'fail' })),

  // 3 permission to reuse a digitised photo: Special Collections with e-mail and phone
  s(ROWAN, 'photo reuse for a book: Special Collections with e-mail and phone, Copyright Office records URL', [
    [0, 'p', "Hello, I'm writing a local history book and want to use a 1920s photo of the Grand Theatre from your digital collection. Who do I ask for permission?"],
    [28, 'l', "Hello and welcome! My name is Rowan and I'm a reference librarian at Millbrook Public Library."],
    [36, 'l', "Is the book going to be sold commercially, or is it a free publication? And do you know the photo's ID number in the collection?"],
    [110, 'p', 'commercial, small press. ID is MPL-PH-0412'],
    [118, 'l', 'Thanks, let me look at that record.'],
    [210, 'l', "That photo belongs to our Special Collections department. For commercial use they need a permission request: email specialcollections@millbrooklibrary.org with the image ID and how you plan to use it, or call them at 555-0143. The record says the photographer's rights were never transferred, so they may also point you to the U.S. Copyright Office's records search at publicrecords.copyright.gov."],
    [216, 'l', 'Does that answer your question?'],
    [300, 'p', 'Yes, very helpful.'],
    [306, 'l', 'Is there anything else I can help you with?'],
    [350, 'p', 'No, thank you.'],
    [356, 'l', 'Thank you for contacting us, and good luck with the book!'],
  ], usual({ referral: 'pass' })),

  // 4 album credits, chat-speak provider; "give them a call" with no number
  s(GIO, 'album credits (1974 local LP): Discogs, then the musicians association "give them a call" with no contact', [
    [0, 'p', "who played bass on the 1974 album 'Harbor Lights' by the Kettle Creek Band? local band, can't find it anywhere"],
    [40, 'l', 'hey there! Gio here, librarian w/ Cedar County Library'],
    [46, 'l', 'do you have a physical copy w/ liner notes, or just the streaming version?'],
    [95, 'p', 'just spotify'],
    [102, 'l', 'gimme a min to search'],
    [190, 'l', "Discogs has the LP listed (discogs.com, search the band name) but the credits aren't filled in. Your best bet is the Cedar Valley Musicians Association, they kept session rosters for local recordings back then - give them a call."],
    [195, 'l', 'did that help at all?'],
    [250, 'p', 'kinda, ill try them. thx'],
    [256, 'l', 'np! come back anytime'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 5 films shot in the city: follow-up by me, e-mail read back, "by Thursday afternoon", done in 30 h
  s(NADINE, 'films shot in Baltimore: IMDb location search, annotated list promised by e-mail by Thursday (done in 30 h)', [
    [0, 'p', "I'm teaching a unit on films shot in our city. Is there a list of movies filmed in Baltimore?"],
    [18, 'l', "Good afternoon! I'm Nadine, a librarian with Harbor City Public Library."],
    [25, 'l', 'What grade level are your students, and are you looking for feature films only, or documentaries and TV too?'],
    [80, 'p', 'High school juniors. Features and TV both fine.'],
    [88, 'l', 'Let me check what we have.'],
    [180, 'l', 'IMDb\'s advanced title search lets you filter by filming location (imdb.com/search/title, then "Filming Locations": Baltimore). Our catalogue also tags DVDs with "Baltimore (Md.) -- In motion pictures". I\'d like to put together a proper annotated list with ratings for you, though, and that will take some digging.'],
    [186, 'l', 'Could I email it to you? What address should I use?'],
    [230, 'p', 'sure, jwoodard.teach@gmail.com'],
    [236, 'l', "Got it: jwoodard.teach@gmail.com. I'll send the list by Thursday afternoon."],
    [260, 'p', 'Great, thank you!'],
    [266, 'l', 'Thanks for reaching out, have a good day!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 6 oral histories: a promise to e-mail with no time, coded Answered
  s(ORLA, 'steelworker oral histories: museum website, "I\'ll get back to you by email", no time, coded Answered', [
    [0, 'p', 'Hi is there an oral history collection about the steel mill workers in Sparrows Point? maybe a podcast?'],
    [25, 'l', "Hi! I'm Orla, a librarian at Dundalk Branch Library."],
    [33, 'l', 'Are you after recordings you can listen to, or transcripts for research?'],
    [70, 'p', 'Listening. My grandfather worked there'],
    [78, 'l', 'One moment while I look.'],
    [160, 'l', 'The Baltimore Museum of Industry has an oral history project with steelworker interviews; some of them are on their website at thebmi.org. I think a university archive has more recordings too, but I need to confirm which one.'],
    [165, 'l', "I'll find out and get back to you by email. What's your email?"],
    [200, 'p', 'dmarek54@yahoo.com'],
    [206, 'l', 'Thanks! Talk soon.'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 7 museum pass: the patron goes quiet; check-in, then a notice that is also the goodbye
  s(SUNITA, 'museum pass for Saturday: answer at 170, "Are you still there?" at 305, notice + goodbye at 420', [
    [0, 'p', 'do you guys have passes for the science museum? how do i reserve'],
    [30, 'l', "Hello! You've reached Sunita at Fairview Public Library's chat."],
    [38, 'l', 'Which museum, the Maryland Science Center or a different one? Passes vary by museum.'],
    [85, 'p', 'yes the science center, for this saturday'],
    [92, 'l', 'Let me check availability for Saturday.'],
    [170, 'l', 'Saturday still has one pass left. You can reserve it at fairviewlibrary.org/museumpasses: log in with your card, pick the Science Center and the date. You pick it up at the circulation desk on Friday. Does that work for you?'],
    [305, 'l', 'Are you still there?'],
    [420, 'l', "It looks like you've disconnected, so I'll end this chat now. Thanks for contacting Fairview Library, and chat with us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 8 hoopla comics: a check-in and then nothing; no notice, no goodbye
  s(LEON, 'hoopla comics on an iPad: answer at 108, "Still with me?" at 250, session ends at 330 with nothing more', [
    [0, 'p', 'can I read graphic novels on hoopla? which ones count'],
    [45, 'l', 'Hi, this is Leon from the Eastside Library reference team!'],
    [50, 'l', 'Are you on a tablet or reading on a computer?'],
    [100, 'p', 'ipad'],
    [108, 'l', "On the iPad, install the hoopla app, search Comics, and every title with a Borrow button is available to you; each one uses one of your 5 monthly borrows. There's a help page at hoopladigital.com/help too."],
    [250, 'l', 'Still with me?'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 80 }),

  // 9 a play script for an audition: picked up after 98 s
  s(DEV, 'play script for an audition: queue, "hello?", picked up at 98 s with "Sorry about the wait! I\'m Dev, …" (no greeting), then clean', [
    [0, 'p', "Hi! I have an audition next week and need the script for 'The Glass Menagerie'. Does the library have it?"],
    queue(3, 2),
    [80, 'p', 'hello?'],
    [98, 'l', "Sorry about the wait! I'm Dev, a librarian at Riverside Public Library."],
    [105, 'l', 'Do you need the whole play, or just a monologue? And how soon do you need it?'],
    [140, 'p', 'whole play, by friday'],
    [148, 'l', 'Let me look in the catalogue.'],
    [215, 'l', "We have 3 copies of The Glass Menagerie (New Directions edition) on the shelf at Main, call number 812.52 WIL, and there's an e-book copy on Libby you could borrow right now. Will one of those work for your audition?"],
    [260, 'p', 'the libby one, perfect'],
    [266, 'l', 'Break a leg! Is there anything else I can find for you?'],
    [300, 'p', "nope that's everything"],
    [305, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 10 the library's own podcast; the provider has four chats at once
  s(FARAH, 'library podcast episode about a muralist: Farah has three other chats open 100-150 s (four at once)', [
    [0, 'p', "Where can I find the library's podcast about local artists? My friend was interviewed on it."],
    [14, 'l', 'Hi, Farah at Ask Greenfield Library here!'],
    [20, 'l', "Do you know roughly when the episode came out, or the artist's name?"],
    [60, 'p', 'last fall, Tomas Reyes the muralist'],
    [66, 'l', 'Checking…'],
    [130, 'l', "Found it: 'Studio Visits', episode 14, 'Tomas Reyes on painting walls', at greenfieldlibrary.org/podcast. It's also on Spotify and Apple Podcasts under the same name. Is that the one?"],
    [170, 'p', 'yes!! thank you'],
    [176, 'l', 'Anything else today?'],
    [200, 'p', 'no thats all'],
    [204, 'l', 'Thanks, have a great day!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'farah', -100, 150), other('f2', 'farah', 20, 300), other('f3', 'farah', 100, 500)],
  }),

  // 11 art image copyright (Van Gogh on T-shirts); three at most, one ending as this starts, one starting as it ends
  s(WREN, 'Van Gogh on T-shirts: public domain, MoMA terms, Rijksstudio; at most 3 open (edges touch only)', [
    [0, 'p', 'can i put a van gogh painting on t-shirts i want to sell? is that allowed'],
    [25, 'l', "Hello! I'm Wren, a librarian at Northgate Library. I can point you to some information, though I can't give legal advice."],
    [32, 'l', 'Do you know which painting, and where you found the image?'],
    [90, 'p', 'starry night, just from google images'],
    [96, 'l', 'Give me a moment.'],
    [200, 'l', "Van Gogh died in 1890, so the painting itself is in the public domain in the US. A photo of it may carry its own terms, though: MoMA owns The Starry Night and lists its image terms on moma.org. A safer route is an open-access image: the Rijksmuseum's Rijksstudio (rijksmuseum.nl/en/rijksstudio) lets you download high-resolution Van Gogh images free for any use, including commercial. Does that help?"],
    [260, 'p', 'yeah that helps a lot, thanks'],
    [266, 'l', 'Anything else I can look up for you?'],
    [300, 'p', 'no thats all'],
    [305, 'l', 'Thank you for chatting, and good luck with the shirts!'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wren', -600, 0), other('w2', 'wren', -50, 200), other('w3', 'wren', 100, 400), other('w4', 'wren', 310, 900)],
  }),

  // 12 band parts by a local composer: transfer to the music librarian done properly
  s(ANDRE, 'band parts (local composer): transfer notice + note to Mei; Mei busy only before she took it; music dept e-mail', [
    [0, 'p', 'im looking for the orchestral parts for a 1930s march by a local composer, Harold Fenwick, for our community band'],
    [20, 'l', "Hi, I'm Andre, a librarian at Lakeshore Public Library."],
    [26, 'l', "Do you need the full set of parts or just the conductor's score?"],
    [60, 'p', 'full set of parts if they exist'],
    [70, 'l', "Our music librarian, Mei, looks after the local composers' collection. I'm going to transfer you to her now, one moment."],
    [74, 'i', 'Transferring: patron needs band parts for a Harold Fenwick march (1930s), local composers collection. Thanks!'],
    xfer(76, 'Mei (Music Library)', 'mei'),
    [110, 'l', "Hi there, Mei here, music librarian at Lakeshore. I've read your question.", as(MEI)],
    [118, 'l', 'Let me check the Fenwick collection finding aid.', as(MEI)],
    [220, 'l', "We have the manuscript parts for 'Harbor Parade March' (1934) in the Fenwick Papers, box 3. They don't circulate, but we can scan them for you. The finding aid is at lakeshorelibrary.org/fenwick. Is that the march you mean?", as(MEI)],
    [300, 'p', "yes that's it! how do I get scans"],
    [310, 'l', "Email music@lakeshorelibrary.org with the box number and your band's name, and they'll set it up, usually within a week.", as(MEI)],
    [340, 'p', "perfect, thanks so much. that's all"],
    [346, 'l', 'My pleasure! Thanks for contacting us, goodbye.', as(MEI)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [other('m1', 'mei', -300, 60), other('m2', 'mei', -200, 70), other('m3', 'mei', -100, 75)],
  }),

  // 13 a 1950s local TV show: transfer announced, no note to the media archivist
  s(HUGO, '1950s local TV show: "transferring you to our media archivist", no internal note; reading-room visit with URL and phone', [
    [0, 'p', "do you have old episodes of 'Kiddie Korner', the local tv show from the 50s? my mom was on it"],
    [30, 'l', 'Hi! Hugo at the Ask Us chat, Brookdale Library.'],
    [36, 'l', 'Do you know the year your mom was on, roughly?'],
    [70, 'p', '1957 or 58'],
    [76, 'l', "Our media archivist knows the TV collection best, so I'm transferring you to her. Hang on a sec."],
    xfer(80, 'Rosa Diaz', 'rosa'),
    [120, 'l', 'Hello, this is Rosa, the media archivist at Brookdale.', ROSA],
    [126, 'l', 'Let me search the station collection.', ROSA],
    [230, 'l', 'We have 12 kinescopes of Kiddie Korner from 1957-58 in the WBDL-TV collection, but none are digitized. You can view them by appointment in the Media Archive reading room; book at brookdalelibrary.org/archives/appointments or call 555-0177. Would that work for you?', ROSA],
    [300, 'p', "yes i'll book one. thank you!"],
    [305, 'l', 'Anything else before you go?', ROSA],
    [330, 'p', 'no'],
    [336, 'l', 'Thank you, and I hope you spot your mom! Goodbye.', ROSA],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 14 film trivia: a question limit
  s(IRIS, 'film facts (Harvey, 1950): AFI Catalog, then "only three questions per chat ... reached your limit", "Bye."', [
    [0, 'p', "what year did the movie 'Harvey' come out"],
    [15, 'l', 'Hi, this is Iris, librarian at Oakridge Library.'],
    [20, 'l', 'The James Stewart film?'],
    [40, 'p', 'yes'],
    [48, 'l', 'It was released in 1950, per its record in the AFI Catalog of Feature Films (in our databases at oakridgelibrary.org/databases). Did that answer it?'],
    [70, 'p', 'yes. and who directed it? and what was the play it came from, and who wrote that?'],
    [90, 'l', "Henry Koster directed; it's based on Mary Chase's 1944 play of the same name, which won the Pulitzer."],
    [110, 'p', 'cool and can you tell me all the other movies jimmy stewart made in the 50s'],
    [118, 'l', "Sorry, we only answer three questions per chat and you've reached your limit."],
    [125, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 songwriter credits, a long list: other patrons waiting, come back later (allowed)
  s(JUDE, 'songwriter credits (Stormy Weather): ASCAP repertory; a list of songs, "other patrons waiting ... chat back later"', [
    [0, 'p', "who wrote the song 'Stormy Weather'?"],
    [20, 'l', "Good evening! Jude here, a librarian at Pinecrest Library's chat service."],
    [26, 'l', 'Do you mean the 1933 song sung by Ethel Waters and later Lena Horne?'],
    [50, 'p', 'yes that one'],
    [58, 'l', 'Music by Harold Arlen, lyrics by Ted Koehler. The ASCAP repertory (ascap.com/repertory) lists the writers and publishers. Is that what you were looking for?'],
    [90, 'p', "yes! ok what about 'over the rainbow' and 'come rain or come shine' and 'let's fall in love' and..."],
    [100, 'l', "Those are all Arlen songs too, and the ASCAP search will show each one's lyricist the same way. I have several other patrons waiting right now, so I'll need to wrap up, but please chat back later if you'd like me to go through more of them."],
    [130, 'p', 'ok fair enough'],
    [136, 'l', 'Thanks for understanding, goodnight!'],
  ], usual({ anything: 'fail' })),

  // 16 a lost call: greeting, a hold, the patron is gone; notice + goodbye, no check-in
  s(KAI, 'church song chords (Lost Call): greeting at 22, hold at 27, notice + goodbye at 255, no check-in', [
    [0, 'p', 'need the chords for a song for church sunday'],
    [22, 'l', "Hi, I'm Kai, a librarian at Westbrook Library."],
    [27, 'l', 'Let me take a look.'],
    [255, 'l', "It seems you've disconnected, so I'm going to end this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 a practice session
  s(TRAINEE, 'practice: a trainee asks about Kanopy (coded Practice)', [
    [0, 'p', 'test - does kanopy have the criterion collection?'],
    [10, 'l', 'Hi! Trainee 4 at the library, practising. Yes, see kanopy.com.'],
    [30, 'p', 'ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 a TV series on the streaming services: the patron's "ok thanks" is the last message
  s(LEX, 'BBC Pride and Prejudice on hoopla: patron\'s "ok thanks" last, no goodbye after it', [
    [0, 'p', "is the BBC series 'Pride and Prejudice' (1995) on any of the library streaming things"],
    [50, 'l', "Hello, you're chatting with Lex at the Ask a Librarian service."],
    [56, 'l', 'Which do you use more, Kanopy or hoopla?'],
    [100, 'p', 'hoopla i think'],
    [110, 'l', 'Searching...'],
    [190, 'l', 'hoopla has all 6 episodes of the 1995 Pride and Prejudice under TV (search "Pride and Prejudice 1995" in the app). Each episode counts as one borrow, though. Kanopy doesn\'t carry it.'],
    [196, 'l', 'Does that answer your question?'],
    [240, 'p', 'ok thanks'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 19 the provider names herself but greets no one
  s(SARAH, 'a jingle from a 1980s car ad: "Sarah, reference desk, Oak Park Library." with no greeting', [
    [0, 'p', "trying to find a song from a 1980s car commercial, goes like 'na na na ride'"],
    [20, 'l', 'Sarah, reference desk, Oak Park Library. What car brand was the commercial for, if you remember?'],
    [60, 'p', 'i think chevy, like 86 or 87'],
    [66, 'l', 'Let me dig a little.'],
    [180, 'l', "That sounds like Chevrolet's 'Heartbeat of America' campaign, which started in 1986. Duke University's ad archive (repository.duke.edu, search 'Chevrolet 1987') has many of those spots, so you can listen and check. Is that the one?"],
    [240, 'p', 'YES omg thats it'],
    [245, 'l', 'Ha, glad we found it! Anything else?'],
    [270, 'p', 'no thats all!'],
    [275, 'l', 'Have a good one, bye!'],
  ], usual({ greeting: 'fail' })),

  // 20 hoopla borrow limit answered at once, no question
  s(NED, 'hoopla monthly limit: answered straight away with the FAQ, no question asked', [
    [0, 'p', 'how many things can i borrow on hoopla a month?'],
    [16, 'l', 'Hi! Ned here from the Valley Library chat team.'],
    [30, 'l', 'Valley Library cardholders get 8 hoopla borrows each calendar month; the count resets on the 1st. You can see how many you have left under My Hoopla in the app, and the FAQ is at hoopladigital.com/faq.'],
    [36, 'l', 'Did that answer your question?'],
    [60, 'p', 'yes thanks! thats everything'],
    [66, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ clarify: 'fail' })),

  // 21 lyrics in a concert programme: the publisher, reached through its licensing page
  s(OPAL, 'lyrics in a choir programme: Sony Music Publishing via its licensing page, Copyright Office circular', [
    [0, 'p', "Hi, our choir wants to print the lyrics of 'Hallelujah' (Leonard Cohen) in our concert program. Do we need permission?"],
    [30, 'l', "Hello! I'm Opal, a librarian at Harwood Library. Good question."],
    [36, 'l', 'Will the program be printed on paper, or posted online as well? That can change things.'],
    [80, 'p', 'paper only, about 200 copies'],
    [86, 'l', 'Okay, one moment while I check.'],
    [200, 'l', "The song is still under copyright, so yes, printing the lyrics needs permission. Sony Music Publishing handles the rights: request permission through their licensing page at sonymusicpub.com (Contact > Licensing). The Copyright Office's circular on music (copyright.gov/circs/circ50.pdf) explains the basics too."],
    [206, 'l', 'Does that help?'],
    [260, 'p', "Yes, thanks, that's all I needed."],
    [266, 'l', 'Happy to help! Good luck with the concert, and thank you for contacting us.'],
  ], usual({ referral: 'pass' })),

  // 22 copyright of a 1940s painting: "ask the Copyright Office" with no contact
  s(PIA, '1940s painting copyright: Catalog of Copyright Entries on archive.org, "ask the Copyright Office" with no contact', [
    [0, 'p', 'how can i find out if an old painting by my great-uncle was ever copyrighted? 1940s'],
    [25, 'l', "Hi there, Pia from Elmhurst Library's Ask Us service."],
    [32, 'l', "Do you know the painting's title, and whether it was ever published, like in a catalogue or a magazine?"],
    [90, 'p', "title was 'Mill Pond at Dusk', shown in a gallery in 1948"],
    [96, 'l', 'Let me look into it.'],
    [190, 'l', "Registrations from the 1940s are mostly in the printed Catalog of Copyright Entries, which is scanned on the Internet Archive (archive.org, search 'Catalog of Copyright Entries 1948 works of art'). For a definite answer, you can ask the Copyright Office to do a search for you; they charge a fee."],
    [196, 'l', 'Does that get you started?'],
    [260, 'p', 'yes it does thanks'],
    [266, 'l', 'Anything else I can help with?'],
    [290, 'p', 'no'],
    [296, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  // 23 an oral history interview: a long search held every 95-105 s, a patron "?" inside it
  s(QUINN, 'grandmother\'s oral history (jazz clubs): holds at 102, 200, 305, a patron "?" at 150, found at 400', [
    [0, 'p', "I'm looking for an oral history interview with my grandmother, Rose Okafor, she was interviewed in the 80s about the jazz clubs on Pennsylvania Ave"],
    [30, 'l', "Good morning! I'm Quinn, a librarian with Eastport Library's Special Collections chat."],
    [38, 'l', 'Do you know who did the interview: a university, a museum, a radio station?'],
    [95, 'p', 'I think a college student project?'],
    [102, 'l', "Okay, I'll search a few archives, bear with me."],
    [150, 'p', '?'],
    [200, 'l', 'Still searching; the first two catalogues had nothing under her name.'],
    [305, 'l', 'Nearly there, checking one more collection.'],
    [400, 'l', "Found it! The 'Pennsylvania Avenue Jazz Oral History Project' (1986) at Harborview College's Langley Library has an interview with Rose Okafor. The finding aid is at archives.harborview.edu (search 'Okafor'). You can listen in their reading room or ask them for a copy at specialcollections@harborview.edu."],
    [406, 'l', 'Is that her interview?'],
    [470, 'p', "Oh my goodness, yes. Thank you so much. That's all I needed today."],
    [476, 'l', 'What a find! Thank you for chatting with us, and take care.'],
  ], usual({ referral: 'pass' })),

  // 24 ukulele books: the patron's new question answered 140 s later with no hold
  s(RAFA, 'ukulele tab books: a follow-on question at 110 answered at 250 with no word between', [
    [0, 'p', 'does the library have any books of sheet music for ukulele beginners?'],
    [20, 'l', 'Hi! Rafa at Southside Library chat here.'],
    [26, 'l', 'Do you read standard notation, or do you prefer chord charts / tabs?'],
    [60, 'p', 'tabs please'],
    [70, 'l', "Try 'Hal Leonard Ukulele Method, Book 1' (787.89 HAL, 4 copies in the catalogue) and 'The Daily Ukulele' songbook, which uses chord charts. Would those suit you?"],
    [110, 'p', 'ooh yes. can i get the daily ukulele as an ebook too?'],
    [250, 'l', "Sorry for the wait. Not as an e-book, unfortunately, but hoopla has 'Ukulele For Dummies' as an e-book with tabs. Does that help?"],
    [280, 'p', 'yes thanks, thats all for today'],
    [285, 'l', 'Happy strumming, and thanks for stopping by the chat!'],
  ], usual({ informed: 'fail' })),

  // 25 orchestra recordings: follow-up by the patron's library, e-mail only in patron fields, not done by day 5
  s(SOL, "1990s orchestra recordings: Millbrook's staff will e-mail \"within two days\", e-mail never said in chat, not done by day 5", [
    [0, 'p', "Hi, I'm looking for recordings of the Millbrook Community Orchestra concerts from the 1990s. My dad played violin."],
    [30, 'l', 'Hello, this is Sol, a librarian at the Maryland AskUsNow! chat service.'],
    [36, 'l', 'Which library do you usually use? Local recordings like that are usually kept by the local library.'],
    [80, 'p', 'Millbrook Public Library'],
    [86, 'l', "One moment, I'll look at their catalogue."],
    [170, 'l', "Millbrook's catalogue lists two cassette recordings of the orchestra (1993 and 1996) in their Local History Room, but the record doesn't say whether they've been digitized. I'll pass your question to Millbrook's staff, and someone from the library will contact you by email within two days."],
    [200, 'p', 'ok that would be great'],
    [206, 'l', 'Thanks for contacting AskUsNow! Goodbye!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'r.okoye@gmail.com', phone: null },
  }, { now: T0 + 5 * DAY }),

  // 26 pickedUpAt at 30 s, the first message at 170 s
  s(TESS, 'Criterion films: pickedUpAt 30 s, first message at 170 s (140 s waiting after pickup), Kanopy', [
    [0, 'p', 'Can I stream Criterion films through the library?'],
    [170, 'l', "Hi, thanks for waiting! I'm Tess, a librarian at Bayside Library."],
    [176, 'l', 'Are you looking for a particular film, or the Criterion Collection in general?'],
    [220, 'p', 'in general, i like old foreign films'],
    [228, 'l', "Kanopy carries a good part of the Criterion Collection: log in at bayside.kanopy.com with your library card and search 'Criterion'. You get 10 plays a month. Is that what you were after?"],
    [280, 'p', 'yes great'],
    [285, 'l', 'Anything else I can help with?'],
    [310, 'p', 'no thanks'],
    [315, 'l', 'Enjoy the films! Bye for now.'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(30) }),

  // 27 Spanish: classical guitar scores
  s(LUCIA, 'partituras de guitarra (Spanish): catálogo + IMSLP, "¿Le sirve?", "¿Necesita algo más?"', [
    [0, 'p', 'Hola, busco partituras de guitarra clásica para principiantes'],
    [25, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de Riverside.'],
    [32, 'l', '¿Prefiere libros impresos o partituras digitales que pueda descargar?'],
    [80, 'p', 'digitales si se puede'],
    [86, 'l', 'Un momento, por favor, estoy buscando.'],
    [170, 'l', "En nuestro catálogo está el 'Método de guitarra clásica' de Sagreras en formato digital (riversidelibrary.org/catalogo). También puede descargar gratis piezas de Sor y Carulli en imslp.org. ¿Le sirve esta información?"],
    [230, 'p', 'sí, muchas gracias'],
    [236, 'l', '¿Necesita algo más?'],
    [260, 'p', 'no, es todo'],
    [266, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
  ], usual()),

  // 28 British register: a local painter
  s(NADIA, 'local watercolourist (British): cuttings file + Art UK, "Is that the sort of thing you were after?", "that\'s everything"', [
    [0, 'p', 'Hiya, trying to find out about a local painter called Edith Marsh, she did watercolours of the harbour in the 1960s'],
    [35, 'l', "Hello! You're through to Nadia at Kingsport Libraries' Ask a Librarian."],
    [42, 'l', 'Are you after biographical info, or where to see her work?'],
    [90, 'p', 'both really, thinking of buying one of her paintings at auction'],
    [96, 'l', 'Right, bear with me a mo.'],
    [200, 'l', "Our local studies index has a cuttings file on her (kingsportlibraries.org.uk/localstudies, search 'Marsh, Edith'), and Kingsport Museum holds four of her harbour views, which you can see on Art UK at artuk.org. Is that the sort of thing you were after?"],
    [260, 'p', "Brilliant, that's everything I needed, ta"],
    [265, 'l', 'Lovely, cheers for getting in touch and good luck at the auction!'],
  ], usual()),

  // 29 women composers for a display: follow-up by phone, "Monday morning", done in 50 h
  s(VERA, 'women composers display: list promised by phone on Monday morning (phone given in chat), done in 50 h', [
    [0, 'p', 'Im putting together a display on local women composers for our senior center. can you help me find names?'],
    [28, 'l', "Hi, I'm Vera, a librarian at Clearwater Library, glad to help with that."],
    [34, 'l', 'What time period, and is it for a printed display or a talk?'],
    [80, 'p', 'any period. printed posters. i dont use email much'],
    [88, 'l', 'Let me have a look.'],
    [190, 'l', "To start: the 'Women Composers' database on our Research page (clearwaterlibrary.org/research) lists composers by state, and I see at least three connected to our county. I'd like to pull together a proper list with short bios for your posters."],
    [196, 'l', "Since you don't use email, could I phone you with it? What number is best?"],
    [240, 'p', '555-0186, mornings are best'],
    [246, 'l', "Great, I'll call you at 555-0186 on Monday morning with the list."],
    [270, 'p', 'wonderful thank you dear'],
    [276, 'l', "You're welcome! Thanks for chatting, talk to you Monday."],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }),

  // 30 a film poster in class: the patron leaves during a hold
  s(YUSUF, 'film poster for a class talk: fair use said, "one sec" hold, the patron leaves during it', [
    [0, 'p', "is there a way to get a copy of the movie poster art for 'the birds' for a class presentation? can i use it"],
    [20, 'l', 'Hi, Yusuf here, librarian at Maplewood Library chat.'],
    [26, 'l', 'Is the presentation just for your class, or will it be posted online?'],
    [60, 'p', 'just in class'],
    [68, 'l', 'Showing it in class is generally fine under fair use for teaching. Let me find a good-quality image source for you, one sec.'],
    left(95),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  })),

  // 31 gallery wall for a local artist: a check-in that also thanks; no disconnect notice
  s(ZARA, 'library gallery wall (linocuts): answer at 78, "Are you still there? Thanks so much for chatting with us." at 230, end 330', [
    [0, 'p', "how does a local artist get their work shown in the library's gallery wall?"],
    [20, 'l', "Hi! I'm Zara, the arts & programs librarian at Hillcrest Library."],
    [26, 'l', 'Are you an individual artist, or part of a group or class?'],
    [70, 'p', 'individual, i do linocut prints'],
    [78, 'l', 'Lovely. Exhibits are booked a year ahead through an application form at hillcrestlibrary.org/gallery. Fill it in with 5-10 images of your work; the exhibit committee reviews them each spring. Does that answer your question?'],
    [230, 'l', 'Are you still there? Thanks so much for chatting with us.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 100 }),
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'band parts (local composer): transfer notice + note to Mei; Mei busy only before she took it; music dept e-mail':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"). Message 9 (Mei, after the parts are found): "… The finding aid is at lakeshorelibrary.org/fenwick. Is that the march you mean?" asks whether what was given is what the patron wanted (RUBRIC: "Is that what you were looking for?"); the scorer takes "Is that the one (you mean)?" but not "Is that the <noun> you mean?" (v46 left it: v43\'s I15 keeps "Is that the Central branch you mean?" out on purpose, a question about the patron\'s own words that clarifies the need, and decision 019 keeps the earlier reading)',
  "grandmother's oral history (jazz clubs): holds at 102, 200, 305, a patron \"?\" at 150, found at 400":
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"). Message 9: "Is that her interview?", right after the interview is found (message 8); the scorer takes "Is that the one?" and "Is this the right painting?" but not "Is that her interview?"',
  '1950s local TV show: "transferring you to our media archivist", no internal note; reading-room visit with URL and phone':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 8 (Rosa): "You can view them by appointment in the Media Archive reading room; book at brookdalelibrary.org/archives/appointments or call 555-0177." tells the patron to visit (and call) the library\'s own department, which RUBRIC counts as a referral; "Please visit the Media Archive reading room …" is read, "You can view them … in the … reading room; … call …" is not',
  'lyrics in a choir programme: Sony Music Publishing via its licensing page, Copyright Office circular':
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "Sony Music Publishing handles the rights: request permission through their licensing page at sonymusicpub.com (Contact > Licensing)." tells the patron to ask the rights holder (an outside organisation) for permission, a referral, reached by URL; "contact them through …" and "ask them for permission" are read, "request permission through their licensing page" is not',
  '1940s painting copyright: Catalog of Copyright Entries on archive.org, "ask the Copyright Office" with no contact':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 5: "… scanned on the Internet Archive (archive.org, search \'Catalog of Copyright Entries 1948 works of art\'). For a definite answer, you can ask the Copyright Office to do a search for you; they charge a fee." The only URL is a source\'s (the Internet Archive), in an earlier sentence; the Copyright Office is given no contact. Without the archive.org URL, or with it in another message, the same sentence fails as labelled',
};
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('forty-fifth round (arts): music, arts, film and media, checked', () => {
  describeSessions('arts sessions', running(arts));
  describeLeft('arts', arts.filter((c) => c.name in LEFT_WHY));
});
