/**
 * Fifteenth round, area (P5): SENSITIVE AND CRISIS QUESTIONS AT A PUBLIC LIBRARY'S CHAT. Patrons facing eviction,
 * lockouts and utility shutoffs, homelessness (families, a veteran living in his car), domestic violence (privacy of
 * the chat, a patron who has to leave at once), food insecurity (SNAP, WIC, pantries), immigration fear (a knock at
 * the door, an asylum hearing), a mental-health crisis (988, the Veterans Crisis Line, Crisis Text Line, a panic
 * attack, a parent of a teen who self-harms, a teen thinking of running away), grief and funeral arrangements
 * (burial help for a veteran, an obituary, books for a small child, a perinatal loss group), and a patron in danger
 * in a library parking lot. Providers respond with care (hotlines and agencies with and without numbers, warm
 * handoffs, reassurance, privacy notes, staying on the chat), or clumsily (no contact for the party named, a scope
 * refusal with nothing else, a "google around" because the provider is busy, no closing); patrons who leave abruptly
 * (idle check-ins and disconnect notices, a hotline left for a patron who has gone); follow-ups, a transfer to a
 * Spanish-speaking librarian, a slow pickup, a missing code, a provider with four chats open.
 * Voices: public libraries across the US, statewide services (Ask Colorado, Ask Here PA, Answerland, Ask a Librarian
 * Delaware, AskUsNow!), a text line, a high-school library, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases; the twelfth round's L2 readings on health and social services are followed):
 * - "call 911" tells the patron to call a party (emergency services) and 911 is its phone: a referral WITH a way to
 *   reach it (and a phone contact for a referral, so a source); "dial 211", "dial 2-1-1", "call or text 988", "dial
 *   988 and press 1", "text HOME to 741741" likewise (a number to text is a phone contact, L2).
 * - "211.org lists shelters by ZIP code" is a web site to use: a source, no referral.
 * - "I'm not able to give legal advice, but … call …" refuses on policy and offers a way forward: no dismissal. "We
 *   can't help with legal matters, sorry." with nothing else refuses on the service's scope, not for the provider's
 *   convenience: no dismissal either (O1's reading), though the information checks fail. "I've got a bunch of chats
 *   going so I can't dig into that, you'll have to google around" ends the help for the provider's convenience with
 *   no way back: a dismissal.
 * - Telling the patron to go to the front desk of the branch they are in, or to come and see the school counselor
 *   or the library's social worker at set hours, tells them to visit the library's (school's) own department or a
 *   named specialist: a referral, and hours or a room are no way to reach them. "Send a letter to your landlord" tells
 *   the patron to write to a person outside the chat: a referral, with no way to reach him given. "Go to the nearest
 *   emergency room" tells the patron to visit an organisation: a referral with no address. "Call the member services
 *   number on your card" gives no number. "Talk to a lawyer" / "vale la pena hablar con su pediatra" refer with none.
 * - A privacy note ("this chat isn't linked to your card") answers; it is no source without a URL or named resource.
 * - "Are you okay?" in a silence asks about the patron's wellbeing, not whether they are still there: no check-in;
 *   "Are you still with me? I want to make sure you're okay." is one. "If you had to leave quickly, that's okay"
 *   says the patron may have gone but not that the session will end: no disconnect notice.
 * - "Is the breathing helping at all?" right after the advice and the numbers, and "Were you able to get through to
 *   them?" after a number, ask whether what was given meets the need (as "Did that help?"); "Would it help if I
 *   found a shelter that takes pets too?" asks about something not yet given.
 * - A caution alone ("Please be careful.") is no goodbye; "Take care", "Cuídese mucho" and "stay safe" at the end (the
 *   third round's "Stay safe out there!") are (one label changed after the first run, said at the case).
 * - "I'll look into them and send you what I find" promises a follow-up with no when.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason:
 * two parties joined by "or" sharing 911's number ("call 911 now, or go to the nearest emergency room"), and a
 * handbook's address later in the sentence read as the landlord's contact.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, FU_ME, describeSessions, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
const LUZ = who('Luz Ortega', 'lortega');

export const whole: SessionCase[] = [
  // ---- eviction, lockouts, shutoffs -----------------------------------------------------------------------------------
  {
    name: 'eviction: a 5-day notice in Milwaukee; "I\'m not able to give legal advice, but … call them at 414-555-0148"; the state tenant guide; "Does this help you figure out the next step?"; the patron is done',
    lines: [
      [0, 'p', "hi. i got a paper taped to my door that says i have to pay or get out. is that even legal?? i'm in milwaukee"],
      [34, 'l', "Hi, thanks for reaching out to Milwaukee Public Library's Ask a Librarian, I'm Dana. I'm sorry you're dealing with this. What does it say at the top of the notice, and do you have a written lease?"],
      [80, 'p', 'it says 5 day notice to pay rent or vacate. yes i have a lease'],
      [88, 'l', 'Thank you. One moment while I pull up the Wisconsin rules.'],
      [170, 'l', "A 5-day notice is the first step the law allows when a tenant with a lease is behind on rent, but it is not an eviction: only a court can order you out, and your landlord would have to file a case first. I'm not able to give legal advice, but the Eviction Defense Project gives free help to Milwaukee County tenants: call them at 414-555-0148 before the 5 days are up. The state's Landlord and Tenant Guide is at datcp.wi.gov (search \"tenant guide\"). Does this help you figure out the next step?"],
      [240, 'p', "yes. i didnt know they had to go to court. that's all i needed thank you"],
      [246, 'l', "You're very welcome, and good luck. Please come back anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the police non-emergency line" is a party named with no number: the referral fails although Statewide Legal Services has one
    name: 'text line, lockout in CT: answer first, then "Did u get any court papers?"; "Call the police non-emergency line … and call Statewide Legal Services at 1-800-453-3320"; the patron says "ok" and the chat just stops',
    lines: [
      [0, 'p', 'landlord changed the locks while i was at work. my stuff is inside. is that allowed in ct'],
      [50, 'l', "Hi this is the CT Library Text line, Jess answering. No, a landlord in CT can't lock u out without a court order. Did u get any court papers?"],
      [110, 'p', 'no nothing'],
      [118, 'l', "Then it's an illegal lockout. Call the police non-emergency line to report it, and call Statewide Legal Services at 1-800-453-3320 for free help. Details at ctlawhelp.org/lockout"],
      [170, 'p', 'ok'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'utility shutoff for seniors: a restatement ("So you need help paying the gas bill before Friday\'s shutoff, is that right?"), "Please dial 211 today and ask for the Energy Assistance Program", the utility\'s fund page; "that\'s everything, bless you"',
    lines: [
      [0, 'p', "They're shutting off our gas Friday and it's supposed to freeze. We're seniors. Help?"],
      [26, 'l', "Good morning, this is Irene with the Indianapolis Public Library. So you need help paying the gas bill before Friday's shutoff, is that right? Which utility is it?"],
      [70, 'p', 'citizens energy'],
      [76, 'l', "Please dial 211 today and ask for the Energy Assistance Program; they take seniors' applications by phone. Citizens also has a Winter Assistance Fund, apply at citizensenergygroup.com/assistance, and Indiana doesn't allow winter shutoffs for households that have applied for EAP. Does that help?"],
      [130, 'p', "yes, that's everything, bless you"],
      [134, 'l', "You're welcome! Stay warm, and thanks for chatting with us."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'clumsy: mold and retaliation; "Hello, Brian here at Ask Here PA." then "We can\'t help with legal matters, sorry." and nothing more: a scope refusal (no dismissal), but no question, no source and no goodbye',
    lines: [
      [0, 'p', 'my landlord is trying to evict me for complaining about mold. can you help me fight it'],
      [45, 'l', 'Hello, Brian here at Ask Here PA.'],
      [60, 'l', "We can't help with legal matters, sorry."],
      [90, 'p', 'oh. ok'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'dismissal: rent help in Pima County; after the first page the patron asks for more and the provider says "I\'ve got a bunch of chats going right now so I can\'t dig into that, you\'ll have to google around." and ends the chat',
    lines: [
      [0, 'p', 'is there any rent help in pima county, i owe 2 months'],
      [25, 'l', "Hi, you've reached Pima County Public Library's chat, I'm Kelly. Is it for the apartment you rent now?"],
      [55, 'p', 'yes, we got a notice from the landlord'],
      [62, 'l', "Pima County's eviction prevention program takes applications online at pima.gov/rentalassistance. Did that help?"],
      [110, 'p', 'i tried that it said funds closed. is there anything else? we have 2 kids'],
      [120, 'l', "I've got a bunch of chats going right now so I can't dig into that, you'll have to google around."],
      [126, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },

  // ---- homelessness and food ------------------------------------------------------------------------------------------
  {
    name: 'text line: a mother and daughter with nowhere to sleep; "Please call 211 right now" and Family Promise with a number; no completeness question; the patron goes quiet: "Are you still there?" then "It looks like we\'ve been disconnected, so I\'ll close this conversation. Text us again anytime" (idle 199 s)',
    lines: [
      [0, 'p', 'where can me and my daughter sleep tonight. we got kicked out'],
      [41, 'l', "Hi, this is Marcus with the Tulsa City-County Library text line. I'm so sorry. Are you in Tulsa right now, and is your daughter under 18?"],
      [95, 'p', 'yes downtown. shes 9'],
      [101, 'l', 'Please call 211 right now, they do emergency shelter placement for families 24/7. Family Promise of Tulsa County also takes families with kids: 918-555-0172. Let me know if you need directions to either one.'],
      [230, 'l', "Are you still there? I'm here if you need anything."],
      [300, 'l', "It looks like we've been disconnected, so I'll close this conversation. Text us again anytime, day or night. Take care of yourselves."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    // reading: "I'll look into them and send you what I find" promises a follow-up with no when; the e-mail is only in the patron fields
    name: 'a veteran living in his car: the VA\'s homeless call center with its number; "I\'ll look into them and send you what I find" under an Answered code; the e-mail only in the patron fields; "ok thanks"',
    lines: [
      [0, 'p', 'my brother is a vet and living in his car. how does he get into housing'],
      [30, 'l', 'Hi! This is Alana with the Hawaii State Public Library System. Is he on Oahu, and is he already enrolled with the VA?'],
      [80, 'p', 'oahu. no hes never used the va'],
      [88, 'l', "The VA's National Call Center for Homeless Veterans can help him even if he's never used VA care: he can call 877-424-3838 any time. Their program page is at va.gov/homeless. Does that help?"],
      [140, 'p', 'yes. is there anything local too'],
      [146, 'l', "There are a few programs on Oahu. I'll look into them and send you what I find."],
      [180, 'p', 'ok thanks'],
      [184, 'l', 'Thanks for reaching out, bye for now!'],
    ],
    over: { patron: { name: null, email: 'kalani.h@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' }),
  },
  {
    // reading: "worth asking your church or your kids' school" tells the patron to ask parties with no way to reach them
    name: 'food until payday in Wyoming, MI: the food bank\'s pantry finder and MI Bridges (sources), "worth asking your church or your kids\' school" (a referral with no contact); "Is there anything else I can look up for you?"',
    lines: [
      [0, 'p', "We ran out of food and payday isn't until the 15th. Is there anything for that?"],
      [28, 'l', "Hi! Welcome to Ask a Librarian at Kent District Library, this is Sofia. I'm sorry things are tight right now. Which city or township are you in, so I can look for places close to you?"],
      [66, 'p', 'Wyoming MI'],
      [72, 'l', 'Thanks. Just a minute while I look.'],
      [150, 'l', "Here's what I found: Feeding America West Michigan has a pantry finder at feedwm.org/find-food. You can also apply for Food Assistance through MI Bridges at michigan.gov/mibridges; emergency help can come within a few days. It would also be worth asking your church or your kids' school, many run food closets. Does that help?"],
      [210, 'p', 'yes thank u'],
      [214, 'l', "You're welcome! Is there anything else I can look up for you?"],
      [250, 'p', 'no'],
      [254, 'l', 'Take care, and good luck.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'WIC while pregnant in Arizona: "Apply at azwic.gov or call the Arizona WIC hotline at 1-800-252-5942"; "Congratulations, and take care!"; the provider had four chats open at once',
    lines: [
      [0, 'p', "I'm pregnant and we're struggling with groceries. Can I get WIC in Arizona?"],
      [30, 'l', "Hello! Thanks for contacting Maricopa County Library District. I'm Luis. Are you already on AHCCCS?"],
      [70, 'p', 'yes i have ahcccs'],
      [76, 'l', 'Then you very likely qualify for WIC. Apply at azwic.gov or call the Arizona WIC hotline at 1-800-252-5942. Did that help?'],
      [120, 'p', "yes that's all thanks"],
      [125, 'l', 'Congratulations, and take care!'],
    ],
    ctx: { otherIntervals: [
      { sessionKey: 'test:a', providerId: 'jo', start: Date.parse(at(-300)), end: Date.parse(at(400)) },
      { sessionKey: 'test:b', providerId: 'jo', start: Date.parse(at(-90)), end: Date.parse(at(200)) },
      { sessionKey: 'test:c', providerId: 'jo', start: Date.parse(at(10)), end: Date.parse(at(500)) },
    ] },
    exp: usual({ concurrency: 'fail', referral: 'pass' }),
  },

  // ---- domestic violence -----------------------------------------------------------------------------------------------
  {
    // reading: "If you're ever in immediate danger, call 911" refers to emergency services by their number: every party has a contact
    name: 'DV and privacy: "is this chat private?"; the answer about the chat (no source), "Are you somewhere safe to chat right now?", the National DV Hotline, Day One\'s line, "call 911", clearing the history; "thats everything"',
    lines: [
      [0, 'p', 'is this chat private? does my account show what i ask you'],
      [22, 'l', "Hello, you're chatting with Lena, a librarian at Hennepin County Library. Chats aren't connected to your library card or account, and we don't share them with anyone. What would you like to ask?"],
      [60, 'p', 'ok. my boyfriend checks my phone. i need to know how to get help without him finding out'],
      [70, 'l', 'Thank you for trusting me with this. Are you somewhere safe to chat right now?'],
      [110, 'p', 'yes im at work on break'],
      [118, 'l', "Good. The National Domestic Violence Hotline has advocates around the clock: call 1-800-799-7233, or chat at thehotline.org, which has a quick-escape button. Locally, you can call Day One's crisis line at 866-223-1111. If you're ever in immediate danger, call 911. Afterwards, clear this page from your browser history, or use a private window next time. Is that what you needed?"],
      [180, 'p', 'yes. thats everything. thank you'],
      [186, 'l', "You're welcome. Stay safe, and you can reach us here anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'DV, the patron has to go: "me. i have to be quick", a hold, the patron leaves; the provider leaves two numbers "in case you see this later" and an invitation back (the final idle ends at that goodbye)',
    lines: [
      [0, 'p', 'how do i get a protective order in travis county'],
      [20, 'l', "Hi, I'm Omar with Austin Public Library. Are you asking for yourself or someone else? Whatever you share here stays between us."],
      [45, 'p', 'me. i have to be quick'],
      [50, 'l', 'Okay. Give me just a moment to get you the right numbers.'],
      [58, 's', 'Patron has left the chat.', sys('patron_left')],
      [75, 'l', "In case you see this later: please call the Travis County Protective Order Office, 512-555-0117, for free help with the paperwork, or SAFE's 24-hour hotline at 512-267-7233. Please come back anytime, we're here."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'transfer: a Spanish-speaking DV patron; "I\'m going to connect you with a librarian who speaks Spanish" with an internal note saying why; Luz asks "¿Está usted en un lugar seguro ahora mismo?", gives the hotline in Spanish and "llame al 911"; "es todo"',
    lines: [
      [0, 'p', 'hola necesito ayuda, mi esposo me pega. hablo poco ingles'],
      [25, 'l', "Hello, this is Kim at Ask Colorado. I'm going to connect you with a librarian who speaks Spanish, one moment please. Un momento, por favor."],
      [30, 'i', 'Luz, Spanish-speaking patron, domestic violence, needs hotline/shelter info. Can you take this one?'],
      [35, 's', 'Chat transferred to Luz Ortega', sys('transfer', 'lortega')],
      [45, 'l', 'Hola, soy Luz, bibliotecaria de Ask Colorado. Siento mucho lo que está pasando. ¿Está usted en un lugar seguro ahora mismo?', LUZ],
      [90, 'p', 'si, el esta trabajando. estoy en denver'],
      [98, 'l', 'Gracias. La Línea Nacional contra la Violencia Doméstica atiende en español las 24 horas: 1-800-799-7233. Violence Free Colorado tiene una lista de refugios en violencefreecolorado.org. Si está en peligro inmediato, llame al 911. ¿Le sirve esta información?', LUZ],
      [150, 'p', 'si gracias. es todo'],
      [155, 'l', 'De nada. Cuídese mucho, y puede volver a escribirnos cuando quiera.', LUZ],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },

  // ---- immigration ------------------------------------------------------------------------------------------------------
  {
    name: 'immigration fear: a knock at the door; a privacy note, "Are you in Queens?"; "I\'m not able to give legal advice, but I can point you to people who can" with the red cards and the New Americans Hotline; a second question; "that\'s all"',
    lines: [
      [0, 'p', 'my neighbor says ICE is coming to our building this week. what do i do if they knock? i dont have papers'],
      [30, 'l', "Hi, I'm Tomás, a librarian with Queens Public Library. Thank you for asking, and this chat is confidential: we don't ask for your name or status. Are you in Queens, or somewhere else in New York?"],
      [75, 'p', 'jackson heights'],
      [83, 'l', "I'm not able to give legal advice, but I can point you to people who can. The Immigrant Legal Resource Center explains your rights at the door, in Spanish and other languages, at ilrc.org/red-cards. For free, confidential legal help, call the New York State New Americans Hotline at 1-800-566-7636. Would that be useful to you?"],
      [130, 'p', 'yes. can they do anything to my kids, they were born here'],
      [136, 'l', 'Let me check something for you, one moment.'],
      [210, 'l', "Children born here are US citizens. It's still a good idea to make a family safety plan; the Immigrant Defense Project has a plan template at immigrantdefenseproject.org. Did that answer your question?"],
      [260, 'p', "yes thank you so much, that's all"],
      [265, 'l', "You're welcome. Take care of yourself and your family, and reach out to us anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'follow-up: low-cost immigration lawyers before an asylum hearing; the DOJ pro bono list; "Could I email you a checked list?"; the patron types her e-mail, the provider repeats it and says "by tomorrow afternoon"; done 20 h later',
    lines: [
      [0, 'p', 'Hello, I need a list of low cost immigration lawyers in Raleigh, my asylum hearing is in May'],
      [35, 'l', 'Hi, this is Ngozi, a librarian at Wake County Public Libraries. Do you already have a lawyer, or are you looking for your first one? And what language do you prefer?'],
      [90, 'p', 'no lawyer yet. french or english is ok'],
      [98, 'l', 'Thank you. The Justice Department keeps a list of free legal service providers for each immigration court at justice.gov/eoir/list-pro-bono-legal-service-providers. Our nonprofit directory has more local groups, but it takes time to check which still take asylum cases. Could I email you a checked list?'],
      [150, 'p', 'yes please. marie.k@example.org'],
      [158, 'l', "Got it: marie.k@example.org. I'll email you the list by tomorrow afternoon. Is the pro bono list helpful for now?"],
      [200, 'p', 'yes thank you. thats all'],
      [205, 'l', "You're welcome, Marie. Good luck, and thanks for chatting with us."],
    ],
    over: { ...FU_ME, followUps: doneAfter(210, 20) },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },

  // ---- mental-health crisis ---------------------------------------------------------------------------------------------
  {
    name: 'crisis: "i just want everything to stop"; "Can I ask, are you thinking about suicide?"; 988 and "text HOME to 741741"; the provider stays ("I\'m here."); the patron connects and says bye: no completeness question, no "anything else"',
    lines: [
      [0, 'p', 'i just want everything to stop'],
      [18, 'l', "Hi, this is Jamie, a librarian at Multnomah County Library. I'm really glad you wrote. Can I ask, are you thinking about suicide?"],
      [50, 'p', 'sometimes. tonight is bad'],
      [57, 'l', "Thank you for telling me. You don't have to get through tonight alone. Please call or text 988 right now to talk with a trained counselor; if texting is easier, text HOME to 741741. I can stay right here on the chat with you while you reach out."],
      [110, 'p', 'ok im texting them'],
      [116, 'l', "I'm here."],
      [200, 'p', 'someone answered. im going to talk to them. bye'],
      [206, 'l', "I'm so glad. Thank you for reaching out tonight, you did the right thing. Our chat is here anytime."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'a military spouse: "Is he in danger of hurting himself right now?"; the Veterans Crisis Line ("dial 988 and press 1, or text 838255"), the Fort Carson clinic with a number, a families\' site; "that\'s all for now"',
    lines: [
      [0, 'p', "my husband came back from deployment and he's drinking a lot and talking about not wanting to be around. where do i even start"],
      [35, 'l', 'Hello, and thank you for reaching out to Ask a Librarian at Pikes Peak Library District. My name is Greg. Is he in danger of hurting himself right now?'],
      [80, 'p', 'i dont think right now but im scared'],
      [88, 'l', "That's understandable. The Veterans Crisis Line is for family members too: dial 988 and press 1, or text 838255. For the drinking, the Fort Carson substance use clinic can see him; call 719-555-0144. And there's a good guide for families at maketheconnection.net. Is that the kind of help you were looking for?"],
      [150, 'p', "yes. that's all for now thank you"],
      [154, 'l', "Take care of yourself too. We're here anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Are you okay?" asks about the patron's wellbeing, not whether they are still there: no check-in
    name: 'panic attack: breathing advice, "Are you somewhere you can sit down?", 911 and 988, "Is the breathing helping at all?"; then silence, "Are you okay?" and "I\'ll stay on a few more minutes." (idle 234 s): no check-in, no notice, no goodbye',
    lines: [
      [0, 'p', 'i think im having a panic attack i cant breathe right'],
      [15, 'l', "Hi, I'm Sam with AskUsNow!. I'm right here with you. Try breathing in slowly for 4 counts and out for 6. Are you somewhere you can sit down?"],
      [50, 'p', 'yes sitting'],
      [56, 'l', "Good. If your chest hurts or this doesn't ease up, please call 911. When you're ready, the 988 line can also talk you through it: call or text 988. Is the breathing helping at all?"],
      [140, 'l', 'Are you okay?'],
      [230, 'l', "I'll stay on a few more minutes."],
    ],
    over: { endAfter: 60 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' }),
  },
  {
    // reading: "vale la pena hablar con su pediatra" tells the mother to talk to a person with no way to reach him
    name: 'Spanish: a mother whose 15-year-old self-harms; "¿Su hijo está en peligro en este momento?"; 988 (marcar 2), KidsHealth en español, "hablar con su pediatra" (no contact); "¿Hay algo más en que la pueda ayudar?"',
    lines: [
      [0, 'p', 'buenas noches, mi hijo de 15 se esta cortando los brazos, no se que hacer'],
      [30, 'l', 'Buenas noches, le atiende Carmen de la Biblioteca Pública de San Antonio. Lo siento mucho. ¿Su hijo está en peligro en este momento, o está tranquilo en casa?'],
      [80, 'p', 'esta en su cuarto, esta bien ahorita'],
      [88, 'l', 'Qué bueno. Puede llamar o mandar texto al 988 y marcar 2 para español; también orientan a los padres. Para leer, KidsHealth tiene una guía en español sobre las autolesiones: kidshealth.org/es/parents/cutting.html. Y vale la pena hablar con su pediatra pronto. ¿Le es útil?'],
      [150, 'p', 'si muchas gracias'],
      [156, 'l', '¿Hay algo más en que la pueda ayudar?'],
      [190, 'p', 'no, es todo'],
      [195, 'l', 'Cuídese mucho, y aquí estamos cuando nos necesite.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "Mr. Green, our counselor, anytime tomorrow" names a specialist of the school with no way to reach him
    name: 'high school: "can you get in trouble for running away if your 16"; the Runaway Safeline with phone and site, "come talk with Mr. Green, our counselor, anytime tomorrow" (no contact)',
    lines: [
      [0, 'p', 'can you get in trouble for running away if your 16'],
      [20, 'l', 'hey! Ms. Patel here, your librarian at Eastlake High. Are you thinking about leaving home, or is this for a class?'],
      [60, 'p', 'me. things are really bad at home'],
      [66, 'l', "I'm glad you told me. The National Runaway Safeline is free and confidential and talks with teens before they leave too: call 1-800-786-2929 or chat at 1800runaway.org. You can also come talk with Mr. Green, our counselor, anytime tomorrow. Does that help for now?"],
      [120, 'p', 'ya'],
      [126, 'l', 'Anything else I can find for you?'],
      [150, 'p', 'no'],
      [153, 'l', 'OK. Take care, you can message me here anytime.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "the member services number on your card" gives no number: the plan has no way to reach it in the chat
    name: 'clumsy: a therapist who takes Medicaid; Psychology Today\'s directory, "call the member services number on your card" (no number); "ok cool" / "ok": no completeness question, no goodbye',
    lines: [
      [0, 'p', 'how do i find a therapist that takes medicaid in kentucky'],
      [28, 'l', 'Hi, this is Drew at Louisville Free Public Library. Are you looking for someone for yourself or for a child?'],
      [65, 'p', 'for me, in louisville'],
      [72, 'l', "Psychology Today's directory lets you filter by Medicaid and ZIP: psychologytoday.com/us/therapists/kentucky/louisville. Your Medicaid plan can also give you a list of in-network providers if you call the member services number on your card."],
      [120, 'p', 'ok cool'],
      [125, 'l', 'ok'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'Lost Call: "is there somewhere i can talk to someone right now" and the patron leaves; the provider greets, checks in ("Are you still with us?") and closes ("It looks like you\'ve left the chat, so I\'m closing this session…") (idle 185 s): no substantive exchange',
    lines: [
      [0, 'p', 'is there somewhere i can talk to someone right now'],
      [8, 's', 'Patron has left the chat.', sys('patron_left')],
      [30, 'l', 'Hi, this is Kerry at Ask a Librarian Delaware. How can I help?'],
      [150, 'l', "I'm here whenever you're ready to type. Are you still with us?"],
      [215, 'l', "It looks like you've left the chat, so I'm closing this session. Please come back anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- grief and funerals -----------------------------------------------------------------------------------------------
  {
    name: 'funeral with no money: "Was he a veteran, or on Medicaid or SSI?"; a hold; the VA burial page and "contact your county Job and Family Services office, Cuyahoga\'s is at 216-555-0190"; "Anything else I can help you with today?"',
    lines: [
      [0, 'p', "My dad passed away Tuesday and we don't have money for a funeral. Is there help for that?"],
      [40, 'l', "Good afternoon, this is Ray at Cuyahoga County Public Library. I'm so sorry about your father. Was he a veteran, or on Medicaid or SSI? Some of the help depends on that."],
      [90, 'p', 'he was a veteran, army. and he had medicaid'],
      [97, 'l', 'Okay, that opens a couple of doors. Give me a few minutes.'],
      [200, 'l', "The VA pays a burial allowance and offers burial in a national cemetery for veterans; the details and forms are at va.gov/burials-memorials. Ohio also helps with burial costs for people on Medicaid: contact your county Job and Family Services office, Cuyahoga's is at 216-555-0190. Does that cover what you needed?"],
      [270, 'p', 'yes it does. thank you'],
      [276, 'l', "You're welcome. Anything else I can help you with today?"],
      [310, 'p', 'no thats it'],
      [315, 'l', "Again, I'm so sorry for your loss. Take care."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an obituary in the Oregonian: picked up at 95 s ("sorry for the wait!"), then a lookup of 154 s with no word; the Legacy page and "call their obituary desk at 503-555-0121"',
    lines: [
      [0, 'p', 'how do i put an obituary in the Oregonian for my mom'],
      [95, 'l', "Hi, sorry for the wait! I'm Beth with Answerland. I'm so sorry about your mother. Do you want it in print, online, or both?"],
      [140, 'p', 'both'],
      [146, 'l', 'Let me check their current process.'],
      [300, 'l', "The Oregonian's obituaries go through Legacy: you can place one at oregonlive.com/obituaries/place, or call their obituary desk at 503-555-0121 for help. Does that answer your question?"],
      [360, 'p', "perfect, that's all i needed"],
      [365, 'l', 'Take care, and thanks for using Answerland.'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'books for a 5-year-old whose grandpa died: "Is your child a reader yet?"; two picture books in the catalog; "Are these the kind of books you had in mind?"; no resolution code recorded',
    lines: [
      [0, 'p', "my kids' grandpa died. any books to help a 5 year old understand?"],
      [22, 'l', "Hi there, Amber at Fort Worth Public Library. I'm sorry for your family's loss. Is your child a reader yet, or would picture books to read together work best?"],
      [60, 'p', 'read together'],
      [66, 'l', '"The Invisible String" by Patrice Karst and "Lifetimes" by Bryan Mellonie are both gentle; both are in our catalog at fortworthtexas.gov/library, with copies at most branches. Are these the kind of books you had in mind?'],
      [110, 'p', 'yes, thanks. thats all'],
      [115, 'l', "You're welcome. Wishing your family comfort. Bye for now."],
    ],
    over: { resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    // reading: "I have several other patrons waiting, so I need to wrap up here, but please come back to chat or call us" is the seed's allowed way out
    name: 'a perinatal loss group: "sign up by calling their bereavement coordinator at 970-555-0163"; a book; "I have several other patrons waiting, so I need to wrap up here, but please come back to chat or call us…": no dismissal',
    lines: [
      [0, 'p', 'looking for support groups for parents who lost a baby. near fort collins'],
      [30, 'l', "Hello, I'm Heather from Poudre River Public Library District. I'm so sorry for your loss. Are you looking for in-person groups or online ones?"],
      [70, 'p', 'in person if possible'],
      [76, 'l', 'UCHealth Poudre Valley runs a free perinatal loss group on the 1st and 3rd Tuesdays; you can sign up by calling their bereavement coordinator at 970-555-0163. Share Pregnancy & Infant Loss Support also lists groups at nationalshare.org. Is that helpful?'],
      [130, 'p', 'yes. do you have books too'],
      [136, 'l', 'We do: "Empty Cradle, Broken Heart" by Deborah Davis is in our catalog at catalog.poudrelibraries.org. I have several other patrons waiting, so I need to wrap up here, but please come back to chat or call us at 970-555-0108 if you want more titles. Take care.'],
      [150, 'p', 'ok thank you'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },

  // ---- a patron in danger -----------------------------------------------------------------------------------------------
  {
    // reading: "Go to the front desk right now and tell the staff" tells the patron to visit the library's own desk, with no way to reach it: the referral fails although 911 has its number
    name: 'a patron followed in a branch: "Are you at the Central Library downtown or a branch?"; "Go to the front desk right now and tell the staff … call 911"; no completeness question; "Is there anything else I can do for you?"',
    lines: [
      [0, 'p', 'theres a guy following me around the branch and now hes by my car. im in the lobby'],
      [14, 'l', 'Hi, this is Pat at Sacramento Public Library. Are you at the Central Library downtown or a branch?'],
      [30, 'p', 'belle cooledge'],
      [35, 'l', 'Please stay inside. Go to the front desk right now and tell the staff; they can call security and stay with you. If he comes toward you or you feel in danger, call 911.'],
      [70, 'p', 'ok im at the desk they called someone'],
      [76, 'l', "Good, I'm really glad you're with them. Is there anything else I can do for you?"],
      [100, 'p', 'no. thank you'],
      [104, 'l', 'Please take care, and thanks for letting us know.'],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
];

const HI: [number, 'l', string] = [20, 'l', 'Hi, this is Jo at Sample County Library. Can you tell me a little more about your situation?'];

export const short: SessionCase[] = [
  // ---- referrals by number, text code and site ------------------------------------------------------------------------
  {
    // reading: "call 911" refers to emergency services with their number
    name: 'short: "If you ever feel unsafe at home, call 911." with a court page: referral passes',
    lines: [[0, 'p', 'how do i file for a restraining order in ohio'], HI, [50, 'p', 'my ex keeps showing up at my house'], [58, 'l', 'The forms and steps for a civil protection order are at supremecourt.ohio.gov/docs/JCS/domesticViolence. If you ever feel unsafe at home, call 911. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'short: "you can text HELLO to 741741 and a crisis counselor will text back": referral passes',
    lines: [[0, 'p', 'i dont like talking on the phone but i need to talk to someone'], HI, [50, 'p', 'just really low lately'], [58, 'l', "That makes sense. You can text HELLO to 741741 and a crisis counselor will text back, usually within a few minutes. Is that something you'd try?"], [90, 'p', 'yeah thats all i needed'], [94, 'l', 'Thanks for reaching out. Take care.']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'short: "dial 2-1-1 and ask for the shelter line" (a number written with hyphens): referral passes',
    lines: [[0, 'p', 'where do homeless people go when its this cold'], HI, [50, 'p', 'its for me. in the car tonight'], [58, 'l', "I'm sorry. Please dial 2-1-1 and ask for the shelter line; they know which warming centers have beds tonight. Did that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Stay warm. Bye.']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'short near miss: "211.org lists shelters by ZIP code" is a site to use: source passes, referral na',
    lines: [[0, 'p', 'list of shelters near 64130?'], HI, [50, 'p', 'kansas city mo, for me and my son'], [58, 'l', '211.org lists shelters by ZIP code: put in 64130 and choose Housing > Shelters. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short: "Reach out to a crisis line tonight, okay?" names no line and no number: referral fails',
    lines: [[0, 'p', 'books about wanting to disappear'], HI, [50, 'p', 'its how i feel'], [58, 'l', '"Reasons to Stay Alive" by Matt Haig is in our catalog at samplecountylib.org. Reach out to a crisis line tonight, okay? Does the book sound right?'], [90, 'p', 'ok thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    name: 'short: "The Trevor Project has counselors 24/7; reach them at thetrevorproject.org/get-help": referral passes with a URL',
    lines: [[0, 'p', 'im gay and my parents found out and its bad'], HI, [50, 'p', 'im 16. they are yelling a lot'], [58, 'l', "I'm sorry. The Trevor Project has counselors for LGBTQ young people 24/7; reach them at thetrevorproject.org/get-help by chat, text or phone. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'short: "You should talk to a lawyer about that." with nothing to reach one: referral fails',
    lines: [[0, 'p', 'can they deport my mom if she goes to the hospital'], HI, [50, 'p', 'she doesnt have papers, we are in georgia'], [58, 'l', 'Hospitals treat emergencies regardless of status; the National Immigration Law Center explains it at nilc.org. For her own case, you should talk to a lawyer about that. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    name: 'short: "Email our library social worker at socialwork@samplecountylib.org" refers to the library\'s own staff with an e-mail: passes',
    lines: [[0, 'p', 'i just got out of jail and need help with id and a place to stay'], HI, [50, 'p', 'i live downtown now, shelter on 5th'], [58, 'l', 'Welcome back. Email our library social worker at socialwork@samplecountylib.org; she helps with IDs and housing applications every week. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    // reading: hours at a branch are no way to reach a person
    name: 'short near miss: "drop in to see our social worker, Ms. Diaz, at the Central Library on Tuesdays 10-2": hours are no contact, referral fails',
    lines: [[0, 'p', 'i need help applying for housing, i dont have a computer'], HI, [50, 'p', 'staying with friends, about to lose that'], [58, 'l', 'You can drop in to see our social worker, Ms. Diaz, at the Central Library on Tuesdays 10-2; she does housing applications with people. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ referral: 'fail' }),
  },

  // ---- dismissals and refusals -------------------------------------------------------------------------------------------
  {
    name: 'short: "I\'m not able to give legal advice, but Legal Aid of North Carolina\'s helpline can: 1-866-219-5262": no dismissal, referral passes',
    lines: [[0, 'p', 'can my landlord keep my whole deposit for carpet'], HI, [50, 'p', 'i lived there 6 years, in durham'], [58, 'l', "I'm not able to give legal advice, but Legal Aid of North Carolina's helpline can: call 1-866-219-5262. Did that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Good luck. Bye.']],
    exp: some({ dismissal: 'pass', referral: 'pass' }),
  },
  {
    // reading: a refusal on policy with nothing else is no dismissal (it ends no help for the provider's convenience)
    name: 'short: "I can\'t give legal advice, sorry. Bye." refuses on policy: no dismissal, but no source',
    lines: [[0, 'p', 'should i sign the eviction agreement my landlord gave me'], [20, 'l', "Hi, this is Jo at Sample County Library. I can't give legal advice, sorry. Bye."], [40, 'p', 'oh']],
    exp: some({ dismissal: 'pass', source: 'fail', courteous: 'pass' }),
  },
  {
    name: 'short: "I\'m logging off now, my shift is over." while the patron still asks about a shelter: a dismissal',
    lines: [[0, 'p', 'do any shelters take dogs'], HI, [50, 'p', 'i have to leave my apartment friday'], [58, 'l', 'Some do; findhelp.org lets you filter shelters that take pets. Did that help?'], [90, 'p', 'kind of, do you know any in my area'], [96, 'l', "I'm logging off now, my shift is over."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'short: "I have other people waiting. You\'ll need to figure the rest out on your own." with no way back: a dismissal',
    lines: [[0, 'p', 'how do i apply for emergency food stamps'], HI, [50, 'p', 'in california, no food left'], [58, 'l', 'Apply for CalFresh at getcalfresh.org; ask for expedited service. Did that help?'], [90, 'p', 'what if i dont have id'], [96, 'l', "I have other people waiting. You'll need to figure the rest out on your own."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'short near miss: "There are a few people waiting, so I\'ll stop here; please start a new chat if you need more." invites the patron back: no dismissal',
    lines: [[0, 'p', 'how do i apply for emergency food stamps'], HI, [50, 'p', 'in california, no food left'], [58, 'l', 'Apply for CalFresh at getcalfresh.org and ask for expedited service; you can get benefits within 3 days. Did that help?'], [90, 'p', 'yes, and what if i dont have id'], [96, 'l', "You can still apply and send the ID later. There are a few people waiting, so I'll stop here; please start a new chat if you need more."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },

  // ---- check-ins, notices, completeness, closings ------------------------------------------------------------------------
  {
    name: 'short: after 988, silence: "Are you still with me? I want to make sure you\'re okay." (final idle 150 s): check-in passes, notice na',
    lines: [[0, 'p', 'i dont see the point of anything'], HI, [50, 'p', 'nothing is working out'], [58, 'l', "I hear you, and I'm glad you wrote. Please call or text 988 any time, someone will listen. Would it help to talk about what's going on?"], [190, 'l', "Are you still with me? I want to make sure you're okay."]],
    over: { endAfter: 18 },
    exp: some({ idle: 'pass', disconnect: 'na', referral: 'pass' }),
  },
  {
    // label changed after the first run: "stay safe" at the end is a parting wish that says goodbye (the third round's "Stay safe out there!")
    name: 'short near miss: "If you had to leave quickly, that\'s okay, stay safe." after a check-in (idle 230 s) says no end: notice fails; "stay safe" says goodbye',
    lines: [[0, 'p', 'how do you leave someone who controls all the money'], HI, [50, 'p', 'its my husband'], [58, 'l', 'The National Domestic Violence Hotline helps with financial abuse: call 1-800-799-7233. The Allstate Foundation guide at purplepurse.org has a money plan. Does that help?'], [200, 'l', 'Are you still there?'], [280, 'l', "If you had to leave quickly, that's okay, stay safe."]],
    over: { endAfter: 8 },
    exp: some({ idle: 'pass', disconnect: 'fail', courteous: 'pass' }),
  },
  {
    name: 'short: "Since I haven\'t heard from you, it seems the chat dropped; I\'m going to close it now. 988 is there 24/7 if you need to talk. Take care." (idle 200 s): both pass',
    lines: [[0, 'p', 'my best friend died last week and i cant stop crying'], HI, [50, 'p', 'car accident'], [58, 'l', "I'm so sorry. \"Option B\" by Sheryl Sandberg and \"It's OK That You're Not OK\" by Megan Devine are in our catalog at samplecountylib.org. Would either of those help?"], [190, 'l', 'Are you there?'], [258, 'l', "Since I haven't heard from you, it seems the chat dropped; I'm going to close it now. 988 is there 24/7 if you need to talk. Take care."]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    // reading: a well-wish alone is no goodbye
    name: 'short near miss: the last two provider messages are the number and "Please be careful.": courteous fails',
    lines: [[0, 'p', 'someone keeps calling me and threatening me'], HI, [50, 'p', 'i dont know who it is'], [58, 'l', 'Report it to your police non-emergency line, 555-0110 here in Sample County. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Please be careful.']],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    name: 'short: "thank you for being so kind. I don\'t need anything else." says the patron is done: anything else passes',
    lines: [[0, 'p', 'how do i get my husbands death certificate'], HI, [50, 'p', 'he died in march in phoenix'], [58, 'l', "I'm very sorry. Arizona death certificates are ordered from the county vital records office online at maricopa.gov/vitalrecords. Does that help?"], [90, 'p', "yes. thank you for being so kind. I don't need anything else."], [94, 'l', 'Take care.']],
    exp: some({ anything: 'pass', complete: 'pass' }),
  },
  {
    name: 'short near miss: "ok. thanks" alone does not say the patron is done: anything else fails',
    lines: [[0, 'p', 'how do i get my husbands death certificate'], HI, [50, 'p', 'he died in march in phoenix'], [58, 'l', "I'm very sorry. Arizona death certificates are ordered from the county vital records office online at maricopa.gov/vitalrecords. Does that help?"], [90, 'p', 'ok. thanks'], [94, 'l', 'Take care.']],
    exp: some({ anything: 'fail', complete: 'pass' }),
  },
  {
    // reading: asks whether what was given (the number) worked for the patron
    name: 'short: "Were you able to get through to them?" after the hotline number: completeness passes',
    lines: [[0, 'p', 'my sister says she is going to hurt herself'], HI, [40, 'p', 'she texted me, shes in another state'], [46, 'l', 'Call 988 and tell them where she is; they can connect with her local crisis team. Call 911 if she is in danger right now.'], [110, 'p', 'ok calling'], [180, 'p', 'they are sending someone'], [186, 'l', "I'm so glad. Were you able to get through to them?"], [200, 'p', 'yes, thats all, thank you'], [204, 'l', 'Take care of yourself too.']],
    exp: some({ complete: 'pass', referral: 'pass' }),
  },
  {
    name: 'short near miss: "Would it help if I found a shelter that takes pets too?" asks about something not yet given: completeness fails',
    lines: [[0, 'p', 'shelters for women in dayton'], HI, [50, 'p', 'leaving a bad relationship, i have a cat'], [58, 'l', "YWCA Dayton runs a 24-hour shelter for women: call 937-222-7233. Would it help if I found a shelter that takes pets too?"], [90, 'p', 'no thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'short near miss: a privacy note alone ("We don\'t share what you ask with anyone, and chats aren\'t linked to your card") answers, but gives no source',
    lines: [[0, 'p', 'if i ask about abortion will anyone find out'], [20, 'l', "Hi, this is Jo at Sample County Library. No: we don't share what you ask with anyone, and chats aren't linked to your card. What would you like to know?"], [50, 'p', 'nevermind. thanks'], [54, 'l', 'Okay. Come back anytime.']],
    exp: some({ source: 'fail', clarify: 'fail', courteous: 'pass' }),
  },

  // ---- follow-ups -----------------------------------------------------------------------------------------------------------
  {
    name: 'short: "I\'ll call you back at 555-0134 tomorrow before noon" after the patron typed the number: follow-up contact passes',
    lines: [[0, 'p', 'i need a list of food pantries open on weekends in the county'], HI, [50, 'p', 'im in Riverside, no car. can you call me, 951-555-0134'], [58, 'l', "I'll check which ones are open weekends and call you back at 951-555-0134 tomorrow before noon. Is that okay?"], [90, 'p', 'yes thats all'], [94, 'l', 'Talk soon. Bye.']],
    over: { ...FU_ME, followUps: doneAfter(99, 18) },
    exp: some({ contact: 'pass', onTime: 'pass', code: 'pass' }),
  },
  {
    name: 'short near miss: "I\'ll text you once I hear from the shelter" (the number typed, no when): follow-up contact fails',
    lines: [[0, 'p', 'does the mens shelter on 3rd have beds tonight'], HI, [50, 'p', 'its for me. text me at 602-555-0177'], [58, 'l', "I'm calling them now, I'll text you at 602-555-0177 once I hear from the shelter."], [90, 'p', 'ok thats all'], [94, 'l', 'Hang in there. Bye.']],
    over: { ...FU_ME, followUps: doneAfter(99, 1) },
    exp: some({ contact: 'fail', onTime: 'pass' }),
  },

  // ---- the block's widenings and their near misses ---------------------------------------------------------------------
  {
    name: 'short: "If the pain gets worse tonight, go to the nearest emergency room." with no address: referral fails',
    lines: [[0, 'p', 'my tooth abscess is swelling up my face and i have no dentist'], HI, [50, 'p', 'no insurance either'], [58, 'l', 'The free dental clinic list is at freedentalcare.us. If the pain gets worse tonight, go to the nearest emergency room. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Feel better. Bye.']],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    name: 'short near miss: "The ER doctor told her it was fine" names no one to contact: referral na',
    lines: [[0, 'p', 'my mom fell and the ER said its fine but shes confused, what should i read'], HI, [50, 'p', 'she is 82'], [58, 'l', "I'm sorry. The ER doctor told her it was fine, but MedlinePlus explains confusion after a fall in older adults at medlineplus.gov/falls.html. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss: "The 911 dispatch center is hiring; the posting is at" a page: no referral',
    lines: [[0, 'p', 'how do i become a 911 dispatcher in tulsa'], HI, [50, 'p', 'i live in tulsa'], [58, 'l', 'The 911 dispatch center is hiring; the posting and the test dates are at cityoftulsa.org/jobs. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Good luck. Bye.']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short: "Vale la pena hablar con su trabajadora social" (no contact): referral fails; "Vale la pena leer" names no party',
    lines: [[0, 'p', 'me van a cortar la luz, que hago'], HI, [50, 'p', 'en el bronx, tengo medicaid'], [58, 'l', 'Vale la pena leer la guía de HEAP en access.nyc.gov/heap. También vale la pena hablar con su trabajadora social. ¿Le sirve?'], [90, 'p', 'si, es todo'], [94, 'l', 'Cuídese. Adiós.']],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    name: 'short near miss: "It is not really worth calling them about it" tells the patron not to contact anyone: referral na',
    lines: [[0, 'p', 'should i report the scam call i got to the police'], HI, [50, 'p', 'they asked for my ssn but i hung up'], [58, 'l', 'Since you gave nothing, it is not really worth calling them about it; you can report the number at reportfraud.ftc.gov. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'short near miss: a real question ending in "ok?" ("Is the 9 am slot at the clinic ok?") refers no one',
    lines: [[0, 'p', 'can you find me a free flu shot'], HI, [50, 'p', 'hartford, tomorrow morning'], [58, 'l', 'The city health department has free flu shots tomorrow at 9 am and 11 am; the list is at hartfordct.gov/health. Is the 9 am slot at the clinic ok?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye.']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'short near miss: "Is the library helping you with the form?" asks about the patron\'s help, not what was given: completeness fails',
    lines: [[0, 'p', 'how do i fill in the rent relief form'], HI, [50, 'p', 'in austin'], [58, 'l', 'The form and the steps are at austintexas.gov/rentrelief. Is the library helping you with the form?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye.']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'short: "Are these tips helping at all?" after the tips: completeness passes',
    lines: [[0, 'p', 'i cant sleep since the funeral'], HI, [50, 'p', 'its been 3 weeks'], [58, 'l', "I'm so sorry. The Sleep Foundation's page on grief and sleep (sleepfoundation.org/grief) has gentle tips."], [100, 'p', 'ok reading'], [160, 'l', 'Are these tips helping at all?'], [190, 'p', 'a bit. thats all thanks'], [194, 'l', 'Take care. Bye.']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'short near miss: "The forms are here whenever you\'re ready to apply" after the patron left is an answer: a substantive exchange',
    lines: [[0, 'p', 'how do i apply for emergency housing'], [8, 's', 'Patron has left the chat.', sys('patron_left')], [20, 'l', "Hi, this is Jo at Sample County Library. The forms are here whenever you're ready to apply: samplecounty.gov/housing."]],
    over: { resolutionCode: 'Lost Call' },
    exp: some({ source: 'pass', clarify: 'fail' }),
  },
  {
    name: 'short near miss: "I\'ve got several chats going, so I may be a little slow, but …" with the answer: no dismissal',
    lines: [[0, 'p', 'is there a shelter for teens'], HI, [50, 'p', 'im 17, in seattle'], [58, 'l', "I've got several chats going, so I may be a little slow, but YouthCare's shelter takes teens: call 206-555-0190. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Take care. Bye.']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'short near miss: "I\'ll google around for you, one moment." is the provider searching: no dismissal',
    lines: [[0, 'p', 'any grief groups for teens in boise'], HI, [50, 'p', 'my dad died, im 15'], [58, 'l', "I'm so sorry. I'll google around for you, one moment."], [110, 'l', 'Camp Erin Boise runs free grief groups for teens: call 208-555-0133. Does that help?'], [140, 'p', 'yes thats all'], [144, 'l', 'Take care. Bye.']],
    exp: some({ dismissal: 'pass', referral: 'pass' }),
  },
  {
    // (run since v18's `namedUrlRM`; it was left:) the handbook's address (ag.state.mn.us/…) later in the same sentence is read as the landlord's way to reach him (P4's LEFT: a URL of something else taken as the party's contact)
    // reading: writing to the landlord is contacting a person outside the chat; no way to reach him is given
    name: 'short: "Send a letter to your landlord asking for the repair in writing" refers to the landlord with no contact: referral fails',
    lines: [[0, 'p', 'my heat has been out for a week and the landlord ignores my texts'], HI, [50, 'p', 'im in st paul, renting'], [58, 'l', "Send a letter to your landlord asking for the repair in writing and keep a copy; the Minnesota Attorney General's Landlords and Tenants handbook explains the 14-day rule at ag.state.mn.us/consumer/handbooks. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Good luck. Bye.']],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    // (run since v18's block RM; it was left:) "call 911 now, or go to the nearest emergency room": two parties joined by "or" share 911 (the eleventh round's K3 gap: checks/referral.ts reads the second party with the first one's number)
    name: 'short: "Go to the nearest emergency room" (no address): referral fails; the poison line with its number alone would pass',
    lines: [[0, 'p', 'my roommate took a bunch of pills and is really sleepy'], HI, [40, 'p', 'like 10 tylenol pm'], [46, 'l', 'Please call 911 now, or go to the nearest emergency room. Poison Control is also at 1-800-222-1222. Is someone with you?'], [80, 'p', 'calling 911 now thats all'], [84, 'l', 'Good. Take care.']],
    exp: some({ referral: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [];

describe('fifteenth round (P5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifteenth round (P5): sensitive and crisis questions, every check', whole);
describeSessions('fifteenth round (P5): sensitive and crisis questions, short cases', short);

describeLeft('fifteenth-round-crisis', LEFT);
