/**
 * Thirty-fourth round (E1): the v34 settings and phrase change of block Z3 ("<party> can tell you / can help with that"), as
 * Z5 left them, checked again for false readings: near misses that share a setting's words or shape but are NOT its
 * behaviour, and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only.
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms, "Referral": telling the patron to contact or visit a person or
 * organisation outside the chat; a website, database or publication is a source), decided before running the scorer.
 * Readings taken where the text leaves room:
 * - an acronym that names a number or code, a report, a Bible translation, a law, a file format, subject headings or a class
 *   number, a standard, a savings plan or a test ("The VIN", "Your SAR", "the NIV", "The IDEA", "The EPUB", "The LCSH", "the
 *   DDC", "The NGSS", "Your TSP", British "The MOT", "Your P60", "The DD214") is a thing, not a party: no referral; "The SAR"
 *   without "your" (genealogy) is the Sons of the American Revolution and "Your local CSB" a Virginia Community Services Board:
 *   parties; "DDC" is read as Dewey in a library chat (a Developmental Disabilities Council exists too);
 * - "I checked whether the SBA can help with that, and their loans are only for …" is the provider's own research: no referral;
 * - "… Service" names of products signed up for ("Email Reminder", "Informed Delivery", "Royal Mail Redirection") are sources,
 *   and the library's own service that the provider signs the patron up for ("Homebound Delivery … I will sign you up") refers
 *   no one; "Royal Mail Customer Service can sort that out" is a party;
 * - a class of people after "can help" that the words after it make the patron's ("families who are behind on rent like you
 *   are", "tenants in the same boat as you", non-native "small businesses as yours", "rent questions just like yours") is a
 *   referral; "… get loans, like you said" is not (the patron's words, not the class);
 * - "El folleto y la oficina del condado le pueden informar" names the office too: a referral; "La guía y el formulario del
 *   MVA" are both resources: none.
 *
 * Written: 71 cases (58 run, 13 LEFT), all labelled before running: 52 in a first batch, 19 in a second. First run (52): 31
 * disagreed, all on referral.contact; my labels corrected: 0. 23 were false readings of Z3's settings (each gone with Z3's
 * settings off and in v33), 8 older readings (LEFT, below). Second batch (19, mostly the narrowings' own near misses and the
 * brief's "<acronym> <thing noun>" shapes): 5 disagreed, all older readings (LEFT). Narrowed in v35 (each with a comment naming
 * its near miss):
 *  - `theAcronymNarrowE1` (classify.ts `thingAcronymE1`, in Z3's acronym branch): 16 false readings: "The VIN / The UPC / The
 *    CURP / Your SAR / the NIV / The IDEA / The FDCPA / The EPUB / The LCSH / the DDC (def) / The NGSS / Your TSP / The MOT can
 *    …" (a list of things in capitals), "Your P60 / The DD214 can tell you" (a digit: a form), "I checked whether the SBA can
 *    help with that" (the provider's own check). Still read: "Your local SBDC would know", "The IRS can answer that: 800-…",
 *    British "the CAB can sort that out for you", "Your HOA can tell you", "The SAR can help with that", "Your local CSB can
 *    help", "The DNR can tell you", "You could check whether your local SBDC can help with that".
 *  - `serviceNameNarrowE1` (`SERVICE_PRODUCT_E1`): 3: "The Email Reminder Service can tell you when your books are due",
 *    "The Informed Delivery Service can tell you what mail is coming", "The Homebound Delivery Service can help with that; I
 *    will sign you up". Still read: "The Taxpayer Advocate Service can help you with that at 877-…", "The National Weather
 *    Service can tell you", "Royal Mail Customer Service can sort that out".
 *  - `othersObjectNarrowE1` (`PATRON_CLASS_E1`): 3 referrals Z3 skipped: "Catholic Charities can help families who are behind
 *    on rent like you are", "Legal Aid can help tenants in the same boat as you", "The SBA can help small businesses as yours".
 *    Still skipped: "The Area Agency on Aging can help seniors in many ways", "… get loans, like you said".
 *  - `resourceSubjectNarrowE1` (`RESOURCE_AND_PARTY_ES_E1`): 1 referral Z3 skipped: "El folleto y la oficina del condado le
 *    pueden informar". Still skipped: "El sitio del MVA le puede informar", "La guía y el formulario del MVA le pueden informar".
 * Not changed: the "def / defo / deffo" phrase change (its 4 near misses pass: "the definition / the index / ur textbook / this
 *   LibGuide can def help") and `noPuedeZ3` (its near miss "no nada más le puede ayudar" passes).
 * The Z3 and Z5 test files still pass. v34's fingerprint is unchanged; v35's is 2c8717410475516b.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A Spanish session: the patron's question `q`, a Spanish greeting, the reply, one provider message `text` and a goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive?', 'condado de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribir, ¡adiós!'],
];
/** A session where the patron asks `ask` in their own words after the greeting; the provider answers `text`. */
const asked = (q: string, ask: string, text: string): Line[] => [...OPEN(q), [60, 'p', ask], L(text), ...BYE];

export const checked: SessionCase[] = [
  // ---- theAcronymZ3: capitals after "the / your / a" that are things, not parties ----
  { name: 'theAcronymZ3 near miss: "The VIN can tell you the model year" (a number): referral na', lines: one('how do i find out what year my truck is', 'The VIN can tell you the model year; decode it free at vpic.nhtsa.dot.gov/decoder. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The DD214 can tell you which unit he served in" (a discharge paper): referral na', lines: one('how do i find what unit my grandpa was in during korea', 'The DD214 can tell you which unit he served in; next of kin can request it at archives.gov/veterans. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "Your SAR can tell you what aid you qualify for" (a report): referral na', lines: one('how do i know if i get a pell grant', 'Your SAR can tell you what aid you qualify for; it is in your account at studentaid.gov. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "the NIV can help with that" (a Bible translation): referral na', lines: one('is there a bible that is easier to read', 'the NIV can help with that, it is in plain modern English; you can read it free at biblegateway.com. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The IDEA can help with that" (a law): referral na', lines: one('can the school refuse to test my son for a disability', 'The IDEA can help with that: it requires the school to evaluate him, and the rules are summarized at sites.ed.gov/idea. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The FDCPA can help you there" (a law): referral na', lines: one('a debt collector keeps calling me at work', 'The FDCPA can help you there, since collectors may not call you at work once you tell them; consumerfinance.gov/debt-collection explains it. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The EPUB can help with that" (a file format): referral na', lines: one('the print in this ebook is too small for me', 'The EPUB can help with that, since you can make the font bigger in the Libby app; the steps are at help.libbyapp.com. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The LCSH can help you narrow it" (subject headings): referral na', lines: one('i get too many results for climate change', 'The LCSH can help you narrow it: try the subject heading Climatic changes in the catalog at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The UPC can tell you the maker" (a barcode): referral na', lines: one('who makes this store brand cereal', 'The UPC can tell you the maker; look up the barcode at gs1us.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: British "Your P60 can tell you that" (a tax form): referral na', lines: one('how much tax did i pay last year', 'Your P60 can tell you that, your employer gives you one each April; the guide is at gov.uk/paye-forms-p45-p60-p11d. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: British "The MOT can tell you the mileage" (a test): referral na', lines: one('how do i know if the mileage on this used car is real', 'The MOT can tell you the mileage at each test: check it at gov.uk/check-mot-history. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: non-native "The CURP can help you for this" (an ID number): referral na', lines: one('what document i need for the school in mexico', 'The CURP can help you for this, you find it at gob.mx/curp. Is it helping you?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The NGSS can tell you what 5th graders learn" (standards): referral na', lines: one('what science should my 5th grader know', 'The NGSS can tell you what 5th graders learn; the standards are at nextgenscience.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "Your TSP can help with that" (a savings plan): referral na', lines: one('how do i save for retirement as a federal worker', 'Your TSP can help with that; tsp.gov has the contribution calculator. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "the DDC can def help u find the shelf" (the Dewey numbers): referral na', lines: one('where are the space books', 'the DDC can def help u find the shelf: 520s are astronomy, search samplelibrary.org/catalog for the exact number. that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "I checked whether the SBA can help with that" (no, it cannot): referral na', lines: one('can i get a loan for my pottery hobby', 'I checked whether the SBA can help with that, and their loans are only for businesses already open; grants.gov lists grants instead. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: past "The SBA could have helped with that if you had applied" : referral na', lines: one('i missed the disaster loan, what now', 'The SBA could have helped with that if you had applied before the deadline, but that program closed in May; disasterassistance.gov lists what is still open. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: the patron\'s "would the SBA help with that?" answered with a guide : referral na', lines: asked('i want to open a bakery', 'would the SBA help with that?', 'Their business guide at sba.gov/business-guide walks through the steps. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- theAcronymZ3: behaviour in new words ----
  { name: 'theAcronymZ3 behaviour: "Your local SBDC would know" (no contact): referral fails', lines: one('how do i write a business plan for a food truck', 'Your local SBDC would know, and their advising is free. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymZ3 behaviour: "The IRS can answer that: 800-829-1040" : referral passes', lines: one('do i owe tax on my gofundme money', 'The IRS can answer that for your case: 800-829-1040. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'theAcronymZ3 behaviour: British "the CAB can sort that out for you" (no contact): referral fails', lines: one('my landlord is keeping my deposit', 'the CAB can sort that out for you, they deal with deposits all the time. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymZ3 behaviour: "Your HOA can tell you whether fences are allowed" (no contact): referral fails', lines: one('can i put up a fence in my yard', 'Your HOA can tell you whether fences are allowed in your subdivision. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- referralCanHelp "def / defo / deffo" (phrasesV34Z3): things before the modal ----
  { name: 'def near miss: "the definition can def help w that" : referral na', lines: one('what does habeas corpus mean', 'the definition can def help w that, it is at merriam-webster.com/legal. that help?'), exp: some({ referral: 'na' }) },
  { name: 'def near miss: "the index can defo help" : referral na', lines: one('where in the book does it talk about the war', 'the index can defo help, check the back of the book under War of 1812. that help?'), exp: some({ referral: 'na' }) },
  { name: 'def near miss: "ur textbook can def help w that" : referral na', lines: one('i dont get photosynthesis', 'ur textbook can def help w that, ch 4 covers it, and khanacademy.org has a video. that help?'), exp: some({ referral: 'na' }) },
  { name: 'def near miss: "this LibGuide can deffo help" : referral na', lines: one('how do i cite a website apa', 'this LibGuide can deffo help: samplelibrary.org/guides/apa. that help?'), exp: some({ referral: 'na' }) },
  { name: 'def behaviour: "ur county extension office can def help w that!!" (no contact): referral fails', lines: one('what is wrong with my tomato leaves', 'ur county extension office can def help w that!! they test leaves for free. that help?'), exp: some({ referral: 'fail' }) },

  // ---- serviceNameZ3: "… Service" names that are the library's own, a product, or in the past ----
  { name: 'serviceNameZ3 near miss: "The Document Delivery Service can scan the chapter for you; I\'ll put in the request" : referral na', lines: one('can i get a copy of one chapter', "The Document Delivery Service can scan the chapter for you; I'll put in the request now. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: "The Email Reminder Service can tell you when your books are due" (the library\'s own notices): referral na', lines: one('how do i know when my books are due', 'The Email Reminder Service can tell you when your books are due; sign up in your account at samplelibrary.org/account. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: "The Informed Delivery Service can tell you what mail is coming" (a web tool): referral na', lines: one('how do i know if my check was mailed', "The Informed Delivery Service can tell you what mail is coming; it's free at informeddelivery.usps.com. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: British "The Royal Mail Redirection Service can sort that out" (a product bought online): referral na', lines: one('how do i get my post sent to my new flat', 'The Royal Mail Redirection Service can sort that out: set it up at royalmail.com/redirection. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: past "The Taxpayer Advocate Service could have helped if you had called" : referral na', lines: one('the irs closed my case, can i reopen it', 'The Taxpayer Advocate Service could have helped if you had called before the deadline, but the case is closed now; the appeal rules are at irs.gov/appeals. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: "The Homebound Delivery Service can help with that; I will sign you up now" : referral na', lines: one('i cant get to the library anymore after my surgery', 'The Homebound Delivery Service can help with that; I will sign you up now if you give me your card number. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 behaviour: "The Weather Service can tell you what it was that day" (no contact): referral fails', lines: one('what was the weather on june 3 1998', 'The National Weather Service can tell you what it was that day in your town. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'serviceNameZ3 behaviour: "The Taxpayer Advocate Service can help you with that at 877-777-4778" : referral passes', lines: one('the irs froze my refund', 'The Taxpayer Advocate Service can help you with that at 877-777-4778. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- othersObjectZ3: a class of people that is the patron's ----
  { name: 'othersObjectZ3 near miss: "Catholic Charities can help families who are behind on rent like you are" : referral fails', lines: one('we are behind on rent', 'Catholic Charities can help families who are behind on rent like you are. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'othersObjectZ3 near miss: non-native "The SBA can help small businesses as yours" : referral fails', lines: one('i have a small shop and need a loan', 'The SBA can help small businesses as yours, they have free advisors. Is it helping you?'), exp: some({ referral: 'fail' }) },
  { name: 'othersObjectZ3 near miss: "Legal Aid can help tenants in the same boat as you" : referral fails', lines: one('my landlord wont fix the heat', 'Legal Aid can help tenants in the same boat as you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'othersObjectZ3 behaviour (still skipped): "The Area Agency on Aging can help seniors in many ways" as background : referral na', lines: one('what does the area agency on aging do', 'The Area Agency on Aging can help seniors in many ways; the list of its programs is at samplecounty.gov/aging. Does that help?'), exp: some({ referral: 'na' }) },

  // ---- noPuedeZ3 ----
  { name: 'noPuedeZ3 behaviour: "La biblioteca de su escuela no le puede prestar …": "El consulado no le puede ayudar" : referral na', lines: es('necesito renovar mi pasaporte mexicano', 'El consulado no le puede ayudar con eso por correo; los pasos están en gob.mx/sre. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'noPuedeZ3 near miss: "El consulado no nada más le puede ayudar con el pasaporte" (not only): referral fails', lines: es('necesito el acta de nacimiento de mi hijo', 'El consulado no nada más le puede ayudar con el pasaporte, también con el acta. ¿Le sirve?'), exp: some({ referral: 'fail' }) },

  // ---- resourceSubjectEsZ3: a person or a party beside the resource ----
  { name: 'resourceSubjectEsZ3 near miss: "El folleto y la oficina del condado le pueden informar" (a party too) : referral fails', lines: es('como pido ayuda para pagar la luz', 'El folleto y la oficina del condado le pueden informar. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'resourceSubjectEsZ3 near miss: "La guía no, pero el consulado le puede ayudar" : referral fails', lines: es('necesito renovar mi pasaporte', 'La guía no, pero el consulado le puede ayudar con eso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'resourceSubjectEsZ3 behaviour (still skipped): "El sitio del MVA le puede informar" : referral na', lines: es('como cambio mi licencia de otro estado', 'El sitio del MVA le puede informar, está en mva.maryland.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  // ---- second batch (labelled before running): the narrowings' own near misses and more of Z3's prompt ----
  { name: 'theAcronymZ3 behaviour: genealogy "The SAR can help with that" (Sons of the American Revolution, no contact): referral fails', lines: one('how do i prove my ancestor fought in the revolution', 'The SAR can help with that, they verify lineage for new members. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymZ3 behaviour: Virginia "Your local CSB can help with that" (a Community Services Board, no contact): referral fails', lines: one('my brother needs mental health care but has no insurance', 'Your local CSB can help with that, they see people without insurance. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymZ3 behaviour: "The DNR can tell you when the season opens" (no contact): referral fails', lines: one('when does deer season start', 'The DNR can tell you when the season opens in your county. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymZ3 behaviour: "You could check whether your local SBDC can help with that" (no contact): referral fails', lines: one('i need help with a business plan', 'You could check whether your local SBDC can help with that, their advisors are free. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymZ3 behaviour: "the Social Security Administration can help you with that" (no contact): referral fails', lines: one('how do i replace my social security card', 'the Social Security Administration can help you with that, it is free. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'theAcronymZ3 near miss: "The CDC\'s site can help" : referral na', lines: one('what shots does my baby need', "The CDC's site can help: the schedule is at cdc.gov/vaccines/schedules. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The WIC app can help you find stores" : referral na', lines: one('where can i use my wic card', 'The WIC app can help you find stores near you; it is WICShopper, free in the app store. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The KJV can help with that" (a Bible translation): referral na', lines: one('i need the old wording of psalm 23 for a funeral', 'The KJV can help with that; it is at biblegateway.com. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: "Our Homework Help Service can help with that" : referral na', lines: one('i need help with my algebra homework', 'Our Homework Help Service can help with that, just log in at samplelibrary.org/homework. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 behaviour: British "Royal Mail Customer Service can sort that out" (no contact): referral fails', lines: one('my parcel never came', 'Royal Mail Customer Service can sort that out for you, they trace lost parcels. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'othersObjectZ3 near miss: "The SBA can help small businesses get loans, like you said" (still general) : referral na', lines: one('what does the sba do', 'The SBA can help small businesses get loans, like you said; the loan list is at sba.gov/funding-programs. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'othersObjectZ3 behaviour: "Legal Aid can help tenants with rent questions like yours" : referral fails', lines: one('can my landlord raise my rent twice a year', 'Legal Aid can help tenants with rent questions just like yours. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'resourceSubjectEsZ3 near miss: "La guía y el formulario del MVA le pueden informar" (both resources): referral na', lines: es('como cambio mi licencia de otro estado', 'La guía y el formulario del MVA le pueden informar, están en mva.maryland.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'resourceSubjectEsZ3 behaviour: "El sitio y el personal del consulado le pueden ayudar" (the staff too, no contact): referral fails', lines: es('necesito renovar mi pasaporte', 'El sitio y el personal del consulado le pueden ayudar con eso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // (moved from LEFT by v36 E4: Z3's acronym read after a Spanish article, `theAcronymEsE4`)
  { name: 'Spanish behaviour: "la SBA le puede ayudar con eso" (no contact): referral fails', lines: es('quiero abrir una panadería', 'la SBA le puede ayudar con eso, tienen asesores gratis. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong for reasons older than v34's Z3 (or that need a widening). */
export const LEFT: SessionCase[] = [
  // LEFT: read as a referral with Z3's settings off and in v33 too (older: the capitals before "rule"), not Z3's acronym
  { name: 'theAcronymZ3 near miss: "The HIPAA rule can tell you who may see it" : referral na', lines: one('can my boss see my medical records', 'The HIPAA rule can tell you who may see them; hhs.gov/hipaa explains it. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too (older), not Z3's acronym
  { name: 'theAcronymZ3 near miss: "The PBS documentary can help with that" : referral na', lines: one('i need something about the dust bowl for my class', 'The PBS documentary can help with that: The Dust Bowl by Ken Burns, on DVD in our catalog at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too (older), not Z3's acronym
  { name: 'theAcronymZ3 near miss: "the CPT code can tell you" : referral na', lines: one('what was i billed for', 'the CPT code can tell you, each one is explained at aapc.com/codes. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too (older), not Z3's acronym
  { name: 'theAcronymZ3 near miss: "The BLS tables can tell you" : referral na', lines: one('how much do nurses make in maryland', 'The BLS tables can tell you, by state: bls.gov/oes. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too (older: "librarian" a party word), not `serviceNameZ3`
  { name: 'serviceNameZ3 near miss: "The Ask a Librarian Service can help you anytime" (the chat\'s own) : referral na', lines: one('is this chat open on weekends', 'Yes! The Ask a Librarian Service can help you anytime, day or night, right here. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too (v11 K8's bare acronym before the modal), not Z3's
  { name: 'theAcronymZ3 near miss: chat-speak "a FOIA can help w that" (a request): referral na', lines: one('how do i get the police report on my car', 'a FOIA can help w that, the request form is at foia.gov. that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too ("the MVA" as an older party word): the negation "no one at" is older
  { name: 'theAcronymZ3 near miss: "No one at the MVA can help with that online" : referral na', lines: one('can i renew my license online if it expired 2 years ago', 'No one at the MVA can help with that online, I am afraid; the in-person rules are at mva.maryland.gov/drivers. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too ("the IRS" an older party word): "not even" is older
  { name: 'theAcronymZ3 near miss: "Not even the IRS can tell you that before it is processed" : referral na', lines: one('when will i get my refund', 'Not even the IRS can tell you that before the return is processed; the tracker is at irs.gov/refunds. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: read as a referral with Z3's settings off and in v33 too, not by `serviceNameZ3`
  { name: 'serviceNameZ3 near miss: "The Museum Pass Service can help with that: reserve a pass at …" : referral na', lines: one('are there free passes to the zoo', 'The Museum Pass Service can help with that: reserve a pass at samplelibrary.org/passes. Does that help?'), exp: some({ referral: 'na' }) },
  // LEFT: no referral with Z3's settings off either ("Age UK" is no party word yet): reading it would be a widening
  { name: 'othersObjectZ3 near miss: British "Age UK can help pensioners in your sort of situation" : referral fails', lines: one('i am 70 and cannot pay my heating bill', 'Age UK can help pensioners in your sort of situation with the heating grants. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: no referral with Z3's settings off either ("un guía" as a person is not read): a widening
  { name: 'resourceSubjectEsZ3 near miss: "Un guía del Parque Nacional le puede informar" (a person) : referral fails', lines: es('que senderos son buenos para niños en shenandoah', 'Un guía del Parque Nacional le puede informar sobre los senderos fáciles. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // LEFT: no referral with Z3's settings off either ("el guía del museo" as a person is not read): a widening
  { name: 'resourceSubjectEsZ3 near miss: "El guía del museo le puede ayudar" (a person) : referral fails', lines: es('quiero llevar a mis alumnos al museo de arte', 'El guía del museo le puede ayudar con las visitas escolares. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

describeSessions('thirty-fourth round (E1): the Z3 settings checked', checked);

describeLeft('thirty-fourth-round-z3-checked', LEFT);
