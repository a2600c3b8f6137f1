/**
 * Seventy-sixth round, theme YOUTUBE, STREAMING AND VIDEO MAKING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: starting a channel (a 13-year-old's first channel, a cheap camera or a phone,
 * a voiceover microphone, live-streaming a school concert), copyright and music (a Content ID claim on a guitar cover,
 * reaction videos and fair use, 1970s news clips in a festival documentary, royalty-free music for a school video, music
 * without blocks in Spanish, NASA footage), editing software and library studios (free editors at Pratt Central, a green
 * screen, subtitles for a grandmother, blurry Premiere exports, downloading a video to edit in Spanish, a studio closed for
 * repairs, booking a recording studio in Spanish, a studio booking form that errors), monetization rules for teens (a
 * daughter of 15 in Spanish, pay per thousand views, Partner Program thresholds, sponsors for a gaming channel, a 16-year-old's
 * sponsorships, a brand-deal scam, taxes on a cooking channel's $300) and camera loans (GoPro kits, tripods and clip mics,
 * teen editing workshops), plus a drone permit in a state park. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/s72/youtube-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a 35 s pickup, "Good morning! You've reached Ask Us Now, my name is Priya and I'm a librarian." (01); pickup at
 *   exactly 60 s (03: pass) and at 61 s (04: fail); `pickedUpAt` at 40 s with the first line at 95 s (12: pass, by the
 *   source's record); "Hi! What can I do for you today?" under the screen name "Media Desk", no one named (05: fail);
 *   "Thanks for contacting Ask a Librarian at Cecil County Public Library! Silas here." (16); Spanish "¡Buenas tardes! Le
 *   saluda Tomás, bibliotecario …" (02), "¡Hola! Soy Rhea, bibliotecaria …" (15), "¡Hola! Le atiende Ximena …" with the
 *   clarifying question in the same line (23); bilingual "¡Hola! Hi, I'm Ulises …" (18); chat-speak "hey there 👋" then
 *   "i'm Eli w/ the Calvert Library ask-a-librarian chat" over two lines (27: pass); a queue line and no provider ever (21);
 *  inquiry: own posting or a parent's help, the channel's stage, branch, own computers or a laptop, studio or take-home
 *   green screen, claim or strike, monetised or not, ads or sponsorships, clip age and station, commercial or personal,
 *   the son's age and branch, YouTube or class and the due date, a date for the studio, a library card, phone or camera
 *   tripod, USB or camera, subscriber count, platform, error text, resolution and bitrate, first tier or ad tier, phone
 *   model, phone or computer, clips or photos, pay up front or buy; a source straight after the greeting (08: fail);
 *  waits: a hold at 56 answered by a partial-result hold 114 s later and the answer exactly 120 s after that (06: pass);
 *   "Bear with me while I find something solid on fair use." answered 125 s later with "hello??" and a rude line in between
 *   (07: fail); a transfer notice answered 73 s later by the receiver (24) and 134 s later (25: fail); "sure, take ur time"
 *   with the patron back 245 s later (27: waiting on the patron, pass); "No problem, take your time!" before a final idle (19);
 *  endings: a true Lost Call with only a greeting, "¿Sigue ahí? Are you still there?" at 150 and a bilingual disconnect
 *   notice that invites the patron back at 270 (18: final idle 250 s, both pass); a check-in at 290 and a notice with thanks at
 *   420 (19: 264 s); a check-in then "Since I haven't heard back, I'll go ahead and close this chat. Thanks for chatting!"
 *   exactly 180 s after the answer (28: check-in pass, notice fail); a goodbye 119 s after the answer (29: na); a check-in and
 *   then nothing, `endedAt` 179 s after the answer (30: check-in pass, notice na, courteous fail); the patron's "ok thats
 *   everything thx" and their window closing as the end (09: courteous fails); "your time for this chat is up. I have to end
 *   it here." then "Bye." (22: dismissal fails, courteous passes); "En este momento tengo otros usuarios esperando, así que le
 *   pido que nos vuelva a escribir más tarde" (23: allowed); goodbyes "Good luck with the channel, and thanks for chatting with
 *   us! 🎬", "¡Hasta luego!", "Have fun filming, bye!", "Tell grandma hi, and thanks for stopping by!", "Happy flying …",
 *   "np! thx for chatting, good luck 🎥", "Take care and thanks for using Ask Us!"; patron-side "thats everything", "eso sería
 *   todo", "that is all I needed", "thats all", "no more questions", "es todo", "That is all.", "thats it for me", and "ya
 *   thanks", "yes thx", "wow ok", "ok" that do not count;
 *  sources: a book in the catalogue (01), a catalogue search and hold (03), lab pages, support.google.com/youtube pages
 *   (English and Spanish), the YouTube Studio Audio Library with the steps to reach it (13, 23), copyright.gov circulars and
 *   the Fair Use Index, fairuse.stanford.edu, a database through the library's site (19, 27), Libby, irs.gov, dnr.maryland.gov,
 *   faa.gov, ftc.gov, nasa.gov, LinkedIn Learning through bcpl.info; none (09: figures only, fail);
 *  referrals: the UMD copyright librarian by e-mail (07: pass); "get in touch with Maryland Lawyers for the Arts" with no
 *   contact (10: fail); the park office by phone beside the Park Service's page (11: pass); "stop by the Teen Zone desk at
 *   Wheaton" (12: the library's own department, no contact, fail); the Comptroller's office by street address (16: pass); not
 *   referrals: a Copyright Office circular (06), "Voy a pedirle al equipo de Silver Spring que le llame" (15) and "I'll pass
 *   your question to Frederick County and someone there will get back to you" (17), both staff consulted for the patron;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday evening", done in 40 h (13: pass); a promise to e-mail "once I
 *   hear back from the branch", e-mail read back, coded Answered (14: code and contact fail, on_time pending); FU_LIB in
 *   Spanish, a phone typed with spaces and read back with dashes, "a más tardar el miércoles", not recorded at day 4 (15:
 *   on_time fails); FU_ME with the e-mail only in `patron.email`, never in the chat, done at 80 h (16: code passes, contact
 *   and on_time fail); FU_LIB with no e-mail or phone anywhere (17: code and contact fail, on_time pending at day 1);
 *  codes: a true Lost Call (18); Lost Call after three patron lines (19); Practice (20); null with no provider (21); an empty
 *   string (30); the field left `undefined` (29: na);
 *  transfers: a visible notice (a hold) and an internal note that says why (24: pass); a visible notice and no note (25: fail);
 *  concurrency: three others open at 40-60 s, four at once (26: fail); one ending exactly at the start, two overlapping, one
 *   starting exactly at `endedAt` (27: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones RUBRIC lists ("¡Buenas tardes! Le saluda Tomás,
 *   bibliotecario", "¡Hola! Soy Rhea, bibliotecaria", "Le atiende Ximena"); "Thanks for contacting …" greets (16); "hey there
 *   👋" greets and "i'm Eli w/ the Calvert Library …" identifies (27); "Hi! What can I do for you today?" under the screen name
 *   "Media Desk" greets but names no one (05: fail);
 * - `pickedUpAt` is the pickup when the source records it, even when the first line comes later (12: 40 s, pass);
 * - the patron's "eso sería todo", "es todo", "thats all", "That is all." and "thats it for me" say explicitly that they are
 *   done (02, 15, 05/07/27, 16, 25: pass); "ya thanks", "yes thx", "wow ok", "ok" do not;
 * - "Want me to find you a video tutorial for it too?" offers more, it does not ask whether what was given meets the need
 *   (08: completeness fails); "Did that fix it?", "that answer ur q?", "Does that clear it up?", "¿Eso le responde la
 *   pregunta?", "¿Es lo que buscaba?", "¿Le sirve la página del laboratorio mientras tanto?" do ask it;
 * - "Okay, found YouTube's page on Content ID claims; still checking what it says about cover songs specifically." gives a
 *   partial result and says the search goes on: a hold (06), so the last span is 170 -> 290 = exactly 120 s, not longer;
 * - the Copyright Office's Circular 56A and the FAA's and FTC's pages are sources to read, not instructions to contact those
 *   agencies (06, 11, 22, 30: no referral from them);
 * - "stop by the Teen Zone desk at Wheaton and ask the teen librarian to sign him up" tells the patron to visit the library's
 *   own department: a referral, and a branch name is no address, phone, e-mail or URL (12: fail);
 * - "get in touch with Maryland Lawyers for the Arts" tells the patron to contact an organisation, and nothing reaches it
 *   (10: fail);
 * - "I'll e-mail you once I hear back from the branch about the reopening date" names no time: contact fails (14);
 * - "someone there will get back to you this week" is a promise that someone will contact the patron (a follow-up session)
 *   and staff consulted on the patron's behalf, not a referral (17); the same for Rhea asking the Silver Spring team to call (15);
 * - a patron e-mail only in `patron.email` makes a contact known for `resolution.code` but is not confirmed in the chat for
 *   `followup.contact` (16);
 * - "Since I haven't heard back, I'll go ahead and close this chat. Thanks for chatting!" says the session will end but not
 *   that the patron seems to have disconnected: a goodbye (the final idle ends at it: 60 -> 240 = 180 s) but not the notice
 *   (28: fail);
 * - the bilingual "Parece que se desconectó … It looks like you got disconnected, so I'll close this chat. ¡Vuelva cuando
 *   quiera!" invites the patron back without asking whether they are there: a goodbye and the notice (18);
 * - in the true Lost Call (18) the greeting, the check-in and the notice are the provider's only lines: no substantive
 *   exchange, the information checks na;
 * - "Bye." after the dismissal is a goodbye, so courteous passes while no_dismissal fails (22);
 * - `resolutionCode: undefined` is a field left out (no such key in the stored JSON): the source has no codes, na (29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: none (both disagreements reread against RUBRIC.md; the labels
 * stand).
 * Final: 28 running, 2 LEFT (LEFT_WHY): 23 (info.source: the Spanish steps to YouTube Studio's Biblioteca de audio not read as
 * a named resource, the English form in 13 is) and 28 (session.disconnect_notice: "Since I haven't heard back, I'll go ahead
 * and close this chat." read as saying the patron seems disconnected).
 * The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron
 * phone typed with spaces and read back with dashes, an e-mail only in patron.email, agency phone, e-mail and address beside
 * them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const PRIYA: Prov = { id: 'priya-yt', name: 'Priya', library: 'AUN' };
const TOMAS: Prov = { id: 'tomas-yt', name: 'Tomás', library: 'AUN' };
const GWEN: Prov = { id: 'gwen-yt', name: 'Gwen', library: 'HCPL-MD' };
const HAL: Prov = { id: 'hal-yt', name: 'Hal', library: 'EPFL' };
const MEDIADESK: Prov = { id: 'mediadesk-yt', name: 'Media Desk', library: 'MCPL' };
const IMANI: Prov = { id: 'imani-yt', name: 'Imani', library: 'AACPL' };
const JONAH: Prov = { id: 'jonah-yt', name: 'Jonah', library: 'BCPL' };
const KEIKO: Prov = { id: 'keiko-yt', name: 'Keiko', library: 'HCLS' };
const LENA: Prov = { id: 'lena-yt', name: 'Lena', library: 'CCPL-MD' };
const MARCO: Prov = { id: 'marco-yt', name: 'Marco', library: 'AUN' };
const NOOR: Prov = { id: 'noor-yt', name: 'Noor', library: 'WCFL' };
const OSCAR: Prov = { id: 'oscar-yt', name: 'Oscar', library: 'MCPL' };
const PALOMA: Prov = { id: 'paloma-yt', name: 'Paloma', library: 'PGCMLS' };
const QUINN: Prov = { id: 'quinn-yt', name: 'Quinn', library: 'FCPL-MD' };
const RHEA: Prov = { id: 'rhea-yt', name: 'Rhea', library: 'AUN' };
const SILAS: Prov = { id: 'silas-yt', name: 'Silas', library: 'CCPL-CE' };
const TALIA: Prov = { id: 'talia-yt', name: 'Talia', library: 'AUN' };
const ULISES: Prov = { id: 'ulises-yt', name: 'Ulises', library: 'AUN' };
const VIC: Prov = { id: 'vic-yt', name: 'Vic', library: 'SMCL' };
const TRAINEE: Prov = { id: 'trainee-yt', name: 'Trainee 3', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-yt', name: 'Queue', library: 'VRQ' };
const WES: Prov = { id: 'wes-yt', name: 'Wes', library: 'AUN' };
const XIMENA: Prov = { id: 'ximena-yt', name: 'Ximena', library: 'AUN' };
const YUSUF: Prov = { id: 'yusuf-yt', name: 'Yusuf', library: 'AUN' };
const BEA: Prov = { id: 'bea-yt', name: 'Bea', library: 'EPFL' };
const ZED: Prov = { id: 'zed-yt', name: 'Zed', library: 'AUN' };
const CAL: Prov = { id: 'cal-yt', name: 'Cal', library: 'BCPL' };
const DOT: Prov = { id: 'dot-yt', name: 'Dot', library: 'HCLS' };
const ELI: Prov = { id: 'eli-yt', name: 'eli.calvert', library: 'CCPL-CA' };
const FERN: Prov = { id: 'fern-yt', name: 'Fern', library: 'TCFL' };
const GIL: Prov = { id: 'gil-yt', name: 'Gil', library: 'GCPL' };
const HUGO: Prov = { id: 'hugo-yt', name: 'Hugo', library: 'ACLS' };

const s = session;

export const YOUTUBE: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 a first channel at 13: "You\'ve reached Ask Us Now, my name is Priya", parent helping asked, YouTube Help + a catalogue book, "thats everything"', [
    [0, 'p', 'hi so i want to start a youtube channel but im 13, am i allowed??'],
    [35, 'l', "Good morning! You've reached Ask Us Now, my name is Priya and I'm a librarian."],
    [41, 'l', 'Great question. Do you want to post the videos yourself, or would a parent be helping run the channel?'],
    [90, 'p', 'me mostly but my dad said he could help'],
    [97, 'l', "YouTube's own rule is that you have to be at least 13 to have your own account (older in some countries), and teens are asked to have a parent's OK. It's spelled out in the YouTube Help Center at support.google.com/youtube (search \"age requirements\"). We also have YouTube Channels For Dummies in the catalog if you want a step-by-step for setting one up."],
    [103, 'l', 'Does that cover what you wanted to know?'],
    [140, 'p', 'yes!! thats everything, thank youuu'],
    [146, 'l', 'Good luck with the channel, and thanks for chatting with us! 🎬'],
  ], usual()),

  // 02 Spanish throughout
  s(TOMAS, '02 a daughter of 15 earning from her channel (Spanish): channel stage asked, the Partner Program page in Spanish, "eso sería todo"', [
    [0, 'p', 'buenas tardes, mi hija quiere ganar dinero con su canal de youtube, ella tiene 15 años. se puede?'],
    [28, 'l', '¡Buenas tardes! Le saluda Tomás, bibliotecario del servicio Ask Us Now.'],
    [34, 'l', '¿Su hija ya tiene el canal abierto y con videos, o todavía lo está empezando?'],
    [80, 'p', 'ya tiene como 40 videos pero pocos suscriptores'],
    [88, 'l', 'Para ganar dinero con anuncios tiene que entrar al Programa de socios de YouTube. Los requisitos (suscriptores, horas de reproducción, y que una menor de edad necesita a un padre o tutor para la cuenta de AdSense) están en español en support.google.com/youtube/answer/72851?hl=es.'],
    [94, 'l', '¿Eso le responde la pregunta?'],
    [140, 'p', 'sí, muy claro. eso sería todo, muchas gracias'],
    [146, 'l', '¡Con mucho gusto! Gracias por comunicarse con nosotros. ¡Hasta luego!'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(GWEN, '03 GoPro kits for vlogging: pickup at exactly 60 s, branch asked, catalogue hold at hcplonline.org, "Anything else I can help with today?"', [
    [0, 'p', 'do yall lend out cameras? like a gopro or something for vlogging'],
    [60, 'l', "Hi there, this is Gwen at Harford County Public Library's Ask a Librarian."],
    [66, 'l', 'Which branch is closest to you? The kits live at a few locations.'],
    [95, 'p', 'abingdon'],
    [102, 'l', 'Abingdon has two GoPro kits and a Canon camcorder in our Library of Things. Search "GoPro kit" in the catalog at hcplonline.org and place a hold; they check out for 7 days and you need a card in good standing.'],
    [108, 'l', 'Did that help?'],
    [130, 'p', 'ya thanks'],
    [135, 'l', 'Anything else I can help with today?'],
    [160, 'p', 'nah im good'],
    [165, 'l', 'Have fun filming, bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(HAL, '04 free editors on the Central computers: pickup at 61 s, own computers or a laptop asked, the Digital Media Lab page', [
    [0, 'p', 'What free video editing software is on the computers at the central library? I need to edit a school project.'],
    [61, 'l', 'Hello, Hal from Ask a Librarian at Enoch Pratt Free Library here.'],
    [67, 'l', 'Will you be editing on our computers, or do you need something to install on your own laptop too?'],
    [110, 'p', 'on yours, I dont have a laptop'],
    [117, 'l', "The Digital Media Lab at Central has Macs with iMovie, DaVinci Resolve and Audacity; the lab's page with hours and booking is prattlibrary.org/digital-media-lab."],
    [122, 'l', 'Is that the kind of information you were after?'],
    [160, 'p', 'Yes, that is all I needed.'],
    [166, 'l', 'Thanks for using Ask a Librarian, good luck on the project!'],
  ], usual({ pickup: 'fail' })),

  // 05 no one named
  s(MEDIADESK, '05 a green screen (screen name "Media Desk"): "Hi! What can I do for you today?", no one named, Silver Spring lab page, "thats all"', [
    [0, 'p', 'can i use a green screen at the library? making a video for my tiktok/yt'],
    [18, 'l', 'Hi! What can I do for you today?'],
    [24, 'l', 'Are you hoping to book a studio, or borrow a green screen to take home?'],
    [60, 'p', 'book the studio i guess, is there one at germantown?'],
    [68, 'l', "Germantown doesn't have one, but the Silver Spring Digital Media Lab has a green screen wall and lights. Sign-up is online at montgomerycountymd.gov/library (Services > Digital Media Labs)."],
    [74, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes thank you thats all'],
    [115, 'l', 'Thanks, goodbye!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 114 s and exactly 120 s
  s(IMANI, '06 a Content ID claim on a guitar cover: hold at 56, partial-result hold at 170, answer at 290 (exactly 120 s), Circular 56A', [
    [0, 'p', 'my video got a copyright claim for a song i covered on guitar myself?? how is that fair'],
    [20, 'l', "Hi, I'm Imani, a librarian with Anne Arundel County Public Library. Sorry that happened!"],
    [26, 'l', 'Was it a claim (the video stays up but the ad money goes to the rights holder) or a strike (the video was taken down)?'],
    [50, 'p', 'claim i think, it says the song owner gets the money'],
    [56, 'l', 'Let me look into how covers are handled, one sec.'],
    [170, 'l', "Okay, found YouTube's page on Content ID claims; still checking what it says about cover songs specifically."],
    [290, 'l', "Here's the short version: even when you play it yourself, the song (the composition) still belongs to its writer, so a claim on a cover is normal. The U.S. Copyright Office explains this in Circular 56A on musical works, at copyright.gov/circs, and YouTube's \"Content ID claims\" help page (support.google.com/youtube) walks through disputing one if you think it's wrong."],
    [296, 'l', 'Is that what you were looking for?'],
    [330, 'p', 'ugh ok yes. guess ill leave it up then. no more questions'],
    [336, 'l', 'Thanks for chatting, and keep playing!'],
  ], usual()),

  // 07 a hold answered 125 s later; a rude patron; a referral by e-mail
  s(JONAH, '07 reaction videos and fair use: "Bear with me …" answered 125 s later, "r u even there", Fair Use Index + UMD copyright librarian by e-mail', [
    [0, 'p', 'is it legal to do reaction videos to movie trailers or will i get sued'],
    [22, 'l', 'Hello, this is Jonah at Baltimore County Public Library, Ask a Librarian.'],
    [28, 'l', 'Are you planning to monetize the channel, or is it just for fun for now?'],
    [60, 'p', 'monetize eventually'],
    [66, 'l', 'Bear with me while I find something solid on fair use.'],
    [120, 'p', 'hello??'],
    [150, 'p', 'r u even there this is taking forever'],
    [191, 'l', "Sorry for the wait! Reaction videos lean on fair use, which depends on how much of the trailer you show and how much you add. The U.S. Copyright Office's Fair Use Index at copyright.gov/fair-use has plain-language summaries of real cases, and Stanford's Copyright & Fair Use Center (fairuse.stanford.edu) has a section on YouTube. If you want a person to look at your plans, you can write to the University of Maryland's copyright librarian at copyright@umd.edu."],
    [197, 'l', 'Does that help you figure it out?'],
    [230, 'p', 'kinda. ok thats all'],
    [235, 'l', 'Thank you for your patience, take care!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 a source with no question first; an offer of more instead of the completeness question
  s(KEIKO, '08 subtitles for grandma: the steps straight after the greeting, "Want me to find you a video tutorial for it too?", "anything else"', [
    [0, 'p', 'how do i put subtitles on my youtube videos? my grandma cant hear them well'],
    [15, 'l', 'Hi! Keiko here from Howard County Library System 😊'],
    [21, 'l', "YouTube Studio has a Subtitles tab where you can upload a caption file or type them in; Google's step-by-step is at support.google.com/youtube/answer/2734796. It can also make automatic captions that you then fix up."],
    [27, 'l', 'Want me to find you a video tutorial for it too?'],
    [60, 'p', 'no its fine i can figure it out'],
    [66, 'l', 'Okay! Is there anything else I can help you with?'],
    [90, 'p', 'nope'],
    [94, 'l', 'Tell grandma hi, and thanks for stopping by!'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 09 no source; the patron ends it
  s(LENA, '09 pay per thousand views: ads or sponsorships asked, figures with no source, patron "ok thats everything thx" and leaves', [
    [0, 'p', 'how much does youtube pay per 1000 views'],
    [25, 'l', 'Hi, Lena at Ask a Librarian, Carroll County Public Library.'],
    [31, 'l', 'Are you asking about the money from ads on your own videos, or about sponsorship deals?'],
    [65, 'p', 'ads'],
    [72, 'l', "There isn't one fixed rate. Creators in the Partner Program get a share of the ad money (55% on long videos), and what advertisers pay changes with the topic, the viewers' country and the time of year, so most creators report somewhere between a dollar or two and a few dollars per thousand views."],
    [78, 'l', 'Does that answer your question?'],
    [110, 'p', 'ok thats everything thx'],
    left(118),
  ], usual({ source: 'fail', courteous: 'fail' })),

  // 10 a referral with no way to reach them
  s(MARCO, '10 1970s news clips in a festival documentary: clip age and station asked, Fair Use Index, "get in touch with Maryland Lawyers for the Arts"', [
    [0, 'p', 'im making a short documentary for a film festival and want to use clips from old news broadcasts. do i need permission?'],
    [30, 'l', 'Good afternoon! This is Marco, a librarian with the Ask Us Now statewide service.'],
    [36, 'l', 'Roughly how old are the clips, and do you know which station aired them?'],
    [90, 'p', '1970s, wbal i think'],
    [97, 'l', "Broadcasts from the 1970s are almost certainly still under copyright, so you'd need a licence or a strong fair use case. The Copyright Office's Fair Use Index (copyright.gov/fair-use) shows how courts have treated documentary uses. For advice on your specific film, I'd get in touch with Maryland Lawyers for the Arts, who help artists with exactly this."],
    [103, 'l', 'Did that help?'],
    [140, 'p', 'yes very helpful, thank you. that is everything'],
    [146, 'l', 'Best of luck at the festival, goodbye!'],
  ], usual({ referral: 'fail' })),

  // 11 a referral with a phone
  s(NOOR, '11 a drone video in Cunningham Falls State Park: commercial or personal asked, DNR page, "call the park office directly at 301-555-0160", faa.gov', [
    [0, 'p', 'Hi, I want to film a video with my drone at Cunningham Falls State Park for my channel. Do I need a permit?'],
    [20, 'l', 'Hello and thanks for contacting Washington County Free Library! I am Noor, a reference librarian.'],
    [26, 'l', 'Is this for a monetized channel (commercial) or personal use? The rules differ.'],
    [70, 'p', 'monetized'],
    [77, 'l', 'Commercial filming in Maryland state parks needs a special use permit; the Park Service\'s filming page is at dnr.maryland.gov/publiclands (look for "Film and Photography Permits"). Drones have extra rules, so call the park office directly at 301-555-0160 before you go. The FAA\'s rules for flying a drone for business are at faa.gov/uas.'],
    [83, 'l', 'Is that helpful?'],
    [120, 'p', 'Yes! Thanks so much, that is all I needed.'],
    [126, 'l', 'Happy flying, and thank you for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 12 pickedUpAt; a referral to the library's own department with no contact
  s(OSCAR, '12 teen editing classes: pickedUpAt 40 s, first line 95 s, age and branch asked, mcpl.libcal.com, "stop by the Teen Zone desk at Wheaton"', [
    [0, 'p', 'does the library have any youtube classes for teens? my son wants to learn editing'],
    [95, 'l', "Hello, I'm Oscar, a librarian at Montgomery County Public Libraries. Sorry for the short wait!"],
    [101, 'l', 'How old is he, and which branch is easiest for you?'],
    [140, 'p', '14, wheaton'],
    [147, 'l', 'The teen Video Editing Basics workshop runs Saturdays in March; details and registration are on the events calendar at mcpl.libcal.com (filter by Teens). For the loaner laptops with Premiere Rush, just stop by the Teen Zone desk at Wheaton and ask the teen librarian to sign him up.'],
    [153, 'l', 'Does that help?'],
    [180, 'p', 'yes thank you'],
    [185, 'l', 'Anything else I can look up for you?'],
    [205, 'p', 'no that was it'],
    [210, 'l', 'Have a great day and thanks for using MCPL chat!'],
  ], usual({ referral: 'fail' }), { pickedUpAt: at(40) }),

  // 13 follow-up by me, on time
  s(PALOMA, '13 royalty-free music for a school video (follow-up by me): Audio Library now, e-mail read back, "by Wednesday evening", done in 40 h', [
    [0, 'p', 'I need royalty free music for a school video project, like a list of sites that are actually safe to use'],
    [24, 'l', "Hi, Paloma here with Prince George's County Memorial Library System's Ask a Librarian."],
    [30, 'l', 'Is the video going on YouTube, or only shown in class? And when is it due?'],
    [75, 'p', 'youtube, due next friday'],
    [82, 'l', "For right now: the YouTube Audio Library (in YouTube Studio, left menu > Audio Library) is free to use on YouTube. I'd like to put together a short list of other safe sites with their licence terms and send it to you. What e-mail should I use?"],
    [130, 'p', 'kayla.m.reyes@example.com'],
    [137, 'l', 'Thank you, that is kayla.m.reyes@example.com. You will have the list by Wednesday evening.'],
    [143, 'l', 'Does the Audio Library work for you in the meantime?'],
    [180, 'p', 'yes that works, thanks'],
    [186, 'l', 'Is there anything else you need today?'],
    [205, 'p', 'no thats all'],
    [210, 'l', 'Thank you for chatting, goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 a promise to e-mail with no time, coded Answered
  s(QUINN, '14 the Thurmont studio closed for repairs: "I\'ll e-mail you once I hear back from the branch", e-mail read back, no time, coded Answered', [
    [0, 'p', 'is the podcast/video studio at the thurmont library open again? it said closed for repairs'],
    [20, 'l', 'Hi! Quinn at Frederick County Public Libraries here.'],
    [26, 'l', 'Are you hoping to book it for a specific date?'],
    [55, 'p', 'sometime next week if possible'],
    [62, 'l', "It's still closed; the studio page at fcpl.org/studios shows the current status. I'll e-mail you once I hear back from the branch about the reopening date so you can book. What address should I send it to?"],
    [100, 'p', 'dev.h.music@example.org'],
    [106, 'l', 'Got it: dev.h.music@example.org. Does that page answer what you needed for now?'],
    [140, 'p', 'yeah thanks, no more questions'],
    [145, 'l', 'Thanks, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 15 Spanish; follow-up by the patron's library, phone read back, not recorded at day 4
  s(RHEA, '15 booking the Silver Spring studio (Spanish, follow-up by patron\'s library): card asked, lab page, phone read back, "a más tardar el miércoles", not recorded at day 4', [
    [0, 'p', 'hola, quiero reservar el estudio de grabación de la biblioteca de silver spring para mi canal, como hago?'],
    [26, 'l', '¡Hola! Soy Rhea, bibliotecaria de Ask Us Now. Con gusto le ayudo.'],
    [32, 'l', '¿Tiene tarjeta de las bibliotecas de Montgomery County? Para reservar hace falta.'],
    [70, 'p', 'si tengo'],
    [77, 'l', 'La información del laboratorio está en montgomerycountymd.gov/library/digital-media-lab, pero las reservas las hace el personal de la sucursal. Voy a pedirle al equipo de Silver Spring que le llame para ayudarle a reservar. ¿A qué número le pueden llamar?'],
    [120, 'p', '301 555 0188'],
    [126, 'l', 'Gracias, tengo 301-555-0188. Alguien de Silver Spring le llamará a más tardar el miércoles.'],
    [132, 'l', '¿Le sirve la página del laboratorio mientras tanto?'],
    [170, 'p', 'si gracias, es todo'],
    [176, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 16 follow-up by me, e-mail only in the patron fields, done late; a referral by address
  s(SILAS, '16 taxes on a cooking channel\'s $300 (follow-up by me): IRS Pub 525, the Comptroller\'s office by address, e-mail only in patron.email, done at 80 h', [
    [0, 'p', 'Hello, I run a small cooking channel and want to know if I have to pay taxes on the YouTube money. It is like $300 a year.'],
    [30, 'l', 'Thanks for contacting Ask a Librarian at Cecil County Public Library! Silas here.'],
    [36, 'l', 'Are you in Maryland, and is the channel your only side income?'],
    [80, 'p', 'yes Maryland, and yes only that'],
    [87, 'l', "The IRS explains how hobby and self-employment income is reported in Publication 525, at irs.gov/pub525. For questions about your Maryland return you can visit the Comptroller's taxpayer service office at 301 W. Preston Street, Baltimore, MD 21201. I'll also look up the Maryland side and e-mail you what I find by tomorrow afternoon."],
    [93, 'l', 'Does the IRS publication help for now?'],
    [130, 'p', 'Yes, thank you. That is all.'],
    [136, 'l', 'Thank you, have a good day!'],
  ], usual({ contact: 'fail', onTime: 'fail', referral: 'pass' }), {
    ...FU_ME,
    patron: { name: null, email: 'g.whitcomb@example.com', phone: null },
    followUps: [{ doneAt: at(80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 17 follow-up by the patron's library with no contact anywhere
  s(TALIA, '17 phone tripods and clip mics in Frederick (follow-up by patron\'s library): Library of Things page, "someone there will get back to you this week", no contact', [
    [0, 'p', 'do you guys loan tripods and mics? for filming youtube stuff. im in frederick'],
    [22, 'l', 'Hi! This is Talia, librarian with the statewide Ask Us Now chat.'],
    [28, 'l', 'Are you looking for a phone tripod or one for a full-size camera?'],
    [60, 'p', 'phone one and a clip mic'],
    [67, 'l', "Frederick's Library of Things is searchable at fcpl.org/library-of-things; I see phone tripods there but I can't tell whether the mic kits are in. I'll pass your question to Frederick County and someone there will get back to you this week about the mics."],
    [73, 'l', 'Did the Library of Things page help?'],
    [100, 'p', 'yes thx'],
    [105, 'l', 'Anything else?'],
    [120, 'p', 'nope'],
    [125, 'l', 'Thanks for chatting, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 18 a true Lost Call
  s(ULISES, '18 downloading a video to edit (Spanish, true Lost Call): greeting only, "¿Sigue ahí? Are you still there?" at 150, bilingual notice at 270', [
    [0, 'p', 'hola como descargo un video de youtube para editarlo en la compu de la biblioteca'],
    [20, 'l', "¡Hola! Hi, I'm Ulises, a librarian with Ask Us Now. Con gusto le ayudo."],
    [150, 'l', '¿Sigue ahí? Are you still there?'],
    [270, 'l', "Parece que se desconectó, así que voy a cerrar este chat. It looks like you got disconnected, so I'll close this chat. ¡Vuelva cuando quiera!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after three patron lines
  s(VIC, '19 a voiceover mic under $100: hold at 61, Consumer Reports through stmalib.org, "brb", "take your time", check-in at 290, notice at 420, coded Lost Call', [
    [0, 'p', 'whats the best mic for recording voiceovers under $100? is there a review somewhere?'],
    [24, 'l', "Hello! I'm Vic, a librarian at St. Mary's County Library."],
    [30, 'l', 'Will you record at a desk into a computer (USB), or into a camera?'],
    [55, 'p', 'computer, usb'],
    [61, 'l', 'One moment while I pull up a review source.'],
    [135, 'l', "Consumer Reports has microphone reviews, and you can read it free with your library card from the Databases page at stmalib.org. Wirecutter's guide to USB microphones (nytimes.com/wirecutter) also has a budget pick."],
    [141, 'l', 'Does that help?'],
    [150, 'p', 'oh nice hold on my mom is calling me brb'],
    [156, 'l', 'No problem, take your time!'],
    [290, 'l', 'Are you still with me?'],
    [420, 'l', "It looks like you may have disconnected, so I'll end this chat now. Thanks for reaching out, and come back any time!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINEE, '20 practice session: a trainee testing a channel-setup macro, coded Practice', [
    [0, 'p', 'test: how do i set up a youtube channel'],
    [5, 'l', 'Hi, trainee here testing the macro. See support.google.com/youtube. Did that help?'],
    [20, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(QUEUE, '21 a 16-year-old\'s sponsorships: no provider ever joined, "hello? anyone", patron left, code null', [
    [0, 'p', 'can my 16 yr old get paid for youtube sponsorships or is that only for adults'],
    queueLine(4, 3),
    [140, 'p', 'hello? anyone'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 time is up
  s(WES, '22 sponsors for a gaming channel, then a list: "your time for this chat is up. I have to end it here." then "Bye."', [
    [0, 'p', 'hey so how do i get sponsors for my gaming channel'],
    [18, 'l', 'Hi, Wes with Ask Us Now, the Maryland libraries chat.'],
    [24, 'l', 'How many subscribers do you have right now, roughly?'],
    [55, 'p', 'like 900'],
    [62, 'l', "YouTube Secrets by Sean Cannell and Benji Travis has a chapter on landing your first sponsors; it's on Libby through most Maryland libraries (libbyapp.com). The FTC's rules for disclosing sponsored content are at ftc.gov/influencers."],
    [68, 'l', 'Did that help?'],
    [100, 'p', 'yeah but also how do i make a media kit, and what do i charge, and do i need an LLC, and how do taxes work for that'],
    [108, 'l', "Sorry, that's more than we can cover, and your time for this chat is up. I have to end it here."],
    [112, 'l', 'Bye.'],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 Spanish; other patrons waiting, come back later (allowed)
  s(XIMENA, '23 music without blocks (Spanish): platform asked, Biblioteca de audio in YouTube Studio, "tengo otros usuarios esperando … vuelva a escribir más tarde"', [
    [0, 'p', 'hola, necesito saber cómo poner música en mis videos sin que me los bloqueen'],
    [22, 'l', '¡Hola! Le atiende Ximena, bibliotecaria de Ask Us Now. ¿En qué plataforma publica sus videos?'],
    [60, 'p', 'youtube y a veces facebook'],
    [67, 'l', 'En YouTube puede usar la Biblioteca de audio, que es gratuita: entre a YouTube Studio y en el menú de la izquierda elija "Biblioteca de audio". Esas canciones se pueden usar sin reclamos.'],
    [73, 'l', '¿Es lo que buscaba?'],
    [110, 'p', 'sí! y también quiero saber cómo hacer miniaturas, cómo crecer el canal, cómo editar en el celular y cómo ganar dinero'],
    [118, 'l', '¡Son muchas preguntas! En este momento tengo otros usuarios esperando, así que le pido que nos vuelva a escribir más tarde para lo demás; con gusto le ayudaremos.'],
    [140, 'p', 'ok'],
    [145, 'l', '¡Gracias por su paciencia, hasta pronto!'],
  ], usual({ anything: 'fail' })),

  // 24 a transfer with a notice and a note that says why
  s(YUSUF, '24 the Pratt Central studio booking form errors: transfer notice at 77 + internal note why, Bea at 150 with prattlibrary.org/studio', [
    [0, 'p', 'I want to book the podcast and video studio at Central for my channel but the booking form keeps erroring out'],
    [20, 'l', 'Hello, Yusuf here, a librarian with the Ask Us Now statewide chat.'],
    [26, 'l', 'Is it the Pratt Central studio, and what does the error say?'],
    [70, 'p', 'yes pratt central, it says "no slots available" for every day'],
    [77, 'l', "Our Pratt colleagues run that booking system, so I'm transferring you to Bea at Pratt, who can check the calendar. Please hold a moment."],
    [80, 'i', 'Bea, pt cannot book the Central media studio, form shows "no slots" for all days; can you check the calendar and take the chat?'],
    xfer(84, 'Bea', 'bea-yt'),
    [150, 'l', 'Hi, this is Bea at Enoch Pratt Free Library! The studio calendar was paused for maintenance; bookings open again tomorrow at prattlibrary.org/studio.', as(BEA)],
    [156, 'l', 'Does that clear it up?', as(BEA)],
    [190, 'p', 'yes ok, thats all I needed thanks'],
    [195, 'l', "You're welcome, thanks for your patience and goodbye!", as(BEA)],
  ], usual({ transfer: 'pass' })),

  // 25 a transfer with a notice and no note; the receiver 134 s later
  s(ZED, '25 blurry Premiere exports: transfer notice at 86, no internal note, Cal at 220 (134 s), LinkedIn Learning via bcpl.info, "thats it for me"', [
    [0, 'p', 'do u have anyone who knows about adobe premiere? my exports keep coming out blurry'],
    [25, 'l', 'Hi! Zed here, a librarian at Ask Us Now.'],
    [31, 'l', 'What resolution and bitrate are you exporting at, do you know?'],
    [80, 'p', '1080p idk the bitrate'],
    [86, 'l', "I'm going to send you over to Cal at Baltimore County, who runs their media lab. Hang on."],
    xfer(90, 'Cal', 'cal-yt'),
    [220, 'l', "Hey, Cal at BCPL's media lab. Blurry exports are usually a low bitrate; try VBR 2-pass at 16 Mbps for 1080p. LinkedIn Learning (free with your BCPL card at bcpl.info/elearning) has a Premiere course with a whole export chapter.", as(CAL)],
    [226, 'l', 'Did that fix it?', as(CAL)],
    [300, 'p', 'yes!! way sharper now. thats it for me'],
    [305, 'l', 'Awesome, thanks for chatting!', as(CAL)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 26 four at once
  s(DOT, '26 Partner Program thresholds: first tier or ad tier asked, the help page, three other chats open at 40-60 s (four at once)', [
    [0, 'p', 'what is the youtube partner program minimum now, i heard it changed'],
    [20, 'l', 'Hi there! Dot here, librarian at Howard County Library System.'],
    [26, 'l', 'Are you asking about the first tier (fan funding, like memberships) or the ad revenue tier?'],
    [60, 'p', 'ad revenue'],
    [67, 'l', 'For ad revenue you need 1,000 subscribers plus either 4,000 public watch hours in the last 12 months or 10 million Shorts views in 90 days. YouTube keeps the current numbers on its "YouTube Partner Program overview" help page at support.google.com/youtube.'],
    [73, 'l', 'Does that answer it?'],
    [100, 'p', 'yep thats all i needed'],
    [105, 'l', 'Great, good luck and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('d1', 'dot-yt', -200, 60), other('d2', 'dot-yt', -50, 300), other('d3', 'dot-yt', 40, 500)],
  }),

  // 27 three at most, touching ends; chat-speak; greeting over two lines; the patron away 245 s
  s(ELI, '27 a cheap camera or the phone (chat-speak): "hey there 👋" + "i\'m Eli w/ …", "brb", "sure, take ur time", back 245 s later; three at most', [
    [0, 'p', 'yo whats a good cheap camera for starting a yt channel, or should i just use my phone'],
    [12, 'l', 'hey there 👋'],
    [16, 'l', "i'm Eli w/ the Calvert Library ask-a-librarian chat"],
    [21, 'l', 'what phone do u have? some are honestly better than a cheap camera lol'],
    [50, 'p', 'brb gotta check the model'],
    [55, 'l', 'sure, take ur time'],
    [300, 'p', 'ok its an iphone 12'],
    [307, 'l', "an iphone 12 shoots great 4k, i'd start there + a $20 clip mic. Consumer Reports' camera ratings are free w/ ur library card thru calvertlibrary.info > Research if u want to compare later"],
    [312, 'l', 'that answer ur q?'],
    [340, 'p', 'ya ty thats all'],
    [344, 'l', 'np! thx for chatting, good luck 🎥'],
  ], usual(), {}, {
    otherIntervals: [other('e1', 'eli-yt', -100, 0), other('e2', 'eli-yt', -30, 200), other('e3', 'eli-yt', 100, 400), other('e4', 'eli-yt', 349, 600)],
  }),

  // 28 final idle exactly 180 s: check-in, then an ending that does not say the patron seems disconnected
  s(FERN, '28 livestreaming a school concert: answer at 60, "Are you still there?" at 150, "Since I haven\'t heard back, I\'ll go ahead and close this chat." at 240', [
    [0, 'p', 'how do i livestream a school concert on youtube, the band director asked me'],
    [20, 'l', 'Hi, Fern from Talbot County Free Library, happy to help.'],
    [26, 'l', 'Will you stream from a phone, or from a computer with a camera plugged in?'],
    [50, 'p', 'phone'],
    [60, 'l', 'YouTube lets you go live from the mobile app once the channel is verified and has no live-streaming restrictions; the steps are on the "Live stream on mobile" help page at support.google.com/youtube. Does that help?'],
    [150, 'l', 'Are you still there?'],
    [240, 'l', "Since I haven't heard back, I'll go ahead and close this chat. Thanks for chatting!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 29 final idle 119 s; the code field left out
  s(GIL, '29 NASA clips in space videos: clips or photos asked, nasa.gov guidelines with "Did that answer it? … anything else?", goodbye 119 s later, code left out', [
    [0, 'p', 'can i use clips from nasa in my space videos? are they copyrighted'],
    [20, 'l', 'Good afternoon! Gil here, librarian at Garrett County Public Library.'],
    [26, 'l', 'Are they video clips or photos you want to use?'],
    [45, 'p', 'both'],
    [52, 'l', "Most NASA imagery and footage isn't copyrighted, but NASA asks that you not use its logo in a way that suggests endorsement; the rules are on NASA's Media Usage Guidelines page, nasa.gov/nasa-brand-center/images-and-media. Did that answer it? And can I help with anything else?"],
    [171, 'l', 'Okay, looks like you have what you need. Take care and thanks for using Ask Us!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 30 a check-in and then nothing: final idle 179 s to endedAt; code ""
  s(HUGO, '30 a brand-deal scam at 15: pay up front asked, consumer.ftc.gov, "Hey, are you still there?" at 190, endedAt 179 s after the answer, code ""', [
    [0, 'p', 'im 15 and i got a brand deal offer email, is it a scam? they want me to pay for "promo"'],
    [22, 'l', "Hi, I'm Hugo, a librarian at Allegany County Library System."],
    [28, 'l', 'Did they ask you to pay them money up front, or to buy their product?'],
    [60, 'p', 'pay them $50 to "unlock" the deal'],
    [68, 'l', "That's a classic scam: real sponsors pay you, not the other way around. The FTC's consumer advice site, consumer.ftc.gov, has a page on spotting fake influencer and job offers. Does that help?"],
    [190, 'l', 'Hey, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: '', endAfter: 57 }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => YOUTUBE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('23')]:
    'info.source: expected pass, got fail ("answered without any URL, named resource or contact"). Message 3: "En YouTube puede usar la Biblioteca de audio, que es gratuita: entre a YouTube Studio y en el menú de la izquierda elija \"Biblioteca de audio\"" names YouTube\'s Audio Library with the steps to reach it, in Spanish (the English form in 13 counts) (RUBRIC info.source: "a named resource (a database, the catalogue, a guide, a book, a web page with the steps to reach it)").',
  [byNo('28')]:
    'session.disconnect_notice: expected fail, got pass ("told the idle patron they seem disconnected and that the session will end"). Message 6: "Since I haven\'t heard back, I\'ll go ahead and close this chat. Thanks for chatting!" says the chat will end for want of a reply, not that the patron seems to have disconnected (RUBRIC session.disconnect_notice: "the provider told the patron that they seem to have disconnected and that the session will end").',
};

describe('seventy-sixth round: youtube, streaming and video making, checked', () => {
  describeSessions('whole sessions', YOUTUBE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', YOUTUBE.filter((c) => c.name in LEFT_WHY));
});
