/**
 * Fifteenth round, area (P2): the PACE AND HANDLING of sessions. Slow patrons (voice typing, screen readers, phones,
 * patrons who step away and come back), long searches kept alive (or not) by hold messages in many wordings and
 * registers ("hang tight", "still digging", "bear with me a moment longer", "give me a sec", chat-speak, SMS, Spanish,
 * a transfer announcement, a partial result that says the search goes on), and provider messages that look like holds
 * but are not ("take your time, I'll be right here", "No problem, I'll be here", "Thanks for waiting!"); idle
 * check-ins and disconnect notices in varied wordings, scripted macros and free-typed, with near misses that only look
 * like one ("Are you still working on getting logged in?" about the patron's own task, "Looks like you left" without
 * asking, "It looks like you may have stepped away" without the end, "I'm going to end the chat now" without the
 * disconnection, a notice sent before the final idle); patrons who come back after a check-in or a notice; sessions
 * ending mid-search (a hold or a partial result as the provider's last message: no final idle); Lost Call codes (one
 * patron message, two, none from the provider); pickups at 60 s and 61 s (a `system` joined line and an `internal`
 * line before the first visible provider message, a recorded `pickedUpAt`); waits on the provider at 120 s and 121 s
 * (after a patron message, after a hold, with a second patron message or an internal line inside the span); final
 * idles at 119/120 s and 179/180 s, measured from the first non-hold provider message after the patron's last
 * visible message (a hold right after the patron's message does not start it) to `endedAt`, or to the provider's
 * last visible message when that is a goodbye.
 * Voices: public libraries across the US, a school library, academic libraries, the statewide cooperatives (Ask Us
 * 24/7, AskColorado), a text service, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases; the eleventh round's K2 and tenth round's X readings are followed):
 * - a question about the progress of the patron's own task ("Are you still working on getting logged in?") asks
 *   about the task, not whether the patron is still there: no check-in; "Did I lose you?", "you still around?",
 *   "Still there? 🙂" do ask whether the patron is there; "Are you still interested in the 1996 edition?" (the need)
 *   does not;
 * - a notice must say the patron seems gone from the CHAT: "you got cut off from the catalog" and advice ("If you get
 *   disconnected, just start a new chat") are none; "I think we got cut off" / "you were cut off" are;
 * - "No problem, I'll be here" and "Take your time, I'll be right here" announce no lookup and ask no wait: no hold
 *   (they end a span and start waiting on the patron; after the patron's last message they start the final idle);
 * - "Thanks for waiting! …" with the answer is no hold; "I found two so far … I'm still searching for the Smith one"
 *   is a partial result that says the search goes on: a hold;
 * - "longer than 120 s" is strict (120 s passes, 121 s fails); the final idle limits are "≥" (120 s needs the
 *   check-in, 180 s the notice); after a recorded `pickedUpAt` the part of the first wait after it counts;
 * - `closing.courteous` does not apply the Goodbye term's "unless it also asks whether the patron is still there":
 *   "Are you still there? If not, thanks for chatting…" thanks the patron (courteous passes) but is no Goodbye, so the
 *   final idle runs to `endedAt`;
 * - a greeting that only greets and introduces, a check-in, a hold and a notice are not a substantive exchange: a
 *   Lost Call where the provider sent only those marks the information checks `na`.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, at, describeSessions, type Line, type SessionCase, some, sys, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- slow patrons, long searches kept alive by holds ----------------------------------------------------------------
  {
    name: 'voice-typing patron, slow replies; holds "Okay, let me take a look…" and "Still looking, I\'m checking which…" 102 s and 80 s apart: every span under 120 s, an ordinary good session',
    lines: [
      [0, 'p', 'hello I am looking for large print books by debbie macomber comma the newest ones please'],
      [25, 'l', "Good morning! This is Carol at Lakewood Public Library. Are you looking for ones you haven't read yet, or just the most recent titles?"],
      [140, 'p', 'the most recent ones I have read all of the cedar cove ones period'],
      [148, 'l', 'Okay, let me take a look in our catalog for you.'],
      [250, 'l', "Still looking, I'm checking which of the new ones we have in large print."],
      [330, 'l', "Her newest large print titles are 'A Walk Along the Beach' and 'Must Love Flowers'. You can place holds at lakewoodlibrary.org/catalog: search Macomber and filter Format: Large Print. Does that answer your question?"],
      [470, 'p', 'yes thank you so much that is all I needed'],
      [480, 'l', 'Thanks for chatting with Lakewood Library, and enjoy your reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'house history: "Hang tight, I\'m pulling up the county\'s property records…" then the answer 150 s later: keep_informed fails',
    lines: [
      [0, 'p', 'Hi I am trying to find out who owned my house before us, it was built around 1925. 412 Elm St, Sioux Falls'],
      [30, 'l', "Hello, and welcome to Siouxland Libraries' chat! I'm Dana. Do you know the parcel number, or just the street address?"],
      [95, 'p', 'just the address'],
      [102, 'l', "Hang tight, I'm pulling up the county's property records and our city directories."],
      [252, 'l', 'OK! Our Digital Library has the Sioux Falls city directories from 1925 on (siouxlandlib.org/digital-library): look up 412 Elm St in the street section of each year to see who lived there. Does that help?'],
      [290, 'p', 'yes perfect, thats all i need thanks'],
      [296, 'l', "You're welcome! Thanks for using Siouxland Libraries chat, have a good evening."],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "No rush at all, take your time." is no hold: the patron's 220 s are waiting on the patron
    name: 'screen-reader patron ("I may be slow to respond"): "No rush at all, take your time." then 220 s before the patron answers: waiting on the patron, all pass',
    lines: [
      [0, 'p', 'Hello. I use a screen reader so I may be slow to respond. I want to borrow audiobooks but the Libby app is hard for me.'],
      [40, 'l', 'Hi! This is Marcus at Multnomah County Library. No rush at all, take your time. Are you on an iPhone or an Android phone?'],
      [260, 'p', 'iPhone with VoiceOver'],
      [270, 'l', "Thanks. Libby works with VoiceOver, and the Libby help site has a page on using it with a screen reader: help.libbyapp.com, search 'VoiceOver'. Is that what you were looking for?"],
      [430, 'p', 'yes, that is all. thank you for your patience'],
      [440, 'l', 'Happy to help. Thanks for contacting us, and take care!'],
    ],
    exp: usual(),
  },
  {
    // reading: "No problem, I'll be here." is no hold; the patron's "brb" starts a span that it ends 8 s later
    name: 'patron steps away ("oh wait brb") and comes back 332 s later; the provider\'s "No problem, I\'ll be here." is no hold: all pass',
    lines: [
      [0, 'p', 'hey do you have any study rooms open tonight'],
      [22, 'l', 'Hi there, this is Kim at Ames Public Library! For how many people, and what time were you hoping for?'],
      [60, 'p', '3 of us, around 6. oh wait brb'],
      [68, 'l', "No problem, I'll be here."],
      [400, 'p', 'ok sorry back, my roommate needed me'],
      [410, 'l', 'Welcome back! Room 2 is free 6-8 pm tonight and seats 4. You can book it at amespubliclibrary.libcal.com. Did that answer your question?'],
      [470, 'p', "booked it! thx that's everything"],
      [476, 'l', 'Great, have a good study session and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'phone patron typing slowly; "I\'m checking with the Central Library\'s desk now, one moment." then the answer 121 s later: keep_informed fails by one second',
    lines: [
      [0, 'p', 'hi sorry typing on my phone. do u know if the library has free covid tests still'],
      [35, 'l', 'Hi there! This is Maya with Ask a Librarian at Sacramento Public Library. Which branch do you usually go to?'],
      [150, 'p', 'the one on j street downtown'],
      [157, 'l', "Thanks! I'm checking with the Central Library's desk now, one moment."],
      [278, 'l', 'Central still has free at-home test kits at the first-floor desk while supplies last, 2 per household. The list of branches with kits is at saclibrary.org/covid. Does that answer your question?'],
      [380, 'p', 'ok ty thats all'],
      [388, 'l', "You're welcome! Stay well, and thanks for chatting."],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'obituary search with three holds in different words ("give me a sec", "still digging: …", "Bear with me a moment longer") 105, 100 and 90 s apart: keep_informed passes',
    lines: [
      [0, 'p', 'need the obituary for my grandpa, Walter Kowalski, died 1987 in Milwaukee'],
      [40, 'l', "Hi, this is Tess at Milwaukee Public Library's Ask a Librarian. Do you know the month he died?"],
      [90, 'p', 'march i think'],
      [95, 'l', 'ok, give me a sec to search the obituary index'],
      [200, 'l', 'still digging: the index has two Walter Kowalskis in 1987, checking which one is March'],
      [300, 'l', "Bear with me a moment longer, I'm confirming the date in the Journal's microfilm index."],
      [390, 'l', 'Found it: Walter J. Kowalski, Milwaukee Journal, March 14, 1987, page 6B. You can read it in the Google News Archive: news.google.com/newspapers (Milwaukee Journal, 14 March 1987, p. 6B). Is that what you were looking for?'],
      [440, 'p', "yes that's him!! thank you so much, thats all i needed"],
      [446, 'l', 'So glad we found him. Take care, and thanks for using Ask a Librarian!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: "Un momento, por favor, reviso el calendario." then "¿Sigue conectado/a?" and "Parece que se ha desconectado. Voy a cerrar la sesión ahora. ¡Gracias…!" (final idle 200 s): both pass',
    lines: [
      [0, 'p', 'Hola, ¿tienen clases de inglés gratis?'],
      [30, 'l', '¡Hola! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de Houston. ¿Busca clases en persona o en línea?'],
      [75, 'p', 'en persona, cerca de Gulfton'],
      [82, 'l', 'Un momento, por favor, reviso el calendario.'],
      [170, 'l', 'En la biblioteca Jungman hay clases de inglés gratis los martes y jueves de 6 a 8 pm. El calendario está en houstonlibrary.org/events (filtro: ESL). ¿Responde esto a su pregunta?'],
      [310, 'l', '¿Sigue conectado/a?'],
      [370, 'l', 'Parece que se ha desconectado. Voy a cerrar la sesión ahora. ¡Gracias por comunicarse con nosotros y vuelva cuando quiera!'],
    ],
    over: { endAfter: 3 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- final idles: check-ins and notices ------------------------------------------------------------------------------
  {
    name: 'free-typed "Hey, you still around?" and "Haven\'t heard from you in a bit, so I\'m guessing the connection dropped. I\'ll go ahead and close out this chat. Feel free to come back anytime!" (idle 192 s to the goodbye): both pass',
    lines: [
      [0, 'p', 'what time does the downtown branch close on sundays'],
      [18, 'l', "Hi! I'm Beth, a librarian with Tulsa City-County Library. Do you mean Central Library on 4th St?"],
      [50, 'p', 'yes'],
      [58, 'l', 'Central is open 12-5 on Sundays; the hours for every location are at tulsalibrary.org/locations. Does that answer your question? Anything else I can help with?'],
      [180, 'l', 'Hey, you still around?'],
      [250, 'l', "Haven't heard from you in a bit, so I'm guessing the connection dropped. I'll go ahead and close out this chat. Feel free to come back anytime!"],
    ],
    over: { endAfter: 3 },
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'statewide cooperative macros: "[Auto-message] Are you still there? Please respond…" and "[Auto-message] It appears you have been disconnected. This chat session will now be closed. Thank you…" (idle 220 s): both pass',
    lines: [
      [0, 'p', "Is there a way to do my kid's summer reading log online"],
      [35, 'l', "Welcome to Ask Us 24/7! My name is Omar and I'm a librarian at Hennepin County Library. Which library system is your child's card from?"],
      [90, 'p', 'St Paul'],
      [96, 'l', "One moment please while I check Saint Paul's summer reading page."],
      [170, 'l', "Saint Paul Public Library uses Beanstack for summer reading: sppl.beanstack.org. Sign in with your child's card number and the log is under 'Log Reading'. Does this completely answer your question?"],
      [300, 'l', '[Auto-message] Are you still there? Please respond so we know you are still with us.'],
      [390, 'l', '[Auto-message] It appears you have been disconnected. This chat session will now be closed. Thank you for using Ask Us 24/7, and please contact us again at any time.'],
    ],
    over: { endAfter: 2 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'final idle of exactly 120 s after the answer (to endedAt) with no check-in: idle_checkin fails, disconnect na; no goodbye either',
    lines: [
      [0, 'p', 'how do i renew my books online'],
      [25, 'l', 'Hello, this is Greta at Boise Public Library! Do you have your library card number handy?'],
      [70, 'p', 'yes i do'],
      [77, 'l', 'Great. Go to boisepubliclibrary.org, click My Account, sign in with your card number and PIN, then check the items and click Renew. Does that answer your question?'],
    ],
    over: { endAfter: 120 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    name: 'final idle of exactly 180 s: "Are you still there?" then "It looks like you may have stepped away from your computer." (no end announced): check-in passes, notice fails',
    lines: [
      [0, 'p', 'Do you have the Chilton repair manual for a 2009 Honda Civic?'],
      [30, 'l', "Hi, you've reached the Reference Desk at Akron-Summit County Public Library. I'm Lou. Do you need the print book, or would online access work?"],
      [75, 'p', 'online is better'],
      [82, 'l', 'We have ChiltonLibrary online: akronlibrary.org/databases, choose ChiltonLibrary, log in with your card, then pick Honda > Civic > 2009. Did that answer your question?'],
      [212, 'l', 'Are you still there?'],
      [252, 'l', 'It looks like you may have stepped away from your computer.'],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "Looks like you left" tells the patron they seem gone but asks nothing: no check-in
    name: '"Looks like you left, so I\'m closing this chat. Thanks for using Ask a Librarian!" alone (idle 214 s to it): the notice passes, the check-in fails',
    lines: [
      [0, 'p', 'I need the citation format for a court case in APA 7'],
      [20, 'l', "Hi! I'm Sam from the Writing & Research Help desk at Bellevue College Library. Is it a U.S. Supreme Court case or a state court case?"],
      [60, 'p', 'supreme court, Brown v Board'],
      [66, 'l', "APA 7 cites it as: Brown v. Board of Education, 347 U.S. 483 (1954). Purdue OWL's page on legal references has more examples: owl.purdue.edu/owl/research_and_citation/apa_style/apa_formatting_and_style_guide/legal_references.html. Is that what you needed?"],
      [280, 'l', "Looks like you left, so I'm closing this chat. Thanks for using Ask a Librarian!"],
    ],
    over: { endAfter: 4 },
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: "Are you still working on getting logged in?" asks about the patron's task, not whether they are there
    name: '"Are you still working on getting logged in?" about the patron\'s own task, final idle 150 s from "Sure, take your time.": no check-in, idle_checkin fails',
    lines: [
      [0, 'p', "I can't log into JSTOR from home"],
      [25, 'l', "Hi, welcome to Ask a Librarian at Ithaca College Library, I'm Priya. What happens when you try: an error message, or does it ask for a login?"],
      [80, 'p', "it says my institution doesn't have access"],
      [88, 'l', "That usually means you went to jstor.org directly. Start from the library's link instead: library.ithaca.edu/databases > JSTOR, and sign in with your Netpass when asked. Does that help?"],
      [100, 'p', 'ok let me try'],
      [108, 'l', 'Sure, take your time.'],
      [200, 'l', 'Are you still working on getting logged in?'],
    ],
    over: { endAfter: 58 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
  {
    name: 'school library: "Just checking in — still with me?" 140 s after the answer, the parent comes back ("making dinner"), says she is done, the patron sends the last "bye": no final idle',
    lines: [
      [0, 'p', 'hi my son needs a biography of a famous scientist for 4th grade, a real book'],
      [28, 'l', "Hi! I'm Ms. Ortiz, the librarian at Lincoln Elementary's library chat. Does he have a scientist in mind, or should I suggest a few?"],
      [70, 'p', 'suggest please'],
      [76, 'l', "Let me see what's on our shelves at his reading level."],
      [150, 'l', "Three good ones we have: 'Who Was Marie Curie?', 'Who Was Albert Einstein?' and 'Mae Jemison' (Rookie Biographies). Search them at lincoln.follettdestiny.com and he can check them out Monday. Is that what you were looking for?"],
      [290, 'l', 'Just checking in — still with me?'],
      [330, 'p', 'yes sorry!! making dinner. the marie curie one is perfect'],
      [337, 'l', 'Wonderful. Is there anything else I can help with?'],
      [360, 'p', 'no thats it, thank you'],
      [366, 'l', "You're welcome, thanks for reaching out and have a great night!"],
      [372, 'p', 'bye'],
    ],
    exp: usual(),
  },
  {
    name: 'patron comes back after a notice ("It looks like we\'ve lost the connection, so I\'ll close this chat soon. Thanks…") and ends the chat herself: no final idle, all pass',
    lines: [
      [0, 'p', 'how do I get into the Ancestry Library Edition from home'],
      [25, 'l', "Hi, I'm Alan at Spokane Public Library. Are you at home right now, or at a branch?"],
      [80, 'p', 'home'],
      [86, 'l', 'Ancestry Library Edition only works inside our branches, sorry. From home, try HeritageQuest, which has the census and city directories: spokanelibrary.org/databases > HeritageQuest, log in with your card. Does that answer your question?'],
      [300, 'l', "It looks like we've lost the connection, so I'll close this chat soon. Thanks for contacting us!"],
      [330, 'p', "wait I'm here! sorry, was trying heritagequest. it works, thanks. that's all I needed"],
      [338, 'l', 'Glad it worked! Take care.'],
      [346, 'p', 'bye'],
    ],
    exp: usual(),
  },
  {
    // the first provider message after the patron's last is a hold: the final idle starts at the answer (130 s)
    name: 'a hold right after the patron\'s last message, the answer 95 s later, "You still there?" and the end 130 s after the answer: check-in passes, disconnect na (the idle does not start at the hold)',
    lines: [
      [0, 'p', 'does the library have museum passes'],
      [20, 'l', 'Hi! This is Dev at Plano Public Library. Which branch would you go to?'],
      [60, 'p', 'Haggard library'],
      [65, 'l', 'Let me see what they have right now.'],
      [160, 'l', 'Haggard Library has the Perot Museum pass; check availability and reserve it at planolibrary.org/museumpass. Does that answer your question? Anything else?'],
      [260, 'l', 'You still there?'],
    ],
    over: { endAfter: 30 },
    exp: usual({ courteous: 'fail', idle: 'pass' }),
  },
  {
    // the goodbye ends the final idle: 170 s, not the 434 s to endedAt
    name: '"Just checking: are you still there?" then "Thanks for chatting with us, come back anytime!" 170 s after the answer, endedAt 264 s later: check-in passes, disconnect na',
    lines: [
      [0, 'p', 'how many books can i check out at once'],
      [25, 'l', "Hello! I'm Ngozi at the Fairfax County Public Library chat. Is this for an adult card?"],
      [60, 'p', 'yes'],
      [66, 'l', 'Adult cards can have up to 50 items out at once; the full rules are at fairfaxcounty.gov/library/borrowing. Did that answer your question?'],
      [200, 'l', 'Just checking: are you still there?'],
      [236, 'l', 'Thanks for chatting with us, come back anytime!'],
    ],
    over: { endAfter: 264 },
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    // reading: the last message asks whether the patron is there, so it is no Goodbye and the idle runs to endedAt
    // (190 s); it still thanks the patron, so closing.courteous passes
    name: '"Are you still there? If not, thanks for chatting and have a great day!" as the last message, endedAt 190 s after the answer: check-in passes, the notice fails',
    lines: [
      [0, 'p', 'I need help finding census records for my great grandmother'],
      [30, 'l', "Hi, welcome to Ask a Librarian at the State Library of Ohio. I'm Chris. Do you know which census year and county?"],
      [80, 'p', '1920, Cuyahoga'],
      [86, 'l', 'One moment while I check our genealogy guides.'],
      [170, 'l', 'FamilySearch has the 1920 census free with a login: familysearch.org > Search > Records, then filter Ohio, Cuyahoga, 1920. Our guide is at library.ohio.gov/genealogy. Does that answer your question?'],
      [300, 'l', 'Are you still there? If not, thanks for chatting and have a great day!'],
    ],
    over: { endAfter: 60 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'text service: "u still there?" and "looks like u dropped off, closing this convo now. text us again anytime!" (idle 190 s): both pass',
    lines: [
      [0, 'p', 'do u have the 1040 forms yet'],
      [30, 'l', 'Hi, this is Jen from Ask Us Text at Salt Lake County Library! Federal or state?'],
      [55, 'p', 'federal'],
      [60, 'l', 'Yes, 1040 forms + instructions are at all branches by the front desk, or print from irs.gov/forms. That help?'],
      [200, 'l', 'u still there?'],
      [250, 'l', 'looks like u dropped off, closing this convo now. text us again anytime!'],
    ],
    over: { endAfter: 2 },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '"Still there?" then "I\'m going to end the chat now." (an end without the disconnection, no goodbye; idle 210 s): check-in passes, notice and courteous fail',
    lines: [
      [0, 'p', 'can i renew dvds online'],
      [20, 'l', 'Hi, Jo here at the Columbus Metropolitan Library chat. Are they on your own card or a family member\'s?'],
      [55, 'p', 'mine'],
      [60, 'l', 'Yes, DVDs renew once, for 7 more days: sign in at columbuslibrary.org > My Account > Checkouts and click Renew. Does that answer your question?'],
      [200, 'l', 'Still there?'],
      [260, 'l', "I'm going to end the chat now."],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  // ---- sessions ending mid-search; Lost Call --------------------------------------------------------------------------
  {
    name: 'the patron leaves during the hold "OK, give me a few minutes to check…", coded Lost Call after two patron messages: the open span does not count, no final idle, code fails',
    lines: [
      [0, 'p', 'Looking for the minutes from the 1978 school board meetings in Lawrence'],
      [35, 'l', 'Hi, this is Mark at Lawrence Public Library. Do you mean the USD 497 school board?'],
      [80, 'p', 'yes'],
      [86, 'l', 'OK, give me a few minutes to check what we have in the local history collection.'],
      [150, 's', 'Patron has left the session', sys('patron_left')],
    ],
    over: { endAfter: 0, resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }),
  },
  {
    name: 'AskColorado Lost Call: one patron message, a greeting, "Are you there?" and "…it seems you\'ve been disconnected. I\'m ending this session now. Please feel free to chat with us again." (idle 215 s): no substantive exchange, both idle checks and the code pass',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [45, 'l', "Hi, welcome to AskColorado! I'm Priya, a librarian at Denver Public Library."],
      [170, 'l', 'Are you there?'],
      [260, 'l', "I'm not getting a response, so it seems you've been disconnected. I'm ending this session now. Please feel free to chat with us again."],
    ],
    over: { endAfter: 3, resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call, no provider ever joined (one patron message, ended 400 s later): pickup fails, the code passes, everything else na',
    lines: [[0, 'p', 'hello is anyone there? i need help with my library card pin']],
    over: { endAfter: 400, resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // reading: "I found two so far … I'm still searching for the Smith one" gives a partial result and says the search
    // goes on: a hold, so no final idle (only holds after the patron's last message) and its span stays open
    name: 'academic: a partial result that says the search goes on is the last provider message, then a system "ended": no final idle, no completeness question, no goodbye',
    lines: [
      [0, 'p', "I'm looking for 3 articles my professor cited: Smith 2019, Lee 2020, and Garcia 2021, all about food deserts"],
      [30, 'l', "Hi! I'm Jordan, a librarian at UNC Charlotte's Atkins Library. Do you have the journal names or the full reference list?"],
      [110, 'p', 'just author and year and the topic'],
      [118, 'l', 'Let me search our Discover tool for each one.'],
      [210, 'l', "I found two so far: Lee (2020) in Health & Place and Garcia (2021) in the Journal of Urban Health, both full text through library.charlotte.edu (search the titles in Discover). I'm still searching for the Smith one."],
      [600, 's', 'Chat ended due to inactivity', sys('ended')],
    ],
    over: { endAfter: 0 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  // ---- pickups around 60 s --------------------------------------------------------------------------------------------
  {
    name: 'a system "joined" line at 12 s, the first visible provider message at exactly 60 s: pickup passes',
    lines: [
      [0, 'p', 'Can I get a hunting license at the library?'],
      [12, 's', 'Jo Smith has joined the chat.', sys('joined')],
      [60, 'l', 'Good afternoon, this is Jo at Bozeman Public Library. Are you looking for a Montana resident license?'],
      [90, 'p', 'yes resident'],
      [96, 'l', "We don't sell them here, but you can buy one online at fwp.mt.gov/buyandapply with your ALS number. Does that answer your question?"],
      [140, 'p', 'yep thats all thanks'],
      [146, 'l', 'Thanks for chatting, and good luck this season!'],
    ],
    exp: usual(),
  },
  {
    name: 'an internal "I\'ll grab this one" at 30 s, the first visible provider message at 61 s: pickup fails',
    lines: [
      [0, 'p', 'When is the next ESL conversation class?'],
      [30, 'i', "I'll grab this one"],
      [61, 'l', "Hi, thanks for waiting! I'm Rosa at Hartford Public Library. Which branch is closest to you?"],
      [100, 'p', 'park street'],
      [108, 'l', "Park Street's English Conversation Circle meets Tuesdays 6-7:30 pm, no registration needed. The full schedule is at hplct.org/events (filter: ESL). Does that help?"],
      [150, 'p', "great thanks, that's all"],
      [155, 'l', "You're welcome, and thanks for chatting with us! Have a great evening."],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    // reading (K2): after a recorded pickedUpAt, the part of the patron's first wait after it counts (60 → 185 s)
    name: 'pickedUpAt at 60 s, the first visible message at 185 s: pickup passes, keep_informed fails (125 s after pickup)',
    lines: [
      [0, 'p', 'do you have any books on beekeeping for beginners'],
      [185, 'l', 'Hello, this is Jo at Sample County Library, sorry for the wait! Do you want books to borrow, or ebooks?'],
      [230, 'p', 'books to borrow'],
      [236, 'l', "'Beekeeping for Dummies' and 'The Backyard Beekeeper' are both on the shelf at Main; place a hold at samplecountylibrary.org/catalog. Does that answer your question? Anything else?"],
      [270, 'p', 'no thats great thank you'],
      [275, 'l', 'Thanks for chatting, happy beekeeping!'],
    ],
    over: { pickedUpAt: at(60) },
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'patron answers a check-in mid-chat, then the final idle (150 s) has none: idle_checkin fails',
    lines: [
      [0, 'p', 'where can i find the minutes of the city council'],
      [30, 'l', 'Hi, Jo at Sample County Library here. Which city: Sampleton or Riverside?'],
      [170, 'l', 'Are you still there?'],
      [190, 'p', 'yes sorry, sampleton'],
      [196, 'l', 'Sampleton posts council minutes at sampleton.gov/agendas, back to 2010. Does that answer your question?'],
    ],
    over: { endAfter: 150 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail' }),
  },
];

/** The patron asks, the provider clarifies, the patron answers at 50 s: `then` follows (the answer, holds, check-ins…). */
const asked = (then: Line[]): Line[] => [
  [0, 'p', 'is there a copy of the Fannie Farmer cookbook i can borrow'],
  [20, 'l', "Hi, I'm Jo at Sample County Library. Any edition, or a particular one?"],
  [50, 'p', 'any is fine'],
  ...then,
];
const ANSWER = "We have the 1996 edition on the shelf at Main (641.5 FAR); place a hold at samplecountylibrary.org/catalog. Does that answer your question?";

export const short: SessionCase[] = [
  // ---- waits on the provider at and around 120 s ----------------------------------------------------------------------
  {
    name: 'the answer exactly 120 s after the patron\'s reply: keep_informed passes',
    lines: [
      [0, 'p', 'do you have the new Louise Penny book'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Print or ebook?"],
      [50, 'p', 'ebook'],
      [170, 'l', "Yes: 'The Black Wolf' is on Libby (samplecounty.overdrive.com), 12 holds ahead of you. Does that answer your question?"],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the answer 121 s after the patron\'s reply: keep_informed fails',
    lines: [
      [0, 'p', 'do you have the new Louise Penny book'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Print or ebook?"],
      [50, 'p', 'ebook'],
      [171, 'l', "Yes: 'The Black Wolf' is on Libby (samplecounty.overdrive.com), 12 holds ahead of you. Does that answer your question?"],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'a second patron message ("hello??") does not restart the wait: 121 s from the first, keep_informed fails',
    lines: [
      [0, 'p', 'what are the hours for the bookmobile'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which stop do you use?"],
      [50, 'p', 'the one at the senior center on oak'],
      [150, 'p', 'hello??'],
      [171, 'l', 'The bookmobile is at the Oak Street Senior Center every other Tuesday, 10-11:30; the schedule is at samplecountylibrary.org/bookmobile. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'hold "Digging through the 1940 census now." then the answer 130 s later: keep_informed fails',
    lines: [
      [0, 'p', 'can you find my grandfather in the 1940 census, Amos Whitfield, Macon County'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Macon County in Georgia, Alabama or Illinois?'],
      [50, 'p', 'georgia'],
      [55, 'l', 'Digging through the 1940 census now.'],
      [185, 'l', 'Found him: Amos Whitfield, age 34, Oglethorpe, Macon County, Georgia, in the 1940 census on FamilySearch (familysearch.org, search his name with 1940 and Georgia). Is that him?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'chat-speak hold "brb checkin the stacks" then 140 s: keep_informed fails',
    lines: [
      [0, 'p', 'yo is there a copy of the 2024 ACT prep book in'],
      [15, 'l', 'hey! jo here from sample county library teen desk. the princeton review one or kaplan?'],
      [40, 'p', 'princeton'],
      [45, 'l', 'brb checkin the stacks'],
      [185, 'l', 'got 1 copy on the shelf at main, 378.1662 PRI. u can put it on hold at samplecountylibrary.org/catalog. that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: "Still working on it, thanks for your patience!" says the search goes on: a hold
    name: '"Still working on it, thanks for your patience!" 110 s after "Let me look." then the answer 110 s later: keep_informed passes',
    lines: [
      [0, 'p', 'which branch has a 3D printer'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Do you want to print something yourself, or have staff print it?'],
      [50, 'p', 'myself'],
      [55, 'l', 'Let me look.'],
      [165, 'l', 'Still working on it, thanks for your patience!'],
      [275, 'l', 'The Maker Lab at Eastside has two Prusa printers you can book after a short orientation: samplecountylibrary.org/makerlab. Does that answer your question?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: "Take your time, I'll be right here." is no hold: the provider's nudge 200 s later ends no wait
    name: '"Take your time, I\'ll be right here." then a nudge 200 s later with no patron message: keep_informed passes; the final idle (205 s) has neither check-in nor notice',
    lines: [
      [0, 'p', 'i want to renew but it says my card is blocked'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. I can look at that: what's your card number?"],
      [50, 'p', 'let me find my card number, hang on'],
      [56, 'l', "Take your time, I'll be right here."],
      [256, 'l', "Whenever you're ready, just type the number here."],
    ],
    exp: some({ informed: 'pass', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: '"Thanks for waiting! …" with the answer is no hold: a second part 140 s later with no patron message passes',
    lines: [
      [0, 'p', 'do you have Where the Crawdads Sing as an audiobook'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Are you using Libby already?"],
      [50, 'p', 'yes'],
      [55, 'l', 'Let me check.'],
      [160, 'l', 'Thanks for waiting! Yes, the audiobook is on Libby at samplecounty.overdrive.com; 3 copies, one available now.'],
      [300, 'l', 'We also have it on CD at Main and Eastside if you prefer. Does that answer your question?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'a transfer announcement is a hold: "I\'m transferring you to our genealogy librarian, she\'ll be right with you." then the next provider 142 s later: keep_informed fails',
    lines: [
      [0, 'p', "I'm trying to find my great-great-grandfather's Civil War pension file"],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Union or Confederate?"],
      [50, 'p', 'union, from Ohio'],
      [58, 'l', "I'm transferring you to our genealogy librarian, she'll be right with you."],
      [60, 's', 'Session transferred to Ruth Abara', { ...sys('transfer', 'rabara') }],
      [200, 'l', "Hi, this is Ruth. Union pension files are at the National Archives; you can order a copy at archives.gov/veterans/pension. Does that answer your question?", who('Ruth Abara', 'rabara')],
    ],
    exp: some({ informed: 'fail' }),
  },
  // ---- pickups ---------------------------------------------------------------------------------------------------------
  {
    name: 'a system "joined" line at 20 s, the first visible provider message at 75 s: pickup fails',
    lines: [
      [0, 'p', 'is the library open on labor day'],
      [20, 's', 'Jo Smith has joined the chat.', sys('joined')],
      [75, 'l', 'Hi, Jo at Sample County Library here. All branches are closed on Labor Day; hours are at samplecountylibrary.org/hours.'],
    ],
    exp: some({ pickup: 'fail' }),
  },
  // ---- final idles and check-ins ---------------------------------------------------------------------------------------
  {
    name: 'final idle of 119 s with no check-in: idle_checkin na',
    lines: [
      [0, 'p', 'how do i get a museum pass'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which museum?"],
      [40, 'p', 'the science center'],
      [46, 'l', 'Reserve the Science Center pass at samplecountylibrary.org/passes up to 30 days ahead. Does that answer your question?'],
    ],
    over: { endAfter: 119 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'final idle of 179 s with "Did I lose you?": check-in passes, disconnect na',
    lines: [
      [0, 'p', 'how do i get a museum pass'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which museum?"],
      [40, 'p', 'the science center'],
      [46, 'l', 'Reserve the Science Center pass at samplecountylibrary.org/passes up to 30 days ahead. Does that answer your question?'],
      [180, 'l', 'Did I lose you?'],
    ],
    over: { endAfter: 45 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'final idle of exactly 180 s: "Still there? 🙂" and "It seems you\'ve disconnected, so this chat will now close." (no goodbye, idle to endedAt): both pass',
    lines: [
      [0, 'p', 'how do i get a museum pass'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which museum?"],
      [40, 'p', 'the science center'],
      [46, 'l', 'Reserve the Science Center pass at samplecountylibrary.org/passes up to 30 days ahead. Does that answer your question?'],
      [170, 'l', 'Still there? 🙂'],
      [216, 'l', "It seems you've disconnected, so this chat will now close."],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'fail' }),
  },
  {
    name: 'final idle of 179 s with only the notice "It seems you\'ve disconnected, so this chat will now close.": check-in fails (no question), disconnect na',
    lines: [
      [0, 'p', 'how do i get a museum pass'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which museum?"],
      [40, 'p', 'the science center'],
      [46, 'l', 'Reserve the Science Center pass at samplecountylibrary.org/passes up to 30 days ahead. Does that answer your question?'],
      [215, 'l', "It seems you've disconnected, so this chat will now close."],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"Looks like you left." alone (no question, no end; idle 200 s): both fail',
    lines: [
      [0, 'p', 'can i get a replacement card online'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Is your old card lost, or just damaged?"],
      [45, 'p', 'lost'],
      [50, 'l', 'You can report it and order a replacement at samplecountylibrary.org/card; the fee is $1. Did that answer your question?'],
      [230, 'l', 'Looks like you left.'],
    ],
    over: { endAfter: 20 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'one message checks in and gives the notice: "Are you still there? It seems we may have lost you, so I\'ll be closing this chat shortly." (idle 200 s to endedAt): both pass',
    lines: [
      [0, 'p', 'can i get a replacement card online'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Is your old card lost, or just damaged?"],
      [45, 'p', 'lost'],
      [50, 'l', 'You can report it and order a replacement at samplecountylibrary.org/card; the fee is $1. Did that answer your question?'],
      [200, 'l', "Are you still there? It seems we may have lost you, so I'll be closing this chat shortly."],
    ],
    over: { endAfter: 50 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a notice sent before the final idle, the patron comes back, then the final idle (200 s) has only "you there?": the notice fails',
    lines: [
      [0, 'p', 'i need help with a citation'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which style: APA or MLA?"],
      [200, 'l', "It looks like you've disconnected, so I'll close this chat now. Thanks for stopping by!"],
      [215, 'p', 'sorry im here, MLA for a website'],
      [222, 'l', 'Purdue OWL has the MLA 9 website format with examples: owl.purdue.edu/owl/research_and_citation/mla_style. Does that answer your question?'],
      [360, 'l', 'you there?'],
    ],
    over: { endAfter: 62 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "Sure, take your time!" is no hold, so the final idle starts there
    name: '"Sure, take your time!" after the patron\'s "let me try that link", then the end 130 s later: idle_checkin fails',
    lines: [
      [0, 'p', 'the link for the tax forms isnt working'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Which link were you using?"],
      [50, 'p', 'the one on your homepage'],
      [56, 'l', 'That one moved; try samplecountylibrary.org/taxes instead. Does that work?'],
      [80, 'p', 'let me try that link'],
      [86, 'l', 'Sure, take your time!'],
    ],
    over: { endAfter: 130 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  // ---- resolution codes ------------------------------------------------------------------------------------------------
  {
    name: 'Lost Call after the patron sent "hello?" and then the question: code fails',
    lines: [
      [0, 'p', 'hello?'],
      [10, 'p', 'do you have notary service'],
      [40, 'l', "Hi, I'm Jo at Sample County Library."],
      [180, 'l', 'Are you still there?'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'fail' }),
  },
  {
    name: 'Lost Call with one patron message, though the provider answered it: code passes',
    lines: [
      [0, 'p', 'what time does main open on saturday'],
      [30, 'l', "Hi, I'm Jo at Sample County Library. Main opens at 9 on Saturdays: samplecountylibrary.org/hours."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ code: 'pass' }),
  },
  {
    name: 'a session ended mid-search with no code (null): code fails',
    lines: [
      [0, 'p', 'i need articles on teen vaping'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Is this for a school paper?"],
      [50, 'p', 'yes'],
      [55, 'l', 'Let me pull up a couple of databases for you.'],
      [90, 's', 'Patron has left the session', sys('patron_left')],
    ],
    over: { resolutionCode: null, endAfter: 0 },
    exp: some({ code: 'fail', informed: 'pass', idle: 'na' }),
  },
  // ---- more wordings (the patron's question answered at 56 s, then the line tested) ------------------------------------
  {
    name: 'hold "Give me just a couple minutes to look into this." then 130 s before the next provider message: keep_informed fails',
    lines: asked([[55, 'l', 'Give me just a couple minutes to look into this.'], [185, 'l', ANSWER]]),
    exp: some({ informed: 'fail' }),
  },
  {
    // guards P2's "give me just a …": a request for details asks for no wait
    name: 'near miss: "Could you give me just a few more details about the recipe you want?" is no hold: the provider\'s next message 150 s later ends no wait, keep_informed passes',
    lines: asked([[56, 'l', 'Could you give me just a few more details about the recipe you want?'], [206, 'l', ANSWER]]),
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the patron\'s "ok" inside a span begun by a hold ("One sec, checking which branch has it.") does not restart it: 125 s from the hold, keep_informed fails',
    lines: asked([[55, 'l', 'One sec, checking which branch has it.'], [60, 'p', 'ok'], [180, 'l', ANSWER]]),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'notice "I think we got cut off. I\'m ending the chat on my end; reach out again anytime." after a check-in (final idle 194 s to it): both pass',
    lines: asked([[56, 'l', ANSWER], [180, 'l', 'Are you still there?'], [250, 'l', "I think we got cut off. I'm ending the chat on my end; reach out again anytime."]]),
    over: { endAfter: 6 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'notice "Hmm, I think you were cut off. I\'ll close this chat now, but please come back anytime!" after a check-in (final idle 200 s): both pass',
    lines: asked([[56, 'l', ANSWER], [180, 'l', 'Are you still there?'], [256, 'l', "Hmm, I think you were cut off. I'll close this chat now, but please come back anytime!"]]),
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // guards P2's "cut off": cut off from the catalog is the patron's access, not the chat
    name: 'near miss: "It sounds like you got cut off from the catalog after too many PIN tries… I\'ll end this chat so you can try again then" in the final idle (204 s): the patron is cut off from the catalog, not gone from the chat: no notice',
    lines: asked([
      [56, 'l', ANSWER],
      [70, 'p', 'it says im locked out of the catalog'],
      [76, 'l', "It sounds like you got cut off from the catalog after too many PIN tries; it unlocks after 30 minutes. I'll end this chat so you can try again then, and you're welcome to come back."],
      [160, 'l', 'Are you still there?'],
    ]),
    over: { endAfter: 120 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: a question about the need asks nothing about whether the patron is in the chat
    name: 'near miss: "Are you still interested in the 1996 edition?" in a final idle of 150 s is no check-in: idle_checkin fails',
    lines: asked([[56, 'l', ANSWER], [170, 'l', 'Are you still interested in the 1996 edition?']]),
    over: { endAfter: 36 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'near miss: "If you get disconnected, just start a new chat from our homepage." after a check-in (final idle 200 s) is advice, no notice: disconnect fails',
    lines: asked([[56, 'l', ANSWER], [180, 'l', 'Are you still there?'], [240, 'l', 'If you get disconnected, just start a new chat from our homepage.']]),
    over: { endAfter: 16 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'no endedAt: the final idle runs to the last message of any role (a system "ended" line 180 s after the answer), only a check-in: the notice fails',
    lines: asked([[56, 'l', ANSWER], [170, 'l', 'Are you still there?'], [236, 's', 'Chat ended by the system after inactivity.', sys('ended')]]),
    over: { endedAt: null },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // guards P2's "convo": thanks for the conversation announces no end
    name: 'near miss: "looks like u dropped off. thx for the convo, text us again anytime!" after "u still there?" (final idle 190 s): no end announced, the notice fails',
    lines: asked([[56, 'l', ANSWER], [180, 'l', 'u still there?'], [246, 'l', 'looks like u dropped off. thx for the convo, text us again anytime!']]),
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'pass' }),
  },
  {
    name: 'Lost Call with no messages at all: no provider joined (pickup fails), the code passes',
    lines: [],
    over: { resolutionCode: 'Lost Call', endedAt: at(300) },
    exp: some({ pickup: 'fail', code: 'pass', courteous: 'na', idle: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('fifteenth round (P2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifteenth round (P2): pace and handling, every check', whole);
describeSessions('fifteenth round (P2): pace and handling, short cases', short);

describeLeft('fifteenth-round-pace', LEFT);
