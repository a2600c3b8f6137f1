/**
 * Fifty-ninth round, third blind check of block S (rubric v53): S15 (a time set up to see a party), S16 (the procedure told as
 * "you …"), S20 (filing at a court or office), S24 ("start by telling <party>") and S25 (inquiry.clarify: "So you're …, and you want
 * to know …"), tried both ways in wording of this file's own, each case labelled from RUBRIC.md before it ran, with the older
 * readings right next to them.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A court, a clerk's office, an MVA/DMV, a state board, a housing authority, a Social Security office, a business center and a
 *   counselor or mentor at one are parties (RUBRIC Terms, Referral: "another agency … office … a named specialist"); the patron
 *   told to see, show up at, apply to, file at or tell them is told to contact or visit them, whether as an imperative, as "you
 *   …" (the procedure) or after "start by".
 * - A friend, the patron's own home and a page of a website are no parties; the provider's own filing and the provider's own
 *   meeting with library staff are no referrals (staff the provider consults on the patron's behalf do not count).
 * - A "you …" clause under "if / when / since" or in the past tense tells no procedure: no referral.
 * - "So you …, and you want to know / are wondering whether …" before the first source restates the question (RUBRIC
 *   inquiry.clarify: "restates the question ('so you need…')"); "So you're …" with no question in it restates none; an
 *   instruction of the provider's ("So you're going to need …") restates nothing the patron asked; a restatement after the first
 *   source does not precede it.
 *
 * COUNTS. Written: 42 cases (23 for, 17 against, 2 of them older readings next to the block: D1's "You file it with", v1's "so you
 * need"), each labelled before it ran. First run as labelled: 34. Disagreeing: 8. Label corrections: 0. Final: 34 running, 8 LEFT
 * (each scored under rubricV52 too: "older" when v52 read it the same, "S caused" when block S made the misreading):
 * - referral.contact, expected pass / got na: "Haga una cita para hablar con un consejero de la oficina de vivienda, 555-0190." (older)
 * - referral.contact, expected fail / got na: "In Maryland you take the road test at the MVA after 9 months …" (older)
 * - referral.contact, expected pass / got na: "For under $10,000 you'll file at the Dane County Small Claims Court, 215 S Hamilton St …" (older)
 * - referral.contact, expected fail / got na: "Luego usted se presenta en la corte el día de la audiencia …" (older)
 * - referral.contact, expected fail / got na: "Just start by telling ur case manager at the county Human Services Dept that you moved." (older)
 * - referral.contact, expected pass / got na: "Begin by telling the front desk at the Ridgeway Housing Authority (541-555-0166) …" (older)
 * - inquiry.clarify, expected pass / got fail: "Ok so you've got a 3-day notice, and you're wondering whether it's legal." (older)
 * - inquiry.clarify, expected fail / got pass: "So you're going to need Form 1040, and you want to check the instructions first." (S caused)
 * AFTER THE MENDS (the author's, labels unchanged): 7 of the 8 LEFT run. Mended: S25 not the provider's "So you're going to need
 * …" (the S caused), with "you're wondering"; S15 "haga una cita para"; S16 after a phrase of place or purpose ("In Maryland you
 * take …"); S22 "usted se presenta en la corte"; S24 with "your case manager", "the front desk". 1 stays LEFT, older: "For under
 * $10,000 you'll file at …" (the comma in "10,000" opens the clause the lead-in is read in). 41 running, 1 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Sam here from the Ridgeway Public Library reference desk.';
const { said, asked } = nearMissLines(HI);

/** The patron's question, a greeting that asks nothing, the provider's `source` first, the reply, then `after`, thanks and goodbye. */
const sourceFirst = (q: string, source: string, after: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [30, 'l', source],
  [60, 'p', 'ok'],
  [80, 'l', after],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const timeTo: SessionCase[] = [
  // ---- S15 for
  c('S15 for: "Schedule a time to talk with a housing counselor at Neighborhood Housing Services, 614-555-0172."', said('how do i get ready to buy a house', 'First-time buyer classes are free. Schedule a time to talk with a housing counselor at Neighborhood Housing Services, 614-555-0172.'), some({ referral: 'pass' })),
  c('S15 for: "u should make an appointment to see someone at the Veterans Service Office" (no contact)', said('help with my va disability claim', 'The claim forms are long. u should make an appointment to see someone at the Veterans Service Office.'), some({ referral: 'fail' })),
  c('S15 for: "Arrange a meeting to sit down with a SCORE mentor, score.example.org/mentors."', said('writing a business plan for a food truck', 'Arrange a meeting to sit down with a SCORE mentor, score.example.org/mentors.'), some({ referral: 'pass' })),
  c('S15 for: "Pick a day to visit the county Recorder\'s Office." (no contact)', said('copy of my house deed', 'Deeds after 1950 are on file there. Pick a day to visit the county Recorder\'s Office.'), some({ referral: 'fail' })),
  c('S15 for: "To get feedback on it, set up a time to meet with someone at the Women\'s Business Center at 216-555-0119."', said('writing a business plan for a bakery', "To get feedback on it, set up a time to meet with someone at the Women's Business Center at 216-555-0119."), some({ referral: 'pass' })),
  c('S15 for: "Haga una cita para hablar con un consejero de la oficina de vivienda, 555-0190."', said('necesito ayuda con el alquiler', 'Hay ayuda para el alquiler. Haga una cita para hablar con un consejero de la oficina de vivienda, 555-0190.'), some({ referral: 'pass' })),
  // ---- S15 against
  c('S15 against: "Set up a time to go through the guide at ridgewaylib.example.org/homebuying." (a page)', said('how do i get ready to buy a house', 'Set up a time to go through the guide at ridgewaylib.example.org/homebuying.'), some({ referral: 'na' })),
  c('S15 against: "Set up a time to practice the questions with a friend." (no party)', said('job interview tips', 'Common interview questions are in the guide at ridgewaylib.example.org/interviews. Set up a time to practice the questions with a friend.'), some({ referral: 'na' })),
  c('S15 against: "I\'ll set up a time to meet with our local history librarian" (staff the provider consults)', said('history of the old mill on river st', 'The mill is in the 1920 atlas at ridgewaylib.example.org/atlas. I\'ll set up a time to meet with our local history librarian and pass on what she knows.'), some({ referral: 'na' })),
  c('S15 against: "Find a time to visit the tutorials at ridgewaylib.example.org/tutorials." (a website)', said('how do i use the ebook app', 'Find a time to visit the tutorials at ridgewaylib.example.org/tutorials.'), some({ referral: 'na' })),
];

export const youDo: SessionCase[] = [
  // ---- S16 for
  c('S16 for: "you take the road test at the MVA" (no contact)', said('how do i get my license after the permit', 'After 9 months with the permit, you take the road test at the MVA. Bring the car you practised in.'), some({ referral: 'fail' })),
  c('S16 for: "In Maryland you take the road test at the MVA" (no contact)', said('how do i get my license after the permit', 'In Maryland you take the road test at the MVA after 9 months with a permit.'), some({ referral: 'fail' })),
  c('S16 for: "u just show up at the clerk\'s office with the ticket" (no contact)', said('how do i pay a parking ticket in cash', 'u just show up at the clerk\'s office with the ticket and the cash.'), some({ referral: 'fail' })),
  c('S16 for: "then you apply to the State Board of Cosmetology at 916-555-0133"', said('how do i get my cosmetology license', 'Finish the 1600 hours first, then you apply to the State Board of Cosmetology at 916-555-0133.'), some({ referral: 'pass' })),
  c('S16 for: "you\'ll file at the Dane County Small Claims Court, 215 S Hamilton St, Madison"', said('my contractor wont give back my deposit', "For under $10,000 you'll file at the Dane County Small Claims Court, 215 S Hamilton St, Madison, WI 53703."), some({ referral: 'pass' })),
  c('S16 for: "You turn up at the Social Security office with the original documents." (no contact)', said('how do i change my name on my social security card', 'You turn up at the Social Security office with the original documents. The list of documents is in the next message.'), some({ referral: 'fail' })),
  c('S16 for: "Luego usted se presenta en la corte el día de la audiencia." (no contact)', said('que hago con la citacion', 'Luego usted se presenta en la corte el día de la audiencia con la citación.'), some({ referral: 'fail' })),
  // ---- S16 against
  c('S16 against: "If u take the exam at the DMV, bring two proofs of address."', said('what do i bring for my permit test', 'If u take the exam at the DMV, bring two proofs of address. The list is at dmv.example.gov/docs.'), some({ referral: 'na' })),
  c('S16 against: "When you show up at the branch, the study rooms are on the 2nd floor."', said('can i use a study room', 'When you show up at the branch, the study rooms are on the 2nd floor. Book them at ridgewaylib.example.org/rooms.'), some({ referral: 'na' })),
  c('S16 against: "Since you already took the written test at the DMV in March" (past)', said('do i need to retake the written test', 'Since you already took the written test at the DMV in March, only the road test is left. The road test guide is at dmv.example.gov/road.'), some({ referral: 'na' })),
  c('S16 against: "u take the practice test on the DMV website, dmv.example.gov/practice" (a page)', said('how can i study for the permit test', 'u take the practice test on the DMV website, dmv.example.gov/practice.'), some({ referral: 'na' })),
  c('S16 against: "you apply to the listings on the county jobs page" (a page)', said('how do i get a county job', 'Openings are posted at jobs.example.gov. You apply to the listings on the county jobs page with one account.'), some({ referral: 'na' })),
  // ---- older reading next to S16 (v29 D1)
  c('D1 older: "You file it with the Circuit Court clerk in your county." (no contact)', said('how do i file a name change petition', 'The petition form is at courts.example.gov/namechange. You file it with the Circuit Court clerk in your county.'), some({ referral: 'fail' })),
];

export const fileAt: SessionCase[] = [
  // ---- S20 for
  c('S20 for: "File the petition at the Probate Court in your county." (no contact)', said('how do i become my moms guardian', 'The guardianship forms are at courts.example.gov/guardianship. File the petition at the Probate Court in your county.'), some({ referral: 'fail' })),
  c('S20 for: "file ur complaint at the Labor Commissioner\'s office, 510-555-0148"', said('my boss didnt pay my overtime', "You can file ur complaint at the Labor Commissioner's office, 510-555-0148."), some({ referral: 'pass' })),
  c('S20 for: "File the appeal at the Office of Administrative Hearings: oah.example.gov/contact."', said('my benefits got denied', 'You have 90 days. File the appeal at the Office of Administrative Hearings: oah.example.gov/contact.'), some({ referral: 'pass' })),
  // ---- S20 against
  c('S20 against: "I\'ll file your request at our interlibrary loan desk today" (the provider\'s own)', said('can you get a book from another library', "The ILL rules are at ridgewaylib.example.org/ill. I'll file your request at our interlibrary loan desk today."), some({ referral: 'na' })),
  c('S20 against: "You can file it at home with the free software" (no party)', said('how do i do my taxes for free', 'You can file it at home with the free software. The list is at irs.example.gov/freefile.'), some({ referral: 'na' })),
  c('S20 against: "File your receipts at a safe spot in your home." (no party)', said('what tax papers should i keep', 'Keep them 3 years; the IRS list is at irs.example.gov/records. File your receipts at a safe spot in your home.'), some({ referral: 'na' })),
];

export const startTelling: SessionCase[] = [
  // ---- S24 for
  c('S24 for: "You start by telling the Social Security office, 800-555-0121, that your address changed."', said('i moved, how do i keep my benefits coming', 'You start by telling the Social Security office, 800-555-0121, that your address changed.'), some({ referral: 'pass' })),
  c('S24 for: "start by telling ur case manager at the county Human Services Dept" (no contact)', said('i moved to another county, what about my snap', 'Benefits can move with you. Just start by telling ur case manager at the county Human Services Dept that you moved.'), some({ referral: 'fail' })),
  c('S24 for: "Begin by telling the front desk at the Ridgeway Housing Authority (541-555-0166)"', said('i want to move with my voucher', 'Begin by telling the front desk at the Ridgeway Housing Authority (541-555-0166) where you want to move.'), some({ referral: 'pass' })),
  // ---- S24 against
  c('S24 against: "Start by telling me more about what the letter says."', said('i got a letter about my voucher', 'Start by telling me more about what the letter says. The voucher rules are at hud.example.gov/vouchers.'), some({ referral: 'na' })),
  c('S24 against: "Start by telling the story in your own words in the cover letter."', said('how do i write a cover letter', 'Samples are at ridgewaylib.example.org/coverletters. Start by telling the story in your own words in the cover letter.'), some({ referral: 'na' })),
];

export const soYou: SessionCase[] = [
  // ---- S25 for
  c('S25 for: "So u got a jury summons for next week and you need to know if you can postpone it."', asked('jury duty question', 'So u got a jury summons for next week and you need to know if you can postpone it.', 'yes exactly', 'The postponement form is at courts.example.gov/jury.'), some({ clarify: 'pass' })),
  c('S25 for: "Ok so you\'ve got a 3-day notice, and you\'re wondering whether it\'s legal."', asked('landlord put a notice on my door', "Ok so you've got a 3-day notice, and you're wondering whether it's legal.", 'yeah', 'The notice rules are explained at tenantlaw.example.org/notices.'), some({ clarify: 'pass' })),
  c('S25 for: "So you have a green card and you want to find out about citizenship."', asked('green card 6 yrs what next', 'So you have a green card and you want to find out about citizenship.', 'right', 'The N-400 steps are at uscis.example.gov/n-400.'), some({ clarify: 'pass' })),
  c('S25 for: "Entonces usted recibió un aviso de desalojo y quiere saber si es legal."', asked('me dieron un aviso de desalojo', 'Entonces usted recibió un aviso de desalojo y quiere saber si es legal.', 'si', 'Las reglas están en tenantlaw.example.org/es/desalojo.'), some({ clarify: 'pass' })),
  // ---- S25 against
  c('S25 against: "So you\'re a renter." alone restates no question', asked('question about my lease', "So you're a renter.", 'yes', 'The lease guide is at tenantlaw.example.org/leases.'), some({ clarify: 'fail' })),
  c('S25 against: "So you\'re all set, and you want to know when it\'s due." after the source', sourceFirst('how do i renew my card', 'Renew online at ridgewaylib.example.org/renew.', "So you're all set, and you want to know when it's due."), some({ clarify: 'fail' })),
  c('S25 against: "So you\'re going to need Form 1040, and you want to check the instructions first." is an instruction', asked('how do i do my taxes', "So you're going to need Form 1040, and you want to check the instructions first.", 'ok', 'Form 1040 and its instructions are at irs.example.gov/1040.'), some({ clarify: 'fail' })),
  // ---- older reading next to S25 (v1)
  c('v1 older: "so you need your 2019 tax transcript" restates the question', asked('old tax stuff', 'so you need your 2019 tax transcript', 'yes', 'Transcripts are at irs.example.gov/transcript.'), some({ clarify: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'S16 for: "you\'ll file at the Dane County Small Claims Court, 215 S Hamilton St, Madison"':
    'referral.contact expected pass, got na: "For under $10,000 you\'ll file at the Dane County Small Claims Court, 215 S Hamilton St, Madison, WI 53703" sends the patron to file at a court (with its postal address); S16/S20 do not reach "you\'ll file at" after the lead "For under $10,000"; v52 read it the same (older).',
};

describe('fifty-ninth round, third blind check: block S tried both ways', () => {
  for (const [t, cs] of [['S15', timeTo], ['S16', youDo], ['S20', fileAt], ['S24', startTelling], ['S25', soYou]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
