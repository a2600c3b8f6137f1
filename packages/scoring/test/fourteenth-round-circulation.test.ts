/**
 * Fourteenth round, area (O3): CIRCULATION AND ACCOUNT QUESTIONS AT PUBLIC LIBRARIES. Holds and hold queues, renewals
 * and due dates, fines and fees (many libraries fine-free now), lost and damaged items and replacement costs, cards for
 * non-residents and reciprocal borrowing, card PINs, interlibrary loan requests and their status, returning items to
 * another branch, item limits, collection agency notices, blocked accounts. The provider often cannot see the account
 * and refers the patron to circulation staff (with or without a phone, e-mail or URL), promises a follow-up (with or
 * without a time), or explains the policy with a link to it (or without one). Patrons: annoyed, confused, elderly,
 * parents with kids' cards, people who moved.
 * Voices: public library chat desks across the US and Canada, a statewide cooperative answering for member libraries,
 * SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "Call us" / "give us a call" with no department named points back to the provider's own service, not to a person or
 *   organisation outside the chat (the ninth round's reading of "call us at 410-…"): no referral; with no number it is
 *   no source either. "Call the circulation desk" / "check with Circulation" names the provider's own library's
 *   department: a referral, which needs its phone, e-mail or URL.
 * - "The lost-item policy says …" with no link, page or document named gives no source (a policy explained with no
 *   source fails `info.source`).
 * - Circulation staff who will e-mail or call the patron later make a follow-up session (the Terms' "someone from your
 *   library will contact you"), not a referral; "we'll e-mail you when the hold is ready" / "you'll get the usual
 *   notice" is the library's automatic notice, no follow-up (the thirteenth round's N3 reading).
 * - "You've renewed it the maximum number of times" / "the card has reached its limit of 50 items" is about the
 *   account, not a limit of questions: no dismissal.
 * - "Happy reading!" says goodbye (as N8's "Have fun listening!").
 * - "Log in to My Account, then Checked Out > Renew" names a web page with the steps to reach it: a source; "it's on our
 *   website somewhere under fines" does not know the way: no source.
 * - Telling the patron to take an ID to another library system's branch (reciprocal borrowing) refers them to another
 *   library; "bring a photo ID to any of our branches" for a card is an instruction, no referral (the earlier rounds').
 * - A no-reply sender ("noreply@columbuslibrary.org") reaches no one: no contact and no source, and a question about it
 *   is a question about the patron's situation.
 * - A completeness-shaped question asked right after the introduction, before anything was given ("Are the items back
 *   now?"), asks about the patron's situation: it clarifies.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, DAY, T0, FU_LIB, FU_ME, type Line, describeSessions, other, type SessionCase, some, sys, usual, who } from './helpers';

const RAY = who('Ray Ortiz', 'rortiz');
const done = (hours: number, note: string) => ({ followUps: [{ doneAt: new Date(T0 + hours * 3600_000).toISOString(), by: 'jo', note }] });

export const whole: SessionCase[] = [
  // ---- holds and hold queues ------------------------------------------------------------------------------------------
  {
    name: 'hold queue: "why am I still #4", title asked, copies and queue explained with the catalogue record, "yeah that\'s all"',
    lines: [
      [0, 'p', "I've had a hold on a book since AUGUST and I'm still number 4?? what is going on"],
      [24, 'l', "Hi there, I'm Marisol, one of the librarians at Pima County Public Library. Sorry about the wait! Which title is it?"],
      [61, 'p', 'the women by kristin hannah'],
      [66, 'l', 'Thanks, let me pull up the record.'],
      [131, 'l', 'We have 38 copies and 212 holds on it right now; each copy is out for 14 days, so the line moves in waves. The record at pima.bibliocommons.com/item/show/3871105 shows the queue. Your spot only moves when a copy comes back, not by date. Does that clear things up?'],
      [190, 'p', 'ugh ok. yeah that clears it up, thats all'],
      [196, 'l', 'Thanks for your patience, and happy reading!'],
    ],
    exp: usual(),
  },
  {
    // reading: "We'll e-mail you as soon as it's on the hold shelf" is the library's automatic notice: no follow-up
    name: 'hold shelf: "it says in transit", the automatic pickup notice ("we\'ll e-mail you as soon as it\'s on the shelf") is no follow-up promise',
    lines: [
      [0, 'p', 'hello my hold says in transit for 5 days now, is it lost'],
      [18, 'l', 'Hello! This is Dev at Hennepin County Library. Which pickup location did you choose?'],
      [52, 'p', 'Roosevelt'],
      [58, 'l', "Items going to Roosevelt ride the delivery van, which runs Monday, Wednesday and Friday, so 5 days with a weekend in it is normal. We'll e-mail you as soon as it's on the hold shelf. How holds move is at hclib.org/about/borrowing/holds. Does that help?"],
      [101, 'p', 'ok makes sense, thank you'],
      [106, 'l', 'Anything else I can look into?'],
      [131, 'p', 'no'],
      [135, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'hold expired before pickup: the provider explains with no link and "call us to set it up again" with no number: source fails, no referral',
    lines: [
      [0, 'p', 'i was out of town and my hold expired, can i get it back without going to the end of the line'],
      [30, 'l', 'Hi, Jo here at the Library. Was the hold for a book or a museum pass?'],
      [66, 'p', 'book'],
      [73, 'l', "Expired holds can't be put back in the same spot, I'm afraid; staff can sometimes re-place it for you if the copy hasn't gone to the next person yet. Give us a call tomorrow and we'll see what we can do. Did that answer your question?"],
      [120, 'p', 'kind of. ok'],
      [124, 'l', 'Sorry I could not do more from here. Bye!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail' }),
  },

  // ---- renewals and due dates -------------------------------------------------------------------------------------------
  {
    name: 'renewal blocked by a hold: the policy with its page, the other items renewed through My Account, the patron says she is done',
    lines: [
      [0, 'p', 'Good afternoon. The website will not let me renew one of my books. It says "item on hold". What does that mean?'],
      [40, 'l', "Good afternoon! You've reached the Ask a Librarian chat at Toronto Public Library, my name is Sunita. Is it only one of your items that won't renew?"],
      [95, 'p', 'Yes, just the one. The others renewed fine.'],
      [101, 'l', "That message means another customer has placed a hold on that book, so it can't be renewed; it needs to come back by its due date. The renewal rules are at torontopubliclibrary.ca/using-the-library/borrowing/renewals. Is that what you needed to know?"],
      [150, 'p', 'Yes. That is all I needed, thank you dear.'],
      [155, 'l', "You're very welcome. Take care!"],
    ],
    exp: usual({ anything: 'pass' }),
  },
  {
    // reading: "you've renewed it the max times (3)" is about the item, no limit of questions
    name: 'SMS: due date asked by text, "renewed the max times (3)" is no dismissal; no greeting (no hello, only "KCLS:"), anything else never asked',
    lines: [
      [0, 'p', 'when is my dvd due? card ends 4417'],
      [35, 'l', 'KCLS text line: do you mean the Ted Lasso S3 dvd?'],
      [80, 'p', 'ya'],
      [86, 'l', "It's due Thu 3/12. You've renewed it the max times (3) so it can't go again. Due dates are always under My Account > Checked Out at kcls.org. Did that answer it?"],
      [130, 'p', 'k thx'],
      [134, 'l', 'Thanks for texting KCLS!'],
    ],
    exp: usual({ greeting: 'fail', anything: 'fail' }),
  },
  {
    name: 'elderly patron confused by auto-renewal: explained slowly with the FAQ page, "Did I explain that clearly enough?", a long lookup with a hold message',
    lines: [
      [0, 'p', 'Hello. I got an email that my books were renewed but I did not ask for that. Did someone get into my card?'],
      [28, 'l', "Hello, and welcome to Ask Columbus Metropolitan Library. I'm Grace. Don't worry, that sounds like our automatic renewal. Was the e-mail from noreply@columbuslibrary.org?"],
      [90, 'p', 'Yes that is the one.'],
      [96, 'l', "Good. Let me double-check how many times items renew on their own; one moment please."],
      [190, 'l', "Thank you for waiting. The library renews items for you automatically up to 3 times, as long as no one else is waiting for them, and e-mails you each time. Nobody got into your card. It is all explained at columbuslibrary.org/faq under Borrowing. Did I explain that clearly enough?"],
      [260, 'p', 'Yes very clear. I feel better. Thank you so much.'],
      [266, 'l', 'Is there anything else I can help you with today?'],
      [300, 'p', 'No that is everything.'],
      [305, 'l', 'You have a lovely afternoon, and thank you for chatting with us!'],
    ],
    exp: usual(),
  },

  // ---- fines and fees ---------------------------------------------------------------------------------------------------
  {
    name: 'annoyed patron and a fine-free library: "$25 is a replacement charge, not a fine", policy page and how to pay, "Does that make more sense now?"',
    lines: [
      [0, 'p', 'You guys said you were fine free but I have a $25 charge on my account. So which is it'],
      [21, 'l', 'Hi, this is Tomás with Denver Public Library. I can understand the frustration. Is the charge for a book that is still out?'],
      [70, 'p', 'probably the kids book my son lost, idk'],
      [77, 'l', "That fits: we stopped charging overdue fines in 2019, but an item that's 30 days overdue is billed as lost at its replacement cost. If you find and return it, the charge comes off. The policy is at denverlibrary.org/policy/fines-and-fees, and you can pay online under My Account. Does that make more sense now?"],
      [140, 'p', 'fine. yes'],
      [145, 'l', 'Anything else on the account I can explain?'],
      [170, 'p', 'nope'],
      [174, 'l', 'Thanks for reaching out, and good luck finding it!'],
    ],
    exp: usual(),
  },
  {
    // reading: "our policy is that ..." with no link, page or document named is no source
    name: 'near miss: a fine policy explained with no source ("Our policy is 25 cents a day, capped at $5 an item"), completeness asked',
    lines: [
      [0, 'p', 'how much are late fees on adult books'],
      [15, 'l', 'Hi! This is Kim, a librarian at the Anytown Public Library. Is this for a book you have out now?'],
      [40, 'p', 'yes its a week late'],
      [46, 'l', "Our policy is 25 cents a day for adult books, capped at $5 an item, so you'd owe $1.75 today. Does that answer your question?"],
      [80, 'p', "yep that's all, thx"],
      [84, 'l', 'Bye now!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'parent with two kids\' cards blocked by fines: "Read Down Your Fines" with its page, children\'s limits',
    lines: [
      [0, 'p', "Hi, my kids cards are both blocked and they can't check anything out. I think its old fines from last year"],
      [26, 'l', 'Hi there! This is Angela at Sacramento Public Library. Do you know roughly how much is on each card?'],
      [70, 'p', 'one is like $8 and the other $14'],
      [76, 'l', "Kids' cards block at $10, so the second one is over. Good news: children can read off fines at any branch, $1 for every 15 minutes of reading, with the Read Down Your Fines program: saclibrary.org/readdown. Once the $14 card is under $10 it unblocks. Is that helpful?"],
      [130, 'p', 'oh thats great they will love that'],
      [134, 'p', 'ok we are good, thats all'],
      [140, 'l', 'Wonderful! Happy reading to all of you!'],
    ],
    exp: usual(),
  },
  {
    name: 'blocked account over the $15 threshold: pay online link; the patron disappears, check-in and a disconnect notice (idle 220 s)',
    lines: [
      [0, 'p', 'why cant i place holds it says account blocked'],
      [20, 'l', 'Hello, you are chatting with Priyanka at Fairfax County Public Library. Do you see a balance on your account page?'],
      [62, 'p', 'it says 17.40'],
      [70, 'l', "That's why: holds are blocked once a balance reaches $15. Paying it down below $15 at fairfaxcounty.gov/library/pay-fines (or at any branch) unblocks the card right away. Does that help?"],
      [195, 'l', 'Are you still with me?'],
      [290, 'l', 'It looks like we got disconnected, so I will close this chat. Thank you for contacting Fairfax County Public Library!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- lost, damaged, replacement costs, collection agencies ------------------------------------------------------------
  {
    name: 'dog chewed a library book: replacement cost and a referral to Circulation with phone and e-mail',
    lines: [
      [0, 'p', 'so embarrassing but my dog chewed the corner off a library book. what happens now'],
      [32, 'l', "Hi! Don't worry, it happens more than you'd think. I'm Nia, a librarian with Charlotte Mecklenburg Library. Is it still readable, or badly damaged?"],
      [75, 'p', 'readable but the cover is wrecked'],
      [82, 'l', "Bring it back as is; staff decide whether it can be repaired or has to be replaced. If it's replaced you're charged the list price on the record, no processing fee. For the exact amount, call Circulation at 704-416-0101 or e-mail circulation@cmlibrary.org. Does that answer your question?"],
      [125, 'p', 'yes thanks, thats everything'],
      [130, 'l', 'Thanks for being honest about it. Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "give us a call" names no department: no referral; with no number, no source
    name: 'near miss: a damaged DVD, "give us a call during open hours for the exact amount" with no number and no page: source fails, no referral',
    lines: [
      [0, 'p', 'the dvd case cracked and the disc is scratched, how much will i owe'],
      [25, 'l', 'Hello, this is Pete at the Riverside Public Library. Is the disc still playing?'],
      [60, 'p', 'skips a lot'],
      [66, 'l', "Then it will likely be replaced. Damaged items are charged the replacement cost plus a $5 processing fee. For the exact amount, just give us a call during open hours. Does that help?"],
      [100, 'p', 'i guess. thats all'],
      [104, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'elderly patron frightened by a collection agency letter: explained, policy page, referral to the Business Office with phone',
    lines: [
      [0, 'p', 'I received a letter from something called Unique Management saying I owe the library money. I have never owed anyone money in my life. Is this a scam?'],
      [35, 'l', "Good morning, I'm Harold, a librarian with the Kansas City Public Library. I'm sorry it gave you a fright. Did the letter list any item titles?"],
      [120, 'p', 'It says Lincoln in the Bardo and two others. I think my grandson took those out on my card.'],
      [128, 'l', "It isn't a scam: the library sends accounts over $50 to Unique Management, a recovery service, after 60 days. It does not affect your credit. Returning the items clears the charges; the policy is at kclibrary.org/policies/fines. To sort out the balance, call our Business Office at 816-701-3400, weekdays 9 to 5. Is that what you needed?"],
      [215, 'p', 'Yes. Thank you for explaining it so kindly.'],
      [220, 'l', 'Of course. Is there anything else I can help with?'],
      [250, 'p', 'No, that is all.'],
      [254, 'l', 'Goodbye, and take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'near miss: collection notice with the agency named and "contact Unique Management to set up a payment plan" with no way to reach them: referral fails',
    lines: [
      [0, 'p', 'got a collections letter from the library for $112 what do i do'],
      [22, 'l', "Hi, I'm Jo, librarian at Tulsa City-County Library. Do you still have any of the items?"],
      [66, 'p', 'no they got lost in a move'],
      [72, 'l', "Then it's the replacement cost. The lost and billed items policy is at tulsalibrary.org/borrowing. If you'd like to pay it off over time, contact Unique Management to set up a payment plan. Does that help?"],
      [120, 'p', 'ok. thats all'],
      [124, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the branch's circulation desk is the provider's own library's department: a referral, no contact given
    name: 'near miss: lost book paid, then found: "call the circulation desk at your branch for a refund" with no number; the refund policy has a link',
    lines: [
      [0, 'p', 'I paid for a lost book last month and now I found it. can I get my money back'],
      [17, 'l', 'Hi, Beth at Multnomah County Library here. Was it paid less than 6 months ago?'],
      [45, 'p', 'yes, in january'],
      [51, 'l', "Then you can get a refund when you bring it back in good shape; the rules are at multcolib.org/lost-items. Call the circulation desk at your branch to set it up before you come in. Did that answer your question?"],
      [90, 'p', 'yes! thanks thats everything'],
      [94, 'l', 'Great news, enjoy the rest of your day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- cards: non-residents, reciprocal borrowing, people who moved, PINs ---------------------------------------------
  {
    name: 'moved across the county line: non-resident fee with its page, reciprocal borrowing named with a link, then kids\' cards',
    lines: [
      [0, 'p', 'We just moved from Wake County to Johnston County. Can I keep my Wake library card?'],
      [25, 'l', 'Hi, welcome to Wake County Public Libraries chat! I\'m Ben. Which town are you in now?'],
      [54, 'p', 'Clayton'],
      [61, 'l', "Cards are free for Wake residents; outside the county a card is $25 a year, described at wake.gov/libraries/get-a-card. Johnston County isn't in our reciprocal agreement, but the NC Cardinal partners list is at nccardinal.org/libraries if you'd like a Clayton option. Does that help?"],
      [130, 'p', 'yes. and the kids cards too, same deal?'],
      [136, 'l', 'Yes, one $25 fee covers everyone in the household on the same address, so the kids stay on with you. Anything else?'],
      [170, 'p', "no that's everything"],
      [174, 'l', 'Welcome to Clayton, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'moved out of state: "check with your new local library in Austin" names a library with no contact: referral fails',
    lines: [
      [0, 'p', 'I moved to Texas but I still want to use my library card for ebooks. Will it keep working?'],
      [33, 'l', 'Hello! This is Carmen at the Arlington (VA) Public Library. When does your card expire?'],
      [80, 'p', 'It says June 2027'],
      [88, 'l', "It keeps working for Libby until then, but it can't be renewed with an out-of-state address (arlingtonva.us/library/cards has the rules). For the long run, check with your new local library in Austin about a card there. Does that answer it?"],
      [140, 'p', "yes that's all i needed"],
      [145, 'l', 'Thank you, and good luck with the move!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'PIN reset needs staff: follow-up by e-mail, address given and read back, "by noon tomorrow", done in 20 h; "Does that work for you?" asks about the plan',
    lines: [
      [0, 'p', "hi i forgot my pin and the reset email never comes"],
      [22, 'l', "Hi! This is Leah with Anne Arundel County Public Library. Is the card in your name, or one of your kids'?"],
      [60, 'p', 'mine'],
      [66, 'l', "The self-service reset at aacpl.net/pin only e-mails the address on the account, so if that's an old one it won't reach you. I'll have circulation staff update it and e-mail you a temporary PIN. What's the best e-mail?"],
      [110, 'p', 'mgreer.home@example.org'],
      [116, 'l', "Thanks, I have mgreer.home@example.org. You'll get the temporary PIN from circulation by noon tomorrow. Does that work for you?"],
      [150, 'p', 'yes perfect. thats all'],
      [155, 'l', 'Thanks, have a good night!'],
    ],
    over: { ...FU_ME, ...done(20, 'temp PIN sent') },
    // reading: "Does that work for you?" after the self-service link, the address read back and the time asks whether what
    // was given meets the need (N7's reading is for the question right after a read-back; here the time comes between).
    // My first label (fail) was wrong.
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "our staff will be in touch" promises a follow-up with no when
    name: 'near miss: PIN locked, "our circulation team will be in touch at that address" with no time: contact fails; not yet due',
    lines: [
      [0, 'p', 'my card says locked after too many pin tries'],
      [18, 'l', 'Hello, Jo at Sample County Library here. Are you trying to log in to Libby or the catalog?'],
      [50, 'p', 'the catalog'],
      [56, 'l', "Locked accounts have to be unlocked by staff (the account help page is at samplecountylib.org/account-help). What e-mail should they use?"],
      [90, 'p', 'r.ames@example.org'],
      [95, 'l', 'Got it, r.ames@example.org. Our circulation team will be in touch at that address to unlock it. Is that OK?'],
      [130, 'p', 'ok thanks, thats all'],
      [134, 'l', 'Bye for now!'],
    ],
    over: { ...FU_ME },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- interlibrary loan ---------------------------------------------------------------------------------------------
  {
    name: 'ILL status the provider cannot see: follow-up promised ("I\'ll check with our ILL office and get back to you") with no time; coded Answered',
    lines: [
      [0, 'p', 'hi, I requested a book through interlibrary loan 3 weeks ago and have heard nothing'],
      [30, 'l', 'Hi, I\'m Owen, a librarian at Lawrence Public Library. What was the title?'],
      [65, 'p', 'The Overstory, Richard Powers. my email is pat.lindgren@example.org'],
      [72, 'l', "Thanks. ILL requests usually take 2-4 weeks; you can track yours in the ILL section of My Account at lplks.org. I can't see the lender's status from chat, so I'll check with our ILL office and get back to you at pat.lindgren@example.org. Does that help for now?"],
      [130, 'p', 'yes, thats all'],
      [134, 'l', 'Thanks for your patience!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'statewide cooperative answering for a member library: ILL question passed to the patron\'s library, e-mail read back, "within two business days", done in 30 h',
    lines: [
      [0, 'p', 'my interlibrary loan says "unfilled" what does that mean'],
      [26, 'l', "Hi, thanks for contacting AskUsNow! I'm Rhea, a librarian at Baltimore County Public Library, helping tonight for all Maryland libraries. Which library are you a member of?"],
      [58, 'p', 'frederick county'],
      [64, 'l', '"Unfilled" means no library agreed to lend it. Frederick County can often try again with other lenders; their ILL page is frederick.librarycatalog.info/ill. I\'ll pass your request to their ILL staff. What e-mail can they reach you at?'],
      [120, 'p', 'jb.walsh@example.org'],
      [126, 'l', "So that's jb.walsh@example.org. Frederick County staff will e-mail you within two business days. Is there anything else?"],
      [160, 'p', 'no thank you'],
      [165, 'l', 'Thanks for using AskUsNow!, goodnight.'],
    ],
    over: { ...FU_LIB, ...done(30, 'forwarded to FCPL ILL; they e-mailed patron') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'ILL fee question: the provider promises to e-mail the fee schedule "by Friday", address read back, recorded 80 h after: on time fails',
    lines: [
      [0, 'p', 'do you charge for interlibrary loan? the website is confusing'],
      [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Is it a book or an article you want to borrow?"],
      [60, 'p', 'a book from out of state'],
      [66, 'l', "Books from in-state libraries are free; out-of-state lenders sometimes charge, and we pass on up to $15. The ILL FAQ is at samplecountylib.org/ill. I'll confirm the current out-of-state fees with our ILL coordinator and e-mail them to you by Friday. What address should I use?"],
      [100, 'p', 'kchen@example.org'],
      [105, 'l', "Perfect, kchen@example.org it is. Does the FAQ cover the rest of it?"],
      [140, 'p', 'yes thanks, thats all'],
      [144, 'l', 'Thanks for asking!'],
    ],
    over: { ...FU_ME, ...done(80, 'sent fee list') },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'ILL: the follow-up is coded, but no e-mail or phone ever given ("I\'ll find out and get back to you tomorrow"): code and contact fail',
    lines: [
      [0, 'p', 'can i renew an interlibrary loan book'],
      [24, 'l', 'Hi there, this is Sam with Ferguson Library. Is the due date coming up soon?'],
      [55, 'p', 'friday'],
      [60, 'l', "ILL renewals depend on the lending library, so it's their call. I'll ask our ILL staff to request one and get back to you tomorrow. The ILL rules are at fergusonlibrary.org/ill. Does that help?"],
      [100, 'p', 'sure, thanks thats all'],
      [104, 'l', 'Bye!'],
    ],
    over: { ...FU_ME },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- returns, item limits -----------------------------------------------------------------------------------------
  {
    name: 'returning to another branch: yes, any branch or book drop, locations page; the patron only says "ok thanks": anything else fails',
    lines: [
      [0, 'p', 'can i return my books at a different branch than where i got them'],
      [15, 'l', "Hi! Yes you can. This is Jasmine at the San Diego Public Library. Are they regular books, or anything from another library system like Circuit?"],
      [48, 'p', 'just regular'],
      [53, 'l', 'Any of our 36 branches takes them back, inside or in the book drop when closed; locations and drop hours are at sandiego.gov/public-library/locations. Did that answer your question?'],
      [80, 'p', 'ok thanks'],
      [84, 'l', 'Happy reading!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Your card has reached its limit of 50 items" is about the account: no dismissal
    name: 'item limits: "your card has reached its limit of 50 items" is no dismissal; limits page; the patron is done',
    lines: [
      [0, 'p', 'it wont let me check out any more books at the kiosk'],
      [19, 'l', 'Hi, this is Oliver from Brooklyn Public Library. How many do you have out now, roughly?'],
      [50, 'p', 'a lot lol, maybe 50. we homeschool'],
      [56, 'l', "That's it: your card has reached its limit of 50 items. A second family member's card has its own 50. Limits by card type are at bklynlibrary.org/use-the-library/borrowing. Does that help?"],
      [100, 'p', 'yes! ill get my husband a card. thats everything'],
      [105, 'l', 'Sounds like a plan. Thanks for chatting!'],
    ],
    exp: usual(),
  },

  // ---- handling: pickup, silence, transfer, concurrency, dismissal ------------------------------------------------------
  {
    name: 'slow pickup (95 s) and a silent lookup of 150 s: pickup and keep informed fail',
    lines: [
      [0, 'p', 'How many times can I renew a museum pass?'],
      [95, 'l', 'Hi, Ellen at Boston Public Library here. Is it a pass you already have out?'],
      [120, 'p', 'Yes, the Aquarium one'],
      [270, 'l', "Museum passes can't be renewed at all: they go back the next day so others can use them. The pass rules are at bpl.org/museum-passes. Does that answer your question?"],
      [300, 'p', 'ok thats all'],
      [304, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    name: 'transfer to the circulation supervisor: internal note says why, the patron is told; the supervisor explains the waiver with the form',
    lines: [
      [0, 'p', "I was in the hospital for 2 months and now have $60 in lost fees. Is there anything you can do?"],
      [25, 'l', "Hello, I'm Jo at Sample County Library, sorry to hear you were ill. Are the items back now?"],
      [60, 'p', 'yes my daughter returned them all last week'],
      [66, 'l', "Thanks. Waivers are up to our circulation supervisor, so I'm transferring you to Ray, who can look at your account. One moment."],
      [72, 'i', 'Ray, patron asks for a waiver of $60 lost fees after a hospital stay; items already returned.'],
      [75, 's', 'Chat transferred to Ray Ortiz', { ...sys('transfer', 'rortiz') }],
      [110, 'l', "Hi, Ray here, circulation supervisor. Since everything's back, I've cleared the lost charges; for anything left, the hardship waiver form is at samplecountylib.org/waiver. Does that take care of it?", RAY],
      [150, 'p', "yes thank you so much, that's all"],
      [155, 'l', 'Glad to help. Take care and feel better!', RAY],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a busy desk: four chats open at once (three others overlap this one): concurrency fails; otherwise a good renewal chat',
    lines: [
      [0, 'p', 'can i renew a book thats already overdue'],
      [30, 'l', 'Hi, this is Jo at Sample County Library. How many days overdue is it?'],
      [60, 'p', '3 days'],
      [66, 'l', 'Yes, as long as nobody has a hold on it: log in at samplecountylib.org, go to My Account > Checked Out and click Renew. Did that work?'],
      [120, 'p', 'it worked, thanks thats all'],
      [125, 'l', 'Great, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 400), other('b', 'jo', -100, 300), other('c', 'jo', 20, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'dismissal: after several account questions, "I\'ve spent long enough on your account, you\'ll have to sort the rest out at the desk" with no way back',
    lines: [
      [0, 'p', 'why do I have a $3 charge'],
      [15, 'l', 'Hi, this is Jo at Sample County Library. Is it labeled as a printing charge?'],
      [40, 'p', 'yes'],
      [45, 'l', 'Printing charges are 15 cents a page, listed at samplecountylib.org/printing. Does that explain it?'],
      [70, 'p', 'ok and why does my card expire next month? and can i get my kids a card online? and what about the hold i had in march?'],
      [78, 'l', "I've spent long enough on your account today. You'll have to sort the rest out yourself."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'busy evening: "other patrons are waiting, please chat back later for the rest" invites back: no dismissal',
    lines: [
      [0, 'p', 'how long do i have to pick up a hold'],
      [22, 'l', "Hi, you've reached Ask Here PA, this is Jo from Allegheny County libraries. Which library is the hold at?"],
      [60, 'p', 'carnegie library squirrel hill'],
      [66, 'l', 'Carnegie Library of Pittsburgh keeps holds on the shelf for 7 days; the hold rules are at carnegielibrary.org/borrowing. Does that answer your question?'],
      [100, 'p', 'yes. also can you check all my fines, my dues, my kids cards, and why my pin changed'],
      [108, 'l', "There are other patrons waiting right now, so I'll need to stop here; please chat back later and we can go through the rest of your account. Thank you!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'lost call: the patron left before the question could be worked on; check-in and a notice (idle 210 s from the greeting)',
    lines: [
      [0, 'p', 'my library card got stolen what do i do'],
      [20, 'l', 'Hi, this is Marcus at Baltimore County Public Library. How can I help?'],
      [150, 'l', 'Hello, are you still there?'],
      [230, 'l', "Looks like you've left the chat, so I'll end this session now. Thanks for contacting us, and come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- Spanish ----------------------------------------------------------------------------------------------------------
  {
    name: 'Spanish: renovación y multas, la biblioteca sin multas, enlace a la política, "¿Le sirve esta información?"',
    lines: [
      [0, 'p', 'Hola, puedo renovar un libro por internet? Ya se venció ayer'],
      [25, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. ¿Es un libro impreso o un libro electrónico?'],
      [70, 'p', 'impreso'],
      [76, 'l', 'Puede renovarlo en "Mi cuenta" en mysapl.org, si nadie lo tiene reservado. No cobramos multas por retraso desde 2021 (la política está en mysapl.org/multas). ¿Le sirve esta información?'],
      [130, 'p', 'si, muchas gracias, es todo'],
      [135, 'l', '¡Con gusto! Que tenga buen día.'],
    ],
    exp: usual(),
  },
];

const OPEN: Line[] = [
  [0, 'p', 'hi, question about my account'],
  [15, 'l', 'Hi! This is Jo, a librarian at Sample County Library. Is this about your own card or a child\'s?'],
  [40, 'p', 'mine, I have a lost book charge'],
];

export const short: SessionCase[] = [
  // referrals to circulation, with and without a way to reach it
  {
    name: '"please reach out to our Circulation Services team at 919-555-0147" is a referral with a phone',
    lines: [...OPEN, [46, 'l', "I can't adjust charges from chat; please reach out to our Circulation Services team at 919-555-0147. Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"circ staff can waive it: circ@sampleco.lib.us" gives the department an e-mail',
    lines: [...OPEN, [46, 'l', 'Only circ staff can waive it, so e-mail them at circ@sampleco.lib.us with the title. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "You\'ll need to talk to circulation about that." with nothing more: referral fails, no source',
    lines: [...OPEN, [46, 'l', "You'll need to talk to circulation about that, I can't see charges from here. Does that help?"], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'fail' }),
  },
  {
    // reading: the provider's own service ("call us") with no department: no referral
    name: 'near miss: "Call us and we can look at it together." names no department and gives no number: no referral, no source',
    lines: [...OPEN, [46, 'l', 'Call us and we can look at it together. Does that help?'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'fail' }),
  },
  {
    name: '"stop by the Circulation Desk on the 1st floor of Central (hours at mylibrary.org/hours)" gives a URL',
    lines: [...OPEN, [46, 'l', 'Stop by the Circulation Desk on the 1st floor of Central and they can look at it; hours are at mylibrary.org/hours. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "the Circulation Desk on the 1st floor, open till 8" gives a floor and hours, no way to reach it: referral fails',
    lines: [...OPEN, [46, 'l', 'Stop by the Circulation Desk on the 1st floor of Central and they can look at it; they are open till 8 tonight. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'reciprocal borrowing: "take your ID and card to any Hennepin County Library branch (hclib.org/locations)" refers with a URL',
    lines: [
      [0, 'p', 'I live in St Paul, can I borrow from Minneapolis libraries'],
      [18, 'l', 'Hi, Jo at Saint Paul Public Library here. Do you have a Saint Paul card already?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Then yes: take your ID and your Saint Paul card to any Hennepin County Library branch (locations at hclib.org/locations) and they will set you up under reciprocal borrowing. Does that help?'],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ referral: 'pass', source: 'pass', clarify: 'pass' }),
  },

  // follow-ups with and without a time
  {
    name: 'near miss: "Someone from Circulation will reach out to you at ana.ruiz@example.org." with no time: contact fails',
    lines: [...OPEN, [46, 'p', 'my email is ana.ruiz@example.org'], [52, 'l', 'Thanks. Someone from Circulation will reach out to you at ana.ruiz@example.org about the charge. The lost-item rules are at samplecountylib.org/lost. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    over: { ...FU_ME },
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    name: '"Circulation will e-mail you at ana.ruiz@example.org within 3 business days" gives the when: contact passes',
    lines: [...OPEN, [46, 'p', 'my email is ana.ruiz@example.org'], [52, 'l', 'Thanks. Circulation will e-mail you at ana.ruiz@example.org within 3 business days about the charge. The lost-item rules are at samplecountylib.org/lost. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    over: { ...FU_ME },
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: '"I\'ll text you at 555-0134 before the end of the day Monday" (phone read back) gives the when',
    lines: [...OPEN, [46, 'p', 'text me, 555-0134'], [52, 'l', "I'll check the charge with Circulation and text you at 555-0134 before the end of the day Monday. Meanwhile the lost-item rules are at samplecountylib.org/lost. Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    over: { ...FU_ME },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'a follow-up promised in the chat ("we\'ll follow up by e-mail tomorrow") but coded Answered: code fails',
    lines: [...OPEN, [46, 'p', 'ana.ruiz@example.org'], [52, 'l', "Thanks, ana.ruiz@example.org. We'll follow up by e-mail tomorrow once Circulation has looked at it. The lost-item rules are at samplecountylib.org/lost. Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the library's automatic notice is no promise of the provider's
    name: 'near miss: "You\'ll get the usual e-mail notice when the ILL book arrives" is the automatic notice: no follow-up',
    lines: [...OPEN, [46, 'l', "Your ILL request shows as shipped. You'll get the usual e-mail notice when it arrives at your branch. ILL status is also under My Account at samplecountylib.org. Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },

  // sources: policies with and without a link
  {
    name: 'near miss: "It\'s on our website somewhere under fines." names no page: source fails',
    lines: [...OPEN, [46, 'l', "Lost items are billed at replacement cost; it's on our website somewhere under fines. Does that help?"], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: '"the Fines & Fees page (About > Policies on our website)" names a page with the steps to reach it: source passes',
    lines: [...OPEN, [46, 'l', 'Lost items are billed at replacement cost; the full list is on the Fines & Fees page, under About > Policies on our website. Does that help?'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: "My Account, then Checked Out > Renew" is a web page with the steps to reach it
    name: '"Log in to My Account, then Checked Out > Renew All" names the page and the steps: source passes',
    lines: [...OPEN, [46, 'p', 'also can i renew the rest'], [52, 'l', 'Yes: log in to My Account, then Checked Out > Renew All. Did that work?'], [80, 'p', 'yes worked, thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a PDF fee schedule ("the Fee Schedule PDF at library.ocpl.org/fees.pdf") is a source',
    lines: [...OPEN, [46, 'l', 'The replacement cost plus $10 is on the Fee Schedule PDF at library.ocpl.org/fees.pdf. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },

  // completeness, anything else, clarify
  {
    name: '"Does that clear up the charge?" asks whether the answer meets the need',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost of the book, per samplecountylib.org/fees. Does that clear up the charge?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would you like me to place a hold on another copy?" offers something not yet given: completeness fails',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost of the book, per samplecountylib.org/fees. Would you like me to place a hold on another copy?'], [80, 'p', 'no thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail', anything: 'pass' }),
  },
  {
    name: 'near miss: the patron says only "ok got it thx": anything else fails',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost of the book, per samplecountylib.org/fees. Does that clear up the charge?'], [80, 'p', 'ok got it thx'], [84, 'l', 'Bye!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: '"Can I help with anything else on your account?" asks',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost of the book, per samplecountylib.org/fees. Does that clear up the charge?'], [80, 'p', 'ok got it thx'], [84, 'l', 'Can I help with anything else on your account?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'clarify: "Which branch did you return it to, and about when?" before the answer',
    lines: [
      [0, 'p', 'it says i still have a book out but i returned it!!'],
      [15, 'l', 'Hi, Jo at Sample County Library here. Which branch did you return it to, and about when?'],
      [40, 'p', 'eastgate, last tuesday in the drop'],
      [46, 'l', "Staff can search the shelves for it as a 'claims returned'; the form is at samplecountylib.org/claims-returned. Does that help?"],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: the answer comes first and the question only after ("Which branch was it?"): clarify fails',
    lines: [
      [0, 'p', 'it says i still have a book out but i returned it!!'],
      [15, 'l', "Hi, Jo at Sample County Library here. Staff can search the shelves for it as a 'claims returned'; the form is at samplecountylib.org/claims-returned. Which branch was it?"],
      [40, 'p', 'eastgate'],
      [46, 'l', 'Eastgate checks its drop twice a day, so it may just be late. Does that help?'],
      [80, 'p', 'yes thats all'],
      [84, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },

  // greetings, closings, dismissals
  {
    name: '"Good evening, you\'ve reached Circulation chat at Arlington Public Library" greets and names the service',
    lines: [[0, 'p', 'is my card expired'], [20, 'l', "Good evening, you've reached Circulation chat at Arlington Public Library. Do you see an expiry date on the account page?"], [50, 'p', 'no'], [56, 'l', 'Cards renew every 3 years; see library.arlingtonva.us/cards. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hello! How can I help with your account?" then no one named: greeting fails',
    lines: [[0, 'p', 'is my card expired'], [20, 'l', 'Hello! How can I help with your account?'], [50, 'p', 'is my card expired'], [56, 'l', 'Do you see an expiry date on the account page?'], [80, 'p', 'no'], [86, 'l', 'Cards renew every 3 years; see library.arlingtonva.us/cards. Does that help?'], [110, 'p', 'yes thats all'], [114, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: a limit on renewals is no limit of questions
    name: 'near miss: "You\'ve hit the renewal limit on that one, sorry" is about the item: no dismissal',
    lines: [...OPEN, [46, 'p', 'can i renew it instead?'], [52, 'l', "You've hit the renewal limit on that one, sorry, so it has to come back. The rules are at samplecountylib.org/renew. Does that help?"], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'dismissal: "That\'s your three questions for today, I have to move on." fails',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost, per samplecountylib.org/fees. Does that help?'], [80, 'p', 'ok, and why is my pin not working, and can my son get a card'], [86, 'l', "That's your three questions for today, I have to move on."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"Happy reading!" as the last message says goodbye: courteous passes',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost, per samplecountylib.org/fees. Does that help?'], [80, 'p', 'ok thats all'], [84, 'l', 'Happy reading!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: the last two provider messages only give the renewal steps and "Done."; courteous fails',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost, per samplecountylib.org/fees. Does that help?'], [80, 'p', 'ok. renew my other one?'], [84, 'l', 'Renewed it for you.'], [90, 'l', 'Done.'], [110, 'p', 'ok']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'keep informed: "Checking your lost-item record now, one moment." then the answer 110 s later: pass',
    lines: [...OPEN, [46, 'l', 'Checking your lost-item record now, one moment.'], [156, 'l', 'The $18 is the replacement cost, per samplecountylib.org/fees. Does that help?'], [190, 'p', 'ok thats all'], [194, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },

  // near misses and positives beside the fourteenth round's widenings (O3)
  {
    name: 'near miss: "I can\'t e-mail you the list, so I\'ll paste it here" promises nothing later: no follow-up',
    lines: [...OPEN, [46, 'l', "I can't e-mail you the list, so I'll paste it here: lost-item charges are the list price plus $5 (samplecountylib.org/fees). Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: '"I\'ll text you as soon as it\'s on the hold shelf" is the provider\'s own promise: coded Answered, code fails',
    lines: [...OPEN, [46, 'p', 'also my hold, 555-0188 is my cell'], [52, 'l', "The lost charge is the list price (samplecountylib.org/fees). For the hold, I'll text you at 555-0188 as soon as it's on the hold shelf. Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ code: 'fail' }),
  },
  {
    name: 'near miss: "Circulation about doubled after we went fine-free" names no one to contact: no referral',
    lines: [...OPEN, [46, 'l', 'Lost charges stayed, but overdue fines are gone: circulation about doubled after we went fine-free (samplecountylib.org/finefree). Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "Take your card to any self-checkout kiosk and scan it." is no referral',
    lines: [...OPEN, [46, 'l', 'You can pay it at the kiosk: take your card to any self-checkout kiosk and scan it, or pay at samplecountylib.org/pay. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading (the earlier rounds'): bringing ID to one of the provider's own branches to get a card is an instruction, no referral
    name: 'near miss: "Bring a photo ID to any of our branches and they\'ll print a new card" is no referral',
    lines: [...OPEN, [46, 'p', 'also i lost my card'], [52, 'l', "Bring a photo ID to any of our branches and they'll print a new card for $1 (samplecountylib.org/cards). Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"it\'s on our website under Fines" gives the step: source passes',
    lines: [...OPEN, [46, 'l', "Lost items are billed at replacement cost; it's on our website under Fines. Does that help?"], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "Does the late return clear up the charge? Only within 30 days…" asks about a rule, not the answer: completeness fails',
    lines: [...OPEN, [46, 'l', 'Does the late return clear up the charge? Only if it comes back within 30 days, per samplecountylib.org/fees.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "That\'s your three questions answered, then! Anything else?" is no dismissal',
    lines: [...OPEN, [46, 'l', 'That $18 is the replacement cost, per samplecountylib.org/fees. Does that help?'], [80, 'p', 'yes, and the pin and the kids card are sorted too'], [86, 'l', "That's your three questions answered, then! Anything else?"], [110, 'p', 'no'], [114, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // reading: a no-reply sender is no contact for anyone and points the patron to nothing: no source
    name: 'near miss: "Notices come from noreply@samplecountylib.org, so add it to your contacts." is no source',
    lines: [...OPEN, [46, 'p', 'i never got the overdue notices'], [52, 'l', 'Notices come from noreply@samplecountylib.org, so add it to your contacts. Does that help?'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss: "Hi, I\'m Jo … Your hold is at Eastgate until Friday. Is that what you needed?" asks after an answer: clarify fails',
    lines: [[0, 'p', 'where is my hold'], [15, 'l', "Hi, I'm Jo at Sample County Library. Your hold is at Eastgate until Friday. Is that what you needed?"], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('fourteenth round (O3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fourteenth round (O3): circulation and accounts, every check', whole);
describeSessions('fourteenth round (O3): circulation and accounts, short cases', short);

describeLeft('fourteenth-round-circulation', LEFT);
