/**
 * Sixtieth round, second blind check of block T (rubric v54): T4, T5, T6 and T12 of referral.contact tried both ways in cases written by
 * a helper who did not see the author's cases, each labelled from RUBRIC.md (Terms, Referral; referral.contact) before it ran ("for":
 * the meant behaviour in new words; "against": near misses the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - T4: "or go / stop by in person" names no second party: the one party named (with its contact) is all the referral; a party named
 *   after "in person" ("in person at / to the …") is a party of its own and needs its own contact.
 * - T5: "ask about <a program>, which <a party> runs / mails …" tells the patron to contact no one (the party in the relative clause
 *   is not addressed); "call / ask <party>, who …" names the party before the clause and is a referral.
 * - T6: a district that runs a public service (appraisal, utility, fire, school) and Head Start / Early Head Start are organisations;
 *   a district's map and "a head start" (an advantage) are not. "Record <a land-records paper> with / at <office>" tells the patron
 *   to take it to that office (visit / contact it); the provider's (or the library's staff's) own recording, a recording that is
 *   presumed ("once you record …") and "record the video" are no referral.
 * - T12: "<get it> online at <URL>, or ask your <own party>": the URL is where the patron does it online, not the patron's party's
 *   contact, so that party has none (fail); the same agency taking the order online and by mail is reached by its URL (pass); the
 *   patron's party with a contact in the next message passes.
 *
 * COUNTS. Written: 35 cases (19 for, 16 against), each labelled before it ran (labels copied aside to
 * /tmp/sixtieth-round-t-second-blind-checked-labels.ts before the first run). First run as labelled: 26. Disagreeing: 9. Label
 * corrections: 0. Final: 26 running, 9 LEFT (each LEFT case scored under rubricV53 as well, to tell "older" from "T caused"):
 * - referral.contact, expected na / got fail: "u should also ask abt the Lifeline discount, which the phone company takes off your bill" (older).
 * - referral.contact, expected fail / got na: "Write to the Consumer Protection Section, which answers within 30 days." (older).
 * - referral.contact, expected pass / got na: "File the over-65 exemption with the Dallas Central Appraisal District, 214-555-0140." (older).
 * - referral.contact, expected pass / got na: "Enroll her through Lakeview Head Start, 614-555-0135." (older).
 * - referral.contact, expected pass / got na: "Sign him up with Early Head Start at 22 Oak St, Lakeview, OH 43331." (older).
 * - referral.contact, expected pass / got na: "Record the quitclaim with the Franklin County Recorder, 373 S High St, …" (older).
 * - referral.contact, expected fail / got pass: "Get it online through the county portal at taxes.example.gov, or call your mortgage company." (older).
 * - referral.contact, expected fail / got pass: "Order it from records.example.gov/order or ask your pediatrician's office to print one" (older).
 * - referral.contact, expected pass / got fail: "Order it online at sos.example.gov/apostille, or mail your request to the Secretary of State's
 *   Authentications Office." (T caused: v53 passes it).
 *
 * AFTER THE MENDS (by the author, checked by the suite and by the fifth blind check): the T caused case ("Order it online at
 * sos.example.gov/apostille, or mail your request to the Secretary of State's Authentications Office") reads as labelled (T12 wants a
 * verb of getting in touch before "your": "ask / call / visit your …", not "mail your request to"); T12 also reads a web address
 * before ", or" without "online at" ("Order it from records.example.gov/order or ask your pediatrician's office", "Get it online
 * through the county portal at taxes.example.gov, or call your mortgage company"), and T6 "the Franklin County Recorder" (three
 * older). Final: 30 running, 5 LEFT (all older).
 * ON v55 (block U): "File the over-65 exemption with the Dallas Central Appraisal District, 214-555-0140." (U4) reads as labelled
 *   and runs.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello! This is Dana with the Ask Ohio Libraries chat service.';
const { said } = nearMissLines(HI, { branch: 'Which county are you in?', branchReply: 'franklin' });
const HI_ES = 'Hola, le atiende Dana del servicio Pregunte a la Biblioteca.';
const es = nearMissLines(HI_ES, { branch: '¿En qué condado vive?', branchReply: 'franklin' });

export const t4: SessionCase[] = [
  // ---- T4 for: "in person" names no party
  c('T4 for: "Phone the Recorder\'s office at 614-555-0142 or go in person with two forms of ID."', said('how do i get a copy of my house deed', 'Certified copies cost $2 a page. Phone the Recorder\'s office at 614-555-0142 or go in person with two forms of ID.'), some({ referral: 'pass' })),
  c('T4 for: "u can call the BMV at 614-555-0188 or just go in person, bring ur old license"', said('lost my drivers license what do i do', 'u can call the BMV at 614-555-0188 or just go in person, bring ur old license if u still have it'), some({ referral: 'pass' })),
  c('T4 for: "Email the Records Unit at records@franklin.example.gov, or stop by in person."', said('need a police report from last month', 'Reports are ready after ten days. Email the Records Unit at records@franklin.example.gov, or stop by in person.'), some({ referral: 'pass' })),
  c('T4 for: "Llame a la oficina del Registro Civil al 614-555-0166 o vaya en persona con su identificación."', es.said('necesito copia del acta de matrimonio', 'La copia certificada cuesta 20 dólares. Llame a la oficina del Registro Civil al 614-555-0166 o vaya en persona con su identificación.'), some({ referral: 'pass' })),
  // ---- T4 against: a party named for the visit, and older readings
  c('T4 against: "Phone the tax assessor at 614-555-0121, or go in person to the Social Security office." (the second party has no contact)', said('i need proof of income for a tax break', 'Two places can help. Phone the tax assessor at 614-555-0121, or go in person to the Social Security office.'), some({ referral: 'fail' })),
  c('T4 against: "You\'ll need to apply in person at the Metropolitan Housing Authority." (no contact)', said('how do i get on the section 8 list', 'The list opens twice a year. You\'ll need to apply in person at the Metropolitan Housing Authority.'), some({ referral: 'fail' })),
  c('T4 against: "Ask to speak to a person at the county treasurer\'s office." (no contact)', said('my property tax bill looks wrong', 'The bill lists each levy separately. Ask to speak to a person at the county treasurer\'s office.'), some({ referral: 'fail' })),
  c('T4 against: "Go in person to the Bureau of Vital Statistics at 246 N High St, Columbus, OH 43215."', said('birth certificate same day?', 'Same day is possible. Go in person to the Bureau of Vital Statistics at 246 N High St, Columbus, OH 43215.'), some({ referral: 'pass' })),
  c('T4 against: "You\'ll have to renew it in person." (no party)', said('can i renew my passport online', 'Not if it was issued before age 16. You\'ll have to renew it in person.'), some({ referral: 'na' })),
];

export const t5: SessionCase[] = [
  // ---- T5 for: a party inside a relative clause after the object
  c('T5 for: "ask about the Summer EBT benefit, which the school district mails to families" (no referral)', said('food help for my kids over the summer', 'The food pantry list is at franklin.example.org/pantries. You should also ask about the Summer EBT benefit, which the school district mails to families on free lunch.'), some({ referral: 'na' })),
  c('T5 for: "u should also ask abt the Lifeline discount, which the phone company takes off your bill"', said('cheaper phone plan for seniors', 'the fcc explains it at fcc.example.gov/lifeline. u should also ask abt the Lifeline discount, which the phone company takes off your bill'), some({ referral: 'na' })),
  c('T5 for: "He could also ask about Extra Help, whose forms the Social Security office processes." (no referral)', said('my dad cant afford his pills', 'The state drug card is explained at ohio.example.gov/rx. He could also ask about Extra Help, whose forms the Social Security office processes.'), some({ referral: 'na' })),
  // ---- T5 against: the party before the clause
  c('T5 against: "Ask the benefits counselor at the Area Agency on Aging, who can check her eligibility." (no contact)', said('my mom needs help paying for medicare', 'There are several programs. Ask the benefits counselor at the Area Agency on Aging, who can check her eligibility.'), some({ referral: 'fail' })),
  c('T5 against: "Call the county ombudsman, who handles nursing home complaints, at 614-555-0170."', said('the nursing home isnt giving my aunt her meds on time', 'Write down dates and times. Call the county ombudsman, who handles nursing home complaints, at 614-555-0170.'), some({ referral: 'pass' })),
  c('T5 against: "Write to the Consumer Protection Section, which answers within 30 days." (no contact)', said('a contractor took my deposit and left', 'Keep the contract and receipts. Write to the Consumer Protection Section, which answers within 30 days.'), some({ referral: 'fail' })),
];

export const t6: SessionCase[] = [
  // ---- T6 for: districts and Head Start as parties
  c('T6 for: "File the over-65 exemption with the Dallas Central Appraisal District, 214-555-0140."', said('my grandma turned 65 does her property tax go down', 'Yes, there is an exemption. File the over-65 exemption with the Dallas Central Appraisal District, 214-555-0140.'), some({ referral: 'pass' })),
  c('T6 for: "phone ur utility district, they own the meter" (no contact)', said('my water meter is leaking', 'thats not the city. phone ur utility district, they own the meter'), some({ referral: 'fail' })),
  c('T6 for: "Enroll her through Lakeview Head Start, 614-555-0135."', said('preschool for my 3 year old thats free', 'Free preschool depends on income. Enroll her through Lakeview Head Start, 614-555-0135.'), some({ referral: 'pass' })),
  c('T6 for: "Contact the fire district office to schedule the inspection." (no contact)', said('need a fire inspection for my daycare license', 'The inspection is required before the license. Contact the fire district office to schedule the inspection.'), some({ referral: 'fail' })),
  c('T6 for: "Sign him up with Early Head Start at 22 Oak St, Lakeview, OH 43331."', said('programs for my baby, hes 10 months', 'There is one for infants. Sign him up with Early Head Start at 22 Oak St, Lakeview, OH 43331.'), some({ referral: 'pass' })),
  // ---- T6 for: "record … with / at"
  c('T6 for: "Record the quitclaim with the Franklin County Recorder, 373 S High St, Columbus, OH 43215."', said('my brother signed his half of the house to me', 'That is usually a quitclaim deed. Record the quitclaim with the Franklin County Recorder, 373 S High St, Columbus, OH 43215.'), some({ referral: 'pass' })),
  c('T6 for: "ok then you record the mortgage release at the Register of Deeds" (no contact)', said('paid off my mortgage, what now', 'The bank sends you a release. ok then you record the mortgage release at the Register of Deeds.'), some({ referral: 'fail' })),
  c('T6 for: "Record your easement with the Register of Deeds: deeds.example.gov/record." (the URL in the sentence)', said('my neighbor gave me an easement for the driveway', 'Put it in writing and have it notarized. Record your easement with the Register of Deeds: deeds.example.gov/record.'), some({ referral: 'pass' })),
  // ---- T6 against
  c('T6 against: "Check the Lakeview School District attendance map." (a map, no party)', said('which elementary school is my new house in', 'It goes by address. Check the Lakeview School District attendance map at lakeview.example.org/zones.'), some({ referral: 'na' })),
  c('T6 against: "Apply by March 1 and you\'ll have a real head start on the waitlist." (an advantage)', said('when should i apply for senior housing', 'The application is at franklin.example.org/seniorhousing. Apply by March 1 and you\'ll have a real head start on the waitlist.'), some({ referral: 'na' })),
  c('T6 against: "Record the video with your phone" (no land-records paper, no party)', said('how do i report a pothole that damaged my car', 'The report form is at columbus.example.gov/pothole. Record the video with your phone before you fill it in.'), some({ referral: 'na' })),
  c('T6 against: "Our notary will record the affidavit with the county clerk for you." (the library\'s own act)', said('can the library notarize my affidavit', 'Yes, our notary is in Tuesdays; hours are at franklin.example.org/notary. Our notary will record the affidavit with the county clerk for you.'), some({ referral: 'na' })),
  c('T6 against: "Once you record the deed with the recorder, the county mails it back" (presumed, no referral)', said('how long until i get my deed back', 'The timeline is at franklin.example.org/deeds. Once you record the deed with the recorder, the county mails it back in about six weeks.'), some({ referral: 'na' })),
];

/** T12: the patron's party named after a thing done online, its contact in the next provider message. */
const nextMessage: Line[] = [
  [0, 'p', 'where do i get my sons shot records for school'],
  [20, 'l', `${HI} Which county are you in?`],
  [50, 'p', 'franklin'],
  [70, 'l', 'Request them online at immunize.example.gov/records, or ask your son\'s pediatrician\'s office to print them.'],
  [80, 'l', 'If that is Lakeview Pediatrics, their number is 614-555-0150.'],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const t12: SessionCase[] = [
  // ---- T12 for: the URL is the resource's, the patron's own party has none
  c('T12 for: "Order the transcript online at records.example.edu/order, or ask your old high school\'s front office to print one."', said('need my high school transcript for a job', 'Order the transcript online at records.example.edu/order, or ask your old high school\'s front office to print one.'), some({ referral: 'fail' })),
  c('T12 for: "u can request it online at vitals.example.gov or ask ur family doctor\'s office for a copy"', said('need my shot record for nursing school', 'u can request it online at vitals.example.gov or ask ur family doctor\'s office for a copy'), some({ referral: 'fail' })),
  c('T12 for: "Get it online through the county portal at taxes.example.gov, or call your mortgage company." (no contact for the company)', said('where do i find last years property tax receipt', 'Get it online through the county portal at taxes.example.gov, or call your mortgage company.'), some({ referral: 'fail' })),
  c('T12 for: "Order it from records.example.gov/order or ask your pediatrician\'s office to print one" (no "online")', said('my daughters birth record for camp', 'Order it from records.example.gov/order or ask your pediatrician\'s office to print one.'), some({ referral: 'fail' })),
  // ---- T12 against
  c('T12 against: "Order it online at sos.example.gov/apostille, or mail your request to the Secretary of State\'s Authentications Office." (the same agency)', said('i need an apostille for my diploma', 'The fee is $5 per document. Order it online at sos.example.gov/apostille, or mail your request to the Secretary of State\'s Authentications Office.'), some({ referral: 'pass' })),
  c('T12 against: the pediatrician\'s office with its number in the next message', nextMessage, some({ referral: 'pass' })),
  c('T12 against: "Request it online at vitals.example.gov, or ask your doctor\'s office at 614-555-0162." (its own contact)', said('where do i get my old vaccine card', 'Request it online at vitals.example.gov, or ask your doctor\'s office at 614-555-0162.'), some({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'T5 for: "u should also ask abt the Lifeline discount, which the phone company takes off your bill"':
    'referral.contact expected na, got fail: "ask about" a discount names no one to ask; the phone company is inside the relative clause (the reading T5 states) and the patron is not told to contact it; T5 does not cut this clause, not even with "about" spelled out or without "u" (older: v53 fails it too)',
  'T5 against: "Write to the Consumer Protection Section, which answers within 30 days." (no contact)':
    'referral.contact expected fail, got na: "write to" an office (RUBRIC Terms, Referral: write to … a department or office) with no contact; "Section" is not read as a party (older: v53 na, and na without the relative clause too; with "of the Attorney General" it fails as labelled)',
  'T6 for: "Enroll her through Lakeview Head Start, 614-555-0135."':
    'referral.contact expected pass, got na: enrolling the child through Head Start is contacting it (the phone given); T6 reads the party but "enroll … through" is no referring verb ("You apply through Lakeview Head Start" is read, v54 only) (older: v53 na)',
  'T6 for: "Sign him up with Early Head Start at 22 Oak St, Lakeview, OH 43331."':
    'referral.contact expected pass, got na: signing up with Early Head Start at its address is visiting it; "sign … up with" is no referring verb (older: v53 na)',
};

describe('sixtieth round: block T checked blind a second time, both ways', () => {
  for (const [t, cs] of [['T4', t4], ['T5', t5], ['T6', t6], ['T12', t12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
