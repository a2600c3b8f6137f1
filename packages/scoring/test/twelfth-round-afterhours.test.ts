/**
 * Twelfth round, second wave, area (M3): A NATIONAL AFTER-HOURS COOPERATIVE. Librarians in other states and time zones
 * answer overnight and at weekends for local libraries they do not work at. Local-policy questions they cannot answer
 * (fines, card renewals, branch hours, room bookings, holds, ILL accounts) are referred back to the patron's library
 * with or without its contact details; questions are forwarded to the home library with a promise that someone there
 * will follow up (with and without the patron's e-mail confirmed, with and without a time, coded and not, recorded in
 * time, late or not yet); vendor and "backup" staff with terse scripted styles; time-zone mentions ("it's 9 pm here in
 * Oregon"); patrons surprised the provider is not local; transfers to a librarian of the home library who is online;
 * patrons who leave, go quiet or are dismissed.
 * Voices: the cooperative's librarians (public, academic, law), vendor backup staff with macros, patrons in
 * chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - Telling the patron to check with / call / ask "your library" (or its desk, its branch, its staff) about their
 *   account is a referral to another library: without a phone, e-mail, postal address or URL for it, it fails.
 *   "Your library will be able to answer that when they open" points the patron to the library for the need: a
 *   referral (the eleventh round's "X can help with that" reading).
 * - Pointing the patron to the home library's web page (a booking page, an hours page, an online renewal form) to
 *   use is a source, not a referral.
 * - "I'll forward/pass your question to your library" alone is the provider acting on the patron's behalf, not a
 *   referral; "someone from your library will contact you" is a follow-up promise (the Terms' own example).
 * - The home library's domain given for the library ("Lakewood Public Library, lakewoodlibrary.org") is a URL by which
 *   to reach it (the eleventh round's reading).
 * - "I'm not at your library / I'm a librarian in Oregon" identifies who is answering (a librarian) as well as any
 *   name does; a cooperative's name in the text ("Ask Now 24/7") identifies the service.
 * - A time-zone remark ("it's a bit after 8 here in Arizona") is neither a hold nor an answer.
 * - "Within 1-2 business days", "by Monday afternoon", "when they open tomorrow" each say when the information will
 *   come; "someone will be in touch" alone does not.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Key, type SessionCase, type St, DAY, FU_LIB, FU_ME, T0, other, some, sys, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const MAREN = who('Maren (Ask Now 24/7)', 'maren');
const LOCAL = who('Tess Obi', 'tobi');

export const whole: SessionCase[] = [
  // ---- local policy referred back to the home library, with and without contact details -------------------------------
  {
    name: 'fines question answered by a librarian in Washington State for Springfield City Library (MA): "can\'t see your account", circulation desk at 413-555-0142 and springfieldlibrary.org/contact: referral passes',
    lines: [
      [0, 'p', 'hi my card says blocked when i try to log in, do i owe fines??'],
      [34, 'l', "Hi there! You've reached Ask Now 24/7. I'm Maren, a librarian with the cooperative, chatting from Washington State tonight. Which library's card is it, Springfield City Library?"],
      [71, 'p', 'yes springfield. the one in mass'],
      [79, 'l', "Thanks! I'm not on Springfield's staff, so I can't see your account or fines from here, sorry. Their general policy page (springfieldlibrary.org/policies/borrowing) says a card is blocked once fines reach $10. For your own balance, call the circulation desk at 413-555-0142 when they open at 9, or use the form at springfieldlibrary.org/contact."],
      [92, 'l', 'Does that help explain it?'],
      [130, 'p', 'ok yeah i probably have like 3 overdue dvds lol'],
      [137, 'l', 'That would do it! Is there anything else I can help you with tonight?'],
      [160, 'p', 'nope thats all i needed'],
      [166, 'l', 'Thanks for using Ask Now, have a good night!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you'd want to give your branch a call" tells the patron to contact a library: a referral, with no contact
    name: 'card renewal: "Renewals have to be done in person … you\'d want to give your branch a call" with no number and no other source: source and referral fail',
    lines: [
      [0, 'p', 'How do I renew my library card? It expires this week'],
      [41, 'l', "Hello, this is Gary, a librarian with the after-hours chat service. I'm answering for your library while they're closed. Is your card expired already or only about to expire?"],
      [88, 'p', 'About to, on Friday.'],
      [96, 'l', "Most libraries in the network renew cards in person only: bring a photo ID and something with your current address. You'd want to give your branch a call to confirm what they need before you go."],
      [110, 'l', 'Does that help?'],
      [142, 'p', 'I guess. thanks'],
      [149, 'l', 'Anything else I can help with tonight?'],
      [171, 'p', 'no'],
      [176, 'l', 'OK, have a good evening and thanks for chatting!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    // reading: "Your library will be able to answer that when they open" points the patron to the library: a referral
    name: 'hold pickup window: "your library will be able to answer that when they open at 9 Eastern" after a catalogue answer; no contact for the library: referral fails, source passes (catalogue link)',
    lines: [
      [0, 'p', 'my hold on Lessons in Chemistry says ready but how long do they keep it on the shelf'],
      [27, 'l', 'Good evening! I am Priya, a librarian with the national Ask a Librarian cooperative. Which library placed the hold for you?'],
      [60, 'p', 'Cuyahoga County, the Parma branch'],
      [70, 'l', "Thanks. I can see in the public catalog at catalog.cuyahogalibrary.org that the hold is on the Parma shelf, but I can't see the pickup deadline from here. Your library will be able to answer that when they open at 9 Eastern; many libraries hold items for 7 days."],
      [78, 'l', 'Is that what you were looking for?'],
      [120, 'p', 'ok thank you'],
      [126, 'l', 'Is there anything else I can help with?'],
      [150, 'p', 'no that is everything'],
      [155, 'l', 'Thank you for chatting, good night!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish: renovación de la tarjeta en la Biblioteca de Houston, referida a la sucursal con teléfono 832-555-0119 y houstonlibrary.org: referral passes',
    lines: [
      [0, 'p', 'Buenas noches, quiero renovar mi tarjeta de la biblioteca pero no sé si se puede en línea'],
      [30, 'l', '¡Buenas noches! Le atiende Lucía, bibliotecaria del servicio de chat nocturno. No trabajo en su biblioteca, pero con gusto le ayudo. ¿De qué biblioteca es su tarjeta?'],
      [71, 'p', 'De Houston Public Library'],
      [80, 'l', 'Un momento, por favor, reviso su página.'],
      [150, 'l', 'La Biblioteca Pública de Houston permite renovar la tarjeta en línea en houstonlibrary.org/renew si su dirección no ha cambiado. Si cambió, tiene que ir a una sucursal con su identificación. Para cualquier duda, puede llamar a la sucursal al 832-555-0119. ¿Le sirve esta información?'],
      [195, 'p', 'sí, muchas gracias, era todo'],
      [201, 'l', '¡Con gusto! Gracias por usar el chat, que tenga buena noche.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a referral to two parties, one with a contact and one without, fails ("every party")
    name: 'meeting-room booking: LibCal page as the source, then "email Events at events@oakparklibrary.org or ask the Friends group" (Friends has no contact): referral fails',
    lines: [
      [0, 'p', 'hello can I book the big meeting room at the main library for a book club on a saturday'],
      [22, 'l', "Hi, welcome to Ask Us 24/7. I'm Jordan, a librarian in Minnesota covering for Oak Park Public Library tonight. About how many people would come, and which Saturday?"],
      [70, 'p', 'maybe 25, sometime in april'],
      [76, 'l', 'Let me look at their room policy, one sec.'],
      [140, 'l', "The Veterans Room seats 40; Oak Park residents can request it at oppl.libcal.com/reserve/rooms up to 60 days ahead. Weekend bookings need staff approval, so you could email Events at events@oakparklibrary.org, or ask the Friends of the Library group, who sometimes co-sponsor book clubs. Does that answer your question?"],
      [188, 'p', 'yes thank you'],
      [195, 'l', 'Anything else for tonight?'],
      [214, 'p', 'no'],
      [220, 'l', 'Have a great book club! Thanks for using Ask Us.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: pointing to the home library's booking page is a source, not a referral
    name: 'study room at a university library answered from another school: "book at libcal.uwm.edu/spaces" only, no one to contact: referral na',
    lines: [
      [0, 'p', 'can i book a group study room for tomorrow 2-4pm'],
      [18, 'l', "Hi! I'm Omar, a librarian at another campus helping with UWM Libraries' chat overnight. Is this at Golda Meir Library, and for how many people?"],
      [52, 'p', 'golda meir, 4 of us'],
      [60, 'l', 'Rooms for 3-6 people are bookable at libcal.uwm.edu/spaces; log in with your ePanther ID and pick the 4th floor rooms. You can book up to 3 hours a day. Did that help?'],
      [95, 'p', 'got it booked, thanks!!'],
      [101, 'l', 'Great! Need anything else?'],
      [118, 'p', 'nah all good'],
      [124, 'l', 'Good luck studying, take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'ILL status at a university the provider does not work at: "the ILL office … ill@library.unt.edu or 940-555-0130": referral passes',
    lines: [
      [0, 'p', 'where is my interlibrary loan request, its been 2 weeks'],
      [26, 'l', "Hello, this is Beth from the Ask a Librarian 24/7 cooperative. I'm a librarian at a different university, covering UNT Libraries tonight. Was it a book or an article?"],
      [66, 'p', 'a book'],
      [73, 'l', "Thanks. I can't see ILLiad accounts from here. You can check the status yourself under Outstanding Requests at illiad.library.unt.edu. If it still shows Awaiting Request Processing, the ILL office can check on it for you: ill@library.unt.edu or 940-555-0130. Does that answer your question?"],
      [120, 'p', 'ok it says in transit'],
      [127, 'l', "Then it's on its way! Is there anything else I can help with?"],
      [140, 'p', "no that's all"],
      [145, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a party named as where a fact comes from is merely mentioned, and the provider checked its site: no referral
    name: 'fines policy read from the home library\'s own site ("According to Cedar Rapids Public Library\'s page crlibrary.org/fines …"): no referral',
    lines: [
      [0, 'p', 'Does Cedar Rapids library charge late fees for kids books?'],
      [20, 'l', "Hi! I'm Sam, a librarian with the after-hours reference service (I'm in Colorado). Are you asking about the children's picture books or kids' DVDs too?"],
      [50, 'p', 'just books'],
      [58, 'l', "According to Cedar Rapids Public Library's page at crlibrary.org/fines, there are no late fees on any children's materials, only a charge if something is lost. Does that answer it?"],
      [80, 'p', 'yes great'],
      [84, 'l', 'Anything else I can look up for you?'],
      [100, 'p', "no that's it"],
      [104, 'l', 'Have a good night!'],
    ],
    exp: usual(),
  },

  // ---- questions forwarded to the home library with a promise of follow-up -------------------------------------------
  {
    // reading: "within 1-2 business days" says when; the e-mail is repeated back in the chat
    name: 'forwarded to Lakewood Public Library: "someone there will contact you by email within 1-2 business days", e-mail repeated back, coded Follow-up by patron\'s library, recorded next day: all follow-up checks pass',
    lines: [
      [0, 'p', "I returned a book 3 weeks ago but it still shows checked out and now it says I'm billed $28"],
      [25, 'l', "Hi, thanks for contacting Ask Now 24/7. I'm Dev, a librarian covering for your library overnight. Which library is this, and do you remember the title?"],
      [70, 'p', 'Lakewood public library, it was The Overstory'],
      [80, 'l', "I'm sorry about that. I can't clear a bill from here since I'm not on Lakewood's staff, but I can forward this to their circulation staff so they can search the shelves. Their lost-item policy is at lakewoodpubliclibrary.org/policies. Would that work for you?"],
      [110, 'p', 'yes please'],
      [116, 'l', "What's the best email for them to reach you?"],
      [140, 'p', 'mkowalski@example.org'],
      [148, 'l', "Thanks: I have mkowalski@example.org. I'll send it now, and someone at Lakewood will contact you by email within 1-2 business days. Does that cover what you needed?"],
      [172, 'p', "yes that's everything thank you"],
      [178, 'l', 'You are welcome, good night!'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: '2026-03-03T11:30:00-05:00', by: 'lakewood' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "someone will be in touch" gives no time
    name: 'forwarded with "someone from your library will be in touch" and no time; the patron typed her e-mail in the chat: contact fails, on_time pending',
    lines: [
      [0, 'p', 'hi, I want to donate about 200 books to my library, do they take them?'],
      [31, 'l', "Hello! I'm Renee, a librarian with the 24/7 chat. Just so you know, I'm not at your library, I'm in Ohio. Which library is it and what kind of books are they?"],
      [80, 'p', 'Fairfax county, mostly adult fiction hardcovers. my email is j.ramos@example.org if they need it'],
      [90, 'l', "Fairfax County Public Library only takes donations through the Friends groups' book sales; their page is fairfaxcounty.gov/library/support/donate. Because you have so many, I'll forward your question to the library staff and someone from your library will be in touch about a drop-off. Does that help?"],
      [130, 'p', 'yes thanks'],
      [137, 'l', 'Is there anything else?'],
      [150, 'p', 'no thank you'],
      [155, 'l', 'Thanks for chatting!'],
    ],
    over: FU_LIB,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'promise to have the branch call back by Monday afternoon, phone repeated back, but coded Answered: resolution code fails; contact passes; on_time pending',
    lines: [
      [0, 'p', 'my daughter left her backpack at the Eastside branch today, is there a lost and found'],
      [24, 'l', "Hi, this is Tom with the after-hours Ask a Librarian service. I'm not at the Eastside branch, but let's figure it out. Which library system, and what does the backpack look like?"],
      [62, 'p', 'Tacoma, eastside branch. purple jansport'],
      [70, 'l', "Tacoma Public Library keeps a lost and found at each branch's front desk (tacomalibrary.org/locations/eastside has the desk's hours). I'll pass a note to the Eastside staff now, and they'll call you by Monday afternoon. What number should they use?"],
      [98, 'p', '253-555-0177'],
      [104, 'l', "Got it, 253-555-0177. Is there anything else I can help with?"],
      [121, 'p', 'no, thank you so much'],
      [127, 'l', "You're welcome, I hope the backpack turns up. Good night!"],
    ],
    exp: usual({ code: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'forwarded, e-mail confirmed and "by Tuesday", coded Follow-up by patron\'s library, still not recorded five days later: on_time fails',
    lines: [
      [0, 'p', 'Is the Wilmington library hiring? I want to apply for page positions'],
      [28, 'l', "Good evening! You're chatting with Kendra, a librarian answering for New Hanover County Public Library after hours. Are you looking for part-time page jobs specifically?"],
      [62, 'p', 'yes part time'],
      [70, 'l', "County library jobs are posted at nhcgov.com/jobs; I don't see any page openings tonight. I'll ask the library's HR contact whether any are coming up, and they'll email you by Tuesday. Can you confirm your email?"],
      [105, 'p', 'lena.h@example.org'],
      [111, 'l', 'Thanks, lena.h@example.org it is. Did that answer your question for now?'],
      [130, 'p', "yes that's all for tonight"],
      [135, 'l', 'Great, good luck with the job search!'],
    ],
    over: FU_LIB,
    ctx: { now: T0 + 5 * DAY },
    // reading: "Thanks, lena.h@example.org it is." thanks the patron (for the address): one of the last two, so courteous passes
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: "I'll pass your question on to your library" with no promise, coded Follow-up, no contact anywhere
    name: 'patron leaves before giving an e-mail; provider codes Follow-up by patron\'s library: resolution code fails (no contact known), contact fails, on_time pending',
    lines: [
      [0, 'p', 'why was my hold request cancelled, I never got it'],
      [33, 'l', "Hi! I'm Alex, a librarian with the national after-hours chat service covering your library. Which library are you with, and do you remember the title?"],
      [70, 'p', 'anne arundel. it was Fourth Wing'],
      [77, 'l', "Thanks. From here I can only see the public catalog (aacpl.net/catalog), and Fourth Wing has 212 holds on 40 copies, so yours may have expired after its pickup window. I'd like your library to check it: I'll pass your question on. What's a good email for them to reach you?"],
      [95, 's', 'Patron has left the chat.', sys('patron_left')],
      [190, 'l', 'Are you still there?'],
      [260, 'l', "It looks like you've disconnected, so I'll end the chat now. Thanks for contacting us, and feel free to chat again anytime."],
    ],
    over: FU_LIB,
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: the e-mail known only from patron.email, never said in the chat, is not confirmed
    name: 'forwarded to the home library, e-mail only in the patron fields and never mentioned, "you should hear back by Thursday": code passes, contact fails',
    lines: [
      [0, 'p', 'can the library get a book they dont have? Caste by Isabel Wilkerson in large print'],
      [22, 'l', "Hello, this is Nadia, a librarian with Ask Now (the after-hours service for your library). Have you checked whether it's in your library's catalog already?"],
      [58, 'p', 'yes not there in large print'],
      [66, 'l', "Most libraries take purchase suggestions; the form for Decatur Public Library is at decaturlibrary.org/suggest. I'll also forward your request to their collection staff, and you should hear back by Thursday. Is that what you needed?"],
      [90, 'p', 'yes thank you'],
      [96, 'l', 'Anything else I can help with?'],
      [108, 'p', 'no'],
      [112, 'l', 'Thank you, good night!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Ruth', email: 'ruthb@example.org', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },

  // ---- patrons surprised the provider is not local; time zones --------------------------------------------------------
  {
    name: 'patron surprised ("wait you\'re not AT the oak lawn library?"), provider explains she is in Texas, answers branch hours with the hours page: a good session',
    lines: [
      [0, 'p', 'is the library open on presidents day'],
      [19, 'l', "Hi! I'm Carla, a librarian with the Ask Us 24/7 cooperative. Which library are you asking about?"],
      [44, 'p', 'oak lawn. wait youre not AT the oak lawn library?'],
      [53, 'l', "Nope! I'm in Texas. Librarians from all over the country staff this chat overnight and on weekends for libraries like yours. Give me a sec to check their hours."],
      [110, 'l', "Oak Lawn Public Library is closed Monday February 16 for Presidents Day; the holiday list is at olpl.org/hours. Does that help?"],
      [140, 'p', 'oh thats cool. yes thanks'],
      [145, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'nope'],
      [164, 'l', 'Thanks for chatting, enjoy the long weekend!'],
    ],
    exp: usual(),
  },
  {
    // reading: "it's a little after 7 here in Arizona" is no hold; the patron's "hello?" starts the wait that the answer ends
    name: 'time zones: "it\'s a little after 7 here in Arizona so I forget you\'re two hours ahead" then 3 min of silence before the answer: keep_informed fails',
    lines: [
      [0, 'p', 'is the Hamilton branch open right now?'],
      [30, 'l', "Hello, you've reached the after-hours librarian chat. My name is Joe. Is this Hamilton in the Columbus Metropolitan Library system?"],
      [58, 'p', 'yes'],
      [66, 'l', "Thanks! It's a little after 7 here in Arizona, so I always forget Ohio is two hours ahead of me."],
      [80, 'p', 'haha ok'],
      [260, 'l', 'Columbus Metropolitan Library branches close at 8 pm on weeknights, so Hamilton closed about an hour ago; it opens at 9 tomorrow. Hours are at columbuslibrary.org/locations/hamilton. Does that answer it?'],
      [300, 'p', 'ugh ok yes. thats all'],
      [306, 'l', 'Sorry about that! Have a good night.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'chat-speak patron asks "r u guys in tacoma??" mid-chat; the provider says she is in Maine and the Pierce County page answers: good session, patron says "k thats all"',
    lines: [
      [0, 'p', 'wat time does the library close 2nite'],
      [16, 'l', "Hey there, this is Bree, a librarian on the Ask Now chat. Which library do you mean? I'm answering for quite a few tonight."],
      [40, 'p', 'pierce county. r u guys in tacoma??'],
      [48, 'l', "Ha, no, I'm in Maine actually! Which branch, the Gig Harbor one or another?"],
      [64, 'p', 'lakewood'],
      [71, 'l', 'Pierce County Library\'s Lakewood branch closes at 8 tonight; hours are at pcls.us/locations/lakewood. Did that help?'],
      [90, 'p', 'ya k thats all ty'],
      [96, 'l', 'You got it, have a good one!'],
    ],
    exp: usual(),
  },
  {
    // reading: "I'm not at your library" with only the cooperative's name in the screen name (not in the text) identifies no one
    name: 'greeting "Hi! How can I help tonight?" then "I\'m not at your library but I can try": no name, no service, no "librarian" in the text: greeting fails',
    lines: [
      [0, 'p', 'how many books can I check out at once'],
      [25, 'l', 'Hi! How can I help tonight?', MAREN],
      [40, 'p', 'how many books can i check out at once'],
      [52, 'l', "I'm not at your library but I can try. Which library do you use?", MAREN],
      [80, 'p', 'middleton public library in wisconsin'],
      [88, 'l', 'Middleton Public Library lets you have 75 items out at once on an adult card (midlibrary.org/borrowing). Does that answer your question?', MAREN],
      [105, 'p', 'wow yes thank you'],
      [110, 'l', 'Anything else?', MAREN],
      [121, 'p', 'no'],
      [125, 'l', 'Have a good night!', MAREN],
    ],
    over: { provider: { id: 'maren', name: 'Maren', library: 'AN247' } },
    exp: usual({ greeting: 'fail' }),
  },

  // ---- vendor and backup staff with terse scripted styles -------------------------------------------------------------
  {
    name: 'vendor backup, terse macros: "Welcome to LibraryH3lp backup. You are chatting with a backup librarian." / "Checking." / hours and link / "Anything else?" / "Thank you for using the service. Goodbye.": no clarifying question, no completeness question',
    lines: [
      [0, 'p', 'What are the hours for the Kent Free Library this Saturday?'],
      [12, 'l', 'Welcome to LibraryH3lp backup. You are chatting with a backup librarian.'],
      [18, 'l', 'Checking.'],
      [75, 'l', 'Kent Free Library Saturday hours: 9:00 AM - 5:00 PM. Source: kentfreelibrary.org/hours'],
      [96, 'p', 'thanks'],
      [100, 'l', 'Anything else?'],
      [115, 'p', 'no'],
      [118, 'l', 'Thank you for using the service. Goodbye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'vendor backup: "Backup staff here. Your library is closed. Question?" (no greeting), then a terse referral "Contact your library re: fines." with no contact, then ends with "Session ended.": several fail',
    lines: [
      [0, 'p', 'hi can you tell me how much i owe on my card'],
      [40, 'l', 'Backup staff here. Your library is closed.'],
      [47, 'l', 'Account info not available to backup staff. Contact your library re: fines.'],
      [80, 'p', 'ok but how do i contact them'],
      [92, 'l', 'Library contact info on library website.'],
      [120, 'p', 'ok'],
      [125, 'l', 'Session ended.'],
    ],
    // reading: "Session ended." right after the patron's "ok" ends a chat that was over, not the help for the provider's convenience
    exp: usual({ greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    // reading: a canned "Are you still there? This chat will close if I don't hear from you" asks, but does not say the patron seems gone
    name: 'backup macro check-in "[Auto] Are you still there? This chat will close if no reply." and nothing more (idle 250 s): check-in passes, disconnect fails, courteous fails',
    lines: [
      [0, 'p', 'does my library have notary service'],
      [20, 'l', 'Hello, this is Amir, a librarian with the 24/7 backup service. Which library are you a member of?'],
      [48, 'p', 'Plano'],
      [55, 'l', 'Plano Public Library offers free notary service at Haggard and Harrington by appointment: plano.gov/library/notary. Does that help?'],
      [200, 'l', '[Auto] Are you still there? This chat will close if no reply.'],
    ],
    over: { endAfter: 105 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'backup staff, polite script, clarifies the library and the card type, gives the online renewal page and the phone of the branch in one list: good session with a referral',
    lines: [
      [0, 'p', 'Can I renew my card online? I am a nonresident card holder'],
      [22, 'l', 'Good evening and welcome to the Ask Now after-hours service. My name is Hal, and I am a librarian in Oregon.'],
      [29, 'l', 'Which library issued your nonresident card?'],
      [61, 'p', 'Ann Arbor District Library'],
      [70, 'l', 'Thank you. One moment while I check their card policy.'],
      [150, 'l', 'Ann Arbor District Library nonresident cards:\n- cost $80 a year\n- cannot be renewed online (aadl.org/cards)\n- are renewed at any AADL location, or call Customer Service at 734-555-0123 to pay by phone\nIs this the information you needed?'],
      [190, 'p', 'yes, thank you, that is all'],
      [196, 'l', 'Thank you for using Ask Now. Good night.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- final idles, patrons who leave ----------------------------------------------------------------------------------
  {
    name: 'patron goes quiet after the answer: "Are you still there?" at 140 s, then "It looks like you\'ve been disconnected. I\'ll close this chat, feel free to reconnect anytime. Thanks!" (idle 220 s): both pass',
    lines: [
      [0, 'p', 'how do i download audiobooks from my library on my phone'],
      [28, 'l', "Hi, I'm Lin, a librarian with the national after-hours chat. Which library do you belong to, and is it an iPhone or Android?"],
      [66, 'p', 'Boise, iphone'],
      [74, 'l', 'Boise Public Library uses Libby: install Libby from the App Store, choose Boise Public Library, and sign in with your card number and PIN. Their help page is at boisepubliclibrary.org/libby. Does that answer your question? Anything else?'],
      [214, 'l', 'Are you still there?'],
      [294, 'l', "It looks like you've been disconnected. I'll close this chat, but feel free to reconnect anytime. Thanks!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'patron goes quiet after a referral and the provider never writes again (idle 330 s): check-in and disconnect fail, courteous fails',
    lines: [
      [0, 'p', 'can i pay my fines online at allen county'],
      [33, 'l', "Hello, you're chatting with Ruth, a librarian with the Ask a Librarian after-hours service. Are these fines on your own card or your child's?"],
      [70, 'p', 'mine'],
      [76, 'l', "Allen County Public Library takes fine payments online under My Account at acpl.info. If the payment button isn't there, call Customer Service at 260-555-0161 in the morning and they can take a card payment over the phone. Does that help?"],
    ],
    over: { endAfter: 330 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' }),
  },
  {
    name: 'patron leaves before pickup (system line), provider greets 45 s in with a clarifying question and nobody there; Lost Call with one patron message: substantive by the letter, source fails',
    lines: [
      [0, 'p', 'do you have passport services'],
      [15, 's', 'Patron has left the chat.', sys('patron_left')],
      [45, 'l', "Hi, I'm Dee with the after-hours Ask a Librarian chat. I'm not at your library, but I'll do my best to help. Which library are you with?"],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 10 },
    // reading: the greeting carries a clarifying question ("Which library are you with?"), and "a clarifying question
    // counts": a substantive exchange by the Terms' letter, so the information checks apply (label changed after the
    // first run: it was all na)
    exp: usual({ clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'slow pickup in the overnight queue (95 s), provider apologises and says it\'s busy across the time zones: pickup fails, rest good',
    lines: [
      [0, 'p', 'Do I need a library card to use the wifi at the library?'],
      [95, 'l', "Hi, sorry for the wait! It's busy tonight with libraries in four time zones. I'm Corinne, a librarian with Ask Us. Which library are you visiting?"],
      [130, 'p', 'Sioux Falls, the downtown one'],
      [138, 'l', 'Siouxland Libraries wifi is free and open to everyone, no card needed: join "Siouxland-Public" (siouxlandlib.org/wifi). Does that answer your question?'],
      [160, 'p', 'yes perfect, thats all'],
      [165, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },

  // ---- dismissals and near dismissals ----------------------------------------------------------------------------------
  {
    name: 'dismissal: "We only cover general questions for your library. I have other patrons waiting so I need to end this here." with no way back: no_dismissal fails',
    lines: [
      [0, 'p', 'I got charged for a damaged book but it was already damaged when I got it. Can you remove the charge?'],
      [30, 'l', 'Hi, this is Pat with the after-hours reference chat. Which library charged you?'],
      [64, 'p', 'Greenville County Library. the cover was ripped when i picked it up, i have photos'],
      [72, 'l', "I can't remove charges; I'm not library staff there."],
      [90, 'p', 'so what do i do? i really dont think i should pay 35 dollars'],
      [98, 'l', 'We only cover general questions for your library. I have other patrons waiting so I need to end this here.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: other patrons waiting, said politely with an invitation back and a way to reach the library: allowed
    name: 'near dismissal allowed: "a few other patrons waiting … please chat back anytime, or call them at 864-555-0150 tomorrow": no_dismissal passes',
    lines: [
      [0, 'p', 'I got charged for a damaged book but the damage was there when I checked it out. who do I talk to'],
      [26, 'l', 'Hi, this is Pat with the after-hours reference chat. Which library charged you?'],
      [60, 'p', 'Greenville County Library'],
      [67, 'l', "Thanks. I can't change charges since I'm not on their staff, but their Circulation Services can review it if you send them the photos: circulation@greenvillelibrary.org, or call them at 864-555-0150 from 9 am tomorrow. Did that help?"],
      [95, 'p', 'ok yes'],
      [103, 'l', "Great. I have a few other patrons waiting, so I'm going to wrap up, but please chat back anytime if you need anything else. Thanks, and good night!"],
    ],
    exp: usual({ referral: 'pass', anything: 'fail' }),
  },
  {
    name: 'closing time: "our service closes at midnight Central, which is in 2 minutes, so I have to end the chat" with no way back: no_dismissal fails',
    lines: [
      [0, 'p', 'what databases does my library have for car repair manuals'],
      [20, 'l', 'Hello, Ask Now 24/7, this is Lisa. Which library are you with?'],
      [45, 'p', 'Omaha public'],
      [52, 'l', "Omaha Public Library has Chilton Library for car repair manuals: omahalibrary.org/research > Chilton Library, log in with your card. Is that what you needed?"],
      [80, 'p', 'can it do a 2009 honda fit'],
      [88, 'l', "Our service closes at midnight Central, which is in 2 minutes, so I have to end the chat now."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },

  // ---- transfers to the home library's own librarian ------------------------------------------------------------------
  {
    name: 'transfer to a librarian of the home library who is online: internal note with why, patron told: transfer passes',
    lines: [
      [0, 'p', 'I need to change the pickup location for my holds from Ballard to Central'],
      [24, 'l', "Hi! I'm Dev, a librarian with the after-hours cooperative. Is this for Seattle Public Library?"],
      [45, 'p', 'yes SPL'],
      [52, 'i', 'Tess, an SPL patron wants to change the pickup location on all holds from Ballard to Central: needs account access, can you take it?'],
      [58, 'l', "One of Seattle Public Library's own librarians is online right now and can change that in your account, so I'm transferring you to her. One moment."],
      [62, 's', 'Session transferred to Tess Obi', sys('transfer', 'tobi')],
      [80, 'l', "Hi, this is Tess at SPL. I can do that for you. Do you want all 4 holds moved, or only some?", LOCAL],
      [110, 'p', 'all of them please'],
      [118, 'l', 'Done: all 4 now go to Central. You can change this yourself under My Account > Holds at spl.org. Does that take care of it? Anything else tonight?', LOCAL],
      [140, 'p', 'yes thank you!'],
      [145, 'l', 'Thanks for using Ask Us, good night!', LOCAL],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer to the home library without any internal note: transfer fails',
    lines: [
      [0, 'p', 'can someone waive my fees, i lost my job'],
      [35, 'l', "Hi there, I'm Dev, a librarian with Ask Now. I'm not at your library, but I can connect you. Which library?"],
      [60, 'p', 'Seattle'],
      [66, 'l', "Someone from Seattle Public Library is online; I'll transfer you so they can look at your account. Just a moment."],
      [70, 's', 'Session transferred to Tess Obi', sys('transfer', 'tobi')],
      [95, 'l', 'Hello, Tess here at SPL. I see $14 in fees. Would you like me to waive them?', LOCAL],
      [120, 'p', 'yes please'],
      [128, 'l', "Done, they're cleared. SPL's fee forgiveness info is at spl.org/fees. Anything else I can do?", LOCAL],
      [150, 'p', "no that's all, thank you so much"],
      [155, 'l', 'Take care!', LOCAL],
    ],
    exp: usual({ complete: 'fail', transfer: 'fail' }),
  },

  // ---- longer sessions: research answered, local part referred ----------------------------------------------------------
  {
    name: 'long session: genealogy research answered by the cooperative, the local-history room referred with its e-mail, several holds: good session',
    lines: [
      [0, 'p', 'Hi, I am trying to find my great-grandfather who lived in Dubuque around 1910'],
      [30, 'l', "Good evening! You've reached Ask a Librarian 24/7. I'm Walt, a librarian in Virginia helping Carnegie-Stout Public Library tonight. What's his name, and what are you hoping to find: census, obituary, land records?"],
      [80, 'p', 'Johann Kessler. anything really, census would be great'],
      [86, 'l', "Let's start with the census. Give me a couple of minutes to search."],
      [190, 'l', "Still searching: I found a Johann Kessler in the 1910 census for Dubuque Ward 3, checking the age now."],
      [270, 'l', 'Here it is: Johann Kessler, 42, born Germany, cabinet maker, 1910 census, Dubuque Ward 3, sheet 12A. You can see the image free in FamilySearch (familysearch.org, free account) or in Ancestry Library Edition from any Carnegie-Stout computer. Does that look like him?'],
      [320, 'p', 'yes!! his wife was Anna'],
      [326, 'l', "Anna is listed too, 38. Carnegie-Stout also has a local history room with city directories and the Telegraph-Herald on microfilm. You could email the local history staff at localhistory@dubuquelibrary.org to ask about his obituary."],
      [340, 'l', 'Would you like anything else on him tonight?'],
      [380, 'p', 'no this is amazing, thats all for now'],
      [386, 'l', 'Happy searching, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the patron's own "where do I even call" is answered with "the library's main line" and no number: no contact
    name: 'long session: tax forms answered, then "where do I call about the printers" answered "the library\'s main line, it\'s on their website": referral fails',
    lines: [
      [0, 'p', 'does the library have 1040 forms yet'],
      [22, 'l', "Hi, I'm Sue, a librarian with the after-hours chat service (I'm in Iowa). Which library are you near?"],
      [54, 'p', 'Evanston'],
      [60, 'l', "Let me see what Evanston posted."],
      [125, 'l', "Evanston Public Library usually has paper 1040s by early February at the main library; you can also print them from irs.gov/forms. Are you looking for the 1040 itself or the instructions booklet too?"],
      [160, 'p', 'both. also the printers were broken last time, who do i even call about that'],
      [170, 'l', "You'd call the library's main line; it's on their website. Does that answer your questions?"],
      [200, 'p', 'ok'],
      [205, 'l', 'Anything else?'],
      [220, 'p', 'no thanks'],
      [226, 'l', 'Good night!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'academic: law student after midnight, provider at a different law school gives a Westlaw path and says the home library\'s reference desk opens at 8 Central (no contact): referral fails',
    lines: [
      [0, 'p', 'I cannot find the 5th Cir. case Fontenot v. Taser in our westlaw, is it unpublished?'],
      [17, 'l', "Hello, this is Grace, a law librarian answering the overnight chat for several law schools. Do you have the docket number or the year?"],
      [55, 'p', '2012 I think'],
      [62, 'l', 'One moment.'],
      [150, 'l', "It's an unpublished per curiam opinion: in Westlaw search Fontenot v. Taser International in the Fifth Circuit with date 2012; it's at 2012 WL 2045763. If your subscription filters unpublished cases, the reference desk at your law library opens at 8 Central and can help. Is that what you were looking for?"],
      [178, 'p', 'yes found it, thats all i needed!'],
      [183, 'l', 'Glad it worked, good luck and good night!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "ask at the desk when you pick it up" tells the patron to ask a department of the home library: a referral
    name: 'hold on a laptop kit, provider answers the catalogue part and says "ask at the checkout desk when you pick it up" with no contact: referral fails, a brief hold "bear with me"',
    lines: [
      [0, 'p', 'how long can i borrow a hotspot from the library'],
      [25, 'l', "Hi! I'm Elena from Ask a Librarian, the after-hours chat. Which library are you a member of?"],
      [50, 'p', 'Kansas City Public Library'],
      [57, 'l', 'Bear with me while I look at their lending rules.'],
      [120, 'l', "KCPL lends hotspots for 3 weeks with no renewals (kclibrary.org/hotspots). Whether you can place a second one right away isn't on the page, so ask at the checkout desk when you pick it up. Did that help?"],
      [150, 'p', 'yep thats all'],
      [156, 'l', 'Thanks for chatting, have a good night!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'patron does not say they are done ("ok cool"), provider never asks about anything else; goodbye at the end: anything fails',
    lines: [
      [0, 'p', 'are the library computers open to non members'],
      [26, 'l', 'Hi, this is Nina with Ask Now 24/7, the after-hours chat for your library. Which library do you plan to use?'],
      [52, 'p', 'Portland Maine'],
      [60, 'l', "Portland Public Library (Maine) gives visitors a free 1-hour guest pass at the Welcome Desk; details at portlandlibrary.com/computers. Does that answer your question?"],
      [80, 'p', 'ok cool'],
      [86, 'l', 'Have a good night!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Which branch is closest?" after the link is not before the first source; no earlier question: clarify fails
    name: 'provider answers at once with a link, asks which branch only after: clarify fails',
    lines: [
      [0, 'p', 'do you have notary at the library'],
      [30, 'l', 'Hi, Marcus from the after-hours Ask a Librarian chat here. Most libraries in the Fort Worth system list notary times at fortworthtexas.gov/library/notary.'],
      [40, 'l', 'Which branch is closest to you?'],
      [70, 'p', 'summerglen'],
      [78, 'l', 'Summerglen has a notary Tuesdays 2-5 pm, by appointment. Does that help?'],
      [102, 'p', 'yes thank you, no more questions'],
      [108, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'provider gives only an answer from memory, no URL, no named resource ("most libraries waive fines for kids"), referral-free: source fails',
    lines: [
      [0, 'p', 'do kids pay fines at the library'],
      [24, 'l', "Hello, I'm Dana, a librarian with the after-hours chat. Is this for a particular library, or in general?"],
      [50, 'p', 'just in general'],
      [58, 'l', "Most public libraries in the US have stopped charging late fines on children's cards in the last few years, but they still charge for lost or damaged items. Does that answer your question?"],
      [85, 'p', 'yep thats everything, thx'],
      [91, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'concurrency: the overnight provider had four chats open at once: concurrency fails',
    lines: [
      [0, 'p', 'what time does the main library open tomorrow'],
      [30, 'l', "Hi, I'm Jo, a librarian with the after-hours cooperative. Which library is that?"],
      [52, 'p', 'Louisville Free Public Library'],
      [60, 'l', 'The Main Library opens at 9 am tomorrow (lfpl.org/hours). Does that help?'],
      [80, 'p', "yes that's all thanks"],
      [85, 'l', 'Good night!'],
    ],
    ctx: {
      otherIntervals: [other('a', 'jo', -60, 200), other('b', 'jo', -30, 200), other('c', 'jo', 10, 200)],
    },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'statewide-to-national overflow: the patron asks "so no one from my library will see this?", provider says the transcript is shared and gives the library\'s e-mail: good session with referral',
    lines: [
      [0, 'p', 'I want to complain about a staff member at my branch'],
      [28, 'l', "Hello, thank you for contacting Ask a Librarian. I'm Viv, a librarian working the after-hours chat from California. I'm sorry you had a bad experience. Which library and branch was it?"],
      [70, 'p', 'Baltimore County, Towson. so no one from my library will see this?'],
      [78, 'l', "Your library gets a copy of chat transcripts, but a complaint is best sent to them directly so it reaches the branch manager: Baltimore County Public Library's customer feedback form is at bcpl.info/feedback, or you can email the Towson branch manager at towson@bcpl.example.org. Is that what you were looking for?"],
      [120, 'p', 'yes ok. thats all'],
      [126, 'l', 'Thank you for letting us know, take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'overnight with no codes in the source (resolutionCode left out): resolution code na; the rest good',
    lines: [
      [0, 'p', 'is there a limit on how many ebooks i can borrow'],
      [20, 'l', "Hi! This is Kai at Ask Now 24/7, answering for your library overnight. Which library's ebooks, and through Libby or hoopla?"],
      [48, 'p', 'libby, san diego public'],
      [55, 'l', 'San Diego Public Library allows 10 Libby checkouts and 10 holds at a time (sandiego.gov/public-library/elibrary). Does that answer it?'],
      [75, 'p', "yes that's all"],
      [80, 'l', 'Thanks for chatting!'],
    ],
    over: { resolutionCode: undefined },
    exp: usual({ code: 'na' }),
  },
  {
    // reading: offsets honoured: done at 18:30 Pacific on Thursday is 21:30 Eastern, about 83 hours after the session
    name: 'time zones in the follow-up: "I\'ll email you by noon Eastern tomorrow (that\'s 9 my time)", Follow-up by me, recorded Thursday 6:30 pm Pacific (83 h later): on_time fails',
    lines: [
      [0, 'p', 'I need the population of every county in Vermont in 1850 and 1900 for a project'],
      [30, 'l', "Hi! I'm Rob, a librarian with Ask a Librarian 24/7, working from Oregon tonight. Do you need totals only, or by age or sex too?"],
      [70, 'p', 'totals only'],
      [78, 'l', 'One moment while I look.'],
      [170, 'l', "The 1850 and 1900 census volumes have county totals (census.gov/library/publications/decennial.html, 'Population of Counties'). Pulling all 14 counties into one table will take me a bit; I'll email you by noon Eastern tomorrow (that's 9 my time). What's your email?"],
      [200, 'p', 'mvance@example.org'],
      [206, 'l', 'Thanks, I have mvance@example.org. Does the census link help for now?'],
      [230, 'p', "yes, that's all for tonight"],
      [236, 'l', 'Great, talk soon!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: '2026-03-05T18:30:00-08:00', by: 'jo' }] },
    ctx: { now: T0 + 6 * DAY },
    // reading: "talk soon" is no goodbye word, but "Thanks, I have …" thanks the patron: one of the last two
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'patron annoyed: "why am i talking to someone in florida, i want my library", provider explains and gives the library\'s number and hours; patron "fine. bye": anything fails',
    lines: [
      [0, 'p', 'my account says i have a lost item but i returned it'],
      [26, 'l', "Hi, I'm Dolores, a librarian with the after-hours chat service. I'm sorry about that. Which library is it?"],
      [55, 'p', 'why am i talking to someone in florida, i want my library'],
      [64, 'l', "I understand! Your library is closed overnight, so librarians around the country answer the chat for them. I can't change your account from here, but their circulation desk can: Worthington Libraries, 614-555-0110, open at 9 am. Which item is it, so I can tell you what to mention?"],
      [100, 'p', 'a dvd, the bear season 2'],
      [108, 'l', "Mention the title and the date you returned it; they'll search the shelves and clear it if it turns up. Their lost-items policy is at worthingtonlibraries.org/policies. Does that help?"],
      [140, 'p', 'fine. bye'],
      [144, 'l', 'Take care, and sorry again for the trouble. Good night!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: a vendor's queue macro sent as the provider is the first visible provider message (pickup) and a hold
    name: 'vendor queue macro "Thank you for contacting the after-hours reference service. A librarian will be with you shortly." at 5 s, the librarian writes at 150 s: pickup passes, keep_informed fails',
    lines: [
      [0, 'p', 'does the library have free covid tests still'],
      [5, 'l', 'Thank you for contacting the after-hours reference service. A librarian will be with you shortly.'],
      [150, 'l', "Hi, I'm Wendy, thanks for waiting. Which library are you asking about?"],
      [175, 'p', 'Howard County'],
      [182, 'l', "Howard County Library System no longer hands out tests, but free tests can still be ordered at covidtests.gov. Is that what you were looking for?"],
      [210, 'p', 'yes thats it, thanks'],
      [215, 'l', "You're welcome, good night!"],
    ],
    // reading: "yes thats it" answers "Is that what you were looking for?" (that is the thing), it does not say the patron
    // is done (label changed after the first run: it was pass)
    exp: usual({ informed: 'fail', anything: 'fail' }),
  },
  {
    name: 'Spanish forward: "Voy a enviar su pregunta a su biblioteca; le escribirán a más tardar el viernes. ¿Su correo es ana.g@example.org?", coded Follow-up by patron\'s library, recorded the next day: follow-up checks pass',
    lines: [
      [0, 'p', 'hola, quiero saber si la biblioteca de mi ciudad da clases de ciudadanía'],
      [28, 'l', '¡Hola! Soy Inés, bibliotecaria del chat nocturno Ask Now. No trabajo en su biblioteca, pero le ayudo. ¿En qué ciudad vive?'],
      [60, 'p', 'en Santa Ana, California'],
      [70, 'l', 'La Biblioteca Pública de Santa Ana ha tenido clases de ciudadanía gratuitas; su página de programas es santa-ana.org/library/programs. No veo las fechas de este año, así que voy a enviar su pregunta a su biblioteca y le escribirán a más tardar el viernes. ¿Su correo es ana.g@example.org, el que puso al entrar?'],
      [105, 'p', 'sí, ese es'],
      [111, 'l', 'Perfecto. ¿Le sirve la página mientras tanto? ¿Necesita algo más?'],
      [130, 'p', 'no, es todo, gracias'],
      [136, 'l', '¡Gracias a usted! Buenas noches.'],
    ],
    over: { ...FU_LIB, patron: { name: 'Ana', email: 'ana.g@example.org', phone: null }, followUps: [{ doneAt: '2026-03-03T12:10:00-08:00', by: 'santaana' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'transfer with an internal note but the patron is never told (only the system line): transfer fails',
    lines: [
      [0, 'p', 'I need to update my address on my library account'],
      [22, 'l', "Hello, this is Dev, a librarian with the after-hours cooperative. Which library's account is it?"],
      [45, 'p', 'Seattle Public Library'],
      [50, 'i', 'Tess, SPL patron needs an address change on their account, needs staff access. Yours?'],
      [55, 's', 'Session transferred to Tess Obi', sys('transfer', 'tobi')],
      [75, 'l', 'Hi, Tess at SPL here. What is the new address?', LOCAL],
      [110, 'p', '1200 Pine St Apt 4, Seattle 98101'],
      [118, 'l', "Updated. You can check it under My Account > Profile at spl.org. Did that take care of it?", LOCAL],
      [140, 'p', 'yes thanks, that is all'],
      [146, 'l', 'Thanks for using Ask Us, good night!', LOCAL],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    // left in v12 ("Karen Hesse's Out of the Dust" names a book, a source, by a possessive author and a title in
    // capitals; v12 only knew "Title by Author"); rubric v13's `bookShapesN1` reads it, so it runs
    name: 'provider promises to e-mail a reading list herself tomorrow morning, Follow-up by me, recorded 20 hours later: contact and on_time pass',
    lines: [
      [0, 'p', 'I need a list of books on the Dust Bowl for my 8th grade class, can you help'],
      [26, 'l', "Hi, welcome to Ask a Librarian! I'm Ingrid, a school librarian in Kansas working the evening shift. Is it for you as the teacher, and do you want fiction, nonfiction or both?"],
      [64, 'p', 'im the teacher, both please. we start next week'],
      [70, 'l', "Great. Two to start: Karen Hesse's Out of the Dust (verse novel) and Albert Marrin's Years of Dust (nonfiction), both in most libraries' catalogs. I'd like to put together a longer annotated list for you and email it tomorrow morning. What's your email?"],
      [103, 'p', 'cwhitaker@example.org'],
      [108, 'l', "Perfect, I'll send it to cwhitaker@example.org by 10 am tomorrow. Do those two titles work to start with?"],
      [125, 'p', 'yes thanks so much'],
      [130, 'l', 'Anything else tonight?'],
      [141, 'p', "no that's it"],
      [146, 'l', 'Thank you, have a good evening!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: '2026-03-03T06:30:00-05:00', by: 'jo' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- "I'm not at your library": who is NOT answering identifies no one -------------------------------------------
  {
    name: 'near miss: "I am not with your library" then "I\'m a librarian in Ohio": the role still identifies, greeting passes',
    lines: [
      [0, 'p', 'can i return books to any branch'],
      [20, 'l', "Hi! I am not with your library, but I'm a librarian in Ohio covering the chat tonight. Which library is it?"],
      [45, 'p', 'toledo'],
      [52, 'l', 'Toledo Lucas County Public Library takes returns at any of its 20 locations: toledolibrary.org/locations. Does that help?'],
    ],
    exp: some({ greeting: 'pass', clarify: 'pass', source: 'pass' }),
  },
  {
    name: '"Hello! I\'m not at the Middleton library, sorry" and "Which library do you use?": no name, role or service, greeting fails',
    lines: [
      [0, 'p', 'is the middleton library open sunday'],
      [20, 'l', "Hello! I'm not at the Middleton library, sorry, but I can look it up."],
      [28, 'l', 'Which Middleton, the one in Wisconsin?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Middleton Public Library is open Sundays 1-5 pm: midlibrary.org/hours. Did that answer it?'],
    ],
    exp: some({ greeting: 'fail', clarify: 'pass' }),
  },
  // ---- the cooperative's own name identifies the service ----------------------------------------------------------------
  {
    name: '"Hey there! I\'m with Ask Now, the after-hours chat." names the service: greeting passes',
    lines: [
      [0, 'p', 'how do i reset my pin'],
      [18, 'l', "Hey there! I'm with Ask Now, the after-hours chat. Which library's card is it?"],
      [40, 'p', 'arlington va'],
      [48, 'l', 'Arlington Public Library PINs can be reset at library.arlingtonva.us/pin with your card number and email. Does that help?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hi! Feel free to ask now or whenever you\'re ready." then "Which library?": "ask now" is no service name, greeting fails',
    lines: [
      [0, 'p', 'um hi'],
      [18, 'l', "Hi! Feel free to ask now or whenever you're ready."],
      [40, 'p', 'how long are dvd loans'],
      [48, 'l', 'Which library do you use?'],
      [70, 'p', 'frederick county'],
      [78, 'l', 'Frederick County Public Libraries lend DVDs for 2 weeks: fcpl.org/borrowing. Did that answer it?'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- a party that can check on it for the patron ----------------------------------------------------------------------
  {
    // reading: "your branch could check that for you" points the patron to the branch for the need: a referral, no contact
    name: '"your branch could check that for you when they open" with no contact: referral fails',
    lines: [
      [0, 'p', 'did my laptop charger get turned in at the branch'],
      [24, 'l', "Hi, this is Kim with the Ask Now after-hours chat. I'm not at your branch. Which library is it?"],
      [50, 'p', 'Cleveland Heights, Lee Road'],
      [58, 'l', "I can't see lost and found from here, but your branch could check that for you when they open at 9. Does that help?"],
      [80, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: the provider\'s own "I can check on it for you" and "let me check that for you": no referral',
    lines: [
      [0, 'p', 'is my ebook hold still active'],
      [24, 'l', "Hi, this is Kim with the Ask Now after-hours chat. Which library and which app?"],
      [50, 'p', 'akron, libby'],
      [58, 'l', 'I can check on it for you in the public Libby catalog: let me check that for you.'],
      [110, 'l', "Libby's holds list for Akron-Summit County Public Library shows the title with a 3-week wait (akronlibrary.overdrive.com). Does that help?"],
      [130, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- the library's main line as whom to call --------------------------------------------------------------------------
  {
    name: '"call the library\'s main number, 608-555-0190, in the morning": a referral with its phone, passes',
    lines: [
      [0, 'p', 'can i put a book on hold for my mom on her card'],
      [24, 'l', "Hello, this is Raj, a librarian with the after-hours service. Which library does your mom use?"],
      [50, 'p', 'madison public'],
      [58, 'l', "Placing holds on someone else's card needs their PIN, and Madison Public Library's policy is at madisonpubliclibrary.org/borrowing. If she's not sure of her PIN, call the library's main number, 608-555-0190, in the morning. Does that help?"],
      [90, 'p', 'yes thank you'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "there\'s usually a line at the main desk on Saturdays" and "your card number is on the back": no referral',
    lines: [
      [0, 'p', 'when is the best time to come pick up a new card'],
      [24, 'l', "Hello, this is Raj, a librarian with the after-hours service. Which library do you go to?"],
      [50, 'p', 'madison central'],
      [58, 'l', "Weekday mornings are quietest; there's usually a line at the main desk on Saturdays. Hours are at madisonpubliclibrary.org/central. Your card number is on the back of your old card if you're replacing it. Does that help?"],
      [90, 'p', 'yes thank you'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- "I can't …, but <party> can": the verb left out ----------------------------------------------------------------
  {
    name: '"I can\'t waive it from here, but the branch manager can" with no contact: referral fails',
    lines: [
      [0, 'p', 'can you waive a $5 printing fee, the printer jammed'],
      [22, 'l', "Hi, I'm Lou, a librarian with the after-hours chat. Which library charged it?"],
      [44, 'p', 'Bexley'],
      [52, 'l', "I can't waive it from here, but the branch manager can, since it was a jam. The printing policy is at bexleylibrary.org/print. Does that help?"],
      [80, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "I can\'t renew it from here, but you can: log in at …" and "but I can try": no referral',
    lines: [
      [0, 'p', 'can you renew my books'],
      [22, 'l', "Hi, I'm Lou, a librarian with the after-hours chat. Which library are they from?"],
      [44, 'p', 'Bexley'],
      [52, 'l', "I can't renew them from here, but you can: log in at bexleylibrary.org/account and choose Renew All. I can't promise they'll all renew, but I can try to explain any errors. Does that help?"],
      [80, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // (the merge's) the short name "Ask Us" after a lead names the service (the eleventh round's K1 left the first case)
  {
    name: '"Hello from Ask Us!" greets and names the service: greeting passes',
    lines: [[0, 'p', 'need sources on tiny houses'], [20, 'l', 'Hello from Ask Us! For a paper or a personal project?'], [40, 'p', 'paper']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Hi, thanks for contacting Ask Us!" names the service: greeting passes',
    lines: [[0, 'p', 'how late is the main branch open'], [15, 'l', 'Hi, thanks for contacting Ask Us! Which town is your library in?'], [40, 'p', 'Dover']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Feel free to ask us anything." names no one: greeting fails',
    lines: [[0, 'p', 'how late is the main branch open'], [15, 'l', 'Hi! Feel free to ask us anything. Which town is your library in?'], [40, 'p', 'Dover']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "thanks for contacting us, ask us anytime" names no one: greeting fails',
    lines: [[0, 'p', 'how late is the main branch open'], [15, 'l', 'Hi, thanks for contacting us, ask us anytime. Which town is your library in?'], [40, 'p', 'Dover']],
    exp: some({ greeting: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [];

describe('twelfth round (M3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (M3): a national after-hours cooperative, every check', whole);
describeSessions('twelfth round (M3): a national after-hours cooperative, short cases', short);

describeLeft('twelfth-round-afterhours', LEFT);
