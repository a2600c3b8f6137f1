/**
 * Fifty-seventh round, fourth blind check of block R (rubric v52): its last readings and mends (R21, R7, R2, R19, R6, R10) tried
 * both ways in cases the author never saw, each labelled from RUBRIC.md (Terms, Referral; referral.contact) before it ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - R21: telling the patron to meet or sit down with a person at an organisation ("sit down w/ a tax preparer at the VITA site",
 *   "Reúnase con un consejero de la oficina de ayuda financiera") tells them to visit that party: a referral. The provider's own
 *   meeting, "when you meet with …", a group's or the staff's own meeting and a question whether the patron already met someone do
 *   not tell the patron to contact anyone.
 * - R7: papers handed to an insurer, a property manager, an employer ("su empleador") or HR ("give it to HR at ur job") are handed to
 *   an organisation: a referral; things handed to a roommate or to children ("the kiddos") are not.
 * - R2: "Have your <relative> …, call <party>" with any aside (commas, a parenthesis, dashes, another step) tells the patron to have
 *   the party contacted: a referral; a question ("… called the county already?") and a call to the patron ("call you when he gets
 *   home") are not.
 * - R19: a colleague named right before a transfer that goes to that colleague is the transfer's (RUBRIC: a transfer is not a
 *   referral), also with a sentence between; a colleague when the chat goes to someone else is still referred.
 * - R6: papers taken to court are taken to a party (the court); a person "taken to court" is a lawsuit, and a bus taken to court a
 *   route: neither is a referral.
 * - R10: a township, a village, an insurer ("su aseguradora") and a program's consultants are organisations or specialists; the
 *   patron's supervisor is not (as an older round's boss); an insurer as the subject of a sentence and a village's newsletter are no
 *   referral.
 *
 * COUNTS. Written: 43 cases (R21 11, R7 8, R2 6, R19 5, R6 6, R10 7), each labelled before it ran (the labels copied aside before
 * the first run). First run: 30 as labelled, 13 disagreeing. Label corrections: 0 (each disagreement re-read against RUBRIC.md
 * Terms, Referral; no time involved). Final: 30 running, 13 LEFT (each also scored under rubricV51: "older" = v51 read it the same,
 * "R caused" = block R turned a right reading wrong):
 * - referral.contact fail/na "Reúnase con un consejero de la oficina de ayuda financiera …" (R21 in Spanish not read): older
 * - referral.contact pass/na "Set up a time to sit down with someone from the Small Business Development Center, 330-…": older
 * - referral.contact fail/na "Entréguele el formulario a su empleador." (R7 in Spanish not read): older
 * - referral.contact fail/na "give it to HR at ur job" (no article before the party): older
 * - referral.contact na/fail "Give the spare library bags to your roommate" (a person, not a party): R caused
 * - referral.contact na/fail "Give the leftover snacks to the kiddos" (children): R caused
 * - referral.contact pass/na "Have your sister -- with her ID ready -- call the Social Security office at 800-…" (dashes): older
 * - referral.contact na/fail "Our colleague Nia … is the one to ask. She knows … I'm transferring you to her now." (a sentence
 *   between): older
 * - referral.contact fail/na "bring all 3 pay stubs + ur lease to court" (the "+"): older
 * - referral.contact fail/na "Take the photos, the texts, the emails and the signed move-in checklist to court" (ten words): older
 * - referral.contact na/fail "You can take the guy who sold it to you to court" (a person sued): R caused
 * - referral.contact na/fail "Take the bus to court" (a route): R caused
 * - referral.contact na/fail "Call your supervisor to ask for the day off" (the patron's boss by another word): older
 *
 * AFTER THE MENDS (the author's, labels unchanged; checked by the full suite only): 5 of the 13 LEFT run, the 4 caused by R among
 * them. Mended: R7 not to a roommate, housemates, "the kiddos", coworkers, guests; R6 not a person sued ("the guy who sold it to
 * you": no "who" in the papers, persons' words) nor a bus or a route; R19 also when one sentence stands between the colleague and
 * the transfer (older). 8 stay LEFT, all older: Spanish (R21, R7), "give it to HR at ur job" with no article, dashes around R2's
 * aside, "… set up a time to sit down with …", the "+" and a list with commas before "to court", "Call your supervisor"
 * (the patron's boss by another word). 35 running, 8 LEFT.
 * ON v53 (block S): "Reúnase con un consejero de la oficina …" (S2), "Set up a time to sit down with someone from the Small Business
 * Development Center, …" (S15), "Entréguele el formulario a su empleador." (S1), "Have your sister -- with her ID ready -- call …" (S4)
 * and "bring all 3 pay stubs + ur lease to court" (S13) read as labelled and run: 40 running, 3 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase, who, xferToRosa } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';
import { xfer } from './provider-lines';

const HI = 'Hi, this is Lee at Marlow Public Library.';
const { said } = nearMissLines(HI);

/**
 * A transfer session: the patron's `q`, a clarifying greeting, the reply, Lee's `notice` (visible, at 56 s), an internal note, the
 * transfer `to` at 62 s, the receiving provider's hello, the patron's thanks and the receiving provider's goodbye.
 */
const handover = (q: string, notice: string, to: Line, toName: string, toId: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} What is it for?`],
  [50, 'p', 'its for a family thing'],
  [56, 'l', notice],
  [59, 'i', `pt question needs ${toName}, sending it over`],
  to,
  [100, 'l', `Hi, ${toName} here, I have your question.`, who(toName, toId)],
  [130, 'p', 'ok thanks'],
  [136, 'l', 'Thanks for chatting, bye!', who(toName, toId)],
];

export const r21: SessionCase[] = [
  // ---- R21 for: the patron told to meet or sit down with a person at a party
  c('R21 for: "You should sit down w/ a tax preparer at the VITA site before filing." (no contact)', said('do i have to pay to get my taxes done', 'You should sit down w/ a tax preparer at the VITA site before filing.'), some({ referral: 'fail' })),
  c('R21 for: "Meet with a housing counselor at Neighborhood Housing Services, 216-555-0142, before you sign anything."', said('buying my first house, scared of the mortgage', 'Meet with a housing counselor at Neighborhood Housing Services, 216-555-0142, before you sign anything.'), some({ referral: 'pass' })),
  c('R21 for: "its worth sitting down with ur school counselor" (no contact)', said('how do i pick classes for next year', 'its worth sitting down with ur school counselor about that'), some({ referral: 'fail' })),
  c('R21 for: "Reúnase con un consejero de la oficina de ayuda financiera antes de inscribirse." (no contact)', said('como pago la universidad', 'Reúnase con un consejero de la oficina de ayuda financiera antes de inscribirse.'), some({ referral: 'fail' })),
  c('R21 for: "Before you apply, meet with an advisor in the … admissions office." (no contact)', said('i want to go back to school at tri-c', 'Before you apply, meet with an advisor in the Cuyahoga Community College admissions office.'), some({ referral: 'fail' })),
  c('R21 for: "Set up a time to sit down with someone from the Small Business Development Center, 330-555-0150."', said('i want to open a bakery', 'Set up a time to sit down with someone from the Small Business Development Center, 330-555-0150.'), some({ referral: 'pass' })),
  // ---- R21 against: the provider's own, a hypothetical, a group's meeting, staff's meeting, a question
  c('R21 against: "I\'ll meet with our branch manager tomorrow about it." (the provider\'s own)', said('why did the branch stop opening sundays', "I'll meet with our branch manager tomorrow about it. The posted hours are at marlowlib.example.org/hours."), some({ referral: 'na' })),
  c('R21 against: "When you meet with your advisor, bring your transcript."', said('what do i need for my advising appointment', 'When you meet with your advisor, bring your transcript.'), some({ referral: 'na' })),
  c('R21 against: "The teen writers meet with a published author every Tuesday." (a group\'s meeting)', said('is there a writing group for teens', 'The teen writers meet with a published author every Tuesday at 4 in Room B.'), some({ referral: 'na' })),
  c('R21 against: "Did you already meet with an advisor?" (a question)', said('how do i transfer my credits', 'Did you already meet with an advisor?'), some({ referral: 'na' })),
  c('R21 against: "Our staff will meet with the county planners next week." (staff\'s own)', said('will the new branch have a parking lot', 'Our staff will meet with the county planners next week; the plans so far are at marlowlib.example.org/newbranch.'), some({ referral: 'na' })),
];

export const r7r2: SessionCase[] = [
  // ---- R7 for: papers handed to a party
  c('R7 for: "Give a copy of the police report to your insurance company." (no contact)', said('my car got broken into', 'Give a copy of the police report to your insurance company.'), some({ referral: 'fail' })),
  c('R7 for: "Give the signed lease to the property manager at the leasing office, 602-555-0117."', said('what do i do with the lease', 'Give the signed lease to the property manager at the leasing office, 602-555-0117.'), some({ referral: 'pass' })),
  c('R7 for: "Entréguele el formulario a su empleador." (no contact)', said('que hago con el formulario i-9', 'Entréguele el formulario a su empleador.'), some({ referral: 'fail' })),
  c('R7 for (older): "Hand the completed form to the clerk at the Recorder\'s Office." (no contact)', said('where does the homestead form go', "Hand the completed form to the clerk at the Recorder's Office."), some({ referral: 'fail' })),
  c('R7 for: "give it to HR at ur job" (no contact)', said('what do i do with the w-4', 'fill it out and give it to HR at ur job'), some({ referral: 'fail' })),
  // ---- R7 against: things handed to people, the provider's own
  c('R7 against: "Give the spare library bags to your roommate."', said('i have too many library tote bags', 'Give the spare library bags to your roommate, or drop them in our donation bin.'), some({ referral: 'na' })),
  c('R7 against: "Give the leftover snacks to the kiddos."', said('what do i do with extra snacks from storytime kit', 'Give the leftover snacks to the kiddos at the end.'), some({ referral: 'na' })),
  c('R7 against: "I\'ll give the form to our circulation desk so they can fix it." (the provider\'s own)', said('my address is wrong on my account', "I'll give the form to our circulation desk so they can fix it."), some({ referral: 'na' })),
  // ---- R2 for: have a relative call, with an aside
  c('R2 for: "Have your grandpa, once he\'s got his Medicare card handy, call 1-800-633-4227."', said('my grandpa needs a new medicare card', "Have your grandpa, once he's got his Medicare card handy, call 1-800-633-4227."), some({ referral: 'pass' })),
  c('R2 for: "have ur mom (she\'s the account holder) call the gas company" (no contact)', said('gas bill is in my moms name can i change it', "have ur mom (she's the account holder) call the gas company"), some({ referral: 'fail' })),
  c('R2 for: "Have your husband log in and then call the county assessor\'s office." (no contact)', said('our property tax bill looks wrong', "Have your husband log in and then call the county assessor's office."), some({ referral: 'fail' })),
  c('R2 for: "Have your sister -- with her ID ready -- call the Social Security office at 800-772-1213."', said('my sister lost her ss card', 'Have your sister -- with her ID ready -- call the Social Security office at 800-772-1213.'), some({ referral: 'pass' })),
  // ---- R2 against: a question; a call to the patron
  c('R2 against: "Have your parents (both of them) called the county already?" (a question)', said('my parents need a copy of their marriage record', 'Have your parents (both of them) called the county already?'), some({ referral: 'na' })),
  c('R2 against: "Have your dad (he\'s the owner) call you when he gets home." (the patron called)', said('can i renew my dads card for him', "Have your dad (he's the owner) call you when he gets home. Renewals are at marlowlib.example.org/renew."), some({ referral: 'na' })),
];

export const r19r6r10: SessionCase[] = [
  // ---- R19 for: the colleague is the transfer's (no referral)
  c('R19 for: "Our colleague Priya in Government Documents is the person to ask. I\'m transferring you over to Priya now."', handover('census records from 1950 for my street', 'Our colleague Priya in Government Documents is the person to ask about that. I\'m transferring you over to Priya now.', xfer(62, 'Priya Shah', 'priya'), 'Priya Shah', 'priya'), some({ referral: 'na' })),
  c('R19 for: "My coworker at the Talking Book Library can help with this. Transferring you to the Talking Book desk now."', handover('audiobooks for my blind uncle', 'My coworker at the Talking Book Library can help with this. Transferring you to the Talking Book desk now.', xfer(62, 'Talking Book desk', 'tbl'), 'Talking Book desk', 'tbl'), some({ referral: 'na' })),
  c('R19 for: "Our colleague Nia at the State Archives is the one to ask. She knows those records inside out. I\'m transferring you to her now." (a sentence between)', handover('land grant for my ancestor', "Our colleague Nia at the State Archives is the one to ask. She knows those records inside out. I'm transferring you to her now.", xfer(62, 'Nia Brooks', 'nia'), 'Nia Brooks', 'nia'), some({ referral: 'na' })),
  // ---- R19 against: the chat goes to someone else, the colleague still referred
  c('R19 against: "My colleague Dana at the county law library knows probate well, so call her there. I\'m transferring you to Rosa …" (no contact)', handover('probate and old family photos', "My colleague Dana at the county law library knows probate well, so call her there. I'm transferring you to Rosa for the photo part.", xferToRosa(62), 'Rosa Diaz', 'rosa'), some({ referral: 'fail' })),
  c('R19 against: "Our colleague Ben at the Maritime Museum can tell you more: ben@maritime.example.org. I\'m transferring you to Rosa …"', handover('my great grandfather was a ship captain', "Our colleague Ben at the Maritime Museum can tell you more: email him at ben@maritime.example.org. I'm transferring you to Rosa in Local History for the rest.", xferToRosa(62), 'Rosa Diaz', 'rosa'), some({ referral: 'pass' })),
  // ---- R6 for: papers taken to court
  c('R6 for: "Take your receipts and the repair estimate to court on the hearing date." (no contact)', said('small claims against a mechanic', 'Take your receipts and the repair estimate to court on the hearing date.'), some({ referral: 'fail' })),
  c('R6 for: "bring all 3 pay stubs + ur lease to court" (no contact)', said('eviction hearing next week what do i need', 'bring all 3 pay stubs + ur lease to court'), some({ referral: 'fail' })),
  c('R6 for: "Take the photos, the texts, the emails and the signed move-in checklist to court." (more than seven words, no contact)', said('deposit dispute hearing', 'Take the photos, the texts, the emails and the signed move-in checklist to court.'), some({ referral: 'fail' })),
  // ---- R6 against: a person taken to court, a route, a hypothetical
  c('R6 against: "You can take the guy who sold it to you to court over this." (a lawsuit)', said('bought a car that broke down next day', 'You can take the guy who sold it to you to court over this. The lemon law guide is at ag.example.gov/lemon.'), some({ referral: 'na' })),
  c('R6 against: "Take the bus to court; the 14 stops right outside." (a route)', said('how do i get to the courthouse', 'Take the bus to court; the 14 stops right outside. The schedule is at marlowtransit.example.org.'), some({ referral: 'na' })),
  c('R6 against: "When you take the paperwork to court, bring a pen too."', said('anything else for my hearing', 'When you take the paperwork to court, bring a pen too.'), some({ referral: 'na' })),
  // ---- R10 for: a township, a village, an insurer, consultants
  c('R10 for: "Call the township about the culvert." (no contact)', said('the ditch by my house floods', 'Call the township about the culvert.'), some({ referral: 'fail' })),
  c('R10 for: "ask the village about a burn permit" (no contact)', said('can i burn leaves in my yard', 'ask the village about a burn permit first'), some({ referral: 'fail' })),
  c('R10 for: "Llame a su aseguradora para reportar el choque." (no contact)', said('tuve un choque ayer', 'Llame a su aseguradora para reportar el choque.'), some({ referral: 'fail' })),
  c('R10 for: "Phone their consultants at 877-555-0166 to book a visit."', said('help paying to insulate my attic', "The state's weatherization program has free energy consultants. Phone their consultants at 877-555-0166 to book a visit."), some({ referral: 'pass' })),
  // ---- R10 against: the patron's supervisor, an insurer as subject, a village's newsletter
  c('R10 against: "Call your supervisor to ask for the day off." (not a party)', said('can i get time off to vote', 'Call your supervisor to ask for the day off. The state rules are at elections.example.gov/timeoff.'), some({ referral: 'na' })),
  c('R10 against: "Your insurer will probably ask for photos of the damage."', said('tree fell on my garage', 'Your insurer will probably ask for photos of the damage.'), some({ referral: 'na' })),
  c('R10 against: "The village newsletter lists the burn days." (a source)', said('when can i burn brush', 'The village newsletter lists the burn days. Read it at marlowvillage.example.gov/news.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft` as LEFT, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'R7 for: "give it to HR at ur job" (no contact)':
    'referral.contact expected fail, got na: HR, a department, is the party the papers go to; R7 wants an article before the party ("the HR office" is read in a probe). older: v51 na too.',
  'R6 for: "Take the photos, the texts, the emails and the signed move-in checklist to court." (more than seven words, no contact)':
    'referral.contact expected fail, got na: papers taken to court, no contact; R6 reads up to seven words between the verb and "to court", here ten. older: v51 na too.',
  'R10 against: "Call your supervisor to ask for the day off." (not a party)':
    'referral.contact expected na, got fail: the patron\'s supervisor is no agency, library, department, office or named specialist (as R10 says of the boss); "call your supervisor" is read by an older reading. older: v51 fail too.',
};

describe('fifty-seventh round: block R, fourth blind check', () => {
  for (const [t, cs] of [['R21', r21], ['R7 and R2', r7r2], ['R19, R6, R10', r19r6r10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
