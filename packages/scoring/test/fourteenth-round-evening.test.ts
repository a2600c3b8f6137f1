/**
 * Fourteenth round, area (O1): A STATEWIDE "ASK A LIBRARIAN" SERVICE'S EVENING AND WEEKEND SHIFTS, as whole sessions.
 * Staff of one library in the state answer patrons of OTHER libraries (the transcript's `library` is the answering
 * library, `patronLibrary` differs): questions about the patron's own library's policies the provider cannot see or
 * decide, referrals back to that library with its phone or web page or with nothing, searches of another system's
 * catalogue, holds and accounts the provider cannot reach, questions handed to the patron's library ("Follow-up by
 * patron's library", with and without the patron's address confirmed and a time), follow-ups the provider keeps,
 * transfers to a colleague or a subject queue (law, genealogy, academic), internal notes, late-night patrons who go
 * idle or leave, providers covering several chats at once, closing time.
 * Voices: statewide services (Florida's Ask a Librarian, Oregon's Answerland, AskColorado, Maryland's AskUsNow!,
 * Ohio and Pennsylvania services), public and academic staff, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - Telling the patron that their home library (its desk, branch, staff, "the folks at …") can do or answer something
 *   is a referral: it needs a phone, e-mail, postal address or URL for that library (the twelfth round's M3 reading).
 *   The library's own domain given with it reaches it.
 * - Pointing the patron to a page of their library's web site (the renewal form, the fines page, the catalogue) to
 *   use is a source, not a referral.
 * - "I'll send your question to your library and someone there will e-mail you" promises a follow-up; it refers the
 *   patron to no one, and so do the same words as a wish or an offer ("I'd like to send your question to their staff
 *   so they can tell you for sure", "I would be happy to pass it on to their reference staff, who can look into it")
 *   and "I'm going to refer this to your library". "If you'd like, send your question to their staff, who can tell
 *   you" is advice to the patron: a referral.
 * - A party said to do the thing over the phone at a number ("Broward renews cards over the phone at 954-357-7444",
 *   "their circulation desk can reset PINs by phone at …") is one the patron is told to call: a referral, with contact.
 * - "I only cover Maryland libraries, so I can't help with that one" refuses for the service's scope, not for the
 *   provider's convenience, and names no time or question limit: no dismissal.
 * - "Within two business days", "Monday morning", "by tomorrow" say when; "soon" and "someone will be in touch" do not.
 * - An internal note to a colleague, however long the provider spent on it, does not end waiting on the provider.
 * - A closing-time message that ends the chat without a way back ends the help for the service's convenience
 *   (dismissal); one that invites the patron back, or gives the home library's contact to continue, passes.
 * - A transfer's internal note must come before the transfer event and say why; a note after it does not count.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, DAY, FU_LIB, FU_ME, T0, describeSessions, other, type SessionCase, some, sys, usual, who } from './helpers';

/** Florida's Ask a Librarian: a Tampa-Hillsborough librarian answering a Broward County patron. */
const FL = { library: 'TBLC-HCPLC', patronLibrary: 'BCL', provider: { id: 'jo', name: 'Jo Smith', library: 'TBLC-HCPLC' } };
/** Oregon's Answerland: a Multnomah County librarian answering a Deschutes patron. */
const OR = { library: 'MCL', patronLibrary: 'DPL', provider: { id: 'jo', name: 'Jo Smith', library: 'MCL' } };
/** AskColorado: a Jefferson County librarian answering a Pikes Peak patron. */
const CO = { library: 'JCPL', patronLibrary: 'PPLD', provider: { id: 'jo', name: 'Jo Smith', library: 'JCPL' } };
/** AskUsNow! (Maryland): a Howard County librarian answering a Frederick County patron. */
const MD = { library: 'HCLS', patronLibrary: 'FCPL', provider: { id: 'jo', name: 'Jo Smith', library: 'HCLS' } };
/** A receiving colleague's messages after a transfer. */
const RAE = who('Rae Kim', 'rkim');

export const whole: SessionCase[] = [
  // ---- referrals back to the patron's own library ---------------------------------------------------------------------
  {
    // reading: "Broward renews cards over the phone at 954-357-7444" tells the patron to call Broward (and "Yes" to the
    // patron's "so i have to call them" confirms it): a referral with its number
    name: 'FL: Broward patron with an expired card; the provider cannot renew it and gives Broward\'s phone and page: referral passes, everything passes',
    lines: [
      [0, 'p', 'hi my library card expired and now I cant log into hoopla. can you renew it?'],
      [22, 'l', "Good evening! You've reached Florida's Ask a Librarian; I'm Jo, a librarian at the Tampa-Hillsborough County Public Library. Which library issued your card?"],
      [51, 'p', 'broward county'],
      [60, 'l', "Thanks. I'm answering from Tampa, so I can't see or renew Broward cards. Broward renews cards over the phone at 954-357-7444 or online at broward.org/Library/Pages/GetACard.aspx, and once it's renewed hoopla should let you back in. Does that help?"],
      [96, 'p', 'ok so i have to call them tomorrow'],
      [104, 'l', 'Yes, or use the online form tonight. Is there anything else I can help you with?'],
      [130, 'p', 'nope thats it thank u'],
      [136, 'l', 'You are welcome! Thanks for using Ask a Librarian, good night.'],
    ],
    over: FL,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "your home library's circulation desk can reset that when they open" points the patron to that desk: a referral, and no contact
    name: 'OR: PIN reset, "your home library\'s circulation desk can reset that when they open at 10" with no phone or URL: referral and source fail, the rest passes',
    lines: [
      [0, 'p', "I forgot my PIN and I can't get into my account to see my holds"],
      [30, 'l', "Hi, welcome to Answerland! I'm Jo, a librarian at Multnomah County Library in Portland. Which library's card is this?"],
      [58, 'p', 'deschutes public library, in bend'],
      [66, 'l', "I'm not able to see or change accounts at Deschutes from here, I'm sorry. Your home library's circulation desk can reset that for you when they open at 10 tomorrow. Does that answer your question?"],
      [101, 'p', 'yeah i guess. cant do it online?'],
      [110, 'l', "Not a PIN reset, as far as I know: they need to check your ID. Anything else I can help with tonight?"],
      [140, 'p', 'no thats all'],
      [146, 'l', 'Thanks for chatting with Answerland. Take care!'],
    ],
    over: OR,
    // reading: no URL, phone or named resource anywhere: info.source fails (not na), so completeness and anything-else are judged
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'CO: "Does my library have …?" answered from the Pikes Peak catalogue with holds announced every minute or so; the patron says on her own she is done',
    lines: [
      [0, 'p', 'Does Pikes Peak library have the new Kristin Hannah book? The Women?'],
      [25, 'l', "Hi there! This is Jo with AskColorado, answering tonight from Jefferson County Public Library. Are you looking for the regular print, large print or the audiobook?"],
      [60, 'p', 'regular print or ebook either one'],
      [68, 'l', "Let me look in Pikes Peak's catalog, one moment."],
      [150, 'l', "Still searching: their catalog is a bit slow tonight."],
      [205, 'l', "Found it: PPLD has 38 print copies of The Women (all checked out, 112 holds) and the e-book in OverDrive/Libby with a shorter list. The record is at catalog.ppld.org, search \"The Women Hannah\". Is that what you were looking for?"],
      [250, 'p', "Perfect, I'll put a hold on the ebook. That's all I needed, thanks!"],
      [256, 'l', 'Happy reading! Thanks for using AskColorado.'],
    ],
    over: CO,
    exp: usual(),
  },
  {
    // reading: "I have you down as …, is that right?" with the patron's yes confirms the address; "within two business days" says when
    // reading: "I'd like to send your question to their staff so they can tell you for sure" passes the question on for
    // the patron (a follow-up), no referral
    name: 'MD: question handed to the patron\'s library, address read back and confirmed, "within two business days", recorded by Frederick the next afternoon: follow-up checks pass',
    lines: [
      [0, 'p', 'Hi, does Frederick County library have a scanner I can use to digitize old slides? Like 35mm'],
      [28, 'l', "Hello, and welcome to AskUsNow! I'm Jo, a librarian at Howard County Library System. Which branch would be easiest for you to get to?"],
      [70, 'p', 'C. Burr Artz downtown'],
      [78, 'l', "Let me check what I can see from here, one moment."],
      [160, 'l', "Frederick's equipment list online doesn't say whether the downtown scanner takes slides. I'd like to send your question to their staff so they can tell you for sure. I have you down as m.okafor.frd@example.org, is that right?"],
      [190, 'p', 'yes thats me'],
      [198, 'l', "Great. Someone from Frederick County Public Libraries will e-mail you within two business days. Is there anything else I can help with tonight?"],
      [225, 'p', 'no that is it, thanks so much'],
      [231, 'l', 'Thank you for using AskUsNow!, have a good night.'],
    ],
    over: { ...MD, ...FU_LIB, patron: { name: null, email: 'm.okafor.frd@example.org', phone: null }, followUps: [{ doneAt: '2026-03-03T14:20:00-05:00', by: 'fcpl' }] },
    // reading: no source is given (the equipment list is mentioned but not how to reach it); the completeness question never comes
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'FL: handed to Broward with only "someone there will get back to you" (no address confirmed, no time), coded by the patron\'s library, not yet recorded: contact fails, on time pending',
    lines: [
      [0, 'p', 'I was charged $35 for a book I returned. who do i talk to'],
      [35, 'l', "Hi! Ask a Librarian here, my name is Jo and I'm a librarian in Hillsborough County. Which library is the charge from?"],
      [60, 'p', 'broward, the main library downtown'],
      [70, 'l', "I can't see Broward accounts, but I can pass this along to them with the details. What's the title of the book and about when did you return it?"],
      [120, 'p', 'Lessons in Chemistry, returned it like feb 10 in the book drop'],
      [130, 'l', "Thank you. I've sent that to Broward County Library and someone there will get back to you. Anything else?"],
      [160, 'p', 'no'],
      [165, 'l', 'Thanks for contacting Ask a Librarian, goodnight!'],
    ],
    over: { ...FL, ...FU_LIB, patron: { name: null, email: 'cheryl.t.55@example.org', phone: null } },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'OR: coded by the patron\'s library with no contact for the patron anywhere, never recorded, five days on: code, contact and on time fail',
    lines: [
      [0, 'p', 'does the bend library let you reserve the meeting room on sundays?'],
      [26, 'l', "Hi, this is Jo at Answerland (Multnomah County Library). Which room were you thinking of, the big community room or a study room?"],
      [55, 'p', 'the big one, for a club meeting'],
      [63, 'l', "Deschutes' room rules aren't something I can see from here. I'll ask their staff to reach out to you about Sunday bookings."],
      [90, 'p', 'ok thx'],
      [95, 'l', 'Take care, and thanks for using Answerland!'],
    ],
    over: { ...OR, ...FU_LIB },
    ctx: { now: T0 + 5 * DAY },
    // reading: "I'll ask their staff to reach out to you" promises a follow-up from the patron's library
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'CO: "someone from your library will e-mail you tomorrow" promised but coded Answered; address confirmed; recorded 30 h later: code fails, contact and on time pass',
    lines: [
      [0, 'p', 'hi, is there a way to get a museum pass through pikes peak library? for the fine arts center'],
      [20, 'l', 'Good evening! Jo here, a librarian answering AskColorado chats from Jefferson County. Is it the Fine Arts Center at Colorado College you mean?'],
      [55, 'p', 'yes that one'],
      [62, 'l', "PPLD's Culture Pass list is at ppld.org/culturepass, but I can't tell from it whether the Fine Arts Center is still on it this season. Is your e-mail jlee.cos@example.org?"],
      [90, 'p', 'yep'],
      [97, 'l', "Thanks. I've asked PPLD's staff, and someone from your library will e-mail you tomorrow with an answer. Did the page help in the meantime?"],
      [120, 'p', 'yes thanks! that is all'],
      [126, 'l', 'Glad to help. Good night!'],
    ],
    over: { ...CO, patron: { name: null, email: 'jlee.cos@example.org', phone: null }, followUps: [{ doneAt: '2026-03-03T16:10:00-05:00', by: 'ppld' }] },
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  // ---- transfers ------------------------------------------------------------------------------------------------------
  {
    name: 'MD: transfer to the law-library queue with an internal note saying why and the patron told; the law librarian answers with the People\'s Law Library: transfer passes',
    lines: [
      [0, 'p', 'my landlord is keeping my whole security deposit. what can i do? im in frederick'],
      [24, 'l', "Hi, I'm Jo, a librarian with AskUsNow! tonight. Did you get a written list of damages from the landlord after you moved out?"],
      [70, 'p', 'no nothing, its been like 50 days'],
      [78, 'i', 'Rae, MD tenant, deposit withheld 50 days, no itemized list. Law question, can you take it in the law queue?'],
      [84, 'l', "That's a question for a law librarian, and one is on the Maryland law-library queue right now. I'm transferring you to her, one moment please."],
      [90, 's', 'Chat transferred to Rae Kim (Law Library queue)', sys('transfer', 'rkim')],
      [115, 'l', "Hi, this is Rae, a law librarian at the Maryland State Law Library. In Maryland the landlord has 45 days to return the deposit or send an itemized list. The People's Law Library explains your options at peoples-law.org/security-deposits. Does that answer your question?", RAE],
      [170, 'p', 'yes! so i can sue for it?'],
      [180, 'l', "You can file in District Court for up to three times the amount withheld; the same page has the steps and the form. Anything else I can help with?", RAE],
      [215, 'p', 'no thank you!!'],
      [220, 'l', 'You are welcome. Good luck, and thanks for using AskUsNow!', RAE],
    ],
    over: MD,
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'CO: transfer to the genealogy queue with an internal note but the patron is only shown the system line: transfer fails',
    lines: [
      [0, 'p', 'looking for my great grandfathers naturalization papers, he came to pueblo around 1910'],
      [30, 'l', "Hello! AskColorado, this is Jo. Do you know his name as it would have been spelled then, and where he came from?"],
      [75, 'p', 'Giuseppe Marchetti, from italy'],
      [82, 'i', 'Rae, genealogy: naturalization papers, Pueblo c.1910, Giuseppe Marchetti from Italy. Sending to the genealogy queue.'],
      [88, 's', 'Chat transferred to Rae Kim (Genealogy queue)', sys('transfer', 'rkim')],
      [110, 'l', "Hi, Rae here from the genealogy team. Before 1906 naturalizations were in county courts; after 1906 federal records are at the National Archives. Try FamilySearch's Colorado naturalization index at familysearch.org. Is that the kind of lead you need?", RAE],
      [160, 'p', 'yes thats helpful'],
      [168, 'l', 'Anything else I can look for?', RAE],
      [190, 'p', "no that's everything, thx"],
      [195, 'l', 'Thanks for using AskColorado! Good luck with the search.', RAE],
    ],
    over: CO,
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: the internal note has to come before the transfer; one written after it does not count
    name: 'FL: near miss: the patron is told, but the internal note to the receiving librarian comes after the transfer: transfer fails',
    lines: [
      [0, 'p', 'I need articles on nurse burnout for my capstone at FGCU, peer reviewed'],
      [25, 'l', "Hi! Thanks for contacting Ask a Librarian. I'm Jo, a public librarian in Tampa. Is this for a nursing class, and do you need them from the last five years?"],
      [60, 'p', 'yes nursing, last 5 yrs'],
      [68, 'l', "An academic librarian is on our university queue tonight and can use FGCU's databases with you, so I'm transferring you now. One moment!"],
      [72, 's', 'Chat transferred to Rae Kim', sys('transfer', 'rkim')],
      [75, 'i', 'Rae: FGCU nursing student, peer-reviewed articles on nurse burnout, last 5 years.'],
      [100, 'l', "Hi, I'm Rae, an academic librarian. FGCU's CINAHL (library.fgcu.edu > Databases > CINAHL) with \"burnout\" AND nurs* limited to 2020-2025 and Peer Reviewed gives plenty. Is that what you need?", RAE],
      [140, 'p', 'yes thats great, thank you'],
      [146, 'l', 'Good luck with the capstone, thanks for chatting!', RAE],
    ],
    over: FL,
    exp: usual({ anything: 'fail', transfer: 'fail' }),
  },
  {
    name: 'OR: transfer to a Deschutes librarian who is online, note and announcement both before it, then she fixes the account: transfer passes',
    lines: [
      [0, 'p', 'my holds say suspended and i didnt do that'],
      [20, 'l', "Hi, welcome to Answerland, I'm Jo at Multnomah County Library. Is your card from Deschutes Public Library? I see you came in through their site."],
      [40, 'p', 'yes'],
      [46, 'i', 'Rae, DPL patron whose holds show suspended, needs account access. Can you take it?'],
      [52, 'l', "A Deschutes staff member is on Answerland tonight and can look at your account, so I'll transfer you to her now."],
      [56, 's', 'Session transferred to Rae Kim', sys('transfer', 'rkim')],
      [80, 'l', "Hi, this is Rae at Deschutes Public Library. One moment while I pull up your account.", RAE],
      // reading: "Does that look right now?" asks whether what was done and told meets the need
      [140, 'l', "Your 3 holds were suspended until June by mistake; I've reactivated them. You can check under My Account at dpls.lib.or.us. Does that look right now?", RAE],
      [175, 'p', 'yes they say active now. thanks!!'],
      [182, 'l', 'Anything else I can do?', RAE],
      [200, 'p', 'nope'],
      [205, 'l', 'Have a good night, and thanks for using Answerland!', RAE],
    ],
    over: OR,
    exp: usual({ transfer: 'pass' }),
  },
  // ---- late-night patrons who go quiet or leave -----------------------------------------------------------------------
  {
    name: 'PA late night: the patron goes quiet after the answer; "You still there?" then "I\'m guessing we got disconnected, so I\'m closing this chat. Feel free to come back anytime" (idle 230 s): both pass, anything else never asked',
    lines: [
      [0, 'p', 'hey r there any libraries in allegheny county open on sunday'],
      [25, 'l', "Hi! You've reached the statewide Ask Here PA chat; I'm Jo, a librarian at Free Library of Philadelphia. Are you near Pittsburgh itself or out in the county?"],
      [60, 'p', 'in the city, squirrel hill'],
      [68, 'l', 'Carnegie Library of Pittsburgh\'s Squirrel Hill branch is open Sundays 12-5; all hours are at carnegielibrary.org/locations. Is that what you were looking for?'],
      [195, 'l', 'You still there?'],
      [298, 'l', "I'm guessing we got disconnected, so I'm closing this chat. Feel free to come back anytime. Good night!"],
    ],
    over: { library: 'FLP', patronLibrary: 'CLP' },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: a goodbye as the provider's last visible message ends the final idle there; 240 s with no check-in or notice in it
    name: 'FL: after the answer the provider waits four minutes and sends only "Good night, thanks for using Ask a Librarian!": idle 240 s, check-in and notice fail, courteous passes',
    lines: [
      [0, 'p', 'can i return a broward library book at a miami-dade library'],
      [32, 'l', "Hello, I'm Jo, a librarian with Florida's Ask a Librarian. Is it a regular book or something like a laptop or hotspot?"],
      [64, 'p', 'just a book'],
      [72, 'l', "No, Broward items have to go back to a Broward location; Miami-Dade won't take them. Broward's locations and book drops are listed at broward.org/Library/Locations. Does that answer your question?"],
      [312, 'l', 'Good night, thanks for using Ask a Librarian!'],
    ],
    over: FL,
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'CO: "Patron has left the chat" right after the answer; the provider signs off a minute later: no final idle to judge',
    lines: [
      [0, 'p', 'how late is the library at ppld open tonight? the east one'],
      [20, 'l', "Hi, Jo with AskColorado here. Do you mean the East Library on North Union?"],
      [40, 'p', 'yes'],
      [47, 'l', "East Library is open until 9 tonight; the hours for every PPLD branch are at ppld.org/locations. Did that help?"],
      [55, 's', 'Patron has left the chat.', sys('patron_left')],
      [100, 'l', "Looks like you've left, I'll close this chat. Thanks for contacting AskColorado!"],
    ],
    over: CO,
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'OR: the patron asks the question and vanishes before the provider can work on it; greeting, check-in and a notice; Lost Call: information checks na',
    lines: [
      [0, 'p', 'do you know if redmond library has passport photos'],
      [40, 'l', 'Hi! This is Jo at Answerland. Give me a moment to check.'],
      [48, 'l', 'Hello, are you still there?'],
      [230, 'l', "It seems you've disconnected, so I'll close this chat now. You're welcome to ask again anytime. Thanks!"],
    ],
    over: { ...OR, resolutionCode: 'Lost Call' },
    // reading: the final idle starts at "are you still there?" (the first non-hold provider message): 182 s
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'MD: Lost Call coded although the patron sent three messages before leaving: code fails',
    lines: [
      [0, 'p', 'hi'],
      [15, 'p', 'do frederick libraries have hotspots to borrow'],
      [35, 'l', "Hi there! I'm Jo, a librarian with AskUsNow!. Do you want one for a few days or longer?"],
      [70, 'p', 'a week maybe'],
      [78, 'l', "Frederick County Public Libraries lend hotspots for 3 weeks; search \"hotspot\" in their catalog at fcpl.org to place a hold. Does that answer your question?"],
      [84, 's', 'Patron has left the chat.', sys('patron_left')],
      [90, 'l', 'Thanks for chatting with AskUsNow!'],
    ],
    over: { ...MD, resolutionCode: 'Lost Call' },
    exp: usual({ anything: 'fail', code: 'fail' }),
  },
  {
    name: 'PA: check-in only, final idle 150 s: check-in passes, notice na; the chat just stops',
    lines: [
      [0, 'p', 'whats the fine for a late ipad from the harrisburg library'],
      [28, 'l', "Hello, this is Jo, a librarian answering Ask Here PA tonight. Is it Dauphin County Library System's iPad you borrowed?"],
      [55, 'p', 'yes'],
      [62, 'l', "I can't see their fee schedule from here beyond what's published: their Borrowing page at dcls.org/borrow says devices are $5 a day late. Did that help?"],
      [190, 'l', 'Are you still with me?'],
    ],
    over: { library: 'FLP', patronLibrary: 'DCLS', endAfter: 22 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'near miss CO: "Still with me?" then "I\'ll go ahead and close this chat now. Good night!" (idle 260 s): the end is announced, not that the patron seems gone: notice fails',
    lines: [
      [0, 'p', 'Can I get a Colorado State Parks pass from my library in Colorado Springs?'],
      [30, 'l', "Hello! AskColorado, I'm Jo. Is Pikes Peak Library District your library?"],
      [55, 'p', 'yes'],
      [62, 'l', 'Yes: PPLD lends Check Out Colorado State Parks passes; they are in the catalog at catalog.ppld.org (search "state parks pass") and you can place a hold. Does that answer your question?'],
      [200, 'l', 'Still with me?'],
      [322, 'l', "I'll go ahead and close this chat now. Good night!"],
    ],
    over: CO,
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  // ---- several chats at once, silences and internal notes -------------------------------------------------------------
  {
    name: 'FL Saturday: the provider covers three other chats (four open at once) and leaves the patron 3 min 20 s after "one sec": concurrency and keep informed fail',
    lines: [
      [0, 'p', 'Is there a limit on how many ebooks I can borrow from Broward on Libby?'],
      [40, 'l', "Hi, I'm Jo, a librarian with Ask a Librarian. I'm helping a few people at once this afternoon, so bear with me. Is it e-books only, or audiobooks too?"],
      [90, 'p', 'both'],
      [96, 'l', 'one sec'],
      [296, 'l', "Broward's Libby limit is 10 titles checked out and 10 holds, e-books and audiobooks together; see broward.org/Library/Pages/eLibrary.aspx. Does that answer it?"],
      [330, 'p', 'yes thanks. thats all'],
      [335, 'l', 'Thanks for chatting, enjoy your weekend!'],
    ],
    over: FL,
    ctx: { otherIntervals: [other('a', 'jo', -300, 400), other('b', 'jo', -120, 250), other('c', 'jo', 30, 500)] },
    exp: usual({ informed: 'fail', concurrency: 'fail' }),
  },
  {
    name: 'OR: two other chats open (three at once) and a "still looking" every 100 s or so: concurrency and keep informed pass',
    lines: [
      [0, 'p', 'Im trying to find the Bend Bulletin obituary for my uncle from 1987'],
      [22, 'l', "Hi, this is Jo, an Answerland librarian at Multnomah County Library. What was your uncle's name, and do you know the month?"],
      [60, 'p', 'Walter Pruitt, I think August 1987'],
      [68, 'l', 'Thanks, let me look at what Deschutes has online for the Bulletin.'],
      [170, 'l', "Still looking: I'm juggling a couple of chats, so thanks for your patience."],
      [270, 'l', "Deschutes Public Library has the Bend Bulletin on microfilm and in its Obituary Index at dpls.lib.or.us/obituaries; the index lists a Walter Pruitt on August 14, 1987, page B5. For a copy, write to their reference staff at ask.dpl@dpls.lib.or.us or call 541-617-7050. Is that what you were hoping for?"],
      [320, 'p', 'wow yes. I will email them tomorrow'],
      [328, 'l', 'Great. Anything else I can help with?'],
      [350, 'p', 'no thanks'],
      [355, 'l', 'Take care, and thanks for using Answerland.'],
    ],
    over: OR,
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', 100, 600)] },
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: an internal note, however long, is not seen by the patron and does not end waiting on the provider
    name: 'CO: the provider asks a colleague in an internal note and the patron waits 2 min 40 s with only that note in between: keep informed fails',
    lines: [
      [0, 'p', 'can I use my Pikes Peak card at the Denver library?'],
      [25, 'l', "Hello! Jo with AskColorado. Do you want to borrow in person at a Denver branch, or use their e-books?"],
      [55, 'p', 'in person, i work downtown'],
      [140, 'i', 'Rae, does PPLD still take part in Colorado Library Card? I think Denver honours it but want to be sure.'],
      [215, 'l', "Yes: Denver Public Library honours the Colorado Library Card, so bring your PPLD card and an ID to any Denver branch and they'll register you. Their page on it is denverlibrary.org/get-library-card. Does that answer your question?"],
      [250, 'p', 'perfect thank you, thats all i needed'],
      [256, 'l', 'Have a good night, thanks for using AskColorado!'],
    ],
    over: CO,
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "let me check" starts a new span; 115 s then 118 s are each within the limit
    name: 'MD: two holds just under two minutes each: keep informed passes',
    lines: [
      [0, 'p', 'is the frederick library open on presidents day'],
      [28, 'l', "Hi, this is Jo at AskUsNow! Which branch do you usually use?"],
      [50, 'p', 'urbana'],
      [55, 'l', 'Let me check their holiday schedule.'],
      [170, 'l', "Still checking: their site lists closings by month."],
      [288, 'l', "Urbana Regional Library is closed Monday, Feb 16 for Presidents' Day, like all FCPL branches. The closings are at fcpl.org/hours. Does that help?"],
      [320, 'p', 'yes ty'],
      [326, 'l', 'Anything else?'],
      [360, 'p', 'no'],
      [365, 'l', 'Thanks, good night!'],
    ],
    over: MD,
    exp: usual(),
  },
  // ---- closing time, dismissals and a way back ------------------------------------------------------------------------
  {
    // reading: ending the chat at the service's closing time without any way back ends the help for the service's convenience
    name: 'PA: "Our chat service closes at 11, so I have to end this now." mid-question, no way back: dismissal fails',
    lines: [
      [0, 'p', 'I need help finding census records for my grandmother in Erie, 1940'],
      [35, 'l', 'Hi, this is Jo, a librarian with Ask Here PA. Do you know her married or maiden name in 1940?'],
      [80, 'p', 'her maiden name was Kowalczyk'],
      [90, 'l', 'The 1940 census is free on the National Archives site at 1940census.archives.gov, searchable by name. Is that a good start?'],
      [130, 'p', 'ok but can you help me search it'],
      [140, 'l', 'Our chat service closes at 11, so I have to end this now.'],
    ],
    over: { library: 'FLP', patronLibrary: 'ECPL' },
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'FL: other patrons waiting, the provider wraps up politely and invites the patron back, giving Broward\'s reference line to continue: dismissal passes',
    lines: [
      [0, 'p', 'what are all the spanish language book clubs in broward libraries'],
      [30, 'l', "¡Hola! I'm Jo, a librarian with Florida's Ask a Librarian. Are you looking for adults or for kids?"],
      [70, 'p', 'adults'],
      [78, 'l', "Broward's events calendar at broward.libcal.com lets you filter by language: choose Español and Book Clubs. I see two this month, at Main and at Tamarac. Is that what you were looking for?"],
      [130, 'p', 'yes, can u also find ones for teens'],
      [140, 'l', "I have several patrons waiting, so I need to wrap up this chat. The same calendar has a Teens filter, and Broward's reference desk at 954-357-7444 can go through it with you. You're welcome to come back to Ask a Librarian anytime!"],
      [170, 'p', 'ok thank you'],
    ],
    over: FL,
    // reading: the patron sent the last visible message: no final idle; the provider's last two messages include the invitation back
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  // ---- openings, codes and other flaws --------------------------------------------------------------------------------
  {
    name: 'OR: picked up after 95 s on a busy Sunday; otherwise a good session with the Deschutes catalogue',
    lines: [
      [0, 'p', 'do you have any books on raising backyard chickens at the la pine library'],
      [95, 'l', "Hi, sorry for the wait! I'm Jo, an Answerland librarian. Do you want only what's on the shelf at La Pine, or anything Deschutes can send there?"],
      [130, 'p', 'anything they can send'],
      [138, 'l', "Deschutes' catalog (dpls.lib.or.us, search \"chickens\") has 14 titles, including The Backyard Homestead Guide to Raising Farm Animals; pick La Pine as the pickup spot when you place a hold. Does that answer your question?"],
      [170, 'p', 'yes, thats all i needed'],
      [175, 'l', 'Happy chicken keeping! Thanks for using Answerland.'],
    ],
    over: OR,
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading: "Hi there! What can I help you with?" greets but says nobody; the second message names no one either
    name: 'MD: greeting without saying who is answering in the first two provider messages: greeting fails',
    lines: [
      [0, 'p', 'how do i get a frederick county card if i live in washington county'],
      [18, 'l', 'Hi there! What can I help you with?'],
      [30, 'p', 'see above lol'],
      [38, 'l', 'Oh sorry! Do you work or go to school in Frederick County?'],
      [65, 'p', 'no'],
      [73, 'l', "Maryland residents can get a Frederick card in person with a photo ID and proof of address; the rules are at fcpl.org/library-cards. Your Washington County card also works at FCPL through Maryland's reciprocal borrowing. Does that help?"],
      [100, 'p', 'yes, thank you'],
      [106, 'l', 'Anything else I can do for you? This is Jo at AskUsNow! by the way.'],
      [130, 'p', 'nope'],
      [135, 'l', 'Have a good evening!'],
    ],
    over: MD,
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'CO: the patron gives every detail, the provider goes straight to the answer: clarify fails',
    lines: [
      [0, 'p', 'Hi, I have a Pikes Peak card. Can I return a book I borrowed through Prospector at the Sand Creek branch, or does it have to go back to the library it came from?'],
      [30, 'l', 'Hello, this is Jo with AskColorado. You can return Prospector books at any PPLD branch, Sand Creek included; PPLD ships them back. The details are at ppld.org/prospector. Does that answer your question?'],
      [60, 'p', 'yes perfect. no more questions'],
      [66, 'l', 'Thanks for contacting AskColorado, have a great night!'],
    ],
    over: CO,
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'FL: no resolution code recorded (null): code fails',
    lines: [
      [0, 'p', 'whats the number for the broward main library'],
      [20, 'l', "Hi! Jo here, a librarian with Ask a Librarian. Do you mean the African-American Research Library or the Main Library downtown?"],
      [40, 'p', 'main downtown'],
      [46, 'l', "Broward County Main Library, 100 S Andrews Ave, Fort Lauderdale: 954-357-7444. The page is broward.org/Library/Locations/Pages/MainLibrary.aspx. Anything else?"],
      [70, 'p', 'no thats it'],
      [75, 'l', 'Thank you, good night!'],
    ],
    over: { ...FL, resolutionCode: null },
    // reading: a phone number and a page asked for are an answer, not a referral (the patron is not told to call); no completeness question
    exp: usual({ complete: 'fail', code: 'fail' }),
  },
  {
    name: 'OR: a practice session coded Practice: every check na',
    lines: [
      [0, 'p', 'test test, is this thing on? - Lena from Deschutes training'],
      [10, 'l', 'Hi Lena, Jo here at Multnomah. Yes, your practice chat came through fine!'],
      [30, 'p', 'great, bye'],
    ],
    over: { ...OR, resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'MD: two parties, one with a phone (the home library) and one without (the county\'s Office of Aging): referral fails',
    lines: [
      [0, 'p', 'my mom needs help filling out medicare forms, can the library help? we are in frederick'],
      [25, 'l', "Good evening, I'm Jo, a librarian with AskUsNow!. Is she looking for help in person, or by phone?"],
      [60, 'p', 'in person would be best'],
      [70, 'l', "Frederick County Public Libraries host SHIP Medicare counselors at some branches: call their Information line at 301-600-1630 to see when the next session is. You could also contact the Frederick County Department of Aging, which runs the counseling. Does that help?"],
      [110, 'p', 'yes thank you'],
      [116, 'l', 'Is there anything else I can help you with?'],
      [140, 'p', 'no'],
      [144, 'l', 'Take care, and thanks for using AskUsNow!'],
    ],
    over: MD,
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "Try Anythink" names the library only; the next provider message gives "they're at anythinklibraries.org": the contact comes in the next message about them
    name: 'CO: referral to Anythink with its site in the next message: referral passes',
    lines: [
      [0, 'p', 'i moved from colorado springs to thornton, can i keep using my ppld card'],
      [30, 'l', 'Hi! This is Jo, an AskColorado librarian. Did you move recently, within the last few months?'],
      [60, 'p', 'yes last month'],
      [68, 'l', "PPLD cards are for El Paso County residents, so when yours comes up for renewal you'll need a card from your new library district. Thornton is served by Anythink Libraries: stop by any Anythink branch with your ID and new address."],
      [75, 'l', "They're at anythinklibraries.org, and their card page lists what to bring. Did that answer your question?"],
      [110, 'p', 'yep that helps, thanks'],
      [116, 'l', "Anything else tonight?"],
      [130, 'p', "that's everything"],
      [134, 'l', 'Welcome to Thornton, and thanks for using AskColorado!'],
    ],
    over: CO,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'CO: near miss: "your library district can tell you" with Anythink named but never a site, phone or address: referral fails',
    lines: [
      [0, 'p', 'does anythink charge for replacement cards'],
      [26, 'l', 'Hello, Jo with AskColorado. Do you still have the old card, or was it lost?'],
      [50, 'p', 'lost'],
      [58, 'l', "I can't see Anythink's fee list from here, and it changes. Anythink's front desk staff can tell you the replacement fee when you go in for the new card. Does that answer your question?"],
      [90, 'p', 'ok'],
      [95, 'l', 'Anything else I can help with?'],
      [115, 'p', 'no thanks'],
      [120, 'l', 'Thanks for using AskColorado, good night!'],
    ],
    over: { ...CO, patronLibrary: 'ANYTHINK' },
    // reading: no source is given (info.source fails, so the closing checks are judged)
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  // ---- Spanish, SMS, academic queue, chat-speak -----------------------------------------------------------------------
  {
    name: 'FL Spanish: a Broward patron asks about Libby in Spanish; the provider explains and refers to Broward\'s e-library help line with its number',
    lines: [
      [0, 'p', 'Buenas noches, no puedo entrar a Libby con mi tarjeta de la biblioteca de Broward, me dice tarjeta inválida'],
      [30, 'l', 'Buenas noches, le atiende Jo, bibliotecaria de Ask a Librarian de la Florida. ¿Su tarjeta es nueva o ya la usaba antes en Libby?'],
      [70, 'p', 'ya la usaba, desde el año pasado'],
      [80, 'l', 'Un momento, por favor, reviso la información de Broward.'],
      [160, 'l', 'Lo más probable es que la tarjeta haya vencido; en Broward se renuevan cada año. Desde aquí no puedo ver su cuenta. Puede llamar al servicio al cliente de la biblioteca de Broward al 954-357-7444 o renovarla en broward.org/Library. ¿Le sirve esta información?'],
      [200, 'p', 'si gracias, eso era todo'],
      [206, 'l', '¡Con gusto! Gracias por comunicarse con Ask a Librarian. Buenas noches.'],
    ],
    over: FL,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'MD SMS: terse texts, the provider answers from the Frederick catalogue, no "anything else" and no goodbye: anything and courteous fail',
    lines: [
      [0, 'p', 'Do u have Fourth Wing'],
      [35, 'l', 'AskUsNow! text service, this is Jo. Hi! Which library do u use?'],
      [80, 'p', 'Frederick'],
      [90, 'l', 'FCPL has it in print & e-book. Search Fourth Wing at fcpl.org catalog to place a hold. That help?'],
      [130, 'p', 'ok'],
      [136, 'l', 'Hold list is about 40 ppl for print, e-book shorter.'],
    ],
    over: { ...MD, endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'CO academic queue: a student at another college asks about her ILL request; the provider cannot see ILLiad and refers her to her library\'s ILL office by e-mail',
    lines: [
      [0, 'p', 'Hi, I go to Colorado Mesa and my interlibrary loan request has said "awaiting processing" for 2 weeks. Can you check it?'],
      [28, 'l', "Hi, welcome to AskAcademic! I'm Jo, a librarian at Metropolitan State University of Denver, answering for Colorado colleges tonight. Is it an article or a book?"],
      [65, 'p', 'a book'],
      [72, 'l', "I'm not able to see Colorado Mesa's ILLiad accounts from here. Their interlibrary loan office can check the request for you: e-mail ill@coloradomesa.edu with the title and your request number. Does that help?"],
      [110, 'p', 'yeah ok ill email them'],
      [115, 'l', 'Is there anything else I can help with tonight?'],
      [140, 'p', "no that's all, thanks"],
      [145, 'l', 'Good luck, thanks for using AskAcademic!'],
    ],
    over: { library: 'MSUD', patronLibrary: 'CMU' },
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'PA chat-speak provider: points to the Carnegie fines page (a source, no referral), no completeness question, patron done on their own',
    lines: [
      [0, 'p', 'yo do carnegie libraries still charge late fees'],
      [20, 'l', 'hey! jo here w/ Ask Here PA :) r u asking about kids books or adult stuff?'],
      [45, 'p', 'adult'],
      [52, 'l', 'nope, CLP went fine free in 2020 for everything. the policy is at carnegielibrary.org/fines if u want the details'],
      [80, 'p', 'sick thats all i wanted to know'],
      [85, 'l', 'cool, thx for chatting w/ us!'],
    ],
    over: { library: 'FLP', patronLibrary: 'CLP' },
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "your library's online renewal page" to use is a source, not a referral
    name: 'OR: the home library\'s renewal page given for the patron to use (source, no referral)',
    lines: [
      [0, 'p', 'can i renew my deschutes books tonight? the site is confusing'],
      [22, 'l', "Hi, Jo at Answerland here. Are you on a phone or a computer?"],
      [40, 'p', 'phone'],
      [48, 'l', "On a phone, go to dpls.lib.or.us, tap the menu, then My Account > Checked Out, tick the books and tap Renew. Items with holds on them won't renew. Did that work?"],
      [120, 'p', 'yes got them all. thanks!'],
      [126, 'l', 'Anything else I can help with?'],
      [150, 'p', 'no thats it'],
      [155, 'l', 'Great, have a good night!'],
    ],
    over: OR,
    exp: usual(),
  },
  // ---- follow-ups the provider keeps ---------------------------------------------------------------------------------
  {
    name: 'OR Friday night: the provider will search and e-mail sources "by Monday noon", address confirmed, coded Follow-up by me, recorded 80 h later: on time fails',
    lines: [
      [0, 'p', "I'm researching the history of the Bend lumber mills for a talk. Are there any oral histories?"],
      [30, 'l', "Hi, this is Jo, a librarian with Answerland. Are you after recordings, transcripts, or both? And when is your talk?"],
      [75, 'p', 'transcripts mostly, talk is in 2 weeks'],
      [85, 'l', "Let me take a first look."],
      [190, 'l', "The Deschutes Historical Museum has a Shevlin-Hixon oral history collection (deschuteshistory.org), and Oregon Digital may have transcripts too. I'd like to dig further and e-mail you what I find. Is hal.b.bend@example.org the best address?"],
      [230, 'p', 'yes that works'],
      [238, 'l', "Great, I'll send you a list by Monday noon. Does the museum link help for now?"],
      [265, 'p', 'yes, thank you. thats all for tonight'],
      [270, 'l', 'Thanks for using Answerland, have a good weekend!'],
    ],
    over: { ...OR, ...FU_ME, patron: { name: null, email: 'hal.b.bend@example.org', phone: null }, followUps: [{ doneAt: '2026-03-05T18:30:00-05:00', by: 'jo' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'FL: "I\'ll e-mail you what I find" with the address confirmed but no time, coded Follow-up by me, not yet recorded: contact fails, on time pending',
    lines: [
      [0, 'p', 'Looking for the Florida statute on HOA fence rules'],
      [30, 'l', "Good evening, I'm Jo with Florida's Ask a Librarian. Is this about a single-family home association, or a condo?"],
      [65, 'p', 'single family HOA'],
      [72, 'l', "Chapter 720 of the Florida Statutes covers HOAs (leg.state.fl.us, search 720). It doesn't say much on fences by itself: those rules are usually in your HOA's own covenants. Does that help?"],
      [110, 'p', 'sort of, is there anything about solar panels too'],
      [118, 'l', "Section 163.04 protects solar. I'll look for more on both and e-mail you what I find. Is it dkessler.hoa@example.org?"],
      [140, 'p', 'yes'],
      [145, 'l', 'Great. Anything else for now?'],
      [160, 'p', 'no, thanks'],
      [165, 'l', 'Thanks for chatting with Ask a Librarian!'],
    ],
    over: { ...FL, ...FU_ME, patron: { name: null, email: 'dkessler.hoa@example.org', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: the patron's number read back ("I have 503-555-0147 for you, right?") and confirmed; "Monday morning" says when
    name: 'OR: handed to Deschutes with a call-back; the patron\'s number confirmed and "Monday morning"; recorded by Deschutes Monday: follow-up checks pass',
    lines: [
      [0, 'p', 'i want to donate about 200 books to the redmond library, do they take them?'],
      [24, 'l', "Hi! I'm Jo, a librarian with Answerland. Are they mostly adult fiction, or a mix?"],
      [55, 'p', 'mix, some textbooks'],
      [65, 'l', "Deschutes' Friends of the Library handle donations, but I can't see whether Redmond takes a load that size. I'll pass your question to Deschutes staff so they can call you. I have 503-555-0147 for you, right?"],
      [95, 'p', 'yes thats my cell'],
      [102, 'l', "Thanks. Someone from Deschutes Public Library will call you Monday morning. Is there anything else?"],
      [125, 'p', 'no thanks'],
      [130, 'l', 'Thanks for using Answerland, good night!'],
    ],
    over: { ...OR, ...FU_LIB, patron: { name: null, email: null, phone: '503-555-0147' }, followUps: [{ doneAt: '2026-03-04T09:45:00-08:00', by: 'dpl' }] },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  // ---- referrals back to the home library, more wordings -------------------------------------------------------------
  {
    // reading: "give the Tamarac branch a ring" tells the patron to call; the number in "(954) 357-8090" reaches it
    name: 'FL: "give the Tamarac branch a ring at (954) 357-8090" for a lost-item question: referral passes',
    lines: [
      [0, 'p', 'I think I left my reading glasses at the tamarac library today, is there a lost and found?'],
      [26, 'l', "Hi there, this is Jo with Ask a Librarian! Do you remember about where you were sitting?"],
      [60, 'p', 'by the computers'],
      [66, 'l', "I'm answering from Tampa, so I can't check their lost and found, but you can give the Tamarac branch a ring at (954) 357-8090 when they open at 10 tomorrow; branch hours are at broward.org/Library. Does that help?"],
      [95, 'p', 'yes ill call. that is all, thanks'],
      [100, 'l', 'Good luck finding them! Thanks for using Ask a Librarian.'],
    ],
    over: FL,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the folks at your branch would know" points the patron to them (a referral, the README's reading): no contact
    name: 'MD: "the folks at your branch would know" about a lost card fee, no contact: referral fails; the fee page is a source',
    lines: [
      [0, 'p', 'how much is a replacement card at frederick county library'],
      [30, 'l', "Hello! I'm Jo, a librarian with AskUsNow!. Do you have an adult or a kids' card?"],
      [50, 'p', 'adult'],
      [58, 'l', "FCPL's fee schedule at fcpl.org/policies lists replacement cards at $1. If your card is damaged rather than lost, the folks at your branch would know whether they'll swap it for free. Does that answer your question?"],
      [90, 'p', 'yep'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'nah'],
      [114, 'l', 'Thanks for using AskUsNow!'],
    ],
    over: MD,
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "check with your library" with no library contact is a referral without a contact
    name: 'PA: "check with your library about that" on a passport appointment, nothing else given: referral and source fail, no courteous ending',
    lines: [
      [0, 'p', 'does my library do passport applications? i use the erie library'],
      [30, 'l', "Hi, you've reached Ask Here PA, I'm Jo. Do you need a new passport or a renewal?"],
      [60, 'p', 'new one for my kid'],
      [68, 'l', "For a child's first passport both parents usually need to come. I can't see which Erie County locations take applications, so check with your library about that."],
      [100, 'p', 'ok'],
      [105, 'l', 'Anything else I can help with?'],
    ],
    over: { library: 'FLP', patronLibrary: 'ECPL', endAfter: 40 },
    exp: usual({ source: 'fail', complete: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'CO long Sunday session: a Pueblo patron\'s genealogy question across catalogues, databases and a referral to the Pueblo library\'s special collections with its e-mail; several holds; all pass',
    lines: [
      [0, 'p', 'Hello, I am trying to find out about my grandfather who worked at the CF&I steel mill in Pueblo in the 1930s'],
      [30, 'l', "Good afternoon, and welcome to AskColorado! I'm Jo, a librarian at Jefferson County Public Library. What would you most like to find: employment records, photos, newspaper mentions?"],
      [90, 'p', 'anything really. employment records would be amazing. his name was Tomas Archuleta'],
      [98, 'l', 'Do you know roughly what years he worked there, and which department?'],
      [140, 'p', '1932 to 1941 maybe. i think the rail mill'],
      [150, 'l', 'Thanks, let me look at what is online first. One moment.'],
      [240, 'l', "Still looking. The CF&I archives are at the Steelworks Center of the West in Pueblo; I'm checking what they hold."],
      [330, 'l', "The Steelworks Center of the West holds CF&I employment records (1880s-1990s) and will search them for a fee; their request form is at steelworks.us/archives/research-requests. Does that sound like what you need?"],
      [380, 'p', 'yes! how much does it cost'],
      [388, 'l', 'Let me check their fee page.'],
      [450, 'l', "Their page says research requests start at $25 for the first hour. The form asks for his name, dates and department, which you have."],
      [490, 'p', 'ok great. what about newspapers'],
      [498, 'l', "The Pueblo Chieftain from the 1930s is in Colorado Historic Newspapers, free at coloradohistoricnewspapers.org. Would a search by his name be a good start?"],
      [530, 'p', 'yes please'],
      [536, 'l', 'One moment while I try a few spellings.'],
      [640, 'l', 'I found two hits for "Tomas Archuleta" in the Chieftain, 1936 and 1939, both in mill news columns. Search his name there and limit to Pueblo Chieftain, 1930-1941.'],
      [700, 'p', 'oh wow ok'],
      [708, 'l', "Also, Rawlings Library in Pueblo has a Special Collections department with city directories that list occupations by year. You can e-mail them at specialcollections@pueblolibrary.org to ask for the 1932-1941 directory pages."],
      [760, 'p', 'this is so much more than I expected'],
      [768, 'l', 'Does all of that answer your question, or is there anything else you need on him?'],
      [800, 'p', "that's everything for now. thank you so much"],
      [806, 'l', 'My pleasure! Good luck with the search, and thanks for using AskColorado.'],
    ],
    over: { ...CO, patronLibrary: 'PCCLD' },
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "give the folks at Deschutes a shout" tells the patron to contact them; nothing to reach them by
    name: 'OR chat-speak: "ur best bet is to give the folks at Deschutes a shout tmrw" with no contact: referral fails',
    lines: [
      [0, 'p', 'hey can i get my late fees waived at the sisters library, i was in the hospital'],
      [30, 'l', 'hi! jo here, answerland librarian. sorry to hear that, hope ur ok. do u know how much the fees are?'],
      [70, 'p', 'like $12'],
      [78, 'l', "i cant waive anything at deschutes from portland unfortunately. ur best bet is to give the folks at Deschutes a shout tmrw, they're usually pretty good about that kind of thing"],
      [110, 'p', 'ok cool'],
      [115, 'l', 'anything else i can help w tonight?'],
      [135, 'p', 'nope'],
      [140, 'l', 'feel better! thx for using answerland'],
    ],
    over: OR,
    exp: usual({ source: 'fail', complete: 'fail', referral: 'fail' }),
  },
  {
    // reading: "I'm going to refer this to your library" is the provider passing it on; "by Tuesday" says when
    name: 'MD: "I\'m going to refer this to your library; they\'ll be in touch by Tuesday", the address typed by the patron and repeated: follow-up checks pass, no referral',
    lines: [
      [0, 'p', 'Can Frederick County library proctor an exam for my online class? It is through Penn State World Campus'],
      [25, 'l', "Good evening, this is Jo, a librarian with AskUsNow!. When is your exam, and does it need a webcam or paper?"],
      [65, 'p', 'March 14, on a computer with a webcam'],
      [75, 'l', "FCPL doesn't list proctoring on its site, so I'm going to refer this to your library; they'll be in touch by Tuesday. What e-mail should they use?"],
      [105, 'p', 'r.castellano.psu@example.org'],
      [112, 'l', "Thanks, that's r.castellano.psu@example.org. Meanwhile, Penn State's proctoring page (worldcampus.psu.edu/proctoring) lists other approved options. Does that help for now?"],
      [150, 'p', 'yes that is all, thanks'],
      [156, 'l', 'Good luck on the exam, and thanks for using AskUsNow!'],
    ],
    over: { ...MD, ...FU_LIB, followUps: [{ doneAt: '2026-03-03T10:05:00-05:00', by: 'fcpl' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'FL: "sorry for the wait, I\'m juggling several chats" after 2 min 40 s of nothing: keep informed fails (three open, concurrency passes)',
    lines: [
      [0, 'p', 'what time does the broward main library close on saturdays'],
      [30, 'l', "Hi! Jo with Florida's Ask a Librarian. Is this for this Saturday?"],
      [50, 'p', 'yes'],
      [210, 'l', "Sorry for the wait, I'm juggling several chats tonight. Broward's Main Library is open 10-6 on Saturdays; hours for every branch are at broward.org/Library/Locations. Does that answer your question?"],
      [240, 'p', 'yes thanks'],
      [246, 'l', 'Anything else I can help with?'],
      [262, 'p', 'no'],
      [266, 'l', 'Have a great weekend!'],
    ],
    over: FL,
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', 20, 400)] },
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "I only cover Maryland libraries, so I can't help with that. Have a good night." ends the help with no way
    // back and no one to ask: a dismissal? It is a refusal for the service's scope, not for the provider's convenience,
    // and no time limit or question limit is named: the rubric's dismissal is not met, so it passes; no source
    name: 'MD: a Delaware patron told "I only cover Maryland libraries, so I can\'t help with that", no referral, no source: source fails, dismissal passes',
    lines: [
      [0, 'p', 'how do I renew my Delaware library card? I live in Newark DE'],
      [35, 'l', 'Hello, this is Jo with AskUsNow!, the Maryland libraries chat. Are you a Maryland resident as well?'],
      [60, 'p', 'no just delaware'],
      [68, 'l', "I only cover Maryland libraries, so I can't help with that one, I'm sorry. Have a good night."],
    ],
    over: { ...MD, patronLibrary: 'DELAWARE', endAfter: 10 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
  },
];

/** The opening of a short case: a Broward patron, a Tampa librarian. */
const Q: SessionCase['lines'] = [
  [0, 'p', 'can you reset my pin? i have a broward card'],
  [20, 'l', "Hi, I'm Jo, a librarian with Florida's Ask a Librarian. Is it the PIN for the catalog or for Libby?"],
  [45, 'p', 'the catalog one'],
];
const end = (t: number): SessionCase['lines'] => [
  [t, 'p', 'ok thanks'],
  [t + 6, 'l', 'Thanks for using Ask a Librarian, good night!'],
];

export const short: SessionCase[] = [
  // ---- a party that does it over the phone, with its number (referralOnesToAsk, O1) ---------------------------------
  {
    name: 'a desk that "can reset PINs by phone at (954) 357-7444" is a party to call, with its number: referral passes',
    lines: [...Q, [55, 'l', "I can't reach Broward accounts from here. Their circulation desk can reset PINs by phone at (954) 357-7444 once they open."], ...end(90)],
    over: FL,
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"Broward takes PIN resets over the telephone at 954.357.7444 during open hours": referral passes',
    lines: [...Q, [55, 'l', 'Broward takes PIN resets over the telephone at 954.357.7444 during open hours. Does that help?'], ...end(90)],
    over: FL,
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // near miss: the patron's own device, no party and no number
    name: 'near miss: "Libby lets you renew titles by phone, right in the app": no referral',
    lines: [...Q, [55, 'l', 'For Libby, you don\'t need the catalog PIN at all: Libby lets you renew titles by phone, right in the app (libbyapp.com). Does that help?'], ...end(90)],
    over: FL,
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss: a web page to use, not a party to call
    name: 'near miss: "Broward resets PINs online at broward.org/Library/Pages/PIN.aspx": a source, no referral',
    lines: [...Q, [55, 'l', 'Broward resets PINs online at broward.org/Library/Pages/PIN.aspx with your card number and e-mail. Did that work?'], ...end(90)],
    over: FL,
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss: the provider's side acting, at the patron's own number: no party to contact
    name: 'near miss: "we\'ll handle the reset by phone at 954-555-0142 tomorrow" (the patron\'s number, the provider\'s side acting): no referral',
    lines: [
      ...Q,
      [55, 'l', "I can ask Broward's staff to do it. What's a good number for them?"],
      [70, 'p', '954-555-0142'],
      [80, 'l', "Got it: we'll handle the reset by phone at 954-555-0142 tomorrow."],
      ...end(110),
    ],
    over: FL,
    exp: some({ referral: 'na' }),
  },
  // ---- the question passed on, said as a wish or an offer (passedOnWishO1) -----------------------------------------
  {
    name: '"I would be happy to pass your question on to their reference staff, who can look into it": on the patron\'s behalf, no referral',
    lines: [...Q, [55, 'l', "I can't see Broward accounts. I would be happy to pass your question on to their reference staff, who can look into it tomorrow."], ...end(90)],
    over: FL,
    exp: some({ referral: 'na' }),
  },
  {
    name: '"I want to forward this to Broward\'s staff so they can reset it for you": on the patron\'s behalf, no referral',
    lines: [...Q, [55, 'l', "I want to forward this to Broward's circulation staff so they can reset it for you."], ...end(90)],
    over: FL,
    exp: some({ referral: 'na' }),
  },
  {
    // near miss: advice to the patron to send it themselves
    name: 'near miss: "If you\'d like, send your question to their reference staff, who can tell you for sure": a referral, no contact',
    lines: [...Q, [55, 'l', "I can't see Broward accounts. If you'd like, send your question to their reference staff, who can tell you for sure."], ...end(90)],
    over: FL,
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss: the patron is the one to forward it
    name: 'near miss: "You might want to forward that to their staff, who can reset it": a referral, no contact',
    lines: [...Q, [55, 'l', "You might want to forward that e-mail to their circulation staff, who can reset it."], ...end(90)],
    over: FL,
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): unchanged: no referring verb in "X renews cards over the phone"; a verb-less referral keys
    // on common words.
    // LEFT: the party that does it over the phone is read only with the number after "at" (referralOnesToAsk, O1);
    // without one, "renews cards over the phone" is no referral to the scorer (na), as keying on "by phone" alone
    // would also catch the patron's own device ("Libby lets you renew by phone").
    name: 'LEFT (no number) "Broward renews cards over the phone during business hours": a referral with no contact, fails',
    lines: [...Q, [55, 'l', 'Broward renews cards over the phone during business hours. Does that help?'], ...end(90)],
    over: FL,
    exp: some({ referral: 'fail' }),
  },
];

describe('fourteenth round (O1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fourteenth round (O1): a statewide service\'s evening and weekend shifts, every check', whole);
describeSessions('fourteenth round (O1): statewide evening shifts, short cases', short);

describeLeft('fourteenth-round-evening', LEFT);
