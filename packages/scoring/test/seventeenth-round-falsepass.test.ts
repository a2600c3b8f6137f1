/**
 * Seventeenth round, second wave, area (R5): FALSE PASSES (and false fails) OF THE RECENT ROUNDS' WIDENINGS (v16-v18).
 * Ordinary chat lines, as librarians and patrons write them, that sit close to what the blocks P1-P8, Q1-Q6 and M,
 * R1-R4 and RM widened, but whose literal status differs: "report the interest to the nearest dollar" (a tax line, no
 * party), "file it with your tax records", "take the paperwork to your appointment", a hold that "should come in on
 * Friday", "you don't have to go in person", "the first 10 pages are free, the rest is on you" (money, no dismissal),
 * "Does that square with your work schedule?" about a slot still to be booked, "El banco le va a marcar" (the bank's
 * call, no promise of the provider's), "ya pasaron los 15 minutos de la consulta gratuita" (a lawyer's billing),
 * "don't worry about it being too many names for one chat", "we have to shut the computers down at 8:45 for the
 * update", "I've spent enough time on this kind of form myself that…", "you've used up your chat minutes with
 * Brainfuse, but we're separate", "I'll be honest, most people … and they send it to you", "Leave it with us and we'll
 * route it back to Ames" (a returned book), "Did the refund show up yet?", "is that the right barcode?", "then text
 * again with your PIN" (an instruction, no invitation back), "Did your caseworker talk to you this afternoon?" (a
 * question, no goodbye); and a few real instances next to them.
 * Voices: public, county, academic and school libraries, the statewide cooperative, an SMS line, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - "report X to the nearest dollar / to two decimal places" reports a number on a form: no party is contacted, so no
 *   referral; "file it with your tax records", "take the paperwork to your appointment" name no person or
 *   organisation;
 * - a book that "should come in on Friday" from another library, or "can come in anytime", arrives: the patron is told
 *   to visit no one; "you don't have to go in person" tells the patron NOT to visit: no referral;
 * - money left for the patron to pay ("the rest is on you") ends no help; a lawyer's free minutes running out is no
 *   limit of the chat's; saying the patron is NOT asking too much ("don't worry about it being too many names") and the
 *   provider's busy load announced while the help goes on are no dismissals;
 * - a question about a time still to be booked ("I can book you Tuesday at 6; does that square with your work
 *   schedule?", "¿Le queda bien?" after a slot offered) asks about something not yet given; so does a question about a
 *   refund, a card in the mail or the patron's typed barcode: none is a completeness question;
 * - another party's call or mailing ("el banco le va a marcar", "they send it to you") and taking a returned book back
 *   are no promise by the provider to send or find more later: no follow-up session;
 * - an SMS instruction "then text again with your PIN" invites no one back; a question "Did your caseworker talk to you
 *   this afternoon?" says no goodbye.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    // reading: reporting a figure "to the nearest dollar" on a form contacts no one: referral na
    name: 'tax help: "report the interest to the nearest dollar on line 2b" is a form instruction, no referral',
    lines: [
      [0, 'p', 'how do i put bank interest on my 1040? i got a 1099-INT for $38.62'],
      [25, 'l', "Hello! This is Denise, a reference librarian at Fort Worth Public Library. Is it a regular savings account, not a CD or bond?"],
      [70, 'p', 'just savings'],
      [80, 'l', "Then it goes on Form 1040, line 2b (taxable interest). The IRS instructions say you may round, so report the interest to the nearest dollar: $39. The instructions are at irs.gov/instructions/i1040gi. Does that answer it?"],
      [130, 'p', 'yes thank you, thats everything'],
      [136, 'l', 'Great, thanks for using Ask a Librarian, and good luck with the return!'],
    ],
    exp: usual(),
  },
  {
    // reading: an interlibrary loan that "should come in on Friday" arrives; nobody is told to be visited or called
    name: 'ILL: "Your copy from the State Library should come in on Friday" is an arrival, no referral',
    lines: [
      [0, 'p', 'hi any update on my interlibrary loan? its "The Overstory"'],
      [30, 'l', "Hi there, it's Marcus at Lawrence Public Library. Can you tell me the last 4 digits of your card so I can find the request?"],
      [75, 'p', '4417'],
      [85, 'l', "Found it. Your copy from the State Library should come in on Friday. You can watch the status under My Account > Requests at lawrence.bibliocommons.com. Does that help?"],
      [140, 'p', 'yep thats all i needed thx'],
      [146, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },
  {
    // reading: telling the patron they DON'T have to go in person refers them to no one
    name: 'license renewal: "you don\'t have to go in person" to the DMV is no referral',
    lines: [
      [0, 'p', 'Do I have to go to the DMV to renew my license? It expires next month'],
      [28, 'l', "Good afternoon, this is Lena from Sacramento Public Library. Are you under 70, and is your current license a REAL ID?"],
      [80, 'p', "I'm 44 and yes it's real id"],
      [92, 'l', "Then the California DMV lets you renew online, so you don't have to go in person. Start at dmv.ca.gov/portal/driver-licenses-identification-cards/renew and have your license number handy. Is that what you needed?"],
      [150, 'p', "perfect, that's all"],
      [158, 'l', 'Glad to help. Take care!'],
    ],
    exp: usual(),
  },
  {
    // reading: "the rest is on you" is the printing cost left to pay, no end of help
    name: 'printing: "the first 10 pages are free, the rest is on you" is money, not a dismissal',
    lines: [
      [0, 'p', 'how much is printing? i have like 25 pages for class'],
      [22, 'l', "Hi! Tomás here at the Carnegie Library of Pittsburgh. Black and white or color?"],
      [60, 'p', 'black and white'],
      [70, 'l', "Each card gets 10 free pages a day; after that it's 15 cents a page, so the first 10 pages are free, the rest is on you: $2.25. Details are on carnegielibrary.org/services/printing. Does that answer your question?"],
      [125, 'p', 'yes. no more questions'],
      [131, 'l', 'Happy printing, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: a slot offered for a session still to be booked; "does that square with your work schedule?" asks about
    // something not yet given, and no question asks whether the given information meets the need: completeness fails
    name: 'tech tutor: "I can book you Tuesday at 6. Does that square with your class schedule?" is about a booking, completeness fails',
    lines: [
      [0, 'p', 'does the library help with learning excel? for a job'],
      [26, 'l', "Hello, and welcome to Ask Us at Denver Public Library! I'm Keisha. Are you starting from scratch, or do you know the basics?"],
      [70, 'p', 'scratch'],
      [80, 'l', "We have free one-on-one tech tutoring, and LinkedIn Learning (free with your card at denverlibrary.org/linkedin) has a beginner Excel course. I can book you Tuesday at 6 with a tutor at Central. Does that square with your class schedule?"],
      [140, 'p', 'yes tuesday works'],
      [150, 'l', "You're booked, Tuesday at 6, Central Library, 3rd floor. Anything else I can help with?"],
      [190, 'p', 'no thank you!'],
      [196, 'l', 'Good luck with the job search!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "El banco le va a marcar" is the bank's call, no promise by the provider to send or find more later
    name: 'Spanish, a card charge: "El banco le va a marcar para confirmar" is the bank\'s step, no follow-up session',
    lines: [
      [0, 'p', 'hola me salio un cargo raro en mi tarjeta de debito de una tienda que no conozco'],
      [30, 'l', 'Buenas tardes, le atiende Graciela de la Biblioteca Pública de San Antonio. ¿Es una tarjeta de banco o de una tienda?'],
      [75, 'p', 'de banco, de chase'],
      [85, 'l', 'Puede disputar el cargo en la app de Chase o en chase.com/disputas. El banco le va a marcar para confirmar los datos. La guía de la CFPB sobre cargos no autorizados está en consumerfinance.gov/es. ¿Le sirvió esta información?'],
      [150, 'p', 'si gracias, es todo'],
      [156, 'l', '¡Con gusto! Que tenga buen día.'],
    ],
    exp: usual(),
  },
  {
    // reading: the lawyer's free 15 minutes running out is the lawyer's billing, not the chat's time being up
    name: 'Spanish, legal aid: "ya pasaron los 15 minutos de la consulta gratuita" explains a lawyer\'s bill, no dismissal',
    lines: [
      [0, 'p', 'buenas, un abogado me cobro $80 y yo pense que era gratis la consulta'],
      [35, 'l', '¡Hola! Soy Ramiro, bibliotecario de la Biblioteca del Condado de Los Ángeles. ¿Fue por el servicio de referidos del colegio de abogados?'],
      [80, 'p', 'si ese'],
      [90, 'l', 'En ese programa la consulta gratuita dura 15 minutos; si la llamada siguió, ya pasaron los 15 minutos de la consulta gratuita y por eso le cobraron la tarifa normal. Las reglas están en lacba.org/lrs. ¿Eso le resuelve la duda?'],
      [150, 'p', 'ahh ok, ya entendi, es todo gracias'],
      [156, 'l', 'Para servirle. ¡Saludos!'],
    ],
    exp: usual(),
  },
  {
    // reading: "the county … they send it to you" is the county's mailing; "I'll be honest" promises nothing
    name: 'birth certificate: "I\'ll be honest, most people just ask the county and they send it to you" is no promise',
    lines: [
      [0, 'p', 'how do i get a copy of my birth certificate, born in king county'],
      [24, 'l', "Hi, I'm Aaron from the King County Library System. Do you need a certified copy for a passport or ID, or just an informational one?"],
      [70, 'p', 'certified for passport'],
      [80, 'l', "Washington orders certified copies through the Department of Health: doh.wa.gov/licenses-permits-and-certificates/vital-records. I'll be honest, most people just order it online from the county and they send it to you in about a week. Did that answer it?"],
      [140, 'p', 'yes. thats all thanks'],
      [146, 'l', 'You are welcome, have a great day!'],
    ],
    exp: usual(),
  },
  {
    // reading: reassurance that the list is NOT too long, and the help goes on: no dismissal
    name: 'genealogy: "Don\'t worry about it being too many names for one chat; I\'ll go through them all" is no dismissal',
    lines: [
      [0, 'p', 'i have 9 ancestors i want to find in the 1900 census, is that ok to ask here'],
      [30, 'l', "Hi! This is Ruth with the Allen County Public Library Genealogy Center chat. Don't worry about it being too many names for one chat; I'll go through them all. Which county were they in, in 1900?"],
      [90, 'p', 'Adams County Indiana, the Schwartz and Habegger families'],
      [100, 'l', "Checking the census now, one moment."],
      [190, 'l', "I found 7 of the 9 in Monroe Township, FamilySearch's free 1900 census: familysearch.org/search/collection/1325221, search by surname and Adams County. Are those the households you were hoping for?"],
      [260, 'p', 'yes!! thats amazing, thats all i need'],
      [266, 'l', 'Happy hunting, and thanks for chatting with us!'],
    ],
    exp: usual(),
  },
  {
    // reading: the computers going down for an update while chat stays open ends no help
    name: 'evening: "we have to shut the computers down at 8:45 for the update, but chat stays open" is no dismissal',
    lines: [
      [0, 'p', 'can i still come use a computer tonight'],
      [25, 'l', "Hi, Jamal here at Richland Library. Which branch are you near?"],
      [60, 'p', 'main'],
      [70, 'l', "Main is open until 9, but we have to shut the computers down at 8:45 for the nightly update; chat stays open till 9 either way. You can reserve a PC at richlandlibrary.com/computers. Does that help?"],
      [120, 'p', 'yes thx, thats all'],
      [126, 'l', 'See you tonight then!'],
    ],
    exp: usual(),
  },
  {
    // reading: the provider's own experience with the form, then help: no dismissal
    name: 'FAFSA: "I\'ve spent enough time on this kind of form myself that I can walk you through it" is no dismissal',
    lines: [
      [0, 'p', 'the fafsa is asking about my parents taxes and im confused'],
      [30, 'l', "Hi! I'm Beth, a librarian at Austin Community College Library. Are your parents married and living together?"],
      [70, 'p', 'yes'],
      [80, 'l', "Then both parents are contributors. I've spent enough time on this kind of form myself that I can walk you through it: each parent gets an invite to sign in at studentaid.gov and consent to the IRS data transfer. Does that clear it up?"],
      [140, 'p', 'yes, that covers it'],
      [146, 'l', 'Good luck, and thanks for asking us!'],
    ],
    exp: usual(),
  },
  {
    // reading: the patron's minutes with another service are used up; this chat goes on
    name: 'homework help: "you\'ve used up your chat minutes with Brainfuse, but we\'re separate" is no dismissal',
    lines: [
      [0, 'p', 'brainfuse says im out of time this week, can u help w my chem hw'],
      [28, 'l', "Hi, Priya at Ask Ohio here! What's the problem about?"],
      [80, 'p', 'balancing equations, like Fe + O2 -> Fe2O3'],
      [90, 'l', "You've used up your chat minutes with Brainfuse for the week, but we're a separate service, so ask away. Count the atoms: you need 4 Fe + 3 O2 -> 2 Fe2O3. Khan Academy walks through this exact one: khanacademy.org/science/chemistry (search 'balancing chemical equations'). Did that make sense?"],
      [150, 'p', 'yes! no more qs'],
      [156, 'l', 'Nice work. Bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: an SMS renewal instruction invites no one back; the last two provider messages thank no one: courteous fails
    name: 'SMS: the last two provider messages are instructions ("then text again with your PIN"): courteous fails',
    lines: [
      [0, 'p', 'can i renew by text'],
      [30, 'l', 'Hi, this is Deb at Pima County Public Library! Do you have your library card number handy?'],
      [70, 'p', 'yes'],
      [78, 'l', 'Text RENEW and your card number to 520-555-0134, then text again with your PIN when it asks. The steps are at library.pima.gov/renew. Is that what you needed?'],
      [130, 'p', 'yes thats all'],
      [136, 'l', "It answers in about a minute."],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: a question about a refund in progress asks about the patron's money, not whether the information given
    // meets the need; no other such question: completeness fails
    name: 'double payment: "Did the refund show up yet?" is about money, not the answer: completeness fails',
    lines: [
      [0, 'p', 'i paid my fine twice online by accident'],
      [25, 'l', "Hello, Carmen here from Hennepin County Library. Was it the same card both times?"],
      [60, 'p', 'yes same visa'],
      [70, 'l', "Duplicate payments are refunded to the same card automatically within 5-7 business days; the policy is at hclib.org/about/policies/fines. Did the refund show up yet?"],
      [120, 'p', 'not yet, ok ill wait. thats all i needed'],
      [126, 'l', 'Thanks for your patience, have a good day!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "Did your caseworker talk to you this afternoon?" is a question, no goodbye; the last two provider messages
    // thank no one and invite no one back: courteous fails
    name: 'SNAP: the last provider message asks "Did your caseworker talk to you this afternoon?": courteous fails',
    lines: [
      [0, 'p', 'when does the snap interview happen after you apply'],
      [30, 'l', "Hi, I'm Noor, a librarian with the Milwaukee Public Library. Did you apply online through ACCESS?"],
      [80, 'p', 'yes on monday'],
      [90, 'l', "Wisconsin schedules the interview within about 10 days; the steps are on access.wisconsin.gov under FoodShare. Is that what you were looking for?"],
      [140, 'p', 'yes'],
      [150, 'l', 'Did your caseworker talk to you this afternoon?'],
      [200, 'p', 'no not yet. ok thats all i needed'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals that are not -------------------------------------------------------------------------------------
  {
    name: '"round and report the amount to two decimal places" is a form instruction: referral na',
    lines: [
      [0, 'p', 'the grant form wants the indirect cost rate, how do i write it'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. Divide the indirect costs by the direct costs, then round and report the amount to two decimal places, e.g. 0.27. Does that help?"],
      [60, 'p', 'yes thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"report them to the nearest hundredth" on a math worksheet: referral na',
    lines: [
      [0, 'p', 'my kid has to find the averages and the sheet says something about hundredths'],
      [20, 'l', "Hi, Jo at Sample County Library. Add up the numbers, divide by how many there are, and report them to the nearest hundredth, like 7.35. Did that help?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'a real report to a party: "report the listing to the Better Business Bureau at bbb.org/scamtracker": referral passes',
    lines: [
      [0, 'p', 'a guy on craigslist took my deposit and disappeared'],
      [20, 'l', "Hi, Jo at Sample County Library. I'm sorry. Please report the listing to the Better Business Bureau at bbb.org/scamtracker so others are warned."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "your tax records" is a pile of papers, no party
    name: '"Keep a copy and file it with your tax records" names no party: referral na',
    lines: [
      [0, 'p', 'do i need to keep the receipt from the library book sale donation'],
      [20, 'l', "Hi, Jo at Sample County Library. Yes: keep a copy and file it with your tax records. IRS Publication 526 explains it: irs.gov/pub526. Does that answer it?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Take the paperwork to your appointment on the 14th" names no party: referral na',
    lines: [
      [0, 'p', 'what do i bring to my passport appointment'],
      [20, 'l', "Hi, Jo at Sample County Library. The checklist is at travel.state.gov/passport (Apply in Person). Fill in the DS-11 but don't sign it, and take the paperwork to your appointment on the 14th. Does that cover it?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Your hold from the Main Library should come in on Tuesday" is an arrival: referral na',
    lines: [
      [0, 'p', 'when will my hold be ready'],
      [20, 'l', "Hi, Jo at Sample County Library. Your hold from the Main Library should come in on Tuesday; you can watch it under My Account at samplelib.org. Does that help?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Books from the State Library can come in anytime this week" is an arrival: referral na',
    lines: [
      [0, 'p', 'is my ILL here yet'],
      [20, 'l', "Hi, Jo at Sample County Library. Not yet. Books from the State Library can come in anytime this week; the request status is under My Account at samplelib.org. Does that help?"],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"The Medicaid office lets you renew online now, so you don\'t need to go in person" is no referral',
    lines: [
      [0, 'p', 'do i have to go to the medicaid office to renew'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. The Medicaid office lets you renew online now, so you don't need to go in person: benefits.ohio.gov. Does that answer it?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'a real visit with no object: "The Medicaid office is open 8-5; go in person with your pay stubs": referral fails (no contact)',
    lines: [
      [0, 'p', 'my renewal online keeps erroring out'],
      [20, 'l', "Hi, Jo at Sample County Library. The Medicaid office is open Monday to Friday 8-5; go in person with your pay stubs."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"You can pick one up from the rack by the elevators" (a tax form in the library): referral na',
    lines: [
      [0, 'p', 'do you have the 1040 paper forms'],
      [20, 'l', "Hi, Jo at Sample County Library. Yes, you can pick one up from the rack by the elevators on the first floor, or print it from irs.gov/forms. Does that help?"],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'Spanish: "No hace falta quejarse con nadie; el formulario está en línea": referral na',
    lines: [
      [0, 'p', 'me cobraron de mas en el recibo de la luz, con quien me quejo'],
      [20, 'l', "Hola, soy Jo de la Biblioteca del Condado. Primero pida el ajuste en su cuenta: no hace falta quejarse con nadie todavía, el formulario está en línea en sce.com/es. ¿Le sirvió?"],
      [60, 'p', 'si'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'a real report to the nearest party: "report it to the nearest police station (non-emergency line 555-0100)": referral passes',
    lines: [
      [0, 'p', 'someone stole my bike from the library rack'],
      [20, 'l', "Hi, Jo at Sample County Library. I'm so sorry. Please report it to the nearest police station (non-emergency line 555-0100) and keep the report number."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- dismissals that are not ----------------------------------------------------------------------------------
  {
    name: '"Your fines were waived up to $5; the rest is on you now." is money: no dismissal',
    lines: [
      [0, 'p', 'i had $7.50 in fines, did the amnesty clear them'],
      [20, 'l', "Hi, Jo at Sample County Library. The amnesty waived up to $5; the rest is on you now. You can pay it at samplelib.org/pay."],
      [60, 'p', 'ok'],
      [66, 'l', 'Thanks for asking!'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'a real brush-off: "Ok I\'ve sent the link, the rest is on you." still fails',
    lines: [
      [0, 'p', 'i dont get how to fill this form out'],
      [20, 'l', "Jo at Sample County Library. Ok I've sent the link, the rest is on you."],
      [40, 'p', 'but i dont understand it'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"Some folks think that\'s too many requests for a chat, but I\'m happy to keep going" is no dismissal',
    lines: [
      [0, 'p', 'sorry i have like 6 more obituaries to ask about'],
      [20, 'l', "Hi, Jo at Sample County Library. Some folks think that's too many requests for a chat, but I'm happy to keep going. What's the next name?"],
      [60, 'p', 'Eleanor Voss, died 1962'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'Spanish: "ya pasaron los 20 minutos de la consulta con el notario" is about the notary: no dismissal',
    lines: [
      [0, 'p', 'el notario me quiere cobrar otra cita'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Si la cita incluía 20 minutos y ya pasaron los 20 minutos de la consulta, el notario puede cobrar otra. ¿Le dieron un recibo con la tarifa?'],
      [60, 'p', 'si'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"I\'ve got a few chats going, so I can\'t promise instant replies, but I\'ll keep checking in" is no dismissal',
    lines: [
      [0, 'p', 'need help finding peer reviewed articles on sleep and teens'],
      [20, 'l', "Hi, Jo at Sample County Library. I've got a few chats going, so I can't promise instant replies, but I'll keep checking in. Try Academic Search Complete at samplelib.org/databases with the Peer Reviewed box ticked."],
      [60, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"Don\'t worry, you won\'t have to work out the rest yourself" is no dismissal',
    lines: [
      [0, 'p', 'i got the first page of the lease form done, the rest is confusing'],
      [20, 'l', "Hi, Jo at Sample County Library. Don't worry, you won't have to work out the rest yourself: tell me what section 3 asks."],
      [60, 'p', 'it asks about pets'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"so let\'s stop here for a sec and check you\'re logged in" goes on helping: no dismissal',
    lines: [
      [0, 'p', 'jstor says i dont have access'],
      [20, 'l', "Hi, Jo at Sample County Library. That error usually means the proxy, so let's stop here for a sec and check you're logged in: do you see your name at the top of the library page?"],
      [60, 'p', 'no'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"We have to shut everything down during the fire drill at 2, so don\'t panic if the chat blips" is no dismissal',
    lines: [
      [0, 'p', 'is the library open today'],
      [20, 'l', "Hi, Jo at Sample County Library. Yes, till 8. We have to shut everything down during the fire drill at 2, so don't panic if the chat blips; it comes right back. Hours are at samplelib.org/hours."],
      [60, 'p', 'ok'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'a real dismissal by closing time: "it\'s 4:58, so I have to shut everything down now" still fails',
    lines: [
      [0, 'p', 'one more thing about the census forms'],
      [20, 'l', "Jo at Sample County Library. We close at 5 and it's 4:58, so I have to shut everything down now."],
      [40, 'p', 'oh'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  // ---- follow-ups that are not ---------------------------------------------------------------------------------
  {
    name: 'Spanish: "La clínica le marca mañana para darle la cita" is the clinic\'s call: no follow-up session',
    lines: [
      [0, 'p', 'ya llene la forma de la clinica gratuita, y ahora'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Ya con la forma enviada, la clínica le marca mañana para darle la cita. La información está en clinicagratuita.org. ¿Le sirvió?'],
      [60, 'p', 'si gracias'],
      [66, 'l', '¡Con gusto!'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: 'a real Spanish promise: "Le marco mañana con lo que encuentre" with no number confirmed: contact fails',
    lines: [
      [0, 'p', 'busco el acta de matrimonio de mis abuelos de 1955'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Voy a revisar los índices del condado y le marco mañana con lo que encuentre.'],
      [60, 'p', 'gracias'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: '"I think you should write that you expect a response from them by Friday" is advice: no follow-up session',
    lines: [
      [0, 'p', 'how do i ask my landlord to fix the heat in writing'],
      [20, 'l', "Hi, Jo at Sample County Library. The tenant handbook has a sample repair letter: samplelib.org/tenant. I think you should write that you expect a response from them by Friday, and keep a copy. Does that help?"],
      [60, 'p', 'yes'],
      [66, 'l', 'Good luck!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // reading: taking a returned book back to its library is no sending or finding of more for the patron
    name: '"Leave it with us and we\'ll route it back to Ames" (a returned book) is no follow-up promise',
    lines: [
      [0, 'p', 'can i return an ames public library book at your branch'],
      [20, 'l', "Hi, Jo at Sample County Library. Yes, we're both in the Iowa SILO delivery: leave it with us and we'll route it back to Ames, no problem. The list of partner libraries is at silo.lib.ia.us. Anything else?"],
      [60, 'p', 'no thanks'],
      [66, 'l', 'Have a good day!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: '"Leave that with me, I\'ll fix the typo on your account now" is done in the chat: no follow-up session',
    lines: [
      [0, 'p', 'my name is spelled wrong on my account, its Kathryn not Katherine'],
      [20, 'l', "Hi, Jo at Sample County Library. Leave that with me, I'll fix the typo on your account now."],
      [40, 'l', "Done: it says Kathryn now. You can check under My Account at samplelib.org. Anything else?"],
      [60, 'p', 'no thats it'],
      [66, 'l', 'Thanks, bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'a real promise: "I can\'t attach it here, but I\'ll email you the scan tonight" (coded Answered, no address): code and contact fail',
    lines: [
      [0, 'p', 'could i get a scan of the 1931 plat of Dover Township'],
      [20, 'l', "Hi, Jo at Sample County Library. I found it in our county atlas. I can't attach it here, but I'll email you the scan tonight."],
      [60, 'p', 'thank you'],
    ],
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: '"The app will text you when it\'s ready; no need to check back" is the app\'s notice: no follow-up session',
    lines: [
      [0, 'p', 'how do i know when my hold is ready'],
      [20, 'l', "Hi, Jo at Sample County Library. If you have the library app, the app will text you when it's ready; no need to check back. It's at samplelib.org/app. Anything else?"],
      [60, 'p', 'no'],
      [66, 'l', 'Bye!'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'a real promise: "Leave it with me and I\'ll email you the census pages tomorrow" (no address confirmed): contact fails',
    lines: [
      [0, 'p', 'can you find my great grandpa in the 1910 census, Anton Bauer, Stearns County MN'],
      [20, 'l', "Hi, Jo at Sample County Library. Leave it with me and I'll email you the census pages tomorrow."],
      [60, 'p', 'thanks!'],
    ],
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'a real Spanish promise by a colleague: "Mi compañera le va a marcar mañana" (no phone confirmed): contact fails',
    lines: [
      [0, 'p', 'necesito ayuda con el acta de nacimiento de mi papa de Jalisco'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Mi compañera de genealogía le va a marcar mañana con los pasos.'],
      [60, 'p', 'gracias'],
    ],
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  // ---- completeness that is not (and that is) ------------------------------------------------------------------
  {
    name: 'Spanish: "Mañana a las 10 en la sucursal Centro. ¿Le queda bien?" offers a slot: completeness fails',
    lines: [
      [0, 'p', 'quiero ayuda con mi curriculum, tienen eso'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Sí, hay asesoría gratuita de currículum; la información está en bibliotecacondado.org/empleo. Tengo un espacio mañana a las 10 en la sucursal Centro. ¿Le queda bien?'],
      [60, 'p', 'si perfecto'],
      [66, 'l', 'Listo, queda apartado. ¡Hasta mañana!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'Spanish: "Dígame si tiene la tarjeta a la mano y le digo el siguiente paso" asks about the card: completeness fails',
    lines: [
      [0, 'p', 'como entro a libby'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Descargue Libby de libbyapp.com y busque nuestra biblioteca. Dígame si tiene la tarjeta a la mano y le digo el siguiente paso.'],
      [60, 'p', 'si la tengo'],
      [66, 'l', 'Escriba el número y su PIN. ¡Listo, hasta luego!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: '"Did the replacement card show up yet?" asks about the mail, not the answer: completeness fails',
    lines: [
      [0, 'p', 'i lost my library card, how do i get a new one'],
      [20, 'l', "Hi, Jo at Sample County Library. Replacements are $2; you can request one at samplelib.org/card and it comes by mail. Did the replacement card show up yet?"],
      [60, 'p', 'i havent ordered it yet lol'],
      [66, 'l', 'Ha, fair! Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: '"You typed 21234000567; is that the right barcode?" asks about the patron\'s data: completeness fails',
    lines: [
      [0, 'p', 'my card number 21234000567 wont log me in to hoopla'],
      [20, 'l', "Hi, Jo at Sample County Library. Hoopla needs the 14-digit number from the back of the card; the steps are at samplelib.org/hoopla. You typed 21234000567; is that the right barcode?"],
      [60, 'p', 'oh no it has 3 more digits'],
      [66, 'l', 'That will be it. Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'a real one: "Found it: the 1998 second edition, ISBN …. Is that the right edition?" passes completeness',
    lines: [
      [0, 'p', 'i need the second edition of Hatch\'s Plant Physiology for class'],
      [20, 'l', "Hi, Jo at Sample County Library. Found it: the 1998 second edition, ISBN 0-12-345678-9, in our catalog at samplelib.org/catalog. Is that the right edition?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Is the melatonin helping at all?" asks about the patron\'s health: completeness fails',
    lines: [
      [0, 'p', 'looking for books on insomnia, ive been taking melatonin'],
      [20, 'l', "Hi, Jo at Sample County Library. \"Say Good Night to Insomnia\" by Gregg Jacobs is in our catalog at samplelib.org/catalog. Is the melatonin helping at all?"],
      [60, 'p', 'a little'],
      [66, 'l', 'Sleep well. Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: '"Does Thursday at 4 square with your kids\' pickup?" offers a slot: completeness fails',
    lines: [
      [0, 'p', 'can my 2 kids do the lego club'],
      [20, 'l', "Hi, Jo at Sample County Library. Lego Club is free for ages 6-12; the calendar is at samplelib.org/events. The next one is Thursday at 4. Does that square with your kids' pickup?"],
      [60, 'p', 'yes'],
      [66, 'l', 'See you Thursday!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: 'a real one: "Does that square with your assignment sheet?" after the guide passes completeness',
    lines: [
      [0, 'p', 'how many sources do i need for an annotated bibliography'],
      [20, 'l', "Hi, Jo at Sample County Library. Purdue OWL's annotated bibliography guide is at owl.purdue.edu; most classes ask for 5-10 sources with a 150-word note each. Does that square with your assignment sheet?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a real goodbye after the question: "Did the coach talk to you …?" then "Ok, talk to you this afternoon!" passes courteous',
    lines: [
      [0, 'p', 'is the resume workshop still on today'],
      [20, 'l', "Hi, Jo at Sample County Library. Yes, 3 pm in room 204; details at samplelib.org/jobs. Did the coach talk to you this afternoon about bringing a draft?"],
      [40, 'p', 'not yet, ill see you there'],
      [50, 'l', 'Ok, talk to you this afternoon!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // ---- goodbyes that are not --------------------------------------------------------------------------------------
  {
    name: 'the last two provider messages: "Reply Y, then text again with the title you want" and a time: courteous fails',
    lines: [
      [0, 'p', 'can i put a hold by text'],
      [20, 'l', "Hi, Jo at Sample County Library. Yes: text HOLD to 555-0134, reply Y, then text again with the title you want."],
      [30, 'l', 'It usually answers within a minute.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'the last provider message asks "Did the coach talk to you this afternoon about the resume?": courteous fails',
    lines: [
      [0, 'p', 'i had a resume appointment today'],
      [20, 'l', "Hi, Jo at Sample County Library. The career coach does them in room 204; the schedule is at samplelib.org/jobs."],
      [30, 'l', 'Did the coach talk to you this afternoon about the resume?'],
      [60, 'p', 'yes'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'a real invitation back: "if the link breaks, msg us again" passes courteous',
    lines: [
      [0, 'p', 'whats the link for the tax forms'],
      [20, 'l', "Hi, Jo at Sample County Library. It's irs.gov/forms."],
      [30, 'l', 'If the link breaks, msg us again.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'Spanish: the last provider messages "Buen día para venir es el martes" and the hours: courteous fails',
    lines: [
      [0, 'p', 'cuando hay menos gente en la biblioteca'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Buen día para venir es el martes en la mañana.'],
      [30, 'l', 'El horario está en bibliotecacondado.org/horario.'],
      [60, 'p', 'ok'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  // ---- the patron done, or not ----------------------------------------------------------------------------------
  {
    name: 'the patron\'s "no more qs about the fine, but how do i get a new card" is not done; no anything-else question: fails',
    lines: [
      [0, 'p', 'why do i have a fine of $3'],
      [20, 'l', "Hi, Jo at Sample County Library. It's for a DVD returned 3 days late; fines are listed at samplelib.org/fines. Does that explain it?"],
      [60, 'p', 'ok no more qs about the fine, but how do i get a new card'],
      [70, 'l', 'Bring ID to any desk; replacements are $2. Bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'Spanish: the patron\'s "es todo lo que dice la carta, ¿qué hago?" is not done: anything-else fails',
    lines: [
      [0, 'p', 'me llego una carta del seguro social que dice revision medica, es todo lo que dice la carta, que hago'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Es una revisión de discapacidad; la explicación está en ssa.gov/espanol. ¿Le sirvió?'],
      [60, 'p', 'si'],
      [66, 'l', '¡Saludos!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  // ---- check-ins and holds that are not ---------------------------------------------------------------------------
  {
    name: 'Spanish: "¿El lector de pantalla le sigue leyendo bien los resultados?" after the patron left asks about a device: no check-in',
    lines: [
      [0, 'p', 'uso lector de pantalla, como entro al catalogo'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. El catálogo está en bibliotecacondado.org/catalogo; el botón "Buscar" es el tercer encabezado. ¿Le sirvió?'],
      [40, 'p', 'si'],
      [50, 'l', '¿El lector de pantalla le sigue leyendo bien los resultados?'],
      [400, 'l', 'Gracias por escribirnos, hasta luego.'],
    ],
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    // (run since v19's merge (SM); it was left:) "Llame al número que está atrás de su tarjeta, o al 1-800-935-9935 de Chase" is not read as a referral (na): a
    // call to the bank given as "o al <phone> de <party>" (the party after the number); a widening, not R5's to make. The
    // whole case ("El banco le va a marcar…") was rewritten without it.
    // reading: calling the bank to dispute a charge is contacting an organisation outside the chat, with its phone
    name: 'Spanish: "Llame … o al 1-800-935-9935 de Chase, y pida disputar el cargo" refers to Chase with its phone: referral passes',
    lines: [
      [0, 'p', 'me salio un cargo raro en mi tarjeta de debito de chase'],
      [30, 'l', 'Buenas tardes, le atiende Graciela de la Biblioteca Pública de San Antonio. Llame al número que está atrás de su tarjeta, o al 1-800-935-9935 de Chase, y pida disputar el cargo.'],
      [75, 'p', 'ok gracias'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (run since v19's merge (SM); it was left:) v1's "does that … work?" (completeness[0]) reads "Does that square with your work schedule?" as asking whether
    // the answer works, through the noun "work"; an old alternative, not a recent widening (R5 narrows RM's "square with
    // your …", which the case with "class schedule" in `whole` tests)
    // reading: a slot offered for a booking still to be made is not what was given
    name: '"I can book you Tuesday at 6. Does that square with your work schedule?" asks about a booking: completeness fails',
    lines: [
      [0, 'p', 'can i get help with excel'],
      [20, 'l', "Hi, Jo at Sample County Library. LinkedIn Learning is free at samplelib.org/linkedin. I can book you Tuesday at 6 with a tutor. Does that square with your work schedule?"],
      [60, 'p', 'yes'],
      [66, 'l', 'Booked. Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    // (run since v19's merge (SM); it was left:) v1's "call" with a party word reads "don't call the number … for this" as a referral (the library's own URL
    // in the message then counts as its contact); the negation sits in an old family, not a recent widening (R5 narrows
    // only Q3's card alternative, which is not what fires)
    // reading: telling the patron NOT to call a number refers them to no one
    name: '"Don\'t call the number on the back of your EBT card for this, it\'s a library fine": referral na',
    lines: [
      [0, 'p', 'can i pay my library fine with my ebt card? who do i call'],
      [20, 'l', "Hi, Jo at Sample County Library. No, EBT can't pay fines, so don't call the number on the back of your EBT card for this; it's a library fine. You can pay with cash or card at any desk, or online at samplelib.org/pay. Does that help?"],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // (run since v19's merge (SM); it was left:) the service's name "Ask Sac here" opening the greeting is read as a referral ("ask" + a party), so
    // referral.contact fails; an old reading (not a recent widening), noticed while writing the DMV case
    // reading: a service naming itself refers the patron to no one
    name: '"Good afternoon, Ask Sac here, this is Lena …" is the service\'s name: referral na',
    lines: [
      [0, 'p', 'Do I have to go to the DMV to renew my license?'],
      [28, 'l', "Good afternoon, Ask Sac here, this is Lena from Sacramento Public Library. Are you under 70?"],
      [80, 'p', 'yes'],
      [92, 'l', 'Then you can renew at dmv.ca.gov/portal/driver-licenses-identification-cards/renew. Does that help?'],
    ],
    exp: some({ referral: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('seventeenth round (R5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('seventeenth round (R5): false passes of recent widenings, every check', whole);
describeSessions('seventeenth round (R5): false passes, short cases', short);

describeLeft('seventeenth-round-falsepass', LEFT);
