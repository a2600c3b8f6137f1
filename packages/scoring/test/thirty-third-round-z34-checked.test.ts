/**
 * Thirty-third round, second wave (Z5): the v34 settings and phrase changes of blocks Z3 ("<party> can tell you / can help
 * with that") and Z4 (a source's URL lent to a party referred to nearby) checked for false readings: near misses that share
 * a setting's words or shape but are NOT its behaviour, and a few cases that ARE its behaviour in new words (they must keep
 * passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room:
 * - an acronym that names a test, a plan, a statement, a reference work, a law or a kind of account or company ("The ACT", "ur
 *   IEP", "Your EOB", "The OED", "An LLC", "Your HSA", "The SDS") is a thing, not a party: no referral; "The MLA" (the style or
 *   the association) was left unwritten as too ambiguous, and "USC" (the Code or the university) is not listed as a thing;
 * - "Our Books by Mail Service can help with that, I will sign you up" and "The Ask Us Now Service can help … right here" are
 *   the library's and the chat's own: no referral;
 * - "can help tenants in your situation / position / circumstances" and "… small businesses like the one you are starting"
 *   speak of the patron: a referral (as Z3's "like you");
 * - "el enlace comunitario de la escuela" is a person (the school's liaison), not a link;
 * - a possessive of the party's own word ("the council's bin calendar" after "Ring the council", "the clinic's intake
 *   checklist" after "Visit the … clinic") or of "office / agency / department" after a referral to an office ("the office's
 *   forms list" after "Call the county Tax Assessor") points back at the party: its own page, a way to reach it;
 * - a directory on the party's own domain ("The mdcourts.gov directory lists every District Court clerk's office" before "Call
 *   the District Court clerk's office …") is the party's site: a way to reach it.
 *
 * Written: 50 cases run (36 near misses, 14 of the settings' behaviour in new words), all labelled before running; 41 in a
 * first batch, 13 in a second (4 dropped, below). First run (41): 23 disagreed, all on referral.contact. My labels corrected: 0.
 * 16 were false readings of Z3's and Z4's settings (each gone with its setting off); the other 7 were my cases reaching other
 * blocks' or older readings (a URL lent through "the plan finder itself is at" or "are explained at", "the Maryland SBDC",
 * a Spanish URL lent, "chat to your GP", "Call SDAT", "the samplecountyclerk.org index"): rewritten to keep the setting's words
 * without them (5) or dropped (2). Second batch: 2 more false readings (the mdcourts.gov directory, "The SDS"), and 2 cases
 * dropped as older readings (not Z4's: "Ask SDAT about an appeal" read as no referral, the nps.gov trail guide before "the
 * National Park Service visitor center"). Narrowed (each with a comment naming its near miss):
 *  - `theAcronymZ3` (checks/referral.ts `THING_ACRONYM_Z3`): more things in capitals: tests (ACT, PSAT, ASVAB, HiSET, TABE,
 *    SSAT, ISEE), the library's systems (OPAC, ILS, LMS), SDS/MSDS, IEP/IFSP, EOB, OED, CFR, laws (FMLA, HIPAA, FERPA, FLSA, ACA),
 *    accounts and companies (LLC, IRA, HSA, FSA, EIN, ITIN, HMO, PPO). Still read: "The SBA / your local SBDC / the IRS / A CPA
 *    / The TSA / Your local AAA / ur local SHIP can help".
 *  - `serviceNameZ3` (`SERVICE_OWNER_Z3`): not a "… Service" name after "of / from / by / on / about / in (the)", the owner of
 *    the subject: "A report from the Congressional Research Service can help", "The trail maps of the National Park Service can
 *    help", "Guidance from the Insolvency Service can help". Still read: "The U.S. Postal Service should be able to tell you",
 *    "The Pension Service can help you … on 0800 …".
 *  - `othersObjectZ3` (`OTHERS_OBJECT_Z3`): the class is the patron's when "in / with your situation / position / case /
 *    circumstances" or "like the one you …" follows: "Legal Aid can help tenants in your situation", British "Citizens Advice
 *    can help tenants in your position", "Catholic Charities can help families in your circumstances", "The SBDC can help small
 *    businesses like the one you are starting" (referrals). Still skipped: "The Area Agency on Aging can help seniors with all
 *    kinds of things".
 *  - `resourceSubjectEsZ3` (`RESOURCE_SUBJECT_ES_Z3`): "enlace" followed by "comunitario / familiar / escolar / bilingüe / de
 *    la escuela …" is the liaison, a person: "El enlace comunitario de la escuela le puede ayudar" (a referral). Still skipped:
 *    "Este folleto del condado le puede informar".
 *  - `sourceTailZ4` and `sourceHeadZ4` (classify.ts `ownerPointsBackZ4`, in `sourceMatchZ4`): an owner word before the source
 *    noun that is a possessive of a word of the party, or "the office's / agency's / department's", points back: "Call the
 *    county Tax Assessor; the office's forms list is at sdat…", "Ring the council, the council's bin calendar is at …", "Visit
 *    the sliding-scale clinic, the clinic's intake checklist is at …", "Contact the Tenant Advocate, the office's rights
 *    handbook is at …", "The clinic's intake checklist is at …; the clinic can also tell you …" (all pass). Still cut: "ask
 *    your public defender, the court's docket is on casesearch…", "talk to a tenant attorney, the People's Law Library's deposit
 *    guide is at …", "speak to your GP, the NHS medicines guide is at …", "The bus map is at …; your school counselor can tell
 *    you …" (fail).
 *  - `sourceSubjectZ4` (classify.ts `sourceSubjectZ4`, now given the party's words): not when a label of the source's domain,
 *    a state's two letters before it left out, is a word of the party's: "The mdcourts.gov directory lists every District
 *    Court clerk's office. Call the District Court clerk's office …" (passes). Still read: "The findagrave.com index lists
 *    graves …. Ask the cemetery office …" (fails).
 * Not changed: the "def / defo / deffo" phrase change (its 4 near misses pass) and `noPuedeZ3` (its near miss passes).
 * The Z3 and Z4 test files still pass. v34's fingerprint is unchanged (code only): 19f461684fd686b8.
 */
import { describeSessions, type SessionCase, some } from './helpers';
import { one } from './narrowing-lines';

export const checked: SessionCase[] = [
  // ---- theAcronymZ3: capitals after "the / your / a" that are things, not parties ----
  { name: 'theAcronymZ3 near miss: "The ACT can tell you where you stand" (a test): referral na', lines: one('what score do i need for college', 'Most state schools list a middle range; the ACT can tell you where you stand against it, and the ranges are at collegeboard.org/profiles. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "The OPAC can tell you if it is checked in" (the library\'s catalogue): referral na', lines: one('is the new Grisham in', 'The OPAC can tell you if it is checked in: search it at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: chat-speak "ur IEP can help w that" (a plan, not a party): referral na', lines: one('my son needs more time on tests', 'ur IEP can help w that, the accommodations part is explained at understood.org/iep. that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "Your EOB can tell you what the insurer paid" (a statement): referral na', lines: one('why did i get a bill from the hospital', 'Your EOB can tell you what the insurer paid and what is left; how to read one is at healthcare.gov/glossary/explanation-of-benefits. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: British "The OED can tell you when it was first used" (a dictionary): referral na', lines: one('when did people start saying selfie', 'The OED can tell you when it was first recorded; you can log in with your library card at oed.com. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "An LLC can help with that" (a kind of company, not one to contact): referral na', lines: one('how do i keep my house safe if my bakery gets sued', 'An LLC can help with that, since it separates business debts from yours; the steps are at sba.gov/business-guide. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: non-native "The CFR can answer to this question" (the regulations): referral na', lines: one('how many hours can a truck driver drive', 'The CFR can answer to this question, part 395 has the hours rules, please see ecfr.gov/current/title-49. Is it helping you?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 behaviour: "The TSA can answer that: 866-289-9673" : referral passes', lines: one('can i bring my insulin pens on the plane', 'The TSA can answer that for your airline and airport: 866-289-9673. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'theAcronymZ3 behaviour: "Your local SHIP can walk you through it" (no contact): referral fails', lines: one('which medicare plan covers my pills', 'Your local SHIP can walk you through the options one by one; the plan finder is at medicare.gov/plan-compare. Does that help?'), exp: some({ referral: 'fail' }) },

  { name: 'theAcronymZ3 near miss: "The SDS can tell you what gloves to wear" (a safety data sheet): referral na', lines: one('is it safe to use bleach and vinegar together to clean', 'No, never mix them. The SDS can tell you what gloves to wear for either one. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 near miss: "Your HSA can help with that" (an account): referral na', lines: one('can i pay for my glasses tax free', 'Your HSA can help with that if you have one through work. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'theAcronymZ3 behaviour: "Your local AAA can help you with that" (no contact): referral fails', lines: one('my dad needs meals delivered, who do i ask', 'Your local AAA can help you with that, they run Meals on Wheels sign-ups. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- referralCanHelp "def / defo / deffo" ----
  { name: 'def near miss: "the definition can def help" (a thing): referral na', lines: one('what does adverse possession mean', 'the definition can def help here, its at law.cornell.edu/wex/adverse_possession. that help?'), exp: some({ referral: 'na' }) },
  { name: 'def near miss: "this guide can defo help u" : referral na', lines: one('how do i write a cover letter', 'this guide can defo help u: samplelibrary.org/jobs/cover-letters. that what u needed?'), exp: some({ referral: 'na' }) },
  { name: 'def near miss: "we can deffo help with that" (the library itself): referral na', lines: one('can i get help printing my boarding pass', 'oh we can deffo help with that, the print steps are at samplelibrary.org/print. that help?'), exp: some({ referral: 'na' }) },
  { name: 'def near miss: "u can def help urself" (the patron): referral na', lines: one('how do i renew my books', 'u can def help urself here: log in at samplelibrary.org/account and hit renew. that help?'), exp: some({ referral: 'na' }) },
  { name: 'def behaviour: "ur school counselor can defo help u w that" (no contact): referral fails', lines: one('how do i get a fee waiver for the sat', 'ur school counselor can defo help u w that, the waiver rules are at collegeboard.org/waivers. that help?'), exp: some({ referral: 'fail' }) },

  // ---- serviceNameZ3: "… Service" names that are sources or the library's own ----
  { name: 'serviceNameZ3 near miss: "A report from the Congressional Research Service can explain that" (a source): referral na', lines: one('why does congress need a debt ceiling', 'A report from the Congressional Research Service can help with that: it is at crsreports.congress.gov. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: "The trail maps of the National Park Service can help" (a source): referral na', lines: one('which trails at harpers ferry are flat', 'The trail maps of the National Park Service can help with that, they are at nps.gov/hafe/planyourvisit/maps.htm. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: "Our Books by Mail Service can help with that, I will sign you up" (the library\'s own, done for the patron): referral na', lines: one('i cant get to the library anymore, i had a stroke', 'I am sorry to hear that. Our Books by Mail Service can help with that, I will sign you up now with the address on your card. Is that what you were looking for?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 near miss: "The Ask Us Now Service can help with that any time" (the chat itself): referral na', lines: one('can i ask you more questions later', 'Of course! The Ask Us Now Service can help with that any time, day or night, right here at askusnow.info. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 behaviour: "The U.S. Postal Service should be able to tell you" (no contact): referral fails', lines: one('my package says delivered but i dont have it', 'The U.S. Postal Service should be able to tell you where it was scanned last; the tracking guide is at samplelibrary.org/mail. Does that help?'), exp: some({ referral: 'fail' }) },

  { name: 'serviceNameZ3 near miss: British "Guidance from the Insolvency Service can help with that" (a source): referral na', lines: one('what happens if my company goes bust', 'Guidance from the Insolvency Service can help with that, it is all on gov.uk/government/organisations/insolvency-service. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'serviceNameZ3 behaviour: British "The Pension Service can help you with that on 0800 731 0469" : referral passes', lines: one('how do i claim my state pension', 'The Pension Service can help you with that on 0800 731 0469. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- othersObjectZ3: a class of people that includes the patron in other words ----
  { name: 'othersObjectZ3 near miss: "Legal Aid can help tenants in your situation" (the patron): referral fails', lines: one('my landlord wants me out in a week', 'Maryland Legal Aid can help tenants in your situation, free of charge. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'othersObjectZ3 near miss: British "Citizens Advice can help tenants in your position" : referral fails', lines: one('my landlord has kept my whole deposit', 'Citizens Advice can help tenants in your position, and the deposit rules are at gov.uk/tenancy-deposit-protection. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'othersObjectZ3 near miss: "The SBDC can help small businesses like the one you are starting" : referral fails', lines: one('how do i write a business plan', 'The SBDC can help small businesses like the one you are starting. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'othersObjectZ3 behaviour: "The Area Agency on Aging can help seniors with all kinds of things" (in general): referral na', lines: one('what does the area agency on aging do', 'The Area Agency on Aging can help seniors with all kinds of things; the list of programs is at aging.maryland.gov/programs. Does that help?'), exp: some({ referral: 'na' }) },

  { name: 'othersObjectZ3 near miss: "Catholic Charities can help families in your circumstances" : referral fails', lines: one('we are behind on rent and have two kids', 'Catholic Charities can help families in your circumstances with a one-time grant. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- resourceSubjectEsZ3 / noPuedeZ3 ----
  { name: 'resourceSubjectEsZ3 near miss: "El enlace comunitario de la escuela le puede ayudar" (a liaison, a person): referral fails', lines: one('necesito inscribir a mi hijo en la escuela', 'El enlace comunitario de la escuela le puede ayudar con la inscripción. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'resourceSubjectEsZ3 near miss: "Con su formulario en mano, el consulado le puede ayudar" : referral fails', lines: one('necesito renovar mi pasaporte mexicano', 'Con su formulario en mano, el consulado le puede ayudar con la cita. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'resourceSubjectEsZ3 behaviour: "Este folleto del condado le puede informar" (a resource): referral na', lines: one('donde hay despensas de comida', 'Este folleto del condado le puede informar: montgomerycountymd.gov/despensas. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'noPuedeZ3 near miss: "Si no, la Oficina del Contralor le puede ayudar" : referral fails', lines: one('como busco dinero no reclamado', 'Busque su nombre en la lista; si no, la Oficina del Contralor le puede ayudar. La lista está en marylandtaxes.gov/unclaimed. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'noPuedeZ3 behaviour: "La biblioteca ya no le puede ayudar con eso" (denied): referral na', lines: one('pueden notarizar mi documento', 'Lo siento, la biblioteca ya no le puede ayudar con eso; la lista de notarios está en sos.maryland.gov/notary. ¿Le sirve?'), exp: some({ referral: 'na' }) },

  // ---- sourceTailZ4: the party's own page phrased like a source ----
  { name: 'sourceTailZ4 near miss: "Call the Tax Assessor; the office\'s forms list is at sdat.maryland.gov/forms" (points back): referral passes', lines: one('my property assessment looks way too high', "Call the county Tax Assessor about an appeal; the office's forms list is at sdat.maryland.gov/forms. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 near miss: British "Ring the council, the council\'s bin calendar is at leeds.gov.uk/bins" (points back): referral passes', lines: one('when do they collect the green bins', "Ring the council if yours was missed, the council's bin calendar is at leeds.gov.uk/bins. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 near miss: "Visit the clinic, the clinic\'s intake checklist is at chase-brexton.org/intake" (points back): referral passes', lines: one('where can i get a checkup without insurance', "Visit the sliding-scale clinic on Tuesdays, the clinic's intake checklist is at chase-brexton.org/intake. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 near miss: "contact DPSCS, the inmate locator is at dpscs.maryland.gov/inmate" (its own site): referral passes', lines: one('how do i find where my brother is held', 'Please contact DPSCS about visiting, the inmate locator is at dpscs.maryland.gov/inmate. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 near miss: "Contact the Copyright Office, the registration guide is at copyright.gov/registration" : referral passes', lines: one('how do i copyright my song', 'Contact the Copyright Office with questions, the registration guide is at copyright.gov/registration. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 near miss: "ask the Register of Wills; the estate forms are at registers.maryland.gov" : referral passes', lines: one('my mom died, how do i open her estate', 'I am so sorry. Please ask the Register of Wills in her county; the estate forms are at registers.maryland.gov. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 behaviour: "speak to your GP, the NHS medicines guide is at nhs.uk/medicines" : referral fails', lines: one('can i take ibuprofen with my blood pressure tablets', 'Please speak to your GP about that, the NHS medicines guide is at nhs.uk/medicines. Does that help?'), exp: some({ referral: 'fail' }) },

  { name: 'sourceTailZ4 near miss: "Contact the Tenant Advocate, the office\'s rights handbook is at dhcd.maryland.gov/renters" (points back): referral passes', lines: one('my landlord wont fix the heat', "Contact the Tenant Advocate about a complaint, the office's rights handbook is at dhcd.maryland.gov/renters. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 near miss: Spanish "Llame a la oficina de permisos; el formulario está en montgomerycountymd.gov/permisos" : referral passes', lines: one('necesito un permiso para mi cerca', 'Llame a la oficina de permisos del condado; el formulario está en montgomerycountymd.gov/permisos. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'sourceTailZ4 behaviour: "ask your public defender, the court\'s docket is on casesearch…" (another\'s): referral fails', lines: one('when is my next court date', "Please ask your public defender about it, the court's docket is on casesearch.courts.state.md.us. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'sourceTailZ4 behaviour: "talk to a tenant attorney, the People\'s Law Library\'s deposit guide is at peoples-law.org/deposits" : referral fails', lines: one('my landlord kept my deposit', "Please talk to a tenant attorney about suing, the People's Law Library's deposit guide is at peoples-law.org/deposits. Does that help?"), exp: some({ referral: 'fail' }) },

  // ---- sourceHeadZ4 ----
  { name: 'sourceHeadZ4 near miss: "The clinic\'s intake checklist is at chase-brexton.org/intake; the clinic can also tell you about fees" (points back): referral passes', lines: one('where can i get a checkup without insurance', "The clinic's intake checklist is at chase-brexton.org/intake; the clinic can also tell you about sliding-scale fees. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceHeadZ4 near miss: "The court\'s self-help guide is at mdcourts.gov/selfhelp; the court\'s Self-Help Center can tell you more" : referral passes', lines: one('how do i file for custody', "The court's self-help guide is at mdcourts.gov/selfhelp; the court's Self-Help Center can tell you more. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceHeadZ4 behaviour: "The bus map is at mta.maryland.gov/maps; your school counselor can tell you …" : referral fails', lines: one('how does my kid get to the magnet school', 'The bus map is at mta.maryland.gov/maps; your school counselor can tell you about the student pass. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- sourceSubjectZ4 ----
  { name: 'sourceSubjectZ4 near miss: "The mdcourts.gov directory lists every clerk\'s office. Call the District Court clerk\'s office …" : referral passes', lines: one('how do i get a copy of my small claims judgment', "The mdcourts.gov directory lists every District Court clerk's office. Call the District Court clerk's office in your county for a certified copy. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'sourceSubjectZ4 behaviour: "The findagrave.com index lists graves. Ask the cemetery office …" : referral fails', lines: one('where is my great uncle buried', 'The findagrave.com index lists graves in Green Mount Cemetery. Ask the cemetery office for the plot card. Does that help?'), exp: some({ referral: 'fail' }) },
];

describeSessions('thirty-third round, second wave (Z5): v34 Z3 and Z4 checked', checked);
