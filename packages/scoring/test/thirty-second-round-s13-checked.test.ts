/**
 * Thirty-second round, second wave (T2): the v33 changes of blocks S1 (food) and S3 (reentry) checked for false readings:
 * near misses that share a change's words or shape but are NOT its behaviour, and a few cases that ARE its behaviour in
 * new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a magazine, book or channel named "Bon Appétit" / "Buen Provecho" at the end of a list or after a colon is a title,
 *   not a parting wish; "take care of your father" as a step of advice inside an answer is advice, not a goodbye;
 * - "don't just show up at …" tells the patron NOT to visit; "did you show up at …?" asks about the past; "if you show up
 *   at the wrong branch, …" describes a consequence: none is a referral;
 * - asking the court for a public defender ("ask for a public defender at your hearing") requests an appointment, it
 *   tells the patron to contact no one; the public defender as a topic or a job is no party referred to;
 * - papers a case manager brings to the MVA for the patron, a hypothetical ("if you bring the wrong papers to the MVA")
 *   and a route ("take the Red Line to the MVA", as v11's bus) are no referral;
 * - a URL on a shared portal (nyc.gov, maryland.gov) that the clause after ";" gives to another party is that party's,
 *   not the referred party's, even when the portal's label is a word of the referred party's name;
 * - "ok so write down his number", "ok so visit hours are …", "ok so ask me if …" refer the patron to no one.
 * - "when you show up at the pantry, they ask the ID" describes the visit, it tells the patron nothing to do: no referral.
 * Written: 41 cases run (32 near misses, 9 of the changes' behaviour in new words) + 9 in LEFT. First run (37 cases): 15
 * failed; none was a wrong label of mine, 3 were older than v33 (v32 reads them the same: moved to LEFT, with 6 more written
 * later), 12 were v33 readings (each right in v32), narrowed:
 *  - S1 `farewell`, "bon appétit / buen provecho": after a comma, "and / y / so …" only with "!", never after a colon: not
 *    "…in Saveur, Food & Wine, and Bon Appétit.", "revistas Cocina Fácil y Buen Provecho.", "the same words: Bon appétit!",
 *    "on one YouTube channel: Bon Appétit." ("Bon appétit!", "ok, bon appetit!", "…, and bon appétit!" still read);
 *  - S1 `farewell`, "take care of your <family>": after a comma, colon, "and / so / now" only with "!": not "second, take
 *    care of your father.", "on the day of the interview, take care of your kids.", "…only, so take care of your family."
 *    ("Take care of your dad!", "You are welcome, take care of your father!", "Lovely, take good care of your mum!" read);
 *  - S1 `referralVerb`, "show / turn up at": "you" not after "if / when / once / did …": not "if you show up at the wrong
 *    branch, the hold will not be there", "when you show up at the pantry, they ask the ID";
 *  - S3 `referralParty`, "public defender": not after "for a / request / appointed / right to / entitled to": not "You can ask
 *    for a public defender at your bail hearing" (the object is read from "for", so "for a" alone);
 *  - S3 `referralVerb`, papers to the MVA: not after "if / when / once / unless … (you)": "If you bring the wrong papers to the
 *    MVA, they send you home"; a route is no ride to a party: "take the Red Line to the DMV stop" (line, route, exit, road,
 *    highway, Beltway, ferry … added to the v11 vehicles);
 *  - S3 `okLeadInS3`: not when the verb's word is a noun ("ok so visit hours at the facility are saturdays", "ok so contact
 *    details … aren't online");
 *  - S3 `partyDomainS3`, from a second batch: the clause after ";" naming the label itself before the URL ("the Texas
 *    Department of Criminal Justice lists reentry jobs at texas.gov/tdcj" after "the Texas Workforce Commission office"),
 *    and a host that is the label and its top-level domain alone ("maryland.gov/…", "nyc.gov/…") matched only by the
 *    party word or the word just before a bare "office / branch / center": not "any Maryland MVA office; the DOC's release
 *    checklist from the facility is at maryland.gov/dpscs", "any NYC HRA office; … nyc.gov/doc" ("any MVA office; …
 *    mva.maryland.gov", "any BMV branch; … bmv.in.gov", "any SSA office; … ssa.gov", "the Probation Service office; …
 *    probation.justice.gov.uk" still read).
 * The behaviour cases of both blocks' files still pass.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** The question, the greeting that asks the county, the reply, the `answer` at 70 s, the patron's "ok" and the `final` words. */
const ending = (q: string, answer: string, final: string): Line[] => [...OPEN(q), L(answer), [100, 'p', 'ok'], [110, 'l', final]];

export const checked: SessionCase[] = [
  // ---- S1 farewell: "Bon appétit!" / "¡Buen provecho!" standing alone ----
  { name: 'S1 farewell near miss: "You\'ll find it in Saveur, Food & Wine, and Bon Appétit." (a title in a list): courteous fails', lines: ending('where can i find a good shakshuka recipe', 'Our Flipster database at sample.org/flipster has the food magazines. You\'ll find shakshuka in Saveur, Food & Wine, and Bon Appétit.', 'Is that what you were looking for?'), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell near miss: "Her show always closed with the same words: Bon appétit!" (a quote): courteous fails', lines: ending('how did julia child end her tv show', 'The French Chef episodes are on our Kanopy at sample.org/kanopy. Her show always closed with the same words: Bon appétit!', 'Is that what you needed?'), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell near miss: Spanish "Busque en las revistas Cocina Fácil y Buen Provecho." (titles): courteous fails', lines: ending('busco recetas mexicanas faciles', 'Tenemos revistas de cocina en sample.org/revistas. Busque en las revistas Cocina Fácil y Buen Provecho.', '¿Es lo que buscaba?'), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell near miss: "The test kitchen videos are on one YouTube channel: Bon Appétit." (a channel): courteous fails', lines: ending('where are those test kitchen cooking videos', 'They are free to watch at youtube.com. The test kitchen videos are on one YouTube channel: Bon Appétit.', 'Does that help?'), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell behaviour: "Happy to help, and bon appétit!" as the last words: courteous passes', lines: ending('where can i find a good shakshuka recipe', 'Saveur has one at saveur.com/shakshuka. Is that what you were looking for?', 'Glad it worked out, and bon appétit!'), exp: some({ courteous: 'pass' }) },

  // ---- S1 farewell: "Take care of your father / mom / kids" ----
  { name: 'S1 farewell near miss: "The guide puts it in two steps: first, rest; second, take care of your father." (advice): courteous fails', lines: ending('how do i cook for my dad, he has diabetes now', 'The caregiver guide at sample.org/caregivers has a diabetic meal plan. The guide puts it in two steps: first, rest yourself; second, take care of your father.', 'Is that what you were looking for?'), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell near miss: "On the day of the interview, take care of your kids." (a task: arrange childcare): courteous fails', lines: ending('what happens at the snap interview', 'The interview steps are at mybenefits.maryland.gov/interview. Book a sitter ahead: on the day of the interview, take care of your kids.', 'Does that answer it?'), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell near miss: non-native "Pantry give food for 1 person only, so take care of your family." (advice): courteous fails', lines: ending('can i get food for my whole family at the pantry', 'The pantry list at mdfoodbank.org/find-food shows each one rules. Some pantry give food for 1 person only, so take care of your family.', 'Does that help?'), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell near miss: "Take care of your mom\'s SNAP renewal before the 15th." (a task): courteous fails', lines: ending('my moms snap card stopped working', 'Renewals are done at mybenefits.maryland.gov/renew.', "Take care of your mom's SNAP renewal before the 15th."), exp: some({ courteous: 'fail' }) },
  { name: 'S1 farewell behaviour: British "Take good care of your mum!" as the last words: courteous passes', lines: ending('meals for my mum after her op', 'The NHS recipe pages at nhs.uk/live-well/eat-well have soft meals. Is that what you were after?', 'Lovely, take good care of your mum!'), exp: some({ courteous: 'pass' }) },

  // ---- S1 referralVerb: "show up / turn up at" ----
  { name: 'S1 referralVerb near miss: "Please don\'t just show up at the Maryland Food Bank warehouse" (told not to): referral na', lines: one('can i get food at the maryland food bank', "Please don't just show up at the Maryland Food Bank warehouse; they don't give out food there. Find a pantry near you at mdfoodbank.org/find-food. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S1 referralVerb near miss: "Did you show up at the DSS office already?" (a question about the past): referral na', lines: one('my snap application is stuck', 'The status check is at mybenefits.maryland.gov/status. Did you show up at the DSS office already, or apply online?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S1 referralVerb near miss: "if you show up at the wrong branch, the hold won\'t be there" (a consequence): referral na', lines: one('where do i pick up my cookbook hold', 'Your pickup branch is shown in your account at sample.org/account; if you show up at the wrong branch, the hold will not be there. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S1 referralVerb near miss: chat-speak "once ur approved u show up at the top of the waitlist" (a list): referral na', lines: one('how long is the meals on wheels wait', 'once ur approved, you show up at the top of the waitlist in a few weeks, the details are at sample.gov/meals. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S1 referralVerb near miss: "and hundreds show up at the pantry on Fridays, so go early" (others): referral na', lines: one('is the free produce day busy', 'It gets busy, and hundreds of families show up at the pantry on Fridays; the schedule is at sample.org/produce. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S1 referralVerb near miss: non-native "When you show up at the pantry, they ask the ID" (a description of the visit): referral na', lines: one('what i need for the food pantry', 'The list of what to bring is at mdfoodbank.org/find-food; when you show up at the pantry, they ask the ID and one bill. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S1 referralVerb behaviour: "You could turn up at the Catholic Charities soup kitchen at 11" : referral fails (no contact)', lines: one('where can i get a hot lunch today', 'You could turn up at the Catholic Charities soup kitchen at 11, no ID needed. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- S3 referralParty: "public defender" ----
  { name: 'S3 public defender near miss: "To become a public defender you need a law degree" (a job): referral na', lines: one('how do i become a public defender', 'To become a public defender you need a law degree and to pass the bar; the job postings are at opd.state.md.us/careers. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 public defender near miss: "Gideon\'s Trumpet, about the case that created the right to a public defender" (a topic): referral na', lines: one('is there a book about gideon v wainwright', "Try Gideon's Trumpet by Anthony Lewis, about the case that created the right to a public defender; it is in our catalog at sample.org/catalog. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 public defender near miss: "I\'m sorry the public defender never called you back" (a past actor): referral na', lines: [...OPEN('the public defender never called me back about my expungement'), L("I'm sorry the public defender never called you back. The expungement forms are at mdcourts.gov/expungement. Does that help?"), ...BYE], exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 public defender near miss: "You can ask for a public defender at your bail hearing" (a request to the court): referral na', lines: one('i cant afford a lawyer for my hearing', 'You can ask for a public defender at your bail hearing; the judge appoints one if you qualify, and the rules are at mdcourts.gov/legalhelp. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 public defender near miss: "I checked with a public defender we work with" (the provider\'s own consult): referral na', lines: one('how long do i wait to expunge a probation before judgment', 'I checked with a public defender who volunteers at our law library: it is 3 years, and the statute is at mgaleg.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 public defender behaviour: chat-speak "talk 2 ur public defender about a sentence modification" : referral fails (no contact)', lines: one('can my sentence be shortened', 'talk to ur public defender about a sentence modification, they file those. does that help?'), exp: some({ referral: 'fail' }) },

  // ---- S3 referralVerb: papers taken / brought to the MVA ----
  { name: 'S3 MVA near miss: "Your case manager will bring the papers to the MVA for you" (another\'s errand): referral na', lines: one('how do i get an id after release', 'Your case manager will bring the papers to the MVA for you before release; the program is described at dpscs.maryland.gov/reentry. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 MVA near miss: "If you bring the wrong papers to the MVA, they send you home" (a hypothetical): referral na', lines: one('what papers do i need for a state id', 'The list is at mva.maryland.gov/id-documents. If you bring the wrong papers to the MVA, they send you home. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 MVA near miss: "Most people bring a utility bill to the MVA as proof of address" (a description): referral na', lines: one('what counts as proof of address', 'The accepted documents are listed at mva.maryland.gov/proof. Most people bring a utility bill to the MVA as proof of address. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 MVA near miss: "take the Red Line to the DMV" (a route, as v11\'s bus): referral na', lines: one('how do i get to the dmv from downtown', 'The transit planner is at metro.net/trip-planner: take the Red Line to the DMV stop, it is a short walk. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 MVA behaviour: "bring ur release letter and birth cert to the nearest BMV" : referral fails (no contact)', lines: one('how do i get an id in indiana after prison', 'bring ur release letter and birth cert to the nearest BMV, the id is free for the first time. does that help?'), exp: some({ referral: 'fail' }) },

  // ---- S3 partyDomainS3: a URL after ";" whose first label is a word of the party's name ----
  { name: 'S3 partyDomainS3 near miss: "Take your papers to any Maryland MVA office; the DOC\'s release checklist from the facility is at maryland.gov/dpscs" : referral fails', lines: one('how do i get my id back after prison', "Take your release papers to any Maryland MVA office; the DOC's release checklist from the facility is at maryland.gov/dpscs/release. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Visit any NYC HRA office with him; the DOC\'s discharge checklist from the facility is at nyc.gov/doc" : referral fails', lines: one('my son gets out of rikers next week, how does he get food stamps', "Visit any NYC HRA office with him; the DOC's discharge checklist from the facility is at nyc.gov/doc. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: chat-speak "take ur papers to any texas DPS office; the TDCJ checklist from the facility is at texas.gov/tdcj" : referral fails', lines: one('how do i get a texas id after tdcj', "take ur release papers to any texas DPS office; the TDCJ's id checklist from the facility is at texas.gov/tdcj. does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Visit the Texas Workforce Commission office; the Texas Department of Criminal Justice lists jobs at texas.gov/tdcj" : referral fails', lines: one('how do i find work after tdcj', "Visit the Texas Workforce Commission office near you; the Texas Department of Criminal Justice lists reentry jobs at texas.gov/tdcj. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 behaviour: British "Ring the Probation Service office; the court\'s guidance is at probation.justice.gov.uk" (the party\'s own site): passes', lines: one('how do i contact my probation officer', "Ring the Probation Service office in Leeds; the court's guidance for people on licence is at probation.justice.gov.uk. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'S3 partyDomainS3 behaviour: "Take your papers to any BMV branch; the fee is waived for recent releases: bmv.in.gov/id" : referral passes', lines: one('how do i get an id after prison in indiana', "Take your release papers to any BMV branch; the fee is waived if you were released from an IDOC facility: bmv.in.gov/id. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'S3 partyDomainS3 behaviour: "Visit any SSA office; the card is free after release from a facility: ssa.gov/reentry" : referral passes', lines: one('how do i replace my social security card after prison', 'Visit any SSA office with your release papers; the card is free if you were released from a facility: ssa.gov/reentry. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- S3 okLeadInS3: "ok so" before the imperative ----
  { name: 'S3 okLeadInS3 near miss: "ok so write down his SID number first" (no party): referral na', lines: one('how do i find my son in the system', 'ok so write down his SID number first, the locator at dpscs.maryland.gov/inmate needs it. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 okLeadInS3 near miss: "ok so visit hours at the facility are Saturdays" (a noun): referral na', lines: one('when can i see my brother at jessup', 'ok so visit hours at the facility are saturdays 9 to 3, the rules are at dpscs.maryland.gov/visiting. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 okLeadInS3 near miss: "okay, just ask me if the locator page fails" (the provider herself): referral na', lines: one('how do i find my son in the system', 'okay, just ask me if the locator page fails, it is at dpscs.maryland.gov/inmate. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 okLeadInS3 near miss: "ok so check the inmate locator at dpscs.maryland.gov/inmate" (a source): referral na', lines: one('how do i find my son in the system', 'ok so check the inmate locator at dpscs.maryland.gov/inmate, search by his last name. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 okLeadInS3 near miss: British "ok so contact details for the prison aren\'t online, sorry" (a noun): referral na', lines: one('how do i ring hmp leeds', "ok so contact details for the prison aren't online, sorry, but the visits page is at gov.uk/guidance/leeds-prison. does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'S3 okLeadInS3 behaviour: "alright, pls ask ur parole agent about the curfew" : referral fails (no contact)', lines: one('can i go to my cousins wedding out of state on parole', 'alright, pls ask ur parole agent about the travel permit first. does that help?'), exp: some({ referral: 'fail' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer gets wrong for reasons older than v33 (not run): a URL after ";" that the
 * clause gives to a party the scorer does not read as another party (a records unit, a governor's office guide, a prison
 * board) is still taken as the referred party's contact by v18's reading (v32 passes them too).
 */
export const LEFT: SessionCase[] = [
  { name: 'S3 partyDomainS3 near miss: "Go to the NYC probation office; the Department of Correction\'s visiting page is at nyc.gov/doc" : referral fails', lines: one('how do i get my probation moved to new york', "Go to the NYC Department of Probation office in person; the Department of Correction's visiting page is at nyc.gov/doc. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Call Maryland Legal Aid; the Governor\'s Office of Crime Prevention has a guide at maryland.gov/reentry" : referral fails', lines: one('who helps with expungement for free', "Call Maryland Legal Aid about the petition; the Governor's Office of Crime Prevention has a reentry guide at maryland.gov/reentry. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Go to the NYC probation office; the facility\'s visiting rules for Rikers are at nyc.gov/doc" : referral fails', lines: one('my brother is on rikers and i am on probation, can i visit', "Go to the NYC Department of Probation office first; the facility's visiting rules for Rikers are at nyc.gov/doc. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Ask the Maryland reentry center; the facility\'s visiting rules are at maryland.gov/dpscs" : referral fails', lines: one('where do i get help when my husband comes home', "Ask the Maryland Reentry Center in Baltimore; the facility's own release rules are at maryland.gov/dpscs. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: Spanish-English "Visite la Texas Workforce office; the facility\'s job list is at texas.gov/tdcj" : referral fails', lines: one('busco trabajo despues de salir de tdcj', "Please visit the Texas Workforce office near you; the facility's reentry job list is at texas.gov/tdcj. ¿Le sirve?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: chat-speak "ask the county clerk\'s office; the county jail\'s inmate list is at county.sample.gov/jail" : referral fails', lines: one('how do i get a copy of my court papers', "ask the county clerk's office for them; the county jail's inmate list is at county.sample.gov/jail tho. does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Go to the NYC probation office; the NYPD\'s records unit is at nyc.gov/nypd" (a shared portal, another party): referral fails', lines: one('how do i get my arrest record in new york', "Go to the NYC Department of Probation office in person; the NYPD's records unit takes requests at nyc.gov/nypd. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Call Maryland Legal Aid; the governor\'s office has a reentry guide at maryland.gov/reentry" : referral fails', lines: one('who helps with expungement for free', "Call Maryland Legal Aid about the petition; the governor's office has a reentry guide at maryland.gov/reentry. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'S3 partyDomainS3 near miss: "Visit the Texas Workforce Commission office; the prison board\'s job list is at texas.gov/tdcj" : referral fails', lines: one('how do i find work after tdcj', "Visit the Texas Workforce Commission office near you; the prison board's reentry job list is at texas.gov/tdcj. Does that help?"), exp: some({ referral: 'fail' }) },
];

describeSessions('thirty-second round, second wave (T2): the S1 and S3 changes checked', checked);

describeLeft('thirty-second-round-s13-checked', LEFT);
