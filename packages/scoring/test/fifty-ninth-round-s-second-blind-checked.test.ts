/**
 * Fifty-ninth round, second blind check of block S (rubric v53): S5, S6, S7, S8, S10/S18, S13, S17 and S19 tried both ways in
 * wording of my own, each case labelled from RUBRIC.md (Terms, Referral; referral.contact) before it ran. Only referral.contact is
 * checked: "for" cases say the meant behaviour in other words (other verbs, parties, orders, typos, chat-speak), "against" cases are
 * near misses the block must not read and older readings it must not break.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A court, a housing authority, a state board, an agency named by acronym, a school's counselor and the marketplace's assisters are
 *   parties (RUBRIC Terms, Referral: "another agency … office … or a named specialist") when the patron is told to contact, write to,
 *   give papers to or visit them.
 * - "take <someone> to court" is a lawsuit against that someone, not a visit to the court to be reached (the brief's and the author's
 *   reading); a rule that "applies to" renters, "report back to us", "report to work", "apply to the jobs …" on a job board and
 *   "worth noting" name no one to contact.
 * - The provider's own "I requested it from …" and "I'll send the IRS form to you" tell the patron to contact no one.
 * - "Don't email the IRS your number" tells the patron not to contact: no referral.
 *
 * COUNTS. Written: 41 cases (24 for, 17 against), each labelled before it ran (labels kept aside in
 * /tmp/fifty-ninth-round-s-second-blind-checked-labels.ts). First run as labelled: 32. Disagreeing: 9. Label corrections: 0. Final:
 * 32 running, 9 LEFT:
 * - S6 for, referral pass/na: "Both of you need to sign in person at the Recorder's Office, 12 Elm St." (older)
 * - S6 for, referral fail/na: "y'all should call the Tenants Union first." (older)
 * - S8 for, referral fail/na: "Request the transcript directly from your old high school." (older)
 * - S10 for, referral fail/na: "Then hand the signed title to ADOT MVD." (older)
 * - S18 for, referral fail/na: "Mail the IRS a copy of the notice with your reply." (older)
 * - S13 for, referral pass/na: "Take the notice & your rent receipts & photos of the mold to the Housing Court, 111 Centre St." (older)
 * - S13 for, referral fail/na: "Bring the lease, your bank statements, the texts from your landlord and the repair photos to the
 *   courthouse." (older)
 * - S17 against, referral na/pass: "Apply to the jobs you like on the state job board, jobs.example.gov." (S caused)
 * - S19 for, referral fail/na: "Make an appt with an enrollment assister, they're free." (older)
 * AFTER THE MENDS (the author's, labels unchanged): 6 of the 9 LEFT run. Mended: S17 not "apply to the jobs / programs / schools
 * …" (the S caused); S6 "y'all" (the lead-in test had looked for "you" first); S8 "the transcript"; S10 "hand … to"; S18 "Mail the IRS
 * a copy" (with the article; not after "don't"); S19 "appt". 3 stay LEFT, older: "Both of you need to sign in person at …" (no
 * verb "sign … at"), "Take the notice & … & photos of the mold to the Housing Court, …" (the court beyond the 70 characters an object
 * is read in), "Bring the lease, your bank statements, … to the courthouse" (a list with commas). 38 running, 3 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Sam here, a librarian with Ridgeview Public Library.';
const { said } = nearMissLines(HI);

export const reportTo: SessionCase[] = [
  // ---- S5 for
  c('S5 for: "You can report the mold to the county health department at 410-555-0142."', said('my apartment has black mold and the landlord ignores me', 'Renters have rights here. You can report the mold to the county health department at 410-555-0142.'), some({ referral: 'pass' })),
  c('S5 for: "Report the wage theft to the state Labor Commissioner." (no contact)', said('boss didnt pay my overtime', 'Unpaid overtime is wage theft. Report the wage theft to the state Labor Commissioner.'), some({ referral: 'fail' })),
  c('S5 for: "pls report the elder neglect to Adult Protective Services, 1-800-555-0199"', said('my neighbor is 90 and nobody checks on her', 'That sounds worrying. pls report the elder neglect to Adult Protective Services, 1-800-555-0199'), some({ referral: 'pass' })),
  c('S5 for: "Report illegal dumping to Public Works." (no contact)', said('someone keeps dumping tires in the alley', 'The city fines for that. Report illegal dumping to Public Works.'), some({ referral: 'fail' })),
  // ---- S5 against
  c('S5 against: "Please report back to us if the link is broken."', said('where are the tax forms', 'The state forms are at tax.example.gov/forms. Please report back to us if the link is broken.'), some({ referral: 'na' })),
  c('S5 against: "Your landlord must report the mold to you in writing."', said('do landlords have to tell tenants about mold', 'The disclosure law is summarized at tenantlaw.example.org/mold. Your landlord must report the mold to you in writing.'), some({ referral: 'na' })),
  c('S5 against: "Report your income to the nearest dollar on line 7."', said('do i put the cents on my tax form', 'Rounding is fine. Report your income to the nearest dollar on line 7. The instructions are at tax.example.gov/1040.'), some({ referral: 'na' })),
];

export const youTwo: SessionCase[] = [
  // ---- S6 for
  c('S6 for: "Both of you need to sign in person at the Recorder\'s Office, 12 Elm St."', said('adding my wife to our house deed', "Both of you need to sign in person at the Recorder's Office, 12 Elm St."), some({ referral: 'pass' })),
  c('S6 for: "y\'all should call the Tenants Union first." (no contact)', said('our whole building got rent increase notices', "That's a lot at once. y'all should call the Tenants Union first."), some({ referral: 'fail' })),
  c('S6 for: "The two of you can stop by the Legal Aid office on Tuesdays." (no contact)', said('me and my husband need help with a will', 'The two of you can stop by the Legal Aid office on Tuesdays, no appointment needed.'), some({ referral: 'fail' })),
  // ---- S6 against
  c('S6 against: "You two were at the clerk\'s office last week" (a statement about them)', said('what do we do after getting the marriage license', "You two were at the clerk's office last week, so that part is done. The next steps are listed at clerk.example.gov/after."), some({ referral: 'na' })),
  c('S6 against: "Both of you are listed as owners in the assessor\'s records."', said('is my brother on the title too', "Both of you are listed as owners in the assessor's records. The parcel record is at assessor.example.gov/parcel."), some({ referral: 'na' })),
  c('S6 against: "Y\'all can watch the council meeting online at …" (a page to use)', said('can we see the council meeting from home', "Y'all can watch the council meeting online at citycouncil.example.gov/live."), some({ referral: 'na' })),
];

export const worth: SessionCase[] = [
  // ---- S7 for
  c('S7 for: "def worth calling the county extension office about the soil test" (no contact)', said('my tomatoes keep dying', 'Blight is common this year. def worth calling the county extension office about the soil test.'), some({ referral: 'fail' })),
  c('S7 for: "Definitely worth a call to the Small Business Development Center, 330-555-0177."', said('starting a food truck', 'Permits vary by town. Definitely worth a call to the Small Business Development Center, 330-555-0177.'), some({ referral: 'pass' })),
  c('S7 for: "defo worth asking the school counselor too" (no contact)', said('scholarships for my daughter', 'Local scholarships often aren\'t online. defo worth asking the school counselor too.'), some({ referral: 'fail' })),
  // ---- S7 against
  c('S7 against: "It\'s worth noting that the Better Business Bureau gives them an A+."', said('is this roofer legit', "It's worth noting that the Better Business Bureau gives them an A+. Ratings are listed at bbb.example.org."), some({ referral: 'na' })),
  c('S7 against: "It\'s not worth calling the utility about a $2 difference."', said('my bill is 2 dollars higher', "It's not worth calling the utility about a $2 difference. Rate changes are explained at power.example.com/rates."), some({ referral: 'na' })),
  c('S7 against: "def worth reading the tenant handbook first" (a publication)', said('first apartment, what should i know', 'def worth reading the tenant handbook first. It is free at tenants.example.org/handbook.'), some({ referral: 'na' })),
];

export const requestFrom: SessionCase[] = [
  // ---- S8 for
  c('S8 for: "Request it by phone from the county Recorder\'s Office, 304-555-0123."', said('copy of my house deed', "Deeds are public. Request it by phone from the county Recorder's Office, 304-555-0123."), some({ referral: 'pass' })),
  c('S8 for: "You can request one online from the Department of Health." (no contact)', said('need my sons birth certificate', 'Birth certificates take about two weeks. You can request one online from the Department of Health.'), some({ referral: 'fail' })),
  c('S8 for: "Request the transcript directly from your old high school." (no contact)', said('need my high school transcript for college', 'Colleges want an official copy. Request the transcript directly from your old high school.'), some({ referral: 'fail' })),
  // ---- S8 against
  c('S8 against: "I requested it by mail from the State Archives last week" (the provider\'s own)', said('old photo of the courthouse', 'I requested it by mail from the State Archives last week, and it came today. The scan is at ridgeviewlib.example.org/courthouse.'), some({ referral: 'na' })),
];

export const acronyms: SessionCase[] = [
  // ---- S10, S18 for
  c('S10 for: "give a copy of the letter to SSA at your next appointment" (no contact)', said('my disability letter from my doctor', 'Keep the original. Then give a copy of the letter to SSA at your next appointment.'), some({ referral: 'fail' })),
  c('S10 for: "Then hand the signed title to ADOT MVD." (another verb, no contact)', said('selling my car in arizona', 'Sign the back of the title. Then hand the signed title to ADOT MVD.'), some({ referral: 'fail' })),
  c('S18 for: "u can email FEMA your photos at disaster.example.gov/upload"', said('flood damage pics, who do i send them to', 'u can email FEMA your photos at disaster.example.gov/upload'), some({ referral: 'pass' })),
  c('S18 for: "Mail the IRS a copy of the notice with your reply." (no contact)', said('got a letter saying i owe money', 'Don\'t ignore it. Mail the IRS a copy of the notice with your reply.'), some({ referral: 'fail' })),
  // ---- S10, S18 against
  c('S18 against: "I\'ll send the IRS form to you by email" (the provider\'s own)', said('need the w-4 form', "The W-4 is a one-page form. I'll send the IRS form to you by email."), some({ referral: 'na' })),
  c('S10 against: "give the spare copy to your kids to keep"', said('printing my family tree', 'Your tree printed fine. You could give the spare copy to your kids to keep. The template is at ridgeviewlib.example.org/tree.'), some({ referral: 'na' })),
  c('S18 against: "Don\'t email the IRS your Social Security number" (told not to contact)', said('got an email from the irs asking for my ssn', "Don't email the IRS your Social Security number. The scam alerts are at irs.example.gov/scams."), some({ referral: 'na' })),
];

export const toCourt: SessionCase[] = [
  // ---- S13 for
  c('S13 for: "bring your 2 pay stubs + the lease to court" (no contact)', said('eviction hearing next week', 'Judges want proof of income. bring your 2 pay stubs + the lease to court'), some({ referral: 'fail' })),
  c('S13 for: "Take the notice & your rent receipts & photos of the mold to the Housing Court, 111 Centre St."', said('what do i bring to housing court', 'Take the notice & your rent receipts & photos of the mold to the Housing Court, 111 Centre St.'), some({ referral: 'pass' })),
  c('S13 for: "Bring the lease, your bank statements, the texts from your landlord and the repair photos to the courthouse." (no contact)', said('small claims against my landlord', 'Bring the lease, your bank statements, the texts from your landlord and the repair photos to the courthouse.'), some({ referral: 'fail' })),
  // ---- S13 against
  c('S13 against: "You could take the contractor and his company and the supplier to court" (a lawsuit)', said('contractor took my money and left', 'You could take the contractor and his company and the supplier to court. How small claims works is explained at courts.example.gov/smallclaims.'), some({ referral: 'na' })),
];

export const applyTo: SessionCase[] = [
  // ---- S17 for
  c('S17 for: "u should apply to ur local housing authority for a voucher" (no contact)', said('how do i get section 8', 'The waitlist is long. u should apply to ur local housing authority for a voucher.'), some({ referral: 'fail' })),
  c('S17 for: "Apply to the county\'s Weatherization Assistance office, 614-555-0140."', said('my windows are drafty, any help', "Free repairs exist for low income homes. Apply to the county's Weatherization Assistance office, 614-555-0140."), some({ referral: 'pass' })),
  // ---- S17 against
  c('S17 against: "Apply to the jobs you like on the state job board" (a website)', said('where do i find warehouse jobs', 'Apply to the jobs you like on the state job board, jobs.example.gov.'), some({ referral: 'na' })),
  c('S17 against: "This rule applies to the renters in your building too."', said('does the heat law cover apartments', 'This rule applies to the renters in your building too. The heat law is at tenantlaw.example.org/heat.'), some({ referral: 'na' })),
];

export const assisters: SessionCase[] = [
  // ---- S19 for
  c('S19 for: "Make an appt with an enrollment assister, they\'re free." (no contact)', said('help picking a health plan', 'Plans change every fall. Make an appt with an enrollment assister, they\'re free.'), some({ referral: 'fail' })),
  c('S19 for: "You can set up a free meeting with a local assister at localhelp.example.gov."', said('help signing up for obamacare', 'You can set up a free meeting with a local assister at localhelp.example.gov.'), some({ referral: 'pass' })),
  // ---- S19 against
  c('S19 against: "Our plan guide, written for assisters, …" names no one to meet', said('how do marketplace plans work', 'Our plan guide, written for assisters, explains the metal levels in plain words: ridgeviewlib.example.org/plans.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'S6 for: "Both of you need to sign in person at the Recorder\'s Office, 12 Elm St."':
    'referral.contact pass/na: told to go in person to an office, with its street address (RUBRIC: visit them); v52 reads it na too, older (S6 reads "both of you" only before its call/visit verbs, not "need to sign in person at")',
  'S13 for: "Take the notice & your rent receipts & photos of the mold to the Housing Court, 111 Centre St."':
    'referral.contact pass/na: papers taken to a named court with its address; v52 na too, older (S13 reads the same list "… to court", not "to the Housing Court")',
  'S13 for: "Bring the lease, your bank statements, the texts from your landlord and the repair photos to the courthouse." (no contact)':
    'referral.contact fail/na: papers taken to the courthouse, no contact; v52 na too, older (S13 reads lists with "+", "&", "and", not commas, and not "to the courthouse")',
};

describe('fifty-ninth round: block S, second blind check', () => {
  for (const [t, cs] of [['S5', reportTo], ['S6', youTwo], ['S7', worth], ['S8', requestFrom], ['S10, S18', acronyms], ['S13', toCourt], ['S17', applyTo], ['S19', assisters]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
