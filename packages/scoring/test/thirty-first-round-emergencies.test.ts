/**
 * Thirty-first round, area (O1): EMERGENCIES AND DISASTERS. A storm coming, power outages (branches open as warming or
 * cooling centres, charging), flood and fire insurance claims, FEMA disaster assistance (disasterassistance.gov,
 * 800-621-3362), documents lost in a fire, boil-water notices, evacuation zones, sandbags, heat, the county's emergency
 * management office, the Red Cross, 211, the utility's outage line, library closures for weather and due dates; patrons
 * worried, on a dying phone, cut off mid-chat; providers calm and quick, some reading a closure macro, some saying "call 911
 * if you are in danger" (referral.contact, info.source, interest.keep_informed, session.*, closing.*, followup.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "call your power company's outage line", "contact the Red
 *   Cross for emergency lodging", "reach out to your county's Office of Emergency Management", "your insurance agent can
 *   tell you what is covered", "you'd have to call the county", "llame a la línea de apagones de su compañía eléctrica".
 *  a referral WITH one (passes): "call 911 if you are in danger", "dial 211", "report it to BGE at 877-778-2222", "call
 *   FEMA's helpline at 800-621-3362", "ring Floodline on 0345 988 1188", "the Red Cross at 1-800-733-2767", "pick them up
 *   at the Public Works yard, 3 Elm Rd", "llame al 911 si está en peligro".
 *  a source, not a referral: "apply at disasterassistance.gov", "the advisories are at wsscwater.com/advisories", "Know Your
 *   Zone at mdem.maryland.gov/knowyourzone", "updates at library.carr.org", "the Red Cross shelter list at redcross.org".
 *  the patron vanishing: "Are you still there?", "you still with me? your battery may have died", "It looks like we got
 *   disconnected, so I'll close this chat. Stay safe, and chat with us again anytime."
 *  the patron done: "thats all i needed, phone's dying", "that's everything, stay safe"; not done: "ok thx", "brb battery".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "call 911" / "dial 211" tells the patron to contact an organisation (emergency services, the 211 helpline), and the
 *   number is the way to reach it: a referral that passes;
 * - branches "open as warming centres until 9" says where help is, it tells no one to go: no referral; an answer, not a
 *   source, when no URL or named resource comes with it;
 * - a closure macro with the library's URL gives a source; it asks nothing, so a closure macro first is no clarifying;
 * - "Stay safe!" alone is a parting wish, but every case here pairs it with thanks or a goodbye;
 * - a patron's "brb, battery" is not done; "thats all i needed, phone's dying" is;
 * - 911 given in the provider's first message is a phone contact for a referral, so that message gives a source and a
 *   question after it does not clarify;
 * - "pick them up at the Public Works yard, 935 Spa Road" tells the patron to visit a city department: a referral.
 * Written: 32 whole sessions (29 first, 3 more for the fixes; 2 of the first moved to LEFT, so 30 run), 29 short cases (24
 * first, 5 more; 1 moved to LEFT, so 28 run), 13 near misses in `guards`, all labelled before the scorer ran. First run: 6
 * of 83 tests failed on 6 statuses: approachability.greeting 1 ("I'm so sorry about your home. I'm Gwen…" greets no one)
 * and session.disconnect_notice 1 (a notice that says the patron seems gone but not that the chat will end), both MY labels
 * (corrected); referral.contact 4, the scorer's: "you'd have to call the county for that" and "Llame a la línea de apagones
 * de su compañía eléctrica" read as no referral (fixed below), the sandbag yard read as no referral and the county's URL in
 * the next sentence read as the power company's (both LEFT). The fix sessions' first run: 1 more referral.contact ("Check
 * with the county first, then apply at disasterassistance.gov": FEMA's URL read as the county's; LEFT). Fixed in block O1:
 *  - referralParty (phrase family, v32 only): "the county" / "the city" as the government, when a preposition or the clause's
 *    end follows ("you'd have to call the county for that", "ask the city about curbside pickup", "contact the city
 *    directly", "call the county at 410-887-3000") [near misses: "Drive out of the city before the storm", "the only library
 *    system in the county, so check …", "Most shelters in the city are full", "Evacuate the city now", "Power is out across
 *    the city, so check the outage map", "Sandbag points across the county are listed at …", and the provider consulting
 *    them: "I checked with the city this morning", "We called the county and they confirmed", "I asked the county about it
 *    earlier"]; and the utility in Spanish,
 *    "compañía eléctrica / de luz / de gas / de agua", "línea de apagones / averías", unless it is the map's, page's, bill's
 *    or account's ("Llame a la compañía de luz para reportar el apagón", "comuníquese con su compañía eléctrica", "Llame a
 *    su compañía de luz al 1-877-737-2662") [near misses: "Visite el mapa de la compañía de luz en pepco.com/outages", "La
 *    compañía eléctrica dice que la luz vuelve mañana", "Revise la factura de su compañía eléctrica", "Según la compañía de
 *    gas, no hay fugas"].
 * Left: 3 (each with its reason at the case): the sandbag yard visited with its address (a "pick up at <place>" widening
 * would read "pick up your holds at Central"); a later sentence's URL that names its own party (the county) given to the
 * power company; a URL after ", then apply at" in the referral's sentence given to the party.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A storm and outage question up to the patron's answer to the clarifying question. */
const STORM: Line[] = [
  [0, 'p', 'the storm knocked our power out and a tree is down on the line. what do we do'],
  [20, 'l', "Hi, I'm Jo with AskUsNow! Are you somewhere safe right now, and which county are you in?"],
  [50, 'p', 'yes we are ok, baltimore county'],
];
/** A flood question up to the patron's answer. */
const FLOOD: Line[] = [
  [0, 'p', 'our basement flooded in the storm, can we get help paying for it'],
  [20, 'l', 'Hello, Jo at Ask Us here. Do you have flood insurance, and is your county in a declared disaster area?'],
  [50, 'p', 'no flood insurance. i think the county was declared'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
const NOTHING_ELSE_NA = { informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' } as const;

export const whole: SessionCase[] = [
  {
    // reading: branches "open as warming centers" says where help is, it tells no one to go; the county's list is a source
    name: 'warm public library, a power outage in January: branches open as warming centres, the county\'s list',
    lines: [
      [0, 'p', 'Hi, our power has been out since last night and the house is getting really cold. Are any libraries open where we can warm up and charge our phones?'],
      [25, 'l', "Hi there, I'm so sorry you're dealing with that! This is Maureen, a librarian at Baltimore County Public Library. Which part of the county are you in, so I can find the closest one?"],
      [60, 'p', 'Perry Hall'],
      [72, 'l', 'Let me check which branches have power today, one moment.'],
      [130, 'l', 'The Perry Hall and White Marsh branches are both open until 9 tonight as warming centers, with outlets for charging. The county keeps the full list of warming centers, with hours, at baltimorecountymd.gov/warmingcenters. Does that help?'],
      [175, 'p', 'Yes! Thank you so much.'],
      [182, 'l', 'Is there anything else I can help with?'],
      [200, 'p', "No, that's everything. Thank you!"],
      [207, 'l', 'Stay warm, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, reporting an outage: BGE\'s outage line and map',
    lines: [
      [0, 'p', 'power out 6 hrs. who do i call'],
      [14, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Is your utility BGE?'],
      [35, 'p', 'yes'],
      [42, 'l', 'Report it to BGE at 877-778-2222 or at bge.com/outage; the outage map there gives the restoration estimate for your street. That what you need?'],
      [70, 'p', 'yep. phone at 10% thats all i needed'],
      [75, 'l', 'Thanks for chatting. Stay safe.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron's battery dies after the answer: a check-in, then a notice that invites back
    name: 'chat-speak, cooling centres in a heat wave, the patron cut off: check-in, then the disconnect notice',
    lines: [
      [0, 'p', 'is there anywhere w ac open rn its 100 degrees in my apt'],
      [18, 'l', "hi! I'm Kai with the AskUsNow! chat :) what city are u in?"],
      [40, 'p', 'baltimore city. phone almost dead'],
      [46, 'l', 'ok, checking real quick'],
      [95, 'l', "Baltimore City's cooling centers for today are listed at health.baltimorecity.gov/coolingcenters, most open til 7pm. does that help?"],
      [250, 'l', 'are you still there?'],
      [400, 'l', "It looks like we got disconnected, so I'll close this chat. Stay cool, and chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "call your insurance company first" tells the patron to contact a party with no way to reach it
    name: 'formal, FEMA assistance after a flood: disasterassistance.gov and the helpline, "call your insurance company first": referral fails',
    lines: [
      [0, 'p', 'Good afternoon. Our home in Ellicott City was flooded on Sunday. How do we apply for federal disaster assistance?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! My name is Elaine, a librarian with Howard County Library System. Do you have homeowners or flood insurance on the house?'],
      [80, 'p', 'We have homeowners insurance, but no flood policy.'],
      [92, 'l', 'Thank you. One moment while I gather the FEMA details.'],
      [160, 'l', "You may apply for FEMA Individual Assistance online at disasterassistance.gov or by calling the FEMA helpline at 800-621-3362. Before applying, please call your insurance company and file a claim, as FEMA will ask for the insurer's decision letter. Does this answer your question?"],
      [230, 'p', 'Yes, thank you. That is all we need for now.'],
      [240, 'l', 'You are most welcome. I hope your recovery goes quickly. Thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'warm, documents lost in a house fire: sympathy but no greeting; Vital Records, ssa.gov, and the Red Cross with its phone',
    lines: [
      [0, 'p', 'We lost everything in a house fire last week including birth certificates and social security cards. Where do I even start?'],
      [28, 'l', "I'm so sorry about your home. I'm Gwen, a librarian at Enoch Pratt Free Library, and I'll help you sort it out. Were you all born in Maryland?"],
      [75, 'p', 'Me and the kids yes. My husband was born in Ohio.'],
      [85, 'l', 'Thank you. Give me a minute to pull the links together.'],
      [170, 'l', "Here's where to start: Maryland birth certificates can be ordered at health.maryland.gov/vsa (Division of Vital Statistics); for your husband, Ohio's are at odh.ohio.gov/vitalstatistics. Social Security cards are replaced at ssa.gov/number-card. If you still need a place to stay or clothes, the Red Cross helps families after a fire: call them at 1-800-733-2767. Is that what you were looking for?"],
      [240, 'p', 'Yes, thank you so much for your kindness.'],
      [248, 'l', 'Of course. Is there anything else I can help you with?'],
      [275, 'p', 'No that is all.'],
      [282, 'l', 'Please take care of yourselves, and thank you for chatting with us.'],
    ],
    // my first label was pass: "I'm so sorry about your home. I'm Gwen…" and "Thank you." (for the answer) greet no one
    exp: usual({ greeting: 'fail', referral: 'pass' }),
  },
  {
    name: 'terse, a boil-water notice: WSSC\'s advisories page',
    lines: [
      [0, 'p', 'is there a boil water notice in laurel'],
      [12, 'l', 'Hi, Ray at Ask Us. Is your water from WSSC?'],
      [30, 'p', 'yes wssc'],
      [44, 'l', 'WSSC Water posts advisories at wsscwater.com/advisories; as of 2 pm there is one for parts of 20707. Boil water for 1 minute before drinking. That answer it?'],
      [70, 'p', 'yep thats all thx'],
      [74, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "if you are told to evacuate and cannot leave, call 911" refers to emergency services, 911 the way to reach them
    name: 'a hurricane coming, evacuation zones in Ocean City: Know Your Zone, "call 911 if you cannot leave": referral passes',
    lines: [
      [0, 'p', 'hurricane is supposed to hit thursday, how do i know if i have to evacuate? im in ocean city'],
      [20, 'l', 'Hello, this is Tom at Ask Us, Howard County Library System. Are you a resident there, or visiting?'],
      [45, 'p', 'we live here year round'],
      [60, 'l', "Maryland's Know Your Zone map at mdem.maryland.gov/knowyourzone shows your evacuation zone (A, B or C) by address, and Worcester County posts the orders and routes at co.worcester.md.us/emergency. If you are told to evacuate and cannot leave, call 911. Does that help?"],
      [110, 'p', 'yes we are zone A. thank you'],
      [118, 'l', 'Anything else I can help with?'],
      [130, 'p', 'no thats it'],
      [135, 'l', 'Stay safe, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: a closure macro first asks nothing (clarify fails) and asks no completeness; the URL is a source
    name: 'closure macro in a snowstorm: all branches closed, due dates extended, the library\'s site',
    lines: [
      [0, 'p', 'are you guys open today? my books are due'],
      [15, 'l', 'Hello, this is Ask a Librarian at Carroll County Public Library. Due to the winter storm, all branches are CLOSED today, Tuesday, January 6. Items due while we are closed have been extended to Monday, January 12, and no late fees will be charged. For updates, visit library.carr.org.'],
      [45, 'l', 'Is there anything else I can help you with?'],
      [70, 'p', 'no thats all, stay safe!'],
      [76, 'l', 'You too! Thanks for chatting.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail' }),
  },
  {
    name: 'a daughter worried about her father in a heat wave: the cooling centres, the Office on Aging with its phone, 911',
    lines: [
      [0, 'p', 'My dad is 82 and his air conditioner broke. It is supposed to be 101 tomorrow. What can he do? He lives alone in Rockville.'],
      [25, 'l', "Hello, I'm Lee, a librarian at Montgomery County Public Libraries. I'm sorry, that's worrying. Can he get out of the house on his own, or would he need a ride?"],
      [70, 'p', 'He can drive but he is stubborn about going anywhere.'],
      [80, 'l', 'Thank you. Let me look up the cooling options and help for seniors.'],
      [150, 'l', "Montgomery County lists its cooling centers at montgomerycountymd.gov/heat (the Rockville Senior Center is one, open 9 to 5). For help getting a fan or an AC repair, call the county's Aging and Disability Resource Unit at 240-777-3000. And if he feels dizzy, confused or stops sweating, call 911 right away. Is that what you needed?"],
      [220, 'p', 'Yes, that is very helpful. That is everything. Thank you.'],
      [228, 'l', "You're welcome, I hope he stays cool. Thanks for chatting with us!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a fire insurance claim being stalled: the Maryland Insurance Administration with site and phone, the United Policyholders guide',
    lines: [
      [0, 'p', 'my insurance company keeps stalling on my fire claim, its been 3 months. who can i complain to'],
      [20, 'l', 'Hi, Dana here with AskUsNow! Is the house in Maryland, and is it homeowners insurance?'],
      [45, 'p', 'yes both'],
      [52, 'l', 'Looking that up, one moment.'],
      [120, 'l', 'You can file a complaint with the Maryland Insurance Administration at insurance.maryland.gov/consumer or by phone at 410-468-2000. The nonprofit United Policyholders has a guide to fire claims, with sample letters, at uphelp.org/claim-guidance. Does that help?'],
      [170, 'p', 'yes thanks, thats all i needed'],
      [176, 'l', 'Good luck with the claim, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // sloppy: a late pickup, no name, no question, "call the county" with no way to reach it, the patron's "ok" last
    name: 'sloppy: sandbags, a late pickup, "you\'d have to call the county", no source, no goodbye',
    lines: [
      [0, 'p', 'where do i get sandbags'],
      [95, 'l', 'hi'],
      [100, 'l', "you'd have to call the county for that"],
      [130, 'p', 'which number'],
      [142, 'l', 'not sure, try their website'],
      [160, 'p', 'ok'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    // a follow-up: pet-friendly shelters; e-mail given in the chat, "by 6 pm today" promised
    name: 'follow-up: pet-friendly evacuation shelters; the provider will e-mail the list by 6 pm today',
    lines: [
      [0, 'p', 'If we have to evacuate for the hurricane, are there shelters that take dogs? We have two big ones.'],
      [22, 'l', 'Hi, this is Rosa with Ask Us at Sample County Library. Which county would you be leaving from?'],
      [55, 'p', 'Somerset County'],
      [65, 'l', "The state's shelter page is at mdem.maryland.gov/shelters, but Somerset hasn't posted this storm's pet-friendly shelters yet. Does that page help for now?"],
      [110, 'p', 'Kind of, but I need to know about the dogs.'],
      [118, 'l', "I'll call Somerset's emergency office this afternoon and e-mail you the pet-friendly list by 6 pm today. What e-mail should I use?"],
      [150, 'p', 'it is tanya.b@example.com'],
      [158, 'l', 'Thank you, tanya.b@example.com it is. Anything else for now?'],
      [175, 'p', 'No, that is all. Thank you!'],
      [182, 'l', "You're welcome. Stay safe, and look for my e-mail by 6. Goodbye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Tanya', email: 'tanya.b@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // a follow-up with no time said: contact fails
    name: 'follow-up without a time: FEMA appeal letters, "I\'ll send you some samples" : contact fails',
    lines: [
      [0, 'p', 'FEMA denied my claim for the roof. can i appeal?'],
      [20, 'l', 'Hi, Jo at Ask Us here. Did the letter give a reason, like insufficient damage or insurance?'],
      [55, 'p', 'it says insufficient damage'],
      [65, 'l', "Yes, you can appeal within 60 days of the letter. FEMA's appeal steps are at fema.gov/assistance/individual/appeals. Does that help?"],
      [110, 'p', 'yes but i dont know how to write it'],
      [118, 'l', "I'll find some sample appeal letters and send them to you. What's your e-mail?"],
      [140, 'p', 'mike.r@example.com'],
      [146, 'l', 'Got it. Anything else?'],
      [160, 'p', 'no thats all thanks'],
      [165, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'mike.r@example.com', phone: null } },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    // a transfer to the county's own librarian, who knows the donation drop-off
    name: 'transfer to the county librarian: flood-relief donations; notice, internal note, the county answers with its site',
    lines: [
      [0, 'p', 'where can i drop off donations for the flood victims in cumberland'],
      [20, 'l', "Hi, I'm Jo with AskUsNow! Do you want to give goods, like water and clothes, or money?"],
      [45, 'p', 'goods. water and cleaning supplies'],
      [52, 'l', "Allegany County's own librarian is on and knows the local drop-offs, so I'm transferring you to her now. One moment."],
      [55, 'i', 'Rosa: pt wants flood-relief drop-off sites for goods in Cumberland, local q.'],
      [58, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [95, 'l', "Hi, I'm Rosa at Allegany County Library System. The county's list of drop-off sites and what they need is at alleganygov.org/floodrelief; today it's water and bleach. Is that what you were looking for?", ROSA],
      [140, 'p', 'yes thats all, thank you', ],
      [146, 'l', 'Thank you for helping out. Goodbye!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // the patron sent only the question and vanished before any work on it: no substantive exchange, Lost Call
    name: 'Lost Call: "are you open in the hurricane", the patron gone before the greeting: check-in and notice',
    lines: [
      [0, 'p', 'is the library open during the hurricane'],
      [20, 'l', 'Hi, this is Jo with AskUsNow!'],
      [160, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've disconnected. Please chat with us again if you still need help!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    // my first label was pass: the notice says the patron seems disconnected but not that the session will end
    exp: usual({ ...NOTHING_ELSE_NA, idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'Spanish, a flooded apartment: FEMA online and by phone (option 2): referral passes',
    lines: [
      [0, 'p', 'Hola, mi apartamento se inundo con la tormenta. Hay ayuda del gobierno?'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! Lo siento mucho. ¿En qué condado vive?'],
      [60, 'p', 'Prince George\'s'],
      [70, 'l', 'Un momento, por favor, verifico si el condado tiene declaración de desastre.'],
      [130, 'l', 'Sí, Prince George\'s está incluido. Puede solicitar ayuda de FEMA en disasterassistance.gov o llamar a FEMA al 800-621-3362 (opción 2 para español). ¿Le ayuda esta información?'],
      [190, 'p', 'Si, muchas gracias. Es todo.'],
      [198, 'l', '¡De nada! Gracias por usar AskUsNow!, cuídese mucho.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, a flood warning: sign up with the Environment Agency, or ring Floodline: referral passes',
    lines: [
      [0, 'p', 'Hiya, the river is really high by us in York. How do I get flood warnings on my phone?'],
      [22, 'l', "Hello, you're through to Ask a Librarian at Explore York Libraries, I'm Siobhan. Are you right by the Ouse or the Foss?"],
      [55, 'p', 'The Foss, near Huntington Road.'],
      [70, 'l', "You can sign up for free flood warnings by text or call at gov.uk/sign-up-for-flood-warnings, or ring Floodline on 0345 988 1188 to sign up over the phone. The current warnings for the Foss are at check-for-flooding.service.gov.uk. Is that what you were after?"],
      [120, 'p', "Brilliant, that's everything, cheers."],
      [128, 'l', 'Lovely, keep safe and thanks for getting in touch!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Indian English, a student\'s project on flood insurance: the NFIP data at fema.gov',
    lines: [
      [0, 'p', 'Good evening madam/sir. I am doing MBA project on flood insurance penetration in USA. Kindly provide the data source.'],
      [25, 'l', 'Good evening, this is Anil, a librarian at the University of Maryland Libraries. Do you need policy counts, claims paid, or both, and for which years?'],
      [80, 'p', 'Both please, last 10 years, state wise.'],
      [90, 'l', 'Let me check the FEMA datasets, please wait a moment.'],
      [160, 'l', "FEMA publishes the NFIP policies and claims as open data at fema.gov/about/openfema/data-sets (look for 'FIMA NFIP Redacted Policies' and 'Redacted Claims'), with state and year fields. The summary tables by state are at fema.gov/flood-insurance/work-with-nfip/data. Is this as per your requirement?"],
      [230, 'p', 'Yes this is exactly needed. Thank you so much.'],
      [238, 'l', 'Is there anything else I can help you with?'],
      [260, 'p', 'No, that is all. Thanks a lot.'],
      [266, 'l', 'All the best with your project, and thank you for using Ask Us!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian, a Medicare card lost in a bushfire: Services Australia\'s site and emergency line',
    lines: [
      [0, 'p', 'G\'day, we lost our house in the fires near Bega. How do I replace my Medicare card and get some emergency money?'],
      [25, 'l', "Hi, I'm so sorry to hear that. This is Kylie, a librarian at the State Library of NSW's Ask a Librarian. Are you in the Bega Valley Shire itself?"],
      [60, 'p', 'Yeah Cobargo'],
      [75, 'l', 'Thanks. For the Medicare card and the Disaster Recovery Payment, contact Services Australia at servicesaustralia.gov.au/disaster or on their emergency line, 180 22 66. Does that help?'],
      [130, 'p', "Yep that's all I need, cheers"],
      [136, 'l', 'Take care of yourself, and thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the provider searches for 200 s without a word: keep informed fails
    name: 'a long silent search: the county\'s debris pickup after the storm, 210 s without a hold message',
    lines: [
      [0, 'p', 'when is the county picking up storm debris? we have branches everywhere'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which county, and is it a city street or a county road?'],
      [50, 'p', 'harford county, county road in bel air'],
      [260, 'l', "Harford County's storm debris schedule is at harfordcountymd.gov/debris; Bel Air routes start Monday. Branches must be cut to 4 feet and put at the curb. Does that help?"],
      [300, 'p', 'ok great thank you'],
      [306, 'l', 'Anything else?'],
      [320, 'p', 'no thats all'],
      [325, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "If you are in danger, call 911" before anything else refers to emergency services with the number; 911 is a
    // phone contact for a referral, so that first message gives a source and the question after it does not clarify
    name: 'water coming into the house: "if you are in danger right now, call 911", then the shelter list',
    lines: [
      [0, 'p', 'water is coming in under the doors what do we do'],
      [10, 'l', 'Hi, this is Jo with AskUsNow! If you are in danger right now, please call 911.'],
      [15, 'l', 'Are you safe at the moment?'],
      [40, 'p', "yes were upstairs, its just a few inches. we want to know if there's a shelter if it gets worse"],
      [50, 'l', "Good. Anne Arundel County's open shelters are listed at aacounty.org/emergency, updated every hour; the Annapolis High School shelter is open now. Does that help?"],
      [90, 'p', 'yes thank you'],
      [96, 'l', 'Is there anything else I can do?'],
      [110, 'p', 'no that is all'],
      [115, 'l', 'Please stay safe. Thank you for chatting with us.'],
    ],
    exp: usual({ clarify: 'fail', referral: 'pass' }),
  },
  {
    // reading: "reach out to the Red Cross" with no way to reach it: referral fails; the recovery page URL is the county's source
    name: 'a family burned out of an apartment: the county\'s recovery page, "reach out to the Red Cross" with no contact: referral fails',
    lines: [
      [0, 'p', 'our apartment building burned last night, we need somewhere to stay'],
      [20, 'l', "Hi, this is Dana with AskUsNow! I'm so sorry. Which county are you in?"],
      [40, 'p', 'howard'],
      [50, 'l', "Howard County's disaster recovery page is at howardcountymd.gov/recovery, with the shelter that's open tonight. The Red Cross also puts families up in hotels for a few nights after a fire, so please reach out to them as well. Does that help?"],
      [100, 'p', 'ok thanks'],
      [106, 'l', 'Anything else I can help with?'],
      [120, 'p', 'no'],
      [125, 'l', 'Take care, goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the patron vanishes: a check-in, no notice, the session ends 4 minutes later
    name: 'the patron vanishes after the answer on generators: a check-in only, the session left open',
    lines: [
      [0, 'p', 'is it safe to run a generator in the garage with the door open'],
      [18, 'l', "Hi, I'm Jo with AskUsNow! Is it a portable gas generator?"],
      [40, 'p', 'yes'],
      [50, 'l', 'No, never run it in a garage, even with the door open: carbon monoxide builds up fast. The CDC says at least 20 feet from the house, at cdc.gov/co/generatorsafetyfactsheet.html. Does that help?'],
      [200, 'l', 'Are you still with me?'],
    ],
    over: { endAfter: 100 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // the patron's power flickers, a check-in, the patron comes back and the session ends normally
    name: 'the patron drops and comes back: "sorry power flickered", a normal ending: no final idle',
    lines: [
      [0, 'p', 'what is the number to report a gas smell after the storm'],
      [15, 'l', 'Hi, Jo at Ask Us here. Are you inside the house right now?'],
      [150, 'l', 'Are you still there?'],
      [175, 'p', 'sorry power flickered. no im outside'],
      [182, 'l', 'Good, stay outside. Call BGE\'s gas emergency line at 800-685-0123 from there, or 911. Did that help?'],
      [210, 'p', 'yes calling now thats all'],
      [215, 'l', 'Stay safe, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "many people are waiting tonight because of the outage, please come back" is the allowed way to close
    name: 'a busy outage night: "lots of people waiting, please chat again" with a way back: no dismissal',
    lines: [
      [0, 'p', 'can you find out when my power comes back and also how to claim spoiled food and also if schools are closed'],
      [20, 'l', 'Hi, this is Jo with AskUsNow! Which utility is yours, BGE or Pepco?'],
      [45, 'p', 'pepco'],
      [55, 'l', "Pepco's outage map at pepco.com/outages gives the estimate for your address, and its food spoilage claim form is on the same site under Customer Service, Claims. Does that help?"],
      [100, 'p', 'ok and the schools?'],
      [110, 'l', "We have a lot of people waiting tonight because of the outage, so I need to wrap up this chat, but please chat with us again for the schools question. Thanks for your patience!"],
    ],
    over: { endAfter: 15 },
    exp: usual({ anything: 'fail' }),
  },
  {
    name: '211 for a family out of food after an outage: "dial 211 or text your zip code to 898-211": referral passes',
    lines: [
      [0, 'p', 'we lost all the food in the fridge in the outage and we have 3 kids. is there help'],
      [20, 'l', "Hi, I'm Gwen with AskUsNow! I'm sorry. Are you in Maryland?"],
      [40, 'p', 'yes in dundalk'],
      [50, 'l', 'Dial 211 or text your zip code to 898-211, and they will find the food pantries open near you. The Maryland Food Bank\'s pantry finder is also at mdfoodbank.org/find-food. Does that help?'],
      [90, 'p', 'yes thank you so much thats all'],
      [96, 'l', 'Take care, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'closure macro for a heat-related power failure at one branch, and what happens to holds',
    lines: [
      [0, 'p', 'is the Wheaton library closed? I have a hold to pick up'],
      [12, 'l', "Hello, thanks for contacting Ask a Librarian at Montgomery County Public Libraries, I'm Lee. Is the hold at Wheaton?"],
      [30, 'p', 'yes'],
      [40, 'l', 'Wheaton is closed today because of a power failure. Holds waiting there are kept until the branch reopens, and the hold shelf time is extended by 3 days. Closures are posted at montgomerycountymd.gov/library/closures. Does that answer your question?'],
      [80, 'p', 'yes that answers it, thanks'],
      [86, 'l', 'Anything else today?'],
      [100, 'p', 'nope'],
      [104, 'l', 'Thank you, have a good day!'],
    ],
    exp: usual(),
  },
  // ---- more for the fixes (labelled before running) ------------------------------------------------------------------------
  {
    // "call the city about the sandbags" refers to the city government with no way to reach it
    name: 'student worker, sandbags in a college town: "ur best bet is to call the city about the sandbags": referral fails',
    lines: [
      [0, 'p', 'hey do u know where to get sandbags in college park? our basement floods every time'],
      [20, 'l', "hi! this is Sam, student assistant at the UMD Libraries chat :) are u in a dorm or off campus?"],
      [45, 'p', 'off campus house on knox rd'],
      [60, 'l', "ok so the weather service flood watch is at weather.gov/lwx. for sandbags ur best bet is to call the city about the sandbags, they hand them out before big storms. did that help?"],
      [100, 'p', 'ya thx thats all'],
      [105, 'l', 'np, stay dry!! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "Comuníquese con su compañía eléctrica" refers to the utility with no way to reach it; the map's URL is a source
    name: 'Spanish, food spoiled in an outage: "comuníquese con su compañía eléctrica" with no number: referral fails',
    lines: [
      [0, 'p', 'Buenas, se nos fue la luz dos días y se dañó toda la comida. Alguien paga eso?'],
      [25, 'l', '¡Hola! Le atiende Carmen, bibliotecaria de AskUsNow! ¿Qué compañía le da la electricidad?'],
      [60, 'p', 'No se, la que manda la factura jaja'],
      [75, 'l', 'No hay problema. El estado explica los reclamos por comida dañada en psc.state.md.us/consumer-assistance. Para el reclamo, comuníquese con su compañía eléctrica; el nombre está en su factura. ¿Le ayuda esta información?'],
      [130, 'p', 'Si gracias, es todo'],
      [136, 'l', '¡Con gusto! Gracias por usar AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "Call the county at 410-887-3000" refers with a phone
    name: 'terse, storm debris on a county road: "call the county at 410-887-3000": referral passes',
    lines: [
      [0, 'p', 'tree from county land fell in my yard. who removes it'],
      [14, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Did it fall from a street tree or a park?'],
      [40, 'p', 'street tree'],
      [50, 'l', "Street trees are the county's: call the county at 410-887-3000, or report it at baltimorecountymd.gov/baltcogo. That answer it?"],
      [80, 'p', 'yes thats it thanks, thats all'],
      [85, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: emergency services, the utility, 211, agencies, with or without a way to reach them ------------------
  { name: '"Call 911 if you are in danger." : referral passes', lines: then(STORM, 'Stay away from the line. Call 911 if anyone is in danger, and the outage map is at bge.com/outage. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"If anyone is hurt, dial 911 right away." : referral passes', lines: then(STORM, 'If anyone is hurt, dial 911 right away. The outage map is at bge.com/outage. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Report the downed line to BGE at 877-778-2222." : referral passes', lines: then(STORM, 'Report the downed line to BGE at 877-778-2222 and stay 35 feet away from it. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Call your power company\'s outage line." : referral fails', lines: then(STORM, "Call your power company's outage line and stay away from the wire. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"Contact the Red Cross for emergency lodging." : referral fails', lines: then(FLOOD, 'Contact the Red Cross for emergency lodging if the house is not livable. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the Red Cross shelter list is at redcross.org/shelter" : a source, no referral', lines: then(FLOOD, 'The Red Cross shelter list is at redcross.org/get-help/disaster-relief-and-recovery-services/find-an-open-shelter. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Apply at disasterassistance.gov" : a source, no referral', lines: then(FLOOD, 'Apply for FEMA help online at disasterassistance.gov; it takes about 20 minutes. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"call the FEMA helpline at 800-621-3362" : referral passes', lines: then(FLOOD, 'Call the FEMA helpline at 800-621-3362 to apply by phone. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"reach out to your county\'s Office of Emergency Management" : referral fails', lines: then(FLOOD, "Reach out to your county's Office of Emergency Management about the damage survey. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Your insurance agent can tell you what is covered." : referral fails', lines: then(FLOOD, 'Your insurance agent can tell you what is covered. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the county\'s sandbag hotline at 410-887-5800" : referral passes', lines: then(STORM, "Call the county's sandbag hotline at 410-887-5800 for pickup sites. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'Spanish "Llame a la línea de apagones de su compañía eléctrica." : referral fails', lines: then(STORM, 'Llame a la línea de apagones de su compañía eléctrica. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "Llame al 911 si está en peligro." : referral passes', lines: then(STORM, 'Llame al 911 si está en peligro. El mapa de apagones está en bge.com/outage. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
  // ---- sources and answers ----------------------------------------------------------------------------------------------
  { name: '"The boil-water advisories are at wsscwater.com/advisories." : a source', lines: then(FLOOD, 'The boil-water advisories are at wsscwater.com/advisories. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  // reading: an answer with no URL or named resource is no source; "open as a warming center" tells no one to go
  { name: '"The Towson branch is open as a warming center until 9 pm." : no source, no referral', lines: then(STORM, 'The Towson branch is open as a warming center until 9 pm tonight. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'closure news with the library\'s URL: a source', lines: then(STORM, 'All our branches are closed today; items due are extended to Monday. Updates are at bcpl.info/closings. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  // ---- the patron cut off --------------------------------------------------------------------------------------------------
  { name: '"Are you still there? Your battery may have died." after 150 s, nothing more: check-in passes, disconnect fails', lines: [...STORM, [70, 'l', 'Report it at bge.com/outage. Does that help?'], [220, 'l', 'Are you still there? Your battery may have died.']], over: { endAfter: 60 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'a notice without a question after 200 s: check-in fails, disconnect passes', lines: [...STORM, [70, 'l', 'Report it at bge.com/outage. Does that help?'], [270, 'l', "It looks like we lost you, maybe the power. I'm closing this chat now, but come back anytime. Stay safe!"]], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: '"thats all i needed, phone\'s dying" : anything else passes', lines: [...STORM, [70, 'l', 'Report it at bge.com/outage. Does that help?'], [90, 'p', "thats all i needed, phone's dying"], [95, 'l', 'Stay safe, bye!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: '"brb battery" and gone, the provider\'s "come back when you can": anything else fails, courteous passes', lines: [...STORM, [70, 'l', 'Report it at bge.com/outage. Does that help?'], [90, 'p', 'brb battery'], [96, 'l', 'No problem, come back when you can!']], exp: some({ anything: 'fail', courteous: 'pass' }) },
  // ---- dismissal ------------------------------------------------------------------------------------------------------------
  { name: '"many people waiting, please chat again later" : no dismissal', lines: [...STORM, [70, 'l', 'Report it at bge.com/outage. Does that help?'], [90, 'p', 'and what about my fridge food'], [96, 'l', 'We have many people waiting tonight because of the storm, so please chat again later for that one. Thanks!']], exp: some({ dismissal: 'pass' }) },
  { name: '"your time is up, there is a queue because of the storm" : dismissal fails', lines: [...STORM, [70, 'l', 'Report it at bge.com/outage. Does that help?'], [90, 'p', 'and what about my fridge food'], [96, 'l', 'Sorry, your time is up, there is a long queue because of the storm.']], exp: some({ dismissal: 'fail' }) },
  // ---- keep informed --------------------------------------------------------------------------------------------------------
  { name: '"still checking the shelter list…" every 100 s: keep informed passes', lines: [...FLOOD, [60, 'l', 'Checking the county shelter list, one moment.'], [160, 'l', 'Still checking, the page is slow today.'], [255, 'l', 'Here it is: aacounty.org/emergency. Does that help?'], [280, 'p', 'yes thanks'], [285, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: 'a 150 s silence after the patron\'s answer: keep informed fails', lines: [...FLOOD, [200, 'l', 'Here it is: aacounty.org/emergency. Does that help?'], [230, 'p', 'yes thanks'], [235, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  // ---- more for the fixes ----------------------------------------------------------------------------------------------------
  { name: '"Ask the city about curbside pickup of spoiled food." : referral fails', lines: then(STORM, 'The outage map is at bge.com/outage. Ask the city about curbside pickup of spoiled food. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Please contact the city directly about debris; they handle it, not us." : referral fails', lines: then(STORM, 'Please contact the city directly about the debris; they handle it, not us. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "Llame a la compañía de luz para reportar el apagón." : referral fails', lines: then(STORM, 'Llame a la compañía de luz para reportar el apagón. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish "Llame a su compañía de luz al 1-877-737-2662." : referral passes', lines: then(STORM, 'Llame a su compañía de luz al 1-877-737-2662 para reportar el apagón. ¿Le ayuda?'), exp: some({ referral: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for "the county / the city" as a party: the place, not the government, and no one told to contact it
  { name: 'near miss: "Drive out of the city before the storm if you can" : no referral', lines: then(STORM, 'Drive out of the city before the storm if you can; the routes are at mdem.maryland.gov/knowyourzone. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "We are the only library system in the county, so check bcpl.info/closings" : no referral', lines: then(STORM, 'We are the only library system in the county, so check bcpl.info/closings for updates. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Most shelters in the city are full; the list is at …" : no referral', lines: then(FLOOD, 'Most shelters in the city are full; the list is at baltimorecity.gov/shelters. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Evacuate the city now if you are in zone A" : no referral', lines: then(STORM, 'Evacuate the city now if you are in zone A; the zones are at mdem.maryland.gov/knowyourzone. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Power is out across the city, so check the outage map at bge.com/outage" : no referral', lines: then(STORM, 'Power is out across the city, so check the outage map at bge.com/outage. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss, British: "the council runs the sandbag points across the county." : no referral', lines: then(FLOOD, 'Sandbag points across the county are listed at northyorks.gov.uk/sandbags. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // the provider who consulted the county or city on the patron's behalf refers no one (RUBRIC.md's Terms)
  { name: 'near miss: "I checked with the city this morning: the cooling centers are open" : no referral', lines: then(STORM, 'I checked with the city this morning: the cooling centers are open until 9. The list is at baltimorecity.gov/cooling. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "We called the county and they confirmed the sandbag site is open" : no referral', lines: then(STORM, 'We called the county and they confirmed the sandbag site is open; details at baltimorecountymd.gov/sandbags. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "I asked the county about it earlier and they said pickup starts Monday" : no referral', lines: then(STORM, 'I asked the county about it earlier and they said pickup starts Monday, per baltimorecountymd.gov/debris. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses for the Spanish utility: its map, its bill, what it says; or its number given
  { name: 'near miss: "Visite el mapa de la compañía de luz en pepco.com/outages" : a source, no referral', lines: then(STORM, 'Visite el mapa de la compañía de luz en pepco.com/outages. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "La compañía eléctrica dice que la luz vuelve mañana; el mapa está en bge.com/outage" : no referral', lines: then(STORM, 'La compañía eléctrica dice que la luz vuelve mañana; el mapa está en bge.com/outage. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Revise la factura de su compañía eléctrica" : no referral', lines: then(STORM, 'Revise la factura de su compañía eléctrica para ver su número de cuenta; los reclamos se explican en psc.state.md.us. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Según la compañía de gas, no hay fugas reportadas en su zona." : no referral', lines: then(STORM, 'Según la compañía de gas, no hay fugas reportadas en su zona; los avisos están en bge.com/safety. ¿Le ayuda?'), exp: some({ referral: 'na', source: 'pass' }) },
  // (runs from v37 G9's `actTailG9`: "…, then apply at <url>" is another errand's page, not the party's; it was LEFT here)
  { name: '"Check with the county first, then apply at disasterassistance.gov" : referral fails', lines: then(FLOOD, 'Check with the county first, then apply at disasterassistance.gov. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: "pick them up at the Public Works yard, 935 Spa Road" visits the city's department with its address, but the scorer
    // reads no referral (na); a widening of "pick up at <place>" would also read "pick up your holds at Central", so it is left
    name: 'sandbags before a storm: the public works yard with its address: referral passes',
    lines: [
      [0, 'p', 'where can i get sandbags in annapolis before the storm'],
      [22, 'l', "Hi! I'm Priya, a librarian with AskUsNow! Do you live in the City of Annapolis or elsewhere in Anne Arundel County?"],
      [50, 'p', 'in the city, eastport'],
      [60, 'l', 'One sec, checking the city page.'],
      [118, 'l', 'The City of Annapolis gives free sandbags to residents: pick them up at the Public Works yard, 935 Spa Road, Annapolis, 7am to 3pm, with proof of address (limit 10 bags). The notice is at annapolis.gov/sandbags. Does that help?'],
      [160, 'p', 'perfect thank you'],
      [166, 'l', 'Anything else?'],
      [180, 'p', 'nope thats all'],
      [185, 'l', 'Good luck with the storm, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // LEFT: the county's URL in the next sentence ("the county also lists places … at montgomerycountymd.gov/oemhs") is read as
    // the power company's contact, so the referral passes; the sentence names its own party (the county), a later-owner rule
    // older rounds tuned (laterContactOwnerV16) that I did not reopen
    // reading: "you'll want to call your power company's outage line" refers with no way to reach it
    name: 'student worker, a generator for a medical device: "call your power company\'s outage line" with no number: referral fails',
    lines: [
      [0, 'p', 'my mom is on oxygen and our power is out, what do we do'],
      [15, 'l', 'hi! im Alex at the Ask a Librarian chat. is she in danger right now or is the oxygen on a battery?'],
      [40, 'p', 'battery for 4 more hours'],
      [52, 'l', "ok. you'll want to call your power company's outage line and tell them there's a medical need, they prioritize those. the county also lists places with backup power at montgomerycountymd.gov/oemhs. did that help?"],
      [90, 'p', 'yes thx thats all'],
      [95, 'l', 'ok take care!! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

describe('thirty-first round (O1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (O1): emergencies, every check', whole);
describeSessions('thirty-first round (O1): emergencies, short cases', short);
describeSessions('thirty-first round (O1): emergencies, near misses of the changes', guards);

describeLeft('thirty-first-round-emergencies', LEFT);
