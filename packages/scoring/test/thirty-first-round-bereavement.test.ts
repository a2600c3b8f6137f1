/**
 * Thirty-first round, area (Q1): DEATH AND BEREAVEMENT. Finding an obituary (newspaper databases, the library's obituary
 * index, funeral home sites, Legacy.com, Trove), ordering a death certificate (the state's vital records office, the health
 * department), wills and probate (the Register of Wills, the orphans' court, "we can't give legal advice"), settling an
 * estate, closing a loved one's accounts (Social Security, the bank), grief support (hospice bereavement groups, books on
 * grief for children), planning a funeral, cemetery and burial records; patrons grieving, terse, apologetic or overwhelmed,
 * providers gentle, offering condolences, referring to offices with or without contacts, promising to search and e-mail
 * (referral.contact, info.source, inquiry.clarify, closing.courteous, closing.no_dismissal, followup.*, interest.keep_informed).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "you'll need to contact the Register of Wills in your
 *   county", "you may want to consult an estate attorney", "ask the funeral home for extra copies", "call your mother's bank
 *   and ask for their bereavement team", "kindly approach the Registrar of Births and Deaths of your zone", "take the
 *   letters of administration to the bank".
 *  a referral WITH one (passes): "call the Division of Vital Records at 410-764-3038", "the Register of Wills for Baltimore
 *   County, 410-887-6680", "call Social Security at 1-800-772-1213", "Gilchrist's bereavement team at 443-849-8251", "e-mail our
 *   Maryland Room at mdroom@samplelibrary.org", "find your register office at gov.uk/register-offices".
 *  a source, not a referral: "the Baltimore Sun archive in ProQuest Historical Newspapers", "health.maryland.gov/vsa has the
 *   application", "Find a Grave (findagrave.com)", "Trove (trove.nla.gov.au)", "the FTC's Funeral Rule guide at
 *   consumer.ftc.gov", "the Register of Wills' forms at registers.maryland.gov".
 *  condolences vs goodbyes: "I'm so sorry for your loss." alone is neither thanks, goodbye nor an invitation back; "Take care
 *   of yourself" is a parting wish (a goodbye); "My condolences, and thank you for reaching out" thanks the patron.
 *  the patron done: "that's all I needed", "that's everything, thank you", "no, that's it"; not done: "thank you so much".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "we can't give legal advice; you may want to consult an estate attorney" tells the patron to consult a person outside the
 *   chat: a referral, which fails without a way to reach one;
 * - "the funeral home usually orders the death certificates" says what a party does, it tells the patron to contact no one:
 *   no referral;
 * - a condolence alone ("I'm so sorry for your loss.") is not a goodbye; "Take care of yourself" / "Take good care" is a
 *   parting wish, a goodbye;
 * - "Would you like me to e-mail you a scan of it?" after the answer asks about something not yet given: no completeness;
 * - a session where the provider only greets and announces a search, and the patron has gone, has no substantive exchange.
 * RESULTS. Written: 30 whole sessions (26 first, 4 more after the fixes), 32 short cases (26 first, 6 more for the fixes), 16
 * near misses (14 run in `guards`, 2 in LEFT); run: 26 whole, 30 short, 14 near misses. First run: 8 of 79 tests failed on 8 statuses:
 * referral.contact 7 (the funeral home, "notify Social Security", "kindly approach the Registrar …", "take … to the bank",
 * "you book an appointment with a register office", "must be filed with the Register of Wills" / "can connect you", "order in
 * person at the Division of Vital Records"), followup.completeness 1 ("Does that plan work for you?" after a promised search),
 * which was my label (now fail). The later sessions' first run: 2 near misses (both not this block's: "call them from there",
 * a hospice known only by its name, "call Gilchrist"), and 1 whole session whose label was mine (referral na for "you must
 * tell the EPA within 30 days": it is a referral, reached by epa.gov; now pass, and LEFT). Labels of mine corrected: 2.
 * Fixed in block Q1:
 *  - referralParty (phrase family, v32 only): the parties of a death: the funeral home / director / parlour, Social Security (the
 *    Administration, SSA), a hospice ("ask the funeral home for extra copies", "reach out to the hospice that cared for him",
 *    "Ring the funeral parlour on 0161 …") [near misses: "The funeral home's website usually posts the obituary", "his Social
 *    Security number", "Social Security benefits stop …", "Hospice care costs are covered in Medicare's guide", ssa.gov];
 *  - referralVerb (phrase family, v32 only): "notify" / "approach" told to the patron (at a clause's start or after a modal, "to",
 *    "please", "kindly", "also", "first"; not "notify you / them"): "You'll need to notify Social Security", "kindly approach the
 *    Registrar of Births and Deaths of your zone", "Please notify the funeral director" [near misses: "The funeral home will notify
 *    Social Security for you", "we will notify you when the microfilm comes in", "A gentle approach to the children is in …"];
 *  - `orClauseQ1` (classify.ts `orClauseQ1`, read by `sourceClauseM3`): the source's clause before a referral also ends at ", or"
 *    (as O3's ", and / but / so"): "The application is at health.maryland.gov/vsa, or ask the funeral home for extra copies",
 *    "Obituaries since 2000 are on legacy.com, or check with the funeral home that handled the service" [near misses: "Call the
 *    funeral home at 410-555-0100, or the forms are at …", "Visit ssa.gov/survivors, or call Social Security at 1-800-772-1213",
 *    "The hospice's grief groups are listed at gilchristcares.org/grief, or call the hospice directly", "Hospice of the
 *    Chesapeake's groups are at hospicechesapeake.org, or call the hospice directly" (the party named in the clause)]. The whole
 *    suite then broke one older test (eleventh round K8: "You can order it online at pa.gov/deathcertificate, or write to the
 *    Division of Vital Records …", pass): narrowed (classify.ts `OWN_WAY_Q1`): not after a clause giving the patron's own way
 *    ("you can / could / may …", "online"), two ways to the same office [near misses: "You can order copies online at
 *    health.maryland.gov/vsa, or write to the Division of Vital Records" (pass), "Obituaries since 2000 are on legacy.com, or you
 *    can check with the funeral home" (fail), "You'll find the form at …, or ask the funeral home for extra copies" (fail)].
 * Left (8, in LEFT with reasons): "you book an appointment with a register office"; "take <a long object> to the bank"; "filed
 * with the Register of Wills" / "can connect you with an attorney"; "notify Social Security; the certificate application is at
 * <URL>"; "order in person at the Division of Vital Records, <address>"; "you must tell the EPA"; and the two near misses above.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** An obituary question up to the patron's answer to the clarifying question. */
const OBIT: Line[] = [
  [0, 'p', 'hi, im trying to find my grandfathers obituary. he passed in 1994'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! I'm sorry for your loss. What was his full name, and where did he live?"],
  [55, 'p', 'Walter Kowalski, Dundalk'],
];
/** A death certificate question up to the patron's answer. */
const CERT: Line[] = [
  [0, 'p', 'How do I get copies of my husbands death certificate? The bank is asking for one.'],
  [20, 'l', "Hello, this is Jo at Ask Us, Sample County Library. I'm so sorry about your husband. Did he pass away in Maryland?"],
  [50, 'p', 'Yes, in Towson, last month.'],
];
/** A will and probate question up to the patron's answer. */
const WILL: Line[] = [
  [0, 'p', 'my dad died and left a will, what do i do with it'],
  [20, 'l', "Hi, Jo at Ask Us here. I'm very sorry about your dad. Which county did he live in?"],
  [50, 'p', 'baltimore county'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thank you'], [106, 'l', 'Take care, bye.']];
/** `base`, the provider's `text` at 70 s, then the patron's `reply` and the provider's `last`. */
const ending = (base: Line[], text: string, reply: string, last: string): Line[] => [...base, [70, 'l', text], [100, 'p', reply], [110, 'l', last]];
const ANSWER = 'The Baltimore Sun for 1994 is in our ProQuest Historical Newspapers database (samplelibrary.org/databases), searchable by name.';

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a grandmother\'s 1987 obituary: hold, the Baltimore Sun in ProQuest, condolences and thanks',
    lines: [
      [0, 'p', "Hello, I'm looking for my grandmother's obituary. She died in March 1987 in Baltimore. I'd like a copy for my kids."],
      [25, 'l', "Hello, and welcome to Ask a Librarian at Enoch Pratt Free Library. I'm Beth. I'm so sorry about your grandmother. What was her full name, and do you know which paper ran the notice?"],
      [80, 'p', 'Dorothy Mae Jenkins. Probably the Sun, or maybe the Afro.'],
      [90, 'l', 'Thank you. Let me search both papers for you, one moment.'],
      [180, 'l', "Still looking, the Afro's index is slower."],
      [250, 'l', "I found it: her obituary ran in The Baltimore Sun on March 14, 1987, page 4B. You can read and print it from home in our ProQuest Historical Newspapers database at prattlibrary.org/databases, with your library card. Does that help?"],
      [310, 'p', "Oh my goodness, yes. Thank you so much. That's everything I needed."],
      [320, 'l', 'I am so glad we found her. Thank you for chatting with us, and take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'formal, a Maryland death certificate: the VSA\'s page and the Division of Vital Records\' phone: referral passes',
    lines: [
      ...CERT,
      [60, 'l', 'Thank you. Are you his spouse, and do you need certified copies for the bank?'],
      [90, 'p', 'Yes, I am his wife. Certified, I suppose.'],
      [100, 'l', "Certified copies are issued by the Maryland Department of Health's Division of Vital Records. The application and fees are at health.maryland.gov/vsa, and you can also call them at 410-764-3038 with questions. As his spouse you are eligible to order. Does this answer your question?"],
      [160, 'p', 'Yes. That is all. Thank you for your kindness.'],
      [170, 'l', "You are most welcome. Again, I'm so sorry for your loss. Thank you for contacting Ask Us."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the Register of Wills named with no way to reach it is no source, and the patron is told to contact it: referral fails
    name: 'sloppy, probate: "we can\'t give legal advice, you\'ll need to contact the Register of Wills in your county": no source, referral fails',
    lines: [
      ...WILL,
      [70, 'l', "We can't give legal advice, sorry. You'll need to contact the Register of Wills in your county, they handle that. Does that help?"],
      [110, 'p', 'ok. thanks'],
      [115, 'l', 'No problem, have a good day.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'a mother, books on grief for a six-year-old: catalogue titles, anything else, "take good care of yourselves"',
    lines: [
      [0, 'p', 'Hi. My son is 6 and his grandpa just died. Are there picture books that could help him understand?'],
      [30, 'l', "Hi there, I'm Gwen, a children's librarian with AskUsNow! I'm so sorry for your family's loss. Is he more of a read-together kid, or does he like to look at books on his own?"],
      [80, 'p', 'Read together at bedtime.'],
      [95, 'l', "Three gentle ones we own: The Invisible String by Patrice Karst, Lifetimes by Bryan Mellonie, and The Memory Box by Joanna Rowland. All are in our catalogue at samplelibrary.org/catalog and can be placed on hold for your branch. Is that what you were looking for?"],
      [150, 'p', 'Yes, those sound perfect.'],
      [158, 'l', 'Is there anything else I can help you with?'],
      [180, 'p', "No, that's all. Thank you."],
      [188, 'l', 'Take good care of yourselves. Thank you for reaching out.'],
    ],
    exp: usual(),
  },
  {
    // a follow-up: the index searched later, the e-mail given in the chat and a day named
    name: 'a 1952 obituary in a small-town weekly: not online, the provider will check the microfilm index and e-mail by Friday',
    lines: [
      [0, 'p', 'Good afternoon. I am researching my great-uncle, Elmer Grady, who died in Cumberland around 1952. Is there an obituary?'],
      [30, 'l', "Good afternoon, I'm Rosa, a librarian with Ask Us at Allegany County Library. Do you know the month, or roughly the season?"],
      [70, 'p', 'Late autumn I believe.'],
      [80, 'l', 'Let me check what is online first, one moment.'],
      [170, 'l', "The Cumberland Evening Times for 1952 is not digitized, but our obituary index card file (described at alleganylibrary.org/obits) covers it. I can check the cards and the microfilm tomorrow and e-mail you what I find by Friday. What e-mail address should I use?"],
      [210, 'p', 'egrady.family@example.com'],
      [218, 'l', 'Thank you, I have egrady.family@example.com. Does that plan work for you?'],
      [240, 'p', 'Yes, wonderful. That is all for now.'],
      [248, 'l', 'Thank you for contacting us, and talk to you by Friday. Goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'egrady.family@example.com', phone: null } },
    // reading (my first label was pass): "Does that plan work for you?" asks about the plan, a search not yet done, not about the
    // information already given
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: a promise to e-mail makes a follow-up session: the code (Answered) is no follow-up code, and no day is named
    name: 'sloppy follow-up: "I\'ll send you what I find" with the e-mail but no day, coded Answered: code and contact fail',
    lines: [
      [0, 'p', 'need to find where my aunt is buried, she died 2003 in Frederick'],
      [20, 'l', "Hi, I'm Sam at AskUsNow. I'm sorry about your aunt. What was her name?"],
      [45, 'p', 'Ruth Ann Baker'],
      [55, 'l', "Find a Grave (findagrave.com) doesn't list her, and the Frederick News-Post archive needs a closer look. I'll search it and send you what I find. What's your e-mail?"],
      [90, 'p', 'rbaker.niece@example.com'],
      [96, 'l', 'Got it. Anything else?'],
      [110, 'p', 'no thats it'],
      [115, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending', code: 'fail' }),
  },
  {
    // the patron leaves mid-answer
    name: 'the patron vanishes after the answer: Social Security\'s survivor benefit page, check-in and disconnect notice',
    lines: [
      [0, 'p', 'how do i tell social security my mom died'],
      [18, 'l', "Hi, I'm Dana with AskUsNow! I'm so sorry about your mom. Was she getting Social Security benefits?"],
      [40, 'p', 'yes retirement'],
      [50, 'l', "Usually the funeral home reports the death to Social Security for you. If they didn't, call Social Security at 1-800-772-1213; survivor benefits are explained at ssa.gov/benefits/survivors. Does that help?"],
      [200, 'l', 'Are you still there?'],
      [380, 'l', "It looks like you've disconnected, so I'll close this chat now. Please come back anytime, and take care."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'Spanish, un acta de defunción: la oficina de Registros Vitales con su teléfono: referral passes',
    lines: [
      [0, 'p', 'Buenas tardes, necesito el acta de defunción de mi papá, murió en Silver Spring'],
      [25, 'l', 'Buenas tardes, soy Marisol, bibliotecaria de AskUsNow! Lamento mucho su pérdida. ¿Falleció en Maryland este año?'],
      [60, 'p', 'Si, en febrero'],
      [75, 'l', 'Las copias certificadas las emite la División de Registros Vitales de Maryland. La solicitud está en health.maryland.gov/vsa y puede llamarlos al 410-764-3038. ¿Le ayuda esta información?'],
      [120, 'p', 'Si, muchas gracias. Es todo.'],
      [130, 'l', 'Con mucho gusto. Mi más sentido pésame. Gracias por comunicarse, adiós.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian, a funeral notice in The Age, 1971: Trove, anything else, "no worries, that\'s it"',
    lines: [
      [0, 'p', "G'day, chasing a death notice for my nan's brother, Melbourne, 1971"],
      [20, 'l', "Hi there, you're chatting with Kylie from the State Library Victoria Ask a Librarian service. Sorry to hear you're tracing him. Do you have his full name and the month?"],
      [50, 'p', 'Reginald Thomas Hart, maybe June'],
      [60, 'l', "Good on you. The Age for 1971 isn't on Trove, but the Victorian death index at bdm.vic.gov.au gives the date, and we hold The Age on microfilm here in the Newspapers Reading Room. Is that what you were after?"],
      [110, 'p', 'yeah legend, thanks'],
      [115, 'l', 'Anything else I can help with today?'],
      [130, 'p', "nah that's it cheers"],
      [135, 'l', 'Cheers, all the best with the search!'],
    ],
    exp: usual(),
  },
  {
    // reading: "kindly approach the Registrar of Births and Deaths of your zone" tells the patron to visit an office with no contact
    name: 'Indian English, a death certificate in Delhi: the MCD portal, "kindly approach the Registrar of Births and Deaths of your zone": referral fails',
    lines: [
      [0, 'p', 'Respected sir, my father expired last week at home in Delhi. How to obtain death certificate?'],
      [30, 'l', 'Greetings from the Ask a Librarian service of Delhi Public Library. I am Meena. Please accept my condolences. May I know whether the death was registered within 21 days?'],
      [75, 'p', 'Yes sir, the registration was done by my brother.'],
      [90, 'l', 'Thank you. The certificate can be downloaded from the MCD portal at mcdonline.nic.in under Birth and Death. If it does not appear, kindly approach the Registrar of Births and Deaths of your zone with the registration number. Is this the information you required?'],
      [150, 'p', 'Yes, very helpful. That is all. Thank you.'],
      [160, 'l', 'You are welcome. Thank you for contacting us.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: Social Security has its phone; the bank has none: every party needs a way to reach it, so referral fails
    name: 'closing a mother\'s accounts: "call Social Security at 1-800-772-1213" and "call her bank and ask for their bereavement team": referral fails',
    lines: [
      [0, 'p', "I'm the executor for my mom. Who do I have to notify to close her accounts? I'm sorry, this is all so overwhelming."],
      [30, 'l', "Hello, I'm Nora, a librarian with Ask Us at Sample County Library. Please don't apologize, and I'm so sorry about your mom. Are you asking about government benefits, her bank and cards, or both?"],
      [80, 'p', 'Both I guess.'],
      [90, 'l', "Let's take it slowly. Let me pull up a checklist for you, one moment."],
      [170, 'l', "The Consumer Financial Protection Bureau has a plain checklist at consumerfinance.gov (search \"managing someone else's money\"). For her benefits, call Social Security at 1-800-772-1213. For her accounts, call her bank and ask for their bereavement team; they will want a certified death certificate and your letters of administration. Does this help?"],
      [230, 'p', 'Yes, thank you. That is everything for now.'],
      [240, 'l', 'You are doing really well. Thank you for chatting with us, and take care.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'terse veteran, cemetery records: Find a Grave, and Green Mount Cemetery\'s office with its phone: referral passes',
    lines: [
      [0, 'p', 'looking for burial record, Green Mount cemetery, 1920s'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County PL. Name and year?'],
      [35, 'p', 'Henry Lutz, 1924'],
      [45, 'l', 'Find a Grave (findagrave.com) has a memorial for a Henry Lutz at Green Mount, d. 1924, with the section. For the interment card, call the Green Mount Cemetery office at 410-539-0641. That what you need?'],
      [70, 'p', 'yep. thats all'],
      [75, 'l', 'Thanks for chatting. Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the provider ends the help for a limit: dismissal fails
    name: 'dismissal: "you\'ve used up your chat time, I have to end this now": an estate with many questions',
    lines: [
      [0, 'p', 'what is a small estate in maryland'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Is the estate in Maryland?"],
      [40, 'p', 'yes'],
      [50, 'l', "A small estate in Maryland is $50,000 or less ($100,000 if the spouse is the only heir). The Register of Wills' guide is at registers.maryland.gov/main/publications. Does that help?"],
      [80, 'p', 'yes. and does the house count'],
      [90, 'l', 'Real property counts unless it is jointly owned with survivorship; see the same guide. Did that answer it?'],
      [110, 'p', 'what about her car'],
      [120, 'l', "You've used up your chat time, so I have to end this now. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // other patrons waiting, a polite way back: no dismissal
    name: 'busy evening: a funeral costs question answered, "other patrons are waiting, please come back anytime" for the next one',
    lines: [
      [0, 'p', 'is there a law about funeral homes giving you prices'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Are you planning a funeral now, or asking ahead of time?"],
      [40, 'p', 'now, for my dad. sorry'],
      [55, 'l', "No need to apologize, and I'm sorry about your dad. Yes: the FTC's Funeral Rule says funeral homes must give you an itemized price list; the guide is at consumer.ftc.gov/articles/shopping-funeral-services. Does that help?"],
      [90, 'p', 'yes and how do i write an obituary'],
      [100, 'l', "There are a few patrons waiting right now, so for that one please come back to AskUsNow! anytime and we'll be glad to help. Thanks for chatting, and take care."],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // the provider searches in silence for 200 s
    name: 'silent search: a 2010 obituary in the Capital, the provider gone for over three minutes without a hold',
    lines: [
      [0, 'p', 'can you find an obituary from 2010 in the capital gazette'],
      [20, 'l', 'Hi, this is Sam at AskUsNow! Who is it for, and do you know the month?'],
      [45, 'p', 'james okafor, august'],
      [245, 'l', "Sorry for the wait. It ran on August 9, 2010; Legacy.com has the text at legacy.com/us/obituaries/capitalgazette. Does that help?"],
      [290, 'p', "yes that's all i needed, thank you"],
      [296, 'l', 'Take care, bye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // a transfer to the library's genealogy librarian, done properly
    name: 'transfer to the genealogy librarian: notice, internal note, transfer; she answers with the obituary index',
    lines: [
      ...OBIT,
      [65, 'l', "Our genealogy librarian knows the Dundalk papers best, so I'm transferring you to her now. One moment please."],
      [68, 'i', 'Rosa: pt wants grandfather\'s obit, Walter Kowalski, Dundalk, d. 1994. Maybe Dundalk Eagle.'],
      [70, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [110, 'l', "Hi, I'm Rosa, the genealogy librarian at Sample County Library, picking up from Jo. Do you know the month he died?", ROSA],
      [140, 'p', 'january i think', ],
      [150, 'l', "Thank you. Our Baltimore County obituary index (samplelibrary.org/obits) lists him: Dundalk Eagle, January 20, 1994, page 6. The Eagle is on microfilm at our Dundalk branch. Is that what you needed?", ROSA],
      [200, 'p', "yes that's all, thank you so much"],
      [206, 'l', 'You are welcome. I am sorry for your loss, and thank you for chatting with us.', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: no substantive exchange: the provider only greeted and announced a search before the patron left
    name: 'the patron leaves at once: a greeting, a hold, check-in and disconnect notice, Lost Call: the information checks na',
    lines: [
      [0, 'p', 'my brother died yesterday what do i do first'],
      [20, 'l', 'Hello, this is Jo with AskUsNow!'],
      [25, 'l', 'Let me find a checklist for you, one moment.'],
      [200, 'l', 'Are you still there?'],
      [380, 'l', 'It seems you have disconnected, so I will end this chat now. Please contact us again anytime.'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'academic library, mourning customs in Victorian England: JSTOR and a subject guide, "does this meet your needs?"',
    lines: [
      [0, 'p', 'Good evening. I am writing a seminar paper on Victorian mourning dress and need scholarly sources.'],
      [30, 'l', 'Good evening, and welcome to the University of Maryland Libraries chat. My name is Dr. Hollis, history librarian. Are you focusing on women\'s mourning dress, or on the etiquette more broadly?'],
      [75, 'p', "Women's dress, 1860 to 1900."],
      [85, 'l', 'Thank you. One moment while I run a search.'],
      [170, 'l', "Lou Taylor's Mourning Dress: A Costume and Social History is in our catalogue (lib.umd.edu, GT2550 .T39). In JSTOR, search \"mourning\" with \"dress\" limited to 1990-2024 in History; the Victorian Studies guide at lib.guides.umd.edu/victorian lists more. Does this meet your needs?"],
      [240, 'p', 'Yes, this is exactly it. That is all for tonight.'],
      [248, 'l', 'You are welcome. Good luck with the paper, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    // reading: "call or text 988" is a referral with a phone; the Dougy Center's site is a source
    name: 'chat-speak teen after a friend\'s death: the Dougy Center\'s teen pages, "you can call or text 988 anytime": referral passes',
    lines: [
      [0, 'p', 'my friend died in a car crash last wk and i cant stop thinking about it. is there stuff for teens'],
      [25, 'l', "hey, I'm Kai with the AskUsNow! chat. i'm really sorry about your friend. are u looking for something to read, or for people to talk to?"],
      [60, 'p', 'idk both maybe'],
      [75, 'l', "ok. the Dougy Center has a teen grief section with stories from other teens: dougy.org/grief-support-resources/teens. and if it ever gets too heavy, u can call or text 988 anytime, day or night. does that help a bit?"],
      [120, 'p', 'ya thanks'],
      [126, 'l', 'anything else i can find for u?'],
      [140, 'p', 'no thats all'],
      [146, 'l', 'take care of yourself ok. thanks for reaching out.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'hospice bereavement group: Gilchrist\'s groups and their bereavement team\'s phone: referral passes',
    lines: [
      [0, 'p', 'Hello. My wife died in March and my daughter thinks I should join a grief group. Are there any near Towson?'],
      [25, 'l', "Hello, I'm Elaine, a librarian with Baltimore County Public Library's Ask Us. I'm very sorry about your wife. Would you prefer an in-person group, or would online be all right?"],
      [70, 'p', 'In person, in the daytime if possible.'],
      [85, 'l', 'Let me look at what is near Towson, one moment.'],
      [160, 'l', "Gilchrist offers free grief support groups open to anyone in the community, including daytime groups in Towson; their calendar is at gilchristcares.org/grief-support, and you can reach their bereavement team at 443-849-8251 to sign up. Is this what you were looking for?"],
      [220, 'p', 'Yes. Thank you, that is all I needed.'],
      [230, 'l', 'You are very welcome. I hope the group brings you some comfort. Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the condolence is neither thanks, goodbye nor an invitation back
    name: 'overwhelmed, apologetic patron: the answer, anything else, and the provider ends on "I\'m so sorry for your loss": courteous fails',
    lines: [
      [0, 'p', "sorry if this is a dumb question but who do I call to get my husband's pension stopped? he was a state employee"],
      [30, 'l', "Hello, I'm Jo, a librarian with AskUsNow! It's not a dumb question at all. Was he retired, drawing a pension from the Maryland State Retirement Agency?"],
      [70, 'p', 'yes retired 2015'],
      [80, 'l', "Then call the Maryland State Retirement Agency at 410-625-5555; they will also tell you about survivor benefits. Their page is sra.maryland.gov. Does that answer your question?"],
      [130, 'p', 'yes. thank you'],
      [140, 'l', 'Is there anything else I can help with?'],
      [160, 'p', 'no'],
      [170, 'l', "I'm so sorry for your loss."],
    ],
    exp: usual({ anything: 'pass', referral: 'pass', courteous: 'fail' }),
  },
  {
    name: 'the library\'s own Maryland Room, by e-mail: "e-mail our Maryland Room at mdroom@samplelibrary.org": referral passes',
    lines: [
      ...OBIT,
      [65, 'l', 'One moment while I check the index.'],
      [130, 'l', "Our online obituary index (samplelibrary.org/obits) does not reach 1994 yet, but the Maryland Room has the Dundalk Eagle on microfilm and will look it up for you: e-mail our Maryland Room at mdroom@samplelibrary.org with his name and date of death. Does that help?"],
      [180, 'p', 'yes thank you so much'],
      [186, 'l', 'Anything else I can help with?'],
      [200, 'p', 'no thats everything'],
      [206, 'l', 'Thank you for chatting, and take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'funeral planning on a budget: holds every 90 s, the FTC guide and a consumer book in the catalogue',
    lines: [
      [0, 'p', 'hi im planning my moms funeral and have no idea what it should cost. any help?'],
      [25, 'l', "Hi, I'm Dana at AskUsNow! I'm so sorry about your mom. Are you thinking of a burial or a cremation?"],
      [60, 'p', 'cremation probably'],
      [70, 'l', 'Let me find a good cost guide for you.'],
      [160, 'l', "Still searching, I've found one and I'm checking a second."],
      [250, 'l', "The FTC's guide to funeral costs is at consumer.ftc.gov/articles/funeral-costs-and-pricing-checklist, and our catalogue has Final Rights by Joshua Slocum (samplelibrary.org/catalog). Is that what you were looking for?"],
      [300, 'p', "yes that's all i needed thanks"],
      [306, 'l', "You're welcome. Take care, bye."],
    ],
    exp: usual(),
  },
  // ---- more whole sessions (labelled before running) ----------------------------------------------------------------------
  {
    name: 'scripted macros, a veteran\'s grave at Arlington: ANC Explorer, "Does this completely answer your question?"',
    lines: [
      [0, 'p', 'My father is buried at Arlington National Cemetery. How can I find the exact grave location before we visit?'],
      [30, 'l', 'Hello, my name is Librarian Tina with AskUsNow! How may I assist you today?'],
      [40, 'l', 'I am sorry for your loss. May I have the year of burial, so I can make sure the record is online?'],
      [80, 'p', '2009'],
      [90, 'l', 'Thank you. Please wait while I locate that information for you.'],
      [150, 'l', 'Arlington National Cemetery\'s ANC Explorer lets you search by name and gives the section and grave number, with walking directions: ancexplorer.army.mil. Does this completely answer your question?'],
      [200, 'p', 'Yes it does.'],
      [205, 'l', 'Is there anything else I may assist you with today?'],
      [220, 'p', 'No.'],
      [225, 'l', 'Thank you for using AskUsNow! Have a nice day.'],
    ],
    exp: usual(),
  },
  {
    // reading: "the funeral home that handled it usually posts it on their website" says where an obituary may be; no one is told to contact it
    name: 'non-native writer, a friend\'s 2021 obituary: Legacy.com, "the funeral home usually posts it on their website": no referral',
    lines: [
      [0, 'p', 'Hello. I want find my friend obituary, he die in Ellicott City 2021. I was in Korea and not know.'],
      [25, 'l', "Hello, I'm Jo, a librarian at Howard County Library System's Ask Us. I'm very sorry about your friend. What was his name, and do you know the month?"],
      [70, 'p', 'Daniel Park. Maybe September.'],
      [80, 'l', 'Let me search, one moment please.'],
      [150, 'l', 'His obituary is on Legacy.com at legacy.com/us/obituaries/baltimoresun, September 2021: search "Daniel Park". The funeral home that handled it usually posts it on their website too, with the guest book. Did this help?'],
      [200, 'p', 'Yes thank you very much, this is all I need.'],
      [210, 'l', 'You are welcome. Take care, and thank you for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    // a follow-up by the patron's library: the e-mail repeated back and confirmed, a time named
    name: 'follow-up by the patron\'s library: the obituary index checked, the Maryland collection staff will e-mail within two business days',
    lines: [
      [0, 'p', 'hi, looking for an obituary for my great grandmother, Columbia MD, 1975, Ida Fenwick'],
      [20, 'l', "Hi, I'm Sam with AskUsNow! Do you know whether she was a member of a church there? Small-town notices were often run by the parish."],
      [60, 'p', 'not sure sorry'],
      [70, 'l', "No problem. Howard County's obituary index at hclibrary.org/obituaries doesn't list her, so I'll pass your question to the Howard County Library's local history staff; someone from your library will e-mail you within two business days. Is your e-mail still ida.greatgrand@example.com?"],
      [110, 'p', 'yes thats right'],
      [118, 'l', 'Great. Anything else today?'],
      [130, 'p', "no that's all, thanks"],
      [136, 'l', 'Thanks for chatting, and good luck with the search!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", patron: { name: null, email: 'ida.greatgrand@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: offices, parties of a death, with or without a way to reach them ---------------------------------------
  { name: '"contact the Register of Wills in your county" : referral fails', lines: then(WILL, 'You will need to contact the Register of Wills in your county to open the estate. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"the Register of Wills for Baltimore County at 410-887-6680" : referral passes', lines: then(WILL, 'File the will with the Register of Wills for Baltimore County; call them at 410-887-6680. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"consult an estate attorney" : referral fails', lines: then(WILL, "We can't give legal advice; the forms are at registers.maryland.gov, but you may want to consult an estate attorney. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"we can\'t give legal advice; the forms are at registers.maryland.gov" : a source, no referral', lines: then(WILL, "We can't give legal advice, but the probate forms and a guide are at registers.maryland.gov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"ask the funeral home for extra copies" : referral fails', lines: then(CERT, 'The application is at health.maryland.gov/vsa, or ask the funeral home for extra copies. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"the funeral home usually orders the certificates" : no referral', lines: then(CERT, 'The funeral home usually orders the first certified copies for the family; more are at health.maryland.gov/vsa. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"call Social Security at 1-800-772-1213" : referral passes', lines: then(CERT, 'To report the death, call Social Security at 1-800-772-1213. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"a hospice bereavement coordinator can help; Hospice of the Chesapeake at 410-987-2003" : referral passes', lines: then(CERT, 'For support, call the bereavement team at Hospice of the Chesapeake at 410-987-2003. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"Legacy.com has most recent obituaries" : a source', lines: then(OBIT, 'Obituaries since 2000 are on Legacy.com; for 1994 try our ProQuest newspapers database. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: '"the health department handles that" (no way to reach it): no source', lines: then(CERT, 'The health department handles that. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'where can i find an obituary from last year'], [15, 'l', "Hi, I'm Jo at Ask Us. I'm sorry for your loss. Try Legacy.com or our NewsBank database at samplelibrary.org/databases. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Take care, bye.']], exp: some({ clarify: 'fail' }) },
  { name: '"so you need certified copies for the bank" restated before the source: clarify passes', lines: [[0, 'p', 'the bank wants a death certificate for my husband'], [15, 'l', "Hi, I'm Jo at Ask Us. I'm so sorry. So you need certified copies of his death certificate for the bank."], [35, 'p', 'yes'], [45, 'l', 'Order them at health.maryland.gov/vsa. Does that help?'], [70, 'p', 'ok thank you'], [75, 'l', 'Take care, bye.']], exp: some({ clarify: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like me to e-mail you a scan of it?" after the answer: completeness fails', lines: then(OBIT, `${ANSWER} Would you like me to e-mail you a scan of it?`), exp: some({ complete: 'fail' }) },
  { name: '"Is this the obituary you were looking for?" : completeness passes', lines: then(OBIT, `${ANSWER} Is this the obituary you were looking for?`), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"thank you so much" : anything else fails', lines: ending(OBIT, `${ANSWER} Does that help?`, 'thank you so much', 'Take care, bye.'), exp: some({ anything: 'fail', courteous: 'pass' }) },
  { name: '"that\'s everything, thank you" : anything else passes', lines: ending(OBIT, `${ANSWER} Does that help?`, "yes, that's everything, thank you", 'Take care, bye.'), exp: some({ anything: 'pass', courteous: 'pass' }) },
  // ---- condolences and goodbyes ----------------------------------------------------------------------------------------
  { name: '"I\'m so sorry for your loss." last, after a plain answer: courteous fails', lines: [...OBIT, [70, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes'], [110, 'l', "I'm so sorry for your loss."]], exp: some({ courteous: 'fail' }) },
  { name: '"My condolences, and thank you for reaching out." last: courteous passes', lines: ending(OBIT, `${ANSWER} Does that help?`, 'yes', 'My condolences, and thank you for reaching out.'), exp: some({ courteous: 'pass' }) },
  { name: '"Take care of yourself." last: courteous passes', lines: ending(OBIT, `${ANSWER} Does that help?`, 'yes', 'Take care of yourself.'), exp: some({ courteous: 'pass' }) },
  { name: '"Please accept my deepest sympathy." last: courteous fails', lines: [...OBIT, [70, 'l', `${ANSWER} Does that help?`], [100, 'p', 'yes'], [110, 'l', 'Please accept my deepest sympathy.']], exp: some({ courteous: 'fail' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you the scan by tomorrow" with the e-mail in the chat: contact passes', lines: [...OBIT, [70, 'l', "I'll pull the microfilm and e-mail you a scan of the obituary by tomorrow afternoon. What's your e-mail?"], [100, 'p', 'wkgrandkid@example.com'], [110, 'l', 'Thanks, got it: wkgrandkid@example.com. Take care.']], over: { ...FU_ME, patron: { name: null, email: 'wkgrandkid@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll e-mail you what I find" with the e-mail, no day: contact fails', lines: [...OBIT, [70, 'l', "I'll pull the microfilm and e-mail you what I find. What's your e-mail?"], [100, 'p', 'wkgrandkid@example.com'], [110, 'l', 'Thanks, got it. Take care.']], over: { ...FU_ME, patron: { name: null, email: 'wkgrandkid@example.com', phone: null } }, exp: some({ contact: 'fail' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"Our time is up, I have to close this chat." : dismissal fails', lines: [...WILL, [70, 'l', 'The probate guide is at registers.maryland.gov. Does that help?'], [100, 'p', 'and what about the house'], [110, 'l', 'Our time is up, I have to close this chat.']], exp: some({ dismissal: 'fail' }) },
  // ---- keep informed ---------------------------------------------------------------------------------------------------
  { name: '"Take all the time you need" then the patron answers 4 minutes later: keep informed passes', lines: [...OBIT, [65, 'l', 'Take all the time you need. Do you know the year of his death for sure?'], [300, 'p', 'yes 1994, i checked the funeral card'], [320, 'l', `${ANSWER} Does that help?`], [350, 'p', 'yes thanks'], [356, 'l', 'Take care, bye.']], exp: some({ informed: 'pass' }) },
  // ---- more for the fixes (labelled before running) ------------------------------------------------------------------
  { name: '"Reach out to the hospice that cared for her" : referral fails', lines: then(CERT, 'Reach out to the hospice that cared for him; most run bereavement groups for a year after a death. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Please notify the funeral director that you need ten copies." : referral fails', lines: then(CERT, 'Please notify the funeral director that you need ten certified copies; they order them with the first batch. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Ring the funeral parlour on 0161 555 0192." : referral passes', lines: then(CERT, 'Ring the funeral parlour on 0161 555 0192 and they can add copies to the order. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"kindly approach the SSA office nearest you" : referral fails', lines: then(CERT, 'For the pension, kindly approach the SSA office nearest you with the death certificate. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Copies are ordered at health.maryland.gov/vsa, or simply ask the funeral director …" : referral fails', lines: then(CERT, 'Copies are ordered at health.maryland.gov/vsa, or simply ask the funeral director to add more to the order. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Obituaries since 2000 are on legacy.com, or check with the funeral home …" : referral fails', lines: then(OBIT, 'Obituaries since 2000 are on legacy.com, or check with the funeral home that handled the service. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];
/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for the parties of a death and the verbs notify / approach: their pages and numbers, the party's own act, a noun
  { name: 'near miss: "The funeral home\'s website usually posts the obituary and a guest book." : no referral', lines: then(OBIT, "The funeral home's website usually posts the obituary and a guest book; for 1994, try ProQuest at samplelibrary.org/databases. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "You\'ll need his Social Security number for the form" : no referral', lines: then(CERT, "You'll need his Social Security number for the form at health.maryland.gov/vsa. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The funeral home will notify Social Security for you." : no referral', lines: then(CERT, 'The funeral home will notify Social Security for you; the certificate form is at health.maryland.gov/vsa. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "A gentle approach to the children is in Lifetimes" : no referral', lines: then(CERT, 'A gentle approach to the children is in the book Lifetimes, in our catalogue at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Survivor benefits are explained at ssa.gov/survivors." : no referral', lines: then(CERT, 'Survivor benefits are explained at ssa.gov/survivors, and Social Security benefits stop the month of death. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "we will notify you when the microfilm comes in" : no referral', lines: then(OBIT, 'I placed the interlibrary loan; we will notify you when the microfilm comes in. The index is at samplelibrary.org/obits. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "ask about hospice care" said of a page: "Hospice care costs are covered in Medicare\'s guide at medicare.gov/hospice" : no referral', lines: then(CERT, "Hospice care costs are covered in Medicare's guide at medicare.gov/hospice. Does that help?"), exp: some({ referral: 'na' }) },
  // near misses for orClauseQ1: the contact after the verb, the page pointed back to, the party's own domain
  { name: 'near miss: "Call the funeral home at 410-555-0100, or the forms are at health.maryland.gov/vsa." : referral passes', lines: then(CERT, 'Call the funeral home at 410-555-0100, or the forms are at health.maryland.gov/vsa. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Visit ssa.gov/survivors, or call Social Security at 1-800-772-1213." : referral passes', lines: then(CERT, 'Visit ssa.gov/survivors, or call Social Security at 1-800-772-1213. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The hospice\'s grief groups are listed at gilchristcares.org/grief, or call the hospice directly." : referral passes', lines: then(CERT, "The hospice's grief groups are listed at gilchristcares.org/grief, or call the hospice directly. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Hospice of the Chesapeake\'s groups are at hospicechesapeake.org, or call the hospice directly." : referral passes', lines: then(CERT, "Hospice of the Chesapeake's groups are at hospicechesapeake.org, or call the hospice directly. Does that help?"), exp: some({ referral: 'pass' }) },
  // near misses of orClauseQ1's narrowing (OWN_WAY_Q1): the patron's own way online before ", or", against a source's clause
  { name: 'near miss: "You can order copies online at health.maryland.gov/vsa, or write to the Division of Vital Records" : referral passes', lines: then(CERT, 'You can order copies online at health.maryland.gov/vsa, or write to the Division of Vital Records with the form. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Obituaries since 2000 are on legacy.com, or you can check with the funeral home" : referral fails', lines: then(OBIT, 'Obituaries since 2000 are on legacy.com, or you can check with the funeral home that handled it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "You\'ll find the form at health.maryland.gov/vsa, or ask the funeral home for extra copies" : referral fails', lines: then(CERT, "You'll find the form at health.maryland.gov/vsa, or ask the funeral home for extra copies. Does that help?"), exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: (not this block's) a hospice the scorer cannot know by its name alone, "call Gilchrist directly", is read as no referral;
  // my near miss for orClauseQ1 meant it to pass (the URL before ", or" is Gilchrist's); replaced in guards by "call the hospice directly"
  { name: 'near miss: "Gilchrist\'s groups are at gilchristcares.org/grief, or call Gilchrist directly." : referral passes', lines: then(CERT, "Gilchrist's grief groups are at gilchristcares.org/grief, or call Gilchrist directly. Does that help?"), exp: some({ referral: 'pass' }) },
  {
    // a late pickup and a greeting that names no one
    // LEFT: my first label was referral na; "you must tell the EPA within 30 days" tells the patron to contact an agency, and
    // epa.gov (the next sentence) reaches it: referral passes. "tell" / "inform" are no referring verbs to the scorer, and
    // "tell the children …", "the obituary can tell the family's story" make them too wide to add without a party beside them
    name: 'late pickup and no one named: scattering ashes at sea, the EPA\'s burial-at-sea page',
    lines: [
      [0, 'p', 'are you allowed to scatter ashes in the ocean'],
      [95, 'l', 'Hi there! Sorry for the wait.'],
      [100, 'l', 'Is it in the ocean off the US coast, or in a bay or river?'],
      [130, 'p', 'ocean, off ocean city'],
      [140, 'l', "Yes: the EPA allows it at least three nautical miles from land, and you must tell the EPA within 30 days. The rules are at epa.gov/ocean-dumping/burial-sea. Does that help?"],
      [180, 'p', "yes that's all, thank you"],
      [186, 'l', 'You are welcome, take care.'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', referral: 'pass' }),
  },
  // LEFT: (not this block's) "or you can call them from there" after the funeral home's page: "them" is read as a party with no contact even with "from there" pointing at the page; the same with ", and" and with "The library's page" before any Q1 change
  { name: 'near miss: "The funeral home\'s page is ruckfuneralhomes.com, or you can call them from there." : referral passes', lines: then(OBIT, "The funeral home's page is ruckfuneralhomes.com, or you can call them from there. Does that help?"), exp: some({ referral: 'pass' }) },
  {
    // LEFT: "you book an appointment with a register office" (an indicative "you book …" as the instruction) is read as no referral; the verb after a bare "you" is no referring verb to the scorer, and widening every "you <verb>" would read descriptions ("you book online") as referrals
    name: 'British, registering a death: gov.uk\'s steps and "find your local register office at gov.uk/register-offices": referral passes',
    lines: [
      [0, 'p', 'Hello, my mum passed away on Sunday in hospital. What do I have to do to register it?'],
      [25, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. I'm very sorry about your mum. Was it in England, and has the hospital given you the medical certificate?"],
      [70, 'p', 'Yes England, and yes we have it.'],
      [85, 'l', 'Then you need to register within 5 days. The steps are at gov.uk/register-a-death, and you book an appointment with a register office: find your local one at gov.uk/register-offices. The Tell Us Once service then lets you inform most government departments at once. Is that what you needed?'],
      [150, 'p', "Yes, that's all I needed. Thank you."],
      [158, 'l', 'You are very welcome. Take care of yourself.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // LEFT: "Take the certified death certificate and your letters of administration to the bank": the object is longer than the verb's bounded gap before "to the bank" ("Take the certificate to the bank" is read); widening the gap reads "take the guide to the bank's page"-like phrases
    // reading: "take the death certificate and the letters to the bank" tells the patron to visit the bank, with no way to reach it
    name: 'closing a joint account: the CFPB page, "take the death certificate and the letters of administration to the bank": referral fails',
    lines: [
      [0, 'p', 'how do i close my late fathers bank account'],
      [20, 'l', "Hi, I'm Sam at Ask Us. I'm sorry about your father. Are you the personal representative of his estate?"],
      [50, 'p', 'yes the court appointed me'],
      [60, 'l', "Then you can close it. Take the certified death certificate and your letters of administration to the bank, and they will close it or move it to an estate account. The CFPB explains the steps at consumerfinance.gov/ask-cfpb (search \"deceased\"). Does that help?"],
      [100, 'p', 'yes thanks, thats all'],
      [108, 'l', 'Take care, and thanks for chatting.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // LEFT: "The original will must be filed with the Register of Wills …" (passive, filing) and "the Lawyer Referral Service (410-…) can connect you with an estate attorney" are read as no referral at all; filing with an office is a visit or a letter to it, but "filed with" also describes records ("deeds are filed with the clerk")
    name: 'probate with contacts: the Register of Wills for Baltimore County and the lawyer referral service: referral passes',
    lines: [
      ...WILL,
      [60, 'l', 'Thank you. Do you have the original will, and are you named as the personal representative?'],
      [90, 'p', 'yes i have it and yes im named'],
      [100, 'l', "The original will must be filed with the Register of Wills for Baltimore County, 401 Bosley Avenue, Towson (410-887-6680); the forms and a probate guide are at registers.maryland.gov. We can't give legal advice, but the Maryland State Bar Association's Lawyer Referral Service (410-685-7878) can connect you with an estate attorney. Does this help?"],
      [160, 'p', 'yes thank you that is everything'],
      [168, 'l', "You're welcome. I'm sorry again about your dad. Thanks for chatting with Ask Us."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "You can order in person at the Division of Vital Records, <address>": "order in person at" is no referring verb to the scorer (no referral read); a narrow "in person at" would be the fix, left for want of time to guard it
  { name: '"the Division of Vital Records, 6764-B Reisterstown Road, Baltimore" : referral passes', lines: then(CERT, 'You can order in person at the Division of Vital Records, 6764-B Reisterstown Road, Baltimore, MD 21215. Does that help?'), exp: some({ referral: 'pass' }) },
];

describe('thirty-first round (Q1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (Q1): bereavement, every check', whole);
describeSessions('thirty-first round (Q1): bereavement, short cases', short);
describeSessions('thirty-first round (Q1): bereavement, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  // LEFT: "notify Social Security; the certificate application is at health.maryland.gov/vsa": the URL in the clause after the ";" is read as going on about Social Security (v18 RM's reading: "; book at …"); telling a thing's page from the party's own needs more than the domain
  { name: '"you\'ll need to notify Social Security" : referral fails', lines: then(CERT, "You'll also need to notify Social Security; the certificate application is at health.maryland.gov/vsa. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
];

describeSessions('thirty-first-round-bereavement: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirty-first-round-bereavement', LEFT);
