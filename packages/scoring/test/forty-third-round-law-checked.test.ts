/**
 * Forty-third round, helper 2, checked: LAW LIBRARIES AND SELF-REPRESENTED LITIGANTS. Whole sessions of a shared chat
 * queue staffed by two county law libraries (Cascade County, Alder County) and a state courts Self-Help Center: eviction
 * notices and summonses, small claims, divorce / parenting plans / child support, name change, vacating a conviction,
 * traffic tickets, jury summons, wills, small estates and probate, powers of attorney, deeds, HOA fines, debt lawsuits,
 * unpaid wages, statute / ordinance / case-law / legislative-history look-ups. Providers who may not give legal advice and
 * refer to legal aid, hotlines, the bar's lawyer referral line, clerks, facilitators, agencies, with and without a way to
 * reach them; forms and scans sent by e-mail later; angry, abusive, confused and Spanish-speaking patrons. Every one of the
 * 17 checks labelled in every session (`all` / `usual`) from RUBRIC.md before the session was run.
 *
 * SHAPES TRIED:
 *  opening: queue notices; pickups at 20-55 s, 88 s (apology, abusive patron) and 95 s (Lost Call); a recorded `pickedUpAt`
 *   (30 s) with the first words at 200 s; "Hello!" + "You're chatting with the reference desk at …"; "Hi there!" under a
 *   screen name only; chat-speak "hi! Jordan here, law librarian at …"; a Spanish greeting after a transfer;
 *  waits: "Give me a minute, checking …" then 172 s; holds every 105 s, one a partial result ("I've found the statute and I'm
 *   looking for the affidavit form now"); a partial result with "I'm still looking …, one moment" then 150 s; a hold answered
 *   exactly 120 s later with an internal question in between; an internal note and a patron "?" inside a 160 s hold; "No rush,
 *   take your time." (no hold) before a 232 s patron search for a case number; a hold still open when the patron leaves;
 *  endings: check-in at 300 + notice/thanks at 420; a goodbye 250 s after the answer (no check-in, no notice); a goodbye
 *   exactly 120 s after the answer; the seed's own notice wording ("It looks like you've disconnected. If I don't hear from
 *   you soon, I will end this session.") with no check-in and no goodbye; a check-in that also thanks ("Are you still there?
 *   If you've stepped away, thanks …") then a system end; a time limit ("we limit self-help chats to 12 minutes … I have to
 *   end the chat here"); "several other patrons are waiting … please chat back in later, or call …" (allowed); an abusive
 *   patron asked to keep it respectful and invited back; a well-wish only ("I hope the job works out."); "have a nice day";
 *   patron-side "that's everything", "thats all, thx", "no more questions", "es todo", "thats all i needed to know";
 *  follow-ups: by me with the e-mail read back and "by noon tomorrow" (done 22 h); a promise ("I'll e-mail both PDFs")
 *   coded Answered (done 3 h); by me with the e-mail only in `patron.email` ("the email address on your account by Thursday"),
 *   not done by day 5; by me, done at 2026-03-05T11:02-04:00, two minutes inside 72 h of a 10:04 -05:00 end (local clocks
 *   would say late); by the patron's library with no contact anywhere (pending); by phone, read back, "Wednesday afternoon";
 *  codes: a true Lost Call; Lost Call with three patron messages; null; Practice; "Referred to outside agency" and
 *   "Patron disconnected" (codes outside the usual list);
 *  referrals: legal aid by phone + walk-in room; a hotline and a bar clinic; the bar's lawyer referral line for a probate
 *   attorney; "take them to the clerk's office at the county courthouse" (no contact); the Sheriff's non-emergency line; the
 *   clerk's URL + street address; DCS by phone and "the family law facilitator at your courthouse" in one sentence; "talking
 *   to a probate attorney" with nothing; an elder law attorney "via" the referral line's number; L&I by URL and phone;
 *   consulting the clerk or another law library on the patron's behalf (no referral);
 *  transfers: notice + note (pass); a note but no word to the patron (Spanish, fail); a transfer where the receiving provider
 *   has four chats open in her part (concurrency fails) while the transferring one is busy only after handing over;
 *  concurrency: four at once; three at most with one ending as this starts and one starting as it ends.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "have a nice day", "Have a good day", "take care" close a chat: they say goodbye (closing.courteous); a well-wish alone
 *   ("I hope the job works out.") neither thanks, says goodbye nor invites back;
 * - a check-in that also thanks is no Goodbye (Terms: "unless it also asks whether the patron is still there"), so the final
 *   idle runs to the end; it still "thanks the patron" for closing.courteous; "If you've stepped away, thanks …" says nothing
 *   of a disconnect or of the session ending (disconnect_notice fails);
 * - "It looks like you've disconnected. If I don't hear from you soon, I will end this session." (the seed's example) says
 *   both parts of a disconnect notice; it asks nothing, so it is no check-in;
 * - in a Lost Call, "Hello, this is Ray … Are you still there?" begins the final idle and is a check-in during it;
 * - a recorded `pickedUpAt` before the first provider message: the patron waits on the provider from pickup to that message
 *   (170 s: keep_informed fails, pickup passes);
 * - "walk in at the courthouse, Room W-325" after "call them at <phone>" is a second way to reach the same party (the legal
 *   aid project's walk-in desk), not a second party; "at your courthouse" / "at the county courthouse" is no postal address;
 * - "The … Court Clerk makes certified copies: request them online at <URL>, by mail, or in person at <address>" tells the
 *   patron to contact or visit the clerk (a referral, reached);
 * - "you may want to have an elder law attorney look it over; the county bar's lawyer referral line (<phone>) can give you
 *   names": a generic professional is reached through the referral service whose number is given (pass); "I'd recommend
 *   talking to a probate attorney" with nothing is a referral with no way to reach them (fail);
 * - "I'll call our contact in the clerk's office", "I'll pass your question to the Jefferson County law library" are parties
 *   consulted on the patron's behalf; "it may only be available at the clerk's counter" tells no one to go there: no referral;
 * - "I can have our probate facilitator call you" is a promise of follow-up ("someone … will contact you"); the patron's own
 *   cell number given in the chat and read back is the confirmed contact;
 * - "Does that help for now?", "Does that point you in the right direction?", "Is that the one?", "¿Le sirve esta
 *   información?" ask whether what was given meets the need; "Would it be OK if I transfer you to them?" is no question about
 *   the need;
 * - a non-empty code outside the usual list ("Patron disconnected") passes resolution.code (RUBRIC lists only failures).
 *
 * COUNTS. Written: 40 whole sessions, every check labelled before running: a first batch of 36 and a second of 4 (37-40,
 * labelled before their run). First run as labelled / disagreeing: 36 / 4 (first batch 32 / 4, second 4 / 0), all four on
 * referral.contact. Label corrections: 0 (each disagreement reread against RUBRIC's Referral term and referral.contact; none
 * was my mistake by its text). Final: 36 running, 4 LEFT (below; the reasons in LEFT_WHY):
 *  - 29 pass for fail: the DCS phone in "You can call the DCS office at <phone> …, and talk to the family law facilitator at
 *    your courthouse before filing" reaches the facilitator too (split into two sentences it fails as labelled);
 *  - 26 fail for pass: an elder law attorney reached through the bar's referral line is read as a party with no way to reach
 *    them (a reading RUBRIC leaves room for, stated above; "Call the county bar's lawyer referral line (<phone>) to find an
 *    elder law attorney." passes);
 *  - 17 na for pass: "The … Clerk makes certified copies: request them … in person at <address>" is read as no referral
 *    ("Request copies from the … Clerk in person at <address>." passes);
 *  - 01 fail for pass: "call them at <phone>, or walk in at the courthouse, Room W-325" reads "the courthouse" as a second
 *    party ("or visit their walk-in desk in Room W-325 of the courthouse" passes).
 * The redaction equality of describeSessions holds for every running case (patron e-mails and a phone in the chat, an e-mail
 * only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 40 tests passed (4 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, P, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The patron leaves (a system event). */
/** A queue notice from the system. */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. Please stay on this page.`];

// County law libraries and a state courts self-help service sharing one chat queue.
const DANA: Prov = P('dana', 'Dana (Law Library)', 'CCLL');
const RAY: Prov = P('ray', 'Ray T.', 'SCSH');
const MEI: Prov = P('mei', 'Mei', 'CCLL');
const JORDAN: Prov = P('jordan', 'Jordan', 'ACLL');
const NOOR: Prov = P('noor', 'Noor S.', 'SCSH');
const GLEN: Prov = P('glen', 'Glen', 'ACLL');
const HELEN: Prov = P('helen', 'Helen W.', 'CCLL');
const OWEN: Prov = P('owen', 'Owen', 'CCLL');
const BEA: Prov = P('bea', 'Bea', 'ACLL');
const SOPHIE: Prov = P('sophie', 'Sophie', 'CCLL');
const LEE: Prov = P('lee', 'Lee', 'CCLL');
const PRIYA: Prov = P('priya', 'Priya', 'SCSH');
const TESS: Prov = P('tess', 'Tess', 'ACLL');
const VAL: Prov = P('val', 'Val', 'SCSH');
const KAT: Prov = P('kat', 'Kat', 'CCLL');
const SCREEN: Prov = P('lawlib3', 'LawLib-3', 'CCLL');
const TRAINER: Prov = P('trainer', 'Self-Help Trainer', 'SCSH');

export const law: SessionCase[] = [
  // 1 eviction notice: by the book, legal aid with phone and walk-in room
  s(DANA, '01 eviction: 14-day notice, no court papers yet; Housing Justice Project phone; patron "that\'s everything"', [
    [0, 'p', 'hi i got a paper taped to my door saying i have 14 days to pay rent or get out. is that legal?? i have 2 kids'],
    [38, 'l', "Hi, thanks for reaching out to the Cascade County Law Library. My name is Dana, I'm one of the law librarians."],
    [52, 'l', "I'm sorry you're dealing with this. Just so I point you to the right things: is it only the notice from your landlord so far, or have you also been handed court papers (a summons and complaint)?"],
    [101, 'p', 'just the notice. nothing from court'],
    [110, 'l', 'ok, one moment while I pull up the tenant resources.'],
    [205, 'l', "I can't tell you whether the notice is valid, that would be legal advice, but here's where to get it looked at. The Housing Justice Project gives free legal help to tenants facing eviction: call them at 206-555-0173, or walk in at the courthouse, Room W-325, weekdays 9-12."],
    [214, 'l', 'For reading on your own, washingtonlawhelp.org has a 14-day notice packet under Housing > Eviction, with a sample letter you can send the landlord.'],
    [220, 'l', 'Does that help for now?'],
    [290, 'p', "yes thank you so much. that's everything"],
    [297, 'l', "You're very welcome. Good luck, and please chat with us again if you get court papers."],
  ], usual({ referral: 'pass' })),

  // 2 small claims fee: "give me a minute" then 172 s of nothing
  s(RAY, '02 small claims fee: "Give me a minute, checking the fee schedule" then 172 s; no completeness question', [
    [0, 'p', 'How much does it cost to file in small claims court? Someone owes me $1,800 for a car repair'],
    queue(3, 2),
    [44, 'l', "Good morning! You've reached the Courts Self-Help chat; I'm Ray. Which county would you be filing in?"],
    [70, 'p', 'Pierce'],
    [78, 'l', 'Give me a minute, checking the district court fee schedule.'],
    [250, 'l', "Thanks for waiting. Filing a small claims case in Pierce County District Court is $35, plus the cost of serving the other party (about $15 by certified mail, more with a process server). The full list is on the court's fees page: piercecountywa.gov/districtcourt, under Fees."],
    [262, 'p', 'ok'],
    [270, 'l', 'Is there anything else I can help you with?'],
    [300, 'p', 'no'],
    [305, 'l', 'Thank you for using Self-Help chat. Take care!'],
  ], usual({ informed: 'fail', complete: 'fail' })),

  // 3 joint divorce: local cover sheet promised by e-mail, e-mail repeated, "by noon tomorrow", done in 22 h
  s(MEI, '03 divorce forms (follow-up by me): local cover sheet to be e-mailed, address read back, "by noon tomorrow", done in 22 h', [
    [0, 'p', 'Hello, I need the forms for a divorce. We have two children and we agree on everything.'],
    [25, 'l', "Hello and welcome to Ask a Law Librarian! I'm Mei, a librarian at the Cascade County Law Library."],
    [33, 'l', 'Are you and your spouse filing together (a joint petition), or will one of you file and serve the other?'],
    [80, 'p', 'together. and we have a parenting plan already written up ourselves'],
    [95, 'l', 'The statewide family law forms are at courts.wa.gov/forms, under Domestic Relations > Divorce / Dissolution. The packet for a joint petition with children starts with form FL Divorce 201. Is that the packet you were looking for?'],
    [160, 'p', 'yes I found it. but our county has its own parenting plan cover sheet I think? the clerk said something about it'],
    [170, 'l', 'Let me look for that.'],
    [260, 'l', "I'm not finding the local cover sheet online; it may only be available at the clerk's counter. I'll call our contact in the clerk's office this afternoon and e-mail you the form, or let you know where to get it. What's the best e-mail for you?"],
    [300, 'p', 'its jhollis.home@gmail.com'],
    [308, 'l', "Thank you, I have jhollis.home@gmail.com. You'll hear from me by noon tomorrow at the latest."],
    [315, 'l', 'Anything else I can help with today?'],
    [350, 'p', "no that's all, thanks!!"],
    [356, 'l', 'Thanks for chatting with us. Have a good afternoon.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(22 * HOUR) }] }),

  // 4 adult name change: told to take the forms to the clerk's office, no way to reach it
  s(JORDAN, '04 name change (chat-speak provider): "take them to the clerk\'s office at the county courthouse" with no contact', [
    [0, 'p', 'how do i legally change my name? im 19'],
    [20, 'l', 'hi! Jordan here, law librarian at Alder County Law Library'],
    [28, 'l', 'is this an adult name change on its own, or connected to a marriage or divorce?'],
    [60, 'p', 'on its own, i just want to go by my middle name'],
    [75, 'l', "ok! the adult name change petition and order forms are on the court's self-help page: selfhelp.aldercourts.gov/name-change . fill out the petition (NC-100) and the proposed order. once you sign, take them to the clerk's office at the county courthouse to file and pay the fee"],
    [82, 'l', 'did that help?'],
    [110, 'p', 'kinda. how much is the fee'],
    [118, 'l', 'one sec'],
    [180, 'l', "the filing fee is listed as $201 on the same page, and if you can't afford it there's a fee waiver form (FW-001) there too"],
    [200, 'p', 'ok cool thats all i needed'],
    [206, 'l', 'great, good luck with it! bye :)'],
  ], usual({ referral: 'fail' })),

  // 5 expungement, angry patron; the provider's last words are no thanks / goodbye / invitation
  s(NOOR, '05 vacating a conviction (angry patron): CLEAR hotline and bar clinic with contacts; ends "I hope the job works out."', [
    [0, 'p', "I need my record expunged. I got a job offer and they're going to run a background check. HOW do I do this"],
    [50, 'l', "Hi, welcome to the Courts Self-Help Center chat. My name is Noor. I'm sorry for the stress, let's see what we can find. Was the case in adult criminal court, and do you know if it ended in a conviction or a dismissal?"],
    [95, 'p', 'misdemeanor. convicted. 2017. just tell me if I qualify'],
    [105, 'l', "I'm not able to say whether you qualify, that's legal advice and I'm not an attorney, but I can show you the rules and where to get free help with them."],
    [112, 'p', 'this is ridiculous. every place i call says the same thing. nobody will just answer'],
    [140, 'l', "I hear you, it's frustrating. The rules for vacating a misdemeanor are in RCW 9.96.060, which you can read at app.leg.wa.gov/rcw. You can call the free CLEAR hotline at 1-888-555-0142 to find out if you qualify, and the King County Bar's Vacate Clinic helps people fill out the motion: sign up at kcba.org/clinics."],
    [170, 'p', 'whatever. ill figure it out myself'],
    [176, 'l', 'I understand. If you want to try on your own, the motion and order forms are at courts.wa.gov/forms under Criminal Records > Vacate. I hope the job works out.'],
    left(200),
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'pass' })),

  // 6 speeding ticket: no advice on which option, the court's traffic page
  s(GLEN, '06 speeding ticket: which option to choose (no advice), the court\'s traffic page, patron "thats all, thx"', [
    [0, 'p', 'got a speeding ticket 74 in a 60. should i contest it or just pay'],
    [30, 'l', "Hello! This is Glen at the Alder County Law Library's chat service."],
    [36, 'l', "I can't recommend which way to go, but I can show you what each option involves. Which court is listed on the ticket?"],
    [72, 'p', 'alder county district court'],
    [80, 'l', "OK. The back of your ticket lists three choices: pay, request a mitigation hearing (you admit it but explain, and the judge may lower the fine), or request a contested hearing. The court's traffic page, aldercountydc.gov/traffic, explains each and has the request form. You have 30 days from the date on the ticket to respond."],
    [86, 'l', 'Does that answer your question?'],
    [140, 'p', 'yeah i think ill do mitigation. thats all, thx'],
    [146, 'l', "You're welcome, take care! Bye."],
  ], usual()),

  // 7 small estate: a long search held at 105 s intervals, one of them a partial result
  s(HELEN, '07 small estate affidavit: holds every 105 s (one a partial result), statute + guide, lawyer referral line', [
    [0, 'p', 'My father passed in January. He had a bank account with about $40,000 and a car, no will. My sister says we dont need probate? How do we get the money out'],
    queue(2),
    [55, 'l', "Good afternoon, and I'm very sorry about your father. I'm Helen, a reference librarian at the Cascade County Law Library."],
    [63, 'l', "Do you know whether there's any real estate (a house or land) in his name, and which state he lived in?"],
    [130, 'p', 'Washington. no house, he rented'],
    [140, 'l', 'Thank you. Let me look up the small estate rules for you, this might take a few minutes.'],
    [245, 'l', "Still searching, thanks for your patience. I've found the statute and I'm looking for the affidavit form now."],
    [350, 'l', "Found it. Washington lets heirs collect a small estate without probate by affidavit when the estate is $100,000 or less and there's no real estate: RCW 11.62.010, at app.leg.wa.gov/rcw. You have to wait 40 days after the death. The law library's guide 'Settling a Small Estate' at cascadelawlib.org/guides/small-estates has a sample affidavit and explains what the bank will ask for."],
    [357, 'l', 'Is that what you needed?'],
    [450, 'p', 'yes this is really helpful. the bank told us we needed letters testamentary so i was confused'],
    [462, 'l', "Banks sometimes say that. The affidavit is an alternative the statute allows; if the bank still refuses, call the Washington State Bar Association's Lawyer Referral line at 1-800-555-0188 for a low-cost first consult with a probate attorney."],
    [470, 'l', 'Can I help with anything else?'],
    [520, 'p', 'no, thank you for being so patient with me'],
    [528, 'l', 'It was my pleasure. Thank you for chatting with us, and take care.'],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Referred to outside agency' }),

  // 8 case law look-up for a paralegal student
  s(OWEN, '08 case law: paralegal student wants an opinion; courts site + Google Scholar; "no more questions"', [
    [0, 'p', "Hi, I'm a paralegal student and I need to find the full text of a Washington case, Hundtofte v. Encarnación. Our school doesn't have Westlaw."],
    [22, 'l', "Hi! You've reached Owen, law librarian with Ask a Law Librarian."],
    [30, 'l', 'Do you have the citation, or just the case name?'],
    [65, 'p', '181 Wn.2d 1, 2014'],
    [72, 'l', 'Great, checking.'],
    [150, 'l', "Washington Supreme Court opinions since 1997 are free on the courts' own site: courts.wa.gov/opinions, search by case name. It's also on Google Scholar (scholar.google.com, choose 'Case law'). If your instructor wants the official reporter page numbers, our public terminals have Westlaw and you can print for 10 cents a page."],
    [155, 'l', 'Does that get you the opinion?'],
    [230, 'p', 'got it on google scholar. no more questions, thank you!'],
    [236, 'l', 'Glad it worked. Thanks for using Ask a Law Librarian!'],
  ], usual()),

  // 9 a true Lost Call: the patron left in the queue; greeting + check-in, then a disconnect notice that invites back
  s(RAY, '09 custody forms (Lost Call): patron leaves the queue at 80, "Hello … Are you still there?" at 95, notice + invitation at 320', [
    [0, 'p', 'where are the forms to change custody'],
    queue(2, 3),
    left(80),
    [95, 'l', 'Hello, this is Ray with the Courts Self-Help chat. Are you still there?'],
    [320, 'l', "It looks like you've disconnected, so I'll close this session now. You're welcome to chat with us again anytime."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 transfer done properly: law library -> court self-help (hearing date)
  s(BEA, '10 hearing date: law library transfers to court Self-Help with a notice and a note; Ray confirms the name and looks it up', [
    [0, 'p', 'hi can you tell me when my hearing is? case 25-3-01234-1, family court'],
    [26, 'l', "Hi there, this is Bea at the Alder County Law Library. We don't have access to court calendars here, but the court's Self-Help Center staff can look up hearing dates. Would it be OK if I transfer you to them?"],
    [60, 'p', 'yes please'],
    [66, 'l', 'Transferring you now, one moment please.'],
    [68, 'i', "Ray: patron wants the hearing date for family case 25-3-01234-1; we can't see the calendar. Can you take it?"],
    xfer(72, 'Ray T.', 'ray'),
    [115, 'l', "Hi, I'm Ray with the Courts Self-Help Center. Thanks for waiting. Can you confirm your last name as it's listed on the case?", as(RAY)],
    [150, 'p', 'Moreno'],
    [160, 'l', 'Thank you. Let me check the calendar.', as(RAY)],
    [240, 'l', "Your next hearing in that case is a status conference on March 19 at 1:30 pm, Courtroom 3B, Alder County Courthouse. You can always check hearing dates yourself on the court's case search at odyssey.aldercourts.gov/portal.", as(RAY)],
    [247, 'l', 'Does that answer your question?', as(RAY)],
    [300, 'p', "yes. thank you that's all i needed"],
    [306, 'l', "You're welcome! Good luck on the 19th, and thanks for contacting Self-Help.", as(RAY)],
  ], usual({ transfer: 'pass' })),

  // 11 transfer to a Spanish-speaking colleague with a note but no word to the patron
  s(SOPHIE, '11 eviction summons (Spanish): internal note, no visible notice, transfer; Mei answers in Spanish with a phone', [
    [0, 'p', 'hola, necesito ayuda con una demanda de desalojo, hablo poco inglés'],
    [40, 'l', "Hello! I'm Sophie at the Cascade County Law Library chat."],
    [44, 'i', 'Mei, can you take this? Spanish speaker, eviction summons. Thanks!'],
    xfer(47, 'Mei', 'mei'),
    [100, 'l', '¡Hola! Soy Mei, bibliotecaria de la Biblioteca de Derecho del Condado de Cascade. ¿Ya recibió los papeles del tribunal (la citación y la demanda), o solo un aviso del dueño?', as(MEI)],
    [160, 'p', 'si, los papeles del tribunal. dice que tengo que responder'],
    [175, 'l', 'Entiendo. No puedo darle consejo legal, pero puede llamar al Proyecto de Justicia para Inquilinos al 206-555-0173: ofrecen abogados gratis para desalojos y hablan español. En washingtonlawhelp.org/es hay un paquete para responder a la demanda.', as(MEI)],
    [182, 'l', '¿Le sirve esta información?', as(MEI)],
    [240, 'p', 'si gracias. es todo'],
    [246, 'l', '¡De nada! Mucha suerte, y gracias por comunicarse con nosotros.', as(MEI)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 12 four chats at once
  s(LEE, '12 old credit card debt: statute of limitations; Lee has three other chats open from 120 to 350 s (four at once)', [
    [0, 'p', 'What is the statute of limitations on credit card debt in Washington? A collector is calling about a card from 2018'],
    [35, 'l', "Good morning, you've reached Lee at the law library. Did you sign a written card agreement, or was it opened online? (It can affect which time limit applies.)"],
    [90, 'p', 'i applied online i think, it was a capital one card'],
    [100, 'l', 'Bear with me a moment.'],
    [190, 'l', "Washington's limit for a written contract is six years, RCW 4.16.040; read it at app.leg.wa.gov/rcw/default.aspx?cite=4.16.040. WashingtonLawHelp also has a fact sheet, 'Debt collectors: know your rights', at washingtonlawhelp.org. Whether the time has run in your case depends on things like the date of your last payment, which a lawyer would have to look at."],
    [197, 'l', 'Did that help?'],
    [260, 'p', "yes. last payment was 2019 so i guess it's close"],
    [270, 'l', 'Anything else I can look up for you?'],
    [330, 'p', 'no thats it'],
    [336, 'l', 'OK, thanks for chatting and good luck!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('l1', 'lee', -300, 500), other('l2', 'lee', -100, 350), other('l3', 'lee', 120, 900)],
  }),

  // 13 three at once at most: one ends as this starts, one starts as it ends
  s(PRIYA, '13 anti-harassment order: safety question first, forms + advocate phone; three chats at most (boundaries touch)', [
    [0, 'p', "how do i get a restraining order against my ex's new boyfriend. he keeps showing up at my work"],
    [20, 'l', "Hello, this is Priya with the Courts Self-Help chat. I'm sorry that's happening. Are you in immediate danger right now?"],
    [48, 'p', "no not right now. i'm at home"],
    [55, 'l', "OK, good. Since he isn't a family member or someone you dated, the order that usually fits is an Anti-Harassment Protection Order. The forms and instructions are at courts.wa.gov/forms, under Protection Orders, and there's no filing fee. If you'd like an advocate to help with the petition, call the court's Protection Order Advocacy program at 206-555-0119."],
    [62, 'l', 'Does that point you in the right direction?'],
    [150, 'p', "yes. thank you. that's all i need right now"],
    [158, 'l', 'Please stay safe. Thank you for reaching out to us, and chat again anytime.'],
  ], usual({ referral: 'pass' }), { endAfter: 10 }, {
    otherIntervals: [other('p1', 'priya', -600, 0), other('p2', 'priya', -200, 500), other('p3', 'priya', 30, 400), other('p4', 'priya', 168, 900)],
  }),

  // 14 deposit: the patron goes quiet, check-in at 300, notice + goodbye at 420
  s(TESS, '14 security deposit: patron silent after the answer; "are you still there?" at 300, disconnect notice + thanks at 420', [
    [0, 'p', 'My landlord kept my whole deposit ($1,500) and never sent me a list of damages. Can I sue him?'],
    [31, 'l', "Hi, you've reached Tess, a law librarian with the Alder County Law Library. How long ago did you move out?"],
    [70, 'p', 'about 5 weeks ago'],
    [79, 'l', 'Thanks. Let me find the deposit statute.'],
    [160, 'l', "In Washington, a landlord has 30 days after you move out to return the deposit or give you a full written statement of why it's being kept (RCW 59.18.280). If they don't, the law allows you to sue for the deposit, and in some cases up to twice its amount. The Self-Help page courts.wa.gov/selfhelp has a small claims guide, and washingtonlawhelp.org has a sample demand letter for deposits."],
    [166, 'l', 'Is this what you were looking for?'],
    [300, 'l', 'Hi, are you still there?'],
    [420, 'l', "I haven't heard from you in a while, so it looks like you've been disconnected. I'll end this chat now; please feel free to contact us again with any questions. Thank you!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 15 noise ordinance: 250 s of silence, then only a goodbye
  s(GLEN, '15 noise ordinance: answer at 105, no reply, "Thanks for contacting the law library. Goodbye." at 355 (no check-in, no notice)', [
    [0, 'p', 'whats the noise ordinance for alder county? neighbor runs a leaf blower at 6am'],
    [45, 'l', 'Hello, Glen at the law library here. Do you live in a city, or in unincorporated Alder County? The rules are different.'],
    [95, 'p', 'unincorporated, near Pine Hollow'],
    [105, 'l', "Then it's the county code, Chapter 9.40: read it free at library.municode.com/wa/alder_county (search 'noise'). It limits power equipment in residential areas to 7 am-10 pm on weekdays and 9 am-10 pm on weekends. If you want to complain, call the Sheriff's non-emergency line at 360-555-0102."],
    [111, 'l', 'Does that answer it?'],
    [355, 'l', 'Thanks for contacting the law library. Goodbye.'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' })),

  // 16 jury duty: the goodbye exactly 120 s after the answer
  s(OWEN, '16 jury summons: answer with "Does that help?" at 70, goodbye at 190 (a final idle of exactly 120 s, no check-in)', [
    [0, 'p', "I got a jury summons but I'm a full time student out of state. how do I get excused?"],
    [24, 'l', 'Hi! Owen here with Ask a Law Librarian. Which court sent the summons, superior court or district court?'],
    [60, 'p', 'Superior court, Cascade County'],
    [70, 'l', "Cascade County Superior Court handles excusals through its jury page: cascadecounty.gov/superior-court/jury. Use the 'Request to be Excused' form there and attach proof of enrollment; you can submit it online. Does that help?"],
    [190, 'l', 'Thanks for chatting with us today, bye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 17 certified decree: a hold answered exactly 120 s later, an internal question in between
  s(LEE, '17 certified divorce decree: hold at 58, internal note at 120, answer at 178 (exactly 120 s); clerk with URL and address', [
    [0, 'p', 'need a certified copy of my divorce decree from 2009 for a mortgage. how?'],
    [28, 'l', 'Good afternoon! Lee at the Cascade County Law Library. Was the divorce granted in Cascade County?'],
    [50, 'p', 'yes'],
    [58, 'l', "One moment, I'm checking how the clerk handles copy requests."],
    [120, 'i', 'anyone know if Cascade clerk still does copies by mail?'],
    [178, 'l', "The Cascade County Superior Court Clerk makes certified copies: request them online at cascadecounty.gov/clerk/records, by mail, or in person at 930 Tacoma Ave S, Room 110. It's $5 for the certification plus 50 cents a page."],
    [185, 'l', 'Is that the information you needed?'],
    [215, 'p', 'perfect, thats all i need'],
    [220, 'l', 'Great! Thanks for contacting us.'],
  ], usual({ referral: 'pass' })),

  // 18 parenting plan: a time limit, no way back
  s(VAL, '18 parenting plan line by line: after 12 minutes "we limit self-help chats to 12 minutes … I have to end the chat here"', [
    [0, 'p', "can you help me fill out the parenting plan form? i'm stuck"],
    [33, 'l', "Hi, I'm Val with the Courts Self-Help chat. Which parenting plan form are you using, and which part is giving you trouble?"],
    [70, 'p', 'proposed parenting plan FL All Family 140, section 3 and 4'],
    [80, 'l', 'Let me pull up the instructions.'],
    [170, 'l', "Here they are: courts.wa.gov/forms, search 'FL All Family 140', and open the instructions PDF. Section 3 (the school-year schedule) starts on page 4, and section 4 (holidays) on page 6. We can't tell you what to put in the plan, but the instructions give examples of common schedules. Does that help?"],
    [260, 'p', 'ok but what do i put if we do alternating weeks'],
    [280, 'l', "The instructions' example 2 shows an alternating-weeks schedule written out. You'd adapt it to your own days and times."],
    [400, 'p', 'ok and for holidays do i have to list every holiday'],
    [420, 'l', 'You list the ones that matter to your family; the form has checkboxes for the common ones and a blank line for others.'],
    [560, 'p', 'what about summer'],
    [580, 'l', 'Summer is its own part, 3.5, on the same form.'],
    [700, 'p', 'ok and then i file it where'],
    [720, 'l', "Sorry, we limit self-help chats to 12 minutes and you're past that, so I have to end the chat here."],
    [735, 'p', 'wow ok'],
    [740, 's', 'Chat ended by provider.', sys('ended')],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 19 landlord with a list of questions: others waiting, come back later or call (allowed); the patron has the last word
  s(PRIYA, '19 landlord, many questions: "several other patrons are waiting … please chat back in later, or call …"; patron "ok" last', [
    [0, 'p', 'Im a landlord, my tenant hasnt paid in 3 months. what notice do i give'],
    [40, 'l', 'Hello, thanks for contacting Courts Self-Help, this is Priya. Is the property residential, and is it in Washington?'],
    [70, 'p', 'yes residential, spokane'],
    [78, 'l', "For unpaid rent it's the 14-day notice to pay or vacate; the required wording is in RCW 59.18.057 (app.leg.wa.gov/rcw). The state has a sample at courts.wa.gov/forms, under Landlord/Tenant. Is that what you were after?"],
    [150, 'p', 'yes. then what if they dont leave. do i file in superior court? how do i serve them? can i change the locks?'],
    [165, 'l', "You can't change the locks; only the sheriff can remove a tenant, after a court order. The court process (an 'unlawful detainer') is in superior court, and the steps are in the Landlord/Tenant section of the same forms page."],
    [230, 'p', 'ok and how much does that cost and do i need a lawyer and what if they file bankruptcy'],
    [250, 'l', 'Those are good questions, but several other patrons are waiting in the queue right now, so I need to wrap up here. Please chat back in later, or call the Self-Help Center at 509-555-0160 during business hours, and we can keep going. Thank you for your patience!'],
    [262, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 20 follow-up by the patron's library with no contact anywhere
  s(DANA, '20 Jefferson County local rules (follow-up by patron\'s library): no e-mail or phone anywhere, no time; pending', [
    [0, 'p', "hi, I'm in Jefferson County. I need the local court rules for family law there, specifically about mandatory mediation"],
    [25, 'l', "Hello! I'm Dana, a law librarian at Cascade County Law Library, covering the statewide chat right now. Is this for a case that's already filed?"],
    [60, 'p', 'yes, my ex filed in january'],
    [70, 'l', "Let me see what's online."],
    [170, 'l', "The statewide local rules index is at courts.wa.gov/court_rules, under Local Rules > Jefferson. The family law rules posted there are from 2019 and don't mention mediation, so there may be a newer version that isn't posted. I'll pass your question to the Jefferson County law library, and they will follow up with the current rule."],
    [176, 'l', 'Does that help for now?'],
    [230, 'p', 'ok thanks'],
    [236, 'l', 'Thank you for chatting, goodbye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 21 fee waiver forms promised by e-mail, coded Answered
  s(MEI, '21 fee waiver (promise coded Answered): "I\'ll e-mail both PDFs", address read back, "before 5 pm today", done in 3 h', [
    [0, 'p', "I can't afford the filing fee for my divorce. is there a way to not pay it"],
    [40, 'l', "Hi, this is Mei with Ask a Law Librarian at the Cascade County Law Library. Are you receiving any public benefits, like SNAP or SSI? That affects which form you'd use."],
    [88, 'p', 'yes SNAP'],
    [95, 'l', "Then you'd use the statewide fee waiver motion (GR 34) with the financial statement. The forms are at courts.wa.gov/forms under Fee Waiver. Did that answer your question?"],
    [150, 'p', 'the website wont load on my phone, can you send them?'],
    [160, 'l', "Sure. I'll e-mail both PDFs to you. What address should I use?"],
    [205, 'p', 'tanya.r.brooks@outlook.com'],
    [212, 'l', "Got it: tanya.r.brooks@outlook.com. I'll send them before 5 pm today."],
    [220, 'p', "thank you so much, that's everything i needed"],
    [226, 'l', "You're welcome. Thanks for chatting and good luck!"],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(3 * HOUR) }] }),

  // 22 legislative history: the e-mail only on file, "by Thursday", not done by day 5
  s(OWEN, '22 legislative history (follow-up by me): "the email address on your account by Thursday" (never read back); not done by day 5', [
    [0, 'p', "Hello. I'm researching the legislative history of the 1973 Residential Landlord-Tenant Act for a brief. Do you have the bill reports?"],
    [30, 'l', 'Good morning, Owen at the Ask a Law Librarian service. Are you looking for the House and Senate bill reports, or the floor debates too?'],
    [75, 'p', 'bill reports and any committee testimony'],
    [85, 'l', 'One moment while I check our holdings.'],
    [190, 'l', "Our 1973 session laws and the legislative journals are in print here, but the bill reports from that year aren't online. For committee testimony, contact the State Archives (sos.wa.gov/archives, 360-555-0133), which holds the committee files. I'll pull our print copies and scan the bill report pages for you."],
    [196, 'l', "I'll send the scans to the email address on your account by Thursday."],
    [230, 'p', 'Thank you, that would be great.'],
    [236, 'l', "You're welcome! Anything else?"],
    [260, 'p', 'No, that is everything.'],
    [266, 'l', 'Thanks, bye!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail', referral: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'k.nakamura@lawfirm.example', phone: null },
  }, { now: T0 + 5 * DAY }),

  // 23 appellate brief scanned: done at 11:02 -04:00 on day 3, two minutes inside 72 h (10:04 -05:00 + 72 h)
  s(DANA, '23 appellate brief from fiche (follow-up by me): "by Thursday morning", done 2026-03-05T11:02-04:00 (inside 72 h)', [
    [0, 'p', "Can you get me a copy of the appellant's brief in a 1996 Court of Appeals case? Smith v. Harbor Marine, No. 18344-1-II"],
    [20, 'l', 'Hello, Dana here at the Cascade County Law Library. Do you need the whole brief, or just specific pages?'],
    [58, 'p', 'the whole thing if possible'],
    [66, 'l', 'Checking our briefs collection, one moment.'],
    [150, 'l', "We have Division II briefs on microfiche for 1990-2005 (the list is at cascadelawlib.org/briefs), and that case number is there. I can scan it for you; it's about 40 pages, and there's no charge under 50. What e-mail should I send it to?"],
    [190, 'p', 'm_ortega_law@yahoo.com'],
    [197, 'l', "Thank you. I'll scan it and send it to m_ortega_law@yahoo.com by Thursday morning. Is there anything else I can help with?"],
    [240, 'p', 'nope thats all. appreciate it'],
    [246, 'l', 'My pleasure. Thanks for using the law library!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T11:02:00-04:00' }] }),

  // 24 Practice
  s(TRAINER, '24 practice chat (Practice): every check na', [
    [0, 'p', 'test test - this is a practice chat for new staff'],
    [10, 'l', 'Hello! Trainer here, testing the law library macros.'],
    [15, 'l', 'Library staff cannot give legal advice, but we can help you find forms, statutes and free legal help.'],
    [20, 'p', 'got it, ending'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 rules of evidence: screen name only, no question, "have a nice day"
  s(SCREEN, '25 rules of evidence: "Hi there!" under a screen name, answer at once, "You\'re welcome, have a nice day!"', [
    [0, 'p', 'where can i find the washington court rules of evidence'],
    [15, 'l', 'Hi there!'],
    [18, 'l', "They're on the courts' website: courts.wa.gov/court_rules, under Rules of Evidence (ER)."],
    [40, 'p', 'thank you!'],
    [44, 'l', "You're welcome, have a nice day!"],
  ], usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail' })),

  // 26 power of attorney: greeting split over two messages; an attorney reached through the bar's referral line
  s(BEA, '26 power of attorney: "Hello!" + "You\'re chatting with the reference desk at …"; elder law attorney via the referral line', [
    [0, 'p', 'do you have a power of attorney form i can use for my mom'],
    [18, 'l', 'Hello!'],
    [25, 'l', "You're chatting with the reference desk at the Alder County Law Library. Is this for health care decisions, financial matters, or both?"],
    [60, 'p', "financial mostly. she's going into assisted living"],
    [70, 'l', "Our self-help guide 'Powers of Attorney in Washington' (alderlawlib.org/guides/poa) links to the statutory form in RCW 11.125.480, which you can print. It has to be signed in front of a notary or two qualified witnesses. Since your mom's capacity may come up, you may want to have an elder law attorney look it over; the county bar's lawyer referral line (360-555-0150) can give you names."],
    [76, 'l', 'Is that the kind of form you were looking for?'],
    [130, 'p', 'yes thank you'],
    [136, 'l', 'Any other questions I can help with?'],
    [170, 'p', 'no'],
    [175, 'l', 'Take care, and thank you for chatting with us.'],
  ], usual({ referral: 'pass' })),

  // 27 unpaid wages: resolution code null
  s(GLEN, '27 unpaid last paycheck: L&I with URL and phone; resolution code null', [
    [0, 'p', "my old boss won't pay my last paycheck. who do i complain to"],
    [25, 'l', 'Hi, Glen with the Alder County Law Library chat. Were you an employee, or paid as a contractor?'],
    [55, 'p', 'employee, W2'],
    [62, 'l', "Then you can file a wage complaint with the Department of Labor & Industries: lni.wa.gov/workers-rights, or call them at 1-866-555-0114. It's free and they investigate it for you. Did that help?"],
    [100, 'p', "yes thanks. that's all"],
    [104, 'l', 'Glad to help, bye!'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 28 coded Lost Call though the patron wrote three times; the answer and a goodbye after they left
  s(VAL, '28 contractor small claims (coded Lost Call, 3 patron messages): answer + "It looks like you may have left" after the patron left', [
    [0, 'p', 'where do I get a small claims form to sue my contractor'],
    [30, 'l', 'Hi, Val at the Courts Self-Help chat! Which county is the contractor in?'],
    [55, 'p', 'king'],
    [60, 'p', "actually snohomish, he's in everett"],
    [68, 'l', 'Thanks, one moment while I find the Snohomish County District Court page.'],
    left(120),
    [150, 'l', 'The form is at snohomishcountywa.gov/districtcourt under Small Claims. It looks like you may have left; feel free to chat with us again anytime.'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 child support: DCS with a phone, "the family law facilitator at your courthouse" without one
  s(NOOR, '29 lowering child support: DCS phone given, "talk to the family law facilitator at your courthouse" with no contact', [
    [0, 'p', 'I lost my job, how do I lower my child support'],
    [35, 'l', "Hello, you're chatting with Noor from the Courts Self-Help Center. Was your support order set by a court, or by DCS (the state Division of Child Support)?"],
    [80, 'p', 'court, in our divorce'],
    [90, 'l', "Then you'd file a Petition to Modify Child Support (FL Modify 501). Forms are at courts.wa.gov/forms under Child Support. You can call the DCS office at 1-800-555-0166 to ask about a review, and talk to the family law facilitator at your courthouse before filing; they can check your worksheets."],
    [96, 'l', 'Does that answer what you were asking?'],
    [160, 'p', 'yes. ok'],
    [168, 'l', 'Is there anything else I can help you with today?'],
    [200, 'p', 'no'],
    [206, 'l', 'Thank you for contacting Self-Help. Goodbye!'],
  ], usual({ referral: 'fail' })),

  // 30 handwritten will: "talking to a probate attorney" with no contact
  s(SOPHIE, '30 handwritten will: statute, then "I\'d recommend talking to a probate attorney" with no way to find one', [
    [0, 'p', 'is a handwritten will legal in washington? my grandma wrote hers out by hand and signed it'],
    [22, 'l', 'Hi! This is Sophie, a librarian at the Cascade County Law Library. Did anyone else sign it as a witness?'],
    [75, 'p', 'no just her'],
    [84, 'l', "Washington's requirements for a valid will are in RCW 11.12.020 (app.leg.wa.gov/rcw): it has to be signed by the person and two witnesses. Whether your grandmother's will could still be accepted depends on facts I can't judge, so I'd recommend talking to a probate attorney about it."],
    [90, 'l', 'Does that help?'],
    [150, 'p', 'ugh ok. thats all i needed to know'],
    [156, 'l', "I'm sorry it's not simpler. Thanks for chatting, and take care."],
  ], usual({ referral: 'fail' })),

  // 31 quitclaim deed: pickedUpAt 30 s, first words at 200 s
  s(HELEN, '31 quitclaim deed: pickedUpAt 30 s but the first message at 200 s (170 s after pickup); no question before the guide', [
    [0, 'p', 'I need a quitclaim deed form to add my wife to the title of our house'],
    [200, 'l', "Hello, this is Helen at the Cascade County Law Library, and thank you for waiting. Our deeds guide, cascadelawlib.org/guides/deeds, has a sample quitclaim deed and the excise tax affidavit you'll need when you record it."],
    [206, 'l', 'Did that help?'],
    [260, 'p', 'yes. do i have to have it notarized'],
    [270, 'l', 'Yes, a deed has to be signed in front of a notary before it can be recorded.'],
    [300, 'p', 'ok thanks thats all'],
    [306, 'l', "You're welcome! Have a good day."],
  ], usual({ informed: 'fail', clarify: 'fail' }), { pickedUpAt: at(30) }),

  // 32 HOA fines: a partial result that says the search goes on, then 150 s
  s(LEE, '32 HOA fine: "The statute … is RCW 64.38 (…). I\'m still looking for the part on fines" at 70, next word at 220', [
    [0, 'p', 'can my HOA fine me for parking my work truck in my own driveway?'],
    [26, 'l', "Hi, this is Lee from Ask a Law Librarian. Is it a condo association or a homeowners' association for houses?"],
    [60, 'p', 'houses. a subdivision'],
    [70, 'l', "The statute for HOAs is the Homeowners' Associations Act, RCW 64.38 (app.leg.wa.gov/rcw). I'm still looking for the part on fines and notice, one moment."],
    [220, 'l', 'Found it: RCW 64.38.020 lets the board impose fines only after notice and a chance to be heard, following a fine schedule in your governing documents (your CC&Rs). So whether the truck is allowed depends on what your CC&Rs say about vehicles.'],
    [226, 'l', 'Does that answer your question?'],
    [300, 'p', 'yes it does, thank you'],
    [305, 'l', 'Any other questions for me?'],
    [350, 'p', "nope, that's it"],
    [355, 'l', 'Thank you for chatting with us!'],
  ], usual({ informed: 'fail' })),

  // 33 case search: "No rush, take your time." is no hold; the patron takes 232 s
  s(PRIYA, '33 small claims court date: "No rush, take your time." then the patron takes 232 s to find the case number', [
    [0, 'p', 'How do I see if a court date was set in my small claims case?'],
    [20, 'l', 'Hi! Priya with the Courts Self-Help chat. Do you have your case number handy?'],
    [50, 'p', 'hold on let me find it, its somewhere in my email'],
    [58, 'l', 'No rush, take your time.'],
    [290, 'p', 'found it 26-2-00417-3'],
    [300, 'l', "Thanks. You can look it up yourself on the statewide case search: dw.courts.wa.gov, enter the case number, and hearing dates show under 'Scheduled Events'. Is that what you needed?"],
    [370, 'p', "yes its on march 24. perfect thanks, that's all"],
    [376, 'l', 'Great, good luck on the 24th! Thanks for using Self-Help chat.'],
  ], usual()),

  // 34 1985 ordinance: the internal question does not end the wait, nor does the patron's "?" restart it
  s(TESS, '34 1985 septic ordinance: hold at 70, internal note at 130, patron "?" at 150, answer at 230 (160 s)', [
    [0, 'p', 'looking for an old Alder County ordinance from 1985 about septic systems, the number is 85-112'],
    [30, 'l', 'Good afternoon! Tess here, a law librarian at Alder County Law Library. Do you need the ordinance as it was passed, or how it reads today?'],
    [62, 'p', "as passed please, it's for a property dispute"],
    [70, 'l', 'Let me check our ordinance files.'],
    [130, 'i', 'Dana, are the 1980s county ordinances on the shelf or in storage?'],
    [150, 'p', '?'],
    [230, 'l', "Sorry for the wait! The 1985 ordinances are in our print set of the Alder County Code supplements. I've scanned 85-112 and put it here: alderlawlib.org/scans/ord-85-112.pdf (the link works for 7 days)."],
    [236, 'l', 'Is that the one?'],
    [300, 'p', "yes that's the one!! thank you, that's all I needed"],
    [306, 'l', "You're welcome, thanks for contacting us!"],
  ], usual({ informed: 'fail' })),

  // 35 the patron leaves during a hold: no final idle, no source
  s(BEA, '35 motion to continue: the patron leaves during the hold at 60 (no final idle); no source ever given', [
    [0, 'p', 'Hi, where can I find the court forms for a motion to continue a hearing in district court?'],
    [25, 'l', 'Hi! Bea at the Alder County Law Library. Is it civil, criminal, or a traffic matter?'],
    [50, 'p', 'traffic infraction'],
    [60, 'l', 'One moment, let me check which form the district court uses.'],
    left(200),
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }), { resolutionCode: 'Patron disconnected' }),

  // 36 debt lawsuit, an abusive patron; a late pickup; the provider stays and invites back
  s(KAT, '36 debt lawsuit answer (abusive patron): pickup at 88 s, asks for respect, consumer law center phone, invites back', [
    [0, 'p', 'why does the court website make it impossible to find ANYTHING. i need the answer form for a debt lawsuit'],
    queue(4, 2),
    [88, 'l', "Hello, you've reached Kat at the Cascade County Law Library, sorry for the wait. Were you served a summons from superior court or district court?"],
    [120, 'p', 'district. are you even a real person or a bot'],
    [130, 'l', "I'm a real person! For a district court debt case, the answer form is at courts.wa.gov/forms, under Civil > Answer to Complaint. WashingtonLawHelp also has a step-by-step 'Answer a Debt Collection Lawsuit' interview at washingtonlawhelp.org. Did that help?"],
    [180, 'p', 'this is f***ing useless you people are all the same'],
    [195, 'l', "I understand you're frustrated. I'm glad to keep helping, but I need us to keep the chat respectful."],
    [220, 'p', 'whatever. just tell me what to write'],
    [232, 'l', "I can't tell you what to write, since that's legal advice, but the Northwest Consumer Law Center helps people sued by debt collectors for free: call them at 206-555-0127."],
    [300, 'p', 'fine'],
    [308, 'l', "Thanks for contacting us. If you need more help later, you're welcome to chat back in anytime."],
  ], usual({ pickup: 'fail', anything: 'fail', referral: 'pass' })),

  // ---- second batch (37-40), labelled before its run ----
  // 37 the seed's own notice wording, no check-in, no goodbye
  s(RAY, '37 stepparent adoption: answer at 100, at 340 "It looks like you\'ve disconnected. If I don\'t hear from you soon, I will end this session." only', [
    [0, 'p', 'Do you have forms for a stepparent adoption?'],
    [30, 'l', 'Hi, this is Ray at Courts Self-Help. Is the other biological parent consenting, or would their rights need to be terminated?'],
    [90, 'p', 'hes consenting i think'],
    [100, 'l', "Washington has no statewide adoption forms; each county's superior court sets its own. The Adoption section of washingtonlawhelp.org explains the steps, the consent forms and the home study. Did that help?"],
    [340, 'l', "It looks like you've disconnected. If I don't hear from you soon, I will end this session."],
    [470, 's', 'Chat ended by provider.', sys('ended')],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 38 a check-in that also thanks is no goodbye (it asks whether the patron is there): the idle runs to the end
  s(GLEN, '38 dog bite statute: "Are you still there? If you\'ve stepped away, thanks for chatting …" at 190, system end at 370', [
    [0, 'p', 'where can i look up a washington statute if i only know the topic, not the number?'],
    [22, 'l', "Hello, Glen at the Alder County Law Library. What's the topic?"],
    [55, 'p', 'dog bites. my neighbors dog bit my son'],
    [64, 'l', "I'm sorry to hear that. The easiest way is the Legislature's site: app.leg.wa.gov/rcw, then search the RCW for 'dog bite'. The statute on a dog owner's liability is RCW 16.08.040. Did that help?"],
    [190, 'l', "Are you still there? If you've stepped away, thanks for chatting with the law library!"],
    [370, 's', 'Chat ended due to inactivity.', sys('ended')],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 39 follow-up by phone: the patron's number read back, "Wednesday afternoon", done in 50 h
  s(NOOR, '39 contesting a will (follow-up by me, by phone): number given and read back, "Wednesday afternoon", done in 50 h', [
    [0, 'p', "My mother wants to contest my uncle's will but she doesn't use computers. can someone call us with the info?"],
    [40, 'l', 'Hello, Noor with the Courts Self-Help Center. Has the will already been admitted to probate, and in which county?'],
    [95, 'p', 'yes in Cascade county, last October'],
    [104, 'l', "Thanks. The deadline to contest a will in Washington is generally four months after probate starts (RCW 11.24.010, at app.leg.wa.gov/rcw), so timing matters. I can have our probate facilitator call you with the steps and the forms. What number should we call?"],
    [150, 'p', "360-555-0191, that's my cell, I'm with her most afternoons"],
    [158, 'l', 'Thank you, that is 360-555-0191. Our facilitator will call you Wednesday afternoon.'],
    [165, 'l', 'Is there anything else I can help with?'],
    [200, 'p', "no that's everything, thank you"],
    [205, 'l', "You're welcome. Thank you for contacting Self-Help, goodbye."],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }),

  // 40 a transfer done properly; the receiving provider has four chats open in the part she handled
  s(BEA, '40 e-filing receipt: transfer with notice and note; Ray has three other chats from 110 s (four at once after the transfer)', [
    [0, 'p', 'I e-filed my response yesterday, how can I check the court got it?'],
    [24, 'l', 'Hi, Bea at the Alder County Law Library here. Which court and what kind of case is it?'],
    [60, 'p', 'district court, a debt case'],
    [70, 'l', "The court's own Self-Help staff can see the filing queue, so I'm going to transfer you to them. One moment."],
    [72, 'i', 'Ray, patron e-filed a response in a district court debt case yesterday and wants to confirm receipt. Can you take it?'],
    xfer(75, 'Ray T.', 'ray'),
    [120, 'l', "Hi, Ray with Courts Self-Help. What's the case number?", as(RAY)],
    [160, 'p', '26-1-00533-7'],
    [170, 'l', 'One moment.', as(RAY)],
    [250, 'l', "Your response shows as filed on March 1 at 4:12 pm. You can check any filing yourself on the court's portal, odyssey.aldercourts.gov/portal, under the case's Documents tab. Is that what you needed?", as(RAY)],
    [300, 'p', "yes thank you, that's all"],
    [306, 'l', 'Glad to help! Thanks for contacting Self-Help.', as(RAY)],
  ], usual({ transfer: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [
      other('b1', 'bea', -300, 60), other('b2', 'bea', -200, 500), other('b3', 'bea', 90, 800), other('b4', 'bea', 100, 900),
      other('r1', 'ray', -100, 600), other('r2', 'ray', 50, 700), other('r3', 'ray', 110, 400),
    ],
  }),
];

/** The name of session `no` (its two-digit number). */
const named = (no: string): string => law.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [named('29')]:
    'referral.contact: got pass, RUBRIC fails ("every party the patron is referred to comes with a way to reach them"). Message 3: "You can call the DCS office at 1-800-555-0166 to ask about a review, and talk to the family law facilitator at your courthouse before filing; they can check your worksheets." The facilitator (a named specialist the patron is told to talk to) has no contact; "at your courthouse" is no address. The DCS phone in the same sentence is lent to the second party after ", and talk to the …". Split into two sentences it fails as labelled.',
  [named('26')]:
    'referral.contact: got fail, labelled pass (a reading, see the header). Message 4: "… you may want to have an elder law attorney look it over; the county bar\'s lawyer referral line (360-555-0150) can give you names." The attorney is any elder law attorney, reached through the referral line whose phone is given; the scorer wants a contact for "an elder law attorney" itself (the same need put as "Call the county bar\'s lawyer referral line (360-555-0150) to find an elder law attorney." passes).',
  [named('17')]:
    'referral.contact: got na ("no referral to a person or organisation outside the chat"), RUBRIC passes. Message 5: "The Cascade County Superior Court Clerk makes certified copies: request them online at cascadecounty.gov/clerk/records, by mail, or in person at 930 Tacoma Ave S, Room 110." Requesting copies from the clerk by mail or in person is contacting / visiting them (Terms: Referral); the clerk is named in the first clause and the imperative follows the colon. "Request copies from the … Clerk in person at <address>." passes.',
  [named('01')]:
    'referral.contact: got fail ("referred the patron to a party without an e-mail, phone, postal address or URL"), RUBRIC passes. Message 5: "The Housing Justice Project gives free legal help to tenants facing eviction: call them at 206-555-0173, or walk in at the courthouse, Room W-325, weekdays 9-12." The one party (the Project) is reached by phone; "walk in at the courthouse, Room W-325" is its walk-in desk, a second way to reach it, read as a second party "the courthouse". "… or visit their walk-in desk in Room W-325 of the courthouse." passes.',
};

describe('forty-third round: law libraries and self-represented litigants, checked', () => {
  describeSessions('whole sessions', law.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', law.filter((c) => c.name in LEFT_WHY));
});
