/**
 * Fiftieth round, theme OBITUARIES, DEATH NOTICES AND LOCAL NEWSPAPERS, checked: 30 whole sessions no one had written, from
 * public library "ask a librarian" chats: finding an obituary or death notice (1894 to 2015, small-town weeklies to the
 * Post-Gazette, the Sun, the Evening Star, La Opinión), obituary indexes, newspaper databases (NewsBank, ProQuest Historical
 * Newspapers, state digital newspaper hubs, Google News Archive, Legacy.com) and microfilm, funeral home records (open and
 * closed homes), cemetery and burial records (Find a Grave, a sexton, a diocesan cemetery office, ABMC and the VA gravesite
 * locator, a county cemetery index, death certificates on FamilySearch and from state vital records), printing copies (the
 * microfilm reader, colour prints, reprints bought from the paper). Every one of the 17 checks labelled in every session
 * before it was run (the labels copied aside to /tmp/fiftiethRoundObituaries-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Hi! This is Norma, a librarian with …" + condolences; a patron "hello?" before an 85 s pickup whose greeting
 *   names no one ("Hi there, how can I help?" under the screen name "Chat Desk 3": fail); Spanish "Le atiende Lupe,
 *   bibliotecaria de …"; "Good afternoon!" + "I'm Gwen …" split over two lines with `pickedUpAt` at 40 s and the first line at
 *   90 s; curt chat-speak "hi, hank @ lubbock public library" (name and library in the text: pass); a statewide provider
 *   "I'm not at Frostburg, but I can help";
 *  inquiry: name and date of death, which funeral home, which Oak Hill, which month, overseas or not, genealogy or estate,
 *   paper or online; a question asked only after a source given in the greeting (fail); a question whose explanation mentions
 *   where records go ("When one closes, its records sometimes go to another home or to a local archive": LEFT); a question and
 *   no source ever (pass);
 *  waits: holds at ~90-115 s intervals (pass); "ok, one sec, searching" then 150 s (fail); "Of course, take your time." before
 *   a 234 s patron absence, then holds at 336 and 440 and the answer at 545 (pass); a silent transfer with the receiver 150 s
 *   after the patron (fail); a receiver's greeting that is a hold ("Looking at the 1894 Ridgeway Sentinel now.");
 *  endings: "Thats everything.", "no, es todo", "no more questions", "that is all", "thats all i wanted to know" (patron done);
 *   "ok thanks", "yes thank you", "oh ok found it on newsbank thx" (not done); goodbyes "Take care, and thanks …", "Que tenga
 *   buena tarde", "Have a good night!", "Take good care of yourself.", "Wonderful. Bye now!"; a curt "k" (courteous fails);
 *   "Sorry, your 15 minutes are up. You can search the rest yourself." (dismissal); "other patrons waiting … chat back in later …
 *   or call our Genealogy desk at 316-555-…" (allowed); a Lost Call with check-in at 160 and a notice that invites back at 250;
 *   a goodbye 130 s after the answer with no check-in (idle fails, disconnect na); a check-in at 250 then "I am going to close
 *   this chat now." at 400 (announces the end, says nothing of a disconnection: notice fails, courteous fails);
 *  sources: URLs, database paths ("wcfl.example.org > Research > Newspaper Archive"), FamilySearch collection by name and URL;
 *   an explanation of why no obituary exists, with no source (fail);
 *  referrals: a funeral home by phone; the cemetery sexton with no contact, in a message that also gives findagrave.com (LEFT);
 *   Georgia Vital Records by URL; a Catholic Cemetery office by phone; the newspaper's Customer Service by phone and URL; the
 *   library's Genealogy desk by phone;
 *  follow-ups: FU_ME e-mail read back "by Friday", done in 30 h; FU_ME e-mail read back, no time, not done by day 5; FU_ME
 *   phone read back "by Monday", done after 90 h; FU_LIB with the e-mail only in `patron.email` ("the address you signed in
 *   with"), "within 3 days", pending; a promise "by tomorrow noon" coded Answered, done in 10 h; FU_ME with no contact anywhere
 *   (code fails, contact fails, pending);
 *  codes: a true Lost Call; Lost Call after three patron lines; empty string; Practice;
 *  transfers: notice (a hold) + note saying why (pass); note only, the patron told by the receiver after it (fail);
 *  concurrency: four at once (fail); others ending exactly at startedAt and starting exactly at endedAt, three at most (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "you would need to contact the cemetery sexton" tells the patron to contact a person outside the chat: a referral; the
 *   findagrave.com URL in the same message reaches Find a Grave (a source), not the sexton;
 * - "call their Customer Service" (the newspaper), "call our Genealogy desk" (own library's department, told to contact it),
 *   "contact the Catholic Cemetery office", "order one from the Georgia Vital Records office at …" are referrals, each reached;
 * - "You can print it … from any of our public computers" and "download the page as a PDF" send the patron to no person or
 *   office: no referral;
 * - "Does the Legacy page have him?" and "Did you find him?" ask whether the source already given meets the need (completeness
 *   pass); "Are you looking for something in particular?" is a question about the need, neither completeness nor "anything
 *   else";
 * - "Que tenga buena tarde", "Have a good night!", "Have a good evening!", "Take good care of yourself." and "take care" say
 *   goodbye; "I am going to close this chat now." only announces the end (RUBRIC Terms, Goodbye);
 * - "oh ok found it on newsbank thx" says the patron found it, not explicitly that they are done; "no, es todo" does;
 * - a clarifying question whose explanation says where records of closed funeral homes go ("another home or … a local
 *   archive", unnamed, no way to reach) gives no source;
 * - a Lost Call whose provider lines are only a greeting, a check-in and a disconnect notice has no substantive exchange; its
 *   final idle runs from the greeting (the first non-hold provider line after the patron's) to the notice-goodbye (215 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 0.
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 05: the sexton referred to with no contact read as reached (pass; RUBRIC fail: the only URL in the
 *    message is Find a Grave's);
 *  - inquiry.clarify, case 08: "When one closes, its records sometimes go to another home or to a local archive." (the reason
 *    given for the question) read as the first source (fail; RUBRIC pass);
 *  - followup.completeness, case 11: "Does the Legacy page have him?" not read as asking whether the source meets the need
 *    (fail; RUBRIC pass);
 *  - closing.anything_else, case 13: "Are you looking for something in particular?" read as the anything-else question (pass;
 *    RUBRIC fail).
 * Every timing check (pickup with and without `pickedUpAt`, keep_informed across holds, "take your time", internal and transfer
 * lines, idle and disconnect spans, concurrency at touching ends, on_time done / late / pending / not done by day 5) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails and a
 * patron phone typed in the chat and read back, an e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 *
 * ON V49 (block O, after this file was labelled on v48): case 11 (O7: "Does the Legacy page have him?") reads as labelled: 27
 *   running, 3 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, P, session, xfer } from './provider-lines';

const HOUR = 3600;
const s = session;

const NORMA = P('norma', 'Norma', 'WCFL');
const DES = P('des', 'Des', 'TLCPL');
const DESK3 = P('desk3', 'Chat Desk 3', 'MCPL');
const LUPE = P('lupe', 'Lupe', 'LAPL');
const GIL = P('gil', 'Gil', 'LKPL');
const HAROLD = P('harold', 'Harold', 'DCPL');
const PETRA = P('petra', 'Petra', 'AML');
const GRACE = P('grace-n', 'Grace', 'NPL');
const KWAME = P('kwame', 'Kwame (statewide)', 'STATE');
const YUSUF = P('yusuf', 'Yusuf', 'DPL');
const REGGIE = P('reggie', 'Reggie', 'MGRL');
const FRAN = P('fran', 'Fran', 'RPL');
const OZZIE = P('ozzie', 'Ozzie', 'KPL');
const BRENT = P('brent', 'Brent', 'PPL');
const CELIA = P('celia', 'Celia', 'WPL');
const MIRA = P('mira', 'Mira', 'RWPL');
const ELLIS = P('ellis', 'Ellis', 'RWPL');
const NOAH = P('noah', 'Noah', 'ACCL');
const TAMSIN = P('tamsin', 'Tamsin', 'ACCL');
const WANDA = P('wanda', 'Wanda', 'SGCL');
const XAVIER = P('xavier', 'Xavier', 'ACPL');
const YOLANDA = P('yolanda', 'Yolanda', 'CLP');
const ZELDA = P('zelda', 'Zelda', 'HCL');
const AMOS = P('amos', 'Amos', 'EPFL');
const BETTINA = P('bettina', 'Bettina', 'KSL');
const CYRUS = P('cyrus', 'Cyrus', 'EPL');
const DELIA = P('delia', 'Delia', 'BPL');
const ESME = P('esme', 'Esme', 'GCL');
const TRAINER = P('trainer-o', 'Training', 'TRN');
const FELIPE = P('felipe', 'Felipe', 'PHX');
const GWEN = P('gwen', 'Gwen', 'HCPL');
const HANK = P('hank', 'hank_lpl', 'LPL');

export const fiftiethRoundObituaries: SessionCase[] = [
  // 01 obituary index + newspaper database, all well
  s(NORMA, '01 grandpa\'s 1987 obit: name and date asked, obituary index then the Newspaper Archive database, "thats all i needed"', [
    [0, 'p', 'hi im trying to find my grandpas obituary, he died in 1987 in Hagerstown'],
    [25, 'l', "Hi! This is Norma, a librarian with Washington County Free Library. I'm sorry for your loss."],
    [31, 'l', 'Do you know the exact date he died, and his full name? The paper usually ran obits a day or two after.'],
    [80, 'p', 'Walter James Kline, march 3 1987 i think'],
    [86, 'l', 'Thanks, let me check our obituary index.'],
    [170, 'l', 'Found him: our Obituary Index lists The Morning Herald, March 5, 1987, page B4. That page is in our Newspaper Archive database: wcfl.example.org > Research > Newspaper Archive, search "Kline" and 1987.'],
    [176, 'l', 'Is that the one you were looking for?'],
    [230, 'p', 'yes!! thats him. can i print it?'],
    [236, 'l', 'Yes, the database lets you download the page as a PDF, and you can print that at home.'],
    [270, 'p', 'great thats all i needed, thanks so much'],
    [276, 'l', 'You are very welcome. Thanks for chatting with us!'],
  ], usual()),

  // 02 funeral home by phone
  s(DES, '02 aunt buried 2004, no obituary: the library\'s obit index URL, "call Walker Funeral Home at 419-555-…", "Thats everything."', [
    [0, 'p', 'Hello. My aunt died in 2004 in Toledo and nobody in the family knows where she is buried. How do I find out?'],
    [40, 'l', "Good afternoon, you've reached Des at the Toledo Lucas County Public Library's Ask a Librarian."],
    [46, 'l', 'Do you know which funeral home handled it, or do you have her obituary?'],
    [120, 'p', 'no obituary. i think it was Walker funeral home'],
    [126, 'l', 'One moment while I look a couple of things up.'],
    [220, 'l', "Two routes. Our Toledo Blade obituary index at toledolibrary.example.org/obits covers 2004, so search her name there first; obits usually name the cemetery. Second, funeral homes keep their records for decades: call Walker Funeral Home at 419-555-0176 and ask for the 2004 record, they'll usually tell family the place of burial."],
    [226, 'l', 'Does that give you a place to start?'],
    [300, 'p', 'Yes. Thank you. Thats everything.'],
    [306, 'l', 'Take care, and thanks for chatting with us.'],
  ], usual({ referral: 'pass' })),

  // 03 late pickup, a greeting that names no one
  s(DESK3, '03 1962 death notice: patron "hello?", picked up at 85 s with "Hi there, how can I help?" under a screen name', [
    [0, 'p', 'do you have old issues of the Daily Sentinel? looking for a death notice from 1962'],
    [20, 'p', 'hello?'],
    [85, 'l', 'Hi there, how can I help?'],
    [91, 'l', 'Which month in 1962, and do you know the name?'],
    [150, 'p', 'Ruth Ann Dobbs, sometime in august'],
    [156, 'l', 'The Daily Sentinel for 1962 is in the Colorado Historic Newspapers Collection, coloradohistoricnewspapers.org: search Dobbs, limit the dates to August 1962 and the title to the Daily Sentinel.'],
    [162, 'l', 'Did that help?'],
    [220, 'p', 'found it thank you!!'],
    [226, 'l', 'Anything else today?'],
    [250, 'p', 'no'],
    [255, 'l', 'Have a good one, bye!'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 04 Spanish
  s(LUPE, '04 obituario en La Opinión 1995 (Spanish): "¿Es lo que buscaba?", "no, es todo", "Que tenga buena tarde"', [
    [0, 'p', 'Hola buenas tardes, busco el obituario de mi abuela que salió en La Opinión en 1995'],
    [30, 'l', '¡Buenas tardes! Le atiende Lupe, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [36, 'l', '¿Sabe la fecha aproximada del fallecimiento y el nombre completo de su abuela?'],
    [100, 'p', 'Maria Guadalupe Reyes, murio en junio de 1995'],
    [106, 'l', 'Un momento, por favor, reviso la base de datos.'],
    [190, 'l', 'La Opinión de esos años está en nuestra colección de periódicos digitales: lapl.example.org/e-media, entre a "Newspapers" y busque "Reyes" con fecha junio de 1995. Con su tarjeta puede entrar desde casa.'],
    [196, 'l', '¿Es lo que buscaba?'],
    [260, 'p', 'si la encontre! muchas gracias'],
    [266, 'l', '¿Le puedo ayudar con algo más?'],
    [290, 'p', 'no, es todo. gracias'],
    [296, 'l', '¡Con mucho gusto! Que tenga buena tarde.'],
  ], usual()),

  // 05 the cemetery sexton with no contact
  s(GIL, '05 Oak Hill plot: Find a Grave by URL, "contact the cemetery sexton" (no contact), "ok thanks"', [
    [0, 'p', 'my great grandfather is buried in Oak Hill Cemetery somewhere, how do i find which plot'],
    [18, 'l', 'Hello, Gil here at Ask a Librarian, Lakeland Public Library.'],
    [24, 'l', 'Which Oak Hill is it, the one in Lakeland or another town?'],
    [60, 'p', 'lakeland yes'],
    [66, 'l', 'Find a Grave has Oak Hill Lakeland transcribed: findagrave.com, search the cemetery name, then his surname. For the exact plot map, you would need to contact the cemetery sexton, who keeps the burial register.'],
    [72, 'l', 'Does that help?'],
    [130, 'p', 'ok thanks'],
    [136, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no thank you'],
    [175, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  // 06 follow-up by me, e-mail read back, by Friday, done in 30 h
  s(HAROLD, '06 Evening Star 1979 death notice (follow-up by me): e-mail read back, "by Friday", done in 30 h, no completeness question', [
    [0, 'p', 'Hi. I need a copy of my mothers death notice from the Evening Star, Dec 1979. I live in Ohio now so cant come in.'],
    [35, 'l', "Hello, my name is Harold and I'm a reference librarian at DC Public Library."],
    [41, 'l', 'What was her full name, and do you know the date she died?'],
    [110, 'p', 'Eleanor Pruitt. Dec 12 1979'],
    [116, 'l', 'Thank you. Let me check what we have.'],
    [200, 'l', "The Evening Star for 1979 is in our Star Digital Archive (dclibrary.example.org > Research > Newspapers > Evening Star), which needs a DC library card. Since you don't have one, I can pull the death notices for Dec 13-16 myself and send you a scan."],
    [206, 'l', "What's the best e-mail for you?"],
    [260, 'p', 'epruitt.jr@example.com'],
    [266, 'l', "Thanks, epruitt.jr@example.com. I'll send the scan by Friday."],
    [272, 'l', 'Is there anything else you need in the meantime?'],
    [300, 'p', 'No thats all. Thank you'],
    [305, 'l', 'Thank you for contacting us. Goodbye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 07 follow-up promised with no time, not done by day 5
  s(PETRA, '07 Scranton Times 1971 (follow-up by me): e-mail read back, "once I have pulled the reels" (no time), not done by day 5', [
    [0, 'p', 'looking for the obit of my uncle Jim Rourke, died 1971, Scranton Times'],
    [28, 'l', 'Hi, Petra at the Albright Memorial Library reference desk. Do you know the month?'],
    [70, 'p', 'october i think'],
    [76, 'l', 'Let me look.'],
    [160, 'l', "Our microfilm holdings list (albright.example.org/microfilm) shows the Scranton Times for 1971, but it isn't online anywhere I can find. I'll check the October reels and email what I find. What's your email?"],
    [200, 'p', 'jrourke44@example.com'],
    [206, 'l', 'Got it, jrourke44@example.com. I will send it once I have pulled the reels.'],
    [212, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 08 follow-up by phone, done after 90 h
  s(GRACE, '08 closed funeral home\'s records (follow-up by me): phone read back, "by Monday", done after 90 h', [
    [0, 'p', 'I am looking for funeral home records for my father, Samuel Okafor, he passed in 1999 in Newark. The funeral home closed.'],
    [40, 'l', 'Hello and welcome to Ask Newark. I am Grace, a librarian in the New Jersey Information Center at Newark Public Library.'],
    [46, 'l', 'Do you know the name of the funeral home? When one closes, its records sometimes go to another home or to a local archive.'],
    [120, 'p', 'Perry & Sons on Clinton Ave'],
    [126, 'l', 'Let me check our funeral home files, one moment.'],
    [240, 'l', "Our guide to New Jersey funeral home records (npl.example.org/guides/funeral-homes) says Perry & Sons' records from 1985-2003 came to us in 2010, but they are in boxes I can only see in person. I can look tomorrow and call you with what is in his file. What number should I use?"],
    [300, 'p', '973-555-0188'],
    [306, 'l', '973-555-0188, thank you. I will call you by Monday.'],
    [312, 'l', 'Is there anything else?'],
    [340, 'p', 'no, that is all. God bless'],
    [346, 'l', 'Thank you, take care.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 follow-up by the patron's library, e-mail only on the sign-in form, pending
  s(KWAME, '09 Cumberland 1956 obit (follow-up by patron\'s library): "the address you signed in with", "within 3 days", pending', [
    [0, 'p', 'does Frostburg library have the Cumberland Times-News from the 1950s? looking for an obituary 1956'],
    [30, 'l', "Hi, I'm Kwame with the statewide Ask Us Now! service. I'm not at Frostburg, but I can help."],
    [36, 'l', 'Whose obituary is it, and do you know the month?'],
    [90, 'p', 'Harriet Lowe, may 1956'],
    [96, 'l', 'Checking, one moment.'],
    [180, 'l', "Allegany County Library System's catalog (alleganylibrary.example.org/catalog) lists the Cumberland Times-News on microfilm from 1920 on, but not which branch holds 1956. I'll pass your question to their local history staff and they'll e-mail you at the address you signed in with, within 3 days."],
    [186, 'l', 'Does that help for now?'],
    [240, 'p', 'yes thank you'],
    [246, 'l', "You're welcome. Have a good evening!"],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'hlowe.fam@example.com', phone: null } }),

  // 10 a promise coded Answered, done in 10 h
  s(YUSUF, '10 1918 flu death notice: promise "by tomorrow noon", e-mail read back, coded Answered, done in 10 h', [
    [0, 'p', 'hi can you find my great-aunts death notice, she died in Duluth in 1918 during the flu'],
    [22, 'l', 'Hello! Yusuf here, a librarian at Duluth Public Library. What was her name?'],
    [60, 'p', 'Anna Lindqvist'],
    [66, 'l', 'Thanks. Searching now.'],
    [150, 'l', "The Minnesota Digital Newspaper Hub (mnhs.org/newspapers/hub) has the Duluth Herald for 1918, but the text is hard to read. I found a likely match on Oct 24, 1918. I'll look at our original reel and e-mail you a clean copy by tomorrow noon if you give me your e-mail."],
    [210, 'p', 'sure: alindqvist.family@example.com'],
    [216, 'l', "Got it, alindqvist.family@example.com. You'll have it by tomorrow noon."],
    [222, 'l', 'Does the Hub page help in the meantime?'],
    [260, 'p', 'yes thanks, thats all i need'],
    [266, 'l', 'Great, thanks for using Ask a Librarian!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 11 coded follow-up with no contact anywhere
  s(REGGIE, '11 Macon 2011 obit: Legacy URL, "I\'ll get back to you on that" (funeral program), coded Follow-up by me, no contact', [
    [0, 'p', 'need the obituary for Thomas Greer, died Feb 2011 in Macon'],
    [25, 'l', 'Hi, Reggie from Middle Georgia Regional Library here.'],
    [31, 'l', 'Is this for a genealogy project or for an estate? Just so I know what to look for.'],
    [80, 'p', 'genealogy'],
    [86, 'l', "The Macon Telegraph obituaries from 2011 are on Legacy.com: legacy.com/us/obituaries/macon, search Greer. I'll see if our Genealogy Room has a funeral program too and get back to you on that."],
    [92, 'l', 'Does the Legacy page have him?'],
    [150, 'p', 'yes its there!'],
    [156, 'l', 'Wonderful. Bye now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 12 a true Lost Call, check-in and notice
  s(FRAN, '12 1940s obit (Lost Call): greeting only, "Are you still there?" at 160, disconnect notice + invitation back at 250', [
    [0, 'p', 'how do i get a copy of an obituary from the 1940s'],
    [35, 'l', "Hi, you've reached Fran at Ask a Librarian, Racine Public Library."],
    [160, 'l', 'Are you still there?'],
    [250, 'l', "It seems you've been disconnected, so I'm going to end this chat. Feel free to chat in again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 Lost Call after three patron lines
  s(OZZIE, '13 Kalamazoo Gazette 1990: answered, "oh ok found it on newsbank thx", coded Lost Call after 3 patron lines', [
    [0, 'p', 'hey do u have the Gazette from 1990'],
    [20, 'l', 'Hi! Ozzie at Kalamazoo Public Library. Which Gazette, the Kalamazoo Gazette?'],
    [45, 'p', 'yea'],
    [50, 'l', 'Yes, we have the Kalamazoo Gazette on microfilm from 1837 on, and 1990 is also in the NewsBank database at kpl.example.gov/databases. Are you looking for something in particular?'],
    [80, 'p', 'an obit. oh ok found it on newsbank thx'],
    [86, 'l', 'Great! Thanks for chatting.'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 14 "your 15 minutes are up"
  s(BRENT, '14 six Journal Star obits: first answered, then "Sorry, your 15 minutes are up. You can search the rest yourself."', [
    [0, 'p', 'I need obituaries for 6 people from the Peoria Journal Star, all 1970s'],
    [30, 'l', 'Hi, this is Brent at Peoria Public Library. Do you have names and dates for each?'],
    [90, 'p', 'yes. first one is Carl Hesse, 1973'],
    [96, 'l', 'The Journal Star for 1973 is searchable in our NewsBank database at peorialibrary.example.org/research. Search "Hesse" and limit to 1973.'],
    [102, 'l', 'Did that work?'],
    [160, 'p', 'yes. next is Mary Fuchs 1975, then Ed Brand 1977, then'],
    [166, 'l', 'Sorry, your 15 minutes are up. You can search the rest yourself.'],
    [180, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 15 other patrons waiting, with a way back and a desk phone
  s(CELIA, '15 twenty family obits: NewsBank path, "other patrons waiting … chat back in later … or call our Genealogy desk"', [
    [0, 'p', 'I need obituaries for my whole family tree, about 20 names, all from the Wichita Eagle'],
    [28, 'l', 'Hello, Celia here at Wichita Public Library! Which years are they from?'],
    [80, 'p', '1930s to 1990s'],
    [86, 'l', "The Wichita Eagle from 1872 to 2000 is searchable in NewsBank's historical archive: wichitalibrary.example.org > eResources > Newspapers. Log in with your card and search each surname."],
    [92, 'l', 'Does that help you get started?'],
    [150, 'p', 'yes but can you just look them all up for me? i have the names right here'],
    [156, 'l', "I'd love to, but there are other patrons waiting for help right now, so I can't search all twenty here. Please chat back in later with a few at a time, or call our Genealogy desk at 316-555-0134 and they can work through them with you."],
    [200, 'p', 'fine'],
    [206, 'l', 'Thanks for understanding, and good luck with the family tree!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 16 transfer by the book
  s(MIRA, '16 1894 death notice + coroner: transfer to Local History with a notice and a note, Ellis holds then answers', [
    [0, 'p', 'Hi, I am researching an 1890s death in our town, Ridgeway. There might be a coroner report or a notice in the paper.'],
    [30, 'l', "Hi, I'm Mira with Ask a Librarian at Ridgeway Public Library. What was the person's name, and do you know the year?"],
    [90, 'p', 'Josiah Crane, 1894'],
    [96, 'l', "Our local history librarian, Ellis, knows the 1890s papers and coroner records best, so I'm transferring you to him. One moment please."],
    [99, 'i', 'Ellis, pt wants 1894 death notice / coroner report for Josiah Crane, Ridgeway. Over to you, local history.'],
    xfer(102, 'Ellis', 'ellis'),
    [150, 'l', 'Hello, Ellis from Local History here. Looking at the 1894 Ridgeway Sentinel now.', as(ELLIS)],
    [240, 'l', "Found it: the Ridgeway Sentinel of May 9, 1894 has a death notice for Josiah Crane on page 3, in our digitized Sentinel at ridgewaylibrary.example.org/sentinel. The county's coroner inquest index for those years is online at ridgewaycounty.example.gov/archives/inquests.", as(ELLIS)],
    [246, 'l', 'Is that what you were hoping to find?', as(ELLIS)],
    [300, 'p', 'yes! amazing. thats all thank you'],
    [306, 'l', 'My pleasure. Thanks for using Ask a Librarian!', as(ELLIS)],
  ], usual({ transfer: 'pass' })),

  // 17 silent transfer, the receiver 150 s after the patron
  s(NOAH, '17 1968 burial place: internal note only before the transfer, Tamsin 150 s after the patron, vital records office by URL', [
    [0, 'p', "my grandmother was buried in 1968 but we dont know which cemetery. she died at St. Mary's hospital in Athens GA"],
    [25, 'l', 'Hello, Noah at Athens-Clarke County Library. Do you have her death certificate?'],
    [80, 'p', 'no we dont'],
    [85, 'i', 'Tamsin, can you take this one? cemetery search, GA 1968, I have to run to the desk'],
    xfer(88, 'Tamsin', 'tamsin'),
    [230, 'l', "Hi, I'm Tamsin from the Heritage Room. A Georgia death certificate from 1968 names the place of burial; you can order one from the Georgia Vital Records office at dph.georgia.gov/vital-records. The Athens Banner-Herald obituary would also name the cemetery: search it in Georgia Historic Newspapers, gahistoricnewspapers.galileo.usg.edu.", as(TAMSIN)],
    [236, 'l', 'Does that help?', as(TAMSIN)],
    [290, 'p', 'yes, ill order the certificate. thats all'],
    [296, 'l', 'Good luck! Bye.', as(TAMSIN)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  // 18 four at once
  s(WANDA, '18 microfilm print prices: three other chats open, four at once from 30 s', [
    [0, 'p', 'how much does it cost to print from the microfilm machine at main'],
    [20, 'l', 'Hi, Wanda at Springfield-Greene County Library here. Are you printing to paper or saving to a flash drive?'],
    [50, 'p', 'paper'],
    [55, 'l', "Paper prints from the microfilm readers are 10 cents a page, paid at the machine or with your card. The full price list is at thelibrary.example.org/printing."],
    [60, 'l', 'Does that answer it?'],
    [90, 'p', 'yep thats all i needed'],
    [95, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wanda', -300, 400), other('w2', 'wanda', -100, 500), other('w3', 'wanda', 30, 300)],
  }),

  // 19 three at most, others touching both ends
  s(XAVIER, '19 1952 infant burial: cemetery index URL, Catholic Cemetery office by phone; others touch both ends, three at most', [
    [0, 'p', 'looking for the burial record for a baby sister who died 1952, buried at St. Joseph Catholic Cemetery in Fort Wayne'],
    [30, 'l', 'Hello, this is Xavier, a librarian at the Allen County Public Library Genealogy Center. Do you know her name and date of death?'],
    [90, 'p', 'Mary Therese Bauer, maybe July 1952'],
    [96, 'l', 'One moment.'],
    [180, 'l', 'Our Allen County cemetery index (acpl.example.org/genealogy/cemeteries) has St. Joseph: Bauer, Mary Therese, buried 19 July 1952, Section C. For the plot card itself, contact the Catholic Cemetery office at 260-555-0190.'],
    [186, 'l', 'Is that what you needed?'],
    [240, 'p', 'yes, that is wonderful. thank you. no more questions'],
    [246, 'l', "You're very welcome. Take care!"],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('x1', 'xavier', -600, 0), other('x2', 'xavier', -100, 300), other('x3', 'xavier', 50, 600), other('x4', 'xavier', 251, 900)],
  }),

  // 20 "one sec, searching" then 150 s
  s(YOLANDA, '20 Post-Gazette 1983 death notice: "ok, one sec, searching" then the answer 150 s later', [
    [0, 'p', 'trying to find a death notice in the Pittsburgh Post-Gazette, april 1983, my dad, Frank Kowalski'],
    [25, 'l', "Hi, this is Yolanda at Carnegie Library of Pittsburgh. I'm sorry about your dad."],
    [31, 'l', 'Do you know the exact date he died?'],
    [80, 'p', 'april 11'],
    [86, 'l', 'ok, one sec, searching'],
    [236, 'l', 'The Post-Gazette is in the Google News Archive: news.google.com/newspapers, pick Pittsburgh Post-Gazette, then April 1983. Death notices for him would run April 12-14, usually on the last pages of section B.'],
    [242, 'l', 'Did that help?'],
    [300, 'p', 'yes i see it on the 13th. thanks'],
    [306, 'l', 'Anything else I can do for you?'],
    [330, 'p', 'nope'],
    [335, 'l', 'Ok, take care!'],
  ], usual({ informed: 'fail' })),

  // 21 "take your time", then holds every ~105 s
  s(ZELDA, '21 printing a husband\'s obit nicely: "Of course, take your time." (patron away 234 s), holds at 336 and 440, answer at 545', [
    [0, 'p', "Hello, my husband's obituary ran in the Star Tribune last week and I want to print a few nice copies. Can the library do that?"],
    [30, 'l', "Good morning, this is Zelda at Hennepin County Library. I'm so sorry for your loss."],
    [36, 'l', 'Do you have the paper copy, or is it online only?'],
    [90, 'p', 'just online. let me find the link, give me a minute'],
    [96, 'l', 'Of course, take your time.'],
    [330, 'p', 'startribune.com/obituaries, it says Gerald Haas'],
    [336, 'l', 'Thank you. Let me look at how it prints.'],
    [440, 'l', 'Still checking the print layout, thanks for your patience.'],
    [545, 'l', 'It prints cleanly from the "Print" button on its Legacy page (legacy.com, search Gerald Haas). You can print it in colour on cardstock from any of our public computers for 50 cents a page; the details are at hclib.example.org/print.'],
    [551, 'l', 'Will that work for you?'],
    [600, 'p', "yes that's perfect. that's everything, thank you dear"],
    [606, 'l', "You're most welcome. Take good care of yourself."],
  ], usual()),

  // 22 source before any question
  s(AMOS, '22 Baltimore 1960s obits: the Sun database given in the greeting, "Are you looking for one person in particular?" after', [
    [0, 'p', 'where can i find obituaries for Baltimore from the 1960s'],
    [15, 'l', 'Hi! Amos, Enoch Pratt Free Library. The Baltimore Sun 1837-1991 is full text in ProQuest Historical Newspapers: prattlibrary.example.org/databases, sign in with your card.'],
    [21, 'l', 'Are you looking for one person in particular?'],
    [60, 'p', 'yes, my uncle Leon Briggs 1964'],
    [66, 'l', 'Search "Briggs" in the Sun for 1964 and look in the Deaths column, which ran daily.'],
    [72, 'l', 'Does that get you there?'],
    [130, 'p', 'found it, thanks'],
    [136, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [154, 'l', 'Bye then, thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 23 no source, an explanation only
  s(BETTINA, '23 no 1889 obituary: "What town was it?", an explanation with no source, "ok thats all i wanted to know"', [
    [0, 'p', 'why cant i find an obituary for my great great grandma, she died 1889 in a small town in Kansas'],
    [30, 'l', "Hi, I'm Bettina, a librarian with the Kansas State Library's Ask a Librarian. What town was it?"],
    [80, 'p', 'Alma, Wabaunsee county'],
    [86, 'l', "In the 1880s small-town weeklies often printed only a line or two when someone died, and many women got no obituary at all, only a mention in the local news column. It's also possible the town paper from that year didn't survive."],
    [140, 'p', 'oh that makes sense. ok thats all i wanted to know'],
    [146, 'l', 'Good luck with the search, and thanks for chatting!'],
  ], usual({ source: 'fail', complete: 'fail' })),

  // 24 goodbye 130 s after the answer, no check-in
  s(CYRUS, '24 Elkhart Truth 1958 on microfilm: answer at 76, goodbye at 206 (final idle 130 s), no check-in', [
    [0, 'p', 'do you have the Elkhart Truth on microfilm? need a 1958 death notice'],
    [25, 'l', 'Hello, Cyrus here at Elkhart Public Library.'],
    [31, 'l', 'Which month of 1958?'],
    [70, 'p', 'november'],
    [76, 'l', 'Yes: our microfilm list (myepl.example.org/microfilm) shows the Elkhart Truth from 1889 to today, November 1958 included.'],
    [82, 'l', 'Does that help?'],
    [206, 'l', 'Thanks for chatting with us. Have a great day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 25 check-in, then "I am going to close this chat now."
  s(DELIA, '25 WWII burial in France: ABMC + VA gravesite locator, "Did you find him?", check-in at 250, "I am going to close this chat now." at 400', [
    [0, 'p', 'need to know what cemetery my great uncle is in, Fred Ames, died 1944 in the war'],
    [30, 'l', 'Hi, this is Delia with the Ask Us service at Bangor Public Library.'],
    [36, 'l', 'Did he die overseas? Many WWII dead were buried in American military cemeteries abroad, or brought home later.'],
    [100, 'p', 'yes in france'],
    [106, 'l', "The American Battle Monuments Commission has a burial search at abmc.gov: type Ames, Fred and it shows the cemetery, plot, row and grave. If he was brought home, the VA's Nationwide Gravesite Locator (gravelocator.cem.va.gov) covers that."],
    [112, 'l', 'Did you find him?'],
    [250, 'l', 'Are you still there?'],
    [400, 'l', 'I am going to close this chat now.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 26 buying copies from the paper, chat-speak patron
  s(ESME, '26 ten copies of mom\'s obit: the Greenville News by phone and URL, "ok cool ill call them. no more questions"', [
    [0, 'p', 'hey can i get like an official copy of my moms obit from the paper? the funeral was last month. need 10 copies for family'],
    [22, 'l', 'Hi there! Esme at Greenville County Library, happy to help. Did it run in the Greenville News?'],
    [60, 'p', 'ya'],
    [66, 'l', 'The Greenville News sells reprints of recent obituaries: call their Customer Service at 864-555-0161, or open her obituary at greenvilleonline.com/obituaries and choose "Order a copy". If you would rather print them yourself, that page has a print button.'],
    [72, 'l', 'Would that work for you?'],
    [120, 'p', 'ok cool ill call them. no more questions'],
    [126, 'l', 'Sounds good! So sorry for your loss, and thanks for reaching out.'],
  ], usual({ referral: 'pass' })),

  // 27 Practice
  s(TRAINER, '27 practice chat (obit script test): coded Practice, every check na', [
    [0, 'p', 'testing obit question'],
    [10, 'l', 'Hi, this is a test of the obituary script.'],
    [20, 'p', 'test end'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 empty code
  s(FELIPE, '28 Arizona Republic 2002 obit: NewsBank path, "gracias!", "De nada! Is there anything else…", code empty', [
    [0, 'p', "Hi! I'm looking for an obituary in the Arizona Republic from 2002 for my grandfather Jose Luis Mendez"],
    [35, 'l', '¡Hola! Felipe here, librarian at Phoenix Public Library. Do you know about when in 2002?'],
    [80, 'p', 'around september'],
    [86, 'l', "The Republic's 2002 obituaries are in our NewsBank Access World News database at phoenixpubliclibrary.example.org/research. Search Mendez and limit to September 2002."],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'yes it was there. gracias!'],
    [156, 'l', 'De nada! Is there anything else I can help with?'],
    [180, 'p', 'no thats it'],
    [186, 'l', 'Have a good night!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 29 pickedUpAt 40, greeting split
  s(GWEN, '29 1931 funeral home record: pickedUpAt 40 s, first line at 90 ("Good afternoon!" + name), FamilySearch death records', [
    [0, 'p', 'is there a way to look up old funeral home records for Harlan county'],
    [90, 'l', 'Good afternoon!'],
    [95, 'l', "I'm Gwen, a librarian at the Harlan County Public Library. Are you after one person's record, or the funeral home's books in general?"],
    [150, 'p', 'one person, my great grandpa Elmer Cornett, 1931'],
    [156, 'l', 'Let me check what survives from 1931.'],
    [250, 'l', 'Few funeral home ledgers from the 1930s survive here, but the Kentucky death certificate for 1931 names the funeral home and the burial place. They are free on FamilySearch: familysearch.org, search the collection "Kentucky, Death Records, 1911-1965" for Elmer Cornett.'],
    [256, 'l', 'Is that helpful?'],
    [320, 'p', 'very helpful, thank you'],
    [326, 'l', 'Anything else I can help with?'],
    [350, 'p', 'no, that is all'],
    [355, 'l', 'Thank you for contacting the library. Goodbye!'],
  ], usual(), { pickedUpAt: at(40) }),

  // 30 curt provider
  s(HANK, '30 Lubbock 2015 death notice, curt: "hi, hank @ lubbock public library", "u have a name?", URLs, patron "ok", provider "k"', [
    [0, 'p', 'where would i find a death notice from 2015 for someone in Lubbock'],
    [40, 'l', 'hi, hank @ lubbock public library'],
    [45, 'l', 'u have a name?'],
    [110, 'p', 'Danny Ortiz, march 2015'],
    [116, 'l', 'lubbockonline.com/obituaries or legacy.com, search Ortiz, 2015'],
    [170, 'p', 'ok'],
    [175, 'l', 'k'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '05 Oak Hill plot: Find a Grave by URL, "contact the cemetery sexton" (no contact), "ok thanks"':
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 4 "For the exact plot map, you would need to contact the cemetery sexton, who keep…"). The sexton is a person outside the chat the patron is told to contact (RUBRIC Terms, Referral) and comes with no e-mail, phone, address or URL; the only URL in message 4, findagrave.com, is a website the patron is to use (a source), not a way to reach the sexton.',
  "08 closed funeral home\'s records (follow-up by me): phone read back, \"by Monday\", done after 90 h":
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence message 2 "When one closes, its records sometimes go to another home or to a local archive."). Message 2 asks "Do you know the name of the funeral home?" and gives the unnamed "another home or … a local archive" only as the reason for asking: no database, catalogue, guide, URL or contact (RUBRIC info.source). The first message that gives a source is message 5 (the funeral home records guide URL), after the question.',
  '13 Kalamazoo Gazette 1990: answered, "oh ok found it on newsbank thx", coded Lost Call after 3 patron lines':
    'closing.anything_else: expected fail, got pass ("asked, after the answer, whether the patron needed help with anything more", evidence message 3 "Are you looking for something in particular?"). That question asks what the patron\'s need is (a clarifying question), not whether they need anything else; the patron\'s "oh ok found it on newsbank thx" does not say explicitly that they are done (RUBRIC closing.anything_else: thanks or "ok" alone does not count).',
};

describe('fiftieth round: obituaries, death notices and local newspapers, checked', () => {
  describeSessions('whole sessions', fiftiethRoundObituaries.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundObituaries.filter((c) => c.name in LEFT_WHY));
});
