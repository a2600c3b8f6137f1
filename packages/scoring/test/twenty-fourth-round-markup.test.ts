/**
 * Twenty-fourth round, area (Z1): MARKUP, ENCODING AND PASTED TEXT. What chat widgets, exports and copy-paste leave in a
 * message's text: HTML character references ("&#39;", "&amp;", "&quot;", "&nbsp;", "&ndash;", "&lt;3"), tags ("<p>",
 * "<br>", "<b>", "<i>", "<a href>"), Markdown ("**Hi!**", "_One moment please_", "[text](url)", "- " and "• " bullets,
 * numbered steps, "> " quoted lines, `code`), curly quotes and apostrophes, en and em dashes, non-breaking hyphens and
 * spaces, soft hyphens and zero-width spaces, a byte-order mark, emoji and shortcodes (":wave:", ":mag:"), ALL CAPS,
 * several lines in one message, addresses in "<…>" and "mailto:", phone numbers written with dots, slashes, non-breaking
 * spaces or Unicode dashes, and canned messages whose template fields were never filled ("{{agent_name}}",
 * "[LIBRARY NAME]", "%FIRSTNAME%", "%DAYS%").
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - markup is read as the patron saw it: an entity as its character, a tag as the formatting it made (a "<p>" or "<br>"
 *   a line break), Markdown emphasis as the words it emphasises, a shortcode as the emoji it stood for;
 * - an unfilled template field names no one and gives nothing: "You are chatting with {{agent_name}}" does not say who is
 *   answering, "Thanks for contacting [Library Name]" names no library, "within %DAYS% business days" says no when, and
 *   a canned "{{closing_message}}" thanks no one; but the rest of a half-filled canned message counts ("Welcome to
 *   [LIBRARY NAME] chat! I'm Tomás" names the provider, "Thank you for contacting %LIBRARY%. Goodbye!" thanks);
 * - a link's text is not its address: "[click here]()" or "<a>click here</a>" with no address gives no source, and
 *   "email <a href=\"mailto:\">Accessibility Services</a>" gives no way to reach the office; the same link with an address
 *   ("<a href=\"https://…\">click here</a>", "[Writing Center](mailto:…)") gives it;
 * - a line quoted with "> " in a provider message is the words of a screen, not the provider's: "If the page sits on
 *   \n> Please wait, loading your results…\n…clear the cache" is no hold message;
 * - "**Chat limit reached.** You've reached the limit of questions for one session" tells the patron they reached a
 *   limit; "several patrons are waiting … could you start a new chat in a little while" is the allowed polite form;
 * - a message that answers but whose only link lost its address ("Group rooms are booked online: [click here]()") is
 *   still the first answer, so a "Did that help?" in it asks about what was given (the completeness check applies
 *   because info.source fails, not na);
 * - "THATS ALL I NEEDED" in capitals, "that&#39;s all I needed" with its entity say the patron is done, and so does a
 *   bare "thats all" / "that is all" after the answer (it says, explicitly, that there is nothing more).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, at, chat, check, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR = 3600;
const ANA = who('Ana Lima', 'ana');

export const whole: SessionCase[] = [
  // ---- entities, tags and Markdown around an ordinary good session ---------------------------------------------------
  {
    name: 'Millbrook PL, a large-print hold: every apostrophe and dash an entity ("I&#39;m", "e&#8209;book", "&ndash;", "&amp;", "&hellip;"), good session',
    lines: [
      [0, 'p', 'hi do you have &quot;The Women&quot; by Kristin Hannah? is it checked out'],
      [38, 'l', 'Hi there! I&#39;m Dana, a librarian at Millbrook Public Library.'],
      [44, 'l', 'Are you looking for the print book, or would the e&#8209;book or audiobook work too?'],
      [75, 'p', 'print pls, large print if u have it'],
      [84, 'l', 'Let me check the catalog&hellip;'],
      [170, 'l', 'Our catalog shows 2 large&#8209;print copies&nbsp;&ndash; one is on the shelf at Main right now. You can place a hold at millbrook.bibliocommons.com &amp; pick it up in 2&ndash;3 days. Does that answer your question?'],
      [215, 'p', 'yes that&#39;s all I needed, thx!!'],
      [221, 'l', 'You&#39;re welcome! Happy reading &amp; thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'AskUsNow, a passport renewal: a canned "<p>Hello and welcome…</p><p>My name is Marcus…</p>", "<br>" in a question, the answer in <p>s with an <a href> to the State Department page',
    lines: [
      [0, 'p', 'I need to renew my passport, can the library help?'],
      [22, 'l', '<p>Hello and welcome to AskUsNow!</p><p>My name is Marcus and I&#39;m a librarian in Montgomery County.</p>'],
      [28, 'l', 'Is this a renewal of an adult passport that&#39;s still in your possession,<br>or was it lost or issued more than 15 years ago?'],
      [70, 'p', 'its expired like 3 yrs ago, i still have it'],
      [80, 'l', '<p>Then you can renew by mail with Form DS&#8209;82.</p><p>The steps and the form are on <a href="https://travel.state.gov/content/travel/en/passports/have-passport/renew.html">the State Department&#39;s renewal page</a>.</p><p>Did that help?</p>'],
      [130, 'p', 'yep, perfect'],
      [136, 'l', 'Is there anything else I can help you with today?<br>'],
      [160, 'p', 'nope thats it'],
      [165, 'l', '<p>Thanks for chatting with us!<br>Goodbye.</p>'],
    ],
    exp: usual(),
  },
  {
    name: 'Westfield College, microplastics articles in Markdown: "**Hi!** I’m Priya … :wave:", "_One moment please_ … :mag:", a bulleted answer with a [link](url) and `code`, "Does this completely answer your question?"',
    lines: [
      [0, 'p', 'hey i need peer reviewed articles on microplastics in rivers for my enviro sci paper'],
      [31, 'l', '**Hi!** I’m Priya from the Westfield College Library :wave:'],
      [36, 'l', 'Do your articles need to be from the last 5 years, and is there a minimum number you need?'],
      [90, 'p', 'last 10 yrs is fine, need like 5'],
      [97, 'l', '_One moment please_ while I run a quick search :mag:'],
      [205, 'l', 'Here are two good places to start:\n- **GreenFILE** (on [the A–Z databases list](https://library.westfield.edu/az))\n- **Web of Science**: try `microplastic* AND (river* OR freshwater)` and tick *Peer reviewed*\n\nDoes this completely answer your question?'],
      [260, 'p', 'yes thank u so much'],
      [264, 'l', 'Anything else I can help with today? :slightly_smiling_face:'],
      [290, 'p', 'no that&#39;s it'],
      [296, 'l', 'Thanks for stopping by, good luck with the paper! :wave:'],
    ],
    exp: usual(),
  },
  {
    name: 'Oakdale PL, an FDR quotation: curly quotes and em dashes everywhere ("Good evening — you’re chatting with Ruth", “first inaugural”), good session',
    lines: [
      [0, 'p', 'Who said “The only thing we have to fear is fear itself” — and when?'],
      [17, 'l', 'Good evening — you’re chatting with Ruth, reference librarian at Oakdale Public Library.'],
      [23, 'l', 'Do you need the original source — like a transcript of the speech — or just the name and date?'],
      [58, 'p', 'the transcript would be great, it’s for a history project'],
      [64, 'l', 'That’s from Franklin D. Roosevelt’s first inaugural address, March 4, 1933. The full text is on the American Presidency Project at presidency.ucsb.edu — search “first inaugural”. Is that what you were looking for?'],
      [110, 'p', 'Yes!! That’s everything, thank you'],
      [116, 'l', 'Thanks for asking — good night!'],
    ],
    exp: usual(),
  },
  // ---- template fields left unfilled -------------------------------------------------------------------------------------
  {
    // reading: an unfilled "{{agent_name}}" names no one, and nothing else in the first two provider messages does
    name: 'Harris County, a card online: "Hello! You are chatting with {{agent_name}}. How can I help you today?" names no one: greeting fails',
    lines: [
      [0, 'p', 'hi can i get a library card online'],
      [26, 'l', 'Hello! You are chatting with {{agent_name}}. How can I help you today?'],
      [60, 'p', 'a library card, online?'],
      [68, 'l', 'Sure. Do you live or work in the county? Residents can sign up online; others need to come in.'],
      [100, 'p', 'yes i live in katy'],
      [108, 'l', 'Great, you can apply at hcpl.net/card. It takes about 5 minutes and you get a digital card number right away. Does that answer your question?'],
      [140, 'p', 'yes thanks thats all'],
      [146, 'l', 'Thank you for using our chat, have a great day!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: the half-filled canned greeting still names Tomás; the canned goodbye still thanks and says goodbye
    name: 'a deed copy: "Welcome to [LIBRARY NAME] chat! I’m Tomás", the Recorder at "602.506.3535" (dots), "Thank you for contacting %LIBRARY%. Goodbye!"',
    lines: [
      [0, 'p', 'Good morning, I am trying to find the phone number for the county recorder&#39;s office to get a copy of my deed'],
      [44, 'l', 'Welcome to [LIBRARY NAME] chat! I’m Tomás, one of the reference librarians.'],
      [50, 'l', 'Which county is the property in?'],
      [80, 'p', 'Maricopa'],
      [88, 'l', 'The Maricopa County Recorder&#39;s Office handles deeds. You can call them at 602.506.3535 or search and order copies online at recorder.maricopa.gov. Does that help?'],
      [130, 'p', 'yes that&#39;s exactly what I needed, that is all'],
      [136, 'l', 'Thank you for contacting %LIBRARY%. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "by {{due_date}}" says no when; the address is read back, so only the when is missing
    name: 'Vermont State Library, an 1880 census entry: the scans promised "by {{due_date}}" (unfilled), e-mail read back: contact fails; sent at 20 h',
    lines: [
      [0, 'p', 'Can you find out whether the 1880 census lists a Josiah Pettibone in Addison County VT?'],
      [45, 'l', 'Good morning! I&#39;m Walt, reference librarian at the Vermont State Library.'],
      [52, 'l', 'Do you know his approximate age or the town he lived in?'],
      [100, 'p', 'born around 1840, maybe Middlebury'],
      [108, 'l', 'Let me take a look — one moment.'],
      [220, 'l', 'FamilySearch (familysearch.org) has the 1880 census free; I found a J. Pettibone in Middlebury but the image is hard to read. I&#39;ll check our microfilm copy and email you what I find by {{due_date}}. What email should I use?'],
      [260, 'p', 'janepettibone@vermontel.net'],
      [266, 'l', 'Thanks, I have janepettibone@vermontel.net. Does the FamilySearch record help in the meantime?'],
      [300, 'p', 'yes it does, thanks!'],
      [306, 'l', 'Anything else I can help with?'],
      [330, 'p', 'no thats all'],
      [336, 'l', 'Thanks for contacting the Vermont State Library. Goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(336 + 20 * HOUR), by: 'jo', note: 'microfilm scans sent' }] },
    exp: usual({ contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'Seattle PL, Memorial Day: picked up at 61 s with "Hi, welcome to {{library_name}}! I&#39;m Sam.": pickup fails, greeting passes on the name',
    lines: [
      [0, 'p', 'is the library open on memorial day'],
      [61, 'l', 'Hi, welcome to {{library_name}}! I&#39;m Sam.'],
      [66, 'l', 'Which branch do you usually visit?'],
      [90, 'p', 'northgate'],
      [97, 'l', 'All branches, including Northgate, are closed Monday, May 25 for Memorial Day; holiday closures are listed at spl.org/hours. Does that answer your question?'],
      [120, 'p', 'yep thats all i needed thanks'],
      [126, 'l', 'Thank you, have a good holiday!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  // ---- contacts written in other characters ------------------------------------------------------------------------------
  {
    name: 'Lakewood PL, a 1099-G: ODJFS at "1‑877‑644‑6562" (non-breaking hyphens) and "Mon–Fri, 8–5", a referral with its number',
    lines: [
      [0, 'p', 'where can i get a 1099-G form, unemployment one'],
      [35, 'l', 'Hi, welcome to Ask a Librarian at Lakewood Public Library, this is Jen.'],
      [40, 'l', 'Which state did you get unemployment benefits from?'],
      [66, 'p', 'ohio'],
      [74, 'l', 'Ohio posts your 1099\u2011G in your online account at unemployment.ohio.gov under 1099\u2011G Tax Information. If it’s missing or wrong, call ODJFS at 1\u2011877\u2011644\u20116562 (Mon–Fri, 8–5). Did that answer your question?'],
      [120, 'p', 'yes thats all i needed ty'],
      [126, 'l', 'Thanks for using Ask a Librarian — take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Lakeshore College, a transcript: "write to the Registrar at <registrar@lakeshore.edu>" (the address in angle brackets) refers with a contact',
    lines: [
      [0, 'p', 'Hi, how do I get an official transcript sent to another school?'],
      [28, 'l', 'Hello! This is Anders at the Lakeshore College Library help desk.'],
      [33, 'l', 'Is this a transcript from Lakeshore, and do you need it sent electronically or on paper?'],
      [75, 'p', 'from lakeshore, electronic'],
      [83, 'l', 'Transcripts are handled by the Registrar’s Office, not the library. You can order an e\u2011transcript through the Parchment link on lakeshore.edu/registrar, or write to the Registrar at <registrar@lakeshore.edu> if you have questions about holds on your record. Does that help?'],
      [125, 'p', 'great, that is everything thank you'],
      [130, 'l', 'Thanks for chatting with us. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // v25 Z1 completeness ("the rest of"): "Does NewsBank cover the rest of what you need for now?" asks about what was given
    name: 'Dayton Metro, 1978 blizzard clippings: the patron types "<m.ferreira77@gmail.com>", read back in **bold**, scans "by **Thursday, 5&nbsp;pm**"; sent at 30 h',
    lines: [
      [0, 'p', 'I need old newspaper articles on the 1978 Blizzard in Dayton, are there any online?'],
      [42, 'l', 'Hi! I&#39;m Kofi, a librarian with Dayton Metro Library&#39;s Ask Us service.'],
      [49, 'l', 'Are you looking for the Dayton Daily News specifically, or any coverage? And do you need the articles themselves or just citations?'],
      [96, 'p', 'dayton daily news, actual articles if possible'],
      [104, 'l', 'Let me check what we have digitized — one moment please.'],
      [200, 'l', 'The Dayton Daily News archive (1898–2008) is in our **NewsBank** database at daytonmetrolibrary.org/research — log in with your card. Some January 1978 pages are missing there, so I&#39;ll pull those from our microfilm. Could I email you the scans? What&#39;s the best address?'],
      [250, 'p', 'sure, it&#39;s <m.ferreira77@gmail.com>'],
      [258, 'l', 'Got it: **m.ferreira77@gmail.com**. I&#39;ll send the scans by **Thursday, 5&nbsp;pm**. Does NewsBank cover the rest of what you need for now?'],
      [300, 'p', 'yes, thank you!'],
      [306, 'l', 'Great. Is there anything else I can help with today?'],
      [330, 'p', 'no, that&#39;s all'],
      [336, 'l', 'Thanks for using Ask Us! Bye.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(336 + 30 * HOUR), by: 'jo', note: 'microfilm scans sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Iowa statewide chat, donated quilts: the patron pastes "(319)\\u00a0555\\u20110142", read back, their local history team "will call you by **Wednesday**"; not yet recorded',
    lines: [
      [0, 'p', 'hello, my grandmother donated her quilts to the Iowa City library in the 90s and we want to know if they are still there'],
      [50, 'l', 'Good afternoon! You&#39;ve reached Iowa’s statewide Ask a Librarian service — I&#39;m Beth.'],
      [57, 'l', 'Do you know roughly what year she donated them, and her name at the time?'],
      [110, 'p', '1994 or 95, Ruth Vanderlinden'],
      [118, 'l', 'Thank you. Donation records like that are kept by the Iowa City Public Library itself, so I can’t see them from here. I can pass your question to their staff. What phone number should they use to reach you?'],
      [170, 'p', '(319)\u00a0555\u20110142'],
      [178, 'l', 'Thanks — that’s (319)\u00a0555\u20110142. I’ve sent your question to Iowa City Public Library; someone from their local history team will call you by **Wednesday**. In the meantime, their digital collections are at history.icpl.org. Does that help for now?'],
      [230, 'p', 'yes thank you so much'],
      [236, 'l', 'Is there anything else I can help you with?'],
      [260, 'p', 'no that is all'],
      [266, 'l', 'You’re welcome. Thanks for chatting, goodbye!'],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  // ---- idle endings in canned HTML, and a quoted screen ------------------------------------------------------------------
  {
    name: 'Brookfield Library, renewing online: the patron gone after the <a href> steps; "<p><b>Are you still there?</b></p>" at 130 s, "<p>It looks like you&#39;ve disconnected. This chat will now close.</p><p>Feel free to start a new chat anytime!</p>" at 205 s',
    lines: [
      [0, 'p', 'how do i renew my books online'],
      [20, 'l', '<b>Hi!</b> This is Grace at the Brookfield Library chat.'],
      [26, 'l', 'Are these print books, or e-books you borrowed on Libby?'],
      [60, 'p', 'print'],
      [70, 'l', 'Great. Sign in at <a href="https://brookfield.bibliocommons.com/user/login">My Account</a>, open <i>Checked Out</i>, tick the items and click <b>Renew</b>. Items with holds on them can’t be renewed. Did that work?'],
      [200, 'l', '<p><b>Are you still there?</b></p>'],
      [275, 'l', '<p>It looks like you&#39;ve disconnected. This chat will now close.</p><p>Feel free to start a new chat anytime!</p>'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the "> " line is the screen's words, not the provider's: the message is no hold, so waiting on the patron
    // (and the final idle, 190 s) begins there
    name: 'Fairview Library, a catalog stuck loading: the answer quotes the screen ("\\n> Please wait, loading your results…\\n"), no hold; the patron gone, check-in at 138 s, notice at 190 s',
    lines: [
      [0, 'p', 'the catalog keeps saying please wait and never loads'],
      [24, 'l', 'Hi, you’re chatting with Omar, a librarian at Fairview Library.'],
      [30, 'l', 'Are you on the library’s Wi‑Fi, or at home? And which browser are you using?'],
      [62, 'p', 'home, chrome'],
      [72, 'l', 'If the page sits on\n> Please wait, loading your results…\nfor more than a minute, clear Chrome’s cache (Settings → Privacy → Clear browsing data) and reload fairview.bibliocommons.com. Does that fix it?'],
      [210, 'l', 'Are you still with me?'],
      [262, 'l', 'It seems you’ve disconnected, so I’ll end the chat now. Come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: only the question and an emoticon; the provider sent a greeting, a check-in and a disconnect notice: no
    // substantive exchange. The notice invites back, so the final idle (30 s to 230 s) ends there.
    name: 'Ask Now, a Lost Call: "what&#39;s the dewey number for knitting?? &lt;3", a <p> greeting, check-in at 160 s, "…I&#39;ll close this session now.</p><p>Feel free to come back anytime!</p>"',
    lines: [
      [0, 'p', 'what&#39;s the dewey number for knitting?? &lt;3'],
      [30, 'l', '<p>Hi! Welcome to Ask Now — I&#39;m Kim, a librarian.</p>'],
      [160, 'l', '<p>Are you still there?</p>'],
      [230, 'l', '<p>It looks like you&#39;ve left the chat, so I&#39;ll close this session now.</p><p>Feel free to come back anytime!</p>'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass',
      idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  // ---- caps, emoji, lists and invisible characters -----------------------------------------------------------------------
  {
    name: 'Riverside County, Saturday hours in ALL CAPS: "Hi there :wave: This is Lee…", "**10–5**", "Did that answer your question? :blush:", "THATS ALL I NEEDED"',
    lines: [
      [0, 'p', 'HI WHAT TIME DOES THE EASTSIDE BRANCH OPEN ON SATURDAY'],
      [18, 'l', 'Hi there :wave: This is Lee at Riverside County Library.'],
      [23, 'l', 'We have two Eastside locations: do you mean Eastside on Grand Ave or Eastside Hills?'],
      [50, 'p', 'GRAND AVE'],
      [57, 'l', 'Eastside (Grand Ave) is open **10–5** this Saturday. All branch hours are at rivlib.net/hours. Did that answer your question? :blush:'],
      [85, 'p', 'YES THANK YOU THATS ALL I NEEDED'],
      [90, 'l', 'You’re welcome! Have a great weekend :sun_with_face: Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'KCLS, a 4th-grade biography: a byte-order mark before the patron\'s first word, "•" bullets over several lines, "cata\\u00adlog" with a soft hyphen, a zero-width space before "Great choice!"',
    lines: [
      [0, 'p', '\ufeffHi! My son needs a book for a 4th grade biography report, something about a scientist'],
      [33, 'l', 'Hello, welcome to Ask KCLS! I’m Sofia, a children’s librarian.'],
      [39, 'l', 'Does he have a favorite kind of science, and does the report need a chapter book or is a picture book OK?'],
      [90, 'p', 'he loves space. chapter book'],
      [98, 'l', 'Here are two he might like:\n• Who Was Neil Armstrong? by Roberta Edwards\n• Hidden Figures Young Readers’ Edition by Margot Lee Shetterly\nBoth are in our cata\u00adlog with copies at most branches. Would either of these work for the report?'],
      [150, 'p', 'the hidden figures one sounds perfect'],
      [157, 'l', '\u200bGreat choice! Is there anything else I can help you with today?'],
      [180, 'p', 'no thats all, thanks!'],
      [186, 'l', 'You’re welcome — thanks for chatting with KCLS, and happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'Cedar Valley Library, Libby to a Kindle: numbered Markdown steps with **libbyapp.com**, *Read with Kindle*, an emoji goodbye',
    lines: [
      [0, 'p', 'how do i get ebooks on my kindle from the library??'],
      [29, 'l', 'Hi! Thanks for contacting Cedar Valley Library — this is Nadia.'],
      [35, 'l', 'Is it a Kindle e\u2011reader (like a Paperwhite) or the Kindle app on a phone or tablet? And are you in the US?'],
      [80, 'p', 'paperwhite, yes US'],
      [88, 'l', 'Okay, here’s how:\n1. Go to **libbyapp.com** and add *Cedar Valley Library* with your card number\n2. Borrow a book and choose **Read with Kindle**\n3. You’ll be sent to Amazon — click *Get Library Book* and it goes to your Paperwhite over Wi‑Fi\n\nDoes that answer your question?'],
      [140, 'p', 'it worked!!! thank u'],
      [146, 'l', 'Yay! Anything else I can help with?'],
      [170, 'p', 'nope, all set'],
      [175, 'l', 'Great — thanks for chatting, enjoy your book! 📚'],
    ],
    exp: usual(),
  },
  {
    // v25 Z1 `markdownZ1`: "_Let me check…_" was no hold ("_" is a word character, so "\blet" never matched)
    name: 'Hamilton East PL, a Chilton manual: "_Let me check our databases…_" then 125 s of silence: keep_informed fails',
    lines: [
      [0, 'p', 'do you have the Chilton repair manual for a 2009 honda civic'],
      [28, 'l', '**Hello!** I&#39;m Derek, a librarian at Hamilton East Public Library.'],
      [33, 'l', 'Are you okay with the online version, or do you need the printed manual?'],
      [60, 'p', 'online is fine'],
      [66, 'l', '_Let me check our databases…_'],
      [191, 'l', 'Yes: our **ChiltonLibrary** database has the 2009 Civic. Go to hepl.lib.in.us/research, pick ChiltonLibrary and sign in with your card. Did that help?'],
      [230, 'p', 'yes thats everything thanks'],
      [236, 'l', 'Glad to help, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Tulsa City-County, a census table: "*Looking that up now…* :mag:" and "_Still searching — …_" 110 s apart, the answer 108 s later: keep_informed passes',
    lines: [
      [0, 'p', 'hi i need data on how many ppl in tulsa county speak vietnamese at home'],
      [40, 'l', 'Hi — Tulsa City-County Library, Marcy here.'],
      [46, 'l', 'Do you need the most recent numbers only, or a comparison over time?'],
      [80, 'p', 'most recent'],
      [88, 'l', '*Looking that up now…* :mag:'],
      [198, 'l', '_Still searching — the census tables are slow today, thanks for hanging on!_'],
      [306, 'l', 'Found it: the American Community Survey 5\u2011year table C16001 on data.census.gov lists Vietnamese speakers for Tulsa County (about 4,100 people, 2022). Does that answer your question?'],
      [350, 'p', 'perfect, thats all i needed, thank you'],
      [356, 'l', 'Thanks for chatting with us, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'AskAway, a Frida Kahlo biography: "Hello 👋" at 52 s, "This is Jen, the AskAway librarian…" at 59 s, *italic* title, Spanish thanks',
    lines: [
      [0, 'p', 'hi im looking for a good biography of Frida Kahlo in spanish'],
      [52, 'l', 'Hello 👋'],
      [59, 'l', 'This is Jen, the AskAway librarian on duty tonight.'],
      [64, 'l', 'Is it for you or for a student, and do you prefer something short or a full-length biography?'],
      [110, 'p', 'for me, full length'],
      [118, 'l', '*Frida: una biografía de Frida Kahlo* by Hayden Herrera is the classic, in Spanish translation; our catalog at askaway.org/catalog shows a copy at Central. Is that what you were looking for?'],
      [160, 'p', 'si perfecto gracias, that&#39;s all I needed'],
      [166, 'l', 'De nada! Thanks for chatting with AskAway.'],
    ],
    exp: usual(),
  },
  // ---- a transfer, a dismissal, a polite queue ------------------------------------------------------------------------------
  {
    name: 'Eastfield University, an ILL error: "&quot;Invalid patron ID&quot;", "I&#39;m transferring you … <i>One moment, please.</i>", a note "<b>@Ana</b> …", Ana\'s answer with "<https://…illiad…>"',
    lines: [
      [0, 'p', 'Hi, I need a book through interlibrary loan but the ILL form gives me an error'],
      [25, 'l', 'Hello! This is Jo at Eastfield University Libraries chat.'],
      [31, 'l', 'What does the error say, and which book are you requesting?'],
      [70, 'p', 'it says &quot;Invalid patron ID&quot;. the book is The Anthropocene Reviewed'],
      [80, 'l', 'Thanks. Our ILL specialist, Ana, can see your account — I&#39;m transferring you to her now. <i>One moment, please.</i>'],
      [84, 'i', '<b>@Ana</b> patron gets &quot;Invalid patron ID&quot; on the ILL form, wants The Anthropocene Reviewed. Can you check their account?'],
      [88, 's', 'Chat transferred to Ana Lima', sys('transfer', 'ana')],
      [150, 'l', 'Hi, Ana from Interlibrary Loan here. Your account was missing its ILL profile; I’ve fixed it and placed the request for you. You can track it under *My Requests* at <https://eastfield.illiad.oclc.org/illiad/>. Is that what you needed?', ANA],
      [200, 'p', 'yes!! thank you, thats all i needed'],
      [206, 'l', 'You&#39;re welcome, thanks for your patience. Bye!', ANA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "You've reached the limit of questions for one session, so I'm ending the chat now" with no way back
    // v25 Z1 `markdownZ1`: "_Goodbye._" was no goodbye
    name: 'Idaho chat, Boise then three more questions: "**Chat limit reached.** You&#39;ve reached the limit of questions for one session…", "_Goodbye._": dismissal fails',
    lines: [
      [0, 'p', 'whats the population of boise idaho'],
      [30, 'l', 'Hi, this is Carla with the Idaho Libraries chat.'],
      [36, 'l', 'Do you want the city itself or the whole metro area?'],
      [60, 'p', 'city'],
      [68, 'l', 'Boise city had 235,684 people in the 2020 Census (census.gov/quickfacts/boisecityidaho). Does that answer your question?'],
      [100, 'p', 'yes. also what is the state bird and capital of montana and when was boise founded'],
      [110, 'l', '**Chat limit reached.** You&#39;ve reached the limit of questions for one session, so I&#39;m ending the chat now.'],
      [114, 'l', '_Goodbye._'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    // reading: "several patrons are waiting … could you start a new chat in a little while … We'll gladly help then" is the
    // allowed form; nobody asked "anything else" and "ok sure" does not say the patron is done
    name: 'Pine County, left-handed crochet: "<i>The Left-Handed Crochet Book</i>", then "several patrons waiting in the queue … &ndash; could you start a new chat in a little while … &amp; class?": no dismissal',
    lines: [
      [0, 'p', 'Hi, do you have any books on learning to crochet for left-handed people?'],
      [55, 'l', 'Hi! Thanks for your patience — I&#39;m Rosa, a librarian at Pine County Library.'],
      [60, 'l', 'Are you a complete beginner, and do you prefer books or videos?'],
      [90, 'p', 'beginner, books'],
      [98, 'l', 'Try <i>The Left-Handed Crochet Book</i> by Elaine Hall (two copies at Central), or search &quot;left-handed crochet&quot; in our catalog at pinecolib.org. Did that help?'],
      [130, 'p', 'yes thanks! can you also help me find patterns for baby blankets, and maybe a knitting class near me'],
      [140, 'l', 'I&#39;m happy to! There are several patrons waiting in the queue right now, though &ndash; could you start a new chat in a little while for the patterns &amp; class? We&#39;ll gladly help then.'],
      [170, 'p', 'ok sure'],
      [176, 'l', 'Thanks so much for understanding, see you soon!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- links that lost their address -----------------------------------------------------------------------------------------
  {
    // reading: "[click here]()" has no address and the message names no resource: no source; it still answers, so its
    // "Did that help?" asks about what was given
    name: 'Hartwell College, a group study room: "Group rooms are booked online: [click here]() …" gives no address: source fails',
    lines: [
      [0, 'p', 'Where do I find the form to request a study room?'],
      [20, 'l', 'Hi there! This is Ben at the Hartwell College Library.'],
      [26, 'l', 'Is it for a group, or just you?'],
      [45, 'p', 'group of 4'],
      [52, 'l', 'Group rooms are booked online: [click here]() and choose a room for 4+. Did that help?'],
      [90, 'p', 'the link doesnt go anywhere'],
      [98, 'l', 'Sorry about that! Try refreshing the page. Anything else I can help with?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thanks, have a good day!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // reading: "email <a href=\"mailto:\">Accessibility Services</a>" gives no address; the guide's URL is the library's
    // guide, not the office's
    name: 'Northgate CC, exam accommodations: "Please email <a href=\\"mailto:\\">Accessibility Services</a>" has no address: referral fails; the ADHD guide is a source',
    lines: [
      [0, 'p', 'hi, i need extra time on exams bc of my adhd, does the library do that'],
      [35, 'l', 'Hello! You&#39;re chatting with Mira, a librarian at Northgate Community College.'],
      [41, 'l', 'Have you already registered with the college as a student with a disability, or would this be your first request?'],
      [90, 'p', 'first time'],
      [98, 'l', 'Exam accommodations are arranged by Accessibility Services, not the library. Please email <a href="mailto:">Accessibility Services</a> to set up an intake appointment. Meanwhile, our <a href="https://ncc.libguides.com/adhd">ADHD study skills guide</a> has tips. Does that help?'],
      [140, 'p', 'yes thank you thats everything'],
      [146, 'l', 'Good luck, and thanks for reaching out!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

/** A question asked and clarified, for the short cases about what comes after. */
const BEES: Line[] = [
  [0, 'p', 'do you have any books on beekeeping for beginners'],
  [25, 'l', 'Hi, this is Ruth at Elm Grove Library. Are you looking for a book to borrow, or an e-book?'],
  [50, 'p', 'to borrow'],
];
const BEES_ANSWER = 'The Beekeeper’s Bible and Beekeeping for Dummies are both on the shelf at Main (call number 638.1).';

export const short: SessionCase[] = [
  // ---- who is answering ------------------------------------------------------------------------------------------------------
  {
    name: '"Hi! My name is {{agent_name}}. What can I help you with?" then "Which branch…?": no one named, greeting fails',
    lines: [[0, 'p', 'hi is the library open on sunday'], [20, 'l', 'Hi! My name is {{agent_name}}. What can I help you with?'], [40, 'p', 'sunday hours'], [48, 'l', 'Which branch do you mean?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Hello, this is %AGENT_FIRST_NAME% — how may I help?" names no one: greeting fails',
    lines: [[0, 'p', 'need help with my account pin'], [15, 'l', 'Hello, this is %AGENT_FIRST_NAME% — how may I help?'], [30, 'p', 'forgot my pin'], [38, 'l', 'No problem. Do you still have access to the email on your account?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    // v25 Z1 `templateFieldsZ1`: "[Library Name]" read as a library's name
    name: '"Thanks for contacting [Library Name]! How can I help?" names no library: greeting fails',
    lines: [[0, 'p', 'do you have passport photos'], [12, 'l', 'Thanks for contacting [Library Name]! How can I help?'], [30, 'p', 'passport photos, do you take them'], [36, 'l', 'Sure, one moment while I check.']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Welcome to [LIBRARY NAME]! You’re chatting with Omar." names Omar: greeting passes',
    lines: [[0, 'p', 'do you have passport photos'], [12, 'l', 'Welcome to [LIBRARY NAME]! You’re chatting with Omar.'], [30, 'p', 'passport photos, do you take them'], [36, 'l', 'Which branch would you go to?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"<b>Hi!</b> I&#39;m Keisha, the librarian on duty." greets and names: greeting passes',
    lines: [[0, 'p', 'can i print from my phone at the library'], [14, 'l', '<b>Hi!</b> I&#39;m Keisha, the librarian on duty.'], [19, 'l', 'Which branch will you be at?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"**Welcome to Ask a Librarian!** :wave:" then "How can I help?": the service is named, greeting passes',
    lines: [[0, 'p', 'hi'], [10, 'l', '**Welcome to Ask a Librarian!** :wave:'], [14, 'l', 'How can I help?']],
    exp: some({ greeting: 'pass' }),
  },
  // ---- sources and links ---------------------------------------------------------------------------------------------------
  {
    name: '"You can request it <a>here</a>" (an anchor with no address) gives no source',
    lines: [[0, 'p', 'how do i suggest the library buy a book'], [20, 'l', 'Hi, Jo at Brampton Library here. Is it a print book or an e-book you want us to buy?'], [40, 'p', 'print'], [48, 'l', 'You can request it <a>here</a>, just fill in the title and author. Does that help?'], [80, 'p', 'ok thanks']],
    exp: some({ source: 'fail' }),
  },
  {
    name: '"You can request it <a href=\\"https://brampton.bibliocommons.com/suggest\\">here</a>" gives the address: source passes',
    lines: [[0, 'p', 'how do i suggest the library buy a book'], [20, 'l', 'Hi, Jo at Brampton Library here. Is it a print book or an e-book you want us to buy?'], [40, 'p', 'print'], [48, 'l', 'You can request it <a href="https://brampton.bibliocommons.com/suggest">here</a>, just fill in the title and author. Does that help?'], [80, 'p', 'ok thanks']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'an address in angle brackets, "<https://www.irs.gov/forms-pubs>", is a source',
    lines: [[0, 'p', 'where can i get a W-4'], [20, 'l', 'Hi, Jo at Brampton Library here. Is it for this year?'], [40, 'p', 'yes'], [48, 'l', 'You can print it from <https://www.irs.gov/forms-pubs>. Does that help?'], [80, 'p', 'ok thanks']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // v25 Z1 `invisibleZ1`: the soft hyphen split the word ("cata log")
    name: '"Both are in our cata\\u00adlog" (a soft hyphen pasted from a web page) names the catalog: source passes',
    lines: [[0, 'p', 'do you have anything on the history of the erie canal'], [20, 'l', 'Hi, Jo at Brampton Library here. For a school project, or for you?'], [40, 'p', 'for me'], [48, 'l', 'Yes, there are several books on it in our cata\u00adlog. Search “Erie Canal history” and you’ll see them. Does that help?'], [80, 'p', 'ok thanks']],
    exp: some({ source: 'pass' }),
  },
  // ---- referrals and their contacts ---------------------------------------------------------------------------------------
  {
    // v25 Z1 `markdownZ1`: the link's brackets hid the referral (na)
    name: '"[email the Writing Center](mailto:)" has no address: referral fails',
    lines: [[0, 'p', 'can someone look at my essay before i turn it in'], [25, 'l', 'Hi, Jo at Dunmore University Library. Is it for a class due soon?'], [45, 'p', 'friday'], [55, 'l', 'The library doesn’t review essays, but the Writing Center does. Please [email the Writing Center](mailto:) to book a session. Does that help?'], [80, 'p', 'ok thanks']],
    exp: some({ referral: 'fail' }),
  },
  {
    // v25 Z1 `markdownZ1`: the link's brackets hid the referral (na)
    name: '"[email the Writing Center](mailto:writingcenter@dunmore.edu)" gives the address: referral passes',
    lines: [[0, 'p', 'can someone look at my essay before i turn it in'], [25, 'l', 'Hi, Jo at Dunmore University Library. Is it for a class due soon?'], [45, 'p', 'friday'], [55, 'l', 'The library doesn’t review essays, but the Writing Center does. Please [email the Writing Center](mailto:writingcenter@dunmore.edu) to book a session. Does that help?'], [80, 'p', 'ok thanks']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"contact [Legal Aid of Nebraska](https://www.legalaidofnebraska.org)" refers with its site: referral passes',
    lines: [[0, 'p', 'my landlord is keeping my whole deposit what can i do'], [25, 'l', 'Hi, this is Jo with Omaha Public Library. Did you move out more than 14 days ago?'], [45, 'p', 'yes a month ago'], [55, 'l', 'Nebraska law gives the landlord 14 days to return it or list deductions. You can contact [Legal Aid of Nebraska](https://www.legalaidofnebraska.org) for free help with that. Does that help?'], [80, 'p', 'yes thanks']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'the city\'s 311 office "at 505/768-5100" (a slash) is a phone number: referral passes',
    lines: [[0, 'p', 'who do i call about a pothole on my street'], [25, 'l', 'Hi, Jo at Albuquerque Public Library here. Is it a city street or a state highway?'], [45, 'p', 'city street'], [55, 'l', 'Call the city’s 311 Citizen Contact Center at 505/768-5100 to report it. Does that help?'], [80, 'p', 'yes thanks']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'Social Security "at 800–772–1213" (en dashes) is a phone number: referral passes',
    lines: [[0, 'p', 'how do i replace my social security card'], [25, 'l', 'Hi, Jo at Fresno County Library here. Is it lost, or do you need a name change on it?'], [45, 'p', 'lost'], [55, 'l', 'You can request a replacement at ssa.gov/myaccount, or call Social Security at 800–772–1213 if you can’t do it online. Does that help?'], [80, 'p', 'yes thanks']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'the IRS "at 1\\u00a0800\\u00a0829\\u00a01040" (non-breaking spaces) is a phone number: referral passes',
    lines: [[0, 'p', 'i never got my tax refund'], [25, 'l', 'Hi, Jo at Fresno County Library here. Did you file more than 3 weeks ago?'], [45, 'p', 'yes in march'], [55, 'l', 'Check Where’s My Refund at irs.gov/refunds first. If it shows nothing, call the IRS at 1\u00a0800\u00a0829\u00a01040. Does that help?'], [80, 'p', 'yes thanks']],
    exp: some({ referral: 'pass' }),
  },
  // ---- completeness, anything else ------------------------------------------------------------------------------------------
  {
    // v25 Z1 `markdownZ1`: the "**" after the "?" ended no question
    name: '"**Did this answer your question?**" in bold asks: completeness passes',
    lines: [...BEES, [60, 'l', BEES_ANSWER], [64, 'l', '**Did this answer your question?**'], [90, 'p', 'yes']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Does that help?&nbsp;:slightly_smiling_face:" asks: completeness passes',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?&nbsp;:slightly_smiling_face:`], [90, 'p', 'yes']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"<p>Is there anything <b>else</b> I can help you with?</p>" asks: anything else passes',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [80, 'p', 'yes'], [86, 'l', '<p>Is there anything <b>else</b> I can help you with?</p>'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // v25 Z1 `invisibleZ1`: the soft hyphen split the word
    name: '"Is there any\\u00adthing else I can help with?" (a soft hyphen from a canned message) asks: anything else passes',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [80, 'p', 'yes'], [86, 'l', 'Is there any\u00adthing else I can help with?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron\'s "that&#39;s all I needed :)" says they are done: anything else passes',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [80, 'p', 'yes!! that&#39;s all I needed :)'], [86, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  // ---- idle endings ------------------------------------------------------------------------------------------------------
  {
    name: '"ARE YOU STILL THERE?" in capitals 130 s into a 135 s final idle: check-in passes, too short for the notice',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [190, 'l', 'ARE YOU STILL THERE?']],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"<p>It appears you have been disconnected.</p><p>This chat session will now end.</p>" at 200 s after a check-in: both pass',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [185, 'l', '<i>Are you still with us?</i>'], [260, 'l', '<p>It appears you have been disconnected.</p><p>This chat session will now end.</p>']],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the notice does not say the session will end, and it asks nothing
    name: 'near miss: only "<i>It looks like you may have disconnected.</i><br>" at 200 s: no check-in, no notice that the chat will end',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [260, 'l', '<i>It looks like you may have disconnected.</i><br>']],
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'near miss: the last two provider messages an answer and an unfilled "{{closing_message}}": courteous fails',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [80, 'p', 'yes, that&#39;s all'], [86, 'l', '{{closing_message}}']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Thank you for chatting with {{library_name}}! :wave:" still thanks: courteous passes',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [80, 'p', 'yes, that&#39;s all'], [86, 'l', 'Thank you for chatting with {{library_name}}! :wave:']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- holds --------------------------------------------------------------------------------------------------------------
  {
    name: '":hourglass_flowing_sand: _checking the shelf list now…_" holds; the answer 115 s later: keep_informed passes',
    lines: [...BEES, [58, 'l', ':hourglass_flowing_sand: _checking the shelf list now…_'], [173, 'l', `${BEES_ANSWER} Does that help?`], [200, 'p', 'yes thanks']],
    exp: some({ informed: 'pass' }),
  },
  // ---- follow-ups -----------------------------------------------------------------------------------------------------------
  {
    name: 'a promise "by <b>Friday</b>" to "<dmorales@gmail.com>" the patron typed: contact passes',
    lines: [...BEES, [60, 'l', 'We don’t have it on the shelf, but I can get a list of local beekeeping clubs. What’s your email?'], [90, 'p', '<dmorales@gmail.com>'], [96, 'l', 'Thanks! I’ll email the list to dmorales@gmail.com by <b>Friday</b>.'], [120, 'p', 'great thanks']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    name: '"I’ll e\\u2011mail you within 48&nbsp;hours" (a non-breaking hyphen and space) to the address given: contact passes',
    lines: [...BEES, [60, 'l', 'I’ll need to ask our branch staff about that. What’s your email?'], [90, 'p', 'kpatel88@yahoo.com'], [96, 'l', 'Got it, kpatel88@yahoo.com. I’ll e\u2011mail you within 48&nbsp;hours.'], [120, 'p', 'great thanks']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // reading: an unfilled "%DAYS%" says no when
    name: 'near miss: "We’ll get back to you within %DAYS% business days" says no when: contact fails',
    lines: [...BEES, [60, 'l', 'I’ll need to ask our branch staff about that. What’s your email?'], [90, 'p', 'kpatel88@yahoo.com'], [96, 'l', 'Got it, kpatel88@yahoo.com. We’ll get back to you within %DAYS% business days.'], [120, 'p', 'great thanks']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    name: 'a call back "at 608.555.0199 tomorrow morning" (dots) to the number the patron gave: contact passes',
    lines: [...BEES, [60, 'l', 'Let me ask our branch manager and call you back. What number is best?'], [90, 'p', 'call me at 608.555.0199'], [96, 'l', 'Thanks, I’ll call you back at 608.555.0199 tomorrow morning.'], [120, 'p', 'great thanks']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
];

/** The near misses that guard this round's changes (each says which). */
export const guards: SessionCase[] = [
  {
    // near miss for `markdownZ1`: an underscore inside an address is no emphasis marker
    name: 'near miss: "email the Writing Center at writing_center@dunmore.edu" keeps its address: referral passes',
    lines: [[0, 'p', 'can someone look at my essay before i turn it in'], [25, 'l', 'Hi, Jo at Dunmore University Library. Is it for a class due soon?'], [45, 'p', 'friday'], [55, 'l', 'The library doesn’t review essays, but the Writing Center does. Please email the Writing Center at writing_center@dunmore.edu to book a session. Does that help?'], [80, 'p', 'ok thanks']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss for `markdownZ1`: a search wildcard and a "*" between spaces stay; the bolded resource is still named
    name: 'near miss: "search **Academic Search Complete** for `bee* AND pollinat*`" names the database: source passes, clarify before it',
    lines: [[0, 'p', 'i need articles about bees and pesticides'], [25, 'l', 'Hi, Jo at Dunmore University Library. Do they need to be scholarly?'], [45, 'p', 'yes'], [55, 'l', 'Search **Academic Search Complete** for `bee* AND pollinat* AND pesticide*` and tick *Scholarly (Peer Reviewed) Journals*. Does that help?'], [80, 'p', 'yes thanks, that is all i needed']],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    // near miss for `templateFieldsZ1`: the privacy placeholder "[name]" is the provider's name redacted, a name given
    // (reading: typed placeholders count as the detail present)
    name: 'near miss: "Hello! My name is [name]. How can I help?" (a redacted name, no template field): greeting passes',
    lines: [[0, 'p', 'hi is the library open on sunday'], [20, 'l', 'Hello! My name is [name]. How can I help?'], [40, 'p', 'sunday hours'], [48, 'l', 'Which branch do you mean?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for `templateFieldsZ1`: a Markdown link's text in brackets is no template field
    name: 'near miss: "Welcome to the [Elm Grove Library](https://elmgrove.org) chat, Priya here" names the library and Priya: greeting passes',
    lines: [[0, 'p', 'hi is the library open on sunday'], [20, 'l', 'Welcome to the [Elm Grove Library](https://elmgrove.org) chat, Priya here.'], [40, 'p', 'sunday hours'], [48, 'l', 'Which branch do you mean?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // near miss for `invisibleZ1`: a zero-width space between two words still separates them
    name: 'near miss: "Is there anything\\u200belse I can help with?" (a zero-width space between the words) asks: anything else passes',
    lines: [...BEES, [60, 'l', `${BEES_ANSWER} Does that help?`], [80, 'p', 'yes'], [86, 'l', 'Is there anything\u200belse I can help with?'], [100, 'p', 'no'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // near miss for Z1 completeness ("the rest of"): what the patron needs does not follow
    name: 'near miss: "Does NewsBank cover the rest of the 1978 issues?" asks about the database, not the need: completeness fails',
    lines: [...BEES, [60, 'l', 'Our NewsBank database at example.org/research has the Dayton Daily News.'], [64, 'l', 'Does NewsBank cover the rest of the 1978 issues? I can check if you like.'], [90, 'p', 'ok thanks']],
    exp: some({ complete: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-fourth round (Z1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fourth round (Z1): markup, encoding and pasted text, every check', whole);
describeSessions('twenty-fourth round (Z1): markup, encoding and pasted text, short cases', short);
describeSessions('twenty-fourth round (Z1): markup, encoding and pasted text, near misses of the changes', guards);

// A lone "*" is a search's wildcard, not Markdown emphasis: the evidence quotes the provider's search as written (the
// merge found v25's first form of `markdownZ1` dropping it, "nurs*," quoted as "nurs,").
describe('twenty-fourth round (Z1): markup read as shown, wildcards kept', () => {
  const search = 'I ran a search in CINAHL Complete for burnout AND nurs*, limited to scholarly journals.';
  it('quotes a wildcard search as the provider wrote it', () => {
    const t = chat([
      [0, 'p', 'I need articles on nurse burnout for my capstone'],
      [30, 'l', 'Hi, I am Jo at the county library. Is this for a nursing course?'],
      [60, 'p', 'yes'],
      [90, 'l', search],
    ]);
    const c = check(t, 'info.source');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.quote).join(' ')).toContain('nurs*,');
  });
  it('still reads paired emphasis as its words', () => {
    const t = chat([
      [0, 'p', 'I need articles on nurse burnout for my capstone'],
      [30, 'l', 'Hi, I am Jo at the county library. Is this for a nursing course?'],
      [60, 'p', 'yes'],
      [90, 'l', search],
      [120, 'l', '**Did this answer your question?**'],
    ]);
    const c = check(t, 'followup.completeness');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.quote).join(' ')).toContain('Did this answer your question?');
  });
});

describeLeft('twenty-fourth-round-markup', LEFT);
