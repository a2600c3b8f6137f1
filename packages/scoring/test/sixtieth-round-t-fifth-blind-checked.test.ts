/**
 * Sixtieth round, fifth blind check of block T (rubric v54): T12 (mended), T13 (new) and T4/T6 (mended) tried both ways in cases
 * written by a helper who did not see the author's cases nor the earlier checks, each labelled from RUBRIC.md before it ran ("for":
 * the meant behaviour in new words; "against": near misses the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - T12: a URL is a way to reach the party when it is that party's own site (an SSA page for "your local Social Security office", a
 *   county records page for "your county's Vital Records office"); a URL of another organisation (a state portal, USPS) does not reach
 *   the patron's doctor, employer, union rep or landlord. A contact given in the next provider message reaches the party.
 * - T13: "To <purpose> call / email / visit <party>" tells the patron to contact the party, whatever the purpose clause holds ("they",
 *   "you", more than seven words, "2" for "to"); "To <purpose> contractors usually call …" and "… my colleague will call …" tell
 *   the patron nothing (others act, or staff act on the patron's behalf).
 * - T4/T6: "or stop by / come in person" names no second party; "the Tax Collector in person" does. A county recorder, an appraisal
 *   district and Head Start are organisations; "a head start" and their map or index pages are not parties.
 *
 * COUNTS. Written: 38 cases (22 for, 16 against), each labelled before it ran (labels copied aside before the first run). First run as
 * labelled: 25. Disagreeing: 13. Label corrections: 0. Final: 25 running, 13 LEFT (v53 scored on each LEFT case to tell "older" from
 * "T caused"; 3 T caused, 10 older):
 * - referral.contact, expected fail / got pass: "Pídala en línea en registro.example.gov, o pregunte en el consultorio de su pediatra." (older)
 * - referral.contact, expected pass / got fail: "Order it from records.example.gov/order, or ask your pediatrician's office." then "Dr. Patel's office line is 410-555-0134." (T caused)
 * - referral.contact, expected pass / got fail: "Apply online at ssa.example.gov, or visit your local Social Security office." (T caused)
 * - referral.contact, expected pass / got na: "2 renew ur tags call the MVA at 410-555-0100" (older)
 * - referral.contact, expected pass / got na: "To see if they still have openings call the YMCA at 410-555-0166." (older)
 * - referral.contact, expected fail / got na: "To find out what you owe call the Treasurer's Office." (older)
 * - referral.contact, expected fail / got na: "To replace a title that was lost in a move out of state call the MVA." (older)
 * - referral.contact, expected na / got fail: "To get a permit contractors usually call the Building Department." (older)
 * - referral.contact, expected na / got fail: "To be honest calling the clinic rarely gets anyone." (T caused)
 * - referral.contact, expected fail / got na: "Protest the value with the Bexar Appraisal District before May 15." (older)
 * - referral.contact, expected pass / got na: "You can enroll her through Tilden Head Start at 410-555-0177." (older)
 * - referral.contact, expected fail / got na: "File the satisfaction of mortgage with the Pima County Recorder." (older)
 * - referral.contact, expected fail / got pass: "Call the Clerk at 423-555-0190 or see the Tax Collector in person." (older)
 *
 * AFTER THE MENDS (by the author, checked by the suite and by the seventh blind check): the three T caused read as labelled and run
 * (T12 not when a later provider message gives a phone or an e-mail, nor when the address is the party's own site, "ssa…" for
 * "Social Security"; T13 not "To be honest …" nor before a verb in -ing), and so do three older (T13 reads "2 renew …", a "they" or
 * "you" inside the purpose clause, and up to ten words, and stops only at a subject that ends the clause). Final: 31 running, 7
 * LEFT (all older).
 * ON v55 (block U): "File the satisfaction of mortgage with the Pima County Recorder." (U4) reads as labelled and runs.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi there, Dana at Tilden County Library here.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'eastside' });
const HI_ES = 'Hola, le atiende Dana de la Biblioteca del Condado de Tilden.';
const es = nearMissLines(HI_ES, { branch: '¿En qué sucursal suele estar?', branchReply: 'la del este' });

/** The patron's `q`, the greeting with the branch question, the reply, the provider's `first`, then `second` 20 s later, thanks, bye. */
const twoMsgs = (q: string, first: string, second: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you use?`],
  [50, 'p', 'eastside'],
  [70, 'l', first],
  [90, 'l', second],
  [120, 'p', 'ok thanks'],
  [130, 'l', 'Thanks for chatting, bye!'],
];

export const t12: SessionCase[] = [
  // ---- T12 for
  c('T12 for: "Print it from vaccines.example.gov/portal, or u can ask ur kid\'s doctor\'s office for a copy." (no contact)', said('need my sons shot record for camp', 'Print it from vaccines.example.gov/portal, or u can ask ur kid\'s doctor\'s office for a copy.'), some({ referral: 'fail' })),
  c('T12 for: "Download the form at benefits.example.gov/w2 or ask your employer\'s payroll office." (no contact)', said('where do i get my W-2 from last year', 'Download the form at benefits.example.gov/w2 or ask your employer\'s payroll office.'), some({ referral: 'fail' })),
  c('T12 for: "Get the claim form online at forms.example.gov or just call your insurance company." ("just" after "or")', said('my basement flooded what form do i need', 'Get the claim form online at forms.example.gov or just call your insurance company.'), some({ referral: 'fail' })),
  c('T12 for: "Check your claim status at claims.example.gov, or reach out to your union rep." (another verb)', said('unemployment claim still pending', 'Check your claim status at claims.example.gov, or reach out to your union rep.'), some({ referral: 'fail' })),
  c('T12 for: "Pay it online at rent.example.com and ask your landlord for a receipt." ("and")', said('how do i pay rent online', 'Pay it online at rent.example.com and ask your landlord for a receipt.'), some({ referral: 'fail' })),
  c('T12 for: "Pídala en línea en registro.example.gov, o pregunte en el consultorio de su pediatra." (Spanish)', es.said('necesito la cartilla de vacunas de mi hija', 'Pídala en línea en registro.example.gov, o pregunte en el consultorio de su pediatra.'), some({ referral: 'fail' })),
  // ---- T12 against
  c('T12 against: "…, or ask your pediatrician\'s office." with the office\'s number in the next message', twoMsgs('need my sons shot record for camp', 'Order it from records.example.gov/order, or ask your pediatrician\'s office.', 'Dr. Patel\'s office line is 410-555-0134.'), some({ referral: 'pass' })),
  c('T12 against: "…, or ask your HR department. HR is at hr@example.com." (contact later in the message)', said('where do i get my W-2', 'Request it online at w2.example.gov, or ask your HR department. HR is at hr@example.com.'), some({ referral: 'pass' })),
  c('T12 against: "Apply online at ssa.example.gov, or visit your local Social Security office." (the URL is the party\'s own)', said('how do i replace my social security card', 'Apply online at ssa.example.gov, or visit your local Social Security office.'), some({ referral: 'pass' })),
  c('T12 against: "…, or ask your doctor\'s office (410-555-0123)." (the party\'s own contact)', said('need my sons shot record for camp', 'Print it from vaccines.example.gov/portal, or ask your doctor\'s office (410-555-0123).'), some({ referral: 'pass' })),
  c('T12 against: "Renew it online at mva.example.gov, or visit any MVA branch." (the agency itself)', said('how do i renew my tags', 'Renew it online at mva.example.gov, or visit any MVA branch.'), some({ referral: 'pass' })),
];

export const t13: SessionCase[] = [
  // ---- T13 for
  c('T13 for: "to get ur transcript sent over email the registrar at registrar@example.edu"', said('how do i get my college transcript', 'to get ur transcript sent over email the registrar at registrar@example.edu'), some({ referral: 'pass' })),
  c('T13 for: "To dispute the ticket contact the Parking Authority." (no contact)', said('i got a parking ticket i think is wrong', 'To dispute the ticket contact the Parking Authority.'), some({ referral: 'fail' })),
  c('T13 for: "in order to get the permit visit the Zoning Office" (no contact)', said('do i need a permit for a fence', 'in order to get the permit visit the Zoning Office'), some({ referral: 'fail' })),
  c('T13 for: "so to report a broken streetlight call Public Works at 410-555-0148"', said('the streetlight on my block is out', 'so to report a broken streetlight call Public Works at 410-555-0148'), some({ referral: 'pass' })),
  c('T13 for: "2 renew ur tags call the MVA at 410-555-0100" (chat-speak "2")', said('tags expire next week', '2 renew ur tags call the MVA at 410-555-0100'), some({ referral: 'pass' })),
  c('T13 for: "To see if they still have openings call the YMCA at 410-555-0166" ("they" inside the clause)', said('summer camp for my 8 year old', 'To see if they still have openings call the YMCA at 410-555-0166.'), some({ referral: 'pass' })),
  c('T13 for: "To find out what you owe call the Treasurer\'s Office." ("you" inside the clause, no contact)', said('i think i owe back property taxes', 'To find out what you owe call the Treasurer\'s Office.'), some({ referral: 'fail' })),
  c('T13 for: "To replace a title that was lost in a move out of state call the MVA." (a long clause, no contact)', said('lost my car title when we moved', 'To replace a title that was lost in a move out of state call the MVA.'), some({ referral: 'fail' })),
  c('T13 for: "To report it when it happens call GJPD non-emergency at 970-555-0150"', said('my neighbors set off fireworks every night', 'To report it when it happens call GJPD non-emergency at 970-555-0150.'), some({ referral: 'pass' })),
  c('T13 for: "To get help with the FAFSA stop by the Financial Aid Office." (no contact)', said('stuck on the fafsa', 'To get help with the FAFSA stop by the Financial Aid Office.'), some({ referral: 'fail' })),
  // ---- T13 against
  c('T13 against: "To get a permit contractors usually call the Building Department." (others act)', said('who pulls the permit for my new deck', 'To get a permit contractors usually call the Building Department.'), some({ referral: 'na' })),
  c('T13 against: "To double check my colleague will call the clerk\'s office tomorrow." (staff on the patron\'s behalf)', said('is the marriage license office open saturdays', 'The posted hours say no. To double check my colleague will call the clerk\'s office tomorrow.'), some({ referral: 'na' })),
  c('T13 against: "To be honest calling the clinic rarely gets anyone." (no instruction)', said('the clinic never answers', 'To be honest calling the clinic rarely gets anyone.'), some({ referral: 'na' })),
  c('T13 against: "To renew did you already call the DMV?" (a question about the past)', said('my license renewal never came', 'To renew did you already call the DMV?'), some({ referral: 'na' })),
  c('T13 against: "To be fair the clinic was swamped that week." (no verb of contact)', said('the clinic never called me back', 'To be fair the clinic was swamped that week.'), some({ referral: 'na' })),
  c('T13 against (older): "To renew, call the DMV." with the comma (no contact)', said('tags expire next week', 'To renew, call the DMV.'), some({ referral: 'fail' })),
];

export const t46: SessionCase[] = [
  // ---- T4/T6 for
  c('T4 for: "Email the Registrar at registrar@example.edu or stop by in person."', said('how do i change my major', 'Email the Registrar at registrar@example.edu or stop by in person.'), some({ referral: 'pass' })),
  c('T4 for: "Call the Assessor at 614-555-0133 or come in-person on weekdays."', said('my assessment looks wrong', 'Call the Assessor at 614-555-0133 or come in-person on weekdays.'), some({ referral: 'pass' })),
  c('T6 for: "Protest the value with the Bexar Appraisal District before May 15." (no contact)', said('my home value went way up', 'Protest the value with the Bexar Appraisal District before May 15.'), some({ referral: 'fail' })),
  c('T6 for: "You can enroll her through Tilden Head Start at 410-555-0177."', said('free preschool for my 3 yr old?', 'You can enroll her through Tilden Head Start at 410-555-0177.'), some({ referral: 'pass' })),
  c('T6 for: "File the satisfaction of mortgage with the Pima County Recorder." (no contact)', said('paid off my mortgage what now', 'File the satisfaction of mortgage with the Pima County Recorder.'), some({ referral: 'fail' })),
  c('T6 for: "ok then you record the lien release at the County Recorder\'s office" (no contact)', said('the lien on my house is paid', 'ok then you record the lien release at the County Recorder\'s office'), some({ referral: 'fail' })),
  // ---- T4/T6 against
  c('T4 against: "Call the Clerk at 423-555-0190 or see the Tax Collector in person." (a second party, no contact)', said('how do i pay my boat tax', 'Call the Clerk at 423-555-0190 or see the Tax Collector in person.'), some({ referral: 'fail' })),
  c('T6 against: "The appraisal district\'s map is at bcad.example.org." (a page)', said('where are the property lines', 'The appraisal district\'s map is at bcad.example.org.'), some({ referral: 'na' })),
  c('T6 against: "Reading together every night gives kids a head start." (no party)', said('books for my toddler', 'Reading together every night gives kids a head start. Try the list at tilden.example.org/babies.'), some({ referral: 'na' })),
  c('T6 against: "The county recorder\'s online index at recorder.example.gov has deeds back to 1850." (a page)', said('old deed for my farm', 'The county recorder\'s online index at recorder.example.gov has deeds back to 1850.'), some({ referral: 'na' })),
  c('T6 against: "Record the meeting with the Zoom record button." (no paper of land records)', said('how do i save my zoom class', 'Record the meeting with the Zoom record button; the steps are at tilden.example.org/zoom.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'T12 for: "Pídala en línea en registro.example.gov, o pregunte en el consultorio de su pediatra." (Spanish)':
    'referral.contact expected fail, got pass: the pediatrician\'s office is a party with no contact, the URL is the registry\'s; T12 reads English only and the URL is taken for the office (older: v53 the same)',
  'T13 for: "To replace a title that was lost in a move out of state call the MVA." (a long clause, no contact)':
    'referral.contact expected fail, got na: a purpose clause of eleven words; T13 reads seven at most and stops at "that" (older: v53 the same)',
  'T13 against: "To get a permit contractors usually call the Building Department." (others act)':
    'referral.contact expected na, got fail: the contractors call, the patron is told nothing; "contractors" is not in T13\'s or V9\'s list of other subjects (older: v53 fails it too, through V3\'s "to get")',
  'T6 for: "Protest the value with the Bexar Appraisal District before May 15." (no contact)':
    'referral.contact expected fail, got na: filing a protest with the district is contacting it; "protest … with" is no referring verb, T6 adds the party only (older: v53 the same)',
  'T6 for: "You can enroll her through Tilden Head Start at 410-555-0177."':
    'referral.contact expected pass, got na: enrolling through Head Start is contacting it; "enroll … through" is no referring verb (older: v53 the same)',
  'T4 against: "Call the Clerk at 423-555-0190 or see the Tax Collector in person." (a second party, no contact)':
    'referral.contact expected fail, got pass: the Tax Collector is a second party with no contact; the Clerk\'s number is taken for both (older: v53 the same, T4 does not cause it)',
};

describe('sixtieth round: block T checked blind a fifth time, both ways', () => {
  for (const [t, cs] of [['T12', t12], ['T13', t13], ['T4/T6', t46]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
