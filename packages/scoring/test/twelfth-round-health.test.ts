/**
 * Twelfth round, area (L2): HEALTH AND SOCIAL SERVICES. Consumer health questions (medications, lab results,
 * diagnoses) answered with MedlinePlus-style sources and "I'm not a doctor" disclaimers; crisis and sensitive
 * sessions (988, Crisis Text Line, domestic violence hotlines, a patron who leaves at once); food banks, housing,
 * rental help, SNAP, WIC, Medicaid and Medicare; referrals to clinics, agencies, hotlines and professionals with and
 * without a way to reach them (phones, short codes to text, street addresses, e-mails, a room number); patrons upset
 * or in distress, and providers handling it well (calm, a way back) or badly (a refusal with nothing, a limit of
 * questions, logging off).
 * Voices: public libraries (Ohio's KnowItNow, Tacoma, San José, Tulsa, Multnomah), a health sciences library, a
 * high-school library, SMS and chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where
 * the text leaves room (each also at its case):
 * - "That's a question for your pharmacist / whoever ordered the test" tells the patron to ask that person: a
 *   referral (RUBRIC: "ask ... them"), which fails without a way to reach them. "Your pharmacist can tell you" too.
 * - A number to text (Crisis Text Line's 741741, Teen Line's 839863) is a phone contact: a way to reach the party.
 * - A room number inside a school ("room 114") is no e-mail, phone, postal address or URL: the counselor referred to
 *   has no way to reach them in the rubric's sense.
 * - A question asked inside the first message that gives a source ("...call or text 988... Are you safe right
 *   now?") is not asked BEFORE that message: clarify fails (the eleventh round's reading).
 * - A message sent after the patron left that gives a hotline is a visible message other than a greeting: there is
 *   a substantive exchange, so the information checks apply.
 * - "Stay safe" alone says no goodbye; "reach out again anytime" invites the patron back.
 * - A party named as the publisher of a page ("from the National Library of Medicine") is merely mentioned.
 * - A street address gives a way to reach a party (referral.contact) but is no source: info.source lists URLs, e-mails
 *   or phones for a referral, and named resources (one label changed after the first run, said at the case).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the
 * reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, type SessionCase, some, sys, T0, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- benefits: SNAP, Medicaid, WIC, housing ----------------------------------------------------------------------
  {
    name: 'KnowItNow (Ohio): SNAP limits for a household of 3, a hold, then the Ohio Benefits site and Franklin County JFS with street address and phone; "Did this get you what you needed?"; the patron is done',
    lines: [
      [0, 'p', 'hi how much can i make and still get food stamps in ohio'],
      [38, 'l', "Good morning! You've reached KnowItNow, Ohio's 24/7 library chat. My name is Terrance. How many people live and buy food together in your household?"],
      [71, 'p', 'me and my 2 kids'],
      [79, 'l', 'Hang tight, pulling up this year\'s chart.'],
      [151, 'l', 'For a household of 3 the gross monthly limit is $2,152 (130% of poverty). You apply at benefits.ohio.gov. For the interview, contact your county Job and Family Services office: Franklin County JFS is at 1721 Northland Park Ave, Columbus, 844-640-6446. Did this get you what you needed?'],
      [200, 'p', 'perfect, thats all i had'],
      [206, 'l', 'Take care, and good luck with the application! Thanks for using KnowItNow.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Medicaid renewal (PA): promise "I\'ll email you the list of PA MEDI assisters in Erie County by tomorrow afternoon", e-mail read back, DHS phone given; follow-up recorded 20 h later',
    lines: [
      [0, 'p', 'I got a letter that my medicaid is ending because I didnt send the renewal. what do i do'],
      [27, 'l', 'Hello, this is Beth, a librarian at the Erie County Public Library. I\'m sorry, that letter is stressful. Which county do you live in, Erie?'],
      [60, 'p', 'yes erie. i need help filling it out'],
      [70, 'l', 'You can still renew within 90 days of the closing date at compass.state.pa.us, or call the DHS Customer Service Center at 1-877-395-8930 and they can do it over the phone. Is that what you were looking for?'],
      [130, 'p', 'sort of, i need someone to sit with me tho'],
      [140, 'l', "Understood. PA MEDI assisters do that for free. I'll email you the list of assisters in Erie County by tomorrow afternoon. Is jlopez@example.org still the best address?"],
      [170, 'p', 'yes thats it'],
      [176, 'l', 'Great, you will have it by 3 pm tomorrow. Anything else I can help with today?'],
      [200, 'p', 'no thank you'],
      [205, 'l', 'Take care, and thanks for contacting us!'],
    ],
    over: { resolutionCode: 'Follow-up by me', patron: { name: null, email: 'jlopez@example.org', phone: null }, followUps: [{ doneAt: at(20 * 3600), by: 'jo', note: 'sent PA MEDI list' }] },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }),
  },
  {
    // reading: "I'll look for more and email you" promises a follow-up; the code stays Answered and nothing says when
    name: 'WIC: "I\'ll look for more WIC offices that are open Saturdays and email you": promised, coded Answered, e-mail only in the patron field, no when; nothing recorded yet',
    lines: [
      [0, 'p', 'where can i sign up for WIC in tulsa? i work weekdays'],
      [22, 'l', 'Hi there, this is Marcus at Tulsa City-County Library. Do you need a weekend or evening appointment?'],
      [50, 'p', 'saturdays if possible'],
      [58, 'l', 'The Tulsa Health Department runs WIC; their clinic list and the online pre-application are at tulsa-health.org/wic. Is that the sort of thing you needed?'],
      [100, 'p', 'yeah but which ones are open saturday'],
      [110, 'l', "I'm not sure, so I'll look for more WIC offices that are open Saturdays and email you. Thanks for your patience!"],
      [130, 'p', 'ok thx'],
    ],
    over: { patron: { name: null, email: 'tmiller@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'housing: an upset patron ("the 4th place that told me to call 211 and NOBODY ANSWERS"); the provider apologises and gives the county rental help line with hours and a walk-in address',
    lines: [
      [0, 'p', 'I need help with rent before the 1st or we get evicted'],
      [19, 'l', 'Hi, I\'m Danielle with Pierce County Library System. Which city are you in?'],
      [45, 'p', 'tacoma. and dont tell me to call 211 this is the 4th place that told me that and NOBODY ANSWERS'],
      [55, 'l', "I hear you, and I'm sorry you've been bounced around. Let me find a direct line, one moment."],
      [140, 'l', 'Pierce County Human Services runs the Rental Assistance line at 253-798-4400 (weekdays 8:30-4:30), and you can walk in at 1305 Tacoma Ave S, Suite 104. If you already have an eviction notice, the Tenant Rights hotline at the Tacoma-Pierce County Bar is 253-572-5134. Does that help?'],
      [190, 'p', 'ok thank you. sorry i yelled'],
      [197, 'l', 'No need to apologise at all. Is there anything else I can look up for you?'],
      [230, 'p', 'no thats it'],
      [236, 'l', 'I hope they can help. Please come back anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'dismissal: the patron asks a second housing question and the provider says "We only allow one question per chat, so I need to end this one now."',
    lines: [
      [0, 'p', 'what is section 8 and how do i apply in baltimore'],
      [30, 'l', 'Hello, this is Carl at Enoch Pratt Free Library. Are you asking about the Housing Choice Voucher program?'],
      [60, 'p', 'yes'],
      [66, 'l', 'Section 8 (Housing Choice Vouchers) in Baltimore City is run by HABC; the waitlist opens only now and then, and notices are posted at habc.org/hcvp. Does that answer your question?'],
      [100, 'p', 'yes. also can i get help with my BGE bill'],
      [106, 'l', 'We only allow one question per chat, so I need to end this one now.'],
      [110, 's', 'Chat ended by librarian.', sys('ended')],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'the provider logs off mid-question ("I\'m logging off for the night, so that\'s all I can do."): dismissal without a way back',
    lines: [
      [0, 'p', 'is there a free clinic in okc that does dental for adults'],
      [25, 'l', 'Hi! This is Shawna with Metropolitan Library System. Do you have any insurance, SoonerCare or private?'],
      [55, 'p', 'none'],
      [63, 'l', "Good Shepherd Ministries runs a free clinic with dental for uninsured adults: goodshepherdokc.org has the intake days. Did that help?"],
      [110, 'p', 'kind of. do they take walk ins'],
      [118, 'l', "I'm logging off for the night, so that's all I can do."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },

  // ---- consumer health: medications, lab results, diagnoses --------------------------------------------------------
  {
    // reading: "what your number means for you is a question for whoever ordered the test" tells the patron to ask
    // that clinician: a referral, with no way to reach them
    name: 'health sciences library: A1C lab result; plain-language or clinical?; MedlinePlus lab test page; "a question for whoever ordered the test" (referral without contact)',
    lines: [
      [0, 'p', 'my A1C came back 6.1, what does that mean'],
      [31, 'l', 'Welcome to Ask Welch! This is Dana, a librarian at the Welch Medical Library. Would you like a plain-language explanation, or research articles?'],
      [70, 'p', 'plain please'],
      [80, 'l', "MedlinePlus explains the test and its ranges: medlineplus.gov/lab-tests/hemoglobin-a1c-hba1c-test/. I'm not a medical professional, so what your number means for you is a question for whoever ordered the test. Is this what you needed?"],
      [120, 'p', "yes that's everything"],
      [126, 'l', 'Thanks for using Ask Welch, take care.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: '"I\'m not a doctor, but" a drug label: DailyMed page, and Poison Control 1-800-222-1222 if a child swallowed some; restates the need first',
    lines: [
      [0, 'p', 'my 3 yr old might have licked some of my melatonin gummies is that dangerous'],
      [14, 'l', "Hi, you're chatting with Rob, a librarian at Sno-Isle Libraries. So you want to know whether a small amount of melatonin is harmful to a toddler, right?"],
      [30, 'p', 'yes'],
      [36, 'l', "I'm not a doctor, but Poison Control can tell you right now, for free: call 1-800-222-1222 or use webpoisoncontrol.org. They answer 24/7."],
      [44, 'l', 'Can you call them now? Let me know how it goes.'],
      [110, 'p', 'called them, they said shes fine, thank you so much'],
      [116, 'l', "I'm so glad! Is there anything else you need?"],
      [140, 'p', 'no thats all'],
      [145, 'l', 'Take care, bye!'],
    ],
    // reading: "Let me know how it goes" does not ask whether the information meets the need
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'badly handled: bipolar medication question refused ("I can\'t answer medical questions. Please ask a doctor."): no source, no question, referral without contact, no goodbye',
    lines: [
      [0, 'p', 'can lithium cause weight gain, my psychiatrist isnt answering'],
      [40, 'l', 'Hi, Ask Us chat, Bill here.'],
      [48, 'l', "I can't answer medical questions. Please ask a doctor."],
      [90, 'p', 'ok...'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'chronic kidney disease stage 3: caregiver; NIDDK page and the NKF Cares helpline with number; a silent 150 s search with no hold (keep informed fails)',
    lines: [
      [0, 'p', 'my dad was just told he has stage 3 ckd. where can i read about it in normal words'],
      [33, 'l', 'Hello, and thank you for contacting the Ask a Librarian service at Cuyahoga County Public Library. I\'m Nadia. Are you looking for something printed to bring him, or websites?'],
      [70, 'p', 'websites is fine'],
      [220, 'l', "The National Institute of Diabetes and Digestive and Kidney Diseases has a clear overview: niddk.nih.gov/health-information/kidney-disease. For questions about living with it, the National Kidney Foundation's NKF Cares helpline is 855-653-2273. Is that helpful?"],
      [260, 'p', 'yes, thanks thats all i need'],
      [266, 'l', 'Wishing your dad the best. Thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'pickup at 95 s: free clinics for the uninsured in Tulsa; 2-1-1 Eastern Oklahoma by phone and site',
    lines: [
      [0, 'p', 'is there a free clinic near me, no insurance, tulsa 74112'],
      [95, 'l', 'Hi, sorry for the wait! This is Joy, a librarian at Tulsa City-County Library. Is this for a regular checkup or something urgent?'],
      [130, 'p', 'checkup and bloodwork'],
      [138, 'l', 'Morton Comprehensive Health Services charges on a sliding scale and is close to 74112; call 918-587-2171 to book. For other free clinics, dial 2-1-1 or search 211eok.org. Would that work for you?'],
      [180, 'p', "yes that's all i needed, ty"],
      [184, 'l', 'You are welcome, take care!'],
    ],
    exp: usual({ pickup: 'fail', referral: 'pass' }),
  },
  {
    name: 'academic nursing student: systematic reviews on fall prevention in CINAHL; a clarifying question; no referral',
    lines: [
      [0, 'p', 'I need systematic reviews on fall prevention in older adults for my NUR 340 paper'],
      [21, 'l', 'Hi! I\'m Alexis, the nursing librarian at UMass Amherst Libraries. Community-dwelling older adults or hospital/long-term care?'],
      [52, 'p', 'long term care'],
      [58, 'l', 'One moment, building the search.'],
      [140, 'l', 'In CINAHL Complete (guides.library.umass.edu/nursing > Databases), search (fall* N3 prevent*) AND ("nursing homes" OR "long term care") and limit Publication Type to Systematic Review: 84 results. The Cochrane Library also has a 2018 review on exactly this. Does that give you what you need?'],
      [200, 'p', 'yes! that is everything'],
      [205, 'l', 'Great, good luck with the paper! Bye for now.'],
    ],
    exp: usual(),
  },

  // ---- crisis and sensitive sessions ---------------------------------------------------------------------------------
  {
    // reading: "Are you safe right now?" is in the same message as the first source (988), so not before it
    name: 'crisis: "i dont really want to be here anymore"; the provider gives 988 (call, text, chat) and asks "Are you safe right now?" in the same message; grief books; "Would any of these help?"',
    lines: [
      [0, 'p', 'i dont really want to be here anymore. are there books that help with that'],
      [22, 'l', "Hi, I'm Priya, a librarian at Austin Public Library. I'm really glad you reached out. If you're thinking about ending your life, please call or text 988, or chat at 988lifeline.org; someone is there 24/7. Are you safe right now?"],
      [75, 'p', 'im ok, im not gonna do anything. just sad. my mom died in march'],
      [82, 'l', "I'm so sorry about your mom. Give me a moment to find a few good ones."],
      [160, 'l', 'Readers often recommend "The Year of Magical Thinking" by Joan Didion and "It\'s OK That You\'re Not OK" by Megan Devine; both are in our catalog at library.austintexas.gov and on Libby. Would any of these help?'],
      [210, 'p', 'yeah. thanks'],
      [216, 'l', 'You are welcome. Please reach out again anytime, and 988 is there day and night if things get hard.'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'domestic violence: "asking for a friend", then "its me"; Call to Safety, the National DV Hotline (phone and text), 911, the court page; the patron has to leave; "Stay safe. You can come back to this chat anytime."',
    lines: [
      [0, 'p', 'how do you get a restraining order. asking for a friend'],
      [29, 'l', 'Hi, this is Morgan with Multnomah County Library. Is your friend in Oregon?'],
      [60, 'p', 'yes portland. honestly its me. hes been really scary lately'],
      [70, 'l', "Thank you for telling me. You can call Call to Safety's 24-hour line at 503-235-5333, or the National Domestic Violence Hotline at 1-800-799-7233 (or text START to 88788); advocates there can help with the order. If you're in danger right now, call 911. The court's form and steps for a FAPA restraining order are at courts.oregon.gov/forms. Is this helpful?"],
      [150, 'p', 'yes. i have to go hes home'],
      [152, 's', 'Patron has left the chat.', sys('patron_left')],
      [160, 'l', 'Stay safe. You can come back to this chat anytime.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: a message after the patron left that gives a hotline is other than a greeting: a substantive exchange
    name: 'the patron writes "my husband hits me what do i do" and leaves at once; the provider greets and leaves the DV hotline and an invitation back: substantive, no question, Lost Call with one message',
    lines: [
      [0, 'p', 'my husband hits me what do i do'],
      [9, 's', 'Patron has left the chat.', sys('patron_left')],
      [25, 'l', "Hi, this is Renee at Tacoma Public Library. I see you've left, but in case you read this: the National Domestic Violence Hotline is 1-800-799-7233, any time, and it's free and confidential. You're welcome to chat with us again anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: a room number is no postal address, phone, e-mail or URL, so the counselor has no way to reach him
    name: 'high school: "is this for a project or for you?"; Teen Line (call or text) and "Mr. Reyes in the counseling office, room 114"',
    lines: [
      [0, 'p', 'do we have any books about anxiety'],
      [35, 'l', 'Hey! Ms. Okafor here, librarian at Lincoln High. Is this for a project or for you?'],
      [70, 'p', 'for me i guess. its been bad before tests'],
      [78, 'l', 'Thanks for trusting me with that. "My Anxious Mind" by Tompkins is on our shelf (search it at lincolnhs.follettdestiny.com). Teen Line has teens to talk to: call 800-852-8336 or text TEEN to 839863. You could also stop by and see Mr. Reyes in the counseling office, room 114; he is there until 3:30 and is really good with test stress. Does that help?'],
      [130, 'p', 'ya thx'],
      [135, 'l', 'Anytime. Take care!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'SMS: "can u txt me some places for free food near 19134"; the provider replies in short texts; Philabundance finder and a pantry by address; "thats all" from the patron',
    lines: [
      [0, 'p', 'can u txt me some places for free food near 19134'],
      [44, 'l', 'Hi from Free Library of Philadelphia text service, this is Kev. Do u need groceries to take home or hot meals?'],
      [120, 'p', 'groceries'],
      [127, 'l', 'ok. Philabundance has a pantry finder: philabundance.org/find-food. closest 1 i see, u can go to Bethel Church pantry, 3400 Frankford Ave, Sat 9-11. that help?'],
      [190, 'p', 'yes thats all thank u'],
      [196, 'l', 'np! txt us anytime'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish food bank: "Hola necesito comida para mis hijos"; ZIP asked, a hold, Second Harvest line and finder, a pantry address; "es todo"',
    lines: [
      [0, 'p', 'Hola necesito comida para mis hijos, no tengo dinero hasta el viernes'],
      [26, 'l', 'Hola, le atiende Lucía de la Biblioteca Pública de San José. ¿En qué código postal vive?'],
      [60, 'p', '95122'],
      [68, 'l', 'Un momento, busco las despensas más cercanas.'],
      [150, 'l', 'Llame a la línea de ayuda de Second Harvest of Silicon Valley al 1-800-984-3663 (hablan español), o busque en shfb.org/getfood. También puede ir a Sacred Heart Community Service, 1381 S 1st St, que reparte comida los martes y jueves. ¿Le sirve esta información?'],
      [200, 'p', 'si muchas gracias, es todo'],
      [206, 'l', '¡Cuídese mucho! Aquí estamos cuando nos necesite.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish Medi-Cal: "¿Es para usted o para un familiar?"; Covered California counselor by phone; no farewell, the provider\'s last message asks "¿Algo más?"',
    lines: [
      [0, 'p', 'buenas, como saco medi-cal para mi mamá que tiene 70 años'],
      [30, 'l', 'Buenas tardes, soy Rosa, bibliotecaria de LA County Library. ¿Su mamá vive con usted en el condado de Los Ángeles?'],
      [62, 'p', 'si en pomona'],
      [70, 'l', 'Puede solicitarlo en benefitscal.com o en persona en la oficina del DPSS de Pomona, 2040 W Holt Ave. Le recomiendo hablar con un consejero de HICAP al 1-800-824-0780, que ayuda gratis a mayores de 65 con Medicare y Medi-Cal. ¿Le ayuda esto?'],
      [120, 'p', 'si gracias'],
      [126, 'l', '¿Algo más en que le pueda ayudar?'],
      [160, 'p', 'no'],
    ],
    exp: usual({ courteous: 'fail', referral: 'pass' }),
  },
  {
    name: 'abusive patron ("you people are useless"); the provider stays calm: 1-800-MEDICARE and SHIP counselors at shiphelp.org; "Is that the info you were after?"',
    lines: [
      [0, 'p', 'why is my part D so expensive this is a scam'],
      [28, 'l', "Hi, this is Gail at Pinellas Public Library Cooperative. I'm sorry it's costing so much. Are you trying to compare plans for next year?"],
      [65, 'p', 'you people are useless. yes obviously'],
      [72, 'l', "Understood. Medicare's Plan Finder at medicare.gov/plan-compare shows every Part D plan with your drugs and pharmacy. For free one-on-one help, call SHINE, Florida's SHIP counselors, at 1-800-963-5337 (shiphelp.org lists them), or 1-800-MEDICARE. Is that the info you were after?"],
      [130, 'p', 'fine'],
      [136, 'l', 'Thanks for your patience. Anything else today?'],
      [150, 'p', 'no'],
      [155, 'l', 'Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'other patrons waiting, said politely with a way back ("please start a new chat or call us at 503-555-0199"): no dismissal',
    lines: [
      [0, 'p', 'how do i find a therapist that takes OHP'],
      [33, 'l', "Hello, you're chatting with Hannah from Multnomah County Library. Are you looking for in-person or telehealth?"],
      [60, 'p', 'either'],
      [67, 'l', 'Your OHP coordinated care organization keeps the list: Health Share of Oregon members can call 503-416-8090 or search healthshareoregon.org/find-a-provider. Does that answer your question?'],
      [120, 'p', 'yes. also what about my teen'],
      [126, 'l', "Several people are waiting right now, so I have to wrap up; please start a new chat or call us at 503-555-0199 and we'll keep going with your teen's question. Thank you!"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'final idle: Section 8 waitlist answer, "Are you still with me?" at 130 s, "Looks like you\'ve gone, so I\'ll close the chat. Come back anytime!" at 200 s',
    lines: [
      [0, 'p', 'how long is the section 8 waitlist in san diego'],
      [24, 'l', "Hi! I'm Tomás with San Diego Public Library. Do you live in the City of San Diego or elsewhere in the county?"],
      [60, 'p', 'city'],
      [66, 'l', 'The San Diego Housing Commission runs it; the wait is often several years, and you can check your status at sdhc.org/housing-opportunities. Does that help?'],
      [196, 'l', 'Are you still with me?'],
      [266, 'l', "Looks like you've gone, so I'll close the chat. Come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: after the answer the provider sends only "If you have more questions, feel free to chat again!" 190 s later: neither a check-in nor a notice',
    lines: [
      [0, 'p', 'what vaccines does my 65 yr old mom need'],
      [20, 'l', 'Hello, this is Ivy at Boise Public Library. Does she have Medicare?'],
      [50, 'p', 'yes'],
      [56, 'l', "I can't advise on her care, but the CDC's adult schedule is at cdc.gov/vaccines/schedules and Medicare's list of covered shots is at medicare.gov/coverage/vaccines. Is that what you needed?"],
      [246, 'l', 'If you have more questions, feel free to chat again!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'transfer: the cooperative provider hands a drug-interaction literature request to the health sciences librarian with a note and tells the patron',
    lines: [
      [0, 'p', 'I need research on interactions between st johns wort and birth control pills'],
      [29, 'l', 'Hi, this is Sam from the Ask a Librarian cooperative. Is this for a class or personal?'],
      [60, 'p', 'for a pharmacology class'],
      [66, 'i', 'Lee, PubMed-level pharmacology question on St John\'s wort + OCs, can you take it? She needs research articles.'],
      [70, 'l', "I'm transferring you to Lee, our health sciences librarian, who knows PubMed best. One moment."],
      [74, 's', 'Session transferred to Lee Park', { ...sys('transfer', 'lpark') }],
      [100, 'l', "Hi, Lee here. PubMed has good ones: search \"Hypericum\"[Mesh] AND \"Contraceptives, Oral\"[Mesh] at pubmed.ncbi.nlm.nih.gov and you'll get about 40, including a 2016 review. Does that work for your assignment?", who('Lee Park', 'lpark')],
      [150, 'p', "yes that's all I needed"],
      [155, 'l', 'Great, good luck, and thanks for using Ask a Librarian!', who('Lee Park', 'lpark')],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'NAMI named without a way to reach it ("You might try reaching out to NAMI, they run family support groups."), besides a MedlinePlus page',
    lines: [
      [0, 'p', 'my son has schizophrenia and i dont know how to help him'],
      [30, 'l', "Hello, I'm Ruth, a librarian at Louisville Free Public Library. I'm sorry, that's a lot to carry. Would information on the illness itself help, or on support for families?"],
      [70, 'p', 'both'],
      [78, 'l', 'MedlinePlus has a plain overview: medlineplus.gov/schizophrenia.html. You might try reaching out to NAMI, they run free family support groups. Is that a good start?'],
      [130, 'p', 'yes thank you, thats all'],
      [134, 'l', 'Take good care of yourself too. Goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: a number to text is a phone contact
    name: 'chat-speak: Crisis Text Line "text HOME to 741741" as the only referral; a Libby book',
    lines: [
      [0, 'p', 'hey is there anything on self harm for teens. not for a report'],
      [21, 'l', 'hey, this is jess, a librarian w/ Ask Us Now Denver. r u looking for something to read, or someone to talk to?'],
      [60, 'p', 'read i guess'],
      [66, 'l', '"The Scars Beneath" by Sara Gerhardt is on Libby (denverlibrary.overdrive.com). and if u ever want to talk to someone, text HOME to 741741 anytime, its free. does that help?'],
      [100, 'p', 'yea thats all'],
      [105, 'l', 'ok take care of urself, thanks for reaching out'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    name: '"That\'s a question for your pharmacist." refers to a person with no way to reach them: referral fails',
    lines: [[0, 'p', 'can i split my blood pressure pill in half'], [20, 'l', "Hi, I'm Lou at Akron-Summit County Public Library. Which medicine is it?"], [50, 'p', 'amlodipine'], [56, 'l', 'DailyMed has the label: dailymed.nlm.nih.gov. Whether splitting it is OK for you is a question for your pharmacist. Does that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'fail' }),
  },
  {
    // reading: "your pharmacist can tell you" points the patron to the pharmacist for the need (the eleventh round's "X can help")
    name: '"Your pharmacist can tell you for sure." is a referral without a contact: fails',
    lines: [[0, 'p', 'does grapefruit mess with statins'], [20, 'l', 'Hello, Jo at Dayton Metro Library. Which statin?'], [50, 'p', 'lipitor'], [56, 'l', 'MedlinePlus says yes for atorvastatin: medlineplus.gov/druginfo/meds/a600045.html. Your pharmacist can tell you for sure. Did that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"988 is there if you need it, call or text anytime." refers with a number: passes',
    lines: [[0, 'p', 'books about depression for teens'], [20, 'l', 'Hi, Jo at Ames Public Library here. Fiction or nonfiction?'], [50, 'p', 'nonfiction'], [56, 'l', '"Conquering the Beast Within" is in our catalog at amespubliclibrary.org. 988 is there if you need it, call or text anytime. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "This page on 988lifeline.org lists warning signs" is a source, not a referral: referral na',
    lines: [[0, 'p', 'what are warning signs of suicide, for a health class'], [20, 'l', 'Hi, Jo at Ames Public Library here. Which grade?'], [50, 'p', '10th'], [56, 'l', 'This page on 988lifeline.org/how-we-can-all-prevent-suicide lists the warning signs clearly. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'near miss: "MedlinePlus, from the National Library of Medicine, (medlineplus.gov)" names a publisher: source passes, referral na',
    lines: [[0, 'p', 'what is shingles'], [20, 'l', 'Hello, this is Jo, a librarian at Sioux City Public Library. Are you looking for symptoms or the vaccine?'], [50, 'p', 'symptoms'], [56, 'l', 'MedlinePlus, from the National Library of Medicine, explains it well: medlineplus.gov/shingles.html. Is that what you needed?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'near miss: "findhelp.org lets you search food pantries by ZIP code" is a site to use: source passes, referral na',
    lines: [[0, 'p', 'food pantries near me?'], [20, 'l', 'Hi, Jo at Kenton County Public Library. What ZIP code?'], [50, 'p', '41011'], [56, 'l', 'findhelp.org lets you search food pantries by ZIP code; put in 41011 and choose Food. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: '"Call Poison Control right away." with no number anywhere: referral fails',
    lines: [[0, 'p', 'my dog ate ibuprofen'], [20, 'l', 'Hi, Jo at Lawrence Public Library. How many and how big is the dog?'], [40, 'p', '2 pills, small dog'], [46, 'l', 'Call Animal Poison Control right away. For reading later, the Merck Veterinary Manual covers NSAID poisoning in dogs: merckvetmanual.com. Did that help?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Reach out to your county\'s Department of Social Services" with no contact: referral fails',
    lines: [[0, 'p', 'how do i apply for emergency assistance in nc'], [20, 'l', 'Hello, Jo at Durham County Library. Is this for rent or utilities?'], [50, 'p', 'power bill'], [56, 'l', "The Crisis Intervention Program pays heating and cooling bills. Reach out to your county's Department of Social Services to apply. The program rules are at ncdhhs.gov/cip. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"The Legal Aid Society\'s housing hotline is the place to start: 212-577-3300" refers with a phone: passes',
    lines: [[0, 'p', 'my landlord turned off the heat what can i do'], [20, 'l', 'Hello, Jo at New York Public Library. Are you in NYC?'], [50, 'p', 'bronx'], [56, 'l', "Call 311 to file a heat complaint. The Legal Aid Society's housing hotline is the place to start for help: 212-577-3300. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: '"You can walk in at the Lake County Health Department, 3010 Grand Ave, Waukegan" refers with a postal address: passes',
    lines: [[0, 'p', 'where can i get a free std test'], [20, 'l', 'Hi, Jo at Waukegan Public Library. Do you live in Lake County?'], [50, 'p', 'yes'], [56, 'l', 'You can walk in at the Lake County Health Department, 3010 Grand Ave, Waukegan, weekdays 8-4:30; testing is free. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    // label changed after the first run: a postal address is no source in RUBRIC.md's info.source (URL, e-mail or phone, named resource)
    exp: some({ source: 'fail', referral: 'pass' }),
  },
  {
    name: 'near miss: "According to the CDC, adults need 150 minutes..." names a source of a fact: referral na',
    lines: [[0, 'p', 'how much exercise should adults get'], [20, 'l', 'Hi, Jo at Lincoln City Libraries. For general health, or a condition?'], [50, 'p', 'general'], [56, 'l', 'According to the CDC, adults need 150 minutes of moderate activity a week: cdc.gov/physical-activity-basics. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "I checked with our health librarian and she suggested this guide" is consulting, not a referral: na',
    lines: [[0, 'p', 'info on long covid'], [20, 'l', 'Hi, Jo at Lincoln City Libraries. For yourself or a paper?'], [50, 'p', 'myself'], [56, 'l', 'One moment.'], [120, 'l', 'I checked with our health librarian and she suggested this guide: covid.gov/longcovid. Does that help?'], [150, 'p', 'yes thats all'], [154, 'l', 'Bye!']],
    exp: some({ referral: 'na', informed: 'pass' }),
  },
  {
    name: '"write to the long-term care ombudsman at ombudsman@aging.ny.gov" refers with an e-mail: passes',
    lines: [[0, 'p', 'my mom is being neglected at her nursing home'], [20, 'l', "Hi, I'm Jo at Albany Public Library. I'm sorry. Is the home in New York State?"], [50, 'p', 'yes'], [56, 'l', 'Write to the Long-Term Care Ombudsman Program at ombudsman@aging.ny.gov; they investigate complaints for free. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    name: 'completeness: "Does any of that fit what you\'re dealing with?" asks about what was given: passes',
    lines: [[0, 'p', 'what helps with caregiver burnout'], [20, 'l', 'Hi, Jo at Lexington Public Library. Are you caring for a parent?'], [50, 'p', 'my husband'], [56, 'l', 'The Family Caregiver Alliance has tip sheets at caregiver.org/resource/taking-care-you. Does any of that fit what you\'re dealing with?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would it help if I looked for support groups too?" asks about something not given: completeness fails',
    lines: [[0, 'p', 'what helps with caregiver burnout'], [20, 'l', 'Hi, Jo at Lexington Public Library. Are you caring for a parent?'], [50, 'p', 'my husband'], [56, 'l', 'The Family Caregiver Alliance has tip sheets at caregiver.org/resource/taking-care-you. Would it help if I looked for support groups too?'], [90, 'p', 'no thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'the patron on their own: "that\'s all I needed, you\'ve been really kind": anything else passes',
    lines: [[0, 'p', 'where to get free glasses for a kid'], [20, 'l', 'Hi, Jo at Macon Public Library. How old is your child?'], [50, 'p', '8'], [56, 'l', 'Vision To Learn and the InfantSEE program are listed at aoa.org/visionhelp. Does that help?'], [90, 'p', "that's all I needed, you've been really kind"], [94, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "ok thank you so much" alone is not done: anything else fails',
    lines: [[0, 'p', 'where to get free glasses for a kid'], [20, 'l', 'Hi, Jo at Macon Public Library. How old is your child?'], [50, 'p', '8'], [56, 'l', 'Vision To Learn and the InfantSEE program are listed at aoa.org/visionhelp. Does that help?'], [90, 'p', 'ok thank you so much'], [94, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'clarify: "Is this for yourself or someone you\'re caring for?" asks about the need before the source',
    lines: [[0, 'p', 'info on dementia'], [20, 'l', "Hi, Jo at Fort Wayne's Allen County Public Library. Is this for yourself or someone you're caring for?"], [50, 'p', 'my dad'], [56, 'l', 'The Alzheimer\'s Association caregiver center: alz.org/help-support/caregiving. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'near miss: only "How can I help you today?" before the source: clarify fails',
    lines: [[0, 'p', 'hi'], [20, 'l', "Hi, Jo at Allen County Public Library. How can I help you today?"], [50, 'p', 'info on dementia for my dad'], [56, 'l', 'The Alzheimer\'s Association caregiver center: alz.org/help-support/caregiving. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'greeting: "Thanks for reaching out to Ask Us 24/7. You\'re chatting with a librarian." greets and identifies: passes',
    lines: [[0, 'p', 'is there a list of low cost counseling in buffalo'], [20, 'l', "Thanks for reaching out to Ask Us 24/7. You're chatting with a librarian. Do you have insurance?"], [50, 'p', 'no'], [56, 'l', 'Crisis Services keeps one at crisisservices.org. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Sorry to hear that. Let me look." and then the answer: no greeting, no identity: greeting fails',
    lines: [[0, 'p', 'i got evicted where can i sleep tonight in boise'], [20, 'l', 'Sorry to hear that. Let me look.'], [70, 'l', 'Interfaith Sanctuary, 1620 W River St, takes walk-ins from 5 pm; call 208-333-2433. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ greeting: 'fail', referral: 'pass' }),
  },
  {
    name: 'near miss: "Take all the time you need." is no hold; the patron asks and waits 140 s: keep informed fails',
    lines: [[0, 'p', 'how do i read my EOB from aetna'], [20, 'l', 'Hi, Jo at Hartford Public Library. Do you have it in front of you?'], [50, 'p', 'getting it'], [56, 'l', 'Take all the time you need.'], [80, 'p', 'ok what does "patient responsibility" mean'], [220, 'l', "It's what you may owe the provider; Aetna explains each line at aetna.com/individuals-families/member-rights-resources/eob.html. Does that help?"], [250, 'p', 'yes thats all'], [254, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'hold "Hang on, I\'m checking the clinic\'s hours" then the answer 100 s later: keep informed passes',
    lines: [[0, 'p', 'is the planned parenthood on 3rd open saturday'], [20, 'l', 'Hi, Jo at Albuquerque Bernalillo County Library. The one on 3rd St NW?'], [50, 'p', 'yes'], [56, 'l', "Hang on, I'm checking the clinic's hours."], [156, 'l', 'It is open Saturdays 8-2; the hours are at plannedparenthood.org/health-center. Does that help?'], [190, 'p', 'yes thats all'], [194, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'dismissal: "You\'ve used up your session time. Goodbye." fails',
    lines: [[0, 'p', 'what is the income limit for medicaid in texas'], [20, 'l', 'Hi, Jo at Houston Public Library. For adults or children?'], [50, 'p', 'for me, im pregnant'], [56, 'l', 'For pregnant women it is 198% of poverty; see yourtexasbenefits.com. Does that help?'], [90, 'p', 'what about after the baby'], [96, 'l', "You've used up your session time. Goodbye."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'a follow-up by phone: "I\'ll call you back at 555-0134 tomorrow morning with the list", coded Follow-up by me: contact passes',
    lines: [[0, 'p', 'need a list of adult day care places in fresno that take medi-cal'], [20, 'l', 'Hi, Jo at Fresno County Public Library. Is this for a parent?'], [50, 'p', 'my dad. my number is 559-555-0134, no email'], [56, 'l', "I'll call you back at 559-555-0134 tomorrow morning with the list. Thanks!"], [80, 'p', 'thank you']],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'Spanish: "¿Es para usted o para un familiar?" clarifies before the source',
    lines: [[0, 'p', 'informacion sobre la diabetes'], [20, 'l', 'Hola, soy Jo de la Biblioteca de El Paso. ¿Es para usted o para un familiar?'], [50, 'p', 'para mi esposo'], [56, 'l', 'MedlinePlus en español: medlineplus.gov/spanish/diabetes.html. ¿Le sirve?'], [90, 'p', 'si es todo'], [94, 'l', '¡Adiós!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"Please ask your doctor or the nurse line on your insurance card" points to where a number is, not a number: referral fails',
    lines: [[0, 'p', 'is a fever of 101 bad for a 2 year old'], [20, 'l', 'Hi, Jo at Omaha Public Library. How long has it lasted?'], [50, 'p', 'since this morning'], [56, 'l', "I'm not a doctor. HealthyChildren.org explains when to worry: healthychildren.org/English/health-issues/conditions/fever. Please ask your doctor or the nurse line on your insurance card. Does that help?"], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  // ---- near misses and guards for the v12 (L2) widenings ---------------------------------------------------------------
  {
    name: 'near miss: "go to the food pantry finder at findhelp.org" is a site to use, not a pantry to visit: referral na',
    lines: [[0, 'p', 'need groceries this week'], [20, 'l', 'Hi, Jo at Gary Public Library. What ZIP are you in?'], [50, 'p', '46408'], [56, 'l', 'You can go to the food pantry finder at findhelp.org and put in 46408. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'near miss: "Visit the Poison Control website at poison.org for the fact sheet" points to a site: referral na',
    lines: [[0, 'p', 'is lavender oil poisonous to kids'], [20, 'l', 'Hi, Jo at Eugene Public Library. Is this for a school project?'], [50, 'p', 'no my kid'], [56, 'l', 'Visit the Poison Control website at poison.org for the fact sheet on essential oils. Is that what you needed?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: 'near miss: "You can walk in at any time, no appointment needed" names no party: referral na',
    lines: [[0, 'p', 'do i need an appointment for the blood pressure check at the library'], [20, 'l', 'Hi, Jo at Salem Public Library. Are you asking about the Tuesday health kiosk?'], [50, 'p', 'yes'], [56, 'l', 'You can walk in at any time, no appointment needed; the schedule is at cityofsalem.net/library/health. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Members can call up their claims history at the member portal" names no party to contact: referral na',
    lines: [[0, 'p', 'how do i see my old medical claims'], [20, 'l', 'Hi, Jo at Medford Library. Which insurance?'], [50, 'p', 'health share of oregon'], [56, 'l', 'Members can call up their claims history at the member portal, healthshareoregon.org/portal. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'guard: "Hopefully the Howard County Office on Aging can help: 410-555-0123." still refers, with a phone: passes',
    lines: [[0, 'p', 'my mom needs rides to dialysis'], [20, 'l', 'Hi, Jo at Howard County Library. Does she live in Howard County?'], [50, 'p', 'yes'], [56, 'l', 'Hopefully the Howard County Office on Aging can help: 410-555-0123. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "I hope they can help." with no party named anywhere before is no referral: na',
    lines: [[0, 'p', 'books on grief for kids'], [20, 'l', 'Hi, Jo at Lansing Library. How old?'], [50, 'p', '6'], [56, 'l', '"The Invisible String" is in our catalog at cadl.org. I hope they can help.'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Whether to stop it is a question for your health care provider." refers with no contact: fails',
    lines: [[0, 'p', 'can i stop taking sertraline if i feel better'], [20, 'l', 'Hi, Jo at Fargo Public Library. How long have you been on it?'], [50, 'p', 'a year'], [56, 'l', 'MedlinePlus explains stopping it: medlineplus.gov/druginfo/meds/a697048.html. Whether to stop it is a question for your health care provider. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "one more question for you: who is your provider?" asks the patron: clarify passes, no referral',
    lines: [[0, 'p', 'does my insurance cover hearing aids'], [20, 'l', 'Hi, Jo at Tacoma Public Library. I have one more question for you before I search: who is your provider, Kaiser or Premera?'], [50, 'p', 'kaiser'], [56, 'l', 'Kaiser WA covers them under some plans; the benefit summary is at wa.kaiserpermanente.org. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', referral: 'na' }),
  },
  {
    name: 'guard: "Any other questions for me today?" still offers more help: anything else passes',
    lines: [[0, 'p', 'does my insurance cover hearing aids'], [20, 'l', 'Hi, Jo at Tacoma Public Library. Which insurance?'], [50, 'p', 'kaiser'], [56, 'l', 'Kaiser WA covers them under some plans; the benefit summary is at wa.kaiserpermanente.org. Does that help?'], [90, 'p', 'yes'], [94, 'l', 'Any other questions for me today?'], [120, 'p', 'nope'], [124, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "the state gambling hotline closed in 2019" gives no number: referral na',
    lines: [[0, 'p', 'history of the iowa gambling hotline for a paper'], [20, 'l', 'Hi, Jo at Iowa City Public Library. Which years?'], [50, 'p', '2000s'], [56, 'l', 'The old 1-800-BETS-OFF hotline closed in 2019; its reports are in the State Library catalog at statelibraryofiowa.gov. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "the text runs to 12000 pages" is a length, not a number to text: no source',
    lines: [[0, 'p', 'is the ACA law long'], [20, 'l', 'Hi, Jo at Provo City Library. The statute or the regulations?'], [50, 'p', 'the regulations'], [56, 'l', "Very: the text runs to 12000 pages in all. Is that what you wanted to know?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss: "page 988 is missing from our copy" is a page: no source',
    lines: [[0, 'p', 'can u scan the pages on nursing homes from the 1998 state health report'], [20, 'l', 'Hi, Jo at Helena Library. Which chapter?'], [50, 'p', 'ch 12'], [56, 'l', 'Sorry, page 988 is missing from our copy, and the rest of chapter 12 is torn. Is that what you needed to know?'], [90, 'p', 'ok thats all'], [94, 'l', 'Bye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'near miss: "Does that time fit your schedule?" asks about a time, not whether the answer meets the need: completeness fails',
    lines: [[0, 'p', 'where can i get a free flu shot'], [20, 'l', 'Hi, Jo at Pasco County Library. Do you have insurance?'], [50, 'p', 'no'], [56, 'l', 'The Land O Lakes branch has a free clinic Saturday 10-2, listed at pascolibraries.org/events. Does that time fit your schedule?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"The Trevor Project\'s line is 1-866-488-7386, call 24/7." gives the number before the verb: referral passes',
    lines: [[0, 'p', 'books for lgbtq teens who feel alone'], [20, 'l', 'Hi, Jo at Reno Library. Fiction or nonfiction?'], [50, 'p', 'either'], [56, 'l', '"Felix Ever After" is in our catalog at washoecountylibrary.us. The Trevor Project\'s line is 1-866-488-7386, call 24/7. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twelfth round (L2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (L2): health and social services, every check', whole);
describeSessions('twelfth round (L2): health and social services, short cases', short);

describeLeft('twelfth-round-health', LEFT);
