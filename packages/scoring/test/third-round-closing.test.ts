/**
 * Third round of whole sessions, about the end of a chat and what reaches past it: referrals (the
 * 24/7 cooperative sending the patron back to their home library, government offices, courts,
 * schools, museums; direct and indirect; with and without a phone, e-mail, URL or street
 * address), follow-up promises (with and without a time, with and without the patron's contact
 * confirmed in the chat, in English and Spanish), courteous and abrupt endings, dismissals in soft
 * words, idle check-ins and disconnect notices in many forms, transfers between providers and to
 * other services, and resolution codes that fit the session or not. Negative cases pair with
 * positive ones: words that look like a behaviour but are not it. The statuses are what a literal
 * reader of RUBRIC.md would give; only the checks each case is about are listed.
 */
import type { Message } from '@askqa/contract';
import { describeSessions, type SessionCase } from './helpers';

const SAM: Partial<Message> = { author: 'Sam Ortiz', authorId: 'sam' };
const RIA: Partial<Message> = { author: 'Ria Chen', authorId: 'ria' };

const cases: SessionCase[] = [
  // ---- referrals: the cooperative covering for the patron's home library --------------------
  {
    name: 'cooperative: a librarian covering for another library refers the patron back to their local librarian, with phone and e-mail',
    lines: [
      [0, 'p', 'my card says blocked and i cant get into libby'],
      [15, 'l', "Hi there! I'm Morgan, a librarian with the statewide cooperative; I'm covering for Carroll County tonight. Did the message mention fines or an expired card?"],
      [40, 'p', 'expired i think'],
      [60, 'l', "I can't see or change accounts from here, but your local librarian can help with your account: call 410-555-0134 or email circ@carroll.example.org when they open at 9."],
      [80, 'p', 'ok thanks'],
      [90, 'l', 'Take care!'],
    ],
    exp: { 'referral.contact': 'pass', 'closing.courteous': 'pass', 'closing.no_dismissal': 'pass' },
  },
  {
    name: 'cooperative: "the folks at your home library would know" and "talk to them", with no way to reach them',
    lines: [
      [0, 'p', 'how do i get my fines waived? i lost my job'],
      [15, 'l', "Hello, I'm Morgan, a cooperative librarian answering for Frederick County tonight. Is the amount on your account from overdue items or a lost item?"],
      [40, 'p', 'overdue stuff'],
      [60, 'l', "Waivers are decided locally, so the folks at your home library would know what is possible. You'll want to talk to them when the branch opens tomorrow."],
      [80, 'p', 'ok'],
      [90, 'l', 'Good luck, bye!'],
    ],
    exp: { 'referral.contact': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'indirect: "the folks at the county clerk would know", with their phone number',
    lines: [
      [0, 'p', 'how do I get a copy of my marriage license from 1998'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Were you married in this county?"],
      [40, 'p', 'yes'],
      [60, 'l', 'The library does not hold those. The folks at the county clerk would know exactly what to send them; their office number is 410-555-0123.'],
      [80, 'p', 'thanks'],
      [90, 'l', 'Have a good one!'],
    ],
    exp: { 'referral.contact': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'indirect: "your best bet is the registrar" with no way to reach it',
    lines: [
      [0, 'p', 'i need my old transcript from the community college'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which college did you attend?"],
      [40, 'p', 'harford cc, 2009'],
      [60, 'l', "Libraries don't keep student records. Your best bet is the registrar's office at the college; they handle transcript requests for former students."],
      [80, 'p', 'ok thanks'],
      [90, 'l', 'Thanks for chatting with us!'],
    ],
    exp: { 'referral.contact': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'indirect: "I\'d reach out to the curators" at a museum, no contact given',
    lines: [
      [0, 'p', 'is there anyone who knows about the old steam engines from the b&o line'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Are you after photos, or the history of a particular engine?"],
      [40, 'p', 'history of one engine, the william mason'],
      [60, 'l', "For a single engine I'd reach out to the curators at the B&O Railroad Museum; they know their collection best."],
      [80, 'p', 'cool'],
      [90, 'l', 'Enjoy the research, bye!'],
    ],
    exp: { 'referral.contact': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'government office: a street address is a way to reach them (hours alone would not be)',
    lines: [
      [0, 'p', 'where do i get a copy of my birth certificate in person in baltimore'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Were you born in Maryland?"],
      [40, 'p', 'yes'],
      [60, 'l', 'You can apply in person at the Division of Vital Records, 6764 Reisterstown Road, Baltimore, weekdays 8 to 4. Bring a photo ID.'],
      [80, 'p', 'great'],
      [90, 'l', 'Thank you for using Ask Us Now!'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'court: only the hours and the floor of the clerk\'s office, which RUBRIC does not count as a way to reach them',
    lines: [
      [0, 'p', 'how do i look at an old probate file'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Do you know the year the estate was opened?"],
      [40, 'p', 'around 1985'],
      [60, 'l', "Files that old aren't online. You'll need to visit the Register of Wills office on the second floor of the courthouse, open 8:30 to 4:30 weekdays."],
      [80, 'p', 'ok'],
      [90, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'two parties: the land records office with a phone, the planning department without anything',
    lines: [
      [0, 'p', 'i need the deed and the survey plat for my lot'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is the lot in the county or inside a town?"],
      [40, 'p', 'county'],
      [60, 'l', 'For the deed, contact the Land Records office at 410-555-0170. For the survey plat, ask the county planning department.'],
      [80, 'p', 'thanks'],
      [90, 'l', 'You are welcome. Bye!'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'signature: the provider\'s own library phone and e-mail in a sign-off are not the referred school\'s contact',
    lines: [
      [0, 'p', 'how do i get my sons immunization records for kindergarten'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which school will he attend?"],
      [40, 'p', 'elm street elementary'],
      [60, 'l', "The school nurse would be the person to ask; each school keeps its own forms."],
      [70, 'l', 'Jo Smith, Reference Services, Sample County Library | phone 410-555-0100 | ask@samplelib.example.org'],
      [90, 'p', 'ok thx'],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'one party twice: "call the Register of Wills" and "you can also visit them at" a street address in the same message',
    lines: [
      [0, 'p', 'how do i get a copy of my fathers will'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Was the estate probated in this county?"],
      [40, 'p', 'yes in 2015'],
      [60, 'l', 'Call the Register of Wills for the estate number first. You can also visit them at 401 Bosley Avenue, Towson.'],
      [80, 'p', 'thanks'],
      [90, 'l', 'Take care!'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'signature after a referral to the provider\'s own reference desk: the library\'s phone is the desk\'s',
    lines: [
      [0, 'p', 'can i see the 1920s city directories'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Are you able to come in person?"],
      [40, 'p', 'yes'],
      [60, 'l', 'They are on microfilm only, so please call our reference desk tomorrow to book a reader.'],
      [70, 'l', 'Jo Smith, Reference Services, Sample County Library | phone 410-555-0100'],
      [90, 'p', 'ok'],
      [95, 'l', 'Thanks, bye!'],
    ],
    exp: { 'referral.contact': 'pass' },
  },
  {
    name: 'not a referral: "I\'d be happy to call the branch for you" is the provider acting',
    lines: [
      [0, 'p', 'is my hold at the towson branch yet'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Holds show in your account under My Holds; yours says in transit."],
      [40, 'p', 'ok'],
      [60, 'l', "I'd be happy to call the branch for you tomorrow if it still says that. Thanks for checking in!"],
    ],
    exp: { 'referral.contact': 'na' },
  },
  {
    name: 'own library: "our circulation desk can fix that" with its number is a referral with contact',
    lines: [
      [0, 'p', 'my address changed, how do i update it on my card'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Do you still live in the county?"],
      [40, 'p', 'yes, just moved across town'],
      [60, 'l', 'Our circulation desk can update that for you over the phone at 410-555-0188; have your card number ready.'],
      [80, 'p', 'perfect'],
      [90, 'l', 'Cheers, have a nice evening!'],
    ],
    exp: { 'referral.contact': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'not a referral: the patron says "I\'ll call the clerk", the provider only agrees',
    lines: [
      [0, 'p', 'where are old court records kept for this county'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. The Maryland Judiciary Case Search at mdcourts.gov covers cases from about 1990 on."],
      [40, 'p', 'its older than that. ill call the clerk tomorrow and ask them'],
      [60, 'l', 'Sounds like a plan. Thanks for chatting with us, and good luck!'],
    ],
    exp: { 'referral.contact': 'na', 'followup.contact': 'na', 'resolution.code': 'pass' },
  },

  // ---- follow-up promises ------------------------------------------------------------------
  {
    name: 'follow-up: "I\'ll e-mail you by Friday at the address you gave", the patron typed it; coded Follow-up by me',
    lines: [
      [0, 'p', 'i need the 1940 census page for my grandfather in cumberland, my email is rk.miller@example.com'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Do you know his street or his ward?"],
      [40, 'p', 'no just the town'],
      [60, 'l', "Without the ward this will take some digging in the enumeration districts. I'll e-mail you by Friday at the address you gave."],
      [80, 'p', 'thank you!'],
      [90, 'l', 'Thank you, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'rk.miller@example.com', phone: null } },
    exp: { 'followup.contact': 'pass', 'resolution.code': 'pass', 'followup.on_time': 'pending' },
  },
  {
    name: 'follow-up: "someone from reference will get back to you within 2 business days" at the phone the patron typed; coded Answered',
    lines: [
      [0, 'p', 'who owned the mill on falls road before 1900'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which mill do you mean, the one near Rockland?"],
      [40, 'p', 'yes that one. you can call me at 443-555-0199'],
      [60, 'l', 'Thanks. That needs our land records books, so someone from reference will get back to you within 2 business days.'],
      [80, 'p', 'great'],
      [90, 'l', 'Thanks for your patience, goodbye!'],
    ],
    exp: { 'followup.contact': 'pass', 'resolution.code': 'fail' },
  },
  {
    name: 'follow-up in Spanish: "le escribo mañana" to the e-mail the patron typed',
    lines: [
      [0, 'p', 'necesito el horario de las clases de inglés para adultos'],
      [15, 'l', 'Hola, soy Jo, bibliotecaria de la Biblioteca del Condado. ¿En qué sucursal le gustaría tomar las clases?'],
      [40, 'p', 'en la de towson. mi correo es [email]'],
      [60, 'l', 'El horario nuevo aún no está publicado. Le escribo mañana con las fechas, en cuanto me las confirmen.'],
      [80, 'p', 'gracias'],
      [90, 'l', '¡Gracias a usted, que tenga buen día!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: '[email]', phone: null } },
    exp: { 'followup.contact': 'pass', 'resolution.code': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'follow-up: "I\'ll get back to you as soon as I can" names no time, though the e-mail was typed',
    lines: [
      [0, 'p', 'can you find the review of my dads play from the sun in 1972? email me at dp@example.net'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Do you know the name of the play or the theatre?"],
      [40, 'p', 'the glass key, at center stage'],
      [60, 'l', "I'll need to check the microfilm index in the building, so I'll get back to you as soon as I can."],
      [80, 'p', 'thank you'],
      [90, 'l', 'Thank you, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'dp@example.net', phone: null } },
    exp: { 'followup.contact': 'fail', 'resolution.code': 'pass' },
  },
  {
    name: 'follow-up by the patron\'s library: staff will call "within 3 days at the number you just gave me"',
    lines: [
      [0, 'p', 'i was charged for a book i returned'],
      [15, 'l', "Hi, I'm Morgan, a librarian with the statewide cooperative. Which library is your card from?"],
      [40, 'p', 'howard county. my number is 410-555-0142'],
      [60, 'l', "I've sent a note to Howard County: staff at your home library will be in touch about the charge within 3 days at the number you just gave me."],
      [80, 'p', 'thanks'],
      [90, 'l', 'Thanks for your patience, take care!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", patron: { name: null, email: null, phone: null } },
    exp: { 'followup.contact': 'pass', 'resolution.code': 'pass' },
  },
  {
    name: 'follow-up code with no promise and no contact anywhere: resolution.code and followup.contact fail',
    lines: [
      [0, 'p', 'i need the minutes of the 1962 school board meeting about integration'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is it the county board of education?"],
      [40, 'p', 'yes'],
      [60, 'l', 'Those minutes are only in our local history room, in bound volumes.'],
      [80, 'p', 'ok'],
      [90, 'l', 'Thanks, goodbye!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: { 'followup.contact': 'fail', 'resolution.code': 'fail' },
  },
  {
    name: 'not a follow-up: the patron promises to e-mail the library, the provider makes no promise',
    lines: [
      [0, 'p', 'do you take donations of old magazines'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. We take magazines from the last year only; the donations page at samplelib.example.org/donate lists what we accept."],
      [40, 'p', 'ok ill email you guys a list of what i have and get back to you'],
      [60, 'l', 'Sounds good. Thanks for thinking of us!'],
    ],
    exp: { 'followup.contact': 'na', 'resolution.code': 'pass' },
  },

  // ---- courteous and abrupt endings --------------------------------------------------------
  {
    name: 'courteous: "Happy reading!" closes a reading-advisory chat',
    lines: [
      [0, 'p', 'any cozy mysteries like the thursday murder club'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Try the Her Royal Spyness series; our catalog lists all of them."],
      [40, 'p', 'ooh ok'],
      [50, 'l', 'Happy reading!'],
    ],
    exp: { 'closing.courteous': 'pass' },
  },
  {
    name: 'courteous: "bye 4 now" in chat-speak',
    lines: [
      [0, 'p', 'when does the pool pass program start'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. It starts June 1; the details are on samplelib.example.org/pool."],
      [40, 'p', 'k thx'],
      [50, 'l', 'np, bye 4 now'],
    ],
    exp: { 'closing.courteous': 'pass' },
  },
  {
    name: 'abrupt: "Glad I could help" neither thanks, says goodbye nor invites back',
    lines: [
      [0, 'p', 'whats the fax number for the mva'],
      [15, 'l', "Thanks for your question! I'm Jo at Sample County Library. The MVA lists its numbers at mva.maryland.gov under Contact Us."],
      [30, 'l', 'The fax for title questions is the second one on that page.'],
      [40, 'p', 'got it'],
      [50, 'l', 'Glad I could help.'],
    ],
    exp: { 'closing.courteous': 'fail' },
  },
  {
    name: 'abrupt: "Goodbye" quoted in a book title is not a goodbye',
    lines: [
      [0, 'p', 'my book club wants a short classic about a teacher'],
      [15, 'l', 'Welcome! I am Jo, a librarian at Sample County Library. How short, under 150 pages?'],
      [40, 'p', 'yes'],
      [60, 'l', 'Try "Goodbye, Mr. Chips" by James Hilton, call number FIC HIL.'],
      [70, 'l', 'There are 3 copies on the shelf at Main.'],
      [100, 'p', 'perfect'],
    ],
    exp: { 'closing.courteous': 'fail' },
  },

  // ---- dismissals --------------------------------------------------------------------------
  {
    name: 'dismissal: "You\'ll have to figure the rest out yourself" ends the help with no way back',
    lines: [
      [0, 'p', 'can you help me fill out the fafsa'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which part are you stuck on?"],
      [40, 'p', 'the parent income part and also the school list'],
      [60, 'l', 'The parent section asks for the tax return lines; studentaid.gov has the walkthrough.'],
      [80, 'p', 'and the school list?'],
      [90, 'l', "You'll have to figure the rest out yourself. Bye."],
    ],
    exp: { 'closing.no_dismissal': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'dismissal: "That\'s all I have time for" and a goodbye',
    lines: [
      [0, 'p', 'i need 5 sources on renewable energy for my paper'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is this for high school or college?"],
      [40, 'p', 'high school'],
      [60, 'l', 'Gale In Context: Science has good overviews; search renewable energy there.'],
      [80, 'p', 'can you find the other 4?'],
      [90, 'l', "That's all I have time for, goodbye."],
    ],
    exp: { 'closing.no_dismissal': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'dismissal: "a line of patrons waiting, so I need to wrap this up" with no invitation back',
    lines: [
      [0, 'p', 'how do i cite a tweet in mla'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. The Purdue OWL MLA guide has a section on social media posts."],
      [40, 'p', 'what about if the tweet has no date'],
      [60, 'l', "There's a line of patrons waiting, so I need to wrap this up. Bye."],
    ],
    exp: { 'closing.no_dismissal': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'not a dismissal: "That\'s all I have on that topic" is about the answer, not the provider\'s time',
    lines: [
      [0, 'p', 'anything on the history of the oella mill'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Our catalog has Oella: Mill Town on the Patapsco, shelved at 975.271."],
      [40, 'p', 'anything else?'],
      [60, 'l', "That's all I have on that topic in our collection. Would you like me to look for articles too?"],
      [80, 'p', 'no thats fine, thanks'],
      [90, 'l', 'Thank you, goodbye!'],
    ],
    exp: { 'closing.no_dismissal': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'not a dismissal: patrons waiting, but "pop back in anytime tonight" offers a way back',
    lines: [
      [0, 'p', 'how do i cite a tweet in mla'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. The Purdue OWL MLA guide has a section on social media posts."],
      [40, 'p', 'what about if the tweet has no date'],
      [60, 'l', "There's a line of patrons waiting, so I need to wrap this up, but pop back in anytime tonight if the OWL page doesn't cover it. Bye!"],
    ],
    exp: { 'closing.no_dismissal': 'pass', 'closing.courteous': 'pass' },
  },

  // ---- idle check-ins and disconnect notices -----------------------------------------------
  {
    name: 'idle: "Just checking in to see if you\'re still around" after a long silence (under the disconnect threshold)',
    lines: [
      [0, 'p', 'where can i find the property tax rate for my town'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which town?"],
      [40, 'p', 'bel air'],
      [60, 'l', 'The town posts it on belairmd.example.org under Finance > Tax Rates.'],
      [200, 'l', "Just checking in to see if you're still around."],
    ],
    over: { endAfter: 20 },
    exp: { 'session.idle_checkin': 'pass', 'session.disconnect_notice': 'na' },
  },
  {
    name: 'idle: "Anybody home?", then "it\'s been quiet on your end, so I\'m going to close out this chat"',
    lines: [
      [0, 'p', 'do you have passport photo service'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which branch is closest to you?"],
      [40, 'p', 'perry hall'],
      [60, 'l', 'Perry Hall does passport photos on weekday afternoons; the passport page at samplelib.example.org/passports has the times.'],
      [200, 'l', 'Anybody home?'],
      [330, 'l', "It's been quiet on your end for a while, so I'm going to close out this chat. Come back anytime!"],
    ],
    exp: { 'session.idle_checkin': 'pass', 'session.disconnect_notice': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'idle: "Since I haven\'t heard from you I\'m going to end the session" after "Did I lose you?"',
    lines: [
      [0, 'p', 'is the library open on juneteenth'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which branch do you use?"],
      [40, 'p', 'main'],
      [60, 'l', 'All branches are closed on June 19; the holiday list is on samplelib.example.org/hours.'],
      [190, 'l', 'Did I lose you?'],
      [320, 'l', "Since I haven't heard from you I'm going to end the session. Feel free to chat with us again!"],
    ],
    exp: { 'session.idle_checkin': 'pass', 'session.disconnect_notice': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'idle: "I\'ll close this chat if I don\'t hear back" says the chat will end but not that the patron seems gone; no check-in',
    lines: [
      [0, 'p', 'how late is the bookmobile at the park on tuesdays'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. The bookmobile is at Rocky Gorge Park 3-6 pm on Tuesdays; the schedule is at samplelib.example.org/bookmobile."],
      [200, 'l', "I'll close this chat if I don't hear back in a couple of minutes."],
    ],
    over: { endAfter: 150 },
    exp: { 'session.idle_checkin': 'fail', 'session.disconnect_notice': 'fail' },
  },
  {
    name: 'idle: a question about the need during the idle ("Did you find the form?") is no check-in',
    lines: [
      [0, 'p', 'are you there on saturdays? i need to print a form'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Yes, every branch is open 10-5 on Saturdays and prints for 10 cents a page; samplelib.example.org/print explains it."],
      [170, 'l', 'Did you find the form you need to print?'],
    ],
    over: { endAfter: 20 },
    exp: { 'session.idle_checkin': 'fail', 'session.disconnect_notice': 'na' },
  },
  {
    name: 'no final idle to judge: the provider\'s goodbye right after the patron\'s thanks ends it, however late the session closes',
    lines: [
      [0, 'p', 'whats the wifi password at the main library'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. There isn't one: join the network SCL-Public and accept the terms page."],
      [40, 'p', 'thanks!'],
      [50, 'l', 'You are welcome, take care!'],
    ],
    over: { endAfter: 600 },
    exp: { 'session.idle_checkin': 'na', 'session.disconnect_notice': 'na', 'closing.courteous': 'pass' },
  },

  // ---- transfers -----------------------------------------------------------------------------
  {
    name: 'transfer: "a colleague who knows our databases" with a note to her before the transfer',
    lines: [
      [0, 'p', 'proquest keeps saying my barcode is invalid from home'],
      [15, 'l', "Hi, I'm Sam, a librarian at Sample County Library. Are you entering the 14-digit number on the back of your card?", SAM],
      [40, 'p', 'yes all 14', ],
      [60, 'l', "I'm transferring you to a colleague who knows our databases and their log-in settings. One moment.", SAM],
      [62, 'i', 'Ria, patron gets invalid barcode in ProQuest from home with a valid 14-digit card, can you check the proxy?', { authorId: 'sam' }],
      [65, 's', 'Chat transferred to Ria Chen', { event: 'transfer', to: 'ria' }],
      [80, 'l', 'Hi, Ria here. The proxy was down for an hour; try again now from samplelib.example.org/databases.', RIA],
      [100, 'p', 'it works!'],
      [110, 'l', 'Great, thanks for your patience. Bye!', RIA],
    ],
    over: { provider: { id: 'sam', name: 'Sam Ortiz', library: 'TST' } },
    exp: { 'transfer.handoff': 'pass', 'referral.contact': 'na', 'closing.courteous': 'pass' },
  },
  {
    name: 'transfer to another service: "our genealogy specialist is going to take over from here", with an internal note',
    lines: [
      [0, 'p', 'looking for my great grandmothers naturalization papers, she came in 1910'],
      [15, 'l', "Hi, I'm Sam, a librarian at Sample County Library. Do you know which port she arrived at?", SAM],
      [40, 'p', 'baltimore i think'],
      [55, 'i', 'Ria, naturalization for a 1910 Baltimore arrival, needs NARA and court records help, yours if you have time.', { authorId: 'sam' }],
      [60, 'l', 'Our genealogy specialist is going to take over from here; she knows those records well.', SAM],
      [65, 's', 'Chat transferred to Ria Chen', { event: 'transfer', to: 'ria' }],
      [80, 'l', 'Hello, this is Ria. Naturalizations from 1910 are usually in the court records at the Maryland State Archives, msa.maryland.gov.', RIA],
      [100, 'p', 'thanks!'],
      [110, 'l', 'Thank you, goodbye!', RIA],
    ],
    over: { provider: { id: 'sam', name: 'Sam Ortiz', library: 'TST' } },
    exp: { 'transfer.handoff': 'pass' },
  },
  {
    name: 'transfer with only "one moment please" to the patron: the patron was never told',
    lines: [
      [0, 'p', 'i need help with a landlord tenant issue, my deposit'],
      [15, 'l', "Hi, I'm Sam, a librarian at Sample County Library. Is the rental in Maryland?", SAM],
      [40, 'p', 'yes in baltimore city'],
      [55, 'i', 'Ria, security deposit dispute in Baltimore City, needs the legal forms help you do, thanks.', { authorId: 'sam' }],
      [60, 'l', 'One moment please.', SAM],
      [65, 's', 'Chat transferred to Ria Chen', { event: 'transfer', to: 'ria' }],
      [80, 'l', 'Hi, Ria here. The People\'s Law Library at peoples-law.org has a security deposit guide and the demand letter.', RIA],
      [100, 'p', 'thanks'],
      [110, 'l', 'Thanks, bye!', RIA],
    ],
    over: { provider: { id: 'sam', name: 'Sam Ortiz', library: 'TST' } },
    exp: { 'transfer.handoff': 'fail' },
  },

  // ---- resolution codes ----------------------------------------------------------------------
  {
    name: 'code: "Lost Call - patron left" fits a session where the patron only asked',
    lines: [
      [0, 'p', 'do you have the new john grisham'],
      [30, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Are you still there?"],
    ],
    over: { resolutionCode: 'Lost Call - patron left', endAfter: 150 },
    exp: { 'resolution.code': 'pass' },
  },
  {
    name: 'code: "Lost call" does not fit a patron who answered the clarifying question',
    lines: [
      [0, 'p', 'do you have the new john grisham'],
      [30, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Print or e-book?"],
      [50, 'p', 'ebook'],
      [60, 'l', "It's on Libby with a waiting list; place a hold in the app under the title's page."],
    ],
    over: { resolutionCode: 'Lost call', endAfter: 300 },
    exp: { 'resolution.code': 'fail' },
  },
  {
    name: 'code: "Answered" although the provider promised "our reference team will reach out to you by Wednesday"',
    lines: [
      [0, 'p', 'i need the obituary of my aunt from 1988, the name is in my email jt@example.org'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which paper would it have been in?"],
      [40, 'p', 'the evening sun'],
      [60, 'l', 'That paper is only on microfilm here, so our reference team will reach out to you by Wednesday with a scan.'],
      [80, 'p', 'thanks'],
      [90, 'l', 'Thank you, bye!'],
    ],
    over: { resolutionCode: 'Answered' },
    exp: { 'resolution.code': 'fail', 'followup.contact': 'pass' },
  },

  // ---- more phrasings of the same behaviours -------------------------------------------------
  {
    name: 'idle: "Just wanted to make sure you\'re still there", then "I\'m not seeing any activity on your end, so I\'ll be signing off"',
    lines: [
      [0, 'p', 'do you have tax forms at the library'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Federal or state forms?"],
      [40, 'p', 'state'],
      [60, 'l', 'Every branch has the Maryland 502 booklet at the front desk; the forms are also at marylandtaxes.gov under Forms.'],
      [200, 'l', "Just wanted to make sure you're still there."],
      [330, 'l', "I'm not seeing any activity on your end, so I'll be signing off this chat now."],
    ],
    exp: { 'session.idle_checkin': 'pass', 'session.disconnect_notice': 'pass' },
  },
  {
    name: 'courteous: "Stay safe out there!" and "Be well" say goodbye',
    lines: [
      [0, 'p', 'is the east branch open during the snow'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. All branches are closed today; closings are posted at samplelib.example.org/alerts."],
      [30, 'l', 'They should reopen tomorrow at 10.'],
      [40, 'p', 'ok'],
      [50, 'l', 'Stay safe out there!'],
    ],
    exp: { 'closing.courteous': 'pass' },
  },
  {
    name: 'dismissal: "you have exceeded the time limit" is a time limit whatever follows',
    lines: [
      [0, 'p', 'can you help me find articles for my paper on sleep'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is it a college paper?"],
      [40, 'p', 'yes nursing'],
      [60, 'l', 'CINAHL is the database to start with; search sleep deprivation AND nurses.'],
      [80, 'p', 'can you show me how to limit to peer reviewed'],
      [90, 'l', 'Sorry, you have exceeded the time limit. Please chat again tomorrow.'],
    ],
    exp: { 'closing.no_dismissal': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'not a dismissal: "We don\'t do homework answers, but I can show you where to look" refuses a task, it does not end the help',
    lines: [
      [0, 'p', 'what is the answer to number 4, the causes of the war of 1812'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. We don't do homework answers, but I can show you where to look. Is this for middle school?"],
      [40, 'p', 'yes 7th grade'],
      [60, 'l', 'Britannica School has an article called War of 1812 with a section on its causes.'],
      [80, 'p', 'ok thx'],
      [90, 'l', 'Good luck with it, bye!'],
    ],
    exp: { 'closing.no_dismissal': 'pass' },
  },
  {
    name: 'referral: "Try the Register of Wills" as an imperative, no contact',
    lines: [
      [0, 'p', 'how do i find out if my uncle left a will'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Did he live in this county?"],
      [40, 'p', 'yes'],
      [60, 'l', 'Wills are filed with the county once someone passes. Try the Register of Wills office in the county courthouse.'],
      [80, 'p', 'ok'],
      [90, 'l', 'Thanks, bye!'],
    ],
    exp: { 'referral.contact': 'fail' },
  },
  {
    name: 'not a referral: "let me try the reference desk" is the provider asking a colleague',
    lines: [
      [0, 'p', 'do you have the 1955 yearbook from towson high'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Let me try the reference desk upstairs, one moment."],
      [90, 'l', 'They checked: our yearbook shelf has 1950-1960 for Towson High, call number REF 373.752 TOW.'],
      [110, 'p', 'great'],
      [120, 'l', 'Thank you, goodbye!'],
    ],
    exp: { 'referral.contact': 'na' },
  },
  {
    name: 'follow-up: "you should hear back within 72 hours" at the e-mail read back; coded Follow-up by me',
    lines: [
      [0, 'p', 'can i get a scan of a 1931 newspaper article'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Which paper and date?"],
      [40, 'p', 'the towson union news, march 1931, about the fire. my email is [email]'],
      [60, 'l', 'I have your email as [email]. Our archives staff will pull the microfilm; you should hear back within 72 hours.'],
      [80, 'p', 'thanks!'],
      [90, 'l', 'Thanks, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: '[email]', phone: null } },
    exp: { 'followup.contact': 'pass', 'resolution.code': 'pass' },
  },
  {
    name: 'transfer: "let me bring in a colleague" and "she\'ll be taking over your chat"',
    lines: [
      [0, 'p', 'i need census data for my census tract for a grant'],
      [15, 'l', "Hi, I'm Sam, a librarian at Sample County Library. Which data do you need, population or income?", SAM],
      [40, 'p', 'income and poverty'],
      [50, 'i', 'Ria, grant writer needs ACS income and poverty data for one census tract, can you take it?', { authorId: 'sam' }],
      [55, 'l', "Let me bring in a colleague who works with census data; she'll be taking over your chat.", SAM],
      [60, 's', 'Chat transferred to Ria Chen', { event: 'transfer', to: 'ria' }],
      [80, 'l', 'Hi, Ria here. The ACS 5-year tables at data.census.gov have both; search your tract number.', RIA],
      [100, 'p', 'thanks'],
      [110, 'l', 'Thank you, goodbye!', RIA],
    ],
    over: { provider: { id: 'sam', name: 'Sam Ortiz', library: 'TST' } },
    exp: { 'transfer.handoff': 'pass' },
  },

  {
    name: 'not a referral: "try the library databases" is a source, and "I\'m not sure the clerk would know" sends the patron nowhere',
    lines: [
      [0, 'p', 'where can i find old county land surveys'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. How old, before 1900?"],
      [40, 'p', 'yes 1880s'],
      [60, 'l', "Try the library databases under Research > Maps; the 1877 atlas is there. I'm not sure the clerk would know about surveys that old."],
      [80, 'p', 'ok'],
      [90, 'l', 'Thanks, bye!'],
    ],
    exp: { 'referral.contact': 'na' },
  },
  {
    name: 'not a follow-up: "I\'ll have the info for you in a moment" is said of the chat itself',
    lines: [
      [0, 'p', 'when is the used book sale'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. I'll have the info for you in a moment."],
      [40, 'l', 'The Friends sale is May 3-5 at the Main branch; details at samplelib.example.org/friends.'],
      [60, 'p', 'thanks'],
      [70, 'l', 'Thank you, bye!'],
    ],
    exp: { 'followup.contact': 'na', 'resolution.code': 'pass' },
  },
  {
    name: 'not a dismissal: "other patrons are waiting, so let\'s keep it quick" and the help goes on',
    lines: [
      [0, 'p', 'i need the form to renew my registration and the fee'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is it a car or a boat registration?"],
      [40, 'p', 'car'],
      [60, 'l', "I have other patrons waiting, so let's keep it quick."],
      [70, 'l', 'The renewal form and the fee table are on mva.maryland.gov under Vehicle Services > Registration.'],
      [90, 'p', 'got it thanks'],
      [95, 'l', 'Thank you, bye!'],
    ],
    exp: { 'closing.no_dismissal': 'pass' },
  },
  {
    name: 'dismissal: "other patrons are waiting." ends the help, and "bye" is no way back',
    lines: [
      [0, 'p', 'i need the form to renew my registration and the fee'],
      [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Is it a car or a boat registration?"],
      [40, 'p', 'car. and also where do i get plates for a trailer'],
      [60, 'l', 'I have other patrons waiting.'],
      [65, 'l', 'Bye.'],
    ],
    exp: { 'closing.no_dismissal': 'fail', 'closing.courteous': 'pass' },
  },
];

describeSessions('closing, follow-up, referral, idle and transfer behaviours in a third round of styles', cases);
