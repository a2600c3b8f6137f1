/**
 * Whole sessions in the patterns a real statewide chat service shows and that neither the devset
 * nor unseen-styles.test.ts covers: canned welcome / queue / survey macros, several providers with
 * transfers, patrons who paste long text or links, providers who answer in short bursts,
 * question-only exchanges (homework, citations, database log-in, reading advisory), patrons who
 * leave first, sessions the system ends after idling, the many ways sources are cited, clarifying
 * questions phrased as statements, and follow-up promises with and without a time or a contact.
 * The statuses are what a literal reader of RUBRIC.md would give; only the checks each case is
 * about are listed.
 */
import type { Message } from '@askqa/contract';
import { at, describeSessions, type SessionCase } from './helpers';

const LEE: Partial<Message> = { author: 'Lee Park', authorId: 'lee' };
const DANA: Partial<Message> = { author: 'Dana Ross', authorId: 'dana' };

const cases: SessionCase[] = [
  // ---- canned / macro messages -------------------------------------------------------------
  {
    name: 'macro: a long welcome script that only greets, introduces and holds is no substantive exchange (Lost Call)',
    lines: [
      [0, 'p', 'I need the phone number for the county health department'],
      [5, 's', 'You are number 2 in the queue. A librarian will be with you shortly.'],
      [40, 'l', 'Welcome to Maryland AskUsNow! My name is Priya and I am a librarian with Howard County Library System. I am reading your question now and will be with you in just a moment, so please stay on the chat while I look into this for you.'],
      [400, 's', 'Patron has left the chat.', { event: 'patron_left' }],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: {
      'approachability.pickup': 'pass',
      'approachability.greeting': 'pass',
      'info.source': 'na',
      'inquiry.clarify': 'na',
      'interest.keep_informed': 'na',
      'closing.anything_else': 'na',
      'resolution.code': 'pass',
      'session.idle_checkin': 'na',
    },
  },
  {
    name: 'macro: a provider-role "a librarian will be with you shortly" before the recorded pickup; the greeting macro counts',
    lines: [
      [0, 'p', 'hi do you have the new james mcbride book'],
      [2, 'l', 'Thanks for contacting Ask Us Now! All of our librarians are helping other patrons right now. A librarian will be with you shortly.'],
      [150, 'l', 'Sorry for the wait! Do you want the print book, the e-book or the audiobook?'],
      [170, 'p', 'print'],
      [190, 'l', 'Our catalog shows 4 copies of The Heaven & Earth Grocery Store, all checked out; you can place a hold from its catalog page with your card number.'],
      [200, 'l', 'Is that what you were looking for?'],
      [230, 'p', 'yes that is all I needed'],
      [235, 'l', 'Thank you for using Ask Us Now! Before you go, please take our short survey. Goodbye!'],
    ],
    over: { pickedUpAt: at(150) },
    exp: {
      'approachability.pickup': 'fail',
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'closing.no_dismissal': 'pass',
      'closing.courteous': 'pass',
    },
  },
  {
    name: 'macro: "we will email you a copy of this transcript" promises no follow-up',
    lines: [
      [0, 'p', 'what are the hours of the north point branch on sunday'],
      [20, 'l', "Hi, I'm Ali at Baltimore County Public Library. North Point is open 1-5 on Sundays; every branch's hours are on bcpl.info under Locations."],
      [40, 'p', 'thanks'],
      [50, 'l', 'Thank you for chatting with us! We will email you a copy of this transcript for your records.'],
    ],
    exp: { 'followup.contact': 'na', 'followup.on_time': 'na', 'resolution.code': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'macro: "If you have any other questions, feel free to chat with us again" invites back, it does not ask',
    lines: [
      [0, 'p', 'can i return library books at any branch'],
      [20, 'l', "Hello, I'm Kai from the library. Yes, any branch takes them back; the returns page on our website explains it under Services > Returns."],
      [30, 'l', 'If you have any other questions, please feel free to chat with us again. Goodbye!'],
    ],
    exp: { 'closing.anything_else': 'fail', 'closing.courteous': 'pass' },
  },

  // ---- several providers, transfers and handoffs -------------------------------------------
  {
    name: 'two providers: transfer with a reason and a notice; the second librarian answers and closes',
    lines: [
      [0, 'p', 'do you have the 1950s sanborn fire insurance maps for frederick'],
      [20, 'l', "Hi, I'm Dana with Frederick County Public Libraries. Which part of Frederick are you interested in, downtown or a particular street?", DANA],
      [50, 'p', 'downtown, market street'],
      [60, 'l', "Our Maryland Room specialist knows those maps best, so I'm going to transfer you to her now. One moment please.", DANA],
      [65, 'i', 'Patron wants the 1950s Sanborn maps for downtown Frederick, Market St. Over to you Lee, thanks!', { authorId: 'dana' }],
      [70, 's', 'Chat transferred from Dana to Lee', { event: 'transfer', to: 'lee' }],
      [90, 'l', 'Hello, this is Lee in the Maryland Room. The 1950s Sanborn maps for Frederick are in the Sanborn Maps database on our website under Research > Databases > History.', LEE],
      [130, 'l', 'Were you able to find Market Street on sheet 12?', LEE],
      [160, 'p', 'yes found it, thanks that is all i needed'],
      [170, 'l', 'Glad it helped. Thanks for chatting, goodbye!', LEE],
    ],
    over: { provider: { id: 'dana', name: 'Dana Ross', library: 'FCPL' } },
    exp: {
      'transfer.handoff': 'pass',
      'referral.contact': 'na',
      'approachability.greeting': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'closing.courteous': 'pass',
      'interest.keep_informed': 'pass',
    },
  },
  {
    name: 'two providers: "my shift is ending, I\'m passing you to a colleague" is a handoff, not a dismissal; the receiver wrote the only note',
    lines: [
      [0, 'p', 'I need help finding peer reviewed articles on wind turbine noise'],
      [20, 'l', "Hi, I'm Dana, a librarian at the University of Maryland. Is this for a class paper or a thesis?", DANA],
      [50, 'p', 'class paper'],
      [60, 'l', 'My shift is ending, so I am passing you to my colleague Lee, who will be with you in a moment.', DANA],
      [65, 's', 'Chat transferred', { event: 'transfer', to: 'lee' }],
      [70, 'i', 'ok got it', { authorId: 'lee' }],
      [90, 'l', 'Hi, Lee here, picking up from Dana. Academic Search Ultimate and Scopus both cover it; search "wind turbine" AND noise AND health.', LEE],
      [100, 'l', 'Does that get you started?', LEE],
      [130, 'p', 'yes thanks'],
      [140, 'l', 'Anything else I can help with?', LEE],
      [160, 'p', 'no'],
      [165, 'l', 'Good luck with the paper!', LEE],
    ],
    over: { provider: { id: 'dana', name: 'Dana Ross', library: 'UMCP' } },
    exp: {
      'transfer.handoff': 'fail',
      'closing.no_dismissal': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'closing.courteous': 'pass',
    },
  },

  // ---- patrons who paste long text or URLs -------------------------------------------------
  {
    name: 'paste: a long assignment and a tracking link from the patron are no source; the patron\'s pasted "that is all" is not them being done',
    lines: [
      [0, 'p', 'Hi I need help with this assignment'],
      [20, 'l', "Hi! I'm Sam, a librarian at the university library. Could you paste the instructions?"],
      [40, 'p', 'Using at least three scholarly sources, write a 5-page paper on a public health issue. Cite in APA 7th edition. here is the link https://canvas.example.edu/courses/123/assignments/456?module_item_id=789'],
      [70, 'l', 'Which public health issue are you thinking of writing about?'],
      [90, 'p', 'vaping in teens'],
      [110, 'l', 'Start with CINAHL and PubMed from our A-Z Databases list at library.example.edu/az and search "electronic cigarettes" AND adolescents.'],
      [120, 'l', 'Does that give you enough to start with?'],
      [150, 'p', 'yes. the rubric also says: "Your reference list must be on its own page. That is it for formatting rules." so I am fine there'],
      [160, 'l', 'Good luck with the paper!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'paste: a patron\'s pasted citation with "Nothing else matters" in its title is not them being done',
    lines: [
      [0, 'p', 'can you check my apa citations'],
      [20, 'l', "Hello, I'm Raj, a reference librarian at Towson University. Sure, paste them in."],
      [40, 'p', 'Smith, J. (2019) Nothing else matters: Heavy metal and teen identity. Journal of Youth Studies 22(3), 301-318'],
      [70, 'l', 'The journal title and volume should be in italics, and the issue number goes in parentheses right after the volume. The Purdue OWL shows the pattern under APA Style > Reference List: Articles in Periodicals.'],
      [80, 'l', 'Does that make sense?'],
      [100, 'p', 'ok and this one: Lee, K. (2020). That\'s all she wrote: Endings in fiction. Penguin.'],
      [130, 'l', 'That one looks right. Happy writing!'],
    ],
    exp: { 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'fail', 'inquiry.clarify': 'fail' },
  },

  // ---- providers who answer in several short bursts ----------------------------------------
  {
    name: 'bursts: greeting and name in two messages, the answer in five short lines',
    lines: [
      [0, 'p', 'how do i renew my books online'],
      [15, 'l', 'hi!'],
      [18, 'l', "I'm Kim from Centerville Library"],
      [25, 'l', 'are they print books or ebooks?'],
      [40, 'p', 'print'],
      [50, 'l', 'ok'],
      [53, 'l', 'so'],
      [56, 'l', 'log in to your account on our catalog'],
      [60, 'l', 'catalog.centerville.org'],
      [64, 'l', 'then click My Account > Checked Out > Renew All'],
      [70, 'l', 'did that work?'],
      [120, 'p', 'yep all renewed, that is everything thanks'],
      [125, 'l', 'great, have a good one!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'closing.courteous': 'pass',
      'interest.keep_informed': 'pass',
    },
  },
  {
    name: 'bursts: the name comes only in the third message, too late for the greeting',
    lines: [
      [0, 'p', 'is the library open on labor day'],
      [15, 'l', 'Hello!'],
      [18, 'l', 'let me check that for you'],
      [40, 'l', "I'm Kim from the library, by the way. All branches are closed on Labor Day; the holiday closings are listed on our website under About > Hours & Holidays."],
      [60, 'p', 'thank you'],
      [65, 'l', 'Thanks for asking, bye!'],
    ],
    exp: { 'approachability.greeting': 'fail', 'info.source': 'pass', 'inquiry.clarify': 'fail', 'closing.courteous': 'pass' },
  },

  // ---- question-only exchanges -------------------------------------------------------------
  {
    name: 'homework: a clarifying request phrased as a statement, then the patron vanishes; check-in and notice',
    lines: [
      [0, 'p', 'i need help with my science fair project'],
      [20, 'l', "Hi there! I'm Ana, a librarian with AskUsNow."],
      [30, 'l', 'Tell me a bit more about your project and what grade it is for.'],
      [200, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've been disconnected, so I'll close this chat now. Please chat with us again anytime!"],
    ],
    exp: {
      'inquiry.clarify': 'pass',
      'info.source': 'fail',
      'followup.completeness': 'fail',
      'closing.anything_else': 'fail',
      'session.idle_checkin': 'pass',
      'session.disconnect_notice': 'pass',
      'closing.courteous': 'pass',
      'closing.no_dismissal': 'pass',
    },
  },
  {
    name: 'homework: "I\'d like to know which book your class is reading" clarifies before the source',
    lines: [
      [0, 'p', 'i need a summary of chapter 4 for english class'],
      [20, 'l', "Hi, I'm Theo, a librarian at Harford County Public Library. I'd like to know which book your class is reading."],
      [40, 'p', 'to kill a mockingbird'],
      [60, 'l', 'LitCharts has a free chapter-by-chapter guide: litcharts.com/lit/to-kill-a-mockingbird. Did that help?'],
      [90, 'p', 'yes'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no thanks'],
      [115, 'l', 'Bye!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass' },
  },
  {
    name: 'citation help: the Purdue OWL with the steps, "does that example match what you have?"',
    lines: [
      [0, 'p', 'how do i cite a website in mla 9'],
      [20, 'l', "Hello, I'm Raj, a reference librarian at Towson University."],
      [25, 'l', 'Is it a page with an author, or one from an organization?'],
      [50, 'p', 'organization, the CDC'],
      [70, 'l', 'For a page by an organization, MLA 9 starts with the title. The Purdue OWL has an example under MLA Style > MLA Formatting and Style Guide > Works Cited: Electronic Sources.'],
      [80, 'l', 'Does that example match what you have?'],
      [110, 'p', 'yes perfect'],
      [115, 'l', 'Is there anything else I can help with?'],
      [130, 'p', 'no thats it'],
      [135, 'l', 'Happy writing, bye!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'database log-in trouble: a domain in the answer, "let me know whether that gets you in"',
    lines: [
      [0, 'p', 'JSTOR keeps saying I do not have access when I click the link from home'],
      [20, 'l', 'Hi, this is Chris at the Albin O. Kuhn Library.'],
      [25, 'l', "Are you going through the library's proxy login, or straight to the JSTOR site?"],
      [50, 'p', 'straight to the site i think'],
      [60, 'l', "That's the problem: off campus, JSTOR only knows you through our proxy. Start from the Databases A-Z list at library.umbc.edu/databases, choose JSTOR and sign in with your campus ID."],
      [70, 'l', 'Let me know whether that gets you in.'],
      [120, 'p', 'yes that worked thank you'],
      [125, 'l', 'Great! Anything else today?'],
      [140, 'p', 'nope'],
      [145, 'l', 'Take care!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'database log-in trouble with no source: advice only, "let me know if you get in"',
    lines: [
      [0, 'p', 'my library card wont work for the online databases'],
      [20, 'l', "Hi, I'm Mo, a librarian at the county library. What message do you see when you log in?"],
      [50, 'p', 'invalid barcode'],
      [60, 'l', 'Type the 14-digit number with no spaces, and check that the card has not expired; cards need renewing every 3 years at the desk.'],
      [70, 'l', 'Let me know if you get in.'],
      [120, 'p', 'it worked'],
      [125, 'l', 'Great, bye!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'fail', 'followup.completeness': 'pass', 'closing.anything_else': 'fail' },
  },
  {
    name: 'reading advisory: titles "by" their authors are named books; "Do any of those sound good?" asks',
    lines: [
      [0, 'p', 'can you recommend some books like the hunger games for my 12 year old'],
      [20, 'l', "Hi! I'm Beth, a youth services librarian at Carroll County Public Library."],
      [30, 'l', 'Does she prefer more action, or more of the romance side of it?'],
      [60, 'p', 'action definitely'],
      [80, 'l', 'She might enjoy Divergent by Veronica Roth, The Maze Runner by James Dashner, or Red Rising by Pierce Brown.'],
      [85, 'l', 'Do any of those sound good?'],
      [120, 'p', 'yes she read divergent but not the others, thanks'],
      [125, 'l', "You're welcome! Happy reading!"],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'reading advisory: "posted by", "read by" and dates after "by" are not titles',
    lines: [
      [0, 'p', 'is there a good audiobook for a long car trip'],
      [20, 'l', "Hi! I'm Beth at the library. Lots of families like the ones read by Jim Dale, and the staff picks posted by Mary Smith are great too. Do you want them by Friday?"],
      [40, 'p', 'ok'],
      [45, 'l', 'Bye!'],
    ],
    exp: { 'info.source': 'fail' },
  },

  // ---- closings where the patron leaves first ----------------------------------------------
  {
    name: 'patron leaves first: the provider never says goodbye',
    lines: [
      [0, 'p', 'what time does the glen burnie branch close today'],
      [20, 'l', "Hi, I'm Mo at Anne Arundel County Public Library. Glen Burnie closes at 9 pm today; all branch hours are on our website under Locations & Hours."],
      [40, 'p', 'ok thx bye'],
      [45, 's', 'Patron has left the chat.', { event: 'patron_left' }],
    ],
    exp: { 'closing.courteous': 'fail', 'closing.anything_else': 'fail', 'session.idle_checkin': 'na', 'inquiry.clarify': 'fail', 'followup.completeness': 'fail' },
  },
  {
    name: 'patron leaves first: a goodbye sent after the patron left ends the idle at once',
    lines: [
      [0, 'p', 'what time does the glen burnie branch close today'],
      [20, 'l', "Hi, I'm Mo at Anne Arundel County Public Library. Glen Burnie closes at 9 pm today; all branch hours are on our website under Locations & Hours."],
      [40, 'p', 'ok thats all i needed, bye'],
      [45, 's', 'Patron has left the chat.', { event: 'patron_left' }],
      [60, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { endAfter: 600 },
    exp: { 'closing.courteous': 'pass', 'closing.anything_else': 'pass', 'session.idle_checkin': 'na', 'session.disconnect_notice': 'na' },
  },

  // ---- sessions ended by the system after idling -------------------------------------------
  {
    name: 'system ends an idle session: the provider never checked in or gave notice',
    lines: [
      [0, 'p', 'do you have passport photo services at the odenton branch'],
      [25, 'l', "Hello, I'm Lou, a librarian at AACPL."],
      [30, 'l', 'Are you hoping to get the photo taken, or the whole passport application?'],
      [60, 'p', 'just the photo'],
      [90, 'l', 'Odenton does not take passport photos, but the Annapolis branch does; the Passport Services page on aacpl.net lists the times. Does that help?'],
      [700, 's', 'This chat has been closed due to inactivity.', { event: 'ended' }],
    ],
    over: { endAfter: 0 },
    exp: {
      'session.idle_checkin': 'fail',
      'session.disconnect_notice': 'fail',
      'closing.courteous': 'fail',
      'followup.completeness': 'pass',
      'inquiry.clarify': 'pass',
    },
  },
  {
    name: 'system ends an idle session: a check-in, then the platform\'s own idle text (system) is no notice',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [25, 'l', "Hello, I'm Lou, a librarian at AACPL. Up to 50 items; the borrowing rules are on aacpl.net under Using the Library > Borrowing."],
      [40, 'l', 'Does that answer your question?'],
      [200, 'l', 'Are you still with me?'],
      [500, 's', 'The patron has been idle for 5 minutes. This session will now close.', { event: 'idle' }],
    ],
    over: { endAfter: 0 },
    exp: { 'session.idle_checkin': 'pass', 'session.disconnect_notice': 'fail', 'closing.courteous': 'fail' },
  },

  // ---- ways of citing a source -------------------------------------------------------------
  {
    name: 'sources: a call number on the shelf',
    lines: [
      [0, 'p', 'do you have books on sourdough baking'],
      [20, 'l', "Hi, I'm Sue at the Westminster branch. Are you a beginner, or looking for something more advanced?"],
      [40, 'p', 'beginner'],
      [60, 'l', 'Look in the cookbooks at 641.815 on the second floor; the beginners\' ones are at 641.815 FOR and 641.815 HAM.'],
      [70, 'p', 'thanks'],
      [75, 'l', 'Enjoy the baking!'],
    ],
    exp: { 'info.source': 'pass', 'inquiry.clarify': 'pass' },
  },
  {
    name: 'sources: "page 42 of" a history names the publication',
    lines: [
      [0, 'p', 'when did the carroll county fair start'],
      [20, 'l', "Hi, I'm Sue at Carroll County Public Library. Do you mean the 4-H fair or the older agricultural fair?"],
      [40, 'p', 'the old one'],
      [60, 'l', 'It first ran in 1897, according to page 42 of A History of Carroll County, which we keep in the Maryland Room.'],
      [70, 'p', 'thanks'],
      [75, 'l', 'You are welcome, bye!'],
    ],
    exp: { 'info.source': 'pass', 'inquiry.clarify': 'pass' },
  },
  {
    name: 'sources: a pasted link with tracking parameters; "our catalog" in a later message',
    lines: [
      [0, 'p', 'where can i sign up for GED classes'],
      [20, 'l', "Hi, I'm Jo at the library. Are you in Baltimore City or one of the counties?"],
      [40, 'p', 'baltimore city'],
      [60, 'l', 'Here you go: https://www.marylandpublicschools.org/programs/Pages/GED/index.aspx?utm_source=askusnow&utm_medium=chat&utm_campaign=referral'],
      [70, 'l', 'Was that helpful?'],
      [90, 'p', 'yes'],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: { 'info.source': 'pass', 'inquiry.clarify': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'sources: a database by name alone (NoveList Plus)',
    lines: [
      [0, 'p', 'i want more mysteries like louise penny'],
      [20, 'l', "Hi, I'm Jo, a librarian at the county library. Do you like the small-town setting most, or the detective?"],
      [40, 'p', 'the setting'],
      [60, 'l', 'NoveList Plus has read-alike lists for her Three Pines books; sign in with your library card.'],
      [70, 'p', 'ok'],
      [75, 'l', 'Happy reading!'],
    ],
    exp: { 'info.source': 'pass', 'inquiry.clarify': 'pass' },
  },
  {
    name: 'literal reading: a survey link is a URL, so it is a source (RUBRIC: "a URL or domain")',
    lines: [
      [0, 'p', 'can i renew a book that is overdue'],
      [20, 'l', "Hi, I'm Jo, a librarian at the county library. Yes, as long as no one has a hold on it; overdue books can be renewed up to 3 times."],
      [40, 'p', 'ok thanks'],
      [50, 'l', 'Thank you for using Ask Us Now! Please take our 2-question survey: https://www.surveymonkey.com/r/askusnow?sid=8812'],
    ],
    exp: { 'info.source': 'pass', 'closing.courteous': 'pass' },
  },

  // ---- follow-up promises ------------------------------------------------------------------
  {
    name: 'follow-up: e-mail confirmed, no time frame',
    lines: [
      [0, 'p', "I'm trying to find my great grandfather's naturalization papers from around 1910 in Baltimore"],
      [20, 'l', "Hello, I'm Ruth from the Enoch Pratt Free Library. Do you know his full name and the country he came from?"],
      [60, 'p', 'Giuseppe Russo, from Italy. my email is maria.r@example.com'],
      [80, 'l', "Thank you. Those records are indexed in Ancestry Library Edition, but the papers themselves may be at the National Archives. I'll search further and email you what I find at maria.r@example.com."],
      [100, 'p', 'thank you so much'],
      [110, 'l', 'Thanks for your patience, goodbye!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: { 'followup.contact': 'fail', 'resolution.code': 'pass', 'followup.on_time': 'pending' },
  },
  {
    name: 'follow-up: "give you a call" at a number the patron typed, by Thursday afternoon; coded Answered',
    lines: [
      [0, 'p', "I'm looking for a copy of the 1962 Towson High yearbook"],
      [20, 'l', 'Hi, this is Pat at Baltimore County Public Library. Do you need to look at a page, or to buy a copy?'],
      [50, 'p', 'just to look at a page. you can call me at 410-555-0142'],
      [70, 'l', "I'll check with our Towson branch, which keeps the local yearbooks, and give you a call at 410-555-0142 by Thursday afternoon."],
      [90, 'p', 'great thanks'],
      [100, 'l', 'Thank you, bye!'],
    ],
    exp: { 'followup.contact': 'pass', 'resolution.code': 'fail', 'followup.on_time': 'pending' },
  },
  {
    name: 'follow-up: "you\'ll hear from our genealogy librarian early next week", e-mail given by the patron; coded Answered',
    lines: [
      [0, 'p', 'where would i find probate records for anne arundel county in the 1800s'],
      [20, 'l', "Hi, I'm Jo, a librarian at AACPL. Are you after a will, or the estate inventory?"],
      [40, 'p', 'a will. you can reach me at [email]'],
      [60, 'l', "Those are on microfilm at the Maryland State Archives; I've passed your question on, and you'll hear from our genealogy librarian early next week."],
      [80, 'p', 'thanks'],
      [85, 'l', 'Thanks for the question, bye!'],
    ],
    exp: { 'followup.contact': 'pass', 'resolution.code': 'fail' },
  },
  {
    name: 'follow-up: a promise with a time but the e-mail only on record',
    lines: [
      [0, 'p', 'can you find the obituary of john keller, died 1987 in hagerstown'],
      [20, 'l', "Hi, I'm Jo at Washington County Free Library. Do you know the month?"],
      [40, 'p', 'june'],
      [60, 'l', "Our newspaper microfilm isn't online, so a staff member will scan it and email it to you within 3 business days."],
      [80, 'p', 'thank you'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'pk@example.com', phone: null } },
    exp: { 'followup.contact': 'fail', 'resolution.code': 'pass' },
  },
  {
    name: 'not a follow-up: "I\'ll let you know what I find" while looking, answered in the chat',
    lines: [
      [0, 'p', 'does the library have a notary'],
      [20, 'l', "Hi, I'm Jo at Howard County Library System. Which branch is closest to you?"],
      [40, 'p', 'elkridge'],
      [50, 'l', "Let me check the branch services list and I'll let you know what I find."],
      [120, 'l', 'Elkridge has a notary by appointment; the Notary Services page on hclibrary.org lists the times.'],
      [130, 'l', 'Does that help?'],
      [150, 'p', 'yes thanks'],
      [155, 'l', 'Bye!'],
    ],
    exp: { 'followup.contact': 'na', 'resolution.code': 'pass', 'interest.keep_informed': 'pass' },
  },
  {
    name: 'not a follow-up: "you can send your question to" the archives is advice to the patron',
    lines: [
      [0, 'p', 'how do i get a copy of my grandmothers divorce decree from 1955'],
      [20, 'l', "Hi, I'm Jo at the county library. Which county was the divorce in?"],
      [40, 'p', 'baltimore county'],
      [60, 'l', 'Court records that old are at the Maryland State Archives; you can send your request to them at msa.maryland.gov with her name and the year.'],
      [80, 'p', 'ok thanks'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: { 'followup.contact': 'na', 'resolution.code': 'pass', 'referral.contact': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'follow-up: "passing your question to our local history team" is a promise, coded Answered',
    lines: [
      [0, 'p', 'who built the old stone mill on the patapsco'],
      [20, 'l', "Hi, I'm Jo at the county library. Do you mean the one at Oella?"],
      [40, 'p', 'yes. my email is sam@example.com'],
      [60, 'l', "I'm passing your question to our local history team now; they will email you at sam@example.com by Friday."],
      [80, 'p', 'great'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: { 'followup.contact': 'pass', 'resolution.code': 'fail' },
  },
  {
    name: 'not a source: "founded by", "Stop by Main Street Station" and a price with cents',
    lines: [
      [0, 'p', 'tell me about the railroad museum'],
      [20, 'l', "Hi, I'm Jo at the county library. The museum was founded by Charles Carroll Jr. Stop by Main Street Station to see the exhibit; a family pass costs 100.50 for members."],
      [40, 'p', 'ok'],
      [45, 'l', 'Bye!'],
    ],
    exp: { 'info.source': 'fail' },
  },
  {
    name: 'content: a role word for someone else ("your school librarian can help") is an answer, and a referral without contact',
    lines: [
      [0, 'p', 'i need the reading list for my 8th grade summer assignment'],
      [20, 'l', "Hi, I'm Jo at the county library."],
      [30, 'l', 'Your school librarian can help you with that list.'],
      [50, 'p', 'ok'],
      [55, 'l', 'Bye!'],
    ],
    exp: { 'info.source': 'fail', 'referral.contact': 'fail', 'inquiry.clarify': 'fail' },
  },
  {
    name: 'clarifying statements: "I\'m not sure what you mean by the form", "Please specify the tax year"',
    lines: [
      [0, 'p', 'i need the form for my taxes'],
      [20, 'l', "Hi, I'm Jo, a librarian at the county library. I'm not sure what you mean by the form."],
      [40, 'p', 'the maryland one'],
      [50, 'l', 'Please specify the tax year as well.'],
      [70, 'p', '2025'],
      [80, 'l', 'The 2025 Form 502 is on marylandtaxes.gov under Forms > Individual Tax Forms. Does that help?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Bye!'],
    ],
    exp: { 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'follow-up: "I\'ll send the scans over tomorrow afternoon" to an e-mail read back; coded Answered',
    lines: [
      [0, 'p', 'can i get copies of the 1921 city directory page for my street'],
      [20, 'l', "Hi, I'm Jo in Special Collections. Which street is it?"],
      [40, 'p', 'elm street. email is [email]'],
      [60, 'l', "Got it, [email]. The directory isn't digitised, so I'll send the scans over tomorrow afternoon."],
      [80, 'p', 'thank you!'],
      [85, 'l', 'Thanks, bye!'],
    ],
    exp: { 'followup.contact': 'pass', 'resolution.code': 'fail', 'followup.on_time': 'pending' },
  },
  {
    name: 'follow-up: "you should receive a scan from our local history librarian" with no time and no contact in the chat',
    lines: [
      [0, 'p', 'do you have the 1930 plat map for my farm'],
      [20, 'l', "Hi, I'm Jo at the county library. Which district is the farm in?"],
      [40, 'p', 'district 4'],
      [60, 'l', "That one is only in print. You should receive a scan from our local history librarian."],
      [80, 'p', 'great thanks'],
      [85, 'l', 'Thanks, bye!'],
    ],
    over: { patron: { name: null, email: 'farm@example.com', phone: null } },
    exp: { 'followup.contact': 'fail', 'resolution.code': 'fail', 'followup.on_time': 'pending' },
  },
];

describeSessions('sessions in the patterns of real statewide chat services', cases);
