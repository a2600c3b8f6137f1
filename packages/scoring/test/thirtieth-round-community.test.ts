/**
 * Thirtieth round, area (I2): COMMUNITY AND SOCIAL SERVICES. Food pantries, shelters, rent and utility assistance, 2-1-1,
 * legal aid, transport for seniors, free clinics, immigrant services, disability services, veterans' services. Providers
 * refer to agencies and offices in every way real people write it (the phone, address, URL or e-mail in the same sentence,
 * in the next message, as a list, a bare "call 211", "the county's housing office can help" with no contact, "your
 * caseworker", "ask at the front desk") and point to directories and websites (sources, not referrals). Patrons are often
 * in distress, write on phones and leave abruptly.
 *
 * PARAPHRASE SWEEP (labelled before the scorer ran):
 *  referrals with a way to reach the party (referral.contact passes):
 *   "Please call 211 right now" / "just dial 2-1-1" (211 dialled is a phone); "text your zip code to 898-211";
 *   "St. Clare's pantry at 714 Myrth Ave … phone 410-555-0143"; "ring them on 07 3403 8888"; a numbered list each with a
 *   number; "You'll want to contact the Mid-Shore Pro Bono office." then "Their number is 410-690-8128." (next message);
 *   "e-mail the intake team at intake@…"; "walk in to the Salvation Army at 814 Light St"; "dial 988 then press 1".
 *  referrals without one (fails): "the county's housing office can also help with emergency rent"; "Your caseworker should
 *   be able to sort that out, give her a call"; "just ask at the front desk"; "Try Meals on Wheels"; "call Catholic
 *   Charities; the list of pantries is at 211md.org" (the URL is 211's, not Catholic Charities'); two parties, one with
 *   a phone and one without ("… and also talk to BGE about a payment plan").
 *  sources that are not referrals (referral na): "findhelp.org lets you search free services by zip code"; "The city's
 *   Food Help map at finder.nyc.gov/foodhelp lists pantries"; "the MTA Mobility page, mta.maryland.gov/mobility".
 *  clarifying: "What part of Baltimore County are you in, or your zip?"; "Are you safe right now, and which county?";
 *   "Is this for you or someone else?"; "¿En qué condado vive?"; "Kindly tell me, is it the I-90 renewal?".
 *  completeness: "Does that help?"; "Does that sort you out?"; "¿Le sirve esta información?"; "Is this information helpful
 *   to you?"; "Does that give you somewhere to start?"; not "hope that helps!" or "Would you like me to walk you through
 *   the map?" (an offer of something not yet given).
 *  closings: "thats all i needed thank u", "si muchas gracias, es todo" (done, explicitly); "ok ty", "he's back gtg",
 *   "omg my phone is dying" (not); "Take care, and come back anytime"; "No worries, take care!" (a goodbye).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - 2-1-1, 9-8-8 and 7-1-1 dialled are phones (older reading);
 * - "X can help (with that)" of an agency, office or person outside the chat, said to the patron who needs that help, tells
 *   the patron to contact them: a referral (older reading);
 * - "your caseworker" and the front desk of a library are a person and a department the patron is told to ask: referrals
 *   that need a way to reach them (older readings);
 * - a URL belongs to the party whose site it is: a directory's URL does not reach an agency named beside it;
 * - a partner agency's contact given in the provider's next message still comes with the referral;
 * - (after the first run) a party named with its address or phone but no word telling the patron to contact or visit it
 *   ("St. Clare's pantry at 714 Myrth Ave is open Saturdays, phone …", "Here are a few places that help: 1. …") is not a
 *   referral: RUBRIC.md's Term is "telling the patron to contact or visit"; the phones are still sources;
 * - a street address reaches a party (referral.contact) but is not a source (info.source lists "an e-mail or phone contact
 *   for a referral").
 * Written: 32 whole sessions (26 first, 6 more for the fixes), 22 short cases (one moved to LEFT), 8 near misses in
 * `guards`. First run: 10 of 74 tests failed on 10 statuses: referral.contact 9, info.source 1. Five were my labels (a
 * party named with its contact, nobody told to contact it: the pantry, the veterans office, the Community Action Council,
 * the custody list, the shelter: referral na, not pass); four were the scorer, fixed in block I2:
 *  - `visitAddressI2` (classify.ts `visitAddressI2`, read in referral.ts `referralSentence` only when the message has a
 *    street address): "come to / come by / walk in at / pop in to / drop into …" opening a sentence or clause (or after
 *    "you can", "please", "feel free to") with a street address after the verb is a referral (a visit): "Come to the free
 *    Lawyer in the Library clinic at our Central Library, 2nd floor, 400 Cathedral St", "walk in at 814 Light St" [near
 *    misses: "Come down to the desk and I'll show you" (no address), "The Meals on Wheels driver will come to your home at 12
 *    Oak St", "When the inspector comes to 22 Elm St"];
 *  - `referralInviteI2` (classify.ts `sentenceSource`): the phone or e-mail of a sentence that also invites the patron back
 *    is the library's own only when the sentence refers the patron to no one and says no "call / text / e-mail us / me":
 *    "If you still need help, call 211 any time, or chat with us again." gives a source [near misses: "Call us at
 *    410-555-0100, or chat with us again anytime.", "Text me at 410-555-0100 … or chat with us again."];
 *  - `bookByPhoneI2` (classify.ts `bookByPhoneI2`, read in `referralSentence` only when the message has a phone): "book /
 *    reserve / schedule / register / sign up … at / on / by calling <phone>" tells the patron to call: "book a day ahead at
 *    410-363-0622", "schedule a ride at least 48 hours ahead on 1-866-…" [near misses: "Book a study room at
 *    sample.org/rooms", "Your ride is booked for Friday at 10", "Book it at 3"].
 * Left: 1 ("try Meals on Wheels": an organisation with no party word, which the scorer cannot tell from an app).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
const ROSA = who('Rosa Diaz', 'rosa');

/** The opening of the short cases: a patron in need, the greeting and a clarifying question, the answer. */
const NEED: Line[] = [
  [0, 'p', 'hi i need help paying my rent this month, im behind'],
  [20, 'l', "Hi, I'm Jo with Ask Us Now at Sample County Library. I'm sorry you're dealing with that. Which county do you live in?"],
  [50, 'p', 'sample county'],
];
/** NEED, then one provider message `text` at 70 s, the patron's thanks and the goodbye. */
const said = (text: string): Line[] => [...NEED, [70, 'l', text], [100, 'p', 'ok thank you'], [106, 'l', 'Take care, and thanks for chatting!']];
/** NEED, then two provider messages. */
const said2 = (a: string, b: string): Line[] => [...NEED, [70, 'l', a], [80, 'l', b], [100, 'p', 'ok thank you'], [106, 'l', 'Take care, and thanks for chatting!']];

export const whole: SessionCase[] = [
  {
    name: 'Baltimore County, SNAP ran out: zip asked, a hold, the Food Bank finder and a pantry with address and phone; "Does that help?"; patron done; goodbye',
    lines: [
      [0, 'p', 'hi where can i get food this weekend my snap ran out'],
      [18, 'l', "Hi! This is Tasha with AskUsNow! I'm sorry you're dealing with that. What part of Baltimore County are you in, or what's your zip code?"],
      [55, 'p', '21221 essex'],
      [62, 'l', "Thanks, one moment while I check what's open on Saturday."],
      [140, 'l', "The Maryland Food Bank's pantry finder at mdfoodbank.org/find-food lets you put in 21221 and shows hours. Close to you, St. Clare's food pantry at 714 Myrth Ave is open Saturdays 9-11am, phone 410-555-0143. Does that help?"],
      [190, 'p', 'yes thank u so much thats all i needed'],
      [197, 'l', "You're so welcome. Take care, and come back anytime!"],
    ],
    // label fixed after the first run: "St. Clare's food pantry at 714 Myrth Ave is open Saturdays …, phone …" says where and
    // when, but tells the patron to contact or visit no one (RUBRIC.md: "telling the patron to contact or visit"): no referral
    exp: usual({ referral: 'na' }),
  },
  {
    // reading: 211 dialled is a phone; the family hotline with its number: referral passes. The patron goes to call; the
    // provider's invitation back is the last message (a goodbye: final idle 0)
    name: 'text line, a mother and son with nowhere to sleep: "Are you safe right now, and which county?"; "call 211" and the hotline\'s number; patron leaves to call',
    lines: [
      [0, 'p', 'need somewhere to sleep tonight me n my son'],
      [25, 'l', "Hi, this is Marcus at Ask Us. I'm really sorry. Are you safe right now, and which county are you in?"],
      [60, 'p', 'prince georges. we r ok for now at a mcdonalds'],
      [80, 'l', "Please call 211 right now, they place families in emergency shelter 24/7. Prince George's County also has a homeless hotline: 1-888-731-0999. Does that help?"],
      [110, 'p', 'ok calling'],
      [118, 'l', "Good luck to you both. You can come back to this chat anytime if you need more help."],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // the county's housing office "can also help" with no contact: a referral without a way to reach it
    name: 'eviction notice: which county and what notice; the People\'s Law Library, Maryland Legal Aid with phone, and "the county\'s housing office can also help" with none: referral fails',
    lines: [
      [0, 'p', 'I got a paper on my door saying I have to go to court for rent. what do I do'],
      [22, 'l', 'Hello, Ask Us Now, this is Kendra, a librarian at Anne Arundel County Public Library. Which county is the rental in, and does the paper say "Failure to Pay Rent" at the top?'],
      [80, 'p', 'anne arundel. yes failure to pay rent, court date is the 14th'],
      [88, 'l', 'Give me a minute to pull this together.'],
      [170, 'l', "The People's Law Library explains what happens at a Failure to Pay Rent hearing and how to pay the rent to stop the eviction: peoples-law.org/failure-pay-rent. Maryland Legal Aid can represent you for free; call 1-888-465-2468 or apply at mdlab.org. The county's housing office can also help with emergency rent money."],
      [176, 'l', 'Is that what you were looking for?'],
      [220, 'p', 'yes. thank you so much'],
      [226, 'l', 'Is there anything else I can help you with today?'],
      [250, 'p', 'no that is it'],
      [256, 'l', 'Good luck on the 14th, and thank you for using Ask Us Now.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Australian, community transport for a mum: "Which council area?"; "ring them on 07 3403 8888"; "Does that sort you out?"; "cheers, that\'s all I needed"; "No worries, take care!"',
    lines: [
      [0, 'p', 'Hi, my mum cant drive anymore and needs to get to her hospital appointments. is there any help with that?'],
      [20, 'l', "G'day, Bec from the State Library's Ask a Librarian service here. Which council area is your mum in?"],
      [50, 'p', 'Brisbane, Carina'],
      [75, 'l', "Brisbane City Council runs a free Community Transport service for older residents who can't use public transport. Ring them on 07 3403 8888 to register her. Does that sort you out?"],
      [120, 'p', 'Perfect, cheers, that\'s all I needed'],
      [126, 'l', 'No worries, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'veteran provider, terse: new claim or appeal; the state veterans office with phone and URL; "Did that help?"; "Anything else?"; "Bye."',
    lines: [
      [0, 'p', 'How do I get help with my husband\'s VA disability claim? He is a Vietnam vet'],
      [15, 'l', 'Hi, Ron at Ask Us. New claim or an appeal?'],
      [40, 'p', 'new claim'],
      [58, 'l', 'Free help from a Veterans Service Officer: Maryland Dept of Veterans Affairs, 1-800-446-4926, veterans.maryland.gov. Did that help?'],
      [80, 'p', 'yes'],
      [83, 'l', 'Anything else?'],
      [95, 'p', 'no'],
      [98, 'l', 'Bye.'],
    ],
    // label fixed after the first run: "Free help from a Veterans Service Officer: <office>, <phone>, <url>" names the help
    // and how to reach it but tells the patron to do nothing: no referral
    exp: usual({ referral: 'na' }),
  },
  {
    name: 'Spanish, a free clinic: "¿En qué condado vive?"; Montgomery Cares with phone and URL; "¿Le sirve esta información?"; "es todo"; goodbye',
    lines: [
      [0, 'p', 'hola, necesito un medico pero no tengo seguro'],
      [20, 'l', '¡Hola! Soy Carmen, bibliotecaria de AskUsNow. ¿En qué condado vive?'],
      [55, 'p', 'Montgomery'],
      [90, 'l', 'Montgomery Cares ofrece atención médica a bajo costo para adultos sin seguro. Puede llamar al 240-777-1648 o ver las clínicas en montgomerycares.org. ¿Le sirve esta información?'],
      [130, 'p', 'si muchas gracias, es todo'],
      [136, 'l', '¡De nada! Gracias por usar AskUsNow, que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "kindly do check with your local library's front desk": told to ask a department, no way to reach it
    name: 'Indian English, I-90 renewal: USCIS URL, CASA with phone, "kindly do check with your local library\'s front desk" with none: referral fails',
    lines: [
      [0, 'p', 'I need help for my green card renewal, is there free help?'],
      [25, 'l', 'Good evening, this is Priya from the Ask a Librarian service of the state library. Kindly tell me, is it the I-90 renewal or something else?'],
      [60, 'p', 'yes I-90, my card expired last month'],
      [100, 'l', "You may file the I-90 online at uscis.gov/i-90. For free help with the form, CASA offers immigration services, you may contact them at 301-431-4185. Also kindly do check with your local library's front desk, many branches have a citizenship corner with volunteers. Is this information helpful to you?"],
      [140, 'p', 'Yes thank you so much'],
      [145, 'l', 'Most welcome. Anything else I can help with?'],
      [170, 'p', 'No'],
      [174, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the patron vanishes after the clarifying question: a substantive exchange (a clarifying question counts); the last
    // message gives 211 (a referral with its phone, a source) and invites back; check-in and notice both in the idle
    name: 'utility shut-off, the patron vanishes after "Have you applied for OHEP?": "Are you still there?", then the notice with "call 211" and an invitation back; Lost Call',
    lines: [
      [0, 'p', 'BGE is going to turn off my power friday what do i do'],
      [20, 'l', "Hi, I'm Dana, a librarian with AskUsNow! I'm so sorry. Have you already applied for energy assistance (OHEP) this year?"],
      [170, 'l', 'Are you still there?'],
      [380, 'l', "I haven't heard back, so it looks like you've been disconnected. I'll close this chat now. If you still need help, call 211 any time, or chat with us again."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'Howard County, rent help for a disabled adult son: follow-up by e-mail "by tomorrow afternoon", the Community Action Council with phone now; recorded after 20 h',
    lines: [
      [0, 'p', 'My son is 24 and on SSI, he is behind on rent. Are there programs in Howard County for disabled adults?'],
      [30, 'l', 'Hello, and welcome to AskUsNow! My name is Grace, I am a librarian with Howard County Library System. Is he renting from a private landlord or in subsidized housing?'],
      [80, 'p', 'private landlord in Columbia'],
      [95, 'l', "For right now: the Community Action Council of Howard County handles emergency rent help, 410-313-6440. Does that help for now? There's also a disability-specific fund I want to confirm before I send it to you."],
      [140, 'p', 'yes that helps. sure send it'],
      [150, 'l', "What e-mail should I use? I'll send it by tomorrow afternoon."],
      [175, 'p', 'lynn.ortiz55@example.com'],
      [185, 'l', "Got it, lynn.ortiz55@example.com. Anything else for today?"],
      [205, 'p', "that's all for now thanks"],
      [210, 'l', 'Thank you, Lynn, talk soon!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(215, 20, 'jo') },
    // label fixed after the first run: "the Community Action Council … handles emergency rent help, 410-313-6440" tells
    // the patron to contact no one (a statement with a phone): no referral
    exp: usual({ referral: 'na', contact: 'pass', onTime: 'pass' }),
  },
  {
    // student worker: no identification in the first two messages; the MTA page is a source; "hope that helps!" asks nothing
    name: 'student worker, paratransit to dialysis: "hi!" and "what county r u in?" (no name); the MTA Mobility page; "hope that helps!"; "bye!"',
    lines: [
      [0, 'p', 'I use a wheelchair and need rides to dialysis 3 times a week, is there any service for that'],
      [15, 'l', 'hi!'],
      [20, 'l', 'what county r u in?'],
      [50, 'p', 'Anne Arundel, Glen Burnie'],
      [80, 'l', 'ok so MTA has MobilityLink paratransit, you have to apply first, the application and how it works is all at mta.maryland.gov/mobility. hope that helps!'],
      [110, 'p', 'ok'],
      [115, 'l', 'bye!'],
    ],
    exp: usual({ greeting: 'fail', complete: 'fail', anything: 'fail' }),
  },
  {
    // a map on the city's site is a source, not a referral; "Would you like me to walk you through the map?" offers more
    name: 'Queens, formal: walk-to pantry or delivery; a hold; the city\'s Food Help map; "Would you like me to walk you through the map?" (an offer); anything else; done',
    lines: [
      [0, 'p', 'Is there a place that gives free groceries in Flushing? I am a senior'],
      [30, 'l', 'Good afternoon, and thank you for contacting Queens Public Library\'s Ask a Librarian. May I ask whether you are looking for a pantry you can walk to, or home delivery?'],
      [75, 'p', 'walk to please, near Main Street'],
      [80, 'l', 'One moment please.'],
      [170, 'l', "The city's Food Help map at finder.nyc.gov/foodhelp lists pantries and soup kitchens by neighborhood with their hours; several near Main Street are open weekday mornings. Would you like me to walk you through the map?"],
      [220, 'p', 'no I can use it, thank you'],
      [226, 'l', 'Is there anything else I can help you with today?'],
      [250, 'p', 'No that is all'],
      [256, 'l', 'Thank you for using Ask a Librarian. Have a good afternoon.'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // a list given in the next message, each party with a phone or URL
    name: 'custody, free lawyer: "Here are a few places:" then a numbered list, each with a number; "Is that what you were looking for?"; anything else; goodbye',
    lines: [
      [0, 'p', 'my ex wont let me see my kids and i cant afford a lawyer. where can i get free help'],
      [20, 'l', 'Hi there, this is Sam at Ask a Librarian, Baltimore County Public Library. Is there already a custody order from a court, or not yet?'],
      [70, 'p', 'no order yet'],
      [85, 'l', 'Here are a few places that help for free or low cost:'],
      [95, 'l', "1. Maryland Legal Aid: 1-888-465-2468\n2. Women's Law Center Family Law Hotline: 1-800-845-8550\n3. Maryland Courts Help Center (free lawyers by phone or chat): 410-260-1392, mdcourts.gov/helpcenter"],
      [100, 'l', 'Is that what you were looking for?'],
      [140, 'p', 'yes this is great'],
      [145, 'l', 'Anything else I can look up for you?'],
      [170, 'p', 'no thats all'],
      [174, 'l', 'Good luck, and thanks for chatting with us!'],
    ],
    // label fixed after the first run: "Here are a few places that help" and the list tell the patron to contact no one:
    // no referral (the phones are sources)
    exp: usual({ referral: 'na' }),
  },
  {
    // the URL is 211's list, not Catholic Charities' own: Catholic Charities has no way to reach it
    name: 'holiday meals: "call Catholic Charities, they do holiday boxes; the full list of pantries is at 211md.org": referral fails',
    lines: [
      [0, 'p', 'Hi, where can I get a thanksgiving food basket in Baltimore City?'],
      [22, 'l', 'Hello! Jo here with Enoch Pratt Free Library\'s chat. Do you need it delivered, or can you pick it up?'],
      [50, 'p', 'i can pick up'],
      [70, 'l', 'Call Catholic Charities, they do holiday food boxes every November. The full list of pantries and holiday meals is at 211md.org. Does that help?'],
      [110, 'p', 'yes thanks, thats all'],
      [115, 'l', 'Happy Thanksgiving, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the patron's phone dies; the provider leaves the answer and says goodbye in the same message
    name: 'chat-speak, "omg my phone is dying": the provider leaves the shelter\'s address and phone at once and says goodbye; no completeness',
    lines: [
      [0, 'p', 'is there a warming center open tonight in frederick its 15 degrees'],
      [20, 'l', 'Hi, this is Lee, a librarian at Frederick County Public Libraries. Are you in the city of Frederick or out in the county?'],
      [45, 'p', 'city. omg my phone is dying'],
      [55, 'l', 'The Frederick Rescue Mission cold weather shelter is at 419 N Market St, open from 6pm, phone 301-695-0400. Stay warm, and take care!'],
    ],
    // label fixed after the first run: "The … shelter is at 419 N Market St, open from 6pm, phone …" says where it is but
    // tells the patron to go nowhere: no referral
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'na' }),
  },
  {
    // a transfer to the patron's county: the note says why, the patron is told; Rosa answers
    name: 'transfer to the county: senior bus schedule; "I\'m transferring you to a librarian in Carroll County"; the note; Rosa gives the county\'s ride line',
    lines: [
      [0, 'p', 'Does the senior center bus run to Westminster on Fridays? I am 78 and dont drive'],
      [20, 'l', 'Hi, Jo at Ask Us Now here. Are you in Carroll County?'],
      [45, 'p', 'yes, in Hampstead'],
      [55, 'l', "Thanks! I'm transferring you to a librarian in Carroll County who knows the local senior rides better. One moment."],
      [58, 'i', 'pt 78 y.o. in Hampstead needs Friday senior bus to Westminster, local q for Carroll'],
      [60, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [95, 'l', "Hi, Rosa from Carroll County Public Library here. Carroll Transit System's Demand Response rides run Fridays to Westminster; book a day ahead at 410-363-0622. Does that help?", ROSA],
      [130, 'p', 'yes dear thank you, that is all'],
      [135, 'l', 'You are welcome, have a lovely day!', ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    // "Are you safe to chat right now?" is a question about the patron's situation that shapes the answer
    name: 'domestic violence: "Are you safe to chat right now?"; the hotline number and text line; the patron leaves ("hes back gtg"); the provider invites back',
    lines: [
      [0, 'p', 'how do i find a shelter for women. i need to leave'],
      [25, 'l', "Hi, I'm Ana, a librarian with the Ask a Librarian service. I'm glad you reached out. Are you safe to chat right now?"],
      [50, 'p', 'for a few minutes'],
      [60, 'l', 'The National Domestic Violence Hotline can find a shelter with space near you and help you plan: call 1-800-799-7233 or text START to 88788, any time, day or night.'],
      [75, 'p', 'hes back gtg'],
      [82, 'l', 'Please stay safe. You can come back to this chat anytime.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // no substantive exchange: a greeting, a check-in and a goodbye only (information checks na); Lost Call
    name: 'food stamps office, the patron gone before the late pickup: greeting, "Are you still there?", the disconnect notice with an invitation back',
    lines: [
      [0, 'p', 'food stamps office number??'],
      [75, 'l', 'Hi, this is Kim at AskUsNow!'],
      [200, 'l', 'Are you still there?'],
      [400, 'l', "It seems you've been disconnected, so I'll end the chat now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // "Your county Veterans Service Officer can help you file for free" names a person outside the chat with no way to reach
    name: 'veterans, burial benefits: the VA page as a source; "your county Veterans Service Officer can help you file for free" with no contact: referral fails',
    lines: [
      [0, 'p', 'my dad passed, he was in the army in Korea. does the VA help pay for the funeral?'],
      [20, 'l', "Hello, and I'm so sorry for your loss. This is Tom at the Ohio Ask a Librarian service. Was your father receiving VA disability or a VA pension?"],
      [70, 'p', 'disability i think'],
      [95, 'l', "Then he likely qualifies for the higher service-connected burial allowance. The VA's burial benefits page has the amounts and the form (VA Form 21P-530EZ): va.gov/burials-memorials/veterans-burial-allowance. Your county Veterans Service Officer can help you file for free. Does that answer your question?"],
      [140, 'p', 'yes thank you'],
      [146, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'no'],
      [165, 'l', 'Take care, and thank you for chatting.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the provider's own library's clinic, with its floor and street address: a referral that passes
    name: 'legal clinic at the library: "come to the free legal clinic at our Central Library, 2nd floor, 400 Cathedral St"; referral passes',
    lines: [
      [0, 'p', 'do you know anywhere i can ask a lawyer a question for free? its about my security deposit'],
      [18, 'l', 'Hi! This is Jo at Enoch Pratt Free Library. Is your deposit from an apartment in Baltimore City?'],
      [40, 'p', 'yes'],
      [60, 'l', "Come to the free Lawyer in the Library clinic at our Central Library, 2nd floor, 400 Cathedral St, the first Tuesday of each month from 5 to 7pm, no appointment needed. The People's Law Library also has a page on security deposits: peoples-law.org/security-deposits. Does that help?"],
      [95, 'p', 'yes, thats all i needed'],
      [100, 'l', 'Great, thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "just ask at the front desk" sends the patron to a department of the library with no way to reach it
    name: 'LIHEAP paper form: "paper applications are at every branch, just ask at the front desk" (no contact) and the online application URL: referral fails',
    lines: [
      [0, 'p', 'can i get a paper application for energy assistance, i dont have a computer at home'],
      [20, 'l', 'Hi, this is Maya with Ask Us Now! Which county are you in?'],
      [45, 'p', 'washington county'],
      [60, 'l', 'Paper applications for the Office of Home Energy Programs are at every branch of our library, just ask at the front desk. If you can use a library computer, the online application is at mydhrbenefits.dhs.maryland.gov. Does that help?'],
      [90, 'p', 'ok ty'],
      [95, 'l', 'Anything else I can help you with?'],
      [110, 'p', 'no'],
      [114, 'l', 'Have a good day, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // sloppy: the patron waits 190 s after "hello?"; no question; no completeness; no goodbye in the last two
    name: 'sloppy: coats for kids, no question asked, the patron waits 190 s after "hello?", the coat drive URL, the patron thanks, the provider says nothing more',
    lines: [
      [0, 'p', 'where can I get free winter coats for my kids in Cleveland'],
      [30, 'l', 'Hello, this is Ask Us Now librarian Joe.'],
      [60, 'p', 'hello?'],
      [250, 'l', 'Try the Kids Coat Drive page at cmha.net/coats, they list the pickup days.'],
      [280, 'p', 'thx'],
    ],
    exp: usual({ informed: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    // a promise to e-mail with the code left "Answered": the code fails; contact and the time are in the chat; pending
    name: 'rural senior transport: Maryland Access Point URL now, "I\'ll check with the county and e-mail you tomorrow" and the e-mail given, but coded Answered',
    lines: [
      [0, 'p', 'Hello. Is there any transportation for seniors in Garrett County to get to the grocery store?'],
      [35, 'l', 'Good morning, this is Ruth, a librarian at Ruth Enoch Oakland library for AskUsNow. Where in Garrett County are you?'],
      [80, 'p', 'Near Grantsville'],
      [100, 'l', 'Maryland Access Point lists transport services for older adults by county at marylandaccesspoint.info. Does that help?'],
      [150, 'p', 'I looked but it does not say if they go to Grantsville'],
      [160, 'l', "I'll check with the county and e-mail you tomorrow. What is your e-mail address?"],
      [200, 'p', 'bettyh1941@example.net'],
      [208, 'l', 'Thank you, Betty. You will hear from me tomorrow. Have a nice day!'],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'chat-speak, "just dial 2-1-1": diapers for a baby; which county; a bare 2-1-1 and the diaper bank with its URL; "did that help?"; "thats all ty"',
    lines: [
      [0, 'p', 'where do i get free diapers my baby is 3 months'],
      [15, 'l', 'hey! Jo from Ask Us Now here, what county r u in?'],
      [35, 'p', 'harford'],
      [50, 'l', 'just dial 2-1-1 and they can tell u the closest diaper pantry. the Greater DC Diaper Bank also has partner sites listed at greaterdcdiaperbank.org. did that help?'],
      [75, 'p', 'yes thats all ty'],
      [80, 'l', 'np, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the party in one message, its e-mail in the next
    name: 'asylum seeker, non-native writer: "You should contact the Immigrant Legal Services office of our partner agency." then "Their e-mail is intake@…"',
    lines: [
      [0, 'p', 'Good day. I am arrive from Venezuela and I want to ask asylum. Who can help me without to pay?'],
      [30, 'l', 'Hello and welcome! I am Luis, librarian at the Ask a Librarian service of Prince George\'s County Memorial Library. Have you been in the US less than one year?'],
      [70, 'p', 'yes 4 months'],
      [90, 'l', 'Good, the one-year deadline matters for asylum. You should contact the Immigrant Legal Services office of our partner agency, they give free consultations.'],
      [96, 'l', 'Their e-mail is intake@ils-pg.example.org and the phone is 301-555-0178.'],
      [100, 'l', 'Is this what you need?'],
      [150, 'p', 'Yes. Thank you very much, it is all'],
      [156, 'l', 'You are welcome. Good luck, and thank you for using our service.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "your caseworker … give her a call" (no contact) next to a source
    name: 'SNAP recertification: the state portal as a source; "your caseworker should be able to sort that out, give her a call" with no number: referral fails',
    lines: [
      [0, 'p', 'my food stamps got cut off, i think i missed the recertification'],
      [20, 'l', 'Hello, this is Jo, a librarian with Ask Us Now. Did you get a notice in the mail saying your case closed?'],
      [55, 'p', 'yes last week'],
      [75, 'l', 'You can reapply online at mydhrbenefits.dhs.maryland.gov. If it closed only last week, your caseworker should be able to sort that out, give her a call. Did that help?'],
      [110, 'p', 'ok'],
      [115, 'l', 'Anything else today?'],
      [130, 'p', 'no'],
      [134, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // two parties, the energy office with a phone, BGE with none
    name: 'two parties: "call the Office of Home Energy Programs at 1-800-332-6347, and also talk to BGE about a payment plan": referral fails',
    lines: [
      [0, 'p', 'I got a turn off notice from BGE for $900. Any help?'],
      [20, 'l', 'Good afternoon, this is Pat at AskUsNow. Is anyone in your home on medical equipment that needs power?'],
      [60, 'p', 'no'],
      [80, 'l', 'Call the Office of Home Energy Programs at 1-800-332-6347 to apply for help with the past-due bill, and also talk to BGE about a payment plan so the shut-off is put on hold. Does that answer your question?'],
      [120, 'p', 'yes. thats all thanks'],
      [124, 'l', 'You are welcome, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- (I2 fixes) the same behaviour in other words ---------------------------------------------------------------------
  {
    // (visitAddressI2) "Pop in to <office> at <street address>": told to visit, with the address
    name: '(visitAddressI2) British, a food bank voucher: "Pop in to the Citizens Advice office at 31 Vicar Lane, Leeds, any weekday from 10"; referral passes',
    lines: [
      [0, 'p', 'Hiya, how do I get a food bank parcel? Money is really tight till payday'],
      [25, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, Fiona speaking. Are you after a parcel for yourself, and are you in Leeds?"],
      [60, 'p', 'yes me and my two kids, in Leeds'],
      [85, 'l', "Food banks here need a voucher from a referral agency. Pop in to the Citizens Advice office at 31 Vicar Lane, Leeds, any weekday from 10 and they'll sort one for you. The Trussell Trust's finder at trusselltrust.org/get-help lists the food banks near you. Does that answer your question?"],
      [130, 'p', 'brilliant, thats everything thank you'],
      [136, 'l', 'You are very welcome, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (visitAddressI2) "You can come by <center> at <address>"
    name: '(visitAddressI2) warm public library, SNAP application help: "You can come by the Community Resource Center at 600 E 4th St between 9 and 4"',
    lines: [
      [0, 'p', 'i need help filling out the food stamp application, its confusing'],
      [20, 'l', "Hi there! This is Jess at Ask Us Now with Sample County Library. Are you filling it out online or on paper?"],
      [45, 'p', 'online but i keep getting stuck'],
      [70, 'l', "You can come by the Community Resource Center at 600 E 4th St between 9 and 4 on weekdays, and a benefits navigator will sit with you and finish it. Does that work for you?"],
      [105, 'p', 'yes ok'],
      [110, 'l', 'Anything else I can help with today?'],
      [130, 'p', 'no thats all'],
      [134, 'l', 'Great, good luck and thanks for chatting!'],
    ],
    // no URL, e-mail, phone or named resource: the address reaches the party but is no source
    exp: usual({ source: 'fail', referral: 'pass' }),
  },
  {
    // (referralInviteI2) the disconnect notice's legal aid phone, beside an invitation back: a source
    name: '(referralInviteI2) eviction, the patron goes quiet after "Which county?": the notice "call the Legal Aid intake line at 1-888-465-2468, or come back to chat anytime"',
    lines: [
      [0, 'p', 'landlord changed the locks on me today is that legal'],
      [20, 'l', "Hi, I'm Sam, a librarian with Ask Us Now. I'm so sorry. Which county is the apartment in?"],
      [160, 'l', 'Are you still there?'],
      [370, 'l', "It looks like you've been disconnected, so I'll end the chat now. A lockout without a court order is illegal in Maryland; call the Legal Aid intake line at 1-888-465-2468, or come back to chat anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    // (referralInviteI2) "call 311 for a ride, or chat with us again anytime" as the goodbye: the only source
    name: '(referralInviteI2) heat wave: cooling centres with no source, then the goodbye "If you can\'t get to one, call 311 for a ride, or chat with us again anytime. Stay cool!"',
    lines: [
      [0, 'p', 'its 104 in my apartment and no AC. where can i go'],
      [20, 'l', 'Hello, this is Dee at the Ask a Librarian service, Baltimore. Are you in the city or the county?'],
      [45, 'p', 'city, near Patterson Park'],
      [70, 'l', "The city opens cooling centers when it's this hot, and all the recreation centers are open as cooling centers today until 7pm."],
      [95, 'p', 'ok thanks'],
      [102, 'l', "If you can't get to one, call 311 for a ride, or chat with us again anytime. Stay cool!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // (bookByPhoneI2) "schedule a ride at least 48 hours ahead on <phone>"
    name: '(bookByPhoneI2) Medicaid rides to a clinic: "schedule a ride at least 48 hours ahead on 1-866-555-0199"; referral passes',
    lines: [
      [0, 'p', 'Does medicaid pay for a ride to my doctor? I dont have a car'],
      [20, 'l', 'Good morning, this is Ana, a librarian at Sample County Library answering for AskUsNow. Which county do you live in?'],
      [50, 'p', 'Sample county'],
      [75, 'l', "Yes, Medicaid covers non-emergency rides to covered appointments. In Sample County, schedule a ride at least 48 hours ahead on 1-866-555-0199. Is that what you needed?"],
      [110, 'p', 'yes thank you thats all'],
      [115, 'l', 'You are welcome, have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (bookByPhoneI2) "sign up for the Tuesday clinic by phoning <phone>"
    name: '(bookByPhoneI2) free tax and benefits clinic: "sign up for a Tuesday slot by phoning 410-555-0123"; referral passes',
    lines: [
      [0, 'p', 'is there somewhere that helps seniors with the property tax credit form for free'],
      [22, 'l', 'Hello! Kim here with Ask Us Now at Sample County Library. Is it the Homeowners Tax Credit form?'],
      [50, 'p', 'yes that one'],
      [70, 'l', 'The Senior Center runs a free benefits clinic on Tuesdays; you need to sign up for a Tuesday slot by phoning 410-555-0123. Does that help?'],
      [100, 'p', 'yes thank you'],
      [104, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [124, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals with a way to reach the party ---------------------------------------------------------------------------
  { name: '"Call 211, they keep the list of rent programs."', lines: said('Call 211, they keep the list of rent programs. Does that help?'), exp: some({ referral: 'pass', source: 'pass', complete: 'pass' }) },
  { name: '"You can also text your zip code to 898-211."', lines: said('You can also text your zip code to 898-211 and they will text back rent programs near you.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'a list: "- Community Action: 410-555-0100\\n- Salvation Army: 814 Light St"', lines: said('Try these:\n- Sample County Community Action: 410-555-0100\n- Salvation Army rent help: walk in at 814 Light St, weekday mornings'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'the contact in the next message: "contact the Mid-Shore Pro Bono office." then "Their number is 410-690-8128."', lines: said2("You'll want to contact the Mid-Shore Pro Bono office.", 'Their number is 410-690-8128.'), exp: some({ referral: 'pass' }) },
  { name: '"E-mail the intake team at rentrelief@samplecounty.gov"', lines: said('E-mail the intake team at rentrelief@samplecounty.gov with your lease and the notice.'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Walk in to the Salvation Army at 814 Light St any weekday morning."', lines: said('Walk in to the Salvation Army at 814 Light St any weekday morning, they do one-time rent help.'), exp: some({ referral: 'pass' }) },
  { name: '"If you are in crisis, dial 988 then press 1 for the Veterans Crisis Line."', lines: said('If you are in crisis, dial 988 then press 1 for the Veterans Crisis Line.'), exp: some({ referral: 'pass' }) },
  // ---- referrals without one -------------------------------------------------------------------------------------------
  { name: '"The county\'s housing office can help with that."', lines: said("The county's housing office can help with that."), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"Your caseworker should be able to sort that out, give her a call."', lines: said('Your caseworker should be able to sort that out, give her a call.'), exp: some({ referral: 'fail' }) },
  { name: '"Ask at the front desk of any branch."', lines: said('We keep printed rent help flyers, ask at the front desk of any branch.'), exp: some({ referral: 'fail' }) },
  { name: '"Call Catholic Charities; the list of programs is at 211md.org" (the URL is 211\'s)', lines: said('Call Catholic Charities, they have a rent fund. The list of other programs is at 211md.org.'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call DSS at 410-555-0190, and talk to your landlord\'s management company too" (the company has none)', lines: said("Call DSS at 410-555-0190 about emergency assistance, and talk to your landlord's management company too about a payment plan."), exp: some({ referral: 'fail' }) },
  // ---- sources, not referrals ------------------------------------------------------------------------------------------
  { name: '"findhelp.org lets you search free services by zip code." (a directory: source, no referral)', lines: said('findhelp.org lets you search free rent and food programs by zip code.'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"The county\'s rental assistance page, samplecounty.gov/rent, has the eligibility rules."', lines: said("The county's rental assistance page, samplecounty.gov/rent, has the eligibility rules and the online form."), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: 'clarify: "Is this for you or for someone else?" before the source', lines: [[0, 'p', 'what food pantries are open sundays'], [20, 'l', 'Hi, Jo at Ask Us Now here. Is this for you or for someone else?'], [40, 'p', 'my neighbor'], [60, 'l', 'findhelp.org lists pantries with Sunday hours by zip code. Does that help?'], [80, 'p', 'yes thanks'], [85, 'l', 'Bye, take care!']], exp: some({ clarify: 'pass', complete: 'pass' }) },
  { name: 'clarify: "What kind of help do you need most right now, food, rent or something else?"', lines: [[0, 'p', 'i just lost my job and dont know what to do'], [20, 'l', "Hi, this is Jo with Ask Us Now, I'm sorry to hear that. What kind of help do you need most right now: food, rent, or something else?"], [60, 'p', 'rent mostly'], [70, 'l', 'The state rent relief program is at dhcd.maryland.gov/rent. Does that give you somewhere to start?'], [90, 'p', 'yes'], [95, 'l', 'Good luck, bye!']], exp: some({ clarify: 'pass', complete: 'pass' }) },
  { name: 'no clarify: the source given at once, the question after it', lines: [[0, 'p', 'free clinics in baltimore?'], [20, 'l', 'Hi, Jo at Ask Us Now. healthcareaccessmaryland.org lists free and sliding-scale clinics. Do you have insurance at all?'], [50, 'p', 'no'], [55, 'l', 'Then the sliding-scale ones are for you. Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness and closings ---------------------------------------------------------------------------------------
  { name: 'completeness: "Will that work for you?"', lines: said('The emergency rent program is at samplecounty.gov/rent. Will that work for you?'), exp: some({ complete: 'pass' }) },
  { name: 'no completeness: "hope this helps!"', lines: said('The emergency rent program is at samplecounty.gov/rent. hope this helps!'), exp: some({ complete: 'fail' }) },
  { name: 'patron done: "thats all i needed thank u"', lines: [...NEED, [70, 'l', 'The rent program is at samplecounty.gov/rent. Does that help?'], [100, 'p', 'yes thats all i needed thank u'], [106, 'l', 'Take care!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: 'patron leaves: "gotta go bus is here" (not done explicitly)', lines: [...NEED, [70, 'l', 'The rent program is at samplecounty.gov/rent. Does that help?'], [100, 'p', 'gotta go bus is here'], [106, 'l', 'Take care, come back anytime!']], exp: some({ anything: 'fail', courteous: 'pass' }) },
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: SessionCase[] = [
  // near misses for `visitAddressI2`: no address; someone else comes to the patron's address; the inspector's visit
  { name: 'near miss: "come down to the desk and I\'ll show you how to print the form." (no address): no referral', lines: said("Come down to the desk and I'll show you how to print the form."), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The Meals on Wheels driver will come to your home at 12 Oak St around noon.": no referral', lines: said('The Meals on Wheels driver will come to your home at 12 Oak St around noon.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "When the inspector comes to 22 Elm St, show her the mold.": no referral', lines: said('When the inspector comes to 22 Elm St, show her the mold.'), exp: some({ referral: 'na' }) },
  // near misses for `referralInviteI2`: the service's own phone beside the invitation back (no referral: no source)
  { name: 'near miss: "Call us at 410-555-0100, or chat with us again anytime." : no source', lines: said('Call us at 410-555-0100, or chat with us again anytime.'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'near miss: "Text me at 410-555-0100 if you think of anything else, or chat with us again." : no source', lines: said('Text me at 410-555-0100 if you think of anything else, or chat with us again.'), exp: some({ source: 'fail', referral: 'na' }) },
  // near misses for `bookByPhoneI2`: a booking page; a booking made; a time
  { name: 'near miss: "Book a study room at sample.org/rooms if you want somewhere quiet to fill it in." : a source, no referral', lines: said('Book a study room at sample.org/rooms if you want somewhere quiet to fill it in.'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'near miss: "Your ride is booked for Friday at 10; the driver will text you." : no referral', lines: said('Your ride is booked for Friday at 10; the driver will text you.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Book it at 3 so you have time to get there." : no referral', lines: said('Book it at 3 so you have time to get there.'), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "try <organisation>" with no party noun ("Meals on Wheels") tells the patron to contact an organisation, but the
  // scorer cannot tell an organisation's name from an app's or a resource's ("try Libby", "try JSTOR") without a party word
  { name: '"Try Meals on Wheels." (no way to reach, no source)', lines: said('For your mother\'s meals, try Meals on Wheels.'), exp: some({ referral: 'fail', source: 'fail' }) },
];

describe('thirtieth round (I2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (I2): community and social services, every check', whole);
describeSessions('thirtieth round (I2): community and social services, short cases', short);
describeSessions('thirtieth round (I2): community and social services, near misses of the changes', guards);

describeLeft('thirtieth-round-community', LEFT);
