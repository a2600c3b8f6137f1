/**
 * Nineteenth round, area (T3): TRAVEL, TRANSIT AND THE OUTDOORS. Passport applications at the library's acceptance
 * facility (appointments, DS-11 and DS-82, photos, fees, expedited service and the passport agencies), state park,
 * museum and zoo passes lent by the library, transit schedules and reduced fares (senior and disability cards, paratransit),
 * maps and trail guides (USGS topo maps, county trail maps), driving test manuals (permit and CDL handbooks, in Spanish),
 * travel guides and language-learning databases (Mango, Pimsleur, Libby), hunting and fishing licences (hunter
 * education, tribal permits), weather and road conditions (511, QuickMap), camping reservations. Public, county and
 * statewide services, a tribal library and a rural one, weekend and late-night cooperative backup providers who do
 * not know the patron's library, terse patrons texting from a phone. Referrals to parks departments, DMVs, passport
 * agencies, tribal offices and transit agencies with and without a way to reach them; follow-ups promised and not.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "call 511" tells the patron to call the state's road-information line: a referral, and the number 511 is its phone;
 * - telling the patron to "book through ReserveAmerica" or "use the DNR's online licence system" points to a
 *   website: a source, not a referral (Terms: pointing to a website for the patron to use is a source);
 * - "you'll need to go in person to the passport agency" tells the patron to visit an organisation: a referral;
 * - a backup provider who says "your own library can tell you whether they lend the pass" without telling the patron
 *   to contact them is still a referral ("ask them"), as the README's "would be the ones to ask" reading;
 * - picking up a lent pass "at the circulation desk" is told in passing as where the item is; "stop by the
 *   circulation desk and ask" tells the patron to visit the desk: a referral to the provider's own department;
 * - a patron's "k" or "cool thx" is no explicit statement of being done;
 * - a terse texter's "?" alone after a silence is a patron message that starts waiting on the provider.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_ME, type Key, type Line, type SessionCase, other, some, type St, sys, T0, usual, who } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * 3600), by, note: 'sent' }];
const LOCAL = who('Dana Whitehorse', 'dana');

export const whole: SessionCase[] = [
  // ---- passports --------------------------------------------------------------------------------------------------
  {
    name: 'passport acceptance facility: appointment and fees, clarifying minor vs adult, booking link, patron says she is done',
    lines: [
      [0, 'p', 'Hi, do you do passports at the library? My daughter needs one for a school trip'],
      [24, 'l', "Hi there! This is Renee at Ames Public Library. Yes, we're a passport acceptance facility. How old is your daughter? The rules are different under 16."],
      [70, 'p', "she's 14"],
      [81, 'l', "For a child under 16, both parents (or guardians) need to come to the appointment with her, or one parent brings the DS-3053 consent form signed and notarized by the other. Bring the unsigned DS-11, her birth certificate plus a photocopy, both parents' IDs, and a photo. Appointments are booked at amespubliclibrary.org/passports; the State Department fee is $100 by check and our $35 execution fee can be paid by card. Does that cover what you needed?"],
      [140, 'p', 'yes that is everything, thank you so much'],
      [146, 'l', 'You are very welcome. Safe travels to her, and thanks for chatting with Ames Public Library!'],
    ],
    exp: usual(),
  },
  {
    name: 'expedited passport, trip in 6 days: referral to the National Passport Information Center with its number; the provider asks the date first',
    lines: [
      [0, 'p', 'i fly to cancun next wednesday and just realized my passport expired. can the library do it faster??'],
      [31, 'l', 'Hello, you have reached Ask Us at Cuyahoga County Public Library, my name is Terrence. Oh no! What date exactly is your flight, and is it international travel within 14 days?'],
      [66, 'p', 'wed the 11th, so 6 days'],
      [74, 'l', 'Give me a moment to check the State Department rules for urgent travel.'],
      [150, 'l', "Because you travel within 14 days, the library's acceptance facility can't get it back in time even with expedited service. You need an in-person appointment at a passport agency: call the National Passport Information Center at 1-877-487-2778 (Mon-Fri 8am-10pm ET) and they'll book you at the Detroit or Chicago agency. Bring proof of travel (your itinerary), the DS-11 or DS-82, your old passport and a photo. The checklist is at travel.state.gov/urgent. Does that help?"],
      [201, 'p', 'ugh ok yes. calling now'],
      [207, 'l', 'Good luck, I hope you make your flight! Thanks for contacting the library.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "you'll have to go in person to the Chicago Passport Agency" tells the patron to visit an organisation, with no way to reach it
    name: 'passport agency named with no contact: "you\'ll have to go in person to the Chicago Passport Agency downtown": referral fails',
    lines: [
      [0, 'p', 'hello, I need my passport renewed fast for a funeral in Poland on Monday'],
      [35, 'l', "Hi, I'm so sorry for your loss. This is Gloria, a librarian at Evanston Public Library. Is your current passport still valid, or has it expired?"],
      [79, 'p', 'expired last year'],
      [90, 'l', 'The renewal form is the DS-82, which you can fill out online through the form filler at pptform.state.gov and print.'],
      [96, 'l', "With travel this soon, though, mailing it won't work. You'll have to go in person to the Chicago Passport Agency downtown and bring the form, your old passport, a photo, and proof of your trip, like the death notice and your ticket."],
      [160, 'p', 'ok thank you'],
      [166, 'l', 'Is there anything else I can help you with today?'],
      [200, 'p', 'no'],
      [205, 'l', 'Take care, and thank you for contacting Evanston Public Library.'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'passport photos at the library: no clarifying question before the answer; completeness asked; goodbye',
    lines: [
      [0, 'p', 'Can I get passport photos taken at the Main branch, how much, and do I need an appointment? Just the photo, I already have the form.'],
      [19, 'l', 'Hi, Sue here from Tulsa City-County Library! Passport photos are $15 at Central, walk-in Mon-Sat 10-4, no appointment needed for photos only. Details at tulsalibrary.org/passports. Did that answer your question?'],
      [54, 'p', 'yep thanks'],
      [58, 'l', 'Anything else today?'],
      [80, 'p', 'nope'],
      [84, 'l', 'Have a great trip! Bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },

  // ---- passes lent by the library ------------------------------------------------------------------------------------
  {
    name: 'state park pass lent by the library: which park, the catalogue record, pick up at the desk as part of the steps',
    lines: [
      [0, 'p', 'Does the library still lend out the state park passes? We want to go to Starved Rock this weekend'],
      [28, 'l', "Good morning! I'm Pat, a reference librarian at Peoria Public Library. We do lend the Illinois State Parks backpack. Do you want it for Saturday or Sunday? It checks out for 7 days."],
      [65, 'p', 'saturday'],
      [71, 'l', 'One sec, checking availability.'],
      [120, 'l', 'Two of the four backpacks are on the shelf right now. You can place a hold on "Illinois State Parks Explorer Backpack" in the catalog at peoriapubliclibrary.org and it will be waiting at the branch you choose. It includes a parking pass, binoculars and a trail guide. Is that what you were looking for?'],
      [170, 'p', 'perfect'],
      [174, 'l', 'Anything else I can help with?'],
      [190, 'p', "no that's it"],
      [193, 'l', 'Enjoy Starved Rock! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    // reading: "please call Medford's circulation desk at 781-395-7950" refers the patron to another library with its phone
    name: 'late-night cooperative backup does not know the local library: museum pass, refers to the patron\'s library with its phone',
    lines: [
      [0, 'p', 'do you have free passes to the Museum of Science? I live in Medford'],
      [40, 'l', "Hi! Thanks for using Ask a MA Librarian. I'm Kevin, a librarian at a partner library in western Mass, so I'm not at Medford, but I'll help as much as I can. Are you looking for a particular date?"],
      [95, 'p', 'sunday the 14th'],
      [101, 'l', 'Let me look at what Medford posts online.'],
      [190, 'l', "Medford Public Library lists a Museum of Science pass (discounted admission for up to 4) that you reserve through their museum pass page, medfordlibrary.org/museum-passes. I can't see whether Sunday is still free, so please call Medford's circulation desk at 781-395-7950 when they open tomorrow to confirm. Does this help?"],
      [240, 'p', 'ok'],
      [247, 'l', 'Thanks for your question, and have fun at the museum!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'zoo pass: the provider goes silent 2.5 minutes after "ok" with no hold: keep_informed fails',
    lines: [
      [0, 'p', 'hi how do I borrow the zoo pass'],
      [22, 'l', 'Hello, this is Marisol at Omaha Public Library! Is it the Henry Doorly Zoo pass you mean?'],
      [40, 'p', 'yes'],
      [215, 'l', 'The Henry Doorly Zoo pass is reserved online at omahalibrary.org/passes; you pick a date up to 30 days ahead and print the voucher at home. Does that answer your question?'],
      [260, 'p', 'yes thanks, thats all'],
      [266, 'l', 'Great! Have fun at the zoo. Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- transit ----------------------------------------------------------------------------------------------------
  {
    name: 'SMS terse patron: Sunday bus schedule, "k" only, the provider thanks: anything else fails',
    lines: [
      [0, 'p', 'rt 22 sun?'],
      [45, 'l', 'Hi! Eugene Public Library text reference here. Do you mean LTD Route 22 toward Springfield or toward downtown?'],
      [120, 'p', 'dwntwn'],
      [131, 'l', 'On Sundays LTD Rt 22 runs toward downtown every 60 min, first bus 7:42a, last 6:42p. Full timetable: ltd.org/route-22. Does that help?'],
      [170, 'p', 'k'],
      [178, 'l', 'Thanks for texting the library!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'senior reduced fare: refers to SEPTA customer service with a phone, confirms the need first',
    lines: [
      [0, 'p', 'Good afternoon. How do I get the free senior transit card in Philadelphia? I turn 65 next month.'],
      [33, 'l', 'Good afternoon! This is Rhonda at the Free Library of Philadelphia. Do you already have a SEPTA Key card, or would this be your first one?'],
      [90, 'p', 'No I have never had one.'],
      [98, 'l', "Then you'd apply for the SEPTA Senior Key Card, which rides free on buses, trolleys and the El. You fill out the application at septa.org/key/senior and bring proof of age to a SEPTA sales office, or you can call SEPTA customer service at 215-580-7800 and they'll mail you the application. Did that answer your question?"],
      [150, 'p', 'Yes, very clear. That is all I needed today.'],
      [156, 'l', 'Wonderful. Thank you for contacting the Free Library, and happy early birthday!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: MetroAccess named without a way to reach it is no source (info.source fails, so completeness and anything-else apply)
    name: 'paratransit eligibility: "You should contact MetroAccess" with no contact: referral and source fail; no completeness question',
    lines: [
      [0, 'p', 'my mother uses a wheelchair, is there a bus that picks her up at home in DC?'],
      [27, 'l', "Hi, I'm Jamal with DC Public Library's Ask Us service. Does she live in DC itself, or in Maryland or Virginia?"],
      [69, 'p', 'in DC, ward 7'],
      [77, 'l', "That would be MetroAccess, WMATA's paratransit service. She has to be certified first, which includes an in-person assessment. You should contact MetroAccess to set up the eligibility appointment."],
      [120, 'p', 'ok'],
      [126, 'l', 'Anything else I can look up for you?'],
      [150, 'p', 'no thank you'],
      [154, 'l', 'Thanks for chatting with DCPL. Take care!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', referral: 'fail' }),
  },

  // ---- maps, trails, driving manuals -------------------------------------------------------------------------------
  {
    name: 'USGS topo maps for a backpacking trip, restated question, topoView and the map room; patron done',
    lines: [
      [0, 'p', 'looking for old topo maps of the Trinity Alps, like 1950s, for a backpacking trip + history project'],
      [38, 'l', 'Hi, this is Alex at the Humboldt County Library reference desk. So you need historical USGS topographic quadrangles for the Trinity Alps from around the 1950s, right?'],
      [80, 'p', 'yes exactly'],
      [86, 'l', 'Searching, one moment.'],
      [170, 'l', 'USGS topoView (ngmdb.usgs.gov/topoview) has every historical edition free as GeoPDF. The 1951 Trinity Alps 15-minute quad and the 1955 Helena quad cover the area; zoom to the Alps and set the date slider to 1945-1960. Is that the kind of map you had in mind?'],
      [235, 'p', 'wow yes, that is exactly it. that is all i need thanks'],
      [240, 'l', 'Happy trails! Thanks for using the library.'],
    ],
    exp: usual(),
  },
  {
    name: 'county trail guide: refers to the county parks department with a phone and to "the ranger station" with none: referral fails (every party)',
    lines: [
      [0, 'p', 'are the trails at Bluff Lake open for horses? need a trail map'],
      [26, 'l', 'Hello! This is Shawna, a librarian with Cass County Library. Are you asking about the county park at Bluff Lake or the state wildlife area next to it?'],
      [61, 'p', 'county park'],
      [70, 'l', 'The county trail map (PDF) is at casscountymo.gov/parks/bluff-lake-map; the red and yellow loops are marked for equestrian use. For current closures call Cass County Parks at 816-380-8100, and you can also ask at the ranger station when you get there. Does that help?'],
      [118, 'p', 'great thank you, thats it'],
      [124, 'l', 'Enjoy the ride, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish: driver\'s handbook in Spanish, Texas, PDF link; "¿Algo más?"; goodbye',
    lines: [
      [0, 'p', 'hola necesito el manual para el examen de manejo en español'],
      [30, 'l', '¡Hola! Le atiende Beatriz, bibliotecaria de la Biblioteca Pública de San Antonio. ¿Es para el permiso de aprendiz de auto o para licencia comercial (CDL)?'],
      [78, 'p', 'de auto normal'],
      [86, 'l', 'El Manual del Conductor de Texas en español está gratis en dps.texas.gov/licencias (busque "Texas Driver Handbook - Spanish", en PDF). También tenemos copias impresas para consultar en la Biblioteca Central. ¿Le sirve?'],
      [130, 'p', 'si gracias'],
      [135, 'l', '¿Algo más en lo que le pueda ayudar?'],
      [160, 'p', 'no es todo'],
      [164, 'l', '¡Mucha suerte en su examen! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual(),
  },
  {
    name: 'permit test: DMV named with no contact in the referral, handbook URL given earlier: referral fails',
    lines: [
      [0, 'p', 'where do i get the study book for the learners permit in NJ'],
      [29, 'l', 'Hi! Chris at Newark Public Library. Is this for a regular car permit? And are you 16 or older?'],
      [70, 'p', 'yes car and im 17'],
      [78, 'l', 'The NJ Driver Manual is free at nj.gov/mvc/manual, and we have Learning Express practice tests in our databases.'],
      [83, 'l', 'Once you feel ready, you have to go to a motor vehicle agency with your 6 points of ID to take the knowledge test. Was that helpful?'],
      [125, 'p', 'yes'],
      [131, 'l', 'Is there anything else you need?'],
      [150, 'p', 'nah'],
      [153, 'l', 'Good luck on the test, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- outdoors: licences, weather, camping --------------------------------------------------------------------------
  {
    name: 'tribal library: fishing on the reservation, refers to the tribal Fish and Wildlife office with phone and e-mail',
    lines: [
      [0, 'p', 'Hi can a non-member buy a fishing permit to fish on the lakes on the reservation?'],
      [41, 'l', "Boozhoo! This is Wanda at the Leech Lake Tribal College Library. Are you hoping to fish this summer, or ice fishing this winter?"],
      [90, 'p', 'summer, july'],
      [97, 'l', "Non-members need a Leech Lake Band fishing permit in addition to a Minnesota license on most reservation waters. The band's Division of Resource Management sells them: call 218-335-7400 or email drm@example.org to ask which lakes are open to non-members. Does that help?"],
      [150, 'p', 'yes thank you'],
      [155, 'l', 'Miigwech for reaching out, and have a good trip!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "use the DNR's online licence system" points to a website for the patron to use: a source, not a referral
    name: 'hunter education and licence online: a website to use, no referral; anything else asked',
    lines: [
      [0, 'p', 'my son is 12 and wants to go deer hunting w me this fall, what does he need'],
      [28, 'l', "Hi, I'm Bev with the Marshall County Library, happy to help. Which state will you hunt in, Iowa?"],
      [60, 'p', 'iowa yes'],
      [68, 'l', 'In Iowa anyone born after 1972 needs hunter education before buying a license, and youth 11-15 can take it. The online course plus a field day is listed at iowadnr.gov/hunter-education; once he passes he can buy a youth deer license through Go Outdoors Iowa at gooutdoorsiowa.com. Does this answer it?'],
      [120, 'p', 'yes'],
      [126, 'l', 'Anything else today?'],
      [140, 'p', 'no thx'],
      [145, 'l', 'Have a safe season! Bye now.'],
    ],
    exp: usual(),
  },
  {
    name: 'road conditions over the pass: QuickMap, chains; the patron goes quiet; check-in then a goodbye-notice (idle 225 s)',
    lines: [
      [0, 'p', 'is I-80 open over donner right now? driving to reno tonight'],
      [23, 'l', 'Hi, this is Mike with Sacramento Public Library. Are you leaving this evening, around what time?'],
      [51, 'p', 'like 7pm'],
      [58, 'l', 'As of 4:10 pm Caltrans QuickMap (quickmap.dot.ca.gov) shows I-80 open with chain controls R-2 from Kingvale to Truckee; snow is forecast after 8 pm, so check QuickMap again right before you leave. Does that answer your question?'],
      [200, 'l', 'Hi, are you still there?'],
      [283, 'l', "I haven't heard back, so it seems we got disconnected. I'll close the chat now. Drive safe, and thanks for contacting the library!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'camping reservations, patron goes quiet after the answer: no check-in, no notice (idle 240 s): both fail, courteous fails',
    lines: [
      [0, 'p', 'how far ahead can u book campsites at state parks in michigan'],
      [36, 'l', 'Hello! Jen from Kent District Library here. Is it a modern campground or a rustic one, and for which month?'],
      [77, 'p', 'modern, august'],
      [85, 'l', 'Michigan state park campsites open for reservation 6 months ahead to the day, at midnight, on midnrreservations.com, so for Aug 15 you could book starting Feb 15. Is that what you needed?'],
    ],
    over: { endAfter: 240 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'camping follow-up done right: first-come sites list by e-mail "by tomorrow noon", address repeated back, recorded after 20 h',
    lines: [
      [0, 'p', 'Looking for first-come first-served campgrounds near Moab for Memorial Day weekend, all the reservable ones are full'],
      [30, 'l', 'Hi! This is Tom at Grand County Library. Are you tent camping or in an RV, and do you need water or hookups?'],
      [74, 'p', 'tent, no hookups needed'],
      [80, 'l', "The BLM lists its walk-in sites at blm.gov/visit/moab-camping; Sand Flats is another option. I'd like to check with a ranger friend which ones actually fill on that weekend. Can I email you what I find?"],
      [130, 'p', 'yes! hikerjen@example.org'],
      [136, 'l', "Got it, hikerjen@example.org. I'll email you by tomorrow noon. Does the BLM page help in the meantime?"],
      [160, 'p', 'perfect, that is all for now'],
      [165, 'l', 'Talk soon. Thanks for writing in!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(170, 20) },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'follow-up promised ("I\'ll get back to you with the permit rules") without a time, coded Answered: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'do i need a permit to camp on the beach at assateague, in a kayak trip'],
      [25, 'l', 'Hi, Leo at Worcester County Library. Are you going to the Maryland state park side or the national seashore backcountry?'],
      [66, 'p', 'national seashore, backcountry'],
      [74, 'l', 'Backcountry camping there needs a permit from the National Park Service, reserved on recreation.gov. The canoe-in sites have special rules I want to confirm. Can I have your email? I will get back to you with the details.'],
      [110, 'p', 'paddler55@example.org'],
      [116, 'l', 'Thanks! Anything else?'],
      [130, 'p', 'no'],
      [133, 'l', 'Okay, bye!'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up by e-mail "within 2 business days", address given, recorded after 4 days: on_time fails',
    lines: [
      [0, 'p', 'Hi, I want a map of the old railroad grades around Leadville for hiking'],
      [27, 'l', 'Hi! Jenna at Lake County Public Library here. Are you after the routes themselves, or historic maps showing them?'],
      [75, 'p', 'historic maps if possible'],
      [80, 'l', "Our local history room has some Denver, South Park & Pacific survey maps that aren't online. I can scan the ones that show the grades and email them. What's your email?"],
      [120, 'p', 'cwalker@example.org'],
      [127, 'l', "Thanks, I'll send them to cwalker@example.org within 2 business days. Until then, the Colorado Historic Newspapers and the railroad guide at coloradoencyclopedia.org have route descriptions. Do those help for now?"],
      [170, 'p', 'that works, thanks! nothing else'],
      [175, 'l', "Thank you, we'll be in touch!"],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: doneAfter(180, 96) },
    ctx: { now: T0 + 8 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },

  // ---- language learning and travel guides ----------------------------------------------------------------------------
  {
    name: 'Portuguese before a trip: European or Brazilian?, Mango Languages through the library, patron done',
    lines: [
      [0, 'p', 'hello, we are going to Lisbon in April, anything free to learn some portuguese?'],
      [22, 'l', "Hi! Thanks for contacting Anne Arundel County Public Library. I'm Ruth. Do you want European Portuguese specifically? Lisbon's accent is quite different from Brazil's."],
      [60, 'p', 'oh good point, yes european'],
      [68, 'l', 'Mango Languages, free with your library card at aacpl.net/mango, has a European Portuguese course with travel phrases, and Pimsleur in Libby has "Portuguese (European)" audio lessons. Is that what you were looking for?'],
      [110, 'p', 'yes great that is all'],
      [115, 'l', 'Boa viagem! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'travel guide e-book on Libby: all holds taken, offers the print copy; the provider\'s last two messages neither thank nor say goodbye',
    lines: [
      [0, 'p', 'can i get the lonely planet japan on my kindle'],
      [30, 'l', "Hi! I'm Dev, librarian at Fort Worth Public Library. Do you have the Libby app set up already?"],
      [64, 'p', 'yes'],
      [70, 'l', 'Lonely Planet Japan (2024) is in Libby with a 6-week wait; you can place a hold and send it to Kindle when it comes in. The print copy, call number 915.2 LON, is on the shelf at Central. Does that help?'],
      [110, 'p', 'ok ill do the hold. thats everything'],
      [116, 'l', 'Sounds good.'],
      [120, 'l', 'The hold button is under the cover image.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },

  // ---- opening, pickup, dismissal, concurrency, transfers -----------------------------------------------------------------
  {
    name: 'weekend cooperative backup picks up after 95 s: pickup fails; greeting names the service',
    lines: [
      [0, 'p', 'What are the hours of the Shenandoah National Park visitor center in winter?'],
      [95, 'l', 'Hello and welcome to AskVirginia, a statewide library chat service. Is it Dickey Ridge or Byrd Visitor Center you are visiting?'],
      [140, 'p', 'Byrd'],
      [150, 'l', 'Byrd Visitor Center is open Fri-Sun 9-5 from late November through March, per nps.gov/shen/planyourvisit/hours.htm. Is that what you needed?'],
      [190, 'p', 'Yes, that is all. Thank you.'],
      [195, 'l', 'Thank you for using AskVirginia!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'greeting without naming anybody: "Hi! What trip are you planning?" then the answer: greeting fails',
    lines: [
      [0, 'p', 'need a road atlas for a cross country trip, can i check one out'],
      [18, 'l', 'Hi! What route are you thinking of taking?'],
      [50, 'p', 'I-40 basically, NC to CA'],
      [58, 'l', 'The Rand McNally Road Atlas 2025 can be checked out for 3 weeks, search it at catalog.wakegov.com. Does that answer your question?'],
      [90, 'p', "yes, that's all I needed"],
      [94, 'l', 'Safe travels, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'dismissal: "one question per chat" limit on a second question about kayak rentals: dismissal fails',
    lines: [
      [0, 'p', 'what are the fees for the Lake Anna state park'],
      [25, 'l', 'Hi, this is Paula at Spotsylvania Regional Library. Is that a day-use visit or are you camping?'],
      [60, 'p', 'day use'],
      [67, 'l', 'Day-use parking at Lake Anna is $7 per car on weekdays and $10 on weekends (dcr.virginia.gov/state-parks/lake-anna). Did that help?'],
      [110, 'p', 'yes. also where can we rent kayaks there?'],
      [118, 'l', 'Sorry, our chat is limited to one question per session. Thank you for chatting!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'busy queue said politely with a way back: "others are waiting ... start a new chat for the ferry question": no dismissal',
    lines: [
      [0, 'p', 'how do i get from seattle to orcas island without a car'],
      [20, 'l', "Hello! It's Mina from the King County Library System. Are you going on a weekday or a weekend?"],
      [55, 'p', 'saturday'],
      [62, 'l', 'Take the Airporter or a rideshare to Anacortes, then the Washington State Ferries San Juan route to Orcas; walk-on passengers need no reservation. Schedules are at wsdot.wa.gov/ferries. Is that what you needed?'],
      [100, 'p', 'ya, and is there a ferry that takes bikes'],
      [108, 'l', "Bikes are fine on all WSF ferries for a small surcharge. I have several other patrons waiting, so I'll need to wrap up here, but feel free to start a new chat anytime with more questions. Thanks!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'concurrency: four other chats open while answering about a Glacier vehicle reservation: fails',
    lines: [
      [0, 'p', 'do i need a reservation to drive going to the sun road in july'],
      [24, 'l', 'Hi, Jo at Missoula Public Library here. Are you entering from the west (Apgar) or east (St. Mary) side?'],
      [55, 'p', 'west'],
      [63, 'l', 'Yes: from June to September you need a vehicle reservation for the west entrance, booked on recreation.gov (search "Glacier vehicle reservation"). Does that help?'],
      [92, 'p', 'yes thats all'],
      [95, 'l', 'Have a great trip, thanks!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 200), other('b', 'jo', -100, 300), other('c', 'jo', 10, 300), other('d', 'jo', 30, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'weekend backup transfers to the patron\'s own library with a note and a visible announcement; the local librarian answers about the park pass',
    lines: [
      [0, 'p', 'I reserved the state park pass from the library but I got a notice it was canceled??'],
      [30, 'l', "Hi there, this is Jo with the KnowItNow 24/7 service. I'm not at your library, so I can't see your account. Which library are you with?"],
      [70, 'p', 'Worthington libraries'],
      [76, 'i', 'Patron says her reserved Ohio state park pass hold was canceled; needs someone who can see Worthington accounts.'],
      [80, 'l', "I'm transferring you to a Worthington librarian who is online right now, one moment."],
      [82, 's', 'Chat transferred to Dana Whitehorse', sys('transfer', 'dana')],
      [110, 'l', "Hi, Dana at Worthington Libraries. Can you tell me your card number's last 4 digits?", LOCAL],
      [140, 'p', '0042', ],
      [146, 'l', 'Thanks. The pass was canceled because it came back damaged; another copy is on order. You can put a hold on the new one under "Ohio State Parks Pass" at worthingtonlibraries.org/catalog. Does that answer your question?', LOCAL],
      [200, 'p', 'ah ok, thats all i need then'],
      [206, 'l', 'Sorry about that! Thanks for chatting with us.', LOCAL],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with no note to the receiver: transfer fails',
    lines: [
      [0, 'p', 'who do i talk to about the bike share discount for library card holders'],
      [25, 'l', 'Hello, Jo at Chicago Public Library here. Are you asking about the Divvy for Everyone discount?'],
      [60, 'p', 'yes'],
      [66, 'l', "Let me send you over to our Business & Technology desk, they handle that program."],
      [68, 's', 'Chat transferred to Dana Whitehorse', sys('transfer', 'dana')],
      [100, 'l', 'Hi, Dana here. Divvy for Everyone costs $5 for a year; apply at divvybikes.com/pricing/d4e. Does that do it?', LOCAL],
      [140, 'p', 'yes thanks, that is everything'],
      [145, 'l', 'Happy riding, bye!', LOCAL],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- patrons who leave -----------------------------------------------------------------------------------------------
  {
    name: 'the patron asks about weather for a hike and leaves before the provider can work on it; greeting, check-in, goodbye-notice (idle 210 s); Lost Call',
    lines: [
      [0, 'p', 'whats the weather going to be on mt washington saturday'],
      [40, 'l', 'Hi, this is Carla at Conway Public Library, give me just a second.'],
      [45, 'l', 'Good afternoon! I can help with that.'],
      [170, 'l', 'Are you still there?'],
      [255, 'l', "It looks like you've disconnected, so I'm going to end this chat. Feel free to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'no provider joined: patron asked about Amtrak discounts and left; Lost Call with one patron message',
    lines: [
      [0, 'p', 'does the library card get an amtrak discount'],
      [150, 's', 'Patron left the queue.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({
      pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
      courteous: 'na', concurrency: 'na',
    }),
  },
];

/** The opening of the short cases: a patron planning a drive, a county librarian asking one question. */
const START: Line[] = [
  [0, 'p', 'driving from boise to mccall friday, whats the best way to check the roads'],
  [22, 'l', 'Hi, this is Jo at Ada Community Library. Are you taking Highway 55 the whole way?'],
  [50, 'p', 'yes 55'],
];
const ROADS: Line = [58, 'l', 'Idaho 511 (511.idaho.gov) shows closures, crashes and the roadside cameras on 55 near Smiths Ferry. Does that help?'];
const ASK: Line = [58, 'l', 'Idaho 511 (511.idaho.gov) shows closures and the roadside cameras on 55.'];

export const short: SessionCase[] = [
  // ---- referrals ---------------------------------------------------------------------------------------------------------
  {
    // reading: "call 511" tells the patron to call the state's road-information line, and 511 is its number
    name: '"You can also just call 511 from your phone for the recorded road report" is a referral with its number: passes',
    lines: [...START, ROADS, [70, 'l', 'You can also just call 511 from your phone for the recorded road report.'], [100, 'p', 'thats all, thx'], [104, 'l', 'Drive safe, bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"you\'d have to call the DMV about the chain law" with no number: referral fails',
    lines: [...START, ROADS, [70, 'p', 'do i need chains in my rental car'], [80, 'l', "That I'm not sure about, you'd have to call the DMV about the chain rules for rentals."], [100, 'p', 'ok thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"call ITD\'s district office at 208-334-8300" gives the number: referral passes',
    lines: [...START, ROADS, [70, 'p', 'do i need chains in my rental car'], [80, 'l', "For chain requirements on 55, call ITD's district office at 208-334-8300."], [100, 'p', 'ok thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'README reading: "the rangers at the McCall district office would know" with no contact is a referral: fails',
    lines: [...START, ROADS, [70, 'p', 'are the campgrounds by payette lake open yet'], [80, 'l', 'The rangers at the McCall Ranger District office would know if the Payette Lake campgrounds are open yet.'], [100, 'p', 'ok thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"reach the Forest Service McCall office at 208-634-0400" gives the number: referral passes',
    lines: [...START, ROADS, [70, 'p', 'are the campgrounds by payette lake open yet'], [80, 'l', 'You can reach the Forest Service McCall office at 208-634-0400 to ask about the Payette Lake campgrounds.'], [100, 'p', 'ok thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "The passes are kept at the circulation desk" says where the item is; nobody is told to contact or visit anyone
    name: 'near miss: "The museum passes are kept behind the circulation desk" tells where the passes are: no referral (na)',
    lines: [[0, 'p', 'do u have the aquarium pass'], [20, 'l', 'Hi, Jo at Monterey Public Library. For which date?'], [45, 'p', 'tues'], [52, 'l', 'Yes, the Monterey Bay Aquarium pass is free Tuesday; reserve it at monterey.org/library/passes. The museum passes are kept behind the circulation desk. Did that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Enjoy, bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: "stop by the circulation desk and ask for the pass binder" tells the patron to visit the provider's own department, with no contact
    name: '"stop by the circulation desk and ask for the pass binder" with no contact: own-library referral fails',
    lines: [[0, 'p', 'do u have the aquarium pass'], [20, 'l', 'Hi, Jo at Monterey Public Library. For which date?'], [45, 'p', 'tues'], [52, 'l', 'The Monterey Bay Aquarium pass isn\'t online; stop by the circulation desk and ask for the pass binder. Did that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Enjoy, bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'Spanish: "Llame a la oficina del DMV de su condado" without a number: referral fails',
    lines: [[0, 'p', 'como saco la licencia si no tengo seguro social'], [25, 'l', 'Hola, le atiende Jo de la Biblioteca de Fresno. ¿Tiene usted pasaporte o matrícula consular?'], [60, 'p', 'matricula'], [70, 'l', 'Con la ley AB 60 puede solicitar la licencia sin número de seguro social; la información está en dmv.ca.gov/ab60. Llame a la oficina del DMV de su condado para hacer la cita. ¿Le sirve?'], [100, 'p', 'si es todo'], [104, 'l', '¡Gracias, adiós!']],
    exp: some({ referral: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a passport agency told to the patron with its phone in the next message about "them": referral passes',
    lines: [[0, 'p', 'my passport was stolen in the airport, I fly to Rome Thursday'], [25, 'l', 'Hi, this is Jo at Boston Public Library. I am sorry! Is your flight this Thursday, in 3 days?'], [50, 'p', 'yes'], [60, 'l', 'You need to go to the Boston Passport Agency in person with form DS-64 and DS-11 filled in.'], [64, 'l', 'They book appointments only by phone at 1-877-487-2778.'], [100, 'p', 'thank you, thats all'], [104, 'l', 'Good luck, bye!']],
    exp: some({ referral: 'pass' }),
  },

  // ---- sources ---------------------------------------------------------------------------------------------------------
  {
    // reading: "the Amtrak app" is an app named without a way to reach it: no source
    name: '"Just check the Amtrak app for the Cascades times" names an app without a way to reach it: source fails',
    lines: [[0, 'p', 'train times portland to seattle sat?'], [20, 'l', 'Hi! Jo here, Multnomah County Library. Morning or evening?'], [45, 'p', 'morning'], [52, 'l', 'There are two morning Cascades trains; just check the Amtrak app for the Cascades times, they change with track work.'], [80, 'p', 'k thx'], [84, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'a road atlas on the shelf with its call number is a named resource: source passes',
    lines: [[0, 'p', 'need a map of forest roads around mt hood'], [20, 'l', 'Hi! Jo here, Multnomah County Library. For driving or for hiking?'], [45, 'p', 'driving, back roads'], [52, 'l', 'The Benchmark Oregon Road & Recreation Atlas (912.795 B466 2023) has every Forest Service road around Mt. Hood; it is on the shelf at Central. Is that the kind of map you wanted?'], [80, 'p', 'perfect, thats all'], [84, 'l', 'Bye!']],
    exp: some({ source: 'pass', complete: 'pass', anything: 'pass' }),
  },

  // ---- clarify, completeness, anything else --------------------------------------------------------------------------------
  {
    name: 'near miss: the only question comes in the same message as the source ("Here is the trail map. Which loop are you doing?"): clarify fails',
    lines: [[0, 'p', 'trail map for eagle creek park please'], [20, 'l', 'Hello, Jo at Indianapolis Public Library.'], [30, 'l', 'Here is the Eagle Creek trail map: indy.gov/eaglecreek-trails.pdf. Which loop are you doing?'], [60, 'p', 'the red one'], [66, 'l', 'The red loop is 4.2 miles, mostly flat. Does that help?'], [90, 'p', 'yes thats it'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
  {
    name: '"Does that route work for you?" asks about the route already given: completeness passes',
    lines: [[0, 'p', 'how do i get to the airport by bus from downtown'], [20, 'l', 'Hello, Jo at Denver Public Library! From Union Station or Civic Center?'], [45, 'p', 'union station'], [52, 'l', 'Take the RTD A Line train from Union Station, every 15 minutes, 37 minutes to the airport, $10 (rtd-denver.com/a-line).'], [56, 'l', 'Does that route work for you?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would a printed copy of the trail map be useful?" offers something not yet given: completeness fails',
    lines: [[0, 'p', 'trail map for eagle creek park please'], [20, 'l', 'Hello, Jo at Indianapolis Public Library. Hiking or biking?'], [40, 'p', 'hiking'], [52, 'l', 'The hiking map is at indy.gov/eaglecreek-trails.pdf. Would a printed copy of the trail map be useful?'], [80, 'p', 'no thats ok, thats all'], [84, 'l', 'Bye!']],
    exp: some({ complete: 'fail', anything: 'pass' }),
  },
  {
    name: 'patron "cool thx" only after the answer: anything else fails',
    lines: [...START, ROADS, [90, 'p', 'cool thx'], [95, 'l', 'Safe travels!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'patron "thats all i needed for the trip" on their own: anything else passes',
    lines: [...START, ROADS, [90, 'p', 'perfect thats all i needed for the trip'], [95, 'l', 'Safe travels!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: "Safe travels!" and "Happy trails!" are farewells: they say goodbye
    name: '"Happy trails!" as the last message says goodbye: courteous passes',
    lines: [...START, ROADS, [90, 'p', 'ok thats all'], [95, 'l', 'Happy trails!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Chain controls may go up after dark." as the last two messages: courteous fails',
    lines: [...START, ROADS, [90, 'p', 'ok thats all'], [95, 'l', 'Chain controls may go up after dark.'], [99, 'l', 'The cameras refresh every 5 minutes.']],
    exp: some({ courteous: 'fail' }),
  },

  // ---- greeting, keep informed -----------------------------------------------------------------------------------------------
  {
    name: 'Hawaiian greeting "Aloha! Keoni here, from the Hawaii State Public Library System": greeting passes',
    lines: [[0, 'p', 'can i check out a snorkel kit at the library'], [20, 'l', 'Aloha! Keoni here, from the Hawaii State Public Library System. Which island are you on?'], [45, 'p', 'oahu'], [52, 'l', 'Snorkel sets are not lent, but our Library of Things at Kaimuki lends GoPro cameras: librarieshawaii.org/things. Does that help?'], [80, 'p', 'ok thats all'], [84, 'l', 'Mahalo, a hui hou!']],
    exp: some({ greeting: 'pass', courteous: 'pass' }),
  },
  {
    name: 'Navajo greeting "Yá\'át\'ééh! This is Lorena at the Navajo Nation Library": greeting passes',
    lines: [[0, 'p', 'is route 264 open past ganado, heard there was flooding'], [30, 'l', "Yá'át'ééh! This is Lorena at the Navajo Nation Library in Window Rock. Are you driving today?"], [60, 'p', 'yes this afternoon'], [68, 'l', 'ADOT lists US-264 open with a flood advisory east of Ganado: az511.gov. Does that help?'], [90, 'p', 'yes thats it'], [94, 'l', 'Ahéhee\', drive safe!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Passport questions? This is the Ames library passport desk." identifies but greets nobody: greeting fails',
    lines: [[0, 'p', 'how long do passports take right now'], [20, 'l', 'Passport questions? This is the Ames library passport desk.'], [25, 'l', 'Routine is 4-6 weeks, expedited 2-3 weeks, per travel.state.gov/processing-times. Are you asking about routine?'], [60, 'p', 'yes thats all'], [64, 'l', 'Bye!']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'terse texter sends "?" after a silence and the provider answers 150 s later: keep_informed fails',
    lines: [[0, 'p', 'ferry times port townsend'], [20, 'l', 'Hi, Jo from Jefferson County Library text service. Today or tomorrow?'], [50, 'p', 'tmrw'], [110, 'p', '?'], [205, 'l', 'Tomorrow the Port Townsend-Coupeville ferry leaves at 7:00, 8:45, 10:30 and every 90 min to 7:15 pm: wsdot.wa.gov/ferries. Does that help?'], [230, 'p', 'yes thx thats all'], [234, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"pulling up the ferry schedule now" holds, then the answer 90 s later: keep_informed passes',
    lines: [[0, 'p', 'ferry times port townsend'], [20, 'l', 'Hi, Jo from Jefferson County Library text service. Today or tomorrow?'], [50, 'p', 'tmrw'], [60, 'l', 'ok, pulling up the ferry schedule now'], [150, 'l', 'Tomorrow the Port Townsend-Coupeville ferry leaves at 7:00, 8:45, 10:30 and every 90 min to 7:15 pm: wsdot.wa.gov/ferries. Does that help?'], [175, 'p', 'yes thx thats all'], [180, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'SMS check-in "u still w me?" in a final idle of 150 s: check-in passes, disconnect na',
    lines: [...START, ROADS, [190, 'l', 'u still w me?']],
    over: { endAfter: 18 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },

  // ---- dismissals --------------------------------------------------------------------------------------------------------
  {
    name: 'dismissal: "The library closes in 5 minutes, so I have to end our chat now." without a way back: fails',
    lines: [...START, ASK, [80, 'p', 'and what about the road to burgdorf hot springs'], [88, 'l', 'The library closes in 5 minutes, so I have to end our chat now.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'closing time with a way back ("Ask Idaho\'s after-hours chat at askidaho.org picks up from here"): no dismissal',
    lines: [...START, ASK, [80, 'p', 'and what about the road to burgdorf hot springs'], [88, 'l', "The library closes in 5 minutes, so I have to end our chat now, but the statewide after-hours chat at askidaho.org picks up from here. Thanks for your patience!"]],
    exp: some({ dismissal: 'pass' }),
  },

  // ---- follow-ups --------------------------------------------------------------------------------------------------------
  {
    name: 'SMS follow-up: "I\'ll text you tomorrow morning once the ranger calls back", number given in the chat, coded Follow-up by me: contact passes',
    lines: [...START, ROADS, [80, 'p', 'can u find out if the burgdorf road is plowed'], [88, 'l', "I'll ask the Payette ranger district. What number should I text?"], [110, 'p', '208-555-0134'], [118, 'l', "Got it, 208-555-0134. I'll text you tomorrow morning once the ranger calls back."], [140, 'p', 'thx thats all'], [144, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', onTime: 'pending', code: 'pass' }),
  },
  {
    name: '"I\'ll email you when the passport agency replies" with the address but no time: contact fails',
    lines: [[0, 'p', 'I sent my renewal 9 weeks ago and status says in process'], [20, 'l', 'Hi, Jo at Ames Public Library. Did you send it routine or expedited?'], [50, 'p', 'routine'], [58, 'l', 'Routine is 4-6 weeks now, so 9 is long. I will ask our acceptance agent to contact the passport agency. What is your email?'], [90, 'p', 'mgarcia@example.org'], [96, 'l', "Thanks, mgarcia@example.org. I'll email you when the passport agency replies. Does that help for now?"], [130, 'p', 'yes thats all'], [134, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: "code Follow-up by patron's library without any contact in the chat or the patron fields: code fails",
    lines: [...START, ROADS, [80, 'p', 'ok thats all'], [84, 'l', 'Thanks, bye!']],
    over: { resolutionCode: "Follow-up by patron's library" },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  // ---- near misses for T3's widenings (rubric v20) -------------------------------------------------------------------------
  {
    name: 'near miss: "The greeting you\'ll hear at the powwow is boozhoo, by the way." talks about the word: greeting fails',
    lines: [[0, 'p', 'do you have ojibwe language stuff for a trip to the powwow'], [30, 'l', "This is Wanda at the Leech Lake Tribal College Library. The greeting you'll hear at the powwow is boozhoo, by the way."], [36, 'l', 'Are you looking for an app or a book?'], [60, 'p', 'app'], [66, 'l', 'The Ojibwe People\'s Dictionary is free at ojibwe.lib.umn.edu. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Miigwech!']],
    exp: some({ greeting: 'fail', courteous: 'pass' }),
  },
  {
    name: 'Cherokee greeting "Osiyo, this is Ama at the Cherokee Nation library": greeting passes',
    lines: [[0, 'p', 'how do i get to the cherokee heritage center by bus from tahlequah'], [30, 'l', 'Osiyo, this is Ama at the Cherokee Nation library. Are you starting from downtown?'], [60, 'p', 'yes'], [66, 'l', 'Cherokee Nation Transit runs a route there: cherokee.org/transit has the schedule. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Wado, take care!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "The 52 stops at the Mahalo Street stop." as the last two messages thanks nobody: courteous fails',
    lines: [[0, 'p', 'which bus goes to the zoo from kaimuki'], [20, 'l', 'Aloha! Keoni here, from the Hawaii State Public Library System. Weekday or weekend?'], [45, 'p', 'weekday'], [52, 'l', 'TheBus route 13 runs every 20 minutes: thebus.org/route-13. Does that help?'], [80, 'p', 'ok thats all'], [84, 'l', 'The 13 stops at the Mahalo Street stop first.'], [88, 'l', 'From there it is a 5 minute walk.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Take the Happy Trails loop from the north lot." names a trail: courteous fails',
    lines: [...START, ROADS, [90, 'p', 'ok thats all'], [95, 'l', 'Once in McCall, take the Happy Trails loop from the north lot.'], [99, 'l', 'It is 3 miles.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "the after-hours chat at askidaho.org was discontinued last year" is no way back: dismissal fails',
    lines: [...START, ASK, [80, 'p', 'and what about the road to burgdorf hot springs'], [88, 'l', 'The library closes in 5 minutes, so I have to end our chat now; the after-hours chat at askidaho.org was discontinued last year.']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "call Cass County Parks at 816-380-8100 and ask them about the horse loops when you get there" is one party: referral passes',
    lines: [[0, 'p', 'are the bluff lake trails open for horses'], [20, 'l', 'Hello! This is Shawna at Cass County Library. The county park?'], [45, 'p', 'yes'], [52, 'l', 'The trail map is at casscountymo.gov/parks. For closures call Cass County Parks at 816-380-8100 and ask them about the horse loops when you get there. Does that help?'], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"email Cass County Parks at parks@example.org, or ask at the visitor center once you\'re there": the visitor center has no contact: referral fails',
    lines: [[0, 'p', 'are the bluff lake trails open for horses'], [20, 'l', 'Hello! This is Shawna at Cass County Library. The county park?'], [45, 'p', 'yes'], [52, 'l', "The trail map is at casscountymo.gov/parks. For closures email Cass County Parks at parks@example.org, or ask at the visitor center once you're there. Does that help?"], [80, 'p', 'yes thats all'], [84, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // (left in v20, fixed in v23 by the greeting family: "the word for hello" talks about the word)
    name: 'near miss: "The Ojibwe word for hello is boozhoo, by the way." talks about the word: greeting fails',
    lines: [[0, 'p', 'do you have ojibwe language stuff for a trip to the powwow'], [30, 'l', 'This is Wanda at the Leech Lake Tribal College Library. The Ojibwe word for hello is boozhoo, by the way.'], [36, 'l', 'Are you looking for an app or a book?'], [60, 'p', 'app'], [66, 'l', 'The Ojibwe People\'s Dictionary is free at ojibwe.lib.umn.edu. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Miigwech!']],
    exp: some({ greeting: 'fail', courteous: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('nineteenth round (T3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T3): travel, transit and the outdoors, every check', whole);
describeSessions('nineteenth round (T3): travel, transit and the outdoors, short cases', short);

describeLeft('nineteenth-round-travel', LEFT);
