/**
 * Forty-fifth round, checked: OLDER ADULTS AND ACCESSIBILITY. Whole sessions of a public-library "ask a librarian" chat with
 * older patrons new to chat (slow typists, ALL CAPITALS, one long unpunctuated message, a numbered list of questions),
 * screen-reader and voice-dictation users ("period", "comma", "question mark" typed out; "medical care" for Medicare, "lie bury",
 * "seedy" for CD), Deaf patrons who want text only, and caregivers writing for a parent or a spouse; topics: large print, books
 * on CD and talking books, home delivery and the bookmobile, Medicare / SSA / SNAP / tax-credit forms, tablets, Kindles, Kobo,
 * captioned films, phone and e-mail scams. Providers are patient, hold during searches, check in during long silences and end
 * sessions when the patron stops answering. Every one of the 17 checks labelled in every session, before it was run.
 *
 * SHAPES TRIED:
 *  opening: pickups from 15 s to 50 s; a pickup at 80 s after the patron left (Lost Call with two patron messages); a recorded
 *   `pickedUpAt` (40 s) before the first message (75 s) with the greeting split over "Hello and welcome!" + "I'm Wes, one of
 *   the librarians at …"; a greeting that names no one under a screen name ("Hi there! What can I do for you?");
 *  waits: slow patrons (waits on the patron of 100-250 s, never counted); "No rush, take your time." (no hold) and 252 s while
 *   the patron finds her card; holds every ~100 s with a partial result that says the search goes on; a hold, a patron
 *   "hello?" that does not restart the wait and 152 s to the answer (fail); a patron "ok let me try" answered 180 s later by a
 *   check-in (fail: a patron message starts a wait on the provider); a hold as the provider's last message before the patron
 *   leaves (open span, not counted);
 *  idle endings at and around the thresholds: a check-in exactly 120 s after the answer ending the session (idle 120: check-in
 *   pass, notice na); a check-in and an end 119 s after the answer (both na); a check-in and a notice-goodbye 179 s after the
 *   answer (notice na); the same at exactly 180 s (both pass); one message that checks in and says the chat will close, then a
 *   system end (both pass, courteous fails); a notice-goodbye with no check-in at 218 s (check-in fails); the seed guidelines'
 *   own notice ("It looks like you've disconnected. If I don't hear from you soon, I will end this session.") with no goodbye;
 *   an idle that starts at the check-in itself because the provider wrote nothing between the patron's last message and it
 *   (150 s: notice na though the patron was silent 330 s); "Are you still there? If not, thanks for chatting, and take care!"
 *   (no goodbye by Terms since it asks whether the patron is there, so the idle runs to `endedAt`: 200 s, notice fails; it
 *   still thanks the patron, so courteous passes);
 *  closing: "NO THAT IS ALL", "no that is everything", "That is all for now.", "thats all.", "that is it for today" (done);
 *   "ok thank you", "nope", "no thanks" (not done on their own); a question limit ("we only answer one question per chat",
 *   fails, though it says goodbye); other patrons waiting with "Please chat back in later, or call our Reference desk" (allowed);
 *   "Have a good one!" as the goodbye;
 *  completeness: "Does that work for you?", "Is that enough to go on?", "Would that work for him?", "Did it let you in?" joined
 *   to a check-in, "Does the Social Security part answer your first question?"; none in the Deaf patron's follow-up session;
 *  follow-ups: by me, e-mail repeated back, "by Thursday afternoon", done in 40 h; by the patron's library, e-mail repeated,
 *   "within two business days", pending; "I'll ... get back to you" coded Answered, e-mail only in `patron.email`, no time, not
 *   done by day 5;
 *  referrals: the library's own Outreach office and Reference desk with phones, the talking book library with phone and URL,
 *   "Contact your state talking book library" with none (fail), the FTC and 1-800-MEDICARE, SHIP's helpline, DHS, Vital Records
 *   with phone and street address, the accessibility librarian's own desk phone and e-mail; non-referrals: "I will pass that to
 *   our web team today", "I'd like the reference staff at [his home library] to look into the other income lines for you";
 *  transfers: to the accessibility librarian with a notice and a note saying why (pass); to a librarian of the patron's county
 *   with a notice only (fail);
 *  concurrency: four chats at once (fail); three at most with one other chat ending as this starts and one starting as it ends.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a patron message always starts a wait on the provider (Terms), even "ok let me try" that hands the next step to the patron:
 *   the 180 s to the provider's check-in fails keep_informed;
 * - the final idle begins at the first non-hold provider message after the patron's last one, so when that message is the
 *   check-in itself, the check-in is "during" the idle and the idle is measured from it (150 s to the goodbye: notice na);
 * - "Are you still there? If not, thanks for chatting, and take care!" is no goodbye for the final idle (Terms: "unless it also
 *   asks whether the patron is still there"), but closing.courteous asks only that one of the last two messages thanks the
 *   patron, which it does;
 * - "Have a good one!" says goodbye; "No rush, take your time." is no hold (Terms);
 * - a partial result that says the search goes on ("All 3 … are checked out …, so I'm now checking the network libraries. Bear
 *   with me.") is a hold;
 * - a promise that the patron's own library will e-mail them is a follow-up (and no referral: the patron is not told to contact
 *   them); "I will pass that to our web team today" promises the patron nothing;
 * - pointing the patron to a form ("ask for a waiver with form SSA-632 … at ssa.gov/forms") or to a website to use ("open
 *   Amazon yourself by typing amazon.com") is a source, not a referral;
 * - the menu path where a device shows its model name ("under Settings > Device information") is no source (not a database,
 *   catalogue, guide, book or web page), so a question in the same message still comes before the first source;
 * - "Contact your state talking book library" refers the patron to an organisation with no way to reach it (referral fails),
 *   though another source is given in the next message.
 *
 * COUNTS. Written: 32 whole sessions, all 17 checks labelled in each before the first run (the labels as written are kept
 * unchanged). First run as labelled / disagreeing: 28 / 4. Label corrections: 0. Final: 28 running, 4 LEFT (below,
 * `LEFT_WHY`): followup.contact (a time given with an earlier third-person offer, "They can e-mail you within two business
 * days.", missed because a later "Talbot will be in touch." is taken for the promise), referral.contact twice (a form to
 * file, "ask for a waiver with form SSA-632", and a website to use, "open Amazon yourself by typing amazon.com", read as
 * referrals: pass where na), inquiry.clarify (a device menu path in the clarifying message read as a source).
 * The redaction equality of describeSessions holds for every running case (patron e-mails typed in the chat).
 *
 * FINAL RUN (`--project scoring`, this file only): 32 tests passed (4 through describeLeft).
 *
 * RUBRIC v46 (block L) reads 2 of the 4 LEFT cases (18: the time said before "Talbot will be in touch", L6; 23: "delete the
 * email and open Amazon", L4) as labelled; they run with the others.
 * ON v67 (block AG8): case 31's "under Settings > Device information" is no source, so its question clarifies; it runs, 1 LEFT (19).
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const ended = (sec: number, text = 'Chat ended by librarian.'): Line => [sec, 's', text, sys('ended')];

const CAROL: Prov = { id: 'carol', name: 'Carol B.', library: 'RIV' };
const LUIS: Prov = { id: 'luis', name: 'Luis', library: 'LAKV' };
const PRIYA: Prov = { id: 'priya45', name: 'Priya S', library: 'NORTH' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'MILL' };
const DANA: Prov = { id: 'dana', name: 'Dana R.', library: 'GRNF' };
const TOM: Prov = { id: 'tom45', name: 'Tom', library: 'FAIR' };
const KEN: Prov = { id: 'ken', name: 'Ken O.', library: 'EAST' };
const JEN: Prov = { id: 'jen', name: 'Jen', library: 'HARB' };
const MARISOL: Prov = { id: 'marisol', name: 'Marisol', library: 'SEAV' };
const BOB: Prov = { id: 'bob', name: 'Bob T', library: 'CEDV' };
const SANDRA: Prov = { id: 'sandra', name: 'Sandra', library: 'PINE' };
const RICK: Prov = { id: 'rick', name: 'Rick', library: 'OAKH' };
const AMY: Prov = { id: 'amy', name: 'Amy', library: 'BROOK' };
const JESS: Prov = { id: 'jess', name: 'Jess', library: 'WEST' };
const NATE: Prov = { id: 'nate', name: 'Nate', library: 'GRAN' };
const PAT: Prov = { id: 'pat45', name: 'Pat', library: 'MILLC' };
const RUTH: Prov = { id: 'ruth45', name: 'Ruth', library: 'SUNNY' };
const VIC: Prov = { id: 'vic45', name: 'Vic', library: 'SOM' };
const OMAR: Prov = { id: 'omar45', name: 'Omar', library: 'MID' };
const LIZ: Prov = { id: 'liz', name: 'Liz', library: 'BAY' };
const MAYA: Prov = { id: 'maya', name: 'Maya (Accessibility)', library: 'BAY' };
const HAL: Prov = { id: 'hal45', name: 'Hal', library: 'KENT' };
const IVY: Prov = { id: 'ivy45', name: 'Ivy', library: 'WIC' };
const ZOE: Prov = { id: 'zoe45', name: 'Zoe', library: 'HILL' };
const SAL: Prov = { id: 'sal45', name: 'Sal', library: 'RIVB' };
const REX: Prov = { id: 'rex45', name: 'Rex', library: 'BROOKC' };
const KEISHA: Prov = { id: 'keisha45', name: 'Keisha', library: 'LAKS' };
const BETH: Prov = { id: 'beth45', name: 'Beth', library: 'ELMG' };
const WES: Prov = { id: 'wes45', name: 'Wes', library: 'ASH' };
const QUINN: Prov = { id: 'quinn', name: 'ref_desk_3', library: 'CNTY' };
const JUNE: Prov = { id: 'june45', name: 'June', library: 'CALV' };
const NOOR: Prov = { id: 'noor45', name: 'Noor', library: 'HAMP' };
const ANA: Prov = { id: 'ana45', name: 'Ana', library: 'BCPL' };
const TY: Prov = { id: 'ty45', name: 'Ty', library: 'FOXH' };

export const seniors: SessionCase[] = [
  // 1 all capitals, slow typist, large print by the book
  s(CAROL, '1 large print Macomber (ALL CAPS, slow patron): hold, catalog steps, "NO THAT IS ALL"', [
    [0, 'p', 'HELLO I AM LOOKING FOR LARGE PRINT BOOKS BY DEBBIE MACOMBER. MY EYES ARE NOT WHAT THEY USED TO BE'],
    [28, 'l', 'Good morning! This is Carol, a librarian at Riverside County Library. I can help you find those.'],
    [35, 'l', 'Are you hoping to borrow them from a particular branch, or should they be sent to the one nearest you?'],
    [150, 'p', 'THE OAKDALE BRANCH PLEASE. I DONT DRIVE FAR ANYMORE'],
    [160, 'l', 'One moment while I look in the catalog.'],
    [255, 'l', 'We have 14 Debbie Macomber titles in large print. In the catalog at riversidelib.org, search her name, then on the left choose Format > Large Print. Click "Place Hold" on any title and pick Oakdale as your pickup branch.'],
    [262, 'l', 'Does that work for you?'],
    [400, 'p', 'YES I SEE THEM. I PUT A HOLD ON TWO OF THEM'],
    [410, 'l', 'Wonderful. Is there anything else I can help you with today?'],
    [470, 'p', 'NO THAT IS ALL. THANK YOU DEAR'],
    [478, 'l', 'You are very welcome. Enjoy the books, and thank you for chatting with us!'],
  ], usual()),

  // 2 one long unpunctuated message; the library's own outreach office referred with its phone
  s(LUIS, '2 home delivery (one long message, husband of an ill wife): Outreach Services with phone', [
    [0, 'p', 'Good afternoon my name is Harold Pettibone I am 81 years old and my wife is not well so I cannot get to the library like I used to I was wondering if you have any service where books could be brought to the house we both like westerns and mysteries and she likes the books on tape also can you tell me if my card is still good I have not used it since last winter thank you very much'],
    [45, 'l', 'Good afternoon, Mr. Pettibone, and welcome to Ask a Librarian. My name is Luis and I work at Lakeview Public Library.'],
    [52, 'l', "I'm sorry to hear your wife isn't well. Do you both live within Lakeview's service area, in the city or the county?"],
    [170, 'p', 'county. out on route 9'],
    [200, 'l', 'Good news: our Books on Wheels program delivers to homebound residents anywhere in the county, every three weeks, free of charge. You can sign up by calling the Outreach Services office at 555-231-4470 (weekdays 9 to 4), and they will ask what you both like to read, westerns, mysteries and audiobooks on CD included.'],
    [210, 'l', 'As for your card: cards stay active for three years after last use, so yours should still be fine. Outreach can double check when you call.'],
    [216, 'l', 'Does that answer your questions?'],
    [330, 'p', 'yes that is very helpful I will call them tomorrow'],
    [340, 'l', 'Is there anything else I can do for you today?'],
    [420, 'p', 'no that is everything'],
    [428, 'l', 'Take care, Mr. Pettibone, and please give our best to your wife. Goodbye!'],
  ], usual({ referral: 'pass' })),

  // 3 screen-reader user reports an unlabeled field; "I will pass that to our web team today" is no follow-up for the patron
  s(PRIYA, '3 screen reader (JAWS): unlabeled search box, catalog URL, talking book library with phone and URL', [
    [0, 'p', 'hi. i use a screen reader called jaws. your website search box has no label so i cant find the catalog. also do you have books in braille or daisy format'],
    [22, 'l', 'Hello, and thank you for contacting Ask Us. I am Priya, a librarian with Northfield Library.'],
    [30, 'l', 'Thank you for telling us about the search box. Which page were you on when it was unlabeled, the home page or the catalog page?'],
    [95, 'p', 'home page. the edit field just says edit blank'],
    [110, 'l', 'I will pass that to our web team today. In the meantime the catalog has its own page with a labeled search field: northfieldlib.org/catalog. You can reach it from the home page with the "Catalog" link, the third link in the main navigation.'],
    [118, 'l', "For braille and DAISY audio books, the best service is the National Library Service for the Blind and Print Disabled, which mails them free. You can apply through our state's talking book library: call 1-800-555-0142 or apply online at nls.gov/apply."],
    [125, 'l', 'Did that help?'],
    [240, 'p', 'yes. the catalog link works with jaws. thank you'],
    [250, 'l', 'Glad to hear it! Anything else I can help with?'],
    [300, 'p', 'no thanks'],
    [306, 'l', 'Thanks for chatting with us, and thank you again for the website feedback. Goodbye!'],
  ], usual({ referral: 'pass' })),

  // 4 voice dictation ("period", "comma", "medical care" for Medicare); restated; quiet patron: check-in, then notice + goodbye at 198 s
  s(GRACE, '4 Medicare Part B late sign-up (voice dictation): restated, SHIP phone, check-in at 140 s, notice + goodbye at 198 s', [
    [0, 'p', 'hello period I need help with my medical care part B form comma the one for the late sign up question mark'],
    [30, 'l', 'Hi there! This is Grace at the Ask a Librarian service of Millbrook Library.'],
    [36, 'l', 'Just to be sure I understand: you need the Medicare Part B form for signing up late, is that right? Are you signing up because you or a spouse stopped working?'],
    [140, 'p', 'yes my husband retired in June period the form is called CMS something'],
    [150, 'l', 'Let me look that up for you.'],
    [232, 'l', 'It sounds like form CMS-L564, "Request for Employment Information", which his former employer fills out, together with form CMS-40B, the Part B application. Both are free to download at cms.gov/medicare/forms, where you can search by the form number.'],
    [240, 'l', 'For free one-on-one help filling them out, the State Health Insurance Assistance Program (SHIP) counsels people on Medicare. Their helpline is 1-877-555-0198.'],
    [246, 'l', 'Is that the form you were looking for?'],
    [372, 'l', 'Are you still there?'],
    [430, 'l', "I haven't heard from you in a few minutes, so it looks like you may have been disconnected. I'm going to end this session now. Please chat with us again if you need more help!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 5 Deaf patron, text only; follow-up by me, e-mail repeated back, "by Thursday afternoon", done in 40 h
  s(DANA, '5 Deaf patron, ASL interpreter request: follow-up by me, e-mail repeated, by Thursday, done in 40 h', [
    [0, 'p', 'Hi. I am Deaf. Text is best for me, please do not call. Does the library have any programs with ASL interpreters? Or can I ask for one?'],
    [35, 'l', "Hello and welcome! I'm Dana, a librarian at Greenfield Public Library. Text works great, we'll keep everything right here in chat."],
    [42, 'l', 'Are you interested in a specific program, or in how to request an interpreter for any event?'],
    [110, 'p', 'Both. I want to go to the author talk on May 14 and maybe the book club.'],
    [125, 'l', 'One moment, let me check the events calendar.'],
    [215, 'l', 'The May 14 author talk is listed at greenfieldlib.org/events. The listing says interpreters should be requested 10 days ahead, but it does not say who handles it.'],
    [222, 'l', 'I will check with our programming coordinator and e-mail you the answer for both events by Thursday. What e-mail address should I use?'],
    [290, 'p', 'mira.okafor@gmail.com'],
    [298, 'l', 'Thank you, I have mira.okafor@gmail.com. You will hear from me by Thursday afternoon.'],
    [330, 'p', 'Thank you. That is all for now.'],
    [336, 'l', 'Thank you for reaching out, Mira. Have a good day!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }),

  // 6 caregiver for a 92-year-old; "your state talking book library" with no way to reach it
  s(TOM, '6 caregiver, mother of 92 (audiobooks): "contact your state talking book library" with no contact, CDs in the catalog', [
    [0, 'p', 'im writing for my mother, shes 92 and cant hold a book anymore. she used to love audiobooks on cassette but her player died. what are her options'],
    [50, 'l', "Hi! Thanks for reaching out to Ask a Librarian. My name is Tom and I'm a librarian at Fairview County Library."],
    [58, 'l', 'Does your mother use a smartphone or tablet at all, or would something very simple with big buttons be better for her?'],
    [150, 'p', 'simple. she wont touch a phone lol'],
    [165, 'l', "Then two ideas. First, she likely qualifies for the free talking book program for people who can't hold or read print; it lends a simple player with big buttons and mails the books. Contact your state talking book library to sign her up."],
    [172, 'l', 'Second, we have audiobooks on CD you can borrow for her: search the catalog at fairviewlib.org and limit to "Audiobook CD". A basic CD player works fine.'],
    [180, 'l', 'Does that give you something to go on?'],
    [260, 'p', 'yes thank you, we will try the cds first'],
    [268, 'l', 'Anything else I can help with today?'],
    [330, 'p', 'nope'],
    [336, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 7 a Medicare phone scam; the FTC and 1-800-MEDICARE with numbers
  s(KEN, '7 Medicare phone scam: FTC (URL and phone) and 1-800-MEDICARE referred, "thats all."', [
    [0, 'p', 'someone called me saying they were from medicare and need my number to send a new card. is that real? i gave them my birthday already'],
    [20, 'l', "Hi, this is Ken at the Ask a Librarian desk, Eastbrook Library. I'm glad you asked before giving them more."],
    [27, 'l', 'Did they ask for your Medicare number or your Social Security number, and did you give either one?'],
    [95, 'p', 'no just birthday. they got mad when i said i would call back'],
    [110, 'l', "That is a very common scam. Medicare will not call you to ask for your number; Medicare's own page medicare.gov/basics/reporting-medicare-fraud-and-abuse explains it. You can report the call to the Federal Trade Commission at reportfraud.ftc.gov or by phone at 1-877-382-4357."],
    [118, 'l', 'If you are worried about your birthday being used, call 1-800-MEDICARE (1-800-633-4227) and tell them. Is that helpful?'],
    [210, 'p', 'very. thank you young man'],
    [218, 'l', 'Happy to help. Is there anything else on your mind today?'],
    [290, 'p', 'no, i feel better now. thats all.'],
    [296, 'l', 'Stay safe, and thank you for contacting us. Bye now!'],
  ], usual({ referral: 'pass' })),

  // 8 final idle of exactly 120 s (idleCheckSeconds), ended by a check-in
  s(JEN, '8 bigger letters on an iPad: the check-in exactly 120 s after the answer ends the session (idle 120 s)', [
    [0, 'p', 'how do i make the letters bigger on my ipad. everything is so small'],
    [24, 'l', "Hello! I'm Jen, a librarian with Ask Us at Harbor City Library."],
    [30, 'l', 'Is it small everywhere, or just when you are reading books in an app like Libby?'],
    [115, 'p', 'every where'],
    [128, 'l', "On an iPad, open Settings, tap Display & Brightness, then Text Size, and drag the slider to the right. Apple's guide is at support.apple.com/en-us/102453 if you want pictures. Did that do it?"],
    [248, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 0 }),

  // 9 final idle of 119 s: just under the threshold
  s(MARISOL, '9 Kindle for macular degeneration: a check-in, then the session ends 119 s after the answer (idle na)', [
    [0, 'p', 'is there a kindle with bigger letters for my dad, he has macular degeneration'],
    [30, 'l', 'Hi, this is Marisol from Ask a Librarian at Seaview Library.'],
    [34, 'l', 'Does he want to read library books on it, or books he buys from Amazon?'],
    [120, 'p', 'library books mostly'],
    [140, 'l', 'Any Kindle lets you raise the font size a lot, but with macular degeneration many people prefer a tablet that reads aloud. Libby works on a Fire tablet and has a read-aloud option for some titles, and AARP has a comparison of e-readers at aarp.org/home-family/personal-technology. Would that work for him?'],
    [230, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 29 }),

  // 10 final idle of 179 s ended by a notice that is a goodbye: check-in needed, notice not yet
  s(BOB, "10 Reader's Digest large print: check-in at 125 s, notice + goodbye at 179 s (disconnect na)", [
    [0, 'p', "Do you have Reader's Digest large print? My wife reads it"],
    [18, 'l', "Hello and welcome to Ask Us Now! I'm Bob, a librarian at Cedar Valley Library."],
    [25, 'l', 'Would she like to read it at the library, or borrow issues to take home?'],
    [105, 'p', 'take home if they let you'],
    [130, 'l', "Yes! The Reader's Digest Large Print edition is in our magazine collection at the Main branch. Back issues check out for one week, and the catalog at cedarvalleylib.org shows which issues are in. Does that answer your question?"],
    [255, 'l', 'Are you still there?'],
    [309, 'l', "I think we may have been disconnected, so I'll close this chat. Thanks for contacting us, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 11 final idle of exactly 180 s (disconnectSeconds)
  s(SANDRA, '11 PIN never set (ALL CAPS): "Did it let you in? Are you still with me?" at 125 s, notice + goodbye at exactly 180 s', [
    [0, 'p', 'I NEED TO RENEW MY BOOKS BUT THE WEBSITE WANTS A PIN I NEVER HAD ONE'],
    [40, 'l', 'Hi! This is Sandra with the Ask a Librarian service at Pine Ridge Library.'],
    [46, 'l', 'Do you have your library card handy? The number is on the back, under the barcode.'],
    [170, 'p', 'YES I HAVE IT HERE'],
    [185, 'l', 'Great. If you never set a PIN, it is usually the last four digits of the phone number on your account. Try signing in at pineridgelib.org/account with your card number and those four digits. Let me know if it works.'],
    [310, 'l', 'Did it let you in? Are you still with me?'],
    [365, 'l', 'It seems you have been disconnected, so I will end this session now. Thank you for chatting with Pine Ridge Library, and feel free to chat again anytime.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 12 one message both checks in and gives the notice; no goodbye; a system end
  s(RICK, '12 the Herald in bigger print: one message asks "still there?" and says the chat will close; system end; no goodbye', [
    [0, 'p', 'Can I get the newspaper in bigger print online? The Herald'],
    [25, 'l', 'Hello, you have reached the Ask a Librarian chat at Oak Hollow Library. My name is Rick.'],
    [30, 'l', 'Do you read it on a computer, a tablet or a phone?'],
    [140, 'p', 'computer'],
    [150, 'l', 'Our PressReader service (oakhollowlib.org/pressreader) has the Herald and lets you zoom the page as large as you like with the + button. Sign in with your library card. Is that what you were looking for?'],
    [400, 'l', 'Are you still there? It looks like you may have disconnected, so I will be closing this chat shortly.'],
    ended(410),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 13 "take your time" is no hold: the patron hunts for her card for 4 minutes
  s(AMY, '13 card number for an app: "No rush, take your time." then 252 s while she finds her card', [
    [0, 'p', 'my grandson put a library app on my phone but it wants a card number. where do i find it'],
    [30, 'l', "Hi there! I'm Amy, a librarian at Brookside Library, and I'm happy to help."],
    [38, 'l', 'Do you have a plastic library card? The number is the long one under the barcode on the back.'],
    [70, 'p', 'I think its in my purse hold on'],
    [78, 'l', 'No rush, take your time.'],
    [330, 'p', 'found it. its 14 numbers'],
    [340, 'l', "That's the one. Type all 14 digits where the app says Card Number; your PIN is usually the last four digits of your phone number. Our help page brooksidelib.org/apps walks through it. Did it work?"],
    [470, 'p', 'yes im in! thank you'],
    [478, 'l', 'Wonderful! Is there anything else I can help with?'],
    [560, 'p', 'no that is all i needed'],
    [566, 'l', 'Enjoy your reading! Thanks for chatting, bye!'],
  ], usual()),

  // 14 a hold, a patron "hello?" that does not restart the wait, and 152 s of nothing
  s(JESS, '14 Samsung tablet e-books: "let me find the steps" at 98 s, patron "hello?" at 190, answer at 250 (152 s)', [
    [0, 'p', 'Hi. I got a new Samsung tablet for Christmas and want to borrow e-books. Where do I start?'],
    [22, 'l', "Hi! Welcome to Ask a Librarian, I'm Jess from Westgate Library."],
    [28, 'l', 'Do you already have a Westgate library card?'],
    [90, 'p', 'Yes I do.'],
    [98, 'l', 'Great, let me find the steps for Samsung tablets.'],
    [190, 'p', 'hello?'],
    [250, 'l', 'Sorry for the delay! Open the Google Play Store, search "Libby", install it, then open Libby, choose "Yes, I have a library card", find Westgate Library and type your card number. Our guide is at westgatelib.org/ebooks. Did that help?'],
    [340, 'p', 'I got it. Thank you, that is all.'],
    [348, 'l', "You're welcome! Happy reading, goodbye."],
  ], usual({ informed: 'fail' })),

  // 15 a long search held every ~100 s, a partial result that says the search goes on
  s(NATE, '15 large print "Lessons in Chemistry" for a book club: holds at 108, 210 (partial, still looking), 315; answer at 400', [
    [0, 'p', 'looking for large print copy of "lessons in chemistry". my book club picked it and i cant read the regular one'],
    [30, 'l', 'Hello! This is Nate, a reference librarian at Granite Falls Library.'],
    [36, 'l', 'When does your book club meet? That way I know how soon you need it.'],
    [100, 'p', 'the 20th'],
    [108, 'l', 'Okay, let me check our catalog and the other libraries in our network. One moment.'],
    [210, 'l', "All 3 of our large print copies are checked out with holds, so I'm now checking the network libraries. Bear with me."],
    [315, 'l', 'Still searching, thanks for waiting.'],
    [400, 'l', 'Found one: Maple County Library has a large print copy on the shelf. You can request it yourself in the network catalog at sharelib.org: search the title, pick the Large Print edition and click Request; it usually arrives in 5 to 7 days, well before the 20th. Does that help?'],
    [470, 'p', 'yes, i did it. thank you so much'],
    [478, 'l', 'My pleasure! Anything else I can help you with?'],
    [540, 'p', 'No thank you'],
    [546, 'l', 'Enjoy the book club! Goodbye.'],
  ], usual()),

  // 16 a true Lost Call: one patron message, greeting, check-in, notice + goodbye
  s(PAT, '16 book on tape for a husband (ALL CAPS): patron never answers; greeting, check-in, notice; Lost Call', [
    [0, 'p', 'HOW DO I GET THE BOOK ON TAPE FOR MY HUSBAND'],
    [35, 'l', 'Hi, this is Pat with Ask a Librarian at Mill Creek Library.'],
    [180, 'l', 'Are you still there?'],
    [262, 'l', "It looks like you've been disconnected, so I'll end this chat now. Please contact us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron messages; picked up late after she left
  s(RUTH, '17 senior center phone: two patron messages, she leaves at 55, greeting + invitation back at 80; Lost Call', [
    [0, 'p', 'hello is anyone there'],
    [25, 'p', 'i need the phone number for the senior center'],
    left(55),
    [80, 'l', "Hello! I'm Ruth at Ask Us, Sunnydale Library. I see you've left, please chat with us again anytime."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 caregiver, property tax credit: follow-up by the patron's library, e-mail repeated, "within two business days", pending
  s(VIC, "18 caregiver, senior tax credit: follow-up by patron's library, e-mail repeated, within two business days (pending)", [
    [0, 'p', "Hi, I'm helping my dad (he's 79) apply for the state property tax credit for seniors. The form asks for his \"household income\" and we don't know if his Social Security counts."],
    [20, 'l', "Hello, and thanks for contacting AskUsNow! I'm Vic, a librarian at Somerset County Library."],
    [27, 'l', "Which form is it exactly, the Homeowners' Tax Credit application? And which county does he live in?"],
    [90, 'p', 'yes that one. Talbot County'],
    [100, 'l', 'Give me a minute to check the instructions.'],
    [205, 'l', "The instructions at dat.maryland.gov (Homeowners' Tax Credit, \"Application and Instructions\") say household income includes Social Security benefits. The rest of his situation is more specific, so I'd like the reference staff at Talbot County Free Library, his home library, to look into the other income lines for you."],
    [212, 'l', 'They can e-mail you within two business days. What e-mail should they use?'],
    [270, 'p', 'lena.fairbanks@yahoo.com'],
    [276, 'l', "Thanks, that's lena.fairbanks@yahoo.com. Does the Social Security part answer your first question?"],
    [330, 'p', "Yes it does, thanks so much. That's all for today."],
    [336, 'l', "You're welcome! Talbot will be in touch. Take care, goodbye!"],
  ], usual({ contact: 'pass', onTime: 'pending' }), FU_LIB),

  // 19 a promise to get back, coded Answered, e-mail only in patron.email, no time; not done after 5 days
  s(OMAR, '19 SSA overpayment for a mother of 84: "I\'ll ... get back to you" coded Answered, no contact, not done by day 5', [
    [0, 'p', 'my mother got a letter from social security about an overpayment and she wants to appeal. shes 84 and confused. what form'],
    [28, 'l', 'Hi, Omar here, librarian with Ask a Librarian at Midland Library.'],
    [35, 'l', 'Does the letter say she has to pay money back, and do you know the date on the letter?'],
    [120, 'p', 'yes they want 2300 back. letter dated march 3'],
    [130, 'l', 'One moment.'],
    [215, 'l', 'The appeal form is SSA-561, Request for Reconsideration; if she thinks the overpayment was not her fault she can also ask for a waiver with form SSA-632. Both are at ssa.gov/forms. An appeal must be filed within 60 days of the letter.'],
    [222, 'l', "I'll also look for a plain-language guide on overpayments for her and get back to you."],
    [300, 'p', 'ok thank you'],
    [306, 'l', "You're welcome, bye!"],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  { patron: { name: null, email: 'dkhan@comcast.net', phone: null } }, { now: T0 + 5 * DAY }),

  // 20 a transfer to the accessibility librarian: a notice to the patron and a note saying why
  {
    ...s(LIZ, '20 legally blind patron, video magnifier: transfer to Accessibility (notice + note), her desk phone and e-mail', [
      [0, 'p', 'hello. i am legally blind and want to know if the library has a magnifier machine i can use, and if someone can teach me to use it'],
      [30, 'l', "Hello! My name is Liz and I'm a librarian at Bayside Public Library. Which branch would you like to use?"],
      [90, 'p', 'central'],
      [100, 'l', "Our Accessibility Services librarian, Maya, is online right now and knows the equipment best. I'm going to transfer you to her, one moment please."],
      [104, 'i', 'Maya, patron is legally blind, asking about the CCTV magnifier at Central and lessons. Can you take it?'],
      xfer(110, MAYA.name, MAYA.id),
      [150, 'l', 'Hi, this is Maya from Accessibility Services at Bayside. Central has two video magnifiers (CCTVs) in the Assistive Technology Room on the 2nd floor, open whenever the library is. I give free one-on-one lessons on Tuesdays; details are at baysidelib.org/accessibility.', as(MAYA)],
      [158, 'l', 'Does that answer your question?', as(MAYA)],
      [260, 'p', 'yes. can i sign up for a tuesday lesson'],
      [275, 'l', 'Yes, you can book a lesson by calling my desk at 555-410-2277 or e-mailing access@baysidelib.org. Anything else I can help with?', as(MAYA)],
      [340, 'p', 'No that is all. Thank you Maya'],
      [346, 'l', 'Thank you for contacting us, have a lovely day!', as(MAYA)],
    ], usual({ referral: 'pass', transfer: 'pass' })),
  },

  // 21 a transfer to a local librarian with a notice but no internal note
  s(HAL, '21 stroke caregiver, home delivery in another county: transfer with a notice but no note', [
    [0, 'p', 'good morning. my husband had a stroke and i cant leave him alone. does the library deliver books to the house in Wicomico county'],
    [30, 'l', "Good morning! I'm Hal, a librarian with AskUsNow! at Kent County Library. Are you looking for books for yourself, your husband, or both?"],
    [100, 'p', 'for me mostly. mysteries'],
    [108, 'l', "A librarian from Wicomico is online, so I'm transferring you to her so she can set this up. Please hold a moment."],
    xfer(112, IVY.name, IVY.id),
    [160, 'l', "Hello, this is Ivy at Wicomico Public Libraries. Yes, our Homebound Delivery service brings books every two weeks to county residents who can't get to a branch. You can sign up online at wicomicolibrary.org/homebound or by calling Outreach at 410-555-0161.", as(IVY)],
    [168, 'l', 'Would you like mysteries in large print or regular print when you sign up?', as(IVY)],
    [240, 'p', 'regular is fine. thank you, I will call them'],
    [248, 'l', 'Wonderful. Did that answer everything you needed?', as(IVY)],
    [320, 'p', 'yes that is everything'],
    [326, 'l', 'Take care of yourself and your husband. Goodbye!', as(IVY)],
  ], usual({ referral: 'pass', transfer: 'fail' })),

  // 22 four chats at once
  s(ZOE, '22 Medicare & You in large print: 1-800-MEDICARE to order it; the provider has three other chats open (4 at once)', [
    [0, 'p', 'How can I get the Medicare & You handbook in large print?'],
    [20, 'l', 'Hello! Thanks for contacting Ask a Librarian. This is Zoe at Hilltop Library.'],
    [26, 'l', 'Would you like a printed copy mailed to you, or to read it online with bigger text?'],
    [110, 'p', 'mailed please. paper'],
    [125, 'l', 'You can order the large print edition free by calling 1-800-MEDICARE (1-800-633-4227) and asking for the large print "Medicare & You" handbook; it comes by mail. There is also a large print PDF at medicare.gov/medicare-and-you if someone in the family wants to print it. Does that help?'],
    [200, 'p', 'yes thank you'],
    [206, 'l', 'Anything else I can look up for you?'],
    [260, 'p', 'no'],
    [266, 'l', 'Thanks for chatting. Goodbye!'],
  ], usual({ referral: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zoe45', -100, 300), other('z2', 'zoe45', 50, 400), other('z3', 'zoe45', 100, 500)],
  }),

  // 23 three at most: one other chat ends as this starts, one starts as it ends
  s(SAL, '23 Amazon phishing e-mail, class for seniors: three chats at most (one ends at the start, one starts at the end)', [
    [0, 'p', 'I got an email saying my Amazon account is locked and to click a link. My neighbor said it might be fake. How can I tell'],
    [35, 'l', 'Hi there, this is Sal from the Ask a Librarian service at Riverbend Library.'],
    [41, 'l', 'Good instinct to ask first! Did you click the link or type anything in yet?'],
    [130, 'p', 'no I did not'],
    [142, 'l', 'Good. That is very likely a phishing email. Amazon explains how to spot fake messages at amazon.com/security (look for "Identifying Phishing or Spoofed Emails"), and the FTC guide at consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams shows common tricks. The safest thing is to delete the email and open Amazon yourself by typing amazon.com.'],
    [150, 'l', 'Does that answer your question?'],
    [260, 'p', 'Yes. I deleted it. We also have a class for seniors on this? my neighbor said'],
    [272, 'l', 'We do! "Staying Safe Online" meets the first Monday of each month at 10 am in the Riverbend community room, no sign-up needed. Anything else I can help with?'],
    [340, 'p', 'no thats all, thank you'],
    [346, 'l', "You're welcome! Stay safe, and thanks for chatting."],
  ], usual(), {}, {
    otherIntervals: [other('s1', 'sal45', -300, 0), other('s2', 'sal45', -200, 400), other('s3', 'sal45', 30, 500), other('s4', 'sal45', 351, 700)],
  }),

  // 24 a question limit: critical dismissal
  s(REX, '24 Kindle then e-mail with a picture (ALL CAPS): "we only answer one question per chat" dismissal', [
    [0, 'p', 'HI I HAVE SOME QUESTIONS ABOUT MY NEW KINDLE AND ALSO ABOUT HOW TO SEND AN EMAIL WITH A PICTURE'],
    [40, 'l', "Hello! I'm Rex, a librarian with Ask a Librarian, Brook County Library. Which one do you want to start with?"],
    [130, 'p', 'THE KINDLE. HOW DO I GET LIBRARY BOOKS ON IT'],
    [140, 'l', 'Is it a Kindle Paperwhite or a Fire tablet?'],
    [200, 'p', 'PAPERWHITE'],
    [215, 'l', 'Borrow the book in Libby (libbyapp.com) on a computer or phone, tap "Read With Kindle", and it goes to your Amazon account; the Paperwhite gets it next time it is on Wi-Fi. Did that make sense?'],
    [330, 'p', 'YES I THINK SO. NOW THE EMAIL WITH A PICTURE'],
    [342, 'l', 'Sorry, we only answer one question per chat, so I have to end this one now. Goodbye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 25 other patrons waiting, with a way back: allowed
  s(KEISHA, '25 a numbered list of three questions, then three more: "other patrons waiting ... chat back in later" (allowed)', [
    [0, 'p', 'i have a few things. 1 how do i get a library card if i cant come in, 2 do you have the AARP tax help, 3 where do i get a copy of my late husbands death certificate'],
    [25, 'l', "Hi! This is Keisha with Ask Us Now at Lakeside County Library. Let's take them one at a time. Do you live in Lakeside County?"],
    [80, 'p', 'yes'],
    [95, 'l', '1) County residents can sign up online at lakesidelib.org/card, and the card is mailed to you. 2) AARP Tax-Aide is at the Main branch on Wednesdays, February to April; appointments are listed at lakesidelib.org/taxes.'],
    [105, 'l', '3) Death certificates come from the county Vital Records office: call 555-301-8800 or visit them at 12 Court Street. Did those answer your three questions?'],
    [190, 'p', 'yes. also how do I ... can you help me with my whole tax return, and look up my pension, and find a lawyer for the house'],
    [205, 'l', 'Those are big ones, and I want to be fair to the other patrons waiting in the chat queue right now. Please chat back in later, or call our Reference desk at 555-301-4000, and we can work on each one with you. Thank you for chatting today!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 26 the provider's last message is a hold; the patron leaves: no final idle, no source
  s(BETH, '26 large print word search books: "let me check" at 110, patron leaves at 140 (no final idle, no source)', [
    [0, 'p', 'is there a large print word search book i can borrow'],
    [20, 'l', 'Hello! Beth here, librarian at Elm Grove Library.'],
    [26, 'l', 'Do you mean puzzle books to write in, or books about word games?'],
    [100, 'p', 'puzzle ones'],
    [110, 'l', "Library books can't be written in, but let me check what puzzle books we have for you to keep."],
    left(140),
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),

  // 27 a recorded pickedUpAt (40 s) before the first message (75 s); dictation ("lie bury", "seedy"); greeting over two messages
  s(WES, "27 Louis L'Amour on CD (dictation): pickedUpAt 40 s, first message 75 s, greeting split over two messages", [
    [0, 'p', "hi I would like to know if the lie bury has books read out loud on CD by Louis L'Amour my husband loves his westerns"],
    [75, 'l', 'Hello and welcome!'],
    [80, 'l', "I'm Wes, one of the librarians at Ashford Public Library. Would your husband prefer CDs, or could he use a phone app?"],
    [170, 'p', 'seedy is best he has a player in the kitchen'],
    [182, 'l', "We have 23 Louis L'Amour audiobooks on CD. In our catalog at ashfordlib.org, search \"Louis L'Amour\" and choose Audiobook CD under Format. Is that enough to go on?"],
    [260, 'p', 'that is enough thank you, I can do holds'],
    [268, 'l', 'Wonderful! Is there anything else today?'],
    [330, 'p', 'no that is it for today. god bless'],
    [336, 'l', 'Thank you, and happy listening to your husband! Bye now.'],
  ], usual(), { pickedUpAt: at(40) }),

  // 28 a greeting that names no one (screen name only); "Have a good one!" as the goodbye
  s(QUINN, '28 bookmobile at a retirement home: "Hi there! What can I do for you?" names no one; "Have a good one!"', [
    [0, 'p', 'what time does the bookmobile come to Shady Acres retirement home'],
    [15, 'l', 'Hi there! What can I do for you?'],
    [22, 'l', 'Which day of the week are you asking about?'],
    [80, 'p', 'thursday'],
    [95, 'l', 'The bookmobile stops at Shady Acres on the 2nd and 4th Thursday, 1:30 to 2:15 pm. The full schedule is at countylib.org/bookmobile. Does that help?'],
    [160, 'p', 'yes'],
    [166, 'l', 'Great! Anything else?'],
    [210, 'p', 'no ty'],
    [215, 'l', 'Have a good one!'],
  ], usual({ greeting: 'fail' })),

  // 29 a notice + goodbye with no check-in, 218 s after the answer
  s(JUNE, '29 AARP magazine in Libby: notice + goodbye 218 s after the answer, no check-in', [
    [0, 'p', 'Good evening. Can you tell me if the library has the AARP magazine? I would like to read it but not subscribe.'],
    [30, 'l', 'Good evening! This is June, a librarian with Ask Us at Calvert Library.'],
    [36, 'l', 'Would you rather read it online or in print at a branch?'],
    [120, 'p', 'online if possible, on my laptop'],
    [132, 'l', 'AARP The Magazine is free to read in Libby and on libbyapp.com under Magazines; sign in with your Calvert card. Is that what you had in mind?'],
    [350, 'l', "It seems you've disconnected, so I'll end this session now. Thanks for contacting us, and have a good evening!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 30 the guidelines' own notice ("If I don't hear from you soon, I will end this session"), no goodbye, a system end
  s(NOOR, "30 SNAP recertification (ALL CAPS, 77): check-in, the guidelines' notice without goodbye, system end", [
    [0, 'p', 'WHERE CAN I GET HELP WITH MY FOOD STAMPS RENEWAL FORM. I AM 77 AND THE PRINT IS TOO SMALL'],
    [28, 'l', "Hi, welcome to Ask a Librarian. I'm Noor with Hampton County Library."],
    [34, 'l', 'Is this the SNAP recertification form that came in the mail? What state are you in?'],
    [160, 'p', 'YES THE RECERT. MARYLAND'],
    [170, 'l', 'One moment please.'],
    [250, 'l', 'In Maryland you can renew SNAP without the paper form: call the Department of Human Services at 1-800-332-6347 and ask for a phone interview; they can also mail you a large print form. The form itself is at mydhrbenefits.dhr.state.md.us. Does that help?'],
    [375, 'l', "Are you still with me, ma'am?"],
    [440, 'l', "It looks like you've disconnected. If I don't hear from you soon, I will end this session."],
    ended(520, 'Chat ended'),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 31 "ok let me try" then 180 s of nothing: the final idle starts at the check-in (150 s to the goodbye)
  s(ANA, '31 Kobo Clara (OverDrive): patron "ok let me try", check-in 180 s later, goodbye notice 150 s after that', [
    [0, 'p', 'My daughter bought me a Kobo. Can it get library books?'],
    [25, 'l', "Hello! I'm Ana, librarian at the Ask Us chat for Baltimore County Public Library."],
    [32, 'l', 'Which Kobo model is it? The name is on the back or under Settings > Device information.'],
    [140, 'p', 'Clara 2E'],
    [150, 'l', "Yes! The Kobo Clara 2E has OverDrive built in. Tap More (the three lines), then OverDrive, sign in with your library card, and borrowed books download straight to it. Kobo's help page is help.kobo.com, search \"OverDrive\". Did that work?"],
    [230, 'p', 'ok let me try'],
    [410, 'l', 'Any luck? Are you still there?'],
    [560, 'l', "I haven't heard back, so it looks like we got disconnected. I'll close this chat now, but please come back anytime. Thanks!"],
  ], usual({ informed: 'fail', anything: 'fail', idle: 'pass' })),

  // 32 a check-in that also thanks: no goodbye (it asks whether the patron is still there), so the idle runs to the end
  s(TY, '32 Deaf patron, captioned movies: "Are you still there? If not, thanks for chatting" at 130 s, session ends 200 s after the answer', [
    [0, 'p', 'hello, i am deaf and use text. i want to find out if the library has captioned movies to borrow'],
    [30, 'l', 'Hi! Welcome to Ask a Librarian. My name is Ty, from Fox Hill Library.'],
    [36, 'l', 'Are you looking for DVDs to take home, or streaming movies you can watch online?'],
    [120, 'p', 'dvds and streaming both ok'],
    [140, 'l', 'Almost all our DVDs have English subtitles or closed captions; the case says "CC" or "SDH" on the back. For streaming, Kanopy (foxhilllib.org/kanopy) has captions on nearly every film: click the CC button under the video. Is that helpful?'],
    [270, 'l', 'Are you still there? If not, thanks for chatting, and take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 70 }),
];

/** Cases the scorer misreads (see the header), with the reason. */
const LEFT_WHY: Record<string, string> = {
  '19 SSA overpayment for a mother of 84: "I\'ll ... get back to you" coded Answered, no contact, not done by day 5':
    'referral.contact: expected na, got pass ("the referral comes with a way to reach them", message 5). RUBRIC: a referral tells the patron to contact or visit a person or organisation; pointing to a publication is a source. "she can also ask for a waiver with form SSA-632. Both are at ssa.gov/forms." asks for a thing by filing a form: no party is named to contact',
};

describe('forty-fifth round: older adults and accessibility, checked', () => {
  describeSessions('whole sessions', seniors.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', seniors.filter((c) => c.name in LEFT_WHY));
});
