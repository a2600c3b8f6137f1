/**
 * Fifty-seventh round, second blind check of block R (rubric v52): R10, R12 to R16, R18 and R19 tried both ways in cases written
 * without seeing the author's, each labelled from RUBRIC.md (Terms, Referral; referral.contact) before it ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A party the patron is told to call, write to, send papers to, file with, apply at, report to or visit is referred to
 *   (RUBRIC Terms, Referral); "worth asking / calling <party>" tells the patron to contact it; "isn't worth calling" does not.
 * - A way to reach is an e-mail, a phone number, a postal address (a house number and a street) or a URL typed in the chat; "the
 *   number on your card", "the office on Clark Street" are not.
 * - A party's website, code, map, app or a form at a URL is a source, not a referral (na); a thing that comes by mail from an
 *   agency, an instruction given to others, narration ("neighbours report …") and "once you file …" tell the patron to contact
 *   no one (na).
 * - A colleague the chat is being transferred to in the next sentence is the transfer's (na); a colleague the patron is told to
 *   call, when the chat goes to someone else, is a referral.
 *
 * COUNTS. Written: 46 cases, each labelled from RUBRIC.md before it ran: 41 in the first batch (labels copied aside to
 * /tmp/r-second-blind-labels.ts before the first run), 5 more in a second batch (R10 Spanish, R13 chat-speak, R15 "def worth",
 * R18 "shipped by mail", R19 "Transferring you now!", copied aside to /tmp/r-second-blind-labels-batch2.ts before they ran).
 * First run as labelled: 35 of 41, then 3 of the 5 added: 38 of 46. Disagreeing: 8. Label corrections: 0 (each disagreement
 * re-read against RUBRIC Terms, Referral and referral.contact, and each kept). Final: 38 running, 8 LEFT:
 * - referral.contact fail/pass: "The state open records guide is at … Submit an open records request to the borough.": R caused.
 * - referral.contact fail/na: "Llame a su aseguradora cuanto antes.": older.
 * - referral.contact fail/na: "The county urges residents to report price gouging to the Office of Consumer Affairs.": older.
 * - referral.contact fail/na: "you two can apply together at the clerk's office": older.
 * - referral.contact pass/na: "def worth contacting the Bar Association's referral line at 410-555-0177": older.
 * - referral.contact pass/na: "… with the Harford County Clerk: request one by mail, or go in person to 20 W. Courtland St., Bel Air.": older.
 * - referral.contact fail/na: "Request them by mail from the Division of Vital Records.": older.
 * - referral.contact fail/na: "My colleague Sam at the county law library …, so call him. I'm transferring you to Rosa for the rest.": R caused.
 *
 * AFTER THE MENDS (the author's, labels unchanged): 2 of the 8 LEFT run. Mended: R19 only when the transfer goes to the colleague
 * (to no one named, "to him / her / them", "to the / our …" or the colleague's name; the R caused "… so call him. I'm transferring
 * you to Rosa" is a referral again), R10 "su aseguradora". 6 stay LEFT: 5 older and the R caused "The state open records guide is
 * at <URL>. Submit an open records request to the borough.": R10 makes the borough a party, and the older reading takes the URL of
 * the sentence before as its way to reach it, as it does for "the county clerk" (not R's reading). 40 running, 6 LEFT.
 * ON v53 (block S): "… report price gouging to Consumer Affairs." (S5), "you two can apply together at the clerk's office" (S6),
 * "def worth contacting the Bar Association's referral line at …" (S7) and "Request them by mail from the Division of Vital Records."
 * (S8) read as labelled and run: 44 running, 2 LEFT.
 * ON v58 (block X): R16's "… or go in person to 20 W. Courtland St., Bel Air." keeps its address (X1); it runs; 1 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, ROSA, some, type SessionCase, xferToRosa } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Marisol here at Ask Us, Elkton Public Library.';
const { said } = nearMissLines(HI);

/** A transfer session: the patron's `q`, a clarifying question, the provider's `notice` (visible), a note why, the transfer, Rosa. */
const handed = (q: string, notice: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Is this for a case that is already open?`],
  [50, 'p', 'not yet'],
  [56, 'l', notice],
  [59, 'i', 'pt needs help beyond what I can give, handing over'],
  xferToRosa(62),
  [100, 'l', 'Hi, Rosa here, I can take it from here.', ROSA],
];

export const r10: SessionCase[] = [
  // ---- R10 for: the village, township, borough, MVD, insurer, consultants as the party
  c('R10 for: "Submit an open records request to the borough." (no contact)', said('how do i get police reports for my street', 'The state open records guide is at openrecords.example.gov. Submit an open records request to the borough.'), some({ referral: 'fail' })),
  c('R10 for: "call ur insurer first" (the number on the card is no contact)', said('tree fell on my car', 'call ur insurer first, the number is on your card'), some({ referral: 'fail' })),
  c('R10 for: "Contact the township at 610-555-0123 about the permit."', said('do i need a permit for a shed', 'Contact the township at 610-555-0123 about the permit.'), some({ referral: 'pass' })),
  c('R10 for: "Talk to the MVD, 505-555-0190."', said('lost my new mexico title', 'Talk to the MVD, 505-555-0190, they can reissue it.'), some({ referral: 'pass' })),
  c('R10 for: "email their consultants: help@…"', said('small business export help', 'The program overview is at sbdc.example.org/export. For one-on-one advice email their consultants: help@sbdc.example.org'), some({ referral: 'pass' })),
  c('R10 for: "Write to your insurer before the deadline." (no contact)', said('insurance denied my claim', 'The appeal rules are at insurance.example.gov/appeals. Write to your insurer before the deadline.'), some({ referral: 'fail' })),
  // ---- R10 against: their pages, codes, maps, apps
  c('R10 against: "Visit the village website at …" (a source)', said('when is leaf pickup', 'Visit the village website at village.example.gov/leaves for the schedule.'), some({ referral: 'na' })),
  c('R10 against: "The township\'s zoning map is at …"', said('what zone is my lot', "The township's zoning map is at township.example.gov/zoning."), some({ referral: 'na' })),
  c('R10 against: "Use your insurer\'s app to upload the photos."', said('how do i send photos of the damage', "Use your insurer's app to upload the photos; tips are at insurance.example.gov/claims."), some({ referral: 'na' })),
  // (second batch, labelled before it ran)
  c('R10 for: "Llame a su aseguradora cuanto antes." (Spanish, no contact)', said('se inundó mi sótano', 'Llame a su aseguradora cuanto antes.'), some({ referral: 'fail' })),
  c('R10 against: "If your insurer denies it, …" (no instruction)', said('what if my claim is denied', 'If your insurer denies it, the appeal steps are explained at insurance.example.gov/appeals.'), some({ referral: 'na' })),
];

export const r12r13: SessionCase[] = [
  // ---- R12 for: an agency's instruction to everyone relayed; "report <plural> to <party>"
  c('R12 for: "The AG wants consumers to report scam calls to its hotline at 1-800-…"', said('got a scam call about my car warranty', 'The state Attorney General wants consumers to report scam calls to its hotline at 1-800-555-0134.'), some({ referral: 'pass' })),
  c('R12 for: "Baltimore County encourages tenants to call the Office of Housing (410-…)"', said('my landlord wont fix the heat', 'Baltimore County encourages tenants to call the Office of Housing (410-555-0160) before withholding rent.'), some({ referral: 'pass' })),
  c('R12 for: "The county urges residents to report price gouging to Consumer Affairs." (no contact)', said('gas station charging crazy prices after storm', 'The county urges residents to report price gouging to the Office of Consumer Affairs.'), some({ referral: 'fail' })),
  c('R12 for: "Report stray dogs to Animal Control at 301-555-0145."', said('theres a dog loose on my street', 'Report stray dogs to Animal Control at 301-555-0145.'), some({ referral: 'pass' })),
  c('R12 for: "report potholes to the public works dept" (no contact)', said('huge pothole on my road', 'the repair schedule is at elkton.example.gov/roads. report potholes to the public works dept'), some({ referral: 'fail' })),
  // ---- R12 against
  c('R12 against: "The county asks people to use the online form at …" (a source)', said('how do i report a broken streetlight', 'The county asks people to use the online form at county.example.gov/streetlights.'), some({ referral: 'na' })),
  c('R12 against: "Neighbors report potholes to the city all the time" (narration)', said('do potholes ever get fixed', 'Neighbors report potholes to the city all the time, and repairs are logged at elkton.example.gov/roads.'), some({ referral: 'na' })),
  c('R12 against: "The clerk asked residents to be patient during the move."', said('why is the clerk website down', 'The clerk asked residents to be patient during the move; updates are at elkton.example.gov/clerk.'), some({ referral: 'na' })),
  // ---- R13 for: a numbered form filed with or sent to a party; the apostille from the Secretary of State
  c('R13 for: "Mail Form SS-5, Application for a Social Security Card, to your local Social Security office." (no contact)', said('replace my sons social security card', 'The form is at ssa.example.gov/ss5. Mail Form SS-5, Application for a Social Security Card, to your local Social Security office.'), some({ referral: 'fail' })),
  c('R13 for: "Submit form DS-11 to a passport acceptance facility." (no contact)', said('first passport for my daughter', 'The DS-11 is at travel.example.gov/ds11. Submit form DS-11 to a passport acceptance facility with her birth certificate.'), some({ referral: 'fail' })),
  c('R13 for: "Get the apostille from the Maryland Secretary of State, 410-555-0183."', said('need my diploma certified for spain', 'Get the apostille from the Maryland Secretary of State, 410-555-0183.'), some({ referral: 'pass' })),
  c('R13 for: "send ur form I-90 to uscis, the address is on the form" (no contact)', said('green card expired', 'send ur form I-90 to uscis, the address is on the form'), some({ referral: 'fail' })),
  // ---- R13 against
  c('R13 against: "Form N-565, Application for Replacement …, is at …" (a form, a source)', said('lost my naturalization certificate', 'Form N-565, Application for Replacement Naturalization/Citizenship Document, is at uscis.example.gov/n-565.'), some({ referral: 'na' })),
  c('R13 against: "Once you file Form 1040-X with the IRS, processing takes …"', said('how long does an amended return take', 'Once you file Form 1040-X with the IRS, processing takes about 16 weeks; status is at irs.example.gov/wmar.'), some({ referral: 'na' })),
];

export const r14r16: SessionCase[] = [
  // ---- R14 for
  c('R14 for: "Apply jointly at the county marriage license office, 129 E. Main St, Elkton, MD 21921."', said('how do we get a marriage license', 'Apply jointly at the county marriage license office, 129 E. Main St, Elkton, MD 21921.'), some({ referral: 'pass' })),
  c('R14 for: "you two can apply together at the clerk\'s office" (no contact)', said('marriage license cecil county', 'the requirements are at cecil.example.gov/marriage. you two can apply together at the clerk\'s office'), some({ referral: 'fail' })),
  c('R14 for: "apply thru the state Talking Book library, 1-800-555-0199"', said('my dad cant read print anymore', 'apply thru the state Talking Book library, 1-800-555-0199'), some({ referral: 'pass' })),
  // ---- R14 against
  c('R14 against: "Apply thru the website: …" (a source)', said('audio books for low vision', 'Apply thru the website: talkingbooks.example.gov/apply.'), some({ referral: 'na' })),
  // ---- R15 for
  c('R15 for: "worth asking ur landlord too" (no contact)', said('can i paint my apartment', 'The lease rules are explained at tenants.example.org/lease. worth asking ur landlord too'), some({ referral: 'fail' })),
  c('R15 for: "…, but worth emailing the registrar: registrar@…"', said('can i get my transcript from 1985', 'The online request is for recent years only, but worth emailing the registrar: registrar@college.example.edu'), some({ referral: 'pass' })),
  c('R15 for: "def worth contacting the Bar Association\'s referral line at 410-555-0177"', said('need a lawyer for a will', "def worth contacting the Bar Association's referral line at 410-555-0177"), some({ referral: 'pass' })),
  // ---- R15 against, and the older readings beside it
  c('R15 against: "worth checking the FAQ at …" (a source)', said('how do i renew ebooks', 'worth checking the FAQ at elktonlib.example.org/ebooks first'), some({ referral: 'na' })),
  c('R15 against: "It isn\'t worth calling the hardware store" (told not to)', said('does anyone sell old radiator keys', "It isn't worth calling the hardware store, they stopped carrying them; radiator keys are sold at parts.example.com."), some({ referral: 'na' })),
  c('R15 older: "Probably worth a call to the county extension office." (no contact)', said('whats wrong with my tomato plants', 'Photos of tomato diseases are at extension.example.edu/tomato. Probably worth a call to the county extension office.'), some({ referral: 'fail' })),
  // ---- R16 for
  c('R16 for: "… are with the Harford County Clerk: … or go in person to 20 W. Courtland St., Bel Air."', said('copy of my marriage record', 'Marriage records are with the Harford County Clerk: request one by mail, or go in person to 20 W. Courtland St., Bel Air.'), some({ referral: 'pass' })),
  // ---- R16 against
  c('R16 against: "Go in person to the clerk\'s office on Clark Street." (no number)', said('copy of my marriage record', 'The request form is at cookclerk.example.gov. Go in person to the clerk\'s office on Clark Street.'), some({ referral: 'fail' })),
];

export const r18r19: SessionCase[] = [
  // ---- R18 for: a thing that comes by mail is no referral
  c('R18 for: "Large print books come by mail through the state talking book program"', said('large print books for my grandma', 'Large print books come by mail through the state talking book program, postage free. The list is at talkingbooks.example.gov/lp.'), some({ referral: 'na' })),
  c('R18 for: "Refund checks arrive by mail from the Comptroller"', said('when does my tax refund come', 'Refund checks arrive by mail from the Comptroller in about three weeks; status is at comptroller.example.gov/refund.'), some({ referral: 'na' })),
  c('R18 for: "Replacement cards are shipped by mail from the MVA"', said('when does my new license come', 'Replacement cards are shipped by mail from the MVA within 15 days; tracking is at mva.example.gov/status.'), some({ referral: 'na' })),
  // ---- R18 against: still a referral
  c('R18 against: "Renew by phone at the passport agency, 1-877-555-0148."', said('passport expiring next week', 'Renew by phone at the passport agency, 1-877-555-0148.'), some({ referral: 'pass' })),
  c('R18 against: "Request them by mail from the Division of Vital Records." (no contact)', said('old death certificate for my greatgrandpa', 'The fees are listed at health.example.gov/vital. Request them by mail from the Division of Vital Records.'), some({ referral: 'fail' })),
  // ---- R19 for: the transfer's colleague
  c('R19 for: "My coworker Rosa at the Law Library knows this best. I\'m transferring you to her now."', handed('i need help suing my landlord in small claims', "My coworker Rosa at the Law Library knows this best. I'm transferring you to her now."), some({ referral: 'na' })),
  c('R19 for: "Our colleague Rosa at the Talking Book Center can help best. Transferring you now!"', handed('audiobooks for my blind uncle', 'Our colleague Rosa at the Talking Book Center can help best. Transferring you now!'), some({ referral: 'na' })),
  // ---- R19 against: no transfer, or a colleague who is not the transfer's
  c('R19 against: "My colleague at the county law library can answer this best." (no transfer, no contact)', said('how do i file in small claims', 'The court forms are at courts.example.gov/smallclaims. My colleague at the county law library can answer this best.'), some({ referral: 'fail' })),
  c('R19 against: "… colleague Sam at the law library …, so call him. I\'m transferring you to Rosa …" (no contact)', handed('landlord kept my deposit and i need the lease law', "My colleague Sam at the county law library handles the lease part, so call him. I'm transferring you to Rosa for the rest."), some({ referral: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'R10 for: "Submit an open records request to the borough." (no contact)':
    'referral.contact, expected fail, got pass: "The state open records guide is at openrecords.example.gov. Submit an open records request to the borough." The state guide\'s URL belongs to the sentence before and is no way to reach the borough. R caused (v51: na, the borough no party): R10 makes the borough a party, and the older reading of "submit a … request to" then takes the URL of the sentence before as its contact (v51 does the same with "the county clerk").',
};

describe('fifty-seventh round: block R, second blind check', () => {
  for (const [t, cs] of [['R10', r10], ['R12, R13', r12r13], ['R14 to R16', r14r16], ['R18, R19', r18r19]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
