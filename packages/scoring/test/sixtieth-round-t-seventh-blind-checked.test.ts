/**
 * Sixtieth round, seventh blind check of block T (rubric v54): T12, T13 and T4 / T5 / T6 of referral.contact tried both ways in cases
 * written by a helper who did not see the author's cases nor the earlier checks of this block, each labelled from RUBRIC.md (Terms,
 * Referral; referral.contact) before it ran ("for": the meant behaviour in new words; "against": near misses the block must not read,
 * and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - T12: a web address the patron uses, then ", or" and the patron's own party ("your family doctor's office", "ur old high school",
 *   "su médico") with no contact anywhere: the address is the resource's, not that party's way to be reached (fail). A later provider
 *   message or another sentence giving that party's phone or e-mail passes; an address that is the party's own site (irs… for the IRS
 *   office, medicaid… for the Medicaid office) is its URL (pass); a relative ("your sister") is no party (na).
 * - T13: a purpose clause with no comma, then an imperative to contact a party, is telling the patron to contact it; a clause that
 *   ends on a subject of its own ("seniors often", "the contractor should", "my colleague usually", "nobody has") tells the patron
 *   nothing (na).
 * - T4 / T5 / T6: "in person" is no party; a party word inside a relative clause about a program is not the party called; a district
 *   that runs a service, Head Start and a county recorder are organisations; recording a deed "with / at" an office is contacting it.
 *
 * COUNTS. Written: 34 cases (18 for, 16 against), each labelled before it ran (labels copied aside before the first run). First run as
 * labelled: 28. Disagreeing: 6. Label corrections: 0. Final: 28 running, 6 LEFT (v53 scored on each LEFT case to tell "older" from
 * "T caused"):
 * - referral.contact, expected fail / got pass: "Pida la constancia en registros.example.gov/actas, o pregúntele a su médico." (T12 is
 *   English only; older).
 * - referral.contact, expected pass / got fail: "Apply online at irs.example.gov, or visit your local IRS office." (own site not seen
 *   for a three-letter name; T caused).
 * - referral.contact, expected na / got pass: "To renew seniors often call the MVA; the steps are at mva.example.gov/renew." ("seniors"
 *   not among T13's subjects; T caused).
 * - referral.contact, expected na / got fail: "To get a permit the contractor should call the Building Department." (singular "the
 *   contractor" not among T13's subjects; T caused).
 * - referral.contact, expected pass / got na: "sign ur kid up thru Pell Head Start, 410-555-0111" ("sign up thru" no referring verb;
 *   older).
 * - referral.contact, expected fail / got pass: "Call the Clerk at 423-555-0190 or visit the Recorder in person." (T caused in status:
 *   v53 failed it only on "person"; the bare "the Recorder" is unread on v53 too).
 *
 * AFTER THE MENDS (by the author, labels unchanged; checked by the full suite only): the four T caused read as labelled and run (T12's
 * own site also by a three-letter word, "irs" for "your local IRS office"; T13 stops at a clause ending in a modal, "the contractor
 * should", or in a word before "often / usually …", "seniors often"; "the Recorder" is a party, so "… or visit the Recorder in
 * person" fails again, now for the Recorder). Final: 32 running, 2 LEFT (both older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hey there, this is Dana at Pell County Library answering.';
const { said, saidThen } = nearMissLines(HI, { branch: 'Which branch are you closest to?', branchReply: 'riverside' });

export const t12: SessionCase[] = [
  // ---- T12 for
  c('T12 for: "request a copy at vitalrecords.example.gov/request, or ask your family doctor\'s office to print one" (no contact)', said('i need my sons shot record for school', 'You can request a copy at vitalrecords.example.gov/request, or ask your family doctor\'s office to print one.'), some({ referral: 'fail' })),
  c('T12 for: "u can get it online thru portal.example.org/transcripts or call ur old high school" (chat-speak, no contact)', said('need my hs transcript for a job app', 'u can get it online thru portal.example.org/transcripts or call ur old high school'), some({ referral: 'fail' })),
  c('T12 for: "Download the form from benefits.example.gov/forms, or check with your union rep." (no contact)', said('how do i claim the dental benefit from my job', 'Download the form from benefits.example.gov/forms, or check with your union rep.'), some({ referral: 'fail' })),
  c('T12 for: "Pay it online at tolls.example.com/pay; or phone your rental car company." (semicolon, no contact)', said('got a toll bill for a rental car', 'Pay it online at tolls.example.com/pay; or phone your rental car company.'), some({ referral: 'fail' })),
  c('T12 for: "Renew the policy at insure.example.com/renew or visit your insurance agent." (no contact)', said('my renters insurance lapsed', 'Renew the policy at insure.example.com/renew or visit your insurance agent.'), some({ referral: 'fail' })),
  c('T12 for: "Pida la constancia en registros.example.gov/actas, o pregúntele a su médico." (Spanish, no contact)', said('necesito la constancia de vacunas de mi hija', 'Pida la constancia en registros.example.gov/actas, o pregúntele a su médico.'), some({ referral: 'fail' })),
  // ---- T12 against
  c('T12 against: a later provider message gives the pediatrician\'s phone', saidThen('need my kids immunization form', 'Order it at records.example.gov/order or call your pediatrician\'s office.', 'Bayview Pediatrics, the office you mentioned, answers at 410-555-0188.'), some({ referral: 'pass' })),
  c('T12 against: the party\'s number in the next sentence ("their number is 410-555-0123")', said('need my kids immunization form', 'You can order it at records.example.gov/order or ask your pediatrician\'s office. Their number is 410-555-0123.'), some({ referral: 'pass' })),
  c('T12 against: "Apply online at irs.example.gov, or visit your local IRS office." (the party\'s own site)', said('how do i get a new tax id letter', 'Apply online at irs.example.gov, or visit your local IRS office.'), some({ referral: 'pass' })),
  c('T12 against: "Apply through medicaid.example.gov or call your county Medicaid office." (the party\'s own site)', said('how do i sign up my mom for medicaid', 'Apply through medicaid.example.gov or call your county Medicaid office.'), some({ referral: 'pass' })),
  c('T12 against: "Order it at records.example.gov/order, or mail the form to the Office of Vital Records." (older: the URL reaches it)', said('i need a copy of my birth certificate', 'Order it at records.example.gov/order, or mail the form to the Office of Vital Records.'), some({ referral: 'pass' })),
  c('T12 against: "… or e-mail your HR office at hr@example.com" (the party\'s own e-mail)', said('my job needs proof of my degree', 'Request the diploma copy at registrar.example.edu/copies, or e-mail your HR office at hr@example.com.'), some({ referral: 'pass' })),
  c('T12 against: "… or ask your sister to pick it up" (a relative, no party)', said('can someone else get my birth certificate', 'Order it online at records.example.gov/order, or ask your sister to pick it up for you.'), some({ referral: 'na' })),
];

export const t13: SessionCase[] = [
  // ---- T13 for
  c('T13 for: "To fix the error call the Registrar at 410-555-0142" (no comma)', said('my transcript has the wrong name', 'To fix the error call the Registrar at 410-555-0142.'), some({ referral: 'pass' })),
  c('T13 for: "2 get a copy visit the county clerks office" (chat-speak, no contact)', said('need a copy of my marriage license', '2 get a copy visit the county clerks office'), some({ referral: 'fail' })),
  c('T13 for: "To check whether your tags expired phone the MVA at 410-555-0166"', said('i think my tags expired', 'To check whether your tags expired phone the MVA at 410-555-0166.'), some({ referral: 'pass' })),
  c('T13 for: "in order to appeal write to the Zoning Board, 12 Main St, Pell, MD 21001"', said('they denied my fence permit', 'in order to appeal write to the Zoning Board, 12 Main St, Pell, MD 21001'), some({ referral: 'pass' })),
  c('T13 for: "so to find out if they\'re hiring email the HR office at jobs@example.org"', said('is the county hiring', 'so to find out if they\'re hiring email the HR office at jobs@example.org'), some({ referral: 'pass' })),
  c('T13 for: "To learn what\'s covered contact your insurance company" (no contact)', said('does insurance pay for hearing aids', 'To learn what\'s covered contact your insurance company.'), some({ referral: 'fail' })),
  c('T13 for: "Para saber cuánto debe llame a la Tesorería del condado" (older, Spanish, no contact)', said('cuánto debo de impuestos de la casa', 'Para saber cuánto debe llame a la Tesorería del condado.'), some({ referral: 'fail' })),
  // ---- T13 against
  c('T13 against: "To renew seniors often call the MVA" (the clause\'s own subject)', said('how do older people renew a license', 'To renew seniors often call the MVA; the steps are at mva.example.gov/renew.'), some({ referral: 'na' })),
  c('T13 against: "To get a permit the contractor should call the Building Department" (the contractor\'s act)', said('who gets the permit for my new deck', 'To get a permit the contractor should call the Building Department. The rules are at pell.example.gov/permits.'), some({ referral: 'na' })),
  c('T13 against: "To find the deeds my colleague usually visits the Recorder\'s office" (staff on the patron\'s behalf)', said('can you find the old deed to my house', 'To find the deeds my colleague usually visits the Recorder\'s office. She can look for yours this week.'), some({ referral: 'na' })),
  c('T13 against: "To date nobody has contacted the Historical Society about it" (no imperative)', said('has anyone researched the old mill', 'To date nobody has contacted the Historical Society about it. Our local history guide is at pell.example.org/history.'), some({ referral: 'na' })),
  c('T13 against: "To be fair calling the county office rarely works" (no referral)', said('should i call the county about my tax bill', 'To be fair calling the county office rarely works. The tax lookup at pell.example.gov/tax shows the bill.'), some({ referral: 'na' })),
];

export const t456: SessionCase[] = [
  // ---- T4 / T5 / T6 for
  c('T4 for: "Phone the Treasurer at 410-555-0177 or stop by in person" ("in person" is no party)', said('how do i pay my property tax in cash', 'Phone the Treasurer at 410-555-0177 or stop by in person.'), some({ referral: 'pass' })),
  c('T5 for: "… and ask about LIHEAP, which the Community Action Agency runs" (a relative clause\'s party)', said('help with my heating bill', 'Call the energy hotline at 800-555-0100 and ask about LIHEAP, which the Community Action Agency runs.'), some({ referral: 'pass' })),
  c('T6 for: "Call the Elm Creek Water District about the shutoff." (no contact)', said('my water got shut off', 'Call the Elm Creek Water District about the shutoff.'), some({ referral: 'fail' })),
  c('T6 for: "sign ur kid up thru Pell Head Start, 410-555-0111"', said('free preschool for my 4 yr old?', 'sign ur kid up thru Pell Head Start, 410-555-0111'), some({ referral: 'pass' })),
  c('T6 for: "Record the quitclaim with the Dare County Recorder." (no contact)', said('my dad signed a quitclaim to me', 'Record the quitclaim with the Dare County Recorder.'), some({ referral: 'fail' })),
  // ---- T4 / T5 / T6 against
  c('T4 against: "Call the Clerk at 423-555-0190 or visit the Recorder in person" (the Recorder has none)', said('how do i fix a mistake on my deed', 'Call the Clerk at 423-555-0190 or visit the Recorder in person.'), some({ referral: 'fail' })),
  c('T5 against: "Ask the county housing office, which handles vouchers, about the waitlist." (the object is the party)', said('section 8 waitlist', 'Ask the county housing office, which handles vouchers, about the waitlist.'), some({ referral: 'fail' })),
  c('T6 against: "Check the school district\'s boundary map at district.example.org" (a page)', said('which school is my kid zoned for', 'Check the school district\'s boundary map at district.example.org.'), some({ referral: 'na' })),
  c('T6 against: "give ur kid a head start on reading with Tumblebooks" (no party)', said('reading apps for my 5 yr old', 'give ur kid a head start on reading with Tumblebooks at pell.example.org/kids'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  "T12 for: \"Pida la constancia en registros.example.gov/actas, o pregúntele a su médico.\" (Spanish, no contact)":
    "referral.contact, expected fail / got pass: the ordering site is read as the doctor's way to be reached; T12 reads only English verbs and \"your\" (YOUR_PARTY_T12), not \"pregúntele a su …\". Older: v53 passes it too.",
  "T6 for: \"sign ur kid up thru Pell Head Start, 410-555-0111\"":
    "referral.contact, expected pass / got na: signing the child up through Head Start is contacting it (T6 reads \"apply through … Head Start\"), but \"sign … up thru\" is not read as a referring verb. Older: v53 gives na too.",
};

describe('sixtieth round: block T checked blind a seventh time, both ways', () => {
  for (const [t, cs] of [['T12', t12], ['T13', t13], ['T4 T5 T6', t456]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
