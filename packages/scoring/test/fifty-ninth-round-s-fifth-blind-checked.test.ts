/**
 * Fifty-ninth round, block S (rubric v53), fifth blind check: the mended and added readings S15, S16, S24-S28 and the older readings
 * next to them, tried both ways in new wording (for: the meant behaviour in other words; against: near misses and older readings the
 * block must not break). Written without seeing the author's cases for block S or the earlier blind checks, each labelled from
 * RUBRIC.md before it ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Referral (Terms): arranging a time or appointment to see a named party, being told the procedure as "you take / apply / file
 *   at / show up at …" (in the present, not "if / when", not the past), telling or letting a named office or case manager know,
 *   filing a grievance, dispute or report with a named party: each tells the patron to contact or visit that party.
 * - A web page or online tool the patron is told to visit or use is a source, not a referral, even when arranged "to" or named
 *   with the agency's address; the provider's own or a colleague's contact with a party is none; the provider's consulting staff
 *   is none.
 * - A relative the patron speaks for ("your nephew / grandson / roommate can call …") is told through the patron: a referral. The
 *   parents of a teen patron are not someone the patron speaks for (the older rounds' reading kept): no referral.
 * - inquiry.clarify: "so you've …, and you want to know / you're wondering / you need to find out …" and "Sounds like you … and
 *   you'd like to know …" restate the question; the provider's advice in that shape ("So you're going to want to bring …") and the
 *   situation alone ("so you're in Ohio") do not.
 *
 * COUNTS. Written: 49 cases (28 for, 21 against), each labelled before it ran (labels kept aside before the first run). First run as
 * labelled: 44. Disagreeing: 5. Label corrections: 0. Final: 44 running, 5 LEFT:
 * - referral.contact fail/na "You apply by going to the county clerk's office in person.": "by going to" is not read (older: v52 na too).
 * - referral.contact pass/na "After that you'll file at the Small Claims Court, 200 Main St., …": "you'll" missed ("you will" passes) (older: v52 na too).
 * - referral.contact fail/na "Begin by letting your caseworker at the Department of Human Services know …": "letting … know" not read (older).
 * - referral.contact na/fail "Your parents can also contact your school's guidance office …" to a teen: the parents read as the patron's (older).
 * - referral.contact na/fail "File the police report with the rest of your insurance papers …": S28's "report with the" (S caused: v52 na).
 * AFTER THE MENDS (the author's, labels unchanged; checked by the sixth check and the full suite): 2 of the 5 LEFT run. Mended:
 * S28 not "… with the rest of your insurance papers" (the S caused); S16 with "you'll" written as one word. 3 stay LEFT, older: "You
 * apply by going to …", "Begin by letting your caseworker … know", and "Your parents can also contact your school's guidance office"
 * said to a teen (read by an older path, as on v52; S27 leaves "parents" out of its relatives for the thirty-third round's reading;
 * the label is the checker's own and arguable either way). 46 running, 3 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Sam here with Ask Us at Dunmore Public Library.';
const { said, asked } = nearMissLines(HI);

export const timeTo: SessionCase[] = [
  // ---- S15 for
  c('S15 for: "Haga una cita para hablar con una asesora de la Oficina de Vivienda del condado, 541-555-0142."', said('necesito ayuda con mi hipoteca', 'Haga una cita para hablar con una asesora de la Oficina de Vivienda del condado, 541-555-0142.'), some({ referral: 'pass' })),
  c('S15 for: "make an appt to talk to a counselor at the Veterans Service Office, 410-555-0177"', said('how do i get my dads va benefits started', 'make an appt to talk to a counselor at the Veterans Service Office, 410-555-0177'), some({ referral: 'pass' })),
  c('S15 for: "You could book a slot to meet with an advisor at the Small Business Development Center: sbdc@example.org."', said('i want to open a food truck', 'You could book a slot to meet with an advisor at the Small Business Development Center: sbdc@example.org.'), some({ referral: 'pass' })),
  c('S15 for: "Set up a time to sit down with a volunteer from the AARP Tax-Aide site at the senior center." (no contact)', said('free help with my taxes', 'Set up a time to sit down with a volunteer from the AARP Tax-Aide site at the senior center.'), some({ referral: 'fail' })),
  c('S15 for: "Pida una cita para hablar con un abogado de la Clínica Legal Comunitaria." (no contact)', said('mi jefe no me pagó las horas extras', 'Pida una cita para hablar con un abogado de la Clínica Legal Comunitaria.'), some({ referral: 'fail' })),
  // ---- S15 against
  c('S15 against: "Set up a time to work through the budgeting guide at …" is a guide to use', said('help making a budget', 'Set up a time to work through the budgeting guide at dunmorelib.example.org/budget; it takes about an hour.'), some({ referral: 'na' })),
  c('S15 against: "I set up a time to talk to our branch manager …" is the provider consulting staff', said('can my late fee be waived', "I set up a time to talk to our branch manager about waiving the fee, and she said it's been cleared."), some({ referral: 'na' })),
  c('S15 against: "Pick a day to visit the state\'s online tax calculator at …" is a page to use', said('how much will i owe in state tax', "Pick a day to visit the state's online tax calculator at tax.example.gov/calc."), some({ referral: 'na' })),
  c('S15 against: "You can make an appointment to renew online at …" is a page to use', said('my license expires soon', 'You can make an appointment to renew online at mva.example.gov/renew.'), some({ referral: 'na' })),
];

export const youDo: SessionCase[] = [
  // ---- S16 for
  c('S16 for: "In Virginia you take the road skills test at the DMV: dmv.example.gov/roadtest."', said('how do i get my license after moving', 'In Virginia you take the road skills test at the DMV: dmv.example.gov/roadtest.'), some({ referral: 'pass' })),
  c('S16 for: "For a cosmetology license in Texas you apply to the Department of Licensing and Regulation." (no contact)', said('how do i get licensed to do hair', 'For a cosmetology license in Texas you apply to the Department of Licensing and Regulation.'), some({ referral: 'fail' })),
  c('S16 for: "You replace it by calling the Social Security office, 800-555-0213."', said('lost my social security card', 'You replace it by calling the Social Security office, 800-555-0213.'), some({ referral: 'pass' })),
  c('S16 for: "You apply by going to the county clerk\'s office in person." (no contact)', said('how do we get a marriage license', "You apply by going to the county clerk's office in person."), some({ referral: 'fail' })),
  c('S16 for: "then u just show up at traffic court on ur court date with the ticket" (no contact)', said('i want to fight a speeding ticket', 'then u just show up at traffic court on ur court date with the ticket'), some({ referral: 'fail' })),
  c('S16 for: "After that you\'ll file at the Small Claims Court, 200 Main St., Pell City, OH 44101."', said('my contractor took my deposit and left', "After that you'll file at the Small Claims Court, 200 Main St., Pell City, OH 44101."), some({ referral: 'pass' })),
  // ---- S16 against
  c('S16 against: "When you take the road test at the DMV, bring a licensed driver with you."', said('what to bring to my road test', 'When you take the road test at the DMV, bring a licensed driver with you.'), some({ referral: 'na' })),
  c('S16 against: "In 2021 you applied to the Housing Authority, so your file should still be open" (the past)', said('am i still on the housing list', 'In 2021 you applied to the Housing Authority, so your file should still be open; the waitlist status is at housingauth.example.org/status.'), some({ referral: 'na' })),
  c('S16 against: "You take the practice quiz at dmv.example.gov/quiz" is a page to use', said('practice for the permit test', 'You take the practice quiz at dmv.example.gov/quiz as many times as you like.'), some({ referral: 'na' })),
  c('S16 against: "you took the written test at the DMV already" (the past)', said('whats next for my license', 'you took the written test at the DMV already; practice tips for the road test are at dmv.example.gov/tips.'), some({ referral: 'na' })),
];

export const telling: SessionCase[] = [
  // ---- S24 for
  c('S24 for: "Start by telling your case manager at Pell County Social Services, 541-555-0166, that your hours changed."', said('my hours got cut, does my snap change', 'Start by telling your case manager at Pell County Social Services, 541-555-0166, that your hours changed.'), some({ referral: 'pass' })),
  c('S24 for: "u start by telling the front desk at the Riverside Housing Authority bout the leak" (no contact)', said('my apartment ceiling is leaking, im in public housing', 'u start by telling the front desk at the Riverside Housing Authority bout the leak'), some({ referral: 'fail' })),
  c('S24 for: "Begin by letting your caseworker at the Department of Human Services know about the move." (no contact)', said('we are moving, what happens to my benefits', 'Begin by letting your caseworker at the Department of Human Services know about the move.'), some({ referral: 'fail' })),
  // ---- S24 against
  c('S24 against: "Begin by telling me what the notice says, word for word."', said('i got a weird notice from the city', 'Begin by telling me what the notice says, word for word.'), some({ referral: 'na' })),
  c('S24 against: "Start by telling your story in the order it happened" (no party)', said('how do i write my statement for court', "Start by telling your story in the order it happened. The court's self-help guide at courts.example.gov/selfhelp has a template."), some({ referral: 'na' })),
  c('S24 against: "The front desk at the Housing Authority told me they close at 4" (the provider\'s own call)', said('when is the housing office open', 'The front desk at the Housing Authority told me they close at 4; their hours are at ha.example.org/hours.'), some({ referral: 'na' })),
];

export const restated: SessionCase[] = [
  // ---- S25 for
  c('S25 for: "ok so u got a 30-day notice from ur landlord, and u want to know if they can do that in winter."', asked('can my landlord kick me out in january', 'ok so u got a 30-day notice from ur landlord, and u want to know if they can do that in winter.', 'yes exactly', 'The state tenant guide covers winter evictions: tenants.example.org/winter.'), some({ clarify: 'pass' })),
  c('S25 for: "So you\'ve had the car two weeks and it keeps stalling, and you\'re wondering whether you can return it."', asked('my used car keeps dying', "So you've had the car two weeks and it keeps stalling, and you're wondering whether you can return it.", 'yeah', 'The Attorney General has a used car guide at ag.example.gov/usedcars.'), some({ clarify: 'pass' })),
  c('S25 for: "Right, so you\'re on a work visa and your employer closed, and you need to find out how long you can stay."', asked('my company shut down and im on h1b', "Right, so you're on a work visa and your employer closed, and you need to find out how long you can stay.", 'yes', 'The grace period rules are at uscis.example.gov/grace-period.'), some({ clarify: 'pass' })),
  c('S25 for: "Sounds like you got a jury summons for the wrong county and you\'d like to know how to fix it."', asked('they sent me jury duty for a county i dont live in', "Sounds like you got a jury summons for the wrong county and you'd like to know how to fix it.", 'yep', 'The court explains how to answer a summons at courts.example.gov/jury.'), some({ clarify: 'pass' })),
  // ---- S25 against
  c('S25 against: "So you\'re going to want to bring the lease, and you need to check the move-out date first." is advice', asked('moving out next month', "So you're going to want to bring the lease, and you need to check the move-out date first.", 'ok', 'The deposit rules are at tenants.example.org/deposits.'), some({ clarify: 'fail' })),
  c('S25 against: "So you\'ve got options, and you want to look at the tenant handbook first." is advice', asked('my landlord wont fix the heat', "So you've got options, and you want to look at the tenant handbook first.", 'ok', 'The handbook is at tenants.example.org/handbook.'), some({ clarify: 'fail' })),
  c('S25 against: "Got it, so you\'re in Ohio." (the situation alone)', asked('whats the minimum wage here, im in ohio', "Got it, so you're in Ohio.", 'yes', 'The current rate is posted at ohio.example.gov/minwage.'), some({ clarify: 'fail' })),
];

export const consult: SessionCase[] = [
  // ---- S26 for
  c('S26 for: "Honestly I\'d suggest a free consult with an immigration attorney at Pell Legal Aid, 541-555-0190."', said('can my green card be taken away', "Honestly I'd suggest a free consult with an immigration attorney at Pell Legal Aid, 541-555-0190."), some({ referral: 'pass' })),
  c('S26 for: "I\'d recommend an appointment with a housing counselor from Pell Housing Partners before you sign anything." (no contact)', said('should i take this loan modification', "I'd recommend an appointment with a housing counselor from Pell Housing Partners before you sign anything."), some({ referral: 'fail' })),
  c('S26 for: "You can schedule a session with a career coach at the Pell Workforce Center: workforce.example.org/coaching."', said('need help with my resume', 'You can schedule a session with a career coach at the Pell Workforce Center: workforce.example.org/coaching.'), some({ referral: 'pass' })),
  // ---- S26 against
  c('S26 against: "My colleague had a consultation with the city planning office last month" (a colleague\'s own)', said('can i build a shed in my yard', 'My colleague had a consultation with the city planning office last month. The zoning rules are at city.example.gov/zoning.'), some({ referral: 'na' })),
  c('S26 against: "The consultation with a lawyer you mentioned is a separate matter" (no one advised)', said('i have a lawyer meeting next week, what forms do i need for divorce', 'The consultation with a lawyer you mentioned is a separate matter; the court forms are at courts.example.gov/forms.'), some({ referral: 'na' })),
];

export const relatives: SessionCase[] = [
  // ---- S27 for
  c('S27 for: "Your nephew can also ring the Pell County Tenant Union at 541-555-0131."', said('my nephews landlord wont return his deposit', 'Your nephew can also ring the Pell County Tenant Union at 541-555-0131.'), some({ referral: 'pass' })),
  c('S27 for: "ur roommate could stop by the Student Legal Services office too" (no contact)', said('my roommate got a ticket from campus parking', 'ur roommate could stop by the Student Legal Services office too'), some({ referral: 'fail' })),
  c('S27 for: "Your grandson can call the Area Agency on Aging for you." (no contact)', said('i need help getting meals delivered, my grandson helps me', 'Your grandson can call the Area Agency on Aging for you.'), some({ referral: 'fail' })),
  c('S27 older for: "Your mom can phone the Pell Senior Center at 541-555-0122 to sign up."', said('my mom wants to take an exercise class', 'Your mom can phone the Pell Senior Center at 541-555-0122 to sign up.'), some({ referral: 'pass' })),
  // ---- S27 against
  c('S27 against: "Your parents can also contact your school\'s guidance office" said to a teen', said('im 15 and want to switch high schools', "The district's transfer rules are at pellschools.example.org/transfers. Your parents can also contact your school's guidance office about the transfer."), some({ referral: 'na' })),
  c('S27 against: "Your aunt can use the benefits screener at …" is a tool to use', said('my aunt wants to know if she qualifies for help with bills', 'Your aunt can use the benefits screener at benefits.example.gov/screener.'), some({ referral: 'na' })),
];

export const filed: SessionCase[] = [
  // ---- S28 for
  c('S28 for: "You can file a grievance with the Pell County Teachers Union office, 541-555-0150."', said('my principal cut my planning time', 'You can file a grievance with the Pell County Teachers Union office, 541-555-0150.'), some({ referral: 'pass' })),
  c('S28 for: "pls file a theft report with the campus police" (no contact)', said('someone stole my bike on campus', 'pls file a theft report with the campus police'), some({ referral: 'fail' })),
  c('S28 for: "You can file a dispute with Equifax at equifax.example.com/dispute."', said('theres a debt on my credit report thats not mine', 'You can file a dispute with Equifax at equifax.example.com/dispute.'), some({ referral: 'pass' })),
  // ---- S28 against
  c('S28 against: "I filed a report with our facilities team about the broken printer." (the provider\'s own)', said('the printer on 2 is broken', 'I filed a report with our facilities team about the broken printer.'), some({ referral: 'na' })),
  c('S28 against: "File the police report with the rest of your insurance papers" (no party)', said('what do i do with the police report after a break in', 'File the police report with the rest of your insurance papers so it is handy. The claim steps are at insure.example.org/claims.'), some({ referral: 'na' })),
  c('S28 against: "The landlord can only file a complaint with the court after 14 days" (another\'s filing)', said('how fast can i be evicted', 'The landlord can only file a complaint with the court after 14 days; the timeline is at pelllaw.example.org/evictions.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'S16 for: "You apply by going to the county clerk\'s office in person." (no contact)':
    'referral.contact expected fail, got na: going to an office is visiting it (RUBRIC Terms, Referral); S16\'s "you … by <-ing>" reads "by calling / visiting" but not "by going to". Older: v52 also na.',
  'S24 for: "Begin by letting your caseworker at the Department of Human Services know about the move." (no contact)':
    'referral.contact expected fail, got na: "letting <party> know" tells the patron to contact the caseworker, S24\'s "telling" in other words; not read. Older: v52 also na.',
  'S27 against: "Your parents can also contact your school\'s guidance office" said to a teen':
    'referral.contact expected na, got fail: the teen\'s parents, per the reading the brief gives for "your parents could reach out to …", are no one the patron speaks for (arguable here, as the matter is the teen\'s own transfer). Older: v52 also fail, so not S27.',
};

describe('fifty-ninth round: block S, fifth blind check', () => {
  for (const [t, cs] of [['S15', timeTo], ['S16', youDo], ['S24', telling], ['S25', restated], ['S26', consult], ['S27', relatives], ['S28', filed]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
