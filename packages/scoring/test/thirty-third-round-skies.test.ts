/**
 * Thirty-third round, area (Z6): WEATHER, CLIMATE AND THE NIGHT SKY. Historical weather for a date (a court case, an
 * insurance claim, a birthday), NOAA's climate data and storm events, a school project on climate change, hurricane and
 * flood history of a town, eclipses and meteor showers, dark skies, a telescope to borrow, the planetarium's shows, tide
 * tables and sunrise times, almanacs, frost dates; referrals to the state climatologist, the NWS forecast office, an
 * astronomy club, the planetarium, the county's emergency management office (info.source, inquiry.clarify,
 * followup.completeness, interest.keep_informed, referral.contact, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "you could call the county's Office of Emergency
 *   Management", "ask the Master Gardeners at your county Extension office", "check with your local NWS forecast office",
 *   "the planetarium staff would know, give them a call", "join a local astronomy club, they hold star parties".
 *  a referral WITH one (passes): "the State Climatologist's office: climate@umd.edu", "the NWS Sterling office at
 *   weather.gov/lwx", "the Westminster Astronomical Society, westminsterastro.org", "call the planetarium at 410-555-0142",
 *   "order certified copies from NCEI: ncei.orders@noaa.gov".
 *  a source, not a referral: "NOAA's Climate Data Online at ncei.noaa.gov/cdo-web", "the Storm Events Database",
 *   "tidesandcurrents.noaa.gov", "the USNO's sun and moon tables", "The Old Farmer's Almanac at 031 OLD", "climate.nasa.gov".
 *  NOT a source: an organisation or app named with no way to reach it ("NOAA keeps those records", "try the SkyView app").
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "NOAA keeps that data" names an organisation with no way to reach it: not a source (RUBRIC.md: "An organisation or
 *   app named without a way to reach it is not a source");
 * - a book named by title ("The Old Farmer's Almanac", "Nightwatch") is a named resource: a source;
 * - "Clear skies!" as the last message to an astronomer is a parting wish: a goodbye (as "Safe travels!" in round 31).
 *
 * - "join a local astronomy club" tells no one to contact or visit a party (RUBRIC.md lists "call, write to, ask or
 *   visit them"): no referral (my first label was fail);
 * - a park named as a place to stargaze ("Sky Meadows State Park", "Shenandoah … runs night sky programs") is a place to
 *   go, not a party to contact: no referral; "the State Climatologist's help" the provider asks for is staff consulted on
 *   the patron's behalf: no referral.
 * Written: 29 whole sessions, 32 short cases (25 first, 7 more for the fixes), 12 near misses in `guards`. First run: 5 of
 * 84 tests failed: approachability.greeting 1, referral.contact 2, closing.courteous 2. My labels: 2 corrected
 * ("Not silly at all, what a lovely idea! I'm Dana, …" greets nobody: greeting fail; "join a local astronomy club": na).
 * Scorer errors: 3, fixed in block Z6 (settings only, no phrase family changed):
 *  - clearSkiesZ6 (classify.ts `clearSkiesZ6`, read in `courteousNow`): a provider message whose LAST sentence is the
 *    astronomers' sign-off with "!" ("Clear skies!", "Clear skies and happy observing!", "Wishing you clear skies!", "…
 *    Clear skies, Marcus!") thanks / says goodbye [near misses: "Clear skies are forecast for Saturday, so go then.", "You
 *    need clear skies! Check …", "Clear skies! That is what the NWS says …" (not last), "… says clear skies." (no "!"),
 *    "Clear skies? Not this weekend …", "Partly cloudy, then clear skies after midnight!"];
 *  - subjectTopicZ6 (checks/referral.ts `subjectUrlSM`): an earlier sentence's subject and URL ("FEMA's Flood Map Service
 *    Center at msc.fema.gov shows it") are lent to a party named after the verb only by words before the topic it is asked
 *    " about / regarding / concerning", not by the topic's ("call the county's Office of Emergency Management about their flood warning system": fail) [near
 *    misses: "… the Flood Office about a permit", "… the Storm Prediction Center about a specific tornado", "Ask the League
 *    about loaner telescopes", "Contact the Sterling office about their survey of your street", "File a complaint with the CFPB
 *    about the fee", "Call the planetarium office regarding a scout visit": all still pass]. A first version (the party's text
 *    only) broke 6 older tests ("file a complaint with the CFPB", "Send a photo to the Extension office": the verb's object is
 *    not the party); narrowed to the topic's cut.
 * Left: none.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A weather-on-a-date question up to the patron's answer to the clarifying question. */
const WX: Line[] = [
  [0, 'p', 'I need to know what the weather was on a certain day last winter'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Which town, and which date?"],
  [50, 'p', 'Towson, January 16 2024'],
];
/** A stargazing question up to the patron's answer. */
const SKY: Line[] = [
  [0, 'p', 'where can i go to see the stars without the city lights'],
  [20, 'l', 'Hello, Jo here at Ask a Librarian. Roughly where do you live, and how far are you willing to drive?'],
  [50, 'p', 'Columbia, maybe 2 hours'],
];
/** A Spanish frost-date question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, cuando es la ultima helada para sembrar tomates?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué ciudad o código postal está su jardín?'],
  [50, 'p', 'en Hyattsville, 20782'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'a lawyer, ice on a sidewalk for a slip-and-fall case: Climate Data Online, certified copies ordered from NCEI by e-mail',
    lines: [
      [0, 'p', 'Good morning. I represent a client in a premises liability matter and need to establish whether there was ice on the ground in Towson on the morning of January 19, 2024.'],
      [25, 'l', 'Good morning, this is Helen Park, a reference librarian with AskUsNow!. Will you need certified records for court, or is this for your own preparation?'],
      [70, 'p', 'Certified, ultimately. Opposing counsel will contest it.'],
      [90, 'l', "NOAA's Climate Data Online (ncei.noaa.gov/cdo-web) has daily observations: search Daily Summaries for the BWI Airport station and the cooperative stations nearer Towson, which give snowfall, snow depth and min/max temperature. For certified copies, order them from NCEI's customer service at ncei.orders@noaa.gov; they charge a fee. Does that answer your question?"],
      [150, 'p', "It does, thank you. That's all I needed."],
      [158, 'l', 'You are welcome. Thank you for using AskUsNow!, goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a terse adjuster, hail in Frederick County: the Storm Events Database',
    lines: [
      [0, 'p', 'need hail reports frederick co md, 5/23/24'],
      [15, 'l', 'Hi, Ray at Ask Us, Frederick County Public Libraries. Hail size, or just whether it hit?'],
      [40, 'p', 'size + location'],
      [55, 'l', 'NOAA Storm Events Database: ncdc.noaa.gov/stormevents, State MD, County Frederick, Event Type Hail, that date. Lists size and lat/long for each report. That what you need?'],
      [90, 'p', 'yep'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [114, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'warm public library, the weather on a mother\'s 80th birthday: Weather Underground history and the Sun on Newspapers.com',
    lines: [
      [0, 'p', "Hi there! Silly question maybe, my mom turns 80 next month and I want to make a card with what the weather was the day she was born. Is that possible??"],
      [25, 'l', "Not silly at all, what a lovely idea! I'm Dana, a librarian at Howard County Library System. Where and when was she born?"],
      [60, 'p', 'Baltimore, March 3 1946'],
      [75, 'l', "Let me look, one moment."],
      [150, 'l', "Found it! The daily record for Baltimore that day is in NOAA's Climate Data Online (ncei.noaa.gov/cdo-web). For something fun for the card, the Baltimore Sun's weather box for March 3 and 4, 1946 is in our Newspapers.com database at hclibrary.org/research with your library card. Is that what you were hoping for?"],
      [200, 'p', 'Oh this is perfect, thank you so much!'],
      [210, 'l', 'Is there anything else I can help you with today?'],
      [230, 'p', "No that's everything! You made my day."],
      [236, 'l', 'Happy birthday to your mom! Thanks for chatting with us.'],
    ],
    // LABEL CORRECTED: "Not silly at all, what a lovely idea! I'm Dana, …" greets nobody (no hello / hi / welcome / thanks for contacting)
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'chat-speak 8th grader, a climate change project: NASA\'s climate site and Gale In Context: Science',
    lines: [
      [0, 'p', 'hiii i need sources for my climate change project its due friday'],
      [20, 'l', "hey! I'm Kai, a student assistant with the AskUsNow! chat :) what grade are you in, and is it about causes, effects, or solutions?"],
      [50, 'p', '8th grade. effects on animals'],
      [65, 'l', "cool topic! NASA's climate site for students is at climate.nasa.gov, and our Gale In Context: Science database (samplelibrary.org/databases) has articles on climate change and wildlife at your reading level. does that help?"],
      [100, 'p', 'ya thx thats all i need'],
      [105, 'l', 'good luck on the project!! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'formal academic, Ocean City\'s hurricane history: NOAA\'s Historical Hurricane Tracks, a book, the State Climatologist by e-mail',
    lines: [
      [0, 'p', 'Good afternoon. I am writing a thesis chapter on storm surge at Ocean City, Maryland, and need the history of hurricanes that affected it since 1900.'],
      [20, 'l', "Good afternoon, and welcome to the University Libraries' Ask a Librarian service; I'm Dr. Amal Reyes, science librarian. Do you need track data you can map, or narrative accounts of the damage?"],
      [60, 'p', 'Both, ideally.'],
      [80, 'l', "For tracks, NOAA's Historical Hurricane Tracks tool at coast.noaa.gov/hurricanes lets you draw a radius around Ocean City and export every storm since 1851. For narrative accounts, David Ludlum's Early American Hurricanes and the Maryland Geological Survey's reports are in our catalogue. The Maryland State Climatologist's office at the University of Maryland also answers research questions: write to them at climate@umd.edu. Does this completely answer your question?"],
      [140, 'p', 'It does; thank you. That is all.'],
      [146, 'l', 'Glad to help, and good luck with the chapter.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the county's Office of Emergency Management named, no way to reach it: referral fails
    name: 'a home buyer, flood history of Ellicott City: FEMA\'s flood map, "you could call the county\'s Office of Emergency Management"',
    lines: [
      [0, 'p', "we're thinking of buying a house near Main Street in Ellicott City. how often does it flood?"],
      [30, 'l', "Hi, I'm Jo, a librarian at Ask Us. Do you have the street address, so I can check the flood zone?"],
      [70, 'p', '8200 block of Main St'],
      [90, 'l', "That block is in the flood zone. FEMA's Flood Map Service Center at msc.fema.gov shows it, and the 2016 and 2018 floods are in the Storm Events Database at ncdc.noaa.gov/stormevents. You could also call the county's Office of Emergency Management about their flood warning system. Does that help?"],
      [150, 'p', 'yes thanks, scary'],
      [156, 'l', 'Anything else I can help with?'],
      [170, 'p', 'no thats all'],
      [175, 'l', 'Good luck with the house hunt! Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a parent planning a trip to the 2026 eclipse: NASA\'s eclipse page, eclipse glasses at the branch',
    lines: [
      [0, 'p', 'Hello! We want to take the kids to see a total solar eclipse. When is the next one we could drive or fly to?'],
      [20, 'l', "Hi there! This is Marcus with the AskUsNow! librarians. Are you open to travelling abroad, or only in the US?"],
      [60, 'p', 'Abroad is fine if it is not too crazy'],
      [75, 'l', "Then August 12, 2026 in Spain is the next total eclipse on land you could reach easily; the next one in the lower 48 is in 2044. NASA's eclipse pages at science.nasa.gov/eclipses/future-eclipses have maps of the path. And we hand out free eclipse glasses at the branches before big eclipses. Did that help?"],
      [130, 'p', 'Yes! Spain it is. Thank you!'],
      [140, 'l', 'Anything else today?'],
      [155, 'p', 'nope, all set'],
      [160, 'l', 'Have a wonderful trip, goodbye!'],
    ],
    // reading: "nope, all set" answers the provider's question; the provider asked, so anything_else passes either way
    exp: usual(),
  },
  {
    name: 'an amateur astronomer, the Perseids from a dark site: the light pollution map, the astronomy club by its URL',
    lines: SKY.concat([
      [70, 'l', "For the Perseids you want a Bortle 3 or darker site. The light pollution map at lightpollutionmap.info shows the darkest areas within reach; Cherry Springs State Park in Pennsylvania is about 3 hours, and Sky Meadows State Park in Virginia is closer. I'd also get in touch with the Howard Astronomical League, which holds public star nights: howardastro.org. Does that help?"],
      [120, 'p', "yes that's exactly it, that's all I needed"],
      [126, 'l', 'Clear skies!'],
    ]),
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a dad, a telescope to borrow from the Library of Things: the catalogue, a hold at his branch',
    lines: [
      [0, 'p', 'do you guys lend telescopes? my son is into astronomy'],
      [20, 'l', "Hi! I'm Priya from Anne Arundel County Public Library's Ask a Librarian. We do! Which branch do you usually go to?"],
      [45, 'p', 'Severna Park'],
      [60, 'l', "Our Library of Things has Orion StarBlast telescopes: search 'telescope' in the catalogue at aacpl.net and place a hold for pickup at Severna Park. Loans are 3 weeks. Does that answer your question?"],
      [95, 'p', 'awesome, placed the hold'],
      [100, 'l', 'Anything else I can help with?'],
      [120, 'p', 'nope thats it'],
      [125, 'l', 'Enjoy the stargazing! Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'the planetarium\'s shows for a scout troop: its schedule page and its phone for group bookings',
    lines: [
      [0, 'p', 'Hi, is the planetarium showing anything this month that would suit 10 year olds? I lead a scout troop.'],
      [25, 'l', 'Hello, this is Gail at AskUsNow!. Which planetarium do you mean, the one at the Maryland Science Center?'],
      [60, 'p', 'Yes that one'],
      [70, 'l', "The Davis Planetarium's show schedule is at mdsci.org/planetarium. For a group of scouts, call the group sales office at 410-545-5927 to book. Did that help?"],
      [110, 'p', 'Great, thanks. That is everything.'],
      [116, 'l', 'Have fun with the troop! Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British English sailor, Annapolis tide tables: NOAA Tides & Currents',
    lines: [
      [0, 'p', "Hello, I'm sailing into Annapolis next week and need the tide tables, if you'd be so kind."],
      [30, 'l', "Good morning, you're through to Ask a Librarian, I'm Fiona. Which days will you be there, and do you need currents as well as heights?"],
      [80, 'p', 'The 14th to the 16th. Heights will do.'],
      [95, 'l', "Brilliant. NOAA Tides & Currents has the predictions: tidesandcurrents.noaa.gov, station 8575512 (Annapolis, US Naval Academy). Choose your dates and print the table. Is that what you needed?"],
      [140, 'p', "Spot on, cheers. That's me done."],
      [146, 'l', 'Cheers, fair winds!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, sunrise time for a wedding ceremony: the USNO tables, a hold under two minutes',
    lines: [
      [0, 'p', 'Good evening, kindly tell me the exact sunrise time at Frederick, Maryland on 8 November 2025 as our ceremony is at sunrise.'],
      [20, 'l', "Good evening! I'm Anita, a librarian with Ask a Librarian. Do you need the time of sunrise only, or also civil twilight for the photographer?"],
      [60, 'p', 'Both please, that will be very helpful'],
      [70, 'l', 'Please give me a minute while I check.'],
      [150, 'l', "The US Naval Observatory's sun and moon tables at aa.usno.navy.mil/data/RS_OneDay give, for Frederick on 8 November 2025, civil twilight at 6:15 am and sunrise at 6:43 am (Eastern Standard Time). Is this what you needed?"],
      [200, 'p', 'Yes, thank you very much. That is all.'],
      [206, 'l', 'You are welcome, and congratulations! Thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    // no "anything else?" and the patron does not say they are done
    name: 'a retiree and the winter forecast: The Old Farmer\'s Almanac at 031 OLD, NWS\'s outlook page',
    lines: [
      [0, 'p', 'Is the Farmers Almanac saying a bad winter this year? I need to decide about a snow blower.'],
      [30, 'l', "Good morning, this is Margaret, a reference librarian at Carroll County Public Library. Do you mean the Old Farmer's Almanac or the Farmers' Almanac? They're two different books."],
      [70, 'p', 'The old one I think, yellow cover'],
      [85, 'l', "The Old Farmer's Almanac 2026 is at every branch at 031 OLD; its winter forecast calls for a colder, snowier winter in the Mid-Atlantic. For a scientific outlook, the NWS Climate Prediction Center's winter outlook is at cpc.ncep.noaa.gov. Does that help?"],
      [130, 'p', 'Thank you dear.'],
      [136, 'l', 'Take care, and thank you for using Ask a Librarian.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // "ask the Master Gardeners at your county Extension office": a referral without a way to reach them
    name: 'a gardener, last frost date in Westminster: the NOAA frost/freeze table, "ask the Master Gardeners at your county Extension office"',
    lines: [
      [0, 'p', "When's the last frost in Westminster MD? Want to put my tomatoes out."],
      [25, 'l', "Hi, I'm Jo, a librarian at Ask Us. Do you want the average last frost, or the date you'd be safe from frost 9 years in 10?"],
      [60, 'p', 'the safe one'],
      [75, 'l', "NOAA's freeze/frost probability tables (ncei.noaa.gov, search 'freeze frost data') give Westminster a 90% safe date of about May 10; the average last frost is around April 25. You can also ask the Master Gardeners at your county Extension office about timing for tomatoes. Does that help?"],
      [130, 'p', 'great thanks, thats all'],
      [135, 'l', 'Happy gardening, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish: the weather the day of a car crash for the insurer, Climate Data Online',
    lines: [
      [0, 'p', 'Hola, tuve un accidente de carro y el seguro me pide prueba de que estaba lloviendo ese día. ¿Me pueden ayudar?'],
      [30, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. Claro que sí. ¿En qué ciudad y en qué fecha fue el accidente?'],
      [70, 'p', 'En Silver Spring, el 12 de septiembre de 2025'],
      [85, 'l', 'Un momento, lo busco.'],
      [160, 'l', 'Los datos diarios de lluvia están en Climate Data Online de NOAA: ncei.noaa.gov/cdo-web. Busque la estación del aeropuerto Reagan National o la de Silver Spring y la fecha. Si el seguro pide una copia certificada, se puede pedir en esa misma página. ¿Le sirve esta información?'],
      [210, 'p', 'Sí, muchas gracias'],
      [215, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [235, 'p', 'No, es todo'],
      [240, 'l', 'Gracias por usar AskUsNow!. Cuídese.'],
    ],
    exp: usual(),
  },
  {
    name: 'a long search kept informed: a 1952 wedding day\'s weather, three hold messages under two minutes apart',
    lines: [
      [0, 'p', 'My grandparents married on June 14, 1952 in Cumberland and family legend says it hailed. Can you check?'],
      [20, 'l', "Hello! I'm Sam at Ask a Librarian, Allegany County Library System. Do you know if it was in the morning or afternoon?"],
      [55, 'p', 'afternoon wedding'],
      [65, 'l', "Let me dig into the old records, bear with me."],
      [170, 'l', "Still looking, the daily data for Cumberland from 1952 is on scanned forms."],
      [280, 'l', "Nearly there, checking the newspaper too."],
      [380, 'l', "Family legend holds up! NOAA's Climatological Data for Maryland, June 1952 (scanned at ncei.noaa.gov, 'Climatological Data Publications') records a thunderstorm with small hail at Cumberland on the 14th, and the Cumberland Evening Times of June 16 mentions it; that paper is in our NewspaperArchive database at alleganylibrary.org/research. Is that what you were looking for?"],
      [430, 'p', 'Wow! yes, thank you so much, that is all'],
      [436, 'l', "You're welcome! Thanks for chatting."],
    ],
    exp: usual(),
  },
  {
    name: 'a long silent search: the average snowfall for Garrett County, four minutes without a word',
    lines: [
      [0, 'p', 'whats the average snowfall in Oakland MD? thinking of moving there'],
      [30, 'l', "Hi, welcome to Ask Us, I'm Lee. Do you want the yearly total or month by month?"],
      [55, 'p', 'yearly'],
      [300, 'l', "NOAA's 1991-2020 Climate Normals at ncei.noaa.gov/products/land-based-station/us-climate-normals list Oakland 1 SE at about 100 inches a year. Does that help?"],
      [330, 'p', 'wow ok thx'],
      [335, 'l', 'Anything else?'],
      [350, 'p', 'no'],
      [355, 'l', 'Bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'the patron vanishes after "which town?": a hurricane\'s storm surge, check-in and disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'how high was the storm surge from hurricane isabel'],
      [30, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Which town or part of the Bay are you asking about?"],
      [200, 'l', 'Are you still there?'],
      [330, 'l', "I haven't heard from you, so it looks like you've disconnected; I'll end the chat now. Feel free to chat with us again!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the patron vanishes after the answer, the provider says nothing more: a moon phase for a photo',
    lines: [
      [0, 'p', 'what phase was the moon on october 31 2020'],
      [20, 'l', 'Hello, Nadia at AskUsNow! here. Is this for a particular place? Rise times change, the phase does not.'],
      [45, 'p', 'just the phase'],
      [60, 'l', "It was a full moon, a 'blue moon' in fact. You can check any date in the USNO's moon phase tables at aa.usno.navy.mil/data/MoonPhases. Does that help?"],
    ],
    over: { endAfter: 400 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'a climate question for the State Climatologist: first sources now, an e-mail with the data by Friday (Follow-up by me)',
    lines: [
      [0, 'p', "Hi, I'm with a watershed group and we need the number of days over 95°F each summer in Hagerstown since 1950."],
      [20, 'l', "Hi, I'm Sam, a librarian at the Enoch Pratt Free Library's Ask a Librarian. Do you need it as a table you can chart, or just the trend?"],
      [60, 'p', 'a table, we want to make a chart for a grant'],
      [75, 'l', "One moment, let me check what's online."],
      [170, 'l', "NOAA's Climate Data Online (ncei.noaa.gov/cdo-web) has the daily highs, but Hagerstown's record has gaps and station moves. I'd like to put the table together properly for you, with the State Climatologist's help. I can e-mail it to you by Friday. What's your e-mail?"],
      [200, 'p', 'rita.watershed@example.org'],
      [210, 'l', 'Thanks, rita.watershed@example.org. Does the Climate Data Online link help for now?'],
      [240, 'p', 'yes, thanks, that is all for now'],
      [246, 'l', "You're welcome, watch for my e-mail Friday. Bye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Rita', email: 'rita.watershed@example.org', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // a promise ("I'll keep looking and send it") under an Answered code, no e-mail, no time
    name: 'a 1933 storm\'s damage at Crisfield: the Storm Events Database starts in 1950, "I\'ll keep looking and send you what I find" coded Answered',
    lines: [
      [0, 'p', 'looking for what the 1933 hurricane did to Crisfield, my family had a crab house there'],
      [20, 'l', "Hello, I'm Jo, a librarian at Ask Us. Are you after photos, or written accounts?"],
      [50, 'p', 'anything really'],
      [65, 'l', 'Checking now, one moment.'],
      [150, 'l', "The Storm Events Database (ncdc.noaa.gov/stormevents) only starts in 1950, so it won't have it. I'll keep looking and send you what I find. Does that help for now?"],
      [190, 'p', 'ok thanks'],
      [195, 'l', "You're welcome, bye!"],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a meteorite find: transfer to the science librarian (notice, internal note), the Meteoritical Bulletin, the Smithsonian by e-mail',
    lines: [
      [0, 'p', "I think I found a meteorite in my field. How do I find out if it's real?"],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it heavy for its size, and does a magnet stick to it?'],
      [50, 'p', 'yes very heavy, and magnet sticks'],
      [60, 'l', "Our science librarian Rosa knows meteorites well. I'm transferring you to her now, one moment."],
      [62, 'i', 'Rosa: patron may have a meteorite, heavy and magnetic, wants to know how to verify. Over to you.'],
      [65, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [80, 'l', 'Hi, Rosa here, science librarian. Does it have a dark, thin crust on the outside?', ROSA],
      [110, 'p', 'kind of black and shiny in spots'],
      [130, 'l', "Promising! The Meteoritical Bulletin Database at lpi.usra.edu/meteor lists known finds, and the Smithsonian's Division of Meteorites will examine suspected ones: write to them at meteorites@si.edu with photos. Does that answer your question?", ROSA],
      [180, 'p', 'yes this is great'],
      [190, 'l', 'Anything else I can help you with?', ROSA],
      [210, 'p', "no that's all"],
      [215, 'l', 'Thanks for chatting, good luck!', ROSA],
    ],
    exp: usual({ transfer: 'pass', referral: 'pass' }),
  },
  {
    name: 'dismissal: "we only allow two questions per chat" after a sunset answer',
    lines: [
      [0, 'p', 'what time is sunset in ocean city on july 4'],
      [20, 'l', 'Hi, Jo at AskUsNow!. This year?'],
      [40, 'p', 'yes'],
      [55, 'l', 'Sunset in Ocean City on July 4 is at 8:29 pm (timeanddate.com/sun/usa/ocean-city). Does that help?'],
      [90, 'p', 'ok and when are the fireworks? and high tide?'],
      [100, 'l', 'Sorry, we only allow two questions per chat. Thanks for using AskUsNow!.'],
      [120, 'p', 'wow ok'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'scripted macros, a tornado in Charles County: the NWS Sterling forecast office by its web page',
    lines: [
      [0, 'p', 'was the thing that hit La Plata last spring officially a tornado? my neighbor says it was just wind'],
      [10, 'l', 'Thank you for contacting Ask a Librarian. A librarian will be with you shortly.'],
      [40, 'l', 'Hello, my name is Chris. I am a librarian with Charles County Public Library. Do you know the date it happened?'],
      [80, 'p', 'april 2025 i think, mid month'],
      [95, 'l', "The NWS Baltimore/Washington forecast office surveys storm damage and rates tornadoes. Their storm reports are at weather.gov/lwx, and you can contact the office through that page to ask about a specific event. The Storm Events Database (ncdc.noaa.gov/stormevents) will list it too once it's final. Does this completely answer your question?"],
      [150, 'p', 'yes thank you'],
      [155, 'l', 'Is there anything else I can help you with today?'],
      [175, 'p', 'no thats all'],
      [180, 'l', 'Thank you for using Ask a Librarian. Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian English tourist, the Milky Way in Shenandoah: the park\'s night sky programs',
    lines: [
      [0, 'p', "G'day, I'm over from Brisbane and keen to see the Milky Way while I'm in the States. Anywhere near DC? Cheers"],
      [40, 'l', "Hi there, Sam from Ask a Librarian here. When are you visiting? The Milky Way's core is best from about May to September."],
      [80, 'p', 'Mid July, for a fortnight'],
      [95, 'l', "Perfect timing. Shenandoah National Park is about 2 hours away and runs night sky programs at Big Meadows in summer: see nps.gov/shen/planyourvisit/night-sky.htm. Go near the new moon (around July 14 this year). Does that help?"],
      [140, 'p', "Legend, thanks mate. That's all from me."],
      [145, 'l', 'No worries, enjoy the stars!'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native writer, wind on the day of roof damage for the insurance: Storm Events and the ASOS wind data',
    lines: [
      [0, 'p', 'Hello, the wind broke my roof on 10 March and insurance company say they need proof of strong wind. Where I can find?'],
      [30, 'l', "Hello and welcome! I'm Olena, a librarian at Ask Us, Montgomery County Public Libraries. Which town do you live in, and was it 10 March this year?"],
      [80, 'p', 'Gaithersburg, yes this year'],
      [95, 'l', "The Storm Events Database lists high wind reports by county: ncdc.noaa.gov/stormevents, Montgomery County. The hourly wind gusts measured at Gaithersburg airport are in Climate Data Online (ncei.noaa.gov/cdo-web), 'Local Climatological Data'. Is this helpful?"],
      [170, 'p', 'Yes, thank you very much, is all I need'],
      [180, 'l', 'You are welcome, good luck! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    name: 'a sloppy student worker: "hey! try weather.gov", no name, no question',
    lines: [
      [0, 'p', 'how much rain did Salisbury get in hurricane Ida?'],
      [25, 'l', 'hey!'],
      [30, 'l', 'try weather.gov, they have that stuff'],
      [60, 'p', 'ok'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'the patron left at once: solar eclipse glasses, pickup after 90 s, a check-in and the disconnect notice',
    lines: [
      [0, 'p', 'do you have eclipse glasses'],
      [90, 'l', 'Hi, this is Jo with AskUsNow!. Thanks for waiting.'],
      [220, 'l', 'Are you still there?'],
      [400, 'l', "It seems we've been disconnected. I'm ending this chat now; please start a new one if you still need help. Goodbye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // the answer comes in the first message, no question before it
    name: 'the Geminids tonight: the answer first, no question before it',
    lines: [
      [0, 'p', 'when do the geminids peak this year'],
      [18, 'l', "Hi! I'm Carmen from Ask a Librarian. The Geminids peak the night of December 13-14; the American Meteor Society's calendar at amsmeteors.org/meteor-showers has the details. Did that help?"],
      [60, 'p', 'yes, what time is best?'],
      [70, 'l', "After about 10 pm, best around 2 am when the radiant is highest. Anything else?"],
      [90, 'p', 'nope thats all'],
      [95, 'l', 'Clear skies! Bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // info.source: an organisation or app named without a way to reach it is not a source
  { name: '"NOAA keeps those records." (no way to reach it): no source', lines: then(WX, 'NOAA keeps those records. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: '"Try the SkyView app." (an app, no way to reach it): no source', lines: then(SKY, 'Try the SkyView app, it shows you what is overhead. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: '"Stellarium at stellarium.org": a source', lines: then(SKY, 'Stellarium at stellarium.org is a free planetarium program for your computer. Does that help?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"The Old Farmer\'s Almanac, at 031 OLD" (a book): a source', lines: then(WX, "The Old Farmer's Almanac for that year, at 031 OLD in the reference section, has the month's weather. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"Nightwatch by Terence Dickinson" (a book): a source', lines: then(SKY, 'Nightwatch by Terence Dickinson is the classic beginner guide; we have it at 523 DIC. Did that help?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"Climate Data Online at ncei.noaa.gov/cdo-web": a source', lines: then(WX, "NOAA's Climate Data Online at ncei.noaa.gov/cdo-web has the daily records. Is that what you needed?"), exp: some({ source: 'pass', complete: 'pass', referral: 'na' }) },
  { name: 'the Storm Events Database by name only (a named database): a source', lines: then(WX, "The Storm Events Database has it, search Baltimore County for that date. Is this what you were looking for?"), exp: some({ source: 'pass', complete: 'pass' }) },
  // referral.contact
  { name: '"call the county\'s Office of Emergency Management" (no contact): referral fails', lines: then(WX, "Climate Data Online (ncei.noaa.gov/cdo-web) has the data. You could also call the county's Office of Emergency Management. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call the county\'s Office of Emergency Management at 410-887-5996": referral passes', lines: then(WX, "Climate Data Online (ncei.noaa.gov/cdo-web) has the data. You could also call the county's Office of Emergency Management at 410-887-5996. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"contact the State Climatologist\'s office" (no contact): referral fails', lines: then(WX, "Climate Data Online (ncei.noaa.gov/cdo-web) has the data, and for an expert opinion contact the State Climatologist's office. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"the State Climatologist: climate@umd.edu": referral passes', lines: then(WX, "Climate Data Online (ncei.noaa.gov/cdo-web) has the data, and for an expert opinion contact the State Climatologist's office at climate@umd.edu. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"check with your local NWS forecast office" (no contact): referral fails', lines: then(WX, "Climate Data Online (ncei.noaa.gov/cdo-web) has the data; for the storm survey, check with your local NWS forecast office. Does that help?"), exp: some({ referral: 'fail' }) },
  // LABEL CORRECTED (reading): "join" is none of RUBRIC.md's "contact or visit … (call, write to, ask or visit them)"
  { name: '"join a local astronomy club" (no club named, no contact): no referral', lines: then(SKY, 'The map at lightpollutionmap.info shows dark sites. You might also join a local astronomy club; they hold star parties at dark sites. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"the planetarium staff would know, give them a call" (no contact): referral fails', lines: then(SKY, 'The planetarium staff would know the best spots, give them a call. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the planetarium at 410-555-0142": referral passes', lines: then(SKY, 'Call the planetarium at 410-555-0142, they run dark-sky trips. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish: "llame a la oficina de Extensión del condado" (no contact): referral fails', lines: thenEs('La fecha segura es alrededor del 5 de mayo según la tabla de NOAA en ncei.noaa.gov. También puede llamar a la oficina de Extensión de la Universidad de Maryland en su condado. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'Spanish: "llame a la oficina de Extensión del condado al 301-590-9638": referral passes', lines: thenEs('La fecha segura es alrededor del 5 de mayo según la tabla de NOAA en ncei.noaa.gov. También puede llamar a la oficina de Extensión de la Universidad de Maryland en su condado al 301-590-9638. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass', complete: 'pass' }) },
  // inquiry.clarify: the question before the source
  {
    name: '"Which town?" asked after the source was given: clarify fails',
    lines: [
      [0, 'p', 'what was the high temperature on july 4 1976'],
      [20, 'l', "Hi, Jo at Ask Us. NOAA's Climate Data Online (ncei.noaa.gov/cdo-web) has daily highs. Which town?"],
      [50, 'p', 'Baltimore'],
      [65, 'l', 'Baltimore hit 91°F that day. Does that help?'],
      [90, 'p', "yes that's all, thanks"],
      [95, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass', anything: 'pass' }),
  },
  {
    name: 'a restatement before the source ("So you need the rainfall for Salisbury on that date"): clarify passes',
    lines: [
      [0, 'p', 'i need how much rain fell in salisbury md on aug 6 2020'],
      [20, 'l', "Hi, Jo at Ask Us. So you need the rainfall total for Salisbury on August 6, 2020. I'll check."],
      [80, 'l', "Climate Data Online (ncei.noaa.gov/cdo-web) shows 2.4 inches at Salisbury airport that day. Does that help?"],
      [110, 'p', 'yes thanks'],
      [116, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', informed: 'pass' }),
  },
  // followup.completeness: a question about something not yet given does not count
  { name: '"Would a certified copy be what you need?" (not yet given): completeness fails', lines: then(WX, "Climate Data Online (ncei.noaa.gov/cdo-web) has the daily records. Would a certified copy be what you need for court?"), exp: some({ complete: 'fail', source: 'pass' }) },
  { name: '"Is that the kind of data you were after?": completeness passes', lines: then(WX, "Climate Data Online (ncei.noaa.gov/cdo-web) has the daily records. Is that the kind of data you were after?"), exp: some({ complete: 'pass' }) },
  // closing.anything_else: the patron says explicitly that they are done
  {
    name: 'the patron: "that\'s everything I needed for the project" : anything_else passes',
    lines: [...WX, [70, 'l', 'Climate Data Online (ncei.noaa.gov/cdo-web) has it. Does that help?'], [100, 'p', "yes, that's everything I needed for the project"], [106, 'l', 'Take care, bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'the patron: "ok cool ty" only: anything_else fails',
    lines: [...WX, [70, 'l', 'Climate Data Online (ncei.noaa.gov/cdo-web) has it. Does that help?'], [100, 'p', 'ok cool ty'], [106, 'l', 'Take care, bye!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  // closing.courteous: a parting wish to an astronomer
  {
    name: '"Clear skies!" as the last message: courteous passes',
    lines: [...SKY, [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'], [100, 'p', "yes that's all thanks"], [106, 'l', 'Clear skies!']],
    exp: some({ courteous: 'pass', anything: 'pass' }),
  },
  // interest.keep_informed: "take your time" is not a hold
  {
    name: '"Take your time" then 3 minutes before the patron answers: not a wait on the provider',
    lines: [
      [0, 'p', 'what were the temperatures the week my garden froze'],
      [20, 'l', 'Hi, Jo at Ask Us. Which town and which week? Take your time, check your notes.'],
      [200, 'p', 'Frederick, the week of April 7 2025'],
      [215, 'l', 'Climate Data Online (ncei.noaa.gov/cdo-web) has the daily lows for Frederick. Does that help?'],
      [240, 'p', 'yes thanks'],
      [245, 'l', 'Bye!'],
    ],
    exp: some({ informed: 'pass', clarify: 'pass' }),
  },
  // (fix clearSkiesZ6) the astronomers' sign-off in other words
  {
    name: '"Clear skies and happy observing!" as the last message: courteous passes',
    lines: [...SKY, [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'], [100, 'p', 'yes perfect'], [106, 'l', 'Clear skies and happy observing!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Wishing you clear skies!" as the last message: courteous passes',
    lines: [...SKY, [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'], [100, 'p', 'yes perfect'], [106, 'l', 'Wishing you clear skies!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Good luck with the Perseids. Clear skies, Marcus!" as the last message: courteous passes',
    lines: [...SKY, [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'], [100, 'p', 'yes perfect'], [106, 'l', 'Good luck with the Perseids. Clear skies, Marcus!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'the patron silent after the answer, "Clear skies!" sent 60 s later ends the idle: no check-in needed',
    lines: [...SKY, [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'], [130, 'l', 'Clear skies!']],
    over: { endAfter: 300 },
    exp: some({ courteous: 'pass', idle: 'na', disconnect: 'na' }),
  },
  // (fix subjectTopicZ6) a topic word after the party shared with an earlier source's name lends no URL
  { name: '"The Climate Prediction Center has the outlook at cpc.ncep.noaa.gov. Ask your county Extension office about the climate outlook for planting." : referral fails', lines: then(WX, 'The Climate Prediction Center has the outlook at cpc.ncep.noaa.gov. Ask your county Extension office about the climate outlook for planting. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"NASA\'s Eclipse Center at science.nasa.gov/eclipses has maps. Call the Science Center\'s planetarium about eclipse viewing nights." : referral fails', lines: then(SKY, "NASA's Eclipse Center at science.nasa.gov/eclipses has the maps. Call the Maryland Science Center's planetarium office about eclipse viewing nights. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"The Tide Prediction Service at tidesandcurrents.noaa.gov … check with the harbormaster\'s office about tide levels" : referral fails', lines: then(WX, "NOAA's Tide Prediction Service at tidesandcurrents.noaa.gov has the tables. For the marina, check with the harbormaster's office about tide levels on the dock. Does that help?"), exp: some({ referral: 'fail' }) },
];

/** A stargazing session whose last provider message is `last` (the one before it thanks nobody). */
const skyLast = (last: string): Line[] => [
  ...SKY,
  [70, 'l', 'The map at lightpollutionmap.info shows dark sites. Does that help?'],
  [100, 'p', 'yes. what about the weather saturday?'],
  [110, 'l', last],
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // clearSkiesZ6: "clear skies" as the weather, advice, not the last sentence, no "!"
  { name: 'near miss: "Clear skies are forecast for Saturday, so go then." : courteous fails', lines: skyLast('Clear skies are forecast for Saturday, so go then.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "You need clear skies! Check cleardarksky.com first." : courteous fails', lines: skyLast('You need clear skies! Check cleardarksky.com first.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "Clear skies! That is what the NWS says for Saturday." : courteous fails', lines: skyLast('Clear skies! That is what the NWS says for Saturday.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "The forecast says clear skies." : courteous fails', lines: skyLast('The NWS forecast at weather.gov/lwx says clear skies.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "Clear skies? Not this weekend, sadly." : courteous fails', lines: skyLast('Clear skies? Not this weekend, sadly, rain is coming.'), exp: some({ courteous: 'fail' }) },
  { name: 'near miss: "Partly cloudy, clear skies after midnight!" : courteous fails', lines: skyLast('Partly cloudy, then clear skies after midnight!'), exp: some({ courteous: 'fail' }) },
  // subjectTopicZ6: the URL still the party's when the party's own word (or a pronoun) points back to it
  { name: 'near miss: "The Maryland Flood Office explains permits at flood.maryland.gov. Call the Flood Office about a permit." : referral passes', lines: then(WX, 'The Maryland Flood Office explains permits at flood.maryland.gov. Call the Flood Office about a permit. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The Storm Prediction Center posts outlooks at spc.noaa.gov. Contact the Storm Prediction Center about a specific tornado." : referral passes', lines: then(WX, 'The Storm Prediction Center posts outlooks at spc.noaa.gov. Contact the Storm Prediction Center about a specific tornado. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The Howard Astronomical League lists star nights at howardastro.org. Ask the League about loaner telescopes." : referral passes', lines: then(SKY, 'The Howard Astronomical League lists its star nights at howardastro.org. Ask the League about loaner telescopes. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The NWS Sterling office posts storm surveys at weather.gov/lwx. Contact the Sterling office about their survey of your street." : referral passes', lines: then(WX, 'The NWS Sterling office posts storm surveys at weather.gov/lwx. Contact the Sterling office about their survey of your street. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The CFPB explains overdraft rules at consumerfinance.gov. File a complaint with the CFPB about the fee." : referral passes', lines: then(WX, 'The CFPB explains overdraft rules at consumerfinance.gov. File a complaint with the CFPB about the fee. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The Planetarium Office books groups at mdsci.org/planetarium. Call the planetarium office regarding a scout visit." : referral passes', lines: then(SKY, 'The Planetarium Office books groups at mdsci.org/planetarium. Call the planetarium office regarding a scout visit. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirty-third round (Z6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (Z6): skies, every check', whole);
describeSessions('thirty-third round (Z6): skies, short cases', short);
describeSessions('thirty-third round (Z6): skies, near misses of the changes', guards);

describeLeft('thirty-third-round-skies', LEFT);
