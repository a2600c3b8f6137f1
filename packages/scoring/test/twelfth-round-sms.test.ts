/**
 * Twelfth round, area (L4): TEXT-MESSAGE (SMS) AND MOBILE SESSIONS. Very short messages sent in bursts, long gaps
 * between the patron's replies, providers sending an answer in several texts in a row ("(1/3)"), one-word replies
 * ("k", "ty", "y", "n", "nope"), abbreviations and autocorrect slips on both sides ("u", "ur", "thx", "pls", "rn",
 * "nething", "anser"), idle check-ins and disconnect notices written as texts ("u still there?", "you there",
 * "still w/ me?", "looks like we lost you, closing this thread"), automated keyword replies ("Reply STOP to opt out")
 * as `system` lines and as `provider` messages beside the provider's own greeting, holds as texts ("1 min", "brb
 * checking the catalog", "pls hold while I look") and texts that only look like holds ("Got it, thx!"), timing at and
 * around the limits (pickup 60/61 s, a wait of exactly 120 s and 125 s after a burst of patron texts, final idles of
 * 119/120 s and 179/180 s), patrons who vanish mid-answer (after a clarifying question, between the parts of an
 * answer, with a "patron left" line), follow-ups promised by text (the number confirmed in the chat or only known from
 * the channel), dismissals by text (a question limit, a shift ending), referrals by text, Spanish texts.
 * Voices: public library text services (Tulsa, Springfield, Boise, Houston, Pima County), the statewide cooperative's
 * text line, an academic library's "Text a Librarian", chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - an automated keyword reply with role `provider` is a visible provider message: it is the pickup and one of the
 *   first two provider messages for the greeting (the Terms count roles, not authors); with role `system` it is
 *   neither, and the wait before the provider's first text is the pickup's alone;
 * - "1 min", "sec", "brb checking the catalog", "pls hold while I look" announce a lookup or ask the patron to wait:
 *   holds; "Got it, thx!" and "k" from the provider are not holds;
 * - "u still there?", "you there" (no question mark), "still w/ me?" ask whether the patron is there; a notice
 *   needs both the patron seeming gone ("looks like we lost you", "seems you dropped off") and the end;
 *   "closing this thread now" alone, or "seems like you disconnected" alone, is no notice;
 * - "ttyl", "have a good nite" say goodbye; "np" and "ok" do not thank, say goodbye or invite back;
 * - a misspelled question ("Does that anser your question?", "nething else?") is still that question;
 * - the patron's "thats all i needed" and "no thats it" say on their own that they are done; "ty", "k thx" do not;
 * - a patron number known only from `patron.phone` (the SMS channel) and never written in the chat is not confirmed
 *   in the chat, however obvious the channel makes it;
 * - "is this # ok for that? (555) 010-4477" repeats the number back in the chat: confirmed.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, other, type SessionCase, some, sys, usual, who } from './helpers';

const AUTO = who('Text a Librarian (auto)', 'autoreply');

export const whole: SessionCase[] = [
  // ---- ordinary text sessions that go well --------------------------------------------------------------------------
  {
    name: 'Tulsa text line: "hours sun?", "Which branch?", one-word replies "y ty" and "no thats it", a texted goodbye: usual',
    lines: [
      [0, 'p', 'hours sun?'],
      [34, 'l', 'Hi! This is Marcus at Tulsa City-County Library. Which branch are you asking about?'],
      [190, 'p', 'central'],
      [231, 'l', 'Central is open 12-5 on Sundays. Every branch\'s hours are at tulsalibrary.org/locations. Did that answer it?'],
      [402, 'p', 'y ty'],
      [420, 'l', 'Anything else I can help with?'],
      [611, 'p', 'no thats it'],
      [630, 'l', 'Thanks for texting! Have a good one.'],
    ],
    exp: usual(),
  },
  {
    name: 'answer in three texts "(1/3)".."(3/3)", the last asks "Does that help?"; "k"; "nething else?" (abbreviated); "nope": usual',
    lines: [
      [0, 'p', 'how do i get ebooks on my kindle from u guys'],
      [28, 'l', 'Hey there, Priya from Pima County Public Library here. Is it a Kindle e-reader or the Kindle app on a phone?'],
      [95, 'p', 'the e reader'],
      [130, 'l', '(1/3) Go to pima.overdrive.com and sign in w/ your library card # and PIN.'],
      [134, 'l', '(2/3) Borrow a title, then tap "Read now with Kindle" and sign in to Amazon.'],
      [139, 'l', '(3/3) Pick your Kindle from the list and it syncs next time it\'s on wifi. Does that help?'],
      [390, 'p', 'k'],
      [402, 'l', 'nething else?'],
      [700, 'p', 'nope'],
      [711, 'l', 'Thx for texting Pima County Library, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish text: "a q hora abren el sabado", "¿Qué sucursal?", "¿Le sirvió?", "si gracias", "¿Algo más?", "no eso es todo": usual',
    lines: [
      [0, 'p', 'hola a q hora abren el sabado'],
      [40, 'l', '¡Hola! Soy Rosa de la Biblioteca Pública de Houston. ¿Qué sucursal le queda más cerca?'],
      [260, 'p', 'la de montrose'],
      [290, 'l', 'La sucursal Montrose abre los sábados de 10 a 6. Los horarios de todas están en houstonlibrary.org/locations. ¿Le sirvió la información?'],
      [500, 'p', 'si gracias'],
      [512, 'l', '¿Algo más en que le pueda ayudar?'],
      [820, 'p', 'no eso es todo'],
      [835, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
    ],
    exp: usual(),
  },
  {
    // reading: "u mean" restates/asks about the need; "that help?" asks whether what was given meets the need
    name: 'chat-speak both sides: "u mean the ebook or print?", "that help?", patron "thats all i needed": usual (no anything-else question needed)',
    lines: [
      [0, 'p', 'do u have the hunger games new one'],
      [22, 'l', 'hi! jess @ Boise Public Library here. u mean Sunrise on the Reaping? ebook or print?'],
      [140, 'p', 'print'],
      [170, 'l', '4 copies, all out, 12 holds. place a hold at catalog.boisepubliclibrary.org or reply w/ ur card # and I can do it. that help?'],
      [455, 'p', 'ya i did it. thats all i needed'],
      [470, 'l', 'awesome, thx for texting us! ttyl'],
    ],
    exp: usual(),
  },
  {
    name: 'patron gone 9 minutes ("hang on finding my card") then back: a long wait ON THE PATRON fails nothing: usual',
    lines: [
      [0, 'p', 'can u renew my books'],
      [30, 'l', 'Hello, you\'ve reached the Springfield City Library text line, this is Kay. What\'s your library card number?'],
      [75, 'p', 'hang on finding my card'],
      [90, 'l', 'No rush, take your time.'],
      [630, 'p', '21234000556677'],
      [640, 'l', 'Thanks, one sec while I pull up your account.'],
      [720, 'l', 'All 3 renewed, new due date Apr 6. You can also renew yourself at springfieldlibrary.org/myaccount. Did that work for you?'],
      [900, 'p', 'y'],
      [910, 'l', 'Anything else today?'],
      [1200, 'p', 'n'],
      [1215, 'l', 'OK! Thanks for texting, take care.'],
    ],
    exp: usual(),
  },
  {
    // reading: the autocorrect slips do not change the questions ("anser", "Anyrhing")
    name: 'autocorrect on the provider\'s side: "Does that anser your question?" and "Anyrhing else I can help with?": usual',
    lines: [
      [0, 'p', 'Whats the wifi password at the library'],
      [26, 'l', 'Hi, this is Sam with Ask Us 24/7 text. Which library are you at?'],
      [130, 'p', 'Brockport'],
      [160, 'l', 'At Seymour Library in Brockport the network is "Seymour-Public" and there\'s no password; the terms page opens in your browser (details at seymourlibrary.org/wifi). Does that anser your question?'],
      [330, 'p', 'Yes thank you'],
      [340, 'l', 'Anyrhing else I can help with?'],
      [560, 'p', 'No'],
      [575, 'l', 'Thanks for texting Ask Us 24/7. Have a great day!'],
    ],
    exp: usual(),
  },

  // ---- automated keyword replies -------------------------------------------------------------------------------------
  {
    // reading: a `system` auto-reply is neither the pickup nor a provider message for the greeting
    name: 'keyword "ASK" answered by a SYSTEM auto-reply at 3 s, the librarian texts at 48 s "hey, it\'s Dana at the library": pickup 48 s, greeting from Dana: usual',
    lines: [
      [0, 'p', 'ASK'],
      [3, 's', 'Thanks for texting Ask a Librarian! A librarian will reply shortly. Msg&data rates may apply. Reply STOP to opt out.'],
      [20, 'p', 'is the library open on memorial day'],
      [48, 'l', 'hey, it\'s Dana at the Kenton County library. Which location, Covington or Erlanger?'],
      [150, 'p', 'erlanger'],
      [170, 'l', 'All Kenton County branches are closed Memorial Day (May 25) and open regular hours Tuesday; the holiday list is at kentonlibrary.org/hours. Does that answer your question?'],
      [380, 'p', 'yes'],
      [390, 'l', 'Anything else I can look up for you?'],
      [600, 'p', 'no ty'],
      [610, 'l', 'Have a great weekend, thanks for texting!'],
    ],
    exp: usual(),
  },
  {
    // reading: the auto-reply has role `provider`, so it is the pickup (2 s) and greets and names the service; the
    // patron's "ok" at 10 s then waits on the provider until 300 s (290 s > 120 s)
    name: 'keyword auto-reply with role PROVIDER at 2 s ("Welcome to Text a Librarian at Springfield City Library!"), patron "ok", librarian at 300 s: pickup and greeting pass, keep_informed fails',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [2, 'l', 'Welcome to Text a Librarian at Springfield City Library! A staff member will text you back soon. Reply STOP to opt out.', AUTO],
      [10, 'p', 'ok'],
      [300, 'l', 'Sorry for the wait! Are you looking for federal or Illinois forms?'],
      [380, 'p', 'federal 1040'],
      [400, 'l', 'We have 1040 forms and instructions at every branch info desk, and you can print them from irs.gov/forms. Does that answer your question?'],
      [540, 'p', 'yes'],
      [550, 'l', 'Anything else?'],
      [700, 'p', 'nope thats all'],
      [712, 'l', 'Thanks for texting us!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: with the auto-reply as a system line, the provider's first two messages are a hold and an answer: no
    // greeting, no identification
    name: 'system auto-reply greets, the librarian\'s first two texts are "checking on that" and the answer: greeting fails (the system line does not count)',
    lines: [
      [0, 'p', 'TEXT'],
      [2, 's', 'Hi! You\'ve reached the Boise Public Library text line. A librarian will be with you shortly.'],
      [15, 'p', 'when is the book sale'],
      [45, 'l', 'checking on that'],
      [110, 'l', 'The Friends\' spring book sale is Apr 10-12 at the Main Library, details at boisepubliclibrary.org/booksale. Does that help?'],
      [330, 'p', 'yes'],
      [340, 'l', 'Anything else?'],
      [500, 'p', 'no'],
      [510, 'l', 'Thanks for texting!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },

  // ---- waits around the limit after bursts of texts --------------------------------------------------------------------
  {
    // reading: the wait begins at the FIRST text of the burst (200 s) and further texts do not restart it: 120 s, not longer
    name: 'a burst of four patron texts from 200 s, the provider replies at 320 s (exactly 120 s after the first): keep_informed passes',
    lines: [
      [0, 'p', 'hi'],
      [25, 'l', 'Hi! This is Leah at Columbus Metropolitan Library. What can I help with?'],
      [200, 'p', 'i need'],
      [230, 'p', 'help w my library acct'],
      [260, 'p', 'its locked'],
      [290, 'p', 'says too many pin attempts'],
      [320, 'l', 'Do you remember your card number, or should I look it up by name and birthdate?'],
      [420, 'p', 'i have the card'],
      [440, 'l', 'OK: reset your PIN at columbuslibrary.org/pin with the card number and the e-mail on file; the lock clears when the new PIN is set. Did that work?'],
      [700, 'p', 'y its working'],
      [708, 'l', 'Anything else?'],
      [900, 'p', 'no'],
      [905, 'l', 'Thanks for texting, bye!'],
    ],
    exp: usual(),
  },
  {
    // near miss of the case above: 125 s after the first text of the burst, 35 s after the last
    name: 'a burst of four patron texts from 200 s, the provider replies at 325 s (125 s after the first, 35 s after the last): keep_informed fails',
    lines: [
      [0, 'p', 'hi'],
      [25, 'l', 'Hi! This is Leah at Columbus Metropolitan Library. What can I help with?'],
      [200, 'p', 'i need'],
      [230, 'p', 'help w my library acct'],
      [260, 'p', 'its locked'],
      [290, 'p', 'says too many pin attempts'],
      [325, 'l', 'Do you remember your card number, or should I look it up by name and birthdate?'],
      [420, 'p', 'i have the card'],
      [440, 'l', 'OK: reset your PIN at columbuslibrary.org/pin with the card number and the e-mail on file; the lock clears when the new PIN is set. Did that work?'],
      [700, 'p', 'y its working'],
      [708, 'l', 'Anything else?'],
      [900, 'p', 'no'],
      [905, 'l', 'Thanks for texting, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "1 min" asks the patron to wait (a hold), so a new wait runs from it: 140 s > 120 s
    name: 'provider texts "1 min" 20 s after the question, the answer comes 140 s after that: keep_informed fails',
    lines: [
      [0, 'p', 'is there a notary at the library'],
      [30, 'l', 'Hi there, Marco from the Arlington Public Library text line. Which branch would be easiest for you?'],
      [120, 'p', 'central'],
      [140, 'l', '1 min'],
      [280, 'l', 'Central has free notary service Tue and Thu 1-4 pm, walk-in; bring unsigned documents and a photo ID. Info: library.arlingtonva.us/notary. Does that help?'],
      [480, 'p', 'yes thank u'],
      [490, 'l', 'Need anything else?'],
      [700, 'p', 'no'],
      [708, 'l', 'Thanks for texting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "Got it, thx!" announces no lookup and asks no wait: not a hold, so after it the provider waits on
    // the patron and the answer 200 s later ends no wait on the provider
    name: 'provider texts "Got it, thx!" then the answer 200 s later with no text from the patron between: not a hold, keep_informed passes',
    lines: [
      [0, 'p', 'i need the phone # for the bookmobile'],
      [25, 'l', 'Hello! This is Erin at Multnomah County Library. Do you mean the stop schedule or a person to talk to?'],
      [110, 'p', 'the schedule'],
      [125, 'l', 'Got it, thx!'],
      [325, 'l', 'The bookmobile stop schedule is at multcolib.org/bookmobile and it\'s also posted at each stop. Did that answer your question?'],
      [600, 'p', 'yep'],
      [610, 'l', 'Anything else?'],
      [780, 'p', 'nah'],
      [790, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'holds by text "brb checking the catalog" and "still looking, almost there" every ~110 s, then the answer: keep_informed passes',
    lines: [
      [0, 'p', 'looking for a cookbook for kids with allergies'],
      [32, 'l', 'Hi! I\'m Tom, a librarian at Denver Public Library. Which allergies: nuts, dairy, gluten, all of them?'],
      [150, 'p', 'nuts and eggs'],
      [165, 'l', 'brb checking the catalog'],
      [275, 'l', 'still looking, almost there'],
      [385, 'l', '"The Allergy-Free Cookbook for Kids" by Audra Swenson has nut- and egg-free recipes; 2 copies in at Central. Catalog: catalog.denverlibrary.org. Is that what you were after?'],
      [600, 'p', 'perfect'],
      [610, 'l', 'Anything else I can find for you?'],
      [800, 'p', 'no'],
      [812, 'l', 'Thanks for texting DPL!'],
    ],
    exp: usual(),
  },

  // ---- patrons who vanish; idles at the limits -------------------------------------------------------------------------
  {
    // reading: "looks like we lost you" says the patron seems gone; "closing this thread" says the session ends
    name: 'patron vanishes after the answer: "still there?" at +130 s, "Looks like we lost you, closing this thread now. Text us again anytime!" at +190 s: idle and disconnect pass, anything fails',
    lines: [
      [0, 'p', 'can i return books to a different branch'],
      [30, 'l', 'Hi, this is Gwen from the Lexington Public Library text service! Which branch did you borrow them from?'],
      [100, 'p', 'northside'],
      [120, 'l', 'Yes, any Lexington branch takes returns, and the book drops are open 24/7. List of branches at lexpublib.org/locations. Does that answer your question?'],
      [250, 'l', 'still there?'],
      [310, 'l', 'Looks like we lost you, closing this thread now. Text us again anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the patron sent the question and a clarifying answer was asked for: a clarifying question is a
    // substantive message, so the information checks apply; one patron message, so Lost Call is allowed
    name: 'patron vanishes mid-question ("im looking for a book its called"), the provider asks the title, checks in and closes: source fails, Lost Call passes',
    lines: [
      [0, 'p', 'im looking for a book its called'],
      [30, 'l', 'Hi! This is Lee at Ask Us Maryland text. What\'s the title, or anything you remember about it?'],
      [160, 'l', 'u still there?'],
      [220, 'l', 'Seems like you dropped off, so I\'ll close this session. Text back whenever you remember the title!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: final idle from the answer (100 s) to endedAt (220 s) = 120 s exactly: ≥ 120, the check-in is needed
    name: 'final idle exactly 120 s with "you there" (no question mark) at +100 s: idle passes, disconnect na, courteous fails',
    lines: [
      [0, 'p', 'whats the late fee on dvds'],
      [25, 'l', 'Hi! Nora with the Omaha Public Library text line. Is that for a kids\' DVD or an adult one?'],
      [80, 'p', 'adult'],
      [100, 'l', 'Omaha Public Library has no late fees on any DVDs anymore; details at omahalibrary.org/fines. Does that answer your question?'],
      [200, 'l', 'you there'],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    // final idle 119 s: below the limit, no check-in needed
    name: 'final idle 119 s and nothing more: idle and disconnect na, courteous and anything fail',
    lines: [
      [0, 'p', 'whats the late fee on dvds'],
      [25, 'l', 'Hi! Nora with the Omaha Public Library text line. Is that for a kids\' DVD or an adult one?'],
      [80, 'p', 'adult'],
      [100, 'l', 'Omaha Public Library has no late fees on any DVDs anymore; details at omahalibrary.org/fines. Does that answer your question?'],
    ],
    over: { endAfter: 119 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // final idle 180 s exactly (to the system's end line): the notice is needed and never comes
    name: 'final idle exactly 180 s ended by a system timeout, only "Still w/ me?" at +130 s: idle passes, disconnect fails',
    lines: [
      [0, 'p', 'can i get a museum pass thru the library'],
      [35, 'l', 'Hello! This is Chris, a librarian at Hennepin County Library. Which museum?'],
      [90, 'p', 'walker art center'],
      [110, 'l', 'Yes, Walker passes are in the Museum Adventure Pass program: reserve one at hclib.org/museumpass with your card, up to 2 weeks out. Did that help?'],
      [240, 'l', 'Still w/ me?'],
      [290, 's', 'Text session timed out.', sys('ended')],
    ],
    over: { endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // final idle 179 s: the check-in is needed, the notice is not
    name: 'final idle 179 s, "Still w/ me?" at +130 s: idle passes, disconnect na',
    lines: [
      [0, 'p', 'can i get a museum pass thru the library'],
      [35, 'l', 'Hello! This is Chris, a librarian at Hennepin County Library. Which museum?'],
      [90, 'p', 'walker art center'],
      [110, 'l', 'Yes, Walker passes are in the Museum Adventure Pass program: reserve one at hclib.org/museumpass with your card, up to 2 weeks out. Did that help?'],
      [240, 'l', 'Still w/ me?'],
      [289, 's', 'Text session timed out.', sys('ended')],
    ],
    over: { endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    // reading: the end is announced but nothing says the patron seems gone: no notice; it invites back: courteous
    name: 'near miss notice: "u there?" then "I\'m going to close this conversation now. Text 66746 anytime!" (idle 250 s): idle passes, disconnect fails',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [28, 'l', 'Hi! It\'s Ray at the Ask Us text line, Fairfax County Public Library. Adult card or a kids card?'],
      [120, 'p', 'adult'],
      [140, 'l', 'An adult card can have 50 items out at once, 10 of them DVDs. The full list is at fairfaxcounty.gov/library/borrowing. Does that answer it?'],
      [270, 'l', 'u there?'],
      [390, 'l', 'I\'m going to close this conversation now. Text 66746 anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: a condition that does not say the patron seems gone is no notice; the message asks whether the patron is
    // there, so it is the check-in; neither of the last two messages thanks or says goodbye
    name: 'one text "r u still there? if i dont hear back in a few min ill close this out" at +190 s, end at +250 s: idle passes, disconnect fails, courteous fails',
    lines: [
      [0, 'p', 'where do i pay a fine'],
      [30, 'l', 'Hi! Tasha from Charlotte Mecklenburg Library here. Is it for a lost book or an overdue one?'],
      [140, 'p', 'lost'],
      [160, 'l', 'You can pay it at any branch desk or online at cmlibrary.org/pay with your card #. Does that answer your question?'],
      [350, 'l', 'r u still there? if i dont hear back in a few min ill close this out'],
    ],
    over: { endAfter: 60 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // the check-in came before the final idle (the patron answered it), then the patron vanished for good
    name: 'a check-in earlier in the thread (the patron answered "sry here"), then a final idle of 240 s with nothing: idle and disconnect fail',
    lines: [
      [0, 'p', 'do u have museum passes'],
      [30, 'l', 'Hi, this is Omar at Arapahoe Libraries. Which museum are you thinking of?'],
      [60, 'l', 'also which branch do you usually use?'],
      [260, 'l', 'u still there?'],
      [300, 'p', 'sry here. denver zoo, smoky hill branch'],
      [330, 'l', 'Zoo passes are first come at Smoky Hill; check availability at arapahoelibraries.org/passes before you go. Does that help?'],
    ],
    over: { endAfter: 240 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // reading: the last visible message is a goodbye, so the final idle ends there: 300 s, during which nobody asked or
    // gave notice
    name: 'the answer, then only a goodbye 300 s later "Thanks for texting, have a great day!": final idle 300 s, idle and disconnect fail, courteous passes',
    lines: [
      [0, 'p', 'is the passport office at the library open sat'],
      [27, 'l', 'Hello! This is Dev at Sacramento Public Library. Which branch, Central or Arcade?'],
      [70, 'p', 'central'],
      [100, 'l', 'Central\'s passport desk is by appointment only, Sat 10-2; book at saclibrary.org/passports. Does that answer your question?'],
      [400, 'l', 'Thanks for texting, have a great day!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    // reading: "k" is a patron message: the patron sent the last visible message, so there is no final idle; "k"
    // alone does not say the patron is done; the provider's last two texts neither thank nor say goodbye
    name: 'the patron\'s "k" is the last text: no final idle (idle, disconnect na); anything and courteous fail',
    lines: [
      [0, 'p', 'can i print from my phone at the library'],
      [30, 'l', 'Hi! I\'m Beth, librarian at Nashville Public Library. Which branch will you be at?'],
      [120, 'p', 'main'],
      [140, 'l', 'Yes: send it from your phone at nashvillepubliclibrary.org/mobileprint, then release it at the Main print station with your card. B&W is 10 cents a page. Does that help?'],
      [300, 'p', 'k'],
    ],
    over: { endAfter: 400 },
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },

  // ---- follow-ups by text ---------------------------------------------------------------------------------------------
  {
    name: 'follow-up by text: "is this # ok for that? (555) 010-4477", "y", "I\'ll text you the list by noon tomorrow", done next morning: contact and on_time pass',
    lines: [
      [0, 'p', 'need a list of spanish immersion summer camps in the area for my 8yo'],
      [30, 'l', 'Hi! This is Ines with the Ask a Librarian text line at Austin Public Library. Which part of town, or anywhere in Austin?'],
      [140, 'p', 'south austin'],
      [150, 'l', 'Let me look.'],
      [250, 'l', 'There\'s a partial list at austinlibrary.com/summer but it\'s from last year. I\'ll put together a current list and text it to you by noon tomorrow. Is this # ok for that? (555) 010-4477'],
      [400, 'p', 'y'],
      [410, 'l', 'Great. Anything else in the meantime?'],
      [520, 'p', 'no ty'],
      [530, 'l', 'Thanks for texting, talk tomorrow!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: null, phone: '555-010-4477' }, followUps: [{ doneAt: at(80_000), by: 'jo', note: 'texted camp list' }] },
    // reading: "Is this # ok for that?" is about the follow-up, not whether the partial list meets the need
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the number is known only from the channel (`patron.phone`) and never written in the chat: not confirmed
    name: 'follow-up promised "I\'ll text u back tmrw morning w/ the info", the number only in patron.phone: contact fails, on_time pending',
    lines: [
      [0, 'p', 'when do the new lib cards w the mural design come out'],
      [33, 'l', 'Hi! This is Pat at the Pittsburgh library text line (Carnegie Library). Do you want one for yourself or a kid?'],
      [160, 'p', 'me'],
      [175, 'l', 'I\'m not finding a date posted yet. I\'ll check with our marketing folks and text u back tmrw morning w/ the info. Anything else I can help with?'],
      [400, 'p', 'no thx'],
      [410, 'l', 'Thanks for texting!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: null, phone: '555-010-3391' } },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- dismissals, referrals, concurrency ---------------------------------------------------------------------------------
  {
    name: 'dismissal by text: "thats ur 3rd question today and the limit by text is 3, sorry": no_dismissal fails',
    lines: [
      [0, 'p', 'ok 1 more. is the library hiring'],
      [30, 'l', 'Hi, Jen again at Anne Arundel County Public Library texting. Pages or librarians?'],
      [110, 'p', 'pages'],
      [125, 'l', 'Page openings are at aacpl.net/jobs. Is that what u needed?'],
      [300, 'p', 'yes and how old do u have to be'],
      [315, 'l', 'thats ur 3rd question today and the limit by text is 3, sorry'],
      [330, 'l', 'have a good day'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: others waiting plus an invitation back with a way to continue is allowed
    name: 'near miss of a dismissal: "a lot of texts waiting rn so I need to wrap up, text us again later and we\'ll pick it up!": no_dismissal passes',
    lines: [
      [0, 'p', 'what are the best books on learning sql'],
      [35, 'l', 'Hi! This is Kim at Seattle Public Library. Are you totally new to databases?'],
      [130, 'p', 'yeah total beginner'],
      [150, 'l', '"SQL in 10 Minutes a Day" by Ben Forta is a good start, and LinkedIn Learning (free w/ your card at spl.org/databases) has a beginner SQL course. Does that help?'],
      [330, 'p', 'yes. also what about python'],
      [345, 'l', 'There are a lot of texts waiting rn so I need to wrap up, text us again later and we\'ll pick it up! Thanks for texting SPL.'],
    ],
    // reading: "also what about python" is a new question the provider does not answer; the provider never asked anything else
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "ur best bet is the Register of Deeds office, <phone>" tells the patron to contact that office: a referral
    name: 'referral by text with a number: "ur best bet is the county clerk\'s office, 555-0133": referral passes',
    lines: [
      [0, 'p', 'how do i get a copy of my marriage license'],
      [30, 'l', 'Hello! Ana, librarian at Wake County Public Libraries. Were you married in Wake County?'],
      [120, 'p', 'yes 2019'],
      [140, 'l', 'ur best bet is the Register of Deeds office, (919) 555-0133, or request it online at wake.gov/registerofdeeds. Does that help?'],
      [300, 'p', 'y thx'],
      [310, 'l', 'Anything else?'],
      [440, 'p', 'no'],
      [450, 'l', 'Thanks for texting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "we can't do that here" is an answer, so "Did that answer ur question?" after it passes completeness
    name: 'near miss referral by text: "u have to call the DMV for that" with no way to reach it: referral and source fail',
    lines: [
      [0, 'p', 'can the library renew my drivers license'],
      [28, 'l', 'Hi! This is Tim with the Ask Us text line at Cuyahoga County Public Library. Is it expired or just coming up?'],
      [150, 'p', 'expires next month'],
      [165, 'l', 'we can\'t do that here, u have to call the DMV for that. Did that answer ur question?'],
      [330, 'p', 'ya'],
      [340, 'l', 'Anything else?'],
      [500, 'p', 'no'],
      [510, 'l', 'Thanks for texting!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'a text provider with three other threads open at once (four at 300-400 s): concurrency fails',
    lines: [
      [0, 'p', 'do u have audiobooks on hoopla'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Are you already signed up for Hoopla?'],
      [250, 'p', 'no'],
      [270, 'l', 'Sign up at hoopladigital.com with your library card and PIN, then borrow up to 8 titles a month. Does that help?'],
      [420, 'p', 'yes ty'],
      [430, 'l', 'Anything else?'],
      [600, 'p', 'nope'],
      [610, 'l', 'Thanks for texting, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 500), other('b', 'jo', 100, 800), other('c', 'jo', 300, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- pickup and greeting --------------------------------------------------------------------------------------------
  {
    name: 'pickup exactly 60 s after a system auto-reply at 2 s: pickup passes',
    lines: [
      [0, 'p', 'hours today?'],
      [2, 's', 'Thanks for texting Pima County Public Library! A librarian will reply soon. Reply STOP to opt out.'],
      [60, 'l', 'Hi, this is Rick at Pima County Public Library. Which branch?'],
    ],
    exp: some({ pickup: 'pass', greeting: 'pass' }),
  },
  {
    name: 'pickup 61 s after a system auto-reply at 2 s: pickup fails',
    lines: [
      [0, 'p', 'hours today?'],
      [2, 's', 'Thanks for texting Pima County Public Library! A librarian will reply soon. Reply STOP to opt out.'],
      [61, 'l', 'Hi, this is Rick at Pima County Public Library. Which branch?'],
    ],
    exp: some({ pickup: 'fail', greeting: 'pass' }),
  },
  {
    name: 'near miss greeting: "hi! whats ur question?" then "ok one sec": no identification, greeting fails',
    lines: [
      [0, 'p', 'LIBRARIAN'],
      [20, 'l', 'hi! whats ur question?'],
      [90, 'p', 'do u have the new stephen king'],
      [100, 'l', 'ok one sec'],
    ],
    exp: some({ pickup: 'pass', greeting: 'fail' }),
  },
  {
    // reading: naming the service without a greeting is half of the check
    name: 'near miss greeting: "Boise Public Library text line." then "What title?": identifies, no greeting: greeting fails',
    lines: [
      [0, 'p', 'is the new stephen king in'],
      [20, 'l', 'Boise Public Library text line.'],
      [25, 'l', 'What title?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // reading: the role-provider auto-reply is the first provider message; it greets but names nobody, the second
    // (the librarian's) names nobody either
    name: 'role-provider auto-reply "Thanks for your text! We\'ll reply soon." then "ok what do u need": no identification, greeting fails',
    lines: [
      [0, 'p', 'hello?'],
      [1, 'l', 'Thanks for your text! We\'ll reply soon.', AUTO],
      [40, 'l', 'ok what do u need'],
    ],
    exp: some({ pickup: 'pass', greeting: 'fail' }),
  },

  // ---- holds and waits ----------------------------------------------------------------------------------------------------
  {
    // reading: "sec" alone asks the patron to wait: a hold; the answer 150 s later ends a span longer than 120 s
    name: 'provider texts "sec" after the patron\'s reply, the answer 150 s later: keep_informed fails',
    lines: [
      [0, 'p', 'does the library have a 3d printer'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which branch are you near?'],
      [80, 'p', 'eastside'],
      [90, 'l', 'sec'],
      [240, 'l', 'Eastside has a Prusa printer, book time at samplecountylib.org/makerspace. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"pls hold while I look" then the answer 115 s later: keep_informed passes',
    lines: [
      [0, 'p', 'does the library have a 3d printer'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which branch are you near?'],
      [80, 'p', 'eastside'],
      [90, 'l', 'pls hold while I look'],
      [205, 'l', 'Eastside has a Prusa printer, book time at samplecountylib.org/makerspace. Does that help?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: "k" from the provider is no hold: it ends the patron's wait and starts waiting on the patron
    name: 'provider texts "k" then the answer 200 s later: keep_informed passes',
    lines: [
      [0, 'p', 'whats the fax number for the library'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Sending or receiving a fax?'],
      [80, 'p', 'sending one'],
      [90, 'l', 'k'],
      [290, 'l', 'You can send faxes from the Main Library copy center for $1/page: samplecountylib.org/fax. Does that help?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // the patron's texts while waiting do not restart the wait: 0 → 150 with "??" at 100
    name: 'patron texts "??" at 100 s while waiting, the provider answers at 150 s after the question at 0 after pickup: keep_informed fails',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', 'Hi! This is Jo at Sample County Library. What\'s up?'],
      [40, 'p', 'do u have notary service'],
      [140, 'p', '??'],
      [190, 'l', 'Yes, Tue and Thu 1-4 at Main, samplecountylib.org/notary. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },

  // ---- clarify, completeness, anything else -----------------------------------------------------------------------------------
  {
    name: 'clarify by text "which branch u near?" before the source: clarify passes',
    lines: [
      [0, 'p', 'where can i get free covid tests'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. which branch u near?'],
      [90, 'p', 'west'],
      [110, 'l', 'West has free test kits at the front desk while supplies last, list at samplecountylib.org/health. That help?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // near miss: the only question comes after the source
    name: 'near miss clarify: the link first, then "which branch u near?": clarify fails',
    lines: [
      [0, 'p', 'where can i get free covid tests'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Free kits at samplecountylib.org/health.'],
      [30, 'l', 'which branch u near?'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    // reading: "did that work?" asks whether what was given met the need
    name: 'completeness by text "did that work?" after the steps: completeness passes',
    lines: [
      [0, 'p', 'cant log in to libby'],
      [25, 'l', 'Hi, Jo at Sample County Library here. Is it saying your card is invalid?'],
      [100, 'p', 'yes'],
      [115, 'l', 'Cards expire every 3 yrs; renew online at samplecountylib.org/renewcard, then sign in to Libby again. did that work?'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // near miss: an offer of something not yet given
    name: 'near miss completeness: "want me to text u the link too?" after the answer: completeness fails',
    lines: [
      [0, 'p', 'cant log in to libby'],
      [25, 'l', 'Hi, Jo at Sample County Library here. Is it saying your card is invalid?'],
      [100, 'p', 'yes'],
      [115, 'l', 'Cards expire every 3 yrs, so renew online on our website under My Account, then sign in to Libby again.'],
      [120, 'l', 'want me to text u the link too?'],
      [180, 'p', 'no'],
      [190, 'l', 'ok! bye'],
    ],
    exp: some({ complete: 'fail', anything: 'fail' }),
  },
  {
    // reading: "ty" and "k thx" are thanks alone: the patron does not say they are done
    name: 'patron replies "k thx" and "ty", the provider never asks for anything else: anything fails',
    lines: [
      [0, 'p', 'when is storytime'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which branch?'],
      [90, 'p', 'north'],
      [100, 'l', 'North has storytime Wed 10:30, calendar at samplecountylib.org/events. Does that help?'],
      [200, 'p', 'k thx'],
      [210, 'l', 'np!'],
      [300, 'p', 'ty'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // "np!" does not thank, say goodbye or invite back, nor does the answer before it
    name: 'near miss courteous: the provider\'s last two texts are the answer and "np!": courteous fails',
    lines: [
      [0, 'p', 'when is storytime'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which branch?'],
      [90, 'p', 'north'],
      [100, 'l', 'North has storytime Wed 10:30, calendar at samplecountylib.org/events. Does that help?'],
      [200, 'p', 'k thx'],
      [210, 'l', 'np!'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // reading: "ttyl" says goodbye
    name: 'courteous by text: the last text is "ttyl!": courteous passes',
    lines: [
      [0, 'p', 'when is storytime'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which branch?'],
      [90, 'p', 'north'],
      [100, 'l', 'North has storytime Wed 10:30, calendar at samplecountylib.org/events. Does that help?'],
      [200, 'p', 'k thx'],
      [210, 'l', 'ttyl!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    // reading: "no thats it" says on the patron's own that they are done
    name: 'patron "thx thats it" without being asked: anything passes',
    lines: [
      [0, 'p', 'when is storytime'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which branch?'],
      [90, 'p', 'north'],
      [100, 'l', 'North has storytime Wed 10:30, calendar at samplecountylib.org/events. Does that help?'],
      [200, 'p', 'yes thx thats it'],
      [210, 'l', 'Have a good nite!'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"need anything else today?" by text: anything passes',
    lines: [
      [0, 'p', 'when is storytime'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which branch?'],
      [90, 'p', 'north'],
      [100, 'l', 'North has storytime Wed 10:30, calendar at samplecountylib.org/events. Does that help?'],
      [200, 'p', 'y'],
      [210, 'l', 'need anything else today?'],
      [300, 'p', 'n'],
      [310, 'l', 'thx for texting!'],
    ],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },

  // ---- idles and notices in texts -------------------------------------------------------------------------------------------
  {
    name: 'a notice by text "lost the connection on ur end i think, ending this session - text back anytime" after "u still there?" (idle 200 s): both pass',
    lines: [
      [0, 'p', 'how late is the main library open'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Today or another day?'],
      [80, 'p', 'today'],
      [95, 'l', 'Main is open until 8 tonight; all hours at samplecountylib.org/hours. Does that help?'],
      [225, 'l', 'u still there?'],
      [290, 'l', 'lost the connection on ur end i think, ending this session - text back anytime'],
    ],
    over: { endAfter: 5 },
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // near miss: the patron seems gone, but nothing says the session ends
    name: 'near miss notice: "seems like you disconnected" alone after a check-in (idle 200 s): disconnect fails',
    lines: [
      [0, 'p', 'how late is the main library open'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Today or another day?'],
      [80, 'p', 'today'],
      [95, 'l', 'Main is open until 8 tonight; all hours at samplecountylib.org/hours. Does that help?'],
      [225, 'l', 'u still there?'],
      [290, 'l', 'seems like you disconnected'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // near miss of a check-in: a statement that the provider is available asks nothing
    name: 'near miss check-in: "I\'ll be here if you need me" in a final idle of 150 s: idle fails',
    lines: [
      [0, 'p', 'how late is the main library open'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Today or another day?'],
      [80, 'p', 'today'],
      [95, 'l', 'Main is open until 8 tonight; all hours at samplecountylib.org/hours. Does that help?'],
      [200, 'l', 'I\'ll be here if you need me'],
    ],
    over: { endAfter: 45 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'Spanish text: "¿sigue ahí?" and "parece q se desconectó, cierro el chat. ¡Escríbanos cuando quiera!" (idle 200 s): both pass',
    lines: [
      [0, 'p', 'tienen clases de ingles gratis'],
      [30, 'l', '¡Hola! Soy Luis de la Biblioteca de San Antonio. ¿Para adultos o niños?'],
      [100, 'p', 'adultos'],
      [120, 'l', 'Sí, hay clases gratis los martes y jueves a las 6 pm en la Central; inscríbase en mysapl.org/esl. ¿Le sirve?'],
      [250, 'l', '¿sigue ahí?'],
      [320, 'l', 'parece q se desconectó, cierro el chat. ¡Escríbanos cuando quiera!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // a "patron left" line does not end the idle: the provider's first non-hold text after the patron's last is at 120,
    // the session ends at 125 (the system line 105 then the last parts): 5 s, na
    name: 'patron leaves (system "patron_left") between the parts of an answer: final idle 5 s, idle and disconnect na',
    lines: [
      [0, 'p', 'how do i get passport photos'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Do you need them for a passport application or a renewal?'],
      [90, 'p', 'new application'],
      [120, 'l', '(1/2) Main Library takes passport photos for $15 at the passport desk.'],
      [122, 's', 'Patron has left the session', sys('patron_left')],
      [124, 'l', '(2/2) Hours are at samplecountylib.org/passports. Does that help?'],
    ],
    over: { endAfter: 1 },
    exp: some({ idle: 'na', disconnect: 'na', source: 'pass' }),
  },
  {
    // patron left, then the provider keeps texting for minutes: the idle runs from the answer to the end
    name: 'patron leaves after the question\'s answer; the provider texts "still there?" at +130 s and "looks like ur gone, closing this out. bye!" at +200 s: both pass',
    lines: [
      [0, 'p', 'how do i get passport photos'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. New application or renewal?'],
      [90, 'p', 'new'],
      [120, 'l', 'Main Library takes passport photos for $15, samplecountylib.org/passports. Does that help?'],
      [140, 's', 'Patron has left the session', sys('patron_left')],
      [250, 'l', 'still there?'],
      [320, 'l', 'looks like ur gone, closing this out. bye!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // reading: only holds after the patron's last text: no final idle
    name: 'the patron\'s last text is answered only by "one min, looking" and the session times out 400 s later: no final idle, idle na, keep_informed passes (the span is still open)',
    lines: [
      [0, 'p', 'do u have any books on bee keeping'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. For a beginner?'],
      [80, 'p', 'yes'],
      [95, 'l', 'one min, looking'],
      [495, 's', 'Session timed out', sys('ended')],
    ],
    over: { endAfter: 0 },
    exp: some({ idle: 'na', disconnect: 'na', informed: 'pass' }),
  },

  // ---- near misses that guard this round's widenings ----------------------------------------------------------------------
  {
    // guards holdWeak's "anything else I can look up" exclusion: "Sure, I can look that up." is still a hold
    name: 'near miss: "Sure, I can look that up." then the answer 150 s later: a hold, keep_informed fails',
    lines: [
      [0, 'p', 'whats the fine for a lost hotspot'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Is it the T-Mobile hotspot or a Chromebook kit?'],
      [90, 'p', 'hotspot'],
      [100, 'l', 'Sure, I can look that up.'],
      [250, 'l', 'A lost hotspot is billed at $75, see samplecountylib.org/hotspots. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // guards notPromise's auto-reply exclusion: a librarian texting back TOMORROW with the list promises a follow-up
    name: 'near miss: "A librarian will text you back tomorrow with the full list." coded Answered: a promise, resolution.code fails',
    lines: [
      [0, 'p', 'need all the branches that have meeting rooms w projectors'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. How many people is the meeting for?'],
      [90, 'p', 'like 20'],
      [100, 'l', 'Main and Westside both fit 20, book at samplecountylib.org/rooms. A librarian will text you back tomorrow with the full list.'],
    ],
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // guards seemGone's "lost the connection on your end": a condition is no statement that the patron seems gone
    name: 'near miss notice: "if we lost the connection on your end, I\'ll close this chat. Text anytime!" (idle 200 s): disconnect fails',
    lines: [
      [0, 'p', 'how late is the main library open'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Today or another day?'],
      [80, 'p', 'today'],
      [95, 'l', 'Main is open until 8 tonight; all hours at samplecountylib.org/hours. Does that help?'],
      [225, 'l', 'u still there?'],
      [290, 'l', 'if we lost the connection on your end, I\'ll close this chat. Text anytime!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // guards seemGone's "looks like ur gone": "looks like your renewal went through" says nothing of the patron
    name: 'near miss notice: "looks like your renewal went through, closing this thread now. bye!" (idle 200 s): disconnect fails',
    lines: [
      [0, 'p', 'can u renew my laptop loan'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. What\'s the barcode on the laptop?'],
      [80, 'p', '3300012345'],
      [95, 'l', 'Renewing it now in your account at samplecountylib.org/myaccount. Did it show the new date?'],
      [225, 'l', 'u still there?'],
      [290, 'l', 'looks like your renewal went through, closing this thread now. bye!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // guards willEnd's subjectless "closing this out": "Eastside is closing it down in May" announces no end of chat
    name: 'near miss notice: "seems like you dropped off" while the answer said "Eastside is closing it down in May": disconnect fails',
    lines: [
      [0, 'p', 'is the eastside pool room still bookable'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. For which month?'],
      [80, 'p', 'june'],
      [95, 'l', 'The city owns that building and they are closing it down in May for repairs, so book Main\'s room at samplecountylib.org/rooms instead. Does that help?'],
      [225, 'l', 'u still there?'],
      [290, 'l', 'seems like you dropped off'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // guards inviteBack's "Text 66746 anytime": a keyword instruction is no invitation back
    name: 'near miss courteous: the last texts are the answer and "Text HOLDS to 66746 to get pickup alerts.": courteous fails',
    lines: [
      [0, 'p', 'how do i know when my hold is ready'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Do you get e-mails from us now?'],
      [80, 'p', 'no'],
      [95, 'l', 'You can set notices at samplecountylib.org/myaccount. Does that help?'],
      [130, 'l', 'Text HOLDS to 66746 to get pickup alerts.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    // guards dismissalHard's limit: a loan limit after "Good question" dismisses nobody
    name: 'near miss dismissal: "Good question, the limit for DVDs is 10 at a time": no_dismissal passes',
    lines: [
      [0, 'p', 'how many dvds can i take out'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. On an adult card?'],
      [80, 'p', 'yes'],
      [95, 'l', 'Good question, the limit for DVDs is 10 at a time, see samplecountylib.org/borrowing. Does that help?'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // guards selfAffiliationLead's "<name> again at": "try again at the Main Library" names nobody
    name: 'near miss greeting: "Hi, try again at the Main Library tomorrow, they have it." then "k?": no one identified, greeting fails',
    lines: [
      [0, 'p', 'the westside branch said they dont have the passport forms'],
      [25, 'l', 'Hi, try again at the Main Library tomorrow, they have it.'],
      [30, 'l', 'k?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    // guards bareCheckinL4: a sentence that only says something is still there asks nothing
    name: 'near miss check-in: "the book is still there on the hold shelf" in a final idle of 150 s: idle fails',
    lines: [
      [0, 'p', 'did my hold expire'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. Which book?'],
      [80, 'p', 'the overstory'],
      [95, 'l', 'It\'s ready through Friday; your account is at samplecountylib.org/myaccount. Does that help?'],
      [200, 'l', 'just checked, the book is still there on the hold shelf'],
    ],
    over: { endAfter: 45 },
    exp: some({ idle: 'fail' }),
  },

  // ---- dismissals and referrals by text ---------------------------------------------------------------------------------------
  {
    name: 'dismissal: "im off in 5, gotta go. bye" with no way back: no_dismissal fails',
    lines: [
      [0, 'p', 'need help finding a grant for my nonprofit'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. What kind of nonprofit?'],
      [100, 'p', 'animal rescue'],
      [110, 'l', 'im off in 5, gotta go. bye'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // reading: the shift ends but the patron is told how to continue
    name: 'near miss dismissal: "my shift ends now, text back tmrw after 9 and someone will pick this up": no_dismissal passes',
    lines: [
      [0, 'p', 'need help finding a grant for my nonprofit'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. What kind of nonprofit?'],
      [100, 'p', 'animal rescue'],
      [110, 'l', 'Candid\'s Foundation Directory is free at Main: samplecountylib.org/grants. my shift ends now, text back tmrw after 9 and someone will pick this up. thx!'],
    ],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // reading: "asked too many" fails on its own; "without offering a way back" qualifies only "otherwise ends the help"
    name: '"too many questions by text, u should come in": no_dismissal fails',
    lines: [
      [0, 'p', 'and what about the tax forms'],
      [25, 'l', 'Hi, Jo at Sample County Library again. you\'ve asked too many questions for text, u should come in'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // a website to use is a source, not a referral
    name: 'pointing to a website by text "u can check irs.gov/forms": no referral (na), source passes',
    lines: [
      [0, 'p', 'where do i get a w4'],
      [25, 'l', 'Hi! This is Jo at Sample County Library. For a new job?'],
      [90, 'p', 'ya'],
      [100, 'l', 'u can print it from irs.gov/forms, search W-4. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // (left in v12, fixed in v23 by introClauseX1: "its mel from the Tacoma Public Library" before the comma says who is answering)
  {
    // reading: a lower-case name after "hey" identifies the provider, and so does the library named in the text
    // LEFT: the introduction and the question are one sentence ("its mel from the Tacoma Public Library, whats up w your
    // holds?"), and a question sentence does not introduce the provider (selfIdNow's `!x.q`), as in the tenth round's
    // LEFT case; splitting such sentences changes every check's sentences, too broad for this round.
    name: 'greeting across two texts: "hey!" then "its mel from the library, whats up?": greeting passes',
    lines: [
      [0, 'p', 'question about my holds'],
      [18, 'l', 'hey!'],
      [22, 'l', 'its mel from the Tacoma Public Library, whats up w your holds?'],
    ],
    exp: some({ pickup: 'pass', greeting: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('twelfth round (L4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (L4): text-message (SMS) and mobile sessions, every check', whole);
describeSessions('twelfth round (L4): text-message sessions, short cases', short);

describeLeft('twelfth-round-sms', LEFT);
