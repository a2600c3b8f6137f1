/**
 * Seventeenth round, area (R1): LIBRARY PROGRAMS AND SPACES at public libraries. Events calendars and registration
 * (author talks, ESL and tech classes, craft workshops, teen programs), storytimes, makerspaces (3D printing, laser
 * cutters, Cricut, sewing machines, recording studios), meeting and study room booking, museum and park passes
 * (Culture Pass, MAP, state park passes, zoo passes), the "library of things" (hotspots, telescopes, tools, ukuleles,
 * Chromebooks), and volunteering (teen hours, ESL tutors, Friends book sale). Whole sessions (all 17 checks) and short
 * ones (a few checks), with near misses: registration confirmations and reminders the SYSTEM sends (no follow-up
 * promise), a waitlist the library runs, "the library app" named with no way to reach it, the children's desk named
 * with no contact, questions about the program that are not completeness questions, and dismissals by question count.
 * Voices: big-city and county systems in the US and Canada, small-town libraries, a text-message service, chat-speak,
 * canned macros, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a program page reached by steps on the library's site ("go to our website, click Events, filter by Storytime") is a
 *   named resource (a web page with the steps to reach it): a source;
 * - the library's own desk or department the patron is told to call or visit ("ask at the Youth Services desk") is a
 *   referral (Terms: the provider's own departments count when the patron is told to contact or visit them);
 * - booking a room, a pass or a device through a web form is using a source, not contacting a party: no referral;
 * - an e-mail or text that the library's booking SYSTEM sends (a confirmation, a reminder, a "your hold is ready"
 *   notice) is not the provider promising to send or find more later: no follow-up session;
 * - "Any other questions about the makerspace?" asks whether the patron needs anything else (scoped to the topic);
 *   "Anything else you want on the banner?" asks about the item being made, not about other needs;
 * - "Were you able to get signed up?" / "Did the booking go through?" asked after the steps were given asks whether the
 *   information given met the need (completeness);
 * - "Enjoy the show!" as a last message says goodbye (the README's v8 reading of "Enjoy the visit!"; my first label said
 *   otherwise and was corrected).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, other, type SessionCase, some, sys, usual, who, at } from './helpers';

const KAI = who('Kai Moreno', 'kai');
const FAB = who('Ruth Adeyemi', 'ruth');

export const whole: SessionCase[] = [
  // ---- storytimes and children's programs -------------------------------------------------------------------------
  {
    name: 'county library: baby storytime, age asked, calendar URL, "Did that help?", patron done, goodbye: a good session',
    lines: [
      [0, 'p', 'Hi! Is there a storytime for babies? My daughter is 8 months'],
      [22, 'l', "Good morning! You've reached Arlington Public Library's chat, I'm Maya. Which branch is closest to you?"],
      [61, 'p', 'Westover probably'],
      [70, 'l', 'Westover has Baby Lapsit Storytime (0-17 months) on Wednesdays at 10:30, no registration needed, first come first served (it caps at 20 babies). The full schedule is at library.arlingtonva.us/events, filter by "Babies". Did that help?'],
      [118, 'p', 'yes perfect, thats all i needed!'],
      [124, 'l', 'Wonderful, see you and your little one at Westover! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    // reading: "go to our website > Events > Kids & Teens" is a web page with the steps to reach it: a source
    name: 'small-town library: bilingual storytime, steps on the website as the source; the patron only says "ok ty" and the provider never asks anything else',
    lines: [
      [0, 'p', 'do you guys still do the spanish english storytime on saturdays'],
      [40, 'l', 'Hi, this is Colleen at the Hood River County Library District. Are you asking about the Hood River branch or Parkdale?'],
      [75, 'p', 'hood river'],
      [83, 'l', 'Yes! Cuentos y Canciones is every Saturday at 11 at the Hood River branch. Dates for next month are on our website: go to hoodriverlibrary.org, click Events, then pick "Kids & Teens". Does that answer your question?'],
      [120, 'p', 'ok ty'],
      [126, 'l', 'You are welcome, bye for now!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'storytime registration full; provider says "let me check the waitlist" and goes silent for 150 s: keep-informed fails',
    lines: [
      [0, 'p', 'The toddler time registration for Tuesdays says FULL. Is there a waitlist?'],
      [30, 'l', 'Hi there, Dev from Johnson County Library here. Is this the Tuesday session at Lenexa City Center or at Corinth?'],
      [58, 'p', 'Lenexa'],
      [64, 'l', 'Let me check the waitlist for you.'],
      [214, 'l', 'There is a waitlist: open the event at jocolibrary.bibliocommons.com/events, click "Join waitlist", and you\'ll move up automatically if someone cancels. Is that what you were looking for?'],
      [260, 'p', 'yep got it. nothing else, thanks!'],
      [266, 'l', 'Great! Thanks for using Ask JCL.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: the "Youth Services desk" of the provider's own library is a department the patron is told to call: a referral; its phone is given
    name: 'summer reading kickoff: referred to the library\'s own Youth Services desk with its phone: referral passes',
    lines: [
      [0, 'p', 'when does the summer reading kickoff party start and do kids need to sign up first'],
      [19, 'l', 'Hello! This is Priya, a librarian with Sacramento Public Library. Which branch are you planning to go to?'],
      [57, 'p', 'Central'],
      [65, 'l', 'The Central kickoff is Saturday June 7, 10 am to 1 pm; no sign-up for the party, but kids get their reading log by registering at saclibrary.org/summer. If you want to volunteer a craft table, call the Youth Services desk at Central at 916-264-2920. Did that help?'],
      [110, 'p', 'yes thanks thats everything'],
      [114, 'l', 'Have fun at the kickoff! Thanks for contacting Sacramento Public Library.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'near miss: "ask at the children\'s desk at Main about the puppet show tickets" with no way to reach the desk: referral fails',
    lines: [
      [0, 'p', 'how do we get tickets for the puppet show on friday'],
      [25, 'l', 'Hi, welcome to Cuyahoga County Public Library chat. My name is Gwen. Are you looking at the 10 am or the 1 pm show?'],
      [60, 'p', '10'],
      [66, 'l', 'Free tickets for the 10 am show are handed out 30 minutes before it starts; the event listing is at cuyahogalibrary.org/events (search "puppet"). For a group of more than 10 kids, ask at the children\'s desk at the Parma branch to hold seats. Did that answer your question?'],
      [100, 'p', 'yes thank you that is all'],
      [105, 'l', 'Thank you for chatting, enjoy the show!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- makerspaces and 3D printing --------------------------------------------------------------------------------
  {
    name: 'makerspace 3D print: file type asked, print request form and guidelines page, "Were you able to find the form?", anything else asked',
    lines: [
      [0, 'p', 'hi can i 3d print something at the library? i have a design from tinkercad'],
      [27, 'l', 'Hi! Thanks for reaching out to the Chattanooga Public Library. I\'m Ruth in the 4th Floor makerspace. Have you exported it as an .STL file yet?', FAB],
      [70, 'p', 'not yet, how do i do that'],
      [78, 'l', 'In Tinkercad click Export (top right) and choose .STL. Then upload it with the 3D Print Request form at chattlibrary.org/4th-floor/3d-printing; prints are 10 cents a gram and usually ready in 3-5 days. Were you able to find the form?', FAB],
      [140, 'p', 'yes found it, uploading now'],
      [146, 'l', 'Great! Anything else I can help you with today?', FAB],
      [180, 'p', 'no thats it'],
      [185, 'l', 'Happy printing, thanks for chatting!', FAB],
    ],
    over: { provider: { id: 'ruth', name: 'Ruth Adeyemi', library: 'CPL' } },
    exp: usual(),
  },
  {
    name: 'laser cutter certification: no clarifying question, the answer comes first; later "do you have an account?" comes after the source: clarify fails',
    lines: [
      [0, 'p', 'How do I get certified to use the laser cutter in the Maker Lab?'],
      [30, 'l', 'Hi, this is Omar at Ann Arbor District Library. You need to take the 90-minute Laser Cutter Certification class; upcoming dates are at aadl.org/events (search "laser"). Do you have an AADL card already?'],
      [80, 'p', 'yes i do'],
      [86, 'l', 'Then you can register right there with your card number. Does that help?'],
      [130, 'p', 'yep, thats everything thank you'],
      [134, 'l', 'Thanks for contacting AADL, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'recording studio booking: greeting without identifying who answers in the first two provider messages (the screen name is not enough): greeting fails',
    lines: [
      [0, 'p', 'hey is the podcast studio free to use or do u have to pay'],
      [24, 'l', 'Hey there! Thanks for reaching out. Are you a library cardholder?'],
      [62, 'p', 'yeah'],
      [70, 'l', 'Then it\'s free: cardholders can book the Studio up to 2 hours a week at dclibrary.org/labs/studio. You have to do the 30-minute orientation first. Does that answer your question?'],
      [112, 'p', 'ok and can my friend come who doesnt have a card'],
      [120, 'l', 'Yes, guests are fine as long as the person booking is there. Anything else?'],
      [150, 'p', 'nope thx'],
      [155, 'l', 'Have fun recording! Bye.'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: "The staff will email you when the print is ready" is the system/staff pickup notice, not the provider promising to send more later
    name: 'Cricut and vinyl: "you\'ll get an automatic email confirming your slot" promises nothing; no follow-up',
    lines: [
      [0, 'p', 'Can you use the Cricut at the library to make shirts? Do I bring my own vinyl?'],
      [35, 'l', 'Hi! This is Luis from the Pikes Peak Library District. Are you thinking of iron-on (HTV) for fabric?'],
      [70, 'p', 'yes iron on'],
      [78, 'l', 'We provide basic iron-on vinyl at 50 cents a sheet, or you can bring your own. Book the Cricut at ppld.org/makerspaces, then you\'ll get an automatic email confirming your slot. Did that help?'],
      [115, 'p', 'yes! thats all I needed'],
      [120, 'l', 'Great, thanks for chatting with PPLD!'],
    ],
    exp: usual(),
  },
  {
    name: 'sewing machine class follow-up: provider asks the makerspace coordinator, e-mail confirmed, "by Thursday", follow-up done in 30 h',
    lines: [
      [0, 'p', 'Hi, is the beginner sewing class on the 14th going to be repeated? It\'s full and I work that day.'],
      [28, 'l', 'Hello, this is Jess, a librarian at Frederick County Public Libraries. Which branch was the class at?'],
      [60, 'p', 'C. Burr Artz downtown'],
      [68, 'l', 'One moment, let me look at the calendar.'],
      [140, 'l', 'I don\'t see a repeat scheduled yet on fcpl.org/events. I can ask our makerspace coordinator whether a second session is planned and email you what she says by Thursday. What email should I use?'],
      [190, 'p', 'sure its m.okafor@example.org'],
      [196, 'l', 'Got it: m.okafor@example.org. You\'ll hear from me by Thursday. Is there anything else I can help with?'],
      [230, 'p', 'no thats all, thanks so much'],
      [236, 'l', 'You\'re welcome! Thanks for contacting FCPL.'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(30 * 3600), by: 'jo', note: 'emailed repeat class date' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },

  // ---- meeting rooms and study rooms ------------------------------------------------------------------------------
  {
    name: 'study room: booking page, patron asks about group size, "Did the booking go through?", patron says he is all set; good session',
    lines: [
      [0, 'p', 'need a study room for 4 people tomorrow afternoon at central'],
      [33, 'l', 'Hi! Jamal here, librarian at Austin Public Library. Is this for 2 hours or longer? Central rooms max out at 3 hours a day.'],
      [71, 'p', '2 hrs is fine'],
      [80, 'l', 'You can book rooms up to 14 days out at library.austintexas.gov/study-rooms: pick Central, then the 4-6 person rooms on the 5th floor. Did the booking go through?'],
      [170, 'p', 'yes got room 5B 2-4pm. im all set'],
      [176, 'l', 'Perfect, good luck studying! Thanks for using Ask APL.'],
    ],
    exp: usual(),
  },
  {
    name: 'nonprofit meeting room: "We only allow three questions per chat, so I\'ll have to end here" ends the help: dismissal fails',
    lines: [
      [0, 'p', 'hi our HOA wants to use the community room, is that allowed'],
      [20, 'l', 'Hello, this is Kim with Henrico County Public Library. Is the meeting open to the public?'],
      [55, 'p', 'yes anyone in the neighborhood can come'],
      [62, 'l', 'Then yes, open meetings can book the community room for free. The policy and request form are at henricolibrary.org/meeting-rooms. Does that help?'],
      [95, 'p', 'can we serve food? and do you have a projector? and can we stay past close?'],
      [103, 'l', "We only allow three questions per chat, so I'll have to end here."],
      [110, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'meeting room: "other patrons are waiting ... please chat back later" and a thank-you: allowed, dismissal passes',
    lines: [
      [0, 'p', 'hi our book club wants the small meeting room every 2nd tuesday for the rest of the year'],
      [26, 'l', 'Hi, you\'re chatting with Rosa at Tulsa City-County Library. Which location?'],
      [58, 'p', 'Hardesty'],
      [66, 'l', 'Recurring bookings are allowed up to 3 months ahead: request them at tulsalibrary.org/meeting-rooms (choose Hardesty, then "Recurring"). Did that answer it?'],
      [110, 'p', 'yes. also can we bring wine, and is there a fee for nonprofits, and can we put up flyers'],
      [118, 'l', "Those are good questions, but there are several other patrons waiting right now, so I need to wrap up. Please chat back later and we'll go through the rest. Thanks for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'quiet-room booking by the hour: pickup at 95 s fails; otherwise good',
    lines: [
      [0, 'p', 'Do you have quiet rooms for a Zoom job interview? Thursday 9am'],
      [95, 'l', 'Good morning, thanks for waiting! This is Nadia at Calgary Public Library. Which location works best for you?'],
      [130, 'p', 'Central or Nose Hill'],
      [140, 'l', 'Both have bookable quiet rooms with Wi-Fi. Book at calgarylibrary.ca/spaces with your card; rooms open for booking 7 days ahead. Does that help?'],
      [175, 'p', 'booked nose hill, thats everything thanks'],
      [180, 'l', 'Good luck with the interview! Thanks for contacting CPL.'],
    ],
    exp: usual({ pickup: 'fail' }),
  },

  // ---- museum and park passes -------------------------------------------------------------------------------------
  {
    name: 'Toronto MAP pass: Sun Life MAP, branch asked, link, completeness, patron done: good session',
    lines: [
      [0, 'p', 'how do the free museum passes work? want to take my kids to the ROM'],
      [30, 'l', 'Hi! This is Aaron from Toronto Public Library. Do you have a TPL card in good standing, and which branch do you usually go to?'],
      [72, 'p', 'yes, Parkdale'],
      [80, 'l', 'Great. The Sun Life Financial Museum + Arts Pass (MAP) gives a family pass for the ROM. Passes are released Saturdays at 9 am, online at tpl.ca/map: pick Parkdale as your pickup branch. Is that what you were looking for?'],
      [120, 'p', 'yes thats all i needed thank you'],
      [124, 'l', 'Enjoy the dinosaurs! Thanks for using Ask TPL.'],
    ],
    exp: usual(),
  },
  {
    name: 'zoo pass: "call the zoo\'s guest services to check on parking" names a party with no contact: referral fails',
    lines: [
      [0, 'p', 'is the zoo pass good for parking too'],
      [35, 'l', 'Hi there, Beth here with Cincinnati & Hamilton County Public Library. Is this for the Cincinnati Zoo pass?'],
      [70, 'p', 'yes'],
      [78, 'l', 'The library\'s Zoo pass admits 2 adults and 2 kids; it does not include parking. Reserve it at cincinnatilibrary.org/passes. For parking discounts, call the zoo\'s guest services. Does that answer your question?'],
      [120, 'p', 'ok thanks, thats everything'],
      [125, 'l', 'Thanks for contacting us, have fun!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'state park pass (chat-speak, both sides): "The Discover Pass" with the library\'s catalog link; done; good',
    lines: [
      [0, 'p', 'yo can i check out a state parks pass from the library??'],
      [14, 'l', 'hey! Sam @ Spokane County Library District here. u want it for day use or camping?'],
      [40, 'p', 'day use, hiking at mt spokane'],
      [48, 'l', 'yep we got Discover Passes, 1 week checkout, day use only. place a hold in our catalog: scld.org, search "discover pass". did that help?'],
      [85, 'p', 'ya perfect thx'],
      [90, 'l', 'np! thx for chatting, happy hiking'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "the library app" named with no way to reach it is not a source; the answer is still an answer
    name: 'museum pass: the only place named is "the library app" (no way to reach it): source fails',
    lines: [
      [0, 'p', 'Can I reserve the science center pass for next Sunday?'],
      [29, 'l', 'Hello! Thanks for contacting Worcester Public Library, this is Dee. Is it for the EcoTarium?'],
      [64, 'p', 'yes that one'],
      [72, 'l', 'Yes, you can reserve it up to 30 days ahead in the library app under Museum Passes. Does that help?'],
      [110, 'p', 'ok ill look. thats all'],
      [115, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },

  // ---- library of things --------------------------------------------------------------------------------------------
  {
    name: 'hotspot waitlist, text-message service: long hold with updates every 90 s passes; a system reminder promises nothing',
    lines: [
      [0, 'p', 'how long is the wait for a wifi hotspot rn'],
      [30, 'l', 'Hi! Text a Librarian at NYPL, this is Kay. Do you want the 6-week hotspot or the 3-week one?'],
      [75, 'p', '6 wk'],
      [80, 'l', 'One sec, checking the holds list.'],
      [170, 'l', 'Still looking, the catalog is slow tonight.'],
      [255, 'l', 'OK: there are 412 holds on 160 hotspots, so roughly 6-8 weeks. Place a hold at nypl.org/hotspot and the catalog will text you when it\'s ready. Does that work for you?'],
      [300, 'p', 'ugh ok. nothing else thx'],
      [304, 'l', 'Thanks for texting NYPL!'],
    ],
    exp: usual(),
  },
  {
    name: 'telescope from the library of things: quiet after the answer, "You still with me?" and "Looks like you stepped away, I\'ll close this chat. Thanks!" (idle 230 s): both pass',
    lines: [
      [0, 'p', 'Hi, do you lend telescopes? My son wants to see Saturn'],
      [25, 'l', "Hi! I'm Lena, a librarian at Westerville Public Library. Are you looking to borrow it this week?"],
      [60, 'p', 'this weekend ideally'],
      [68, 'l', 'We have two Orion StarBlast telescopes in the Library of Things, 7-day loans. One is on the shelf now: place a hold in the catalog at westervillelibrary.org/things and pick it up at the front desk. Does that answer it?'],
      [200, 'l', 'You still with me?'],
      [298, 'l', "Looks like you stepped away, so I'll close this chat. Thanks for chatting with us!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'tool library: check-in "Are you still there?" but no notice before the chat ends 230 s into the idle: disconnect fails, courteous fails',
    lines: [
      [0, 'p', 'does the library have a tile saw i can borrow'],
      [20, 'l', 'Hi, this is Marcus at Berkeley Public Library. Is it a wet saw for ceramic tile you need?'],
      [48, 'p', 'yes wet saw'],
      [56, 'l', 'The Tool Lending Library at the Claremont branch lends a 7-inch wet tile saw for 3 days; you need a Berkeley card and proof of address. Hours and the tool list are at berkeleypubliclibrary.org/tool-lending-library. Does that help?'],
      [190, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 96 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'ukulele kit (Spanish): clarifying question, catalog link, "¿Le sirve?", "¿Algo más?", patron done: good',
    lines: [
      [0, 'p', 'Hola, ¿es cierto que prestan ukuleles?'],
      [30, 'l', '¡Hola! Le atiende Inés, bibliotecaria de la Biblioteca Pública de San José. ¿Es para un adulto o para un niño?'],
      [70, 'p', 'para mi hija de 10 años'],
      [78, 'l', 'Sí, tenemos kits de ukulele con libro de canciones para 3 semanas. Puede reservarlo en el catálogo: sjpl.org, busque "ukulele kit". ¿Le sirve esta información?'],
      [115, 'p', 'sí, muchas gracias'],
      [120, 'l', '¿Algo más en que le pueda ayudar?'],
      [150, 'p', 'no, es todo'],
      [155, 'l', '¡Que lo disfruten! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual(),
  },
  {
    name: 'Chromebook loan transferred to the branch tech librarian with an internal note and a visible announcement: transfer passes',
    lines: [
      [0, 'p', 'I borrowed a chromebook and it wont connect to my home wifi, what do i do'],
      [24, 'l', 'Hello, this is Jo at Pima County Public Library. Does it show your network in the list at all?'],
      [60, 'p', 'yes but says connection failed'],
      [66, 'i', 'Kai, patron has a lending Chromebook that fails on home wifi; you manage the device lending program'],
      [70, 'l', "I'm going to transfer you to Kai, who runs our device lending. One moment please."],
      [73, 's', 'Chat transferred to Kai Moreno', sys('transfer', 'kai')],
      [110, 'l', 'Hi, Kai here. The lending Chromebooks are locked to WPA2; if your router is WPA3-only they fail. The fix steps are at library.pima.gov/devices under "Wi-Fi trouble". Did that fix it?', KAI],
      [200, 'p', 'yes switched it to wpa2/wpa3 mode and it works! thats all'],
      [205, 'l', 'Great! Thanks for contacting the library.', KAI],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'near miss: telescope question transferred with no internal note to the receiving provider: transfer fails',
    lines: [
      [0, 'p', 'the telescope I borrowed is missing the eyepiece, will i get charged'],
      [30, 'l', 'Hi, Jo from Multnomah County Library here. Was it missing when you picked it up?'],
      [65, 'p', 'yes it was never in the case'],
      [70, 'l', 'Let me pass you to Kai, who handles the Library of Things. One moment!'],
      [74, 's', 'Chat transferred to Kai Moreno', sys('transfer', 'kai')],
      [120, 'l', 'Hi, this is Kai. I noted on the item record that the eyepiece was missing at checkout, so no charge. The kit contents are listed at multcolib.org/things. Does that answer your question?', KAI],
      [160, 'p', 'yes thanks thats all'],
      [165, 'l', 'Thanks for letting us know, bye!', KAI],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- volunteering and events -----------------------------------------------------------------------------------
  {
    name: 'teen volunteer hours: referred to the volunteer coordinator with her e-mail: referral passes',
    lines: [
      [0, 'p', 'hi im 15 and need 20 service hours for school. can i volunteer at the library'],
      [23, 'l', 'Hi! This is Trish, a librarian at Naperville Public Library. Do you need the hours by a certain date?'],
      [55, 'p', 'by end of may'],
      [62, 'l', 'Teens 14+ can volunteer in the summer reading program and at Teen Tech Week. Apply at naperville-lib.org/volunteer, and email our volunteer coordinator, Dana Wu, at volunteer@naperville-lib.org to say you need hours by May. Did that help?'],
      [100, 'p', 'yes thank you! thats all'],
      [104, 'l', 'Good luck, thanks for volunteering with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: answering from knowledge with no URL, contact or named resource gives no source; completeness still applies
    name: 'Friends book sale volunteer: answer with no source at all: source fails, completeness passes',
    lines: [
      [0, 'p', 'When is the Friends book sale and do they need help setting up?'],
      [26, 'l', 'Hello, this is Brenda at Evanston Public Library. Are you a member of the Friends already?'],
      [60, 'p', 'no'],
      [68, 'l', 'The spring sale is April 25-27 in the Main Library community room, and setup is Thursday the 24th from 4 to 8. Non-members are welcome to help; just show up in the community room. Does that answer your question?'],
      [105, 'p', 'great thats everything'],
      [110, 'l', 'Thanks so much for pitching in!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'author talk: "I\'ll check with the events office and call you back by 5 pm", number repeated: a follow-up promise but the code stays Answered: code fails, contact passes, on-time pending',
    lines: [
      [0, 'p', 'Is the Colson Whitehead talk tonight sold out? the page wont load'],
      [32, 'l', 'Hi, you\'ve reached the Free Library of Philadelphia, I\'m Tara. Are you asking about the 7:30 pm event at Parkway Central?'],
      [70, 'p', 'yes'],
      [80, 'l', 'The event page (freelibrary.org/authorevents) is down for me too. I\'ll check with the events office and call you back by 5 pm. What number should I use?'],
      [125, 'p', '215-555-0163'],
      [131, 'l', 'Thanks, I have 215-555-0163. I\'ll call by 5. Anything else in the meantime?'],
      [160, 'p', 'no thats it'],
      [165, 'l', 'Talk soon, thanks!'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'ESL conversation club: follow-up promised with the e-mail confirmed but no time given: contact fails; follow-up not recorded yet: pending',
    lines: [
      [0, 'p', 'Hello, is there an English conversation group for adults at Burnaby library?'],
      [40, 'l', 'Hello! Burnaby Public Library chat, this is Wen. Which level is your English: beginner or intermediate?'],
      [85, 'p', 'intermediate'],
      [92, 'l', 'Metrotown has an intermediate English Conversation Circle on Mondays; the winter session is not posted yet at bpl.bc.ca/events. I will ask our programming team for the dates and email them to you. Is h.tanaka@example.org the right address?'],
      [140, 'p', 'yes thats right'],
      [146, 'l', 'Thank you! Is there anything else I can help with?'],
      [170, 'p', 'no thank you'],
      [175, 'l', 'Have a good evening, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'h.tanaka@example.org', phone: null } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'tech class registration: patron leaves before pickup, provider greets at 70 s, checks in, gives a notice (idle 200 s): information checks na, Lost Call passes',
    lines: [
      [0, 'p', 'is the intro to excel class on tuesday free'],
      [70, 'l', 'Hi, this is Gabe at Louisville Free Public Library. How can I help?'],
      [200, 'l', 'Are you still there?'],
      [270, 'l', "It looks like you've disconnected, so I'm going to end this chat. Feel free to contact us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'craft workshop: the provider had four other chats open at once: concurrency fails',
    lines: [
      [0, 'p', 'do i need to bring my own supplies for the wreath making workshop'],
      [25, 'l', 'Hi! Jo here from Ramsey County Library. Is this the December 6 workshop at Roseville?'],
      [60, 'p', 'yes'],
      [68, 'l', 'All supplies are provided; registration is required at rclreads.org/events (search "wreath"). Does that help?'],
      [100, 'p', 'yes that is all thanks'],
      [104, 'l', 'Thanks for chatting, have fun!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', -100, 300), other('c', 'jo', 10, 300), other('d', 'jo', 20, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'Practice session about a Lego club: every check na',
    lines: [
      [0, 'p', 'test - lego club saturdays?'],
      [10, 'l', 'Hi this is Jo testing the widget'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: usual({ pickup: 'na', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na', courteous: 'na', concurrency: 'na', code: 'na' }),
  },
];

const START: SessionCase['lines'] = [
  [0, 'p', 'hi how do i sign up for the robotics club'],
  [20, 'l', 'Hi! Jo at Plano Public Library here. How old is the participant?'],
  [50, 'p', '11'],
];
const ANSWER: SessionCase['lines'][number] = [60, 'l', 'The Robotics Club (ages 9-12) meets Thursdays at Haggard Library; register at plano.gov/library/events, search "robotics".'];

export const short: SessionCase[] = [
  // ---- completeness -------------------------------------------------------------------------------------------------
  {
    name: '"Were you able to get signed up?" after the steps asks whether they met the need: completeness passes',
    lines: [...START, ANSWER, [130, 'p', 'one sec'], [190, 'p', 'ok'], [196, 'l', 'Were you able to get signed up?'], [230, 'p', 'yes, all done'], [235, 'l', 'Great, thanks for chatting!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would you like me to walk you through the registration?" offers something not yet given: completeness fails',
    lines: [...START, ANSWER, [70, 'l', 'Would you like me to walk you through the registration?'], [110, 'p', 'no its ok'], [115, 'l', 'Thanks for chatting, bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Is your child already in the club\'s group chat?" after the answer is a question about the patron, not about the answer: completeness fails',
    lines: [...START, ANSWER, [70, 'l', "Is your child already in the club's parent group chat?"], [110, 'p', 'no'], [115, 'l', 'No problem. Thanks for chatting, bye!']],
    exp: some({ complete: 'fail' }),
  },
  // ---- anything else --------------------------------------------------------------------------------------------------
  {
    // reading: a question about further needs scoped to the topic still asks whether the patron needs anything else
    name: '"Any other questions about the makerspace?" asks whether the patron needs anything else: passes',
    lines: [[0, 'p', 'is the makerspace open sundays'], [20, 'l', 'Hi, Jo at Skokie Public Library. The Media Lab?'], [45, 'p', 'yes'], [52, 'l', 'The Media Lab is open Sundays 1-5; hours at skokielibrary.info/medialab. Any other questions about the makerspace?'], [90, 'p', 'nope'], [95, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: a question about the item being made, not about further needs
    name: 'near miss: "Anything else you want printed on the banner besides the logo?" is about the banner: anything-else fails',
    lines: [[0, 'p', 'can i print a big banner at the library'], [20, 'l', 'Hi, Jo at Skokie Public Library. How big?'], [45, 'p', '2 by 6 feet'], [52, 'l', 'The large-format printer in the Media Lab does up to 42 inches wide; the form is at skokielibrary.info/print. Anything else you want printed on the banner besides the logo?'], [90, 'p', 'just the date'], [95, 'l', 'Perfect, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'the patron says "that covers it" on her own: anything-else passes',
    lines: [...START, ANSWER, [110, 'p', 'great, that covers it. thank you'], [115, 'l', 'Thanks, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s "cool cool" is no statement that she is done: anything-else fails',
    lines: [...START, ANSWER, [110, 'p', 'cool cool'], [115, 'l', 'Thanks, bye!']],
    exp: some({ anything: 'fail' }),
  },
  // ---- sources ------------------------------------------------------------------------------------------------------
  {
    name: 'steps on the library\'s site ("our homepage > Events > Storytime") are a source',
    lines: [[0, 'p', 'storytime schedule?'], [20, 'l', 'Hi, Jo at Boise Public Library. Which branch?'], [40, 'p', 'hillcrest'], [48, 'l', 'On our homepage go to Events, then choose Storytime and Hillcrest for the dates.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: 'near miss: "just check the app" names no way to reach it: source fails',
    lines: [[0, 'p', 'storytime schedule?'], [20, 'l', 'Hi, Jo at Boise Public Library. Which branch?'], [40, 'p', 'hillcrest'], [48, 'l', 'The dates change monthly, just check the app.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  // ---- referrals --------------------------------------------------------------------------------------------------
  {
    // reading: booking through a web form is using a source, not contacting a party
    name: 'booking a pass through the reservation page is no referral: referral na',
    lines: [[0, 'p', 'park pass?'], [20, 'l', 'Hi, Jo at Minneapolis Central Library. State parks?'], [40, 'p', 'yes'], [48, 'l', 'Reserve the Minnesota State Parks pass at hclib.org/passes and pick it up at any branch.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Stop by the Teen Center and ask Ms. Ortiz about volunteer hours" with no way to reach her: referral fails',
    lines: [[0, 'p', 'can i get volunteer hours at the library'], [20, 'l', 'Hi, Jo at Hartford Public Library. How old are you?'], [40, 'p', '16'], [48, 'l', 'Yes! Stop by the Teen Center and ask Ms. Ortiz about volunteer hours.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Reach out to the Literacy Council at 502-555-0190 to become an ESL tutor": referral passes',
    lines: [[0, 'p', 'i want to volunteer as an esl tutor'], [20, 'l', 'Hi, Jo at Louisville Free Public Library. Have you tutored before?'], [40, 'p', 'no'], [48, 'l', 'The library hosts the tutors but the training is run by the Literacy Council: reach out to them at 502-555-0190 to become an ESL tutor.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"the volunteer coordinator will reach out to you" is the party contacting the patron: no referral',
    lines: [[0, 'p', 'i filled out the volunteer form, whats next'], [20, 'l', 'Hi, Jo at Hartford Public Library. When did you submit it?'], [40, 'p', 'last week'], [48, 'l', 'Applications are reviewed every two weeks at hplct.org/volunteer; the volunteer coordinator will reach out to you after the review.'], [80, 'p', 'ok thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  // ---- follow-up promises or not ------------------------------------------------------------------------------------
  {
    // reading: the booking system's reminder is not the provider promising to send more later
    name: 'near miss: "the system will email you a reminder the day before" is no follow-up promise: contact na',
    lines: [...START, ANSWER, [70, 'l', 'Once you register, the system will email you a reminder the day before. Does that help?'], [110, 'p', 'yes thats all'], [115, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: '"I\'ll text you at 469-555-0177 as soon as the spring dates are posted, likely next week" is a promise with the number and a time: contact passes; code Answered fails',
    lines: [...START, ANSWER, [70, 'l', "Spring dates aren't up yet. I'll text you at 469-555-0177 as soon as they're posted, likely next week."], [110, 'p', 'yes thats my cell, thanks thats all'], [115, 'l', 'Bye!']],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  // ---- dismissal ----------------------------------------------------------------------------------------------------
  {
    name: 'dismissal: "You\'ve used up your questions for today" fails',
    lines: [...START, ANSWER, [100, 'p', 'and is there a lego club too? and chess?'], [106, 'l', "You've used up your questions for today. Goodbye."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "I have another patron waiting, so I\'ll stop here, but feel free to chat back about chess club" passes',
    lines: [...START, ANSWER, [100, 'p', 'and is there a lego club too? and chess?'], [106, 'l', "I have another patron waiting, so I'll stop here, but feel free to chat back about chess club anytime."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: 'near miss: "the club is limited to 12 kids per session" is about the program, not the chat: no dismissal',
    lines: [...START, ANSWER, [100, 'p', 'is there a limit'], [106, 'l', 'Yes, the club is limited to 12 kids per session and registration closes when it fills.'], [140, 'p', 'ok thats all'], [144, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- waiting, idle and closing ------------------------------------------------------------------------------------
  {
    name: '"Take your time filling out the room request" is no hold: the patron\'s 200 s are waiting on the patron, keep-informed passes',
    lines: [[0, 'p', 'i want to book the board room for a nonprofit meeting'], [20, 'l', 'Hi, Jo at Madison Public Library. Is it open to the public?'], [40, 'p', 'yes'], [48, 'l', 'Fill in the request at madisonpubliclibrary.org/rooms. Take your time filling out the room request, I\'ll be here.'], [250, 'p', 'done, submitted'], [258, 'l', 'Great, it will be reviewed within 2 business days. Thanks, bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'a check-in "You still with me? No rush!" passes; the condition "If I don\'t hear back I\'ll close the chat" is no notice (idle 200 s)',
    lines: [...START, ANSWER, [190, 'l', 'You still with me? No rush!'], [250, 'l', "If I don't hear back in a couple of minutes I'll close the chat."]],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading (the README's, v8: "Enjoy the visit!" is a goodbye): "Enjoy the show!" as the last message says goodbye.
    // Labelled fail before the first run; corrected from the README's reading.
    name: 'the last provider message "Enjoy the show!" is a parting wish, a goodbye: courteous passes',
    lines: [[0, 'p', 'what time is the magic show'], [20, 'l', 'Hi, Jo at Omaha Public Library. At Millard?'], [40, 'p', 'yes'], [48, 'l', 'The magic show at Millard is at 2 pm Saturday; details at omahalibrary.org/events.'], [80, 'p', 'ok'], [84, 'l', 'Enjoy the show!']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- greeting -----------------------------------------------------------------------------------------------------
  {
    name: '"Good morning, Fab Lab at Chattanooga Public Library here" greets and identifies the service: greeting passes',
    lines: [[0, 'p', 'fab lab hours?'], [20, 'l', 'Good morning, Fab Lab at Chattanooga Public Library here! Today or the weekend?'], [40, 'p', 'today'], [48, 'l', 'Today 10-6, all hours at chattlibrary.org/4th-floor.'], [80, 'p', 'thx thats all'], [84, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hey! What can I do for you?" then "Let me look up the passes." never say who answers: greeting fails',
    lines: [[0, 'p', 'museum passes?'], [20, 'l', 'Hey! What can I do for you?'], [30, 'l', 'Let me look up the passes.'], [90, 'l', 'Passes are at the front desk; list at bpl.org/passes.'], [120, 'p', 'thx thats all'], [124, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  // ---- guards of the R1 widenings ------------------------------------------------------------------------------------
  {
    name: 'guard: "Anything else you want to know about the Media Lab?" still asks: anything-else passes',
    lines: [[0, 'p', 'can i print a big banner at the library'], [20, 'l', 'Hi, Jo at Skokie Public Library. How big?'], [45, 'p', '2 by 6 feet'], [52, 'l', 'The large-format printer in the Media Lab does up to 42 inches wide; the form is at skokielibrary.info/print. Anything else you want to know about the Media Lab?'], [90, 'p', 'no'], [95, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "Is there anything else you\'d like engraved on it?" is about the item: anything-else fails',
    lines: [[0, 'p', 'can the laser cutter do wood coasters'], [20, 'l', 'Hi, Jo at Skokie Public Library. What wood?'], [45, 'p', 'maple'], [52, 'l', 'Yes, maple works well; book the Glowforge at skokielibrary.info/medialab. Is there anything else you\'d like engraved on it?'], [90, 'p', 'just initials'], [95, 'l', 'Perfect, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"the booking system will text you when your slot is confirmed" promises nothing of the provider\'s: contact na',
    lines: [...START, ANSWER, [70, 'l', 'After you register, the booking system will text you when your slot is confirmed. Does that help?'], [110, 'p', 'yes thats all'], [115, 'l', 'Bye!']],
    exp: some({ contact: 'na' }),
  },
  {
    name: 'guard: "the catalog will text you when it\'s ready, and I\'ll email you the setup guide later" still promises: contact fails',
    lines: [...START, ANSWER, [70, 'l', "Place a hold; the catalog will text you when it's ready, and I'll email you the setup guide later."], [110, 'p', 'ok thats all'], [115, 'l', 'Bye!']],
    exp: some({ contact: 'fail' }),
  },
  {
    name: '"ask at the park\'s visitor center about trail passes" refers with no contact: referral fails',
    lines: [[0, 'p', 'does the state park pass cover the trail shuttle'], [20, 'l', 'Hi, Jo at Boulder Public Library. Which park?'], [45, 'p', 'eldorado canyon'], [52, 'l', 'The library pass covers vehicle entry only (hold it at boulderlibrary.org/passes). For the shuttle, ask at the park\'s visitor center.'], [90, 'p', 'ok thats all'], [95, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'guard: "the Guest Services page at cincinnatizoo.org lists parking rates" is a source: referral na',
    lines: [[0, 'p', 'is the zoo pass good for parking'], [20, 'l', 'Hi, Jo at Cincinnati Public Library. The zoo pass?'], [45, 'p', 'yes'], [52, 'l', 'It covers admission only; the Guest Services page at cincinnatizoo.org lists parking rates.'], [90, 'p', 'ok thats all'], [95, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('seventeenth round (R1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('seventeenth round (R1): library programs and spaces, every check', whole);
describeSessions('seventeenth round (R1): programs and spaces, short cases', short);

describeLeft('seventeenth-round-programs', LEFT);
