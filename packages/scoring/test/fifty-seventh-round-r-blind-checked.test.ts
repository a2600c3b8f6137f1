/**
 * Fifty-seventh round, blind check of block R (rubric v52): R1 to R7 tried both ways in cases the author did not see, each labelled
 * from RUBRIC.md (Terms, Referral; referral.contact; info.source) before it ran. "For" cases say the meant behaviour in other words
 * (typos, chat-speak, other verbs, parties and orders, Spanish); "against" cases are near misses the block must not read and the
 * older readings next to it.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A party the patron is told to call, ring, phone, contact, apply with, tell, inform, take a test at, take papers to or give
 *   papers to is referred to (RUBRIC's "contact or visit … (call, write to, ask or visit them)"); told in chat-speak ("u take",
 *   "ur grandpa") or as "you take … at" (how it is done) it is still an instruction.
 * - A web address in its own sentence that is not the party's (the library's guide) gives the party no way to reach it; the
 *   party's own domain in the same sentence does ("inform the DMV … at dmv.example.gov/sold").
 * - "Visit medicare.gov" is a website to use (a source), not Medicare as a party; Medicare's card, plan finder, Part D and what it
 *   covers name no one to contact.
 * - "takes complaints online at <URL>" alone is a form on a page (a source); with "or at <phone>" / "or by phone" the office is
 *   one to reach (a referral; the URL or the phone reaches it).
 * - "take your landlord to court" is a lawsuit, not papers carried to a party (na); papers taken "to court" visit the court.
 * - The patron's employer, boss, HR office or insurer is a party to contact (R6's "tell your employer"); their kids or a friend
 *   given something is not (RUBRIC: an agency, library, department, office or a named specialist).
 * - A conditional ("If you take the test at the DMV, bring …"), the provider's own past or offer ("I took", "I'll give"), and
 *   "don't tell the MVA …" refer the patron to no one.
 *
 * COUNTS. Written: 51 cases, each labelled from RUBRIC.md before it ran: 42 in a first batch (kept aside in /tmp/r-blind-labels.ts
 * before the first run), 9 in a second (/tmp/r-blind-labels-batch2.ts, kept aside before it ran). As labelled on their first run:
 * 41 of 51 (35 of 42, 6 of 9). Disagreeing: 10. Label corrections: 0 (each disagreement decided by RUBRIC's text, none a misread
 * of it). Final: 41 running, 10 LEFT (3 caused by block R, 7 older: v51 scored them the same), each checked under rubricV51 too
 * (expected/got):
 * - LEFT referral.contact pass/na "Have your daughter, with you beside her, call the pharmacy benefit line at …" (older)
 * - LEFT referral.contact pass/na "the county consumer office takes complaints online (consumer.example.gov/file) or at 410-…" (older)
 * - LEFT referral.contact na/pass "The USDA can help rural homeowners with repairs. The program is described at …" (older)
 * - LEFT referral.contact fail/na "u take the written test at the DMV, bring ur permit fee" (older)
 * - LEFT referral.contact pass/fail "Then go take the road test at the MVA in Beltsville. Book the slot at mva.example.gov/appt." (R caused)
 * - LEFT referral.contact fail/na "you should tell your boss about the jury summons right away" (older)
 * - LEFT referral.contact fail/na "Take the bill of sale and your title to court." (older)
 * - LEFT referral.contact na/fail "Give the coloring sheets to your kids while you wait." (R caused)
 * - LEFT referral.contact na/fail "Give the leftover books to a friend, or keep them." (R caused)
 * - LEFT referral.contact fail/na "Entregue el formulario firmado a su empleador." (older)
 *
 * AFTER THE MENDS (the author's, labels unchanged): 4 of the 10 LEFT run. Mended: R7 not to family or friends (the 2 R caused),
 * R2 an aside between commas, R6's papers "to court" after up to seven words. 6 stay LEFT: 5 older ("takes complaints online (…)
 * or at …" with the URL in brackets, "The USDA can help rural homeowners", "u take the written test at the DMV" with no contact, the
 * Spanish "Entregue … a su empleador", and "you should tell your boss …", whose label disagrees with the seventeenth round's "Call
 * your boss …", labelled na: a boss is no agency, office or named specialist; decision 019) and the R caused "Then go take the road
 * test at the MVA … Book the slot at <URL>.": R5 reads the visit, but the MVA's URL in the next sentence is not taken as its way
 * to reach it (the older reading of a contact in another sentence, as for "Call the MVA. Book at …"). 45 running, 6 LEFT.
 * ON v53 (block S): "u take the written test at the DMV, bring ur permit fee" (S16) and "Entregue el formulario firmado a su
 * empleador." (S1) read as labelled and run: 47 running, 4 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Dana here at Kestrel Valley Library.';
const { said } = nearMissLines(HI);

export const r1r2: SessionCase[] = [
  // ---- R1 for: Medicare / Medicaid named right after a referring verb
  c('R1 for: "If the bill still looks wrong, call Medicare." (no contact)', said('my dad got a bill for a scooter medicare should cover', 'Our benefits guide is at kestrellib.example.org/benefits. If the bill still looks wrong, call Medicare.'), some({ referral: 'fail' })),
  c('R1 for: "tell ur dad to ring Medicaid about the renewal letter" (no contact)', said('dad got a medicaid letter he doesnt get', 'the renewal steps are on kestrellib.example.org/benefits. tell ur dad to ring Medicaid about the renewal letter'), some({ referral: 'fail' })),
  c('R1 for: "Have her phone Medicare at 1-800-555-0177 and ask why …"', said('my aunts wheelchair claim got denied', 'Our benefits guide is at kestrellib.example.org/benefits. Have her phone Medicare at 1-800-555-0177 and ask why it was denied.'), some({ referral: 'pass' })),
  c('R1 for: "Contact Medicaid first; the number is on your renewal letter." (no number in the chat)', said('do i lose my medicaid if i move counties', 'Our benefits guide is at kestrellib.example.org/benefits. Contact Medicaid first; the number is on your renewal letter.'), some({ referral: 'fail' })),
  c('R1 for (es): "Llame a Medicare al 1-800-555-0190 y pida una revisión."', said('mi mamá recibió una negación de medicare', 'La guía de beneficios está en kestrellib.example.org/beneficios. Llame a Medicare al 1-800-555-0190 y pida una revisión.'), some({ referral: 'pass' })),
  // ---- R1 against: what Medicare covers, publishes or issues
  c('R1 against: "Medicare can help pay for a hearing exam" (what it covers)', said('does medicare pay for hearing tests', 'Medicare can help pay for a hearing exam when a doctor orders it. The details are at medicare.gov/coverage/hearing.'), some({ referral: 'na' })),
  c('R1 against: "Look at your Medicare card: the start date is on the front."', said('when did my medicare start', 'Look at your Medicare card: the start date is on the front. Our benefits guide is at kestrellib.example.org/benefits.'), some({ referral: 'na' })),
  c('R1 against: "Visit medicare.gov and use the plan finder there." (a website)', said('which drug plan is cheapest for me', 'Visit medicare.gov and use the plan finder there; it sorts plans by your drugs.'), some({ referral: 'na' })),
  c('R1 against: "Medicaid\'s income chart is at … compare your income to it."', said('do i make too much for medicaid', "Medicaid's income chart is at health.example.gov/eligibility. Compare your monthly income to the line for your household size."), some({ referral: 'na' })),
  c('R1 older: "just call 1-800-MEDICARE yourself" (the vanity number reaches it)', said('medicare denied my moms oxygen', 'Our benefits guide is at kestrellib.example.org/benefits. If that doesnt settle it, just call 1-800-MEDICARE yourself.'), some({ referral: 'pass' })),
  c('R1 against: "Your Medicare Summary Notice lists what was paid"', said('what is this medicare paper i got', 'Your Medicare Summary Notice lists what was paid; how to read it is explained at kestrellib.example.org/benefits.'), some({ referral: 'na' })),
  // ---- R2 for: have someone call, with a parenthesis or a step between
  c('R2 for: "Have your sister (she has the power of attorney) call the Social Security office at …"', said('my mom cant talk on the phone anymore, her checks stopped', 'Have your sister (she has the power of attorney) call the Social Security office at 1-800-555-0133.'), some({ referral: 'pass' })),
  c('R2 for: "have ur grandpa log out and then call the county tax office" (no contact)', said('grandpa locked out of the tax portal', 'the portal help page is kestrellib.example.org/tax. have ur grandpa log out and then call the county tax office'), some({ referral: 'fail' })),
  c('R2 for: "Have your daughter, with you beside her, call the pharmacy benefit line at …"', said('my teen cant get her inhaler refilled', 'Have your daughter, with you beside her, call the pharmacy benefit line at 410-555-0148.'), some({ referral: 'pass' })),
  // ---- R2 against
  c('R2 against: "Have your mom (or whoever pays her bills) called the utility company yet?" (a question)', said('my moms power might get cut off', 'The assistance programs are listed at kestrellib.example.org/energy. Have your mom (or whoever pays her bills) called the utility company yet?'), some({ referral: 'na' })),
  c('R2 against: "Have your dad (he\'s the account holder) log in … and pay there." (a website)', said('how does my dad pay the water bill online', "Have your dad (he's the account holder) log in at water.example.com and pay there."), some({ referral: 'na' })),
];

export const r3r5: SessionCase[] = [
  // ---- R3 for: online and a phone, or "or by phone"
  c('R3 for: "… takes consumer complaints online at … or at 1-800-555-0161."', said('a contractor took my deposit and vanished', 'The state Attorney General takes consumer complaints online at ag.example.gov/complain or at 1-800-555-0161.'), some({ referral: 'pass' })),
  c('R3 for: "the county consumer office takes complaints online (…) or at 410-555-0192"', said('car shop overcharged me', 'the county consumer office takes complaints online (consumer.example.gov/file) or at 410-555-0192'), some({ referral: 'pass' })),
  c('R3 for: "… accepts complaints online at psc.example.gov, or by phone."', said('power company keeps overbilling me', 'The Public Service Commission accepts complaints online at psc.example.gov, or by phone.'), some({ referral: 'pass' })),
  // ---- R3 against, and the older reading next to it
  c('R3 against: "The Better Business Bureau takes complaints online at …" (a form alone)', said('where do i complain about a store', 'The Better Business Bureau takes complaints online at bbb.example.org/complaint.'), some({ referral: 'na' })),
  c('R3 older: "The Tenant Rights Hotline takes calls at 410-555-0120."', said('my landlord wont fix the heat', 'The Tenant Rights Hotline takes calls at 410-555-0120.'), some({ referral: 'pass' })),
  // ---- R4 for: the SBA, the USDA as parties; "apply by mail or at …"
  c('R4 for: "u can apply w/ the SBA for a disaster loan" (no contact)', said('my shop flooded, any loans?', 'the recovery guide is at kestrellib.example.org/flood. u can apply w/ the SBA for a disaster loan, they have a desk at the fairgrounds'), some({ referral: 'fail' })),
  c('R4 for: "For a farm loan, apply with the USDA, 1-800-555-0178."', said('loans for starting a small farm?', 'Our farm business guide is at kestrellib.example.org/farm. For a farm loan, apply with the USDA, 1-800-555-0178.'), some({ referral: 'pass' })),
  c('R4 for: "Call the Small Business Administration." (no contact)', said('how do i write a business plan', 'The templates are at kestrellib.example.org/business. For a loan after that, call the Small Business Administration.'), some({ referral: 'fail' })),
  c('R4 for: "apply by phone or at any county social services office" (no contact)', said('how do i sign up for heating help', 'The program page is kestrellib.example.org/energy. You can apply by phone or at any county social services office.'), some({ referral: 'fail' })),
  // ---- R4 against
  c('R4 against: "The SBA\'s website has a loan calculator: sba.gov/…"', said('how much would a loan cost me', "The SBA's website has a loan calculator: sba.gov/funding-programs."), some({ referral: 'na' })),
  c('R4 against: "The USDA can help rural homeowners with repairs" (what it does)', said('grants to fix my roof? i live in the country', 'The USDA can help rural homeowners with repairs. The program is described at rd.usda.gov/repair.'), some({ referral: 'na' })),
  c('R4 against: "apply by mail or online at benefits.example.gov" (no party)', said('how do i apply for food help', 'You can apply by mail or online at benefits.example.gov/snap.'), some({ referral: 'na' })),
  c('R4 against: "Apply with the USDA form RD 410-4" (a form, no party)', said('how do i apply for a rural home loan', 'Apply with the USDA form RD 410-4; it is at rd.usda.gov/forms.'), some({ referral: 'na' })),
  // ---- R5 for: a test taken at a party's office
  c('R5 for: "u take the written test at the DMV, bring ur permit fee" (no contact)', said('how do i get my learners permit', 'the study guide is kestrellib.example.org/driving. u take the written test at the DMV, bring ur permit fee'), some({ referral: 'fail' })),
  c('R5 for: "You take the driving test at the MVA office in Glen Burnie, 410-555-0111."', said('where do i do the road test', 'You take the driving test at the MVA office in Glen Burnie, 410-555-0111.'), some({ referral: 'pass' })),
  c('R5 for: "Then take the vision exam at the BMV." (no contact)', said('renewing my license at 70, what do i need', 'The renewal checklist is at kestrellib.example.org/license. Then take the vision exam at the BMV.'), some({ referral: 'fail' })),
  c('R5 for: "Then go take the road test at the MVA in Beltsville. Book the slot at mva.example.gov/appt."', said('passed my permit, whats next', 'Then go take the road test at the MVA in Beltsville. Book the slot at mva.example.gov/appt.'), some({ referral: 'pass' })),
  // ---- R5 against
  c('R5 against: "You take the practice test at the DMV website: …"', said('is there a practice permit test', 'You take the practice test at the DMV website: dmv.example.gov/practice.'), some({ referral: 'na' })),
  c('R5 against: "I took the road test at the DMV years ago" (the provider\'s own)', said('is the road test hard', 'I took the road test at the DMV years ago and it was short. The handbook is at dmv.example.gov/handbook.'), some({ referral: 'na' })),
  c('R5 against: "If you take the test at the DMV, bring two forms of ID." (a conditional)', said('what id do i need for the permit test', 'If you take the test at the DMV, bring two forms of ID. The list is at dmv.example.gov/id.'), some({ referral: 'na' })),
];

export const r6r7: SessionCase[] = [
  // ---- R6 for
  c('R6 for: "pls tell your landlord about the mold in writing" (no contact)', said('theres mold in my bathroom', 'the tenant guide is kestrellib.example.org/tenants. pls tell your landlord about the mold in writing'), some({ referral: 'fail' })),
  c('R6 for: "You must inform the DMV that you sold the car, at dmv.example.gov/sold."', said('i sold my car, what now', 'You must inform the DMV that you sold the car, at dmv.example.gov/sold.'), some({ referral: 'pass' })),
  c('R6 for: "you should tell your boss about the jury summons" (no contact)', said('got a jury summons, will i lose my job', 'The state rules on jury leave are at courts.example.gov/jury. you should tell your boss about the jury summons right away'), some({ referral: 'fail' })),
  c('R6 for: "Take the bill of sale and your title to court." (no contact)', said('the buyer never paid me for the car', 'The small claims forms are at courts.example.gov/smallclaims. Take the bill of sale and your title to court.'), some({ referral: 'fail' })),
  c('R6 for: "Let your insurer know about the accident today." (no contact)', said('someone hit my parked car', 'The police report request form is at police.example.gov/reports. Let your insurer know about the accident today.'), some({ referral: 'fail' })),
  // ---- R6 against
  c('R6 against: "… ask them not to tell your employer your name" (the hotline, with its number)', said('can i report my boss anonymously', 'When you call the labor hotline at 1-800-555-0102, ask them not to tell your employer your name.'), some({ referral: 'pass' })),
  c('R6 against: "You can take your landlord to court over the deposit" (a lawsuit)', said('landlord kept my whole deposit', 'You can take your landlord to court over the deposit. The small claims guide is at courts.example.gov/smallclaims.'), some({ referral: 'na' })),
  c('R6 against: "Don\'t tell the MVA anything until the buyer pays."', said('sold my truck but the check hasnt cleared', "Don't tell the MVA anything until the buyer pays. The seller's checklist is at kestrellib.example.org/vehicles."), some({ referral: 'na' })),
  c('R6 against: "Tell your kids about the summer reading prizes!"', said('when does summer reading start', 'It starts June 10: kestrellib.example.org/summer. Tell your kids about the summer reading prizes!'), some({ referral: 'na' })),
  // ---- R7 for and against
  c('R7 for: "Give the signed form to your HR office." (no contact)', said('how do i get paid family leave', 'The leave form is at labor.example.gov/leave. Give the signed form to your HR office.'), some({ referral: 'fail' })),
  c('R7 for: "give a copy of the letter to the county clerk at 12 Main St, Dover, DE 19901"', said('how do i contest the tax sale notice', 'the sample letter is at kestrellib.example.org/taxes. give a copy of the letter to the county clerk at 12 Main St, Dover, DE 19901'), some({ referral: 'pass' })),
  c('R7 against: "Give the coloring sheets to your kids while you wait."', said('anything for kids to do at storytime', 'The storytime schedule is at kestrellib.example.org/kids. Give the coloring sheets to your kids while you wait.'), some({ referral: 'na' })),
  c('R7 against: "I\'ll give the form to our circulation desk" (the provider\'s own)', said('can i renew my card by chat', "Yes: I'll give the form to our circulation desk myself. The card rules are at kestrellib.example.org/card."), some({ referral: 'na' })),
  c('R7 against: "Give the leftover books to a friend, or keep them."', said('do i have to return the free book sale books', 'No, they are yours: the sale rules are at kestrellib.example.org/sale. Give the leftover books to a friend, or keep them.'), some({ referral: 'na' })),
  c('R7 for (es): "Entregue el formulario firmado a su empleador." (no contact)', said('como pido la licencia familiar', 'El formulario está en trabajo.example.gov/licencia. Entregue el formulario firmado a su empleador.'), some({ referral: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'R6 for: "you should tell your boss about the jury summons" (no contact)':
    'referral.contact: expected fail, got na. The patron told to tell their boss, as R6\'s "you should tell your employer" (which is read: "You should tell your employer about the jury summons right away." fails); "boss" is not taken ("Also tell your boss about …" is na too): older (v51 na too; R did not reach it). LABELS DISAGREE (decision 019): the mends took "boss" as a party for a while, and the seventeenth round\'s "Call your boss on the number you already have to check" (labelled na: a boss is none of RUBRIC\'s "agency, library, department, office or a named specialist") turned; the older label stands.',
  'R3 for: "the county consumer office takes complaints online (…) or at 410-555-0192"':
    'referral.contact: expected pass, got na. The office is one to call (a phone after "online"), but v19\'s "takes complaints … at" looks at most 40 characters without a dot, and the URL in brackets has dots before " at 410-…": older (v51 na too).',
  'R4 against: "The USDA can help rural homeowners with repairs" (what it does)':
    'referral.contact: expected na, got pass. What the USDA does for rural homeowners, and a page that describes the program in the next sentence: no one is told to contact or visit anyone (RUBRIC Terms, Referral; the page is a source). Read by the older "<party> can help" reading with a contact in the message: older (v51 pass too).',
  'R5 for: "Then go take the road test at the MVA in Beltsville. Book the slot at mva.example.gov/appt."':
    'referral.contact: expected pass, got fail. R5 now reads the visit to the MVA (rightly: v51 had na), but the MVA\'s own booking page in the next sentence is not taken as its way to reach it, though RUBRIC asks only that the party come with a URL: R caused (the status; the missed link is the older reading of contacts across sentences).',
};

describe('fifty-seventh round: block R checked blind, both ways', () => {
  for (const [t, cs] of [['R1, R2', r1r2], ['R3 to R5', r3r5], ['R6, R7', r6r7]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
