/**
 * Fifty-fifth round, second blind check of block Q (rubric v51): referral.contact's new readings Q3 to Q8, Q11, Q13, Q14 and Q16
 * tried both ways, in cases written by a checker who did not write the block, labelled from RUBRIC.md before they ran.
 *
 * WHAT IT CHECKS:
 * - Q3: "file" with v13's "bring / take / mail … it / them / your|the … to|at the … office / department / recorder …" ("file it at
 *   the county recorder's office"); not another subject's act.
 * - Q4: "apply with" an agency named without an article (FEMA, SBA, Social Security …); "try" a charity or "a / the / any (local,
 *   nearby …) church / mosque / temple …", not their website, records, newsletter, …
 * - Q5: "bring / take / deliver / submit <papers> (with|and your …) to Social Security / the IRS / the VA / USCIS / FEMA", not after
 *   "if / when …", not the provider's own, not a bus or a route, not the agency's website or portal.
 * - Q6: chat-speak "you/u (ve) gotta / got to / gonna have|need|want to", "ur / u r / you're gonna … / supposed to" before the
 *   referring verb.
 * - Q7: "send / mail … to" no longer reaches over another referring verb ("Once you mail it, phone the Vital Records office …").
 * - Q8: Spanish sending or taking "en" the office ("Entregue la solicitud en la secretaría …").
 * - Q11: beekeepers, arborists, tree services, pest control companies as parties, also after "one of the / any of the".
 * - Q13: collectors, collection agencies, creditors, lenders, loan servicers as parties, not their letters, portal, …
 * - Q14: the last party listed with no contact, also after "her / his / their / any" and before "too / instead / …"; not a clause.
 * - Q16: "report it / the scam (now, asap …): to <party>" across a colon.
 * Remember referral.contact's statuses: na (no referral), pass (every party referred to comes with an e-mail, phone, postal address
 * or URL to reach it), fail (a party without one).
 *
 * READINGS TAKEN (where RUBRIC.md leaves room, labels read from its Terms):
 * - Directions to an agency ("Take the Red Line to the IRS", "Take the number 7 to Social Security") answer how to get there and
 *   refer the patron to no one: na. The provider's own act ("I'll file it at the county recorder's office for you", "I'm going to
 *   take your question to the VA rep", "We'll report it right away: to …", "I gotta call the county clerk myself") is not a
 *   referral (staff the provider consults on the patron's behalf): na.
 * - An app, a book, a newsletter archive, an online portal of a party ("the Red Cross Blood Donor app", "a church cookbook", "the
 *   temple's newsletter archive", "your lender's online portal", "the state tax website") is a source: na.
 * - A party named with its own web address elsewhere in the provider's message ("The IRS explains the letter at irs.gov/identity.
 *   Take the letter … to the IRS.") comes with a way to reach it: pass; a library page in the sentence before is not the contact of
 *   an office named after it ("La solicitud está en fairhavenlib…/becas. Entregue la solicitud en la secretaría …": fail).
 * - "the address on your notice / statement" is not a postal address: no contact given.
 * - The meant behaviour in other words (chat-speak "u can file", "ur", "u r", "y'all gotta", "Might try", "def", lower case,
 *   a possessive "Habitat for Humanity's ReStore", Spanish "Llévela en persona en el juzgado") refers the patron as the plain forms do.
 *
 * COUNTS. Written: 56 cases (33 for, 23 against), labelled from RUBRIC.md before they ran (copy at /tmp/q-second-blind-labels.ts).
 * First run as labelled: 44; disagreeing: 12. Label corrections: 1 (the IRS case: I had missed that the sentence before names
 * the IRS with irs.gov; now pass). Final: 45 running, 11 LEFT (4 Q caused, 7 older: v50 read them the same), each with its
 * reason in LEFT_WHY:
 * - Q caused: Q4 against, na/fail, "try a church cookbook from our 641.5 shelf" (cookbook not in the exclusion list).
 * - Q caused: Q5 against, na/fail, "Take the number 7 to Social Security" (a bus by its number).
 * - Q caused: Q8 for, fail/pass, "Entregue la solicitud en la secretaría de la escuela." (the library's page before taken as contact).
 * - Q caused: Q14 against, pass/fail, "Call the county clerk at 508-…, and their office staff explain the steps." (a clause).
 * - older: Q3 against, na/fail, "I'll file it at the county recorder's office for you" (the provider's own act).
 * - older: Q4 for, fail/na, "You could apply with SBA for a disaster loan too." (SBA not read; FEMA is).
 * - older: Q4 for, fail/na, "Might try a nearby mosque; many run food pantries." ("Might try" not read).
 * - older: Q4 for, pass/na, "Also try Habitat for Humanity's ReStore, 508-…" (the possessive not read).
 * - older: Q5 for, fail/na, "just take ur DD-214 to the VA" ("to the VA" not read; "to the IRS" is).
 * - older: Q6 for, fail/na, "u r gonna want to ask the county assessor" ("u r / ur gonna want to" not read).
 * - older: Q6 for, fail/na, "y'all gotta call the county tax office" ("y'all" not in Q6).
 *
 * AFTER THE MENDS (the author's, in 214fc6d and after; labels unchanged): 9 of the 11 LEFT run. The 4 Q caused are mended ("church
 * cookbook" and more such nouns, "the number 7", an application form owns the URL after it (Q18), the words after "and their …"
 * must end on a party); 5 older ones are taken ("Might try", the possessive "Humanity's", "the VA" as a party, "u r gonna want
 * to", "y'all gotta"). 2 stay LEFT, both older: the provider's own "I'll file it at … for you" and "apply with SBA" (the SBA is
 * no party word: v34's near misses keep "the sba can help small businesses" no referral). 54 running, 2 LEFT.
 *
 * ON v52 (block R, R4): "You could apply with SBA for a disaster loan too." is a referral with no contact, as labelled (the SBA a
 * party named right after the verb, ending its phrase; still no party in "the SBA can help small businesses"): 55 running, 1 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hey there, Sam with Ask a Librarian at Fairhaven Public Library.';
const { said } = nearMissLines(HI, { branch: 'What county are you in?', branchReply: 'fairhaven county' });

export const q3q5: SessionCase[] = [
  // ---- Q3 for: filing at an office
  c('Q3 for: "Once it\'s signed, file it at the county recorder\'s office, 508-…"', said('where does a quitclaim deed go', 'The deed form is at fairhavenlib.example.org/deeds. Once it\'s signed, file it at the county recorder\'s office, 508-555-0161.'), some({ referral: 'pass' })),
  c('Q3 for: "u can file the claim at your county veterans service office" (no contact)', said('how do i start a va pension claim', 'the pension steps r at fairhavenlib.example.org/veterans. u can file the claim at your county veterans service office.'), some({ referral: 'fail' })),
  c('Q3 for: "File the paperwork in person at the Register of Deeds office" (no contact)', said('how do i record a lien release', 'A sample release is at fairhavenlib.example.org/liens. File the paperwork in person at the Register of Deeds office.'), some({ referral: 'fail' })),
  c('Q3 for: chat-speak "file it at ur county clerk\'s office" (no contact)', said('where do i turn in a dba form', 'the dba form is at fairhavenlib.example.org/business. just file it at ur county clerk\'s office.'), some({ referral: 'fail' })),
  // ---- Q3 against
  c('Q3 against: "The closing attorney files your deed at the recorder\'s office" (another subject)', said('do i have to record my new deed myself', 'Usually not: the closing attorney files your deed at the recorder\'s office after closing. The recording guide is at fairhavenlib.example.org/deeds.'), some({ referral: 'na' })),
  c('Q3 against: "File it online at the state tax department\'s website" (a page)', said('can i do my state taxes online', 'Yes. File it online at the state tax department\'s website, tax.example.gov/efile.'), some({ referral: 'na' })),
  c('Q3 against: "I\'ll file it at the county recorder\'s office for you" (the provider\'s own)', said('can the library record my deed', 'Our notary desk can help: I\'ll file it at the county recorder\'s office for you on Monday. The notary page is fairhavenlib.example.org/notary.'), some({ referral: 'na' })),
  // ---- Q4 for: applying with an agency, trying a charity or a church
  c('Q4 for: "You could apply with SBA for a disaster loan too." (no contact)', said('storm wrecked my shop, any loans', 'The county recovery page is fairhaven.example.gov/recovery. You could apply with SBA for a disaster loan too.'), some({ referral: 'fail' })),
  c('Q4 for: "Apply with Social Security online at ssa.gov/apply or by phone at 1-800-…"', said('how do i sign up for retirement benefits', 'The retirement planner is at fairhavenlib.example.org/retire. Apply with Social Security online at ssa.gov/apply or by phone at 1-800-772-1213.'), some({ referral: 'pass' })),
  c('Q4 for: "try catholic charities or st vincent de paul" (no contact)', said('cant pay rent this month', 'the rent help list is at fairhavenlib.example.org/housing. also try catholic charities or st vincent de paul, they sometimes help w one month.'), some({ referral: 'fail' })),
  c('Q4 for: "Might try a nearby mosque; many run food pantries." (no contact)', said('where can i get halal food boxes', 'The food pantry map is at fairhavenfood.example.org. Might try a nearby mosque; many run food pantries.'), some({ referral: 'fail' })),
  c('Q4 for: "try Habitat for Humanity\'s ReStore, 508-…"', said('cheap used cabinets?', 'The reuse guide is at fairhavenlib.example.org/reuse. Also try Habitat for Humanity\'s ReStore, 508-555-0190.'), some({ referral: 'pass' })),
  // ---- Q4 against
  c('Q4 against: "try the Red Cross Blood Donor app" (an app)', said('where can i give blood this week', 'Blood drives are listed at fairhavenlib.example.org/events. For appointments, try the Red Cross Blood Donor app on your phone.'), some({ referral: 'na' })),
  c('Q4 against: "try a church cookbook from our shelf" (a book)', said('old fashioned potluck recipes', 'The cookbook list is at fairhavenlib.example.org/cookbooks. For potluck recipes, try a church cookbook from our 641.5 shelf.'), some({ referral: 'na' })),
  c('Q4 against: "try the temple\'s newsletter archive" (a publication)', said('when did the synagogue on elm st open', 'Try the temple\'s newsletter archive in our local history room; the room\'s guide is at fairhavenlib.example.org/localhistory.'), some({ referral: 'na' })),
  c('Q4 against: "Did you apply with FEMA already?" (asks what the patron did)', said('flood damage help', 'Did you apply with FEMA already? The county recovery page is fairhaven.example.gov/recovery.'), some({ referral: 'na' })),
  // ---- Q5 for: papers taken to an agency
  c('Q5 for: "take your paperwork and ID to Social Security" (no contact)', said('how do i change my name on my ss card', 'The form is at ssa.gov/forms/ss-5.pdf. After the wedding, take your paperwork and ID to Social Security.'), some({ referral: 'fail' })),
  // label corrected after the first run (was 'fail'): the sentence before names the IRS with its own web address, irs.gov
  c('Q5 for: "take the letter along with your photo ID to the IRS" (the IRS named at irs.gov the sentence before)', said('irs says i need to verify my identity', 'The IRS explains the letter at irs.gov/identity. Take the letter along with your photo ID to the IRS.'), some({ referral: 'pass' })),
  c('Q5 for: "just take ur DD-214 to the VA" (no contact)', said('how do i get a veteran id card', 'the id card steps r at fairhavenlib.example.org/veterans. just take ur DD-214 to the VA.'), some({ referral: 'fail' })),
  c('Q5 for: "Deliver them to USCIS at the address on your notice" (no contact)', said('where do i send the rfe documents', 'The evidence checklist is at fairhavenlib.example.org/immigration. Deliver them to USCIS at the address on your notice.'), some({ referral: 'fail' })),
  // ---- Q5 against
  c('Q5 against: "Take the Red Line to the IRS" (a route)', said('how do i get to the irs office downtown', 'The trip planner is at fairhaventransit.example.org. Take the Red Line to the IRS; it is across the street from the station.'), some({ referral: 'na' })),
  c('Q5 against: "Take the number 7 to Social Security" (a route)', said('which bus goes to social security', 'The bus map is at fairhaventransit.example.org. Take the number 7 to Social Security; it stops at the door.'), some({ referral: 'na' })),
  c('Q5 against: "I\'m going to take your question to the VA rep" (the provider\'s own)', said('does the va cover hearing aids', 'The VA hearing page is va.gov/health-care. I\'m going to take your question to the VA rep who visits our branch on Tuesdays.'), some({ referral: 'na' })),
  c('Q5 against: "Submit it to the VA\'s online portal at va.gov" (a page)', said('how do i send in my claim', 'Submit it to the VA\'s online portal at va.gov/claims.'), some({ referral: 'na' })),
];

export const q6q8: SessionCase[] = [
  // ---- Q6 for: the patron told what they must do, in chat-speak
  c('Q6 for: "you gotta visit the DMV in person for that" (no contact)', said('can i get a real id online', 'the real id list is at fairhavenlib.example.org/realid. you gotta visit the DMV in person for that.'), some({ referral: 'fail' })),
  c('Q6 for: "ur gonna have to email the registrar at …"', said('how do i get my transcript from fhcc', 'the records page is fairhavenlib.example.org/schools. ur gonna have to email the registrar at registrar@fhcc.example.edu.'), some({ referral: 'pass' })),
  c('Q6 for: "You\'re going to have to phone the county treasurer first." (no contact)', said('can i pay my back taxes in parts', 'The tax sale rules are at fairhavenlib.example.org/taxes. You\'re going to have to phone the county treasurer first.'), some({ referral: 'fail' })),
  c('Q6 for: "u got to def contact the housing authority" (no contact)', said('my section 8 voucher is expiring', 'the voucher guide is at fairhavenlib.example.org/housing. u got to def contact the housing authority.'), some({ referral: 'fail' })),
  c('Q6 for: "u r gonna want to ask the county assessor" (no contact)', said('why did my assessment go up', 'the assessment faq is at fairhavenlib.example.org/assess. u r gonna want to ask the county assessor.'), some({ referral: 'fail' })),
  c('Q6 for: "y\'all gotta call the county tax office" (no contact)', said('we got a tax bill for a house we sold', 'the tax faq is at fairhavenlib.example.org/taxes. y\'all gotta call the county tax office about that.'), some({ referral: 'fail' })),
  // ---- Q6 against
  c('Q6 against: "I gotta call the county clerk myself to check" (the provider\'s own)', said('do they still have 1950s marriage records', 'Not sure, I gotta call the county clerk myself to check. The marriage index is at fairhavenlib.example.org/marriages.'), some({ referral: 'na' })),
  c('Q6 against: "You\'re supposed to receive a letter from the county clerk" (no contact told)', said('did my jury summons go through', 'You\'re supposed to receive a letter from the county clerk. The jury page is fairhavencourts.example.gov/jury.'), some({ referral: 'na' })),
  c('Q6 against: "ur supposed to visit the state tax website, …" (a page)', said('where do i get the state tax form', 'ur supposed to visit the state tax website, tax.example.gov, to print it.'), some({ referral: 'na' })),
  // ---- Q7 for: "send / mail" no longer reaches over another referring verb
  c('Q7 for: "Once you mail it, phone the Vital Records office to check it arrived." (no contact)', said('where does the birth certificate form go', 'The form is at health.example.gov/vital. Once you mail it, phone the Vital Records office to check it arrived.'), some({ referral: 'fail' })),
  c('Q7 for: "Send it certified, then contact the assessor at 508-… to confirm."', said('how do i send the appeal', 'The appeal form is at fairhavenlib.example.org/assess. Send it certified, then contact the assessor at 508-555-0177 to confirm.'), some({ referral: 'pass' })),
  // ---- Q7 against: older "send / mail … to <party>" readings kept
  c('Q7 against: "Mail the completed form and a check to the Registrar of Voters." (no contact)', said('how do i change my party', 'The form is at fairhavenvotes.example.gov/forms. Mail the completed form and a check to the Registrar of Voters.'), some({ referral: 'fail' })),
  c('Q7 against: "Send copies of both letters to your landlord" (no contact)', said('my landlord kept my deposit', 'The deposit law is summarized at fairhavenlib.example.org/tenants. Send copies of both letters to your landlord and keep the originals.'), some({ referral: 'fail' })),
  // ---- Q8 for: Spanish "en" the office
  c('Q8 for: "Entregue la solicitud en la secretaría de la escuela." (no contact)', said('donde entrego la solicitud de beca', 'La solicitud está en fairhavenlib.example.org/becas. Entregue la solicitud en la secretaría de la escuela.'), some({ referral: 'fail' })),
  c('Q8 for: "Llévela en persona en el juzgado municipal, tel. (787) 555-0140."', said('donde pago la multa', 'Las multas se explican en fairhavenlib.example.org/multas. Llévela en persona en el juzgado municipal, tel. (787) 555-0140.'), some({ referral: 'pass' })),
  // ---- Q8 against
  c('Q8 against: "Puede enviarlo en línea; el registro lo procesa …" (a web form)', said('como pido el acta de nacimiento', 'Puede enviarlo en línea; el registro lo procesa en dos semanas. El formulario está en registro.example.gov/acta.'), some({ referral: 'na' })),
];

export const q11q16: SessionCase[] = [
  // ---- Q11 for: trades as parties
  c('Q11 for: "Call a licensed pest control company about the wasps." (no contact)', said('huge wasp nest in my attic', 'A wasp fact sheet is at extension.example.edu/wasps. Call a licensed pest control company about the wasps.'), some({ referral: 'fail' })),
  c('Q11 for: "contact an arborist before you cut" (no contact)', said('is my oak tree dying', 'The oak disease guide is at extension.example.edu/oaks. Contact an arborist before you cut anything.'), some({ referral: 'fail' })),
  c('Q11 for: "Ask any of the tree services on the county list, …" (a list with contacts)', said('who can take down a dead tree', 'Ask any of the tree services on the county\'s approved contractor list, fairhaven.example.gov/trees.'), some({ referral: 'pass' })),
  // ---- Q11 against
  c('Q11 against: "The arborist\'s report on the old oak is in the local history files" (no referral)', said('history of the big oak on the green', 'The arborist\'s report on the old oak from 1988 is in our digital local history files at fairhavenlib.example.org/oak.'), some({ referral: 'na' })),
  // ---- Q13 for: collectors and creditors
  c('Q13 for: "call ur loan servicer and ask about forbearance" (no contact)', said('cant make my student loan payment', 'the repayment options r at studentaid.example.gov. call ur loan servicer and ask about forbearance.'), some({ referral: 'fail' })),
  c('Q13 for: "Write to the creditor at the address on your statement" (no contact)', said('how do i dispute a credit card charge', 'The dispute rules are at consumerfinance.example.gov/cards. Write to the creditor at the address on your statement within 60 days.'), some({ referral: 'fail' })),
  c('Q13 for: "Contact the collection agency in writing: <name>, PO Box …"', said('a collection agency keeps calling me', 'The debt rules are at consumerfinance.example.gov/debt. Contact the collection agency in writing: Midland Recovery, PO Box 2011, Warren, MI 48090.'), some({ referral: 'pass' })),
  // ---- Q13 against
  c('Q13 against: "Visit your lender\'s online portal to see the payoff" (a page)', said('how much do i still owe on my car', 'Visit your lender\'s online portal to see the payoff amount. A guide to payoff letters is at fairhavenlib.example.org/loans.'), some({ referral: 'na' })),
  c('Q13 against: "The creditor reported it to the bureaus in May." (no referral)', said('why did my credit score drop', 'From what you describe, the creditor reported it to the bureaus in May. How scores work is at consumerfinance.example.gov/scores.'), some({ referral: 'na' })),
  // ---- Q14 for: the last party listed without a contact
  c('Q14 for: "… with the FTC at reportfraud.ftc.gov and with your bank too." (the bank: no contact)', said('someone opened a card in my name', 'File a report with the FTC at reportfraud.ftc.gov and with your bank too.'), some({ referral: 'fail' })),
  c('Q14 for: "Call the clinic at 508-… or his regular doctor instead." (the doctor: no contact)', said('my dad needs a flu shot', 'Call the county clinic at 508-555-0110 or his regular doctor instead.'), some({ referral: 'fail' })),
  // ---- Q14 against
  c('Q14 against: "Email the registrar at … and their advisors help with the forms." (a clause)', said('how do i drop a class at fhcc', 'Email the registrar at registrar@fhcc.example.edu and their advisors help with the forms.'), some({ referral: 'pass' })),
  c('Q14 against: "Call the county clerk at 508-…, and their office staff explain the steps." (a clause)', said('how do i get a marriage license', 'Call the county clerk at 508-555-0150, and their office staff explain the steps.'), some({ referral: 'pass' })),
  // ---- Q16 for: "report it … :" across a colon
  c('Q16 for: "Report it now: to the state attorney general\'s consumer line, 1-800-…"', said('a roofer took my deposit and vanished', 'Report it now: to the state attorney general\'s consumer line, 1-800-555-0167.'), some({ referral: 'pass' })),
  c('Q16 for: "report the scam asap: to your bank\'s fraud department" (no contact)', said('i sent money to a fake seller', 'the scam guide is at fairhavenlib.example.org/scams. report the scam asap: to your bank\'s fraud department.'), some({ referral: 'fail' })),
  // ---- Q16 against
  c('Q16 against: "We\'ll report it right away: to the state library\'s security team" (the provider\'s own)', said('our library card site sent me a weird email', 'Thanks for flagging it. We\'ll report it right away: to the state library\'s security team. Our safety tips are at fairhavenlib.example.org/safety.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Q3 against: "I\'ll file it at the county recorder\'s office for you" (the provider\'s own)':
    'referral.contact: expected na, got fail. The provider files the deed herself ("I\'ll file it at the county recorder\'s office for you on Monday"): no one is referred. "I\'ll take it to …" reads the same. Older (v50: fail).',
};

describe('fifty-fifth round, second blind check: block Q tried both ways', () => {
  for (const [t, cs] of [['Q3 to Q5', q3q5], ['Q6 to Q8', q6q8], ['Q11 to Q16', q11q16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
