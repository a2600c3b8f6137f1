/**
 * Fifty-seventh round: block R's readings (rubric v52) tried both ways, in cases written with the block and its mends and labelled
 * from RUBRIC.md before they ran. Three blind checks (fifty-seventh-round-r-blind-checked, -second-, -third-) and two more on the
 * mends (-fourth-, -fifth-) were written by others who saw neither these cases nor the scorer's answers.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - R1, R4, R10: Medicare, Medicaid, the SBA, the USDA, a village or township, a state's MVD, an insurer and an agency's
 *   consultants are parties when the patron is told to call, write to, ask or visit them (RUBRIC Terms, Referral: "another agency
 *   … office"); their cards, pages and what they pay for are not; the patron's boss and family are none of RUBRIC's kinds of
 *   party (the seventeenth round's "Call your boss …" is labelled no referral).
 * - R2, R5, R6, R7, R12-R16, R21: having a relative call, taking a test at the MVA, telling the MVA or a landlord, papers taken to
 *   court or given to an employer, an agency's instruction to everyone relayed, a numbered form filed with an agency, applying
 *   together at an office, "worth asking", going in person to a street address, meeting with an advisor: each tells the patron to
 *   contact or visit a party.
 * - R3: "takes complaints online at <URL> or at <phone>" gives the office's phone: a referral; "online at <URL>" alone is a form
 *   on a page, a source (v19's reading, kept).
 * - R8, R9: a question about the state of the patron's number ("Is your number back on your phone?") and a Spanish restatement
 *   of situation and need are questions about the need / restatements (RUBRIC inquiry.clarify).
 * - R11: "your time with me is up" is "your time is up".
 * - R17: the library's card mailed to the patron is the service delivered, no promise "to send or find more later" (RUBRIC
 *   Terms, Follow-up session).
 * - R18, R19: what comes by mail from an agency, and a colleague the chat is transferred to, are no referrals.
 * - R20, R22, R23: "Does DCMP look like it would work for you?", "Does that sound doable?" ask whether what was given meets the
 *   need; "si, got what i need" says the patron is done.
 *
 * COUNTS. Written: 49 cases (29 for, 20 against), each labelled before it ran. First run as labelled: 48. Label corrections: 1
 * ("you can ask them not to tell your employer your name" asks the agency: a referral reached by its URL, pass, not na; the employer
 * is still no party). LEFT: none.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi, this is Jo at Pell County Library.';
const { said, asked, done: doneLines } = nearMissLines(HI);

/** `nearMissLines`'s `done`, this file's goodbye. */
const done = (q: string, answer: string, reply: string): Line[] => doneLines(q, answer, reply, 'Take care, bye!');

export const parties: SessionCase[] = [
  // ---- R1, R4, R10 for
  c('R1 for: "Call Medicare." (no contact)', said('my dad got a letter about his medicare plan', 'The plan rules are explained at pellcountylib.example.org/medicare-guide. Call Medicare.'), some({ referral: 'fail' })),
  c('R1 for: "Tell your mom to call Medicaid" (no contact)', said('my mom lost her medicaid card', 'Replacement cards take a couple of weeks. Tell your mom to call Medicaid about it.'), some({ referral: 'fail' })),
  c('R4 for: "You can apply with the SBA for a disaster loan." (no contact)', said('flood wrecked my shop', 'Disaster loans for businesses and homeowners exist. You can apply with the SBA for a disaster loan.'), some({ referral: 'fail' })),
  c('R4 for: "Apply with SBA at sba.example.gov/disaster."', said('flood wrecked my shop', 'Apply with SBA at sba.example.gov/disaster.'), some({ referral: 'pass' })),
  c('R10 for: "File a FOIA request with the village." (no contact)', said('old permits for my house', 'Permits from before 2000 are kept by the village. File a FOIA request with the village.'), some({ referral: 'fail' })),
  c('R10 for: "Call your insurer." (no contact)', said('hail damage on my roof', 'Take photos first. Call your insurer.'), some({ referral: 'fail' })),
  c('R10 for: "call their consultants for free, 1-800-555-0148"', said('work from home accommodation', 'The Job Accommodation Network has sample letters at askjan.example.org. You can also call their consultants for free, 1-800-555-0148.'), some({ referral: 'pass' })),
  // ---- R1, R4, R10 against
  c('R1 against: "Medicare can help pay for a wheelchair" names no one to contact', said('does medicare pay for a wheelchair', 'Medicare can help pay for a wheelchair when a doctor orders it; the rules are at medicare.example.gov/wheelchairs.'), some({ referral: 'na' })),
  c('R1 against: "your Medicare card" is no party', said('where is my medicare number', 'Your Medicare number is printed on your Medicare card; the card is shown at medicare.example.gov/card.'), some({ referral: 'na' })),
  c('R4 against: "The SBA\'s website has the forms"', said('small business loan forms', "The SBA's website has the forms: sba.example.gov/forms."), some({ referral: 'na' })),
  c('R10 against: "the village website" is a page', said('when is leaf pickup', 'The village website lists the leaf pickup dates: villageofpell.example.gov/leaves.'), some({ referral: 'na' })),
  c('R10 against: "Call your boss on the number you already have" (a boss is none of RUBRIC\'s parties)', said('my boss texted me to buy gift cards', 'That is a common scam. Call your boss on the number you already have to check.'), some({ referral: 'na' })),
];

export const verbs: SessionCase[] = [
  // ---- R2, R3, R5, R6, R7 for
  c('R2 for: "Have your mother (or you, with her on the line) call 1-800-MEDICARE (1-800-633-4227)"', said('my mom got a scam call about medicare', 'Medicare never calls about cards. Have your mother (or you, with her on the line) call 1-800-MEDICARE (1-800-633-4227) to report it.'), some({ referral: 'pass' })),
  c('R2 for: "Have your dad hang up and call the county clerk." (no contact)', said('someone called my dad about his taxes', 'That is likely a scam. Have your dad hang up and call the county clerk.'), some({ referral: 'fail' })),
  c('R3 for: "takes consumer complaints online at … or at 800-555-0115"', said('i want to complain about a contractor', "The Attorney General's office takes consumer complaints online at ag.example.gov/consumer or at 800-555-0115."), some({ referral: 'pass' })),
  c('R5 for: "u take the knowledge test at the MVA — book it at mva.example.gov/appointments"', said('how do i get my learners permit', 'u take the knowledge test at the MVA — book it at mva.example.gov/appointments'), some({ referral: 'pass' })),
  c('R6 for: "Also tell the MVA the car was sold." (no contact)', said('i sold my car, what now', 'Keep a copy of the bill of sale. Also tell the MVA the car was sold.'), some({ referral: 'fail' })),
  c('R6 for: "Inform the MVA that you sold the car." (no contact)', said('i sold my car, what now', 'Keep a copy of the bill of sale. Inform the MVA that you sold the car.'), some({ referral: 'fail' })),
  c('R6 for: "Bring the dated bill of sale to court." (no contact)', said('got a ticket for a car i already sold', 'The ticket can be contested. Bring the dated bill of sale to court.'), some({ referral: 'fail' })),
  c('R7 for: "Give the form to your employer." (no contact)', said('jury duty form for work', 'The court fills in the top half. Give the form to your employer.'), some({ referral: 'fail' })),
  // ---- R2, R3, R5, R6, R7 against
  c('R3 against: "takes complaints online at <URL>" alone is a form on a page', said('i want to complain about a contractor', "The Attorney General's office takes complaints online at ag.example.gov/consumer."), some({ referral: 'na' })),
  c('R5 against: "If you take the test at the DMV, bring your permit"', said('what do i bring to the road test', 'If you take the test at the DMV, bring your permit and proof of insurance. The list is at dmv.example.gov/roadtest.'), some({ referral: 'na' })),
  // (label corrected after the first run: "you can ask them" is itself a referral to the agency, reached by its URL; the employer
  // is not referred to)
  c('R6 against: "ask them not to tell your employer your name" (the employer is no party told)', said('can i report my job anonymously', 'The safety agency lets you report anonymously: you can ask them not to tell your employer your name. Details at osha.example.gov/complaints.'), some({ referral: 'pass' })),
  c('R6 against: "take your landlord to court" is a lawsuit', said('landlord kept my deposit', 'The deposit law is explained at pelllaw.example.org/deposits; some tenants take their landlord to court over it.'), some({ referral: 'na' })),
  c('R7 against: "Give the coloring sheets to your kids"', said('anything for kids while i use the computer', 'We have coloring sheets at the desk; the list of kids activities is at pellcountylib.example.org/kids. Give the coloring sheets to your kids while you wait.'), some({ referral: 'na' })),
];

export const more: SessionCase[] = [
  // ---- R12-R16, R21 for
  c('R12 for: "The county asks people to report unlicensed contractors to its Consumer Protection office at 813-555-0144."', said('roofer has no license', 'The county asks people to report unlicensed contractors to its Consumer Protection office at 813-555-0144.'), some({ referral: 'pass' })),
  c('R13 for: "You\'d file Form N-565, Application for Replacement …, with USCIS: … at uscis.example.gov/n-565."', said('lost my citizenship certificate', "You'd file Form N-565, Application for Replacement Naturalization/Citizenship Document, with USCIS: the form and fee are at uscis.example.gov/n-565."), some({ referral: 'pass' })),
  c('R13 for: "get the apostille from the Secretary of State" (no contact)', said('how do i get my diploma apostilled', 'First have the diploma notarized, then get the apostille from the Secretary of State.'), some({ referral: 'fail' })),
  c('R14 for: "Apply together at the Probate Court\'s marriage license office, 136 Pryor St SW"', said('marriage license', "Apply together at the Probate Court's marriage license office, 136 Pryor St SW, Atlanta, with photo IDs."), some({ referral: 'pass' })),
  c('R15 for: "worth asking the league" (no contact)', said('birth certificate for soccer signup', 'Most leagues take a passport too, worth asking the league.'), some({ referral: 'fail' })),
  c('R16 for: "… with the Cook County Clerk: order online at …, or go in person to 118 N. Clark St."', said('copy of my marriage certificate', 'Marriage records are with the Cook County Clerk: order online at cookcountyclerk.example.gov, or go in person to 118 N. Clark St.'), some({ referral: 'pass' })),
  c('R21 for: "Meet with an academic advisor at Tri-C before you apply." (no contact)', said('nursing program at 38', 'The program pages are at tri-c.example.edu/nursing. Meet with an academic advisor at Tri-C before you apply.'), some({ referral: 'fail' })),
  // ---- R12-R16, R18, R21 against
  c('R18 against: "loaned free by mail through the NLS braille program" asks no one to be contacted', said('braille books for my son', "Many more are loaned free by mail through the NLS braille program; the children's list is at loc.example.gov/nls."), some({ referral: 'na' })),
  c('R21 against: "I\'ll meet with our director tomorrow about it"', said('can the library host our club', 'The room rules are at pellcountylib.example.org/rooms. I\'ll meet with our director tomorrow about it.'), some({ referral: 'na' })),
  c('R21 against: "The book club meets with the author in May"', said('is the author coming', 'Yes! The book club meets with the author in May; the event page is pellcountylib.example.org/events.'), some({ referral: 'na' })),
  c('R15 against: "It isn\'t worth calling the office about it" names no one to call', said('my fine is 10 cents', "Fines under a dollar are waived automatically (pellcountylib.example.org/fines), so it isn't worth calling the office about it."), some({ referral: 'na' })),
];

export const words: SessionCase[] = [
  // ---- R8, R9 for and against
  c('R8 for: "Is your number back on your own phone now?" before the source', asked('someone moved my number to their sim', 'Is your number back on your own phone now?', 'yes since this morning', 'Good. IdentityTheft.example.gov has a checklist for a hijacked number.'), some({ clarify: 'pass' })),
  c('R8 against: "Is your number still the best one to reach you?" asks how to reach the patron', asked('someone moved my number to their sim', 'Is your number still the best one to reach you?', 'yes', 'IdentityTheft.example.gov has a checklist for a hijacked number.'), some({ clarify: 'fail' })),
  c('R9 for: "Entonces su tarjeta fue robada y necesita una nueva." before the source', asked('me robaron la cartera con la tarjeta', 'Entonces su tarjeta fue robada y necesita una nueva.', 'si', 'La tarjeta nueva es gratis: pellcountylib.example.org/tarjeta.'), some({ clarify: 'pass' })),
  c('R9 against: "… y necesita acudir a la policía primero" is an instruction', asked('me robaron la cartera con la tarjeta', 'Entonces su tarjeta fue robada y necesita acudir a la policía primero.', 'ok', 'La tarjeta nueva es gratis: pellcountylib.example.org/tarjeta.'), some({ clarify: 'fail' })),
  // ---- R11
  c('R11 for: "Sorry, your time with me is up for today."', said('and one more about my taxes', 'The forms are at irs.example.gov/forms. Sorry, your time with me is up for today.', 'Goodbye.'), some({ dismissal: 'fail' })),
  // ---- R17
  c('R17 for: "we\'ll mail her card to you" is the service, no follow-up', said('card for my 5 year old', "Fill out the application at pellcountylib.example.org/card and we'll mail her card to you."), some({ contact: 'na', onTime: 'na' })),
  c('R17 against: "we\'ll mail the card catalog printout to you by Friday" is a promise', said('old card catalog entries for my grandmother\'s books', "The digitized catalog is at pellcountylib.example.org/oldcat; we'll mail the card catalog printout to you by Friday."), some({ onTime: 'pending' })),
  // ---- R20, R22, R23
  c('R20 for: "Does DCMP look like it would work for you two?"', said('described movies for my blind husband', 'DCMP streams described films for free: dcmp.example.org. Does DCMP look like it would work for you two?'), some({ complete: 'pass' })),
  c('R20 against: "Does Interlibrary Loan seem like it would work for you?" offers what is not yet given', said('a book we do not own', 'Our catalog has no copy (pellcountylib.example.org/catalog). Does Interlibrary Loan seem like it would work for you?'), some({ complete: 'fail' })),
  c('R22 for: "Does that sound doable?"', said('heating help application', 'Call the Adult Services desk at 802-555-0100, or print the form from dcf.example.gov/fuel. Does that sound doable?'), some({ complete: 'pass' })),
  c('R22 against: "Does that sound like a plan?" agrees to an offer', said('heating help application', 'The form is at dcf.example.gov/fuel. I can print it for you at the desk tomorrow. Does that sound like a plan?'), some({ complete: 'fail' })),
  c('R23 for: "si, got what i need. gracias!"', done('grupo de apoyo para cuidadores', 'Hay un grupo en español los martes: pellcountylib.example.org/cuidadores.', 'si, got what i need. gracias!'), some({ anything: 'pass' })),
  c('R23 against: "got what i need?" is a question', done('grupo de apoyo para cuidadores', 'Hay un grupo en español los martes: pellcountylib.example.org/cuidadores.', 'so this is got what i need?'), some({ anything: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-seventh round: block R tried both ways', () => {
  for (const [t, cs] of [['R1, R4, R10', parties], ['R2, R3, R5-R7', verbs], ['R12-R16, R18, R21', more], ['R8, R9, R11, R17, R20, R22, R23', words]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
