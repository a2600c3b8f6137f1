/**
 * Thirteenth round, area (N7), WHOLE sessions: A COUNTY PUBLIC LIBRARY SYSTEM'S OWN CHAT, DAYTIME. A mid-size county
 * system (Calder County Public Library: Central in Ashford and eleven branches, Eastgate, Millbrook, Riverside, Oak Hill,
 * Fairview, Westbury, North Point, Cedar Falls, Pine Ridge, Southside, Maple Grove) staffs its own chat from the Central
 * reference desk on weekdays. Staff juggle chat with the desk (holds that run long, "someone just walked up", several
 * chats at once), answer everything from the catalogue, holds and programs to local history and tech help (Libby,
 * printing from a phone, Wi-Fi, the scanner), transfer to branch staff or the children's room, refer to county
 * agencies (treasurer, health department, veterans service office, board of elections, recorder, solid waste, senior
 * services), promise call-backs from branch managers, and sometimes end chats abruptly at shift change. Good sessions
 * and flawed ones; lost calls, a practice chat, a source without codes, follow-ups not yet due (pending), done on time,
 * late and never.
 * Voices: reference staff of a county system (formal, breezy, terse), patrons typing fast on phones, a parent, a
 * retiree, a contractor, a Spanish speaker, a teen.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "Someone just walked up to the desk, give me a few minutes" is a hold; the span it starts ends only at the next
 *   provider message, so a desk patron who takes four minutes leaves the chat patron waiting too long.
 * - Telling the patron to visit or call one of the system's own rooms or branches (the Local History Room, the
 *   Riverside branch) is a referral (the Terms: the provider's own library's departments count when the patron is
 *   told to contact or visit them); "I'll have the branch manager call you" is a follow-up, not a referral.
 * - A branch manager's promised call-back makes a follow-up session whoever makes the call; it needs the number
 *   confirmed in the chat and a when ("by tomorrow noon"); "someone will call you" gives no when.
 * - "My shift is ending, so I have to log off" with nothing more ends the help for the provider's convenience; the
 *   same with a colleague taking the chat over (a transfer) or "start a new chat and my colleague can pick it up"
 *   offers a way back.
 * - "yes that's it" after "Is that the one?" says it is the thing, not that the patron is done; "nope that's all",
 *   "that's everything", "no more questions" say it.
 * - A greeting that thanks the patron for contacting the library ("Thanks for contacting Calder County Public
 *   Library!") thanks the patron, so when it is one of the provider's last two visible messages (a lost call)
 *   `closing.courteous` passes.
 * - A branch's hours or a room's floor are no way to reach it; its phone, e-mail, postal address or URL are.
 * - "Does that sound good?" / "Does that work for you?" right after the patron's e-mail or phone read back ("I have
 *   troop2210@example.org.", "Angela will call (740) 555-0148 before 4") asks about the contact or the call, not whether
 *   the information given meets the need (as v11 K6's "does that look right?"); after a source it still asks.
 * - "Is that workable?" after a work-around asks whether what was given meets the need; "Are you looking for large
 *   print only, or would the audiobook on CD work too?" is a choice about the need (clarifies), not a completeness
 *   question; "Do it online at voteohio.gov, or contact …" is an imperative, not a question.
 * - "My shift ends at noon, but I'll stay on until we sort this out" with the help going on ends nothing.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, DAY, T0, FU_LIB, FU_ME, type Line, describeSessions, other, type SessionCase, some, sys, usual, who, ALL_NA } from './helpers';

const mail = (email: string) => ({ patron: { name: null, email, phone: null } });
const phone = (p: string) => ({ patron: { name: null, email: null, phone: p } });
const LENA = who('Lena Alvarez', 'lalvarez');
const PRIYA = who('Priya Natarajan', 'pnatarajan');
const DEV = who('Devon Boyd', 'dboyd');

export const whole: SessionCase[] = [
  // ---- the catalogue, holds and accounts -----------------------------------------------------------------------------
  {
    name: 'catalogue: large-print copy at Millbrook, format asked, hold placed by the patron, "nope that\'s all"',
    lines: [
      [0, 'p', 'Good morning. Is there a large print copy of The Women by Kristin Hannah at the Millbrook branch?'],
      [22, 'l', "Good morning! You've reached the Calder County Public Library chat, this is Denise at the Central reference desk. Are you looking for large print only, or would the audiobook on CD work too?"],
      [58, 'p', 'Large print please, my eyes are not what they were'],
      [64, 'l', 'Understood! Let me check the catalog for you.'],
      [121, 'l', 'We own 4 large-print copies. The Millbrook copy is checked out (due back March 9), but the Cedar Falls copy is on the shelf. You can place a hold for pickup at Millbrook here: catalog.calderlibrary.org/record/1448210, and it usually arrives in 2-3 days. Does that help?'],
      [170, 'p', 'Oh that is wonderful, I just placed the hold.'],
      [176, 'l', 'Perfect. Anything else I can look up for you this morning?'],
      [205, 'p', "Nope that's all. Thank you dear"],
      [210, 'l', 'My pleasure! Enjoy the book, and thanks for chatting with Calder County Public Library.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Someone just walked up to the desk, give me a few minutes" is a hold; the next provider message comes 4 min later
    name: 'desk walk-up: "Someone just walked up to the desk, give me a few minutes" then 248 s of nothing: keep_informed fails; the rest fine',
    lines: [
      [0, 'p', 'hi can i still pay my fines online? the page where i used to do it is gone'],
      [31, 'l', "Hi there, Marcus with Calder County Public Library. Is it the old PayPal page you're thinking of, or the My Account page?"],
      [80, 'p', 'the paypal one i think'],
      [86, 'l', 'Someone just walked up to the desk, give me a few minutes.'],
      [334, 'l', "Sorry about that! We stopped using PayPal in January. You can now pay by card under My Account > Fines & Fees at calderlibrary.org/myaccount, or at any branch's checkout desk. Did that answer your question?"],
      [370, 'p', 'yep found it. thats all i needed'],
      [377, 'l', 'Great, thanks for your patience! Have a good one.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'several chats at once: Denise has three other chats open the whole time (four at once): concurrency fails; an otherwise good hold-status session',
    lines: [
      [0, 'p', 'My hold for the new Percy Jackson says in transit for a week. Is it lost?'],
      [40, 'l', "Hello, and thanks for waiting! I'm Denise, a librarian at Calder County Public Library. Can you tell me your library card number, or the pickup branch you chose?"],
      [95, 'p', 'pickup at Pine Ridge. card ends in 4471'],
      [101, 'l', 'Thanks! One moment while I look at the item record.'],
      [175, 'l', 'It left Westbury last Monday and was never scanned in at Pine Ridge, so it is probably sitting in a delivery bin. I have flagged it for the courier and put you back in line on the next available copy; you can watch the status in My Account at calderlibrary.org/myaccount. Does that answer your question?'],
      [220, 'p', 'ok good thank you'],
      [226, 'l', 'Anything else I can help with today?'],
      [250, 'p', 'no thats it'],
      [255, 'l', 'Have a great day, and thanks for contacting the library!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 600), other('b', 'jo', -120, 400), other('c', 'jo', 30, 500)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: open intervals exclude the end: the chat that ends at this one's start does not overlap it
    name: 'three other chats, one of which closed exactly when this one started: three at once at most, concurrency passes',
    lines: [
      [0, 'p', 'Do you have the movie Oppenheimer on bluray'],
      [18, 'l', 'Hi! Tomás here at Calder County Public Library. Blu-ray only, or is the DVD OK too?'],
      [44, 'p', 'bluray'],
      [50, 'l', 'We have 2 Blu-ray copies, one on the shelf at Southside right now: catalog.calderlibrary.org/record/1390021. Is that the one you were looking for?'],
      [81, 'p', "yes that's it, thanks"],
      [86, 'l', 'Can I help with anything else?'],
      [102, 'p', 'no'],
      [106, 'l', 'Enjoy the movie! Thanks for chatting with us.'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -500, 0), other('b', 'jo', -60, 200), other('c', 'jo', 10, 300)] },
    exp: usual(),
  },
  {
    // reading: a question answered "yes that's it" says the item is right, not that the patron is done; no anything-else offer
    name: 'a renewal: answer, "yes that\'s it" to "Is that the info you were looking for?", then "You\'re welcome!" last: anything_else and courteous fail',
    lines: [
      [0, 'p', 'can i renew the kindle book i have from the library its due tomorrow'],
      [27, 'l', 'Hi, this is Jen at the Calder County library. Is it a Libby book or one from hoopla?'],
      [61, 'p', 'libby'],
      [70, 'l', 'Libby books can\'t be renewed outright, but 3 days before the due date you\'ll see "Renew" on the loan under Shelf > Loans if nobody is waiting. If there\'s a waitlist it will say "Place hold again" instead. Steps are at help.libbyapp.com/en-us/6183.htm. Is that the info you were looking for?'],
      [112, 'p', "yes that's it. thank u"],
      [118, 'l', "You're welcome!"],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'no clarifying question: branch hours answered at once with the page; everything else fine',
    lines: [
      [0, 'p', 'what time does the Fairview branch close on saturdays'],
      [15, 'l', 'Hello from Calder County Public Library! Fairview is open 10 to 5 on Saturdays; every branch\'s hours are at calderlibrary.org/locations. Did that answer your question?'],
      [40, 'p', 'yes. that was all thanks!'],
      [46, 'l', 'Have a good weekend!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'a slow pickup (84 s) on a busy morning, with an apology; and a greeting with no one named ("Hi! Sorry for the wait.")',
    lines: [
      [0, 'p', 'how many items can i check out at once on my card'],
      [84, 'l', 'Hi! Sorry for the wait, the desk is slammed this morning.'],
      [90, 'l', 'Is it an adult card or a juvenile card?'],
      [130, 'p', 'adult'],
      [137, 'l', 'Adult cards can have 50 items out at once, with no more than 10 DVDs; the full list of limits is on the Borrowing page at calderlibrary.org/borrow. Does that help?'],
      [160, 'p', 'yes thanks, that was all'],
      [166, 'l', 'You bet, bye!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    name: 'a new card online for a new resident: long but well-kept session with a proof-of-address question, two holds and a patron "all set"',
    lines: [
      [0, 'p', 'Hi, I just moved to Ashford from out of state. can I get a library card online?'],
      [19, 'l', "Hi and welcome to the area! I'm Ruth, one of the librarians at Calder County Public Library. Do you have anything that shows your new Calder County address yet, like a lease or a utility bill?"],
      [65, 'p', 'I have my lease as a pdf but my license is still Ohio'],
      [72, 'l', 'That works. Give me a second to pull up the form.'],
      [118, 'l', "Apply at calderlibrary.org/getacard: fill in the form and upload the lease where it asks for proof of address. You'll get a temporary number by e-mail right away, good for e-books and databases, and you can pick up the plastic card at any branch within 30 days."],
      [150, 'p', 'do I have to show the lease again when I pick it up'],
      [156, 'l', "Let me double-check that with our circulation supervisor."],
      [240, 'l', "Just the Ohio license is fine at pickup, since the lease is already on file. Does that cover everything you needed to get started?"],
      [279, 'p', "Yes, I'm all set. Thanks Ruth!"],
      [284, 'l', 'You are very welcome, and thanks for chatting! Come see us at Central sometime.'],
    ],
    exp: usual(),
  },

  // ---- programs, the children's room and transfers ---------------------------------------------------------------
  {
    name: "transfer to the children's room: notice to the parent, an internal note with the why, the youth librarian answers: handoff passes",
    lines: [
      [0, 'p', 'hi! how do I sign up my 6 year old for summer reading, and are there toddler storytimes at eastgate?'],
      [25, 'l', "Hi, this is Marcus at Calder County Public Library's Central reference desk. Are you signing up for the Eastgate branch or another one?"],
      [60, 'p', 'eastgate, we live right by it'],
      [68, 'l', "Great. I'm going to transfer you to Lena Alvarez in our Children's Room; she runs summer reading and the storytimes and will know the sign-up details. One moment!"],
      [74, 'i', 'Lena, parent asking about summer reading sign-up for a 6 y.o. and toddler storytimes at Eastgate. Can you take it?'],
      [80, 's', 'Chat transferred to Lena Alvarez', sys('transfer', 'lalvarez')],
      [104, 'l', "Hi! Lena here from the Children's Room. Summer reading sign-up opens May 15 at calderlibrary.org/summer, and your 6-year-old can log minutes on the Beanstack app. Eastgate has toddler storytime Tuesdays and Thursdays at 10:30, no registration needed. Does that help?", LENA],
      [140, 'p', 'perfect! thats everything'],
      [146, 'l', 'Wonderful, see you at storytime! Thanks for reaching out.', LENA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "Can you grab this one?" says no why
    name: 'transfer to a branch: the internal note says no why ("Can you grab this one?"): handoff fails',
    lines: [
      [0, 'p', 'Is the 3D printer at North Point working? I want to print a part for my dishwasher'],
      [35, 'l', 'Hello! Jen at Calder County Public Library. Have you used our 3D printers before, or would this be your first print?'],
      [70, 'p', 'first time'],
      [76, 'l', "The makerspace staff at North Point can help best, so I'm going to transfer you to them now."],
      [80, 'i', 'Hey Devon, can you grab this one?'],
      [84, 's', 'Transferred to Devon Boyd (North Point)', sys('transfer', 'dboyd')],
      [110, 'l', "Hey, Devon at North Point! Yes, the Prusa is working. First-timers book a 30-minute orientation at calderlibrary.org/makerspace; bring the STL file on a USB stick. Did that answer it?", DEV],
      [150, 'p', "yes that's all thank you"],
      [154, 'l', 'See you soon, thanks!', DEV],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'transfer with a reason but never told to the patron: the patron just sees someone else: handoff fails',
    lines: [
      [0, 'p', 'do you have any old yearbooks from Ashford High, like 1972?'],
      [28, 'l', 'Hi, this is Ruth with Calder County Public Library. Are you looking for a particular person in it?'],
      [66, 'p', 'my dad, Gary Pruitt, class of 72'],
      [70, 'i', 'Priya, yearbook request, Ashford High 1972, patron looking for her father. You have the local history shelf list, can you take this?'],
      [75, 's', 'Transferred to Priya Natarajan', sys('transfer', 'pnatarajan')],
      [98, 'l', "Hi! I'm Priya in the Local History Room. We have the 1972 Ashford High Arrowhead; it's also digitised at digital.calderlibrary.org/yearbooks, where you can search names. Does that help?", PRIYA],
      [150, 'p', 'found him!! thank you so much. thats all'],
      [156, 'l', 'How fun! Thanks for chatting with us.', PRIYA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'transfer announced, then the receiving provider takes 3 minutes to pick up: the transfer notice (a hold) starts a span of 183 s, keep_informed fails',
    lines: [
      [0, 'p', 'My son needs a book for a report on a Native American tribe, 4th grade. Any ideas?'],
      [30, 'l', 'Hi, Tomás at Calder County Public Library here. Is there a particular tribe he was assigned?'],
      [72, 'p', 'the Shawnee'],
      [78, 'l', "Let me transfer you to our Children's Room; they know the 4th-grade assignments best. Please hold on!"],
      [83, 'i', "Lena, 4th grader needs books on the Shawnee for a report. You know the school's list, could you take him?"],
      [86, 's', 'Transferred to Lena Alvarez', sys('transfer', 'lalvarez')],
      [261, 'l', "Hi, I'm Lena in the Children's Room. We have \"The Shawnee\" by Rennay Craats (Native American Art and Culture series) at 5 branches, plus the Britannica School database at calderlibrary.org/kids has a Shawnee article at his reading level. Will that work for his report?", LENA],
      [300, 'p', 'yes thanks, thats everything'],
      [305, 'l', 'Good luck to him! Thanks for chatting.', LENA],
    ],
    exp: usual({ informed: 'fail', transfer: 'pass' }),
  },
  {
    name: "transfer to the children's room where Lena already has three chats: the receiving provider has four at once, concurrency fails",
    lines: [
      [0, 'p', 'Hi, is there a Lego club for kids at any branch?'],
      [20, 'l', "Hello, you've reached Calder County Public Library; this is Marcus. How old is your child?"],
      [50, 'p', '9'],
      [56, 'l', "I'll transfer you to our Children's Room, they run the Lego clubs. One moment please."],
      [60, 'i', 'Lena, Lego club question for a 9 year old, which branches and when. Thanks!'],
      [64, 's', 'Transferred to Lena Alvarez', sys('transfer', 'lalvarez')],
      [90, 'l', "Hi, Lena here! Lego Club meets at Oak Hill on the first Saturday (ages 6-12) and at Riverside every Wednesday at 4. Dates are on calderlibrary.org/events under Kids. Does that help?", LENA],
      [130, 'p', 'yes! no more questions, thank you'],
      [135, 'l', 'Have fun building! Thanks for writing in.', LENA],
    ],
    ctx: { otherIntervals: [other('a', 'lalvarez', 0, 600), other('b', 'lalvarez', 30, 700), other('c', 'lalvarez', 50, 400)] },
    exp: usual({ transfer: 'pass', concurrency: 'fail' }),
  },
  {
    name: 'program registration in Spanish: ESL class, a question about level and branch, "¿Le sirve?", "es todo"',
    lines: [
      [0, 'p', 'Hola, tienen clases de inglés para adultos? Trabajo en las mañanas'],
      [26, 'l', '¡Hola! Le saluda Carmen, de la Biblioteca Pública del Condado de Calder. ¿Qué sucursal le queda más cerca?'],
      [70, 'p', 'Southside'],
      [77, 'l', 'Un momento, reviso el calendario.'],
      [130, 'l', 'En Southside hay clases de inglés gratis los martes y jueves de 6:30 a 8 pm, para principiantes e intermedios. Se inscribe en calderlibrary.org/esl o en persona en la sucursal. ¿Le sirve este horario?'],
      [170, 'p', 'si perfecto. es todo, gracias'],
      [176, 'l', '¡Con mucho gusto! Que tenga buen día.'],
    ],
    exp: usual(),
  },
  {
    name: 'an author visit: the provider gives the date and the registration page but never asks whether it helps; patron "ok"',
    lines: [
      [0, 'p', 'Is the author visit with Jason Reynolds at central still happening next month?'],
      [33, 'l', "Hi, you're chatting with Denise at Calder County Public Library. Yes! Are you asking about the evening talk or the school-day event?"],
      [71, 'p', 'the evening one'],
      [78, 'l', 'The evening talk is Thursday April 9 at 7 pm in the Central auditorium. Seats are free but you need to register: calderlibrary.org/events/reynolds.'],
      [110, 'p', 'ok'],
      [116, 'l', 'Anything else today?'],
      [140, 'p', 'no'],
      [144, 'l', 'Thanks for chatting, enjoy the talk!'],
    ],
    exp: usual({ complete: 'fail' }),
  },

  // ---- local history ---------------------------------------------------------------------------------------------
  {
    name: 'local history with long searching kept up by "still digging" updates every 90-110 s; historical society referred with a phone',
    lines: [
      [0, 'p', 'I am trying to find out when the old Calder County Courthouse burned down. My grandmother said the 1930s.'],
      [24, 'l', "Good morning, this is Priya in Calder County Public Library's Local History Room. Are you after the date only, or newspaper coverage of the fire too?"],
      [61, 'p', 'both if possible'],
      [67, 'l', 'Let me check our index to the Ashford Courier.'],
      [160, 'l', 'Still digging: the index has two fire entries in the 1930s, pulling up the first.'],
      [268, 'l', 'Almost there, the microfilm viewer is slow this morning.'],
      [350, 'l', 'Found it: the courthouse burned on the night of February 11, 1936. The Ashford Courier covered it on February 12, 1936, page 1, and you can read it free in our digital newspapers at digital.calderlibrary.org/courier. Does that match what your grandmother remembered?'],
      [410, 'p', 'Yes! She was 8 then. Are there photos?'],
      [418, 'l', 'The Calder County Historical Society holds the courthouse photo collection; call them at (740) 555-0162 or write to info@caldercountyhistory.example.org to see them.'],
      [455, 'p', 'That is everything I needed, thank you'],
      [461, 'l', 'What a great family story. Thanks for contacting the library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the Local History Room is the provider's own library's department; "stop by" it is a referral; its floor and hours reach no one
    name: 'local history: "stop by the Local History Room on the 3rd floor of Central, open Tue-Sat" with no phone, e-mail or URL for it: referral fails',
    lines: [
      [0, 'p', 'where can I find out who owned my house before 1950'],
      [30, 'l', 'Hi! Tomás at Calder County Public Library. What town is the house in?'],
      [66, 'p', 'Cedar Falls, on Maple St'],
      [72, 'l', 'Checking what we have for Cedar Falls, just a moment.'],
      [140, 'l', 'The county Recorder\'s deed index online only goes back to 1985 (caldercounty.gov/recorder/search), but our Cedar Falls city directories from 1910-1960 list who lived at each address.'],
      [148, 'l', 'For those, stop by the Local History Room on the 3rd floor of Central; it is open Tuesday to Saturday, 10 to 5.'],
      [190, 'p', 'ok i can go saturday. thats all i need'],
      [196, 'l', 'Sounds good. Good luck with the search!'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
  {
    // reading: "I'll ask Ruth ... she'll email you" consults a colleague on the patron's behalf: a follow-up, no referral
    name: 'local history follow-up not yet due: the provider will ask the archivist and e-mail by Friday, e-mail given in the chat, coded Follow-up by me: on_time pending',
    lines: [
      [0, 'p', 'Hello. Do you have any records of the Pine Ridge one-room schoolhouse? My great-aunt taught there around 1920.'],
      [40, 'l', 'Hello, this is Denise, reference librarian at Calder County Public Library. Do you know her name then, and whether she was married at the time?'],
      [95, 'p', 'Edna Fowler, unmarried then'],
      [102, 'l', 'Thank you. Let me look at our school records finding aid.'],
      [190, 'l', 'Our Calder County school records guide (calderlibrary.org/localhistory/schools) lists Pine Ridge School No. 4 teacher contracts for 1915-1925, but they are in boxes that are not digitised. I will ask Ruth, our archivist, to check the 1918-1922 contracts for Edna Fowler and e-mail you what she finds by Friday. What e-mail should she use?'],
      [240, 'p', 'efowler.family@example.org'],
      [247, 'l', 'Got it: efowler.family@example.org. Does that cover what you need for now, or is there anything else I can look for?'],
      [280, 'p', "That's all for now, thank you so much"],
      [286, 'l', 'Thank you for writing in! Ruth will be in touch by Friday.'],
    ],
    over: { ...FU_ME },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'local history follow-up sent late: promised "within 2 days", recorded 80 h after the end: on_time fails',
    lines: [
      [0, 'p', 'need the obituary for Walter Simms died March 1988 in Ashford'],
      [25, 'l', 'Hi, Marcus at Calder County Public Library. Do you know which paper, or just that it was in Ashford?'],
      [60, 'p', 'probably the Courier'],
      [66, 'l', 'Thanks, one moment.'],
      [150, 'l', 'The Courier for 1988 is on microfilm only (see the list at calderlibrary.org/localhistory/newspapers). I can look through the March 1988 reels and scan the obituary for you within 2 days. Would you like that? If so, what e-mail should I send it to?'],
      [190, 'p', 'yes please, simmsfam@example.org'],
      [197, 'l', "I'll send it to simmsfam@example.org within 2 days. Anything else I can help with?"],
      [220, 'p', 'no thats all'],
      [225, 'l', 'Thanks for contacting the library, talk soon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: new Date(T0 + (230 + 80 * 3600) * 1000).toISOString(), by: 'jo', note: 'scanned obit sent' }] },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },

  // ---- tech help ---------------------------------------------------------------------------------------------------
  {
    name: 'tech help: Libby sign-in on an iPad, device asked, steps, "Does it work now?", patron "perfect no more questions"',
    lines: [
      [0, 'p', 'libby keeps saying my card is invalid'],
      [17, 'l', "Hi there! This is Jen at Calder County Public Library's chat. Are you choosing Calder County Public Library as the library in Libby, or the state's Ohio Digital Library?"],
      [60, 'p', 'ohio digital library i think'],
      [66, 'l', 'That\'s it: our cards only work when you add Calder County Public Library. In Libby tap the menu (three lines) > Add Library, search "Calder", then enter your 14-digit card number and the PIN (the last 4 digits of your phone number unless you changed it). The steps with pictures are at calderlibrary.org/libby. Does it work now?'],
      [140, 'p', 'yes it worked!! perfect no more questions'],
      [146, 'l', 'Yay! Happy reading and thanks for contacting us.'],
    ],
    exp: usual(),
  },
  {
    name: 'tech help, flawed: "Let me try that on our test iPad" then 3 min of silence, no "anything else", and "np" as the last word',
    lines: [
      [0, 'p', 'how do i print from my phone at eastgate'],
      [38, 'l', 'Hi! Marcus at Calder County Public Library. Android or iPhone?'],
      [70, 'p', 'iphone'],
      [77, 'l', 'Let me try that on our test iPad so I can give you the right steps.'],
      [270, 'l', 'OK: go to print.calderlibrary.org on your phone, choose Eastgate, upload the file and enter your e-mail. Then at the Eastgate print station tap "Release" and type the same e-mail. 10 cents a page black and white. Did that work?'],
      [330, 'p', 'ok thanks'],
      [335, 'l', 'np'],
    ],
    exp: usual({ informed: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'tech help: scanner to e-mail at Central, partial result while trying it ("still looking"), well kept; patron done',
    lines: [
      [0, 'p', 'The scanner upstairs at Central will not send to my email. I am standing at it.'],
      [14, 'l', "Hi, I'm Ruth at the reference desk downstairs, Calder County Public Library. What does the screen say after you hit Send?"],
      [50, 'p', 'Send failed check address'],
      [56, 'l', "Hmm, let me check with IT about the scanner; the last one who had this used a Gmail address with a typo. Still looking, hang on."],
      [150, 'l', 'IT says the scanner is fine but it rejects addresses longer than 40 characters. Tap "USB" instead and save to a flash drive, or come down to the desk and I\'ll lend you one. The scanner guide is at calderlibrary.org/scan. Is that workable?'],
      [190, 'p', 'ok yes my address is super long lol. I will come down. that is all'],
      [196, 'l', 'See you in a minute! Thanks.'],
    ],
    exp: usual(),
  },
  {
    name: 'Wi-Fi at a branch from the parking lot: no source ever (only "it should reach the lot"); clarifying question asked',
    lines: [
      [0, 'p', 'does the wifi at maple grove work in the parking lot after hours'],
      [22, 'l', "Hi, Tomás from Calder County Public Library here. Which side of the building would you park on?"],
      [55, 'p', 'the side by the dumpsters lol'],
      [61, 'l', "It's on 24/7 and it should reach that side of the lot; no password needed, just accept the terms. Does that answer your question?"],
      [90, 'p', 'yes thanks thats all'],
      [95, 'l', 'Have a good one!'],
    ],
    exp: usual({ source: 'fail' }),
  },

  // ---- county agencies (referrals) -----------------------------------------------------------------------------
  {
    name: 'county treasurer referred with phone and web page: referral passes',
    lines: [
      [0, 'p', 'Where do I pay my property tax, I never got a bill this year'],
      [28, 'l', "Good morning! I'm Denise, a librarian at Calder County Public Library. Is this for a house in Calder County?"],
      [60, 'p', 'yes in Riverside township'],
      [66, 'l', "The library doesn't handle taxes, but the Calder County Treasurer's Office can reprint your bill: call them at (740) 555-0119 or look it up by address at caldercounty.gov/treasurer. First-half taxes are due February 20 this year. Does that help?"],
      [110, 'p', 'that helps a lot, thats all'],
      [116, 'l', 'Good luck, and thanks for contacting the library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'septic permit: EPA page as a source, then "you\'ll want to call the county Health Department" with no number: referral fails',
    lines: [
      [0, 'p', "we're replacing our septic system, do we need a permit"],
      [33, 'l', 'Hi, Jen at Calder County Public Library. Is the house in the county or inside Ashford city limits?'],
      [70, 'p', 'county, out by cedar falls'],
      [76, 'l', "Ohio's rules are summarised on the state EPA page at epa.ohio.gov/divisions-and-offices/environmental-services/septic, and yes, a replacement needs a permit."],
      [90, 'l', "For the permit itself you'll want to call the county Health Department; they also do the site visit."],
      [120, 'p', 'ok thanks. thats everything'],
      [125, 'l', 'Thanks for chatting with us!'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'veterans: Veterans Service Office referred by address and phone, plus a library guide; a hold while checking hours',
    lines: [
      [0, 'p', 'My father was in Korea and I need a copy of his DD-214 for the VA. Can the library do that?'],
      [25, 'l', "Hello, Marcus at Calder County Public Library. We can't request it for you, but I can point you the right way. Do you know if he was Army or another branch, and is he living?"],
      [80, 'p', 'Army, he passed in 2019'],
      [86, 'l', 'Thanks. Give me a minute to check the Veterans Service Office hours.'],
      [160, 'l', "As next of kin you can request it from the National Archives online at archives.gov/veterans/military-service-records. The Calder County Veterans Service Office will help you fill it in for free: 220 W. Main St., Ashford, (740) 555-0174, walk-ins Monday to Thursday. Does that answer your question?"],
      [205, 'p', "yes, thank you, that's all I needed"],
      [211, 'l', 'I hope it goes smoothly. Thank you for writing in!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'notary: "try your bank" as a referral with no way to reach it: referral fails; the library\'s notary page is a source',
    lines: [
      [0, 'p', 'does the library have a notary'],
      [20, 'l', "Hi, Tomás here at Calder County Public Library. Do you need it today, or sometime this week?"],
      [49, 'p', 'today if possible'],
      [55, 'l', "Central has a notary on Tuesdays and Thursdays 1-4 only (calderlibrary.org/notary), so not today. Try your bank: most banks notarize free for their customers. Does that help?"],
      [85, 'p', 'ok. no more questions'],
      [90, 'l', 'Thanks for contacting us, have a good day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'voter registration: Board of Elections with phone and site; a patron who asks two more things and says "that\'s everything"',
    lines: [
      [0, 'p', 'I moved within the county, do I need to re register to vote'],
      [30, 'l', "Hi, this is Ruth, a librarian with Calder County Public Library. Did you move in the last 30 days before an election, or earlier?"],
      [70, 'p', 'in january'],
      [76, 'l', "You don't re-register, but you do need to update your address. Do it online at voteohio.gov, or contact the Calder County Board of Elections at (740) 555-0131. Did that answer your question?"],
      [120, 'p', 'yes. also can I vote early at the library?'],
      [126, 'l', 'Not at the library; early voting is only at the Board of Elections office, 15 Court St., Ashford.'],
      [150, 'p', 'got it. thats everything'],
      [155, 'l', 'Thanks for chatting, and happy voting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'senior services: "your Area Agency on Aging would be the ones to ask" with no way to reach it, and a tax-help page: referral fails',
    lines: [
      [0, 'p', 'my mom is 82 and needs help with her medicare part d plan, does the library help with that'],
      [34, 'l', "Hello, I'm Denise at Calder County Public Library. Is she looking to change plans during open enrollment, or does she have a problem with her current one?"],
      [80, 'p', 'she wants to compare for next year'],
      [87, 'l', 'Medicare\'s Plan Finder at medicare.gov/plan-compare compares them side by side. For someone to sit down with her, the Area Agency on Aging would be the ones to ask; their counselors are free.'],
      [130, 'p', 'ok thank you'],
      [136, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'no thats it'],
      [165, 'l', 'Take care, thanks for writing!'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },

  // ---- call-backs and follow-ups -------------------------------------------------------------------------------
  {
    // reading: a branch manager's call-back is a follow-up session; the number given in the chat and "by tomorrow noon" make the contact
    name: 'a charge for a returned DVD: the Riverside branch manager will call back by tomorrow noon, number given in the chat, coded Follow-up by patron\'s library, done in 20 h',
    lines: [
      [0, 'p', "I'm being charged $25 for a DVD I returned at Riverside two weeks ago. This is ridiculous."],
      [29, 'l', "Hi, I'm Marcus at Calder County Public Library, and I'm sorry about that. Which DVD is it?"],
      [64, 'p', 'Top Gun Maverick'],
      [70, 'l', "Thanks, let me look at the account."],
      [140, 'l', "I see it: it was checked in at Riverside on Feb 26 as \"missing case\". The charge is for the case, not the disc. You can see it in My Account at calderlibrary.org/myaccount. Does that explain the charge? Only the branch can waive it, so I'll ask Tom Reyes, the Riverside branch manager, to call you back by tomorrow noon. What's the best number?"],
      [190, 'p', '740-555-0199'],
      [196, 'l', "Thanks, I've passed 740-555-0199 to Tom; he'll call by noon tomorrow. Does that sound OK?"],
      [230, 'p', 'fine. thats all'],
      [236, 'l', 'Thanks for your patience, and sorry again for the trouble.'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: new Date(T0 + 20 * 3600_000).toISOString(), by: 'treyes', note: 'called patron, waived case fee' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a call-back promised with no when ("someone will give you a call"), coded Answered, never done: code, contact and on_time fail',
    lines: [
      [0, 'p', 'the bathroom at oak hill has been out of order for a month. who do i complain to'],
      [40, 'l', "Hi, Tomás at Calder County Public Library. I'm sorry! Is it the one by the children's area or the main one?"],
      [80, 'p', 'main one'],
      [86, 'l', "Thanks. Facilities repairs go through the branch, so I've written it up for the Oak Hill manager and someone will give you a call about it. What's a good number?"],
      [130, 'p', '740 555 0123'],
      [134, 'l', 'Got it. Anything else?'],
      [150, 'p', 'no'],
      [154, 'l', 'Thanks for letting us know!'],
    ],
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'follow-up coded, e-mail only in the patron field and never in the chat: contact fails, the code passes (a contact is known), pending',
    lines: [
      [0, 'p', 'Can you find me the minutes of the 1974 county commissioners meeting about the reservoir?'],
      [35, 'l', 'Hi, Ruth at Calder County Public Library. Do you know the month, or just the year?'],
      [70, 'p', 'fall I think'],
      [76, 'l', 'Let me check what we hold.'],
      [170, 'l', "We have the commissioners' journals for 1974 in storage (listed at calderlibrary.org/localhistory/government). I'll pull September to December and send you scans of the reservoir items by Thursday. Is that what you're after?"],
      [210, 'p', 'yes perfect. that is all'],
      [215, 'l', 'Great, talk to you Thursday. Thank you!'],
    ],
    over: { ...FU_ME, ...mail('kwalsh@example.org') },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: "Follow-up by patron's library coded on a quick answer, no contact anywhere and nothing promised: code and contact fail, on_time fails once due",
    lines: [
      [0, 'p', 'is the book sale at westbury this weekend'],
      [21, 'l', "Hi! Jen from Calder County Public Library. The Friends' spring sale? Or the kids' one?"],
      [40, 'p', 'the big one'],
      [45, 'l', "That's this Saturday 9-3 at Westbury, with a preview for Friends members Friday at 5. Details: calderlibrary.org/friends. Does that answer your question?"],
      [70, 'p', 'yes, all set'],
      [75, 'l', 'Happy hunting! Thanks for chatting.'],
    ],
    over: { ...FU_LIB },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    // reading: "Angela will call … before 4 this afternoon. Does that work for you?" asks about the call, not whether the information given meets the need
    name: "a manager call-back the same afternoon (\"before 4 today\"), phone given by the patron in the chat, coded Follow-up by me, done 3 h later; \"Does that work for you?\" about the call is no completeness question",
    lines: [
      [0, 'p', 'Hi I want to talk to the manager at Fairview about the teen room rules, my daughter got asked to leave'],
      [30, 'l', "Hello, this is Denise with Calder County Public Library. I'm sorry that happened. Was this yesterday after school?"],
      [72, 'p', 'yes around 4'],
      [78, 'l', "Thank you. The teen room rules are posted at calderlibrary.org/teens/rules. I'll have Angela Moss, the Fairview branch manager, call you before 4 today so you can talk it through. What number should she use?"],
      [130, 'p', '(740) 555-0148'],
      [137, 'l', 'Thanks, Angela will call (740) 555-0148 before 4 this afternoon. Does that work for you?'],
      [170, 'p', 'yes thats all, thanks'],
      [175, 'l', 'Thank you for reaching out to us.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: new Date(T0 + 3 * 3600_000).toISOString(), by: 'amoss', note: 'spoke with parent' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a promise to e-mail a reading list "when I get a chance", e-mail given, coded Follow-up by me: contact fails (no when), pending',
    lines: [
      [0, 'p', 'My book club wants novels set in Ohio, any suggestions?'],
      [28, 'l', "Hi! I'm Tomás, a librarian at Calder County Public Library. Does your club prefer recent books or classics?"],
      [70, 'p', 'recent, last 10 years'],
      [77, 'l', "Two to start: \"Little Fires Everywhere\" by Celeste Ng (Shaker Heights) and \"Ohio\" by Stephen Markley. Let me build you a longer list and e-mail it to you when I get a chance. What's your e-mail?"],
      [120, 'p', 'bookclub.janet@example.org'],
      [126, 'l', 'Thanks, bookclub.janet@example.org. Anything else?'],
      [140, 'p', 'no thanks'],
      [145, 'l', 'Happy reading, bye!'],
    ],
    over: { ...FU_ME },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a follow-up by the branch with the e-mail repeated back and "by Wednesday", coded Follow-up by patron\'s library; now past the deadline and never recorded: on_time fails',
    lines: [
      [0, 'p', 'Can the Cedar Falls branch host my Girl Scout troop for a tour?'],
      [30, 'l', "Hi, this is Ruth at Calder County Public Library. How many scouts, and about what age?"],
      [66, 'p', '12 girls, Brownies, 7-8 years old'],
      [72, 'l', "Lovely! Group tours are booked by each branch; the form is at calderlibrary.org/grouptours. I'll send your request to the Cedar Falls staff and they'll e-mail you by Wednesday with dates. What's your e-mail?"],
      [110, 'p', 'troop2210@example.org'],
      [115, 'l', 'I have troop2210@example.org. Does that sound good?'],
      [140, 'p', 'yes, no more questions'],
      [146, 'l', 'Thank you, have a great day!'],
    ],
    over: { ...FU_LIB },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    // (the merge's) the API scores transcripts as stored, with the patron's own contact redacted wherever it stands
    name: '(the merge\'s) the same as stored: "I have [email]. Does that sound good?" after the patron\'s redacted "[email]" still asks about the contact',
    lines: [
      [0, 'p', 'Can the Cedar Falls branch host my Girl Scout troop for a tour?'],
      [30, 'l', "Hi, this is Ruth at Calder County Public Library. How many scouts, and about what age?"],
      [66, 'p', '12 girls, Brownies, 7-8 years old'],
      [72, 'l', "Lovely! Group tours are booked by each branch; the form is at calderlibrary.org/grouptours. I'll send your request to the Cedar Falls staff and they'll e-mail you by Wednesday with dates. What's your e-mail?"],
      [110, 'p', '[email]'],
      [115, 'l', 'I have [email]. Does that sound good?'],
      [140, 'p', 'yes, no more questions'],
      [146, 'l', 'Thank you, have a great day!'],
    ],
    over: { ...FU_LIB },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },

  // ---- shift changes and endings ---------------------------------------------------------------------------------
  {
    name: 'shift change, abrupt: "my shift just ended, I need to log off. Bye." mid-question with no way back: dismissal fails',
    lines: [
      [0, 'p', 'hi, I need a book on building a deck, do you have any at north point'],
      [28, 'l', "Hi, Marcus here at Calder County Public Library. Is this a ground-level deck or a raised one?"],
      [60, 'p', 'raised, off the back door'],
      [66, 'l', 'North Point has "Decks: Plan, Design, Build" by Mike Guertin on the shelf (catalog.calderlibrary.org/record/1002345). Does that help?'],
      [110, 'p', 'yes, and what about permits for it?'],
      [116, 'l', 'Sorry, my shift just ended and I need to log off. Bye.'],
    ],
    over: { endAfter: 3 },
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'shift change handled by a transfer: the colleague is told why and the patron is told; no dismissal',
    lines: [
      [0, 'p', 'I am writing a history of St. Mary Church in Millbrook, do you have parish records?'],
      [26, 'l', "Good morning! You've reached Calder County Public Library; I'm Denise. Are you looking for baptism and marriage records, or the history of the building?"],
      [70, 'p', 'history of the building, it was built in 1880s'],
      [76, 'l', "My shift at the desk is ending in a minute, so I'm handing you to my colleague Priya, who runs the Local History Room and knows Millbrook's churches. She'll pick up right here."],
      [80, 'i', 'Priya, this patron is writing a history of St. Mary Church in Millbrook (1880s building). Needs local history sources; my shift is over. Thanks!'],
      [84, 's', 'Chat transferred to Priya Natarajan', sys('transfer', 'pnatarajan')],
      [110, 'l', "Hi, Priya here. We have the 1884 Millbrook centennial booklet and a St. Mary vertical file in the Local History Room, and the church's cornerstone story ran in the Ashford Courier in 1885 (digital.calderlibrary.org/courier). Is that the kind of thing you're after?", PRIYA],
      [160, 'p', 'exactly that. that is all for now'],
      [166, 'l', 'Wonderful. Thanks for contacting us, and good luck with the history!', PRIYA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "call the reference desk at …" tells the patron to contact the library's own department: a referral with a phone
    name: 'shift change with a way back: "please start a new chat and my colleague can help, or call the reference desk at (740) 555-0143": no dismissal, referral passes',
    lines: [
      [0, 'p', 'Do you have ACT prep books? And can I take a practice test at the library?'],
      [34, 'l', "Hi, this is Jen at Calder County Public Library. Is the test coming up soon, like this spring?"],
      [70, 'p', 'april'],
      [76, 'l', 'We have the Official ACT Prep Guide 2025-2026 at 6 branches (catalog.calderlibrary.org), and free full-length practice tests through the Learning Express database at calderlibrary.org/learningexpress. Does that help?'],
      [120, 'p', 'yes! and the practice test at the library part?'],
      [126, 'l', "I have to close out now because my shift is over, but please start a new chat and my colleague can help with the proctored test, or call the reference desk at (740) 555-0143. Thanks for chatting!"],
    ],
    over: { endAfter: 3 },
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'busy desk: "a line has formed at the desk, so I need to wrap up; feel free to start a new chat later for your other questions": allowed, no dismissal',
    lines: [
      [0, 'p', 'I have a bunch of questions about starting a small business, where do I begin'],
      [25, 'l', "Hi! I'm Ruth, a librarian at Calder County Public Library. What kind of business are you thinking of?"],
      [60, 'p', 'a food truck'],
      [67, 'l', 'A good first stop is our Small Business guide at calderlibrary.org/business, and the ReferenceUSA database there for competitors in the county. You can also call the Ohio SBDC at Ashford State, which advises small businesses for free: (740) 555-0190. Is that a helpful start?'],
      [120, 'p', 'yes. also what about the food license, and insurance, and a business plan template'],
      [127, 'l', "Those are all good questions! A line has formed at the desk, so I need to wrap up this chat, but feel free to start a new chat later for your other questions. Thanks and good luck!"],
    ],
    over: { endAfter: 3 },
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'a frustrated patron: "I\'ve answered that three times now, I\'m ending this chat." with no way back: dismissal fails',
    lines: [
      [0, 'p', 'why cant i put more than 15 holds'],
      [22, 'l', 'Hi, Tomás at Calder County Public Library. Is it saying you hit the limit when you try to place one?'],
      [50, 'p', 'YES'],
      [55, 'l', "Every card can have 15 holds at once; it's in the borrowing rules at calderlibrary.org/borrow. Does that answer your question?"],
      [80, 'p', 'thats stupid why 15'],
      [86, 'l', 'The limit keeps wait lists moving for everyone.'],
      [110, 'p', 'but WHY 15 and not 30'],
      [116, 'l', "I've answered that three times now, I'm ending this chat."],
    ],
    over: { endAfter: 2 },
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },

  // ---- idle patrons -------------------------------------------------------------------------------------------------
  {
    name: 'the patron goes quiet after the answer: "Are you still there?" and "It looks like you\'ve stepped away, so I\'ll close this chat. Feel free to start a new one!" (idle 230 s): both pass',
    lines: [
      [0, 'p', 'do you have passport services at the library'],
      [24, 'l', 'Hi, this is Jen at Calder County Public Library. Are you applying for a first passport or renewing one?'],
      [60, 'p', 'first one for my son'],
      [67, 'l', 'Central and Eastgate accept passport applications by appointment: book at calderlibrary.org/passports. Bring his birth certificate, both parents, and a photo (we take photos for $15). Does that answer your question?'],
      [200, 'l', 'Are you still there?'],
      [297, 'l', "It looks like you've stepped away, so I'll close this chat. Feel free to start a new one anytime. Thank you!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the patron goes quiet and the chat just times out 200 s after the answer: check-in, notice and courteous fail',
    lines: [
      [0, 'p', 'are dogs allowed at the library'],
      [19, 'l', 'Hello! Marcus at Calder County Public Library. Do you mean service dogs, or a pet dog?'],
      [50, 'p', 'my pet, he is small'],
      [56, 'l', 'Only service animals are allowed inside, but Oak Hill and Riverside host "Paws to Read" dog events; see calderlibrary.org/events. Did that help?'],
      [256, 's', 'Chat timed out', sys('ended')],
    ],
    over: { endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'a goodbye to no one 4 minutes after the answer, no check-in: the idle ends at the goodbye (244 s): check-in and notice fail, courteous passes',
    lines: [
      [0, 'p', 'what is the fine for a lost library card'],
      [21, 'l', "Hi, Ruth at Calder County Public Library here. Is the card lost, or did it stop working?"],
      [49, 'p', 'lost'],
      [56, 'l', "A replacement card is $2 at any branch; bring a photo ID (calderlibrary.org/cards). I've put a block on the old card number so no one else can use it. Does that help?"],
      [300, 'l', 'Thanks for chatting with the library, have a good day!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'quiet after the clarifying question (no answer given): check-in and notice, Lost Call coded but the patron sent one message: source fails, code passes',
    lines: [
      [0, 'p', 'do you have the ged book'],
      [30, 'l', 'Hi! This is Tomás at Calder County Public Library. Do you want the test-prep book to borrow, or info on the GED classes?'],
      [170, 'l', 'Hi, are you still with me?'],
      [235, 'l', "I haven't heard back, so it seems you've been disconnected; I'll end this chat now. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- lost calls, practice, codes ----------------------------------------------------------------------------------
  {
    // reading: "Thanks for contacting Calder County Public Library" in the greeting thanks the patron
    name: 'lost call before pickup: the patron left, the provider greets once; information checks na, courteous passes (the greeting thanks), idle na',
    lines: [
      [0, 'p', 'what time does central open'],
      [14, 's', 'Patron left the chat', sys('patron_left')],
      [31, 'l', "Hi, thanks for contacting Calder County Public Library! This is Jen. How can I help?"],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 60 },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'coded Lost Call although the patron sent three messages and got an answer: code fails',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', 'Hello, Marcus at Calder County Public Library. How can I help?'],
      [40, 'p', 'do u have computer classes for seniors'],
      [46, 'l', 'Yes! Is your mom or dad looking, or yourself? And which branch is closest?'],
      [80, 'p', 'me, pine ridge'],
      [86, 'l', 'Pine Ridge has "Computer Basics for Seniors" Mondays at 10 in March; sign up at calderlibrary.org/techclasses. Did that help?'],
      [290, 's', 'Patron left the chat', sys('patron_left')],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 0 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail' }),
  },
  {
    name: 'a practice chat between two staff at Central, coded Practice: every check na',
    lines: [
      [0, 'p', 'testing testing, can you see this Marcus?'],
      [10, 'l', 'Hi Jen, yes, loud and clear! Calder County Public Library chat test.'],
      [25, 'p', 'great, the new widget works on the Eastgate kiosk'],
      [30, 'l', 'Excellent, closing this one out.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'a good session whose code was never set (null): code fails',
    lines: [
      [0, 'p', 'Is there a seed library at any branch?'],
      [25, 'l', 'Hi there! Denise at Calder County Public Library. Are you looking for vegetables, flowers, or both?'],
      [60, 'p', 'veggies mostly'],
      [66, 'l', 'Riverside and Cedar Falls have seed libraries in the lobby, up to 5 packets a month. This spring\'s list is at calderlibrary.org/seeds. Does that help?'],
      [100, 'p', 'yes, that is all'],
      [105, 'l', 'Happy gardening, thanks for writing!'],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'from the old chat widget, which has no codes (field left out): code na',
    lines: [
      [0, 'p', 'can i reserve a study room at central'],
      [17, 'l', 'Hi! Tomás at Calder County Public Library. For how many people, and which day?'],
      [45, 'p', '4 people on thursday afternoon'],
      [51, 'l', "Study rooms for up to 6 can be booked 2 weeks ahead at calderlibrary.org/rooms; Central's room 204 is free Thursday from 1 to 5. Is that what you needed?"],
      [80, 'p', "yes booked it. that's everything"],
      [85, 'l', 'Great, enjoy! Thanks for chatting.'],
    ],
    over: { resolutionCode: undefined },
    exp: usual({ code: 'na' }),
  },
  {
    name: 'a teen with homework, chat-speak: slope of a line, a question back, Khan Academy and the homework help database, "k ty thats it"',
    lines: [
      [0, 'p', 'how do u find the slope w 2 points im so lost'],
      [20, 'l', 'hey! this is Jen at Calder County Public Library. what are the 2 points?'],
      [50, 'p', '(2,3) and (6,11)'],
      [56, 'l', "Slope = (y2 - y1) / (x2 - x1) = (11 - 3) / (6 - 2) = 8/4 = 2. Khan Academy's slope lesson walks through it: khanacademy.org/math/algebra/x2f8bb11595b61c86:linear-equations-graphs. And Brainfuse live tutors are free with your card from 2-11pm at calderlibrary.org/homework. Does that make sense now?"],
      [110, 'p', 'ohhh ok. k ty thats all i needed'],
      [115, 'l', 'good luck!! bye'],
    ],
    exp: usual(),
  },
];

const Q: Line[] = [
  [0, 'p', 'my card says blocked, why?'],
  [20, 'l', "Hi, this is Sam at Calder County Public Library. Do you see a message when you sign in, or was it at checkout?"],
  [50, 'p', 'at checkout at riverside'],
];

export const short: SessionCase[] = [
  {
    name: 'near miss: "My shift ends at noon, but I\'ll stay on until we sort this out" ends nothing: no dismissal',
    lines: [...Q, [56, 'l', "My shift ends at noon, but I'll stay on until we sort this out. Your card hit the $10 fee limit; pay at calderlibrary.org/myaccount and it unblocks at once. Does that help?"], [90, 'p', 'yes thats all'], [95, 'l', 'Bye, thanks!']],
    exp: some({ dismissal: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    name: '"I\'m off the desk at noon so I\'m going to end our chat here." with nothing else: dismissal fails',
    lines: [...Q, [56, 'l', 'Your card hit the $10 fee limit (calderlibrary.org/myaccount).'], [80, 'p', 'but I paid it yesterday??'], [86, 'l', "I'm off the desk at noon so I'm going to end our chat here."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'the branch manager named with a phone to call ("call Tom Reyes, the Riverside branch manager, at (740) 555-0111"): referral passes, no follow-up',
    lines: [...Q, [56, 'l', 'Only the branch can lift a block from a damaged item. Call Tom Reyes, the Riverside branch manager, at (740) 555-0111. Does that help?'], [90, 'p', 'ok thats all'], [95, 'l', 'Thanks, bye!']],
    exp: some({ referral: 'pass', contact: 'na', code: 'pass' }),
  },
  {
    // reading: "ask at their desk on the 2nd floor" visits the library's own department; a floor reaches no one
    name: '"The Children\'s Room can help him pick; just ask at their desk on the 2nd floor of Central." with no phone or link: referral fails',
    lines: [[0, 'p', 'my son is 8 and only likes dog books, any ideas?'], [20, 'l', 'Hi, Sam at Calder County Public Library! Fiction or true stories?'], [50, 'p', 'fiction'], [56, 'l', 'Try "Because of Winn-Dixie" by Kate DiCamillo.'], [60, 'l', "The Children's Room can help him pick more; just ask at their desk on the 2nd floor of Central."], [90, 'p', 'ok thats all'], [95, 'l', 'Thanks, bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "the branch manager will be in touch" with the number given but no when: contact fails',
    lines: [...Q, [56, 'l', "Riverside marked an item damaged. I've sent this to the Riverside branch manager, and she will be in touch. What's your number?"], [90, 'p', '740-555-0177'], [95, 'l', 'Thanks! Bye for now.']],
    over: { ...FU_LIB },
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: "Take your time, I\'m helping someone at the desk anyway" after asking for the card number is no hold: the patron\'s reply 3 min later leaves no one waiting on the provider',
    lines: [...Q, [56, 'l', "Can you read me the last 4 digits of the card? Take your time, I'm helping someone at the desk anyway."], [240, 'p', '4471'], [250, 'l', 'Thanks: a $12 charge from a damaged book. Pay at calderlibrary.org/myaccount. Does that help?'], [280, 'p', 'yes no more questions'], [285, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  // ---- near misses for the fixes ----------------------------------------------------------------------------------
  {
    name: 'near miss: "do these need to be done at home or at the library" (no "?") still asks: clarify passes',
    lines: [[0, 'p', 'my kid has summer reading logs to fill out'], [20, 'l', 'Hi, Sam at Calder County Public Library! do these need to be done at home or at the library'], [50, 'p', 'home i think'], [56, 'l', 'You can print the logs at calderlibrary.org/summer. Does that help?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Does that answer it, or would the DVD work too?" after the answer opens on a completeness question: it asks, not clarifies',
    lines: [[0, 'p', 'do you have the audiobook of Lessons in Chemistry'], [20, 'l', 'Hi, Sam at Calder County Public Library! The audiobook on CD is at Westbury: catalog.calderlibrary.org/record/1200455. Does that answer it, or would the DVD of the series work too?'], [60, 'p', 'cd is great, thats all'], [65, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
  {
    name: 'near miss: "Is that doable by Friday, or do you need them sooner?" asks about the deadline: it clarifies before the answer',
    lines: [[0, 'p', 'I need 30 color copies of the county map for my class'], [20, 'l', 'Hi, Sam at Calder County Public Library. Color copies of that size take a day. Is that doable by Friday, or do you need them sooner?'], [60, 'p', 'friday is fine'], [66, 'l', 'Order them at print.calderlibrary.org and pick them up at Central. Does that help?'], [90, 'p', 'yes no more questions'], [95, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Try your library card number again without the spaces." sends the patron to no one: referral na',
    lines: [[0, 'p', 'hoopla wont take my card'], [20, 'l', 'Hi, Sam at Calder County Public Library. What does it say?'], [50, 'p', 'invalid'], [56, 'l', 'Try your library card number again without the spaces; the steps are at calderlibrary.org/hoopla. Did that work?'], [90, 'p', 'yes! thats all'], [95, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "I\'m off the desk at noon, but Marcus takes over then, so just start a new chat if we get cut off." offers a way back: no dismissal',
    lines: [...Q, [56, 'l', "I'm off the desk at noon, but Marcus takes over then, so just start a new chat if we get cut off. Your card hit the $10 fee limit (calderlibrary.org/myaccount). Does that help?"], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "The Fairview branch\'s number is (740) 555-0111. Does that work for you?" reads back no contact of the patron\'s: completeness passes',
    lines: [[0, 'p', 'how do i reach the fairview branch'], [20, 'l', 'Hi, Sam at Calder County Public Library. Do you want the phone or the e-mail?'], [50, 'p', 'phone'], [56, 'l', "The Fairview branch's number is (740) 555-0111. Does that work for you?"], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "My colleague can take it from here; one moment." hands the chat over and refers no one: referral na',
    lines: [[0, 'p', 'do you have sewing machines to borrow'], [20, 'l', 'Hi, Sam at Calder County Public Library. For home use or in the makerspace?'], [50, 'p', 'home'], [56, 'l', 'Our Library of Things lists them at calderlibrary.org/things. My colleague can take it from here; one moment.'], [90, 'p', 'ok thats all'], [95, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: the Recorder\'s office with "their lookup tool at caldercounty.gov/recorder": a tool of the party\'s reaches it, referral passes',
    lines: [[0, 'p', 'who owned my lot in 1990'], [20, 'l', 'Hi, Sam at Calder County Public Library. Is it in the county or the city?'], [50, 'p', 'county'], [56, 'l', "Contact the Calder County Recorder's office; their lookup tool is at caldercounty.gov/recorder. Does that help?"], [90, 'p', 'ok thats all'], [95, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "To renew by phone, call the number on the back of your card." names no party: referral na',
    lines: [[0, 'p', 'can i renew by phone'], [20, 'l', 'Hi, Sam at Calder County Public Library. Is it books or DVDs?'], [50, 'p', 'books'], [56, 'l', 'Yes. To renew by phone, call the number on the back of your card, (740) 555-0100, and follow the prompts; renewing online is at calderlibrary.org/myaccount. Does that help?'], [90, 'p', 'ok thats all'], [95, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: unchanged: "drop both kinds at the … District's household hazardous waste day" is an event, not a party told
    // to be contacted or visited, unless "drop … at" becomes a referring verb, keyed on a common word.
    // LEFT: "Drop both kinds at the … Solid Waste District's … day, at 4400 Quarry Rd." visits the agency, but "drop … at" is no
    // referring verb and the object names no party word the families know ("District"); a "drop … off at" verb would also
    // catch "drop the books at the return slot". Left for a round that reads visiting verbs with their objects.
    // reading: "Drop both kinds at the … Solid Waste District's … day, at 4400 Quarry Rd." tells the patron to visit an agency: a referral, with its address
    name: 'LEFT (referral: "drop … at" an agency\'s collection day) paint disposal: drop-off at the Solid Waste District with an address and dates: referral passes',
    lines: [
      [0, 'p', 'where can I get rid of old paint cans'],
      [26, 'l', "Hi! Jen at Calder County Public Library. Latex or oil-based paint?"],
      [60, 'p', 'both, like 10 cans'],
      [66, 'l', 'One sec, checking the county schedule.'],
      [122, 'l', "Drop both kinds at the Calder County Solid Waste District's household hazardous waste day, first Saturday of each month, 9-1, at 4400 Quarry Rd., Ashford. Details: caldercounty.gov/solidwaste. Latex can also go in the trash once it's dried out with kitty litter. Does that help?"],
      [160, 'p', 'great thanks. no more questions'],
      [165, 'l', 'Thanks for asking us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describe('thirteenth round (N7): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirteenth round (N7): a county library system\'s own chat, every check', whole);
describeSessions('thirteenth round (N7): county chat, short cases', short);

describeLeft('thirteenth-round-county', LEFT);
