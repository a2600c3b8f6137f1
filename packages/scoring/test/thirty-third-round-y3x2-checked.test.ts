/**
 * Thirty-third round, second wave (Z2): the v34 changes of blocks Y3 (public records: `phrasesV34Y3`'s referralParty and
 * referralVerb additions) and X2 (completeness: `phrasesV34X2`'s completeness additions and the setting `happyOfferX2`)
 * checked for false readings: near misses that share a change's words or shape but are NOT its behaviour, and a few cases
 * that ARE its behaviour in new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a landlord to whom the patron delivers a letter is the other side of the patron's own matter, not "another agency,
 *   library, department, office or a named specialist" (as block Y2's "Write to the contractor at the address on your
 *   contract"): no referral;
 * - a question about the provider's own action (a fine waived, print credits added, copies set aside), a price, an
 *   appointment time or the patron's own choice asks about no information given: not completeness;
 * - the provider asking whether the patron already contacted or delivered something to a party tells no one to contact
 *   it: no referral;
 * - "Happy with those books?" after an offer names the books given, not the offer: completeness.
 * Written: 58 cases (42 near misses, 16 of the changes' behaviour in new words), all labelled before running; 53 run, 5 in
 * LEFT. First run (52 cases): 19 failed; none on a label of mine against RUBRIC.md, but 5 not this block's: 4 completeness
 * near misses v33 already read ("It helped?", "That help desk?", "Is that the one you meant?", "Is this the one you meant to
 * send?") and one behaviour case no version reads ("Please you deliver …"): moved to LEFT. The 14 others were v34 Y3 / X2
 * readings (v33 scores them as labelled), narrowed:
 *  - Y3 referralVerb "pídalo / solicítelo en la oficina": not an office online ("solicítelo en la oficina virtual del
 *    Registro Civil: sede…", "pídalo en la oficina en línea del condado, …", "en la oficina electrónica"): a website;
 *  - Y3 referralVerb "(hand-)deliver … to": only to an office, clerk, register, agency, court, consulate … within four words
 *    ("Deliver the letter to your landlord by certified mail" no longer reads); still read: "hand-deliver the form to the
 *    Register of Wills", "to the records office", "to the Passport Agency, 100 S Charles St";
 *  - X2 "answering your question?": "it" only with one question ("You mentioned the Comptroller's new chatbot. Is it
 *    answering your questions?"); still read: "Is it answering your question?", "This is answering your question?";
 *  - X2 hope: "enough / sufficient" only of "this" or a named thing ("I've added 50 print credits. Hope that is enough?",
 *    "I've set aside 3 copies. Hope those are enough?"); still read: "Hope this is sufficient?", "I hope these links are
 *    enough?", "Hope this is enough?";
 *  - X2 "(Are you) happy with that?" (bare pronoun): only right after a sentence that gives a source (a time, a price, a fine
 *    waived, the patron's own choice no longer read); still read: "RTC-1 is at dat.maryland.gov/… Are you happy with that?",
 *    the same in its own message after the source; with a named thing ("Happy with those books?") as before;
 *  - `happyOfferX2`: not when the question names what was given ("I can put either on hold for you. Happy with those
 *    books?", "… Are you satisfied with those results, or shall I dig further?": completeness again);
 *  - X2 "Helps?": a bare "Helps?" opening a message that gives a source, after the patron's word "help", is the word echoed
 *    ("Helps? The renters' tax credit does: …"); still read: "… Helps?" after the source, "Helps? If not, I can keep looking."
 * The Y3, X2 and food files' cases still pass. Not narrowed: "Did you already contact OGIS about it?" and the other OGIS and
 * custodian near misses already score as labelled.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

/** A PIA request question up to the patron's answer. */
const PIA: Line[] = [
  [0, 'p', 'how do i get records from the county under the public information act'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Which agency's records are you after, and which county?"],
  [50, 'p', 'baltimore county police, arrest logs from last year'],
];
/** A court record question up to the patron's answer. */
const COURT: Line[] = [
  [0, 'p', 'hi how do i get a copy of my divorce papers'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which county was the divorce filed in?'],
  [50, 'p', 'howard county, 2009'],
];
/** A Spanish marriage record question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, necesito una copia de mi acta de matrimonio'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado se casaron, y en qué año?'],
  [50, 'p', 'en Montgomery, 2015'],
];
/** A tax form question up to the patron's answer. */
const FORM: Line[] = [
  [0, 'p', 'where do I get the maryland tax form for renters credit'],
  [20, 'l', 'Hello, this is Jo at AskUsNow!. Is it for this year, or a past year?'],
  [50, 'p', 'this year'],
];
/** A book question up to the patron's answer. */
const BOOK: Line[] = [
  [0, 'p', 'do you have any books on raised bed gardening'],
  [20, 'l', "Hi, I'm Jo with Ask a Librarian at Sample County Library. Are you a beginner, or have you gardened before?"],
  [50, 'p', 'total beginner'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, the provider's `source` at 70 s (no question), the patron's `reply`, the provider's `text`, thanks and goodbye. */
const later = (base: Line[], source: string, reply: string, text: string): Line[] => [...base, [70, 'l', source], [100, 'p', reply], [110, 'l', text], [140, 'p', 'ok thanks'], [146, 'l', 'Take care, bye!']];
const RENTERS = "The renters' tax credit form, RTC-1, is at dat.maryland.gov/realproperty under Tax Credit Programs.";
const GARDEN = "The Vegetable Gardener's Bible by Edward C. Smith is in our catalogue at samplelibrary.org/catalog, call number 635 SMI.";

export const checked: SessionCase[] = [
  // ---- Y3 referralParty: OGIS by its acronym ----
  { name: 'OGIS near miss: "According to OGIS, most FOIA disputes settle in mediation; the form is at foia.gov" : no referral', lines: then(PIA, 'According to OGIS, most FOIA disputes settle in mediation; the request form is at foia.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'OGIS near miss: "OGIS found that agencies often miss the 20-day deadline, so file early at foia.gov" : no referral', lines: then(PIA, 'OGIS found that agencies often miss the 20-day deadline, so file early at foia.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'OGIS near miss: "Try OGIS\'s FOIA handbook at ogis.archives.gov" (a publication): no referral', lines: then(PIA, "Try OGIS's FOIA handbook at ogis.archives.gov; it walks through appeals step by step. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'OGIS near miss: British "Have a look at OGIS\'s sample appeal letters at ogis.archives.gov" : no referral', lines: then(PIA, "Have a look at OGIS's sample appeal letters at ogis.archives.gov, they're rather good. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'OGIS near miss: chat-speak "check out the ogis toolkit for requesters at ogis.archives.gov" : no referral', lines: then(PIA, 'check out the ogis toolkit for requesters at ogis.archives.gov, its got fee waiver tips. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'OGIS near miss: "Did you already contact OGIS about it?" (the patron\'s situation) : no referral', lines: then(PIA, 'foia.gov has the appeal steps. Did you already contact OGIS about it?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'OGIS behaviour: British "If the FBI stalls, ring OGIS on 202-741-5770" : referral passes', lines: then(PIA, 'foia.gov has the request form. If the FBI stalls past the deadline, ring OGIS on 202-741-5770. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- Y3 referralParty: the custodian of records ----
  { name: 'custodian near miss: "The library is the custodian of records for its board minutes; they are at samplelibrary.org/board" : no referral', lines: then(PIA, 'The library is the custodian of records for its own board minutes; they are all posted at samplelibrary.org/board. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'custodian near miss: "Under the PIA the custodian of records must answer within 30 days" : no referral', lines: then(PIA, "Under the PIA the custodian of records must answer within 30 days; the AG's manual at marylandattorneygeneral.gov explains it. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'custodian near miss: the patron\'s "who is the custodian of records?", answered with a name and the PIA page : no referral', lines: [...PIA, [70, 'l', 'The PIA request form is at cityofbowie.org/pia.'], [100, 'p', 'who is the custodian of records there?'], [110, 'l', 'It is Lt. Ames in the records unit. Does that help?'], [140, 'p', 'ok thanks'], [146, 'l', 'Take care, bye!']], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'custodian near miss: "I checked with the county\'s custodian of records this morning: the minutes are at …" (staff consulted) : no referral', lines: then(PIA, "I checked with the county's custodian of records this morning: the 2019 minutes are at samplecounty.gov/minutes. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'custodian near miss: non-native "The custodian of records is the one who decide the fee waiver" : no referral', lines: then(PIA, 'The custodian of records is the one who decide about the fee waiver, rules are in marylandattorneygeneral.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'custodian behaviour: British "Phone the county\'s custodian of court records on 410-313-2111" : referral passes', lines: then(COURT, "Phone the county's custodian of court records on 410-313-2111 for a certified copy. Does that help?"), exp: some({ referral: 'pass' }) },

  // ---- Y3 referralVerb: Spanish "pídalo / solicítelo en la oficina …" ----
  { name: 'pídalo near miss: "Pídalo por correo con el formulario de health.maryland.gov/vsa" : no referral', lines: thenEs('Pídalo por correo con el formulario de health.maryland.gov/vsa. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pídalo near miss: "Solicítelo en la oficina virtual del Registro Civil: sede.mjusticia.gob.es" (a website) : no referral', lines: thenEs('Si se casó en España, solicítelo en la oficina virtual del Registro Civil: sede.mjusticia.gob.es. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pídalo near miss: "Pídalo en la oficina en línea del condado, montgomerycountymd.gov/cct" : no referral', lines: thenEs('Pídalo en la oficina en línea del condado, montgomerycountymd.gov/cct. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pídalo near miss: "Solicítelo en la oficina electrónica del condado, montgomerycountymd.gov/cct" : no referral', lines: thenEs('Solicítelo en la oficina electrónica del condado, montgomerycountymd.gov/cct; llega en una semana. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pídalo near miss: "Pídalo en préstamo en el catálogo, catalog.mcpl.org" : no referral', lines: thenEs('El libro sobre actas está en la biblioteca: pídalo en préstamo en el catálogo, catalog.mcpl.org. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pídalo near miss: "Pídalo en el formulario de la página montgomerycountymd.gov/cct" : no referral', lines: thenEs('Pídalo en el formulario de la página montgomerycountymd.gov/cct. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'pídalo behaviour: "Pídala en el Registro Civil de Puebla, teléfono 222-555-0100" : referral passes', lines: thenEs('Si se casó en México, pídala en el Registro Civil de Puebla, teléfono 222-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },

  // ---- Y3 referralVerb: "(hand-)deliver the form to" an office ----
  { name: 'deliver near miss: "Deliver the letter to your landlord by certified mail" (the other side): no referral', lines: then(PIA, "The People's Law Library has a sample letter at peoples-law.org. Deliver the letter to your landlord by certified mail. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'deliver near miss: "The court will deliver the papers to the sheriff for service" : no referral', lines: then(COURT, 'The court will deliver the papers to the sheriff for service; the steps are at mdcourts.gov/family. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'deliver near miss: "Our courier can deliver the documents to the branch you pick" (the library\'s courier) : no referral', lines: then(COURT, 'Our interlibrary courier can deliver the documents to the branch you pick; request them at samplelibrary.org/ill. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'deliver near miss: "Did you already deliver the form to the Register of Wills?" : no referral', lines: then(COURT, 'The estate status lookup is at registers.maryland.gov. Did you already deliver the form to the Register of Wills?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'deliver near miss: "Don\'t hand-deliver the form to the records office: they only take it online" : no referral', lines: then(PIA, "Don't hand-deliver the form to the records office: they only take it online at baltimorecountymd.gov/pia. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'deliver near miss: "You don\'t need to deliver the petition to the courthouse anymore; e-file it" : no referral', lines: then(COURT, "You don't need to deliver the petition to the courthouse anymore; e-file it at mdcourts.gov/mdec. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'deliver near miss: "Your lawyer can deliver the petition to the court for you" : no referral', lines: then(COURT, 'Your lawyer can deliver the petition to the court for you; the form is at mdcourts.gov/forms. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },

  { name: 'deliver behaviour: "Hand-deliver your application to the Passport Agency, 100 S Charles St, Baltimore" : referral passes', lines: then(PIA, 'Hand-deliver your application to the Passport Agency, 100 S Charles St, Baltimore MD 21201. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'deliver behaviour: British "deliver the forms in person to the register office, 5 High Street" : referral passes', lines: then(COURT, 'You may deliver the forms in person to the register office at 5 High Street, Leeds LS1 1UR. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- X2 completeness: "Helps?" / "That help?" opening the question ----
  { name: 'Helps near miss: "Helps? The renters\' tax credit does: …" (the patron\'s word echoed) : completeness fails', lines: [[0, 'p', 'is there anything that helps with rent for seniors'], [20, 'l', 'Hello, this is Jo at AskUsNow!. Which county are you in?'], [50, 'p', 'howard'], [70, 'l', "Helps? The renters' tax credit does: form RTC-1 at dat.maryland.gov/realproperty."], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'Helps behaviour: chat-speak "that help?" after the book : completeness passes', lines: then(BOOK, `${GARDEN} that help?`), exp: some({ complete: 'pass' }) },

  // ---- X2 completeness: "Is that the kind / one … you mean?" ----
  { name: 'the kind near miss: "A red plaid one from the fifties, is that the kind you mean?" before anything is given : clarify passes, completeness fails', lines: [[0, 'p', 'looking for an old cookbook, red plaid cover, my grandma had it in the fifties'], [20, 'l', 'Hi, Jo at Ask a Librarian here. A red plaid one from the fifties, is that the kind you mean?'], [50, 'p', 'yes'], [70, 'l', 'The Better Homes and Gardens New Cook Book, 1953, is in our catalogue at samplelibrary.org/catalog.'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ clarify: 'pass', complete: 'fail' }) },
  { name: 'the kind behaviour: British "Is that the sort you were after?" after the book : completeness passes', lines: then(BOOK, `${GARDEN} Is that the sort you were after?`), exp: some({ complete: 'pass' }) },

  // ---- X2 completeness: "This is answering your question?" ----
  { name: 'answering near miss: "You mentioned the Comptroller\'s new chatbot. Is it answering your questions?" : completeness fails', lines: later(FORM, RENTERS, 'the comptroller has a chatbot now', "You mentioned the Comptroller's new chatbot. Is it answering your questions?"), exp: some({ complete: 'fail' }) },
  { name: 'answering near miss: "The FAQ is answering your question about fines?" : completeness fails', lines: later(BOOK, GARDEN, 'i read the library FAQ too', 'The FAQ is answering your question about fines?'), exp: some({ complete: 'fail' }) },
  { name: 'answering behaviour: non-native "So this is answering your query fully?" : completeness passes', lines: then(FORM, `${RENTERS} So this is answering your query fully?`), exp: some({ complete: 'pass' }) },

  // ---- X2 completeness: a hope typed as a question ----
  { name: 'hope near miss: "I\'ve added 50 print credits to your card. Hope that is enough?" : completeness fails', lines: later(BOOK, GARDEN, 'can i print the chart? i have no credits', "I've added 50 print credits to your card. Hope that is enough?"), exp: some({ complete: 'fail' }) },
  { name: 'hope near miss: "I\'ve set aside 3 copies at the desk for your class. Hope those are enough?" : completeness fails', lines: later(BOOK, GARDEN, 'can you hold copies for my garden club', "I've set aside 3 copies at the desk for your club. Hope those are enough?"), exp: some({ complete: 'fail' }) },
  { name: 'hope near miss: "Hope 5 pm is ok?" (a time) : completeness fails', lines: later(FORM, RENTERS, 'can someone help me fill it in', 'Our volunteer can see you Thursday. Hope 5 pm is ok?'), exp: some({ complete: 'fail' }) },
  { name: 'hope behaviour: "Hope these links are of some use?" : completeness passes', lines: then(FORM, `${RENTERS} Hope these links are of some use?`), exp: some({ complete: 'pass' }) },

  // ---- X2 completeness: "(Are you) happy / satisfied with that?" and `happyOfferX2` ----
  { name: 'happy near miss: "The next free appointment is Tuesday at 3. Are you happy with that?" (a time) : completeness fails', lines: later(FORM, RENTERS, 'can i get help filling it in', 'The next free appointment with our tax volunteers is Tuesday at 3. Are you happy with that?'), exp: some({ complete: 'fail' }) },
  { name: 'happy near miss: "Two copies come to $24 with shipping. Happy with that?" (a price) : completeness fails', lines: later(COURT, 'Certified copies are ordered at mdcourts.gov/clerks.', 'ok ill order two', 'Two copies come to $24 with shipping. Happy with that?'), exp: some({ complete: 'fail' }) },
  { name: 'happy near miss: "I\'ve waived the $2 late fee on your card. Happy with that?" (a fine waiver) : completeness fails', lines: later(BOOK, GARDEN, 'i also have a late fee from last month', "I've waived the $2 late fee on your card. Happy with that?"), exp: some({ complete: 'fail' }) },
  { name: 'happy near miss: "Are you happy with that, or would you rather borrow it free?" (the patron\'s own choice) : completeness fails', lines: later(BOOK, GARDEN, 'eh ill just buy it on amazon', 'Are you happy with that, or would you rather borrow it free?'), exp: some({ complete: 'fail' }) },
  { name: 'happy near miss: "Satisfied with this chat? Rate us at samplelibrary.org/survey" (a survey line) : completeness fails', lines: later(BOOK, GARDEN, 'thanks thats great', 'Satisfied with this chat? Rate us at samplelibrary.org/survey.'), exp: some({ complete: 'fail' }) },
  { name: 'happyOfferX2 near miss: "I can put either on hold for you. Happy with those books?" (the books given) : completeness passes', lines: then(BOOK, `${GARDEN} Square Foot Gardening is there too. I can put either on hold for you. Happy with those books?`), exp: some({ complete: 'pass' }) },
  { name: 'happyOfferX2 near miss: "I can also check other branches. Are you satisfied with those results, or shall I dig further?" : completeness passes', lines: then(BOOK, `${GARDEN} I can also check the other branches later. Are you satisfied with those results, or shall I dig further?`), exp: some({ complete: 'pass' }) },
  { name: 'happyOfferX2 behaviour: "I can order it through interlibrary loan for you. Happy with that?" : completeness fails', lines: later(BOOK, GARDEN, 'the branch copy is missing', 'I can order it through interlibrary loan for you. Happy with that?'), exp: some({ complete: 'fail' }) },
  { name: 'happy behaviour: "Are you happy with that?" in its own message after the book : completeness passes', lines: [...BOOK, [70, 'l', GARDEN], [80, 'l', 'Are you happy with that?'], [110, 'p', 'ok thanks'], [116, 'l', 'Take care, bye!']], exp: some({ complete: 'pass' }) },
  { name: 'answering behaviour: "Is it answering your question?" after the form : completeness passes', lines: then(FORM, `${RENTERS} Is it answering your question?`), exp: some({ complete: 'pass' }) },
  { name: 'hope behaviour: "Hope this is enough?" after the book : completeness passes', lines: then(BOOK, `${GARDEN} Hope this is enough?`), exp: some({ complete: 'pass' }) },
  { name: 'Helps behaviour: "Helps? If not, I can keep looking." in its own message after the book : completeness passes', lines: [...BOOK, [70, 'l', GARDEN], [80, 'l', 'Helps? If not, I can keep looking.'], [110, 'p', 'ok thanks'], [116, 'l', 'Take care, bye!']], exp: some({ complete: 'pass' }) },
  { name: 'happy behaviour: "Happy with those links?" after the form : completeness passes', lines: then(FORM, `${RENTERS} Happy with those links?`), exp: some({ complete: 'pass' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). The four completeness near misses were read by
 * v33 already (v33's families read "that help…?", "it helped?" and "Is that / this the one you meant…?" whatever follows):
 * X2's additions repeat those readings, so narrowing them here would not change the status; the deliver case is not read as a
 * referral by v33 or v34 ("Please you deliver …" does not open as an instruction the scorer reads): widening is not this wave's.
 */
export const LEFT: SessionCase[] = [
  { name: 'deliver behaviour: non-native "Please you deliver the application in person to the Passport Agency, 100 S Charles St" : referral passes', lines: then(PIA, 'Please you deliver the application in person to the Passport Agency, 100 S Charles St, Baltimore MD 21201. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Helps near miss: "It helped? Good, they can check your eligibility again." (the patron\'s call) : completeness fails', lines: later(FORM, RENTERS, 'i called the county line last year and it helped', 'It helped? Good, they can check your eligibility again this year.'), exp: some({ complete: 'fail' }) },
  { name: 'Helps near miss: "That help desk? It is the state\'s." : completeness fails', lines: later(FORM, RENTERS, 'i tried the help desk already', "That help desk? It is the state's, not ours."), exp: some({ complete: 'fail' }) },
  { name: 'the one near miss: "I see tax.pdf now. Is that the one you meant?" (the patron\'s own file) : completeness fails', lines: later(FORM, RENTERS, 'sorry wrong attachment, i sent tax.pdf', 'I see tax.pdf now. Is that the one you meant?'), exp: some({ complete: 'fail' }) },
  { name: 'the one near miss: "Is this the one you meant to send?" (the patron\'s file) : completeness fails', lines: later(FORM, RENTERS, 'i attached my old form', 'I see one attachment, form2019.pdf. Is this the one you meant to send?'), exp: some({ complete: 'fail' }) },
];

describeSessions('thirty-third round, second wave (Z2): the Y3 and X2 changes checked', checked);

describeLeft('thirty-third-round-y3x2-checked', LEFT);
