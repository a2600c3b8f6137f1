/**
 * Forty-third round, ACCOUNTS, DEVICES AND E-RESOURCES, checked: whole sessions no one had written, in the way a statewide
 * chat service runs them, each with all 17 checks labelled from RUBRIC.md before it was run. Library cards and PINs, blocked
 * accounts and fines, holds and renewals, Libby / OverDrive / Hoopla / Kanopy / cloudLibrary trouble, printing from a laptop
 * or phone, Wi-Fi, hotspot and laptop lending, a Gmail password, a phishing e-mail, seniors learning a tablet; providers of
 * other libraries who cannot see the patron's account and send them to their home library (with a phone, an e-mail, a URL,
 * only hours, or nothing) or to the vendor's help page; canned macros; pasted error messages; short, impatient exchanges.
 *
 * SHAPES TRIED:
 *  openings: a queue line then a greeting with name and library; "Hi, Will at Calvert Library here."; the second message
 *   only asks; a provider-role macro that only holds ("Please hold, a staff member will be right with you.") 123 s before
 *   the librarian's "hey! which device r u using?"; a text-line greeting;
 *  timing: a hold answered in 82-90 s; a hold, an internal note to circulation (does not end the wait) and the answer 127 s
 *   after the hold; a hold, the patron's "hello??" (does not restart it) and the answer 125 s after the hold; 150 s of
 *   silence after the patron's reply with no hold; a hold then a partial result "Still looking into …" (a hold), each under
 *   120 s; "Sure, take your time." (no hold) and 229 s until the patron is back; a senior who takes 3-4 minutes per step;
 *   a text-line patron who answers after 7 minutes;
 *  endings: the patron's "nope", "k" or "wow ok" last (no final idle); a goodbye right after the patron; a final idle of
 *   174 s ended by "I haven't heard back, so I'll close this chat. Thanks …" (no check-in; under the notice's 180 s); 140 s
 *   with "Are you still there?" and no goodbye; "Are you still there? If not, thanks … come back anytime." as the last
 *   message (asks, so no Goodbye by Terms: the idle runs to endedAt, 260 s, and it is no disconnect notice); 305 s ended by
 *   a notice + thanks with no check-in; a macro answer then the patron leaving 248 s later (neither);
 *  information: URLs of the home library and of vendor help pages; the catalogue named with steps and no URL; only the Libby
 *   app with in-app steps; a Wi-Fi name and "no password"; renewals done by the provider (an answer, no source); the
 *   completeness question as "Did that do the trick?", "Is that working now?", "Let me know if the update fixes it.",
 *   "Would the DVD work for the meeting?", "Did that make the letters bigger?";
 *  closing: the patron's "thats all i needed", "no more questions", "that is all for today", "thats everything"; Hoopla's
 *   own "you've reached your limit for this month" explained by the provider (no dismissal); "Sorry, we can only answer one
 *   question per chat. Goodbye." (dismissal); "quite a few people waiting … call 410-887-6100 … or chat back" (allowed);
 *  referrals: the home library's circulation phone + URL; the same party's phone in one message and "Give them a call" in
 *   the next; "you'll need to contact your home library" with nothing; "Stop by any Calvert branch" with hours only; "check
 *   with your bank" (nothing) beside Hoopla support's URL; "bring it to any Talbot branch desk" (the provider's own library,
 *   nothing); cloudLibrary's support form; the library's own Tech Help line; "forward the email to reportphishing@apwg.org";
 *   "The quickest fix is to email Somerset's circulation staff at circ@…"; a vendor help page only (a source, no referral);
 *  follow-ups: by me with the e-mail given and read back and "by tomorrow morning" (done in 18 h); by me by phone, "tomorrow
 *   afternoon", done after 80 h (now day 6); by the patron's library with the e-mail only in `patron.email` and no time
 *   (pending); "I can email you their answer by Friday" coded Answered (pending); "I'll send you the sign-up link once they
 *   are [posted]" coded Answered with the e-mail never mentioned;
 *  codes: Lost Call (the patron left before pickup; one message), Lost Call with no provider and two patron messages,
 *   Practice, null, no code field at all (a text line);
 *  transfers: to the home library with a notice and a note (the transferring provider busy with 4 only after his part);
 *   with a note and no word to the patron;
 *  concurrency: three at once (pass); four from 20 s (fail); two ending as the session starts and two starting as it ends.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Only Frederick County staff can reset a PIN … You can call FCPL's Circulation line at 301-600-1630" refers to one party
 *   (the county library, named twice), reached by the phone;
 * - "forward the email to reportphishing@apwg.org" tells the patron to write to an outside organisation: a referral, reached
 *   by its e-mail; "report it to Hoopla's support team through <URL>" and "contact cloudLibrary's support team with the form
 *   at <URL>" are referrals reached by URL; "OverDrive's help page … is at help.overdrive.com" is a source only;
 * - "check with your bank" (ask them) and "bring it to any Talbot branch desk" / "Stop by any Calvert branch" (visit them, the
 *   provider's own library included) are referrals; opening hours are no way to reach a party;
 * - an app named with the steps to use it inside the app ("In the Libby app, tap Request Again") is still "an app named
 *   without a way to reach it": no source; "our catalog" with its menu path is the catalogue, a named resource;
 * - "Let me know if the update fixes it.", "Is that working now?", "Would the DVD work for the meeting?" (the DVD already
 *   given) and "Did that make the letters bigger?" ask whether what was given meets the need; "Can you try the restart and
 *   tell me what the light does?" asks for a test, not that;
 * - "Enjoy your movie, bye!", "np! bye", "Take care!"-style lines with thanks or bye are goodbyes; "Are you still there? If
 *   not, thanks …" thanks the patron (closing.courteous passes) but is no Goodbye by Terms (it asks whether the patron is
 *   there), and "If not, …" says nothing of a disconnect or that the session will end;
 * - "I'll send you the sign-up link once they are [posted]" and "I can email you their answer by Friday" are promises to
 *   send more later (follow-up sessions); "Someone from your library will contact you" is too, with no referral (the patron
 *   is not told to contact anyone); "I'll ask our e-resources team" and an internal note to circulation are staff consulted;
 * - the transferring provider is judged for concurrency only up to the transfer (his fourth chat opens after it);
 * - the first message that starts the final idle counts as inside it (no case here hangs on it).
 *
 * COUNTS. Written: 41 whole sessions (A01-A40 with gaps, 36 in a first batch; B1-B5, 5 in a second batch written after the
 * first run), every one of the 17 checks labelled before its batch was run (the first labels are kept outside the repo).
 * First run as labelled / disagreeing: 32 / 9 (first batch 30 / 6: A01, A10, A26, A27, A30, A33; second 2 / 3: B1, B3, B4).
 * Label corrections: 1. A27 approachability.greeting, first labelled fail ("Please hold, a staff member will be right with
 * you." + "hey! which device r u using?" read as no identification); RUBRIC asks that the provider identify "who is
 * answering (a name, "librarian", …)": "a staff member" names the answerer's role as "librarian" does, so it passes.
 * Final: 33 running, 8 LEFT (LEFT_WHY below):
 *  referral.contact (4): A01 false fail (the party's phone in the next sentence, the library renamed by its acronym), A30
 *   false pass (Hoopla's URL lent to "your bank" in the same sentence), A10 and B1 false na ("forward the email to <e-mail>",
 *   "The quickest fix is to email <party> at <e-mail>" not read as telling the patron to contact anyone);
 *  followup.completeness (2): A26 "Would the DVD work for the meeting?", A33 "Did that make the letters bigger?" (false fails);
 *  info.source (1): B3 the Libby app with in-app steps taken as a source (false pass);
 *  resolution.code / followup.contact / followup.on_time (1): B4 "I'll send you the sign-up link once they are" not read as
 *   a promise (code pass for fail, contact and on_time na for fail and pending).
 * Every timing check (pickup, keep_informed, idle_checkin, disconnect_notice, concurrency, on_time) scored as labelled. The
 * redaction equality of describeSessions holds for every running case (patron e-mails and a phone in the chat, an e-mail in
 * `patron.email`), and for the 8 LEFT cases too, checked outside the suite (A10's scam phone number, pasted by the patron
 * and quoted by the provider, included).
 *
 * FINAL RUN (`--project scoring`, this file only): 41 tests passed (8 through describeLeft).
 *
 * V44 (rubric v44's block J, its third wave): 2 of the 8 LEFT cases read as labelled now and run with the others: A10 ("You
 * can forward the email to reportphishing@apwg.org", J24) and B1 ("The quickest fix is to email Somerset's circulation staff
 * at …", J23). Final under v44: 35 running, 6 LEFT (A01, A26, A30, A33, B3, B4).
 * ON v56 (block V): A30's "Please check with your bank about disputing it, and you can report it to Hoopla's support team through
 *   hoopladigital.com/support so they know about the copycat." reads as labelled (V19: a part that names a party of its own before
 *   "they" is another party, the bank has no way to reach it) and runs: 36 running, 5 LEFT (A01, A26, A33, B3, B4).
 */
import { describe } from 'vitest';
import { ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual, all } from './helpers';
import { type Prov, P, as, xfer, session, left } from './provider-lines';

const HOUR = 3600;
const s = session;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const TASHA: Prov = P('tasha', 'Tasha', 'CECIL');
const ROB: Prov = P('rob', 'Rob', 'HCPL');
const NINA: Prov = P('nina', 'Nina', 'HCLS');
const OLLIE: Prov = P('ollie', 'Ollie', 'QACL');
const ILSE: Prov = P('ilse', 'Ilse', 'KENT');
const PAUL: Prov = P('paul', 'Paul', 'BCPL');
const QUINN: Prov = P('quinn', 'Quinn', 'FCPL');
const RENA: Prov = P('rena', 'Rena', 'CARR');
const SOL: Prov = P('sol', 'Sol', 'WCFL');
const TARA: Prov = P('tara', 'Tara', 'PGCMLS');
const UMA: Prov = P('uma', 'Uma', 'AACPL');
const VERA: Prov = P('vera', 'Vera', 'MCPL');
const WILL: Prov = P('will', 'Will', 'CALV');
const XAN: Prov = P('xan', 'Xan', 'EPFL');
const YUSUF: Prov = P('yusuf', 'Yusuf', 'EPFL');
const LINDA: Prov = P('linda', 'Linda', 'HCLS');
const BEA: Prov = P('bea', 'Bea', 'SOM');
const GIL: Prov = P('gil', 'Gil', 'WIC');
const AMIR: Prov = P('amir', 'Amir', 'AACPL');
const COACH: Prov = P('coach', 'AskUsNow Coach', 'MSLRC');
const CAL: Prov = P('cal', 'Cal', 'SMCL');
const DEV: Prov = P('dev', 'Dev', 'HCPL');
const RUBY: Prov = P('ruby', 'Ruby', 'WCFL');
const FERN: Prov = P('fern', 'Fern', 'TCFL');
const HANA: Prov = P('hana', 'Hana', 'FCPL');
const MAC: Prov = P('mac', 'bcpl_chat3', 'BCPL');
const GRETA: Prov = P('greta', 'Greta', 'ACLS');
const IRIS: Prov = P('iris', 'Iris', 'CHAS');
const LEE: Prov = P('lee', 'Lee', 'CECIL');
const KAY: Prov = P('kay', 'Kay', 'WOR');
const NED: Prov = P('ned', 'Ned', 'SMCL');
const JUN: Prov = P('jun', 'Jun', 'BCPL');
const PRITI: Prov = P('priti', 'Priti', 'HCPL');
const ABBY: Prov = P('abby', 'Abby', 'CARR');
const THEO: Prov = P('theo', 'Theo', 'HCLS');
const SIENNA: Prov = P('sienna', 'Sienna', 'FCPL');
const WREN: Prov = P('wren', 'Wren', 'RELGC');
const MINA: Prov = P('mina', 'Mina', 'CALV');
const OTTO: Prov = P('otto', 'Otto', 'KENT');
const PIA: Prov = P('pia', 'Pia', 'AACPL');
const RAE: Prov = P('rae', 'Rae', 'MCPL');
const SAMI: Prov = P('sami', 'Sami', 'HCPL');

export const accounts: SessionCase[] = [
  // A01 out-of-system provider, PIN: asks the home library, refers with phone and URL
  s(TASHA, 'A01 PIN (Cecil for a Frederick card): home library asked, "call FCPL\'s Circulation line at 301-600-1630", "nope"', [
    [0, 'p', 'hi my library card pin isnt working, keeps saying invalid. can u reset it'],
    queue(3),
    [38, 'l', "Hello, you've reached Ask a Librarian. I'm Tasha, covering from Cecil County Public Library this evening."],
    [44, 'l', "Which library is your card from? I'm at a different library, so I may not be able to see your account."],
    [80, 'p', 'frederick county'],
    [95, 'l', "Thanks. Only Frederick County staff can reset a PIN, since I can't see their accounts. You can call FCPL's Circulation line at 301-600-1630 during open hours, or use \"Forgot PIN?\" on the catalog login at fcpl.org."],
    [100, 'l', 'Does that help?'],
    [150, 'p', 'ugh fine. ill call tmrw'],
    [158, 'l', "Sorry I couldn't do it from here! Anything else I can help with tonight?"],
    [190, 'p', 'nope'],
    [196, 'l', 'OK, take care and thanks for using Ask a Librarian.'],
  ], usual({ referral: 'pass' })),

  // A02 out-of-system provider: "you'll need to contact your home library", no way to reach it, no source
  s(ROB, 'A02 blocked in Libby (pasted): "you\'ll need to contact your home library" with no contact, no source', [
    [0, 'p', 'why is my account blocked?? i cant check out ebooks'],
    [44, 'l', 'Hi there, this is Rob with Ask Us Now. Sorry you\'re running into that!'],
    [50, 'l', 'Are you seeing a message in Libby, or in the library catalog?'],
    [95, 'p', "libby. it says 'Your card has been blocked. Please contact your library.'"],
    [140, 'l', "That message usually means fines or an expired card on the account. I'm at Harford County, so I can't see your account. You'll need to contact your home library to get it cleared."],
    [175, 'p', 'ok'],
    [182, 'l', 'Good luck, have a nice night!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' })),

  // A03 Libby "can't be used here": wrong library picked; hold 82 s; vendor help page (a source, no referral)
  s(NINA, 'A03 Libby "This card can\'t be used here": wrong library in Libby, help.libbyapp.com, "thats all i needed"', [
    [0, 'p', 'Libby keeps saying "This card can\'t be used here" when i add my card. ive typed it 5 times'],
    [22, 'l', "Good afternoon! Nina at Howard County Library System, answering for Ask Us Now. Let's sort that out."],
    [30, 'l', 'Which library issued your card, and which library did you pick in Libby when you added it?'],
    [70, 'p', 'card is from montgomery county. in libby i just picked the first one it showed me, maybe howard?'],
    [78, 'l', "That's probably it. One moment while I pull up the steps."],
    [160, 'l', 'Libby only accepts a card at the library that issued it. In Libby, tap Menu > Add Library, search "Montgomery County Public Libraries", and sign in there. Libby\'s help page walks through it: help.libbyapp.com, article "Adding a library".'],
    [166, 'l', 'Did that do the trick?'],
    [260, 'p', 'yes!! it took it. thats all i needed'],
    [268, 'l', 'Great! Thanks for chatting with Ask Us Now, happy reading.'],
  ], usual()),

  // A04 Hoopla's own monthly limit, quoted by the provider: no dismissal
  s(OLLIE, 'A04 Hoopla "reached your monthly borrow limit" explained by the provider ("you\'ve reached your limit for this month")', [
    [0, 'p', 'hoopla says i reached my limit?? i only borrowed like 3 things'],
    [31, 'l', "Hello, I'm Ollie, a librarian at Queen Anne's County Library. Happy to help with Hoopla."],
    [37, 'l', "Which library card are you using in Hoopla, and what's the exact wording of the message?"],
    [102, 'p', 'st marys county. "You have reached your monthly borrow limit of 4. Your limit will reset on the 1st."'],
    [150, 'l', "Thanks! That message means you've reached your limit for this month: St. Mary's allows 4 Hoopla borrows a month, and the count starts fresh on the 1st. Titles you already borrowed stay on your shelf until they expire. Hoopla explains the monthly limits at hoopladigital.com/help under \"Borrowing\"."],
    [156, 'l', 'Does that clear it up?'],
    [200, 'p', 'oh ok. kind of dumb but ok lol'],
    [210, 'l', 'Is there anything else I can help with?'],
    [240, 'p', 'nah'],
    [246, 'l', 'Thanks for using Ask Us Now!'],
  ], usual()),

  // A05 Kanopy on a Roku: 150 s with no word after the patron's reply
  s(ILSE, 'A05 Kanopy on a Roku: the patron answers at 90, the provider is silent until 240 (no hold)', [
    [0, 'p', 'how do i get kanopy on my roku tv'],
    [50, 'l', 'Hi! This is Ilse, librarian with Kent County Public Library. Glad to help.'],
    [55, 'l', 'Do you already have a Kanopy account set up with your library card?'],
    [90, 'p', 'yes i use it on my laptop'],
    [240, 'l', 'Great. On the Roku, add the Kanopy channel from the Roku Channel Store, open it, and it shows a code. On your laptop go to kanopy.com/activate, sign in, and type the code. Kanopy\'s Roku page is at help.kanopy.com (search "Roku").'],
    [245, 'l', 'Does that work for you?'],
    [330, 'p', 'got it working, thanks. thats everything'],
    [335, 'l', 'Enjoy your movie, bye!'],
  ], usual({ informed: 'fail' })),

  // A06 fines block: "one moment", an internal note to circ at 120, answer at 215 (127 s after the hold)
  s(PAUL, 'A06 blocked for $14.50: hold at 88, internal note to circulation at 120 (does not end the wait), answer at 215', [
    [0, 'p', "Hi. My card got blocked and I don't know why. Baltimore County. I'd like to place holds for my kids."],
    [25, 'l', "Hi, and thanks for contacting BCPL's Ask a Librarian! I'm Paul."],
    [33, 'l', "I can take a look. What's your name and the last four digits of your card?"],
    [80, 'p', 'Dana Whitfield, 4471'],
    [88, 'l', 'Thanks, Dana. Let me check your account, one moment.'],
    [120, 'i', 'circ: is the $14.50 on whitfield 4471 a damaged-item charge or overdue? pt asking in chat'],
    [215, 'l', "Found it. There's $14.50 in charges for a DVD that came back damaged, and accounts block at $10. Once it's under $10 the block lifts right away."],
    [220, 'l', 'You can pay online under My Account > Fines & Fees at bcpl.info.'],
    [225, 'l', 'Does that answer your question?'],
    [300, 'p', 'ok. paid it online. it says 0 now'],
    [310, 'l', 'Perfect, you should be able to place holds now. Anything else today?'],
    [340, 'p', "No that's everything, thanks"],
    [345, 'l', "You're welcome, Dana. Have a good day!"],
  ], usual({ informed: 'fail' })),

  // A07 printing from a laptop: the patron's "hello??" does not restart the wait; final idle 174 s ended by a goodbye
  s(QUINN, 'A07 laptop printing: hold at 66, "hello??" at 170, answer at 191 (125 s); final idle 246->420 with no check-in', [
    [0, 'p', 'can i print from my laptop at the library, i dont have a usb'],
    [18, 'l', 'Hello, Quinn here, a librarian at Frederick County Public Libraries.'],
    [24, 'l', 'Which branch will you be printing at? The setup differs a little between branches.'],
    [60, 'p', 'c burr artz downtown'],
    [66, 'l', 'OK, let me find the wireless printing page for that branch.'],
    [170, 'p', 'hello??'],
    [191, 'l', 'Sorry for the wait! At C. Burr Artz you can print wirelessly: go to fcpl.org/print, choose "Upload a file", pick the downtown printers and enter your card number, then release the job at the print station. 15 cents a page black and white.'],
    [195, 'l', 'Is that what you needed?'],
    [240, 'p', 'yeah. thx'],
    [246, 'l', 'Anything else I can help with?'],
    [420, 'l', "I haven't heard back, so I'll close this chat. Thanks for contacting us, and come back anytime!"],
  ], usual({ informed: 'fail', idle: 'fail' })),

  // A08 hotspot lending; the last message asks "Are you still there?" and thanks (not a Goodbye by Terms): idle to endedAt
  s(RENA, 'A08 hotspot lending: answer at 160, "Are you still there? If not, thanks … come back anytime." at 300, ends 420', [
    [0, 'p', 'do you guys lend out those wifi hotspot things'],
    queue(3),
    [52, 'l', "Hi! Welcome to Ask Us Now. I'm Rena, a librarian at Carroll County Public Library."],
    [58, 'l', 'Are you a Carroll County cardholder? Hotspot lending is different at each library.'],
    [101, 'p', 'yes westminster'],
    [160, 'l', 'Yes, we do! Carroll lends T-Mobile hotspots for 3 weeks. They\'re on a holds list: search "hotspot" in our catalog at library.carr.org and place a hold for pickup at Westminster. Right now the wait is about a month.'],
    [165, 'l', 'Does that answer your question?'],
    [300, 'l', "Are you still there? If not, thanks for chatting with Ask Us Now, and feel free to come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 120 }),

  // A09 cloudLibrary error pasted; vendor support form; "Let me know if the update fixes it."; three sessions at once
  s(SOL, 'A09 cloudLibrary ERR-5003: update steps, "contact cloudLibrary\'s support team with the form at …", 3 chats at once', [
    [0, 'p', 'cloudLibrary app: "Error: Unable to connect to the server. Please try again later. (ERR-5003)" been like this since yesterday'],
    [40, 'l', 'Hi, this is Sol, librarian at Washington County Free Library, with Ask Us Now.'],
    [46, 'l', 'What device are you using, and have you updated the app lately?'],
    [110, 'p', 'ipad. not sure about updating'],
    [118, 'l', 'Let me check whether cloudLibrary has posted anything about an outage. One moment.'],
    [200, 'l', 'Nothing posted about an outage. Try this first: open the App Store, tap your picture, and update cloudLibrary; then sign out of the app and back in.'],
    [206, 'l', "If it still fails, contact cloudLibrary's support team with the form at yourcloudlibrary.com/support and include the ERR-5003 code."],
    [212, 'l', 'Let me know if the update fixes it.'],
    [400, 'p', 'updated it and signed back in and it works. no more questions, thank u'],
    [410, 'l', "Glad it's fixed! Thanks for using Ask Us Now."],
  ], usual({ referral: 'pass' }), {}, { otherIntervals: [other('s1', 'sol', -100, 300), other('s2', 'sol', 50, 600)] }),

  // A10 phishing e-mail pasted (with a scam phone and URL); forward to reportphishing@apwg.org
  s(TARA, 'A10 phishing e-mail pasted: "Please don\'t call 1-888-555-0199", "forward the email to reportphishing@apwg.org"', [
    [0, 'p', 'I got this email, is it really from the library? "Your Library account will be SUSPENDED in 24 hrs. Verify your card at pgcmls-verify.com or call 1-888-555-0199."'],
    [29, 'l', "Good morning, this is Tara, a librarian at Prince George's County Memorial Library System. Thank you for checking before clicking!"],
    [35, 'l', 'Did you click the link or call the number at all?'],
    [70, 'p', 'no i didnt'],
    [75, 'l', 'Good. Give me a moment to confirm with our IT notices.'],
    [140, 'l', "That is a phishing email; it did not come from us. Our real site is pgcmls.info, and we never ask you to verify your card by email or phone. Please don't call 1-888-555-0199 or visit that link. You can forward the email to reportphishing@apwg.org and then delete it."],
    [146, 'l', 'Does that help?'],
    [180, 'p', 'yes thank you so much. my mother got one too'],
    [188, 'l', 'If she clicked anything, she can change her PIN on pgcmls.info under My Account. Anything else I can do for you?'],
    [230, 'p', 'no thats all'],
    [235, 'l', 'Take care, and thanks for contacting Ask Us Now.'],
  ], usual({ referral: 'pass' })),

  // A11 a senior and a tablet: slow patron, "Take your time", e-mailed steps by tomorrow morning (follow-up by me, done in 18 h)
  s(UMA, 'A11 senior, PressReader on a Samsung tablet: slow replies, e-mail given and read back, "by tomorrow morning", done 18 h', [
    [0, 'p', 'Hello. My son gave me a Samsung tablet and I would like to read the newspaper on it with my library card. I am 81 and not good with these things.'],
    [45, 'l', "Good morning, and welcome! I'm Uma, a librarian at Anne Arundel County Public Library. I'd be glad to help, and we can go slowly."],
    [52, 'l', 'Which newspaper would you like to read: the Capital Gazette, the Baltimore Sun, or another one?'],
    [190, 'p', 'The Baltimore Sun please. I used to get the paper one.'],
    [205, 'l', 'Lovely. Our library pays for the Sun through a service called PressReader. First, on the tablet, please find the Play Store icon (a colored triangle) and tell me when you have it open. Take your time.'],
    [420, 'p', 'I have it open.'],
    [430, 'l', 'Wonderful. Tap the search bar at the top and type PressReader, then tap Install.'],
    [620, 'p', 'It is installing. This is a lot to remember.'],
    [632, 'l', "You're doing great. Would it help if I emailed you these steps, with pictures, so you have them to keep?"],
    [700, 'p', 'Yes please. my email is h.lindqvist@comcast.net'],
    [710, 'l', 'Thank you: h.lindqvist@comcast.net. I\'ll put the steps together and email them to you by tomorrow morning. Once PressReader opens, choose "Anne Arundel County Public Library" and sign in with your card number and PIN; the steps are also at aacpl.net/pressreader.'],
    [716, 'l', 'Does that help for today?'],
    [800, 'p', 'Yes. Thank you dear, that is all for today.'],
    [806, 'l', "You're very welcome! Thank you for chatting with us, and enjoy the Sun."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(18 * HOUR) }] }),

  // A12 out-of-system, follow-up by the patron's library: e-mail only in patron.email, no time, no source
  s(VERA, 'A12 laptop kiosk $600 bill (Baltimore County card, Montgomery provider): "Someone from your library will contact you", no time', [
    [0, 'p', 'I returned my laptop to the laptop kiosk but my account still says its checked out and I have a $600 bill!!!'],
    [35, 'l', "Hello! I'm Vera, a librarian with Ask Us Now, answering from Montgomery County."],
    [41, 'l', "Which library's laptop kiosk did you use, and about when did you return it?"],
    [88, 'p', 'Baltimore County, Towson branch, last Tuesday'],
    [96, 'l', "Thank you. I'm not able to see Baltimore County accounts from here, so I'm going to pass this to their staff."],
    [102, 'l', "Someone from your library will contact you about the charge. Please don't pay it in the meantime."],
    [140, 'p', 'ok. will they call or email?'],
    [150, 'l', "They'll use the contact information on your account."],
    [170, 'p', 'fine'],
    [176, 'l', 'Thanks for your patience, and sorry about the stress. Goodbye!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'fail', onTime: 'pending', referral: 'na', transfer: 'na',
  }), { ...FU_LIB, patron: { name: null, email: 'k.osei@gmail.com', phone: null } }),

  // A13 renewals done by the provider: an answer, no source; completeness asked after the answer
  s(WILL, 'A13 "renew my stuff pls": provider renews in the system, "Does that cover it?", "k", no source', [
    [0, 'p', 'renew my stuff pls'],
    [15, 'l', 'Hi, Will at Calvert Library here. Sure thing.'],
    [20, 'l', "What's the name on the card, and do you want everything renewed or just certain items?"],
    [55, 'p', 'marcus bell. everything'],
    [60, 'l', 'One sec.'],
    [110, 'l', 'Done: 4 of your 5 items renewed, new due date March 23. The fifth, "Fourth Wing", has a hold on it so it can\'t renew; it\'s due Thursday.'],
    [114, 'l', 'Does that cover it?'],
    [130, 'p', 'k'],
    [138, 'l', 'Thanks, have a good one!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // A14 the Wi-Fi answer: no question, no source; the patron says she is done
  s(XAN, 'A14 Wi-Fi password at Central: answered at once with no question and no source, "oh ok thats all i needed"', [
    [0, 'p', 'whats the wifi password at central'],
    [12, 'l', 'Hi! Xan from Enoch Pratt Free Library here.'],
    [17, 'l', "The public network is PrattWiFi and there's no password. Just open your browser and accept the terms on the splash page."],
    [40, 'p', 'oh ok thats all i needed'],
    [45, 'l', 'Great, have a good day!'],
  ], usual({ clarify: 'fail', source: 'fail', complete: 'fail' })),

  // A15 transfer to the home library: notice + internal note before it; the transferring provider busy only after his part
  s(YUSUF, 'A15 expired Howard card: Yusuf (Pratt) tells the patron and notes why, transfers to Linda (HCLS); busy only after his part', [
    [0, 'p', 'my howard county card says expired, can you renew it online? i need it for libby tonight'],
    [28, 'l', 'Hi there, Yusuf here, a librarian at Enoch Pratt Free Library with Ask Us Now.'],
    [34, 'l', 'Are you still living in Howard County? Renewal needs a current address on file.'],
    [70, 'p', 'yes same address'],
    [80, 'l', "Thanks. A Howard County librarian is on the service right now and can renew it directly, so I'm transferring you to her. One moment!"],
    [84, 'i', 'HCLS pt, card expired, same address, wants it renewed for Libby tonight'],
    xfer(88, 'Linda', 'linda'),
    [130, 'l', 'Hi, this is Linda at Howard County Library System. I can renew that for you. Can you give me your name and date of birth?', as(LINDA)],
    [175, 'p', 'jamal reyes 3/14/1990'],
    [180, 'l', 'Thank you, one moment.', as(LINDA)],
    [260, 'l', "All set: your card is good through March 2029. Sign out of Libby and back in if it still says expired. You can check your card's expiration date any time under My Account at hclibrary.org.", as(LINDA)],
    [266, 'l', 'Is that working now?', as(LINDA)],
    [330, 'p', 'yep works. thanks!'],
    [336, 'l', 'Anything else tonight?', as(LINDA)],
    [360, 'p', 'no'],
    [365, 'l', 'Have a great night, and thanks for chatting!', as(LINDA)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('y1', 'yusuf', -200, 300), other('y2', 'yusuf', -100, 400), other('y3', 'yusuf', 150, 900), other('y4', 'yusuf', 120, 800),
      other('l1', 'linda', -300, 100), other('l2', 'linda', 50, 700),
    ],
  }),

  // A16 transfer with the internal note but no word to the patron
  s(BEA, 'A16 account locked after PIN tries: Bea notes it internally and transfers to Gil (Wicomico) without telling the patron', [
    [0, 'p', 'locked out of my account after too many tries, it says "Account locked. Too many failed login attempts."'],
    [40, 'l', 'Hello, this is Bea at Somerset County Library, with Ask Us Now. Which library is your card from?'],
    [66, 'p', 'wicomico'],
    [72, 'i', 'wicomico pt locked out after failed PIN tries, needs unlock, can you take it?'],
    xfer(75, 'Gil', 'gil'),
    [140, 'l', 'Hi! Gil at Wicomico Public Libraries. I can unlock that.', as(GIL)],
    [150, 'p', 'oh ok. who are you? where did the other person go'],
    [158, 'l', "Sorry for the confusion: your chat was passed to me since I'm at your home library. Give me a sec to unlock it.", as(GIL)],
    [230, 'l', 'Unlocked. The lock clears itself after 30 minutes too. If you\'ve forgotten the PIN, use "Reset PIN" on the login page at wicomicolibrary.org.', as(GIL)],
    [236, 'l', 'Did that fix it?', as(GIL)],
    [290, 'p', 'yes'],
    [296, 'l', 'Great! Anything else?', as(GIL)],
    [330, 'p', 'nope thats it'],
    [335, 'l', 'Thanks for chatting, take care!', as(GIL)],
  ], usual({ transfer: 'fail' })),

  // A17 Lost Call: the patron leaves before pickup; the provider's only message invites them back
  s(AMIR, 'A17 OverDrive "Download failed (Error 0xA1C0)": patron leaves at 60, Amir joins at 75 and invites back (Lost Call)', [
    [0, 'p', 'my overdrive audiobook won\'t download, says "Download failed (Error 0xA1C0)"'],
    left(60),
    [75, 'l', "Hi, this is Amir at Ask Us Now. It looks like you've left. Please come back anytime and we'll help with the download."],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // A18 no provider ever joined; the patron wrote twice; coded Lost Call
  s(AMIR, 'A18 hold disappeared: no provider joins, the patron writes "hello?? anyone" and leaves, coded Lost Call', [
    [0, 'p', 'need help w my hold, it disappeared'],
    queue(2, 3),
    [200, 'p', 'hello?? anyone'],
    left(320),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // A19 practice
  s(COACH, 'A19 practice: testing a Libby macro (Practice)', [
    [0, 'p', 'test - libby macro check'],
    [10, 'l', 'Hi! This is the Ask Us Now coach account, testing the new Libby macro.'],
    [15, 'l', "[Macro: Libby card error] If Libby says your card can't be used, make sure you chose your home library: help.libbyapp.com"],
    [30, 'p', 'looks good'],
    [35, 'l', 'Thanks, closing the practice chat.'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // A20 a question limit
  s(CAL, 'A20 checkout limit, then a Chromebook: "Sorry, we can only answer one question per chat. Goodbye."', [
    [0, 'p', 'how many items can I have checked out at once'],
    [20, 'l', "Hi! I'm Cal, a librarian at St. Mary's County Library."],
    [26, 'l', 'Are you asking about physical items, or e-books and audiobooks too?'],
    [60, 'p', 'physical'],
    [72, 'l', 'The limit is 50 physical items per card; it\'s on our Borrowing page at stmalib.org/borrow. Did that answer it?'],
    [100, 'p', 'yes. also how do i borrow a chromebook'],
    [108, 'l', 'Sorry, we can only answer one question per chat. Goodbye.'],
    [130, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // A22 four chats at once
  s(DEV, 'A22 ready holds kept 7 days: Dev has three other chats open from 20 s (four at once)', [
    [0, 'p', 'how long do holds stay on the shelf once they say ready'],
    [33, 'l', 'Hi, Dev here with Ask Us Now at Harford County Public Library.'],
    [38, 'l', 'Is your card from Harford County?'],
    [62, 'p', 'yes'],
    [70, 'l', 'Harford keeps ready holds for 7 days; the pickup-by date shows in your account under Holds at hcplonline.org. Does that answer your question?'],
    [95, 'p', 'yep thanks'],
    [100, 'l', 'Anything else?'],
    [120, 'p', 'no'],
    [124, 'l', 'Bye, thanks for using Ask Us Now!'],
  ], usual({ concurrency: 'fail' }), {}, { otherIntervals: [other('d1', 'dev', -500, 200), other('d2', 'dev', -100, 300), other('d3', 'dev', 20, 500)] }),

  // A23 concurrency at the boundaries: two end as this starts, two start as it ends
  s(RUBY, 'A23 Kanopy tickets: three at most, two chats end at its start and two start at its end', [
    [0, 'p', 'how many kanopy movies can i watch a month'],
    [21, 'l', 'Hello! Ruby from Ask Us Now at Washington County Free Library.'],
    [27, 'l', 'Which library card do you use with Kanopy?'],
    [45, 'p', 'washington county'],
    [52, 'l', 'With a Washington County card you get 6 Kanopy tickets a month; a film usually takes 1 ticket and you have 3 days to watch it. Your count shows at kanopy.com under your profile > Tickets. Did that answer your question?'],
    [90, 'p', 'yes perfect, thats everything'],
    [95, 'l', 'Great! Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [
      other('r1', 'ruby', -600, 0), other('r2', 'ruby', -400, 0), other('r3', 'ruby', -200, 50), other('r4', 'ruby', -100, 300),
      other('r5', 'ruby', 100, 700), other('r6', 'ruby', 100, 400),
    ],
  }),

  // A25 hotspot red light: follow-up by me by phone, "tomorrow afternoon", done after 80 h; "bring it to any Talbot branch desk"
  s(FERN, 'A25 hotspot red light: phone given and read back, "I\'ll call you tomorrow afternoon", done at 80 h; branch desk, no contact', [
    [0, 'p', "The hotspot I borrowed from the library shows a red light and won't connect. I work from home and need it today."],
    [27, 'l', "Hello! This is Fern, a librarian at Talbot County Free Library. Sorry to hear it's not working."],
    [33, 'l', "Which hotspot model is it (it's printed on the back), and is the battery charged?"],
    [100, 'p', "Franklin T10. it's plugged in and charged"],
    [110, 'l', 'Thanks. Let me look up the troubleshooting guide for that model.'],
    [200, 'l', "The Franklin T10 quick guide (franklinaccess.com/support) says a red light means no signal or a deactivated line. Try holding the power button for 10 seconds to restart it. If it's still red, the line may have been shut off at the carrier."],
    [205, 'l', 'Can you try the restart and tell me what the light does?'],
    [320, 'p', 'still red'],
    [330, 'l', "Then I'll need our IT staff to check the line, and they're not in until tomorrow. What's the best way to reach you, phone or email?"],
    [380, 'p', 'phone 410-555-0147'],
    [388, 'l', "Got it, 410-555-0147. I'll call you tomorrow afternoon once IT has checked it. If you'd rather swap it, you can also bring it to any Talbot branch desk."],
    [395, 'l', 'Is there anything else I can help with?'],
    [420, 'p', 'no thank you'],
    [425, 'l', 'Thanks for your patience, talk to you tomorrow. Bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail', referral: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // A26 a promise to e-mail by Friday, coded Answered
  s(HANA, 'A26 Kanopy "not available through your library": promise to e-mail by Friday, e-mail read back, coded Answered', [
    [0, 'p', 'kanopy says "This title is not available through your library" for a documentary my book club wants to watch. Can the library get it?'],
    [35, 'l', "Hi there! You've reached Ask Us Now; my name is Hana and I'm a librarian at Frederick County Public Libraries."],
    [41, 'l', "What's the title of the documentary, and when is your book club meeting?"],
    [90, 'p', '"The Salt of the Earth", we meet the 20th'],
    [100, 'l', "Thanks. Kanopy titles are licensed one by one, so I'll ask our e-resources team whether they can add it. I can email you their answer by Friday. What email should I use?"],
    [150, 'p', 'pat.moreau@yahoo.com'],
    [156, 'l', 'Got it: pat.moreau@yahoo.com. In the meantime, our catalog at fcpl.org shows a DVD of The Salt of the Earth at Walkersville; you could place a hold on it.'],
    [160, 'l', 'Would the DVD work for the meeting?'],
    [200, 'p', 'maybe, ill put a hold on it. thanks'],
    [206, 'l', "You're welcome! Thanks for contacting Ask Us Now, and I'll be in touch by Friday."],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // A27 a provider-role macro that only holds ("a staff member"), 123 s until the librarian
  s(MAC, 'A27 Libby offline audiobook: macro "Please hold, a staff member will be right with you." at 2, "hey! which device r u using?" at 125', [
    [0, 'p', 'libby audiobook wont play when im on the plane (no wifi) even tho i downloaded it'],
    [2, 'l', 'Please hold, a staff member will be right with you.'],
    [125, 'l', 'hey! which device r u using?'],
    [150, 'p', 'iphone 13'],
    [165, 'l', 'in Libby go to your Shelf and look under the cover. if it says "Downloading 40%" it didnt finish. keep the app open on wifi till it says Downloaded. libby\'s help page on this: help.libbyapp.com/en-us/6140.htm'],
    [172, 'l', 'that help?'],
    [230, 'p', 'ohh it was stuck at 80%. ok thx'],
    [236, 'l', 'np! bye'],
    // label corrected after the first run: greeting first labelled fail; "a staff member will be right with you" names the
    // answerer's role, as "librarian" does (RUBRIC: "identifies who is answering (a name, "librarian", …)"), so with "hey!" it passes
  ], usual({ informed: 'fail', anything: 'fail' })),

  // A28 Gmail recovery: final idle 140 s with a check-in, no goodbye
  s(GRETA, 'A28 forgotten Gmail password: recovery URL at 140, "Are you still there?" at 270, ends at 280', [
    [0, 'p', 'i cant get into my email, i forgot the password. its gmail. can the library help?'],
    [40, 'l', 'Hello, this is Greta, a librarian at Allegany County Library System.'],
    [46, 'l', 'Do you still have the phone number or backup email that you used when you set up the account?'],
    [130, 'p', 'i think my phone number'],
    [140, 'l', 'Good, that makes it easier. Go to accounts.google.com/signin/recovery, type your Gmail address, and choose "Try another way" until it offers to text a code to your phone.'],
    [146, 'l', 'Does that help you get back in?'],
    [270, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 10 }),

  // A29 "Sure, take your time." is no hold: 229 s of waiting on the patron
  s(IRIS, 'A29 14-week Libby wait: "hold on let me find my card", "Sure, take your time.", patron back after 229 s', [
    [0, 'p', 'is there any way to get a book faster on libby, the wait is 14 weeks'],
    [20, 'l', "Good evening! I'm Iris, an Ask Us Now librarian at Charles County Public Library. Which book is it?"],
    [55, 'p', 'Lessons in Chemistry. hold on let me find my card, I want to check something'],
    [61, 'l', 'Sure, take your time.'],
    [290, 'p', 'ok back. my card is from charles county'],
    [300, 'l', 'Thanks! A couple of options: the print copy in our catalog (ccplonline.org) has a shorter list, about 3 weeks, and you can ask us to buy more e-copies with the suggestion form at ccplonline.org/suggest. Would either of those help?'],
    [360, 'p', 'ill do the print one. thx thats all'],
    [366, 'l', 'Perfect. Thanks for chatting, and happy reading!'],
  ], usual()),

  // A30 a look-alike "Hoopla" charge: the bank without contact, Hoopla support with URL
  s(LEE, 'A30 "HOOPLEDIGI PLUS" charge: "check with your bank" (no contact) and Hoopla support at hoopladigital.com/support', [
    [0, 'p', 'why did hoopla charge my card 9.99?? i thought the library paid for it'],
    [30, 'l', 'Hi, thanks for reaching out to Ask Us Now! This is Lee, a librarian at Cecil County Public Library.'],
    [36, 'l', 'Can you tell me exactly what the charge says on your statement?'],
    [120, 'p', '"HOOPLA*DIGITAL MEDIA 9.99" hmm actually no it says "HOOPLEDIGI PLUS"'],
    [128, 'l', 'Hmm, let me look into that.'],
    [200, 'l', "Hoopla through the library is free, and they never ask for a card number. \"HOOPLEDIGI PLUS\" isn't a Hoopla charge that I can find, so it may be a look-alike app. Please check with your bank about disputing it, and you can report it to Hoopla's support team through hoopladigital.com/support so they know about the copycat."],
    [206, 'l', 'Does that help?'],
    [250, 'p', 'ya. ugh. thanks'],
    [256, 'l', 'Sorry about the hassle! Anything else?'],
    [280, 'p', 'no'],
    [284, 'l', 'Take care, bye!'],
  ], usual({ referral: 'fail' })),

  // A31 lost card: "Stop by any Calvert branch" with hours only
  s(KAY, 'A31 lost card (Worcester provider, Calvert card): "Stop by any Calvert branch", hours but no phone, e-mail, address or URL', [
    [0, 'p', 'lost my library card. how do i get a new one'],
    [19, 'l', 'Hi! This is Kay, librarian at Worcester County Library, answering for Ask Us Now.'],
    [24, 'l', 'Which library system is your card from?'],
    [58, 'p', 'calvert'],
    [66, 'l', 'Calvert Library replaces lost cards at the circulation desk; bring a photo ID. Stop by any Calvert branch: they\'re open 9 to 8 Monday through Thursday and 9 to 5 Friday and Saturday. There may be a $1 replacement fee.'],
    [72, 'l', 'Does that answer your question?'],
    [100, 'p', 'ok yes'],
    [106, 'l', 'Great, thanks for chatting!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // A32 macro answer, then the patron vanishes: final idle 259 s with nothing
  s(NED, 'A32 "print from phone how": macro steps at 46, "Did those steps help?" at 52, patron leaves at 300', [
    [0, 'p', 'print from phone how'],
    [14, 'l', "Hi, you've reached Ask Us Now! I'm Ned, a librarian at St. Mary's County Library. What kind of phone do you have?"],
    [40, 'p', 'android'],
    [46, 'l', '[Macro: Mobile Printing] To print from a phone or tablet: 1) Go to stmalib.org/mobileprint 2) Upload your document and enter your library card number 3) Release your job at any branch print station within 24 hours. Black & white 10¢/page, color 50¢/page.'],
    [52, 'l', 'Did those steps help?'],
    left(300),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' })),

  // A33 a senior and an iPad: the allowed "people waiting" wrap-up with a way back
  s(JUN, 'A33 senior, iPad text size: then "quite a few people waiting … call 410-887-6100 … or chat back with us anytime"', [
    [0, 'p', 'Good afternoon. I am learning my new iPad. How do I make the letters bigger? And how do I get the library app? And can I video call my grandson?'],
    [38, 'l', "Good afternoon! I'm Jun, a librarian at Baltimore County Public Library. Happy to help with your iPad."],
    [44, 'l', "Let's start with the letters. Is it the letters everywhere that are too small, or just in one app like email?"],
    [130, 'p', 'Everywhere.'],
    [140, 'l', "Open Settings (the grey gear), tap Display & Brightness, then Text Size, and slide the bar to the right. Apple's page with pictures: support.apple.com/en-us/102453"],
    [146, 'l', 'Did that make the letters bigger?'],
    [330, 'p', 'Yes! Much better. Now the library app and the video call?'],
    [345, 'l', "There are quite a few people waiting in the chat line right now, so I'll need to wrap up here. For the library app and video calls, our Tech Help appointments are one-on-one: call 410-887-6100 to book one, or chat back with us anytime."],
    [400, 'p', 'Alright. Thank you.'],
    [406, 'l', 'Thank you for your patience, and enjoy the iPad!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // A34 a null code
  s(PRITI, 'A34 take-home Chromebooks at Bel Air: all well, resolution code null', [
    [0, 'p', 'can I borrow a laptop and take it home'],
    [22, 'l', 'Hello! Priti here, librarian at Harford County Public Library (Ask Us Now).'],
    [27, 'l', 'Which branch are you near? Only some branches lend laptops to take home.'],
    [60, 'p', 'bel air'],
    [70, 'l', 'Bel Air lends Chromebooks for 2 weeks to adult cardholders in good standing; you sign a short agreement at the desk. The list of branches and the agreement are at hcplonline.org/tech-lending. Is that what you were looking for?'],
    [110, 'p', 'yes thats it, no more questions'],
    [115, 'l', 'Thanks for asking Ask Us Now. Bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null }),

  // A35 a text-message service with no codes at all (field left out)
  s(ABBY, 'A35 SMS "renew card online??": no resolution codes in the source (field left out), patron replies after 7 min', [
    [0, 'p', 'renew card online??'],
    [48, 'l', "Hi, it's Abby with Ask Us Now at Carroll County Public Library, replying by text."],
    [50, 'l', 'Is your card from Carroll County?'],
    [140, 'p', 'ya'],
    [150, 'l', "Carroll cards renew online: library.carr.org > My Account > Renew Card. If it's been expired over a year you'll need to come in with ID."],
    [152, 'l', 'did that help?'],
    [600, 'p', 'yes'],
    [610, 'l', 'Thanks for texting Ask Us Now! Have a good day.'],
  ], usual({ anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // A38 holds in transit: a hold, a partial result that says the search goes on, each under 120 s
  s(THEO, 'A38 two holds "in transit": hold at 82, partial result "Still looking into …" at 190, answer at 300', [
    [0, 'p', "Hi, I have two holds that have said 'in transit' for two weeks. Are they lost?"],
    [30, 'l', "Hi there! My name is Theo and I'm a librarian at Howard County Library System. I'm sorry they're taking so long."],
    [36, 'l', 'Could you give me the titles? And is your card from Howard County?'],
    [75, 'p', 'Yes Howard. The Covenant of Water and Demon Copperhead'],
    [82, 'l', "Thanks, I'll look at both in our catalog."],
    [190, 'l', 'The Covenant of Water is on its way from the Miller branch and should arrive in 2-3 days. Still looking into Demon Copperhead.'],
    [300, 'l', 'Demon Copperhead was sent to you from a Frederick County library through interlibrary loan, so it takes longer. Both show under Holds in My Account at hclibrary.org. Does that answer your question?'],
    [350, 'p', "yes thank you, I'll wait"],
    [356, 'l', 'Is there anything else I can help with?'],
    [390, 'p', 'No thank you'],
    [395, 'l', "You're welcome! Have a good afternoon."],
  ], usual()),

  // A39 out-of-system: the home library's phone and URL, then "Give them a call" in the next message
  s(SIENNA, 'A39 Libby "card expired" (Wicomico card, Frederick provider): circulation phone and URL, then "Give them a call when they open"', [
    [0, 'p', 'Libby says my card expired. Can you fix it? Wicomico county'],
    [26, 'l', 'Hi, Sienna here, a librarian at Frederick County Public Libraries, with Ask Us Now.'],
    [30, 'l', "I can't open Wicomico accounts from here, but I can point you in the right direction. Do you know roughly when you last renewed your card?"],
    [75, 'p', 'no idea. years'],
    [85, 'l', "Then it probably needs renewing in person or by phone. Wicomico Public Libraries' circulation desk is at 410-749-3612, and their renewal info is at wicomicolibrary.org/get-a-card."],
    [92, 'l', 'Once they renew it, sign out of Libby and back in. Give them a call when they open at 9 tomorrow. Does that help?'],
    [130, 'p', 'ok yeah thx'],
    [135, 'l', 'Thanks for using Ask Us Now, goodnight!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // A40 cloudLibrary on a Paperwhite: a notice + goodbye with no check-in after 305 s
  s(WREN, 'A40 cloudLibrary on a Paperwhite: answer at 95, no check-in, "looks like you may have left … close it now. Thanks" at 400', [
    [0, 'p', 'can I get cloudLibrary books on my Kindle Paperwhite'],
    [33, 'l', "Hi! Welcome to Ask Us Now. I'm Wren, a librarian at the Ruth Enlow Library of Garrett County."],
    [39, 'l', 'Is it the Paperwhite e-reader or a Kindle Fire tablet?'],
    [80, 'p', 'paperwhite'],
    [95, 'l', "Unfortunately cloudLibrary doesn't work on Paperwhites; they only take Amazon's own format. Your options are reading cloudLibrary on a phone or tablet, or using Libby, which can send many titles to a Paperwhite. The list of supported devices is at yourcloudlibrary.com/devices."],
    [100, 'l', 'Does that answer your question?'],
    [400, 'l', "It looks like you may have left the chat, so I'll close it now. Thanks for contacting Ask Us Now!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),
];

/** The second batch (B1-B5), labelled before it was run. */
export const accounts2: SessionCase[] = [
  // B1 out-of-system: the home library's circulation e-mail with its hours; the vendor's help page
  s(MINA, 'B1 Hoopla "We couldn\'t verify your library card" (Somerset card, Calvert provider): "email Somerset\'s circulation staff at circ@somelib.info"', [
    [0, 'p', 'hoopla login: "We couldn\'t verify your library card. Please check your card number and PIN and try again." i KNOW my pin is right'],
    [36, 'l', 'Good evening, Mina here, a librarian at Calvert Library, helping out on Ask Us Now tonight.'],
    [42, 'l', 'Which library is your card from? And are you signing in on the Hoopla website or in the app?'],
    [95, 'p', 'somerset, app'],
    [103, 'l', "Thanks, let me see what Somerset's Hoopla page says."],
    [190, 'l', "Somerset County Library cards sometimes need the PIN set up at the desk before Hoopla will accept them, and I can't check that from Calvert. The quickest fix is to email Somerset's circulation staff at circ@somelib.info; they answer Monday to Saturday, 9 to 5. Hoopla's own sign-in tips are at hoopladigital.com/help too."],
    [196, 'l', 'Does that help?'],
    [240, 'p', 'guess so. thx'],
    [246, 'l', "You're welcome! Good luck, and have a good night."],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // B2 "k" as the patron's last message: no final idle, no goodbye in the provider's last two
  s(OTTO, 'B2 OverDrive app "no longer supported": help.overdrive.com (a source, no referral), "Does that help?", patron "k"', [
    [0, 'p', 'overdrive app says "This app is no longer supported" ???'],
    [24, 'l', 'Hi, this is Otto at Kent County Public Library, Ask Us Now.'],
    [29, 'l', 'Are you on a phone or a computer?'],
    [50, 'p', 'phone'],
    [58, 'l', 'OverDrive retired its app; the library\'s e-books now use Libby, the newer app from the same company. OverDrive\'s help page on the switch is at help.overdrive.com (search "app retirement"); your loans carry over.'],
    [64, 'l', 'Does that help?'],
    [80, 'p', 'k'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // B3 only the Libby app, named with steps inside it: an app named without a way to reach it is no source
  s(PIA, 'B3 renew a Libby e-book: "Request Again" explained with in-app steps only, no URL or named resource', [
    [0, 'p', 'how do i renew an ebook in libby, its due tomorrow'],
    [19, 'l', 'Hi! Pia here, an Ask Us Now librarian at Anne Arundel County Public Library.'],
    [25, 'l', 'When you tap Manage Loan under the title, do you see Renew Loan or Request Again?'],
    [70, 'p', 'it says request again'],
    [80, 'l', "That means someone is on the waitlist, so it can't be renewed. In the Libby app, tap Request Again to rejoin the line, and Libby will remember your place in the book when it's your turn."],
    [86, 'l', 'Does that answer your question?'],
    [120, 'p', 'dang ok. yes'],
    [126, 'l', 'Anything else I can help with?'],
    [150, 'p', 'no thats it'],
    [154, 'l', 'Thanks for chatting, enjoy the rest of the book!'],
  ], usual({ source: 'fail' })),

  // B4 a promise to send a link later, coded Answered, the e-mail only in patron.email, no time
  s(RAE, 'B4 tablet class for seniors: "I\'ll send you the sign-up link once they are" posted, coded Answered, e-mail never mentioned', [
    [0, 'p', 'Do you have classes for seniors on how to use a tablet? My daughter lives far away and I want to be able to FaceTime.'],
    [30, 'l', 'Hello and welcome! This is Rae, a librarian at Montgomery County Public Libraries.'],
    [36, 'l', 'Is it an iPad or an Android tablet? Our classes are split that way.'],
    [110, 'p', 'An iPad.'],
    [120, 'l', 'We run "iPad Basics for Older Adults" at several branches; the schedule is on montgomerycountymd.gov/library under Events > Technology. The March sessions aren\'t posted yet, so I\'ll send you the sign-up link once they are.'],
    [126, 'l', 'Does that answer your question?'],
    [170, 'p', 'Yes, thank you.'],
    [176, 'l', "You're welcome. Take care!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'e.banks@aol.com', phone: null } }),

  // B5 "our catalog" with the steps, no URL: the catalogue is a named resource
  s(SAMI, 'B5 renew online: "sign in to our catalog, go to My Account > Checked Out" with no URL, patron done', [
    [0, 'p', 'can i renew books online or do i have to go in'],
    [15, 'l', "Hi there, Sami with Harford County Public Library's Ask Us Now team."],
    [21, 'l', 'Is your card from Harford County?'],
    [40, 'p', 'yes'],
    [46, 'l', 'You can renew online: sign in to our catalog, go to My Account > Checked Out, tick the items and click Renew. Each item can renew up to 3 times if no one has a hold on it.'],
    [52, 'l', 'Does that answer your question?'],
    [75, 'p', 'yep, thats all I needed'],
    [80, 'l', 'Great, thanks for using Ask Us Now!'],
  ], usual()),
];

/**
 * Cases the scorer misreads (RUBRIC.md read literally), by the code that starts each name: the check, what the scorer
 * gave, what RUBRIC says, and the message that decides it. They run through `describeLeft`.
 */
const LEFT_WHY: Record<string, string> = {
  A01: 'referral.contact: scorer fail, RUBRIC pass. Message 5: "Only Frederick County staff can reset a PIN, since I can\'t see their accounts. You can call FCPL\'s Circulation line at 301-600-1630 during open hours, or use "Forgot PIN?" on the catalog login at fcpl.org." The one party (Frederick County / FCPL) gets a phone in the next sentence; the scorer reads "Only … staff can reset" as a referral of its own and does not give it the contact when the next sentence names the same library by its acronym ("call them at …" passes).',
  A26: 'followup.completeness: scorer fail, RUBRIC pass. Message 7: "Would the DVD work for the meeting?" after message 6 gave the DVD in the catalog: a question whether what was given meets the need; the scorer takes "Would that DVD work …?" and "Would that work?" but not "the DVD".',
  A33: 'followup.completeness: scorer fail, RUBRIC pass. Message 5: "Did that make the letters bigger?" right after the steps and Apple\'s page (message 4): asks whether the information given met the need, in the patron\'s own terms ("Did that work?" and "Did that fix the size?" pass).',
  B3: 'info.source: scorer pass, RUBRIC fail. Message 4: "In the Libby app, tap Request Again to rejoin the line, and Libby will remember your place in the book when it\'s your turn." The only thing named is an app, with steps inside it and no way to reach it (RUBRIC: "An organisation or app named without a way to reach it is not a source"); the scorer\'s `appName` family makes an app with steps to use it a source.',
  B4: 'resolution.code: scorer pass, RUBRIC fail; followup.contact: scorer na, RUBRIC fail; followup.on_time: scorer na, RUBRIC pending. Message 4: "The March sessions aren\'t posted yet, so I\'ll send you the sign-up link once they are." A promise to send more later (Terms, Follow-up session), coded Answered, the e-mail never confirmed in the chat and no time given; the scorer wants "e-mail you" or "later" ("I\'ll send you the link later" fails the code as labelled).',
};
const code = (c: SessionCase): string => c.name.split(' ')[0]!;
const cases = [...accounts, ...accounts2];

describe('forty-third round: accounts, devices and e-resources, checked', () => {
  describeSessions('whole sessions', cases.filter((c) => !(code(c) in LEFT_WHY)));
  describeLeft('whole sessions', cases.filter((c) => code(c) in LEFT_WHY));
});
