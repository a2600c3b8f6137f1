/**
 * Sixteenth round, area (Q4): HANDOFFS AND MANY HANDS. Sessions that pass between people and systems: shift changes
 * where a second provider takes over (with and without a `transfer` event), a statewide cooperative's after-hours
 * backup staff answering for a local library (and sending the patron back to it, with and without a way to reach it),
 * transfers to a subject specialist or to the patron's own library (with and without telling the patron, with notes
 * that say why and notes that do not), internal whispers from supervisors and colleagues, answers typed in the internal
 * box by mistake, queue and wait messages from the system before pickup, patrons who drop and come back in the same
 * session, a provider answering two chats at once and sending one patron the other's message, chats handed to e-mail
 * follow-up by another staff member (on time, late, without a when, with the address known only from the form).
 * Voices: public, county and academic libraries, a law library, the statewide cooperative's backup librarians, an SMS
 * text service signed by initials, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - every check that speaks of "the provider" is read over the session's visible provider messages, whoever sent them
 *   (as the eleventh round's K7 read it): the greeting's first two visible provider messages may come from two people;
 *   pickup is the first visible provider message of anyone; closing.courteous looks at the session's last two;
 * - a shift change announced to the patron without a `transfer` event ("my colleague Marcus will pick up from here")
 *   is no transfer (transfer.handoff na: the check needs the event), but the announcement is still a hold message
 *   (Terms: an announcement that the chat is being transferred), so the wait runs to the next provider's message;
 * - `system` queue lines ("You are #3 in line") and `internal` whispers never pick up, greet, end a wait or tell the
 *   patron anything; an answer typed in the internal box by mistake is not a visible message;
 * - a colleague who will e-mail the patron later makes a follow-up session (the Terms' "someone from your library will
 *   contact you"), and is no referral (the patron is not told to contact anyone); a follow-up recorded by that
 *   colleague counts for followup.on_time (the rubric asks that a follow-up was recorded, not by whom);
 * - telling the patron to call their own library (in the morning, its circulation desk) is a referral; a transfer of
 *   the chat to that library's staff is not;
 * - "my shift is over, start a new chat tomorrow" offers a way back (no dismissal); "my shift just ended, so I have to
 *   log off now" with nothing else does not;
 * - a message sent to the wrong chat and taken back is still a visible provider message (it ends the patron's wait);
 *   cases are built so that it decides no information check.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, DAY, T0, at, describeSessions, other, type SessionCase, some, sys, usual, who } from './helpers';

const BO = who('Bo Lee', 'bo');
const MK = who('Marcus King', 'mk');
const DA = who('Dana Ruiz', 'da');
const LU = who('Lucía Ortega', 'lu');
const SUP = who('Pat Greer', 'pg');

export const whole: SessionCase[] = [
  // ---- shift changes and transfers with a note and a notice -------------------------------------------------------
  {
    // reading: no transfer event, so transfer.handoff is na; the announcement is a hold, Marcus answers 40 s later
    name: 'shift change without a transfer event: "My shift ends at 5, so my colleague Marcus will pick up from here" then Marcus "Hi, Marcus here, I\'ve read through the chat": transfer na, every other check as usual',
    lines: [
      [0, 'p', 'Hi, I am trying to find the building permit history for my house on Elm St in Ann Arbor'],
      [22, 'l', "Hello! This is Jo at the Ann Arbor District Library's Ask Us chat. Do you know roughly when the house was built?"],
      [70, 'p', 'sometime in the 1920s i think'],
      [80, 'l', "My shift ends at 5, so my colleague Marcus will pick up from here. He's great with local history."],
      [120, 'l', "Hi, Marcus here, I've read through the chat. For 1920s houses the city's old permit cards were scanned: search your address in Old News at aadl.org/oldnews and on the city's eTRAKiT permit site (etrakit.a2gov.org). Does that get you started?", MK],
      [190, 'p', 'yes found 2 permit cards! thats all i needed'],
      [196, 'l', 'Wonderful! Thanks for chatting with AADL, have a good evening.', MK],
    ],
    exp: usual(),
  },
  {
    name: 'transfer to a subject specialist: Jo\'s note "Bo, patron needs a patent prior-art search, you did the USPTO training" and "I\'m transferring you to Bo, our business and patents librarian"; Bo answers: all pass, transfer passes',
    lines: [
      [0, 'p', 'how do i check if my invention idea is already patented'],
      [18, 'l', "Hi, you're chatting with Jo at Sacramento Public Library. Is this a product you've already built, or still an idea?"],
      [60, 'p', 'just an idea, a folding bike rack'],
      [70, 'i', 'Bo, patron needs a patent prior-art search (folding bike rack), you did the USPTO training'],
      [75, 'l', "I'm transferring you to Bo, our business and patents librarian. One moment!"],
      [78, 's', 'Chat transferred to Bo Lee', sys('transfer', 'bo')],
      [110, 'l', "Hi, I'm Bo. A good first step is USPTO's Patent Public Search at ppubs.uspto.gov: try the words folding bicycle rack and the class B62H. Do you want me to walk you through the classification search?", BO],
      [160, 'p', 'no i think i can do it, thanks thats all'],
      [166, 'l', 'Great, good luck with the rack! Thanks for using Ask a Librarian.', BO],
    ],
    // relabelled: "Do you want me to walk you through the classification search?" offers more; it does not ask whether
    // what was given meets the need
    exp: usual({ complete: 'fail', transfer: 'pass' }),
  },
  {
    // reading: "incoming, can you grab this one?" asks the receiver to take the chat and gives no reason
    name: 'transfer whose note gives no why ("incoming, can you grab this one?") although the patron is told "I\'ll connect you with our local history librarian": transfer fails',
    lines: [
      [0, 'p', 'do you have old city directories for Dayton'],
      [20, 'l', 'Hello, this is Jo with Dayton Metro Library. Which years are you looking for?'],
      [52, 'p', '1940 to 1950'],
      [60, 'i', 'incoming, can you grab this one?'],
      [64, 'l', "I'll connect you with our local history librarian, just a moment."],
      [66, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')],
      [100, 'l', "Hi there, Bo in Local History. We have Williams' Dayton City Directories for every year 1940-1950 on the 3rd floor, and 1940-1943 are scanned at daytonmetrolibrary.org/localhistory. Does that answer it?", BO],
      [150, 'p', 'perfect thats everything'],
      [155, 'l', 'Thanks for contacting us, bye!', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'transfer the patron is never told of: the note says why ("patron wants Spanish-language GED materials, you\'re on adult ed") but the only sign for the patron is the system line "Chat transferred": transfer fails',
    lines: [
      [0, 'p', 'Hello do you have GED practice books'],
      [25, 'l', 'Hi! This is Jo from Tucson-Pima Public Library. Do you need them in English or Spanish?'],
      [60, 'p', 'spanish please'],
      [66, 'i', "patron wants Spanish-language GED materials, you're on adult ed tonight"],
      [70, 's', 'Chat transferred to Bo Lee', sys('transfer', 'bo')],
      [130, 'l', 'Hola, soy Bo. We have "GED en español" (Kaplan) at 6 branches: library.pima.gov, search "GED español". ¿Le sirve?', BO],
      [170, 'p', 'si gracias, es todo'],
      [175, 'l', '¡De nada! Thanks for chatting with us.', BO],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: the receiver telling the patron "your chat was transferred to me" comes after the transfer: too late
    name: 'the patron is told only after the transfer, by the receiver ("Hi! Your chat was passed to me from the front desk"): transfer fails',
    lines: [
      [0, 'p', 'my kid needs a biography of a scientist for 4th grade'],
      [15, 'l', 'Hello, Jo here at Fairfax County Public Library. Any scientist, or did the teacher give a list?'],
      [50, 'p', 'any woman scientist'],
      [58, 'i', 'kid lit question, 4th grade biography of a woman scientist; you know the juvenile bios better'],
      [60, 's', 'Chat transferred to Dana Ruiz', sys('transfer', 'da')],
      [95, 'l', 'Hi! Your chat was passed to me from the front desk; I\'m Dana, a youth librarian. Try "Shark Lady" by Jess Keating or the "Who Was?" books: search fairfaxcounty.gov/library catalog for "women scientists juvenile". Would either of those work?', DA],
      [140, 'p', 'shark lady sounds good, thats all thx'],
      [145, 'l', 'Have fun reading! Bye!', DA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // reading: the greeting's two parts come from two providers; the first message is a transfer notice and a hold
    name: 'greeting split across two providers: Jo\'s first message only transfers ("One sec, I\'m going to pass you to our genealogy librarian"), Bo\'s first greets and introduces: greeting passes; transfer passes',
    lines: [
      [0, 'p', 'looking for a 1910 census record for my great grandfather in Indiana'],
      [14, 'i', 'Genealogy q, Indiana 1910 census, you have Ancestry open'],
      [16, 'l', "One sec, I'm going to pass you to our genealogy librarian."],
      [18, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')],
      [55, 'l', "Hello! I'm Bo, the genealogy librarian at the Allen County Public Library. What was his name and county, if you know it?", BO],
      [95, 'p', 'Walter Pruitt, Grant County'],
      [100, 'l', 'Let me look, one moment.', BO],
      [170, 'l', 'Found him: Walter Pruitt, 34, Fairmount township, Grant County, 1910 census sheet 6A, in Ancestry Library Edition (acpl.lib.in.us/genealogy > Ancestry, free in the library). Is this the right Walter?', BO],
      [230, 'p', 'YES thats him. no more questions, thank you!!'],
      [236, 'l', 'So glad! Thanks for visiting the Genealogy Center chat.', BO],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'no name in the first two visible provider messages ("Hi there!", "Let me check on that"); the law librarian introduces herself only in the third: greeting fails',
    lines: [
      [0, 'p', 'how do I file a small claims case in Hennepin county'],
      [20, 'l', 'Hi there!'],
      [24, 'l', 'Let me check on that.'],
      [30, 'i', 'Dana, small claims filing in Hennepin, patron needs the forms: that is your desk'],
      [34, 'l', "I'm handing you to a law librarian who will take it from here."],
      [36, 's', 'Transferred to Dana Ruiz', sys('transfer', 'da')],
      [80, 'l', "Hi, I'm Dana, a law librarian at the Hennepin County Law Library. Is the claim for $20,000 or less?", DA],
      [110, 'p', 'yes 3000'],
      [118, 'l', 'Then it is conciliation court: the forms and filing steps are at mncourts.gov/conciliation, and you can e-file there. Does this answer your question?', DA],
      [170, 'p', 'yes thanks thats all'],
      [175, 'l', 'You are welcome, good luck!', DA],
    ],
    exp: usual({ greeting: 'fail', transfer: 'pass' }),
  },
  {
    name: 'Spanish handoff: "Un momento, le paso con mi compañera Lucía, que habla español" with the note "Lucía, patron prefers Spanish, asking about citizenship test prep"; Lucía greets in Spanish: transfer passes',
    lines: [
      [0, 'p', 'hello, citizenship test... español por favor?'],
      [15, 'l', 'Hi! This is Jo at Houston Public Library.'],
      [20, 'i', 'Lucía, patron prefers Spanish, asking about citizenship test prep'],
      [24, 'l', 'Un momento, le paso con mi compañera Lucía, que habla español.'],
      [26, 's', 'Chat transferred to Lucía Ortega', sys('transfer', 'lu')],
      [60, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de Houston. ¿Busca clases o material para estudiar en casa?', LU],
      [90, 'p', 'para estudiar en casa'],
      [96, 'l', 'Las 100 preguntas del examen en español y audio están en uscis.gov/es/ciudadania, y tenemos libros en houstonlibrary.org (busque "ciudadanía examen"). ¿Le sirve esta información?', LU],
      [140, 'p', 'si muchas gracias, eso es todo'],
      [145, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca.', LU],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: the transfer back to the home library's staff is no referral (Terms); the note gives the why
    name: 'cooperative backup sends the chat back to the home library now staffed: "Your library\'s staff just came online, I\'m sending you over to them" with the note "HoCo patron, PIN reset, only home library can do it": transfer passes, referral na',
    lines: [
      [0, 'p', 'my library card pin isnt working and i cant log into libby'],
      [30, 'l', "Hi, I'm Kate, a librarian with Maryland's AskUsNow! service. I'm not at your library, but I'll help. Which library is your card from?"],
      [60, 'p', 'howard county'],
      [65, 'i', 'HoCo patron, PIN reset for Libby, only the home library can reset PINs'],
      [68, 'l', "Your library's staff just came online, so I'm sending you over to them: they can reset the PIN."],
      [70, 's', 'Chat transferred to Ravi (HCLS)', sys('transfer', 'hc1')],
      [100, 'l', "Hi, this is Ravi at Howard County Library System. I've reset your PIN to the last 4 digits of your phone; log in at hclibrary.org/account, then add the card in Libby. Did that work?", who('Ravi Shah', 'hc1')],
      [170, 'p', 'it worked! thats all i needed'],
      [175, 'l', 'Great! Thanks for contacting HCLS.', who('Ravi Shah', 'hc1')],
    ],
    over: { queue: 'global', patronLibrary: 'HCLS' },
    exp: usual({ transfer: 'pass' }),
  },

  // ---- cooperative backup answering for a local library -----------------------------------------------------------
  {
    name: 'after-hours backup: "Your library is closed right now" and a referral to its circulation desk with the phone (410-555-0142): referral passes',
    lines: [
      [0, 'p', 'I have a $40 lost book charge but I returned the book!'],
      [25, 'l', "Hello, thanks for contacting Ask Us Now. I'm Chris, a backup librarian with the statewide service; your library is closed right now. Which library did you return it to?"],
      [70, 'p', 'Frederick County, the C. Burr Artz branch'],
      [80, 'l', "I can't see library accounts from here, sorry. The circulation desk at C. Burr Artz can search the shelves and take off the charge: call them at 410-555-0142 after 10 tomorrow. Their hours are at fcpl.org/hours. Does that help?"],
      [130, 'p', 'ok yes. nothing else, thank you'],
      [134, 'l', 'You are welcome, good night!'],
    ],
    over: { queue: 'global', patronLibrary: 'FCPL' },
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "your library's circulation desk" is a department the patron is told to call; no way to reach it given
    name: 'after-hours backup refers to "your library\'s circulation desk in the morning" with no phone, e-mail or URL for it (the catalogue link is for another need): referral fails',
    lines: [
      [0, 'p', 'can i get a book from another library system? its not in our catalog'],
      [30, 'l', "Hi! This is Sam, answering for your library tonight with the Ohio KnowItNow cooperative. What's the book?"],
      [55, 'p', '"The Overstory" by Richard Powers, paperback'],
      [64, 'l', 'It is in SearchOhio: search.searchohio.org lets you request it with your card if your library is a member. If it asks for a PIN you do not have, call your library\'s circulation desk in the morning. Does that answer your question?'],
      [110, 'p', 'ok. thx thats all'],
      [115, 'l', 'Thanks for chatting, have a good night!'],
    ],
    over: { queue: 'global', patronLibrary: 'WCPL' },
    exp: usual({ referral: 'fail' }),
  },

  // ---- follow-up handed to another staff member ------------------------------------------------------------------
  {
    // reading: a colleague e-mailing later makes a follow-up session; her record counts for on_time; no referral
    name: 'evening chat handed to the subject librarian by e-mail: "Dr. Okafor, our history librarian, will e-mail you by Wednesday" at zz.student@example.org (confirmed), recorded by her 30 h later: follow-up checks pass',
    lines: [
      [0, 'p', 'I need primary sources on the 1919 Chicago race riot for HIST 302'],
      [20, 'l', "Hi, welcome to Ask a Librarian at Loyola University Chicago Libraries. I'm Jo, the evening reference assistant. Do you need newspapers, government reports, or both?"],
      [70, 'p', 'both if possible'],
      [78, 'l', 'To start tonight: the Chicago Commission on Race Relations report "The Negro in Chicago" (1922) is free at archive.org, and the Chicago Defender is in ProQuest Historical Newspapers (libraries.luc.edu/databases). Is that a useful start?'],
      [140, 'p', 'yes! but i also need archival stuff'],
      [146, 'l', "Our history librarian, Dr. Amara Okafor, knows the archival collections best. I'll pass this to her and she'll e-mail you a list by Wednesday. Is zz.student@example.org the best address?"],
      [180, 'p', 'yes thats me. thats all for now'],
      [186, 'l', 'Perfect. Thanks for using Ask a Librarian, good luck with the paper!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'zz.student@example.org', phone: null }, followUps: [{ doneAt: at(30 * 3600), by: 'aokafor', note: 'sent archival finding aids' }] },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'follow-up by the patron\'s library promised ("someone from Frederick County will get in touch tomorrow") with the e-mail only in the form, never in the chat: contact fails; pending',
    lines: [
      [0, 'p', 'do you have the 1980 Frederick High yearbook digitized'],
      [25, 'l', "Hi, I'm Lee, a librarian with the AskUsNow! cooperative, answering for Frederick County Public Libraries tonight. Are you looking for a particular person in it?"],
      [60, 'p', 'my mom, Linda Harmon'],
      [68, 'l', "The Maryland Room keeps local yearbooks, but I can't tell from here if 1980 is scanned. I'll send your question to them, and someone from Frederick County will get in touch tomorrow. Is there anything else I can help with tonight?"],
      [110, 'p', 'no thats it thanks'],
      [114, 'l', 'Thank you for using AskUsNow!, good night!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", queue: 'global', patronLibrary: 'FCPL', patron: { name: null, email: 'lharmon.kid@example.org', phone: null } },
    // relabelled: "The Maryland Room keeps local yearbooks" points to the publication the patron asked for, where it is
    // kept (a source: the Terms' "pointing to … a publication for the patron to use"); the room itself is not referred to
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'handed to the archivist with no when ("she\'ll e-mail you once she\'s checked the boxes"), e-mail given in the chat, recorded 100 h later: contact fails, on_time fails',
    lines: [
      [0, 'p', 'hi, does the university archive have photos of the 1968 student sit-in?'],
      [20, 'l', 'Hello, this is Jo at Ask Us, Hoover Library. Do you need them for publication or for research?'],
      [50, 'p', 'research for a documentary pitch'],
      [58, 'l', "The digitized part is at digital.library.example.edu/sitin68, about 40 photos. The rest are in boxes our archivist, Maria, has to check; she'll e-mail you once she's checked the boxes. What e-mail should she use?"],
      [90, 'p', 'docfilm.j@example.org'],
      [95, 'l', 'Got it: docfilm.j@example.org. Did the digitized set help in the meantime?'],
      [130, 'p', 'yes a lot. thats all'],
      [134, 'l', 'Thanks for contacting Hoover Library!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'docfilm.j@example.org', phone: null }, followUps: [{ doneAt: at(100 * 3600), by: 'maria', note: 'sent box list' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ contact: 'fail', onTime: 'fail' }),
  },
  {
    // reading: "my colleague Jen will keep digging and text you by Friday at 555-0187" promises; the number is in the chat
    name: 'SMS service, shift change with a follow-up by a colleague: "-Mo" signs off, "my colleague Jen will keep digging and text you by Friday"; number repeated; coded Answered: code fails',
    lines: [
      [0, 'p', 'hey do u know when the bookmobile comes to Pine Hollow trailer park'],
      [40, 'l', 'Hi! Ask a Librarian text service, Mo here from Mid-Columbia Libraries. Is that the one off Route 14?'],
      [90, 'p', 'ya'],
      [96, 'l', "The posted route at midcolumbialibraries.org/bookmobile doesn't list Pine Hollow this month. I'm off in 5 min, so my colleague Jen will keep digging and text you by Friday at 509-555-0187, ok? -Mo"],
      [150, 'p', 'ok cool'],
      [156, 'l', 'Thanks for texting us! -Mo'],
    ],
    over: { resolutionCode: 'Answered', patron: { name: null, email: null, phone: '509-555-0187' } },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },

  // ---- queue and wait messages from the system ----------------------------------------------------------------------
  {
    name: 'queue lines from the system ("All librarians are helping other patrons. You are #4 in line", "#2") do not pick up: the first librarian message at 95 s fails pickup; "Thanks for waiting! I\'m Lena" greets',
    lines: [
      [0, 'p', 'Is the passport office at the library open saturdays'],
      [2, 's', 'All librarians are helping other patrons. You are #4 in line.'],
      [50, 's', 'You are #2 in line.'],
      [95, 'l', "Thanks for waiting! I'm Lena at Austin Public Library. Which branch are you asking about?"],
      [130, 'p', 'the central one'],
      [136, 'l', 'Central takes passport applications by appointment only, Tuesday to Saturday 10-4; book at library.austintexas.gov/passports. Does that answer your question?'],
      [170, 'p', 'yep ty'],
      [175, 'l', 'Have a good day!'],
    ],
    exp: usual({ pickup: 'fail', anything: 'fail' }),
  },
  {
    // reading: pickedUpAt, when recorded, is the pickup (Terms), even though the first message comes 75 s in
    name: 'the source records pickedUpAt at 40 s, the first provider message comes at 75 s: pickup passes (40 s)',
    lines: [
      [0, 'p', 'what time does the Eastside branch close tonight'],
      [75, 'l', 'Hello, this is Jo with Everett Public Library. Eastside closes at 8 tonight; all hours are at epls.org/hours. Did that answer your question?'],
      [100, 'p', 'yes thank you, thats all'],
      [104, 'l', 'Thanks for chatting, have a nice evening!'],
    ],
    over: { pickedUpAt: at(40) },
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'the patron leaves in the queue ("Patron has left") before a librarian picks up at 140 s; the librarian greets, checks in and closes with a notice: Lost Call, pickup fails, information checks na',
    lines: [
      [0, 'p', 'how do i return a hotspot'],
      [3, 's', 'Please wait, a librarian will be with you shortly.'],
      [80, 's', 'Patron has left the chat.', sys('patron_left')],
      [140, 'l', 'Hi, this is Jo at Kansas City Public Library. Sorry for the wait, how can I help?'],
      [265, 'l', 'Are you still there?'],
      [335, 'l', "It looks like you've left the chat, so I'm going to close it. Feel free to start a new one anytime, thanks!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- patrons who leave and come back ------------------------------------------------------------------------------
  {
    name: 'the patron drops ("Patron has left") after the answer and comes back in the same session ("sorry my wifi died, did u find the form?"); the provider resends it: no final idle, all pass',
    lines: [
      [0, 'p', 'I need the form to dispute my property tax assessment'],
      [20, 'l', "Hi! I'm Jo, a reference librarian at the Cuyahoga County Public Library. Is this for a house in Cuyahoga County?"],
      [50, 'p', 'yes in parma'],
      [56, 'l', 'One moment while I find it.'],
      [110, 'l', 'The form is DTE 1, "Complaint Against the Valuation of Real Property", at bor.cuyahogacounty.gov; it is due March 31. Does that answer your question?'],
      [130, 's', 'Patron has left the chat.', sys('patron_left')],
      [200, 'p', 'sorry my wifi died, did u find the form?'],
      [206, 'l', 'Welcome back! Yes: DTE 1 at bor.cuyahogacounty.gov, due March 31. Anything else I can help with?'],
      [240, 'p', 'no thats all, thanks!'],
      [244, 'l', 'Good luck with the appeal, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: any patron message starts a wait; the patron's return after a notice is answered 150 s later
    name: 'the patron comes back after the disconnect notice and waits 150 s for an answer while the provider is in another chat: keep_informed fails',
    lines: [
      [0, 'p', 'Do you have Rosetta Stone?'],
      [25, 'l', 'Hello, Jo here from the Brooklyn Public Library. Which language do you want to learn?'],
      [150, 'l', 'Are you still there?'],
      [215, 'l', 'It seems you were disconnected, so I will end this chat shortly.'],
      [230, 'p', 'sorry! korean'],
      [380, 'l', "Sorry for the delay. We don't have Rosetta Stone, but Mango Languages teaches Korean free with your card: bklynlibrary.org/elibrary > Mango. Is that what you were looking for?"],
      [420, 'p', 'yes thats all i needed'],
      [425, 'l', 'Have fun learning, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- several chats at once ------------------------------------------------------------------------------------------
  {
    // reading: the message meant for another chat is a visible provider message (it ends the wait); clarify came before
    name: 'a provider in three chats sends this patron another patron\'s answer ("Your hold on The Women is ready at Central"), takes it back ("oops, wrong chat!") and answers: concurrency passes at 3',
    lines: [
      [0, 'p', 'how many ebooks can i borrow at once on libby'],
      [20, 'l', 'Hi, Jo at Pikes Peak Library District here. Is your card a full card or an eCard?'],
      [60, 'p', 'full card'],
      [70, 'l', 'Your hold on The Women is ready at Central until Friday.'],
      [76, 'l', 'Oops, sorry, that was for another chat!'],
      [90, 'l', 'With a full card you can borrow 10 ebooks and have 10 holds at once; see ppld.org/ebooks for the limits. Does that answer your question?'],
      [130, 'p', 'lol ok. yes thats all'],
      [135, 'l', 'Thanks for chatting, happy reading!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', 10, 500)] },
    exp: usual(),
  },
  {
    name: 'a provider in four chats at once: "sorry for the wait, I have several chats going" after 170 s of silence: keep_informed and concurrency fail',
    lines: [
      [0, 'p', 'where can I get free tax help in Tulsa'],
      [22, 'l', "Hello! I'm Jo with Tulsa City-County Library. Do you make under $67,000 a year?"],
      [60, 'p', 'yes about 40k'],
      [230, 'l', 'Sorry for the wait, I have several chats going. You qualify for free VITA tax prep: sites and appointments are at tulsalibrary.org/taxhelp. Did that help?'],
      [270, 'p', 'yes, nothing else thanks'],
      [275, 'l', 'Happy to help, bye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', 10, 500), other('c', 'jo', 30, 400)] },
    exp: usual({ informed: 'fail', concurrency: 'fail' }),
  },
  {
    // reading: each provider is judged over the part they handled; Bo's three other chats all open after the transfer
    name: 'transfer to a receiver with three other chats open: Bo has four at once after the transfer: concurrency fails; Jo\'s part is fine',
    lines: [
      [0, 'p', 'need help finding the NFPA 70 electrical code'],
      [20, 'l', 'Hi, this is Jo at Phoenix Public Library. Do you need the current 2023 edition?'],
      [45, 'p', 'yes 2023'],
      [50, 'i', 'patron needs NFPA 70 2023; you handle the standards collection'],
      [54, 'l', "I'll transfer you to Bo, who handles our standards collection."],
      [56, 's', 'Chat transferred to Bo Lee', sys('transfer', 'bo')],
      [90, 'l', "Hi, Bo here. NFPA 70 (2023) is free to read online after a free sign-up at nfpa.org/70, and we have a print copy in the Business & Sciences collection. Does that work for you?", BO],
      [130, 'p', 'yes great, thats all'],
      [135, 'l', 'Thanks for contacting us!', BO],
    ],
    ctx: { otherIntervals: [other('b1', 'bo', 60, 500), other('b2', 'bo', 70, 500), other('b3', 'bo', 80, 500)] },
    exp: usual({ transfer: 'pass', concurrency: 'fail' }),
  },

  // ---- whispers and the internal box --------------------------------------------------------------------------------
  {
    name: 'a supervisor whispers tips in the internal box ("try the state law library\'s eviction page"); the provider keeps the patron informed with holds and cites it: all pass',
    lines: [
      [0, 'p', 'my landlord says i have 3 days to leave is that legal in oregon'],
      [20, 'l', "Hi, I'm Jo, a librarian at Multnomah County Library. I can't give legal advice, but I can find the rules. Did you get a written notice?"],
      [60, 'p', 'yes a paper on my door'],
      [66, 'l', "Thanks, let me look that up, it'll take a minute."],
      [80, 'i', "try the state law library's eviction page, it has the notice periods", SUP],
      [150, 'l', 'Still looking, almost there.'],
      [200, 'l', 'Oregon Law Help explains notice periods and what a "72-hour notice" means at oregonlawhelp.org/eviction. For free legal help, call Legal Aid Services of Oregon at 503-555-0133. Does this answer your question?'],
      [250, 'p', 'yes thank you so much, thats everything'],
      [255, 'l', 'Take care, and thanks for reaching out.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: an answer typed in the internal box is not visible; the wait runs on until the visible resend
    name: 'the answer typed in the internal box by mistake, then resent visibly 150 s after the patron\'s question: keep_informed fails; source passes from the resend',
    lines: [
      [0, 'p', 'do you have repair manuals for a 2009 honda civic'],
      [20, 'l', 'Hello! This is Jo from Spokane Public Library. Is it a manual or automatic?'],
      [40, 'p', 'automatic'],
      [60, 'i', 'Chilton Library has the 2009 Civic: spokanelibrary.org/databases > Chilton Library'],
      [150, 'p', 'hello?'],
      [190, 'l', 'Sorry! I typed that in the wrong box. Chilton Library has the 2009 Civic with the automatic transmission: spokanelibrary.org/databases > Chilton Library. Does that help?'],
      [230, 'p', 'yes, thats all'],
      [234, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- endings across hands ---------------------------------------------------------------------------------------------
  {
    name: 'dismissal at a shift change: "My shift just ended, so I have to log off now." and no way back: dismissal fails; the last two messages carry no thanks or invitation',
    lines: [
      [0, 'p', 'im looking for grants for a small nonprofit in Newark'],
      [20, 'l', 'Hi, this is Jo with Newark Public Library. What does the nonprofit do?'],
      [60, 'p', 'after school music'],
      [68, 'l', 'Candid\'s Foundation Directory Online is free in the library: npl.org/databases > Foundation Directory. Search "music education" and New Jersey.'],
      [110, 'p', 'can i use it from home?'],
      [118, 'l', 'My shift just ended, so I have to log off now.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: "start a new chat tomorrow morning, and the day staff can pick it up" is a way back
    name: 'shift end with a way back: "I\'m going off shift and the chat closes at 9, but start a new chat tomorrow morning and the day staff can pick it up": no dismissal, courteous passes',
    lines: [
      [0, 'p', 'can you help me find scholarly articles on remote work and productivity'],
      [20, 'l', 'Hi! This is Jo at Ask Us, George Mason University Libraries. Is this for a class? Any date range?'],
      [60, 'p', 'MGMT 313, last 5 yrs'],
      [70, 'l', 'Business Source Complete (library.gmu.edu/databases) with remote work AND productivity, 2020-2025, peer-reviewed gives about 300. Is that helpful?'],
      [110, 'p', 'yes but how do i narrow it'],
      [116, 'l', "I'm going off shift and the chat closes at 9, but start a new chat tomorrow morning and the day staff can pick it up. Thanks for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: closing.courteous reads the session's last two visible provider messages, here both Bo's
    name: 'the first provider thanks the patron as she hands off, the receiver ends curtly ("ok.", "done"): courteous fails (the last two are the receiver\'s)',
    lines: [
      [0, 'p', 'whats the wifi password at the main library'],
      [15, 'l', 'Hi, Jo at Reno main library here.'],
      [18, 'i', 'wifi password question, you have the tech desk sheet'],
      [20, 'l', 'Thanks so much for asking! Bo from our tech desk will take your chat from here.'],
      [22, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')],
      [50, 'l', 'The network is WCLS-Public and no password is needed; the guide is at washoecountylibrary.us/wifi.', BO],
      [80, 'p', 'ok thx'],
      [84, 'l', 'ok.', BO],
      [86, 'l', 'done', BO],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', transfer: 'pass' }),
  },
];

// ---- short cases ---------------------------------------------------------------------------------------------------------

const Q: import('./helpers').Line[] = [
  [0, 'p', 'I need help with a FAFSA verification form'],
  [20, 'l', 'Hello, this is Jo at the Ask Us chat of Riverside City College Library. Which form did they ask you for?'],
  [50, 'p', 'the V1 one'],
];
const BO_ANSWER: import('./helpers').Line = [90, 'l', 'Hi, Bo from Financial Aid here. The V1 form is at rcc.edu/finaid/forms. Does that answer it?', BO];
const ENDING: import('./helpers').Line[] = [
  [130, 'p', 'yes thats all'],
  [135, 'l', 'Thanks, bye!', BO],
];
const handoff = (note: string, notice: string): import('./helpers').Line[] => [
  ...Q,
  [56, 'i', note],
  [60, 'l', notice],
  [62, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')],
  BO_ANSWER,
  ...ENDING,
];

export const short: SessionCase[] = [
  // ---- notes that say why, and notes that do not ------------------------------------------------------------------------
  {
    name: 'note "she\'s asking about FAFSA verification; that\'s your area" says why',
    lines: handoff("she's asking about FAFSA verification; that's your area", "I'm going to send your chat over to Bo in Financial Aid."),
    exp: some({ transfer: 'pass' }),
  },
  {
    // reading: the transferring provider's own reason for not going on is a why (K7's reading)
    name: 'note "transferring, I have to cover the desk" gives the transferring provider\'s reason',
    lines: handoff('transferring, I have to cover the desk', 'I have to step away, so Bo will take over your chat.'),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'near miss: note "here you go :)" says no why',
    lines: handoff('here you go :)', 'I am going to transfer you to Bo in Financial Aid.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: note "from the RCC queue" says where the chat comes from, not why',
    lines: handoff('from the RCC queue', 'I am going to transfer you to Bo in Financial Aid.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'note "V1 verification form, student needs the link and the deadline" names the need',
    lines: handoff('V1 verification form, student needs the link and the deadline', "You'll be chatting with Bo from Financial Aid from here."),
    exp: some({ transfer: 'pass' }),
  },
  // ---- telling the patron, and near misses --------------------------------------------------------------------------------
  {
    name: '"I\'m putting you back in the queue so the next librarian can pick you up" tells the patron the chat moves',
    lines: handoff('financial aid question, needs the V1 form', "I'm putting you back in the queue so the next librarian can pick you up."),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: '"I\'m bringing in Bo from Financial Aid, he\'ll take it from here" tells the patron',
    lines: handoff('financial aid question, needs the V1 form', "I'm bringing in Bo from Financial Aid, he'll take it from here."),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'near miss: "Let me check with my colleague in Financial Aid." consults, it does not say the chat moves',
    lines: handoff('financial aid question, needs the V1 form', 'Let me check with my colleague in Financial Aid.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "Financial Aid knows these forms best." names a department, no transfer notice',
    lines: handoff('financial aid question, needs the V1 form', 'Financial Aid knows these forms best.'),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'Spanish notice "Le voy a transferir con Bo, de Ayuda Financiera" tells the patron',
    lines: handoff('financial aid question, needs the V1 form', 'Le voy a transferir con Bo, de Ayuda Financiera. Un momento, por favor.'),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'near miss: the notice only in the internal box ("tell her I\'m passing her to you") is not visible',
    lines: [...Q, [56, 'i', "financial aid question, needs the V1 form. tell her I'm passing her to you"], [62, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')], BO_ANSWER, ...ENDING],
    exp: some({ transfer: 'fail' }),
  },
  // ---- timing across hands ------------------------------------------------------------------------------------------
  {
    // reading: the notice is a hold; the receiver's first visible message 140 s later ends the wait too late
    name: 'the receiver speaks 140 s after the transfer notice (system "Bo Lee has joined" in between ends nothing): keep_informed fails',
    lines: [...Q, [56, 'i', 'V1 form, financial aid'], [60, 'l', 'I am going to transfer you to Bo in Financial Aid.'], [62, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')], [100, 's', 'Bo Lee has joined the chat.', sys('joined')], [200, 'l', 'Hi, Bo here. The V1 form is at rcc.edu/finaid/forms. Does that answer it?', BO], [240, 'p', 'yes thats all'], [245, 'l', 'Thanks, bye!', BO]],
    exp: some({ informed: 'fail', transfer: 'pass' }),
  },
  {
    name: 'the receiver speaks 110 s after the notice: keep_informed passes',
    lines: [...Q, [56, 'i', 'V1 form, financial aid'], [60, 'l', 'I am going to transfer you to Bo in Financial Aid.'], [62, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')], [170, 'l', 'Hi, Bo here. The V1 form is at rcc.edu/finaid/forms. Does that answer it?', BO], [200, 'p', 'yes thats all'], [205, 'l', 'Thanks, bye!', BO]],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'a queue line "You are next in line" at 30 s and the first librarian message at 61 s: pickup fails',
    lines: [[0, 'p', 'do you have notary service'], [30, 's', 'You are next in line.'], [61, 'l', 'Hi, this is Jo at Tempe Public Library. We do, by appointment: tempe.gov/library/notary. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye, thanks!']],
    exp: some({ pickup: 'fail' }),
  },
  {
    name: 'an automatic system welcome ("Welcome to Ask Us! A librarian will join you soon.") is no greeting: the librarian\'s two messages "Let me see." and "The hours are at tempe.gov/library" neither greet nor name: greeting fails',
    lines: [[0, 'p', 'hours today?'], [3, 's', 'Welcome to Ask Us! A librarian will join you soon.'], [30, 'l', 'Let me see.'], [50, 'l', 'Open 9-8 today; the hours are at tempe.gov/library. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye, thanks!']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- concurrency across a transfer ------------------------------------------------------------------------------------
  {
    // reading: Jo is judged only before the transfer (62 s); her three other chats start after it
    name: 'Jo\'s three other chats start after she transfers this one: concurrency passes',
    lines: handoff('financial aid question, needs the V1 form', 'I am going to transfer you to Bo in Financial Aid.'),
    ctx: { otherIntervals: [other('j1', 'jo', 62, 500), other('j2', 'jo', 70, 500), other('j3', 'jo', 80, 500)] },
    exp: some({ concurrency: 'pass' }),
  },
  {
    name: 'Jo has three other chats open while she handles the first part: concurrency fails',
    lines: handoff('financial aid question, needs the V1 form', 'I am going to transfer you to Bo in Financial Aid.'),
    ctx: { otherIntervals: [other('j1', 'jo', -60, 500), other('j2', 'jo', -10, 500), other('j3', 'jo', 10, 500)] },
    exp: some({ concurrency: 'fail' }),
  },
  // ---- follow-up by another staff member --------------------------------------------------------------------------------
  {
    name: '"Our reference desk will e-mail the scan to cam.r@example.org by noon tomorrow" (address given by the patron): contact passes',
    lines: [[0, 'p', 'can i get a scan of a 1955 newspaper article'], [20, 'l', 'Hi, Jo at Topeka & Shawnee County Public Library. Which paper and date?'], [50, 'p', 'Topeka Daily Capital, June 8 1955, page 1. my email is cam.r@example.org'], [60, 'l', 'Our reference desk will e-mail the scan to cam.r@example.org by noon tomorrow. Anything else?'], [90, 'p', 'no thanks'], [94, 'l', 'Thanks, bye!']],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'cam.r@example.org', phone: null } },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'near miss: "Someone from the Maryland Room will be in touch." with the e-mail confirmed but no when: contact fails',
    lines: [[0, 'p', 'can i get a scan of a 1955 newspaper article'], [20, 'l', 'Hi, Jo at Frederick County Public Libraries. Which paper and date?'], [50, 'p', 'Frederick News, June 8 1955. email cam.r@example.org'], [60, 'l', 'Thanks, cam.r@example.org. Someone from the Maryland Room will be in touch. Anything else?'], [90, 'p', 'no thanks'], [94, 'l', 'Thanks, bye!']],
    over: { resolutionCode: "Follow-up by patron's library", patron: { name: null, email: 'cam.r@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'a follow-up recorded 71 h after the end by another staff member: on_time passes',
    lines: [[0, 'p', 'can i get a scan of a 1955 newspaper article'], [20, 'l', 'Hi, Jo at Topeka & Shawnee County Public Library. Which paper and date?'], [50, 'p', 'Topeka Daily Capital, June 8 1955. cam.r@example.org'], [60, 'l', 'Our reference desk will e-mail the scan to cam.r@example.org by Thursday. Anything else?'], [90, 'p', 'no thanks'], [94, 'l', 'Thanks, bye!']],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'cam.r@example.org', phone: null }, followUps: [{ doneAt: at(99 + 71 * 3600), by: 'refdesk', note: 'scan sent' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: some({ onTime: 'pass', contact: 'pass' }),
  },
  // ---- endings ---------------------------------------------------------------------------------------------------------------
  {
    // reading: other patrons waiting with an invitation back is allowed (the seed)
    name: '"I\'m the only one on tonight and there\'s a line of patrons, so I need to wrap up; please come back tomorrow or e-mail ask@tscpl.org" is allowed: no dismissal',
    lines: [...Q, [60, 'l', 'The V1 form is at rcc.edu/finaid/forms.'], [90, 'p', 'and what about the V4?'], [96, 'l', "I'm the only one on tonight and there's a line of patrons, so I need to wrap up; please come back tomorrow or e-mail ask@tscpl.org."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'dismissal: "We\'re shutting the chat queue down now, so this is where I leave you." with no way back fails',
    lines: [...Q, [60, 'l', 'The V1 form is at rcc.edu/finaid/forms.'], [90, 'p', 'and what about the V4?'], [96, 'l', "We're shutting the chat queue down now, so this is where I leave you."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'the receiver asks "Anything else I can dig up for you?": anything else passes',
    lines: [...Q, [56, 'i', 'V1 form, financial aid'], [60, 'l', 'I am going to transfer you to Bo in Financial Aid.'], [62, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')], [90, 'l', 'Hi, Bo here. The V1 form is at rcc.edu/finaid/forms. Anything else I can dig up for you?', BO], [130, 'p', 'nope'], [135, 'l', 'Thanks, bye!', BO]],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: Bo's first message starts the final idle and itself asks whether the patron is there
    name: 'the receiver\'s first message asks "Hi, Bo here taking over, are you still with us?" and the patron never answers (idle 200 s, then a notice): check-in and notice pass',
    lines: [...Q, [56, 'i', 'V1 form, financial aid'], [60, 'l', 'I am going to transfer you to Bo in Financial Aid.'], [62, 's', 'Transferred to Bo Lee', sys('transfer', 'bo')], [90, 'l', 'Hi, Bo here taking over from Jo, are you still with us?', BO], [290, 'l', "Looks like you've stepped away, so I'll close this chat. The V1 form is at rcc.edu/finaid/forms; thanks for contacting us!", BO]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // (run since v18's block RM; it was left:) v3's transferNotice reads "I'll take over" (the speaker's own "ill … take over") as a notice, written for
    // "she'll take over"; narrowing it would change what v3-v16 read in the receivers' and colleagues' words alike, and
    // a transferring provider rarely says it of herself
    name: '(transfer: "I\'ll take over" read as a notice) near miss: "I\'ll take over your chat from here." is the provider keeping the chat',
    lines: handoff('financial aid question, needs the V1 form', "I'll take over your chat from here."),
    exp: some({ transfer: 'fail' }),
  },
];

// ---- near misses and guards of this round's changes ------------------------------------------------------------------
short.push(
  {
    name: 'near miss: "Don\'t worry, nobody else will take over your chat: I\'ll stay with you." promises no transfer',
    lines: handoff('financial aid question, needs the V1 form', "Don't worry, nobody else will take over your chat: I'll stay with you."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: '"Someone from Financial Aid is going to take over this chat." tells the patron',
    lines: handoff('financial aid question, needs the V1 form', 'Someone from Financial Aid is going to take over this chat.'),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'near miss: "I\'m putting you back in line for the book, you\'re #3 now." is a hold queue, no transfer notice',
    lines: handoff('financial aid question, needs the V1 form', "I'm putting you back in line for the book, you're #3 now."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "Is that the right county?" after the answer asks about the patron\'s situation: completeness fails',
    lines: [[0, 'p', 'where can i pick up my hold'], [20, 'l', 'Hi, Jo at Tempe Public Library. Your hold is at the Tempe Public Library on Southern Ave; hours at tempe.gov/library.'], [40, 'l', 'Is that the right county?'], [60, 'p', 'yes, thats all'], [64, 'l', 'Bye, thanks!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Is that the right Lindqvist?" after the obituary found asks whether it is what the patron wanted: completeness passes',
    lines: [[0, 'p', 'looking for an obituary, Harold Lindqvist, Minneapolis 1964'], [20, 'l', 'Hi, Jo at Hennepin County Library. One moment.'], [80, 'l', 'Star Tribune, March 3 1964, p. 28 (hclib.org/databases > Star Tribune Historical): Harold Lindqvist, 71, of Minneapolis. Is that the right Lindqvist?'], [110, 'p', 'yes, thats all'], [114, 'l', 'Bye, thanks!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "The chat service closes at 9 tonight, so here is the link: tempe.gov/library/forms" goes on helping: no dismissal',
    lines: [...Q, [60, 'l', 'The chat service closes at 9 tonight, so here is the link: rcc.edu/finaid/forms.'], [90, 'p', 'ok']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"We\'re closing the chat queue now, but you can e-mail ask@rcc.edu anytime" offers a way back: no dismissal',
    lines: [...Q, [60, 'l', 'The V1 form is at rcc.edu/finaid/forms.'], [90, 'p', 'and what about the V4?'], [96, 'l', "We're closing the chat queue now, but you can e-mail ask@rcc.edu anytime or start a new chat tomorrow."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"The clinic will call you back tomorrow, ok?" is the clinic reaching the patron: no referral',
    lines: [[0, 'p', 'i left a message at the free clinic about my shots'], [20, 'l', 'Hi, Jo at Tempe Public Library. Which clinic?'], [50, 'p', 'the one on Mill Ave'], [56, 'l', 'Their schedule is at tempe.gov/clinic. The clinic will call you back tomorrow, ok?'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye, thanks!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'guard: "Jen will text you by Friday, ok? You can also call the county clerk." still refers to the clerk without a contact: referral fails',
    lines: [[0, 'p', 'how do i get a copy of my marriage license'], [20, 'l', 'Hi, Jo at Tempe Public Library. Which county was it?'], [50, 'p', 'maricopa'], [56, 'l', 'Jen will text you by Friday, ok? You can also call the county clerk.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye, thanks!']],
    exp: some({ referral: 'fail' }),
  },
);

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('sixteenth round (Q4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixteenth round (Q4): handoffs and many hands, every check', whole);
describeSessions('sixteenth round (Q4): handoffs, short cases', short);

describeLeft('sixteenth-round-handoffs', LEFT);
