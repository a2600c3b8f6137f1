/**
 * Eighteenth round, second wave (S7): false readings of v19's eight new settings, and sessions where those readings are
 * right (so a narrowing cannot quietly take them back). Narrowings only, each in the setting's own code behind the same
 * setting (no family changed, no new setting):
 * - `nameCommaPlaceS5` (a name, a comma and a library as the provider's sign-on): the name after a dash or colon signs on
 *   only after a greeting ("Hello - Jan, Toledo Library.", "Hi there - Sam, Central Library."); not a colleague's note
 *   quoted with its sign-off ("… — Kevin, Heritage Library."), nor a room, shelf or branch in an answer ("Saturday at 10am
 *   - Auditorium, Main Library.", "by the front door: Holds, Eastgate Library.").
 * - `serviceHereSM` ("Ask <Name> here", "Ask <Name>, this is …"): "here" not before a place or a clause ("Ask Legal Aid
 *   here in town, they do free consults") and "this is" / "I'm" only before a capitalised name ("Ask Mr Okafor, I'm sure he
 *   still has spots", "Ask Legal Aid, this is exactly their area" refer); "Ask Sac here this is Lena" still names the service.
 * - `altContactSM` (a call whose alternative object is a phone): not the library's own number ("…, or 555-201-0100 here at
 *   the branch", "o al … de la biblioteca").
 * - `subjectUrlSM` (the URL of a sentence whose subject is the referred party): not lent to a party that shares a word with
 *   the subject but opens with another ("The Ohio Attorney General explains … at ohioprotects.org" before "talk to a
 *   private attorney").
 * - `negatedWhoSM` (a reply to "who do I call?" that says not to call): not when a later clause opens with the party that
 *   handles it ("You don't need to call the state, the City Streets Division handles potholes"); "No need to call the
 *   state, the renewal form is online at …" still answers with no one.
 * - `pronounQuestionS3` ("ask them whether …"): when the sentence names a party before the verb ("Your caseworker decides
 *   SNAP, so ask her whether you qualify"), the pronoun is that party, not an earlier sentence's contact of another thing.
 * - `prepLeadInEsS3` and `butCanOfferS2`: probed ("Sobre el depósito, ayer llamé a la oficina…", the provider's own call;
 *   "no, it's jay.k@example.org now" accepting an offer after "but"): read right already, kept as guards.
 *
 * Readings (RUBRIC.md's literal text): "identifies who is answering" needs the answerer's own name, role, library or
 * service; a name quoted from someone else's note, or a room and branch named in an answer, is neither. A referral is
 * telling the patron to contact a party; the provider's own past call ("ayer llamé") is none; the library's own number is
 * no way to reach another party, and the number on a hold slip is the library's. "No, it's <new e-mail>" answers the
 * question about the e-mail and accepts the offer. Telling the patron not to call one party while naming the one that
 * handles it answers "who do I call?" with that party.
 */
import { describeLeft, describeSessions, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    // reading: the quoted colleague's sign-off ("— Kevin, Heritage Library") does not say who is answering
    name: 'greeting: "Hi there!" then a colleague\'s note quoted with its sign-off "— Kevin, Heritage Library." (no one answering named: greeting fails)',
    lines: [
      [0, 'p', 'do you have the 1911 census for our county?'],
      [25, 'l', 'Hi there!'],
      [40, 'l', 'Our local history folks answered this last month: "The 1911 returns are on FindMyPast, free in any branch" — Kevin, Heritage Library.'],
      [70, 'p', 'oh ok'],
      [80, 'l', 'Is that the census you meant, the 1911 one for England and Wales?'],
      [120, 'p', 'yes thats it, thats all i needed'],
      [130, 'l', 'Great, have a good day!'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    name: 'greeting right: "Good morning - Priya, Hove Library." opens the chat (a name and the library: greeting passes)',
    lines: [
      [0, 'p', 'can i renew a book thats already overdue'],
      [20, 'l', 'Good morning - Priya, Hove Library. Is it a book or a DVD?'],
      [50, 'p', 'book'],
      [60, 'l', 'Yes, overdue books renew online unless someone has reserved them: brighton-hove.gov.uk/libraries > My account > Renew. Does that sort it?'],
      [100, 'p', 'yes'],
      [105, 'l', 'Anything else?'],
      [130, 'p', 'no thats all'],
      [135, 'l', 'Cheers, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Auditorium, Main Library" is where the event is, not who is answering
    name: 'greeting: "Hi!" then an answer "Saturday at 10am - Auditorium, Main Library." and no name, role or service given (greeting fails)',
    lines: [
      [0, 'p', 'when is the seed library swap'],
      [30, 'l', 'Hi! Yes, it is this Saturday at 10am - Auditorium, Main Library.'],
      [55, 'p', 'do i need to bring seeds'],
      [70, 'l', 'No, bring some if you have them but anyone can take. The flyer is at fairview.example.org/seedswap. Does that answer it?'],
      [110, 'p', 'yep thats all, thx'],
      [115, 'l', 'Happy gardening!'],
    ],
    // relabelled: no question before the source ("do i need to bring seeds" is the patron's)
    exp: usual({ greeting: 'fail', clarify: 'fail' }),
  },
  {
    name: 'serviceHereSM: "Hey! Ask Mrs Daniels, I\'m pretty sure she has the permission forms." in the opening (a referral with no contact: fails)',
    lines: [
      [0, 'p', 'where do i get the field trip permission form'],
      [20, 'l', "Hey! Ask Mrs Daniels, I'm pretty sure she has the permission forms. This is Ms. Ortiz in the library btw."],
      [60, 'p', 'is it for the museum trip?'],
      [75, 'l', 'Which trip is yours, the museum or the zoo one?'],
      [100, 'p', 'museum'],
      [110, 'l', 'Then yes, Mrs Daniels. The trip calendar is on the school site at lincolnms.example.org/trips too. Does that help?'],
      [140, 'p', 'ya thats all'],
      [145, 'l', 'Have fun on the trip!'],
    ],
    // relabelled: "Which trip is yours…?" comes before the first source (the school page); the referral gives none
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'serviceHereSM right: "Hi, Ask Sno-Isle here, I\'m Dana." opens the chat, no one else to ask (referral na)',
    lines: [
      [0, 'p', 'how do i get a library card if i live in marysville'],
      [18, 'l', "Hi, Ask Sno-Isle here, I'm Dana. Do you live inside city limits?"],
      [50, 'p', 'yes'],
      [58, 'l', 'Then you can sign up online for a card right away: sno-isle.org/card. Does that answer it?'],
      [90, 'p', 'perfect, thats all'],
      [95, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'butCanOfferS2: "…but I can pass this to our ILL team and they\'ll email you by Friday. Is your email still jay@example.org?" "no, it\'s jay.k@example.org now" (accepted: a promise, follow-up checks apply)',
    lines: [
      [0, 'p', 'my ILL book is due but I still need it, can you renew it'],
      [20, 'l', 'Hello, this is Sam at Riverton Library. Which book is it?'],
      [50, 'p', 'The Warmth of Other Suns'],
      [60, 'l', "I can't renew interlibrary loans myself, but I can pass this to our ILL team and they'll email you by Friday. Is your email still jay@example.org?"],
      [100, 'p', "no, it's jay.k@example.org now"],
      [110, 'l', "Got it, jay.k@example.org. They'll write by Friday. Our ILL page is riverton.example.org/ill. Does that help?"],
      [140, 'p', 'yes thank you, thats all'],
      [145, 'l', 'Thanks, bye!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    ctx: { now: Date.parse('2026-03-03T10:00:00-05:00') },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'butCanOfferS2 right: "…but I can ask our ILL team to email you by Friday." "no it\'s ok I\'ll just return it" (declined: no follow-up)',
    lines: [
      [0, 'p', 'my ILL book is due but I still need it, can you renew it'],
      [20, 'l', 'Hello, this is Sam at Riverton Library. Which book is it?'],
      [50, 'p', 'The Warmth of Other Suns'],
      [60, 'l', "I can't renew interlibrary loans myself, but I can ask our ILL team to try and email you by Friday."],
      [100, 'p', "no it's ok I'll just return it"],
      [110, 'l', 'Sure. You can request it again later at riverton.example.org/ill. Does that help?'],
      [140, 'p', 'yes thanks, thats all'],
      [145, 'l', 'Thanks, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'prepLeadInEsS3: "Sobre el depósito, ayer llamé a la oficina de vivienda y me dijeron que…" (the provider\'s own call: no referral, na)',
    lines: [
      [0, 'p', 'hola, mi casero no me devuelve el depósito'],
      [20, 'l', 'Hola, soy Lucía de la Biblioteca de Salinas. ¿Cuánto tiempo hace que se mudó?'],
      [60, 'p', 'hace dos meses'],
      [70, 'l', 'Sobre el depósito, ayer llamé a la oficina de vivienda por otro caso y me dijeron que el casero tiene 21 días. La guía del estado está en courts.ca.gov/selfhelp-deposit. ¿Le sirve?'],
      [120, 'p', 'si, es todo, gracias'],
      [125, 'l', '¡Con gusto, hasta luego!'],
    ],
    exp: usual(),
  },
  {
    name: 'prepLeadInEsS3 right: "Para ayuda con su caso, llame a Legal Aid al 1-888-555-0142." (a referral with its phone: passes)',
    lines: [
      [0, 'p', 'hola, mi casero no me devuelve el depósito'],
      [20, 'l', 'Hola, soy Lucía de la Biblioteca de Salinas. ¿Cuánto tiempo hace que se mudó?'],
      [60, 'p', 'hace dos meses'],
      [70, 'l', 'El casero tiene 21 días (courts.ca.gov/selfhelp-deposit). Para ayuda con su caso, llame a Legal Aid al 1-888-555-0142. ¿Le sirve?'],
      [120, 'p', 'si, es todo, gracias'],
      [125, 'l', '¡Con gusto, hasta luego!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'subjectUrlSM: "The Ohio Attorney General explains the lemon law at ohioprotects.org. If the dealer won\'t fix it, talk to a private attorney." (the attorney has no contact: fails)',
    lines: [
      [0, 'p', 'my new car keeps breaking down, is there a lemon law in ohio'],
      [25, 'l', 'Hi, Marcus here at Dayton Metro Library. How many times has it been in the shop?'],
      [60, 'p', '4 times for the same thing'],
      [70, 'l', "The Ohio Attorney General explains the lemon law at ohioprotects.org/lemon. If the dealer won't fix it after that, talk to a private attorney about a claim. Does that help?"],
      [110, 'p', 'yes thats all i needed'],
      [115, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'negatedWhoSM: "who do i call about the streetlight" "You don\'t need to call the power company, the City Public Works Department fixes streetlights: 555-201-3100." (passes)',
    lines: [
      [0, 'p', 'who do i call about the streetlight out on my corner'],
      [24, 'l', "Hi, Rosa at Lakeland Public Library. You don't need to call the power company, the City Public Works Department fixes streetlights: 555-201-3100. Is it on a city street?"],
      [60, 'p', 'yes 5th and oak'],
      [70, 'l', "Then that's them. You can also report it online at lakeland.example.gov/report. Does that help?"],
      [110, 'p', 'yes thats all'],
      [115, 'l', 'Thanks for asking, bye!'],
    ],
    // the question comes with the first source: no clarifying question before it
    exp: usual({ referral: 'pass', clarify: 'fail' }),
  },
  {
    // reading: the number on a hold slip is the library's own; "or 555-… here at the branch" is the library too: no referral
    name: 'altContactSM: "Just call the number on your hold slip, or 555-201-0100 here at the branch." (the library\'s own: na)',
    lines: [
      [0, 'p', 'my hold says ready but i cant come till next week'],
      [20, 'l', 'Hello, this is Dev at Hamilton Public Library. Is it a regular hold or an interlibrary loan?'],
      [55, 'p', 'regular'],
      [65, 'l', 'Holds stay on the shelf 7 days; the policy is at hpl.example.org/holds. If you need longer, just call the number on your hold slip, or 555-201-0100 here at the branch. Does that help?'],
      [100, 'p', 'yes, thats all thanks'],
      [105, 'l', 'Take care!'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- nameCommaPlaceS5 -------------------------------------------------------------------------------------------------
  {
    name: 'greeting right: "Hello - Jan, Toledo Library." (passes)',
    lines: [
      [0, 'p', 'do you have notary service'],
      [20, 'l', 'Hello - Jan, Toledo Library. Yes, Main Library has a notary Tuesdays, see toledolibrary.example.org/notary. Did that help?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting: "Hi!" then "Pickup is at the front desk: Holds, Eastgate Library." (a shelf and a branch in the answer: fails)',
    lines: [
      [0, 'p', 'where do i pick up my hold'],
      [20, 'l', 'Hi!'],
      [30, 'l', 'Pickup is on the shelf by the front door: Holds, Eastgate Library.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greeting right: "Good evening. Reference desk, Tomás." (passes)',
    lines: [
      [0, 'p', 'what time do you close'],
      [20, 'l', 'Good evening. Reference desk, Tomás. We close at 9 tonight, hours at mcpl.example.org/hours.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting: "Hi!" then "Sorry about the busy line, Maria." (the patron addressed, no one answering: fails)',
    lines: [
      [0, 'p', 'hi its Maria, is the book sale still on'],
      [20, 'l', 'Hi!'],
      [30, 'l', 'Sorry about the busy line, Maria. Yes, the sale runs through Sunday.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'greeting: "Hey!" then "Closest one with a makerspace: Fairview, Carnegie Library." (a place in the answer: fails)',
    lines: [
      [0, 'p', 'which branch has a 3d printer'],
      [20, 'l', 'Hey!'],
      [30, 'l', 'Closest one with a makerspace: Fairview, Carnegie Library.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- serviceHereSM ----------------------------------------------------------------------------------------------------
  {
    name: 'serviceHereSM: "Hi! Ask Legal Aid here in town, they do free consults. I\'m Jo at Ames Library." (a referral with no contact: fails)',
    lines: [
      [0, 'p', 'my landlord wont fix the heat'],
      [20, 'l', "Hi! Ask Legal Aid here in town, they do free consults. I'm Jo at Ames Library."],
      [50, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'serviceHereSM: "Hello! Ask Legal Aid, this is exactly their area. Jo at Ames Library here." (a referral, no contact: fails)',
    lines: [
      [0, 'p', 'my landlord wont fix the heat'],
      [20, 'l', 'Hello! Ask Legal Aid, this is exactly their area. Jo at Ames Library here.'],
      [50, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'serviceHereSM right: "Good morning, Ask Colorado here, this is Pat." (na)',
    lines: [
      [0, 'p', 'how do i find my grandfathers naturalization papers'],
      [20, 'l', 'Good morning, Ask Colorado here, this is Pat. Do you know roughly what year?'],
      [50, 'p', 'around 1920'],
      [60, 'l', "Then it's in the USCIS genealogy index at uscis.gov/genealogy. Does that help?"],
    ],
    exp: some({ referral: 'na', greeting: 'pass' }),
  },
  {
    name: 'serviceHereSM right: "hi! Ask Westport Library, Kim here." (na)',
    lines: [
      [0, 'p', 'r u open sunday'],
      [20, 'l', 'hi! Ask Westport Library, Kim here. yes 1-5pm, westportlibrary.example.org/hours'],
    ],
    exp: some({ referral: 'na', greeting: 'pass' }),
  },
  {
    name: 'serviceHereSM: "Hi, ask Mr Okafor, he\'s the robotics coach - I\'m Ms. Lee in the library." (referral, no contact: fails)',
    lines: [
      [0, 'p', 'how do i join robotics club'],
      [20, 'l', "Hi, ask Mr Okafor, I'm sure he still has spots. - Ms. Lee, library"],
      [50, 'p', 'ok thx'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- altContactSM -----------------------------------------------------------------------------------------------------
  {
    name: 'altContactSM right: "Call the number on the back of your card, or 1-800-555-0199 for Chase." (passes)',
    lines: [
      [0, 'p', 'my debit card got declined at the self checkout'],
      [20, 'l', 'Hi, Jo at Sample County Library. Call the number on the back of your card, or 1-800-555-0199 for Chase. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'altContactSM right (Spanish): "Llame al número que está atrás de su tarjeta, o al 1-800-555-0199 de Chase." (passes)',
    lines: [
      [0, 'p', 'me rechazaron la tarjeta'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca. Llame al número que está atrás de su tarjeta, o al 1-800-555-0199 de Chase. ¿Le sirve?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Call us at the library, or 555-201-0100 after hours." (own library: na)',
    lines: [
      [0, 'p', 'can i pay a fine by phone'],
      [20, 'l', 'Hi, Jo at Sample County Library. Yes, call us at the circulation desk during open hours, or pay online at sample.example.org/fines. Does that help?'],
    ],
    exp: some({ referral: 'na' }),
  },
  // ---- subjectUrlSM -----------------------------------------------------------------------------------------------------
  {
    name: 'subjectUrlSM right: "The CFPB explains overdraft rules at consumerfinance.gov/ask-cfpb. If the bank won\'t budge, file a complaint with the CFPB." (passes)',
    lines: [
      [0, 'p', 'my bank charged me 3 overdraft fees in one day'],
      [20, 'l', "Hi, Jo at Sample County Library. The CFPB explains overdraft rules at consumerfinance.gov/ask-cfpb. If the bank won't budge, you can file a complaint with the CFPB as well. Does that help?"],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- negatedWhoSM -----------------------------------------------------------------------------------------------------
  {
    name: 'negatedWhoSM: "who do i call about a dead deer" "Don\'t call the police for that; the county Highway Department picks up roadkill." (the department, no contact: fails)',
    lines: [
      [0, 'p', 'who do i call about a dead deer in front of my house'],
      [20, 'l', "Hi, Jo at Sample County Library. Don't call the police for that; the county Highway Department picks up roadkill on county roads. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'negatedWhoSM right: "who do i call to pay my fine" "No, don\'t call anyone, the fine is paid at the library: sample.example.org/fines" (na)',
    lines: [
      [0, 'p', 'who do i call to pay my library fine, the city?'],
      [20, 'l', "Hi, Jo at Sample County Library. No, don't call the city for this; it's a library fine, paid at sample.example.org/fines. Does that help?"],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'negatedWhoSM: "who should i contact about a pothole" "You don\'t need to call the state, the City Streets Division handles potholes." (fails)',
    lines: [
      [0, 'p', 'who should i contact about a pothole on elm st'],
      [20, 'l', "Hello, Jo at Sample County Library. You don't need to call the state, the City Streets Division handles potholes on Elm. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'negatedWhoSM: the same with the division\'s number "…the City Streets Division handles potholes: 555-201-7623." (passes)',
    lines: [
      [0, 'p', 'who should i contact about a pothole on elm st'],
      [20, 'l', "Hello, Jo at Sample County Library. You don't need to call the state, the City Streets Division handles potholes: 555-201-7623. Does that help?"],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- prepLeadInEsS3 ---------------------------------------------------------------------------------------------------
  {
    name: 'prepLeadInEsS3 right: "Y sobre el depósito, escriba a la oficina del Tenant Protection Program: tpp@example.org." (passes)',
    lines: [
      [0, 'p', 'el casero no me regresa el deposito'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca. Y sobre el depósito, escriba a la oficina del Tenant Protection Program: tpp@example.org. ¿Le sirve?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'prepLeadInEsS3: "Para su caso, ayer hablé con la abogada de la clínica y dice que sí califica." (the provider\'s own talk: na)',
    lines: [
      [0, 'p', 'califico para ayuda legal gratis?'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca. Para su caso, ayer hablé con la abogada de la clínica y dice que sí califica. La lista de requisitos está en lawhelpca.org. ¿Le sirve?'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'prepLeadInEsS3 right: "Con respecto a la cita, llame al consulado al 555-201-3300." (passes)',
    lines: [
      [0, 'p', 'necesito renovar mi pasaporte mexicano'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca. Con respecto a la cita, llame al consulado al 555-201-3300. ¿Le sirve?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'prepLeadInEsS3 right: "En cuanto a la multa, visite la oficina del tesorero del condado." (no contact: fails)',
    lines: [
      [0, 'p', 'tengo una multa de estacionamiento'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca. En cuanto a la multa, visite la oficina del tesorero del condado. ¿Le sirve?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- pronounQuestionS3 ------------------------------------------------------------------------------------------------
  {
    name: 'pronounQuestionS3 right: "Legal Aid of NC handles this: 1-866-555-0162. Ask them whether you qualify." (passes)',
    lines: [
      [0, 'p', 'can i get a free lawyer for eviction'],
      [20, 'l', 'Hi, Jo at Wake County Library. Legal Aid of NC handles this: 1-866-555-0162. Ask them whether you qualify. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'pronounQuestionS3: "The food bank\'s hours are at foodbank.example.org. Your caseworker decides SNAP, so ask her whether you qualify." (the caseworker has none: fails)',
    lines: [
      [0, 'p', 'can i get snap and go to the food bank'],
      [20, 'l', "Hi, Jo at Wake County Library. The food bank's hours are at foodbank.example.org. Your caseworker decides SNAP, so ask her whether you qualify. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'pronounQuestionS3 near miss: "The guide is at nolo.com/evictions. Ask them whether the notice is valid." (no party named: the guide is no party: fails)',
    lines: [
      [0, 'p', 'is a 3 day notice legal'],
      [20, 'l', 'Hi, Jo at Wake County Library. The guide is at nolo.com/evictions. Ask them whether the notice is valid. Does that help?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'pronounQuestionS3: "The tenant guide is at ncjustice.example.org. Your landlord\'s property manager sets the date, so ask him which day works." (fails)',
    lines: [
      [0, 'p', 'when can i move my stuff out after the lease ends'],
      [20, 'l', "Hi, Jo at Wake County Library. The tenant guide is at ncjustice.example.org/guide. Your landlord's property manager sets the date, so ask him which day works. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- butCanOfferS2 ----------------------------------------------------------------------------------------------------
  {
    name: 'butCanOfferS2: "…but I can have the branch manager call you tomorrow. Is 555-201-4477 still good?" "nope, use 555-201-9090" (accepted: promise, contact confirmed)',
    lines: [
      [0, 'p', 'i was charged for a book i returned'],
      [20, 'l', "Hi, Jo at Sample County Library. I can't clear the charge from here, but I can have the branch manager call you tomorrow. Is 555-201-4477 still good?"],
      [60, 'p', 'nope, use 555-201-9090'],
      [70, 'l', 'Done, 555-201-9090, tomorrow morning.'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'butCanOfferS2 right: "…but I could have the branch manager call you tomorrow." "I\'d rather not, thanks" (no promise: na)',
    lines: [
      [0, 'p', 'i was charged for a book i returned'],
      [20, 'l', "Hi, Jo at Sample County Library. I can't clear the charge from here, but I could have the branch manager call you tomorrow."],
      [60, 'p', "I'd rather not, thanks"],
      [70, 'l', 'No problem, the desk can look at it next time you are in.'],
    ],
    exp: some({ contact: 'na' }),
  },
  {
    name: 'butCanOfferS2: "…but I can email you the scan by tonight. Do you still have the old address?" "no, it\'s pat.r@example.org" (accepted: promise)',
    lines: [
      [0, 'p', 'can you scan the table of contents of the 1972 yearbook'],
      [20, 'l', "Hi, Jo at Sample County Library. The yearbook doesn't circulate, but I can email you the scan by tonight. Do you still have the old address on file?"],
      [60, 'p', "no, it's pat.r@example.org"],
      [70, 'l', 'Thanks, pat.r@example.org, by tonight.'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // ---- guards of the narrowings -------------------------------------------------------------------------------------------
  {
    name: 'greeting right: "Hi there - Sam, Central Library." (after a greeting: passes)',
    lines: [
      [0, 'p', 'is the parking garage free'],
      [20, 'l', 'Hi there - Sam, Central Library. Yes, 2 hours free with validation, see cpl.example.org/parking.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'greeting right: "Library enquiry service, Helen." then "Good afternoon!" (passes)',
    lines: [
      [0, 'p', 'do you have back issues of the Gazette'],
      [20, 'l', 'Library enquiry service, Helen. Good afternoon! We hold the Gazette on microfilm from 1880.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'serviceHereSM right: "Hello, Ask Sac here this is Lena." (no comma: na)',
    lines: [
      [0, 'p', 'do u have passport photos'],
      [20, 'l', 'Hello, Ask Sac here this is Lena. Yes, Central does them for $10, saclibrary.example.org/passport'],
    ],
    exp: some({ referral: 'na', greeting: 'pass' }),
  },
  {
    name: 'altContactSM right: "Call the number on your bill, or 1-800-555-0123 at the county utility office." (passes)',
    lines: [
      [0, 'p', 'my water bill doubled'],
      [20, 'l', 'Hi, Jo at Sample County Library. Call the number on your bill, or 1-800-555-0123 at the county utility office. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'negatedWhoSM right: "who do i call to renew" "No need to call the state, the renewal form is online at dmv.example.gov/renew." (na)',
    lines: [
      [0, 'p', 'who do i call to renew my tags'],
      [20, 'l', 'Hi, Jo at Sample County Library. No need to call the state, the renewal form is online at dmv.example.gov/renew. Does that help?'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'pronounQuestionS3 right: "Your caseworker\'s line is 555-201-6000, so ask her whether you qualify." (passes)',
    lines: [
      [0, 'p', 'can i get snap and go to the food bank'],
      [20, 'l', "Hi, Jo at Wake County Library. Your caseworker's line is 555-201-6000, so ask her whether you qualify. Does that help?"],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'subjectUrlSM right: "The Housing Authority posts its waitlist at hacsc.example.org. Ask the Housing Authority which list you are on." (passes)',
    lines: [
      [0, 'p', 'how long is the section 8 wait'],
      [20, 'l', 'Hi, Jo at Sample County Library. The Housing Authority posts its waitlist dates at hacsc.example.org/waitlist. Ask the Housing Authority which list you are on. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'subjectUrlSM: "The County Bar Association runs a referral line at countybar.example.org. Ask a family law attorney about custody." (fails)',
    lines: [
      [0, 'p', 'i need help with custody'],
      [20, 'l', 'Hi, Jo at Sample County Library. The County Bar Association explains custody basics at countybar.example.org/custody. Then ask a family law attorney about your case. Does that help?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // (left in v19, fixed in v23 by `personHeadX2`: a counselor sharing only "workforce" with the Commission is another party)
    name: 'subjectUrlSM: "The Texas Workforce Commission explains benefits at twc.texas.gov. Ask your workforce counselor at the local center about training." (another party: fails)',
    lines: [
      [0, 'p', 'i got laid off, what now'],
      [20, 'l', 'Hi, Jo at Austin Public Library. The Texas Workforce Commission explains benefits at twc.texas.gov/jobseekers. Ask your workforce counselor at the local center about paid training too. Does that help?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // (left in v19, fixed in v23 by `personHeadX2`: a social worker shares only "social" with the Administration)
    name: 'subjectUrlSM: "The Social Security Administration explains survivor benefits at ssa.gov/survivors. Also ask a social worker at the hospital." (fails)',
    lines: [
      [0, 'p', 'my husband passed, what do i do about his social security'],
      [20, 'l', "Hi, I'm so sorry. This is Jo at Sample County Library. The Social Security Administration explains survivor benefits at ssa.gov/survivors. Also ask a social worker at the hospital, they help with the paperwork. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // (left in v19, fixed in v23 by `ownNumberX2`: the library's own number, given as the alternative, is no way to reach the utility)
    name: 'altContactSM (Spanish): "Llame al número de su factura, o al 555-201-0100 de la biblioteca si no lo encuentra." (the utility has none: fails)',
    lines: [
      [0, 'p', 'me van a cortar la luz'],
      [20, 'l', 'Hola, soy Ana de la Biblioteca de Oxnard. Llame al número de su factura, o al 555-201-0100 de la biblioteca si no lo encuentra. ¿Le sirve?'],
    ],
    exp: some({ referral: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [
  // LEFT: the library's own number no longer reads as the call's object (altContactSM narrowed: na, as v18); the literal fail needs "the number on the back of your card" read as a party (the card's bank), a widening this wave may not make
  {
    // v23 (X2, left again): X2's ownNumberX2 fails a referral already read whose only number is the library's own; "the
    // number on the back of your card" is still read as no party.
    // reading: the library's own number is no way to reach the card's bank
    name: 'altContactSM: "Call the number on the back of your card, or 555-201-0100 here at the library if you can\'t find it." (the bank has none: fails)',
    lines: [
      [0, 'p', 'my debit card got declined at the self checkout'],
      [20, 'l', "Hi, Jo at Sample County Library. Call the number on the back of your card, or 555-201-0100 here at the library if you can't find it. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
];

describeSessions('eighteenth round (S7): false readings of v19\'s settings, whole sessions', whole);
describeSessions('eighteenth round (S7): false readings of v19\'s settings, short cases', short);

describeLeft('eighteenth-round-settings', LEFT);
