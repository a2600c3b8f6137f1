/**
 * Fifteenth round, area (P1): A STATEWIDE "ASK A LIBRARIAN" SERVICE ANSWERING PATRONS OF SMALL RURAL LIBRARIES, as
 * whole sessions. One-person branches with limited hours, bookmobile stops, patrons on slow rural internet or on
 * their phones (dropped connections, SMS), farm and extension questions (county extension office, 4-H, soil testing,
 * Farm Service Agency), local government offices (county clerk, register of deeds, road department, treasurer),
 * referrals where the only way to reach a party is a phone number, a postal address, a Facebook page or "stop by the
 * library Tuesday 2-6"; providers from other (larger) libraries covering for the rural library who do not know its
 * policies and send the question on; transfers to the rural library's own librarian when she comes on; follow-ups.
 * Voices: statewide services of the plains and mountain states (Nebraska, Kansas, the Dakotas, Montana, Wyoming,
 * Iowa), small-town patrons, farmers, retirees, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - Telling the patron to stop by, call or ask at their rural library (or its named librarian) is a referral; its
 *   hours ("Tuesdays 2-6") are no way to reach it: it needs a phone, e-mail, postal address or URL (the twelfth
 *   round's M3 reading). A street address with the town ("at 210 Grand Avenue in Burwell") is a postal address.
 * - A Facebook page given as a URL (facebook.com/...) is a way to reach a party; "message them on Facebook" with no
 *   page is not (an organisation or app named without a way to reach it).
 * - A party reached only by mail ("send it to the Register of Deeds, PO Box 278, Hill City, KS 67642") has a postal
 *   address: referral passes.
 * - Sending a soil sample to a lab by mail is contacting the lab (write to it): a referral needing its address.
 * - A page of a library's or office's web site given to use (the bookmobile schedule, a fee schedule) is a source,
 *   not a referral.
 * - "I'll pass your question on to the Burwell staff and they'll get back to you" promises a follow-up; it refers the
 *   patron to no one.
 * - Giving the phone number or address of an office the patron ASKED for ("What's the number for the Towner County
 *   extension office?") answers the question; it does not tell the patron to contact anyone: no referral (na).
 * - "Thanks for your patience!" thanks the patron (`closing.courteous` passes); "Take care", "Have a good one",
 *   "Have a great summer!" say goodbye. "Please try again tomorrow" invites the patron back, but a limit of questions
 *   fails `closing.no_dismissal` whatever follows it.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, DAY, FU_LIB, FU_ME, T0, describeSessions, other, type SessionCase, some, sys, usual, who } from './helpers';

const NE = { library: 'LCL', patronLibrary: 'GARF', provider: { id: 'jo', name: 'Jo Smith', library: 'LCL' } };
const KS = { library: 'TSCPL', patronLibrary: 'HILL', provider: { id: 'jo', name: 'Jo Smith', library: 'TSCPL' } };
const MT = { library: 'MSL', patronLibrary: 'JORD', provider: { id: 'jo', name: 'Jo Smith', library: 'MSL' } };
const SD = { library: 'SDSL', patronLibrary: 'FAULK', provider: { id: 'jo', name: 'Jo Smith', library: 'SDSL' } };

export const whole: SessionCase[] = [
  // ---- good sessions -------------------------------------------------------------------------------------------------
  {
    name: 'Nebraska: soil testing for a pasture; the extension office with its phone, the lab page as source; patron says that is all',
    lines: [
      [0, 'p', 'hi where can i get my soil tested, we have some pasture ground north of town'],
      [34, 'l', "Good morning! You've reached Ask a Librarian Nebraska; I'm Rachel, a librarian at Lincoln City Libraries. Are you testing for fertilizer needs (pH, nitrogen, phosphorus) or for something like salts or contamination?"],
      [96, 'p', 'fertilizer mostly. brome grass, about 40 acres'],
      [104, 'l', 'Thanks, give me a minute to pull up the extension info.'],
      [170, 'l', 'Nebraska Extension has a guide on how to take the samples (how deep, how many cores per field): extensionpubs.unl.edu, search "soil sampling". Your county extension office can give you sample bags and mail them to a lab for you: the Garfield-Loup-Wheeler office is at (308) 346-4200.'],
      [182, 'l', 'Does that get you what you need?'],
      [240, 'p', 'yes thats perfect. i didnt know the extension office did that'],
      [248, 'l', 'Is there anything else I can help you find today?'],
      [290, 'p', "no that's all i needed thanks"],
      [297, 'l', 'You are welcome! Good luck with the brome, and thanks for using Ask a Librarian.'],
    ],
    over: NE,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "call the Garfield County Library at 308-346-4711" refers to the patron's own rural library with its phone
    name: 'covering provider from Lincoln does not know the rural library\'s ILL rules; refers to it with its phone and hours; good',
    lines: [
      [0, 'p', 'Can I get a book from another library through Burwell? Like interlibrary loan?'],
      [22, 'l', "Hi there! This is Tom with the statewide Ask a Librarian service. I'm a librarian at Lincoln City Libraries covering the chat today. Do you have a particular book in mind?"],
      [80, 'p', 'yes its called The Worst Hard Time by Timothy Egan'],
      [88, 'l', "Let me check whether it's in the state catalog, one moment."],
      [150, 'l', "Nebraska libraries can borrow it: it shows in the statewide catalog at nebraskaaccess.nebraska.gov, with about a dozen copies. I can't see Burwell's own interlibrary loan rules from here, though. The Garfield County Library can request it for you: call them at 308-346-4711. They're open Tuesday and Thursday 1-5 and Saturday 9-noon."],
      [158, 'l', 'Does that help?'],
      [200, 'p', 'yes. ill call thursday'],
      [207, 'l', 'Sounds good. Anything else I can look up for you?'],
      [260, 'p', 'nope thats it'],
      [268, 'l', 'Thanks for chatting, have a good one!'],
    ],
    over: NE,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Kansas: 4-H enrollment deadline; the county 4-H agent by name with e-mail; the patron is done',
    lines: [
      [0, 'p', 'When is the deadline to sign my daughter up for 4-H in Graham County'],
      [40, 'l', 'Hello, welcome to Ask a Kansas Librarian! My name is Denise, a librarian at Topeka & Shawnee County Public Library. Is this her first year, or is she re-enrolling?'],
      [88, 'p', 'first year, she just turned 7'],
      [95, 'l', "Thanks! I'm looking at the K-State Research and Extension page now."],
      [170, 'l', 'Kansas 4-H enrollment is online at 4-h.kansas.gov through 4HOnline; new members can join any time, but county project sign-ups close November 1. At 7 she can start as a Cloverbud. The Graham County 4-H agent, Kelsey Marsh, can walk you through it: kmarsh@ksu.edu or 785-421-3411.'],
      [178, 'l', 'Is that what you were looking for?'],
      [230, 'p', "yes thank you that's everything"],
      [236, 'l', "You're welcome, and I hope she loves it. Have a great day!"],
    ],
    over: KS,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'bookmobile schedule page as the source (no referral); SMS-style patron; good',
    lines: [
      [0, 'p', 'when does the bookmobile come to hazelton'],
      [26, 'l', 'Hi! This is Carla from the North Dakota State Library Ask Us service. Are you asking about Hazelton in Emmons County?'],
      [70, 'p', 'ya'],
      [78, 'l', 'One sec, checking the route.'],
      [130, 'l', 'The Emmons County bookmobile stops in Hazelton every other Wednesday, 3:30-4:30 pm, by the school. The next stop is March 11. The whole route is at emmonscountylibrary.org/bookmobile. Did that answer your question?'],
      [185, 'p', 'yes thx'],
      [190, 'l', 'Anything else today?'],
      [240, 'p', 'no thats all'],
      [246, 'l', 'Great, have a good week! Thanks for texting.'],
    ],
    exp: usual(),
  },
  {
    name: 'road department: county road department by phone, and the county site for the road closure map; good',
    lines: [
      [0, 'p', 'who do i call about a washed out culvert on a county road? its on road 14 west of the river'],
      [30, 'l', "Hello! I'm Jen, a librarian with AskWyoming. Which county is the road in?"],
      [65, 'p', 'niobrara'],
      [72, 'l', 'Thanks, let me look up the county offices.'],
      [140, 'l', "Culverts on county roads are the Niobrara County Road and Bridge Department's job. You can reach them at 307-334-2350 (weekdays 7-3:30). If it's a hazard after hours, call the Sheriff's Office non-emergency line, 307-334-2240. Their county roads page is niobraracounty.org/road-and-bridge."],
      [150, 'l', 'Does that help you out?'],
      [205, 'p', 'yes ill call them first thing'],
      [212, 'l', 'Is there anything else I can do for you?'],
      [250, 'p', 'no thats all i needed'],
      [258, 'l', 'Thanks for contacting AskWyoming, and stay safe out there.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a Facebook page given as a URL is a way to reach the library
    name: 'closure posted only on the rural library\'s Facebook page: the page URL reaches it; referral passes',
    lines: [
      [0, 'p', 'is the arnold library open today? the roads are bad'],
      [25, 'l', "Hi, this is Sue at Ask a Librarian Nebraska. I'm covering from the Kearney Public Library. Do you mean the Arnold Public Library in Custer County?"],
      [58, 'p', 'yes'],
      [64, 'l', 'Checking, one moment please.'],
      [110, 'l', "Small libraries like Arnold usually post weather closures on their Facebook page rather than their website. I don't see a post for today yet. You can message them there or call: facebook.com/ArnoldPublicLibraryNE, 308-848-2219."],
      [118, 'l', 'Does that answer your question?'],
      [165, 'p', 'ok i will call. thanks'],
      [172, 'l', 'Anything else I can help with?'],
      [210, 'p', 'no that is everything'],
      [216, 'l', 'Drive safe! Thanks for chatting with us.'],
    ],
    over: NE,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "PO Box 278, Hill City, KS 67642" is a postal address: the Register of Deeds can be written to
    name: 'Register of Deeds reached by mail only (PO Box address); referral passes; good',
    lines: [
      [0, 'p', 'I need a copy of the deed to my grandparents farm in Graham County. I live in Colorado now'],
      [38, 'l', "Hello and thanks for contacting Ask a Kansas Librarian! I'm Mark from Topeka & Shawnee County Public Library. Do you know the legal description or at least the township, and roughly when they bought it?"],
      [120, 'p', 'township 8 south i think. they bought it in 1952'],
      [128, 'l', 'Great, that helps. Let me see how Graham County handles copy requests.'],
      [200, 'l', "Deeds are recorded with the Graham County Register of Deeds. They don't have an online search, but they'll do mail requests: send a letter with the names, the year and the township to Register of Deeds, 410 N Pomeroy Ave, Hill City, KS 67642. Copies are $1 a page; they'll tell you the total before they mail them. The Kansas Register of Deeds Association explains the fees at kansasregisterofdeeds.org."],
      [210, 'l', 'Will that work for you?'],
      [260, 'p', 'yes, perfect. thank you so much'],
      [268, 'l', 'Anything else I can help you with today?'],
      [300, 'p', 'nope, that is all'],
      [306, 'l', 'Good luck with the family history! Take care.'],
    ],
    over: KS,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish: farmworker asks about GED classes; the rural library\'s phone; good',
    lines: [
      [0, 'p', 'Hola, hay clases para sacar el GED en español cerca de Lexington?'],
      [30, 'l', '¡Hola! Le saluda Lucía, bibliotecaria del servicio Ask a Librarian Nebraska. ¿Busca clases en persona o en línea?'],
      [80, 'p', 'en persona, trabajo en la planta y salgo a las 4'],
      [88, 'l', 'Un momento, por favor, estoy buscando.'],
      [160, 'l', 'Central Community College da clases de GED en español en Lexington, los lunes y miércoles de 5:30 a 8:00 pm, gratis. Puede inscribirse llamando al 308-324-8480 o en cccneb.edu/adulted.'],
      [168, 'l', '¿Le sirve esta información?'],
      [220, 'p', 'si muchas gracias'],
      [226, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [270, 'p', 'no, es todo'],
      [276, 'l', '¡Con gusto! Que le vaya bien.'],
    ],
    over: NE,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'hold messages every minute or two during a long county-treasurer lookup: keep_informed passes',
    lines: [
      [0, 'p', 'how do i find out if the taxes are paid on a piece of land in garfield county montana'],
      [30, 'l', "Hi, I'm Will, a librarian with the Montana State Library's Ask Montana Libraries chat. Do you own the land, or are you looking into a parcel you might buy?"],
      [75, 'p', 'might buy it at a tax sale actually'],
      [82, 'l', 'OK, let me look at what Garfield County puts online. One moment.'],
      [180, 'l', "Still looking: the county site doesn't have the tax sale list, checking the state's cadastral site next."],
      [290, 'l', 'Almost there, bear with me.'],
      [370, 'l', "Here's what I found: the Montana Cadastral site (svc.mt.gov/msl/cadastral) shows owner and tax status for every parcel. For tax-sale properties, the Garfield County Treasurer in Jordan keeps the list: call 406-557-2760. Does that answer your question?"],
      [430, 'p', 'yes that helps a lot'],
      [436, 'l', 'Anything else I can do for you?'],
      [470, 'p', 'no im good'],
      [476, 'l', 'Thanks for your question, have a good afternoon!'],
    ],
    over: MT,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Hi there!" in the first message and the name and service in the second greet and identify together
    name: 'greeting split over two messages ("Hi there!" then the name and service); good',
    lines: [
      [0, 'p', 'do you have large print books at the faulkton library'],
      [20, 'l', 'Hi there!'],
      [28, 'l', "I'm Beth, a librarian with the South Dakota State Library's Ask Us chat. Are you looking for a particular author, or large print in general?"],
      [75, 'p', 'general, my mom likes westerns'],
      [82, 'l', 'Let me check the catalog.'],
      [140, 'l', 'There are about 60 large print westerns in the Faulk County collection (Louis L\'Amour, William W. Johnstone, Johnny D. Boggs). You can see them in the South Dakota Library Network catalog at sdln.net, limit to Faulk County and "Large print". Does that help?'],
      [190, 'p', 'yes great'],
      [195, 'l', 'Is there anything else you need?'],
      [230, 'p', "no that's all, thank you"],
      [236, 'l', 'Happy reading to your mom! Thanks for using Ask Us.'],
    ],
    over: SD,
    exp: usual(),
  },
  {
    name: 'transfer to the rural library\'s own librarian when she logs on: internal note before, patron told: handoff passes',
    lines: [
      [0, 'p', 'I have a hold waiting at the Jordan library but I cant get in till next week, can they keep it longer'],
      [28, 'l', "Hello! This is Pat with Ask Montana Libraries, covering from the Billings Public Library. I can't see Jordan's holds from here, but their librarian just came online. Would you like me to send you over to her?"],
      [70, 'p', 'yes please'],
      [76, 'i', 'Marlene, patron has a hold at Garfield County Library, wants it held past the pickup date. Can you take it?'],
      [80, 'l', "I'm transferring you to Marlene at the Garfield County Library now, she can see your account. One moment!"],
      [84, 's', 'Chat transferred to Marlene Kuhr', { ...sys('transfer', 'mk') }],
      [110, 'l', 'Hi, this is Marlene at the Garfield County Library in Jordan. What is the title of the hold?', who('Marlene Kuhr', 'mk')],
      [150, 'p', 'the new C.J. Box'],
      [160, 'l', "Got it: I've extended it to Saturday the 14th. You can check it under My Account at garfieldcountylibrary.org. Does that take care of it?", who('Marlene Kuhr', 'mk')],
      [200, 'p', 'yes thank you thats all'],
      [206, 'l', 'See you Saturday! Thanks for reaching out.', who('Marlene Kuhr', 'mk')],
    ],
    over: MT,
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'follow-up by the patron\'s library: e-mail given and repeated back, "by Saturday": contact passes, on_time pending; no referral',
    lines: [
      [0, 'p', 'do i owe anything on my card? i got a letter from the library'],
      [30, 'l', "Hi, thanks for contacting Ask a Librarian Nebraska. I'm Ann, a librarian covering the chat from Omaha. Which library sent the letter?"],
      [80, 'p', 'garfield county in burwell'],
      [86, 'l', "Thanks. I'm not able to see Burwell's accounts from here, and they're only open a few afternoons a week. I'll pass your question on to their staff so they can check your account. What's the best e-mail to reach you?"],
      [150, 'p', 'lorna.kemper@example.org'],
      [156, 'l', "That's lorna.kemper@example.org, correct? They're open again Saturday morning, so someone from Burwell will e-mail you by Saturday afternoon."],
      [190, 'p', 'yes thats right. ok thank you'],
      [196, 'l', 'Is there anything else I can help with in the meantime?'],
      [230, 'p', 'no thats it'],
      [236, 'l', 'Thanks, Lorna. Take care!'],
    ],
    over: { ...NE, ...FU_LIB, patron: { name: 'Lorna', email: 'lorna.kemper@example.org', phone: null } },
    // reading: no source given (the account question is passed on): source fails, completeness fails
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up by me, recorded the next day: contact passes ("by Thursday noon"), on_time passes',
    lines: [
      [0, 'p', 'Im looking for a plat map of Jerauld County from around 1910, my great grandfather homesteaded there'],
      [36, 'l', "Good afternoon! I'm Kay, a reference librarian at the South Dakota State Library. Do you know the township, or his name so I can look for it on the map?"],
      [110, 'p', 'August Lindahl, near Wessington Springs'],
      [118, 'l', 'Thanks! One moment while I look at our digital collections.'],
      [200, 'l', "We have a 1909 Jerauld County atlas in the state library's collection, but it hasn't been scanned. I can scan the Wessington Springs township pages for you. Can I send them by e-mail?"],
      [250, 'p', 'that would be amazing. my email is lindahl.family@example.org'],
      [256, 'l', "So that's lindahl.family@example.org. I'll pull the atlas tomorrow and e-mail you the scans by Thursday noon."],
      [290, 'p', 'thank you so much!'],
      [296, 'l', "Is there anything else I can look for while I'm in the atlas?"],
      [330, 'p', 'no that is all'],
      [336, 'l', 'Wonderful, thanks for contacting the State Library!'],
    ],
    over: { ...SD, ...FU_ME, patron: { name: null, email: 'lindahl.family@example.org', phone: null }, followUps: [{ doneAt: '2026-03-03T11:15:00-05:00', by: 'jo', note: 'sent 4 scanned pages' }] },
    // reading: the atlas named as held by the library is a named resource (source); "Can I send them by e-mail?" asks about something not yet given
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },

  // ---- referrals without a way to reach the party --------------------------------------------------------------------
  {
    // reading: "stop by the library Tuesday 2-6 and ask Marlene" refers to the library with its hours only: no contact
    name: 'paper tax forms: IRS site as source, then "stop by the library Tuesday 2-6 and ask Marlene" with no contact: referral fails',
    lines: [
      [0, 'p', 'does the library have the paper 1040 forms this year'],
      [30, 'l', 'Hi! Thanks for contacting Ask Montana Libraries. My name is Greg, a librarian at the Missoula Public Library. Which library do you usually use?'],
      [75, 'p', 'the one in jordan'],
      [82, 'l', 'Let me take a look, one minute.'],
      [140, 'l', "You can print the 1040 and its instructions from irs.gov/forms. I can't tell from here whether Jordan got paper copies this year, though. Best bet is to stop by the library Tuesday 2-6 and ask Marlene, she'll know."],
      [150, 'l', 'Did that help?'],
      [200, 'p', 'ok'],
      [206, 'l', 'Anything else I can help you with?'],
      [240, 'p', 'no'],
      [246, 'l', 'Thanks for chatting, take care!'],
    ],
    over: MT,
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'county clerk for a burn permit "down at the courthouse" with no phone or address: referral fails',
    lines: [
      [0, 'p', 'do i need a permit to burn a ditch in jerauld county'],
      [26, 'l', 'Hello, this is Dana with the South Dakota State Library Ask Us service. Is the ditch on your own land, in the country rather than in town?'],
      [70, 'p', 'yes on our place, rural'],
      [78, 'l', 'Let me check, just a moment.'],
      [150, 'l', 'South Dakota requires a burn permit from April 1 to November 1 east of the Missouri River unless there is snow cover, per the state wildland fire page at sdda.gov/wildland-fire. In Jerauld County you get the permit from the county emergency manager. You can pick one up from the county auditor down at the courthouse.'],
      [160, 'l', 'Does that answer it?'],
      [205, 'p', 'yes thanks'],
      [210, 'l', 'Anything else I can help with?'],
      [240, 'p', 'nope'],
      [246, 'l', 'Thank you for contacting us, have a good day.'],
    ],
    over: SD,
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "message them on Facebook" names an app with no page: no contact, and no source
    name: 'covering provider: "message them on Facebook" and nothing else; no source, no referral contact, no completeness',
    lines: [
      [0, 'p', 'is the gregory library doing the summer reading program this year, my kids want to sign up'],
      [35, 'l', "Hi, I'm Joan with the South Dakota Ask Us service. I work at the Rapid City library, so I'm not sure what Gregory has planned. What ages are your kids?"],
      [90, 'p', '6 and 9'],
      [98, 'l', "Gregory is a small library and they usually post that kind of thing on Facebook. I'd message them on Facebook and ask."],
      [150, 'p', 'ok'],
      [156, 'l', 'Anything else?'],
      [200, 'p', 'no'],
      [205, 'l', 'Have a great summer!'],
    ],
    over: SD,
    exp: usual({ source: 'fail', complete: 'fail', referral: 'fail' }),
  },

  // ---- timing: pickup, silences, final idles --------------------------------------------------------------------------
  {
    name: 'one-person branch chat: pickup after 3 minutes with an apology; otherwise good',
    lines: [
      [0, 'p', 'Do you have any books on raising backyard chickens?'],
      [185, 'l', "Hi, sorry for the wait! I'm Deb at the Jordan library, I was helping someone at the desk. Are you starting a new flock or do you already have birds?"],
      [230, 'p', 'starting, we want maybe 6 hens'],
      [238, 'l', 'We have Storey\'s Guide to Raising Chickens on the shelf, and the Montana Library2Go ebook collection has several more: mtlib2go.overdrive.com, search "chickens". Does that help?'],
      [290, 'p', 'yes ill come get the storeys guide'],
      [296, 'l', 'Anything else?'],
      [330, 'p', 'no thats all'],
      [336, 'l', "Great, I'll set it aside for you. Thanks!"],
    ],
    over: MT,
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'provider silent 4 minutes while searching (no hold message): keep_informed fails',
    lines: [
      [0, 'p', 'my well water tastes like iron, where can i get it tested'],
      [30, 'l', "Hello, you've reached AskWyoming. I'm Mel, a librarian in Casper. Is it for drinking water in a private well?"],
      [70, 'p', 'yes private well, we have a baby so want to be sure'],
      [318, 'l', "The Wyoming Department of Agriculture's Analytical Services lab in Laramie tests private wells; the sample kit and fees are at wyagric.state.wy.us/divisions/analytical-services. Your county extension office also has free kits: in Goshen County, 307-532-2436. Does that help?"],
      [380, 'p', 'yes thanks'],
      [386, 'l', 'Anything else today?'],
      [420, 'p', "no that's all"],
      [426, 'l', 'Thanks, and congrats on the baby!'],
    ],
    // reading (relabelled after the run): "Your county extension office also has free kits: …" says what the office has,
    // and "the lab in Laramie tests private wells" what it does: they tell the patron to contact no one (v15's reading)
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'patron on a slow connection goes quiet after the answer: check-in, then a disconnect notice with a goodbye (idle 230 s): both pass',
    lines: [
      [0, 'p', 'what time does the bookmobile come to Opal on thursday'],
      [30, 'l', "Hi! I'm Kris with AskWyoming. Is that the Lincoln County bookmobile?"],
      [80, 'p', 'yes'],
      [86, 'l', 'Checking the schedule, one moment.'],
      [140, 'l', "It stops in Opal on Thursdays from 10:00 to 11:15 at the town hall. The schedule is at lclsonline.org/bookmobile. Is that what you needed?"],
      [270, 'l', 'Are you still there?'],
      [370, 'l', "It looks like we've lost the connection, so I'll close this chat. Feel free to come back any time. Thanks!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'patron vanishes after the answer and the provider ends the chat 5 minutes later without a word: idle, disconnect and courteous fail',
    lines: [
      [0, 'p', 'how much is it to rent the 4-H building at the fairgrounds'],
      [25, 'l', "Hello! I'm Ty from Ask a Kansas Librarian. Which county's fairgrounds?"],
      [60, 'p', 'rooks county'],
      [66, 'l', 'One minute, let me look.'],
      [120, 'l', 'The Rooks County Fair Board rents the 4-H building for $150 a day plus a $100 deposit; the rental form is at rookscountyfair.com/rentals. Did that answer your question?'],
    ],
    over: { endAfter: 300 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'check-in but no disconnect notice in an idle of 240 s, then "Bye for now!": idle passes, disconnect fails',
    lines: [
      [0, 'p', 'Where can I find the minutes of the Sheridan County commissioners meetings'],
      [28, 'l', 'Good evening, this is Anne with Ask Montana Libraries. Are you looking for recent meetings or older ones?'],
      [70, 'p', 'last fall, about the landfill'],
      [76, 'l', 'Thanks, one moment.'],
      [140, 'l', "Sheridan County posts commission minutes at sheridancountymt.gov under Commissioners > Minutes, back to 2019. The fall meetings on the landfill are in September and October. Does that answer your question?"],
      [280, 'l', 'Hello? Are you still with me?'],
      [380, 'l', 'Bye for now!'],
    ],
    over: MT,
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'the patron says thanks and leaves; the provider never answers: no final idle; courteous and anything fail',
    lines: [
      [0, 'p', 'whats the phone number for the Towner County extension office'],
      [20, 'l', 'Hi, this is Ruth with the North Dakota State Library. Do you want the office in Cando?'],
      [50, 'p', 'yes'],
      [58, 'l', 'The NDSU Extension office for Towner County in Cando is 701-968-4362, and its page is ndsu.edu/agriculture/extension/county/towner. Does that help?'],
      [90, 'p', 'perfect thank u'],
    ],
    // reading: the patron asked for the number: giving it refers no one
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },

  // ---- greetings, clarification, completeness -------------------------------------------------------------------------
  {
    name: 'no greeting: the provider opens "What county are you in?"; otherwise good',
    lines: [
      [0, 'p', 'is there somewhere i can get a notary in a small town'],
      [30, 'l', 'What county are you in?'],
      [58, 'p', 'phillips county kansas'],
      [66, 'l', 'One moment.'],
      [120, 'l', 'The Phillipsburg City Library has a free notary on staff during open hours: call 785-543-5325 to make sure she is in. The Kansas Secretary of State has a notary search at sos.ks.gov/notary. Does that help?'],
      [170, 'p', 'yes thanks'],
      [175, 'l', 'Anything else?'],
      [200, 'p', 'no'],
      [205, 'l', 'Have a good one.'],
    ],
    over: KS,
    exp: usual({ greeting: 'fail', referral: 'pass' }),
  },
  {
    // reading: "This is Dale at the Ogallala library." identifies but greets no one
    name: 'near miss: "This is Dale at the Ogallala library." names the provider but greets no one: greeting fails',
    lines: [
      [0, 'p', 'i need the address of the keith county register of deeds'],
      [26, 'l', 'This is Dale at the Ogallala library. Do you need the mailing address or where the office is?'],
      [60, 'p', 'mailing'],
      [66, 'l', 'Keith County Register of Deeds, PO Box 149, Ogallala, NE 69153. The county site is keithcountyne.gov. Did that answer your question?'],
      [100, 'p', 'yep'],
      [105, 'l', 'Anything else I can help with?'],
      [130, 'p', 'nope thats all'],
      [136, 'l', 'Thanks for asking!'],
    ],
    // reading: the patron asked for the mailing address: giving it answers, it refers no one
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'no clarifying question: the source comes straight after the greeting; clarify fails',
    lines: [
      [0, 'p', 'How do I get a brand inspection to sell cattle in Montana'],
      [25, 'l', "Hi, I'm Sam with Ask Montana Libraries. The Montana Department of Livestock does brand inspections; the local brand inspector's number for your area is on the list at liv.mt.gov/brands/inspectors."],
      [80, 'p', 'ok found it'],
      [86, 'l', 'Great. Did that answer your question?'],
      [120, 'p', 'yes'],
      [125, 'l', 'Anything else today?'],
      [150, 'p', 'no thats all'],
      [155, 'l', 'Thanks, good luck with the sale!'],
    ],
    over: MT,
    // reading: the list of inspectors is a page to use (source); "the local brand inspector" has his number on that page, and the provider tells the patron to find it there, not to call: no referral
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'no completeness question; anything-else asked; good otherwise',
    lines: [
      [0, 'p', 'where can i recycle old fence wire and tin near miller sd'],
      [30, 'l', 'Hi there, this is Jess at the South Dakota State Library. Is it a pickup load or more than that?'],
      [70, 'p', 'just a pickup load'],
      [78, 'l', 'Let me look that up.'],
      [140, 'l', "Hand County's rubble site takes scrap metal free: the hours are on the county page at handcounty.org/landfill. Miller Salvage on Highway 14 also buys scrap: 605-853-2291."],
      [190, 'p', 'ok'],
      [196, 'l', 'Is there anything else you need?'],
      [240, 'p', "no, that's all i needed"],
      [246, 'l', 'Have a great weekend!'],
    ],
    over: SD,
    // reading (relabelled after the run): "the rubble site takes scrap metal", "Miller Salvage also buys scrap: …" say what
    // the parties do; no one is told to contact or visit them (v15's reading)
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'nobody asks "anything else" and the patron only says thanks: anything fails',
    lines: [
      [0, 'p', 'Who do I ask about getting a culvert put in for a new field approach'],
      [26, 'l', 'Hello! This is Jim, a librarian with AskIowa. Which county is the field in?'],
      [60, 'p', 'Adams County'],
      [66, 'l', 'One moment while I check.'],
      [130, 'l', 'New field entrances on county roads need a permit from the Adams County Engineer: 641-322-4214, and the permit form is on adamscountyia.gov under Secondary Roads. Does that answer your question?'],
      [180, 'p', 'yes thank you'],
      [186, 'l', 'Glad to help, good luck with the field!'],
    ],
    // reading (relabelled after the run): "need a permit from the Adams County Engineer: …" says what is needed, and tells
    // the patron to contact no one
    exp: usual({ anything: 'fail' }),
  },

  // ---- follow-ups and codes -------------------------------------------------------------------------------------------
  {
    name: 'promise "I\'ll have the Jordan librarian call you" coded Answered with no time: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'can i book the library meeting room for a quilting group'],
      [30, 'l', 'Hi! This is Kelly with Ask Montana Libraries, covering for the Garfield County Library. How many people and which day were you thinking?'],
      [80, 'p', 'about 10, thursdays after lunch'],
      [86, 'l', "I don't have access to their room calendar. I'll send this to Marlene there and have her call you. What's a good number?"],
      [130, 'p', '406-555-0182'],
      [136, 'l', 'Got it. Is there anything else I can help with?'],
      [170, 'p', 'no thank you'],
      [176, 'l', 'Thanks, have a nice day!'],
    ],
    over: { ...MT, patron: { name: null, email: null, phone: '406-555-0182' } },
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up by me recorded after 4 days: on_time fails',
    lines: [
      [0, 'p', 'I am looking for the obituary of Clara Voss, died in 1971 in Broken Bow'],
      [30, 'l', 'Hi, this is Amy at Ask a Librarian Nebraska. Do you know the month she died?'],
      [70, 'p', 'june i think'],
      [76, 'l', "One moment."],
      [140, 'l', 'The Custer County Chief for 1971 is on microfilm at the Nebraska State Historical Society, not online. I can ask them to look it up. Can I e-mail you what they find? What address?'],
      [190, 'p', 'voss.genealogy@example.org'],
      [196, 'l', 'Thanks, voss.genealogy@example.org. You should hear from me by Wednesday.'],
      [220, 'p', 'great thank you'],
      [226, 'l', 'Is there anything else?'],
      [250, 'p', 'no that is all'],
      [256, 'l', 'Thanks for contacting us!'],
    ],
    over: { ...NE, ...FU_ME, patron: { name: null, email: 'voss.genealogy@example.org', phone: null }, followUps: [{ doneAt: '2026-03-06T15:00:00-05:00', by: 'jo' }] },
    ctx: { now: T0 + 6 * DAY },
    // reading: the Custer County Chief on microfilm is a named publication (source); "Can I e-mail you what they find?" asks about something not yet given
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'coded Follow-up by patron\'s library but no contact known and none in the chat: code and contact fail',
    lines: [
      [0, 'p', 'is my library card still good, i havent used it in 3 years. faulkton'],
      [30, 'l', 'Hello! This is Mia with South Dakota Ask Us. I cannot see Faulk County accounts, but I will send your question to the Faulkton librarian. What name is the card under?'],
      [70, 'p', 'Duane Pettit'],
      [76, 'l', 'Thanks, Duane. I passed it along; they will be in touch.'],
      [110, 'p', 'ok thanks'],
      [116, 'l', 'Have a good day!'],
    ],
    over: { ...SD, ...FU_LIB },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'missing resolution code (null): code fails; otherwise good',
    lines: [
      [0, 'p', 'Whats the phone number for the Hettinger County clerk'],
      [20, 'l', 'Hi! Nora here, a librarian with the North Dakota State Library. Do you mean the Clerk of District Court or the county auditor? They are different offices in Mott.'],
      [60, 'p', 'the one for marriage licenses'],
      [66, 'l', 'That is the Clerk of District Court in Mott: 701-824-2645, and the license steps are on ndcourts.gov/marriage-licenses. Did that help?'],
      [100, 'p', "yes that's everything"],
      [106, 'l', 'Congratulations, and thanks for asking!'],
    ],
    over: { resolutionCode: null },
    // reading: the patron asked for the number: giving it refers no one
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'practice session by a new volunteer: every check na',
    lines: [
      [0, 'p', 'test test does the bookmobile stop at the elevator'],
      [20, 'l', 'Hi, this is Beth testing the chat for Faulk County Library.'],
      [40, 'p', 'ok it works'],
    ],
    over: { ...SD, resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'patron\'s rural connection drops before the provider can answer: Lost Call, information checks na',
    lines: [
      [0, 'p', 'hi is there a fax machine at the library in winner'],
      [15, 's', 'Patron has left the chat', sys('patron_left')],
      [30, 'l', 'Hi, this is Rosa with the South Dakota State Library Ask Us service. It looks like you were disconnected. Feel free to start a new chat anytime, thanks!'],
    ],
    over: { ...SD, resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },

  // ---- dismissals ----------------------------------------------------------------------------------------------------
  {
    name: 'dismissal: the one-person branch closes and the provider logs off with no way back: critical fail',
    lines: [
      [0, 'p', 'hi do you have any books about fixing old tractors, farmall H'],
      [40, 'l', "Hi, it's Deb at Jordan Public Library. Do you want repair manuals or more the history?"],
      [90, 'p', 'repair, rebuilding the engine'],
      [150, 'l', "We close at 5 and it's 4:58, so I have to shut everything down now. Bye."],
    ],
    over: { ...MT, endAfter: 5 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'pass' }),
  },
  {
    name: 'near miss: closing up with a way back (call Tuesday, the number given): no dismissal',
    lines: [
      [0, 'p', 'do you have the Chilton manual for a 1998 ford f-150'],
      [30, 'l', "Hello, this is Deb at the Jordan library. Are you after the engine part or the whole truck?"],
      [70, 'p', 'the transmission mostly'],
      [76, 'l', 'One minute, checking the shelf list.'],
      [140, 'l', "We don't have that Chilton, but the Montana State Library's auto repair database has it for free with your card: msl.mt.gov/databases > Auto Repair Source. Does that help?"],
      [190, 'p', 'ill try it'],
      [196, 'l', "I'm closing up for today, but if it doesn't work, call me Tuesday at 406-557-2297 or chat back anytime and we'll figure it out. Anything else before I go?"],
      [240, 'p', 'no thats it thanks'],
      [246, 'l', 'Thanks, good luck with the truck!'],
    ],
    over: MT,
    // reading: "call me Tuesday at 406-557-2297" is the provider's own library (herself): an invitation back, not a referral to another party
    exp: usual(),
  },
  {
    name: 'dismissal: "you have asked 3 questions already, that\'s our limit" to an SMS patron: critical fail',
    lines: [
      [0, 'p', 'also what are the hours at the hoven library'],
      [20, 'l', 'Hi, this is Mia with South Dakota Ask Us.'],
      [26, 'l', "You've already asked three questions today and that's our limit per patron. Please try again tomorrow."],
      [60, 'p', 'wow ok'],
    ],
    over: SD,
    // reading: the limit of questions fails no_dismissal; "Please try again tomorrow" invites the patron back (courteous).
    // Relabelled after the run: inviting back makes the message a Goodbye (Terms), so the provider sent nothing but a
    // greeting and a goodbye: no substantive exchange, the information checks are na
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'fail' }),
  },
  {
    name: 'near miss: other patrons waiting, the provider invites the patron back: passes',
    lines: [
      [0, 'p', 'can u help me find grants for fixing up our rural fire hall'],
      [28, 'l', 'Hi! This is Lori with AskIowa. Is the fire department a nonprofit or part of the township?'],
      [70, 'p', 'volunteer nonprofit'],
      [78, 'l', 'Let me check.'],
      [150, 'l', 'Two places to start: the USDA Rural Development Community Facilities grants (rd.usda.gov/programs-services/community-facilities) and the Iowa DNR Volunteer Fire Assistance grant at iowadnr.gov/fire. Is that the kind of thing you need?'],
      [200, 'p', 'yes'],
      [206, 'l', 'I have a few other patrons waiting, so I need to wrap up, but please come back anytime and we can dig deeper. Anything else quickly?'],
      [240, 'p', 'no thats good'],
      [246, 'l', 'Thanks, good luck with the grant!'],
    ],
    exp: usual(),
  },

  // ---- concurrency and transfers ------------------------------------------------------------------------------------
  {
    name: 'statewide provider with three other chats open at once: concurrency fails',
    lines: [
      [0, 'p', 'do i need a license to sell eggs at the farmers market in nebraska'],
      [40, 'l', 'Hi, this is Jo at Ask a Librarian Nebraska. How many dozen a week, roughly?'],
      [80, 'p', 'maybe 20 dozen'],
      [86, 'l', 'One moment.'],
      [170, 'l', "Nebraska requires an egg license from the Department of Agriculture if you sell to stores or restaurants; selling your own eggs directly to customers at a market is exempt under the Egg Law, but they must be cleaned, cooled and labeled. Details: nda.nebraska.gov/eggs. Is that what you needed?"],
      [220, 'p', 'yes'],
      [226, 'l', 'Anything else?'],
      [250, 'p', 'no thats all'],
      [256, 'l', 'Thanks, good luck at the market!'],
    ],
    over: NE,
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', -60, 250), other('c', 'jo', 100, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'transfer with no internal note to the receiving librarian: handoff fails',
    lines: [
      [0, 'p', 'i need help with the libby app, it wont take my card number from the hill city library'],
      [24, 'l', "Hello! I'm Gail with Ask a Kansas Librarian. What does it say when you try?"],
      [60, 'p', 'invalid card'],
      [66, 'l', "I'm going to transfer you to our e-books specialist, one moment please."],
      [70, 's', 'Chat transferred to Ben Ortiz', sys('transfer', 'bo')],
      [100, 'l', 'Hi, Ben here. Hill City cards need the 14-digit number starting 2 and the PIN set at the library. Try the steps at help.libbyapp.com/6012. Did that fix it?', who('Ben Ortiz', 'bo')],
      [150, 'p', 'yes it worked'],
      [156, 'l', 'Great! Anything else?', who('Ben Ortiz', 'bo')],
      [180, 'p', 'no'],
      [186, 'l', 'Happy reading!', who('Ben Ortiz', 'bo')],
    ],
    over: KS,
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'transfer announced to the patron only in the internal note (no visible message): handoff fails',
    lines: [
      [0, 'p', 'does the wibaux library have wifi i can use after hours from the parking lot'],
      [30, 'l', 'Hi, this is Kim with Ask Montana Libraries. Is it for a laptop or a phone?'],
      [70, 'p', 'laptop, for my online class'],
      [75, 'i', 'Sharon, Wibaux patron asks about after-hours Wi-Fi from the lot, your policy. Taking it?'],
      [80, 's', 'Chat transferred to Sharon at Wibaux', sys('transfer', 'sw')],
      [110, 'l', 'Hello, Sharon at the Wibaux County Library. Yes: the Wi-Fi stays on 24/7 and reaches the parking lot. The network and password are posted at wibauxlibrary.org/wifi. Does that answer your question?', who('Sharon W', 'sw')],
      [150, 'p', 'yes thanks'],
      [155, 'l', 'Anything else?', who('Sharon W', 'sw')],
      [180, 'p', 'no'],
      [186, 'l', 'Good luck with the class!', who('Sharon W', 'sw')],
    ],
    over: MT,
    exp: usual({ transfer: 'fail' }),
  },

  // ---- more referrals and mixed flaws -------------------------------------------------------------------------------
  {
    // reading: "at 210 Grand Avenue in Burwell" is a postal address (street number, street, town)
    name: 'rural library referred with a street address in town only: referral passes',
    lines: [
      [0, 'p', 'where can i return a book from the burwell library, i live out in the country'],
      [28, 'l', "Hi, this is Tom with Ask a Librarian Nebraska. Do you come into Burwell at all, or would mailing it be easier?"],
      [80, 'p', 'i come in on saturdays'],
      [88, 'l', 'You can check the due date under My Account in the catalog at garfieldcounty.biblionix.com, so you know how much time you have.'],
      [120, 'p', 'ok its due the 20th'],
      [128, 'l', 'Then the easiest is to drop it off at the Garfield County Library, 217 G Street in Burwell, on a Saturday: there is a book drop by the door for when they are closed. Does that help?'],
      [160, 'p', 'ok great'],
      [166, 'l', 'Anything else I can help with?'],
      [200, 'p', 'nope'],
      [206, 'l', 'Thanks for chatting!'],
    ],
    over: NE,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'SMS chat-speak provider: good session with referral to the county extension office by phone',
    lines: [
      [0, 'p', 'hey whats the best time 2 plant garlic in sw kansas'],
      [30, 'l', 'hi! its Tara from AskKansas libraries :) r u planting in the fall or spring?'],
      [70, 'p', 'fall'],
      [76, 'l', 'ok 1 sec checking'],
      [130, 'l', 'K-State says plant garlic late sept to mid oct, about 4-6 wks before the ground freezes. guide here: bookstore.ksre.ksu.edu search "garlic". ur county extension office can help w/ varieties, Finney County is 620-272-3670. does that help?'],
      [170, 'p', 'ya ty'],
      [175, 'l', 'anything else?'],
      [190, 'p', 'nope'],
      [195, 'l', 'cool, happy planting! thx 4 texting'],
    ],
    over: KS,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'covering provider sends the patron to the rural library by name with "give them a call" but no number; no source at all',
    lines: [
      [0, 'p', 'does the fairfax library let kids use the computers without a parent'],
      [30, 'l', "Hello! This is Ruth, a librarian with the South Dakota State Library Ask Us chat. How old is your child?"],
      [70, 'p', '11'],
      [76, 'l', "Every library sets its own rules on that and I don't have Fairfax's policy. Your best bet is to give the Fairfax library a call and ask them."],
      [120, 'p', 'ok'],
      [126, 'l', 'Anything else I can help with?'],
      [150, 'p', 'no'],
      [156, 'l', 'Thanks for reaching out, have a good evening!'],
    ],
    over: SD,
    exp: usual({ source: 'fail', complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'several flaws at once: late pickup, no greeting word, silence, no completeness, no closing (patron last)',
    lines: [
      [0, 'p', 'I need the phone number of the Wheeler County treasurer for paying property taxes'],
      [140, 'l', 'Which state?'],
      [170, 'p', 'nebraska'],
      [330, 'l', 'Wheeler County Treasurer, Bartlett: 308-654-3325. You can also pay online at wheelercounty.nebraska.gov.'],
      [360, 'p', 'thanks'],
    ],
    over: NE,
    // reading: the patron asked for the number: giving it refers no one
    exp: usual({ pickup: 'fail', greeting: 'fail', informed: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // reading: "mail the sample to the lab at ..." tells the patron to write to the lab, with its postal address
    name: 'soil sample by mail to the NDSU lab with its postal address; good',
    lines: [
      [0, 'p', 'Where do I send a soil sample for my garden? Im in Bottineau'],
      [26, 'l', 'Good afternoon! This is Val, a librarian with the North Dakota State Library. Is it a vegetable garden, and do you want the basic fertility test?'],
      [70, 'p', 'yes veggies, basic is fine'],
      [78, 'l', 'One moment while I find the form.'],
      [150, 'l', 'Fill out the garden soil form from the NDSU Soil Testing Lab (ndsu.edu/snrs/services/soil_testing_lab), then mail the sample and a $25 check to NDSU Soil Testing Lab, PO Box 6050, Dept 7180, Fargo, ND 58108. Is that what you needed?'],
      [200, 'p', 'yes exactly'],
      [206, 'l', 'Anything else I can do for you?'],
      [240, 'p', "no that's all"],
      [246, 'l', 'Thank you, happy gardening!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (run since v16's `laterContactOwnerV16`; it was left:) iowaworks.gov in the same message is read as the Lenox library's contact (it is IowaWORKS' site): the same
    // L6 gap, a URL of another party in the message.
    // reading: hours and the town are no way to reach the library; "Main Street" without a number is no postal address
    name: 'refers to "the library on Main Street, open Wednesdays and Saturdays" without number, phone or site: referral fails',
    lines: [
      [0, 'p', 'can i use a computer at the library to do a job application online? dont have internet at home'],
      [28, 'l', "Hi! I'm Lynn from AskIowa, the statewide library chat. Which town are you in?"],
      [60, 'p', 'lenox'],
      [68, 'l', "Thanks, let me look at what's there."],
      [130, 'l', "The Lenox Public Library has public computers and Wi-Fi you can use free with a card, and staff can help with online applications. They're on Main Street, open Wednesdays 1-6 and Saturdays 9-12. For the application itself, IowaWORKS has tips at iowaworks.gov."],
      [140, 'l', 'Does that help?'],
      [190, 'p', 'yes'],
      [195, 'l', 'Anything else I can help with?'],
      [240, 'p', 'no thanks'],
      [246, 'l', 'Good luck with the application!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // (run since v16's `laterContactOwnerV16`; it was left:) the message gives a phone for the extension office, and the scorer takes any contact in the message as every
    // referred party's; telling whose contact a number is (the crop insurance agent and the FSA office have none) is the
    // twelfth round's L6 gap, too broad for this round.
    name: 'two parties: extension office with a phone, Farm Service Agency with none: referral fails',
    lines: [
      [0, 'p', 'we had hail take out most of our wheat, where do we start for disaster help'],
      [32, 'l', "Hello, I'm sorry to hear that. This is Rick, a librarian with AskKansas at the Salina Public Library. Do you carry crop insurance on the wheat?"],
      [90, 'p', 'yes through an agent'],
      [98, 'l', 'OK, one moment while I gather the resources.'],
      [170, 'l', "First, call your crop insurance agent within 72 hours of the damage, that's in the policy. K-State has a hail-damaged wheat guide at bookstore.ksre.ksu.edu (search \"hail wheat\"). The Graham County Extension office can help you assess the stand: 785-421-3411. And check with your local FSA office about the emergency programs; they handle the disaster paperwork."],
      [180, 'l', 'Does that give you a place to start?'],
      [240, 'p', 'yes it does thank you'],
      [246, 'l', 'Is there anything else you need?'],
      [290, 'p', 'no that covers it'],
      [296, 'l', 'Good luck, and thanks for contacting AskKansas.'],
    ],
    over: KS,
    // reading: the crop insurance agent is a named person the patron is told to call without a contact too
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- near misses guarding P1's widenings -------------------------------------------------------------------------
  {
    name: 'short near miss: "The best bet is to search the statewide catalog" names no party to contact: no referral',
    lines: [
      [0, 'p', 'is there a copy of Prairie Fires anywhere near Faulkton'],
      [24, 'l', 'Hi! This is Beth at South Dakota Ask Us. Print or audiobook?'],
      [50, 'p', 'print'],
      [58, 'l', 'The best bet is to search the statewide catalog at sdln.net and place a hold for pickup at Faulkton. Does that help?'],
      [90, 'p', 'yes thats all thanks'],
      [96, 'l', 'Happy reading!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss: "you can pick it up from the front desk" is the library\'s own pickup: no referral',
    lines: [
      [0, 'p', 'my hold came in at jordan, where do i get it'],
      [24, 'l', 'Hello, this is Deb at the Jordan library. Is it the one under Hansen?'],
      [50, 'p', 'yes'],
      [58, 'l', 'It is on the shelf behind the desk, and you can pick it up from the front desk any time we are open; the hours are at garfieldcountylibrary.org. Anything else?'],
      [90, 'p', 'no thanks'],
      [96, 'l', 'See you soon!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss: "mail it back to the library in the envelope" and "I\'ll send the form to you" refer to no one',
    lines: [
      [0, 'p', 'i got a book by mail from the books-by-mail program, how do i return it'],
      [24, 'l', 'Hi, Kay at the South Dakota State Library here. Did it come in a gray mailing bag?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Just turn the address card over and mail it back to the library in the same bag; postage is free (library.sd.gov/booksbymail explains it). I will send the renewal form to you too if you want it. Does that help?'],
      [90, 'p', 'yes thats all'],
      [96, 'l', 'Thanks, happy reading!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss: "drop it off at any branch" is the library\'s own return: no referral',
    lines: [
      [0, 'p', 'can i return my bookmobile book somewhere else'],
      [24, 'l', 'Hello! Kris at AskWyoming here. Which county library?'],
      [50, 'p', 'lincoln county'],
      [58, 'l', 'Yes, you can drop it off at any branch of Lincoln County Library or leave it on the bookmobile; see lclsonline.org/locations. Did that answer your question?'],
      [90, 'p', 'yes thanks that is all'],
      [96, 'l', 'Take care!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss (Spanish): "si alguien le está llamando al celular" warns about a scam, refers to no one',
    lines: [
      [0, 'p', 'me llamaron de la biblioteca pidiendo mi numero de tarjeta, es normal?'],
      [24, 'l', '¡Hola! Le saluda Lucía de Ask a Librarian Nebraska. ¿Le pidieron también el PIN?'],
      [50, 'p', 'si'],
      [58, 'l', 'No es normal: si alguien le está llamando al celular para pedir su tarjeta y su PIN, no los dé. Los consejos sobre estafas están en consumer.ftc.gov/es. ¿Le sirve?'],
      [90, 'p', 'si gracias, es todo'],
      [96, 'l', '¡Que le vaya bien!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss: "Libby can give you a sample" and "I can send you the link": no party, no referral',
    lines: [
      [0, 'p', 'can i listen to a bit of an audiobook before i borrow it'],
      [24, 'l', 'Hi, this is Tara with AskKansas. Are you using Libby?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Libby can give you a sample of any audiobook: tap the title, then "Play Sample" (help.libbyapp.com/6137). I can send you the link too. Does that help?'],
      [90, 'p', 'got it thats all thx'],
      [96, 'l', 'Happy listening!'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss: "you have to shut down the computer and restart it" is an instruction, not the provider leaving: no dismissal',
    lines: [
      [0, 'p', 'the library laptop wont connect to the wifi'],
      [24, 'l', 'Hello, Sharon at the Wibaux County Library. Is it one of our loaner laptops?'],
      [50, 'p', 'yes'],
      [58, 'l', 'For those you have to shut down the computer and restart it before it finds the network; the steps are at wibauxlibrary.org/laptops. Did that work?'],
      [120, 'p', 'yes it works now, thats all'],
      [126, 'l', 'Great, thanks for letting me know!'],
    ],
    exp: some({ dismissal: 'pass', source: 'pass', courteous: 'pass' }),
  },
  {
    // reading: "the sheriff's office" named with its county only: no way to reach it
    name: 'short: "you might try the sheriff\'s office in Jordan" with no phone: referral fails',
    lines: [
      [0, 'p', 'who keeps the records of old brand registrations in garfield county'],
      [24, 'l', "Hi, I'm Will at Ask Montana Libraries. Do you mean brands registered before 1970?"],
      [60, 'p', 'yes'],
      [68, 'l', 'The state brand books are scanned at mtmemory.org. For anything local, you might try the sheriff\'s office in Jordan; they used to keep the brand inspection records. Did that help?'],
      [100, 'p', 'thanks that is all'],
      [106, 'l', 'Take care!'],
    ],
    over: MT,
    exp: some({ source: 'pass', referral: 'fail', courteous: 'pass' }),
  },
  {
    name: 'short: "Thanks for your patience!" with the answer thanks the patron (one of the last two): courteous passes',
    lines: [
      [0, 'p', 'when is the next rural water board meeting in tripp county'],
      [28, 'l', 'Hello, Dana at the SD State Library. Do you mean the Tripp County Water User District?'],
      [60, 'p', 'yes'],
      [66, 'l', 'One moment.'],
      [120, 'l', 'Thanks for your patience! The board meets the second Tuesday of the month at 7 pm in Winner; the agenda is posted at trippwater.com. Does that answer your question?'],
      [160, 'p', 'yep'],
    ],
    exp: some({ courteous: 'pass', complete: 'pass', idle: 'na' }),
  },
  // ---- the merge: whose a later sentence's URL is (`laterContactOwnerV16`) ---------------------------------------------
  {
    name: 'short: "Ask the county extension office about a soil test. The basics are explained at extension.psu.edu/soil." names the office\'s own site: referral passes',
    lines: [
      [0, 'p', 'how do i get my garden soil tested'],
      [24, 'l', 'Hi, this is Dale at the Potter County Library. Is it for a vegetable garden?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Ask the county extension office about a soil test kit. The basics are explained at extension.psu.edu/soil. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'short near miss: "Ask the county extension office about a soil test kit. Soil pH is explained at soilsensor.example.com/ph." is a page of something else: referral fails',
    lines: [
      [0, 'p', 'how do i get my garden soil tested'],
      [24, 'l', 'Hi, this is Dale at the Potter County Library. Is it for a vegetable garden?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Ask the county extension office about a soil test kit. Soil pH is explained at soilsensor.example.com/ph. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'short: "Call the Rural Response Hotline about the lease. Website: farmlaw.example.org" (an address with a label) is the party\'s: referral passes',
    lines: [
      [0, 'p', 'my landlord wants to change our pasture lease, who can explain my rights'],
      [24, 'l', 'Hi, this is Dale at the Ogallala Public Library. Is it a cash rent lease?'],
      [50, 'p', 'yes'],
      [58, 'l', 'Call the Rural Response Hotline about the lease. Website: farmlaw.example.org. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): two readings: "neither lists Cando yearbooks" (a resource reported missing) and the
    // patron's number read back ("That's 701-…") both give a source.
    // LEFT: "neither lists Cando yearbooks for those years" is read as a source (namedResource takes "yearbooks" as a
    // publication named); a resource reported missing is none given, but negation scope over the family needs more than
    // a phrase.
    name: 'LEFT: follow-up by me, never recorded, 5 days later: on_time fails; contact by phone read back with "by Friday": passes',
    lines: [
      [0, 'p', 'I need the 1950s high school yearbooks from Cando, my dad is in them. does anyone have them'],
      [36, 'l', "Good morning! I'm Ellen, a librarian at the North Dakota State Library. Which years was he there, and do you want copies or just to look?"],
      [100, 'p', '1954-1957, copies if possible'],
      [108, 'l', "Thanks. One moment while I look."],
      [190, 'l', "I checked our holdings and the State Historical Society's, and neither lists Cando yearbooks for those years. I'll ask the Cando school and the Towner County historical society this week and call you back by Friday. What's the best number?"],
      [240, 'p', '701-555-0139'],
      [246, 'l', "That's 701-555-0139. I'll call by Friday either way."],
      [270, 'p', 'thank you'],
      [276, 'l', 'Anything else for now?'],
      [300, 'p', 'no'],
      [305, 'l', 'Talk to you soon, take care!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '701-555-0139' } },
    ctx: { now: T0 + 5 * DAY },
    // reading: the provider found nothing to give: no source
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
];

describe('fifteenth round (P1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifteenth round (P1): rural libraries through a statewide service, every check', whole);
describeSessions('fifteenth round (P1): rural libraries, short cases', short);

describeLeft('fifteenth-round-rural', LEFT);
