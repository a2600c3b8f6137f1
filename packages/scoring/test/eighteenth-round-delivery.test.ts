/**
 * Eighteenth round, area (S2): DELIVERY AND FOLLOW-THROUGH. Interlibrary loan requests (ILLiad, WorldCat, statewide
 * delivery such as Prospector, MOBIUS, OhioLINK and SWAN), holds and pick-up (hold shelves, lockers, curbside), scanning
 * and document delivery of articles and book chapters, purchase suggestions, items lost or claimed returned, fines and
 * account blocks. The follow-up checks are stressed: promises to e-mail, call or text later with a time to expect ("by
 * tomorrow noon", "Thursday", "within 72 hours", "in a couple of days", "mañana") and without one ("once I hear back",
 * "we'll be in touch"); follow-ups recorded on time, late, or still pending at the case's `now`; keeping the patron
 * informed during a long search (hold messages every minute or two, or a silence of three minutes); transfers of the
 * chat to the ILL department with and without a note saying why; patrons who give their e-mail or phone in the chat,
 * have it only on file, or withhold it; offers of a follow-up the patron declines; automatic notices from the ILL or
 * hold system ("ILLiad will e-mail you when it arrives"), which are the system's, not a promise of the provider's.
 * Voices: public libraries, academic libraries, statewide cooperatives (AskUsNow!, Ask a Librarian, KnowItNow), SMS and
 * chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a notice that the library's system will e-mail or text when an item arrives or a hold is ready ("ILLiad sends you
 *   an e-mail when it's in", "you'll get the usual pick-up notice") is no promise of the provider's "to send or find
 *   more later": no follow-up session (as R1's `notPromise` reading in v18);
 * - placing a request or forwarding a purchase suggestion now is no promise to send or find more later;
 * - an offer of a follow-up ("Want me to e-mail you when I hear back?") is a promise only once the provider commits to
 *   it; declined, there is none;
 * - "someone from <the ILL office / your library> will e-mail you" is a promise (the Terms' own example);
 * - a contact on file (`patron.email`) that is never mentioned in the chat does not confirm it (Terms); in an SMS
 *   session the patron's number is the channel, not a contact given in the chat;
 * - telling the patron to call or visit the provider's own circulation desk or business office is a referral (Terms:
 *   the provider's own departments count when the patron is told to contact or visit them); staff the provider asks
 *   on the patron's behalf ("I'll have circulation search the shelves") are not;
 * - "take your time" while the patron finds a barcode is no hold: the wait that follows is on the patron.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, type Key, type SessionCase, some, type St, sys, T0, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
/** A follow-up record `h` hours after a session that ended at `endSec` seconds after T0. */
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * 3600), by, note: 'sent' }];
const ILL = who('Kim Osei', 'kim');
const LATER = { now: T0 + 6 * DAY };

export const whole: SessionCase[] = [
  // ---- interlibrary loan ---------------------------------------------------------------------------------------------
  {
    // reading: "ILLiad sends you an email when it arrives" is the system's notice, not the provider's promise: no follow-up session
    name: 'academic ILL: book not owned, request through ILLiad, "ILLiad sends you an email when it arrives, usually 7-10 days": no follow-up session',
    lines: [
      [0, 'p', 'hi, the library doesnt have "The Sympathizer" in Vietnamese translation, can I get it from somewhere else?'],
      [22, 'l', "Hi! This is Marcus at Ask a Librarian, UC Irvine Libraries. Do you need that specific edition, or would the English original work too?"],
      [61, 'p', 'the vietnamese one, its for my VIET 150 class'],
      [70, 'l', 'Got it. You can request it through Interlibrary Loan: log in at uci.illiad.oclc.org with your UCInetID, choose "Book", and paste the title. ILLiad sends you an email when it arrives, usually 7-10 days. Does that answer your question?'],
      [118, 'p', 'yes perfect, thats all I needed'],
      [125, 'l', 'Great, thanks for using Ask a Librarian! Good luck in VIET 150.'],
    ],
    exp: usual(),
  },
  {
    name: 'statewide Prospector request status, long search kept informed by holds every 80-100 s: keep_informed passes',
    lines: [
      [0, 'p', 'I requested a book through Prospector 3 weeks ago and its still not here. can you check?'],
      [30, 'l', 'Hello, thanks for contacting Denver Public Library. My name is Ruth. What is the title, and which branch did you pick for pick-up?'],
      [80, 'p', 'Braiding Sweetgrass, the Ross-Barnum branch'],
      [86, 'l', 'Thanks, let me look it up in Prospector.'],
      [180, 'l', "Still looking: the request shows it was filled by Colorado State, I'm checking the courier status now."],
      [270, 'l', 'Bear with me one more minute, the courier tracking page is slow tonight.'],
      [340, 'l', 'OK: the copy left CSU on the 14th and is in transit on the Prospector courier; items usually reach branches within 5 days after that. You can watch the status under My Account > Requests at prospector.coalliance.org. Is that what you needed to know?'],
      [400, 'p', 'yes thank you'],
      [405, 'l', 'Anything else I can help with tonight?'],
      [440, 'p', 'nope'],
      [446, 'l', 'Have a good night, and thanks for chatting with DPL!'],
    ],
    exp: usual(),
  },
  {
    name: 'ILL article, one silence of 3 min after the patron\'s citation with no hold: keep_informed fails',
    lines: [
      [0, 'p', 'Can you get me an article? Lopez, "Soil carbon under no-till", Journal of Soil and Water Conservation 2019'],
      [25, 'l', 'Hi, Reference at Iowa State University Library, this is Anh. Do you have the volume and issue?'],
      [60, 'p', 'vol 74 no 3'],
      [245, 'l', "We don't subscribe to 2019 issues of that journal, so request it through Article Express at lib.iastate.edu/ill; PDFs usually arrive in 1-2 days. Is that helpful?"],
      [290, 'p', 'ok, thats everything'],
      [296, 'l', 'You are welcome, thanks for asking ISU Library!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'transfer to ILL without any internal note: transfer fails; the ILL librarian answers with the request form',
    lines: [
      [0, 'p', 'how do i request a book from another university'],
      [18, 'l', 'Hello! This is Jo with Ohio State University Libraries. Is the book in OhioLINK, or did you already check?'],
      [50, 'p', 'i didnt check, its called The Warmth of Other Suns'],
      [58, 'l', 'Let me pass you over to our ILL staff, they can walk you through it.'],
      [60, 's', 'Chat transferred to Kim Osei', sys('transfer', 'kim')],
      [95, 'l', 'Hi, Kim from Interlibrary Services. OhioLINK has 40 copies: click "Request" on the record at olc1.ohiolink.edu, pick Thompson Library, and it comes in 3-5 days. Does that do it?', ILL],
      [130, 'p', 'yes. thats all, thanks'],
      [134, 'l', 'Happy reading, thanks for chatting!', ILL],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: "Would you like me to email you when I hear back?" is an offer; declined, no promise: no follow-up session
    name: 'offer of an e-mail the patron declines ("no thanks, I\'ll just check my account"): no follow-up session, code Answered passes',
    lines: [
      [0, 'p', 'my interlibrary loan says "shipped" for 10 days, is it lost?'],
      [28, 'l', "Hi, I'm Lena, a librarian at Hennepin County Library. Which item is it, and do you have the request number handy?"],
      [90, 'p', 'MN-4471, a cookbook from Duluth'],
      [96, 'l', 'One moment, checking the MnLINK record.'],
      [170, 'l', "It's still in transit on the Minitex courier; 10 days is long but not unusual after a holiday. You can follow it under Requests at mnlink.org. Would you like me to email you when I hear back from Duluth?"],
      [215, 'p', "no thanks, I'll just check my account"],
      [222, 'l', 'Sounds good. Is there anything else I can do for you?'],
      [250, 'p', 'no thats it'],
      [255, 'l', 'Take care, and thanks for contacting the library!'],
    ],
    // completeness: the question after the answer asks about a follow-up, not whether the answer met the need
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'cooperative after-hours: forwarded to the patron\'s library, "someone there will email you within 1 business day" to the address she repeats; code Follow-up by patron\'s library; recorded after 30 h: on time',
    lines: [
      [0, 'p', 'Hi, I need to know why my account is blocked. I cant place holds'],
      [35, 'l', "Good evening! You've reached Maryland AskUsNow!. I'm Carla, a librarian from Howard County Library. Which library system is your card from?"],
      [80, 'p', 'Wicomico'],
      [88, 'l', "Thanks. I can't see Wicomico accounts from here, but blocks usually come from fines over $10 or an expired card: the policy is at wicomicolibrary.org/borrowing. I'll forward your question to Wicomico's circulation staff, and someone there will email you within 1 business day. What email should they use?"],
      [130, 'p', 'tara.w@example.org'],
      [136, 'l', 'Got it: tara.w@example.org. Does that help for tonight?'],
      [160, 'p', 'yes thank you'],
      [166, 'l', 'Anything else tonight?'],
      [180, 'p', 'no'],
      [186, 'l', 'Thanks for using AskUsNow!, good night.'],
    ],
    over: { ...FU_LIB, followUps: doneAfter(191, 30, 'wicomico') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  // ---- holds and pick-up --------------------------------------------------------------------------------------------
  {
    name: 'public: where is my hold, on the shelf at a branch until Friday; patron says "that\'s all I needed"',
    lines: [
      [0, 'p', 'Hi my app says my hold is ready but which branch'],
      [15, 'l', 'Hello! Jamie here from the King County Library System. Which title is it?'],
      [40, 'p', 'Fourth Wing'],
      [48, 'l', 'It is on the hold shelf at the Bellevue branch, under the last 4 digits of your card, until Friday at closing. Branch hours are at kcls.org/locations. Did that help?'],
      [70, 'p', "yes that's all I needed"],
      [75, 'l', 'Enjoy the book, and thanks for chatting with KCLS!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: reserva lista en la sucursal, recoger en la acera (curbside)',
    lines: [
      [0, 'p', 'Buenas, me llegó un aviso de que mi reserva está lista. ¿Puedo recogerla sin bajarme del carro?'],
      [25, 'l', '¡Hola! Le atiende Lucía, de la Biblioteca Pública de San Antonio. ¿En qué sucursal la tiene reservada?'],
      [70, 'p', 'en la Landa'],
      [78, 'l', 'Sí, Landa ofrece recogida en la acera de lunes a sábado de 10 a 5: reserve el horario en mysapl.org/curbside y al llegar espere en los lugares marcados. ¿Le sirve esta información?'],
      [110, 'p', 'si, es todo, gracias'],
      [116, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual(),
  },
  {
    // reading: "I'll have circulation check the shelf" is staff consulted on the patron's behalf, not a referral
    name: 'hold missing from the shelf: "I\'ll have the Central circ staff look and call you tomorrow morning at 555-0142, right?" confirmed: followed, code Follow-up by me, recorded after 4 h',
    lines: [
      [0, 'p', 'I came to pick up my hold at Central and they said it wasnt there but the app says ready'],
      [30, 'l', "I'm sorry about that! This is Jo, a librarian with Sacramento Public Library. What's the title, and when did you get the ready notice?"],
      [75, 'p', 'The Women by Kristin Hannah, notice came monday'],
      [82, 'l', 'Let me check the hold record.'],
      [160, 'l', "The record says it's on the shelf, so it was probably misfiled. I'll have the Central circulation staff search the hold shelf and call you tomorrow morning. Is 916-555-0142 the right number?"],
      [190, 'p', 'yes that works'],
      [196, 'l', 'Great. Sorry again for the trouble, and thanks for letting us know!'],
      [220, 'p', 'thanks'],
    ],
    over: { ...FU_ME, followUps: doneAfter(225, 4) },
    // no source: the hold record is not given to the patron as a resource; anything else never asked
    // reading: "I'm sorry about that!" greets no one (no hello, hi, welcome or thanks for contacting): greeting fails
    exp: usual({ greeting: 'fail', source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  // ---- scanning and document delivery -------------------------------------------------------------------------------
  {
    name: 'academic chapter scan: copyright allows one chapter, the Document Delivery form, "Does that cover it?"',
    lines: [
      [0, 'p', 'Can the library scan a chapter of a book for me? Im doing distance ed'],
      [30, 'l', 'Hi, welcome to Ask Us at Penn State University Libraries; my name is Farah. Which book and chapter do you need?'],
      [80, 'p', 'Ch. 4 of Bowling Alone, by Putnam'],
      [90, 'l', 'We own it, so you can use Document Delivery: fill in the form at libraries.psu.edu/docdel with the chapter and pages, and a PDF comes to your PSU email in about 3 business days. Copyright lets us scan one chapter per book. Does that cover it?'],
      [130, 'p', 'yes!'],
      [135, 'l', 'Anything else I can help you find?'],
      [160, 'p', 'no thats everything'],
      [165, 'l', 'Thanks for using Ask Us, have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'provider offers to scan and e-mail an article herself "by tomorrow noon", patron gives e-mail, provider repeats it; code Follow-up by me; recorded 20 h later: on time',
    lines: [
      [0, 'p', 'i need an article from a 1987 issue of Ohio History, you only have it in print'],
      [25, 'l', "Hello, this is Jo at the Ohio History Connection Archives & Library. What's the article's title or page?"],
      [66, 'p', '"The Canal Era in Chillicothe", page 112'],
      [74, 'l', "We have that volume on the stacks. I'll scan the article and email you the PDF by tomorrow at noon. What address should I send it to?"],
      [100, 'p', 'r.baines@example.net'],
      [106, 'l', 'Got it, r.baines@example.net. Anything else?'],
      [125, 'p', 'no thank you'],
      [130, 'l', "You're welcome, thanks for contacting us!"],
    ],
    over: { ...FU_ME, followUps: doneAfter(135, 20) },
    // reading: no source: the print volume is named by the patron, the provider gives no resource, URL or contact
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'same promise with a time, recorded 80 h later (checked six days on): on_time fails',
    lines: [
      [0, 'p', 'could you send me a copy of the 1952 Rotary Club yearbook page with my grandfather'],
      [30, 'l', "Hi! This is Jo in Local History at Spokane Public Library. Do you know his name and which page, or should I look through it?"],
      [80, 'p', 'Walter Brandt, not sure of the page'],
      [90, 'l', "I'll go through the yearbook and email you a scan of his page by Friday. Is wbrandt.family@example.com the right email?"],
      [120, 'p', 'yes'],
      [126, 'l', 'Thank you! Is there anything else I can help with?'],
      [150, 'p', 'no, thanks so much'],
      [155, 'l', 'Have a lovely day!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(160, 80) },
    ctx: LATER,
    // relabelled: "go through the yearbook" names a book (Terms: a named resource, a book), so source passes; the only
    // question after it is "anything else", so completeness still fails
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'promise with no time ("I\'ll email you once the lending library answers"), e-mail given: contact fails; not recorded and six days on: on_time fails',
    lines: [
      [0, 'p', 'Hi, the article I requested through ILL came as a bad scan, pages 5-8 are cut off'],
      [20, 'l', "Oh no, sorry about that. I'm Jo from the Interlibrary Loan office at Rutgers University Libraries. What's your ILL transaction number?"],
      [70, 'p', '882014'],
      [80, 'l', "Thanks. I've asked the lending library for a rescan of pages 5-8, and I'll email you once they answer. Which email should I use?"],
      [120, 'p', 'ny.patel@example.edu'],
      [126, 'l', 'Got it. Thank you for letting us know!'],
    ],
    over: FU_ME,
    ctx: LATER,
    // reading: "Oh no, sorry about that." and a bare "Thanks." for the number greet no one: greeting fails
    exp: usual({ greeting: 'fail', source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'promise "I\'ll send the remaining pages by Friday" with the e-mail confirmed, but coded Answered: code fails, follow-up pending',
    lines: [
      [0, 'p', 'Hi, I got the first part of my scan request but pages 40-60 are missing'],
      [25, 'l', 'Hello, this is Nadia with Document Delivery at Temple University Libraries. Which article or chapter was it?'],
      [60, 'p', 'chapter 3 of the Philadelphia Negro, from my request last week'],
      [70, 'l', "I see it: our scanner cut the file. I'll rescan pages 40-60 and send them by Friday to t.okafor@example.edu, is that still right?"],
      [100, 'p', 'yep'],
      [106, 'l', 'Great. Anything else I can do?'],
      [120, 'p', 'nope, thank you!'],
      [126, 'l', 'Thanks for your patience, bye!'],
    ],
    exp: followed({ source: 'fail', complete: 'fail', code: 'fail' }),
  },
  {
    name: 'follow-up code and a promise ("I\'ll keep digging and get back to you") but the patron never gives a contact and none is on file: code and contact fail',
    lines: [
      [0, 'p', 'is there any way to get a chapter from a book only the Library of Congress has'],
      [40, 'l', 'Hi, this is Jo, a librarian at the Library of Virginia. Which book is it?'],
      [90, 'p', 'A 1911 county atlas of Rockbridge'],
      [100, 'l', "LC's maps usually don't lend, but their Duplication Services can scan, and there may be a copy at a Virginia university. I'll keep digging and get back to you."],
      [130, 'p', 'ok'],
    ],
    over: FU_ME,
    // source: LC's Duplication Services named without a way to reach them (not a source); a question ("Which book…?") before
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: the e-mail on file, never mentioned in the chat, does not confirm it (Terms)
    name: 'promise "I\'ll email the list to the address on your account by Monday": contact only on file, contact fails; code passes (contact known); recorded 40 h later',
    lines: [
      [0, 'p', 'can you tell me which of the books I suggested for purchase got bought'],
      [30, 'l', "Hello, thanks for contacting Anne Arundel County Public Library! I'm Omar. About how many suggestions, and since when?"],
      [70, 'p', 'maybe 6 since january'],
      [80, 'l', "Our selectors' system doesn't show patron names in chat, so I'll ask Collection Development and email the list to the address on your account by Monday."],
      [105, 'p', 'great thanks'],
      [110, 'l', 'My pleasure, have a good weekend!'],
    ],
    over: { ...FU_ME, patron: { name: 'L. Grant', email: 'lgrant@example.org', phone: null }, followUps: doneAfter(115, 40) },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  // ---- purchase suggestions -----------------------------------------------------------------------------------------
  {
    // reading: forwarding a suggestion now and "you'll get a hold notice if we buy it" are no promise to send more later
    name: 'purchase suggestion: the Suggest a Title form, "if we buy it, a hold is placed and you get the usual notice": no follow-up session',
    lines: [
      [0, 'p', 'can the library buy a book? its not in the catalog'],
      [18, 'l', "Hi! You've reached Ask a Librarian at Fairfax County Public Library, I'm Beth. What's the title and author?"],
      [45, 'p', 'The Anxious Generation by Jonathan Haidt, the audiobook'],
      [55, 'l', "Please use Suggest a Title in the catalog (fairfaxcounty.gov/library > My Account > Suggest a Title). If we buy it, a hold is placed for you automatically and you'll get the usual notice. Does that answer your question?"],
      [90, 'p', 'yes thank you, that is all'],
      [95, 'l', 'Thank you for the suggestion, happy listening!'],
    ],
    exp: usual(),
  },
  {
    name: 'purchase suggestion already on order: catalog shows "On order", hold placed; patron leaves, check-in and a notice (idle 200 s)',
    lines: [
      [0, 'p', 'I want to suggest the new Louise Penny book'],
      [25, 'l', 'Hello, this is Sam with Multnomah County Library. Is that "The Black Wolf", out this fall?'],
      [55, 'p', 'yes'],
      [62, 'l', 'Good news: it is already on order, and you can place a hold now at multcolib.org, search the title and click "Place hold". Is that what you needed?'],
      [190, 'l', 'Are you still with me?'],
      [262, 'l', "It seems you've stepped away, so I'll close this chat now. Thanks for contacting Multnomah County Library!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- lost, claimed returned, fines and blocks ---------------------------------------------------------------------
  {
    name: 'lost book: replacement cost, referral to the Circulation desk with its phone: referral passes',
    lines: [
      [0, 'p', 'i lost a library book, what do i do'],
      [20, 'l', 'Hi, this is Jo at Enoch Pratt Free Library. Sorry to hear it! Do you know the title, or should I look at your account with you?'],
      [50, 'p', 'its a kids book, Dog Man'],
      [60, 'l', "Lost items are billed at the list price ($12.99 for that one); the policy is at prattlibrary.org/lost. If you'd rather pay in person or find it later, call Circulation at 410-555-0123 and they'll adjust the bill. Does that help?"],
      [95, 'p', 'ok thats all thanks'],
      [100, 'l', 'Thanks for reaching out, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'claimed-returned item: "talk to the Business Office about the replacement charge", no way to reach it: referral fails',
    lines: [
      [0, 'p', 'I returned a DVD in the drop box and now I have a $30 charge for it'],
      [25, 'l', 'Hi, Jo here at Austin Community College Library Services. When did you drop it off, and which campus?'],
      [70, 'p', 'about 2 weeks ago at Riverside'],
      [80, 'l', "I've marked it Claimed Returned so the shelves get searched, and the charge stays frozen while they look. If it doesn't turn up, you'll need to talk to the Business Office about the replacement charge. Our policy is on the Borrowing page at library.austincc.edu. Does that help?"],
      [120, 'p', "yes that's all"],
      [125, 'l', 'Thanks for letting us know, have a good evening!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'fines block: over $10, pay online; patron says only "ok thanks": anything else fails',
    lines: [
      [0, 'p', 'why cant i check out ebooks on libby'],
      [35, 'l', 'Hi! This is Jo at Columbus Metropolitan Library. Does Libby show a message when you try to borrow?'],
      [70, 'p', 'it says card blocked'],
      [78, 'l', 'That usually means fines over $10. You can pay online under My Account at columbuslibrary.org, and the block lifts within minutes. Does that solve it?'],
      [110, 'p', 'ok thanks'],
      [115, 'l', 'Glad to help, happy reading! Bye for now.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'lost ILL item claimed returned: "let me look" then 4 minutes silent; "I\'ll have ILL search and call you by Thursday at 555-0187, right?" confirmed: keep_informed fails, contact passes',
    lines: [
      [0, 'p', 'the ILL office says I never returned a book but I did, back in march'],
      [30, 'l', 'Hello, this is Jo from University of Iowa Libraries. What is the title?'],
      [62, 'p', 'Seeing Like a State'],
      [68, 'l', 'Let me look.'],
      [320, 'l', "I see a bill of $120 from the lender. I'll have our ILL staff search the shelves and the return bin logs and call you by Thursday. Is 319-555-0187 the best number?"],
      [355, 'p', 'yes'],
      [360, 'l', 'Thank you, and sorry for the stress. Take care!'],
    ],
    over: FU_ME,
    exp: usual({ informed: 'fail', source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'fines: the provider ends the chat for her break without a way back: dismissal fails',
    lines: [
      [0, 'p', 'hi i have a fine from a lost hold pickup fee?? what is that'],
      [20, 'l', 'Hi, this is Jo with Pasadena Public Library. Is it a $1 charge?'],
      [45, 'p', 'yes'],
      [55, 'l', "That's the fee for holds not picked up; it's on the fee schedule at cityofpasadena.net/library/fees. Did that help?"],
      [80, 'p', 'but i was sick, can it be waived'],
      [90, 'l', "I'm going on break now so I can't get into that, bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'closing desk: "we close at 9, please chat again tomorrow or email ill@" offers a way back: no dismissal; patron gives e-mail for a promised reply "by noon tomorrow"',
    lines: [
      [0, 'p', 'Hi, I need a rush ILL for a thesis defense on Monday'],
      [25, 'l', 'Hi, this is Jo at the George Mason University Libraries. Which item, and is Monday the defense itself?'],
      [60, 'p', 'yes monday. a book: "Urban Heat Islands" by Oke, 2017 edition'],
      [70, 'l', 'Rush ILL is possible: submit at library.gmu.edu/ill and tick "Rush". I will also email the ILL team tonight so they see it first thing, and I will email you their answer by noon tomorrow. What email should I use?'],
      [100, 'p', 'ecarter9@example.edu'],
      [106, 'l', "Thanks, ecarter9@example.edu. We close at 9 now, so I need to end here; please chat again tomorrow or write to ill@gmu.example.edu. Good luck on Monday!"],
    ],
    over: { ...FU_ME, followUps: doneAfter(111, 15) },
    // "write to ill@gmu.example.edu": a referral to the provider's own department, with its e-mail
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }),
  },
  {
    name: 'statewide KnowItNow: the patron withholds contact ("rather not give my email"), told to call her own library\'s circulation desk after Wednesday, with its number: no follow-up, referral passes',
    lines: [
      [0, 'p', 'my hold from another library in the SEO consortium never showed up'],
      [40, 'l', "Hi! This is Jo with KnowItNow, Ohio's 24/7 reference service. Which library is your home library?"],
      [80, 'p', 'Pickaway County'],
      [90, 'l', "I can't see SEO accounts, but I could pass your question to Pickaway's staff to email you. Would that be OK?"],
      [120, 'p', "i'd rather not give my email, ill just check back"],
      [128, 'l', 'No problem. Holds in transit in SEO usually take 7-10 days; if it is not there after Wednesday, call the Pickaway County Library circulation desk at 740-555-0160. Does that help?'],
      [160, 'p', 'yes thats all thanks'],
      [166, 'l', 'Thanks for using KnowItNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'good ILL follow-up with phone given unprompted, "I\'ll call you this afternoon by 4"; recorded 3 h later',
    lines: [
      [0, 'p', 'Is my ILL book here yet? you can call me at 614-555-0199 if easier'],
      [25, 'l', 'Hi, this is Jo at Upper Arlington Public Library. Which title did you request?'],
      [50, 'p', 'The Covenant of Water'],
      [58, 'l', "It's on the SearchOhio courier today. I'll call you at 614-555-0199 this afternoon by 4 once it's checked in. Does that time work?"],
      [80, 'p', 'perfect, thats all I need'],
      [86, 'l', 'Thanks for calling on us, talk soon!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(91, 3) },
    // reading: "SearchOhio courier" is a service without a way to reach it, not a source
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'greeting without identification, pickup at 75 s: pickup and greeting fail; hold cancel steps',
    lines: [
      [0, 'p', 'how do i cancel a hold'],
      [75, 'l', 'Hi there! Is it on the app or the website?'],
      [100, 'p', 'website'],
      [108, 'l', 'Log in at catalog.sfpl.org, open My Holds, tick the hold and choose Cancel. Did that work?'],
      [150, 'p', 'yes got it, that is all'],
      [155, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    // (run since v19's merge (SM); it was left:) "Ask Tulsa City-County Library, this is Dee." is read as a referral ("Ask <name>", a weak spot earlier rounds left)
    name: 'SMS hold pick-up in chat-speak: locker pick-up code; "take your time" then a 3-min wait on the patron is no silence of the provider',
    lines: [
      [0, 'p', 'hey can i get my holds from the locker after 9pm'],
      [20, 'l', 'hi! Ask Tulsa City-County Library, this is Dee. yes the lockers at Hardesty are 24/7. do u have ur pickup email w the code?'],
      [45, 'p', 'hang on lemme find it'],
      [50, 'l', 'take ur time!'],
      [230, 'p', 'ok found it, code 4471'],
      [245, 'l', 'perfect, enter 4471 on the screen at locker bank B, it opens the right door. the how-to is at tulsalibrary.org/lockers. did that answer it?'],
      [270, 'p', 'ya thx thats all'],
      [275, 'l', 'np! thx for texting TCCL :)'],
    ],
    // reading: "take ur time!" is no hold (Terms); the wait from 50 to 230 is waiting on the patron
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  {
    name: '"I\'ll shoot you an email tomorrow morning" with the e-mail given, coded Answered: code fails, contact passes',
    lines: [
      [0, 'p', 'is the lender going to renew my ILL book?'],
      [20, 'l', 'Hi, Jo at Emory Libraries. I have asked the lender; I\'ll shoot you an email tomorrow morning with their answer. What is your email?'],
      [50, 'p', 'a.lind@example.edu'],
      [55, 'l', 'Thanks!'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: '"Someone from our ILL office will reach out by end of day Tuesday" and "I have you as k.obi@example.edu, right?": contact passes',
    lines: [
      [0, 'p', 'i need a microfilm reel from another library'],
      [20, 'l', 'Hello, this is Jo with Georgia State University Library. Which reel?'],
      [50, 'p', 'Atlanta Daily World, 1948'],
      [60, 'l', 'Someone from our ILL office will reach out by end of day Tuesday about lenders. I have you as k.obi@example.edu, right?'],
      [80, 'p', 'right'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: '"We\'ll be in touch." with the e-mail given: no time, contact fails',
    lines: [
      [0, 'p', 'can you find out if any library has this 1890s pamphlet'],
      [20, 'l', 'Hi, Jo at the State Library of Oregon. Send me your email and we\'ll be in touch.'],
      [50, 'p', 'gh.moore@example.org'],
      [55, 'l', 'Thank you!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    name: '"I\'ll let you know when it comes in" with the phone given: no time, contact fails',
    lines: [
      [0, 'p', 'did my interlibrary loan come yet? my number is 208-555-0134'],
      [20, 'l', "Hi, this is Jo at Boise Public Library. Not yet, but I'll let you know when it comes in."],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: '"I\'ll follow up in a couple of days" with the e-mail confirmed: contact passes',
    lines: [
      [0, 'p', 'Could you check whether anyone lends this thesis? email is m.soto@example.edu'],
      [20, 'l', "Hi, Jo at UTEP Library. I'll search WorldCat and the lender notes and follow up in a couple of days at m.soto@example.edu."],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    name: '"I\'ll reach out as soon as I hear from the lending library" with the e-mail given: contact fails',
    lines: [
      [0, 'p', 'hi my ILL got cancelled, can you find another lender? its d.ng@example.com'],
      [20, 'l', "Hi, Jo at Portland Community College Library. Yes, I'll re-send it and reach out as soon as I hear from the lending library."],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'Spanish: "Le escribo mañana por correo" to the e-mail the patron gives: contact passes',
    lines: [
      [0, 'p', 'Hola, ¿me pueden conseguir un libro de otra biblioteca?'],
      [20, 'l', 'Hola, le atiende Jo de la Biblioteca Pública de El Paso. ¿Cuál libro?'],
      [50, 'p', '"Como agua para chocolate", en español. mi correo es r.ibarra@example.org'],
      [60, 'l', 'Gracias. Hago la solicitud de préstamo interbibliotecario y le escribo mañana por correo a r.ibarra@example.org con la fecha de llegada.'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    name: '"Expect a call from our branch manager Thursday" with the phone repeated back: contact passes',
    lines: [
      [0, 'p', 'I was charged for a book I returned. number is 502-555-0112'],
      [20, 'l', 'Hi, this is Jo at Louisville Free Public Library. I have sent it to the Main branch manager: expect a call from her Thursday at 502-555-0112.'],
      [45, 'p', 'ok'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    // reading: the hold system's notice is not the provider's promise
    name: 'near miss: "your hold should be ready in 2-3 days and you\'ll get the pickup notice by email": no follow-up, Answered passes',
    lines: [
      [0, 'p', 'i placed a hold, when will it be ready?'],
      [20, 'l', "Hi, Jo at Cuyahoga County Public Library. It's coming from another branch, so it should be ready in 2-3 days and you'll get the pickup notice by email."],
      [40, 'p', 'ok thanks'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'near miss: "I\'ll place the request for you right now" (done in the chat): no follow-up, Answered passes',
    lines: [
      [0, 'p', 'can you just place the ILL request for me, I cant log in'],
      [20, 'l', "Hi, Jo at Boston College Libraries. Sure, I'll place the request for you right now. Done: it's request 55120 and it shows under your account at bc.illiad.oclc.org."],
      [50, 'p', 'thank you!'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: '"I\'ll keep an eye on it and update you Monday", no contact, coded Answered: code fails, contact fails',
    lines: [
      [0, 'p', 'my book is stuck "in transit" for weeks'],
      [20, 'l', "Hi, Jo at Saint Paul Public Library. It's between branches; I'll keep an eye on it and update you Monday."],
      [40, 'p', 'ok'],
    ],
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'offer accepted: "Want me to email you when it\'s back?" "yes please, jlee@example.org" "Will do, you\'ll hear from me by Friday": contact passes',
    lines: [
      [0, 'p', 'the Ask the Chef cookbook kit is checked out, when is it due'],
      [20, 'l', "Hi, Jo at Skokie Public Library. It's due Thursday. Want me to email you when it's back?"],
      [40, 'p', 'yes please, jlee@example.org'],
      [46, 'l', "Will do, you'll hear from me by Friday."],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    name: 'on_time: recorded 73 h after the end: fails',
    lines: [
      [0, 'p', 'please send me the chapter scan, a.diaz@example.com'],
      [20, 'l', "Hi, Jo at Tufts Digital Collections. I'll email it to a.diaz@example.com within 2 days."],
    ],
    over: { ...FU_ME, followUps: doneAfter(25, 73) },
    ctx: LATER,
    exp: some({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'on_time: not recorded, 60 h after the end: pending',
    lines: [
      [0, 'p', 'can you check if a nearby library owns this map, my email is p.holt@example.org'],
      [20, 'l', "Hi, Jo at Kansas City Public Library. I'll check and email you by tomorrow evening."],
    ],
    over: FU_ME,
    ctx: { now: T0 + 25 * 1000 + 60 * 3600 * 1000 },
    exp: some({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'on_time: not recorded, 100 h after the end: fails',
    lines: [
      [0, 'p', 'can you check if a nearby library owns this map, my email is p.holt@example.org'],
      [20, 'l', "Hi, Jo at Kansas City Public Library. I'll check and email you by tomorrow evening."],
    ],
    over: FU_ME,
    ctx: { now: T0 + 25 * 1000 + 100 * 3600 * 1000 },
    exp: some({ onTime: 'fail' }),
  },
  {
    name: 'referral: "please contact the Interlibrary Loan office at ill@library.example.edu": passes',
    lines: [
      [0, 'p', 'how do i renew an ILL book'],
      [20, 'l', 'Hi, Jo at Colorado State University Libraries. ILL books are renewed by the lender, so please contact the Interlibrary Loan office at ill@library.example.edu a week before the due date.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'referral: "stop by the Circulation Desk to get the block lifted", no way to reach it: fails',
    lines: [
      [0, 'p', 'my account says blocked - expired card'],
      [20, 'l', 'Hi, Jo at Nashville Public Library. Cards renew in person, so stop by the Circulation Desk at any branch with your ID to get the block lifted.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'referral: "your home library\'s ILL staff can place it; give them a call" with no number: fails',
    lines: [
      [0, 'p', 'I live in Peoria, can I borrow a book from Chicago Public Library through the state?'],
      [20, 'l', "Hi, Jo with Illinois Heartland Library System's Ask service. Yes: your home library's ILL staff can place the request through SHAREit, so give them a call."],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'transfer to ILL: internal note says why and the patron is told: passes',
    lines: [
      [0, 'p', 'my ILL article link expired before I downloaded it'],
      [20, 'l', 'Hi, this is Jo at Boise State Albertsons Library. Let me bring in our ILL specialist, Kim, who can resend it.'],
      [24, 'i', 'Kim, expired Odyssey link on an ILL article, patron needs it resent'],
      [26, 's', 'Chat transferred to Kim Osei', sys('transfer', 'kim')],
      [60, 'l', 'Hi, Kim here. I have re-posted it; the new link is in your ILLiad account for 30 days.', ILL],
    ],
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'transfer to ILL: internal "grab this one?" says no why: fails',
    lines: [
      [0, 'p', 'how long can I keep an ILL book'],
      [20, 'l', "Hi, this is Jo at Marquette University Libraries. I'm transferring you to Interlibrary Loan, one moment."],
      [22, 'i', 'grab this one?'],
      [24, 's', 'Chat transferred to Kim Osei', sys('transfer', 'kim')],
      [55, 'l', 'Hi, Kim in ILL. Usually 4 weeks, set by the lender; the due date is on the book band.', ILL],
    ],
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'keep_informed: "checking WorldCat for lenders, hang on" every 100 s: passes',
    lines: [
      [0, 'p', 'does any library near me own the 1st edition of Silent Spring'],
      [15, 'l', 'Hi, this is Jo at the Delaware Division of Libraries. Checking WorldCat for lenders, hang on.'],
      [115, 'l', 'Still checking, a few holdings to go through.'],
      [215, 'l', 'University of Delaware Special Collections has one: catalog.lib.udel.edu. Is that helpful?'],
      [240, 'p', 'yes'],
    ],
    exp: some({ informed: 'pass', complete: 'pass' }),
  },
  {
    name: 'keep_informed: the patron asks about her ILL status twice and waits 150 s in all: fails',
    lines: [
      [0, 'p', 'whats the status of my ILL for "Thinking, Fast and Slow"'],
      [20, 'l', 'Hi, Jo at Wichita State University Libraries. Let me check.'],
      [90, 'p', 'its the hardcover'],
      [170, 'l', 'It shipped yesterday from K-State; expect it Friday. Track it at wichita.illiad.oclc.org.'],
    ],
    // waiting on the provider from the hold at 20 to 170 (the patron's message at 90 does not restart it): 150 s
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'completeness near miss: "Would a scan of the chapter work for you?" before anything is given, then the form and no check: fails',
    lines: [
      [0, 'p', 'i need part of a reference book that doesnt circulate'],
      [20, 'l', 'Hi, Jo at Texas A&M University Libraries. Would a scan of the chapter work for you?'],
      [40, 'p', 'yes'],
      [48, 'l', 'Then submit it on the Get It For Me form at library.tamu.edu/getitforme and pick "Scan". You should have it in 2 days.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail' }),
  },
  {
    name: 'anything else: the patron says "that\'s everything" on her own after a hold question: passes',
    lines: [
      [0, 'p', 'how many holds can I have at once'],
      [20, 'l', 'Hi, Jo at Phoenix Public Library. Is that for books or for eBooks in Libby?'],
      [40, 'p', 'books'],
      [46, 'l', 'Up to 25 holds at a time on print items; the borrowing rules are at phoenixpubliclibrary.org/borrow. Did that help?'],
      [70, 'p', "yes, that's everything"],
    ],
    exp: some({ anything: 'pass', complete: 'pass' }),
  },
  {
    name: 'source near miss: "ask at the ILL desk" with no contact and no resource: source fails, referral fails',
    lines: [
      [0, 'p', 'can grad students get ILL books longer'],
      [20, 'l', "Hi, Jo at Ball State University Libraries. Are you asking about a book you have now?"],
      [40, 'p', 'no just in general'],
      [48, 'l', "Sometimes, it depends on the lender. Ask at the ILL desk on the 2nd floor, they'll know."],
    ],
    exp: some({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'follow-up by patron\'s library with the phone confirmed and "by Thursday", recorded 50 h later by the home library: on time',
    lines: [
      [0, 'p', 'my card was blocked for a lost item I found. 302-555-0148'],
      [30, 'l', "Hi, this is Jo with Ask a Librarian Delaware. I'll send this to your home library; staff there will call you at 302-555-0148 by Thursday to clear it."],
      [60, 'p', 'thanks!'],
    ],
    over: { ...FU_LIB, followUps: doneAfter(65, 50, 'dover') },
    ctx: LATER,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'code Lost Call though the patron sent two messages about a hold: code fails',
    lines: [
      [0, 'p', 'is my hold ready'],
      [10, 'p', 'hello?'],
      [30, 'l', 'Hi, this is Jo at Tacoma Public Library. Which title is it?'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'fail' }),
  },
  // ---- guards of S2's changes ------------------------------------------------------------------------------------------
  {
    name: 'SMS: "i\'ll txt u the scan link tmrw afternoon" with no number given in the chat: contact fails, code (no contact known) fails',
    lines: [
      [0, 'p', 'can u scan the obits page from the Courier Mar 3 1998'],
      [25, 'l', 'hi! this is Mo at Evansville Vanderburgh Public Library. u mean the Courier & Press?'],
      [55, 'p', 'yes'],
      [65, 'l', "ok i'll pull the film and txt u the scan link tmrw afternoon"],
    ],
    over: FU_ME,
    // reading: in an SMS session the patron's number is the channel, not a contact given or repeated back in the chat
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'near miss (S2 "update you"): "Let me update you: it shipped yesterday" is news now, no promise',
    lines: [
      [0, 'p', 'any news on my ILL?'],
      [20, 'l', 'Hi, Jo at Drake University Library. Let me update you: it shipped yesterday from Grinnell and should be here Friday.'],
      [40, 'p', 'great'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'near miss (S2 "update you"): "I\'ll update your account now so the block lifts" is done in the chat, no promise',
    lines: [
      [0, 'p', 'i paid my fine at the desk but im still blocked'],
      [20, 'l', "Hi, Jo at Omaha Public Library. I see the payment; I'll update your account now so the block lifts."],
      [40, 'p', 'thx'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: '"We\'ll update you tomorrow once the courier runs" with the e-mail given: a promise with a time, contact passes',
    lines: [
      [0, 'p', 'is my Link+ book lost? email is b.yoon@example.org'],
      [20, 'l', "Hi, Jo at San Jose Public Library. It's overdue from the lender; we'll update you tomorrow once the courier runs."],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    name: 'near miss (S2 send to an address): "Send them by Friday to ill@uni.example.edu" is the patron\'s step, no promise',
    lines: [
      [0, 'p', 'where do i send my ILL renewal requests'],
      [20, 'l', 'Hi, Jo at Loyola University Chicago Libraries. Send them by Friday to ill@luc.example.edu, a week before the due date.'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: 'near miss (S2 send to an address): "Fill in the ILL form and email it by Friday to ill@…" is the patron\'s step ("ILL", not "I\'ll"): no promise',
    lines: [
      [0, 'p', 'how do i request a dissertation'],
      [20, 'l', 'Hi, Jo at Creighton University Libraries. Fill in the ILL form at creighton.example.edu/ill and email it by Friday to ill@creighton.example.edu.'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: 'near miss (S2 break): "I\'m going on break at 3, but my colleague Sam will pick up" ends nothing: dismissal passes',
    lines: [
      [0, 'p', 'how do i pay a lost book fee'],
      [20, 'l', "Hi, this is Jo at Tulsa City-County Library. I'm going on break at 3, but my colleague Sam will pick up if we're not done. Do you have the bill?"],
      [40, 'p', 'yes $18'],
      [48, 'l', 'Pay it online at tulsalibrary.org/pay, or at any branch desk.'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss (S2 break): "I\'m heading to lunch now, but you can chat again after 1" offers a way back: dismissal passes',
    lines: [
      [0, 'p', 'my hold expired can you reactivate it'],
      [20, 'l', "Hi, Jo at Akron-Summit County Public Library. Holds can't be reactivated, but you can place a new one at akronlibrary.org."],
      [40, 'p', 'can you do it for me'],
      [48, 'l', "I'm heading to lunch now, but please chat again after 1 and a colleague will place it for you."],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'S2 "but I could…" offer accepted ("yes please, x@example.org") and a time given: still a promise, contact passes',
    lines: [
      [0, 'p', 'my hold from another SWAN library never came'],
      [20, 'l', "Hi, this is Jo with Reaching Across Illinois Library System's Ask service. I can't see SWAN accounts, but I could pass your question to your library's staff to email you by Tuesday."],
      [40, 'p', 'yes please, m.ruiz@example.org'],
    ],
    over: FU_LIB,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): "the ProQuest print-on-demand desk" the provider will ask is read as a named resource;
    // telling a desk consulted for the patron from a resource given is one wording.
    // LEFT: source: "I'll ask two other holders and the ProQuest print-on-demand desk" is read as naming ProQuest (a
    // database) though it is a desk the provider asks on the patron's behalf; telling a vendor's desk from its database
    // needs the party reading of referral.ts, too broad for this round
    name: 'transfer to the ILL department with a note saying why and a notice; the ILL librarian promises an e-mail "by Wednesday" to the address the patron confirms: followed, pending',
    lines: [
      [0, 'p', 'my ILL request for a dissertation got cancelled and I dont know why'],
      [20, 'l', "Hi there, you're chatting with Jo at the University of Kentucky Libraries. What was the dissertation's title?"],
      [55, 'p', '"Tobacco tenancy in the Bluegrass, 1900-1940", by R. Hale'],
      [62, 'i', 'Kim, ILL cancellation on a 1970s dissertation (Hale, tobacco tenancy), can you see the lender notes? patron is waiting'],
      [66, 'l', "I'm transferring you to Kim in our Interlibrary Loan office, who can see the cancellation notes. One moment please."],
      [68, 's', 'Chat transferred to Kim Osei', sys('transfer', 'kim')],
      [110, 'l', "Hi, Kim in ILL here. The lender said it's non-circulating; I'll ask two other holders and the ProQuest print-on-demand desk. I'll email you what I find by Wednesday. Is dmarsh4@example.edu still the best address?", ILL],
      [150, 'p', 'yes thats me'],
      [155, 'l', 'Thanks! Talk to you by Wednesday.', ILL],
    ],
    over: FU_ME,
    // clarify: "What was the dissertation's title?" before any source; source: "ProQuest print-on-demand" named? no: a
    // desk, no way to reach it and no resource the patron uses. reading: no source given (no URL, catalogue or database
    // for the patron), so source fails; completeness fails with it; anything else never asked
    exp: followed({ source: 'fail', complete: 'fail', anything: 'fail', transfer: 'pass' }),
  },
];

describe('eighteenth round (S2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eighteenth round (S2): delivery and follow-through, every check', whole);
describeSessions('eighteenth round (S2): delivery and follow-through, short cases', short);

describeLeft('eighteenth-round-delivery', LEFT);
