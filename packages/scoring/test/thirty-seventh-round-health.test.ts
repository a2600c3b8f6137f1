/**
 * Thirty-seventh round, area (G13): HEALTH INFORMATION AND HEALTH INSURANCE. A new diagnosis and a drug (MedlinePlus,
 * PubMed, Drugs.com's interaction checker, the FDA's recall list, the Merck Manual, the library's health database), a
 * dentist or a clinic that takes Medicaid, sliding-scale dental care, a therapist, crisis lines (988 as a number, 911),
 * signing up for Maryland Health Connection, Medicare plan counselling (SHIP, the county's Office on Aging / Department of
 * Aging), long-term-care Medicaid, records from a closed practice, a child's vaccination record (ImmuNet), a hospital's
 * price list, a flu-shot clinic; providers who say they cannot give medical advice, referrals to the patron's own doctor,
 * pharmacist, pediatrician or primary care provider, health-department clinics and their phones (referral.contact,
 * info.source, closing.no_dismissal, followup.*, inquiry.clarify, followup.completeness, closing.anything_else,
 * closing.courteous). Styles: warm, terse, scripted (AskUsNow!'s canned opening), chat-speak, bilingual English/Spanish and
 * Spanish, worried patrons, patrons asking for a mother, father, brother, neighbour or child, a patron gone after the
 * answer or after the first question, a transfer with and without a note, e-mailed follow-ups with and without a time.
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "please ask your pharmacist too", "Ask your doctor whether
 *   the generic is right for you", "Consulte con su médico antes de cambiar la dosis", "call your insurance; the member
 *   services number is on the back of your card", "See a dentist as soon as you can", "see your eye doctor every year",
 *   "make an appointment with your primary care provider / with his PCP", "u can call their billing office too", "You'll
 *   need to ask a doctor", "llame a su pediatra hoy", "Your county's Office on Aging has SHIP counselors who can help you",
 *   and the prohibition "She shouldn't stop taking it without talking to her doctor", "Don't stop … without checking with
 *   your pharmacist first", "Never double a dose without asking your doctor", "You should never stop an antidepressant
 *   without talking to your prescriber", "No deje de tomarlo sin consultar a su médico", "No cambie la dosis sin hablar con
 *   su farmacéutico".
 *  a referral WITH one (passes): "Call the dental clinic at 410-222-6633", "call or text 988", "call 911 right away", "Call 988
 *   any time", "call the SHIP office at 410-887-2059", "the Maryland SHIP line at 1-800-243-3425", "Poison Control is
 *   1-800-222-1222, call them right away", "llamar a Maryland Health Connection al 1-855-642-8572", "llame a la línea de
 *   ayuda de salud mental al 1-800-662-4357", "llame a la línea de crisis al 988", "Marque al 988", "envíe un texto al 988",
 *   "walk in Tuesdays … at 3 Harry S Truman Pkwy, Annapolis, or call the immunization clinic at 410-222-7375", "Don't skip
 *   doses without calling the pharmacy at 410-555-0123".
 *  a source, not a referral: "medlineplus.gov/diabetestype2.html", "drugs.com/drug_interactions.html", "PubMed
 *   (pubmed.ncbi.nlm.nih.gov)", "our Health & Wellness database on our E-Resources page", "The Merck Manual, Home Edition is
 *   in our catalogue", "apply again at marylandhealthconnection.gov", "mdimmunet.org (Public Access)", "Medicare's Plan
 *   Finder at medicare.gov/plan-compare"; not a source: "look it up on WebMD" (a site named without its address), the
 *   answer from memory ("Part B covers doctor visits …").
 *  clarifying: "Are you looking for something in plain language, or for research articles?", "Which cholesterol medicine do
 *   you take?", "Is he safe right now?", "Is she confused right now, and is it new today?", "Do you know the maker or the lot
 *   number on her bottle?", "¿Es para usted o para un familiar?", "¿Desde cuándo tiene la fiebre?", "So you need a dentist
 *   who takes Medicaid for a 7-year-old?"; not: a question in the message that gives the source.
 *  completeness: "Does that help for now?", "Is that the kind of information you needed?", "Was this helpful?", "¿Le sirve
 *   esta información?"; not: "Would you like articles on side effects too?".
 *  dismissal: "You've already asked three questions, and that's the limit", "We only answer two health questions per chat,
 *   sorry. Goodbye.", "My shift is over, I have to go.", "We're closing soon anyway. Bye.", "We're about to close anyway,
 *   bye", "The library is closing in 5 minutes anyway. Goodbye."; allowed: "I can't give medical advice. You'll need to ask a
 *   doctor.", "I have a few other patrons waiting … please chat with us again later", "We're closing soon anyway, so please
 *   chat with us again tomorrow from 9".
 *  the patron done: "yes this is perfect, that's all I needed", "ya thats everything thx", "si muchas gracias, es todo", "si,
 *   eso es todo, gracias", "yes, no more questions, thanks"; not done: "ok", "ok calling now thank you", "ok thanks".
 *  goodbyes: "Take care and feel better!", "Take good care of yourself", "np, good luck! bye", "¡Que se mejore pronto su niña!
 *   Adiós.", "Stay well, bye!"; not: the patron's "no" after "Anything else?", "It seems you've disconnected, so I'm closing
 *   this session now." (no thanks, no goodbye, no way back).
 *  not the provider's follow-up: "Your doctor's office will call you with the lab results", "Maryland Health Connection will
 *   mail you a letter", "the SHIP counselor will call you back within two days", "the navigator will call you within a
 *   week", "Medicare will mail you a new card", "your pharmacist will call you when it is ready", "the health department will
 *   send you a letter", "the hospital will mail you the itemized bill"; still the provider's: "The clinic will call you …,
 *   and I'll e-mail you the sliding-fee form by Friday", "Our SHIP counselor will call you on Monday", "I'll look into who
 *   took over Dr. Patel's records and e-mail you … by Thursday", "Someone from your library will contact you by Friday".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - declining medical advice ("I can't give medical advice") is no dismissal (not for the provider's convenience), as
 *   thirtieth-round-advice read it; "I'm not a counselor and I can't help with that. We're closing soon anyway. Bye." gives
 *   the library's closing as the reason not to go on, with no way back: a dismissal;
 * - "ask your pharmacist", "see a dentist", "make an appointment with your primary care provider", and a prohibition "don't /
 *   shouldn't / never … without talking to your doctor" tell the patron to contact or visit a person outside the chat:
 *   referrals, failing without a contact; told for a neighbour or a mother ("She shouldn't stop taking it without talking to
 *   her doctor") the patron is still the one told, for the person they ask for;
 * - "call or text 988", "Marque al 988", "llame a la línea de crisis al 988" name a crisis line and its number: a referral
 *   with a way to reach it, and the number is info.source's "phone contact for a referral"; "call 911" likewise;
 * - applying online ("apply again at marylandhealthconnection.gov") is using a web page: a source, no referral;
 * - "Look it up on WebMD" names a website without its address: no source (as "Check MTA's website" in the thirty-fifth
 *   round);
 * - an insurer's, a programme's or a clinic's own staff who will call or mail the patron (Maryland Health Connection,
 *   Medicare, a SHIP counselor, a navigator, the clinic, the pharmacist, the hospital, the health department) is no promise
 *   of the provider's: no follow-up session; the provider's own library's counsellor ("Our SHIP counselor") is one;
 * - "Does that help for now?" asks whether what was given meets the need: completeness passes;
 * - a clarifying question the patron never answered is a substantive exchange: source, completeness and anything-else fail;
 *   Lost Call passes with one patron message; "It seems you've disconnected, so I'm closing this session now." is no
 *   goodbye (courteous fails with the check-in before it);
 * - "Take care and feel better!", "Stay well, bye!", "Good luck, I hope she is ok. Goodbye." end the chat: goodbyes.
 * Written: 21 whole sessions (17 first, 3 in a second batch, 1 in a third), 56 short cases (35 first, 11 second, 10 third),
 * 15 near misses in `guards`; 1 whole session in LEFT, the rest run. First run (17 whole + 35 short, labelled before
 * running): 8 of 52 disagreed: referral.contact 5 ("call or text 988 …; they talk with family members too, not only the
 * person at risk" read as a party without contact; "She shouldn't stop taking it without talking to her doctor", "See a
 * dentist as soon as you can", "make an appointment with your primary care provider", "llame a la línea de ayuda de salud
 * mental al 1-800-…" read as no referral), closing.no_dismissal 1 ("We're closing soon anyway. Bye." read as no
 * dismissal), followup.contact and resolution.code 2 ("Maryland Health Connection will mail you a letter", "the SHIP
 * counselor will call you back within two days" read as the provider's promise). Second batch (3 whole + 11 short, with the
 * fixes in, labelled before running): 1 of 14 disagreed: referral.contact and info.source ("llame a la línea de crisis al
 * 988": 988 after Spanish "al" not read as a number). Third batch (1 whole + 10 short, the fixes' own words): 2 of 11
 * disagreed: referral.contact ("Marque al 988 …", "envíe un texto al 988": no referring verb). My labels corrected: 1 of 4
 * (a near miss, "You don't need a referral; you can book without calling your doctor, at chasebrexton.org/appointments",
 * which I labelled no referral: booking at the clinic's page is contacting it, by v15's reading; the near miss was
 * rewritten without the booking). Fixed in block G13:
 *  - referralOnesToAsk (phrase family): a health professional (doctor, physician, pharmacist, pharmacy, dentist, nurse,
 *    prescriber, pediatrician, specialist, therapist, psychiatrist, GP, PCP, care team, primary care / health care / medical
 *    / mental health provider) after a prohibition (don't, do not, shouldn't, should not, never, must not, better not, not;
 *    not "don't need / have to") and "without (first) talking / speaking / checking / consulting / asking / calling (to /
 *    with)"; in Spanish a médico, doctora, farmacéutico, farmacia, dentista, enfermera, pediatra, especialista after "no …
 *    sin (antes) hablar con / consultar (a) / preguntar a / llamar a" [near misses: "The checker works without talking to a
 *    pharmacist", "You don't have to wait: the pharmacy gives flu shots without calling your doctor", "You can get a flu
 *    shot without seeing a doctor"];
 *  - referralVerb (phrase family): "see" a dentist, physician, therapist, psychiatrist, psychologist, optometrist,
 *    ophthalmologist, eye doctor, pediatrician, dermatologist, cardiologist, podiatrist, audiologist, GP, PCP or primary
 *    care / health care / medical / mental health provider or doctor, as v1's "see a doctor", not their hours, pages, lists,
 *    directories, finders or tools [near misses: "See the dentist directory at dentaquest.com", "I see your dentist is in
 *    the Healthy Smiles network" (read right by the older rules too)]; and Spanish dialling and texting before "al" and a
 *    number ("Marque al 988", "envíe un texto al 988", "mande un mensaje de texto al …") [near misses: "Marque la casilla
 *    del médico de cabecera en el formulario …", "Marque sí en la pregunta 4 …", "Escriba un texto al final de la solicitud
 *    …"];
 *  - referralParty (phrase family): a primary care / health care / medical / mental health provider, a PCP ("make an
 *    appointment with your primary care provider"), and Spanish help lines ("la línea de ayuda / de crisis / de apoyo / de
 *    prevención / de salud mental", "la línea nacional de prevención") [near misses: "The primary care provider directory can
 *    help you find one: medicare.gov/care-compare", "Visite la página de la línea de ayuda en 988lifeline.org/es" (both read
 *    right by the older rules: a directory and a page are no party)];
 *  - phone (phrase family): 988 after Spanish "llame / marque … al" or "texto / mensaje / sms al" in the same clause, not a
 *    street number ("al 988 de la calle Main") [near miss: "Llame a la clínica, que queda al 988 de la calle Main"];
 *  - notPromise (phrase family, as v31's caseworker, v34's offices and G11's inspectors): Maryland Health Connection,
 *    Medicaid, Medicare, SHIP / SHIIP, a counselor, navigator or broker, and "the / your" exchange, marketplace, clinic,
 *    health department, hospital, lab, pharmacy, pharmacist, doctor('s office), dentist('s office), insurance (company),
 *    health plan, plan, MCO, care coordinator, who "will / should / usually / then / is going to (then / usually / also /
 *    probably) call / contact / phone / ring / text / e-mail / reach out to / write to / mail / send / get back to / follow
 *    up with" the patron; not with the provider's own promise or the library's staff later in the sentence (E7's
 *    LIBRARY_STAFF_E7), nor after "I'll / I can / let me / our / my / ask" before it [near misses: "Medicare will mail you a
 *    card, and I'll e-mail you the plan list by Friday", "Our SHIP counselor will call you on Monday", "The clinic will call
 *    you to schedule, and I'll e-mail you the sliding-fee form by Friday"];
 *  - dismissalConvenience (phrase family): "anyway" after "we're / we are / we'll be / the library is / will be closing /
 *    about to close / closed / shutting down (soon / now / in N minutes)": the closing given as the reason not to go on
 *    (still allowed with a way back, as every dismissalConvenience) [near misses: "We're closing soon, so here's the number
 *    for Mary's Center: 202-483-8196", "The clinic is closed anyway on Sundays, so go Monday"].
 * Each fix's near misses were checked to fail with the fix made too wide (no prohibition before "without", "don't need"
 * allowed, "see" any list, no own-promise test, "our" allowed, no "anyway", any subject "is closed", no street test after
 * 988, Spanish dialling without a number), except the two marked "read right by the older rules too", which the older
 * readings keep right whatever this block does (the parties' own directory and page exclusions and the "I see" exclusion
 * were taken out for that reason).
 * Left (1): "…call or text 988, the Suicide & Crisis Lifeline, any time, day or night; they talk with family members too,
 * not only the person at risk" (whole session): "not only the person" is read as a party without contact ("not only him"
 * scores right); who the lifeline talks with is no one the patron is told to contact, and telling that apart needs the
 * sentence's meaning.
 * v38's fingerprint after block G13: 651922eb9cd10a24.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A drug question up to the patron's answer to the clarifying question. */
const DRUG: Line[] = [
  [0, 'p', 'is it ok to take metformin with my cholesterol pills? my doctor is on vacation'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. Which cholesterol medicine do you take?"],
  [50, 'p', 'atorvastatin 20'],
];
/** A Medicaid dentist question up to the patron's answer. */
const DENT: Line[] = [
  [0, 'p', 'need a dentist that takes medicaid for my son, hes 7'],
  [20, 'l', 'Hello, this is Jo at AskUsNow!. Which county do you live in?'],
  [50, 'p', 'anne arundel, glen burnie'],
];
/** A Medicare question up to the patron's answer. */
const MCARE: Line[] = [
  [0, 'p', 'my dad turns 65 in march and we dont understand the medicare plans'],
  [20, 'l', 'Hi, Jo here at Ask a Librarian. Is he still working with insurance through his job?'],
  [50, 'p', 'no hes retired'],
];
/** A Spanish question (a clinic for an uninsured patron) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, no tengo seguro medico y necesito ver un doctor, donde puedo ir?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado vive usted?'],
  [50, 'p', 'en Montgomery, Silver Spring'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'a new type 2 diabetes diagnosis: MedlinePlus\'s page, for the patron, plain language',
    lines: [
      [0, 'p', 'Hi. I was just diagnosed with type 2 diabetes and I want to read about it somewhere trustworthy, not random sites.'],
      [25, 'l', "Hi there, welcome to AskUsNow! I'm Leah, a librarian at Howard County Library System. I'm sorry, that's a lot to take in. Are you looking for something in plain language, or for research articles?"],
      [70, 'p', 'plain language please'],
      [95, 'l', 'MedlinePlus, from the National Library of Medicine, is a great place to start: medlineplus.gov/diabetestype2.html covers what it is, treatment, diet and living with it, and it has easy-to-read handouts. Is that what you were looking for?'],
      [150, 'p', "yes this is perfect, that's all I needed"],
      [158, 'l', 'Great! Take good care of yourself, and thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'metformin with a statin: "I can\'t give medical advice", the interaction checker, "please ask your pharmacist too" (no contact)',
    lines: [
      ...DRUG,
      [80, 'l', "I can't give medical advice, but I can point you to reliable information. Drugs.com has a free interaction checker at drugs.com/drug_interactions.html where you can enter both medicines. Your pharmacist can check them against your whole list, so please ask your pharmacist too. Does that help?"],
      [140, 'p', 'ok thanks'],
      [146, 'l', 'Anything else today?'],
      [160, 'p', 'no'],
      [165, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a Medicaid dentist for a child: the county health department\'s dental clinic with its number',
    lines: [
      ...DENT,
      [75, 'l', "The Anne Arundel County Department of Health runs a children's dental clinic in Glen Burnie that takes Maryland Healthy Smiles (Medicaid dental). Call the dental clinic at 410-222-6633 to make an appointment. The list of Healthy Smiles dentists is also at dentaquest.com (Find a Dentist). Is that what you were looking for?"],
      [130, 'p', 'yes thank you so much'],
      [136, 'l', 'Is there anything else I can help you with?'],
      [150, 'p', 'no thats it'],
      [155, 'l', 'Have a great day, and I hope his appointment goes well!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'bilingual: signing up for Maryland Health Connection, the site and the call center\'s number',
    lines: [
      [0, 'p', 'hola / hello, perdí mi seguro del trabajo, how do I get insurance for my family?'],
      [25, 'l', '¡Hola! Soy Marta, bibliotecaria de AskUsNow!. ¿Prefiere que le conteste en español o en inglés? ¿Cuántas personas hay en su familia?'],
      [60, 'p', 'español, somos 4'],
      [85, 'l', 'Al perder el seguro del trabajo tiene 60 días para inscribirse. Puede solicitar en marylandhealthconnection.gov (hay versión en español), o llamar a Maryland Health Connection al 1-855-642-8572, donde tienen asesores que hablan español. Según sus ingresos, su familia podría calificar para Medicaid. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias, es todo'],
      [146, 'l', '¡Gracias por escribirnos! Que le vaya muy bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Medicare plan counselling for a father: the county\'s SHIP with its phone, Plan Finder, then the patron gone',
    lines: [
      ...MCARE,
      [80, 'l', "Baltimore County's Department of Aging has free SHIP counselors who compare Medicare plans with you, no sales pitch. Call the SHIP office at 410-887-2059 for an appointment. To look at plans yourselves first, Medicare's Plan Finder is at medicare.gov/plan-compare. Does that help?"],
      [220, 'l', 'Are you still there?'],
      [330, 'l', "It looks like we've been disconnected, so I'll close this chat now. Please chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'records from a closed practice: the Board of Physicians\' page, then "I\'ll e-mail you by Thursday", recorded the next day',
    lines: [
      [0, 'p', 'My old doctor (Dr. Patel in Bowie) retired and closed the office. How do I get my medical records?'],
      [30, 'l', "Hello, I'm Dev, a librarian at Prince George's County Memorial Library System. Do you know roughly when the practice closed?"],
      [70, 'p', 'last summer I think'],
      [90, 'l', 'In Maryland a closing practice has to tell patients where the records go; the Maryland Board of Physicians explains it at mbp.state.md.us (Patients > Medical Records). Does that help for now?'],
      [140, 'p', 'yes but I still dont know who has them'],
      [150, 'l', "I'll look into who took over Dr. Patel's records and e-mail you what I find by Thursday. What's the best e-mail?"],
      [180, 'p', 'r.gaines@example.com'],
      [190, 'l', 'Thanks, I have r.gaines@example.com. Anything else for today?'],
      [215, 'p', "no that's all, thank you"],
      [220, 'l', "You're welcome, talk soon. Bye!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'r.gaines@example.com', phone: null }, followUps: [{ doneAt: at(26 * HOUR), by: 'jo', note: 'custodian of Dr. Patel records found, e-mailed' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'terse provider, a child\'s vaccination record: ImmuNet at once, no question',
    lines: [
      [0, 'p', 'how do i get my kids shot records for school'],
      [10, 'l', 'Hi, Sam at Ask Us.'],
      [25, 'l', "Maryland's immunization registry, ImmuNet: parents can get a record at mdimmunet.org (Public Access). That help?"],
      [60, 'p', 'ya'],
      [64, 'l', 'Anything else?'],
      [80, 'p', 'no'],
      [84, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'chat-speak, a hospital\'s price list: the price-transparency page, "call their billing office" with no number',
    lines: [
      [0, 'p', 'how much is an mri at hopkins w/o insurance?? need to know b4 i go'],
      [20, 'l', 'hey! Kim from Ask Us here :) is it johns hopkins hospital in baltimore or one of the other hopkins hospitals?'],
      [45, 'p', 'the main one in baltimore'],
      [70, 'l', 'hospitals have to post their prices now. hopkins has a price estimator at hopkinsmedicine.org/patient-care/billing-insurance/price-transparency. for a self-pay discount u can call their billing office too. did that help?'],
      [110, 'p', 'ya thats everything thx'],
      [115, 'l', 'np, good luck! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a therapist who takes Medicaid, then "I\'m not a counselor and we\'re closing anyway. Bye."',
    lines: [
      [0, 'p', 'can you help me find a therapist that takes medicaid? im in baltimore'],
      [20, 'l', 'Hi, this is Kay at AskUsNow!. Is it for you or for a child?'],
      [45, 'p', 'for me, for anxiety'],
      [65, 'l', "I'm not a counselor and I can't help with that. We're closing soon anyway. Bye."],
    ],
    // ends the help for the provider's convenience ("we're closing soon anyway") with no way back
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'signs of a stroke for a grandmother: "call 911 right away", then MedlinePlus\'s stroke page',
    lines: [
      [0, 'p', 'what are the signs of a stroke? my grandma is acting kind of confused today'],
      [15, 'l', "Hello, I'm Nia, a librarian at Baltimore County Public Library. Is she confused right now, and is it new today?"],
      [35, 'p', 'yes since this morning and her face looks a little droopy'],
      [45, 'l', "Sudden confusion and a drooping face can be signs of a stroke, so please call 911 right away; don't wait. For later, MedlinePlus explains the warning signs (BE FAST) at medlineplus.gov/stroke.html. Is that what you needed?"],
      [70, 'p', 'ok calling now thank you'],
      [75, 'l', 'Good luck, I hope she is ok. Goodbye.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'research articles on a rare disease, transferred to a health sciences librarian',
    lines: [
      [0, 'p', 'hi, I need recent research on Ehlers-Danlos syndrome for my daughter, she was just diagnosed'],
      [20, 'l', 'Hello, Jo at Ask Us here. Are you looking for research articles, or for information written for families?'],
      [50, 'p', 'research articles, her doctor mentioned new studies'],
      [56, 'l', "Our health sciences librarian knows PubMed well, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt wants recent EDS research articles (PubMed), daughter newly diagnosed'],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa from the Health Sciences desk here.', ROSA],
      [130, 'l', 'PubMed at pubmed.ncbi.nlm.nih.gov has the research: search "Ehlers-Danlos syndrome" and use the filters for the last 5 years and Review. The Ehlers-Danlos Society also has a family guide at ehlers-danlos.com. Did that help?', ROSA],
      [170, 'p', "yes thats exactly it, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting and best wishes to your daughter!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'a free clinic, the patron gone after the clarifying question; the disconnect notice without a goodbye: Lost Call',
    lines: [
      [0, 'p', 'is there a free clinic near me'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. What city or zip code are you in?"],
      [160, 'l', 'Are you still there?'],
      [300, 'l', "It seems you've disconnected, so I'm closing this session now."],
    ],
    over: { resolutionCode: 'Lost Call' },
    // the clarifying question is a substantive exchange; the last two messages neither thank nor invite back
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'PubMed articles on long COVID: "I\'ll e-mail you some articles" with no time, the code left Answered',
    lines: [
      [0, 'p', 'do you have access to medical journals? looking for studies on long covid and fatigue'],
      [20, 'l', "Hello, I'm Tom, a librarian at Ask Us. Is this for your own reading, or for a class or a paper?"],
      [55, 'p', 'my own reading, i have it'],
      [75, 'l', "I'm sorry to hear that. PubMed (pubmed.ncbi.nlm.nih.gov) is free to search, and our Health & Wellness database on our E-Resources page has full text. Do those help?"],
      [120, 'p', 'yes but its hard to find good ones'],
      [130, 'l', "I'll pick a few good review articles and e-mail them to you. What's your e-mail?"],
      [160, 'p', 'tired@example.org'],
      [170, 'l', 'Got it. Thanks for your patience, bye for now!'],
    ],
    over: { patron: { name: null, email: 'tired@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a sliding-scale dental clinic: "three questions is the limit" after the first answer',
    lines: [
      [0, 'p', 'where can i get a cheap cleaning, no dental insurance'],
      [20, 'l', 'Hi, this is Kay at AskUsNow!. Which county are you in?'],
      [45, 'p', 'howard'],
      [65, 'l', 'Chase Brexton Health Care in Columbia has a sliding-fee dental program; details are at chasebrexton.org/dental. Does that help?'],
      [100, 'p', 'yes. also do they do root canals, and is there a dental school clinic, and what about my eyes'],
      [115, 'l', "You've already asked three questions, and that's the limit for one chat session. Goodbye."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'a caregiver on Medicaid\'s long-term care, "other patrons waiting, chat with us again later"',
    lines: [
      [0, 'p', 'Hello, my mother needs nursing home care and we heard Medicaid can pay. Where do we start?'],
      [30, 'l', "Good afternoon, and thank you for contacting AskUsNow!. My name is Denise and I'm a reference librarian. Which county does your mother live in?"],
      [80, 'p', 'Harford County'],
      [105, 'l', "Long-term care Medicaid is applied for through the Department of Social Services; the steps and the checklist are on the Maryland Department of Health's page at health.maryland.gov/mmcp/longtermcare. Is that the kind of information you needed?"],
      [160, 'p', 'Yes. Also, can you look up what the income limit is, and whether the house counts, and how long it takes?'],
      [175, 'l', "Those are good questions. I have a few other patrons waiting right now, so I need to wrap up, but please chat with us again later and we'll help with those. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a drug recall, patron asking for a neighbour: the FDA\'s recall list, answered from the list, the patron done',
    lines: [
      [0, 'p', 'my neighbor asked me to check if her blood pressure medicine was recalled, valsartan'],
      [20, 'l', 'Hi! Priya at Ask Us (Enoch Pratt Free Library). Do you know the maker or the lot number on her bottle?'],
      [60, 'p', 'it says Solco'],
      [85, 'l', "Some Solco valsartan lots were recalled. The FDA's recall list is at fda.gov/safety/recalls-market-withdrawals-safety-alerts; search valsartan and compare the lot numbers. She shouldn't stop taking it without talking to her doctor, though. Does that answer it?"],
      [130, 'p', "yes, that's all I needed, thanks a lot"],
      [136, 'l', 'Glad to help. Thanks for using Ask a Librarian!'],
    ],
    // "talking to her doctor" before stopping: the neighbour is told to contact her doctor, no way to reach: referral fails
    exp: usual({ referral: 'fail' }),
  },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  {
    name: 'Spanish, a toddler\'s fever: no medical advice, MedlinePlus en español, "llame a su pediatra" with no number',
    lines: [
      [0, 'p', 'hola, mi niña de 2 años tiene fiebre de 39, que hago?'],
      [20, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow!. Siento que esté enferma. ¿Desde cuándo tiene la fiebre?'],
      [50, 'p', 'desde anoche'],
      [75, 'l', 'No puedo dar consejos médicos, pero MedlinePlus en español explica la fiebre en niños y cuándo buscar ayuda: medlineplus.gov/spanish/fever.html. Si la fiebre sigue o le preocupa, llame a su pediatra hoy. ¿Le sirve esta información?'],
      [120, 'p', 'si, eso es todo, gracias'],
      [126, 'l', '¡Que se mejore pronto su niña! Adiós.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a Medicare question transferred without a note to the receiving librarian: handoff fails',
    lines: [
      [0, 'p', 'whats the difference between medigap and medicare advantage'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is this for yourself, and are you already on Medicare?'],
      [50, 'p', 'for me, I turn 65 in june'],
      [56, 'l', "Our health information librarian knows Medicare well, so I'm transferring you to her now."],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa here from Health Information.', ROSA],
      [130, 'l', "Medicare's page Compare Original Medicare & Medicare Advantage at medicare.gov/basics/your-medicare-options explains both side by side. Is that what you were looking for?", ROSA],
      [170, 'p', "yes that's all I needed"],
      [176, 'l', 'Great, thanks for chatting!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'a flu shot clinic, a slow search with no word for four minutes, then the health department\'s walk-in clinic and phone',
    lines: [
      [0, 'p', 'where can i get a free flu shot in annapolis, no insurance'],
      [20, 'l', "Hi, I'm Grace at AskUsNow!. Is it for an adult or a child?"],
      [45, 'p', 'adult, me'],
      [290, 'l', "The Anne Arundel County Department of Health gives free flu shots to uninsured adults: walk in Tuesdays 1-4 pm at 3 Harry S Truman Pkwy, Annapolis, or call the immunization clinic at 410-222-7375 to check the hours. Does that help?"],
      [330, 'p', "yes thats everything, thanks"],
      [336, 'l', 'Stay well, bye!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  // ---- (third batch: the fixes' own words, labelled before running) -----------------------------------------------------
  {
    name: 'a Part D plan for a mother on six medicines: SHIP\'s phone, but "don\'t switch without checking with her pharmacist" (no contact)',
    lines: [
      [0, 'p', 'Hi, my mom takes 6 prescriptions and her Part D plan went up a lot. How do we pick a cheaper one?'],
      [30, 'l', "Hello! I'm Nia, a librarian at Baltimore County Public Library. Does she live in Baltimore County, and is open enrollment still on (it runs to December 7)?"],
      [75, 'p', 'yes Towson, and yes'],
      [100, 'l', "Medicare's Plan Finder at medicare.gov/plan-compare lets you enter all six drugs and compares the yearly cost. The county's SHIP counselors do this with you for free; call them at 410-887-2059. Don't switch plans without checking with her pharmacist that the new plan's pharmacies include hers. Is that what you were looking for?"],
      [160, 'p', 'Yes, perfect. That is everything, thank you.'],
      [166, 'l', 'You are welcome. Good luck to your mom, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referral ----------------------------------------------------------------------------------------------------------
  { name: '"Please talk to your pharmacist about timing the doses" : referral fails', lines: then(DRUG, 'MedlinePlus has both drugs at medlineplus.gov/druginformation.html. Please talk to your pharmacist about timing the doses. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Ask your doctor whether the generic is right for you" : referral fails', lines: then(DRUG, 'The generic is listed in MedlinePlus at medlineplus.gov/druginfo. Ask your doctor whether the generic is right for you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Call 988 any time, day or night" : referral and source pass', lines: [...MCARE, [70, 'l', "If he's feeling hopeless about it, call 988 any time, day or night. Does that help?"], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Consulte con su médico antes de cambiar la dosis" : referral fails', lines: thenEs('La información del medicamento está en medlineplus.gov/spanish. Consulte con su médico antes de cambiar la dosis. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Your county\'s Office on Aging has SHIP counselors who can help you compare plans" (no contact) : referral fails', lines: then(MCARE, "Your county's Office on Aging has SHIP counselors who can help you compare plans for free. Medicare's Plan Finder is at medicare.gov/plan-compare. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Call the SHIP line at 1-800-243-3425" : referral passes', lines: then(MCARE, 'For free one-on-one help choosing a plan, call the Maryland SHIP line at 1-800-243-3425. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"call your insurance; the member services number is on the back of your card" : referral fails', lines: then(DENT, 'To check which dentists are in network, call your insurance; the member services number is on the back of your card. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Poison Control is 1-800-222-1222, call them right away" : referral passes', lines: then(DRUG, 'If anyone took a double dose by mistake, Poison Control is 1-800-222-1222, call them right away. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"apply for Medicaid at marylandhealthconnection.gov" : a source, no referral', lines: then(DENT, 'If his Medicaid lapsed, you can apply again at marylandhealthconnection.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"See a dentist as soon as you can" : referral fails', lines: then(DENT, 'A swollen gum can be an abscess, so see a dentist as soon as you can. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Make an appointment with your primary care provider" : referral fails', lines: then(MCARE, 'For the Welcome to Medicare visit, make an appointment with your primary care provider in his first year. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "llame a la línea de Salud Mental al 1-800-…" : referral passes', lines: thenEs('Si necesita hablar con alguien, llame a la línea de ayuda de salud mental al 1-800-662-4357, en español las 24 horas. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // ---- source ------------------------------------------------------------------------------------------------------------
  { name: '"Look it up on WebMD" (no address) : no source', lines: then(DRUG, 'You could look it up on WebMD. Good luck!'), exp: some({ source: 'fail' }) },
  { name: '"the Merck Manual, Home Edition is in our catalogue" : source passes', lines: then(DRUG, 'The Merck Manual, Home Edition is in our catalogue, and it explains both drugs. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'an answer from memory, no source: source fails', lines: then(MCARE, 'Medicare Part B covers doctor visits and Part D covers drugs; he can sign up three months before his birthday month. Does that help?'), exp: some({ source: 'fail', complete: 'pass' }) },
  // ---- clarify -----------------------------------------------------------------------------------------------------------
  { name: '"¿Es para usted o para un familiar?" before the source : clarify passes', lines: [[0, 'p', 'necesito informacion sobre la presion alta'], [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Es para usted o para un familiar?'], [50, 'p', 'para mi mama'], [70, 'l', 'MedlinePlus en español explica la presión alta: medlineplus.gov/spanish/highbloodpressure.html. ¿Le sirve?'], [100, 'p', 'si gracias'], [106, 'l', '¡Adiós!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  { name: '"So you need a dentist who takes Medicaid for a 7-year-old?" (restated) : clarify passes', lines: [[0, 'p', 'need a dentist that takes medicaid for my son, hes 7'], [20, 'l', 'Hello, this is Jo at AskUsNow!. So you need a dentist who takes Medicaid for a 7-year-old?'], [50, 'p', 'yes'], [70, 'l', 'Maryland Healthy Smiles lists them at dentaquest.com (Find a Dentist). Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the question asked in the message that gives the source : clarify fails', lines: [[0, 'p', 'what is shingles'], [15, 'l', 'Hi, Jo at Ask Us. MedlinePlus has it at medlineplus.gov/shingles.html. Is it for you or someone else?'], [40, 'p', 'me'], [50, 'l', 'Then the vaccine page there may help too. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ------------------------------------------------------------------------------------------------------
  { name: '"Would you like articles on treatment too?" : completeness fails', lines: [...DRUG, [70, 'l', 'Drugs.com has an interaction checker at drugs.com/drug_interactions.html. Would you like articles on side effects too?'], [100, 'p', 'no thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: '"Was this helpful?" : completeness passes', lines: [...DRUG, [70, 'l', 'Drugs.com has an interaction checker at drugs.com/drug_interactions.html. Was this helpful?'], [100, 'p', 'yes'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'pass' }) },
  { name: '"Is that the kind of information you needed?" : completeness passes', lines: [...MCARE, [70, 'l', "Medicare's own guide, Medicare & You, is at medicare.gov/medicare-and-you. Is that the kind of information you needed?"], [100, 'p', 'yes'], [106, 'l', 'Bye!']], exp: some({ complete: 'pass' }) },
  // ---- anything else / the patron done -----------------------------------------------------------------------------------
  { name: '"no more questions, thanks" : anything else passes', lines: [...DENT, [70, 'l', 'Healthy Smiles dentists are at dentaquest.com. Does that help?'], [100, 'p', 'yes, no more questions, thanks'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"ok" alone : anything else fails', lines: [...DENT, [70, 'l', 'Healthy Smiles dentists are at dentaquest.com. Does that help?'], [100, 'p', 'ok'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"Can I help you with anything else today?" : anything else passes', lines: [...DENT, [70, 'l', 'Healthy Smiles dentists are at dentaquest.com. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Can I help you with anything else today?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- dismissal ---------------------------------------------------------------------------------------------------------
  { name: '"I can\'t give medical advice. You\'ll need to ask a doctor." : no dismissal, referral fails', lines: [...DRUG, [70, 'l', "I can't give medical advice. You'll need to ask a doctor."], [100, 'p', 'ok'], [106, 'l', 'Bye.']], exp: some({ dismissal: 'pass', referral: 'fail' }) },
  { name: '"We only answer two health questions per chat, sorry. Goodbye." : dismissal fails', lines: [...DRUG, [70, 'l', 'Drugs.com checks it at drugs.com/drug_interactions.html. Does that help?'], [100, 'p', 'yes and what about grapefruit, and my vitamin d'], [110, 'l', 'We only answer two health questions per chat, sorry. Goodbye.']], exp: some({ dismissal: 'fail' }) },
  { name: '"My shift is over, I have to go" : dismissal fails', lines: [...MCARE, [70, 'l', 'Plan Finder is at medicare.gov/plan-compare. Does that help?'], [100, 'p', 'what about medigap plans, how do those work'], [110, 'l', 'My shift is over, I have to go.']], exp: some({ dismissal: 'fail' }) },
  // ---- courteous ---------------------------------------------------------------------------------------------------------
  { name: '"Take care and feel better!" last : courteous passes', lines: [...DRUG, [70, 'l', 'MedlinePlus has both at medlineplus.gov/druginformation.html. Does that help?'], [100, 'p', 'yes thanks'], [106, 'l', 'Take care and feel better!']], exp: some({ courteous: 'pass' }) },
  { name: 'the patron\'s "no" after "Anything else?" ends it : courteous fails', lines: [...DRUG, [70, 'l', 'MedlinePlus has both at medlineplus.gov/druginformation.html. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Anything else?'], [120, 'p', 'no']], exp: some({ courteous: 'fail', anything: 'pass' }) },
  // ---- follow-up ---------------------------------------------------------------------------------------------------------
  { name: '"Your doctor\'s office will call you with the results" : no follow-up', lines: then(DRUG, "Your doctor's office will call you with the lab results; MedlinePlus explains the A1C test at medlineplus.gov/lab-tests/hemoglobin-a1c-hba1c-test. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Maryland Health Connection will mail you a letter with the decision" : no follow-up', lines: then(ES, 'Apply at marylandhealthconnection.gov; Maryland Health Connection will mail you a letter with the decision. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The SHIP counselor will call you back within two days" : no follow-up', lines: then(MCARE, 'Leave a message on the SHIP line at 1-800-243-3425; the SHIP counselor will call you back within two days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"I\'ll e-mail you the list of sliding-scale clinics by tomorrow noon" with the e-mail repeated : contact passes', lines: [...ES, [70, 'l', "I'll e-mail you the list of sliding-scale clinics by tomorrow noon. What's your e-mail?"], [100, 'p', 'ana@example.com'], [110, 'l', 'Thanks, ana@example.com, by noon tomorrow. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'ana@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"Someone from your library will contact you by Friday", the e-mail given : contact passes', lines: [...MCARE, [70, 'l', 'Someone from your library will contact you by Friday with the local SHIP schedule. What e-mail should they use?'], [100, 'p', 'dadhelp@example.net'], [110, 'l', 'Thanks, got it. Bye!']], over: { ...FU_LIB, patron: { name: null, email: 'dadhelp@example.net', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll get back to you" with no contact, the code Answered : contact and code fail', lines: [...DENT, [70, 'l', "Let me ask our health librarian and I'll get back to you."], [100, 'p', 'ok'], [106, 'l', 'Bye!']], exp: some({ contact: 'fail', code: 'fail' }) },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  { name: '"Don\'t stop taking it without checking with your pharmacist first" : referral fails', lines: then(DRUG, "Drugs.com lists both at drugs.com/drug_interactions.html. Don't stop taking either one without checking with your pharmacist first. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Never double a dose without asking your doctor" : referral fails', lines: then(DRUG, 'MedlinePlus explains missed doses at medlineplus.gov/druginfo/meds/a696005.html. Never double a dose without asking your doctor. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "No deje de tomarlo sin consultar a su médico" : referral fails', lines: thenEs('La información está en medlineplus.gov/spanish. No deje de tomarlo sin consultar a su médico. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"See your eye doctor every year" : referral fails', lines: then(DRUG, 'With diabetes, see your eye doctor every year; MedlinePlus explains why at medlineplus.gov/diabeticeyeproblems.html. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Make an appointment with your PCP" : referral fails', lines: then(MCARE, 'For the yearly wellness visit, make an appointment with his PCP; Medicare covers it (medicare.gov/coverage/yearly-wellness-visits). Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'Spanish, "llame a la Línea de Crisis al 988" : referral passes', lines: thenEs('Si alguna vez se siente en crisis, llame a la línea de crisis al 988, en español también. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"The navigator will call you within a week" : no follow-up', lines: then(ES, 'Start at marylandhealthconnection.gov; the navigator will call you within a week to finish the application. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Medicare will mail you a new card in about 30 days" : no follow-up', lines: then(MCARE, 'Once he signs up at ssa.gov/medicare, Medicare will mail you a new card in about 30 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Your pharmacist will call you when it\'s ready" : no follow-up', lines: then(DRUG, 'The interaction checker is at drugs.com/drug_interactions.html. If you order the refill, your pharmacist will call you when it is ready. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The clinic will call you, and I\'ll e-mail you the sliding-fee form by Friday" : a follow-up', lines: then(ES, "The clinic will call you to schedule, and I'll e-mail you the sliding-fee form by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"We\'re closing soon anyway, so please chat with us again tomorrow from 9" : no dismissal', lines: [...MCARE, [70, 'l', 'Plan Finder is at medicare.gov/plan-compare. Does that help?'], [100, 'p', 'what about medigap'], [110, 'l', "We're closing soon anyway, so please chat with us again tomorrow from 9 and we'll go through Medigap. Thanks!"]], exp: some({ dismissal: 'pass' }) },
  // ---- (third batch: the fixes' own words, labelled before running) -----------------------------------------------------
  { name: '"Please don\'t mix them without speaking with a pharmacist" : referral fails', lines: then(DRUG, "Drugs.com flags it at drugs.com/drug_interactions.html. Please don't mix them without speaking with a pharmacist. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"You should never stop an antidepressant without talking to your prescriber" : referral fails', lines: then(DRUG, 'MedlinePlus covers it at medlineplus.gov/antidepressants.html. You should never stop an antidepressant without talking to your prescriber. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Don\'t skip doses without calling the pharmacy at 410-555-0123" : referral passes', lines: then(DRUG, "Don't skip doses without calling the pharmacy at 410-555-0123. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish, "No cambie la dosis sin hablar con su farmacéutico" : referral fails', lines: thenEs('Lea sobre el medicamento en medlineplus.gov/spanish. No cambie la dosis sin hablar con su farmacéutico. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"The health department will send you a letter" : no follow-up', lines: then(ES, 'Register at montgomerycountymd.gov/hhs; the health department will send you a letter with your clinic date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The hospital will mail you the itemized bill" : no follow-up', lines: then(DRUG, 'Ask for it at hopkinsmedicine.org/billing; the hospital will mail you the itemized bill. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"We\'re about to close anyway, bye" : dismissal fails', lines: [...MCARE, [70, 'l', 'Plan Finder is at medicare.gov/plan-compare. Does that help?'], [100, 'p', 'what about medigap'], [110, 'l', "We're about to close anyway, bye"]], exp: some({ dismissal: 'fail' }) },
  { name: '"The library is closing in 5 minutes anyway. Goodbye." : dismissal fails', lines: [...MCARE, [70, 'l', 'Plan Finder is at medicare.gov/plan-compare. Does that help?'], [100, 'p', 'what about medigap'], [110, 'l', 'The library is closing in 5 minutes anyway. Goodbye.']], exp: some({ dismissal: 'fail' }) },
  { name: 'Spanish, "Marque al 988 si necesita hablar con alguien" : referral and source pass', lines: thenEs('Marque al 988 si necesita hablar con alguien esta noche. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish, "Envíe un texto al 988" : referral and source pass', lines: thenEs('Si prefiere no hablar, envíe un texto al 988. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // "without" a health professional, not forbidden
  { name: 'near miss: "You don\'t have to wait: the pharmacy gives flu shots without calling your doctor" : no referral', lines: then(MCARE, "You don't have to wait: the pharmacy gives flu shots without calling your doctor, see medicare.gov/coverage/flu-shots. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: Spanish, "Llame a la clínica, que queda al 988 de la calle Main" : a street number, no phone', lines: thenEs('Llame a la clínica, que queda al 988 de la calle Main. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "The checker works without talking to a pharmacist: drugs.com/…" : no referral', lines: then(DRUG, 'The checker works without talking to a pharmacist: drugs.com/drug_interactions.html. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "You can get a flu shot at most pharmacies without seeing a doctor" : no referral', lines: then(MCARE, 'You can get a flu shot without seeing a doctor; Medicare covers it (medicare.gov/coverage/flu-shots). Does that help?'), exp: some({ referral: 'na' }) },
  // "see" a list, a directory, or the provider's own seeing
  { name: 'near miss: "See the dentist directory at dentaquest.com" : a source, no referral', lines: then(DENT, 'See the dentist directory at dentaquest.com (Find a Dentist) for Glen Burnie. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "I see your dentist is in the Healthy Smiles network" : no referral', lines: then(DENT, 'I see your dentist is in the Healthy Smiles network at dentaquest.com, so his visits are covered. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The primary care provider directory can help you find one" : the directory is no party', lines: then(MCARE, 'The primary care provider directory can help you find one near him: medicare.gov/care-compare. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visite la página de la línea de ayuda en 988lifeline.org/es" : no referral', lines: thenEs('Visite la página de la línea de ayuda en 988lifeline.org/es para leer sobre el servicio. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // the provider's own promise beside, or the library's own counsellor: still a follow-up
  { name: 'near miss: "Medicare will mail you a card, and I\'ll e-mail you the plan list by Friday" : a follow-up', lines: then(MCARE, "Medicare will mail you a card, and I'll e-mail you the plan list by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our SHIP counselor will call you on Monday" : a follow-up', lines: then(MCARE, 'Our SHIP counselor will call you on Monday to go over the plans. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // closing, with the help going on or about the clinic
  { name: 'near miss: "We\'re closing soon, so here\'s the number: …" : no dismissal', lines: [...ES, [70, 'l', "We're closing soon, so here's the number for Mary's Center: 202-483-8196. Does that help?"], [100, 'p', 'si gracias'], [106, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "The clinic is closed anyway on Sundays, so go Monday" : no dismissal', lines: [...ES, [70, 'l', "The clinic is closed anyway on Sundays, so go Monday; the hours are at maryscenter.org. Does that help?"], [100, 'p', 'si gracias'], [106, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  // dialling or texting in Spanish with no number after "al"
  { name: 'near miss: Spanish, "Marque sí en la pregunta 4 del formulario en marylandhealthconnection.gov" : no referral', lines: thenEs('Marque sí en la pregunta 4 del formulario en marylandhealthconnection.gov si perdió el seguro. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: Spanish, "Marque la casilla del médico de cabecera en el formulario" : no referral', lines: thenEs('Marque la casilla del médico de cabecera en el formulario de marylandhealthconnection.gov. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: Spanish, "Escriba un texto al final de la solicitud explicando su caso" : no referral', lines: thenEs('Escriba un texto al final de la solicitud explicando su caso; la solicitud está en marylandhealthconnection.gov. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    name: 'a worried sister: 988 and 911 for her brother, a question about his safety first',
    lines: [
      [0, 'p', "my brother keeps saying he doesnt want to be here anymore and i dont know what to do. is there someone i can call"],
      [15, 'l', "Hi, I'm Sam, a librarian at Ask Us. I'm really glad you reached out. Is he safe right now, or is he in danger at this moment?"],
      [40, 'p', 'hes at home, i think hes ok right now'],
      [55, 'l', 'If he is ever in immediate danger, call 911. Otherwise you can call or text 988, the Suicide & Crisis Lifeline, any time, day or night; they talk with family members too, not only the person at risk. Does that help for now?'],
      [110, 'p', "yes. thank you, that's all I needed"],
      [118, 'l', 'Take care of yourself and your brother. Thank you for reaching out.'],
    ],
    // LEFT: the scorer reads a party without a contact in "…; they talk with family members too, not only the person at
    // risk" ("not only the person" after the 988 referral; "not only him" scores right): who is spoken with is no one the
    // patron is told to contact, and telling that apart needs the sentence's meaning, not a family
    exp: usual({ referral: 'pass' }),
  },
];

describe('thirty-seventh round (G13): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-seventh round (G13): health, every check', whole);
describeSessions('thirty-seventh round (G13): health, short cases', short);
describeSessions('thirty-seventh round (G13): health, near misses of the changes', guards);

describeLeft('thirty-seventh-round-health', LEFT);
